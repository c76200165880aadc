"""neg: near-miss negatives across all themes (no secrets, no personal data)."""
import base64
import hashlib
import json
import random

from common import Collector, crlf, rs, hexs, b62, digits, uuid4, b64, rbytes, pem_block, ALNUM, LOWALNUM, UPALNUM, B64URL, LOWER

SEED = 18008
GROUP = "neg"

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def sri(rng, alg="sha512", n=64):
    return "%s-%s" % (alg, b64(rbytes(rng, n)))


def build():
    rng = random.Random(SEED)
    c = Collector(GROUP)

    # ---- hashes
    c.neg("git_log", "\n".join("%s %s" % (hexs(rng, 7), m) for m in [
        "fix(token): refresh access token before expiry",
        "chore: rotate secrets via external-secrets operator",
        "feat(auth): add password strength meter",
        "docs: explain API key scopes"]) + "\n")
    c.neg("git_log", "commit %s\nMerge: %s %s\nDate:   Fri Jul 12 10:41:07 2024 +0200\n\n    Merge pull request #4121 from release/2.14\n" % (hexs(rng, 40), hexs(rng, 7), hexs(rng, 7)))
    c.neg("sha256sums", "".join("%s  %s\n" % (hexs(rng, 64), f) for f in [
        "redactor-2.14.1-linux-amd64.tar.gz", "redactor-2.14.1-darwin-arm64.tar.gz", "redactor-2.14.1-windows-amd64.zip"]))
    c.neg("lockfile_integrity", json.dumps({"node_modules/jsonwebtoken": {
        "version": "9.0.2", "resolved": "https://registry.npmjs.org/jsonwebtoken/-/jsonwebtoken-9.0.2.tgz",
        "integrity": sri(rng), "dependencies": {"jws": "^3.2.2", "lodash.includes": "^4.3.0"}}}, indent=2))
    c.neg("go_sum", "golang.org/x/crypto v0.24.0 h1:%s=\ngolang.org/x/crypto v0.24.0/go.mod h1:%s=\n" % (b64(rbytes(rng, 32))[:43], b64(rbytes(rng, 32))[:43]))
    c.neg("cargo_lock", "[[package]]\nname = \"secrecy\"\nversion = \"0.8.0\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"%s\"\n" % hexs(rng, 64))
    c.neg("sri_html", "<script src=\"https://cdn.example-cdn.net/libs/auth-widget/3.2.0/widget.min.js\" integrity=\"%s\" crossorigin=\"anonymous\"></script>\n" % sri(rng, "sha384", 48))

    # ---- uuids / request ids / trace ids
    c.neg("request_ids", "".join("%s INFO request_id=%s method=GET path=/v1/tokens/verify status=200 dur=%dms\n" % (
        "2024-07-12T10:%02d:%02dZ" % (rng.randrange(60), rng.randrange(60)), uuid4(rng), rng.randrange(2, 80)) for _ in range(3)))
    c.neg("traceparent", "traceparent: 00-%s-%s-01\ntracestate: vendor=%s\nx-request-id: %s\nx-amzn-requestid: %s\n" % (
        hexs(rng, 32), hexs(rng, 16), hexs(rng, 16), uuid4(rng), uuid4(rng)))
    c.neg("sln_guids", crlf('Project("{%s}") = "Auth.Tokens", "src\\Auth.Tokens\\Auth.Tokens.csproj", "{%s}"\nEndProject\n' % (
        uuid4(rng).upper(), uuid4(rng).upper())))
    c.neg("mongo_ids", json.dumps([{"_id": {"$oid": hexs(rng, 24)}, "type": "password_reset", "status": "expired"},
                                   {"_id": {"$oid": hexs(rng, 24)}, "type": "api_token_created", "status": "ok"}]))
    c.neg("stripe_object_ids", "webhook received: evt_%s type=payment_intent.succeeded pi=pi_%s customer=cus_%s amount=4999 currency=eur\n" % (
        b62(rng, 24), b62(rng, 24), b62(rng, 14)))
    c.neg("azure_ids", "/subscriptions/%s/resourceGroups/rg-secrets-prod/providers/Microsoft.KeyVault/vaults/kv-payments-prod\n" % uuid4(rng))
    c.neg("aws_arns", "arn:aws:secretsmanager:eu-west-1:%s:secret:prod/payments/stripe-%s\narn:aws:iam::%s:role/github-actions-deploy\n" % (
        digits(rng, 12), rs(rng, ALNUM, 6), digits(rng, 12)))

    # ---- public keys and certificates
    c.neg("ssh_pubkey", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s ci-deploy-key\n" % b64(rbytes(rng, 32))[:43])
    c.neg("pem_public", pem_block(rng, "PUBLIC KEY", 294) + "\n")
    c.neg("pem_cert", "# CA bundle for the internal registry\n" + pem_block(rng, "CERTIFICATE", 540) + "\n")
    n = base64.urlsafe_b64encode(rbytes(rng, 256)).decode().rstrip("=")
    c.neg("jwks", json.dumps({"keys": [{"kty": "RSA", "use": "sig", "kid": hexs(rng, 16), "alg": "RS256", "n": n, "e": "AQAB"}]}, indent=2))
    c.neg("wallet_addresses", "Donations welcome:\n  ETH: 0x%s\n  BTC: bc1q%s\n  SOL: %s\n" % (
        hexs(rng, 40), rs(rng, "023456789acdefghjklmnpqrstuvwxyz", 38), rs(rng, B58, 44)))
    c.neg("ipfs_cid", "pinned: bafybei%s (size 1.2 MB)\nipfs://bafkrei%s/metadata.json\n" % (
        rs(rng, "abcdefghijklmnopqrstuvwxyz234567", 52), rs(rng, "abcdefghijklmnopqrstuvwxyz234567", 52)))

    # ---- placeholders
    c.neg("placeholders_env", """# .env.example
STRIPE_SECRET_KEY=<YOUR_STRIPE_SECRET_KEY>
OPENAI_API_KEY=your-openai-api-key-here
DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DB
SENDGRID_API_KEY=
JWT_SECRET=${JWT_SECRET}
""")
    c.neg("placeholders_actions", """      - name: Publish
        run: npm publish
        env:
          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}
          SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}
""")
    c.neg("placeholders_python", """conn = psycopg2.connect(
    host=os.environ["PGHOST"],
    user=os.environ["PGUSER"],
    password=os.environ["PGPASSWORD"],
)
log.info("connecting as %(user)s with password %(password)s", {"user": "***", "password": "***"})
""")
    c.neg("placeholders_curl", 'curl -H "Authorization: Bearer $GITHUB_TOKEN" -H "X-Api-Key: ${API_KEY:?missing}" https://api.github.com/user\n')
    c.neg("placeholders_otp", "otpauth://totp/Acme:{account}?secret={BASE32_SECRET}&issuer=Acme&algorithm=SHA1&digits=6&period=30\n")
    c.neg("placeholders_xxx", "aws_access_key_id = AKIAXXXXXXXXXXXXXXXX\naws_secret_access_key = xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nregion = eu-central-1\n")

    # ---- masked values
    c.neg("masked_ui", """API keys
  Name          Key                       Created
  production    sk_live_••••••••••••4242  2024-03-11
  ci            ghp_************************  2024-05-02
  analytics     AIza…(hidden)             2024-06-20
""")
    c.neg("masked_log", "2024-07-12T10:15:33Z WARN auth: invalid credentials for service account svc-report (password=********, token=[REDACTED], api_key=<masked>)\n")
    c.neg("terraform_plan", """  # aws_db_instance.main will be updated in-place
  ~ resource "aws_db_instance" "main" {
        id       = "prod-main"
      ~ password = (sensitive value)
        username = "app"
    }
""")

    # ---- identifiers containing token/secret/password
    c.neg("identifiers_sql", """CREATE TABLE user_credentials (
    user_id         BIGINT PRIMARY KEY,
    password_hash   TEXT NOT NULL,
    password_salt   TEXT NOT NULL,
    api_token_last4 CHAR(4),
    secret_rotated_at TIMESTAMPTZ
);
""")
    c.neg("identifiers_yaml", """auth:
  password_reset_token_ttl: 3600
  max_password_attempts: 5
  secret_santa_enabled: false
  tokenizer: tokenizer.json
  api_key_header_name: X-Api-Key
""")
    c.neg("identifiers_ts", """export interface TokenResponse {
  access_token: string;
  refresh_token: string;
  token_type: "Bearer";
  expires_in: number;
}
const SECRET_MANAGER_PREFIX = "projects/acme-prod/secrets/";
""")
    c.neg("vault_paths", "vault kv get -field=api_key secret/data/payments/stripe\nvault kv metadata get secret/data/payments/stripe\naws secretsmanager describe-secret --secret-id prod/db/password\n")

    # ---- versions / product codes
    c.neg("versions", """Environment:
  redactor v2.14.1 (build 2024.07.12-rc3, commit %s)
  Python 3.11.7, OpenSSL 3.0.13, node v20.15.0
  API version 2024-10, schema v7
""" % hexs(rng, 8))
    c.neg("product_codes", "SKU-%s-%s-%s  qty 2\nPart no. MX-4521-B rev C\nModel DS-7608NI-K2/8P\nLot %s, exp 2026-03\n" % (
        rs(rng, UPALNUM, 4), rs(rng, UPALNUM, 4), rs(rng, UPALNUM, 4), digits(rng, 8)))
    c.neg("asset_hashes", '<link rel="stylesheet" href="/assets/main.%s.css">\n<script src="/assets/vendor.%s.js" defer></script>\n<div class="css-%s">\n' % (
        hexs(rng, 8), hexs(rng, 20), rs(rng, LOWALNUM, 7)))

    # ---- format specs without values
    c.neg("format_doc", """Key formats we accept in the settings page:
- Stripe secret keys start with sk_live_ or sk_test_ followed by at least 24 alphanumerics.
- GitHub classic tokens are ghp_ plus 36 characters; fine-grained ones start with github_pat_.
- AWS access key IDs are 20 upper-case characters beginning with AKIA.
Never paste the key into a support ticket.
""")
    c.neg("format_doc", """Formato de las claves:
- Brevo: empieza por xkeysib- y tiene 64 caracteres hexadecimales más un sufijo.
- HubSpot (apps privadas): pat-na1- seguido de un UUID.
No compartas tu clave en el chat.
""")
    c.neg("password_policy", "Passwörter müssen mindestens 12 Zeichen lang sein und dürfen nicht den Benutzernamen enthalten. Das Passwort-Token läuft nach 60 Minuten ab.\n")

    # ---- chat / prose near-misses
    c.neg("chat_rotation", "I rotated the Stripe key yesterday; the new one lives in 1Password under \"Stripe prod (restricted)\". The old sk_live key is revoked, so if the worker still fails it's reading a stale env.\n")
    c.neg("chat_seed_advice", "Never share your 12 or 24 word recovery phrase. Support will never ask for it, and neither will this bot. If someone asked you for it, assume the wallet is compromised.\n")
    c.neg("token_log", "2024-07-12 10:15:33 INFO oauth: token refreshed successfully token_type=Bearer expires_in=3600 scope=\"read:orders write:orders\" client=checkout-web\n")
    c.neg("data_uri", '<img alt="dot" src="data:image/png;base64,%s">\n' % b64(b"\x89PNG\r\n\x1a\n" + rbytes(rng, 60)))
    c.neg("short_links", "Slides: https://youtu.be/%s?t=42 and https://bit.ly/%s\n" % (rs(rng, B64URL, 11), b62(rng, 7)))
    c.neg("cron_regex", "schedule: \"*/15 * * * *\"\nvalidate: '^[A-Za-z0-9_-]{32,64}$'\nmask_pattern: '(?i)(password|token|secret)=\\S+'\n")
    c.neg("ui_strings", json.dumps({"login.password": "Mot de passe", "login.forgot": "Passwort vergessen?",
                                    "settings.apiKey": "Clave de API", "settings.token.copy": "トークンをコピー"}, ensure_ascii=False, indent=2))
    c.neg("k8s_external_secret", """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: payments
spec:
  secretStoreRef: {name: aws-secrets, kind: ClusterSecretStore}
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef: {key: prod/payments/stripe, property: secret_key}
""")
    c.neg("ga_ids", "gtag('config', 'G-%s');\nfbq('init', '%s');\n" % (rs(rng, UPALNUM, 10), digits(rng, 15)))
    return c.cases
