"""The ONNX PII classifier through Python, and the Python side of the
feature-parity check (models/train/features.py + onnxruntime must give the
logits recorded in models/pii-tagger/parity.json, which the Rust test also
checks its own pipeline against)."""

import json
import sys

import pytest

import scrubline
from conftest import REPO

SENTENCE = "Please email Maria Gonzalez at 42 Elm Street, Springfield about Acme Corp's invoice"


@pytest.fixture(scope="module")
def with_classifier():
    return scrubline.Scrubber(classifier=True)


def test_names_addresses_organisations(with_classifier):
    r = with_classifier.redact(SENTENCE)
    for gone in ("Maria Gonzalez", "42 Elm Street", "Acme Corp"):
        assert gone not in r.text, r.text
    for label in ("[PERSON]", "[STREET_ADDRESS]", "[ORGANIZATION]"):
        assert label in r.text, r.text
    (person,) = [f for f in r.findings if f.entity == "PERSON"]
    assert SENTENCE[person.start : person.end] == "Maria Gonzalez"
    config = json.loads((REPO / "models" / "pii-tagger" / "config.json").read_text())
    assert r.report.models == [{"name": config["name"], "version": config["version"], "sha256": config["model_sha256"]}]


def test_merges_with_patterns_and_json(with_classifier):
    r = with_classifier.redact_json({"note": "Maria Gonzalez wrote from maria@example.com"})
    assert "Maria" not in json.dumps(r.value) and "maria@example.com" not in json.dumps(r.value)


def test_streams_run_the_classifier_like_one_shot(with_classifier):
    text = "".join(
        f"Ticket {i}: Please email Maria Gonzalez about the invoice from Acme Corporation. "
        f"Dr. Raj Patel met Sarah Johnson in Berlin.\n"
        for i in range(6)
    )
    whole = with_classifier.redact(text)
    assert "Maria Gonzalez" not in whole.text and "Sarah Johnson" not in whole.text
    for size in (1, 7, 100, 10_000):
        st = with_classifier.stream()
        out = "".join(st.feed(text[i : i + size]) for i in range(0, len(text), size)) + st.finish()
        assert out == whole.text, size


def test_bad_model_is_a_model_error(tmp_path):
    (tmp_path / "config.json").write_text((REPO / "models" / "pii-tagger" / "config.json").read_text())
    (tmp_path / "pii-tagger.onnx").write_bytes(b"corrupt")
    with pytest.raises(scrubline.ModelError) as e:
        scrubline.Scrubber(classifier={"model_dir": tmp_path})
    assert e.value.code == "model" and "SHA-256" in str(e.value)
    with pytest.raises(scrubline.ModelError):
        scrubline.Scrubber(classifier={"model_dir": tmp_path / "missing"})
    degraded = scrubline.Scrubber(classifier={"model_dir": tmp_path}, allow_degraded=True)
    # Degradation is loud: a warning as well as the report flag.
    with pytest.warns(scrubline.DegradedWarning, match="degraded"):
        r = degraded.redact("mail bob@example.com")
    assert r.report.degraded and r.text == "mail [EMAIL_ADDRESS]"
    with pytest.warns(scrubline.DegradedWarning):
        degraded.redact_json({"note": "mail bob@example.com"})


def test_python_pipeline_matches_recorded_logits():
    np = pytest.importorskip("numpy")
    ort = pytest.importorskip("onnxruntime")
    sys.path.insert(0, str(REPO / "models" / "train"))
    import features

    model = REPO / "models" / "pii-tagger" / "pii-tagger.onnx"
    session = ort.InferenceSession(str(model), providers=["CPUExecutionProvider"])
    cases = json.loads((REPO / "models" / "pii-tagger" / "parity.json").read_text(encoding="utf-8"))
    for case in cases:
        spans = features.tokenize(case["text"])
        assert [list(s) for s in spans] == case["tokens"]
        if not spans:
            continue
        w, s, b = features.features([case["text"][a:z] for a, z in spans])
        logits = session.run(None, {
            "word_ids": np.array([w], dtype=np.int64),
            "shape_ids": np.array([s], dtype=np.int64),
            "byte_ids": np.array([b], dtype=np.int64),
        })[0][0]
        # int8 kernels differ by CPU instruction set (AVX2 against AVX-512
        # VNNI: up to 0.14 seen), so compare loosely and require the same
        # label for every token.
        want = np.array(case["logits"])
        assert np.allclose(logits, want, atol=0.5)
        assert (logits.argmax(axis=-1) == want.argmax(axis=-1)).all()
