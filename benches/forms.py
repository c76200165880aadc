#!/usr/bin/env python3
"""Generalisation harness: does a secret stay redacted in every surface form?

What it measures
----------------
A (secret value, surface form) matrix, scored strictly per case.

* Values: one realistic value per *secret* rule, taken from the rule's own
  positive examples. ``rules list --json`` carries no examples, so they are
  read from the pack TOML whose SHA-256 equals the pack the binary embeds
  (working tree ``rules/`` first, then the same files at ``--rules-ref``,
  default ``HEAD``, read with ``git show``): every example is written to its
  own file, one ``scrubline scan`` process scans the directory, and the value
  is the byte span that the rule itself reports (first example that yields
  one; if another rule wins the overlap on every example, those examples are
  scanned again with the winners ``--disable``d; rules whose examples still
  yield none are skipped and counted). Rules whose span is the password inside
  a URI or connection string plant the whole string and score only the
  span. Plus 16 hand-written values for common secrets (AWS key pair, GitHub
  PAT, Slack, Stripe, OpenAI, Anthropic, Google, SendGrid, JWT, Postgres URI,
  two plain passwords, a 40-hex ``MYAPP_API_KEY``, a PEM block, a Slack
  webhook) that exercise the generic paths.
* Forms: ~45 functions ``(name, value) -> text`` writing the value the way
  secrets really appear in prompts, logs, config and code (``.env``, JSON with
  ``\\/`` or ``\\u002F``, YAML, TOML, XML, URL query, percent-encoding, curl,
  Python/JS/Go/Java, log lines, tracebacks, values split over two lines or
  across string literals, base64 in a Kubernetes Secret, zero-width spaces,
  chat messages in German/Spanish/French, ...). ``name`` is derived from the
  rule's entity the way a user would name the variable (``STRIPE_KEY``).
  Forms that would equal another form for a value (``\\/`` when the value has
  no ``/``) are not applicable and not counted.
* Score: a case is **fully redacted** when, after ``scrubline redact``, no
  piece of the value survives: neither the value, nor the planted text
  (escaped/encoded form), nor any fragment of ``min(8, len(value)//2)``
  consecutive characters of the value or of its encoded form (for base64,
  the characters that encode value bytes only) that was not already in the
  text around it. ``intact`` counts cases where the value (or its planted
  form) survives whole: a plain miss; the rest of the failures are
  ``partial`` (part of the value redacted, part left).

All cases are files in one temp dir; ``scrubline redact`` takes many files
(each its own stream) and concatenates the outputs, so the harness passes
``case1 SEP case2 SEP ...`` (SEP a boundary file) in a few processes and
splits the output on the boundary.

Run
---
    python3 benches/forms.py [--bin PATH] [--out benches/results/forms.md]
                             [--failures PATH.json] [--with-text]
                             [--rules-ref REF] [--save-values F | --values F]
                             [--only-form NAME] [--only-rule SUBSTR]
                             [-- EXTRA SCRUBLINE FLAGS, e.g. --deobfuscate]

    # before/after on the same values:
    python3 benches/forms.py --bin /tmp/scrubline-base/scrubline \
        --out benches/results/forms-baseline.md --save-values /tmp/forms-values.json
    python3 benches/forms.py --values /tmp/forms-values.json --out benches/results/forms.md

``--bin`` defaults to ``target/release/scrubline`` under ``$CARGO_TARGET_DIR``
or ``~/.cache/scrubline/target/release/scrubline``. Flags after ``--`` go to
every ``scrubline redact`` call (rule-set flags such as ``--rules`` also to
the example scan). The output is deterministic (fixed seed for the
hand-written values; fixed order of rules and forms).
"""

from __future__ import annotations

import argparse
import base64
import binascii
import csv
import html
import io
import json
import os
import random
import re
import shlex
import string
import subprocess
import sys
import tempfile
import time
import tomllib
import urllib.parse
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _cli import (  # noqa: E402
    check_bin, default_bin, pack_sources, rule_flags, rules_list, split_passthrough, version)

BOUNDARY = b"\x00\x1e<<scrubline-forms-case-boundary>>\x1e\x00"
BATCH = 1500  # cases per redact process

# --------------------------------------------------------------------------
# Values


@dataclass
class Secret:
    rule: str  # rule id, or hand.<name> for hand-written values
    entity: str
    family: str  # pack, or "hand-written"
    name: str  # variable name a user would give it
    value: str
    core: str | None = None  # the part that must go, when not the whole value (URI password)


NAME_OVERRIDES = {
    "PASSWORD": "DB_PASSWORD",
    "GENERIC_SECRET": "APP_SECRET",
    "JWT": "AUTH_TOKEN",
    "CONNECTION_STRING": "DATABASE_URL",
    "URL_CREDENTIALS": "SERVICE_URL",
    "SLACK_WEBHOOK": "SLACK_WEBHOOK_URL",
    "DISCORD_WEBHOOK": "DISCORD_WEBHOOK_URL",
    "TEAMS_WEBHOOK": "TEAMS_WEBHOOK_URL",
    "BASIC_AUTH": "BASIC_AUTH_CREDENTIALS",
    "PRIVATE_KEY": "SSH_PRIVATE_KEY",
}


