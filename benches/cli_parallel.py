#!/usr/bin/env python3
"""Files at once: `scrubline scan -j N` and `redact --output-dir -j N`.

Usage: python3 benches/cli_parallel.py [--files 200] [--kb 512] [--runs 3]

Cuts the mixed corpus (benches/corpus.py) into FILES files of KB KiB each,
every third one gzipped, under a temporary directory; then times, best of
RUNS in one run, `scan` and `redact --output-dir` with -j 1 and -j CPUs
(the default). Checks that both give the same output for every N. Prints a
Markdown table (MB/s, ratio to -j 1) and writes it to
benches/results/cli_parallel.md.
"""

from __future__ import annotations

import argparse
import filecmp
import gzip
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _cli import REPO, default_bin


def build_tree(root: Path, files: int, kb: int) -> int:
    """Writes the files; returns their uncompressed bytes."""
    corpus = REPO / "benches" / "data" / "mixed-4mb.txt"
    if not corpus.exists():
        subprocess.run([sys.executable, str(REPO / "benches" / "corpus.py"), "--size-mb", "4", "--out", str(corpus)], check=True)
    text = corpus.read_bytes()
    size, total = kb * 1024, 0
    for i in range(files):
        start = (i * size) % max(1, len(text) - size)
        chunk = text[start : start + size]
        sub = root / f"svc{i % 7}"
        sub.mkdir(parents=True, exist_ok=True)
        if i % 3 == 0:
            (sub / f"app-{i}.log.gz").write_bytes(gzip.compress(chunk, compresslevel=1))
        else:
            (sub / f"app-{i}.log").write_bytes(chunk)
        total += len(chunk)
    return total


def timed(cmd: list[str], runs: int) -> tuple[float, bytes]:
    best, out = float("inf"), b""
    for _ in range(runs):
        start = time.perf_counter()
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        best = min(best, time.perf_counter() - start)
        if p.returncode not in (0, 1):
            raise SystemExit(f"{' '.join(cmd)} exited {p.returncode}")
        out = p.stdout
    return best, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--files", type=int, default=200)
    ap.add_argument("--kb", type=int, default=512)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--bin", default=default_bin())
    args = ap.parse_args()
    cpus = os.cpu_count() or 1
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "in"
        total = build_tree(tree, args.files, args.kb)
        mb = total / 1e6
        scans, trees = {}, {}
        for jobs in sorted({1, cpus}):
            seconds, scans[jobs] = timed([args.bin, "scan", "--quiet", "-j", str(jobs), str(tree)], args.runs)
            rows.append(("scan", jobs, seconds))
            out = Path(tmp) / f"out-{jobs}"
            seconds, _ = timed([args.bin, "redact", "--output-dir", str(out), "-j", str(jobs), str(tree)], args.runs)
            rows.append(("redact --output-dir", jobs, seconds))
            trees[jobs] = out
        first = min(scans)
        for jobs in scans:
            assert scans[jobs] == scans[first], f"scan -j {jobs} output differs from -j {first}"
            cmp = filecmp.dircmp(trees[jobs], trees[first])
            assert not (cmp.diff_files or cmp.left_only or cmp.right_only), f"redact -j {jobs} tree differs"
    base = {cmd: s for cmd, jobs, s in rows if jobs == 1}
    lines = [
        f"# CLI over many files ({args.files} files of {args.kb} KiB, every third gzipped, {mb:.0f} MB; {cpus} CPUs)",
        "",
        "| command | -j | seconds | MB/s | vs -j 1 |",
        "|---|---:|---:|---:|---:|",
    ]
    for cmd, jobs, s in rows:
        lines.append(f"| `{cmd}` | {jobs} | {s:.2f} | {mb / s:.0f} | {base[cmd] / s:.2f}x |")
    lines += ["", f"Best of {args.runs}; output identical for every -j (checked)."]
    text = "\n".join(lines) + "\n"
    print(text)
    (REPO / "benches" / "results" / "cli_parallel.md").write_text(text)


if __name__ == "__main__":
    main()
