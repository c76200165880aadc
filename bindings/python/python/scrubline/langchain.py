"""LangChain Runnables that keep secrets and personal data out of chat
model calls: the prompt is redacted into a vault before the model sees it,
and the model's answer gets the values back.

::

    from langchain_openai import ChatOpenAI
    import scrubline, scrubline.langchain

    vault = scrubline.Vault()                              # one per conversation
    model = scrubline.langchain.wrap_chat_model(ChatOpenAI(model="gpt-4o-mini"), vault=vault)
    chain = prompt | model | StrOutputParser()             # invoke, stream, batch, async

:func:`wrap_chat_model` is ``redact_runnable(...) | model |
restore_runnable(...)`` sharing one vault; the two steps can also be
placed separately. Bind tools or structured output to the model before
wrapping it (``wrap_chat_model(model.bind_tools(tools))``).

The redact step takes what a chat model takes: a string, a
``PromptValue``, or a list of messages (``BaseMessage`` objects or
message-like tuples and dicts); also a single message, or a dict of
template variables (every string in it). It redacts message text
(string content, and ``text`` of content blocks), tool call arguments and
tool results. Other input types raise :class:`TypeError` (fail closed), as
does a failed redaction: the model is not called.

The restore step takes the model's output: an ``AIMessage`` (content,
tool calls), a string (after ``StrOutputParser``), or a stream of
``AIMessageChunk`` or strings, restored chunk by chunk with a restorer
per content part and tool call, so a token split across chunks is still
restored. The text a restorer holds back (what may still be part of a
token, a few dozen characters at most) is released into the model's final
chunk (``chunk_position="last"`` or a ``finish_reason``),
or as one more chunk if the stream ends without one; joining the chunks
always gives the restored answer.

To use another vault for one call (one vault per conversation while the
chain is shared), pass it in the config:
``chain.invoke(x, config={"configurable": {"scrubline_vault": vault}})``.

Note that LangChain callbacks and tracers see each step's input and
output: the redact step's input and the restore step's output hold the
values. The model's own run sees only tokens.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import Any, Callable, Iterable, Optional

try:
    from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
    from langchain_core.messages.utils import convert_to_messages
    from langchain_core.prompt_values import ChatPromptValue, PromptValue, StringPromptValue
    from langchain_core.runnables import Runnable, RunnableConfig
except ImportError as e:
    raise ImportError(
        "scrubline.langchain needs langchain-core: pip install 'scrubline[langchain]'"
    ) from e

from . import Report, Scrubber, Vault
from ._llm import Redaction, call_options, default_scrubber, report_to

__all__ = ["wrap_chat_model", "redact_runnable", "restore_runnable", "RedactStep", "RestoreStep", "VAULT_KEY"]

#: The ``configurable`` key whose value (a :class:`~scrubline.Vault`)
#: replaces the steps' vault for one call.
VAULT_KEY = "scrubline_vault"

# Content block keys holding text (``{"type": "text", "text": ...}``,
# ``{"type": "reasoning", "reasoning": ...}``).
_BLOCK_TEXT_KEYS = ("text", "reasoning")


def wrap_chat_model(
    model: Runnable[Any, Any],
    scrubber: Optional[Scrubber] = None,
    *,
    vault: Optional[Vault] = None,
    on_report: Optional[Callable[[Report], Any]] = None,
    entities: Optional[Iterable[str]] = None,
    allow: Optional[Iterable[str]] = None,
    deny: Optional[Iterable[str]] = None,
    block: Optional[Iterable[str]] = None,
) -> Runnable[Any, Any]:
    """``model`` (a chat model, or any Runnable from prompt to message)
    between a redact step and a restore step that share ``vault``.

    Args:
        model: The chat model, with tools or output format already bound.
        scrubber: The scrubber (default: one shared ``Scrubber()``).
        vault: The conversation's vault (default: a new one). The same
            value keeps its token across turns.
        on_report: Called with each call's :class:`~scrubline.Report`
            (every text of the input merged) before the model is called.
        entities, allow, deny: Per-call options of :meth:`Scrubber.redact`
            for every text (``deny=["Alice Smith"]``); ``block`` entities
            or categories raise :class:`~scrubline.BlockedError` instead.

    Returns:
        A Runnable with ``invoke``, ``stream``, ``batch`` and their async
        forms; its output is the model's, restored.
    """
    vault = vault if vault is not None else Vault()
    redact = RedactStep(scrubber, vault, on_report=on_report, entities=entities, allow=allow, deny=deny, block=block)
    return redact | model | RestoreStep(vault)


def redact_runnable(
    scrubber: Optional[Scrubber] = None,
    vault: Optional[Vault] = None,
    *,
    on_report: Optional[Callable[[Report], Any]] = None,
    entities: Optional[Iterable[str]] = None,
    allow: Optional[Iterable[str]] = None,
    deny: Optional[Iterable[str]] = None,
    block: Optional[Iterable[str]] = None,
) -> "RedactStep":
    """A Runnable that redacts a chat model's input into ``vault`` (see
    :class:`RedactStep`). Pair it with :func:`restore_runnable` on the same
    vault."""
    return RedactStep(scrubber, vault, on_report=on_report, entities=entities, allow=allow, deny=deny, block=block)


def restore_runnable(vault: Vault) -> "RestoreStep":
    """A Runnable that restores a chat model's output from ``vault``,
    streams included (see :class:`RestoreStep`)."""
    return RestoreStep(vault)


def _vault_in(config: Optional[RunnableConfig], default: Vault) -> Vault:
    """The vault of this call: ``configurable["scrubline_vault"]`` or ``default``."""
    vault = (config or {}).get("configurable", {}).get(VAULT_KEY)
    if vault is None:
        return default
    if not isinstance(vault, Vault):
        raise TypeError(f"configurable[{VAULT_KEY!r}] must be a scrubline.Vault, not {type(vault).__name__}")
    return vault


class RedactStep(Runnable[Any, Any]):
    """Redacts a chat model's input into a vault (see the module docs for
    the input types). Built by :func:`redact_runnable` or
    :func:`wrap_chat_model`.

    Args:
        scrubber: The scrubber (default: one shared ``Scrubber()``).
        vault: The vault (default: a new one; :attr:`vault`).
        on_report: Called with each call's merged report.
        entities, allow, deny, block: Per-call options of :meth:`Scrubber.redact`.
    """

    name = "ScrublineRedact"

    def __init__(
        self,
        scrubber: Optional[Scrubber] = None,
        vault: Optional[Vault] = None,
        *,
        on_report: Optional[Callable[[Report], Any]] = None,
        entities: Optional[Iterable[str]] = None,
        allow: Optional[Iterable[str]] = None,
        deny: Optional[Iterable[str]] = None,
    block: Optional[Iterable[str]] = None,
    ) -> None:
        self.scrubber = scrubber or default_scrubber()
        #: The vault tokens are written to (unless the call's config names another).
        self.vault = vault if vault is not None else Vault()
        self.on_report = on_report
        self._call = call_options(entities, allow, deny, block)

    def _redact(self, value: Any, config: RunnableConfig) -> Any:
        redaction = Redaction(self.scrubber, _vault_in(config, self.vault), self._call)
        out = _redact_input(value, redaction)
        report_to(self.on_report, redaction.finished(), "scrubline.langchain")
        return out

    async def _aredact(self, value: Any, config: RunnableConfig) -> Any:
        # Scanning a large prompt takes a while: off the event loop.
        return await asyncio.to_thread(self._redact, value, config)

    def invoke(self, input: Any, config: Optional[RunnableConfig] = None, **kwargs: Any) -> Any:
        """The input with its text redacted into the vault."""
        return self._call_with_config(self._redact, input, config)  # type: ignore[arg-type]  # called with config (langchain's accepts_config)

    async def ainvoke(self, input: Any, config: Optional[RunnableConfig] = None, **kwargs: Any) -> Any:
        """As :meth:`invoke`, redacting in a worker thread."""
        return await self._acall_with_config(self._aredact, input, config)  # type: ignore[arg-type]  # called with config (langchain's accepts_config)


class RestoreStep(Runnable[Any, Any]):
    """Puts a vault's values back into a chat model's output, whole or
    streamed (see the module docs). Built by :func:`restore_runnable` or
    :func:`wrap_chat_model`."""

    name = "ScrublineRestore"

    def __init__(self, vault: Vault) -> None:
        #: The vault values come from (unless the call's config names another).
        self.vault = vault

    def _restore(self, value: Any, config: RunnableConfig) -> Any:
        return _restore_whole(value, _vault_in(config, self.vault).restore)

    async def _arestore(self, value: Any, config: RunnableConfig) -> Any:
        return self._restore(value, config)

    def _restore_stream(self, chunks: Iterator[Any], config: RunnableConfig) -> Iterator[Any]:
        state = _Restoring(_vault_in(config, self.vault))
        for chunk in chunks:
            yield from state.feed(chunk)
        yield from state.tail()

    async def _arestore_stream(self, chunks: AsyncIterator[Any], config: RunnableConfig) -> AsyncIterator[Any]:
        state = _Restoring(_vault_in(config, self.vault))
        async for chunk in chunks:
            for out in state.feed(chunk):
                yield out
        for out in state.tail():
            yield out

    def invoke(self, input: Any, config: Optional[RunnableConfig] = None, **kwargs: Any) -> Any:
        """The output with the vault's values put back."""
        return self._call_with_config(self._restore, input, config)  # type: ignore[arg-type]  # called with config (langchain's accepts_config)

    async def ainvoke(self, input: Any, config: Optional[RunnableConfig] = None, **kwargs: Any) -> Any:
        """As :meth:`invoke`."""
        return await self._acall_with_config(self._arestore, input, config)  # type: ignore[arg-type]  # called with config (langchain's accepts_config)

    def transform(self, input: Iterator[Any], config: Optional[RunnableConfig] = None, **kwargs: Any) -> Iterator[Any]:
        """Restores a stream of chunks as they arrive."""
        yield from self._transform_stream_with_config(input, self._restore_stream, config)  # type: ignore[arg-type]  # called with config (langchain's accepts_config)

    async def atransform(
        self, input: AsyncIterator[Any], config: Optional[RunnableConfig] = None, **kwargs: Any
    ) -> AsyncIterator[Any]:
        """As :meth:`transform`, for async streams."""
        async for out in self._atransform_stream_with_config(input, self._arestore_stream, config):  # type: ignore[arg-type]  # called with config (langchain's accepts_config)
            yield out

    def stream(self, input: Any, config: Optional[RunnableConfig] = None, **kwargs: Any) -> Iterator[Any]:
        """Restores one output (a chunk stream of one)."""
        yield from self.transform(iter([input]), config, **kwargs)

    async def astream(self, input: Any, config: Optional[RunnableConfig] = None, **kwargs: Any) -> AsyncIterator[Any]:
        """As :meth:`stream`."""

        async def one() -> AsyncIterator[Any]:
            yield input

        async for out in self.atransform(one(), config, **kwargs):
            yield out


