# -*- coding: utf-8 -*-
"""evasion: credentials transformed, split or disguised to slip past scanners.

Every listed secret is the form that literally appears in the text (each piece >= 6 chars).
"""
import base64
import codecs
import urllib.parse

from common import Group, pieces, b64u, jdump

G = Group("evasion", seed=20007)

SHY, ZWSP, ZWJ, ZWNJ, RLO, PDF = "\u00ad", "\u200b", "\u200d", "\u200c", "\u202e", "\u202c"

CYR = {"a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у", "A": "А", "B": "В", "C": "С",
       "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т", "X": "Х"}
GRK = {"A": "Α", "B": "Β", "E": "Ε", "Z": "Ζ", "H": "Η", "I": "Ι", "K": "Κ", "M": "Μ", "N": "Ν", "O": "Ο",
       "P": "Ρ", "T": "Τ", "Y": "Υ", "X": "Χ"}


def group_split(items, sep, k):
    """Join a list of items with sep, split into k groups at item boundaries; return (full, [groups])."""
    n = len(items)
    cuts = [round(j * n / k) for j in range(k + 1)]
    groups = [sep.join(items[cuts[j]:cuts[j + 1]]) for j in range(k)]
    return sep.join(items), groups


def interleave(tok, ch, step):
    parts = [tok[j:j + step] for j in range(0, len(tok), step)]
    if len(parts[-1]) < 6:
        parts[-2] += parts[-1]
        parts.pop()
    return ch.join(parts), parts


def mono(s):
    out = []
    for c in s:
        if "a" <= c <= "z":
            out.append(chr(0x1D68A + ord(c) - 97))
        elif "A" <= c <= "Z":
            out.append(chr(0x1D670 + ord(c) - 65))
        elif "0" <= c <= "9":
            out.append(chr(0x1D7F6 + ord(c) - 48))
        else:
            out.append(c)
    return "".join(out)


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def shift(s, k):
    out = []
    for c in s:
        if c.isdigit():
            out.append(str((int(c) + k) % 10))
        elif c.islower():
            out.append(chr((ord(c) - 97 + k) % 26 + 97))
        elif c.isupper():
            out.append(chr((ord(c) - 65 + k) % 26 + 65))
        else:
            out.append(c)
    return "".join(out)


@G.pos("reversed_py")
def reversed_py(g, i):
    tok = g.stripe()
    rev = tok[::-1]
    text = (
        "# payments/keys.py\n"
        "# stored backwards so the push-protection hook stops complaining\n"
        "_K = \"%s\"\n"
        "STRIPE_KEY = _K[::-1]\n\n"
        "def client():\n"
        "    import stripe\n"
        "    stripe.api_key = STRIPE_KEY\n"
        "    return stripe\n" % rev)
    return text, [rev]


@G.pos("reversed_js")
def reversed_js(g, i):
    tok = g.github()
    rev = tok[::-1]
    text = (
        "// build/release.js\n"
        "const t = '%s'.split('').reverse().join('');\n"
        "const octokit = new Octokit({ auth: t });\n"
        "await octokit.repos.createRelease({ owner: 'acme', repo: 'cli', tag_name: process.argv[2] });\n" % rev)
    return text, [rev]


@G.pos("chr_list_py")
def chr_list_py(g, i):
    tok = g.anthropic()
    full, grp = group_split([str(ord(c)) for c in tok], ", ", 3)
    text = (
        "Found this in a Jupyter notebook a contractor shared, is it safe to publish?\n\n"
        "```python\n"
        "codes = [%s]\n"
        "key = ''.join(chr(c) for c in codes)\n"
        "client = anthropic.Anthropic(api_key=key)\n"
        "```\n" % full)
    return text, grp


@G.pos("fromcharcode_js")
def fromcharcode_js(g, i):
    tok = g.slack_bot()
    full, grp = group_split(["0x%02x" % ord(c) for c in tok], ",", 3)
    text = (
        "<script>\n"
        "  // slack relay for the status page\n"
        "  var _0x3f2a = String.fromCharCode(%s);\n"
        "  fetch('/relay', {method: 'POST', headers: {'X-Slack': _0x3f2a}, body: JSON.stringify(payload)});\n"
        "</script>\n" % full)
    return text, grp


