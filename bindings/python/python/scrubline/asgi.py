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
- ``"block"``: a request with findings of the ``block`` entities or
  categories (default: every secret) is refused with ``block_status``
  (default 422) and a JSON error that counts what was found per entity,
  never a value: ``{"error": "...", "code": "blocked", "entities":
  {"AWS_ACCESS_KEY_ID": 1}}``. Other requests go on as in redact mode.

Either way the :class:`~scrubline.Report` is on
``request.state.scrubline_report`` (``scope["state"]["scrubline_report"]``).
"""

from __future__ import annotations

import json
from urllib.parse import parse_qsl, urlencode
from typing import Any, Awaitable, Callable, Iterable, Optional, Sequence

from . import ConfigError, Finding, InputTooLargeError, Report, Scrubber, ScrublineError

__all__ = ["ScrubMiddleware", "OPENAI_PATHS", "MODES"]

Scope = dict
Message = dict
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

#: The middleware's modes.
MODES = ("redact", "log_only", "block")

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
        block: In ``"block"`` mode, the entity names and categories
            (``"secret"``, ``"pii"``) that refuse a request.
        block_status: The status of a refused request.
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
        block: Iterable[str] = ("secret",),
        block_status: int = 422,
    ) -> None:
        if mode not in MODES:
            raise ValueError(f"mode must be one of {', '.join(MODES)}, not {mode!r}")
        self.app = app
        self.scrubber = scrubber or Scrubber()
        self.mode = mode
        self.paths = list(paths) if paths is not None else None
        if self.paths is not None:
            # Bad paths fail here, not on the first request.
            self.scrubber.redact_json({}, paths=self.paths)
        self.block = frozenset(block)
        self.block_status = block_status
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
            new_body, redacted, report, found = self._redact_body(_body_kind(scope), body, self._scrubber_for(scope))
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
        blocked = self._blocked(found) if self.mode == "block" else {}
        if blocked:
            await _refuse(
                send,
                self.block_status,
                "request blocked: it contains sensitive data",
                code="blocked",
                entities=blocked,
            )
            return
        if self.mode == "log_only":
            state["scrubline_redacted_body"] = redacted
            await self.app(scope, _replay(body, more, receive), send)
            return
        headers = [(k, v) for k, v in scope.get("headers", []) if k.lower() != b"content-length"]
        headers.append((b"content-length", str(len(new_body)).encode("ascii")))
        scope = dict(scope, headers=headers)
        await self.app(scope, _replay(new_body, False, receive), send)

    def _blocked(self, found: list[Finding]) -> dict[str, int]:
        """Counts per entity of the findings that refuse the request."""
        counts: dict[str, int] = {}
        for f in found:
            if f.entity in self.block or f.category in self.block:
                counts[f.entity] = counts.get(f.entity, 0) + 1
        return dict(sorted(counts.items()))

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

    def _redact_body(
        self, kind: str, body: bytes, scrubber: Scrubber
    ) -> tuple[bytes, Any, Report, list[Finding]]:
        """The body to forward, the redacted view for ``log_only``, the
        report and the findings."""
        if kind == "json":
            try:
                text = body.decode("utf-8")
                doc = json.loads(text)
            except ValueError:
                raise _NotJson from None
            del doc
            # The core selects `paths` and re-serialises: exact numbers,
            # duplicate keys collapsed to the value that was scanned.
            call = None if self.paths is None else json.dumps({"paths": self.paths})
            r = scrubber._native.redact_json(text, call)
            return r.text.encode("utf-8"), json.loads(r.text), r.report, r.findings
        if kind == "form":
            report = scrubber.empty_report()
            fields = []
            found: list[Finding] = []
            for key, value in parse_qsl(body.decode("latin-1"), keep_blank_values=True):
                j = scrubber.redact_json({key: value})
                fields.extend(j.value.items())
                report = report.merged(j.report)
                found.extend(j.findings)
            return urlencode(fields).encode("ascii"), fields, report, found
        try:
            r = scrubber.redact(body.decode("utf-8"))
            return r.text.encode("utf-8"), r.text, r.report, r.findings
        except UnicodeDecodeError:
            rb = scrubber.redact_bytes(body)
            return rb.text, rb.text, rb.report, rb.findings


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


async def _refuse(send: Send, status: int, message: str, **fields: Any) -> None:
    body = json.dumps({"error": message, **fields}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})
