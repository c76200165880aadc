'use strict'
// scrublineMiddleware with the real AI SDK (`ai`, `@ai-sdk/openai`)
// against a fake OpenAI API on 127.0.0.1 (test/fake-openai.js), through
// both chat completions and responses.
const test = require('node:test')
const assert = require('node:assert')
const path = require('node:path')
const { spawnSync } = require('node:child_process')
const { generateText, streamText, wrapLanguageModel, tool, jsonSchema, stepCountIs } = require('ai')
const { createOpenAI } = require('@ai-sdk/openai')
const { Scrubber, Vault } = require('../lib')
const { scrublineMiddleware, wrapModel } = require('../lib/ai')
const { startFake } = require('./fake-openai.js')

// PERSON needs the ONNX classifier; a one-name rule pack stands in for it.
const NAMES = 'format = 1\n[pack]\nname = "test-names"\nversion = "1"\n[[rules]]\nid = "test.person"\nname = "person"\n' +
  'category = "pii"\nentity = "PERSON"\npattern = \'Ada Lovelace\'\nkeywords = ["lovelace"]\n'
const scrubber = new Scrubber({ rules: [NAMES] })
const NAME = 'Ada Lovelace'
const EMAIL = 'ada@example.com'
const KEY = 'AKIAQYLPMN5HHHFPZAM2'
const PROMPT = `I am ${NAME}. Write to ${EMAIL} with my key ${KEY}.`
const ANSWER = `Hello ${NAME}, I wrote to ${EMAIL} and ${KEY}.`
const TOKENS = ['[PERSON_1]', '[EMAIL_ADDRESS_1]', '[AWS_ACCESS_KEY_ID_1]']

let fake
let provider
test.before(async () => {
  fake = await startFake()
  provider = createOpenAI({ baseURL: fake.url, apiKey: 'sk-test' })
})
test.after(() => fake.close())
test.beforeEach(() => fake.reset())

const ENDPOINTS = { chat: id => provider.chat(id), responses: id => provider.responses(id) }

function model (endpoint, options = {}) {
  return wrapLanguageModel({ model: ENDPOINTS[endpoint]('gpt-test'), middleware: scrublineMiddleware({ scrubber, ...options }) })
}

/** The request body left with none of the values and every token. */
function assertTokenized (body, tokens = TOKENS) {
  const sent = JSON.stringify(body)
  for (const value of [NAME, EMAIL, KEY]) assert.ok(!sent.includes(value), `sent ${value}: ${sent}`)
  for (const token of tokens) assert.ok(sent.includes(token), `no ${token} in ${sent}`)
}

