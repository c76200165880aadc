"""Worker-side half of the Spark recipe, also usable from Ray Data and Dask:
redacts text columns of Arrow record batches with one
:class:`scrubline.Scrubber` per worker process, each writing its own
evidence chain.

The driver builds a :class:`RedactSpec` (the scrubber's options, the
columns, where evidence goes) and ships it to the workers inside the task
closure; it is small plain data. A worker process compiles the scrubber the
first time it meets a spec and keeps it in :data:`_SCRUBBERS` for every
later batch and task it runs (Spark reuses Python workers across tasks),
so compiling (about 0.2 s for the built-in rules) happens once per process,
not per batch.

Evidence: each process writes one hash chain into its own directory,
``<evidence_dir>/<host>-<pid>/evidence-<seq>.jsonl``, so two processes never
append to one chain and ``scrubline evidence summarize <evidence_dir>/*``
verifies every chain and merges their counts in one call. Records are
bucketed (``bucket_seconds``): one record per window rather than one per
row. :func:`redact_partition` flushes the open buckets when a partition
ends (or fails), so a worker that is killed later loses nothing.

This file must be importable on the workers (``spark-submit --py-files``,
``SparkContext.addPyFile``, or installed beside ``scrubline``): the
per-process cache lives in this module's globals.
"""

from __future__ import annotations

import os
import socket
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping, Optional, Sequence, Union

import pyarrow as pa
import pyarrow.compute as pc

import scrubline

if TYPE_CHECKING:
    import pandas

#: Suffix of the per-row finding counts columns (``--findings-columns``).
FINDINGS_SUFFIX = "_findings"


@dataclass(frozen=True)
class RedactSpec:
    """What a worker needs to redact batches: plain, picklable data.

    Attributes:
        options: The scrubber's options (``Scrubber(...).options``: rule
            packs, policy, allow-lists, ...), without ``evidence``.
        columns: Names of the string columns to redact.
        evidence_dir: Directory (shared storage on a cluster) under which
            each worker process writes its own chain; ``None``: no evidence.
        evidence: Further ``EvidenceOptions`` (``bucket_seconds``,
            ``service``, ``hmac_key_env``, ...); ``path`` is set per process.
        pseudonym_key: Key of the ``pseudonym`` operator, if used. It
            travels with the spec: protect the spec as you protect the key.
        errors: ``"raise"`` (a row that cannot be redacted fails the task)
            or ``"null"`` (that row becomes null: its text never passes).
        findings_columns: Append ``<column>_findings`` (int32) per column.
    """

    options: Mapping[str, Any]
    columns: tuple[str, ...]
    evidence_dir: Optional[str] = None
    evidence: Mapping[str, Any] = field(default_factory=dict)
    pseudonym_key: Optional[bytes] = None
    errors: str = "raise"
    findings_columns: bool = False

    @classmethod
    def build(
        cls,
        columns: Sequence[str],
        *,
        evidence_dir: Optional[str] = None,
        evidence: Optional[Mapping[str, Any]] = None,
        errors: str = "raise",
        findings_columns: bool = False,
        **scrubber_args: Any,
    ) -> "RedactSpec":
        """Builds a spec from ``Scrubber`` keyword arguments. The scrubber is
        compiled once here, on the driver, so a bad rule pack or operator
        fails before any task starts."""
        if errors not in ("raise", "null"):
            raise ValueError(f"errors is 'raise' or 'null', not {errors!r}")
        if "evidence" in scrubber_args:
            raise ValueError("pass evidence_dir= and evidence= (each worker gets its own chain)")
        key = scrubber_args.get("pseudonym_key")
        scrubber = scrubline.Scrubber(**scrubber_args)
        return cls(
            options=dict(scrubber.options),
            columns=tuple(columns),
            evidence_dir=os.fspath(evidence_dir) if evidence_dir is not None else None,
            evidence=dict(evidence or {}),
            pseudonym_key=key.encode("utf-8") if isinstance(key, str) else key,
            errors=errors,
            findings_columns=findings_columns,
        )

    def cache_key(self) -> str:
        """Identifies the scrubber this spec builds (one per process and key)."""
        import json

        return json.dumps([self.options, self.evidence_dir, self.evidence, (self.pseudonym_key or b"").hex()], sort_keys=True, default=str)


#: Scrubbers of this process, by :meth:`RedactSpec.cache_key`.
_SCRUBBERS: dict[str, scrubline.Scrubber] = {}
_LOCK = threading.Lock()


def chain_dir(evidence_dir: str) -> str:
    """This process's evidence chain directory under ``evidence_dir``."""
    return os.path.join(evidence_dir, f"{socket.gethostname()}-{os.getpid()}")


