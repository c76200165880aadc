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
  /** Longest text a rule may be able to match (8 KiB); streams hold back about this much. */
  max_match_len?: number
  /** Largest compiled program of one rule, in bytes (2 MiB). */
  rule_size_limit?: number
  /** Only `"auto"` and `"portable"` run in WASM. */
  backend?: 'auto' | 'portable' | 'hyperscan'
  /**
   * The PII classifier: only in 'scrubline-wasm/classifier' (there `{}` by
   * default; `null` turns it off). The patterns-only module gives a `model` error.
   */
  classifier?: { runtime?: 'auto' | 'tract'; thresholds?: Record<string, number> } | null
  allow_degraded?: boolean
  deobfuscate?: Deobfuscation
  /** Queue hash-chained evidence records (counts, never text) for `takeEvidence()`. */
  evidence?: EvidenceOptions
}

/** Overrides for one call (the core's CallOptions; see docs/options.md). */
export interface CallOptions {
  /** Keep only these entity names (`EMAIL_ADDRESS`) or categories (`secret`, `pii`). */
  entities?: string[]
  /** Operators for this call by entity name or category (`label`, `mask`, `partial_mask:4`, ...). */
  operators?: Record<string, string>
  /** Values not reported in this call (exact match). */
  allow?: string[]
  /** Terms always redacted in this call, as `DENY_LIST` findings (ASCII case ignored, whole words). */
  deny?: string[]
  /** `redactJson` only: dotted paths of the fields to redact (`messages.*.content`; `*` any member or item). */
  paths?: string[]
  /** Entity names or categories that refuse the call: a `blocked` error (with `entities` counts) instead of text. */
  block?: string[]
}

/** Obfuscations undone before matching (the core's `Deobfuscation`). */
export interface Deobfuscation {
  invisible?: boolean
  homoglyphs?: boolean
  mixed_script?: boolean
  full_width?: boolean
  escapes?: boolean
  literal_joins?: boolean
  wrapped_lines?: boolean
  separated?: boolean
  encoded?: boolean
  tables?: boolean
  recurrences?: boolean
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

/** How vault tokens are written (`[PERSON_1]`). */
export interface TokenFormat { prefix?: string; separator?: string; suffix?: string }

/** Reversible pseudonyms for one conversation. */
export class Vault {
  constructor (format?: TokenFormat)
  restore (text: string): string
  restorer (): { feed (chunk: string): string; finish (): string }
  token (entity: string, value: string): string
  /** Encrypted under a 32-byte key (XChaCha20-Poly1305, nonce from `crypto.getRandomValues`). */
  seal (key: Uint8Array): Uint8Array
  static open (sealed: Uint8Array, key: Uint8Array): Vault
  readonly size: number
}

/** The core's error codes (`scrubline::ERROR_CODES`); a test keeps this list equal to it. */
export type ErrorCode =
  | 'rule_parse'
  | 'rule_compile'
  | 'duplicate_rule'
  | 'config'
  | 'engine'
  | 'model'
  | 'input_too_large'
  | 'invalid_utf8'
  | 'invalid_encoding'
  | 'io'
  | 'stream_finished'
  | 'evidence'
  | 'blocked'

/** Every error code with what it means (filled in by `init`). */
export const ERROR_CODES: Readonly<Record<ErrorCode, string>>

export class ScrublineError extends Error {
  code: ErrorCode
  /** On `blocked` errors: findings per blocked entity (names and counts, never values). */
  entities?: Record<string, number>
}

export class Scrubber {
  constructor (options?: ScannerOptions)
  readonly ruleCount: number
  /** Releases the compiled rules now (tens of MB of WASM memory); the scrubber is unusable afterwards. */
  free (): void
  /** With `vault`, findings become the vault's numbered tokens (`[PERSON_1]`). */
  redact (text: string, call?: CallOptions & { vault?: Vault }): { text: string; findings: Finding[]; report: Report }
  scan (text: string, call?: CallOptions): Finding[]
  /** `call.paths` limits redaction to the fields named; with `vault`, findings become its tokens. */
  redactJson<T = unknown> (value: T, call?: CallOptions & { vault?: Vault }): { value: T; findings: Finding[]; report: Report }
  createStream (): { feed (chunk: string): string; finish (): string; report (): Report }
  /** This scrubber with caller context on its evidence records. */
  withContext (context: { service?: string; tenant?: string; requestId?: string }): Scrubber
  /** Writes open evidence buckets. */
  flushEvidence (): void
  /** Queued evidence lines (with `evidence: {...}` in the options). */
  takeEvidence (): string[]
}