for (const endpoint of Object.keys(ENDPOINTS)) {
  test(`${endpoint}: generateText sends tokens only and returns the values`, async () => {
    const reports = []
    const { text } = await generateText({ model: model(endpoint, { onReport: r => reports.push(r) }), system: `You assist ${NAME}.`, prompt: PROMPT, maxRetries: 0 })
    assert.strictEqual(text, ANSWER)
    assert.strictEqual(fake.requests.length, 1)
    assert.ok(fake.requests[0].path.endsWith(endpoint === 'chat' ? '/chat/completions' : '/responses'))
    assertTokenized(fake.requests[0].body)
    assert.ok(JSON.stringify(fake.requests[0].body).includes('You assist [PERSON_1].'))
    assert.strictEqual(reports.length, 1)
    assert.strictEqual(reports[0].findings, 4)
  })

  test(`${endpoint}: streamText restores text deltas as they come`, async () => {
    const result = streamText({ model: model(endpoint), prompt: PROMPT, maxRetries: 0 })
    const deltas = []
    for await (const delta of result.textStream) deltas.push(delta)
    assert.strictEqual(deltas.join(''), ANSWER)
    assert.strictEqual(await result.text, ANSWER)
    assert.ok(deltas.length > 2, `restored incrementally: ${JSON.stringify(deltas)}`)
    assert.ok(deltas.every(d => !/\[[A-Z_]*$|^[A-Z_]*\d*\]/.test(d)), `no token pieces: ${JSON.stringify(deltas)}`)
    assertTokenized(fake.requests[0].body)
  })

  test(`${endpoint}: a tool loop runs tools with values and sends their results tokenized`, async () => {
    fake.reply = body => JSON.stringify(body).includes('function_call_output') || body.messages?.some(m => m.role === 'tool')
      ? { text: 'Sent to [EMAIL_ADDRESS_1].' }
      : { toolCall: { name: 'send_mail', arguments: JSON.stringify({ to: '[EMAIL_ADDRESS_1]', name: '[PERSON_1]' }) } }
    const calls = []
    const tools = {
      send_mail: tool({
        description: 'send a mail',
        inputSchema: jsonSchema({ type: 'object', properties: { to: { type: 'string' }, name: { type: 'string' } }, required: ['to', 'name'] }),
        execute: async input => { calls.push(input); return `mailed ${input.to}` }
      })
    }
    const result = await generateText({ model: model(endpoint), prompt: PROMPT, tools, stopWhen: stepCountIs(3), maxRetries: 0 })
    assert.deepStrictEqual(calls, [{ to: EMAIL, name: NAME }])
    assert.strictEqual(result.text, `Sent to ${EMAIL}.`)
    assert.strictEqual(fake.requests.length, 2)
    for (const { body } of fake.requests) assertTokenized(body)
    assert.ok(JSON.stringify(fake.requests[1].body).includes('mailed [EMAIL_ADDRESS_1]'))
    // Streamed: the tool input arrives in pieces and is restored too.
    fake.reset()
    fake.reply = () => ({ toolCall: { name: 'send_mail', arguments: JSON.stringify({ to: '[EMAIL_ADDRESS_1]', name: '[PERSON_1]' }) } })
    const streamed = streamText({ model: model(endpoint), prompt: PROMPT, tools: { send_mail: tool({ ...tools.send_mail, execute: undefined }) }, maxRetries: 0 })
    let input = ''
    for await (const part of streamed.fullStream) if (part.type === 'tool-input-delta') input += part.delta
    assert.deepStrictEqual(JSON.parse(input), { to: EMAIL, name: NAME })
    assert.deepStrictEqual((await streamed.toolCalls)[0].input, { to: EMAIL, name: NAME })
  })
}

test('responses: reasoning deltas are restored', async () => {
  fake.reply = () => ({ text: 'Hello [PERSON_1].', reasoning: 'Greet [PERSON_1] at [EMAIL_ADDRESS_1] politely' })
  const result = streamText({ model: model('responses'), prompt: PROMPT, maxRetries: 0 })
  let reasoning = ''
  for await (const part of result.fullStream) if (part.type === 'reasoning-delta') reasoning += part.text
  assert.strictEqual(reasoning, `Greet ${NAME} at ${EMAIL} politely`)
  assert.strictEqual(await result.text, `Hello ${NAME}.`)
  const generated = await generateText({ model: model('responses'), prompt: PROMPT, maxRetries: 0 })
  assert.strictEqual(generated.reasoningText, `Greet ${NAME} at ${EMAIL} politely`)
})

test('a second turn sends the same tokens for the same values', async () => {
  const m = model('chat')
  const first = await generateText({ model: m, prompt: PROMPT, maxRetries: 0 })
  assert.strictEqual(first.text, ANSWER)
  const messages = [
    { role: 'user', content: PROMPT },
    { role: 'assistant', content: first.text },
    { role: 'user', content: `Also copy bob@example.com and ${EMAIL}.` }
  ]
  const second = await generateText({ model: m, messages, maxRetries: 0 })
  const [turn1, turn2] = fake.requests.map(r => r.body)
  assertTokenized(turn2)
  assert.deepStrictEqual(turn2.messages[0], turn1.messages[0])
  assert.strictEqual(turn2.messages[1].content, 'Hello [PERSON_1], I wrote to [EMAIL_ADDRESS_1] and [AWS_ACCESS_KEY_ID_1].')
  assert.strictEqual(turn2.messages[2].content, 'Also copy [EMAIL_ADDRESS_2] and [EMAIL_ADDRESS_1].')
  assert.strictEqual(second.text, `Hello bob@example.com, I wrote to ${EMAIL}.`)
})

