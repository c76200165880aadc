#!/usr/bin/env python3
"""Build and validate the adv18 blind set.

    python3 gen.py          validate, write cases.jsonl, print counts
    python3 gen.py --check  validate only
"""
import importlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402

GROUPS = ["data_platforms", "marketing_helpdesk", "webthree_gaming", "glued_code",
          "observability", "pii_world", "evasion", "neg"]

ID_RE = re.compile(r"^([a-z_]+)\.([a-z0-9_]+)\.([pn])(\d{2})$")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
KEYS = ["id", "group", "form", "text", "secrets"]


def build():
    cases = []
    for g in GROUPS:
        mod = importlib.import_module("g_" + g)
        got = mod.build()
        for c in got:
            if c["group"] != g:
                raise SystemExit("group mismatch in %s" % c["id"])
        cases.extend(got)
    return cases


def validate(cases):
    errors = []
    seen = set()
    for c in cases:
        cid = c.get("id", "?")
        if list(c.keys()) != KEYS:
            errors.append("%s: keys %r" % (cid, list(c.keys())))
            continue
        m = ID_RE.match(cid)
        if not m:
            errors.append("%s: bad id" % cid)
            continue
        if cid in seen:
            errors.append("%s: duplicate id" % cid)
        seen.add(cid)
        group, form, kind = m.group(1), m.group(2), m.group(3)
        if c["group"] != group or c["form"] != "%s/%s" % (group, form):
            errors.append("%s: group/form mismatch" % cid)
        text, secrets = c["text"], c["secrets"]
        if not isinstance(text, str) or not text.strip():
            errors.append("%s: empty text" % cid)
            continue
        if not isinstance(secrets, list) or not all(isinstance(s, str) for s in secrets):
            errors.append("%s: secrets must be list of str" % cid)
            continue
        if kind == "p":
            if not secrets:
                errors.append("%s: positive without secrets" % cid)
            if len(set(secrets)) != len(secrets):
                errors.append("%s: duplicate secret" % cid)
            for s in secrets:
                if not s or s.strip() != s:
                    errors.append("%s: secret empty or padded: %r" % (cid, s))
                if s not in text:
                    errors.append("%s: secret not in text: %r" % (cid, s))
                elif len(s) < 8 and text.count(s) != 1:
                    errors.append("%s: short secret %r occurs %d times" % (cid, s, text.count(s)))
        else:
            if secrets:
                errors.append("%s: negative with secrets" % cid)
            if EMAIL_RE.search(text):
                errors.append("%s: negative has e-mail-shaped literal %r" % (cid, EMAIL_RE.search(text).group(0)))
            if IPV4_RE.search(text):
                errors.append("%s: negative has IPv4-shaped literal %r" % (cid, IPV4_RE.search(text).group(0)))
    # determinism: a second build must be identical
    if build() != cases:
        errors.append("non-deterministic output")
    return errors


def main():
    common.self_test()
    cases = build()
    errors = validate(cases)
    if errors:
        for e in errors:
            print("ERROR", e)
        raise SystemExit(1)
    counts = {}
    for c in cases:
        p, n = counts.get(c["group"], (0, 0))
        if c["secrets"]:
            p += 1
        else:
            n += 1
        counts[c["group"]] = (p, n)
    print("%-20s %5s %5s %6s" % ("group", "pos", "neg", "total"))
    tp = tn = 0
    for g in GROUPS:
        p, n = counts.get(g, (0, 0))
        tp, tn = tp + p, tn + n
        print("%-20s %5d %5d %6d" % (g, p, n, p + n))
    print("%-20s %5d %5d %6d" % ("TOTAL", tp, tn, tp + tn))
    if "--check" in sys.argv[1:]:
        print("check ok (nothing written)")
        return
    out = os.path.join(HERE, "cases.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("wrote", out)


if __name__ == "__main__":
    main()
