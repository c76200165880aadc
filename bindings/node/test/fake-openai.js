'use strict'
// A fake OpenAI API on 127.0.0.1 for the wrapper tests (openai.test.js,
// ai.test.js): POST /chat/completions and /responses, JSON or SSE. It
// records every request body and answers by echoing the vault tokens of
// the last user message (`Hello [PERSON_1], I wrote to [EMAIL_ADDRESS_1].`);
// streamed answers come in 4-character pieces, so tokens are cut mid-way.
// (node --test runs this file too; it defines no tests.)

const http = require('node:http')

const TOKEN = /\[[A-Z][A-Z0-9_]*_\d+\]/g
const PIECE = 4

/** The vault tokens in `text`, in order, each once. */
function tokensIn (text) {
  return [...new Set(String(text).match(TOKEN) ?? [])]
}

/** The default answer: greets the first token and lists the others. */
function echo (tokens) {
  if (tokens.length === 0) return 'Hello, nothing to report.'
  const [first, ...rest] = tokens
  return rest.length ? `Hello ${first}, I wrote to ${rest.join(' and ')}.` : `Hello ${first}.`
}

function textOf (content) {
  if (typeof content === 'string') return content
  if (Array.isArray(content)) return content.map(p => p?.text ?? '').join('\n')
  return ''
}

/** The text of the last user message of a chat or responses request. */
function lastUserText (body) {
  if (Array.isArray(body.messages)) {
    const user = body.messages.filter(m => m.role === 'user').at(-1)
    return user ? textOf(user.content) : ''
  }
  if (typeof body.input === 'string') return body.input
  if (Array.isArray(body.input)) {
    const user = body.input.filter(m => m.role === 'user').at(-1)
    return user ? textOf(user.content) : ''
  }
  return ''
}

function pieces (text, size = PIECE) {
  const out = []
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size))
  return out
}

const defaultReply = body => ({ text: echo(tokensIn(lastUserText(body))) })

/**
 * Starts the fake. `fake.requests` holds `{ path, body }` of each request;
 * `fake.reply(body)` may be replaced to answer differently: it returns
 * `{ text }` or `{ toolCall: { name, arguments } }`, and on /responses
 * optionally `reasoning` (a summary text, sent before the answer). `reset()` forgets the
 * requests and restores the default reply.
 */
async function startFake () {
  const fake = {
    requests: [],
    reply: defaultReply,
    url: '',
    reset () { fake.requests.length = 0; fake.reply = defaultReply },
    close: () => new Promise(resolve => server.close(resolve))
  }
  const server = http.createServer((req, res) => {
    let raw = ''
    req.setEncoding('utf8')
    req.on('data', chunk => { raw += chunk })
    req.on('end', () => {
      const body = JSON.parse(raw || '{}')
      const path = new URL(req.url, 'http://x').pathname
      fake.requests.push({ path, body })
      const answer = fake.reply(body)
      if (path.endsWith('/chat/completions')) return chat(res, body, answer)
      if (path.endsWith('/responses')) return responses(res, body, answer)
      res.writeHead(404, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ error: { message: `no route ${path}`, type: 'invalid_request_error' } }))
    })
  })
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve))
  fake.url = `http://127.0.0.1:${server.address().port}/v1`
  return fake
}

function json (res, value) {
  res.writeHead(200, { 'content-type': 'application/json' })
  res.end(JSON.stringify(value))
}

function sse (res, events) {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' })
  for (const event of events) {
    const name = event.type ? `event: ${event.type}\n` : ''
    res.write(`${name}data: ${JSON.stringify(event)}\n\n`)
  }
  res.end('data: [DONE]\n\n')
}

const CREATED = 1767225600

function chat (res, body, answer) {
  const base = { id: 'chatcmpl-1', created: CREATED, model: body.model }
  const call = answer.toolCall && { id: 'call_1', type: 'function', function: { name: answer.toolCall.name, arguments: answer.toolCall.arguments } }
  const finish = call ? 'tool_calls' : 'stop'
  // With `n`, choice i answers `(i) text`.
  const n = body.n ?? 1
  const texts = Array.from({ length: n }, (_, i) => n > 1 ? `(${i}) ${answer.text}` : answer.text)
  if (!body.stream) {
    return json(res, {
      ...base,
      object: 'chat.completion',
      choices: texts.map((text, index) => ({
        index,
        message: call ? { role: 'assistant', content: null, refusal: null, tool_calls: [call] } : { role: 'assistant', content: text, refusal: null },
        logprobs: null,
        finish_reason: finish
      })),
      usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 }
    })
  }
  const chunk = (delta, index = 0, reason = null) => ({ ...base, object: 'chat.completion.chunk', choices: [{ index, delta, logprobs: null, finish_reason: reason }] })
  const events = texts.map((_, i) => chunk({ role: 'assistant', content: '' }, i))
  if (call) {
    events.push(chunk({ tool_calls: [{ index: 0, id: call.id, type: 'function', function: { name: call.function.name, arguments: '' } }] }))
    for (const p of pieces(call.function.arguments)) events.push(chunk({ tool_calls: [{ index: 0, function: { arguments: p } }] }))
  } else {
    // The choices' pieces interleaved.
    const split = texts.map(t => pieces(t))
    for (let k = 0; k < Math.max(...split.map(s => s.length)); k++) {
      split.forEach((s, i) => { if (k < s.length) events.push(chunk({ content: s[k] }, i)) })
    }
  }
  texts.forEach((_, i) => events.push(chunk({}, i, finish)))
  if (body.stream_options?.include_usage) {
    events.push({ ...base, object: 'chat.completion.chunk', choices: [], usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 } })
  }
  sse(res, events)
}

