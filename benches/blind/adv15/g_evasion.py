"""evasion: realistic ways a secret gets obfuscated, encoded or split inside a prompt."""
import base64
import json
import random

import common as C
from common import fill

R = random.Random(150606)

SHY, ZWSP, WJ, NBSP = "\u00ad", "\u200b", "\u2060", "\u00a0"


def fullwidth(s):
    return "".join(chr(ord(ch) + 0xFEE0) if 0x21 <= ord(ch) <= 0x7E else ch for ch in s)


def math_mono(s):
    out = []
    for ch in s:
        if "a" <= ch <= "z":
            out.append(chr(0x1D68A + ord(ch) - 97))
        elif "A" <= ch <= "Z":
            out.append(chr(0x1D670 + ord(ch) - 65))
        elif "0" <= ch <= "9":
            out.append(chr(0x1D7F6 + ord(ch) - 48))
        else:
            out.append(ch)
    return "".join(out)


def math_bold(s):
    out = []
    for ch in s:
        if "a" <= ch <= "z":
            out.append(chr(0x1D41A + ord(ch) - 97))
        elif "A" <= ch <= "Z":
            out.append(chr(0x1D400 + ord(ch) - 65))
        elif "0" <= ch <= "9":
            out.append(chr(0x1D7CE + ord(ch) - 48))
        else:
            out.append(ch)
    return "".join(out)


def split_at(s, cuts):
    parts, prev = [], 0
    for cpos in cuts:
        parts.append(s[prev:cpos])
        prev = cpos
    parts.append(s[prev:])
    return parts


def insert_invisible(token, start, ch, n=3):
    """Insert ch at n positions after `start`; return (text, segments_to_list)."""
    body_len = len(token) - start
    step = body_len // (n + 1)
    cuts = [start + step * (i + 1) for i in range(n)]
    parts = split_at(token, cuts)
    segs = [parts[0][start:]] if len(parts[0]) - start >= 6 else []
    segs += [p for p in parts[1:] if len(p) >= 6]
    return ch.join(parts), segs


