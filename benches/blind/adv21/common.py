"""Shared fake-value generators for blind set adv21 (Python 3 stdlib only).

Every function takes an explicit random.Random so each group stays deterministic.
All values are freshly generated fakes that follow publicly documented shapes.
"""
import base64
import json
import string
import unicodedata
import zlib

DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
HEX = DIG + 'abcdef'
HEXU = DIG + 'ABCDEF'
ALNUM = UP + LO + DIG
B62 = DIG + UP + LO
URLSAFE = ALNUM + '-_'
B64C = ALNUM + '+/'
B32C = UP + '234567'
BECH32 = 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L'
BAD = ('EXAMPLE', 'XXXX', 'YOUR-', 'YOUR_', 'CHANGEME', '${', '<YOUR', '1234567')


def is_clean(s):
    u = s.upper()
    return not any(b in u for b in BAD)


def rs(rng, n, alpha=ALNUM):
    while True:
        s = ''.join(rng.choice(alpha) for _ in range(n))
        if is_clean(s):
            return s


def rb(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def digits(rng, n, lead=True):
    s = rs(rng, n, DIG)
    if lead and s[0] == '0':
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def hexs(rng, n, upper=False):
    return rs(rng, n, HEXU if upper else HEX)


def b64(b):
    return base64.b64encode(b).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip('=')


def uuid4(rng):
    h = hexs(rng, 32)
    h = h[:12] + '4' + h[13:16] + rng.choice('89ab') + h[17:]
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b62(n, width=6):
    out = ''
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, '0')


def crc_tok(rng, prefix):
    """GitHub / npm style: prefix + 30 base62 chars + base62(CRC32(body)) padded to 6."""
    body = rs(rng, 30)
    return prefix + body + b62(zlib.crc32(body.encode()) & 0xffffffff)


def cjson(obj):
    return json.dumps(obj, separators=(',', ':'))


# ----------------------------------------------------------------- provider tokens
def _discord(r):
    uid = digits(r, 18)
    return b64u(uid.encode()) + '.' + rs(r, 6, URLSAFE) + '.' + rs(r, 38, URLSAFE)


def _mapbox(r):
    user = r.choice(['tidewater-maps', 'kjellberg', 'routeplan', 'orbis-geo'])
    return 'sk.' + b64u(cjson({'u': user, 'a': rs(r, 25, LO + DIG)}).encode()) + '.' + rs(r, 22, URLSAFE)


def _cf_tunnel(r):
    return b64(cjson({'a': hexs(r, 32), 't': uuid4(r), 's': b64(rb(r, 32))}).encode())


def _op_service(r):
    body = {'signInAddress': 'my.1password.com', 'userAuth': {'method': 'SRPg-4096', 'alg': 'PBES2g-HS256',
            'iterations': 650000, 'salt': b64u(rb(r, 16))}, 'email': rs(r, 26, LO + DIG) + '@1passwordserviceaccounts.com',
            'srpX': hexs(r, 64), 'muk': {'alg': 'A256GCM', 'ext': True, 'k': b64u(rb(r, 32)), 'key_ops': ['encrypt', 'decrypt'],
            'kty': 'oct', 'kid': 'mp'}, 'secretKey': 'A3-' + rs(r, 6, UP + DIG) + '-' + rs(r, 6, UP + DIG), 'deviceUuid': rs(r, 26, LO + DIG)}
    return 'ops_' + b64u(cjson(body).encode())


def _jfrog_ref(r):
    return b64(('reftkn:01:%s:%s' % (digits(r, 10), rs(r, 27))).encode()).rstrip('=')


