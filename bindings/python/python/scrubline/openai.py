"""A drop-in wrapper for the official ``openai`` client: prompts leave with
the vault's tokens in place of secrets and personal data, and answers come
back with the values put back.

::

    from openai import OpenAI
    import scrubline.openai

    client = scrubline.openai.wrap(OpenAI())    # one wrapper (one vault) per conversation
    r = client.chat.completions.create(model="gpt-4o-mini", messages=messages)
    r.choices[0].message.content                # the model saw [EMAIL_ADDRESS_1]; you read the address

Works for ``OpenAI`` and ``AsyncOpenAI`` (and their subclasses, such as
``AzureOpenAI``). Two calls are redacted:

- ``chat.completions.create``: every message's text (``content`` as a
  string or text parts, ``refusal``, tool call ``arguments`` and custom
  tool ``input``) and ``prediction``. Messages may be dicts or the
  message objects of earlier answers.
- ``responses.create``: ``instructions``, ``input`` (a string or items:
  message text parts, function call ``arguments`` and ``output``, custom
  tool ``input`` and ``output``, reasoning text) and ``prompt`` variables.

Their answers are restored: message ``content``, ``refusal``, tool call
``arguments``, audio ``transcript``; for the Responses API every output
item's text (so ``response.output_text`` too). Streams are restored as they
arrive, with one restorer per choice (or per output item and part), so a
token cut between chunks is still restored. A restorer holds back the
text that may still be part of a token (a few dozen characters at most);
it is released into the chunk that finishes the choice (``finish_reason`` set) or, for the Responses API, as
one more ``*.delta`` event just before the matching ``*.done`` event (it
carries the ``sequence_number`` of that ``done`` event). If a stream ends
without them, one last chunk (or delta event) carries the rest, so joining
the deltas always gives the restored answer.

Every other attribute is the wrapped client's, unchanged and not
redacted (``models``, ``embeddings``, ``files``, ``responses.retrieve``,
...). On ``chat.completions`` and ``responses``, the calls this wrapper
does not redact (``parse``, ``stream``, ``with_raw_response``,
``with_streaming_response``, ``responses.compact``, ``responses.connect``,
``responses.input_tokens``) raise :class:`NotImplementedError` instead of
sending text: use ``create``, or ``wrapped`` (the raw client) on purpose.

Fail closed: when redaction raises (an input too large, a classifier that
cannot run), the request is not sent and the error propagates.
"""

from __future__ import annotations

import asyncio
from typing import (
    Any,
    AsyncIterator,
    Callable,
    Iterable,
    Iterator,
    Mapping,
    Optional,
    TypeVar,
    TYPE_CHECKING,
    Union,
    cast,
)

if TYPE_CHECKING:
    from typing_extensions import TypeGuard

try:
    import openai as _openai
    import pydantic as _pydantic
    from openai.types.chat.chat_completion_chunk import (
        Choice as _ChunkChoice,
        ChoiceDelta as _ChoiceDelta,
        ChoiceDeltaFunctionCall as _ChoiceDeltaFunctionCall,
        ChoiceDeltaToolCall as _ChoiceDeltaToolCall,
        ChoiceDeltaToolCallFunction as _ChoiceDeltaToolCallFunction,
    )
except ImportError as e:
    raise ImportError(
        "scrubline.openai needs the openai package: pip install 'scrubline[openai]'"
    ) from e

from . import Report, Scrubber, Vault
from ._llm import Redaction, call_options, default_scrubber, report_to

__all__ = ["wrap", "ScrubbedClient", "VAULT_KWARG"]

_Client = TypeVar("_Client", "_openai.OpenAI", "_openai.AsyncOpenAI")

#: The keyword that ``create`` of a wrapped client takes (and removes
#: before the call) to use another vault for that call only.
VAULT_KWARG = "scrubline_vault"

# Keys whose string values are text to redact in request messages and
# items, and to restore in answers. A list under one of them (a list of
# text parts) is walked the same way.
_TEXT_KEYS = frozenset({"content", "text", "refusal", "arguments", "input", "output"})
_RESTORE_KEYS = _TEXT_KEYS | {"transcript", "instructions"}

# Responses API events whose `delta` is text a token can be split across.
_DELTA_EVENTS = frozenset(
    {
        "response.output_text",
        "response.refusal",
        "response.function_call_arguments",
        "response.custom_tool_call_input",
        "response.reasoning_text",
        "response.reasoning_summary_text",
        "response.audio.transcript",
    }
)


