"""Shared helpers for the adv17 blind set: case collector, token shapes, check digits.

Standard library only. Every helper that needs randomness takes the caller's
random.Random instance so each group module stays deterministic on its own seed.
"""
import base64
import json
import string
import zlib

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
ALNUM = UPPER + LOWER + DIGITS
LALNUM = LOWER + DIGITS
UALNUM = UPPER + DIGITS
HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
B64URL = ALNUM + "-_"
B64STD = ALNUM + "+/"
B32 = UPPER + "234567"
PWCHARS = ALNUM + "!#%+-.=^_~*"


# ---------------------------------------------------------------- collector
class Collector:
    """Collects cases for one group and numbers them per form (pNN / nNN)."""

    def __init__(self, group):
        self.group = group
        self.cases = []
        self._n = {}

    def _id(self, form, kind):
        key = (form, kind)
        self._n[key] = self._n.get(key, 0) + 1
        return "%s.%s.%s%02d" % (self.group, form, kind, self._n[key])

    def pos(self, form, text, secrets):
        seen = []
        for s in secrets:
            if s not in seen:
                seen.append(s)
        self.cases.append({
            "id": self._id(form, "p"),
            "group": self.group,
            "form": "%s/%s" % (self.group, form),
            "text": text,
            "secrets": seen,
        })

    def neg(self, form, text):
        self.cases.append({
            "id": self._id(form, "n"),
            "group": self.group,
            "form": "%s/%s" % (self.group, form),
            "text": text,
            "secrets": [],
        })


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


# ---------------------------------------------------------------- shapes
def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def hexs(rng, n, upper=False):
    return rs(rng, UHEX if upper else HEX, n)


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def b64e(data):
    if isinstance(data, str):
        data = data.encode()
    return base64.b64encode(data).decode()


def b64u(data, pad=False):
    if isinstance(data, str):
        data = data.encode()
    out = base64.urlsafe_b64encode(data).decode()
    return out if pad else out.rstrip("=")


def uuid4(rng):
    h = list(hexs(rng, 32))
    h[12] = "4"
    h[16] = rng.choice("89ab")
    h = "".join(h)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def password(rng, n=16, alphabet=PWCHARS):
    while True:
        p = rs(rng, alphabet, n)
        if (any(ch.islower() for ch in p) and any(ch.isupper() for ch in p)
                and any(ch.isdigit() for ch in p)):
            return p


def jwt(rng, payload, alg="HS256", kid=None, sig_bytes=None):
    header = {"alg": alg, "typ": "JWT"}
    if kid:
        header["kid"] = kid
    if sig_bytes is None:
        sig_bytes = {"HS256": 32, "RS256": 256, "ES256": 64}.get(alg, 32)
    h = b64u(json.dumps(header, separators=(",", ":")))
    p = b64u(json.dumps(payload, separators=(",", ":")))
    return "%s.%s.%s" % (h, p, b64u(rbytes(rng, sig_bytes)))


def wrap(s, n=64):
    return [s[i:i + n] for i in range(0, len(s), n)]


RSA_PKCS8_PREFIX = bytes.fromhex(
    "308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100")


def pem_rsa_lines(rng):
    """Body lines of a PKCS#8 RSA-2048 private key look-alike."""
    der = RSA_PKCS8_PREFIX + rbytes(rng, 1217 - len(RSA_PKCS8_PREFIX))
    return wrap(b64e(der))


def pem_ec_lines(rng):
    """Body lines of a SEC1 P-256 private key look-alike (EC PRIVATE KEY)."""
    der = (bytes.fromhex("30770201010420") + rbytes(rng, 32)
           + bytes.fromhex("a00a06082a8648ce3d030107a144034200") + b"\x04" + rbytes(rng, 64))
    return wrap(b64e(der))


def openssh_lines(rng):
    der = (b"openssh-key-v1\x00" + bytes.fromhex("0000000a6165733235362d637472000000066263727970740000001800000010")
           + rbytes(rng, 380))
    return wrap(b64e(der), 70)


