// The shared vectors (tests/vectors/*.json) through the WASM build, under
// Node: identical text and findings to the Rust, Python and Node bindings.
import test from 'node:test'
import assert from 'node:assert'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import init, { Scrubber, ScrublineError, ERROR_CODES, Vault } from '../js/scrubline.js'
import { errorExample } from '../pkg/web/scrubline_wasm.js'

const here = path.dirname(fileURLToPath(import.meta.url))
await init(fs.readFileSync(path.join(here, '..', 'pkg', 'web', 'scrubline_wasm_bg.wasm')))

const dir = path.join(here, '..', '..', '..', 'tests', 'vectors')
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
    const scrubber = new Scrubber(c.options)
    const r = scrubber.redact(c.input, vault ? { ...c.call, vault } : c.call)
    scrubber.free()
    assert.strictEqual(r.report.degraded, c.expected_degraded ?? false)
    if (vault) {
      assert.strictEqual(vault.restore(c.answer), c.expected_restored)
      const restorer = vault.restorer()
      let streamed = ''
      for (let i = 0; i < c.answer.length; i += 3) streamed += restorer.feed(c.answer.slice(i, i + 3))
      assert.strictEqual(streamed + restorer.finish(), c.expected_restored)
    }
    assert.strictEqual(r.text, c.expected_text)
    assert.deepStrictEqual(
      r.findings.map(f => ({ rule_id: f.ruleId, entity: f.entity, category: f.category, bytes: [f.byteStart, f.byteEnd], utf16: [f.start, f.end] })),
      c.expected_findings.map(f => ({ rule_id: f.rule_id, entity: f.entity, category: f.category, bytes: f.bytes, utf16: f.utf16 })))
  })
}

test('API: JSON, streams, errors, offsets', () => {
  const s = new Scrubber()
  const text = '😀 key AKIAQYLPMN5HHHFPZAM2 mail 東京 bob@example.com'
  assert.deepStrictEqual(s.scan(text).map(f => text.slice(f.start, f.end)), ['AKIAQYLPMN5HHHFPZAM2', 'bob@example.com'])
  assert.deepStrictEqual(s.redactJson({ db_password: 'Xk9#mP2$vL7qR4tW' }).value, { db_password: '[PASSWORD]' })
  const vault = new Vault()
  const request = { user: 'bob@example.com', messages: [{ content: 'mail bob@example.com' }] }
  const j = s.redactJson(request, { paths: ['messages.*.content'], vault })
  assert.deepStrictEqual(j.value, { user: 'bob@example.com', messages: [{ content: 'mail [EMAIL_ADDRESS_1]' }] })
  assert.strictEqual(vault.restore(j.value.messages[0].content), 'mail bob@example.com')
  assert.throws(() => s.redactJson(request, { paths: ['a..b'] }), e => e.code === 'config')
  assert.throws(() => s.redact(text, { block: ['pii'] }), e => e instanceof ScrublineError && e.code === 'blocked' && e.entities.EMAIL_ADDRESS === 1 && !e.message.includes('bob@'))
  const st = s.createStream()
  let out = ''
  for (let i = 0; i < text.length; i += 3) out += st.feed(text.slice(i, i + 3))
  out += st.finish()
  assert.strictEqual(out, s.redact(text).text)
  assert.throws(() => new Scrubber({ max_input_bytes: 4 }).redact('0123456789'), e => e instanceof ScrublineError && e.code === 'input_too_large')
  assert.throws(() => new Scrubber({ classifier: {} }), e => e.code === 'model')
  assert.throws(() => s.redact(42), TypeError)
})

test('reports name each pack file by its SHA-256, though the module embeds it compacted', async () => {
  const { createHash } = await import('node:crypto')
  const rules = path.join(here, '..', '..', '..', 'rules')
  const { packs } = new Scrubber().redact('nothing').report
  assert.strictEqual(packs.length, 14)
  for (const p of packs) {
    const [dir, file] = p.name.split('.')
    const text = fs.readFileSync(path.join(rules, dir, `${file}.toml`))
    assert.strictEqual(p.sha256, createHash('sha256').update(text).digest('hex'), p.name)
  }
})