# Redaction ------------------------------------------------------------------


def _redact_input(value: Any, redact: Redaction) -> Any:
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, StringPromptValue):
        return StringPromptValue(text=redact(value.text))
    if isinstance(value, PromptValue):
        return ChatPromptValue(messages=[_redact_message(m, redact) for m in value.to_messages()])
    if isinstance(value, BaseMessage):
        return _redact_message(value, redact)
    if isinstance(value, Mapping):
        return _redact_strings(value, redact)
    if isinstance(value, Sequence):
        return [_redact_message(m, redact) for m in convert_to_messages(value)]
    raise TypeError(f"scrubline.langchain cannot redact a {type(value).__name__}; nothing was sent")


def _redact_strings(value: Any, redact: Callable[[str], str]) -> Any:
    """A copy with every string (not key) of dicts and lists passed through ``redact``."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, BaseMessage):
        return _redact_message(value, redact)
    if isinstance(value, Mapping):
        return {k: _redact_strings(v, redact) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_redact_strings(v, redact) for v in value]
    return value


def _content(content: Any, change: Callable[[str], str]) -> Any:
    """Message content (a string or content blocks) with its text changed."""
    if isinstance(content, str):
        return change(content)
    out: list[Any] = []
    for block in content:
        if isinstance(block, str):
            out.append(change(block))
        elif isinstance(block, dict):
            out.append({k: change(v) if k in _BLOCK_TEXT_KEYS and isinstance(v, str) else v for k, v in block.items()})
        else:
            out.append(block)
    return out


def _kwargs_calls(kwargs: dict[str, Any], change: Callable[[str], str]) -> dict[str, Any]:
    """``additional_kwargs`` with OpenAI-format tool call arguments changed."""
    if not kwargs.get("tool_calls") and not kwargs.get("function_call"):
        return kwargs
    kwargs = dict(kwargs)
    if isinstance(kwargs.get("function_call"), dict):
        call = dict(kwargs["function_call"])
        if isinstance(call.get("arguments"), str):
            call["arguments"] = change(call["arguments"])
        kwargs["function_call"] = call
    if isinstance(kwargs.get("tool_calls"), list):
        calls = []
        for call in kwargs["tool_calls"]:
            if isinstance(call, dict) and isinstance(call.get("function"), dict):
                function = dict(call["function"])
                if isinstance(function.get("arguments"), str):
                    function["arguments"] = change(function["arguments"])
                call = dict(call, function=function)
            calls.append(call)
        kwargs["tool_calls"] = calls
    return kwargs


def _message_update(message: BaseMessage, change: Callable[[str], str], args: Callable[[Any], Any]) -> dict[str, Any]:
    """The fields of ``message`` with text, changed by ``change`` (tool
    call args dicts by ``args``)."""
    update: dict[str, Any] = {"content": _content(message.content, change)}
    if isinstance(message, AIMessage):
        if message.tool_calls:
            update["tool_calls"] = [dict(c, args=args(c["args"])) for c in message.tool_calls]
        if message.invalid_tool_calls:
            update["invalid_tool_calls"] = [_args_changed(c, change) for c in message.invalid_tool_calls]
        if isinstance(message, AIMessageChunk) and message.tool_call_chunks:
            update["tool_call_chunks"] = [_args_changed(c, change) for c in message.tool_call_chunks]
    update["additional_kwargs"] = _kwargs_calls(message.additional_kwargs, change)
    return update


def _args_changed(call: Any, change: Callable[[str], str]) -> Any:
    """A tool call (chunk) whose ``args`` string is changed."""
    args = call.get("args")
    return dict(call, args=change(args)) if isinstance(args, str) else call


def _redact_message(message: BaseMessage, redact: Callable[[str], str]) -> BaseMessage:
    update = _message_update(message, redact, lambda a: _redact_strings(a, redact))
    return message.model_copy(update=update)


# Restoring ------------------------------------------------------------------


def _restore_strings(value: Any, restore: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return restore(value)
    if isinstance(value, Mapping):
        return {k: _restore_strings(v, restore) for k, v in value.items()}
    if isinstance(value, list):
        return [_restore_strings(v, restore) for v in value]
    return value


def _restore_whole(value: Any, restore: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return restore(value)
    if isinstance(value, BaseMessage):
        update = _message_update(value, restore, lambda a: _restore_strings(a, restore))
        return value.model_copy(update=update)
    if isinstance(value, list):
        return [_restore_whole(v, restore) for v in value]
    if isinstance(value, Mapping):
        return _restore_strings(value, restore)
    return value


class _Restoring:
    """One stream's restorers: one per content part and per tool call."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.open: dict[tuple[Any, ...], Any] = {}
        self.last: Optional[AIMessageChunk] = None
        self.strings = False

    def _feed(self, key: tuple[Any, ...], text: str) -> str:
        if not text:
            return text
        restorer = self.open.get(key)
        if restorer is None:
            restorer = self.open[key] = self.vault.restorer()
        return restorer.feed(text)

    def _rests(self) -> list[tuple[tuple[Any, ...], str]]:
        rests = [(key, r.finish()) for key, r in self.open.items()]
        self.open.clear()
        return [(key, rest) for key, rest in rests if rest]

    def feed(self, chunk: Any) -> list[Any]:
        if isinstance(chunk, str):
            self.strings = True
            return [self._feed(("text",), chunk)]
        if not isinstance(chunk, AIMessageChunk):
            if isinstance(chunk, BaseMessage):
                return [_restore_whole(chunk, self.vault.restore)]
            return [chunk]
        content: Any
        if isinstance(chunk.content, str):
            content = self._feed(("content",), chunk.content)
        else:
            content = []
            for pos, block in enumerate(chunk.content):
                if isinstance(block, dict) and isinstance(block.get("text"), str):
                    key = ("block", block.get("index", pos))
                    block = dict(block, text=self._feed(key, block["text"]))
                content.append(block)
        calls = []
        for call in chunk.tool_call_chunks:
            args = call.get("args")
            calls.append(dict(call, args=self._feed(("tool", call.get("index")), args)) if isinstance(args, str) else call)
        if chunk.chunk_position == "last" or chunk.response_metadata.get("finish_reason"):
            content, calls = _flush(content, calls, self._rests())
        out = _rebuilt(chunk, content, calls)
        self.last = out
        return [out]

    def tail(self) -> list[Any]:
        rests = self._rests()
        if not rests:
            return []
        if self.strings:
            return ["".join(rest for _, rest in rests)]
        empty: Any = "" if self.last is None or isinstance(self.last.content, str) else []
        content, calls = _flush(empty, [], rests)
        return [AIMessageChunk(content=content, tool_call_chunks=calls, id=self.last.id if self.last else None)]


