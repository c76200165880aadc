#!/usr/bin/env python3
"""adv11 -- blind adversarial test set generator for scrubline.

Written blind (without reading the detector, its rules or other sets).
Stdlib only, deterministic: `python3 gen.py` writes cases.jsonl next to itself.
"""
import base64
import hashlib
import json
import os
import random
import re
import string
import textwrap
import urllib.parse

R = random.Random(20261206)

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HEX = "0123456789abcdef"
UHEX = HEX.upper()
B64 = AN + "+/"
URLS = AN + "-_"


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64(s):
    if isinstance(s, str):
        s = s.encode()
    return base64.b64encode(s).decode()


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def ruuid():
    h = rs(HEX, 32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def D(template, **kw):
    """dedent + strip + fill ⟦name⟧ markers."""
    t = textwrap.dedent(template).strip("\n")
    for k, v in kw.items():
        t = t.replace("\u27e6" + k + "\u27e7", str(v))
    assert "\u27e6" not in t, t[:200]
    return t


# ---------------------------------------------------------------- tokens
def aws_id(prefix="AKIA"):
    return prefix + rs(UP + "234567", 16)


def aws_secret():
    return rs(AN + "+/", 40)


def aws_session():
    return "IQoJb3JpZ2luX2VjE" + rs(B64, 340) + "="


def ghp(kind="ghp"):
    return kind + "_" + rs(AN, 36)


def github_pat():
    return "github_pat_11" + rs(UP + DG, 20) + "_" + rs(AN, 59)


def slack_bot():
    return f"xoxb-{rs(DG, 12)}-{rs(DG, 13)}-{rs(AN, 24)}"


def slack_user():
    return f"xoxp-{rs(DG, 12)}-{rs(DG, 12)}-{rs(DG, 13)}-{rs(HEX, 32)}"


def slack_hook():
    tail = rs(AN, 24)
    return f"https://hooks.slack.com/services/T{rs(UP + DG, 10)}/B{rs(UP + DG, 10)}/{tail}", tail


def stripe_sk():
    return "sk_live_51" + rs(AN, 97)


def stripe_rk():
    return "rk_live_51" + rs(AN, 97)


def whsec():
    return "whsec_" + rs(AN, 32)


def openai_key():
    return "sk-proj-" + rs(URLS, 74) + "T3BlbkFJ" + rs(URLS, 74)


def anthropic_key():
    return "sk-ant-api03-" + rs(URLS, 93) + "AA"


def google_key():
    return "AIzaSy" + rs(URLS, 33)


def google_oauth_secret():
    return "GOCSPX-" + rs(URLS, 28)


def google_access():
    return "ya29.a0" + rs(URLS, 170)


def google_refresh():
    return "1//0" + rs(URLS, 99)


def glpat():
    return "glpat-" + rs(URLS, 20)


def npm_tok():
    return "npm_" + rs(AN, 36)


def vault_tok():
    return "hvs.CAESI" + rs(URLS, 86)


def ali_id():
    return "LTAI5t" + rs(AN, 18)


def tencent_id():
    return "AKID" + rs(AN, 32)


def yandex_api():
    return "AQVN" + rs(URLS, 36)


def yandex_iam():
    return "t1.9euelZ" + rs(URLS, 150) + "." + rs(URLS, 86)


def hf_tok():
    return "hf_" + rs(UP + LO, 34)


def replicate_tok():
    return "r8_" + rs(AN, 37)


def groq_tok():
    return "gsk_" + rs(AN, 52)


def pinecone_tok():
    return "pcsk_" + rs(AN, 6) + "_" + rs(AN, 63)


def supabase_pat():
    return "sbp_" + rs(HEX, 40)


def fly_tok():
    return "fo1_" + rs(URLS, 43)


def netlify_tok():
    return "nfp_" + rs(AN, 36)


def linear_tok():
    return "lin_api_" + rs(AN, 40)


def notion_tok():
    return "ntn_" + rs(DG, 11) + rs(AN, 35)


def airtable_tok():
    return "pat" + rs(AN, 14) + "." + rs(HEX, 64)


def shopify_tok():
    return "shpat_" + rs(HEX, 32)


def square_tok():
    return "EAAA" + rs(URLS, 60)


def braintree_tok():
    return f"access_token$production${rs(LO + DG, 16)}${rs(HEX, 32)}"


def mailgun_key():
    return "key-" + rs(HEX, 32)


def sendgrid_key():
    return "SG." + rs(URLS, 22) + "." + rs(URLS, 43)


def nr_user():
    return "NRAK-" + rs(UP + DG, 27)


def nr_license():
    return rs(HEX, 36) + "NRAL"


def sentry_user():
    return "sntryu_" + rs(HEX, 64)


def sentry_org():
    payload = b64(json.dumps({"iat": R.randint(1700000000, 1760000000), "url": "https://sentry.io",
                              "region_url": "https://de.sentry.io", "org": "kestrel-analytics"},
                             separators=(",", ":"))).rstrip("=")
    return "sntrys_" + payload + "_" + rs(AN + "+/", 43)


def azure_storage_key():
    return b64(rbytes(64))


def azure_ad_secret():
    return rs(AN, 3) + "8Q~" + rs(AN + "_.~-", 34)


def dockerhub_tok():
    return "dckr_pat_" + rs(URLS, 27)


def atlassian_tok():
    return "ATATT3xFfGF0" + rs(URLS, 170) + "=" + rs(UHEX, 8)


def tfc_tok():
    return rs(AN, 14) + ".atlasv1." + rs(AN, 67)


def databricks_tok():
    return "dapi" + rs(HEX, 32)


def grafana_sa():
    return "glsa_" + rs(AN, 32) + "_" + rs(HEX, 8)


def grafana_cloud():
    body = json.dumps({"o": str(R.randint(100000, 999999)), "n": "stack-" + str(R.randint(100000, 999999)) + "-hm-write-prom",
                       "k": rs(AN, 24), "m": {"r": "prod-eu-west-2"}}, separators=(",", ":"))
    return "glc_" + b64(body)


def do_tok():
    return "dop_v1_" + rs(HEX, 64)


def fcm_key():
    return "AAAA" + rs(URLS, 7) + ":APA91b" + rs(URLS, 134)


def mapbox_sk():
    body = b64u(json.dumps({"u": "lumenmaps", "a": "cl" + rs(LO + DG, 23)}, separators=(",", ":")).encode())
    return "sk." + body + "." + rs(URLS, 22)


def age_key():
    return "AGE-SECRET-KEY-1" + rs("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L".upper(), 58)


def bitbucket_tok():
    return "ATBB" + rs(AN, 32)


def apollo_key():
    return "service:acme-supergraph:" + rs(URLS, 22)


def twilio_token():
    return rs(HEX, 32)


def jwt(payload, alg="HS256", kid=None):
    hdr = {"alg": alg, "typ": "JWT"}
    if kid:
        hdr["kid"] = kid
    h = b64u(json.dumps(hdr, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    sig = rs(URLS, 43 if alg.startswith("HS") else 342)
    return f"{h}.{p}.{sig}"


def ts():
    return R.randint(1764000000, 1766000000)


def pem(kind):
    width = 64
    if kind == "rsa":
        head, prefix, n = "RSA PRIVATE KEY", bytes.fromhex("308204a40201000282010100"), 1192
    elif kind == "pkcs8":
        head, prefix, n = "PRIVATE KEY", bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7"), 1217
    elif kind == "ec":
        head, prefix, n = "EC PRIVATE KEY", bytes.fromhex("30770201010420"), 121
    elif kind == "ec8":
        head, prefix, n = "PRIVATE KEY", bytes.fromhex("308187020100301306072a8648ce3d020106082a8648ce3d030107046d306b0201010420"), 138
    elif kind == "openssh":
        head = "OPENSSH PRIVATE KEY"
        prefix = (b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01"
                  b"\x00\x00\x003\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 ")
        n, width = 399, 70
    else:
        raise ValueError(kind)
    body = b64(prefix + rbytes(n - len(prefix)))
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    text = f"-----BEGIN {head}-----\n" + "\n".join(lines) + f"\n-----END {head}-----"
    picks = []
    for ln in (lines[1], lines[-2] if len(lines) > 2 else lines[-1]):
        if ln not in picks:
            picks.append(ln)
    return text, lines, picks


# ---------------------------------------------------------------- passwords
WORDS = ("amber anvil badger bramble canyon cedar cobalt comet copper cricket dune ember falcon fern fjord "
         "garnet glacier harbor hazel indigo juniper kelp lantern lichen magnet maple marble meadow nectar "
         "nimbus oasis orbit otter pepper pebble quartz quill raven ribbon saffron sequoia sparrow tundra "
         "velvet walnut willow yonder zephyr thistle biscuit tangerine harpoon gondola").split()


def pw_strong(n=18):
    sym = "!#%*+-=?^_~"
    while True:
        s = rs(AN + sym, n)
        if (any(c in UP for c in s) and any(c in LO for c in s) and any(c in DG for c in s)
                and any(c in sym for c in s)):
            return s


def pw_human():
    w = R.choice(WORDS).capitalize()
    return w + str(R.randint(1970, 2025)) + R.choice("!#$%&*?")


def pw_urlsafe(n=20):
    while True:
        s = rs(AN + "-_.~", n)
        if any(c in DG for c in s) and any(c in UP for c in s):
            return s


def passphrase(sep="-", k=4):
    return sep.join(R.sample(WORDS, k)) + sep + str(R.randint(10, 99))


# ---------------------------------------------------------------- PII
FIRST = ["Maya", "Tomasz", "Aiko", "Lukas", "Priya", "Diego", "Fatima", "Oliver", "Ingrid", "Kwame", "Sofia",
         "Mateus", "Hannah", "Yusuf", "Chloe", "Arjun", "Elena", "Noah", "Leila", "Ravi", "Beatriz", "Jonas"]
LAST = ["Okafor", "Kowalski", "Tanaka", "Becker", "Raman", "Alvarez", "Haddad", "Brennan", "Lindqvist", "Mensah",
        "Rossi", "Pereira", "Schulz", "Demir", "Martin", "Iyer", "Popescu", "Novak", "Farouk", "Nguyen"]
MAILDOMS = ["gmail.com", "outlook.com", "proton.me", "yahoo.co.uk", "web.de", "gmx.net", "icloud.com",
            "hotmail.fr", "fastmail.com", "yandex.ru", "naver.com", "libero.it"]


def person():
    return R.choice(FIRST), R.choice(LAST)


def email(first=None, last=None, dom=None):
    if first is None:
        first, last = person()
    dom = dom or R.choice(MAILDOMS)
    style = R.randint(0, 3)
    f, l = first.lower(), last.lower()
    local = [f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{R.randint(1, 99)}", f"{f}_{l}"][style]
    return f"{local}@{dom}"


def digits(n, first_nonzero=True):
    s = rs(DG, n)
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def phone(cc):
    d = lambda n: rs(DG, n)
    if cc == "US":
        return f"+1 ({R.randint(201, 989)}) {R.randint(201, 989)}-{d(4)}"
    if cc == "USn":
        return f"({R.randint(201, 989)}) {R.randint(201, 989)}-{d(4)}"
    if cc == "CA":
        return f"+1 416-{R.randint(201, 989)}-{d(4)}"
    if cc == "UK":
        return f"+44 7{R.randint(400, 999)} {d(6)}"
    if cc == "UKn":
        return f"07{R.randint(400, 999)} {d(6)}"
    if cc == "DE":
        return f"+49 15{R.choice('1279')} {d(8)}"
    if cc == "DEn":
        return f"0170 {d(7)}"
    if cc == "FR":
        return "+33 6 " + " ".join(d(2) for _ in range(4))
    if cc == "FRn":
        return "06 " + " ".join(d(2) for _ in range(4))
    if cc == "ES":
        return f"+34 6{d(2)} {d(3)} {d(3)}"
    if cc == "IN":
        return f"+91 9{d(4)} {d(5)}"
    if cc == "BR":
        return f"+55 11 9{d(4)}-{d(4)}"
    if cc == "JP":
        return f"090-{d(4)}-{d(4)}"
    if cc == "KR":
        return f"010-{d(4)}-{d(4)}"
    if cc == "RU":
        return f"+7 9{d(2)} {d(3)}-{d(2)}-{d(2)}"
    if cc == "SA":
        return f"+966 5{R.choice('0345')} {d(3)} {d(4)}"
    if cc == "IL":
        return f"05{R.choice('02348')}-{d(3)}-{d(4)}"
    if cc == "TH":
        return f"08{R.choice('1269')}-{d(3)}-{d(4)}"
    if cc == "VN":
        return f"09{d(2)} {d(3)} {d(3)}"
    if cc == "ID":
        return f"+62 812-{d(4)}-{d(4)}"
    if cc == "KE":
        return f"+254 7{d(2)} {d(3)} {d(3)}"
    if cc == "TR":
        return f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}"
    if cc == "PL":
        return f"+48 5{d(2)} {d(3)} {d(3)}"
    if cc == "NL":
        return f"06-{d(8)}"
    if cc == "ZA":
        return f"+27 8{R.choice('234')} {d(3)} {d(4)}"
    if cc == "CL":
        return f"+56 9 {d(4)} {d(4)}"
    if cc == "AU":
        return f"04{d(2)} {d(3)} {d(3)}"
    if cc == "SE":
        return f"070-{d(3)} {d(2)} {d(2)}"
    if cc == "FI":
        return f"+358 40 {d(3)} {d(4)}"
    if cc == "CN":
        return f"+86 13{d(1)} {d(4)} {d(4)}"
    if cc == "NG":
        return f"+234 803 {d(3)} {d(4)}"
    raise ValueError(cc)


PUB_FIRST = [23, 31, 37, 45, 62, 77, 81, 85, 89, 91, 94, 109, 146, 151, 176, 178, 185, 188, 193, 195, 212, 213, 217]


def ipv4():
    return f"{R.choice(PUB_FIRST)}.{R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)}"


def ipv6():
    return f"2a02:{R.randint(0x1000, 0xffff):x}:{R.randint(0x100, 0xffff):x}:{R.randint(0x100, 0xffff):x}::{R.randint(0x10, 0xfff):x}"


def luhn_ok(s):
    s = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, v in enumerate(reversed(s)):
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def luhn_complete(partial):
    for c in DG:
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def card(brand="visa", sep=" "):
    if brand == "visa":
        p, n, groups = "4" + digits(5, False), 16, (4, 4, 4, 4)
    elif brand == "mc":
        p, n, groups = str(R.randint(51, 55)) + digits(4, False), 16, (4, 4, 4, 4)
    elif brand == "mc2":
        p, n, groups = str(R.randint(2221, 2720)) + digits(2, False), 16, (4, 4, 4, 4)
    elif brand == "amex":
        p, n, groups = R.choice(["34", "37"]) + digits(4, False), 15, (4, 6, 5)
    elif brand == "disc":
        p, n, groups = "6011" + digits(2, False), 16, (4, 4, 4, 4)
    elif brand == "jcb":
        p, n, groups = "35" + str(R.randint(28, 89)) + digits(2, False), 16, (4, 4, 4, 4)
    elif brand == "unionpay":
        p, n, groups = "62" + digits(4, False), 19, (4, 4, 4, 4, 3)
    else:
        raise ValueError(brand)
    num = luhn_complete(p + digits(n - len(p) - 1, False))
    if not sep:
        return num
    out, i = [], 0
    for g in groups:
        out.append(num[i:i + g])
        i += g
    return sep.join(out)


IBAN_BBAN = {
    "DE": "n18", "GB": "a4n14", "FR": "n23", "ES": "n20", "IT": "a1n22", "NL": "a4n10", "BE": "n12",
    "CH": "n17", "PL": "n24", "SE": "n20", "NO": "n11", "AT": "n16", "PT": "n21", "IE": "a4n14",
    "SA": "n20", "AE": "n19", "TR": "n22", "BR": "n23a2", "FI": "n14", "DK": "n14",
}
BANK4 = {"GB": ["NWBK", "BARC", "MIDL", "LOYD", "HBUK"], "NL": ["ABNA", "INGB", "RABO", "TRIO"],
         "IE": ["AIBK", "BOFI"], "IT": ["X"]}


def iban(cc, spaced=True):
    spec = IBAN_BBAN[cc]
    bban = ""
    for kind, cnt in re.findall(r"([an])(\d+)", spec):
        cnt = int(cnt)
        if kind == "a":
            if cc in BANK4 and cnt == 4:
                bban += R.choice(BANK4[cc])
            elif cc == "BR":
                bban += R.choice(UP) + R.choice(UP + DG)
            else:
                bban += rs(UP, cnt)
        else:
            bban += rs(DG, cnt)
    if cc == "TR":
        bban = bban[:5] + "0" + bban[6:]
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    s = f"{cc}{chk:02d}{bban}"
    assert int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1
    if spaced:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def sin_ca():
    return luhn_complete(R.choice("1234567") + digits(7, False))


def fmt_sin(s):
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def dni_es():
    n = R.randint(10000000, 99999999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def nie_es():
    p = R.choice("XYZ")
    n = R.randint(1000000, 9999999)
    v = int(str("XYZ".index(p)) + str(n))
    return f"{p}{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[v % 23]}"


def bsn_nl():
    while True:
        d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(7)]
        s = sum(v * (9 - i) for i, v in enumerate(d))
        last = s % 11
        if last < 10:
            return "".join(map(str, d)) + str(last)


def pesel():
    y, m, dd = R.randint(1960, 1999), R.randint(1, 12), R.randint(1, 28)
    base = f"{y % 100:02d}{m:02d}{dd:02d}{rs(DG, 4)}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(base, w)) % 10) % 10
    return base + str(c)


def cpf(fmt=True):
    while True:
        d = [R.randint(0, 9) for _ in range(9)]
        if len(set(d)) > 1:
            break
    for k in (10, 11):
        s = sum(v * (k - i) for i, v in enumerate(d))
        r = (s * 10) % 11
        d.append(0 if r == 10 else r)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}" if fmt else s


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def aadhaar():
    base = R.choice("23456789") + rs(DG, 10)
    c = 0
    for i, ch in enumerate(reversed(base)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    full = base + str(_VINV[c])
    assert verhoeff_ok(full)
    return f"{full[:4]} {full[4:8]} {full[8:]}"


def china_id():
    area = R.choice(["110105", "310115", "440305", "510107", "330106"])
    y, m, dd = R.randint(1965, 2000), R.randint(1, 12), R.randint(1, 28)
    base = f"{area}{y}{m:02d}{dd:02d}{rs(DG, 3)}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return base + "10X98765432"[sum(int(a) * b for a, b in zip(base, w)) % 11]


def nric_sg():
    p = R.choice("ST")
    d = rs(DG, 7)
    s = sum(int(a) * b for a, b in zip(d, [2, 7, 6, 5, 4, 3, 2])) + (4 if p == "T" else 0)
    return p + d + "JZIHGFEDCBA"[s % 11]


def tfn_au():
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        d = digits(9)
        if sum(int(a) * b for a, b in zip(d, w)) % 11 == 0:
            return f"{d[:3]} {d[3:6]} {d[6:]}"


def za_id():
    y, m, dd = R.randint(60, 99), R.randint(1, 12), R.randint(1, 28)
    return luhn_complete(f"{y:02d}{m:02d}{dd:02d}{rs(DG, 4)}08")


def il_id():
    return luhn_complete(digits(8, False)[:8])


def tc_kimlik():
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def se_pnr():
    y, m, dd = R.randint(60, 99), R.randint(1, 12), R.randint(1, 28)
    base = f"{y:02d}{m:02d}{dd:02d}{rs(DG, 3)}"
    full = luhn_complete(base)
    return f"{full[:6]}-{full[6:]}"


def fi_hetu():
    dd, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(60, 99)
    n = R.randint(2, 899)
    v = int(f"{dd:02d}{m:02d}{y:02d}{n:03d}")
    return f"{dd:02d}{m:02d}{y:02d}-{n:03d}" + "0123456789ABCDEFHJKLMNPRSTUVWXY"[v % 31]


def fr_nir():
    sex = R.choice("12")
    base = f"{sex}{R.randint(60, 99):02d}{R.randint(1, 12):02d}{R.choice(['75', '69', '13', '33', '59'])}{R.randint(1, 999):03d}{R.randint(1, 999):03d}"
    key = 97 - int(base) % 97
    return f"{base[0]} {base[1:3]} {base[3:5]} {base[5:7]} {base[7:10]} {base[10:13]} {key:02d}"


def no_fnr():
    while True:
        dd, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(60, 99)
        ind = R.randint(0, 499)
        d = [int(c) for c in f"{dd:02d}{m:02d}{y:02d}{ind:03d}"]
        k1 = 11 - sum(a * b for a, b in zip(d, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        d.append(k1)
        k2 = 11 - sum(a * b for a, b in zip(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        d.append(k2)
        return "".join(map(str, d))


def be_rrn():
    y, m, dd = R.randint(60, 99), R.randint(1, 12), R.randint(1, 28)
    seq = R.randint(1, 997)
    base = f"{y:02d}{m:02d}{dd:02d}{seq:03d}"
    c = 97 - int(base) % 97
    return f"{y:02d}.{m:02d}.{dd:02d}-{seq:03d}.{c:02d}"


def kr_rrn():
    y, m, dd = R.randint(60, 99), R.randint(1, 12), R.randint(1, 28)
    base = f"{y:02d}{m:02d}{dd:02d}{R.choice('12')}{rs(DG, 5)}"
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * b for a, b in zip(base, w)) % 11) % 10
    return f"{base[:6]}-{base[6:]}{c}"


def jp_mynumber():
    base = digits(11)
    s = 0
    for n in range(1, 12):
        p = int(base[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    c = 0 if r <= 1 else 11 - r
    full = base + str(c)
    return f"{full[:4]} {full[4:8]} {full[8:]}"


def cl_rut():
    n = R.randint(8000000, 24999999)
    s, w = 0, 2
    for ch in reversed(str(n)):
        s += int(ch) * w
        w = 2 if w == 7 else w + 1
    dv = 11 - s % 11
    dv = "0" if dv == 11 else "K" if dv == 10 else str(dv)
    return f"{n:,}".replace(",", ".") + "-" + dv


def ru_snils():
    while True:
        d = digits(9)
        s = sum(int(a) * (9 - i) for i, a in enumerate(d))
        if s < 100:
            c = s
        elif s in (100, 101):
            c = 0
        else:
            c = s % 101
            c = 0 if c == 100 else c
        return f"{d[:3]}-{d[3:6]}-{d[6:]} {c:02d}"


def th_id():
    base = R.choice("12358") + rs(DG, 11)
    c = (11 - sum(int(a) * (13 - i) for i, a in enumerate(base)) % 11) % 10
    f = base + str(c)
    return f"{f[0]}-{f[1:5]}-{f[5:10]}-{f[10:12]}-{f[12]}"


def id_nik():
    prov = R.choice(["3171", "3273", "3578", "5171", "1271"])
    dd = R.randint(1, 28) + R.choice([0, 40])
    return f"{prov}{R.randint(1, 9):02d}{dd:02d}{R.randint(1, 12):02d}{R.randint(70, 99)}{R.randint(1, 9999):04d}"


def vn_cccd():
    return f"0{R.choice(['01', '79', '48', '31'])}{R.choice('0123')}{R.randint(70, 99)}{rs(DG, 6)}"


def nino():
    return R.choice(["AB", "CE", "JG", "PA", "WK", "NH", "SR"]) + rs(DG, 6) + R.choice("ABCD")


def pan_in():
    return rs(UP, 3) + "P" + R.choice(UP) + rs(DG, 4) + R.choice(UP)


def inn_ru():
    d = [int(c) for c in R.choice(["77", "78", "50", "66"]) + rs(DG, 8)]
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c1 = sum(a * b for a, b in zip(d, w1)) % 11 % 10
    d.append(c1)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c2 = sum(a * b for a, b in zip(d, w2)) % 11 % 10
    d.append(c2)
    return "".join(map(str, d))


# ---------------------------------------------------------------- non-secret helpers for negatives
def sha1hex():
    return hashlib.sha1(rbytes(20)).hexdigest()


def sha256hex():
    return hashlib.sha256(rbytes(32)).hexdigest()


def non_luhn_digits(n):
    while True:
        s = digits(n)
        if not luhn_ok(s):
            return s


def ean13():
    while True:
        base = "40" + rs(DG, 10)
        s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(base))
        full = base + str((10 - s % 10) % 10)
        if not luhn_ok(full):
            return full


def isbn13():
    while True:
        base = "978" + rs(DG, 9)
        s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(base))
        full = base + str((10 - s % 10) % 10)
        if not luhn_ok(full):
            return f"{full[:3]}-{full[3]}-{full[4:8]}-{full[8:12]}-{full[12]}"


CASES = []
_COUNT = {}


def add(group, form, text, secrets, neg):
    key = (group, form, neg)
    _COUNT[key] = _COUNT.get(key, 0) + 1
    cid = f"{group}.{form}.{'n' if neg else 'p'}{_COUNT[key]:02d}"
    CASES.append({"id": cid, "form": f"{group}/{form}", "text": text, "secrets": list(secrets)})


def P(group, form, text, *secrets):
    assert secrets, (group, form)
    add(group, form, text, secrets, False)


def N(group, form, text):
    add(group, form, text, [], True)


# ================================================================ 1. graphql
def g_graphql():
    G = "graphql"
    # login mutation variables (EN)
    e, pw = email(), pw_strong(16)
    P(G, "variables", D(r'''
        Why does this keep returning UNAUTHENTICATED? Copied straight from the Network tab (Payload -> view source):

        {"operationName":"SignIn","variables":{"email":"⟦e⟧","password":"⟦pw⟧","rememberMe":true},"query":"mutation SignIn($email: String!, $password: String!, $rememberMe: Boolean) {\n  signIn(email: $email, password: $password, rememberMe: $rememberMe) {\n    user { id name }\n    errors { field message }\n  }\n}\n"}

        Response:
        {"errors":[{"message":"Invalid credentials","extensions":{"code":"UNAUTHENTICATED"}}],"data":{"signIn":null}}

        Same creds work on the old REST /login endpoint.
        ''', e=e, pw=pw), e, pw)
    # login mutation variables (DE chatter, pretty printed)
    e, pw = email(dom="kestrel-analytics.de"), pw_human()
    P(G, "variables", D(r'''
        Hallo, kurze Frage: im GraphiQL bekomme ich bei der Mutation immer "Variable "$input" got invalid value".
        Query:

        mutation Register($input: RegisterInput!) {
          register(input: $input) { token user { id } }
        }

        Query Variables:
        {
          "input": {
            "email": "⟦e⟧",
            "password": "⟦pw⟧",
            "passwordConfirm": "⟦pw⟧",
            "locale": "de-DE",
            "acceptTerms": "true"
          }
        }

        Liegt das an acceptTerms als String?
        ''', e=e, pw=pw), e, pw)
    # GitHub GraphQL via Altair
    for tok in (ghp(), github_pat()):
        P(G, "altair-header", D(r'''
            Trying the GitHub GraphQL API from Altair and getting "Resource not accessible by personal access token". Setup:

            POST https://api.github.com/graphql
            Headers:
              Authorization: bearer ⟦tok⟧
              Content-Type: application/json

            query ($owner: String!, $name: String!) {
              repository(owner: $owner, name: $name) {
                pullRequests(states: OPEN, first: 20) {
                  nodes { number title author { login } }
                }
              }
            }

            Variables:
            { "owner": "acme-robotics", "name": "fleet-controller" }

            Which scope am I missing?
            ''', tok=tok), tok)
    # GitLab GraphQL
    tok = glpat()
    P(G, "altair-header", D(r'''
        gitlab graphql explorer works but my script doesn't:

        import requests
        q = """
        query($fullPath: ID!) {
          project(fullPath: $fullPath) {
            pipelines(status: FAILED, first: 5) { nodes { iid ref createdAt } }
          }
        }
        """
        r = requests.post("https://gitlab.example-corp.net/api/graphql",
                          json={"query": q, "variables": {"fullPath": "platform/billing-api"}},
                          headers={"Authorization": "Bearer ⟦tok⟧"})
        print(r.status_code, r.text[:300])

        prints 200 {"data":{"project":null}} -- is it the fullPath format?
        ''', tok=tok), tok)
    # Linear curl
    tok, team = linear_tok(), ruuid()
    P(G, "curl", D(r'''
        curl https://api.linear.app/graphql \
          -H "Content-Type: application/json" \
          -H "Authorization: ⟦tok⟧" \
          --data '{"query":"mutation IssueCreate($input: IssueCreateInput!) { issueCreate(input: $input) { success issue { id identifier url } } }","variables":{"input":{"teamId":"⟦team⟧","title":"Checkout fails on Safari 17","priority":"2"}}}'

        -> {"errors":[{"message":"Argument Validation Error","extensions":{"code":"INVALID_INPUT"}}]}
        what's wrong with my input?
        ''', tok=tok, team=team), tok)
    # Shopify admin graphql in python
    tok = shopify_tok()
    P(G, "shopify", D(r'''
        # shopify admin graphql -- returns 401, token was created in the custom app screen yesterday
        import requests
        SHOP = "lumen-candles.myshopify.com"
        TOKEN = "⟦tok⟧"
        q = """
        query ($first: Int!) {
          orders(first: $first, query: "financial_status:paid") {
            edges { node { id name totalPriceSet { shopMoney { amount currencyCode } } } }
          }
        }
        """
        r = requests.post(f"https://{SHOP}/admin/api/2024-10/graphql.json",
                          json={"query": q, "variables": {"first": 50}},
                          headers={"X-Shopify-Access-Token": TOKEN})
        print(r.json())
        # {'errors': '[API] Invalid API key or access token (unrecognized login or wrong password)'}
        ''', tok=tok), tok)
    # Hasura
    pg, adm, jk = pw_urlsafe(22), passphrase("-", 5), rs(AN, 48)
    P(G, "hasura", D(r'''
        hasura console keeps asking for the admin secret even though I set it?? relevant bits:

        graphql-engine:
          image: hasura/graphql-engine:v2.40.0
          environment:
            HASURA_GRAPHQL_DATABASE_URL: postgres://postgres:⟦pg⟧@db:5432/postgres
            HASURA_GRAPHQL_ADMIN_SECRET: ⟦adm⟧
            HASURA_GRAPHQL_JWT_SECRET: '{"type":"HS256","key":"⟦jk⟧"}'
            HASURA_GRAPHQL_ENABLE_CONSOLE: "true"

        $ curl -s localhost:8080/v1/graphql -H 'x-hasura-admin-secret: ⟦adm⟧' -d '{"query":"{ users(limit: 1) { id } }"}'
        {"errors":[{"extensions":{"path":"$","code":"access-denied"},"message":"invalid x-hasura-admin-secret/x-hasura-access-key"}]}
        ''', pg=pg, adm=adm, jk=jk), pg, adm, jk)
    # graphql-ws subscription
    t = ts()
    tok = jwt({"sub": "usr_" + rs(AN, 12), "role": "member", "iat": t, "exp": t + 900,
               "https://hasura.io/jwt/claims": {"x-hasura-default-role": "user", "x-hasura-user-id": str(R.randint(1000, 99999))}})
    P(G, "ws-frames", D(r'''
        Apollo subscription over graphql-ws closes with 4403 Forbidden right after subscribe. Frames from devtools (WS tab):

        ↑ {"type":"connection_init","payload":{"headers":{"Authorization":"Bearer ⟦tok⟧"}}}
        ↓ {"type":"connection_ack"}
        ↑ {"id":"1","type":"subscribe","payload":{"query":"subscription OnMessage($room: ID!) { messageAdded(roomId: $room) { id body sender { name } } }","variables":{"room":"r_8812"}}}
        ↓ {"id":"1","type":"error","payload":[{"message":"Forbidden"}]}
        close 4403

        queries over http with the same token work fine
        ''', tok=tok), tok)
    # PII mutation
    f, l = person()
    e, ph, ni = email(f, l), phone("UK"), nino()
    cid = "7" + rs(DG, 12)
    P(G, "pii-variables", D(r'''
        getting "Phone is invalid" from customerUpdate, is the format wrong? variables:

        {
          "input": {
            "id": "gid://shopify/Customer/⟦cid⟧",
            "firstName": "⟦f⟧",
            "lastName": "⟦l⟧",
            "email": "⟦e⟧",
            "phone": "⟦ph⟧",
            "addresses": [{"address1": "14 Hyde Park Terrace", "city": "Leeds", "zip": "LS6 1BJ", "countryCode": "GB"}],
            "note": "NI number ⟦ni⟧ verified on call"
          }
        }
        ''', cid=cid, f=f, l=l, e=e, ph=ph, ni=ni), e, ph, ni)
    # server log leaking card in variables
    c = card("visa", "")
    P(G, "error-log", D(r'''
        [2026-11-30T09:14:22.118Z] ERROR apollo-server: Unexpected error processing request
          operationName: "CreatePaymentMethod"
          variables: {"input":{"cardNumber":"⟦c⟧","expMonth":9,"expYear":2029,"holder":"J PEREIRA","billingZip":"02139"}}
          error: TypeError: Cannot read properties of undefined (reading 'customerId')
              at Mutation.createPaymentMethod (/app/src/resolvers/payment.ts:88:31)
              at processTicksAndRejections (node:internal/process/task_queues:95:5)

        two questions: how do I fix the undefined, and should apollo even be logging variables like this?
        ''', c=c), c)
    # Apollo rover
    k = apollo_key()
    P(G, "rover", D(r'''
        $ APOLLO_KEY=⟦k⟧ rover subgraph publish acme-supergraph@prod \
            --name inventory --schema ./inventory.graphql --routing-url http://inventory:4001/graphql
        Publishing SDL to acme-supergraph@prod (subgraph: inventory) using credentials from the environment variable APOLLO_KEY.
        error[E029]: Encountered 2 build errors while trying to compose subgraph "inventory" into supergraph "acme-supergraph@prod".
        EXTERNAL_MISSING_ON_BASE: Field "Product.sku" is marked @external on all the subgraphs in which it is listed

        any idea? the sku field is defined in products subgraph
        ''', k=k), k)
    # gh CLI with gho_
    tok = ghp("gho")
    P(G, "gh-cli", D(r'''
        $ GH_TOKEN=⟦tok⟧ gh api graphql -F owner='{owner}' -F name='{repo}' -f query='
          query($name: String!, $owner: String!) {
            repository(owner: $owner, name: $name) {
              releases(last: 3) { nodes { tagName publishedAt } }
            }
          }'
        gh: Could not resolve to a Repository with the name 'acme-robotics/{repo}'.

        the {owner}/{repo} placeholders are supposed to be filled automatically, no?
        ''', tok=tok), tok)
    # Braintree graphql basic auth
    pub, priv = rs(LO + DG, 16), rs(HEX, 32)
    basic = b64(f"{pub}:{priv}")
    P(G, "braintree", D(r'''
        Braintree GraphQL ping works in sandbox but prod says AUTHENTICATION. Code:

        const BT_PUBLIC_KEY = "⟦pub⟧";
        const BT_PRIVATE_KEY = "⟦priv⟧";
        const auth = Buffer.from(`${BT_PUBLIC_KEY}:${BT_PRIVATE_KEY}`).toString("base64");

        await fetch("https://payments.braintree-api.com/graphql", {
          method: "POST",
          headers: { "Authorization": `Basic ${auth}`, "Braintree-Version": "2019-01-01", "Content-Type": "application/json" },
          body: JSON.stringify({ query: "query { ping }" })
        });

        // what actually goes out:
        // Authorization: Basic ⟦basic⟧
        ''', pub=pub, priv=priv, basic=basic), priv, basic)

    # ---- negatives
    N(G, "docs", D(r'''
        ## Calling the API

        All requests go to `https://api.github.com/graphql` with a token in the header:

        ```
        curl -H "Authorization: bearer <YOUR_TOKEN>" -X POST \
          -d '{"query":"query { viewer { login } }"}' https://api.github.com/graphql
        ```

        Replace `<YOUR_TOKEN>` with a fine-grained token that has *Contents: read* on the repository.
        Never commit the token; load it from `GITHUB_TOKEN` in CI.
        '''))
    h1, h2 = sha256hex(), sha256hex()
    gid1 = b64(f"gid://shopify/Product/{non_luhn_digits(13)}")
    gid2 = b64(f"gid://shopify/Product/{non_luhn_digits(13)}")
    N(G, "persisted-query", D(r'''
        Our APQ requests started failing with PersistedQueryNotFound after the deploy. Request + response:

        GET /graphql?operationName=ProductCard&variables=%7B%22first%22%3A12%7D&extensions=%7B%22persistedQuery%22%3A%7B%22version%22%3A1%2C%22sha256Hash%22%3A%22⟦h1⟧%22%7D%7D

        {"errors":[{"message":"PersistedQueryNotFound","extensions":{"code":"PERSISTED_QUERY_NOT_FOUND"}}]}

        Retry with the full query returned:
        {"data":{"products":{"edges":[{"cursor":"eyJsYXN0X2lkIjo5OTF9","node":{"id":"⟦gid1⟧","title":"Cedar candle"}},{"cursor":"eyJsYXN0X2lkIjo5OTJ9","node":{"id":"⟦gid2⟧","title":"Fig candle"}}],"pageInfo":{"hasNextPage":true}}},"extensions":{"cost":{"requestedQueryCost":14}}}

        Client manifest hash for ProductCard is ⟦h2⟧ -- different from what the client sends?
        ''', h1=h1, h2=h2, gid1=gid1, gid2=gid2))
    N(G, "router-config", D(r'''
        # router.yaml -- Apollo Router 1.5x
        supergraph:
          listen: 0.0.0.0:4000
        headers:
          all:
            request:
              - propagate:
                  named: authorization
              - propagate:
                  named: x-request-id
        telemetry:
          apollo:
            client_name_header: apollographql-client-name
        # APOLLO_KEY and APOLLO_GRAPH_REF come from the environment:
        #   APOLLO_KEY=${APOLLO_KEY}  APOLLO_GRAPH_REF=acme-supergraph@prod
        authorization:
          require_authentication: true

        Is propagate enough or do I need a rhai script to forward the token to subgraphs?
        '''))
    N(G, "response", D(r'''
        Why is totalCount different from the number of edges? Response:

        {
          "data": {
            "orders": {
              "totalCount": 3,
              "edges": [
                {"node": {"number": "#1042", "status": "FULFILLED", "createdAt": "2026-11-28T14:03:11Z", "total": "42.50", "tracking": "1ZA83F620394817265"}},
                {"node": {"number": "#1043", "status": "PENDING", "createdAt": "2026-11-29T08:44:57Z", "total": "18.00", "tracking": null}}
              ]
            }
          },
          "extensions": {"traceId": "⟦tr⟧", "durationMs": 87}
        }
        ''', tr=rs(HEX, 32)))
    N(G, "schema", D(r'''
        Review request for our schema change -- we want tokens to never be readable after creation:

        type ApiKey {
          id: ID!
          name: String!
          "First 8 characters only, e.g. for display in the UI"
          prefix: String!
          lastUsedAt: DateTime
          createdBy: User! @auth(requires: ADMIN)
        }

        type CreateApiKeyPayload {
          apiKey: ApiKey!
          "Shown exactly once. Store it in your secret manager."
          plaintextKey: String! @sensitive
        }

        extend type Mutation {
          createApiKey(name: String!, scopes: [Scope!]!): CreateApiKeyPayload! @auth(requires: ADMIN)
          revokeApiKey(id: ID!): Boolean!
        }
        '''))
    N(G, "hasura-metadata", D(r'''
        hasura metadata export -> databases.yaml

        - name: default
          kind: postgres
          configuration:
            connection_info:
              database_url:
                from_env: HASURA_GRAPHQL_DATABASE_URL
              isolation_level: read-committed
              pool_settings:
                connection_lifetime: 600
                idle_timeout: 180
                max_connections: 50
          tables: "!include default/tables/tables.yaml"

        after `hasura metadata apply` it says "inconsistent metadata" -- is from_env resolved on the server or the CLI side?
        '''))

# ================================================================ 2. grpc
def g_grpc():
    G = "grpc"
    tok, folder = yandex_iam(), "b1g" + rs(LO + DG, 17)
    P(G, "grpcurl", D(r'''
        $ grpcurl -H "authorization: Bearer ⟦tok⟧" \
            -d '{"folder_id":"⟦folder⟧"}' \
            compute.api.cloud.yandex.net:443 yandex.cloud.compute.v1.InstanceService/List
        ERROR:
          Code: PermissionDenied
          Message: Permission denied

        токен получил через `yc iam create-token` минут 10 назад, роль compute.viewer на каталог есть. что не так?
        ''', tok=tok, folder=folder), tok)
    k = google_key()
    P(G, "grpcurl", D(r'''
        trying Gemini over gRPC directly instead of REST:

        grpcurl -H 'x-goog-api-key: ⟦k⟧' \
          -d '{"model":"models/gemini-1.5-flash","contents":[{"parts":[{"text":"hello"}]}]}' \
          generativelanguage.googleapis.com:443 \
          google.ai.generativelanguage.v1beta.GenerativeService/GenerateContent

        Failed to dial target host "generativelanguage.googleapis.com:443": server does not support the reflection API
        do I need the proto files locally? where do I get them
        ''', k=k), k)
    pw, bt = pw_strong(20), rs(AN + "-_", 48)
    P(G, "textproto", D(r'''
        Our service won't parse its config after I added the upstream block:
        "proto: (line 11:5): unknown field: bearer_token"

        # config/prod.textproto
        database {
          host: "pg-ledger-prod.internal"
          port: 5432
          user: "ledger"
          password: "⟦pw⟧"
          max_conns: 40
        }
        upstreams {
          name: "fx-rates"
          endpoint: "dns:///fx.internal:8443"
          auth {
            bearer_token: "⟦bt⟧"
          }
        }

        the proto has `oneof credential { string token = 1; ... }` -- is that why?
        ''', pw=pw, bt=bt), pw, bt)
    t = ts()
    tok = jwt({"iss": "https://auth.kestrel-analytics.de/", "sub": "svc-orders", "aud": "orders-api", "iat": t, "exp": t + 3600, "scope": "orders:write"}, "RS256", kid=rs(URLS, 22))
    P(G, "go-metadata", D(r'''
        2026/12/01 10:41:07 unary interceptor: method=/orders.v1.OrderService/CreateOrder md=map[:authority:[orders.internal:50051] authorization:[Bearer ⟦tok⟧] content-type:[application/grpc] grpc-accept-encoding:[gzip] user-agent:[grpc-go/1.64.0] x-request-id:[⟦rid⟧]]
        2026/12/01 10:41:07 auth: token rejected: crypto/rsa: verification error

        the jwks endpoint returns the right key id though. any idea why verification fails?
        ''', tok=tok, rid=ruuid()), tok)
    k = yandex_api()
    P(G, "python-metadata", D(r'''
        SpeechKit v3 streaming: the stream returns UNAUTHENTICATED immediately.

        cred = grpc.ssl_channel_credentials()
        channel = grpc.secure_channel("stt.api.cloud.yandex.net:443", cred)
        stub = stt_service_pb2_grpc.RecognizerStub(channel)
        it = stub.RecognizeStreaming(gen(), metadata=(
            ("authorization", "Api-Key ⟦k⟧"),
            ("x-folder-id", "b1g⟦f⟧"),
        ))
        for r in it:
            print(r)

        grpc._channel._MultiThreadedRendezvous: <_MultiThreadedRendezvous of RPC that terminated with:
            status = StatusCode.UNAUTHENTICATED
            details = "Unknown api key"
        ''', k=k, f=rs(LO + DG, 17)), k)
    f, l = person()
    dni, e, ph, ib = dni_es(), email(f, l), phone("ES"), iban("ES", False)
    P(G, "debug-string", D(r'''
        The KYC service drops the payout block; here's print(request) right before the call:

        applicant {
          full_name: "⟦f⟧ ⟦l⟧"
          date_of_birth {
            year: 1987
            month: 4
            day: 17
          }
          national_id {
            country: "ES"
            type: DNI
            value: "⟦dni⟧"
          }
          email: "⟦e⟧"
          phone: "⟦ph⟧"
        }
        payout {
          iban: "⟦ib⟧"
          holder_name: "⟦f⟧ ⟦l⟧"
        }
        risk_level: RISK_LEVEL_UNSPECIFIED

        is it because risk_level is unspecified?
        ''', f=f, l=l, dni=dni, e=e, ph=ph, ib=ib), dni, e, ph, ib)
    k = pinecone_tok()
    P(G, "java-metadata", D(r'''
        // Pinecone over raw grpc-java since the SDK pulls too many deps
        static final Metadata.Key<String> API_KEY =
            Metadata.Key.of("api-key", Metadata.ASCII_STRING_MARSHALLER);

        Metadata headers = new Metadata();
        headers.put(API_KEY, "⟦k⟧");
        VectorServiceGrpc.VectorServiceBlockingStub stub = VectorServiceGrpc
            .newBlockingStub(channel)
            .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));

        io.grpc.StatusRuntimeException: UNAVAILABLE: io exception -- is the index host wrong?
        ''', k=k), k)
    it = rs(HEX, 48)
    P(G, "evans", D(r'''
        evans session against staging:

        ledger.v1.LedgerService@ledger-stg.internal:9090> header x-internal-token=⟦it⟧
        ledger.v1.LedgerService@ledger-stg.internal:9090> call GetBalance
        account_id (TYPE_STRING) => acc_29381
        command call: rpc error: code = PermissionDenied desc = token scope "read" cannot access account acc_29381

        the token is the one from the ledger-readonly service account, so read should be enough?
        ''', it=it), it)
    u, pw = "gw-probe", pw_strong(14)
    basic = b64(f"{u}:{pw}")
    P(G, "envoy-tap", D(r'''
        Envoy tap output for the failing call (gRPC-JSON transcoder in front):

        {"http_buffered_trace":{"request":{"headers":[
          {"key":":authority","value":"api.internal"},
          {"key":":path","value":"/inventory.v1.Stock/Reserve"},
          {"key":":method","value":"POST"},
          {"key":"content-type","value":"application/grpc"},
          {"key":"authorization","value":"Basic ⟦basic⟧"},
          {"key":"te","value":"trailers"}]},
         "response":{"trailers":[{"key":"grpc-status","value":"16"},{"key":"grpc-message","value":"unauthenticated"}]}}}
        ''', basic=basic), basic)
    t = ts()
    tok = jwt({"iss": "https://acme.eu.auth0.com/", "sub": "qH3x" + rs(AN, 20) + "@clients", "aud": "https://orders.acme.io", "iat": t, "exp": t + 86400, "gty": "client-credentials"}, "RS256", kid=rs(URLS, 20))
    P(G, "ghz", D(r'''
        ghz --insecure --proto ./orders.proto --call orders.v1.OrderService.ListOrders \
          --metadata '{"authorization":"Bearer ⟦tok⟧"}' \
          -d '{"page_size":50}' -c 50 -n 20000 orders.stg:50051

        Summary:
          Count:        20000
          Total:        41.22 s
          Slowest:      1.31 s
          Fastest:      4.87 ms
          Average:      97.40 ms
          Requests/sec: 485.19
        Status code distribution:
          [OK]            18211 responses
          [Unavailable]   1789 responses

        Are the Unavailable ones the load balancer or the service?
        ''', tok=tok), tok)
    key, lines, picks = pem("ec")
    P(G, "tls-key", D(r'''
        grpc server won't start: "tls: private key does not match public key". cert is from our internal CA, key is this:

        ⟦key⟧

        generated with `openssl ecparam -genkey -name prime256v1`. does the CSR need to be regenerated?
        ''', key=key), *picks)
    bt = rs(HEX, 64)
    P(G, "buf-netrc", D(r'''
        `buf push` says "unauthenticated" on CI but works locally. CI writes this ~/.netrc:

        machine buf.build
            login ci-bot-acme
            password ⟦bt⟧

        machine go.buf.build
            login ci-bot-acme
            password ⟦bt⟧

        BUF_TOKEN isn't set on CI, does buf read netrc at all?
        ''', bt=bt), bt)

    # ---- negatives
    N(G, "proto", D(r'''
        syntax = "proto3";
        package auth.v1;

        // Credentials are never returned by the API; only metadata about them.
        message ApiKeyInfo {
          string id = 1;
          string display_prefix = 2;   // first 6 chars, e.g. for the UI
          google.protobuf.Timestamp created_at = 3;
          google.protobuf.Timestamp last_used_at = 4;
          repeated string scopes = 5;
        }

        message CreateApiKeyResponse {
          ApiKeyInfo info = 1;
          string plaintext = 2 [(sensitive) = true]; // shown once
        }

        Is a custom field option the idiomatic way to mark fields for log redaction?
        '''))
    N(G, "grpcurl-list", D(r'''
        $ grpcurl -plaintext localhost:50051 list
        grpc.health.v1.Health
        grpc.reflection.v1alpha.ServerReflection
        inventory.v1.StockService
        $ grpcurl -plaintext localhost:50051 describe inventory.v1.StockService
        inventory.v1.StockService is a service:
        service StockService {
          rpc GetStock ( .inventory.v1.GetStockRequest ) returns ( .inventory.v1.Stock );
          rpc Reserve ( .inventory.v1.ReserveRequest ) returns ( .inventory.v1.Reservation );
        }
        $ grpcurl -plaintext -d '{"sku":"CND-0042"}' localhost:50051 inventory.v1.StockService/GetStock
        {
          "sku": "CND-0042",
          "available": 118,
          "reserved": 6
        }
        '''))
    N(G, "trace-metadata", D(r'''
        metadata received by the server (no auth yet, it's the health probe):

        :authority      inventory:50051
        content-type    application/grpc
        grpc-timeout    4999m
        grpc-trace-bin  AAD⟦tb⟧
        traceparent     00-⟦tid⟧-⟦sid⟧-01
        user-agent      grpc-go/1.64.0
        x-request-id    ⟦rid⟧

        why would grpc-timeout be 4999m when I set 5s?
        ''', tb=rs(B64, 38), tid=rs(HEX, 32), sid=rs(HEX, 16), rid=ruuid()))
    N(G, "textproto-ref", D(r'''
        # config/prod.textproto (after moving secrets out)
        database {
          host: "pg-ledger-prod.internal"
          port: 5432
          user: "ledger"
          password_secret: "projects/ledger-prod/secrets/db-password/versions/latest"
        }
        upstreams {
          name: "fx-rates"
          endpoint: "dns:///fx.internal:8443"
          auth { token_env: "FX_RATES_TOKEN" }
        }
        '''))
    N(G, "status-details", D(r'''
        error from the client:

        rpc error: code = PermissionDenied desc = Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.
        details:
          @type: type.googleapis.com/google.rpc.ErrorInfo
          reason: CONSUMER_INVALID
          domain: googleapis.com
          metadata:
            service: translate.googleapis.com
            consumer: projects/81724408862
          @type: type.googleapis.com/google.rpc.Help
          links { description: "Google developers console" url: "https://console.developers.google.com" }

        so the key isn't being sent at all?
        '''))
    N(G, "ghz-summary", D(r'''
        Latency distribution:
          10 % in 21.08 ms
          25 % in 38.77 ms
          50 % in 71.40 ms
          75 % in 119.62 ms
          90 % in 188.35 ms
          95 % in 244.90 ms
          99 % in 611.03 ms
        Status code distribution:
          [OK]            19998 responses
          [DeadlineExceeded]   2 responses
        Error distribution:
          [2]   rpc error: code = DeadlineExceeded desc = context deadline exceeded

        p99 jumped from 180ms last week -- anything obvious?
        '''))


# ================================================================ 3. httpcap
def g_http():
    G = "httpcap"
    dom = "brightpath-health.com"
    u, pw = "m.okafor", pw_human()
    basic = b64(f"{u}:{pw}")
    P(G, "raw-basic", D(r'''
        Burp > Repeater. The server returns 401 even though the same creds work in the browser. Raw request:

        GET /api/v2/reports/export?format=csv&from=2026-11-01 HTTP/1.1
        Host: intranet.⟦dom⟧
        Authorization: Basic ⟦basic⟧
        Accept: */*
        User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36
        Connection: close

        Response has WWW-Authenticate: Negotiate -- do I need NTLM instead?
        ''', dom=dom, basic=basic), basic)
    pw = "Tr0mb0ne!Sky#" + rs(DG, 2) + "&" + rs(LO, 3)
    enc = urllib.parse.quote(pw, safe="")
    sess = rs(HEX, 32)
    P(G, "burp-form", D(r'''
        POST /login HTTP/2
        Host: portal.fenwick-insurance.co.uk
        Cookie: PHPSESSID=⟦sess⟧; cookie_consent=1
        Content-Type: application/x-www-form-urlencoded
        Content-Length: 93
        Origin: https://portal.fenwick-insurance.co.uk

        username=r.brennan&password=⟦enc⟧&csrf_token=⟦csrf⟧&remember=1

        this is from my own account for the pentest report -- the csrf check passes but it still redirects to /login?error=1
        ''', sess=sess, enc=enc, csrf=rs(HEX, 40)), enc, sess)
    k = openai_key()
    P(G, "nghttp", D(r'''
        $ nghttp -nv https://api.openai.com/v1/models -H "authorization: Bearer ⟦k⟧"
        [  0.041] Connected
        [  0.089] send HEADERS frame <length=243, flags=0x25, stream_id=13>
                  ; END_STREAM | END_HEADERS | PRIORITY
                  (padlen=0, dep_stream_id=11, weight=16, exclusive=0)
                  ; Open new stream
                  :method: GET
                  :path: /v1/models
                  :scheme: https
                  :authority: api.openai.com
                  accept: */*
                  accept-encoding: gzip, deflate
                  user-agent: nghttp2/1.59.0
                  authorization: Bearer ⟦k⟧
        [  0.198] recv (stream_id=13) :status: 401
        [  0.198] recv (stream_id=13) content-type: application/json; charset=utf-8

        project key, created an hour ago. 401 = wrong org header?
        ''', k=k), k)
    t = ts()
    tok = jwt({"sub": ruuid(), "email_verified": True, "org_id": "org_" + rs(AN, 14), "iat": t, "exp": t + 3600}, "RS256", kid="ins_" + rs(AN, 20))
    P(G, "copy-as-fetch", D(r'''
        Copied as fetch from Chrome, works there but not from my node script (403):

        fetch("https://app.tallyhq.io/api/graphql", {
          "headers": {
            "accept": "*/*",
            "accept-language": "en-GB,en;q=0.9",
            "authorization": "Bearer ⟦tok⟧",
            "content-type": "application/json",
            "sec-ch-ua": "\"Chromium\";v=\"131\", \"Not_A Brand\";v=\"24\"",
            "sec-ch-ua-mobile": "?0",
            "sec-fetch-dest": "empty",
            "sec-fetch-mode": "cors",
            "sec-fetch-site": "same-origin"
          },
          "referrer": "https://app.tallyhq.io/workspace/reports",
          "referrerPolicy": "strict-origin-when-cross-origin",
          "body": "{\"operationName\":\"Reports\",\"variables\":{},\"query\":\"query Reports { reports { id } }\"}",
          "method": "POST",
          "mode": "cors",
          "credentials": "include"
        });
        ''', tok=tok), tok)
    sid, ck, key = rs(LO + DG, 24), "CfDJ8" + rs(URLS, 260), rs(AN, 40)
    P(G, "copy-as-powershell", D(r'''
        $session = New-Object Microsoft.PowerShell.Commands.WebRequestSession
        $session.UserAgent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0"
        $session.Cookies.Add((New-Object System.Net.Cookie("ASP.NET_SessionId", "⟦sid⟧", "/", "portal.northwind-freight.com")))
        $session.Cookies.Add((New-Object System.Net.Cookie(".AspNetCore.Cookies", "⟦ck⟧", "/", "portal.northwind-freight.com")))
        Invoke-WebRequest -UseBasicParsing -Uri "https://portal.northwind-freight.com/api/invoices?page=2" `
        -WebSession $session `
        -Headers @{
        "authority"="portal.northwind-freight.com"
          "method"="GET"
          "accept"="application/json, text/plain, */*"
          "x-api-key"="⟦key⟧"
        }

        ^ "Copy as PowerShell" from Edge. In the script I get a 302 to the login page, what am I missing?
        ''', sid=sid, ck=ck, key=key), sid, ck, key)
    k = stripe_sk()
    P(G, "copy-as-curl-cmd", D(r'''
        curl ^"https://api.stripe.com/v1/customers?limit=10^" ^
          -H ^"accept: application/json^" ^
          -H ^"authorization: Bearer ⟦k⟧^" ^
          -H ^"stripe-version: 2024-06-20^" ^
          --compressed

        in cmd.exe this returns {"error":{"message":"Invalid API Key provided: sk_live_****..."}} -- the ^ escaping is what chrome gave me. is it mangling the key?
        ''', k=k), k)
    jwe = "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0.." + rs(URLS, 16) + "." + rs(URLS, 420) + "." + rs(URLS, 22)
    P(G, "set-cookie", D(r'''
        next-auth login loops back to /signin. response of the callback:

        HTTP/2 302
        date: Mon, 01 Dec 2026 09:12:44 GMT
        location: /dashboard
        set-cookie: __Secure-next-auth.session-token=⟦jwe⟧; Path=/; Expires=Wed, 31 Dec 2026 09:12:44 GMT; HttpOnly; Secure; SameSite=Lax
        set-cookie: __Secure-next-auth.callback-url=https%3A%2F%2Fapp.tallyhq.io%2Fdashboard; Path=/; HttpOnly; Secure; SameSite=Lax
        x-vercel-id: fra1::iad1::⟦vid⟧

        then GET /dashboard has no cookie at all. domain issue?
        ''', jwe=jwe, vid=rs(LO + DG, 5) + "-" + non_luhn_digits(13) + "-" + rs(HEX, 12)), jwe)
    at, rt = google_access(), google_refresh()
    P(G, "oauth-response", D(r'''
        token exchange works, but the refresh_token disappears on the second login. first response:

        HTTP/1.1 200 OK
        Content-Type: application/json; charset=utf-8
        Cache-Control: no-cache, no-store, max-age=0, must-revalidate

        {
          "access_token": "⟦at⟧",
          "expires_in": 3599,
          "refresh_token": "⟦rt⟧",
          "scope": "https://www.googleapis.com/auth/drive.readonly openid",
          "token_type": "Bearer"
        }

        second time only access_token comes back. prompt=consent needed?
        ''', at=at, rt=rt), at, rt)
    k = anthropic_key()
    P(G, "mitmproxy", D(r'''
        mitmdump -r flows.mitm --flow-detail 3 (trimmed):

        127.0.0.1:53122: POST https://api.anthropic.com/v1/messages HTTP/2.0
            host: api.anthropic.com
            x-api-key: ⟦k⟧
            anthropic-version: 2023-06-01
            content-type: application/json
            user-agent: Anthropic/Python 0.40.0
            {"model": "claude-3-5-sonnet-latest", "max_tokens": 1024, "stream": true, "messages": [...]}
         << HTTP/2.0 529 Overloaded 94b
            retry-after: 12

        how do I make the SDK respect retry-after?
        ''', k=k), k)
    pu, pp = "svc_proxy_build", pw_urlsafe(16)
    P(G, "proxy-auth", D(r'''
        corporate proxy keeps returning 407 for pip but curl works:

        $ curl -v -x http://⟦pu⟧:⟦pp⟧@proxy.corp.local:3128 https://pypi.org/simple/ 2>&1 | head
        * Proxy auth using Basic with user '⟦pu⟧'
        > CONNECT pypi.org:443 HTTP/1.1
        > Proxy-Authorization: Basic ⟦basic⟧
        < HTTP/1.1 200 Connection established

        pip.conf has proxy = http://proxy.corp.local:3128 and I export HTTPS_PROXY with the creds... 
        ''', pu=pu, pp=pp, basic=b64(f"{pu}:{pp}")), pp, b64(f"{pu}:{pp}"))
    tok = rs(URLS, 43)
    P(G, "ws-query-token", D(r'''
        websocket upgrade gets 403 behind nginx, direct to the app it's fine:

        GET /realtime?token=⟦tok⟧&v=3 HTTP/1.1
        Host: rt.tallyhq.io
        Upgrade: websocket
        Connection: Upgrade
        Sec-WebSocket-Key: ⟦wk⟧
        Sec-WebSocket-Version: 13
        Origin: https://app.tallyhq.io

        do I need proxy_set_header Upgrade in the location block?
        ''', tok=tok, wk=b64(rbytes(16))), tok)
    payload = b64(json.dumps({"iv": b64(rbytes(16)), "value": b64(rbytes(96)), "mac": rs(HEX, 64), "tag": ""}, separators=(",", ":")))
    ls = urllib.parse.quote(payload, safe="")
    P(G, "cookie-header", D(r'''
        Laravel keeps logging me out on every second request. Raw request from devtools:

        GET /account/orders HTTP/1.1
        Host: shop.maple-and-quill.ca
        Cookie: XSRF-TOKEN=⟦x⟧; maple_and_quill_session=⟦ls⟧; lang=en
        Accept: text/html

        SESSION_DRIVER=file, two app servers behind a LB. sticky sessions?
        ''', x=urllib.parse.quote(b64(rbytes(60)), safe=""), ls=ls), ls)
    f, l = person()
    e, ph = email(f, l), phone("USn")
    P(G, "response-pii", D(r'''
        Why does the profile page show "No phone on file"? The API clearly returns it:

        HTTP/1.1 200 OK
        Content-Type: application/json

        {"id":"cus_8812","name":"⟦f⟧ ⟦l⟧","email":"⟦e⟧","phone_number":"⟦ph⟧","dob":"1990-03-14","address":{"line1":"2219 W Fletcher St","city":"Chicago","state":"IL","zip":"60618"},"marketing_opt_in":false}

        the React component reads user.phone
        ''', f=f, l=l, e=e, ph=ph), e, ph)
    pw = pw_strong(15)
    P(G, "httpie", D(r'''
        $ http POST :8000/api/token/ username=admin password='⟦pw⟧'
        HTTP/1.1 400 Bad Request
        Content-Type: application/json

        {
            "non_field_errors": [
                "Unable to log in with provided credentials."
            ]
        }

        I just created the superuser with createsuperuser using exactly that password. DRF simplejwt.
        ''', pw=pw), pw)
    akid, st = aws_id("ASIA"), aws_session()
    P(G, "sigv4", D(r'''
        S3 PUT from the browser via presigned-ish headers fails with SignatureDoesNotMatch. The request:

        PUT /uploads/2026/12/invoice-8812.pdf HTTP/1.1
        Host: acme-docs-prod.s3.eu-central-1.amazonaws.com
        x-amz-date: 20261201T101502Z
        x-amz-content-sha256: UNSIGNED-PAYLOAD
        x-amz-security-token: ⟦st⟧
        Authorization: AWS4-HMAC-SHA256 Credential=⟦akid⟧/20261201/eu-central-1/s3/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token, Signature=⟦sig⟧
        Content-Type: application/pdf
        ''', st=st, akid=akid, sig=rs(HEX, 64)), akid, st)

    # ---- negatives
    N(G, "rest-client", D(r'''
        ### requests.http (VS Code REST Client)
        @host = https://api.tallyhq.io
        @token = {{$dotenv TALLY_API_TOKEN}}

        GET {{host}}/v1/reports?limit=20
        Authorization: Bearer {{token}}
        Accept: application/json

        ###
        POST {{host}}/v1/reports
        Authorization: Bearer ${ACCESS_TOKEN}
        Content-Type: application/json

        {"name": "Weekly revenue", "range": "last_7_days"}

        The first one works, the second sends the literal ${ACCESS_TOKEN}. Different syntax?
        '''))
    N(G, "response-headers", D(r'''
        HTTP/2 200
        content-type: text/html; charset=utf-8
        etag: W/"5f3c-⟦et⟧"
        cache-control: private, max-age=0
        content-security-policy: default-src 'self'; script-src 'self' 'nonce-⟦nonce⟧'; object-src 'none'
        strict-transport-security: max-age=63072000; includeSubDomains; preload
        x-request-id: ⟦rid⟧
        traceparent: 00-⟦tid⟧-⟦sid⟧-01
        cf-ray: ⟦ray⟧-FRA
        server-timing: db;dur=12.4, render;dur=38.1

        CSP blocks my inline script even though I add the nonce attribute -- is the nonce supposed to change every response?
        ''', et=rs(HEX, 16), nonce=b64(rbytes(16)), rid=ruuid(), tid=rs(HEX, 32), sid=rs(HEX, 16), ray=rs(HEX, 16)))
    wk = b64(rbytes(16))
    N(G, "ws-handshake", D(r'''
        GET /chat HTTP/1.1
        Host: localhost:8080
        Upgrade: websocket
        Connection: Upgrade
        Sec-WebSocket-Key: ⟦wk⟧
        Sec-WebSocket-Version: 13

        HTTP/1.1 101 Switching Protocols
        Upgrade: websocket
        Connection: Upgrade
        Sec-WebSocket-Accept: ⟦acc⟧

        My own server implementation -- browser says "Incorrect 'Sec-WebSocket-Accept' header value". I concatenate the key with the GUID and sha1/base64 it. What am I missing?
        ''', wk=wk, acc=b64(hashlib.sha1((wk + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").encode()).digest())))
    N(G, "copy-as-fetch-public", D(r'''
        fetch("https://search.maple-and-quill.ca/api/suggest?q=linen%20tea%20towel&limit=8", {
          "headers": {
            "accept": "application/json",
            "accept-language": "fr-CA,fr;q=0.9,en;q=0.8",
            "sec-ch-ua-platform": "\"macOS\"",
            "sec-fetch-mode": "cors",
            "sec-fetch-site": "same-site"
          },
          "referrer": "https://www.maple-and-quill.ca/",
          "body": null,
          "method": "GET",
          "mode": "cors",
          "credentials": "omit"
        });

        Returns results in English even with fr-CA -- does the API ignore accept-language?
        '''))
    N(G, "set-cookie-benign", D(r'''
        set-cookie: cookie_consent=necessary%2Cpreferences; Path=/; Max-Age=31536000; SameSite=Lax
        set-cookie: lang=de; Path=/; Max-Age=31536000
        set-cookie: ab_checkout=variant_b; Path=/; Max-Age=1209600
        set-cookie: tz=Europe%2FBerlin; Path=/

        Safari drops the ab_checkout cookie after 7 days instead of 14. ITP?
        '''))
    N(G, "401-redacted", D(r'''
        Request (token redacted by our logger):
        POST /v1/exports HTTP/1.1
        Host: api.tallyhq.io
        Authorization: Bearer [REDACTED]
        Content-Type: application/json

        Response:
        HTTP/1.1 401 Unauthorized
        WWW-Authenticate: Bearer realm="tally", error="invalid_token", error_description="The access token expired"
        X-Request-Id: ⟦rid⟧

        we refresh 60s before exp, clock skew on the server?
        ''', rid=ruuid()))
    N(G, "integrity", D(r'''
        <link rel="preload" href="/assets/app-⟦h⟧.js" as="script" integrity="sha384-⟦s1⟧" crossorigin="anonymous">
        <script src="https://cdn.jsdelivr.net/npm/htmx.org@2.0.3/dist/htmx.min.js" integrity="sha384-⟦s2⟧" crossorigin="anonymous"></script>

        response header on the asset:
        digest: sha-256=⟦d⟧
        content-md5: ⟦m⟧

        Firefox says "None of the sha384 hashes in the integrity attribute match the content" only for the preload. Build regenerates the hash?
        ''', h=rs(HEX, 8), s1=b64(rbytes(48)), s2=b64(rbytes(48)), d=b64(rbytes(32)), m=b64(rbytes(16))))

# ================================================================ 4. mail
def g_mail():
    G = "mail"
    e, pw = email(dom="northwind-freight.com"), pw_human()
    bu, bp = b64(e), b64(pw)
    P(G, "smtp-auth-login", D(r'''
        Our scanner can't send mail anymore since Monday. Testing by hand:

        $ openssl s_client -starttls smtp -connect smtp.office365.com:587 -crlf -quiet
        depth=2 C = US, O = DigiCert Inc, CN = DigiCert Global Root G2
        250 SMTPUTF8
        EHLO scanner01
        250-AUTH LOGIN XOAUTH2
        AUTH LOGIN
        334 VXNlcm5hbWU6
        ⟦bu⟧
        334 UGFzc3dvcmQ6
        ⟦bp⟧
        535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.

        Is that a tenant setting or per mailbox?
        ''', bu=bu, bp=bp), bu, bp)
    f, l = person()
    e = email(f, l, "gmail.com")
    app = " ".join(rs(LO, 4) for _ in range(4))
    plain = b64("\0" + e + "\0" + app.replace(" ", ""))
    P(G, "swaks-plain", D(r'''
        $ swaks --to ⟦e⟧ --server smtp.gmail.com:587 --tls --auth PLAIN \
            --auth-user ⟦e⟧ --auth-password '⟦app⟧'
        === Trying smtp.gmail.com:587...
        === Connected to smtp.gmail.com.
         -> STARTTLS
        <-  220 2.0.0 Ready to start TLS
        === TLS started with cipher TLSv1.3:TLS_AES_256_GCM_SHA384:256
         ~> AUTH PLAIN ⟦plain⟧
        <~* 535-5.7.8 Username and Password not accepted.

        it's an app password I generated 5 min ago (2FA is on). with or without the spaces?
        ''', e=e, app=app, plain=plain), e, app, plain)
    k = sendgrid_key()
    P(G, "swaks-sendgrid", D(r'''
        swaks --to alerts-test@ops.northwind-freight.com --from noreply@northwind-freight.com \
          --server smtp.sendgrid.net:587 --tls \
          --auth-user apikey --auth-password ⟦k⟧ \
          --header "Subject: relay test"
        <~* 550 The from address does not match a verified Sender Identity.

        domain auth is green in the dashboard, why would the from address need verifying?
        ''', k=k), k)
    e, pw = email(), pw_strong(16)
    P(G, "imap", D(r'''
        Thunderbird says login failed, so I tried by hand:

        $ openssl s_client -connect imap.fastmail.com:993 -crlf -quiet
        * OK IMAP4 ready
        a1 LOGIN ⟦e⟧ "⟦pw⟧"
        a1 NO [AUTHENTICATIONFAILED] Authentication failed
        a2 LOGOUT

        Fastmail needs app passwords for IMAP? I thought that was only with 2FA.
        ''', e=e, pw=pw), e, pw)
    victim = email()
    xo = ipv4()
    P(G, "headers-phish", D(r'''
        Got this "invoice" today, is it phishing? Headers:

        Return-Path: <billing@docu-sign-invoices.net>
        Received: from mail.docu-sign-invoices.net (mail.docu-sign-invoices.net [⟦ip1⟧])
                by mx.google.com with ESMTPS id a7si10293ejb.412.2026.12.01.03.14.22
                for <⟦victim⟧>;
                Mon, 01 Dec 2026 03:14:22 -0800 (PST)
        Received-SPF: softfail (google.com: domain of transitioning billing@docu-sign-invoices.net does not designate ⟦ip1⟧ as permitted sender)
        Authentication-Results: mx.google.com; spf=softfail smtp.mailfrom=billing@docu-sign-invoices.net; dmarc=fail (p=NONE)
        X-Originating-IP: [⟦xo⟧]
        From: "DocuSign Billing" <billing@docu-sign-invoices.net>
        To: ⟦victim⟧
        Subject: Invoice #INV-20931 requires your signature
        ''', ip1=ipv4(), victim=victim, xo=xo), victim, xo)
    pw = pw_strong(24)
    P(G, "sasl-passwd", D(r'''
        postfix relay via mailgun: "SASL authentication failed; server smtp.eu.mailgun.org said: 535 Authentication failed"

        # /etc/postfix/sasl_passwd
        [smtp.eu.mailgun.org]:587 postmaster@mg.lumen-candles.co.uk:⟦pw⟧

        # postmap /etc/postfix/sasl_passwd && systemctl reload postfix

        main.cf has smtp_sasl_auth_enable = yes. EU region domain, so the host should be right?
        ''', pw=pw), pw)
    k, to = mailgun_key(), email()
    P(G, "mailgun-curl", D(r'''
        curl -s --user 'api:⟦k⟧' \
          https://api.mailgun.net/v3/mg.lumen-candles.co.uk/messages \
          -F from='Lumen Candles <orders@mg.lumen-candles.co.uk>' \
          -F to=⟦to⟧ \
          -F subject='Your order #4471 has shipped' \
          -F template=order-shipped
        {"message":"Domain not found: mg.lumen-candles.co.uk"}

        (domain is in the EU region, I think that's it?)
        ''', k=k, to=to), k, to)
    k = ruuid()
    P(G, "postmark", D(r'''
        curl "https://api.postmarkapp.com/email/withTemplate" \
          -X POST \
          -H "Accept: application/json" \
          -H "Content-Type: application/json" \
          -H "X-Postmark-Server-Token: ⟦k⟧" \
          -d '{"From": "support@kestrel-analytics.de", "To": "qa-inbox@kestrel-analytics.de", "TemplateAlias": "password-reset", "TemplateModel": {"product_name": "Kestrel"}}'

        {"ErrorCode":10,"Message":"No Account or Server API tokens were supplied in the HTTP headers."} ?? it's right there
        ''', k=k), k)
    e, pw = email(dom="brightpath-health.com"), passphrase(" ", 4)
    P(G, "msmtprc", D(r'''
        ~/.msmtprc -- msmtp: authentication failed (method PLAIN)

        defaults
        auth           on
        tls            on
        tls_trust_file /etc/ssl/certs/ca-certificates.crt
        logfile        ~/.msmtp.log

        account        work
        host           smtp.brightpath-health.com
        port           587
        from           ⟦e⟧
        user           ⟦e⟧
        password       ⟦pw⟧

        account default : work

        the password has spaces in it, do I need quotes?
        ''', e=e, pw=pw), e, pw)
    e = email(dom="gmail.com")
    ip, sp = pw_strong(16), " ".join(rs(LO, 4) for _ in range(4))
    P(G, "muttrc", D(r'''
        neomutt can read but not send. ~/.config/neomutt/neomuttrc:

        set imap_user = "⟦e⟧"
        set imap_pass = "⟦ip⟧"
        set folder = "imaps://imap.gmail.com:993"
        set spoolfile = "+INBOX"
        set smtp_url = "smtps://⟦e⟧@smtp.gmail.com:465/"
        set smtp_pass = "⟦sp⟧"
        set ssl_force_tls = yes

        error: SASL authentication failed
        ''', e=e, ip=ip, sp=sp), e, ip, sp)
    key, lines, picks = pem("rsa")
    P(G, "dkim-key", D(r'''
        opendkim signs nothing, log says "key data is not secure". Here's what genkey produced (mail.private):

        ⟦key⟧

        and mail.txt went into DNS as mail._domainkey. permissions are 644, is that the "not secure" bit?
        ''', key=key), *picks)
    f, l = person()
    ph1, ph2, e = phone("DE"), phone("DEn"), email(f, l, "kestrel-analytics.de")
    P(G, "signature", D(r'''
        Can you summarise this thread for me in 3 bullets?

        > Am 28.11.2026 um 16:02 schrieb ⟦f⟧ ⟦l⟧:
        > Hi all, the Q4 data export will slip to 12 Dec because the vendor changed the schema again.
        > I'll set up a call with their account manager next week.
        >
        > Viele Grüße / Best regards
        > ⟦f⟧ ⟦l⟧
        > Senior Data Engineer
        > Kestrel Analytics GmbH · Rosenthaler Str. 40 · 10178 Berlin
        > Mobil: ⟦ph1⟧ · Büro: ⟦ph2⟧
        > ⟦e⟧

        Sounds good, please include finance in the call.
        ''', f=f, l=l, ph1=ph1, ph2=ph2, e=e), ph1, ph2, e)
    pw = pw_strong(18)
    P(G, "phpmailer", D(r'''
        $mail = new PHPMailer(true);
        $mail->isSMTP();
        $mail->Host       = 'smtp.zoho.eu';
        $mail->SMTPAuth   = true;
        $mail->Username   = 'no-reply@maple-and-quill.ca';
        $mail->Password   = '⟦pw⟧';
        $mail->SMTPSecure = PHPMailer::ENCRYPTION_SMTPS;
        $mail->Port       = 465;

        SMTP Error: Could not authenticate. -- works from my laptop, fails on the shared host. blocked port?
        ''', pw=pw), pw)
    pw = pw_human()
    P(G, "send-mailmessage", D(r'''
        $pass = ConvertTo-SecureString "⟦pw⟧" -AsPlainText -Force
        $cred = New-Object System.Management.Automation.PSCredential("svc-reports@northwind-freight.com", $pass)
        Send-MailMessage -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred `
          -From svc-reports@northwind-freight.com -To finance@northwind-freight.com `
          -Subject "Daily AR aging" -Attachments C:\Reports\ar_aging.xlsx

        Send-MailMessage : The SMTP server requires a secure connection or the client was not authenticated.
        ''', pw=pw), pw)

    # ---- negatives
    N(G, "auth-results", D(r'''
        DMARC fails for mail from our CRM, these are the relevant headers (addresses removed):

        DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=crm-mailer.net; s=s1; t=1764581662;
            h=from:to:subject:date:message-id; bh=⟦bh⟧;
            b=⟦b1⟧
             ⟦b2⟧
        ARC-Seal: i=1; a=rsa-sha256; t=1764581663; cv=none; d=google.com; s=arc-20240605;
            b=⟦b3⟧
        Authentication-Results: mx.google.com;
               dkim=pass header.i=@crm-mailer.net header.s=s1;
               spf=pass smtp.mailfrom=bounces.crm-mailer.net;
               dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=kestrel-analytics.de

        So DKIM passes but for the wrong domain -- we need them to sign with d=kestrel-analytics.de?
        ''', bh=b64(rbytes(32)), b1=b64(rbytes(80))[:76], b2=b64(rbytes(120))[:96], b3=b64(rbytes(90))[:120]))
    N(G, "dns-txt", D(r'''
        $ dig +short TXT kestrel-analytics.de
        "v=spf1 include:spf.protection.outlook.com include:mailgun.org -all"
        $ dig +short TXT s1._domainkey.kestrel-analytics.de
        "v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA⟦p1⟧" "⟦p2⟧IDAQAB"
        $ dig +short TXT _dmarc.kestrel-analytics.de
        "v=DMARC1; p=quarantine; pct=100; adkim=s; aspf=r"

        Does the split into two strings break the DKIM record?
        ''', p1=b64(rbytes(150))[:200], p2=b64(rbytes(100))[:128]))
    N(G, "smtp-redacted", D(r'''
        Transcript from our relay debug log (credentials masked by the relay):

        S: 220 relay.internal ESMTP Postfix
        C: EHLO app-07
        S: 250-relay.internal
        S: 250-AUTH PLAIN LOGIN
        S: 250 8BITMIME
        C: AUTH LOGIN
        S: 334 VXNlcm5hbWU6
        C: <base64 username>
        S: 334 UGFzc3dvcmQ6
        C: <base64 password>
        S: 235 2.7.0 Authentication successful
        C: MAIL FROM:<[masked]>
        S: 250 2.1.0 Ok

        auth works but later RCPT TO gets 454 4.7.1 Relay access denied. smtpd_relay_restrictions order?
        '''))
    N(G, "postfix-main", D(r'''
        # /etc/postfix/main.cf (relevant part)
        relayhost = [smtp.eu.mailgun.org]:587
        smtp_sasl_auth_enable = yes
        smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd
        smtp_sasl_security_options = noanonymous
        smtp_tls_security_level = encrypt
        smtp_tls_CAfile = /etc/ssl/certs/ca-certificates.crt
        smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, defer_unauth_destination
        mynetworks = 127.0.0.0/8 [::1]/128

        postfix check is clean. the sasl_passwd.db exists and is 0600. what else?
        '''))
    N(G, "phpmailer-env", D(r'''
        $mail = new PHPMailer(true);
        $mail->isSMTP();
        $mail->Host       = getenv('SMTP_HOST');
        $mail->SMTPAuth   = true;
        $mail->Username   = getenv('SMTP_USER');
        $mail->Password   = getenv('SMTP_PASSWORD');
        $mail->Port       = (int) getenv('SMTP_PORT') ?: 587;

        getenv returns false under php-fpm even though the vars are in /etc/environment. clear_env = no?
        '''))
    b = "----=_Part_" + non_luhn_digits(6) + "_" + non_luhn_digits(9) + "." + non_luhn_digits(13)
    img = b64(rbytes(300))
    img = "iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAYAAABXAvmHAAAA" + img
    N(G, "mime-structure", D(r'''
        Outlook shows the logo as an attachment instead of inline. MIME structure of the sent mail:

        MIME-Version: 1.0
        Content-Type: multipart/related; boundary="⟦b⟧"

        --⟦b⟧
        Content-Type: text/html; charset=UTF-8
        Content-Transfer-Encoding: quoted-printable

        <img src=3D"cid:logo">
        --⟦b⟧
        Content-Type: image/png; name=logo.png
        Content-Transfer-Encoding: base64
        Content-Disposition: inline; filename=logo.png
        Content-ID: <logo>

        ⟦img1⟧
        ⟦img2⟧
        ⟦img3⟧
        --⟦b⟧--
        ''', b=b, img1=img[:76], img2=img[76:152], img3=img[152:220] + "=="))


# ================================================================ 5. dataeng
def g_dataeng():
    G = "dataeng"
    pw = "Wx" + rs(AN, 6) + "@" + rs(AN, 4) + "/" + rs(DG, 3) + "#q"
    enc = urllib.parse.quote(pw, safe="")
    P(G, "airflow-uri", D(r'''
        Airflow 2.9 can't connect to postgres with the env-var connection:

        export AIRFLOW_CONN_WAREHOUSE_PG='postgresql://etl_loader:⟦enc⟧@warehouse.kestrel-analytics.de:5432/analytics?sslmode=require'

        $ airflow connections get warehouse_pg -o yaml
        conn_id: warehouse_pg
        conn_type: postgres
        host: warehouse.kestrel-analytics.de
        login: etl_loader
        password: ⟦pw⟧
        port: 5432
        schema: analytics

        psycopg2.OperationalError: FATAL: password authentication failed for user "etl_loader"
        the password is right (decoded above). is `postgresql://` vs `postgres://` the problem?
        ''', enc=enc, pw=pw), enc, pw)
    a, s = aws_id(), aws_secret()
    P(G, "airflow-json", D(r'''
        AIRFLOW_CONN_AWS_DEFAULT='{"conn_type": "aws", "login": "⟦a⟧", "password": "⟦s⟧", "extra": {"region_name": "eu-central-1", "role_arn": null}}'

        S3Hook(aws_conn_id="aws_default").list_keys("acme-raw") -> botocore.exceptions.NoCredentialsError
        Is JSON format supported for AIRFLOW_CONN_ in 2.7? (docs say 2.3+)
        ''', a=a, s=s), a, s)
    pw = pw_strong(20)
    P(G, "airflow-cli", D(r'''
        airflow connections add 'snowflake_default' \
            --conn-type 'snowflake' \
            --conn-login 'AIRFLOW_SVC' \
            --conn-password '⟦pw⟧' \
            --conn-schema 'RAW' \
            --conn-extra '{"account": "xy12345.eu-west-1", "warehouse": "LOAD_WH", "database": "ANALYTICS", "role": "LOADER"}'

        Successfully added `conn_id`=snowflake_default : snowflake://AIRFLOW_SVC:******@/RAW
        but the DAG fails with "250001: Could not connect to Snowflake backend after 2 attempt(s)". region format?
        ''', pw=pw), pw)
    pw = pw_human()
    P(G, "dbt-profiles", D(r'''
        dbt debug fails: "Database Error: connection to server ... failed: FATAL: no pg_hba.conf entry for host"

        # ~/.dbt/profiles.yml
        kestrel:
          target: prod
          outputs:
            prod:
              type: postgres
              host: warehouse.kestrel-analytics.de
              user: dbt_runner
              password: ⟦pw⟧
              port: 5432
              dbname: analytics
              schema: marts
              threads: 8
              keepalives_idle: 0
              sslmode: prefer

        should sslmode be require for pg_hba hostssl?
        ''', pw=pw), pw)
    key, lines, picks = pem("pkcs8")
    kid = rs(HEX, 40)
    sa = {"type": "service_account", "project_id": "kestrel-dw", "private_key_id": kid,
          "private_key": key + "\n", "client_email": "dbt-runner@kestrel-dw.iam.gserviceaccount.com",
          "client_id": non_luhn_digits(21), "token_uri": "https://oauth2.googleapis.com/token"}
    js = json.dumps(sa)
    pk_esc = json.dumps(key)[1:-1]
    chunk1 = pk_esc[pk_esc.index(lines[1]):][:64]
    chunk2 = lines[-2]
    P(G, "dbt-bigquery", D(r'''
        bigquery profile with keyfile_json, dbt says "Could not deserialize key data":

        kestrel_bq:
          target: prod
          outputs:
            prod:
              type: bigquery
              method: service-account-json
              project: kestrel-dw
              dataset: marts
              threads: 4
              keyfile_json: ⟦js⟧

        pasted the whole json in one line from the downloaded file
        ''', js=js), chunk1, chunk2)
    pw = pw_strong(16)
    P(G, "great-expectations", D(r'''
        GX 0.18: "sqlalchemy.exc.ArgumentError: Could not parse SQLAlchemy URL from string"

        # great_expectations/uncommitted/config_variables.yml
        my_snowflake_creds: snowflake://GX_READER:⟦pw⟧@xy12345.eu-west-1/ANALYTICS/MARTS?warehouse=QA_WH&role=QA

        # great_expectations.yml
        datasources:
          warehouse:
            class_name: Datasource
            execution_engine:
              class_name: SqlAlchemyExecutionEngine
              connection_string: ${my_snowflake_creds}
        ''', pw=pw), pw)
    pw1, pw2 = pw_strong(18), pw_urlsafe(22)
    P(G, "kafka-connect", D(r'''
        POST /connectors returns 400 "Connector configuration is invalid and contains the following 1 error(s)":

        {
          "name": "orders-cdc",
          "config": {
            "connector.class": "io.debezium.connector.postgresql.PostgresConnector",
            "database.hostname": "pg-orders.internal",
            "database.port": "5432",
            "database.user": "debezium",
            "database.password": "⟦pw1⟧",
            "database.dbname": "orders",
            "topic.prefix": "orders",
            "plugin.name": "pgoutput",
            "slot.name": "debezium_orders",
            "schema.history.internal.kafka.bootstrap.servers": "kafka:9092",
            "transforms": "unwrap",
            "transforms.unwrap.type": "io.debezium.transforms.ExtractNewRecordState"
          }
        }

        and the sink side:
          "connection.url": "jdbc:postgresql://dw.internal:5432/dw",
          "connection.user": "sink_writer",
          "connection.password": "⟦pw2⟧",
        ''', pw1=pw1, pw2=pw2), pw1, pw2)
    ck, cs = rs(UP + DG, 16), rs(AN + "+/", 64)
    P(G, "kafka-client", D(r'''
        # client.properties -- Confluent Cloud
        bootstrap.servers=pkc-e0zxq.eu-west-3.aws.confluent.cloud:9092
        security.protocol=SASL_SSL
        sasl.mechanisms=PLAIN
        sasl.mechanism=PLAIN
        sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username='⟦ck⟧' password='⟦cs⟧';
        session.timeout.ms=45000
        client.dns.lookup=use_all_dns_ips

        kafka-console-consumer hangs with "Bootstrap broker disconnected" -- do I need both sasl.mechanism lines?
        ''', ck=ck, cs=cs), cs)
    a, s = aws_id(), aws_secret()
    P(G, "core-site", D(r'''
        hadoop fs -ls s3a://acme-raw/ gives 403 Forbidden, core-site.xml:

        <configuration>
          <property>
            <name>fs.s3a.access.key</name>
            <value>⟦a⟧</value>
          </property>
          <property>
            <name>fs.s3a.secret.key</name>
            <value>⟦s⟧</value>
          </property>
          <property>
            <name>fs.s3a.endpoint</name>
            <value>s3.eu-central-1.amazonaws.com</value>
          </property>
          <property>
            <name>fs.s3a.path.style.access</name>
            <value>false</value>
          </property>
        </configuration>
        ''', a=a, s=s), a, s)
    k = azure_storage_key()
    P(G, "abfs", D(r'''
        Spark on our own k8s reading ADLS Gen2:

        spark.conf.set(
            "fs.azure.account.key.kestreldatalake.dfs.core.windows.net",
            "⟦k⟧")
        df = spark.read.parquet("abfss://raw@kestreldatalake.dfs.core.windows.net/events/2026/12/")

        -> Operation failed: "This request is not authorized to perform this operation.", 403, HEAD
        firewall on the storage account maybe?
        ''', k=k), k)
    a, s = ali_id(), rs(AN, 30)
    P(G, "spark-submit", D(r'''
        spark-submit --master yarn --deploy-mode cluster \
          --conf spark.hadoop.fs.oss.impl=org.apache.hadoop.fs.aliyun.oss.AliyunOSSFileSystem \
          --conf spark.hadoop.fs.oss.endpoint=oss-cn-hangzhou-internal.aliyuncs.com \
          --conf spark.hadoop.fs.oss.accessKeyId=⟦a⟧ \
          --conf spark.hadoop.fs.oss.accessKeySecret=⟦s⟧ \
          --class com.acme.etl.DailyAgg etl-assembly-1.4.2.jar 2026-12-01

        作业报错 java.lang.ClassNotFoundException: org.apache.hadoop.fs.aliyun.oss.AliyunOSSFileSystem，需要加哪个 jar？
        ''', a=a, s=s), a, s)
    t = databricks_tok()
    P(G, "databrickscfg", D(r'''
        databricks CLI v0.2xx: "Error: default auth: cannot configure default credentials"

        $ cat ~/.databrickscfg
        [DEFAULT]
        host  = https://adb-⟦ws⟧.12.azuredatabricks.net
        token = ⟦t⟧

        [staging]
        host = https://adb-⟦ws2⟧.4.azuredatabricks.net
        auth_type = azure-cli
        ''', ws=non_luhn_digits(16), ws2=non_luhn_digits(16), t=t), t)
    pw = pw_strong(17)
    P(G, "notebook-hardcode", D(r'''
        Cell 4 (Python):

        # TODO move to secret scope before prod!!
        jdbc_url = "jdbc:sqlserver://sql-finance.database.windows.net:1433;database=ledger"
        props = {"user": "dbx_reader", "password": "⟦pw⟧", "driver": "com.microsoft.sqlserver.jdbc.SQLServerDriver"}
        df = spark.read.jdbc(jdbc_url, "dbo.gl_entries", properties=props)
        display(df.limit(10))

        com.microsoft.sqlserver.jdbc.SQLServerException: The TCP/IP connection to the host ... has failed.
        ''', pw=pw), pw)
    pw = passphrase("_", 3)
    P(G, "snowsql", D(r'''
        ~/.snowsql/config

        [connections.prod]
        accountname = xy12345.eu-west-1
        username = m.raman
        password = ⟦pw⟧
        rolename = ANALYST
        warehousename = ADHOC_WH

        [options]
        log_level = DEBUG

        snowsql -c prod -> 390100 (08004): Incorrect username or password was specified. MFA is enabled on my user, is that it?
        ''', pw=pw), pw)

    # ---- negatives
    N(G, "dbt-env", D(r'''
        kestrel:
          target: "{{ env_var('DBT_TARGET', 'dev') }}"
          outputs:
            prod:
              type: postgres
              host: "{{ env_var('DBT_HOST') }}"
              user: "{{ env_var('DBT_USER') }}"
              password: "{{ env_var('DBT_ENV_SECRET_PASSWORD') }}"
              port: 5432
              dbname: analytics
              schema: marts
              threads: "{{ env_var('DBT_THREADS', 4) | int }}"

        Compilation Error: Env var required but not provided: 'DBT_HOST' -- it IS exported in the same shell...
        '''))
    N(G, "airflow-masked-log", D(r'''
        [2026-12-01, 02:00:04 UTC] {taskinstance.py:2731} INFO - Exporting env vars: AIRFLOW_CTX_DAG_ID='load_orders' AIRFLOW_CTX_TASK_ID='copy_to_warehouse' AIRFLOW_CTX_EXECUTION_DATE='2026-11-30T02:00:00+00:00'
        [2026-12-01, 02:00:04 UTC] {base.py:84} INFO - Retrieving connection 'warehouse_pg'
        [2026-12-01, 02:00:05 UTC] {sql.py:510} INFO - Running statement: COPY raw.orders FROM STDIN WITH CSV HEADER, parameters: None
        [2026-12-01, 02:00:05 UTC] {logging_mixin.py:188} INFO - dsn: host=warehouse.internal port=5432 user=etl_loader password=*** dbname=analytics
        [2026-12-01, 02:03:41 UTC] {sql.py:519} INFO - Rows affected: 1849203
        [2026-12-01, 02:03:41 UTC] {taskinstance.py:1206} INFO - Marking task as SUCCESS. dag_id=load_orders, task_id=copy_to_warehouse, run_id=scheduled__2026-11-30T02:00:00+00:00

        it succeeded but took 3.5 minutes for 1.8M rows, normal?
        '''))
    N(G, "kafka-config-provider", D(r'''
        {
          "name": "orders-sink",
          "config": {
            "connector.class": "io.confluent.connect.jdbc.JdbcSinkConnector",
            "connection.url": "jdbc:postgresql://dw.internal:5432/dw",
            "connection.user": "${file:/opt/kafka/secrets/dw.properties:user}",
            "connection.password": "${file:/opt/kafka/secrets/dw.properties:password}",
            "topics": "orders.public.orders",
            "insert.mode": "upsert",
            "pk.mode": "record_key"
          }
        }
        worker has config.providers=file and config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider
        but the connector fails with 'password authentication failed' -- does the provider get applied to connector configs?
        '''))
    N(G, "core-site-provider", D(r'''
        <configuration>
          <property>
            <name>hadoop.security.credential.provider.path</name>
            <value>jceks://hdfs/user/etl/s3.jceks</value>
          </property>
          <property>
            <name>fs.s3a.aws.credentials.provider</name>
            <value>com.amazonaws.auth.InstanceProfileCredentialsProvider</value>
          </property>
          <property>
            <name>fs.s3a.bucket.acme-raw.endpoint.region</name>
            <value>eu-central-1</value>
          </property>
        </configuration>

        created the store with `hadoop credential create fs.s3a.secret.key -provider ...` -- should the provider class still be set?
        '''))
    app = "application_" + non_luhn_digits(13) + "_0042"
    N(G, "spark-log", D(r'''
        26/12/01 03:12:55 INFO Client: Application report for ⟦app⟧ (state: RUNNING)
        26/12/01 03:12:55 INFO Client:
             client token: N/A
             diagnostics: N/A
             ApplicationMaster host: 10.20.4.17
             ApplicationMaster RPC port: 39113
             queue: etl
             start time: 1764558721042
             final status: UNDEFINED
             tracking URL: http://rm1.internal:8088/proxy/⟦app⟧/
        26/12/01 03:14:02 WARN TaskSetManager: Lost task 41.0 in stage 7.0 (TID 1933) (10.20.4.22 executor 5): ExecutorLostFailure (executor 5 exited caused by one of the running tasks) Reason: Container killed by YARN for exceeding physical memory limits. 11.2 GB of 11 GB physical memory used.

        bump spark.executor.memoryOverhead?
        ''', app=app))
    N(G, "databricks-secrets", D(r'''
        Cell 2:
        pw = dbutils.secrets.get(scope="finance-kv", key="sql-reader-password")
        print(pw)
        print(len(pw))

        Out:
        [REDACTED]
        24

        Cell 3:
        props = {"user": "dbx_reader", "password": pw}
        df = spark.read.jdbc(jdbc_url, "dbo.gl_entries", properties=props)

        the print shows [REDACTED] -- is the actual value being passed to jdbc or the literal string?
        '''))

# ================================================================ 6. observ
def g_observ():
    G = "observ"
    p1, p2 = pw_strong(16), pw_human()
    P(G, "grafana-datasource", D(r'''
        Grafana provisioning: the datasource shows up but "Test" says 401.

        # provisioning/datasources/ds.yaml
        apiVersion: 1
        datasources:
          - name: Prometheus-prod
            type: prometheus
            url: https://prom.internal.kestrel-analytics.de
            basicAuth: true
            basicAuthUser: grafana
            secureJsonData:
              basicAuthPassword: ⟦p1⟧
          - name: Postgres-billing
            type: grafana-postgresql-datasource
            url: pg-billing.internal:5432
            user: grafana_ro
            jsonData:
              database: billing
              sslmode: require
            secureJsonData:
              password: "⟦p2⟧"
        ''', p1=p1, p2=p2), p1, p2)
    ap, sk, sp = pw_human(), rs(AN, 32), pw_strong(14) + "#;"
    P(G, "grafana-ini", D(r'''
        grafana won't send alert emails. grafana.ini:

        [security]
        admin_user = admin
        admin_password = ⟦ap⟧
        secret_key = ⟦sk⟧

        [smtp]
        enabled = true
        host = smtp.office365.com:587
        user = grafana@northwind-freight.com
        # password contains ; and # so it's wrapped in triple quotes per the docs
        password = """⟦sp⟧"""
        from_address = grafana@northwind-freight.com
        startTLS_policy = MandatoryStartTLS
        ''', ap=ap, sk=sk, sp=sp), ap, sk, sp)
    g = grafana_cloud()
    P(G, "prom-remote-write", D(r'''
        remote_write to Grafana Cloud returns "401 Unauthorized: invalid authentication credentials":

        remote_write:
          - url: https://prometheus-prod-24-prod-eu-west-2.grafana.net/api/prom/push
            basic_auth:
              username: "⟦uid⟧"
              password: ⟦g⟧
            queue_config:
              max_samples_per_send: 2000

        token was created with metrics:write scope. username = the instance ID, right?
        ''', uid=R.randint(1000000, 2999999), g=g), g)
    hook, tail = slack_hook()
    rk, sp = rs(HEX, 32), pw_strong(16)
    P(G, "alertmanager", D(r'''
        alertmanager.yml -- slack works, pagerduty never fires:

        global:
          resolve_timeout: 5m
          smtp_smarthost: smtp.eu.mailgun.org:587
          smtp_from: alerts@mg.kestrel-analytics.de
          smtp_auth_username: alerts@mg.kestrel-analytics.de
          smtp_auth_password: ⟦sp⟧
          slack_api_url: ⟦hook⟧
        route:
          receiver: slack-default
          routes:
            - matchers: [ severity="critical" ]
              receiver: pagerduty-oncall
        receivers:
          - name: slack-default
            slack_configs:
              - channel: '#alerts'
          - name: pagerduty-oncall
            pagerduty_configs:
              - routing_key: ⟦rk⟧
                severity: critical
        ''', sp=sp, hook=hook, rk=rk), sp, tail, rk)
    k, ak = rs(HEX, 32), rs(HEX, 40)
    P(G, "datadog-yaml", D(r'''
        agent status says "API Key invalid, API Key ending with ⟦last⟧" -- but I copied it from Organization Settings:

        # /etc/datadog-agent/datadog.yaml
        api_key: ⟦k⟧
        app_key: ⟦ak⟧
        site: datadoghq.eu
        logs_enabled: true
        apm_config:
          enabled: true
        process_config:
          process_collection:
            enabled: true
        ''', last=k[-5:], k=k, ak=ak), k, ak)
    ep, st = pw_strong(18), ruuid()
    P(G, "fluent-bit", D(r'''
        [OUTPUT]
            Name            es
            Match           kube.*
            Host            es-logging.internal
            Port            9243
            HTTP_User       fluentbit_writer
            HTTP_Passwd     ⟦ep⟧
            tls             On
            Suppress_Type_Name On

        [OUTPUT]
            Name            splunk
            Match           audit.*
            Host            splunk-hec.internal
            Port            8088
            Splunk_Token    ⟦st⟧
            TLS             On

        es output works, splunk one gives "HTTP status=403". HEC token is enabled on the index...
        ''', ep=ep, st=st), ep, st)
    p1, p2 = pw_strong(20), pw_human()
    P(G, "logstash", D(r'''
        input {
          jdbc {
            jdbc_connection_string => "jdbc:mysql://mysql-crm.internal:3306/crm"
            jdbc_user => "logstash_ro"
            jdbc_password => "⟦p2⟧"
            jdbc_driver_class => "com.mysql.cj.jdbc.Driver"
            schedule => "*/5 * * * *"
            statement => "SELECT * FROM tickets WHERE updated_at > :sql_last_value"
          }
        }
        output {
          elasticsearch {
            hosts => ["https://es-logging.internal:9243"]
            user => "logstash_writer"
            password => "⟦p1⟧"
            index => "crm-tickets-%{+YYYY.MM}"
          }
        }

        sql_last_value always stays at 1970-01-01, why?
        ''', p1=p1, p2=p2), p1, p2)
    dk, nl = rs(HEX, 32), nr_license()
    P(G, "vector", D(r'''
        # vector.toml
        [sources.app_logs]
        type = "file"
        include = ["/var/log/app/*.log"]

        [sinks.dd]
        type = "datadog_logs"
        inputs = ["app_logs"]
        default_api_key = "⟦dk⟧"
        site = "datadoghq.eu"

        [sinks.nr]
        type = "new_relic"
        inputs = ["app_logs"]
        account_id = "⟦acc⟧"
        api = "logs"
        license_key = "⟦nl⟧"

        vector validate passes, but nothing shows up in New Relic. EU account -- is there a region option?
        ''', dk=dk, acc=R.randint(1000000, 4999999), nl=nl), dk, nl)
    nk, hc = nr_user(), rs(AN, 22)
    P(G, "otel-collector", D(r'''
        exporters:
          otlphttp/newrelic:
            endpoint: https://otlp.eu01.nr-data.net
            headers:
              api-key: ⟦nk⟧
          otlp/honeycomb:
            endpoint: api.eu1.honeycomb.io:443
            headers:
              x-honeycomb-team: ⟦hc⟧
        service:
          pipelines:
            traces:
              receivers: [otlp]
              exporters: [otlphttp/newrelic, otlp/honeycomb]

        NR rejects with 403 -- I think I used a user key instead of the license/ingest key?
        ''', nk=nk, hc=hc), nk, hc)
    t = ts()
    sat = jwt({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "monitoring",
               "kubernetes.io/serviceaccount/secret.name": "prometheus-token-x7k2p",
               "kubernetes.io/serviceaccount/service-account.name": "prometheus", "sub": "system:serviceaccount:monitoring:prometheus"}, "RS256", kid=rs(URLS, 43))
    bp = pw_strong(14)
    P(G, "prom-scrape", D(r'''
        scrape_configs:
          - job_name: kube-apiserver-external
            scheme: https
            tls_config:
              insecure_skip_verify: true
            bearer_token: ⟦sat⟧
            static_configs:
              - targets: ['k8s-api.internal:6443']
          - job_name: legacy-exporter
            basic_auth:
              username: prom
              password: ⟦bp⟧
            static_configs:
              - targets: ['legacy-01.internal:9100']

        "bearer_token" is deprecated?? what's the replacement in 2.5x
        ''', sat=sat, bp=bp), sat, bp)
    st = sentry_user()
    P(G, "sentryclirc", D(r'''
        sentry-cli releases files upload-sourcemaps fails with "error: API request failed ... 403".

        $ cat ~/.sentryclirc
        [auth]
        token=⟦st⟧

        [defaults]
        org=kestrel-analytics
        project=web-frontend
        url=https://sentry.io/
        ''', st=st), st)
    gs = grafana_sa()
    P(G, "grafana-api", D(r'''
        $ curl -s -H "Authorization: Bearer ⟦gs⟧" \
            "https://grafana.kestrel-analytics.de/api/dashboards/uid/ops-overview" | jq '.meta.canSave'
        false

        service account has Editor role on the folder. why can't it save?
        ''', gs=gs), gs)

    # ---- negatives
    N(G, "alert-rules", D(r'''
        groups:
          - name: api
            rules:
              - alert: HighErrorRate
                expr: |
                  sum(rate(http_requests_total{job="api",code=~"5.."}[5m]))
                    / sum(rate(http_requests_total{job="api"}[5m])) > 0.05
                for: 10m
                labels:
                  severity: critical
                  team: payments
                annotations:
                  summary: "5xx ratio above 5% on {{ $labels.instance }}"
                  runbook_url: https://runbooks.internal/api/high-error-rate

        fires during every deploy for ~2 minutes. should I add a deploy inhibit rule?
        '''))
    N(G, "alertmanager-files", D(r'''
        global:
          smtp_smarthost: smtp.eu.mailgun.org:587
          smtp_auth_username_file: /etc/alertmanager/secrets/smtp_user
          smtp_auth_password_file: /etc/alertmanager/secrets/smtp_password
          slack_api_url_file: /etc/alertmanager/secrets/slack_webhook
        receivers:
          - name: pagerduty-oncall
            pagerduty_configs:
              - routing_key_file: /etc/alertmanager/secrets/pd_routing_key

        amtool check-config says "unknown field smtp_auth_username_file" -- which version added it?
        '''))
    N(G, "otel-env", D(r'''
        exporters:
          otlphttp/newrelic:
            endpoint: https://otlp.eu01.nr-data.net
            headers:
              api-key: ${env:NEW_RELIC_LICENSE_KEY}
          otlp/honeycomb:
            endpoint: api.eu1.honeycomb.io:443
            headers:
              x-honeycomb-team: ${env:HONEYCOMB_API_KEY}

        collector logs "invalid configuration: ... variable substitution" -- was the ${VAR} form without env: removed?
        '''))
    N(G, "dd-apm-logs", D(r'''
        2026-12-01 11:02:13,481 INFO [checkout.service] [dd.service=checkout dd.env=prod dd.version=3.18.2 dd.trace_id=⟦t1⟧ dd.span_id=⟦s1⟧] order placed order_id=ORD-2026-118204 items=3
        2026-12-01 11:02:13,502 ERROR [checkout.payments] [dd.service=checkout dd.env=prod dd.version=3.18.2 dd.trace_id=⟦t1⟧ dd.span_id=⟦s2⟧] capture failed: upstream timeout after 3000ms
        2026-12-01 11:02:14,017 INFO [checkout.service] [dd.service=checkout dd.env=prod dd.version=3.18.2 dd.trace_id=⟦t2⟧ dd.span_id=⟦s3⟧] retry scheduled attempt=2

        the logs don't link to the traces in the UI, is the trace_id format wrong (decimal vs hex)?
        ''', t1=non_luhn_digits(19), s1=non_luhn_digits(19), s2=non_luhn_digits(18), t2=non_luhn_digits(19), s3=non_luhn_digits(19)))
    N(G, "dashboard-json", D(r'''
        {
          "uid": "ops-overview",
          "title": "Ops overview",
          "version": 47,
          "panels": [
            {
              "id": 12,
              "type": "timeseries",
              "title": "p95 latency",
              "datasource": {"type": "prometheus", "uid": "⟦du⟧"},
              "targets": [{"expr": "histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket[5m])))", "refId": "A"}]
            }
          ],
          "time": {"from": "now-6h", "to": "now"}
        }

        after importing on the new instance the panel says "datasource ⟦du⟧ was not found"
        ''', du=rs(LO + DG, 14)))
    N(G, "fluent-bit-parsers", D(r'''
        [PARSER]
            Name        nginx_json
            Format      json
            Time_Key    time
            Time_Format %Y-%m-%dT%H:%M:%S%z

        [FILTER]
            Name        modify
            Match       kube.*
            Remove      authorization
            Remove      cookie

        [FILTER]
            Name        lua
            Match       kube.*
            script      /fluent-bit/scripts/mask.lua
            call        mask_tokens

        Does the modify filter's Remove work on nested keys like http.request.headers.authorization?
        '''))


# ================================================================ 7. configmgmt
def g_cm():
    G = "configmgmt"
    p1, p2 = pw_strong(14), pw_human()
    P(G, "ansible-ini", D(r'''
        ansible all -m ping works for web but db hosts say "Invalid/incorrect password":

        [web]
        web-01 ansible_host=10.10.1.11
        web-02 ansible_host=10.10.1.12

        [db]
        db-01 ansible_host=10.10.2.21 ansible_user=deploy ansible_password=⟦p1⟧ ansible_become_password=⟦p2⟧

        [all:vars]
        ansible_python_interpreter=/usr/bin/python3
        ''', p1=p1, p2=p2), p1, p2)
    pw = pw_strong(16)
    P(G, "ansible-winrm", D(r'''
        [windows]
        ws-fin-01.corp.local
        ws-fin-02.corp.local

        [windows:vars]
        ansible_connection=winrm
        ansible_user=CORP\svc_ansible
        ansible_password=⟦pw⟧
        ansible_winrm_transport=ntlm
        ansible_winrm_server_cert_validation=ignore

        winrm or requests is not installed: No module named 'winrm' -- pip install pywinrm in which venv?
        ''', pw=pw), pw)
    dbp, a, s, sl = pw_strong(20), aws_id(), aws_secret(), slack_bot()
    P(G, "ansible-groupvars", D(r'''
        # group_vars/prod.yml
        app_env: production
        postgres_host: pg-prod.internal
        postgres_user: app
        postgres_password: "⟦dbp⟧"
        backup_bucket: acme-backups-prod
        backup_aws_access_key: ⟦a⟧
        backup_aws_secret_key: ⟦s⟧
        slack_notify_token: ⟦sl⟧

        the template task renders postgres_password fine but the backup role gets undefined for backup_aws_secret_key. variable precedence?
        ''', dbp=dbp, a=a, s=s, sl=sl), dbp, a, s, sl)
    p1, p2 = pw_strong(18), rs(HEX, 64)
    P(G, "ansible-extravars", D(r'''
        ansible-playbook -i inventories/prod site.yml --limit db \
          -e "mysql_root_password=⟦p1⟧ app_secret_key_base=⟦p2⟧" --tags mysql

        TASK [mysql : set root password] ****
        fatal: [db-01]: FAILED! => {"changed": false, "msg": "unable to connect to database, check login_user and login_password are correct or /root/.my.cnf has the credentials."}
        ''', p1=p1, p2=p2), p1, p2)
    vt = vault_tok()
    P(G, "ansible-verbose", D(r'''
        TASK [vault : login with approle] ***********************************************
        ok: [localhost] => {
            "changed": false,
            "json": {
                "auth": {
                    "accessor": "⟦acc⟧",
                    "client_token": "⟦vt⟧",
                    "lease_duration": 2764800,
                    "policies": ["default", "deploy"],
                    "renewable": true
                }
            },
            "status": 200
        }

        next task using the token gets "permission denied" on secret/data/app/prod. policy paths for kv v2?
        ''', acc=rs(AN, 24), vt=vt), vt)
    a, s, mp = aws_id(), aws_secret(), pw_strong(16)
    P(G, "salt-pillar", D(r'''
        # /srv/pillar/aws.sls
        aws:
          region: eu-west-1
          keyid: ⟦a⟧
          key: ⟦s⟧

        # /srv/pillar/mysql.sls
        mysql:
          server:
            root_password: '⟦mp⟧'

        salt 'web*' boto_route53.get_record ... -> "No authentication credentials found". pillar shows up in pillar.items though
        ''', a=a, s=s, mp=mp), a, s, mp)
    pw, tt = pw_human(), twilio_token()
    P(G, "chef-databag", D(r'''
        $ knife data bag show secrets prod_app -F json
        {
          "id": "prod_app",
          "db_password": "⟦pw⟧",
          "twilio_account_sid": "AC⟦sid⟧",
          "twilio_auth_token": "⟦tt⟧",
          "redis_url": "redis://cache.internal:6379/0"
        }

        I thought data bags were encrypted by default? knife 18
        ''', pw=pw, sid=rs(HEX, 32), tt=tt), pw, tt)
    dp, sk = pw_strong(18), stripe_rk()
    P(G, "puppet-hiera", D(r'''
        # hieradata/common.yaml
        ---
        profile::app::db_host: 'pg-prod.internal'
        profile::app::db_password: '⟦dp⟧'
        profile::app::stripe_restricted_key: '⟦sk⟧'
        profile::app::workers: 6
        lookup_options:
          profile::app::db_password:
            convert_to: Sensitive

        puppet agent -t -> "Evaluation Error: ... expects a String value, got Sensitive[String]"
        ''', dp=dp, sk=sk), dp, sk)
    up, gt = pw_human(), ghp()
    P(G, "cloud-init", D(r'''
        #cloud-config
        users:
          - name: ops
            groups: [sudo]
            shell: /bin/bash
        chpasswd:
          expire: false
          users:
            - name: ops
              password: ⟦up⟧
              type: text
        write_files:
          - path: /etc/runner/token
            permissions: '0600'
            content: |
              ⟦gt⟧
        runcmd:
          - [ /opt/runner/config.sh, --url, https://github.com/acme-robotics, --token-file, /etc/runner/token ]

        the ops password doesn't work on first login, cloud-init 24.1
        ''', up=up, gt=gt), up, gt)
    vp = passphrase("-", 5)
    P(G, "ansible-vault-pass", D(r'''
        $ ansible-vault view group_vars/prod/vault.yml --vault-password-file <(echo '⟦vp⟧')
        ERROR! Decryption failed (no vault secrets were found that could decrypt) on group_vars/prod/vault.yml

        $ head -1 group_vars/prod/vault.yml
        $ANSIBLE_VAULT;1.2;AES256;prod

        does the vault-id label "prod" need --vault-id prod@... instead?
        ''', vp=vp), vp)
    pw = pw_strong(15)
    P(G, "salt-roster", D(r'''
        # /etc/salt/roster
        edge-router-01:
          host: 10.0.0.1
          user: admin
          passwd: ⟦pw⟧
          sudo: True
        edge-router-02:
          host: 10.0.0.2
          user: admin
          priv: /root/.ssh/salt_ed25519

        salt-ssh 'edge-router-01' test.ping -> "Permission denied, please try again." -- 02 works
        ''', pw=pw), pw)
    key, lines, picks = pem("openssh")
    ind = "\n".join("  " + x for x in key.split("\n"))
    P(G, "ansible-ssh-key", D(r'''
        # group_vars/all/deploy.yml
        deploy_user: deploy
        deploy_ssh_private_key: |
        ⟦ind⟧

        copy task writes it to ~/.ssh/id_ed25519 but ssh says "invalid format". trailing newline?
        ''', ind=ind), *picks)

    # ---- negatives
    N(G, "inventory-keyfile", D(r'''
        [db]
        db-01 ansible_host=10.10.2.21
        db-02 ansible_host=10.10.2.22

        [db:vars]
        ansible_user=deploy
        ansible_ssh_private_key_file=~/.ssh/deploy_ed25519
        ansible_become=true
        ansible_become_method=sudo

        "Failed to connect to the host via ssh: Load key ... invalid format" -- key was created with PuTTYgen
        '''))
    N(G, "vault-lookup", D(r'''
        # group_vars/prod/main.yml
        postgres_password: "{{ vault_postgres_password }}"
        stripe_key: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/prod/stripe:restricted_key url=https://vault.internal:8200') }}"
        backup_aws_secret_key: "{{ lookup('amazon.aws.aws_secret', 'prod/backup/aws', nested=true) }}"

        # group_vars/prod/vault.yml is encrypted and defines vault_postgres_password

        is it bad practice to mix vault.yml indirection and lookups?
        '''))
    N(G, "play-recap", D(r'''
        TASK [Gathering Facts] ***********************************************************
        ok: [db-01]
        TASK [debug] ********************************************************************
        ok: [db-01] => {
            "ansible_facts.machine_id": "⟦mid⟧",
            "ansible_facts.product_uuid": "⟦pu⟧",
            "ansible_facts.default_ipv4.address": "10.10.2.21",
            "ansible_facts.kernel": "6.8.0-49-generic",
            "ansible_facts.distribution_version": "24.04"
        }

        PLAY RECAP **********************************************************************
        db-01                      : ok=14   changed=3    unreachable=0    failed=0    skipped=2    rescued=0    ignored=0

        two VMs cloned from the same template have the same machine_id, does that matter?
        ''', mid=rs(HEX, 32), pu=ruuid().upper()))
    N(G, "salt-sdb", D(r'''
        # /srv/pillar/aws.sls
        aws:
          region: eu-west-1
          keyid: sdb://vault/aws/backup?keyid
          key: sdb://vault/aws/backup?key

        # /etc/salt/master.d/sdb.conf
        vault:
          driver: vault

        pillar.items shows the literal sdb:// strings instead of the values. need pillar_source_merging_strategy?
        '''))
    N(G, "chef-role", D(r'''
        {
          "name": "app_server",
          "description": "Rails app tier",
          "json_class": "Chef::Role",
          "chef_type": "role",
          "default_attributes": {
            "app": { "workers": 6, "port": 3000, "secrets_bag": "prod_app" },
            "nginx": { "worker_processes": "auto" }
          },
          "run_list": ["recipe[base]", "recipe[nginx]", "recipe[app::deploy]"],
          "env_run_lists": { "staging": ["recipe[base]", "recipe[app::deploy]"] }
        }

        env_run_lists seems to replace the whole run_list in staging, expected?
        '''))
    N(G, "hiera-yaml", D(r'''
        # hiera.yaml (v5)
        ---
        version: 5
        defaults:
          datadir: data
          data_hash: yaml_data
        hierarchy:
          - name: "Secrets (eyaml)"
            lookup_key: eyaml_lookup_key
            paths:
              - "secrets/%{trusted.certname}.eyaml"
              - "secrets/common.eyaml"
            options:
              pkcs7_private_key: /etc/puppetlabs/puppet/eyaml/private_key.pkcs7.pem
              pkcs7_public_key:  /etc/puppetlabs/puppet/eyaml/public_key.pkcs7.pem
          - name: "Per-node"
            path: "nodes/%{trusted.certname}.yaml"
          - name: "Common"
            path: "common.yaml"
        '''))

# ================================================================ 8. deploy
def g_deploy():
    G = "deploy"
    dp, dd = pw_strong(18), rs(HEX, 32)
    P(G, "pulumi-yaml", D(r'''
        pulumi up fails on the RDS resource: "InvalidParameterValue: The parameter MasterUserPassword is not a valid password"

        # Pulumi.prod.yaml
        config:
          aws:region: eu-central-1
          billing:dbUser: billing_admin
          billing:dbPassword: ⟦dp⟧
          billing:datadogApiKey: ⟦dd⟧
          billing:instanceClass: db.t4g.medium

        (I know, I should use `pulumi config set --secret`, will fix after it works)
        ''', dp=dp, dd=dd), dp, dd)
    sk, tt = stripe_sk(), twilio_token()
    P(G, "serverless", D(r'''
        service: billing-webhooks
        frameworkVersion: '3'
        provider:
          name: aws
          runtime: nodejs20.x
          region: eu-west-1
          environment:
            STRIPE_SECRET_KEY: ⟦sk⟧
            STRIPE_WEBHOOK_SECRET: ⟦wh⟧
            TWILIO_AUTH_TOKEN: ⟦tt⟧
            TABLE_NAME: ${self:service}-${sls:stage}-events
        functions:
          stripeHook:
            handler: src/stripe.handler
            events:
              - httpApi: { path: /stripe, method: post }

        webhook signature verification fails only in prod ("No signatures found matching the expected signature")
        ''', sk=sk, wh=(wh := whsec()), tt=tt), sk, wh, tt)
    dp, ak = pw_strong(16), rs(AN, 40)
    P(G, "samconfig", D(r'''
        # samconfig.toml
        version = 0.1
        [prod.deploy.parameters]
        stack_name = "orders-api-prod"
        s3_prefix = "orders-api-prod"
        region = "eu-west-1"
        capabilities = "CAPABILITY_IAM"
        parameter_overrides = "Stage=\"prod\" DbPassword=\"⟦dp⟧\" PartnerApiKey=\"⟦ak⟧\""

        sam deploy --config-env prod -> "Parameters: [DbPassword] must have values" ?? quoting?
        ''', dp=dp, ak=ak), dp, ak)
    mp = pw_strong(20)
    P(G, "cfn-params", D(r'''
        aws cloudformation create-stack --stack-name reporting-db --template-body file://rds.yaml --parameters file://params.json

        params.json:
        [
          {"ParameterKey": "DBInstanceClass", "ParameterValue": "db.r6g.large"},
          {"ParameterKey": "MasterUsername", "ParameterValue": "reporting_admin"},
          {"ParameterKey": "MasterUserPassword", "ParameterValue": "⟦mp⟧"},
          {"ParameterKey": "VpcId", "ParameterValue": "vpc-0a1b2c3d4e5f67890"}
        ]

        An error occurred (ValidationError): Parameter 'MasterUserPassword' must match pattern ^[a-zA-Z0-9]*$
        ''', mp=mp), mp)
    hook, tail = slack_hook()
    dk = rs(HEX, 32)
    P(G, "cdk-context", D(r'''
        cdk synth picks up the wrong webhook in staging. cdk.json:

        {
          "app": "npx ts-node --prefer-ts-exts bin/app.ts",
          "context": {
            "@aws-cdk/aws-lambda:recognizeLayerVersion": true,
            "prod": {
              "alarmSlackWebhook": "⟦hook⟧",
              "datadogApiKey": "⟦dk⟧"
            },
            "staging": {
              "alarmSlackWebhook": "https://hooks.slack.com/services/REPLACE/ME/LATER"
            }
          }
        }

        I read it with this.node.tryGetContext(stage)
        ''', hook=hook, dk=dk), tail, dk)
    nt = npm_tok()
    P(G, "jenkinsfile", D(r'''
        pipeline {
          agent { docker { image 'node:20-alpine' } }
          environment {
            NPM_TOKEN = '⟦nt⟧'
            CI = 'true'
          }
          stages {
            stage('Publish') {
              steps {
                sh 'echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc'
                sh 'npm publish --access public'
              }
            }
          }
        }

        npm ERR! code E404 -- "Not found - PUT https://registry.npmjs.org/@acme%2fui-kit"
        ''', nt=nt), nt)
    dt = dockerhub_tok()
    P(G, "jenkins-docker", D(r'''
        stage('Push image') {
          steps {
            sh "docker login -u acmeci -p ⟦dt⟧"
            sh "docker build -t acmeci/billing:${env.BUILD_NUMBER} ."
            sh "docker push acmeci/billing:${env.BUILD_NUMBER}"
          }
        }

        WARNING! Using --password via the CLI is insecure. Use --password-stdin.
        denied: requested access to the resource is denied
        ''', dt=dt), dt)
    bb = bitbucket_tok()
    P(G, "bitbucket-pipelines", D(r'''
        image: atlassian/default-image:4
        definitions:
          steps:
            - step: &mirror
                name: Mirror to legacy repo
                script:
                  - git remote add legacy https://acme-ci:⟦bb⟧@bitbucket.org/acme-legacy/billing.git
                  - git push legacy --all --force
        pipelines:
          branches:
            main:
              - step: *mirror

        fatal: Authentication failed -- app password has repo:write. does it need account:read too?
        ''', bb=bb), bb)
    cs = azure_ad_secret()
    P(G, "azure-pipelines", D(r'''
        variables:
          ARM_CLIENT_ID: '⟦cid⟧'
          ARM_CLIENT_SECRET: '⟦cs⟧'
          ARM_TENANT_ID: '⟦tid⟧'
          ARM_SUBSCRIPTION_ID: '⟦sid⟧'

        steps:
          - script: |
              terraform init -backend-config=env/prod.backend.hcl
              terraform plan -out tfplan
            displayName: terraform plan

        Error: building account: unable to configure ResourceManagerAccount: ... AADSTS7000215: Invalid client secret provided.
        ''', cid=ruuid(), cs=cs, tid=ruuid(), sid=ruuid()), cs)
    vt = vercel_tok = rs(AN, 24)
    P(G, "vercel-cli", D(r'''
        $ npx vercel deploy --prod --token ⟦vt⟧ --scope acme-web
        Vercel CLI 39.1.2
        🔍  Inspect: https://vercel.com/acme-web/storefront/⟦dep⟧ [2s]
        Error: The specified scope does not exist

        team slug is definitely acme-web
        ''', vt=vt, dep=rs(AN, 28)), vt)
    nt = netlify_tok()
    P(G, "netlify-cli", D(r'''
        - name: Deploy
          run: npx netlify-cli deploy --dir=dist --prod --site ⟦site⟧ --auth ⟦nt⟧

        Error: JSONHTTPError: Unauthorized 401
        (the step is in a reusable workflow, secrets weren't passing through so I inlined it temporarily)
        ''', site=ruuid(), nt=nt), nt)
    ft = fly_tok()
    P(G, "fly", D(r'''
        $ FLY_API_TOKEN=⟦ft⟧ fly deploy -a billing-api --remote-only
        ==> Verifying app config
        Validating fly.toml
        ✓ Configuration is valid
        --> Verified app config
        ==> Building image
        Error: failed to fetch an image or build from source: error connecting to docker: remote builder app unavailable
        ''', ft=ft), ft)
    cf, ok = rs(URLS, 40), openai_key()
    P(G, "wrangler", D(r'''
        $ CLOUDFLARE_API_TOKEN=⟦cf⟧ npx wrangler deploy
        ⛅️ wrangler 3.91.0
        ✘ [ERROR] A request to the Cloudflare API (/accounts/⟦acct⟧/workers/scripts/summarizer) failed.
          Authentication error [code: 10000]

        # wrangler.toml
        name = "summarizer"
        main = "src/index.ts"
        compatibility_date = "2024-11-01"
        [vars]
        OPENAI_API_KEY = "⟦ok⟧"
        ''', cf=cf, acct=rs(HEX, 32), ok=ok), cf, ok)
    tf = tfc_tok()
    P(G, "terraform-cloud", D(r'''
        $ cat ~/.terraform.d/credentials.tfrc.json
        {
          "credentials": {
            "app.terraform.io": {
              "token": "⟦tf⟧"
            }
          }
        }
        $ terraform init
        Error: Required token could not be found
        Run the following command to generate a token for app.terraform.io: terraform login

        the file is right there?? running inside a devcontainer
        ''', tf=tf), tf)

    # ---- negatives
    N(G, "serverless-refs", D(r'''
        provider:
          name: aws
          runtime: nodejs20.x
          environment:
            STRIPE_SECRET_KEY: ${ssm:/billing/${sls:stage}/stripe-secret-key}
            STRIPE_WEBHOOK_SECRET: ${ssm:/billing/${sls:stage}/stripe-webhook-secret}
            TWILIO_AUTH_TOKEN: ${env:TWILIO_AUTH_TOKEN}
            SENTRY_DSN: ${param:sentryDsn, ''}

        In v3 the ~true suffix for SecureString is gone -- does ${ssm:...} decrypt automatically now?
        '''))
    N(G, "cfn-dynamic-refs", D(r'''
        ReportingDb:
          Type: AWS::RDS::DBInstance
          Properties:
            Engine: postgres
            DBInstanceClass: !Ref DBInstanceClass
            MasterUsername: '{{resolve:secretsmanager:reporting/db/master:SecretString:username}}'
            MasterUserPassword: '{{resolve:secretsmanager:reporting/db/master:SecretString:password}}'
            StorageEncrypted: true

        drift detection shows MasterUserPassword as modified every time, known issue?
        '''))
    N(G, "jenkins-withcredentials", D(r"""
        stage('Publish') {
          steps {
            withCredentials([string(credentialsId: 'npm-publish-token', variable: 'NPM_TOKEN')]) {
              sh '''
                echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc
                npm publish --access public
              '''
            }
          }
        }

        Jenkins warns "A secret was passed to sh using Groovy String interpolation" -- but I'm using single quotes?
        """))
    N(G, "pulumi-output", D(r'''
        $ pulumi stack output --stack prod
        Current stack outputs (5):
            OUTPUT            VALUE
            apiUrl            https://orders.acme-robotics.io
            bucketName        acme-orders-exports-prod-5f3c9e1
            dbEndpoint        orders-prod.cluster-c9xk2mzq7w1a.eu-central-1.rds.amazonaws.com
            dbPassword        [secret]
            webhookSigningKey [secret]

        how do I get dbPassword in a script without --show-secrets printing everything?
        '''))
    N(G, "azure-pipelines-vars", D(r'''
        variables:
          - group: terraform-prod   # linked to Key Vault kv-acme-prod
          - name: tfVersion
            value: '1.9.8'

        steps:
          - script: terraform plan -out tfplan
            env:
              ARM_CLIENT_ID: $(ARM_CLIENT_ID)
              ARM_CLIENT_SECRET: $(ARM_CLIENT_SECRET)
              ARM_TENANT_ID: $(ARM_TENANT_ID)
              ARM_SUBSCRIPTION_ID: $(ARM_SUBSCRIPTION_ID)

        secret variables from the group are empty in the script step unless I map them in env: like above, right?
        '''))
    N(G, "fly-output", D(r'''
        --> Building image done
        image: registry.fly.io/billing-api:deployment-⟦dep⟧
        image size: 187 MB

        Watch your deployment at https://fly.io/apps/billing-api/monitoring

        Updating existing machines in 'billing-api' with rolling strategy
        -------
         ✔ [1/2] Machine ⟦m1⟧ [app] update succeeded
         ✔ [2/2] Machine ⟦m2⟧ [app] update succeeded
        -------
        Checking DNS configuration for billing-api.fly.dev
        Visit your newly deployed app at https://billing-api.fly.dev/

        image digest sha256:⟦dg⟧ -- how do I pin a rollback to that?
        ''', dep=rs(UP + DG, 26), m1=rs(HEX, 14), m2=rs(HEX, 14), dg=sha256hex()))


# ================================================================ 9. ide
def g_ide():
    G = "ide"
    dp, ok = pw_urlsafe(20), openai_key()
    P(G, "launch-json", D(r'''
        debugger doesn't pick up my env in VS Code, launch.json:

        {
          "version": "0.2.0",
          "configurations": [
            {
              "name": "API (debug)",
              "type": "debugpy",
              "request": "launch",
              "module": "uvicorn",
              "args": ["app.main:app", "--reload"],
              "env": {
                "DATABASE_URL": "postgresql://app:⟦dp⟧@localhost:5432/app_dev",
                "OPENAI_API_KEY": "⟦ok⟧",
                "LOG_LEVEL": "debug"
              }
            }
          ]
        }
        ''', dp=dp, ok=ok), dp, ok)
    t1, t2 = airtable_tok(), notion_tok()
    P(G, "rest-client", D(r'''
        // .vscode/settings.json
        {
          "rest-client.environmentVariables": {
            "$shared": { "version": "v1" },
            "prod": {
              "airtableToken": "⟦t1⟧",
              "notionToken": "⟦t2⟧"
            }
          }
        }

        ### sync.http
        GET https://api.airtable.com/v0/appQ9x2LmN4kP7rT1/Orders?maxRecords=3
        Authorization: Bearer {{airtableToken}}

        switching env to prod in the status bar doesn't change anything, variables unresolved
        ''', t1=t1, t2=t2), t1, t2)
    pw = pw_strong(16)
    P(G, "sqltools", D(r'''
        "sqltools.connections": [
          {
            "name": "billing-prod (read only)",
            "driver": "PostgreSQL",
            "server": "pg-billing.internal",
            "port": 5432,
            "database": "billing",
            "username": "readonly_mraman",
            "password": "⟦pw⟧",
            "previewLimit": 50,
            "pgOptions": { "ssl": { "rejectUnauthorized": false } }
          }
        ]

        SQLTools: "self signed certificate in certificate chain" even with rejectUnauthorized false
        ''', pw=pw), pw)
    pw = pw_strong(14)
    P(G, "jetbrains-datasources", D(r'''
        <?xml version="1.0" encoding="UTF-8"?>
        <project version="4">
          <component name="DataSourceManagerImpl" format="xml" multifile-model="true">
            <data-source source="LOCAL" name="orders@pg-prod" uuid="⟦u⟧">
              <driver-ref>postgresql</driver-ref>
              <synchronize>true</synchronize>
              <jdbc-driver>org.postgresql.Driver</jdbc-driver>
              <jdbc-url>jdbc:postgresql://pg-orders.internal:5432/orders?user=orders_ro&amp;password=⟦pw⟧&amp;ssl=true</jdbc-url>
              <working-dir>$ProjectFileDir$</working-dir>
            </data-source>
          </component>
        </project>

        DataGrip ignores the password in the URL and still prompts. is the &amp; the problem?
        ''', u=ruuid(), pw=pw), pw)
    rk, hk = stripe_rk(), hf_tok()
    P(G, "jetbrains-workspace", D(r'''
        .idea/workspace.xml got committed by accident, is this bad?

        <component name="RunManager" selected="Application.BillingApp">
          <configuration name="BillingApp" type="SpringBootApplicationConfigurationType" factoryName="Spring Boot">
            <module name="billing" />
            <option name="SPRING_BOOT_MAIN_CLASS" value="com.acme.billing.BillingApp" />
            <envs>
              <env name="STRIPE_KEY" value="⟦rk⟧" />
              <env name="HF_TOKEN" value="⟦hk⟧" />
              <env name="SPRING_PROFILES_ACTIVE" value="local" />
            </envs>
            <method v="2"><option name="Make" enabled="true" /></method>
          </configuration>
        </component>
        ''', rk=rk, hk=hk), rk, hk)
    pw = pw_human()
    P(G, "dbeaver", D(r'''
        workspace6/General/.dbeaver/data-sources.json (old DBeaver 7 export a colleague sent me):

        "mysql8-crm": {
          "provider": "mysql",
          "driver": "mysql8",
          "name": "crm prod",
          "save-password": true,
          "configuration": {
            "host": "mysql-crm.internal",
            "port": "3306",
            "database": "crm",
            "url": "jdbc:mysql://mysql-crm.internal:3306/crm",
            "user": "crm_app",
            "password": "⟦pw⟧",
            "auth-model": "native"
          }
        }

        DBeaver 24 imports it but the password field is empty. where does it store passwords now?
        ''', pw=pw), pw)
    pw = pw_strong(18)
    P(G, "appsettings", D(r'''
        {
          "ConnectionStrings": {
            "Default": "Server=tcp:sql-acme-prod.database.windows.net,1433;Initial Catalog=orders;Persist Security Info=False;User ID=orders_app;Password=⟦pw⟧;MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;"
          },
          "Logging": { "LogLevel": { "Default": "Information" } }
        }

        EF Core migration: "Login failed for user 'orders_app'". firewall allows my IP.
        ''', pw=pw), pw)
    pw = rs(AN, 6) + ";" + rs(AN, 4) + "}}" + rs(AN, 3) + "=" + rs(DG, 2)
    raw = pw.replace("}}", "}")
    P(G, "odbc-braces", D(r'''
        pyodbc connection fails only for the new service account, whose generated password has ; } and = in it:

        conn = pyodbc.connect(
            "Driver={ODBC Driver 18 for SQL Server};"
            "Server=tcp:sql-finance.internal,1433;"
            "Database=ledger;"
            "Uid=svc_ledger_etl;"
            "Pwd={⟦pw⟧};"
            "Encrypt=yes;TrustServerCertificate=yes;"
        )

        I doubled the closing brace as the docs say (raw password is ⟦raw⟧). still "Login failed".
        ''', pw=pw, raw=raw), pw, raw)
    pw = pw_strong(16)
    P(G, "odbc-ini", D(r'''
        $ cat /etc/odbc.ini
        [snowflake-prod]
        Driver      = /usr/lib64/snowflake/odbc/lib/libSnowflake.so
        Description = Snowflake prod
        Server      = xy12345.eu-west-1.snowflakecomputing.com
        Database    = ANALYTICS
        Warehouse   = BI_WH
        Role        = BI_READER
        UID         = TABLEAU_SVC
        PWD         = ⟦pw⟧

        $ isql -v snowflake-prod
        [S1000][unixODBC][Snowflake][ODBC] (11560) Unable to locate SQLGetPrivateProfileString function.
        ''', pw=pw), pw)
    pw = pw_human()
    P(G, "ado-classic", D(r'''
        ancient classic ASP page we still run, just moved the DB:

        <%
        Dim conn
        Set conn = Server.CreateObject("ADODB.Connection")
        conn.Open "Provider=SQLOLEDB;Data Source=SQL02\LEGACY;Initial Catalog=Intranet;User Id=intranet_web;Password=⟦pw⟧;"
        %>

        Microsoft OLE DB Provider for SQL Server error '80004005' [DBNETLIB][ConnectionOpen (Connect()).]SQL Server does not exist or access denied.
        ''', pw=pw), pw)
    pw = rs(AN, 12)
    P(G, "sqlplus", D(r'''
        $ sqlplus hr_batch/⟦pw⟧@//ora-prod-scan.internal:1521/HRPDB

        SQL*Plus: Release 19.0.0.0.0 - Production on Mon Dec 1 09:12:04 2026
        ERROR:
        ORA-28001: the password has expired

        can I change it non-interactively from a script?
        ''', pw=pw), pw)
    p1, p2, p3 = pw_strong(16), pw_strong(20), pw_human()
    P(G, "sql-ddl", D(r'''
        migration V42__service_accounts.sql -- reviewer says don't commit this, but how else do we create the users?

        -- Oracle
        CREATE USER reporting_ro IDENTIFIED BY "⟦p1⟧"
          DEFAULT TABLESPACE users QUOTA 0 ON users;
        GRANT CREATE SESSION TO reporting_ro;

        -- PostgreSQL
        ALTER ROLE etl_writer WITH LOGIN PASSWORD '⟦p2⟧' VALID UNTIL '2027-06-30';

        -- SQL Server
        CREATE LOGIN svc_ssis WITH PASSWORD = N'⟦p3⟧', CHECK_POLICY = ON;
        ''', p1=p1, p2=p2, p3=p3), p1, p2, p3)
    p1, p2 = pw_strong(14), pw_strong(18)
    P(G, "pgpass", D(r'''
        psql still prompts for a password even with ~/.pgpass:

        $ ls -l ~/.pgpass
        -rw-r--r-- 1 mraman mraman 118 Dec  1 09:40 /home/mraman/.pgpass
        $ cat ~/.pgpass
        pg-billing.internal:5432:billing:readonly_mraman:⟦p1⟧
        *:5432:*:postgres:⟦p2⟧

        ohh is it the permissions?
        ''', p1=p1, p2=p2), p1, p2)
    p1, p2 = pw_strong(16), passphrase("-", 4)
    P(G, "mysql-ddl", D(r'''
        MySQL 8:
        CREATE USER 'grafana_ro'@'10.10.%' IDENTIFIED BY '⟦p1⟧';
        GRANT SELECT ON metrics.* TO 'grafana_ro'@'10.10.%';

        Snowflake:
        ALTER USER LOOKER_SVC SET PASSWORD = '⟦p2⟧' MUST_CHANGE_PASSWORD = FALSE;

        grafana gets "Access denied for user 'grafana_ro'@'10.10.3.14' (using password: YES)" -- wildcard host wrong?
        ''', p1=p1, p2=p2), p1, p2)

    # ---- negatives
    N(G, "launch-envfile", D(r'''
        {
          "version": "0.2.0",
          "configurations": [
            {
              "name": "API (debug)",
              "type": "debugpy",
              "request": "launch",
              "module": "uvicorn",
              "args": ["app.main:app", "--reload"],
              "envFile": "${workspaceFolder}/.env.local",
              "env": {
                "OPENAI_API_KEY": "${env:OPENAI_API_KEY}",
                "LOG_LEVEL": "debug"
              }
            }
          ]
        }

        ${env:OPENAI_API_KEY} resolves to empty when VS Code is started from the dock on macOS. known?
        '''))
    N(G, "appsettings-template", D(r'''
        Azure portal "Connection strings" blade gives me this for ADO.NET:

        Server=tcp:sql-acme-prod.database.windows.net,1433;Initial Catalog=orders;Persist Security Info=False;User ID=orders_app;Password={your_password};MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;

        Do I keep the braces around the password when I paste the real one in, or remove them?
        '''))
    N(G, "sql-no-password", D(r'''
        -- MySQL: local admin via unix socket, no password
        CREATE USER 'ops'@'localhost' IDENTIFIED WITH auth_socket;
        -- Oracle: OS-authenticated batch user
        CREATE USER ops$batch IDENTIFIED EXTERNALLY;
        -- force rotation on next login
        ALTER USER reporting_ro PASSWORD EXPIRE;
        -- PostgreSQL group role, cannot log in
        CREATE ROLE analytics_readers NOLOGIN;
        GRANT analytics_readers TO reporting_ro;

        is IDENTIFIED EXTERNALLY still supported in 23ai?
        '''))
    N(G, "jetbrains-nopass", D(r'''
        <data-source source="LOCAL" name="orders@pg-prod" uuid="⟦u⟧">
          <driver-ref>postgresql</driver-ref>
          <synchronize>true</synchronize>
          <jdbc-driver>org.postgresql.Driver</jdbc-driver>
          <jdbc-url>jdbc:postgresql://pg-orders.internal:5432/orders</jdbc-url>
          <jdbc-additional-properties>
            <property name="com.intellij.clouds.kubernetes.db.enabled" value="false" />
          </jdbc-additional-properties>
          <working-dir>$ProjectFileDir$</working-dir>
        </data-source>

        password is in the OS keychain ("Save: Forever"). on a new laptop it asks again -- can keychain entries be exported?
        ''', u=ruuid()))
    N(G, "vscode-settings", D(r'''
        {
          "editor.formatOnSave": true,
          "editor.rulers": [100],
          "python.defaultInterpreterPath": "${workspaceFolder}/.venv/bin/python",
          "python.testing.pytestArgs": ["tests", "-q"],
          "files.exclude": { "**/__pycache__": true, "**/.pytest_cache": true },
          "[sql]": { "editor.defaultFormatter": "mtxr.sqltools" },
          "sqltools.useNodeRuntime": true,
          "terminal.integrated.env.osx": { "PYTHONPATH": "${workspaceFolder}/src" }
        }
        '''))
    N(G, "result-grid", D(r'''
        SELECT status, count(*), min(created_at), max(created_at) FROM orders WHERE created_at >= '2026-11-01' GROUP BY 1;

        status     | count  | min                 | max
        -----------+--------+---------------------+---------------------
        cancelled  |   1204 | 2026-11-01 00:03:12 | 2026-11-30 23:41:09
        fulfilled  |  48211 | 2026-11-01 00:00:48 | 2026-11-30 23:59:51
        pending    |    377 | 2026-11-02 14:22:10 | 2026-11-30 23:58:02
        refunded   |    890 | 2026-11-01 08:10:33 | 2026-11-30 21:15:40
        (4 rows)

        pending orders from Nov 2 still pending -- how do I find which step they're stuck on?
        '''))

# ================================================================ 10. mobile
def g_mobile():
    G = "mobile"
    sp, kp = pw_strong(16), pw_strong(16)
    P(G, "gradle-properties", D(r'''
        ./gradlew bundleRelease -> "Keystore was tampered with, or password was incorrect"

        # ~/.gradle/gradle.properties
        org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
        RELEASE_STORE_FILE=/Users/dalvarez/keys/acme-upload.jks
        RELEASE_STORE_PASSWORD=⟦sp⟧
        RELEASE_KEY_ALIAS=upload
        RELEASE_KEY_PASSWORD=⟦kp⟧

        store and key password are different, and I'm 100% sure of the store one
        ''', sp=sp, kp=kp), sp, kp)
    sp = pw_human()
    P(G, "build-gradle", D(r'''
        android {
            signingConfigs {
                create("release") {
                    storeFile = file("../keystore/release.keystore")
                    storePassword = "⟦sp⟧"
                    keyAlias = "acme"
                    keyPassword = "⟦sp⟧"
                }
            }
            buildTypes {
                release {
                    isMinifyEnabled = true
                    signingConfig = signingConfigs.getByName("release")
                }
            }
        }

        Play Console rejects the bundle: "signed with the wrong key". SHA1 differs from the upload cert. how?
        ''', sp=sp), sp)
    mk, st = google_key(), sentry_user()
    P(G, "local-properties", D(r'''
        # local.properties  (secrets-gradle-plugin reads MAPS_API_KEY from here)
        sdk.dir=/Users/dalvarez/Library/Android/sdk
        MAPS_API_KEY=⟦mk⟧
        sentry.auth.token=⟦st⟧

        in the release build the map is grey, debug is fine. do I need the release SHA-1 on the key restriction?
        ''', mk=mk, st=st), mk, st)
    gk = google_key()
    gs = {"project_info": {"project_number": non_luhn_digits(12), "project_id": "lumen-candles-app",
                           "storage_bucket": "lumen-candles-app.appspot.com"},
          "client": [{"client_info": {"mobilesdk_app_id": f"1:{non_luhn_digits(12)}:android:{rs(HEX, 22)}",
                                      "android_client_info": {"package_name": "uk.co.lumencandles.app"}},
                      "api_key": [{"current_key": gk}],
                      "services": {"appinvite_service": {"other_platform_oauth_client": []}}}],
          "configuration_version": "1"}
    P(G, "google-services", D(r'''
        Firebase Auth: "This app is not authorized to use Firebase Authentication" after moving to a new package name.
        google-services.json:

        ⟦js⟧
        ''', js=json.dumps(gs, indent=2)), gk)
    ok = openai_key()
    P(G, "info-plist", D(r'''
        SwiftUI app, reading the key with Bundle.main.object(forInfoDictionaryKey:) returns nil in TestFlight builds:

        <key>CFBundleShortVersionString</key>
        <string>2.3.0</string>
        <key>OPENAI_API_KEY</key>
        <string>⟦ok⟧</string>
        <key>NSMicrophoneUsageDescription</key>
        <string>Used to transcribe your voice notes.</string>

        (yes, I know shipping the key in the app is not great, we'll move it behind our backend later)
        ''', ok=ok), ok)
    ref = rs(LO, 20)
    t = ts()
    srk = jwt({"iss": "supabase", "ref": ref, "role": "service_role", "iat": t, "exp": t + 315360000})
    ss = sentry_org()
    P(G, "expo-app-json", D(r'''
        app.json:
        {
          "expo": {
            "name": "Lumen",
            "slug": "lumen",
            "version": "1.8.0",
            "extra": {
              "supabaseUrl": "https://⟦ref⟧.supabase.co",
              "supabaseServiceRoleKey": "⟦srk⟧",
              "eas": { "projectId": "⟦pid⟧" }
            }
          }
        }

        eas.json build profile:
          "production": { "env": { "SENTRY_AUTH_TOKEN": "⟦ss⟧" } }

        Row level security blocks inserts from the app even though I'm using the service role key?
        ''', ref=ref, srk=srk, pid=ruuid(), ss=ss), srk, ss)
    sk, mk = stripe_sk(), rs(AN, 32)
    P(G, "dart-define", D(r'''
        flutter build apk --release \
          --dart-define=API_BASE=https://api.lumen-candles.co.uk \
          --dart-define=STRIPE_SECRET=⟦sk⟧ \
          --dart-define=MIXPANEL_SECRET=⟦mk⟧ \
          --obfuscate --split-debug-info=build/symbols

        const String.fromEnvironment('STRIPE_SECRET') is empty at runtime. does --obfuscate strip dart-defines??
        ''', sk=sk, mk=mk), sk, mk)
    sp = pw_strong(14)
    P(G, "keytool", D(r'''
        keytool -genkeypair -v -storetype PKCS12 -keystore upload-keystore.p12 \
          -alias upload -keyalg RSA -keysize 2048 -validity 10000 \
          -storepass ⟦sp⟧ -keypass ⟦sp⟧ \
          -dname "CN=Lumen Candles Ltd, OU=Mobile, O=Lumen Candles Ltd, L=Leeds, C=GB"

        Warning: Different store and key passwords not supported for PKCS12 KeyStores. Ignoring user-specified -keypass value.
        is that a problem if they're the same anyway?
        ''', sp=sp), sp)
    key, lines, picks = pem("ec8")
    P(G, "asc-p8", D(r'''
        fastlane app_store_connect_api_key fails with "invalid curve name". The .p8 content I put in the CI variable:

        ⟦key⟧

        key_id ⟦kid⟧, issuer_id ⟦iss⟧. do I need is_key_content_base64?
        ''', key=key, kid=rs(UP + DG, 10), iss=ruuid()), *picks)
    mp, fp = passphrase("-", 4), pw_human()
    P(G, "fastlane-env", D(r'''
        # fastlane/.env.default
        MATCH_GIT_URL=git@github.com:acme-robotics/ios-certificates.git
        MATCH_PASSWORD=⟦mp⟧
        FASTLANE_USER=ios-release@acme-robotics.io
        FASTLANE_PASSWORD=⟦fp⟧
        FASTLANE_DONT_STORE_PASSWORD=1

        match nuke'd by accident, now `fastlane match appstore` says "Couldn't decrypt the repo, please make sure you enter the right password"
        ''', mp=mp, fp=fp), mp, fp)
    key, lines, picks = pem("pkcs8")
    sa = {"type": "service_account", "project_id": "lumen-candles-app", "private_key_id": rs(HEX, 40),
          "private_key": key + "\n", "client_email": "firebase-adminsdk-x1y2z@lumen-candles-app.iam.gserviceaccount.com"}
    P(G, "firebase-admin-assets", D(r'''
        found this in android/app/src/main/assets/ while reviewing the APK with jadx. is it as bad as I think?

        ⟦js⟧
        ''', js=json.dumps(sa, indent=2)), *picks)
    sk, ak = stripe_sk(), rs(HEX, 32)
    P(G, "rn-env", D(r'''
        # .env.production (react-native-config)
        API_URL=https://api.acme-robotics.io
        STRIPE_SECRET_KEY=⟦sk⟧
        ALGOLIA_APP_ID=⟦aid⟧
        ALGOLIA_ADMIN_KEY=⟦ak⟧

        Config.STRIPE_SECRET_KEY is undefined on iOS only. pod install done.
        ''', sk=sk, aid=rs(UP + DG, 10), ak=ak), sk, ak)
    mb = mapbox_sk()
    P(G, "ionic-environment", D(r'''
        // src/environments/environment.prod.ts
        export const environment = {
          production: true,
          apiBase: 'https://api.lumenmaps.app',
          mapboxDownloadsToken: '⟦mb⟧',
          firebase: { projectId: 'lumenmaps-prod', appId: '1:⟦n⟧:web:⟦h⟧' }
        };

        npm install @rnmapbox/maps fails with 401 on the downloads endpoint, even with this secret token
        ''', mb=mb, n=non_luhn_digits(12), h=rs(HEX, 22)), mb)
    fk = fcm_key()
    P(G, "fcm-legacy", D(r'''
        Legacy FCM sends stopped working ("404 Not Found"), is the legacy API really gone?

        val req = Request.Builder()
            .url("https://fcm.googleapis.com/fcm/send")
            .addHeader("Authorization", "key=⟦fk⟧")
            .addHeader("Content-Type", "application/json")
            .post(body.toRequestBody())
            .build()
        ''', fk=fk), fk)

    # ---- negatives
    N(G, "local-properties-plain", D(r'''
        ## This file must *NOT* be checked into Version Control Systems,
        # as it contains information specific to your local configuration.
        #
        # Location of the SDK. This is only used by Gradle.
        sdk.dir=/Users/dalvarez/Library/Android/sdk
        ndk.dir=/Users/dalvarez/Library/Android/sdk/ndk/26.3.11579264
        cmake.dir=/Users/dalvarez/Library/Android/sdk/cmake/3.22.1

        "NDK at ... did not have a source.properties file" -- reinstall NDK?
        '''))
    N(G, "gradle-properties-plain", D(r'''
        org.gradle.jvmargs=-Xmx4g -XX:MaxMetaspaceSize=1g -Dfile.encoding=UTF-8
        org.gradle.parallel=true
        org.gradle.caching=true
        android.useAndroidX=true
        android.nonTransitiveRClass=true
        kotlin.code.style=official
        VERSION_NAME=2.3.0
        VERSION_CODE=2026120501

        configuration cache keeps getting invalidated by "system property 'file.encoding'"
        '''))
    N(G, "info-plist-plain", D(r'''
        <key>CFBundleIdentifier</key>
        <string>$(PRODUCT_BUNDLE_IDENTIFIER)</string>
        <key>CFBundleURLTypes</key>
        <array>
          <dict>
            <key>CFBundleURLSchemes</key>
            <array><string>lumen</string></array>
          </dict>
        </array>
        <key>NSCameraUsageDescription</key>
        <string>Scan the QR code on your candle box to register it.</string>
        <key>NSLocationWhenInUseUsageDescription</key>
        <string>Find the nearest stockist.</string>
        <key>ITSAppUsesNonExemptEncryption</key>
        <false/>

        App Review says the camera string isn't specific enough?
        '''))
    fp1 = ":".join(rs(UHEX, 2) for _ in range(20))
    fp2 = ":".join(rs(UHEX, 2) for _ in range(32))
    N(G, "keytool-list", D(r'''
        $ keytool -list -v -keystore upload-keystore.p12 -alias upload
        Alias name: upload
        Creation date: 1 Dec 2026
        Entry type: PrivateKeyEntry
        Certificate chain length: 1
        Certificate[1]:
        Owner: CN=Lumen Candles Ltd, OU=Mobile, O=Lumen Candles Ltd, L=Leeds, C=GB
        Issuer: CN=Lumen Candles Ltd, OU=Mobile, O=Lumen Candles Ltd, L=Leeds, C=GB
        Serial number: ⟦sn⟧
        Valid from: Mon Dec 01 10:02:11 GMT 2026 until: Fri Apr 18 11:02:11 BST 2054
        Certificate fingerprints:
                 SHA1: ⟦fp1⟧
                 SHA256: ⟦fp2⟧
        Signature algorithm name: SHA384withRSA
        Subject Public Key Algorithm: 2048-bit RSA key

        which fingerprint do I paste into the Firebase console?
        ''', sn=rs(HEX, 16), fp1=fp1, fp2=fp2))
    N(G, "expo-env", D(r'''
        // app.config.ts
        export default ({ config }) => ({
          ...config,
          name: "Lumen",
          extra: {
            apiUrl: process.env.EXPO_PUBLIC_API_URL,
            supabaseUrl: process.env.EXPO_PUBLIC_SUPABASE_URL,
            eas: { projectId: process.env.EAS_PROJECT_ID },
          },
        });

        EXPO_PUBLIC_ vars are undefined in the EAS build but fine in expo start. do they need to be in eas.json env?
        '''))
    N(G, "fastfile", D(r'''
        lane :beta do
          api_key = app_store_connect_api_key(
            key_id: ENV["ASC_KEY_ID"],
            issuer_id: ENV["ASC_ISSUER_ID"],
            key_filepath: "./fastlane/AuthKey.p8",
            in_house: false
          )
          match(type: "appstore", readonly: is_ci, api_key: api_key)
          build_app(scheme: "Lumen", export_method: "app-store")
          upload_to_testflight(api_key: api_key, skip_waiting_for_build_processing: true)
        end

        MATCH_PASSWORD is set as a masked CI variable. works locally, CI hangs at "Enter the passphrase"
        '''))


# ================================================================ 11. browser
def g_browser():
    G = "browser"
    t = ts()
    at = jwt({"iss": "https://acme.eu.auth0.com/", "sub": "auth0|" + rs(HEX, 24), "aud": ["https://api.tallyhq.io", "https://acme.eu.auth0.com/userinfo"], "iat": t, "exp": t + 86400, "scope": "openid profile email offline_access"}, "RS256", kid=rs(URLS, 22))
    rt = "v1." + rs(URLS, 90)
    cid = rs(AN, 32)
    inner = json.dumps({"body": {"access_token": at, "refresh_token": rt, "token_type": "Bearer", "expires_in": 86400}, "expiresAt": t + 86400}, separators=(",", ":"))
    outer = json.dumps({f"@@auth0spajs@@::{cid}::https://api.tallyhq.io::openid profile email offline_access": inner, "theme": "dark"}, separators=(",", ":"))
    P(G, "localstorage-auth0", D(r'''
        > JSON.stringify(localStorage)
        '⟦o⟧'

        is it normal that auth0-spa-js keeps the refresh token in localStorage? we set cacheLocation: "localstorage" for the "remember me" thing
        ''', o=outer), at, rt)
    f, l = person()
    e = email(f, l)
    ref = rs(LO, 20)
    sat = jwt({"aud": "authenticated", "exp": t + 3600, "iat": t, "iss": f"https://{ref}.supabase.co/auth/v1", "sub": ruuid(), "email": e, "phone": "", "role": "authenticated"})
    srt = rs(LO + DG, 12)
    ss = json.dumps({"access_token": sat, "token_type": "bearer", "expires_in": 3600, "expires_at": t + 3600, "refresh_token": srt, "user": {"id": ruuid(), "email": e, "app_metadata": {"provider": "email"}}})
    P(G, "storage-supabase", D(r'''
        Application > Local Storage > https://app.lumen-candles.co.uk

        Key: sb-⟦ref⟧-auth-token
        Value: ⟦ss⟧

        after 1h the user is logged out instead of refreshed. autoRefreshToken is true...
        ''', ref=ref, ss=ss), sat, srt, e)
    f, l = person()
    e = email(f, l, "gmail.com")
    fk = google_key()
    rtok = "AMf-vB" + rs(URLS, 250)
    fat = jwt({"iss": "https://securetoken.google.com/lumenmaps-prod", "aud": "lumenmaps-prod", "auth_time": t, "user_id": rs(AN, 28), "sub": rs(AN, 28), "iat": t, "exp": t + 3600, "email": e, "email_verified": True}, "RS256", kid=rs(HEX, 40))
    rec = {"fbase_key": f"firebase:authUser:{fk}:[DEFAULT]", "value": {"uid": rs(AN, 28), "email": e, "emailVerified": True, "displayName": f"{f} {l}",
           "stsTokenManager": {"refreshToken": rtok, "accessToken": fat, "expirationTime": (t + 3600) * 1000}, "createdAt": str(non_luhn_digits(13)), "apiKey": fk, "appName": "[DEFAULT]"}}
    P(G, "indexeddb-firebase", D(r'''
        exported firebaseLocalStorageDb > firebaseLocalStorage with the "IndexedDB exporter" extension, trying to understand why two users show up:

        [
          ⟦rec⟧
        ]
        ''', rec=json.dumps(rec)), rtok, fat, e)
    sv, cs = rs(URLS, 43), rs(HEX, 64)
    P(G, "devtools-cookies", D(r'''
        Cookies tab (Chrome), copied rows:

        Name	Value	Domain	Path	Expires / Max-Age	Size	HttpOnly	Secure	SameSite
        __Host-session	⟦sv⟧	app.tallyhq.io	/	Session	57	✓	✓	Lax
        csrftoken	⟦cs⟧	app.tallyhq.io	/	2027-12-01T09:14:02.000Z	73		✓	Lax
        lang	en	.tallyhq.io	/	2027-12-01T09:14:02.000Z	6			Lax

        __Host-session isn't sent to api.tallyhq.io -- because of __Host- prefix?
        ''', sv=sv, cs=cs), sv)
    sid, hsid, s3 = rs(URLS, 71) + ".", rs(URLS, 17), "g.a000" + rs(URLS, 60)
    P(G, "cookies-txt", D(r'''
        yt-dlp --cookies cookies.txt still says "Sign in to confirm you're not a bot". exported with Get cookies.txt LOCALLY:

        # Netscape HTTP Cookie File
        # This file is generated by yt-dlp.  Do not edit.

        .youtube.com	TRUE	/	TRUE	1799049600	PREF	tz=Europe.Berlin&f6=40000000
        .youtube.com	TRUE	/	FALSE	1799049600	SID	⟦sid⟧
        .youtube.com	TRUE	/	FALSE	1799049600	HSID	⟦hsid⟧
        .youtube.com	TRUE	/	TRUE	1799049600	__Secure-3PSID	⟦s3⟧
        .youtube.com	TRUE	/	TRUE	1780041600	VISITOR_INFO1_LIVE	⟦vi⟧
        ''', sid=sid, hsid=hsid, s3=s3, vi=rs(URLS, 11)), sid, hsid, s3)
    rm = rs(URLS, 64)
    P(G, "document-cookie", D(r'''
        > document.cookie
        'ajs_anonymous_id=%22⟦aid⟧%22; _shopify_y=⟦sy⟧; cart_currency=CAD; remember_user_token=⟦rm⟧; locale=fr'

        why is remember_user_token visible to JS at all? shouldn't Devise set it HttpOnly?
        ''', aid=ruuid(), sy=ruuid(), rm=rm), rm)
    t2 = rs(URLS, 40)
    ps = {"cookies": [{"name": "session", "value": t2, "domain": "app.tallyhq.io", "path": "/", "expires": t + 604800, "httpOnly": True, "secure": True, "sameSite": "Lax"}],
          "origins": [{"origin": "https://app.tallyhq.io", "localStorage": [{"name": "onboarding_done", "value": "true"}, {"name": "api_token", "value": (at2 := "tly_" + rs(AN, 40))}]}]}
    P(G, "playwright-state", D(r'''
        Playwright tests log in once and reuse playwright/.auth/user.json -- a colleague committed it. contents:

        ⟦ps⟧

        should I rotate anything or does it expire on its own?
        ''', ps=json.dumps(ps, indent=2)), t2, at2)
    oid, tid = ruuid(), ruuid()
    mat = jwt({"aud": "00000003-0000-0000-c000-000000000000", "iss": f"https://sts.windows.net/{tid}/", "iat": t, "exp": t + 4000, "name": "Ingrid Lindqvist", "oid": oid, "scp": "Mail.Read User.Read", "tid": tid, "upn": "ingrid.lindqvist@northwind-freight.com"}, "RS256", kid=rs(URLS, 27))
    mrt = "1.AQ" + rs(URLS, 300)
    P(G, "msal-cache", D(r'''
        sessionStorage after login (msal-browser 3.x), two entries:

        ⟦oid⟧.⟦tid⟧-login.windows.net-accesstoken-⟦cid⟧-⟦tid⟧-mail.read user.read--
        {"homeAccountId":"⟦oid⟧.⟦tid⟧","credentialType":"AccessToken","secret":"⟦mat⟧","cachedAt":"⟦t⟧","expiresOn":"⟦t4⟧","environment":"login.windows.net","clientId":"⟦cid⟧","realm":"⟦tid⟧","target":"mail.read user.read","tokenType":"Bearer"}

        ⟦oid⟧.⟦tid⟧-login.windows.net-refreshtoken-⟦cid⟧----
        {"homeAccountId":"⟦oid⟧.⟦tid⟧","credentialType":"RefreshToken","secret":"⟦mrt⟧","environment":"login.windows.net","clientId":"⟦cid⟧"}

        acquireTokenSilent throws interaction_required every morning. refresh token lifetime for SPAs is 24h?
        ''', oid=oid, tid=tid, cid=ruuid(), mat=mat, t=t, t4=t + 4000, mrt=mrt), mat, mrt)
    f, l = person()
    e, ph = email(f, l), phone("FR")
    root = {"user": json.dumps({"profile": {"firstName": f, "lastName": l, "email": e, "phone": ph, "address": "12 rue des Tanneurs, 69001 Lyon"}, "loggedIn": True}, separators=(",", ":")),
            "cart": json.dumps({"items": [{"sku": "CND-0042", "qty": 2}]}, separators=(",", ":")), "_persist": json.dumps({"version": -1, "rehydrated": True}, separators=(",", ":"))}
    P(G, "redux-persist", D(r'''
        localStorage["persist:root"] =
        ⟦root⟧

        GDPR review flagged this. what's the cleanest way to exclude the profile slice from redux-persist?
        ''', root=json.dumps(json.dumps(root, separators=(",", ":")))), e, ph)
    ok = openai_key()
    P(G, "bundle", D(r'''
        someone on Discord says our site leaks a key. Sources tab, assets/index-⟦h⟧.js (pretty printed):

        const Ck = "https://api.openai.com/v1/chat/completions"
          , Lk = "⟦ok⟧";
        async function Mk(e) {
            const t = await fetch(Ck, {
                method: "POST",
                headers: { "Content-Type": "application/json", Authorization: `Bearer ${Lk}` },
                body: JSON.stringify({ model: "gpt-4o-mini", messages: e })
            });
            return t.json()
        }

        it came from VITE_OPENAI_API_KEY in .env -- I thought .env wasn't bundled?
        ''', h=rs(URLS, 8), ok=ok), ok)
    gt = github_pat()
    P(G, "extension-storage", D(r'''
        my extension's options page stores the token like this, and a user reported it shows up in chrome://sync-internals:

        > await chrome.storage.sync.get(null)
        {githubToken: '⟦gt⟧', repo: 'acme-robotics/fleet-controller', pollMinutes: 5}

        should I switch to storage.local? or session?
        ''', gt=gt), gt)
    f, l = person()
    e, ph, pan = email(f, l), phone("CA"), card("mc", "")
    P(G, "checkout-autosave", D(r'''
        Bug report from QA: the checkout "autosave" writes this to localStorage on every keystroke:

        checkout_draft: {"step":3,"name":"⟦f⟧ ⟦l⟧","email":"⟦e⟧","phone":"⟦ph⟧","shipping":{"line1":"88 Queen St W","city":"Toronto","postal":"M5H 2M9"},"card":{"number":"⟦pan⟧","exp":"08/28","brand":"mastercard"}}

        how bad is this for PCI, and what's the quickest fix?
        ''', f=f, l=l, e=e, ph=ph, pan=pan), e, ph, pan)

    # ---- negatives
    N(G, "localstorage-benign", D(r'''
        > Object.fromEntries(Object.entries(localStorage))
        {
          theme: 'dark',
          i18nextLng: 'pt-BR',
          'sidebar:collapsed': 'true',
          lastRoute: '/workspace/reports?range=30d',
          'ff:newCheckout': '{"enabled":true,"variant":"B","fetchedAt":1764583200}',
          'tour:reports': 'completed',
          'table:orders:columns': '["number","status","total","createdAt"]'
        }

        i18nextLng is pt-BR but the UI is English, detection order issue?
        '''))
    N(G, "cookies-benign", D(r'''
        Name	Value	Domain	Path	Expires / Max-Age	Size	HttpOnly	Secure	SameSite
        cookie_consent	necessary%2Cstatistics	.maple-and-quill.ca	/	2027-12-01T10:00:00.000Z	36			Lax
        lang	fr	.maple-and-quill.ca	/	2027-12-01T10:00:00.000Z	6			Lax
        cart_currency	CAD	.maple-and-quill.ca	/	Session	16			Lax
        ab_home_hero	v2	www.maple-and-quill.ca	/	2026-12-15T10:00:00.000Z	14			Lax

        the consent banner shows again on every page, but cookie_consent is there?
        '''))
    rows = ",\n  ".join(json.dumps({"url": u, "revision": rs(HEX, 32)}) for u in ["/index.html", "/assets/fonts/inter-var.woff2", "/manifest.webmanifest", "/offline.html"])
    N(G, "workbox-precache", D(r'''
        IndexedDB > workbox-precache-v2-https://www.maple-and-quill.ca/ > precachedDetailsModel:

        [
          ⟦rows⟧
        ]

        users still get the old index.html after deploy. revision changes but skipWaiting isn't called?
        ''', rows=rows))
    N(G, "storage-state-empty", D(r'''
        {
          "cookies": [],
          "origins": [
            {
              "origin": "http://localhost:5173",
              "localStorage": [
                { "name": "onboarding_done", "value": "true" },
                { "name": "locale", "value": "en-GB" },
                { "name": "debug", "value": "app:*" }
              ]
            }
          ]
        }

        globalSetup writes this but the tests still hit the login page -- cookies is empty, so the login never happened?
        '''))
    N(G, "sessionstorage-replay", D(r'''
        > sessionStorage
        Storage {
          sentryReplaySession: '{"id":"⟦rid⟧","started":⟦t1⟧,"lastActivity":⟦t2⟧,"segmentId":4,"sampled":"buffer"}',
          'scroll:/workspace/reports': '1840',
          'draft:report-title': 'Weekly revenue (EU only)',
          length: 3
        }

        why "buffer" and not "session" when replaysSessionSampleRate is 1.0?
        ''', rid=rs(HEX, 32), t1=non_luhn_digits(13), t2=non_luhn_digits(13)))
    N(G, "react-query-cache", D(r'''
        React Query devtools, query ["products", {"category": "candles", "page": 1}]:

        {
          "items": [
            {"id": "prd_01HQ7Z", "sku": "CND-0042", "name": "Cedar & Fig", "price": {"amount": 3400, "currency": "CAD"}, "stock": 118},
            {"id": "prd_01HQ80", "sku": "CND-0043", "name": "Sea Salt", "price": {"amount": 2900, "currency": "CAD"}, "stock": 0}
          ],
          "page": 1,
          "pageSize": 24,
          "total": 57,
          "etag": "W/\"⟦e⟧\""
        }

        staleTime is 5 min but it refetches on every window focus
        ''', e=rs(HEX, 20)))

# ================================================================ 12. obfusc
ZWSP, ZWJ, SHY, RLM, LRM, WJ = "\u200b", "\u200d", "\u00ad", "\u200f", "\u200e", "\u2060"


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def g_obfusc():
    G = "obfusc"
    tok = ghp()
    a, b = tok[:19], tok[19:]
    P(G, "zero-width", D(r'''
        copied the token from our Slack DM and git says "Invalid username or token":

        $ git clone https://x-access-token:⟦a⟧⟦z⟧⟦b⟧@github.com/acme-robotics/firmware.git
        Cloning into 'firmware'...
        remote: Invalid username or token. Password authentication is not supported for Git operations.

        looks identical to what's in Slack??
        ''', a=a, z=ZWSP, b=b), a, b)
    pw = pw_strong(16)
    a, b = pw[:8], pw[8:]
    P(G, "soft-hyphen", D(r'''
        The onboarding PDF from IT has my temporary VPN password hyphenated across a line break, and copying it gives a weird char:

        Benutzername: t.kowalski
        Temporäres Passwort: ⟦a⟧⟦s⟧⟦b⟧
        Bitte nach der ersten Anmeldung ändern.

        FortiClient says the credentials are wrong. Is there an invisible character in there?
        ''', a=a, s=SHY, b=b), a, b)
    pw = R.choice(["Sakura", "Fujisan", "Tanuki", "Momiji"]) + str(R.randint(1000, 9999)) + R.choice("!#$%")
    fw = fullwidth(pw)
    P(G, "fullwidth", D(r'''
        ログインできません。パスワードは「⟦fw⟧」で合っているはずです。
        IMEが全角のままだったかもしれません…　ユーザー名は ａｉｋｏ．ｔａｎａｋａ です。
        半角に直すべきですか？
        ''', fw=fw), fw)
    pw = pw_strong(14)
    P(G, "bidi-marks", D(r'''
        مرحباً، لا أستطيع الدخول إلى لوحة التحكم.
        اسم المستخدم: ⟦l⟧admin_riyadh⟦l⟧
        كلمة المرور: ⟦l⟧⟦pw⟧⟦l⟧⟦r⟧
        تظهر رسالة "بيانات الاعتماد غير صحيحة" مع أنني نسختها من رسالة البريد. هل المشكلة في اتجاه النص؟
        ''', l=LRM, r=RLM, pw=pw), pw)
    body = "51" + rs(AN, 97)
    hk = "sk_liv\u0435_" + body   # Cyrillic 'е'
    P(G, "homoglyph", D(r'''
        weird: stripe says "Invalid API Key provided" but the key in .env looks right:

        STRIPE_SECRET_KEY=⟦hk⟧

        $ python -c "import os;k=os.environ['STRIPE_SECRET_KEY'];print([hex(ord(c)) for c in k[:8]])"
        ['0x73', '0x6b', '0x5f', '0x6c', '0x69', '0x76', '0x435', '0x5f']

        0x435?? where did that come from
        ''', hk=hk), body)
    k = anthropic_key()
    a, b = k[:60], k[60:]
    P(G, "split-messages", D(r'''
        [09:41] Ravi Iyer: can you paste the new anthropic key for staging? vault is down
        [09:42] Leila Farouk: sure, it's long so in two bits
        [09:42] Leila Farouk: ⟦a⟧
        [09:42] Leila Farouk: ⟦b⟧
        [09:43] Ravi Iyer: thx, just concatenate?
        [09:43] Leila Farouk: yep no space

        ^ chat export. Assistant, can you tell me what env var name the SDK expects for this?
        ''', a=a, b=b), a, b)
    body = "51" + rs(AN, 97)
    P(G, "concat-js", D(r'''
        // "obfuscated" so GitHub secret scanning doesn't complain, lol
        const STRIPE_KEY = "sk_" + "live_" + "⟦b1⟧" + "⟦b2⟧";
        const stripe = require("stripe")(STRIPE_KEY);

        module.exports = async (req, res) => {
          const session = await stripe.checkout.sessions.create({ mode: "payment", line_items: req.body.items, success_url: SUCCESS });
          res.json({ url: session.url });
        };

        why does checkout.sessions.create throw "You must provide a success_url"? SUCCESS is defined above
        ''', b1=body[:50], b2=body[50:]), body[:50], body[50:])
    tok = ghp()
    p1, p2, p3 = tok[4:16], tok[16:28], tok[28:]
    P(G, "concat-py", D(r'''
        TOKEN = (
            "ghp_"
            "⟦p1⟧"
            "⟦p2⟧"
            "⟦p3⟧"
        )
        headers = {"Authorization": f"token {TOKEN}", "Accept": "application/vnd.github+json"}
        r = requests.get("https://api.github.com/repos/acme-robotics/firmware/releases/latest", headers=headers)

        returns 404 but the repo exists (private). implicit string concat works like that in python right?
        ''', p1=p1, p2=p2, p3=p3), p1, p2, p3)
    pw = "P&" + rs(AN, 6) + "<3" + rs(DG, 3) + '"' + rs(LO, 2)
    esc = pw.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")
    P(G, "html-entities", D(r'''
        The router's config backup export (HTML) -- I need to recover the WiFi key from it:

        <tr><td class="lbl">SSID</td><td><input name="ssid" value="Okafor-Home-5G"></td></tr>
        <tr><td class="lbl">WPA2 key</td><td><input type="password" name="psk" value="⟦esc⟧"></td></tr>
        <tr><td class="lbl">Channel</td><td>36</td></tr>

        what's the actual key with the &amp; stuff decoded?
        ''', esc=esc), esc)
    a, s = aws_id(), rs(AN, 12) + "/" + rs(AN, 13) + "/" + rs(AN, 13)
    se = s.replace("/", "\\/")
    P(G, "json-escaped-slash", D(r'''
        our PHP endpoint returns the temp creds for the uploader like this (json_encode default flags):

        {"region":"eu-west-1","bucket":"acme-uploads","accessKeyId":"⟦a⟧","secretAccessKey":"⟦se⟧","expires":"2026-12-01T12:00:00+00:00"}

        the JS SDK then fails with SignatureDoesNotMatch. is the \/ escaping breaking the secret?
        ''', a=a, se=se), a, se)
    pw = pw_urlsafe(18)
    inner = json.dumps({"username": "svc_sync", "password": pw, "endpoint": "https://erp.internal/api"}, separators=(",", ":"))
    lvl2 = json.dumps({"level": "debug", "msg": "vendor config loaded", "config": inner}, separators=(",", ":"))
    lvl3 = json.dumps({"ts": "2026-12-01T07:12:44Z", "source": "k8s", "log": lvl2}, separators=(",", ":"))
    P(G, "json-in-json", D(r'''
        from our log aggregator, this line keeps showing up (triple-encoded, because the app logs JSON, fluentd wraps it, and the shipper wraps again):

        ⟦l3⟧

        1) how do I stop the nesting and 2) should this even be logged?
        ''', l3=lvl3), pw)
    pw_raw = "Gr" + "\u00fc\u00df" + "Gott-" + str(R.randint(1000, 9999)) + R.choice("!?")
    pw_esc = pw_raw.replace("\u00fc", "\\u00fc").replace("\u00df", "\\u00df")
    P(G, "unicode-escape", D(r'''
        Spring Boot reads the password wrong from application.properties (ISO-8859-1 file, ran native2ascii on it):

        spring.datasource.url=jdbc:postgresql://pg-erp.internal:5432/erp
        spring.datasource.username=erp_app
        spring.datasource.password=⟦pe⟧

        login fails with "password authentication failed". do I need the \\u escapes or not with Boot 3?
        ''', pe=pw_esc), pw_esc)
    key, lines, picks = pem("openssh")
    blob = b64(key + "\n")
    wrapped = [blob[i:i + 76] for i in range(0, len(blob), 76)]
    P(G, "base64-wrapped", D(r'''
        I base64'd my deploy key for a CI variable and the job fails with "Load key /root/.ssh/id_ed25519: invalid format". Output of `base64 ~/.ssh/deploy_ed25519`:

        ⟦w⟧

        CI step: echo "$DEPLOY_KEY_B64" | base64 -d > ~/.ssh/id_ed25519
        ''', w="\n".join(wrapped)), wrapped[1], wrapped[3], wrapped[-2])
    c = card("visa", "")
    spoken = ", ".join(" ".join(c[i:i + 4]) for i in range(0, 16, 4))
    f, l = person()
    P(G, "spoken-card", D(r'''
        Call transcript (auto-generated), please summarise for the ticket:

        Agent: Thanks for holding. Can I take the long number on the card, please?
        Caller: Yeah, it's ⟦sp⟧.
        Agent: And the expiry?
        Caller: Oh nine twenty-eight.
        Agent: Lovely. And the name as it appears on the card?
        Caller: ⟦f⟧ ⟦l⟧.
        Agent: Perfect, that's gone through, your booking reference is K7 double-R 2 Q.
        ''', sp=spoken, f=f, l=l), spoken)
    pw = R.choice(WORDS).capitalize() + str(R.randint(10, 99)) + "!"
    spelled = "-".join(pw)
    P(G, "spoken-password", D(r'''
        Helpdesk chat log (customer reads temp password back):

        [10:02] Agent: I've reset it. The temporary password is ⟦pw⟧ -- capital first letter.
        [10:03] Customer: so that's ⟦sp⟧ ?
        [10:03] Agent: Correct. You'll be asked to change it on first login.
        [10:04] Customer: worked, thanks!
        ''', pw=pw, sp=spelled), pw, spelled)

    # ---- negatives
    N(G, "emoji-zwj", D(r'''
        Why does "👩‍💻".length return 5 in JS? And this word-joiner thing in our product names breaks search:

        const names = ["Cedar⁠&⁠Fig", "Sea​Salt", "Amber‍Glow"];
        names.map(n => [...n].length)   // [10, 8, 10]

        The designers used zero-width spaces to control line breaks in the CMS. What's the cleanest way to strip U+200B, U+200D and U+2060 before indexing?
        '''))
    N(G, "fullwidth-receipt", D(r'''
        領収書をExcelに取り込むと数字が文字列になってしまいます：

        注文番号：ＯＲＤ－２０２６１２０１－０４７
        ご注文日：２０２６年１２月１日
        商品：アロマキャンドル（杉）×２
        小計：￥６，８００
        送料：￥５５０
        合計：￥７，３５０（税込）

        全角数字を半角に一括変換する関数はありますか？
        '''))
    N(G, "html-escaped-code", D(r'''
        Our blog engine double-escapes code blocks. The source is:

        &lt;script type=&quot;module&quot;&gt;
          import { createApp } from &quot;https://unpkg.com/petite-vue?module&quot;;
          createApp({ count: 0, inc() { this.count++ } }).mount(&quot;#app&quot;);
        &lt;/script&gt;
        &lt;button @click=&quot;inc&quot;&gt;{{ count }}&lt;/button&gt;

        and it renders with literal &amp;lt; on the page. escaping twice somewhere?
        '''))
    inner = json.dumps({"level": "info", "msg": "request completed", "request_id": ruuid(), "route": "/v1/reports/:id", "status": 200, "duration_ms": 41.7})
    N(G, "json-in-json-benign", D(r'''
        ⟦l⟧

        Loki won't parse the inner fields with | json -- do I need | line_format first?
        ''', l=json.dumps({"ts": "2026-12-01T07:12:44Z", "stream": "stdout", "log": json.dumps({"container": "api", "log": inner})})))
    N(G, "concat-url", D(r'''
        function buildUrl(host, path, params) {
          return "https://" + host + "/v1/" + path.replace(/^\//, "") +
                 (params ? "?" + new URLSearchParams(params).toString() : "");
        }
        const masked = (s) => s.slice(0, 4) + "…" + s.slice(-4);
        console.log(buildUrl("api.tallyhq.io", "/reports", { page: 2, size: 50 }));
        // https://api.tallyhq.io/v1/reports?page=2&size=50

        is there a cleaner way with the URL class that handles the double slash?
        '''))
    N(G, "masked-keys", D(r"""
        Our secrets audit script prints this. Is showing prefix + last 4 acceptable, or should we hide the prefix too?

        KEY                      SOURCE                 VALUE                         ROTATED
        STRIPE_SECRET_KEY        ssm:/billing/prod      sk_live_••••••••••••4f2K      2026-10-02
        STRIPE_RESTRICTED_KEY    ssm:/billing/prod      rk_live_••••••••••••9QxZ      2026-10-02
        GITHUB_RELEASE_TOKEN     vault:kv/ci/github     ghp_••••••••••••••••7Q2a      2026-08-19
        OPENAI_API_KEY           vault:kv/ml/openai     sk-…Wm3T                      2026-11-27
        AWS_ACCESS_KEY_ID        iam:ci-uploader        AKIA************              2026-07-30
        """))
    img = "R0lGODlhEAAQAPIAAP" + b64(rbytes(380))
    wrapped = "\n".join(img[i:i + 76] for i in range(0, len(img), 76))
    N(G, "base64-image", D(r'''
        Email template has an inline spinner image; Gmail shows it broken. The data URI is:

        <img alt="" width="16" height="16" src="data:image/gif;base64,
        ⟦w⟧">

        is the line wrapping inside the data: URI what breaks it?
        ''', w=wrapped))


# ================================================================ 13. intl
def g_intl():
    G = "intl"
    e, pw = email(dom="163.com"), pw_strong(12)
    P(G, "zh", D(r'''
        你好，我登录公司的 GitLab 一直提示“用户名或密码错误”。
        账号：⟦e⟧
        密码：⟦pw⟧
        昨天刚改过密码，是不是还没同步到 LDAP？麻烦帮我看一下要怎么排查。
        ''', e=e, pw=pw), e, pw)
    a, s = aws_id(), aws_secret()
    P(G, "ja", D(r'''
        お疲れさまです。S3へのアップロードで AccessDenied が出ます。
        ~/.aws/credentials の中身はこちらです：

        [default]
        aws_access_key_id = ⟦a⟧
        aws_secret_access_key = ⟦s⟧
        region = ap-northeast-1

        IAMポリシーには s3:PutObject を付けています。バケットポリシー側の問題でしょうか？
        ''', a=a, s=s), a, s)
    rrn, ph = kr_rrn(), phone("KR")
    P(G, "ko", D(r'''
        안녕하세요, 연말정산 서류를 정리하는 중인데 엑셀 수식이 안 맞아서요.
        이름: 김민지
        주민등록번호: ⟦rrn⟧
        연락처: ⟦ph⟧
        부양가족 공제가 두 번 들어간 것 같은데, 어떤 셀을 확인해야 할까요?
        ''', rrn=rrn, ph=ph), rrn, ph)
    pw, sn, ph = pw_human(), ru_snils(), phone("RU")
    P(G, "ru", D(r'''
        Здравствуйте! Не могу зайти в личный кабинет на Госуслугах после смены телефона.
        СНИЛС: ⟦sn⟧
        Новый номер: ⟦ph⟧
        Пароль вроде правильный: ⟦pw⟧
        Пишет «Неверный логин или пароль». Что делать — восстанавливать через МФЦ?
        ''', sn=sn, ph=ph, pw=pw), sn, ph, pw)
    ib, ph, pw = iban("SA"), phone("SA"), pw_strong(13)
    P(G, "ar", D(r'''
        السلام عليكم،
        أحاول تحويل راتب الموظف الجديد لكن النظام يرفض رقم الآيبان:
        الآيبان: ⟦ib⟧
        رقم الجوال: ⟦ph⟧
        وكلمة المرور المؤقتة لحسابه في بوابة الموظفين هي: ⟦pw⟧
        هل صيغة الآيبان صحيحة؟
        ''', ib=ib, ph=ph, pw=pw), ib, ph, pw)
    tz, ph = il_id(), phone("IL")
    P(G, "he", D(r'''
        היי, אני ממלאת טופס לקופת חולים בשביל אמא שלי והאתר לא מקבל את מספר תעודת הזהות:
        מספר ת.ז.: ⟦tz⟧
        טלפון: ⟦ph⟧
        כתוב "מספר זהות לא תקין". אולי צריך להוסיף אפס בהתחלה?
        ''', tz=tz, ph=ph), tz, ph)
    tid, ph, pw = th_id(), phone("TH"), pw_strong(12)
    P(G, "th", D(r'''
        สวัสดีครับ ผมสมัครแอปธนาคารไม่ผ่าน ขึ้นว่า "ข้อมูลไม่ตรงกับทะเบียนราษฎร์"
        เลขบัตรประชาชน: ⟦tid⟧
        เบอร์โทร: ⟦ph⟧
        รหัสผ่านที่ตั้งไว้: ⟦pw⟧
        ต้องไปติดต่อที่สาขาไหมครับ
        ''', tid=tid, ph=ph, pw=pw), tid, ph, pw)
    cc, ph, pw = vn_cccd(), phone("VN"), pw_human()
    P(G, "vi", D(r'''
        Chào bạn, mình cần viết email gửi bộ phận nhân sự để cập nhật thông tin, nhờ bạn sửa giúp cho lịch sự hơn:

        "Em gửi lại số CCCD mới là ⟦cc⟧, số điện thoại ⟦ph⟧. Mật khẩu tài khoản cổng nhân viên em đang dùng là ⟦pw⟧, nhờ chị reset giúp em vì em bị khóa."
        ''', cc=cc, ph=ph, pw=pw), cc, ph, pw)
    nik, ph, pw = id_nik(), phone("ID"), pw_strong(12)
    P(G, "id", D(r'''
        Halo kak, aku mau daftar akun BPJS tapi gagal terus. Ini datanya:
        NIK: ⟦nik⟧
        No HP: ⟦ph⟧
        Kata sandi: ⟦pw⟧
        Muncul pesan "NIK sudah terdaftar", padahal aku belum pernah daftar. Gimana ya?
        ''', nik=nik, ph=ph, pw=pw), nik, ph, pw)
    ph, pw = phone("KE"), passphrase("", 2)
    P(G, "sw", D(r'''
        Habari, nimesahau jinsi ya kubadilisha nenosiri kwenye programu ya duka letu.
        Namba yangu ya simu ni ⟦ph⟧ na nenosiri langu la sasa ni ⟦pw⟧.
        Ninapojaribu kuingia inasema "akaunti imefungwa". Nifanye nini?
        ''', ph=ph, pw=pw), ph, pw)
    tc, ib, pw = tc_kimlik(), iban("TR"), pw_human()
    P(G, "tr", D(r'''
        Merhaba, e-Devlet'e giriş yapamıyorum, şifremi sıfırlamam gerekiyor.
        T.C. Kimlik No: ⟦tc⟧
        Maaş hesabım (IBAN): ⟦ib⟧
        Eski şifrem: ⟦pw⟧
        Bu bilgilerle PTT'den yeni şifre alabilir miyim?
        ''', tc=tc, ib=ib, pw=pw), tc, ib, pw)
    ad, pan, ph = aadhaar(), pan_in(), phone("IN")
    P(G, "hi", D(r'''
        नमस्ते, मेरा PAN-आधार लिंक नहीं हो रहा है। वेबसाइट पर "Aadhaar and PAN name mismatch" आ रहा है।
        आधार संख्या: ⟦ad⟧
        पैन: ⟦pan⟧
        मोबाइल: ⟦ph⟧
        नाम में "Kumar" की स्पेलिंग अलग है, क्या मुझे पहले आधार अपडेट करना होगा?
        ''', ad=ad, pan=pan, ph=ph), ad, pan, ph)
    c, e, pw = cpf(), email(dom="uol.com.br"), pw_human()
    P(G, "pt-br", D(r'''
        Oi! Não consigo cadastrar minha chave PIX no app do banco, dá "chave já vinculada a outra conta".
        CPF: ⟦c⟧
        E-mail que quero usar como chave: ⟦e⟧
        Minha senha do app é ⟦pw⟧, se precisar testar.
        Como faço a portabilidade da chave?
        ''', c=c, e=e, pw=pw), c, e, pw)
    ps, ib, pw = pesel(), iban("PL"), pw_strong(12)
    P(G, "pl", D(r'''
        Cześć, potrzebuję pomocy z formularzem PIT — system nie przyjmuje numeru rachunku.
        PESEL: ⟦ps⟧
        Numer konta: ⟦ib⟧
        Hasło do e-Urzędu: ⟦pw⟧
        Czy numer konta powinien mieć "PL" na początku?
        ''', ps=ps, ib=ib, pw=pw), ps, ib, pw)

    # ---- negatives
    N(G, "zh-policy", D(r'''
        请帮我把下面的密码策略翻译成英文，放到员工手册里：

        1. 密码长度至少 12 位，须包含大写字母、小写字母、数字和特殊字符中的三种；
        2. 不得使用最近 5 次用过的密码；
        3. 连续输错 5 次后账号锁定 30 分钟；
        4. 密码每 180 天必须更换一次；
        5. 禁止通过邮件、即时通讯工具发送密码。
        '''))
    N(G, "ja-schedule", D(r'''
        来週の定例の議事録です。要約をお願いします。

        日時：１２月８日（月）１０:００〜１１:００
        場所：本社３階 会議室Ｂ／Zoom併用
        議題：
        ・Ｑ４売上見込み（前年比１０８％）
        ・新倉庫の稼働開始（２０２７年２月予定）
        ・年末年始の出荷スケジュール（１２月２７日〜１月５日は休業）
        '''))
    N(G, "ar-meeting", D(r'''
        ترجم هذا الإعلان إلى الإنجليزية من فضلك:

        يسرّنا دعوتكم لحضور ورشة العمل السنوية يوم الأحد ١٤ جمادى الآخرة ١٤٤٨هـ الموافق ٢٠٢٦/١٢/٠٦م،
        من الساعة ٩:٠٠ صباحاً حتى ١:٠٠ ظهراً في قاعة المؤتمرات بالدور الثاني.
        عدد المقاعد محدود (٤٠ مقعداً)، والتسجيل عبر بوابة الموظفين قبل يوم الخميس.
        '''))
    N(G, "ru-format-doc", D(r'''
        Проверь, пожалуйста, текст подсказки для поля формы:

        «ИНН физического лица состоит из 12 цифр, например: XXXXXXXXXXXX.
        СНИЛС указывается в формате XXX-XXX-XXX YY, где YY — контрольное число.
        Не указывайте паспортные данные в поле "Комментарий".»

        Нормально звучит или слишком сухо?
        '''))
    N(G, "th-parcel", D(r'''
        ช่วยเขียนข้อความแจ้งลูกค้าให้สุภาพหน่อยครับ:

        พัสดุของคุณถูกส่งออกแล้วเมื่อวันที่ 1 ธ.ค. 2569 เวลา 14:30 น.
        หมายเลขพัสดุ: EF582931746TH
        ขนาดกล่อง: 30x20x15 ซม. น้ำหนัก 1.2 กก.
        คาดว่าจะถึงภายใน 2-3 วันทำการ
        '''))
    N(G, "id-release-notes", D(r'''
        Tolong perbaiki tata bahasa catatan rilis ini:

        Versi 3.18.2 (1 Desember 2026)
        - Perbaikan: tombol "Simpan" tidak aktif setelah mengganti foto profil.
        - Peningkatan: waktu muat halaman laporan turun dari 2,4 detik menjadi 0,9 detik.
        - Baru: ekspor ke format XLSX untuk tabel pesanan (maksimal 50.000 baris).
        - Kata sandi sekarang wajib minimal 12 karakter untuk akun admin.
        '''))


# ================================================================ 14. forms
def g_forms():
    G = "forms"
    f, l = person()
    d, ib, ph, e = dni_es(), iban("ES"), phone("ES"), email(f, l)
    P(G, "hr-onboarding-es", D(r'''
        Can you turn this onboarding form into a JSON object with snake_case keys?

        FICHA DE ALTA — EMPLEADO
        Nombre y apellidos: ⟦f⟧ ⟦l⟧ García
        DNI: ⟦d⟧
        Fecha de nacimiento: 14/03/1991
        Domicilio: C/ de Toledo 88, 3º B, 28005 Madrid
        Teléfono móvil: ⟦ph⟧
        Correo personal: ⟦e⟧
        IBAN para nómina: ⟦ib⟧
        Puesto: Analista de datos · Inicio: 12/01/2027
        ''', f=f, l=l, d=d, ph=ph, e=e, ib=ib), d, ph, e, ib)
    f, l = person()
    ib, ph, e = iban("DE"), phone("DEn"), email(f, l, "web.de")
    P(G, "insurance-de", D(r'''
        Bitte fasse diese Schadensmeldung in 3 Sätzen zusammen:

        Versicherungsnehmer: ⟦f⟧ ⟦l⟧
        Anschrift: Lindenstraße 12, 50674 Köln
        Telefon: ⟦ph⟧ · E-Mail: ⟦e⟧
        Vertragsnummer: HR-2291-0047
        Schadentag: 23.11.2026
        Schadenhergang: Wasserschaden durch geplatzten Schlauch der Waschmaschine, Laminat im Flur aufgequollen.
        Auszahlung bitte auf: ⟦ib⟧ (Sparkasse KölnBonn)
        ''', f=f, l=l, ph=ph, e=e, ib=ib), ph, e, ib)
    f, l = person()
    nir, ph, e = fr_nir(), phone("FRn"), email(f, l, "hotmail.fr")
    P(G, "medical-fr", D(r'''
        Peux-tu reformuler ce courrier pour la mutuelle, plus formel ?

        Madame, Monsieur,
        Je vous adresse la facture de ma consultation chez le Dr Lambert du 18/11/2026 (dermatologie, 60 €).
        N° de sécurité sociale : ⟦nir⟧
        Téléphone : ⟦ph⟧
        Adresse e-mail : ⟦e⟧
        Merci de procéder au remboursement du complément.
        ⟦f⟧ ⟦l⟧
        ''', nir=nir, ph=ph, e=e, f=f, l=l), nir, ph, e)
    f, l = person()
    ad, pp, ph = aadhaar(), R.choice("JKLMNPRSTUVWZ") + rs(DG, 7), phone("IN")
    P(G, "travel-in", D(r'''
        Fill in the visa application summary table from this:

        Applicant: ⟦f⟧ ⟦l⟧
        Passport No.: ⟦pp⟧ (issued Bengaluru, 02/2022, valid to 02/2032)
        Aadhaar: ⟦ad⟧
        Mobile: ⟦ph⟧
        Travel dates: 14 Feb 2027 – 2 Mar 2027, Frankfurt (FRA) → Lisbon (LIS) → Frankfurt
        Purpose: conference (KubeCon EU)
        ''', f=f, l=l, pp=pp, ad=ad, ph=ph), pp, ad, ph)
    b, ib, ph = bsn_nl(), iban("NL"), phone("NL")
    P(G, "rental-nl", D(r'''
        Kun je deze gegevens in de huurovereenkomst-template invullen?

        Huurder: J. de Vries
        BSN: ⟦b⟧
        Telefoon: ⟦ph⟧
        Rekeningnummer (huur-incasso): ⟦ib⟧
        Adres huurwoning: Oudegracht 214-bis, 3511 NR Utrecht
        Ingangsdatum: 1 januari 2027, huur € 1.450,- per maand
        ''', b=b, ph=ph, ib=ib), b, ph, ib)
    rows = []
    secs = []
    for i in range(3):
        f, l = person()
        ps, ib = pesel(), iban("PL", False)
        rows.append(f"{f} {l};{ps};{ib};{R.randint(7200, 14800)},00")
        secs += [ps, ib]
    P(G, "payroll-pl", D(r'''
        Export z systemu kadrowego, średniki jako separator. Excel ucina zera w PESEL-u -- jak to naprawić przy imporcie?

        imie_nazwisko;pesel;rachunek;brutto
        ⟦r⟧
        ''', r="\n".join(rows)), *secs)
    f, l = person()
    s, ph, e = ssn(), phone("US"), email(f, l)
    P(G, "benefits-us", D(r'''
        HR asked me to double check this benefits enrollment before I submit -- anything missing?

        Employee: ⟦f⟧ ⟦l⟧
        SSN: ⟦s⟧
        DOB: 07/22/1986
        Phone: ⟦ph⟧
        Email: ⟦e⟧
        Plan: PPO 1500 (employee + spouse)
        Dependent: spouse, DOB 11/02/1988, SSN to follow
        ''', f=f, l=l, s=s, ph=ph, e=e), s, ph, e)
    sn, ph = sin_ca(), phone("CA")
    P(G, "tax-ca", D(r'''
        Quick sanity check on my T4 info before I send it to my accountant:

        Name: Noah Tremblay
        SIN: ⟦sn⟧
        Employer: Northwind Freight Canada Inc.
        Box 14 employment income: 84,210.55
        Box 22 income tax deducted: 17,944.10
        Contact: ⟦ph⟧

        Box 44 (union dues) is blank, is that ok?
        ''', sn=fmt_sin(sn), ph=ph), fmt_sin(sn), ph)
    z, ph, e = za_id(), phone("ZA"), email(dom="webmail.co.za")
    P(G, "kyc-za", D(r'''
        FICA docs checklist for a new client, please format as a table:

        Client: T. Mokoena
        SA ID number: ⟦z⟧
        Cell: ⟦ph⟧
        Email: ⟦e⟧
        Proof of residence: municipal account, Nov 2026 (14 Jan Smuts Ave, Rosebank, 2196)
        Source of funds: salary
        ''', z=z, ph=ph, e=e), z, ph, e)
    pn, ht, ib1, ib2 = se_pnr(), fi_hetu(), iban("SE"), iban("FI")
    P(G, "nordics", D(r'''
        Need to merge these two customer records (same person moved from Stockholm to Helsinki):

        Record A (SE): personnummer ⟦pn⟧, konto ⟦ib1⟧, tel ⟦ph1⟧
        Record B (FI): henkilötunnus ⟦ht⟧, tili ⟦ib2⟧, puh ⟦ph2⟧

        which fields should win when they conflict?
        ''', pn=pn, ib1=ib1, ph1=(ph1 := phone("SE")), ht=ht, ib2=ib2, ph2=(ph2 := phone("FI"))), pn, ib1, ph1, ht, ib2, ph2)
    rut, ph = cl_rut(), phone("CL")
    P(G, "cl", D(r'''
        Me ayudas a redactar un correo para el SII? Datos:

        Contribuyente: Camila Rojas
        RUT: ⟦rut⟧
        Teléfono: ⟦ph⟧
        Asunto: la boleta de honorarios N° 118 se emitió con monto incorrecto y necesito anularla.
        ''', rut=rut, ph=ph), rut, ph)
    rows, secs = [], []
    for i in range(3):
        f, l = person()
        e, ph, ib = email(f, l, "northwind-freight.com"), phone("UKn"), iban("GB", True)
        rows.append(f"{f} {l}\t{e}\t{ph}\t{ib}\t{R.choice(['Leeds', 'York', 'Hull'])}")
        secs += [e, ph, ib]
    P(G, "sheets-tsv", D(r'''
        pasted from the Google Sheet -- can you write a formula that flags duplicate bank accounts?

        Name	Email	Mobile	Bank (IBAN)	Depot
        ⟦r⟧
        ''', r="\n".join(rows)), *secs)
    wk, at = rs(HEX, 32), airtable_tok()
    a2 = aws_id("ASIA")
    st = aws_session()
    P(G, "markdown-links", D(r'''
        Can you fix the broken links in our internal README? The weather widget link 401s:

        ## Dashboards
        - [Current weather feed](https://api.openweathermap.org/data/2.5/weather?q=Leeds,uk&units=metric&appid=⟦wk⟧)
        - Orders base: see [Airtable][at-orders][^1]

        ![Depot map](https://acme-docs-prod.s3.eu-west-2.amazonaws.com/maps/depots.png?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=⟦a2⟧%2F20261201%2Feu-west-2%2Fs3%2Faws4_request&X-Amz-Date=20261201T090000Z&X-Amz-Expires=604800&X-Amz-Security-Token=⟦stq⟧&X-Amz-SignedHeaders=host&X-Amz-Signature=⟦sig⟧)

        [at-orders]: https://airtable.com/appQ9x2LmN4kP7rT1/tblOrders
        [^1]: API access: `curl -H "Authorization: Bearer ⟦at⟧" https://api.airtable.com/v0/appQ9x2LmN4kP7rT1/Orders`
        ''', wk=wk, a2=a2, stq=urllib.parse.quote(st, safe=""), sig=rs(HEX, 64), at=at), wk, at, a2, urllib.parse.quote(st, safe=""))
    tok, pw = hf_tok(), pw_strong(16)
    P(G, "latex", D(r'''
        My thesis appendix won't compile ("Undefined control sequence" at line 212). Relevant part:

        \newcommand{\hftoken}{⟦tok⟧}
        \section*{Appendix B: Reproducing the experiments}
        Download the checkpoint with
        \begin{lstlisting}[language=bash]
        huggingface-cli login --token \hftoken
        export PGPASSWORD='⟦pw⟧'
        psql -h db.lab.uni-example.de -U thesis -d results -f schema.sql
        \end{lstlisting}
        ''', tok=tok, pw=pw), tok, pw)

    # ---- negatives
    N(G, "blank-template", D(r'''
        Please translate this blank form into German, keep the layout:

        EMPLOYEE DETAILS (block capitals)
        Full name: ______________________________
        Date of birth: DD / MM / YYYY
        National Insurance number: _ _   _ _   _ _   _ _   _
        Mobile: +44 ____ ______
        Bank account: sort code __-__-__  account no. ________
        Emergency contact name & phone: __________________________
        Signature: ______________   Date: ____________
        '''))
    rows = "\n".join(f"CND-{i:04d}\t{ean13()}\t{R.choice(['Cedar & Fig', 'Sea Salt', 'Amber Glow', 'Fig Leaf', 'Black Tea'])}\t{R.randint(18, 42)}.00\t{R.randint(0, 300)}" for i in range(40, 46))
    N(G, "product-sheet", D(r'''
        Google Sheets paste -- VLOOKUP on the EAN column returns #N/A, I think it's stored as text:

        SKU	EAN	Name	Price (CAD)	Stock
        ⟦rows⟧
        ''', rows=rows))
    N(G, "latex-bib", D(r'''
        biber complains about the second entry, what's wrong?

        @book{kleppmann2017,
          author    = {Martin Kleppmann},
          title     = {Designing Data-Intensive Applications},
          publisher = {O'Reilly Media},
          year      = {2017},
          isbn      = {⟦isbn⟧}
        }
        @article{vaswani2017,
          title   = {Attention Is All You Need},
          author  = {Vaswani, Ashish and others},
          journal = {arXiv preprint arXiv:1706.03762},
          doi     = {10.48550/arXiv.1706.03762},
          year    = 2017,
        }
        ''', isbn=isbn13()))
    N(G, "invoice-footer", D(r'''
        Can you extract the line items into CSV?

        RECHNUNG Nr. 2026-11-0471          Datum: 30.11.2026
        Pos  Artikel                          Menge   Einzelpreis   Gesamt
        1    Duftkerze Zeder & Feige 200 g      24       12,90      309,60
        2    Versandkarton 30x20x15             24        0,85       20,40
        3    Fracht DHL Express                  1       18,00       18,00
                                               Netto                348,00
                                               USt. 19 %             66,12
                                               Brutto               414,12

        Lumen Candles GmbH · HRB 118204 · USt-IdNr. DE318455210 · BIC COBADEFFXXX
        '''))
    N(G, "id-format-doc", D(r'''
        Proofread this section of our validation docs:

        | Country | Field            | Format               | Check            |
        |---------|------------------|----------------------|------------------|
        | ES      | DNI              | 8 digits + letter    | mod 23 letter    |
        | NL      | BSN              | 9 digits             | 11-proof         |
        | PL      | PESEL            | 11 digits            | weighted mod 10  |
        | BR      | CPF              | NNN.NNN.NNN-DD       | two mod 11 digits|
        | —       | IBAN             | CCkk BBBB ...        | mod 97 = 1       |

        Input is normalised (spaces and dots removed) before the check. Error message: "Please check the number and try again."
        '''))
    N(G, "itinerary", D(r'''
        Make this itinerary into a short calendar description:

        Mon 14 Dec  LH 1166  FRA 07:15 → LIS 09:05  Terminal 1, gate opens 06:30
        Wed 16 Dec  TP 572   LIS 18:40 → FRA 22:35  Terminal 1
        Hotel: check-in 15:00, check-out 11:00, breakfast included
        Conference: Room 2.14, talks 10:00–17:30, badge pickup at the north entrance
        '''))


# ================================================================ validation
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![0-9.])([0-9]{1,3})\.([0-9]{1,3})\.([0-9]{1,3})\.([0-9]{1,3})(?!\.?[0-9])")
DIGITRUN_RE = re.compile(r"(?<![0-9])[0-9]{13,19}(?![0-9])")
GROUPED_RE = re.compile(r"(?<![0-9])[0-9]{4}(?:[ -][0-9]{4}){2}[ -][0-9]{1,7}(?![0-9])|(?<![0-9])[0-9]{4}[ -][0-9]{6}[ -][0-9]{5}(?![0-9])")
_B = r"(?<![A-Za-z0-9])"
PREFIXES = [
    r"AKIA[0-9A-Z]{4}", r"ASIA[0-9A-Z]{4}", r"gh[pousr]_", r"github_pat_", r"xox[abposer]-", r"xapp-",
    r"[sr]k_(?:live|test)_", r"whsec_", r"sk-", r"AIza", r"gl(?:pat|rt|dt|ptt)-", r"npm_[A-Za-z0-9]{8}",
    r"hv[sb]\.", r"LTAI", r"AKID", r"AQVN", r"y0_A", r"t1\.9eu", r"hf_[A-Za-z]{8}", r"r8_", r"gsk_",
    r"pcsk_", r"sbp_", r"sb_secret_", r"fo1_", r"nfp_", r"lin_api_", r"ntn_", r"secret_[A-Za-z0-9]{20}",
    r"pat[A-Za-z0-9]{14}\.", r"shp(?:at|ss|ca|pa)_", r"EAAA[A-Za-z0-9]", r"sq0(?:csp|atp)-", r"access_token\$",
    r"key-[0-9a-f]{32}", r"SK[0-9a-f]{32}", r"SG\.[A-Za-z0-9_-]{10}", r"NRAK-", r"NRII-", r"sntr[yu]s?_",
    r"dckr_pat_", r"dp\.st\.", r"ATATT", r"[A-Za-z0-9]{14}\.atlasv1\.", r"pypi-Ag", r"dapi[0-9a-f]{8}",
    r"glsa_", r"glc_", r"dop_v1_", r"PMAK-", r"AAAA[A-Za-z0-9_-]{7}:APA91", r"sk\.eyJ", r"AGE-SECRET-KEY",
    r"ATBB", r"GOCSPX-", r"ya29\.", r"1//0", r"eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]", r"-----BEGIN [A-Z ]*PRIVATE KEY",
    r"T3BlbkFJ", r"CFPAT-", r"service:[a-z0-9-]+:[A-Za-z0-9_-]{10}", r"AccountKey=", r"SharedAccessSignature",
    r"hooks\.slack\.com/services/T", r"[A-Za-z0-9]{3}8Q~", r"AMf-vB", r"fm2_", r"FlyV1",
]
PREFIX_RE = re.compile(_B + "(?:" + "|".join(PREFIXES) + ")")

# Deliberate look-alikes in negatives (hand-checked): case id -> allowed matched substrings.
ALLOW = {
    # masked values: only the public prefix and the last 4 characters remain
    "obfusc.masked-keys.n01": ("sk_live_", "rk_live_", "ghp_", "sk-"),
}


def _public_ipv4(o):
    a, b, c, d = o
    if any(x > 255 for x in o):
        return False
    if a in (0, 10, 127) or a >= 224:
        return False
    if a == 172 and 16 <= b <= 31:
        return False
    if a == 192 and b == 168:
        return False
    if a == 169 and b == 254:
        return False
    if a == 100 and 64 <= b <= 127:
        return False
    if (a, b, c) in ((192, 0, 2), (198, 51, 100), (203, 0, 113)):
        return False
    return True


def negative_problems(case):
    t = case["text"]
    probs = []
    for m in EMAIL_RE.finditer(t):
        probs.append("email:" + m.group(0))
    for m in IPV4_RE.finditer(t):
        if _public_ipv4(tuple(int(x) for x in m.groups())):
            probs.append("ipv4:" + m.group(0))
    for m in DIGITRUN_RE.finditer(t):
        if luhn_ok(m.group(0)):
            probs.append("luhn:" + m.group(0))
    for m in GROUPED_RE.finditer(t):
        dg = re.sub(r"[^0-9]", "", m.group(0))
        if 13 <= len(dg) <= 19 and luhn_ok(dg):
            probs.append("luhn-grouped:" + m.group(0))
    for m in PREFIX_RE.finditer(t):
        if m.group(0) in ALLOW.get(case["id"], ()):
            continue
        probs.append("prefix:" + m.group(0))
    return probs


def main():
    for fn in (g_graphql, g_grpc, g_http, g_mail, g_dataeng, g_observ, g_cm, g_deploy, g_ide,
               g_mobile, g_browser, g_obfusc, g_intl, g_forms):
        fn()
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate ids"
    idre = re.compile(r"^[a-z0-9-]+\.[a-z0-9-]+\.[pn][0-9]{2}$")
    bad = []
    for c in CASES:
        assert idre.match(c["id"]), c["id"]
        g, f, _ = c["id"].split(".")
        assert c["form"] == f"{g}/{f}", c["id"]
        if c["id"].split(".")[-1].startswith("p"):
            assert c["secrets"], c["id"]
            for s in c["secrets"]:
                assert len(s) >= 6, (c["id"], s)
                assert s in c["text"], (c["id"], s)
        else:
            assert c["secrets"] == [], c["id"]
            p = negative_problems(c)
            if p:
                bad.append((c["id"], p))
    for k in ALLOW:
        assert k in ids, k
    assert not bad, "\n".join(f"{i}: {p}" for i, p in bad)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for c in CASES:
            fh.write(json.dumps({"id": c["id"], "form": c["form"], "text": c["text"], "secrets": c["secrets"]},
                                ensure_ascii=False) + "\n")
    npos = sum(1 for c in CASES if c["secrets"])
    print(f"wrote {len(CASES)} cases ({npos} positive, {len(CASES) - npos} negative) -> {out}")


if __name__ == "__main__":
    main()
