"""Shared helpers for the adv15 blind set.

Everything here is deterministic given the random.Random passed in.
Token shapes follow the providers' public documentation (prefix, charset,
length); bodies are random.  Checksummed formats (Luhn, mod-97, national
IDs, base58check, bech32, CRC24, DER) are computed, not faked.
"""
import base64
import hashlib
import hmac
import json
import os
import re
import struct
import textwrap
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))

UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOWER = "abcdefghijklmnopqrstuvwxyz"
DIGITS = "0123456789"
ALNUM = UPPER + LOWER + DIGITS
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
B32 = UPPER + "234567"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


# --------------------------------------------------------------------------
# case collection
# --------------------------------------------------------------------------
class Cases:
    """Collects cases of one group; numbers them per form (p01.., n01..)."""

    def __init__(self, group):
        self.group = group
        self.items = []
        self._n = {}

    def _add(self, form, kind, text, secrets):
        key = (form, kind)
        self._n[key] = self._n.get(key, 0) + 1
        cid = "%s.%s.%s%02d" % (self.group, form, kind, self._n[key])
        self.items.append({"id": cid, "form": "%s/%s" % (self.group, form),
                           "text": text, "secrets": list(secrets)})

    def pos(self, form, text, secrets):
        secrets = [s for s in secrets]
        assert secrets, form
        self._add(form, "p", text, secrets)

    def neg(self, form, text):
        self._add(form, "n", text, [])


_FILL = re.compile(r"\{\{(\w+)\}\}")


def fill(tpl, **kw):
    """Dedent a template and substitute {{name}} placeholders."""
    t = textwrap.dedent(tpl)
    if t.startswith("\n"):
        t = t[1:]

    def sub(m):
        return str(kw[m.group(1)])
    return _FILL.sub(sub, t)


# --------------------------------------------------------------------------
# basic random
# --------------------------------------------------------------------------
def rs(rng, charset, n):
    return "".join(rng.choice(charset) for _ in range(n))


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def uuid4(rng):
    h = rs(rng, HEX, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64(b):
    return base64.b64encode(b).decode()


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def wrap(s, n=64):
    return [s[i:i + n] for i in range(0, len(s), n)]


def chunks_of(s, n):
    return [s[i:i + n] for i in range(0, len(s), n)]


# --------------------------------------------------------------------------
# words / passwords
# --------------------------------------------------------------------------
with open(os.path.join(HERE, "bip39_english.txt"), encoding="ascii") as _f:
    BIP39 = _f.read().split()
assert len(BIP39) == 2048


def pw_mixed(rng, n=None, punct="!#%^*-_+=.?~"):
    """Random-looking password with all four classes."""
    n = n or rng.randint(12, 20)
    while True:
        s = rng.choice(ALNUM) + rs(rng, ALNUM + punct, n - 1)
        if (any(c in UPPER for c in s) and any(c in LOWER for c in s)
                and any(c in DIGITS for c in s) and any(c in punct for c in s)):
            return s


def pw_phrase(rng, words=3, sep=None, punct="!#%*.?"):
    """Passphrase such as Velvet-Harbor-Crane-42! ."""
    sep = sep if sep is not None else rng.choice("-_.")
    ws = [rng.choice(BIP39).capitalize() for _ in range(words)]
    return sep.join(ws) + sep + str(rng.randint(10, 99)) + rng.choice(punct)


def pw_human(rng, base=None, punct="!#*.$%"):
    """Human-style password: Word/Name + year/digits + symbol, with leetspeak."""
    while not base or len(base) < 5:
        base = rng.choice(BIP39)
    leet = {"a": "4", "e": "3", "o": "0", "i": "1", "s": "5"}
    out = []
    for i, c in enumerate(base):
        if i == 0:
            out.append(c.upper())
        elif c in leet and rng.random() < 0.45:
            out.append(leet[c])
        else:
            out.append(c)
    tail = rng.choice([str(rng.randint(1975, 2024)), str(rng.randint(10, 999))])
    sym = rng.choice(punct)
    if rng.random() < 0.5:
        return "".join(out) + sym + tail
    return "".join(out) + tail + sym


def pw_upper8(rng):
    """Mainframe (RACF) style: 8 chars, upper + digits, starts with a letter."""
    while True:
        s = rng.choice(UPPER) + rs(rng, UPPER + DIGITS + "#@$", 7)
        if any(c in DIGITS for c in s):
            return s


# --------------------------------------------------------------------------
# provider token shapes
# --------------------------------------------------------------------------
def base62(n, width):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = (DIGITS + UPPER + LOWER)[r] + s
    return s.rjust(width, "0")


def gh_token(rng, prefix="ghp_"):
    body = rs(rng, ALNUM, 30)
    return prefix + body + base62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def gh_fine(rng):
    return "github_pat_11" + rs(rng, UPPER + DIGITS, 20) + "_" + rs(rng, ALNUM, 59)


def glpat(rng):
    return "glpat-" + rs(rng, ALNUM + "-_", 20)


def aws_akid(rng, prefix="AKIA"):
    return prefix + rs(rng, B32, 16)


def aws_secret(rng):
    return rs(rng, B64, 40)


def aws_session(rng):
    return "IQoJb3JpZ2luX2VjE" + rs(rng, B64, 340) + "=="


def stripe(rng, kind="sk_live_"):
    if rng.random() < 0.5:
        return kind + rs(rng, ALNUM, 24)
    return kind + "51" + rs(rng, ALNUM, 97)


def openai_key(rng):
    return "sk-proj-" + rs(rng, B64URL, 74) + "T3BlbkFJ" + rs(rng, B64URL, 74)


def anthropic_key(rng):
    return "sk-ant-api03-" + rs(rng, B64URL, 93) + "AA"


def google_api(rng):
    return "AIza" + rs(rng, B64URL, 35)


def gocspx(rng):
    return "GOCSPX-" + rs(rng, B64URL, 28)


def hf_token(rng):
    return "hf_" + rs(rng, UPPER + LOWER, 34)


def slack_bot(rng):
    return "xoxb-%d-%d-%s" % (rng.randint(10 ** 10, 10 ** 12), rng.randint(10 ** 12, 10 ** 13 - 1), rs(rng, ALNUM, 24))


def slack_webhook(rng):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(rng, UPPER + DIGITS, 8), rs(rng, UPPER + DIGITS, 10), rs(rng, ALNUM, 24))


