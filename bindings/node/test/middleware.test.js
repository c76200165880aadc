'use strict'
// Real Express and Fastify servers on 127.0.0.1 (ephemeral ports).
const test = require('node:test')
const assert = require('node:assert')
const express = require('express')
const Fastify = require('fastify')
const { Scrubber } = require('../lib')
const mw = require('../lib/middleware')

const AWS = 'AKIAQYLPMN5HHHFPZAM2'
const CHAT = { model: 'gpt-4o', user: 'bob@example.com', messages: [{ role: 'user', content: `my key is ${AWS}, mail bob@example.com` }] }
const scrubber = new Scrubber()

async function post (port, body) {
  const res = await fetch(`http://127.0.0.1:${port}/v1/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  return { status: res.status, body: await res.json() }
}

async function withExpress (options, fn) {
  const app = express()
  app.use(express.json())
  app.use(mw.express({ scrubber, ...options }))
  app.post('/v1/chat', (req, res) => res.json({ seen: req.body, findings: req.scrubline?.report.findings, redacted: req.scrubline?.redactedBody }))
  const server = app.listen(0, '127.0.0.1')
  await new Promise(resolve => server.once('listening', resolve))
  try { await fn(server.address().port) } finally { server.close() }
}

test('express: handlers see the redacted body', async () => {
  const seen = []
  await withExpress({ onReport: r => seen.push(r) }, async port => {
    const { status, body } = await post(port, CHAT)
    assert.strictEqual(status, 200)
    assert.strictEqual(body.seen.messages[0].content, 'my key is [AWS_ACCESS_KEY_ID], mail [EMAIL_ADDRESS]')
    assert.strictEqual(body.seen.user, '[EMAIL_ADDRESS]')
    assert.strictEqual(body.findings, 3)
    assert.strictEqual(seen[0].findings, 3)
  })
})

test('express: paths and log_only', async () => {
  await withExpress({ paths: mw.OPENAI_PATHS }, async port => {
    const { body } = await post(port, CHAT)
    assert.strictEqual(body.seen.user, 'bob@example.com')
    assert.ok(!JSON.stringify(body.seen.messages).includes(AWS))
  })
  await withExpress({ mode: 'log_only' }, async port => {
    const { body } = await post(port, CHAT)
    assert.deepStrictEqual(body.seen, CHAT)
    assert.ok(!JSON.stringify(body.redacted).includes(AWS))
  })
})

test('block mode refuses secrets with counts only, in Express and Fastify', async () => {
  const refusal = { error: 'request blocked: it contains sensitive data', code: 'blocked', entities: { AWS_ACCESS_KEY_ID: 1 } }
  const onlyPii = { messages: [{ role: 'user', content: 'mail bob@example.com' }] }
  const seen = []
  await withExpress({ mode: 'block', onReport: r => seen.push(r) }, async port => {
    const { status, body } = await post(port, CHAT)
    assert.strictEqual(status, 422)
    assert.deepStrictEqual(body, refusal)
    assert.strictEqual(seen[0].findings, 3)
    // PII alone does not block by default: it is redacted.
    const ok = await post(port, onlyPii)
    assert.strictEqual(ok.status, 200)
    assert.strictEqual(ok.body.seen.messages[0].content, 'mail [EMAIL_ADDRESS]')
  })
  await withExpress({ mode: 'block', block: ['pii'], blockStatus: 400, paths: ['messages.*.content'] }, async port => {
    const { status, body } = await post(port, onlyPii)
    assert.strictEqual(status, 400)
    assert.deepStrictEqual(body.entities, { EMAIL_ADDRESS: 1 })
  })
  const app = Fastify()
  await app.register(mw.fastify, { scrubber, mode: 'block', block: ['AWS_ACCESS_KEY_ID'] })
  app.post('/v1/chat', async request => ({ seen: request.body }))
  await app.listen({ port: 0, host: '127.0.0.1' })
  try {
    const { status, body } = await post(app.server.address().port, CHAT)
    assert.strictEqual(status, 422)
    assert.deepStrictEqual(body, refusal)
    assert.ok(!JSON.stringify(body).includes(AWS))
  } finally {
    await app.close()
  }
  assert.throws(() => mw.express({ mode: 'maybe' }), TypeError)
  assert.throws(() => mw.express({ paths: ['messages..content'] }), e => e.code === 'config')
})

test('paths are selected by the core, array items included', async () => {
  const body = { messages: [{ content: `key ${AWS}` }, { content: [{ type: 'text', text: 'bob@example.com' }] }], user: AWS }
  await withExpress({ paths: ['messages.*.content'] }, async port => {
    const { body: out } = await post(port, body)
    assert.strictEqual(out.seen.messages[0].content, 'key [AWS_ACCESS_KEY_ID]')
    assert.strictEqual(out.seen.messages[1].content[0].text, '[EMAIL_ADDRESS]')
    assert.strictEqual(out.seen.user, AWS)
  })
  const vault = new (require('../lib').Vault)()
  const r = scrubber.redactJson(body, { paths: ['messages.1'], vault })
  assert.strictEqual(r.value.messages[1].content[0].text, '[EMAIL_ADDRESS_1]')
  assert.strictEqual(r.value.messages[0].content, `key ${AWS}`)
  assert.strictEqual(vault.restore(r.value.messages[1].content[0].text), 'bob@example.com')
})

test('express: fails closed on bodies it cannot scan', async () => {
  await withExpress({ scrubber: new Scrubber({ max_input_bytes: 64 }) }, async port => {
    const { status } = await post(port, { content: 'x'.repeat(100) })
    assert.strictEqual(status, 413)
  })
})

test('fastify: plugin redacts before the handler', async () => {
  const app = Fastify()
  await app.register(mw.fastify, { scrubber })
  app.post('/v1/chat', async request => ({ seen: request.body, findings: request.scrubline.report.findings }))
  await app.listen({ port: 0, host: '127.0.0.1' })
  try {
    const { body } = await post(app.server.address().port, CHAT)
    assert.strictEqual(body.seen.messages[0].content, 'my key is [AWS_ACCESS_KEY_ID], mail [EMAIL_ADDRESS]')
    assert.strictEqual(body.findings, 3)
  } finally {
    await app.close()
  }
})

test('text and raw bodies are redacted too, in Express and Fastify', async () => {
  // Before: only object bodies were scanned; text/plain reached the handler raw.
  const text = `my key is ${AWS}, mail bob@example.com`
  const want = 'my key is [AWS_ACCESS_KEY_ID], mail [EMAIL_ADDRESS]'
  const app = express()
  app.post('/text', express.text(), mw.express({ scrubber }), (req, res) => res.json({ seen: req.body }))
  app.post('/raw', express.raw({ type: '*/*' }), mw.express({ scrubber }), (req, res) => res.json({ seen: req.body.toString('utf8') }))
  const server = app.listen(0, '127.0.0.1')
  await new Promise(resolve => server.once('listening', resolve))
  try {
    for (const [path, type] of [['/text', 'text/plain'], ['/raw', 'application/octet-stream']]) {
      const res = await fetch(`http://127.0.0.1:${server.address().port}${path}`, { method: 'POST', headers: { 'content-type': type }, body: text })
      assert.strictEqual((await res.json()).seen, want, path)
    }
    const res = await fetch(`http://127.0.0.1:${server.address().port}/raw`, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: Buffer.from([0xff, 0xfe, 0x41]) })
    assert.strictEqual(res.status, 500, 'not UTF-8: refused, not passed on')
  } finally {
    server.close()
  }
  const f = Fastify()
  await f.register(mw.fastify, { scrubber })
  f.post('/text', async request => ({ seen: request.body }))
  await f.listen({ port: 0, host: '127.0.0.1' })
  try {
    const res = await fetch(`http://127.0.0.1:${f.server.address().port}/text`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: text })
    assert.strictEqual((await res.json()).seen, want)
  } finally {
    await f.close()
  }
})