def var_name(entity: str) -> str:
    return NAME_OVERRIDES.get(entity, entity)


def load_examples(packs: dict[str, bytes]) -> dict[str, list[str]]:
    """rule id -> positive examples, from the TOML packs."""
    out: dict[str, list[str]] = {}
    for text in packs.values():
        for r in tomllib.loads(text.decode()).get("rules", []):
            out[r["id"]] = list(r.get("examples", []))
    return out


def derive_values(binary: str, rules: list[dict], examples: dict[str, list[str]],
                  rule_extra: list[str], tmp: Path) -> tuple[list[Secret], list[str]]:
    """One value per secret rule: the span the rule reports on its own example."""
    exdir = tmp / "examples"
    exdir.mkdir()
    index: dict[str, tuple[str, int]] = {}
    data: dict[str, bytes] = {}
    secret_rules = [r for r in rules if r["category"] == "secret"]
    for r in secret_rules:
        for i, ex in enumerate(examples.get(r["id"], [])):
            fname = f"e{len(index):05d}"
            b = ex.encode()
            (exdir / fname).write_bytes(b)
            index[fname] = (r["id"], i)
            data[fname] = b
    proc = subprocess.run(
        [binary, "scan", "--no-ignore", "--binary", "-q", str(exdir), *rule_extra],
        capture_output=True,
    )
    if proc.returncode not in (0, 1):
        sys.exit(f"scan of examples failed ({proc.returncode}): {proc.stderr.decode()[-2000:]}")
    found: dict[tuple[str, int], str] = {}
    others: dict[str, set[str]] = defaultdict(set)  # rule -> other rules that won on its examples

    def collect(stdout: bytes) -> None:
        for line in stdout.decode().splitlines():
            f = json.loads(line)
            fname = os.path.basename(f["path"])
            rid, i = index[fname]
            if f["rule_id"] != rid:
                others[rid].add(f["rule_id"])
                continue
            if (rid, i) in found:
                continue
            s, e = f["bytes"]["start"], f["bytes"]["end"]
            found[(rid, i)] = data[fname][s:e].decode("utf-8", "replace")

    collect(proc.stdout)
    # Second chance: where another rule won the overlap on every example, scan
    # that rule's examples again with the winners disabled, so the span is still
    # the one this rule reports.
    for r in secret_rules:
        rid = r["id"]
        n = len(examples.get(rid, []))
        if n == 0 or any((rid, i) in found for i in range(n)) or not others.get(rid):
            continue
        files = [str(exdir / f) for f, (x, _) in index.items() if x == rid]
        disable = [a for o in sorted(others[rid]) for a in ("--disable", o)]
        p2 = subprocess.run([binary, "scan", "--no-ignore", "--binary", "-q", *files, *rule_extra,
                             *disable], capture_output=True)
        if p2.returncode in (0, 1):
            collect(p2.stdout)
    values: list[Secret] = []
    skipped: list[str] = []
    for r in sorted(secret_rules, key=lambda r: r["id"]):
        rid = r["id"]
        n = len(examples.get(rid, []))
        usable = [i for i in range(n) if (rid, i) in found and found[(rid, i)].strip()]
        # Prefer an example whose value is not a placeholder (`test_XXXX…`,
        # `keyXXXX…`): under a generic key name such a value is doubtful by
        # the placeholder policy, which measures the policy, not the rule.
        i = next((i for i in usable if not placeholder_like(found[(rid, i)])),
                 usable[0] if usable else None)
        if i is None:
            skipped.append(rid)
            continue
        v = found[(rid, i)]
        s = Secret(rid, r["entity"], r["pack"], var_name(r["entity"]), v)
        if r["entity"] in CARRIED:
            whole = carrier_value(examples[rid][i], v)
            if whole != v:
                s.value, s.core = whole, v
        values.append(s)
    return values, skipped


PLACEHOLDER_WORDS = ("example", "xxxx", "placeholder", "changeme", "redacted", "dummy", "sample")


def placeholder_like(value: str) -> bool:
    """Whether `value` reads as a documentation placeholder: a placeholder
    word, or one character repeated 6 or more times in a row."""
    low = value.lower()
    return any(w in low for w in PLACEHOLDER_WORDS) or re.search(r"(.)\1{5}", value) is not None


# Entities whose reported span is the password inside a larger value (a database
# URI, an ODBC string, a URL with credentials): a user holds and pastes the whole
# string, so that is what the forms plant; only the reported span must go.
CARRIED = {"CONNECTION_STRING", "URL_CREDENTIALS"}


def carrier_value(example: str, span: str) -> str:
    """The URI or `key=value;` string around `span` in its example."""
    line = next(ln for ln in example.split("\n") if span in ln)
    at = line.index(span)
    if "://" in line:
        stop = set(" \t\"'`")
        a, b = at, at + len(span)
        while a > 0 and line[a - 1] not in stop:
            a -= 1
        while b < len(line) and line[b] not in stop:
            b += 1
        tok = line[a:b]
        head, sep, rest = tok.partition("=")
        if sep and head.replace("_", "").isalnum() and "://" in rest and "://" not in head:
            tok = rest  # DATABASE_URL=postgres://... -> postgres://...
        return tok
    return line.strip()


