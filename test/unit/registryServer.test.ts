import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createHash } from 'node:crypto';
import { verifyAudit } from '../../src/server/auditLog';
import { createToken, VERIFIED_TOKEN_TTL_MS } from '../../src/server/tokens';
import { call, DATABASES, SCAN, sampleManifest, startHarness, type Harness } from './helpers/registryHarness';

for (const database of DATABASES) {
  describe(`registry API on ${database.name}`, { skip: !database.url && 'set MICROAPP_GUARD_TEST_POSTGRES (npm run test:ci does)' }, () => {
    let harness: Harness;
    before(async () => {
      harness = await startHarness(await database.url!());
    });
    after(async () => harness?.close());

    const submit = (token: string, manifest = sampleManifest(), headers: Record<string, string> = {}, extra: object = {}) =>
      call(harness, 'POST', '/api/v1/apps', token, { manifest, scan: SCAN, ...extra }, headers);

    it('creates an app, recomputes the tier itself and stores the scan summary', async () => {
      const response = await submit(harness.tokens.builder, sampleManifest(), {}, { clientTier: 'low' });
      assert.equal(response.status, 201, JSON.stringify(response.body));
      assert.equal(response.body.version, 1);
      assert.equal(response.body.app.tier, 'high');
      assert.equal(response.body.app.status, 'pending-review');
      assert.match(response.body.dashboardUrl, /\/apps\/leaky-assistant$/);
      const versions = await call(harness, 'GET', '/api/v1/apps/leaky-assistant/versions', harness.tokens.reviewer);
      assert.equal(versions.body.versions[0].clientTier, 'low');
      assert.equal(versions.body.versions[0].tier, 'high');
      assert.deepEqual(versions.body.versions[0].scan.findings, SCAN.findings);
    });

    it('findings travel with a submission, a secret only ever masked; too many are refused with a clear message', async () => {
      const key = 'sk-proj-' + 'Q9mhWROJUH8L4DAz27G1wVUbGfCrync7QHoZ8Zkl4XIFIBgj09Mb';
      const items = [
        { rule: 'secret/openai', severity: 'error', file: 'src/app.ts', line: 3, message: 'OpenAI API key in code (sk-pro********ab).', masked: 'sk-pro********ab' },
        // A careless (or hostile) client: the raw key in a message and as the "masked" value.
        { rule: 'prompt/secret-in-prompt', severity: 'error', file: 'src/app.ts', line: 9, message: `A credential (${key}) is sent to the model.`, masked: key },
        { rule: 'net/plain-http', severity: 'warning', file: 'src/app.ts', line: 12, message: 'Plain http.' },
      ];
      const manifest = sampleManifest((m) => (m.metadata.name = 'findings-app'));
      const response = await call(harness, 'POST', '/api/v1/apps', harness.tokens.builder, { manifest, scan: { ...SCAN, items, omitted: 2, digest: 'a'.repeat(64) } });
      assert.equal(response.status, 201, JSON.stringify(response.body));
      const stored = (await call(harness, 'GET', '/api/v1/apps/findings-app/versions', harness.tokens.reviewer)).body.versions[0].scan;
      assert.deepEqual(stored.items.map((i: { rule: string; line: number }) => `${i.rule}:${i.line}`), ['secret/openai:3', 'prompt/secret-in-prompt:9', 'net/plain-http:12']);
      assert.equal(stored.omitted, 2);
      assert.equal(stored.items[1].masked, 'sk-pro********Mb');
      const rows = await harness.db.query<{ scan_summary: string }>('SELECT scan_summary FROM app_versions WHERE app_name = $1', ['findings-app']);
      assert.ok(!rows.some((r) => r.scan_summary.includes(key.slice(8))), 'the key is stored nowhere, in no form longer than its mask');

      const tooMany = Array.from({ length: 501 }, (_, i) => ({ ...items[2], line: i + 1 }));
      const refused = await call(harness, 'POST', '/api/v1/apps', harness.tokens.builder, { manifest, scan: { ...SCAN, items: tooMany } });
      assert.equal(refused.status, 422);
      assert.deepEqual(refused.body.error.details.map((d: { path: string }) => d.path), ['scan.items']);
      assert.match(refused.body.error.details[0].message, /at most 500 findings travel with a submission/);
    });

    it('a retried POST with the same Idempotency-Key makes no second version', async () => {
      const manifest = sampleManifest((m) => (m.metadata.name = 'idempotent-app'));
      const first = await submit(harness.tokens.builder, manifest, { 'Idempotency-Key': 'retry-key-0001' });
      const again = await submit(harness.tokens.builder, manifest, { 'Idempotency-Key': 'retry-key-0001' });
      assert.equal(first.status, 201);
      assert.equal(again.status, 201);
      assert.deepEqual(again.body, first.body);
      const versions = await call(harness, 'GET', '/api/v1/apps/idempotent-app/versions', harness.tokens.builder);
      assert.equal(versions.body.versions.length, 1);
      const reused = await submit(harness.tokens.builder, sampleManifest((m) => (m.metadata.name = 'other-app-x')), { 'Idempotency-Key': 'retry-key-0001' });
      assert.equal(reused.status, 422);
      assert.equal(reused.body.error.code, 'idempotency-key-reused');
    });

    it('a reviewer can request changes, pointing at lines; the builder reads them back; the audit log keeps them', async () => {
      await submit(harness.tokens.builder, sampleManifest((m) => (m.metadata.name = 'changes-app')));
      const lines = [{ file: 'src/app.ts', line: 3, note: 'Move this key to Secret Storage.' }];
      const asked = await call(harness, 'POST', '/api/v1/apps/changes-app/review', harness.tokens.reviewer, { decision: 'request-changes', comment: 'Keys must not live in code.', lines });
      assert.equal(asked.status, 200, JSON.stringify(asked.body));
      assert.equal(asked.body.app.status, 'changes-requested');
      const detail = await call(harness, 'GET', '/api/v1/apps/changes-app', harness.tokens.builder);
      assert.equal(detail.body.app.status, 'changes-requested');
      assert.deepEqual(detail.body.reviews[0].lines, lines);
      const audit = (await call(harness, 'GET', '/api/v1/audit?limit=500', harness.tokens.admin)).body.entries;
      assert.ok(audit.some((e: { action: string; subject: string }) => e.action === 'app.request-changes' && e.subject === 'changes-app'));
      const tooMany = await call(harness, 'POST', '/api/v1/apps/changes-app/review', harness.tokens.reviewer, { decision: 'request-changes', comment: 'Many.', lines: Array(51).fill(lines[0]) });
      assert.equal(tooMany.status, 422);
      assert.match(tooMany.body.error.details[0].message, /50 lines at most/);
      assert.equal((await submit(harness.tokens.builder, sampleManifest((m) => (m.metadata.name = 'changes-app')))).body.app.status, 'pending-review', 'a resubmission goes back to review');
    });

    it('concurrent submits of one app get sequential, unique versions', async () => {
      const manifest = sampleManifest((m) => (m.metadata.name = 'busy-app'));
      const responses = await Promise.all(Array.from({ length: 20 }, () => submit(harness.tokens.builder, manifest)));
      assert.deepEqual(responses.map((r) => r.status), Array(20).fill(201));
      assert.deepEqual(responses.map((r) => r.body.version).sort((a, b) => a - b), Array.from({ length: 20 }, (_, i) => i + 1));
    });

    it('lists and filters by tier and status', async () => {
      await submit(harness.tokens.builder, sampleManifest((m) => {
        m.metadata.name = 'low-risk-app';
        m.spec = { ...m.spec, audience: { scope: 'personal', users: 1 }, data: { classification: 'public', sources: [] }, llm: [], access: { sso: true, roles: [] }, secrets: { store: 'vault', names: [] }, logging: { audit: true, redaction: true } };
      }));
      const low = await call(harness, 'GET', '/api/v1/apps?tier=low', harness.tokens.builder);
      assert.deepEqual(low.body.apps.map((a: { name: string }) => a.name), ['low-risk-app']);
      assert.equal(low.body.apps[0].status, 'approved', 'low tier needs no review');
      const pending = await call(harness, 'GET', '/api/v1/apps?status=pending-review', harness.tokens.builder);
      assert.ok(pending.body.apps.every((a: { status: string }) => a.status === 'pending-review'));
    });

    it('review: reviewers only, never their own app; approval lands in the audit log', async () => {
      const decision = { decision: 'approve', comment: 'Checked the allowlist and the DPA.' };
      const asBuilder = await call(harness, 'POST', '/api/v1/apps/leaky-assistant/review', harness.tokens.builder, decision);
      assert.equal(asBuilder.status, 403);
      const asOwner = await call(harness, 'POST', '/api/v1/apps/leaky-assistant/review', harness.tokens.ownerReviewer, decision);
      assert.equal(asOwner.status, 403);
      assert.equal(asOwner.body.error.code, 'own-app');
      const noComment = await call(harness, 'POST', '/api/v1/apps/leaky-assistant/review', harness.tokens.reviewer, { decision: 'approve', comment: '' });
      assert.equal(noComment.status, 422);
      assert.equal(noComment.body.error.details[0].path, 'comment');
      const ok = await call(harness, 'POST', '/api/v1/apps/leaky-assistant/review', harness.tokens.reviewer, decision);
      assert.equal(ok.status, 200);
      assert.equal(ok.body.app.status, 'approved');
      const audit = await call(harness, 'GET', '/api/v1/audit?limit=500', harness.tokens.reviewer);
      const last = audit.body.entries[audit.body.entries.length - 1];
      assert.equal(last.action, 'app.approve');
      assert.equal(last.actor, 'rita.reviewer@example.com');
    });

    it('answers every error with a clear JSON error and writes nothing', async () => {
      const before = (await call(harness, 'GET', '/api/v1/audit?limit=500', harness.tokens.admin)).body.entries.length;
      const noToken = await call(harness, 'GET', '/api/v1/apps');
      assert.equal(noToken.status, 401);
      assert.equal(noToken.headers.get('www-authenticate'), 'Bearer');
      assert.equal((await call(harness, 'GET', '/api/v1/apps', 'mag_b_' + 'x'.repeat(43))).status, 401);
      assert.equal((await call(harness, 'POST', '/api/v1/apps', harness.tokens.reviewer, { manifest: sampleManifest(), scan: SCAN })).status, 403);
      assert.equal((await call(harness, 'POST', '/api/v1/apps', harness.tokens.builder, '{not json')).status, 400);
      assert.equal((await call(harness, 'POST', '/api/v1/apps', harness.tokens.builder, 'x', { 'Content-Type': 'text/plain' })).status, 415);
      const big = await call(harness, 'POST', '/api/v1/apps', harness.tokens.builder, { manifest: sampleManifest(), scan: SCAN, pad: 'x'.repeat(2 * 1024 * 1024) });
      assert.equal(big.status, 413);
      const invalid = await submit(harness.tokens.builder, sampleManifest((m) => {
        m.spec.network.allow = ['not a host'];
        m.metadata.owner = 'nobody';
      }));
      assert.equal(invalid.status, 422);
      assert.deepEqual(invalid.body.error.details.map((d: { path: string }) => d.path).sort(), ['metadata.owner', 'spec.network.allow.0']);
      const taken = await submit(harness.tokens.builder2, sampleManifest((m) => (m.metadata.owner = 'other.builder@example.com')));
      assert.equal(taken.status, 409);
      assert.equal(taken.body.error.details[0].path, 'metadata.name');
      assert.equal((await call(harness, 'GET', '/api/v1/apps/no-such-app', harness.tokens.builder)).status, 404);
      assert.equal((await call(harness, 'GET', '/api/v1/nope', harness.tokens.builder)).status, 404);
      const badScan = await call(harness, 'POST', '/api/v1/apps', harness.tokens.builder, { manifest: sampleManifest(), scan: { filesScanned: -1 } });
      assert.equal(badScan.status, 422);
      assert.ok(badScan.body.error.details.some((d: { path: string }) => d.path.startsWith('scan.')), 'the route schema names the field');
      const badQuery = await call(harness, 'GET', '/api/v1/apps?tier=extreme', harness.tokens.builder);
      assert.equal(badQuery.status, 422);
      assert.equal(badQuery.body.error.details[0].path, 'tier');
      assert.equal((await call(harness, 'POST', '/api/v1/apps/x/review', harness.tokens.reviewer, { decision: 'maybe', comment: 'hm' })).status, 422);
      const after = (await call(harness, 'GET', '/api/v1/audit?limit=500', harness.tokens.admin)).body.entries.length;
      assert.equal(after, before, 'no failed request left an audit entry');
    });

    it('a revoked token stops working within the second its acceptance is trusted', async () => {
      const { token } = await createToken(harness.db, 'builder', 'leaving.builder@example.com');
      assert.equal((await call(harness, 'GET', '/api/v1/apps', token)).status, 200);
      await harness.db.query('UPDATE tokens SET revoked_at = $1 WHERE hash = $2', [new Date().toISOString(), createHash('sha256').update(token).digest('hex')]);
      await new Promise((resolve) => setTimeout(resolve, VERIFIED_TOKEN_TTL_MS + 100));
      assert.equal((await call(harness, 'GET', '/api/v1/apps', token)).status, 401);
      const wrong = `mag_b_${'x'.repeat(43)}`;
      assert.equal((await call(harness, 'GET', '/api/v1/apps', wrong)).status, 401, 'a wrong token is refused every time');
    });

    it('sends security headers and no CORS headers', async () => {
      const response = await call(harness, 'GET', '/healthz');
      assert.equal(response.body.database, database.name);
      assert.match(response.headers.get('content-security-policy')!, /default-src 'none'/);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(response.headers.get('access-control-allow-origin'), null);
    });

    it('pages the audit feed with a cursor, and its hash chain verifies', async () => {
      const first = await call(harness, 'GET', '/api/v1/audit?limit=3', harness.tokens.reviewer);
      assert.equal(first.body.entries.length, 3);
      const second = await call(harness, 'GET', `/api/v1/audit?limit=3&cursor=${first.body.nextCursor}`, harness.tokens.reviewer);
      assert.equal(second.body.entries[0].seq, first.body.entries[2].seq + 1);
      assert.equal(second.body.entries[0].prevHash, first.body.entries[2].hash);
      assert.equal((await call(harness, 'GET', '/api/v1/audit', harness.tokens.builder)).status, 403);
      assert.deepEqual((await verifyAudit(harness.db)).ok, true);
    });

    it('the audit table refuses edits, and a forced edit is detected', async () => {
      await assert.rejects(harness.db.query("UPDATE audit SET actor = 'mallory' WHERE seq = 2"), /append-only/);
      await assert.rejects(harness.db.query('DELETE FROM audit WHERE seq = 2'), /append-only/);
      // An attacker with raw database access drops the guard: the chain still gives them away.
      if (harness.db.dialect === 'sqlite') await harness.db.query('DROP TRIGGER audit_no_update');
      else await harness.db.query('DROP TRIGGER audit_append_only ON audit');
      await harness.db.query("UPDATE audit SET actor = 'mallory' WHERE seq = 2");
      const result = await verifyAudit(harness.db);
      assert.equal(result.ok, false);
      assert.equal(result.brokenAt, 2);
    });
  });
}