def sendgrid(rng):
    return "SG." + rs(rng, B64URL, 22) + "." + rs(rng, B64URL, 43)


def npm_token(rng):
    return "npm_" + rs(rng, ALNUM, 36)


def twilio_sid(rng, p="AC"):
    return p + rs(rng, HEX, 32)


def vault_token(rng, p="hvs."):
    return p + "CAESI" + rs(rng, B64URL, 86) if p == "hvs." else p + rs(rng, ALNUM, 24)


def doppler(rng, kind="st", env="prd"):
    if kind == "st":
        return "dp.st.%s.%s" % (env, rs(rng, ALNUM, 43))
    return "dp.%s.%s" % (kind, rs(rng, ALNUM, 43))


def azure_client_secret(rng):
    return rs(rng, ALNUM, 3) + rng.choice(DIGITS) + "Q~" + rs(rng, ALNUM + "_~.-", 34)


def azure_storage_key(rng):
    return b64(rbytes(rng, 64))


def databricks(rng):
    return "dapi" + rs(rng, HEX, 32)


def datadog(rng, n=32):
    return rs(rng, HEX, n)


def hex_n(rng, n):
    return rs(rng, HEX, n)


def mailgun(rng):
    return "key-" + rs(rng, HEX, 32)


def shopify(rng):
    return "shpat_" + rs(rng, HEX, 32)


def linear(rng):
    return "lin_api_" + rs(rng, ALNUM, 40)


def heroku(rng):
    return "HRKU-AA" + rs(rng, B64URL, 58)


def pypi_token(rng):
    return "pypi-AgEIcHlwaS5vcmc" + rs(rng, B64URL, 160)


def telegram_bot(rng):
    return "%d:AA%s" % (rng.randint(10 ** 9, 8 * 10 ** 9), rs(rng, B64URL, 33))


def jwt(rng, payload, alg="HS256", sig_bytes=32):
    h = b64url(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + b64url(rbytes(rng, sig_bytes))


def mapbox(rng, kind="sk"):
    p = b64url(json.dumps({"u": "geo-" + rs(rng, LOWER, 6), "a": rs(rng, B64URL, 25)}, separators=(",", ":")).encode())
    return kind + "." + p + "." + rs(rng, B64URL, 22)


# --------------------------------------------------------------------------
# checksums
# --------------------------------------------------------------------------
def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def card(rng, brand="visa"):
    if brand == "visa":
        body = "4" + rs(rng, DIGITS, 14)
    elif brand == "mc":
        body = str(rng.randint(51, 55)) + rs(rng, DIGITS, 13)
    elif brand == "mc2":
        body = str(rng.randint(2221, 2720)) + rs(rng, DIGITS, 11)
    elif brand == "amex":
        body = rng.choice(["34", "37"]) + rs(rng, DIGITS, 12)
    elif brand == "disc":
        body = "6011" + rs(rng, DIGITS, 11)
    elif brand == "jcb":
        body = "35" + str(rng.randint(28, 89)) + rs(rng, DIGITS, 11)
    else:
        raise ValueError(brand)
    return body + luhn_digit(body)


def group_card(num, sep=" "):
    if len(num) == 15:
        return num[:4] + sep + num[4:10] + sep + num[10:]
    return sep.join(chunks_of(num, 4))


def _iban_check(country, bban):
    s = bban + country + "00"
    n = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(n) % 97)