def _flush(content: Any, calls: list[Any], rests: list[tuple[tuple[Any, ...], str]]) -> tuple[Any, list[Any]]:
    """Appends held-back text to a chunk's content and tool call chunks."""
    calls = list(calls)
    for key, rest in rests:
        if key[0] == "content":
            content = content + rest if isinstance(content, str) else [*content, {"type": "text", "text": rest}]
        elif key[0] == "block":
            if isinstance(content, str):
                content = [content] if content else []
            content = [*content, {"type": "text", "text": rest, "index": key[1]}]
        else:
            for i, call in enumerate(calls):
                if call.get("index") == key[1]:
                    calls[i] = dict(call, args=(call.get("args") or "") + rest)
                    break
            else:
                calls.append({"type": "tool_call_chunk", "name": None, "args": rest, "id": None, "index": key[1]})
    return content, calls


def _rebuilt(chunk: AIMessageChunk, content: Any, calls: list[Any]) -> AIMessageChunk:
    """``chunk`` with new content and tool call chunks (its parsed
    ``tool_calls`` are derived again from the chunks)."""
    if not calls:
        return chunk.model_copy(update={"content": content})
    fields = {name: getattr(chunk, name) for name in type(chunk).model_fields if name not in ("tool_calls", "invalid_tool_calls")}
    fields.update(content=content, tool_call_chunks=calls)
    return type(chunk)(**fields)
