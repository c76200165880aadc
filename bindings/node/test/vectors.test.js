'use strict'
// The shared vectors (tests/vectors/*.json): same text and findings as the
// Rust core and the Python binding.
const test = require('node:test')
const assert = require('node:assert')
const fs = require('node:fs')
const path = require('node:path')
const { Scrubber, ScrublineError, Vault } = require('../lib')

const dir = path.join(__dirname, '..', '..', '..', 'tests', 'vectors')
const cases = fs.readdirSync(dir).filter(f => f.endsWith('.json'))
  .flatMap(f => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')))

test('there are vectors', () => assert.ok(cases.length >= 12))

for (const c of cases) {
  test(`vector ${c.name}`, () => {
    if (c.expected_error) {
      assert.throws(() => new Scrubber(c.options).redact(c.input, c.call), e => e instanceof ScrublineError && e.code === c.expected_error)
      return
    }
    const vault = c.vault ? new Vault(c.vault) : undefined
    const r = new Scrubber(c.options).redact(c.input, vault ? { ...c.call, vault } : c.call)
    assert.strictEqual(r.report.degraded, c.expected_degraded ?? false)
    if (vault) {
      assert.strictEqual(vault.restore(c.answer), c.expected_restored)
      const restorer = vault.restorer()
      let streamed = ''
      for (let i = 0; i < c.answer.length; i += 3) streamed += restorer.feed(c.answer.slice(i, i + 3))
      assert.strictEqual(streamed + restorer.finish(), c.expected_restored)
    }
    assert.strictEqual(r.text, c.expected_text)
    const got = r.findings.map(f => ({
      rule_id: f.ruleId, entity: f.entity, category: f.category, bytes: [f.byteStart, f.byteEnd], utf16: [f.start, f.end]
    }))
    const want = c.expected_findings.map(f => ({ rule_id: f.rule_id, entity: f.entity, category: f.category, bytes: f.bytes, utf16: f.utf16 }))
    assert.deepStrictEqual(got, want)
  })
}
