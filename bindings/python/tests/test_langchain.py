"""scrubline.langchain with langchain_openai.ChatOpenAI against the fake
OpenAI API on 127.0.0.1 (fake_openai.py)."""

import asyncio
import importlib
import json
import sys

import pytest

pytest.importorskip("langchain_core")
langchain_openai = pytest.importorskip("langchain_openai")

from langchain_core.messages import AIMessage, AIMessageChunk, HumanMessage, SystemMessage, ToolMessage  # noqa: E402
from langchain_core.output_parsers import StrOutputParser  # noqa: E402
from langchain_core.prompt_values import ChatPromptValue, StringPromptValue  # noqa: E402
from langchain_core.prompts import ChatPromptTemplate  # noqa: E402
from langchain_core.tools import tool  # noqa: E402

import scrubline  # noqa: E402
import scrubline.langchain as sl  # noqa: E402

NAME, EMAIL, KEY = "Alice Smith", "alice@example.com", "AKIAQYLPMN5HHHFPZAM2"
VALUES = (NAME, EMAIL, KEY)
TOKENS = ("[DENY_LIST_1]", "[EMAIL_ADDRESS_1]", "[AWS_ACCESS_KEY_ID_1]")
PROMPT = f"Please write to {NAME} at {EMAIL}; my key is {KEY} (new)."
REDACTED = "Please write to [DENY_LIST_1] at [EMAIL_ADDRESS_1]; my key is [AWS_ACCESS_KEY_ID_1] (new)."
ANSWER = f"Noted: {NAME}, {EMAIL}, {KEY}."


@tool
def send(to: str) -> str:
    """Sends a note."""
    return "sent"


def chat_model(fake):
    import openai

    # A fresh async HTTP client per model: langchain_openai's shared default
    # one outlives the event loop of each test's asyncio.run.
    return langchain_openai.ChatOpenAI(
        base_url=fake.url, api_key="test", model="gpt-4o-mini", max_retries=0,
        http_async_client=openai.DefaultAsyncHttpxClient(),
    )


def wrapped(fake, **kwargs):
    kwargs.setdefault("deny", [NAME])
    return sl.wrap_chat_model(chat_model(fake), **kwargs)


def assert_sent_tokens_only(fake, tokens=TOKENS):
    assert fake.raw, "nothing was sent"
    for raw in fake.raw:
        for value in VALUES:
            assert value not in raw
    for token in tokens:
        assert token in fake.raw[-1]


def joined(chunks):
    total = chunks[0]
    for chunk in chunks[1:]:
        total = total + chunk
    return total


def test_invoke_with_str_messages_and_prompt_values(fake_openai):
    model = wrapped(fake_openai)
    assert model.invoke(PROMPT).content == ANSWER
    assert model.invoke([("system", "Be brief."), ("user", PROMPT)]).content == ANSWER
    assert model.invoke([SystemMessage("Be brief."), HumanMessage(PROMPT)]).content == ANSWER
    prompt = ChatPromptTemplate.from_messages([("system", "Be brief."), ("user", "{q}")])
    chain = prompt | model | StrOutputParser()
    assert chain.invoke({"q": PROMPT}) == ANSWER
    assert_sent_tokens_only(fake_openai)
    assert len(fake_openai.requests) == 4
    assert fake_openai.requests[-1]["messages"][-1]["content"] == REDACTED


def test_stream_restores_split_tokens(fake_openai):
    model = wrapped(fake_openai)
    chunks = list(model.stream(PROMPT))
    assert_sent_tokens_only(fake_openai)
    assert all(isinstance(c, AIMessageChunk) for c in chunks)
    assert joined(chunks).content == ANSWER
    assert sum(1 for c in chunks if c.content) > 1  # really streamed
    assert chunks[-1].chunk_position == "last"
    chain = ChatPromptTemplate.from_messages([("user", "{q}")]) | model | StrOutputParser()
    parts = list(chain.stream({"q": PROMPT}))
    assert "".join(parts) == ANSWER and len([p for p in parts if p]) > 1


def test_async_invoke_and_stream(fake_openai):
    model = wrapped(fake_openai)

    async def main():
        whole = await model.ainvoke(PROMPT)
        chunks = [c async for c in model.astream([("user", PROMPT)])]
        return whole, chunks

    whole, chunks = asyncio.run(main())
    assert whole.content == ANSWER
    assert joined(chunks).content == ANSWER
    assert_sent_tokens_only(fake_openai)


def test_two_turns_reuse_tokens(fake_openai):
    vault = scrubline.Vault()
    model = wrapped(fake_openai, vault=vault)
    history = [HumanMessage(PROMPT)]
    first = model.invoke(history)
    assert first.content == ANSWER
    history += [first, HumanMessage(f"Again to {EMAIL} and bob@example.org")]
    second = model.invoke(history)
    assert_sent_tokens_only(fake_openai)
    sent = fake_openai.requests[1]["messages"]
    assert sent[1]["content"] == "Noted: [DENY_LIST_1], [EMAIL_ADDRESS_1], [AWS_ACCESS_KEY_ID_1]."
    assert sent[2]["content"] == "Again to [EMAIL_ADDRESS_1] and [EMAIL_ADDRESS_2]"
    assert second.content == f"Noted: {EMAIL}, bob@example.org."
    assert len(vault) == 4