TOKENS = {
    'stripe_sk': lambda r: 'sk_live_51' + rs(r, 22) + rs(r, 75),
    'stripe_rk': lambda r: 'rk_live_51' + rs(r, 22) + rs(r, 75),
    'stripe_whsec': lambda r: 'whsec_' + rs(r, 32),
    'github_pat': lambda r: crc_tok(r, 'ghp_'),
    'github_oauth': lambda r: crc_tok(r, 'gho_'),
    'github_app': lambda r: crc_tok(r, 'ghs_'),
    'github_refresh': lambda r: crc_tok(r, 'ghr_'),
    'github_fg': lambda r: 'github_pat_11' + rs(r, 20, UP + DIG) + '_' + rs(r, 59),
    'gitlab_pat': lambda r: 'glpat-' + rs(r, 20, URLSAFE),
    'gitlab_runner': lambda r: 'glrt-' + rs(r, 20, URLSAFE),
    'gitlab_deploy': lambda r: 'gldt-' + rs(r, 20, URLSAFE),
    'slack_bot': lambda r: 'xoxb-%s-%s-%s' % (digits(r, 12), digits(r, 13), rs(r, 24)),
    'slack_user': lambda r: 'xoxp-%s-%s-%s-%s' % (digits(r, 12), digits(r, 12), digits(r, 13), hexs(r, 32)),
    'slack_app': lambda r: 'xapp-1-A%s-%s-%s' % (rs(r, 10, UP + DIG), digits(r, 13), hexs(r, 64)),
    'slack_webhook': lambda r: 'https://hooks.slack.com/services/T%s/B%s/%s' % (rs(r, 8, UP + DIG), rs(r, 10, UP + DIG), rs(r, 24)),
    'aws_akid': lambda r: 'AKIA' + rs(r, 16, B32C),
    'aws_asia': lambda r: 'ASIA' + rs(r, 16, B32C),
    'aws_secret': lambda r: rs(r, 40, ALNUM + '/+'),
    'aws_session': lambda r: 'IQoJb3JpZ2luX2VjE' + rs(r, 371, B64C) + '=',
    'google_api': lambda r: 'AIzaSy' + rs(r, 33, URLSAFE),
    'openai_proj': lambda r: 'sk-proj-' + rs(r, 74, URLSAFE) + 'T3BlbkFJ' + rs(r, 74, URLSAFE),
    'openai_svc': lambda r: 'sk-svcacct-' + rs(r, 74, URLSAFE) + 'T3BlbkFJ' + rs(r, 74, URLSAFE),
    'anthropic': lambda r: 'sk-ant-api03-' + rs(r, 93, URLSAFE) + 'AA',
    'hf': lambda r: 'hf_' + rs(r, 34, UP + LO),
    'sendgrid': lambda r: 'SG.' + rs(r, 22, URLSAFE) + '.' + rs(r, 43, URLSAFE),
    'twilio_sid': lambda r: 'AC' + hexs(r, 32),
    'twilio_key': lambda r: 'SK' + hexs(r, 32),
    'hex32': lambda r: hexs(r, 32),
    'hex40': lambda r: hexs(r, 40),
    'mailgun': lambda r: 'key-' + hexs(r, 32),
    'mailchimp': lambda r: hexs(r, 32) + '-us' + str(r.randint(2, 21)),
    'uuid': uuid4,
    'brevo': lambda r: 'xkeysib-' + hexs(r, 64) + '-' + rs(r, 16),
    'resend': lambda r: 're_' + rs(r, 8) + '_' + rs(r, 24),
    'mailersend': lambda r: 'mlsn.' + hexs(r, 64),
    'newrelic_user': lambda r: 'NRAK-' + rs(r, 27, UP + DIG),
    'newrelic_license': lambda r: hexs(r, 36) + 'NRAL',
    'sentry_user': lambda r: 'sntryu_' + hexs(r, 64),
    'pagerduty': lambda r: 'u+' + rs(r, 18, URLSAFE),
    'circleci': lambda r: 'CCIPAT_' + rs(r, 22) + '_' + hexs(r, 40),
    'buildkite': lambda r: 'bkua_' + hexs(r, 40),
    'npm': lambda r: crc_tok(r, 'npm_'),
    'pypi': lambda r: 'pypi-AgEIcHlwaS5vcmcCJ' + rs(r, 160, URLSAFE),
    'rubygems': lambda r: 'rubygems_' + hexs(r, 48),
    'nuget': lambda r: 'oy2' + rs(r, 43, LO + DIG),
    'dockerhub': lambda r: 'dckr_pat_' + rs(r, 27, URLSAFE),
    'shopify_at': lambda r: 'shpat_' + hexs(r, 32),
    'shopify_ss': lambda r: 'shpss_' + hexs(r, 32),
    'do': lambda r: 'dop_v1_' + hexs(r, 64),
    'linear': lambda r: 'lin_api_' + rs(r, 40),
    'notion': lambda r: 'ntn_' + digits(r, 11) + rs(r, 35),
    'airtable': lambda r: 'pat' + rs(r, 14) + '.' + hexs(r, 64),
    'atlassian': lambda r: 'ATATT3xFfGF0' + rs(r, 170, URLSAFE) + '=' + hexs(r, 8, True),
    'figma': lambda r: 'figd_' + rs(r, 40, URLSAFE),
    'cloudflare': lambda r: rs(r, 40, URLSAFE),
    'fastly': lambda r: rs(r, 32, URLSAFE),
    'vercel': lambda r: rs(r, 24),
    'netlify': lambda r: 'nfp_' + rs(r, 36),
    'heroku': lambda r: 'HRKU-AA' + rs(r, 58, URLSAFE),
    'supabase_pat': lambda r: 'sbp_' + hexs(r, 40),
    'pscale_tkn': lambda r: 'pscale_tkn_' + rs(r, 43, ALNUM + '_'),
    'pscale_pw': lambda r: 'pscale_pw_' + rs(r, 43, ALNUM + '_'),
    'tailscale': lambda r: 'tskey-auth-k' + rs(r, 10) + 'CNTRL-' + rs(r, 33),
    'tailscale_api': lambda r: 'tskey-api-k' + rs(r, 10) + 'CNTRL-' + rs(r, 33),
    'vault': lambda r: 'hvs.CAESI' + rs(r, 86, URLSAFE),
    'tfc': lambda r: rs(r, 14) + '.atlasv1.' + rs(r, 67),
    'doppler_st': lambda r: 'dp.st.prd.' + rs(r, 40),
    'doppler_pt': lambda r: 'dp.pt.' + rs(r, 43),
    'grafana_sa': lambda r: 'glsa_' + rs(r, 32) + '_' + hexs(r, 8),
    'ld_api': lambda r: 'api-' + uuid4(r),
    'ld_sdk': lambda r: 'sdk-' + uuid4(r),
    'contentful': lambda r: 'CFPAT-' + rs(r, 43, URLSAFE),
    'postman': lambda r: 'PMAK-' + hexs(r, 24) + '-' + hexs(r, 34),
    'segment': lambda r: rs(r, 32),
    'posthog': lambda r: 'phx_' + rs(r, 47),
    'replicate': lambda r: 'r8_' + rs(r, 37),
    'groq': lambda r: 'gsk_' + rs(r, 52),
    'pinecone': lambda r: 'pcsk_' + rs(r, 6) + '_' + rs(r, 63),
    'cohere': lambda r: rs(r, 40),
    'mistral': lambda r: rs(r, 32),
    'elevenlabs': lambda r: 'sk_' + hexs(r, 48),
    'telegram': lambda r: '%s:AA%s' % (digits(r, 10), rs(r, 33, URLSAFE)),
    'discord_bot': _discord,
    'discord_webhook': lambda r: 'https://discord.com/api/webhooks/%s/%s' % (digits(r, 19), rs(r, 68, URLSAFE)),
    'okta': lambda r: '00' + rs(r, 40, URLSAFE),
    'auth0_secret': lambda r: rs(r, 64, URLSAFE),
    'square': lambda r: 'EAAA' + rs(r, 60, URLSAFE),
    'braintree': lambda r: 'access_token$production$%s$%s' % (rs(r, 16, LO + DIG), hexs(r, 32)),
    'razorpay_id': lambda r: 'rzp_live_' + rs(r, 14),
    'razorpay_secret': lambda r: rs(r, 24),
    'paystack': lambda r: 'sk_live_' + hexs(r, 40),
    'flutterwave': lambda r: 'FLWSECK-' + hexs(r, 32) + '-X',
    'asana': lambda r: '2/%s/%s:%s' % (digits(r, 16), digits(r, 16), hexs(r, 32)),
    'zendesk': lambda r: rs(r, 40),
    'intercom': lambda r: b64(('tok:%s:1:0' % uuid4(r)).encode()).rstrip('='),
    'sonar': lambda r: 'squ_' + hexs(r, 40),
    'jfrog_ref': _jfrog_ref,
    'artifactory': lambda r: 'AKCp' + rs(r, 69),
    'azure_storage': lambda r: b64(rb(r, 64)),
    'azure_client_secret': lambda r: rs(r, 3) + '8Q~' + rs(r, 34, ALNUM + '_~.-'),
    'fcm': lambda r: 'AAAA' + rs(r, 7, URLSAFE) + ':APA91b' + rs(r, 134, URLSAFE),
    'dropbox': lambda r: 'sl.B' + rs(r, 134, URLSAFE),
    'pulumi': lambda r: 'pul-' + hexs(r, 40),
    'render': lambda r: 'rnd_' + rs(r, 32),
    'fly': lambda r: 'FlyV1 fm2_' + b64(rb(r, 180)).rstrip('='),
    'databricks': lambda r: 'dapi' + hexs(r, 32),
    'prefect': lambda r: 'pnu_' + rs(r, 36),
    'upstash': lambda r: 'AX' + rs(r, 2) + 'AAIj' + b64(rb(r, 48)).rstrip('='),
    'mapbox_sk': _mapbox,
    'cloudinary_secret': lambda r: rs(r, 27, URLSAFE),
    'cf_tunnel': _cf_tunnel,
    'op_service': _op_service,
    'age': lambda r: 'AGE-SECRET-KEY-1' + rs(r, 58, BECH32),
    'pusher_secret': lambda r: hexs(r, 20),
    'ably': lambda r: '%s.%s:%s' % (rs(r, 6), rs(r, 6), rs(r, 43, URLSAFE)),
    'typeform': lambda r: 'tfp_' + rs(r, 44) + '_' + rs(r, 14),
    'bitbucket': lambda r: 'ATBB' + rs(r, 32),
    'sanity': lambda r: 'sk' + rs(r, 80),
    'infracost': lambda r: 'ico-' + rs(r, 32),
    'plaid_secret': lambda r: hexs(r, 30),
    'neon_pw': lambda r: 'npg_' + rs(r, 12),
    'sentry_dsn_key': lambda r: hexs(r, 32),
    'django_secret': lambda r: rs(r, 50, LO + DIG + '!@#%^&*(-_=+)'),
    'rails_skb': lambda r: hexs(r, 128),
    'laravel_key': lambda r: 'base64:' + b64(rb(r, 32)),
    'b64_32': lambda r: b64(rb(r, 32)),
    'b64_64': lambda r: b64(rb(r, 64)),
}