test('a conversation per vault: one wrapped model each', async () => {
  const a = new Vault()
  const b = new Vault()
  await generateText({ model: model('chat', { vault: a }), prompt: `mail bob@example.com and ${EMAIL}`, maxRetries: 0 })
  const r = await generateText({ model: model('chat', { vault: b }), prompt: `mail ${EMAIL}`, maxRetries: 0 })
  assert.strictEqual(fake.requests[1].body.messages[0].content, 'mail [EMAIL_ADDRESS_1]')
  assert.strictEqual(r.text, `Hello ${EMAIL}.`)
  assert.deepStrictEqual([a.size, b.size], [2, 1])
})

test('a redaction error calls no model and rejects', async () => {
  const m = model('chat', { scrubber: new Scrubber({ max_input_bytes: 16 }) })
  await assert.rejects(generateText({ model: m, prompt: PROMPT, maxRetries: 0 }), e => e.code === 'input_too_large')
  const errors = []
  const result = streamText({ model: m, prompt: PROMPT, maxRetries: 0, onError: ({ error }) => errors.push(error) })
  await assert.rejects(result.text)
  assert.strictEqual(errors[0].code, 'input_too_large')
  assert.strictEqual(fake.requests.length, 0)
})

test('call.block rejects before the model is called, with counts only', async () => {
  const m = model('chat', { call: { block: ['secret'] } })
  await assert.rejects(generateText({ model: m, prompt: PROMPT, maxRetries: 0 }), e => e.code === 'blocked' && e.entities.AWS_ACCESS_KEY_ID === 1 && !e.message.includes('AKIA'))
  assert.strictEqual(fake.requests.length, 0)
})

test('transformParams redacts every text part of the prompt, files as they are', async () => {
  const file = { type: 'file', mediaType: 'image/png', data: new Uint8Array([1, 2, 3]) }
  const prompt = [
    { role: 'system', content: `You assist ${NAME}.` },
    { role: 'user', content: [{ type: 'text', text: PROMPT }, file] },
    { role: 'assistant', content: [
      { type: 'reasoning', text: `${NAME} wants mail` },
      { type: 'text', text: `Mailing ${EMAIL}` },
      { type: 'tool-call', toolCallId: 'c1', toolName: 'send', input: { to: EMAIL, cc: [KEY] } }
    ] },
    { role: 'tool', content: [
      { type: 'tool-result', toolCallId: 'c1', toolName: 'send', output: { type: 'text', value: `sent to ${EMAIL}` } },
      { type: 'tool-result', toolCallId: 'c2', toolName: 'send', output: { type: 'json', value: { to: EMAIL, ok: true } } },
      { type: 'tool-result', toolCallId: 'c3', toolName: 'send', output: { type: 'content', value: [{ type: 'text', text: NAME }] } },
      { type: 'tool-result', toolCallId: 'c4', toolName: 'send', output: { type: 'execution-denied', reason: `not ${NAME}` } }
    ] }
  ]
  const copy = structuredClone(prompt)
  const reports = []
  const params = await scrublineMiddleware({ scrubber, onReport: r => reports.push(r) }).transformParams({ type: 'generate', params: { prompt, temperature: 0 } })
  assertTokenized(params.prompt)
  assert.strictEqual(params.temperature, 0)
  assert.strictEqual(params.prompt[1].content[1], file, 'file parts pass unchanged')
  assert.deepStrictEqual(params.prompt[2].content[2].input, { to: '[EMAIL_ADDRESS_1]', cc: ['[AWS_ACCESS_KEY_ID_1]'] })
  assert.deepStrictEqual(params.prompt[3].content[1].output.value, { to: '[EMAIL_ADDRESS_1]', ok: true })
  assert.deepStrictEqual(prompt, copy, "the caller's prompt is not changed")
  assert.strictEqual(reports.length, 1)
  assert.strictEqual(reports[0].by_entity.PERSON, 5)
})

