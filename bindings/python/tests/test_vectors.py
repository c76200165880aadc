"""The shared test vectors (tests/vectors/*.json): the same cases the Rust
core, Node and WASM run must give identical text and findings here."""

import inspect
import json
import warnings

import pytest

import scrubline
from conftest import REPO

CASES = [
    case
    for path in sorted((REPO / "tests" / "vectors").glob("*.json"))
    for case in json.loads(path.read_text(encoding="utf-8"))
]


#: ScannerOptions fields that Scrubber takes as keyword arguments (or maps
#: onto them: rules, builtin_rules, policy).
KWARGS = {
    "builtin_rules",
    "rules",
    "policy",
    "disable_rules",
    "allow",
    "allow_regex",
    "pseudonym_key",
    "min_confidence",
    "max_input_bytes",
    "max_match_len",
    "rule_size_limit",
    "backend",
    "allow_degraded",
    "deobfuscate",
    "classifier",
    "evidence",
}


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
    for key in KWARGS - {"builtin_rules", "rules", "policy"}:
        if key in options:
            out[key] = options[key]
    # Anything else goes through as is (an unknown keyword is a TypeError).
    out.update({k: v for k, v in options.items() if k not in KWARGS})
    return out


def test_every_scanner_option_is_a_keyword_argument():
    schema = json.loads((REPO / "docs" / "schema" / "scanner-options.schema.json").read_text())
    assert set(schema["properties"]) == KWARGS
    accepted = set(inspect.signature(scrubline.Scrubber).parameters)
    assert KWARGS - {"builtin_rules", "policy"} <= accepted | {"rules"}


def test_vectors_exist():
    assert len(CASES) >= 12


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
@pytest.mark.parametrize("build", ["kwargs", "from_options"])
def test_vector(case, build):
    def run():
        if build == "kwargs":
            s = scrubline.Scrubber(**kwargs(case["options"]))
        else:
            s = scrubline.Scrubber.from_options(case["options"])
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", scrubline.DegradedWarning)
            return s.redact(case["input"], **case.get("call", {}), vault=vault)

    vault = scrubline.Vault(**case["vault"]) if "vault" in case else None

    if "expected_error" in case:
        redact_kwargs = set(inspect.signature(scrubline.Scrubber.redact).parameters)
        if (build == "kwargs" and set(case["options"]) - KWARGS) or set(case.get("call", {})) - redact_kwargs:
            # An unknown option is an unknown keyword argument (`paths`
            # belongs to `redact_json`, not to `redact`).
            with pytest.raises(TypeError):
                run()
            return
        with pytest.raises(scrubline.ScrublineError) as e:
            run()
        assert e.value.code == case["expected_error"]
        return
    r = run()
    assert r.report.degraded == case.get("expected_degraded", False)
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


@pytest.mark.parametrize("case", [c for c in CASES if "vault" in c], ids=lambda c: c["name"])
def test_vault_vector_restores(case):
    vault = scrubline.Vault(**case["vault"])
    s = scrubline.Scrubber.from_options(case["options"])
    assert s.redact(case["input"], **case.get("call", {}), vault=vault).text == case["expected_text"]
    assert vault.restore(case["answer"]) == case["expected_restored"]
    r = vault.restorer()
    answer = case["answer"]
    streamed = "".join(r.feed(answer[i : i + 3]) for i in range(0, len(answer), 3)) + r.finish()
    assert streamed == case["expected_restored"]
