#!/usr/bin/env python3
"""Generate cases.jsonl for the adv17 blind adversarial set.

Standard library only and deterministic: every g_<group>.py seeds its own
random.Random(seed). Validates all cases before writing anything.

    python3 gen.py            # validate + write cases.jsonl, print counts
    python3 gen.py --check    # validate only
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402
import g_agents  # noqa: E402
import g_commerce  # noqa: E402
import g_documents  # noqa: E402
import g_evasion  # noqa: E402
import g_flags_analytics  # noqa: E402
import g_identity  # noqa: E402
import g_neg  # noqa: E402
import g_travel_tax  # noqa: E402

MODULES = [g_commerce, g_identity, g_flags_analytics, g_documents, g_travel_tax, g_agents, g_evasion, g_neg]

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
ID_RE = re.compile(r"^([a-z_]+)\.([a-z0-9_]+)\.([pn])(\d{2})$")
KEYS = ["id", "group", "form", "text", "secrets"]


def validate(cases):
    errors = []
    seen = set()
    for i, c in enumerate(cases):
        where = c.get("id", "#%d" % i)
        if list(c.keys()) != KEYS:
            errors.append("%s: keys %r" % (where, list(c.keys())))
            continue
        if c["id"] in seen:
            errors.append("%s: duplicate id" % where)
        seen.add(c["id"])
        m = ID_RE.match(c["id"])
        if not m:
            errors.append("%s: bad id shape" % where)
            continue
        group, form, kind = m.group(1), m.group(2), m.group(3)
        if c["group"] != group or c["form"] != "%s/%s" % (group, form):
            errors.append("%s: group/form mismatch (%s, %s)" % (where, c["group"], c["form"]))
        text, secrets = c["text"], c["secrets"]
        if not isinstance(text, str) or not text.strip():
            errors.append("%s: empty text" % where)
            continue
        if not isinstance(secrets, list) or not all(isinstance(s, str) and s for s in secrets):
            errors.append("%s: secrets must be a list of non-empty strings" % where)
            continue
        if kind == "p":
            if not secrets:
                errors.append("%s: positive without secrets" % where)
            for s in secrets:
                n = text.count(s)
                if n == 0:
                    errors.append("%s: secret not verbatim in text: %r" % (where, s[:60]))
                elif len(s) < 8 and n != 1:
                    errors.append("%s: short secret %r occurs %d times" % (where, s, n))
        else:
            if secrets:
                errors.append("%s: negative with secrets" % where)
            for rx, what in ((EMAIL_RE, "email"), (IPV4_RE, "IPv4")):
                hit = rx.search(text)
                if hit:
                    errors.append("%s: negative contains %s literal %r" % (where, what, hit.group(0)))
    return errors


def self_test():
    """Sanity-check the check-digit helpers against known-good values."""
    assert common.luhn_ok("4111111111111111")
    assert common.luhn_ok("046454286")  # documented sample SIN
    assert common.iban_ok("DE89370400440532013000")
    assert common.iban_ok("GB82WEST12345698765432")
    assert common.mrz_check("L898902C3") == "6"
    assert common.mrz_check("740812") == "2"
    assert common.verhoeff_digit("236") == "3"
    tfn = "123456782"
    assert sum(int(d) * w for d, w in zip(tfn, common.TFN_W)) % 11 == 0
    assert common.vin.__name__ == "vin"
    # VIN check digit on a documented example: 1M8GDM9AXKP042788
    v = "1M8GDM9AXKP042788"
    tot = sum(common._VIN_T[ch] * common._VIN_W[i] for i, ch in enumerate(v))
    assert ("X" if tot % 11 == 10 else str(tot % 11)) == v[8]


def main():
    self_test()
    cases = []
    for mod in MODULES:
        got = mod.build()
        for c in got:
            if c["group"] != mod.GROUP:
                raise SystemExit("module %s produced group %s" % (mod.__name__, c["group"]))
        cases.extend(got)
    errors = validate(cases)
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        raise SystemExit("%d validation error(s); nothing written" % len(errors))

    if "--check" not in sys.argv:
        with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
            for c in cases:
                f.write(json.dumps(c, ensure_ascii=False) + "\n")

    print("%-18s %5s %5s %5s" % ("group", "pos", "neg", "total"))
    tp = tn = 0
    for mod in MODULES:
        p = sum(1 for c in cases if c["group"] == mod.GROUP and c["secrets"])
        n = sum(1 for c in cases if c["group"] == mod.GROUP and not c["secrets"])
        tp += p
        tn += n
        print("%-18s %5d %5d %5d" % (mod.GROUP, p, n, p + n))
    print("%-18s %5d %5d %5d" % ("TOTAL", tp, tn, tp + tn))
    print("negative share: %.1f%%" % (100.0 * tn / (tp + tn)))


if __name__ == "__main__":
    main()
