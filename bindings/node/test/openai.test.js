'use strict'
// wrapOpenAI with the real `openai` client against a fake OpenAI API on
// 127.0.0.1 (test/fake-openai.js): what leaves has tokens only, what the
// caller reads has the values back, streamed or not.
const test = require('node:test')
const assert = require('node:assert')
const { OpenAI } = require('openai')
const { Scrubber, Vault } = require('../lib')
const { wrapOpenAI } = require('../lib/openai')
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
test.before(async () => { fake = await startFake() })
test.after(() => fake.close())
test.beforeEach(() => fake.reset())

function client (options = {}) {
  return wrapOpenAI(new OpenAI({ baseURL: fake.url, apiKey: 'sk-test', maxRetries: 0 }), { scrubber, ...options })
}

/** The request body left with none of the values and every token. */
function assertTokenized (body, tokens = TOKENS) {
  const sent = JSON.stringify(body)
  for (const value of [NAME, EMAIL, KEY]) assert.ok(!sent.includes(value), `sent ${value}: ${sent}`)
  for (const token of tokens) assert.ok(sent.includes(token), `no ${token} in ${sent}`)
}

test('chat: the request carries tokens only, the answer has the values', async () => {
  const reports = []
  const openai = client({ onReport: r => reports.push(r) })
  const params = {
    model: 'gpt-test',
    messages: [
      { role: 'system', content: `You assist ${NAME}.` },
      { role: 'user', content: [{ type: 'text', text: PROMPT }, { type: 'image_url', image_url: { url: 'https://example.com/a.png' } }] }
    ]
  }
  const copy = structuredClone(params)
  const completion = await openai.chat.completions.create(params)
  assert.strictEqual(completion.choices[0].message.content, ANSWER)
  assert.strictEqual(fake.requests.length, 1)
  const sent = fake.requests[0].body
  assertTokenized(sent)
  assert.strictEqual(sent.messages[0].content, 'You assist [PERSON_1].')
  assert.deepStrictEqual(sent.messages[1].content[1], params.messages[1].content[1], 'image parts pass unchanged')
  assert.deepStrictEqual(params, copy, "the caller's params are not changed")
  assert.strictEqual(reports.length, 1, 'one report per request')
  assert.strictEqual(reports[0].findings, 4)
  assert.strictEqual(reports[0].by_entity.PERSON, 2)
})

test('chat: stream chunks are restored as they come, tokens cut across chunks included', async () => {
  const stream = await client().chat.completions.create({ model: 'gpt-test', stream: true, stream_options: { include_usage: true }, messages: [{ role: 'user', content: PROMPT }] })
  assert.ok(stream.controller instanceof AbortController)
  const deltas = []
  let usage = null
  let finished = false
  for await (const chunk of stream) {
    for (const choice of chunk.choices) {
      if (choice.delta.content) {
        assert.ok(!finished, 'no content after the finishing chunk')
        deltas.push(choice.delta.content)
      }
      finished ||= choice.finish_reason !== null
    }
    usage = chunk.usage ?? usage
  }
  assert.ok(finished)
  assert.strictEqual(deltas.join(''), ANSWER)
  assert.ok(deltas.length > 2, 'restored incrementally, not all at the end')
  assert.ok(deltas.every(d => !/\[[A-Z_]*$|^[A-Z_]*\d*\]/.test(d)), `no token pieces: ${JSON.stringify(deltas)}`)
  assert.strictEqual(usage.total_tokens, 20)
  assertTokenized(fake.requests[0].body)
})

test('chat: one restorer per choice; toReadableStream() carries restored chunks', async () => {
  const stream = await client().chat.completions.create({ model: 'gpt-test', stream: true, n: 2, messages: [{ role: 'user', content: PROMPT }] })
  const text = await new Response(stream.toReadableStream()).text()
  const byChoice = ['', '']
  for (const line of text.split('\n').filter(Boolean)) {
    for (const c of JSON.parse(line).choices) byChoice[c.index] += c.delta.content ?? ''
  }
  assert.deepStrictEqual(byChoice, [`(0) ${ANSWER}`, `(1) ${ANSWER}`])
})

test('chat: the client helpers (stream, parse) go through the wrapper', async () => {
  const openai = client()
  const runner = openai.chat.completions.stream({ model: 'gpt-test', messages: [{ role: 'user', content: PROMPT }] })
  assert.strictEqual(await runner.finalContent(), ANSWER)
  const parsed = await openai.chat.completions.parse({ model: 'gpt-test', messages: [{ role: 'user', content: PROMPT }] })
  assert.strictEqual(parsed.choices[0].message.content, ANSWER)
  assert.strictEqual(fake.requests.length, 2)
  for (const { body } of fake.requests) assertTokenized(body)
})

