import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { manifestSchema } from '../../src/core/manifest/manifestSchema';
import { appPage, type AppDetail } from '../../src/server/dashboard';

const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&#39;/g, "'").replace(/\s+/g, ' ');

describe('controls on the app page', () => {
  it('done when claimed and seen in the code, claimed when only the manifest says so, missing first', () => {
    const manifest = parse(readFileSync('test/fixtures/valid-manifest.yaml', 'utf8'));
    manifest.spec.access.sso = true;
    manifest.spec.logging = { audit: true, redaction: false };
    const validated = manifestSchema.parse(manifest);
    const detail = {
      app: { name: 'hr', title: 'HR', owner: 'a@example.com', status: 'pending-review', tier: 'high', latestVersion: 1, updatedAt: '', overdue: false },
      latest: { version: 1, score: 9, clientTier: null, submittedBy: 'b', createdAt: '2026-11-25T10:00:00Z', manifest: validated, scan: { filesScanned: 3, findings: {}, byRule: {}, evidence: [{ control: 'sso', what: 'single sign-on middleware', file: 'src/server.ts', line: 12 }] } },
      reviews: [],
    } as unknown as AppDetail;
    const controls = text(appPage({ nonce: 'n', role: 'reviewer', csrf: 'c' }, detail, [])).split('Controls the')[1].split('Scan summary')[0];
    const states = [...controls.matchAll(/(Missing|Claimed|At review|Done):/g)].map((m) => m[1]);
    assert.deepEqual(states, [...states].sort((a, b) => ['Missing', 'Claimed', 'At review', 'Done'].indexOf(a) - ['Missing', 'Claimed', 'At review', 'Done'].indexOf(b)));
    assert.match(controls, /Done: Single sign-on in front of every route — seen in src\/server\.ts:12; claimed in \(spec\.access\.sso\)/);
    assert.match(controls, /Claimed: Audit log of who did what — the manifest says so \(spec\.logging\.audit\); the scan saw no audit logging in the code/);
    assert.match(controls, /Missing: Secrets in a secret store/);
  });
});
