#!/usr/bin/env python3
"""Generate the adv9 blind adversarial redaction set.

Standard library only, deterministic (random.Random(90909)).  Writes
cases.jsonl next to this file.  Every secret is a random fake whose shape
follows the provider's public format; see README.md.
"""
import base64
import json
import os
import re
import string
import textwrap
import urllib.parse
import uuid
import zlib
import random

R = random.Random(90909)

DG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
AN = UP + LO + DG
HX = "0123456789abcdef"
B64U = AN + "-_"
B64S = AN + "+/"

CASES = []
_COUNT = {}


# --------------------------------------------------------------------------
# plumbing
# --------------------------------------------------------------------------

def add(group, form, text, secrets):
    kind = "p" if secrets else "n"
    key = (group, form, kind)
    _COUNT[key] = _COUNT.get(key, 0) + 1
    cid = "%s.%s.%s%02d" % (group, form, kind, _COUNT[key])
    seen = []
    for s in secrets:
        if s not in seen:
            seen.append(s)
    for s in seen:
        assert len(s) >= 6, (cid, s)
        assert s in text, (cid, s)
    if not seen:
        # negatives carry no PII at all
        assert not re.search(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b", text), cid
        assert not re.search(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])", text), cid
    CASES.append({"id": cid, "form": "%s/%s" % (group, form), "text": text, "secrets": seen})


def fill(tpl, **kw):
    out = tpl
    for k, v in kw.items():
        mark = "\u27ea%s\u27eb" % k
        assert mark in out, k
        out = out.replace(mark, str(v))
    assert "\u27ea" not in out, out[:300]
    return out


def T(tpl, **kw):
    """dedent a template, strip the outer blank lines, then fill ⟪NAME⟫ marks."""
    return fill(textwrap.dedent(tpl).strip("\n"), **kw)


def J(obj, indent=None, sep=None):
    if sep is None and indent is None:
        sep = (", ", ": ")
    return json.dumps(obj, ensure_ascii=False, indent=indent, separators=sep)


def Jc(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


# --------------------------------------------------------------------------
# random material
# --------------------------------------------------------------------------

def pick(chars, n):
    return "".join(R.choice(chars) for _ in range(n))


def mixed(chars, n, need=(UP, LO, DG)):
    classes = [c for c in need if any(x in chars for x in c)]
    while True:
        s = pick(chars, n)
        if all(any(x in cls for x in s) for cls in classes):
            return s


def an(n):
    return mixed(AN, n)


def hx(n):
    return mixed(HX, n, need=(DG, "abcdef"))


def HX_(n):
    return mixed(HX.upper(), n, need=(DG, "ABCDEF"))


def b64u(n):
    return mixed(B64U, n)


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(b):
    return base64.b64encode(b).decode()


def b64url_np(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def digits(n):
    return pick(DG, n)


def split_pieces(s, k):
    while True:
        cuts = sorted(R.sample(range(6, len(s) - 5), k - 1))
        pieces = [s[a:b] for a, b in zip([0] + cuts, cuts + [len(s)])]
        if all(len(p) >= 6 for p in pieces):
            return pieces


# passwords ------------------------------------------------------------------

PW_SYM = "!#$%&*+-=?@^_~"
URI_SYM = "-_.~"


def pw(n=None, sym=PW_SYM):
    n = n or R.randint(12, 20)
    while True:
        s = pick(AN + sym, n)
        if (any(c in UP for c in s) and any(c in LO for c in s) and any(c in DG for c in s)
                and any(c in sym for c in s) and s[0].isalnum() and s[-1].isalnum()):
            return s


def upw(n=None):
    """password that can sit unescaped in a URI userinfo"""
    return pw(n or R.randint(14, 22), URI_SYM)


WORDS = ["Lighthouse", "Marmalade", "Giraffe", "Sunflower", "Thunder", "Pancake", "Voyager",
         "Cobalt", "Harbor", "Meadow", "Falcon", "Juniper", "Walrus", "Saffron", "Biscuit",
         "Orbit", "Glacier", "Tulip", "Maple", "Pepper", "Cactus", "Nebula", "Otter", "Velvet"]


def hpw():
    """human-style password"""
    w1, w2 = R.sample(WORDS, 2)
    d = R.randint(10, 99)
    s = R.choice("!#$&*@")
    f = R.randrange(5)
    if f == 0:
        return "%s%s%d%s" % (w1, s, d, w2.lower())
    if f == 1:
        return "%s-%s-%d%s" % (w1, w2, d, s)
    if f == 2:
        return "%s%d%s%s" % (w1.lower(), d, s, w2)
    if f == 3:
        return "%s_%s%s%d" % (w1, w2.lower(), s, 2000 + d)
    return "%s.%s%d%s" % (w1, w2, d, s)


# provider shapes ------------------------------------------------------------

B62ALPH = DG + UP + LO


def base62(n):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62ALPH[r] + s
    return s or "0"


def gh(prefix="ghp_"):
    body = an(30)
    return prefix + body + base62(zlib.crc32(body.encode()) & 0xFFFFFFFF).rjust(6, "0")


def gh_fine():
    return "github_pat_11" + mixed(UP + DG, 20, need=(UP, DG)) + "_" + an(59)


def aws_akid(p="AKIA"):
    return p + mixed(UP + "234567", 16, need=(UP, "234567"))


def aws_secret():
    return mixed(AN + "+/", 40)


def aws_session():
    return "IQoJb3JpZ2luX2VjE" + mixed(AN + "+/", 380) + "=="


def openai_proj():
    return "sk-proj-" + b64u(74) + "T3BlbkFJ" + b64u(74)


def openai_legacy():
    return "sk-" + an(20) + "T3BlbkFJ" + an(20)


def openai_svc():
    return "sk-svcacct-" + b64u(74) + "T3BlbkFJ" + b64u(74)


def anthropic():
    return "sk-ant-api03-" + b64u(93) + "AA"


def google_key():
    return "AIzaSy" + b64u(33)


def slack_bot():
    return "xoxb-%s-%s-%s" % (digits(12), digits(13), an(24))


def slack_user():
    return "xoxp-%s-%s-%s-%s" % (digits(12), digits(12), digits(13), hx(32))


def slack_webhook():
    sec = an(24)
    url = "https://hooks.slack.com/services/T%s/B%s/%s" % (
        mixed(UP + DG, 8, need=(UP, DG)), mixed(UP + DG, 10, need=(UP, DG)), sec)
    return url, sec


def stripe(kind="sk_live_", long=True):
    return kind + ("51" + an(97) if long else an(24))


def whsec():
    return "whsec_" + an(32)


def sendgrid():
    return "SG." + b64u(22) + "." + b64u(43)


def mailgun(new=True):
    return "%s-%s-%s" % (hx(32), hx(8), hx(8)) if new else "key-" + hx(32)


def mailchimp():
    return "%s-us%d" % (hx(32), R.randint(2, 21))


def discord_bot():
    snow = str(R.randint(1_000_000_000_000_000_000, 1_299_999_999_999_999_999))
    return "%s.%s.%s" % (b64(snow.encode()).rstrip("="), b64u(6), b64u(38))


def discord_webhook():
    tok = b64u(68)
    return "https://discord.com/api/webhooks/%s/%s" % (digits(19), tok), tok


def telegram():
    return "%d:AA%s" % (R.randint(1_000_000_000, 7_999_999_999), b64u(33))


def npm():
    return "npm_" + an(36)


def pypi():
    return "pypi-AgEIcHlwaS5vcmcCJ" + b64u(150)


def dockerhub():
    return "dckr_pat_" + b64u(27)


def hf():
    return "hf_" + mixed(UP + LO, 34, need=(UP, LO))


def heroku():
    return "HRKU-AA" + b64u(58)


def nr_user():
    return "NRAK-" + mixed(UP + DG, 27, need=(UP, DG))


def nr_license():
    return hx(36) + "NRAL"


def sentry_dsn():
    key = hx(32)
    return "https://%s@o%d.ingest.us.sentry.io/%d" % (
        key, R.randint(100000, 4500000), R.randint(4500000000000000, 4509999999999999)), key


def sentry_org():
    payload = {"iat": 1714644851.0, "url": "https://sentry.io", "region_url": "https://de.sentry.io",
               "org": "northwind"}
    return "sntrys_" + b64url_np(json.dumps(payload, separators=(",", ":")).encode()) + "_" + b64u(43)


def okta():
    return "00" + b64u(40)


def fcm():
    return "AAAA" + b64u(7) + ":APA91b" + b64u(134)


def cf_token():
    return b64u(40)


def do_tok(p="dop_v1_"):
    return p + hx(64)


def shopify(p="shpat_"):
    return p + hx(32)


def square():
    return "EAAA" + b64u(60)


def braintree():
    return "access_token$production$%s$%s" % (mixed(LO + DG, 16, need=(LO, DG)), hx(32))


def atlassian():
    return "ATATT3xFfGF0" + b64u(170) + "=" + HX_(8)


def linear():
    return "lin_api_" + an(40)


def notion():
    return "ntn_" + digits(11) + an(35)


def doppler(env="prd"):
    return "dp.st.%s.%s" % (env, an(40))


def onepassword_sa():
    payload = {"signInAddress": "northwind.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
               "iterations": 650000, "salt": b64url_np(rbytes(16))}, "email": pick(LO + DG, 13) + "@1passwordserviceaccounts.com",
               "srpX": hx(64), "muk": {"alg": "A256GCM", "ext": True, "k": b64url_np(rbytes(32)), "key_ops": ["encrypt", "decrypt"],
               "kty": "oct", "kid": "mp"}, "secretKey": "A3-%s-%s-%s-%s-%s-%s" % (
                   pick(UP + DG, 6), pick(UP + DG, 6), pick(UP + DG, 5), pick(UP + DG, 5), pick(UP + DG, 5), pick(UP + DG, 5)),
               "throttleSecret": {"seed": hx(64), "uuid": uid().upper().replace("-", "")[:26]}, "deviceUuid": pick(LO + DG, 26)}
    return "ops_" + b64url_np(json.dumps(payload, separators=(",", ":")).encode())


def pulumi():
    return "pul-" + hx(40)


def tfc():
    return an(14) + ".atlasv1." + an(67)


def grafana_sa():
    return "glsa_" + an(32) + "_" + hx(8)


def grafana_cloud():
    payload = {"o": digits(6), "n": "stack-%s-hm-write-%s" % (digits(6), pick(LO, 6)), "k": an(24),
               "m": {"r": "prod-eu-west-2"}}
    return "glc_" + b64(json.dumps(payload, separators=(",", ":")).encode())


BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = ((chk & 0x1FFFFFF) << 5) ^ v
        for i in range(5):
            if (b >> i) & 1:
                chk ^= gen[i]
    return chk


def bech32(hrp, data8):
    acc = bits = 0
    data = []
    for b in data8:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    exp = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    pm = _polymod(exp + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in data + chk)


def age_secret():
    return bech32("age-secret-key-", rbytes(32)).upper()


def age_public():
    return bech32("age", rbytes(32))


def vault():
    return "hvs.CAESI" + b64u(86)


def glpat():
    return "glpat-" + b64u(20)


def mapbox_sk():
    payload = {"u": "northwind-maps", "a": "cl" + pick(LO + DG, 23)}
    return "sk." + b64url_np(json.dumps(payload, separators=(",", ":")).encode()) + "." + b64u(22)


def airtable():
    return "pat" + an(14) + "." + hx(64)


def pscale():
    return "pscale_pw_" + b64u(43)


def groq():
    return "gsk_" + an(52)


def xai():
    return "xai-" + an(80)


def langsmith():
    return "lsv2_pt_" + hx(32) + "_" + hx(10)


def pinecone():
    return "pcsk_" + an(5) + "_" + an(63)


def tailscale():
    return "tskey-auth-k" + an(10) + "CNTRL-" + an(33)


def resend():
    return "re_" + an(8) + "_" + an(24)


def azure_ad_secret():
    while True:
        s = an(3) + R.choice(DG) + "Q~" + mixed(AN + "_~.-", 34)
        if s[-1].isalnum():
            return s


def alibaba():
    return "LTAI5t" + an(18), an(30)


def mollie():
    return "live_" + an(30)


def replicate():
    return "r8_" + an(37)


def contentful():
    return "CFPAT-" + b64u(43)


def jwt(payload, alg="HS256", sig_len=32):
    h = b64url_np(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64url_np(json.dumps(payload, separators=(",", ":")).encode())
    return "%s.%s.%s" % (h, p, b64url_np(rbytes(sig_len)))


def supabase_service():
    return jwt({"iss": "supabase", "ref": pick(LO, 20), "role": "service_role", "iat": 1709251200,
                "exp": 2024827200})


# PEM / OpenSSH / PGP -----------------------------------------------------------

def pem_body(kind):
    if kind == "rsa8":
        pre = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100")
        der = pre + rbytes(1217 - len(pre))
        label = "PRIVATE KEY"
    elif kind == "rsa1":
        pre = bytes.fromhex("308204a40201000282010100")
        der = pre + rbytes(1192 - len(pre))
        label = "RSA PRIVATE KEY"
    else:
        der = (bytes.fromhex("30770201010420") + rbytes(32)
               + bytes.fromhex("a00a06082a8648ce3d030107a14403420004") + rbytes(64))
        label = "EC PRIVATE KEY"
    body = b64(der)
    return label, [body[i:i + 64] for i in range(0, len(body), 64)]


def pem_text(label, lines, nl="\n"):
    return ("-----BEGIN %s-----" % label) + nl + nl.join(lines) + nl + ("-----END %s-----" % label)


def openssh_ed25519(comment=b"deploy@ci"):
    def sstr(b):
        return len(b).to_bytes(4, "big") + b
    pk = rbytes(32)
    sk = rbytes(32)
    pub = sstr(b"ssh-ed25519") + sstr(pk)
    chk = rbytes(4)
    priv = chk + chk + sstr(b"ssh-ed25519") + sstr(pk) + sstr(sk + pk) + sstr(comment)
    i = 1
    while len(priv) % 8:
        priv += bytes([i])
        i += 1
    blob = (b"openssh-key-v1\x00" + sstr(b"none") + sstr(b"none") + sstr(b"")
            + (1).to_bytes(4, "big") + sstr(pub) + sstr(priv))
    body = b64(blob)
    return [body[i:i + 70] for i in range(0, len(body), 70)]


def crc24(data):
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def pgp_private():
    data = b"\x95\x03\xc6\x04" + (1714644851).to_bytes(4, "big") + b"\x01\x08\x00" + rbytes(700)
    body = b64(data)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    crc = "=" + b64(crc24(data).to_bytes(3, "big"))
    return lines, crc


def listed(lines):
    return [l for l in lines if len(l) >= 6]


# --------------------------------------------------------------------------
# PII material
# --------------------------------------------------------------------------

def luhn_sum_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    for c in DG:
        if luhn_sum_ok(body + c):
            return body + c
    raise AssertionError


def luhn_bad(prefix, length):
    while True:
        n = prefix + digits(length - len(prefix))
        if not luhn_sum_ok(n):
            return n


def group(num, sizes, sep=" "):
    out, i = [], 0
    for s in sizes:
        out.append(num[i:i + s])
        i += s
    return sep.join(out)


def card(brand):
    if brand == "visa":
        return luhn_complete("4" + digits(5), 16)
    if brand == "mc":
        return luhn_complete(str(R.randint(51, 55)), 16)
    if brand == "mc2":
        return luhn_complete(str(R.randint(2221, 2720)), 16)
    if brand == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15)
    if brand == "disc":
        return luhn_complete("6011", 16)
    if brand == "jcb":
        return luhn_complete(str(R.randint(3528, 3589)), 16)
    if brand == "unionpay":
        return luhn_complete("62" + str(R.randint(2126, 2925)), 16)
    if brand == "diners":
        return luhn_complete("36", 14)
    raise KeyError(brand)


def iban_from(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    out = "%s%02d%s" % (cc, chk, bban)
    assert int("".join(str(int(c, 36)) for c in out[4:] + out[:4])) % 97 == 1
    return out


CF_ODD = {**dict(zip(DG, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21])),
          **dict(zip(UP, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16,
                          10, 22, 25, 24, 23]))}
CF_EVEN = {**{d: i for i, d in enumerate(DG)}, **{c: i for i, c in enumerate(UP)}}


def cf_check(s):
    tot = sum(CF_ODD[c] if i % 2 == 0 else CF_EVEN[c] for i, c in enumerate(s))
    return UP[tot % 26]


def iban(cc):
    if cc == "DE":
        b = digits(8) + digits(10)
    elif cc == "GB":
        b = R.choice(["NWBK", "BARC", "HBUK", "LOYD", "MIDL"]) + digits(6) + digits(8)
    elif cc == "IE":
        b = R.choice(["AIBK", "BOFI"]) + digits(6) + digits(8)
    elif cc == "FR":
        bank, br, acc = digits(5), digits(5), digits(11)
        key = 97 - ((89 * int(bank) + 15 * int(br) + 3 * int(acc)) % 97)
        b = bank + br + acc + "%02d" % key
    elif cc == "ES":
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

        def dc(s):
            d = 11 - sum(int(x) * y for x, y in zip(s, w)) % 11
            return {11: 0, 10: 1}.get(d, d)
        bank, br, acc = digits(4), digits(4), digits(10)
        b = bank + br + str(dc("00" + bank + br)) + str(dc(acc)) + acc
    elif cc == "IT":
        rest = digits(5) + digits(5) + digits(12)
        b = cf_check(rest) + rest
    elif cc == "NL":
        b = R.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB"]) + digits(10)
    elif cc == "BE":
        x = digits(10)
        c = int(x) % 97 or 97
        b = x + "%02d" % c
    elif cc == "AT":
        b = digits(16)
    elif cc == "CH":
        b = digits(17)
    elif cc == "PL":
        b = digits(24)
    elif cc == "PT":
        b = digits(21)
    elif cc == "SE":
        b = digits(20)
    elif cc == "NO":
        x = digits(10)
        w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        r = 11 - sum(int(a) * b_ for a, b_ in zip(x, w)) % 11
        if r == 10:
            return iban(cc)
        b = x + str(0 if r == 11 else r)
    elif cc == "TR":
        b = digits(5) + "0" + digits(16)
    elif cc == "SA":
        b = digits(2) + digits(18)
    else:
        raise KeyError(cc)
    return iban_from(cc, b)


def spaced4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def nino():
    bad1, bad2 = set("DFIQUV"), set("DFIQUVO")
    while True:
        p = R.choice(UP) + R.choice(UP)
        if p[0] in bad1 or p[1] in bad2 or p in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            continue
        d = digits(6)
        return "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], R.choice("ABCD"))


def dni():
    n = R.randint(10000000, 99999999)
    return "%d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])


def nie():
    p = R.choice("XYZ")
    n = digits(7)
    v = int(str("XYZ".index(p)) + n)
    return "%s%s%s" % (p, n, "TRWAGMYFPDXBNJZSQVHLCKE"[v % 23])


def nir():
    s = "%d%02d%02d%s%03d%03d" % (R.choice([1, 2]), R.randint(50, 99), R.randint(1, 12),
                                 R.choice(["75", "69", "13", "33", "59", "92"]), R.randint(1, 400), R.randint(1, 999))
    key = 97 - int(s) % 97
    return "%s %s %s %s %s %s %02d" % (s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:13], key)


def cpf():
    d = [R.randint(0, 9) for _ in range(9)]
    for n in (10, 11):
        s = sum(x * w for x, w in zip(d, range(n, 1, -1)))
        d.append((s * 10) % 11 % 10)
    t = "".join(map(str, d))
    return "%s.%s.%s-%s" % (t[:3], t[3:6], t[6:9], t[9:])


VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
      [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
      [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
      [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
      [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
      [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VD[c][VP[i % 8][int(ch)]]
    return c == 0


def aadhaar():
    body = str(R.randint(2, 9)) + digits(10)
    for ch in DG:
        if verhoeff_ok(body + ch):
            n = body + ch
            return "%s %s %s" % (n[:4], n[4:8], n[8:])
    raise AssertionError


def pesel():
    y, m, d = R.randint(60, 99), R.randint(1, 12), R.randint(1, 28)
    s = "%02d%02d%02d%s" % (y, m, d, digits(4))
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return s + str((10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10)


def bsn():
    while True:
        d = str(R.randint(1, 9)) + digits(7)
        s = sum(int(x) * w for x, w in zip(d, range(9, 1, -1)))
        c = s % 11
        if c < 10:
            return d + str(c)


def personnummer():
    s = "%02d%02d%02d%s" % (R.randint(50, 99), R.randint(1, 12), R.randint(1, 28), digits(3))
    for c in DG:
        if luhn_sum_ok(s + c):
            return "%s-%s" % (s[:6], s[6:] + c)
    raise AssertionError


def china_id():
    s = "%s%d%02d%02d%s" % (R.choice(["110105", "310115", "440305", "330106", "510107"]),
                           R.randint(1965, 1999), R.randint(1, 12), R.randint(1, 28), digits(3))
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return s + "10X98765432"[sum(int(a) * b for a, b in zip(s, w)) % 11]


def sin():
    while True:
        n = luhn_complete(str(R.randint(1, 7)), 9)
        return "%s %s %s" % (n[:3], n[3:6], n[6:])


def codice_fiscale(sur, name, year, month, day, female, town):
    def part(w, is_name):
        w = w.upper()
        cons = [c for c in w if c in UP and c not in "AEIOU"]
        vow = [c for c in w if c in "AEIOU"]
        if is_name and len(cons) >= 4:
            cons = [cons[0], cons[2], cons[3]]
        return "".join((cons + vow + ["X"] * 3)[:3])
    s = part(sur, False) + part(name, True) + "%02d" % (year % 100) + "ABCDEHLMPRST"[month - 1] \
        + "%02d" % (day + (40 if female else 0)) + town
    return s + cf_check(s)


def korean_rrn():
    s = "%02d%02d%02d%d%s" % (R.randint(70, 99), R.randint(1, 12), R.randint(1, 28), R.choice([1, 2]), digits(5))
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * b for a, b in zip(s, w)) % 11) % 10
    return "%s-%s" % (s[:6], s[6:] + str(c))


def tfn():
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        d = str(R.randint(1, 9)) + digits(7)
        s = sum(int(a) * b for a, b in zip(d, w))
        last = s % 11
        if last < 10:
            n = d + str(last)
            assert sum(int(a) * b for a, b in zip(n, w)) % 11 == 0
            return "%s %s %s" % (n[:3], n[3:6], n[6:])


def tc_kimlik():
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def be_nn():
    s = "%02d%02d%02d%03d" % (R.randint(60, 99), R.randint(1, 12), R.randint(1, 28), R.randint(1, 997))
    c = 97 - int(s) % 97
    return "%s.%s.%s-%s.%02d" % (s[:2], s[2:4], s[4:6], s[6:9], c)


def ph(fmt):
    return "".join(str(R.randint(0, 9)) if c == "N" else str(R.randint(2, 9)) if c == "D" else c for c in fmt)


def ipv4():
    return "%d.%d.%d.%d" % (R.choice([31, 46, 62, 77, 81, 85, 89, 91, 94, 109, 141, 151, 176, 178, 185, 188,
                                      193, 195, 212, 213, 217, 37, 79, 84]),
                            R.randint(1, 254), R.randint(0, 254), R.randint(1, 254))


def ipv6():
    pre = R.choice(["2a01:4f8", "2a02:8108", "2001:41d0", "2600:1f18", "2a00:1450", "2406:da18"])
    return pre + ":" + ":".join("%x" % R.randint(1, 0xFFFF) for _ in range(6))


def slug(name):
    tr = str.maketrans({"á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u", "ñ": "n", "ç": "c", "ã": "a",
                        "ü": "u", "ö": "o", "ä": "a", "ł": "l", "ś": "s", "ı": "i", "ş": "s", "ğ": "g",
                        "ï": "i", "ë": "e", "à": "a", "è": "e", "ô": "o", "ø": "o", "å": "a"})
    return name.lower().translate(tr)


def email(first, last, dom=None, style=None):
    dom = dom or R.choice(["gmail.com", "outlook.com", "proton.me", "yahoo.co.uk", "gmx.de", "web.de",
                           "orange.fr", "libero.it", "wp.pl", "yandex.ru", "naver.com", "qq.com"])
    f, l = slug(first).replace(" ", ""), slug(last).replace(" ", "").replace("-", "")
    style = style if style is not None else R.randrange(4)
    local = ["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s_%s%d" % (f, l, R.randint(1, 99)),
             "%s.%s+%s" % (f, l, R.choice(["billing", "shop", "news"]))][style]
    return "%s@%s" % (local, dom)


# ==========================================================================
# group: llm — LLM app logs and traces
# ==========================================================================

def sse_openai(chunks, model="gpt-4o-2024-08-06"):
    cid = "chatcmpl-" + an(29)
    out = []
    first = {"id": cid, "object": "chat.completion.chunk", "created": 1714644851, "model": model,
             "system_fingerprint": "fp_" + hx(10),
             "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}, "logprobs": None,
                          "finish_reason": None}]}
    out.append("data: " + Jc(first))
    for c in chunks:
        ev = {"id": cid, "object": "chat.completion.chunk", "created": 1714644851, "model": model,
              "system_fingerprint": first["system_fingerprint"],
              "choices": [{"index": 0, "delta": {"content": c}, "logprobs": None, "finish_reason": None}]}
        out.append("data: " + Jc(ev))
    last = {"id": cid, "object": "chat.completion.chunk", "created": 1714644851, "model": model,
            "system_fingerprint": first["system_fingerprint"],
            "choices": [{"index": 0, "delta": {}, "logprobs": None, "finish_reason": "stop"}]}
    out.append("data: " + Jc(last))
    out.append("data: [DONE]")
    return "\n\n".join(out)


def sse_anthropic(chunks, model="claude-3-5-sonnet-20241022", stop="end_turn"):
    mid = "msg_01" + an(22)
    ev = [("message_start", {"type": "message_start", "message": {
        "id": mid, "type": "message", "role": "assistant", "model": model, "content": [],
        "stop_reason": None, "stop_sequence": None, "usage": {"input_tokens": R.randint(200, 900), "output_tokens": 1}}}),
        ("content_block_start", {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}}),
        ("ping", {"type": "ping"})]
    for c in chunks:
        ev.append(("content_block_delta", {"type": "content_block_delta", "index": 0,
                                            "delta": {"type": "text_delta", "text": c}}))
    ev.append(("content_block_stop", {"type": "content_block_stop", "index": 0}))
    ev.append(("message_delta", {"type": "message_delta", "delta": {"stop_reason": stop, "stop_sequence": None},
                                 "usage": {"output_tokens": R.randint(40, 300)}}))
    ev.append(("message_stop", {"type": "message_stop"}))
    return "\n\n".join("event: %s\ndata: %s" % (n, Jc(d)) for n, d in ev)


def tokens(text):
    """split prose into small stream deltas"""
    out = []
    for m in re.finditer(r"\s*\S{1,5}|\s+", text):
        out.append(m.group(0))
    return out


def llm_cases():
    G = "llm"

    # ---- openai_messages -------------------------------------------------
    k, p = openai_proj(), upw()
    env = ("OPENAI_API_KEY=%s\nDATABASE_URL=postgresql://app_rw:%s@pg-prod-1.internal:5432/orders\n"
           "REDIS_URL=redis://cache:6379/0\nLOG_LEVEL=debug\nPORT=8080") % (k, p)
    opts = {"method": "post", "url": "/chat/completions", "files": None, "json_data": {
        "messages": [
            {"role": "system", "content": "You are a senior DevOps assistant. Answer concisely and show fixed config files in full."},
            {"role": "user", "content": "my container can't reach postgres, keeps saying 'connection refused'. here's my .env:\n\n"
             + env + "\n\ncompose uses network_mode: bridge. what's wrong?"}],
        "model": "gpt-4o-mini", "temperature": 0.2}}
    text = ("2024-05-02 10:14:07,912 DEBUG openai._base_client: Request options: %r\n"
            "2024-05-02 10:14:09,377 DEBUG httpx: HTTP Request: POST https://api.openai.com/v1/chat/completions \"HTTP/1.1 200 OK\"") % opts
    add(G, "openai_messages", text, [k, p])

    sk = stripe("sk_live_")
    conv = {"title": "Stripe AuthenticationError in prod", "create_time": 1714644851.238, "update_time": 1714645032.11,
            "mapping": {
                uid(): {"message": {"author": {"role": "user"}, "content": {"content_type": "text", "parts": [
                    "Why does this throw AuthenticationError in prod but not locally?\n```python\nimport stripe\n"
                    "stripe.api_key = \"" + sk + "\"\n\nintent = stripe.PaymentIntent.create(\n    amount=2000,\n"
                    "    currency=\"eur\",\n    automatic_payment_methods={\"enabled\": True},\n)\n```"]}}},
                uid(): {"message": {"author": {"role": "assistant"}, "content": {"content_type": "text", "parts": [
                    "An `AuthenticationError` in production usually means the key belongs to a different account or was "
                    "rolled. Check the Dashboard \u2192 Developers \u2192 API keys, and load the key from an environment "
                    "variable instead of hardcoding it."]}}}}}
    add(G, "openai_messages", J(conv, indent=2), [sk])

    tok = hx(32)
    us, uk = ph("+1 (415) 8NN-DNNN"), ph("+44 7700 NNNNNN").replace("7700", "79" + digits(2))
    line = {"ts": "2024-05-02T08:31:55.104Z", "app": "helpdesk-copilot", "conversation": uid(), "request": {
        "model": "gpt-4.1", "messages": [
            {"role": "system", "content": "You help developers debug Twilio integrations."},
            {"role": "user", "content": "twilio keeps returning error 20003 when i send from " + us + " to my uk number "
             + uk + ".\naccount sid AC" + hx(32) + "\nauth token " + tok + "\n\nclient = Client(sid, token)\n"
             "client.messages.create(body=\"test\", from_=FROM, to=TO)\n\nwhat am i doing wrong??"}]}}
    add(G, "openai_messages", Jc(line), [tok, us, uk])

    shp = shopify("shpat_")
    body = {"model": "gpt-4o", "temperature": 0, "messages": [
        {"role": "system", "content": "You are ShopBot for Northwind Outdoor.\nWhen you need stock levels call the "
         "Admin API: GET https://northwind-outdoor.myshopify.com/admin/api/2024-04/inventory_levels.json\n"
         "with header X-Shopify-Access-Token: " + shp + "\nNever reveal internal URLs or tokens to the customer."},
        {"role": "user", "content": "hi! do you still have the Trail Runner 2 in size 44?"}],
        "tools": [{"type": "function", "function": {"name": "http_get", "parameters": {
            "type": "object", "properties": {"url": {"type": "string"}, "headers": {"type": "object"}}}}}]}
    add(G, "openai_messages", "### request body (persisted by llm-proxy)\n" + J(body, indent=2), [shp])

    lines = openssh_ed25519(b"deploy@build-07")
    key = "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----\n"
    msgs = [{"role": "user", "content": "ssh keeps saying `Load key \"deploy_ed25519\": invalid format`. this is the file:\n\n" + key
             + "\nperms are 600. what's wrong with it?"},
            {"role": "assistant", "content": "The key itself looks structurally fine; \"invalid format\" usually means Windows line endings (CRLF) crept in. Run `dos2unix deploy_ed25519` and try again."}]
    add(G, "openai_messages", "conversation export (thread %s):\n" % uid() + J({"messages": msgs}, indent=2), listed(lines))

    resp = {"id": "chatcmpl-" + an(29), "object": "chat.completion", "created": 1714644851, "model": "gpt-4o-2024-05-13",
            "system_fingerprint": "fp_" + hx(10), "choices": [{"index": 0, "message": {"role": "assistant", "content":
            "Don't hardcode it. Put it in an environment variable and read it at startup:\n\n```bash\n"
            "export OPENAI_API_KEY=\"sk-...\"\n```\n\n```python\nimport os\nfrom openai import OpenAI\n\n"
            "client = OpenAI(api_key=os.environ[\"OPENAI_API_KEY\"])\n```\n\nIn your README document it as "
            "`OPENAI_API_KEY=<YOUR_API_KEY>` and add `.env` to `.gitignore`.", "refusal": None},
            "logprobs": None, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 57, "completion_tokens": 98, "total_tokens": 155,
                      "completion_tokens_details": {"reasoning_tokens": 0}}}
    add(G, "openai_messages", J(resp, indent=2), [])

    req = {"model": "gpt-4o-mini", "max_tokens": 512, "temperature": 0.3, "seed": 90909, "messages": [
        {"role": "user", "content": "Write a regex that checks a password has at least 12 characters, one digit and one "
         "symbol. Our config key is `password_min_length` and the reset link lifetime is `password_reset_token_expiry`."},
        {"role": "assistant", "content": "```regex\n^(?=.*\\d)(?=.*[^A-Za-z0-9]).{12,}$\n```\nRead the length from "
         "`password_min_length` instead of hardcoding 12, and keep `password_reset_token_expiry` short (15 minutes)."}],
        "stream": False}
    add(G, "openai_messages", J(req, indent=2), [])

    conv = {"messages": [
        {"role": "user", "content": "the dashboard shows my key as `sk-proj-****Q9fA` and our proxy logs show "
         "`Authorization: Bearer [REDACTED]`. does that mean the key leaked?"},
        {"role": "assistant", "content": "No. Both are masked forms: the dashboard only ever shows the last four "
         "characters, and your proxy replaces the header value with `[REDACTED]`. If you are unsure, revoke the key "
         "and create a new one; the old one stops working immediately."}],
        "metadata": {"thread": uid(), "tokens_used": 211}}
    add(G, "openai_messages", J(conv, indent=1), [])

    # ---- tool_args -----------------------------------------------------------
    sg = sendgrid()
    em = email("María", "Fernández")
    args = json.dumps({"smtp_host": "smtp.sendgrid.net", "smtp_port": 587, "smtp_user": "apikey",
                       "smtp_password": sg, "to": em, "subject": "Your invoice INV-20931",
                       "body": "Hi Mar\u00eda,\nplease find attached invoice INV-20931.\n\nThanks!"})
    resp = {"id": "chatcmpl-" + an(29), "object": "chat.completion", "created": 1714650211, "model": "gpt-4o-2024-08-06",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": None, "tool_calls": [
                {"id": "call_" + an(24), "type": "function", "function": {"name": "send_email", "arguments": args}}]},
                "finish_reason": "tool_calls"}],
            "usage": {"prompt_tokens": 812, "completion_tokens": 96, "total_tokens": 908}}
    add(G, "tool_args", J(resp, indent=2), [sg, em])

    p = upw()
    args = json.dumps({"dsn": "mysql://reporting:%s@mysql-replica-2.prod.svc:3306/shop" % p,
                       "query": "SELECT sku, SUM(qty) AS sold FROM order_items WHERE created_at >= NOW() - INTERVAL 7 DAY GROUP BY sku ORDER BY sold DESC LIMIT 20"})
    lines = [Jc({"t": "2024-05-02T09:12:44.081Z", "event": "llm.response", "run": "r_" + hx(12), "finish_reason": "tool_calls"}),
             Jc({"t": "2024-05-02T09:12:44.083Z", "event": "tool.invoke", "tool": "run_sql", "call_id": "call_" + an(24),
                 "arguments": args}),
             Jc({"t": "2024-05-02T09:12:45.640Z", "event": "tool.result", "tool": "run_sql", "rows": 20, "ms": 1557})]
    add(G, "tool_args", "\n".join(lines), [p])

    g = gh("ghp_")
    args = json.dumps({"method": "GET", "url": "https://api.github.com/repos/northwind/infra/actions/runs?status=failure",
                       "headers": {"Accept": "application/vnd.github+json", "Authorization": "Bearer " + g,
                                   "X-GitHub-Api-Version": "2022-11-28"}})
    resp = {"id": "chatcmpl-" + an(29), "choices": [{"index": 0, "message": {"role": "assistant", "content": None,
            "tool_calls": [{"id": "call_" + an(24), "type": "function", "function": {"name": "http_request", "arguments": args}}]},
            "finish_reason": "tool_calls"}]}
    row = {"run_id": uid(), "step": 3, "created_at": "2024-05-02 09:40:12.55+00", "raw_response": json.dumps(resp)}
    add(G, "tool_args", "-- exported from agent_runs table\n" + Jc(row), [g])

    em2 = email("Olusegun", "Adeyemi", "northwind-outdoor.com", 0)
    pw2 = "Kiwi Sunrise %d m\u00e9t\u00e9o!" % R.randint(10, 99)
    gem = {"candidates": [{"content": {"role": "model", "parts": [{"functionCall": {"name": "create_user", "args": {
        "email": em2, "password": pw2, "role": "warehouse_admin", "send_invite": False}}}]},
        "finishReason": "STOP", "index": 0}], "usageMetadata": {"promptTokenCount": 402, "candidatesTokenCount": 31,
        "totalTokenCount": 433}, "modelVersion": "gemini-1.5-pro-002"}
    add(G, "tool_args", "gemini raw response:\n" + J(gem, indent=2), [em2, pw2])

    args = json.dumps({"query": "SELECT count(*) FROM orders WHERE created_at > now() - interval '1 day'", "max_rows": 100})
    resp = {"id": "chatcmpl-" + an(29), "object": "chat.completion", "created": 1714650912, "model": "gpt-4o-mini-2024-07-18",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": None, "tool_calls": [
                {"id": "call_" + an(24), "type": "function", "function": {"name": "run_sql", "arguments": args}}]},
                "finish_reason": "tool_calls"}],
            "usage": {"prompt_tokens": 233, "completion_tokens": 41, "total_tokens": 274}, "system_fingerprint": "fp_" + hx(10)}
    add(G, "tool_args", J(resp, indent=2), [])

    args = json.dumps({"provider": "openai", "api_key": "${OPENAI_API_KEY}", "token_count": 812, "max_tokens": 1024,
                       "password_field": "password", "secret_ref": "vault:kv/data/llm#api_key"})
    lines = [Jc({"event": "tool.invoke", "tool": "configure_provider", "call_id": "call_" + an(24), "arguments": args}),
             Jc({"event": "tool.result", "tool": "configure_provider", "ok": True, "trace_id": hx(32)})]
    add(G, "tool_args", "\n".join(lines), [])

    # ---- langsmith -------------------------------------------------------------
    ls, pc = langsmith(), pinecone()
    run = {"id": uid(), "name": "RetrievalQA", "run_type": "chain", "start_time": "2024-05-02T10:21:03.118204",
           "end_time": "2024-05-02T10:21:05.902311", "trace_id": uid(), "dotted_order": "20240502T102103118204Z" + uid(),
           "inputs": {"query": "How do I reset the warehouse scanner?"},
           "outputs": {"result": "Hold the trigger and the power button for 10 seconds, then re-pair it in Settings \u2192 Devices."},
           "extra": {"runtime": {"sdk": "langsmith-py", "sdk_version": "0.1.57", "library": "langchain-core",
                                 "platform": "Linux-5.15.0-1057-aws-x86_64-with-glibc2.35", "py_implementation": "CPython",
                                 "runtime_version": "3.11.9"},
                     "metadata": {"ls_provider": "openai", "ls_model_name": "gpt-4o",
                                  "env": {"LANGCHAIN_TRACING_V2": "true", "LANGCHAIN_PROJECT": "support-kb-prod",
                                          "LANGCHAIN_API_KEY": ls, "PINECONE_API_KEY": pc, "PINECONE_INDEX": "support-kb"}}},
           "tags": ["prod", "rag"], "error": None}
    add(G, "langsmith", J(run, indent=2), [ls, pc])

    p = upw()
    text = T(r"""
        > Entering new AgentExecutor chain...
         I should look up the customer's last order in the warehouse.
        Action: sql_db_query
        Action Input: {"connection": "postgresql+psycopg2://analytics:⟪P⟫@warehouse.internal:5432/dw", "query": "SELECT order_id, created_at, total FROM orders WHERE customer_id = 88213 ORDER BY created_at DESC LIMIT 1"}
        Observation: [(1042, datetime.date(2024, 3, 2), Decimal('89.90'))]
        Thought: I now know the final answer
        Final Answer: The last order was #1042 on 2024-03-02, total 89.90 EUR.

        > Finished chain.
        """, P=p)
    add(G, "langsmith", text, [p])

    co = an(40)
    run = {"id": uid(), "name": "ChatCohere", "run_type": "llm", "serialized": {"lc": 1, "type": "not_implemented",
           "id": ["langchain_cohere", "chat_models", "ChatCohere"],
           "repr": "ChatCohere(client=<cohere.client.Client object at 0x7f3a2c1e5d90>, async_client=<cohere.client.AsyncClient "
                   "object at 0x7f3a2c1e6b50>, model='command-r-plus', cohere_api_key='" + co + "', temperature=0.3)"},
           "inputs": {"messages": [[{"type": "human", "content": "Summarise ticket 8812"}]]}, "status": "success"}
    add(G, "langsmith", J(run, indent=2), [co])

    run = {"id": uid(), "name": "ChatOpenAI", "run_type": "llm", "serialized": {"lc": 1, "type": "constructor",
           "id": ["langchain", "chat_models", "openai", "ChatOpenAI"], "kwargs": {
               "model_name": "gpt-4o", "temperature": 0.0, "openai_api_key": {"lc": 1, "type": "secret", "id": ["OPENAI_API_KEY"]},
               "max_tokens": 1024, "streaming": True}},
           "extra": {"invocation_params": {"model": "gpt-4o", "stream": True, "n": 1, "temperature": 0.0, "_type": "openai-chat"},
                     "repr": "ChatGroq(model_name='llama-3.1-70b-versatile', groq_api_key=SecretStr('**********'))"},
           "outputs": {"llm_output": {"token_usage": {"prompt_tokens": 341, "completion_tokens": 55, "total_tokens": 396}}}}
    add(G, "langsmith", J(run, indent=2), [])

    tid = uid()
    runs = []
    for name, rt in (("AgentExecutor", "chain"), ("ChatAnthropic", "llm"), ("search_docs", "tool")):
        rid = uid()
        runs.append({"id": rid, "trace_id": tid, "name": name, "run_type": rt,
                     "dotted_order": "20240502T1121%02d%06dZ%s" % (R.randint(0, 59), R.randint(0, 999999), rid),
                     "parent_run_id": None if rt == "chain" else tid, "total_tokens": R.randint(100, 3000),
                     "prompt_tokens": R.randint(50, 2000), "latency_ms": R.randint(40, 9000),
                     "feedback_stats": {"correctness": {"n": 1, "avg": 1.0}}, "app_path": "/o/" + uid() + "/projects/p/" + uid()})
    add(G, "langsmith", "\n".join(Jc(r) for r in runs), [])

    # ---- sse -----------------------------------------------------------------
    ak = anthropic()
    pieces = split_pieces(ak, 3)
    chunks = tokens("Here's the fixed file, the only change is the variable name:\n\n```env\n") + [
        "ANTHROPIC", "_API", "_KEY", "="] + pieces + tokens("\nANTHROPIC_MODEL=claude-3-5-sonnet-latest\n```\n\nRestart the worker after saving.")
    add(G, "sse", sse_openai(chunks), pieces)

    xb = slack_bot()
    pieces = split_pieces(xb, 2)
    chunks = tokens("Sure! In `config/slack.yml` set:\n\n    bot_token: ") + pieces + tokens("\n    channel: \"#deploys\"\n\nThen run `bin/notify test`.")
    add(G, "sse", sse_anthropic(chunks), pieces)

    p = pw(16)
    pieces = split_pieces(p, 2)
    cid = "chatcmpl-" + an(29)
    argchunks = ["{\"", "host", "\":\"", "db", "-prod", ".internal", "\",\"", "user", "\":\"", "billing", "\",\"",
                 "password", "\":\""] + pieces + ["\"}"]
    evs = [{"id": cid, "object": "chat.completion.chunk", "created": 1714655001, "model": "gpt-4o-mini",
            "choices": [{"index": 0, "delta": {"role": "assistant", "content": None, "tool_calls": [{"index": 0,
                         "id": "call_" + an(24), "type": "function", "function": {"name": "connect_db", "arguments": ""}}]},
                         "finish_reason": None}]}]
    for c in argchunks:
        evs.append({"id": cid, "object": "chat.completion.chunk", "created": 1714655001, "model": "gpt-4o-mini",
                    "choices": [{"index": 0, "delta": {"tool_calls": [{"index": 0, "function": {"arguments": c}}]},
                                 "finish_reason": None}]})
    evs.append({"id": cid, "object": "chat.completion.chunk", "created": 1714655001, "model": "gpt-4o-mini",
                "choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}]})
    text = "\n\n".join("data: " + Jc(e) for e in evs) + "\n\ndata: [DONE]"
    add(G, "sse", text, pieces)

    g = gh("ghp_")
    pieces = split_pieces(g, 3)
    parts = tokens("Your workflow fails because the token in ") + ["`.github", "/workflows", "/release.yml`"] + tokens(
        " is hardcoded: ") + pieces + tokens(". Move it to a repository secret and reference it as `secrets.RELEASE_TOKEN`.")
    text = "\n".join("0:" + json.dumps(c) for c in parts)
    text = 'f:{"messageId":"msg-%s"}\n%s\ne:{"finishReason":"stop","usage":{"promptTokens":611,"completionTokens":48},"isContinued":false}\nd:{"finishReason":"stop","usage":{"promptTokens":611,"completionTokens":48}}' % (an(24), text)
    add(G, "sse", text, pieces)

    add(G, "sse", sse_openai(tokens("The error means the request body is larger than the 2 MB limit. Split the upload "
                                    "into parts of 1 MB and send them with the same upload id.")), [])
    add(G, "sse", sse_anthropic(tokens("Tokens are counted per request: input_tokens covers the prompt and "
                                       "output_tokens the reply. Raise max_tokens to 4096 if answers get cut off."),
                                stop="max_tokens"), [])

    # ---- anthropic -------------------------------------------------------------
    akid, sec, sess = aws_akid("ASIA"), aws_secret(), aws_session()
    tr = "{\n  \"Version\": 1,\n  \"AccessKeyId\": \"%s\",\n  \"SecretAccessKey\": \"%s\",\n  \"SessionToken\": \"%s\",\n  \"Expiration\": \"2024-05-02T22:14:07+00:00\"\n}" % (akid, sec, sess)
    tuid = "toolu_01" + an(22)
    req = {"model": "claude-3-5-sonnet-20241022", "max_tokens": 2048, "tools": [{"name": "bash", "description": "Run a shell command",
           "input_schema": {"type": "object", "properties": {"command": {"type": "string"}}, "required": ["command"]}}],
           "messages": [
               {"role": "user", "content": [{"type": "text", "text": "why can't terraform see my sso session?"}]},
               {"role": "assistant", "content": [{"type": "text", "text": "Let me check what credentials the CLI resolves."},
                {"type": "tool_use", "id": tuid, "name": "bash",
                 "input": {"command": "aws configure export-credentials --profile prod"}}]},
               {"role": "user", "content": [{"type": "tool_result", "tool_use_id": tuid, "content": tr}]}]}
    add(G, "anthropic", J(req, indent=2), [akid, sec, sess])

    p = pw(15, "!#%*+-=?^_~")
    resp = {"id": "msg_01" + an(22), "type": "message", "role": "assistant", "model": "claude-3-5-sonnet-20241022",
            "content": [{"type": "text", "text": "I'll list the tables in the production database."},
                        {"type": "tool_use", "id": "toolu_01" + an(22), "name": "bash", "input": {
                            "command": "PGPASSWORD='%s' psql -h db.prod.internal -U postgres -d ledger -c '\\dt'" % p}}],
            "stop_reason": "tool_use", "stop_sequence": None, "usage": {"input_tokens": 1022, "output_tokens": 87}}
    add(G, "anthropic", J(resp, indent=2), [p])

    mg = mailgun(new=True)
    doc = ("# mailer.ini (prod)\n[mailgun]\ndomain = mg.northwind-outdoor.com\napi_key = %s\nregion = eu\n\n"
           "[defaults]\nfrom = Northwind Orders <orders@mg.northwind-outdoor.com>\n") % mg
    req = {"model": "claude-3-haiku-20240307", "max_tokens": 1024, "system": "You review config files for mistakes.",
           "messages": [{"role": "user", "content": [
               {"type": "document", "source": {"type": "text", "media_type": "text/plain", "data": doc},
                "title": "mailer.ini", "cache_control": {"type": "ephemeral"}},
               {"type": "text", "text": "emails from the EU region bounce, is the config right?"}]}]}
    add(G, "anthropic", J(req, indent=2), [mg])

    payload = b64(json.dumps({"status": "ok", "items": 3, "next_cursor": None}).encode())
    resp = {"id": "msg_01" + an(22), "type": "message", "role": "assistant", "model": "claude-3-5-haiku-20241022",
            "content": [{"type": "text", "text": "The tool returned a base64 payload; decoded it says the status is ok with three items and no further pages."}],
            "stop_reason": "end_turn", "stop_sequence": None,
            "usage": {"input_tokens": 2311, "cache_creation_input_tokens": 0, "cache_read_input_tokens": 1980, "output_tokens": 41}}
    prev = {"type": "tool_result", "tool_use_id": "toolu_01" + an(22), "content": [{"type": "text", "text": payload}]}
    add(G, "anthropic", "previous turn:\n" + J(prev, indent=2) + "\n\nresponse:\n" + J(resp, indent=2), [])

    # ---- embeddings --------------------------------------------------------------
    k = openai_legacy()
    opts = {"method": "post", "url": "/embeddings", "headers": {"Authorization": "Bearer " + k, "OpenAI-Organization": "org-" + an(24)},
            "json_data": {"input": ["Return policy: items can be returned within 30 days.", "Shipping to Norway takes 3-5 days."],
                          "model": "text-embedding-3-large", "encoding_format": "base64"}}
    text = ("DEBUG:openai._base_client:Request options: %r\nDEBUG:httpx:HTTP Request: POST https://api.openai.com/v1/embeddings "
            "\"HTTP/1.1 200 OK\"\nDEBUG:openai._base_client:HTTP Response: POST https://api.openai.com/v1/embeddings \"200 OK\"") % opts
    add(G, "embeddings", text, [k])

    p1, p2, vk = hpw(), pw(14), "pa-" + b64u(43)
    chunks = ["## Staging access\n\nBastion: `ssh deploy@staging-bastion.northwind.internal` (password: %s)" % p1,
              "## Grafana\n\nURL: https://grafana.staging.northwind.internal\nadmin / %s\nChange it after first login!" % p2,
              "## On-call\n\nPager rotation lives in the ops calendar."]
    text = ("ingest_wiki.py: embedding 3 chunks from page 'Ops/Staging' (space OPS)\n"
            "POST https://api.voyageai.com/v1/embeddings\nAuthorization: Bearer %s\n\n%s") % (
        vk, J({"input": chunks, "model": "voyage-3", "input_type": "document"}, indent=2))
    add(G, "embeddings", text, [p1, p2, vk])

    ak = hx(32)
    text = T("""
        [2024-05-02 11:02:17] azure.core.pipeline.policies.http_logging_policy INFO Request URL: 'https://nw-openai-swc.openai.azure.com/openai/deployments/emb-3-small/embeddings?api-version=2024-02-01'
        Request method: 'POST'
        Request headers:
            'Content-Type': 'application/json'
            'api-key': '⟪K⟫'
            'x-ms-client-request-id': '⟪RID⟫'
            'User-Agent': 'azsdk-python-openai/1.0.0b1 Python/3.11.9 (Linux-6.5.0-1018-azure-x86_64-with-glibc2.35)'
        A body is sent with the request
        """, K=ak, RID=uid())
    add(G, "embeddings", text, [ak])

    vec = lambda: [round(R.uniform(-0.08, 0.08), 8) for _ in range(12)]
    resp = {"object": "list", "data": [{"object": "embedding", "index": i, "embedding": vec()} for i in range(2)],
            "model": "text-embedding-3-small", "usage": {"prompt_tokens": 18, "total_tokens": 18}}
    add(G, "embeddings", "# truncated to 12 dims for the bug report\n" + J(resp, indent=1), [])

    # ---- prompt_template ---------------------------------------------------------
    em, phn = email("Priya", "Raghunathan"), ph("+91 98NNN NNNNN")
    ib, cd = iban("DE"), card("visa")
    cds = group(cd, [4, 4, 4, 4])
    text = T("""
        [prompt-render] template=billing_dispute_v3 vars=6 chars=903
        ----- rendered -----
        You are a billing assistant for Contoso Bank. Be polite and concise.

        Customer name: Priya Raghunathan
        Customer email: ⟪EM⟫
        Phone on file: ⟪PH⟫
        Refund account (IBAN): ⟪IB⟫
        Disputed card: ⟪CD⟫
        Dispute: charge of 249.00 EUR on 2024-04-28 at "NORDIC SKI RENT" not recognised.

        Draft a reply confirming we opened dispute case D-55120 and will refund to the IBAN above within 10 business days.
        ----- end -----
        """, EM=em, PH=phn, IB=spaced4(ib), CD=cds)
    add(G, "prompt_template", text, [em, phn, spaced4(ib), cds])

    p = upw()
    uri = "mongodb+srv://rag_reader:%s@cluster0.x7kq2.mongodb.net/kb?retryWrites=true&w=majority" % p
    tpl = "Use the MongoDB at {db_url} (collection {collection}) to answer: {question}"
    vars_ = {"db_url": uri, "collection": "articles", "question": "which articles mention the 2024 price change?"}
    text = "PromptTemplate(input_variables=['collection', 'db_url', 'question'], template=%r)\nformat kwargs: %r\n=> %r" % (
        tpl, vars_, tpl.format(**vars_))
    add(G, "prompt_template", text, [p])

    h = hf()
    text = T("""
        {# tools/hf_inference.j2 #}
        rendered system prompt (agent=research-bot, template_version=7):

        You can call the Hugging Face Inference API.
        Endpoint: https://api-inference.huggingface.co/models/{model_id}
        Send the header `Authorization: Bearer ⟪H⟫` with every request.
        Prefer small models; never print the token in your answer.
        """, H=h)
    add(G, "prompt_template", text, [h])

    text = T("""
        # prompts/support_reply.jinja
        You are a support agent for {{ company_name }}.
        The customer wrote from {{ customer_email }} about order {{ order_id }}.

        If you need to look something up, call the orders API with the key in `{{ api_key }}`
        (configured via the ORDERS_API_KEY environment variable, e.g. ORDERS_API_KEY=<API_KEY>).
        Do not ask the customer for their password; if they send one, reply with the text
        "For your security we have removed the password from this conversation: ***".
        """)
    add(G, "prompt_template", text, [])


# ==========================================================================
# group: logs — structured / unstructured logs
# ==========================================================================

def logs_cases():
    G = "logs"

    # ---- json_log ----------------------------------------------------------------
    sg = sendgrid()
    req = json.dumps({"method": "POST", "url": "https://api.sendgrid.com/v3/mail/send",
                      "headers": {"Authorization": "Bearer " + sg, "Content-Type": "application/json"}, "body_bytes": 1834})
    lines = [Jc({"level": "info", "ts": 1714644851.1234, "caller": "mailer/worker.go:61", "msg": "dequeued job",
                 "job_id": uid(), "queue": "transactional"}),
             Jc({"level": "error", "ts": 1714644851.9981, "caller": "mailer/client.go:88", "msg": "upstream call failed",
                 "status": 401, "request": req,
                 "error": "401 Unauthorized: The provided authorization grant is invalid, expired, or revoked"}),
             Jc({"level": "warn", "ts": 1714644852.0002, "caller": "mailer/worker.go:97", "msg": "retry scheduled",
                 "attempt": 2, "backoff": "4s"})]
    add(G, "json_log", "\n".join(lines), [sg])

    p = pw(14)
    basic = b64(("ops-admin:" + p).encode())
    ip = ipv4()
    obj = {"level": 30, "time": 1714644851123, "pid": 4127, "hostname": "api-6d9f7c-xk2lp",
           "req": {"id": 412, "method": "POST", "url": "/admin/reindex", "query": {}, "params": {},
                   "headers": {"host": "api.northwind-outdoor.com", "authorization": "Basic " + basic,
                               "user-agent": "curl/8.5.0", "accept": "*/*", "content-length": "0"},
                   "remoteAddress": ip, "remotePort": 53122},
           "res": {"statusCode": 202, "headers": {"x-request-id": uid()}}, "responseTime": 18, "msg": "request completed"}
    add(G, "json_log", Jc(obj), [basic, ip])

    em = email("Mehmet", "Yılmaz")
    p = pw(13)
    ip = ipv4()
    event = {"resource": "/v1/login", "path": "/v1/login", "httpMethod": "POST",
             "headers": {"content-type": "application/json", "User-Agent": "NorthwindApp/5.2.1 (iPhone; iOS 17.4.1)"},
             "requestContext": {"accountId": "123456789012", "stage": "prod", "requestId": uid(),
                                "identity": {"sourceIp": ip, "userAgent": "NorthwindApp/5.2.1 (iPhone; iOS 17.4.1)"}},
             "body": json.dumps({"email": em, "password": p, "remember_me": True}), "isBase64Encoded": False}
    text = "START RequestId: %s Version: $LATEST\n%s\t%s\tINFO\tincoming event: %s\nEND RequestId: %s" % (
        uid(), "2024-05-02T10:14:11.201Z", uid(), Jc(event), uid())
    add(G, "json_log", text, [em, p, ip])

    dk, da = hx(32), hx(40)
    inner = json.dumps({"msg": "effective config", "config": {"api_key": dk, "app_key": da, "site": "datadoghq.eu",
                                                              "logs_enabled": True, "apm_config": {"enabled": True}}})
    obj = {"@timestamp": "2024-05-02T07:00:03.517Z", "log.level": "debug", "service.name": "dd-bootstrap",
           "message": inner, "ecs.version": "1.6.0", "host": {"name": "worker-eu-3"}}
    add(G, "json_log", J(obj, indent=2), [dk, da])

    lines = [Jc({"time": "2024-05-02T10:14:11.201Z", "level": "INFO", "msg": "request served", "trace_id": hx(32),
                 "span_id": hx(16), "request_id": uid(), "route": "/v1/chat", "token_count": 1843, "max_tokens": 4096,
                 "latency_ms": 912}),
             Jc({"time": "2024-05-02T10:14:12.004Z", "level": "INFO", "msg": "settings loaded",
                 "password_reset_token_expiry": "15m", "session_ttl": "12h", "auth": "***", "api_key": "<redacted>",
                 "build": hx(40)})]
    add(G, "json_log", "\n".join(lines), [])

    inner = json.dumps({"event": "artifact.uploaded", "bucket": "ci-artifacts", "key": "builds/%s/app.tar" % hx(12),
                        "etag": "\"%s\"" % hx(32), "sha256": hx(64), "size": 48211934})
    obj = {"ts": "2024-05-02T12:00:00.000Z", "severity": "INFO", "logger": "uploader", "message": inner,
           "labels": {"pod": "uploader-7c9f6d8b5-q2w8r", "node": "gke-prod-pool-2-%s" % hx(8)}}
    add(G, "json_log", J(obj, indent=2), [])

    # ---- logfmt ----------------------------------------------------------------------
    url, sec = slack_webhook()
    text = T("""
        time=2024-05-02T10:11:12Z level=info msg="deploy finished" app=checkout version=4.12.0 duration=84s
        time=2024-05-02T10:11:13Z level=warn msg="retrying webhook" url=⟪U⟫ attempt=2 status=503
        time=2024-05-02T10:11:17Z level=info msg="webhook delivered" attempt=3 status=200
        """, U=url)
    add(G, "logfmt", text, [sec])

    v = vault()
    text = 'ts=2024-05-02T03:00:00.117Z level=debug component=vault-agent msg="token renewed" token=%s accessor=%s ttl=768h renewable=true\nts=2024-05-02T03:00:00.119Z level=info component=vault-agent msg="sink written" path=/vault/secrets/token' % (v, b64u(24))
    add(G, "logfmt", text, [v])

    sq, ip = square(), ipv4()
    text = ('2024-05-02T10:22:31.114212+00:00 heroku[router]: at=info method=GET path="/v2/payments/export?access_token=%s&format=csv" '
            'host=pos-sync.herokuapp.com request_id=%s fwd="%s" dyno=web.1 connect=0ms service=312ms status=200 bytes=48812 protocol=https') % (
        sq, uid(), ip)
    add(G, "logfmt", text, [sq, ip])

    text = T("""
        at=info method=POST path="/api/v1/jobs" host=jobs.internal request_id=⟪A⟫ dyno=web.2 connect=1ms service=41ms status=201 bytes=312
        at=info msg="cache hit" key=sha256:⟪H⟫ etag=W/"⟪E⟫" ttl=3600
        at=info msg="worker idle" queue=default jobs_total=1842 token_count=0 max_tokens=2048 password_min_length=12
        """, A=uid(), H=hx(64), E=hx(27))
    add(G, "logfmt", text, [])

    # ---- syslog ----------------------------------------------------------------------
    p1, p2 = pw(14, "!#%*+=?^_"), upw(16)
    text = T("""
        May  2 10:11:12 web-03 sudo:   deploy : TTY=pts/0 ; PWD=/home/deploy ; USER=root ; COMMAND=/usr/bin/mysql -u root -p⟪P1⟫ -e SHOW PROCESSLIST
        May  2 10:11:12 web-03 sudo: pam_unix(sudo:session): session opened for user root(uid=0) by deploy(uid=1001)
        May  2 10:15:01 web-03 CRON[22871]: (backup) CMD (/usr/bin/curl -fsS -u backup:⟪P2⟫ -T /var/backups/db.sql.gz https://nas.corp.local/webdav/db/)
        """, P1=p1, P2=p2)
    add(G, "syslog", text, [p1, p2])

    p = upw()
    ip = ipv4()
    text = T("""
        <134>1 2024-05-02T10:11:12.003Z api-7 orders 4412 - [meta sequenceId="12"] connecting to amqp://orders:⟪P⟫@rabbitmq-1.prod:5672/%2Fprod
        <134>1 2024-05-02T10:11:12.187Z api-7 orders 4412 - [meta sequenceId="13"] channel opened, prefetch=50
        <38>1 2024-05-02T10:11:40.552Z bastion-1 sshd 9120 - - Failed password for invalid user admin from ⟪IP⟫ port 52144 ssh2
        """, P=p, IP=ip)
    add(G, "syslog", text, [p, ip])

    text = T("""
        May  2 00:00:01 build-07 systemd[1]: Starting Daily apt download activities...
        May  2 00:00:03 build-07 systemd[1]: apt-daily.service: Deactivated successfully.
        May  2 00:00:03 build-07 systemd[1]: Started Session 4211 of User root.
        May  2 00:04:17 build-07 kernel: [812344.120113] EXT4-fs (nvme0n1p1): mounted filesystem ⟪U⟫ r/w with ordered data mode. Quota mode: none.
        May  2 00:04:17 build-07 dockerd[1022]: time="2024-05-02T00:04:17.884Z" level=info msg="ignoring event" container=⟪C⟫ module=libcontainerd namespace=moby topic=/tasks/delete
        May  2 00:05:00 build-07 CRON[30112]: (root) CMD (test -x /usr/sbin/anacron || run-parts --report /etc/cron.daily)
        """, U=uid(), C=hx(64))
    add(G, "syslog", text, [])

    # ---- access_log --------------------------------------------------------------------
    ip, gk = ipv4(), google_key()
    text = T("""
        ⟪IP⟫ - - [02/May/2024:10:11:12 +0000] "GET /v1/geocode/json?address=Karl-Johans%20gate%2022%2C%20Oslo&key=⟪K⟫ HTTP/1.1" 200 1893 "-" "okhttp/4.12.0"
        ⟪IP⟫ - - [02/May/2024:10:11:13 +0000] "GET /static/app.3f9a1c.js HTTP/1.1" 304 0 "https://shop.northwind-outdoor.com/" "Mozilla/5.0 (Linux; Android 14)"
        """, IP=ip, K=gk)
    add(G, "access_log", text, [ip, gk])

    ip1, ip2 = ipv4(), ipv4()
    p = pw(12, "!#%*+-=?^_")
    basic = b64(("admin:" + p).encode())
    j = jwt({"sub": "svc-deployer", "aud": "deploy-api", "iat": 1714644000, "exp": 1714647600, "scope": "deploy:write"})
    text = T("""
        # LogFormat "%h %l %u %t \\"%r\\" %>s %b \\"%{Referer}i\\" \\"%{User-Agent}i\\" \\"%{Authorization}i\\"" authlog
        ⟪IP1⟫ - admin [02/May/2024:10:11:12 +0200] "POST /api/deploy HTTP/1.1" 201 87 "-" "curl/8.4.0" "Basic ⟪B⟫"
        ⟪IP2⟫ - - [02/May/2024:10:12:40 +0200] "GET /api/status HTTP/1.1" 200 412 "-" "python-requests/2.31.0" "Bearer ⟪J⟫"
        """, IP1=ip1, IP2=ip2, B=basic, J=j)
    add(G, "access_log", text, [ip1, ip2, basic, j])

    tok = b64u(43)
    em = email("Ana", "Souza", "gmail.com", 0)
    eme = em.replace("@", "%40")
    ip = ipv6()
    text = '[2024-05-02T10:11:12.345Z] "GET /account/reset-password?token=%s&email=%s HTTP/2" 302 - via_upstream - "-" 0 0 14 13 "%s" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4)" "%s" "auth.northwind-outdoor.com" "10.4.2.17:8080"' % (
        tok, eme, ip, uid())
    add(G, "access_log", text, [tok, eme, ip])

    akid, ip = aws_akid(), ipv4()
    sig = hx(64)
    text = ('2024-05-02\t10:11:12\tFRA56-P3\t48211\t%s\tGET\td3k2x8q9example.cloudfront.net\t/exports/2024-04.csv\t200\t-\t'
            'python-requests/2.31.0\tX-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s%%2F20240502%%2Feu-central-1%%2Fs3%%2Faws4_request'
            '&X-Amz-Date=20240502T101000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=%s\t-\tMiss\t%s==\thttps\t412') % (
        ip, akid, sig, b64u(54))
    add(G, "access_log", "#Version: 1.0\n#Fields: date time x-edge-location sc-bytes c-ip cs-method cs(Host) cs-uri-stem sc-status cs(Referer) cs(User-Agent) cs-uri-query cs(Cookie) x-edge-result-type x-edge-request-id x-host-header cs-bytes\n" + text, [akid, ip])

    cursor = b64url_np(json.dumps({"id": 18233, "ts": 1714644851}).encode())
    text = T("""
        2024/05/02 10:11:12 GET /api/v1/items?limit=50&cursor=⟪C⟫ 200 12.3ms req=⟪R⟫
        2024/05/02 10:11:12 GET /api/v1/items/18233/thumbnail?v=⟪V⟫ 200 3.1ms req=⟪R2⟫
        2024/05/02 10:11:13 POST /api/v1/search?q=tent&sort=price_asc&page=2 200 48.7ms req=⟪R3⟫
        """, C=cursor, R=uid(), V=hx(8), R2=uid(), R3=uid())
    add(G, "access_log", text, [])

    # ---- k8s ------------------------------------------------------------------------
    p, rk = upw(), stripe("rk_live_", long=False)
    text = T("""
        Name:             checkout-api-7f9c8d6b5-x2x9q
        Namespace:        shop
        Priority:         0
        Service Account:  checkout-api
        Node:             ip-10-0-12-4.eu-central-1.compute.internal/10.0.12.4
        Start Time:       Thu, 02 May 2024 10:01:44 +0200
        Labels:           app=checkout-api
                          pod-template-hash=7f9c8d6b5
        Status:           Running
        Containers:
          api:
            Container ID:   containerd://⟪CID⟫
            Image:          registry.northwind.io/shop/checkout-api:4.12.0
            Image ID:       registry.northwind.io/shop/checkout-api@sha256:⟪DIG⟫
            Port:           8080/TCP
            State:          Running
              Started:      Thu, 02 May 2024 10:01:51 +0200
            Ready:          True
            Restart Count:  0
            Environment:
              PORT:               8080
              DATABASE_URL:       postgres://checkout:⟪P⟫@postgres.shop.svc.cluster.local:5432/checkout?sslmode=require
              STRIPE_SECRET_KEY:  ⟪RK⟫
              REDIS_PASSWORD:     <set to the key 'password' in secret 'redis-auth'>  Optional: false
            Mounts:
              /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-8fz2k (ro)
        Events:
          Type    Reason   Age   From     Message
          ----    ------   ----  ----     -------
          Normal  Pulled   12m   kubelet  Container image "registry.northwind.io/shop/checkout-api:4.12.0" already present on machine
          Normal  Started  12m   kubelet  Started container api
        """, CID=hx(64), DIG=hx(64), P=p, RK=rk)
    add(G, "k8s", text, [p, rk])

    dt = do_tok()
    text = T("""
        $ kubectl -n infra describe cronjob dns-sync
        Name:                          dns-sync
        Namespace:                     infra
        Schedule:                      */15 * * * *
        Concurrency Policy:            Forbid
        Pod Template:
          Containers:
           sync:
            Image:      ghcr.io/northwind/dns-sync:1.3.2
            Command:
              /bin/dns-sync
            Args:
              --provider=digitalocean
              --do-token=⟪T⟫
              --zone=northwind-outdoor.com
              --dry-run=false
        Last Schedule Time:  Thu, 02 May 2024 10:00:00 +0200
        Active Jobs:         <none>
        Events:
          Type    Reason            Age   From                Message
          ----    ------            ----  ----                -------
          Normal  SuccessfulCreate  11m   cronjob-controller  Created job dns-sync-28577880
        """, T=dt)
    add(G, "k8s", text, [dt])

    p = pw(18, "!#%*+-=?^_~")
    data_pw = b64(p.encode())
    last = json.dumps({"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "grafana-admin", "namespace": "monitoring"},
                       "stringData": {"admin-user": "admin", "admin-password": p}, "type": "Opaque"}, separators=(",", ":"))
    text = T("""
        apiVersion: v1
        data:
          admin-password: ⟪D⟫
          admin-user: YWRtaW4=
        kind: Secret
        metadata:
          annotations:
            kubectl.kubernetes.io/last-applied-configuration: |
              ⟪L⟫
          creationTimestamp: "2024-04-11T08:12:55Z"
          name: grafana-admin
          namespace: monitoring
          resourceVersion: "88123401"
          uid: ⟪U⟫
        type: Opaque
        """, D=data_pw, L=last, U=uid())
    add(G, "k8s", text, [p, data_pw])

    text = T("""
        Name:         payments-worker-5d8b7c9f4-m7tqz
        Namespace:    shop
        Status:       Running
        Controlled By:  ReplicaSet/payments-worker-5d8b7c9f4
        Containers:
          worker:
            Image:          registry.northwind.io/shop/payments-worker@sha256:⟪DIG⟫
            Environment:
              STRIPE_SECRET_KEY:  <set to the key 'secret-key' in secret 'stripe'>  Optional: false
              DB_PASSWORD:        <set to the key 'password' in secret 'payments-db'>  Optional: false
              QUEUE_URL:          <set to the key 'url' of config map 'payments-queue'>  Optional: false
              MAX_TOKENS:         2048
            Environment Variables from:
              payments-env  ConfigMap  Optional: false
        Events:
          Type     Reason     Age                From     Message
          ----     ------     ----               ----     -------
          Warning  BackOff    3m (x14 over 9m)   kubelet  Back-off restarting failed container worker in pod payments-worker-5d8b7c9f4-m7tqz_shop(⟪U⟫)
        """, DIG=hx(64), U=uid())
    add(G, "k8s", text, [])

    # ---- panic ---------------------------------------------------------------------------
    p, js = upw(), an(48)
    text = T("""
        2024/05/02 10:11:12 config: &{DSN:postgres://svc_api:⟪P⟫@db:5432/app?sslmode=disable Port:8080 JWTSecret:⟪J⟫ Debug:true}
        panic: dial tcp: lookup db on 127.0.0.11:53: no such host

        goroutine 1 [running]:
        main.mustConnect({0xc0000a4000, 0x5f})
        	/src/cmd/api/main.go:47 +0x1c5
        main.main()
        	/src/cmd/api/main.go:22 +0x9a
        exit status 2
        """, P=p, J=js)
    add(G, "panic", text, [p, js])

    p = hpw()
    text = T("""
        2024-05-02 10:11:12.881 DEBUG 1 --- [           main] com.zaxxer.hikari.HikariConfig           : HikariPool-1 - configuration:
        2024-05-02 10:11:12.882 DEBUG 1 --- [           main] com.zaxxer.hikari.HikariConfig           : connectionTimeout...............30000
        2024-05-02 10:11:12.882 DEBUG 1 --- [           main] com.zaxxer.hikari.HikariConfig           : jdbcUrl.........................jdbc:mysql://mysql-primary:3306/shop?user=shop_app&password=⟪P⟫&useSSL=true
        2024-05-02 10:11:12.882 DEBUG 1 --- [           main] com.zaxxer.hikari.HikariConfig           : password........................<masked>
        2024-05-02 10:11:43.101 ERROR 1 --- [           main] com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - Exception during pool initialization.

        com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure
        	at com.mysql.cj.jdbc.exceptions.SQLError.createCommunicationsException(SQLError.java:175)
        	at com.mysql.cj.jdbc.ConnectionImpl.createNewIO(ConnectionImpl.java:825)
        	at com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:359)
        	... 41 common frames omitted
        """, P=p)
    add(G, "panic", text, [p])

    x = xai()
    text = T("""
        thread 'main' panicked at src/main.rs:42:10:
        called `Result::unwrap()` on an `Err` value: Upstream { status: 401, config: Config { api_key: "⟪X⟫", base_url: "https://api.x.ai/v1", model: "grok-2-latest", timeout: 30s } }
        stack backtrace:
           0: rust_begin_unwind
                     at /rustc/129f3b9964af4d4a709d1383930ade12dfe7c081/library/std/src/panicking.rs:652:5
           1: core::result::unwrap_failed
           2: grokcli::main
                     at ./src/main.rs:42:10
        note: Some details are omitted, run with `RUST_BACKTRACE=full` for a verbose backtrace.
        """, X=x)
    add(G, "panic", text, [x])

    p = pw(16, "!#%*+-?^_~")
    text = T("""
        Unhandled exception. System.InvalidOperationException: Unable to open connection using 'Server=tcp:nw-sql-prod.database.windows.net,1433;Initial Catalog=crm;Persist Security Info=False;User ID=crmadmin;Password=⟪P⟫;MultipleActiveResultSets=False;Encrypt=True;Connection Timeout=30;'
         ---> Microsoft.Data.SqlClient.SqlException (0x80131904): Login failed for user 'crmadmin'.
           at Microsoft.Data.SqlClient.SqlInternalConnection.OnError(SqlException exception, Boolean breakConnection)
           at Crm.Data.Db.Open() in /src/Crm.Data/Db.cs:line 31
           at Program.<Main>$(String[] args) in /src/Crm.Api/Program.cs:line 18
        ClientConnectionId:⟪C⟫
        Error Number:18456,State:1,Class:14
        """, P=p, C=uid())
    add(G, "panic", text, [p])

    text = T("""
        fatal error: concurrent map writes

        goroutine 412 [running]:
        github.com/northwind/cache.(*LRU).Set(0xc000152000, {0xc0003a6f40, 0x24}, {0x1b3e9a0, 0xc00041c0f0})
        	/go/pkg/mod/github.com/northwind/cache@v1.4.2/lru.go:88 +0x9d
        net/http.HandlerFunc.ServeHTTP(0xc000118f00?, {0x1d4c1e8?, 0xc0004a81c0?}, 0x47ae05?)
        	/usr/local/go/src/net/http/server.go:2166 +0x29
        created by net/http.(*Server).Serve in goroutine 1
        	/usr/local/go/src/net/http/server.go:3285 +0x4b4
        build id: ⟪B⟫  vcs.revision=⟪R⟫
        """, B=hx(40), R=hx(40))
    add(G, "panic", text, [])

    # ---- ci_log ------------------------------------------------------------------------------
    p = pw(16, "!%*+-=?^_~")
    dp = dockerhub()
    clock = [0]

    def L(s, _t=None):
        clock[0] += R.randint(200000, 3000000)
        sec, frac = divmod(clock[0], 10 ** 7)
        return "2024-05-02T10:11:%02d.%07dZ %s" % (12 + sec, frac, s)
    text = "\n".join([
        L("##[group]Run ./scripts/publish.sh", 12),
        L("./scripts/publish.sh", 12),
        L("shell: /usr/bin/bash -e {0}", 12),
        L("##[endgroup]", 12),
        L("+ VERSION=4.12.0", 13),
        L("+ curl -fsSL -u ci-bot:%s --upload-file dist/app-4.12.0.tgz https://nexus.northwind.io/repository/npm-releases/" % p, 13),
        L("  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current", 14),
        L("+ echo 'published 4.12.0'", 15),
        L("published 4.12.0", 15),
        L("+ echo %s" % dp, 16),
        L("+ docker login -u northwindci --password-stdin", 16),
        L("Login Succeeded", 16)])
    add(G, "ci_log", text, [p, dp])

    n, gp = npm(), glpat()
    text = T("""
        Running with gitlab-runner 16.11.0 (91a27b2a)
          on shared-runner-eu-3 xz8Qk2Lm, system ID: s_⟪S⟫
        Preparing the "docker" executor
        $ echo "//registry.npmjs.org/:_authToken=⟪N⟫" > ~/.npmrc
        $ npm publish --access public
        npm notice Publishing to https://registry.npmjs.org/ with tag latest and public access
        + @northwind/ui-kit@2.8.1
        $ git push https://oauth2:⟪G⟫@gitlab.com/northwind/ui-kit.git HEAD:refs/tags/v2.8.1
        To https://gitlab.com/northwind/ui-kit.git
         * [new tag]         HEAD -> v2.8.1
        Job succeeded
        """, S=hx(12), N=n, G=gp)
    add(G, "ci_log", text, [n, gp])

    akid, sec = aws_akid(), aws_secret()
    text = T("""
        [Pipeline] { (Deploy)
        [Pipeline] sh
        + export AWS_ACCESS_KEY_ID=⟪A⟫
        + AWS_ACCESS_KEY_ID=⟪A⟫
        + aws configure set aws_secret_access_key ⟪S⟫ --profile deploy
        + aws s3 sync build/ s3://northwind-static-prod/ --delete --profile deploy
        upload: build/index.html to s3://northwind-static-prod/index.html
        [Pipeline] }
        [Pipeline] // stage
        """, A=akid, S=sec)
    add(G, "ci_log", text, [akid, sec])

    n = npm()
    text = T("""
        #7 [builder 3/7] COPY package.json package-lock.json .npmrc ./
        #7 DONE 0.1s

        #8 [builder 4/7] RUN --mount=type=cache,target=/root/.npm NPM_TOKEN=⟪N⟫ npm ci --no-audit
        #8 2.113 npm warn deprecated inflight@1.0.6: This module is not supported, and leaks memory.
        #8 18.92 added 1184 packages in 18s
        #8 DONE 19.4s
        """, N=n)
    add(G, "ci_log", "$ docker buildx build --build-arg NPM_TOKEN=%s -t app:ci .\n" % n + text, [n])

    text = "\n".join([
        L("##[group]Run echo \"//npm.pkg.github.com/:_authToken=${{ secrets.NPM_TOKEN }}\" >> .npmrc", 20),
        L("echo \"//npm.pkg.github.com/:_authToken=***\" >> .npmrc", 20),
        L("shell: /usr/bin/bash -e {0}", 20),
        L("env:", 20),
        L("  NODE_AUTH_TOKEN: ***", 20),
        L("##[endgroup]", 20),
        L("##[group]Run actions/checkout@%s" % hx(40), 21),
        L("with:", 21),
        L("  token: ***", 21),
        L("  fetch-depth: 1", 21),
        L("##[endgroup]", 21)])
    add(G, "ci_log", text, [])

    text = T("""
        Restoring cache for key: v1-deps-linux-⟪K1⟫
        Cache restored successfully (1.2 GB in 14s) from key: v1-deps-linux-⟪K1⟫
        Pulling image cimg/node:20.12@sha256:⟪D⟫
        Runner: runner-eu-west-1-7fk2q (job 88213401, pipeline ⟪P⟫)
        Checking out ⟪SHA⟫ (refs/heads/main)
        Saving cache for key: v1-build-⟪K2⟫ ... skipped, key already exists
        """, K1=hx(64), D=hx(64), P=uid(), SHA=hx(40), K2=hx(40))
    add(G, "ci_log", text, [])

    # ---- pylog ---------------------------------------------------------------------------
    p = pw(15, "!#$%&*+-=?@^_~")
    text = ("2024-05-02 10:11:12,345 DEBUG app.db: connecting with params %r\n"
            "2024-05-02 10:11:12,502 INFO app.db: connected in 157 ms") % (
        {"host": "warehouse.internal", "port": 5432, "user": "etl", "password": p, "dbname": "warehouse", "sslmode": "require"},)
    add(G, "pylog", text, [p])

    nt = notion()
    text = T("""
        DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): api.notion.com:443
        DEBUG:app.notion:request headers={'Authorization': 'Bearer ⟪N⟫', 'Notion-Version': '2022-06-28', 'Content-Type': 'application/json'}
        DEBUG:urllib3.connectionpool:https://api.notion.com:443 "POST /v1/pages HTTP/1.1" 200 1811
        """, N=nt)
    add(G, "pylog", text, [nt])

    em, phn, sk = email("Jonas", "Becker", "web.de"), ph("+49 151 NNNNNNNN"), stripe("sk_live_")
    text = "[2024-05-02 10:11:12,000: INFO/MainProcess] Task billing.tasks.send_invoice[%s] received\n[2024-05-02 10:11:12,004: DEBUG/MainProcess] TaskPool: Apply <function _trace_task_ret at 0x7f2a9c1d8e50> (args:('billing.tasks.send_invoice', '%s', {'lang': 'py', 'task': 'billing.tasks.send_invoice'}, '[[%r], %r, {}]')" % (
        uid(), uid(), em, {"stripe_key": sk, "phone": phn, "invoice": "INV-20931"})
    add(G, "pylog", text, [em, phn, sk])

    text = ("2024-05-02 10:11:12,345 INFO app.settings: loaded %r\n2024-05-02 10:11:12,346 WARNING app.settings: "
            "token is None, falling back to anonymous mode") % (
        {"password": "********", "token": None, "max_tokens": 4096, "token_count": 0,
         "password_reset_token_expiry": 900, "api_key_env": "ORDERS_API_KEY", "request_id": uid()},)
    add(G, "pylog", text, [])

    # ---- ruby ---------------------------------------------------------------------------
    p1, p2 = upw(), pw(14, "!#%*+-=?^_~")
    text = T("""
        I, [2024-05-02T10:11:12.345678 #4127]  INFO -- : Redis: #<Redis client v5.2.0 for redis://:⟪P1⟫@redis-prod.internal:6379/0>
        D, [2024-05-02T10:11:12.401122 #4127] DEBUG -- : db config: {:adapter=>"postgresql", :host=>"pg-primary.internal", :database=>"storefront_production", :username=>"rails", :password=>"⟪P2⟫", :pool=>10}
        """, P1=p1, P2=p2)
    add(G, "ruby", text, [p1, p2])

    sh = shopify("shpat_")
    text = T("""
        2024-05-02T10:11:12.345Z pid=4127 tid=2kq INFO: start
        2024-05-02T10:11:12.346Z pid=4127 tid=2kq class=ShopifySyncJob jid=⟪J⟫ args=[{api_key: "⟪S⟫", shop: "northwind-outdoor.myshopify.com", since: "2024-05-01"}] ERROR: ShopifyAPI::Errors::HttpResponseError: 401 Unauthorized
        """, J=hx(24), S=sh)
    add(G, "ruby", text, [sh])

    text = T("""
        Started POST "/users/sign_in" at 2024-05-02 10:11:12 +0000
        Processing by Users::SessionsController#create as HTML
          Parameters: {"authenticity_token"=>"[FILTERED]", "user"=>{"login"=>"[FILTERED]", "password"=>"[FILTERED]", "remember_me"=>"0"}, "commit"=>"Log in"}
        Completed 401 Unauthorized in 212ms (ActiveRecord: 3.1ms | Allocations: 8812)
        """)
    add(G, "ruby", text, [])

    # ---- erlang -------------------------------------------------------------------------
    p = pw(16, "!#%*+-=?^_~")
    text = T("""
        10:11:12.345 [error] Postgrex.Protocol (#PID<0.2412.0>) failed to connect: ** (DBConnection.ConnectionError) tcp connect (db:5432): non-existing domain - :nxdomain
        10:11:12.346 [debug] Repo config: [otp_app: :storefront, timeout: 15000, username: "postgres", password: "⟪P⟫", hostname: "db", database: "storefront_prod", pool_size: 10]
        """, P=p)
    add(G, "erlang", text, [p])

    p, mk = upw(), mailchimp()
    text = T("""
        =ERROR REPORT==== 2-May-2024::10:11:12.345412 ===
        ** Generic server <0.1284.0> terminating
        ** Last message in was {'$gen_cast',connect}
        ** When Server state == {state,[{uri,<<"amqps://shovel:⟪P⟫@mq-eu.northwind.io:5671/%2F">>},
                                        {ack_mode,on_confirm},{prefetch_count,500}],
                                       #{<<"mailchimp_api_key">> => <<"⟪M⟫">>,<<"list">> => <<"weekly">>}}
        ** Reason for termination ==
        ** {badmatch,{error,econnrefused}}
        """, P=p, M=mk)
    add(G, "erlang", text, [p, mk])

    text = T("""
        =CRASH REPORT==== 2-May-2024::10:11:12.345412 ===
          crasher:
            initial call: cowboy_stream_h:request_process/3
            pid: <0.8812.0>
            registered_name: []
            exception error: no match of right hand side value {error,timeout}
              in function  api_handler:init/2 (src/api_handler.erl, line 41)
            ancestors: [<0.8811.0>,<0.612.0>,ranch_sup,<0.580.0>]
            message_queue_len: 0
            messages: []
            links: [<0.8811.0>]
            dictionary: [{request_id,<<"⟪R⟫">>},{token_count,0}]
            trap_exit: false
            status: running
            heap_size: 987
          neighbours:
        """, R=hx(32))
    add(G, "erlang", text, [])


# ==========================================================================
# group: code — source files, IaC and config files
# ==========================================================================

def code_cases():
    G = "code"

    # ---- go ----------------------------------------------------------------------
    p, xb = upw(), slack_bot()
    text = T("""
        package store

        import (
        	"database/sql"
        	"log"

        	_ "github.com/microsoft/go-mssqldb"
        	"github.com/slack-go/slack"
        )

        const dsn = "sqlserver://billing_svc:⟪P⟫@mssql-prod.corp.local:1433?database=billing&encrypt=true"

        var notifier = slack.New("⟪X⟫")

        func Open() *sql.DB {
        	db, err := sql.Open("sqlserver", dsn)
        	if err != nil {
        		log.Fatalf("open: %v", err)
        	}
        	return db
        }
        """, P=p, X=xb)
    add(G, "go", text, [p, xb])

    text = T("""
        func loadConfig() (*Config, error) {
        	key := os.Getenv("STRIPE_SECRET_KEY")
        	if key == "" {
        		return nil, errors.New("STRIPE_SECRET_KEY is not set")
        	}
        	return &Config{
        		StripeKey:                key,
        		MaxTokens:                4096,
        		PasswordResetTokenExpiry: 15 * time.Minute,
        		WebhookSecretEnv:         "STRIPE_WEBHOOK_SECRET",
        	}, nil
        }
        """)
    add(G, "go", text, [])

    def gosum_line(mod, ver):
        return "%s %s h1:%s" % (mod, ver, b64(rbytes(32)))
    text = "\n".join([gosum_line("github.com/golang-jwt/jwt/v5", "v5.2.1"),
                      gosum_line("github.com/golang-jwt/jwt/v5", "v5.2.1/go.mod"),
                      gosum_line("github.com/jackc/pgx/v5", "v5.5.5"),
                      gosum_line("github.com/jackc/pgx/v5", "v5.5.5/go.mod"),
                      gosum_line("golang.org/x/crypto", "v0.22.0"),
                      gosum_line("golang.org/x/crypto", "v0.22.0/go.mod")])
    add(G, "go", "# go.sum\n" + text, [])

    # ---- rust -----------------------------------------------------------------------
    lk = linear()
    text = T("""
        use reqwest::Client;
        use serde_json::json;

        const LINEAR_API_KEY: &str = "⟪K⟫";

        pub async fn create_issue(client: &Client, title: &str) -> anyhow::Result<()> {
            let body = json!({
                "query": "mutation($t: String!) { issueCreate(input: { title: $t, teamId: \\"ENG\\" }) { success } }",
                "variables": { "t": title }
            });
            client
                .post("https://api.linear.app/graphql")
                .header("Authorization", LINEAR_API_KEY)
                .json(&body)
                .send()
                .await?
                .error_for_status()?;
            Ok(())
        }
        """, K=lk)
    add(G, "rust", text, [lk])

    text = T("""
        /// Commit the binary was built from (filled in by build.rs from `git rev-parse HEAD`).
        pub const BUILD_COMMIT: &str = "⟪C⟫";

        fn github_token() -> String {
            std::env::var("GITHUB_TOKEN").expect("GITHUB_TOKEN must be set (see README, section 'Tokens')")
        }

        #[derive(Debug, Deserialize)]
        struct Limits { max_tokens: u32, token_count_window_secs: u64, password_min_length: usize }
        """, C=hx(40))
    add(G, "rust", text, [])

    # ---- jvm ----------------------------------------------------------------------
    p = hpw()
    text = T("""
        package com.northwind.erp.db;

        import java.sql.Connection;
        import java.sql.DriverManager;
        import java.sql.SQLException;

        public final class OracleConnector {
            private static final String URL = "jdbc:oracle:thin:@//ora-prod-scan.corp.local:1521/ERPPRD";
            private static final String USER = "ERP_APP";
            private static final String PASSWORD = "⟪P⟫";

            public static Connection open() throws SQLException {
                return DriverManager.getConnection(URL, USER, PASSWORD);
            }
        }
        """, P=p)
    add(G, "java", text, [p])

    sq = square()
    text = T("""
        object SquareClient {
            private const val BASE_URL = "https://connect.squareup.com/v2/"

            val http: OkHttpClient = OkHttpClient.Builder()
                .addInterceptor { chain ->
                    val req = chain.request().newBuilder()
                        .addHeader("Square-Version", "2024-04-17")
                        .addHeader("Authorization", "Bearer ⟪S⟫")
                        .build()
                    chain.proceed(req)
                }
                .build()
        }
        """, S=sq)
    add(G, "kotlin", text, [sq])

    text = T("""
        android {
            defaultConfig {
                buildConfigField("String", "MAPS_API_KEY", "\\"${providers.gradleProperty("MAPS_API_KEY").get()}\\"")
            }
            signingConfigs {
                create("release") {
                    storeFile = file(System.getenv("ANDROID_KEYSTORE_PATH") ?: "release.jks")
                    storePassword = System.getenv("ANDROID_KEYSTORE_PASSWORD")
                    keyAlias = "upload"
                    keyPassword = System.getenv("ANDROID_KEY_PASSWORD")
                }
            }
        }
        """)
    add(G, "kotlin", text, [])

    key = b64(rbytes(64))
    text = T("""
        val spark = SparkSession.builder().appName("orders-etl").getOrCreate()

        spark.conf.set(
          "fs.azure.account.key.nwdatalakeprod.dfs.core.windows.net",
          "⟪K⟫")

        val orders = spark.read.parquet("abfss://raw@nwdatalakeprod.dfs.core.windows.net/orders/2024/05/")
        """, K=key)
    add(G, "scala", text, [key])

    # ---- swift / dart / c# / php / ruby / lua / r ----------------------------------------
    sb = supabase_service()
    text = T("""
        import Supabase

        enum Backend {
            static let client = SupabaseClient(
                supabaseURL: URL(string: "https://qwhxkzrtvbnmlpoiuyta.supabase.co")!,
                supabaseKey: "⟪S⟫"
            )
        }
        """, S=sb)
    add(G, "swift", text, [sb])

    text = T("""
        func loadToken() throws -> String {
            let query: [String: Any] = [
                kSecClass as String: kSecClassGenericPassword,
                kSecAttrService as String: "com.northwind.app.api",
                kSecAttrAccount as String: "access_token",
                kSecReturnData as String: true,
            ]
            var item: CFTypeRef?
            guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
                  let data = item as? Data else { throw KeychainError.notFound }
            return String(decoding: data, as: UTF8.self)
        }
        """)
    add(G, "swift", text, [])

    tg, fk = telegram(), fcm()
    text = T("""
        import 'package:teledart/teledart.dart';
        import 'package:teledart/telegram.dart';

        const _botToken = '⟪T⟫';
        // legacy FCM server key, TODO move to backend
        const fcmServerKey = '⟪F⟫';

        Future<void> main() async {
          final username = (await Telegram(_botToken).getMe()).username;
          TeleDart(_botToken, Event(username!)).start();
        }
        """, T=tg, F=fk)
    add(G, "dart", text, [tg, fk])

    p, sak = pw(16, "!#%*+-?^_~"), b64(rbytes(32))
    text = T("""
        public static class Infra
        {
            public const string Sql =
                "Server=tcp:nw-crm.database.windows.net,1433;Initial Catalog=crm;User ID=crmadmin;Password=⟪P⟫;Encrypt=True;";

            public static ServiceBusClient Bus() => new ServiceBusClient(
                "Endpoint=sb://nw-events.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=⟪K⟫");
        }
        """, P=p, K=sak)
    add(G, "csharp", text, [p, sak])

    text = T("""
        var builder = WebApplication.CreateBuilder(args);
        // dotnet user-secrets set "ConnectionStrings:Crm" "..." for local dev
        var crm = builder.Configuration.GetConnectionString("Crm")
            ?? throw new InvalidOperationException("ConnectionStrings:Crm missing");
        var apiKey = builder.Configuration["Payments:ApiKey"];
        builder.Services.AddSingleton(new PaymentsOptions { ApiKey = apiKey, MaxTokens = 512 });
        """)
    add(G, "csharp", text, [])

    mc, mg = mailchimp(), mailgun(new=False)
    text = T("""
        <?php
        // config/services.php
        return [
            'mailchimp' => [
                'apiKey' => '⟪M⟫',
                'server' => '⟪SRV⟫',
            ],
            'mailgun' => [
                'domain' => 'mg.northwind-outdoor.com',
                'secret' => '⟪G⟫',
                'endpoint' => 'api.eu.mailgun.net',
            ],
        ];
        """, M=mc, G=mg, SRV=mc.rsplit("-", 1)[1])
    add(G, "php", text, [mc, mg])

    text = T("""
        <?php
        $dsn = sprintf('pgsql:host=%s;dbname=%s', getenv('DB_HOST'), getenv('DB_NAME'));
        $pdo = new PDO($dsn, getenv('DB_USER'), getenv('DB_PASSWORD'));
        $etag = hash('sha256', $body); // e.g. ⟪H⟫
        header('ETag: "' . $etag . '"');
        """, H=hx(64))
    add(G, "php", text, [])

    bt, pk = braintree(), hx(32)
    text = T("""
        # config/initializers/braintree.rb
        Rails.application.config.braintree = Braintree::Gateway.new(
          environment: :production,
          merchant_id: "⟪M⟫",
          public_key: "⟪PUB⟫",
          private_key: "⟪PK⟫",
        )

        PAYPAL_GATEWAY = Braintree::Gateway.new(access_token: "⟪BT⟫")
        """, M=pick(LO + DG, 16), PUB=pick(LO + DG, 16), PK=pk, BT=bt)
    add(G, "ruby", text, [pk, bt])

    p = pw(14, "!#%*+-=?^_~")
    h = hx(32)
    text = T("""
        -- /etc/nginx/lua/ratelimit.lua
        local redis = require "resty.redis"
        local red = redis:new()
        red:set_timeouts(100, 100, 100)
        assert(red:connect("redis-ratelimit.internal", 6379))
        assert(red:auth("⟪P⟫"))

        ngx.req.set_header("X-Api-Key", "⟪H⟫")
        """, P=p, H=h)
    add(G, "lua", text, [p, h])

    k, p = openai_proj(), upw()
    text = T("""
        library(DBI)
        library(ellmer)

        Sys.setenv(OPENAI_API_KEY = "⟪K⟫")

        con <- dbConnect(RPostgres::Postgres(),
                         host = "analytics-db.internal", dbname = "survey",
                         user = "r_analyst", password = "⟪P⟫")
        answers <- dbGetQuery(con, "SELECT id, free_text FROM responses WHERE wave = 7")
        chat <- chat_openai(model = "gpt-4o-mini")
        """, K=k, P=p)
    add(G, "r", text, [k, p])

    # ---- terraform / pulumi / cdk / bicep ---------------------------------------------------
    cf, dk, da, p = cf_token(), hx(32), hx(40), pw(18, "!#%*+-=?^_~")
    text = T("""
        provider "cloudflare" {
          api_token = "⟪CF⟫"
        }

        provider "datadog" {
          api_key = "⟪DK⟫"
          app_key = "⟪DA⟫"
          api_url = "https://api.datadoghq.eu/"
        }

        variable "db_password" {
          type    = string
          default = "⟪P⟫"
        }
        """, CF=cf, DK=dk, DA=da, P=p)
    add(G, "terraform", text, [cf, dk, da, p])

    t, g = tfc(), gh_fine()
    text = T("""
        # terraform.tfvars  (do NOT commit - oops)
        tfe_hostname = "app.terraform.io"
        tfe_token    = "⟪T⟫"
        github_owner = "northwind"
        github_token = "⟪G⟫"
        environments = ["staging", "prod"]
        """, T=t, G=g)
    add(G, "terraform", text, [t, g])

    text = T("""
        variable "db_password" {
          type      = string
          sensitive = true
        }

        resource "aws_db_instance" "main" {
          identifier           = "orders-prod"
          engine               = "postgres"
          username             = "orders"
          password             = var.db_password
          parameter_group_name = aws_db_parameter_group.pg16.name
          # source_code_hash of the rotation lambda: ⟪H⟫
        }

        data "aws_secretsmanager_secret_version" "stripe" {
          secret_id = "prod/stripe/secret_key"
        }
        """, H=b64(rbytes(32)))
    add(G, "terraform", text, [])

    d, p = do_tok(), pw(20, "!#%*+-=?^_~")
    text = T("""
        import * as pulumi from "@pulumi/pulumi";
        import * as aws from "@pulumi/aws";
        import * as digitalocean from "@pulumi/digitalocean";

        const doProvider = new digitalocean.Provider("do", { token: "⟪D⟫" });

        const db = new aws.rds.Instance("orders", {
            engine: "postgres",
            instanceClass: "db.t4g.medium",
            allocatedStorage: 50,
            username: "orders",
            password: "⟪P⟫",
            skipFinalSnapshot: true,
        });

        export const endpoint = db.endpoint;
        """, D=d, P=p)
    add(G, "pulumi_ts", text, [d, p])

    pt = pulumi()
    text = T("""
        #!/usr/bin/env bash
        # scripts/preview.sh
        set -euo pipefail
        export PULUMI_ACCESS_TOKEN=⟪T⟫
        pulumi login
        pulumi stack select northwind/infra/prod
        pulumi preview --diff
        """, T=pt)
    add(G, "pulumi_ts", text, [pt])

    p1, p2 = pw(18, "!#%*+-=?^_~"), hpw()
    text = T("""
        export class DataStack extends Stack {
          constructor(scope: Construct, id: string, props?: StackProps) {
            super(scope, id, props);

            new secretsmanager.Secret(this, 'PartnerApi', {
              secretStringValue: SecretValue.unsafePlainText('⟪P1⟫'),
            });

            new rds.DatabaseInstance(this, 'Db', {
              engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 }),
              vpc,
              credentials: rds.Credentials.fromPassword('admin', SecretValue.unsafePlainText('⟪P2⟫')),
            });
          }
        }
        """, P1=p1, P2=p2)
    add(G, "cdk", text, [p1, p2])

    p = pw(16, "!#%*+-=?^_~")
    text = T("""
        param location string = resourceGroup().location
        param sqlAdminLogin string = 'sqladmin'
        param sqlAdminPassword string = '⟪P⟫'

        resource sql 'Microsoft.Sql/servers@2023-05-01-preview' = {
          name: 'nw-sql-${uniqueString(resourceGroup().id)}'
          location: location
          properties: {
            administratorLogin: sqlAdminLogin
            administratorLoginPassword: sqlAdminPassword
          }
        }
        """, P=p)
    add(G, "bicep", text, [p])

    sak = azure_ad_secret()
    p = hpw()
    arm = {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
           "contentVersion": "1.0.0.0", "parameters": {
               "vmAdminUsername": {"value": "azureops"}, "vmAdminPassword": {"value": p},
               "servicePrincipalClientId": {"value": uid()}, "servicePrincipalClientSecret": {"value": sak}}}
    add(G, "bicep", "// azuredeploy.parameters.prod.json\n" + J(arm, indent=2), [p, sak])

    text = T("""
        @secure()
        param adminPassword string

        resource kv 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
          name: 'nw-kv-prod'
        }

        module vm './vm.bicep' = {
          name: 'vm-${uniqueString(resourceGroup().id)}'
          params: {
            adminPassword: kv.getSecret('vm-admin-password')
          }
        }
        """)
    add(G, "bicep", text, [])

    # ---- kubernetes / helm -------------------------------------------------------------
    dsn, sk = sentry_dsn()
    a0, ok = b64u(64), okta()
    text = T("""
        apiVersion: v1
        kind: Secret
        metadata:
          name: portal-secrets
          namespace: portal
        type: Opaque
        stringData:
          SENTRY_DSN: ⟪DSN⟫
          AUTH0_DOMAIN: northwind.eu.auth0.com
          AUTH0_CLIENT_ID: ⟪CID⟫
          AUTH0_CLIENT_SECRET: ⟪A0⟫
          OKTA_API_TOKEN: "⟪OK⟫"
        """, DSN=dsn, CID=an(32), A0=a0, OK=ok)
    add(G, "k8s_secret", text, [sk, a0, ok])

    text = T("""
        apiVersion: external-secrets.io/v1beta1
        kind: ExternalSecret
        metadata:
          name: portal-secrets
        spec:
          refreshInterval: 1h
          secretStoreRef:
            kind: ClusterSecretStore
            name: aws-secrets-manager
          target:
            name: portal-secrets
          data:
            - secretKey: AUTH0_CLIENT_SECRET
              remoteRef:
                key: prod/portal/auth0
                property: client_secret
            - secretKey: OKTA_API_TOKEN
              remoteRef:
                key: prod/portal/okta
                property: token
        """)
    add(G, "k8s_secret", text, [])

    p1, p2, p3 = upw(), pw(16, "!#%*+-=?^_~"), pw(14, "!#%*+-=?^_~")
    text = T("""
        # values-prod.yaml
        image:
          repository: registry.northwind.io/shop/storefront
          tag: 4.12.0
        postgresql:
          enabled: true
          auth:
            username: storefront
            password: "⟪P1⟫"
            database: storefront
        redis:
          auth:
            enabled: true
            password: ⟪P2⟫
        smtp:
          host: smtp.eu.mailgun.org
          port: 587
          username: postmaster@mg.northwind-outdoor.com
          password: '⟪P3⟫'
        """, P1=p1, P2=p2, P3=p3)
    add(G, "helm", text, [p1, p2, p3])

    lines, crc = pgp_private()
    body = "\n".join("    " + l for l in ["-----BEGIN PGP PRIVATE KEY BLOCK-----", ""] + lines + [crc, "-----END PGP PRIVATE KEY BLOCK-----"])
    text = "# clusters/prod/sops-gpg.yaml  (rendered by `helm template flux-bootstrap`)\napiVersion: v1\nkind: Secret\nmetadata:\n  name: sops-gpg\n  namespace: flux-system\nstringData:\n  sops.asc: |\n" + body + "\n"
    add(G, "helm", text, listed(lines))

    text = T("""
        # templates/secret.yaml
        {{- if not .Values.auth.existingSecret }}
        apiVersion: v1
        kind: Secret
        metadata:
          name: {{ include "storefront.fullname" . }}
        stringData:
          password: {{ .Values.auth.password | default (randAlphaNum 24) | quote }}
          redis-password: {{ required "set redis.auth.password" .Values.redis.auth.password | quote }}
        {{- end }}
        ---
        # values.yaml
        auth:
          existingSecret: ""   # name of an existing secret with key "password"
          password: ""         # leave empty to generate one
        """)
    add(G, "helm", text, [])

    # ---- mobile -------------------------------------------------------------------------
    p, gk, st = pw(16, "!#%*+-=?^_~"), google_key(), sentry_org()
    text = T("""
        # gradle.properties
        org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
        android.useAndroidX=true
        RELEASE_STORE_FILE=../keystore/release.jks
        RELEASE_STORE_PASSWORD=⟪P⟫
        RELEASE_KEY_ALIAS=upload
        RELEASE_KEY_PASSWORD=⟪P⟫
        MAPS_API_KEY=⟪GK⟫

        # local.properties
        sdk.dir=/opt/android-sdk
        sentry.auth.token=⟪ST⟫
        """, P=p, GK=gk, ST=st)
    add(G, "android", text, [p, gk, st])

    text = T("""
        # gradle.properties
        org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
        org.gradle.caching=true
        android.useAndroidX=true
        android.nonTransitiveRClass=true
        kotlin.code.style=official
        # signing values come from CI: ORG_GRADLE_PROJECT_RELEASE_STORE_PASSWORD
        RELEASE_KEY_ALIAS=upload
        versionCode=4120
        versionName=4.12.0
        """)
    add(G, "android", text, [])

    mb, al = mapbox_sk(), hx(32)
    text = T("""
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
        <plist version="1.0">
        <dict>
        	<key>CFBundleIdentifier</key>
        	<string>$(PRODUCT_BUNDLE_IDENTIFIER)</string>
        	<key>CFBundleShortVersionString</key>
        	<string>4.12.0</string>
        	<key>MBXAccessToken</key>
        	<string>⟪MB⟫</string>
        	<key>AlgoliaAppID</key>
        	<string>⟪AID⟫</string>
        	<key>AlgoliaAdminAPIKey</key>
        	<string>⟪AL⟫</string>
        	<key>NSLocationWhenInUseUsageDescription</key>
        	<string>Used to show stores near you.</string>
        </dict>
        </plist>
        """, MB=mb, AID=pick(UP + DG, 10), AL=al)
    add(G, "plist", text, [mb, al])

    gk = google_key()
    gs = {"project_info": {"project_number": digits(12), "project_id": "northwind-app-prod", "storage_bucket": "northwind-app-prod.appspot.com"},
          "client": [{"client_info": {"mobilesdk_app_id": "1:%s:android:%s" % (digits(12), hx(16)),
                                      "android_client_info": {"package_name": "com.northwind.app"}},
                      "oauth_client": [{"client_id": "%s-%s.apps.googleusercontent.com" % (digits(12), pick(LO + DG, 32)), "client_type": 3}],
                      "api_key": [{"current_key": gk}],
                      "services": {"appinvite_service": {"other_platform_oauth_client": []}}}],
          "configuration_version": "1"}
    add(G, "google_services", J(gs, indent=2), [gk])

    label, lines = pem_body("rsa8")
    sa = {"type": "service_account", "project_id": "northwind-data", "private_key_id": hx(40),
          "private_key": pem_text(label, lines) + "\n", "client_email": "etl-runner@northwind-data.iam.gserviceaccount.com",
          "client_id": digits(21), "auth_uri": "https://accounts.google.com/o/oauth2/auth",
          "token_uri": "https://oauth2.googleapis.com/token",
          "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
          "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/etl-runner%40northwind-data.iam.gserviceaccount.com",
          "universe_domain": "googleapis.com"}
    text = "# keys/etl-runner.json  (loaded by load_credentials() below)\n" + J(sa, indent=2) + "\n\n\n" + T("""


        def load_credentials():
            return service_account.Credentials.from_service_account_file("keys/etl-runner.json")
        """)
    add(G, "google_services", text, listed(lines))

    # ---- dotenv -----------------------------------------------------------------------------
    dp, rs, ps, ap = doppler("prd"), resend(), pscale(), age_secret()
    text = T("""
        # .env.production
        export DOPPLER_TOKEN="⟪DP⟫"
        RESEND_API_KEY = ⟪RS⟫   # transactional mail
        DATABASE_URL='mysql://nw_app:⟪PS⟫@aws.connect.psdb.cloud/storefront?sslaccept=strict'
        SOPS_AGE_KEY=⟪AP⟫
        NODE_ENV=production
        """, DP=dp, RS=rs, PS=ps, AP=ap)
    add(G, "dotenv", text, [dp, rs, ps, ap])

    label, lines = pem_body("ec")
    at, sb = airtable(), supabase_service()
    text = "# .env.local\nNEXT_PUBLIC_SUPABASE_URL=https://qwhxkzrtvbnmlpoiuyta.supabase.co\nSUPABASE_SERVICE_ROLE_KEY=%s\nAIRTABLE_PAT=%s\nAPPLE_PRIVATE_KEY=\"%s\"\n" % (
        sb, at, pem_text(label, lines))
    add(G, "dotenv", text, [sb, at] + listed(lines))

    hk, nl, nk, gsa, gcl, ts, op, rp = (heroku(), nr_license(), nr_user(), grafana_sa(), grafana_cloud(), tailscale(),
                                        onepassword_sa(), replicate())
    text = T("""
        # .envrc (direnv) — ops laptop
        export HEROKU_API_KEY=⟪HK⟫
        export NEW_RELIC_LICENSE_KEY=⟪NL⟫
        export NEW_RELIC_API_KEY=⟪NK⟫
        export GRAFANA_SERVICE_ACCOUNT_TOKEN=⟪GSA⟫
        export GRAFANA_CLOUD_TOKEN='⟪GCL⟫'
        export TS_AUTHKEY=⟪TS⟫
        export OP_SERVICE_ACCOUNT_TOKEN=⟪OP⟫
        export REPLICATE_API_TOKEN=⟪RP⟫
        layout python3
        """, HK=hk, NL=nl, NK=nk, GSA=gsa, GCL=gcl, TS=ts, OP=op, RP=rp)
    add(G, "dotenv", text, [hk, nl, nk, gsa, gcl, ts, op, rp])

    text = T("""
        # .env.example — copy to .env and fill in
        OPENAI_API_KEY=sk-...
        STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
        DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DBNAME
        SESSION_SECRET=changeme
        SENTRY_DSN=
        SMTP_PASSWORD=<your-smtp-password>
        MAX_TOKENS=4096
        """)
    add(G, "dotenv", text, [])

    # ---- pip.conf / .condarc -----------------------------------------------------------------
    gp = glpat()
    ca = jwt({"ver": 1, "isi": False, "sid": "arn:aws:sts::123456789012:assumed-role/ci/runner", "x": b64u(16)}, alg="HS256")
    text = T("""
        # /etc/pip.conf
        [global]
        index-url = https://aws:⟪CA⟫@northwind-123456789012.d.codeartifact.eu-central-1.amazonaws.com/pypi/internal/simple/
        extra-index-url = https://__token__:⟪GP⟫@gitlab.com/api/v4/projects/41877/packages/pypi/simple
        timeout = 60
        """, CA=ca, GP=gp)
    add(G, "pipconf", text, [ca, gp])

    tok = "nw-" + hx(8) + "-" + hx(4) + "-" + hx(4) + "-" + hx(4) + "-" + hx(12)
    py = pypi()
    text = T("""
        # ~/.condarc
        channels:
          - https://conda.anaconda.org/t/⟪T⟫/northwind
          - conda-forge
        channel_priority: strict

        # ~/.config/uv/uv.toml
        [[index]]
        name = "pypi-upload"
        publish-url = "https://upload.pypi.org/legacy/"
        # token used by `uv publish`
        # UV_PUBLISH_TOKEN=⟪PY⟫
        """, T=tok, PY=py)
    add(G, "pipconf", text, [tok, py])

    # ---- ~/.aws/credentials -------------------------------------------------------------------
    a1, s1, a2, s2, st = aws_akid(), aws_secret(), aws_akid("ASIA"), aws_secret(), aws_session()
    text = T("""
        [default]
        aws_access_key_id = ⟪A1⟫
        aws_secret_access_key = ⟪S1⟫
        region = eu-central-1

        [profile-prod-readonly]
        aws_access_key_id=⟪A2⟫
        aws_secret_access_key=⟪S2⟫
        aws_session_token=⟪ST⟫
        """, A1=a1, S1=s1, A2=a2, S2=s2, ST=st)
    add(G, "aws_credentials", text, [a1, s1, a2, s2, st])

    text = T("""
        # ~/.aws/config
        [default]
        region = eu-central-1
        output = json

        [profile prod]
        sso_session = northwind
        sso_account_id = 123456789012
        sso_role_name = ReadOnly
        region = eu-central-1

        [sso-session northwind]
        sso_start_url = https://d-9967a1b2c3.awsapps.com/start
        sso_region = eu-central-1
        sso_registration_scopes = sso:account:access
        """)
    add(G, "aws_credentials", text, [])

    # ---- git remotes -------------------------------------------------------------------------
    gs_, bb = gh("ghs_"), "ATBB" + an(28) + HX_(8)
    text = T("""
        $ git remote -v
        origin	https://x-access-token:⟪G⟫@github.com/northwind/storefront.git (fetch)
        origin	https://x-access-token:⟪G⟫@github.com/northwind/storefront.git (push)
        legacy	https://ci-northwind:⟪B⟫@bitbucket.org/northwind/storefront-legacy.git (fetch)
        legacy	https://ci-northwind:⟪B⟫@bitbucket.org/northwind/storefront-legacy.git (push)
        """, G=gs_, B=bb)
    add(G, "git_remote", text, [gs_, bb])

    hft = hf()
    text = T("""
        # .git/config
        [core]
        	repositoryformatversion = 0
        	bare = false
        [remote "origin"]
        	url = https://hf_user:⟪H⟫@huggingface.co/northwind/support-classifier
        	fetch = +refs/heads/*:refs/remotes/origin/*
        [lfs]
        	repositoryformatversion = 0
        """, H=hft)
    add(G, "git_remote", text, [hft])

    # ---- byte / char arrays, hex, concatenation ------------------------------------------------
    p = pw(14, "!#%*+-=?^_~")
    arr = ", ".join("0x%02x" % ord(c) for c in p)
    text = T("""
        // obfuscated so it does not show up in `strings`
        private static final byte[] KS_PASS = new byte[] { ⟪A⟫ };

        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(new FileInputStream("server.p12"), new String(KS_PASS, StandardCharsets.US_ASCII).toCharArray());
        """, A=arr)
    add(G, "bytes", text, [arr])

    k = stripe("sk_live_", long=False)
    chars = ",".join("'%s'" % c for c in k)
    text = T("""
        /* payments.c */
        static const char STRIPE_KEY[] = { ⟪C⟫, '\\0' };

        int charge(int cents) {
            return stripe_post("/v1/charges", STRIPE_KEY, cents);
        }
        """, C=chars)
    add(G, "bytes", text, [chars])

    aes = hx(64)
    ok_hex = openai_legacy().encode().hex()
    text = T("""
        import binascii

        AES_KEY = bytes.fromhex("⟪A⟫")   # AES-256-GCM key for PII columns
        _K = binascii.unhexlify("⟪O⟫").decode()  # openai key, hex so the scanner shuts up
        """, A=aes, O=ok_hex)
    add(G, "hex", text, [aes, ok_hex])

    text = T("""
        // webpack asset manifest
        {
          "main.js": "/static/js/main.3f9a1c2e.js",
          "vendors~main.js": "/static/js/vendors~main.8e4f0b7d.chunk.js",
          "main.css": "/static/css/main.a1b2c3d4.css",
          "integrity": "sha384-⟪I⟫",
          "buildId": "⟪B⟫"
        }
        /* css modules */
        .Button_primary__3xYz9 { color: #1a2b3c; }
        .Card_shadow__Qm7Pz { box-shadow: 0 1px 2px #00000033; }
        """, I=b64(rbytes(48)), B=b64u(21))
    add(G, "hex", text, [])

    ak = anthropic()
    pieces = [ak[:30], ak[30:70], ak[70:]]
    text = T("""
        // don't ask
        const ANTHROPIC_KEY =
          "⟪A⟫" +
          "⟪B⟫" +
          `⟪C⟫`;

        export const client = new Anthropic({ apiKey: ANTHROPIC_KEY });
        """, A=pieces[0], B=pieces[1], C=pieces[2])
    add(G, "concat", text, pieces)

    p = pw(30, "!#%*+-=?^_~")
    pieces = [p[:10], p[10:20], p[20:]]
    text = T("""
        StringBuilder sb = new StringBuilder();
        sb.append("⟪A⟫");
        sb.append("⟪B⟫");
        sb.append("⟪C⟫");
        ldapEnv.put(Context.SECURITY_PRINCIPAL, "cn=svc-sync,ou=services,dc=northwind,dc=local");
        ldapEnv.put(Context.SECURITY_CREDENTIALS, sb.toString());
        """, A=pieces[0], B=pieces[1], C=pieces[2])
    add(G, "concat", text, pieces)

    # ---- connection strings in constants -------------------------------------------------------
    ps = [upw() for _ in range(6)]
    text = T("""
        # settings/datastores.py
        CLICKHOUSE_URL = "clickhouse://analytics:⟪P0⟫@ch-prod.internal:9000/events"
        SNOWFLAKE_URL = "snowflake://LOADER:⟪P1⟫@nw12345.eu-central-1/RAW/PUBLIC?warehouse=LOAD_WH"
        NEO4J_URI, NEO4J_AUTH = "neo4j+s://graph.northwind.io:7687", ("neo4j", "⟪P2⟫")
        COCKROACH_DSN = "postgresql://ledger:⟪P3⟫@free-tier7.aws-eu-west-1.cockroachlabs.cloud:26257/ledger?sslmode=verify-full"
        ORACLE_DSN = "oracle+oracledb://erp_ro:⟪P4⟫@ora-prod-scan:1521/?service_name=ERPPRD"
        MSSQL_ODBC = "Driver={ODBC Driver 18 for SQL Server};Server=tcp:mssql-bi,1433;Database=bi;Uid=bi_reader;Pwd={⟪P5⟫};Encrypt=yes"
        """, **{"P%d" % i: v for i, v in enumerate(ps)})
    add(G, "conn_const", text, ps)

    ps = [upw(), upw(), upw()]
    text = T("""
        const (
        	redisURL = "rediss://default:⟪P0⟫@eu1-quiet-otter-31822.upstash.io:6379"
        	amqpURL  = "amqps://events:⟪P1⟫@b-3f2a1c.mq.eu-central-1.amazonaws.com:5671"
        	smtpURL  = "smtp://postmaster%40mg.northwind-outdoor.com:⟪P2⟫@smtp.eu.mailgun.org:587"
        )
        """, P0=ps[0], P1=ps[1], P2=ps[2])
    add(G, "conn_const", text, ps)

    ak = b64(rbytes(64))
    sig = urllib.parse.quote(b64(rbytes(32)), safe="")
    sig2 = urllib.parse.quote(b64(rbytes(32)), safe="")
    text = T("""
        // appsettings.Production.json (excerpt)
        "Storage": {
          "Primary": "DefaultEndpointsProtocol=https;AccountName=nwdataprod;AccountKey=⟪AK⟫;EndpointSuffix=core.windows.net",
          "ReadOnly": "BlobEndpoint=https://nwdataprod.blob.core.windows.net/;SharedAccessSignature=sv=2022-11-02&ss=b&srt=co&sp=rl&se=2025-05-02T18:00:00Z&st=2024-05-02T10:00:00Z&spr=https&sig=⟪S1⟫",
          "ExportUrl": "https://nwdataprod.blob.core.windows.net/exports/orders-2024-04.csv?sp=r&st=2024-05-02T10:00:00Z&se=2024-05-09T10:00:00Z&spr=https&sv=2022-11-02&sr=b&sig=⟪S2⟫"
        }
        """, AK=ak, S1=sig, S2=sig2)
    add(G, "conn_const", text, [ak, sig, sig2])


# ==========================================================================
# group: prose — chat, tickets, many languages
# ==========================================================================

def prose_cases():
    G = "prose"

    # ---- chat --------------------------------------------------------------------
    p = pw(13, "!#%*+-=?^_~")
    text = T("""
        [10:02] dana: hey is staging down??
        [10:03] sam: nah i rotated the db creds this morning, new ones r  app_rw / ⟪P⟫
        [10:03] sam: old one is dead so update ur .env
        [10:04] dana: ty 🙏
        """, P=p)
    add(G, "chat", text, [p])

    gp = glpat()
    url, dtok = discord_webhook()
    text = T("""
        ok use this token for now: ⟪G⟫ it expires friday, i'll make a proper deploy token after the release
        also the webhook for #alerts is ⟪U⟫ (don't post it in the public channel lol)
        """, G=gp, U=url)
    add(G, "chat", text, [gp, dtok])

    em, p = email("Tom", "Hargreaves", "gmail.com", 1), hpw()
    text = "5/2/24, 22:14 - Tom: netflix login is %s / %s\n5/2/24, 22:15 - Tom: dont change the pw pls the kids know it\n5/2/24, 22:15 - Mum: 👍" % (em, p)
    add(G, "chat", text, [em, p])

    tg = telegram()
    text = "Telegram bot token for the alerts channel \u2192 %s\nchat id is -1001873344120, messages go to the on-call group" % tg
    add(G, "chat", text, [tg])

    text = T("""
        [09:12] did you rotate the staging db password?
        [09:13] yes, the new one is in the team vault under "staging-db" — don't paste it here pls
        [09:13] 👍 will pull it from the vault
        """)
    add(G, "chat", text, [])

    text = T("""
        token_count on the summariser is way too high, bump max_tokens to 4096
        and set password_reset_token_expiry back to 15m while you're in there.
        fix is in ⟪C⟫ on main
        """, C=hx(40))
    add(G, "chat", text, [])

    # ---- ticket ------------------------------------------------------------------
    em, phn, p = email("Giulia", "Romano", "libero.it", 0), ph("+39 347 NNN NNNN"), hpw()
    text = T("""
        Ticket #48213 — Cannot log in to the partner portal
        Requester: Giulia Romano <⟪EM⟫>
        Phone: ⟪PH⟫
        Priority: High

        Hi,
        since yesterday I can't log in. My username is groman and the password I use is ⟪P⟫ — I haven't changed it.
        I also tried the reset link but the email never arrives.
        Thanks, Giulia
        """, EM=em, PH=phn, P=p)
    add(G, "ticket", text, [em, phn, p])

    p, cd = pw(12, "!#%*+-=?^_~"), card("mc")
    cds = group(cd, [4, 4, 4, 4])
    text = T("""
        QA-1182: Checkout fails with saved card
        Steps to reproduce:
        1. Log in as qa_buyer_03 / ⟪P⟫
        2. Add "Trail Runner 2" to cart
        3. Pay with the saved Mastercard ⟪C⟫, exp 09/27
        Expected: order placed
        Actual: HTTP 500 from /api/checkout (request id ⟪R⟫)
        """, P=p, C=cds, R=uid())
    add(G, "ticket", text, [p, cds])

    hs = "pat-eu1-" + uid()
    em = email("Sven", "Lindqvist", "northwind-partner.se", 0)
    text = T("""
        From: Sven Lindqvist <⟪EM⟫>
        Subject: Re: [#51207] HubSpot sync stopped

        Hello support,

        our HubSpot sync stopped on Monday. The private app token we configured is ⟪H⟫
        — can you check whether it still has the crm.objects.contacts.read scope?

        Best regards
        Sven
        """, EM=em, H=hs)
    add(G, "ticket", text, [em, hs])

    text = T("""
        Ticket #48377 — How does the password reset work?
        Priority: Low

        Customer asks whether support can tell them their current password.
        Reply sent: we never store or send passwords in plain text and support cannot see them.
        Use "Forgot password" on the login page; the link is valid for 15 minutes.
        Macro used: PASSWORD_RESET_HOWTO
        """)
    add(G, "ticket", text, [])

    text = T("""
        Ticket #48391 — Order stuck in "processing"
        Order: 2024-0519-3381
        App build: 4.12.0+⟪B⟫
        Request id: ⟪R⟫
        Trace: ⟪T⟫
        Notes: payment captured, fulfilment webhook returned 502; re-queued by the on-call.
        """, B=hx(7), R=uid(), T=hx(32))
    add(G, "ticket", text, [])

    # ---- lang --------------------------------------------------------------------
    p = "B\u00e4renh\u00f6hle#%d" % R.randint(10, 99)
    text = "Hallo Team,\ndas Passwort für den Staging-Server ist \u201e%s\u201c (gilt bis Freitag).\nBenutzer: deploy\nGrüße\nJonas" % p
    add(G, "lang", text, [p])

    p, mc = "Ch\u00e2teau-Lune%d!x" % R.randint(10, 99), mailchimp()
    text = "Salut\u00a0! Le mot de passe de la base de prod est \u00ab\u00a0%s\u00a0\u00bb et la clé API Mailchimp\u00a0: %s.\nMerci de ne pas le partager." % (p, mc)
    add(G, "lang", text, [p, mc])

    p, tg = pw(14, "!#%*+-=?^_~"), telegram()
    text = "Hola, la contraseña del panel de administración es %s y el usuario es admin.\nEl token del bot de Telegram es %s, ¿lo puedes añadir al servidor?" % (p, tg)
    add(G, "lang", text, [p, tg])

    p, g = hpw(), gh("ghp_")
    text = "Oi! A senha do e-mail corporativo é '%s' e o token do GitHub é %s. Valeu!" % (p, g)
    add(G, "lang", text, [p, g])

    p, sk = pw(15, "!#%*+-=?^_~"), stripe("sk_live_")
    text = "Ciao Giulia, ti giro le credenziali del gestionale: utente \u00abmagazzino\u00bb, password: %s\nLa chiave segreta di Stripe è %s (non metterla su Slack!)." % (p, sk)
    add(G, "lang", text, [p, sk])

    p, mo = hpw(), mollie()
    text = "Hoi, het wachtwoord van de NAS is %s (met hoofdletter).\nDe API-sleutel voor Mollie is %s, die staat ook in de kluis." % (p, mo)
    add(G, "lang", text, [p, mo])

    p, gp = pw(13, "!#%*+-=?^_~"), glpat()
    text = "Cześć, hasło do serwera to: %s\nLogin: administrator\nToken do GitLaba: %s \u2014 ważny do końca miesiąca." % (p, gp)
    add(G, "lang", text, [p, gp])

    p = "\u015eifre%d!Kedi" % R.randint(100, 999)
    text = "Merhaba, sunucunun şifresi %s ve kullanıcı adı root. Lütfen kimseyle paylaşmayın, yarın değiştireceğim." % p
    add(G, "lang", text, [p])

    p, db = "\u041c\u0435\u0434\u0432\u0435\u0434\u044c_%d!" % R.randint(10, 99) + "Zima", discord_bot()
    text = "Привет! Пароль от базы: «%s», логин postgres.\nТокен бота для Discord \u2014 %s" % (p, db)
    add(G, "lang", text, [p, db])

    p, dt = pw(16, "!#%*+-=?^_~"), do_tok()
    text = "Привіт, пароль до адмінки \u2014 %s, а ключ API DigitalOcean: %s.\nНе пересилай нікому, будь ласка." % (p, dt)
    add(G, "lang", text, [p, dt])

    p, sg = pw(14, "!#%*+-=?^_~"), sendgrid()
    text = "お疲れ様です。\n本番DBのパスワードは「%s」です。\nSendGridのAPIキーは %s です。取り扱いにご注意ください。" % (p, sg)
    add(G, "lang", text, [p, sg])

    p, (ali_id, ali_sec) = pw(13, "!#%*+-=?^_~"), alibaba()
    text = "你好，服务器的root密码是：%s\n阿里云 AccessKey ID：%s\nAccessKey Secret：%s\n用完请删除这条消息。" % (p, ali_id, ali_sec)
    add(G, "lang", text, [p, ali_id, ali_sec])

    p, xb = pw(14, "!#%*+-=?^_~"), slack_bot()
    text = "안녕하세요, 관리자 비밀번호는 %s 입니다.\n슬랙 봇 토큰: %s\n외부에 공유하지 마세요." % (p, xb)
    add(G, "lang", text, [p, xb])

    p1, p2 = hpw(), pw(15, "!#%*+-=?^_~")
    text = "Chào anh, mật khẩu wifi văn phòng là %s nhé.\nCòn mật khẩu tài khoản AWS root là: %s (đừng gửi cho ai)." % (p1, p2)
    add(G, "lang", text, [p1, p2])

    p, n = hpw(), npm()
    text = "Halo, kata sandi untuk akun admin adalah %s\nToken npm untuk publish: %s. Tolong jangan dibagikan ya." % (p, n)
    add(G, "lang", text, [p, n])

    p = pw(14, "!#%*+-=?^_~")
    text = "नमस्ते, सर्वर का पासवर्ड %s है। कृपया इसे किसी के साथ साझा न करें।\nयूज़रनेम: ubuntu" % p
    add(G, "lang", text, [p])

    p = pw(15, "!#%*+-=?^_~")
    text = "مرحبا، كلمة المرور لقاعدة البيانات هي %s واسم المستخدم هو dbadmin.\nيرجى عدم مشاركتها مع أحد." % p
    add(G, "lang", text, [p])

    add(G, "lang", "Bitte ändert eure Passwörter alle 90 Tage. Das neue Passwort muss mindestens 12 Zeichen lang sein "
        "und darf keines der letzten fünf Passwörter wiederholen. Passwörter niemals per Chat verschicken!", [])
    add(G, "lang", "パスワードは環境変数 DB_PASSWORD から読み込んでください。ソースコードやチャットに直接書かないでください。"
        "例: DB_PASSWORD=<パスワード>", [])
    add(G, "lang", "La contraseña nunca se envía por correo. Usa el gestor de contraseñas del equipo; el campo "
        "`password_reset_token_expiry` controla cuánto dura el enlace de recuperación (por defecto 15 minutos).", [])
    add(G, "lang", "Токен хранится в переменной окружения TELEGRAM_BOT_TOKEN, в репозитории его нет.\n"
        "Пример для .env: TELEGRAM_BOT_TOKEN=<токен_от_BotFather>", [])

    # ---- quotes / punctuation -----------------------------------------------------
    p1, p2 = pw(13, "!#%*+-=?^_~"), hpw()
    text = "Try \u2018%s\u2019 first \u2014 if that fails, the backup admin password is \u201c%s\u201d." % (p1, p2)
    add(G, "quotes", text, [p1, p2])

    p, gk = pw(14, "!#%*+-=?^_~"), google_key()
    text = "The maps widget broke again (the key is `%s`, restricted to our domain).\nBackup job creds (user: svc_backup, pass: %s)." % (gk, p)
    add(G, "quotes", text, [gk, p])

    add(G, "quotes", "Use \u2018changeme\u2019 only as the documented default: the installer forces you to replace "
        "\u201cchangeme\u201d on first login, and `admin`/`admin` is rejected as well.", [])

    # ---- typos --------------------------------------------------------------------
    p = pw(12, "!#%*+-=?^_~")
    add(G, "typos", "pasword for the router is %s , the ssid is NW-Guest-5G" % p, [p])

    p = pw(14, "!#%*+-=?^_~")
    add(G, "typos", "here u go\nusr=admin passwrd=%s\nhost = nas.local" % p, [p])

    p1, p2 = pw(13, "!#%*+-=?^_~"), hpw()
    text = "creds: svc_ci / %s\nfor the jenkins box pwd: %s\n(both expire end of sprint)" % (p1, p2)
    add(G, "typos", text, [p1, p2])

    add(G, "typos", "run `pwd` to see where you are, then `cd ..`. the passwrd typo in the config key (`db_passwrd`) "
        "is why it ignored the setting \u2014 rename it to `db_password` and restart.", [])

    # ---- markdown -----------------------------------------------------------------
    p, u = pw(16, "!#%*+-=?^_~"), "grafana-admin"
    text = T("""
        ## Grafana (prod)

        - **URL:** https://grafana.northwind.io
        - **User:** `⟪U⟫`
        - **Password:** `⟪P⟫`

        > rotate after the audit!
        """, U=u, P=p)
    add(G, "markdown", text, [p])

    psk, wp = pw(20, "!#%*+-=?^_~"), hpw()
    text = T("""
        ### Onboarding checklist

        1. Install the VPN client from the portal.
        2. Import the profile and enter the pre-shared key **⟪K⟫** when asked.
        3. Office Wi-Fi: `NW-Staff` / password ⟪W⟫
        4. Ask your lead for 1Password access.
        """, K=psk, W=wp)
    add(G, "markdown", text, [psk, wp])

    lk = linear()
    text = T("""
        **Repro:** calling the API with `Authorization: ⟪L⟫` returns

        ```json
        {"errors":[{"message":"Authentication required, not authenticated"}]}
        ```

        Token was created yesterday, so it should be valid. Any idea?
        """, L=lk)
    add(G, "markdown", text, [lk])

    text = T("""
        ## Configuration

        | Variable            | Example                 | Notes                          |
        |---------------------|-------------------------|--------------------------------|
        | `OPENAI_API_KEY`    | `sk-...`                | required                       |
        | `STRIPE_SECRET_KEY` | `sk_live_xxxxxxxx`      | use `sk_test_` keys locally    |
        | `DB_PASSWORD`       | `<DB_PASSWORD>`         | read from the secret store     |
        | `SMTP_PASSWORD`     | `***`                   | optional                       |
        """)
    add(G, "markdown", text, [])

    text = T("""
        ### Rotating the API key

        1. Open **Settings → API keys** and click **Create key**.
        2. Copy the new key into the secret store as `PAYMENTS_API_KEY`.
        3. Redeploy, then revoke the old key (shown as `pk_…a91F` in the list).

        _Never paste keys into tickets or chat._
        """)
    add(G, "markdown", text, [])


# ==========================================================================
# group: encoded — secrets carried in encodings
# ==========================================================================

def qp_chars(s):
    out = []
    for b in s.encode("utf-8"):
        c = chr(b)
        if 33 <= b <= 126 and c != "=":
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "".join(out)


def encoded_cases():
    G = "encoded"

    # ---- base64 --------------------------------------------------------------------
    p = pw(15, "!#%*+-=?^_~")
    basic = b64(("jenkins-bot:" + p).encode())
    text = T("""
        $ curl -sv https://jenkins.northwind.io/job/storefront/api/json -H "Authorization: Basic ⟪B⟫"
        *   Trying 10.20.0.14:443...
        * Connected to jenkins.northwind.io (10.20.0.14) port 443
        > GET /job/storefront/api/json HTTP/1.1
        > Host: jenkins.northwind.io
        > User-Agent: curl/8.5.0
        > Accept: */*
        > Authorization: Basic ⟪B⟫
        >
        < HTTP/1.1 200 OK
        < X-Jenkins: 2.440.3
        """, B=basic)
    add(G, "base64", text, [basic])

    p = upw()
    u64 = b64(("postgres://payments:%s@pg-payments.internal:5432/payments" % p).encode())
    k64 = b64(whsec().encode())
    text = T("""
        apiVersion: v1
        kind: Secret
        metadata:
          name: payments-env
          namespace: payments
        type: Opaque
        data:
          DATABASE_URL: ⟪U⟫
          STRIPE_WEBHOOK_SECRET: ⟪K⟫
          LOG_LEVEL: aW5mbw==
        """, U=u64, K=k64)
    add(G, "base64", text, [u64, k64])

    gk = google_key()
    cfg = b64url_np(json.dumps({"apiKey": gk, "projectId": "northwind-app-prod", "appId": "1:%s:web:%s" % (digits(12), hx(22))},
                               separators=(",", ":")).encode())
    text = '<iframe src="https://widgets.northwind.io/store-locator/embed?cfg=%s&theme=dark" width="100%%" height="480"></iframe>' % cfg
    add(G, "base64", text, [cfg])

    gs_ = gh("ghs_")
    hdr = b64(("x-access-token:" + gs_).encode())
    text = T("""
        Run actions/checkout@v4
        Syncing repository: northwind/storefront
        [command]/usr/bin/git config --local http.https://github.com/.extraheader AUTHORIZATION: basic ⟪H⟫
        [command]/usr/bin/git -c protocol.version=2 fetch --no-tags --prune --no-recurse-submodules --depth=1 origin +refs/heads/main:refs/remotes/origin/main
        """, H=hdr)
    add(G, "base64", text, [hdr])

    body = b64(("Hello team,\n\nthe quarterly all-hands moves to Thursday at 15:00 in the big meeting room. "
                "Slides are in the shared drive under Q2/all-hands. Snacks provided!\n").encode())
    lines = [body[i:i + 76] for i in range(0, len(body), 76)]
    text = "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: base64\n\n" + "\n".join(lines)
    add(G, "base64", text, [])

    cm = b64(b"log_level = info\nworkers = 4\nmax_tokens = 2048\ncache_ttl = 300\n")
    text = T("""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: summariser-config
        binaryData:
          app.toml: ⟪C⟫
        data:
          FEATURE_FLAGS: "beta-search,new-checkout"
        """, C=cm)
    add(G, "base64", text, [])

    # ---- base32 ---------------------------------------------------------------------
    seed = base64.b32encode(rbytes(20)).decode().rstrip("=")
    text = ("Scan this QR code or enter the key manually.\n\notpauth://totp/Northwind:ops-admin?secret=%s&issuer=Northwind&algorithm=SHA1&digits=6&period=30\n\n"
            "Manual entry key: %s") % (seed, " ".join(seed[i:i + 4] for i in range(0, len(seed), 4)))
    add(G, "base32", text, [seed] + [" ".join(seed[i:i + 4] for i in range(0, len(seed), 4))])

    p = pw(16, "!#%*+-=?^_~")
    b32 = base64.b32encode(p.encode()).decode()
    text = T("""
        # legacy/ftp_sync.py
        import base64
        FTP_HOST = "ftp.partner-logistics.de"
        FTP_USER = "northwind"
        FTP_PASS = base64.b32decode("⟪B⟫").decode()
        """, B=b32)
    add(G, "base32", text, [b32])

    cid = "bafybei" + pick("abcdefghijklmnopqrstuvwxyz234567", 52)
    onion = pick("abcdefghijklmnopqrstuvwxyz234567", 55) + "d"
    text = T("""
        Release artifacts are pinned on IPFS:
          ipfs://⟪C⟫/northwind-cli-4.12.0.tar.gz
        Mirror (onion service): http://⟪O⟫.onion/releases/
        Verify with the published sha256 before installing.
        """, C=cid, O=onion)
    add(G, "base32", text, [])

    # ---- hex ------------------------------------------------------------------------
    dk = do_tok()
    h = dk.encode().hex()
    text = T("""
        storefront=> SELECT id, provider, token_raw FROM integrations WHERE id = 7;
         id |   provider   |  token_raw
        ----+--------------+------------------------------------------------
          7 | digitalocean | \\x⟪H⟫
        (1 row)
        """, H=h)
    add(G, "hex", text, [h])

    p = pw(14, "!#%*+-=?^_~")
    h = p.encode().hex().upper()
    text = "[ldap]\nurl = ldaps://dc01.corp.local:636\nbind_dn = CN=svc-wiki,OU=Service,DC=corp,DC=local\n; hex because the ini parser chokes on special chars\nbind_pw_hex = %s\n" % h
    add(G, "hex", text, [h])

    text = "\n".join("%s  %s" % (hx(64), f) for f in ["northwind-cli-4.12.0-linux-amd64.tar.gz",
                                                        "northwind-cli-4.12.0-darwin-arm64.tar.gz",
                                                        "northwind-cli-4.12.0-windows-amd64.zip"])
    add(G, "hex", "$ cat SHA256SUMS\n" + text, [])

    # ---- pct2 (double percent-encoding) -----------------------------------------------
    xp, p = slack_user(), pw(14, "!#%*+-=?^_~")
    inner = "https://ops.northwind.io/connect?token=%s&pw=%s" % (xp, urllib.parse.quote(p, safe=""))
    outer = urllib.parse.quote(inner, safe="")
    url = "https://sso.northwind.io/login?return_to=" + urllib.parse.quote(outer, safe="")
    p2 = urllib.parse.quote(urllib.parse.quote(urllib.parse.quote(p, safe=""), safe=""), safe="")
    text = "GET %s HTTP/1.1\nHost: sso.northwind.io\nReferer: https://ops.northwind.io/" % url
    add(G, "pct2", text, [xp, p2])

    p = pw(15, "!#%*+-=?^_~")
    state = json.dumps({"v": 1, "user": "svc-import", "password": p, "next": "/imports"}, separators=(",", ":"))
    enc2 = urllib.parse.quote(urllib.parse.quote(state, safe=""), safe="")
    pe = urllib.parse.quote(urllib.parse.quote(p, safe=""), safe="")
    text = "302 Found\nLocation: https://auth.partner-logistics.de/oauth/authorize?client_id=northwind-import&response_type=code&state=%s" % enc2
    add(G, "pct2", text, [pe])

    inner = "https://shop.northwind-outdoor.com/sale?utm_source=newsletter&utm_campaign=spring-24&ref=" + hx(12)
    text = "https://click.mailer.northwind-outdoor.com/track?u=" + urllib.parse.quote(urllib.parse.quote(inner, safe=""), safe="") + "&id=" + uid()
    add(G, "pct2", text, [])

    # ---- uescape ------------------------------------------------------------------------
    p = "M\u00fcllabfuhr#Dienstag%d" % R.randint(10, 99)
    obj = {"service": "nas-backup", "user": "backup", "password": p, "target": "smb://nas01/backup"}
    text = json.dumps(obj)  # ensure_ascii -> \u00fc
    pe = p.replace("\u00fc", "\\u00fc")
    add(G, "uescape", text, [pe])

    akid, sec = aws_akid(), aws_secret()
    ea = "".join("\\x%02x" % ord(c) for c in akid)
    es = "".join("\\x%02x" % ord(c) for c in sec)
    text = 'var _0x3f1a=["%s","%s","eu-west-1"];\nAWS.config.update({accessKeyId:_0x3f1a[0],secretAccessKey:_0x3f1a[1],region:_0x3f1a[2]});' % (ea, es)
    add(G, "uescape", text, [ea, es])

    gq = groq()
    eg = "".join("\\u%04x" % ord(c) for c in gq)
    text = "const GROQ_KEY = \"%s\";\nconst groq = new Groq({ apiKey: GROQ_KEY, dangerouslyAllowBrowser: true });" % eg
    add(G, "uescape", text, [eg])

    text = json.dumps({"title": "Caf\u00e9 menu \u2014 spring", "items": ["Cr\u00e8me br\u00fbl\u00e9e", "Espresso"],
                       "price_eur": 4.5, "sku": "CAF-" + hx(8)})
    add(G, "uescape", text, [])

    # ---- entities ---------------------------------------------------------------------------
    p = "Ke%d&lt;Harbor&gt;&amp;Tide" % R.randint(10, 99)
    text = T("""
        <form method="post" action="/admin/smtp">
          <label>SMTP user <input name="smtp_user" value="relay@northwind-outdoor.com"></label>
          <label>SMTP password <input type="password" name="smtp_password" value="⟪P⟫"></label>
          <button type="submit">Save</button>
        </form>
        """, P=p)
    add(G, "entities", text, [p])

    p = "Tr&#252;ffel&#38;Honig%d" % R.randint(10, 99)
    text = T("""
        <?xml version="1.0" encoding="UTF-8"?>
        <datasources>
          <datasource jndi-name="java:/jdbc/Shop" pool-name="ShopPool">
            <connection-url>jdbc:mariadb://mariadb-prod:3306/shop</connection-url>
            <security>
              <user-name>shop</user-name>
              <password>⟪P⟫</password>
            </security>
          </datasource>
        </datasources>
        """, P=p)
    add(G, "entities", text, [p])

    em = email("Daan", "de Vries", "kpnmail.nl", 0)
    ee = "".join("&#%d;" % ord(c) for c in em)
    ex = "".join("&#x%x;" % ord(c) for c in em)
    text = '<p>Questions? Mail <a href="mailto:%s">%s</a> or call the front desk.</p>' % (ex, ee)
    add(G, "entities", text, [ee, ex])

    text = T("""
        <footer class="site-footer css-1q2w3e4">
          <p>&copy; 2024 Northwind Outdoor &mdash; all rights reserved&nbsp;&middot;&nbsp;<a href="/privacy">Privacy</a></p>
          <script src="/static/js/main.⟪H⟫.js" integrity="sha256-⟪I⟫" crossorigin="anonymous"></script>
        </footer>
        """, H=hx(8), I=b64(rbytes(32)))
    add(G, "entities", text, [])

    # ---- qp (quoted-printable) ------------------------------------------------------------
    k = openai_svc()
    first = "Your new service account key (shown only once): "
    room = 75 - len(first)
    pieces = [k[:room], k[room:room + 75], k[room + 75:]]
    text = ("From: platform-bot@northwind.io\nTo: data-team@northwind.io\nSubject: New API key for the batch pipeline\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n"
            "Hi team,\n\n" + first + pieces[0] + "=\n" + pieces[1] + "=\n" + pieces[2] + "\n\nStore it in Vault under =\n"
            "kv/batch/openai and delete this mail.\n")
    add(G, "qp", text, pieces)

    p = "Gr\u00fc\u00dfe=Sonne%d!" % R.randint(10, 99)
    q = qp_chars(p)
    text = ("Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n"
            "Hallo Frau Kowalski,\n\nIhr vor=C3=BCbergehendes Passwort f=C3=BCr das Lieferantenportal lautet: %s\n"
            "Bitte =C3=A4ndern Sie es nach der ersten Anmeldung.\n") % q
    add(G, "qp", text, [q])

    text = ("Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n"
            "Spring sale =E2=80=94 up to 40 % off tents, sleeping bags and everything you=\n"
            " need for the first warm weekend. Use the link in the app; codes are applied=\n"
            " automatically at checkout.\n\nUnsubscribe: https://northwind-outdoor.com/u?id=3D" + hx(16) + "\n")
    add(G, "qp", text, [])

    # ---- jsonesc ---------------------------------------------------------------------------
    p = upw()
    em = email("Ana", "Souza", "gmail.com", 0)
    eme = em.replace("@", "\\u0040")
    text = '{"status":"ok","db":"mongodb:\\/\\/app_user:%s@mongo-rs0.internal:27017\\/shop?replicaSet=rs0","contact":"%s"}' % (p, eme)
    add(G, "jsonesc", text, [p, eme])

    raw = pw(8, "!#%*+-=?^_~") + '"' + pw(8, "!#%*+-=?^_~") + "\\" + pw(6, "!#%*+-=?^_~")
    esc = json.dumps(raw)[1:-1]
    text = json.dumps({"ftp": {"host": "ftp.partner-logistics.de", "user": "northwind", "password": raw, "passive": True}}, indent=2)
    add(G, "jsonesc", text, [esc])

    text = '{"links":{"self":"https:\\/\\/api.northwind.io\\/v2\\/items?page=2","next":"https:\\/\\/api.northwind.io\\/v2\\/items?page=3"},"note":"Preis inkl. MwSt. \\u2013 Versand ab 49\\u00a0\\u20ac gratis","etag":"%s"}' % hx(32)
    add(G, "jsonesc", text, [])

    # ---- data URIs ----------------------------------------------------------------------------
    rk, p = stripe("rk_live_", long=False), upw()
    env = "STRIPE_KEY=%s\nDATABASE_URL=postgres://shop:%s@db:5432/shop\n" % (rk, p)
    d = b64(env.encode())
    text = 'fetch("data:text/plain;base64,%s").then(r => r.text()).then(loadEnv); // TODO remove before release' % d
    add(G, "data_uri", text, [d])

    ab = atlassian()
    d = b64(json.dumps({"site": "northwind.atlassian.net", "email": "ci@northwind.io", "apiToken": ab}).encode())
    text = "## Jira import config\n\n![config](data:application/json;base64,%s)\n" % d
    add(G, "data_uri", text, [d])

    svg = b64(b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="7" fill="#2e7d32"/></svg>')
    text = '.status-ok { background-image: url("data:image/svg+xml;base64,%s"); }\n.hello::after { content: url("data:text/plain;charset=utf-8,Hello%%20world"); }' % svg
    add(G, "data_uri", text, [])


# ==========================================================================
# group: pii — personal data in many contexts
# ==========================================================================

def pii_cases():
    G = "pii"

    # ---- csv ------------------------------------------------------------------------
    rows, secrets = [], []
    people = [("María", "Fernández", "ES", "+34 6NN NN NN NN"), ("Jonas", "Becker", "DE", "+49 176 NNNNNNNN"),
              ("Aïcha", "Benali", "FR", "+33 6 NN NN NN NN"), ("Daan", "de Vries", "NL", "+31 6 NNNNNNNN"),
              ("Łukasz", "Nowak", "PL", "+48 5NN NNN NNN")]
    for i, (f, l, cc, fmt) in enumerate(people):
        em, phn, ib = email(f, l), ph(fmt), iban(cc)
        rows.append('%d,"%s %s",%s,%s,%s,%s' % (1001 + i, f, l, em, phn, ib, R.choice(["2024-04-02", "2024-04-17", "2024-05-01"])))
        secrets += [em, phn, ib]
    add(G, "csv", "customer_id,name,email,phone,iban,created\n" + "\n".join(rows), secrets)

    rows, secrets = [], []
    for f, l in [("Kevin", "Walsh"), ("Shanice", "Morgan"), ("Dmitri", "Orlov")]:
        s = ssn()
        rows.append("%s;%s;%s;%s;%s" % (f, l, s, R.choice(["Engineering", "Sales", "Support"]), R.choice(["FT", "PT"])))
        secrets.append(s)
    for f, l in [("Oliver", "Bennett"), ("Amara", "Okafor")]:
        n = nino()
        rows.append("%s;%s;%s;%s;%s" % (f, l, n, "Support", "FT"))
        secrets.append(n)
    add(G, "csv", "first_name;last_name;tax_id;department;contract\n" + "\n".join(rows), secrets)

    rows, secrets = [], []
    for brand, fmt, sep in [("visa", [4, 4, 4, 4], "-"), ("amex", [4, 6, 5], " "), ("mc2", [4, 4, 4, 4], " "),
                            ("disc", [4, 4, 4, 4], "-"), ("diners", [4, 6, 4], " ")]:
        c = group(card(brand), fmt, sep)
        rows.append("%s\t%s\t%02d/%02d\t%s" % (uid()[:8], c, R.randint(1, 12), R.randint(25, 30), R.choice(["captured", "refunded", "declined"])))
        secrets.append(c)
    add(G, "csv", "txn\tpan\texp\tstatus\n" + "\n".join(rows), secrets)

    text = T("""
        sku,title,price_eur,isbn,updated_at,warehouse_bin
        TNT-2P-0042,Trail Tent 2P,249.00,,2024-05-02T10:11:12Z,B-14-03
        BK-0193,Field Guide to Alpine Flowers,24.90,978-3-16-148410-0,2024-04-28T08:00:00Z,A-02-11
        SLB-MUMMY-L,Mummy Sleeping Bag L,189.50,,2024-05-01T17:45:09Z,C-07-22
        HDL-400,Headlamp 400lm,39.95,,1714644851123,A-01-01
        """)
    add(G, "csv", text, [])

    # ---- json records -------------------------------------------------------------------
    em, phn, c = email("Ana", "Souza", "gmail.com", 0), ph("+55 (11) 9NNNN-NNNN"), cpf()
    ip = ipv4()
    rec = {"id": "cus_" + an(14), "name": "Ana Souza", "email": em, "phone": phn, "document": {"type": "CPF", "number": c},
           "address": {"street": "Rua Augusta, 1508", "city": "São Paulo", "postal_code": "01304-001", "country": "BR"},
           "last_login_ip": ip, "marketing_opt_in": False}
    add(G, "json", J(rec, indent=2), [em, phn, c, ip])

    ad, em, phn = aadhaar(), email("Priya", "Raghunathan", "outlook.com", 0), ph("+91 9NNNN NNNNN")
    payload = {"event": "kyc.completed", "data": {"applicant": {"full_name": "Priya Raghunathan", "aadhaar": ad,
               "mobile": phn, "email": em, "dob": "1991-08-14"}, "verified_at": "2024-05-02T10:11:12Z"}}
    add(G, "json", "POST /webhooks/kyc 200\n" + J(payload), [ad, em, phn])

    lines, secrets = [], []
    for f, l, fmt in [("Takeshi", "Yamamoto", "+81 90-DNNN-NNNN"), ("Kim", "Min-jun", "+82 10-DNNN-NNNN"),
                      ("Chen", "Wei", "+86 138 DNNN NNNN")]:
        em, phn = email(f, l), ph(fmt)
        lines.append(Jc({"ts": "2024-05-02T10:%02d:00Z" % R.randint(0, 59), "event": "signup", "name": "%s %s" % (f, l),
                         "email": em, "phone": phn, "locale": R.choice(["ja-JP", "ko-KR", "zh-CN"])}))
        secrets += [em, phn]
    add(G, "json", "\n".join(lines), secrets)

    rec = {"metric": "checkout.latency", "unit": "ms", "points": [[1714644851, 212.4], [1714644911, 198.0], [1714644971, 231.7]],
           "tags": {"region": "eu-central-1", "service": "checkout", "version": "4.12.0"}, "series_id": uid(),
           "host_count": 12, "sample_rate": 0.25}
    add(G, "json", J(rec, indent=2), [])

    rec = {"order": {"number": "2024-0519-3381", "created": "2024-05-19T09:41:00Z", "items": 3, "total_cents": 48990,
                     "currency": "EUR", "shipment": {"carrier": "DHL", "tracking": "JJD00" + digits(16),
                     "parcel_ref": luhn_bad("4", 16)}}}
    add(G, "json", J(rec, indent=2), [])

    # ---- freetext --------------------------------------------------------------------
    em, ph1, ph2 = email("Olena", "Kovalenko", "ukr.net", 0), ph("+380 67 NNN NN NN"), ph("+48 6NN NNN NNN")
    text = ("Hi! This is Olena Kovalenko, I booked the apartment for 12-15 May. You can reach me at %s or on WhatsApp %s; "
            "from Monday I'm in Kraków, so better call my Polish number %s. Thanks!") % (em, ph1, ph2)
    add(G, "freetext", text, [em, ph1, ph2])

    em, phn, ipn = email("Fatima", "Al-Harbi", "northwind-me.com", 0), ph("+966 5N NNN NNNN"), ipv6()
    text = T("""
        Best regards,

        Fatima Al-Harbi
        Regional Sales Manager, Middle East
        Northwind Outdoor Trading LLC
        M: ⟪PH⟫ | E: ⟪EM⟫
        (sent from my home office, VPN exit ⟪IP⟫)
        """, PH=phn, EM=em, IP=ipn)
    add(G, "freetext", text, [phn, em, ipn])

    p1, p2, p3 = ph("+1 312-NNN-NNNN"), ph("+44 20 7NNN NNNN"), ph("+61 4NN NNN NNN")
    text = ("Meeting notes 2 May \u2014 vendor call\nAttendees: Kevin Walsh (%s), Oliver Bennett (%s), Mia Nguyen (%s)\n"
            "Action: Kevin sends the revised quote by Friday.") % (p1, p2, p3)
    add(G, "freetext", text, [p1, p2, p3])

    add(G, "freetext", "We will never ask for your phone number, card number or password by e-mail or chat. If you "
        "receive such a request, report it through the in-app form (Settings \u2192 Security \u2192 Report phishing).", [])
    add(G, "freetext", "Release 4.12.0 is out: checkout latency is down 18 %, the search index rebuild takes 12 minutes "
        "instead of 40, and order numbers now use the format YYYY-MMDD-NNNN (for example 2024-0519-3381).", [])

    # ---- phones in many national formats -------------------------------------------------
    fmts = ["+49 30 DNNNNNNN", "030 DNNN NNNN", "+33 1 DN NN NN NN", "01 DN NN NN NN", "+44 20 7NNN NNNN",
            "+34 91 DNN NN NN", "+39 02 DNNN NNNN", "+31 20 DNN NNNN", "+48 22 DNN NN NN", "+41 44 DNN NN NN",
            "+43 1 DNNNNNN", "+46 8-DNN NNN NN"]
    phones = [ph(f) for f in fmts]
    offices = ["Berlin", "Berlin (Zentrale)", "Paris", "Paris (standard)", "London", "Madrid", "Milano", "Amsterdam",
               "Warszawa", "Zürich", "Wien", "Stockholm"]
    text = "Office directory (EU)\n" + "\n".join("- %s: %s" % (o, p) for o, p in zip(offices, phones))
    add(G, "phones", text, phones)

    fmts = ["+81 3-DNNN-NNNN", "090-DNNN-NNNN", "+86 10 DNNN NNNN", "+82 2-DNNN-NNNN", "010-DNNN-NNNN",
            "+91 80 DNNN NNNN", "+84 28 DNNN NNNN", "+62 21 DNNN NNNN", "+66 2 DNN NNNN", "+63 917 DNN NNNN"]
    phones = [ph(f) for f in fmts]
    text = "| city | contact |\n|---|---|\n" + "\n".join("| %s | %s |" % (c, p) for c, p in zip(
        ["東京", "東京 (携帯)", "北京", "서울", "서울 (휴대폰)", "Bengaluru", "TP. Hồ Chí Minh", "Jakarta", "Bangkok", "Manila"], phones))
    add(G, "phones", text, phones)

    fmts = ["(212) 5N7-NNNN", "+1 416 DNN NNNN", "+55 21 9NNNN-NNNN", "+52 55 DNNN NNNN", "+54 9 11 DNNN-NNNN",
            "+27 82 DNN NNNN", "+234 803 DNN NNNN", "+254 7NN DNN NNN", "+20 10 DNNN NNNN", "+971 50 DNN NNNN",
            "+90 532 DNN NN NN", "+7 (916) DNN-NN-NN", "+61 2 DNNN NNNN", "+64 21 DNN NNNN", "+972 52-DNN-NNNN"]
    phones = [ph(f) for f in fmts]
    text = "\n".join("%s \u2014 %s" % (c, p) for c, p in zip(
        ["New York", "Toronto", "Rio", "CDMX", "Buenos Aires", "Johannesburg", "Lagos", "Nairobi", "Cairo", "Dubai",
         "İstanbul", "Москва", "Sydney", "Auckland", "Tel Aviv"], phones))
    add(G, "phones", "Emergency contacts per site:\n" + text, phones)

    text = T("""
        Build matrix
          node: 18.20.2, 20.12.2, 22.1.0
          screen sizes: 1920x1080, 2560x1440
          ports: 8080-8089
          timeout: 30000 ms (epoch start 1714644851)
        Changelog 2024-05-02: bumped chromium to 124.0.6367.91, order ids now 2024-0519-3381 style
        """)
    add(G, "phones", text, [])

    # ---- cards ---------------------------------------------------------------------------
    c1, c2, c3 = group(card("jcb"), [4, 4, 4, 4]), group(card("unionpay"), [4, 4, 4, 4], "-"), card("visa")
    text = ("Kunde hat angerufen: Karte %s (JCB) wurde doppelt belastet; Ersatzkarte %s. "
            "Alte Visa %s bitte sperren.") % (c1, c2, c3)
    add(G, "cards", text, [c1, c2, c3])

    c = card("amex")
    cs = group(c, [4, 6, 5])
    text = "payment_method: {\"type\": \"card\", \"card\": {\"number\": \"%s\", \"exp_month\": 7, \"exp_year\": 2027, \"cvc\": \"%s\"}}\nretry with spaced: %s" % (
        c, digits(4), cs)
    add(G, "cards", text, [c, cs])

    bad1, bad2 = luhn_bad("4", 16), luhn_bad("5", 16)
    text = "Shipment refs for the claim: %s and %s (carrier internal ids, not payment data). Tracking: %s." % (
        group(bad1, [4, 4, 4, 4]), bad2, "1Z" + pick(UP + DG, 16))
    add(G, "cards", text, [])

    # ---- iban -------------------------------------------------------------------------------
    secrets, lines = [], []
    for cc, nm in [("DE", "Jonas Becker"), ("FR", "Aïcha Benali"), ("ES", "María Fernández"), ("IT", "Giulia Romano"),
                   ("BE", "Lotte Peeters"), ("AT", "Lukas Gruber"), ("CH", "Noah Meier")]:
        ib = spaced4(iban(cc))
        lines.append("%s: %s" % (nm, ib))
        secrets.append(ib)
    add(G, "iban", "Refunds to process (SEPA):\n" + "\n".join(lines), secrets)

    secrets, parts = [], []
    for cc in ["PL", "PT", "SE", "NO", "GB", "IE", "TR", "SA", "NL"]:
        ib = iban(cc)
        parts.append(ib)
        secrets.append(ib)
    text = "payout_accounts = %s" % json.dumps(parts)
    add(G, "iban", text, secrets)

    # ---- national ids ---------------------------------------------------------------------
    d, n, fr = dni(), nie(), nir()
    cf = codice_fiscale("Romano", "Giulia", 1988, 3, 14, True, "F205")
    text = T("""
        Datos del empleado
          Nombre: María Fernández López
          DNI: ⟪D⟫
        Dati dipendente (sede Milano)
          Codice fiscale: ⟪CF⟫
        Fiche salarié
          N° de sécurité sociale : ⟪NIR⟫
        Pareja (residente extranjero) NIE: ⟪N⟫
        """, D=d, CF=cf, NIR=fr, N=n)
    add(G, "ids", text, [d, cf, fr, n])

    ps, bs, pn, be = pesel(), bsn(), personnummer(), be_nn()
    text = ("PESEL: %s | BSN: %s | personnummer: %s | rijksregisternummer: %s\n"
            "(scanned from the onboarding forms of Łukasz Nowak, Daan de Vries, Sven Lindqvist and Lotte Peeters)") % (ps, bs, pn, be)
    add(G, "ids", text, [ps, bs, pn, be])

    cn, kr, tf, tc, sn = china_id(), korean_rrn(), tfn(), tc_kimlik(), sin()
    rec = {"applicants": [{"name": "Chen Wei", "id_type": "居民身份证", "id_number": cn},
                          {"name": "Kim Min-jun", "id_type": "주민등록번호", "id_number": kr},
                          {"name": "Jack Taylor", "id_type": "TFN", "id_number": tf},
                          {"name": "Mehmet Yılmaz", "id_type": "TC Kimlik No", "id_number": tc},
                          {"name": "Émilie Tremblay", "id_type": "SIN", "id_number": sn}]}
    add(G, "ids", J(rec, indent=2), [cn, kr, tf, tc, sn])

    text = T("""
        Validation rules for the signup form:
          - Spanish DNI: 8 digits followed by a control letter (mod 23).
          - Brazilian CPF: 11 digits, two check digits, formatted 000.000.000-00.
          - US SSN: area-group-serial, never 000 / 666 / 9xx in the area.
        Test with the fixtures in tests/fixtures/ids.yaml (all synthetic, generated at test time).
        """)
    add(G, "ids", text, [])

    # ---- ip addresses --------------------------------------------------------------------
    a, b, c6 = ipv4(), ipv4(), ipv6()
    text = T("""
        Suspicious logins for account 88213 (last 24h):
          2024-05-02 03:11:09 UTC  ⟪A⟫    Lagos, NG       failed (bad password)
          2024-05-02 03:11:40 UTC  ⟪B⟫   Bucharest, RO   failed (bad password)
          2024-05-02 07:45:02 UTC  [⟪C⟫]:51322  Berlin, DE  success (2FA)
        """, A=a, B=b, C=c6)
    add(G, "ip", text, [a, b, c6])

    a, c6 = ipv4(), ipv6()
    rec = {"session": uid(), "client": {"ip": a, "ipv6": c6, "ua": "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0"},
           "geo": {"country": "FR", "city": "Lyon"}}
    add(G, "ip", J(rec), [a, c6])

    text = T("""
        SNMP walk of the UPS (enterprise OID 1.3.6.1.4.1.318):
          upsBasicIdentModel     = "Smart-UPS 1500"
          upsAdvIdentFirmwareRev = "UPS 09.3 (ID18)"
          upsAdvBatteryCapacity  = 100
        Browser: Chrome/124.0.6367.91, agent build 2024.05.02.1130
        """)
    add(G, "ip", text, [])

    # ---- field names in other languages ---------------------------------------------------
    phn, em, ib = ph("+49 (0)89 NNNNNNN"), email("Lukas", "Gruber", "gmx.at", 0), spaced4(iban("DE"))
    text = T("""
        Vorname: Lukas
        Nachname: Gruber
        Telefonnummer: ⟪PH⟫
        E-Mail-Adresse: ⟪EM⟫
        Kontonummer (IBAN): ⟪IB⟫
        Geburtsdatum: 03.11.1987
        """, PH=phn, EM=em, IB=ib)
    add(G, "fields_i18n", text, [phn, em, ib])

    phn, c, em = ph("+55 (21) 9NNNN-NNNN"), group(card("mc"), [4, 4, 4, 4]), email("João", "Pereira", "uol.com.br", 0)
    text = "Nome completo: João Pereira\nCelular: %s\nNúmero do cartão: %s\nCorreio eletrônico: %s\nCPF: %s" % (phn, c, em, cpf())
    add(G, "fields_i18n", text, [phn, c, em, text.rsplit("CPF: ", 1)[1]])

    j1, j2, j3 = ph("090-DNNN-NNNN"), ph("+7 (9NN) DNN-NN-NN"), ph("+86 139 DNNN NNNN")
    e1 = email("Yuki", "Tanaka", "docomo.ne.jp", 0)
    text = ("氏名: 田中 由紀\n電話番号: %s\nメールアドレス: %s\n---\nФИО: Иванова Анна Сергеевна\nНомер телефона: %s\n---\n"
            "姓名：王芳\n手机号：%s") % (j1, e1, j2, j3)
    add(G, "fields_i18n", text, [j1, e1, j2, j3])

    text = T("""
        <label for="tel">Telefonnummer</label> <input id="tel" name="telefon" type="tel" placeholder="+49 …">
        <label for="iban">IBAN</label> <input id="iban" name="iban" placeholder="DE.. .... .... .... .... ..">
        <label for="mail">E-Mail-Adresse</label> <input id="mail" name="email" type="email" autocomplete="email">
        <label for="nr">Numéro de sécurité sociale</label> <input id="nr" name="nir" inputmode="numeric">
        """)
    add(G, "fields_i18n", text, [])


def main():
    llm_cases()
    logs_cases()
    code_cases()
    prose_cases()
    encoded_cases()
    pii_cases()
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for c in CASES:
        for s in c["secrets"]:
            assert s in c["text"], (c["id"], s)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "cases.jsonl"), "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    pos = sum(1 for c in CASES if c["secrets"])
    print("wrote %d cases (%d positive, %d negative)" % (len(CASES), pos, len(CASES) - pos))


if __name__ == "__main__":
    main()
