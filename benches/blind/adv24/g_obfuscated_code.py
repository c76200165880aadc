"""Group obfuscated_code: secrets written the ways code hides or spreads them."""
import base64

from common import D, J, b64s

SEED = 2403
TITLE = "secrets hidden in code: hex/base64/escape literals, concatenation, language-specific literals"
COVERS = [
    "Python bytes.fromhex(...) hex literal and \"\\x..\" escape literals (listed as written), base64 constants named *_B64",
    "JavaScript atob(\"...\") base64 literal, reversed-string literal, fromCharCode used only for a separator next to a plain key",
    "keys split across + concatenation over several lines (each literal piece >= 6 listed)",
    "Go raw strings (PEM, DSN), Kotlin const val, Swift let, Rust const, C# verbatim strings, PHP define, Ruby %q",
    "PowerShell here-strings, Dockerfile ENV/ARG defaults, Makefile variables, GitHub Actions env: with literal values",
    "providers: AWS AKIA + 40-char secret, GitHub ghp_/github_pat_, Stripe sk_live_, Slack xoxb-, OpenAI sk-proj-, Anthropic sk-ant-api03-, Google AIza, SendGrid, Twilio AC/SK, npm_, PyPI, PEM keys, JWTs, DB URLs, db_password",
]


def build(c):
    g, r = c.g, c.rng

    def prov():
        return r.choice([("STRIPE_KEY", lambda: g.stripe("sk", "live")), ("GITHUB_TOKEN", g.github),
                         ("OPENAI_API_KEY", g.openai), ("ANTHROPIC_API_KEY", g.anthropic), ("SLACK_BOT_TOKEN", g.slack_bot),
                         ("SENDGRID_API_KEY", g.sendgrid), ("NPM_TOKEN", g.npm), ("GOOGLE_MAPS_KEY", g.gcp_api_key),
                         ("GH_PAT", g.github_fine), ("TWILIO_API_SECRET", g.twilio_token)])

    # ---- Python bytes.fromhex
    for k in range(3):
        name, fn = prov()
        t = fn()
        hx = t.encode().hex()
        txt = D("""
            import os
            import requests

            # obfuscated so the scanner in CI doesn't flag it -- TODO move to vault
            _K = bytes.fromhex("⟦hx⟧").decode()
            ⟦name⟧ = os.environ.get("⟦name⟧", _K)

            def client():
                s = requests.Session()
                s.headers["Authorization"] = f"Bearer {⟦name⟧}"
                return s
            """, hx=hx, name=name)
        c.pos("py_fromhex", txt, [hx])

    # ---- Python \x escapes
    for k in range(3):
        name, fn = prov()
        t = fn()
        esc = "".join("\\x%02x" % b for b in t.encode())
        txt = D("""
            class Settings:
                region = "eu-central-1"
                # don't ask
                ⟦lname⟧ = "⟦esc⟧"
                timeout = 30
            """, lname=name.lower(), esc=esc)
        c.pos("py_hex_escapes", txt, [esc])

    # ---- base64 constants
    for k in range(4):
        name, fn = prov()
        t = fn()
        b = b64s(t)
        lang = k % 2
        if lang == 0:
            txt = D("""
                import base64
                ⟦name⟧_B64 = "⟦b⟧"
                ⟦name⟧ = base64.b64decode(⟦name⟧_B64).decode()
                """, name=name, b=b)
        else:
            txt = D("""
                // decoded at runtime
                const ⟦name⟧_B64 = '⟦b⟧';
                export const apiKey = Buffer.from(⟦name⟧_B64, 'base64').toString('utf8');
                """, name=name, b=b)
        c.pos("b64_constant", txt, [b])

    # ---- JS atob
    for k in range(3):
        name, fn = prov()
        t = fn()
        b = b64s(t)
        txt = D("""
            (function () {
              var cfg = window.__APP_CONFIG__ || {};
              cfg.mapsKey = cfg.mapsKey || atob("⟦b⟧");
              cfg.sep = String.fromCharCode(58, 58);
              window.__APP_CONFIG__ = cfg;
            })();
            """, b=b)
        c.pos("js_atob", txt, [b])

    # ---- reversed string
    for k in range(2):
        name, fn = prov()
        t = fn()
        rv = t[::-1]
        txt = D("""
            const k = "⟦rv⟧".split("").reverse().join("");
            fetch("/proxy", { headers: { Authorization: "Bearer " + k } });
            """, rv=rv)
        c.pos("js_reversed", txt, [rv])

    # ---- concatenation over lines
    for k in range(5):
        name, fn = prov()
        t = fn()
        n = 3 if len(t) > 50 else 2
        cuts = sorted(r.sample(range(7, len(t) - 7), n - 1))
        while any(b - a < 7 for a, b in zip([0] + cuts, cuts + [len(t)])):
            cuts = sorted(r.sample(range(7, len(t) - 7), n - 1))
        parts = [t[a:b] for a, b in zip([0] + cuts, cuts + [len(t)])]
        style = k % 3
        if style == 0:
            body = "%s = (\n%s\n)" % (name, "\n".join('    "%s"' % p for p in parts))
        elif style == 1:
            body = "private static final String %s =\n%s;" % (name, " +\n".join('        "%s"' % p for p in parts))
        else:
            body = "const %s = [\n%s\n].join('');" % (name.lower(), ",\n".join("  '%s'" % p for p in parts))
        c.pos("split_concat", J("// split to dodge secret scanning", body), parts)

    # ---- Go raw strings
    for k in range(3):
        if k == 0:
            pem = g.ec_key()
            txt = J("package signer", "", "// TODO: load from KMS", "const signingKey = `" + pem.text + "`", "",
                    "func Key() []byte { return []byte(signingKey) }")
            c.pos("go_raw_string", txt, pem.picks())
        else:
            pw = g.pw(avoid="`@/:?#")
            txt = D("""
                package db

                var dsn = `postgres://orders_rw:⟦pw⟧@orders-db.prod.internal:5432/orders?sslmode=verify-full`

                var awsCreds = struct{ ID, Secret string }{
                	ID:     "⟦ak⟧",
                	Secret: `⟦sk⟧`,
                }
                """, pw=pw, ak=g.aws_akid(), sk=g.aws_secret())
            ak = txt.split('ID:     "')[1].split('"')[0]
            sk = txt.split("Secret: `")[1].split("`")[0]
            c.pos("go_raw_string", txt, [pw, ak, sk])

    # ---- Kotlin / Swift / Rust / C# / PHP / Ruby
    for k in range(6):
        name, fn = prov()
        t = fn()
        pw = g.pw(avoid="\"'\\{}")
        lang = k
        if lang == 0:
            txt = D("""
                object BuildSecrets {
                    const val ⟦name⟧ = "⟦t⟧"
                    const val DB_PASSWORD = "⟦pw⟧"
                }
                """, name=name, t=t, pw=pw)
        elif lang == 1:
            txt = D("""
                enum Secrets {
                    static let ⟦lname⟧ = "⟦t⟧"
                    static let dbPassword: String = "⟦pw⟧"
                }
                """, lname=name.lower(), t=t, pw=pw)
        elif lang == 2:
            txt = D("""
                pub const ⟦name⟧: &str = "⟦t⟧";
                pub const DB_PASSWORD: &[u8] = b"⟦pw⟧";
                """, name=name, t=t, pw=pw)
        elif lang == 3:
            txt = D("""
                internal static class Creds
                {
                    public const string ⟦name⟧ = @"⟦t⟧";
                    public static readonly string ConnStr = @"Server=tcp:sql-prod.database.windows.net,1433;User ID=app_rw;Password=⟦pw⟧;Encrypt=True;";
                }
                """, name=name, t=t, pw=pw.replace(";", "!"))
            pw = pw.replace(";", "!")
        elif lang == 4:
            txt = D("""
                <?php
                define('⟦name⟧', '⟦t⟧');
                define('DB_PASSWORD', '⟦pw⟧');
                $pdo = new PDO('mysql:host=localhost;dbname=shop', 'shop', DB_PASSWORD);
                """, name=name, t=t, pw=pw)
        else:
            txt = D("""
                module Vendor
                  API_KEY = %q(⟦t⟧).freeze
                  DB_PASSWORD = %q(⟦pw⟧)
                end
                """, t=t, pw=pw.replace("(", "[").replace(")", "]"))
            pw = pw.replace("(", "[").replace(")", "]")
        c.pos("lang_literals", txt, [t, pw])

    # ---- PowerShell here-string
    for k in range(2):
        tenant, client = g.uuid(), g.uuid()
        sec = g.azure_client_secret()
        t = g.sendgrid()
        txt = D("""
            $body = @"
            {
              "tenant": "⟦tn⟧",
              "client_id": "⟦cl⟧",
              "client_secret": "⟦sec⟧",
              "sendgrid": "⟦t⟧"
            }
            "@
            Invoke-RestMethod -Uri $uri -Method Post -Body $body -ContentType 'application/json'
            """, tn=tenant, cl=client, sec=sec, t=t)
        c.pos("powershell_herestring", txt, [sec, t])

    # ---- Dockerfile
    for k in range(3):
        ak, sk = g.aws_akid(), g.aws_secret()
        npm = g.npm()
        pypi = g.pypi()
        txt = D("""
            FROM node:20-bookworm-slim AS build
            ARG NPM_TOKEN=⟦npm⟧
            ARG AWS_ACCESS_KEY_ID=⟦ak⟧
            ARG AWS_SECRET_ACCESS_KEY=⟦sk⟧
            ENV PIP_INDEX_URL=https://__token__:⟦pypi⟧@upload.pypi.org/simple/
            RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci
            COPY . .
            RUN npm run build
            """, npm=npm, ak=ak, sk=sk, pypi=pypi)
        c.pos("dockerfile_defaults", txt, [npm, ak, sk, pypi])

    # ---- Makefile
    for k in range(2):
        t = g.github()
        pw = g.pw(avoid="$#\\ ")
        sid, tok = g.twilio_sid(), g.twilio_token()
        txt = D("""
            REGISTRY ?= ghcr.io/acme
            GH_TOKEN ?= ⟦t⟧
            DB_PASSWORD := ⟦pw⟧
            TWILIO_ACCOUNT_SID = ⟦sid⟧
            TWILIO_AUTH_TOKEN = ⟦tok⟧

            login:
            	echo $(GH_TOKEN) | docker login ghcr.io -u acme-bot --password-stdin
            """, t=t, pw=pw, sid=sid, tok=tok)
        c.pos("makefile_vars", txt, [t, pw, tok])

    # ---- GitHub Actions env literals
    for k in range(3):
        ant = g.anthropic()
        jwt = g.supabase_service_jwt(g.s("abcdefghijklmnopqrst", 20))
        gk = g.gcp_api_key()
        txt = D("""
            name: e2e
            on: [pull_request]
            jobs:
              test:
                runs-on: ubuntu-latest
                env:
                  ANTHROPIC_API_KEY: ⟦ant⟧
                  SUPABASE_SERVICE_ROLE_KEY: "⟦jwt⟧"
                  GOOGLE_API_KEY: '⟦gk⟧'
                  GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}
                steps:
                  - uses: actions/checkout@v4
                  - run: npm test
            """, ant=ant, jwt=jwt, gk=gk)
        c.pos("gha_env_literals", txt, [ant, jwt, gk])

    # ---- JWT / PEM in code
    for k in range(2):
        pem = g.rsa_key(pkcs8=(k == 1))
        body = "\\n".join(pem.text.split("\n"))
        txt = J("# service account used by the nightly export", 'PRIVATE_KEY = "%s"' % body,
                'CLIENT_EMAIL = "exporter@acme-prod.iam.gserviceaccount.com"')
        c.pos("pem_escaped_literal", txt, pem.picks())
