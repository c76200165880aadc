#!/usr/bin/env python3
"""Deterministic generator for the adv8 blind adversarial redaction set.

Writes cases.jsonl next to this file: one JSON object per line
  {"id": "<group>.<form>.pNN|nNN", "form": "<group>/<form>", "text": ..., "secrets": [...]}
Positives list every secret string that must vanish; negatives have "secrets": [].
All secrets are random fakes shaped like the providers' documented formats.
Standard library only.
"""
import base64
import html
import json
import os
import random
import re
import string
import urllib.parse

R = random.Random(80808)

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HEX = "0123456789abcdef"
B32 = UP + "234567"
B64 = AN + "+/"
URLS = AN + "_-"


def rs(cs, n):
    return "".join(R.choice(cs) for _ in range(n))


def mid(cs, n):
    """n chars from cs, first and last alphanumeric."""
    return rs(AN, 1) + rs(cs, n - 2) + rs(AN, 1)


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(s):
    if isinstance(s, str):
        s = s.encode()
    return base64.b64encode(s).decode()


def b64u(b):
    if isinstance(b, str):
        b = b.encode()
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def uuid4():
    h = rs(HEX, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


# ---------------------------------------------------------------- providers
def aws_akid(): return "AKIA" + rs(B32, 16)
def aws_secret(): return rs(AN, 1) + rs(B64, 38) + rs(AN, 1)
def ghp(): return "ghp_" + rs(AN, 36)
def gho(): return "gho_" + rs(AN, 36)
def ghs(): return "ghs_" + rs(AN, 36)
def gh_pat(): return "github_pat_11" + rs(UP + DG, 20) + "_" + rs(AN, 59)
def glpat(): return "glpat-" + mid(URLS, 20)
def xoxb(): return "xoxb-%s-%s-%s" % (rs(DG, 11), rs(DG, 13), rs(AN, 24))
def xoxp(): return "xoxp-%s-%s-%s-%s" % (rs(DG, 11), rs(DG, 11), rs(DG, 13), rs(HEX, 32))


def slack_hook():
    tok = rs(AN, 24)
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(UP + DG, 8), rs(UP + DG, 10), tok), tok


def sk_live(): return ("sk_live_51" + rs(AN, 97)) if R.random() < 0.5 else ("sk_live_" + rs(AN, 24))
def rk_live(): return ("rk_live_51" + rs(AN, 97)) if R.random() < 0.5 else ("rk_live_" + rs(AN, 24))
def whsec(): return "whsec_" + rs(AN, 32)
def openai(): return "sk-proj-" + mid(URLS, 74) + "T3BlbkFJ" + mid(URLS, 74)
def anthropic(): return "sk-ant-api03-" + mid(URLS, 93) + "AA"
def aiza(): return "AIza" + rs(URLS, 34) + rs(AN, 1)
def npm(): return "npm_" + rs(AN, 36)
def pypi(): return "pypi-AgEIcHlwaS5vcmc" + mid(URLS, 150)
def sendgrid(): return "SG." + mid(URLS, 22) + "." + mid(URLS, 43)
def tw_ac(): return "AC" + rs(HEX, 32)
def tw_sk(): return "SK" + rs(HEX, 32)
def hex32(): return rs(HEX, 32)
def hf(): return "hf_" + rs(UP + LO, 34)
def dckr(): return "dckr_pat_" + mid(URLS, 27)
def hvs(): return "hvs." + rs(AN, 24)
def shpat(): return "shpat_" + rs(HEX, 32)
def dapi(): return "dapi" + rs(HEX, 32)
def dop(): return "dop_v1_" + rs(HEX, 64)
def atatt(): return "ATATT3xFfGF0" + mid(URLS, 170) + "=" + rs("0123456789ABCDEF", 8)
def lin(): return "lin_api_" + rs(AN, 40)
def pmak(): return "PMAK-" + rs(HEX, 24) + "-" + rs(HEX, 34)
def cio(): return "cio" + rs(AN, 32)
def atbb(): return "ATBB" + rs(AN, 28) + rs("0123456789ABCDEF", 8)


def jwt(payload, alg="HS256", siglen=32, kid=None):
    hdr = {"alg": alg, "typ": "JWT"}
    if kid:
        hdr = {"alg": alg, "kid": kid}
    h = b64u(json.dumps(hdr, separators=(",", ":")))
    p = b64u(json.dumps(payload, separators=(",", ":")))
    return h + "." + p + "." + b64u(rbytes(siglen))


def app_jwt():
    iat = R.randint(1700000000, 1720000000)
    return jwt({"sub": "usr_" + rs(AN, 12), "role": "admin", "iat": iat, "exp": iat + 3600})


def rsa_pem_lines():
    der = bytes.fromhex("308204a40201000282010100") + rbytes(1180)
    body = b64(der)
    return [body[i:i + 64] for i in range(0, len(body), 64)]


def rsa_pem():
    lines = rsa_pem_lines()
    return "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END RSA PRIVATE KEY-----\n", lines


def ec_pem():
    der = (bytes.fromhex("30770201010420") + rbytes(32) +
           bytes.fromhex("a00a06082a8648ce3d030107a144034200") + b"\x04" + rbytes(64))
    body = b64(der)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN EC PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END EC PRIVATE KEY-----\n", lines


PROV = [
    ("AWS_ACCESS_KEY_ID", aws_akid), ("AWS_SECRET_ACCESS_KEY", aws_secret),
    ("GITHUB_TOKEN", ghp), ("GH_TOKEN", gh_pat), ("GITHUB_APP_TOKEN", ghs), ("GITHUB_OAUTH_TOKEN", gho),
    ("GITLAB_TOKEN", glpat), ("SLACK_BOT_TOKEN", xoxb), ("SLACK_USER_TOKEN", xoxp),
    ("STRIPE_SECRET_KEY", sk_live), ("STRIPE_RESTRICTED_KEY", rk_live), ("STRIPE_WEBHOOK_SECRET", whsec),
    ("OPENAI_API_KEY", openai), ("ANTHROPIC_API_KEY", anthropic), ("GOOGLE_MAPS_API_KEY", aiza),
    ("NPM_TOKEN", npm), ("PYPI_API_TOKEN", pypi), ("SENDGRID_API_KEY", sendgrid), ("TWILIO_API_KEY", tw_sk),
    ("HF_TOKEN", hf), ("DOCKERHUB_TOKEN", dckr), ("VAULT_TOKEN", hvs), ("SHOPIFY_ADMIN_TOKEN", shpat),
    ("DATABRICKS_TOKEN", dapi), ("DIGITALOCEAN_ACCESS_TOKEN", dop), ("JIRA_API_TOKEN", atatt),
    ("LINEAR_API_KEY", lin), ("POSTMAN_API_KEY", pmak),
]

# (host, path, header, value template, generator)
HTTP = [
    ("api.github.com", "/user/repos", "authorization", "Bearer {}", ghp),
    ("api.github.com", "/repos/acme/web/actions/runs", "authorization", "token {}", gh_pat),
    ("api.openai.com", "/v1/chat/completions", "authorization", "Bearer {}", openai),
    ("api.anthropic.com", "/v1/messages", "x-api-key", "{}", anthropic),
    ("api.stripe.com", "/v1/charges", "authorization", "Bearer {}", sk_live),
    ("slack.com", "/api/chat.postMessage", "authorization", "Bearer {}", xoxb),
    ("gitlab.com", "/api/v4/projects", "private-token", "{}", glpat),
    ("huggingface.co", "/api/whoami-v2", "authorization", "Bearer {}", hf),
    ("api.linear.app", "/graphql", "authorization", "{}", lin),
    ("api.getpostman.com", "/collections", "x-api-key", "{}", pmak),
    ("api.sendgrid.com", "/v3/mail/send", "authorization", "Bearer {}", sendgrid),
    ("acme-store.myshopify.com", "/admin/api/2024-01/orders.json", "x-shopify-access-token", "{}", shpat),
    ("api.digitalocean.com", "/v2/droplets", "authorization", "Bearer {}", dop),
]


class Cycle:
    def __init__(self, items):
        self.items = list(items)
        self.q = []

    def __call__(self):
        if not self.q:
            self.q = self.items[:]
            R.shuffle(self.q)
        return self.q.pop()


P = Cycle(PROV)
H = Cycle(HTTP)


def prov():
    env, fn = P()
    return env, fn()


def http():
    host, path, hdr, tmpl, fn = H()
    v = fn()
    return host, path, hdr, tmpl.format(v), v


# ---------------------------------------------------------------- passwords
WORDS = ["harbor", "maple", "falcon", "copper", "orbit", "lantern", "meadow", "pixel", "summit",
         "walnut", "cobalt", "thistle", "ember", "glacier", "velvet", "quartz", "saffron", "tundra",
         "juniper", "marble", "pepper", "raven", "kestrel", "mango", "banjo", "cactus"]
SYM = "!#%*_-+=?^~@$&"
LEET = {"a": "4", "e": "3", "o": "0", "i": "1", "s": "5"}


def pw(sym=SYM, end_alnum=False):
    while True:
        if R.random() < 0.5:
            w1 = R.choice(WORDS).capitalize()
            w2 = "".join(LEET.get(c, c) if R.random() < 0.35 else c for c in R.choice(WORDS))
            s = w1 + R.choice(sym) + w2 + rs(DG, R.randint(2, 4))
            if R.random() < 0.4:
                s += R.choice(sym)
        else:
            s = rs(AN + sym, R.randint(10, 20))
        if not (10 <= len(s) <= 20):
            continue
        if not (any(c in UP for c in s) and any(c in LO for c in s) and any(c in DG for c in s)
                and any(c in sym for c in s)):
            continue
        if end_alnum and not s[-1].isalnum():
            continue
        if not s[0].isalnum() and s[0] not in "!#%*":
            continue
        return s


def pw_uri():
    return pw(sym="_-.~!*", end_alnum=True)


def pw_prose():
    return pw(sym="!#%*_-+=?@$&", end_alnum=True)


def pw_xml():
    return pw(sym="!#%*_-+=?^~@$")


def pw_shdq():  # safe inside shell double quotes
    return pw(sym="#%*_-+=?^~@&")


def passphrase():
    ws = R.sample(WORDS, 4)
    return R.choice("-.") .join(ws) + str(R.randint(2, 99))


# ---------------------------------------------------------------- PII
def luhn(prefix, length):
    digits = prefix + rs(DG, length - len(prefix) - 1)
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return digits + str((10 - s % 10) % 10)


def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def iban(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    out = cc + "%02d" % chk + bban
    assert int("".join(str(int(c, 36)) for c in out[4:] + out[:4])) % 97 == 1
    return out


def spaced4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def card_fmt(num, sep):
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


# ---------------------------------------------------------------- case store
cases = []
counters = {}


def add(group, form, text, secrets):
    key = (group, form, bool(secrets))
    n = counters.get(key, 0) + 1
    counters[key] = n
    cid = "%s.%s.%s%02d" % (group, form, "p" if secrets else "n", n)
    cases.append({"id": cid, "form": group + "/" + form, "text": text, "secrets": list(secrets)})


def J(obj, indent=2):
    return json.dumps(obj, indent=indent, ensure_ascii=False)


ACCT = lambda: rs(DG, 12)  # noqa: E731


# ================================================================ files
def nb(cells):
    return J({"cells": cells,
              "metadata": {"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python",
                                          "name": "python3"},
                           "language_info": {"name": "python", "version": "3.11.6"}},
              "nbformat": 4, "nbformat_minor": 5}, indent=1)


def md_cell(lines):
    return {"cell_type": "markdown", "id": rs(HEX, 8), "metadata": {}, "source": lines}


def code_cell(n, lines, outputs=()):
    return {"cell_type": "code", "execution_count": n, "id": rs(HEX, 8), "metadata": {},
            "outputs": list(outputs), "source": lines}


def stream(lines, name="stdout"):
    return {"name": name, "output_type": "stream", "text": lines}


