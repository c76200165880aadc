#!/usr/bin/env node
'use strict'
// Batch against a loop, one run: for short rows (100k x 64 B), medium rows
// (10k x 1 KiB) and long rows (200 x 64 KiB) of the mixed corpus
// (benches/corpus.py), a loop of `redact` calls, `redactBatchSync` and
// `await redactBatch`, each best of 3 after a warm-up; prints rows/s, MB/s
// and each batch's speed relative to the loop. With --json, one JSON
// object instead of the table.
//
//   (cd bindings/node && npm install && npm run build) && node benches/node/batch.js
//   node benches/node/batch.js --rows 64:20000   # only that size, that many rows

const os = require('node:os')
const path = require('node:path')

const { ROOT, corpus, best } = require('./common')
const { Scrubber } = require(path.join(ROOT, 'bindings', 'node', 'lib'))

const SHAPES = [[64, 100_000], [1024, 10_000], [65536, 200]]

/** `count` rows of about `size` bytes, cut from the corpus (wrapping round). */
function rows (text, size, count) {
  const out = []
  let at = 0
  while (out.length < count) {
    if (at + size > text.length) at = 0
    out.push(text.slice(at, at + size))
    at += size
  }
  return out
}

function parseArgs (argv) {
  const shapes = []
  let json = false
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--json') json = true
    else if (argv[i] === '--rows') shapes.push(argv[++i].split(':').map(Number))
    else throw new Error(`unknown argument ${argv[i]}`)
  }
  return { shapes: shapes.length ? shapes : SHAPES, json }
}

async function main () {
  const { shapes, json } = parseArgs(process.argv.slice(2))
  const text = corpus(4)
  const scrubber = new Scrubber()
  const ways = {
    loop: texts => { for (const t of texts) scrubber.redact(t) },
    redactBatchSync: texts => scrubber.redactBatchSync(texts),
    redactBatch: texts => scrubber.redactBatch(texts)
  }
  const results = []
  for (const [size, count] of shapes) {
    const texts = rows(text, size, count)
    const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0)
    const seconds = {}
    for (const [name, fn] of Object.entries(ways)) seconds[name] = await best(() => fn(texts), 3, 1)
    for (const [name, s] of Object.entries(seconds)) {
      results.push({ size, count, way: name, seconds: s, rowsPerSecond: count / s, mbPerSecond: bytes / s / 1e6, vsLoop: seconds.loop / s })
    }
  }
  const header = `Node ${process.version}, ${os.cpus().length} cores, backend ${scrubber.backend}; mixed corpus rows; best of 3 after a warm-up.`
  if (json) {
    process.stdout.write(JSON.stringify({ header, results }, null, 2) + '\n')
    return
  }
  const lines = [
    header,
    '',
    '| rows | way | rows/s | MB/s | vs loop |',
    '|---|---|---:|---:|---:|',
    ...results.map(r => `| ${r.count} x ${r.size} B | ${r.way} | ${Math.round(r.rowsPerSecond)} | ${r.mbPerSecond.toFixed(1)} | ${r.vsLoop.toFixed(2)}x |`)
  ]
  process.stdout.write(lines.join('\n') + '\n')
}

main().catch(e => { console.error(e); process.exit(1) })
