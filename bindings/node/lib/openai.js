'use strict'
// A drop-in wrapper of the `openai` npm client for the LLM round trip:
// prompts leave with vault tokens ([PERSON_1]) instead of values, answers
// come back with the values restored, streamed or not. The `openai`
// package itself is never loaded here: the caller passes its client.

const { settings, RequestRedaction, Restorers, restoreJsonText } = require('./roundtrip.js')

/**
 * Wraps an `openai` client (`new OpenAI()`, openai 6 or later). The result
 * behaves like the client; these calls are scrubbed:
 *
 * - `chat.completions.create`: `messages[*].content` (strings and `text`
 *   parts), `refusal`, assistant `tool_calls` arguments and `prediction`
 *   are redacted into the vault before sending; `choices[*].message`
 *   content, refusal and tool-call arguments are restored; with
 *   `stream: true` each chunk's `delta` is restored incrementally, one
 *   restorer per choice (and tool call).
 * - `responses.create`: `instructions`, `input` (a string, or items with
 *   string content, text parts, function calls and their outputs,
 *   reasoning summaries) and a stored prompt's `variables` are redacted;
 *   `output_text` and the output items (messages, function calls,
 *   reasoning summaries) are restored; streamed `*.delta` events
 *   incrementally, `*.done`, `response.*`, item and part events whole.
 * - The helpers built on those (`chat.completions.stream`, `.parse`,
 *   `.runTools`, `responses.stream`, `responses.parse`) go through them.
 *
 * Every other resource (embeddings, legacy completions, conversations,
 * audio, ...) is passed through unchanged.
 *
 * One wrapper is one conversation: its vault keeps tokens stable across
 * turns. `create(params, { scrubline: { vault, ...callOptions } })`
 * overrides the vault (and adds `redact`'s per-call options) for one call;
 * the `scrubline` key is removed before the client sees the options.
 *
 * Redaction is synchronous, so `create` still returns the client's
 * `APIPromise` (`withResponse()` gives restored data; `asResponse()` the
 * raw, tokenized HTTP response). If redaction throws, nothing is sent and
 * the call rejects with that error.
 *
 * @param {any} client an `OpenAI` client
 * @param {{ scrubber?: import('./index').Scrubber, vault?: import('./index').Vault, onReport?: (report: any) => void, call?: import('./index').CallOptions }} [options]
 *   `scrubber` (shared; default a new `Scrubber()`), `vault` (default a new
 *   `Vault()`), `onReport(report)` once per request with the summed counts,
 *   `call`: `redact`'s per-call options for every request (`{ block:
 *   ['secret'] }` rejects a request holding a secret with a `blocked`
 *   error; nothing is sent).
 */
function wrapOpenAI (client, options = {}) {
  if (!isClient(client)) {
    throw new TypeError("wrapOpenAI takes a client of the 'openai' package (npm install openai): wrapOpenAI(new OpenAI(), { vault })")
  }
  const config = settings(options, 'wrapOpenAI')
  /** @type {any} */
  let wrapped = null
  const chatCreate = wrapCreate(client.chat.completions, client, config, redactChatParams, restoreChatCompletion, restoreChatStream)
  const responsesCreate = client.responses && wrapCreate(client.responses, client, config, redactResponseParams, restoreResponse, restoreResponseStream)
  // The resources' own methods run with `this` = the proxy, so helpers
  // that call `this._client.chat.completions.create` reach the wrapper.
  const completions = resourceProxy(client.chat.completions, { create: () => chatCreate, _client: () => wrapped })
  const chat = resourceProxy(client.chat, { completions: () => completions, _client: () => wrapped })
  const responses = client.responses && resourceProxy(client.responses, { create: () => responsesCreate, _client: () => wrapped })
  wrapped = new Proxy(client, {
    get (target, prop) {
      if (prop === 'chat') return chat
      if (prop === 'responses' && responses) return responses
      if (prop === 'withOptions' && typeof target.withOptions === 'function') {
        return (/** @type {any} */ opts) => wrapOpenAI(target.withOptions(opts), config)
      }
      const value = Reflect.get(target, prop, target)
      // The client's methods use its private fields: call them on it.
      return typeof value === 'function' ? value.bind(target) : value
    }
  })
  return wrapped
}