@G.pos("caesar_shift")
def caesar_shift(g, i):
    tok = g.github()
    enc = "".join(chr(ord(c) + 1) for c in tok)
    text = (
        "CTF write-up, stage 2: the dropper decodes its C2 token with\n\n"
        "    tok = ''.join(chr(ord(c) - 1) for c in \"%s\")\n\n"
        "and then clones a private repo with it. The token was still valid when we tested (reported to GitHub).\n"
        % enc)
    return text, [enc]


@G.pos("split_json_keys")
def split_json_keys(g, i):
    tok = g.openai()
    a, b, c = pieces(tok, 3)
    obj = {"service": "summarizer", "llm": {"provider": "openai", "model": "gpt-4o-mini",
                                            "k1": a, "retries": 3, "k2": b, "timeout_s": 30, "k3": c},
           "note": "key = llm.k1 + llm.k2 + llm.k3"}
    return jdump(obj) + "\n", [a, b, c]


@G.pos("split_array")
def split_array(g, i):
    ak, sk = g.aws_akid(), g.aws_secret()
    ps = pieces(sk, 4)
    text = (
        "locals {\n"
        "  # split so tfsec doesn't flag it, joined at apply time\n"
        "  k  = \"%s\"\n"
        "  sp = [\"%s\", \"%s\", \"%s\", \"%s\"]\n"
        "}\n\n"
        "provider \"aws\" {\n"
        "  access_key = local.k\n"
        "  secret_key = join(\"\", local.sp)\n"
        "}\n" % (ak, ps[0], ps[1], ps[2], ps[3]))
    return text, [ak] + ps


@G.pos("yaml_dq_continuation")
def yaml_dq_continuation(g, i):
    tok = g.anthropic()
    ps = pieces(tok, 4)
    text = (
        "agent:\n"
        "  model: claude-3-5-sonnet\n"
        "  # escaped line breaks: YAML joins these without spaces\n"
        "  api_key: \"%s\\\n"
        "    %s\\\n"
        "    %s\\\n"
        "    %s\"\n"
        "  max_tokens: 2048\n" % tuple(ps))
    return text, ps


@G.pos("yaml_literal_join")
def yaml_literal_join(g, i):
    tok = g.github_pat()
    ps = pieces(tok, 3)
    text = (
        "# renovate-config.yaml\n"
        "token_parts: |\n"
        "  %s\n"
        "  %s\n"
        "  %s\n"
        "---\n"
        "# bot.py\n"
        "token = cfg['token_parts'].replace('\\n', '')\n" % tuple(ps))
    return text, ps


@G.pos("base64url_nopad")
def base64url_nopad(g, i):
    tok = g.stripe("rk_live")
    enc = b64u(("STRIPE_KEY=" + tok).encode())
    text = (
        "apiVersion: v1\n"
        "kind: ConfigMap\n"
        "metadata:\n"
        "  name: billing-bootstrap\n"
        "data:\n"
        "  # decoded by the entrypoint with base64 -d after adding padding\n"
        "  bootstrap: %s\n" % enc)
    return text, [enc]


@G.pos("hex_spaces")
def hex_spaces(g, i):
    tok = g.sendgrid()
    full, grp = group_split(["%02x" % ord(c) for c in tok], " ", 2)
    text = (
        "xxd -r -p <<'EOF' > /tmp/k && export SENDGRID_API_KEY=$(cat /tmp/k)\n"
        "%s\n"
        "EOF\n" % full)
    return text, grp


@G.pos("hex_colons")
def hex_colons(g, i):
    tok = g.npm()
    full, grp = group_split(["%02X" % ord(c) for c in tok], ":", 2)
    text = (
        "Wireshark → Follow TCP stream → the CI agent sends this header value before the publish, shown as hex:\n"
        "%s\n"
        "Looks like it's the registry auth token, right?\n" % full)
    return text, grp


@G.pos("x_escapes")
def x_escapes(g, i):
    tok = g.hf()
    full, grp = group_split(["\\x%02x" % ord(c) for c in tok], "", 2)
    text = (
        "/* model_loader.c */\n"
        "static const char HF_TOK[] = \"%s\";\n"
        "curl_easy_setopt(h, CURLOPT_XOAUTH2_BEARER, HF_TOK);\n" % full)
    return text, grp


