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
  backend?: 'auto' | 'portable' | 'hyperscan'
  classifier?: { model_dir?: string; runtime_library?: string; thresholds?: Record<string, number> }
  allow_degraded?: boolean
}

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

export class ScrublineError extends Error {
  /** `rule_parse`, `config`, `input_too_large`, `model`, ... */
  code: string
}

export class Scrubber {
  constructor (options?: ScannerOptions)
  readonly options: ScannerOptions
  readonly backend: string
  readonly ruleCount: number
  readonly ruleSetSha256: string
  redact (text: string): Redacted
  redactAsync (text: string, options?: { signal?: AbortSignal }): Promise<Redacted>
  scan (text: string): Finding[]
  redactBatch (texts: string[]): Redacted[]
  redactJson<T = unknown> (value: T): { value: T; findings: Finding[]; report: Report }
  createStream (): Transform & { report?: Report }
  emptyReport (): Report
}
