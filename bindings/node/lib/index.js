'use strict'
// scrubline for Node: find and redact secrets and PII before they are
// persisted. Thin wrapper over the native addon (src/lib.rs): options are
// the core's ScannerOptions; offsets are JS string indices (UTF-16).

const { EventEmitter } = require('node:events')
const { Transform } = require('node:stream')
const { inspect } = require('node:util')
const fs = require('node:fs')
const path = require('node:path')
const native = require('../index.js')

/**
 * Base class of every scrubline error; `code` names the kind. A batch
 * item's error also has `index`, the item's position.
 */
class ScrublineError extends Error {
  constructor (message, code, index) {
    super(message)
    this.name = 'ScrublineError'
    this.code = code
    if (index !== undefined) this.index = index
    if (code === 'blocked') this.entities = blockedEntities(message)
  }
}

/**
 * Counts per entity from a `blocked` error's message (`... holds
 * AWS_ACCESS_KEY_ID x1, EMAIL_ADDRESS x2`): names and counts, never values.
 * @param {string} message
 */
function blockedEntities (message) {
  /** @type {Record<string, number>} */
  const entities = {}
  for (const [, name, n] of message.matchAll(/([^\s,]+) x(\d+)/g)) entities[name] = Number(n)
  return entities
}

/** Every error code (`error.code`) with what it means: the core's one table. */
const ERROR_CODES = Object.freeze(native.errorCodes())

/**
 * Runs a native call, turning its coded error into a `ScrublineError`.
 * @template T
 * @param {() => T} fn
 * @returns {T}
 */
function wrap (fn) {
  try {
    return fn()
  } catch (e) {
    throw toScrublineError(e)
  }
}

/** A native error whose `code` is a core error code, as a `ScrublineError`. */
function toScrublineError (e) {
  if (e instanceof ScrublineError || !e || typeof e.code !== 'string' || !Object.hasOwn(ERROR_CODES, e.code)) return e
  return new ScrublineError(e.message, e.code)
}

/**
 * One result of `redact`, `redactAsync` or `redactBatch`: `text` at once;
 * `findings` and `report` built from the native result when first read
 * (most callers read neither, and building them costs ten times the scan
 * of a short text). `JSON.stringify` and `util.inspect` show all three.
 */
class Redacted {
  #native
  #index
  #packs
  #findings
  #report

  constructor (native, index, text, packs) {
    this.text = text
    this.#native = native
    this.#index = index
    this.#packs = packs
  }

