#!/usr/bin/env python3
"""Blind adversarial test set adv10 for scrubline.

Written without looking at the library's source, rules, tests or earlier
sets.  Deterministic (fixed seed), stdlib only.  Writes cases.jsonl next to
this file.

Case schema: {"id", "form", "text", "secrets"}; negatives have secrets == []
and an id ending in .nNN.
"""
import base64
import csv
import io
import json
import os
import random
import re
import string
import unicodedata
import uuid as _uuid

SEED = 20261205
R = random.Random(SEED)

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HEX = "0123456789abcdef"
URLSAFE = AN + "-_"
B64 = AN + "+/"


# ---------------------------------------------------------------- helpers
def rs(n, alpha=AN):
    """Random string; never degenerate, never contains 'example'."""
    while True:
        s = "".join(R.choice(alpha) for _ in range(n))
        if n >= 6 and len(set(s)) < min(n // 2, 6):
            continue
        if "example" in s.lower() or "xxxx" in s.lower():
            continue
        if n >= 12 and alpha in (AN, URLSAFE, B64) and not (
            any(c.isupper() for c in s) and any(c.islower() for c in s) and any(c.isdigit() for c in s)
        ):
            continue
        return s


def hx(n):
    return rs(n, HEX)


def dg(n, first="123456789"):
    return R.choice(first) + "".join(R.choice(DG) for _ in range(n - 1))


def dg_nl(n):
    """Digits that do NOT pass Luhn (for look-alike negatives)."""
    while True:
        v = dg(n)
        if not luhn_ok(v):
            return v


def uid():
    return str(_uuid.UUID(int=R.getrandbits(128), version=4))


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(b):
    if isinstance(b, str):
        b = b.encode()
    return base64.b64encode(b).decode()


def b64u(b):
    if isinstance(b, str):
        b = b.encode()
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def T(tmpl, **kw):
    """Template with @@name@@ markers (avoids brace escaping)."""
    out = tmpl
    for k, v in kw.items():
        out = out.replace("@@" + k + "@@", str(v))
    assert "@@" not in out, re.findall(r"@@\w+@@", out)
    return out.strip("\n")


SYM = "!*-_+=^~"
WORDS = ["kestrel", "marble", "harbor", "violet", "copper", "lantern", "orchid", "glacier",
         "falcon", "saffron", "thistle", "meadow", "quartz", "ember", "juniper", "cobalt",
         "tundra", "walnut", "pebble", "sparrow", "monsoon", "basalt", "heron", "clover"]


def pw(style=None, urlsafe=False):
    style = R.randrange(4) if style is None else style
    sym = "-_~" if urlsafe else SYM
    while True:
        if style == 0:
            s = "".join(R.choice(AN + sym) for _ in range(R.randint(12, 18)))
        elif style == 1:
            s = (R.choice(WORDS).capitalize() + R.choice(sym) + R.choice(WORDS).capitalize()
                 + str(R.randint(10, 9999)) + R.choice(sym))
        elif style == 2:
            s = rs(R.randint(20, 28), AN)
        else:
            s = rs(4, UP) + R.choice(sym) + rs(5, LO + DG) + R.choice(sym) + rs(4, AN)
        if style in (0, 3) and not any(c in sym for c in s):
            continue
        if not any(c.isdigit() for c in s) or not any(c.isalpha() for c in s):
            continue
        if "example" in s.lower():
            continue
        return s


# ---------------------------------------------------------------- token shapes
def aws_akid(prefix="AKIA"):
    return prefix + rs(16, UP + "234567")


def aws_secret():
    return rs(40, B64)


def ghp():
    return "ghp_" + rs(36)


def gho():
    return "gho_" + rs(36)


def ghs():
    return "ghs_" + rs(36)


def gh_pat():
    return "github_pat_11" + rs(20, UP + DG) + "_" + rs(59)


def slack_bot():
    return f"xoxb-{dg(12)}-{dg(13)}-{rs(24)}"


def slack_user():
    return f"xoxp-{dg(12)}-{dg(12)}-{dg(13)}-{hx(32)}"


def slack_hook():
    tok = rs(24)
    return f"https://hooks.slack.com/services/T{rs(8, UP + DG)}/B{rs(10, UP + DG)}/{tok}", tok


def stripe_sk():
    return "sk_live_51" + rs(97)


def stripe_rk():
    return "rk_live_51" + rs(97)


def stripe_whsec():
    return "whsec_" + rs(32)


def openai_proj():
    return "sk-proj-" + rs(74, URLSAFE) + "T3BlbkFJ" + rs(74, URLSAFE)


def openai_legacy():
    return "sk-" + rs(20) + "T3BlbkFJ" + rs(20)


def anthropic():
    return "sk-ant-api03-" + rs(93, URLSAFE) + "AA"


def google_key():
    return "AIzaSy" + rs(33, URLSAFE)


def glpat():
    return "glpat-" + rs(20, URLSAFE)


def npm_tok():
    return "npm_" + rs(36)


def pypi_tok():
    return "pypi-AgEIcHlwaS5vcmc" + rs(R.randint(140, 170), URLSAFE)


def sendgrid():
    return "SG." + rs(22, URLSAFE) + "." + rs(43, URLSAFE)


def twilio_sid():
    return "AC" + hx(32)


def twilio_sk():
    return "SK" + hx(32)


def azure_key():
    return b64(rbytes(64))


def hf_tok():
    return "hf_" + rs(34, UP + LO)


def discord_bot():
    return b64u(dg(18)) + "." + rs(6, URLSAFE) + "." + rs(38, URLSAFE)


def discord_hook():
    tok = rs(68, URLSAFE)
    return f"https://discord.com/api/webhooks/{dg(19)}/{tok}", tok


def teams_hook(tenant):
    h, sig = hx(32), "V2" + rs(43, URLSAFE)
    url = (f"https://{tenant}.webhook.office.com/webhookb2/{uid()}@{uid()}/IncomingWebhook/"
           f"{h}/{uid()}/{sig}")
    return url, h, sig


def shopify():
    return "shpat_" + hx(32)


def do_tok():
    return "dop_v1_" + hx(64)


def vault_tok():
    return "hvs.CAESI" + rs(R.randint(80, 90), URLSAFE)


def databricks():
    return "dapi" + hx(32)


def atlassian():
    return "ATATT3xFfGF0" + rs(176, URLSAFE) + "=" + rs(8, UP + DG)


def postman():
    return f"PMAK-{hx(24)}-{hx(34)}"


def newrelic():
    return "NRAK-" + rs(27, UP + DG)


def grafana_sa():
    return "glsa_" + rs(32) + "_" + hx(8)


def telegram():
    return f"{dg(10)}:AA{rs(33, URLSAFE)}"


def age_key():
    return "AGE-SECRET-KEY-1" + rs(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")


def linear():
    return "lin_api_" + rs(40)


def notion():
    return "ntn_" + dg(11) + rs(35)


def mailgun():
    return "key-" + hx(32)


def sentry_user():
    return "sntryu_" + hx(64)


def doppler():
    return "dp.st.prd." + rs(43)


def square():
    return "EAAA" + rs(60, URLSAFE)


def fb_token():
    return "EAAG" + rs(R.randint(170, 200))


def okta():
    return "00" + rs(40, URLSAFE)


def ya29():
    return "ya29.a0" + rs(R.randint(150, 190), URLSAFE)


def azure_client_secret():
    return rs(3) + "8Q~" + rs(34, AN + "~._-")


def gocspx():
    return "GOCSPX-" + rs(28, URLSAFE)


def cratesio():
    return "cio" + rs(32)


def tfc():
    return rs(14) + ".atlasv1." + rs(67)


def bitbucket_app():
    return "ATBB" + rs(28) + hx(8).upper()


def django_secret():
    return rs(50, LO + DG + "!@#%^&*(-_=+)")


def pulumi():
    return "pul-" + hx(40)


def fcm_key():
    return "AAAA" + rs(7, URLSAFE) + ":APA91b" + rs(134, URLSAFE)


def mapbox_sk(user):
    return "sk." + b64u(json.dumps({"u": user, "a": "cl" + rs(23, LO + DG)}, separators=(",", ":"))) + "." + rs(22, URLSAFE)


def jwt(payload, alg="HS256", kid=None):
    hdr = {"alg": alg, "typ": "JWT"}
    if kid:
        hdr = {"alg": alg, "kid": kid}
    h = b64u(json.dumps(hdr, separators=(",", ":")))
    p = b64u(json.dumps(payload, separators=(",", ":")))
    s = b64u(rbytes(32 if alg.startswith("HS") else 256))
    return f"{h}.{p}.{s}"


def _wrap(s, n):
    return [s[i:i + n] for i in range(0, len(s), n)]


def rsa_pem_lines():
    der = bytes.fromhex("308204a40201000282010100") + rbytes(1180)
    return _wrap(b64(der), 64)


def pkcs8_pem_lines():
    der = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7") + rbytes(1191)
    return _wrap(b64(der), 64)


def ec_pem_lines():
    der = (bytes.fromhex("30770201010420") + rbytes(32)
           + bytes.fromhex("a00a06082a8648ce3d030107a144034200") + b"\x04" + rbytes(64))
    return _wrap(b64(der), 64)


def openssh_lines():
    raw = (b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01"
           b"\x00\x00\x003\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " + rbytes(32)
           + b"\x00\x00\x00\x88" + rbytes(8) + b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " + rbytes(32)
           + b"\x00\x00\x00@" + rbytes(64) + b"\x00\x00\x00\x0fdeploy@ci-runner\x01\x02\x03\x04\x05")
    return _wrap(b64(raw), 70)


def pem(label, lines):
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


def pick_lines(lines):
    """Two distinctive body lines (second and second-to-last full line)."""
    return [lines[1], lines[-2]]


# ---------------------------------------------------------------- PII
FIRST = ["Priya", "Jonas", "Amélie", "Hiroshi", "Lucas", "Siobhan", "Mateus", "Aisha", "Tomasz",
         "Elena", "Rahul", "Chloé", "Kenji", "Olivia", "Dmitri", "Fatima", "Liam", "Sofia",
         "Arjun", "Mei", "Henrik", "Valentina", "Oluwaseun", "Camille"]
LAST = ["Sharma", "Becker", "Laurent", "Tanaka", "Oliveira", "Brennan", "Kowalski", "Rossi",
        "Nguyen", "Fischer", "Dubois", "Yamamoto", "Patel", "Silva", "Murphy", "Haddad",
        "Lindqvist", "Moreau", "Okafor", "Schneider"]


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def person():
    return R.choice(FIRST), R.choice(LAST)


def email(first=None, last=None, domain=None):
    if first is None:
        first, last = person()
    domain = domain or R.choice(["gmail.com", "outlook.com", "yahoo.co.uk", "gmx.de", "web.de",
                                 "orange.fr", "icloud.com", "proton.me", "hotmail.com"])
    style = R.randrange(3)
    f, l = ascii_fold(first).lower(), ascii_fold(last).lower()
    if style == 0:
        local = f"{f}.{l}"
    elif style == 1:
        local = f"{f[0]}{l}{R.randint(1, 99)}"
    else:
        local = f"{f}_{l[:3]}"
    return f"{local}@{domain}"


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


def luhn_complete(prefix, length):
    while True:
        body = prefix + "".join(R.choice(DG) for _ in range(length - len(prefix) - 1))
        for c in DG:
            if luhn_ok(body + c):
                cand = body + c
                if len(set(cand)) >= 5:
                    return cand


def card(kind="visa"):
    if kind == "visa":
        return luhn_complete("4" + dg(5, "0123456789"), 16)
    if kind == "mc":
        return luhn_complete(R.choice(["51", "52", "53", "54", "55"]) + dg(4, "0123456789"), 16)
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]) + dg(4, "0123456789"), 15)
    if kind == "discover":
        return luhn_complete("6011" + dg(2, "0123456789"), 16)
    if kind == "jcb":
        return luhn_complete("35" + str(R.randint(28, 89)), 16)
    raise ValueError(kind)


def card_fmt(num, sep=" "):
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(_wrap(num, 4))


def iban_make(cc, bban):
    rearr = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in rearr))
    return f"{cc}{98 - n % 97:02d}{bban}"


def iban_ok(s):
    s = s.replace(" ", "")
    rearr = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in rearr)) % 97 == 1


def iban(cc):
    if cc == "DE":
        bban = dg(8) + dg(10, DG)
    elif cc == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dg(6) + dg(8, DG)
    elif cc == "FR":
        bank, branch, acct = dg(5), dg(5, DG), dg(11, DG)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
        bban = f"{bank}{branch}{acct}{key:02d}"
    elif cc == "ES":
        bank, branch, acct = dg(4), dg(4, DG), dg(10, DG)
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

        def ctl(ten):
            d = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
            return 0 if d == 11 else (1 if d == 10 else d)
        bban = f"{bank}{branch}{ctl('00' + bank + branch)}{ctl(acct)}{acct}"
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB"]) + dg(10, DG)
    elif cc == "IT":
        bban = R.choice(UP) + dg(5, DG) + dg(5, DG) + dg(12, DG)
    elif cc == "BE":
        first = dg(10)
        chk = int(first) % 97 or 97
        bban = f"{first}{chk:02d}"
    elif cc == "CH":
        bban = dg(5, DG) + dg(12, DG)
    else:
        raise ValueError(cc)
    out = iban_make(cc, bban)
    assert iban_ok(out)
    return out


def iban_sp(s):
    return " ".join(_wrap(s, 4))


def ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        g, s = R.randint(1, 99), R.randint(1, 9999)
        v = f"{a:03d}-{g:02d}-{s:04d}"
        if v in ("078-05-1120", "219-09-9999"):
            continue
        return v


def uk_nino():
    while True:
        a = R.choice("ABCEGHJKLMNOPRSTWXYZ")
        b = R.choice("ABCEGHJKLMNPRSTWXYZ")
        if a + b in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            continue
        d = dg(6, DG)
        return f"{a}{b} {d[:2]} {d[2:4]} {d[4:]} {R.choice('ABCD')}"


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 2, 4, 1],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar():
    body = dg(11, "23456789")
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    full = body + str(_VINV[c])
    c = 0
    for i, ch in enumerate(reversed(full)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    assert c == 0
    return f"{full[:4]} {full[4:8]} {full[8:]}"


def cpf():
    d = [int(x) for x in dg(9, DG)]
    s1 = sum(d[i] * (10 - i) for i in range(9)) * 10 % 11 % 10
    d.append(s1)
    s2 = sum(d[i] * (11 - i) for i in range(10)) * 10 % 11 % 10
    d.append(s2)
    x = "".join(map(str, d))
    return f"{x[:3]}.{x[3:6]}.{x[6:9]}-{x[9:]}"


def nhs():
    while True:
        d = [int(x) for x in dg(9, "3456789")]
        c = 11 - sum(d[i] * (10 - i) for i in range(9)) % 11
        if c == 10:
            continue
        c = 0 if c == 11 else c
        x = "".join(map(str, d)) + str(c)
        return f"{x[:3]} {x[3:6]} {x[6:]}"


def sin_ca():
    n = luhn_complete(R.choice("1234567"), 9)
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def ipv4():
    while True:
        a = R.randint(23, 223)
        b, c, d = R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)
        if a in (10, 127, 100, 169, 172, 192, 198, 203):
            continue
        return f"{a}.{b}.{c}.{d}"


def ipv6():
    return R.choice(["2a02:810d", "2a01:4f8", "2600:1700", "2804:14c", "2409:4042"]) + ":" + ":".join(
        format(R.getrandbits(16), "x") for _ in range(6))


def nanp():
    while True:
        a = R.choice("23456789") + R.choice("01234578") + R.choice(DG)
        b = R.choice("23456789") + dg(2, DG)
        if b == "555" or a[1:] == "11" or b[1:] == "11":
            continue
        return a, b, dg(4, DG)


def phone(cc):
    if cc == "US":
        a, b, c = nanp()
        return f"+1 ({a}) {b}-{c}"
    if cc == "US_dom":
        a, b, c = nanp()
        return f"({a}) {b}-{c}"
    if cc == "US_dots":
        a, b, c = nanp()
        return f"{a}.{b}.{c}"
    if cc == "UK_mob":
        return f"+44 7{dg(3, DG)} {dg(6, DG)}"
    if cc == "UK_lon":
        return f"+44 20 {dg(4, '378')} {dg(4, DG)}"
    if cc == "UK_dom":
        return f"07{dg(3, DG)} {dg(6, DG)}"
    if cc == "DE":
        return f"+49 30 {dg(8)}"
    if cc == "DE_mob":
        return f"+49 {R.choice(['151', '160', '170', '171', '176'])} {dg(8)}"
    if cc == "DE_paren":
        return f"+49 (0)89 {dg(4)} {dg(3, DG)}"
    if cc == "FR":
        d = dg(8, DG)
        return f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"
    if cc == "FR_dom":
        d = dg(8, DG)
        return f"01 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}".replace(" ", ".")
    if cc == "IN":
        return f"+91 {dg(5, '6789')} {dg(5, DG)}"
    if cc == "JP":
        return f"+81 90-{dg(4)}-{dg(4, DG)}"
    if cc == "JP_dom":
        return f"03-{dg(4)}-{dg(4, DG)}"
    if cc == "AU":
        return f"+61 4{dg(2, DG)} {dg(3, DG)} {dg(3, DG)}"
    if cc == "AU_land":
        return f"+61 2 {dg(4, '89')} {dg(4, DG)}"
    if cc == "BR":
        return f"+55 (11) 9{dg(4)}-{dg(4, DG)}"
    if cc == "ES":
        d = dg(8, DG)
        return f"+34 6{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"
    if cc == "IT":
        return f"+39 3{dg(2, DG)} {dg(3, DG)} {dg(4, DG)}"
    if cc == "MX":
        return f"+52 55 {dg(4)} {dg(4, DG)}"
    if cc == "NL":
        return f"+31 6 {dg(8)}"
    raise ValueError(cc)


# ---------------------------------------------------------------- case registry
CASES = []
_COUNT = {}


def _add(group, form, text, secrets, negative):
    kind = "n" if negative else "p"
    k = (group, form, kind)
    _COUNT[k] = _COUNT.get(k, 0) + 1
    cid = f"{group}.{form}.{kind}{_COUNT[k]:02d}"
    CASES.append({"id": cid, "form": f"{group}/{form}", "text": text, "secrets": list(secrets)})


def pos(group, form, text, *secrets):
    assert secrets, (group, form)
    flat = []
    for s in secrets:
        if isinstance(s, (list, tuple)):
            flat.extend(s)
        else:
            flat.append(s)
    _add(group, form, text, flat, False)


def neg(group, form, text):
    _add(group, form, text, [], True)


def ts(day=None):
    day = day or R.randint(1, 4)
    return f"2026-12-{day:02d}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}"


