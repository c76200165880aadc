# -*- coding: utf-8 -*-
"""neg: look-alikes only -- hashes, IDs, public keys, placeholders, masked values, prose.

Nothing here is a secret or personal data; a redactor must return these texts unchanged.
"""
import base64
import datetime
import struct
import zlib

from common import Group, b64, luhn_valid, wrap, jdump

G = Group("neg", seed=20008)


def sha(g, n=40):
    return g.hex(n)


def ssh_ed25519_pub(g):
    blob = struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + g.rbytes(32)
    return b64(blob)


def ssh_rsa_pub(g):
    n = b"\x00" + bytes([0x80 | g.ri(0, 127)]) + g.rbytes(255)
    blob = struct.pack(">I", 7) + b"ssh-rsa" + struct.pack(">I", 3) + b"\x01\x00\x01" + struct.pack(">I", len(n)) + n
    return b64(blob)


def tiny_png(g, w=4, h=4):
    raw = b"".join(b"\x00" + g.rbytes(w * 3) for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def non_luhn(g, n, first="1"):
    while True:
        s = first + g.digits(n - len(first))
        if not luhn_valid(s):
            return s


@G.neg("git_log_oneline")
def git_log(g, i):
    msgs = ["fix(api): handle empty cart on checkout", "chore(deps): bump axios from 1.6.7 to 1.7.2",
            "feat(search): add typo tolerance", "docs: update README badges", "refactor: extract price formatter",
            "test: cover refund edge cases", "ci: cache pnpm store"]
    lines = ["%s %s" % (sha(g, 7), m) for m in msgs]
    return "$ git log --oneline -7\n" + "\n".join(lines) + "\n$ git rev-parse HEAD\n%s\n" % sha(g)


@G.neg("docker_digest")
def docker_digest(g, i):
    d1, d2 = sha(g, 64), sha(g, 64)
    return ("$ docker images --digests\n"
            "REPOSITORY          TAG       DIGEST                                                                    IMAGE ID       SIZE\n"
            "nginx               1.27      sha256:%s   %s   188MB\n"
            "postgres            16        sha256:%s   %s   432MB\n"
            "$ docker pull nginx@sha256:%s\n" % (d1, sha(g, 12), d2, sha(g, 12), d1))


@G.neg("sri_integrity")
def sri(g, i):
    h1 = b64(g.rbytes(48))
    h2 = b64(g.rbytes(48))
    return ("<link rel=\"stylesheet\" href=\"https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css\"\n"
            "      integrity=\"sha384-%s\" crossorigin=\"anonymous\">\n"
            "<script src=\"https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js\"\n"
            "        integrity=\"sha384-%s\" crossorigin=\"anonymous\"></script>\n" % (h1, h2))


@G.neg("package_lock")
def package_lock(g, i):
    obj = {"node_modules/axios": {"version": "1.7.2", "resolved": "https://registry.npmjs.org/axios/-/axios-1.7.2.tgz",
                                  "integrity": "sha512-" + b64(g.rbytes(64)),
                                  "dependencies": {"follow-redirects": "^1.15.6", "form-data": "^4.0.0"}},
           "node_modules/follow-redirects": {"version": "1.15.6",
                                             "resolved": "https://registry.npmjs.org/follow-redirects/-/follow-redirects-1.15.6.tgz",
                                             "integrity": "sha512-" + b64(g.rbytes(64))}}
    return "package-lock.json (excerpt)\n" + jdump(obj) + "\n"


@G.neg("poetry_lock")
def poetry_lock(g, i):
    return ("[[package]]\n"
            "name = \"requests\"\n"
            "version = \"2.32.3\"\n"
            "description = \"Python HTTP for Humans.\"\n"
            "optional = false\n"
            "python-versions = \">=3.8\"\n"
            "files = [\n"
            "    {file = \"requests-2.32.3-py3-none-any.whl\", hash = \"sha256:%s\"},\n"
            "    {file = \"requests-2.32.3.tar.gz\", hash = \"sha256:%s\"},\n"
            "]\n" % (sha(g, 64), sha(g, 64)))


@G.neg("ids_in_logs")
def ids_in_logs(g, i):
    ulid = g.s("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 26)
    ulid = "01" + ulid[2:]
    return ("2024-06-12T10:22:31.004Z INFO  http request_id=%s trace_id=%s span_id=%s "
            "method=GET path=/v1/orders/%s status=200 dur_ms=42\n"
            "2024-06-12T10:22:31.010Z INFO  http traceparent=00-%s-%s-01 job=%s\n"
            % (g.uuid(), sha(g, 32), sha(g, 16), ulid, sha(g, 32), sha(g, 16), g.uuid()))


@G.neg("ssh_public_keys")
def ssh_pub(g, i):
    return ("# ~/.ssh/authorized_keys on bastion (public keys only)\n"
            "ssh-ed25519 %s laptop-2024\n"
            "ssh-rsa %s ci-runner\n" % (ssh_ed25519_pub(g), ssh_rsa_pub(g)))


@G.neg("pem_certificate")
def pem_cert(g, i):
    der = bytes.fromhex("308203") + g.rbytes(1) + bytes.fromhex("308202") + g.rbytes(1) + \
        bytes.fromhex("a0030201020210") + g.rbytes(700)
    body = "\n".join(wrap(b64(der[:720]), 64))
    return ("Public server certificate (as served on port 443), for pinning tests:\n"
            "-----BEGIN CERTIFICATE-----\n%s\n-----END CERTIFICATE-----\n" % body)


@G.neg("public_key_pem")
def pub_pem(g, i):
    der = bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100") + g.rbytes(256) + \
        bytes.fromhex("0203010001")
    body = "\n".join(wrap(b64(der), 64))
    return ("JWKS is also published as PEM for legacy clients:\n"
            "-----BEGIN PUBLIC KEY-----\n%s\n-----END PUBLIC KEY-----\n" % body)


@G.neg("cert_fingerprint")
def cert_fp(g, i):
    fp = ":".join(g.hex(2).upper() for _ in range(32))
    fp1 = ":".join(g.hex(2).upper() for _ in range(20))
    return ("$ openssl x509 -in server.crt -noout -fingerprint -sha256\n"
            "sha256 Fingerprint=%s\n"
            "$ openssl x509 -in server.crt -noout -fingerprint -sha1\n"
            "SHA1 Fingerprint=%s\n" % (fp, fp1))


@G.neg("env_example")
def env_example(g, i):
    return ("# .env.example — copy to .env and fill in\n"
            "OPENAI_API_KEY=<YOUR_API_KEY>\n"
            "DATABASE_URL=postgres://app:${DB_PASSWORD}@localhost:5432/app\n"
            "STRIPE_SECRET_KEY=sk_test_REPLACE_ME\n"
            "SESSION_SECRET=changeme\n"
            "SMTP_PASSWORD=\n")


@G.neg("code_env_refs")
def code_env_refs(g, i):
    return ("// server.ts\n"
            "const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2024-06-20' });\n"
            "const dbUrl = process.env.DATABASE_URL ?? '';\n\n"
            "# worker.py\n"
            "aws_secret = os.environ[\"AWS_SECRET_ACCESS_KEY\"]\n"
            "token = os.getenv(\"GITHUB_TOKEN\")\n")


@G.neg("gh_actions_secrets")
def gh_actions(g, i):
    return ("      - uses: actions/setup-node@v4\n"
            "        with:\n"
            "          node-version: 20\n"
            "          registry-url: https://registry.npmjs.org\n"
            "      - run: npm publish --provenance\n"
            "        env:\n"
            "          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n"
            "          SLACK_WEBHOOK: ${{ secrets.SLACK_WEBHOOK_URL }}\n")


@G.neg("masked_values")
def masked(g, i):
    return ("Settings › API keys\n"
            "  Name            Key                 Created\n"
            "  prod-backend    sk-…****            2024-03-02\n"
            "  staging         ************        2024-05-19\n"
            "  Database password: ********  [Reveal] [Rotate]\n")


@G.neg("password_policy")
def pw_policy(g, i):
    return ("Password requirements: at least 12 characters, one uppercase letter, one number and one symbol. "
            "Passwords expire after 90 days and the last 5 cannot be reused. Accounts lock after 5 failed attempts "
            "for 15 minutes.\n")


@G.neg("password_reset_notice")
def pw_reset(g, i):
    return ("Subject: Your password was changed\n\n"
            "Hi there,\n\nthe password for your account was changed on 12 June at 14:03 CEST. If this was you, no "
            "action is needed. If not, use \"Forgot password\" on the sign-in page; reset links expire after 30 "
            "minutes.\n\n— The Saltmarsh team\n")


@G.neg("variable_names")
def var_names(g, i):
    return ("class UserCredentials(Base):\n"
            "    __tablename__ = \"user_credentials\"\n"
            "    password_hash = Column(String(255), nullable=False)\n"
            "    password_changed_at = Column(DateTime)\n"
            "    api_key_prefix = Column(String(8))\n\n"
            "TOKEN_URL = \"https://oauth2.googleapis.com/token\"\n"
            "SECRET_KEY_SETTING = \"SECRET_KEY\"\n"
            "API_KEY_HEADER = \"X-API-Key\"\n")


@G.neg("base64_png")
def b64_png(g, i):
    return ("<img alt=\"status dot\" width=\"8\" height=\"8\"\n"
            "     src=\"data:image/png;base64,%s\">\n" % b64(tiny_png(g)))


@G.neg("base64_text")
def b64_text(g, i):
    txt = ("Welcome to the onboarding guide!\nStep 1: install the CLI.\nStep 2: run `acme init`.\n"
           "Step 3: read CONTRIBUTING.md.\n")
    return ("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: motd\nbinaryData:\n  motd.txt: %s\n"
            % base64.b64encode(txt.encode()).decode())


@G.neg("version_strings")
def versions(g, i):
    return ("$ pip freeze | head\n"
            "certifi==2024.6.2\nnumpy==1.26.4\npandas==2.2.2\npydantic==2.7.4\n"
            "$ node -v && npm -v\nv20.14.0\n10.7.0\n"
            "Build: 3.8.0-rc.2+build.1187 (Windows 10.0.22631)\n")


@G.neg("isbn_ean")
def isbn_ean(g, i):
    while True:
        body = "40" + g.digits(10)
        s = sum(int(c) * (1 if k % 2 == 0 else 3) for k, c in enumerate(body))
        ean = body + str((10 - s % 10) % 10)
        if not luhn_valid(ean):
            break
    return ("Bestellung Buchhandlung:\n"
            "- ISBN 978-3-446-46257-8, Hanser, 2. Auflage\n"
            "- ISSN 0028-0836 (Zeitschrift)\n"
            "- Artikel EAN %s, Lesezeichen-Set\n" % ean)


@G.neg("order_numbers")
def order_numbers(g, i):
    trk = "00340434" + g.digits(12)
    return ("Order #A-2024-%06d confirmed. Amazon order 302-%07d-%07d.\n"
            "Parcel tracking: %s (DHL Paket), return label RMA-%d.\n"
            % (g.ri(0, 999999), g.ri(0, 9999999), g.ri(0, 9999999), trk, g.ri(10000, 99999)))


@G.neg("timestamps")
def timestamps(g, i):
    while True:
        es = g.epoch()
        ms = "%d%03d" % (es, g.ri(0, 999))
        if not luhn_valid(ms):
            break
    d = datetime.datetime(1970, 1, 1) + datetime.timedelta(seconds=es)
    return ("created_at: %s.%sZ\n"
            "epoch_s: %d\n"
            "epoch_ms: %s\n"
            "rfc2822: %s GMT\n" % (d.isoformat(), ms[-3:], es, ms, d.strftime("%a, %d %b %Y %H:%M:%S")))


@G.neg("css_hashes")
def css(g, i):
    return (".css-%s{color:#1e90ff;background:#fafafa}\n"
            ".Button_primary__%s{border-color:#ff6b6b}\n"
            "._container_%s_12{display:grid;grid-template-columns:repeat(3,1fr)}\n"
            ":root{--brand:#0b7285;--accent:#f59f00}\n"
            % (g.s("abcdefghijklmnopqrstuvwxyz0123456789", 7), g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-", 5),
               g.s("abcdefghijklmnopqrstuvwxyz0123456789", 5)))


@G.neg("minified_js")
def minjs(g, i):
    return ("!function(e,t){\"object\"==typeof exports?module.exports=t():e.Fmt=t()}(this,function(){var e=/[\\d]{1,3}"
            "(?=(\\d{3})+(?!\\d))/g;function t(t,n){return String(t).replace(e,\"$&\"+(n||\",\"))}return{group:t,"
            "v:\"2.4.1\",h:\"%s\"}});\n//# sourceMappingURL=fmt.min.js.map\n" % sha(g, 8))


@G.neg("math_latex")
def math(g, i):
    return ("Let $A=\\begin{pmatrix}2&1\\\\1&3\\end{pmatrix}$. Then $\\det A=5$ and the eigenvalues are "
            "$\\lambda_{1,2}=\\frac{5\\pm\\sqrt5}{2}$. Numerically, $\\pi \\approx 3.14159265358979$ and "
            "$e \\approx 2.718281828459045$; $2^{64} = 18446744073709551616$.\n")


@G.neg("checksums_file")
def checksums(g, i):
    return ("SHA256SUMS\n"
            "%s  terraform_1.8.5_linux_amd64.zip\n"
            "%s  terraform_1.8.5_darwin_arm64.zip\n"
            "%s  terraform_1.8.5_windows_amd64.zip\n" % (sha(g, 64), sha(g, 64), sha(g, 64)))


@G.neg("terraform_plan")
def tfplan(g, i):
    return ("  # aws_db_instance.main will be updated in-place\n"
            "  ~ resource \"aws_db_instance\" \"main\" {\n"
            "        id                = \"db-prod-main\"\n"
            "      ~ password          = (sensitive value)\n"
            "      ~ engine_version    = \"16.2\" -> \"16.3\"\n"
            "        # (41 unchanged attributes hidden)\n"
            "    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.\n")


@G.neg("scanner_rules")
def rules(g, i):
    return ("# .gitleaks.toml (excerpt)\n"
            "[[rules]]\n"
            "id = \"aws-access-key\"\n"
            "regex = '''(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}'''\n"
            "keywords = [\"akia\", \"asia\"]\n\n"
            "[[rules]]\n"
            "id = \"github-pat\"\n"
            "regex = '''ghp_[0-9a-zA-Z]{36}'''\n")


@G.neg("k8s_secret_ref")
def k8sref(g, i):
    return ("        env:\n"
            "          - name: DB_PASSWORD\n"
            "            valueFrom:\n"
            "              secretKeyRef:\n"
            "                name: orders-db\n"
            "                key: password\n"
            "          - name: API_TOKEN\n"
            "            valueFrom:\n"
            "              secretKeyRef: {name: orders-api, key: token}\n")


@G.neg("guids_registry")
def guids(g, i):
    return ("Windows Registry Editor Version 5.00\n\n"
            "[HKEY_CLASSES_ROOT\\CLSID\\{%s}]\n@=\"Shell Extension\"\n"
            "[HKEY_CLASSES_ROOT\\CLSID\\{%s}\\InprocServer32]\n\"ThreadingModel\"=\"Apartment\"\n"
            % (g.uuid().upper(), g.uuid().upper()))


@G.neg("token_bucket_prose")
def token_bucket(g, i):
    return ("Our rate limiter is a token bucket: each API key gets a bucket of 100 tokens that refills at 10 tokens "
            "per second. A request costs one token; when the bucket is empty the gateway answers 429 with a "
            "Retry-After header. Secrets rotation does not reset the bucket.\n")
