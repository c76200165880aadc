"""What the LLM client wrappers (:mod:`scrubline.openai`,
:mod:`scrubline.langchain`) share: the default scrubber, one request's
redaction into a vault, and the ``on_report`` hook."""

from __future__ import annotations

import sys
import threading
import types
from typing import Any, Callable, Iterable, Optional, cast

from . import Report, Scrubber, Vault

_default: Optional[Scrubber] = None
_default_lock = threading.Lock()


def default_scrubber() -> Scrubber:
    """One shared ``Scrubber()`` (compiled once, on first use)."""
    global _default
    with _default_lock:
        if _default is None:
            _default = Scrubber()
        return _default


class Redaction:
    """Redacts the texts of one request into ``vault``, merging the reports.

    Calling it with a text returns the redacted text; :attr:`report` is the
    sum over every call (an empty report when nothing was redacted).
    """

    __slots__ = ("scrubber", "vault", "call", "report")

    def __init__(self, scrubber: Scrubber, vault: Vault, call: dict[str, Any]) -> None:
        self.scrubber = scrubber
        self.vault = vault
        self.call = call
        self.report: Optional[Report] = None

    def __call__(self, text: str) -> str:
        if not text:
            return text
        r = self.scrubber.redact(text, vault=self.vault, **self.call)
        self.report = r.report if self.report is None else self.report.merged(r.report)
        return cast(str, r.text)

    def finished(self) -> Report:
        """The merged report of every text redacted."""
        return self.report if self.report is not None else self.scrubber.empty_report()


def call_options(
    entities: Optional[Iterable[str]],
    allow: Optional[Iterable[str]],
    deny: Optional[Iterable[str]],
    block: Optional[Iterable[str]] = None,
) -> dict[str, Any]:
    """The per-call options of :meth:`Scrubber.redact` that were given."""
    call: dict[str, Any] = {}
    for name, value in (("entities", entities), ("allow", allow), ("deny", deny), ("block", block)):
        if value is not None:
            if isinstance(value, (str, bytes)):
                raise TypeError(f"{name} must be a list of strings, not a single string")
            call[name] = list(value)
    return call


def report_to(hook: Optional[Callable[[Report], Any]], report: Report, where: str) -> None:
    """Gives ``report`` to ``hook``; an exception in the hook goes to
    :func:`sys.unraisablehook` and never fails the request (as the
    scrubber's own ``on_report``)."""
    if hook is None:
        return
    try:
        hook(report)
    except Exception as e:  # noqa: BLE001 - a metrics hook must not fail the request
        sys.unraisablehook(
            types.SimpleNamespace(
                exc_type=type(e),
                exc_value=e,
                exc_traceback=e.__traceback__,
                err_msg=f"Exception ignored in {where} on_report",
                object=hook,
            )
        )
