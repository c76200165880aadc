// The classifier module ('scrubline-wasm/classifier') under Node: the
// embedded portable model redacts names the patterns cannot, reports the
// model's digest, streams agree with one-shot calls, and `classifier: null`
// turns it off.
import test from 'node:test'
import assert from 'node:assert'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import init, { Scrubber } from '../js/classifier-node.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const config = JSON.parse(fs.readFileSync(path.join(here, '..', '..', '..', 'models', 'pii-tagger', 'config.json'), 'utf8'))
await init()
const scrubber = new Scrubber()

test('names, places and organisations are redacted beside patterns', () => {
  const r = scrubber.redact('Please email Maria Gonzalez at 42 Elm Street, Springfield about Acme Corp\'s invoice, or mail maria@example.com')
  for (const gone of ['Maria Gonzalez', '42 Elm Street', 'Acme Corp', 'maria@example.com']) {
    assert.ok(!r.text.includes(gone), `${gone} left in ${r.text}`)
  }
  const person = r.findings.find(f => f.entity === 'PERSON')
  assert.strictEqual(person.ruleId, 'classifier.person')
  assert.deepStrictEqual(r.report.models.map(m => [m.name, m.version, m.sha256]),
    [[config.name, config.version, config.portable_model_sha256]])
})

test('offsets are JS string indices', () => {
  const text = '😀 Hi, I am Maria Gonzalez.'
  const p = scrubber.redact(text).findings.find(f => f.entity === 'PERSON')
  assert.strictEqual(text.slice(p.start, p.end), 'Maria Gonzalez')
})

test('streams give the one-shot result', () => {
  const text = 'Hello team.\nPlease ask Priya Raghunathan to review the contract with Siemens AG.\nThanks, Tom'
  const once = scrubber.redact(text).text
  const s = scrubber.createStream()
  let streamed = ''
  for (let i = 0; i < text.length; i += 7) streamed += s.feed(text.slice(i, i + 7))
  streamed += s.finish()
  assert.strictEqual(streamed, once)
  assert.ok(!once.includes('Raghunathan'), once)
})

test('classifier: null runs patterns only', () => {
  const r = new Scrubber({ classifier: null }).redact('Please email Maria Gonzalez at maria@example.com')
  assert.ok(r.text.includes('Maria Gonzalez'), r.text)
  assert.ok(!r.text.includes('maria@example.com'), r.text)
  assert.deepStrictEqual(r.report.models, [])
})

test('a 4 KiB prompt (timing printed)', () => {
  const para = 'Hi team, Maria Gonzalez from Acme Corp in Madrid asked about the invoice; please call her back tomorrow. '
  const text = para.repeat(Math.ceil(4096 / para.length)).slice(0, 4096)
  scrubber.redact(text)
  const runs = []
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now()
    scrubber.redact(text)
    runs.push(performance.now() - t0)
  }
  runs.sort((a, b) => a - b)
  console.log(`# classifier module, 4 KiB prompt under Node: median ${runs[5].toFixed(1)} ms, max ${runs[9].toFixed(1)} ms`)
})
