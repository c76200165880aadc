"""Case collector and fake-secret generator (Python 3 stdlib only).

All randomness comes from the random.Random instance a group hands in, so a
group built twice with the same seed yields byte-identical cases.
Every value produced here is fake but follows the provider's public format
(prefix, length, alphabet, and checksum where one is documented).
"""
import base64
import hashlib
import json
import re
import string
import struct
import textwrap
import zlib
from urllib.parse import quote

from common_pii import PII

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
ALNUM = UP + LO + DG
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
B32 = UP + "234567"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
B62 = DG + UP + LO


def D(tpl, **kw):
    """Dedent a template and fill ⟦name⟧ slots (keeps JSON braces literal)."""
    t = textwrap.dedent(tpl).strip("\n")
    for k, v in kw.items():
        t = t.replace("⟦%s⟧" % k, str(v))
    assert "⟦" not in t, t
    return t


def J(*lines):
    return "\n".join(lines)


def pct(s, safe=""):
    return quote(s, safe=safe)


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def b64s(s):
    if isinstance(s, str):
        s = s.encode()
    return base64.b64encode(s).decode()


def jesc(s):
    """JSON-escape a string without the surrounding quotes."""
    return json.dumps(s, ensure_ascii=False)[1:-1]


# ---------------------------------------------------------------- DER / PEM
def _der_len(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def _der(tag, content):
    return bytes([tag]) + _der_len(len(content)) + content


def _der_uint(b):
    b = b.lstrip(b"\x00") or b"\x00"
    if b[0] & 0x80:
        b = b"\x00" + b
    return _der(0x02, b)


def _ssh_str(b):
    return struct.pack(">I", len(b)) + b


def _crc24(data):
    crc = 0xB704CE
    for byte in data:
        crc ^= byte << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def wrap(s, width):
    return [s[i:i + width] for i in range(0, len(s), width)]


class PEM:
    """A private key block. .text is the full armour, .lines the body lines."""

    def __init__(self, label, body_b64, width=64, extra_headers=None, tail=None):
        self.label = label
        self.lines = wrap(body_b64, width)
        head = ["-----BEGIN %s-----" % label]
        if extra_headers:
            head += extra_headers + [""]
        foot = ([tail] if tail else []) + ["-----END %s-----" % label]
        self.text = "\n".join(head + self.lines + foot)

    def picks(self):
        """first, middle and last body lines (the listing rule for PEM)."""
        ls = self.lines
        out = [ls[0], ls[len(ls) // 2], ls[-1]]
        return [x for x in dict.fromkeys(out)]


WORDS = ("anchor lantern ocelot quarry velvet harbor quince marble cobalt ember saffron falcon tundra "
         "walnut glacier meadow pepper orbit cactus juniper thistle copper willow summit basalt "
         "kettle violet badger pylon nectar canyon orchid mango fjord raven tinsel zephyr pretzel "
         "lagoon hazel sprocket topaz nimbus biscuit crater dune ferret gusto harpoon igloo jigsaw "
         "kiwi lemur muffin nugget otter pickle radish sequoia tango umber vortex wombat yodel zinnia").split()


class SecretGen:
    def __init__(self, rng):
        self.r = rng

    # ---------------------------------------------------------- primitives
    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def alnum(self, n):
        return self.s(ALNUM, n)

    def hex(self, n):
        return self.s(HEXL, n)

    def HEX(self, n):
        return self.s(HEXU, n)

    def b64(self, n):
        return self.s(B64, n)

    def b64url(self, n):
        return self.s(B64URL, n)

    def digits(self, n):
        return str(self.r.randint(1, 9)) + self.s(DG, n - 1)

    def rbytes(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def uuid(self):
        h = self.hex(32)
        h = h[:12] + "4" + h[13:16] + self.r.choice("89ab") + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def ts(self, lo=1704067200, hi=1735603200):
        return self.r.randint(lo, hi)

    def _crc_b62(self, body):
        n = zlib.crc32(body.encode()) & 0xFFFFFFFF
        out = ""
        while n:
            n, rem = divmod(n, 62)
            out = B62[rem] + out
        return out.rjust(6, "0")

    # ---------------------------------------------------------- AWS
    def aws_akid(self, prefix="AKIA"):
        return prefix + self.s(UP + "234567", 16)

    def aws_secret(self):
        return self.s(B64, 40)

    def aws_session_token(self, n=356):
        body = "IQoJb3JpZ2luX2VjE" + self.s(B64, n - 19)
        return body + "=="

    def aws_sigv4(self):
        return self.hex(64)

    def aws_bedrock_key(self):
        # long-term Bedrock API key: ABSK + base64("BedrockAPIKey-<id>-at-<acct>:<secret>")
        inner = "BedrockAPIKey-%s-at-%s:%s" % (self.s(LO + DG, 4), self.digits(12), self.b64(40))
        return "ABSK" + b64s(inner)

    # ---------------------------------------------------------- Google
    def gcp_api_key(self):
        return "AIzaSy" + self.s(B64URL, 33)

    def gcp_oauth_client_secret(self):
        return "GOCSPX-" + self.s(B64URL, 28)

    def gcp_client_id(self):
        return "%s-%s.apps.googleusercontent.com" % (self.digits(12), self.s(LO + DG, 32))

    def google_access_token(self):
        return "ya29.a0A" + self.s(B64URL, 170)

    def google_refresh_token(self):
        return "1//0" + self.s(B64URL, 99)

    def google_auth_code(self):
        return "4/0A" + self.s(B64URL, 69)

    def firebase_fcm_key(self):
        return "AAAA" + self.s(B64URL, 7) + ":APA91b" + self.s(B64URL, 134)

    # ---------------------------------------------------------- Azure
    def azure_storage_key(self):
        return b64s(self.rbytes(64))

    def azure_sas_sig(self):
        return b64s(self.rbytes(32))

    def azure_client_secret(self):
        return self.alnum(3) + self.r.choice(DG) + "Q~" + self.s(ALNUM + "_.~-", 34)

    def azure_devops_pat(self):
        return self.s(LO + "234567", 52)

    def azure_sb_key(self):
        return b64s(self.rbytes(32))

    def azure_function_key(self):
        return self.s(B64URL, 54) + "=="

    def azure_openai_key(self):
        return self.hex(32)

    def azure_conn_string(self, account):
        key = self.azure_storage_key()
        return ("DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (account, key)), key

    # ---------------------------------------------------------- code hosting
    def github(self, prefix="ghp"):
        body = self.alnum(30)
        return "%s_%s%s" % (prefix, body, self._crc_b62(body))

    def github_fine(self):
        return "github_pat_11A" + self.s(UP + DG, 19) + "_" + self.alnum(59)

    def gitlab(self, prefix="glpat-"):
        return prefix + self.s(ALNUM + "-_", 20)

    def gitlab_trigger(self):
        return "glptt-" + self.hex(40)

    def bitbucket_app_password(self):
        return "ATBB" + self.alnum(32)

    def atlassian_token(self):
        return "ATATT3xFfGF0" + self.s(B64URL, 171) + "=" + self.HEX(8)

    # ---------------------------------------------------------- chat / webhooks
    def slack_bot(self):
        return "xoxb-%s-%s-%s" % (self.digits(12), self.digits(13), self.alnum(24))

    def slack_user(self):
        return "xoxp-%s-%s-%s-%s" % (self.digits(12), self.digits(12), self.digits(13), self.hex(32))

    def slack_app(self):
        return "xapp-1-A%s-%s-%s" % (self.s(UP + DG, 10), self.digits(13), self.hex(64))

    def slack_webhook(self):
        tok = self.alnum(24)
        return "https://hooks.slack.com/services/T%s/B%s/%s" % (self.s(UP + DG, 8), self.s(UP + DG, 10), tok), tok

    def discord_bot(self):
        uid = str(self.r.randint(10 ** 17, 13 * 10 ** 17))
        return b64s(uid).rstrip("=") + "." + self.s(B64URL, 6) + "." + self.s(B64URL, 38)

    def discord_webhook(self):
        tok = self.s(B64URL, 68)
        return "https://discord.com/api/webhooks/%s/%s" % (self.digits(19), tok), tok

    def teams_webhook(self, tenant="contoso"):
        h = self.hex(32)
        return ("https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s"
                % (tenant, self.uuid(), self.uuid(), h, self.uuid())), h

    def zapier_webhook(self):
        p = "%s/%s" % (self.digits(7), self.s(LO + DG, 7))
        return "https://hooks.zapier.com/hooks/catch/%s/" % p, p

    def telegram_bot(self):
        return "%s:AA%s" % (self.digits(10), self.s(B64URL, 33))

    # ---------------------------------------------------------- payments
    def stripe(self, kind="sk", mode="live", long=None):
        long = self.r.random() < 0.5 if long is None else long
        if long:
            return "%s_%s_51%s" % (kind, mode, self.alnum(97))
        return "%s_%s_%s" % (kind, mode, self.alnum(24))

    def stripe_whsec(self):
        return "whsec_" + self.alnum(32)

    def square_token(self):
        return "EAAA" + self.s(B64URL, 60)

    def square_secret(self):
        return "sq0csp-" + self.s(B64URL, 43)

    def braintree(self):
        return "access_token$production$%s$%s" % (self.s(LO + DG, 16), self.hex(32))

    def paypal_secret(self):
        return "E" + self.r.choice("CFLMJ") + self.s(B64URL, 78)

    def shopify(self, kind="shpat"):
        return "%s_%s" % (kind, self.hex(32))

    def plaid_secret(self):
        return self.hex(30)

    def plaid_access(self):
        return "access-production-" + self.uuid()

    # ---------------------------------------------------------- messaging
    def twilio_sid(self):
        return "AC" + self.hex(32)

    def twilio_token(self):
        return self.hex(32)

    def twilio_api_key(self):
        return "SK" + self.hex(32)

    def sendgrid(self):
        return "SG." + self.s(B64URL, 22) + "." + self.s(B64URL, 43)

    def mailgun(self):
        return "key-" + self.hex(32)

    def mailgun_v2(self):
        return "%s-%s-%s" % (self.hex(32), self.hex(8), self.hex(8))

    def mailchimp(self):
        return "%s-us%d" % (self.hex(32), self.r.randint(2, 21))

    def postmark(self):
        return self.uuid()

    # ---------------------------------------------------------- AI providers
    def openai(self):
        return "sk-proj-" + self.s(B64URL, 74) + "T3BlbkFJ" + self.s(B64URL, 74)

    def openai_legacy(self):
        return "sk-" + self.alnum(20) + "T3BlbkFJ" + self.alnum(20)

    def openai_svcacct(self):
        return "sk-svcacct-" + self.s(B64URL, 74) + "T3BlbkFJ" + self.s(B64URL, 74)

    def anthropic(self):
        return "sk-ant-api03-" + self.s(B64URL, 93) + "AA"

    def anthropic_admin(self):
        return "sk-ant-admin01-" + self.s(B64URL, 93) + "AA"

    def huggingface(self):
        return "hf_" + self.s(UP + LO, 34)

    def groq(self):
        return "gsk_" + self.alnum(52)

    def replicate(self):
        return "r8_" + self.alnum(37)

    def cohere(self):
        return self.alnum(40)

    def mistral(self):
        return self.alnum(32)

    def perplexity(self):
        return "pplx-" + self.alnum(48)

    def xai(self):
        return "xai-" + self.alnum(80)

    def deepseek(self):
        return "sk-" + self.hex(32)

    def openrouter(self):
        return "sk-or-v1-" + self.hex(64)

    def together(self):
        return "tgp_v1_" + self.s(B64URL, 43)

    def fireworks(self):
        return "fw_" + self.alnum(24)

    def elevenlabs(self):
        return "sk_" + self.hex(48)

    def tavily(self):
        return "tvly-dev-" + self.alnum(32)

    def firecrawl(self):
        return "fc-" + self.hex(32)

    def langsmith(self):
        return "lsv2_pt_%s_%s" % (self.hex(32), self.hex(10))

    def langfuse_secret(self):
        return "sk-lf-" + self.uuid()

    def pinecone(self):
        return "pcsk_%s_%s" % (self.alnum(5), self.alnum(63))

    def voyage(self):
        return "pa-" + self.s(B64URL, 43)

    def wandb(self):
        return self.hex(40)

    def deepgram(self):
        return self.hex(40)

    def assemblyai(self):
        return self.hex(32)

    def nvidia(self):
        return "nvapi-" + self.s(B64URL, 64)

    def cerebras(self):
        return "csk-" + self.s(LO + DG, 48)

    def stability(self):
        return "sk-" + self.alnum(48)

    # ---------------------------------------------------------- package registries / CI
    def npm(self):
        body = self.alnum(30)
        return "npm_" + body + self._crc_b62(body)

    def pypi(self):
        return "pypi-AgEIcHlwaS5vcmcCJD" + self.s(B64URL, 150)

    def docker_pat(self):
        return "dckr_pat_" + self.s(B64URL, 27)

    def rubygems(self):
        return "rubygems_" + self.hex(48)

    def nuget(self):
        return "oy2" + self.s(LO + DG, 43)

    def crates(self):
        return "cio" + self.alnum(32)

    def clojars(self):
        return "CLOJARS_" + self.hex(60)

    def artifactory(self):
        return "AKCp8" + self.alnum(68)

    def circleci(self):
        return "CCIPAT_%s_%s" % (self.alnum(22), self.hex(40))

    def buildkite(self):
        return "bkua_" + self.hex(40)

    def sonar(self):
        return "squ_" + self.hex(40)

    def terraform_cloud(self):
        return self.alnum(14) + ".atlasv1." + self.alnum(67)

    def vault(self):
        return "hvs." + self.alnum(24)

    def vault_long(self):
        return "hvs.CAESI" + self.s(B64URL, 86)

    def pulumi(self):
        return "pul-" + self.hex(40)

    def doppler(self):
        return "dp.st.prd." + self.alnum(40)

    def readme(self):
        return "rdme_" + self.s(LO + DG, 70)

    def prefect(self):
        return "pnu_" + self.alnum(36)

    # ---------------------------------------------------------- SaaS / infra
    def grafana_sa(self):
        return "glsa_%s_%s" % (self.alnum(32), self.hex(8))

    def grafana_cloud(self):
        inner = json.dumps({"o": self.digits(6), "n": "stack-%s-hm-read" % self.digits(6),
                            "k": self.alnum(24), "m": {"r": "prod-eu-west-2"}}, separators=(",", ":"))
        return "glc_" + b64s(inner)

    def cloudflare_token(self):
        return self.s(B64URL, 40)

    def cloudflare_global(self):
        return self.hex(37)

    def datadog_api(self):
        return self.hex(32)

    def datadog_app(self):
        return self.hex(40)

    def newrelic_user(self):
        return "NRAK-" + self.s(UP + DG, 27)

    def newrelic_license(self):
        return self.hex(36) + "NRAL"

    def sentry_user(self):
        return "sntryu_" + self.hex(64)

    def sentry_org(self):
        inner = json.dumps({"iat": self.ts(), "url": "https://sentry.io", "region_url": "https://us.sentry.io",
                            "org": "acme-%s" % self.s(LO, 5)}, separators=(",", ":"))
        return "sntrys_" + b64s(inner).rstrip("=") + "_" + self.s(B64URL, 43)

    def heroku(self):
        return "HRKU-AA" + self.s(B64URL, 58)

    def digitalocean(self):
        return "dop_v1_" + self.hex(64)

    def linear(self):
        return "lin_api_" + self.alnum(40)

    def notion(self):
        return "ntn_" + self.digits(11) + self.alnum(35)

    def notion_legacy(self):
        return "secret_" + self.alnum(43)

    def airtable(self):
        return "pat" + self.alnum(14) + "." + self.hex(64)

    def figma(self):
        return "figd_" + self.s(B64URL, 40)

    def postman(self):
        return "PMAK-%s-%s" % (self.hex(24), self.hex(34))

    def okta(self):
        return "00" + self.s(B64URL, 40)

    def auth0_secret(self):
        return self.s(B64URL, 64)

    def facebook(self):
        return "EAAG" + self.alnum(180)

    def mapbox_secret(self, user="acme-maps"):
        inner = json.dumps({"u": user, "a": "cl" + self.s(LO + DG, 23)}, separators=(",", ":"))
        return "sk." + b64u(inner.encode()) + "." + self.s(B64URL, 22)

    def algolia_admin(self):
        return self.hex(32)

    def supabase_pat(self):
        return "sbp_" + self.hex(40)

    def planetscale(self):
        return "pscale_pw_" + self.s(B64URL, 43)

    def databricks(self):
        return "dapi" + self.hex(32)

    def asana(self):
        return "2/%s/%s:%s" % (self.digits(16), self.digits(16), self.hex(32))

    def dropbox(self):
        return "sl.B" + self.s(B64URL, 135)

    def hubspot(self):
        return "pat-na1-" + self.uuid()

    def intercom(self):
        return b64s("tok:%s:1:0" % self.uuid().replace("-", "_"))

    def zendesk(self):
        return self.alnum(40)

    def salesforce_session(self):
        return "00D" + self.alnum(12) + "!" + self.s(ALNUM + ".", 96)

    def twitter_bearer(self):
        return "AAAAAAAAAAAAAAAAAAAAA" + self.alnum(22) + "%2B" + self.alnum(18) + "%3D" + self.alnum(50)

    def launchdarkly(self):
        return "sdk-" + self.uuid()

    def contentful(self):
        return "CFPAT-" + self.s(B64URL, 43)

    def adafruit(self):
        return "aio_" + self.alnum(28)

    def shippo(self):
        return "shippo_live_" + self.hex(40)

    def alibaba_id(self):
        return "LTAI" + self.alnum(20)

    def alibaba_secret(self):
        return self.alnum(30)

    def tencent_id(self):
        return "AKID" + self.alnum(32)

    def yandex(self):
        return "y0_" + self.s(B64URL, 55)

    def ibm_cloud(self):
        return self.s(B64URL, 44)

    def age(self):
        return "AGE-SECRET-KEY-1" + self.s(BECH32.upper(), 58)

    def eth_private(self):
        return "0x" + self.hex(64)

    def btc_wif(self):
        payload = b"\x80" + self.rbytes(32) + b"\x01"
        chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
        data = payload + chk
        n = int.from_bytes(data, "big")
        out = ""
        while n:
            n, rem = divmod(n, 58)
            out = B58[rem] + out
        return out

    def totp_seed(self, n=32):
        return self.s(B32, n)

    # ---------------------------------------------------------- tokens
    def jwt(self, payload, alg="HS256", kid=None):
        header = {"alg": alg, "typ": "JWT"}
        if kid:
            header["kid"] = kid
        h = b64u(json.dumps(header, separators=(",", ":")).encode())
        p = b64u(json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode())
        siglen = {"HS256": 32, "HS512": 64, "RS256": 256, "ES256": 64}[alg]
        return "%s.%s.%s" % (h, p, b64u(self.rbytes(siglen)))

    def jwt_user(self, iss="https://auth.acme.io/", alg="RS256", **extra):
        iat = self.ts()
        pl = {"iss": iss, "sub": "auth0|" + self.hex(24), "aud": "https://api.acme.io",
              "iat": iat, "exp": iat + 86400, "scope": "openid profile email"}
        pl.update(extra)
        return self.jwt(pl, alg, kid=self.s(B64URL, 22) if alg.startswith("RS") else None)

    def k8s_sa_token(self, ns="default", sa="deployer"):
        iat = self.ts()
        pl = {"aud": ["https://kubernetes.default.svc.cluster.local"], "exp": iat + 3600 * 24 * 365, "iat": iat,
              "iss": "https://kubernetes.default.svc.cluster.local",
              "kubernetes.io": {"namespace": ns, "serviceaccount": {"name": sa, "uid": self.uuid()}},
              "nbf": iat, "sub": "system:serviceaccount:%s:%s" % (ns, sa)}
        return self.jwt(pl, "RS256", kid=self.s(B64URL, 43))

    def supabase_service_jwt(self, ref):
        iat = self.ts()
        return self.jwt({"iss": "supabase", "ref": ref, "role": "service_role", "iat": iat, "exp": iat + 315360000})

    def session_cookie(self):
        return self.s(B64URL, 43)

    def reset_token(self):
        return self.s(B64URL, 43)

    def api_key_hex(self, n=32):
        return self.hex(n)

    # ---------------------------------------------------------- private keys
    def rsa_key(self, bits=2048, pkcs8=False):
        nb = bits // 8
        hb = nb // 2

        def big(k):
            b = bytearray(self.rbytes(k))
            b[0] |= 0x80
            return bytes(b)
        seq = (_der_uint(b"\x00") + _der_uint(big(nb)) + _der_uint(b"\x01\x00\x01") + _der_uint(big(nb))
               + _der_uint(big(hb)) + _der_uint(big(hb)) + _der_uint(big(hb)) + _der_uint(big(hb)) + _der_uint(big(hb)))
        pk1 = _der(0x30, seq)
        if not pkcs8:
            return PEM("RSA PRIVATE KEY", b64s(pk1))
        algo = _der(0x30, bytes.fromhex("06092a864886f70d010101") + b"\x05\x00")
        p8 = _der(0x30, _der_uint(b"\x00") + algo + _der(0x04, pk1))
        return PEM("PRIVATE KEY", b64s(p8))

    def ec_key(self, pkcs8=False):
        priv = self.rbytes(32)
        pub = b"\x00\x04" + self.rbytes(64)
        oid = bytes.fromhex("06082a8648ce3d030107")
        if not pkcs8:
            sec1 = _der(0x30, _der_uint(b"\x01") + _der(0x04, priv) + _der(0xA0, oid) + _der(0xA1, _der(0x03, pub)))
            return PEM("EC PRIVATE KEY", b64s(sec1))
        inner = _der(0x30, _der_uint(b"\x01") + _der(0x04, priv) + _der(0xA1, _der(0x03, pub)))
        algo = _der(0x30, bytes.fromhex("06072a8648ce3d0201") + oid)
        p8 = _der(0x30, _der_uint(b"\x00") + algo + _der(0x04, inner))
        return PEM("PRIVATE KEY", b64s(p8))

    def openssh_ed25519(self, comment="deploy@ci"):
        pub = self.rbytes(32)
        seed = self.rbytes(32)
        pubblob = _ssh_str(b"ssh-ed25519") + _ssh_str(pub)
        check = self.rbytes(4)
        priv = (check + check + _ssh_str(b"ssh-ed25519") + _ssh_str(pub) + _ssh_str(seed + pub)
                + _ssh_str(comment.encode()))
        i = 1
        while len(priv) % 8:
            priv += bytes([i])
            i += 1
        blob = (b"openssh-key-v1\x00" + _ssh_str(b"none") + _ssh_str(b"none") + _ssh_str(b"")
                + struct.pack(">I", 1) + _ssh_str(pubblob) + _ssh_str(priv))
        return PEM("OPENSSH PRIVATE KEY", b64s(blob), width=70)

    def openssh_rsa(self, bits=2048):
        """OpenSSH-format RSA key (unencrypted)."""
        nb = bits // 8

        def mp(k):
            b = bytearray(self.rbytes(k))
            b[0] |= 0x80
            return _ssh_str(b"\x00" + bytes(b))
        e = _ssh_str(b"\x01\x00\x01")
        n = mp(nb)
        pubblob = _ssh_str(b"ssh-rsa") + e + n
        check = self.rbytes(4)
        priv = (check + check + _ssh_str(b"ssh-rsa") + n + e + mp(nb) + mp(nb // 2) + mp(nb // 2) + mp(nb // 2)
                + _ssh_str(b"backup@nas"))
        i = 1
        while len(priv) % 8:
            priv += bytes([i])
            i += 1
        blob = (b"openssh-key-v1\x00" + _ssh_str(b"none") + _ssh_str(b"none") + _ssh_str(b"")
                + struct.pack(">I", 1) + _ssh_str(pubblob) + _ssh_str(priv))
        return PEM("OPENSSH PRIVATE KEY", b64s(blob), width=70)

    def ssh_ed25519_public(self):
        return "ssh-ed25519 " + b64s(_ssh_str(b"ssh-ed25519") + _ssh_str(self.rbytes(32)))

    def pgp_private(self):
        t = self.ts().to_bytes(4, "big")
        pkt = bytes([0x94, 0x58, 0x04]) + t + bytes([0x16, 0x09]) + bytes.fromhex("2b06010401da470f01") + self.rbytes(76)
        pkt += bytes([0xb4, 0x1a]) + b"Release Signing <no-reply>" + self.rbytes(160)
        crc = _crc24(pkt)
        return PEM("PGP PRIVATE KEY BLOCK", b64s(pkt), tail="=" + b64s(crc.to_bytes(3, "big")))

    def encrypted_pkcs8(self):
        body = bytes.fromhex("308205") + self.rbytes(2) + bytes.fromhex("305706092a864886f70d01050d304a") + self.rbytes(400)
        return PEM("ENCRYPTED PRIVATE KEY", b64s(body))

    # ---------------------------------------------------------- passwords
    def pw_symbols(self, n=None, avoid=""):
        r = self.r
        n = n or r.randint(12, 20)
        sym = "".join(ch for ch in "!@#$%^&*()-_=+[]{};:,.<>?/~|" if ch not in avoid)
        while True:
            pw = self.s(ALNUM + sym + sym, n)
            if (any(c in UP for c in pw) and any(c in LO for c in pw) and any(c in DG for c in pw)
                    and sum(c in sym for c in pw) >= 3):
                return pw

    def pw_passphrase(self, sep="-", k=None, digits=True, cap=None):
        r = self.r
        k = k or r.randint(3, 5)
        ws = [r.choice(WORDS) for _ in range(k)]
        cap = (r.random() < 0.5) if cap is None else cap
        if cap:
            ws = [w.capitalize() for w in ws]
        if digits:
            ws.append(str(r.randint(10, 9999)))
        return sep.join(ws)

    def pw_leet(self):
        r = self.r
        w = r.choice(WORDS) + r.choice(WORDS)
        table = {"a": "@4", "e": "3", "i": "1!", "o": "0", "s": "$5", "t": "7"}
        out = []
        for i, ch in enumerate(w):
            if ch in table and r.random() < 0.7:
                out.append(r.choice(table[ch]))
            elif i == 0:
                out.append(ch.upper())
            else:
                out.append(ch)
        return "".join(out) + r.choice(["!", "#", "_", "?", "*"]) + str(r.randint(1990, 2026))

    def pw_pronounceable(self):
        r = self.r
        syl = "".join(r.choice("bdfgkmnprstvz") + r.choice("aeiou") for _ in range(r.randint(3, 5)))
        return syl.capitalize() + str(r.randint(10, 999)) + r.choice("!$%&*#@?")

    def pw_random(self, n=None):
        return self.alnum(n or self.r.randint(14, 24))

    def pw(self, avoid="", style=None):
        r = self.r
        style = style or r.choice(["sym", "phrase", "leet", "pron", "rand"])
        while True:
            if style == "sym":
                p = self.pw_symbols(avoid=avoid)
            elif style == "phrase":
                p = self.pw_passphrase(sep=r.choice(["-", ".", "_", "+"]))
            elif style == "leet":
                p = self.pw_leet()
            elif style == "pron":
                p = self.pw_pronounceable()
            else:
                p = self.pw_random()
            if not any(c in p for c in avoid) and len(p) >= 8:
                return p

    # ---------------------------------------------------------- random pick
    def any_token(self):
        """(provider label, env var name, token) for a random common provider."""
        r = self.r
        choices = [
            ("OpenAI", "OPENAI_API_KEY", self.openai),
            ("Anthropic", "ANTHROPIC_API_KEY", self.anthropic),
            ("GitHub", "GITHUB_TOKEN", self.github),
            ("Stripe", "STRIPE_SECRET_KEY", lambda: self.stripe("sk", "live")),
            ("SendGrid", "SENDGRID_API_KEY", self.sendgrid),
            ("Slack", "SLACK_BOT_TOKEN", self.slack_bot),
            ("Hugging Face", "HF_TOKEN", self.huggingface),
            ("Groq", "GROQ_API_KEY", self.groq),
            ("GitLab", "GITLAB_TOKEN", self.gitlab),
            ("npm", "NPM_TOKEN", self.npm),
            ("DigitalOcean", "DIGITALOCEAN_TOKEN", self.digitalocean),
            ("Google", "GOOGLE_API_KEY", self.gcp_api_key),
        ]
        name, env, fn = choices[r.randrange(len(choices))]
        return name, env, fn()


SHAPES = sorted(n for n in dir(SecretGen) if not n.startswith("_") and n not in
                ("s", "alnum", "hex", "HEX", "b64", "b64url", "digits", "rbytes", "ts", "pw", "any_token",
                 "api_key_hex", "uuid"))


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


def emails_in(text):
    """Plain e-mail addresses in a text (SSH-style git@host: remotes excluded)."""
    out = []
    for m in EMAIL_RE.finditer(text):
        if m.group().startswith("git@") and text[m.end():m.end() + 1] == ":":
            continue
        out.append(m.group())
    return out


# ---------------------------------------------------------------- collector
class Collector:
    def __init__(self, group, rng):
        self.group = group
        self.rng = rng
        self.g = SecretGen(rng)
        self.pii = PII(rng)
        self.cases = []
        self._p = 0
        self._n = 0

    def pos(self, form, text, secrets):
        """Add a positive. Every plain e-mail address in the text is PII, so any not
        already covered by a listed value is appended to the list."""
        self._p += 1
        secrets = list(secrets)
        spans = []
        for s in secrets:
            i = text.find(s)
            while i >= 0:
                spans.append((i, i + len(s)))
                i = text.find(s, i + 1)
        for m in EMAIL_RE.finditer(text):
            e = m.group()
            if e.startswith("git@") and text[m.end():m.end() + 1] == ":":
                continue
            if any(a < m.end() and m.start() < b for a, b in spans):
                continue
            if e not in secrets:
                secrets.append(e)
        secrets = list(dict.fromkeys(secrets))
        self.cases.append({"id": "%s.%s.p%02d" % (self.group, form, self._p), "group": self.group,
                           "form": "%s/%s" % (self.group, form), "text": text, "secrets": secrets})

    def neg(self, form, text):
        self._n += 1
        self.cases.append({"id": "%s.%s.n%02d" % (self.group, form, self._n), "group": self.group,
                           "form": "%s/%s" % (self.group, form), "text": text, "secrets": []})
