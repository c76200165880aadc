import { EventEmitter } from 'node:events'
import { Transform } from 'node:stream'

/** ScannerOptions (snake_case, as in tests/vectors). */
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
  backend?: 'auto' | 'portable' | 'hyperscan'
  classifier?: { model_dir?: string; runtime_library?: string; thresholds?: Record<string, number> }
  allow_degraded?: boolean
  deobfuscate?: Partial<Record<'invisible' | 'homoglyphs' | 'mixed_script' | 'full_width' | 'escapes' | 'literal_joins' | 'wrapped_lines' | 'separated' | 'encoded' | 'tables' | 'recurrences', boolean>>
  /** Record every call in a hash-chained evidence log; `{}` queues in memory. */
  evidence?: EvidenceOptions
}

/** Where and how the evidence log is written (the core's EvidenceOptions). */
export interface EvidenceOptions {
  /** Directory of the log's segment files; unset: records queue in memory. */
  path?: string
  prefix?: string
  /** 0 (default): one record per call; else one per service/tenant per window. */
  bucket_seconds?: number
  rotate_bytes?: number
  rotate_seconds?: number
  retention_days?: number
  hmac_key_env?: string
  hmac_key_file?: string
  key_id?: string
  service?: string
  tenant?: string
  sync?: boolean
  max_queued?: number
}

/** Caller context for evidence records: labels, never user text. */
export interface CallContext { service?: string; tenant?: string; requestId?: string }

/** The outcome of verifying an evidence log. */
export interface Verification {
  ok: boolean
  files: number
  records: number
  start: 'empty' | 'genesis' | 'after_retention' | 'partial'
  first_seq: number | null
  head_seq: number | null
  head_hash: string | null
  macs_checked: number
  problem: null | {
    file: string
    line: number
    kind: 'malformed' | 'edited' | 'bad_mac' | 'missing_mac' | 'removed' | 'reordered' | 'broken_link' | 'unanchored' | 'truncated' | 'torn_tail'
    message: string
  }
}

export function verifyEvidence (
  paths: string | string[],
  options?: { prefix?: string; key?: string | Buffer; allowPartial?: boolean; expectHead?: string }
): Verification

/** One detection: metadata and offsets (JS string indices), never the value. */
export interface Finding {
  ruleId: string
  entity: string
  category: string
  confidence: number
  validated: boolean
  start: number
  end: number
  byteStart: number
  byteEnd: number
  /** JSON Pointer of the field (`redactJson` only); ends with `~` for a finding in a key. */
  path?: string | null
}

/** Audit evidence: counts, rule-set digest, versions; never content. */
export interface Report {
  schema_version: number
  scanner: string
  backend: string
  rule_set_sha256: string
  rules: number
  bytes_scanned: number
  findings: number
  by_category: Record<string, number>
  by_entity: Record<string, number>
  by_rule: Record<string, number>
  by_operator: Record<string, number>
  degraded: boolean
  models: Array<{ name: string; version: string; sha256: string }>
  [key: string]: unknown
}

export interface Redacted { text: string; findings: Finding[]; report: Report }

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

/** How vault tokens are written: prefix, entity, separator, number, suffix (`[PERSON_1]`). */
export interface TokenFormat { prefix?: string; separator?: string; suffix?: string }

/**
 * Reversible pseudonyms for one conversation: `redact(prompt, { vault })`
 * sends tokens, `vault.restore(answer)` puts the values back.
 */
export class Vault {
  constructor (format?: TokenFormat)
  restore (text: string): string
  restorer (): { feed (chunk: string): string; finish (): string }
  token (entity: string, value: string): string
  /** Encrypted under a 32-byte key (XChaCha20-Poly1305). */
  seal (key: Buffer): Buffer
  static open (sealed: Buffer, key: Buffer): Vault
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

/** Every error code with what it means. */
export const ERROR_CODES: Readonly<Record<ErrorCode, string>>

export class ScrublineError extends Error {
  /** Which kind of error (see `ERROR_CODES`). */
  code: ErrorCode
  /** The failed item's position, on errors of `redactBatch`/`redactBatchSync` items. */
  index?: number
  /** On `blocked` errors: findings per blocked entity (names and counts, never values). */
  entities?: Record<string, number>
}

/** Options of `redactBatch` and `redactBatchSync`. */
export interface BatchOptions {
  /**
   * Put each failed item's `ScrublineError` (with `index`) in its place
   * in the results instead of failing the whole call (like Python's
   * `return_exceptions=True`).
   */
  returnErrors?: boolean
}

export class Scrubber extends EventEmitter {
  constructor (options?: ScannerOptions)
  withContext (context: CallContext): Scrubber
  flushEvidence (): void
  takeEvidence (): string[]
  readonly hasEvidence: boolean
  readonly evidenceHead: { seq: number; hash: string } | null
  on (event: 'report', listener: (report: Report, operation: string) => void): this
  /** A call ran without a configured detector (`allow_degraded`); a process warning `SCRUBLINE_DEGRADED` is also emitted once. */
  on (event: 'degraded', listener: (report: Report, operation: string) => void): this
  readonly options: ScannerOptions
  readonly backend: string
  readonly ruleCount: number
  readonly ruleSetSha256: string
  /** With `vault`, findings become the vault's numbered tokens (`[PERSON_1]`). */
  redact (text: string, call?: CallOptions & { vault?: Vault }): Redacted
  redactAsync (text: string, options?: { signal?: AbortSignal; vault?: Vault } & CallOptions): Promise<Redacted>
  scan (text: string, call?: CallOptions): Finding[]
  /**
   * Redacts many texts on the libuv thread pool, in parallel on Rust
   * threads; results in input order. Rejects with the first failed item's
   * error (`index` set) unless `returnErrors`. Each result's `findings`
   * and `report` are built when first read.
   */
  redactBatch (texts: string[], options?: BatchOptions & { returnErrors?: false }): Promise<Redacted[]>
  redactBatch (texts: string[], options: BatchOptions): Promise<Array<Redacted | ScrublineError>>
  /** `redactBatch`, blocking until done (scripts). */
  redactBatchSync (texts: string[], options?: BatchOptions & { returnErrors?: false }): Redacted[]
  redactBatchSync (texts: string[], options: BatchOptions): Array<Redacted | ScrublineError>
  /** `call.paths` limits redaction to the fields named; with `vault`, findings become its tokens. */
  redactJson<T = unknown> (value: T, call?: CallOptions & { vault?: Vault }): { value: T; findings: Finding[]; report: Report }
  createStream (options?: { vault?: Vault }): Transform & { report?: Report }
  emptyReport (): Report
}
