"""Shared generators for the adv22 blind adversarial set.

Everything here is driven by an explicit random.Random instance; nothing uses
the global random module or the clock.  Values are fresh fakes that follow the
public shape of each provider's credential (prefix, alphabet, length and, where
the format has one, its checksum).
"""
import base64
import binascii
import hashlib
import json
import string

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def b62_encode(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def b64url_nopad(raw):
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


class Collector:
    """Collects cases for one group; counters run per group."""

    def __init__(self, group):
        self.group = group
        self.items = []
        self.np = 0
        self.nn = 0

    def pos(self, form, text, secrets):
        self.np += 1
        cid = "%s.%s.p%02d" % (self.group, form, self.np)
        self.items.append({"id": cid, "group": self.group,
                           "form": "%s/%s" % (self.group, form),
                           "text": text, "secrets": list(secrets)})

    def neg(self, form, text):
        self.nn += 1
        cid = "%s.%s.n%02d" % (self.group, form, self.nn)
        self.items.append({"id": cid, "group": self.group,
                           "form": "%s/%s" % (self.group, form),
                           "text": text, "secrets": []})


class Gen:
    """Fake secret generator."""

    def __init__(self, rng):
        self.r = rng

    # ---- primitives -------------------------------------------------
    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hex(self, n):
        return self.s(HEX, n)

    def HEX(self, n):
        return self.s(HEX.upper(), n)

    def alnum(self, n):
        # guarantee a mix so the value looks random, not a word
        while True:
            v = self.s(ALNUM, n)
            if n < 8 or (any(c.isdigit() for c in v) and any(c.isupper() for c in v)
                         and any(c.islower() for c in v)):
                return v

    def digits(self, n, first_nonzero=True):
        v = self.s(string.digits, n)
        if first_nonzero and v[0] == "0":
            v = str(self.r.randint(1, 9)) + v[1:]
        return v

    def b64(self, nbytes):
        return base64.b64encode(bytes(self.r.getrandbits(8) for _ in range(nbytes))).decode()

    def b64url(self, n):
        return self.s(B64URL, n)

    def rawbytes(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def uuid(self):
        h = self.hex(32)
        h = h[:12] + "4" + h[13:16] + self.r.choice("89ab") + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def pick(self, seq):
        return self.r.choice(seq)

    # ---- checksummed base62 tokens ------------------------------------
    def _crc_b62(self, prefix, n_random=30):
        body = self.s(B62, n_random)
        crc = binascii.crc32(body.encode()) & 0xFFFFFFFF
        return prefix + body + b62_encode(crc, 6)

    def github_classic(self, kind="ghp"):
        return self._crc_b62(kind + "_")

    def github_fine(self):
        return "github_pat_11" + self.s(UPPER_ALNUM, 20) + "_" + self.alnum(59)

    def npm(self):
        return self._crc_b62("npm_")

    # ---- forges / CI ---------------------------------------------------
    def gitlab_pat(self):
        return "glpat-" + self.s(ALNUM + "-_", 20)

    def gitlab_runner(self):
        return "glrt-" + self.s(ALNUM + "-_", 20)

    def gitlab_deploy(self):
        return "gldt-" + self.s(ALNUM + "-_", 20)

    def bitbucket_app_pw(self):
        return "ATBB" + self.alnum(28) + self.HEX(8)

    def atlassian(self):
        return "ATATT3xFfGF0" + self.s(ALNUM + "-_", 170) + "=" + self.HEX(8)

    def azure_devops_pat(self):
        return self.s("abcdefghijklmnopqrstuvwxyz234567", 52)

    def circleci(self):
        return "CCIPAT_" + self.alnum(22) + "_" + self.hex(40)

    def buildkite(self):
        return "bkua_" + self.hex(40)

    def sonar(self):
        return "squ_" + self.hex(40)

    def rubygems(self):
        return "rubygems_" + self.hex(48)

    def nuget(self):
        return "oy2" + self.s(LOWER_ALNUM, 43)

    def clojars(self):
        return "CLOJARS_" + self.s(LOWER_ALNUM, 60)

    def pypi(self):
        # macaroon: base64url of a binary blob whose first bytes spell the
        # location "pypi.org"; the well-known prefix follows from that
        blob = b"\x02\x01\x08pypi.org\x02" + bytes([37]) + b"\x00\x01\x02" + self.rawbytes(150)
        enc = b64url_nopad(blob)
        return "pypi-" + enc

    def dockerhub(self):
        return "dckr_pat_" + self.s(ALNUM + "-_", 27)

    # ---- clouds ----------------------------------------------------------
    def aws_key_id(self, prefix="AKIA"):
        return prefix + self.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)

    def aws_secret(self):
        while True:
            v = self.s(ALNUM + "+/", 40)
            if v[0] not in "+/" and v[-1] not in "+/":
                return v

    def aws_session(self):
        return "IQoJb3JpZ2luX2Vj" + self.s(ALNUM + "+/", 340) + "=="

    def gcp_api_key(self):
        return "AIza" + self.s(ALNUM + "-_", 35)

    def gcp_oauth_secret(self):
        return "GOCSPX-" + self.s(ALNUM + "-_", 28)

    def google_refresh(self):
        return "1//0" + self.s(ALNUM + "-_", 99)

    def google_access(self):
        return "ya29.a0" + self.s(ALNUM + "-_", 150)

    def azure_storage_key(self):
        return self.b64(64)

    def azure_conn(self, account):
        return ("DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;"
                "EndpointSuffix=core.windows.net" % (account, self.azure_storage_key()))

    def azure_client_secret(self):
        return self.s(ALNUM, 3) + self.r.choice(string.digits) + "Q~" + self.s(ALNUM + "~._-", 34)

    def azure_sas_sig(self):
        return self.b64(32)

    def azure_openai_key(self):
        return self.hex(32)

    def digitalocean(self):
        return "dop_v1_" + self.hex(64)

    def alibaba_id(self):
        return "LTAI" + self.alnum(20)

    def tencent_id(self):
        return "AKID" + self.alnum(32)

    def ibm_api(self):
        return self.s(ALNUM + "-_", 44)

    def cloudflare_token(self):
        return self.s(ALNUM + "-_", 40)

    def cloudflare_global(self):
        return self.hex(37)

    def linode(self):
        return self.hex(64)

    def hetzner(self):
        return self.alnum(64)

    def flyio(self):
        return "FlyV1 fm2_" + self.s(B64, 180) + "=="

    def vercel(self):
        return self.alnum(24)

    def netlify(self):
        return "nfp_" + self.alnum(36)

    def render(self):
        return "rnd_" + self.alnum(32)

    def supabase_pat(self):
        return "sbp_" + self.hex(40)

    def planetscale_pw(self):
        return "pscale_pw_" + self.s(ALNUM + "_", 43)

    def databricks(self):
        return "dapi" + self.hex(32)

    def heroku(self):
        return "HRKU-AA" + self.s(ALNUM + "_-", 58)

    def doppler(self, kind="st"):
        return "dp.%s.%s" % (kind, self.alnum(43))

    def vault(self):
        return "hvs." + self.s(ALNUM + "_-", 90)

    def vault_batch(self):
        return "hvb." + self.s(ALNUM + "_-", 120)

    def terraform_cloud(self):
        return self.alnum(14) + ".atlasv1." + self.s(ALNUM, 67)

    def pulumi(self):
        return "pul-" + self.hex(40)

    def tailscale(self):
        return "tskey-auth-k" + self.alnum(10) + "CNTRL-" + self.alnum(33)

    def ngrok(self):
        return "2" + self.alnum(26) + "_" + self.alnum(21)

    def onepassword_sa(self):
        payload = json.dumps({"signInAddress": "my.1password.com", "userAuth": {
            "method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000,
            "salt": self.b64url(22)}, "email": self.s(string.ascii_lowercase, 14) + "@1passwordserviceaccounts.com",
            "srpX": self.hex(64), "muk": {"alg": "A256GCM", "ext": True,
                                         "k": self.b64url(43), "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"},
            "secretKey": "A3-" + self.s(UPPER_ALNUM, 6) + "-" + self.s(UPPER_ALNUM, 6)}, separators=(",", ":"))
        return "ops_" + b64url_nopad(payload.encode())

    def age_key(self):
        return "AGE-SECRET-KEY-1" + self.s(BECH32, 58).upper()

    # ---- payments ----------------------------------------------------------
    def stripe(self, kind="sk_live_"):
        return kind + self.alnum(99 if self.r.random() < 0.5 else 24)

    def stripe_whsec(self):
        return "whsec_" + self.alnum(32)

    def square_access(self):
        return "EAAA" + self.s(ALNUM + "-_", 60)

    def square_secret(self):
        return "sq0csp-" + self.s(ALNUM + "-_", 43)

    def braintree(self):
        return "access_token$production$" + self.s(LOWER_ALNUM, 16) + "$" + self.hex(32)

    def paypal_secret(self):
        return "E" + self.s(ALNUM + "-_", 79)

    def razorpay(self):
        return "rzp_live_" + self.alnum(14)

    def razorpay_secret(self):
        return self.alnum(24)

    def flutterwave(self):
        return "FLWSECK-" + self.hex(32) + "-X"

    def adyen(self):
        return "AQE" + self.s(ALNUM + "+/", 90) + "=="

    def plaid(self):
        return "access-production-" + self.uuid()

    def plaid_secret(self):
        return self.hex(30)

    def shopify(self, kind="shpat_"):
        return kind + self.hex(32)

    def coinbase_secret(self):
        return self.b64(64)

    # ---- comms -----------------------------------------------------------
    def slack_bot(self):
        return "xoxb-%s-%s-%s" % (self.digits(12), self.digits(13), self.alnum(24))

    def slack_user(self):
        return "xoxp-%s-%s-%s-%s" % (self.digits(12), self.digits(12), self.digits(13), self.hex(32))

    def slack_app(self):
        return "xapp-1-A%s-%s-%s" % (self.s(UPPER_ALNUM, 10), self.digits(13), self.hex(64))

    def slack_webhook(self):
        return "https://hooks.slack.com/services/T%s/B%s/%s" % (
            self.s(UPPER_ALNUM, 10), self.s(UPPER_ALNUM, 10), self.alnum(24))

    def discord_bot(self):
        uid = str(self.r.randint(10 ** 17, 10 ** 18 * 9))
        return "%s.%s.%s" % (b64url_nopad(uid.encode()), self.s(ALNUM + "-_", 6), self.s(ALNUM + "-_", 38))

    def discord_webhook(self):
        return "https://discord.com/api/webhooks/%s/%s" % (self.digits(19), self.s(ALNUM + "-_", 68))

    def telegram(self):
        return "%s:AA%s" % (self.digits(10), self.s(ALNUM + "-_", 33))

    def teams_webhook(self):
        return ("https://contoso.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s"
                % (self.uuid(), self.uuid(), self.hex(32), self.uuid()))

    def twilio_sid(self):
        return "AC" + self.hex(32)

    def twilio_token(self):
        return self.hex(32)

    def twilio_api_key(self):
        return "SK" + self.hex(32)

    def sendgrid(self):
        return "SG." + self.s(ALNUM + "-_", 22) + "." + self.s(ALNUM + "-_", 43)

    def mailgun(self):
        return "key-" + self.hex(32)

    def mailgun_new(self):
        return "%s-%s-%s" % (self.hex(32), self.hex(8), self.hex(8))

    def mailchimp(self):
        return self.hex(32) + "-us" + str(self.r.randint(1, 21))

    def brevo(self):
        return "xkeysib-" + self.hex(64) + "-" + self.alnum(16)

    def postmark(self):
        return self.uuid()

    def resend(self):
        return "re_" + self.alnum(8) + "_" + self.alnum(24)

    def mailersend(self):
        return "mlsn." + self.hex(64)

    def vonage_secret(self):
        return self.alnum(16)

    def twitter_bearer(self):
        return "AAAAAAAAAAAAAAAAAAAAA" + self.alnum(25) + "%3D" + self.alnum(50)

    def facebook(self):
        return "EAA" + self.alnum(180)

    # ---- AI ------------------------------------------------------------------
    def openai_proj(self):
        return "sk-proj-" + self.s(ALNUM + "-_", 74) + "T3BlbkFJ" + self.s(ALNUM + "-_", 74)

    def openai_legacy(self):
        return "sk-" + self.alnum(20) + "T3BlbkFJ" + self.alnum(20)

    def openai_svc(self):
        return "sk-svcacct-" + self.s(ALNUM + "-_", 74) + "T3BlbkFJ" + self.s(ALNUM + "-_", 74)

    def openai_admin(self):
        return "sk-admin-" + self.s(ALNUM + "-_", 74) + "T3BlbkFJ" + self.s(ALNUM + "-_", 74)

    def anthropic(self):
        return "sk-ant-api03-" + self.s(ALNUM + "-_", 93) + "AA"

    def anthropic_admin(self):
        return "sk-ant-admin01-" + self.s(ALNUM + "-_", 93) + "AA"

    def huggingface(self):
        return "hf_" + self.s(string.ascii_letters, 34)

    def replicate(self):
        return "r8_" + self.alnum(37)

    def groq(self):
        return "gsk_" + self.alnum(52)

    def perplexity(self):
        return "pplx-" + self.alnum(48)

    def xai(self):
        return "xai-" + self.alnum(80)

    def openrouter(self):
        return "sk-or-v1-" + self.hex(64)

    def deepseek(self):
        return "sk-" + self.hex(32)

    def mistral(self):
        return self.alnum(32)

    def cohere(self):
        return self.alnum(40)

    def langsmith(self):
        return "lsv2_pt_" + self.hex(32) + "_" + self.hex(10)

    def pinecone(self):
        return "pcsk_" + self.alnum(5) + "_" + self.alnum(63)

    def fireworks(self):
        return "fw_" + self.alnum(24)

    def together(self):
        return self.hex(64)

    def wandb(self):
        return self.hex(40)

    def elevenlabs(self):
        return "sk_" + self.hex(48)

    def voyage(self):
        return "pa-" + self.s(ALNUM + "-_", 43)

    # ---- SaaS --------------------------------------------------------------
    def datadog_api(self):
        return self.hex(32)

    def datadog_app(self):
        return self.hex(40)

    def newrelic(self):
        return "NRAK-" + self.s(UPPER_ALNUM, 27)

    def newrelic_ingest(self):
        return self.hex(36) + "NRAL"

    def sentry_org(self):
        payload = json.dumps({"iat": self.r.randint(1700000000, 1750000000), "url": "https://sentry.io",
                              "region_url": "https://us.sentry.io", "org": self.s(string.ascii_lowercase, 9)},
                             separators=(",", ":"))
        return "sntrys_" + b64url_nopad(payload.encode()) + "_" + self.s(ALNUM + "+/", 43)

    def sentry_dsn(self):
        return "https://%s@o%s.ingest.sentry.io/%s" % (self.hex(32), self.digits(6), self.digits(7))

    def grafana_sa(self):
        return "glsa_" + self.alnum(32) + "_" + self.hex(8)

    def grafana_cloud(self):
        payload = json.dumps({"o": self.digits(6), "n": "stack-" + self.digits(6) + "-hm-read",
                              "k": self.alnum(24), "m": {"r": "prod-us-east-0"}}, separators=(",", ":"))
        return "glc_" + base64.b64encode(payload.encode()).decode().rstrip("=")

    def postman(self):
        return "PMAK-" + self.hex(24) + "-" + self.hex(34)

    def linear(self):
        return "lin_api_" + self.alnum(40)

    def notion(self):
        return "ntn_" + self.digits(11) + self.alnum(35)

    def notion_old(self):
        return "secret_" + self.alnum(43)

    def airtable(self):
        return "pat" + self.alnum(14) + "." + self.hex(64)

    def asana(self):
        return "2/%s/%s:%s" % (self.digits(16), self.digits(16), self.hex(32))

    def figma(self):
        return "figd_" + self.s(ALNUM + "-_", 40)

    def contentful(self):
        return "CFPAT-" + self.s(ALNUM + "-_", 43)

    def launchdarkly(self):
        return "api-" + self.uuid()

    def launchdarkly_sdk(self):
        return "sdk-" + self.uuid()

    def segment_write(self):
        return self.alnum(32)

    def algolia_admin(self):
        return self.hex(32)

    def mapbox(self):
        payload = b64url_nopad(json.dumps({"u": self.s(string.ascii_lowercase, 8),
                                           "a": self.s(LOWER_ALNUM, 25)}, separators=(",", ":")).encode())
        return "sk." + payload + "." + self.s(ALNUM + "-_", 22)

    def dropbox(self):
        return "sl.B" + self.s(ALNUM + "-_", 135)

    def typeform(self):
        return "tfp_" + self.s(ALNUM + "-_", 44) + "_" + self.s(ALNUM, 14)

    def okta(self):
        return "00" + self.s(ALNUM + "-_", 40)

    def pagerduty(self):
        return "u+" + self.s(ALNUM + "-_", 18)

    def zendesk(self):
        return self.alnum(40)

    def hubspot(self):
        return "pat-na1-" + self.uuid()

    def intercom(self):
        return "dG9rOj" + self.s(ALNUM, 54) + "="

    def jira_pat(self):
        return self.s(ALNUM, 44)

    def snyk(self):
        return self.uuid()

    def prefect(self):
        return "pnu_" + self.alnum(36)

    def infracost(self):
        return "ico-" + self.alnum(32)

    def easypost(self):
        return "EZAK" + self.hex(54)

    def shippo(self):
        return "shippo_live_" + self.hex(40)

    def duffel(self):
        return "duffel_live_" + self.s(ALNUM + "-_", 43)

    def adafruit(self):
        return "aio_" + self.alnum(28)

    def frameio(self):
        return "fio-u-" + self.s(ALNUM + "-_", 64)

    def twitch_secret(self):
        return self.s(LOWER_ALNUM, 30)

    def firebase_server(self):
        return "AAAA" + self.s(ALNUM + "-_", 7) + ":APA91b" + self.s(ALNUM + "-_", 134)

    def confluent_secret(self):
        return self.s(ALNUM + "+/", 64)

    def mongodb_atlas_priv(self):
        return self.uuid()

    def yandex_iam(self):
        return "t1." + self.s(ALNUM + "-_", 160)

    def yandex_api(self):
        return "AQVN" + self.s(ALNUM + "-_", 36)

    # ---- crypto material -------------------------------------------------------
    def jwt(self, claims=None, alg="HS256"):
        head = {"alg": alg, "typ": "JWT"}
        if claims is None:
            claims = {"sub": self.uuid(), "iat": self.r.randint(1700000000, 1760000000),
                      "role": self.pick(["service_role", "admin", "authenticated", "svc"])}
        sig_len = {"HS256": 32, "RS256": 256, "ES256": 64}.get(alg, 32)
        return ".".join([b64url_nopad(json.dumps(head, separators=(",", ":")).encode()),
                         b64url_nopad(json.dumps(claims, separators=(",", ":")).encode()),
                         b64url_nopad(self.rawbytes(sig_len))])

    def pem_body(self, nbytes):
        body = base64.b64encode(self.rawbytes(nbytes)).decode()
        return [body[i:i + 64] for i in range(0, len(body), 64)]

    def pem(self, kind="RSA PRIVATE KEY", nbytes=1190):
        lines = self.pem_body(nbytes)
        if kind == "OPENSSH PRIVATE KEY":
            raw = b"openssh-key-v1\x00" + self.rawbytes(nbytes)
            b = base64.b64encode(raw).decode()
            lines = [b[i:i + 70] for i in range(0, len(b), 70)]
        text = "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(lines), kind)
        return text, [lines[0], lines[len(lines) // 2], lines[-1]]

    def gcp_sa_json(self, project):
        pem, pieces = self.pem("PRIVATE KEY", 1216)
        kid = self.hex(40)
        d = {
            "type": "service_account",
            "project_id": project,
            "private_key_id": kid,
            "private_key": pem + "\n",
            "client_email": "%s@%s.iam.gserviceaccount.com" % (self.pick(["etl-runner", "ci-deployer", "vertex-caller", "bq-export"]), project),
            "client_id": self.digits(21),
            "auth_uri": "https://accounts.google.com/o/oauth2/auth",
            "token_uri": "https://oauth2.googleapis.com/token",
        }
        return d, kid, pieces

    def pgp_private(self):
        lines = self.pem_body(900)
        t = "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n%s\n=%s\n-----END PGP PRIVATE KEY BLOCK-----" % (
            "\n".join(lines), self.b64(3))
        return t, [lines[0], lines[len(lines) // 2], lines[-1]]

    # ---- passwords ---------------------------------------------------------------
    WORDS = ["copper", "lantern", "orbit", "maple", "thunder", "violet", "harbor", "pickle",
             "glacier", "saffron", "walrus", "meteor", "cactus", "velvet", "puzzle", "quartz",
             "falcon", "nimbus", "tundra", "mango", "badger", "ember", "fjord", "zephyr",
             "noodle", "raven", "cobalt", "biscuit", "paprika", "otter", "marble", "sprocket"]

    def passphrase(self, sep=None):
        sep = sep if sep is not None else self.pick(["-", " ", ".", "_", ""])
        words = [self.pick(self.WORDS) for _ in range(self.r.randint(3, 4))]
        if self.r.random() < 0.5:
            words = [w.capitalize() for w in words]
        return sep.join(words) + self.pick(["", str(self.r.randint(10, 99)), "!", "#7"])

    def symbol_pw(self, n=None):
        n = n or self.r.randint(14, 24)
        alphabet = ALNUM + "!#$%&()*+,-.:;<=>?[]^_{|}~"
        while True:
            v = self.s(alphabet, n)
            if (sum(c in "!#$%&()*+,-.:;<=>?[]^_{|}~" for c in v) >= 2 and any(c.isdigit() for c in v)
                    and any(c.isupper() for c in v) and any(c.islower() for c in v)):
                return v

    def url_safe_pw(self, n=None):
        n = n or self.r.randint(14, 22)
        alphabet = ALNUM + "-_.~"
        while True:
            v = self.s(ALNUM, 1) + self.s(alphabet, n - 1)
            if any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c in "-_.~" for c in v):
                return v

    def leet(self):
        base = self.pick(["summer", "dragon", "password", "welcome", "sunshine", "football", "monkey",
                          "letmein", "starwars", "princess", "shadow", "trustno"])
        table = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "$", "t": "7"}
        out = "".join(table.get(c, c) if self.r.random() < 0.7 else c.upper() if self.r.random() < 0.3 else c for c in base)
        return out + str(self.r.randint(1970, 2031)) + self.pick(["!", "?", "#", "@@", "*"])

    def password(self):
        k = self.r.random()
        if k < 0.3:
            return self.passphrase()
        if k < 0.65:
            return self.symbol_pw()
        if k < 0.85:
            return self.leet()
        return self.url_safe_pw()

    def json_safe_pw(self):
        while True:
            v = self.password()
            if '"' not in v and "\\" not in v:
                return v

    def url_pw(self):
        return self.url_safe_pw()

    # ---- hashes / look-alikes (non-secret) ---------------------------------------
    def sha1_of(self, s):
        return hashlib.sha1(s.encode()).hexdigest()

    def sha256_of(self, s):
        return hashlib.sha256(s.encode()).hexdigest()


def split_pieces(rng, value, k, min_len=8):
    """Split value into k contiguous pieces each >= min_len."""
    n = len(value)
    assert n >= k * min_len
    while True:
        cuts = sorted(rng.sample(range(min_len, n - min_len + 1), k - 1))
        bounds = [0] + cuts + [n]
        if all(bounds[i + 1] - bounds[i] >= min_len for i in range(k)):
            return [value[bounds[i]:bounds[i + 1]] for i in range(k)]


def jesc(s):
    """JSON-escape the inside of a string literal (no surrounding quotes)."""
    return json.dumps(s, ensure_ascii=False)[1:-1]
