// Type-checked (tsc --noEmit) to keep lib/index.d.ts honest.
import { Scrubber, ScrublineError, verifyEvidence, type Finding, type Redacted, type Verification } from '../lib'
import { promMetrics } from '../lib/metrics'
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
const e = new Scrubber({ evidence: { bucket_seconds: 60, service: 'api' } })
e.withContext({ requestId: 'r1' }).redact('x')
e.on('report', (report, operation) => console.log(report.findings, operation))
const lines: string[] = e.takeEvidence()
const head: { seq: number; hash: string } | null = e.evidenceHead
const v: Verification = verifyEvidence('/var/log/scrubline', { allowPartial: true })
const counters = promMetrics(e, { prefix: 'app' })
counters.detach()
void [f, n, p, j, m, lines, head, v.problem?.kind]
async function batches (): Promise<void> {
  const all: Redacted[] = await s.redactBatch(['a', 'b'])
  const some: Array<Redacted | ScrublineError> = await s.redactBatch(['a'], { returnErrors: true })
  for (const r of some) if (r instanceof ScrublineError) console.log(r.code, r.index)
  const sync: Redacted[] = s.redactBatchSync(['a'], { returnErrors: false })
  void [all, sync]
}
void batches
