import base64
import binascii
import gzip
import json
import quopri
import random
import urllib.parse
from common import *


def uesc(s, every=1):
    """JSON-style \\uXXXX escape of every `every`-th character."""
    return "".join("\\u%04x" % ord(c) if i % every == 0 else c for i, c in enumerate(s))


def build():
    r = random.Random(1605)
    g = Group("encodings")

    pw = password(r, 16)
    dsn = "postgres://orders_app:%s@orders-db.prod.internal:5432/orders" % pw
    e = b64(dsn)
    g.pos("base64", """the pod crashes with "password authentication failed", the DSN comes from this:
$ kubectl get secret orders-db -o jsonpath='{.data.DATABASE_URL}'
%s""" % e, [e])

    t = gh_pat(r)
    e = b64(t)
    g.pos("base64", """{
  "registry": "https://npm.pkg.github.com",
  "encodedToken": "%s",
  "scope": "@acme"
}""" % e, [e])

    pw = password(r, 14)
    e = b64("svc-reporting:" + pw)
    g.pos("basic_auth", """GET /api/v1/reports/daily HTTP/1.1
Host: bi.fabrikam.local
Authorization: Basic %s
Accept: application/json""" % e, [e])

    sk = stripe(r)
    h = sk.encode().hex()
    g.pos("hex", """[debug] payment.config loaded: secret=0x%s mode=live""" % h, [h])

    ak, sa = aws_akid(r), aws_secret(r)
    h = ("[default]\naws_access_key_id = %s\naws_secret_access_key = %s\n" % (ak, sa)).encode().hex()
    g.pos("hex", """found this in a memory dump, decode it for me?
printf '%s' | xxd -r -p""" % h, [h])

    pw = password(r, 15, "!@#%&*?+")
    enc = urllib.parse.quote(pw, safe="")
    g.pos("urlencoded", """https://grafana.fabrikam.net/api/datasources/proxy/3/query?db=telegraf&u=grafana_ro&p=%s&q=SELECT+mean%%28%%22usage_idle%%22%%29+FROM+%%22cpu%%22""" % enc, [enc])

    cs = b64(rbytes(r, 30))
    enc = urllib.parse.quote(cs, safe="")
    g.pos("urlencoded", """POST /oauth2/v2.0/token HTTP/1.1
Host: login.microsoftonline.com
Content-Type: application/x-www-form-urlencoded

grant_type=client_credentials&client_id=%s&client_secret=%s&scope=https%%3A%%2F%%2Fgraph.microsoft.com%%2F.default""" % (uuid4(r), enc), [enc])

    pw = password(r, 14, "@#%!&")
    enc = urllib.parse.quote(pw, safe="")
    g.pos("urlencoded", """git remote set-url origin https://deploy-bot:%s@git.fabrikam.local/platform/infra.git""" % enc, [enc])

    t = gh_pat(r)
    esc = uesc(t, 3)
    g.pos("json_unicode", """{"name":"ci-config","env":{"GITHUB_TOKEN":"%s","NODE_ENV":"production"}}""" % esc, [esc])

    w = slack_webhook(r)
    esc = w.replace("/", "\\/")
    g.pos("json_slash", """{"ok":true,"integrations":[{"type":"incoming-webhook","channel":"#deploys","url":"%s"}]}""" % esc, [esc.rsplit("\\/", 1)[1]])

    ak = "sk-proj-" + rs(r, B64U, 100)
    body = "Hi team,\n\nAs requested, the production API key for the summarizer is:\n%s\n\nPlease store it in the vault and delete this email.\n" % ak
    qp = quopri.encodestring(body.encode()).decode()
    frags = [f for f in qp.replace("=\n", "\x00").splitlines() if "sk-proj" in f]
    pieces = frags[0].split("\x00")
    g.pos("quoted_printable", """MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
Subject: prod key

%s""" % qp, [p for p in pieces if len(p) >= 8])

    sk = stripe(r)
    a, b, c = sk[:14], sk[14:30], sk[30:]
    g.pos("split_lines", """# settings.py
STRIPE_SECRET = (
    "%s"
    "%s"
    "%s"
)""" % (a, b, c), [a, b, c])

    t = gh_pat(r)
    parts = [t[:4], t[4:16], t[16:28], t[28:]]
    g.pos("concat", """const t = ['%s', '%s', '%s', '%s'].join('');
// ^ split so the scanner doesn't catch it lol
octokit = new Octokit({ auth: t });""" % tuple(parts), parts[1:])

    sa = aws_secret(r)
    ch = [sa[i:i + 10] for i in range(0, 40, 10)]
    g.pos("chunked", """AWS_SK_1=%s
AWS_SK_2=%s
AWS_SK_3=%s
AWS_SK_4=%s
export AWS_SECRET_ACCESS_KEY="${AWS_SK_1}${AWS_SK_2}${AWS_SK_3}${AWS_SK_4}\"""" % tuple(ch), ch)

    t = gitlab_pat(r)
    rv = t[::-1]
    g.pos("reversed", """TOKEN = "%s"[::-1]  # reversed so it isn't grep-able
gl = gitlab.Gitlab("https://gitlab.com", private_token=TOKEN)""" % rv, [rv])

    env = "DB_PASSWORD=%s\nSENDGRID_API_KEY=%s\n" % (password(r, 16), sendgrid(r))
    e = b64(env)
    g.pos("data_uri", """<a download=".env" href="data:text/plain;base64,%s">download env</a>""" % e, [e])

    cfg = json.dumps({"api_key": "sk_live_" + b62(r, 24), "webhook_secret": "whsec_" + b62(r, 32)})
    e = b64(cfg)
    g.pos("data_uri", """fetch("data:application/json;base64,%s").then(r => r.json()).then(initPayments)""" % e, [e])

    key = pem_block(r, "OPENSSH PRIVATE KEY", 400)
    lines = [l for l in key.splitlines() if not l.startswith("-----")]
    g.pos("yaml_block", """ssh:
  known_hosts: github.com
  private_key: |
%s""" % "\n".join("    " + l for l in key.splitlines()), lines)

    t = pypi_token(r)
    fl = [t[i:i + 60] for i in range(0, len(t), 60)]
    g.pos("yaml_block", """publish:
  pypi_token: >-
%s
  repository: pypi""" % "\n".join("    " + l for l in fl), [f for f in fl if len(f) >= 8])

    p1, p2 = password(r, 14), password(r, 16)
    sk = stripe(r)
    g.pos("yaml_block", """apiVersion: v1
kind: ConfigMap
metadata:
  name: checkout-env
data:
  app.env: |
    DB_HOST=checkout-db
    DB_PASSWORD=%s
    REDIS_PASSWORD=%s
    STRIPE_KEY=%s""" % (p1, p2, sk), [p1, p2, sk])

    pw = password(r, 10, "!#%") + '"' + password(r, 6, "!#%")
    csvpw = pw.replace('"', '""')
    pw2 = password(r, 15, "!#%,;")
    g.pos("csv", """"name","url","username","password","note"
"VPN","https://vpn.fabrikam.net","ops-shared","%s","rotated Q1"
"NAS","https://nas01.corp.local:5001","admin","%s",""\n""" % (csvpw, pw2), [csvpw, pw2])

    pw = password(r, 14, "&<>!")
    he = pw.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    g.pos("html_attr", """<form action="/login" method="post">
  <input type="text" name="user" value="kiosk-lobby">
  <input type="password" name="pass" value="%s" autocomplete="off">
</form>""" % he, [he])

    sk = stripe(r, "rk_live_")
    g.pos("html_attr", """<div id="checkout" data-stripe-key="%s" data-currency="eur"></div>""" % sk, [sk])

    pw = password(r, 14, "&<>'\"")
    xe = pw.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("'", "&apos;")
    g.pos("xml_escaped", """<connectionStrings>
  <add name="Reporting" connectionString="Server=sql02.corp.local;Database=Reporting;User Id=rpt_reader;Password=%s;TrustServerCertificate=True" providerName="System.Data.SqlClient" />
</connectionStrings>""" % xe, [xe])

    t = slack_bot(r)
    e = b64(b64(t))
    g.pos("double_base64", """SLACK_TOKEN_B64B64=%s   # decode twice""" % e, [e])

    key = pem_block(r, "RSA PRIVATE KEY", 600)
    e = base64.encodebytes(key.encode()).decode()
    ls = [l for l in e.splitlines() if l][1:-1]  # first/last lines are mostly the PEM armour
    g.pos("mime_base64", """------=_Part_118_20240603
Content-Type: application/octet-stream; name="deploy_key.pem"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="deploy_key.pem"

%s------=_Part_118_20240603--""" % e, ls)

    pw = password(r, 13)
    ue = "".join("\\u%04X" % ord(c) for c in pw)
    g.pos("java_unicode", """# application.properties (native2ascii'd)
spring.datasource.url=jdbc:mysql://mysql.prod:3306/crm
spring.datasource.username=crm_app
spring.datasource.password=%s""" % ue, [ue])

    t = npm_token(r)
    pe = "".join("\\x%02x" % b for b in t.encode())
    g.pos("py_bytes", """TOKEN = b'%s'.decode()""" % pe, [pe])

    t = docker_pat(r)
    ge = ", ".join("0x%02x" % b for b in t.encode())
    g.pos("go_bytes", """var registryToken = string([]byte{%s})""" % ge, [ge])

    seed = rs(r, B32, 32)
    g.pos("otpauth", """otpauth://totp/Fabrikam%%20VPN:ops-shared?secret=%s&issuer=Fabrikam%%20VPN&algorithm=SHA1&digits=6&period=30""" % seed, [seed])

    tok = jwt(r, {"sub": "9f2c1e7a", "scope": "admin", "iat": 1717400000, "exp": 1717486400})
    ce = urllib.parse.quote(tok + "==", safe="")
    g.pos("cookie", """Cookie: _ga=GA1.1.%s.%s; fab_session=%s; theme=dark""" % (digits(r, 9), digits(r, 10), ce), [ce.split("%")[0]])

    dc = json.dumps({"auths": {"ghcr.io": {"auth": b64("acme-bot:" + gh_pat(r))}}})
    e = b64(dc)
    g.pos("dockerconfigjson", """apiVersion: v1
kind: Secret
type: kubernetes.io/dockerconfigjson
metadata:
  name: ghcr-pull
data:
  .dockerconfigjson: %s""" % e, [e])

    env = "MONGO_URI=mongodb+srv://app:%s@cluster0.x7k2p.mongodb.net/prod\nJWT_SECRET=%s\n" % (password(r, 16), b62(r, 48))
    gz = base64.b64encode(gzip.compress(env.encode(), mtime=0)).decode()
    g.pos("gzip_base64", """can you tell me what's in this? `echo %s | base64 -d | gunzip`""" % gz, [gz])

    # ---------------- negatives
    g.neg("base64", """# unit test fixture
assert base64.b64encode(b"Hello, world!") == b"%s"
assert base64.b64decode("%s") == b'{"theme":"dark","lang":"en"}'""" % (b64("Hello, world!"), b64('{"theme":"dark","lang":"en"}')))
    g.neg("hex", """Test vector 3 (SHA-256):
  message: "%s"
  digest : %s""" % ("The quick brown fox jumps over the lazy dog".encode().hex(), sha256("The quick brown fox jumps over the lazy dog")))
    g.neg("urlencoded", """https://search.example.org/results?q=%%22best%%20hiking%%20trails%%22%%20near%%20lake&sort=rating%%3Adesc&page=2&lang=en-GB""")
    g.neg("json_unicode", """{"title":"Caf\\u00e9 cr\\u00e8me br\\u00fbl\\u00e9e","tags":["dessert","fran\\u00e7ais"],"path":"\\/recipes\\/desserts\\/creme-brulee"}""")
    qp = quopri.encodestring("Bonjour à tous,\nLa réunion de l'équipe produit est déplacée à jeudi, même salle. Merci de mettre à jour vos agendas avant vendredi.\n".encode()).decode()
    g.neg("quoted_printable", """Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

%s""" % qp)
    svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="7" fill="#2a9d8f"/></svg>'
    g.neg("data_uri", """.status-dot { background-image: url("data:image/svg+xml;base64,%s"); width: 16px; height: 16px; }""" % b64(svg))
    g.neg("yaml_block", """description: |
  Nightly job that compacts the event store,
  rebuilds the search index and prunes
  snapshots older than 30 days.
schedule: "15 2 * * *"
concurrencyPolicy: Forbid""")
    g.neg("csv", '''"sku","name","price","notes"
"TB-1042","Trail bottle, 750 ml","14.90","BPA-free; ""leak-proof"" lid"
"TB-1043","Trail bottle, 1 l","17.50",""
"CM-2201","Camp mug ""Ember""","9.00","enamel"
''')
    g.neg("html_attr", """<button type="submit" class="btn btn-primary" data-testid="login-submit" aria-label="Sign in" data-track="cta_click" disabled>Sign in</button>
<input type="password" name="password" placeholder="Password" autocomplete="current-password" minlength="12" required>""")
    return g.cases