@G.pos("unicode_escapes_json")
def unicode_escapes_json(g, i):
    tok = g.google_api()
    full, grp = group_split(["\\u%04x" % ord(c) for c in tok], "", 2)
    text = (
        "{\n"
        "  \"maps\": {\n"
        "    \"region\": \"EU\",\n"
        "    \"apiKey\": \"%s\"\n"
        "  }\n"
        "}\n" % full)
    return text, grp


@G.pos("html_comment_break")
def html_comment_break(g, i):
    tok = g.stripe()
    joined, ps = interleave(tok, "<!-- -->", 26)
    text = (
        "<div class=\"admin-debug\" hidden>\n"
        "  <p>Live key (do not copy):</p>\n"
        "  <code>%s</code>\n"
        "</div>\n" % joined)
    return text, ps


@G.pos("markdown_code_spans")
def markdown_code_spans(g, i):
    tok = g.openai("legacy")
    ps = pieces(tok, 4)
    text = (
        "### Temporary access for the hackathon\n"
        "Concatenate these four code spans without spaces: `%s` `%s` `%s` `%s` — key is revoked on Monday.\n"
        % tuple(ps))
    return text, ps


@G.pos("soft_hyphen")
def soft_hyphen(g, i):
    tok = g.anthropic()
    joined, ps = interleave(tok, SHY, 18)
    text = (
        "Notiz aus dem Wiki (Seite \"LLM-Zugänge\"), kopiert:\n"
        "Produktiv-Key für den Support-Bot: %s\n"
        "Bitte nicht in Tickets einfügen.\n" % joined)
    return text, ps


@G.pos("zero_width")
def zero_width(g, i):
    tok = g.github()
    parts = [tok[0:8], tok[8:16], tok[16:24], tok[24:32], tok[32:]]
    joined = parts[0] + ZWSP + parts[1] + ZWJ + parts[2] + ZWNJ + parts[3] + ZWSP + parts[4]
    if len(parts[4]) < 6:
        parts = parts[:3] + [parts[3] + ZWSP + parts[4]]
    text = ("slack message from #deploys (copied):\n"
            "> temp token for the release bot until Vault is back: %s\n"
            "> ping me when done\n" % joined)
    return text, [p for p in parts if len(p) >= 6]


@G.pos("rtl_override")
def rtl_override(g, i):
    tok = g.aws_secret()
    rev = tok[::-1]
    text = (
        "[default]\n"
        "aws_access_key_id = %s\n"
        "aws_secret_access_key = %s%s%s\n" % (g.aws_akid(), RLO, rev, PDF))
    akid = text.split("aws_access_key_id = ")[1].split("\n")[0]
    return text, [akid, rev]


@G.pos("math_monospace")
def math_monospace(g, i):
    tok = g.slack_bot()
    m = mono(tok)
    text = ("Posted in a public Discord by mistake, formatted with a \"fancy text\" generator:\n"
            "our slack bot token is %s lol\n" % m)
    return text, [m]


@G.pos("fullwidth")
def fullwidth_case(g, i):
    tok = g.google_api()
    fw = fullwidth(tok)
    text = ("请在地图组件里使用这个密钥（全角输入法打出来的，记得转半角）：\n%s\n" % fw)
    return text, [fw]


@G.pos("cyrillic_homoglyph")
def cyrillic_homoglyph(g, i):
    tok = g.stripe()
    out = []
    n = 0
    for c in tok:
        if c in CYR and n < 8 and g.r.random() < 0.5:
            out.append(CYR[c])
            n += 1
        else:
            out.append(c)
    h = "".join(out)
    if h == tok:
        h = tok[:3] + "\u0455" + tok[4:]
    text = ("STRIPE_SECRET_KEY=%s\n"
            "# ^ looks normal but the linter says \"not a valid key\" – the letters came from a PDF\n" % h)
    return text, [h]


@G.pos("greek_homoglyph")
def greek_homoglyph(g, i):
    ak, sk = g.aws_akid(), g.aws_secret()
    h = "".join(GRK.get(c, c) for c in ak)
    text = ("$ cat creds.txt\n"
            "AccessKeyId:     %s\n"
            "SecretAccessKey: %s\n" % (h, sk))
    return text, [h, sk]


@G.pos("rot13_hint")
def rot13_hint(g, i):
    tok = g.slack_user()
    r = codecs.encode(tok, "rot13")
    text = ("Puzzle for the team offsite! rot13 this and you get our workspace admin token (valid until Friday):\n"
            "%s\n" % r)
    return text, [r]


