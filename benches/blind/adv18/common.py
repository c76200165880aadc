"""Shared helpers for the adv18 blind set: case collector, token-shape
helpers and check-digit helpers (self-tested against published examples).

Python 3 standard library only.
"""
import base64
import hashlib
import json
import os
import re
import string

HERE = os.path.dirname(os.path.abspath(__file__))

DIGITS = string.digits
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
ALNUM = string.ascii_letters + string.digits          # base62
LOWALNUM = string.ascii_lowercase + string.digits
UPALNUM = string.ascii_uppercase + string.digits
B64URL = ALNUM + "-_"


# ---------------------------------------------------------------- collector
class Collector:
    """Collects cases for one group and numbers them per (form, kind)."""

    def __init__(self, group):
        self.group = group
        self.cases = []
        self._n = {}

    def _add(self, kind, form, text, secrets):
        key = (form, kind)
        self._n[key] = self._n.get(key, 0) + 1
        cid = "%s.%s.%s%02d" % (self.group, form, kind, self._n[key])
        self.cases.append({
            "id": cid,
            "group": self.group,
            "form": "%s/%s" % (self.group, form),
            "text": text,
            "secrets": list(secrets),
        })

    def pos(self, form, text, secrets):
        # keep order, drop exact duplicates
        seen, out = set(), []
        for s in secrets:
            if s not in seen:
                seen.add(s)
                out.append(s)
        self._add("p", form, text, out)

    def neg(self, form, text):
        self._add("n", form, text, [])


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


# ---------------------------------------------------------- token shapes
def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def hexs(rng, n, upper=False):
    return rs(rng, HEXU if upper else HEX, n)


def b62(rng, n):
    # make sure it contains at least one digit, one lower and one upper
    while True:
        s = rs(rng, ALNUM, n)
        if n < 6 or (any(c.isdigit() for c in s) and any(c.islower() for c in s)
                     and any(c.isupper() for c in s)):
            return s


def digits(rng, n, first_nonzero=True):
    s = rs(rng, DIGITS, n)
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def uuid4(rng):
    h = hexs(rng, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64url_nopad(raw):
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def b64(raw):
    if isinstance(raw, str):
        raw = raw.encode()
    return base64.b64encode(raw).decode()


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def jwt(rng, header, payload, sig_len=32):
    h = b64url_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    return "%s.%s.%s" % (h, p, b64url_nopad(rbytes(rng, sig_len)))


def password(rng, n=16, specials="!#%*+-_.^~"):
    """Human-ish strong password: letters, digits and a few specials."""
    while True:
        s = rs(rng, ALNUM + specials, n)
        if (any(c.isdigit() for c in s) and any(c.islower() for c in s)
                and any(c.isupper() for c in s) and any(c in specials for c in s)):
            return s


def pem_block(rng, label, nbytes):
    body = b64(rbytes(rng, nbytes))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


# provider shapes (documented prefix / length / alphabet)
def stripe_sk(rng):
    return "sk_live_" + b62(rng, 99)[:rng.choice([24, 99])]


def github_pat(rng):
    return "ghp_" + b62(rng, 36)


def github_fine(rng):
    return "github_pat_" + b62(rng, 22) + "_" + b62(rng, 59)


def aws_akid(rng):
    return "AKIA" + rs(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)


def aws_secret(rng):
    return b62(rng, 40)[:36] + rs(rng, ALNUM + "+/", 4)


def slack_bot(rng):
    return "xoxb-%s-%s-%s" % (digits(rng, 12), digits(rng, 13), b62(rng, 24))


def openai_proj(rng):
    return "sk-proj-" + rs(rng, B64URL, 156) + "T3BlbkFJ" + rs(rng, B64URL, 20)


def anthropic_key(rng):
    return "sk-ant-api03-" + rs(rng, B64URL, 93) + "AA"


def google_api(rng):
    return "AIza" + rs(rng, B64URL, 35)


def sendgrid(rng):
    return "SG." + rs(rng, B64URL, 22) + "." + rs(rng, B64URL, 43)


def gitlab_pat(rng):
    return "glpat-" + rs(rng, B64URL, 20)


def npm_token(rng):
    return "npm_" + b62(rng, 36)


def hf_token(rng):
    return "hf_" + b62(rng, 34)


def shopify_token(rng):
    return "shpat_" + hexs(rng, 32)


def do_token(rng):
    return "dop_v1_" + hexs(rng, 64)


def twilio_sid(rng):
    return "AC" + hexs(rng, 32)


def mailgun_key(rng):
    return "key-" + hexs(rng, 32)


def slack_webhook(rng):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rs(rng, UPALNUM, 8), rs(rng, UPALNUM, 10), b62(rng, 24))


