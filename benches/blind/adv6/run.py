#!/usr/bin/env python3
"""Run the adv6 blind adversarial set against a scrubline binary.

usage: python3 run.py BIN [--show] [--cases PATH]

For every case in cases.jsonl, runs `BIN redact` once (stdin = text, 10 s timeout).
  positive (secrets non-empty): passes when every listed value is absent from stdout.
  negative (secrets empty):     passes when stdout == stdin (a difference only in
                                trailing newlines is tolerated).
A non-zero exit status or a timeout is a failure for either kind.
Reports per form and per group (the part of form before '/'), then an overall line.
"""
import collections
import json
import os
import subprocess
import sys


def run_case(binary, text):
    try:
        p = subprocess.run([binary, 'redact'], input=text.encode('utf-8'),
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=10)
    except subprocess.TimeoutExpired:
        return None, 'timeout'
    out = p.stdout.decode('utf-8', errors='replace')
    if p.returncode != 0:
        return out, f'exit {p.returncode}: {p.stderr.decode("utf-8", "replace").strip()[:200]}'
    return out, None


def main():
    args = sys.argv[1:]
    if not args or args[0] in ('-h', '--help'):
        print(__doc__)
        sys.exit(2)
    binary = os.path.abspath(args[0])
    show = '--show' in args
    cases_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'cases.jsonl')
    if '--cases' in args:
        cases_path = args[args.index('--cases') + 1]
    cases = [json.loads(l) for l in open(cases_path, encoding='utf-8') if l.strip()]

    per_form = collections.OrderedDict()
    per_group = collections.OrderedDict()
    failures = []
    for c in cases:
        out, err = run_case(binary, c['text'])
        pos = bool(c['secrets'])
        if err:
            ok, why = False, err
            leaked = []
        elif pos:
            leaked = [s for s in c['secrets'] if s in out]
            ok = not leaked
            why = f'leaked {len(leaked)}/{len(c["secrets"])}: ' + ', '.join(repr(s) for s in leaked) if leaked else ''
        else:
            ok = out == c['text'] or out.rstrip('\n') == c['text'].rstrip('\n')
            why = '' if ok else 'output differs from input'
        for key, table in ((c['form'], per_form), (c['form'].split('/')[0], per_group)):
            st = table.setdefault(key, [0, 0, 0, 0])  # pos_ok, pos_n, neg_ok, neg_n
            if pos:
                st[0] += ok
                st[1] += 1
            else:
                st[2] += ok
                st[3] += 1
        if not ok:
            failures.append((c, out, why))

    def fmt(st):
        p = f'{st[0]:3d}/{st[1]:<3d}' if st[1] else '   -   '
        n = f'{st[2]:3d}/{st[3]:<3d}' if st[3] else '   -   '
        return f'pos redacted {p}  neg unchanged {n}'

    print(f'binary: {binary}')
    print(f'cases:  {cases_path} ({len(cases)})')
    print('\n== per form ==')
    w = max(len(k) for k in per_form)
    for k in sorted(per_form):
        print(f'{k:<{w}}  {fmt(per_form[k])}')
    print('\n== per group ==')
    for k in sorted(per_group):
        print(f'{k:<{w}}  {fmt(per_group[k])}')
    tot = [sum(v[i] for v in per_group.values()) for i in range(4)]
    print(f'\nOVERALL: positives fully redacted {tot[0]}/{tot[1]} ({100 * tot[0] / max(tot[1], 1):.1f}%), '
          f'negatives unchanged {tot[2]}/{tot[3]} ({100 * tot[2] / max(tot[3], 1):.1f}%)')

    if show and failures:
        print('\n== failing cases ==')
        for c, out, why in failures:
            print('=' * 100)
            print(f'[{c["id"]}] form={c["form"]}  {why}')
            print('--- input ' + '-' * 40)
            print(c['text'], end='')
            print('--- output ' + '-' * 39)
            print(out if out is not None else '<none>', end='')
    elif failures:
        print('\nfailing ids: ' + ' '.join(c['id'] for c, _, _ in failures))


if __name__ == '__main__':
    main()
