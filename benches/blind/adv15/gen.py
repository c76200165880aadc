#!/usr/bin/env python3
"""Generate benches/blind/adv15/cases.jsonl (deterministic; every group has its own fixed seed).

usage: python3 gen.py            # writes cases.jsonl next to this file and prints counts
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import g_evasion    # noqa: E402
import g_finance_telecom  # noqa: E402
import g_keys       # noqa: E402
import g_lang       # noqa: E402
import g_legacy     # noqa: E402
import g_neg        # noqa: E402
import g_pii        # noqa: E402
import g_science    # noqa: E402
import g_vault      # noqa: E402

GROUPS = [g_vault, g_legacy, g_keys, g_finance_telecom, g_science, g_evasion, g_lang, g_pii, g_neg]


def check(cases):
    seen = set()
    for c in cases:
        cid, text, secrets = c["id"], c["text"], c["secrets"]
        assert cid not in seen, "duplicate id " + cid
        seen.add(cid)
        group, form = c["form"].split("/", 1)
        assert cid.startswith("%s.%s." % (group, form)), cid
        assert cid.rsplit(".", 1)[1][0] == ("p" if secrets else "n"), cid
        assert text.strip(), cid
        assert "\r" not in text and "\u2028" not in text and "\u2029" not in text, cid
        for s in secrets:
            assert isinstance(s, str) and s.strip() == s and s, (cid, s)
            assert s in text, "secret not in text: %s %r" % (cid, s)
            if len(s) < 8:
                assert text.count(s) == 1, "short secret not unique: %s %r" % (cid, s)
        assert len(set(secrets)) == len(secrets), "duplicate secret in " + cid


def main():
    cases = []
    for g in GROUPS:
        cases += g.build()
    check(cases)
    out = os.path.join(HERE, "cases.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    groups = {}
    for c in cases:
        g = c["form"].split("/", 1)[0]
        row = groups.setdefault(g, [0, 0])
        row[0 if c["secrets"] else 1] += 1
    tp = sum(r[0] for r in groups.values())
    tn = sum(r[1] for r in groups.values())
    for g, (p, n) in groups.items():
        print("%-16s positives %3d  negatives %3d" % (g, p, n))
    print("%-16s positives %3d  negatives %3d  cases %d -> %s" % ("TOTAL", tp, tn, len(cases), out))


if __name__ == "__main__":
    main()