# ---------------------------------------------------------- check digits
def luhn_sum_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_digit(partial):
    for c in "0123456789":
        if luhn_sum_ok(partial + c):
            return c
    raise AssertionError


def iban_valid(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97 == 1


def iban_make(country, bban):
    n = "".join(str(int(c, 36)) for c in bban + country + "00")
    return "%s%02d%s" % (country, 98 - int(n) % 97, bban)


def iban_group(iban):
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def se_personnummer_ok(s):
    d = re.sub(r"\D", "", s)[-10:]
    return luhn_sum_ok(d)


def se_personnummer(yymmdd, nnn):
    return "%s-%s%s" % (yymmdd, nnn, luhn_digit(yymmdd + nnn))


def no_fnr(ddmmyy, iii):
    d = [int(c) for c in ddmmyy + iii]
    w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
    k1 = 11 - sum(a * b for a, b in zip(d, w1)) % 11
    k1 = 0 if k1 == 11 else k1
    if k1 == 10:
        return None
    d.append(k1)
    w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    k2 = 11 - sum(a * b for a, b in zip(d, w2)) % 11
    k2 = 0 if k2 == 11 else k2
    if k2 == 10:
        return None
    return ddmmyy + iii + str(k1) + str(k2)


def no_fnr_ok(s):
    return len(s) == 11 and no_fnr(s[:6], s[6:9]) == s


FI_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def fi_hetu(ddmmyy, sep, nnn):
    return "%s%s%s%s" % (ddmmyy, sep, nnn, FI_CHARS[int(ddmmyy + nnn) % 31])


def fi_hetu_ok(s):
    return fi_hetu(s[:6], s[6], s[7:10]) == s


def dk_cpr_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    return sum(a * b for a, b in zip(d, [4, 3, 2, 7, 6, 5, 4, 3, 2, 1])) % 11 == 0


def dk_cpr(ddmmyy, rng):
    while True:
        seq = digits(rng, 4, first_nonzero=False)
        if dk_cpr_ok(ddmmyy + seq):
            return "%s-%s" % (ddmmyy, seq)


def pesel(yymmdd_coded, zzzx):
    d = [int(c) for c in yymmdd_coded + zzzx]
    s = sum(a * b for a, b in zip(d, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]))
    return yymmdd_coded + zzzx + str((10 - s % 10) % 10)


def pesel_ok(s):
    return len(s) == 11 and pesel(s[:6], s[6:10]) == s


def cz_rc(yymmdd, rng):
    """Rodne cislo (post-1954, 10 digits, divisible by 11)."""
    while True:
        base = yymmdd + digits(rng, 3, first_nonzero=False)
        c = (-int(base) * 10) % 11
        if c < 10:
            full = base + str(c)
            assert int(full) % 11 == 0
            return "%s/%s" % (full[:6], full[6:])


def cz_rc_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 10 and int(d) % 11 == 0


def tc_kimlik(first9):
    d = [int(c) for c in first9]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return first9 + str(d10) + str(d11)


def tc_kimlik_ok(s):
    return len(s) == 11 and s[0] != "0" and tc_kimlik(s[:9]) == s


def il_id(first8):
    return first8 + luhn_digit(first8)


def za_id(yymmdd, ssss, c="0", a="8"):
    base = yymmdd + ssss + c + a
    return base + luhn_digit(base)


def kr_rrn(yymmdd, g, rest5):
    d = [int(c) for c in yymmdd + g + rest5]
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    chk = (11 - sum(a * b for a, b in zip(d, w)) % 11) % 10
    return "%s-%s%s%d" % (yymmdd, g, rest5, chk)


def kr_rrn_ok(s):
    d = s.replace("-", "")
    return kr_rrn(d[:6], d[6], d[7:12]) == s if "-" in s else False


def cn_id(first17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(a) * b for a, b in zip(first17, w))
    return first17 + "10X98765432"[s % 11]


def cn_id_ok(s):
    return len(s) == 18 and cn_id(s[:17]) == s


def jp_mynumber(first11):
    d = [int(c) for c in first11]
    s = 0
    for i, v in enumerate(d):
        n = 11 - i
        q = n + 1 if n <= 6 else n - 5
        s += v * q
    r = s % 11
    return first11 + str(0 if r <= 1 else 11 - r)


def jp_mynumber_ok(s):
    return len(s) == 12 and jp_mynumber(s[:11]) == s


def ar_cuit(first10):
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    r = 11 - sum(int(a) * b for a, b in zip(first10, w)) % 11
    if r == 11:
        r = 0
    if r == 10:
        return None
    return "%s-%s-%d" % (first10[:2], first10[2:], r)


def cl_rut_dv(body):
    s, m = 0, 2
    for c in reversed(body):
        s += int(c) * m
        m = 2 if m == 7 else m + 1
    r = 11 - s % 11
    return "0" if r == 11 else ("K" if r == 10 else str(r))