def g_files():
    G = "files"
    # ---- ipynb
    k = openai()
    add(G, "ipynb", "This notebook worked yesterday, now the second cell hangs. Here's the .ipynb:\n\n" + nb([
        md_cell(["# Support-ticket triage prototype\n", "Classifies tickets with an LLM."]),
        code_cell(1, ["import os\n", "from openai import OpenAI\n", "\n",
                      'os.environ["OPENAI_API_KEY"] = "%s"\n' % k, "client = OpenAI()"]),
        code_cell(2, ['resp = client.chat.completions.create(model="gpt-4o-mini",\n',
                      '    messages=[{"role": "user", "content": "Classify: printer on fire"}])\n',
                      "print(resp.choices[0].message.content)"], [stream(["hardware\n"])]),
    ]), [k])
    k = hf()
    add(G, "ipynb", nb([
        code_cell(1, ["!pip install -q transformers accelerate"]),
        code_cell(2, ["from huggingface_hub import login\n", 'login(token="%s")' % k],
                  [stream(["Token is valid (permission: write).\n",
                           "Your token has been saved to /root/.cache/huggingface/token\n",
                           "Login successful\n"], "stderr")]),
        code_cell(3, ["from transformers import AutoTokenizer\n",
                      'tok = AutoTokenizer.from_pretrained("meta-llama/Llama-3.1-8B-Instruct")']),
    ]) + "\n\nwhy does cell 3 still say 401 gated repo?", [k])
    a, s = aws_akid(), aws_secret()
    add(G, "ipynb", "Colab export, the s3 read is super slow:\n" + nb([
        md_cell(["## Load parquet from S3"]),
        code_cell(4, ["import boto3, pandas as pd\n",
                      "s3 = boto3.client(\n", "    \"s3\",\n",
                      "    aws_access_key_id=\"%s\",\n" % a,
                      "    aws_secret_access_key=\"%s\",\n" % s,
                      "    region_name=\"eu-central-1\",\n", ")\n",
                      "obj = s3.get_object(Bucket=\"acme-analytics-raw\", Key=\"events/2024/03/part-0001.parquet\")\n",
                      "df = pd.read_parquet(obj[\"Body\"])"]),
    ]), [a, s])
    p = pw_uri()
    add(G, "ipynb", nb([
        code_cell(7, ["%load_ext sql\n",
                      "%%sql postgresql://analyst:%s@warehouse.internal:5432/dwh" % p],
                  [{"ename": "OperationalError", "evalue": "connection to server failed: timeout expired",
                    "output_type": "error",
                    "traceback": ["\u001b[0;31mOperationalError\u001b[0m: connection to server failed"]}]),
    ]) + "\n\nany idea why ipython-sql can't reach the warehouse from the notebook VM?", [p])
    add(G, "ipynb", "Cleaned-up notebook before I push it to the repo, does this look ok?\n" + nb([
        code_cell(1, ["import os, getpass\n",
                      "if \"OPENAI_API_KEY\" not in os.environ:\n",
                      "    os.environ[\"OPENAI_API_KEY\"] = getpass.getpass(\"OpenAI key (sk-proj-...): \")"],
                  [stream(["OpenAI key (sk-proj-...): \u00b7\u00b7\u00b7\u00b7\u00b7\u00b7\u00b7\u00b7\n"])]),
        code_cell(2, ["resp = client.responses.create(model=\"gpt-4o-2024-08-06\", input=\"ping\")\n",
                      "print(resp.id, resp._request_id)"],
                  [stream(["resp_%s req_%s\n" % (rs(HEX, 48), rs(HEX, 32))])]),
    ]), [])

    # ---- tfstate
    def tf(resources, outputs=None):
        return J({"version": 4, "terraform_version": "1.7.4", "serial": R.randint(3, 90), "lineage": uuid4(),
                  "outputs": outputs or {}, "resources": resources, "check_results": None})
    awsprov = 'provider["registry.terraform.io/hashicorp/aws"]'
    acct = ACCT()
    a, s, smtp = aws_akid(), aws_secret(), "B" + rs(B64, 43)
    add(G, "tfstate", "terraform plan keeps wanting to recreate the access key. state file:\n\n" + tf([
        {"mode": "managed", "type": "aws_iam_user", "name": "ci", "provider": awsprov,
         "instances": [{"schema_version": 0, "attributes": {"arn": "arn:aws:iam::%s:user/ci-deployer" % acct,
                                                            "id": "ci-deployer", "name": "ci-deployer", "path": "/",
                                                            "tags": {"team": "platform"}}}]},
        {"mode": "managed", "type": "aws_iam_access_key", "name": "ci", "provider": awsprov,
         "instances": [{"schema_version": 0, "attributes": {
             "create_date": "2024-02-11T09:31:05Z", "encrypted_secret": None, "id": a, "key_fingerprint": None,
             "pgp_key": None, "secret": s, "ses_smtp_password_v4": smtp, "status": "Active", "user": "ci-deployer"},
             "sensitive_attributes": [[{"type": "get_attr", "value": "secret"}]]}]},
    ]), [a, s, smtp])
    p1, p2 = pw(sym="!#%*_-+=?^~"), rs(AN + "!#%*_-+=", 24)
    add(G, "tfstate", tf([
        {"mode": "managed", "type": "random_password", "name": "db", "provider": 'provider["registry.terraform.io/hashicorp/random"]',
         "instances": [{"schema_version": 3, "attributes": {"id": "none", "length": 24, "special": True,
                                                            "override_special": "!#%*_-+=", "result": p2}}]},
        {"mode": "managed", "type": "aws_db_instance", "name": "main", "provider": awsprov,
         "instances": [{"schema_version": 2, "attributes": {
             "allocated_storage": 100, "engine": "postgres", "engine_version": "15.5", "identifier": "orders-prod",
             "instance_class": "db.r6g.large", "username": "orders_admin", "password": p1, "port": 5432,
             "endpoint": "orders-prod.c9akciq32.eu-west-1.rds.amazonaws.com:5432", "multi_az": True}}]},
    ]) + "\n\nwhy is aws_db_instance.password not the random_password result?", [p1, p2])
    pem, lines = ec_pem()
    n = npm()
    add(G, "tfstate", "state pulled from the s3 backend (terraform state pull):\n" + tf([
        {"mode": "managed", "type": "tls_private_key", "name": "deploy", "provider": 'provider["registry.terraform.io/hashicorp/tls"]',
         "instances": [{"schema_version": 1, "attributes": {
             "algorithm": "ECDSA", "ecdsa_curve": "P256", "id": rs(HEX, 40), "private_key_pem": pem,
             "public_key_fingerprint_md5": ":".join(rs(HEX, 2) for _ in range(16))}}]},
        {"mode": "managed", "type": "github_actions_secret", "name": "npm", "provider": 'provider["registry.terraform.io/integrations/github"]',
         "instances": [{"schema_version": 0, "attributes": {
             "created_at": "2024-01-30 12:04:55 +0000 UTC", "encrypted_value": "", "id": "web-frontend:NPM_TOKEN",
             "plaintext_value": n, "repository": "web-frontend", "secret_name": "NPM_TOKEN"}}]},
    ]), lines + [n])
    add(G, "tfstate", "Why does terraform think the lambda changed? diffing the state:\n" + tf([
        {"mode": "managed", "type": "aws_lambda_function", "name": "thumbs", "provider": awsprov,
         "instances": [{"schema_version": 0, "attributes": {
             "arn": "arn:aws:lambda:eu-west-1:%s:function:thumbs" % acct, "function_name": "thumbs",
             "handler": "main.handler", "runtime": "python3.12", "memory_size": 512,
             "source_code_hash": b64(rbytes(32)), "last_modified": "2024-03-02T17:20:41.000+0000",
             "version": "$LATEST", "role": "arn:aws:iam::%s:role/thumbs-exec" % acct,
             "environment": [{"variables": {"BUCKET": "acme-thumbs", "LOG_LEVEL": "info"}}]}}]},
        {"mode": "managed", "type": "aws_s3_object", "name": "pkg", "provider": awsprov,
         "instances": [{"schema_version": 0, "attributes": {
             "bucket": "acme-artifacts", "key": "lambda/thumbs-1.4.2.zip", "etag": rs(HEX, 32),
             "version_id": rs(AN + "._", 32), "id": "lambda/thumbs-1.4.2.zip"}}]},
    ]), [])
    add(G, "tfstate", tf([
        {"mode": "managed", "type": "random_id", "name": "suffix", "provider": 'provider["registry.terraform.io/hashicorp/random"]',
         "instances": [{"schema_version": 0, "attributes": {"b64_std": "o/nCmQ==", "b64_url": "o_nCmQ",
                                                            "byte_length": 4, "dec": "2751054233", "hex": "a3f9c299",
                                                            "id": "o_nCmQ", "keepers": None, "prefix": None}}]},
        {"mode": "managed", "type": "aws_instance", "name": "bastion", "provider": awsprov,
         "instances": [{"schema_version": 1, "attributes": {
             "ami": "ami-0" + rs(HEX, 16), "id": "i-0" + rs(HEX, 16), "instance_type": "t3.micro",
             "subnet_id": "subnet-0" + rs(HEX, 16), "vpc_security_group_ids": ["sg-0" + rs(HEX, 16)],
             "key_name": "bastion-2024", "tags": {"Name": "bastion"}}}]},
    ], outputs={"bucket_name": {"value": "acme-logs-a3f9c299", "type": "string"}}) +
        "\n\n^ can I safely delete the random_id and hardcode the suffix?", [])

    # ---- har
    def har(method, url, headers, post=None, status=200, resp_text='{"ok":true}', qs=()):
        req = {"method": method, "url": url, "httpVersion": "http/2.0",
               "headers": [{"name": n_, "value": v_} for n_, v_ in headers],
               "queryString": [{"name": n_, "value": v_} for n_, v_ in qs], "cookies": [],
               "headersSize": -1, "bodySize": len(post["text"]) if post else 0}
        if post:
            req["postData"] = post
        ent = {"_priority": "High", "_resourceType": "fetch", "cache": {}, "connection": "443",
               "request": req,
               "response": {"status": status, "statusText": "", "httpVersion": "http/2.0",
                            "headers": [{"name": "content-type", "value": "application/json"},
                                        {"name": "date", "value": "Tue, 05 Mar 2024 10:14:22 GMT"}],
                            "cookies": [], "content": {"size": len(resp_text), "mimeType": "application/json",
                                                       "text": resp_text},
                            "redirectURL": "", "headersSize": -1, "bodySize": -1, "_transferSize": 512},
               "startedDateTime": "2024-03-05T10:14:22.041Z", "time": 412.37,
               "timings": {"blocked": 1.2, "dns": -1, "ssl": -1, "connect": -1, "send": 0.3, "wait": 409.1,
                           "receive": 1.77}}
        return J({"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"},
                          "pages": [], "entries": [ent]}})
    for _ in range(2):
        host, path, hdr, val, v = http()
        add(G, "har", "Exported HAR from devtools for the failing request (browser extension calls the API directly):\n" +
            har("POST" if "chat" in path or "messages" in path or "graphql" in path or "send" in path else "GET",
                "https://%s%s" % (host, path),
                [(":authority", host), (":method", "GET"), (":path", path), (":scheme", "https"),
                 ("accept", "application/json"), (hdr, val), ("content-type", "application/json"),
                 ("user-agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36")],
                status=401, resp_text='{"error":{"message":"unauthorized","type":"invalid_request_error"}}'), [v])
    t = atatt()
    basic = b64("jira-bot@acme-corp.io:" + t)
    add(G, "har", har("GET", "https://acme-corp.atlassian.net/rest/api/3/search?jql=project%3DOPS",
                      [("accept", "application/json"), ("authorization", "Basic " + basic),
                       ("x-atlassian-token", "no-check")],
                      qs=[("jql", "project=OPS")], resp_text='{"errorMessages":["You do not have permission"]}',
                      status=403) + "\n\nthe HAR above is from the Jira dashboard plugin", [basic])
    g, xp = aiza(), xoxp()
    add(G, "har", "two requests from the HAR that fail:\n" + har(
        "GET", "https://maps.googleapis.com/maps/api/geocode/json?address=Alexanderplatz&key=" + g,
        [("accept", "*/*"), ("referer", "https://staging.acme-maps.dev/")],
        qs=[("address", "Alexanderplatz"), ("key", g)],
        resp_text='{"error_message":"This API key is not authorized to use this service or API.","status":"REQUEST_DENIED"}') +
        "\n" + har("POST", "https://slack.com/api/chat.postMessage",
                   [("content-type", "application/x-www-form-urlencoded")],
                   post={"mimeType": "application/x-www-form-urlencoded",
                         "text": "token=%s&channel=C04ABCD1234&text=deploy%%20finished" % xp,
                         "params": [{"name": "token", "value": xp}, {"name": "channel", "value": "C04ABCD1234"}]},
                   resp_text='{"ok":false,"error":"missing_scope"}'), [g, xp])
    add(G, "har", "HAR of the slow asset load, is the cache working?\n" + har(
        "GET", "https://cdn.acme-maps.dev/assets/app.3f9c2a1b.js",
        [("accept", "*/*"), ("accept-encoding", "gzip, deflate, br"), ("cookie", "theme=dark; locale=en-US"),
         ("if-none-match", 'W/"5e1f-%s"' % rs(AN + "/+", 27)), ("sec-fetch-mode", "no-cors"),
         ("x-request-id", uuid4())],
        status=304, resp_text=""), [])
    add(G, "har", har(
        "POST", "https://api.acme-maps.dev/graphql",
        [("content-type", "application/json"), ("x-apollo-operation-name", "ListPlaces"),
         ("traceparent", "00-%s-%s-01" % (rs(HEX, 32), rs(HEX, 16))), ("apollographql-client-version", "4.12.0")],
        post={"mimeType": "application/json",
              "text": '{"operationName":"ListPlaces","variables":{"first":20,"after":"YXJyYXljb25uZWN0aW9uOjE5"},"extensions":{"persistedQuery":{"version":1,"sha256Hash":"%s"}}}' % rs(HEX, 64)},
        resp_text='{"data":{"places":{"edges":[]}}}') + "\n\nwhy is the persisted query not hitting the cache?", [])

    # ---- postman
    def pm(name, items, auth=None, variables=None, event=None):
        c = {"info": {"_postman_id": uuid4(), "name": name,
                      "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
                      "_exporter_id": rs(DG, 8)}, "item": items}
        if auth:
            c["auth"] = auth
        if event:
            c["event"] = event
        if variables:
            c["variable"] = variables
        return J(c, indent="\t")

    def pm_req(name, method, raw_url, headers=(), body=None):
        host, _, rest = raw_url.split("://", 1)[1].partition("/")
        r = {"method": method, "header": [{"key": k_, "value": v_, "type": "text"} for k_, v_ in headers],
             "url": {"raw": raw_url, "protocol": "https", "host": host.split("."), "path": rest.split("/")}}
        if body:
            r["body"] = {"mode": "raw", "raw": body, "options": {"raw": {"language": "json"}}}
        return {"name": name, "request": r, "response": []}
    k = rk_live()
    add(G, "postman", "Exported my Postman collection, the refund request returns 403:\n" + pm(
        "Billing (Stripe)", [pm_req("Create refund", "POST", "https://api.stripe.com/v1/refunds",
                                    [("Content-Type", "application/x-www-form-urlencoded")])],
        auth={"type": "bearer", "bearer": [{"key": "token", "value": k, "type": "string"}]}), [k])
    k = pmak()
    add(G, "postman", pm("Postman API automation",
                         [pm_req("List collections", "GET", "https://api.getpostman.com/collections",
                                 [("X-Api-Key", "{{postmanApiKey}}")])],
                         variables=[{"key": "postmanApiKey", "value": k, "type": "string"},
                                    {"key": "workspace", "value": uuid4(), "type": "string"}]) +
        "\n\ncan I run this with newman in CI?", [k])
    p = pw()
    add(G, "postman", pm("Legacy ERP", [pm_req("Get invoice", "GET", "https://erp.acme-corp.io/api/v2/invoices/10442",
                                               [("Accept", "application/xml")])],
                         auth={"type": "basic", "basic": [{"key": "password", "value": p, "type": "string"},
                                                          {"key": "username", "value": "svc_reporting", "type": "string"}]}),
        [p])
    add(G, "postman", "Here is the collection (secrets are in the environment, not exported):\n" + pm(
        "Orders API", [pm_req("Create order", "POST", "https://{{baseUrl}}/v1/orders",
                              [("Idempotency-Key", "{{$guid}}")], '{\n  "sku": "{{sku}}",\n  "qty": 1\n}')],
        auth={"type": "bearer", "bearer": [{"key": "token", "value": "{{access_token}}", "type": "string"}]},
        variables=[{"key": "baseUrl", "value": "api.staging.acme-corp.io"}, {"key": "access_token", "value": ""},
                   {"key": "sku", "value": "SKU-00421"}],
        event=[{"listen": "prerequest", "script": {"type": "text/javascript", "exec": [
            "const id = pm.environment.get('client_id');",
            "const secret = pm.environment.get('client_secret');",
            "// token is cached in access_token until it expires"]}}]), [])

    # ---- npmrc
    n, gp = npm(), ghp()
    add(G, "npmrc", "$ cat ~/.npmrc\nsave-exact=true\nengine-strict=true\n@acme:registry=https://npm.pkg.github.com\n"
        "//npm.pkg.github.com/:_authToken=%s\n//registry.npmjs.org/:_authToken=%s\n\n"
        "npm publish still says E401 for @acme/ui, what am I missing?" % (gp, n), [gp, n])
    p = b64(pw())
    add(G, "npmrc", "our jenkins agent .npmrc:\n\nregistry=https://artifactory.acme-corp.io/artifactory/api/npm/npm-virtual/\n"
        "//artifactory.acme-corp.io/artifactory/api/npm/npm-virtual/:username=ci-npm\n"
        "//artifactory.acme-corp.io/artifactory/api/npm/npm-virtual/:_password=%s\n"
        "//artifactory.acme-corp.io/artifactory/api/npm/npm-virtual/:always-auth=true\nstrict-ssl=false\n" % p, [p])
    add(G, "npmrc", "Project .npmrc committed to the repo:\n\n@acme:registry=https://npm.pkg.github.com\n"
        "//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}\nfund=false\naudit-level=high\n\n"
        "is it fine to commit this since the token comes from the env?", [])

    # ---- pypirc
    t1, t2 = pypi(), pypi()
    add(G, "pypirc", "twine upload fails with 403 on testpypi only. ~/.pypirc:\n\n[distutils]\nindex-servers =\n    pypi\n    testpypi\n\n"
        "[pypi]\nusername = __token__\npassword = %s\n\n[testpypi]\nrepository = https://test.pypi.org/legacy/\n"
        "username = __token__\npassword = %s\n" % (t1, t2), [t1, t2])
    p = pw(sym="!#*_-+=?^~@$&")
    add(G, "pypirc", "[distutils]\nindex-servers = internal\n\n[internal]\nrepository = https://nexus.acme-corp.io/repository/pypi-internal/\n"
        "username = deploy\npassword = %s\n\n# uploaded with: twine upload -r internal dist/*\n" % p, [p])
    add(G, "pypirc", "The template we ship in the onboarding docs:\n\n[pypi]\nusername = __token__\n"
        "password = <your PyPI API token, starts with pypi->\n\n; generate one at https://pypi.org/manage/account/token/\n", [])

    # ---- dockercfg
    a = b64("octodev:" + dckr())
    add(G, "dockercfg", "docker pull hits the rate limit even though I'm logged in. ~/.docker/config.json:\n" +
        J({"auths": {"https://index.docker.io/v1/": {"auth": a}}, "currentContext": "default"}, indent="\t"), [a])
    a1, a2 = b64("ci-bot:" + ghp()), b64("acmeregistry:" + pw())
    add(G, "dockercfg", J({"auths": {"ghcr.io": {"auth": a1}, "acmeregistry.azurecr.io": {"auth": a2}},
                           "psFormat": "table {{.ID}}\\t{{.Names}}\\t{{.Status}}"}, indent="\t") +
        "\n\nthis is the config.json baked into our runner image, is that bad?", [a1, a2])
    add(G, "dockercfg", "~/.docker/config.json on my mac:\n" + J(
        {"auths": {"ghcr.io": {}, "https://index.docker.io/v1/": {}}, "credsStore": "desktop",
         "currentContext": "desktop-linux",
         "plugins": {"-x-cli-hints": {"enabled": "true"}},
         "features": {"hooks": "true"}}, indent="\t") + "\n\nwhere are the credentials actually stored then?", [])

    # ---- kubeconfig
    iat = R.randint(1700000000, 1710000000)
    tok = jwt({"aud": ["https://kubernetes.default.svc.cluster.local"], "exp": iat + 31536000, "iat": iat,
               "iss": "https://kubernetes.default.svc.cluster.local",
               "kubernetes.io": {"namespace": "ci", "serviceaccount": {"name": "deployer", "uid": uuid4()}},
               "nbf": iat, "sub": "system:serviceaccount:ci:deployer"}, alg="RS256", siglen=256, kid=mid(URLS, 43))
    ca = b64("-----BEGIN CERTIFICATE-----\n" + b64(rbytes(700)) + "\n-----END CERTIFICATE-----\n")
    add(G, "kubeconfig", "kubectl says 'You must be logged in to the server (Unauthorized)'. kubeconfig:\n\n"
        "apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: %s\n    server: https://k8s-api.prod.acme-corp.io:6443\n"
        "  name: prod\ncontexts:\n- context:\n    cluster: prod\n    namespace: ci\n    user: deployer\n  name: prod-ci\n"
        "current-context: prod-ci\nkind: Config\npreferences: {}\nusers:\n- name: deployer\n  user:\n    token: %s\n" % (ca, tok), [tok])
    pem, _ = rsa_pem()
    ckd = b64(pem)
    ccd = b64("-----BEGIN CERTIFICATE-----\n" + b64(rbytes(600)) + "\n-----END CERTIFICATE-----\n")
    add(G, "kubeconfig", "apiVersion: v1\nkind: Config\nclusters:\n- name: kind-dev\n  cluster:\n    server: https://kind-dev.local:6443\n"
        "    insecure-skip-tls-verify: true\nusers:\n- name: kind-admin\n  user:\n    client-certificate-data: %s\n"
        "    client-key-data: %s\ncontexts:\n- name: kind-dev\n  context:\n    cluster: kind-dev\n    user: kind-admin\n"
        "current-context: kind-dev\n\nhow do I split this into two files for the CI runner?" % (ccd, ckd), [ckd])
    d = dop()
    add(G, "kubeconfig", "doctl generated this, but kubectl times out:\n\napiVersion: v1\nclusters:\n- cluster:\n"
        "    server: https://%s.k8s.ondigitalocean.com\n  name: do-fra1-shop\ncontexts:\n- context:\n    cluster: do-fra1-shop\n"
        "    user: do-fra1-shop-admin\n  name: do-fra1-shop\ncurrent-context: do-fra1-shop\nkind: Config\nusers:\n"
        "- name: do-fra1-shop-admin\n  user:\n    token: %s\n" % (uuid4(), d), [d])
    add(G, "kubeconfig", "EKS kubeconfig from `aws eks update-kubeconfig`:\n\napiVersion: v1\nclusters:\n- cluster:\n"
        "    certificate-authority: /home/runner/.kube/eks-ca.crt\n    server: https://%s.gr7.eu-west-1.eks.amazonaws.com\n"
        "  name: arn:aws:eks:eu-west-1:%s:cluster/shop\ncontexts:\n- context:\n    cluster: arn:aws:eks:eu-west-1:%s:cluster/shop\n"
        "    user: arn:aws:eks:eu-west-1:%s:cluster/shop\n  name: shop\ncurrent-context: shop\nkind: Config\nusers:\n"
        "- name: arn:aws:eks:eu-west-1:%s:cluster/shop\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n"
        "      command: aws\n      args:\n      - --region\n      - eu-west-1\n      - eks\n      - get-token\n      - --cluster-name\n"
        "      - shop\n      env:\n      - name: AWS_PROFILE\n        value: shop-admin\n" % ((rs("0123456789ABCDEF", 32),) + (acct,) * 4), [])

    # ---- git-credentials
    g1, g2 = ghp(), glpat()
    add(G, "gitcreds", "$ cat ~/.git-credentials\nhttps://octodev:%s@github.com\nhttps://oauth2:%s@gitlab.com\n\n"
        "git push still asks for a password on gitlab, why?" % (g1, g2), [g1, g2])
    g1, b = ghs(), atbb()
    add(G, "gitcreds", "contents of /home/runner/.git-credentials on the build box:\n\nhttps://x-access-token:%s@github.com\n"
        "https://acme-build:%s@bitbucket.org\n" % (g1, b), [g1, b])
    add(G, "gitcreds", "~/.gitconfig\n\n[credential]\n\thelper = osxkeychain\n[credential \"https://github.com\"]\n"
        "\thelper =\n\thelper = !/opt/homebrew/bin/gh auth git-credential\n[init]\n\tdefaultBranch = main\n"
        "[pull]\n\trebase = true\n\nwhy does git still prompt for a username on push?", [])

    # ---- netrc
    g1, p = gh_pat(), pw(sym="!#%*_-+=?^~@$&")
    add(G, "netrc", "~/.netrc (used by pip and the earthaccess library):\n\nmachine github.com\n  login octodev\n  password %s\n\n"
        "machine urs.earthdata.nasa.gov login geo_lab_ro password %s\n" % (g1, p), [g1, p])
    p, h = pw(sym="!#%*_-+=?^~@$&"), hf()
    add(G, "netrc", "machine backup.acme-corp.io\nlogin nightly\npassword %s\n\nmachine huggingface.co\nlogin hf_user\npassword %s\n\n"
        "curl --netrc works for the first host but not the second" % (p, h), [p, h])

    # ---- GitHub Actions
    a, s = aws_akid(), aws_secret()
    add(G, "gha", "Workflow that fails at the deploy step:\n\n```yaml\nname: deploy\non:\n  push:\n    branches: [main]\n\n"
        "env:\n  AWS_REGION: eu-west-1\n  AWS_ACCESS_KEY_ID: %s\n  AWS_SECRET_ACCESS_KEY: %s\n\njobs:\n  deploy:\n"
        "    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: aws s3 sync ./dist s3://acme-web-prod --delete\n```" % (a, s), [a, s])
    url, tok = slack_hook()
    n = npm()
    add(G, "gha", ".github/workflows/release.yml\n\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - uses: actions/setup-node@v4\n        with:\n          node-version: 20\n          registry-url: https://registry.npmjs.org\n"
        "      - run: npm publish --access public\n        env:\n          NODE_AUTH_TOKEN: %s\n      - name: notify\n"
        "        run: |\n          curl -X POST -H 'Content-type: application/json' \\\n            --data '{\"text\":\"released\"}' \\\n"
        "            %s\n" % (n, url), [n, tok])
    add(G, "gha", "```yaml\njobs:\n  build:\n    runs-on: ubuntu-latest\n    permissions:\n      id-token: write\n      contents: read\n"
        "    steps:\n      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11 # v4.1.1\n"
        "      - uses: aws-actions/configure-aws-credentials@e3dd6a429d7300a6a4c196c26e071d42e0343502 # v4.0.2\n"
        "        with:\n          role-to-assume: arn:aws:iam::%s:role/gha-deploy\n          aws-region: eu-west-1\n"
        "      - run: npm ci && npm run build\n        env:\n          NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n"
        "          SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}\n```\nIs pinning actions to a SHA like this enough?" % acct, [])

    # ---- docker-compose
    p1, p2 = pw(sym="!#%*_-+=?^~@&"), pw(sym="!#%*_-+=?^~@&")
    add(G, "compose", "docker-compose.yml\n\nservices:\n  db:\n    image: postgres:16\n    environment:\n      - POSTGRES_USER=shop\n"
        "      - POSTGRES_PASSWORD=%s\n      - POSTGRES_DB=shop\n    volumes:\n      - pgdata:/var/lib/postgresql/data\n"
        "  pgadmin:\n    image: dpage/pgadmin4\n    environment:\n      - PGADMIN_DEFAULT_EMAIL=admin@shop.local\n"
        "      - PGADMIN_DEFAULT_PASSWORD=%s\n    ports:\n      - \"5050:80\"\nvolumes:\n  pgdata: {}\n\n"
        "pgadmin can't connect to db, says password authentication failed" % (p1, p2), [p1, p2])
    k, p = sk_live(), pw_uri()
    add(G, "compose", "services:\n  api:\n    build: .\n    environment:\n      NODE_ENV: production\n      STRIPE_SECRET_KEY: %s\n"
        "      REDIS_URL: redis://:%s@redis:6379/0\n    depends_on: [redis]\n  redis:\n    image: redis:7-alpine\n"
        "    command: [\"redis-server\", \"--requirepass\", \"%s\"]\n" % (k, p, p), [k, p])
    add(G, "compose", "services:\n  db:\n    image: postgres:16.2-alpine@sha256:%s\n    environment:\n      - POSTGRES_USER=shop\n"
        "      - POSTGRES_PASSWORD_FILE=/run/secrets/postgres_password\n    secrets:\n      - postgres_password\n"
        "secrets:\n  postgres_password:\n    file: ./secrets/postgres_password.txt\n\nis the digest pin + secrets file the right approach?" % rs(HEX, 64), [])

    # ---- ansible
    p, dd = pw(sym="!#%*_-+=?^~@$&"), hex32()
    add(G, "ansible", "group_vars/prod.yml\n\n---\nmysql_root_password: \"%s\"\nmysql_databases:\n  - name: shop\n"
        "datadog_api_key: \"%s\"\ndatadog_site: datadoghq.eu\nnginx_worker_processes: auto\n" % (p, dd), [p, dd])
    v, cf = hvs(), mid(URLS, 40)
    add(G, "ansible", "- hosts: web\n  vars:\n    vault_addr: https://vault.acme-corp.io:8200\n    vault_token: %s\n"
        "    cloudflare_api_token: %s\n  tasks:\n    - name: purge cache\n      uri:\n"
        "        url: https://api.cloudflare.com/client/v4/zones/{{ zone_id }}/purge_cache\n        method: POST\n"
        "        headers:\n          Authorization: \"Bearer {{ cloudflare_api_token }}\"\n\nthe uri task returns 403" % (v, cf), [v, cf])
    add(G, "ansible", "---\nmysql_root_password: \"{{ vault_mysql_root_password }}\"\n"
        "datadog_api_key: \"{{ lookup('env', 'DD_API_KEY') }}\"\npassword_min_length: 14\n\n"
        "- name: create app user\n  community.mysql.mysql_user:\n    name: app\n    password: \"{{ vault_app_db_password }}\"\n"
        "    priv: 'shop.*:ALL'\n  no_log: true\n", [])

    # ---- spring application.properties
    p, sg = pw(sym="!#%*_-+?^~@$&"), sendgrid()
    add(G, "springprops", "application-prod.properties\n\nserver.port=8080\nspring.datasource.url=jdbc:postgresql://db.prod.internal:5432/orders\n"
        "spring.datasource.username=orders_svc\nspring.datasource.password=%s\nspring.jpa.hibernate.ddl-auto=validate\n"
        "spring.mail.host=smtp.sendgrid.net\nspring.mail.port=587\nspring.mail.username=apikey\nspring.mail.password=%s\n" % (p, sg), [p, sg])
    js, a = b64(rbytes(48)), aws_secret()
    add(G, "springprops", "# security\napp.jwt.secret=%s\napp.jwt.expiration-ms=86400000\ncloud.aws.credentials.access-key=%s\n"
        "cloud.aws.credentials.secret-key=%s\ncloud.aws.region.static=eu-central-1\n\nwhy does spring cloud aws ignore these?" % (js, "AKIA" + rs(B32, 16), a),
        [js, a])
    add(G, "springprops", "spring.datasource.url=jdbc:postgresql://${DB_HOST:localhost}:5432/orders\n"
        "spring.datasource.username=${DB_USER}\nspring.datasource.password=${DB_PASSWORD}\n"
        "spring.security.oauth2.client.registration.github.client-secret=${GITHUB_CLIENT_SECRET}\n"
        "app.password-reset.token-ttl=PT30M\nmanagement.endpoints.web.exposure.include=health,info\n", [])

    # ---- appsettings.json
    p = pw(sym="!#%*_-+=?^~@$")
    add(G, "appsettings", "appsettings.Production.json\n" + J({
        "Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}},
        "ConnectionStrings": {"DefaultConnection": "Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=Orders;"
                                                   "Persist Security Info=False;User ID=orders_app;Password=%s;"
                                                   "MultipleActiveResultSets=False;Encrypt=True;Connection Timeout=30;" % p},
        "AllowedHosts": "*"}), [p])
    ak, rk = b64(rbytes(64)), b64(rbytes(32))
    add(G, "appsettings", J({"ConnectionStrings": {
        "Storage": "DefaultEndpointsProtocol=https;AccountName=acmeblobprod;AccountKey=%s;EndpointSuffix=core.windows.net" % ak,
        "Redis": "acme-cache.redis.cache.windows.net:6380,password=%s,ssl=True,abortConnect=False" % rk}}) +
        "\n\nblob upload works locally but not in the app service", [ak, rk])
    add(G, "appsettings", J({"ConnectionStrings": {
        "DefaultConnection": "Server=(localdb)\\mssqllocaldb;Database=AcmeApp;Trusted_Connection=True;MultipleActiveResultSets=true"},
        "Jwt": {"Issuer": "https://login.acme-corp.io", "Audience": "acme-api", "KeyVaultSecretName": "jwt-signing-key"},
        "Logging": {"LogLevel": {"Default": "Warning"}}}) + "\n\nEF migrations can't find the localdb instance", [])

    # ---- wp-config.php
    WPS = AN + "!#$%&()*+,-./:;<=>?@[]^_`{|}~"
    p = pw(sym="!#%*_-+=?^~@$&")
    salts = [rs(WPS, 64) for _ in range(4)]
    add(G, "wpconfig", "<?php\ndefine( 'DB_NAME', 'wp_blog' );\ndefine( 'DB_USER', 'wp_blog' );\ndefine( 'DB_PASSWORD', '%s' );\n"
        "define( 'DB_HOST', 'localhost' );\ndefine( 'DB_CHARSET', 'utf8mb4' );\n\n"
        "define( 'AUTH_KEY',         '%s' );\ndefine( 'SECURE_AUTH_KEY',  '%s' );\ndefine( 'LOGGED_IN_KEY',    '%s' );\n"
        "define( 'NONCE_KEY',        '%s' );\n\n$table_prefix = 'wp_';\n" % ((p,) + tuple(salts)), [p] + salts)
    p = pw(sym="!#%*_-+=?^~@$&")
    add(G, "wpconfig", "Error establishing a database connection after moving hosts. wp-config.php:\n\n"
        "define('DB_NAME', getenv('WORDPRESS_DB_NAME') ?: 'wordpress');\ndefine('DB_USER', getenv('WORDPRESS_DB_USER') ?: 'wpuser');\n"
        "define('DB_PASSWORD', getenv('WORDPRESS_DB_PASSWORD') ?: '%s');\ndefine('DB_HOST', getenv('WORDPRESS_DB_HOST') ?: 'mysql:3306');\n" % p, [p])
    add(G, "wpconfig", "<?php\ndefine( 'DB_NAME', getenv('WORDPRESS_DB_NAME') );\ndefine( 'DB_PASSWORD', getenv('WORDPRESS_DB_PASSWORD') );\n"
        "define( 'AUTH_KEY',         'put your unique phrase here' );\ndefine( 'SECURE_AUTH_KEY',  'put your unique phrase here' );\n"
        "define( 'WP_DEBUG', false );\n\nthe salts still have the default text, where do I generate real ones?", [])

    # ---- keytool
    p1, p2 = pw(sym="!#%*_-+=?^~@"), pw(sym="!#%*_-+=?^~@")
    add(G, "keytool", "$ keytool -genkeypair -v -keystore upload-keystore.jks -storetype JKS -keyalg RSA -keysize 2048 "
        "-validity 10000 -alias upload -storepass '%s' -keypass '%s' -dname \"CN=Acme Mobile, OU=Apps, O=Acme, L=Berlin, C=DE\"\n"
        "Generating 2,048 bit RSA key pair and self-signed certificate (SHA256withRSA) with a validity of 10,000 days\n\n"
        "Play console rejects the upload key, what's wrong?" % (p1, p2), [p1, p2])
    p = pw(sym="!#%*_-+=?^~@")
    add(G, "keytool", "android {\n    signingConfigs {\n        release {\n            storeFile file(\"release.keystore\")\n"
        "            storePassword \"%s\"\n            keyAlias \"release\"\n            keyPassword \"%s\"\n        }\n    }\n}\n\n"
        "and `keytool -list -v -keystore release.keystore -storepass %s` works fine, so the password is right" % (p, p, p), [p])
    add(G, "keytool", "$ keytool -list -keystore $JAVA_HOME/lib/security/cacerts -storepass:env STOREPASS -alias digicertglobalrootg2\n"
        "digicertglobalrootg2, Mar 1, 2024, trustedCertEntry,\nCertificate fingerprint (SHA-256): %s\n\n"
        "how do I import our internal CA next to it?" % ":".join(rs("0123456789ABCDEF", 2) for _ in range(32)), [])

    # ---- XML
    p = pw_xml()
    add(G, "xml", "~/.m2/settings.xml\n\n<settings>\n  <servers>\n    <server>\n      <id>nexus-releases</id>\n"
        "      <username>deployer</username>\n      <password>%s</password>\n    </server>\n  </servers>\n</settings>\n\n"
        "mvn deploy gives 401 Unauthorized" % p, [p])
    p1, p2 = pw_xml(), pw_xml()
    add(G, "xml", "<Context>\n  <Resource name=\"jdbc/Orders\" auth=\"Container\" type=\"javax.sql.DataSource\"\n"
        "            driverClassName=\"org.postgresql.Driver\" url=\"jdbc:postgresql://db.internal:5432/orders\"\n"
        "            username=\"orders\" password=\"%s\" maxTotal=\"20\"/>\n</Context>\n\nand Web.config:\n"
        "<connectionStrings>\n  <add name=\"Legacy\" connectionString=\"Data Source=sql01;Initial Catalog=Legacy;User Id=legacy_rw;Password=%s;\" "
        "providerName=\"System.Data.SqlClient\" />\n</connectionStrings>\n" % (p1, p2), [p1, p2])
    add(G, "xml", "<settings>\n  <servers>\n    <server>\n      <id>nexus-releases</id>\n      <username>${env.NEXUS_USER}</username>\n"
        "      <password>${env.NEXUS_PASSWORD}</password>\n    </server>\n  </servers>\n</settings>\n"
        "<!-- artifact checksum -->\n<sha1>%s</sha1>\n" % rs(HEX, 40), [])

    # ---- INI
    p = pw(sym="!#%*_-+=?^~@$&")
    add(G, "ini", "~/.my.cnf on the backup host:\n\n[client]\nuser=backup\npassword=%s\nhost=db-replica.internal\n\n"
        "[mysqldump]\nsingle-transaction\nquick\n\nmysqldump still prompts for password" % p, [p])
    a, s = aws_akid(), aws_secret()
    add(G, "ini", "~/.s3cfg\n\n[default]\naccess_key = %s\nsecret_key = %s\nbucket_location = EU\nhost_base = s3.amazonaws.com\n"
        "use_https = True\nsignature_v2 = False\n" % (a, s), [a, s])
    add(G, "ini", "[auth]\npassword_min_length = 12\npassword_reset_token_ttl = 3600\nsecret_backend = vault\n"
        "api_key_header = X-Api-Key\n\n[session]\ncookie_name = sid\nmax_age = 86400\n", [])

    # ---- TOML
    c = cio()
    add(G, "toml", "cargo publish says 'token is invalid'. ~/.cargo/credentials.toml:\n\n[registry]\ntoken = \"%s\"\n" % c, [c])
    p, k = pw(sym="!#%*_-+=?^~@$&"), openai()
    add(G, "toml", ".streamlit/secrets.toml\n\nopenai_api_key = \"%s\"\n\n[connections.snowflake]\naccount = \"acme-eu1\"\n"
        "user = \"STREAMLIT_APP\"\npassword = \"%s\"\nwarehouse = \"COMPUTE_WH\"\ndatabase = \"ANALYTICS\"\n" % (k, p), [k, p])
    add(G, "toml", "Cargo.lock diff is huge after cargo update:\n\n[[package]]\nname = \"serde\"\nversion = \"1.0.197\"\n"
        "source = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"%s\"\ndependencies = [\n \"serde_derive\",\n]\n\n"
        "[[package]]\nname = \"tokio\"\nversion = \"1.36.0\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\n"
        "checksum = \"%s\"\n" % (rs(HEX, 64), rs(HEX, 64)), [])