# ======================================================================== dump
def g_dump():
    G = "dump"
    # --- pytest -l locals
    ak, sk = aws_akid(), aws_secret()
    bucket = R.choice(["acme-reports", "northwind-exports", "ledger-archive"])
    pos(G, "pytest_locals", T('''
CI keeps failing on this one and I can't reproduce locally, any idea why S3 says 403?

tests/integration/test_s3_upload.py F                                     [100%]

=================================== FAILURES ===================================
_________________________ test_upload_quarterly_report _________________________

s3_creds = {'key_id': '@@ak@@', 'region': 'eu-west-1', 'secret': '@@sk@@'}
tmp_path = PosixPath('/tmp/pytest-of-runner/pytest-31/test_upload_quarterly_report0')

    def test_upload_quarterly_report(s3_creds, tmp_path):
        report = tmp_path / "2026-q3.csv"
        report.write_text("id,total\\n")
        client = make_client(**s3_creds)
>       assert client.put("reports/2026-q3.csv", report) == 200
E       AssertionError: assert 403 == 200
E        +  where 403 = <bound method S3Client.put of <S3Client bucket='@@bucket@@'>>('reports/2026-q3.csv', PosixPath('/tmp/pytest-of-runner/pytest-31/test_upload_quarterly_report0/2026-q3.csv'))

client     = <S3Client bucket='@@bucket@@' region='eu-west-1'>
report     = PosixPath('/tmp/pytest-of-runner/pytest-31/test_upload_quarterly_report0/2026-q3.csv')
s3_creds   = {'key_id': '@@ak@@', 'region': 'eu-west-1', 'secret': '@@sk@@'}
tmp_path   = PosixPath('/tmp/pytest-of-runner/pytest-31/test_upload_quarterly_report0')

tests/integration/test_s3_upload.py:41: AssertionError
=========================== short test summary info ============================
FAILED tests/integration/test_s3_upload.py::test_upload_quarterly_report - AssertionError: assert 403 == 200
========================= 1 failed, 57 passed in 4.12s =========================
''', ak=ak, sk=sk, bucket=bucket), ak, sk)

    # --- rich traceback with truncated local string ('...'+28)
    key = anthropic()
    vis = key[:80]
    pos(G, "rich_locals", T('''
╭───────────────────────────── Traceback (most recent call last) ──────────────────────────────╮
│ /srv/app/llm/client.py:57 in complete                                                         │
│                                                                                               │
│   54 │   │   headers = {"x-api-key": self.api_key,                                            │
│   55 │   │   │   │      "anthropic-version": "2023-06-01"}                                    │
│   56 │   │   resp = httpx.post(self.url, headers=headers, json=payload, timeout=30)           │
│ ❱ 57 │   │   resp.raise_for_status()                                                          │
│   58 │   │   return resp.json()["content"][0]["text"]                                         │
│                                                                                               │
│ ╭──────────────────────────────────────── locals ─────────────────────────────────────────╮   │
│ │ headers = {                                                                             │   │
│ │           │   'x-api-key': '@@vis@@'+28,                                                │   │
│ │           │   'anthropic-version': '2023-06-01'                                         │   │
│ │           }                                                                             │   │
│ │ payload = {'model': 'claude-sonnet-4-5', 'max_tokens': 1024, 'messages': [...]}         │   │
│ │    resp = <Response [429 Too Many Requests]>                                            │   │
│ │    self = <llm.client.Claude object at 0x7f3a1c2b9e50>                                  │   │
│ ╰─────────────────────────────────────────────────────────────────────────────────────────╯   │
╰───────────────────────────────────────────────────────────────────────────────────────────────╯
HTTPStatusError: Client error '429 Too Many Requests' for url 'https://api.anthropic.com/v1/messages'
''', vis=vis), vis)

    # --- better_exceptions
    sk_ = stripe_sk()
    cus = "cus_" + rs(14)
    pos(G, "better_exceptions", T('''
Traceback (most recent call last):
  File "/app/billing/tasks.py", line 142, in retry_failed_invoices
    charge_customer(inv.customer_id, inv.amount_cents, key=settings.STRIPE_KEY)
    │               │   │            │   │              │   └ '@@sk@@'
    │               │   │            │   │              └ <LazySettings "billing.settings.prod">
    │               │   │            │   └ 4599
    │               │   │            └ <Invoice in_1QJ2 status=open>
    │               │   └ '@@cus@@'
    │               └ <Invoice in_1QJ2 status=open>
    └ <function charge_customer at 0x7f9e2c1d3ee0>
  File "/app/billing/stripe_glue.py", line 31, in charge_customer
    raise ChargeFailed(err.user_message)
    │                  └ <CardError(message='Your card was declined.', http_status=402)>
    └ <class 'billing.errors.ChargeFailed'>
billing.errors.ChargeFailed: Your card was declined.
''', sk=sk_, cus=cus), sk_)

    # --- Spring actuator /env
    dbpw = pw(urlsafe=True)
    sg = sendgrid()
    env = {
        "activeProfiles": ["prod"],
        "propertySources": [
            {"name": "server.ports", "properties": {"local.server.port": {"value": 8080}}},
            {"name": "systemEnvironment", "properties": {
                "JAVA_HOME": {"value": "/opt/java/openjdk", "origin": "System Environment Property \"JAVA_HOME\""},
                "SPRING_DATASOURCE_URL": {"value": f"jdbc:postgresql://orders-db.prod.internal:5432/orders?user=orders_app&password={dbpw}&sslmode=require",
                                          "origin": "System Environment Property \"SPRING_DATASOURCE_URL\""},
                "SPRING_DATASOURCE_PASSWORD": {"value": "******", "origin": "System Environment Property \"SPRING_DATASOURCE_PASSWORD\""},
                "NOTIFY_SENDGRID_APIKEY": {"value": sg, "origin": "System Environment Property \"NOTIFY_SENDGRID_APIKEY\""},
                "HOSTNAME": {"value": "orders-api-7c9d8b6f5-x2kqp"},
            }},
            {"name": "Config resource 'class path resource [application-prod.yml]' via location 'optional:classpath:/'",
             "properties": {"management.endpoints.web.exposure.include": {"value": "*", "origin": "class path resource [application-prod.yml] - 4:39"}}},
        ],
    }
    pos(G, "actuator_env", "GET /actuator/env on the prod pod returns this, is it normal that it's exposed?\n\n"
        + json.dumps(env, indent=2), dbpw, sg)

    # --- PHP var_dump
    p1, p2 = pw(), stripe_rk()
    host = "mysql-primary.internal"
    def sd(v):
        return f'string({len(v.encode())}) "{v}"'
    pos(G, "php_var_dump", T('''
/var/www/shop/app/Config/Database.php:58:
array(6) {
  ["DSN"]=>
  string(0) ""
  ["hostname"]=>
  @@h@@
  ["username"]=>
  @@u@@
  ["password"]=>
  @@p@@
  ["port"]=>
  int(3306)
  ["stripe"]=>
  array(2) {
    ["mode"]=>
    string(4) "live"
    ["restricted_key"]=>
    @@rk@@
  }
}
''', h=sd(host), u=sd("shop_rw"), p=sd(p1), rk=sd(p2)), p1, p2)

    # --- PHP print_r
    p1, mg = pw(), mailgun()
    pos(G, "php_print_r", T('''
[05-Dec-2026 09:13:44 Europe/Berlin] PHP Notice: config loaded Array
(
    [APP_ENV] => production
    [DB_HOST] => db.shop.lan
    [DB_USERNAME] => laravel
    [DB_PASSWORD] => @@p1@@
    [MAILGUN_DOMAIN] => mg.shop-kunden.de
    [MAILGUN_SECRET] => @@mg@@
    [QUEUE_CONNECTION] => redis
)
 in /var/www/shop/bootstrap/app.php on line 19
''', p1=p1, mg=mg), p1, mg)

    # --- Ruby inspect (Faraday env)
    tok = ghp()
    pos(G, "ruby_inspect", T('''
Faraday::UnauthorizedError: the server responded with status 401
  env: #<struct Faraday::Env method=:get, request_body=nil, url=#<URI::HTTPS https://api.github.com/repos/acme/infra/actions/runs?per_page=50>, request=#<struct Faraday::RequestOptions params_encoder=nil, proxy=nil, bind=nil, timeout=15>, request_headers={"Authorization"=>"token @@tok@@", "Accept"=>"application/vnd.github+json", "User-Agent"=>"Faraday v2.9.0"}, ssl=#<struct Faraday::SSLOptions verify=true>, parallel_manager=nil, params=nil, response=nil, response_headers=nil, status=nil, reason_phrase=nil, response_body=nil>
/usr/local/bundle/gems/faraday-2.9.0/lib/faraday/response/raise_error.rb:28:in `on_complete'
/usr/local/bundle/gems/faraday-2.9.0/lib/faraday/middleware.rb:18:in `block in call'
''', tok=tok), tok)

    # --- Go %+v
    p1, p2, p3 = pw(), pw(urlsafe=True), rs(48, B64)
    pos(G, "go_plusv", T('''
2026/12/05 09:41:17 main.go:63: starting with config: &{Addr::8080 Env:prod LogLevel:info DB:{Host:pg-primary.ledger.svc Port:5432 User:ledger Password:@@p1@@ Name:ledger SSLMode:verify-full MaxConns:25} Redis:{URL:redis://:@@p2@@@redis-master.ledger.svc:6379/0 PoolSize:10} JWTSecret:@@p3@@ SentryDSN: Features:[reconcile batch-export]}
2026/12/05 09:41:17 main.go:71: migrating...
2026/12/05 09:41:18 main.go:74: pq: password authentication failed for user "ledger"
exit status 1
''', p1=p1, p2=p2, p3=p3), p1, p2, p3)

    # --- Rust {:#?}
    p1, ok_ = pw(urlsafe=True), openai_proj()
    pos(G, "rust_debug", T('''
[2026-12-05T09:41:17Z DEBUG api::config] loaded Settings {
    bind: 0.0.0.0:8080,
    database: DatabaseSettings {
        url: "postgres://api:@@p1@@@db.internal:5432/api",
        max_connections: 20,
        acquire_timeout: 5s,
    },
    openai: OpenAiSettings {
        api_key: "@@ok@@",
        model: "gpt-4o-mini",
        base_url: None,
    },
    telemetry: Some(
        Otlp {
            endpoint: "http://otel-collector:4317",
        },
    ),
}
thread 'main' panicked at src/main.rs:41:10:
called `Result::unwrap()` on an `Err` value: PoolTimedOut
''', p1=p1, ok=ok_), p1, ok_)

    # --- Node util.inspect of an AxiosError
    sg = sendgrid()
    rid = uid()
    pos(G, "node_inspect", T('''
AxiosError: Request failed with status code 403
    at settle (/app/node_modules/axios/dist/node/axios.cjs:1966:12)
    at IncomingMessage.handleStreamEnd (/app/node_modules/axios/dist/node/axios.cjs:3065:11) {
  code: 'ERR_BAD_REQUEST',
  config: {
    transitional: { silentJSONParsing: true, forcedJSONParsing: true, clarifyTimeoutError: false },
    adapter: [ 'xhr', 'http', 'fetch' ],
    timeout: 10000,
    headers: Object [AxiosHeaders] {
      Accept: 'application/json, text/plain, */*',
      'Content-Type': 'application/json',
      Authorization: 'Bearer @@sg@@',
      'User-Agent': 'axios/1.7.7',
      'Content-Length': '412'
    },
    method: 'post',
    url: 'https://api.sendgrid.com/v3/mail/send',
    data: '{"personalizations":[{"to":[{"email":"{{recipient}}"}]}],"template_id":"d-3f1c0a"}'
  },
  response: { status: 403, statusText: 'Forbidden', headers: { 'x-request-id': '@@rid@@' } }
}
''', sg=sg, rid=rid), sg)

    # --- pydantic settings repr (one SecretStr masked, others not)
    dj, p1 = django_secret(), pw(urlsafe=True)
    pos(G, "pydantic_repr", T('''
>>> from app.settings import get_settings
>>> get_settings()
Settings(debug=False, allowed_hosts=['api.quillpad.app'], database_url=MultiHostUrl('postgresql+asyncpg://quill:@@p1@@@quill-db.cluster-c8x2.eu-central-1.rds.amazonaws.com:5432/quill'), redis_password=SecretStr('**********'), secret_key='@@dj@@', sentry_dsn=None, cors_origins=['https://quillpad.app'])
''', dj=dj, p1=p1), dj, p1)

    # --- Swift dump() in lldb
    cid, csec = uid(), rs(40, URLSAFE)
    pos(G, "swift_dump", T('''
(lldb) po dump(config)
▿ AuthConfig
  - issuer: "https://login.fjordbank.no/oauth2/default"
  - clientId: "@@cid@@"
  - clientSecret: "@@csec@@"
  ▿ scopes: 3 elements
    - "openid"
    - "profile"
    - "offline_access"
  - redirectURI: "no.fjordbank.mobile:/callback"
''', cid=cid, csec=csec), csec)

    # --- Java Lombok toString in stack trace
    p1 = pw()
    pos(G, "java_tostring", T('''
2026-12-05 09:12:44.118 ERROR 1 --- [           main] o.s.b.SpringApplication                  : Application run failed

org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'dataSource' defined in class path resource [com/acme/inventory/config/DbConfig.class]: Failed to instantiate [com.zaxxer.hikari.HikariDataSource]: Factory method 'dataSource' threw exception with message: Failed to initialize pool: Access denied for user 'inventory'@'%'
Caused by: com.acme.inventory.config.DbConfigException: could not connect using DbProperties(url=jdbc:mysql://inventory-db:3306/inventory?useSSL=true, username=inventory, password=@@p1@@, poolSize=12, leakDetectionMs=60000)
	at com.acme.inventory.config.DbConfig.dataSource(DbConfig.java:44)
	at java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)
''', p1=p1), p1)

    # --- Sentry event frame vars (JSON)
    tok = slack_bot()
    ev = {"exception": {"values": [{"type": "SlackApiError", "value": "The request to the Slack API failed. (url: https://slack.com/api/chat.postMessage)\nThe server responded with: {'ok': False, 'error': 'not_in_channel'}",
          "stacktrace": {"frames": [{"filename": "notify/slack.py", "function": "post_alert", "lineno": 27,
                                      "vars": {"channel": "'#ops-alerts'", "client": "<slack_sdk.web.client.WebClient object at 0x7f0c>",
                                               "token": repr(tok), "text": "'Disk usage above 90% on db-2'"}}]}}]},
          "event_id": hx(32), "platform": "python", "environment": "production"}
    pos(G, "sentry_vars", "Sentry shows this for the alert bot crash:\n\n" + json.dumps(ev, indent=2), tok)

    # --- negatives
    neg(G, "pytest_locals", T('''
=================================== FAILURES ===================================
___________________________ test_idempotency_key_reuse __________________________

client = <starlette.testclient.TestClient object at 0x7f1e3c0b2d10>
order_id = '@@u1@@'
idem = '@@u2@@'

    def test_idempotency_key_reuse(client, order_id, idem):
        r1 = client.post(f"/orders/{order_id}/capture", headers={"Idempotency-Key": idem})
        r2 = client.post(f"/orders/{order_id}/capture", headers={"Idempotency-Key": idem})
>       assert r2.json()["capture_id"] == r1.json()["capture_id"]
E       AssertionError: assert 'cap_@@c1@@' == 'cap_@@c2@@'

api_key    = None
password   = ''
r1         = <Response [201]>
r2         = <Response [201]>

tests/test_capture.py:88: AssertionError
''', u1=uid(), u2=uid(), c1=hx(12), c2=hx(12)))

    neg(G, "actuator_env", json.dumps({"activeProfiles": ["staging"], "propertySources": [
        {"name": "systemEnvironment", "properties": {
            "SPRING_DATASOURCE_URL": {"value": "jdbc:postgresql://orders-db.staging.internal:5432/orders?sslmode=require"},
            "SPRING_DATASOURCE_PASSWORD": {"value": "******"},
            "STRIPE_API_KEY": {"value": "******"},
            "JWT_SIGNING_KEY": {"value": "******"},
            "GIT_COMMIT": {"value": hx(40)},
            "BUILD_ID": {"value": uid()}}},
        {"name": "applicationConfig: [classpath:/application.yml]", "properties": {
            "spring.datasource.password": {"value": "${SPRING_DATASOURCE_PASSWORD}"},
            "app.cache.ttl": {"value": "PT15M"}}}]}, indent=2))

    neg(G, "rust_debug", T('''
[2026-12-05T09:41:17Z DEBUG api::config] loaded Settings {
    bind: 0.0.0.0:8080,
    database: DatabaseSettings {
        url: "postgres://db.internal:5432/api",
        user: "api",
        password: Secret([REDACTED alloc::string::String]),
        max_connections: 20,
    },
    openai: OpenAiSettings {
        api_key: Secret([REDACTED alloc::string::String]),
        model: "gpt-4o-mini",
    },
    build_sha: "@@sha@@",
}
''', sha=hx(40)))

    neg(G, "node_inspect", T('''
{
  level: 'warn',
  msg: 'upstream retry',
  req: {
    id: '@@r@@',
    method: 'GET',
    url: '/v2/catalog/items?page=3&limit=50',
    headers: {
      host: 'catalog.internal:3000',
      authorization: '[REDACTED]',
      cookie: '[REDACTED]',
      'if-none-match': 'W/"@@etag@@"',
      'x-b3-traceid': '@@trace@@'
    }
  },
  attempt: 2,
  elapsedMs: 412.7
}
''', r=uid(), etag=hx(27), trace=hx(32)))

    neg(G, "php_var_dump", T('''
array(5) {
  ["id"]=>
  int(48213)
  ["etag"]=>
  string(32) "@@md5@@"
  ["password_hint"]=>
  NULL
  ["api_token"]=>
  string(0) ""
  ["updated_at"]=>
  string(19) "2026-12-04 17:22:09"
}
''', md5=hx(32)))

    neg(G, "go_plusv", T('''
2026/12/05 09:41:17 main.go:63: starting with config: &{Addr::8080 Env:dev LogLevel:debug DB:{Host:localhost Port:5432 User:ledger Password: Name:ledger SSLMode:disable MaxConns:5} Redis:{URL:redis://localhost:6379/0 PoolSize:2} JWTSecret: Token:<nil> Commit:@@sha@@ Features:[]}
2026/12/05 09:41:17 main.go:66: WARN: JWT_SECRET not set, falling back to ephemeral key
''', sha=hx(40)))


