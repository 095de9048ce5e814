import type { Severity } from '../finding';
import { docsUrlFor } from '../rule';
import { RULE_CATALOGUE } from '../rules';
import type { ScanSummary } from '../scanFiles';

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** SARIF 2.1.0 as GitHub code scanning accepts it (relative URIs against %SRCROOT%, partialFingerprints). */
export function formatSarif(summary: ScanSummary, toolVersion: string): string {
  const rules = [...RULE_CATALOGUE.values()];
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Micro App Guard',
            informationUri: 'https://github.com/microapp-guard/microapp-guard',
            semanticVersion: toolVersion,
            rules: rules.map((rule) => ({
              id: rule.id,
              name: rule.id.replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase()),
              shortDescription: { text: rule.title },
              fullDescription: { text: rule.description },
              helpUri: docsUrlFor(rule.id),
              help: { text: `${rule.description} See ${docsUrlFor(rule.id)}` },
              defaultConfiguration: { level: SARIF_LEVEL[rule.defaultSeverity] },
              properties: { tags: ['security'] },
            })),
          },
        },
        results: summary.findings.map((finding) => ({
          ruleId: finding.ruleId,
          ...(ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {}),
          level: SARIF_LEVEL[finding.severity],
          message: { text: finding.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(finding.file), uriBaseId: '%SRCROOT%' },
                region: {
                  startLine: finding.range.start.line + 1,
                  startColumn: finding.range.start.character + 1,
                  endLine: finding.range.end.line + 1,
                  endColumn: finding.range.end.character + 1,
                },
              },
            },
          ],
          ...(finding.fingerprint ? { partialFingerprints: { 'microappGuard/v1': finding.fingerprint } } : {}),
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