# ================================================================ prompt
def g_prompt():
    G = "prompt"
    # ---- ask
    k = anthropic()
    add(G, "ask", "hey can you debug this? getting 401 from the anthropic api every time. my key is %s and I'm calling it like this:\n\n"
        "curl https://api.anthropic.com/v1/messages -H \"x-api-key: $ANTHROPIC_API_KEY\" -H \"anthropic-version: 2023-06-01\" \\\n"
        "  -H \"content-type: application/json\" -d '{\"model\":\"claude-3-5-sonnet-20241022\",\"max_tokens\":256,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}'\n\n"
        "I exported it in .bashrc and reopened the terminal" % k, [k])
    k, w = sk_live(), whsec()
    add(G, "ask", "Why does webhook signature verification keep failing? I set the secret key to %s in the dashboard settings "
        "and the endpoint signing secret is %s. Using stripe.Webhook.construct_event(payload, sig_header, endpoint_secret) "
        "in Flask, and payload is request.data." % (k, w), [k, w])
    g = glpat()
    add(G, "ask", "ok here's the token you asked for: %s\nit has api + read_registry scope. can you write the .gitlab-ci.yml job "
        "that pushes the image to our registry with it?" % g, [g])
    p = pw_prose()
    add(G, "ask", "My router admin password is %s and after the firmware update it keeps rejecting it on the web UI "
        "(TP-Link Archer AX55). Factory reset is my last resort, anything else I could try?" % p, [p])
    add(G, "ask", "I'm getting `Incorrect API key provided: sk-proj-********************************wXyZ` even though I rotated "
        "the key an hour ago and put the new one in OPENAI_API_KEY. Code:\n\n"
        "from openai import OpenAI\nclient = OpenAI(api_key=os.environ[\"OPENAI_API_KEY\"])\n\n"
        "Is there some caching of keys on the org level?", [])
    add(G, "ask", "Quick question: the GitHub docs say classic tokens start with ghp_ but the one I just created starts with "
        "github_pat_ — is that a different kind? Which one should I use for `gh auth login --with-token`?", [])

    # ---- fence
    k = sk_live()
    add(G, "fence", "Can you convert this to use the async client?\n\n```python\nimport stripe\n\nstripe.api_key = \"%s\"\n\n"
        "def charge(customer_id, amount):\n    return stripe.PaymentIntent.create(\n        customer=customer_id, amount=amount, currency=\"eur\",\n"
        "        automatic_payment_methods={\"enabled\": True},\n    )\n```" % k, [k])
    d = dapi()
    add(G, "fence", "```bash\nexport DATABRICKS_HOST=https://adb-%s.%d.azuredatabricks.net\nexport DATABRICKS_TOKEN=%s\n"
        "databricks clusters list --output json | jq '.[] | .cluster_name'\n```\n\nthis returns an empty list but I can see 3 clusters in the UI" % (rs(DG, 16), R.randint(1, 9), d), [d])
    sg = sendgrid()
    add(G, "fence", "Here's my Rails config, mails aren't going out in production:\n\n```ruby\nconfig.action_mailer.smtp_settings = {\n"
        "  address: 'smtp.sendgrid.net',\n  port: 587,\n  user_name: 'apikey',\n  password: '%s',\n  authentication: :plain,\n"
        "  enable_starttls_auto: true\n}\n```" % sg, [sg])
    add(G, "fence", "```js\n// mailer.js\nconst sgMail = require('@sendgrid/mail');\nsgMail.setApiKey(process.env.SENDGRID_API_KEY); // SG.xxxxx.yyyyy\n"
        "await sgMail.send({ to, from: process.env.MAIL_FROM, subject, html });\n```\nHow do I add retries with backoff here?", [])
    add(G, "fence", "```python\nAPI_KEY = os.getenv(\"WEATHER_API_KEY\", \"<YOUR_API_KEY>\")\nBASE = \"https://api.weather.example/v3\"\n"
        "resp = requests.get(f\"{BASE}/forecast\", params={\"apikey\": API_KEY, \"q\": city}, timeout=5)\n```\n"
        "is it bad practice to have a placeholder default like that?", [])

    # ---- table
    k1, k2 = openai(), hf()
    add(G, "table", "Handing over the ML infra, here's what's configured on the inference box:\n\n"
        "| Service | Env var | Value | Notes |\n|---|---|---|---|\n| OpenAI | OPENAI_API_KEY | %s | org: research |\n"
        "| Hugging Face | HF_TOKEN | %s | read-only |\n| Weights & Biases | WANDB_API_KEY | (rotated, ask infra) | |\n\n"
        "Can you turn this into a .env.example?" % (k1, k2), [k1, k2])
    p1, p2 = pw(sym="!#%*_-+=?^~@$&"), pw(sym="!#%*_-+=?^~@$&")
    add(G, "table", "| System | Host | User | Password |\n|--------|------|------|----------|\n| Grafana | grafana.ops.internal | admin | %s |\n"
        "| RabbitMQ | mq.ops.internal | ops | %s |\n\nplease write a runbook section for rotating these" % (p1, p2), [p1, p2])
    add(G, "table", "| Variable | Required | Default | Description |\n|---|---|---|---|\n| `DB_PASSWORD` | yes | — | Postgres password for the app role |\n"
        "| `API_KEY_HEADER` | no | `X-Api-Key` | Header the gateway reads |\n| `PASSWORD_RESET_TOKEN_TTL` | no | `3600` | Seconds |\n"
        "| `STRIPE_SECRET_KEY` | yes | — | `sk_live_...` in prod, `sk_test_...` locally |\n\nCan you add a column with validation rules?", [])

    # ---- bullets
    t1, t2, t3 = atatt(), pmak(), dop()
    add(G, "bullets", "Staging creds for the contractor (please don't paste anywhere public):\n\n- Jira API token: %s\n"
        "- Postman key: %s\n- DigitalOcean: %s\n\nCan you write a short onboarding note around these?" % (t1, t2, t3), [t1, t2, t3])
    p1, p2 = pw(), pw()
    add(G, "bullets", "Accounts on the old NAS (nas01.office.lan):\n* admin / %s\n* readonly / %s\n* guest (disabled)\n\n"
        "How do I migrate the shares to the new Synology?" % (p1, p2), [p1, p2])
    add(G, "bullets", "Key rotation checklist:\n- generate new key in the provider console\n- update `STRIPE_SECRET_KEY` in Vault (`secret/data/billing`)\n"
        "- redeploy billing-api\n- revoke old key (starts with `rk_live_`, last 4 shown in dashboard)\n- confirm no 401s in logs for 24h\n\n"
        "anything missing?", [])

    # ---- quoted email reply
    sg = sendgrid()
    add(G, "emailquote", "Thanks! Quick follow-up on the below — which port should we use?\n\n"
        "> On Tue, 5 Mar 2024 at 10:14, the Ops team wrote:\n> Here are the prod SMTP creds for the newsletter service:\n"
        "> host: smtp.sendgrid.net\n> user: apikey\n> pass: %s\n>\n> Please store them in the vault, not in the repo.\n" % sg, [sg])
    ac, at = tw_ac(), hex32()
    add(G, "emailquote", "Can you explain what the SID vs the token is?\n\n> > Twilio account for the OTP service:\n"
        "> > Account SID: %s\n> > Auth Token: %s\n> >\n> > Region is us1.\n>\n> Got it, and the messaging service id?\n" % (ac, at), [ac, at])
    add(G, "emailquote", "Replying inline:\n\n> Can you send me the API key for the staging tenant?\n\nNo — keys go through the vault. "
        "Request access to `kv/staging/tenant-api` and the key will be injected as TENANT_API_KEY.\n\n"
        "> And the password for the reporting DB?\n\nSame, it's at `kv/staging/reporting` (field `password`).\n", [])

    # ---- diff
    o1, o2 = openai(), openai()
    add(G, "diff", "Reviewing this PR, is it ok to merge?\n\ndiff --git a/.env b/.env\nindex 3f2a9c1..8b71e04 100644\n--- a/.env\n+++ b/.env\n"
        "@@ -1,4 +1,4 @@\n DEBUG=false\n-OPENAI_API_KEY=%s\n+OPENAI_API_KEY=%s\n MODEL=gpt-4o-mini\n" % (o1, o2), [o1, o2])
    p, a, s = pw(sym="!#%*_-+=?^~@$&"), aws_akid(), aws_secret()
    add(G, "diff", "--- a/app/config.py\n+++ b/app/config.py\n@@ -8,9 +8,11 @@ DATABASES = {\n     \"default\": {\n"
        "         \"ENGINE\": \"django.db.backends.postgresql\",\n         \"USER\": \"app\",\n-        \"PASSWORD\": \"%s\",\n"
        "+        \"PASSWORD\": os.environ[\"DB_PASSWORD\"],\n     }\n }\n+AWS_ACCESS_KEY_ID = \"%s\"\n+AWS_SECRET_ACCESS_KEY = \"%s\"\n\n"
        "I removed the hardcoded password, good now?" % (p, a, s), [p, a, s])
    add(G, "diff", "diff --git a/package-lock.json b/package-lock.json\n@@ -1021,9 +1021,9 @@\n     \"node_modules/axios\": {\n"
        "-      \"version\": \"1.6.7\",\n-      \"resolved\": \"https://registry.npmjs.org/axios/-/axios-1.6.7.tgz\",\n"
        "-      \"integrity\": \"sha512-%s\",\n+      \"version\": \"1.6.8\",\n+      \"resolved\": \"https://registry.npmjs.org/axios/-/axios-1.6.8.tgz\",\n"
        "+      \"integrity\": \"sha512-%s\",\n       \"dependencies\": {\n" % (b64(rbytes(64)), b64(rbytes(64))), [])

    # ---- stack traces
    p = pw_uri()
    add(G, "stacktrace", "Traceback (most recent call last):\n  File \"/app/worker.py\", line 14, in <module>\n"
        "    engine = create_engine(\"postgresql+psycopg2://app:%s@db.prod.internal:5432/app\", pool_pre_ping=True)\n"
        "  File \"/usr/local/lib/python3.11/site-packages/sqlalchemy/engine/base.py\", line 3280, in raw_connection\n"
        "    return self.pool.connect()\nsqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "
        "\"db.prod.internal\", port 5432 failed: FATAL:  password authentication failed for user \"app\"\n\n"
        "(Background on this error at: https://sqlalche.me/e/20/e3q8)" % p, [p])
    k = hex32()
    add(G, "stacktrace", "2024-03-05 10:14:22.041 ERROR 1 --- [nio-8080-exec-3] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() "
        "threw exception\nfeign.FeignException$Unauthorized: [401 Unauthorized] during [GET] to "
        "[https://api.openweathermap.org/data/2.5/weather?q=Berlin&appid=%s] [WeatherClient#current(String,String)]: "
        "[{\"cod\":401, \"message\": \"Invalid API key.\"}]\n\tat feign.FeignException.clientErrorStatus(FeignException.java:220)\n"
        "\tat feign.AsyncResponseHandler.handleResponse(AsyncResponseHandler.java:98)\n" % k, [k])
    g = ghp()
    add(G, "stacktrace", "AxiosError: Request failed with status code 403\n    at settle (/app/node_modules/axios/dist/node/axios.cjs:1966:12)\n"
        "    at IncomingMessage.handleStreamEnd (/app/node_modules/axios/dist/node/axios.cjs:3065:11) {\n  code: 'ERR_BAD_REQUEST',\n"
        "  config: {\n    method: 'post',\n    url: 'https://api.github.com/repos/acme/web/dispatches',\n    headers: Object [AxiosHeaders] {\n"
        "      Accept: 'application/vnd.github+json',\n      Authorization: 'Bearer %s',\n      'User-Agent': 'axios/1.6.8'\n    }\n  }\n}" % g, [g])
    add(G, "stacktrace", "Fatal error: runtime: out of memory\n\ngoroutine 1 [running]:\nruntime.throw({0x1a2b3c4, 0x16})\n"
        "\t/usr/local/go/src/runtime/panic.go:1077 +0x5c fp=0xc000a3f6d0 sp=0xc000a3f6a0 pc=0x43d2fc\n"
        "main.(*Indexer).Flush(0xc0001a2000)\n\t/src/indexer.go:212 +0x3f1\nrequest_id=%s build=%s\n\nwhere do I start?" % (uuid4(), rs(HEX, 40)), [])

    # ---- SQL
    s1, s2 = shpat(), sendgrid()
    add(G, "sql", "Migration seed that our intern wrote, can you make it idempotent?\n\nINSERT INTO integrations (id, provider, api_key, created_at) VALUES\n"
        "  (1, 'shopify', '%s', now()),\n  (2, 'sendgrid', '%s', now());\n" % (s1, s2), [s1, s2])
    p1, p2 = pw(sym="!#%*_-+=?^~@$&"), pw(sym="!#%*_-+=?^~@$&")
    add(G, "sql", "-- setup.sql\nCREATE USER reporting WITH PASSWORD '%s';\nGRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;\n"
        "INSERT INTO admin_users (username, password, is_superuser) VALUES ('root', '%s', true);\n\n"
        "why can't reporting see tables created later?" % (p1, p2), [p1, p2])
    add(G, "sql", "INSERT INTO settings (key, value) VALUES ('password_reset_token_ttl', '3600'), ('api_key_prefix', 'ak_live_');\n"
        "INSERT INTO uploads (id, sha256, size_bytes) VALUES ('%s', '%s', 482113);\n\nis there a nicer upsert for postgres 15?" % (uuid4(), rs(HEX, 64)), [])

    # ---- logfmt key=value lines
    k = sk_live()
    add(G, "logkv", "seeing a burst of these in prod:\n\ntime=2024-03-05T10:14:22.041Z level=error msg=\"upstream auth failed\" service=billing "
        "method=POST path=/v1/charges status=401 duration_ms=184 api_key=%s request_id=req_%s retry=0 region=eu-west-1\n"
        "time=2024-03-05T10:14:22.310Z level=warn msg=\"circuit open\" service=billing upstream=stripe failures=5\n" % (k, rs(AN, 14)), [k])
    t = app_jwt()
    add(G, "logkv", "ts=1709633662 lvl=debug caller=auth/middleware.go:88 route=/api/v2/orders tenant=acme authorization=\"Bearer %s\" "
        "decision=deny reason=\"token expired\" latency=2.1ms\n\nwhy is the token considered expired, clocks are synced" % t, [t])
    h, v = hf(), hvs()
    add(G, "logkv", "level=info component=downloader repo=mistralai/Mistral-7B-v0.1 file=model-00001-of-00002.safetensors "
        "url=\"https://huggingface.co/mistralai/Mistral-7B-v0.1/resolve/main/model-00001-of-00002.safetensors?token=%s\" bytes=9942981696 status=200\n"
        "level=info component=secrets backend=vault addr=https://vault.internal:8200 token=%s lease_ttl=768h\n" % (h, v), [h, v])
    add(G, "logkv", "level=info msg=\"request done\" trace_id=%s span_id=%s method=GET path=/healthz status=200 bytes=17 "
        "git_sha=%s version=2.14.3 pod=api-7d9c5b8f6-x2kqv\n" % (rs(HEX, 32), rs(HEX, 16), rs(HEX, 40)), [])

    # ---- shell history
    k = openai()
    add(G, "shell", "$ history | tail -5\n  501  export OPENAI_API_KEY=%s\n  502  python chat.py\n"
        "  503  curl https://api.openai.com/v1/models -H \"Authorization: Bearer $OPENAI_API_KEY\"\n  504  pip install -U openai\n  505  history | tail -5\n\n"
        "the curl works but chat.py says no api key" % k, [k])
    x = xoxb()
    add(G, "shell", "$ curl -s -H \"Authorization: Bearer %s\" https://slack.com/api/auth.test | jq\n{\n  \"ok\": false,\n  \"error\": \"invalid_auth\"\n}" % x, [x])
    p = pw(sym="!#%*_-+=?^~@$&")
    add(G, "shell", "$ mysql -u root -p'%s' -h 127.0.0.1 -P 3307 shop\nERROR 2003 (HY000): Can't connect to MySQL server on '127.0.0.1:3307' (111)\n\n"
        "the container is up, docker ps shows 0.0.0.0:3307->3306/tcp" % p, [p])
    p = pw_uri()
    add(G, "shell", "$ psql \"postgresql://postgres:%s@db.%s.supabase.co:5432/postgres?sslmode=require\" -c '\\dt'\n"
        "psql: error: connection to server failed: Network is unreachable\n" % (p, rs(LO, 20)), [p])
    s, d = aws_secret(), dckr()
    add(G, "shell", "cat ~/.zsh_history | grep -v '^ls'\n: 1709630001:0;aws configure set aws_secret_access_key %s --profile prod\n"
        ": 1709630044:0;docker login -u acmebuild -p %s\n: 1709630101:0;docker push acmebuild/api:2.14.3\n" % (s, d), [s, d])
    add(G, "shell", "$ history | tail -6\n  811  export VAULT_ADDR=https://vault.acme-corp.io:8200\n  812  export VAULT_TOKEN=$(vault login -token-only -method=oidc)\n"
        "  813  read -s DB_PASSWORD && export DB_PASSWORD\n  814  git rev-parse HEAD\n%s\n  815  make migrate\n\nmake migrate can't see DB_PASSWORD" % rs(HEX, 40), [])
    add(G, "shell", "$ openssl rand -hex 4\n$ sha256sum dist/app.tar.gz\n%s  dist/app.tar.gz\n$ gpg --verify dist/app.tar.gz.asc\n"
        "gpg: Good signature from key %s\n" % (rs(HEX, 64), rs("0123456789ABCDEF", 16)), [])


