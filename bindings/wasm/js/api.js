// The wrapper both WASM modules share: the patterns-only module
// (scrubline.js) and the classifier module (classifier.js) differ only in
// the wasm-bindgen glue they bind and in their default options.
//
// Offsets are JS string indices (UTF-16); reports hold counts, never values.

export class ScrublineError extends Error {
  constructor (message, code) {
    super(message)
    this.name = 'ScrublineError'
    this.code = code
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

/** Every error code (`error.code`) with what it means: the core's one table (set by `init`). */
export let ERROR_CODES = Object.freeze({})

/** @param {string} json the core's error table (`errorCodes()`) */
function setErrorCodes (json) { ERROR_CODES = Object.freeze(JSON.parse(json)) }

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
    const coded = e && typeof e.code === 'string' && Object.hasOwn(ERROR_CODES, e.code)
    throw coded ? new ScrublineError(e.message, e.code) : e
  }
}

/** Per-call options as CallOptions JSON, or undefined when none are set. */
function callOptionsJson (call) {
  if (call === undefined || call === null) return undefined
  if (typeof call !== 'object') throw new TypeError('call options must be an object')
  const set = Object.fromEntries(Object.entries(call).filter(([, v]) => v !== undefined))
  return Object.keys(set).length === 0 ? undefined : JSON.stringify(set)
}

function checkString (text) {
  if (typeof text !== 'string') throw new TypeError(`expected a string, got ${text === null ? 'null' : typeof text}`)
}

/**
 * `init`, `Vault` and `Scrubber` over one wasm-bindgen module.
 * @param {typeof import('../pkg/web/scrubline_wasm.js')} native
 * @param {object} [defaults] ScannerOptions merged under each Scrubber's own
 */
export function bind (native, defaults = {}) {
  const { default: wasmInit, NativeScanner, NativeVault, errorCodes } = native

  /**
   * Splits per-call options into the native vault (if any) and the
   * CallOptions JSON of the rest.
   * @param {any} call
   */
  function splitCall (call) {
    if (call !== undefined && call !== null && typeof call !== 'object') throw new TypeError('call options must be an object')
    const { vault, ...rest } = call ?? {}
    if (vault !== undefined && !(vault instanceof Vault)) throw new TypeError('vault must be a Vault')
    return { vault: vault === undefined ? undefined : vault._native, callJson: callOptionsJson(rest) }
  }

  /** Loads the WebAssembly module (call once; `input` defaults to the .wasm beside the glue). */
  async function init (input) {
    await wasmInit(input === undefined ? undefined : { module_or_path: input })
    setErrorCodes(errorCodes())
  }

  /**
   * Reversible pseudonyms for one conversation: `scrubber.redact(text, {
   * vault })` sends `[PERSON_1]`, `vault.restore(answer)` puts the value back
   * (changed case, dropped brackets tolerated); `restorer()` for streamed
   * answers. `seal(key)` encrypts it (XChaCha20-Poly1305, 32-byte key) with
   * a nonce from `crypto.getRandomValues`.
   */
  class Vault {
    constructor (format = {}) {
      const json = JSON.stringify({ prefix: '[', separator: '_', suffix: ']', ...format })
      this._native = wrap(() => new NativeVault(json))
    }

    restore (text) { checkString(text); return this._native.restore(text) }
    restorer () { return this._native.restorer() }
    token (entity, value) { return this._native.token(entity, value) }
    get size () { return this._native.size }

    /** `Uint8Array` of the vault encrypted under a 32-byte `key`. */
    seal (key) {
      const nonce = globalThis.crypto.getRandomValues(new Uint8Array(24))
      return wrap(() => this._native.sealWithNonce(key, nonce))
    }

    static open (sealed, key) {
      const v = Object.create(Vault.prototype)
      v._native = wrap(() => NativeVault.open(sealed, key))
      return v
    }

    toJSON () { return { size: this.size } }
  }

  class Scrubber {
    /**
     * @param {object} [options] the core's ScannerOptions (snake_case), e.g.
     *   `{policy: {pii: 'mask'}}`. `evidence: {service: 'web'}` (no `path`)
     *   queues hash-chained evidence records (counts, never text) for
     *   `takeEvidence()`; `bucket_seconds` aggregates them.
     */
    constructor (options = {}) {
      this.options = options
      this._native = wrap(() => new NativeScanner(JSON.stringify({ ...defaults, ...options })))
    }

    /**
     * This scrubber with `{ service, tenant, requestId }` on its evidence records.
     * @param {{ service?: string, tenant?: string, requestId?: string }} [context]
     */
    withContext ({ service, tenant, requestId } = {}) {
      const other = Object.create(Scrubber.prototype)
      other.options = this.options
      other._native = wrap(() => this._native.withContext(JSON.stringify({ service, tenant, request_id: requestId })))
      return other
    }

    /** Writes open evidence buckets (then `takeEvidence()` returns them). */
    flushEvidence () { wrap(() => this._native.flushEvidence()) }

    /** The queued evidence lines: send them to your server's evidence store. */
    takeEvidence () { return this._native.takeEvidence() }

    get ruleCount () { return this._native.ruleCount }

    /**
     * Releases the compiled rules now (tens of MB of WASM memory with the
     * full packs) instead of whenever the garbage collector runs; the
     * scrubber is unusable afterwards. Pages that build scrubbers on the fly
     * should call it: a 32-bit WASM memory holds about 50 at once.
     */
    free () { this._native.free() }

    /**
     * `{ text, findings, report }`. `call` overrides the scrubber for this
     * call only (the core's CallOptions): `entities`, `operators`, `allow`,
     * `deny` (terms always redacted as `DENY_LIST`).
     */
    redact (text, call) {
      checkString(text)
      const { vault, callJson } = splitCall(call)
      if (vault !== undefined) {
        return JSON.parse(wrap(() => this._native.redactToVault(text, callJson, vault)))
      }
      return JSON.parse(wrap(() => this._native.redact(text, callJson)))
    }

    /** Findings in `text` (per-call options as in `redact`). */
    scan (text, call) {
      checkString(text)
      const callJson = callOptionsJson(call)
      return JSON.parse(wrap(() => this._native.scan(text, callJson)))
    }

    /**
     * Redacts a JSON-like value, key names as context: `{ value, findings,
     * report }`. `call.paths` (`['messages.*.content']`) limits it to the
     * fields named; other per-call options and `vault` as in `redact`.
     */
    redactJson (value, call) {
      const { vault, callJson } = splitCall(call)
      const json = JSON.stringify(value)
      const r = JSON.parse(wrap(() => vault === undefined
        ? this._native.redactJsonText(json, callJson)
        : this._native.redactJsonToVault(json, callJson, vault)))
      return { value: JSON.parse(r.text), findings: r.findings, report: r.report }
    }

    /** `{ feed(chunk) -> string, finish() -> string, report() }` for chunked text. */
    createStream () {
      const s = this._native.stream()
      return {
        feed: chunk => { checkString(chunk); return wrap(() => s.feed(chunk)) },
        finish: () => wrap(() => s.finish()),
        report: () => JSON.parse(s.report())
      }
    }
  }

  return { init, Vault, Scrubber }
}
