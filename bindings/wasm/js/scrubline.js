// scrubline in the browser (and Node): the same API names as the Node
// package, over the WASM build of the core's portable backend.
//
//   import init, { Scrubber } from './scrubline.js'
//   await init()                       // fetches and compiles the .wasm once
//   const scrubber = new Scrubber()    // compiles the rules once per page
//   scrubber.redact('key AKIA...').text
//
// Offsets are JS string indices (UTF-16); reports hold counts, never values.

import wasmInit, { NativeScanner } from '../pkg/web/scrubline_wasm.js'

export class ScrublineError extends Error {
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
    const m = e && typeof e.message === 'string' ? CODE.exec(e.message) : null
    throw m ? new ScrublineError(m[2], m[1]) : e
  }
}

function checkString (text) {
  if (typeof text !== 'string') throw new TypeError(`expected a string, got ${text === null ? 'null' : typeof text}`)
}

/** Loads the WebAssembly module (call once; `input` defaults to the .wasm beside the glue). */
export default async function init (input) {
  await wasmInit(input === undefined ? undefined : { module_or_path: input })
}

export class Scrubber {
  /**
   * @param {object} [options] the core's ScannerOptions (snake_case), e.g.
   *   `{policy: {pii: 'mask'}}`. `evidence: {service: 'web'}` (no `path`)
   *   queues hash-chained evidence records (counts, never text) for
   *   `takeEvidence()`; `bucket_seconds` aggregates them.
   */
  constructor (options = {}) {
    this.options = options
    this._native = wrap(() => new NativeScanner(JSON.stringify(options)))
  }

  /** This scrubber with `{ service, tenant, requestId }` on its evidence records. */
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

  /** `{ text, findings, report }` */
  redact (text) {
    checkString(text)
    return JSON.parse(wrap(() => this._native.redact(text)))
  }

  scan (text) {
    checkString(text)
    return JSON.parse(wrap(() => this._native.scan(text)))
  }

  /** Redacts a JSON-like value, key names as context: `{ value, findings, report }`. */
  redactJson (value) {
    const r = JSON.parse(wrap(() => this._native.redactJsonText(JSON.stringify(value))))
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
