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

test('pre-submit scrubbing in a real browser', { skip: !fs.existsSync(CHROMIUM) && `${CHROMIUM} not installed` }, async () => {
  const { server, received, port } = await serve(0)
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync']
    // playwright gives every launch a fresh temporary profile.
  })
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
