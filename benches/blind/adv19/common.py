"""Shared helpers for the adv19 blind set: case builder and fake-value generators.

Every generator takes a seeded random.Random so the whole set is reproducible.
Values follow the publicly documented *shapes* of each provider's credentials
(prefix, length, alphabet, checksum where one exists) and national-ID check
digit rules; none of them is a real credential or a real person's data.
"""
import base64
import hashlib
import json
import random
import string
import zlib

DIGITS = string.digits
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
ALNUM = string.ascii_letters + string.digits
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
BECH32 = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"


def rng(name):
    """Deterministic RNG for one group (str seeds are hashed with sha512)."""
    return random.Random("adv19/" + name)


class Group:
    """Collects cases of one group and numbers them per form."""

    def __init__(self, name):
        self.name = name
        self.r = rng(name)
        self.cases = []
        self._n = {}

    def _add(self, form, kind, text, secrets):
        key = (form, kind)
        self._n[key] = self._n.get(key, 0) + 1
        cid = "%s.%s.%s%02d" % (self.name, form, kind, self._n[key])
        self.cases.append({
            "id": cid,
            "group": self.name,
            "form": "%s/%s" % (self.name, form),
            "text": text,
            "secrets": list(secrets),
        })

    def p(self, form, text, secrets):
        # keep order, drop duplicates
        seen, out = set(), []
        for s in secrets:
            if s not in seen:
                seen.add(s)
                out.append(s)
        self._add(form, "p", text, out)

    def n(self, form, text):
        self._add(form, "n", text, [])


# ---------------------------------------------------------------- basics

def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def alnum(r, n):
    # make sure the value is mixed (letters and digits) so it looks random
    while True:
        s = rs(r, ALNUM, n)
        if n < 6 or (any(c.isdigit() for c in s) and any(c.isupper() for c in s)
                     and any(c.islower() for c in s)):
            return s


def hexs(r, n):
    while True:
        s = rs(r, HEX, n)
        if n < 6 or (any(c.isdigit() for c in s) and any(c.isalpha() for c in s)):
            return s


def b64u(r, n):
    return rs(r, B64URL, n)


def b64s(r, n):
    return rs(r, B64, n)


def digits(r, n, first_nonzero=True):
    s = rs(r, DIGITS, n)
    if first_nonzero and s[0] == "0":
        s = r.choice("123456789") + s[1:]
    return s