function isClient (client) {
  return client !== null && typeof client === 'object' &&
    typeof client.chat?.completions?.create === 'function'
}

/**
 * A proxy of `resource` whose `overrides` (getters by property name) win;
 * its other methods run with `this` = the proxy.
 */
function resourceProxy (resource, overrides) {
  return new Proxy(resource, {
    get (target, prop, receiver) {
      if (Object.hasOwn(overrides, prop)) return overrides[prop]()
      return Reflect.get(target, prop, receiver)
    }
  })
}

/**
 * `create` of `chat.completions` or `responses`, scrubbed.
 * @param {any} resource the unwrapped resource
 * @param {any} client the unwrapped client
 * @param {{ scrubber: any, vault: any, onReport: any, call: any }} config
 * @param {(params: any, redaction: RequestRedaction) => any} redactParams
 * @param {(result: any, vault: any) => any} restoreResult
 * @param {(events: AsyncIterable<any>, vault: any) => AsyncGenerator<any>} restoreEvents
 */
function wrapCreate (resource, client, config, redactParams, restoreResult, restoreEvents) {
  return function create (/** @type {any} */ params, /** @type {any} */ requestOptions) {
    let vault, sent, rest
    try {
      const { scrubline, ...others } = requestOptions ?? {}
      rest = requestOptions === undefined ? undefined : others
      if (scrubline !== undefined && (scrubline === null || typeof scrubline !== 'object')) throw new TypeError('options.scrubline must be an object')
      vault = scrubline?.vault ?? config.vault
      const redaction = new RequestRedaction(config.scrubber, { ...config.call, ...scrubline, vault }, config.onReport)
      sent = redactParams(params, redaction)
      redaction.done()
    } catch (e) {
      return rejected(e)
    }
    const promise = resource.create(sent, rest)
    const restore = result => isStream(result) ? restoringStream(result, client, vault, restoreEvents) : restoreResult(result, vault)
    return typeof promise?._thenUnwrap === 'function' ? promise._thenUnwrap(restore) : Promise.resolve(promise).then(restore)
  }
}

/** A rejected promise that, like the client's APIPromise, can be chained by its helpers. */
function rejected (error) {
  const p = Promise.reject(error)
  return Object.assign(p, { _thenUnwrap: () => p, withResponse: () => p, asResponse: () => p })
}

function isStream (value) {
  return value !== null && typeof value === 'object' && typeof value[Symbol.asyncIterator] === 'function'
}

/**
 * `stream` with its items restored, as the client's own `Stream` class
 * (so `controller`, `tee()` and `toReadableStream()` work) when it is one.
 */
function restoringStream (stream, client, vault, restoreEvents) {
  const iterate = () => restoreEvents(stream, vault)
  const Stream = stream.constructor
  if (stream.controller && typeof Stream === 'function' && Stream !== Object) {
    try {
      return new Stream(iterate, stream.controller, client)
    } catch {}
  }
  return { [Symbol.asyncIterator]: iterate, controller: stream.controller }
}

// ---- chat completions -------------------------------------------------

/** The request with every message's text redacted (the caller's object is not changed). */
function redactChatParams (params, redaction) {
  if (params === null || typeof params !== 'object') return params
  const out = { ...params }
  if (Array.isArray(out.messages)) out.messages = out.messages.map(m => redactChatMessage(m, redaction))
  // Predicted output is text sent to the model too.
  if (out.prediction && out.prediction.content !== undefined) out.prediction = redactChatMessage(out.prediction, redaction)
  return out
}

function redactChatMessage (message, redaction) {
  if (message === null || typeof message !== 'object') return message
  const out = { ...message }
  if (typeof out.content === 'string') out.content = redaction.text(out.content)
  else if (Array.isArray(out.content)) out.content = out.content.map(part => redactPart(part, redaction))
  if (typeof out.refusal === 'string') out.refusal = redaction.text(out.refusal)
  if (Array.isArray(out.tool_calls)) out.tool_calls = out.tool_calls.map(call => redactToolCall(call, redaction))
  if (out.function_call && typeof out.function_call.arguments === 'string') {
    out.function_call = { ...out.function_call, arguments: redaction.text(out.function_call.arguments) }
  }
  return out
}

