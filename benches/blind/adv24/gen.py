#!/usr/bin/env python3
"""Build the adversarial set: every group twice (determinism check), validate, write cases.jsonl + README.md."""
import importlib
import json
import os
import random
import re
import sys

# The value generators (token formats, national IDs, IBANs, cards) are
# adv23's, unchanged: `common` and `common_pii` come from there.
sys.path.insert(1, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "adv23"))

from common import Collector, SHAPES
from common_pii import luhn_ok

GROUPS = ["dumps", "office", "obfuscated_code", "pii_docs", "negatives"]
GROUPS_PRESENT = [g for g in GROUPS if __import__("os").path.exists("g_%s.py" % g)]

KEYS = ["id", "group", "form", "text", "secrets"]
ID_RE = re.compile(r"^([a-z_]+)\.([a-z0-9_]+)\.([pn])(\d{2,})$")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")
# real-format secret shapes that must never occur in a negative
SECRET_RES = [re.compile(p) for p in [
    r"\bAKIA[A-Z2-7]{16}\b", r"\bASIA[A-Z2-7]{16}\b", r"\bgh[pousr]_[A-Za-z0-9]{36}\b", r"github_pat_\w{82}",
    r"glpat-[\w-]{20}", r"xox[abpre]-\d", r"\bsk_(live|test)_[A-Za-z0-9]{20,}", r"\brk_live_",
    r"whsec_[A-Za-z0-9]{20,}", r"SG\.[\w-]{22}\.[\w-]{43}", r"sk-ant-(api|admin)\d\d-", r"sk-proj-[\w-]{20,}",
    r"\bsk-[A-Za-z0-9]{20}T3BlbkFJ", r"\bhf_[A-Za-z]{34}\b", r"\bgsk_[A-Za-z0-9]{52}\b", r"\bnpm_[A-Za-z0-9]{36}\b",
    r"pypi-AgE", r"dckr_pat_", r"AIza[\w-]{35}", r"ya29\.", r"-----BEGIN [A-Z ]*PRIVATE KEY",
    r"\beyJ[\w-]{10,}\.eyJ[\w-]{10,}\.[\w-]{10,}", r"hooks\.slack\.com/services/T", r"discord(app)?\.com/api/webhooks/\d",
    r"://[^/\s:@]+:(?![$<{*%])[^/\s@]{3,}@", r"\bAC[0-9a-f]{32}\b", r"shpat_[0-9a-f]{32}", r"dop_v1_[0-9a-f]{64}",
    r"\bglsa_", r"\bhvs\.[A-Za-z0-9]{24}", r"AccountKey=[A-Za-z0-9+/]{40,}", r"SharedAccessKey=[A-Za-z0-9+/]{20,}",
    r"\bsig=[A-Za-z0-9%+/]{30,}", r"\bAGE-SECRET-KEY-1", r"\bEAAA[\w-]{60}", r"\bsq0csp-",
    r"\bNRAK-[A-Z0-9]{27}\b", r"\bsntry[su]_", r"\bpat-na1-", r"\blin_api_", r"\bntn_\d", r"\bfigd_",
    r"\bPMAK-", r"\bglc_eyJ", r"\bATATT3", r"\bATBB[A-Za-z0-9]{32}", r"\bdapi[0-9a-f]{32}", r"\bsbp_[0-9a-f]{40}",
    r"\bSK[0-9a-f]{32}\b", r"\bnpm_[A-Za-z0-9]{20,}", r"c2tfbGl2ZV8", r"Z2hwX", r"QUtJQ", r"\\x73\\x6b", r"736b5f6c697665",
    r"\bxox[bp]-", r"\bsk_live_",
]]


UNSURE = [
    "GitHub/npm checksum suffix: CRC32 of the 30-char body, base62 with alphabet 0-9A-Za-z, left-padded to 6 "
    "(alphabet order and whether the prefix is hashed are not publicly documented).",
    "Newer formats with little public documentation: Heroku `HRKU-AA…` (58 chars after), Pinecone `pcsk_<5>_<63>`, "
    "Together `tgp_v1_<43>`, Cerebras `csk-<48>`, Tavily `tvly-dev-<32>`, AWS Bedrock `ABSK<base64>`, "
    "Doppler `dp.st.<config>.<40>`, Artifactory `AKCp8<68>`, Atlassian `ATATT3xFfGF0…=<8 hex>` length.",
    "OpenAI `sk-proj-`/`sk-svcacct-` body lengths (74 + `T3BlbkFJ` + 74); Anthropic body (93 + `AA`).",
    "Azure DevOps PATs use the legacy 52-char base32 form, not the newer 84-char form.",
    "Salesforce session ids, Intercom `dG9rOj…` tokens, Facebook `EAAG…` token length, Sentry `sntrys_` payload fields.",
    "MX CURP check digit uses the widely published weighting (18..2 over 0-9A-NÑO-Z); some example CURPs in "
    "public docs do not validate with it. Indonesian NIK and Korean bank-account numbers have structure but no check digit.",
    "PEM/OpenSSH/PGP keys have valid DER / openssh-key-v1 / OpenPGP framing (and a correct CRC-24 armour checksum) "
    "but random key material, so they do not form mathematically consistent keys.",
]

