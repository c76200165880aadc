// ES module entry (`import { Scrubber } from 'scrubline'`): the CommonJS
// API re-exported, so both entries share one native addon and one class.
import scrubline from './index.js'

export const { Scrubber, Vault, ScrublineError, ERROR_CODES, verifyEvidence } = scrubline
export default scrubline
