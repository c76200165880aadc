'use strict'
// The ONNX PII classifier through Node.
const test = require('node:test')
const assert = require('node:assert')
const path = require('node:path')
const { execFileSync } = require('node:child_process')
const { Scrubber } = require('../lib')

// ONNX Runtime from SCRUBLINE_ORT_LIB or the onnxruntime-node devDependency.
const runtime = process.env.SCRUBLINE_ORT_LIB || (() => { try { return require.resolve('onnxruntime-node') } catch { return undefined } })()
test('classifier redacts names, addresses and organisations', { skip: !runtime && 'no ONNX Runtime (SCRUBLINE_ORT_LIB, onnxruntime-node)' }, () => {
  const s = new Scrubber({ classifier: {} })
  const text = "Please email Maria Gonzalez at 42 Elm Street, Springfield about Acme Corp's invoice"
  const r = s.redact(text)
  for (const label of ['[PERSON]', '[STREET_ADDRESS]', '[ORGANIZATION]']) assert.ok(r.text.includes(label), r.text)
  const person = r.findings.find(f => f.entity === 'PERSON')
  assert.strictEqual(text.slice(person.start, person.end), 'Maria Gonzalez')
  assert.strictEqual(r.report.models.length, 1)
})

test('createStream runs the classifier and matches one-shot output', { skip: !runtime && 'no ONNX Runtime (SCRUBLINE_ORT_LIB, onnxruntime-node)' }, async () => {
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

test('finds ONNX Runtime in onnxruntime-node without SCRUBLINE_ORT_LIB or Python', () => {
  // A child process with neither the variable nor python3 on PATH: only
  // the onnxruntime-node package (a devDependency) can supply the library.
  const env = { ...process.env, PATH: '/nonexistent' }
  delete env.SCRUBLINE_ORT_LIB
  delete env.VIRTUAL_ENV
  const script = `const { Scrubber } = require(${JSON.stringify(path.join(__dirname, '..', 'lib'))})
    const s = new Scrubber({ classifier: {} })
    process.stdout.write(s.redact('Please email Maria Gonzalez about the invoice').text)`
  const out = execFileSync(process.execPath, ['-e', script], { env, encoding: 'utf8' })
  assert.strictEqual(out, 'Please email [PERSON] about the invoice')
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
