"""The shared test vectors (tests/vectors/*.json): the same cases the Rust
core, Node and WASM run must give identical text and findings here."""

import json

import pytest

import scrubline
from conftest import REPO

CASES = [
    case
    for path in sorted((REPO / "tests" / "vectors").glob("*.json"))
    for case in json.loads(path.read_text(encoding="utf-8"))
]


def kwargs(options: dict) -> dict:
    """ScannerOptions as Scrubber keyword arguments."""
    out = {}
    if options.get("builtin_rules", True):
        out["extra_rules"] = options.get("rules", [])
    else:
        out["rules"] = options.get("rules", [])
    policy = options.get("policy", {})
    ops = dict(policy.get("entities", {}))
    ops.update({c: policy[c] for c in ("secret", "pii") if c in policy})
    out["operators"] = ops
    for key in ("disable_rules", "allow", "allow_regex", "pseudonym_key", "min_confidence", "max_input_bytes", "backend"):
        if key in options:
            out[key] = options[key]
    return out


def test_vectors_exist():
    assert len(CASES) >= 12


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
@pytest.mark.parametrize("build", ["kwargs", "from_options"])
def test_vector(case, build):
    if build == "kwargs":
        s = scrubline.Scrubber(**kwargs(case["options"]))
    else:
        s = scrubline.Scrubber.from_options(case["options"])
    r = s.redact(case["input"])
    assert r.text == case["expected_text"]
    got = [
        {
            "rule_id": f.rule_id,
            "entity": f.entity,
            "category": f.category,
            "bytes": [f.byte_start, f.byte_end],
            "chars": [f.start, f.end],
        }
        for f in r.findings
    ]
    want = [{k: f[k] for k in ("rule_id", "entity", "category", "bytes", "chars")} for f in case["expected_findings"]]
    assert got == want
    # Python str indices address the same text the byte offsets do.
    data = case["input"].encode("utf-8")
    for f in r.findings:
        assert case["input"][f.start : f.end].encode("utf-8") == data[f.byte_start : f.byte_end]
    assert r.report.findings == len(want)
