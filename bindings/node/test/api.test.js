'use strict'
const test = require('node:test')
const assert = require('node:assert')
const { Readable } = require('node:stream')
const { Scrubber, ScrublineError } = require('../lib')

const AWS = 'AKIAQYLPMN5HHHFPZAM2'
const scrubber = new Scrubber()

test('offsets are JS string indices, with emoji and CJK', () => {
  const text = `😀 東京の田中さん key ${AWS} mail tanaka@example.jp`
  const r = scrubber.redact(text)
  assert.deepStrictEqual(r.findings.map(f => text.slice(f.start, f.end)), [AWS, 'tanaka@example.jp'])
  const bytes = Buffer.from(text)
  assert.strictEqual(bytes.subarray(r.findings[1].byteStart, r.findings[1].byteEnd).toString(), 'tanaka@example.jp')
  assert.strictEqual(r.report.findings, 2)
})

test('errors have codes and never echo input', () => {
  assert.throws(() => new Scrubber({ max_input_bytes: 8 }).redact(AWS), e => e instanceof ScrublineError && e.code === 'input_too_large' && !e.message.includes(AWS))
  assert.throws(() => new Scrubber({ rules: [`format = 1\n[[rules]]\nid = "${AWS}"`] }), e => e.code === 'rule_parse')
  assert.throws(() => new Scrubber({ policy: { pii: 'explode' } }), e => e.code === 'config')
  assert.throws(() => new Scrubber({ unknown_option: 1 }), e => e.code === 'config')
  assert.throws(() => scrubber.redact(null), TypeError)
  assert.throws(() => scrubber.redact(Buffer.from('x')), TypeError)
})

test('batch, JSON and scan agree with redact', () => {
  const texts = [`key ${AWS}`, 'nothing', 'mail a@b.co']
  assert.deepStrictEqual(scrubber.redactBatchSync(texts).map(r => r.text), texts.map(t => scrubber.redact(t).text))
  const j = scrubber.redactJson({ db_password: 'Xk9#mP2$vL7qR4tW', messages: [{ content: `my key ${AWS}` }], n: 3 })
  assert.deepStrictEqual(j.value, { db_password: '[PASSWORD]', messages: [{ content: 'my key [AWS_ACCESS_KEY_ID]' }], n: 3 })
  assert.deepStrictEqual(j.findings.map(f => f.path).sort(), ['/db_password', '/messages/0/content'])
  assert.strictEqual(scrubber.scan(`key ${AWS}`)[0].entity, 'AWS_ACCESS_KEY_ID')
})

test('stream Transform equals one-shot for random chunk splits', async () => {
  const text = `user bob@example.com key ${AWS} 😀 東京 `.repeat(200)
  const want = scrubber.redact(text).text
  let seed = 7
  const rand = n => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n }
  for (let round = 0; round < 5; round++) {
    const bytes = Buffer.from(text)
    const chunks = []
    for (let i = 0; i < bytes.length;) { const n = 1 + rand(40); chunks.push(bytes.subarray(i, i + n)); i += n }
    const stream = scrubber.createStream()
    let out = ''
    stream.on('data', d => { out += d })
    await new Promise((resolve, reject) => Readable.from(chunks).pipe(stream).on('end', resolve).on('error', reject))
    assert.strictEqual(out, want)
    assert.strictEqual(stream.report.findings, 400)
  }
})

test('redactAsync keeps the event loop responsive', async () => {
  const big = `plain words and bob@example.com ${AWS} `.repeat(200_000) // ~11 MB
  let ticks = 0
  const timer = setInterval(() => { ticks++ }, 1)
  const r = await new Scrubber({ max_input_bytes: 64 << 20 }).redactAsync(big)
  clearInterval(timer)
  assert.strictEqual(r.report.findings, 400_000)
  assert.ok(ticks > 5, `event loop ran ${ticks} times during the scan`)
})

test('confidence is the rule\'s decimal, not a widened float', () => {
  const [f] = new Scrubber().scan('key AKIAQYLPMN5HHHFPZAM2')
  assert.strictEqual(f.confidence, 0.9)
})
