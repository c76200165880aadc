"""Shared helpers for the adv16 blind set: case collector, token shapes, check digits."""
import base64
import hashlib
import json
import random
import string
import uuid as _uuid

DIG = string.digits
HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
LOW = string.ascii_lowercase
UP = string.ascii_uppercase
B62 = DIG + UP + LOW
B64 = UP + LOW + DIG + "+/"
B64U = UP + LOW + DIG + "-_"
B32 = UP + "234567"


class Group:
    """Collects cases for one group; ids are <group>.<form>.pNN / .nNN."""

    def __init__(self, name):
        self.name = name
        self.cases = []
        self._n = {}

    def _id(self, form, kind):
        key = (form, kind)
        self._n[key] = self._n.get(key, 0) + 1
        return "%s.%s.%s%02d" % (self.name, form, kind, self._n[key])

    def pos(self, form, text, secrets):
        assert secrets, (form, text[:60])
        seen = []
        for s in secrets:
            if s not in seen:
                seen.append(s)
        self.cases.append({"id": self._id(form, "p"), "form": "%s/%s" % (self.name, form),
                           "text": text, "secrets": seen})

    def neg(self, form, text):
        self.cases.append({"id": self._id(form, "n"), "form": "%s/%s" % (self.name, form),
                           "text": text, "secrets": []})


# ---------------------------------------------------------------- shapes

def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def b62(rng, n):
    return rs(rng, B62, n)


def hexs(rng, n, upper=False):
    return rs(rng, UHEX if upper else HEX, n)


def digits(rng, n, lead_nonzero=True):
    s = rs(rng, DIG, n)
    if lead_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def b64u(rng, n):
    return rs(rng, B64U, n)


def uuid4(rng):
    return str(_uuid.UUID(int=rng.getrandbits(128), version=4))


def b64(data):
    if isinstance(data, str):
        data = data.encode()
    return base64.b64encode(data).decode()


def b64url_nopad(data):
    if isinstance(data, str):
        data = data.encode()
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def password(rng, n=None, sym="!@#%^&*-_+=?"):
    """Human-ish strong password: guaranteed mix of classes."""
    n = n or rng.randint(12, 20)
    chars = [rng.choice(UP), rng.choice(LOW), rng.choice(DIG), rng.choice(sym)]
    chars += [rng.choice(UP + LOW + DIG + sym) for _ in range(n - 4)]
    rng.shuffle(chars)
    return "".join(chars)


def passphrase(rng):
    words = ["Tangerine", "Orbit", "Kestrel", "Marble", "Quokka", "Saffron", "Glacier", "Pylon",
             "Harbor", "Velvet", "Cobalt", "Juniper", "Falcon", "Ember", "Lattice", "Monsoon"]
    a, b = rng.sample(words, 2)
    return "%s%s%d%s" % (a, b, rng.randint(10, 99), rng.choice("!#$%&*"))


# provider token shapes (prefix / length / charset per provider docs)
def gh_pat(rng, kind="ghp"):
    return "%s_%s" % (kind, b62(rng, 36))


def gh_fine(rng):
    return "github_pat_%s_%s" % (rs(rng, B62, 22), rs(rng, B62 + "_", 59))


def gitlab_pat(rng, prefix="glpat-"):
    return prefix + rs(rng, B62 + "-_", 20)


def npm_token(rng):
    return "npm_" + b62(rng, 36)


def pypi_token(rng):
    return "pypi-AgEIcHlwaS5vcmcCJD" + b64u(rng, 150)


def docker_pat(rng):
    return "dckr_pat_" + rs(rng, B62 + "-_", 27)


def aws_akid(rng, prefix="AKIA"):
    return prefix + rs(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)


def aws_secret(rng):
    return rs(rng, UP + LOW + DIG + "+/", 40)


def aws_session(rng):
    return "IQoJb3JpZ2luX2Vj" + rs(rng, B64, 300) + "=="


def slack_bot(rng, kind="xoxb"):
    return "%s-%s-%s-%s" % (kind, digits(rng, 12), digits(rng, 13), b62(rng, 24))


def slack_user(rng):
    return "xoxp-%s-%s-%s-%s" % (digits(rng, 12), digits(rng, 12), digits(rng, 13), hexs(rng, 32))


def slack_webhook(rng):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rs(rng, UP + DIG, 10), rs(rng, UP + DIG, 10), b62(rng, 24))


def discord_bot(rng):
    uid = digits(rng, 18)
    return "%s.%s.%s" % (b64(uid).rstrip("="), rs(rng, B64U, 6), rs(rng, B64U, 38))


def discord_webhook(rng):
    return "https://discord.com/api/webhooks/%s/%s" % (digits(rng, 19), rs(rng, B64U, 68))


def telegram_bot(rng):
    return "%s:AA%s" % (digits(rng, 10), rs(rng, B64U, 33))


def teams_webhook(rng, tenant="contoso"):
    return "https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s" % (
        tenant, uuid4(rng), uuid4(rng), hexs(rng, 32), uuid4(rng))


def twilio_sid(rng, p="AC"):
    return p + hexs(rng, 32)


def sendgrid(rng):
    return "SG.%s.%s" % (rs(rng, B64U, 22), rs(rng, B64U, 43))


def mailgun(rng):
    return "%s-%s-%s" % (hexs(rng, 32), hexs(rng, 8), hexs(rng, 8))


def stripe(rng, kind="sk_live_"):
    return kind + b62(rng, rng.choice([24, 99]))


