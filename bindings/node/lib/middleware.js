'use strict'
// Express middleware, Fastify plugin and log helpers that redact JSON
// bodies and log records before they are persisted.

const util = require('node:util')
const { Scrubber } = require('./index.js')

/** Where OpenAI-style requests carry user text. */
const OPENAI_PATHS = ['messages.*.content', 'prompt', 'input', 'system', 'instructions']

function select (doc, path) {
  const found = []
  const walk = (node, rest) => {
    if (node === null || typeof node !== 'object') return
    const [head, ...tail] = rest
    const keys = head === '*' ? Object.keys(node) : (Object.prototype.hasOwnProperty.call(node, head) ? [head] : [])
    for (const k of keys) {
      if (tail.length) walk(node[k], tail)
      else found.push([node, k])
    }
  }
  walk(doc, path.split('.'))
  return found
}

/**
 * Redacts `body` (whole, or only `paths`); returns `{ value, report }`. A
 * string body (`express.text()`, Fastify's text/plain parser) is redacted
 * as text, a Buffer (`express.raw()`) as UTF-8 text; a Buffer that is not
 * UTF-8 throws (the middleware then refuses the request in redact mode).
 */
function redactBody (scrubber, body, paths) {
  if (typeof body === 'string') {
    const r = scrubber.redact(body)
    return { value: r.text, report: r.report }
  }
  if (Buffer.isBuffer(body)) {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(body)
    const r = scrubber.redact(text)
    return { value: Buffer.from(r.text, 'utf8'), report: r.report }
  }
  if (!paths) {
    const r = scrubber.redactJson(body)
    return { value: r.value, report: r.report }
  }
  const value = structuredClone(body)
  let report = null
  for (const path of paths) {
    for (const [parent, key] of select(value, path)) {
      const r = scrubber.redactJson({ [key]: parent[key] })
      parent[key] = r.value[key]
      report = mergeReports(report, r.report)
    }
  }
  return { value, report: report ?? scrubber.emptyReport() }
}

function mergeReports (a, b) {
  if (!a) return b
  const out = { ...a, bytes_scanned: a.bytes_scanned + b.bytes_scanned, findings: a.findings + b.findings, degraded: a.degraded || b.degraded }
  for (const k of ['by_category', 'by_entity', 'by_rule', 'by_operator']) {
    out[k] = { ...a[k] }
    for (const [name, n] of Object.entries(b[k])) out[k][name] = (out[k][name] ?? 0) + n
  }
  return out
}

function settings (options = {}) {
  const mode = options.mode ?? 'redact'
  if (mode !== 'redact' && mode !== 'log_only') throw new TypeError(`mode must be 'redact' or 'log_only', not ${mode}`)
  const header = options.requestIdHeader === undefined ? 'x-request-id' : options.requestIdHeader
  return { scrubber: options.scrubber ?? new Scrubber(), mode, paths: options.paths ?? null, onReport: options.onReport, header: header && header.toLowerCase() }
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
 * The report is `req.scrubline.report`. Fails closed (413/500) in redact mode.
 */
function express (options) {
  const { scrubber, mode, paths, onReport, header } = settings(options)
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
    if (mode === 'redact') req.body = out.value
    else req.scrubline.redactedBody = out.value
    next()
  }
}

/**
 * Fastify plugin: a `preHandler` hook with the same behaviour; the report
 * is `request.scrubline.report`. Register with
 * `fastify.register(require('scrubline/lib/middleware').fastify, options)`.
 */
function fastify (instance, options, done) {
  const { scrubber, mode, paths, onReport, header } = settings(options)
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
    if (mode === 'redact') request.body = out.value
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

module.exports = { express, fastify, logRedactor, OPENAI_PATHS }
