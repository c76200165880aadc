"""Shared helpers for the adv13 blind adversarial set: random secret shapes,
checksummed identifiers (Luhn, IBAN mod-97) and the case collector."""
import base64
import json
import string
import zlib

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DIG = string.digits
ALNUM = UP + LO + DIG
B62 = DIG + UP + LO
HEX = "0123456789abcdef"
B64 = UP + LO + DIG + "+/"
B64URL = UP + LO + DIG + "-_"
B32 = UP + "234567"


class Gen:
    """Random value factory bound to one deterministic rng."""

    def __init__(self, rng):
        self.r = rng

    # ---- primitives -------------------------------------------------
    def s(self, n, alphabet=ALNUM):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hex(self, n):
        return self.s(n, HEX)

    def HEX(self, n):
        return self.s(n, HEX.upper())

    def digits(self, n, first_nonzero=False):
        out = self.s(n, DIG)
        if first_nonzero and out[0] == "0":
            out = self.r.choice("123456789") + out[1:]
        return out

    def b64bytes(self, n, pad=True):
        raw = bytes(self.r.getrandbits(8) for _ in range(n))
        out = base64.b64encode(raw).decode()
        return out if pad else out.rstrip("=")

    def b64url_bytes(self, n):
        raw = bytes(self.r.getrandbits(8) for _ in range(n))
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    def uuid(self):
        h = self.hex(32)
        h = h[:12] + "4" + h[13:16] + self.r.choice("89ab") + h[17:]
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def pick(self, seq):
        return self.r.choice(seq)

    def intr(self, a, b):
        return self.r.randint(a, b)

    # ---- human-ish passwords -----------------------------------------
    WORDS = ["falcon", "marble", "orchid", "tundra", "copper", "juniper", "glacier",
             "saffron", "harbor", "cobalt", "willow", "ember", "quartz", "lantern",
             "meadow", "raven", "sierra", "tango", "velvet", "zephyr", "nimbus",
             "pepper", "walrus", "cactus", "puffin", "banjo", "mango", "otter",
             "violet", "rocket", "summit", "biscuit", "pixel", "lagoon", "thistle"]

    def password(self, style=None):
        style = style or self.r.choice(["words", "leet", "random", "mixed"])
        if style == "words":
            w = [self.r.choice(self.WORDS) for _ in range(2)]
            return w[0].capitalize() + self.r.choice("!#$%&*-_.@") + w[1].capitalize() + self.digits(self.intr(2, 4))
        if style == "leet":
            w = self.r.choice(self.WORDS)
            tr = str.maketrans({"a": "4", "e": "3", "o": "0", "i": "1", "s": "5"})
            return w.capitalize().translate(tr) + self.r.choice("!?#$") + self.digits(self.intr(2, 4))
        if style == "random":
            return self.s(self.intr(14, 22), ALNUM + "!#%^*-_+=?")
        w = self.r.choice(self.WORDS)
        return self.s(3, ALNUM) + w + self.r.choice("!#$%") + self.s(4, ALNUM)

    def passphrase(self, n=4, sep=" "):
        return sep.join(self.r.sample(self.WORDS, n))

    # ---- provider shapes ------------------------------------------------
    def _b62(self, num, width):
        out = ""
        while num:
            num, rem = divmod(num, 62)
            out = B62[rem] + out
        return out.rjust(width, "0")

    def _crc_token(self, prefix, body_len=30):
        body = self.s(body_len, B62)
        return prefix + body + self._b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)

    def github_classic(self, kind="ghp"):
        return self._crc_token(kind + "_")

    def github_fine(self):
        return "github_pat_11" + self.s(20, UP + DIG) + "_" + self.s(59, ALNUM)

    def gitlab_pat(self):
        return "glpat-" + self.s(20, ALNUM + "-_")

    def gitlab_runner(self):
        return "glrt-" + self.s(20, ALNUM + "-_")

    def npm(self):
        return self._crc_token("npm_")

    def pypi(self):
        raw = (b"\x02\x01\x08pypi.org\x02\x24" + self.uuid().encode()
               + b"\x00\x02\x2a[1,\"" + self.hex(12).encode() + b"\"]\x00\x06\x20"
               + bytes(self.r.getrandbits(8) for _ in range(32)))
        return "pypi-" + base64.urlsafe_b64encode(raw).decode().rstrip("=")

    def slack_bot(self):
        return f"xoxb-{self.digits(12, True)}-{self.digits(13, True)}-{self.s(24)}"

    def slack_user(self):
        return f"xoxp-{self.digits(12, True)}-{self.digits(12, True)}-{self.digits(13, True)}-{self.hex(32)}"

    def slack_app(self):
        return f"xapp-1-A{self.s(10, UP + DIG)}-{self.digits(13, True)}-{self.hex(64)}"

    def slack_webhook(self):
        return (f"https://hooks.slack.com/services/T{self.s(10, UP + DIG)}/"
                f"B{self.s(10, UP + DIG)}/{self.s(24)}")

    def stripe(self, kind="sk_live"):
        return f"{kind}_51{self.s(22)}{self.s(73)}"

    def stripe_whsec(self):
        return "whsec_" + self.s(32)

    def aws_akid(self, prefix="AKIA"):
        return prefix + self.s(16, B32)

    def aws_secret(self):
        return self.s(40, UP + LO + DIG + "+/")

    def google_api(self):
        return "AIza" + self.s(35, ALNUM + "-_")

    def google_client_secret(self):
        return "GOCSPX-" + self.s(28, ALNUM + "-_")

    def google_refresh(self):
        return "1//0" + self.s(2, UP) + self.s(99, ALNUM + "-_")

    def google_access(self):
        return "ya29.a0" + self.s(150, ALNUM + "-_")

    def openai_proj(self):
        return "sk-proj-" + self.s(74, ALNUM + "-_") + "T3BlbkFJ" + self.s(74, ALNUM + "-_")

    def openai_legacy(self):
        return "sk-" + self.s(20) + "T3BlbkFJ" + self.s(20)

    def anthropic(self):
        return "sk-ant-api03-" + self.s(93, ALNUM + "-_") + "AA"

    def hf(self):
        return "hf_" + self.s(34, UP + LO)

    def sendgrid(self):
        return "SG." + self.s(22, ALNUM + "-_") + "." + self.s(43, ALNUM + "-_")

    def twilio_sid(self):
        return "AC" + self.hex(32)

    def twilio_key(self):
        return "SK" + self.hex(32)

    def azure_storage_key(self):
        return self.b64bytes(64)

    def azure_ad_secret(self):
        return self.s(3, ALNUM) + "8Q~" + self.s(34, ALNUM + "_.~-")

    def jwt(self, payload=None, alg="HS256"):
        def enc(obj):
            return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")
        payload = payload or {"sub": self.uuid(), "iat": self.intr(1700000000, 1730000000)}
        sig_len = 43 if alg.startswith("HS") else 342
        return enc({"alg": alg, "typ": "JWT"}) + "." + enc(payload) + "." + self.s(sig_len, ALNUM + "-_")

    def wg_key(self):
        raw = bytearray(self.r.getrandbits(8) for _ in range(32))
        raw[0] &= 248
        raw[31] = (raw[31] & 127) | 64
        return base64.b64encode(bytes(raw)).decode()

    def pem_body(self, nbytes, width=64):
        body = base64.b64encode(bytes(self.r.getrandbits(8) for _ in range(nbytes))).decode()
        return [body[i:i + width] for i in range(0, len(body), width)]

    def discord_bot(self):
        uid = self.digits(19, True)
        return (base64.b64encode(uid.encode()).decode().rstrip("=") + "."
                + self.s(6, ALNUM + "-_") + "." + self.s(38, ALNUM + "-_"))

    def discord_webhook(self):
        return f"https://discord.com/api/webhooks/{self.digits(19, True)}/{self.s(68, ALNUM + '-_')}"

    def telegram(self):
        return f"{self.digits(10, True)}:AA{self.s(33, ALNUM + '-_')}"

    def mailgun(self):
        return "key-" + self.hex(32)

    def mailchimp(self):
        return self.hex(32) + "-us" + str(self.intr(2, 21))

    def shopify(self, kind="shpat"):
        return f"{kind}_{self.hex(32)}"

    def square(self):
        return "EAAA" + self.s(60, ALNUM + "-_")

    def braintree(self):
        return f"access_token$production${self.s(16, LO + DIG)}${self.hex(32)}"

    def digitalocean(self):
        return "dop_v1_" + self.hex(64)

    def newrelic(self):
        return "NRAK-" + self.s(27, UP + DIG)

    def sentry_auth(self):
        org = self.pick(["acme-labs", "northwind", "lumen-io", "bramble"])
        payload = {"iat": self.intr(1700000000, 1730000000) + 0.5, "url": "https://sentry.io",
                   "region_url": "https://us.sentry.io", "org": org}
        b = base64.b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")
        return "sntrys_" + b + "_" + self.s(43, ALNUM + "+/")

    def vault(self):
        return "hvs." + self.s(24, ALNUM)

    def tfc(self):
        return self.s(14) + ".atlasv1." + self.s(67)

    def pulumi(self):
        return "pul-" + self.hex(40)

    def linear(self):
        return "lin_api_" + self.s(40)

    def notion(self):
        return "ntn_" + self.digits(11, True) + self.s(35)

    def airtable(self):
        return "pat" + self.s(14) + "." + self.hex(64)

    def figma(self):
        return "figd_" + self.s(40, ALNUM + "-_")

    def atlassian(self):
        return "ATATT3xFfGF0" + self.s(180, ALNUM + "-_") + "=" + self.HEX(8)

    def databricks(self):
        return "dapi" + self.hex(32)

    def grafana_sa(self):
        return "glsa_" + self.s(32) + "_" + self.hex(8)

    def postman(self):
        return "PMAK-" + self.hex(24) + "-" + self.hex(34)

    def cloudflare_token(self):
        return self.s(40, ALNUM + "-_")

    def supabase(self):
        return "sbp_" + self.hex(40)

    def age(self):
        return "AGE-SECRET-KEY-1" + self.s(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")

    def tailscale(self):
        return "tskey-auth-k" + self.s(11) + "CNTRL-" + self.s(33)

    def planetscale(self):
        return "pscale_pw_" + self.s(43, ALNUM + "-_")

    def mapbox(self):
        payload = json.dumps({"u": self.pick(["geoteam", "fleetviz", "trailmap"]), "a": self.s(25, LO + DIG)},
                             separators=(",", ":"))
        return "sk." + base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=") + "." + self.s(22, ALNUM + "-_")

    def dockerhub(self):
        return "dckr_pat_" + self.s(27, ALNUM + "-_")

    def brevo(self):
        return "xkeysib-" + self.hex(64) + "-" + self.s(16)

    def replicate(self):
        return "r8_" + self.s(37)

    def groq(self):
        return "gsk_" + self.s(52)

    def perplexity(self):
        return "pplx-" + self.s(48)

    def xai(self):
        return "xai-" + self.s(80)

    def openrouter(self):
        return "sk-or-v1-" + self.hex(64)

    def langsmith(self):
        return "lsv2_pt_" + self.hex(32) + "_" + self.hex(10)

    def pinecone(self):
        return "pcsk_" + self.s(5) + "_" + self.s(63)

    def doppler(self):
        return "dp.st.prd." + self.s(40)

    def sonar(self):
        return "sqp_" + self.hex(40)

    def buildkite(self):
        return "bkua_" + self.hex(40)

    def hubspot(self):
        return "pat-na1-" + self.uuid()

    def scaleway_access(self):
        return "SCW" + self.s(17, UP + DIG)

    def alibaba_id(self):
        return "LTAI" + self.s(20)

    def tencent_id(self):
        return "AKID" + self.s(32)

    def okta(self):
        return "00" + self.s(40, ALNUM + "-_")

    def azure_devops(self):
        return self.s(52, LO + "234567")

    def dropbox(self):
        return "sl.B" + self.s(134, ALNUM + "-_")

    def contentful(self):
        return "CFPAT-" + self.s(43, ALNUM + "-_")

    def jfrog(self):
        return "AKCp8" + self.s(68)

    def bitbucket(self):
        return "ATBB" + self.s(32) + self.HEX(8)

    def circleci(self):
        return "CCIPAT_" + self.s(22) + "_" + self.hex(40)

    def resend(self):
        return "re_" + self.s(8) + "_" + self.s(24)

    def eth_key(self):
        return "0x" + self.hex(64)

    def ops_token(self):
        payload = json.dumps({"signInAddress": "my.1password.com", "userAuth": {"method": "SRPg-4096",
                              "alg": "PBES2g-HS256", "iterations": 650000, "salt": self.s(22)},
                              "email": self.s(12, LO) + "@1passwordserviceaccounts.com",
                              "srpX": self.hex(64), "muk": {"alg": "A256GCM", "ext": True,
                              "k": self.s(43, ALNUM + "-_"), "key_ops": ["encrypt", "decrypt"],
                              "kty": "oct", "kid": "mp"}, "secretKey": "A3-" + self.s(6, UP + DIG),
                              "throttleSecret": {"seed": self.hex(64), "uuid": self.s(26, UP + DIG)},
                              "deviceUuid": self.s(26, LO + DIG)}, separators=(",", ":"))
        return "ops_" + base64.b64encode(payload.encode()).decode().rstrip("=")

    def op_secret_key(self):
        u = UP + DIG
        return f"A3-{self.s(6, u)}-{self.s(6, u)}-{self.s(5, u)}-{self.s(5, u)}-{self.s(5, u)}-{self.s(5, u)}"

    def bws_token(self):
        return f"0.{self.uuid()}.{self.s(30)}:{self.b64bytes(16)}"

    def django_key(self):
        return "django-insecure-" + self.s(50, LO + DIG + "!@#$%^&*(-_=+)")

    def laravel_key(self):
        return "base64:" + self.b64bytes(32)

    # ---- PII --------------------------------------------------------------
    def luhn_complete(self, partial):
        digits = [int(c) for c in partial]
        total = 0
        for i, d in enumerate(reversed(digits)):
            if i % 2 == 0:
                d *= 2
                if d > 9:
                    d -= 9
            total += d
        return partial + str((10 - total % 10) % 10)

    def card(self, brand="visa"):
        if brand == "visa":
            return self.luhn_complete("4" + self.digits(14))
        if brand == "mc":
            return self.luhn_complete("5" + self.pick("12345") + self.digits(13))
        if brand == "amex":
            return self.luhn_complete(self.pick(["34", "37"]) + self.digits(12))
        if brand == "discover":
            return self.luhn_complete("6011" + self.digits(11))
        raise ValueError(brand)

    def iban(self, country):
        fmt = {"DE": "n18", "GB": "a4n14", "FR": "n23", "NL": "a4n10", "ES": "n20",
               "IT": "a1n22", "BE": "n12", "CH": "n17", "PL": "n24", "AT": "n16", "IE": "a4n14",
               "PT": "n21"}[country]
        bban = ""
        i = 0
        while i < len(fmt):
            kind = fmt[i]
            j = i + 1
            while j < len(fmt) and fmt[j].isdigit():
                j += 1
            n = int(fmt[i + 1:j])
            bban += self.s(n, UP) if kind == "a" else self.digits(n)
            i = j
        num = "".join(str(int(c, 36)) for c in bban + country + "00")
        check = 98 - int(num) % 97
        return f"{country}{check:02d}{bban}"

    @staticmethod
    def iban_groups(iban):
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))

    def ssn(self):
        area = self.intr(1, 899)
        while area == 666:
            area = self.intr(1, 899)
        return f"{area:03d}-{self.intr(1, 99):02d}-{self.intr(1, 9999):04d}"

    def ni_number(self):
        first = self.pick("ABCEGHJKLMNOPRSTWXYZ")
        second = self.pick("ABCEGHJKLMNPRSTWXYZ")
        while first + second in ("GB", "BG", "NK", "KN", "TN", "NT", "ZZ"):
            second = self.pick("ABCEGHJKLMNPRSTWXYZ")
        d = self.digits(6)
        return f"{first}{second} {d[:2]} {d[2:4]} {d[4:]} {self.pick('ABCD')}"

    FIRST = ["marta", "tomasz", "aisha", "kenji", "lucia", "oliver", "priya", "diego", "femi",
             "ingrid", "mateo", "chloe", "rahul", "sofia", "jonas", "amara", "yuki", "bruno",
             "nadia", "henrik", "leila", "pavel", "grace", "tariq", "elena", "samuel"]
    LAST = ["kowalczyk", "nakamura", "okafor", "lindqvist", "ferreira", "haddad", "novak",
            "brennan", "castillo", "schreiber", "mensah", "rossi", "varga", "oyelaran",
            "delacroix", "petrov", "sato", "whitfield", "moreau", "janssen", "abara"]
    MAILDOM = ["gmail.com", "outlook.com", "yahoo.co.uk", "web.de", "proton.me", "icloud.com",
               "gmx.net", "hotmail.fr", "libero.it", "orange.fr", "yandex.ru", "fastmail.com"]

    def person(self):
        return self.pick(self.FIRST).capitalize() + " " + self.pick(self.LAST).capitalize()

    def email(self, domain=None):
        f, l = self.pick(self.FIRST), self.pick(self.LAST)
        local = self.pick([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l[:3]}{self.digits(2)}", f"{f}_{l}", f"{l}.{f}{self.digits(2)}"])
        return f"{local}@{domain or self.pick(self.MAILDOM)}"

    def base32(self, n):
        return self.s(n, B32)

    def ipv4(self):
        first = self.pick([31, 46, 62, 77, 81, 85, 89, 91, 94, 109, 145, 151, 176, 185, 188, 212, 213, 217])
        return f"{first}.{self.intr(1, 254)}.{self.intr(1, 254)}.{self.intr(2, 254)}"

    def ipv6(self):
        p = self.pick(["2a02", "2a01", "2001:67c", "2600:1700", "2a00", "2406:da18"])
        n = 8 - p.count(":") - 1
        groups = [format(self.intr(1, 0xFFFF), "x") for _ in range(n)]
        return p + ":" + ":".join(groups)


class Collector:
    def __init__(self):
        self.rows = []
        self.counters = {}

    def _id(self, group, form, kind):
        key = (group, form, kind)
        self.counters[key] = self.counters.get(key, 0) + 1
        return f"{group}.{form}.{kind}{self.counters[key]:02d}"

    def pos(self, group, form, text, secrets):
        assert secrets, (group, form)
        self.rows.append({"id": self._id(group, form, "p"), "form": f"{group}/{form}",
                          "text": text, "secrets": list(secrets)})

    def neg(self, group, form, text):
        self.rows.append({"id": self._id(group, form, "n"), "form": f"{group}/{form}",
                          "text": text, "secrets": []})
