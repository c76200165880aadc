/** Loads the WebAssembly module once; `input` is a URL, Response, bytes or a compiled module. */
export default function init (input?: string | URL | Request | Response | BufferSource | WebAssembly.Module): Promise<void>

/** The core's ScannerOptions (snake_case, as in tests/vectors). */
export interface ScannerOptions {
  builtin_rules?: boolean
  rules?: string[]
  disable_rules?: string[]
  allow?: string[]
  allow_regex?: string[]
  policy?: { secret?: string; pii?: string; entities?: Record<string, string> }
  pseudonym_key?: string
  min_confidence?: number
  max_input_bytes?: number
  /** Only `"auto"` and `"portable"` run in WASM. */
  backend?: 'auto' | 'portable' | 'hyperscan'
  /** Gives a `model` error in WASM (no ONNX Runtime). */
  classifier?: Record<string, unknown>
  allow_degraded?: boolean
  deobfuscate?: Deobfuscation
  /** Queue hash-chained evidence records (counts, never text) for `takeEvidence()`. */
  evidence?: EvidenceOptions
}

/** Obfuscations undone before matching (the core's `Deobfuscation`). */
export interface Deobfuscation {
  invisible?: boolean
  homoglyphs?: boolean
  full_width?: boolean
  escapes?: boolean
  literal_joins?: boolean
  wrapped_lines?: boolean
  encoded?: boolean
}

/** The core's `EvidenceOptions`; in the browser `path` is not used: records queue in memory. */
export interface EvidenceOptions {
  prefix?: string
  bucket_seconds?: number
  key_id?: string
  service?: string
  tenant?: string
  max_queued?: number
}

export interface Finding {
  ruleId: string; entity: string; category: string; confidence: number; validated: boolean
  /** JS string indices (UTF-16). */
  start: number; end: number
  byteStart: number; byteEnd: number
  /** JSON Pointer of the field (`redactJson` only); ends with `~` for a finding in a key. */
  path: string | null
}

export interface Report {
  findings: number
  bytes_scanned: number
  by_category: Record<string, number>
  by_entity: Record<string, number>
  by_rule: Record<string, number>
  rule_set_sha256: string
  [key: string]: unknown
}

export class ScrublineError extends Error { code: string }

export class Scrubber {
  constructor (options?: ScannerOptions)
  readonly ruleCount: number
  redact (text: string): { text: string; findings: Finding[]; report: Report }
  scan (text: string): Finding[]
  redactJson<T = unknown> (value: T): { value: T; findings: Finding[]; report: Report }
  createStream (): { feed (chunk: string): string; finish (): string; report (): Report }
  /** This scrubber with caller context on its evidence records. */
  withContext (context: { service?: string; tenant?: string; requestId?: string }): Scrubber
  /** Writes open evidence buckets. */
  flushEvidence (): void
  /** Queued evidence lines (with `evidence: {...}` in the options). */
  takeEvidence (): string[]
}