NOTES = [
    "Helpers: common.py and common_pii.py (secret-shape and national-ID generators) are reused unchanged from adv23; "
    "dumpfmt.py (xxd / hexdump -C rendering, quoted-printable and iCalendar folding, split-piece listing) is new. "
    "All cases, contexts and group generators are new.",
    "Split values (hexdump ASCII column, docx/pptx runs, QP soft breaks, ics folding, PDF column wrap, + concatenation) "
    "list every visible piece of >= 6 chars; pieces shorter than 6 chars (e.g. `sk_` at the end of a dump line) are not listed.",
    "Encoded-only values are listed as written: hex literal of bytes.fromhex, \\x escape literal, base64 constants/atob, "
    "reversed string literal, HTTP Basic / SMTP AUTH PLAIN base64, base64 attachment line. The hex column of dumps is not listed.",
    "XML/RTF values are listed in their escaped form (&amp;, \\\\, \\'e9).",
    "Every plain e-mail address in a positive is listed. IPv4 addresses in positives (strace, tcpdump, Redis MONITOR) are not listed.",
    "Not listed: Twilio Account SID (AC...), Azure tenant/client ids, VAT ids of suppliers, invoice numbers, start dates, "
    "personnel numbers, Zoom meeting ids.",
    "Negatives additionally checked: no 15-19 digit Luhn-valid number (the Luhn-invalid order ids are deliberate).",
]


def lines_of(text):
    return text.count("\n") + 1


def build_group(name):
    mod = importlib.import_module("g_" + name)
    out = []
    for _ in range(2):
        c = Collector(name, random.Random(mod.SEED))
        mod.build(c)
        out.append(c.cases)
    a, b = out
    assert json.dumps(a, ensure_ascii=False) == json.dumps(b, ensure_ascii=False), "group %s not deterministic" % name
    return mod, a


def validate(cases):
    errors = []
    seen_ids, seen_texts = set(), {}
    for case in cases:
        cid = case.get("id")
        if list(case.keys()) != KEYS:
            errors.append("%s: key order %s" % (cid, list(case.keys())))
        m = ID_RE.match(cid or "")
        if not m:
            errors.append("%s: bad id" % cid)
            continue
        grp, form, kind, _ = m.groups()
        if grp != case["group"] or case["form"] != "%s/%s" % (grp, form):
            errors.append("%s: group/form mismatch" % cid)
        if cid in seen_ids:
            errors.append("%s: duplicate id" % cid)
        seen_ids.add(cid)
        text = case["text"]
        if text in seen_texts:
            errors.append("%s: duplicate text of %s" % (cid, seen_texts[text]))
        seen_texts[text] = cid
        n = lines_of(text)
        if not 2 <= n <= 30:
            errors.append("%s: %d lines" % (cid, n))
        if text != text.strip("\n") or "\r" in text:
            errors.append("%s: leading/trailing newline or CR" % cid)
        secrets = case["secrets"]
        if kind == "p":
            if not secrets:
                errors.append("%s: positive without secrets" % cid)
            for s in secrets:
                if len(s) < 6:
                    errors.append("%s: short secret %r" % (cid, s))
                if s not in text:
                    errors.append("%s: secret not in text %r" % (cid, s))
            masked = text
            for s in sorted(secrets, key=len, reverse=True):
                masked = masked.replace(s, "[REDACTED]")
            for s in secrets:
                if s in masked:
                    errors.append("%s: secret survives masking %r" % (cid, s))
        else:
            if secrets:
                errors.append("%s: negative with secrets" % cid)
            if EMAIL_RE.search(text):
                errors.append("%s: negative has e-mail %r" % (cid, EMAIL_RE.search(text).group()))
            if IPV4_RE.search(text):
                errors.append("%s: negative has IPv4 %r" % (cid, IPV4_RE.search(text).group()))
            for mm in re.finditer(r"(?<![0-9A-Za-z])\d{4}(?:[ -]?\d{4}){2}[ -]?\d{1,7}(?![0-9A-Za-z])", text):
                dg = re.sub(r"\D", "", mm.group())
                if 15 <= len(dg) <= 19 and luhn_ok(dg):
                    errors.append("%s: negative has Luhn-valid number %r" % (cid, mm.group()))
            for rx in SECRET_RES:
                mm = rx.search(text)
                if mm:
                    errors.append("%s: negative has secret shape %r" % (cid, mm.group()))
    return errors