def hand_values(seed: int) -> list[Secret]:
    """Hand-written, generated (never real) values for common secrets."""
    rnd = random.Random(seed)
    up, lo, dg = string.ascii_uppercase, string.ascii_lowercase, string.digits
    alnum = up + lo + dg

    def pick(alphabet: str, n: int) -> str:
        return "".join(rnd.choice(alphabet) for _ in range(n))

    def b64url(b: bytes) -> str:
        return base64.urlsafe_b64encode(b).rstrip(b"=").decode()

    def base62(n: int, width: int) -> str:
        digits = dg + up + lo
        s = ""
        while n:
            n, r = divmod(n, 62)
            s = digits[r] + s
        return s.rjust(width, "0")

    gh_body = pick(alnum, 30)
    gh_pat = "ghp_" + gh_body + base62(binascii.crc32(gh_body.encode()), 6)
    jwt = ".".join([
        b64url(b'{"alg":"HS256","typ":"JWT"}'),
        b64url(json.dumps({"sub": "user_8812", "name": "Dana Whitfield", "role": "admin",
                           "iat": 1764496800, "exp": 1764583200}, separators=(",", ":")).encode()),
        b64url(rnd.randbytes(32)),
    ])
    der = b"\x30\x82\x04\xbd\x02\x01\x00\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00" \
          b"\x04\x82\x04\xa7\x30\x82\x04\xa3\x02\x01\x00\x02\x82\x01\x01\x00" + rnd.randbytes(1190)
    body = base64.b64encode(der).decode()
    pem = "-----BEGIN PRIVATE KEY-----\n" + "\n".join(
        body[i:i + 64] for i in range(0, len(body), 64)) + "\n-----END PRIVATE KEY-----"
    pg_password = f"{pick(alnum, 6)}-{pick(alnum, 8)}"
    openai = "sk-proj-" + pick(alnum + "-_", 74) + "T3BlbkFJ" + pick(alnum + "-_", 74)
    items = [
        ("aws_access_key_id", "AWS_ACCESS_KEY_ID", "AWS_ACCESS_KEY_ID", "AKIA" + pick(up + "234567", 16)),
        ("aws_secret_access_key", "AWS_SECRET_ACCESS_KEY", "AWS_SECRET_ACCESS_KEY",
         pick(alnum + "/+", 40)),
        ("github_pat", "GITHUB_TOKEN", "GITHUB_TOKEN", gh_pat),
        ("slack_bot_token", "SLACK_TOKEN", "SLACK_BOT_TOKEN",
         f"xoxb-{pick(dg, 12)}-{pick(dg, 13)}-{pick(alnum, 24)}"),
        ("stripe_live_key", "STRIPE_KEY", "STRIPE_SECRET_KEY", "sk_live_51" + pick(alnum, 97)),
        ("openai_key", "OPENAI_API_KEY", "OPENAI_API_KEY", openai),
        ("anthropic_key", "ANTHROPIC_API_KEY", "ANTHROPIC_API_KEY",
         "sk-ant-api03-" + pick(alnum + "-_", 93) + "AA"),
        ("google_api_key", "GOOGLE_API_KEY", "GOOGLE_API_KEY", "AIza" + pick(alnum + "-_", 35)),
        ("sendgrid_key", "SENDGRID_API_KEY", "SENDGRID_API_KEY",
         "SG." + pick(alnum + "-_", 22) + "." + pick(alnum + "-_", 43)),
        ("slack_webhook", "SLACK_WEBHOOK", "SLACK_WEBHOOK_URL",
         f"https://hooks.slack.com/services/T{pick(up + dg, 10)}/B{pick(up + dg, 10)}/{pick(alnum, 24)}"),
        ("jwt", "JWT", "AUTH_TOKEN", jwt),
        ("postgres_uri", "CONNECTION_STRING", "DATABASE_URL",
         f"postgresql://orders_app:{pg_password}@db-prod-1.internal.example.com:5432/orders"),
        ("password_symbols", "PASSWORD", "DB_PASSWORD", "Zx9#kQ2<vL>"),
        ("password_passphrase", "PASSWORD", "ADMIN_PASSWORD", "correct horse battery staple"),
        ("myapp_api_key_hex", "GENERIC_SECRET", "MYAPP_API_KEY", pick("0123456789abcdef", 40)),
        ("pem_private_key", "PRIVATE_KEY", "PRIVATE_KEY", pem),
    ]
    # For the URI only the password has to go: user, host and database may stay.
    return [Secret("hand." + rid, ent, "hand-written", name, v,
                   core=pg_password if rid == "postgres_uri" else None)
            for rid, ent, name, v in items]


# --------------------------------------------------------------------------
# Forms


@dataclass
class Plant:
    """A form's text, the literal substrings that carry the value, and the strings
    whose fragments must not survive (default: the value and the planted pieces)."""
    text: str
    planted: list[str]
    secrets: list[str] | None = None


