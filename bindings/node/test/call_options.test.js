'use strict'
const test = require('node:test')
const assert = require('node:assert')
const { Scrubber } = require('../lib')

const TEXT = 'Acme Corp: bob@example.com, AKIAQYLPMN5HHHFPZAM2, Annual report'
const scrubber = new Scrubber()

test('per-call options override one call only', async () => {
  assert.strictEqual(scrubber.redact(TEXT, { entities: ['EMAIL_ADDRESS'] }).text,
    'Acme Corp: [EMAIL_ADDRESS], AKIAQYLPMN5HHHFPZAM2, Annual report')
  assert.strictEqual(scrubber.redact(TEXT, { operators: { secret: 'mask:#' } }).text,
    'Acme Corp: [EMAIL_ADDRESS], ####################, Annual report')
  const r = scrubber.redact(TEXT, { allow: ['bob@example.com'], deny: ['acme corp', 'Ann'] })
  assert.strictEqual(r.text, '[DENY_LIST]: bob@example.com, [AWS_ACCESS_KEY_ID], Annual report')
  assert.strictEqual(r.report.by_entity.DENY_LIST, 1)
  assert.deepStrictEqual(scrubber.scan(TEXT, { entities: ['pii'] }).map(f => f.entity), ['EMAIL_ADDRESS'])
  const a = await scrubber.redactAsync(TEXT, { entities: ['secret'] })
  assert.strictEqual(a.text, 'Acme Corp: bob@example.com, [AWS_ACCESS_KEY_ID], Annual report')
  assert.strictEqual(scrubber.redact(TEXT, {}).text, scrubber.redact(TEXT).text)
  assert.strictEqual(scrubber.redact(TEXT).text, 'Acme Corp: [EMAIL_ADDRESS], [AWS_ACCESS_KEY_ID], Annual report')
})

test('bad per-call options are config errors', async () => {
  assert.throws(() => scrubber.redact(TEXT, { entities: ['EMAIL'] }), e => e.code === 'config' && /unknown entity or category `EMAIL`/.test(e.message))
  assert.throws(() => scrubber.scan(TEXT, { entity: [] }), e => e.code === 'config')
  assert.throws(() => scrubber.redact(TEXT, 'EMAIL_ADDRESS'), TypeError)
  await assert.rejects(scrubber.redactAsync(TEXT, { operators: { pii: 'pseudonym' } }), e => e.code === 'config')
})

test('block refuses the call with counts per entity, never values', async () => {
  const blocked = e => e.code === 'blocked' && e.entities.AWS_ACCESS_KEY_ID === 1 && Object.keys(e.entities).length === 1 && !e.message.includes('AKIA')
  assert.throws(() => scrubber.redact(TEXT, { block: ['secret'] }), blocked)
  await assert.rejects(scrubber.redactAsync(TEXT, { block: ['secret'] }), blocked)
  assert.throws(() => scrubber.redactJson({ a: TEXT }, { block: ['EMAIL_ADDRESS'] }), e => e.code === 'blocked' && e.entities.EMAIL_ADDRESS === 1)
  assert.strictEqual(scrubber.redact('nothing', { block: ['secret'] }).text, 'nothing')
})

test('max_match_len and rule_size_limit reach the core', () => {
  const pack = 'format = 1\n[pack]\nname = "t"\nversion = "1"\n[[rules]]\nid = "t.long"\nname = "long"\n' +
    'category = "secret"\nentity = "LONG"\npattern = \'zz[a-z]{1,3000}\'\nkeywords = ["zz"]\n'
  assert.ok(new Scrubber({ rules: [pack] }))
  assert.throws(() => new Scrubber({ rules: [pack], max_match_len: 1000 }), e => e.code === 'rule_compile')
  assert.throws(() => new Scrubber({ rules: [pack], rule_size_limit: 100 }), e => e.code === 'rule_compile')
})

test('every core error code reaches JS as a native code, and the declarations list exactly those', () => {
  const fs = require('node:fs')
  const path = require('node:path')
  const { ERROR_CODES, ScrublineError } = require('../lib')
  const native = require('../index.js')
  const dts = fs.readFileSync(path.join(__dirname, '..', 'lib', 'index.d.ts'), 'utf8')
  const union = /export type ErrorCode =([^]*?)\n\n/.exec(dts)[1]
  const declared = [...union.matchAll(/'([a-z0-9_]+)'/g)].map(m => m[1])
  assert.deepStrictEqual(declared.sort(), Object.keys(ERROR_CODES).sort())
  for (const code of Object.keys(ERROR_CODES)) {
    // The addon's own error carries the code as a property, not a message prefix.
    assert.throws(() => native.errorExample(code), e => e.code === code && !e.message.startsWith('['))
  }
  const e = (() => { try { new Scrubber({ nope: 1 }) } catch (err) { return err } })()
  assert.ok(e instanceof ScrublineError && e.code === 'config' && !e.message.startsWith('[config]'))
})

test('an async call rejects with a coded ScrublineError', async () => {
  const { ScrublineError } = require('../lib')
  await assert.rejects(new Scrubber({ max_input_bytes: 4 }).redactAsync('0123456789'),
    e => e instanceof ScrublineError && e.code === 'input_too_large' && /max_input_bytes|limit/.test(e.message) && !e.message.startsWith('item'))
})

test('vault: tokens out, values back, sealed between requests', async () => {
  const { Vault } = require('../lib')
  const crypto = require('node:crypto')
  const { inspect } = require('node:util')
  const vault = new Vault()
  const sent = scrubber.redact('mail bob@example.com and ann@example.org', { vault })
  assert.strictEqual(sent.text, 'mail [EMAIL_ADDRESS_1] and [EMAIL_ADDRESS_2]')
  assert.deepStrictEqual(sent.report.by_operator, { vault: 2 })
  const again = await scrubber.redactAsync('bob@example.com', { vault })
  assert.strictEqual(again.text, '[EMAIL_ADDRESS_1]')
  assert.strictEqual(vault.restore('Wrote to [email_address_2].'), 'Wrote to ann@example.org.')
  assert.ok(!inspect(vault).includes('bob') && !JSON.stringify(vault).includes('bob'))
  const key = crypto.randomBytes(32)
  const sealed = vault.seal(key)
  assert.ok(!sealed.includes('bob@example.com'))
  assert.strictEqual(Vault.open(sealed, key).restore('EMAIL_ADDRESS_1'), 'bob@example.com')
  assert.throws(() => Vault.open(sealed, crypto.randomBytes(32)), e => e.code === 'config')
  assert.throws(() => scrubber.redact('x', { vault: {} }), TypeError)
  const restorer = vault.restorer()
  assert.strictEqual(restorer.feed('Hi [EMAIL_ADD') + restorer.feed('RESS_1]!') + restorer.finish(), 'Hi bob@example.com!')
})
