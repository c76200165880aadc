"""Group evasion: deliberate attempts to smuggle a secret past a scanner."""
from common import *  # noqa: F401,F403
import base64
import json


def chunks(s, n):
    return [s[i:i + n] for i in range(0, len(s), n)]


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if 0x21 <= ord(c) <= 0x7E else c for c in s)


def pct_all(s):
    return "".join("%%%02X" % ord(c) for c in s)


def halves(s):
    m = len(s) // 2
    return [s[:m], s[m:]]


def build():
    g = Group("evasion")
    r = g.r

    # ------------------------------------------------------------ join lists
    tok = github_token(r)
    parts = [tok[:4]] + chunks(tok[4:], 9)
    g.p("join_list", f"""# the pre-commit hook kept blocking me so I split it up, lol
TOKEN = "".join([{", ".join(repr(p) for p in parts)}])
gh = Github(TOKEN)""", [p for p in parts if len(p) >= 8])

    sk = stripe_key(r)
    parts = chunks(sk, 12)
    g.p("join_list", f"""const k = [{", ".join('"%s"' % p for p in parts)}].join('');
const stripe = require('stripe')(k);""", [p for p in parts if len(p) >= 8])

    # ------------------------------------------------------------ reversed
    ak = anthropic_key(r)
    rev = ak[::-1]
    g.p("reverse", f"""// nobody greps for reversed strings 😎
const apiKey = "{rev}".split("").reverse().join("");
const anthropic = new Anthropic({{ apiKey }});""", [rev])

    ok = openai_key(r)
    g.p("reverse", f"""KEY = "{ok[::-1]}"[::-1]
client = OpenAI(api_key=KEY)""", [ok[::-1]])

    # ------------------------------------------------------------ char codes
    sl = slack_token(r, "xoxb")
    codes = ",".join(str(ord(c)) for c in sl)
    g.p("fromcharcode", f"""<script>
  const t = String.fromCharCode({codes});
  fetch("https://slack.com/api/chat.postMessage", {{method: "POST", headers: {{Authorization: "Bearer " + t}}, body: form}});
</script>""", [codes])

    pw = password(r, "random", "!#%*-_")
    codes2 = ", ".join(str(ord(c)) for c in pw)
    g.p("fromcharcode", f"""DB_PASS = bytes([{codes2}]).decode()
conn = psycopg2.connect(host="db", user="app", password=DB_PASS)""", [codes2])

    # ------------------------------------------------------------ line continuation
    ak, sk2 = aws_key_id(r), aws_secret(r)
    a, b = halves(sk2)
    g.p("line_continuation", f"""export AWS_ACCESS_KEY_ID={ak[:10]}\\
{ak[10:]}
export AWS_SECRET_ACCESS_KEY={a}\\
{b}
aws s3 ls s3://acme-exports/""", [ak[:10], a, b])

    hk = hexs(r, 40)
    g.p("line_continuation", f"""API_KEY = ("{hk[:14]}"
           "{hk[14:28]}"
           "{hk[28:]}")
requests.get(BASE + "/v1/scan", headers={{"X-Api-Key": API_KEY}})""", [hk[:14], hk[14:28], hk[28:]])

    # ------------------------------------------------------------ interleaved comments
    sk = stripe_key(r, "rk_live_")
    p1, p2, p3 = sk[:30], sk[30:70], sk[70:]
    g.p("interleaved_comments", f"""const key =
  "{p1}" + // part one
  /* nothing to see here */ "{p2}" +
  // eslint-disable-next-line
  "{p3}";""", [p1, p2, p3])

    pw = password(r, "random", "!#%*-_")
    while len(pw) < 18:
        pw = password(r, "random", "!#%*-_")
    a, b = halves(pw)
    g.p("interleaved_comments", f"""#define DB_PASS  "{a}" /* rotated 2024-02 */ "{b}"
#define DB_USER  "telemetry"
/* connect(DB_USER, DB_PASS) */""", [a, b])

    # ------------------------------------------------------------ wrapped
    at = atlassian_token(r)
    lines = chunks(at, 64)
    g.p("wrapped", "Hi, here is the token for the Jira integration (my mail client wrapped it, sorry):\n\n"
        + "\n".join(lines) + "\n\nPaste it without the line breaks.", [l for l in lines if len(l) >= 8])

    sk_v, pw_v = stripe_key(r), url_password(r)
    env = "STRIPE_SECRET_KEY=%s\nDATABASE_URL=postgres://shop:%s@db.internal:5432/shop\n" % (sk_v, pw_v)
    b64 = base64.encodebytes(env.encode()).decode().strip()  # 76-column MIME wrapping (57 bytes a line)
    blines = b64.split("\n")
    spans = [(env.index(v), env.index(v) + len(v)) for v in (sk_v, pw_v)]
    keep = [l for i, l in enumerate(blines)
            if len(l) >= 8 and any(a < 57 * (i + 1) and b > 57 * i for a, b in spans)]
    g.p("wrapped", f"""Content-Type: text/plain; name="prod.env"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="prod.env"

{b64}""", keep)

    # ------------------------------------------------------------ markdown
    tok = alnum(r, 40)
    g.p("markdown", f"""See the [live dashboard](https://grafana.acme.io/d/api-latency?orgId=1&auth_token={tok}) for the spike at 14:00.""", [tok])

    k = google_api_key(r)
    g.p("markdown", f"""## Store locations
![map](https://maps.googleapis.com/maps/api/staticmap?center=Berlin&zoom=12&size=640x320&key={k})""", [k])

    ak, sk2 = aws_key_id(r), aws_secret(r)
    g.p("markdown", f"""To reproduce, set `AWS_ACCESS_KEY_ID` to `{ak}` and `AWS_SECRET_ACCESS_KEY` to `{sk2}` then run `make e2e`.""", [ak, sk2])

    # ------------------------------------------------------------ html entities
    pw = password(r, "random", "!#%*-_")
    ent = "".join("&#%d;" % ord(c) for c in pw)
    g.p("html_entities", f"""<input type="hidden" name="smtp_password" value="{ent}">""", [ent])

    tok = github_token(r)
    ent = "".join("&#x%x;" % ord(c) for c in tok)
    g.p("html_entities", f"""<p>Deploy token: <code>{ent}</code></p>""", [ent])

    # ------------------------------------------------------------ json unicode escapes
    ok = openai_key(r)
    esc = "".join("\\u%04x" % ord(c) for c in ok)
    g.p("json_unicode", '{"provider": "openai", "api_key": "%s"}' % esc, [esc])

    sk = sendgrid_key(r)
    esc = "".join("\\u%04X" % ord(c) if i % 3 == 0 else c for i, c in enumerate(sk))
    g.p("json_unicode", '{"mail": {"driver": "sendgrid", "key": "%s"}}' % esc, [esc])

    # ------------------------------------------------------------ percent-encoding
    tok = hf_token(r)
    enc = pct_all(tok)
    g.p("percent_encoding", f"GET /proxy?target=https%3A%2F%2Fhuggingface.co%2Fapi%2Fwhoami&auth={enc} HTTP/1.1", [enc])

    from urllib.parse import quote
    pw = password(r, "random", "!#%*+~")
    enc = quote(pw, safe="")
    g.p("percent_encoding", f"""POST /login HTTP/1.1
Host: erp.acme.local
Content-Type: application/x-www-form-urlencoded

username=m.delgado&password={enc}&remember=1""", [enc])

    # ------------------------------------------------------------ base64 / hex of .env lines
    line = "AWS_SECRET_ACCESS_KEY=%s" % aws_secret(r)
    b = b64enc(line)
    g.p("encoded_env", f"""echo {b} | base64 -d >> ~/.aws/env   # from the onboarding doc""", [b])

    line = "OPENAI_API_KEY=%s\n" % openai_key(r)
    hx = line.encode().hex()
    g.p("encoded_env", f"""printf '%s' "$(echo {hx} | xxd -r -p)" > .env""", [hx])

    creds = json.dumps({"client_id": "svc-ingest", "client_secret": alnum(r, 48), "token_url": "https://auth.acme.io/oauth/token"})
    u = base64.urlsafe_b64encode(creds.encode()).decode().rstrip("=")
    g.p("encoded_env", f"""INGEST_CREDS={u}""", [u])

    # ------------------------------------------------------------ data URIs
    env = "SLACK_BOT_TOKEN=%s\nSLACK_SIGNING_SECRET=%s\n" % (slack_token(r), hexs(r, 32))
    b = b64enc(env)
    g.p("data_uri", f"""<a download="bot.env" href="data:text/plain;base64,{b}">download config</a>""", [b])

    sa = json.dumps({"type": "service_account", "client_email": "uploader@media-prod.iam.gserviceaccount.com",
                     "private_key": pem(r, "EC")[0] + "\n"})
    b = b64enc(sa)
    g.p("data_uri", f"""fetch("data:application/json;base64,{b}").then(r => r.json()).then(initStorage);""", [b])

    # ------------------------------------------------------------ translated / odd labels
    pw = password(r, "random", "!#%*-_")
    g.p("translated_labels", f"""Zugangsdaten Router
Benutzer: admin
Pässwort: {pw}""", [pw])

    pw = password(r, "random", "!#%*-_")
    g.p("translated_labels", f"""サーバー情報
ホスト：stg-app-02
ユーザー：deploy
パスワード：{pw}""", [pw])

    pw = password(r, "human", "!#%*-_")
    g.p("translated_labels", f"""acceso al panel de la tienda:
usuario → tienda_admin
clave → {pw}""", [pw])

    pw1, pw2 = password(r, "random", "-_#"), password(r, "random", "-_#")
    g.p("translated_labels", f"""hasło do VPN: {pw1}
пароль от почты: {pw2}""", [pw1, pw2])

    # ------------------------------------------------------------ unicode tricks
    tok = github_token(r)
    zw = "\u200b".join(chunks(tok, 5))
    g.p("unicode_tricks", f"GITHUB_TOKEN={zw}", halves(zw))

    sk = stripe_key(r)
    fw = fullwidth(sk)
    g.p("unicode_tricks", f"ｓｔｒｉｐｅ ｋｅｙ：{fw}", halves(fw))

    ak = anthropic_key(r)
    hom = "\u0455" + ak[1:]  # Cyrillic dze instead of latin s
    g.p("unicode_tricks", f"""ANTHROPIC_API_KEY="{hom}"  # copied from the console""", [hom])

    k, sec = alnum(r, 40), alnum(r, 32)
    g.p("unicode_tricks", f"""aPi_KeY = "{k}"
ApI_SeCrEt="{sec}\"""", [k, sec])

    # ------------------------------------------------------------ leetspeak labels
    pw = password(r, "random", "!#%*-_")
    g.p("leetspeak", f"""p4ssw0rd = "{pw}"
us3r = "root\"""", [pw])

    k = hexs(r, 48)
    g.p("leetspeak", f"""s3cr3t_k3y: {k}
4p1_v3rs10n: 2""", [k])

    # ------------------------------------------------------------ spaced keys
    tok = openai_key(r)
    sp = " ".join(chunks(tok, 4))
    a, b = halves(sp)
    g.p("spaced_key", f"reading it out for the call notes: {sp}", [a.strip(), b.strip()])

    sk2 = aws_secret(r)
    dsh = "-".join(chunks(sk2, 5))
    g.p("spaced_key", f"AWS secret (dashes added so the bot doesn't catch it): {dsh}", halves(dsh))

    tok = github_token(r)
    col = "\n".join(chunks(tok, 10))
    g.p("spaced_key", "token, one chunk per line:\n" + col, [c for c in chunks(tok, 10) if len(c) >= 8])

    # ------------------------------------------------------------ negatives
    g.n("join_list", """greeting = "".join(["Hello", ", ", "world", "!"])
path = "/".join(["api", "v2", "orders", str(order_id)])
print(greeting, path)""")

    g.n("fromcharcode", """// build a spinner from box-drawing characters
const frames = [0x2580, 0x2584, 0x2588].map(c => String.fromCharCode(c));
const hello = String.fromCharCode(72, 101, 108, 108, 111);""")

    defaults = b64enc("LOG_LEVEL=debug\nREGION=eu-west-1\nFEATURE_NEW_CHECKOUT=true\n")
    g.n("encoded_env", f"""# harmless defaults, base64 so the YAML stays single-line
APP_DEFAULTS={defaults}""")

    g.n("percent_encoding", """GET /search?q=caf%C3%A9%20near%20K%C3%B6ln%20%26%20open%20now&lang=de&page=2 HTTP/1.1
Host: maps.acme.io""")

    g.n("html_entities", """<p>Caf&eacute; &amp; Bistro &ndash; open daily &#8226; 08:00&ndash;22:00 &#169; 2024</p>""")

    g.n("unicode_tricks", """ＴＯＫＹＯ　ＳＴＯＲＥ　ＯＰＥＮＩＮＧ　ＳＡＬＥ — 全品２０％ＯＦＦ
👩‍💻 team page updated (zero-width joiner emoji)""")

    g.n("leetspeak", """gg wp, that p4ssw0rd puzzle room was 1337 af. n00b question: is the s3cr3t level unlocked after 4 stars?""")

    g.n("spaced_key", """Your order reference: ORD-4821-7730 — keep it for returns.
Tracking: 1Z 4F8 A27 03 9141 5528 (UPS). Gift message: "H a p p y  B i r t h d a y !" """.rstrip())

    return g.cases