test('chat: a second turn sends the same tokens for the same values', async () => {
  const openai = client()
  const first = { role: 'user', content: PROMPT }
  const answer = (await openai.chat.completions.create({ model: 'gpt-test', messages: [first] })).choices[0].message
  assert.strictEqual(answer.content, ANSWER)
  const second = { role: 'user', content: `Also copy bob@example.com and ${EMAIL}.` }
  const reply = await openai.chat.completions.create({ model: 'gpt-test', messages: [first, answer, second] })
  const [turn1, turn2] = fake.requests.map(r => r.body)
  assertTokenized(turn2)
  assert.deepStrictEqual(turn2.messages[0], turn1.messages[0], 'the first message is sent as before')
  assert.strictEqual(turn2.messages[1].content, 'Hello [PERSON_1], I wrote to [EMAIL_ADDRESS_1] and [AWS_ACCESS_KEY_ID_1].')
  assert.strictEqual(turn2.messages[2].content, 'Also copy [EMAIL_ADDRESS_2] and [EMAIL_ADDRESS_1].')
  assert.strictEqual(reply.choices[0].message.content, `Hello bob@example.com, I wrote to ${EMAIL}.`)
})

test('chat: options.scrubline.vault overrides the vault for one call', async () => {
  const own = new Vault()
  const other = new Vault()
  const openai = client({ vault: own })
  const r = await openai.chat.completions.create({ model: 'gpt-test', messages: [{ role: 'user', content: PROMPT }] }, { scrubline: { vault: other }, timeout: 5000 })
  assert.strictEqual(r.choices[0].message.content, ANSWER)
  assert.strictEqual(other.size, 3)
  assert.strictEqual(own.size, 0)
  // Per-call options of redact ride along: `deny` adds a term.
  await openai.chat.completions.create({ model: 'gpt-test', messages: [{ role: 'user', content: 'Project Zebra for ada@example.com' }] }, { scrubline: { deny: ['Project Zebra'] } })
  assert.strictEqual(fake.requests[1].body.messages[0].content, '[DENY_LIST_1] for [EMAIL_ADDRESS_1]')
  assert.strictEqual(own.size, 2)
})

test('chat: tool calls reach the tool with values; tool results leave tokenized', async () => {
  fake.reply = body => body.messages.some(m => m.role === 'tool')
    ? { text: `Done: ${body.messages.at(-1).content}` }
    : { toolCall: { name: 'send_mail', arguments: JSON.stringify({ to: '[EMAIL_ADDRESS_1]', name: '[PERSON_1]' }) } }
  const calls = []
  const runner = client().chat.completions.runTools({
    model: 'gpt-test',
    messages: [{ role: 'user', content: PROMPT }],
    tools: [{
      type: 'function',
      function: {
        name: 'send_mail',
        parameters: { type: 'object', properties: { to: { type: 'string' }, name: { type: 'string' } } },
        parse: JSON.parse,
        function: args => { calls.push(args); return `sent to ${args.to}` }
      }
    }]
  })
  assert.strictEqual(await runner.finalContent(), `Done: sent to ${EMAIL}`)
  assert.deepStrictEqual(calls, [{ to: EMAIL, name: NAME }])
  assert.strictEqual(fake.requests.length, 2)
  const back = fake.requests[1].body.messages
  assertTokenized(fake.requests[1].body)
  assert.strictEqual(back.at(-1).content, 'sent to [EMAIL_ADDRESS_1]')
  assert.strictEqual(JSON.parse(back.at(-2).tool_calls[0].function.arguments).to, '[EMAIL_ADDRESS_1]')
})

test('chat: streamed tool-call arguments are restored', async () => {
  fake.reply = () => ({ toolCall: { name: 'send_mail', arguments: JSON.stringify({ to: '[EMAIL_ADDRESS_1]', note: 'x'.repeat(40) }) } })
  const stream = await client().chat.completions.create({ model: 'gpt-test', stream: true, messages: [{ role: 'user', content: PROMPT }] })
  let args = ''
  for await (const chunk of stream) {
    for (const call of chunk.choices[0]?.delta.tool_calls ?? []) args += call.function?.arguments ?? ''
  }
  assert.deepStrictEqual(JSON.parse(args), { to: EMAIL, note: 'x'.repeat(40) })
})

