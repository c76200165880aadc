"""Per-call options, the on_report hook, and options that were builder-only."""

import pickle

import pytest

import scrubline
from scrubline import ConfigError, RuleError, Scrubber

TEXT = "Acme Corp: bob@example.com, AKIAQYLPMN5HHHFPZAM2, Annual report"


def test_per_call_options_override_one_call_only():
    s = Scrubber()
    assert s.redact(TEXT, entities=["EMAIL_ADDRESS"]).text == (
        "Acme Corp: [EMAIL_ADDRESS], AKIAQYLPMN5HHHFPZAM2, Annual report"
    )
    assert s.redact(TEXT, operators={"secret": "mask:#"}).text == (
        "Acme Corp: [EMAIL_ADDRESS], ####################, Annual report"
    )
    out = s.redact(TEXT, allow=["bob@example.com"], deny=["acme corp", "Ann"])
    assert out.text == "[DENY_LIST]: bob@example.com, [AWS_ACCESS_KEY_ID], Annual report"
    assert out.report.to_dict()["by_entity"]["DENY_LIST"] == 1
    assert [f.entity for f in s.scan(TEXT, entities=["pii"])] == ["EMAIL_ADDRESS"]
    assert s.redact_bytes(TEXT.encode(), entities=["secret"]).text.startswith(b"Acme Corp: bob@")
    # The scrubber itself is unchanged.
    assert s.redact(TEXT).text == "Acme Corp: [EMAIL_ADDRESS], [AWS_ACCESS_KEY_ID], Annual report"


def test_bad_per_call_options_raise_config_error():
    s = Scrubber()
    with pytest.raises(ConfigError, match="unknown entity or category `EMAIL`"):
        s.redact(TEXT, entities=["EMAIL"])
    with pytest.raises(ConfigError, match="pseudonym key"):
        s.redact(TEXT, operators={"pii": "pseudonym"})
    with pytest.raises(TypeError, match="list of strings"):
        s.redact(TEXT, deny="Acme")


def test_on_report_sees_every_successful_call():
    seen = []
    s = Scrubber(on_report=seen.append)
    s.redact("mail bob@example.com")
    s.scan("mail bob@example.com")
    s.redact_batch(["a@example.com", "no"])
    s.redact_json({"k": "bob@example.com"})
    st = s.stream()
    st.feed("mail bob@example.com")
    st.finish()
    s.with_context(service="api").redact("x@example.com")
    counts = [r.findings for r in seen]
    # Batch items run in parallel, so their two reports come in either order.
    assert counts[:2] == [1, 1] and sorted(counts[2:4]) == [0, 1] and counts[4:] == [1, 1, 1]
    assert all(isinstance(r, scrubline.Report) for r in seen)


def test_on_report_errors_do_not_fail_the_call(monkeypatch):
    caught = []
    monkeypatch.setattr("sys.unraisablehook", caught.append)

    def broken(report):
        raise RuntimeError("metrics backend down")

    s = Scrubber(on_report=broken)
    assert s.redact("mail bob@example.com").text == "mail [EMAIL_ADDRESS]"
    assert len(caught) == 1 and isinstance(caught[0].exc_value, RuntimeError)


def _count(report):  # module level: picklable
    _count.calls = getattr(_count, "calls", 0) + 1


def test_on_report_travels_with_a_pickle():
    s = pickle.loads(pickle.dumps(Scrubber(on_report=_count)))
    before = getattr(_count, "calls", 0)
    s.redact("bob@example.com")
    assert _count.calls == before + 1


def test_max_match_len_and_rule_size_limit_reach_the_core():
    pack = (
        'format = 1\n[pack]\nname = "t"\nversion = "1"\n[[rules]]\nid = "t.long"\nname = "long"\n'
        "category = \"secret\"\nentity = \"LONG\"\npattern = 'zz[a-z]{1,3000}'\nkeywords = [\"zz\"]\n"
    )
    Scrubber([pack])
    with pytest.raises(RuleError, match="t.long"):
        Scrubber([pack], max_match_len=1000)
    with pytest.raises(RuleError):
        Scrubber([pack], rule_size_limit=100)
    assert Scrubber().backend in ("hyperscan", "portable")


def test_every_core_error_code_maps_to_its_exception_class():
    from scrubline import _native

    assert set(scrubline.ERROR_CLASSES) == set(scrubline.ERROR_CODES)
    for code, cls in scrubline.ERROR_CLASSES.items():
        e = _native._error_example(code)
        assert type(e) is cls, code
        assert e.code == code
        assert isinstance(e, scrubline.ScrublineError)


