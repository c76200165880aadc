#!/usr/bin/env python3
"""Generate the adv13 blind adversarial redaction set (cases.jsonl next to this file).

Standard library only, deterministic: every theme module gets its own
random.Random seeded with a constant string, so edits in one theme do not
shift the values of another.
"""
import json
import os
import random
import re
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

from common import Collector, Gen  # noqa: E402
import g_network, g_homelab, g_cms, g_backup, g_pwexport, g_chat, g_llm, g_lang, g_pii, g_devops, g_neg  # noqa: E402,E401

MODULES = [g_network, g_homelab, g_cms, g_backup, g_pwexport, g_chat, g_llm, g_lang, g_pii, g_devops, g_neg]
SEED = "scrubline-adv13-v1"


def build():
    c = Collector()
    for mod in MODULES:
        rng = random.Random(f"{SEED}:{mod.__name__}")
        mod.build(c, Gen(rng))
    return c.rows


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


# deliberate look-alikes inside negatives: four-part version numbers and bare
# provider prefixes mentioned in prose (no token body follows them)
NEG_ALLOWED = {"7.4.4.0", "29.0.4.1", "ghp_", "glpat-", "github_pat_", "xoxb-"}

NEG_PATTERNS = {
    "email": re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]{2,}"),
    "ipv4": re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b"),
    "token-prefix": re.compile(r"\b(?:ghp_|gho_|github_pat_|glpat-|xox[bpa]-|sk_live_[A-Za-z0-9]|AKIA[A-Z0-9]{16}|AIza[0-9A-Za-z_-]{35}|hf_[A-Za-z]{30}|npm_[A-Za-z0-9]{36}|SG\.[\w-]{22}\.)"),
    "pem": re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"),
}


def check(rows):
    problems = []
    ids = Counter(r["id"] for r in rows)
    for i, n in ids.items():
        if n > 1:
            problems.append(f"duplicate id {i}")
    seen = {}
    for r in rows:
        assert list(r.keys()) == ["id", "form", "text", "secrets"], r["id"]
        kind = r["id"].rsplit(".", 1)[1][0]
        if kind == "n" and r["secrets"]:
            problems.append(f"{r['id']}: negative with secrets")
        if kind == "p" and not r["secrets"]:
            problems.append(f"{r['id']}: positive without secrets")
        for s in r["secrets"]:
            if not s or s not in r["text"]:
                problems.append(f"{r['id']}: secret not verbatim in text: {s[:40]!r}")
            if len(s) < 6:
                problems.append(f"{r['id']}: very short secret {s!r}")
            if s in seen and seen[s] != r["id"]:
                problems.append(f"{r['id']}: secret also used in {seen[s]}")
            seen.setdefault(s, r["id"])
        if kind == "n":
            for name, pat in NEG_PATTERNS.items():
                for m in pat.finditer(r["text"]):
                    if m.group(0) in NEG_ALLOWED:
                        continue
                    problems.append(f"{r['id']}: negative contains {name}: {m.group(0)!r}")
                    break
            for m in re.finditer(r"(?<![\w-])\d[\d -]{11,30}\d(?![\w-])", r["text"]):
                digits = re.sub(r"\D", "", m.group(0))
                if 13 <= len(digits) <= 19 and luhn_ok(digits):
                    problems.append(f"{r['id']}: negative has Luhn-valid run {m.group(0)}")
    return problems


def main():
    rows = build()
    out = os.path.join(HERE, "cases.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(OrderedDict((k, r[k]) for k in ("id", "form", "text", "secrets")),
                               ensure_ascii=False) + "\n")
    # re-read to prove the file parses
    with open(out, encoding="utf-8") as f:
        back = [json.loads(line) for line in f]
    assert len(back) == len(rows)
    problems = check(back)
    per = OrderedDict()
    for r in back:
        g = r["id"].split(".", 1)[0]
        kind = r["id"].rsplit(".", 1)[1][0]
        per.setdefault(g, Counter())[kind] += 1
    print(f"{'group':<10} {'pos':>4} {'neg':>4}")
    for g, cnt in per.items():
        print(f"{g:<10} {cnt['p']:>4} {cnt['n']:>4}")
    npos = sum(c["p"] for c in per.values())
    nneg = sum(c["n"] for c in per.values())
    print(f"{'TOTAL':<10} {npos:>4} {nneg:>4}  ({len(back)} cases, {sum(len(r['secrets']) for r in back)} secrets)")
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("checks ok: JSONL parses, ids unique, every secret verbatim in its text, negatives clean")


if __name__ == "__main__":
    main()
