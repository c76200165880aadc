"""ASGI middleware (Starlette, FastAPI, any ASGI app) that redacts request
bodies before the application sees them.

::

    from scrubline.asgi import ScrubMiddleware
    app.add_middleware(ScrubMiddleware)                       # Starlette / FastAPI
    app = ScrubMiddleware(app, paths=["messages.*.content"])  # plain ASGI

Every body of a scanned method is scanned, whatever its ``Content-Type``
says (Starlette's ``request.json()`` parses a ``text/plain`` body too):
JSON (``application/json``, ``*+json``) as JSON, with key names as context;
``application/x-www-form-urlencoded`` as fields; anything else as text (or
bytes). In redact mode the app receives the re-serialised redacted form,
never the raw body: JSON with duplicate keys arrives with the one value
that was scanned, and JSON numbers keep their exact text (object keys come
out sorted).

Modes:

- ``"redact"`` (default): the app receives the redacted body. A body that
  claims to be JSON but does not parse, or that cannot be scanned (too
  large), is refused with 400/413 rather than passed on unredacted.
- ``"log_only"``: the app receives the original body; the redacted copy is
  put in the request state for loggers (``request.state.scrubline_redacted_body``).

Either way the :class:`~scrubline.Report` is on
``request.state.scrubline_report`` (``scope["state"]["scrubline_report"]``).
"""

from __future__ import annotations

import json
from urllib.parse import parse_qsl, urlencode
from typing import Any, Awaitable, Callable, Iterable, Optional, Sequence

from . import ConfigError, InputTooLargeError, Report, Scrubber, ScrublineError

__all__ = ["ScrubMiddleware", "OPENAI_PATHS"]

Scope = dict
Message = dict
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

#: Where OpenAI-style chat and completion requests carry user text.
OPENAI_PATHS = ("messages.*.content", "prompt", "input", "system", "instructions")


