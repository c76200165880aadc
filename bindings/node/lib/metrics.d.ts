import type { Scrubber } from './index'

/** prom-client counters fed by a scrubber's `'report'` events. */
export interface EvidenceMetrics {
  /** `<prefix>_findings_total{entity}` */
  findings: unknown
  /** `<prefix>_category_findings_total{category}` */
  categoryFindings: unknown
  /** `<prefix>_scanned_bytes_total` */
  scannedBytes: unknown
  /** `<prefix>_scans_total` */
  scans: unknown
  /** Stops counting. */
  detach (): void
}

/** Counts every report `scrubber` emits (needs `npm install prom-client`). */
export function promMetrics (scrubber: Scrubber, options?: { registry?: unknown; prefix?: string }): EvidenceMetrics
