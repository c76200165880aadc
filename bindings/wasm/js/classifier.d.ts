// 'scrubline-wasm/classifier': the API of 'scrubline-wasm', over the module
// with the PII classifier. Scrubbers run the classifier unless their
// options say `classifier: null`.
export * from './scrubline.js'
export { default } from './scrubline.js'