def cl_rut(body, dots=True):
    dv = cl_rut_dv(body)
    if dots:
        b = "{:,}".format(int(body)).replace(",", ".")
        return "%s-%s" % (b, dv)
    return "%s-%s" % (body, dv)


def br_cpf(first9, fmt=True):
    d = [int(c) for c in first9]
    for ln in (9, 10):
        s = sum(v * w for v, w in zip(d, range(ln + 1, 1, -1)))
        r = (s * 10) % 11
        d.append(0 if r == 10 else r)
    s = "".join(map(str, d))
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]) if fmt else s


def br_cnpj(first12, fmt=True):
    d = [int(c) for c in first12]
    for w in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        r = sum(a * b for a, b in zip(d, w)) % 11
        d.append(0 if r < 2 else 11 - r)
    s = "".join(map(str, d))
    return "%s.%s.%s/%s-%s" % (s[:2], s[2:5], s[5:8], s[8:12], s[12:]) if fmt else s


def card_number(rng, prefix, length=16):
    body = prefix + digits(rng, length - len(prefix) - 1, first_nonzero=False)
    return body + luhn_digit(body)


# ---------------------------------------------------------- BIP-39
def _load_wordlist():
    with open(os.path.join(HERE, "bip39_english.txt"), encoding="ascii") as f:
        return f.read().split()


BIP39 = _load_wordlist()


def bip39_from_entropy(ent):
    bits = "".join("{:08b}".format(b) for b in ent)
    cs = len(ent) * 8 // 32
    h = hashlib.sha256(ent).digest()
    bits += "".join("{:08b}".format(b) for b in h)[:cs]
    return " ".join(BIP39[int(bits[i:i + 11], 2)] for i in range(0, len(bits), 11))


def bip39_valid(phrase):
    words = phrase.split()
    if len(words) not in (12, 15, 18, 21, 24) or any(w not in BIP39 for w in words):
        return False
    bits = "".join("{:011b}".format(BIP39.index(w)) for w in words)
    ent_len = len(bits) * 32 // 33
    ent = int(bits[:ent_len], 2).to_bytes(ent_len // 8, "big")
    return bip39_from_entropy(ent) == phrase


def mnemonic(rng, words=12):
    return bip39_from_entropy(rbytes(rng, {12: 16, 24: 32}[words]))


# ---------------------------------------------------------- self tests
def self_test():
    # wordlist: sha256 of the published english.txt
    assert len(BIP39) == 2048
    assert hashlib.sha256(("\n".join(BIP39) + "\n").encode()).hexdigest() == \
        "2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda"
    # BIP-39 reference vectors (trezor/python-mnemonic vectors.json)
    assert bip39_from_entropy(bytes(16)) == " ".join(["abandon"] * 11 + ["about"])
    assert bip39_from_entropy(b"\x7f" * 16) == \
        "legal winner thank year wave sausage worth useful legal winner thank yellow"
    assert bip39_from_entropy(b"\x80" * 16) == \
        "letter advice cage absurd amount doctor acoustic avoid letter advice cage above"
    assert bip39_from_entropy(b"\xff" * 16) == " ".join(["zoo"] * 11 + ["wrong"])
    assert bip39_valid(bip39_from_entropy(b"\x7f" * 32))
    # Luhn (Wikipedia example), IBAN (ECBS / Wikipedia examples)
    assert luhn_sum_ok("79927398713") and luhn_digit("7992739871") == "3"
    assert iban_valid("GB82WEST12345698765432")
    assert iban_valid("DE89370400440532013000")
    assert iban_make("GB", "WEST12345698765432") == "GB82WEST12345698765432"
    assert iban_make("DE", "370400440532013000") == "DE89370400440532013000"
    # national IDs, published examples
    assert se_personnummer_ok("811228-9874") and se_personnummer("811228", "987") == "811228-9874"
    assert fi_hetu_ok("131052-308T")
    _n = no_fnr("311299", "123") or no_fnr("311299", "124")
    assert no_fnr_ok(_n)
    assert dk_cpr_ok("070761-4285")
    assert pesel_ok("44051401359")
    assert tc_kimlik_ok("10000000146")
    assert luhn_sum_ok("123456782") and il_id("12345678") == "123456782"
    assert luhn_sum_ok("8001015009087")
    assert cn_id_ok("11010519491231002X")
    assert jp_mynumber_ok("123456789018")
    assert ar_cuit("2017254359") == "20-17254359-7"
    assert cl_rut("12345678") == "12.345.678-5"
    assert br_cpf("111444777") == "111.444.777-35"
    assert br_cnpj("112223330001") == "11.222.333/0001-81"
    return True


if __name__ == "__main__":
    print("self-test ok" if self_test() else "fail")