describe('registry limits', () => {
  it('rate-limits per token with 429 and Retry-After', async () => {
    const harness = await startHarness(await DATABASES[0].url!(), { rateLimitPerMinute: 60 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 15; i++) statuses.push((await call(harness, 'GET', '/api/v1/apps', harness.tokens.builder)).status);
      assert.equal(statuses.filter((s) => s === 200).length, 10);
      const limited = await call(harness, 'GET', '/api/v1/apps', harness.tokens.builder);
      assert.equal(limited.status, 429);
      assert.ok(Number(limited.headers.get('retry-after')) >= 1);
      assert.equal((await call(harness, 'GET', '/api/v1/apps', harness.tokens.reviewer)).status, 200, 'other tokens are not affected');
    } finally {
      await harness.close();
    }
  });

  it('marks apps left unreviewed past the configured days as overdue', async () => {
    const harness = await startHarness(await DATABASES[0].url!(), { reviewDays: 0 });
    try {
      await call(harness, 'POST', '/api/v1/apps', harness.tokens.builder, { manifest: sampleManifest(), scan: SCAN });
      await new Promise((resolve) => setTimeout(resolve, 5));
      const overdue = await call(harness, 'GET', '/api/v1/apps?overdue=true', harness.tokens.reviewer);
      assert.deepEqual(overdue.body.apps.map((a: { name: string; overdue: boolean }) => [a.name, a.overdue]), [['leaky-assistant', true]]);
    } finally {
      await harness.close();
    }
  });
});
