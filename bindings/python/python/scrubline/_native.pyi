"""Type stubs for the compiled module (see src/lib.rs)."""

from typing import Any, Callable, Optional, final

# Checked against the built module by `mypy.stubtest` (scripts/test-python).
__all__ = [
    "Scanner",
    "verify_evidence",
    "_error_example",
    "Stream",
    "Vault",
    "VaultRestorer",
    "Finding",
    "Report",
    "Redacted",
    "ScrublineError",
    "RuleError",
    "ConfigError",
    "InputTooLargeError",
    "InvalidUtf8Error",
    "EngineError",
    "StreamFinishedError",
    "ModelError",
    "EvidenceError",
    "BlockedError",
    "ERROR_CODES",
    "__version__",
]

__version__: str
#: Every error code with what it means (the core's table).
ERROR_CODES: dict[str, str]

def _error_example(code: str) -> ScrublineError: ...

class ScrublineError(Exception):
    """Base class of every scrubline error. ``code`` names the kind."""

    code: str
    #: The failing item's position in a batch call, else ``None``.
    index: Optional[int]

class RuleError(ScrublineError):
    """A rule pack is malformed or a rule cannot be compiled."""

class ConfigError(ScrublineError):
    """The scrubber configuration is inconsistent."""

class InputTooLargeError(ScrublineError):
    """One call was given more input than ``max_input_bytes``."""

class InvalidUtf8Error(ScrublineError):
    """Redacted bytes are not valid UTF-8 where text was required."""

class EngineError(ScrublineError):
    """The pattern engine failed; nothing was redacted."""

class ModelError(ScrublineError):
    """The PII classifier model or ONNX Runtime is missing, corrupt or mismatched."""

class StreamFinishedError(ScrublineError):
    """A stream was used after ``finish()``."""

class EvidenceError(ScrublineError):
    """The evidence log could not be opened or written; the call failed (closed)."""

class BlockedError(ScrublineError):
    """The input holds findings the call's ``block`` list refuses."""

    entities: dict[str, int]
    """Findings per blocked entity (names and counts, never values)."""

@final
class Finding:
    """One detection: metadata and offsets, never the matched value."""

    rule_id: str
    entity: str
    category: str
    confidence: float
    validated: bool
    start: int
    """Start as a Python ``str`` index (code points)."""
    end: int
    byte_start: int
    """Start in UTF-8 bytes."""
    byte_end: int
    path: Optional[str]
    """JSON Pointer of the field (``redact_json`` only); ends with ``~`` for a finding in a key."""

@final
class Report:
    """Audit evidence for one call: counts, rule-set digest, versions."""

    @property
    def findings(self) -> int: ...
    @property
    def bytes_scanned(self) -> int: ...
    @property
    def degraded(self) -> bool: ...
    @property
    def backend(self) -> str: ...
    @property
    def rule_set_sha256(self) -> str: ...
    @property
    def models(self) -> list[dict[str, str]]:
        """Models that ran: ``name``, ``version``, ``sha256``."""
    @property
    def by_category(self) -> dict[str, int]: ...
    @property
    def by_entity(self) -> dict[str, int]: ...
    @property
    def by_rule(self) -> dict[str, int]: ...
    @property
    def by_operator(self) -> dict[str, int]: ...
    def to_json(self) -> str:
        """The report as JSON text (stable schema, ``schema_version``)."""
    def to_dict(self) -> dict:
        """The report as a dict."""
    def merged(self, other: Report) -> Report:
        """A new report with both reports' counts summed."""

@final
class Redacted:
    """Redacted text (``str``, or ``bytes`` from ``redact_bytes``), findings, report."""

    text: str | bytes
    findings: list[Finding]
    report: Report
    #: Whether a configured detector did not run (``report.degraded``).
    degraded: bool

@final
class Vault:
    def __new__(cls, format_json: Optional[str] = None) -> Vault: ...
    def restore(self, text: str) -> str: ...
    def token(self, entity: str, value: str) -> str: ...
    def restorer(self) -> VaultRestorer: ...
    def seal(self, key: bytes) -> bytes: ...
    @staticmethod
    def open(sealed: bytes, key: bytes) -> Vault: ...
    def __len__(self) -> int: ...

@final
class VaultRestorer:
    def feed(self, chunk: str) -> str: ...
    def finish(self) -> str: ...

@final
class Stream:
    def feed_str(self, chunk: str) -> str: ...
    def feed_bytes(self, chunk: bytes) -> bytes: ...
    def finish_str(self) -> str: ...
    def finish_bytes(self) -> bytes: ...
    def take_findings(self) -> list[Finding]: ...
    def report(self) -> Report: ...
    @property
    def held_back(self) -> int: ...

@final
class Scanner:
    def __new__(
        cls,
        options_json: str,
        pseudonym_key: Optional[bytes] = None,
        on_report: Optional[Callable[[Report], Any]] = None,
    ) -> Scanner: ...
    @property
    def backend(self) -> str: ...
    @property
    def rule_count(self) -> int: ...
    @property
    def rule_set_sha256(self) -> str: ...
    def redact(self, text: str, call: Optional[str] = None, vault: Optional[Vault] = None) -> Redacted: ...
    def redact_bytes(self, data: bytes, call: Optional[str] = None, vault: Optional[Vault] = None) -> Redacted: ...
    def scan(self, text: str, call: Optional[str] = None) -> list[Finding]: ...
    def redact_batch(
        self, texts: list[str], return_exceptions: bool = False
    ) -> tuple[list[Any], Optional[int]]: ...
    def redact_arrow_buffers(
        self,
        offsets: bytes,
        data: bytes,
        large: bool,
        validity: Optional[bytes],
        bit_offset: int,
        length: int,
        nulls_on_error: bool,
    ) -> tuple[bytes, bytes, bytes, Optional[bytes], int]: ...
    def redact_json(self, json: str, call: Optional[str] = None, vault: Optional[Vault] = None) -> Redacted: ...
    def stream(self, vault: Optional[Vault] = None) -> Stream: ...
    def empty_report(self) -> Report: ...
    def with_context(
        self, service: Optional[str] = None, tenant: Optional[str] = None, request_id: Optional[str] = None
    ) -> Scanner: ...
    @property
    def has_evidence(self) -> bool: ...
    def flush_evidence(self) -> None: ...
    def take_evidence(self) -> list[str]: ...
    @property
    def evidence_head(self) -> Optional[tuple[int, str]]: ...

def verify_evidence(
    paths: list[str],
    prefix: str = "evidence",
    key: Optional[bytes] = None,
    allow_partial: bool = False,
    expect_head: Optional[str] = None,
) -> str: ...