class ScrubMiddleware:
    """Redacts JSON request bodies.

    Args:
        app: The ASGI application.
        scrubber: Scrubber to use (default: ``Scrubber()``).
        mode: ``"redact"`` or ``"log_only"`` (see the module docs).
        paths: Dotted paths to redact, ``*`` matching any list item or key
            (``"messages.*.content"``). ``None`` (default) redacts every
            string in the body; :data:`OPENAI_PATHS` limits it to where
            OpenAI-style requests carry user text.
        methods: HTTP methods whose bodies are scanned.
        on_report: Called with each request's report (e.g. evidence metrics).
        request_id_header: With an evidence log on the scrubber, the
            request header whose value becomes each record's ``request_id``
            (default ``x-request-id``; ``None`` to leave it out). A value
            that is not a short label is left out.
    """

    def __init__(
        self,
        app: ASGIApp,
        scrubber: Optional[Scrubber] = None,
        *,
        mode: str = "redact",
        paths: Optional[Sequence[str]] = None,
        methods: Iterable[str] = ("POST", "PUT", "PATCH"),
        on_report: Optional[Callable[[Report], Any]] = None,
        request_id_header: Optional[str] = "x-request-id",
    ) -> None:
        if mode not in ("redact", "log_only"):
            raise ValueError(f"mode must be 'redact' or 'log_only', not {mode!r}")
        self.app = app
        self.scrubber = scrubber or Scrubber()
        self.mode = mode
        self.paths = [p.split(".") for p in paths] if paths is not None else None
        self.methods = {m.upper() for m in methods}
        self.on_report = on_report
        self.request_id_header = request_id_header.lower().encode("latin-1") if request_id_header else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method", "GET") not in self.methods:
            await self.app(scope, receive, send)
            return
        body, more = await _read_body(receive)
        state = scope.setdefault("state", {})
        if not body:
            await self.app(scope, _replay(body, more, receive), send)
            return
        try:
            new_body, redacted, report = self._redact_body(_body_kind(scope), body, self._scrubber_for(scope))
        except _NotJson:
            if self.mode == "redact":
                await _refuse(send, 400, "request body is not valid JSON")
                return
            state["scrubline_report"] = None
            await self.app(scope, _replay(body, more, receive), send)
            return
        except InputTooLargeError:
            if self.mode == "redact":
                await _refuse(send, 413, "request body too large to scan")
                return
            raise
        except ScrublineError:
            if self.mode == "redact":
                await _refuse(send, 500, "request body could not be scanned")
                return
            raise
        state["scrubline_report"] = report
        if self.on_report is not None:
            self.on_report(report)
        if self.mode == "log_only":
            state["scrubline_redacted_body"] = redacted
            await self.app(scope, _replay(body, more, receive), send)
            return
        headers = [(k, v) for k, v in scope.get("headers", []) if k.lower() != b"content-length"]
        headers.append((b"content-length", str(len(new_body)).encode("ascii")))
        scope = dict(scope, headers=headers)
        await self.app(scope, _replay(new_body, False, receive), send)

    def _scrubber_for(self, scope: Scope) -> Scrubber:
        """The scrubber with this request's id on its evidence records."""
        if self.request_id_header is None or not self.scrubber.has_evidence:
            return self.scrubber
        for key, value in scope.get("headers", []):
            if key.lower() == self.request_id_header:
                try:
                    return self.scrubber.with_context(request_id=value.decode("latin-1"))
                except ConfigError:
                    break
        return self.scrubber

    def _redact_body(self, kind: str, body: bytes, scrubber: Scrubber) -> tuple[bytes, Any, Report]:
        """The body to forward, the redacted view for ``log_only``, the report."""
        if kind == "json":
            try:
                text = body.decode("utf-8")
                doc = json.loads(text)
            except ValueError:
                raise _NotJson from None
            if self.paths is None:
                # The core re-serialises: exact numbers, duplicate keys
                # collapsed to the value that was scanned.
                r = scrubber._native.redact_json(text)
                return r.text.encode("utf-8"), json.loads(r.text), r.report
            redacted, report = self._redact_paths(doc, scrubber)
            return json.dumps(redacted, ensure_ascii=False).encode("utf-8"), redacted, report
        if kind == "form":
            report = scrubber.empty_report()
            fields = []
            for key, value in parse_qsl(body.decode("latin-1"), keep_blank_values=True):
                j = scrubber.redact_json({key: value})
                fields.extend(j.value.items())
                report = report.merged(j.report)
            return urlencode(fields).encode("ascii"), fields, report
        try:
            r = scrubber.redact(body.decode("utf-8"))
            return r.text.encode("utf-8"), r.text, r.report
        except UnicodeDecodeError:
            rb = scrubber.redact_bytes(body)
            return rb.text, rb.text, rb.report

    def _redact_paths(self, doc: Any, scrubber: Scrubber) -> tuple[Any, Report]:
        report = scrubber.empty_report()
        for path in self.paths:
            for parent, key in _select(doc, path):
                r = scrubber.redact_json({str(key): parent[key]})
                parent[key] = r.value[str(key)]
                report = report.merged(r.report)
        return doc, report


class _NotJson(Exception):
    """A body that claims to be JSON does not parse."""


def _body_kind(scope: Scope) -> str:
    """``json``, ``form`` or ``text``, from the ``Content-Type`` header."""
    for key, value in scope.get("headers", []):
        if key.lower() == b"content-type":
            media = value.split(b";")[0].strip().lower()
            if media == b"application/json" or media.endswith(b"+json"):
                return "json"
            if media == b"application/x-www-form-urlencoded":
                return "form"
    return "text"


async def _read_body(receive: Receive) -> tuple[bytes, bool]:
    """The whole body; `more` is never true after a complete read."""
    chunks = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return b"".join(chunks), False
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            return b"".join(chunks), False


def _replay(body: bytes, more: bool, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": more}
        return await receive()

    return replay


async def _refuse(send: Send, status: int, message: str) -> None:
    body = json.dumps({"error": message}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})


def _select(doc: Any, path: list[str]) -> list[tuple[Any, Any]]:
    """(container, key) pairs that `path` names in `doc`."""
    found: list[tuple[Any, Any]] = []

    def walk(node: Any, rest: list[str]) -> None:
        head, tail = rest[0], rest[1:]
        if isinstance(node, dict):
            keys = list(node) if head == "*" else [head] if head in node else []
        elif isinstance(node, list):
            if head == "*":
                keys = list(range(len(node)))
            elif head.isdigit() and int(head) < len(node):
                keys = [int(head)]
            else:
                keys = []
        else:
            return
        for k in keys:
            if tail:
                walk(node[k], tail)
            else:
                found.append((node, k))

    walk(doc, path)
    return found
