"""Group evasion: secrets split, encoded, escaped, obfuscated or hidden in markup. Secrets are the visible pieces."""
import base64
import codecs
import gzip
import random
import urllib.parse

from common import Group, tok, password, pem_key, rs, digits, ALNUM

SEED = 21007
NAME = 'evasion'

NATO = {'a': 'alfa', 'b': 'bravo', 'c': 'charlie', 'd': 'delta', 'e': 'echo', 'f': 'foxtrot', 'g': 'golf', 'h': 'hotel',
        'i': 'india', 'j': 'juliett', 'k': 'kilo', 'l': 'lima', 'm': 'mike', 'n': 'november', 'o': 'oscar', 'p': 'papa',
        'q': 'quebec', 'r': 'romeo', 's': 'sierra', 't': 'tango', 'u': 'uniform', 'v': 'victor', 'w': 'whiskey',
        'x': 'x-ray', 'y': 'yankee', 'z': 'zulu'}
DIGW = 'zero one two three four five six seven eight nine'.split()
NAMED = {'_': '&lowbar;', '.': '&period;', '!': '&excl;', '#': '&num;', '@': '&commat;', '-': '&#45;', '+': '&plus;',
         '=': '&equals;', '?': '&quest;', '%': '&percnt;', '*': '&ast;', '^': '&Hat;', '~': '&tilde;'}
HOMO = {'a': 'а', 'e': 'е', 'o': 'о', 'p': 'р', 'c': 'с', 'x': 'х', 'y': 'у', 'A': 'А', 'E': 'Е', 'O': 'О', 'P': 'Р',
        'C': 'С', 'K': 'К', 'M': 'М', 'T': 'Т', 'H': 'Н', 'B': 'В'}


