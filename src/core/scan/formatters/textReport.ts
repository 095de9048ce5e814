import type { Finding } from '../finding';
import type { ScanSummary } from '../scanFiles';
import { SKIP_REASON_LABELS, type SkipReason } from '../workspaceFiles';

/** Human output: findings grouped by file, then one summary line. */
export function formatText(summary: ScanSummary): string {
  const out: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const finding of summary.findings) {
    const list = byFile.get(finding.file) ?? [];
    list.push(finding);
    byFile.set(finding.file, list);
  }
  for (const [file, findings] of byFile) {
    out.push(file);
    for (const f of findings) {
      const where = `${f.range.start.line + 1}:${f.range.start.character + 1}`;
      out.push(`  ${where.padEnd(8)} ${f.severity.padEnd(7)} ${f.ruleId.padEnd(30)} ${f.message}`);
      // The path the data took, source first; places in this file by line, others by file and line.
      for (const related of f.related ?? []) {
        const at = `${related.file === f.file ? '' : `${related.file}:`}${related.range.start.line + 1}`;
        out.push(`  ${''.padEnd(8)} ${''.padEnd(7)} ↳ ${at}: ${related.message}`);
      }
    }
    out.push('');
  }
  // Where the scan could not look fully: a clean report must not be read as a clean file.
  for (const { file, part, reason } of summary.incomplete ?? []) out.push(`${file}: not fully checked (${part}): ${reason}.`);
  if (summary.incomplete?.length) out.push('');
  out.push(summaryLine(summary));
  return out.join('\n') + '\n';
}

export function summaryLine(summary: ScanSummary): string {
  const count = (severity: string) => summary.findings.filter((f) => f.severity === severity).length;
  const files = new Set(summary.findings.map((f) => f.file)).size;
  const head =
    summary.findings.length === 0
      ? 'No findings'
      : `${summary.findings.length} finding(s) in ${files} file(s): ${count('error')} error, ${count('warning')} warning, ${count('info')} info`;
  return `${head}. Scanned ${summary.filesScanned} file(s)${summary.reusedFiles ? `, ${summary.reusedFiles} of them unchanged since the last scan (findings from the cache)` : ''}${skippedText(summary.skipped)}${incompleteText(summary)}${summary.cancelled ? '; cancelled' : ''}${summary.fromCache ? ' (nothing changed since the last scan: its findings, from the cache; --no-cache to scan again)' : ''}.`;
}

function skippedText(skipped: ScanSummary['skipped']): string {
  if (skipped.length === 0) return '';
  const counts = new Map<SkipReason, number>();
  for (const { reason } of skipped) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  const reasons = Object.keys(SKIP_REASON_LABELS) as SkipReason[];
  const parts = reasons.filter((reason) => counts.has(reason)).map((reason) => `${counts.get(reason)} ${SKIP_REASON_LABELS[reason]}`);
  return `, skipped ${skipped.length} (${parts.join(', ')})`;
}

function incompleteText(summary: ScanSummary): string {
  const files = new Set((summary.incomplete ?? []).map((failure) => failure.file)).size;
  return files ? `; ${files} not fully checked (the other rules' findings there are reported)` : '';
}
