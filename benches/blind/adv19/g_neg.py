"""Group neg: high-entropy and credential-shaped look-alikes that must be left alone."""
from common import *  # noqa: F401,F403
import base64
import hashlib
import json


def H(alg, s):
    return hashlib.new(alg, s.encode()).hexdigest()


def B64H(alg, s):
    return base64.b64encode(hashlib.new(alg, s.encode()).digest()).decode()


def build():
    g = Group("neg")
    r = g.r

    # ------------------------------------------------------------ git
    msgs = ["fix(api): retry idempotent requests on 502", "chore(deps): bump axios from 1.6.7 to 1.6.8",
            "feat(billing): prorate seat changes", "docs: explain rate limits", "refactor: extract token bucket",
            "test: cover webhook replay window"]
    log = "\n".join("%s %s" % (H("sha1", m)[:7], m) for m in msgs)
    g.n("git_sha", "$ git log --oneline -6\n" + log + "\n\nwhich of these commits could have introduced the 502 regression?")

    c1, c2 = H("sha1", "merge-4411"), H("sha1", "revert-4411")
    g.n("git_sha", f"""commit {c1}
Merge: {c1[:9]} {H("sha1", "parent-b")[:9]}
Author: release-bot
Date:   Mon Mar 11 09:02:14 2024 +0000

    Merge pull request #4411 from acme/fix/token-refresh

    Reverted in {c2} because of the session regression, re-applied here.""")

    g.n("git_sha", "\n".join("pick %s %s" % (H("sha1", "rb" + m)[:12], m) for m in msgs[:4])
        + "\n\n# Rebase 3f2a91c..a07be1d onto 3f2a91c (4 commands)\n# p, pick <commit> = use commit")

    # ------------------------------------------------------------ digests
    files = ["acme-cli_2.4.1_linux_amd64.tar.gz", "acme-cli_2.4.1_darwin_arm64.tar.gz", "acme-cli_2.4.1_windows_amd64.zip"]
    g.n("digests", "checksums.txt (sha256):\n" + "\n".join("%s  %s" % (H("sha256", f), f) for f in files)
        + "\n\nHow do I verify these on Windows?")

    g.n("digests", "SHA512SUMS\n" + "\n".join("%s *%s" % (H("sha512", f), f) for f in files[:2]))

    d1, d2 = H("sha256", "nginx:1.25.4"), H("sha256", "api:2.14.1")
    g.n("digests", f"""$ docker pull ghcr.io/acme/api:2.14.1
2.14.1: Pulling from acme/api
Digest: sha256:{d2}
Status: Downloaded newer image for ghcr.io/acme/api:2.14.1

# deployment.yaml
      containers:
        - name: proxy
          image: nginx@sha256:{d1}""")

    g.n("digests", f"""<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css"
      integrity="sha384-{B64H("sha384", "bootstrap.min.css")}" crossorigin="anonymous">
<script src="https://cdn.jsdelivr.net/npm/alpinejs@3.13.7/dist/cdn.min.js"
        integrity="sha384-{B64H("sha384", "alpine.cdn.min.js")}" crossorigin="anonymous" defer></script>""")

    lock = {"node_modules/axios": {"version": "1.6.8", "resolved": "https://registry.npmjs.org/axios/-/axios-1.6.8.tgz",
                                   "integrity": "sha512-" + B64H("sha512", "axios-1.6.8.tgz"),
                                   "dependencies": {"follow-redirects": "^1.15.6", "form-data": "^4.0.0"}},
            "node_modules/follow-redirects": {"version": "1.15.6", "resolved": "https://registry.npmjs.org/follow-redirects/-/follow-redirects-1.15.6.tgz",
                                              "integrity": "sha512-" + B64H("sha512", "follow-redirects-1.15.6.tgz")}}
    g.n("digests", "package-lock.json excerpt:\n" + json.dumps(lock, indent=2))

    mods = [("github.com/google/uuid", "v1.6.0"), ("golang.org/x/crypto", "v0.21.0"), ("github.com/stretchr/testify", "v1.9.0")]
    gs = []
    for mname, ver in mods:
        gs.append("%s %s h1:%s" % (mname, ver, B64H("sha256", mname + ver)))
        gs.append("%s %s/go.mod h1:%s" % (mname, ver, B64H("sha256", mname + ver + "mod")))
    g.n("digests", "go.sum\n" + "\n".join(gs))

    g.n("digests", f"""# requirements.txt (pip-compile --generate-hashes)
requests==2.31.0 \\
    --hash=sha256:{H("sha256", "requests-2.31.0-py3")} \\
    --hash=sha256:{H("sha256", "requests-2.31.0.tar.gz")}
[[package]]
name = "serde"
version = "1.0.197"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "{H("sha256", "serde-1.0.197")}\"""")

    # ------------------------------------------------------------ identifiers
    ids = [uuid4(r) for _ in range(4)]
    g.n("identifiers", f"""2024-03-11T10:22:41.120Z INFO  order created order_id={ids[0]} tenant_id={ids[1]}
2024-03-11T10:22:41.388Z INFO  payment intent attached order_id={ids[0]} correlation_id={ids[2]}
2024-03-11T10:22:42.004Z WARN  inventory reservation slow order_id={ids[0]} span_id={hexs(r, 16)} job={ids[3]}""")

    ulid_alpha = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    ul = ["01HR" + rs(r, ulid_alpha, 22) for _ in range(3)]
    g.n("identifiers", "\n".join('{"id":"%s","type":"invoice.created","created":%d}' % (u, 1710150000 + i * 37) for i, u in enumerate(ul)))

    g.n("identifiers", f"""HTTP/1.1 502 Bad Gateway
x-amzn-requestid: {uuid4(r)}
x-amzn-trace-id: Root=1-65eed1c3-{hexs(r, 24)};Sampled=0
traceparent: 00-{hexs(r, 32)}-{hexs(r, 16)}-01
cf-ray: {hexs(r, 16)}-AMS
x-request-id: req_{alnum(r, 24)}""")

    g.n("identifiers", f"""Stripe dashboard export (object ids only):
customer   cus_{alnum(r, 14)}
payment    pi_3{alnum(r, 23)}
charge     ch_3{alnum(r, 23)}
price      price_1{alnum(r, 23)}
event      evt_1{alnum(r, 23)}
why does the charge show as "requires_capture" for 7 days?""")

    g.n("identifiers", f"""arn:aws:iam::4{digits(r, 11)}:role/service-role/lambda-thumbnailer
arn:aws:lambda:eu-west-1:4{digits(r, 11)}:function:thumbnailer:17
ami-0{hexs(r, 16)}  subnet-0{hexs(r, 16)}  sg-0{hexs(r, 16)}  vpc-0{hexs(r, 16)}
pod/api-7d9f8c6b5-x2k4p   1/1   Running   0   3h12m""")

    # ------------------------------------------------------------ public keys / certificates
    ed = "AAAAC3NzaC1lZDI1NTE5AAAAI" + b64s(r, 43)
    rsa = "AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + b64s(r, 514)
    g.n("public_keys", f"""# ~/.ssh/authorized_keys on the bastion
ssh-ed25519 {ed} deploy-ci
ssh-rsa {rsa} backup-host
# only public keys go here; private keys never leave the laptops""")

    body = "MIIFazCCA1OgAwIBAgIR" + b64s(r, 1800)
    cert = "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
    g.n("public_keys", "-----BEGIN CERTIFICATE-----\n" + cert + "\n-----END CERTIFICATE-----\n\nthis is the public root CA cert for our internal PKI, where do I add it in Ubuntu?")

    pgpb = "mQINBGX" + b64s(r, 700)
    pg = "\n".join(pgpb[i:i + 64] for i in range(0, len(pgpb), 64))
    g.n("public_keys", f"""-----BEGIN PGP PUBLIC KEY BLOCK-----

{pg}
={b64s(r, 4)}
-----END PGP PUBLIC KEY BLOCK-----""")

    wgpub = b64s(r, 43) + "="
    agepub = "age1" + rs(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58)
    g.n("public_keys", f"""# peers.conf (public halves only, shared with the network team)
[Peer]
# office-gw
PublicKey = {wgpub}
AllowedIPs = 10.20.0.0/16
Endpoint = vpn.acme.io:51820

# sops recipients
creation_rules:
  - path_regex: secrets/.*\\.yaml
    age: {agepub}""".replace("10.20.0.0/16", "fd00:20::/48"))

    # ------------------------------------------------------------ placeholders / references
    g.n("placeholders", """curl https://api.acme.io/v1/reports \\
  -H "Authorization: Bearer <YOUR_API_KEY>" \\
  -H "X-Workspace: <WORKSPACE_ID>"
# replace <YOUR_API_KEY> with the key from Settings → API""")

    g.n("placeholders", """# .github/workflows/release.yml
      - run: npm publish
        env:
          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}
      - run: ./deploy.sh
        env:
          DB_PASSWORD: ${DB_PASSWORD}
          API_TOKEN: ${{ steps.vault.outputs.api_token }}""")

    g.n("placeholders", """# templates/secret.yaml
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "api.fullname" . }}
stringData:
  token: {{ .Values.token | quote }}
  password: {{ required "db.password is required" .Values.db.password | quote }}""")

    g.n("placeholders", """DATABASE_URL = "postgresql://%(user)s:%(password)s@%(host)s/%(db)s" % cfg
api_key = os.environ["ACME_API_KEY"]
token = process.env.GITHUB_TOKEN ?? ""
password = System.getenv("SMTP_PASSWORD")
secret := os.Getenv("WEBHOOK_SECRET")""")

    # ------------------------------------------------------------ masked values
    g.n("masked", """Settings → API keys
  Name            Key                       Created      Last used
  ci-deploy       sk-...a1b2                2024-01-14   2 hours ago
  zapier          sk-proj-••••••••••••3fQz   2023-11-02   never
  card on file    Visa ****1234, expires 09/27""")

    g.n("masked", """[config] loaded: aws_access_key_id=AKIA****************, aws_secret_access_key=****************************************, region=eu-west-1
[config] github token: ghp_************************************ (from keychain)""")

    g.n("masked", """Your IBAN ending in …4410 and card •••• 8812 are linked. Phone on file: +•• ••• ••• ••29.""")

    # ------------------------------------------------------------ CSS / JS
    css = "\n".join(".%s_%s__%s{display:flex;gap:%dpx}" % (n, rs(r, LOWER, 5), b64u(r, 5), r.randrange(2, 24))
                    for n in ["Header", "NavItem", "Card", "Price"])
    g.n("css_js", "/* built css modules output */\n" + css + "\n.css-1q2w3e4{color:#1a1a2e}.css-9x8y7z6{margin:0 auto}")

    g.n("css_js", f"""<script src="/_next/static/chunks/pages/_app-{hexs(r, 16)}.js" defer></script>
<script src="/static/js/main.{hexs(r, 8)}.chunk.js"></script>
<link rel="preload" href="/assets/index-{b64u(r, 8)}.css" as="style">""")

    g.n("css_js", """!function(e,t){"use strict";var n=function(e){return e&&e.__esModule?e:{default:e}},r=n(t),o="qZ8xK2",a=[
"aB3dE5fG7h","Jk9LmN1oP","qR4sT6uV8w"];function i(e){return r.default.hash(o+e)}e.Yx7=i,e.Wq2=a}(exports,require("./h"));""")

    # ------------------------------------------------------------ media
    png = base64.b64encode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"
                           + bytes(r.randrange(256) for _ in range(180)) + b"\x00\x00\x00\x00IEND\xaeB`\x82").decode()
    g.n("media_base64", f"""<img alt="avatar placeholder" width="16" height="16" src="data:image/png;base64,{png}">""")

    woff = base64.b64encode(b"wOF2\x00\x01\x00\x00" + bytes(r.randrange(256) for _ in range(240))).decode()
    g.n("media_base64", f"""@font-face {{
  font-family: "Icons";
  src: url(data:font/woff2;base64,{woff}) format("woff2");
}}""")

    # ------------------------------------------------------------ versions, catalogue numbers
    g.n("numbers", """Release notes: api 2.14.1+build.5531 (node 20.11.1, openssl 3.0.13), cli v2.4.1-rc.2, schema rev 20240311-01.
Compatible firmware: 4.2.0-beta.3. Minimum Android 8.0, iOS 15.""")

    def isbn13(core):
        s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(core))
        return core + str((10 - s % 10) % 10)
    isbns = [isbn13("978" + digits(r, 9, False)) for _ in range(3)]
    g.n("numbers", "Reading list for the security guild:\n" + "\n".join(
        "- %s, ISBN %s-%s-%s-%s-%s" % (t, i[:3], i[3], i[4:8], i[8:12], i[12]) for t, i in
        zip(["Threat Modeling", "Secrets of the DNS", "Practical Cryptography"], isbns)))

    g.n("numbers", f"""Order SO-2024-{digits(r, 6)} | Invoice INV-{digits(r, 5)} | PO 45{digits(r, 8)}
SKU TR2-HL-400-BLK x2, SKU CMP-TNT-2P-GRN x1, EAN {isbn13("40" + digits(r, 10, False))}
Return label: RMA-{rs(r, UPPER + DIGITS, 8)}""")

    def s10(prefix, eight, country):
        c = 11 - sum(int(a) * w for a, w in zip(eight, [8, 6, 4, 2, 3, 5, 9, 7])) % 11
        return "%s%s%d%s" % (prefix, eight, {10: 0, 11: 5}.get(c, c), country)
    g.n("numbers", """Shipment updates
- 11 Mar 08:12 Hamburg hub: arrived (item {0})
- 11 Mar 19:40 out for delivery
- Locker PIN will be sent when the parcel is in the locker""".format(s10("CX", digits(r, 8), "DE")))

    # ------------------------------------------------------------ prose and docs
    g.n("prose", """We rotate every API key every 90 days. If a key leaks, revoke it in the dashboard first, then create a
new one and update the secret store; never paste keys into tickets, chats or prompts. The password policy
requires 14 characters and a passphrase is fine. Tokens in logs are masked automatically.""")

    g.n("prose", """Token format reference (internal wiki)
- Personal access tokens start with the prefix `acme_pat_` followed by 40 base62 characters and a 6-character checksum.
- Service tokens start with `acme_svc_`; they are bound to one workspace.
- Webhook secrets are 32 random bytes shown once, hex-encoded (64 characters).
Scanners should match the prefix plus length; the checksum lets you reject random strings cheaply.""")

    g.n("prose", """Q: Is it safe to commit the Firebase config (apiKey, authDomain, projectId) to a public repo?
A: The web config identifies the project; access is controlled by Security Rules and App Check,
so treat it as public configuration, not a credential. Server credentials (service account JSON)
must never be committed. Rotate anything that was, and scope API keys by referrer.""")

    g.n("prose", """Passwort vergessen? Klicken Sie auf „Passwort zurücksetzen" und folgen Sie dem Link in der E-Mail.
Mot de passe oublié ? Utilisez le lien de réinitialisation. パスワードを忘れた場合は再設定してください。""")

    return g.cases