def P(text: str, *pieces: str, secrets: list[str] | None = None) -> Plant:
    for p in pieces:
        assert p in text, (p, text)
    return Plant(text, list(pieces), secrets)


def lower(name: str) -> str:
    return name.lower()


def camel(name: str) -> str:
    parts = name.lower().split("_")
    return parts[0] + "".join(p.title() for p in parts[1:])


def kind(name: str) -> str:
    n = name.upper()
    if "PASSWORD" in n:
        return "password"
    if "PRIVATE_KEY" in n:
        return "private key"
    if "WEBHOOK" in n:
        return "webhook URL"
    if "URL" in n or "URI" in n or "CONNECTION" in n:
        return "connection string"
    if "TOKEN" in n:
        return "token"
    if "SECRET" in n:
        return "secret"
    if "CREDENTIALS" in n or "AUTH" in n:
        return "credentials"
    return "API key"


LANG_NOUN = {  # German after "anbei", Spanish after "te paso", French after "voici"
    "de": {"password": "mein Passwort", "private key": "mein privater Schlüssel",
           "connection string": "meine Verbindungszeichenfolge", "token": "mein Token",
           "secret": "mein Secret", "credentials": "meine Zugangsdaten", "API key": "mein API-Schlüssel",
           "webhook URL": "meine Webhook-URL"},
    "es": {"password": "mi contraseña", "private key": "mi clave privada",
           "connection string": "mi cadena de conexión", "token": "mi token",
           "secret": "mi secreto", "credentials": "mis credenciales", "API key": "mi clave de API",
           "webhook URL": "mi URL de webhook"},
    "fr": {"password": "mon mot de passe", "private key": "ma clé privée",
           "connection string": "ma chaîne de connexion", "token": "mon jeton",
           "secret": "mon secret", "credentials": "mes identifiants", "API key": "ma clé d'API",
           "webhook URL": "mon URL de webhook"},
}


def jstr(v: str) -> str:
    """JSON/TOML/Go-style double-quoted body (no surrounding quotes)."""
    return json.dumps(v, ensure_ascii=False)[1:-1]


def halves(v: str) -> tuple[str, str]:
    m = len(v) // 2
    return v[:m], v[m:]


def b64_value_chars(prefix: bytes, v: bytes, suffix: bytes) -> tuple[str, str]:
    """base64 of prefix+v+suffix, and its characters that encode bytes of v only."""
    full = base64.b64encode(prefix + v + suffix).decode()
    s, e = len(prefix), len(prefix) + len(v)
    g0, g1 = -(-s // 3), e // 3
    return full, (full[4 * g0:4 * g1] if g1 > g0 else "")


def f_bare(n, v):
    return P(f"{v}\n", v)


def f_prose(n, v):
    return P(f"here is my {kind(n)}: {v}, why does it fail?\n", v)


def f_dotenv(n, v):
    return P(f"# billing service\nNODE_ENV=production\n{n}={v}\nPORT=8080\n", v)


def f_export(n, v):
    p = v.replace("\\", "\\\\").replace('"', '\\"').replace("$", "\\$").replace("`", "\\`")
    return P(f'export {n}="{p}"\n', p)


def f_single_quoted(n, v):
    p = v.replace("'", "\\'")
    return P(f"config.{lower(n)} = '{p}'\n", p)


def f_json(n, v):
    p = jstr(v)
    return P(f'{{"service": "billing", "{lower(n)}": "{p}", "retries": 3}}\n', p)


def f_json_escaped_slash(n, v):
    if "/" not in v:
        return None
    p = jstr(v).replace("/", "\\/")
    return P(f'{{"service":"billing","{lower(n)}":"{p}"}}\n', p)


def f_json_u002f(n, v):
    if "/" not in v:
        return None
    p = jstr(v).replace("/", "\\u002F")
    return P(f'{{"service":"billing","{lower(n)}":"{p}"}}\n', p)


def f_json_log(n, v):
    p = jstr(v)
    return P('{"ts":"2026-11-30T10:00:00Z","level":"error","msg":"upstream 401",'
             f'"request":{{"method":"POST","headers":{{"x-api-key":"{p}"}}}}}}\n', p)


def f_yaml(n, v):
    if "\n" in v:
        body = "\n".join("    " + line for line in v.split("\n"))
        return P(f"billing:\n  {lower(n)}: |\n{body}\n  timeout: 30\n", *v.split("\n"))
    return P(f"billing:\n  {lower(n)}: {v}\n  timeout: 30\n", v)


def f_yaml_quoted(n, v):
    p = jstr(v)
    return P(f'billing:\n  {lower(n)}: "{p}"\n  timeout: 30\n', p)


def f_toml(n, v):
    p = jstr(v)
    return P(f'[billing]\n{lower(n)} = "{p}"\ntimeout = 30\n', p)


def f_ini(n, v):
    return P(f"[billing]\nhost = api.example.com\n{lower(n)} = {v}\n", v)


def f_xml(n, v):
    p = xml_escape(v)
    return P(f'<?xml version="1.0"?>\n<config>\n  <{camel(n)}>{p}</{camel(n)}>\n</config>\n', p)


def f_html_attr(n, v):
    p = html.escape(v, quote=True)
    return P(f'<input type="hidden" name="{lower(n)}" value="{p}">\n', p)


def f_url_query(n, v):
    return P(f"GET https://api.example.com/v1?api_key={v}&x=1\n", v)


def f_url_percent(n, v):
    p = urllib.parse.quote(v, safe="")
    if p == v:
        return None
    return P(f"GET https://api.example.com/v1?api_key={p}&x=1\n", p, secrets=[v, p])


def f_csv(n, v):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["service", "name", "value", "owner"])
    w.writerow(["billing", n, v, "platform-team"])
    return P(buf.getvalue(), v.replace('"', '""'))


