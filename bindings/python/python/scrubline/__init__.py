"""Find and redact secrets and PII before they are persisted.

Build one :class:`Scrubber` and share it (it is immutable and thread-safe)::

    import scrubline
    scrubber = scrubline.Scrubber()
    scrubber.redact("key AKIAQYLPMN5HHHFPZAM2 mail bob@example.com").text
    # 'key [AWS_ACCESS_KEY_ID] mail [EMAIL_ADDRESS]'

All scanning runs in Rust with the GIL released. Findings and reports carry
rule ids, entities, offsets and counts, never the matched values.
"""

from __future__ import annotations

import asyncio
import json as _json
import os
import warnings
from typing import Any, Callable, Iterable, Mapping, Optional, Sequence, Union

from . import _native
from ._native import (
    BlockedError,
    ConfigError,
    EngineError,
    EvidenceError,
    Finding,
    InputTooLargeError,
    InvalidUtf8Error,
    ModelError,
    Redacted,
    Report,
    RuleError,
    ScrublineError,
    StreamFinishedError,
)

__version__ = _native.__version__

#: Every error code (an exception's ``.code``) with what it means: the
#: core's one table, shared by every binding.
ERROR_CODES: "Mapping[str, str]" = _native.ERROR_CODES

#: The exception class each error code raises (subclasses of
#: :class:`ScrublineError`; a code not listed raises the base class).
ERROR_CLASSES: "Mapping[str, type[ScrublineError]]" = {
    "rule_parse": RuleError,
    "rule_compile": RuleError,
    "duplicate_rule": RuleError,
    "config": ConfigError,
    "engine": EngineError,
    "model": ModelError,
    "input_too_large": InputTooLargeError,
    "invalid_utf8": InvalidUtf8Error,
    "invalid_encoding": ScrublineError,
    "io": RuleError,
    "stream_finished": StreamFinishedError,
    "evidence": EvidenceError,
    "blocked": BlockedError,
}

__all__ = [
    "Scrubber",
    "ERROR_CODES",
    "ERROR_CLASSES",
    "DegradedWarning",
    "verify_evidence",
    "Stream",
    "Vault",
    "Finding",
    "Report",
    "Redacted",
    "JsonRedacted",
    "ScrublineError",
    "RuleError",
    "ConfigError",
    "InputTooLargeError",
    "InvalidUtf8Error",
    "EngineError",
    "EvidenceError",
    "BlockedError",
    "ModelError",
    "StreamFinishedError",
]

RulePack = Union[str, "os.PathLike[str]"]


class DegradedWarning(UserWarning):
    """A configured detector (the PII classifier) could not run and
    ``allow_degraded=True`` let the call go on with patterns only; the
    call's ``report.degraded`` is set too."""


def _loud(result: Any) -> Any:
    """Warns with :class:`DegradedWarning` when ``result.report`` is degraded."""
    degraded = result.degraded if isinstance(result, Redacted) else result.report.degraded
    if degraded:
        warnings.warn(
            "scrubline: degraded: the PII classifier could not run (allow_degraded=True); "
            "names, addresses and organisations were not looked for, only patterns",
            DegradedWarning,
            stacklevel=3,
        )
    return result

_CATEGORIES = ("secret", "pii")


def _onnxruntime_library() -> Optional[str]:
    """``libonnxruntime`` of the ``onnxruntime`` package, if installed here."""
    try:
        import onnxruntime
    except ImportError:
        return None
    capi = os.path.join(os.path.dirname(onnxruntime.__file__), "capi")
    names = sorted(n for n in os.listdir(capi) if n.startswith("libonnxruntime.so") or n == "libonnxruntime.dylib")
    return os.path.join(capi, names[-1]) if names else None


def _pack_text(pack: RulePack) -> str:
    """A rule pack as TOML text: a path (``Path`` or a ``.toml`` name) is read."""
    if isinstance(pack, os.PathLike) or (
        isinstance(pack, str) and "\n" not in pack and pack.endswith(".toml")
    ):
        try:
            with open(pack, encoding="utf-8") as f:
                return f.read()
        except OSError as e:
            err = RuleError(f"cannot read rule file {os.fspath(pack)}: {e.strerror}")
            err.code = "io"
            raise err from None
    if not isinstance(pack, str):
        raise TypeError(f"a rule pack is TOML text or a path, not {type(pack).__name__}")
    return pack


