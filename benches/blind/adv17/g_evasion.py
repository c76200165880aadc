"""evasion: secrets disguised by encoding, splitting, spacing, homoglyphs, invisible characters."""
import codecs
import json
import random
import urllib.parse

from common import (ALNUM, B64STD, DIGITS, HEX, LALNUM, Collector, anthropic_key, aws_key_id, aws_secret, b64e,
                    b64u, crlf, github_token, gitlab_pat, google_api, hexs, jwt, openai_key, password, rbytes, rs,
                    sendgrid, slack_bot, stripe_live, uuid4)

SEED = 1707
GROUP = "evasion"

HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445",
        "i": "\u0456", "k": "\u043a", "A": "\u0410", "E": "\u0415", "K": "\u041a", "O": "\u041e",
        "S": "\u0405", "T": "\u0422", "_": "_"}


def homoglyph(s, rng, n=3):
    idx = [i for i, ch in enumerate(s) if ch in HOMO and ch != "_"]
    pick = set(rng.sample(idx, min(n, len(idx))))
    return "".join(HOMO[ch] if i in pick else ch for i, ch in enumerate(s))


def build():
    rng = random.Random(SEED)
    c = Collector(GROUP)

    # ------------------------------------------------------------ reversed
    sk = stripe_live(rng)
    rev = sk[::-1]
    c.pos("reversed", f"""# stored reversed so the repo scanner stops complaining, flip it at runtime
STRIPE_KEY_REVERSED = "{rev}"
stripe.api_key = STRIPE_KEY_REVERSED[::-1]
""", [rev])

    gh = github_token(rng)
    rev = gh[::-1]
    c.pos("reversed", f"""const t = "{rev}".split("").reverse().join(""); // gh token, reversed on purpose
await octokit.auth({{ type: "token", token: t }});
""", [rev])

    # ------------------------------------------------------------ rot13
    sk = stripe_live(rng)
    r13 = codecs.encode(sk, "rot13")
    c.pos("rot13", f"""ok I ROT13'd it so it doesn't get flagged when I paste: {r13}
decode it and tell me why /v1/charges says "api_key_expired"
""", [r13])

    ak = anthropic_key(rng)
    r13 = codecs.encode(ak, "rot13")
    c.pos("rot13", f"""import codecs
KEY = codecs.decode("{r13}", "rot13")
client = anthropic.Anthropic(api_key=KEY)
""", [r13])

    # ------------------------------------------------------------ base64 layers
    oa = openai_key(rng)
    inner = json.dumps({"provider": "openai", "key_b64": b64e(oa), "org": "org-" + rs(rng, ALNUM, 24)})
    outer = b64e(inner)
    c.pos("b64_nested", f"""CONFIG_BLOB={outer}
# decoded at startup: json.loads(b64decode(CONFIG_BLOB)); key = b64decode(cfg["key_b64"])
""", [outer])

    pgpw = password(rng, 20, ALNUM)
    apikey = sendgrid(rng)
    d1, d2 = b64e(pgpw), b64e(apikey)
    c.pos("b64_nested", f"""apiVersion: v1
kind: Secret
metadata:
  name: mailer-secrets
  namespace: prod
type: Opaque
data:
  DB_USER: {b64e("mailer")}
  DB_PASSWORD: {d1}
  SENDGRID_API_KEY: {d2}
""", [d1, d2])

    gh = github_token(rng)
    auth = b64e("ci-bot:" + gh)
    c.pos("b64_nested", json.dumps({"auths": {"ghcr.io": {"auth": auth}, "https://index.docker.io/v1/": {}},
                                    "credsStore": "desktop"}, indent=2) + "\n", [auth])

    # ------------------------------------------------------------ array join / concatenation
    sk = stripe_live(rng)
    parts = [sk[:14], sk[14:46], sk[46:80], sk[80:]]
    c.pos("array_join", "const k = [\n  " + ",\n  ".join('"%s"' % p for p in parts)
          + '\n].join("");\nconst stripe = new Stripe(k);\n', parts)

    gh = github_token(rng)
    body = gh[4:]
    p1, p2 = body[:18], body[18:]
    c.pos("array_join", f"""TOKEN = "gh" + "p_" + "{p1}" + "{p2}"
headers = {{"Authorization": f"token {{TOKEN}}"}}
""", [p1, p2])

    kid, sec = aws_key_id(rng), aws_secret(rng)
    c.pos("array_join", f"""$a = '{sec[:13]}'; $b = '{sec[13:27]}'; $c = '{sec[27:]}'
$env:AWS_ACCESS_KEY_ID = '{kid}'
$env:AWS_SECRET_ACCESS_KEY = $a + $b + $c
aws s3 ls
""", [kid, sec[:13], sec[13:27], sec[27:]])

    # ------------------------------------------------------------ spaced / dashed
    sk = "sk_live_" + rs(rng, ALNUM, 24)
    spaced = " ".join(sk)
    c.pos("spaced", f"""the chat app keeps eating my key so here it is with spaces, remove them:
{spaced}
""", [spaced])

    sec = aws_secret(rng)
    dashed = "-".join(sec[i:i + 4] for i in range(0, 40, 4))
    c.pos("dashed", f"""AWS secret (dashes added every 4 chars for readability, strip before use):
{dashed}
""", [dashed])

    oa = "sk-" + rs(rng, ALNUM, 48)
    dashed = " ".join(oa[i:i + 5] for i in range(0, len(oa), 5))
    c.pos("dashed", f"""reading it off my other screen in groups of five: {dashed}
""", [dashed])

    # ------------------------------------------------------------ homoglyph
    sk = stripe_live(rng)
    hg = homoglyph(sk[:8], rng, 2) + sk[8:]
    c.pos("homoglyph", f"""STRIPE_SECRET_KEY={hg}
""", [hg])

    slk = slack_bot(rng)
    hg = "x\u043exb" + slk[4:]
    c.pos("homoglyph", f"""slack: {{ token: "{hg}", channel: "#deploys" }}
""", [hg])

    # ------------------------------------------------------------ zero-width
    gh = github_token(rng)
    zw = "".join(ch + ("\u200b" if i % 6 == 5 else "") for i, ch in enumerate(gh))
    c.pos("zero_width", f"""git remote set-url origin https://{zw}@github.com/orbitly/infra.git
""", [zw])

    ak = anthropic_key(rng)
    zw = ak[:12] + "\u200d" + ak[12:60] + "\u2060" + ak[60:]
    c.pos("zero_width", f"""ANTHROPIC_API_KEY="{zw}"
""", [zw])

    # ------------------------------------------------------------ html entities
    sk = "sk_live_" + rs(rng, ALNUM, 24)
    ent = "".join("&#%d;" % ord(ch) for ch in sk)
    c.pos("html_entities", f"""<form action="/admin/settings" method="post">
  <input type="hidden" name="stripe_secret" value="{ent}">
  <button>Save</button>
</form>
""", [ent])

    pw = password(rng, 12, ALNUM)
    body = rs(rng, ALNUM, 40)
    c.pos("html_entities", f"""<pre>DB_PASSWORD=&quot;{pw}&quot;
MAILGUN_API_KEY=key&#45;{body}</pre>
""", [pw, body])

    # ------------------------------------------------------------ percent encoding
    az = rs(rng, ALNUM, 3) + rng.choice(DIGITS) + "Q~" + rs(rng, ALNUM, 16) + "~" + rs(rng, ALNUM, 10) + "." + rs(
        rng, ALNUM, 6)
    enc = urllib.parse.quote(az, safe="")
    enc = enc.replace("~", "%7E")
    c.pos("percent", f"""POST /{uuid4(rng)}/oauth2/v2.0/token HTTP/1.1
Host: login.microsoftonline.com
Content-Type: application/x-www-form-urlencoded

client_id={uuid4(rng)}&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default&client_secret={enc}&grant_type=client_credentials
""", [enc])

    pw = rs(rng, ALNUM, 6) + "@" + rs(rng, ALNUM, 5) + "/" + rs(rng, ALNUM, 4) + "#" + rs(rng, ALNUM, 3)
    enc = urllib.parse.quote(pw, safe="")
    c.pos("percent", f"""DATABASE_URL=postgresql://billing:{enc}@pg-primary.internal:5432/billing?sslmode=require
""", [enc])

    sk = stripe_live(rng)
    q = urllib.parse.quote("key=" + sk + "&mode=live", safe="")
    c.pos("percent", f"""GET /redirect?next=%2Fconnect%3F{q} HTTP/1.1" 302
""", [sk])

    # ------------------------------------------------------------ unicode escapes in JSON
    sk = "sk_live_" + rs(rng, ALNUM, 24)
    esc = "".join("\\u%04x" % ord(ch) for ch in sk)
    c.pos("unicode_escape", '{"stripe":{"secret":"%s","mode":"live"}}\n' % esc, [esc])

    gl = gitlab_pat(rng)
    esc_prefix = "glpat\\u002d"
    c.pos("unicode_escape", '{"ci":{"gitlab_token":"%s%s"}}\n' % (esc_prefix, gl[6:]), [gl[6:]])

    # ------------------------------------------------------------ URL fragment
    ya = "ya29.a0" + rs(rng, ALNUM + "-_", 150)
    c.pos("url_fragment", f"""redirected to:
https://app.orbitly.io/oauth/callback#state={hexs(rng, 16)}&access_token={ya}&token_type=Bearer&expires_in=3599&scope=https://www.googleapis.com/auth/drive.readonly
and then the page is blank, console says "Cannot read properties of undefined (reading 'split')"
""", [ya])

    at = jwt(rng, {"aud": "authenticated", "exp": 1741703600, "sub": uuid4(rng), "email": "zeynep.arslan@gmail.com",
                   "role": "authenticated", "session_id": uuid4(rng)})
    rt = rs(rng, LALNUM, 12)
    c.pos("url_fragment", f"""magic link lands on http://localhost:3000/#access_token={at}&expires_at=1741703600&expires_in=3600&refresh_token={rt}&token_type=bearer&type=magiclink
but supabase.auth.getSession() returns null
""", [at, rt])

    # ------------------------------------------------------------ data: URI
    kid, sec = aws_key_id(rng), aws_secret(rng)
    d = b64e("[default]\naws_access_key_id = %s\naws_secret_access_key = %s\n" % (kid, sec))
    c.pos("data_uri", f"""<a download="credentials" href="data:text/plain;base64,{d}">download creds</a>
""", [d])

    ak = anthropic_key(rng)
    pe = urllib.parse.quote(json.dumps({"apiKey": ak}), safe="")
    c.pos("data_uri", f"""fetch("data:application/json,{pe}").then(r => r.json()).then(cfg => init(cfg.apiKey));
""", [ak])

    # ------------------------------------------------------------ hex / char codes / line continuation
    sk = stripe_live(rng)
    hx = sk.encode().hex()
    c.pos("hex", f"""export STRIPE_KEY=$(echo {hx} | xxd -r -p)
""", [hx])

    gh = github_token(rng)
    codes = ",".join(str(ord(ch)) for ch in gh)
    c.pos("charcodes", f"""const tok = String.fromCharCode({codes});
""", [codes])

    oa = openai_key(rng)
    c.pos("line_continuation", f"""export OPENAI_API_KEY=\\
{oa[:60]}\\
{oa[60:120]}\\
{oa[120:]}
""", [oa[:60], oa[60:120], oa[120:]])

    sk = stripe_live(rng)
    c.pos("diff_removed", f"""diff --git a/config/settings.py b/config/settings.py
index {hexs(rng, 7)}..{hexs(rng, 7)} 100644
--- a/config/settings.py
+++ b/config/settings.py
@@ -12,7 +12,7 @@ CACHES = {{
 
 PAYMENTS = {{
-    "stripe_key": "{sk}",
+    "stripe_key": os.environ["STRIPE_SECRET_KEY"],
     "currency": "eur",
 }}
""", [sk])

    # ------------------------------------------------------------ negatives
    c.neg("b64_nested", f"""apiVersion: v1
kind: ConfigMap
metadata:
  name: web-config
binaryData:
  settings.json: {b64e(json.dumps({"theme": "dark", "pageSize": 50, "locale": "en-GB"}))}
  favicon.ico: AAABAAEAEBAAAAEAIABoBAAAFgAAACgAAAAQAAAAIAAAAAEAIAAAAAAAAAQAABILAAASCwAAAAAAAAAAAAD
""")

    c.neg("percent", """GET /search?q=caf%C3%A9%20near%20station&sort=rating%3Adesc&filter=open_now%3Dtrue HTTP/2
referer: https://maps.example.org/?ll=48.8566%2C2.3522&z=14
""")

    c.neg("html_entities", """<p>Prices include VAT &amp; shipping &mdash; see our <a href="/terms">terms</a>.</p>
<p>Use &lt;code&gt; tags for inline code, e.g. &lt;code&gt;npm run build&lt;/code&gt;. &#169; 2025</p>
""")

    c.neg("reversed", """def is_palindrome(s: str) -> bool:
    s = "".join(ch.lower() for ch in s if ch.isalnum())
    return s == s[::-1]

assert is_palindrome("A man, a plan, a canal: Panama")
print(codecs.encode("Jul qvq gur cebtenzzre dhvg? Ur qvqa'g trg neenlf.", "rot13"))
""")

    c.neg("data_uri", """.spinner { background: url("data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7") no-repeat; }
.icon-check { background-image: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Cpath d='M2 8l4 4 8-8'/%3E%3C/svg%3E"); }
""")

    c.neg("zero_width", """// strip invisible characters before comparing slugs
const INVISIBLE = /[\\u200B-\\u200D\\u2060\\uFEFF]/g;
export const normalizeSlug = (s) => s.normalize("NFKC").replace(INVISIBLE, "").toLowerCase();
""")
    return c.cases