# ---------------------------------------------------------------- common tokens
def _b62(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = (DIGITS + UPPER + LOWER)[r] + out
    return out.rjust(width, "0")


def github_token(rng, prefix="ghp_"):
    body = rs(rng, ALNUM, 30)
    return prefix + body + _b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def github_fine(rng):
    return "github_pat_" + rs(rng, ALNUM, 22) + "_" + rs(rng, ALNUM, 59)


def aws_key_id(rng, prefix="AKIA"):
    return prefix + rs(rng, B32, 16)


def aws_secret(rng):
    return rs(rng, B64STD, 40)


def openai_key(rng):
    return "sk-proj-" + rs(rng, B64URL, 74) + "T3BlbkFJ" + rs(rng, B64URL, 74)


def anthropic_key(rng):
    return "sk-ant-api03-" + rs(rng, B64URL, 93) + "AA"


def slack_bot(rng):
    return "xoxb-%s-%s-%s" % (rs(rng, DIGITS, 12), rs(rng, DIGITS, 13), rs(rng, ALNUM, 24))


def stripe_live(rng):
    return "sk_live_51" + rs(rng, ALNUM, 97)


def google_api(rng):
    return "AIza" + rs(rng, B64URL, 35)


def gitlab_pat(rng):
    return "glpat-" + rs(rng, B64URL, 20)


def sendgrid(rng):
    return "SG." + rs(rng, B64URL, 22) + "." + rs(rng, B64URL, 43)


def hf_token(rng):
    return "hf_" + rs(rng, UPPER + LOWER, 34)


# ---------------------------------------------------------------- check digits
def luhn_digit(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
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
        body = rng.choice(["51", "52", "53", "54", "55"]) + rs(rng, DIGITS, 13)
    elif brand == "amex":
        body = rng.choice(["34", "37"]) + rs(rng, DIGITS, 12)
    else:
        body = "6011" + rs(rng, DIGITS, 11)
    return body + luhn_digit(body)


def fmt_card(num):
    if len(num) == 15:
        return "%s %s %s" % (num[:4], num[4:10], num[10:])
    return " ".join(num[i:i + 4] for i in range(0, len(num), 4))


def _iban_num(s):
    return "".join(str(int(ch, 36)) for ch in s)


def iban(rng, cc):
    bban = {
        "DE": lambda: rs(rng, DIGITS, 18),
        "FR": lambda: rs(rng, DIGITS, 10) + rs(rng, DIGITS, 11) + rs(rng, DIGITS, 2),
        "NL": lambda: rng.choice(["ABNA", "RABO", "INGB", "TRIO"]) + rs(rng, DIGITS, 10),
        "ES": lambda: rs(rng, DIGITS, 20),
        "IT": lambda: rs(rng, UPPER, 1) + rs(rng, DIGITS, 10) + rs(rng, DIGITS, 12),
        "GB": lambda: rng.choice(["NWBK", "BARC", "LOYD", "HBUK"]) + rs(rng, DIGITS, 14),
        "BE": lambda: rs(rng, DIGITS, 12),
        "AT": lambda: rs(rng, DIGITS, 16),
        "PL": lambda: rs(rng, DIGITS, 24),
        "PT": lambda: rs(rng, DIGITS, 21),
        "CH": lambda: rs(rng, DIGITS, 17),
        "IE": lambda: rng.choice(["AIBK", "BOFI"]) + rs(rng, DIGITS, 14),
        "MX": None,
    }[cc]()
    check = 98 - int(_iban_num(bban + cc + "00")) % 97
    return "%s%02d%s" % (cc, check, bban)


def iban_ok(s):
    s = s.replace(" ", "")
    return int(_iban_num(s[4:] + s[:4])) % 97 == 1


def fmt_iban(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def mrz_check(s):
    w = (7, 3, 1)
    total = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch == "<":
            v = 0
        else:
            v = ord(ch) - 55
        total += v * w[i % 3]
    return str(total % 10)


_VIN_T = {**{str(d): d for d in range(10)},
          "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
          "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
          "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
_VIN_W = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(rng, wmi):
    vds = rs(rng, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 5)
    year = rng.choice("GHJKLMNPRS")
    plant = rs(rng, "ABCDEFGHJKLMNPRSTUVWXYZ", 1)
    serial = rs(rng, DIGITS, 6)
    v = wmi + vds + "0" + year + plant + serial
    tot = sum(_VIN_T[ch] * _VIN_W[i] for i, ch in enumerate(v))
    r = tot % 11
    return v[:8] + ("X" if r == 10 else str(r)) + v[9:]


def ssn(rng):
    while True:
        area = rng.randrange(1, 900)
        if area != 666:
            break
    return "%03d-%02d-%04d" % (area, rng.randrange(1, 100), rng.randrange(1, 10000))


EIN_PREFIXES = ["10", "12", "20", "26", "27", "30", "32", "35", "36", "38", "41", "45", "46",
                "47", "52", "54", "56", "59", "61", "65", "71", "75", "81", "82", "84", "86", "91", "94"]


def ein(rng):
    return "%s-%s" % (rng.choice(EIN_PREFIXES), rs(rng, DIGITS, 7))


def sin_ca(rng):
    body = rng.choice("1234567") + rs(rng, DIGITS, 7)
    return body + luhn_digit(body)


TFN_W = (1, 4, 3, 7, 5, 8, 6, 9, 10)


def tfn(rng):
    while True:
        d = [rng.randrange(10) for _ in range(8)]
        s = sum(a * b for a, b in zip(d, TFN_W))
        for last in range(10):
            if (s + last * 10) % 11 == 0:
                return "".join(map(str, d + [last]))


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def aadhaar(rng):
    body = rng.choice("23456789") + rs(rng, DIGITS, 10)
    return body + verhoeff_digit(body)


def pan_in(rng, surname):
    return rs(rng, UPPER, 3) + "P" + surname[0].upper() + rs(rng, DIGITS, 4) + rs(rng, UPPER, 1)


_CURP_DICT = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp_check(c17):
    s = sum(_CURP_DICT.index(ch) * (18 - i) for i, ch in enumerate(c17))
    return str((10 - s % 10) % 10)


def _first_inner_vowel(w):
    for ch in w[1:]:
        if ch in "AEIOU":
            return ch
    return "X"


def _first_inner_consonant(w):
    for ch in w[1:]:
        if ch not in "AEIOU":
            return ch
    return "X"


def curp(rng, ap_pat, ap_mat, nombre, yymmdd, sex, state):
    c = (ap_pat[0] + _first_inner_vowel(ap_pat) + ap_mat[0] + nombre[0] + yymmdd + sex + state
         + _first_inner_consonant(ap_pat) + _first_inner_consonant(ap_mat) + _first_inner_consonant(nombre))
    c += rng.choice(DIGITS) if yymmdd[:2] > "30" else rng.choice(UPPER)
    return c + curp_check(c)


_RFC_DICT = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"


def rfc_check(c12):
    s = sum(_RFC_DICT.index(ch) * (13 - i) for i, ch in enumerate(c12))
    r = s % 11
    if r == 0:
        return "0"
    d = 11 - r
    return "A" if d == 10 else str(d)


def rfc(rng, ap_pat, ap_mat, nombre, yymmdd):
    base = ap_pat[0] + _first_inner_vowel(ap_pat) + ap_mat[0] + nombre[0] + yymmdd
    base += rs(rng, UALNUM.replace("O", ""), 2)
    return base + rfc_check(base)


def ni_number(rng):
    bad_first = set("DFIQUV")
    bad_second = set("DFIQUVO")
    while True:
        a, b = rng.choice(UPPER), rng.choice(UPPER)
        if a in bad_first or b in bad_second or a + b in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            continue
        return a + b + rs(rng, DIGITS, 6) + rng.choice("ABCD")


def fmt_ni(n):
    return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])


def uk_driving_licence(rng, surname, initials, dob, female):
    """dob = (yyyy, mm, dd)."""
    s = (surname.upper().replace(" ", "").replace("'", "") + "99999")[:5]
    y, m, d = dob
    mm = m + (50 if female else 0)
    ini = (initials.upper() + "9")[:2]
    return "%s%s%02d%02d%s%s9%s" % (s, str(y)[2], mm, d, str(y)[3], ini, rs(rng, UPPER, 2))


def ean13(rng, prefix="40"):
    body = prefix + rs(rng, DIGITS, 12 - len(prefix))
    s = sum(int(ch) * (3 if i % 2 else 1) for i, ch in enumerate(body))
    return body + str((10 - s % 10) % 10)


def isbn13(rng):
    body = "978" + rs(rng, DIGITS, 9)
    s = sum(int(ch) * (3 if i % 2 else 1) for i, ch in enumerate(body))
    return body + str((10 - s % 10) % 10)


# ---------------------------------------------------------------- people
# Only used in positive cases.
PEOPLE = [
    ("Katharina", "Vogelsang", "de"), ("Lukas", "Brenninger", "de"), ("Mathilde", "Rousseau-Vidal", "fr"),
    ("Thibault", "Marchetti", "fr"), ("Aoife", "Donnellan", "ie"), ("Ciarán", "Whelehan", "ie"),
    ("Priya", "Raghunathan", "in"), ("Arjun", "Venkatesan", "in"), ("Ximena", "Gutiérrez Olvera", "mx"),
    ("Rodrigo", "Salcedo Ibarra", "mx"), ("Oluwaseun", "Adebayo-Cole", "ng"), ("Thandiwe", "Mokoena", "za"),
    ("Haruto", "Kobayashi", "jp"), ("Yuna", "Takeda", "jp"), ("Seo-yeon", "Park", "kr"),
    ("Minh Anh", "Nguyen", "vn"), ("Zeynep", "Arslan", "tr"), ("Bartosz", "Wiśniewski", "pl"),
    ("Giulia", "Ferraresi", "it"), ("Margarida", "Antunes", "pt"), ("Joaquim", "Lacerda", "br"),
    ("Layla", "Haddad", "lb"), ("Maeve", "Callaghan", "gb"), ("Graham", "Pettigrew", "gb"),
    ("Dakota", "Reinholt", "us"), ("Marcus", "Oyelaran", "us"), ("Renata", "Kowalczyk", "us"),
    ("Tobias", "Lindqvist", "se"), ("Sanne", "de Groot", "nl"), ("Émile", "Beaudoin", "ca"),
    ("Nkechi", "Okafor", "ng"), ("Callum", "Strachan", "gb"), ("Ines", "Carvalho", "pt"),
]


def b64_lines_covering(plain, secret, width=76):
    """Return the base64 body lines (wrapped at `width`) whose decoded bytes overlap `secret`."""
    if isinstance(plain, str):
        plain = plain.encode()
    if isinstance(secret, str):
        secret = secret.encode()
    lines = wrap(b64e(plain), width)
    per_line = width // 4 * 3
    start = plain.index(secret)
    end = start + len(secret)
    return [ln for i, ln in enumerate(lines) if i * per_line < end and (i + 1) * per_line > start]


def steuer_id(rng):
    """German tax ID (11 digits, ISO 7064 MOD 11,10; one digit repeated in the first ten)."""
    while True:
        digits = rng.sample(range(10), 9)
        digits.append(rng.choice(digits))
        rng.shuffle(digits)
        if digits[0] != 0:
            break
    product = 10
    for d in digits:
        s = (d + product) % 10 or 10
        product = (2 * s) % 11
    check = (11 - product) % 10
    return "".join(map(str, digits)) + str(check)


def cpf_br(rng):
    d = [rng.randrange(10) for _ in range(9)]
    for n in (10, 11):
        s = sum(x * w for x, w in zip(d, range(n, 1, -1)))
        d.append((s * 10) % 11 % 10)
    s = "".join(map(str, d))
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])
