"""Value generators and table renderers for the adv6 blind test set."""
import base64
import json
import random
import string

R = random.Random(6)
LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
AL = LOW + UP + DIG


def rs(n, a=AL):
    return ''.join(R.choice(a) for _ in range(n))


def hexs(n):
    return rs(n, '0123456789abcdef')


def b64s(n):
    return rs(n, AL + '+/')


def pw(n=None, sym='!#%^*-_=+.?@~$&'):
    """Random password: mixed case, digits, at least one symbol (if sym)."""
    n = n or R.randint(12, 22)
    while True:
        s = rs(n, AL + sym)
        if (any(c in LOW for c in s) and any(c in UP for c in s)
                and any(c in DIG for c in s)
                and (not sym or any(c in sym for c in s)) and s[0] in AL and s[-1] in AL):
            return s


def uuid():
    h = hexs(32)
    return f'{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}'


def ghp(): return 'ghp_' + rs(36)
def gho(): return 'gho_' + rs(36)
def ghs(): return 'ghs_' + rs(36)
def github_pat(): return 'github_pat_11' + rs(20, UP + DIG) + '_' + rs(59)
def stripe(): return 'sk_live_51' + rs(R.randint(40, 96))
def stripe_short(): return 'sk_live_' + rs(24)
def stripe_rk(): return 'rk_live_51' + rs(R.randint(40, 90))
def slack(): return f'xoxb-{rs(12, DIG)}-{rs(13, DIG)}-{rs(24)}'
def slack_user(): return f'xoxp-{rs(12, DIG)}-{rs(12, DIG)}-{rs(13, DIG)}-{hexs(32)}'
def akia(): return 'AKIA' + rs(16, UP + '234567')
def aws_secret(): return rs(40, AL + '/+')
def openai(): return 'sk-proj-' + rs(R.randint(40, 74), AL + '-_') + 'T3BlbkFJ' + rs(R.randint(40, 74), AL + '-_')
def anthropic(): return 'sk-ant-api03-' + rs(93, AL + '-_') + 'AA'
def sendgrid(): return 'SG.' + rs(22, AL + '-_') + '.' + rs(43, AL + '-_')
def google(): return 'AIza' + rs(35, AL + '-_')
def npm(): return 'npm_' + rs(36)
def glpat(): return 'glpat-' + rs(20, AL + '-_')
def hf(): return 'hf_' + rs(34, LOW + UP)
def mailgun(): return 'key-' + hexs(32)
def twilio_sk(): return 'SK' + hexs(32)
def azure_secret(): return rs(3, AL) + rs(1, DIG) + 'Q~' + rs(34, AL + '-_.~')
def pypi(): return 'pypi-AgEIcHlwaS5vcmc' + rs(R.randint(60, 90), AL + '-_')
def vault_pw(): return 'A1a-' + rs(16, AL)
def heroku_pw(): return 'p' + hexs(64)


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b'=').decode()


def jwt(**claims):
    h = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(',', ':')).encode())
    if not claims:
        claims = {"sub": uuid(), "role": "authenticated", "iat": 1718000000 + R.randint(0, 10**6)}
        claims["exp"] = claims["iat"] + 3600
    p = b64u(json.dumps(claims, separators=(',', ':')).encode())
    return f'{h}.{p}.{rs(43, AL + "-_")}'


def wrap(s, n):
    return [s[i:i + n] for i in range(0, len(s), n)]


# ---------------------------------------------------------------- tables
def _cell_lines(c):
    return c if isinstance(c, list) else [c]


def _isnum(s):
    return isinstance(s, str) and s.replace('.', '', 1).isdigit()


STYLES = {
    'light':          dict(top='┌─┬┐', hv='│││', hsep='├─┼┤', v='│││', rsep=None, bot='└─┴┘'),
    'rich':           dict(top='┏━┳┓', hv='┃┃┃', hsep='┡━╇┩', v='│││', rsep=None, bot='└─┴┘'),
    'rounded':        dict(top='╭─┬╮', hv='│││', hsep='├─┼┤', v='│││', rsep=None, bot='╰─┴╯'),
    'fancy_grid':     dict(top='╒═╤╕', hv='│││', hsep='╞═╪╡', v='│││', rsep='├─┼┤', bot='╘═╧╛'),
    'fancy_outline':  dict(top='╒═╤╕', hv='│││', hsep='╞═╪╡', v='│││', rsep=None, bot='╘═╧╛'),
    'double_grid':    dict(top='╔═╦╗', hv='║║║', hsep='╠═╬╣', v='║║║', rsep='╠═╬╣', bot='╚═╩╝'),
    'double_outline': dict(top='╔═╦╗', hv='║║║', hsep='╠═╬╣', v='║║║', rsep=None, bot='╚═╩╝'),
    'heavy_grid':     dict(top='┏━┳┓', hv='┃┃┃', hsep='┣━╋┫', v='┃┃┃', rsep='┣━╋┫', bot='┗━┻┛'),
    'simple_grid':    dict(top='┌─┬┐', hv='│││', hsep='├─┼┤', v='│││', rsep='├─┼┤', bot='└─┴┘'),
}


