"""neg: realistic near-misses across all themes. No secrets, no personal data."""
import json
import random

from common import (ALNUM, B32, B64STD, B64URL, DIGITS, HEX, LALNUM, UALNUM, UPPER, Collector, b64e, b64u, crlf,
                    ean13, hexs, isbn13, rbytes, rs, uuid4, wrap)

SEED = 1708
GROUP = "neg"


def build():
    rng = random.Random(SEED)
    c = Collector(GROUP)

    def sha1():
        return hexs(rng, 40)

    def sha256():
        return hexs(rng, 64)

    # ------------------------------------------------------------ lockfiles / digests
    c.neg("lockfile", f"""    "node_modules/@shopify/shopify-api": {{
      "version": "11.8.1",
      "resolved": "https://registry.npmjs.org/@shopify/shopify-api/-/shopify-api-11.8.1.tgz",
      "integrity": "sha512-{b64e(rbytes(rng, 64))}",
      "license": "MIT",
      "dependencies": {{
        "jose": "^5.9.6",
        "tslib": "^2.8.1"
      }}
    }},
    "node_modules/stripe": {{
      "version": "17.5.0",
      "integrity": "sha512-{b64e(rbytes(rng, 64))}"
    }},
""")

    c.neg("lockfile", f"""[[package]]
name = "ring"
version = "0.17.8"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "{sha256()}"

[[package]]
name = "secrecy"
version = "0.10.3"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "{sha256()}"
""")

    c.neg("lockfile", f"""github.com/golang-jwt/jwt/v5 v5.2.1 h1:{b64e(rbytes(rng, 32))}
github.com/golang-jwt/jwt/v5 v5.2.1/go.mod h1:{b64e(rbytes(rng, 32))}
golang.org/x/crypto v0.31.0 h1:{b64e(rbytes(rng, 32))}
golang.org/x/crypto v0.31.0/go.mod h1:{b64e(rbytes(rng, 32))}
""")

    c.neg("digest", f"""$ docker buildx imagetools inspect ghcr.io/orbitly/checkout-api:2.14.3
Name:      ghcr.io/orbitly/checkout-api:2.14.3
MediaType: application/vnd.oci.image.index.v1+json
Digest:    sha256:{sha256()}

Manifests:
  Name:      ghcr.io/orbitly/checkout-api:2.14.3@sha256:{sha256()}
  Platform:  linux/amd64
  Name:      ghcr.io/orbitly/checkout-api:2.14.3@sha256:{sha256()}
  Platform:  linux/arm64
""")

    c.neg("digest", f"""version https://git-lfs.github.com/spec/v1
oid sha256:{sha256()}
size 48211934
""")

    c.neg("digest", "\n".join("%s  %s" % (sha256(), f) for f in [
        "scrubline-0.9.2-x86_64-unknown-linux-gnu.tar.gz", "scrubline-0.9.2-aarch64-apple-darwin.tar.gz",
        "scrubline-0.9.2-x86_64-pc-windows-msvc.zip"]) + "\n")


    # ------------------------------------------------------------ git / CI
    c.neg("git", "\n".join("%s %s" % (sha1(), m) for m in [
        "fix(payments): retry Adyen webhooks on 5xx", "chore(deps): bump jose from 5.9.4 to 5.9.6",
        "feat(auth): rotate client secret via Vault agent", "revert \"feat(auth): rotate client secret via Vault agent\"",
        "docs: explain STRIPE_SECRET_KEY vs STRIPE_PUBLISHABLE_KEY"]) + "\n")


    c.neg("ci", """name: deploy
on: { push: { branches: [main] } }
jobs:
  deploy:
    runs-on: ubuntu-latest
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/checkout@v4
      - run: ./scripts/deploy.sh
        env:
          SHOPIFY_API_SECRET: ${{ secrets.SHOPIFY_API_SECRET }}
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
          GITHUB_TOKEN: ${{ github.token }}
""")

    c.neg("ci", f"""Run ./scripts/deploy.sh
  env:
    SHOPIFY_API_SECRET: ***
    STRIPE_SECRET_KEY: ***
Uploading artifact 'dist' (12 files, 4.1 MB), artifact id {rng.randrange(10 ** 9, 10 ** 10)}
Deployment {uuid4(rng)} finished in 83s
""")

    # ------------------------------------------------------------ placeholders / env references
    c.neg("placeholder", """# .env.example
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_WEBHOOK_SECRET=whsec_<your-webhook-signing-secret>
SHOPIFY_ADMIN_ACCESS_TOKEN=shpat_REPLACE_ME
SUPABASE_SERVICE_ROLE_KEY=your-service-role-key
SENTRY_DSN=
""")

    c.neg("placeholder", """export OPENAI_API_KEY="<YOUR_KEY>"
export ANTHROPIC_API_KEY="${ANTHROPIC_API_KEY:?must be set}"
export DATABASE_URL="postgres://${PGUSER}:${PGPASSWORD}@${PGHOST}:5432/${PGDATABASE}"
""")

    c.neg("placeholder", """spring:
  datasource:
    url: jdbc:postgresql://${DB_HOST:localhost}:5432/ledger
    username: ${DB_USER}
    password: ${DB_PASSWORD}
  security:
    oauth2:
      client:
        registration:
          keycloak:
            client-secret: "{cipher}${KEYCLOAK_CLIENT_SECRET_ENC}"
""")

    c.neg("placeholder", """resource "kubernetes_secret" "app" {
  metadata { name = "app-secrets" }
  data = {
    DB_PASSWORD      = var.db_password
    STRIPE_API_KEY   = data.vault_generic_secret.stripe.data["api_key"]
    OKTA_API_TOKEN   = sensitive(var.okta_token)
  }
}
""")

    c.neg("masked", f"""$ kubectl describe secret payments-secrets -n prod
Name:         payments-secrets
Namespace:    prod
Type:         Opaque

Data
====
ADYEN_API_KEY:       188 bytes
ADYEN_HMAC_KEY:      64 bytes
STRIPE_SECRET_KEY:   107 bytes
""")

    c.neg("masked", """Keycloak > Clients > billing-backend > Credentials
Client Authenticator: Client Id and Secret
Client secret: ************************************   [Regenerate]
Registration access token: (none)
""")

    c.neg("masked", """>>> settings.openai_api_key
SecretStr('**********')
>>> settings.model_dump()
{'openai_api_key': SecretStr('**********'), 'model': 'gpt-4o-mini', 'timeout_s': 30}
""")

    c.neg("masked", """Stripe Dashboard > Developers > API keys
Secret key        sk_live_...4f2a   Created Jan 12   Last used 2 minutes ago   [Roll key]
Publishable key   pk_live_...9c1e   Created Jan 12
""")

    # ------------------------------------------------------------ identifiers that mention token/secret/password
    c.neg("identifiers", """class PasswordResetTokenService:
    TOKEN_TTL_SECONDS = 3600
    MAX_PASSWORD_LENGTH = 128

    def issue_reset_token(self, user_id: int) -> str:
        token = secrets.token_urlsafe(32)
        self.store.put(f"pwreset:{user_id}", hash_token(token), ttl=self.TOKEN_TTL_SECONDS)
        return token

    def verify(self, user_id: int, presented_token: str) -> bool:
        return hmac.compare_digest(self.store.get(f"pwreset:{user_id}"), hash_token(presented_token))
""")

    c.neg("identifiers", """tokenizer = AutoTokenizer.from_pretrained("bert-base-uncased")
enc = tokenizer("reset my password please", return_tensors="pt")
print(enc["input_ids"])  # tensor([[ 101, 25141, 2026, 20786, 3531, 102]])
print(tokenizer.convert_ids_to_tokens(enc["input_ids"][0]))
# ['[CLS]', 'reset', 'my', 'password', 'please', '[SEP]']
""")

    c.neg("identifiers", """{
  "usage": {"prompt_tokens": 1843, "completion_tokens": 212, "total_tokens": 2055,
            "prompt_tokens_details": {"cached_tokens": 1536}},
  "id": "chatcmpl-%s",
  "system_fingerprint": "fp_%s",
  "model": "gpt-4o-mini-2024-07-18"
}
""" % (rs(rng, ALNUM, 29), hexs(rng, 10)))

    c.neg("identifiers", """password_policy:
  min_length: 14
  require_symbols: true
  history: 5
  bcrypt_cost: 12
session:
  token_lifetime: 15m
  refresh_token_lifetime: 30d
  secret_rotation: weekly
""")

    # ------------------------------------------------------------ uuids / ids in code and logs
    c.neg("uuid", f"""def test_refund_is_idempotent(client):
    order_id = uuid.UUID("{uuid4(rng)}")
    key = "{uuid4(rng)}"
    r1 = client.post(f"/orders/{{order_id}}/refund", headers={{"Idempotency-Key": key}})
    r2 = client.post(f"/orders/{{order_id}}/refund", headers={{"Idempotency-Key": key}})
    assert r1.json()["refund_id"] == r2.json()["refund_id"]
""")


    c.neg("uuid", f"""2025-03-11T10:14:22.004Z INFO  request_id={uuid4(rng)} method=POST path=/v1/checkout status=201 dur_ms=184
2025-03-11T10:14:22.311Z INFO  request_id={uuid4(rng)} method=GET path=/v1/orders/ord_{rs(rng, UALNUM, 26)} status=200 dur_ms=12
2025-03-11T10:14:23.020Z WARN  request_id={uuid4(rng)} method=POST path=/v1/webhooks/adyen status=401 dur_ms=3 reason="hmac mismatch"
pod=checkout-api-7d9f8b6c5d-{rs(rng, LALNUM, 5)} node=ip-internal-a-12
""")

    c.neg("uuid", f"""$ kubectl get pod checkout-api-7d9f8b6c5d-{rs(rng, LALNUM, 5)} -o jsonpath='{{.metadata.uid}} {{.metadata.resourceVersion}}'
{uuid4(rng)} 48812273
$ kubectl get pod -o yaml | grep -A3 secretKeyRef
            secretKeyRef:
              key: STRIPE_SECRET_KEY
              name: payments-secrets
""")

    # ------------------------------------------------------------ public keys / certs
    c.neg("public_key", f"""# authorized_keys for the deploy user (public keys only)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{b64e(rbytes(rng, 32))[:43]} ci-deploy-2025
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{b64e(rbytes(rng, 32))[:43]} backup-runner
""")

    c.neg("public_key", f"""$ openssl x509 -in api.orbitly.io.pem -noout -subject -issuer -dates -fingerprint -sha256
subject=CN = api.orbitly.io
issuer=C = US, O = Let's Encrypt, CN = R11
notBefore=Feb 14 08:12:44 2025 GMT
notAfter=May 15 08:12:43 2025 GMT
sha256 Fingerprint={":".join(wrap(hexs(rng, 64, upper=True), 2))}
""")

    pgp = wrap(b64e(rbytes(rng, 300)), 64)
    c.neg("public_key", "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + "\n".join(pgp) + "\n=" + rs(rng, B64STD, 4)
          + "\n-----END PGP PUBLIC KEY BLOCK-----\n(release signing key, also on keys.openpgp.org)\n")

    c.neg("public_key", json.dumps({"keys": [{"kty": "OKP", "crv": "Ed25519", "kid": "webhook-2025-03",
                                              "x": b64u(rbytes(rng, 32)), "use": "sig"}]}, indent=2) + "\n")

    # ------------------------------------------------------------ versions / products / dates
    c.neg("versions", """## 2.14.3 (2025-03-10)
- Bump @sentry/nextjs 8.54.0 -> 8.55.0
- Require node >=20.11.1 <23
- Docker base image node:20.18.3-bookworm-slim
- Android versionCode 4187, versionName 3.12.0-rc.2+build.20250310
User-Agent: checkout-sdk/2.14.3 (Linux; x86_64) okhttp/4.12.0
""")

    c.neg("versions", f"""SKU              EAN              Description                    Price
WAX-TRP-100      {ean13(rng)}    Surf wax tropical 100g         4.90
LEASH-9FT-BLK    {ean13(rng)}    Leash 9ft black                34.00
FIN-FCS2-M       {ean13(rng)}    FCS II fins medium             89.00
Bibliography: ISBN {isbn13(rng)}, ISBN {isbn13(rng)}
""")

    c.neg("versions", """schedule:
  - cron: "15 3 * * 1-5"     # 03:15 UTC weekdays
timestamps:
  created_at: 2025-03-11T10:14:22.004+01:00
  epoch_ms: 1741684462004
  expires: 2026-03-11
  rfc2822: Tue, 11 Mar 2025 10:14:22 +0100
""")


    # ------------------------------------------------------------ encoded but harmless
    prefs = b64e(json.dumps({"theme": "dark", "sidebar": "collapsed", "lang": "de"}, separators=(",", ":")))
    c.neg("encoded", f"""localStorage dump:
ui.prefs = {prefs}
ui.lastRoute = /orders?status=open
feature.banner.dismissed = true
""")

    c.neg("encoded", """$ xxd -l 64 checkout-api
00000000: 7f45 4c46 0201 0100 0000 0000 0000 0000  .ELF............
00000010: 0300 3e00 0100 0000 3058 0100 0000 0000  ..>.....0X......
00000020: 4000 0000 0000 0000 c8a2 9d01 0000 0000  @...............
00000030: 0000 0000 4000 3800 0d00 4000 2500 2400  ....@.8...@.%.$.
""")


    c.neg("encoded", f"""HTTP/2 200
etag: W/"{hexs(rng, 2)}-{b64u(rbytes(rng, 20))}"
content-md5: {b64e(rbytes(rng, 16))}
x-amz-request-id: {rs(rng, UALNUM, 16)}
x-amz-id-2: {b64e(rbytes(rng, 48))}
cache-control: public, max-age=31536000, immutable
""")

    # ------------------------------------------------------------ stack traces / memory
    c.neg("stacktrace", f"""thread 'tokio-runtime-worker' panicked at src/redact/mod.rs:212:37:
called `Option::unwrap()` on a `None` value
stack backtrace:
   0: 0x55d4{hexs(rng, 8)} - std::backtrace_rs::backtrace::libunwind::trace
   1: 0x55d4{hexs(rng, 8)} - core::option::unwrap_failed
   2: 0x55d4{hexs(rng, 8)} - scrub::token::TokenMatcher::find_secret
note: Some details are omitted, run with `RUST_BACKTRACE=full` for a verbose backtrace.
""")

    c.neg("stacktrace", crlf("""Exception in thread "main" java.lang.IllegalStateException: No secret configured for alias 'payments'
	at com.acme.vault.SecretResolver.resolve(SecretResolver.java:88)
	at com.acme.payments.AdyenClientFactory.create(AdyenClientFactory.java:41)
	at com.acme.payments.Application.main(Application.java:19)
Caused by: java.util.NoSuchElementException: key 'adyen.api-key' not present in keystore
"""))

    # ------------------------------------------------------------ vault / secret manager metadata
    c.neg("vault", f"""$ vault kv metadata get kv/payments/stripe
======== Metadata Path ========
kv/metadata/payments/stripe

========== Metadata ==========
Key                     Value
---                     -----
cas_required            false
created_time            2024-06-02T09:11:40.118Z
current_version         7
max_versions            10
updated_time            2025-03-01T07:00:02.551Z
""")

    c.neg("vault", f"""$ aws secretsmanager describe-secret --secret-id prod/checkout/db --query '{{Name:Name,RotationEnabled:RotationEnabled,LastRotatedDate:LastRotatedDate,VersionIdsToStages:VersionIdsToStages}}'
{{
    "Name": "prod/checkout/db",
    "RotationEnabled": true,
    "LastRotatedDate": "2025-03-01T07:00:02+00:00",
    "VersionIdsToStages": {{
        "{uuid4(rng)}": ["AWSCURRENT"],
        "{uuid4(rng)}": ["AWSPREVIOUS"]
    }}
}}
""")

    # ------------------------------------------------------------ docs / chat about secrets, no values
    c.neg("chat", """how do I tell gitleaks to ignore the test fixtures folder? it keeps flagging our
testdata/*.json because they contain keys named "password" and "api_secret" but the values are all
generated at test time. I tried [allowlist] paths = ['''testdata/'''] but it still fires.
""")


    c.neg("chat", """Kurze Frage zur DSGVO: reicht es, IBAN und Steuer-ID in den Logs zu maskieren (z. B. DE** **** **** **** **34),
oder müssen wir die Felder komplett entfernen? Die Logs werden 30 Tage aufbewahrt.
""")

    c.neg("chat", """MRZ check digit question: weights are 7-3-1 repeating, '<' counts as 0 and letters A=10..Z=35, right?
So for a document number field I sum value*weight and take mod 10. Does the composite digit on TD3 include
the optional data field (positions 29-43) as well?
""")

    # ------------------------------------------------------------ hashes that look like keys
    c.neg("hashes", f"""$ sha256sum checkout-api.tar.gz
{sha256()}  checkout-api.tar.gz
$ md5sum favicon.ico
{hexs(rng, 32)}  favicon.ico
$ git hash-object README.md
{sha1()}
""")

    c.neg("hashes", f"""// webhook test vector from our own docs (payload + computed signature, not a key)
const payload = '{{"id":"evt_test","type":"order.paid"}}';
const expectedSignature = "sha256={hexs(rng, 64)}";
assert.equal(sign(payload, process.env.WEBHOOK_SECRET), expectedSignature);
""")

    c.neg("hashes", f"""Android app signing certificate fingerprints (Play Console > App integrity)
SHA-1:   {":".join(wrap(hexs(rng, 40, upper=True), 2))}
SHA-256: {":".join(wrap(hexs(rng, 64, upper=True), 2))}
""")
    return c.cases
