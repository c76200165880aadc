"""Build the adv22 blind adversarial set deterministically and write cases.jsonl."""
import importlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

GROUPS = ["llm_payloads", "build_artifacts", "unicode_tricks", "log_lake", "support_pii",
          "prose_credentials", "code_literals", "neg"]

ID_RE = re.compile(r"^[a-z0-9_]+\.[a-z0-9_]+\.[pn]\d{2,}$")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")


def masked(text, secrets):
    out = text
    for s in sorted(secrets, key=len, reverse=True):
        out = out.replace(s, "\x00")
    return out


def validate(cases):
    seen_ids, seen_text = set(), set()
    for c in cases:
        assert list(c) == ["id", "group", "form", "text", "secrets"], c["id"]
        cid = c["id"]
        assert ID_RE.match(cid), cid
        assert cid not in seen_ids, "duplicate id " + cid
        seen_ids.add(cid)
        assert c["text"] not in seen_text, "duplicate text " + cid
        seen_text.add(c["text"])
        grp, form, tag = cid.split(".")
        assert grp == c["group"] and c["form"] == "%s/%s" % (grp, form), cid
        assert isinstance(c["text"], str) and c["text"].strip(), cid
        lines = c["text"].count("\n") + 1
        assert 2 <= lines <= 30, (cid, lines)
        if tag.startswith("n"):
            assert c["secrets"] == [], cid
            assert not EMAIL_RE.search(c["text"]), ("negative contains an email", cid)
            assert not IPV4_RE.search(c["text"]), ("negative contains an IPv4", cid, IPV4_RE.search(c["text"]).group(0))
        else:
            assert c["secrets"], cid
            assert len(set(c["secrets"])) == len(c["secrets"]), ("repeated secret", cid)
            for s in c["secrets"]:
                assert isinstance(s, str) and len(s) >= 6, (cid, s)
                assert s in c["text"], ("secret not in text", cid, s)
            rest = masked(c["text"], c["secrets"])
            for s in c["secrets"]:
                assert s not in rest, ("secret survives in non-secret part", cid, s)


def main():
    all_cases = []
    print("%-18s %5s %5s %6s  seed" % ("group", "pos", "neg", "secr"))
    for grp in GROUPS:
        mod = importlib.import_module("g_" + grp)
        cases = mod.build()
        again = mod.build()
        assert cases == again, "non-deterministic group " + grp
        for c in cases:
            assert c["group"] == grp
        npos = sum(1 for c in cases if c["secrets"])
        nneg = len(cases) - npos
        nsec = sum(len(c["secrets"]) for c in cases)
        print("%-18s %5d %5d %6d  %d" % (grp, npos, nneg, nsec, mod.SEED))
        all_cases.extend(cases)
    validate(all_cases)
    out = os.path.join(HERE, "cases.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for c in all_cases:
            fh.write(json.dumps({k: c[k] for k in ("id", "group", "form", "text", "secrets")}, ensure_ascii=False) + "\n")
    npos = sum(1 for c in all_cases if c["secrets"])
    print("%-18s %5d %5d %6d" % ("total", npos, len(all_cases) - npos, sum(len(c["secrets"]) for c in all_cases)))
    print("wrote", out)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        GROUPS[:] = sys.argv[1:]
    main()
