// scrubline with the PII classifier in the browser (and Node): the same API
// as './scrubline.js', over a second, larger WASM module that adds the
// classifier (tract, with the portable model embedded) to the patterns.
// Import it only where names, places and organisations must be caught,
// ideally with a dynamic import so other pages never download it:
//
//   const { default: init, Scrubber } = await import('scrubline-wasm/classifier')
//   await init()                       // fetches and compiles the .wasm once
//   const scrubber = new Scrubber()    // loads the model once per scrubber
//   scrubber.redact('Please email Maria Gonzalez').text  // 'Please email [PERSON]'
//
// Scrubbers from this module run the classifier unless their options say
// `classifier: null`.

import * as native from '../pkg/classifier-web/scrubline_wasm.js'
import { bind } from './api.js'

export { ScrublineError, ERROR_CODES } from './api.js'

const api = bind(native, { classifier: {} })

/** Reversible pseudonyms for one conversation (see `Vault` in api.js). */
export const Vault = api.Vault
/** Compiled rules, options and the classifier: `redact`, `scan`, `redactJson`, `createStream`. */
export const Scrubber = api.Scrubber
/** Loads the WebAssembly module (call once; `input` defaults to the .wasm beside the glue). */
export default api.init
