'use strict'
// The evidence log and metrics from Node: one option, context per call,
// fail closed, verification, prom-client counters.

const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')
const { Scrubber, ScrublineError, verifyEvidence } = require('../lib/index.js')
const { promMetrics } = require('../lib/metrics.js')

const KEY = 'AKIAQYLPMN5HHHFPZAM2'

test('an in-memory log records counts and context, never text', () => {
  const s = new Scrubber({ evidence: { service: 'api' } })
  s.withContext({ tenant: 'acme', requestId: 'req-1' }).redact(`key ${KEY} mail bob@example.com`)
  s.redactJson({ password: 'hunter2hunter2' })
  const lines = s.takeEvidence()
  assert.equal(lines.length, 2)
  assert.ok(!lines.some((l) => l.includes(KEY) || l.includes('bob@') || l.includes('hunter2')))
  const [first, second] = lines.map((l) => JSON.parse(l))
  assert.deepEqual(first.context, { service: 'api', tenant: 'acme', request_id: 'req-1' })
  assert.deepEqual(first.by_entity, { AWS_ACCESS_KEY_ID: 1, EMAIL_ADDRESS: 1 })
  assert.deepEqual(second.by_operation, { redact_json: 1 })
  assert.equal(second.prev, first.hash)
  assert.deepEqual(s.evidenceHead, { seq: 2, hash: second.hash })
})

test('a file log verifies, and a reordered one names its line', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scrubline-node-evidence-'))
  const s = new Scrubber({ evidence: { path: dir } })
  for (let i = 0; i < 3; i++) s.withContext({ requestId: `r${i}` }).redact(`key ${KEY}`)
  s.flushEvidence()
  const ok = verifyEvidence(dir)
  assert.equal(ok.ok, true)
  assert.equal(ok.records, 3)
  const segment = path.join(dir, 'evidence-000000000001.jsonl')
  const lines = fs.readFileSync(segment, 'utf8').trimEnd().split('\n')
  fs.writeFileSync(segment, [lines[0], lines[2], lines[1]].join('\n') + '\n')
  const bad = verifyEvidence([segment])
  assert.equal(bad.ok, false)
  assert.equal(bad.problem.line, 2)
  assert.equal(bad.problem.kind, 'reordered')
  fs.rmSync(dir, { recursive: true, force: true })
})

test('a call that cannot be recorded fails closed', () => {
  const s = new Scrubber({ evidence: { max_queued: 1 } })
  s.redact('a')
  assert.throws(() => s.redact(`key ${KEY}`), (e) => e instanceof ScrublineError && e.code === 'evidence' && !e.message.includes(KEY))
  assert.throws(() => s.withContext({ requestId: 'x'.repeat(200) }), (e) => e.code === 'config')
})

test('report events feed prom-client counters with the Python names', async () => {
  const prom = require('prom-client')
  const registry = new prom.Registry()
  const s = new Scrubber()
  const metrics = promMetrics(s, { registry })
  s.redact(`key ${KEY} mail bob@example.com`)
  s.withContext({ requestId: 'r' }).redact('mail ann@example.com')
  await s.redactAsync('nothing')
  await s.redactBatch(['bob@example.com', 'x'])
  const text = await registry.metrics()
  assert.match(text, /^scrubline_findings_total\{entity="EMAIL_ADDRESS"\} 3$/m)
  assert.match(text, /^scrubline_findings_total\{entity="AWS_ACCESS_KEY_ID"\} 1$/m)
  assert.match(text, /^scrubline_category_findings_total\{category="pii"\} 3$/m)
  assert.match(text, /^scrubline_scans_total 5$/m)
  assert.ok(!text.includes(KEY) && !text.includes('bob@'))
  metrics.detach()
  s.redact('mail bob@example.com')
  assert.match(await registry.metrics(), /^scrubline_scans_total 5$/m)
})