test('chat: a redaction error sends nothing and rejects', async () => {
  const small = new Scrubber({ max_input_bytes: 16 })
  const openai = wrapOpenAI(new OpenAI({ baseURL: fake.url, apiKey: 'sk-test', maxRetries: 0 }), { scrubber: small })
  await assert.rejects(openai.chat.completions.create({ model: 'gpt-test', messages: [{ role: 'user', content: PROMPT }] }), e => e.code === 'input_too_large')
  await assert.rejects(openai.chat.completions.create({ model: 'gpt-test', stream: true, messages: [{ role: 'user', content: PROMPT }] }), e => e.code === 'input_too_large')
  // The helper wraps errors in an OpenAIError; the cause is ours.
  await assert.rejects(openai.chat.completions.stream({ model: 'gpt-test', messages: [{ role: 'user', content: PROMPT }] }).finalContent(), e => e.cause?.code === 'input_too_large')
  await assert.rejects(openai.responses.create({ model: 'gpt-test', input: PROMPT }), e => e.code === 'input_too_large')
  await assert.rejects(client().chat.completions.create({ model: 'gpt-test', messages: [{ role: 'user', content: PROMPT }] }, { scrubline: { vault: 'nope' } }), TypeError)
  assert.strictEqual(fake.requests.length, 0)
})

test('block: a request holding a blocked entity is refused with counts only; others go redacted', async () => {
  const openai = client({ call: { block: ['secret'] } })
  const blocked = e => e.code === 'blocked' && e.entities.AWS_ACCESS_KEY_ID === 1 && !e.message.includes(KEY)
  await assert.rejects(openai.chat.completions.create({ model: 'gpt-test', messages: [{ role: 'user', content: PROMPT }] }), blocked)
  await assert.rejects(openai.responses.create({ model: 'gpt-test', input: PROMPT }), blocked)
  assert.strictEqual(fake.requests.length, 0)
  // Per call too; a prompt without a secret is sent tokenized.
  await assert.rejects(client().chat.completions.create({ model: 'gpt-test', messages: [{ role: 'user', content: PROMPT }] }, { scrubline: { block: ['PERSON'] } }), e => e.code === 'blocked' && e.entities.PERSON === 1)
  const r = await openai.chat.completions.create({ model: 'gpt-test', messages: [{ role: 'user', content: `Write to ${EMAIL}.` }] })
  assert.ok(r.choices[0].message.content.includes(EMAIL))
  assert.ok(!JSON.stringify(fake.requests).includes(EMAIL))
  assert.throws(() => client({ call: { vault: new Vault() } }), TypeError)
})

test('responses: instructions and input leave tokenized, output comes back restored', async () => {
  const openai = client()
  const r = await openai.responses.create({ model: 'gpt-test', instructions: `Help ${NAME}.`, input: PROMPT })
  assert.strictEqual(r.output_text, ANSWER)
  assert.strictEqual(r.output[0].content[0].text, ANSWER)
  assertTokenized(fake.requests[0].body)
  assert.strictEqual(fake.requests[0].body.instructions, 'Help [PERSON_1].')
  // Second turn as input items: the previous output goes back tokenized.
  const input = [
    { role: 'user', content: [{ type: 'input_text', text: PROMPT }] },
    ...r.output,
    { role: 'user', content: `And ${EMAIL} again` }
  ]
  const again = await openai.responses.create({ model: 'gpt-test', input })
  const sent = fake.requests[1].body
  assertTokenized(sent)
  assert.strictEqual(sent.input[1].content[0].text, 'Hello [PERSON_1], I wrote to [EMAIL_ADDRESS_1] and [AWS_ACCESS_KEY_ID_1].')
  assert.strictEqual(again.output_text, `Hello ${EMAIL}.`)
})

test('responses: streamed deltas are restored incrementally, done events whole', async () => {
  const stream = await client().responses.create({ model: 'gpt-test', input: PROMPT, stream: true })
  const deltas = []
  const done = {}
  for await (const event of stream) {
    if (event.type === 'response.output_text.delta') deltas.push(event.delta)
    if (event.type === 'response.output_text.done') done.text = event.text
    if (event.type === 'response.content_part.done') done.part = event.part.text
    if (event.type === 'response.output_item.done') done.item = event.item.content[0].text
    if (event.type === 'response.completed') done.response = event.response.output[0].content[0].text
  }
  assert.strictEqual(deltas.join(''), ANSWER)
  assert.ok(deltas.filter(Boolean).length > 2, 'restored incrementally')
  assert.deepStrictEqual(done, { text: ANSWER, part: ANSWER, item: ANSWER, response: ANSWER })
  assertTokenized(fake.requests[0].body)
})