def tok(rng, kind):
    while True:
        t = TOKENS[kind](rng)
        if is_clean(t):
            return t


# ------------------------------------------------------------------------ JWT / PEM
def jwt(rng, payload, alg='HS256', kid=None):
    hdr = {'alg': alg, 'typ': 'JWT'}
    if kid:
        hdr['kid'] = kid
    sig = {'HS256': 32, 'HS384': 48, 'HS512': 64, 'RS256': 256, 'ES256': 64, 'EdDSA': 64}[alg]
    return b64u(cjson(hdr).encode()) + '.' + b64u(cjson(payload).encode()) + '.' + b64u(rb(rng, sig))


def _dlen(n):
    if n < 128:
        return bytes([n])
    if n < 256:
        return b'\x81' + bytes([n])
    return b'\x82' + n.to_bytes(2, 'big')


def _seq(body):
    return b'\x30' + _dlen(len(body)) + body


def _int(rng, n):
    v = bytes([rng.randrange(0x80, 0x100)]) + rb(rng, n - 1)
    return b'\x02' + _dlen(n + 1) + b'\x00' + v


def der_rsa_pkcs1(rng, nbytes=256):
    h = nbytes // 2
    return _seq(b'\x02\x01\x00' + _int(rng, nbytes) + b'\x02\x03\x01\x00\x01' + _int(rng, nbytes)
                + b''.join(_int(rng, h) for _ in range(5)))


