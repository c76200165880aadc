# -*- coding: utf-8 -*-
"""Shared helpers and fake-value generators for the adv20 blind set.

Standard library only.  Every value is produced from a seeded random.Random
owned by a Gen instance, so a group always yields the same cases.
Token shapes follow the providers' publicly documented formats; personal
identifiers carry valid check digits.
"""
import base64
import datetime
import json
import random
import string
import unicodedata
import urllib.parse
import zlib

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DI = string.digits
ALNUM = UP + LO + DI
B62 = DI + UP + LO
B64 = UP + LO + DI + "+/"
B64U = UP + LO + DI + "-_"
HEXL = "0123456789abcdef"
B32 = UP + "234567"
PW_SYM = "!#$%&*+-=?^_~"


# ---------------------------------------------------------------- encoders
def b62enc(n, width=6):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def b64u(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def b64(data):
    return base64.b64encode(data).decode()


def wrap(s, n):
    return [s[i:i + n] for i in range(0, len(s), n)]


def pieces(s, k):
    """Split s into k contiguous pieces of near-equal length."""
    n = len(s)
    cuts = [round(i * n / k) for i in range(k + 1)]
    return [s[cuts[i]:cuts[i + 1]] for i in range(k)]


def jdump(obj, indent=2):
    return json.dumps(obj, indent=indent, ensure_ascii=False)


def fold(s):
    """ASCII-fold a name for e-mail local parts and codes."""
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    s = s.replace("ø", "o").replace("æ", "ae").replace("İ", "I")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def pct(s, safe=""):
    return urllib.parse.quote(s, safe=safe)


# ---------------------------------------------------------------- checksums
def luhn_valid(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(partial):
    for c in DI:
        if luhn_valid(partial + c):
            return partial + c
    raise AssertionError


def iban_make(country, bban):
    rearr = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (country, chk, bban)


def iban_valid(iban):
    iban = iban.replace(" ", "")
    rearr = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in rearr)) % 97 == 1


