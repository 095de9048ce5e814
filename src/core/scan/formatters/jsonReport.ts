import type { ScanSummary } from '../scanFiles';

/** Machine output: stable field names, one object. */
export function formatJson(summary: ScanSummary): string {
  return JSON.stringify(
    {
      findings: summary.findings.map(({ fixes, ...finding }) => ({ ...finding, fixes: fixes?.map((fix) => fix.title) })),
      filesScanned: summary.filesScanned,
      bytesScanned: summary.bytesScanned,
      skipped: summary.skipped,
      incomplete: summary.incomplete ?? [],
      cancelled: summary.cancelled,
      fromCache: summary.fromCache ?? false,
      reusedFiles: summary.reusedFiles ?? 0,
      filesRead: summary.filesRead ?? 0,
      prefilter: summary.prefilter,
    },
    null,
    2,
  ) + '\n';
}