IBAN_SPECS = {
    # country: list of (charset, length) for the BBAN
    "DE": [(DIGITS, 8), (DIGITS, 10)],
    "GB": [(UPPER, 4), (DIGITS, 6), (DIGITS, 8)],
    "CH": [(DIGITS, 5), (DIGITS + UPPER, 12)],
    "AT": [(DIGITS, 5), (DIGITS, 11)],
    "SA": [(DIGITS, 2), (DIGITS + UPPER, 18)],
    "AE": [(DIGITS, 3), (DIGITS, 16)],
    "TR": [(DIGITS, 5), ("0", 1), (DIGITS + UPPER, 16)],
    "PK": [(UPPER, 4), (DIGITS + UPPER, 16)],
    "EG": [(DIGITS, 4), (DIGITS, 4), (DIGITS, 17)],
    "IL": [(DIGITS, 3), (DIGITS, 3), (DIGITS, 13)],
    "LT": [(DIGITS, 5), (DIGITS, 11)],
    "LV": [(UPPER, 4), (DIGITS + UPPER, 13)],
    "IE": [(UPPER, 4), (DIGITS, 6), (DIGITS, 8)],
    "MT": [(UPPER, 4), (DIGITS, 5), (DIGITS + UPPER, 18)],
    "SE": [(DIGITS, 3), (DIGITS, 17)],
    "PL": [(DIGITS, 8), (DIGITS, 16)],
    "JO": [(UPPER, 4), (DIGITS, 4), (DIGITS + UPPER, 18)],
    "QA": [(UPPER, 4), (DIGITS + UPPER, 21)],
    "KW": [(UPPER, 4), (DIGITS + UPPER, 22)],
}


def iban(rng, country, bank=None):
    if country == "NL":
        while True:  # elfproef on the 10-digit account
            acct = rs(rng, DIGITS, 10)
            if acct[0] != "0" and sum(int(d) * (10 - i) for i, d in enumerate(acct)) % 11 == 0:
                break
        bban = (bank or rng.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB"])) + acct
    elif country == "BE":
        first = rs(rng, DIGITS, 10)
        c = int(first) % 97 or 97
        bban = first + "%02d" % c
    elif country == "ES":
        ent, ofi, acct = rs(rng, DIGITS, 4), rs(rng, DIGITS, 4), rs(rng, DIGITS, 10)

        def dc(s):
            w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
            r = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
            return {10: 1, 11: 0}.get(r, r)
        bban = ent + ofi + str(dc("00" + ent + ofi)) + str(dc(acct)) + acct
    elif country == "FR":
        bk, br, acct = rs(rng, DIGITS, 5), rs(rng, DIGITS, 5), rs(rng, DIGITS, 11)
        key = 97 - (89 * int(bk) + 15 * int(br) + 3 * int(acct)) % 97
        bban = bk + br + acct + "%02d" % key
    else:
        parts = []
        for i, (cs, n) in enumerate(IBAN_SPECS[country]):
            if i == 0 and bank:
                parts.append(bank)
            else:
                parts.append(rs(rng, cs, n))
        bban = "".join(parts)
    return country + _iban_check(country, bban) + bban


def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def iban_print(s):
    return " ".join(chunks_of(s, 4))


# ---- national IDs --------------------------------------------------------
def za_id(rng, yy=None, female=None):
    yy = yy if yy is not None else rng.randint(60, 99)
    mm, dd = rng.randint(1, 12), rng.randint(1, 28)
    female = rng.random() < 0.5 if female is None else female
    g = rng.randint(0, 4999) if female else rng.randint(5000, 9999)
    body = "%02d%02d%02d%04d%d8" % (yy, mm, dd, g, rng.choice([0, 0, 0, 1]))
    return body + luhn_digit(body)


def emirates_id(rng, year=None):
    year = year or rng.randint(1965, 2002)
    body = "784%04d%s" % (year, rs(rng, DIGITS, 7))
    full = body + luhn_digit(body)
    return "%s-%s-%s-%s" % (full[:3], full[3:7], full[7:14], full[14])


def il_tz(rng):
    body = str(rng.randint(1, 3)) + rs(rng, DIGITS, 7)
    for c in DIGITS:
        cand = body + c
        tot = 0
        for i, ch in enumerate(cand):
            v = int(ch) * (1 if i % 2 == 0 else 2)
            tot += v if v < 10 else v - 9
        if tot % 10 == 0:
            return cand


def tr_tc(rng):
    d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def th_id(rng):
    body = str(rng.randint(1, 8)) + rs(rng, DIGITS, 11)
    s = sum(int(c) * (13 - i) for i, c in enumerate(body))
    return body + str((11 - s % 11) % 10)


def th_fmt(s):
    return "%s-%s-%s-%s-%s" % (s[0], s[1:5], s[5:10], s[10:12], s[12])


def ar_cuit(rng, prefix=None):
    while True:
        pre = prefix or rng.choice(["20", "27", "23"])
        body = pre + "%08d" % rng.randint(10 ** 7, 45 * 10 ** 6)
        w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        r = 11 - sum(int(a) * b for a, b in zip(body, w)) % 11
        if r == 10:
            continue
        r = 0 if r == 11 else r
        return "%s-%s-%d" % (body[:2], body[2:], r)


def cl_rut(rng, want_k=False):
    while True:
        body = rng.randint(5 * 10 ** 6, 25 * 10 ** 6)
        s, m = 0, 2
        for ch in reversed(str(body)):
            s += int(ch) * m
            m = 2 if m == 7 else m + 1
        r = 11 - s % 11
        dv = "0" if r == 11 else ("K" if r == 10 else str(r))
        if want_k and dv != "K":
            continue
        return "{:,}".format(body).replace(",", ".") + "-" + dv


CURP_DICT = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def mx_curp(rng, ap, am, nombre, yy, mm, dd, sexo, estado):
    vow = "AEIOU"

    def first_internal(s, cls):
        for ch in s[1:]:
            if (ch in vow) == (cls == "v"):
                return ch
        return "X"
    base = (ap[0] + first_internal(ap, "v") + am[0] + nombre[0] + "%02d%02d%02d" % (yy % 100, mm, dd)
            + sexo + estado + first_internal(ap, "c") + first_internal(am, "c") + first_internal(nombre, "c"))
    base += str(rng.randint(0, 9)) if yy < 2000 else rng.choice("ABCDEF")
    s = sum(CURP_DICT.index(c) * (18 - i) for i, c in enumerate(base))
    return base + str((10 - s % 10) % 10)


RFC_DICT = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"


def mx_rfc(rng, curp):
    base = curp[:10] + rs(rng, UPPER.replace("O", "").replace("I", "") + "123456789", 2)
    s = sum(RFC_DICT.index(c) * (13 - i) for i, c in enumerate(base))
    r = s % 11
    dv = "0" if r == 0 else ("A" if 11 - r == 10 else str(11 - r))
    return base + dv


def co_nit(rng):
    body = str(rng.randint(800000000, 901999999))
    w = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71]
    s = sum(int(c) * w[i] for i, c in enumerate(reversed(body))) % 11
    dv = s if s in (0, 1) else 11 - s
    return "%s.%s.%s-%d" % (body[:3], body[3:6], body[6:], dv)


