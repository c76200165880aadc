#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Build and validate the adv20 blind adversarial set.

    python3 gen.py           validate, then write cases.jsonl next to this file
    python3 gen.py --check   validate only

Standard library only; output is deterministic (each group owns a seeded
random.Random).
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import g_shell_history  # noqa: E402
import g_db_admin  # noqa: E402
import g_vcs_review  # noqa: E402
import g_llm_context  # noqa: E402
import g_cloud_native_files  # noqa: E402
import g_pii_prompts  # noqa: E402
import g_evasion  # noqa: E402
import g_neg  # noqa: E402
from common import luhn_valid  # noqa: E402

MODULES = [g_shell_history, g_db_admin, g_vcs_review, g_llm_context, g_cloud_native_files,
           g_pii_prompts, g_evasion, g_neg]
KEYS = ["id", "group", "form", "text", "secrets"]

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.]*\d)")
DIGITS_RE = re.compile(r"\d+")
# Provider-shaped tokens that must never appear in a negative.
TOKEN_RES = [re.compile(p) for p in [
    r"gh[pousr]_[A-Za-z0-9]{36}", r"github_pat_[A-Za-z0-9_]{40,}", r"glpat-[A-Za-z0-9_-]{20}",
    r"(?:AKIA|ASIA)[A-Z2-7]{16}", r"sk-(?:proj|ant|svcacct|admin)-[A-Za-z0-9_-]{20,}",
    r"sk-[A-Za-z0-9]{20}T3BlbkFJ", r"[sr]k_live_[A-Za-z0-9]{20,}", r"xox[abposr]-\d+-",
    r"AIza[A-Za-z0-9_-]{35}", r"npm_[A-Za-z0-9]{36}", r"SG\.[A-Za-z0-9_-]{22}\.",
    r"eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}", r"hf_[A-Za-z]{34}",
    r"-----BEGIN [A-Z ]*PRIVATE KEY-----", r"dop_v1_[0-9a-f]{64}", r"dckr_pat_", r"hvs\.[A-Za-z0-9_-]{20,}",
    r"hooks\.slack\.com/services/T", r"whsec_[A-Za-z0-9]{20,}", r"key-[0-9a-f]{32}",
]]
PLACEHOLDER_BITS = ["EXAMPLE", "xxxx", "XXXX", "your-", "your_", "YOUR_", "changeme", "${", "<YOUR", "1234567"]


def build():
    cases = []
    for mod in MODULES:
        cases.extend(mod.G.build())
    return cases


def dumps(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def ipv4_hits(text):
    hits = []
    for m in IPV4_RE.finditer(text):
        if all(0 <= int(x) <= 255 for x in m.groups()):
            hits.append(m.group(0))
    return hits


def luhn_hits(text):
    return [m.group(0) for m in DIGITS_RE.finditer(text)
            if 13 <= len(m.group(0)) <= 19 and luhn_valid(m.group(0))]


def validate(cases):
    errors = []
    ids = set()
    all_secrets = []
    for c in cases:
        if list(c.keys()) != KEYS:
            errors.append("%s: bad keys %r" % (c.get("id"), list(c.keys())))
            continue
        cid = c["id"]
        if cid in ids:
            errors.append("%s: duplicate id" % cid)
        ids.add(cid)
        grp, form, text, secrets = c["group"], c["form"], c["text"], c["secrets"]
        if not isinstance(text, str) or not isinstance(secrets, list):
            errors.append("%s: bad types" % cid)
            continue
        if not form.startswith(grp + "/") or not cid.startswith(grp + "."):
            errors.append("%s: group/form/id mismatch" % cid)
        short = form.split("/", 1)[1]
        if not re.fullmatch(r"%s\.%s\.[pn]\d{2}" % (re.escape(grp), re.escape(short)), cid):
            errors.append("%s: id does not follow <group>.<form>.pNN/nNN" % cid)
        if not (60 <= len(text) <= 4000):
            errors.append("%s: text length %d out of range" % (cid, len(text)))
        positive = cid.rsplit(".", 1)[1].startswith("p")
        if positive:
            if grp == "neg":
                errors.append("%s: positive in neg group" % cid)
            if not secrets:
                errors.append("%s: positive without secrets" % cid)
            for s in secrets:
                if not isinstance(s, str) or len(s) < 6:
                    errors.append("%s: secret shorter than 6 chars: %r" % (cid, s))
                elif s not in text:
                    errors.append("%s: secret not in text: %r" % (cid, s[:40]))
                for bit in PLACEHOLDER_BITS:
                    if isinstance(s, str) and bit in s:
                        errors.append("%s: placeholder-like secret %r" % (cid, s[:40]))
                if isinstance(s, str) and s.strip() != s:
                    errors.append("%s: secret with surrounding whitespace %r" % (cid, s[:40]))
                all_secrets.append(s)
        else:
            if secrets:
                errors.append("%s: negative with secrets" % cid)
    for c in cases:
        if c["secrets"]:
            continue
        cid, text = c["id"], c["text"]
        for m in EMAIL_RE.finditer(text):
            errors.append("%s: negative contains e-mail %r" % (cid, m.group(0)))
        for h in ipv4_hits(text):
            errors.append("%s: negative contains IPv4 %r" % (cid, h))
        for h in luhn_hits(text):
            errors.append("%s: negative contains Luhn-valid digit run %r" % (cid, h))
        for rx in TOKEN_RES:
            m = rx.search(text)
            if m:
                errors.append("%s: negative contains provider-shaped token %r" % (cid, m.group(0)[:30]))
        for s in all_secrets:
            if s in text:
                errors.append("%s: negative contains a positive secret %r" % (cid, s[:30]))
    return errors


def summary(cases):
    out = {}
    for c in cases:
        p, n = out.get(c["group"], (0, 0))
        out[c["group"]] = (p + 1, n) if c["secrets"] else (p, n + 1)
    return out


def main(argv):
    check_only = "--check" in argv
    a = build()
    b = build()
    if dumps(a) != dumps(b):
        print("ERROR: output is not deterministic", file=sys.stderr)
        return 1
    errors = validate(a)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print("%d error(s)" % len(errors), file=sys.stderr)
        return 1
    summ = summary(a)
    tp = sum(p for p, _ in summ.values())
    tn = sum(n for _, n in summ.values())
    for grp, (p, n) in summ.items():
        print("%-20s %3d positive  %3d negative" % (grp, p, n))
    print("%-20s %3d positive  %3d negative  (%d cases)" % ("total", tp, tn, len(a)))
    if not check_only:
        path = os.path.join(HERE, "cases.jsonl")
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(dumps(a))
        print("wrote", path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