# ======================================================================== kube
def g_kube():
    G = "kube"
    # --- kubectl get secret -o yaml (base64 data)
    p1, sk_ = pw(), stripe_sk()
    e_pw, e_sk = b64(p1), b64(sk_)
    pos(G, "secret_yaml", T('''
pods keep crashing with "password authentication failed", here's the secret they mount:

$ kubectl get secret payments-db -n payments -o yaml
apiVersion: v1
data:
  DB_HOST: @@h@@
  DB_NAME: @@n@@
  DB_PASSWORD: @@pw@@
  DB_USER: @@u@@
  STRIPE_SECRET_KEY: @@sk@@
kind: Secret
metadata:
  creationTimestamp: "2026-10-14T08:12:55Z"
  labels:
    app.kubernetes.io/managed-by: Helm
  name: payments-db
  namespace: payments
  resourceVersion: "88412073"
  uid: @@uid@@
type: Opaque
''', h=b64("payments-pg.payments.svc.cluster.local"), n=b64("payments"), pw=e_pw,
        u=b64("payments_rw"), sk=e_sk, uid=uid()), e_pw, e_sk)

    # --- dockerconfigjson secret as JSON
    user, tok = "ci-pusher", glpat()
    inner = json.dumps({"auths": {"registry.gitlab.com": {"username": user, "password": tok,
                                                          "auth": b64(f"{user}:{tok}")}}}, separators=(",", ":"))
    outer = b64(inner)
    sec = {"apiVersion": "v1", "data": {".dockerconfigjson": outer}, "kind": "Secret",
           "metadata": {"creationTimestamp": "2026-11-02T10:01:12Z", "name": "gitlab-pull", "namespace": "web",
                        "resourceVersion": "1907733", "uid": uid()}, "type": "kubernetes.io/dockerconfigjson"}
    pos(G, "secret_json", "ImagePullBackOff on every node. `kubectl get secret gitlab-pull -n web -o json`:\n\n"
        + json.dumps(sec, indent=4), outer)

    # --- kubectl describe pod with literal env values
    p1, sk_ = pw(urlsafe=True), stripe_sk()
    pos(G, "describe_pod", T('''
Name:             checkout-api-6d8f9c7b54-9zq2w
Namespace:        shop
Priority:         0
Service Account:  checkout-api
Node:             ip-10-42-3-17.eu-west-1.compute.internal/10.42.3.17
Start Time:       Thu, 04 Dec 2026 22:10:03 +0100
Labels:           app=checkout-api
                  pod-template-hash=6d8f9c7b54
Status:           Running
Containers:
  api:
    Container ID:   containerd://@@cid@@
    Image:          ghcr.io/acme/checkout-api:2.14.1
    Port:           8080/TCP
    State:          Waiting
      Reason:       CrashLoopBackOff
    Last State:     Terminated
      Reason:       Error
      Exit Code:    1
    Restart Count:  17
    Environment:
      NODE_ENV:            production
      DATABASE_URL:        postgres://checkout:@@p1@@@checkout-pg-rw.shop.svc:5432/checkout
      STRIPE_SECRET_KEY:   @@sk@@
      REDIS_PASSWORD:      <set to the key 'password' in secret 'redis'>  Optional: false
      OTEL_SERVICE_NAME:   checkout-api
    Mounts:
      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-7h2xk (ro)
''', cid=hx(64), p1=p1, sk=sk_), p1, sk_)

    # --- docker inspect Env
    p1, p2 = pw(), pw()
    insp = [{"Id": hx(64), "Created": "2026-12-01T07:55:10.112Z", "Name": "/pgadmin",
             "Config": {"Hostname": hx(12), "Env": [
                 "PGADMIN_DEFAULT_EMAIL=admin@pgadmin.local",
                 f"PGADMIN_DEFAULT_PASSWORD={p1}",
                 f"POSTGRES_PASSWORD={p2}",
                 "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                 "PYTHONPATH=/pgadmin4"],
                 "Image": "dpage/pgadmin4:8.12", "WorkingDir": "/pgadmin4"}}]
    pos(G, "docker_inspect", "$ docker inspect pgadmin | jq '.[0] | {Id, Created, Name, Config}'\n"
        + json.dumps(insp[0], indent=2), p1, p2)

    # --- helm get values
    p1, p2, cs = pw(), pw(), gocspx()
    pos(G, "helm_values", T('''
$ helm get values grafana -n monitoring
USER-SUPPLIED VALUES:
adminUser: admin
adminPassword: @@p1@@
grafana.ini:
  server:
    root_url: https://grafana.ops.acme-logistics.eu
  auth.google:
    enabled: true
    client_id: @@cid@@.apps.googleusercontent.com
    client_secret: @@cs@@
    allowed_domains: acme-logistics.eu
  smtp:
    enabled: true
    host: smtp.office365.com:587
    user: grafana-alerts
    password: "@@p2@@"
persistence:
  enabled: true
  size: 10Gi
''', p1=p1, p2=p2, cs=cs, cid=dg(12) + "-" + rs(32, LO + DG)), p1, p2, cs)

    # --- systemd unit with Environment=
    tok, p1 = doppler(), pw()
    pos(G, "systemd_unit", T('''
$ systemctl cat invoice-worker.service
# /etc/systemd/system/invoice-worker.service
[Unit]
Description=Invoice PDF worker
After=network-online.target

[Service]
User=invoice
WorkingDirectory=/opt/invoice-worker
Environment="DOPPLER_TOKEN=@@tok@@"
Environment=PGPASSWORD=@@p1@@ PGUSER=invoice PGHOST=db1.lan
ExecStart=/usr/bin/doppler run -- /opt/invoice-worker/bin/worker --concurrency 4
Restart=on-failure

[Install]
WantedBy=multi-user.target
''', tok=tok, p1=p1), tok, p1)

    # --- journald lines
    p1, p2 = pw(urlsafe=True), pw()
    pos(G, "journald", T('''
$ journalctl -u reportd --since "10 min ago" --no-pager
Dec 05 09:14:02 web-3 reportd[2211]: INFO  starting reportd 3.2.0
Dec 05 09:14:02 web-3 reportd[2211]: DEBUG dialing mysql://reporter:@@p1@@@mysql-ro.lan:3306/reports?parseTime=true
Dec 05 09:14:03 web-3 reportd[2211]: DEBUG smtp auth PLAIN user=alerts@reports.lan pass=@@p2@@
Dec 05 09:14:03 web-3 reportd[2211]: ERROR 535 5.7.8 Authentication credentials invalid
Dec 05 09:14:03 web-3 systemd[1]: reportd.service: Main process exited, code=exited, status=1/FAILURE
Dec 05 09:14:03 web-3 systemd[1]: reportd.service: Failed with result 'exit-code'.
''', p1=p1, p2=p2), p1, p2)

    # --- kubeconfig (token + client-key-data)
    sat = jwt({"aud": ["https://kubernetes.default.svc.cluster.local"], "exp": 1796428800, "iat": 1764892800,
               "iss": "https://kubernetes.default.svc.cluster.local",
               "kubernetes.io": {"namespace": "ci", "serviceaccount": {"name": "deployer", "uid": uid()}},
               "sub": "system:serviceaccount:ci:deployer"}, alg="RS256", kid=rs(43, URLSAFE))
    keyl = ec_pem_lines()
    ckd = b64(pem("EC PRIVATE KEY", keyl) + "\n")
    pos(G, "kubeconfig", T('''
my kubeconfig, kubectl says "error: You must be logged in to the server (Unauthorized)" for the ci context:

apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: @@ca@@
    server: https://3F1A9C2E7B.gr7.eu-west-1.eks.amazonaws.com
  name: prod
contexts:
- context: {cluster: prod, namespace: ci, user: deployer}
  name: ci
- context: {cluster: prod, user: admin}
  name: admin
current-context: ci
users:
- name: deployer
  user:
    token: @@sat@@
- name: admin
  user:
    client-certificate-data: @@ccd@@
    client-key-data: @@ckd@@
''', ca=b64(rbytes(90)), sat=sat, ccd=b64(rbytes(120)), ckd=ckd), sat, ckd)

    # --- docker history --no-trunc leaking build ARG
    nt = npm_tok()
    pos(G, "docker_history", T('''
$ docker history --no-trunc --format '{{.CreatedBy}}' acme/storefront:4.8.0 | head -n 8
CMD ["node" "server.js"]
EXPOSE map[3000/tcp:{}]
COPY dir:@@h1@@ in /app
RUN |1 NPM_TOKEN=@@nt@@ /bin/sh -c npm ci --omit=dev && rm -f .npmrc # buildkit
COPY file:@@h2@@ in /app/.npmrc
ARG NPM_TOKEN=@@nt@@
WORKDIR /app
/bin/sh -c #(nop)  CMD ["node"]
''', h1=hx(64), h2=hx(64), nt=nt), nt)

    # --- kubectl get pod -o yaml env value
    hft, p1 = hf_tok(), pw()
    pos(G, "pod_yaml", T('''
spec:
  containers:
  - name: tgi
    image: ghcr.io/huggingface/text-generation-inference:2.4.1
    args: ["--model-id", "meta-llama/Llama-3.1-8B-Instruct", "--max-input-tokens", "8000"]
    env:
    - name: HF_TOKEN
      value: @@hft@@
    - name: HUGGING_FACE_HUB_TOKEN
      valueFrom:
        secretKeyRef: {name: hf, key: token}
    - name: METRICS_BASIC_AUTH
      value: "prom:@@p1@@"
    resources:
      limits:
        nvidia.com/gpu: "1"
''', hft=hft, p1=p1), hft, p1)

    # --- kubectl logs of a debug container running env | sort
    ak, sk = aws_akid("ASIA"), aws_secret()
    st = "IQoJb3JpZ2luX2VjE" + rs(300, B64)
    pos(G, "logs_env", T('''
$ kubectl logs job/db-migrate-28713 -c debug -n data
+ env
+ sort
AWS_ACCESS_KEY_ID=@@ak@@
AWS_DEFAULT_REGION=eu-central-1
AWS_SECRET_ACCESS_KEY=@@sk@@
AWS_SESSION_TOKEN=@@st@@
HOME=/root
HOSTNAME=db-migrate-28713-4kx8p
KUBERNETES_PORT=tcp://172.20.0.1:443
+ aws sts get-caller-identity
An error occurred (ExpiredToken) when calling the GetCallerIdentity operation: The security token included in the request is expired
''', ak=ak, sk=sk, st=st), ak, sk, st)

    # --- ConfigMap with properties leaking a password
    p1 = pw()
    pos(G, "configmap_props", T('''
apiVersion: v1
kind: ConfigMap
metadata:
  name: ingest-config
  namespace: data
data:
  application.properties: |
    spring.kafka.bootstrap-servers=kafka-0.kafka:9092,kafka-1.kafka:9092
    spring.kafka.properties.sasl.mechanism=SCRAM-SHA-512
    spring.kafka.properties.security.protocol=SASL_SSL
    spring.kafka.properties.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="ingest" password="@@p1@@";
    ingest.batch-size=500
''', p1=p1), p1)

    # --- docker service inspect --pretty
    p1, tk = pw(), rs(32, AN)
    pos(G, "swarm_inspect", T('''
$ docker service inspect --pretty metabase_app

ID:             @@id@@
Name:           metabase_app
Labels:
 com.docker.stack.namespace=metabase
Service Mode:   Replicated
 Replicas:      1
ContainerSpec:
 Image:         metabase/metabase:v0.51.3
 Env:           MB_DB_DBNAME=metabase MB_DB_HOST=pg MB_DB_PASS=@@p1@@ MB_DB_PORT=5432 MB_DB_TYPE=postgres MB_DB_USER=metabase MB_ENCRYPTION_SECRET_KEY=@@tk@@
Resources:
Networks: metabase_default
Endpoint Mode:  vip
''', id=rs(25, LO + DG), p1=p1, tk=tk), p1, tk)

    # --- jsonpath | base64 -d printed plaintext
    p1 = pw()
    pos(G, "jsonpath_decode", T('''
$ kubectl get secret keycloak-admin -n iam -o jsonpath='{.data.password}' | base64 -d; echo
@@p1@@
$ kubectl port-forward svc/keycloak 8443:443 -n iam
Forwarding from 127.0.0.1:8443 -> 8443
''', p1=p1), p1)

    # --- negatives
    neg(G, "describe_secret", T('''
$ kubectl describe secret payments-db -n payments
Name:         payments-db
Namespace:    payments
Labels:       app.kubernetes.io/managed-by=Helm
Annotations:  meta.helm.sh/release-name: payments
              meta.helm.sh/release-namespace: payments

Type:  Opaque

Data
====
DB_PASSWORD:        24 bytes
DB_USER:            11 bytes
STRIPE_SECRET_KEY:  107 bytes
DB_HOST:            38 bytes
'''))

    neg(G, "configmap", T('''
apiVersion: v1
kind: ConfigMap
metadata:
  name: feature-flags
  namespace: web
  uid: @@u@@
  resourceVersion: "7712093"
data:
  flags.json: |
    {"checkout_v2": true, "rollout_pct": 35, "experiment_id": "@@e@@"}
  CACHE_TTL: "900"
  LOG_LEVEL: info
  SECRET_NAME: payments-db
  PASSWORD_MIN_LENGTH: "12"
''', u=uid(), e=uid()))

    neg(G, "docker_inspect", json.dumps({"Id": "sha256:" + hx(64), "RepoDigests": ["python@sha256:" + hx(64)],
        "Config": {"Env": ["PATH=/usr/local/bin:/usr/local/sbin:/usr/sbin:/usr/bin:/sbin:/bin", "LANG=C.UTF-8",
                           "GPG_KEY=" + hx(40).upper(), "PYTHON_VERSION=3.12.8", "PYTHON_SHA256=" + hx(64),
                           "PIP_NO_CACHE_DIR=1", "DATABASE_PASSWORD_FILE=/run/secrets/db_password"],
                   "Cmd": ["python3"], "Labels": {"org.opencontainers.image.revision": hx(40)}}}, indent=2))

    neg(G, "helm_values", T('''
$ helm get values keycloak -n iam
USER-SUPPLIED VALUES:
auth:
  adminUser: admin
  existingSecret: keycloak-admin
  passwordSecretKey: password
postgresql:
  enabled: false
externalDatabase:
  host: iam-pg-rw.iam.svc
  user: keycloak
  existingSecret: keycloak-db
  existingSecretPasswordKey: db-password
image:
  digest: sha256:@@d@@
''', d=hx(64)))

    neg(G, "systemd_unit", T('''
# /etc/systemd/system/invoice-worker.service
[Service]
User=invoice
EnvironmentFile=/etc/invoice-worker/env
Environment=PORT=8080 LOG_FORMAT=json GOMAXPROCS=4
LoadCredential=db-password:/etc/credstore/invoice-db-password
ExecStart=/opt/invoice-worker/bin/worker --password-file=${CREDENTIALS_DIRECTORY}/db-password
Restart=on-failure
'''))

    neg(G, "describe_pod", T('''
Containers:
  api:
    Image:          ghcr.io/acme/checkout-api@sha256:@@d@@
    Image ID:       ghcr.io/acme/checkout-api@sha256:@@d@@
    Environment:
      DATABASE_PASSWORD:   <set to the key 'password' in secret 'checkout-pg-app'>  Optional: false
      STRIPE_SECRET_KEY:   <set to the key 'sk' in secret 'stripe'>  Optional: false
      POD_UID:              (v1:metadata.uid)
      GIT_SHA:             @@sha@@
Conditions:
  Type              Status
  Ready             True
''', d=hx(64), sha=hx(40)))


# ======================================================================== win
def g_win():
    G = "win"
    # --- .reg Winlogon autologon
    p1, tok = pw(), rs(40, AN)
    pos(G, "reg_export", T('''
Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]
"AutoAdminLogon"="1"
"DefaultUserName"="kiosk"
"DefaultDomainName"="LOBBY-PC07"
"DefaultPassword"="@@p1@@"
"ForceAutoLogon"=dword:00000001
"Shell"="C:\\\\Kiosk\\\\KioskShell.exe"

[HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\Acme\\SyncAgent]
"ServerUrl"="https://sync.acme-retail.com/api"
"ApiToken"="@@tok@@"
"PollIntervalSec"=dword:0000003c
''', p1=p1, tok=tok), p1, tok)

    # --- .reg PuTTY session
    p1 = pw()
    pos(G, "reg_putty", T('''
Windows Registry Editor Version 5.00

[HKEY_CURRENT_USER\\Software\\SimonTatham\\PuTTY\\Sessions\\prod-bastion]
"HostName"="bastion.eu1.fjordfreight.no"
"PortNumber"=dword:00000016
"UserName"="ops"
"ProxyMethod"=dword:00000003
"ProxyHost"="proxy.corp.fjordfreight.no"
"ProxyPort"=dword:00000c38
"ProxyUsername"="svc_putty"
"ProxyPassword"="@@p1@@"
"PublicKeyFile"="C:\\\\Users\\\\ops\\\\.ssh\\\\bastion.ppk"
''', p1=p1), p1)

    # --- PowerShell ConvertTo-SecureString / PSCredential
    p1 = pw()
    pos(G, "ps_securestring", T('''
# backup-sql.ps1  (runs nightly from Task Scheduler)
$ErrorActionPreference = 'Stop'
$secpasswd = ConvertTo-SecureString '@@p1@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('CORP\\svc_sqlbackup', $secpasswd)
Invoke-Command -ComputerName SQL02 -Credential $cred -ScriptBlock {
    Backup-SqlDatabase -ServerInstance 'SQL02' -Database 'Payroll' -BackupFile "E:\\Backup\\Payroll_$(Get-Date -f yyyyMMdd).bak"
}
''', p1=p1), p1)

    # --- PowerShell $env: and SetEnvironmentVariable
    ok_, gt = openai_proj(), ghp()
    pos(G, "ps_env", T('''
PS C:\\Users\\dev> $env:OPENAI_API_KEY = "@@ok@@"
PS C:\\Users\\dev> [Environment]::SetEnvironmentVariable("GH_TOKEN", "@@gt@@", "User")
PS C:\\Users\\dev> python .\\summarize.py --repo acme/infra
Traceback (most recent call last):
  File "C:\\Users\\dev\\summarize.py", line 9, in <module>
    from openai import OpenAI
ModuleNotFoundError: No module named 'openai'
''', ok=ok_, gt=gt), ok_, gt)

    # --- cmd set output
    ak = azure_key()
    pos(G, "cmd_set", T('''
C:\\build>set
ALLUSERSPROFILE=C:\\ProgramData
APPDATA=C:\\Users\\builder\\AppData\\Roaming
AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=acmebuildcache;AccountKey=@@ak@@;EndpointSuffix=core.windows.net
COMPUTERNAME=BUILD-AGENT-04
NUMBER_OF_PROCESSORS=16
OS=Windows_NT
Path=C:\\Windows\\system32;C:\\Windows;C:\\Program Files\\Git\\cmd;C:\\hostedtoolcache\\windows\\node\\20.18.1\\x64
PROCESSOR_ARCHITECTURE=AMD64
USERNAME=builder
''', ak=ak), ak)

    # --- web.config
    p1, sg = pw(), sendgrid()
    pos(G, "web_config", T('''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="DefaultConnection" connectionString="Server=tcp:acme-sql-prod.database.windows.net,1433;Initial Catalog=Portal;Persist Security Info=False;User ID=portal_app;Password=@@p1@@;MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="webpages:Version" value="3.0.0.0" />
    <add key="SendGridApiKey" value="@@sg@@" />
    <add key="EnableBundling" value="true" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
  </system.web>
</configuration>
''', p1=p1, sg=sg), p1, sg)

    # --- appsettings.json
    p1, jk = pw(), rs(64, B64)
    cfg = {"Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}},
           "ConnectionStrings": {"Default": f"Host=pg-flex-prod.postgres.database.azure.com;Database=booking;Username=booking_api;Password={p1};SSL Mode=Require"},
           "Jwt": {"Issuer": "https://booking.fjordhotels.no", "Audience": "booking-api", "Key": jk},
           "AllowedHosts": "*"}
    pos(G, "appsettings_json", "appsettings.Production.json (why does EF say 28P01?)\n\n" + json.dumps(cfg, indent=2), p1, jk)

    # --- Invoke-RestMethod with headers hashtable
    gl = glpat()
    pos(G, "ps_irm", T('''
$headers = @{ 'PRIVATE-TOKEN' = '@@gl@@'; 'Accept' = 'application/json' }
$proj = [uri]::EscapeDataString('platform/terraform-modules')
Invoke-RestMethod -Method Get -Uri "https://gitlab.fjordfreight.no/api/v4/projects/$proj/pipelines?ref=main" -Headers $headers |
    Select-Object -First 5 id, status, ref, created_at | Format-Table
''', gl=gl), gl)

    # --- net use / cmdkey
    p1, p2 = pw(), pw()
    pos(G, "net_use", T('''
C:\\> net use Z: \\\\fs01.corp.local\\finance @@p1@@ /user:CORP\\a.moreau /persistent:yes
System error 1219 has occurred.
Multiple connections to a server or shared resource by the same user, using more than one user name, are not allowed.

C:\\> cmdkey /add:TERMSRV/rdsh02.corp.local /user:CORP\\adm_moreau /pass:@@p2@@
CMDKEY: Credential added successfully.
''', p1=p1, p2=p2), p1, p2)

    # --- unattend.xml
    p1, p2 = pw(), pw()
    pos(G, "unattend_xml", T('''
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
      <UserAccounts>
        <AdministratorPassword>
          <Value>@@p1@@</Value>
          <PlainText>true</PlainText>
        </AdministratorPassword>
      </UserAccounts>
      <AutoLogon>
        <Password>
          <Value>@@p2@@</Value>
          <PlainText>true</PlainText>
        </Password>
        <Enabled>true</Enabled>
        <LogonCount>1</LogonCount>
        <Username>deploy</Username>
      </AutoLogon>
    </component>
  </settings>
</unattend>
''', p1=p1, p2=p2), p1, p2)

    # --- az login service principal in a transcript
    cs = azure_client_secret()
    pos(G, "ps_transcript", T('''
**********************
Windows PowerShell transcript start
Start time: 20261205091233
Username: CORP\\deploybot
Machine: BUILD-AGENT-04 (Microsoft Windows NT 10.0.20348.0)
**********************
PS C:\\agent\\_work\\3\\s> az login --service-principal -u @@app@@ -p @@cs@@ --tenant @@ten@@
AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.
PS C:\\agent\\_work\\3\\s> Stop-Transcript
''', app=uid(), cs=cs, ten=uid()), cs)

    # --- schtasks /rp
    p1 = pw()
    pos(G, "schtasks", T('''
C:\\Windows\\system32>schtasks /Create /TN "Nightly ETL" /TR "C:\\etl\\run.cmd" /SC DAILY /ST 02:30 /RU CORP\\svc_etl /RP @@p1@@ /RL HIGHEST /F
SUCCESS: The scheduled task "Nightly ETL" has successfully been created.
''', p1=p1), p1)

    # --- dotnet user-secrets list
    gs, sk_ = gocspx(), stripe_sk()
    pos(G, "user_secrets", T('''
PS C:\\src\\Booking.Api> dotnet user-secrets list
Authentication:Google:ClientId = @@gid@@.apps.googleusercontent.com
Authentication:Google:ClientSecret = @@gs@@
Stripe:SecretKey = @@sk@@
ConnectionStrings:Default = Server=(localdb)\\mssqllocaldb;Database=Booking;Trusted_Connection=True
''', gid=dg(12) + "-" + rs(32, LO + DG), gs=gs, sk=sk_), gs, sk_)

    # --- negatives
    neg(G, "reg_export", T('''
Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion]
"CurrentBuild"="20348"
"CurrentBuildNumber"="20348"
"DisplayVersion"="21H2"
"InstallDate"=dword:66a1f2c3
"ProductId"="00454-60000-00001-AA@@n@@"
"BuildGUID"="@@g@@"
"DigitalProductId"=hex:a4,00,00,00,03,00,00,00,30,30,34,35,34,2d,36,30,30,30,30,2d,\\
  30,30,30,30,31,2d,41,41,37,33,35,00,ec,0c,00,00,5b,54,48,5d,58,32,32,2d,31,39
"PasswordExpiryWarning"=dword:0000000e
''', n=dg(3, DG), g="{" + uid().upper() + "}"))

    neg(G, "web_config", T('''
<configuration>
  <connectionStrings>
    <add name="DefaultConnection" connectionString="Server=SQL02;Database=Portal;Integrated Security=True;Encrypt=True;TrustServerCertificate=True" providerName="System.Data.SqlClient" />
    <add name="Reporting" connectionString="Server=SQL03;Database=Reports;Authentication=Active Directory Managed Identity;" />
  </connectionStrings>
  <appSettings>
    <add key="SendGridApiKey" value="#{SendGridApiKey}#" />
    <add key="MachineKeyValidation" value="HMACSHA256" />
  </appSettings>
</configuration>
'''))

    neg(G, "appsettings_json", json.dumps({"ConnectionStrings": {"Default": ""},
        "Jwt": {"Issuer": "https://booking.fjordhotels.no", "Key": "${JWT_SIGNING_KEY}"},
        "Stripe": {"SecretKey": "<set in Key Vault: kv-booking-prod/stripe-secret-key>"},
        "KeyVault": {"Uri": "https://kv-booking-prod.vault.azure.net/", "TenantId": uid()},
        "ApplicationInsights": {"ConnectionString": "InstrumentationKey=00000000-0000-0000-0000-000000000000"}}, indent=2))

    neg(G, "ps_script", T('''
param([string]$Server = 'SQL02')
$pw = Read-Host -Prompt 'SQL password' -AsSecureString
$cred = New-Object System.Management.Automation.PSCredential ('CORP\\svc_sqlbackup', $pw)
$token = $env:GITLAB_TOKEN
if (-not $token) { throw 'GITLAB_TOKEN is not set' }
Get-FileHash .\\Payroll.bak -Algorithm SHA256 | Format-List
# Algorithm : SHA256
# Hash      : @@h@@
''', h=hx(64).upper()))

    neg(G, "cmd_set", T('''
C:\\>set
COMPUTERNAME=BUILD-AGENT-04
NUMBER_OF_PROCESSORS=16
PROCESSOR_IDENTIFIER=Intel64 Family 6 Model 106 Stepping 6, GenuineIntel
PROCESSOR_REVISION=6a06
PSModulePath=C:\\Program Files\\WindowsPowerShell\\Modules;C:\\Windows\\system32\\WindowsPowerShell\\v1.0\\Modules
SESSIONNAME=Console
USERDOMAIN=CORP
VSTS_AGENT_ID=@@id@@
'''.replace("@@id@@", dg(4))))

    neg(G, "user_secrets", T('''
PS C:\\src\\Booking.Api> dotnet user-secrets list
No secrets configured for this application.
PS C:\\src\\Booking.Api> Select-String -Path .\\Booking.Api.csproj -Pattern UserSecretsId
Booking.Api.csproj:8:    <UserSecretsId>@@u@@</UserSecretsId>
''', u=uid()))


# ======================================================================== conf
def g_conf():
    G = "conf"
    # --- INI with sections
    p1, p2, tk = pw(), pw(), rs(32, AN)
    pos(G, "ini_sections", T('''
; /etc/tally/tally.ini -- migrated from the old box, please review
[general]
instance = tally-prod-2
timezone = Europe/Warsaw

[database]
driver   = pgsql
host     = 10.20.0.15
user     = tally
password = @@p1@@

[mail]
smtp_host = smtp.sendinblue.com
smtp_user = notifications@tally-app.pl
smtp_pass=@@p2@@

[integrations.fakturownia]
api_token: @@tk@@
''', p1=p1, p2=p2, tk=tk), p1, p2, tk)

    # --- Java .properties with escapes and continuation
    p1, p2 = pw(), pw(style=2)
    part_a, part_b = rs(24, HEX), rs(24, HEX)
    pos(G, "properties_escaped", T('''
# generated by the installer -- do not edit by hand
db.url=jdbc\\:postgresql\\://pg.lan\\:5432/warehouse
db.user=warehouse
db.password=@@p1@@
mail.smtp.host = smtp.gmail.com
mail.smtp.password : @@p2@@
crypto.master.key = @@a@@\\
                    @@b@@
ui.welcome=Witaj w systemie magazynowym \\u2013 wersja 5.2
''', p1=p1, p2=p2, a=part_a, b=part_b), p1, p2, part_a, part_b)

    # --- Spring beans XML
    p1 = pw()
    pos(G, "spring_xml", T('''
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       xsi:schemaLocation="http://www.springframework.org/schema/beans http://www.springframework.org/schema/beans/spring-beans.xsd">
  <bean id="dataSource" class="org.apache.commons.dbcp2.BasicDataSource" destroy-method="close">
    <property name="driverClassName" value="oracle.jdbc.OracleDriver"/>
    <property name="url" value="jdbc:oracle:thin:@//ora-prod.bank.lan:1521/CORE"/>
    <property name="username" value="CORE_APP"/>
    <property name="password" value="@@p1@@"/>
    <property name="maxTotal" value="40"/>
  </bean>
</beans>
''', p1=p1), p1)

    # --- Maven settings.xml
    p1, gt = pw(), ghp()
    pos(G, "maven_settings", T('''
<settings>
  <servers>
    <server>
      <id>nexus-releases</id>
      <username>deployment</username>
      <password>@@p1@@</password>
    </server>
    <server>
      <id>github</id>
      <username>acme-ci</username>
      <password>@@gt@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror><id>nexus</id><mirrorOf>*</mirrorOf><url>https://nexus.acme.lan/repository/maven-public/</url></mirror>
  </mirrors>
</settings>
''', p1=p1, gt=gt), p1, gt)

    # --- NuGet.config ClearTextPassword
    gt, az = ghp(), rs(52, LO + DG)
    pos(G, "nuget_config", T('''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
    <add key="github" value="https://nuget.pkg.github.com/acme/index.json" />
    <add key="azure-artifacts" value="https://pkgs.dev.azure.com/acme/_packaging/internal/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <github>
      <add key="Username" value="acme-ci" />
      <add key="ClearTextPassword" value="@@gt@@" />
    </github>
    <azure-artifacts>
      <add key="Username" value="az" />
      <add key="ClearTextPassword" value="@@az@@" />
    </azure-artifacts>
  </packageSourceCredentials>
</configuration>
''', gt=gt, az=az), gt, az)

    # --- HCL variables with defaults
    dd, cf = hx(32), rs(40, URLSAFE)
    pos(G, "hcl_vars", T('''
variable "datadog_api_key" {
  type      = string
  sensitive = true
  default   = "@@dd@@"
}

variable "cloudflare_api_token" {
  description = "token with Zone:DNS:Edit"
  default     = "@@cf@@"
}

variable "region" {
  default = "eu-central-1"
}
''', dd=dd, cf=cf), dd, cf)

    # --- TOML: poetry auth + cargo credentials
    pt, ct = pypi_tok(), cratesio()
    pos(G, "toml_creds", T('''
# ~/.config/pypoetry/auth.toml
[http-basic.pypi]
username = "__token__"
password = "@@pt@@"

# ~/.cargo/credentials.toml
[registry]
token = "@@ct@@"

[registries.internal]
token = "Bearer @@it@@"
''', pt=pt, ct=ct, it=rs(40, URLSAFE)), pt, ct)

    # --- nginx with inline basic auth header + api key
    user, p1 = "grafana", pw(urlsafe=True)
    basic = b64(f"{user}:{p1}")
    ak = rs(32, AN)
    pos(G, "nginx_auth", T('''
server {
    listen 443 ssl http2;
    server_name metrics.fjordfreight.no;

    location /prometheus/ {
        proxy_pass http://prometheus:9090/;
        proxy_set_header Authorization "Basic @@basic@@";
    }

    location /geo/ {
        proxy_pass https://api.geoapify.com/v1/;
        proxy_set_header X-Api-Key "@@ak@@";
        proxy_ssl_server_name on;
    }
}
''', basic=basic, ak=ak), basic, ak)

    # --- apache
    p1, tok = pw(), rs(40, URLSAFE)
    pos(G, "apache_conf", T('''
<VirtualHost *:443>
    ServerName intranet.bauer-logistik.de
    <Location "/">
        AuthType Basic
        AuthName "Intranet"
        AuthBasicProvider ldap
        AuthLDAPURL "ldaps://dc01.bauer.lan/ou=Users,dc=bauer,dc=lan?sAMAccountName"
        AuthLDAPBindDN "CN=svc_apache,OU=Service,DC=bauer,DC=lan"
        AuthLDAPBindPassword "@@p1@@"
        Require valid-user
    </Location>
    RequestHeader set X-Backend-Token "@@tok@@"
    ProxyPass "/api/" "http://backend:8080/"
</VirtualHost>
''', p1=p1, tok=tok), p1, tok)

    # --- .pgpass
    p1, p2, p3 = pw(), pw(), pw()
    pos(G, "pgpass", T('''
$ cat ~/.pgpass
# hostname:port:database:username:password
db-prod.internal:5432:orders:orders_app:@@p1@@
db-prod.internal:5432:*:postgres:@@p2@@
analytics.cluster-ro-c9x.eu-west-1.rds.amazonaws.com:5432:analytics:looker:@@p3@@
$ psql -h db-prod.internal -U orders_app orders
psql: error: connection to server at "db-prod.internal" (10.1.4.22), port 5432 failed: FATAL:  no pg_hba.conf entry for host "10.1.9.3", user "orders_app", database "orders", SSL off
''', p1=p1, p2=p2, p3=p3), p1, p2, p3)

    # --- .netrc
    f, l = person()
    em = email(f, l, "kraftwerk-studio.de")
    hk, gt = uid(), ghp()
    pos(G, "netrc", T('''
machine api.heroku.com
  login @@em@@
  password @@hk@@
machine git.heroku.com
  login @@em@@
  password @@hk@@
machine github.com login @@gu@@ password @@gt@@
''', em=em, hk=hk, gu=ascii_fold(f).lower() + "-dev", gt=gt), em, hk, gt)

    # --- .npmrc
    nt, gt = npm_tok(), ghp()
    legacy = b64(f"deploy:{pw(urlsafe=True)}")
    pos(G, "npmrc", T('''
registry=https://registry.npmjs.org/
@acme:registry=https://npm.pkg.github.com/
//registry.npmjs.org/:_authToken=@@nt@@
//npm.pkg.github.com/:_authToken=@@gt@@
//nexus.acme.lan/repository/npm-private/:_auth=@@leg@@
always-auth=true
''', nt=nt, gt=gt, leg=legacy), nt, gt, legacy)

    # --- .pypirc
    pt, p1 = pypi_tok(), pw()
    pos(G, "pypirc", T('''
[distutils]
index-servers =
    pypi
    internal

[pypi]
username = __token__
password = @@pt@@

[internal]
repository = https://devpi.acme.lan/acme/prod/
username = releaser
password = @@p1@@
''', pt=pt, p1=p1), pt, p1)

    # --- .git-credentials
    gl, gs, bb = glpat(), ghs(), bitbucket_app()
    pos(G, "git_credentials", T('''
$ cat ~/.git-credentials
https://oauth2:@@gl@@@gitlab.com
https://x-access-token:@@gs@@@github.com
https://m_kowalski:@@bb@@@bitbucket.org
''', gl=gl, gs=gs, bb=bb), gl, gs, bb)

    # --- pip.conf
    p1, at = pw(urlsafe=True), rs(73, AN)
    pos(G, "pip_conf", T('''
# /etc/pip.conf on the build image
[global]
index-url = https://ci-reader:@@p1@@@artifactory.acme.lan/artifactory/api/pypi/pypi-remote/simple
extra-index-url = https://__token__:@@at@@@gitlab.acme.lan/api/v4/projects/412/packages/pypi/simple
trusted-host = artifactory.acme.lan
timeout = 60
''', p1=p1, at=at), p1, at)

    # --- docker config.json auths
    u1, t1 = "AWS", rs(200, B64)
    a1 = b64(f"{u1}:{t1}")
    a2 = b64(f"_json_key_base64:{b64(rbytes(120))}")
    cfg = {"auths": {f"{dg(12)}.dkr.ecr.eu-west-1.amazonaws.com": {"auth": a1},
                     "europe-west3-docker.pkg.dev": {"auth": a2}},
           "credsStore": "", "currentContext": "default"}
    pos(G, "docker_config", "~/.docker/config.json from the runner:\n" + json.dumps(cfg, indent=4), a1, a2)

    # --- redis.conf + my.cnf
    p1, p2, p3 = pw(), pw(), pw()
    pos(G, "redis_mycnf", T('''
# redis.conf (excerpt)
bind 0.0.0.0
protected-mode yes
requirepass @@p1@@
masterauth @@p2@@
appendonly yes

# ~/.my.cnf
[client]
user=root
password="@@p3@@"
host=mysql-primary.lan
''', p1=p1, p2=p2, p3=p3), p1, p2, p3)

    # --- negatives
    neg(G, "ini_sections", T('''
[database]
host = ${DB_HOST}
user = tally
password = ${DB_PASSWORD}

[mail]
smtp_user = %(SMTP_USER)s
smtp_pass =
; smtp_pass is read from /run/secrets/smtp_pass when empty

[cache]
key_prefix = tally:v5:
checksum = sha1:@@c@@
''', c=hx(40)))

    neg(G, "properties", T('''
db.url=jdbc\\:postgresql\\://${DB_HOST\\:localhost}\\:5432/warehouse
db.user=${DB_USER:warehouse}
db.password=${DB_PASSWORD:}
app.build.commit=@@sha@@
app.build.time=2026-12-04T18\\:22\\:09Z
ui.color.primary=#1f6feb
ui.color.accent=#@@col@@
''', sha=hx(40), col=hx(6)))

    neg(G, "maven_settings", T('''
<settings>
  <servers>
    <server>
      <id>nexus-releases</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
    <server>
      <id>gpg.passphrase</id>
      <passphrase>${env.GPG_PASSPHRASE}</passphrase>
    </server>
  </servers>
</settings>
'''))

    neg(G, "npmrc", T('''
registry=https://registry.npmjs.org/
@acme:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${GITHUB_TOKEN}
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
engine-strict=true
'''))

    lock = {"name": "storefront", "version": "4.8.0", "lockfileVersion": 3, "requires": True, "packages": {}}
    for name, ver in [("react", "18.3.1"), ("scheduler", "0.23.2"), ("loose-envify", "1.4.0"), ("js-tokens", "4.0.0")]:
        lock["packages"][f"node_modules/{name}"] = {
            "version": ver, "resolved": f"https://registry.npmjs.org/{name}/-/{name}-{ver}.tgz",
            "integrity": "sha512-" + b64(rbytes(64)), "license": "MIT"}
    neg(G, "package_lock", json.dumps(lock, indent=2))

    neg(G, "nginx_conf", T('''
server {
    listen 443 ssl http2;
    server_name metrics.fjordfreight.no;
    ssl_certificate     /etc/letsencrypt/live/metrics.fjordfreight.no/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/metrics.fjordfreight.no/privkey.pem;
    auth_basic           "Prometheus";
    auth_basic_user_file /etc/nginx/.htpasswd;
    add_header Content-Security-Policy "script-src 'self' 'sha256-@@h@@'" always;
    location /prometheus/ { proxy_pass http://prometheus:9090/; }
}
''', h=b64(rbytes(32))))


# ======================================================================== ticket
def g_ticket():
    G = "ticket"
    # --- Jira wiki markup comment
    st = sentry_user()
    pos(G, "jira_comment", T('''
*PLAT-2291* Sentry releases not being created from CI

[~k.yamamoto] I ran it by hand on the runner and it works, so it's the env in the pipeline:
{code:bash}
export SENTRY_AUTH_TOKEN=@@st@@
export SENTRY_ORG=acme-logistics
sentry-cli releases new "web@$(git rev-parse --short HEAD)"
{code}
{quote}error: API request failed: sentry reported an error: You do not have permission to perform this action. (http status: 403){quote}
Moving back to *In Progress*.
''', st=st), st)

    # --- GitHub issue with config block
    ok_ = openai_legacy()
    pos(G, "github_issue", T('''
### Describe the bug

After upgrading to 0.9.2 the `summarize` command hangs forever with no output.

### Config

```yaml
provider: openai
openai_api_key: @@ok@@
model: gpt-4o
max_tokens: 2048
```

### Environment

- OS: macOS 15.1 (arm64)
- Python: 3.12.7
- Package version: 0.9.2 (worked in 0.8.5)

### Logs

```
DEBUG httpx: HTTP Request: POST https://api.openai.com/v1/chat/completions "HTTP/1.1 200 OK"
DEBUG summarize: waiting for stream...
```
''', ok=ok_), ok_)

    # --- Slack export JSON
    p1, gt = pw(), gh_pat()
    msgs = [
        {"type": "message", "user": "U04" + rs(8, UP + DG), "text": "anyone has the staging db pw? need to rerun the backfill",
         "ts": f"17333{dg(5, DG)}.{dg(6, DG)}", "client_msg_id": uid()},
        {"type": "message", "user": "U02" + rs(8, UP + DG), "text": f"`{p1}` (user `backfill`). pls don't paste it anywhere :sweat_smile:",
         "ts": f"17333{dg(5, DG)}.{dg(6, DG)}", "client_msg_id": uid(), "thread_ts": f"17333{dg(5, DG)}.{dg(6, DG)}"},
        {"type": "message", "user": "U04" + rs(8, UP + DG),
         "text": f"thx. also the gh token in the runbook expired, using mine for now: {gt}",
         "ts": f"17333{dg(5, DG)}.{dg(6, DG)}", "client_msg_id": uid()},
    ]
    pos(G, "slack_export", "from the export (channel #data-eng, 2026-12-04.json):\n" + json.dumps(msgs, indent=2, ensure_ascii=False), p1, gt)

    # --- email thread with signature
    f, l = person()
    em, ph, mob = email(f, l, "hargreaves-freight.co.uk"), phone("UK_lon"), phone("UK_mob")
    pos(G, "email_signature", T('''
Hi team,

Following up on the customs paperwork for shipment HF-22817 -- the commercial invoice still shows the old HS code. Could you reissue by Friday?

Kind regards,

@@f@@ @@l@@
Senior Customs Coordinator | Hargreaves Freight Ltd
Unit 4, Thameside Industrial Estate, London E16 2QS
T: @@ph@@  |  M: @@mob@@
E: @@em@@

-----Original Message-----
From: Ops Desk <ops@fjordfreight.no>
Sent: 03 December 2026 16:40
Subject: RE: HF-22817 customs docs
''', f=f, l=l, ph=ph, mob=mob, em=em), em, ph, mob)

    # --- support ticket with customer data
    f, l = person()
    em, ph = email(f, l), phone("US")
    cn = card("visa")
    cnf = card_fmt(cn, " ")
    pos(G, "support_ticket", T('''
Ticket #48213 | Priority: High | Channel: Web form
Subject: Charged twice for annual plan

Customer: @@f@@ @@l@@
Email: @@em@@
Phone: @@ph@@
Plan: Pro (annual), Org ID 88412

Message:
Hi, I was charged twice on Dec 2. The card I used is @@cn@@ exp 08/29. Please refund one of the charges ASAP, my bank says both are pending.

Internal note: duplicate PaymentIntent created by retry bug, see INC-1182.
''', f=f, l=l, em=em, ph=ph, cn=cnf), em, ph, cnf)

    # --- Linear issue markdown
    p1 = pw(urlsafe=True)
    pos(G, "linear_issue", T('''
**ENG-4410 Backfill job OOMs on large tenants**

Repro:

1. `kubectl -n data port-forward svc/warehouse-pg 5433:5432`
2. `DATABASE_URL=postgresql://backfill:@@p1@@@localhost:5433/warehouse python -m jobs.backfill --tenant 9912`
3. watch RSS grow to 14 GiB then OOMKilled

Suspect we load the full `events` partition. Labels: `bug`, `data-platform`  Estimate: 3
''', p1=p1), p1)

    # --- ServiceNow work notes with temp password
    p1 = pw(style=1)
    f, l = person()
    pos(G, "servicenow", T('''
INC0071932 - VPN access not working after password expiry
Caller: @@f@@ @@l@@ (Finance)
State: Resolved

Work notes (2026-12-04 10:22:51 - IT Service Desk):
Verified identity via callback. Reset AD password and forced change at next logon.
Temporary password given to user over phone: @@p1@@
User confirmed login to GlobalProtect successful.
''', f=f, l=l, p1=p1), p1)

    # --- PagerDuty alert payload
    ak = rs(32, AN)
    alert = {"incident": {"id": "Q" + rs(13, UP + DG), "title": "[FIRING:1] ShippingQuoteErrors (prod)",
                          "urgency": "high", "service": {"summary": "shipping-gateway"}},
             "log_entries": [{"channel": {"type": "api", "details": {
                 "alertname": "ShippingQuoteErrors", "error": "401 from carrier API",
                 "request_headers": {"X-Api-Key": ak, "Accept": "application/json", "X-Request-Id": uid()}}}}]}
    pos(G, "pagerduty", "PD incident payload, why is the carrier returning 401?\n" + json.dumps(alert, indent=2), ak)

    # --- Teams chat paste
    f1, l1 = person()
    cs = azure_client_secret()
    pos(G, "teams_chat", T('''
[10:42] @@f1@@ @@l1@@
for the sandbox tenant use app reg "erp-sync-sandbox", client id @@cid@@
[10:42] @@f1@@ @@l1@@
secret: @@cs@@
expires in 90 days, I'll move it to the vault later
[10:44] Build Bot
Pipeline erp-sync #1187 succeeded
''', f1=f1, l1=l1, cid=uid(), cs=cs), cs)

    # --- Zendesk refund with IBAN
    f, l = person()
    ib = iban("DE")
    ibs = iban_sp(ib)
    em = email(f, l, "web.de")
    pos(G, "zendesk_refund", T('''
Anfrage #73310 - Rückerstattung Bestellung 1002-88413

Guten Tag,

die Rücksendung ist am 28.11. bei Ihnen eingegangen (DHL Sendungsnummer 00340434161094024519). Bitte überweisen Sie den Betrag von 149,90 EUR auf mein Konto:

Kontoinhaber: @@f@@ @@l@@
IBAN: @@ib@@
BIC: COBADEFFXXX

Rückfragen gerne an @@em@@.

Mit freundlichen Grüßen
@@f@@ @@l@@
''', f=f, l=l, ib=ibs, em=em), ibs, em)

    # --- Confluence runbook break-glass
    p1, p2 = pw(), pw()
    pos(G, "confluence_runbook", T('''
Runbook: Firewall failover (FortiGate HA)
Owner: Network team  |  Last updated: 2026-11-20

1. Log in to the secondary unit at https://fw02-mgmt.corp.local (break-glass account):
   user: fgt-breakglass
   pass: @@p1@@
2. System > HA > check "Primary" priority = 200
3. If the GUI is down, SSH as admin / @@p2@@ and run: execute ha manage 1 admin
4. Rotate the break-glass password after use (ticket template NET-ROT).
''', p1=p1, p2=p2), p1, p2)

    # --- Intercom transcript with PII
    f, l = person()
    em, ph = email(f, l), phone("AU")
    pos(G, "chat_transcript", T('''
Conversation with @@f@@ (Intercom) - 4 Dec 2026

@@f@@: hi, can't log in, it says my email isn't registered
Bot: Sorry about that! What email did you sign up with?
@@f@@: @@em@@ or maybe my work one, not sure
Agent (Sam): Found it under the personal address. I've sent a reset link. Is @@ph@@ still the best number for the SMS code?
@@f@@: yes that's my mobile
Agent (Sam): Great, you're all set.
''', f=f, em=em, ph=ph), em, ph)

    # --- negatives
    neg(G, "jira_comment", T('''
*SEC-412* Rotate Stripe restricted key after offboarding

Done. Old key revoked in the dashboard, new one stored in Vault at {{secret/data/payments/stripe}} (version 7).
Deploy: commit {{@@sha@@}}, pipeline #18822.
No code change needed; pods pick it up via the vault-agent sidecar.
Resolution: *Fixed*
''', sha=hx(40)))

    neg(G, "github_issue", T('''
### Describe the bug

`summarize` fails with `AuthenticationError` even though the key works with curl.

### Config

```yaml
provider: openai
openai_api_key: ${OPENAI_API_KEY}   # exported in ~/.zshrc
model: gpt-4o
```

### Environment
- OS: Ubuntu 24.04
- Version: 0.9.2 (commit @@sha@@)

Output of `env | grep OPENAI`: `OPENAI_API_KEY=sk-...` (redacted, 164 chars)
''', sha=hx(7)))

    neg(G, "slack_export", json.dumps([
        {"type": "message", "user": "U04" + rs(8, UP + DG), "text": "rotated the staging db password, it's in 1Password under \"staging / backfill\"",
         "ts": f"17333{dg(5, DG)}.{dg(6, DG)}", "client_msg_id": uid()},
        {"type": "message", "subtype": "bot_message", "bot_id": "B0" + rs(9, UP + DG),
         "text": f"Deploy of web@{hx(7)} to production finished in 4m12s", "ts": f"17333{dg(5, DG)}.{dg(6, DG)}"},
        {"type": "message", "user": "U02" + rs(8, UP + DG), "text": ":+1: thanks", "ts": f"17333{dg(5, DG)}.{dg(6, DG)}",
         "reactions": [{"name": "white_check_mark", "count": 2}]}], indent=2))

    on = dg(16)
    while luhn_ok(on):
        on = dg(16)
    neg(G, "support_ticket", T('''
Ticket #48290 | Priority: Normal
Subject: Where is my order?

Order number: @@on@@
Placed: 2026-11-29 14:03 CET
Paid with: Visa ending in 4417
Carrier: DHL Express, waybill 1Z@@w@@
Status: In transit - expected 2026-12-06

Macro applied: "Shipping delay - winter peak"
''', on=on, w=rs(16, UP + DG)))

    neg(G, "pagerduty", json.dumps({"incident": {"id": "Q" + rs(13, UP + DG), "title": "[RESOLVED] DiskPressure on ingest-3",
        "urgency": "low", "dedup_key": uid(), "service": {"summary": "ingest"}},
        "details": {"host": "ingest-3.prod.internal", "mount": "/var/lib/kafka", "used_pct": 91.4,
                    "runbook": "https://wiki.acme.lan/runbooks/disk-pressure", "fingerprint": hx(16)}}, indent=2))


# ======================================================================== table
def _csv(rows, delim=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue().rstrip("\n")


def g_table():
    G = "table"
    # --- CSV with quoted cells containing commas
    rows = [["id", "name", "email", "phone", "notes"]]
    secrets = []
    for i, cc in enumerate(["US", "UK_mob", "DE_mob", "FR"]):
        f, l = person()
        em, ph = email(f, l), phone(cc)
        secrets += [em, ph]
        rows.append([str(1040 + i), f"{l}, {f}", em, ph, R.choice(["VIP, prefers email", "called twice, \"urgent\"", "", "moved to Berlin, new address pending"])])
    pos(G, "csv_quoted", "can you dedupe this by email? export from the CRM:\n\n" + _csv(rows), secrets)

    # --- TSV of service account keys
    rows, secrets = [], []
    lines = ["service\taccess_key_id\tsecret_access_key\tcreated\tlast_used"]
    for svc in ["etl-loader", "backup-s3", "cdn-purge"]:
        a, s = aws_akid(), aws_secret()
        secrets += [a, s]
        lines.append(f"{svc}\t{a}\t{s}\t2025-0{R.randint(1, 9)}-{R.randint(10, 28)}\t2026-12-0{R.randint(1, 4)}")
    pos(G, "tsv_keys", "Which of these keys are unused? (pasted from our inventory sheet)\n\n" + "\n".join(lines), secrets)

    # --- markdown table without separator row
    p1, p2, p3 = pw(), pw(), pw()
    pos(G, "md_nosep", T('''
Environments for the new contractor:

| env | host | user | password |
| dev | pg-dev.lan | app | @@p1@@ |
| staging | pg-stg.lan | app | @@p2@@ |
| prod (read only) | pg-ro.lan | readonly | @@p3@@ |
''', p1=p1, p2=p2, p3=p3), p1, p2, p3)

    # --- heroku config fixed width
    p1, p2, sg = pw(urlsafe=True), pw(urlsafe=True), sendgrid()
    pos(G, "heroku_config", T('''
$ heroku config -a acme-quotes-api
=== acme-quotes-api Config Vars
DATABASE_URL:             postgres://u@@u@@:@@p1@@@ec2-54-217-12-9.eu-west-1.compute.amazonaws.com:5432/d@@d@@
LOG_LEVEL:                info
REDIS_URL:                rediss://:@@p2@@@ec2-34-250-4-77.eu-west-1.compute.amazonaws.com:28740
SENDGRID_API_KEY:         @@sg@@
WEB_CONCURRENCY:          3
''', u=rs(12, LO + DG), d=rs(12, LO + DG), p1=p1, p2=p2, sg=sg), p1, p2, sg)

    # --- payments CSV with cards (dashes) and IBANs
    rows = [["payout_id", "beneficiary", "method", "account", "amount_eur"]]
    secrets = []
    for i in range(4):
        f, l = person()
        if i % 2 == 0:
            acct = iban_sp(iban(R.choice(["FR", "NL", "ES", "IT"])))
            meth = "SEPA"
        else:
            acct = card_fmt(card(R.choice(["visa", "mc"])), "-")
            meth = "card push"
        secrets.append(acct)
        rows.append([f"po_{rs(10, LO + DG)}", f"{f} {l}", meth, acct, f"{R.randint(40, 2200)}.{R.randint(0, 99):02d}"])
    pos(G, "csv_payouts", "failed payouts from yesterday's batch:\n" + _csv(rows), secrets)

    # --- Excel paste with multi-line quoted cell
    p1, p2 = pw(), pw()
    pos(G, "excel_paste", T('''
System	Login	Password	Notes
Synology NAS	admin	@@p1@@	"2FA off
ask Tomasz before changing"
UniFi controller	ubnt-admin	@@p2@@	
Printer (HP E78330)	admin		default PIN in drawer
''', p1=p1, p2=p2), p1, p2)

    # --- AsciiDoc table
    p1, tk = pw(), linear()
    pos(G, "asciidoc", T('''
.Integration credentials (staging)
[cols="1,2,3",options="header"]
|===
|Integration |Account |Secret

|Linear
|bot@@n@@
|@@tk@@

|SFTP drop (partner)
|acme_in
|@@p1@@
|===
''', n=dg(2), tk=tk, p1=p1), tk, p1)

    # --- Org-mode table
    p1, dt = pw(), do_tok()
    pos(G, "orgmode", T('''
* Homelab
** Credentials
| service    | user  | secret                                                                   |
|------------+-------+--------------------------------------------------------------------------|
| proxmox    | root  | @@p1@@ |
| DO API     | -     | @@dt@@ |
| pihole     | admin | (see bitwarden)                                                          |
''', p1=p1, dt=dt), p1, dt)

    # --- RST simple table
    f1, l1 = person()
    f2, l2 = person()
    e1, e2 = email(f1, l1, "uni-heidelberg.de"), email(f2, l2, "uni-heidelberg.de")
    p1, p2 = phone("DE"), phone("DE_mob")
    pos(G, "rst_table", T('''
Contacts
========

=================  ==============================  ===================
Name               Email                           Phone
=================  ==============================  ===================
@@n1@@  @@e1@@  @@p1@@
@@n2@@  @@e2@@  @@p2@@
=================  ==============================  ===================
''', n1=f"{f1} {l1}".ljust(17)[:17], e1=e1.ljust(30), p1=p1, n2=f"{f2} {l2}".ljust(17)[:17], e2=e2.ljust(30), p2=p2), e1, e2, p1, p2)

    # --- semicolon CSV (European)
    rows = [["Kundennr", "Name", "IBAN", "Telefon", "E-Mail"]]
    secrets = []
    for i in range(3):
        f, l = person()
        ib, ph, em = iban("DE"), phone(R.choice(["DE", "DE_mob", "DE_paren"])), email(f, l, R.choice(["gmx.de", "web.de", "t-online.de"]))
        secrets += [ib, ph, em]
        rows.append([f"K-{dg(5)}", f"{l}; {f}" if i == 1 else f"{l}, {f}", ib, ph, em])
    pos(G, "csv_semicolon", "Lastschrift-Export (Semikolon-getrennt):\n" + _csv(rows, ";"), secrets)

    # --- vault kv get fixed width
    p1, sk_ = pw(), stripe_sk()
    pos(G, "vault_kv", T('''
$ vault kv get secret/payments/prod
====== Secret Path ======
secret/data/payments/prod

======= Metadata =======
Key                Value
---                -----
created_time       2026-11-20T10:11:03.481Z
custom_metadata    <nil>
deletion_time      n/a
destroyed          false
version            7

======= Data =======
Key                  Value
---                  -----
db_password          @@p1@@
stripe_secret_key    @@sk@@
''', p1=p1, sk=sk_), p1, sk_)

    # --- 1Password CSV export
    rows = [["Title", "Website", "Username", "Password", "OTPAuth", "Favorite", "Archived", "Tags", "Notes"]]
    secrets = []
    for title, site, user in [("AWS root", "https://signin.aws.amazon.com", "it@fjordfreight.no"),
                              ("Registrar", "https://www.namecheap.com", "fjordfreight"),
                              ("Wi-Fi office", "", "")]:
        p = pw()
        secrets.append(p)
        rows.append([title, site, user, p, "", "false", "false", "infra", "shared vault, rotate yearly" if user else "WPA2, SSID FF-Office"])
    pos(G, "onepassword_csv", _csv(rows), secrets)

    # --- aws --output text
    a, s = aws_akid(), aws_secret()
    pos(G, "aws_text", T('''
$ aws iam create-access-key --user-name etl-loader --output text
ACCESSKEY	@@a@@	2026-12-05T09:02:41+00:00	@@s@@	Active	etl-loader
''', a=a, s=s), a, s)

    # --- negatives
    rows = [["order_id", "sku", "qty", "amount", "created_at", "tracking"]]
    for _ in range(5):
        o = dg(16)
        while luhn_ok(o):
            o = dg(16)
        rows.append([o, f"SKU-{rs(6, UP + DG)}", str(R.randint(1, 4)), f"{R.randint(5, 400)}.{R.randint(0, 99):02d}",
                     f"2026-12-0{R.randint(1, 4)}T{R.randint(10, 23)}:{R.randint(10, 59)}:{R.randint(10, 59)}Z",
                     f"JJD{dg(15, DG)}"])
    neg(G, "csv_orders", _csv(rows))

    neg(G, "md_env", T('''
| Variable | Required | Description |
|---|---|---|
| `DATABASE_URL` | yes | Postgres connection string, e.g. `postgres://USER:PASSWORD@HOST:5432/DB` |
| `STRIPE_SECRET_KEY` | yes | Secret key from the Stripe dashboard (starts with `sk_live_` / `sk_test_`) |
| `SESSION_SECRET` | yes | 32+ random bytes, generate with `openssl rand -hex 32` |
| `LOG_LEVEL` | no | `debug`, `info` (default), `warn` |
'''))

    lines = ["REPOSITORY                      TAG       DIGEST                                                                    IMAGE ID       CREATED        SIZE"]
    for repo, tag in [("ghcr.io/acme/checkout-api", "2.14.1"), ("postgres", "16.4"), ("redis", "7.4-alpine")]:
        lines.append(f"{repo:<31} {tag:<9} sha256:{hx(64)}   {hx(12)}   {R.randint(2, 9)} days ago     {R.randint(40, 900)}MB")
    neg(G, "docker_images", "\n".join(lines))

    lines = ["sha\tauthor\tdate\tsubject"]
    for subj in ["chore(deps): bump axios from 1.7.7 to 1.7.9", "fix: handle empty password field in signup form",
                 "feat: rotate API keys from admin panel", "chore(deps): update actions/checkout digest to " + hx(7)]:
        lines.append(f"{hx(40)}\t{R.choice(['dependabot[bot]', 'renovate[bot]'])}\t{ts()}+00:00\t{subj}")
    neg(G, "tsv_gitlog", "\n".join(lines))

    neg(G, "vault_kv", T('''
$ vault kv metadata get secret/payments/prod
======== Metadata Path ========
secret/metadata/payments/prod

========== Metadata ==========
Key                     Value
---                     -----
cas_required            false
created_time            2025-03-02T08:44:19.102Z
current_version         7
max_versions            0
oldest_version          1
updated_time            2026-11-20T10:11:03.481Z
''', ))


# ======================================================================== shell
def g_shell():
    G = "shell"
    gt, tok2 = ghp(), gh_pat()
    pos(G, "history_export", T('''
$ history | tail -n 8
  498  cd ~/src/infra
  499  gh auth status
  500  export GITHUB_TOKEN=@@gt@@
  501  gh repo list acme --limit 200 --json name,isArchived > repos.json
  502  export GH_ENTERPRISE_TOKEN='@@t2@@'
  503  jq '.[] | select(.isArchived == false) | .name' repos.json | wc -l
  504  history | tail -n 8
why does gh still say I'm not logged in to github.acme.lan?
''', gt=gt, t2=tok2), gt, tok2)

    p1, t1 = pw(), rs(34, HEX)
    pos(G, "curl_user", T('''
$ curl -s -u admin:'@@p1@@' https://jenkins.acme.lan/api/json?tree=jobs[name,color] | jq '.jobs | length'
0
$ curl -s --user "deploy-bot:@@t1@@" -X POST https://jenkins.acme.lan/job/web-deploy/buildWithParameters -d ENV=staging
<html><head><meta http-equiv='refresh' content='1;url=/login?from=%2Fjob%2Fweb-deploy%2F'/>
''', p1=p1, t1=t1), p1, t1)

    ok_ = openai_proj()
    pos(G, "curl_bearer", T('''
curl https://api.openai.com/v1/responses \\
  -H "Content-Type: application/json" \\
  -H 'Authorization: Bearer @@ok@@' \\
  -d '{"model": "gpt-4.1-mini", "input": "Write a haiku about DNS"}'

returns {"error": {"message": "You exceeded your current quota", "type": "insufficient_quota"}} but I just topped up?
''', ok=ok_), ok_)

    p1, p2 = pw(), pw()
    pos(G, "mysql_p", T('''
$ mysql -h 10.30.1.5 -u root -p@@p1@@ shop < dump-2026-12-04.sql
mysql: [Warning] Using a password on the command line interface can be insecure.
ERROR 1452 (23000) at line 8812: Cannot add or update a child row: a foreign key constraint fails
$ mysqldump --single-transaction --user=backup --password=@@p2@@ --host=10.30.1.6 shop orders > orders.sql
''', p1=p1, p2=p2), p1, p2)

    p1, sk_, wh = pw(urlsafe=True), stripe_sk(), stripe_whsec()
    pos(G, "heredoc", T('''
ssh deploy@app-2 'bash -s' <<'EOF'
cat > /srv/shop/.env.production <<ENV
DATABASE_URL=postgres://shop:@@p1@@@db.lan:5432/shop
STRIPE_SECRET_KEY=@@sk@@
STRIPE_WEBHOOK_SECRET=@@wh@@
ENV
sudo systemctl restart shop
EOF
''', p1=p1, sk=sk_, wh=wh), p1, sk_, wh)

    p1 = pw()
    enc = b64(p1)
    tok = anthropic()
    enc2 = b64(tok)
    pos(G, "base64_pipe", T('''
# found this in the old deploy script, what does it do?
DB_PASS=$(echo '@@enc@@' | base64 -d)
export ANTHROPIC_API_KEY="$(echo @@enc2@@ | base64 --decode)"
./bin/server --db-pass "$DB_PASS"
''', enc=enc, enc2=enc2), enc, enc2)

    p1, p2 = pw(), pw()
    pos(G, "sshpass", T('''
for h in web-1 web-2 web-3; do
  sshpass -p '@@p1@@' ssh -o StrictHostKeyChecking=no deploy@$h 'sudo systemctl reload nginx'
done
sshpass -p @@p2@@ scp backup.tar.gz root@nas.lan:/volume1/backups/
''', p1=p1, p2=p2), p1, p2)

    gl, gt = glpat(), ghp()
    pos(G, "git_clone", T('''
$ git clone https://oauth2:@@gl@@@gitlab.acme.lan/platform/terraform-modules.git
Cloning into 'terraform-modules'...
fatal: unable to access 'https://gitlab.acme.lan/platform/terraform-modules.git/': SSL certificate problem: unable to get local issuer certificate
$ cd legacy-app && git remote -v
origin	https://acme-ci:@@gt@@@github.com/acme/legacy-app.git (fetch)
origin	https://acme-ci:@@gt@@@github.com/acme/legacy-app.git (push)
''', gl=gl, gt=gt), gl, gt)

    p1 = pw()
    pos(G, "inline_env", T('''
PGPASSWORD='@@p1@@' psql -h analytics-ro.lan -U looker -d analytics -c "\\copy (select * from daily_kpis where day >= now() - interval '30 days') to 'kpis.csv' csv header"
''', p1=p1), p1)

    gt, p1 = ghp(), pw()
    pos(G, "docker_login", T('''
echo "@@gt@@" | docker login ghcr.io -u acme-ci --password-stdin
docker login -u robot$ci-push -p '@@p1@@' harbor.acme.lan
Error response from daemon: Get "https://harbor.acme.lan/v2/": unauthorized: authentication required
''', gt=gt, p1=p1), gt, p1)

    a, s = aws_akid(), aws_secret()
    pos(G, "aws_configure", T('''
$ aws configure --profile billing
AWS Access Key ID [None]: @@a@@
AWS Secret Access Key [None]: @@s@@
Default region name [None]: us-east-1
Default output format [None]: json
$ aws ce get-cost-and-usage --profile billing --time-period Start=2026-11-01,End=2026-12-01 --granularity MONTHLY --metrics BlendedCost
An error occurred (AccessDeniedException) when calling the GetCostAndUsage operation: User is not authorized to perform: ce:GetCostAndUsage
''', a=a, s=s), a, s)

    gl, p1 = glpat(), pw()
    pos(G, "wget", T('''
wget --header="PRIVATE-TOKEN: @@gl@@" -O artifacts.zip "https://gitlab.acme.lan/api/v4/projects/412/jobs/artifacts/main/download?job=build"
wget --user=mirror --password='@@p1@@' -r -np -nH https://files.partner-edi.de/outbound/
''', gl=gl, p1=p1), gl, p1)

    tk, p1 = hx(40), pw()
    pos(G, "httpie", T('''
$ http POST https://api.pipedrive.com/v1/persons api_token==@@tk@@ name="Test Lead"
HTTP/1.1 401 Unauthorized
$ http -a svc-report:'@@p1@@' GET https://jira.acme.lan/rest/api/2/search jql=='project=OPS'
''', tk=tk, p1=p1), tk, p1)

    p1, tk = pw(), rs(32, AN)
    pos(G, "ps_aux", T('''
$ ps aux | grep [j]ava
app      28113  8.1 12.4 9182732 2041188 ?     Sl   Dec04  92:17 /usr/bin/java -Xmx2g -Dspring.profiles.active=prod -Dspring.datasource.password=@@p1@@ -Dapp.license.key=@@tk@@ -jar /opt/billing/billing.jar
''', p1=p1, tk=tk), p1, tk)

    ak = anthropic()
    pos(G, "zsh_history", T('''
$ tail -n 5 ~/.zsh_history
: 1733390112:0;cd ~/src/agent
: 1733390140:0;export ANTHROPIC_API_KEY=@@ak@@
: 1733390151:0;uv run agent.py --task "triage issues"
: 1733390302:0;unset ANTHROPIC_API_KEY
: 1733390310:0;git status
''', ak=ak), ak)

    p1, p2 = pw(urlsafe=True), pw()
    pos(G, "db_clis", T('''
$ mongosh "mongodb+srv://app_rw:@@p1@@@cluster0.x8kq2.mongodb.net/orders?retryWrites=true&w=majority"
MongoServerError: bad auth : authentication failed
$ redis-cli -h cache.lan -a '@@p2@@' --no-auth-warning INFO keyspace
# Keyspace
db0:keys=184422,expires=180003,avg_ttl=3511223
''', p1=p1, p2=p2), p1, p2)

    # --- negatives
    neg(G, "history", T('''
  601  export GITHUB_TOKEN=$(gh auth token)
  602  read -rs DB_PASS && export DB_PASS
  603  curl -sS -H "Authorization: Bearer $GITHUB_TOKEN" https://api.github.com/user | jq .login
  604  PGPASSWORD="$DB_PASS" psql -h db.lan -U app -c 'select 1'
  605  unset DB_PASS GITHUB_TOKEN
'''))

    neg(G, "checksums", T('''
$ sha256sum terraform_1.10.1_linux_amd64.zip
@@h1@@  terraform_1.10.1_linux_amd64.zip
$ grep linux_amd64 terraform_1.10.1_SHA256SUMS
@@h1@@  terraform_1.10.1_linux_amd64.zip
$ git log --oneline -3
@@s1@@ (HEAD -> main, origin/main) bump terraform to 1.10.1
@@s2@@ ci: cache provider plugins
@@s3@@ docs: explain how to set TF_TOKEN_app_terraform_io
''', h1=hx(64), s1=hx(7), s2=hx(7), s3=hx(7)))

    neg(G, "mysql_prompt", T('''
$ mysql -h db.lan -u root -p shop
Enter password:
Welcome to the MySQL monitor.  Commands end with ; or \\g.
Your MySQL connection id is 88213
Server version: 8.0.40 MySQL Community Server - GPL
mysql> SELECT user, host, plugin FROM mysql.user WHERE user = 'app';
+------+------+-----------------------+
| user | host | plugin                |
+------+------+-----------------------+
| app  | %    | caching_sha2_password |
+------+------+-----------------------+
'''))

    neg(G, "curl_vars", T('''
#!/usr/bin/env bash
set -euo pipefail
: "${JENKINS_USER:?}" "${JENKINS_TOKEN:?}"
curl -fsS -u "$JENKINS_USER:$JENKINS_TOKEN" "https://jenkins.acme.lan/job/web-deploy/buildWithParameters?ENV=${1:-staging}"
curl -fsS --netrc-file ~/.netrc-artifactory -O https://artifactory.acme.lan/artifactory/generic/tools/jq-1.7.1
sshpass -e ssh deploy@web-1 uptime   # password comes from $SSHPASS
'''))

    neg(G, "docker_login", T('''
$ aws ecr get-login-password --region eu-west-1 | docker login --username AWS --password-stdin @@acct@@.dkr.ecr.eu-west-1.amazonaws.com
WARNING! Your password will be stored unencrypted in /home/ci/.docker/config.json.
Configure a credential helper to remove this warning. See
https://docs.docker.com/engine/reference/commandline/login/#credential-stores

Login Succeeded
''', acct=dg(12)))


# ======================================================================== uri
def pct(s):
    from urllib.parse import quote
    return quote(s, safe="")


def g_uri():
    G = "uri"
    gk = google_key()
    pos(G, "query_key", T('''
The geocoder returns REQUEST_DENIED for this, is the key restricted to the wrong API?
https://maps.googleapis.com/maps/api/geocode/json?address=Karl-Liebknecht-Str.+1,+10178+Berlin&language=de&key=@@gk@@
{"error_message": "This API project is not authorized to use this API.", "results": [], "status": "REQUEST_DENIED"}
''', gk=gk), gk)

    fb = fb_token()
    pos(G, "access_token_param", T('''
GET https://graph.facebook.com/v21.0/me/accounts?fields=id,name,access_token&access_token=@@fb@@&limit=25
-> (#200) Requires pages_show_list permission to manage the object
''', fb=fb), fb)

    sig_raw = b64(rbytes(32))
    sig = pct(sig_raw)
    pos(G, "sas_sig", T('''
restore is failing with 403 AuthenticationFailed when azcopy uses this URL:
azcopy copy "https://acmeprodbackups.blob.core.windows.net/sql/Payroll_20261204.bak?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-12-31T23:59:59Z&st=2026-12-01T00:00:00Z&spr=https&sig=@@sig@@" ./restore/
''', sig=sig), sig)

    a = aws_akid()
    s4 = hx(64)
    pos(G, "s3_presigned", T('''
https://acme-invoices.s3.eu-central-1.amazonaws.com/2026/11/INV-88213.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=@@a@@%2F20261205%2Feu-central-1%2Fs3%2Faws4_request&X-Amz-Date=20261205T091233Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=@@s4@@
customer says the link from the invoice email gives SignatureDoesNotMatch
''', a=a, s4=s4), a, s4)

    yt = ya29()
    pos(G, "fragment_token", T('''
after the Google login redirect I land on
https://app.tidyhr.io/oauth/callback#state=@@st@@&access_token=@@yt@@&token_type=Bearer&expires_in=3599&scope=email%20profile%20openid%20https://www.googleapis.com/auth/userinfo.email&authuser=0&prompt=none
but the SPA never picks it up, window.location.hash is empty in the handler?
''', st=rs(22, URLSAFE), yt=yt), yt)

    raw = pw(style=0) + "@/:"
    raw = raw[:6] + "@" + raw[6:10] + "/" + raw[10:] 
    enc = pct(raw)
    pos(G, "userinfo_encoded", T('''
celery can't connect: "ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN"
CELERY_BROKER_URL=amqps://svc-orders:@@enc@@@rabbit.prod.internal:5671/orders
(password contains @ and / so I percent-encoded it)
''', enc=enc), enc)

    url, tok = slack_hook()
    pos(G, "slack_webhook", T('''
import requests
requests.post("@@url@@", json={"text": f"Backup finished: {size_gb:.1f} GB"})
# returns 404 no_service since yesterday
''', url=url), tok)

    url, tok = discord_hook()
    pos(G, "discord_webhook", T('''
uptime-kuma notification settings -> Discord -> Webhook URL:
@@url@@
test message works but real alerts never arrive
''', url=url), tok)

    url, h, sig2 = teams_hook(R.choice(["acmelogistics", "fjordfreight", "bauerlogistik"]))
    pos(G, "teams_webhook", "Grafana contact point (Microsoft Teams) URL we used before the workflows migration:\n" + url
        + "\nTeams now answers 'Connector has been deprecated'.", h, sig2)

    p1, p2 = pw(), pw(urlsafe=True)
    pos(G, "jdbc_params", T('''
spring.datasource.url=jdbc:sqlserver://sql01.corp.local:1433;databaseName=Billing;user=sa;password=@@p1@@;encrypt=true;trustServerCertificate=true
legacy.datasource.url=jdbc:oracle:thin:SCOTT/@@p2@@@//ora-legacy.corp.local:1521/ORCL
''', p1=p1, p2=p2), p1, p2)

    p1 = pw(urlsafe=True)
    rt = "AY" + rs(62, URLSAFE)
    pos(G, "redis_tls", T('''
UPSTASH_REDIS_URL=rediss://default:@@p1@@@eu1-sharp-falcon-38122.upstash.io:6379
UPSTASH_REDIS_REST_URL=https://eu1-sharp-falcon-38122.upstash.io
UPSTASH_REDIS_REST_TOKEN=@@rt@@
''', p1=p1, rt=rt), p1, rt)

    p1, p2 = pw(urlsafe=True), pw(urlsafe=True)
    pos(G, "ftp_smb", T('''
lftp -e "mirror -R ./dist /htdocs; quit" ftp://webdeploy:@@p1@@@ftp.kunden-hosting.de
smbclient //fs01/finance -U 'CORP\\mkowalski%@@p2@@' -c 'ls'
mount: smb://CORP;mkowalski:@@p2@@@fs01.corp.local/finance
''', p1=p1, p2=p2), p1, p2)

    tg = telegram()
    pos(G, "telegram_bot", T('''
https://api.telegram.org/bot@@tg@@/sendMessage?chat_id=-100@@cid@@&text=deploy%20ok&parse_mode=Markdown
{"ok":false,"error_code":400,"description":"Bad Request: chat not found"}
''', tg=tg, cid=dg(10)), tg)

    bb = bitbucket_app()
    pos(G, "git_plus_url", T('''
# requirements.txt
django==5.1.4
celery[redis]==5.4.0
git+https://x-token-auth:@@bb@@@bitbucket.org/acme/pdfkit-fork.git@v0.6.2#egg=pdfkit
acme-shared @ git+https://gitlab.acme.lan/platform/acme-shared.git@@tag@@
''', bb=bb, tag="@3.2.0"), bb)

    # --- negatives
    neg(G, "query_placeholder", T('''
Docs say to call:
https://maps.googleapis.com/maps/api/geocode/json?address=1600+Amphitheatre+Parkway&key=YOUR_API_KEY
and for the static map:
https://maps.googleapis.com/maps/api/staticmap?center=52.52,13.405&zoom=12&size=640x400&key=<YOUR_API_KEY>
Campaign link: https://shop.fjordfreight.no/winter?utm_source=newsletter&utm_medium=email&utm_campaign=2026-12&utm_content=@@u@@
''', u=uid()))

    neg(G, "s3_plain", T('''
s3://acme-invoices/2026/11/INV-88213.pdf
https://acme-invoices.s3.eu-central-1.amazonaws.com/2026/11/INV-88213.pdf?versionId=@@v@@
ETag: "@@e@@"
x-amz-request-id: @@r@@
x-amz-id-2: @@id2@@
''', v=rs(32, URLSAFE.replace("-", "")), e=hx(32), r=rs(16, UP + DG), id2=b64(rbytes(48))))

    neg(G, "webhook_placeholder", T('''
From the Slack docs, the webhook looks like
https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX
and Discord's is https://discord.com/api/webhooks/{webhook.id}/{webhook.token}
Put yours in SLACK_WEBHOOK_URL, never in the repo.
'''))

    neg(G, "git_urls", T('''
git@github.com:acme/legacy-app.git
https://github.com/acme/legacy-app/commit/@@sha@@
https://github.com/acme/legacy-app/compare/v2.3.0...v2.4.0
https://gitlab.acme.lan/platform/terraform-modules/-/merge_requests/412/diffs?commit_id=@@sha2@@
''', sha=hx(40), sha2=hx(40)))

    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa" + rbytes(180)
    neg(G, "data_uri", '<img alt="status" width="16" height="16" src="data:image/png;base64,' + b64(png) + '">\n'
        '<link rel="icon" href="data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 16 16%22%3E%3Ccircle cx=%228%22 cy=%228%22 r=%228%22 fill=%22%2322c55e%22/%3E%3C/svg%3E">')

    neg(G, "db_url_nopass", T('''
DATABASE_URL=postgres://app@db.internal:5432/app?sslmode=verify-full&sslrootcert=/etc/ssl/rds-ca.pem
REPLICA_URL=postgres://app:${PGPASSWORD}@db-ro.internal:5432/app
REDIS_URL=redis://redis-master.cache.svc:6379/2
AMQP_URL=amqps://rabbit.prod.internal:5671/orders
'''))


# ======================================================================== lang
def g_lang():
    G = "lang"
    ck, sk_ = rs(40, URLSAFE), stripe_sk()
    pos(G, "kotlin_raw", T('''
object PaymentsConfig {
    const val STRIPE_KEY = "@@sk@@"

    val adyenJson = """
        {
          "merchantAccount": "AcmeRetailECOM",
          "clientKey": "live_@@ck2@@",
          "apiKey": "@@ck@@"
        }
    """.trimIndent()
}
''', sk=sk_, ck=ck, ck2=rs(32, UP + DG)), sk_, ck)

    lines = ec_pem_lines()
    pos(G, "swift_multiline", T('''
// AppStoreConnectAuth.swift
let issuerID = "@@iss@@"
let keyID = "@@kid@@"
let privateKey = """
-----BEGIN PRIVATE KEY-----
@@body@@
-----END PRIVATE KEY-----
"""
let jwt = try AppStoreConnectJWT(issuerID: issuerID, keyID: keyID, privateKey: privateKey).sign()
''', iss=uid(), kid=rs(10, UP + DG), body="\n".join(lines)), lines[0], lines[-1])

    p1, p2 = pw(), pw()
    pos(G, "csharp_verbatim", T('''
public static class Legacy
{
    public const string ConnStr = @"Data Source=SQL02\\PAYROLL;Initial Catalog=Payroll;User Id=payroll_svc;Password=@@p1@@;TrustServerCertificate=True";

    public static readonly NetworkCredential SmtpCred = new NetworkCredential("noreply", "@@p2@@");

    public const string Sample = """
        { "note": "raw string literal, C# 11" }
        """;
}
''', p1=p1, p2=p2), p1, p2)

    p1, gk = pw(urlsafe=True), google_key()
    pos(G, "go_backticks", T('''
package config

const dsn = `host=pg.internal port=5432 user=reports password=@@p1@@ dbname=reports sslmode=require`

var defaults = map[string]string{
	"maps_api_key": `@@gk@@`,
	"region":       "europe-west3",
}
''', p1=p1, gk=gk), p1, gk)

    ak, p1 = anthropic(), pw()
    pos(G, "rust_raw", T('''
// src/bin/smoke.rs -- quick smoke test, not committed (I hope)
const API_KEY: &str = r#"@@ak@@"#;
const ADMIN_PASS: &str = r"@@p1@@";

fn main() {
    let body = r#"{"model":"claude-haiku-4-5","max_tokens":64,"messages":[{"role":"user","content":"ping"}]}"#;
    println!("{}", call(API_KEY, body).unwrap());
}
''', ak=ak, p1=p1), ak, p1)

    p1, hft = pw(urlsafe=True), hf_tok()
    pos(G, "python_fstring", T('''
HF_TOKEN = """@@hft@@"""
engine = create_engine(f"postgresql+psycopg://admin:@@p1@@@{host}:{port}/{db}", pool_pre_ping=True)
snapshot_download(repo_id=f"{org}/llama-ft-{run_id}", token=HF_TOKEN)
''', hft=hft, p1=p1), hft, p1)

    p1, tk = pw(), twilio_sk()
    ts_ = hx(32)
    pos(G, "perl_q", T('''
#!/usr/bin/perl
use strict; use warnings;
my $db_pass = q{@@p1@@};
my %twilio = (
    sid    => q(@@tk@@),
    secret => qq{@@ts@@},
);
my $dbh = DBI->connect("dbi:Pg:dbname=sms;host=db1", "sms", $db_pass) or die $DBI::errstr;
''', p1=p1, tk=tk, ts=ts_), p1, ts_)

    p1, tk = pw(), rs(48, AN)
    pos(G, "lua_long", T('''
-- kong custom plugin config (handler.lua)
local config = {
  upstream_secret = [[@@tk@@]],
  redis_password  = [==[@@p1@@]==],
  timeout_ms      = 2500,
}
return config
''', tk=tk, p1=p1), tk, p1)

    p1, skb = pw(), rs(64, B64)
    pos(G, "elixir_sigil", T('''
# config/runtime.exs
import Config

config :shop, Shop.Repo,
  username: "shop",
  password: ~s(@@p1@@),
  hostname: "db.internal",
  pool_size: 10

config :shop, ShopWeb.Endpoint,
  secret_key_base: ~S"@@skb@@"
''', p1=p1, skb=skb), p1, skb)

    p1, sg = pw(), sendgrid()
    pos(G, "ruby_percent", T('''
# config/initializers/mailer.rb
ActionMailer::Base.smtp_settings = {
  address: "smtp.sendgrid.net",
  user_name: "apikey",
  password: %q(@@sg@@),
  authentication: :plain
}
LEGACY_FTP_PASS = %Q[@@p1@@]
''', sg=sg, p1=p1), sg, p1)

    p1, ak = pw(), rs(64, AN + "!#%^&*()-_=+[]{}<>~")
    pos(G, "php_nowdoc", T('''
<?php
define('DB_PASSWORD', '@@p1@@');
define('AUTH_KEY',    '@@ak@@');
$license = <<<'EOT'
@@lic@@
EOT;
''', p1=p1, ak=ak, lic=rs(40, UP + DG)), p1, ak)

    pk = pkcs8_pem_lines()
    pos(G, "java_textblock", T('''
class FirebaseTestSupport {
    static final String SERVICE_ACCOUNT = """
        {
          "type": "service_account",
          "project_id": "acme-mobile-prod",
          "private_key_id": "@@kid@@",
          "private_key": "-----BEGIN PRIVATE KEY-----\\n@@body@@\\n-----END PRIVATE KEY-----\\n",
          "client_email": "firebase-adminsdk-x7k2p@acme-mobile-prod.iam.gserviceaccount.com"
        }
        """;
}
''', kid=hx(40), body="\\n".join(pk)), pk[1], pk[-2])

    p1, tk = pw(), rs(40, URLSAFE)
    pos(G, "clojure_edn", T('''
;; resources/config.edn
{:db {:dbtype "postgresql"
      :host "pg.internal"
      :user "ledger"
      :password "@@p1@@"}
 :http {:port 8080}
 :integrations {:mollie {:api-key "live_@@tk@@"}}}
''', p1=p1, tk=tk), p1, "live_" + tk)

    p1 = pw()
    pos(G, "dart_raw", T('''
// lib/env.dart
class Env {
  static const mqttPassword = r'@@p1@@';
  static const mqttUser = 'fleet-tracker';
  static const broker = 'mqtts://mqtt.fleet.acme.lan:8883';
}
''', p1=p1), p1)

    # --- negatives
    neg(G, "kotlin_raw", T('''
object PaymentsConfig {
    val stripeKey: String = System.getenv("STRIPE_KEY") ?: error("STRIPE_KEY missing")
    val webhookSecret = BuildConfig.STRIPE_WEBHOOK_SECRET
    val schema = """
        {"type":"object","properties":{"password":{"type":"string","minLength":12}}}
    """.trimIndent()
}
'''))

    neg(G, "rust_raw", T('''
let api_key = std::env::var("ANTHROPIC_API_KEY").context("set ANTHROPIC_API_KEY")?;
let schema = r#"{"type":"object","required":["token"],"properties":{"token":{"type":"string"}}}"#;
let re = Regex::new(r"^sk-ant-[a-z0-9]+-[A-Za-z0-9_-]{20,}$")?;
const BUILD: &str = "@@sha@@";
''', sha=hx(40)))

    neg(G, "python_fstring", T('''
def dsn(host: str, db: str) -> str:
    """Build the DSN. The password must never be hard-coded; it comes from the env."""
    password = os.environ["PGPASSWORD"]
    return f"postgresql+psycopg://admin:{password}@{host}:5432/{db}"

API_KEY = os.getenv("HF_TOKEN", "")
CACHE_KEY = f"model:{MODEL_ID}:{REVISION}"   # REVISION = "@@sha@@"
''', sha=hx(40)))

    neg(G, "elixir_sigil", T('''
import Config
config :shop, Shop.Repo,
  username: System.get_env("DB_USER", "shop"),
  password: System.fetch_env!("DB_PASSWORD"),
  hostname: "db.internal"
config :shop, ShopWeb.Endpoint,
  secret_key_base: System.fetch_env!("SECRET_KEY_BASE"),
  live_view: [signing_salt: ~s(@@salt@@)]
''', salt="lv"))

    neg(G, "go_backticks", T('''
type Credentials struct {
	Username string `json:"username" validate:"required"`
	Password string `json:"password" validate:"required,min=12"`
	APIKey   string `json:"api_key,omitempty" env:"API_KEY"`
}

const q = `SELECT id, email_verified_at FROM users WHERE password_reset_token = $1 AND expires_at > now()`
'''))


# ======================================================================== prose
def g_prose():
    G = "prose"
    a, s = aws_akid(), aws_secret()
    pos(G, "use_this_key", T('''
Can you write me a small Python script that lists all my S3 buckets with their total size? Use this key: @@a@@ and the secret is @@s@@ (region eu-central-1). I only need the output as a table.
''', a=a, s=s), a, s)

    p1 = pw()
    pos(G, "spanish", T('''
Hola! Estoy intentando conectar DBeaver a nuestro MySQL en el servidor de la oficina y me da "Access denied". El usuario es contabilidad y mi contraseña es @@p1@@ , el puerto 3306. ¿Qué estoy haciendo mal? ¿Tengo que activar algo en el servidor?
''', p1=p1), p1)

    ok_ = openai_proj()
    pos(G, "german", T('''
Hallo, ich bekomme bei jedem Aufruf einen 401-Fehler. Mein API-Schlüssel lautet @@ok@@ – kannst du mir sagen, ob das Format stimmt? Ich habe ihn gestern im Dashboard erstellt.
''', ok=ok_), ok_)

    gt = gh_pat()
    pos(G, "french", T('''
Bonjour, je n'arrive pas à pousser sur le dépôt privé. Voici mon jeton : « @@gt@@ ». Il a les droits "Contents: Read and write". Pourquoi j'ai toujours "Permission denied" ?
''', gt=gt), gt)

    p1 = pw()
    pos(G, "portuguese", T('''
Oi! preciso de ajuda pra restaurar um backup do Postgres no RDS. o usuário master é postgres e a senha do banco é "@@p1@@". o comando pg_restore termina com "role rdsadmin does not exist". o que faço?
''', p1=p1), p1)

    sb = slack_bot()
    pos(G, "just_in_case", T('''
the bot stopped posting to #deploys after we reinstalled the app. the token, just in case, is `@@sb@@` (it's the bot one, not the user one). scopes are chat:write and channels:read. what am I missing?
''', sb=sb), sb)

    key = anthropic()
    cut = R.randint(50, 70)
    k1, k2 = key[:cut], key[cut:]
    pos(G, "split_lines", T('''
my key got wrapped when I copied it from the terminal, does this look complete?

@@k1@@
@@k2@@

I set it as ANTHROPIC_API_KEY but the SDK says invalid x-api-key.
''', k1=k1, k2=k2), k1, k2)

    sk_ = stripe_rk()
    gk = google_key()
    pos(G, "brackets", T('''
Here's my setup (real values, it's a test account I'll delete tomorrow):
stripe restricted key -> <@@sk@@>
places key = [@@gk@@]
Why does the autocomplete widget say "ApiNotActivatedMapError"?
''', sk=sk_, gk=gk), sk_, gk)

    p1, s2, k3 = pw(), rs(32, AN), rs(40, HEX)
    pos(G, "typo_keys", T('''
config that the vendor sent us, the app still can't log in:
usr: integration
pasword: @@p1@@
secert: @@s2@@
api-kye: @@k3@@
endpiont: https://edi.partner-logistik.de/api/v2
''', p1=p1, s2=s2, k3=k3), p1, s2, k3)

    p1 = pw()
    pos(G, "japanese", T('''
社内のNASにログインできません。ユーザー名は admin、パスワードは @@p1@@ です。昨日までは問題なく使えていました。ファームウェアの更新が原因でしょうか？
''', p1=p1), p1)

    p1 = pw()
    pos(G, "italian", T('''
Ciao, ho configurato Thunderbird con la casella aziendale ma non invia. Server SMTP smtp.aruba.it porta 465, utente fatture@studio-rossi.it e la password è @@p1@@. Dove sbaglio?
''', p1=p1), p1)

    p1 = pw()
    pos(G, "polish", T('''
Cześć, potrzebuję skryptu w bashu, który co noc zrobi backup bazy. Dane dostępowe: host db.firma.local, użytkownik backup, moje hasło to @@p1@@ . Backup ma trafiać na /mnt/nas.
''', p1=p1), p1)

    ok_ = openai_legacy()
    pos(G, "chinese", T('''
你好，我用 Python 调用接口一直报 401 错误。我的密钥是 @@ok@@ ，模型是 gpt-4o-mini。请帮我看看代码哪里有问题。
''', ok=ok_), ok_)

    p1, p2 = pw(), pw()
    pos(G, "bare_lines", T('''
pls check why the router admin page won't take these, copied straight from the sticker + the one IT gave me:

admin
@@p1@@

and for the guest wifi
@@p2@@

thanks!
''', p1=p1, p2=p2), p1, p2)

    p1 = pw()
    pos(G, "russian", T('''
Привет! Не могу подключиться к серверу по SSH, пишет Permission denied. Логин deploy, пароль: @@p1@@ . Ключи не настроены. Что проверить в sshd_config?
''', p1=p1), p1)

    p1 = pw()
    pos(G, "hinglish", T('''
bhai mera jenkins login nahi ho raha, user admin hai aur mera password hai @@p1@@ , kal tak chal raha tha. plugin update ke baad se issue hai, kya karu?
''', p1=p1), p1)

    tk = hx(32)
    pos(G, "turkish", T('''
Merhaba, Datadog agent'ı kurarken hata alıyorum. API anahtarım şu: @@tk@@ . Site olarak datadoghq.eu seçtim. Agent loglarında "API Key invalid" yazıyor.
''', tk=tk), tk)

    # --- negatives
    neg(G, "advice", T('''
How should I store my API key for a small Flask app? Right now I paste it into a .env file and load it with python-dotenv. Is that okay for production or should I use something like AWS Secrets Manager? Also, should the key be rotated regularly, and how often?
'''))

    neg(G, "placeholder", T('''
I replaced my real key with sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx in the snippet below so I don't leak it:

client = OpenAI(api_key="sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")

Why does it say "Incorrect API key provided" even with my real one? (I double checked it's the project key.)
'''))

    neg(G, "spanish", T('''
¿Cómo cambio la contraseña de mi cuenta de Gmail si ya no recuerdo la anterior? Tengo acceso al teléfono de recuperación pero no me llega el código. La versión de la app es 2026.11.17.
'''))

    neg(G, "german_policy", T('''
Unsere Passwortrichtlinie verlangt mindestens 14 Zeichen, Groß- und Kleinbuchstaben und eine Zahl. Ab Version 3.4.2 prüft das Portal das auch serverseitig. Ist eine Passphrase aus vier zufälligen Wörtern sicherer? Bitte mit Quellen (NIST SP 800-63B).
'''))

    neg(G, "env_reference", T('''
The token is in the env var GITHUB_TOKEN (set by `gh auth login`, stored in the macOS keychain). The workflow uses ${{ secrets.GITHUB_TOKEN }} and the job id is @@u@@. Why does `git push` inside the action still prompt for a password?
''', u=uid()))

    neg(G, "redacted", T('''
Here's the failing config with secrets masked:
  username: svc-reports
  password: ********
  api_key: [REDACTED]
  webhook: https://hooks.slack.com/services/<redacted>
It worked until the certificate rotation on 2026-12-01.
'''))


# ======================================================================== pii
def g_pii():
    G = "pii"
    f, l = person()
    em, ph = email(f, l), phone("UK_dom")
    ni = uk_nino()
    pos(G, "uk_address", T('''
Please update the payroll record:

@@f@@ @@l@@
Flat 3, 18 Albion Road
Sheffield S2 4HZ
Mobile: @@ph@@
Personal email: @@em@@
National Insurance number: @@ni@@
Start date 6 January 2027, salary band C.
''', f=f, l=l, ph=ph, em=em, ni=ni), ph, em, ni)

    f, l = person()
    em, ph, ib = email(f, l, "t-online.de"), phone("DE_paren"), iban_sp(iban("DE"))
    pos(G, "de_contact", T('''
Neue Lieferantenstammdaten bitte anlegen:
Firma: Schreinerei @@l@@ GmbH, Industriestr. 14, 85354 Freising
Ansprechpartner: @@f@@ @@l@@, Tel. @@ph@@, @@em@@
Bankverbindung: Sparkasse Freising, IBAN @@ib@@, BIC BYLADEM1FSI
Zahlungsziel 30 Tage netto.
''', f=f, l=l, ph=ph, em=em, ib=ib), ph, em, ib)

    f, l = person()
    em, ph, ph2, ib = email(f, l, "orange.fr"), phone("FR"), phone("FR_dom"), iban_sp(iban("FR"))
    pos(G, "fr_contact", T('''
Bonjour,
Suite à notre échange, voici mes coordonnées pour le remboursement :
@@f@@ @@l@@ - 12 rue des Lilas, 69003 Lyon
Portable : @@ph@@ / fixe : @@ph2@@
Courriel : @@em@@
RIB : @@ib@@
Cordialement
''', f=f, l=l, ph=ph, ph2=ph2, em=em, ib=ib), ph, ph2, em, ib)

    f, l = person()
    ph, ad, em = phone("IN"), aadhaar(), email(f, l, "rediffmail.com")
    pos(G, "in_kyc", T('''
KYC details for the new vendor account (please verify before onboarding):
Name: @@f@@ @@l@@
Mobile: @@ph@@
Aadhaar: @@ad@@
Email: @@em@@
Address: 22/7 MG Road, Indiranagar, Bengaluru 560038
''', f=f, l=l, ph=ph, ad=ad, em=em), ph, ad, em)

    ph, ph2 = phone("JP"), phone("JP_dom")
    em = email("Kenji", "Tanaka", "docomo.ne.jp")
    pos(G, "jp_contact", T('''
お世話になっております。配送先の変更をお願いします。
〒150-0002 東京都渋谷区渋谷2-21-1 ヒカリエ 14F
田中 健二
携帯: @@ph@@ (日中は会社 @@ph2@@ までお願いします)
メール: @@em@@
''', ph=ph, ph2=ph2, em=em), ph, ph2, em)

    f, l = person()
    ph, ph2, em = phone("AU"), phone("AU_land"), email(f, l, "bigpond.com")
    pos(G, "au_contact", T('''
Tenant application - 14/220 Pacific Hwy, St Leonards NSW 2065
Applicant: @@f@@ @@l@@
Mobile @@ph@@, work @@ph2@@
Email @@em@@
Previous landlord reference attached.
''', f=f, l=l, ph=ph, ph2=ph2, em=em), ph, ph2, em)

    f, l = person()
    ph, c, em = phone("BR"), cpf(), email(f, l, "uol.com.br")
    pos(G, "br_cadastro", T('''
Cadastro de cliente (pedido #55120):
Nome: @@f@@ @@l@@
CPF: @@c@@
Celular/WhatsApp: @@ph@@
E-mail: @@em@@
Endereço: Rua Augusta, 1508 - apto 92, Consolação, São Paulo - SP, 01304-001
''', f=f, l=l, c=c, ph=ph, em=em), c, ph, em)

    f, l = person()
    ph, sn, em = phone("US_dom"), ssn(), email(f, l)
    pos(G, "us_ssn", T('''
Can you turn this into a W-9 style summary table?
Payee: @@f@@ @@l@@ (sole proprietor)
SSN: @@sn@@
Phone: @@ph@@
Email: @@em@@
Address: 2217 Larkspur Ln, Boise, ID 83706
''', f=f, l=l, sn=sn, ph=ph, em=em), sn, ph, em)

    cn = card("mc")
    cf = card_fmt(cn, "-")
    pos(G, "card_dashes", T('''
Quick one: the booking engine rejects this card with "invalid number" but the bank says it's fine.
Card: @@cf@@  exp 09/28  CVC 318
Name on card: M. OLIVEIRA
Is there some validation on dashes?
''', cf=cf), cf)

    cn = card("amex")
    cf = card_fmt(cn, " ")
    f, l = person()
    pos(G, "amex_spaces", T('''
Corporate card for the offsite booking (please keep on file until 12/15 only):
Cardholder: @@f@@ @@l@@
Amex @@cf@@, valid thru 04/29
Billing ZIP 94107
''', f=f, l=l, cf=cf), cf)

    i1, i2 = iban("NL"), iban("ES")
    pos(G, "iban_compact", T('''
Refunds pending approval:
- order 88213, EUR 42.00 -> @@i1@@
- order 88219, EUR 199.00 -> @@i2@@
Both customers confirmed account holder = order name.
''', i1=i1, i2=i2), i1, i2)

    n1 = nhs()
    f, l = person()
    ph = phone("UK_mob")
    pos(G, "nhs_number", T('''
Referral letter draft - please fix the grammar only:
Re: @@f@@ @@l@@, DOB 14/03/1987, NHS No. @@n1@@
Contact: @@ph@@
Thank you for seeing this patient, who presents with recurrent migraine...
''', f=f, l=l, n1=n1, ph=ph), n1, ph)

    i4, i6 = ipv4(), ipv6()
    i4b = ipv4()
    pos(G, "ip_addresses", T('''
Security notice for account j.schmidt: new sign-ins detected
- Dec 4, 23:41 CET from @@i4@@ (Frankfurt, DE) - Chrome on Windows
- Dec 5, 02:17 CET from @@i6@@ (São Paulo, BR) - unknown device
- Dec 5, 02:19 CET from @@i4b@@ (São Paulo, BR) - failed MFA
Was this you? If not, reset your password.
''', i4=i4, i6=i6, i4b=i4b), i4, i6, i4b)

    f, l = person()
    em, ph = email(f, l), phone(R.choice(["ES", "IT", "MX", "NL"]))
    form = {"form_id": "signup-v3", "submitted_at": ts() + "Z", "fields": {
        "first_name": f, "last_name": l, "email": em, "phone": ph, "date_of_birth": f"19{R.randint(60, 99)}-0{R.randint(1, 9)}-{R.randint(10, 28)}",
        "newsletter": True, "company_size": "11-50"}}
    pos(G, "form_json", "webhook body from the signup form:\n" + json.dumps(form, indent=2, ensure_ascii=False), em, ph)

    sn_ = sin_ca()
    f, l = person()
    ph = phone("US")
    pos(G, "ca_sin", T('''
Onboarding checklist - new hire (Toronto office)
Name: @@f@@ @@l@@
SIN: @@sn@@
Phone: @@ph@@
Direct deposit form received: yes
''', f=f, l=l, sn=sn_, ph=ph), sn_, ph)

    f, l = person()
    cn = card("visa")
    ib = iban_sp(iban("BE"))
    em = email(f, l, "skynet.be")
    pos(G, "mixed_chat", T('''
ok so for the invoice use my private details please: @@em@@, and pay the deposit back to @@ib@@. if that doesn't work just refund to the card I used, @@cn@@.
''', em=em, ib=ib, cn=cn), em, ib, cn)

    # --- negatives
    on = dg(16)
    while luhn_ok(on):
        on = dg(16)
    neg(G, "order_confirmation", T('''
Order confirmation
Order no.: @@on@@
Date: 05.12.2026 09:14
Items: 2 x USB-C cable (SKU 4471-2210), 1 x charger 65 W
Total: EUR 58.97 (incl. VAT 9.42)
Payment: Mastercard **** 8812
Shipping: DPD Classic, parcel @@dpd@@
Estimated delivery: 08.12.2026 - 09.12.2026
''', on=on, dpd=dg_nl(14)))

    neg(G, "iban_format", T('''
A German IBAN has 22 characters: DEkk bbbb bbbb cccc cccc cc, where kk are the check digits, b the 8-digit bank code (BLZ) and c the 10-digit account number. The check digits are computed with ISO 7064 MOD 97-10. A UK IBAN is GBkk BBBB SSSS SSCC CCCC CC.
'''))

    neg(G, "changelog", T('''
## 4.12.0 (2026-12-04)
- Build 20261204.3, runtime 10.0.19045.5131 compatible
- Bumped libphonenumber to 8.13.52, libpostal to 1.1.0
- Fixed rounding in invoice totals (issue #18812)
- Session timeout now 1800 s (was 900 s)
- Performance: p95 latency 212 ms -> 148 ms at 4,200 rps
'''))

    neg(G, "phone_placeholder", T('''
Support hours: Mon-Fri 08:00-18:00 CET.
Call us on +44 20 XXXX XXXX or use the form; from Germany dial 0800 000 0000 (placeholder until the new number is live).
Reference your case as CASE-2026-004417 and your customer number as KD-00088213.
'''))

    neg(G, "booking", T('''
Booking reference: @@ref@@
Hotel Lindenhof, 2 nights (12.12.2026 - 14.12.2026), room type Double Superior, rate code FLEX2
Check-in from 15:00, check-out until 11:00
Confirmation code: @@code@@
Total: CHF 412.00, pay at hotel
''', ref=rs(6, UP + DG), code=dg(10)))

    eans = []
    while len(eans) < 4:
        body = "40" + dg(10, DG)
        s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
        e = body + str((10 - s % 10) % 10)
        if not luhn_ok(e):
            eans.append(e)
    neg(G, "barcodes", "Inventory count 2026-12-04 (aisle 7):\n" + "\n".join(
        f"EAN {e}  qty {R.randint(1, 40):>3}  bin A7-{R.randint(1, 30):02d}" for e in eans)
        + "\nISBN 978-3-16-148410-0  qty   2  bin A7-31")

    neg(G, "colors_ids", T('''
Theme tokens (v2.3.0):
--brand-primary: #@@c1@@;
--brand-accent: #@@c2@@;
--surface: #f8fafc;
Component ids: btn-@@u1@@, modal-@@u2@@
Request trace: @@t@@
''', c1=hx(6), c2=hx(6), u1=uid()[:8], u2=uid()[:8], t=hx(32)))


# ======================================================================== tooling
def g_tooling():
    G = "tooling"
    pk = pkcs8_pem_lines()
    kid = hx(40)
    sa = {"type": "service_account", "project_id": "acme-analytics-prod", "private_key_id": kid,
          "private_key": "-----BEGIN PRIVATE KEY-----\n" + "\n".join(pk) + "\n-----END PRIVATE KEY-----\n",
          "client_email": "bq-loader@acme-analytics-prod.iam.gserviceaccount.com", "client_id": dg(21),
          "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token",
          "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
          "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/bq-loader%40acme-analytics-prod.iam.gserviceaccount.com",
          "universe_domain": "googleapis.com"}
    pos(G, "gcp_sa_json", "bigquery client says invalid_grant: Invalid JWT Signature. key file:\n" + json.dumps(sa, indent=2),
        kid, pk[1], pk[10], pk[-2])

    a, s = aws_akid(), aws_secret()
    b2id, b2k = "005" + hx(22), "K005" + rs(27, AN + "/+")
    pos(G, "rclone_conf", T('''
$ cat ~/.config/rclone/rclone.conf
[s3-archive]
type = s3
provider = AWS
access_key_id = @@a@@
secret_access_key = @@s@@
region = eu-west-1
storage_class = DEEP_ARCHIVE

[b2-photos]
type = b2
account = @@b2id@@
key = @@b2k@@
hard_delete = true
''', a=a, s=s, b2id=b2id, b2k=b2k), a, s, b2k)

    k, sct = rs(20, UP + DG), rs(43, B64)
    pos(G, "s3cfg", T('''
[default]
access_key = @@k@@
secret_key = @@sct@@
host_base = fra1.digitaloceanspaces.com
host_bucket = %(bucket)s.fra1.digitaloceanspaces.com
use_https = True
signature_v2 = False
''', k=k, sct=sct), k, sct)

    ok_, p1 = openai_proj(), pw()
    launch = {"version": "0.2.0", "configurations": [
        {"name": "API (debug)", "type": "debugpy", "request": "launch", "module": "uvicorn",
         "args": ["app.main:app", "--reload", "--port", "8000"],
         "env": {"OPENAI_API_KEY": ok_, "DATABASE_URL": f"postgresql://dev:{p1}@localhost:5432/app", "LOG_LEVEL": "debug"},
         "justMyCode": False}]}
    pos(G, "vscode_launch", "// .vscode/launch.json\n" + json.dumps(launch, indent=4), ok_, p1)

    p1, tk = pw(), stripe_sk()
    pos(G, "idea_workspace", T('''
<component name="RunManager" selected="Spring Boot.BillingApplication">
  <configuration name="BillingApplication" type="SpringBootApplicationConfigurationType" factoryName="Spring Boot">
    <module name="billing" />
    <option name="SPRING_BOOT_MAIN_CLASS" value="com.acme.billing.BillingApplication" />
    <envs>
      <env name="SPRING_PROFILES_ACTIVE" value="local" />
      <env name="DB_PASSWORD" value="@@p1@@" />
      <env name="STRIPE_API_KEY" value="@@tk@@" />
    </envs>
    <method v="2"><option name="Make" enabled="true" /></method>
  </configuration>
</component>
''', p1=p1, tk=tk), p1, tk)

    p1 = pw()
    keys = [rs(64, AN + "!#%^&*()-_=+[]{}<>~;:,.|") for _ in range(2)]
    pos(G, "wp_config", T('''
/** The name of the database for WordPress */
define( 'DB_NAME', 'wp_shop' );
define( 'DB_USER', 'wp_shop' );
define( 'DB_PASSWORD', '@@p1@@' );
define( 'DB_HOST', 'localhost' );

define( 'AUTH_KEY',         '@@k1@@' );
define( 'SECURE_AUTH_KEY',  '@@k2@@' );
''', p1=p1, k1=keys[0], k2=keys[1]), p1, keys[0], keys[1])

    dj, p1 = django_secret(), pw()
    pos(G, "django_settings", T('''
# settings/production.py
SECRET_KEY = '@@dj@@'
DEBUG = False
ALLOWED_HOSTS = ["portal.fjordfreight.no"]
EMAIL_HOST = "smtp.office365.com"
EMAIL_HOST_USER = "portal"
EMAIL_HOST_PASSWORD = "@@p1@@"
EMAIL_USE_TLS = True
''', dj=dj, p1=p1), dj, p1)

    a, sct = rs(20, UP + DG), rs(40, AN)
    mc = {"version": "10", "aliases": {
        "local": {"url": "http://localhost:9000", "accessKey": "minioadmin", "secretKey": "minioadmin", "api": "S3v4", "path": "auto"},
        "prod": {"url": "https://s3.data.acme.lan", "accessKey": a, "secretKey": sct, "api": "s3v4", "path": "auto"}}}
    pos(G, "minio_mc", "~/.mc/config.json\n" + json.dumps(mc, indent=2), sct)

    tt = tfc()
    pos(G, "terraformrc", T('''
# ~/.terraformrc
plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"
credentials "app.terraform.io" {
  token = "@@tt@@"
}
''', tt=tt), tt)

    go_ = gho()
    pos(G, "gh_hosts", T('''
$ cat ~/.config/gh/hosts.yml
github.com:
    users:
        mlindqvist:
            oauth_token: @@go@@
    git_protocol: https
    oauth_token: @@go@@
    user: mlindqvist
''', go=go_), go_)

    db = databricks()
    pos(G, "databrickscfg", T('''
[DEFAULT]
host  = https://adb-@@ws@@.7.azuredatabricks.net
token = @@db@@

[staging]
host      = https://adb-@@ws2@@.14.azuredatabricks.net
auth_type = databricks-cli
''', ws=dg(16), db=db, ws2=dg(16)), db)

    st = sentry_user()
    pos(G, "sentryclirc", T('''
# .sentryclirc (committed by accident?)
[defaults]
url = https://sentry.io/
org = acme-logistics
project = web-frontend

[auth]
token = @@st@@
''', st=st), st)

    p1, p2 = pw(), pw()
    pos(G, "ansible_inventory", T('''
[web]
web-1.lan ansible_user=deploy ansible_password=@@p1@@
web-2.lan ansible_user=deploy ansible_password=@@p1@@

[db]
db-1.lan ansible_user=admin ansible_become_pass='@@p2@@'

[all:vars]
ansible_python_interpreter=/usr/bin/python3
''', p1=p1, p2=p2), p1, p2)

    # --- negatives
    body = "".join(hx(80) + "\n" for _ in range(6)).rstrip("\n")
    neg(G, "ansible_vault", "group_vars/prod/vault.yml:\n$ANSIBLE_VAULT;1.1;AES256\n" + body)

    neg(G, "vscode_launch", json.dumps({"version": "0.2.0", "configurations": [
        {"name": "API (debug)", "type": "debugpy", "request": "launch", "module": "uvicorn",
         "args": ["app.main:app", "--reload"], "envFile": "${workspaceFolder}/.env",
         "env": {"OPENAI_API_KEY": "${env:OPENAI_API_KEY}", "LOG_LEVEL": "debug"}}]}, indent=4))

    neg(G, "gh_hosts", T('''
github.com:
    users:
        mlindqvist:
    git_protocol: ssh
    user: mlindqvist
# token stored in the system keyring (gh auth status: "Token: gho_************************************")
'''))

    neg(G, "django_settings", T('''
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = env.bool("DEBUG", default=False)
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", default="")
PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
AUTH_PASSWORD_VALIDATORS = [{"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}}]
'''))

    lock = '# This file is maintained automatically by "terraform init".\n# Manual edits may be lost in future updates.\n\n'
    for prov, ver in [("hashicorp/aws", "5.80.0"), ("cloudflare/cloudflare", "4.48.0")]:
        hs = "\n".join(f'    "zh:{hx(64)}",' for _ in range(3))
        lock += (f'provider "registry.terraform.io/{prov}" {{\n  version     = "{ver}"\n  constraints = "~> {ver.rsplit(".", 1)[0]}"\n'
                 f'  hashes = [\n    "h1:{b64(rbytes(32))}",\n{hs}\n  ]\n}}\n\n')
    neg(G, "tf_lock", lock.rstrip("\n"))


# ======================================================================== errmsg
def g_errmsg():
    G = "errmsg"
    tk = rs(32, AN)
    pos(G, "requests_401", T('''
Traceback (most recent call last):
  File "/app/sync/weather.py", line 22, in fetch
    r.raise_for_status()
  File "/usr/local/lib/python3.12/site-packages/requests/models.py", line 1024, in raise_for_status
    raise HTTPError(http_error_msg, response=self)
requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.openweathermap.org/data/2.5/forecast?lat=59.91&lon=10.75&units=metric&appid=@@tk@@
''', tk=tk), tk)

    gt = ghp()
    pos(G, "git_fatal", T('''
remote: Permission to acme/infra.git denied to acme-ci.
fatal: unable to access 'https://acme-ci:@@gt@@@github.com/acme/infra.git/': The requested URL returned error: 403
Error: Process completed with exit code 128.
''', gt=gt), gt)

    p1 = pw()
    pos(G, "mongo_parse", T('''
MongoParseError: Password contains unescaped characters
    at new ConnectionString (/app/node_modules/mongodb-connection-string-url/lib/index.js:86:19)
    at parseOptions (/app/node_modules/mongodb/lib/connection_string.js:191:17)
  uri: 'mongodb://orders:@@p1@@@mongo-0.mongo:27017,mongo-1.mongo:27017/orders?replicaSet=rs0'
''', p1=p1), p1)

    p1 = pw(urlsafe=True)
    pos(G, "redis_conn", T('''
redis.exceptions.ConnectionError: Error 111 connecting to redis://:@@p1@@@cache.internal:6379/0. Connection refused.
celery.worker.consumer.consumer: Cannot connect to redis://:@@p1@@@cache.internal:6379/0: Error 111 connecting. Trying again in 32.00 seconds... (16/100)
''', p1=p1), p1)

    p1 = pw()
    pos(G, "java_sqlexception", T('''
2026-12-05 09:12:44,118 WARN  [HikariPool-1 connection adder] com.zaxxer.hikari.pool.PoolBase: HikariPool-1 - Default transaction isolation level detection failed (Access denied for user 'billing'@'10.0.3.14' (using password: YES)).
2026-12-05 09:12:44,120 ERROR [main] c.a.b.BillingApplication: datasource url=jdbc:mysql://mysql-billing:3306/billing?user=billing&password=@@p1@@&useSSL=true
java.sql.SQLException: Access denied for user 'billing'@'10.0.3.14' (using password: YES)
	at com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:130)
''', p1=p1), p1)

    user, p1 = "svc-monitor", pw(urlsafe=True)
    basic = b64(f"{user}:{p1}")
    pos(G, "curl_verbose", T('''
$ curl -v https://es.logs.acme.lan:9200/_cluster/health -u svc-monitor:***
*   Trying 10.8.0.21:9200...
* Connected to es.logs.acme.lan (10.8.0.21) port 9200
* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384
> GET /_cluster/health HTTP/1.1
> Host: es.logs.acme.lan:9200
> Authorization: Basic @@basic@@
> User-Agent: curl/8.5.0
> Accept: */*
>
< HTTP/1.1 401 Unauthorized
< WWW-Authenticate: Basic realm="security" charset="UTF-8"
''', basic=basic), basic)

    tok = rs(40, URLSAFE)
    pos(G, "http_client_debug", T('''
send: b'GET /api/v2/tickets.json?page=2 HTTP/1.1\\r\\nHost: acmehelp.zendesk.com\\r\\nUser-Agent: python-requests/2.32.3\\r\\nAccept-Encoding: gzip, deflate\\r\\nAccept: */*\\r\\nConnection: keep-alive\\r\\nAuthorization: Bearer @@tok@@\\r\\n\\r\\n'
reply: 'HTTP/1.1 429 Too Many Requests\\r\\n'
header: Retry-After: 41
''', tok=tok), tok)

    sb = slack_bot()
    pos(G, "go_panic", T('''
panic: slack: invalid_auth (token "@@sb@@")

goroutine 1 [running]:
main.mustPost(...)
	/src/cmd/notifier/main.go:48
main.main()
	/src/cmd/notifier/main.go:31 +0x2a5
exit status 2
''', sb=sb), sb)

    sat = jwt({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci",
               "kubernetes.io/serviceaccount/secret.name": "deployer-token-8xk2p",
               "kubernetes.io/serviceaccount/service-account.name": "deployer", "sub": "system:serviceaccount:ci:deployer"},
              alg="RS256", kid=rs(43, URLSAFE))
    pos(G, "kubectl_token", T('''
+ kubectl --server=https://k8s-api.acme.lan:6443 --token=@@sat@@ --insecure-skip-tls-verify apply -f deploy/
error: You must be logged in to the server (the server has asked for the client to provide credentials)
''', sat=sat), sat)

    nt = npm_tok()
    pos(G, "npm_err", T('''
npm error code E401
npm error 401 Unauthorized - PUT https://registry.npmjs.org/@acme%2fui-kit - unauthenticated: User cannot be authenticated with the token provided.
$ npm config list
; "user" config from /home/runner/.npmrc
//registry.npmjs.org/:_authToken = "@@nt@@"
; node bin location = /opt/hostedtoolcache/node/20.18.1/x64/bin/node
''', nt=nt), nt)

    # --- negatives
    neg(G, "openai_masked", T('''
openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-********************************************************************************************************************************************************@@tail@@. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}
''', tail=rs(4, AN)))

    neg(G, "pg_auth", T('''
psycopg.OperationalError: connection failed: connection to server at "db.internal" (port 5432) failed: FATAL:  password authentication failed for user "app"
2026-12-05 09:12:44.118 UTC [18821] app@app FATAL:  password authentication failed for user "app"
2026-12-05 09:12:44.118 UTC [18821] app@app DETAIL:  Connection matched file "/etc/postgresql/16/main/pg_hba.conf" line 102: "hostssl all all all scram-sha-256"
'''))

    neg(G, "mysql_denied", T('''
ERROR 1045 (28000): Access denied for user 'root'@'localhost' (using password: YES)
ERROR 2059 (HY000): Authentication plugin 'mysql_native_password' cannot be loaded
Hint: run ALTER USER ... IDENTIFIED WITH caching_sha2_password BY '<new password>';
'''))

    neg(G, "git_auth", T('''
remote: Support for password authentication was removed on August 13, 2021.
remote: Please see https://docs.github.com/get-started/getting-started-with-git/about-remote-repositories#cloning-with-https-urls for information on currently recommended modes of authentication.
fatal: Authentication failed for 'https://github.com/acme/infra.git/'
'''))


# ======================================================================== main
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
DIGITRUN_RE = re.compile(r"(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)")
TOKEN_RE = re.compile(r"AKIA[A-Z2-7]{16}|gh[pousr]_[A-Za-z0-9]{30,}|xox[bpas]-\d|sk_live_|sk-ant-api|sk-proj-[A-Za-z0-9]{20}|"
                      r"AIza[0-9A-Za-z_-]{30}|glpat-[A-Za-z0-9_-]{20}|npm_[A-Za-z0-9]{36}|SG\.[A-Za-z0-9_-]{20}|"
                      r"-----BEGIN [A-Z ]*PRIVATE KEY-----")


def lint_negative(c):
    t = c["text"]
    problems = []
    for m in EMAIL_RE.finditer(t):
        problems.append("email " + m.group(0))
    for m in IPV4_RE.finditer(t):
        if all(int(g) <= 255 for g in m.groups()) and m.group(0) != "0.0.0.0":
            problems.append("ipv4 " + m.group(0))
    for m in DIGITRUN_RE.finditer(t):
        if luhn_ok(re.sub(r"\D", "", m.group(0))):
            problems.append("luhn " + m.group(0))
    for m in TOKEN_RE.finditer(t):
        problems.append("token " + m.group(0))
    return problems


ALLOWED_NEG = {
    # deliberate look-alikes reviewed by hand: SSH remote syntax is not an email
    ("uri.git_urls.n01", "email git@github.com"),
    # userinfo without password in a DSN is not an email address
    ("uri.db_url_nopass.n01", "email app@db.internal"),
    # the all-zero GUID placeholder is not a card number
    ("win.appsettings_json.n01", "luhn 00000000-0000-0000"),
    ("win.appsettings_json.n01", "luhn 0000-000000000000"),
    # a bare prefix mentioned in documentation is not a key
    ("table.md_env.n01", "token sk_live_"),
}


def main():
    for g in (g_dump, g_kube, g_win, g_conf, g_ticket, g_table, g_shell, g_uri, g_lang, g_prose, g_pii,
              g_tooling, g_errmsg):
        g()
    ids = set()
    for c in CASES:
        assert c["id"] not in ids, c["id"]
        ids.add(c["id"])
        is_neg = c["id"].rsplit(".", 1)[1].startswith("n")
        assert is_neg == (c["secrets"] == []), c["id"]
        for s in c["secrets"]:
            assert s and s in c["text"], (c["id"], s)
            assert "example" not in s.lower(), (c["id"], s)
            assert len(set(s)) > 2, (c["id"], s)
        if is_neg:
            for p in lint_negative(c):
                assert (c["id"], p) in ALLOWED_NEG, (c["id"], p)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    npos = sum(1 for c in CASES if c["secrets"])
    print(f"wrote {len(CASES)} cases ({npos} positive, {len(CASES) - npos} negative) to {out}")


if __name__ == "__main__":
    main()
