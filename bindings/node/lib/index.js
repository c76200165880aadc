'use strict'
// scrubline for Node: find and redact secrets and PII before they are
// persisted. Thin wrapper over the native addon (src/lib.rs): options are
// the core's ScannerOptions; offsets are JS string indices (UTF-16).

const { Transform } = require('node:stream')
const native = require('../index.js')

/** Base class of every scrubline error; `code` names the kind. */
class ScrublineError extends Error {
  constructor (message, code) {
    super(message)
    this.name = 'ScrublineError'
    this.code = code
  }
}

const CODE = /^\[([a-z_]+)\] ([\s\S]*)$/

function wrap (fn) {
  try {
    return fn()
  } catch (e) {
    throw toScrublineError(e)
  }
}

function toScrublineError (e) {
  const m = e && typeof e.message === 'string' ? CODE.exec(e.message) : null
  if (!m) return e
  return new ScrublineError(m[2], m[1])
}

/** Scanner options (ScannerOptions, snake_case as in the shared vectors). */
class Scrubber {
  /**
   * @param {object} [options] ScannerOptions: builtin_rules, rules (TOML
   *   texts), disable_rules, allow, allow_regex, policy {secret, pii,
   *   entities}, pseudonym_key, min_confidence, max_input_bytes, backend,
   *   classifier, allow_degraded.
   */
  constructor (options = {}) {
    if (options === null || typeof options !== 'object') throw new TypeError('options must be an object')
    this.options = options
    this._native = wrap(() => new native.NativeScanner(JSON.stringify(options)))
  }

  get backend () { return this._native.backend }
  get ruleCount () { return this._native.ruleCount }
  get ruleSetSha256 () { return this._native.ruleSetSha256 }

  /** Redacts `text`: `{ text, findings, report }`. */
  redact (text) {
    checkString(text)
    return wrap(() => this._native.redact(text))
  }

  /** Like `redact`, on the libuv thread pool: the event loop stays free. */
  async redactAsync (text, { signal } = {}) {
    checkString(text)
    if (signal && signal.aborted) throw signal.reason ?? new Error('aborted')
    try {
      return await this._native.redactAsync(text)
    } catch (e) {
      throw toScrublineError(e)
    }
  }

  /** Finds everything in `text` without changing it. */
  scan (text) {
    checkString(text)
    return wrap(() => this._native.scan(text))
  }

  /** Redacts many texts in parallel (Rust threads). */
  redactBatch (texts) {
    if (!Array.isArray(texts)) throw new TypeError('redactBatch takes an array of strings')
    texts.forEach(checkString)
    return wrap(() => this._native.redactBatch(texts))
  }

  /**
   * Redacts every string and number in a JSON-like value, key names as
   * context (`{password: '...'}` is caught). Returns `{ value, findings,
   * report }`; findings carry a JSON Pointer `path`.
   */
  redactJson (value) {
    const r = wrap(() => this._native.redactJsonText(JSON.stringify(value)))
    return { value: JSON.parse(r.text), findings: r.findings, report: r.report }
  }

  /**
   * A Transform stream that redacts text flowing through it (SSE
   * completions, log streams); matches across chunk boundaries are found.
   */
  createStream () {
    const s = this._native.stream()
    const transform = new Transform({
      decodeStrings: false,
      transform (chunk, _enc, done) {
        try {
          const out = s.feed(typeof chunk === 'string' ? chunk : Buffer.from(chunk))
          done(null, out.length ? out : undefined)
        } catch (e) {
          done(toScrublineError(e))
        }
      },
      flush (done) {
        try {
          const out = s.finish()
          transform.report = s.report()
          done(null, out.length ? out : undefined)
        } catch (e) {
          done(toScrublineError(e))
        }
      }
    })
    transform.setEncoding('utf8')
    return transform
  }

  /** A zero-count report for aggregating evidence. */
  emptyReport () { return this._native.emptyReport() }
}

function checkString (text) {
  if (typeof text !== 'string') throw new TypeError(`expected a string, got ${text === null ? 'null' : typeof text}`)
}

module.exports = { Scrubber, ScrublineError }
