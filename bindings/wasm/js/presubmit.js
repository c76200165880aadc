// Framework-free pre-submit scrubbing for a <form> with a <textarea> or
// <input>: on submit (and optionally on paste) the text is redacted in the
// page, the user is shown what was redacted (categories and counts, never
// the values), and the page decides whether to send the redacted text or
// block the submission.
//
//   import { attachScrubber } from './presubmit.js'
//   attachScrubber(form, { scrubber, field: form.elements.prompt, summary: el,
//                          onPaste: true, decide: report => 'send' | 'block' })

/** Human summary of a report: "2 redacted: 1 secret (AWS_ACCESS_KEY_ID), 1 pii (EMAIL_ADDRESS)". */
export function summarize (report) {
  if (!report.findings) return 'nothing to redact'
  const entities = Object.entries(report.by_entity).map(([e, n]) => `${e} ×${n}`).join(', ')
  const categories = Object.entries(report.by_category).map(([c, n]) => `${n} ${c}`).join(', ')
  return `${report.findings} redacted: ${categories} (${entities})`
}

/**
 * @param {HTMLFormElement} form
 * @param {object} options
 * @param {import('./scrubline.js').Scrubber} options.scrubber
 * @param {HTMLTextAreaElement|HTMLInputElement} options.field
 * @param {HTMLElement} [options.summary] where counts are shown
 * @param {boolean} [options.onPaste] also redact pasted text at once
 * @param {(report: object) => 'send'|'block'} [options.decide] default: send redacted
 * @returns {() => void} detaches the listeners
 */
export function attachScrubber (form, { scrubber, field, summary, onPaste = false, decide = () => 'send' }) {
  const show = report => {
    if (summary) {
      summary.textContent = summarize(report)
      summary.dataset.findings = String(report.findings)
    }
  }
  const onSubmit = event => {
    const r = scrubber.redact(field.value)
    field.value = r.text
    show(r.report)
    form.dispatchEvent(new CustomEvent('scrubline:redacted', { detail: { report: r.report } }))
    if (r.report.findings && decide(r.report) === 'block') {
      event.preventDefault()
      event.stopImmediatePropagation()
    }
  }
  const onPasteEvent = event => {
    const pasted = event.clipboardData && event.clipboardData.getData('text')
    if (!pasted) return
    const r = scrubber.redact(pasted)
    if (!r.report.findings) return
    event.preventDefault()
    const { selectionStart: s, selectionEnd: e, value } = field
    field.value = value.slice(0, s) + r.text + value.slice(e)
    show(r.report)
  }
  // Capture phase: runs before the page's own submit handlers.
  form.addEventListener('submit', onSubmit, true)
  if (onPaste) field.addEventListener('paste', onPasteEvent)
  return () => {
    form.removeEventListener('submit', onSubmit, true)
    field.removeEventListener('paste', onPasteEvent)
  }
}
