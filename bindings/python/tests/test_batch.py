"""Batches at data-lake scale: per-item errors, Arrow columns, pandas, polars."""

import pytest

import scrubline

KEY = "AKIAQYLPMN5HHHFPZAM2"
MAIL = "bob@example.com"


def test_batch_error_names_the_item_and_return_exceptions_keeps_the_rest():
    s = scrubline.Scrubber(max_input_bytes=64)
    texts = [f"key {KEY}", "x" * 100, f"mail {MAIL}", "y" * 65]
    with pytest.raises(scrubline.InputTooLargeError) as e:
        s.redact_batch(texts)
    assert e.value.index == 1
    assert e.value.code == "input_too_large"
    assert str(e.value).startswith("item 1: ")
    out = s.redact_batch(texts, return_exceptions=True)
    assert [type(r).__name__ for r in out] == [
        "Redacted",
        "InputTooLargeError",
        "Redacted",
        "InputTooLargeError",
    ]
    assert out[0].text == "key [AWS_ACCESS_KEY_ID]"
    assert out[2].text == "mail [EMAIL_ADDRESS]"
    assert out[3].index == 3
    # A call that is not a batch item has no index.
    with pytest.raises(scrubline.InputTooLargeError) as e:
        s.redact("x" * 100)
    assert e.value.index is None


pa = pytest.importorskip("pyarrow")


def rows():
    return [f"key {KEY}", None, "nothing here", f"{MAIL} and é ü {KEY}", "", "ünïcödé"]


@pytest.mark.parametrize("kind", ["string", "large_string", "string_view"])
def test_arrow_equals_a_loop_and_keeps_type_and_nulls(kind):
    s = scrubline.Scrubber()
    arr = pa.array(rows(), type=getattr(pa, kind)())
    redacted, counts = s.redact_arrow(arr)
    assert redacted.type == arr.type
    assert counts.type == pa.uint32()
    want = [None if t is None else s.redact(t).text for t in rows()]
    assert redacted.to_pylist() == want
    assert counts.to_pylist() == [1, None, 0, 2, 0, 0]
    redacted.validate(full=True)


def test_arrow_slices_chunks_and_empty_arrays():
    s = scrubline.Scrubber()
    arr = pa.array(rows() * 3)
    part = arr.slice(7, 8)  # an offset into the buffers, nulls included
    redacted, counts = s.redact_arrow(part)
    assert redacted.to_pylist() == [None if t is None else s.redact(t).text for t in part.to_pylist()]
    assert len(counts) == 8
    chunked = pa.chunked_array([arr.slice(0, 5), arr.slice(5, 0), arr.slice(5)])
    r, c = s.redact_arrow(chunked)
    assert isinstance(r, pa.ChunkedArray) and r.num_chunks == 3
    assert r.to_pylist() == [None if t is None else s.redact(t).text for t in arr.to_pylist()]
    assert sum(x or 0 for x in c.to_pylist()) == 9
    e, ec = s.redact_arrow(pa.array([], type=pa.string()))
    assert len(e) == 0 and len(ec) == 0
    e, ec = s.redact_arrow(pa.chunked_array([], type=pa.large_string()))
    assert e.type == pa.large_string() and len(e) == 0


def test_arrow_row_errors_raise_or_become_null():
    s = scrubline.Scrubber(max_input_bytes=32)
    arr = pa.array([f"key {KEY}", "z" * 40, None, MAIL])
    with pytest.raises(scrubline.InputTooLargeError) as e:
        s.redact_arrow(arr)
    assert e.value.index == 1
    redacted, counts = s.redact_arrow(arr, errors="null")
    assert redacted.to_pylist() == ["key [AWS_ACCESS_KEY_ID]", None, None, "[EMAIL_ADDRESS]"]
    assert counts.to_pylist() == [1, None, None, 1]
    assert redacted.null_count == 2
    with pytest.raises(ValueError):
        s.redact_arrow(arr, errors="ignore")


def test_arrow_rejects_other_types_and_malformed_buffers():
    s = scrubline.Scrubber()
    with pytest.raises(TypeError):
        s.redact_arrow(pa.array([1, 2]))
    with pytest.raises(TypeError):
        s.redact_arrow(["a list"])
    # Offsets past the data: a clear error, not a crash or a read out of bounds.
    with pytest.raises(ValueError, match="outside the data buffer"):
        s._native.redact_arrow_buffers(b"\0\0\0\0\x10\0\0\0", b"abc", False, None, 0, 1, False)
    with pytest.raises(ValueError, match="too short"):
        s._native.redact_arrow_buffers(b"\0\0\0\0", b"abc", False, None, 0, 1, False)
    # A row that is not UTF-8 fails alone (Arrow requires UTF-8; this buffer lies).
    out = s._native.redact_arrow_buffers(
        b"\0\0\0\0\x02\0\0\0\x05\0\0\0", b"\xff\xfeabc", False, None, 0, 2, True
    )
    assert out[3] == b"\x02" and out[4] == 1
    with pytest.raises(scrubline.InvalidUtf8Error):
        s._native.redact_arrow_buffers(
            b"\0\0\0\0\x02\0\0\0\x05\0\0\0", b"\xff\xfeabc", False, None, 0, 2, False
        )


def test_arrow_from_pandas_and_polars():
    s = scrubline.Scrubber()
    pd = pytest.importorskip("pandas")
    series = pd.Series(rows(), dtype=pd.ArrowDtype(pa.string()))
    redacted, counts = s.redact_arrow(pa.array(series))
    out = pd.Series(redacted, dtype=pd.ArrowDtype(pa.string()), index=series.index)
    assert out.iloc[0] == "key [AWS_ACCESS_KEY_ID]" and pd.isna(out.iloc[1])
    pl = pytest.importorskip("polars")
    col = pl.Series("msg", rows())
    # polars hands over its buffers through the Arrow PyCapsule interface.
    r, c = s.redact_arrow(col)
    assert r.to_pylist()[3] == s.redact(rows()[3]).text
    df = pl.DataFrame({"msg": rows()})
    out = df.with_columns(
        pl.col("msg").map_batches(
            lambda b: pl.from_arrow(s.redact_arrow(b.to_arrow())[0]), return_dtype=pl.String
        )
    )
    assert out["msg"].to_list()[0] == "key [AWS_ACCESS_KEY_ID]"