def f_curl_bearer(n, v):
    return P(f'curl -s -H "Authorization: Bearer {v}" https://api.example.com/v1/me\n', v)


def f_curl_apikey(n, v):
    return P(f'curl -s https://api.example.com/v1/charges -H "X-Api-Key: {v}"\n', v)


def f_python(n, v):
    p = jstr(v)
    return P(f'import os\n\n{n} = "{p}"\nclient = Client({lower(n)}={n})\n', p)


def f_python_concat(n, v):
    a, b = (jstr(x) for x in halves(v))
    return P(f'{n} = "{a}" + "{b}"\n', a, b)


def f_python_kwarg_fence(n, v):
    p = jstr(v)
    return P(f'This fails with 401:\n\n```python\nclient = Client({lower(n)}="{p}", timeout=30)\n'
             f"client.ping()\n```\n", p)


def f_js_const(n, v):
    p = v.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n")
    return P(f"const {camel(n)} = '{p}';\nmodule.exports = {{ {camel(n)} }};\n", p)


def f_js_template(n, v):
    p = v.replace("\\", "\\\\").replace("`", "\\`").replace("${", "\\${")
    return P(f"const res = await fetch(url, {{ headers: {{ Authorization: `Bearer {p}` }} }});\n", p)


def f_go(n, v):
    p = jstr(v)
    return P(f'func main() {{\n\t{camel(n)} := "{p}"\n\tclient := api.New({camel(n)})\n}}\n', p)


def f_java(n, v):
    p = jstr(v)
    return P(f'public class Config {{\n    private static final String {n} = "{p}";\n}}\n', p)


def f_log_line(n, v):
    return P(f"2026-11-30T10:00:00Z ERROR auth failed token={v} user=42\n", v)


def f_traceback(n, v):
    p = repr(v)[1:-1]
    return P(
        "Traceback (most recent call last):\n"
        '  File "/srv/app/billing/client.py", line 88, in charge\n'
        "    resp.raise_for_status()\n"
        "    self = <billing.client.Client object at 0x7f3a2c1b9d30>\n"
        f"    {lower(n)} = '{p}'\n"
        "    amount = 1999\n"
        "requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: "
        "https://api.example.com/v1/charges\n", p)


def f_shell_continuation(n, v):
    a, b = halves(v)
    a = a.replace('"', '\\"').replace("$", "\\$")
    b = b.replace('"', '\\"').replace("$", "\\$")
    return P(f'export {n}="{a}\\\n{b}"\n', a, b)


def f_wrapped_paragraph(n, v):
    a, b = halves(v)
    return P("Hi team, the new credentials for the billing service are below; please rotate\n"
             f"them after the migration is done. The {kind(n)} is {a}\n{b} and it expires at the\n"
             "end of the month.\n", a, b)


def f_glued_myapp(n, v):
    return P(f"loaded setting MYAPP_{v} from vault\n", v)


def f_glued_abc(n, v):
    return P(f"key: abc{v}\n", v)


def f_md_table(n, v):
    p = v.replace("|", "\\|").replace("\n", "<br>")
    return P(f"| Variable | Value |\n|---|---|\n| `{n}` | {p} |\n| `PORT` | 8080 |\n", p)


def f_docker(n, v):
    q = shlex.quote(v)
    return P(f"docker run -d -e {n}={q} -p 8080:8080 myorg/billing:1.4.2\n", v if v in q else q)


def f_dockerfile(n, v):
    p = jstr(v)
    return P(f'FROM python:3.12-slim\nENV {n}="{p}"\nCMD ["python", "app.py"]\n', p)


def f_k8s_secret(n, v):
    p = base64.b64encode(v.encode()).decode()
    return P("apiVersion: v1\nkind: Secret\nmetadata:\n  name: billing-secrets\ntype: Opaque\n"
             f"data:\n  {n}: {p}\n", p, secrets=[v, p])


def f_b64_env_line(n, v):
    full, inner = b64_value_chars(f"{n}=".encode(), v.encode(), b"\n")
    return P(f"echo {full} | base64 -d >> .env\n", full, secrets=[v] + ([inner] if inner else []))


def f_zero_width(n, v):
    a, b = halves(v)
    p = a + "\u200b" + b
    return P(f"{n}={p}\n", p)


def f_windows_set(n, v):
    return P(f"C:\\app> set {n}={v}\nC:\\app> python app.py\n", v)