def uuid4(r):
    h = hexs(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64enc(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def b64url_nopad(b):
    if isinstance(b, str):
        b = b.encode("utf-8")
    return base64.urlsafe_b64encode(b).decode("ascii").rstrip("=")


def base62(n):
    if n == 0:
        return "0"
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = B62[d] + out
    return out


# ---------------------------------------------------------------- passwords

WORDS = ["purple", "tiger", "harbor", "maple", "copper", "falcon", "velvet", "orbit",
         "cactus", "juniper", "lantern", "marble", "nectar", "pepper", "quartz", "raven",
         "saffron", "thistle", "walnut", "zephyr", "amber", "bison", "cobalt", "dune",
         "ember", "fjord", "glacier", "hazel", "indigo", "jasper", "kelp", "lotus"]


def password(r, kind=None, symbols="!#%*+-_.~^"):
    kind = kind or r.choice(["human", "random", "phrase", "random"])
    if kind == "human":
        w = r.choice(WORDS)
        w = w[0].upper() + w[1:]
        return "%s%s%s%s" % (w, r.choice(symbols), digits(r, r.choice([3, 4])),
                              r.choice(symbols) if r.random() < .5 else r.choice(UPPER))
    if kind == "phrase":
        a, b = r.sample(WORDS, 2)
        return "%s-%s-%s" % (a, b[0].upper() + b[1:], digits(r, 2))
    n = r.choice([14, 16, 18, 20, 24])
    while True:
        s = rs(r, ALNUM + symbols, n)
        if (any(c in symbols for c in s) and any(c.isdigit() for c in s)
                and any(c.isupper() for c in s) and any(c.islower() for c in s)
                and s[0] not in symbols and s[-1] not in symbols):
            return s


def url_password(r):
    return password(r, r.choice(["human", "random"]), symbols="-_.~")


# ---------------------------------------------------------------- providers

def github_token(r, prefix="ghp_"):
    body = rs(r, ALNUM, 30)
    crc = zlib.crc32(body.encode()) & 0xffffffff
    return prefix + body + base62(crc).rjust(6, "0")


def github_fine_pat(r):
    return "github_pat_11" + rs(r, UPPER + DIGITS, 20) + "_" + alnum(r, 59)


def gitlab_pat(r):
    return "glpat-" + rs(r, ALNUM + "-_", 20)


def aws_key_id(r, prefix="AKIA"):
    return prefix + rs(r, B32.replace("1", ""), 16)


def aws_secret(r):
    return alnum(r, 10) + b64s(r, 20) + alnum(r, 10)


def aws_session_token(r):
    return "IQoJb3JpZ2luX2VjE" + b64s(r, 330) + "="


def slack_token(r, kind="xoxb"):
    return "%s-%s-%s-%s" % (kind, digits(r, 12), digits(r, 13), alnum(r, 24))


def slack_webhook(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rs(r, UPPER + DIGITS, 8), rs(r, UPPER + DIGITS, 10), alnum(r, 24))


def stripe_key(r, prefix="sk_live_"):
    return prefix + "51" + alnum(r, 97)


def stripe_short(r, prefix="sk_live_"):
    return prefix + alnum(r, 24)


def stripe_whsec(r):
    return "whsec_" + alnum(r, 32)


def openai_key(r):
    return "sk-proj-" + b64u(r, 74) + "T3BlbkFJ" + b64u(r, 74)


def openai_legacy(r):
    return "sk-" + alnum(r, 20) + "T3BlbkFJ" + alnum(r, 20)


def openai_svcacct(r):
    return "sk-svcacct-" + b64u(r, 74) + "T3BlbkFJ" + b64u(r, 74)


def anthropic_key(r, kind="api03"):
    return "sk-ant-%s-%sAA" % (kind, b64u(r, 93))


def google_api_key(r):
    return "AIza" + rs(r, ALNUM + "-_", 35)


def hf_token(r):
    return "hf_" + rs(r, string.ascii_letters, 34)


def groq_key(r):
    return "gsk_" + alnum(r, 52)


def replicate_key(r):
    return "r8_" + alnum(r, 37)


def perplexity_key(r):
    return "pplx-" + alnum(r, 48)


def xai_key(r):
    return "xai-" + alnum(r, 80)


def openrouter_key(r):
    return "sk-or-v1-" + hexs(r, 64)


def deepseek_key(r):
    return "sk-" + hexs(r, 32)


def mistral_key(r):
    return alnum(r, 32)


def cohere_key(r):
    return alnum(r, 40)


def together_key(r):
    return "tgp_v1_" + b64u(r, 43)


def fireworks_key(r):
    return "fw_" + alnum(r, 24)


def wandb_key(r):
    return hexs(r, 40)


def comet_key(r):
    return alnum(r, 25)


def pinecone_key(r):
    return "pcsk_" + alnum(r, 6) + "_" + alnum(r, 63)


def langsmith_key(r, kind="pt"):
    return "lsv2_%s_%s_%s" % (kind, hexs(r, 32), hexs(r, 10))


def langfuse_secret(r):
    return "sk-lf-" + uuid4(r)


def langfuse_public(r):
    return "pk-lf-" + uuid4(r)


def elevenlabs_key(r):
    return "sk_" + hexs(r, 48)


def assemblyai_key(r):
    return hexs(r, 32)


def deepgram_key(r):
    return hexs(r, 40)


def stability_key(r):
    return "sk-" + alnum(r, 48)


def azure_openai_key(r):
    return hexs(r, 32)


def npm_token(r):
    return "npm_" + alnum(r, 36)


def pypi_token(r):
    return "pypi-AgEIcHlwaS5vcmc" + b64u(r, 160)


def twilio_sid(r, prefix="AC"):
    return prefix + hexs(r, 32)


def sendgrid_key(r):
    return "SG." + b64u(r, 22) + "." + b64u(r, 43)


def mailgun_key(r):
    return "key-" + hexs(r, 32)


def discord_bot_token(r):
    uid = digits(r, 18)
    return b64url_nopad(uid) + "." + b64u(r, 6) + "." + b64u(r, 38)


def telegram_bot_token(r):
    return digits(r, 10) + ":AA" + b64u(r, 33)


def sentry_dsn(r):
    return "https://%s@o%s.ingest.sentry.io/%s" % (hexs(r, 32), digits(r, 6), digits(r, 7))


def vault_token(r):
    return "hvs.CAESI" + b64u(r, 86)


def tfc_token(r):
    return alnum(r, 14) + ".atlasv1." + alnum(r, 67)


def do_token(r):
    return "dop_v1_" + hexs(r, 64)


def shopify_token(r):
    return "shpat_" + hexs(r, 32)


def linear_key(r):
    return "lin_api_" + alnum(r, 40)


def notion_token(r):
    return "ntn_" + digits(r, 11) + alnum(r, 35)


def atlassian_token(r):
    return "ATATT3xFfGF0" + b64u(r, 171) + "=" + hexs(r, 8).upper()


def postman_key(r):
    return "PMAK-" + hexs(r, 24) + "-" + hexs(r, 34)


def grafana_sa(r):
    return "glsa_" + alnum(r, 32) + "_" + hexs(r, 8)


def newrelic_key(r):
    return "NRAK-" + rs(r, UPPER + DIGITS, 27)


def databricks_token(r):
    return "dapi" + hexs(r, 32)


def age_key(r):
    return "AGE-SECRET-KEY-1" + rs(r, BECH32, 58)


def azure_storage_key(r):
    return b64s(r, 86) + "=="


def cloudflare_token(r):
    return rs(r, ALNUM + "-_", 40)


def doppler_token(r):
    return "dp.st.prd." + alnum(r, 40)


def square_token(r):
    return "EAAA" + b64u(r, 60)


def datadog_api(r):
    return hexs(r, 32)


def heroku_key(r):
    return "HRKU-AA" + b64u(r, 58)


def supabase_pat(r):
    return "sbp_" + hexs(r, 40)


def okta_token(r):
    return "00" + rs(r, ALNUM + "-_", 40)


def jwt(r, payload, alg="HS256", siglen=43):
    head = b64url_nopad(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")))
    body = b64url_nopad(json.dumps(payload, separators=(",", ":")))
    return head + "." + body + "." + b64u(r, siglen)


def user_jwt(r):
    iat = 1718000000 + r.randrange(20000000)
    return jwt(r, {"sub": digits(r, 8), "scope": "read write", "iat": iat, "exp": iat + 3600})


def supabase_service_jwt(r):
    iat = 1690000000 + r.randrange(20000000)
    return jwt(r, {"iss": "supabase", "ref": rs(r, LOWER, 20), "role": "service_role",
                   "iat": iat, "exp": iat + 315360000})


def k8s_sa_jwt(r, ns="default", sa="deployer"):
    iat = 1700000000 + r.randrange(30000000)
    return jwt(r, {"iss": "kubernetes/serviceaccount",
                   "kubernetes.io/serviceaccount/namespace": ns,
                   "kubernetes.io/serviceaccount/service-account.name": sa,
                   "sub": "system:serviceaccount:%s:%s" % (ns, sa), "iat": iat},
               alg="RS256", siglen=342)


# ---------------------------------------------------------------- PEM blocks

def pem(r, kind="RSA"):
    """Return (pem_text, body_lines) of a fake private key."""
    if kind == "RSA":
        head, tail = "-----BEGIN PRIVATE KEY-----", "-----END PRIVATE KEY-----"
        body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + b64s(r, 1574) + "=="
        width = 64
    elif kind == "RSA1":
        head, tail = "-----BEGIN RSA PRIVATE KEY-----", "-----END RSA PRIVATE KEY-----"
        body = "MIIEpAIBAAKCAQEA" + b64s(r, 1572)
        width = 64
    elif kind == "EC":
        head, tail = "-----BEGIN EC PRIVATE KEY-----", "-----END EC PRIVATE KEY-----"
        body = "MHcCAQEEI" + b64s(r, 35) + "oAoGCCqGSM49AwEHoUQDQgAE" + b64s(r, 86) + "=="
        width = 64
    else:  # openssh ed25519
        head, tail = "-----BEGIN OPENSSH PRIVATE KEY-----", "-----END OPENSSH PRIVATE KEY-----"
        body = ("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
                "QyNTUxOQAAACB" + b64s(r, 300))
        width = 70
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    return head + "\n" + "\n".join(lines) + "\n" + tail, lines


def pem_secrets(lines):
    """A few unique body lines that must vanish."""
    picks = [lines[1], lines[len(lines) // 2], lines[-2]]
    out = []
    for p in picks:
        if p not in out:
            out.append(p)
    return out


def gcp_sa(r, project):
    text_pem, lines = pem(r, "RSA")
    email_local = r.choice(["vertex-runner", "ml-pipeline", "gemini-batch", "ingest-sa"])
    d = {
        "type": "service_account",
        "project_id": project,
        "private_key_id": hexs(r, 40),
        "private_key": text_pem + "\n",
        "client_email": "%s@%s.iam.gserviceaccount.com" % (email_local, project),
        "client_id": digits(r, 21),
        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",
    }
    return json.dumps(d, indent=2), lines


# ---------------------------------------------------------------- checksums

def luhn_digit(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def card(r, brand="visa"):
    if brand == "visa":
        base = "4" + digits(r, 14, False)
    elif brand == "mc":
        base = r.choice(["51", "52", "53", "54", "55"]) + digits(r, 13, False)
    elif brand == "amex":
        base = r.choice(["34", "37"]) + digits(r, 12, False)
    else:  # discover
        base = "6011" + digits(r, 11, False)
    return base + luhn_digit(base)


def card_fmt(num, sep=" "):
    if len(num) == 15:
        return num[:4] + sep + num[4:10] + sep + num[10:]
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def _iban_num(s):
    return "".join(str(int(c, 36)) for c in s)


def iban(cc, bban):
    chk = 98 - int(_iban_num(bban + cc + "00")) % 97
    return "%s%02d%s" % (cc, chk, bban)


def iban_valid(s):
    s = s.replace(" ", "")
    return int(_iban_num(s[4:] + s[:4])) % 97 == 1


def iban_fmt(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


_CF_ODD = {}
for _i, _v in enumerate([1, 0, 5, 7, 9, 13, 15, 17, 19, 21]):
    _CF_ODD[str(_i)] = _v
    _CF_ODD[UPPER[_i]] = _v
for _c, _v in zip("KLMNOPQRSTUVWXYZ", [2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]):
    _CF_ODD[_c] = _v


def _cf_even(c):
    return int(c) if c.isdigit() else ord(c) - 65


def cf_check(s):
    tot = 0
    for i, c in enumerate(s):
        tot += _CF_ODD[c] if i % 2 == 0 else _cf_even(c)
    return UPPER[tot % 26]


def iban_de(r):
    return iban("DE", digits(r, 8) + digits(r, 10, False))


def iban_gb(r):
    return iban("GB", r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(r, 6) + digits(r, 8, False))


def iban_fr(r):
    bank, guichet, compte = digits(r, 5), digits(r, 5, False), digits(r, 11, False)
    key = 97 - ((89 * int(bank) + 15 * int(guichet) + 3 * int(compte)) % 97)
    return iban("FR", bank + guichet + compte + "%02d" % key)


def _es_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
    return {11: 0, 10: 1}.get(d, d)


def iban_es(r):
    bank, branch, acct = digits(r, 4), digits(r, 4), digits(r, 10, False)
    dc = "%d%d" % (_es_dc("00" + bank + branch), _es_dc(acct))
    return iban("ES", bank + branch + dc + acct)


def iban_it(r):
    abi, cab, conto = digits(r, 5, False), digits(r, 5, False), digits(r, 12, False)
    return iban("IT", cf_check(abi + cab + conto) + abi + cab + conto)


def iban_nl(r):
    while True:
        acct = digits(r, 10, False)
        if sum(int(c) * w for c, w in zip(acct, range(10, 0, -1))) % 11 == 0:
            break
    return iban("NL", r.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO"]) + acct)


def iban_pl(r):
    return iban("PL", digits(r, 24))


def iban_se(r):
    return iban("SE", digits(r, 20))


def iban_be(r):
    first = digits(r, 10)
    c = int(first) % 97 or 97
    return iban("BE", first + "%02d" % c)


# ---------------------------------------------------------------- national IDs

def ssn(r):
    while True:
        a = r.randrange(1, 900)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, r.randrange(1, 100), r.randrange(1, 10000))


def nino(r):
    bad_first = set("DFIQUVO")  # O allowed first? keep it simple: exclude
    while True:
        a = r.choice([c for c in UPPER if c not in bad_first])
        b = r.choice([c for c in UPPER if c not in "DFIQUVO"])
        if a + b not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d = digits(r, 6, False)
    return "%s%s %s %s %s %s" % (a, b, d[:2], d[2:4], d[4:], r.choice("ABCD"))


def steuer_id(r):
    while True:
        ds = [r.randrange(10) for _ in range(10)]
        if ds[0] == 0:
            continue
        counts = [ds.count(d) for d in set(ds)]
        if sorted(counts, reverse=True)[0] == 2 and counts.count(2) == 1:
            break
    product = 10
    for d in ds:
        s = (d + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    chk = 11 - product
    if chk == 10:
        chk = 0
    return "".join(map(str, ds)) + str(chk)


def nir(r, sex=None, yy=None, mm=None):
    sex = sex or r.choice("12")
    yy = yy if yy is not None else r.randrange(50, 100)
    mm = mm or r.randrange(1, 13)
    dept = r.choice(["75", "69", "13", "33", "59", "31", "44", "67", "92", "06"])
    base = "%s%02d%02d%s%03d%03d" % (sex, yy, mm, dept, r.randrange(1, 990), r.randrange(1, 999))
    key = 97 - int(base) % 97
    return base, "%02d" % key


def nir_fmt(r, **kw):
    base, key = nir(r, **kw)
    return "%s %s %s %s %s %s %s" % (base[0], base[1:3], base[3:5], base[5:7], base[7:10], base[10:13], key)


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni(r):
    n = r.randrange(10000000, 99999999)
    return "%08d%s" % (n, DNI_LETTERS[n % 23])


def nie(r):
    p = r.choice("XYZ")
    n = r.randrange(1000000, 9999999)
    return "%s%07d%s" % (p, n, DNI_LETTERS[int("XYZ".index(p).__str__() + "%07d" % n) % 23])


CF_MONTH = "ABCDEHLMPRST"
CF_COMUNI = ["H501", "F205", "F839", "L219", "G273", "A944", "D612", "L736", "E506"]


def _cf_part(name, is_first):
    name = "".join(c for c in strip_accents(name).upper() if c.isalpha())
    cons = [c for c in name if c not in "AEIOU"]
    vows = [c for c in name if c in "AEIOU"]
    if is_first and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return ("".join(cons + vows) + "XXX")[:3]


def strip_accents(s):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def codice_fiscale(r, surname, first, female, year, month, day):
    s = _cf_part(surname, False) + _cf_part(first, True)
    s += "%02d%s%02d" % (year % 100, CF_MONTH[month - 1], day + (40 if female else 0))
    s += r.choice(CF_COMUNI)
    return s + cf_check(s)


def bsn(r):
    while True:
        d = [r.randrange(10) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last < 10:
            return "".join(map(str, d)) + str(last)


def pesel(r, year, month, day, female):
    mm = month + (20 if year >= 2000 else 0)
    serial = "%03d%d" % (r.randrange(1000), r.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
    base = "%02d%02d%02d%s" % (year % 100, mm, day, serial)
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(base, w)) % 10) % 10
    return base + str(c)


def personnummer(r, year, month, day):
    base = "%02d%02d%02d%03d" % (year % 100, month, day, r.randrange(1000))
    c = luhn_digit(base)
    return "%s-%s%s" % (base[:6], base[6:], c)


def cpf(r):
    d = [r.randrange(10) for _ in range(9)]
    for n in (10, 11):
        s = sum(x * w for x, w in zip(d, range(n, 1, -1)))
        c = (s * 10) % 11
        d.append(0 if c == 10 else c)
    s = "".join(map(str, d))
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])


def cnpj(r):
    d = [r.randrange(10) for _ in range(8)] + [0, 0, 0, 1]
    for w in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        s = sum(x * y for x, y in zip(d, w)) % 11
        d.append(0 if s < 2 else 11 - s)
    s = "".join(map(str, d))
    return "%s.%s.%s/%s-%s" % (s[:2], s[2:5], s[5:8], s[8:12], s[12:])


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def aadhaar(r):
    base = r.choice("23456789") + digits(r, 10, False)
    s = base + verhoeff_digit(base)
    return "%s %s %s" % (s[:4], s[4:8], s[8:])


CN_REGIONS = ["110105", "310115", "440305", "330106", "510107", "420111", "320102", "610113"]


def cn_id(r, year, month, day, female):
    seq = r.randrange(0, 100) * 10 + r.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9])
    base = "%s%04d%02d%02d%03d" % (r.choice(CN_REGIONS), year, month, day, seq)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return base + "10X98765432"[sum(int(a) * b for a, b in zip(base, w)) % 11]


def my_number(r):
    base = digits(r, 11, False)
    tot = 0
    for n in range(1, 12):
        p = int(base[11 - n])
        q = n + 1 if n <= 6 else n - 5
        tot += p * q
    rem = tot % 11
    c = 0 if rem <= 1 else 11 - rem
    s = base + str(c)
    return "%s %s %s" % (s[:4], s[4:8], s[8:])


def rrn(r, year, month, day, female):
    g = (4 if female else 3) if year >= 2000 else (2 if female else 1)
    base = "%02d%02d%02d%d%05d" % (year % 100, month, day, g, r.randrange(100000))
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * b for a, b in zip(base, w)) % 11) % 10
    return base[:6] + "-" + base[6:] + str(c)


def tfn(r):
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        d = [r.randrange(10) for _ in range(8)]
        if d[0] == 0:
            continue
        for last in range(10):
            if sum(x * y for x, y in zip(d + [last], w)) % 11 == 0:
                s = "".join(map(str, d)) + str(last)
                return "%s %s %s" % (s[:3], s[3:6], s[6:])


def medicare(r):
    d = [r.randrange(2, 7)] + [r.randrange(10) for _ in range(7)]
    c = sum(x * y for x, y in zip(d, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
    s = "".join(map(str, d)) + str(c) + str(r.randrange(1, 6))
    return "%s %s %s" % (s[:4], s[4:9], s[9:])


# ---------------------------------------------------------------- people

PEOPLE = {
    "us": [("Jessica", "Whitaker", 1), ("Marcus", "Delgado", 0), ("Brianna", "Hollister", 1),
           ("Tyler", "Okafor", 0), ("Keisha", "Brennan", 1), ("Ryan", "Castellano", 0)],
    "uk": [("Olivia", "Pennington", 1), ("Harry", "Ashworth", 0), ("Amelia", "Fairbairn", 1),
           ("George", "Holloway", 0), ("Priya", "Chaudhry", 1)],
    "de": [("Lukas", "Schröder", 0), ("Hannah", "Weißmann", 1), ("Jonas", "Krüger", 0),
           ("Katharina", "Hoffmann", 1), ("Maximilian", "Bäcker", 0)],
    "fr": [("Camille", "Lefèvre", 1), ("Théo", "Moreau", 0), ("Chloé", "Rousseau", 1),
           ("Étienne", "Girard", 0), ("Léa", "Fontaine", 1)],
    "es": [("Lucía", "Fernández Ruiz", 1), ("Javier", "Navarro Gil", 0), ("Carmen", "Jiménez Soto", 1),
           ("Álvaro", "Martínez Prieto", 0)],
    "it": [("Giulia", "Esposito", 1), ("Francesco", "Romano", 0), ("Chiara", "Colombo", 1),
           ("Alessandro", "Ricci", 0), ("Martina", "Bianchi", 1)],
    "nl": [("Sanne", "van den Berg", 1), ("Daan", "de Vries", 0), ("Femke", "Visser", 1),
           ("Bram", "Jansen", 0)],
    "pl": [("Katarzyna", "Wiśniewska", 1), ("Piotr", "Zieliński", 0), ("Agnieszka", "Wójcik", 1),
           ("Tomasz", "Kamiński", 0)],
    "se": [("Elin", "Lindqvist", 1), ("Oskar", "Bergström", 0), ("Astrid", "Nyström", 1),
           ("Erik", "Åkesson", 0)],
    "br": [("João", "Pereira Costa", 0), ("Beatriz", "Almeida Rocha", 1), ("Gabriel", "Rodrigues Lima", 0),
           ("Ana Clara", "Oliveira", 1)],
    "in": [("Aarav", "Iyer", 0), ("Ananya", "Banerjee", 1), ("Vikram", "Reddy", 0), ("Priya", "Sharma", 1)],
    "cn": [("伟", "王", 0), ("娜", "李", 1), ("秀英", "杨", 1), ("磊", "赵", 0), ("子涵", "陈", 1)],
    "jp": [("健太", "佐藤", 0), ("美咲", "鈴木", 1), ("大輔", "高橋", 0), ("さくら", "田中", 1)],
    "kr": [("민준", "김", 0), ("서연", "이", 1), ("지훈", "박", 0), ("수아", "최", 1)],
    "au": [("Lachlan", "McAllister", 0), ("Matilda", "Fitzgerald", 1), ("Isla", "Tran", 1),
           ("Jack", "O'Brien", 0)],
    "ru": [("Анна", "Смирнова", 1), ("Дмитрий", "Волков", 0)],
    "gr": [("Γιώργος", "Παπαδόπουλος", 0), ("Ελένη", "Κωνσταντίνου", 1)],
    "tr": [("Ayşe", "Yılmaz", 1), ("Emre", "Çelik", 0)],
    "ar": [("محمد", "العتيبي", 0), ("نورة", "الشمري", 1)],
}


def person(r, cc):
    first, last, fem = r.choice(PEOPLE[cc])
    if cc in ("cn", "kr"):
        full = last + first
    elif cc == "jp":
        full = last + " " + first
    else:
        full = first + " " + last
    return first, last, full, fem


def phone(r, cc, intl=None):
    intl = r.random() < .4 if intl is None else intl
    d = lambda n: digits(r, n, False)
    if cc == "us":
        area = r.choice(["212", "312", "415", "503", "617", "702", "808", "919", "971", "480"])
        ex = r.choice("2346789") + d(2)
        return ("+1 %s-%s-%s" if intl else "(%s) %s-%s") % (area, ex, d(4))
    if cc == "uk":
        m = r.choice("45789") + d(3)
        return ("+44 7%s %s" if intl else "07%s %s") % (m, d(6))
    if cc == "de":
        pre = r.choice(["151", "160", "171", "176", "157"])
        return ("+49 %s %s" if intl else "0%s %s") % (pre, d(8))
    if cc == "fr":
        x = r.choice("67") + " " + " ".join(d(2) for _ in range(4))
        return "+33 " + x if intl else "0" + x
    if cc == "es":
        return "+34 6%s %s %s" % (d(2), d(3), d(3))
    if cc == "it":
        return "+39 3%s %s %s" % (r.choice(["47", "33", "49", "28"]), d(3), d(4))
    if cc == "nl":
        return "+31 6 %s %s" % (d(4), d(4)) if intl else "06-%s" % d(8)
    if cc == "pl":
        return "+48 %s %s %s" % (r.choice("5678") + d(2), d(3), d(3))
    if cc == "se":
        return "07%s-%s %s %s" % (r.choice("0236"), d(3), d(2), d(2))
    if cc == "br":
        return "(%s) 9%s-%s" % (r.choice(["11", "21", "31", "41", "51"]), d(4), d(4))
    if cc == "in":
        return "+91 %s%s %s" % (r.choice("6789"), d(4), d(5))
    if cc == "cn":
        return "1%s %s %s" % (r.choice(["38", "39", "58", "86", "37"]), d(4), d(4))
    if cc == "jp":
        return "0%s0-%s-%s" % (r.choice("789"), d(4), d(4))
    if cc == "kr":
        return "010-%s-%s" % (d(4), d(4))
    if cc == "au":
        return "04%s %s %s" % (d(2), d(3), d(3))
    if cc == "ru":
        return "+7 9%s %s-%s-%s" % (d(2), d(3), d(2), d(2))
    if cc == "tr":
        return "+90 5%s %s %s %s" % (d(2), d(3), d(2), d(2))
    if cc == "gr":
        return "+30 69%s %s %s" % (d(1), d(3), d(4))
    if cc == "ar":
        return "+966 5%s %s %s" % (d(1), d(3), d(4))
    raise ValueError(cc)


def address(r, cc):
    n = r.randrange(2, 240)
    if cc == "us":
        return "%d %s %s" % (r.randrange(100, 9800), r.choice(["Maple Ridge", "Alder Creek", "Sycamore", "Larkspur", "Cedar Hollow"]),
                             r.choice(["Dr", "Ave", "Ln", "Blvd", "Ct"]))
    if cc == "uk":
        return "%d %s" % (n % 90 + 1, r.choice(["Alder Close", "Beechwood Road", "Kingsmead Avenue", "Primrose Lane"]))
    if cc == "de":
        return "%s %d" % (r.choice(["Lindenstraße", "Am Mühlenberg", "Goethestraße", "Kastanienallee"]), n % 80 + 1)
    if cc == "fr":
        return "%d %s" % (n % 120 + 1, r.choice(["rue des Tanneurs", "avenue Jean-Jaurès", "boulevard Voltaire", "impasse des Lilas"]))
    if cc == "es":
        return "%s %d, %dº %s" % (r.choice(["Calle de Toledo", "Avenida de la Constitución", "Calle Mayor", "Paseo de Gracia"]),
                                  n % 150 + 1, r.randrange(1, 9), r.choice("ABCD"))
    if cc == "it":
        return "%s %d" % (r.choice(["Via Garibaldi", "Corso Vittorio Emanuele II", "Via dei Mille", "Piazza Cavour"]), n % 90 + 1)
    if cc == "nl":
        return "%s %d" % (r.choice(["Keizersgracht", "Prinsengracht", "Oudegracht", "Lange Voorhout"]), n + 10)
    if cc == "pl":
        return "ul. %s %d/%d" % (r.choice(["Mickiewicza", "Długa", "Kwiatowa", "Piłsudskiego"]), n % 60 + 1, r.randrange(1, 40))
    if cc == "se":
        return "%s %d" % (r.choice(["Storgatan", "Drottninggatan", "Sveavägen", "Kungsgatan"]), n % 70 + 1)
    if cc == "br":
        return "Rua %s, %d, apto %d" % (r.choice(["das Laranjeiras", "Augusta", "Oscar Freire", "XV de Novembro"]), n + 100, r.randrange(11, 190))
    if cc == "in":
        return "Flat %d, %s, %s" % (r.randrange(101, 905), r.choice(["Sai Residency", "Green Park Towers", "Lotus Enclave"]),
                                    r.choice(["Indiranagar", "Andheri West", "Banjara Hills", "Salt Lake Sector II"]))
    if cc == "cn":
        return "%s%d号%d栋%d室" % (r.choice(["北京市朝阳区建国路", "上海市浦东新区世纪大道", "深圳市南山区科技园路", "杭州市西湖区文三路"]),
                              n, r.randrange(1, 20), r.randrange(101, 2405))
    if cc == "jp":
        return "%s%d-%d-%d" % (r.choice(["東京都世田谷区三軒茶屋", "大阪府大阪市北区梅田", "神奈川県横浜市中区山下町", "福岡県福岡市中央区天神"]),
                               r.randrange(1, 5), r.randrange(1, 30), r.randrange(1, 20))
    if cc == "kr":
        return "%s %d, %d동 %d호" % (r.choice(["서울특별시 강남구 테헤란로", "부산광역시 해운대구 센텀중앙로", "서울특별시 마포구 월드컵북로"]),
                                  n, r.randrange(101, 120), r.randrange(101, 2504))
    if cc == "au":
        return "%d %s" % (n % 99 + 1, r.choice(["Wattle Street", "Banksia Crescent", "Jacaranda Avenue", "Ironbark Road"]))
    if cc == "ru":
        return "ул. %s, д. %d, кв. %d" % (r.choice(["Ленина", "Пушкина", "Садовая"]), n % 90 + 1, r.randrange(1, 300))
    if cc == "tr":
        return "%s Cad. No:%d D:%d" % (r.choice(["Bağdat", "İstiklal", "Atatürk"]), n % 150 + 1, r.randrange(1, 30))
    if cc == "gr":
        return "Οδός %s %d" % (r.choice(["Ερμού", "Πανεπιστημίου", "Αιόλου"]), n % 90 + 1)
    raise ValueError(cc)


EMAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "web.de",
                 "orange.fr", "libero.it", "gmx.de", "hotmail.co.uk", "naver.com", "qq.com"]


def email_for(r, first, last):
    a = strip_accents(first.replace("ß", "ss")).lower().replace(" ", "")
    b = strip_accents(last.replace("ß", "ss")).lower().replace(" ", "").replace("'", "")
    if not a.isascii() or not a.isalpha():
        a = rs(r, LOWER, 6)
    if not b.isascii() or not b.isalpha():
        b = rs(r, LOWER, 5)
    style = r.randrange(4)
    local = [a + "." + b, a[0] + b + digits(r, 2), b + "_" + a + digits(r, 3, False), a + b[:3] + digits(r, 4)][style]
    return local + "@" + r.choice(EMAIL_DOMAINS)


def dob(r, lo=1952, hi=2004):
    return r.randrange(lo, hi), r.randrange(1, 13), r.randrange(1, 29)


def sha1hex(s):
    return hashlib.sha1(s.encode()).hexdigest()