# ================================================================ encoded
def g_encoded():
    G = "encoded"
    # ---- URL-encoded
    while True:
        cs = rs(AN, 2) + rs(B64, 36) + rs(AN, 2)
        if "/" in cs and "+" in cs:
            break
    ce = urllib.parse.quote(cs, safe="")
    add(G, "urlenc", "The token endpoint returns invalid_client. Request from the proxy log:\n\n"
        "POST https://login.partner-api.io/oauth2/token?grant_type=client_credentials&client_id=3MVG9%s&client_secret=%s&scope=read%%20write\n\n"
        "do I need to encode the secret or not?" % (rs(AN, 20), ce), [ce])
    url, tok = slack_hook()
    p = pw(sym="!#@$&+=?")
    pe = urllib.parse.quote(p, safe="")
    add(G, "urlenc", "Zapier step output:\nhttps://hooks.acme-corp.io/relay?target=%s&auth_user=ops&auth_pass=%s&retry=3\n\nwhy does the relay say 401?" % (
        urllib.parse.quote(url, safe=""), pe), [tok, pe])
    p = "".join(R.sample(["P", "w", "@", "x", "7", "#", "Q", "m", "!", "4", "r", "T", "z", "9"], 14))
    if not any(c in "@#!" for c in p[:3]):
        pass
    pe = urllib.parse.quote(p, safe="")
    add(G, "urlenc", "DATABASE_URL=postgresql://billing:%s@billing-db.internal:5432/billing?sslmode=verify-full\n\n"
        "I percent-encoded the special chars in the password like the docs said but prisma still fails to parse it" % pe, [pe])
    add(G, "urlenc", "https://docs.acme-corp.io/search?q=reset%%20password%%20token&redirect_uri=https%%3A%%2F%%2Fapp.acme-corp.io%%2Fcallback"
        "&utm_source=newsletter&utm_medium=email&utm_campaign=spring_release&state=%s\n\nwhy is the redirect_uri double-encoded here?" % rs(HEX, 16), [])

    # ---- HTML entities
    ac, at = tw_ac(), hex32()
    add(G, "htmlent", "Our Confluence page renders the snippet like this (copied from page source):\n\n"
        "<pre class=\"code\">from twilio.rest import Client\nclient = Client(&quot;%s&quot;, &quot;%s&quot;)\n"
        "message = client.messages.create(to=to_number, from_=from_number, body=&quot;Your code is 4821&quot;)</pre>\n" % (ac, at), [ac, at])
    while True:
        p = pw(sym="&<>!#%")
        if "&" in p or "<" in p or ">" in p:
            break
    pe = html.escape(p)
    ln = lin()
    add(G, "htmlent", "<table class=\"creds\">\n  <tr><td>Linear API key</td><td>&#39;%s&#39;</td></tr>\n"
        "  <tr><td>Admin password</td><td>%s</td></tr>\n</table>\n\nthe wiki export mangled it, is the password what I see?" % (ln, pe), [ln, pe])
    add(G, "htmlent", "<code>curl -H &quot;Authorization: Bearer ${API_TOKEN}&quot; https://api.acme-corp.io/v1/me</code>\n"
        "<p style=\"color:#3b82f6\">Replace <code>&lt;YOUR_API_KEY&gt;</code> with the key from <em>Settings &amp;gt; API</em>.</p>\n", [])

    # ---- base64 of JSON
    g = aiza()
    blob = b64(json.dumps({"project_id": "acme-maps-prod", "client_id": rs(DG, 21), "api_key": g,
                           "region": "europe-west3"}))
    add(G, "b64json", "GitHub secret GOOGLE_CONFIG_B64 is set to this, the action decodes it with base64 -d:\n\n%s\n\n"
        "but the app says 'API key not valid'" % blob, [blob])
    auth = b64("ci-bot:" + ghp())
    dcj = b64(json.dumps({"auths": {"ghcr.io": {"username": "ci-bot", "auth": auth}}}))
    add(G, "b64json", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: ghcr-pull\n  namespace: shop\ntype: kubernetes.io/dockerconfigjson\n"
        "data:\n  .dockerconfigjson: %s\n\npods still get ImagePullBackOff" % dcj, [dcj])
    k, p = b64(anthropic()), b64(pw())
    add(G, "b64json", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: chatbot\ntype: Opaque\ndata:\n  ANTHROPIC_API_KEY: %s\n"
        "  DB_PASSWORD: %s\n  LOG_LEVEL: aW5mbw==\n" % (k, p), [k, p])
    add(G, "b64json", "Set-Cookie: prefs=%s; Path=/; SameSite=Lax\n\nthe cookie decodes fine in the browser but the server "
        "rejects it, is base64 padding the problem?" % b64(json.dumps({"theme": "dark", "locale": "en-US", "sidebar": True})), [])
    add(G, "b64json", "The JWT header in our docs example decodes to the usual thing:\n%s\n(= {\"alg\":\"HS256\",\"typ\":\"JWT\"})\n"
        "and the feature flag payload is %s" % (b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":"))),
                                                  b64(json.dumps({"flags": ["new-checkout", "dark-mode"]}))), [])

    # ---- trailing punctuation in prose
    g = ghp()
    add(G, "punct", "The nightly deploy failed because the token (%s) had expired. I created a new one but "
        "the workflow still uses the cached value." % g, [g])
    k = aiza()
    add(G, "punct", "Use the key %s, not the old one from the README. The old one was restricted to the staging referrer." % k, [k])
    p = pw_prose()
    add(G, "punct", "He said the password for the shared mailbox was \"%s\". It doesn't work in Outlook though." % p, [p])
    n = npm()
    add(G, "punct", "I regenerated my npm token and now it's %s. Still E403 on publish; is 2FA the issue?" % n, [n])
    add(G, "punct", "The regression came in with commit %s. Reverting it (and bumping to v2.14.4) fixes the build." % rs(HEX, 40), [])

    # ---- backslash continuation / wrapped
    k = anthropic()
    a1, a2 = k[:58], k[58:]
    add(G, "wrapped", "my terminal wrapped it when I pasted, is this still valid?\n\nexport ANTHROPIC_API_KEY=\"%s\\\n%s\"\n"
        "python -c 'import anthropic; print(anthropic.Anthropic().models.list())'" % (a1, a2), [a1, a2])
    o = openai()
    o1, o2, o3 = o[:60], o[60:120], o[120:]
    add(G, "wrapped", "curl https://api.openai.com/v1/embeddings \\\n  -H \"Authorization: Bearer %s\\\n%s\\\n%s\" \\\n"
        "  -H \"Content-Type: application/json\" \\\n  -d '{\"input\": \"hello\", \"model\": \"text-embedding-3-small\"}'" % (o1, o2, o3), [o1, o2, o3])
    g = gh_pat()
    g1, g2 = g[:40], g[40:]
    add(G, "wrapped", "GITHUB_TOKEN = \"%s\" \\\n               \"%s\"\nheaders = {\"Authorization\": f\"Bearer {GITHUB_TOKEN}\"}\n\n"
        "black reformatted my constant like this, is the string still the same?" % (g1, g2), [g1, g2])
    add(G, "wrapped", "docker run --rm \\\n  -e LOG_LEVEL=debug \\\n  -e API_KEY_FILE=/run/secrets/api_key \\\n  -v \"$PWD/secrets:/run/secrets:ro\" \\\n"
        "  ghcr.io/acme/worker:2.14.3 \\\n  --config /etc/worker/config.yaml\n", [])

    # ---- env names glued with _
    k, p = sk_live(), pw(sym="!#%*_-+=?^~@&")
    add(G, "envglued", "prod.env\n\nPROD_EU_STRIPE_SECRET_KEY_V2=%s\nPROD_EU_DB_PASSWORD=%s\nPROD_EU_DB_HOST=billing-db.eu.internal\nPROD_EU_FEATURE_3DS=1\n" % (k, p), [k, p])
    o, p = openai(), pw(sym="!#%*_-+=?^~@&")
    add(G, "envglued", "MYAPP__OPENAI__APIKEY=%s\nMYAPP__CONNECTIONSTRINGS__DEFAULT=\"Host=pg.internal;Database=myapp;Username=myapp;Password=%s\"\n"
        "MYAPP__LOGGING__LOGLEVEL__DEFAULT=Information\n\nASP.NET doesn't pick up the nested keys from env" % (o, p), [o, p])
    d, p = dop(), pw(sym="!#%*_-+=?^~@&")
    add(G, "envglued", "$ env | grep TF_VAR\nTF_VAR_do_token=%s\nTF_VAR_db_admin_password=%s\nTF_VAR_region=fra1\n" % (d, p), [d, p])
    add(G, "envglued", "PASSWORD_RESET_TOKEN_TTL=3600\nAPI_KEY_HEADER_NAME=X-Api-Key\nSECRET_KEY_BASE_LENGTH=64\nAUTH_TOKEN_REFRESH_INTERVAL=15m\n"
        "FEATURE_FLAG_NEW_PASSWORD_POLICY=true\nSTRIPE_SECRET_KEY_VAULT_PATH=secret/data/billing/stripe\n\nwhich of these should move to the vault?", [])

    # ---- key in single quotes inside double quotes
    h = hf()
    add(G, "nestedquote", "kubectl exec -it api-0 -- sh -c \"curl -s -H 'Authorization: Bearer %s' https://huggingface.co/api/whoami-v2\"\n"
        "returns {\"error\":\"Invalid credentials in Authorization header\"}" % h, [h])
    k = pmak()
    add(G, "nestedquote", J({"job": "sync-collections", "schedule": "0 3 * * *",
                              "headers": "{'X-Api-Key': '%s', 'Accept': 'application/json'}" % k}) +
        "\n\nthe scheduler passes headers as a python-dict string, how do I parse that safely?", [k])
    p = pw(sym="!#%*_-+=?^~@&")
    add(G, "nestedquote", "ansible all -m shell -a \"mysql -uroot -p'%s' -e 'SHOW DATABASES'\"\n\nworks on 3 hosts, "
        "fails on db-04 with access denied" % p, [p])
    add(G, "nestedquote", "ENTRYPOINT [\"sh\", \"-c\", \"test -n \\\"$API_KEY\\\" || { echo 'API_KEY not set'; exit 1; }; exec node server.js\"]\n\n"
        "is there a cleaner way to fail fast on missing env?", [])

    # ---- unicode quotes
    o = openai()
    add(G, "smartquotes", "I copied it out of Notion so the quotes might be weird: my OpenAI key is “%s” and the client says "
        "it's malformed." % o, [o])
    x, p = xoxb(), pw_prose()
    add(G, "smartquotes", "From the handover doc:\nBot token: ‘%s’\nAdmin panel password: “%s”\nPlease confirm they work." % (x, p), [x, p])
    add(G, "smartquotes", "Set the header to “Bearer <token>” where <token> is your personal access token, and the "
        "content type to “application/json”.", [])

    # ---- CJK glued
    k = anthropic()
    add(G, "cjk", "我的API密钥是%s请帮我检查一下为什么一直返回401错误。我用的是Python SDK。" % k, [k])
    g, p = ghp(), pw_prose()
    add(G, "cjk", "GitHubのトークンは%sです。リポジトリへのpushができません。\nサーバーのパスワード：%sです。よろしくお願いします。" % (g, p), [g, p])
    a, s = aws_akid(), aws_secret()
    add(G, "cjk", "액세스 키는%s이고 시크릿 키는%s입니다. S3 업로드가 계속 AccessDenied로 실패해요." % (a, s), [a, s])
    add(G, "cjk", "提交%s已经合并到main分支。版本v2.14.3发布了，请更新依赖。" % rs(HEX, 40), [])


