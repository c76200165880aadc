#!/usr/bin/env python3
"""Run a blind adversarial set against a redactor binary.

usage: python3 benches/blind/run.py BIN [SET] [--show] [--cases FILE]

SET is adv6 ... adv12 (default adv8): its cases.jsonl is read.

For each case, runs `BIN redact` with the case text on stdin (10 s timeout).
  * positive case (non-empty "secrets"): passes when the process finished
    within the timeout, produced non-empty stdout, and none of the listed
    secret strings occurs in stdout.
  * negative case ("secrets": []): passes when stdout equals stdin, ignoring
    differences in trailing newlines.
Prints pass counts per form and per group, an OVERALL line and the failing ids.
With --show, also prints each failing case's input and output.
"""
import json
import os
import subprocess
import sys

TIMEOUT = 10


def pct(a, b):
    return "%.1f%%" % (100.0 * a / b) if b else "n/a"


def frac(a, b):
    return "%d/%d" % (a, b) if b else "-"


def run_case(binp, text):
    """Return (stdout or None, returncode or None, note)."""
    try:
        r = subprocess.run([binp, "redact"], input=text.encode("utf-8"),
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return None, None, "timeout after %ds" % TIMEOUT
    out = r.stdout.decode("utf-8", errors="replace")
    note = ""
    if r.returncode != 0:
        err = r.stderr.decode("utf-8", errors="replace").strip()
        note = "exit status %d%s" % (r.returncode, (": " + err[:300]) if err else "")
    return out, r.returncode, note


def main(argv):
    show = False
    here = os.path.dirname(os.path.abspath(__file__))
    cases_path = os.path.join(here, "adv8", "cases.jsonl")
    rest = []
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--show":
            show = True
        elif a == "--cases" and i + 1 < len(argv):
            cases_path = argv[i + 1]
            i += 1
        elif a.startswith("--cases="):
            cases_path = a.split("=", 1)[1]
        else:
            rest.append(a)
        i += 1
    if len(rest) == 2:
        cases_path = os.path.join(here, rest.pop(), "cases.jsonl")
    if len(rest) != 1:
        print("usage: python3 run.py BIN [SET] [--show] [--cases FILE]", file=sys.stderr)
        return 2
    binp = rest[0]
    if os.sep not in binp and not os.path.exists(binp):
        pass  # resolved through PATH by subprocess
    elif not os.path.exists(binp):
        print("no such binary: %s" % binp, file=sys.stderr)
        return 2

    with open(cases_path, encoding="utf-8") as f:
        cases = [json.loads(l) for l in f if l.strip()]

    # per key: [pos_pass, pos_total, neg_pass, neg_total]
    by_form, by_group = {}, {}
    failing = []
    tot = [0, 0, 0, 0]
    nonzero = 0
    for c in cases:
        text, secrets = c["text"], c["secrets"]
        out, rc, note = run_case(binp, text)
        if rc not in (None, 0):
            nonzero += 1
        positive = bool(secrets)
        if positive:
            if out is None:
                ok, why = False, note
            elif out.strip() == "" and text.strip() != "":
                ok, why = False, "empty output" + (" (%s)" % note if note else "")
            else:
                left = [s for s in secrets if s in out]
                ok = not left
                why = "still present: " + ", ".join(repr(s) for s in left) if left else ""
        else:
            if out is None:
                ok, why = False, note
            else:
                ok = out.rstrip("\r\n") == text.rstrip("\r\n")
                why = "" if ok else "output differs from input" + (" (%s)" % note if note else "")
        form = c["form"]
        group = form.split("/", 1)[0]
        for table, key in ((by_form, form), (by_group, group)):
            row = table.setdefault(key, [0, 0, 0, 0])
            base = 0 if positive else 2
            row[base + 1] += 1
            row[base] += 1 if ok else 0
        base = 0 if positive else 2
        tot[base + 1] += 1
        tot[base] += 1 if ok else 0
        if not ok:
            failing.append((c, out, why))

    w = max(len(k) for k in by_form) + 2
    print("per form:")
    for k in sorted(by_form):
        r = by_form[k]
        print("  %-*s positives %-6s negatives %-6s" % (w, k, frac(r[0], r[1]), frac(r[2], r[3])))
    print()
    print("per group:")
    for k in sorted(by_group):
        r = by_group[k]
        print("  %-9s positives %s (%s)  negatives %s (%s)" % (
            k, frac(r[0], r[1]), pct(r[0], r[1]), frac(r[2], r[3]), pct(r[2], r[3])))
    print()
    if nonzero:
        print("note: %d case(s) exited with a non-zero status" % nonzero)
    print("OVERALL positives fully redacted %d/%d (%s), negatives unchanged %d/%d (%s)" % (
        tot[0], tot[1], pct(tot[0], tot[1]), tot[2], tot[3], pct(tot[2], tot[3])))
    print("failing ids: " + (" ".join(c["id"] for c, _, _ in failing) if failing else "(none)"))

    if show and failing:
        for c, out, why in failing:
            print()
            print("=" * 78)
            print("%s  [%s]  %s" % (c["id"], c["form"], why))
            print("--- input " + "-" * 68)
            print(c["text"])
            print("--- output " + "-" * 67)
            print(out if out is not None else "<no output>")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
