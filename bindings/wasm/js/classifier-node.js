// Node entry of 'scrubline-wasm/classifier': as './classifier.js', except
// that init() reads the .wasm from the package folder when no input is given.
import { readFile } from 'node:fs/promises'
import initWeb from './classifier.js'

export * from './classifier.js'

/** Loads the WebAssembly module once; without `input`, from the package folder. */
export default async function init (input) {
  const bytes = input === undefined
    ? await readFile(new URL('../pkg/classifier-web/scrubline_wasm_bg.wasm', import.meta.url))
    : input
  await initWeb(bytes)
}
