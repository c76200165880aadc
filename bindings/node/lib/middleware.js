'use strict'
// Express middleware, Fastify plugin and log helpers that redact JSON
// bodies and log records before they are persisted.

const util = require('node:util')
const { Scrubber } = require('./index.js')

/** Where OpenAI-style requests carry user text. */
const OPENAI_PATHS = ['messages.*.content', 'prompt', 'input', 'system', 'instructions']

/**
 * Redacts `body` (whole, or only `paths`); returns `{ value, report }`. A
 * string body (`express.text()`, Fastify's text/plain parser) is redacted
 * as text, a Buffer (`express.raw()`) as UTF-8 text; a Buffer that is not
 * UTF-8 throws (the middleware then refuses the request in redact mode).
 */
function redactBody (scrubber, body, paths) {
  if (typeof body === 'string') {
    const r = scrubber.redact(body)
    return { value: r.text, report: r.report, findings: r.findings }
  }
  if (Buffer.isBuffer(body)) {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(body)
    const r = scrubber.redact(text)
    return { value: Buffer.from(r.text, 'utf8'), report: r.report, findings: r.findings }
  }
  // The core selects `paths` (`*` any member or item).
  return scrubber.redactJson(body, paths ? { paths } : undefined)
}

/** The middleware's modes. */
const MODES = ['redact', 'log_only', 'block']

function settings (options = {}) {
  const mode = options.mode ?? 'redact'
  if (!MODES.includes(mode)) throw new TypeError(`mode must be one of ${MODES.join(', ')}, not ${mode}`)
  const header = options.requestIdHeader === undefined ? 'x-request-id' : options.requestIdHeader
  const scrubber = options.scrubber ?? new Scrubber()
  const paths = options.paths ?? null
  // Bad paths fail at setup, not on the first request.
  if (paths) scrubber.redactJson({}, { paths })
  const block = new Set(options.block ?? ['secret'])
  return { scrubber, mode, paths, onReport: options.onReport, header: header && header.toLowerCase(), block, blockStatus: options.blockStatus ?? 422 }
}

/**
 * In block mode, the error body for findings of `block` entities or
 * categories (counts per entity, never a value), or null.
 */
function blocked ({ mode, block }, findings) {
  if (mode !== 'block') return null
  /** @type {Record<string, number>} */
  const entities = {}
  for (const f of findings) {
    if (block.has(f.entity) || block.has(f.category)) entities[f.entity] = (entities[f.entity] ?? 0) + 1
  }
  if (Object.keys(entities).length === 0) return null
  const sorted = Object.fromEntries(Object.entries(entities).sort(([a], [b]) => a < b ? -1 : 1))
  return { error: 'request blocked: it contains sensitive data', code: 'blocked', entities: sorted }
}

/**
 * The scrubber with the request's id (from `header`) on its evidence
 * records, when it keeps an evidence log; a value that is not a short
 * label is left out.
 */
function scrubberFor (scrubber, header, headers) {
  const id = header && scrubber.hasEvidence ? headers[header] : undefined
  if (typeof id !== 'string') return scrubber
  try {
    return scrubber.withContext({ requestId: id })
  } catch {
    return scrubber
  }
}

/**
 * Express middleware (after `express.json()`): redacts `req.body`, or in
 * `log_only` mode puts the redacted copy on `req.scrubline.redactedBody`.
 * In `block` mode a body with findings of `block` entities or categories
 * (default `['secret']`) is refused with `blockStatus` (default 422) and
 * `{error, code: 'blocked', entities: {ENTITY: count}}`; others go on
 * redacted. The report is `req.scrubline.report`. Fails closed (413/500)
 * unless in `log_only` mode.
 */
