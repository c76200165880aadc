import type { LanguageModelMiddleware, wrapLanguageModel } from 'ai'
import type { CallOptions, Report, Scrubber, Vault } from './index'

/** Options of `scrublineMiddleware` and `wrapModel`. */
export interface ScrublineMiddlewareOptions {
  /** Shared scrubber (build once); default: a new `Scrubber()`. */
  scrubber?: Scrubber
  /** The conversation's vault; default: a new `Vault()`. */
  vault?: Vault
  /** Called once per model call with the summed report of the prompt's texts (counts only). */
  onReport?: (report: Report) => void
  /** `redact`'s per-call options for every model call; `{ block: ['secret'] }` rejects before the model is called. */
  call?: CallOptions
}

/**
 * AI SDK language-model middleware (spec `v3`): the prompt leaves with
 * vault tokens, text, reasoning and tool-call input come back restored,
 * streamed or not. For `wrapLanguageModel({ model, middleware })`.
 */
export function scrublineMiddleware (options?: ScrublineMiddlewareOptions): LanguageModelMiddleware

/** `wrapLanguageModel({ model, middleware: scrublineMiddleware(options) })`; needs the `ai` package. */
export function wrapModel (
  model: Parameters<typeof wrapLanguageModel>[0]['model'],
  options?: ScrublineMiddlewareOptions
): ReturnType<typeof wrapLanguageModel>
