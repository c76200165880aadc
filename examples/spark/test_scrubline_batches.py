"""Unit tests of the recipe's worker module (no Spark needed): batches,
tables and pandas frames are redacted, other columns pass untouched, the
scrubber is compiled once per process, and each process writes its own
evidence chain that flushes at the end of a partition.

    python -m pytest -q examples/spark
"""

import os
import pickle
import subprocess
import sys

import pyarrow as pa
import pytest

import scrubline

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import scrubline_batches as sb  # noqa: E402

KEY = "AKIAQYLPMN5HHHFPZAM2"
TEXTS = [f"key {KEY} mail bob@example.com", None, "nothing here"]


def batch(kind=pa.string()):
    return pa.record_batch({"id": pa.array([1, 2, 3]), "msg": pa.array(TEXTS, type=kind), "keep": pa.array([KEY, "b", None])})


@pytest.mark.parametrize("kind", [pa.string(), pa.large_string()])
def test_batch_redacts_only_the_chosen_columns(kind):
    spec = sb.RedactSpec.build(["msg"], findings_columns=True)
    totals = sb.Totals()
    out = sb.redact_batch(batch(kind), spec, totals)
    assert out.column("msg").to_pylist() == ["key [AWS_ACCESS_KEY_ID] mail [EMAIL_ADDRESS]", None, "nothing here"]
    assert out.column("msg").type == kind
    assert out.column("keep").to_pylist() == [KEY, "b", None]
    assert out.column("msg_findings").to_pylist() == [2, None, 0]
    assert (totals.rows, totals.cells, totals.findings) == (3, {"msg": 2}, {"msg": 2})


def test_tables_and_pandas_frames():
    spec = sb.RedactSpec.build(["msg"])
    table = pa.Table.from_batches([batch(), batch()])
    out = sb.redact_batch(table, spec)
    assert isinstance(out, pa.Table) and out.num_rows == 6 and KEY not in str(out.column("msg").to_pylist())
    frame = table.to_pandas(types_mapper=__import__("pandas").ArrowDtype)
    redacted = sb.redact_pandas(frame, spec)
    assert redacted["msg"].tolist()[0] == "key [AWS_ACCESS_KEY_ID] mail [EMAIL_ADDRESS]"
    assert redacted["keep"].tolist()[0] == KEY and list(redacted.index) == list(frame.index)


def test_bad_columns_and_options_fail_early():
    with pytest.raises(KeyError):
        sb.redact_batch(batch(), sb.RedactSpec.build(["nope"]))
    with pytest.raises(TypeError):
        sb.redact_batch(batch(), sb.RedactSpec.build(["id"]))
    with pytest.raises(scrubline.ConfigError):
        sb.RedactSpec.build(["msg"], operators={"pii": "no-such-operator"})


def test_one_scrubber_per_process_and_spec():
    spec = sb.RedactSpec.build(["msg"], operators={"pii": "mask"})
    copy = pickle.loads(pickle.dumps(spec))
    assert sb.worker_scrubber(copy) is sb.worker_scrubber(spec)
    assert sb.worker_scrubber(sb.RedactSpec.build(["msg"])) is not sb.worker_scrubber(spec)


def test_errors_null_drops_only_the_failing_row():
    spec = sb.RedactSpec.build(["msg"], max_input_bytes=20, errors="null", findings_columns=True)
    out = sb.redact_batch(batch(), spec)
    assert out.column("msg").to_pylist() == [None, None, "nothing here"]
    with pytest.raises(scrubline.InputTooLargeError):
        sb.redact_batch(batch(), sb.RedactSpec.build(["msg"], max_input_bytes=20))


_WORKER = """
import sys
sys.path.insert(0, {here!r})
import pickle, scrubline_batches as sb, pyarrow as pa
spec = pickle.loads({blob!r})
batches = [pa.record_batch({{"msg": pa.array(["key {key}"] * 3)}})] * 2
for _ in sb.redact_partition(iter(batches), spec):
    pass
"""


def test_each_process_writes_its_own_chain_flushed_per_partition(tmp_path):
    spec = sb.RedactSpec.build(["msg"], evidence_dir=str(tmp_path), evidence={"bucket_seconds": 3600})
    code = _WORKER.format(here=os.path.dirname(sb.__file__), blob=pickle.dumps(spec), key=KEY)
    for _ in range(2):
        # os._exit skips the interpreter's exit flush: the partition's must suffice.
        subprocess.run([sys.executable, "-c", code + "\nimport os; os._exit(0)"], check=True)
    chains = sorted(os.listdir(tmp_path))
    assert len(chains) == 2 and all("-" in c for c in chains), chains
    for chain in chains:
        result = scrubline.verify_evidence(tmp_path / chain)
        assert result["ok"] and result["records"] == 1, result
        lines = (tmp_path / chain / "evidence-000000000001.jsonl").read_text()
        assert '"calls":6' in lines and '"AWS_ACCESS_KEY_ID":6' in lines and KEY not in lines