def readme(mods, cases):
    by = {}
    for c in cases:
        by.setdefault(c["group"], []).append(c)
    tot_p = sum(1 for c in cases if c["secrets"])
    tot_n = len(cases) - tot_p
    tot_s = sum(len(c["secrets"]) for c in cases)
    out = ["# adv24 — blind adversarial set for a secret/PII redactor", "",
           "Generated by `python3 gen.py` (Python 3 standard library only, fully deterministic: each group builds with",
           "its own `random.Random(SEED)`, is built twice, and the two builds must be byte-identical).", "",
           "Totals: **%d cases** — %d positives, %d negatives, %d listed secrets." % (len(cases), tot_p, tot_n, tot_s), "",
           "## Format", "",
           "`cases.jsonl`, one JSON object per line (UTF-8, `ensure_ascii=False`), keys in this order:", "",
           "* `id` — `<group>.<form>.pNN` (positive) or `<group>.<form>.nNN` (negative); counters run per group.",
           "* `group` — one of the groups below.",
           "* `form` — `<group>/<form>`.",
           "* `text` — the input (2–30 lines).",
           "* `secrets` — exact substrings of `text` (each ≥ 6 chars) that must disappear; `[]` for negatives.", "",
           "## Pass rule", "",
           "* **Positive**: passes when *none* of the listed strings occurs anywhere in the tool's output. Partial masking",
           "  that leaves a listed substring intact fails. Short values that cannot stand alone (names, CVVs, PINs) are",
           "  listed together with their label (`cvv 123`); names are listed as the labelled full name.",
           "  PEM/OpenSSH/PGP keys list the first, middle and last body lines. Split, encoded or Unicode-altered values are",
           "  listed exactly as they appear (each piece of a split value separately; base64 / percent-encoded forms as written).",
           "* **Negative**: passes only when the output is byte-identical to the input. Negatives contain no e-mail address,",
           "  no IPv4 address and no real-format secret (checked by `gen.py`).", "",
           "## Checks done by gen.py", "",
           "key order; id pattern; unique ids; no duplicate texts; 2–30 lines per text; every secret occurs in its text and is",
           "≥ 6 chars; after masking all listed secrets none survives; negatives free of e-mails, IPv4 and known secret shapes;",
           "identical output across two builds.", "",
           "## Groups", ""]
    for name in GROUPS_PRESENT:
        mod = mods[name]
        cs = by[name]
        p = sum(1 for c in cs if c["secrets"])
        n = len(cs) - p
        s = sum(len(c["secrets"]) for c in cs)
        forms = list(dict.fromkeys(c["form"].split("/", 1)[1] for c in cs))
        out += ["### %s — %s" % (name, mod.TITLE), "",
                "positives **%d**, negatives **%d**, secrets **%d**, seed `%d`" % (p, n, s, mod.SEED), ""]
        out += ["* " + b for b in mod.COVERS]
        out += ["", "forms: " + ", ".join("`%s`" % f for f in forms), ""]
    out += ["## Secret generator shapes (common.py)", "",
            ", ".join("`%s`" % s for s in SHAPES), "",
            "Personal data (common_pii.py): US SSN, UK NINO, DE Steuer-ID (ISO 7064 MOD 11,10), FR NIR (+key),",
            "ES DNI/NIE, IT codice fiscale, NL BSN (11-proef), BE national number, PL PESEL, SE personnummer, DK CPR (mod 11),",
            "NO fødselsnummer (two mod-11 digits), FI HETU, BR CPF/CNPJ, MX CURP, IN Aadhaar (Verhoeff)/PAN, CN resident ID,",
            "JP My Number, KR RRN, AU TFN/Medicare, CA SIN, ZA ID, IL Teudat Zehut, TR TC Kimlik, CH AHV (EAN-13),",
            "PT NIF, GR AMKA, UA RNOKPP, ID NIK; ICAO 9303 MRZ (TD1/TD3); Luhn-valid cards (Visa, MC, Amex, Discover,",
            "JCB, UnionPay, Mir, Troy, RuPay, Elo); IBANs mod-97 valid with national check digits for FR (RIB key),",
            "ES (DC), IT (CIN), BE, NO, PT (NIB), PL (sort-code digit), FI (Luhn).", "",
            "## Shapes the author was unsure of", ""]
    out += ["* " + u for u in UNSURE]
    out += ["", "## Interpretation notes", ""]
    out += ["* " + u for u in NOTES]
    return "\n".join(out) + "\n"


def main():
    only = sys.argv[1:]
    mods, cases = {}, []
    for name in (only or GROUPS_PRESENT):
        mod, cs = build_group(name)
        mods[name] = mod
        cases += cs
    errors = validate(cases)
    if errors:
        for e in errors:
            print("ERROR", e)
        print("%d errors" % len(errors))
        sys.exit(1)
    if only:
        for c in cases:
            print(c["id"], c["secrets"][:1])
        return
    with open("cases.jsonl", "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open("README.md", "w", encoding="utf-8") as f:
        f.write(readme(mods, cases))
    for name in GROUPS_PRESENT:
        cs = [c for c in cases if c["group"] == name]
        p = sum(1 for c in cs if c["secrets"])
        print("%-13s positives %3d  negatives %3d  secrets %3d" % (name, p, len(cs) - p, sum(len(c["secrets"]) for c in cs)))
    print("total cases %d, secrets %d" % (len(cases), sum(len(c["secrets"]) for c in cases)))


if __name__ == "__main__":
    main()