function responses (res, body, answer) {
  const item = answer.toolCall
    ? { id: 'fc_1', type: 'function_call', status: 'completed', call_id: 'call_1', name: answer.toolCall.name, arguments: answer.toolCall.arguments }
    : { id: 'msg_1', type: 'message', role: 'assistant', status: 'completed', content: [{ type: 'output_text', text: answer.text, annotations: [], logprobs: [] }] }
  const response = (status, output) => ({
    id: 'resp_1',
    object: 'response',
    created_at: CREATED,
    model: body.model,
    status,
    error: null,
    incomplete_details: null,
    instructions: body.instructions ?? null,
    output,
    parallel_tool_calls: true,
    tool_choice: 'auto',
    tools: [],
    usage: status === 'completed' ? { input_tokens: 10, input_tokens_details: { cached_tokens: 0 }, output_tokens: 10, output_tokens_details: { reasoning_tokens: 0 }, total_tokens: 20 } : null
  })
  const reasoning = answer.reasoning !== undefined && { id: 'rs_1', type: 'reasoning', summary: [{ type: 'summary_text', text: answer.reasoning }], encrypted_content: null }
  const output = reasoning ? [reasoning, item] : [item]
  if (!body.stream) return json(res, response('completed', output))
  let seq = 0
  const ev = e => ({ ...e, sequence_number: seq++ })
  const events = [ev({ type: 'response.created', response: response('in_progress', []) }), ev({ type: 'response.in_progress', response: response('in_progress', []) })]
  const index = output.indexOf(item)
  if (reasoning) {
    const at = { item_id: reasoning.id, output_index: 0, summary_index: 0 }
    const text = answer.reasoning
    events.push(ev({ type: 'response.output_item.added', output_index: 0, item: { ...reasoning, summary: [] } }))
    events.push(ev({ type: 'response.reasoning_summary_part.added', ...at, part: { type: 'summary_text', text: '' } }))
    for (const p of pieces(text)) events.push(ev({ type: 'response.reasoning_summary_text.delta', ...at, delta: p }))
    events.push(ev({ type: 'response.reasoning_summary_text.done', ...at, text }))
    events.push(ev({ type: 'response.reasoning_summary_part.done', ...at, part: { type: 'summary_text', text } }))
    events.push(ev({ type: 'response.output_item.done', output_index: 0, item: reasoning }))
  }
  if (answer.toolCall) {
    events.push(ev({ type: 'response.output_item.added', output_index: index, item: { ...item, status: 'in_progress', arguments: '' } }))
    for (const p of pieces(item.arguments)) events.push(ev({ type: 'response.function_call_arguments.delta', item_id: item.id, output_index: index, delta: p }))
    events.push(ev({ type: 'response.function_call_arguments.done', item_id: item.id, output_index: index, arguments: item.arguments }))
  } else {
    const text = item.content[0].text
    const at = { item_id: item.id, output_index: index, content_index: 0 }
    events.push(ev({ type: 'response.output_item.added', output_index: index, item: { ...item, status: 'in_progress', content: [] } }))
    events.push(ev({ type: 'response.content_part.added', ...at, part: { type: 'output_text', text: '', annotations: [] } }))
    for (const p of pieces(text)) events.push(ev({ type: 'response.output_text.delta', ...at, delta: p, logprobs: [] }))
    events.push(ev({ type: 'response.output_text.done', ...at, text, logprobs: [] }))
    events.push(ev({ type: 'response.content_part.done', ...at, part: { type: 'output_text', text, annotations: [] } }))
  }
  events.push(ev({ type: 'response.output_item.done', output_index: index, item }))
  events.push(ev({ type: 'response.completed', response: response('completed', output) }))
  sse(res, events)
}

module.exports = { startFake, tokensIn, echo, lastUserText }