/** Content part types whose `text` is redacted and restored. */
const TEXT_PARTS = new Set(['text', 'input_text', 'output_text', 'summary_text', 'reasoning_text'])

/** A content part: the text of TEXT_PARTS and `refusal` redacted; others (images, audio, files) as they are. */
function redactPart (part, redaction) {
  if (part === null || typeof part !== 'object') return typeof part === 'string' ? redaction.text(part) : part
  if (typeof part.text === 'string' && TEXT_PARTS.has(part.type)) {
    return { ...part, text: redaction.text(part.text) }
  }
  if (part.type === 'refusal' && typeof part.refusal === 'string') return { ...part, refusal: redaction.text(part.refusal) }
  return part
}

function redactToolCall (call, redaction) {
  if (call?.function && typeof call.function.arguments === 'string') {
    return { ...call, function: { ...call.function, arguments: redaction.text(call.function.arguments) } }
  }
  if (call?.custom && typeof call.custom.input === 'string') {
    return { ...call, custom: { ...call.custom, input: redaction.text(call.custom.input) } }
  }
  return call
}

/** Restores a ChatCompletion in place. */
function restoreChatCompletion (completion, vault) {
  for (const choice of completion?.choices ?? []) {
    const message = choice?.message
    if (!message) continue
    if (typeof message.content === 'string') message.content = vault.restore(message.content)
    if (typeof message.refusal === 'string') message.refusal = vault.restore(message.refusal)
    for (const call of message.tool_calls ?? []) {
      if (call?.function && typeof call.function.arguments === 'string') call.function.arguments = restoreJsonText(vault, call.function.arguments)
      if (call?.custom && typeof call.custom.input === 'string') call.custom.input = vault.restore(call.custom.input)
    }
    if (message.function_call && typeof message.function_call.arguments === 'string') {
      message.function_call.arguments = restoreJsonText(vault, message.function_call.arguments)
    }
    if (message.audio && typeof message.audio.transcript === 'string') message.audio.transcript = vault.restore(message.audio.transcript)
  }
  return completion
}

/**
 * ChatCompletionChunks with `delta.content`, `delta.refusal` and tool-call
 * argument deltas restored, one restorer each per choice (and tool call).
 * A choice's held-back rest goes into the chunk that finishes it, a tool
 * call's into the chunk that starts the next one; what is still held when
 * the stream ends comes in one more chunk per choice.
 */
async function * restoreChatStream (chunks, vault) {
  const restorers = new Restorers(vault)
  const tools = new Map() // choice index -> current tool call index
  let last = null
  for await (const chunk of chunks) {
    last = chunk
    for (const choice of chunk?.choices ?? []) {
      const i = choice.index ?? 0
      const delta = choice.delta
      if (delta) {
        if (typeof delta.content === 'string') delta.content = restorers.feed(`${i}:content`, delta.content)
        if (typeof delta.refusal === 'string') delta.refusal = restorers.feed(`${i}:refusal`, delta.refusal)
        if (Array.isArray(delta.tool_calls)) {
          const calls = []
          for (const call of delta.tool_calls) {
            const current = tools.get(i)
            if (current !== undefined && current !== call.index) {
              const rest = restorers.finish(`${i}:tool:${current}`)
              if (rest) calls.push({ index: current, function: { arguments: rest } })
            }
            tools.set(i, call.index)
            if (call.function && typeof call.function.arguments === 'string') {
              call.function.arguments = restorers.feed(`${i}:tool:${call.index}`, call.function.arguments)
            }
            calls.push(call)
          }
          delta.tool_calls = calls
        }
      }
      if (choice.finish_reason) {
        choice.delta = finishChoice(restorers, i, delta ?? {})
        tools.delete(i)
      }
    }
    yield chunk
  }
  const pending = new Set(restorers.keys().map(k => Number(k.split(':')[0])))
  for (const i of pending) {
    yield {
      id: last?.id,
      object: last?.object ?? 'chat.completion.chunk',
      created: last?.created,
      model: last?.model,
      choices: [{ index: i, delta: finishChoice(restorers, i, {}), finish_reason: null, logprobs: null }]
    }
  }
}