/** A writable stream that parses each write as one JSON log line. */
function jsonLines () {
  const lines = []
  const stream = new (require('node:stream').Writable)({
    write (chunk, _enc, done) { lines.push(JSON.parse(chunk)); done() }
  })
  return { stream, lines }
}

test('pino: the message and its arguments are redacted, not only the object', async () => {
  const pino = require('pino')
  const { stream, lines } = jsonLines()
  const logger = pino({ ...mw.logRedactor(scrubber).pino }, stream)
  logger.info(`key ${AWS} mail bob@example.com`)
  logger.info({ user: 'bob@example.com' }, 'login key=%s', AWS)
  await new Promise(resolve => setImmediate(resolve))
  const text = JSON.stringify(lines)
  assert.ok(!text.includes(AWS) && !text.includes('bob@example.com'), text)
  assert.strictEqual(lines[0].msg, 'key [AWS_ACCESS_KEY_ID] mail [EMAIL_ADDRESS]')
  assert.strictEqual(lines[1].msg, 'login key=[AWS_ACCESS_KEY_ID]')
  assert.strictEqual(lines[1].user, '[EMAIL_ADDRESS]')
})

test('winston: message, fields and splat arguments are redacted', () => {
  const winston = require('winston')
  const { stream, lines } = jsonLines()
  const logger = winston.createLogger({
    format: winston.format.combine(
      winston.format(mw.logRedactor(scrubber).winston)(),
      winston.format.splat(),
      winston.format.json()
    ),
    transports: [new winston.transports.Stream({ stream })]
  })
  logger.info(`key ${AWS} mail bob@example.com`)
  logger.info('login key=%s', AWS, { user: 'bob@example.com' })
  const text = JSON.stringify(lines)
  assert.ok(!text.includes(AWS) && !text.includes('bob@example.com'), text)
  assert.strictEqual(lines[0].message, 'key [AWS_ACCESS_KEY_ID] mail [EMAIL_ADDRESS]')
  assert.strictEqual(lines[1].message, 'login key=[AWS_ACCESS_KEY_ID]')
  assert.strictEqual(lines[1].user, '[EMAIL_ADDRESS]')
})

test('log redactor for pino/winston records', () => {
  const redact = mw.logRedactor(scrubber)
  assert.deepStrictEqual(redact({ msg: `login key=${AWS}`, user: { email: 'bob@example.com' }, level: 30 }),
    { msg: 'login key=[AWS_ACCESS_KEY_ID]', user: { email: '[EMAIL_ADDRESS]' }, level: 30 })
})

test('express: evidence records carry the x-request-id header', async () => {
  const logged = new Scrubber({ evidence: { service: 'gateway' } })
  await withExpress({ scrubber: logged }, async port => {
    const res = await fetch(`http://127.0.0.1:${port}/v1/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'req-42' },
      body: JSON.stringify(CHAT)
    })
    assert.strictEqual(res.status, 200)
    await post(port, CHAT)
  })
  const [first, second] = logged.takeEvidence().map(l => JSON.parse(l))
  assert.deepStrictEqual(first.context, { service: 'gateway', request_id: 'req-42' })
  assert.strictEqual(first.findings, 3)
  assert.deepStrictEqual(second.context, { service: 'gateway' })
})
