#!/usr/bin/env node
'use strict'
// Node-side throughput, one run: redact / redactAsync MB/s on the mixed
// corpus (benches/corpus.py), and the cost of the Express middleware per
// 4 KiB JSON request (requests/s with vs without it, bounded loop of
// concurrent fetches on loopback). Writes benches/results/node.md.
//
//   (cd bindings/node && npm install && npm run build) && node benches/node/bench.js

const fs = require('node:fs')
const path = require('node:path')

const { ROOT, corpus, best } = require('./common')
const { Scrubber } = require(path.join(ROOT, 'bindings', 'node', 'lib'))
const mw = require(path.join(ROOT, 'bindings', 'node', 'lib', 'middleware'))
const express = require(path.join(ROOT, 'bindings', 'node', 'node_modules', 'express'))

function docs (text, size) {
  const out = []
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size))
  return out
}

async function requestsPerSecond (useMiddleware, body, total = 4000, concurrency = 16) {
  const app = express()
  app.use(express.json({ limit: '1mb' }))
  if (useMiddleware) app.use(mw.express({ scrubber: new Scrubber() }))
  app.post('/v1/chat', (req, res) => res.json({ ok: true }))
  const server = app.listen(0, '127.0.0.1')
  await new Promise(resolve => server.once('listening', resolve))
  const url = `http://127.0.0.1:${server.address().port}/v1/chat`
  const payload = JSON.stringify(body)
  let sent = 0
  const worker = async () => {
    while (sent < total) {
      sent++
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: payload })
      await res.arrayBuffer()
    }
  }
  const t = process.hrtime.bigint()
  await Promise.all(Array.from({ length: concurrency }, worker))
  const seconds = Number(process.hrtime.bigint() - t) / 1e9
  server.close()
  return total / seconds
}

async function main () {
  const text = corpus(4)
  const bytes = Buffer.byteLength(text)
  const scrubber = new Scrubber({ max_input_bytes: 64 << 20 })
  const small = docs(text, 4096)
  const rows = []
  rows.push(['redact, one 4 MB text', bytes / await best(() => scrubber.redact(text)) / 1e6])
  rows.push(['redact, 4 KiB documents one by one', bytes / await best(() => { for (const d of small) scrubber.redact(d) }) / 1e6])
  rows.push(['redactAsync, 4 KiB documents, all in flight', bytes / await best(() => Promise.all(small.map(d => scrubber.redactAsync(d)))) / 1e6])
  rows.push(['redactBatch, 4 KiB documents', bytes / await best(() => scrubber.redactBatch(small)) / 1e6])
  const body = { model: 'gpt-4o', messages: [{ role: 'user', content: small[1] }] }
  await requestsPerSecond(false, body, 500) // warm up
  const without = await requestsPerSecond(false, body)
  const withMw = await requestsPerSecond(true, body)
  const lines = [
    `Node ${process.version}, ${require('node:os').cpus().length} cores; mixed corpus (benches/corpus.py), backend ${scrubber.backend}; best of 3.`,
    '',
    '| measure | value |',
    '|---|---:|',
    ...rows.map(([name, mbps]) => `| ${name} | ${mbps.toFixed(1)} MB/s |`),
    `| Express, 4 KiB chat request, without middleware | ${without.toFixed(0)} req/s |`,
    `| Express, 4 KiB chat request, with scrubline middleware | ${withMw.toFixed(0)} req/s (${(withMw / without).toFixed(2)}x; ${((1 / withMw - 1 / without) * 1e6).toFixed(0)} µs added per request) |`
  ]
  const report = lines.join('\n') + '\n'
  process.stdout.write(report)
  fs.writeFileSync(path.join(ROOT, 'benches', 'results', 'node.md'), report)
}

main().catch(e => { console.error(e); process.exit(1) })
