"""scrubline.openai against a fake OpenAI API on 127.0.0.1 (fake_openai.py):
what leaves the process holds tokens only, what the caller reads holds
the values."""

import asyncio
import importlib
import json
import sys
import threading

import pytest

openai = pytest.importorskip("openai")

import scrubline  # noqa: E402
import scrubline.openai as so  # noqa: E402

NAME, EMAIL, KEY = "Alice Smith", "alice@example.com", "AKIAQYLPMN5HHHFPZAM2"
VALUES = (NAME, EMAIL, KEY)
TOKENS = ("[DENY_LIST_1]", "[EMAIL_ADDRESS_1]", "[AWS_ACCESS_KEY_ID_1]")
PROMPT = f"Please write to {NAME} at {EMAIL}; my key is {KEY} (new)."
ANSWER = f"Noted: {NAME}, {EMAIL}, {KEY}."
MESSAGES = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": PROMPT}]


def client(fake, **kwargs):
    kwargs.setdefault("deny", [NAME])
    return so.wrap(openai.OpenAI(base_url=fake.url, api_key="test", max_retries=0), **kwargs)


def aclient(fake, **kwargs):
    kwargs.setdefault("deny", [NAME])
    return so.wrap(openai.AsyncOpenAI(base_url=fake.url, api_key="test", max_retries=0), **kwargs)


def assert_sent_tokens_only(fake, tokens=TOKENS):
    assert fake.raw, "nothing was sent"
    for raw in fake.raw:
        for value in VALUES:
            assert value not in raw
    for token in tokens:
        assert token in fake.raw[-1]


def chat_text(chunks):
    """The streamed text per choice index."""
    out = {}
    for chunk in chunks:
        for choice in chunk.choices:
            out[choice.index] = out.get(choice.index, "") + (choice.delta.content or "")
    return out


def event_text(events):
    return "".join(e.delta for e in events if e.type == "response.output_text.delta")


# chat.completions ------------------------------------------------------------


def test_chat_redacts_request_and_restores_each_choice(fake_openai):
    c = client(fake_openai)
    r = c.chat.completions.create(model="m", messages=MESSAGES, n=2)
    assert_sent_tokens_only(fake_openai)
    sent = fake_openai.requests[0]["messages"]
    assert sent[0] == {"role": "system", "content": "Be brief."}
    assert sent[1]["content"] == "Please write to [DENY_LIST_1] at [EMAIL_ADDRESS_1]; my key is [AWS_ACCESS_KEY_ID_1] (new)."
    assert [ch.message.content for ch in r.choices] == [ANSWER, "#1 " + ANSWER]
    assert len(c.vault) == 3
    assert MESSAGES[1]["content"] == PROMPT  # the caller's messages are not changed


def test_chat_text_parts_are_redacted(fake_openai):
    parts = [{"type": "text", "text": PROMPT}, {"type": "image_url", "image_url": {"url": "https://example.org/a.png"}}]
    r = client(fake_openai).chat.completions.create(model="m", messages=[{"role": "user", "content": parts}])
    assert_sent_tokens_only(fake_openai)
    sent = fake_openai.requests[0]["messages"][0]["content"]
    assert sent[1] == parts[1]
    assert r.choices[0].message.content == ANSWER


def test_chat_stream_restores_split_tokens_per_choice(fake_openai):
    c = client(fake_openai)
    chunks = list(
        c.chat.completions.create(model="m", messages=MESSAGES, n=2, stream=True, stream_options={"include_usage": True})
    )
    assert_sent_tokens_only(fake_openai)
    assert chat_text(chunks) == {0: ANSWER, 1: "#1 " + ANSWER}
    # The held-back rest went into each choice's finishing chunk: the
    # usage chunk is still the last one.
    assert chunks[-1].choices == [] and chunks[-1].usage is not None
    finishing = [ch for chunk in chunks for ch in chunk.choices if ch.finish_reason]
    assert all(ch.delta.content for ch in finishing)


def test_chat_stream_without_finish_reason_gets_a_last_chunk(fake_openai):
    c = client(fake_openai)
    with c.chat.completions.create(model="m", messages=MESSAGES, stream=True, extra_headers={"x-fake": "no-finish"}) as s:
        chunks = list(s)
    assert chat_text(chunks) == {0: ANSWER}
    assert chunks[-1].choices[0].delta.content  # the synthetic last chunk