def sa_id(rng, first="2"):
    body = first + rs(rng, DIGITS, 8)
    tot = 0
    for i, ch in enumerate(body):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d = d // 10 + d % 10
        tot += d
    return body + str((10 - tot % 10) % 10)


def pk_cnic(rng, female=None):
    female = rng.random() < 0.5 if female is None else female
    last = rng.choice("02468") if female else rng.choice("13579")
    return "%d%s-%s-%s" % (rng.randint(1, 7), rs(rng, DIGITS, 4), rs(rng, DIGITS, 7), last)


def id_nik(rng, female=False, dob=None):
    prov = rng.choice(["31", "32", "33", "35", "36", "51", "73"])
    yy, mm, dd = dob or (rng.randint(70, 99), rng.randint(1, 12), rng.randint(1, 28))
    return prov + "%02d%02d" % (rng.randint(1, 20), rng.randint(1, 30)) + "%02d%02d%02d" % (dd + (40 if female else 0), mm, yy) + "%04d" % rng.randint(1, 40)


def vn_cccd(rng, yy=None, female=False, century20=True):
    prov = rng.choice(["001", "079", "048", "031", "092"])
    g = (0 if century20 else 2) + (1 if female else 0)
    yy = yy if yy is not None else rng.randint(70, 99)
    return prov + str(g) + "%02d" % yy + rs(rng, DIGITS, 6)


def my_mykad(rng, yy=None, female=None):
    yy = yy if yy is not None else rng.randint(70, 99)
    female = rng.random() < 0.5 if female is None else female
    last = rng.choice("02468") if female else rng.choice("13579")
    return "%02d%02d%02d-%s-%s%s" % (yy, rng.randint(1, 12), rng.randint(1, 28), rng.choice(["14", "10", "07", "01", "08"]), rs(rng, DIGITS, 3), last)


def eg_nid(rng, century="2"):
    yy, mm, dd = rng.randint(60, 99), rng.randint(1, 12), rng.randint(1, 28)
    return century + "%02d%02d%02d" % (yy, mm, dd) + rng.choice(["01", "02", "21", "12", "88"]) + rs(rng, DIGITS, 4) + rng.choice(DIGITS)


def ke_kra(rng):
    return "A" + rs(rng, DIGITS, 9) + rng.choice(UPPER)