/** `delta` with the held-back rest of choice `i` (content, refusal, tool calls) appended. */
function finishChoice (restorers, i, delta) {
  const content = restorers.finish(`${i}:content`)
  if (content) delta.content = (delta.content ?? '') + content
  const refusal = restorers.finish(`${i}:refusal`)
  if (refusal) delta.refusal = (delta.refusal ?? '') + refusal
  for (const key of restorers.keys()) {
    const m = /^(\d+):tool:(\d+)$/.exec(key)
    if (!m || Number(m[1]) !== i) continue
    const rest = restorers.finish(key)
    if (rest) (delta.tool_calls ??= []).push({ index: Number(m[2]), function: { arguments: rest } })
  }
  return delta
}

// ---- responses ---------------------------------------------------------

/** The request with `instructions` and `input` redacted (a new object). */
function redactResponseParams (params, redaction) {
  if (params === null || typeof params !== 'object') return params
  const out = { ...params }
  if (typeof out.instructions === 'string') out.instructions = redaction.text(out.instructions)
  if (typeof out.input === 'string') out.input = redaction.text(out.input)
  else if (Array.isArray(out.input)) out.input = out.input.map(item => redactInputItem(item, redaction))
  // A stored prompt's variables are filled in with user text.
  if (out.prompt && out.prompt.variables && typeof out.prompt.variables === 'object') {
    const variables = Object.fromEntries(Object.entries(out.prompt.variables).map(([k, v]) => [k, redactPart(v, redaction)]))
    out.prompt = { ...out.prompt, variables }
  }
  return out
}

function redactInputItem (item, redaction) {
  if (item === null || typeof item !== 'object') return item
  const out = { ...item }
  if (out.type === undefined || out.type === 'message') {
    if (typeof out.content === 'string') out.content = redaction.text(out.content)
    else if (Array.isArray(out.content)) out.content = out.content.map(part => redactPart(part, redaction))
  } else if (out.type === 'function_call' && typeof out.arguments === 'string') {
    out.arguments = redaction.text(out.arguments)
  } else if (out.type === 'custom_tool_call' && typeof out.input === 'string') {
    out.input = redaction.text(out.input)
  } else if (out.type === 'reasoning') {
    // Summaries come back restored (below): they leave tokenized again.
    if (Array.isArray(out.summary)) out.summary = out.summary.map(part => redactPart(part, redaction))
    if (Array.isArray(out.content)) out.content = out.content.map(part => redactPart(part, redaction))
  } else if (out.type === 'function_call_output' || out.type === 'custom_tool_call_output') {
    if (typeof out.output === 'string') out.output = redaction.text(out.output)
    else if (Array.isArray(out.output)) out.output = out.output.map(part => redactPart(part, redaction))
  }
  return out
}

/** Restores a Response (or a streamed event's `response`) in place. */
function restoreResponse (response, vault) {
  if (response === null || typeof response !== 'object') return response
  for (const item of response.output ?? []) restoreOutputItem(item, vault)
  if (typeof response.output_text === 'string') response.output_text = vault.restore(response.output_text)
  return response
}

function restoreOutputItem (item, vault) {
  if (item === null || typeof item !== 'object') return item
  if (item.type === 'message' && Array.isArray(item.content)) {
    for (const part of item.content) restoreOutputPart(part, vault)
  } else if (item.type === 'function_call' && typeof item.arguments === 'string') {
    item.arguments = restoreJsonText(vault, item.arguments)
  } else if (item.type === 'custom_tool_call' && typeof item.input === 'string') {
    item.input = vault.restore(item.input)
  } else if (item.type === 'reasoning') {
    for (const part of item.summary ?? []) restoreOutputPart(part, vault)
    for (const part of item.content ?? []) restoreOutputPart(part, vault)
  }
  return item
}

