#!/usr/bin/env python3
"""Build the adv16 blind set: python3 gen.py  (writes cases.jsonl next to this file)."""
import json
import os
import re
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import g_cicd, g_mobile, g_messaging, g_siem, g_encodings, g_people, g_lang, g_health, g_neg  # noqa: E402

GROUPS = [("cicd", g_cicd), ("mobile", g_mobile), ("messaging", g_messaging), ("siem", g_siem),
          ("encodings", g_encodings), ("people", g_people), ("lang", g_lang), ("health", g_health),
          ("neg", g_neg)]

EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4 = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")


def validate(cases):
    errs = []
    seen = set()
    for c in cases:
        cid, form, text, secrets = c["id"], c["form"], c["text"], c["secrets"]
        if set(c) != {"id", "form", "text", "secrets"}:
            errs.append("%s: bad keys %s" % (cid, sorted(c)))
        if cid in seen:
            errs.append("%s: duplicate id" % cid)
        seen.add(cid)
        m = re.fullmatch(r"([a-z0-9_]+)\.([a-z0-9_]+)\.([pn])(\d{2})", cid)
        if not m:
            errs.append("%s: malformed id" % cid)
            continue
        if form != "%s/%s" % (m.group(1), m.group(2)):
            errs.append("%s: id prefix does not match form %s" % (cid, form))
        if m.group(3) == "p" and not secrets:
            errs.append("%s: positive without secrets" % cid)
        if m.group(3) == "n" and secrets:
            errs.append("%s: negative with secrets" % cid)
        for s in secrets:
            if not s or s not in text:
                errs.append("%s: secret not verbatim in text: %r" % (cid, s))
            elif len(s) < 8 and text.count(s) != 1:
                errs.append("%s: short secret %r occurs %d times" % (cid, s, text.count(s)))
        if not secrets:
            if EMAIL.search(text):
                errs.append("%s: negative contains an email %r" % (cid, EMAIL.search(text).group(0)))
            for ip in IPV4.finditer(text):
                if all(int(x) <= 255 for x in ip.groups()):
                    errs.append("%s: negative contains an IPv4 literal %r" % (cid, ip.group(0)))
    return errs


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    cases, counts = [], []
    for name, mod in GROUPS:
        got = mod.build()
        for c in got:
            if not c["id"].startswith(name + "."):
                raise SystemExit("%s: case %s outside its group" % (name, c["id"]))
        counts.append((name, sum(1 for c in got if c["secrets"]), sum(1 for c in got if not c["secrets"])))
        cases += got
    errs = validate(cases)
    if errs:
        for e in errs:
            print("ERROR", e, file=sys.stderr)
        raise SystemExit(1)
    with open(os.path.join(here, "cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    tp = tn = 0
    print("%-10s %4s %4s" % ("group", "pos", "neg"))
    for name, p, n in counts:
        print("%-10s %4d %4d" % (name, p, n))
        tp, tn = tp + p, tn + n
    print("%-10s %4d %4d  (%d cases)" % ("total", tp, tn, tp + tn))


if __name__ == "__main__":
    main()
