"""Shared helpers for the adv14 blind set.

Every module gets its own deterministic random stream (seeded from a fixed
string), so editing one theme never shifts the values of another.
All generated values are random fakes shaped after public provider docs.
"""
import base64
import json
import random
import re
import zlib

from common_pii import PiiMixin

SEED = "scrubline-adv14-2024"

UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOWER = "abcdefghijklmnopqrstuvwxyz"
DIGITS = "0123456789"
ALNUM = UPPER + LOWER + DIGITS
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
HEX = "0123456789abcdef"
B32 = UPPER + "234567"
LOWALNUM = LOWER + DIGITS

_BAD = re.compile(r"(.)\1\1\1|example|EXAMPLE|xxxx|XXXX|test|TEST|dummy|fake|FAKE|1234|abcd|ABCD")


def rng(name):
    return random.Random(SEED + ":" + name)


def P(form, text, secrets):
    return {"form": form, "text": text, "secrets": list(secrets)}


def N(form, text):
    return {"form": form, "text": text, "secrets": []}


class G(PiiMixin):
    """Fake-value factory bound to one random stream."""

    def __init__(self, name):
        self.r = rng(name)

    # ---- primitives -------------------------------------------------
    def s(self, n, alphabet=ALNUM):
        while True:
            v = "".join(self.r.choice(alphabet) for _ in range(n))
            if _BAD.search(v):
                continue
            if n >= 12 and alphabet in (ALNUM, B64, B64URL):
                if not (any(c.isdigit() for c in v) and any(c.islower() for c in v)
                        and any(c.isupper() for c in v)):
                    continue
            return v

    def hx(self, n):
        return self.s(n, HEX)

    def digits(self, n):
        return self.s(n, DIGITS)

    def b64bytes(self, nbytes):
        while True:
            v = base64.b64encode(bytes(self.r.getrandbits(8) for _ in range(nbytes))).decode()
            if not _BAD.search(v):
                return v

    def pick(self, seq):
        return self.r.choice(seq)

    def num(self, a, b):
        return self.r.randint(a, b)

    def uuid(self):
        h = self.hx(32)
        h = h[:12] + "4" + h[13:16] + self.pick("89ab") + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    # ---- passwords --------------------------------------------------
    WORDS = ["Harbour", "Lantern", "Corvid", "Basalt", "Quokka", "Meridian", "Saffron",
             "Tundra", "Juniper", "Falcon", "Obsidian", "Marlin", "Cobalt", "Thistle",
             "Glacier", "Pepper", "Orchid", "Granite", "Walrus", "Nimbus", "Kestrel"]

    def pw(self, n=None):
        """Strong random password, safe inside quotes, URLs and shells."""
        n = n or self.num(13, 18)
        sym = "!#%*+-.=?^_~"
        while True:
            v = "".join(self.r.choice(ALNUM + sym) for _ in range(n))
            if (any(c in sym for c in v) and any(c.isdigit() for c in v)
                    and any(c.isupper() for c in v) and any(c.islower() for c in v)
                    and not _BAD.search(v) and v[0].isalnum() and v[-1].isalnum()):
                return v

    def pw_url(self, n=None):
        n = n or self.num(16, 24)
        return self.s(n, ALNUM)

    def human_pw(self):
        w1, w2 = self.r.sample(self.WORDS, 2)
        return "%s%s%s%d" % (w1, self.pick("!#%*-.?"), w2, self.num(11, 98))

    # ---- provider shapes --------------------------------------------
    def aws_akid(self, prefix="AKIA"):
        return prefix + self.s(16, B32)

    def aws_secret(self):
        return self.s(40, B64)

    def aws_session(self):
        return "IQoJb3JpZ2luX2VjE" + self.s(360, B64) + "=="

    def gh(self, kind="ghp"):
        body = self.s(30, ALNUM)
        crc = zlib.crc32(body.encode())
        enc = ""
        while crc:
            crc, m = divmod(crc, 62)
            enc = (DIGITS + UPPER + LOWER)[m] + enc
        return "%s_%s%s" % (kind, body, enc.rjust(6, "0"))

    def gh_fine(self):
        return "github_pat_11" + self.s(20, UPPER + DIGITS) + "_" + self.s(59)

    def glpat(self):
        return "glpat-" + self.s(20, B64URL)

    def slack_bot(self):
        return "xoxb-%s-%s-%s" % (self.digits(12), self.digits(13), self.s(24))

    def slack_user(self):
        return "xoxp-%s-%s-%s-%s" % (self.digits(12), self.digits(12), self.digits(13), self.hx(32))

    def slack_hook(self):
        return "https://hooks.slack.com/services/T0%s/B0%s/%s" % (
            self.s(8, UPPER + DIGITS), self.s(9, UPPER + DIGITS), self.s(24))

    def stripe(self, kind="sk", modern=False):
        if modern:
            return "%s_live_51%s" % (kind, self.s(97))
        return "%s_live_%s" % (kind, self.s(24))

    def whsec(self):
        return "whsec_" + self.s(32)

    def openai(self):
        return "sk-proj-" + self.s(64, B64URL) + "T3BlbkFJ" + self.s(64, B64URL)

    def anthropic(self):
        return "sk-ant-api03-" + self.s(93, B64URL) + "AA"

    def google(self):
        return "AIzaSy" + self.s(33, B64URL)

    def gocspx(self):
        return "GOCSPX-" + self.s(28, B64URL)

    def ya29(self):
        return "ya29.a0" + self.s(150, B64URL)

    def npm(self):
        return "npm_" + self.s(36)

    def pypi(self, test=False):
        head = "pypi-AgENdGVzdC5weXBpLm9yZw" if test else "pypi-AgEIcHlwaS5vcmc"
        return head + "CJ" + self.s(150, B64URL)

    def rubygems(self):
        return "rubygems_" + self.hx(48)

    def crates(self):
        return "cio" + self.s(32)

    def nuget(self):
        return "oy2" + self.s(43, LOWALNUM)

    def dckr(self):
        return "dckr_pat_" + self.s(27, B64URL)

    def artifactory(self):
        return "AKCp8" + self.s(68)

    def ado_pat(self):
        return self.s(52, LOWER + "234567")

    def azure_key(self):
        return self.b64bytes(64)

    def azure_sas(self):
        return self.b64bytes(32)

    def twilio_sid(self):
        return "AC" + self.hx(32)

    def twilio_api(self):
        return "SK" + self.hx(32)

    def sendgrid(self):
        return "SG." + self.s(22, B64URL) + "." + self.s(43, B64URL)

    def mailgun(self):
        return "key-" + self.hx(32)

    def cf_token(self):
        return self.s(40, B64URL)

    def cf_global(self):
        return self.hx(37)

    def netlify(self):
        return "nfp_" + self.s(36)

    def vercel(self):
        return self.s(24)

    def render(self):
        return "rnd_" + self.s(28)

    def fly(self):
        return "FlyV1 fm2_lJPE" + self.s(180, B64) + ",fm2_lJPE" + self.s(120, B64)

    def heroku(self):
        return "HRKU-AA" + self.s(58, B64URL)

    def sb_secret(self):
        return "sb_secret_" + self.s(31, B64URL)

    def squ(self):
        return "squ_" + self.hx(40)

    def hf(self):
        return "hf_" + self.s(34, UPPER + LOWER)

    def postman(self):
        return "PMAK-" + self.hx(24) + "-" + self.hx(34)

    def shopify(self):
        return "shpat_" + self.hx(32)

    def dd_api(self):
        return self.hx(32)

    def sentry_dsn(self):
        return "https://%s@o%d.ingest.us.sentry.io/%d" % (self.hx(32), self.num(100000, 999999),
                                                          self.num(4500000000000000, 4509999999999999))

    def b64u(self, raw):
        return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")

    def jwt(self, payload, alg="HS256"):
        head = self.b64u(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")))
        body = self.b64u(json.dumps(payload, separators=(",", ":")))
        sig = self.s(43 if alg == "HS256" else 342, B64URL)
        return "%s.%s.%s" % (head, body, sig)

    def pem_body(self, lines=12):
        return [self.b64bytes(48) for _ in range(lines)]
