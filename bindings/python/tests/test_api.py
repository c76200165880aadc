import json

import pytest

import scrubline

AWS = "AKIAQYLPMN5HHHFPZAM2"
EMAIL = "bob@example.com"
TEXT = f"key {AWS} mail {EMAIL}"


def test_redact_scan_and_report(scrubber):
    r = scrubber.redact(TEXT)
    assert r.text == "key [AWS_ACCESS_KEY_ID] mail [EMAIL_ADDRESS]"
    assert [f.entity for f in r.findings] == ["AWS_ACCESS_KEY_ID", "EMAIL_ADDRESS"]
    assert [(f.start, f.end) for f in scrubber.scan(TEXT)] == [(4, 24), (30, 45)]
    d = r.report.to_dict()
    assert d["by_category"] == {"pii": 1, "secret": 1}
    assert d["rules"] == scrubber.rule_count
    assert d["rule_set_sha256"] == scrubber.rule_set_sha256
    assert json.loads(r.report.to_json()) == d


def test_nothing_echoes_a_secret(scrubber):
    r = scrubber.redact(TEXT)
    shown = " ".join([repr(r), repr(r.report), r.report.to_json(), *map(repr, r.findings), repr(scrubber)])
    assert AWS not in shown and EMAIL not in shown
    with pytest.raises(scrubline.RuleError) as e:
        scrubline.Scrubber(extra_rules=[f"format = 1\n[[rules]]\nid = '{AWS}x' pattern = "])
    assert AWS not in str(e.value)


def test_offsets_are_python_str_indices(scrubber):
    text = "😀 東京: tanaka@example.jp"
    (f,) = scrubber.scan(text)
    assert text[f.start : f.end] == "tanaka@example.jp"
    assert text.encode()[f.byte_start : f.byte_end] == b"tanaka@example.jp"


def test_operators_and_pseudonyms():
    s = scrubline.Scrubber(operators={"pii": "pseudonym", "secret": "mask"}, pseudonym_key=b"k1")
    a, b = s.redact(TEXT).text, s.redact(TEXT).text
    assert a == b and EMAIL not in a and AWS not in a
    other = scrubline.Scrubber(operators={"pii": "pseudonym"}, pseudonym_key="k2").redact(TEXT).text
    assert other.split()[-1] != a.split()[-1]
    card = scrubline.Scrubber(operators={"CREDIT_CARD": "partial_mask:4"}).redact("card 4111 1111 1111 1111")
    assert card.text.endswith("1111") and "4111 1111 1111" not in card.text


def test_bytes_batch_and_stream(scrubber):
    r = scrubber.redact_bytes(b"\xff\xfe key " + AWS.encode())
    assert r.text == b"\xff\xfe key [AWS_ACCESS_KEY_ID]"
    texts = [TEXT, "nothing here", f"mail {EMAIL}"] * 500
    batch = scrubber.redact_batch(texts)
    assert [x.text for x in batch] == [scrubber.redact(t).text for t in texts]
    st = scrubber.stream()
    out = "".join(st.feed(TEXT[i : i + 3]) for i in range(0, len(TEXT), 3)) + st.finish()
    assert out == scrubber.redact(TEXT).text
    assert st.report.findings == 2 and len(st.take_findings()) == 2
    with pytest.raises(scrubline.StreamFinishedError):
        st.feed("more")
    bs = scrubber.stream()
    assert bs.feed(TEXT.encode()) + bs.finish(binary=True) == scrubber.redact(TEXT).text.encode()


def test_redact_json_uses_keys_as_context(scrubber):
    doc = {
        "model": "gpt-4o",
        "messages": [{"role": "user", "content": f"my key is {AWS}"}],
        "metadata": {"db_password": "Xk9#mP2$vL7qR4tW", "card": 4111111111111111, "n": 3},
    }
    r = scrubber.redact_json(doc)
    assert r.value == {
        "model": "gpt-4o",
        "messages": [{"role": "user", "content": "my key is [AWS_ACCESS_KEY_ID]"}],
        "metadata": {"db_password": "[PASSWORD]", "card": "[CREDIT_CARD]", "n": 3},
    }
    assert sorted(f.path for f in r.findings) == ["/messages/0/content", "/metadata/card", "/metadata/db_password"]
    assert doc["metadata"]["card"] == 4111111111111111  # input untouched


