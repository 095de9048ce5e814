import type { Range, Severity } from '../finding';
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
          locations: [{ physicalLocation: physicalLocation(finding.file, finding.range) }],
          // The data flow, source first, across files: GitHub shows it as the alert's path.
          ...(finding.related?.length
            ? {
                relatedLocations: finding.related.map((related, id) => ({ id, physicalLocation: physicalLocation(related.file, related.range), message: { text: related.message } })),
                codeFlows: [
                  {
                    threadFlows: [
                      {
                        locations: [
                          ...finding.related.map((related) => ({ location: { physicalLocation: physicalLocation(related.file, related.range), message: { text: related.message } } })),
                          { location: { physicalLocation: physicalLocation(finding.file, finding.range), message: { text: finding.message } } },
                        ],
                      },
                    ],
                  },
                ],
              }
            : {}),
          ...(finding.fingerprint ? { partialFingerprints: { 'microappGuard/v1': finding.fingerprint } } : {}),
        })),
        // A file not fully checked is a notification of the run (GitHub lists it under the tool's status), not a result.
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: (summary.incomplete ?? []).map((failure) => ({
              level: 'warning',
              message: { text: `Not fully checked (${failure.part}): ${failure.reason}.` },
              locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(failure.file), uriBaseId: '%SRCROOT%' } } }],
            })),
          },
        ],
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function physicalLocation(file: string, range: Range) {
  return {
    artifactLocation: { uri: encodeURI(file), uriBaseId: '%SRCROOT%' },
    region: { startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 },
  };
}