def der_rsa_pkcs8(rng, nbytes=256):
    inner = der_rsa_pkcs1(rng, nbytes)
    alg = _seq(b'\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00')
    return _seq(b'\x02\x01\x00' + alg + b'\x04' + _dlen(len(inner)) + inner)


def der_ec(rng):
    return _seq(b'\x02\x01\x01\x04\x20' + rb(rng, 32) + b'\xa0\x0a\x06\x08\x2a\x86\x48\xce\x3d\x03\x01\x07'
                + b'\xa1\x44\x03\x42\x00\x04' + rb(rng, 64))


def der_ed25519(rng):
    return bytes.fromhex('302e020100300506032b657004220420') + rb(rng, 32)


def _sshstr(b):
    return len(b).to_bytes(4, 'big') + b


def openssh_ed25519(rng, comment='deploy'):
    pub = rb(rng, 32)
    pubblob = _sshstr(b'ssh-ed25519') + _sshstr(pub)
    chk = rb(rng, 4)
    priv = chk + chk + pubblob + _sshstr(rb(rng, 32) + pub) + _sshstr(comment.encode())
    priv += bytes(range(1, 1 + (-len(priv)) % 8))
    raw = (b'openssh-key-v1\x00' + _sshstr(b'none') + _sshstr(b'none') + _sshstr(b'') + (1).to_bytes(4, 'big')
           + _sshstr(pubblob) + _sshstr(priv))
    return raw


