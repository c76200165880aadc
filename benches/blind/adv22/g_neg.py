"""Group neg: pure look-alikes that contain no secret and no personal data.
Every case must come back byte-identical."""
import base64
import json
import random
import struct
import zlib

import common_pii as P
from common import Collector, Gen

SEED = 220808
G = "neg"


def tiny_png(rng, w=4, h=4):
    raw = b"".join(b"\x00" + bytes(rng.getrandbits(8) for _ in range(w * 3)) for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def isbn13(rng):
    body = "978" + P.digits(rng, 9)
    s = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body))
    full = body + str((10 - s % 10) % 10)
    return "%s-%s-%s-%s-%s" % (full[:3], full[3], full[4:8], full[8:12], full[12])


def build():
    rng = random.Random(SEED)
    g = Gen(rng)
    c = Collector(G)

    # 1 git log one-line
    msgs = ["fix(api): retry on 429", "chore(deps): bump axios to 1.7.2", "feat: add CSV export", "docs: clarify token scopes", "refactor: split billing module"]
    c.neg("commit_sha", "$ git log --format='%H %s' -5\n" + "\n".join("%s %s" % (g.hex(40), m) for m in msgs))

    # 2 UUID request ids
    c.neg("uuid", json.dumps({"requestId": g.uuid(), "correlationId": g.uuid(), "items": [{"id": g.uuid(), "status": "queued"}, {"id": g.uuid(), "status": "done"}]}, indent=2))

    # 3 sha256sum output
    files = ["acme-cli_3.4.0_linux_amd64.tar.gz", "acme-cli_3.4.0_darwin_arm64.tar.gz", "acme-cli_3.4.0_windows_amd64.zip"]
    c.neg("content_hash", "checksums.txt\n" + "\n".join("%s  %s" % (g.sha256_of(f + "x"), f) for f in files))

    # 4 package-lock integrity
    integ = "sha512-" + base64.b64encode(g.rawbytes(64)).decode()
    c.neg("sri_integrity", "    \"node_modules/left-pad\": {\n      \"version\": \"1.3.0\",\n      \"resolved\": \"https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz\",\n"
                           "      \"integrity\": \"%s\",\n      \"license\": \"WTFPL\"\n    }," % integ)

    # 5 base64 image data URI
    png = base64.b64encode(tiny_png(rng)).decode()
    c.neg("base64_image", "<img alt=\"status dot\" width=\"4\" height=\"4\"\n     src=\"data:image/png;base64,%s\" />" % png)

    # 6 CSS-module hashed class names
    cls = ["_%s_%s" % (g.s("abcdefghijklmnopqrstuvwxyz", 6), g.alnum(5)) for _ in range(4)]
    c.neg("css_classes", "<div class=\"%s %s\">\n  <button class=\"%s\" type=\"submit\">Save</button>\n  <span class=\"%s\">Saved 2 minutes ago</span>\n</div>" % tuple(cls))

    # 7 minified identifiers
    c.neg("minified_js", "!function(e,t){\"object\"==typeof exports?module.exports=t():e.qZx7Lk=t()}(this,function(){var Ab3kQ=function(Xy9Pq,Lm2Vv){return Xy9Pq+Lm2Vv},"
                         "Zt8Rw=Ab3kQ(1,2),Hj4Nn=[Zt8Rw,Ab3kQ];return{vK9s2Lq:Hj4Nn,Wq7Ee3Rt:\"done\"}});\n//# sourceMappingURL=bundle.min.js.map")

    # 8 build IDs
    c.neg("build_id", "$ file ./acme-agent\n./acme-agent: ELF 64-bit LSB executable, x86-64, version 1 (SYSV), statically linked, "
                      "Go BuildID=%s/%s/%s/%s, BuildID[sha1]=%s, stripped" % (g.b64url(20), g.b64url(20), g.b64url(20), g.b64url(20), g.hex(40)))

    # 9 docker image digests
    c.neg("image_digest", "REPOSITORY                      TAG       DIGEST\nghcr.io/acme/api                4.12.0    sha256:%s\n"
                          "ghcr.io/acme/worker             4.12.0    sha256:%s" % (g.hex(64), g.hex(64)))

    # 10 public-by-design site key + SPDX
    c.neg("public_keys_by_design", "<!-- SPDX-License-Identifier: Apache-2.0 -->\n<form action=\"/contact\" method=\"post\">\n"
                                   "  <div class=\"g-recaptcha\" data-sitekey=\"6L%s\"></div>\n</form>" % g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-", 38))

    # 11 documentation placeholders
    c.neg("doc_placeholder", "## Quickstart\n\n```bash\nexport OPENAI_API_KEY=\"<YOUR_API_KEY>\"\nexport ANTHROPIC_API_KEY=sk-ant-...\nexport STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\n```\n\n"
                             "Replace the placeholders with the values from your dashboard.")

    # 12 env references in many syntaxes
    c.neg("env_reference", "DB_PASSWORD=${DB_PASSWORD:?missing}\nAPI_TOKEN=$(cat /run/secrets/api_token)\nset PASS=%DEPLOY_PASS%\n"
                           "token: {{ secrets.GITHUB_TOKEN }}\npassword: ${{ secrets.REGISTRY_PASSWORD }}\nkey = env(\"STRIPE_KEY\")")

    # 13 vault/secret references
    c.neg("secret_reference", "apiVersion: secrets-store.csi.x-k8s.io/v1\nkind: SecretProviderClass\nmetadata:\n  name: payments-kv\nspec:\n  provider: azure\n"
                              "  parameters:\n    keyvaultName: kv-payments-prod\n    objects: |\n      array:\n        - |\n          objectName: stripe-secret-key\n          objectType: secret\n"
                              "    tenantId: \"00000000-0000-0000-0000-000000000000\"")

    # 14 masked values
    c.neg("masked_value", "Settings › API keys\nName          Key                 Created\nproduction    sk-…abcd            2025-01-14\nci            ****************    2025-02-02\n"
                          "analytics     pk_live_••••••••4f2a  2025-03-09")

    # 15 password policy strings (i18n file)
    c.neg("password_policy_i18n", "{\n  \"password.tooShort\": \"Das Passwort muss mindestens 12 Zeichen lang sein.\",\n  \"password.needsDigit\": \"Le mot de passe doit contenir un chiffre.\",\n"
                                  "  \"password.reuse\": \"No puedes reutilizar tus últimas 5 contraseñas.\",\n  \"password.label\": \"パスワード\"\n}")

    # 16 version numbers that look like phones
    c.neg("version_numbers", "Component            Version\nkernel               6.8.0-1014-azure\nfirmware             7.12.2024.0418\nchrome               124.0.6367.207\n"
                             "windows              10.0.22631.3155\nbuild                2025.0311.1542.88")

    # 17 ISBNs
    books = ["Designing Data-Intensive Applications", "The Pragmatic Programmer", "Site Reliability Engineering"]
    c.neg("isbn", "Reading list for the platform guild:\n" + "\n".join("- %s, ISBN %s" % (b, isbn13(rng)) for b in books))

    # 18 IBAN-like but invalid order references
    refs = []
    for cc in ("DE", "NL", "FR"):
        ib = P.iban(rng, cc)
        bad = ib[:2] + "%02d" % ((int(ib[2:4]) + 37) % 97 or 1) + ib[4:]
        if P.iban_ok(bad):
            bad = ib[:2] + "00" + ib[4:]
        assert not P.iban_ok(bad)
        refs.append(P.fmt_iban(bad))
    c.neg("iban_like_ref", "Internal transfer batch (order refs, not accounts):\n" + "\n".join("ref %d: %s  status=settled" % (i + 1, r) for i, r in enumerate(refs)))

    # 19 card-like tracking numbers failing Luhn
    trk = [P.card_not_luhn(rng) for _ in range(3)]
    c.neg("tracking_not_luhn", "Shipment tracking (carrier: DPD)\n" + "\n".join("%s — in transit" % " ".join(t[i:i + 4] for i in range(0, 16, 4)) for t in trk))

    # 20 company/product names in prose
    c.neg("company_names", "Quarterly vendor review: we compared Datadog, New Relic and Grafana Cloud for observability,\nand Stripe, Adyen and Mollie for payments. "
                           "Snowflake stays our warehouse; Fivetran handles ingestion.\nDecision: keep Datadog, trial Adyen in Q3.")

    # 21 dates that are not DOBs
    c.neg("non_dob_dates", "Release calendar\n- 2025-04-01  code freeze\n- 2025-04-08  release candidate\n- 15.04.2025  go-live (DACH)\n- 04/22/2025  retro\nInvoice dated 31/03/2025, due 30/04/2025.")

    # 22 SSH public key
    c.neg("ssh_public_key", "# ~/.ssh/authorized_keys on bastion-01\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s ci-deploy-2025\n"
                            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s backup-runner" % (g.s(ALPH := "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 43), g.s(ALPH, 43)))

    # 23 X.509 certificate (public)
    cert = base64.b64encode(b"\x30\x82\x03\x1d\x30\x82\x02\x05\xa0\x03\x02\x01\x02" + g.rawbytes(500)).decode()
    lines = [cert[i:i + 64] for i in range(0, len(cert), 64)]
    c.neg("x509_certificate", "ca.crt (public CA certificate, safe to share):\n-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----")

    # 24 git LFS pointer
    c.neg("lfs_pointer", "version https://git-lfs.github.com/spec/v1\noid sha256:%s\nsize %d" % (g.hex(64), rng.randint(10 ** 6, 10 ** 8)))

    # 25 terraform lock file hashes
    c.neg("tf_lock_hashes", "provider \"registry.terraform.io/hashicorp/aws\" {\n  version     = \"5.54.1\"\n  constraints = \"~> 5.0\"\n  hashes = [\n"
                            "    \"h1:%s=\",\n    \"zh:%s\",\n    \"zh:%s\",\n  ]\n}" % (base64.b64encode(g.rawbytes(32)).decode()[:43], g.hex(64), g.hex(64)))

    # 26 AWS managed policy ARNs and request ids
    c.neg("arn_request_id", "Attached policies:\n  arn:aws:iam::aws:policy/ReadOnlyAccess\n  arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess\n"
                            "x-amz-request-id: %s\nx-amz-id-2: %s" % (g.HEX(16), base64.b64encode(g.rawbytes(56)).decode()))

    # 27 PGP public key block
    body = base64.b64encode(b"\x99\x01\x0d\x04" + g.rawbytes(300)).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    c.neg("pgp_public_key", "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + "\n".join(lines) + "\n=" + base64.b64encode(g.rawbytes(3)).decode() + "\n-----END PGP PUBLIC KEY BLOCK-----")

    # 28 OTP-free order/confirmation numbers and ticket ids
    c.neg("order_numbers", "Bestellbestätigung\nBestellnummer: 302-%s-%s\nRechnungsnummer: RE-2025-%s\nTicket: INC%s\nSendungsnummer: 00340434%s" %
          (P.digits(rng, 7), P.digits(rng, 7), P.digits(rng, 6), P.digits(rng, 7), P.digits(rng, 10)))

    # 29 SRI script tags
    c.neg("sri_script_tag", "<script src=\"https://cdn.jsdelivr.net/npm/alpinejs@3.14.1/dist/cdn.min.js\"\n        integrity=\"sha384-%s\"\n        crossorigin=\"anonymous\" defer></script>"
          % base64.b64encode(g.rawbytes(48)).decode())

    # 30 password manager CSV template (headers + placeholders only)
    c.neg("pm_template", "name,url,username,password,totp,notes\nExample entry,https://example.com/login,<username>,<password>,,imported template row\n")

    # 31 hex colour palette and font hashes
    c.neg("design_tokens", "{\n  \"color.brand.primary\": \"#%s\",\n  \"color.brand.secondary\": \"#%s\",\n  \"font.hash\": \"%s\",\n  \"spacing.4\": \"16px\"\n}" % (g.hex(6), g.hex(6), g.hex(16)))

    # 32 feature flags and experiment keys
    c.neg("feature_flags", "flags:\n  checkout_v2_enabled: true\n  exp_pricing_page_%s: variant_b\n  rollout_bucket_seed: %s\n  kill_switch_legacy_sso: false" % (g.hex(8), g.hex(12)))
    return c.items
