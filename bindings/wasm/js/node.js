// Node entry (the package's "node" export condition): the browser module
// unchanged, except that init() reads the .wasm from the package folder
// when no input is given (Node's fetch cannot load file: URLs).
import { readFile } from 'node:fs/promises'
import initWeb from './scrubline.js'

export * from './scrubline.js'

/** Loads the WebAssembly module once; without `input`, from the package folder. */
export default async function init (input) {
  const bytes = input === undefined
    ? await readFile(new URL('../pkg/web/scrubline_wasm_bg.wasm', import.meta.url))
    : input
  await initWeb(bytes)
}
