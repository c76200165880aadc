#!/usr/bin/env node
// redact MB/s of the WASM build (portable backend, under Node) against the
// native Node addon, same corpus, same run. Writes benches/results/wasm.md.
//   scripts/build-wasm && (cd bindings/node && npm install && npm run build)
//   node benches/wasm/bench.mjs
import fs from 'node:fs'
import path from 'node:path'
import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const require = createRequire(import.meta.url)
const { default: init, Scrubber: WasmScrubber } = await import(path.join(ROOT, 'bindings', 'wasm', 'js', 'scrubline.js'))
const { Scrubber: NodeScrubber } = require(path.join(ROOT, 'bindings', 'node', 'lib'))

const file = path.join(ROOT, 'benches', 'data', 'mixed-4mb.txt')
if (!fs.existsSync(file)) execFileSync('python3', [path.join(ROOT, 'benches', 'corpus.py'), '--size-mb', '4', '--out', file])
const text = fs.readFileSync(file, 'utf8')
const bytes = Buffer.byteLength(text)
const docs = []
for (let i = 0; i < text.length; i += 4096) docs.push(text.slice(i, i + 4096))

const wasmFile = path.join(ROOT, 'bindings', 'wasm', 'pkg', 'web', 'scrubline_wasm_bg.wasm')
let t = performance.now()
await init(fs.readFileSync(wasmFile))
const wasm = new WasmScrubber({ max_input_bytes: 64 << 20 })
const wasmReady = performance.now() - t
const native = new NodeScrubber({ max_input_bytes: 64 << 20 })

function best (fn) {
  let min = Infinity
  for (let i = 0; i < 3; i++) { const t0 = performance.now(); fn(); min = Math.min(min, performance.now() - t0) }
  return bytes / (min / 1000) / 1e6
}

const rows = [
  ['one 4 MB text', best(() => wasm.redact(text)), best(() => native.redact(text))],
  ['4 KiB documents', best(() => docs.forEach(d => wasm.redact(d))), best(() => docs.forEach(d => native.redact(d)))]
]
const raw = fs.statSync(wasmFile).size
const gz = execFileSync('gzip', ['-9', '-c', wasmFile]).length
const lines = [
  `Node ${process.version}; mixed corpus (benches/corpus.py), 4 MB; best of 3, one thread. WASM: ${raw} bytes raw, ${gz} gzipped; init + rule compile ${wasmReady.toFixed(0)} ms under Node.`,
  '',
  `| input | WASM (portable) MB/s | native addon (${native.backend}) MB/s | WASM / native |`,
  '|---|---:|---:|---:|',
  ...rows.map(([name, w, n]) => `| ${name} | ${w.toFixed(1)} | ${n.toFixed(1)} | ${(w / n).toFixed(2)}x |`)
]
const report = lines.join('\n') + '\n'
process.stdout.write(report)
fs.writeFileSync(path.join(ROOT, 'benches', 'results', 'wasm.md'), report)