function express (options) {
  const config = settings(options)
  const { scrubber, mode, paths, onReport, header } = config
  return function scrublineMiddleware (req, res, next) {
    if (req.body === undefined || req.body === null) return next()
    let out
    try {
      out = redactBody(scrubberFor(scrubber, header, req.headers), req.body, paths)
    } catch (e) {
      if (mode === 'log_only') return next(e)
      res.status(e.code === 'input_too_large' ? 413 : 500).json({ error: 'request body could not be scanned' })
      return
    }
    req.scrubline = { report: out.report }
    if (onReport) onReport(out.report)
    const refusal = blocked(config, out.findings)
    if (refusal) {
      res.status(config.blockStatus).json(refusal)
      return
    }
    if (mode !== 'log_only') req.body = out.value
    else req.scrubline.redactedBody = out.value
    next()
  }
}

/**
 * Fastify plugin: a `preHandler` hook with the same behaviour and modes;
 * the report is `request.scrubline.report`. Register with
 * `fastify.register(require('scrubline/lib/middleware').fastify, options)`.
 */
function fastify (instance, options, done) {
  const config = settings(options)
  const { scrubber, mode, paths, onReport, header } = config
  instance.decorateRequest('scrubline', null)
  instance.addHook('preHandler', async (request, reply) => {
    if (request.body === undefined || request.body === null) return
    let out
    try {
      out = redactBody(scrubberFor(scrubber, header, request.headers), request.body, paths)
    } catch (e) {
      if (mode === 'log_only') throw e
      reply.code(e.code === 'input_too_large' ? 413 : 500).send({ error: 'request body could not be scanned' })
      return reply
    }
    request.scrubline = { report: out.report }
    if (onReport) onReport(out.report)
    const refusal = blocked(config, out.findings)
    if (refusal) {
      reply.code(config.blockStatus).send(refusal)
      return reply
    }
    if (mode !== 'log_only') request.body = out.value
    else request.scrubline.redactedBody = out.value
  })
  done()
}
fastify[Symbol.for('skip-override')] = true // apply to the whole instance
fastify[Symbol.for('fastify.display-name')] = 'scrubline'

/**
 * Log redaction for pino and winston: every string of a record is redacted
 * (key names as context), the message included.
 *
 * - pino: `pino({ ...mw.logRedactor().pino }, stream)` redacts the merging
 *   object (`formatters.log`) and the message with its `%` arguments
 *   (`hooks.logMethod`); `formatters: { log: mw.logRedactor() }` alone
 *   redacts only the object, as pino does not pass the message there.
 * - winston: `winston.format(mw.logRedactor().winston)()`, first in
 *   `format.combine`, redacts `message`, every field and the `splat`
 *   arguments in place (winston's symbol keys are kept).
 *
 * Called directly, the returned function redacts one record object.
 */
function logRedactor (scrubber = new Scrubber()) {
  const field = (key, value) => scrubber.redactJson({ [key]: value }).value[key]
  function redactRecord (record) {
    return scrubber.redactJson(record).value
  }
  redactRecord.pino = {
    formatters: { log: redactRecord },
    hooks: {
      logMethod (args, method) {
        // `(obj?, msg, ...interpolation)`: merge the message as pino would
        // format it, then redact it whole (a value may sit in an argument).
        const at = typeof args[0] === 'string' ? 0 : 1
        if (typeof args[at] !== 'string') return method.apply(this, args)
        const message = util.format(...args.slice(at))
        return method.apply(this, [...args.slice(0, at), scrubber.redact(message).text])
      }
    }
  }
  redactRecord.winston = info => {
    for (const key of Object.keys(info)) {
      const value = info[key]
      if (typeof value === 'string' || (value !== null && typeof value === 'object')) {
        info[key] = field(key, value)
      }
    }
    const splat = info[Symbol.for('splat')]
    if (Array.isArray(splat)) info[Symbol.for('splat')] = splat.map(v => field('arg', v))
    return info
  }
  return redactRecord
}

module.exports = { express, fastify, logRedactor, OPENAI_PATHS, MODES }
