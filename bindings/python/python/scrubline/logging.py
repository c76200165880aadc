"""Redact log records before any handler writes them.

One line for a whole process (every logger and handler, including ones
created later)::

    import scrubline.logging
    scrubline.logging.install()

or, per handler or logger, the filter itself::

    handler.addFilter(scrubline.logging.RedactingFilter())

The message (with its ``%`` arguments merged), ``extra`` fields, exception
tracebacks and stack info are redacted. Records are never dropped.
"""

from __future__ import annotations

import logging as _logging
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
        r = self.scrubber.redact(record.getMessage())
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


def install(
    scrubber: Optional[Scrubber] = None,
    *,
    on_report: Optional[Callable[[Report], Any]] = None,
) -> RedactingFilter:
    """Redacts every log record of this process, complete with its
    ``extra`` fields, before any logger filter or handler sees it (wraps
    :meth:`logging.Logger.handle`, so loggers and handlers created later are
    covered too). Calling it again replaces the previous installation."""
    global _original_handle
    uninstall()
    flt = RedactingFilter(scrubber, on_report=on_report)
    original = _logging.Logger.handle

    def handle(self: _logging.Logger, record: _logging.LogRecord) -> Any:
        flt.filter(record)
        return original(self, record)

    _original_handle = original
    _logging.Logger.handle = handle  # type: ignore[method-assign]
    return flt


def uninstall() -> None:
    """Undoes :func:`install`."""
    global _original_handle
    if _original_handle is not None:
        _logging.Logger.handle = _original_handle  # type: ignore[method-assign]
        _original_handle = None
