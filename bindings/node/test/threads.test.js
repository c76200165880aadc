'use strict'
// Many worker threads, each with its own Scrubber over the same addon,
// plus concurrent redactAsync calls on one Scrubber: results identical to
// single-threaded.
const test = require('node:test')
const assert = require('node:assert')
const path = require('node:path')
const { Worker } = require('node:worker_threads')
const { Scrubber } = require('../lib')

const TEXT = 'user bob@example.com key AKIAQYLPMN5HHHFPZAM2 😀 東京 card 4111 1111 1111 1111 '.repeat(50)

test('worker threads agree with the main thread', async () => {
  const want = new Scrubber().redact(TEXT).text
  const code = `
    const { parentPort, workerData } = require('node:worker_threads')
    const { Scrubber } = require(${JSON.stringify(path.join(__dirname, '..', 'lib'))})
    const s = new Scrubber()
    const out = []
    for (let i = 0; i < 50; i++) out.push(s.redact(workerData).text)
    parentPort.postMessage(out)`
  const results = await Promise.all(Array.from({ length: 6 }, () => new Promise((resolve, reject) => {
    const w = new Worker(code, { eval: true, workerData: TEXT })
    w.once('message', resolve)
    w.once('error', reject)
  })))
  for (const out of results) for (const text of out) assert.strictEqual(text, want)
})

test('concurrent redactAsync on one Scrubber', async () => {
  const s = new Scrubber()
  const want = s.redact(TEXT).text
  const got = await Promise.all(Array.from({ length: 64 }, () => s.redactAsync(TEXT)))
  for (const r of got) assert.strictEqual(r.text, want)
})