# ================================================================ lang
def g_lang():
    G = "lang"

    def tok():
        return prov()[1]
    p, k = pw(), tok()
    add(G, "es", "Hola, te paso los accesos del servidor de staging:\nusuario: deploy\ncontraseña: %s\n\nNo lo compartas, por favor. "
        "¿Me ayudas a configurar el acceso por SSH en lugar de contraseña?" % p, [p])
    add(G, "es", "La clave de la API es %s y la usamos en el backend de facturación. ¿Por qué me devuelve error 401 desde ayer?" % k, [k])
    add(G, "es", "La contraseña debe tener al menos 12 caracteres y guardarse en la variable DB_PASSWORD, nunca en el código fuente. "
        "¿Cómo lo valido en el pipeline?", [])
    p, k = pw_prose(), sk_live()
    add(G, "pt", "Segue a senha do banco de produção: %s\nO usuário é app_rw. Preciso liberar acesso só para leitura a um analista." % p, [p])
    add(G, "pt", "Minha chave secreta do Stripe é %s — pode verificar se o webhook está configurado certo? Recebo 400 em todo evento." % k, [k])
    add(G, "pt", "A senha fica no cofre (Vault) em secret/data/app; no docker-compose use ${DB_SENHA} e nunca o valor literal.", [])
    p, p2, k = pw(), pw_prose(), tok()
    add(G, "de", "Zugangsdaten für das Testsystem:\nBenutzername: admin\nPasswort: %s\nAPI-Schlüssel: %s\n\n"
        "Kannst du mir ein Skript schreiben, das die Benutzer exportiert?" % (p, k), [p, k])
    add(G, "de", "Das Kennwort für den WLAN-Router im Büro lautet %s, bitte nicht weitergeben. Wie ändere ich es auf der FritzBox?" % p2, [p2])
    add(G, "de", "Das Passwort wird nur als bcrypt-Hash gespeichert; die Mindestlänge steht in PASSWORT_MIN_LAENGE=12. "
        "Reicht Kostenfaktor 12 noch aus?", [])
    p, g = pw(), ghp()
    add(G, "fr", "Voici les accès de la préprod :\nidentifiant : admin\nmot de passe : %s\n\nPeux-tu m'aider à écrire le script de sauvegarde ?" % p, [p])
    add(G, "fr", "Mon jeton GitHub est %s, il expire dans 30 jours. Comment le configurer dans Jenkins sans le mettre en clair ?" % g, [g])
    add(G, "fr", "Le mot de passe doit être défini dans la variable d'environnement POSTGRES_PASSWORD ; ne le commitez jamais dans le dépôt.", [])
    p, sg = pw(), sendgrid()
    add(G, "pl", "Dane do panelu administracyjnego:\nlogin: administrator\nhasło: %s\n\nCzy możesz sprawdzić, czemu logowanie nie działa?" % p, [p])
    add(G, "pl", "Klucz API do SendGrid to %s, wygenerowałem go wczoraj, ale maile dalej nie wychodzą." % sg, [sg])
    add(G, "pl", "Hasło musi mieć co najmniej 12 znaków; ustawienie HASLO_MIN_DLUGOSC znajdziesz w pliku config.yaml.", [])
    p, p2 = pw(), pw_prose()
    add(G, "nl", "Inloggegevens voor de testomgeving:\ngebruikersnaam: beheer\nwachtwoord: %s\n\nKun je een Ansible-taak schrijven die dit account aanmaakt?" % p, [p])
    add(G, "nl", "Het wachtwoord van de rapportagedatabase is %s en de gebruikersnaam is rapportage. Waarom krijg ik een timeout?" % p2, [p2])
    add(G, "nl", "Het wachtwoord staat niet in de code maar wordt via de omgevingsvariabele DB_WACHTWOORD ingelezen.", [])
    p, k = pw(), tok()
    add(G, "ja", "検証環境のログイン情報です。\nユーザー名：admin\nパスワード：%s\n\nSSH鍵認証に切り替える手順を教えてください。" % p, [p])
    add(G, "ja", "APIキーは %s です。リクエストすると403が返ってきます。原因を調べてもらえますか？" % k, [k])
    add(G, "ja", "パスワードは環境変数 DB_PASSWORD に設定してください。ソースコードへのハードコードは禁止です。", [])
    p, o = pw(), openai()
    add(G, "zh", "测试服务器的登录信息：\n用户名：root\n密码：%s\n\n帮我写一个自动备份数据库的脚本。" % p, [p])
    add(G, "zh", "我的 OpenAI 密钥是 %s ，帮我看看为什么总是报 429 错误。" % o, [o])
    add(G, "zh", "密码长度至少12位，请通过环境变量 DB_PASSWORD 传入，不要写在配置文件里。", [])
    p, k = pw(), tok()
    add(G, "ko", "스테이징 서버 접속 정보입니다.\n아이디: deploy\n비밀번호: %s\n\n배포 스크립트 좀 봐주세요." % p, [p])
    add(G, "ko", "API 키는 %s 입니다. 호출하면 401이 나오는데 확인 부탁드려요." % k, [k])
    add(G, "ko", "비밀번호는 코드에 넣지 말고 환경 변수 DB_PASSWORD로 전달하세요. 최소 길이는 12자입니다.", [])
    p, k = pw(), tok()
    add(G, "vi", "Thông tin đăng nhập máy chủ thử nghiệm:\ntên đăng nhập: admin\nmật khẩu: %s\n\nBạn giúp mình viết script sao lưu nhé." % p, [p])
    add(G, "vi", "Khóa API của tôi là %s, tại sao nó bị lỗi 401 khi gọi từ máy chủ?" % k, [k])
    p, g = pw(), glpat()
    add(G, "id", "Akses server staging:\nnama pengguna: deploy\nkata sandi: %s\n\nTolong bantu konfigurasi firewall-nya." % p, [p])
    add(G, "id", "Token GitLab saya adalah %s, tolong cek kenapa pipeline gagal saat docker push." % g, [g])
    add(G, "id", "Kata sandi disimpan di Vault, aplikasi membacanya dari variabel lingkungan DB_PASSWORD saat startup.", [])
    p, p2 = pw(), pw_prose()
    add(G, "sw", "Taarifa za kuingia kwenye seva:\njina la mtumiaji: msimamizi\nnenosiri: %s\n\nNisaidie kuweka nakala rudufu ya hifadhidata." % p, [p])
    add(G, "sw", "Nenosiri ni %s na jina la mtumiaji ni admin. Kwa nini siwezi kuingia kwenye paneli?" % p2, [p2])
    add(G, "sw", "Nenosiri lazima liwe na herufi 12 au zaidi na lihifadhiwe kwenye kigeu DB_PASSWORD.", [])
    p, k = pw(), tok()
    add(G, "uk", "Доступ до тестового сервера:\nлогін: admin\nпароль: %s\n\nДопоможи налаштувати резервне копіювання." % p, [p])
    add(G, "uk", "Мій API-ключ — %s, чому він не працює з продакшн-сервера?" % k, [k])
    add(G, "uk", "Пароль має містити щонайменше 12 символів і передаватися через змінну середовища DB_PASSWORD.", [])
    p, p2 = pw(), pw_prose()
    add(G, "ro", "Datele de acces pentru serverul de test:\nutilizator: admin\nparola: %s\n\nPoți să mă ajuți cu scriptul de backup?" % p, [p])
    add(G, "ro", "Parola pentru baza de date este %s, iar utilizatorul este app. De ce primesc eroare de autentificare?" % p2, [p2])
    p, p2, k = pw(), pw_prose(), tok()
    add(G, "sv", "Inloggning till testmiljön:\nanvändarnamn: admin\nlösenord: %s\n\nKan du skriva ett skript som roterar det varje månad?" % p, [p])
    add(G, "sv", "Lösenordet till servern är %s och API-nyckeln är %s. Varför får jag 403?" % (p2, k), [p2, k])
    add(G, "sv", "Lösenordet ska aldrig checkas in; appen läser det från miljövariabeln DB_LOSENORD vid start.", [])