# ---- phones ----------------------------------------------------------------
def phone(rng, cc):
    d = lambda n: rs(rng, DIGITS, n)
    if cc == "NG":
        return "+234 %s %s %s" % (rng.choice(["803", "806", "813", "816", "703", "905", "809"]), d(3), d(4))
    if cc == "KE":
        return "+254 7%s %s %s" % (rng.choice("0129"), d(2) + "", d(3)) + " " + d(3) if False else "+254 7%s%s %s %s" % (rng.choice("0129"), d(1), d(3), d(3))
    if cc == "ZA":
        return "+27 %s %s %s" % (rng.choice(["82", "83", "72", "71", "61"]), d(3), d(4))
    if cc == "EG":
        return "+20 1%s %s %s" % (rng.choice("0125"), d(4), d(4))
    if cc == "SA":
        return "+966 5%s %s %s" % (rng.choice("03456"), d(3), d(4))
    if cc == "AE":
        return "+971 5%s %s %s" % (rng.choice("02568"), d(3), d(4))
    if cc == "IL":
        return "+972-5%s-%s-%s" % (rng.choice("0234"), d(3), d(4))
    if cc == "TR":
        return "+90 5%s %s %s %s" % (d(2), d(3), d(2), d(2))
    if cc == "PK":
        return "+92 3%s %s" % (d(2), d(7))
    if cc == "BD":
        return "+880 1%s-%s" % (rng.choice("3456789") + d(2), d(6))
    if cc == "ID":
        return "+62 8%s-%s-%s" % (d(2), d(4), d(4))
    if cc == "VN":
        return "+84 9%s %s %s" % (d(1), d(3), d(3) + d(1))
    if cc == "TH":
        return "+66 8%s %s %s" % (d(1), d(3), d(4))
    if cc == "PH":
        return "+63 9%s %s %s" % (d(2), d(3), d(4))
    if cc == "MY":
        return "+60 1%s-%s %s" % (rng.choice("23679"), d(3), d(4))
    if cc == "AR":
        return "+54 9 11 %s-%s" % (d(4), d(4))
    if cc == "CL":
        return "+56 9 %s %s" % (d(4), d(4))
    if cc == "CO":
        return "+57 3%s %s %s" % (d(2), d(3), d(4))
    if cc == "PE":
        return "+51 9%s %s %s" % (d(2), d(3), d(3))
    if cc == "MX":
        return "+52 55 %s %s" % (d(4), d(4))
    raise ValueError(cc)


# --------------------------------------------------------------------------
# encodings used for key material
# --------------------------------------------------------------------------
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = ((chk & 0x1ffffff) << 5) ^ v
        for i in range(5):
            chk ^= gen[i] if (b >> i) & 1 else 0
    return chk


def _convertbits(data, frm, to):
    acc = bits = 0
    out = []
    maxv = (1 << to) - 1
    for v in data:
        acc = (acc << frm) | v
        bits += frm
        while bits >= to:
            bits -= to
            out.append((acc >> bits) & maxv)
    if bits:
        out.append((acc << (to - bits)) & maxv)
    return out


def bech32(hrp, data8, prefix5=()):
    data = list(prefix5) + _convertbits(data8, 8, 5)
    vals = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp] + data
    pm = _polymod(vals + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH32[d] for d in data + chk)


def b58(b):
    n = int.from_bytes(b, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = B58[r] + s
    return "1" * (len(b) - len(b.lstrip(b"\0"))) + s


def b58check(payload):
    return b58(payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4])


def crc24(data):
    crc = 0xB704CE
    for byte in data:
        crc ^= byte << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


