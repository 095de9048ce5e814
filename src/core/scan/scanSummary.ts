import type { ScanSummaryPayload } from '../registry/protocol';
import type { ScanSummary } from './scanFiles';

/** The registry's view of a scan: counts only, never code or secrets. */
export function toScanSummaryPayload(summary: ScanSummary, toolVersion: string): ScanSummaryPayload {
  const findings = { error: 0, warning: 0, info: 0 };
  const byRule: Record<string, number> = {};
  for (const finding of summary.findings) {
    findings[finding.severity]++;
    byRule[finding.ruleId] = (byRule[finding.ruleId] ?? 0) + 1;
  }
  return { tool: 'microapp-guard', toolVersion, scannedAt: new Date().toISOString(), filesScanned: summary.filesScanned, findings, byRule };
}