def test_vault_round_trip_seal_and_no_values_shown():
    import os
    import threading

    s = Scrubber()
    vault = scrubline.Vault()
    sent = s.redact("mail bob@example.com and ann@example.org", vault=vault)
    assert sent.text == "mail [EMAIL_ADDRESS_1] and [EMAIL_ADDRESS_2]"
    assert sent.report.to_dict()["by_operator"] == {"vault": 2}
    assert vault.restore("Wrote to [email_address_2].") == "Wrote to ann@example.org."
    assert len(vault) == 2 and "bob" not in repr(vault)
    with pytest.raises(TypeError, match="seal"):
        pickle.dumps(vault)
    key = os.urandom(32)
    sealed = vault.seal(key)
    assert b"bob@example.com" not in sealed
    back = scrubline.Vault.open(sealed, key)
    assert back.restore("[EMAIL_ADDRESS_1]") == "bob@example.com"
    with pytest.raises(ConfigError, match="does not open"):
        scrubline.Vault.open(sealed, os.urandom(32))
    with pytest.raises(ConfigError, match="32 bytes"):
        vault.seal(b"short")
    # A stream into the vault, and many threads sharing one vault.
    st = s.stream(vault=vault)
    out = st.feed("cc bob@exa") + st.feed("mple.com") + st.finish()
    assert out == "cc [EMAIL_ADDRESS_1]"
    shared = scrubline.Vault()
    texts = [f"user{i}@example.com" for i in range(40)]
    threads = [threading.Thread(target=lambda t=t: s.redact(t, vault=shared)) for t in texts]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(shared) == 40
    tokens = {shared.token("EMAIL_ADDRESS", t) for t in texts}
    assert len(tokens) == 40


def test_redact_json_paths_call_options_and_vault():
    s = Scrubber()
    v = scrubline.Vault()
    request = {
        "model": "bob@example.com",
        "messages": [{"role": "user", "content": "mail bob@example.com about Acme Corp"}],
    }
    r = s.redact_json(request, paths=["messages.*.content"], deny=["Acme Corp"], vault=v)
    assert r.value == {
        "model": "bob@example.com",
        "messages": [{"role": "user", "content": "mail [EMAIL_ADDRESS_1] about [DENY_LIST_1]"}],
    }
    assert [f.path for f in r.findings] == ["/messages/0/content"] * 2
    assert v.restore(r.value["messages"][0]["content"]) == request["messages"][0]["content"]
    with pytest.raises(ConfigError):
        s.redact_json(request, paths=["messages..content"])
    with pytest.raises(TypeError):
        s.redact_json(request, paths="messages")
    with pytest.raises(TypeError):
        s.redact("x", vault={"not": "a vault"})


def test_redact_bytes_into_a_vault():
    s = Scrubber()
    v = scrubline.Vault()
    r = s.redact_bytes(b"\xff mail bob@example.com", vault=v)
    assert r.text == b"\xff mail [EMAIL_ADDRESS_1]"
    assert s.redact("bob@example.com", vault=v).text == "[EMAIL_ADDRESS_1]"


def test_aredact_runs_off_the_event_loop():
    import asyncio
    import threading

    s = Scrubber()
    loop_thread = []

    async def main():
        loop_thread.append(threading.get_ident())
        seen = []
        s2 = Scrubber(on_report=lambda rep: seen.append(threading.get_ident()))
        r, j = await asyncio.gather(
            s2.aredact("mail bob@example.com", entities=["EMAIL_ADDRESS"]),
            s.aredact_json({"password": "Xk9#mP2$vL7qR4tW"}),
        )
        return r, j, seen

    r, j, seen = asyncio.run(main())
    assert r.text == "mail [EMAIL_ADDRESS]"
    assert j.value == {"password": "[PASSWORD]"}
    assert seen and seen[0] != loop_thread[0]


def test_block_raises_blocked_error_with_counts_only():
    s = Scrubber()
    with pytest.raises(scrubline.BlockedError) as e:
        s.redact(TEXT, block=["secret"])
    assert isinstance(e.value, scrubline.ScrublineError)
    assert e.value.code == "blocked" and e.value.entities == {"AWS_ACCESS_KEY_ID": 1}
    assert "AKIA" not in str(e.value)
    with pytest.raises(scrubline.BlockedError) as e:
        s.redact_json({"a": TEXT}, block=["EMAIL_ADDRESS", "DENY_LIST"], deny=["Acme Corp"])
    assert e.value.entities == {"DENY_LIST": 1, "EMAIL_ADDRESS": 1}
    assert s.redact("nothing", block=["secret"]).text == "nothing"
    assert scrubline.ERROR_CLASSES["blocked"] is scrubline.BlockedError