def wrap(
    client: _Client,
    scrubber: Optional[Scrubber] = None,
    *,
    vault: Optional[Vault] = None,
    on_report: Optional[Callable[[Report], Any]] = None,
    entities: Optional[Iterable[str]] = None,
    allow: Optional[Iterable[str]] = None,
    deny: Optional[Iterable[str]] = None,
    block: Optional[Iterable[str]] = None,
) -> _Client:
    """Wraps an ``openai.OpenAI`` or ``openai.AsyncOpenAI`` client.

    Args:
        client: The client to wrap (left unchanged).
        scrubber: The scrubber (default: one shared ``Scrubber()``).
        vault: The conversation's vault (default: a new one). Every call
            of the wrapper redacts into it and restores from it, so the
            same value keeps its token across turns. Wrap once per
            conversation (wrapping is cheap), or pass
            ``scrubline_vault=other`` to one ``create`` call.
        on_report: Called with each request's :class:`~scrubline.Report`
            (all its texts merged) after redaction and before the request
            is sent. An exception in it goes to :func:`sys.unraisablehook`
            and does not fail the call.
        entities, allow, deny: Per-call options of
            :meth:`Scrubber.redact`, applied to every text of every request
            (``deny=["Alice Smith"]`` always redacts that name).
        block: Entity names or categories that stop the request: when the
            prompt holds one (``block=["secret"]``), :class:`~scrubline.BlockedError`
            is raised (``.entities`` counts them) and nothing is sent.

    Returns:
        A :class:`ScrubbedClient` that behaves like ``client`` (typed as
        the client for type checkers; ``isinstance(w, OpenAI)`` is false).
    """
    if not isinstance(client, (_openai.OpenAI, _openai.AsyncOpenAI)):
        raise TypeError(f"wrap() takes an openai.OpenAI or openai.AsyncOpenAI client, not {type(client).__name__}")
    policy = _Policy(scrubber or default_scrubber(), vault if vault is not None else Vault(), on_report,
                     call_options(entities, allow, deny, block))
    return cast(_Client, ScrubbedClient(client, policy))


class _Policy:
    """One wrapper's settings: how requests are redacted and answers restored."""

    __slots__ = ("scrubber", "vault", "on_report", "call")

    def __init__(self, scrubber: Scrubber, vault: Vault, on_report: Optional[Callable[[Report], Any]],
                 call: dict[str, Any]) -> None:
        self.scrubber = scrubber
        self.vault = vault
        self.on_report = on_report
        self.call = call

    def vault_for(self, kwargs: dict[str, Any]) -> Vault:
        """The call's vault: ``scrubline_vault=`` (removed from ``kwargs``) or the wrapper's."""
        vault = kwargs.pop(VAULT_KWARG, None)
        if vault is None:
            return self.vault
        if not isinstance(vault, Vault):
            raise TypeError(f"{VAULT_KWARG} must be a scrubline.Vault, not {type(vault).__name__}")
        return vault

    def redact_chat(self, kwargs: dict[str, Any], vault: Vault) -> Report:
        """Redacts a ``chat.completions.create`` request's text in ``kwargs``."""
        redact = Redaction(self.scrubber, vault, self.call)
        messages = kwargs.get("messages")
        if _is_items(messages):
            kwargs["messages"] = [_redact_tree(m, redact, None) for m in messages]
        if isinstance(kwargs.get("prediction"), (dict, _pydantic.BaseModel)):
            kwargs["prediction"] = _redact_tree(kwargs["prediction"], redact, None)
        return redact.finished()

    def redact_responses(self, kwargs: dict[str, Any], vault: Vault) -> Report:
        """Redacts a ``responses.create`` request's text in ``kwargs``."""
        redact = Redaction(self.scrubber, vault, self.call)
        if isinstance(kwargs.get("instructions"), str):
            kwargs["instructions"] = redact(kwargs["instructions"])
        items = kwargs.get("input")
        if isinstance(items, str):
            kwargs["input"] = redact(items)
        elif _is_items(items):
            kwargs["input"] = [_redact_tree(item, redact, None) for item in items]
        prompt = kwargs.get("prompt")
        if isinstance(prompt, _pydantic.BaseModel):
            prompt = _plain(prompt)
        if isinstance(prompt, dict) and isinstance(prompt.get("variables"), dict):
            variables = {
                name: redact(value) if isinstance(value, str) else _redact_tree(value, redact, None)
                for name, value in prompt["variables"].items()
            }
            kwargs["prompt"] = dict(prompt, variables=variables)
        return redact.finished()