test('the Node-loadable (CommonJS) build works too', async () => {
  const { createRequire } = await import('node:module')
  const require = createRequire(import.meta.url)
  const { NativeScanner } = require('../pkg/nodejs/scrubline_wasm.js')
  const r = JSON.parse(new NativeScanner('{}').redact('mail bob@example.com'))
  assert.strictEqual(r.text, 'mail [EMAIL_ADDRESS]')
})

test('evidence: records queue in memory with the page clock, never text', () => {
  const s = new Scrubber({ evidence: { service: 'web' } })
  const before = Date.now()
  s.withContext({ requestId: 'form-1' }).redact('key AKIAQYLPMN5HHHFPZAM2 mail bob@example.com')
  s.redact('nothing')
  const lines = s.takeEvidence()
  assert.strictEqual(lines.length, 2)
  assert.ok(!lines.some(l => l.includes('AKIAQYLPMN5HHHFPZAM2') || l.includes('bob@')))
  const [first, second] = lines.map(l => JSON.parse(l))
  assert.deepStrictEqual(first.context, { service: 'web', request_id: 'form-1' })
  assert.deepStrictEqual(first.by_category, { pii: 1, secret: 1 })
  assert.ok(Date.parse(first.ts) >= before - 1000 && Date.parse(first.ts) <= Date.now() + 1000)
  assert.strictEqual(second.prev, first.hash)
  assert.throws(() => new Scrubber({ evidence: { path: '/tmp/x' } }), e => e.code === 'config')
})

test('every core error code reaches JS as a native code, and the declarations list exactly those', () => {
  const dts = fs.readFileSync(path.join(here, '..', 'js', 'scrubline.d.ts'), 'utf8')
  const union = /export type ErrorCode =([^]*?)\n\n/.exec(dts)[1]
  const declared = [...union.matchAll(/'([a-z0-9_]+)'/g)].map(m => m[1])
  assert.deepStrictEqual(declared.sort(), Object.keys(ERROR_CODES).sort())
  for (const code of Object.keys(ERROR_CODES)) {
    assert.throws(() => errorExample(code), e => e.code === code && !e.message.startsWith('['))
  }
  assert.throws(() => new Scrubber({ nope: 1 }), e => e instanceof ScrublineError && e.code === 'config' && !e.message.startsWith('['))
})

test('per-call options', () => {
  const s = new Scrubber()
  const text = 'Acme Corp: bob@example.com, AKIAQYLPMN5HHHFPZAM2'
  assert.strictEqual(s.redact(text, { entities: ['secret'], deny: ['acme corp'] }).text, '[DENY_LIST]: bob@example.com, [AWS_ACCESS_KEY_ID]')
  assert.deepStrictEqual(s.scan(text, { entities: ['pii'] }).map(f => f.entity), ['EMAIL_ADDRESS'])
  assert.throws(() => s.redact(text, { entities: ['EMAIL'] }), e => e instanceof ScrublineError && e.code === 'config')
})

test('vault: seal with the page random source, open, restore', () => {
  const vault = new Vault()
  const s = new Scrubber()
  assert.strictEqual(s.redact('mail bob@example.com', { vault }).text, 'mail [EMAIL_ADDRESS_1]')
  const key = globalThis.crypto.getRandomValues(new Uint8Array(32))
  const sealed = vault.seal(key)
  assert.notDeepStrictEqual(vault.seal(key), sealed)
  assert.strictEqual(Vault.open(sealed, key).restore('[email_address_1]'), 'bob@example.com')
  assert.throws(() => Vault.open(sealed, new Uint8Array(32)), e => e instanceof ScrublineError && e.code === 'config')
})
