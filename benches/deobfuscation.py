#!/usr/bin/env python3
"""What each de-obfuscation technique costs and gains, to choose the defaults.

For each technique alone (and none, and all), in one run with one binary:

* **cost**: `scrubline redact` time on the mixed and code corpora
  (benches/corpus.py, best of N), as a ratio to no de-obfuscation;
* **false positives**: findings on clean text (`scrubline scan` over the
  Python standard library, and over the first files of /usr/share/doc),
  added over no de-obfuscation;
* **gain**: the fraction of (secret, surface form) cases fully redacted
  (benches/forms.py, same planted values for every row).

Usage: python3 benches/deobfuscation.py [--bin PATH] [--size-mb 10] [--runs 3]
           [--values FILE] [--out benches/results/deobfuscation.md]
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benches"))
from _cli import default_bin, scan_skip_flags  # noqa: E402

TECHNIQUES = ["invisible", "homoglyphs", "mixed_script", "full_width", "escapes", "literal_joins", "wrapped_lines", "separated", "encoded", "tables", "recurrences"]


def config(tmp: Path, on: list[str]) -> Path:
    path = tmp / f"{'+'.join(on) or 'none'}.json"
    path.write_text(json.dumps({"deobfuscate": {t: t in on for t in TECHNIQUES}}))
    return path


def best_time(bin_: str, cfg: Path, corpus: Path, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        with corpus.open("rb") as src, open(os.devnull, "wb") as dst:
            start = time.perf_counter()
            subprocess.run([bin_, "redact", "--config", str(cfg)], stdin=src, stdout=dst, check=True)
            best = min(best, time.perf_counter() - start)
    return best


def clean_findings(bin_: str, cfg: Path, dirs: list[Path]) -> int:
    out = subprocess.run([bin_, "scan", *scan_skip_flags(bin_), "--config", str(cfg), *map(str, dirs)],
                         capture_output=True, text=True)
    return sum(1 for line in out.stdout.splitlines() if line.startswith("{"))


def forms_score(bin_: str, cfg: Path, values: str | None) -> float:
    cmd = [sys.executable, str(ROOT / "benches" / "forms.py"), "--bin", bin_]
    if values:
        cmd += ["--values", values]
    out = subprocess.run(cmd + ["--", "--config", str(cfg)], capture_output=True, text=True, check=True).stdout
    m = re.search(r"fully redacted: \d+/\d+ = ([0-9.]+)%", out)
    return float(m.group(1)) if m else float("nan")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bin", default=default_bin())
    ap.add_argument("--size-mb", type=float, default=10)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--values", help="planted values for forms.py (same for every row)")
    ap.add_argument("--docs", type=int, default=400, help="files of /usr/share/doc to scan")
    ap.add_argument("--out")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="scrubline-deob-"))
    corpora = {}
    for kind in ["mixed", "code"]:
        corpora[kind] = tmp / f"{kind}.txt"
        subprocess.run([sys.executable, str(ROOT / "benches" / "corpus.py"), "--size-mb", str(args.size_mb),
                        "--kind", kind, "--out", str(corpora[kind])], check=True, stdout=subprocess.DEVNULL)
    docs = tmp / "docs"
    docs.mkdir()
    for i, f in enumerate(sorted(p for p in Path("/usr/share/doc").rglob("*") if p.is_file() and not p.is_symlink())):
        if i >= args.docs:
            break
        (docs / f"{i}.txt").write_bytes(f.read_bytes())
    clean = [Path("/usr/lib/python3.11"), docs]
    rows = []
    for on in [[], *[[t] for t in TECHNIQUES], TECHNIQUES]:
        cfg = config(tmp, on)
        times = {k: best_time(args.bin, cfg, c, args.runs) for k, c in corpora.items()}
        rows.append((on, times, clean_findings(args.bin, cfg, clean), forms_score(args.bin, cfg, args.values)))
        print(rows[-1], file=sys.stderr)
    base_t, base_fp, base_forms = rows[0][1], rows[0][2], rows[0][3]
    mb = args.size_mb
    lines = [
        "# De-obfuscation: cost, false positives and gain per technique", "",
        f"Binary `{args.bin}`; corpora {mb:g} MB each (benches/corpus.py), best of {args.runs}, one thread; "
        f"clean text: the Python standard library and {args.docs} files of /usr/share/doc; forms: benches/forms.py.",
        "",
        "| techniques | mixed MB/s | ratio | code MB/s | ratio | clean findings added | forms fully redacted |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for on, times, fp, forms in rows:
        name = "none" if not on else ("all" if len(on) > 1 else on[0])
        lines.append(
            f"| {name} | {mb / times['mixed']:.1f} | {base_t['mixed'] / times['mixed']:.2f} | "
            f"{mb / times['code']:.1f} | {base_t['code'] / times['code']:.2f} | {fp - base_fp:+d} | "
            f"{forms:.1f}% ({forms - base_forms:+.1f}) |")
    text = "\n".join(lines) + "\n"
    print(text)
    if args.out:
        Path(args.out).write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
