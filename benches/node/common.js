'use strict'
// What the Node benches share: the mixed corpus (benches/corpus.py, cached
// under benches/data) and best-of-N timing.

const fs = require('node:fs')
const path = require('node:path')
const { execFileSync } = require('node:child_process')

const ROOT = path.join(__dirname, '..', '..')

/** The mixed corpus of `mb` MB, generated once. */
function corpus (mb) {
  const file = path.join(ROOT, 'benches', 'data', `mixed-${mb}mb.txt`)
  if (!fs.existsSync(file)) execFileSync('python3', [path.join(ROOT, 'benches', 'corpus.py'), '--size-mb', String(mb), '--out', file])
  return fs.readFileSync(file, 'utf8')
}

/** The fastest of `runs` runs of `fn` in seconds, after `warmup` untimed runs. */
async function best (fn, runs = 3, warmup = 0) {
  for (let i = 0; i < warmup; i++) await fn()
  let min = Infinity
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint()
    await fn()
    min = Math.min(min, Number(process.hrtime.bigint() - t) / 1e9)
  }
  return min
}

module.exports = { ROOT, corpus, best }
