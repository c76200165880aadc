"""Theme 9b: negatives: placeholders, references, policy text, codes and numbers."""
from common import G, N


def _luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch) * (2 if i % 2 else 1)
        tot += d - 9 if d > 9 else d
    return tot % 10 == 0


def not_luhn(g, n):
    """Random digit string of length n that is NOT Luhn-valid."""
    while True:
        s = g.digits(n)
        tot = 0
        for i, ch in enumerate(reversed(s)):
            d = int(ch) * (2 if i % 2 else 1)
            tot += d - 9 if d > 9 else d
        if tot % 10:
            return s


def usps(g):
    while True:
        d = "9400" + g.digits(18)
        if not any(_luhn_ok(d[i:j]) for i in range(len(d)) for j in range(i + 13, min(len(d), i + 19) + 1)):
            return " ".join(d[k:k + 4] for k in range(0, 22, 4))


def ean13(g, prefix):
    """Valid EAN-13 (GS1 check digit) that is not also Luhn-valid."""
    while True:
        body = prefix + g.digits(12 - len(prefix))
        s = body + str((10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10)
        if not _luhn_ok(s):
            return s


def isbn13(g):
    while True:
        body = "978" + g.digits(9)
        chk = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
        s = body + str(chk)
        tot = 0
        for i, ch in enumerate(reversed(s)):
            d = int(ch) * (2 if i % 2 else 1)
            tot += d - 9 if d > 9 else d
        if tot % 10:
            return "%s-%s-%s-%s-%s" % (s[:3], s[3], s[4:7], s[7:12], s[12])


def cases():
    g = G("neg2")
    out = []
    F = "lookalike/"

    out.append(N(F + "placeholder-angle", """## Quick start

```bash
export OPENAI_API_KEY=<YOUR_API_KEY>
export LEDGER_DB_PASSWORD=<db-password-from-vault>
curl -H "Authorization: Bearer <token>" https://api.corp-lab.net/v2/ping
```
"""))
    out.append(N(F + "placeholder-shell", """services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: ledger
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}
  api:
    image: ghcr.io/corp-lab/ledger-api:2.3.0
    environment:
      DATABASE_URL: postgres://ledger:${POSTGRES_PASSWORD}@db:5432/ledger
      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY}
      SESSION_SECRET: ${SECRET}
"""))
    out.append(N(F + "placeholder-python", """import os

API_KEY = os.environ["API_KEY"]
DB_PASSWORD = os.getenv("DB_PASSWORD", "")
SLACK_TOKEN = os.environ.get("SLACK_BOT_TOKEN")

if not API_KEY:
    raise RuntimeError("API_KEY is not set; see docs/configuration.md")
"""))
    out.append(N(F + "placeholder-js", """const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);
const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET;
const { GITHUB_TOKEN: token = '' } = process.env;
module.exports = { stripe, webhookSecret, token };
"""))
    out.append(N(F + "gha-secrets", """      - uses: actions/setup-node@v4
        with:
          node-version: 20
          registry-url: https://registry.npmjs.org
      - run: npm publish --provenance --access public
        env:
          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}
      - run: ./scripts/notify.sh
        env:
          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}
"""))
    out.append(N(F + "k8s-secretref", """        env:
          - name: DB_PASSWORD
            valueFrom:
              secretKeyRef:
                name: ledger-db
                key: password
          - name: STRIPE_SECRET_KEY
            valueFrom:
              secretKeyRef:
                name: ledger-stripe
                key: secret-key
"""))
    out.append(N(F + "terraform-var", """variable "db_password" {
  description = "Master password for the ledger RDS instance"
  type        = string
  sensitive   = true
}

resource "aws_db_instance" "ledger" {
  identifier     = "ledger-prod"
  engine         = "postgres"
  engine_version = "16.3"
  username       = "ledger_admin"
  password       = var.db_password
}
"""))
    out.append(N(F + "password-policy", """Password policy (v3, effective 1 July 2024)
1. Passwords must be at least 12 characters long and contain at least one number and one symbol.
2. Passwords must not be reused across the last 10 rotations.
3. Service-account tokens expire after 90 days; request a new token from the access portal.
4. Never send a password or API key over chat or email; share it through the password manager.
"""))
    out.append(N(F + "lorem-ipsum", """Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut
labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris
nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit
esse cillum dolore eu fugiat nulla pariatur.
"""))
    out.append(N(F + "build-ids", """Build #48213 (main) finished in 7m 42s
BUILD_ID=2024.06.11-48213
BUILD_URL=https://ci.corp-lab.net/job/ledger/48213/
Xcode 15.4 (Build version 15F31d)
Android build fingerprint: google/shiba/shiba:14/AP2A.240605.024/11860263:user/release-keys
Artifact: ledger-android-4.18.2-prodRelease-b4182.aab
"""))
    out.append(N(F + "version-strings", """## Changelog
### 2.3.0 (2024-06-11)
- bump ledger-core to 2.3.0-rc.2+build.8841
- runtime: node v20.14.0, python 3.12.4, postgres 16.3
- `git describe` now reports v2.3.0-14-g%s
- docker base image: debian:bookworm-20240612-slim
""" % g.hx(7)))
    out.append(N(F + "isbn", """References
[1] Kleppmann, M. Designing Data-Intensive Applications. O'Reilly, 2017. ISBN %s
[2] Fowler, M. Patterns of Enterprise Application Architecture. Addison-Wesley, 2002. ISBN %s
[3] Kimball, R. The Data Warehouse Toolkit, 3rd ed. Wiley, 2013. ISBN %s
[4] Internal style guide, 2nd printing. Corp Lab Press, 2023. ISBN %s
""" % ("978-1-449-37332-0", "978-0-321-12742-6", "978-1-118-53080-1", isbn13(g))))
    out.append(N(F + "tracking-numbers", """Shipment status (warehouse LDS-2)
UPS      1Z%s%s   Out for delivery
FedEx    %s           In transit
DHL      %s             Delivered
USPS     %s   Label created
Royal Mail %s%sGB    Delivered
""" % (g.s(6, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"), not_luhn(g, 10), not_luhn(g, 12), not_luhn(g, 10),
       usps(g),
       g.s(2, "ABCDEFGHJKLMNPRSTUVWXYZ"), not_luhn(g, 9))))
    out.append(N(F + "product-codes", """SKU           MPN               EAN            Description
WH-1000XM5-B  90NB0XX1-M00560   %s  Wireless headphones, black
KB-K3P-UK     920-%s        %s  Low-profile keyboard, UK layout
CB-USBC-2M    A8%s-%s        %s  USB-C cable, 2 m
""" % (ean13(g, "45"), g.digits(6), ean13(g, "50"), g.digits(2), g.digits(4), ean13(g, "40"))))
    while True:
        o = "114" + g.digits(14)
        if not _luhn_ok(o):
            break
    out.append(N(F + "order-numbers", """Your order has shipped!
Order number: %s-%s-%s
Invoice: INV-2024-06-%s
Support case: 02-%s-%s (quote this order reference, not a phone number, when you contact us)
Return authorisation: RMA %s-%s-%s
""" % (o[:3], o[3:10], o[10:], g.digits(4), g.digits(4), g.digits(4), g.digits(3), g.digits(3), g.digits(4))))
    out.append(N(F + "timestamps", """event_time_ms=1718099012114 ingest_time=2024-06-11T09:43:32.114+00:00
Date: Tue, 11 Jun 2024 09:43:32 +0000
Last-Modified: Mon, 10 Jun 2024 17:02:11 GMT
epoch seconds 1718099012, ns 1718099012114882201, duration PT4M12.5S
cron: 0 3 * * 1-5 (next run 2024-06-12 03:00:00 UTC)
"""))
    out.append(N(F + "redacted-markers", """[2024-06-11 10:02:14] connecting to postgres://ledger:********@db:5432/ledger
[2024-06-11 10:02:14] stripe client ready (key=[REDACTED])
[2024-06-11 10:02:15] slack webhook configured: https://hooks.slack.com/services/***
[2024-06-11 10:02:15] password: <hidden>  token: (not set)
"""))
    out.append(N(F + "key-format-docs", """How to recognise a leaked credential
- Stripe live secret keys begin with `sk_live_`; restricted keys with `rk_live_`.
- GitHub classic tokens start with `ghp_`, fine-grained ones with `github_pat_`.
- AWS access key IDs start with `AKIA` (long-term) or `ASIA` (temporary).
- Slack bot tokens start with `xoxb-`. If you find one, rotate it and report it in #security.
"""))
    out.append(N(F + "getpass-code", """import getpass

def login(client):
    username = input("Username: ")
    password = getpass.getpass("Password: ")
    token = client.authenticate(username=username, password=password)
    secret = client.fetch_secret(name="ledger/prod/db", token=token)
    return secret
"""))
    out.append(N(F + "env-template", """# .env.example - copy to .env and fill in
NODE_ENV=development
DATABASE_URL=
STRIPE_SECRET_KEY=
STRIPE_WEBHOOK_SECRET=
SLACK_BOT_TOKEN=
# ask #platform for access to the shared vault entry "ledger/dev"
"""))
    return out