# ---- DER -----------------------------------------------------------------
def _dlen(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def tlv(tag, content):
    return bytes([tag]) + _dlen(len(content)) + content


def dint(i):
    return tlv(0x02, i.to_bytes(max(1, (i.bit_length() + 8) // 8), "big"))


def dseq(*items):
    return tlv(0x30, b"".join(items))


def dset(*items):
    return tlv(0x31, b"".join(items))


def doid(dotted):
    parts = [int(p) for p in dotted.split(".")]
    out = bytes([parts[0] * 40 + parts[1]])
    for p in parts[2:]:
        enc = [p & 0x7F]
        p >>= 7
        while p:
            enc.append(0x80 | (p & 0x7F))
            p >>= 7
        out += bytes(reversed(enc))
    return tlv(0x06, out)


def doct(b):
    return tlv(0x04, b)


def dbit(b):
    return tlv(0x03, b"\x00" + b)


DNULL = b"\x05\x00"


def dctx(n, content):
    return tlv(0xA0 | n, content)


def pem(label, der, width=64):
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(wrap(b64(der), width)), label)


def pem_lines(pem_text):
    """Body lines of a PEM block (what must disappear)."""
    return [l for l in pem_text.splitlines() if l and not l.startswith("-----") and ":" not in l]


# ---- elliptic curves -------------------------------------------------------
class Curve:
    def __init__(self, p, a, b, gx, gy, n):
        self.p, self.a, self.b, self.g, self.n = p, a, b, (gx, gy), n

    def add(self, P, Q):
        if P is None:
            return Q
        if Q is None:
            return P
        p = self.p
        if P[0] == Q[0] and (P[1] + Q[1]) % p == 0:
            return None
        if P == Q:
            lam = (3 * P[0] * P[0] + self.a) * pow(2 * P[1], -1, p) % p
        else:
            lam = (Q[1] - P[1]) * pow(Q[0] - P[0], -1, p) % p
        x = (lam * lam - P[0] - Q[0]) % p
        return (x, (lam * (P[0] - x) - P[1]) % p)

    def mul(self, k, P=None):
        P = P or self.g
        R = None
        while k:
            if k & 1:
                R = self.add(R, P)
            P = self.add(P, P)
            k >>= 1
        return R


P256 = Curve(2 ** 256 - 2 ** 224 + 2 ** 192 + 2 ** 96 - 1, -3,
             0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b,
             0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296,
             0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5,
             0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551)
SECP256K1 = Curve(2 ** 256 - 2 ** 32 - 977, 0, 7,
                  0x79BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798,
                  0x483ADA7726A3C4655DA4FBFC0E1108A8FD17B448A68554199C47D08FFB10D4B8,
                  0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141)


def ec_key(rng, curve=P256):
    d = rng.randrange(1, curve.n)
    return d, curve.mul(d)


def i2b(i, n):
    return i.to_bytes(n, "big")


# ed25519 (reference-style affine arithmetic)
_Q = 2 ** 255 - 19
_L = 2 ** 252 + 27742317777372353535851937790883648493
_D = -121665 * pow(121666, -1, _Q) % _Q
_I = pow(2, (_Q - 1) // 4, _Q)


def _xrecover(y):
    xx = (y * y - 1) * pow(_D * y * y + 1, -1, _Q)
    x = pow(xx, (_Q + 3) // 8, _Q)
    if (x * x - xx) % _Q:
        x = x * _I % _Q
    if x % 2:
        x = _Q - x
    return x


_BY = 4 * pow(5, -1, _Q) % _Q
_B = (_xrecover(_BY), _BY)


def _edadd(P, Q):
    x1, y1 = P
    x2, y2 = Q
    t = _D * x1 * x2 * y1 * y2
    return ((x1 * y2 + x2 * y1) * pow(1 + t, -1, _Q) % _Q, (y1 * y2 + x1 * x2) * pow(1 - t, -1, _Q) % _Q)


def _edmul(P, e):
    R = (0, 1)
    while e:
        if e & 1:
            R = _edadd(R, P)
        P = _edadd(P, P)
        e >>= 1
    return R


def ed25519_pub(seed):
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    x, y = _edmul(_B, a)
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


def x25519_base(k):
    k = bytearray(k)
    k[0] &= 248
    k[31] &= 127
    k[31] |= 64
    k = int.from_bytes(k, "little")
    a24 = 121665
    x1, x2, z2, x3, z3, swap = 9, 1, 0, 9, 1, 0
    for t in reversed(range(255)):
        kt = (k >> t) & 1
        swap ^= kt
        if swap:
            x2, x3, z2, z3 = x3, x2, z3, z2
        swap = kt
        A = (x2 + z2) % _Q
        AA = A * A % _Q
        B_ = (x2 - z2) % _Q
        BB = B_ * B_ % _Q
        E = (AA - BB) % _Q
        C = (x3 + z3) % _Q
        D_ = (x3 - z3) % _Q
        DA = D_ * A % _Q
        CB = C * B_ % _Q
        x3 = (DA + CB) ** 2 % _Q
        z3 = x1 * (DA - CB) ** 2 % _Q
        x2 = AA * BB % _Q
        z2 = E * (AA + a24 * E) % _Q
    if swap:
        x2, z2 = x3, z3
    return (x2 * pow(z2, _Q - 2, _Q) % _Q).to_bytes(32, "little")


# ---- RSA -------------------------------------------------------------------
_SMALL = [p for p in range(3, 2000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


def _probable_prime(n, rng):
    for p in _SMALL:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(24):
        a = rng.randrange(2, n - 2)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def _prime(rng, bits):
    while True:
        c = rng.getrandbits(bits) | (3 << (bits - 2)) | 1
        if _probable_prime(c, rng):
            return c


def rsa_key(rng, bits=2048):
    e = 65537
    while True:
        p, q = _prime(rng, bits // 2), _prime(rng, bits // 2)
        if p == q:
            continue
        phi = (p - 1) * (q - 1)
        try:
            d = pow(e, -1, phi)
        except ValueError:
            continue
        if p < q:
            p, q = q, p
        return {"n": p * q, "e": e, "d": d, "p": p, "q": q,
                "dp": d % (p - 1), "dq": d % (q - 1), "qi": pow(q, -1, p)}


def rsa_pkcs1(k):
    return dseq(dint(0), dint(k["n"]), dint(k["e"]), dint(k["d"]), dint(k["p"]),
                dint(k["q"]), dint(k["dp"]), dint(k["dq"]), dint(k["qi"]))


def rsa_pkcs8(k):
    return dseq(dint(0), dseq(doid("1.2.840.113549.1.1.1"), DNULL), doct(rsa_pkcs1(k)))


def rsa_spki(k):
    return dseq(dseq(doid("1.2.840.113549.1.1.1"), DNULL), dbit(dseq(dint(k["n"]), dint(k["e"]))))


def ec_sec1(d, Q, with_params=True):
    parts = [dint(1), doct(i2b(d, 32))]
    if with_params:
        parts.append(dctx(0, doid("1.2.840.10045.3.1.7")))
    parts.append(dctx(1, dbit(b"\x04" + i2b(Q[0], 32) + i2b(Q[1], 32))))
    return dseq(*parts)


def ec_pkcs8(d, Q):
    return dseq(dint(0), dseq(doid("1.2.840.10045.2.1"), doid("1.2.840.10045.3.1.7")), doct(ec_sec1(d, Q, False)))


def ed25519_pkcs8(seed):
    return dseq(dint(0), dseq(doid("1.3.101.112")), doct(doct(seed)))


def pkcs8_encrypted(rng, inner_len):
    """PBES2/PBKDF2/AES-256-CBC EncryptedPrivateKeyInfo with random ciphertext."""
    alg = dseq(doid("1.2.840.113549.1.5.13"), dseq(
        dseq(doid("1.2.840.113549.1.5.12"), dseq(doct(rbytes(rng, 16)), dint(2048), dseq(doid("1.2.840.113549.2.9"), DNULL))),
        dseq(doid("2.16.840.1.101.3.4.1.42"), doct(rbytes(rng, 16)))))
    return dseq(alg, doct(rbytes(rng, (inner_len // 16 + 1) * 16)))


def _name(cn, o=None, c=None):
    rdns = []
    if c:
        rdns.append(dset(dseq(doid("2.5.4.6"), tlv(0x13, c.encode()))))
    if o:
        rdns.append(dset(dseq(doid("2.5.4.10"), tlv(0x0C, o.encode()))))
    rdns.append(dset(dseq(doid("2.5.4.3"), tlv(0x0C, cn.encode()))))
    return dseq(*rdns)


def certificate(rng, rsa, cn, issuer_cn, o=None, c=None, nb="240115000000Z", na="260115000000Z"):
    alg = dseq(doid("1.2.840.113549.1.1.11"), DNULL)
    tbs = dseq(dctx(0, dint(2)), dint(rng.getrandbits(120)), alg, _name(issuer_cn, o, c),
               dseq(tlv(0x17, nb.encode()), tlv(0x17, na.encode())), _name(cn, o, c), rsa_spki(rsa))
    return dseq(tbs, alg, dbit(rbytes(rng, rsa["n"].bit_length() // 8)))


def csr(rng, rsa, cn, o=None, c=None):
    info = dseq(dint(0), _name(cn, o, c), rsa_spki(rsa), dctx(0, b""))
    return dseq(info, dseq(doid("1.2.840.113549.1.1.11"), DNULL), dbit(rbytes(rng, rsa["n"].bit_length() // 8)))


# ---- SSH wire formats ----------------------------------------------------
def sstr(b):
    if isinstance(b, str):
        b = b.encode()
    return struct.pack(">I", len(b)) + b


def mpint(i):
    if i == 0:
        return sstr(b"")
    return sstr(i.to_bytes((i.bit_length() + 8) // 8, "big"))


def ssh_pub_blob_ed(pub):
    return sstr("ssh-ed25519") + sstr(pub)


def ssh_pub_blob_rsa(k):
    return sstr("ssh-rsa") + mpint(k["e"]) + mpint(k["n"])


def ssh_pub_line_ed(pub, comment):
    return "ssh-ed25519 %s %s" % (b64(ssh_pub_blob_ed(pub)), comment)


def ssh_pub_line_rsa(k, comment):
    return "ssh-rsa %s %s" % (b64(ssh_pub_blob_rsa(k)), comment)


def openssh_private(rng, kind, key, comment):
    """kind 'ed': key=(seed, pub); kind 'rsa': key=rsa dict."""
    if kind == "ed":
        seed, pub = key
        pubblob = ssh_pub_blob_ed(pub)
        body = sstr("ssh-ed25519") + sstr(pub) + sstr(seed + pub)
    else:
        k = key
        pubblob = ssh_pub_blob_rsa(k)
        body = sstr("ssh-rsa") + mpint(k["n"]) + mpint(k["e"]) + mpint(k["d"]) + mpint(k["qi"]) + mpint(k["p"]) + mpint(k["q"])
    check = rbytes(rng, 4)
    priv = check + check + body + sstr(comment)
    i = 1
    while len(priv) % 8:
        priv += bytes([i])
        i += 1
    blob = (b"openssh-key-v1\0" + sstr("none") + sstr("none") + sstr(b"") + struct.pack(">I", 1)
            + sstr(pubblob) + sstr(priv))
    return pem("OPENSSH PRIVATE KEY", blob, 70)


def ppk(kind, key, comment):
    """PuTTY-User-Key-File-3, unencrypted, with a correct Private-MAC."""
    if kind == "ed":
        seed, pub = key
        alg = "ssh-ed25519"
        pubblob = ssh_pub_blob_ed(pub)
        privblob = sstr(seed)
    else:
        k = key
        alg = "ssh-rsa"
        pubblob = ssh_pub_blob_rsa(k)
        privblob = mpint(k["d"]) + mpint(k["p"]) + mpint(k["q"]) + mpint(k["qi"])
    mac = hmac.new(b"", sstr(alg) + sstr("none") + sstr(comment) + sstr(pubblob) + sstr(privblob), hashlib.sha256).hexdigest()
    pl, vl = wrap(b64(pubblob)), wrap(b64(privblob))
    text = "PuTTY-User-Key-File-3: %s\nEncryption: none\nComment: %s\nPublic-Lines: %d\n%s\nPrivate-Lines: %d\n%s\nPrivate-MAC: %s" % (
        alg, comment, len(pl), "\n".join(pl), len(vl), "\n".join(vl), mac)
    return text, vl


# ---- OpenPGP ---------------------------------------------------------------
def _pgp_pkt(tag, body):
    n = len(body)
    if n < 192:
        ln = bytes([n])
    elif n < 8384:
        n -= 192
        ln = bytes([(n >> 8) + 192, n & 0xFF])
    else:
        ln = b"\xff" + struct.pack(">I", n)
    return bytes([0xC0 | tag]) + ln + body


def _mpi(b):
    i = int.from_bytes(b, "big")
    return struct.pack(">H", i.bit_length()) + b.lstrip(b"\0")


def pgp_armor(kind, data, comment=None):
    lines = ["-----BEGIN PGP %s BLOCK-----" % kind]
    if comment:
        lines.append("Comment: " + comment)
    lines.append("")
    lines += wrap(b64(data), 64)
    lines.append("=" + b64(crc24(data).to_bytes(3, "big")))
    lines.append("-----END PGP %s BLOCK-----" % kind)
    return "\n".join(lines)


def pgp_key(rng, uid, secret=True, created=1700000000):
    seed = rbytes(rng, 32)
    pub = ed25519_pub(seed)
    pubpart = (b"\x04" + struct.pack(">I", created) + b"\x16" + b"\x09\x2b\x06\x01\x04\x01\xda\x47\x0f\x01"
               + _mpi(b"\x40" + pub))
    if secret:
        sm = _mpi(seed)
        body = pubpart + b"\x00" + sm + struct.pack(">H", sum(sm) & 0xFFFF)
        pkt = _pgp_pkt(5, body)
    else:
        pkt = _pgp_pkt(6, pubpart)
    sig = (b"\x04\x13\x16\x0a" + struct.pack(">H", 0x38) + rbytes(rng, 0x38) + struct.pack(">H", 10)
           + b"\x09\x10" + rbytes(rng, 8) + rbytes(rng, 2) + _mpi(rbytes(rng, 32)) + _mpi(rbytes(rng, 32)))
    sub_seed = rbytes(rng, 32)
    subpub = (b"\x04" + struct.pack(">I", created) + b"\x12" + b"\x0a\x2b\x06\x01\x04\x01\x97\x55\x01\x05\x01"
              + _mpi(b"\x40" + x25519_base(sub_seed)) + b"\x03\x01\x08\x07")
    if secret:
        sm = _mpi(sub_seed[::-1])
        sub = _pgp_pkt(7, subpub + b"\x00" + sm + struct.pack(">H", sum(sm) & 0xFFFF))
    else:
        sub = _pgp_pkt(14, subpub)
    sig2 = (b"\x04\x18\x16\x0a" + struct.pack(">H", 0x20) + rbytes(rng, 0x20) + struct.pack(">H", 10)
            + b"\x09\x10" + rbytes(rng, 8) + rbytes(rng, 2) + _mpi(rbytes(rng, 32)) + _mpi(rbytes(rng, 32)))
    data = pkt + _pgp_pkt(13, uid.encode()) + _pgp_pkt(2, sig) + sub + _pgp_pkt(2, sig2)
    return pgp_armor("PRIVATE KEY" if secret else "PUBLIC KEY", data)


# ---- crypto wallets ----------------------------------------------------------
def bip39_mnemonic(rng, words=24):
    ent = rbytes(rng, words * 4 // 3)
    h = hashlib.sha256(ent).digest()
    bits = bin(int.from_bytes(ent, "big"))[2:].zfill(len(ent) * 8)
    bits += bin(h[0])[2:].zfill(8)[: len(ent) * 8 // 32]
    return [BIP39[int(bits[i:i + 11], 2)] for i in range(0, len(bits), 11)]


def wif(rng, compressed=True):
    k = rbytes(rng, 32)
    return b58check(b"\x80" + k + (b"\x01" if compressed else b""))


def btc_addr_p2wpkh(rng):
    return bech32("bc", rbytes(rng, 20), prefix5=(0,))


def age_keypair(rng):
    k = rbytes(rng, 32)
    sk = bech32("age-secret-key-", k).upper()
    pk = bech32("age", x25519_base(k))
    return sk, pk