function restoreOutputPart (part, vault) {
  if (TEXT_PARTS.has(part?.type) && typeof part.text === 'string') part.text = vault.restore(part.text)
  else if (part?.type === 'refusal' && typeof part.refusal === 'string') part.refusal = vault.restore(part.refusal)
  return part
}

/** Which delta events restore incrementally: event type -> [field, done type, done field]. */
const DELTAS = {
  'response.output_text.delta': ['delta', 'response.output_text.done', 'text'],
  'response.refusal.delta': ['delta', 'response.refusal.done', 'refusal'],
  'response.function_call_arguments.delta': ['delta', 'response.function_call_arguments.done', 'arguments'],
  'response.custom_tool_call_input.delta': ['delta', 'response.custom_tool_call_input.done', 'input'],
  'response.reasoning_summary_text.delta': ['delta', 'response.reasoning_summary_text.done', 'text'],
  'response.reasoning_text.delta': ['delta', 'response.reasoning_text.done', 'text']
}
const DONE = Object.fromEntries(Object.entries(DELTAS).map(([type, [, done, field]]) => [done, { delta: type, field }]))

/** The restorer key of a delta or done event: its type family, item and part. */
function partKey (deltaType, event) {
  return `${deltaType}\0${event.item_id ?? event.output_index}\0${event.content_index ?? event.summary_index ?? ''}`
}

/**
 * Response stream events restored: `*.delta` incrementally (one restorer
 * per item and content part); before the matching `*.done` (restored
 * whole), the held-back rest comes as one more delta event; events that
 * carry a response, item or part are restored whole. What is still held
 * when the stream ends comes as delta events.
 */
async function * restoreResponseStream (events, vault) {
  const restorers = new Restorers(vault)
  const started = new Map() // key -> the first delta event (to copy for the rest)
  for await (const event of events) {
    const type = event?.type
    if (Object.hasOwn(DELTAS, type)) {
      const key = partKey(type, event)
      if (!started.has(key)) started.set(key, event)
      event.delta = restorers.feed(key, String(event.delta ?? ''))
    } else if (Object.hasOwn(DONE, type)) {
      const { delta, field } = DONE[type]
      const key = partKey(delta, event)
      const rest = restorers.finish(key)
      if (rest) yield restDelta(started.get(key) ?? { ...event, type: delta }, rest, event.sequence_number)
      started.delete(key)
      if (typeof event[field] === 'string') {
        event[field] = type === 'response.function_call_arguments.done' ? restoreJsonText(vault, event[field]) : vault.restore(event[field])
      }
    } else if (event && typeof event === 'object') {
      if (event.response) restoreResponse(event.response, vault)
      if (event.item) restoreOutputItem(event.item, vault)
      if (event.part) restoreOutputPart(event.part, vault)
    }
    yield event
  }
  for (const key of restorers.keys()) {
    const rest = restorers.finish(key)
    if (rest) yield restDelta(started.get(key), rest, undefined)
  }
}

/** A delta event like `like` carrying `rest`. */
function restDelta (like, rest, sequenceNumber) {
  const { type, item_id: itemId, output_index: outputIndex, content_index: contentIndex, summary_index: summaryIndex } = like
  const event = { type, item_id: itemId, output_index: outputIndex, delta: rest, sequence_number: sequenceNumber ?? like.sequence_number }
  if (contentIndex !== undefined) event.content_index = contentIndex
  if (summaryIndex !== undefined) event.summary_index = summaryIndex
  if (type === 'response.output_text.delta') event.logprobs = []
  return event
}

/**
 * `requestOptions` with a per-call override under `scrubline` (what
 * `create(params, { ...requestOptions, scrubline: call })` does, typed).
 * @param {{ vault?: import('./index').Vault } & Record<string, any>} call
 * @param {object} [requestOptions]
 */
function scrublineOptions (call, requestOptions = {}) {
  return { ...requestOptions, scrubline: call }
}

module.exports = { wrapOpenAI, scrublineOptions }
