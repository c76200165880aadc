#!/usr/bin/env python3
"""Single-thread throughput of `scrubline redact` on the mixed corpus.

Usage: python3 benches/throughput.py [--size-mb 100] [--runs 3] [--baseline BIN]

Builds the release CLI, generates the corpus if missing (benches/corpus.py),
and times, in one run on the same file, best of N:
  - `cat`: the pipe and disk ceiling;
  - `scrubline redact --no-builtin`: streaming and I/O overhead with no rules;
  - `grep -E` for one AWS key pattern: a single-regex reference;
  - `scrubline redact`: the full built-in packs (secrets + PII), with the
    portable backend and, when libhs is installed, the Hyperscan backend.
With --baseline, a `scrubline` binary built from another commit is timed
with the full packs too, each run interleaved with this build's, for a
same-run ratio against it.
Prints a Markdown table (MB/s, ratio to the full pack) and writes it to
benches/results/throughput.md. Also checks recall on planted values.
"""
import argparse
import json
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def best_times(cmds, stdin_path, runs):
    """Best of `runs` wall times per command, the commands taking turns in
    each round so that a slow spell of the machine hits them alike."""
    # Output goes to a real file: GNU grep stops at the first match when it
    # sees /dev/null, which would time nothing.
    out_path = os.path.join(os.path.dirname(stdin_path), "out.tmp")
    best = [None] * len(cmds)
    for _ in range(runs):
        for i, cmd in enumerate(cmds):
            with open(stdin_path, "rb") as src, open(out_path, "wb") as dst:
                start = time.perf_counter()
                subprocess.run(cmd, stdin=src, stdout=dst, check=cmd[0] != "grep")
                elapsed = time.perf_counter() - start
            best[i] = elapsed if best[i] is None else min(best[i], elapsed)
    os.remove(out_path)
    return best


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size-mb", type=float, default=100)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--baseline", help="a scrubline binary from another commit, timed in the same rounds")
    args = ap.parse_args()
    corpus = os.path.join(ROOT, "benches", "data", f"mixed-{args.size_mb:g}mb.txt")
    if not os.path.exists(corpus):
        subprocess.run([sys.executable, os.path.join(ROOT, "benches", "corpus.py"), "--size-mb", str(args.size_mb), "--out", corpus], check=True)
    has_hs = subprocess.run(["pkg-config", "--exists", "libhs"]).returncode == 0
    # The Hyperscan backend is a default feature; leave it out without libhs.
    features = [] if has_hs else ["--no-default-features"]
    subprocess.run(["cargo", "build", "--release", "--locked", "-q", "-p", "scrubline-cli", *features], cwd=ROOT, check=True)
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    exe = os.path.join(target, "release", "scrubline")
    size = os.path.getsize(corpus)
    cases = [
        ("cat (pipe ceiling)", ["cat"]),
        ("scrubline redact, no rules", [exe, "redact", "--no-builtin"]),
        ("grep -E, one AWS key regex", ["grep", "-E", "(AKIA|ASIA)[A-Z2-7]{16}"]),
    ]
    if has_hs:
        cases.append(("scrubline redact, built-in packs, hyperscan", [exe, "redact", "--backend", "hyperscan"]))
    if args.baseline:
        name = os.path.basename(args.baseline)
        if has_hs:
            cases.append((f"baseline `{name}`, built-in packs, hyperscan", [args.baseline, "redact", "--backend", "hyperscan"]))
        cases.append((f"baseline `{name}`, built-in packs, portable", [args.baseline, "redact", "--backend", "portable"]))
    cases.append(("scrubline redact, built-in packs, portable", [exe, "redact", "--backend", "portable"]))
    times = best_times([cmd for _, cmd in cases], corpus, args.runs)
    rows = [(name, size / t / 1e6) for (name, _), t in zip(cases, times)]
    full = rows[-1][1]
    lines = [f"Corpus: {size / 1e6:.1f} MB mixed (benches/corpus.py), best of {args.runs}, one thread.", "",
             "| command | MB/s | ratio to portable full pack |", "|---|---:|---:|"]
    lines += [f"| {name} | {mbs:.1f} | {mbs / full:.2f}x |" for name, mbs in rows]
    # Recall on planted values, from the report.
    report_path = os.path.join(ROOT, "benches", "results", "throughput-report.json")
    with open(corpus, "rb") as src, open(os.devnull, "wb") as dst:
        subprocess.run([exe, "redact", "--backend", "portable", "--report", report_path], stdin=src, stdout=dst, check=True)
    report = json.load(open(report_path))
    planted = json.load(open(corpus + ".manifest.json"))["planted"]
    lines += ["", "| planted entity | planted | found |", "|---|---:|---:|"]
    lines += [f"| {k} | {v} | {report['by_entity'].get(k, 0)} |" for k, v in sorted(planted.items())]
    text = "\n".join(lines) + "\n"
    print(text)
    with open(os.path.join(ROOT, "benches", "results", "throughput.md"), "w") as f:
        f.write(text)


if __name__ == "__main__":
    main()
