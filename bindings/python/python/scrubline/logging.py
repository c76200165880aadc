"""Redact log records before any handler writes them.

One line for a whole process (every logger and handler, including ones
created later)::

    import scrubline.logging
    scrubline.logging.install()

or, per handler or logger, the filter itself::

    handler.addFilter(scrubline.logging.RedactingFilter())

The message (with its ``%`` arguments merged), ``extra`` fields, exception
tracebacks and stack info are redacted. Records are never dropped, and the
filter never raises into the application: a message whose ``%`` arguments
do not fit is logged as the redacted format string and arguments, as
stdlib logging would report it. :func:`install` also redacts what
:meth:`logging.Handler.handleError` prints to standard error when a
handler fails (the live exception, the message and its arguments).
"""

from __future__ import annotations

import logging as _logging
import sys
import traceback
from typing import Any, Callable, Optional

from . import Report, Scrubber

__all__ = ["RedactingFilter", "install", "uninstall"]

# Attributes every LogRecord has; anything else came from `extra=`.
_STANDARD = frozenset(
    vars(_logging.LogRecord("", 0, "", 0, "", (), None)).keys()
) | {"message", "asctime", "taskName"}

_default: Optional[Scrubber] = None


def _default_scrubber() -> Scrubber:
    global _default
    if _default is None:
        _default = Scrubber()
    return _default


class RedactingFilter(_logging.Filter):
    """A :class:`logging.Filter` that redacts records in place.

    Args:
        scrubber: The scrubber to use (default: one shared ``Scrubber()``).
        redact_extra: Also redact ``extra=`` fields (strings, and dicts or
            lists of them, with key names as context). Default ``True``.
        on_report: Called with each record's :class:`~scrubline.Report`
            that has findings (e.g. ``PrometheusEvidence().observe``).
        name: As for :class:`logging.Filter`.
    """

    def __init__(
        self,
        scrubber: Optional[Scrubber] = None,
        *,
        redact_extra: bool = True,
        on_report: Optional[Callable[[Report], Any]] = None,
        name: str = "",
    ) -> None:
        super().__init__(name)
        self.scrubber = scrubber or _default_scrubber()
        self.redact_extra = redact_extra
        self.on_report = on_report

    def filter(self, record: _logging.LogRecord) -> bool:
        if getattr(record, "_scrubline_done", False):
            return True
        reports = []
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - stdlib logging never raises here either
            # Arguments that do not fit the format: keep both, redacted,
            # instead of raising into the application.
            message = f"{record.msg} (logging arguments that do not fit the format: {record.args!r})"
        r = self.scrubber.redact(message)
        record.msg, record.args = r.text, None
        reports.append(r.report)
        if record.exc_info and not record.exc_text:
            record.exc_text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
        for attr in ("exc_text", "stack_info"):
            value = getattr(record, attr, None)
            if isinstance(value, str) and value:
                r = self.scrubber.redact(value)
                setattr(record, attr, r.text)
                reports.append(r.report)
        if self.redact_extra:
            for key, value in list(vars(record).items()):
                if key in _STANDARD or key.startswith("_"):
                    continue
                if isinstance(value, (str, dict, list, tuple)):
                    j = self.scrubber.redact_json({key: value})
                    if j.findings:
                        setattr(record, key, j.value[key])
                    reports.append(j.report)
        record._scrubline_done = True
        if self.on_report is not None:
            total = reports[0]
            for rep in reports[1:]:
                total = total.merged(rep)
            if total.findings:
                self.on_report(total)
        return True


_original_handle: Optional[Callable[[_logging.Logger, _logging.LogRecord], Any]] = None
_original_handle_error: Optional[Callable[[_logging.Handler, _logging.LogRecord], Any]] = None


def _redacting_handle_error(flt: RedactingFilter) -> Callable[[_logging.Handler, _logging.LogRecord], None]:
    """:meth:`logging.Handler.handleError` with the same report, redacted:
    stdlib prints the live exception (whose message may hold a token), the
    call stack, and the record's message and arguments."""

    def handle_error(self: _logging.Handler, record: _logging.LogRecord) -> None:
        if not (_logging.raiseExceptions and sys.stderr):
            return
        try:
            parts = ["--- Logging error ---\n", *traceback.format_exception(*sys.exc_info())]
            parts += ["Call stack:\n", *traceback.format_stack()[:-1]]
            parts.append(f"Message: {record.msg!r}\nArguments: {record.args}\n")
            sys.stderr.write(flt.scrubber.redact("".join(parts)).text)
        except Exception:  # noqa: BLE001 - as stdlib: reporting must not raise
            pass

    return handle_error


def install(
    scrubber: Optional[Scrubber] = None,
    *,
    on_report: Optional[Callable[[Report], Any]] = None,
) -> RedactingFilter:
    """Redacts every log record of this process, complete with its
    ``extra`` fields, before any logger filter or handler sees it (wraps
    :meth:`logging.Logger.handle`, so loggers and handlers created later are
    covered too). Calling it again replaces the previous installation."""
    global _original_handle, _original_handle_error
    uninstall()
    flt = RedactingFilter(scrubber, on_report=on_report)
    original = _logging.Logger.handle

    def handle(self: _logging.Logger, record: _logging.LogRecord) -> Any:
        flt.filter(record)
        return original(self, record)

    _original_handle = original
    _logging.Logger.handle = handle  # type: ignore[method-assign]
    _original_handle_error = _logging.Handler.handleError
    _logging.Handler.handleError = _redacting_handle_error(flt)  # type: ignore[method-assign]
    return flt


def uninstall() -> None:
    """Undoes :func:`install`."""
    global _original_handle, _original_handle_error
    if _original_handle is not None:
        _logging.Logger.handle = _original_handle  # type: ignore[method-assign]
        _original_handle = None
    if _original_handle_error is not None:
        _logging.Handler.handleError = _original_handle_error  # type: ignore[method-assign]
        _original_handle_error = None
