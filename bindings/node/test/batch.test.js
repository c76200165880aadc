'use strict'
// redactBatch (a Promise, on the libuv pool) and redactBatchSync: results
// equal to a loop of redact, in input order, per-item errors both ways,
// TypeErrors that name the position and never the value.
const test = require('node:test')
const assert = require('node:assert')
const { inspect } = require('node:util')
const { Scrubber, ScrublineError } = require('../lib')

const AWS = 'AKIAQYLPMN5HHHFPZAM2'
const CARD = '4111 1111 1111 1111'
const scrubber = new Scrubber()
const TEXTS = [
  `key ${AWS}`,
  'nothing here',
  '',
  `😀 東京の田中さん mail tanaka@example.jp card ${CARD}`,
  `user bob@example.com key ${AWS} `.repeat(50)
]

/** A batch result as a plain object (what `redact` returns). */
const plain = r => ({ text: r.text, findings: r.findings, report: r.report })

test('redactBatch returns a Promise of what a loop of redact returns', async () => {
  const pending = scrubber.redactBatch(TEXTS)
  assert.ok(pending instanceof Promise)
  const got = await pending
  assert.strictEqual(got.length, TEXTS.length)
  assert.deepStrictEqual(got.map(plain), TEXTS.map(t => plain(scrubber.redact(t))))
  assert.deepStrictEqual(scrubber.redactBatchSync(TEXTS).map(plain), TEXTS.map(t => plain(scrubber.redact(t))))
  assert.deepStrictEqual(await scrubber.redactBatch([]), [])
})

test('redact builds findings and report when read: the scan, the counts, one shared frozen packs list', async () => {
  const text = `key ${AWS} mail bob@example.com`
  const r = scrubber.redact(text)
  assert.strictEqual(r.text, 'key [AWS_ACCESS_KEY_ID] mail [EMAIL_ADDRESS]')
  assert.deepStrictEqual(r.findings, scrubber.scan(text))
  assert.deepStrictEqual(r.report.by_entity, { AWS_ACCESS_KEY_ID: 1, EMAIL_ADDRESS: 1 })
  assert.strictEqual(r.report.findings, 2)
  assert.strictEqual(r.report.bytes_scanned, Buffer.byteLength(text))
  assert.deepStrictEqual(r.report.packs, scrubber.emptyReport().packs)
  assert.ok(r.report.packs.length > 5 && Object.isFrozen(r.report.packs) && Object.isFrozen(r.report.packs[0]))
  const other = await scrubber.withContext({ service: 'x' }).redactAsync('nothing')
  assert.strictEqual(other.report.packs, r.report.packs, 'one copy per scrubber')
  assert.strictEqual(other.report.findings, 0)
  const seen = []
  scrubber.on('report', (report, op) => seen.push([report.findings, op]))
  scrubber.redact(text)
  scrubber.removeAllListeners('report')
  assert.deepStrictEqual(seen, [[2, 'redact']])
})

test('batch results serialise and print like plain results', () => {
  const [r] = scrubber.redactBatchSync([`key ${AWS}`])
  const want = scrubber.redact(`key ${AWS}`)
  assert.strictEqual(JSON.stringify(r), JSON.stringify(want))
  assert.strictEqual(inspect(r, { depth: 5 }), inspect(want, { depth: 5 }))
  r.findings = []
  assert.deepStrictEqual(r.findings, [], 'results can be changed like plain objects')
})

test('results keep input order', async () => {
  const texts = Array.from({ length: 5000 }, (_, i) => i % 3 ? `row ${i} mail user${i}@example.com` : `row ${i}`)
  const want = texts.map((t, i) => i % 3 ? `row ${i} mail [EMAIL_ADDRESS]` : t)
  const got = await scrubber.redactBatch(texts)
  assert.deepStrictEqual(got.map(r => r.text), want)
  assert.deepStrictEqual(got.map(r => r.report.findings), texts.map((_, i) => i % 3 ? 1 : 0))
  assert.deepStrictEqual(got[7].findings.map(f => texts[7].slice(f.start, f.end)), ['user7@example.com'])
  assert.deepStrictEqual(scrubber.redactBatchSync(texts).map(r => r.text), want)
})

test('the strings are copied before the work starts', async () => {
  const texts = [`key ${AWS}`, 'mail bob@example.com']
  const pending = scrubber.redactBatch(texts)
  texts[0] = 'changed'
  texts.length = 1
  assert.deepStrictEqual((await pending).map(r => r.text), ['key [AWS_ACCESS_KEY_ID]', 'mail [EMAIL_ADDRESS]'])
})