def _is_items(value: Any) -> "TypeGuard[Iterable[Any]]":
    """A list-like of messages or items (not a sentinel such as ``omit``)."""
    return isinstance(value, Iterable) and not isinstance(value, (str, bytes, Mapping))


def _plain(model: Any) -> Any:
    """A pydantic model as the dict the openai client itself would send."""
    return model.model_dump(exclude_unset=True, mode="json", exclude=getattr(model, "__api_exclude__", None))


def _redact_tree(node: Any, redact: Redaction, key: Optional[str]) -> Any:
    """A copy of ``node`` (dicts, lists, models) with the text under
    :data:`_TEXT_KEYS` redacted; everything else is kept as it is."""
    if isinstance(node, str):
        return redact(node) if key in _TEXT_KEYS else node
    if isinstance(node, _pydantic.BaseModel):
        node = _plain(node)
    if isinstance(node, Mapping):
        return {k: _redact_tree(v, redact, k) for k, v in node.items()}
    if isinstance(node, Iterable) and not isinstance(node, (bytes, bytearray)):
        return [_redact_tree(v, redact, key) for v in node]
    return node


def _restore_tree(node: Any, restore: Callable[[str], str], key: Optional[str] = None) -> Any:
    """Restores, in place, the text under :data:`_RESTORE_KEYS` of an answer
    (models, lists, dicts); returns ``node`` (or the restored string)."""
    if isinstance(node, str):
        return restore(node) if key in _RESTORE_KEYS else node
    if isinstance(node, _pydantic.BaseModel):
        fields = list(node.__dict__.items()) + list((node.__pydantic_extra__ or {}).items())
        for name, value in fields:
            new = _restore_tree(value, restore, name)
            if new is not value:
                setattr(node, name, new)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            node[i] = _restore_tree(value, restore, key)
    elif isinstance(node, dict):
        for k, value in list(node.items()):
            node[k] = _restore_tree(value, restore, k)
    return node


class _ChatChunks:
    """Restores a ``chat.completions`` stream: a restorer per choice and field."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.open: dict[tuple[Any, ...], Any] = {}
        self.last: Any = None

    def _feed(self, key: tuple[Any, ...], text: Optional[str]) -> Optional[str]:
        if not text:
            return text
        restorer = self.open.get(key)
        if restorer is None:
            restorer = self.open[key] = self.vault.restorer()
        return cast(str, restorer.feed(text))

    def _rests(self, index: Optional[int]) -> list[tuple[tuple[Any, ...], str]]:
        """Finishes the restorers of choice ``index`` (all if ``None``)."""
        rests = []
        for key in [k for k in self.open if index is None or k[0] == index]:
            rest = self.open.pop(key).finish()
            if rest:
                rests.append((key, rest))
        return rests

    def feed(self, chunk: Any) -> list[Any]:
        self.last = chunk
        for choice in getattr(chunk, "choices", None) or ():
            i, delta = choice.index, choice.delta
            if delta is not None:
                delta.content = self._feed((i, "content"), delta.content)
                delta.refusal = self._feed((i, "refusal"), delta.refusal)
                if delta.function_call is not None:
                    delta.function_call.arguments = self._feed((i, "function_call"), delta.function_call.arguments)
                for call in delta.tool_calls or ():
                    if call.function is not None:
                        call.function.arguments = self._feed((i, "tool", call.index), call.function.arguments)
            if choice.finish_reason is not None:
                rests = self._rests(i)
                if rests:
                    if delta is None:
                        choice.delta = delta = _ChoiceDelta()
                    _append(delta, rests)
        return [chunk]

    def tail(self) -> list[Any]:
        """A last chunk with what the restorers still hold (none if nothing)."""
        by_choice: dict[int, list[tuple[tuple[Any, ...], str]]] = {}
        for key, rest in self._rests(None):
            by_choice.setdefault(key[0], []).append((key, rest))
        if not by_choice or self.last is None:
            return []
        choices = []
        for i, rests in sorted(by_choice.items()):
            delta = _ChoiceDelta()
            _append(delta, rests)
            choices.append(_ChunkChoice(index=i, delta=delta, finish_reason=None))
        return [self.last.model_copy(update={"choices": choices, "usage": None})]


def _append(delta: Any, rests: list[tuple[tuple[Any, ...], str]]) -> None:
    """Appends held-back text to a chunk's delta, field by field."""
    for key, rest in rests:
        field = key[1]
        if field in ("content", "refusal"):
            setattr(delta, field, (getattr(delta, field) or "") + rest)
        elif field == "function_call":
            if delta.function_call is None:
                delta.function_call = _ChoiceDeltaFunctionCall()
            delta.function_call.arguments = (delta.function_call.arguments or "") + rest
        else:
            calls = delta.tool_calls if delta.tool_calls is not None else []
            call = next((c for c in calls if c.index == key[2]), None)
            if call is None:
                call = _ChoiceDeltaToolCall(index=key[2], function=_ChoiceDeltaToolCallFunction(arguments=""))
                calls.append(call)
            if call.function is None:
                call.function = _ChoiceDeltaToolCallFunction(arguments="")
            call.function.arguments = (call.function.arguments or "") + rest
            delta.tool_calls = calls