class Scrubber:
    """A compiled rule set plus redaction policy. Build once, reuse everywhere.

    Args:
        rules: Rule packs (TOML text or paths) that *replace* the built-in
            packs. ``None`` (the default) uses the built-in packs.
        extra_rules: Rule packs added to the built-in (or given) rules.
        disable_rules: Rule ids to turn off.
        allow: Values never reported (exact match).
        allow_regex: Regexes; a value they match entirely is never reported.
        operators: Redaction per category (``"secret"``, ``"pii"``) or entity
            (``"CREDIT_CARD"``): ``"label"``, ``"mask"``, ``"mask:#"``,
            ``"partial_mask:4"``, ``"pseudonym"``, ``"remove"``.
        pseudonym_key: Key (``str`` or ``bytes``) for the keyed
            ``pseudonym`` operator (HMAC-SHA256).
        min_confidence: Findings below this confidence are dropped (0.5).
        max_input_bytes: Largest input per call; larger input raises
            :class:`InputTooLargeError` (64 MiB). Use :meth:`stream` for more.
        max_match_len: Longest text a rule may be able to match (8 KiB);
            streams hold back about this much. A rule that could match
            more raises :class:`RuleError`.
        rule_size_limit: Largest compiled program of one rule (2 MiB).
        backend: ``"auto"`` (Hyperscan where built in), ``"portable"``,
            ``"hyperscan"``.
        classifier: Also run the ONNX PII classifier (names, locations,
            organisations, street addresses, dates of birth): ``True`` for the
            embedded model, or a dict with ``model_dir``, ``runtime_library``
            and ``thresholds`` (``{"PERSON": 0.6}``). ONNX Runtime comes from
            the ``onnxruntime`` package of this Python environment
            (``pip install onnxruntime==1.32.0``) unless ``runtime_library``
            is given. Streams run it too, holding text back to the end of a
            sentence or line (at most 4 KiB), and give the one-shot output.
        deobfuscate: Undo obfuscation before matching. ``None`` (default)
            keeps the core's defaults (every technique but ``homoglyphs``
            on), ``True`` turns every
            technique on, ``False`` every one off, or a dict sets some of
            ``invisible``, ``homoglyphs``, ``mixed_script``, ``full_width``, ``escapes``,
            ``literal_joins``, ``wrapped_lines``, ``separated``, ``encoded``
            (base64/hex), ``tables`` (CSV/Markdown cells read under their
            header), ``recurrences`` (a secret found once is redacted where
            it recurs later). Streams give the same output as whole texts.
        allow_degraded: If the classifier cannot load or run, scan with
            patterns only and set ``report.degraded`` instead of raising
            :class:`ModelError`.
        evidence: Record every call in a hash-chained evidence log (counts,
            never text): a directory path for files, ``True`` to queue
            records in memory (:meth:`take_evidence`), or a dict of the
            core's ``EvidenceOptions`` (``path``, ``bucket_seconds``,
            ``rotate_bytes``, ``rotate_seconds``, ``retention_days``,
            ``hmac_key_env``, ``hmac_key_file``, ``key_id``, ``service``,
            ``tenant``, ``sync``). A call whose record cannot be written
            raises :class:`EvidenceError` (fail closed). Verify and
            summarize the log with ``scrubline evidence``.
        on_report: A callable given the :class:`Report` of every successful
            call (``redact``, ``scan``, batches, JSON, streams), on the
            calling thread, e.g. ``PrometheusEvidence().observe``. An
            exception in it goes to :func:`sys.unraisablehook` and does not
            fail the call.

    Every option is a field of the core's ``ScannerOptions`` (see
    ``docs/options.md``); :meth:`from_options` takes them as a dict.

    Raises:
        RuleError: a rule pack is malformed or cannot be compiled.
        ConfigError: an unknown operator, entity or option.
        ModelError: the classifier's model or ONNX Runtime cannot be loaded.
    """

    __slots__ = ("_native", "options", "_key", "_found_runtime", "_context", "_on_report")

    def __init__(
        self,
        rules: Optional[Sequence[RulePack]] = None,
        *,
        extra_rules: Iterable[RulePack] = (),
        disable_rules: Iterable[str] = (),
        allow: Iterable[str] = (),
        allow_regex: Iterable[str] = (),
        operators: Optional[Mapping[str, str]] = None,
        pseudonym_key: Union[str, bytes, None] = None,
        min_confidence: Optional[float] = None,
        max_input_bytes: Optional[int] = None,
        max_match_len: Optional[int] = None,
        rule_size_limit: Optional[int] = None,
        backend: str = "auto",
        classifier: Union[bool, Mapping[str, Any], None] = None,
        allow_degraded: bool = False,
        deobfuscate: Union[None, bool, Mapping[str, bool]] = None,
        evidence: Union[bool, str, "os.PathLike[str]", Mapping[str, Any], None] = None,
        on_report: Optional[Callable[[Report], Any]] = None,
    ) -> None:
        if isinstance(rules, (str, os.PathLike)):
            rules = [rules]
        if isinstance(extra_rules, (str, os.PathLike)):
            extra_rules = [extra_rules]
        packs = [_pack_text(p) for p in (rules or ())] + [_pack_text(p) for p in extra_rules]
        policy: dict[str, Any] = {"entities": {}}
        for key, op in (operators or {}).items():
            if key in _CATEGORIES:
                policy[key] = op
            else:
                policy["entities"][key] = op
        options: dict[str, Any] = {
            "builtin_rules": rules is None,
            "rules": packs,
            "disable_rules": list(disable_rules),
            "allow": list(allow),
            "allow_regex": list(allow_regex),
            "policy": policy,
            "backend": backend,
        }
        if min_confidence is not None:
            options["min_confidence"] = min_confidence
        if max_input_bytes is not None:
            options["max_input_bytes"] = max_input_bytes
        if max_match_len is not None:
            options["max_match_len"] = max_match_len
        if rule_size_limit is not None:
            options["rule_size_limit"] = rule_size_limit
        found_runtime = False
        if classifier:
            spec = {} if classifier is True else {k: (os.fspath(v) if isinstance(v, os.PathLike) else v) for k, v in dict(classifier).items()}
            if "runtime_library" not in spec and "SCRUBLINE_ORT_LIB" not in os.environ:
                found = _onnxruntime_library()
                if found:
                    spec["runtime_library"] = found
                    found_runtime = True
            options["classifier"] = spec
        options["allow_degraded"] = allow_degraded
        techniques = (
            "invisible", "homoglyphs", "mixed_script", "full_width", "escapes",
            "literal_joins", "wrapped_lines", "separated", "encoded", "tables",
            "recurrences",
        )
        if isinstance(deobfuscate, bool):
            options["deobfuscate"] = {t: deobfuscate for t in techniques}
        elif deobfuscate is not None:
            options["deobfuscate"] = dict(deobfuscate)
        if evidence:
            options["evidence"] = _evidence_options(evidence)
        key_bytes = None
        if isinstance(pseudonym_key, str):
            key_bytes = pseudonym_key.encode("utf-8")
        elif pseudonym_key is not None:
            key_bytes = bytes(pseudonym_key)
        self.options = options
        self._key = key_bytes
        self._found_runtime = found_runtime
        self._context: tuple[Optional[str], Optional[str], Optional[str]] = (None, None, None)
        self._on_report = on_report
        self._native = _native.Scanner(_json.dumps(options), key_bytes, on_report)
        _flush_at_exit(self._native)

    @classmethod
    def from_options(
        cls,
        options: Mapping[str, Any],
        pseudonym_key: Union[str, bytes, None] = None,
        *,
        on_report: Optional[Callable[[Report], Any]] = None,
    ) -> "Scrubber":
        """Builds from the core's ``ScannerOptions`` as a dict (the format of
        the shared test vectors and of the Node and WASM bindings; fields in
        ``docs/options.md``)."""
        self = cls.__new__(cls)
        self.options = dict(options)
        key = pseudonym_key.encode("utf-8") if isinstance(pseudonym_key, str) else pseudonym_key
        self._key = key
        self._found_runtime = False
        self._context = (None, None, None)
        self._on_report = on_report
        self._native = _native.Scanner(_json.dumps(self.options), key, on_report)
        _flush_at_exit(self._native)
        return self

    @property
    def backend(self) -> str:
        """The pattern backend in use: ``"hyperscan"`` or ``"portable"``."""
        return self._native.backend

    @property
    def rule_count(self) -> int:
        """How many rules are compiled."""
        return self._native.rule_count

    @property
    def rule_set_sha256(self) -> str:
        """SHA-256 of the compiled rule set (also in every report)."""
        return self._native.rule_set_sha256

    def redact(
        self,
        text: str,
        *,
        entities: Optional[Iterable[str]] = None,
        operators: Optional[Mapping[str, str]] = None,
        allow: Optional[Iterable[str]] = None,
        deny: Optional[Iterable[str]] = None,
        block: Optional[Iterable[str]] = None,
        vault: Optional["Vault"] = None,
    ) -> Redacted:
        """Redacts ``text``; returns ``.text``, ``.findings`` and ``.report``.

        With ``vault``, each finding becomes its numbered token in the vault
        (``[PERSON_1]``; the same value keeps its token) so that
        :meth:`Vault.restore` can put the values back into the model's answer.

        The keyword arguments override the scrubber for this call only (the
        core's ``CallOptions``): ``entities`` keeps only these entity names
        or categories (``"EMAIL_ADDRESS"``, ``"secret"``, ``"pii"``);
        ``operators`` maps entity names or categories to operators;
        ``allow`` lists values not reported; ``deny`` lists terms always
        redacted (``DENY_LIST`` findings; ASCII case ignored, whole words);
        ``block`` lists entity names or categories that refuse the call:
        when one is found, :class:`BlockedError` is raised (its
        ``.entities`` counts them) and no text is returned. An unknown
        entity name raises :class:`ConfigError`."""
        call = _call_json(entities, operators, allow, deny, None, block)
        return _loud(self._native.redact(text, call, _native_vault(vault)))

    def scan(
        self,
        text: str,
        *,
        entities: Optional[Iterable[str]] = None,
        operators: Optional[Mapping[str, str]] = None,
        allow: Optional[Iterable[str]] = None,
        deny: Optional[Iterable[str]] = None,
        block: Optional[Iterable[str]] = None,
    ) -> list[Finding]:
        """Finds everything in ``text`` without changing it (per-call
        options as in :meth:`redact`)."""
        return self._native.scan(text, _call_json(entities, operators, allow, deny, None, block))

    def redact_bytes(
        self,
        data: bytes,
        *,
        entities: Optional[Iterable[str]] = None,
        operators: Optional[Mapping[str, str]] = None,
        allow: Optional[Iterable[str]] = None,
        deny: Optional[Iterable[str]] = None,
        block: Optional[Iterable[str]] = None,
        vault: Optional["Vault"] = None,
    ) -> Redacted:
        """Redacts ``data`` (need not be UTF-8); ``.text`` is ``bytes``
        (per-call options and ``vault`` as in :meth:`redact`)."""
        call = _call_json(entities, operators, allow, deny, None, block)
        return _loud(self._native.redact_bytes(bytes(data), call, _native_vault(vault)))

    async def aredact(self, text: str, **options: Any) -> Redacted:
        """:meth:`redact` on a worker thread (:func:`asyncio.to_thread`), so
        a large prompt does not block the event loop; the scan itself runs
        without the GIL. Same keyword arguments as :meth:`redact`."""
        return await asyncio.to_thread(self.redact, text, **options)

    async def aredact_json(self, obj: Any, **options: Any) -> "JsonRedacted":
        """:meth:`redact_json` on a worker thread (see :meth:`aredact`)."""
        return await asyncio.to_thread(self.redact_json, obj, **options)

    def redact_batch(
        self, texts: Sequence[str], *, return_exceptions: bool = False
    ) -> list[Any]:
        """Redacts many texts in parallel (Rust threads, GIL released), in
        order. An item that fails (too large, ...) raises its error, whose
        message starts ``item N:`` and whose ``.index`` is N; with
        ``return_exceptions=True`` the error takes the item's place in the
        list instead (as in :func:`asyncio.gather`) and the other items
        are kept."""
        results, degraded = self._native.redact_batch(list(texts), return_exceptions)
        if degraded is not None:
            _loud(results[degraded])
        return results

    def redact_arrow(self, array: Any, *, errors: str = "raise") -> tuple[Any, Any]:
        """Redacts an Arrow string column without a Python object per row:
        returns ``(redacted, counts)``, the redacted column (same Arrow
        type and length; nulls stay null) and a ``uint32`` array of findings
        per row (null where the redacted value is null). Takes a ``pyarrow`` ``Array`` or ``ChunkedArray`` of
        ``string``, ``large_string`` or ``string_view`` (a ChunkedArray
        gives a ChunkedArray), or anything with ``__arrow_c_array__`` or
        ``__arrow_c_stream__`` (polars, pandas with ``ArrowDtype``). Rows
        run in parallel with the GIL released.

        ``errors="raise"`` raises the first failing row's error (``.index``
        is the row); ``errors="null"`` makes a failing row null in both
        outputs, so nothing unredacted passes and the other rows are kept.
        Needs ``pyarrow``."""
        if errors not in ("raise", "null"):
            raise ValueError('errors must be "raise" or "null"')
        try:
            import pyarrow as pa
        except ImportError as e:  # pragma: no cover - depends on the environment
            raise ImportError(
                "redact_arrow needs pyarrow: pip install pyarrow"
            ) from e
        if not isinstance(array, (pa.Array, pa.ChunkedArray)):
            if hasattr(array, "__arrow_c_array__"):
                array = pa.array(array)
            elif hasattr(array, "__arrow_c_stream__"):
                array = pa.chunked_array(array)
            else:
                raise TypeError(
                    f"redact_arrow takes a pyarrow Array or ChunkedArray, not {type(array).__name__}"
                )
        if isinstance(array, pa.ChunkedArray):
            parts = [self._redact_arrow_chunk(pa, c, errors) for c in array.chunks]
            kind = array.type
            return (
                pa.chunked_array([p[0] for p in parts], type=kind),
                pa.chunked_array([p[1] for p in parts], type=pa.uint32()),
            )
        return self._redact_arrow_chunk(pa, array, errors)

    def _redact_arrow_chunk(self, pa: Any, array: Any, errors: str) -> tuple[Any, Any]:
        kind = array.type
        if pa.types.is_string_view(kind):
            redacted, counts = self._redact_arrow_chunk(pa, array.cast(pa.large_string()), errors)
            return redacted.cast(kind), counts
        if pa.types.is_large_string(kind):
            width = 8
        elif pa.types.is_string(kind):
            width = 4
        else:
            raise TypeError(f"redact_arrow takes string columns, not {kind}")
        n = len(array)
        validity, offsets, data = array.buffers()
        offsets = offsets.slice(array.offset * width, (n + 1) * width).to_pybytes()
        out = self._native.redact_arrow_buffers(
            offsets,
            data.to_pybytes() if data is not None else b"",
            width == 8,
            validity.to_pybytes() if validity is not None and array.null_count else None,
            array.offset,
            n,
            errors == "null",
        )
        new_offsets, new_data, counts, new_validity, nulls = out
        bitmap = pa.py_buffer(new_validity) if new_validity is not None else None
        redacted = pa.Array.from_buffers(
            kind, n, [bitmap, pa.py_buffer(new_offsets), pa.py_buffer(new_data)], null_count=nulls
        )
        counts = pa.Array.from_buffers(
            pa.uint32(), n, [bitmap, pa.py_buffer(counts)], null_count=nulls
        )
        return redacted, counts

    def redact_json(
        self,
        obj: Any,
        *,
        paths: Optional[Iterable[str]] = None,
        entities: Optional[Iterable[str]] = None,
        operators: Optional[Mapping[str, str]] = None,
        allow: Optional[Iterable[str]] = None,
        deny: Optional[Iterable[str]] = None,
        block: Optional[Iterable[str]] = None,
        vault: Optional["Vault"] = None,
    ) -> "JsonRedacted":
        """Redacts every string and number in a JSON-like object (dicts,
        lists, scalars), using the nearest key name as context, so
        ``{"password": "..."}`` is caught, and every key. Keeps structure
        and the keys without findings (a redacted key that would clash gets
        ``_2``, ``_3``, ...); a number with a finding becomes a redacted
        string. Findings carry a ``path`` (JSON Pointer; ``~`` appended for
        a finding in a key) and offsets within that field or key.

        ``paths`` limits redaction to the fields these dotted paths name
        (``"messages.*.content"``: ``*`` matches every member or item, a
        number an item); the rest is returned as it is. Per-call options
        and ``vault`` as in :meth:`redact`."""
        call = _call_json(entities, operators, allow, deny, paths, block)
        r = self._native.redact_json(_json.dumps(obj, ensure_ascii=False), call, _native_vault(vault))
        return _loud(JsonRedacted(_json.loads(r.text), r.findings, r.report))

    def stream(self, *, vault: Optional["Vault"] = None) -> "Stream":
        """A redactor for chunked text: prompts in parts, streamed completions
        (with ``vault``, findings become the vault's tokens)."""
        return Stream(self._native.stream(None if vault is None else vault._native))

    def empty_report(self) -> Report:
        """A report with zero counts, for aggregating evidence."""
        return self._native.empty_report()

    def with_context(
        self,
        *,
        service: Optional[str] = None,
        tenant: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> "Scrubber":
        """This scrubber with caller context on its evidence records (cheap:
        shares the compiled rules). Unset fields fall back to the log's
        ``service`` and ``tenant``. Context is a label, never user text::

            scrubber.with_context(request_id=request.headers["x-request-id"]).redact(prompt)
        """
        other = Scrubber.__new__(Scrubber)
        other.options = self.options
        other._key = self._key
        other._found_runtime = self._found_runtime
        other._on_report = self._on_report
        other._context = (service, tenant, request_id)
        other._native = self._native.with_context(service, tenant, request_id)
        return other

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickles as its options, rule packs, pseudonym key and context, so
        a scrubber can be shipped to Spark, Ray, Dask or multiprocessing
        workers, which rebuild (compile) it once on arrival. The pseudonym
        key travels inside the pickle: protect it as you protect the key.
        ONNX Runtime found in this environment is found again in the
        worker's. A copy that writes an evidence log writes its own chain:
        its file prefix gets ``-<host>-<pid>`` (two processes never append
        to one chain)."""
        options = _json.loads(_json.dumps(self.options))
        if self._found_runtime and isinstance(options.get("classifier"), dict):
            options["classifier"].pop("runtime_library", None)
        args = (options, self._key, self._found_runtime, self._context)
        if self._on_report is not None:
            # The hook travels too, so it must itself be picklable.
            args += (self._on_report,)
        return (_unpickle, args)

    @property
    def has_evidence(self) -> bool:
        """Whether calls are recorded in an evidence log."""
        return self._native.has_evidence

    def flush_evidence(self) -> None:
        """Writes open evidence buckets and flushes the log (also done at exit)."""
        self._native.flush_evidence()

    def take_evidence(self) -> list[str]:
        """Takes the queued lines of an in-memory evidence log (``evidence=True``)."""
        return self._native.take_evidence()

    @property
    def evidence_head(self) -> Optional[tuple[int, str]]:
        """``(seq, hash)`` of the last evidence record: anchor it elsewhere so
        ``scrubline evidence verify --expect-head`` catches a log cut short."""
        return self._native.evidence_head

    def __repr__(self) -> str:
        return f"Scrubber(rules={self.rule_count}, backend={self.backend!r})"


def _call_json(
    entities: Optional[Iterable[str]],
    operators: Optional[Mapping[str, str]],
    allow: Optional[Iterable[str]],
    deny: Optional[Iterable[str]],
    paths: Optional[Iterable[str]] = None,
    block: Optional[Iterable[str]] = None,
) -> Optional[str]:
    """The core's ``CallOptions`` as JSON, or ``None`` when nothing is overridden."""
    call: dict[str, Any] = {}
    pairs = (("entities", entities), ("allow", allow), ("deny", deny), ("paths", paths), ("block", block))
    for name, value in pairs:
        if value is not None:
            if isinstance(value, (str, bytes)):
                raise TypeError(f"{name} must be a list of strings, not a single string")
            call[name] = list(value)
    if operators is not None:
        call["operators"] = dict(operators)
    return _json.dumps(call) if call else None


def _native_vault(vault: Optional["Vault"]) -> Optional["_native.Vault"]:
    if vault is None:
        return None
    if not isinstance(vault, Vault):
        raise TypeError(f"vault must be a scrubline.Vault, not {type(vault).__name__}")
    return vault._native


def _unpickle(
    options: dict[str, Any],
    key: Optional[bytes],
    found_runtime: bool,
    context: tuple[Optional[str], Optional[str], Optional[str]],
    on_report: Optional[Callable[[Report], Any]] = None,
) -> Scrubber:
    """Rebuilds a pickled :class:`Scrubber` (see ``Scrubber.__reduce__``)."""
    spec = options.get("classifier")
    if found_runtime and isinstance(spec, dict) and "SCRUBLINE_ORT_LIB" not in os.environ:
        runtime = _onnxruntime_library()
        if runtime:
            spec["runtime_library"] = runtime
    evidence = options.get("evidence")
    if isinstance(evidence, dict) and evidence.get("path"):
        import socket

        evidence["prefix"] = f"{evidence.get('prefix', 'evidence')}-{socket.gethostname()}-{os.getpid()}"
    scrubber = Scrubber.from_options(options, key, on_report=on_report)
    scrubber._found_runtime = found_runtime
    if any(context):
        scrubber = scrubber.with_context(service=context[0], tenant=context[1], request_id=context[2])
    return scrubber


def verify_evidence(
    *paths: Union[str, "os.PathLike[str]"],
    prefix: str = "evidence",
    key: Union[str, bytes, None] = None,
    allow_partial: bool = False,
    expect_head: Optional[str] = None,
) -> dict[str, Any]:
    """Checks an evidence log's hash chain (and HMACs, given ``key``), like
    ``scrubline evidence verify``. ``paths`` are log files in chain order or
    log directories. Returns ``{"ok": bool, "records": int, "head_hash":
    str, "problem": {"file", "line", "kind", "message"} or None, ...}``."""
    raw = key.encode("utf-8") if isinstance(key, str) else key
    out = _native.verify_evidence([os.fspath(p) for p in paths], prefix, raw, allow_partial, expect_head)
    return _json.loads(out)


def _evidence_options(evidence: Union[bool, str, "os.PathLike[str]", Mapping[str, Any]]) -> dict[str, Any]:
    """``EvidenceOptions`` from the ``evidence`` argument."""
    if evidence is True:
        return {}
    if isinstance(evidence, (str, os.PathLike)):
        return {"path": os.fspath(evidence)}
    if isinstance(evidence, Mapping):
        return {k: (os.fspath(v) if isinstance(v, os.PathLike) else v) for k, v in evidence.items()}
    raise TypeError(f"evidence is a path, True or a dict, not {type(evidence).__name__}")


def _flush_at_exit(native: "_native.Scanner") -> None:
    """Flushes open evidence buckets when the interpreter exits."""
    if not native.has_evidence:
        return
    import atexit
    import weakref

    ref = weakref.ref(native)

    def flush() -> None:
        scanner = ref()
        if scanner is not None:
            try:
                scanner.flush_evidence()
            except ScrublineError:
                pass

    atexit.register(flush)


class JsonRedacted:
    """The result of :meth:`Scrubber.redact_json`."""

    __slots__ = ("value", "findings", "report")

    def __init__(self, value: Any, findings: list[Finding], report: Report) -> None:
        #: The redacted document (same structure and keys).
        self.value = value
        #: Findings, each with ``path`` set to a JSON Pointer.
        self.findings = findings
        #: Counts over the whole document.
        self.report = report

    def __repr__(self) -> str:
        return f"JsonRedacted(findings={len(self.findings)})"


class Vault:
    """Reversible pseudonyms for one conversation.

    ``scrubber.redact(prompt, vault=v)`` sends ``[PERSON_1]`` instead of the
    name; ``v.restore(answer)`` puts the name back into what the model
    wrote, tolerating changed case, dropped brackets and spaces
    (``person_1``, ``[ PERSON_1 ]``); ``v.restorer()`` does it over a
    streamed answer (``feed``/``finish``). Values stay in memory: use
    :meth:`seal` (XChaCha20-Poly1305 under a 32-byte key) to keep a vault
    between requests, never pickle. Thread-safe; ``repr`` shows counts only.

    Args:
        prefix, separator, suffix: How tokens are written (default
            ``[``, ``_``, ``]``); no letters or digits.
    """

    __slots__ = ("_native",)

    def __init__(self, *, prefix: str = "[", separator: str = "_", suffix: str = "]") -> None:
        fmt = {"prefix": prefix, "separator": separator, "suffix": suffix}
        self._native = _native.Vault(_json.dumps(fmt))

    def restore(self, text: str) -> str:
        """``text`` with this vault's tokens replaced by their values."""
        return self._native.restore(text)

    def restorer(self) -> "_native.VaultRestorer":
        """Restores a streamed answer: ``feed(chunk)`` returns final text
        (a token split across chunks is still restored), ``finish()`` the rest."""
        return self._native.restorer()

    def token(self, entity: str, value: str) -> str:
        """The token of ``value`` as ``entity`` (numbered if new)."""
        return self._native.token(entity, value)

    def seal(self, key: bytes) -> bytes:
        """The vault encrypted under ``key`` (32 bytes, e.g. ``os.urandom(32)``)."""
        return self._native.seal(bytes(key))

    @classmethod
    def open(cls, sealed: bytes, key: bytes) -> "Vault":
        """Opens a vault sealed under ``key``; a wrong key or a changed byte
        raises :class:`ConfigError`."""
        self = cls.__new__(cls)
        self._native = _native.Vault.open(bytes(sealed), bytes(key))
        return self

    def __len__(self) -> int:
        return len(self._native)

    def __repr__(self) -> str:
        return f"Vault(values={len(self)})"

    def __reduce__(self) -> Any:
        raise TypeError("a Vault holds the values it replaced: use seal(key) and Vault.open, not pickle")


class Stream:
    """Chunked redaction. ``feed`` returns the redacted text that is final
    so far (a little is held back so secrets split across chunks are still
    caught); ``finish`` returns the rest. Feed ``str`` or ``bytes``
    consistently; the output has the same type."""

    __slots__ = ("_native",)

    def __init__(self, native: "_native.Stream") -> None:
        self._native = native

    def feed(self, chunk: Union[str, bytes]) -> Union[str, bytes]:
        """Adds a chunk; returns newly final output."""
        if isinstance(chunk, str):
            return self._native.feed_str(chunk)
        if isinstance(chunk, (bytes, bytearray, memoryview)):
            return self._native.feed_bytes(bytes(chunk))
        raise TypeError(f"feed() takes str or bytes, not {type(chunk).__name__}")

    def finish(self, *, binary: bool = False) -> Union[str, bytes]:
        """Ends the stream; returns the rest (``bytes`` if ``binary``)."""
        rest = self._native.finish_bytes() if binary else self._native.finish_str()
        _loud(self)
        return rest

    def take_findings(self) -> list[Finding]:
        """Findings released so far (offsets absolute in the stream)."""
        return self._native.take_findings()

    @property
    def report(self) -> Report:
        """Counts so far; complete after :meth:`finish`."""
        return self._native.report()

    @property
    def held_back(self) -> int:
        """Bytes received but not yet released."""
        return self._native.held_back
