import type { Report, Scrubber } from './index'

export interface MiddlewareOptions {
  scrubber?: Scrubber
  /**
   * `redact` (default): handlers see the redacted body. `log_only`: the body is kept; the redacted copy is on `req.scrubline.redactedBody`.
   * `block`: a body with findings of `block` entities or categories is refused (`blockStatus`, JSON counts per entity); others are redacted.
   */
  mode?: 'redact' | 'log_only' | 'block'
  /** Dotted paths (`messages.*.content`; `*` any member or item); default: every string in the body. */
  paths?: string[]
  /** In `block` mode: entity names or categories (`secret`, `pii`) that refuse a request (default `['secret']`). */
  block?: string[]
  /** In `block` mode: the status of a refused request (default 422). */
  blockStatus?: number
  onReport?: (report: Report) => void
  /** With an evidence log: header whose value is each record's request_id (default `x-request-id`; null: none). */
  requestIdHeader?: string | null
}

export const OPENAI_PATHS: string[]
export const MODES: ReadonlyArray<'redact' | 'log_only' | 'block'>
export function express (options?: MiddlewareOptions): (req: any, res: any, next: (err?: unknown) => void) => void
export function fastify (instance: any, options: MiddlewareOptions, done: () => void): void
export function logRedactor (scrubber?: Scrubber): LogRedactor

/** Redacts one record; `.pino` and `.winston` redact the message too. */
export interface LogRedactor {
  <T>(record: T): T
  /** Spread into pino's options: `formatters.log` and `hooks.logMethod`. */
  pino: {
    formatters: { log: <T>(record: T) => T }
    hooks: { logMethod: (this: unknown, args: unknown[], method: (...args: unknown[]) => unknown) => unknown }
  }
  /** A winston format transform: `winston.format(redactor.winston)()`. */
  winston: <T extends object>(info: T) => T
}