def pem(label, der, width=64):
    body = b64(der)
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    return '-----BEGIN %s-----\n%s\n-----END %s-----' % (label, '\n'.join(lines), label)


def pem_key(rng, kind='rsa'):
    if kind == 'rsa':
        return pem('RSA PRIVATE KEY', der_rsa_pkcs1(rng))
    if kind == 'pkcs8':
        return pem('PRIVATE KEY', der_rsa_pkcs8(rng))
    if kind == 'ec':
        return pem('EC PRIVATE KEY', der_ec(rng))
    if kind == 'ed25519':
        return pem('PRIVATE KEY', der_ed25519(rng))
    return pem('OPENSSH PRIVATE KEY', openssh_ed25519(rng), 70)


def pem_secrets(text):
    """First, middle and last body lines of a PEM block (each must disappear)."""
    body = [l for l in text.replace('\\n', '\n').split('\n') if l and not l.startswith('-----')]
    picks = [body[0], body[len(body) // 2], body[-1]]
    out = []
    for p in picks:
        p = p.strip().strip('"')
        if len(p) >= 6 and p not in out:
            out.append(p)
    return out


# ------------------------------------------------------------------------ passwords
WORDS = ('amber anchor apple arrow autumn badger banjo basil beacon biscuit blossom bramble breeze bronze cactus '
         'candle canyon captain carrot castle cedar cherry cobalt comet copper coral cricket crimson dolphin dragon '
         'ember falcon fennel ferry forest fossil galaxy garden ginger glacier granite harbor hazel honey island '
         'jasmine jungle kettle lantern lemon lilac lobster maple marble meadow mango marlin meteor mirror monkey '
         'nectar nutmeg ocean olive orbit orchid otter panda pepper pebble pickle pilot planet pumpkin quartz rabbit '
         'raven river rocket saffron salmon sandal shadow silver sparrow spruce summer sunset thunder tiger timber '
         'tulip turtle velvet violet walnut willow winter zebra').split()
LEET = {'a': '4', 'e': '3', 'i': '1', 'o': '0', 's': '5', 't': '7'}
SYM = '!@#%^*-_=+?.~'
SYM_URL = '!*-_.~'


def leet(rng, w):
    return ''.join(LEET[c] if c in LEET and rng.random() < 0.6 else c for c in w)


def password(rng, kind=None, urlsafe=False):
    sym = SYM_URL if urlsafe else SYM
    kind = kind or rng.choice(['phrase', 'random', 'leet', 'short'])
    while True:
        if kind == 'phrase':
            ws = [rng.choice(WORDS) for _ in range(rng.choice([3, 4]))]
            ws = [w.capitalize() if rng.random() < 0.6 else w for w in ws]
            p = rng.choice(['-', '.', '_', '']).join(ws) + rng.choice(['', str(rng.randint(2, 99)), rng.choice(sym) + str(rng.randint(0, 9))])
        elif kind == 'random':
            p = rs(rng, rng.randint(14, 22), ALNUM + sym * 2)
            if not (any(c in sym for c in p) and any(c.isdigit() for c in p)):
                continue
        elif kind == 'leet':
            p = leet(rng, rng.choice(WORDS)).capitalize() + rng.choice(sym) + str(rng.randint(10, 2024))
        else:
            p = rng.choice(WORDS).capitalize() + rng.choice(WORDS) + str(rng.randint(1, 99)) + rng.choice(sym)
            p = p[:16]
        if 10 <= len(p) <= 40 and is_clean(p):
            return p




# ------------------------------------------------------------------------ case collector
class Group:
    """Collects cases for one group; ids are <group>.<form>.pNN / .nNN with per-group counters."""

    def __init__(self, name):
        self.name, self.cases, self.np, self.nn = name, [], 0, 0

    def _add(self, form, text, secrets, kind, n):
        out = []
        for x in secrets:
            if x not in out:
                out.append(x)
        self.cases.append({'id': '%s.%s.%s%02d' % (self.name, form, kind, n), 'group': self.name,
                           'form': '%s/%s' % (self.name, form), 'text': text, 'secrets': out})

    def pos(self, form, text, secrets):
        self.np += 1
        self._add(form, text, secrets, 'p', self.np)

    def neg(self, form, text):
        self.nn += 1
        self._add(form, text, [], 'n', self.nn)

# personal-data generators (names, phones, national IDs, cards, IBANs) live in common_pii.py
from common_pii import *  # noqa: E402,F401,F403
