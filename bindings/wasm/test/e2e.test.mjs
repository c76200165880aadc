// End to end in headless Chromium (Debian's, driven by playwright-core):
// type a prompt with an AWS key and an email into the demo page, submit,
// and check the request the page sent contains neither value and that the
// page shows the counts. Saves a screenshot (CI artifact) under
// $SCRUBLINE_ARTIFACTS (default bindings/wasm/test-results/).
import test from 'node:test'
import assert from 'node:assert'
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const require = createRequire(import.meta.url)
const here = path.dirname(fileURLToPath(import.meta.url))
const { serve } = require('../demo/server.cjs')
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium'
const AWS = 'AKIAQYLPMN5HHHFPZAM2'
const EMAIL = 'ana.lopez@example.com'

const skip = !fs.existsSync(CHROMIUM) && `${CHROMIUM} not installed`

function launch () {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync']
    // playwright gives every launch a fresh temporary profile.
  })
}

test('pre-submit scrubbing in a real browser', { skip }, async () => {
  const { server, received, port } = await serve(0)
  const browser = await launch()
  try {
    const page = await browser.newPage()
    const errors = []
    page.on('pageerror', e => errors.push(String(e)))
    await page.goto(`http://127.0.0.1:${port}/demo/`)
    await page.waitForFunction(() => document.body.dataset.ready !== undefined, null, { timeout: 30_000 })
    const readyMs = Number(await page.evaluate(() => document.body.dataset.ready))
    await page.fill('#prompt', `Deploy with key ${AWS} and mail the report to ${EMAIL}, thanks`)
    await page.click('#send')
    await page.waitForFunction(() => document.getElementById('sent').textContent.length > 0, null, { timeout: 10_000 })
    assert.deepStrictEqual(errors, [])
    assert.strictEqual(received.length, 1)
    assert.ok(!received[0].includes(AWS) && !received[0].includes(EMAIL), received[0])
    assert.ok(received[0].includes('[AWS_ACCESS_KEY_ID]') && received[0].includes('[EMAIL_ADDRESS]'))
    const summary = await page.textContent('#summary')
    assert.match(summary, /^2 redacted: 1 secret, 1 pii \(AWS_ACCESS_KEY_ID ×1, EMAIL_ADDRESS ×1\)$|^2 redacted: 1 pii, 1 secret/)
    assert.ok(!summary.includes(AWS) && !summary.includes(EMAIL))
    const artifacts = process.env.SCRUBLINE_ARTIFACTS ?? path.join(here, '..', 'test-results')
    fs.mkdirSync(artifacts, { recursive: true })
    await page.screenshot({ path: path.join(artifacts, 'presubmit.png'), fullPage: true })
    console.log(`# wasm init + scanner compile in Chromium: ${readyMs} ms`)
  } finally {
    await browser.close()
    server.close()
  }
})

// The classifier module, loaded by the page only with `?classifier`: a
// name no pattern knows is redacted before submit, and the patterns-only
// page never fetched that module.
test('the PII classifier in a real browser', { skip }, async () => {
  const { server, received, port } = await serve(0)
  const browser = await launch()
  try {
    const page = await browser.newPage()
    const errors = []
    const wasm = []
    page.on('pageerror', e => errors.push(String(e)))
    page.on('request', r => { if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname) })
    await page.goto(`http://127.0.0.1:${port}/demo/`)
    await page.waitForFunction(() => document.body.dataset.ready !== undefined, null, { timeout: 30_000 })
    assert.deepStrictEqual(wasm, ['/pkg/web/scrubline_wasm_bg.wasm'])
    wasm.length = 0
    await page.goto(`http://127.0.0.1:${port}/demo/?classifier`)
    await page.waitForFunction(() => document.body.dataset.ready !== undefined, null, { timeout: 120_000 })
    assert.deepStrictEqual(wasm, ['/pkg/classifier-web/scrubline_wasm_bg.wasm'])
    const readyMs = Number(await page.evaluate(() => document.body.dataset.ready))
    await page.fill('#prompt', `Please ask Maria Gonzalez in Madrid to mail ${EMAIL} the contract`)
    await page.click('#send')
    await page.waitForFunction(() => document.getElementById('sent').textContent.length > 0, null, { timeout: 30_000 })
    assert.deepStrictEqual(errors, [])
    assert.strictEqual(received.length, 1)
    for (const gone of ['Maria', 'Gonzalez', EMAIL]) assert.ok(!received[0].includes(gone), received[0])
    assert.ok(received[0].includes('[PERSON]') && received[0].includes('[EMAIL_ADDRESS]'), received[0])
    const summary = await page.textContent('#summary')
    assert.match(summary, /PERSON ×1/)
    assert.ok(!summary.includes('Maria'))
    const artifacts = process.env.SCRUBLINE_ARTIFACTS ?? path.join(here, '..', 'test-results')
    fs.mkdirSync(artifacts, { recursive: true })
    await page.screenshot({ path: path.join(artifacts, 'presubmit-classifier.png'), fullPage: true })
    console.log(`# classifier module init + scanner and model load in Chromium: ${readyMs} ms`)
  } finally {
    await browser.close()
    server.close()
  }
})
