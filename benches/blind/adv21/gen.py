#!/usr/bin/env python3
"""Build and validate blind adversarial set adv21.

    python3 gen.py          build every group twice (determinism), validate, write cases.jsonl
    python3 gen.py --check  build twice and validate only; if cases.jsonl exists it must match the build
"""
import importlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.join(HERE, 'cases.jsonl')

GROUPS = [('saas_tokens', 21001), ('app_configs', 21002), ('http_logs', 21003), ('chat_languages', 21004),
          ('pii_documents', 21005), ('data_files', 21006), ('evasion', 21007), ('neg', 21008)]
KEYS = ['id', 'group', 'form', 'text', 'secrets']
ID_RE = re.compile(r'^([a-z0-9_]+)\.([a-z0-9_]+)\.([pn])(\d{2,})$')
PLACEHOLDER = ('EXAMPLE', 'XXXX', 'YOUR-', 'YOUR_', 'CHANGEME', '${', '<YOUR', '1234567')

EMAIL_RE = re.compile(r'[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}')
IPV4_RE = re.compile(r'(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?!\.?\d)')
DIGRUN_RE = re.compile(r'(?<!\d)\d{13,19}(?!\d)')
GROUPED_RE = re.compile(r'(?<![\d])\d{2,6}(?:[ -]\d{2,6}){2,5}(?![\d])')
PROVIDER_RES = [re.compile(p) for p in [
    r'gh[pousr]_[A-Za-z0-9]{36}', r'github_pat_[A-Za-z0-9_]{60,}', r'gl(?:pat|rt|dt)-[A-Za-z0-9_-]{20}',
    r'xox[abposr]-\d', r'xapp-\d-', r'hooks\.slack\.com/services/T[A-Z0-9]+/B',
    r'(?:AKIA|ASIA)[A-Z2-7]{16}', r'AIza[0-9A-Za-z_-]{35}', r'sk-(?:proj|svcacct|ant-api03)-[A-Za-z0-9_-]{20,}',
    r'sk-[A-Za-z0-9]{32,}', r'[sr]k_live_[0-9A-Za-z]{20,}', r'whsec_[A-Za-z0-9]{24,}', r'hf_[A-Za-z]{34}',
    r'SG\.[\w-]{22}\.[\w-]{43}', r'npm_[A-Za-z0-9]{36}', r'pypi-AgEI[\w-]{50,}', r'dckr_pat_[\w-]{20,}',
    r'shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}', r'dop_v1_[a-f0-9]{64}', r'lin_api_[A-Za-z0-9]{40}', r'ntn_[A-Za-z0-9]{40,}',
    r'secret_[A-Za-z0-9]{43}', r'figd_[\w-]{40}', r'nfp_[A-Za-z0-9]{36}', r'HRKU-[\w-]{20,}', r'sbp_[a-f0-9]{40}',
    r'pscale_(?:tkn|pw)_\w{30,}', r'tskey-(?:auth|api)-[A-Za-z0-9-]{20,}', r'hvs\.[\w-]{24,}', r'\.atlasv1\.[A-Za-z0-9]{60,}',
    r'dp\.(?:st|pt)\.[\w.]{40,}', r'glsa_[A-Za-z0-9]{32}_[a-f0-9]{8}', r'CFPAT-[\w-]{43}', r'PMAK-[a-f0-9]{24}-[a-f0-9]{34}',
    r'phx_[A-Za-z0-9]{40,}', r'r8_[A-Za-z0-9]{37}', r'gsk_[A-Za-z0-9]{52}', r'pcsk_[A-Za-z0-9_]{50,}', r'sntry[us]_[\w=]{40,}',
    r'CCIPAT_\w{20,}', r'bkua_[a-f0-9]{40}', r'rubygems_[a-f0-9]{48}', r'oy2[a-z0-9]{43}', r'ATATT3[\w=-]{100,}',
    r'EAAA[\w-]{60}', r'access_token\$production\$', r'rzp_live_[A-Za-z0-9]{14}', r'FLWSECK-[a-f0-9]{32}', r'squ_[a-f0-9]{40}',
    r'AKCp[A-Za-z0-9]{60,}', r'AccountKey=[A-Za-z0-9+/=]{80,}', r'[A-Za-z0-9]{3}8Q~[\w~.-]{34}', r'AAAA[\w-]{7}:APA91b',
    r'sl\.B[\w-]{100,}', r'pul-[a-f0-9]{40}', r'dapi[a-f0-9]{32}', r'pnu_[A-Za-z0-9]{36}', r'AGE-SECRET-KEY-1[0-9A-Z]{50,}',
    r'eyJ[\w-]{10,}\.eyJ[\w-]{10,}\.[\w-]{10,}', r'-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----', r'(?<!\d)\d{8,10}:AA[\w-]{33}',
    r'discord(?:app)?\.com/api/webhooks/\d+/[\w-]{60,}', r'key-[a-f0-9]{32}', r'xkeysib-[a-f0-9]{64}', r'mlsn\.[a-f0-9]{64}',
    r'NRAK-[A-Z0-9]{27}', r're_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}', r'sk_[a-f0-9]{48}', r'tfp_[A-Za-z0-9]{44}',
    r'ATBB[A-Za-z0-9]{32}', r'ico-[A-Za-z0-9]{32}', r'rnd_[A-Za-z0-9]{32}', r'FlyV1 fm2_', r'ops_eyJ', r'cmVmdGtu',
    r'sk\.eyJ1', r'\b(?:AC|SK)[a-f0-9]{32}\b', r'[a-z][a-z0-9+.-]*://[^\s:/@]+:(?!\*+@)[^\s@/]+@', r'npg_[A-Za-z0-9]{12}',
    r'whsec_', r'dapi[a-f0-9]{8}', r'hvs\.CAES']]