# ================================================================ pii
def phone_us():
    return str(R.randint(201, 989)), str(R.randint(201, 989)).replace("555", "556"), "%04d" % R.randint(0, 9999)


def g_pii():
    G = "pii"
    # ---- email
    e = "j.kowalczyk+rent@gmail.com"
    add(G, "email", "Can you write a polite reminder to my landlord about the broken heating? His address is %s and he "
        "usually answers within a day. Keep it short." % e, [e])
    es = ["anna.becker@posteo.de", "m.ferreira+newsletter@outlook.com", "tom_odell99@yahoo.co.uk"]
    add(G, "email", "Dedupe this export please:\n\nid,email,plan,signup_date\n1042,%s,pro,2024-01-12\n1043,%s,free,2024-01-13\n"
        "1044,%s,free,2024-01-13\n1045,%s,pro,2024-01-15\n" % (es[0], es[1], es[2], es[0]), es)
    e = "Ana.Souza@Mail.Unicamp.BR"
    add(G, "email", '{"ts":"2024-03-05T10:14:22Z","level":"info","event":"password_reset_requested","email":"%s","ip_country":"BR","latency_ms":41}\n'
        '{"ts":"2024-03-05T10:14:23Z","level":"info","event":"email_sent","template":"reset","provider":"ses"}\n' % e, [e])
    e = "priya.r@cse.research.iitb.ac.in"
    add(G, "email", "README footer I want to translate to Hindi:\n\n## Contact\nQuestions about the dataset? Write to [Priya R.](mailto:%s) "
        "or open an issue." % e, [e])
    add(G, "email", "```java\n@Override\npublic String toString() { return name + \"@\" + version; }\n```\n"
        "and in package.json I have \"@types/node\": \"^20.11.5\" — npm i @scope/ui@2.3.1 fails with ERESOLVE", [])
    add(G, "email", "The e-mail column is validated with a regex and stored lowercased; the field is named `contact_email` "
        "and is optional. Should I use citext instead?", [])

    # ---- phone
    a, b, c = phone_us()
    p1, p2 = "(%s) %s-%s" % (a, b, c), "+1 %s %s %s" % (a, b, c)
    add(G, "phone", "Hey, my new number is %s — you can also text %s if you're abroad. Can you update the on-call sheet?" % (p1, p2), [p1, p2])
    u1, u2 = "+44 7%s %s" % (rs(DG, 3), rs(DG, 6)), "020 %s %s" % (R.randint(3000, 8999), rs(DG, 4))
    add(G, "phone", "name,team,mobile,desk\nOliver Grant,support,%s,%s\n" % (u1, u2), [u1, u2])
    d1, d2 = "+49 151 %s" % rs(DG, 8), "+49 (0)89 %s" % rs(DG, 7)
    add(G, "phone", J({"customer_id": "cus_" + rs(AN, 14), "shipping": {"city": "München", "phone": d1},
                       "billing": {"phone": d2}, "status": "pending"}) + "\n\nwhy does the carrier API reject the billing phone?", [d1, d2])
    f1, f2 = "06 %s %s %s %s" % (rs(DG, 2), rs(DG, 2), rs(DG, 2), rs(DG, 2)), "+33 1.%s.%s.%s.%s" % (rs(DG, 2), rs(DG, 2), rs(DG, 2), rs(DG, 2))
    add(G, "phone", "Bonjour, merci de rappeler le client au %s (portable) ou au %s (bureau) avant 18h." % (f1, f2), [f1, f2])
    i1, i2 = "+91 9%s %s" % (rs(DG, 4), rs(DG, 5)), "+91-22-%s-%s" % (rs(DG, 4), rs(DG, 4))
    add(G, "phone", "[10:14] delivery partner: customer not reachable on %s, trying the landline %s\n[10:16] support: ok, mark as retry" % (i1, i2), [i1, i2])
    b1, b2 = "+55 (11) 9%s-%s" % (rs(DG, 4), rs(DG, 4)), "(21) 3%s-%s" % (rs(DG, 3), rs(DG, 4))
    add(G, "phone", "Cadastro do cliente:\nNome: Carlos Mendes\nCelular: %s\nTelefone fixo: %s\n\nformate isso como JSON" % (b1, b2), [b1, b2])
    a, b, c = phone_us()
    e164 = "+1%s%s%s" % (a, b, c)
    add(G, "phone", '{"level":"error","msg":"sms delivery failed","to":"%s","error_code":30003,"provider":"twilio","attempt":2}\n' % e164, [e164])
    add(G, "phone", "Build 2024.03.15-1422 finished in 418 s (PID 44213, port 8080). Order #100234 shipped on 2024-03-15; "
        "retry after 30000 ms. Bumped libfoo to 10.4.12.", [])
    add(G, "phone", "Phone numbers are stored in E.164 format (a leading + and up to 15 digits) in the `msisdn` column; "
        "validation uses libphonenumber.", [])

    # ---- credit cards
    c1 = card_fmt(luhn("4", 16), " ")
    add(G, "card", "my card %s got charged twice for the same order yesterday, can you help me write a dispute message to the bank?" % c1, [c1])
    c2, c3 = card_fmt(luhn("54", 16), "-"), card_fmt(luhn("37", 15), " ")
    add(G, "card", "order_id,card,exp,amount\nA-1042,%s,08/27,49.90\nA-1043,%s,11/26,120.00\n\nsum amounts per card type" % (c2, c3), [c2, c3])
    c4 = luhn("4", 16)
    add(G, "card", '{"event":"payment.failed","order":"A-1107","card_number":"%s","exp_month":4,"exp_year":2027,"reason":"do_not_honor"}' % c4, [c4])
    add(G, "card", "UPS tracking 1Z999AA10123456784, SKU 4006381333931, invoice INV-2024-000871 — can you write a shipping "
        "confirmation template with these placeholders?", [])

    # ---- IBAN
    i1 = spaced4(iban("DE", rs(DG, 18)))
    add(G, "iban", "Please pay the deposit to my account: %s (Sparkasse). Reference: flat 3B, March." % i1, [i1])
    i2 = spaced4(iban("GB", rs(UP, 4) + rs(DG, 14)))
    i3 = spaced4(iban("NL", rs(UP, 4) + rs(DG, 10)))
    i4 = spaced4(iban("FR", rs(DG, 23)))
    add(G, "iban", "payee,iban,amount_eur\nstudio-north,%s,1200.00\nvan-dijk-hosting,%s,89.50\natelier-lune,%s,430.00\n" % (i2, i3, i4), [i2, i3, i4])
    i5 = iban("ES", rs(DG, 20))
    add(G, "iban", '{"payout_id":"po_%s","beneficiary":{"iban":"%s","country":"ES"},"status":"returned","code":"AC04"}' % (rs(AN, 14), i5), [i5])
    add(G, "iban", "A German IBAN has 22 characters (DE + 2 check digits + 8-digit bank code + 10-digit account); "
        "our validator should also accept lowercase and spaces. Write the regex?", [])

    # ---- SSN
    s = ssn()
    add(G, "ssn", "For the W-9 form, my SSN is %s. Which box do I put my LLC name in?" % s, [s])
    s1, s2 = ssn(), ssn()
    add(G, "ssn", "emp_id,dept,ssn,start_date\nE1042,finance,%s,2021-06-01\nE1043,ops,%s,2022-02-14\n\nmask all but last 4" % (s1, s2), [s1, s2])
    s = ssn()
    add(G, "ssn", '{"applicant":{"id":"app_%s","ssn":"%s","dob_year":1987},"decision":"manual_review"}' % (rs(AN, 10), s), [s])
    add(G, "ssn", "Schema: `ssn_enc` bytea (AES-GCM), `ssn_last4_hash` text. The UI shows the format as ###-##-#### "
        "and never the real value.", [])


