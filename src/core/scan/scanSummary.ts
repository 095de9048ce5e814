import { MAX_SUBMITTED_FINDINGS, type ScanSummaryPayload, type SubmittedFinding } from '../registry/protocol';
import { SEVERITY_RANK } from './finding';
import type { ScanSummary } from './scanFiles';

/**
 * The registry's view of a scan: counts, and the findings a reviewer needs (rule, severity, file, line, message, a
 * secret's masked form) — never code and never a secret's value — most severe first, capped, with a digest of what
 * was scanned.
 */
export function toScanSummaryPayload(summary: ScanSummary, toolVersion: string): ScanSummaryPayload {
  const findings = { error: 0, warning: 0, info: 0 };
  const byRule: Record<string, number> = {};
  for (const finding of summary.findings) {
    findings[finding.severity]++;
    byRule[finding.ruleId] = (byRule[finding.ruleId] ?? 0) + 1;
  }
  const ordered = [...summary.findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.file.localeCompare(b.file) || a.range.start.line - b.range.start.line);
  const items: SubmittedFinding[] = ordered.slice(0, MAX_SUBMITTED_FINDINGS).map((f) => ({
    rule: f.ruleId,
    severity: f.severity,
    file: f.file.slice(0, 500),
    line: f.range.start.line + 1,
    message: f.message.length > 600 ? `${f.message.slice(0, 599)}…` : f.message,
    ...(f.masked ? { masked: f.masked.slice(0, 120) } : {}),
  }));
  return {
    tool: 'microapp-guard', toolVersion, scannedAt: new Date().toISOString(), filesScanned: summary.filesScanned, findings, byRule,
    items, omitted: summary.findings.length - items.length, ...(summary.digest ? { digest: summary.digest } : {}),
    evidence: (summary.evidence ?? []).slice(0, 100),
    incomplete: (summary.incomplete ?? []).slice(0, 100).map(({ file, part, reason }) => ({ file: file.slice(0, 500), part: part.slice(0, 80), reason: reason.slice(0, 300) })),
  };
}