class _ResponseEvents:
    """Restores a Responses API event stream: a restorer per output item,
    part and kind of text; other events are restored whole."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.open: dict[tuple[Any, ...], Any] = {}
        self.last: dict[tuple[Any, ...], Any] = {}

    @staticmethod
    def _key(kind: str, event: Any) -> tuple[Any, ...]:
        return (
            kind,
            getattr(event, "item_id", None),
            getattr(event, "output_index", None),
            getattr(event, "content_index", None),
            getattr(event, "summary_index", None),
        )

    def _rest_event(self, key: tuple[Any, ...], sequence_number: Any) -> list[Any]:
        """The held-back text of ``key`` as one more delta event (or none)."""
        restorer = self.open.pop(key, None)
        last = self.last.pop(key, None)
        if restorer is None:
            return []
        rest = restorer.finish()
        if not rest or last is None:
            return []
        update: dict[str, Any] = {"delta": rest}
        if sequence_number is not None:
            update["sequence_number"] = sequence_number
        if "logprobs" in type(last).model_fields:
            update["logprobs"] = []
        return [last.model_copy(update=update)]

    def feed(self, event: Any) -> list[Any]:
        kind, _, phase = str(getattr(event, "type", "")).rpartition(".")
        if kind in _DELTA_EVENTS and phase == "delta" and isinstance(getattr(event, "delta", None), str):
            key = self._key(kind, event)
            restorer = self.open.get(key)
            if restorer is None:
                restorer = self.open[key] = self.vault.restorer()
            event.delta = restorer.feed(event.delta)
            self.last[key] = event
            return [event]
        if phase == "delta":
            return [event]  # audio and other non-text deltas
        out = []
        if kind in _DELTA_EVENTS and phase == "done":
            out = self._rest_event(self._key(kind, event), getattr(event, "sequence_number", None))
        out.append(_restore_tree(event, self.vault.restore))
        return out

    def tail(self) -> list[Any]:
        out = []
        for key in list(self.open):
            out.extend(self._rest_event(key, None))
        return out


_Restorer = Union[_ChatChunks, _ResponseEvents]


class _RestoredStream:
    """An ``openai.Stream`` whose items are restored as they arrive."""

    def __init__(self, stream: Any, restorer: _Restorer) -> None:
        self._stream = stream
        self._restorer = restorer
        self._iterator = self._run()

    def _run(self) -> Iterator[Any]:
        for item in self._stream:
            yield from self._restorer.feed(item)
        yield from self._restorer.tail()

    def __next__(self) -> Any:
        return next(self._iterator)

    def __iter__(self) -> Iterator[Any]:
        yield from self._iterator

    def __enter__(self) -> "_RestoredStream":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        """Closes the response (as ``Stream.close``)."""
        self._stream.close()

    def __getattr__(self, name: str) -> Any:
        if name in ("_stream", "_restorer", "_iterator"):
            raise AttributeError(name)
        return getattr(self._stream, name)


class _AsyncRestoredStream:
    """An ``openai.AsyncStream`` whose items are restored as they arrive."""

    def __init__(self, stream: Any, restorer: _Restorer) -> None:
        self._stream = stream
        self._restorer = restorer
        self._iterator = self._run()

    async def _run(self) -> AsyncIterator[Any]:
        async for item in self._stream:
            for out in self._restorer.feed(item):
                yield out
        for out in self._restorer.tail():
            yield out

    async def __anext__(self) -> Any:
        return await self._iterator.__anext__()

    async def __aiter__(self) -> AsyncIterator[Any]:
        async for item in self._iterator:
            yield item

    async def __aenter__(self) -> "_AsyncRestoredStream":
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.close()

    async def close(self) -> None:
        """Closes the response (as ``AsyncStream.close``)."""
        await self._stream.close()

    def __getattr__(self, name: str) -> Any:
        if name in ("_stream", "_restorer", "_iterator"):
            raise AttributeError(name)
        return getattr(self._stream, name)


def _restored(result: Any, vault: Vault, kind: str) -> Any:
    """An answer (or stream of chunks or events) with the values put back."""
    if isinstance(result, (_openai.Stream, _openai.AsyncStream)):
        restorer: _Restorer = _ChatChunks(vault) if kind == "chat" else _ResponseEvents(vault)
        if isinstance(result, _openai.AsyncStream):
            return _AsyncRestoredStream(result, restorer)
        return _RestoredStream(result, restorer)
    return _restore_tree(result, vault.restore)


class _Refused:
    """Stands for a call the wrapper would not redact: calling it (or
    anything reached from it) raises :class:`NotImplementedError`."""

    def __init__(self, what: str) -> None:
        self._what = what

    def __getattr__(self, name: str) -> "_Refused":
        if name.startswith("__"):
            raise AttributeError(name)
        return _Refused(f"{self._what}.{name}")

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        raise NotImplementedError(
            f"scrubline.openai does not redact {self._what}(): use create(), or the "
            "client's .wrapped to send text unredacted on purpose"
        )

    def __repr__(self) -> str:
        return f"<not redacted: {self._what}>"


class _Proxy:
    """Delegates every attribute it does not define to the wrapped object."""

    _refused: frozenset[str] = frozenset()
    _where = ""

    def __init__(self, target: Any, policy: _Policy, is_async: bool) -> None:
        self._target = target
        self._policy = policy
        self._async = is_async

    def __getattr__(self, name: str) -> Any:
        if name in ("_target", "_policy", "_async"):
            raise AttributeError(name)  # not yet set (copy, pickle)
        if name in self._refused:
            return _Refused(f"{self._where}.{name}")
        return getattr(self._target, name)

    def __dir__(self) -> list[str]:
        return sorted(set(dir(self._target)) | set(object.__dir__(self)))

    def __repr__(self) -> str:
        return f"<scrubline {self._target!r}>"


class _Create(_Proxy):
    """A resource whose ``create`` is redacted and whose answers are restored."""

    _kind = ""

    def _redact(self, kwargs: dict[str, Any], vault: Vault) -> Report:
        if self._kind == "chat":
            return self._policy.redact_chat(kwargs, vault)
        return self._policy.redact_responses(kwargs, vault)

    def create(self, *args: Any, **kwargs: Any) -> Any:
        """``create`` of the wrapped resource, with the request redacted
        into the vault and the answer (or stream) restored. Takes
        ``scrubline_vault=`` to use another vault for this call."""
        vault = self._policy.vault_for(kwargs)
        report = self._redact(kwargs, vault)
        report_to(self._policy.on_report, report, "scrubline.openai")
        return _restored(self._target.create(*args, **kwargs), vault, self._kind)


class _AsyncCreate(_Create):
    """:class:`_Create` for the async client."""

    async def create(self, *args: Any, **kwargs: Any) -> Any:
        """``create`` of the wrapped resource, with the request redacted
        into the vault (in a worker thread, so that scanning a large prompt
        does not block the event loop) and the answer (or stream)
        restored. Takes ``scrubline_vault=`` to use another vault for this
        call."""
        vault = self._policy.vault_for(kwargs)
        report = await asyncio.to_thread(self._redact, kwargs, vault)
        report_to(self._policy.on_report, report, "scrubline.openai")
        return _restored(await self._target.create(*args, **kwargs), vault, self._kind)


_CHAT_REFUSED = frozenset({"parse", "stream", "with_raw_response", "with_streaming_response"})
_RESPONSES_REFUSED = _CHAT_REFUSED | {"compact", "connect", "input_tokens"}


class _ChatCompletions(_Create):
    _kind = "chat"
    _where = "chat.completions"
    _refused = _CHAT_REFUSED


class _AsyncChatCompletions(_AsyncCreate):
    _kind = "chat"
    _where = "chat.completions"
    _refused = _CHAT_REFUSED


class _Responses(_Create):
    _kind = "responses"
    _where = "responses"
    _refused = _RESPONSES_REFUSED


class _AsyncResponses(_AsyncCreate):
    _kind = "responses"
    _where = "responses"
    _refused = _RESPONSES_REFUSED


class _Chat(_Proxy):
    _where = "chat"

    @property
    def completions(self) -> Any:
        """``chat.completions`` with ``create`` redacted and restored."""
        cls = _AsyncChatCompletions if self._async else _ChatCompletions
        return cls(self._target.completions, self._policy, self._async)


class ScrubbedClient:
    """An ``openai`` client whose ``chat.completions.create`` and
    ``responses.create`` redact requests into a vault and restore answers
    (see the module docs). Everything else is the wrapped client's.
    Built by :func:`wrap`."""

    def __init__(self, client: Any, policy: _Policy) -> None:
        self._policy = policy
        self._async = isinstance(client, _openai.AsyncOpenAI)
        #: The client as given: what it sends is not redacted.
        self.wrapped = client

    @property
    def vault(self) -> Vault:
        """The conversation's vault (``restore`` text from elsewhere with it)."""
        return self._policy.vault

    @property
    def scrubber(self) -> Scrubber:
        """The scrubber that redacts requests."""
        return self._policy.scrubber

    @property
    def chat(self) -> Any:
        """``chat`` with ``completions.create`` redacted and restored."""
        return _Chat(self.wrapped.chat, self._policy, self._async)

    @property
    def responses(self) -> Any:
        """``responses`` with ``create`` redacted and restored."""
        cls = _AsyncResponses if self._async else _Responses
        return cls(self.wrapped.responses, self._policy, self._async)

    @property
    def with_raw_response(self) -> Any:
        """Refused for ``chat`` and ``responses`` (not redacted); other
        resources as the client's."""
        return _RawClient(self.wrapped.with_raw_response, "with_raw_response")

    @property
    def with_streaming_response(self) -> Any:
        """Refused for ``chat`` and ``responses`` (not redacted); other
        resources as the client's."""
        return _RawClient(self.wrapped.with_streaming_response, "with_streaming_response")

    def with_options(self, **options: Any) -> "ScrubbedClient":
        """The client's ``with_options``, wrapped with the same vault and settings."""
        return ScrubbedClient(self.wrapped.with_options(**options), self._policy)

    def copy(self, **options: Any) -> "ScrubbedClient":
        """The client's ``copy``, wrapped with the same vault and settings."""
        return ScrubbedClient(self.wrapped.copy(**options), self._policy)

    def __getattr__(self, name: str) -> Any:
        if name in ("wrapped", "_policy", "_async"):
            raise AttributeError(name)  # not yet set (copy, pickle)
        return getattr(self.wrapped, name)

    def __dir__(self) -> list[str]:
        return sorted(set(dir(self.wrapped)) | set(object.__dir__(self)))

    def __enter__(self) -> "ScrubbedClient":
        self.wrapped.__enter__()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.wrapped.__exit__(*exc)

    async def __aenter__(self) -> "ScrubbedClient":
        await self.wrapped.__aenter__()
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.wrapped.__aexit__(*exc)

    def __repr__(self) -> str:
        return f"ScrubbedClient({type(self.wrapped).__name__}, {self.vault!r})"


class _RawClient:
    """``client.with_raw_response`` (or ``with_streaming_response``) with
    ``chat`` and ``responses`` refused: they would send text unredacted."""

    def __init__(self, target: Any, where: str) -> None:
        self._target = target
        self._where = where

    def __getattr__(self, name: str) -> Any:
        if name in ("_target", "_where"):
            raise AttributeError(name)
        if name in ("chat", "responses"):
            return _Refused(f"{self._where}.{name}")
        return getattr(self._target, name)