def build():
    c = C.Cases("evasion")
    F = "unicode"
    k = C.stripe(R)
    fw = fullwidth(k)
    c.pos(F, fill("""
        チームへ：本番の決済キーを共有します（IMEが全角のままでした、すみません）
        ｓｔｒｉｐｅ　ｋｅｙ：{{fw}}
        staging の方は後で送ります。Can someone check why the webhook returns 401 with this key?
        """, fw=fw), [fullwidth(k[len("sk_live_"):])])

    g = C.gh_token(R)
    fw = fullwidth(g)
    c.pos(F, "my token for the org runner is " + fw + " — I typed it on my phone with the wide keyboard, "
          "does github accept it if I convert it back to normal letters?", [fullwidth(g[4:])])

    k = C.openai_key(R)
    hk = "\u0455\u043a" + k[2:]           # Cyrillic dze + ka
    c.pos(F, fill("""
        weird, python says "Incorrect API key provided" but I copied it exactly from the dashboard:

        client = OpenAI(api_key="{{hk}}")
        """, hk=hk), [k[2:]])

    sk = C.aws_secret(R)
    ak = C.aws_akid(R)
    kw = "\u0391WS_S\u0395CR\u0395T_\u0391CC\u0395SS_\u039a\u0395\u03a5"   # Greek capitals
    c.pos(F, fill("""
        Copied from the onboarding PDF, the deploy fails with InvalidSignatureException:

        AWS_ACCESS_KEY_ID={{ak}}
        {{kw}}={{sk}}
        AWS_DEFAULT_REGION=eu-north-1

        (the PDF font made some letters look odd)
        """, ak=ak, kw=kw, sk=sk), [sk])

    pw = C.pw_mixed(R, 14)
    c.pos(F, "Ассоunt for the shared mailbox: support-desk\n\u0440\u0430\u0455\u0455w\u043erd: " + pw
          + "\nplease rotate after the audit, thanks", [pw])

    g = C.gh_token(R)
    mm = math_mono(g)
    c.pos(F, "pasted from the Notion page (it was in a code-style font):\nGH_TOKEN=" + mm + "\n\ngit push says Invalid username or token.", [math_mono(g[4:])])

    sl = C.slack_bot(R)
    mb = math_bold(sl)
    c.pos(F, "📢 𝐁𝐨𝐭 𝐭𝐨𝐤𝐞𝐧 𝐟𝐨𝐫 𝐭𝐡𝐞 𝐧𝐞𝐰 𝐰𝐨𝐫𝐤𝐬𝐩𝐚𝐜𝐞: " + mb + "\n(sorry for the fancy font, I wrote the announcement in a text generator)",
          [math_bold(sl.split("-")[-1])])

    F = "invisible"
    sl = C.slack_bot(R)
    t, segs = insert_invisible(sl, len(sl) - 24, SHY, 2)
    c.pos(F, "From the runbook (exported from Word, justified text):\nSlack bot token for alerts: " + t
          + "\nThe bot is in #ops-alerts and #deploys.", segs)

    an = C.anthropic_key(R)
    t, segs = insert_invisible(an, 14, ZWSP, 4)
    c.pos(F, "Our chat tool inserts something invisible when I paste long strings. This is the key I sent the contractor:\n"
          + t + "\nThey say it's rejected with 401 but it works for me.", segs)

    pw = C.pw_phrase(R, 4)
    t, segs = insert_invisible(pw, 0, WJ, 2)
    c.pos(F, fill("""
        Confluence page "Wi-Fi & printers":
        Guest network: Office-Guest
        Staff network: Office-Staff — password {{t}}
        Printer admin: http://printer-2f.local (ask IT)
        """, t=t), segs)

    gl = C.glpat(R)
    t = gl[:9] + NBSP + gl[9:17] + NBSP + gl[17:]
    c.pos(F, "copied from the PDF export of the wiki, the spaces are weird (non-breaking?):\nGITLAB_TOKEN=" + t,
          [gl[9:17], gl[17:]] if len(gl[17:]) >= 6 else [gl[9:17]])

    F = "entities"
    k = C.stripe(R)
    ent = "".join("&#%d;" % ord(ch) for ch in k)
    body_ent = "".join("&#%d;" % ord(ch) for ch in k[8:])
    c.pos(F, fill("""
        View source of the onboarding email our CRM sent to the new agency (why is the key in there at all?!):

        <td style="font-family:monospace;padding:8px">Your live key: <span>{{ent}}</span></td>
        """, ent=ent), [body_ent])

    k = C.stripe(R, "rk_live_")
    body = k[8:]
    c.pos(F, "The help-center article (HTML source) shows:\n<code>rk&lowbar;live&lowbar;" + body + "</code>\n"
          "I think the writer pasted a real restricted key instead of a placeholder.", [body])

    g = C.gh_token(R)
    hx = "".join("&#x%x;" % ord(ch) for ch in g)
    c.pos(F, "<!-- deploy note --><p data-token=\"" + hx + "\">CI token (obfuscated so scanners don't flag it)</p>",
          ["".join("&#x%x;" % ord(ch) for ch in g[4:])])

    F = "escapes"
    g = C.gh_token(R)
    esc = "".join("\\x%02x" % ord(ch) for ch in g)
    c.pos(F, fill("""
        # utils/gh.py
        _T = b"{{esc}}"
        HEADERS = {"Authorization": "token " + _T.decode()}
        # why does mypy complain about bytes vs str here?
        """, esc=esc), ["".join("\\x%02x" % ord(ch) for ch in g[4:])])

    pw = C.pw_mixed(R, 14, "!#%*-_+=.?")
    octs = "".join("\\%03o" % ord(ch) for ch in pw)
    c.pos(F, fill("""
        /* firmware/config.c - "hidden" so strings(1) doesn't show it */
        static const char admin_pw[] = "{{o}}";
        int check_admin(const char *in) { return strcmp(in, admin_pw) == 0; }
        """, o=octs), [octs])

    an = C.anthropic_key(R)
    enc = base64.b64encode(an.encode()).decode()
    c.pos(F, fill("""
        // browser extension background.js
        const KEY = atob('{{enc}}');
        async function summarize(text) {
          const r = await fetch('https://api.anthropic.com/v1/messages', {
            method: 'POST',
            headers: { 'x-api-key': KEY, 'anthropic-version': '2023-06-01', 'content-type': 'application/json',
                       'anthropic-dangerous-direct-browser-access': 'true' },
            body: JSON.stringify({ model: 'claude-3-5-haiku-latest', max_tokens: 512, messages: [{ role: 'user', content: text }] }),
          });
          return (await r.json()).content[0].text;
        }
        """, enc=enc), [enc])

    hf = C.hf_token(R)
    hx = hf.encode().hex()
    c.pos(F, "HF_TOKEN = bytes.fromhex('" + hx + "').decode()\nlogin(token=HF_TOKEN)\n# is this enough so the token isn't readable in the repo?", [hx])

    st = C.stripe(R)
    pe = "".join("%%%02X" % ord(ch) for ch in st)
    c.pos(F, "GET /proxy?target=https%3A%2F%2Fapi.stripe.com%2Fv1%2Fcharges&auth=Bearer%20" + pe + " HTTP/1.1\n"
          "Host: internal-proxy.example\n\nfound this in the proxy access log, is the key exposed?",
          ["".join("%%%02X" % ord(ch) for ch in st[8:])])

    sg = C.sendgrid(R)
    ue = "".join("\\u%04x" % ord(ch) for ch in sg)
    c.pos(F, '{"mail": {"provider": "sendgrid", "apiKey": "' + ue + '", "from": "noreply@shop.example"}}\n'
          "^ settings.json — someone escaped every char, does JSON.parse still give the real key?", ["".join("\\u%04x" % ord(ch) for ch in sg[3:])])

    F = "split"
    g = C.gh_token(R)
    parts = [g[:4], g[4:16], g[16:28], g[28:]]
    c.pos(F, "TOKEN = ''.join([" + ", ".join("'%s'" % p for p in parts) + "])\n"
          "# split so secret scanning doesn't catch it. Is there a cleaner way?", parts[1:])

    an = C.anthropic_key(R)
    a, b, cc = an[:40], an[40:80], an[80:]
    c.pos(F, fill("""
        _P1 = "{{a}}"
        _P2 = "{{b}}"
        _P3 = "{{cc}}"
        client = anthropic.Anthropic(api_key=f"{_P1}{_P2}{_P3}")
        """, a=a, b=b, cc=cc), [a[14:], b, cc])

    sk = C.aws_secret(R)
    c.pos(F, fill("""
        | Environment | Access key ID | Secret access key (part 1) | Secret access key (part 2) |
        |-------------|---------------|----------------------------|----------------------------|
        | staging     | {{ak}} | {{s1}} | {{s2}} |

        (table was too wide for the wiki so I split the secret)
        """, ak=C.aws_akid(R), s1=sk[:20], s2=sk[20:]), [sk[:20], sk[20:]])

    g = C.gh_fine(R)
    c.pos(F, "Use this token for the mirror job:\n\n`" + g[:50] + "\\\n" + g[50:] + "`\n\n(had to break the line, markdown preview)",
          [g[11:50], g[50:]])

    st = C.stripe(R)
    if len(st) < 40:
        st = "sk_live_51" + C.rs(R, C.ALNUM, 97)
    sp = " ".join(C.chunks_of(st, 4))
    half = len(sp) // 2
    half = sp.rfind(" ", 0, half)
    c.pos(F, "Reading it out from the screen for you, grouped in fours:\n" + sp
          + "\nLet me know when you've entered it into the POS backend.", [sp[:half], sp[half + 1:]])

    k = C.openai_key(R)
    c.pos(F, fill("""
        $ kubectl logs deploy/summarizer | head -3
        2024-05-14T10:02:11Z INFO starting summarizer v0.9.2 with config {"model":"gpt-4o-mini","api_key":"{{a}}
        {{b}}","timeout":30}
        2024-05-14T10:02:12Z ERROR openai.AuthenticationError: Error code: 401
        """, a=k[:60], b=k[60:]), [k[8:60], k[60:]])

    sl = C.slack_webhook(R)
    y1, y2 = sl[:-12], sl[-12:]
    c.pos(F, fill("""
        alertmanager.yml (from the helm values, folded because of the line-length lint):

        receivers:
          - name: ops-slack
            slack_configs:
              - channel: '#ops-alerts'
                api_url: >-
                  {{y1}}
                  {{y2}}
        """, y1=y1, y2=y2), [sl[-24:-12], y2])

    pw = C.pw_mixed(R, 12, "!#%*-_+=.?")
    c1, c2 = pw[:6], pw[6:]
    ak = C.rs(R, C.ALNUM, 32)
    c.pos(F, fill("""
        // board_config.h
        #define MQTT_USER     "sensor-node-17"
        #define MQTT_PASS     "{{c1}}" "{{c2}}"
        #define CLOUD_API_KEY "{{ak}}"
        """, c1=c1, c2=c2, ak=ak), [c1, c2, ak])

    F = "encoded"
    while True:
        user, pw = "svc-build", C.pw_mixed(R, 14, "!#%*-_+=.?~")
        u = base64.urlsafe_b64encode(("%s:%s" % (user, pw)).encode()).decode()
        if "-" in u or "_" in u:
            break
    c.pos(F, fill("""
        GET /artifactory/api/storage/libs-release-local/com/acme/ HTTP/1.1
        Host: repo.acme-internal.example
        Authorization: Basic {{u}}
        User-Agent: Gradle/8.7

        HTTP/1.1 401 Unauthorized
        (our gradle plugin uses urlsafe base64, is that the problem?)
        """, u=u), [u])

    st = C.stripe(R)
    inner = json.dumps({"stripe_key": st, "mode": "live"})
    mid = json.dumps({"config": inner, "version": 3})
    outer = json.dumps({"tenant": "t-4471", "payload": mid}, indent=2)
    c.pos(F, "Message from the queue (the payload is JSON-in-JSON-in-JSON, don't ask):\n" + outer, [st])

    pw = C.pw_mixed(R, 16, "@:/#!$")
    enc = "".join(ch if ch.isalnum() or ch in "-._~" else "%%%02X" % ord(ch) for ch in pw)
    c.pos(F, "DATABASE_URL=postgresql://billing:" + enc + "@pg-billing.internal:5432/billing?sslmode=require\n"
          "I percent-encoded the special chars as the docs say, still FATAL: password authentication failed", [enc])

    env = "STRIPE_SECRET_KEY=%s\nDATABASE_PASSWORD=%s\n" % (C.stripe(R), C.pw_mixed(R, 16))
    b = base64.b64encode(env.encode()).decode()
    c.pos(F, "in the Dockerfile:\nRUN echo '" + b + "' | base64 -d > /app/.env\n\nis this ok for now? the image is private", [b])

    tok = C.vault_token(R)
    c.pos(F, fill("""
        // main.go
        const vaultBootstrap = `{
          "address": "https://vault.internal:8200",
          "token": "{{tok}}",
          "namespace": "apps/billing"
        }`
        """, tok=tok), [tok])

    k = C.npm_token(R)
    c.pos(F, fill("""
        // build.rs
        fn main() {
            let npmrc = r#"//registry.npmjs.org/:_authToken={{k}}
        @acme:registry=https://npm.pkg.github.com"#;
            std::fs::write(concat!(env!("OUT_DIR"), "/.npmrc"), npmrc).unwrap();
        }
        """, k=k), [k])

    # ---------------- negatives
    F = "neg"
    c.neg(F, fill("""
        Security awareness note — how secrets slip past scanners:
        • Unicode look-alikes: a Cyrillic "ѕ" or a fullwidth "ｓ" makes a key prefix look normal to people but not to regexes.
        • Invisible characters (soft hyphen U+00AD, zero-width space U+200B, word joiner U+2060) split a token.
        • Encodings: HTML entities, \\x escapes, base64 (atob), hex (bytes.fromhex), percent-encoding.
        • Splitting: ''.join([...]), f-strings, adjacent C string literals, YAML folded scalars.
        Our scanner now NFKC-normalizes and strips format characters before matching. No real values in this note.
        """))

    c.neg(F, fill("""
        >>> b"\\x48\\x65\\x6c\\x6c\\x6f, \\x77\\x6f\\x72\\x6c\\x64".decode()
        'Hello, world'
        >>> bytes.fromhex('89504e470d0a1a0a')   # PNG signature
        b'\\x89PNG\\r\\n\\x1a\\n'
        >>> import base64; base64.b64decode('SGVsbG8gV29ybGQ=')
        b'Hello World'
        // JS
        atob('dGhlIHF1aWNrIGJyb3duIGZveA==')  // "the quick brown fox"
        """))

    c.neg(F, fill("""
        新製品のご案内：型番 ＡＸ－２０２４－ＰＲＯ（税込 ￥３９，８００）
        お問い合わせ番号：ＣＳ－００７７１２
        ご注文は ＷＥＢ または お電話 で承ります。在庫：ＯＫ
        """))

    c.neg(F, "Die Donau\u00addampf\u00adschiff\u00adfahrts\u00adgesell\u00adschaft veröffentlicht den Fahr\u00adplan "
          "für die Sommer\u00adsaison. Haupt\u00adbahnhof → Schiffs\u00adanlege\u00adstelle: 12 Minuten zu Fuß.")

    c.neg(F, fill("""
        base = ''.join(['https://', 'api.', 'example.com'])
        path = '/'.join(['v1', 'users', str(user_id), 'orders'])
        url = f"{base}/{path}?page={page}&limit={limit}"
        key = os.environ["API_KEY"]            # read at runtime
        headers = {"Authorization": f"Bearer {key}"}
        """))

    c.neg(F, fill("""
        #define FW_VERSION      "4.12.0-rc2"
        #define BUILD_ID        "20240514.1187"
        #define MAGIC           0xDEADBEEFu
        #define CRC32_POLY      0xEDB88320u
        #define DEVICE_NAME     "sensor" "-" "node"
        #define UUID_SERVICE    "6e400001-b5a3-f393-e0a9-e50e24dcca9e"
        """))

    c.neg(F, fill("""
        <p>&copy; 2024 Example&nbsp;GmbH &mdash; All rights reserved. Prices in &euro; incl. VAT &lt;19%&gt;.</p>
        <a href="/search?q=caf%C3%A9%20cr%C3%A8me&amp;sort=price_asc">café crème</a>
        Entity list: &#65;&#66;&#67; = "ABC", &lowbar; = "_", &#x2014; = em dash.
        """))

    c.neg(F, fill("""
        | Release | Commit                                   | Notes |
        |---------|------------------------------------------|-------|
        | v2.4.1  | {{s1}} | fix retry loop |
        | v2.4.0  | {{s2}} | new exporter |

        The second paragraph of the release notes is long so I wrapped it with a trailing backslash\\
        to keep the markdown source under 100 columns.
        Header format: `Authorization: Basic <base64(username:password)>` — never paste the real value.
        """, s1=C.hex_n(R, 40), s2=C.hex_n(R, 40)))
    return c.items
