"""Group neg: 32 look-alikes (hashes, ids, public keys, placeholders, masks, docs) that must be left byte-identical."""
import base64
import hashlib
import json
import random
import struct
import zlib

from common import Group, rb, rs, b64, luhn_ok, HEX, DIG

SEED = 21008
NAME = 'neg'
CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'


def _len(n):
    if n < 128:
        return bytes([n])
    if n < 256:
        return b'\x81' + bytes([n])
    return b'\x82' + n.to_bytes(2, 'big')


def tlv(tag, body):
    return bytes([tag]) + _len(len(body)) + body


def seq(*parts):
    return tlv(0x30, b''.join(parts))


def oid(hexstr):
    return tlv(0x06, bytes.fromhex(hexstr))


def name(cn, org, c):
    rdn = lambda o, tag, v: tlv(0x31, seq(oid(o), tlv(tag, v.encode())))
    return seq(rdn('550406', 0x13, c), rdn('55040a', 0x0c, org), rdn('550403', 0x0c, cn))


def png(w, h, rng):
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    base = [rng.randint(40, 220) for _ in range(3)]
    raw = b''.join(b'\x00' + b''.join(bytes([min(255, base[0] + x * 4), min(255, base[1] + y * 4), base[2], 255]) for x in range(w))
                   for y in range(h))
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 6, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def build():
    r = random.Random(SEED)
    g = Group(NAME)

    def hx(n):
        while True:
            s = rs(r, n, HEX)
            run = max(len(x) for x in ''.join(c if c in DIG else ' ' for c in s).split(' ') + [''])
            if run < 10:
                return s

    def nonluhn(s):
        return s if not luhn_ok(s) else s[:-1] + str((int(s[-1]) + 1) % 10)

    def wrap(s, w=64):
        return '\n'.join(s[i:i + w] for i in range(0, len(s), w))

    sha = [hx(40) for _ in range(5)]
    g.neg('git_sha_log', '$ git log --oneline -4\n%s (HEAD -> main, origin/main) fix: retry S3 uploads on 503\n%s chore(deps): bump axios to 1.6.8\n'
          '%s feat(billing): prorate seat changes\n%s docs: explain rotation runbook\n$ git show --stat HEAD | head -1\ncommit %s\n'
          '$ git rev-parse HEAD~4\n%s\n' % (sha[0][:7], sha[1][:7], sha[2][:7], sha[3][:7], sha[0], sha[4]))

    d1, d2 = hx(64), hx(64)
    g.neg('sha256_image_digest', '$ docker pull ghcr.io/corvid/checkout@sha256:%s\nghcr.io/corvid/checkout@sha256:%s: Pulling from corvid/checkout\n'
          'Digest: sha256:%s\nStatus: Downloaded newer image for ghcr.io/corvid/checkout@sha256:%s\n' % (d1, d1, d1, d1)
          + 'layer sha256:%s  12.4MB\n' % d2)

    s1, s2 = b64(hashlib.sha384(rb(r, 64)).digest()), b64(hashlib.sha384(rb(r, 64)).digest())
    g.neg('sri_integrity', '<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css"\n'
          '      integrity="sha384-%s" crossorigin="anonymous">\n<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"\n'
          '        integrity="sha384-%s" crossorigin="anonymous"></script>\n' % (s1, s2))

    pk = {'node_modules/%s' % n: {'version': v, 'resolved': 'https://registry.npmjs.org/%s/-/%s-%s.tgz' % (n, n.split('/')[-1], v),
                                   'integrity': 'sha512-' + b64(hashlib.sha512(rb(r, 32)).digest()), 'license': 'MIT'}
          for n, v in (('axios', '1.6.8'), ('follow-redirects', '1.15.6'), ('form-data', '4.0.0'))}
    g.neg('lockfile_integrity', json.dumps({'name': 'checkout-web', 'lockfileVersion': 3, 'requires': True, 'packages': pk}, indent=2) + '\n')

    ulid = '01J' + rs(r, 23, CROCKFORD)
    g.neg('request_ids', 'x-request-id: %s-%s-4%s-a%s-%s\nx-correlation-id: %s\ntraceparent: 00-%s-%s-01\nX-Amzn-Trace-Id: Root=1-65f02a3e-%s\n'
          'x-b3-traceid: %s\nspan_id=%s trace_flags=01\n' % (hx(8), hx(4), hx(3), hx(3), hx(12), ulid, hx(32), hx(16), hx(24), hx(16), hx(16)))

    ed_spki = bytes.fromhex('302a300506032b6570032100') + rb(r, 32)
    mod = b'\x00' + bytes([r.randint(0xc0, 0xff)]) + rb(r, 255)
    rsa_pub = seq(tlv(0x02, mod), tlv(0x02, b'\x01\x00\x01'))
    rsa_spki = seq(seq(oid('2a864886f70d010101'), b'\x05\x00'), tlv(0x03, b'\x00' + rsa_pub))
    g.neg('pem_public_keys', '# JWKS rotation: public halves only, safe to publish\n-----BEGIN PUBLIC KEY-----\n%s\n-----END PUBLIC KEY-----\n\n'
          '-----BEGIN PUBLIC KEY-----\n%s\n-----END PUBLIC KEY-----\n' % (wrap(b64(ed_spki)), wrap(b64(rsa_spki))))

    sshstr = lambda b: struct.pack('>I', len(b)) + b
    ed = b64(sshstr(b'ssh-ed25519') + sshstr(rb(r, 32)))
    rsa = b64(sshstr(b'ssh-rsa') + sshstr(b'\x01\x00\x01') + sshstr(b'\x00' + bytes([r.randint(0xc0, 0xff)]) + rb(r, 383)))
    g.neg('ssh_public_keys', '# ~/.ssh/authorized_keys on bastion-eu\nssh-ed25519 %s deploy-key-ci\nssh-rsa %s backup-runner-2019\n'
          'ssh-ed25519 %s laptop-marta\n' % (ed, rsa, b64(sshstr(b'ssh-ed25519') + sshstr(rb(r, 32)))))

    alg = seq(oid('2a864886f70d01010b'), b'\x05\x00')
    tbs = seq(tlv(0xa0, tlv(0x02, b'\x02')), tlv(0x02, b'\x4a' + rb(r, 19)), alg, name('Corvid Internal Issuing CA 2', 'Corvid GmbH', 'DE'),
              seq(tlv(0x17, b'250101000000Z'), tlv(0x17, b'260401235959Z')), name('checkout.corvid.io', 'Corvid GmbH', 'DE'), rsa_spki)
    cert = seq(tbs, alg, tlv(0x03, b'\x00' + rb(r, 256)))
    g.neg('x509_certificate', '$ openssl s_client -connect checkout.corvid.io:443 -showcerts </dev/null 2>/dev/null | sed -n "/BEGIN/,/END/p"\n'
          '-----BEGIN CERTIFICATE-----\n%s\n-----END CERTIFICATE-----\n' % wrap(b64(cert)))

    g.neg('placeholder_env_example', '# .env.example — copy to .env and fill in\nAPI_KEY=<API_KEY>\nAPP_SECRET=${APP_SECRET}\n'
          'STRIPE_SECRET_KEY=sk_live_your_key_here\nGITHUB_TOKEN=ghp_...\nDATABASE_URL=postgres://HOST:5432/DB   # credentials via PGUSER / PGPASSWORD\n'
          'SMTP_PASSWORD=changeme\nOPENAI_API_KEY=sk-...\n')
    g.neg('helm_values_template', 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: {{ include "checkout.fullname" . }}\ntype: Opaque\ndata:\n'
          '  token: {{ .Values.token | b64enc | quote }}\n  db-password: {{ required "db.password is required" .Values.db.password | b64enc }}\n'
          '  api-key: {{ .Values.apiKey | default "" | b64enc }}\n')
    g.neg('env_references_code', 'const key = process.env.STRIPE_SECRET_KEY;            // node\napi_key = os.getenv("OPENAI_API_KEY")                 # python\n'
          'String pw = System.getenv("DB_PASSWORD");            // java\ntoken = ENV.fetch("GITHUB_TOKEN")                      # ruby\n'
          'let secret = std::env::var("JWT_SECRET")?;           // rust\n$apiKey = $env:AZURE_OPENAI_KEY                      # powershell\n')

    vault = '\n'.join('          ' + hx(80) for _ in range(5))
    g.neg('ansible_vault_reference', 'db_user: checkout\ndb_password: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n%s\nsmtp_password: '
          '"{{ vault_smtp_password }}"\nstripe_key: "{{ lookup(\'community.hashi_vault.hashi_vault\', \'secret/data/stripe:key\') }}"\n' % vault)
    g.neg('k8s_secret_refs', 'env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: checkout-db\n        key: password\n'
          '  - name: STRIPE_SECRET_KEY\n    valueFrom:\n      secretKeyRef: {name: stripe, key: secret-key}\nenvFrom:\n  - secretRef:\n'
          '      name: checkout-shared\npostgresql:\n  auth:\n    existingSecret: checkout-db\n    secretKeys:\n      adminPasswordKey: postgres-password\n')
    g.neg('masked_values', 'Stripe live secret key   sk_live_••••••••••••••••••••••••9fQa   (created Feb 3)\nGitHub token             ghp_************************************\n'
          'AWS access key           AKIA************XY7Q\nCard on file             •••• •••• •••• 4242   exp 08/27\nWi-Fi password           ********   [show]\n')
    g.neg('password_policy', 'Password requirements\n- At least 12 characters; passphrases of four or more words are encouraged.\n'
          '- Must not contain your username, the company name or a previously used password.\n- Rotated every 365 days, or immediately after a suspected compromise.\n'
          '- Multi-factor authentication is mandatory for VPN, e-mail and the HR portal.\n')
    g.neg('password_reset_instructions', 'Subject: Reset your password\n\nHi,\n\nWe received a request to reset the password for your Corvid account. '
          'Open the Corvid app and tap "Forgot password", then follow the steps. The reset link we send you expires after 30 minutes.\n\n'
          'If you did not ask for this, you can ignore this message; your password will not change.\n\n— Corvid Support\n')
    g.neg('version_strings', 'Python 3.11.7 (main, Dec  8 2023, 18:56:58) [GCC 11.4.0] on linux\nnode v20.11.1  npm 10.2.4\nOpenSSL 3.0.13 30 Jan 2024\n'
          'Linux 6.5.0-1015-azure x86_64\nMozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/122.0.6261.112 Safari/537.36\n'
          'terraform v1.7.4 on linux_amd64 + provider registry.terraform.io/hashicorp/aws v5.40.0\n')
    g.neg('build_numbers', 'Build #48213 (release/2025.03) succeeded in 14m 02s\nCI run 8129983312 / attempt 2\nversionCode 20250312\n'
          'buildId: 20250312.4\nimage tag: checkout:2025.03.12-rc2-g%s\nartifact: checkout-web-4.18.0+build.7731.zip\n' % sha[1][:8])
    g.neg('isbn_references', 'References\n[1] M. Kleppmann, Designing Data-Intensive Applications. ISBN 978-1-4493-7332-0.\n'
          '[2] B. Beyer et al., Site Reliability Engineering. ISBN 978-1-4919-2912-4.\n[3] R. Anderson, Security Engineering, 3rd ed. ISBN 978-1-119-64278-7.\n')
    ups = '1Z' + rs(r, 6, 'ABCDEFGHJKLMNPRTVWXY0123456789') + '%02d' % r.randint(1, 99) + rs(r, 8, DIG)
    g.neg('order_tracking_numbers', 'Order A-2025-004812 confirmed. Invoice INV-2025-0311-77.\nShipped with UPS, tracking %s\n'
          'Return authorisation RMA-88213, ticket #482133, PO 4500018822.\n' % ups)
    ms = nonluhn('1741774462118')
    ns = nonluhn('1741774462118204331')
    g.neg('timestamps', 'created_at: 2025-03-12T10:14:22.118Z\nupdated_at: Wed, 12 Mar 2025 10:14:22 +0000\nepoch: 1741774462\nepoch_ms: %s\n'
          'ts_nanos: %s\nlocal: 12.03.2025 11:14:22 CET\n' % (ms, ns))
    g.neg('colour_codes', ':root {\n  --brand: #1f6feb;\n  --brand-dark: #0b3d91;\n  --accent: rgb(255 122 69 / 90%);\n  --muted: hsl(215 14% 45%);\n'
          '  --bg: #f6f8fa;\n  --danger: #d1242f;\n}\n.btn-primary { background: var(--brand); border-color: #1a5fd0; }\n')
    img = b64(png(8, 8, r))
    g.neg('base64_png_image', '<img alt="status dot" width="8" height="8" src="data:image/png;base64,%s">\n' % img)
    txt = b64('Quarterly newsletter: the cafeteria reopens on Monday and the bike racks moved to the north entrance.'.encode())
    g.neg('base64_plain_text', json.dumps({'type': 'announcement', 'encoding': 'base64', 'body': txt}) + '\n')
    g.neg('minified_js', '!function(e,t){"object"==typeof exports&&"undefined"!=typeof module?module.exports=t():"function"==typeof define&&define.amd?'
          'define(t):(e="undefined"!=typeof globalThis?globalThis:e||self).dayjs=t()}(this,(function(){"use strict";var e=1e3,t=6e4,n=36e5,'
          'r="millisecond",i="second",s="minute",u="hour",a="day",o="week",c="month",f="quarter",h="year",d="date",l="Invalid Date",'
          '$=/^(\\d{4})[-/]?(\\d{1,2})?[-/]?(\\d{0,2})[Tt\\s]*(\\d{1,2})?:?(\\d{1,2})?:?(\\d{1,2})?[.:]?(\\d+)?$/;return function(){}}));\n')
    g.neg('scanner_regex_rules', '# .gitleaks.toml (excerpt)\n[[rules]]\nid = "github-pat"\nregex = \'\'\'ghp_[0-9a-zA-Z]{36}\'\'\'\n\n[[rules]]\n'
          'id = "aws-access-key"\nregex = \'\'\'(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\'\'\'\n\n[[rules]]\nid = "slack-bot"\n'
          'regex = \'\'\'xoxb-[0-9]{10,13}-[0-9]{10,13}-[a-zA-Z0-9]{24}\'\'\'\n\n[[rules]]\nid = "private-key"\n'
          'regex = \'\'\'-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY-----\'\'\'\n')
    g.neg('terraform_sensitive', 'Terraform will perform the following actions:\n\n  # aws_db_instance.checkout will be updated in-place\n'
          '  ~ resource "aws_db_instance" "checkout" {\n        id       = "checkout-prod"\n      ~ password = (sensitive value)\n'
          '        # (41 unchanged attributes hidden)\n    }\n\nChanges to Outputs:\n  ~ api_key = (sensitive value)\n')
    g.neg('redacted_log_lines', '2025-03-12T10:14:22Z INFO  auth: login ok user=[REDACTED] password=[REDACTED]\n'
          '2025-03-12T10:14:23Z DEBUG http: > Authorization: Bearer [FILTERED]\n2025-03-12T10:14:23Z DEBUG http: {"token":"***","refresh_token":"***"}\n'
          'Parameters: {"card_number"=>"[FILTERED]", "cvc"=>"[FILTERED]"}\n')
    g.neg('token_format_docs', 'Token formats\n\nPersonal access tokens start with the prefix ghp_ followed by 36 base62 characters; the last six '
          'characters are a CRC32 checksum, which lets scanners verify a candidate offline. Fine-grained tokens use the prefix github_pat_. '
          'AWS access key IDs begin with AKIA (long-term) or ASIA (temporary) and are 20 characters long; the matching secret is 40 characters. '
          'A JWT is three base64url segments separated by dots; the first segment usually decodes to {"alg":"HS256","typ":"JWT"}.\n')
    sums = '\n'.join('%s  %s' % (hx(64), f) for f in ('checkout-web-4.18.0-linux-amd64.tar.gz', 'checkout-web-4.18.0-linux-arm64.tar.gz',
                                                       'checkout-web-4.18.0-darwin-arm64.tar.gz'))
    g.neg('checksums_file', '$ cat SHA256SUMS\n%s\n$ sha256sum -c SHA256SUMS\ncheckout-web-4.18.0-linux-amd64.tar.gz: OK\n' % sums)
    g.neg('oauth_docs_placeholder', 'Exchange the authorization code for tokens:\n\n    curl -X POST https://oauth2.googleapis.com/token \\\n'
          '      -d code=AUTHORIZATION_CODE \\\n      -d client_id=YOUR_CLIENT_ID \\\n      -d client_secret=YOUR_CLIENT_SECRET \\\n'
          '      -d redirect_uri=https://app.corvid.io/oauth/callback \\\n      -d grant_type=authorization_code\n')
    skus = []
    while len(skus) < 3:
        body = '40' + rs(r, 10, DIG)
        chk = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
        ean = body + str(chk)
        if not luhn_ok(ean):
            skus.append(ean)
    g.neg('product_codes', 'SKU          EAN-13          Description\nCHK-MUG-011  %s   Mug, matte black, 350 ml\nCHK-TEE-204  %s   T-shirt, navy, M\n'
          'CHK-CAP-090  %s   Cap, embroidered logo\n' % tuple(skus))
    return g.cases
