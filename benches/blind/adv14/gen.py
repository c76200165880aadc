#!/usr/bin/env python3
"""Generate the adv14 blind set: writes cases.jsonl next to this file.

Deterministic: every run writes the same bytes.  Each theme module exposes
cases() -> list of {"form", "text", "secrets"}; ids are assigned here as
<group>.<slug>.pNN / .nNN where form = "<group>/<slug>".
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import g_paas      # noqa: E402
import g_paas2     # noqa: E402
import g_registry  # noqa: E402
import g_registry2 # noqa: E402
import g_term      # noqa: E402
import g_markup    # noqa: E402
import g_pii       # noqa: E402
import g_sql       # noqa: E402
import g_app       # noqa: E402
import g_lang      # noqa: E402
import g_neg       # noqa: E402
import g_neg2      # noqa: E402

MODULES = [g_paas, g_paas2, g_registry, g_registry2, g_term, g_markup, g_pii, g_sql, g_app, g_lang, g_neg, g_neg2]

PLACEHOLDER = re.compile(r"(.)\1\1\1|EXAMPLE|example|xxxx|XXXX|your[_-]?(api[_-]?)?key", re.I)
DIGITRUN = re.compile(r"(?<![0-9A-Za-z])\d(?:[ -]?\d){12,18}(?![0-9A-Za-z])")
IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")


# role / service mailboxes are not personal data and are left unlisted
ROLE_ADDR = {"billing", "npm-deployer", "oncall", "alerts", "postmaster", "no-reply", "release"}


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch) * (2 if i % 2 else 1)
        tot += d - 9 if d > 9 else d
    return tot % 10 == 0


EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


def check(c, problems):
    text, secrets = c["text"], c["secrets"]
    for s in secrets:
        if s not in text:
            problems.append("%s: secret not in text: %r" % (c["id"], s[:40]))
        if len(s) < 8:
            problems.append("%s: secret too short: %r" % (c["id"], s))
        core = s.replace("sk-ant-api03-", "").replace("pypi-AgEIcHlwaS5vcmc", "")
        if PLACEHOLDER.search(core) and not EMAIL.fullmatch(s):
            problems.append("%s: placeholder-looking secret: %r" % (c["id"], s[:40]))
    if len(set(secrets)) != len(secrets):
        problems.append("%s: duplicate secrets" % c["id"])
    if not secrets and EMAIL.search(text):
        problems.append("%s: negative contains an email address" % c["id"])
    if secrets:
        for m in EMAIL.finditer(text):
            role = m.group(0).split("@")[0] in ROLE_ADDR or m.group(0).endswith(".gserviceaccount.com")
            if not role and not any(m.group(0) in s or s in m.group(0) for s in secrets):
                problems.append("%s: unlisted email %s" % (c["id"], m.group(0)))
    else:
        for m in DIGITRUN.finditer(text):
            d = re.sub(r"[ -]", "", m.group(0))
            if 13 <= len(d) <= 19 and luhn_ok(d):
                problems.append("%s: negative has Luhn-valid number %s" % (c["id"], m.group(0)))
        for m in IPV4.finditer(text):
            problems.append("%s: negative has IPv4-like %s" % (c["id"], m.group(0)))


def build():
    cases, counters = [], {}
    for mod in MODULES:
        for c in mod.cases():
            form = c["form"]
            group, slug = form.split("/", 1)
            kind = "p" if c["secrets"] else "n"
            key = (form, kind)
            counters[key] = counters.get(key, 0) + 1
            cid = "%s.%s.%s%02d" % (group, slug, kind, counters[key])
            cases.append({"id": cid, "form": form, "text": c["text"], "secrets": c["secrets"]})
    return cases


def main():
    cases = build()
    problems = []
    ids = set()
    for c in cases:
        if c["id"] in ids:
            problems.append("duplicate id " + c["id"])
        ids.add(c["id"])
        check(c, problems)
    for p in problems:
        print("PROBLEM", p, file=sys.stderr)
    path = os.path.join(HERE, "cases.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    pos = sum(1 for c in cases if c["secrets"])
    groups = {}
    for c in cases:
        row = groups.setdefault(c["form"].split("/")[0], [0, 0])
        row[0 if c["secrets"] else 1] += 1
    print("wrote %s: %d cases (%d positive, %d negative)" % (path, len(cases), pos, len(cases) - pos))
    for k in groups:
        print("  %-10s positives %3d  negatives %3d" % (k, groups[k][0], groups[k][1]))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
