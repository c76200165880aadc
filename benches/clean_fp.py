#!/usr/bin/env python3
"""False positives on clean text: what does scrubline find in code and prose with no secrets?

What it measures
----------------
``scrubline scan`` over two corpora that hold no real secrets or personal data
(the occasional author e-mail address or example IP in docs is real PII of a
sort, but nothing there is a credential):

* the Python standard library (default ``/usr/lib/python3.11``, tests
  included; ``site-packages`` and ``dist-packages`` excluded);
* ``/usr/share/doc``: text files, with ``.gz`` files decompressed in Python into
  a temp dir (files with a NUL byte in the first 8 KiB are skipped as binary,
  the same test the scanner applies; symlinks are not followed).

It counts findings per entity, category and rule in each corpus, MB scanned
(the scanner's ``bytes_scanned``) and findings per MB, and the total for the
entities that matter most for false positives: PASSWORD, GENERIC_SECRET,
PHONE_NUMBER and the national-ID entities (those of the ``pii.national-id``
pack, read from ``rules list --json``). For review, it lists per entity the 10
most common (rule id, file) pairs with the first line: rule id and file:line
only, never the matched text. A local triage JSON (``--triage``, default under
the system temp dir, outside the repository) adds up to 40 characters of the
line around each first match.

Run
---
    python3 benches/clean_fp.py [--bin PATH] [--out benches/results/clean_fp.md]
                                [--triage PATH.json] [--stdlib DIR] [--doc DIR]
                                [-- EXTRA SCRUBLINE FLAGS, e.g. --min-confidence 0.7]

``--bin`` defaults to ``target/release/scrubline`` under ``$CARGO_TARGET_DIR``
or ``~/.cache/scrubline/target/release/scrubline``. Flags after ``--`` go to
both ``scrubline scan`` calls.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _cli import check_bin, default_bin, rules_list, scan_skip_flags, split_passthrough, version  # noqa: E402

EXCLUDE_DIRS = {"site-packages", "dist-packages"}
MAX_GZ = 64 << 20  # decompressed bytes per .gz file


def stdlib_paths(root: Path) -> list[str]:
    """Paths to pass to `scan` that cover `root` minus the excluded directories."""
    has_excluded: set[Path] = set()
    for dirpath, dirnames, _ in os.walk(root):
        for d in dirnames:
            if d in EXCLUDE_DIRS:
                p = Path(dirpath)
                while True:
                    has_excluded.add(p)
                    if p == root:
                        break
                    p = p.parent

    def expand(p: Path) -> list[str]:
        if p not in has_excluded:
            return [str(p)]
        out: list[str] = []
        for child in sorted(p.iterdir()):
            if child.is_dir() and not child.is_symlink():
                if child.name not in EXCLUDE_DIRS:
                    out += expand(child)
            elif child.is_file() and not child.is_symlink():
                out.append(str(child))
        return out

    return expand(root)


def prepare_doc(root: Path, dest: Path) -> tuple[dict[str, str], dict]:
    """Copies text files of `root` (decompressing .gz) under `dest`; returns
    {copied path: original display path} and counts."""
    mapping: dict[str, str] = {}
    stats = Counter()
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for fn in sorted(filenames):
            src = Path(dirpath) / fn
            if src.is_symlink() or not src.is_file():
                stats["symlinks_or_special"] += 1
                continue
            rel = src.relative_to(root)
            try:
                if fn.endswith(".gz"):
                    with gzip.open(src, "rb") as fh:
                        data = fh.read(MAX_GZ + 1)
                    if len(data) > MAX_GZ:
                        stats["gz_too_large"] += 1
                        continue
                    target = dest / rel.with_suffix("")
                    if target.exists() or (root / rel.with_suffix("")).exists():
                        target = dest / (str(rel.with_suffix("")) + ".gunzipped")
                    stats["gz_decompressed"] += 1
                else:
                    data = src.read_bytes()
                    target = dest / rel
            except (OSError, EOFError, gzip.BadGzipFile):
                stats["unreadable"] += 1
                continue
            if b"\0" in data[:8192]:
                stats["binary_skipped"] += 1
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            mapping[str(target)] = str(src)
            stats["text_files"] += 1
            stats["text_bytes"] += len(data)
    return mapping, dict(stats)


SUMMARY_RE = re.compile(r"(\d+) findings in (\d+) of (\d+) files scanned \((\d+) binary files skipped\)")


def run_scan(binary: str, paths: list[str], extra: list[str], tmp: Path, tag: str) -> dict:
    rep = tmp / f"{tag}-report.json"
    skips = scan_skip_flags(binary)
    t0 = time.time()
    proc = subprocess.run([binary, "scan", "--no-ignore", *skips, "--report", str(rep), *extra, *paths],
                          capture_output=True)
    secs = time.time() - t0
    if proc.returncode not in (0, 1):
        sys.exit(f"scan {tag} failed ({proc.returncode}): {proc.stderr.decode()[-2000:]}")
    findings = [json.loads(line) for line in proc.stdout.decode().splitlines() if line.strip()]
    m = SUMMARY_RE.search(proc.stderr.decode())
    report = json.loads(rep.read_text())
    return {
        "findings": findings,
        "report": report,
        "seconds": secs,
        "files": int(m.group(3)) if m else None,
        "binary_skipped": int(m.group(4)) if m else None,
    }


def context(path: str, line: int, column: int) -> str:
    """Up to 40 characters of the line around a byte column (local triage only)."""
    try:
        with open(path, "rb") as fh:
            for i, raw in enumerate(fh, 1):
                if i == line:
                    c = column - 1
                    return raw[max(0, c - 20):c + 20].decode("utf-8", "replace").rstrip("\n")
    except OSError:
        pass
    return ""


def main() -> None:
    argv, extra = split_passthrough(sys.argv[1:])
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                 epilog="Flags after -- are passed to scrubline scan.")
    ap.add_argument("--bin", default=default_bin(), help="scrubline binary (default: %(default)s)")
    ap.add_argument("--out", help="write the Markdown report here (also prints it)")
    ap.add_argument("--triage", default=str(Path(tempfile.gettempdir()) / "scrubline-clean_fp-triage.json"),
                    help="local-only triage JSON with line context (default: %(default)s)")
    ap.add_argument("--stdlib", default="/usr/lib/python3.11", type=Path)
    ap.add_argument("--doc", default="/usr/share/doc", type=Path)
    ap.add_argument("--top", type=int, default=10, help="(rule, file) pairs listed per entity")
    args = ap.parse_args(argv)
    t0 = time.time()
    binary = check_bin(args.bin)
    rules = rules_list(binary, extra)
    entity_cat = {r["entity"]: r["category"] for r in rules}
    national = sorted({r["entity"] for r in rules if "national" in r["pack"]})
    key_entities = ["PASSWORD", "GENERIC_SECRET", "PHONE_NUMBER", *national]

    corpora: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="scrubline-clean-fp-") as td:
        tmp = Path(td)
        corpora["stdlib"] = run_scan(binary, stdlib_paths(args.stdlib), extra, tmp, "stdlib")
        corpora["stdlib"]["name"] = f"{args.stdlib} (no site-/dist-packages)"
        docdir = tmp / "doc"
        docdir.mkdir()
        t1 = time.time()
        mapping, doc_stats = prepare_doc(args.doc, docdir)
        prep_s = time.time() - t1
        corpora["doc"] = run_scan(binary, [str(docdir)], extra, tmp, "doc")
        corpora["doc"]["name"] = f"{args.doc} (text, .gz decompressed)"
        corpora["doc"]["prep"] = doc_stats

        # Aggregate; keep the scanned path for context, show the original path.
        per_entity: dict[str, Counter] = defaultdict(Counter)
        per_rule: dict[str, Counter] = defaultdict(Counter)
        rule_entity: dict[str, str] = {}
        pairs: dict[str, Counter] = defaultdict(Counter)
        first: dict[tuple[str, str], tuple[str, str, int, int]] = {}
        for tag, c in corpora.items():
            for f in c["findings"]:
                shown = mapping.get(f["path"], f["path"])
                per_entity[f["entity"]][tag] += 1
                per_rule[f["rule_id"]][tag] += 1
                rule_entity[f["rule_id"]] = f["entity"]
                pairs[f["entity"]][(f["rule_id"], shown)] += 1
                first.setdefault((f["rule_id"], shown), (f["path"], shown, f["line"], f["column"]))
        triage: dict[str, list[dict]] = {}
        for ent, cnt in pairs.items():
            rows = []
            for (rid, shown), n in cnt.most_common(args.top):
                scanned, _, line, col = first[(rid, shown)]
                rows.append({"rule_id": rid, "file": shown, "line": line, "count": n,
                             "context": context(scanned, line, col)})
            triage[ent] = rows

    mb = {t: c["report"]["bytes_scanned"] / 1e6 for t, c in corpora.items()}
    total_mb = sum(mb.values())

    def per_mb(n: int, m: float) -> str:
        return f"{n / m:.3f}" if m else "n/a"

    lines = [
        "# False positives on clean text",
        "",
        f"Binary: `{args.bin}` ({version(binary)}); extra flags: `{' '.join(extra) or '(none)'}`;"
        f" generated by `benches/clean_fp.py` in {time.time() - t0:.0f} s.",
        "",
        "| corpus | files scanned | binary skipped | MB scanned | scan time | findings | per MB |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for tag, c in corpora.items():
        n = c["report"]["findings"]
        lines.append(f"| {c['name']} | {c['files']} | {c['binary_skipped']} | {mb[tag]:.1f} |"
                     f" {c['seconds']:.1f} s | {n} | {per_mb(n, mb[tag])} |")
    tot = sum(c["report"]["findings"] for c in corpora.values())
    lines.append(f"| **total** | | | {total_mb:.1f} | | {tot} | {per_mb(tot, total_mb)} |")
    ds = corpora["doc"]["prep"]
    lines += ["", f"`/usr/share/doc` preparation ({prep_s:.1f} s): {ds.get('text_files', 0)} text files"
              f" ({ds.get('gz_decompressed', 0)} decompressed from .gz), {ds.get('binary_skipped', 0)}"
              f" binary files skipped, {ds.get('symlinks_or_special', 0)} symlinks not followed"
              + (f", {ds['unreadable']} unreadable" if ds.get("unreadable") else "") + "."]

    key = {t: sum(per_entity[e][t] for e in key_entities) for t in corpora}
    key_tot = sum(key.values())
    lines += ["", "## Key false-positive entities", "",
              f"PASSWORD + GENERIC_SECRET + PHONE_NUMBER + national IDs ({', '.join(national)}):",
              "", "| | stdlib | /usr/share/doc | total | per MB |", "|---|---:|---:|---:|---:|",
              f"| **key total** | {key['stdlib']} | {key['doc']} | **{key_tot}** | {per_mb(key_tot, total_mb)} |"]
    for e in key_entities:
        n = per_entity[e]
        lines.append(f"| {e} | {n['stdlib']} | {n['doc']} | {n['stdlib'] + n['doc']} |"
                     f" {per_mb(n['stdlib'] + n['doc'], total_mb)} |")

    cats = Counter()
    for e, n in per_entity.items():
        cats[entity_cat.get(e, "?")] += n["stdlib"] + n["doc"]
    lines += ["", "## Per category", "", "| category | stdlib | /usr/share/doc | total | per MB |",
              "|---|---:|---:|---:|---:|"]
    for cat in sorted(set(entity_cat.values())):
        s = sum(n["stdlib"] for e, n in per_entity.items() if entity_cat.get(e) == cat)
        d = sum(n["doc"] for e, n in per_entity.items() if entity_cat.get(e) == cat)
        lines.append(f"| {cat} | {s} | {d} | {s + d} | {per_mb(s + d, total_mb)} |")

    lines += ["", "## Per entity", "", "| entity | category | stdlib | /usr/share/doc | total | per MB |",
              "|---|---|---:|---:|---:|---:|"]
    for e, n in sorted(per_entity.items(), key=lambda kv: (-(kv[1]["stdlib"] + kv[1]["doc"]), kv[0])):
        t = n["stdlib"] + n["doc"]
        lines.append(f"| {e} | {entity_cat.get(e, '?')} | {n['stdlib']} | {n['doc']} | {t} | {per_mb(t, total_mb)} |")

    lines += ["", "## Per rule", "", "| rule | entity | stdlib | /usr/share/doc |", "|---|---|---:|---:|"]
    for r, n in sorted(per_rule.items(), key=lambda kv: (-(kv[1]["stdlib"] + kv[1]["doc"]), kv[0])):
        lines.append(f"| `{r}` | {rule_entity[r]} | {n['stdlib']} | {n['doc']} |")

    lines += ["", f"## Most common (rule, file) per entity (top {args.top}; first line; no values)", "",
              "For `.gz` files the line is in the decompressed text.", ""]
    for e in sorted(triage, key=lambda e: -sum(per_entity[e].values())):
        lines += [f"<details><summary>{e} ({sum(per_entity[e].values())})</summary>", ""]
        for row in triage[e]:
            lines.append(f"- `{row['rule_id']}` {row['file']}:{row['line']} ({row['count']}×)")
        lines += ["", "</details>", ""]

    md = "\n".join(lines) + "\n"
    print(md)
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(md)
    Path(args.triage).write_text(json.dumps({
        "binary": args.bin, "extra_flags": extra,
        "note": "local triage only: context holds up to 40 characters of the scanned line",
        "per_entity": {e: dict(n) for e, n in per_entity.items()},
        "top_pairs": triage,
    }, indent=1, ensure_ascii=False) + "\n")
    print(f"triage: {args.triage}", file=sys.stderr)


if __name__ == "__main__":
    main()
