#!/usr/bin/env python3
"""Generate and validate the adv19 blind set.

usage: python3 gen.py            validate and write cases.jsonl
       python3 gen.py --check    validate only
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import g_chat_paste      # noqa: E402
import g_infra_configs   # noqa: E402
import g_rare_lang_code  # noqa: E402
import g_sdk_errors      # noqa: E402
import g_ai_stack        # noqa: E402
import g_pii_people      # noqa: E402
import g_evasion         # noqa: E402
import g_neg             # noqa: E402

MODULES = [g_chat_paste, g_infra_configs, g_rare_lang_code, g_sdk_errors,
           g_ai_stack, g_pii_people, g_evasion, g_neg]
GROUPS = ["chat_paste", "infra_configs", "rare_lang_code", "sdk_errors",
          "ai_stack", "pii_people", "evasion", "neg"]

KEYS = ["id", "group", "form", "text", "secrets"]
ID_RE = re.compile(r"^([a-z0-9_]+)\.([a-z0-9_]+)\.([pn])(\d{2})$")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<!\d)\d{1,3}(?:\.\d{1,3}){3}(?!\d)")
# card-number-shaped digit runs (13-19 digits, optional single space/dash separators)
CARDLIKE_RE = re.compile(r"(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)")
# obvious fake markers that must not appear inside a positive secret value
FAKE_RE = re.compile(r"(?i)(xxxx|1234567890|example|dummy|placeholder|changeme|your[_-]?key|test)")


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


def build_all():
    cases = []
    for m in MODULES:
        cases.extend(m.build())
    return [{k: c[k] for k in KEYS} for c in cases]


def dump(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def validate(cases):
    errs = []
    seen = set()
    all_secrets = []
    for c in cases:
        cid = c.get("id", "?")
        if list(c.keys()) != KEYS:
            errs.append("%s: keys/order %r" % (cid, list(c.keys())))
            continue
        m = ID_RE.match(cid)
        if not m:
            errs.append("%s: bad id" % cid)
            continue
        grp, form, kind, _ = m.groups()
        if cid in seen:
            errs.append("%s: duplicate id" % cid)
        seen.add(cid)
        if grp not in GROUPS or c["group"] != grp:
            errs.append("%s: group mismatch %r" % (cid, c["group"]))
        if c["form"] != "%s/%s" % (grp, form):
            errs.append("%s: form mismatch %r" % (cid, c["form"]))
        text, secrets = c["text"], c["secrets"]
        if not isinstance(text, str) or not text.strip():
            errs.append("%s: empty text" % cid)
        if not isinstance(secrets, list):
            errs.append("%s: secrets not a list" % cid)
            continue
        if kind == "p":
            if not secrets:
                errs.append("%s: positive without secrets" % cid)
            if len(set(secrets)) != len(secrets):
                errs.append("%s: duplicate secrets" % cid)
            for s in secrets:
                if not isinstance(s, str) or not s:
                    errs.append("%s: bad secret %r" % (cid, s))
                    continue
                if s != s.strip():
                    errs.append("%s: secret has outer whitespace %r" % (cid, s))
                if s not in text:
                    errs.append("%s: secret not in text %r" % (cid, s))
                if len(s) < 8 and text.count(s) != 1:
                    errs.append("%s: short secret %r occurs %d times" % (cid, s, text.count(s)))
                if FAKE_RE.search(s):
                    errs.append("%s: fake-looking secret %r" % (cid, s))
                all_secrets.append((cid, s))
        else:
            if secrets:
                errs.append("%s: negative with secrets" % cid)
            for rx, what in ((EMAIL_RE, "e-mail"), (IPV4_RE, "IPv4")):
                hit = rx.search(text)
                if hit:
                    errs.append("%s: negative contains %s-shaped %r" % (cid, what, hit.group(0)))
            for hit in CARDLIKE_RE.finditer(text):
                num = re.sub(r"[ -]", "", hit.group(0))
                if luhn_ok(num):
                    errs.append("%s: negative contains Luhn-valid digit run %r" % (cid, hit.group(0)))
        if grp == "neg" and kind != "n":
            errs.append("%s: positive in neg group" % cid)
    # no positive secret may leak into any negative
    negs = [c for c in cases if not c["secrets"]]
    for cid, s in all_secrets:
        if len(s) >= 8:
            for c in negs:
                if s in c["text"]:
                    errs.append("%s: secret of %s appears in negative" % (c["id"], cid))
    return errs


def table(cases):
    rows = {}
    for c in cases:
        row = rows.setdefault(c["group"], [0, 0])
        row[0 if c["secrets"] else 1] += 1
    print("%-16s %9s %9s %7s" % ("group", "positive", "negative", "total"))
    tp = tn = 0
    for gname in GROUPS:
        p, n = rows.get(gname, [0, 0])
        tp, tn = tp + p, tn + n
        print("%-16s %9d %9d %7d" % (gname, p, n, p + n))
    print("%-16s %9d %9d %7d" % ("TOTAL", tp, tn, tp + tn))


def main(argv):
    cases = build_all()
    again = build_all()
    errs = validate(cases)
    if dump(cases) != dump(again):
        errs.append("non-deterministic: two builds differ")
    if errs:
        for e in errs:
            print("ERROR", e)
        print("%d error(s)" % len(errs))
        return 1
    table(cases)
    if "--check" in argv:
        print("check ok (nothing written)")
        return 0
    out = os.path.join(HERE, "cases.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        f.write(dump(cases))
    print("wrote %s (%d cases)" % (out, len(cases)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
