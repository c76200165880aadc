#!/usr/bin/env python3
"""PySpark job: redacts text columns of a Parquet dataset with scrubline and
writes redacted Parquet plus an evidence log per worker process.

    python redact_job.py INPUT OUTPUT --evidence EVIDENCE_DIR --columns message,comment

Each Spark task streams its partition as Arrow record batches
(``DataFrame.mapInArrow``) through ``Scrubber.redact_arrow`` (Rust threads,
no Python object per row); every other column passes through untouched.
One scrubber per Python worker process, compiled on its first batch and
reused for every later task it runs (``scrubline_batches``); each process
writes its own evidence chain under ``EVIDENCE_DIR/<host>-<pid>/`` and
flushes it at the end of every partition. Afterwards::

    scrubline evidence verify EVIDENCE_DIR/*/
    scrubline evidence summarize --from 2026-03-01 --to 2026-03-31 EVIDENCE_DIR/*/

verify every chain, and total the findings of all of them.

Runs in local mode by default (``--master local[2]``, memory sized for a
2-core, 24 GiB machine); under ``spark-submit`` on a cluster pass
``--master ""`` to keep the master spark-submit was given (see README.md).
Prints rows, text bytes, findings per column and throughput at the end.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from typing import Any, Optional

# scrubline_batches sits next to this file; executors get it via addPyFile.
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import scrubline_batches as sb  # noqa: E402


def parse_args(argv: Optional[list[str]]) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("input", help="Parquet file or directory (any path Spark reads: file:, hdfs:, s3a:)")
    p.add_argument("output", help="directory for the redacted Parquet (replaced)")
    p.add_argument("--evidence", metavar="DIR", help="evidence directory: one chain per worker process beneath it "
                   "(shared storage on a cluster); omit for none")
    p.add_argument("--columns", required=True, help="comma-separated string columns to redact")
    p.add_argument("--master", default="local[2]", help="Spark master (default local[2]; '' keeps spark-submit's)")
    p.add_argument("--driver-memory", default="4g", help="driver JVM heap; in local mode it runs the tasks too (default 4g)")
    p.add_argument("--executor-memory", default="4g", help="executor JVM heap on a cluster (default 4g)")
    p.add_argument("--batch-rows", type=int, default=10_000, help="rows per Arrow batch handed to Python (default 10000)")
    p.add_argument("--partition-mb", type=int, default=16, help="largest input split per task, MB of Parquet (default 16; 128 suits a cluster)")
    p.add_argument("--bucket-seconds", type=int, default=60, help="one evidence record per worker per window (default 60 s)")
    p.add_argument("--service", default="spark-redact", help="service name on the evidence records")
    p.add_argument("--hmac-key-env", help="environment variable (set on every executor) holding the evidence HMAC key")
    p.add_argument("--operators", default="", help="redaction per category or entity, e.g. 'pii=mask,CREDIT_CARD=partial_mask:4'")
    p.add_argument("--pseudonym-key-env", help="environment variable (on the driver) with the pseudonym operator's key")
    p.add_argument("--disable-rules", default="", help="comma-separated rule ids to turn off")
    p.add_argument("--on-error", choices=("raise", "null"), default="raise",
                   help="a cell that cannot be redacted (too large, not UTF-8): fail the task (default) or write null")
    p.add_argument("--findings-columns", action="store_true", help="add <column>_findings (int32) with each cell's count")
    p.add_argument("--compression", default="zstd", help="Parquet codec of the output (default zstd)")
    return p.parse_args(argv)


def spark_session(args: argparse.Namespace):
    """A SparkSession configured for the job (UI off, Arrow batches sized,
    splits small enough to keep both cores busy)."""
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("scrubline-redact")
    if args.master:
        builder = builder.master(args.master)
    conf = {
        "spark.driver.memory": args.driver_memory,
        "spark.executor.memory": args.executor_memory,
        "spark.ui.enabled": "false",
        "spark.ui.showConsoleProgress": "false",
        "spark.sql.execution.arrow.maxRecordsPerBatch": str(args.batch_rows),
        "spark.sql.files.maxPartitionBytes": f"{args.partition_mb}m",
        "spark.sql.parquet.compression.codec": args.compression,
        # Python workers are reused across tasks: one scrubber per process.
        "spark.python.worker.reuse": "true",
    }
    if (args.master or "").startswith("local") and not os.environ.get("PYSPARK_PYTHON"):
        # Local workers run this interpreter (the one with scrubline and
        # pyarrow); on a cluster, spark.pyspark.python or the environment
        # names the executors' (README.md).
        os.environ["PYSPARK_PYTHON"] = sys.executable
    for k, v in conf.items():
        builder = builder.config(k, v)
    return builder.getOrCreate()


def make_spec(args: argparse.Namespace) -> sb.RedactSpec:
    """The scrubber options and evidence settings shipped to every task."""
    operators = dict(item.split("=", 1) for item in args.operators.split(",") if item)
    key = os.environ[args.pseudonym_key_env] if args.pseudonym_key_env else None
    evidence: dict[str, Any] = {"bucket_seconds": args.bucket_seconds, "service": args.service}
    if args.hmac_key_env:
        evidence["hmac_key_env"] = args.hmac_key_env
    evidence_dir = None
    if args.evidence:
        if "://" in args.evidence:
            raise SystemExit("--evidence is a directory every executor can write (a shared mount), not a URL; see README.md")
        evidence_dir = os.path.abspath(args.evidence)
    return sb.RedactSpec.build(
        [c.strip() for c in args.columns.split(",") if c.strip()],
        evidence_dir=evidence_dir,
        evidence=evidence,
        errors=args.on_error,
        findings_columns=args.findings_columns,
        operators=operators,
        disable_rules=[r for r in args.disable_rules.split(",") if r],
        pseudonym_key=key,
    )


def main(argv: Optional[list[str]] = None) -> int:
    args = parse_args(argv)
    spec = make_spec(args)

    from pyspark.accumulators import AccumulatorParam
    from pyspark.sql.types import IntegerType, StringType, StructField, StructType

    class TotalsParam(AccumulatorParam):
        """Sums :class:`scrubline_batches.Totals` over tasks (successful ones)."""

        def zero(self, value):
            return sb.Totals()

        def addInPlace(self, a, b):
            a.add(b)
            return a

    spark = spark_session(args)
    spark.sparkContext.setLogLevel("WARN")
    spark.sparkContext.addPyFile(os.path.join(HERE, "scrubline_batches.py"))
    started = time.monotonic()

    df = spark.read.parquet(args.input)
    for c in spec.columns:
        if c not in df.schema.names or not isinstance(df.schema[c].dataType, StringType):
            raise SystemExit(f"{args.input}: no string column {c!r}")
    extra = [StructField(c + sb.FINDINGS_SUFFIX, IntegerType(), True) for c in spec.columns] if spec.findings_columns else []
    out_schema = StructType(df.schema.fields + extra)
    totals = spark.sparkContext.accumulator(sb.Totals(), TotalsParam())

    def redact(batches):
        part = sb.Totals()
        yield from sb.redact_partition(batches, spec, part)
        totals.add(part)

    df.mapInArrow(redact, out_schema).write.mode("overwrite").parquet(args.output)
    took = time.monotonic() - started
    t = totals.value
    spark.stop()

    mb = sum(t.text_bytes.values()) / 1e6
    print(f"redacted {t.rows} rows, {mb:.1f} MB of text in {', '.join(spec.columns)} in {took:.1f} s: "
          f"{t.rows / took:,.0f} rows/s, {mb / took:.1f} MB/s")
    for c in spec.columns:
        print(f"  {c}: {t.cells.get(c, 0)} non-null cells, {t.text_bytes.get(c, 0) / 1e6:.1f} MB, {t.findings.get(c, 0)} findings")
    if spec.evidence_dir:
        print(f"evidence: one chain per worker process under {spec.evidence_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