test('wrapStream restores each text id on its own and flushes at text-end and at the end', async () => {
  const vault = new Vault()
  scrubber.redact(`${NAME} ${EMAIL}`, { vault })
  const parts = [
    { type: 'stream-start', warnings: [] },
    { type: 'text-start', id: 'a' },
    { type: 'text-start', id: 'b' },
    { type: 'text-delta', id: 'a', delta: 'To [EMAIL_ADD' },
    { type: 'text-delta', id: 'b', delta: 'Dear [PERS' },
    { type: 'text-delta', id: 'a', delta: 'RESS_1]' },
    { type: 'text-end', id: 'a' },
    { type: 'text-delta', id: 'b', delta: 'ON_1]' },
    { type: 'reasoning-delta', id: 'r', delta: 'about [PERSON_1' },
    { type: 'finish', finishReason: { unified: 'stop', raw: 'stop' }, usage: {} }
  ]
  const { stream } = await scrublineMiddleware({ scrubber, vault }).wrapStream({
    doStream: async () => ({ stream: new ReadableStream({ start (c) { for (const p of parts) c.enqueue(p); c.close() } }) })
  })
  const out = []
  for await (const part of stream) out.push(part)
  const text = (id, type = 'text-delta') => out.filter(p => p.type === type && p.id === id).map(p => p.delta).join('')
  assert.strictEqual(text('a'), `To ${EMAIL}`)
  assert.strictEqual(text('b'), `Dear ${NAME}`)
  assert.strictEqual(text('r', 'reasoning-delta'), `about ${NAME}`)
  const endA = out.findIndex(p => p.type === 'text-end')
  assert.ok(out.slice(0, endA).map(p => p.delta ?? '').join('').includes(EMAIL), 'a is complete before its text-end')
  assert.strictEqual(out.at(-1).type, 'finish', 'the rest comes before finish')
})

test('wrapModel wraps with the middleware', async () => {
  const { text } = await generateText({ model: wrapModel(provider.chat('gpt-test'), { scrubber }), prompt: PROMPT, maxRetries: 0 })
  assert.strictEqual(text, ANSWER)
  assertTokenized(fake.requests[0].body)
})

test('the wrappers load without their optional packages; wrapModel says how to install `ai`', () => {
  const lib = path.join(__dirname, '..', 'lib')
  // A child where `ai` and `openai` cannot be found.
  const code = `
    const Module = require('node:module')
    const resolve = Module._resolveFilename
    Module._resolveFilename = function (request, ...rest) {
      if (request === 'ai' || request === 'openai') { const e = new Error("Cannot find module '" + request + "'"); e.code = 'MODULE_NOT_FOUND'; throw e }
      return resolve.call(this, request, ...rest)
    }
    const { scrublineMiddleware, wrapModel } = require(${JSON.stringify(path.join(lib, 'ai.js'))})
    const { wrapOpenAI } = require(${JSON.stringify(path.join(lib, 'openai.js'))})
    const loaded = Object.keys(require.cache).filter(f => /node_modules[\\\\/](ai|openai)[\\\\/]/.test(f))
    if (loaded.length) throw new Error('loaded ' + loaded)
    if (scrublineMiddleware().specificationVersion !== 'v3' || typeof wrapOpenAI !== 'function') throw new Error('bad exports')
    try { wrapModel({}) } catch (e) { console.log(e.code + ': ' + e.message); process.exit(0) }
    process.exit(3)
  `
  const child = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' })
  assert.strictEqual(child.status, 0, child.stderr)
  assert.match(child.stdout, /^SCRUBLINE_MISSING_PEER: .*needs the 'ai' package.*npm install ai/)
})

test('bad options are TypeErrors', () => {
  assert.throws(() => scrublineMiddleware({ vault: {} }), /vault must be a Vault/)
  assert.throws(() => scrublineMiddleware({ scrubber: 'x' }), /scrubber must be a Scrubber/)
  assert.throws(() => scrublineMiddleware(null), TypeError)
})
