'use strict'
// Shared by the LLM client wrappers (openai.js, ai.js): one request's
// redaction into a vault with its merged report, JSON-safe restore, and
// the install hint for a missing optional package. Internal: not in the
// package's exports.

const { Scrubber, Vault } = require('./index.js')
const native = require('../index.js')

/**
 * Checks and completes a wrapper's options: a shared scrubber (a new
 * default one if none), the conversation's vault (a new one if none), and
 * per-call options for every request (`block: ['secret']` refuses a
 * request that holds a secret: nothing is sent).
 * @param {any} options
 * @param {string} name the wrapper's name, for error messages
 * @returns {{ scrubber: Scrubber, vault: Vault, onReport: ((report: any) => void) | undefined, call: Record<string, any> }}
 */
function settings (options, name) {
  if (options === null || typeof options !== 'object') throw new TypeError(`${name}: options must be an object`)
  const { scrubber = new Scrubber(), vault = new Vault(), onReport, call = {} } = options
  if (!(scrubber instanceof Scrubber)) throw new TypeError(`${name}: scrubber must be a Scrubber`)
  if (call === null || typeof call !== 'object' || 'vault' in call) throw new TypeError(`${name}: call must be per-call options (entities, allow, deny, block)`)
  if (!(vault instanceof Vault)) throw new TypeError(`${name}: vault must be a Vault`)
  if (onReport !== undefined && typeof onReport !== 'function') throw new TypeError(`${name}: onReport must be a function`)
  return { scrubber, vault, onReport, call }
}

/**
 * The redaction of one request: every text goes into `vault` (so the same
 * value gets the same token across turns), and `done()` hands the summed
 * report of all of them to `onReport`. `text` is synchronous, `textAsync`
 * runs on the libuv pool; callers redact in message order so tokens are
 * numbered in reading order.
 */
class RequestRedaction {
  /**
   * @param {Scrubber} scrubber
   * @param {{ vault: Vault } & Record<string, any>} call `vault` plus the per-call options of `redact`
   * @param {((report: any) => void) | undefined} onReport
   */
  constructor (scrubber, call, onReport) {
    this.scrubber = scrubber
    this.call = call
    this.onReport = onReport
    this.report = null
  }

  /** @param {string} text */
  text (text) {
    const r = this.scrubber.redact(text, this.call)
    if (this.onReport) this.report = mergeReports(this.report, r.report)
    return r.text
  }

  /** @param {string} text */
  async textAsync (text) {
    const r = await this.scrubber.redactAsync(text, this.call)
    if (this.onReport) this.report = mergeReports(this.report, r.report)
    return r.text
  }

  /** Every string in a JSON-like value, redacted (a new value). */
  json (value) {
    if (typeof value === 'string') return this.text(value)
    if (Array.isArray(value)) return value.map(v => this.json(v))
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.json(v)]))
    }
    return value
  }

  /** `json`, on the libuv pool. */
  async jsonAsync (value) {
    if (typeof value === 'string') return this.textAsync(value)
    if (Array.isArray(value)) {
      const out = []
      for (const v of value) out.push(await this.jsonAsync(v))
      return out
    }
    if (value !== null && typeof value === 'object') {
      const out = {}
      for (const [k, v] of Object.entries(value)) out[k] = await this.jsonAsync(v)
      return out
    }
    return value
  }

  /** Reports the request (once, after every text is redacted). */
  done () {
    if (this.onReport) this.onReport(this.report ?? this.scrubber.emptyReport())
  }
}

/** The sum of two reports' counts (the first may be null), by the core. */
function mergeReports (a, b) {
  return a ? native.mergeReports(a, b) : b
}

/** Every string in a JSON-like value, restored (a new value). */
function restoreValue (vault, value) {
  if (typeof value === 'string') return vault.restore(value)
  if (Array.isArray(value)) return value.map(v => restoreValue(vault, v))
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, restoreValue(vault, v)]))
  }
  return value
}

/**
 * Restores JSON text (tool-call arguments): as text, unless that breaks
 * valid JSON (a restored value with a quote or backslash), then value by
 * value and serialized again.
 * @param {Vault} vault
 * @param {string} text
 */
function restoreJsonText (vault, text) {
  const restored = vault.restore(text)
  if (restored === text) return text
  let parsed
  try {
    parsed = JSON.parse(text)
  } catch {
    return restored
  }
  try {
    JSON.parse(restored)
    return restored
  } catch {
    return JSON.stringify(restoreValue(vault, parsed))
  }
}

/**
 * Keyed streaming restorers: `feed(key, chunk)` returns the final text so
 * far (a token split across chunks is held back until complete),
 * `finish(key)` the held-back rest (and forgets the key).
 */
class Restorers {
  /** @param {Vault} vault */
  constructor (vault) {
    this.vault = vault
    /** @type {Map<string, { feed (chunk: string): string, finish (): string }>} */
    this.open = new Map()
  }

  /** @param {string} key @param {string} chunk */
  feed (key, chunk) {
    let r = this.open.get(key)
    if (r === undefined) this.open.set(key, (r = this.vault.restorer()))
    return r.feed(chunk)
  }

  /** @param {string} key */
  finish (key) {
    const r = this.open.get(key)
    if (r === undefined) return ''
    this.open.delete(key)
    return r.finish()
  }

  /** Keys with an open restorer. */
  keys () { return [...this.open.keys()] }
}

/**
 * `require(name)`, or an Error saying how to install it.
 * @param {string} name
 * @param {string} feature what needs it
 */
function requireOptional (name, feature) {
  try {
    return require(name)
  } catch (e) {
    if (e && e.code === 'MODULE_NOT_FOUND' && String(e.message).includes(`'${name}'`)) {
      const error = new Error(`${feature} needs the '${name}' package, an optional peer dependency of scrubline: npm install ${name}`)
      Object.assign(error, { code: 'SCRUBLINE_MISSING_PEER', cause: e })
      throw error
    }
    throw e
  }
}

module.exports = { settings, RequestRedaction, Restorers, restoreJsonText, restoreValue, mergeReports, requireOptional }
