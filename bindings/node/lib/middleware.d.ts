import type { Report, Scrubber } from './index'

export interface MiddlewareOptions {
  scrubber?: Scrubber
  /** `redact` (default): handlers see the redacted body. `log_only`: the body is kept; the redacted copy is on `req.scrubline.redactedBody`. */
  mode?: 'redact' | 'log_only'
  /** Dotted paths (`messages.*.content`); default: every string in the body. */
  paths?: string[]
  onReport?: (report: Report) => void
  /** With an evidence log: header whose value is each record's request_id (default `x-request-id`; null: none). */
  requestIdHeader?: string | null
}

export const OPENAI_PATHS: string[]
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