def test_chat_restores_mangled_tokens(fake_openai):
    c = client(fake_openai)
    r = c.chat.completions.create(model="m", messages=MESSAGES, extra_headers={"x-fake": "mangle"})
    assert r.choices[0].message.content == ANSWER
    chunks = c.chat.completions.create(model="m", messages=MESSAGES, stream=True, extra_headers={"x-fake": "mangle"})
    assert chat_text(chunks) == {0: ANSWER}


def test_chat_tool_call_arguments_are_restored(fake_openai):
    c = client(fake_openai)
    tools = [{"type": "function", "function": {"name": "send", "parameters": {"type": "object"}}}]
    r = c.chat.completions.create(model="m", messages=MESSAGES, tools=tools)
    args = json.loads(r.choices[0].message.tool_calls[0].function.arguments)
    assert args == {"to": list(VALUES), "note": ANSWER}
    streamed = ""
    for chunk in c.chat.completions.create(model="m", messages=MESSAGES, tools=tools, stream=True):
        for choice in chunk.choices:
            for call in choice.delta.tool_calls or ():
                streamed += call.function.arguments or ""
    assert json.loads(streamed) == args
    assert_sent_tokens_only(fake_openai)


def test_two_turn_chat_sends_only_tokens_and_reuses_them(fake_openai):
    c = client(fake_openai)
    messages = [{"role": "user", "content": PROMPT}]
    first = c.chat.completions.create(model="m", messages=messages)
    assert first.choices[0].message.content == ANSWER
    # The answer object goes back as it is (a pydantic model), with the values.
    messages += [first.choices[0].message, {"role": "user", "content": f"Again to {EMAIL}, and bob@example.org."}]
    second = c.chat.completions.create(model="m", messages=messages)
    assert_sent_tokens_only(fake_openai)
    sent = fake_openai.requests[1]["messages"]
    assert sent[1]["role"] == "assistant"
    assert sent[1]["content"] == "Noted: [DENY_LIST_1], [EMAIL_ADDRESS_1], [AWS_ACCESS_KEY_ID_1]."
    assert sent[2]["content"] == "Again to [EMAIL_ADDRESS_1], and [EMAIL_ADDRESS_2]."
    assert "bob@example.org" not in fake_openai.raw[1]
    assert second.choices[0].message.content == f"Noted: {EMAIL}, bob@example.org."


def test_chat_assistant_tool_calls_and_tool_results_are_redacted(fake_openai):
    messages = [
        {"role": "user", "content": "send it"},
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "c1", "type": "function", "function": {"name": "send", "arguments": json.dumps({"to": EMAIL})}}]},
        {"role": "tool", "tool_call_id": "c1", "content": f"sent to {NAME}, key {KEY}"},
        {"role": "user", "content": "thanks"},
    ]
    client(fake_openai).chat.completions.create(model="m", messages=messages)
    assert_sent_tokens_only(fake_openai)
    sent = fake_openai.requests[0]["messages"]
    assert json.loads(sent[1]["tool_calls"][0]["function"]["arguments"]) == {"to": "[EMAIL_ADDRESS_1]"}
    assert sent[2]["content"] == "sent to [DENY_LIST_1], key [AWS_ACCESS_KEY_ID_1]"


def test_per_call_vault(fake_openai):
    c = client(fake_openai)
    other = scrubline.Vault()
    r = c.chat.completions.create(model="m", messages=MESSAGES, scrubline_vault=other)
    assert r.choices[0].message.content == ANSWER
    assert len(other) == 3 and len(c.vault) == 0
    assert "scrubline_vault" not in fake_openai.requests[0]
    with pytest.raises(TypeError):
        c.chat.completions.create(model="m", messages=MESSAGES, scrubline_vault="nope")


def test_on_report_gets_each_requests_merged_report(fake_openai):
    reports = []
    c = client(fake_openai, on_report=reports.append)
    c.chat.completions.create(model="m", messages=MESSAGES + [{"role": "user", "content": f"and {EMAIL}"}])
    assert len(reports) == 1
    assert reports[0].by_entity == {"AWS_ACCESS_KEY_ID": 1, "DENY_LIST": 1, "EMAIL_ADDRESS": 2}
    c.responses.create(model="m", input="nothing here")
    assert len(reports) == 2 and reports[1].findings == 0


