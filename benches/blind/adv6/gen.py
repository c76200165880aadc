#!/usr/bin/env python3
"""Build cases.jsonl (deterministic: random.Random(6))."""
import collections, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_a, gen_b, gen_c  # noqa: E402  (order matters: shared RNG)
from gen_a import CASES

counter = collections.Counter()
out = []
for c in CASES:
    form = c['form']
    kind = 'p' if c['secrets'] else 'n'
    counter[form, kind] += 1
    cid = f"{form.replace('/', '.')}.{kind}{counter[form, kind]:02d}"
    for s in c['secrets']:
        assert s and s in c['text'], (cid, s)
        assert len(s) >= 4, (cid, s)
    assert len(set(c['secrets'])) == len(c['secrets']), cid
    out.append({"id": cid, "form": form, "text": c['text'], "secrets": c['secrets']})
assert len({o['id'] for o in out}) == len(out)
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'cases.jsonl')
with open(path, 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
groups = collections.defaultdict(lambda: [0, 0])
for o in out:
    groups[o['form'].split('/')[0]][0 if o['secrets'] else 1] += 1
for g, (p, n) in groups.items():
    print(f"{g:12s} pos={p:3d} neg={n:3d}")
print('total', sum(1 for o in out if o['secrets']), 'pos,', sum(1 for o in out if not o['secrets']), 'neg')
