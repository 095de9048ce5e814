import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { manifestSchema } from '../../src/core/manifest/manifestSchema';
import { diffVersions } from '../../src/core/registry/versionDiff';

const manifest = (change: (m: any) => void = () => {}) => {
  const raw = parse(readFileSync('test/fixtures/valid-manifest.yaml', 'utf8'));
  change(raw);
  return manifestSchema.parse(raw);
};
const finding = (rule: string, line: number, message = 'm') => ({ rule, severity: 'warning' as const, file: 'src/app.ts', line, message });

describe('what changed since the approved version', () => {
  it('lists new and dropped hosts, vendors and data, the tier, and findings added and gone (a moved line is the same finding)', () => {
    const before = { version: 1, tier: 'medium', manifest: manifest(), scan: { items: [finding('net/plain-http', 10), finding('secret/openai', 3, 'key')] } };
    const after = {
      version: 3,
      tier: 'high',
      manifest: manifest((m) => {
        m.spec.network.allow = [...m.spec.network.allow, 'api.anthropic.com'];
        m.spec.data.classification = 'regulated';
      }),
      scan: { items: [finding('net/plain-http', 14), finding('llm/output-to-sink', 20, 'shell')] },
    };
    const diff = diffVersions(before, after);
    assert.deepEqual(diff.tier, { from: 'medium', to: 'high' });
    assert.deepEqual(diff.fields.find((c) => c.field === 'Hosts it calls'), { field: 'Hosts it calls', added: ['api.anthropic.com'], removed: [] });
    assert.deepEqual(diff.fields.find((c) => c.field === 'Data classification')!.added, ['regulated']);
    assert.deepEqual(diff.findingsAdded.map((f) => f.rule), ['llm/output-to-sink']);
    assert.deepEqual(diff.findingsRemoved.map((f) => f.rule), ['secret/openai']);
  });

  it('an unchanged app has an empty diff', () => {
    const version = { version: 1, tier: 'low', manifest: manifest(), scan: { items: [finding('net/plain-http', 1)] } };
    const diff = diffVersions(version, { ...version, version: 2 });
    assert.deepEqual([diff.fields, diff.findingsAdded, diff.findingsRemoved, diff.tier], [[], [], [], undefined]);
  });
});