# ================================================================ main
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])\d{1,3}(\.\d{1,3}){3}(?![\d.])")


def main():
    for g in (g_files, g_prompt, g_encoded, g_lang, g_pii):
        g()
    ids = set()
    for c in cases:
        assert c["id"] not in ids, c["id"]
        ids.add(c["id"])
        assert c["form"] == c["id"].split(".")[0] + "/" + c["id"].split(".")[1]
        for s in c["secrets"]:
            assert len(s) >= 6, (c["id"], s)
            assert s in c["text"], (c["id"], s)
        if not c["secrets"]:
            assert not EMAIL_RE.search(c["text"]), (c["id"], EMAIL_RE.search(c["text"]).group(0))
            assert not IPV4_RE.search(c["text"]), (c["id"], IPV4_RE.search(c["text"]).group(0))
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    pos = sum(1 for c in cases if c["secrets"])
    print("wrote %d cases (%d positive, %d negative) to %s" % (len(cases), pos, len(cases) - pos, out))
    groups = {}
    for c in cases:
        g = c["form"].split("/")[0]
        r = groups.setdefault(g, [0, 0])
        r[0 if c["secrets"] else 1] += 1
    for g, r in groups.items():
        print("  %-8s %3d pos %3d neg" % (g, r[0], r[1]))


if __name__ == "__main__":
    main()