def iban_fmt(iban):
    return " ".join(wrap(iban, 4))


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
       [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
       [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
       [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
       [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
       [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_check(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def verhoeff_valid(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def mrz_check(s):
    w = (7, 3, 1)
    tot = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch == "<":
            v = 0
        else:
            v = ord(ch) - 55
        tot += v * w[i % 3]
    return str(tot % 10)


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21] +
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
                    14, 16, 10, 22, 25, 24, 23]))


def _cf_even(c):
    return int(c) if c.isdigit() else ord(c) - 65


def codice_fiscale(first, last, dob, female, belfiore):
    def split(s):
        s = "".join(ch for ch in fold(s).upper() if ch.isalpha())
        return [c for c in s if c not in "AEIOU"], [c for c in s if c in "AEIOU"]
    cons, vow = split(last)
    sur = "".join(cons + vow + ["X", "X", "X"])[:3]
    cons, vow = split(first)
    if len(cons) >= 4:
        nam = cons[0] + cons[2] + cons[3]
    else:
        nam = "".join(cons + vow + ["X", "X", "X"])[:3]
    day = dob.day + (40 if female else 0)
    body = "%s%s%02d%s%02d%s" % (sur, nam, dob.year % 100, "ABCDEHLMPRST"[dob.month - 1], day, belfiore)
    tot = 0
    for i, ch in enumerate(body):
        tot += _CF_ODD[ch] if i % 2 == 0 else _cf_even(ch)
    return body + chr(65 + tot % 26)


# ---------------------------------------------------------------- locale data
FIRST = {
    "us": [("James", "m"), ("Olivia", "f"), ("Marcus", "m"), ("Priya", "f"), ("Ethan", "m"),
           ("Hannah", "f"), ("Darnell", "m"), ("Megan", "f"), ("Tyler", "m"), ("Kayla", "f")],
    "gb": [("Oliver", "m"), ("Amelia", "f"), ("Harry", "m"), ("Isla", "f"), ("George", "m"),
           ("Poppy", "f"), ("Rhys", "m"), ("Niamh", "f")],
    "de": [("Lukas", "m"), ("Anna-Lena", "f"), ("Matthias", "m"), ("Katharina", "f"), ("Jörg", "m"),
           ("Sabine", "f"), ("Felix", "m"), ("Ursula", "f")],
    "fr": [("Camille", "f"), ("Théo", "m"), ("Élodie", "f"), ("Baptiste", "m"), ("Margaux", "f"),
           ("Guillaume", "m"), ("Inès", "f"), ("Rémi", "m")],
    "es": [("Alejandro", "m"), ("Lucía", "f"), ("Javier", "m"), ("Carmen", "f"), ("Sergio", "m"),
           ("Nuria", "f")],
    "it": [("Giulia", "f"), ("Matteo", "m"), ("Francesca", "f"), ("Lorenzo", "m"), ("Chiara", "f"),
           ("Davide", "m")],
    "nl": [("Sanne", "f"), ("Daan", "m"), ("Femke", "f"), ("Joost", "m"), ("Lotte", "f"), ("Bram", "m")],
    "pl": [("Katarzyna", "f"), ("Piotr", "m"), ("Agnieszka", "f"), ("Tomasz", "m"),
           ("Magdalena", "f"), ("Krzysztof", "m")],
    "in": [("Aarav", "m"), ("Ananya", "f"), ("Rohan", "m"), ("Priyanka", "f"), ("Vikram", "m"),
           ("Sneha", "f")],
    "jp": [("Kenta", "m"), ("Misaki", "f"), ("Shota", "m"), ("Yumi", "f"), ("Haruto", "m"), ("Sakura", "f")],
    "br": [("João Pedro", "m"), ("Ana Beatriz", "f"), ("Lucas", "m"), ("Mariana", "f"), ("Rafael", "m"),
           ("Camila", "f")],
    "mx": [("José Luis", "m"), ("Guadalupe", "f"), ("Fernando", "m"), ("Ximena", "f"),
           ("Alejandra", "f"), ("Rodrigo", "m")],
    "au": [("Jack", "m"), ("Chloe", "f"), ("Liam", "m"), ("Matilda", "f"), ("Cooper", "m"), ("Harper", "f")],
    "ca": [("Émilie", "f"), ("Liam", "m"), ("Olivia", "f"), ("Mathieu", "m"), ("Noah", "m"), ("Chloé", "f")],
    "za": [("Thabo", "m"), ("Naledi", "f"), ("Pieter", "m"), ("Lerato", "f"), ("Sipho", "m"), ("Anika", "f")],
    "tr": [("Emre", "m"), ("Zeynep", "f"), ("Burak", "m"), ("Elif", "f"), ("Mehmet", "m"), ("Ayşe", "f")],
}
LAST = {
    "us": ["Whitfield", "Okafor", "Brennan", "Castellano", "Hollis", "Nakamura", "Pruitt", "Delgado",
           "Sorensen", "McAllister"],
    "gb": ["Ashworth", "Pennington", "Hargreaves", "Fairclough", "Llewellyn", "Cartwright", "Bramley",
           "Ogunleye"],
    "de": ["Schäfer", "Hoffmann", "Brandstätter", "Kühn", "Wiesenthal", "Vogelsang", "Dietrich", "Lehmann"],
    "fr": ["Lefèvre", "Rousseau", "Garnier", "Fontaine", "Marchand", "Chevalier", "Deschamps", "Perrin"],
    "es": ["García", "Ortega", "Fernández", "Ruiz", "Navarro", "Iglesias", "Moreno", "Castro"],
    "it": ["Bianchi", "Esposito", "Colombo", "Ricci", "Marino", "Greco", "Fontana", "Moretti"],
    "nl": ["de Vries", "van Dijk", "Bakker", "Visser", "Smit", "Jansen", "van den Berg", "Mulder"],
    "pl": ["Nowak", "Kowalczyk", "Wójcik", "Kaczmarek", "Mazur", "Krawczyk", "Zając", "Dudek"],
    "in": ["Sharma", "Iyer", "Reddy", "Chatterjee", "Deshpande", "Menon", "Kulkarni", "Bhattacharya"],
    "jp": ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Yamamoto", "Hasegawa", "Kobayashi"],
    "br": ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Carvalho", "Almeida", "Ribeiro"],
    "mx": ["Hernández", "López", "Ramírez", "Castillo", "Morales", "Vázquez", "Gutiérrez", "Mendoza"],
    "au": ["Fitzgerald", "Harrington", "O'Brien", "Kelly", "Nguyen", "Papadopoulos", "Walsh", "Thompson"],
    "ca": ["Tremblay", "Gagnon", "Roy", "MacDonald", "Leblanc", "Bouchard", "Campbell", "Pelletier"],
    "za": ["Nkosi", "van der Merwe", "Dlamini", "Botha", "Mokoena", "Naidoo", "Pretorius", "Khumalo"],
    "tr": ["Yılmaz", "Demir", "Şahin", "Çelik", "Aydın", "Öztürk", "Kaya", "Arslan"],
}
DOMAINS = {
    "us": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "comcast.net"],
    "gb": ["btinternet.com", "hotmail.co.uk", "gmail.com", "sky.com"],
    "de": ["web.de", "gmx.de", "t-online.de", "posteo.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
    "es": ["telefonica.net", "gmail.com", "hotmail.es"],
    "it": ["libero.it", "virgilio.it", "gmail.com"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com"],
    "pl": ["wp.pl", "onet.pl", "o2.pl"],
    "in": ["gmail.com", "rediffmail.com", "yahoo.co.in"],
    "jp": ["docomo.ne.jp", "yahoo.co.jp", "gmail.com"],
    "br": ["uol.com.br", "bol.com.br", "gmail.com"],
    "mx": ["prodigy.net.mx", "hotmail.com", "gmail.com"],
    "au": ["bigpond.com", "optusnet.com.au", "gmail.com"],
    "ca": ["videotron.ca", "rogers.com", "sympatico.ca"],
    "za": ["mweb.co.za", "telkomsa.net", "gmail.com"],
    "tr": ["gmail.com", "yandex.com.tr", "hotmail.com"],
}
WORDS = ["Kestrel", "Marble", "Orbit", "Lantern", "Quartz", "Juniper", "Falcon", "Tundra", "Cobalt",
         "Saffron", "Harbor", "Pumice", "Velvet", "Nimbus", "Thistle", "Glacier", "Walrus", "Cinder",
         "Meadow", "Sprocket", "Paprika", "Basalt", "Ferret", "Zephyr"]
COMPANIES = ["northwind-logistics.io", "kelpie-analytics.com", "brightmoor.dev", "tallowhq.net",
             "quokka-pay.com", "fernhill-labs.io", "otterbyte.cloud", "saltmarsh.app", "vintrail.de",
             "lumenfold.fr", "pinecrest-health.org", "harbourline.co.uk"]


class Gen(object):
    def __init__(self, seed):
        self.r = random.Random(seed)

    # -------------------------------------------------------- primitives
    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def pick(self, seq):
        return self.r.choice(seq)

    def ri(self, a, b):
        return self.r.randint(a, b)

    def digits(self, n, first_nonzero=False):
        out = self.s(DI, n)
        if first_nonzero and out[0] == "0":
            out = str(self.ri(1, 9)) + out[1:]
        return out

    def hex(self, n):
        return self.s(HEXL, n)

    def rbytes(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def uuid(self):
        h = self.hex(32)
        h = h[:12] + "4" + h[13:16] + self.pick("89ab") + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def company(self):
        return self.pick(COMPANIES)

    def ip_private(self):
        return "10.%d.%d.%d" % (self.ri(0, 40), self.ri(0, 254), self.ri(2, 250))

    def ts(self, year=2024):
        d = datetime.datetime(year, 1, 1) + datetime.timedelta(seconds=self.ri(0, 360 * 86400))
        return d

    def epoch(self):
        return self.ri(1700000000, 1735000000)

    # -------------------------------------------------------- passwords
    def password(self, kind=None):
        kind = kind or self.pick(["rand", "phrase", "mixed", "rand"])
        if kind == "rand":
            while True:
                p = self.s(ALNUM, self.ri(14, 20))
                p = list(p)
                for _ in range(self.ri(2, 4)):
                    p[self.ri(0, len(p) - 1)] = self.pick(PW_SYM)
                p = "".join(p)
                if any(c.isdigit() for c in p):
                    return p
        if kind == "phrase":
            ws = self.r.sample(WORDS, 3)
            return self.pick("-.+_") .join(ws) + str(self.ri(10, 99))
        if kind == "mixed":
            return self.pick(WORDS) + self.pick("!#$%&*") + str(self.ri(100, 9999)) + \
                self.s(LO, 3) + self.pick("!?=")
        if kind == "awk":
            base = list(self.s(ALNUM, self.ri(12, 16)))
            for c in self.r.sample(["@", ":", "/", "?", "#", "%", ";", "&", "!"], 4):
                base.insert(self.ri(1, len(base) - 1), c)
            return "".join(base)
        if kind == "hex":
            return self.hex(32)
        if kind == "b64":
            return b64(self.rbytes(24))
        if kind == "alnum":
            return self.s(ALNUM, self.ri(18, 26))
        raise ValueError(kind)

    # -------------------------------------------------------- provider tokens
    def github(self, prefix="ghp"):
        body = self.s(ALNUM, 30)
        return "%s_%s%s" % (prefix, body, b62enc(zlib.crc32(body.encode())))

    def github_pat(self):
        return "github_pat_" + self.s(ALNUM, 22) + "_" + self.s(ALNUM, 59)

    def npm(self):
        body = self.s(ALNUM, 30)
        return "npm_" + body + b62enc(zlib.crc32(body.encode()))

    def gitlab(self):
        return "glpat-" + self.s(ALNUM + "-_", 20)

    def aws_akid(self, prefix="AKIA"):
        return prefix + self.s(UP + "234567", 16)

    def aws_secret(self):
        return self.s(ALNUM + "+/", 40)

    def aws_session(self):
        return "IQoJb3JpZ2luX2VjE" + self.s(ALNUM, 2) + "aCXVzLWVhc3QtMSJHMEUCI" + self.s(B64, 330)

    def openai(self, kind="proj"):
        if kind == "legacy":
            return "sk-" + self.s(ALNUM, 20) + "T3BlbkFJ" + self.s(ALNUM, 20)
        pre = {"proj": "sk-proj-", "svc": "sk-svcacct-", "admin": "sk-admin-"}[kind]
        return pre + self.s(B64U, 74) + "T3BlbkFJ" + self.s(B64U, 74)

    def anthropic(self, kind="api03"):
        return "sk-ant-%s-" % kind + self.s(B64U, 93) + "AA"

    def google_api(self):
        return "AIza" + self.s(B64U, 35)

    def gcp_oauth_secret(self):
        return "GOCSPX-" + self.s(B64U, 28)

    def gcp_refresh(self):
        return "1//0" + self.s(B64U, 2) + self.s(B64U, 99)

    def gcp_access(self):
        return "ya29.a0" + self.s(B64U, 160)

    def slack_bot(self):
        return "xoxb-%s-%s-%s" % (self.digits(12, True), self.digits(13, True), self.s(ALNUM, 24))

    def slack_user(self):
        return "xoxp-%s-%s-%s-%s" % (self.digits(11, True), self.digits(12, True),
                                     self.digits(13, True), self.hex(32))

    def slack_app(self):
        return "xapp-1-A%s-%s-%s" % (self.s(UP + DI, 10), self.digits(13, True), self.hex(64))

    def slack_webhook(self):
        return "https://hooks.slack.com/services/T%s/B%s/%s" % (
            self.s(UP + DI, 8), self.s(UP + DI, 10), self.s(ALNUM, 24))

    def stripe(self, kind="sk_live"):
        if kind == "whsec":
            return "whsec_" + self.s(ALNUM, 32)
        return kind + "_51" + self.s(ALNUM, 97)

    def sendgrid(self):
        return "SG." + self.s(B64U, 22) + "." + self.s(B64U, 43)

    def twilio_sid(self):
        return "AC" + self.hex(32)

    def twilio_key(self):
        return "SK" + self.hex(32)

    def mailgun(self):
        return "key-" + self.hex(32)

    def mailchimp(self):
        return self.hex(32) + "-us" + str(self.ri(2, 21))

    def hf(self):
        return "hf_" + self.s(UP + LO, 34)

    def discord_bot(self):
        ident = str(self.ri(10 ** 17, 13 * 10 ** 17))
        return b64u(ident.encode()) + "." + self.s(B64U, 6) + "." + self.s(B64U, 38)

    def telegram(self):
        return "%d:AA%s" % (self.ri(10 ** 9, 7 * 10 ** 9), self.s(B64U, 33))

    def shopify(self):
        return "shpat_" + self.hex(32)

    def digitalocean(self):
        return "dop_v1_" + self.hex(64)

    def dockerhub(self):
        return "dckr_pat_" + self.s(B64U, 27)

    def datadog_api(self):
        return self.hex(32)

    def newrelic(self):
        return "NRAK-" + self.s(UP + DI, 27)

    def sentry_dsn(self):
        return "https://%s@o%d.ingest.sentry.io/%d" % (self.hex(32), self.ri(100000, 999999),
                                                      self.ri(1000000, 9999999))

    def postman(self):
        return "PMAK-%s-%s" % (self.hex(24), self.hex(34))

    def atlassian(self):
        return "ATATT3xFfGF0" + self.s(B64U, 170) + "=" + self.hex(8).upper()

    def databricks(self):
        return "dapi" + self.hex(32)

    def grafana_sa(self):
        body = self.s(ALNUM, 32)
        return "glsa_" + body + "_" + "%08x" % zlib.crc32(body.encode())

    def vault(self):
        return "hvs.CAESI" + self.s(B64U, 86)

    def tfc(self):
        return self.s(ALNUM, 14) + ".atlasv1." + self.s(ALNUM, 67)

    def pulumi(self):
        return "pul-" + self.hex(40)

    def age_key(self):
        return "AGE-SECRET-KEY-1" + self.s("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L".upper(), 58)

    def pypi(self):
        return "pypi-AgEIcHlwaS5vcmc" + self.s(B64U, 150)

    def linode(self):
        return self.hex(64)

    def hetzner(self):
        return self.s(ALNUM, 64)

    def vultr(self):
        return self.s(UP + DI, 36)

    def vercel(self):
        return self.s(ALNUM, 24)

    def netlify(self):
        return "nfp_" + self.s(ALNUM, 36)

    def flyio(self):
        return "fo1_" + self.s(B64U, 43)

    def render(self):
        return "rnd_" + self.s(ALNUM, 28)

    def cloudflare(self):
        return self.s(ALNUM + "-_", 40)

    def scaleway(self):
        return "SCW" + self.s(UP + DI, 17), self.uuid()

    def alibaba(self):
        return "LTAI5t" + self.s(ALNUM, 18), self.s(ALNUM, 30)

    def ibm(self):
        return self.s(B64U, 44)

    def azure_storage_key(self):
        return b64(self.rbytes(64))

    def azure_sas_sig(self):
        return b64(self.rbytes(32))

    def azure_client_secret(self):
        return self.s(ALNUM, 3) + self.pick("78") + "Q~" + self.s(ALNUM + "_.-~", 34)

    def influx(self):
        return b64u(self.rbytes(64)) + "=="

    def mercadopago(self):
        return "APP_USR-%s-%s-%s-%s" % (self.digits(16, True), self.digits(6, True), self.hex(32),
                                        self.digits(9, True))

    def razorpay(self):
        return "rzp_live_" + self.s(ALNUM, 14), self.s(ALNUM, 24)

    def mollie(self):
        return "live_" + self.s(ALNUM, 30)

    def yandex_oauth(self):
        return "y0_AgAAAAA" + self.s(B64U, 49)

    def line_token(self):
        return self.s(ALNUM + "+/", 171) + "="

    def totp_secret(self):
        return self.s(B32, 32)

    def django_key(self):
        return self.s(LO + DI + "!@#$%^&*(-_=+)", 50)

    def rails_secret(self):
        return self.hex(128)

    def laravel_key(self):
        return "base64:" + b64(self.rbytes(32))

    # -------------------------------------------------------- JWT / keys
    def jwt(self, claims, alg="HS256", kid=None):
        hdr = {"alg": alg, "typ": "JWT"}
        if kid:
            hdr["kid"] = kid
        sig = {"HS256": 32, "RS256": 256, "ES256": 64}[alg]
        return "%s.%s.%s" % (b64u(json.dumps(hdr, separators=(",", ":")).encode()),
                             b64u(json.dumps(claims, separators=(",", ":")).encode()),
                             b64u(self.rbytes(sig)))

    def k8s_sa_jwt(self, ns="default", sa="deployer"):
        iat = self.epoch()
        claims = {"aud": ["https://kubernetes.default.svc.cluster.local"], "exp": iat + 31536000,
                  "iat": iat, "iss": "https://kubernetes.default.svc.cluster.local",
                  "kubernetes.io": {"namespace": ns, "serviceaccount": {"name": sa, "uid": self.uuid()}},
                  "nbf": iat, "sub": "system:serviceaccount:%s:%s" % (ns, sa)}
        return self.jwt(claims, "RS256", kid=self.s(B64U, 43))

    def rsa_pem(self, label="PRIVATE KEY"):
        hdr = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100")
        der = hdr + self.rbytes(1217 - len(hdr))
        lines = wrap(b64(der), 64)
        pem = "-----BEGIN %s-----\n%s\n-----END %s-----\n" % (label, "\n".join(lines), label)
        return pem, lines

    def ec_pem(self):
        der = bytes.fromhex("30770201010420") + self.rbytes(32) + \
            bytes.fromhex("a00a06082a8648ce3d030107a144034200") + b"\x04" + self.rbytes(64)
        lines = wrap(b64(der), 64)
        return "-----BEGIN EC PRIVATE KEY-----\n%s\n-----END EC PRIVATE KEY-----\n" % "\n".join(lines), lines

    def openssh_ed25519(self, comment="deploy"):
        def sstr(b):
            return len(b).to_bytes(4, "big") + b
        pk = self.rbytes(32)
        seed = self.rbytes(32)
        pub = sstr(b"ssh-ed25519") + sstr(pk)
        chk = self.rbytes(4)
        priv = chk + chk + sstr(b"ssh-ed25519") + sstr(pk) + sstr(seed + pk) + sstr(comment.encode())
        pad = 1
        while len(priv) % 8:
            priv += bytes([pad])
            pad += 1
        blob = b"openssh-key-v1\x00" + sstr(b"none") + sstr(b"none") + sstr(b"") + \
            (1).to_bytes(4, "big") + sstr(pub) + sstr(priv)
        lines = wrap(b64(blob), 70)
        pem = "-----BEGIN OPENSSH PRIVATE KEY-----\n%s\n-----END OPENSSH PRIVATE KEY-----\n" % "\n".join(lines)
        return pem, lines

    # -------------------------------------------------------- people
    def dob(self, lo=1952, hi=2004):
        return datetime.date(self.ri(lo, hi), self.ri(1, 12), self.ri(1, 28))

    def person(self, loc):
        first, gender = self.pick(FIRST[loc])
        if loc in ("es", "mx", "br"):
            a, b = self.r.sample(LAST[loc], 2)
            last = a + " " + b
        else:
            last = self.pick(LAST[loc])
        p = {"first": first, "last": last, "full": first + " " + last, "female": gender == "f",
             "loc": loc, "dob": self.dob()}
        p["email"] = self.email(first, last, loc)
        p["phone"] = self.phone(loc)
        return p

    def email(self, first, last, loc="us"):
        f = fold(first).lower().replace(" ", "").replace("'", "")
        l_ = fold(last).lower().replace(" ", "").replace("'", "")
        style = self.ri(0, 3)
        if style == 0:
            local = "%s.%s" % (f, l_)
        elif style == 1:
            local = "%s%s%d" % (f[0], l_, self.ri(1, 99))
        elif style == 2:
            local = "%s_%s" % (f, l_[:4])
        else:
            local = "%s.%s%d" % (f, l_, self.ri(60, 99))
        return local + "@" + self.pick(DOMAINS.get(loc, DOMAINS["us"]))

    def phone(self, loc, intl=None):
        if intl is None:
            intl = self.r.random() < 0.5
        r = self.ri
        if loc in ("us", "ca"):
            area = self.pick({"us": [503, 512, 614, 720, 919, 412, 818, 704],
                              "ca": [514, 416, 604, 403, 613]}[loc])
            ex = r(201, 989)
            while ex == 555:
                ex = r(201, 989)
            ln = r(1000, 9999)
            return "+1 %d-%d-%04d" % (area, ex, ln) if intl else "(%d) %d-%04d" % (area, ex, ln)
        if loc == "gb":
            n = "7%d%02d %06d" % (r(4, 9), r(10, 99), r(100000, 999999))
            return "+44 " + n if intl else "0" + n
        if loc == "de":
            pre = self.pick(["151", "160", "171", "176", "152"])
            n = "%d" % r(1000000, 99999999)
            return "+49 %s %s" % (pre, n) if intl else "0%s %s" % (pre, n)
        if loc == "fr":
            d = [r(10, 99) for _ in range(4)]
            m = self.pick("67")
            return "+33 %s %02d %02d %02d %02d" % (m, *d) if intl else "0%s %02d %02d %02d %02d" % (m, *d)
        if loc == "es":
            return "+34 6%02d %03d %03d" % (r(0, 99), r(0, 999), r(0, 999))
        if loc == "it":
            return "+39 3%02d %03d %04d" % (r(20, 93), r(0, 999), r(0, 9999))
        if loc == "nl":
            n = "%08d" % r(10000000, 99999999)
            return "+31 6 %s %s" % (n[:4], n[4:]) if intl else "06-%s" % n
        if loc == "pl":
            return "+48 %d%02d %03d %03d" % (self.pick([5, 6, 7]), r(0, 99), r(0, 999), r(0, 999))
        if loc == "in":
            return "+91 %d%03d %05d" % (self.pick([98, 99, 97, 88, 70]), r(0, 999), r(0, 99999))
        if loc == "jp":
            return "%s-%04d-%04d" % (self.pick(["090", "080", "070"]), r(1000, 9999), r(0, 9999))
        if loc == "br":
            return "+55 (11) 9%04d-%04d" % (r(1000, 9999), r(0, 9999)) if intl else \
                "(21) 9%04d-%04d" % (r(1000, 9999), r(0, 9999))
        if loc == "mx":
            return "+52 55 %04d %04d" % (r(1000, 9999), r(0, 9999))
        if loc == "au":
            return "+61 4%02d %03d %03d" % (r(0, 99), r(0, 999), r(0, 999)) if intl else \
                "04%02d %03d %03d" % (r(0, 99), r(0, 999), r(0, 999))
        if loc == "za":
            return "+27 %d %03d %04d" % (self.pick([72, 82, 83, 61]), r(0, 999), r(0, 9999))
        if loc == "tr":
            return "+90 5%02d %03d %02d %02d" % (r(30, 59), r(0, 999), r(0, 99), r(0, 99))
        if loc == "ru":
            return "+7 9%02d %03d-%02d-%02d" % (r(0, 99), r(0, 999), r(0, 99), r(0, 99))
        if loc == "kr":
            return "010-%04d-%04d" % (r(1000, 9999), r(0, 9999))
        if loc == "cn":
            return "1%d%d %04d %04d" % (self.pick([3, 5, 8]), r(0, 9), r(0, 9999), r(0, 9999))
        if loc == "ae":
            return "+971 5%d %03d %04d" % (self.pick([0, 2, 5, 6]), r(0, 999), r(0, 9999))
        raise ValueError(loc)

    def address(self, loc):
        r = self.ri
        p = self.pick
        if loc == "us":
            city = p([("Portland", "OR", 972), ("Austin", "TX", 787), ("Columbus", "OH", 432),
                      ("Denver", "CO", 802), ("Raleigh", "NC", 276), ("Pittsburgh", "PA", 152)])
            street = "%d %s %s" % (r(101, 9899), p(["Maple", "Ridgeview", "Sycamore", "Lincoln", "Harbor View",
                                                  "Chestnut", "Willow Creek"]), p(["Street", "Ave", "Drive", "Ln", "Ct"]))
            return [street, "Apt %d%s" % (r(1, 9), p("ABCD")), "%s, %s %d%02d" % (city[0], city[1], city[2], r(1, 99))]
        if loc == "gb":
            town = p([("Leeds", "LS6"), ("Bristol", "BS7"), ("Manchester", "M20"), ("Norwich", "NR2"),
                      ("Cardiff", "CF24")])
            return ["%d %s" % (r(2, 180), p(["Cavendish Road", "Mill Lane", "Victoria Terrace", "Albert Street",
                                            "Church View"])), town[0],
                    "%s %d%s" % (town[1], r(1, 9), self.s("ABDEFGHJLNPQRSTUWXYZ", 2))]
        if loc == "de":
            c = p([("10435", "Berlin"), ("80336", "München"), ("50667", "Köln"), ("20259", "Hamburg"),
                   ("04107", "Leipzig"), ("70173", "Stuttgart")])
            return ["%s %d" % (p(["Kastanienallee", "Goethestraße", "Am Lindenhof", "Bergstraße",
                                 "Schillerplatz", "Eichendorffweg"]), r(1, 120)), "%s %s" % c]
        if loc == "fr":
            c = p([("69003", "Lyon"), ("31000", "Toulouse"), ("75011", "Paris"), ("33000", "Bordeaux"),
                   ("44000", "Nantes")])
            return ["%d %s" % (r(1, 140), p(["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire",
                                            "rue de la République", "impasse des Tanneurs"])), "%s %s" % c]
        if loc == "es":
            c = p([("28009", "Madrid"), ("08012", "Barcelona"), ("46004", "Valencia"), ("41003", "Sevilla")])
            return ["%s, %d, %dº %s" % (p(["Calle de Alcalá", "Carrer de Verdi", "Avenida de la Constitución",
                                          "Calle Sierpes"]), r(2, 220), r(1, 8), p("ABCD")), "%s %s" % c]
        if loc == "it":
            c = p([("20121", "Milano", "MI"), ("00185", "Roma", "RM"), ("40126", "Bologna", "BO"),
                   ("10123", "Torino", "TO")])
            return ["Via %s %d" % (p(["Giuseppe Garibaldi", "Roma", "dei Mille", "Alessandro Manzoni"]), r(1, 90)),
                    "%s %s %s" % c]
        if loc == "nl":
            c = p([("1016", "Amsterdam"), ("3511", "Utrecht"), ("2513", "Den Haag"), ("9711", "Groningen")])
            return ["%s %d" % (p(["Prinsengracht", "Oudegracht", "Lange Voorhout", "Vismarkt"]), r(2, 400)),
                    "%s %s %s" % (c[0], self.s("ABCDEGHJKLMNPRTVWXZ", 2), c[1])]
        if loc == "pl":
            c = p([("00-514", "Warszawa"), ("31-042", "Kraków"), ("50-079", "Wrocław"), ("80-831", "Gdańsk")])
            return ["ul. %s %d/%d" % (p(["Marszałkowska", "Floriańska", "Świdnicka", "Długa"]), r(2, 120), r(1, 60)),
                    "%s %s" % c]
        if loc == "in":
            area, city = p([("14th Cross, Indiranagar", "Bengaluru, Karnataka 5600%02d"),
                            ("Linking Road, Bandra West", "Mumbai, Maharashtra 4000%02d"),
                            ("Sector 62", "Noida, Uttar Pradesh 2013%02d"),
                            ("Anna Nagar East", "Chennai, Tamil Nadu 6001%02d")])
            return ["Flat %d, %s Apartments, %s" % (r(101, 904), p(["Sai Krupa", "Green Glen", "Lakeview",
                                                                    "Shanti Niketan"]), area), city % r(1, 99)]
        if loc == "jp":
            return ["〒%03d-%04d %s%d-%d-%d %s%d" % (r(100, 199), r(0, 9999),
                                                 p(["東京都渋谷区宇田川町", "東京都世田谷区三軒茶屋", "大阪府大阪市北区梅田",
                                                    "神奈川県横浜市中区山下町"]), r(1, 5), r(1, 30), r(1, 20),
                                                 p(["ハイツ", "メゾン", "グランド"]) + p(["青葉", "桜ヶ丘", "緑町"]), r(101, 905))]
        if loc == "br":
            street, hood = p([("Rua Augusta", "Consolação, São Paulo - SP, 01305-%03d"),
                              ("Avenida Paulista", "Bela Vista, São Paulo - SP, 01311-%03d"),
                              ("Rua das Laranjeiras", "Laranjeiras, Rio de Janeiro - RJ, 22240-%03d"),
                              ("Rua Oscar Freire", "Jardim Paulista, São Paulo - SP, 01426-%03d")])
            return ["%s, %d, apto %d" % (street, r(10, 2400), r(11, 184)), hood % r(0, 999)]
        if loc == "mx":
            return ["Av. %s %d, Int. %d" % (p(["Insurgentes Sur", "Álvaro Obregón", "Paseo de la Reforma"]),
                                          r(10, 2400), r(1, 30)),
                    "Col. %s, %05d Ciudad de México, CDMX" % (p(["Roma Norte", "Del Valle", "Condesa", "Narvarte"]),
                                                            r(3000, 6800))]
        if loc == "au":
            c = p([("Fitzroy", "VIC", 3065), ("Newtown", "NSW", 2042), ("West End", "QLD", 4101), ("Subiaco", "WA", 6008)])
            return ["Unit %d, %d %s" % (r(1, 24), r(2, 180), p(["Wattle Street", "Banksia Avenue", "Gordon Parade",
                                                              "Ironbark Close"])), "%s %s %d" % c]
        if loc == "ca":
            return ["%d Rue %s, app. %d" % (r(100, 4800), p(["Sainte-Catherine O", "Saint-Denis", "Rachel Est",
                                                            "de Bleury"]), r(101, 1904)),
                    "Montréal QC H%d%s %d%s%d" % (r(1, 4), p("ABCEGHJKLMNPRSTVXY"), r(1, 9), p("ABCEGHJKLMNPRSTVXY"), r(1, 9))]
        if loc == "za":
            return ["%d %s" % (r(2, 90), p(["Jacaranda Crescent", "Protea Road", "Kingfisher Street", "Acacia Lane"])),
                    p(["Lynnwood, Pretoria, 0081", "Rondebosch, Cape Town, 7700", "Morningside, Durban, 4001",
                       "Parkhurst, Johannesburg, 2193"])]
        if loc == "tr":
            return ["%s No: %d Daire: %d" % (p(["Bağdat Caddesi", "Atatürk Bulvarı", "İstiklal Caddesi",
                                              "Kordon Boyu Sokak"]), r(2, 320), r(1, 24)),
                    p(["34728 Kadıköy/İstanbul", "06420 Çankaya/Ankara", "35220 Konak/İzmir"])]
        if loc == "ru":
            return ["ул. %s, д. %d, кв. %d" % (p(["Большая Садовая", "Профсоюзная", "Ленинская", "Малая Морская"]),
                                              r(1, 120), r(1, 240)),
                    p(["Москва, 1230%02d", "Санкт-Петербург, 1900%02d", "Казань, 4200%02d"]) % r(1, 99)]
        if loc == "kr":
            return ["%s %d, %d동 %d호" % (p(["서울특별시 강남구 테헤란로", "서울특별시 마포구 월드컵북로",
                                          "부산광역시 해운대구 센텀중앙로"]), r(10, 520), r(101, 112), r(101, 2304))]
        if loc == "cn":
            return ["%s%d号%d栋%d室" % (p(["上海市浦东新区世纪大道", "北京市朝阳区建国路", "深圳市南山区科技园南路"]),
                                     r(1, 999), r(1, 18), r(101, 3202))]
        if loc == "ae":
            return ["Apartment %d, %s" % (r(101, 4210), p(["Marina Heights Tower, Dubai Marina",
                                                         "Al Reem Island, Shams Abu Dhabi"])), "United Arab Emirates"]
        raise ValueError(loc)

    # -------------------------------------------------------- identifiers
    def card(self, brand=None):
        brand = brand or self.pick(["visa", "mc", "amex", "disc"])
        if brand == "visa":
            num = luhn_complete("4" + self.digits(14))
        elif brand == "mc":
            num = luhn_complete("5" + str(self.ri(1, 5)) + self.digits(13))
        elif brand == "amex":
            num = luhn_complete("3" + self.pick("47") + self.digits(12))
        else:
            num = luhn_complete("6011" + self.digits(11))
        return num

    @staticmethod
    def card_fmt(num):
        if len(num) == 15:
            return "%s %s %s" % (num[:4], num[4:10], num[10:])
        return " ".join(wrap(num, 4))

    def iban(self, cc):
        d = self.digits
        bban = {
            "DE": lambda: d(18),
            "FR": None,
            "ES": lambda: d(20),
            "IT": lambda: self.pick(UP) + d(10) + d(12),
            "NL": lambda: self.pick(["ABNA", "INGB", "RABO", "TRIO", "SNSB"]) + d(10),
            "PL": lambda: d(24),
            "GB": lambda: self.pick(["BARC", "LOYD", "NWBK", "HBUK", "MIDL"]) + d(14),
            "BE": lambda: d(12),
            "PT": lambda: d(21),
            "AT": lambda: d(16),
            "TR": lambda: d(5) + "0" + d(16),
            "SA": lambda: d(2) + self.s(DI, 18),
            "CH": lambda: d(17),
        }[cc]
        if cc == "FR":
            bank, branch, acct = int(d(5)), int(d(5)), int(d(11))
            key = 97 - ((89 * bank + 15 * branch + 3 * acct) % 97)
            b = "%05d%05d%011d%02d" % (bank, branch, acct, key)
        else:
            b = bban()
        return iban_make(cc, b)

    def ssn_us(self):
        area = self.ri(1, 899)
        while area == 666:
            area = self.ri(1, 899)
        return "%03d-%02d-%04d" % (area, self.ri(1, 99), self.ri(1, 9999))

    def nino(self):
        bad1, bad2 = "DFIQUV", "DFIOQUV"
        while True:
            a, b = self.pick(UP), self.pick(UP)
            if a in bad1 or b in bad2 or a + b in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
                continue
            return "%s%s %02d %02d %02d %s" % (a, b, self.ri(0, 99), self.ri(0, 99), self.ri(0, 99), self.pick("ABCD"))

    def uk_dl(self, first, last, dob, female):
        sur = "".join(c for c in fold(last).upper() if c.isalpha())[:5].ljust(5, "9")
        month = dob.month + (50 if female else 0)
        ini = "".join(w[0] for w in fold(first).upper().replace("-", " ").split())[:2].ljust(2, "9")
        return "%s%d%02d%02d%d%s9%s" % (sur, (dob.year // 10) % 10, month, dob.day, dob.year % 10, ini,
                                        self.s("ABCDEFGHJKLMNPRSTUVWXYZ", 2))

    def steuer_id(self):
        while True:
            rep = self.ri(0, 9)
            others = [x for x in range(10) if x != rep]
            self.r.shuffle(others)
            ds = [rep, rep] + others[:8]
            self.r.shuffle(ds)
            if ds[0] == 0:
                continue
            prod = 10
            for dd in ds:
                sm = (dd + prod) % 10
                if sm == 0:
                    sm = 10
                prod = (sm * 2) % 11
            chk = 11 - prod
            if chk == 10:
                chk = 0
            s = "".join(map(str, ds)) + str(chk)
            return "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:])

    def rv_nummer(self, last, dob, female):
        area = self.pick(["12", "13", "24", "28", "53", "65"])
        letter = fold(last).upper().replace(" ", "")[0]
        if letter == "V" and last.startswith("van"):
            letter = "V"
        serial = self.ri(50, 99) if female else self.ri(0, 49)
        digits = area + dob.strftime("%d%m%y") + "%02d" % (ord(letter) - 64) + "%02d" % serial
        w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
        tot = sum(sum(map(int, str(int(a) * b))) for a, b in zip(digits, w))
        return "%s %s %s %02d%d" % (area, dob.strftime("%d%m%y"), letter, serial, tot % 10)

    def de_idcard(self):
        al = "CFGHJKLMNPRTVWXYZ0123456789"
        body = self.pick("LMNPRTVWXY") + self.s(al, 8)
        vals = [int(c) if c.isdigit() else ord(c) - 55 for c in body]
        chk = sum(v * (7, 3, 1)[i % 3] for i, v in enumerate(vals)) % 10
        return body + str(chk)

    def de_passport(self):
        return "C" + self.s("CFGHJKLMNPRTVWXYZ0123456789", 8)

    def nir(self, female, dob):
        dept = self.ri(1, 95)
        while dept == 20:
            dept = self.ri(1, 95)
        s = "%d%02d%02d%02d%03d%03d" % (2 if female else 1, dob.year % 100, dob.month, dept,
                                        self.ri(1, 899), self.ri(1, 999))
        key = 97 - int(s) % 97
        return "%s %s %s %s %s %s %02d" % (s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:13], key)

    def dni(self):
        n = self.ri(10000000, 79999999)
        return "%08d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])

    def nie(self):
        pre = self.pick("XYZ")
        n = self.ri(1000000, 9999999)
        val = int(str("XYZ".index(pre)) + "%07d" % n)
        return "%s%07d%s" % (pre, n, "TRWAGMYFPDXBNJZSQVHLCKE"[val % 23])

    def bsn(self):
        while True:
            ds = [self.ri(1, 9)] + [self.ri(0, 9) for _ in range(7)]
            s = sum(dd * (9 - i) for i, dd in enumerate(ds))
            last = s % 11
            if last < 10:
                return "".join(map(str, ds)) + str(last)

    def pesel(self, dob, female):
        m = dob.month + (20 if dob.year >= 2000 else 0)
        ser = "%03d" % self.ri(0, 999)
        sex = self.pick("02468" if female else "13579")
        ds = "%02d%02d%02d%s%s" % (dob.year % 100, m, dob.day, ser, sex)
        w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
        c = (10 - sum(int(a) * b for a, b in zip(ds, w)) % 10) % 10
        return ds + str(c)

    def pl_nip(self):
        while True:
            ds = self.digits(9, True)
            c = sum(int(a) * b for a, b in zip(ds, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11
            if c < 10:
                s = ds + str(c)
                return "%s-%s-%s-%s" % (s[:3], s[3:6], s[6:8], s[8:])

    def pl_idcard(self):
        letters = self.s("ABCDEFGHJKLMNPRSTUVWXYZ", 3)
        digs = self.digits(5)
        vals = [ord(c) - 55 for c in letters] + [int(c) for c in digs]
        w = [7, 3, 1, 7, 3, 1, 7, 3]
        chk = sum(v * ww for v, ww in zip(vals, w)) % 10
        return "%s %d%s" % (letters, chk, digs)

    def aadhaar(self):
        body = str(self.ri(2, 9)) + self.digits(10)
        n = body + verhoeff_check(body)
        assert verhoeff_valid(n)
        return "%s %s %s" % (n[:4], n[4:8], n[8:])

    def pan(self, last):
        return self.s(UP, 3) + "P" + fold(last).upper()[0] + self.digits(4) + self.pick(UP)

    def cpf(self):
        n = [self.ri(0, 9) for _ in range(9)]
        for k in (10, 11):
            s = sum(a * b for a, b in zip(n, range(k, 1, -1)))
            n.append((s * 10) % 11 % 10)
        s = "".join(map(str, n))
        return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])

    def curp(self, first, pat, mat, dob, female, state="DF"):
        def clean(x):
            return "".join(c for c in fold(x).upper() if c.isalpha())
        P, M, N = clean(pat), clean(mat), clean(first.split()[0])
        vow = next((c for c in P[1:] if c in "AEIOU"), "X")
        s = P[0] + vow + M[0] + N[0] + dob.strftime("%y%m%d") + ("M" if female else "H") + state

        def ic(x):
            return next((c for c in x[1:] if c not in "AEIOU"), "X")
        s += ic(P) + ic(M) + ic(N) + (str(self.ri(0, 9)) if dob.year < 2000 else self.pick("ABCDE"))
        dic = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
        tot = sum(dic.index(c) * (18 - i) for i, c in enumerate(s))
        return s + str((10 - tot % 10) % 10)

    def tfn(self):
        w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
        while True:
            ds = [self.ri(1, 9)] + [self.ri(0, 9) for _ in range(7)]
            for last in range(10):
                if sum(a * b for a, b in zip(ds + [last], w)) % 11 == 0:
                    s = "".join(map(str, ds + [last]))
                    return "%s %s %s" % (s[:3], s[3:6], s[6:])

    def medicare_au(self):
        ds = [self.ri(2, 6)] + [self.ri(0, 9) for _ in range(7)]
        c = sum(a * b for a, b in zip(ds, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
        s = "".join(map(str, ds)) + str(c) + str(self.ri(1, 5))
        return "%s %s %s" % (s[:4], s[4:9], s[9])

    def sin_ca(self):
        first = self.pick("1234567")
        n = luhn_complete(first + self.digits(7))
        return "%s %s %s" % (n[:3], n[3:6], n[6:])

    def za_id(self, dob, female):
        g = self.ri(0, 4999) if female else self.ri(5000, 9999)
        n = luhn_complete(dob.strftime("%y%m%d") + "%04d" % g + "08")
        return n

    def my_number(self):
        ds = [self.ri(0, 9) for _ in range(11)]
        tot = 0
        for n in range(1, 12):
            q = n + 1 if n <= 6 else n - 5
            tot += ds[11 - n] * q
        rem = tot % 11
        c = 0 if rem <= 1 else 11 - rem
        s = "".join(map(str, ds)) + str(c)
        return "%s %s %s" % (s[:4], s[4:8], s[8:])

    def kr_rrn(self, dob, female):
        g = (3 if dob.year >= 2000 else 1) + (1 if female else 0)
        ds = dob.strftime("%y%m%d") + str(g) + self.digits(5)
        w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
        c = (11 - sum(int(a) * b for a, b in zip(ds, w)) % 11) % 10
        return ds[:6] + "-" + ds[6:] + str(c)

    def cn_id(self, dob, female):
        region = self.pick(["110101", "310115", "440305", "330106", "510104"])
        seq = self.ri(10, 99) * 10 + self.pick([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9])
        body = region + dob.strftime("%Y%m%d") + "%03d" % seq
        w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        return body + "10X98765432"[sum(int(a) * b for a, b in zip(body, w)) % 11]

    def tckn(self):
        d = [self.ri(1, 9)] + [self.ri(0, 9) for _ in range(8)]
        d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
        d.append(d10)
        d.append(sum(d) % 10)
        return "".join(map(str, d))

    def snils(self):
        n = self.ri(2000000, 999999999)
        s = "%09d" % n
        tot = sum(int(c) * (9 - i) for i, c in enumerate(s))
        if tot < 100:
            cs = tot
        elif tot in (100, 101):
            cs = 0
        else:
            cs = tot % 101
            if cs == 100:
                cs = 0
        return "%s-%s-%s %02d" % (s[:3], s[3:6], s[6:], cs)

    def inn_ru(self):
        ds = [int(c) for c in self.pick(["77", "78", "50", "16"]) + self.digits(8)]
        n11 = sum(a * b for a, b in zip(ds, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10
        ds.append(n11)
        n12 = sum(a * b for a, b in zip(ds, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10
        ds.append(n12)
        return "".join(map(str, ds))

    def mrz_td3(self, issuer, surname, given, number, nat, dob, female, expiry):
        def tr(x):
            for a, b in (("Ä", "AE"), ("Ö", "OE"), ("Ü", "UE"), ("ä", "AE"), ("ö", "OE"), ("ü", "UE")):
                x = x.replace(a, b)
            return fold(x).upper().replace(" ", "<").replace("-", "<").replace("'", "")
        name = tr(surname) + "<<" + tr(given)
        l1 = ("P<" + issuer + name).ljust(44, "<")[:44]
        num = number.ljust(9, "<")
        pn = "<" * 14
        parts = [num + mrz_check(num), nat, dob.strftime("%y%m%d") + mrz_check(dob.strftime("%y%m%d")),
                 "F" if female else "M", expiry.strftime("%y%m%d") + mrz_check(expiry.strftime("%y%m%d")),
                 pn + "<"]
        l2 = "".join(parts)
        comp = l2[0:10] + l2[13:20] + l2[21:43]
        l2 = l2 + mrz_check(comp)
        assert len(l1) == 44 and len(l2) == 44, (l1, l2)
        return l1, l2


# ---------------------------------------------------------------- case registry
class Group(object):
    """Collects case functions in definition order for one group."""

    def __init__(self, name, seed):
        self.name = name
        self.seed = seed
        self.items = []

    def pos(self, form, n=1):
        def deco(fn):
            self.items.append((form, True, n, fn))
            return fn
        return deco

    def neg(self, form, n=1):
        def deco(fn):
            self.items.append((form, False, n, fn))
            return fn
        return deco

    def build(self):
        g = Gen(self.seed)
        counters = {}
        out = []
        for form, positive, n, fn in self.items:
            for i in range(n):
                res = fn(g, i)
                if positive:
                    text, secrets = res
                else:
                    text, secrets = res, []
                key = (form, positive)
                counters[key] = counters.get(key, 0) + 1
                cid = "%s.%s.%s%02d" % (self.name, form, "p" if positive else "n", counters[key])
                seen = []
                for s_ in secrets:
                    if s_ not in seen:
                        seen.append(s_)
                out.append({"id": cid, "group": self.name, "form": "%s/%s" % (self.name, form),
                            "text": text, "secrets": seen})
        return out
