#!/usr/bin/env python3
"""End-to-end check of the Spark recipe: generate a dataset with planted
secrets, run ``redact_job.py`` on it in Spark local mode, and verify

* no planted value occurs anywhere in the redacted Parquet (in its own
  cell, elsewhere in its row, or anywhere in any string column);
* every redacted column holds exactly the labels the manifest predicts
  (``[AWS_ACCESS_KEY_ID]`` and so on, per column and entity);
* each row's finding count (``<column>_findings``) equals the number of
  values planted in that cell;
* row count, ``id``, ``ts`` and ``service`` (not redacted) are unchanged;
* ``scrubline evidence verify`` passes on every worker's chain, and
  ``scrubline evidence summarize`` over all chains counts the planted
  values per entity and category, every non-null cell as one call, and
  every byte of text.

Failures name columns, kinds and counts, never a planted value. Exit 0 when
everything holds, 1 otherwise.

    python check.py --workdir /tmp/spark-check --text-mb 300

The ``scrubline`` CLI comes from ``--scrubline``, ``$SCRUBLINE_CLI`` or PATH.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from typing import Optional

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds

HERE = os.path.dirname(os.path.abspath(__file__))


def run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    """Runs ``cmd``, echoing it; its output is returned, not printed."""
    return subprocess.run(cmd, text=True, capture_output=True, **kw)


def read(path: str) -> pa.Table:
    """A Parquet dataset as one table, sorted by ``id``."""
    table = ds.dataset(path, format="parquet").to_table()
    return table.sort_by("id")


class Problems:
    """Collects failed checks; prints each as it is found."""

    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, text: str) -> None:
        self.items.append(text)
        print(f"FAIL: {text}")

    def ok(self, text: str) -> None:
        print(f"ok: {text}")


def check_values(out: pa.Table, manifest: dict, problems: Problems) -> None:
    """No planted value anywhere: in its cell, its row, or any string column."""
    planted = manifest["planted"]
    strings = [n for n in out.schema.names if pa.types.is_string(out.schema.field(n).type) or pa.types.is_large_string(out.schema.field(n).type)]
    ids = out.column("id").to_numpy()
    if not np.array_equal(ids, np.arange(len(ids))):
        problems.add("output ids are not 0..rows-1; cannot locate planted cells")
        return
    # 1. Each value's own row, every string column of it.
    rows = sorted({p["id"] for p in planted})
    cells = {c: dict(zip(rows, out.column(c).take(pa.array(rows)).to_pylist())) for c in strings}
    in_row: Counter = Counter()
    for p in planted:
        for c in strings:
            text = cells[c][p["id"]]
            if text is not None and p["value"] in text:
                in_row[(c, p["kind"])] += 1
    for (c, kind), n in sorted(in_row.items()):
        problems.add(f"{n} planted values still present in column {c} (kind: {kind})")
    if not in_row:
        problems.ok(f"none of {len(planted)} planted values left in their rows ({len(strings)} string columns)")
    # 2. Anywhere: rows matching any kind's shape, then every match of each
    # shape compared with that kind's planted values.
    kinds = manifest["kinds"]
    values: dict[str, set] = {}
    for p in planted:
        values.setdefault(p["kind"], set()).add(p["value"])
    anywhere = "|".join(f"(?:{k['shape']})" for k in kinds.values())
    found: Counter = Counter()
    suspects = 0
    for c in strings:
        column = out.column(c)
        hits = pc.filter(column, pc.fill_null(pc.match_substring_regex(column, anywhere), False)).to_pylist()
        suspects += len(hits)
        for name, k in kinds.items():
            shape = re.compile(k["shape"])
            for text in hits:
                for m in shape.finditer(text):
                    if m.group(0) in values.get(name, ()):
                        found[(c, name)] += 1
    for (c, kind), n in sorted(found.items()):
        problems.add(f"{n} planted values found by a search of every cell of column {c} (kind: {kind})")
    if not found:
        problems.ok(f"no planted value anywhere in the output ({suspects} cells look like a planted kind, none holds one)")


def check_labels(out: pa.Table, manifest: dict, problems: Problems) -> None:
    """Per column and entity, as many ``[ENTITY]`` labels as plants."""
    bad = 0
    for column, counts in manifest["counts"].items():
        for entity, want in sorted(counts.items()):
            got = pc.sum(pc.count_substring(out.column(column), f"[{entity}]")).as_py() or 0
            if got != want:
                bad += 1
                problems.add(f"column {column}: {got} [{entity}] labels, manifest planted {want}")
    if not bad:
        problems.ok(f"labels per column and entity match the manifest ({sum(sum(c.values()) for c in manifest['counts'].values())} in all)")


def check_counts(out: pa.Table, manifest: dict, problems: Problems) -> None:
    """``<column>_findings`` equals the plants of each cell."""
    n = out.num_rows
    for column in manifest["text_columns"]:
        name = column + "_findings"
        if name not in out.schema.names:
            problems.add(f"no {name} column (run the job with --findings-columns)")
            continue
        want = np.zeros(n, dtype=np.int64)
        for p in manifest["planted"]:
            if p["column"] == column:
                want[p["id"]] += 1
        got = pc.fill_null(out.column(name), 0).to_numpy().astype(np.int64)
        differ = int(np.count_nonzero(got != want))
        if differ:
            problems.add(f"column {column}: {differ} rows whose finding count differs from their plants "
                         f"(total {int(got.sum())} found, {int(want.sum())} planted)")
        else:
            problems.ok(f"column {column}: per-row finding counts equal the plants ({int(want.sum())} in {int(np.count_nonzero(want))} rows)")


def check_unchanged(inp: pa.Table, out: pa.Table, manifest: dict, problems: Problems) -> None:
    """Row count and the columns not redacted are as they were."""
    if inp.num_rows != out.num_rows or out.num_rows != manifest["rows"]:
        problems.add(f"row counts differ: input {inp.num_rows}, output {out.num_rows}, manifest {manifest['rows']}")
        return
    for c in manifest["other_columns"]:
        a, b = inp.column(c), out.column(c)
        if b.type != a.type:
            b = b.cast(a.type)
        if not a.equals(b):
            problems.add(f"column {c} changed")
            return
    for c in manifest["text_columns"]:
        a, b = inp.column(c), out.column(c)
        if a.null_count != b.null_count:
            problems.add(f"column {c}: {a.null_count} nulls in, {b.null_count} out")
            return
    problems.ok(f"{out.num_rows} rows; {', '.join(manifest['other_columns'])} unchanged; nulls kept")


def check_evidence(cli: str, evidence: str, manifest: dict, problems: Problems) -> dict:
    """Verifies every chain and compares the merged summary with the manifest."""
    chains = sorted(os.path.join(evidence, d) for d in os.listdir(evidence) if os.path.isdir(os.path.join(evidence, d)))
    if not chains:
        problems.add(f"no evidence chain under {evidence}")
        return {}
    v = run([cli, "evidence", "verify", "--json", *chains])
    if v.returncode != 0:
        problems.add(f"scrubline evidence verify failed (exit {v.returncode}): {v.stdout.strip()[-800:]} {v.stderr.strip()[-800:]}")
    else:
        problems.ok(f"scrubline evidence verify: {len(chains)} chains OK")
    today = dt.datetime.now(dt.timezone.utc).date()
    s = run([cli, "evidence", "summarize", "--json", "--from", str(today - dt.timedelta(days=1)), "--to", str(today + dt.timedelta(days=1)), *chains])
    if s.returncode != 0:
        problems.add(f"scrubline evidence summarize failed (exit {s.returncode}): {s.stderr.strip()[-800:]}")
        return {}
    summary = json.loads(s.stdout)
    want = {
        "by_entity": manifest["entities"],
        "by_category": manifest["categories"],
        "findings": sum(manifest["entities"].values()),
        "calls": sum(manifest["non_null"].values()),
        "bytes_scanned": manifest["text_bytes"],
        "errors": {},
        "degraded_calls": 0,
    }
    bad = [k for k, v in want.items() if summary.get(k) != v]
    for k in bad:
        problems.add(f"evidence summary {k}: {summary.get(k)}, expected {want[k]}")
    not_ok = [c["log"] for c in summary.get("chains", []) if not c["verification"]["ok"]]
    if not_ok:
        problems.add(f"summary found chains that do not verify: {not_ok}")
    if not bad and not not_ok:
        problems.ok(f"evidence summary over {len(chains)} chains ({summary['records']} records): {summary['findings']} findings, "
                    f"{summary['calls']} calls, {summary['bytes_scanned']} bytes, per entity and category as planted")
    return summary


def find_cli(given: Optional[str]) -> str:
    cli = given or os.environ.get("SCRUBLINE_CLI") or shutil.which("scrubline")
    if not cli:
        sys.exit("no scrubline CLI: pass --scrubline, set SCRUBLINE_CLI or put it on PATH")
    return cli


def main(argv: Optional[list[str]] = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--workdir", help="where data, output and evidence go (default: a temporary directory, removed)")
    p.add_argument("--text-mb", type=float, default=300.0, help="size of the generated text (default 300 MB)")
    p.add_argument("--seed", type=int, default=20260301)
    p.add_argument("--scrubline", help="the scrubline CLI binary")
    p.add_argument("--reuse-input", action="store_true", help="keep an input generated earlier in --workdir")
    p.add_argument("--keep", action="store_true", help="keep the temporary directory")
    p.add_argument("job_args", nargs="*", help="further redact_job.py arguments (after --)")
    args = p.parse_args(argv)
    cli = find_cli(args.scrubline)
    workdir = args.workdir or tempfile.mkdtemp(prefix="scrubline-spark-")
    os.makedirs(workdir, exist_ok=True)
    data, manifest_path = os.path.join(workdir, "input"), os.path.join(workdir, "manifest.json")
    output, evidence = os.path.join(workdir, "output"), os.path.join(workdir, "evidence")
    try:
        t0 = time.monotonic()
        if not (args.reuse_input and os.path.exists(manifest_path)):
            gen = [sys.executable, os.path.join(HERE, "generate.py"), "--out", data, "--manifest", manifest_path,
                   "--text-mb", str(args.text_mb), "--seed", str(args.seed), "--verify-sample", "20000"]
            if subprocess.run(gen).returncode != 0:
                print("FAIL: the generator's self-check or run failed")
                return 1
        t1 = time.monotonic()
        for d in (output, evidence):
            shutil.rmtree(d, ignore_errors=True)
        job = [sys.executable, os.path.join(HERE, "redact_job.py"), data, output, "--evidence", evidence,
               "--columns", "message,comment", "--findings-columns", *args.job_args]
        r = run(job)
        t2 = time.monotonic()
        sys.stdout.write(r.stdout)
        if r.returncode != 0:
            print(r.stderr[-6000:])
            print(f"FAIL: the Spark job exited {r.returncode}")
            return 1
        with open(manifest_path, encoding="utf-8") as f:
            manifest = json.load(f)
        problems = Problems()
        inp, out = read(data), read(output)
        check_unchanged(inp, out, manifest, problems)
        del inp
        check_values(out, manifest, problems)
        check_labels(out, manifest, problems)
        check_counts(out, manifest, problems)
        check_evidence(cli, evidence, manifest, problems)
        t3 = time.monotonic()
        print(f"times: generate {t1 - t0:.0f} s, Spark job (JVM start included) {t2 - t1:.0f} s, checks {t3 - t2:.0f} s")
        if problems.items:
            print(f"FAILED: {len(problems.items)} checks")
            return 1
        print(f"spark recipe OK: {manifest['rows']} rows, {manifest['text_bytes'] / 1e6:.0f} MB of text, "
              f"{len(manifest['planted'])} planted values of {len(manifest['kinds'])} kinds all redacted and counted")
        return 0
    finally:
        if not args.workdir and not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
