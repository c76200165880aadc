"""A Scrubber pickles (Spark, Ray, Dask, multiprocessing): the copy is
rebuilt from the same options, rule packs, pseudonym key and context."""

import multiprocessing
import os
import pickle
from concurrent.futures import ProcessPoolExecutor

import scrubline

PACK = '''
format = 1

[pack]
name = "custom"
version = "1"

[[rules]]
id = "custom.ticket"
name = "Ticket id"
entity = "TICKET_ID"
category = "pii"
pattern = 'TCK-[0-9]{6}'
keywords = ["tck-"]
examples = ["ticket TCK-123456"]
negative_examples = ["ticket TCK-12"]
'''
TEXT = "key AKIAQYLPMN5HHHFPZAM2 mail bob@example.com ticket TCK-123456"


def _redact_in_worker(args):
    blob, text = args
    return pickle.loads(blob).redact(text).text


def test_round_trip_keeps_rules_operators_and_key():
    s = scrubline.Scrubber(extra_rules=[PACK], operators={"pii": "pseudonym"}, pseudonym_key="k1")
    copy = pickle.loads(pickle.dumps(s))
    assert copy.redact(TEXT).text == s.redact(TEXT).text
    assert "[TICKET_ID:" in copy.redact(TEXT).text
    assert copy.rule_set_sha256 == s.rule_set_sha256
    other_key = scrubline.Scrubber(extra_rules=[PACK], operators={"pii": "pseudonym"}, pseudonym_key="k2")
    assert other_key.redact(TEXT).text != copy.redact(TEXT).text


def test_context_survives_and_in_memory_evidence_is_its_own():
    s = scrubline.Scrubber(evidence=True).with_context(service="etl", request_id="batch-7")
    copy = pickle.loads(pickle.dumps(s))
    copy.redact(TEXT)
    copy.flush_evidence()
    lines = copy.take_evidence()
    assert lines and '"batch-7"' in lines[-1] and "AKIA" not in "".join(lines)


def test_each_copy_writes_its_own_evidence_chain(tmp_path):
    s = scrubline.Scrubber(evidence={"path": tmp_path, "prefix": "ev"})
    copy = pickle.loads(pickle.dumps(s))
    s.redact(TEXT)
    copy.redact(TEXT)
    s.flush_evidence()
    copy.flush_evidence()
    prefixes = {name.rsplit("-", 1)[0] for name in os.listdir(tmp_path) if not name.startswith(".")}
    assert "ev" in prefixes and len(prefixes) == 2, prefixes
    for prefix in prefixes:
        result = scrubline.verify_evidence(tmp_path, prefix=prefix)
        assert result["ok"] and result["records"] >= 1, result


def test_workers_in_other_processes_redact_the_same():
    s = scrubline.Scrubber(extra_rules=[PACK])
    blob = pickle.dumps(s)
    rows = [TEXT, "nothing here", "call TCK-654321"]
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as pool:
        assert list(pool.map(_redact_in_worker, [(blob, r) for r in rows])) == [s.redact(r).text for r in rows]