def worker_scrubber(spec: RedactSpec) -> scrubline.Scrubber:
    """The scrubber for ``spec`` in this process, compiled on first use."""
    key = spec.cache_key()
    scrubber = _SCRUBBERS.get(key)
    if scrubber is None:
        with _LOCK:
            scrubber = _SCRUBBERS.get(key)
            if scrubber is None:
                options = dict(spec.options)
                if spec.evidence_dir is not None:
                    options["evidence"] = {**spec.evidence, "path": chain_dir(spec.evidence_dir)}
                scrubber = scrubline.Scrubber.from_options(options, spec.pseudonym_key)
                _SCRUBBERS[key] = scrubber
    return scrubber


def output_schema(schema: pa.Schema, spec: RedactSpec) -> pa.Schema:
    """The schema of redacted batches: the input's, plus the counts columns."""
    missing = [c for c in spec.columns if c not in schema.names]
    if missing:
        raise KeyError(f"columns not in the data: {', '.join(missing)}")
    for c in spec.columns:
        t = schema.field(c).type
        if not (pa.types.is_string(t) or pa.types.is_large_string(t) or pa.types.is_string_view(t)):
            raise TypeError(f"column {c} is {t}, not a string column")
    if spec.findings_columns:
        for c in spec.columns:
            schema = schema.append(pa.field(c + FINDINGS_SUFFIX, pa.int32(), nullable=True))
    return schema


@dataclass
class Totals:
    """What a batch or partition held: rows, and per column the non-null
    cells, their UTF-8 bytes and the findings in them."""

    rows: int = 0
    cells: dict[str, int] = field(default_factory=dict)
    text_bytes: dict[str, int] = field(default_factory=dict)
    findings: dict[str, int] = field(default_factory=dict)

    def add(self, other: "Totals") -> None:
        self.rows += other.rows
        for mine, theirs in ((self.cells, other.cells), (self.text_bytes, other.text_bytes), (self.findings, other.findings)):
            for k, v in theirs.items():
                mine[k] = mine.get(k, 0) + v


def redact_batch(batch: Union[pa.RecordBatch, pa.Table], spec: RedactSpec, totals: Optional[Totals] = None) -> Union[pa.RecordBatch, pa.Table]:
    """``batch`` (a ``RecordBatch``, or a ``Table`` as Ray Data hands over)
    with ``spec.columns`` redacted by ``Scrubber.redact_arrow`` (in
    parallel in Rust, no Python object per row); other columns pass
    through untouched. Adds to ``totals`` if given."""
    schema = output_schema(batch.schema, spec)  # checks the columns first
    scrubber = worker_scrubber(spec)
    arrays = list(batch.columns)
    names = list(batch.schema.names)
    counts_arrays = []
    for c in spec.columns:
        i = names.index(c)
        redacted, counts = scrubber.redact_arrow(arrays[i], errors=spec.errors)
        arrays[i] = redacted
        if spec.findings_columns:
            counts_arrays.append(counts.cast(pa.int32()))
        if totals is not None:
            column = batch.column(i)
            totals.cells[c] = totals.cells.get(c, 0) + len(column) - column.null_count
            totals.text_bytes[c] = totals.text_bytes.get(c, 0) + int(pc.sum(pc.binary_length(column)).as_py() or 0)
            totals.findings[c] = totals.findings.get(c, 0) + int(pc.sum(counts).as_py() or 0)
    if totals is not None:
        totals.rows += batch.num_rows
    return type(batch).from_arrays(arrays + counts_arrays, schema=schema)


def redact_pandas(frame: "pandas.DataFrame", spec: RedactSpec) -> "pandas.DataFrame":
    """A pandas DataFrame (a Dask partition) with ``spec.columns``
    redacted. Columns of ``pd.ArrowDtype`` (``dtype_backend="pyarrow"``)
    reach Rust without a Python object per row; ``object`` columns are
    converted first. Redacted columns come back as ``ArrowDtype``."""
    import pandas as pd

    table = pa.Table.from_pandas(frame[list(spec.columns)], preserve_index=False)
    out = frame.copy(deep=False)
    redacted = redact_batch(table, spec)
    for name in redacted.schema.names:
        out[name] = pd.Series(pd.arrays.ArrowExtensionArray(redacted.column(name)), index=frame.index)
    return out


def flush(spec: RedactSpec) -> None:
    """Writes this process's open evidence buckets (end of a partition)."""
    if spec.evidence_dir is not None:
        worker_scrubber(spec).flush_evidence()


def redact_partition(batches: Iterable[pa.RecordBatch], spec: RedactSpec, totals: Optional[Totals] = None) -> Iterator[pa.RecordBatch]:
    """Redacts every batch of one partition (a Spark task's
    ``mapInArrow`` iterator), then flushes the evidence log, also when the
    task fails part way (what was scanned is recorded)."""
    try:
        for batch in batches:
            yield redact_batch(batch, spec, totals)
    finally:
        flush(spec)
