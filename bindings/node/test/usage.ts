// Type-checked (tsc --noEmit) to keep lib/index.d.ts honest.
import { Scrubber, ScrublineError, type Finding, type Redacted } from '../lib'
import { express, OPENAI_PATHS } from '../lib/middleware'

const s = new Scrubber({ policy: { pii: 'mask' }, allow: ['ops@example.com'] })
const r: Redacted = s.redact('mail bob@example.com')
const f: Finding | undefined = r.findings[0]
const n: number = r.report.by_entity['EMAIL_ADDRESS'] ?? 0
const p: Promise<Redacted> = s.redactAsync('x')
const j: { a: string } = s.redactJson({ a: 'b' }).value
const t = s.createStream()
t.write('chunk')
const m = express({ scrubber: s, paths: OPENAI_PATHS, mode: 'log_only' })
try { s.redact('x') } catch (e) { if (e instanceof ScrublineError) console.log(e.code) }
void [f, n, p, j, m]