def test_custom_rules_from_a_path(tmp_path):
    pack = tmp_path / "acme.toml"
    pack.write_text(
        "format = 1\n[pack]\nname = \"acme\"\nversion = \"1\"\n[[rules]]\nid = \"acme.ref\"\nname = \"Acme\"\n"
        "category = \"secret\"\nentity = \"ACME_REF\"\npattern = 'ACME-[0-9]{6}'\nkeywords = [\"acme-\"]\n"
        "examples = [\"ACME-123456\"]\nnegative_examples = [\"ACME-12\"]\n"
    )
    only = scrubline.Scrubber(rules=[pack])
    assert only.rule_count == 1
    assert only.redact(f"ref ACME-123456 {EMAIL}").text == f"ref [ACME_REF] {EMAIL}"
    both = scrubline.Scrubber(extra_rules=[pack])
    assert both.redact(f"ref ACME-123456 {EMAIL}").text == "ref [ACME_REF] [EMAIL_ADDRESS]"


@pytest.mark.parametrize("bad", [None, b"bytes", 42, ["list"]])
def test_wrong_types_raise_type_error(scrubber, bad):
    with pytest.raises(TypeError):
        scrubber.redact(bad)


def test_bad_input_raises_documented_errors(scrubber, tmp_path):
    with pytest.raises(scrubline.InputTooLargeError) as e:
        scrubline.Scrubber(max_input_bytes=1 << 20).redact("a" * ((1 << 20) + 1))
    assert e.value.code == "input_too_large"
    assert isinstance(e.value, scrubline.ScrublineError)
    with pytest.raises(scrubline.RuleError) as e:
        scrubline.Scrubber(extra_rules=["format = 1\n[[rules]]\nid = 'x'\n"])
    assert e.value.code == "rule_parse"
    with pytest.raises(scrubline.RuleError) as e:
        scrubline.Scrubber(rules=[tmp_path / "missing.toml"])
    assert e.value.code == "io"
    with pytest.raises(scrubline.ConfigError):
        scrubline.Scrubber(operators={"pii": "explode"})
    with pytest.raises(scrubline.ConfigError):
        scrubline.Scrubber(backend="quantum")
    with pytest.raises(scrubline.ConfigError):
        scrubline.Scrubber(operators={"pii": "pseudonym"})  # no key
    # A big input within the limit is fine, and a huge one streams.
    big = ("lorem ipsum " * 100_000) + EMAIL
    assert scrubber.redact(big).text.endswith("[EMAIL_ADDRESS]")


def test_deobfuscate_catches_hidden_values():
    # A Cyrillic \u0410 in an AWS key: `mixed_script` (on by default) folds
    # it; turned off, the key is left as written.
    text = "key \u0410KIAQYLPMN5HHHFPZAM2 key AKIAQYLP\u200bMN5HHHFPZAM2"
    off = scrubline.Scrubber(deobfuscate={"mixed_script": False}).redact(text)
    assert off.text.startswith("key \u0410KIA")
    r = scrubline.Scrubber(deobfuscate=True).redact(text)
    assert r.text == "key [AWS_ACCESS_KEY_ID] key [AWS_ACCESS_KEY_ID]"
    assert text[r.findings[0].start : r.findings[0].end] == "\u0410KIAQYLPMN5HHHFPZAM2"


def test_confidence_is_the_rules_decimal_not_a_widened_float():
    f = scrubline.Scrubber().scan("key AKIAQYLPMN5HHHFPZAM2")[0]
    assert f.confidence == 0.9 and repr(f.confidence) == "0.9"