def box(headers, rows, style='light', center_head=False, head_rows2=None,
        right_num=False, title=None, indent=''):
    st = STYLES[style]
    allrows = [headers] + ([head_rows2] if head_rows2 else []) + rows
    ncol = len(headers)
    ws = [max(len(l) for r in allrows for l in _cell_lines(r[i])) for i in range(ncol)]

    def hl(spec):
        l, f, m, r = spec
        return l + m.join(f * (w + 2) for w in ws) + r

    def vl(spec, row, center=False):
        l, m, r = spec
        height = max(len(_cell_lines(c)) for c in row)
        out = []
        for k in range(height):
            cells = []
            for i, c in enumerate(row):
                cl = _cell_lines(c)
                t = cl[k] if k < len(cl) else ''
                if center:
                    t = t.center(ws[i])
                elif right_num and _isnum(t):
                    t = t.rjust(ws[i])
                else:
                    t = t.ljust(ws[i])
                cells.append(' ' + t + ' ')
            out.append(l + m.join(cells) + r)
        return out

    lines = []
    if title:
        total = sum(ws) + 3 * ncol + 1
        lines.append(title.center(total).rstrip())
    lines.append(hl(st['top']))
    lines += vl(st['hv'], headers, center_head)
    if head_rows2:
        lines += vl(st['hv'], head_rows2, center_head)
    lines.append(hl(st['hsep']))
    for j, r in enumerate(rows):
        if j and st['rsep']:
            lines.append(hl(st['rsep']))
        lines += vl(st['v'], r)
    lines.append(hl(st['bot']))
    return '\n'.join(indent + l for l in lines)


def duckdb(headers, types, rows):
    return box(headers, rows, 'light', center_head=True, head_rows2=types, right_num=True)


def psql(headers, rows, nrows_footer=True):
    """psql with \\pset linestyle unicode, border 1 (default)."""
    ws = [max(len(str(r[i])) for r in [headers] + rows) for i in range(len(headers))]
    lines = [' ' + ' │ '.join(h.center(ws[i]) for i, h in enumerate(headers)) + ' ']
    lines.append('┼'.join('─' * (w + 2) for w in ws))
    for r in rows:
        lines.append(' ' + ' │ '.join((c.rjust(ws[i]) if _isnum(c) else c.ljust(ws[i]))
                                       for i, c in enumerate(r)) + ' ')
    lines = [l.rstrip() for l in lines]
    if nrows_footer:
        n = len(rows)
        lines.append(f'({n} row{"s" if n != 1 else ""})')
    return '\n'.join(lines)


def psql_expanded(records):
    """psql \\x with unicode linestyle."""
    kw = max(len(k) for rec in records for k, _ in rec)
    vw = max(len(v) for rec in records for _, v in rec)
    out = []
    for n, rec in enumerate(records, 1):
        tag = f'─[ RECORD {n} ]'
        if len(tag) < kw + 1:
            out.append(tag + '─' * (kw + 1 - len(tag)) + '┬' + '─' * (vw + 1))
        else:
            out.append(tag + '─' * (vw + 2))
        for k, v in rec:
            out.append(k.ljust(kw) + ' │ ' + v)
    return '\n'.join(out)


def cols(rows, gap=3, indent=''):
    ws = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return '\n'.join(indent + (' ' * gap).join(c.ljust(ws[i]) for i, c in enumerate(r)).rstrip() for r in rows)


def md(headers, rows, align=None):
    ws = [max(3, *(len(r[i]) for r in [headers] + rows)) for i in range(len(headers))]
    def line(r):
        return '| ' + ' | '.join(c.ljust(ws[i]) for i, c in enumerate(r)) + ' |'
    if align is None:
        sep = '|' + '|'.join('-' * (w + 2) for w in ws) + '|'
    else:
        parts = []
        for a, w in zip(align, ws):
            if a == 'l':
                parts.append(':' + '-' * (w + 1))
            elif a == 'c':
                parts.append(':' + '-' * w + ':')
            else:
                parts.append('-' * (w + 2))
        sep = '|' + '|'.join(parts) + '|'
    return '\n'.join([line(headers), sep] + [line(r) for r in rows])
