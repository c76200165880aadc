"""evasion: secrets split, encoded, escaped, disguised or buried."""
import base64
import binascii
import json
import re
import random
import urllib.parse

from common import (Collector, crlf, rs, hexs, b62, digits, uuid4, b64, jwt, password, pem_block,
                    stripe_sk, github_pat, aws_akid, aws_secret, slack_bot, openai_proj,
                    anthropic_key, google_api, sendgrid, gitlab_pat, npm_token, hf_token,
                    shopify_token, do_token, mailgun_key, ALNUM, B64URL, LOWER)

SEED = 18007
GROUP = "evasion"

ZW = ["\u200d", "\u200b", "\u2060", "\u200c"]


def fullwidth(s):
    out = []
    for ch in s:
        o = ord(ch)
        out.append(chr(o + 0xFEE0) if 0x21 <= o <= 0x7E else ch)
    return "".join(out)


def filler_log(rng, n):
    lines = []
    svcs = ["scheduler", "indexer", "thumbnailer", "mailer", "billing-sync"]
    for i in range(n):
        lines.append("2024-07-%02d 0%d:%02d:%02d.%03d INFO  [%s] processed batch=%d items=%d took=%dms" % (
            rng.randrange(1, 29), rng.randrange(10), rng.randrange(60), rng.randrange(60), rng.randrange(1000),
            rng.choice(svcs), i, rng.randrange(10, 500), rng.randrange(5, 900)))
    return "\n".join(lines)