@G.pos("spelled_separators")
def spelled_separators(g, i):
    tok = g.stripe()[:40]
    full, grp = group_split(list(tok), "-", 3)
    text = ("Reading it out over the phone to the on-call, letter by letter:\n"
            "\"%s\"\n(the rest of the key is in the 1Password vault)\n" % full)
    return text, grp


@G.pos("url_fragment")
def url_fragment(g, i):
    jwt = g.jwt({"iss": "https://login.%s/" % g.company(), "sub": g.uuid(), "aud": "spa-client",
                 "iat": 1717000000, "exp": 1717003600, "scope": "openid profile admin"}, "RS256", kid=g.hex(16))
    text = ("Browser history export (Chrome):\n"
            "2024-05-29 16:41:02  https://admin.%s/callback#access_token=%s&token_type=Bearer&expires_in=3600&state=%s\n"
            % (g.company(), jwt, g.hex(16)))
    return text, [jwt]


@G.pos("data_uri")
def data_uri(g, i):
    tok = g.github()
    enc = base64.b64encode(("GITHUB_TOKEN=%s\nGH_HOST=github.com\n" % tok).encode()).decode()
    text = ("<a download=\"ci.env\" href=\"data:text/plain;base64,%s\">download env</a>\n" % enc)
    return text, [enc]


@G.pos("double_url_encoding")
def double_url_encoding(g, i):
    pw = g.password("awk")
    once = urllib.parse.quote(pw, safe="")
    twice = urllib.parse.quote(once, safe="")
    text = ("GET /sso/redirect?next=https%%3A%%2F%%2Fbi.%s%%2Flogin%%3Fuser%%3Dreporting%%26pass%%3D%s HTTP/1.1\n"
            "Host: sso.%s\nUser-Agent: Mozilla/5.0\n" % (g.company(), twice, g.company()))
    return text, [twice]


@G.pos("base64_twice")
def base64_twice(g, i):
    tok = g.vault()
    once = base64.b64encode(tok.encode()).decode()
    twice = base64.b64encode(once.encode()).decode()
    text = ("# entrypoint.sh\n"
            "export VAULT_TOKEN=$(echo '%s' | base64 -d | base64 -d)\n"
            "exec vault agent -config=/etc/vault/agent.hcl\n" % twice)
    return text, [twice]


@G.pos("triple_encoding")
def triple_encoding(g, i):
    tok = g.sendgrid()
    hexed = base64.b64encode(urllib.parse.quote(tok, safe="").encode()).hex()
    full, grp = group_split(list(pieces(hexed, 3)), "", 3)
    text = ("Malware config blob (hex → base64 → urlencoded) recovered from the sample:\n"
            "cfg = bytes.fromhex(\"%s\")\n" % hexed)
    return text, grp


@G.pos("totp_qr_dump")
def totp_qr_dump(g, i):
    sec = g.totp_secret()
    text = ("$ zbarimg --raw ~/Desktop/mfa-setup.png\n"
            "otpauth://totp/Fernhill%%20VPN:ops-admin?secret=%s&issuer=Fernhill%%20VPN&algorithm=SHA1&digits=6&period=30\n"
            "scanned 1 barcode symbols from 1 images in 0.04 seconds\n" % sec)
    return text, [sec]


@G.pos("csv_doubled_quotes")
def csv_doubled_quotes(g, i):
    tok = g.openai()
    pw = g.password("alnum")
    text = ("id,name,config,updated_at\n"
            "17,summarizer,\"{\"\"provider\"\":\"\"openai\"\",\"\"api_key\"\":\"\"%s\"\"}\",2024-06-01\n"
            "18,mailer,\"{\"\"smtp_user\"\":\"\"noreply\"\",\"\"smtp_pass\"\":\"\"%s\"\"}\",2024-06-03\n" % (tok, pw))
    return text, [tok, pw]


@G.pos("string_concat_js")
def string_concat_js(g, i):
    tok = g.github("gho")
    a, b, c = pieces(tok, 3)
    text = ("const GH =\n"
            "  '%s' +\n"
            "  '%s' +\n"
            "  '%s';\n"
            "module.exports = { GH };\n" % (a, b, c))
    return text, [a, b, c]


