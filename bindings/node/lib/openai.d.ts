import type { OpenAI } from 'openai'
import type { CallOptions, Report, Scrubber, Vault } from './index'

/** Options of `wrapOpenAI`. */
export interface WrapOpenAIOptions {
  /** Shared scrubber (build once); default: a new `Scrubber()`. */
  scrubber?: Scrubber
  /** The conversation's vault; default: a new `Vault()`. */
  vault?: Vault
  /** Called once per request with the summed report of its texts (counts only). */
  onReport?: (report: Report) => void
  /** `redact`'s per-call options for every request; `{ block: ['secret'] }` rejects a request holding a secret (`blocked` error, nothing sent). */
  call?: CallOptions
}

/** A per-call override: another vault, and `redact`'s per-call options. */
export type ScrublineCall = CallOptions & { vault?: Vault }

/**
 * Wraps an `openai` client: `chat.completions.create` and
 * `responses.create` (and the helpers built on them) send vault tokens
 * instead of values and return the values restored, streamed or not.
 * Everything else behaves as the client does. Throws a TypeError (with an
 * install hint) when `client` is not an `openai` client.
 */
export function wrapOpenAI<T extends OpenAI> (client: T, options?: WrapOpenAIOptions): T

/**
 * Request options with a per-call override, for TypeScript (the client's
 * `RequestOptions` type has no `scrubline` key):
 * `create(params, scrublineOptions({ vault }, { timeout: 5000 }))`.
 */
export function scrublineOptions<O extends object = {}> (call: ScrublineCall, requestOptions?: O): O