def test_on_report_error_does_not_fail_the_call(fake_openai, monkeypatch):
    seen = []
    monkeypatch.setattr(sys, "unraisablehook", seen.append)

    def broken(report):
        raise RuntimeError("metrics down")

    r = client(fake_openai, on_report=broken).chat.completions.create(model="m", messages=MESSAGES)
    assert r.choices[0].message.content == ANSWER
    assert len(seen) == 1 and isinstance(seen[0].exc_value, RuntimeError)


def test_redaction_error_sends_nothing(fake_openai):
    small = scrubline.Scrubber(max_input_bytes=16)
    c = client(fake_openai, scrubber=small)
    with pytest.raises(scrubline.InputTooLargeError):
        c.chat.completions.create(model="m", messages=MESSAGES)
    with pytest.raises(scrubline.InputTooLargeError):
        c.responses.create(model="m", input=PROMPT)
    with pytest.raises(scrubline.InputTooLargeError):
        asyncio.run(aclient(fake_openai, scrubber=small).chat.completions.create(model="m", messages=MESSAGES))
    assert fake_openai.requests == []


def test_block_stops_the_request_with_counts_only(fake_openai):
    c = client(fake_openai, block=["secret"])
    with pytest.raises(scrubline.BlockedError) as e:
        c.chat.completions.create(model="m", messages=MESSAGES)
    assert e.value.code == "blocked" and e.value.entities == {"AWS_ACCESS_KEY_ID": 1}
    assert KEY not in str(e.value) and EMAIL not in repr(e.value)
    with pytest.raises(scrubline.BlockedError):
        c.responses.create(model="m", input=PROMPT)
    assert fake_openai.requests == []
    # A prompt without a secret goes through, redacted as usual.
    r = c.chat.completions.create(model="m", messages=[{"role": "user", "content": f"mail {EMAIL}"}])
    assert EMAIL in r.choices[0].message.content
    assert EMAIL not in fake_openai.raw[0]


def test_unredacted_calls_are_refused(fake_openai):
    c = client(fake_openai)
    for call in (
        lambda: c.chat.completions.parse(model="m", messages=MESSAGES),
        lambda: c.chat.completions.stream(model="m", messages=MESSAGES),
        lambda: c.chat.completions.with_raw_response.create(model="m", messages=MESSAGES),
        lambda: c.with_raw_response.chat.completions.create(model="m", messages=MESSAGES),
        lambda: c.with_streaming_response.responses.create(model="m", input=PROMPT),
        lambda: c.responses.stream(model="m", input=PROMPT),
        lambda: c.responses.input_tokens.count(model="m", input=PROMPT),
    ):
        with pytest.raises(NotImplementedError, match="does not redact"):
            call()
    assert fake_openai.requests == []


def test_everything_else_passes_through(fake_openai):
    raw = openai.OpenAI(base_url=fake_openai.url, api_key="test", max_retries=0)
    c = so.wrap(raw, deny=[NAME])
    assert c.wrapped is raw
    assert c.api_key == "test" and c.models is raw.models and c.chat.completions.messages is raw.chat.completions.messages
    assert c.with_raw_response.models is not None
    faster = c.with_options(timeout=5)
    assert isinstance(faster, so.ScrubbedClient) and faster.vault is c.vault
    faster.chat.completions.create(model="m", messages=MESSAGES)
    assert_sent_tokens_only(fake_openai)
    with c as same:
        assert same is c
    with pytest.raises(TypeError):
        so.wrap(object())


# responses -------------------------------------------------------------------


def test_responses_redacts_input_and_instructions(fake_openai):
    c = client(fake_openai)
    r = c.responses.create(model="m", input=PROMPT, instructions=f"You work for {NAME}.")
    assert_sent_tokens_only(fake_openai)
    assert fake_openai.requests[0]["instructions"] == "You work for [DENY_LIST_1]."
    assert r.output_text == ANSWER
    assert r.output[0].content[0].text == ANSWER
    assert r.instructions == f"You work for {NAME}."