test('redactBatch keeps the event loop responsive; redactBatchSync blocks it', async () => {
  const big = `plain words and bob@example.com ${AWS} `.repeat(20_000) // ~1.1 MB
  const texts = Array(16).fill(big)
  let ticks = 0
  const timer = setInterval(() => { ticks++ }, 1)
  try {
    const got = await scrubber.redactBatch(texts)
    assert.strictEqual(got.length, 16)
    assert.ok(ticks > 5, `event loop ran ${ticks} times during the batch`)
    ticks = 0
    const sync = scrubber.redactBatchSync(texts)
    assert.strictEqual(ticks, 0)
    assert.strictEqual(sync[15].report.findings, 40_000)
  } finally {
    clearInterval(timer)
  }
})

test('concurrent batches on one Scrubber', async () => {
  const want = TEXTS.map(t => scrubber.redact(t).text)
  const got = await Promise.all(Array.from({ length: 8 }, () => scrubber.redactBatch(TEXTS)))
  for (const results of got) assert.deepStrictEqual(results.map(r => r.text), want)
})

test('a failed item rejects the batch with its error and index', async () => {
  const small = new Scrubber({ max_input_bytes: 64 })
  const texts = ['mail bob@example.com', `${'x'.repeat(80)} ${AWS}`, 'ok', 'y'.repeat(100)]
  const isItem1 = e => e instanceof ScrublineError && e.code === 'input_too_large' && e.index === 1 &&
    e.message.startsWith('item 1: ') && !e.message.includes(AWS)
  await assert.rejects(small.redactBatch(texts), isItem1)
  assert.throws(() => small.redactBatchSync(texts), isItem1)
  // Other errors have no index.
  assert.throws(() => small.redact(texts[1]), e => e.code === 'input_too_large' && !('index' in e))
})

test('returnErrors puts each failed item\'s error in its place', async () => {
  const small = new Scrubber({ max_input_bytes: 64 })
  const texts = ['mail bob@example.com', `${'x'.repeat(80)} ${AWS}`, `key ${AWS}`, 'y'.repeat(100)]
  for (const got of [await small.redactBatch(texts, { returnErrors: true }), small.redactBatchSync(texts, { returnErrors: true })]) {
    assert.strictEqual(got.length, 4)
    assert.deepStrictEqual([got[0].text, got[2].text], ['mail [EMAIL_ADDRESS]', 'key [AWS_ACCESS_KEY_ID]'])
    for (const i of [1, 3]) {
      assert.ok(got[i] instanceof ScrublineError, `item ${i}`)
      assert.strictEqual(got[i].code, 'input_too_large')
      assert.strictEqual(got[i].index, i)
      assert.ok(!got[i].message.includes(AWS))
    }
  }
  const ok = await small.redactBatch(['fine'], { returnErrors: true })
  assert.deepStrictEqual(ok.map(plain), [plain(small.redact('fine'))])
})

test('bad input is a TypeError naming the position, never the value', async () => {
  for (const [texts, pattern] of [
    ['a string', /takes an array of strings/],
    [['ok', 4111111111111111, 'ok'], /item 1: expected a string, got number/],
    [['ok', null], /item 1: expected a string, got null/],
    [['ok', , 'ok'], /item 1: expected a string, got undefined/], // eslint-disable-line no-sparse-arrays
    [[Buffer.from(AWS)], /item 0: expected a string, got object/]
  ]) {
    const check = e => e instanceof TypeError && pattern.test(e.message) && !e.message.includes('4111') && !e.message.includes(AWS)
    await assert.rejects(scrubber.redactBatch(texts), check)
    assert.throws(() => scrubber.redactBatchSync(texts), check)
  }
  await assert.rejects(scrubber.redactBatch(['a'], null), TypeError)
  assert.throws(() => scrubber.redactBatchSync(['a'], 'returnErrors'), TypeError)
})

test('a report event per redacted item; none when the batch fails', async () => {
  const s = new Scrubber({ max_input_bytes: 64 })
  const seen = []
  s.on('report', (report, operation) => seen.push([report.findings, operation]))
  await s.redactBatch([`key ${AWS}`, 'x', 'mail a@b.co'])
  s.redactBatchSync(['mail a@b.co'])
  assert.deepStrictEqual(seen, [[1, 'redact'], [0, 'redact'], [1, 'redact'], [1, 'redact']])
  seen.length = 0
  await assert.rejects(s.redactBatch(['mail a@b.co', 'z'.repeat(100)]))
  assert.deepStrictEqual(seen, [])
  await s.redactBatch(['mail a@b.co', 'z'.repeat(100)], { returnErrors: true })
  assert.deepStrictEqual(seen, [[1, 'redact']])
})

test('degraded items emit a degraded event each', async () => {
  const degraded = new Scrubber({ classifier: { model_dir: '/nonexistent' }, allow_degraded: true })
  const events = []
  degraded.on('degraded', (report, operation) => events.push([report.degraded, operation]))
  const got = await degraded.redactBatch(['mail bob@example.com', 'x'])
  assert.deepStrictEqual(got.map(r => r.report.degraded), [true, true])
  assert.deepStrictEqual(events, [[true, 'redact'], [true, 'redact']])
})