@G.pos("printf_pieces")
def printf_pieces(g, i):
    tok = g.slack_bot()
    a, b, c = tok.split("-", 1)[0] + "-" + tok.split("-")[1], tok.split("-")[2], tok.split("-")[3]
    text = ("#!/bin/sh\n"
            "T=$(printf '%%s-%%s-%%s' '%s' '%s' '%s')\n"
            "curl -s -H \"Authorization: Bearer $T\" https://slack.com/api/auth.test\n" % (a, b, c))
    return text, [a, b, c]


@G.pos("sql_concat")
def sql_concat(g, i):
    ak, sk = g.aws_akid(), g.aws_secret()
    x, y = pieces(sk, 2)
    text = ("-- Redshift COPY, creds assembled so the query log looks boring\n"
            "COPY events FROM 's3://raw-events/2024/06/'\n"
            "CREDENTIALS 'aws_access_key_id=' || 'AKIA' || '%s' || ';aws_secret_access_key=' || '%s' || '%s'\n"
            "FORMAT AS JSON 'auto';\n" % (ak[4:], x, y))
    return text, [ak[4:], x, y]


@G.pos("percent_every_char")
def percent_every_char(g, i):
    tok = g.gitlab()
    full, grp = group_split(["%%%02X" % ord(c) for c in tok], "", 2)
    text = ("Proxy log: GET /api/v4/projects?private_token=%s&per_page=100 200 1432ms\n" % full)
    return text, grp


@G.pos("base32_env")
def base32_env(g, i):
    tok = g.hf()
    enc = base64.b32encode(tok.encode()).decode().rstrip("=")
    text = ("# .envrc (base32 so it isn't grep-able)\n"
            "export HF_TOKEN=$(echo %s | base32 -d 2>/dev/null)\n" % enc)
    return text, [enc]


# ------------------------------------------------------------- negatives
@G.neg("reversed_py")
def n_rev(g, i):
    return ("# tests/test_strings.py\n"
            "def test_reverse():\n"
            "    assert \"YEK_IPA_RUOY\"[::-1] == \"YOUR_API_KEY\"\n"
            "    assert \"olleh\"[::-1] == \"hello\"\n")


@G.neg("base64_text")
def n_b64(g, i):
    s = base64.b64encode("Hello, world! This is just a greeting from the docs.".encode()).decode()
    return "Example from the base64 chapter:\n\n    $ echo %s | base64 -d\n    Hello, world! This is just a greeting from the docs.\n" % s


@G.neg("hex_dump")
def n_hex(g, i):
    return ("$ xxd -l 32 logo.png\n"
            "00000000: 8950 4e47 0d0a 1a0a 0000 000d 4948 4452  .PNG........IHDR\n"
            "00000010: 0000 0200 0000 0200 0806 0000 00f4 78d4  ..............x.\n")


@G.neg("chr_list_py")
def n_chr(g, i):
    return ("# exercise 4: decode the message\n"
            "codes = [104, 101, 108, 108, 111, 32, 119, 111, 114, 108, 100]\n"
            "print(''.join(chr(c) for c in codes))  # -> hello world\n")


@G.neg("rot13_hint")
def n_rot(g, i):
    return ("Riddle of the day (rot13 so you don't see the answer): Jul qvq gur fpnerpebj jva na njneq? "
            "Orpnhfr ur jnf bhgfgnaqvat va uvf svryq.\n")


@G.neg("fullwidth_text")
def n_fw(g, i):
    return ("会社名：ＡＢＣ商事株式会社\n所在地：東京都千代田区（本社ビル３Ｆ受付）\n"
            "営業時間：平日９：００〜１８：００（土日祝休み）\n"
            "※全角英数字で入力された社名・住所はシステム側で半角に変換されます。\n")


@G.neg("zero_width_text")
def n_zw(g, i):
    return ("Family emoji uses joiners: 👨\u200d👩\u200d👧 and the rainbow flag is 🏳\ufe0f\u200d🌈. "
            "In Hindi, क्\u200dष shows a half-form. These zero-width joiners are normal text shaping.\n")


@G.neg("homoglyph_domain")
def n_hg(g, i):
    return ("Security awareness slide: the link text said \"paypal\" but the domain was written with a "
            "Cyrillic \"р\" and \"а\" (U+0440, U+0430). Always check the punycode form (xn--…) before you log in.\n")
