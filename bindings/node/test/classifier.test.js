'use strict'
// The ONNX PII classifier through Node (ONNX Runtime from SCRUBLINE_ORT_LIB,
// which scripts/test sets).
const test = require('node:test')
const assert = require('node:assert')
const { Scrubber } = require('../lib')

const runtime = process.env.SCRUBLINE_ORT_LIB
test('classifier redacts names, addresses and organisations', { skip: !runtime && 'SCRUBLINE_ORT_LIB not set' }, () => {
  const s = new Scrubber({ classifier: {} })
  const text = "Please email Maria Gonzalez at 42 Elm Street, Springfield about Acme Corp's invoice"
  const r = s.redact(text)
  for (const label of ['[PERSON]', '[STREET_ADDRESS]', '[ORGANIZATION]']) assert.ok(r.text.includes(label), r.text)
  const person = r.findings.find(f => f.entity === 'PERSON')
  assert.strictEqual(text.slice(person.start, person.end), 'Maria Gonzalez')
  assert.strictEqual(r.report.models.length, 1)
})

test('createStream runs the classifier and matches one-shot output', { skip: !runtime && 'SCRUBLINE_ORT_LIB not set' }, async () => {
  const s = new Scrubber({ classifier: {} })
  let text = ''
  for (let i = 0; i < 6; i++) {
    text += `Ticket ${i}: Please email Maria Gonzalez about the invoice from Acme Corporation. Dr. Raj Patel met Sarah Johnson in Berlin.\n`
  }
  const whole = s.redact(text).text
  assert.ok(!whole.includes('Maria Gonzalez') && !whole.includes('Sarah Johnson'), whole)
  for (const size of [1, 7, 100, 10000]) {
    const stream = s.createStream()
    const out = []
    stream.on('data', c => out.push(String(c)))
    const done = new Promise((resolve, reject) => { stream.on('end', resolve); stream.on('error', reject) })
    for (let i = 0; i < text.length; i += size) stream.write(text.slice(i, i + size))
    stream.end()
    await done
    assert.strictEqual(out.join(''), whole, `chunks of ${size}`)
  }
})

test('a broken model fails closed with code "model"', () => {
  assert.throws(() => new Scrubber({ classifier: { model_dir: '/nonexistent' } }), e => e.code === 'model')
  const degraded = new Scrubber({ classifier: { model_dir: '/nonexistent' }, allow_degraded: true })
  // Degradation is loud: a 'degraded' event per call, one process warning.
  const events = []
  const warnings = []
  const onWarning = w => { if (w.code === 'SCRUBLINE_DEGRADED') warnings.push(w) }
  process.on('warning', onWarning)
  degraded.on('degraded', (report, operation) => events.push(operation))
  assert.strictEqual(degraded.redact('mail bob@example.com').report.degraded, true)
  degraded.redactJson({ note: 'mail bob@example.com' })
  assert.deepStrictEqual(events, ['redact', 'redact_json'])
  return new Promise(resolve => setImmediate(() => {
    process.off('warning', onWarning)
    assert.strictEqual(warnings.length, 1)
    resolve()
  }))
})
