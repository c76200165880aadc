"""The evidence log from Python: one option, context per call, fail closed."""

import json
import pytest

import scrubline

KEY = "AKIAQYLPMN5HHHFPZAM2"


def records(lines):
    return [json.loads(line) for line in lines]


def test_in_memory_log_records_counts_and_context_never_text():
    s = scrubline.Scrubber(evidence={"service": "api"})
    s.with_context(tenant="acme", request_id="req-1").redact(f"key {KEY} mail bob@example.com")
    s.scan("nothing")
    s.redact_json({"password": "hunter2hunter2"})
    lines = s.take_evidence()
    assert len(lines) == 3
    assert not any(KEY in line or "bob@" in line or "hunter2" in line for line in lines)
    first, second, third = records(lines)
    assert first["context"] == {"service": "api", "tenant": "acme", "request_id": "req-1"}
    assert first["by_entity"] == {"AWS_ACCESS_KEY_ID": 1, "EMAIL_ADDRESS": 1}
    assert first["rule_set_sha256"] == s.rule_set_sha256
    assert second["by_operation"] == {"scan": 1} and second["context"] == {"service": "api"}
    assert third["by_operation"] == {"redact_json": 1} and third["findings"] == 1
    assert third["prev"] == second["hash"]
    assert s.evidence_head == (3, third["hash"])


def test_bucketed_records_aggregate_until_flushed():
    s = scrubline.Scrubber(evidence={"bucket_seconds": 3600})
    for _ in range(5):
        s.redact("mail bob@example.com")
    assert s.take_evidence() == []
    s.flush_evidence()
    (record,) = records(s.take_evidence())
    assert record["calls"] == 5 and record["by_entity"] == {"EMAIL_ADDRESS": 5}
    assert set(record["window"]) == {"start", "end"}


def test_file_log_verifies_with_the_cli(tmp_path):
    log = tmp_path / "evidence"
    s = scrubline.Scrubber(evidence=log)
    for i in range(3):
        s.with_context(request_id=f"r{i}").redact(f"key {KEY}")
    s.flush_evidence()
    (segment,) = sorted(log.glob("evidence-*.jsonl"))
    text = segment.read_text()
    assert text.count("\n") == 3 and KEY not in text
    result = scrubline.verify_evidence(log)
    assert result["ok"] and result["records"] == 3
    assert result["head_hash"] == s.evidence_head[1]
    lines = text.splitlines()
    segment.write_text("\n".join([lines[0], lines[2], lines[1]]) + "\n")
    result = scrubline.verify_evidence(log)
    assert not result["ok"]
    assert (result["problem"]["line"], result["problem"]["kind"]) == (2, "reordered")


def test_a_full_queue_fails_closed_and_bad_context_is_refused():
    s = scrubline.Scrubber(evidence={"max_queued": 1})
    s.redact("a")
    with pytest.raises(scrubline.EvidenceError) as e:
        s.redact(f"key {KEY}")
    assert e.value.code == "evidence" and KEY not in str(e.value)
    with pytest.raises(scrubline.ConfigError):
        s.with_context(request_id="x" * 200)
    with pytest.raises(scrubline.ConfigError):
        scrubline.Scrubber(evidence={"hmac_key_env": "SCRUBLINE_TEST_NO_SUCH_VAR"})


def test_hmac_key_from_the_environment(monkeypatch):
    monkeypatch.setenv("SCRUBLINE_TEST_HMAC", "s3cret-key")
    s = scrubline.Scrubber(evidence={"hmac_key_env": "SCRUBLINE_TEST_HMAC", "key_id": "k1"})
    s.redact("x")
    (record,) = records(s.take_evidence())
    assert len(record["mac"]) == 64 and record["key_id"] == "k1"
    assert "s3cret" not in json.dumps(record)