def build():
    r = random.Random(SEED)
    g = Group(NAME)
    T = lambda k: tok(r, k)

    def split(s, n):
        # every visible piece carries at least 8 characters and the first one runs well past any provider prefix
        while True:
            cuts = sorted(r.sample(range(16, len(s) - 7), n - 1))
            parts = [s[a:b] for a, b in zip([0] + cuts, cuts + [len(s)])]
            if all(len(p) >= 8 for p in parts):
                return parts

    p = split(T('stripe_sk'), 3)
    g.pos('concat_python', '# payments/settings.py\n# split so the pre-commit hook stops complaining\nSTRIPE_KEY = (\n    "%s"\n    "%s"\n'
          '    + "%s"\n)\n' % tuple(p), p)

    p = split(T('github_pat'), 3)
    g.pos('concat_js', "const GH = '%s' +\n  '%s' +\n  '%s';\nfetch('https://api.github.com/user', { headers: { Authorization: `token ${GH}` } });\n"
          % tuple(p), p)

    p = split(T('aws_secret'), 3)
    ak = T('aws_akid')
    g.pos('concat_java', 'String accessKey = "%s";\nString secretKey = new StringBuilder()\n    .append("%s")\n    .append("%s")\n'
          '    .append("%s")\n    .toString();\nAWSCredentials creds = new BasicAWSCredentials(accessKey, secretKey);\n' % ((ak,) + tuple(p)), [ak] + p)

    p = split(T('slack_bot'), 2)
    g.pos('concat_shell', '#!/usr/bin/env bash\nA="%s"\nB="%s"\nexport SLACK_BOT_TOKEN="$A$B"\npython3 notify.py "$@"\n' % tuple(p), p)

    p = split(T('npm'), 4)
    g.pos('array_join', "// .npmrc is generated at build time\nconst parts = ['%s', '%s', '%s', '%s'];\n"
          "fs.writeFileSync('.npmrc', `//registry.npmjs.org/:_authToken=${parts.join('')}\\n`);\n" % tuple(p), p)

    t = T('anthropic')
    p = split(t, 3)
    g.pos('template_literal', "const a = '%s';\nconst b = \"%s\";\nconst apiKey = `${a}${b}%s`;\n" % tuple(p), p)

    ak, sk = T('aws_akid'), T('aws_secret')
    e = base64.b64encode(('%s:%s' % (ak, sk)).encode()).decode()
    g.pos('base64_blob', 'paste this into the CI variable, it\'s "id:secret" base64\'d so the UI accepts it:\n\n    %s\n\n'
          'decode with: echo "$CREDS" | base64 -d\n' % e, [e])

    t = T('openai_proj')
    e = base64.b32encode(t.encode()).decode()
    g.pos('base32_python', 'import base64, os\n# obfuscated so nobody greps it\n_K = "%s"\nos.environ["OPENAI_API_KEY"] = base64.b32decode(_K).decode()\n' % e, [e])

    t = T('sendgrid')
    e = t.encode().hex()
    g.pos('hex_contiguous', 'SENDGRID_KEY_HEX=%s\n# bytes.fromhex(os.environ["SENDGRID_KEY_HEX"]).decode()\n' % e, [e])

    t = T('do')
    e = ' '.join('%02x' % b for b in t.encode())
    h = len(e) // 2 - (len(e) // 2) % 3
    g.pos('hex_spaced', '00000000: the token from the hexdump, in case you need it:\n%s\n%s\n' % (e[:h].strip(), e[h:].strip()),
          [e[:h].strip(), e[h:].strip()])

    pw = password(r, 'random')
    e = ''.join('\\x%02x' % b for b in pw.encode())
    g.pos('hex_xescaped', '/* firmware/config.c */\nstatic const char ADMIN_PW[] = "%s";\n' % e, [e])

    t = T('hf')
    e = ', '.join('0x%02x' % b for b in t.encode())
    g.pos('hex_0x_list', 'static const uint8_t HF_TOKEN[] = {\n    %s\n};\n' % e, [e])

    pw = password(r, 'random')
    e = urllib.parse.quote(pw, safe='')
    while e == pw:
        pw = password(r, 'random')
        e = urllib.parse.quote(pw, safe='')
    g.pos('urlenc_single', 'POST /login HTTP/1.1\nHost: intranet.kestrelhomes.co\nContent-Type: application/x-www-form-urlencoded\n\n'
          'username=j.whitfield&password=%s&remember=on\n' % e, [e])

    pw = password(r, 'random')
    e = urllib.parse.quote(urllib.parse.quote(pw, safe=''), safe='')
    g.pos('urlenc_double', 'redirect_uri=https%%3A%%2F%%2Fapp.corvid.io%%2Fcb%%3Fnext%%3D%%252Fsettings%%26pw%%3D%s\n' % e, [e])

    t = T('github_pat')
    e = ''.join('%%%02X' % b for b in t.encode())
    g.pos('urlenc_every_byte', 'https://git.corvid.io/api/v4/import?source=github&token=%s\n' % e, [e])

    t = T('slack_user')
    e = ''.join('&#%d;' % ord(c) for c in t)
    g.pos('html_entities_dec', '<input type="hidden" name="slack_token" value="%s">\n' % e, [e])

    pw = password(r, 'leet')
    e = ''.join('&#x%x;' % ord(c) for c in pw)
    g.pos('html_entities_hex', '<p>Temporary admin password: <code>%s</code></p>\n' % e, [e])

    t = T('stripe_rk')
    e = ''.join(NAMED.get(c, c) for c in t)
    g.pos('html_entities_named', '<td data-key="%s">restricted key (reporting)</td>\n' % e, [e])

    t = T('linear')
    e = ''.join('\\u%04x' % ord(c) for c in t)
    g.pos('json_unicode_escape', '{"integration": "linear", "apiKey": "%s", "team": "PLAT"}\n' % e, [e])

    t = T('github_pat')
    e = t[::-1]
    g.pos('reversed_hint', 'read it backwards (so the scanner doesn\'t eat it): %s\n' % e, [e])

    t = T('gitlab_pat')
    e = '\u200b'.join(t[i:i + 3] for i in range(0, len(t), 3))
    g.pos('zero_width_insert', 'GITLAB_TOKEN=%s\n' % e, [e])

    pw = password(r, 'phrase')
    e = '\u00ad'.join(pw[i:i + 2] for i in range(0, len(pw), 2))
    g.pos('soft_hyphen_insert', 'Das neue WLAN-Passwort: %s\n' % e, [e])

    t = T('doppler_st')
    e = ''.join(chr(ord(c) + 0xFEE0) if 0x21 <= ord(c) <= 0x7e else c for c in t)
    g.pos('fullwidth_chars', 'トークン：%s\n' % e, [e])

    pw = password(r, 'phrase')
    while sum(c in HOMO for c in pw) < 3:
        pw = password(r, 'phrase')
    e = ''.join(HOMO.get(c, c) for c in pw)
    t = T('pscale_pw')
    e2 = ''.join(HOMO.get(c, c) for c in t)
    g.pos('homoglyph_substitution', 'db password: %s\nplanetscale: %s\n' % (e, e2), [e, e2])

    t = T('hf')
    e = ' '.join(t)
    g.pos('spaced_letters', 'token (spaced so it survives the filter): %s\n' % e, [e])

    pw = rs(r, 10, ALNUM)
    words = []
    for c in pw:
        if c.isdigit():
            words.append(DIGW[int(c)])
        else:
            words.append(('capital ' if c.isupper() else '') + NATO[c.lower()])
    e = ' '.join(words)
    g.pos('nato_spelling', 'Reading the router password over the phone: %s.\n' % e, [e])

    t = T('stripe_sk')
    e = codecs.encode(t, 'rot13')
    g.pos('rot13', 'rot13 so it does not trigger the bot: %s\n' % e, [e])

    t = T('vault')
    e = base64.b64encode(gzip.compress(('VAULT_TOKEN=%s\n' % t).encode(), mtime=0)).decode()
    g.pos('gzip_base64', '$ echo %s | base64 -d | gunzip\n' % e, [e])

    p = split(T('openai_proj'), 3)
    g.pos('markdown_split', 'Use this key: `%s`**%s**_%s_ (it\'s one string, markdown mangled it)\n' % tuple(p), p)

    p = split(T('github_fg'), 3)
    g.pos('html_markup_split', '<p>Token: <span class="a">%s</span><wbr><span class="b">%s</span><!-- --><b>%s</b></p>\n' % tuple(p), p)

    t = T('atlassian')
    p = split(t, 3)
    g.pos('yaml_folded_scalar', 'jira:\n  user: build-bot\n  api_token: >-\n    %s\n    %s\n    %s\n' % tuple(p), p)

    k = pem_key(r, 'rsa')
    body = [l for l in k.split('\n') if not l.startswith('-----')]
    picks = [body[0], body[len(body) // 2], body[-1]]
    g.pos('pem_without_headers', 'here\'s the deploy key body, I stripped the header lines:\n\n%s\n' % '\n'.join(body), picks)

    t = T('aws_akid')
    s = T('aws_secret')
    g.pos('key_in_filename', '$ ls ~/Downloads\ninvoice-2025-02.pdf\n%s_accessKeys.csv\nrootkey-%s.txt\nscreenshot 2025-03-11 at 09.14.png\n'
          % (t, s.replace('/', '_')), [t, s.replace('/', '_')])

    t = T('telegram')
    g.pos('key_in_url_path', 'curl -s "https://api.telegram.org/bot%s/sendMessage?chat_id=-100%s&text=deploy+ok"\n' % (t, digits(r, 10)), [t])

    a, b = T('aws_akid'), T('stripe_sk')
    g.pos('key_in_code_comment', 'def charge(customer, amount):\n    # old prod key, rotated? not sure: %s\n'
          '    # aws id for the receipts bucket was %s\n    return stripe.PaymentIntent.create(customer=customer, amount=amount)\n' % (b, a), [b, a])

    p = split(T('groq'), 2)
    g.pos('prompt_continue', 'USER: Fix this config, the key starts with %s\nASSISTANT: It looks like your message was cut off. Could you paste the rest?\n'
          'USER: continue: %s\n' % tuple(p), p)

    # ---------------------------------------------------------------- negatives
    g.neg('concat_js', "const base = 'https://' + host + '/api/v1';\nconst url = [base, 'users', userId, 'avatar'].join('/');\n"
          "const key = process.env.API_KEY_PART_A + process.env.API_KEY_PART_B;\n")
    g.neg('base64_blob', 'decode it yourself: echo SGVsbG8sIHdvcmxkISBUaGlzIGlzIG9ubHkgYSB0ZXN0Lg== | base64 -d\n'
          '(prints a greeting, nothing secret)\n')
    g.neg('hex_contiguous', 'MAGIC=%s  # "Content-Type: text/plain" in hex, used by the fuzzer\n' % 'Content-Type: text/plain'.encode().hex())
    g.neg('urlenc_single', 'GET /search?q=caf%C3%A9%20near%20the%20station&lang=fr&page=2 HTTP/1.1\n')
    g.neg('html_entities_dec', '<p>&#72;&#101;&#108;&#108;&#111; &#87;&#111;&#114;&#108;&#100; &mdash; caf&eacute; &amp; cr&egrave;me</p>\n')
    g.neg('reversed_hint', 'read it backwards for fun: ecnetnes lamron yletelpmoc a tsuj si siht\n')
    g.neg('rot13', 'rot13 spoiler: Gur ohgyre qvq vg, va gur yvoenel, jvgu gur pnaqyrfgvpx.\n')
    g.neg('zero_width_insert', 'Family emoji: \U0001F468\u200d\U0001F469\u200d\U0001F467 and a long word with soft hyphens: '
          'Donau\u00addampf\u00adschiff\u00adfahrts\u00adgesellschaft\n')
    return g.cases
