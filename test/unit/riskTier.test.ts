import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { manifestSchema, type ManifestInput } from '../../src/core/manifest/manifestSchema';
import { assessRisk, TIER_THRESHOLDS } from '../../src/core/risk/riskTier';

/** A minimal low-risk app; each case changes a little of it. */
function manifest(change: (spec: ManifestInput['spec']) => void = () => {}) {
  const input: ManifestInput = {
    apiVersion: 'microapp/v1',
    kind: 'MicroApp',
    metadata: { name: 'tiny-app', title: 'Tiny', owner: 'a@example.com' },
    spec: {
      purpose: 'Summarise my own notes',
      audience: { scope: 'personal', users: 1 },
      data: { classification: 'public', sources: [] },
      access: { sso: true, roles: [] },
      secrets: { store: 'vscode-secret-storage', names: [] },
      logging: { audit: true, redaction: true },
      justification: 'needed',
    },
  };
  change(input.spec);
  return manifestSchema.parse(input);
}

describe('risk tiers', () => {
  const cases: [string, (spec: ManifestInput['spec']) => void, number, string][] = [
    ['personal public app', () => {}, 0, 'low'],
    ['team of 12, internal data: 2 points', (s) => { s.audience = { scope: 'team', users: 12 }; s.data.classification = 'internal'; }, 2, 'low'],
    ['one point under medium', (s) => { s.audience = { scope: 'organization', users: 40 }; s.data.classification = 'internal'; }, 4, 'low'],
    ['exactly the medium threshold', (s) => { s.audience = { scope: 'organization', users: 60 }; s.data.classification = 'internal'; }, 5, 'medium'],
    ['one point under high', (s) => { s.audience = { scope: 'organization', users: 600 }; s.data.classification = 'confidential'; s.network = { allow: ['a.com', 'b.com', 'c.com', 'd.com', 'e.com', 'f.com'] }; }, 9, 'medium'],
    ['exactly the high threshold', (s) => { s.audience = { scope: 'organization', users: 600 }; s.data.classification = 'confidential'; s.network = { allow: ['*.acme.com', 'b.com', 'c.com', 'd.com', 'e.com', 'f.com'] }; }, 10, 'high'],
    ['regulated data is always high', (s) => { s.data.classification = 'regulated'; }, 5, 'high'],
    ['external users are at least medium', (s) => { s.audience = { scope: 'external', users: 1 }; s.data.classification = 'public'; }, 5, 'medium'],
    ['LLM without DPA, output to a shell', (s) => { s.llm = [{ provider: 'openai', model: 'gpt-4o-mini', sendsUserContent: true, outputTo: ['shell'], promptSources: ['user-input'] }]; }, 6, 'medium'],
    ['sensitive PII and write access', (s) => { s.data.sources = [{ name: 'hr', kind: 'database', access: 'read-write', pii: ['salary'] }]; }, 5, 'medium'],
    ['SaaS without compliance evidence', (s) => { s.integrations = [{ name: 'x', vendor: 'X' }]; }, 1, 'low'],
  ];
  for (const [name, change, score, tier] of cases) {
    it(`${name}: score ${score}, ${tier}`, () => {
      const risk = assessRisk(manifest(change));
      assert.equal(risk.score, score, risk.reasons.join('; '));
      assert.equal(risk.tier, tier);
    });
  }

  it('thresholds are what the README documents', () => {
    assert.deepEqual(TIER_THRESHOLDS, { medium: 5, high: 10 });
  });

  it('every tier requires SSO, secrets in a store and an audit log; higher tiers add more', () => {
    const low = assessRisk(manifest()).requiredControls.map((c) => c.id);
    assert.deepEqual(low, ['sso', 'secrets-in-store', 'audit-log']);
    const high = assessRisk(manifest((s) => { s.data.classification = 'regulated'; s.llm = [{ provider: 'openai', model: 'm', dpa: false }]; })).requiredControls;
    assert.deepEqual(high.map((c) => c.id), ['sso', 'secrets-in-store', 'audit-log', 'security-signoff', 'llm-redaction', 'code-review', 'pentest', 'dpa-for-regulated']);
    assert.equal(high.find((c) => c.id === 'dpa-for-regulated')!.satisfied, false);
  });

  it('controls the manifest shows are marked satisfied or missing', () => {
    const controls = assessRisk(manifest((s) => { s.access.sso = false; s.secrets.store = 'env'; })).requiredControls;
    assert.deepEqual(controls.map((c) => c.satisfied), [false, false, true]);
  });
});