def f_powershell(n, v):
    p = v.replace("`", "``").replace('"', '`"').replace("$", "`$")
    return P(f'$env:{n} = "{p}"\n.\\deploy.ps1\n', p)


def f_sql(n, v):
    p = v.replace("'", "''")
    return P("INSERT INTO service_credentials (service, name, secret)\n"
             f"VALUES ('billing', '{lower(n)}', '{p}');\n", p)


def f_terraform(n, v):
    p = jstr(v)
    return P(f'provider "billing" {{\n  {lower(n)} = "{p}"\n  region  = "eu-west-1"\n}}\n', p)


def f_chat_de(n, v):
    return P(f"Hallo, anbei {LANG_NOUN['de'][kind(n)]}: {v} – warum funktioniert das nicht?\n", v)


def f_chat_es(n, v):
    return P(f"Hola, te paso {LANG_NOUN['es'][kind(n)]}: {v}, ¿por qué no funciona?\n", v)


def f_chat_fr(n, v):
    return P(f"Bonjour, voici {LANG_NOUN['fr'][kind(n)]} : {v}, pourquoi ça ne marche pas ?\n", v)


FORMS = [
    ("bare", f_bare),
    ("prose", f_prose),
    ("dotenv", f_dotenv),
    ("export", f_export),
    ("single_quoted", f_single_quoted),
    ("json", f_json),
    ("json_escaped_slash", f_json_escaped_slash),
    ("json_u002f", f_json_u002f),
    ("json_log", f_json_log),
    ("yaml", f_yaml),
    ("yaml_quoted", f_yaml_quoted),
    ("toml", f_toml),
    ("ini", f_ini),
    ("xml", f_xml),
    ("html_attr", f_html_attr),
    ("url_query", f_url_query),
    ("url_percent", f_url_percent),
    ("csv", f_csv),
    ("curl_bearer", f_curl_bearer),
    ("curl_apikey", f_curl_apikey),
    ("python", f_python),
    ("python_concat", f_python_concat),
    ("md_fence_kwarg", f_python_kwarg_fence),
    ("js_const", f_js_const),
    ("js_template", f_js_template),
    ("go", f_go),
    ("java", f_java),
    ("log_line", f_log_line),
    ("traceback_locals", f_traceback),
    ("shell_continuation", f_shell_continuation),
    ("wrapped_paragraph", f_wrapped_paragraph),
    ("glued_myapp", f_glued_myapp),
    ("glued_abc", f_glued_abc),
    ("md_table", f_md_table),
    ("docker_env", f_docker),
    ("dockerfile", f_dockerfile),
    ("k8s_secret_b64", f_k8s_secret),
    ("b64_env_line", f_b64_env_line),
    ("zero_width", f_zero_width),
    ("windows_set", f_windows_set),
    ("powershell", f_powershell),
    ("sql_insert", f_sql),
    ("terraform", f_terraform),
    ("chat_de", f_chat_de),
    ("chat_es", f_chat_es),
    ("chat_fr", f_chat_fr),
]


# --------------------------------------------------------------------------
# Cases and scoring


@dataclass
class Case:
    secret: Secret
    form: str
    plant: Plant
    status: str = ""  # redacted | partial | intact
    leak: str = ""
    output: str = ""


LABEL = re.compile(r"\[[A-Z][A-Z0-9_]*\]")


def windows(s: str, k: int) -> set[str]:
    return {s[i:i + k] for i in range(0, len(s) - k + 1)}