test('responses: the stream helper and function-call arguments', async () => {
  const openai = client()
  const final = await openai.responses.stream({ model: 'gpt-test', input: PROMPT }).finalResponse()
  assert.strictEqual(final.output_text, ANSWER)
  fake.reply = () => ({ toolCall: { name: 'send_mail', arguments: JSON.stringify({ to: '[EMAIL_ADDRESS_1]' }) } })
  const r = await openai.responses.create({ model: 'gpt-test', input: PROMPT })
  assert.deepStrictEqual(JSON.parse(r.output[0].arguments), { to: EMAIL })
  const stream = await openai.responses.create({ model: 'gpt-test', input: PROMPT, stream: true })
  let args = ''
  let doneArgs = null
  for await (const event of stream) {
    if (event.type === 'response.function_call_arguments.delta') args += event.delta
    if (event.type === 'response.function_call_arguments.done') doneArgs = event.arguments
  }
  assert.deepStrictEqual(JSON.parse(args), { to: EMAIL })
  assert.deepStrictEqual(JSON.parse(doneArgs), { to: EMAIL })
  for (const { body } of fake.requests) assertTokenized(body)
})

test('responses: reasoning summaries come back restored and leave tokenized again', async () => {
  fake.reply = body => ({ text: 'Done.', reasoning: `The user [PERSON_1] wants mail to [EMAIL_ADDRESS_1]; ${'x'.repeat(9)}` })
  const openai = client()
  const want = `The user ${NAME} wants mail to ${EMAIL}; ${'x'.repeat(9)}`
  const r = await openai.responses.create({ model: 'gpt-test', input: PROMPT })
  assert.strictEqual(r.output[0].summary[0].text, want)
  const stream = await openai.responses.create({ model: 'gpt-test', input: PROMPT, stream: true })
  let deltas = ''
  let done = null
  for await (const event of stream) {
    if (event.type === 'response.reasoning_summary_text.delta') deltas += event.delta
    if (event.type === 'response.reasoning_summary_part.done') done = event.part.text
  }
  assert.deepStrictEqual([deltas, done], [want, want])
  // The restored output sent back as input, with a stored prompt's variables.
  await openai.responses.create({ model: 'gpt-test', input: [{ role: 'user', content: PROMPT }, ...r.output], prompt: { id: 'pmpt_1', variables: { customer: NAME, note: { type: 'input_text', text: EMAIL } } } })
  const sent = fake.requests[2].body
  assertTokenized(sent)
  assert.strictEqual(sent.input[1].summary[0].text, `The user [PERSON_1] wants mail to [EMAIL_ADDRESS_1]; ${'x'.repeat(9)}`)
  assert.deepStrictEqual(sent.prompt.variables, { customer: '[PERSON_1]', note: { type: 'input_text', text: '[EMAIL_ADDRESS_1]' } })
})

test('chat: predicted output leaves tokenized', async () => {
  await client().chat.completions.create({ model: 'gpt-test', messages: [{ role: 'user', content: PROMPT }], prediction: { type: 'content', content: `Dear ${NAME}` } })
  assert.deepStrictEqual(fake.requests[0].body.prediction, { type: 'content', content: 'Dear [PERSON_1]' })
})

test('the wrapper behaves like the client elsewhere', async () => {
  const raw = new OpenAI({ baseURL: fake.url, apiKey: 'sk-test', maxRetries: 0 })
  const openai = wrapOpenAI(raw, { scrubber })
  assert.ok(openai instanceof OpenAI)
  assert.strictEqual(openai.baseURL, raw.baseURL)
  assert.strictEqual(openai.models, raw.models)
  const { data, response } = await openai.chat.completions.create({ model: 'gpt-test', messages: [{ role: 'user', content: PROMPT }] }).withResponse()
  assert.strictEqual(response.status, 200)
  assert.strictEqual(data.choices[0].message.content, ANSWER)
  // withOptions keeps the wrapper and its vault (the same conversation).
  const other = openai.withOptions({ timeout: 5000 })
  const r = await other.chat.completions.create({ model: 'gpt-test', messages: [{ role: 'user', content: `mail ${EMAIL}` }] })
  assert.strictEqual(fake.requests.at(-1).body.messages[0].content, 'mail [EMAIL_ADDRESS_1]')
  assert.strictEqual(r.choices[0].message.content, `Hello ${EMAIL}.`)
})

test('wrapOpenAI refuses what is not an openai client, with an install hint', () => {
  assert.throws(() => wrapOpenAI({}), e => e instanceof TypeError && /npm install openai/.test(e.message))
  assert.throws(() => wrapOpenAI(undefined), /npm install openai/)
  assert.throws(() => wrapOpenAI(new OpenAI({ apiKey: 'x' }), { vault: {} }), /vault must be a Vault/)
})