def test_responses_item_input_and_two_turns(fake_openai):
    c = client(fake_openai)
    items = [
        {"role": "developer", "content": "Be brief."},
        {"role": "user", "content": [{"type": "input_text", "text": PROMPT}]},
    ]
    first = c.responses.create(model="m", input=items)
    assert first.output_text == ANSWER
    items += list(first.output) + [{"role": "user", "content": f"Again {EMAIL}"}]
    second = c.responses.create(model="m", input=items)
    assert_sent_tokens_only(fake_openai)
    sent = fake_openai.requests[1]["input"]
    assert sent[2]["content"][0]["text"] == "Noted: [DENY_LIST_1], [EMAIL_ADDRESS_1], [AWS_ACCESS_KEY_ID_1]."
    assert sent[3]["content"] == "Again [EMAIL_ADDRESS_1]"
    assert second.output_text == f"Noted: {EMAIL}."


def test_responses_stream_restores_deltas_and_done_events(fake_openai):
    c = client(fake_openai)
    events = list(c.responses.create(model="m", input=PROMPT, stream=True))
    assert_sent_tokens_only(fake_openai)
    assert event_text(events) == ANSWER
    by_type = {e.type: e for e in events}
    assert by_type["response.output_text.done"].text == ANSWER
    assert by_type["response.content_part.done"].part.text == ANSWER
    assert by_type["response.output_item.done"].item.content[0].text == ANSWER
    assert by_type["response.completed"].response.output_text == ANSWER
    # The held-back rest arrives as a delta just before `done`.
    done = [e.type for e in events].index("response.output_text.done")
    assert events[done - 1].type == "response.output_text.delta" and events[done - 1].delta


def test_responses_stream_without_done_events(fake_openai):
    events = list(client(fake_openai).responses.create(
        model="m", input=PROMPT, stream=True, extra_headers={"x-fake": "no-finish"}))
    assert event_text(events) == ANSWER


def test_responses_function_call_arguments(fake_openai):
    c = client(fake_openai)
    tools = [{"type": "function", "name": "send", "parameters": {"type": "object"}}]
    r = c.responses.create(model="m", input=PROMPT, tools=tools)
    assert json.loads(r.output[0].arguments) == {"to": list(VALUES), "note": ANSWER}
    events = list(c.responses.create(model="m", input=PROMPT, tools=tools, stream=True))
    streamed = "".join(e.delta for e in events if e.type == "response.function_call_arguments.delta")
    assert streamed == r.output[0].arguments
    done = next(e for e in events if e.type == "response.function_call_arguments.done")
    assert done.arguments == r.output[0].arguments
    assert_sent_tokens_only(fake_openai)


# async -----------------------------------------------------------------------


def test_async_chat_and_responses(fake_openai):
    async def main():
        c = aclient(fake_openai)
        r = await c.chat.completions.create(model="m", messages=MESSAGES)
        stream = await c.chat.completions.create(model="m", messages=MESSAGES, stream=True, n=2)
        chunks = [chunk async for chunk in stream]
        resp = await c.responses.create(model="m", input=PROMPT)
        async with await c.responses.create(model="m", input=PROMPT, stream=True) as events:
            evs = [e async for e in events]
        return r, chunks, resp, evs

    r, chunks, resp, events = asyncio.run(main())
    assert_sent_tokens_only(fake_openai)
    assert r.choices[0].message.content == ANSWER
    assert chat_text(chunks) == {0: ANSWER, 1: "#1 " + ANSWER}
    assert resp.output_text == ANSWER
    assert event_text(events) == ANSWER


def test_async_redaction_runs_off_the_event_loop(fake_openai):
    threads = []

    class Spy(scrubline.Scrubber):
        def redact(self, text, **kwargs):
            threads.append(threading.get_ident())
            return super().redact(text, **kwargs)

    async def main():
        c = aclient(fake_openai, scrubber=Spy())
        await c.chat.completions.create(model="m", messages=MESSAGES)
        await c.responses.create(model="m", input=PROMPT)
        return threading.get_ident()

    loop_thread = asyncio.run(main())
    assert threads and loop_thread not in threads
    assert_sent_tokens_only(fake_openai)


# packaging -------------------------------------------------------------------


def test_missing_openai_gives_install_hint(monkeypatch):
    monkeypatch.setitem(sys.modules, "openai", None)
    monkeypatch.delitem(sys.modules, "scrubline.openai")
    with pytest.raises(ImportError, match=r"pip install 'scrubline\[openai\]'"):
        importlib.import_module("scrubline.openai")
