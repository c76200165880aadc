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