def luhn_ok(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        t += d
    return t % 10 == 0


def build_all():
    cases, counts = [], {}
    for name, seed in GROUPS:
        mod = importlib.import_module('g_' + name)
        if getattr(mod, 'SEED', None) != seed:
            raise SystemExit('g_%s.SEED must be %d' % (name, seed))
        cs = mod.build()
        counts[name] = (sum(1 for c in cs if c['secrets']), sum(1 for c in cs if not c['secrets']))
        cases.extend(cs)
    return cases, counts


def negative_problems(text, pos_secrets):
    out = []
    for m in EMAIL_RE.finditer(text):
        out.append('e-mail ' + m.group())
    for m in IPV4_RE.finditer(text):
        out.append('ipv4 ' + m.group())
    for rx in (DIGRUN_RE, GROUPED_RE):
        for m in rx.finditer(text):
            d = re.sub(r'\D', '', m.group())
            if 13 <= len(d) <= 19 and luhn_ok(d):
                out.append('luhn run ' + m.group())
    for rx in PROVIDER_RES:
        m = rx.search(text)
        if m:
            out.append('provider token /%s/ %r' % (rx.pattern, m.group()[:40]))
    for s in pos_secrets:
        if s in text:
            out.append('contains positive secret %r' % s[:40])
    return out


def validate(cases, counts):
    errs, seen = [], set()
    pos_secrets = sorted({s for c in cases for s in c['secrets']}, key=len)
    for c in cases:
        cid = c.get('id', '?')
        if list(c.keys()) != KEYS:
            errs.append('%s: key order %s' % (cid, list(c.keys())))
            continue
        m = ID_RE.match(cid)
        if not m:
            errs.append('%s: bad id' % cid)
            continue
        if cid in seen:
            errs.append('%s: duplicate id' % cid)
        seen.add(cid)
        g, form, kind = m.group(1), m.group(2), m.group(3)
        if c['group'] != g or c['form'] != '%s/%s' % (g, form):
            errs.append('%s: group/form mismatch' % cid)
        if not isinstance(c['text'], str) or not c['text'].strip():
            errs.append('%s: empty text' % cid)
            continue
        secs = c['secrets']
        if not isinstance(secs, list) or any(not isinstance(s, str) for s in secs):
            errs.append('%s: secrets not a list of strings' % cid)
            continue
        if kind == 'p':
            if not secs:
                errs.append('%s: positive without secrets' % cid)
            for s in secs:
                if len(s) < 6:
                    errs.append('%s: secret shorter than 6: %r' % (cid, s))
                if s not in c['text']:
                    errs.append('%s: secret not in text: %r' % (cid, s[:50]))
                bad = [p for p in PLACEHOLDER if p in s.upper()]
                if bad:
                    errs.append('%s: placeholder fragment %s in secret %r' % (cid, bad, s[:50]))
        else:
            if secs:
                errs.append('%s: negative with secrets' % cid)
            for p in negative_problems(c['text'], pos_secrets):
                errs.append('%s: negative has %s' % (cid, p))
    for name, _ in GROUPS:
        p, n = counts.get(name, (0, 0))
        if name == 'neg':
            if p or n != 32:
                errs.append('neg: want 0/32, have %d/%d' % (p, n))
        elif not (33 <= p <= 37 and n == 8):
            errs.append('%s: want 33-37 positives and 8 negatives, have %d/%d' % (name, p, n))
    return errs


def dump(cases):
    return ''.join(json.dumps(c, ensure_ascii=False) + '\n' for c in cases)


def main(argv):
    check = '--check' in argv
    a, counts = build_all()
    b, _ = build_all()
    if dump(a) != dump(b):
        raise SystemExit('FAIL: two in-process builds differ (non-deterministic generator)')
    errs = validate(a, counts)
    if check and os.path.exists(OUT):
        with open(OUT, encoding='utf-8') as f:
            disk = f.read()
        if disk != dump(a):
            errs.append('cases.jsonl differs from a fresh build (run python3 gen.py)')
        on_disk = [json.loads(l) for l in disk.splitlines() if l.strip()]
        errs += ['cases.jsonl: ' + e for e in validate(on_disk, counts)]
    for e in errs:
        print('ERROR', e)
    if errs:
        raise SystemExit('FAIL: %d problem(s)' % len(errs))
    if not check:
        with open(OUT, 'w', encoding='utf-8') as f:
            f.write(dump(a))
    tp = sum(p for p, _ in counts.values())
    tn = sum(n for _, n in counts.values())
    for name, _ in GROUPS:
        print('%-15s %3d positives %3d negatives' % (name, counts[name][0], counts[name][1]))
    print('%-15s %3d positives %3d negatives  (%d cases, %d secrets)%s' % (
        'total', tp, tn, len(a), sum(len(c['secrets']) for c in a), '' if check else ' -> ' + OUT))
    print('OK: deterministic, all checks pass')


if __name__ == '__main__':
    main(sys.argv[1:])