def test_tool_calls_are_restored_invoked_and_streamed(fake_openai):
    model = sl.wrap_chat_model(chat_model(fake_openai).bind_tools([send]), deny=[NAME])
    message = model.invoke(PROMPT)
    assert message.tool_calls[0]["args"] == {"to": list(VALUES), "note": ANSWER}
    streamed = joined(list(model.stream(PROMPT)))
    assert streamed.tool_calls[0]["args"] == {"to": list(VALUES), "note": ANSWER}
    assert_sent_tokens_only(fake_openai)


def test_history_with_tool_calls_and_results_is_redacted(fake_openai):
    history = [
        HumanMessage("send it"),
        AIMessage("", tool_calls=[{"name": "send", "args": {"to": EMAIL}, "id": "c1"}]),
        ToolMessage(f"sent to {NAME}, key {KEY}", tool_call_id="c1"),
        HumanMessage([{"type": "text", "text": "thanks"}]),
    ]
    wrapped(fake_openai).invoke(history)
    assert_sent_tokens_only(fake_openai)
    sent = fake_openai.requests[0]["messages"]
    assert json.loads(sent[1]["tool_calls"][0]["function"]["arguments"]) == {"to": "[EMAIL_ADDRESS_1]"}
    assert sent[2]["content"] == "sent to [DENY_LIST_1], key [AWS_ACCESS_KEY_ID_1]"


def test_steps_alone(fake_openai):
    vault = scrubline.Vault()
    redact = sl.redact_runnable(vault=vault, deny=[NAME])
    restore = sl.restore_runnable(vault)
    assert redact.invoke(PROMPT) == REDACTED
    assert redact.invoke(StringPromptValue(text=PROMPT)).text == REDACTED
    value = redact.invoke(ChatPromptValue(messages=[HumanMessage(PROMPT)]))
    assert value.messages[0].content == REDACTED
    assert redact.invoke({"q": PROMPT, "n": 3}) == {"q": REDACTED, "n": 3}
    with pytest.raises(TypeError):
        redact.invoke(42)
    assert restore.invoke("to [DENY_LIST_1]") == f"to {NAME}"
    pieces = ["Hi [DENY", "_LIST_1], [EMAIL_", "ADDRESS_1]"]
    assert "".join(restore.transform(iter(pieces))) == f"Hi {NAME}, {EMAIL}"
    chunks = list(restore.transform(iter(AIMessageChunk(content=p, id="m") for p in pieces)))
    assert joined(chunks).content == f"Hi {NAME}, {EMAIL}"
    assert fake_openai.requests == []


def test_per_call_vault_in_config(fake_openai):
    default = scrubline.Vault()
    model = wrapped(fake_openai, vault=default)
    other = scrubline.Vault()
    config = {"configurable": {"scrubline_vault": other}}
    assert model.invoke(PROMPT, config=config).content == ANSWER
    assert joined(list(model.stream(PROMPT, config=config))).content == ANSWER
    assert len(other) == 3 and len(default) == 0
    assert_sent_tokens_only(fake_openai)


def test_on_report_and_fail_closed(fake_openai):
    reports = []
    wrapped(fake_openai, on_report=reports.append).invoke([("system", f"for {NAME}"), ("user", PROMPT)])
    assert len(reports) == 1
    assert reports[0].by_entity == {"AWS_ACCESS_KEY_ID": 1, "DENY_LIST": 2, "EMAIL_ADDRESS": 1}
    fake_openai.clear()
    small = wrapped(fake_openai, scrubber=scrubline.Scrubber(max_input_bytes=16))
    with pytest.raises(scrubline.InputTooLargeError):
        small.invoke(PROMPT)
    with pytest.raises(scrubline.InputTooLargeError):
        list(small.stream(PROMPT))
    with pytest.raises(scrubline.InputTooLargeError):
        asyncio.run(small.ainvoke(PROMPT))
    assert fake_openai.requests == []


def test_missing_langchain_gives_install_hint(monkeypatch):
    for name in [n for n in sys.modules if n == "langchain_core" or n.startswith("langchain_core.")]:
        monkeypatch.setitem(sys.modules, name, None)
    monkeypatch.delitem(sys.modules, "scrubline.langchain")
    with pytest.raises(ImportError, match=r"pip install 'scrubline\[langchain\]'"):
        importlib.import_module("scrubline.langchain")


def test_async_redaction_runs_off_the_event_loop(fake_openai):
    import threading

    threads = []

    class Spy(scrubline.Scrubber):
        def redact(self, text, **kwargs):
            threads.append(threading.get_ident())
            return super().redact(text, **kwargs)

    model = wrapped(fake_openai, scrubber=Spy())

    async def main():
        assert (await model.ainvoke(PROMPT)).content == ANSWER
        return threading.get_ident()

    loop_thread = asyncio.run(main())
    assert threads and loop_thread not in threads
