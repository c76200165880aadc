'use strict'
// Vercel AI SDK language-model middleware for the LLM round trip: the
// prompt leaves with vault tokens ([PERSON_1]) instead of values, the
// model's text comes back with the values restored, streamed or not.
// The `ai` package is loaded only by `wrapModel`.

const { settings, RequestRedaction, Restorers, restoreJsonText, requireOptional } = require('./roundtrip.js')

/**
 * A language-model middleware (`specificationVersion: 'v3'`, the AI SDK 6
 * middleware spec) for `wrapLanguageModel({ model, middleware })`:
 *
 * - `transformParams` redacts the prompt into the vault, off the main
 *   thread: system content; user, assistant and reasoning text parts;
 *   tool-call inputs and tool results (so a tool loop's turns stay
 *   tokenized). File parts are sent as they are.
 * - `wrapGenerate` restores the result's text and reasoning parts and
 *   tool-call inputs (tools run with the real values).
 * - `wrapStream` restores `text-delta`, `reasoning-delta` and
 *   `tool-input-delta` parts incrementally (one restorer per part id),
 *   emitting the held-back rest before the part's `*-end` (or before
 *   `finish`, or when the stream ends), and `tool-call` inputs whole.
 *
 * One middleware (and its vault) is one conversation: tokens stay the same
 * across turns. For many conversations, make one wrapped model per
 * conversation with its own `vault` and a shared `scrubber`; both are
 * cheap. If redaction fails the model is not called and the call rejects.
 *
 * @param {{ scrubber?: import('./index').Scrubber, vault?: import('./index').Vault, onReport?: (report: any) => void, call?: import('./index').CallOptions }} [options]
 *   `scrubber` (shared; default a new `Scrubber()`), `vault` (default a new
 *   `Vault()`), `onReport(report)` once per model call with the summed
 *   counts, `call`: `redact`'s per-call options for every call (`{ block:
 *   ['secret'] }` rejects before the model is called).
 */
function scrublineMiddleware (options = {}) {
  const config = settings(options, 'scrublineMiddleware')
  const { vault } = config
  return {
    specificationVersion: /** @type {'v3'} */ ('v3'),
    async transformParams ({ params }) {
      const redaction = new RequestRedaction(config.scrubber, { ...config.call, vault }, config.onReport)
      const prompt = []
      for (const message of params.prompt ?? []) prompt.push(await redactMessage(message, redaction))
      redaction.done()
      return { ...params, prompt }
    },
    async wrapGenerate ({ doGenerate }) {
      const result = await doGenerate()
      return { ...result, content: (result.content ?? []).map(part => restorePart(part, vault)) }
    },
    async wrapStream ({ doStream }) {
      const { stream, ...rest } = await doStream()
      return { stream: stream.pipeThrough(restoringStream(vault)), ...rest }
    }
  }
}

/**
 * `wrapLanguageModel({ model, middleware: scrublineMiddleware(options) })`
 * from the `ai` package (loaded here; an Error says how to install it if
 * it is missing).
 * @param {any} model a language model (`openai('gpt-4o')`, ...)
 * @param {Parameters<typeof scrublineMiddleware>[0]} [options]
 */
function wrapModel (model, options) {
  const { wrapLanguageModel } = requireOptional('ai', 'scrubline/lib/ai wrapModel')
  return wrapLanguageModel({ model, middleware: scrublineMiddleware(options) })
}

/** One prompt message with its text redacted (a new object). */
async function redactMessage (message, redaction) {
  if (message === null || typeof message !== 'object') return message
  if (typeof message.content === 'string') return { ...message, content: await redaction.textAsync(message.content) }
  if (!Array.isArray(message.content)) return message
  const content = []
  for (const part of message.content) content.push(await redactPromptPart(part, redaction))
  return { ...message, content }
}

async function redactPromptPart (part, redaction) {
  switch (part?.type) {
    case 'text':
    case 'reasoning':
      return typeof part.text === 'string' ? { ...part, text: await redaction.textAsync(part.text) } : part
    case 'tool-call':
      return { ...part, input: await redaction.jsonAsync(part.input) }
    case 'tool-result':
      return { ...part, output: await redactToolOutput(part.output, redaction) }
    default:
      return part
  }
}

async function redactToolOutput (output, redaction) {
  switch (output?.type) {
    case 'text':
    case 'error-text':
    case 'json':
    case 'error-json':
      return { ...output, value: await redaction.jsonAsync(output.value) }
    case 'execution-denied':
      return typeof output.reason === 'string' ? { ...output, reason: await redaction.textAsync(output.reason) } : output
    case 'content': {
      const value = []
      for (const item of output.value ?? []) {
        value.push(item?.type === 'text' && typeof item.text === 'string' ? { ...item, text: await redaction.textAsync(item.text) } : item)
      }
      return { ...output, value }
    }
    default:
      return output
  }
}

/** One generated content part, restored (a new object). */
function restorePart (part, vault) {
  if ((part?.type === 'text' || part?.type === 'reasoning') && typeof part.text === 'string') return { ...part, text: vault.restore(part.text) }
  if (part?.type === 'tool-call' && typeof part.input === 'string') return { ...part, input: restoreJsonText(vault, part.input) }
  return part
}

/** Part types restored incrementally: delta type -> end type. */
const DELTA_END = { 'text-delta': 'text-end', 'reasoning-delta': 'reasoning-end', 'tool-input-delta': 'tool-input-end' }
const END_DELTA = Object.fromEntries(Object.entries(DELTA_END).map(([d, e]) => [e, d]))

/** A TransformStream of stream parts restoring the model's text. */
function restoringStream (vault) {
  const restorers = new Restorers(vault)
  const key = (deltaType, id) => `${deltaType}\0${id ?? ''}`
  const flush = (controller, deltaType, id) => {
    const rest = restorers.finish(key(deltaType, id))
    if (rest) controller.enqueue({ type: deltaType, id, delta: rest })
  }
  const flushAll = controller => {
    for (const k of restorers.keys()) {
      const [deltaType, id] = k.split('\0')
      flush(controller, deltaType, id)
    }
  }
  return new TransformStream({
    transform (part, controller) {
      const type = part?.type
      if (Object.hasOwn(DELTA_END, type)) {
        const delta = restorers.feed(key(type, part.id), String(part.delta ?? ''))
        if (delta !== '' || part.providerMetadata !== undefined) controller.enqueue({ ...part, delta })
        return
      }
      if (Object.hasOwn(END_DELTA, type)) flush(controller, END_DELTA[type], part.id)
      else if (type === 'finish') flushAll(controller)
      if (type === 'tool-call' && typeof part.input === 'string') {
        controller.enqueue({ ...part, input: restoreJsonText(vault, part.input) })
        return
      }
      controller.enqueue(part)
    },
    flush (controller) {
      flushAll(controller)
    }
  })
}

module.exports = { scrublineMiddleware, wrapModel }
