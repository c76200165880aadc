'use strict'
// Evidence counters for Prometheus: redactions per entity and category,
// bytes and calls scanned. Same metric names as the Python binding's
// PrometheusEvidence. prom-client is not a dependency of scrubline: it is
// loaded when promMetrics() is called, with an install hint if missing.

/**
 * Counts every report a scrubber emits into prom-client counters:
 * - `${prefix}_findings_total{entity}` and
 *   `${prefix}_category_findings_total{category}`: findings redacted;
 * - `${prefix}_scanned_bytes_total` and `${prefix}_scans_total`.
 *
 * @param {import('./index').Scrubber} scrubber
 * @param {{registry?: object, prefix?: string}} [options] a prom-client
 *   Registry (default: its global one) and a name prefix (`scrubline`).
 * @returns {{findings: object, categoryFindings: object, scannedBytes: object, scans: object, detach: () => void}}
 */
function promMetrics (scrubber, { registry, prefix = 'scrubline' } = {}) {
  let prom
  try {
    prom = require('prom-client')
  } catch (e) {
    throw new Error('promMetrics needs prom-client: npm install prom-client', { cause: e })
  }
  const registers = registry ? [registry] : undefined
  const counter = (name, help, labelNames = []) =>
    new prom.Counter({ name: `${prefix}_${name}_total`, help, labelNames, registers })
  const metrics = {
    findings: counter('findings', 'Findings redacted by scrubline, by entity', ['entity']),
    categoryFindings: counter('category_findings', 'Findings redacted by scrubline, by category', ['category']),
    scannedBytes: counter('scanned_bytes', 'Bytes scanned by scrubline'),
    scans: counter('scans', 'Calls scanned by scrubline')
  }
  const observe = (report) => {
    metrics.scans.inc()
    metrics.scannedBytes.inc(report.bytes_scanned)
    for (const [entity, n] of Object.entries(report.by_entity)) metrics.findings.inc({ entity }, n)
    for (const [category, n] of Object.entries(report.by_category)) metrics.categoryFindings.inc({ category }, n)
  }
  scrubber.on('report', observe)
  return { ...metrics, detach: () => { scrubber.off('report', observe) } }
}

module.exports = { promMetrics }
