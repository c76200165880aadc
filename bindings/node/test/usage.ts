// Type-checked (tsc --noEmit) to keep lib/index.d.ts honest.
import { Scrubber, ScrublineError, Vault, verifyEvidence, type Finding, type Redacted, type Verification } from '../lib'
import { promMetrics } from '../lib/metrics'
import { express, OPENAI_PATHS } from '../lib/middleware'
import { scrublineOptions, wrapOpenAI } from '../lib/openai'
import { scrublineMiddleware, wrapModel } from '../lib/ai'
import { OpenAI } from 'openai'
import { generateText, wrapLanguageModel } from 'ai'
import { createOpenAI } from '@ai-sdk/openai'

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
async function roundTrips (): Promise<void> {
  const vault = new Vault()
  const openai: OpenAI = wrapOpenAI(new OpenAI({ apiKey: 'sk-test' }), { scrubber: s, vault, onReport: r => console.log(r.findings) })
  const c = await openai.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'x' }] }, scrublineOptions({ vault: new Vault(), deny: ['Acme'] }, { timeout: 5000 }))
  const answer: string | null = c.choices[0]?.message.content ?? null
  const model = wrapLanguageModel({ model: createOpenAI({ apiKey: 'sk-test' }).chat('gpt-4o'), middleware: scrublineMiddleware({ vault }) })
  const { text } = await generateText({ model: wrapModel(model, { scrubber: s }), prompt: 'x' })
  void [answer, text]
}
void roundTrips
