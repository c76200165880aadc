import type { Report, Scrubber } from './scrubline.js'

export function summarize (report: Report): string
export function attachScrubber (
  form: HTMLFormElement,
  options: {
    scrubber: Scrubber
    field: HTMLTextAreaElement | HTMLInputElement
    summary?: HTMLElement
    onPaste?: boolean
    decide?: (report: Report) => 'send' | 'block'
  }
): () => void
