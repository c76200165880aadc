// scrubline in the browser (and Node): the same API names as the Node
// package, over the WASM build of the core's portable backend.
//
//   import init, { Scrubber } from './scrubline.js'
//   await init()                       // fetches and compiles the .wasm once
//   const scrubber = new Scrubber()    // compiles the rules once per page
//   scrubber.redact('key AKIA...').text
//
// Offsets are JS string indices (UTF-16); reports hold counts, never values.

import * as native from '../pkg/web/scrubline_wasm.js'
import { bind } from './api.js'

export { ScrublineError, ERROR_CODES } from './api.js'

const api = bind(native)

/** Reversible pseudonyms for one conversation (see `Vault` in api.js). */
export const Vault = api.Vault
/** Compiled rules and options: `redact`, `scan`, `redactJson`, `createStream`. */
export const Scrubber = api.Scrubber
/** Loads the WebAssembly module (call once; `input` defaults to the .wasm beside the glue). */
export default api.init