def google_api(rng):
    return "AIza" + rs(rng, B62 + "-_", 35)


def jwt(rng, payload):
    h = b64url_nopad(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")))
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")))
    return "%s.%s.%s" % (h, p, b64url_nopad(rbytes(rng, 32)))


def tfc_token(rng):
    return "%s.atlasv1.%s" % (b62(rng, 14), b62(rng, 67))


def matrix_token(rng, user):
    return "syt_%s_%s_%s" % (b64url_nopad(user), b62(rng, 20), b62(rng, 6))


def meta_token(rng):
    return "EAA" + rng.choice("BCDEIJ") + b62(rng, 180)


def nr_user_key(rng):
    return "NRAK-" + rs(rng, UP + DIG, 27)


def azure_storage_key(rng):
    return b64(rbytes(rng, 64))


PEM_PREFIX = {
    # DER / wire-format openings so bodies start like real keys (MIIEvQ..., MIIEpA..., b3BlbnNzaC1rZXktdjE...)
    "PRIVATE KEY": bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100"),
    "RSA PRIVATE KEY": bytes.fromhex("308204a40201000282010100"),
    "OPENSSH PRIVATE KEY": b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x003\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 ",
}


def pem_block(rng, label="PRIVATE KEY", nbytes=1190):
    pre = PEM_PREFIX.get(label, b"")
    body = b64(pre + rbytes(rng, nbytes - len(pre)))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def p8_key(rng):
    # PKCS#8 EC P-256 private key: fixed ASN.1 prefix + 32-byte scalar + public point
    der = bytes.fromhex("308193020100301306072a8648ce3d020106082a8648ce3d030107047930770201010420") \
        + rbytes(rng, 32) + bytes.fromhex("a00a06082a8648ce3d030107a144034200") + b"\x04" + rbytes(rng, 64)
    body = b64(der)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PRIVATE KEY-----\n%s\n-----END PRIVATE KEY-----" % "\n".join(lines)


def p8_lines(key):
    return [l for l in key.splitlines() if not l.startswith("-----")]


# ---------------------------------------------------------------- check digits

def luhn_complete(partial):
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return partial + str((10 - total % 10) % 10)


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


def card(rng, brand="visa"):
    if brand == "visa":
        p = "4" + digits(rng, 14, False)
    elif brand == "mc":
        p = "5" + rng.choice("12345") + digits(rng, 13, False)
    else:
        p = "3" + rng.choice("47") + digits(rng, 12, False)
    return luhn_complete(p)


def iban(rng, country, bban):
    rearr = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    check = 98 - int(num) % 97
    return "%s%02d%s" % (country, check, bban)


def iban_ok(s):
    s = s.replace(" ", "")
    rearr = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in rearr)) % 97 == 1


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def nhs(rng):
    while True:
        d = [rng.randint(0, 9) for _ in range(9)]
        d[0] = rng.randint(4, 6)
        s = sum(x * (10 - i) for i, x in enumerate(d))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        n = "".join(map(str, d)) + str(c)
        return "%s %s %s" % (n[:3], n[3:6], n[6:])


def nhs_ok(n):
    n = n.replace(" ", "")
    s = sum(int(x) * (10 - i) for i, x in enumerate(n[:9]))
    c = 11 - s % 11
    return (0 if c == 11 else c) == int(n[9])


def mbi(rng):
    A = "ACDEFGHJKMNPQRTUVWXY"
    AN = A + DIG
    pat = [("C", "123456789"), ("A", A), ("AN", AN), ("N", DIG), ("A", A), ("AN", AN),
           ("N", DIG), ("A", A), ("A", A), ("N", DIG), ("N", DIG)]
    return "".join(rng.choice(al) for _, al in pat)


def bsn(rng):
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        d[0] = rng.randint(1, 6)
        s = sum(x * (9 - i) for i, x in enumerate(d))
        last = s % 11
        if last <= 9:
            n = d + [last]
            if (sum(x * (9 - i) for i, x in enumerate(n[:8])) - n[8]) % 11 == 0:
                return "".join(map(str, n))


def dni(rng):
    n = rng.randint(10000000, 99999999)
    return "%d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])


def cpf(rng):
    d = [rng.randint(0, 9) for _ in range(9)]
    for k in (10, 11):
        s = sum(x * (k - i) for i, x in enumerate(d))
        r = (s * 10) % 11
        d.append(0 if r == 10 else r)
    s = "".join(map(str, d))
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_check(num):
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
    base = str(rng.randint(2, 9)) + digits(rng, 10, False)
    n = base + verhoeff_check(base)
    return "%s %s %s" % (n[:4], n[4:8], n[8:])


def cn_resident_id(rng, area="110105", dob="19880314"):
    base = area + dob + digits(rng, 3, False)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return base + "10X98765432"[sum(int(a) * b for a, b in zip(base, w)) % 11]


US_AREA = ["212", "305", "312", "404", "415", "469", "503", "512", "602", "617", "646", "702", "713",
           "720", "773", "813", "858", "917", "972", "919"]


def us_phone(rng):
    while True:
        ex = str(rng.randint(2, 9)) + digits(rng, 2, False)
        if ex != "555":
            break
    return "(%s) %s-%s" % (rng.choice(US_AREA), ex, digits(rng, 4, False))


def sha1(s):
    return hashlib.sha1(s.encode()).hexdigest()


def sha256(s):
    return hashlib.sha256(s.encode()).hexdigest()