def score(case: Case, out: str) -> None:
    v = case.secret.core or case.secret.value
    k = max(1, min(8, len(v) // 2))
    # Replacement labels are not leaks: `[CLOJARS_TOKEN]` holds the value's
    # `CLOJARS_` prefix.
    out = LABEL.sub("\x00", out)
    text = case.plant.text
    carrier = text
    for p in sorted(set(case.plant.planted), key=len, reverse=True):
        carrier = carrier.replace(p, "\x00")
    if case.secret.core:
        secrets = [v]
    elif case.plant.secrets is not None:
        secrets = case.plant.secrets
    else:
        secrets = [v] + case.plant.planted
    # Nothing redacted: the value, or every planted piece, survives whole.
    def survives(s: str) -> bool:
        return out.count(s) > carrier.count(s)

    if survives(v) or all(survives(p) for p in case.plant.planted):
        case.status, case.leak = "intact", v
        return
    for s in secrets:
        for w in sorted(windows(s, k)):
            if w in out and survives(w):
                case.status, case.leak = "partial", w
                return
    case.status = "redacted"


def run_redact(binary: str, extra: list[str], cases: list[Case], tmp: Path) -> float:
    cdir = tmp / "c"
    cdir.mkdir()
    sep = tmp / "sep"
    sep.write_bytes(BOUNDARY)
    for i, c in enumerate(cases):
        (cdir / f"{i:05d}").write_bytes(c.plant.text.encode())
    t0 = time.time()
    for start in range(0, len(cases), BATCH):
        chunk = range(start, min(start + BATCH, len(cases)))
        args = []
        for i in chunk:
            args += [f"c/{i:05d}", "sep"]
        proc = subprocess.run([binary, "redact", *extra, *args], cwd=tmp, capture_output=True)
        if proc.returncode != 0:
            sys.exit(f"redact failed ({proc.returncode}): {proc.stderr.decode()[-2000:]}")
        parts = proc.stdout.split(BOUNDARY)
        if len(parts) != len(chunk) + 1 or parts[-1] != b"":
            sys.exit(f"could not split redact output: {len(parts) - 1} boundaries for {len(chunk)} cases")
        for i, part in zip(chunk, parts):
            cases[i].output = part.decode("utf-8", "surrogateescape")
    return time.time() - t0


# --------------------------------------------------------------------------
# Report


def pct(a: int, b: int) -> str:
    return f"{100.0 * a / b:.1f}%" if b else "n/a"


def report(cases: list[Case], values: list[Secret], skipped: list[str], meta: dict) -> str:
    n = len(cases)
    red = sum(c.status == "redacted" for c in cases)
    intact = sum(c.status == "intact" for c in cases)
    partial = n - red - intact
    lines = [
        "# Secret surface forms: generalisation matrix",
        "",
        f"Binary: `{meta['bin']}` ({meta['version']}); extra flags: `{' '.join(meta['extra']) or '(none)'}`;"
        f" generated by `benches/forms.py` in {meta['seconds']:.1f} s (redact {meta['redact_s']:.1f} s).",
        "",
        f"- values: {len(values)} ({sum(v.family != 'hand-written' for v in values)} from rule examples,"
        f" {sum(v.family == 'hand-written' for v in values)} hand-written); secret rules skipped"
        f" (no example yields a value for the rule itself): {len(skipped)}"
        + (f" (`{'`, `'.join(skipped)}`)" if skipped else ""),
        f"- values planted whole with only the reported span to redact (password in a URI or"
        f" connection string): {', '.join(f'`{v.rule}`' for v in values if v.core) or 'none'}",
        f"- forms: {len(meta['forms'])}; cases: {n} (forms not applicable to a value are not counted)",
        f"- **fully redacted: {red}/{n} = {pct(red, n)}**; value left intact: {pct(intact, n)};"
        f" partially redacted: {pct(partial, n)}",
    ]
    for fam_name, sel in (("rule-derived", lambda c: c.secret.family != "hand-written"),
                          ("hand-written", lambda c: c.secret.family == "hand-written")):
        sub = [c for c in cases if sel(c)]
        r = sum(c.status == "redacted" for c in sub)
        lines.append(f"- {fam_name} values: {pct(r, len(sub))} fully redacted ({r}/{len(sub)})")
    lines += ["", "<details><summary>Where the examples came from</summary>", ""]
    lines += [f"- {s}" for s in meta["sources"]] + ["", "</details>"]
    lines += ["", "A case is fully redacted when no fragment of min(8, len/2) characters of the value"
              " (or of its planted escaped/encoded form) survives `scrubline redact`; *intact* = the"
              " value or its planted form survives whole.", ""]

    # Per form.
    by_form: dict[str, list[Case]] = defaultdict(list)
    for c in cases:
        by_form[c.form].append(c)
    lines += ["## Per form", "",
              "| form | cases | fully redacted | intact | partial | hand-written redacted |",
              "|---|---:|---:|---:|---:|---:|"]
    for name in meta["forms"]:
        cs = by_form.get(name, [])
        hw = [c for c in cs if c.secret.family == "hand-written"]
        lines.append(
            f"| {name} | {len(cs)} | {pct(sum(c.status == 'redacted' for c in cs), len(cs))} |"
            f" {pct(sum(c.status == 'intact' for c in cs), len(cs))} |"
            f" {pct(sum(c.status == 'partial' for c in cs), len(cs))} |"
            f" {sum(c.status == 'redacted' for c in hw)}/{len(hw)} |")

    worst = sorted(meta["forms"], key=lambda f: (
        sum(c.status == "redacted" for c in by_form[f]) / max(1, len(by_form[f])), f))[:10]
    lines += ["", "Worst 10 forms: " + ", ".join(
        f"{f} ({pct(sum(c.status == 'redacted' for c in by_form[f]), len(by_form[f]))})" for f in worst)]

    # Per family.
    by_fam: dict[str, list[Case]] = defaultdict(list)
    for c in cases:
        by_fam[c.secret.family].append(c)
    lines += ["", "## Per rule family (pack)", "",
              "| family | values | cases | fully redacted | intact |", "|---|---:|---:|---:|---:|"]
    for fam in sorted(by_fam):
        cs = by_fam[fam]
        lines.append(f"| {fam} | {len({c.secret.rule for c in cs})} | {len(cs)} |"
                     f" {pct(sum(c.status == 'redacted' for c in cs), len(cs))} |"
                     f" {pct(sum(c.status == 'intact' for c in cs), len(cs))} |")

    # Worst rules.
    by_rule: dict[str, list[Case]] = defaultdict(list)
    for c in cases:
        by_rule[c.secret.rule].append(c)
    ranked = sorted(by_rule.items(),
                    key=lambda kv: (sum(c.status == "redacted" for c in kv[1]) / len(kv[1]), kv[0]))
    lines += ["", "## Worst 20 values (by rule)", "",
              "| rule | entity | fully redacted | intact | failing forms (first 8) |",
              "|---|---|---:|---:|---|"]
    for rid, cs in ranked[:20]:
        fails = [c.form for c in cs if c.status != "redacted"]
        lines.append(f"| `{rid}` | {cs[0].secret.entity} | {pct(len(cs) - len(fails), len(cs))} |"
                     f" {pct(sum(c.status == 'intact' for c in cs), len(cs))} |"
                     f" {', '.join(fails[:8])}{' …' if len(fails) > 8 else ''} |")

    # Hand-written values in detail.
    lines += ["", "## Hand-written values", "", "| value | fully redacted | failing forms |", "|---|---:|---|"]
    for rid, cs in sorted(by_rule.items()):
        if not rid.startswith("hand."):
            continue
        fails = [c.form for c in cs if c.status != "redacted"]
        lines.append(f"| `{rid}` | {pct(len(cs) - len(fails), len(cs))} | {', '.join(fails) or '-'} |")
    lines.append("")
    return "\n".join(lines)


def main() -> None:
    argv, extra = split_passthrough(sys.argv[1:])
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                 epilog="Flags after -- are passed to scrubline redact.")
    ap.add_argument("--bin", default=default_bin(), help="scrubline binary (default: %(default)s)")
    ap.add_argument("--out", help="write the Markdown report here (also prints it)")
    ap.add_argument("--failures", help="failing (rule, form) pairs as JSON (default: next to --out,"
                    " <out stem>-failures.json)")
    ap.add_argument("--with-text", action="store_true", help="include input/output text in --failures"
                    " (secret-looking values: keep such a file out of the repository)")
    ap.add_argument("--rules-ref", action="append", default=None,
                    help="also look for the binary's packs (matched by SHA-256) at this git ref"
                    " (default: HEAD; the working tree is always looked at first)")
    ap.add_argument("--values", help="read the values from this JSON (from --save-values) instead"
                    " of deriving them, to compare binaries on the same values")
    ap.add_argument("--save-values", help="write the values used to this JSON (keep it outside the"
                    " repository: it holds secret-looking strings)")
    ap.add_argument("--only-form", action="append", help="run only these forms (repeatable)")
    ap.add_argument("--only-rule", help="run only values whose rule id contains this")
    ap.add_argument("--seed", type=int, default=20261130)
    args = ap.parse_args(argv)
    t0 = time.time()
    binary = check_bin(args.bin)
    rextra = rule_flags(extra)
    rules = rules_list(binary, extra)
    with tempfile.TemporaryDirectory(prefix="scrubline-forms-") as td:
        tmp = Path(td)
        if args.values:
            saved = json.loads(Path(args.values).read_text())
            values = [Secret(**v) for v in saved["values"]]
            skipped, sources = saved["skipped"], [f"values read from {args.values}"]
        else:
            packs, sources = pack_sources(binary, extra, tmp, args.rules_ref or ["HEAD"])
            examples = load_examples(packs)
            values, skipped = derive_values(binary, rules, examples, rextra, tmp)
            values += hand_values(args.seed)
        if args.save_values:
            Path(args.save_values).write_text(json.dumps(
                {"skipped": skipped, "values": [vars(v) for v in values]}, indent=1) + "\n")
        if args.only_rule:
            values = [v for v in values if args.only_rule in v.rule]
        forms = [(n, f) for n, f in FORMS if not args.only_form or n in args.only_form]
        cases: list[Case] = []
        for s in values:
            for fname, fn in forms:
                plant = fn(s.name, s.value)
                if plant is not None:
                    cases.append(Case(s, fname, plant))
        redact_s = run_redact(binary, extra, cases, tmp)
    for c in cases:
        score(c, c.output)
    meta = {"sources": sources, "bin": args.bin, "version": version(binary), "extra": extra,
            "seconds": time.time() - t0, "redact_s": redact_s, "forms": [n for n, _ in forms]}
    md = report(cases, values, skipped, meta)
    print(md)
    fail_path = args.failures
    if not fail_path and args.out:
        o = Path(args.out)
        fail_path = str(o.with_name(o.stem + "-failures.json"))
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(md)
    if fail_path:
        fails = []
        for c in cases:
            if c.status == "redacted":
                continue
            row = {"rule": c.secret.rule, "entity": c.secret.entity, "form": c.form,
                   "status": c.status}
            if args.with_text:
                row["input"] = c.plant.text
                row["output"] = c.output
                row["leaked_fragment"] = c.leak
            fails.append(row)
        summary = {
            "binary": args.bin, "extra_flags": extra, "cases": len(cases),
            "fully_redacted": sum(c.status == "redacted" for c in cases),
            "skipped_rules": skipped, "failures": fails,
        }
        head = json.dumps({k: v for k, v in summary.items() if k != "failures"}, ensure_ascii=False)
        body = ",\n".join(json.dumps(f, ensure_ascii=False) for f in fails)
        Path(fail_path).write_text(head[:-1] + ', "failures": [\n' + body + "\n]}\n")
        print(f"failures: {fail_path}", file=sys.stderr)


if __name__ == "__main__":
    main()