  get findings () { return (this.#findings ??= this.#native.findings(this.#index)) }
  set findings (value) { this.#findings = value }
  get report () {
    if (this.#report === undefined) {
      const report = JSON.parse(this.#native.reportJson(this.#index))
      report.packs = this.#packs()
      this.#report = report
    }
    return this.#report
  }

  set report (value) { this.#report = value }
  toJSON () { return { text: this.text, findings: this.findings, report: this.report } }
  [inspect.custom] (depth, options) {
    return inspect(this.toJSON(), { ...options, depth: options.depth === null ? null : depth })
  }
}

/** `value` and everything in it, frozen. */
function deepFreeze (value) {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v)
    Object.freeze(value)
  }
  return value
}

/**
 * Checks `redactBatch` arguments; returns `returnErrors`.
 * @param {string} method
 * @param {unknown} texts
 * @param {any} [options]
 */
function batchArgs (method, texts, options = {}) {
  if (!Array.isArray(texts)) throw new TypeError(`${method} takes an array of strings`)
  for (let i = 0; i < texts.length; i++) {
    if (typeof texts[i] !== 'string') throw new TypeError(`${method}: item ${i}: ${notString(texts[i])}`)
  }
  if (options === null || typeof options !== 'object') throw new TypeError('options must be an object')
  return options.returnErrors === true
}

/**
 * The ONNX Runtime library that the `onnxruntime-node` package ships
 * (`bin/napi-vN/<platform>/<arch>/`), or undefined when it is not installed.
 * @returns {string | undefined}
 */
function onnxruntimeNodeLibrary () {
  let main
  try {
    main = require.resolve('onnxruntime-node')
  } catch {
    return undefined
  }
  const bin = path.join(path.dirname(main), '..', 'bin')
  const names = { linux: /^libonnxruntime\.so(\.\d+)*$/, darwin: /^libonnxruntime(\.\d+)*\.dylib$/, win32: /^onnxruntime\.dll$/ }
  const wanted = names[/** @type {keyof typeof names} */ (process.platform)]
  if (!wanted || !fs.existsSync(bin)) return undefined
  for (const napi of fs.readdirSync(bin).filter(d => d.startsWith('napi-v')).sort().reverse()) {
    const dir = path.join(bin, napi, process.platform, process.arch)
    const found = fs.existsSync(dir) ? fs.readdirSync(dir).filter(n => wanted.test(n)).sort() : []
    // The shortest name is the soname (libonnxruntime.so.1), the longest the real file: either loads.
    if (found.length > 0) return path.join(dir, found[0])
  }
  return undefined
}

/**
 * `options` with `classifier.runtime_library` set from `onnxruntime-node`
 * when the classifier is on, ONNX Runtime may run it, and neither the
 * options nor `SCRUBLINE_ORT_LIB` name a library. Returns `options` itself
 * otherwise (never changes the caller's object).
 * @param {any} options
 */
function withRuntimeLibrary (options) {
  const c = options.classifier
  if (c === null || typeof c !== 'object' || c.runtime_library || c.runtime === 'tract' || process.env.SCRUBLINE_ORT_LIB) return options
  const library = onnxruntimeNodeLibrary()
  return library === undefined ? options : { ...options, classifier: { ...c, runtime_library: library } }
}

/** Where a Node user gets ONNX Runtime, added to the core's `model` error when none was found. */
const RUNTIME_HINT = 'in Node: npm install onnxruntime-node (scrubline finds its library)'

/**
 * Scanner options (ScannerOptions, snake_case as in the shared vectors).
 * Emits `'report'` with `(report, operation)` after each successful call
 * (counts only; see `lib/metrics.js`), on the scrubber and every
 * `withContext` copy of it.
 */
class Scrubber extends EventEmitter {
  /**
   * @param {object} [options] ScannerOptions: builtin_rules, rules (TOML
   *   texts), disable_rules, allow, allow_regex, policy {secret, pii,
   *   entities}, pseudonym_key, min_confidence, max_input_bytes, backend,
   *   classifier, allow_degraded, deobfuscate, evidence (EvidenceOptions:
   *   path, bucket_seconds, rotate_bytes, rotate_seconds, retention_days,
   *   hmac_key_env, hmac_key_file, key_id, service, tenant, sync; `{}`
   *   queues records in memory for `takeEvidence()`).
   */
  constructor (options = {}) {
    super()
    if (options === null || typeof options !== 'object') throw new TypeError('options must be an object')
    this.options = options
    const resolved = withRuntimeLibrary(options)
    try {
      this._native = wrap(() => new native.NativeScanner(JSON.stringify(resolved)))
    } catch (e) {
      if (e instanceof ScrublineError && e.code === 'model' && /ONNX Runtime not found/.test(e.message)) e.message += `; ${RUNTIME_HINT}`
      throw e
    }
    this._root = this
    this._packsCache = undefined
    this._warnedDegraded = false
    this._packs = () => (this._packsCache ??= deepFreeze(JSON.parse(this._native.packsJson)))
  }

  /**
   * This scrubber with caller context on its evidence records (cheap: the
   * compiled rules are shared). `{ service, tenant, requestId }`: labels,
   * never user text. `'report'` events go to the original scrubber.
   * @param {{ service?: string, tenant?: string, requestId?: string }} [context]
   */
  withContext ({ service, tenant, requestId } = {}) {
    const context = { service, tenant, request_id: requestId }
    const other = Object.create(Scrubber.prototype)
    EventEmitter.call(other)
    other.options = this.options
    other._native = wrap(() => this._native.withContext(JSON.stringify(context)))
    other._root = this._root
    other._packs = this._packs
    return other
  }

  /** Writes open evidence buckets and flushes the evidence log. */
  flushEvidence () { wrap(() => this._native.flushEvidence()) }

  /** Takes the queued lines of an in-memory evidence log (`evidence: {}`). */
  takeEvidence () { return this._native.takeEvidence() }

  /** Whether calls are recorded in an evidence log. */
  get hasEvidence () { return this._native.evidenceHead != null }

  /** `{ seq, hash }` of the last evidence record (anchor it elsewhere), or null. */
  get evidenceHead () { return this._native.evidenceHead ?? null }

  _emit (result, operation) {
    const root = this._root
    if (root.listenerCount('report') > 0) root.emit('report', result.report, operation)
    if (result.report && result.report.degraded) this._degraded(result.report, operation)
    return result
  }

  _degraded (report, operation) {
    // Degradation is loud: an event on every such call, and one process
    // warning per scrubber (as Node warns once about deprecations).
    const root = this._root
    root.emit('degraded', report, operation)
    if (!root._warnedDegraded) {
      root._warnedDegraded = true
      process.emitWarning(
        'degraded: the PII classifier could not run (allow_degraded); names, addresses and organisations were not looked for, only patterns',
        { type: 'ScrublineDegradedWarning', code: 'SCRUBLINE_DEGRADED' }
      )
    }
  }

  /** The `Redacted` of a one-text native call, with its events. */
  _single (result, operation) {
    const [error] = result.errors()
    if (error) throw new ScrublineError(error.reason, error.code)
    const r = new Redacted(result, 0, result.takeTexts()[0], this._packs)
    const root = this._root
    if (root.listenerCount('report') > 0) root.emit('report', r.report, operation)
    if (result.degraded().length > 0) this._degraded(r.report, operation)
    return r
  }

  /**
   * Results of a native batch in input order: each item a `Redacted`,
   * or with `returnErrors` its `ScrublineError` (with `index`); without
   * it, the first failed item's error is thrown. A `'report'` event per
   * successful item (reading its report only if someone listens).
   */
  _batchResults (batch, returnErrors) {
    const errors = batch.errors()
    if (errors.length > 0 && !returnErrors) throw itemError(errors[0])
    const texts = batch.takeTexts()
    const results = new Array(texts.length)
    for (let i = 0; i < texts.length; i++) {
      if (texts[i] !== null) results[i] = new Redacted(batch, i, texts[i], this._packs)
    }
    for (const e of errors) results[e.index] = itemError(e)
    if (this._root.listenerCount('report') > 0) {
      for (const r of results) if (r instanceof Redacted) this._root.emit('report', r.report, 'redact')
    }
    for (const i of batch.degraded()) this._degraded(results[i].report, 'redact')
    return results
  }

  get backend () { return this._native.backend }
  get ruleCount () { return this._native.ruleCount }
  get ruleSetSha256 () { return this._native.ruleSetSha256 }

  /**
   * Redacts `text`: `{ text, findings, report }`. `call` overrides the
   * scrubber for this call only (the core's CallOptions): `entities`
   * (entity names or `secret`/`pii` to keep), `operators` (by entity or
   * category), `allow` (values not reported), `deny` (terms always
   * redacted as `DENY_LIST`). An unknown entity name is a `config` error.
   */
  redact (text, call) {
    checkString(text)
    const { vault, callJson } = splitCall(call)
    if (vault !== undefined) {
      return this._single(wrap(() => this._native.redactToVault(text, callJson, vault)), 'redact')
    }
    return this._single(wrap(() => this._native.redact(text, callJson)), 'redact')
  }

  /**
   * Like `redact`, on the libuv thread pool: the event loop stays free.
   * `options`: `signal`, plus the per-call options of `redact`.
   * @param {string} text
   * @param {{ signal?: AbortSignal, vault?: Vault, entities?: string[], operators?: Record<string, string>, allow?: string[], deny?: string[] }} [options]
   */
  async redactAsync (text, options = {}) {
    checkString(text)
    const { signal, ...call } = options ?? {}
    if (signal && signal.aborted) throw signal.reason ?? new Error('aborted')
    const { vault, callJson } = splitCall(call)
    try {
      return this._single(await this._native.redactAsync(text, callJson, vault), 'redact')
    } catch (e) {
      throw toScrublineError(e)
    }
  }

  /** Finds everything in `text` without changing it (per-call options as in `redact`). */
  scan (text, call) {
    checkString(text)
    const callJson = callOptionsJson(call)
    return wrap(() => this._native.scan(text, callJson))
  }

  /**
   * Redacts many texts on the libuv thread pool (the event loop stays
   * free), in parallel on Rust threads. Resolves to the results in input
   * order; rejects with the first failed item's `ScrublineError` (`index`
   * is its position), or with `{ returnErrors: true }` puts each failed
   * item's error in its place and keeps the others. The strings are
   * copied before the work starts: changing the array afterwards is safe.
   * `findings` and `report` of each result are built when first read.
   */
  async redactBatch (texts, options) {
    const returnErrors = batchArgs('redactBatch', texts, options)
    let batch
    try {
      batch = await this._native.redactBatch(texts)
    } catch (e) {
      throw toScrublineError(e)
    }
    return this._batchResults(batch, returnErrors)
  }

  /** `redactBatch` that blocks until done (scripts); same results and errors. */
  redactBatchSync (texts, options) {
    const returnErrors = batchArgs('redactBatchSync', texts, options)
    return this._batchResults(wrap(() => this._native.redactBatchSync(texts)), returnErrors)
  }

  /**
   * Redacts every string and number in a JSON-like value, key names as
   * context (`{password: '...'}` is caught). Returns `{ value, findings,
   * report }`; findings carry a JSON Pointer `path`. `call.paths`
   * (`['messages.*.content']`; `*` any member or item) limits redaction
   * to the fields named; other per-call options and `vault` as in `redact`.
   */
  redactJson (value, call) {
    const { vault, callJson } = splitCall(call)
    const json = JSON.stringify(value)
    const r = this._emit(wrap(() => this._native.redactJsonText(json, callJson, vault)), 'redact_json')
    return { value: JSON.parse(r.text), findings: r.findings, report: r.report }
  }

  /**
   * A Transform stream that redacts text flowing through it (SSE
   * completions, log streams); matches across chunk boundaries are found.
   */
  /** @param {{ vault?: Vault }} [options] findings become the vault's tokens */
  createStream ({ vault } = {}) {
    const s = vault === undefined ? this._native.stream() : this._native.streamToVault(nativeVault(vault))
    const scrubber = this
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
          Object.assign(transform, { report: s.report() })
          scrubber._emit(transform, 'stream')
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

/**
 * Reversible pseudonyms for one conversation. `scrubber.redact(prompt, {
 * vault })` sends `[PERSON_1]` instead of the name; `vault.restore(answer)`
 * puts it back into what the model wrote (changed case, dropped brackets
 * and spaces tolerated); `vault.restorer()` does it over a streamed answer.
 * Values stay in memory: `seal(key)` (XChaCha20-Poly1305, 32-byte key) and
 * `Vault.open` keep a vault between requests. Inspecting it shows counts only.
 */
class Vault {
  #native

  /** @param {{ prefix?: string, separator?: string, suffix?: string }} [format] */
  constructor (format = {}) {
    if (format === null || typeof format !== 'object') throw new TypeError('format must be an object')
    const json = JSON.stringify({ prefix: '[', separator: '_', suffix: ']', ...format })
    this.#native = wrap(() => new native.NativeVault(json))
  }

  /** @param {string} text */
  restore (text) { checkString(text); return this.#native.restore(text) }

  /** Restores a streamed answer: `feed(chunk)` returns final text, `finish()` the rest. */
  restorer () { return this.#native.restorer() }

  /** The token of `value` as `entity` (numbered if new). */
  token (entity, value) { checkString(entity); checkString(value); return this.#native.token(entity, value) }

  /** The vault encrypted under `key` (a 32-byte Buffer). @param {Buffer} key */
  seal (key) { return wrap(() => this.#native.seal(key)) }

  /** Opens a vault sealed under `key`. @param {Buffer} sealed @param {Buffer} key */
  static open (sealed, key) {
    const v = new Vault()
    v.#native = wrap(() => native.NativeVault.open(sealed, key))
    return v
  }

  /** How many values the vault holds. */
  get size () { return this.#native.size }

  /** @returns {any} the native vault (for `Scrubber`). */
  _nativeVault () { return this.#native }

  [inspect.custom] () { return `Vault { size: ${this.size} }` }
  toJSON () { return { size: this.size } }
}

function nativeVault (vault) {
  if (!(vault instanceof Vault)) throw new TypeError('vault must be a Vault')
  return vault._nativeVault()
}

/**
 * Splits per-call options into the native vault (if any) and the
 * CallOptions JSON of the rest.
 * @param {any} call
 */
function splitCall (call) {
  if (call === undefined || call === null) return { vault: undefined, callJson: undefined }
  if (typeof call !== 'object') throw new TypeError('call options must be an object')
  const { vault, ...rest } = call
  return { vault: vault === undefined ? undefined : nativeVault(vault), callJson: callOptionsJson(rest) }
}

/** Per-call options as CallOptions JSON, or undefined when none are set. */
function callOptionsJson (call) {
  if (call === undefined || call === null) return undefined
  if (typeof call !== 'object') throw new TypeError('call options must be an object')
  const set = Object.fromEntries(Object.entries(call).filter(([, v]) => v !== undefined))
  return Object.keys(set).length === 0 ? undefined : JSON.stringify(set)
}

function checkString (text) {
  if (typeof text !== 'string') throw new TypeError(notString(text))
}

/** The TypeError message for a non-string: its type, never its value. */
function notString (value) {
  return `expected a string, got ${value === null ? 'null' : typeof value}`
}

/** A failed batch item's `ScrublineError` (with `index`). */
function itemError ({ index, code, message }) {
  return new ScrublineError(message, code, index)
}

/**
 * Verifies evidence log files or directories (in chain order), like
 * `scrubline evidence verify`: `{ ok, records, head_hash, problem, ... }`.
 * @param {string[]} paths
 * @param {{prefix?: string, key?: string|Buffer, allowPartial?: boolean, expectHead?: string}} [options]
 */
function verifyEvidence (paths, { prefix, key, allowPartial, expectHead } = {}) {
  const k = typeof key === 'string' ? Buffer.from(key, 'utf8') : key
  return wrap(() => native.verifyEvidence([].concat(paths), prefix, k, allowPartial, expectHead))
}

module.exports = { Scrubber, Vault, ScrublineError, ERROR_CODES, verifyEvidence }
