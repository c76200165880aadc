'use strict'
// The JavaScript examples in the READMEs run as written: every ```js block
// of this package's README and of the repository README. A line
// `expr  // 'literal'` asserts that expr equals the literal. Names the
// examples assume (app, fastify, stream, prompt, requestId, ...) are
// provided; the evidence folder points into a temporary directory. The
// OpenAI and AI SDK examples talk to the fake model of fake-openai.js on
// 127.0.0.1 (OPENAI_BASE_URL), which echoes the tokens it is sent.

const test = require('node:test')
const assert = require('node:assert')
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')
const { Writable } = require('node:stream')
const { startFake } = require('./fake-openai.js')

const READMES = [path.join(__dirname, '..', 'README.md'), path.join(__dirname, '..', '..', '..', 'README.md')]
// Examples may `await` (redactBatch).
const AsyncFunction = (async () => {}).constructor
const EXPECT = /^([A-Za-z_][\w.[\]()'"]*)\s+\/\/\s*('(?:[^'\\]|\\.)*')\s*$/

function asAssertions (code) {
  return code.split('\n').map(line => {
    const m = EXPECT.exec(line)
    return m ? `assert.deepStrictEqual(${m[1]}, ${m[2]}, ${JSON.stringify(m[1])})` : line
  }).join('\n')
}

let fake
test.before(async () => {
  fake = await startFake()
  process.env.OPENAI_BASE_URL = fake.url
  process.env.OPENAI_API_KEY = 'sk-readme'
})
test.after(() => fake.close())

for (const readme of READMES) {
  const text = fs.readFileSync(readme, 'utf8')
  const blocks = [...text.matchAll(/^```js\n([\s\S]*?)^```/gm)].map(m => m[1])
  blocks.forEach((code, i) => {
    test(`${path.basename(path.dirname(readme))} README example ${i + 1} runs`, async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scrubline-readme-'))
      const express = require('express')
      const fastify = require('fastify')()
      const scope = {
        assert,
        require,
        express,
        app: express(),
        fastify,
        pino: require('pino'),
        winston: require('winston'),
        stream: new Writable({ write (_chunk, _enc, done) { done() } }),
        prompt: 'my key AKIAQYLPMN5HHHFPZAM2',
        requestId: 'req-1'
      }
      const body = asAssertions(code.replaceAll('/var/log/scrubline', path.join(dir, 'evidence')))
      try {
        await new AsyncFunction(...Object.keys(scope), body)(...Object.values(scope))
        await fastify.ready()
      } finally {
        await fastify.close()
        fs.rmSync(dir, { recursive: true, force: true })
      }
    })
  })
}