def build():
    rng = random.Random(SEED)
    c = Collector(GROUP)

    # '+' joins across lines
    t = stripe_sk(rng)
    a, b, cc = t[:12], t[12:24], t[24:]
    if len(cc) < 8:
        a, b, cc = t[:10], t[10:], ""
    parts = [x for x in (a, b, cc) if x]
    c.pos("plus_join", "String stripeKey = " + "\n    + ".join('"%s"' % p for p in parts) + ";\n", parts)
    t = github_pat(rng)
    a, b = t[:20], t[20:]
    c.pos("plus_join", "const tok = '%s' +\n  '%s';\noctokit = new Octokit({ auth: tok });\n" % (a, b), [a, b])

    # split across chat turns
    t = anthropic_key(rng)
    a, b, cc = t[:36], t[36:72], t[72:]
    c.pos("chat_turns", "User: I'll paste my key in pieces because the chat box keeps cutting it.\nUser: part 1: %s\nAssistant: Please don't share API keys here.\nUser: part 2 %s\nUser: and last bit -> %s\n" % (a, b, cc), [a, b, cc])

    # base64 of whole .env
    env = "DATABASE_URL=postgres://app:%s@db:5432/app\nSTRIPE_SECRET_KEY=%s\nSENDGRID_API_KEY=%s\n" % (password(rng, 16), stripe_sk(rng), sendgrid(rng))
    blob = b64(env)
    c.pos("b64_envfile", "# restore env on the build box\necho '%s' | base64 -d > .env\n" % blob, [blob])
    env2 = "AWS_ACCESS_KEY_ID=%s\nAWS_SECRET_ACCESS_KEY=%s\n" % (aws_akid(rng), aws_secret(rng))
    blob2 = b64(env2)
    c.pos("b64_envfile", "- name: write env\n  run: echo \"%s\" | base64 --decode >> $GITHUB_ENV\n" % blob2, [blob2])

    # k8s Secret data
    pw, tok = password(rng, 18), github_pat(rng)
    e1, e2 = b64(pw), b64(tok)
    c.pos("k8s_secret", """apiVersion: v1
kind: Secret
metadata:
  name: app-secrets
type: Opaque
data:
  DB_PASSWORD: %s
  GITHUB_TOKEN: %s
  LOG_LEVEL: %s
""" % (e1, e2, b64("info")), [e1, e2])

    # hex
    pw = password(rng, 16)
    hx = binascii.hexlify(pw.encode()).decode()
    c.pos("hex", "REDIS_PASSWORD_HEX=%s\n# decode with: echo $REDIS_PASSWORD_HEX | xxd -r -p\n" % hx, [hx])
    t = slack_bot(rng)
    hx = binascii.hexlify(t.encode()).decode().upper()
    c.pos("hex", "payload dump (hex): %s\n" % hx, [hx])

    # URL double-encoding
    pw = password(rng, 10, specials="@!#") + "@!"
    once = urllib.parse.quote(pw, safe="")
    twice = urllib.parse.quote(once, safe="")
    c.pos("url_double", "GET /sso/callback?next=%%2Flogin%%3Fuser%%3Dsvc-report%%26pass%%3D%s HTTP/1.1\n" % twice, [twice])
    sec = aws_secret(rng)
    while "+" not in sec and "/" not in sec:
        sec = aws_secret(rng)
    twice = urllib.parse.quote(urllib.parse.quote(sec, safe=""), safe="")
    c.pos("url_double", "redirect_uri=https%%3A%%2F%%2Fcallback.example%%2Fcb%%3Faws_secret%%3D%s\n" % twice, [twice])

    # HTML entities
    t = google_api(rng)
    ent = "".join("&#x%x;" % ord(ch) for ch in t)
    c.pos("html_entities", "<meta name=\"maps-key\" content=\"%s\">\n" % ent, [ent])
    t = gitlab_pat(rng)
    ent = "".join("&#%d;" % ord(ch) for ch in t)
    c.pos("html_entities", "<p>Your new token: <code>%s</code></p>\n" % ent, [ent])

    # \x escapes
    t = npm_token(rng)
    esc = "".join("\\x%02x" % ord(ch) for ch in t)
    c.pos("x_escapes", "token = b\"%s\".decode()\n" % esc, [esc])
    pw = password(rng, 14)
    esc = "".join("\\u%04x" % ord(ch) for ch in pw)
    c.pos("x_escapes", "{\"db\": {\"password\": \"%s\"}}\n" % esc, [esc])

    # JSON in JSON, escaped twice
    t = openai_proj(rng)
    inner = json.dumps({"provider": "openai", "apiKey": t})
    outer = json.dumps({"job": "summarize", "settings": json.dumps({"llm": inner})})
    c.pos("json_in_json", outer + "\n", [t])
    pw = password(rng, 16, specials="\"\\!#")
    inner = json.dumps({"user": "etl", "password": pw})
    outer = json.dumps({"msg": "retrying connection", "conn": inner})
    pw_as = json.dumps(json.dumps(pw)[1:-1])[1:-1]
    assert pw_as in outer
    pieces = [x for x in re.split(r'["\\]', pw) if len(x) >= 5]
    if not pieces or any(len(x) < 8 and outer.count(x) != 1 for x in pieces):
        pieces = [pw_as]
    c.pos("json_in_json", outer, pieces)

    # zero-width chars inside the token
    t = github_pat(rng)
    cut = [0, 10, 22, len(t)]
    frags = [t[cut[i]:cut[i + 1]] for i in range(3)]
    zw = rng.choice(ZW)
    c.pos("zero_width", "GH_TOKEN=%s\n" % zw.join(frags), frags)
    t = stripe_sk(rng)
    frags = [t[:9], t[9:18], t[18:]]
    c.pos("zero_width", "here's the live key, copy carefully: %s\n" % "\u200b".join(frags), frags)

    # full-width
    t = "sk-proj-" + b62(rng, 48)
    fw = fullwidth(t)
    c.pos("fullwidth", "ＡＰＩキー：%s\n" % fw, [fw])
    pw = password(rng, 12)
    fw = fullwidth(pw)
    c.pos("fullwidth", "数据库密码：%s（请勿外传）\n" % fw, [fw])

    # markdown table / link
    t1, t2 = hf_token(rng), do_token(rng)
    c.pos("markdown_table", """| service | env  | credential |
|---------|------|------------|
| hf      | prod | `%s` |
| do      | prod | %s |
| grafana | prod | (in vault) |
""" % (t1, t2), [t1, t2])
    pw = password(rng, 14, specials="-_.~")
    c.pos("markdown_link", "Dashboards: [staging](https://grafana-staging.example-corp.io) and [prod](https://admin:%s@grafana.example-corp.io/d/ops)\n" % pw, [pw])
    sig = rs(rng, B64URL, 43)
    c.pos("markdown_link", "Download the backup [here](https://files.example-corp.io/backups/2024-07-12.tar.gz?X-Sig=%s&exp=1720900000).\n" % sig, [sig])

    # very long innocuous prefix
    t = shopify_token(rng)
    c.pos("long_prefix", filler_log(rng, 90) + "\n2024-07-12 09:59:59.999 DEBUG [shopify-sync] X-Shopify-Access-Token=%s\n" % t, [t])
    pw = password(rng, 16)
    c.pos("long_prefix", ("Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 80) + "\nOh and the wifi/db password is %s\n" % pw, [pw])

    # emoji
    t = github_pat(rng)
    c.pos("emoji", "🔑%s🔥 don't leak it lol 😅\n" % t, [t])
    t = sendgrid(rng)
    c.pos("emoji", "✅ deploy ok\n📧 sendgrid=%s\n🚀\n" % t, [t])

    # YAML block scalars
    t = github_pat(rng)
    c.pos("yaml_block", "ci:\n  registry_token: >-\n    %s\n  cache: true\n" % t, [t])
    pem = pem_block(rng, "OPENSSH PRIVATE KEY", 300)
    lines = pem.split("\n")[1:-1]
    c.pos("yaml_block", "deploy:\n  ssh_key: |\n" + "\n".join("    " + l for l in pem.split("\n")) + "\n  host: deploy.example-corp.io\n", lines)

    # reversed
    t = stripe_sk(rng)
    rv = t[::-1]
    c.pos("reversed", "KEY = \"%s\"[::-1]  # lazy obfuscation\n" % rv, [rv])

    # spaced-out characters
    pw = password(rng, 12, specials="!#")
    sp = " ".join(pw)
    c.pos("spaced", "ok spelling it out so autocorrect doesn't mess it up: %s\n" % sp, [sp])

    # OAuth implicit fragment
    at = jwt(rng, {"alg": "RS256", "typ": "JWT"}, {"sub": uuid4(rng), "aud": "spa", "scope": "openid profile", "exp": 1720900000}, 256)
    c.pos("url_fragment", "redirected to https://app.example-corp.io/callback#access_token=%s&token_type=Bearer&expires_in=3600\n" % at, [at])

    # git diff
    old, new = stripe_sk(rng), stripe_sk(rng)
    c.pos("git_diff", """diff --git a/.env.production b/.env.production
index 3c1e2a1..9f0b7d4 100644
--- a/.env.production
+++ b/.env.production
@@ -1,3 +1,3 @@
 NODE_ENV=production
-STRIPE_SECRET_KEY=%s
+STRIPE_SECRET_KEY=%s
""" % (old, new), [old, new])

    # backslash line continuation
    t = gitlab_pat(rng)
    a, b = t[:13], t[13:]
    c.pos("line_continuation", "curl --header \"PRIVATE-TOKEN: %s\\\n%s\" https://gitlab.example-corp.io/api/v4/projects\n" % (a, b), [a, b])

    # XML CDATA
    pw = password(rng, 15)
    c.pos("xml_cdata", crlf("""<?xml version="1.0" encoding="UTF-8"?>
<settings>
  <server id="nexus-releases">
    <username>deployer</username>
    <password><![CDATA[%s]]></password>
  </server>
</settings>
""" % pw), [pw])

    # JSON array join
    t = do_token(rng)
    a, b, cc = t[:15], t[15:45], t[45:]
    c.pos("array_join", "const parts = [\"%s\", \"%s\", \"%s\"];\nconst DO_TOKEN = parts.join(\"\");\n" % (a, b, cc), [a, b, cc])

    # quoted-printable
    pw = password(rng, 20, specials="#!")
    qp = pw[:9] + "=\n" + pw[9:]
    c.pos("quoted_printable", "Content-Transfer-Encoding: quoted-printable\n\nHi, your temporary password=3D%s\nPlease change it after login.\n" % qp, [pw[:9], pw[9:]])

    # Chinese full-width punctuation around token
    t = anthropic_key(rng)
    c.pos("cjk_punct", "密钥：%s。请在明天之前更换。\n" % t, [t])

    # cookie header with JWT among others
    j = jwt(rng, {"alg": "HS256", "typ": "JWT"}, {"sid": b62(rng, 20), "uid": int(digits(rng, 6)), "role": "admin"}, 32)
    c.pos("cookie_jwt", "Cookie: _ga=GA1.2.%s.%s; theme=dark; session=%s; lang=de\n" % (digits(rng, 9), digits(rng, 10), j), [j])

    # ---------------- negatives
    c.neg("b64_benign", "# base64 of the default nginx welcome page title\nTITLE_B64=%s\nFEATURES_B64=%s\n" % (
        b64("Welcome to nginx!"), b64('{"darkMode":true,"beta":false}')))
    c.neg("html_entities_text", "<p>Caf&eacute; &amp; Cr&egrave;me &#8211; open 8&ndash;18h &#x2014; &quot;bring your own cup&quot;</p>\n")
    c.neg("fullwidth_text", "ＡＰＩキーの設定方法：管理画面の「設定」→「ＡＰＩ」を開いてください。キーは画面に一度だけ表示されます。\n")
    c.neg("zero_width_text", "Ro\u200bbust re\u200btry han\u200bdling for the token\u200b refresh flow (see ADR-0042).\n")
    c.neg("long_log", filler_log(rng, 60) + "\n")
    c.neg("markdown_masked", """| service | credential | rotated |
|---------|------------|---------|
| hf      | `hf_****`  | 2024-06 |
| stripe  | `sk_live_…` (vault: payments/stripe) | 2024-05 |
""")
    return c.cases
