import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { verifyAudit } from '../../src/server/auditLog';
import { openDatabase } from '../../src/server/database/database';
import { migrate } from '../../src/server/database/migrations';
import { createToken } from '../../src/server/tokens';
import { RegistryError, submitApp } from '../../src/core/registry/registryClient';
import { DATABASES, SCAN, sampleManifest, serveRegistryProcess, startHarness } from './helpers/registryHarness';

const CLI = path.resolve('dist/cli.js');
const built = existsSync(CLI) || 'run npm run build first';

const serve = (databaseUrl: string) => serveRegistryProcess(CLI, databaseUrl);

async function tokenFor(databaseUrl: string, role: 'builder' | 'reviewer' = 'builder', name = 'sam.builder@example.com') {
  const db = await openDatabase(databaseUrl);
  await migrate(db);
  const { token } = await createToken(db, role, name);
  await db.close();
  return token;
}

describe('registry processes', { skip: built !== true && built }, () => {
  it('a server killed mid-request leaves no partial record', async () => {
    const databaseUrl = await DATABASES[0].url!();
    const token = await tokenFor(databaseUrl);
    const first = await serve(databaseUrl);
    const manifest = sampleManifest((m) => (m.metadata.name = 'crash-app'));
    const requests = Array.from({ length: 200 }, () =>
      fetch(`${first.url}/api/v1/apps`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ manifest, scan: SCAN }) })
        .then((r) => r.status)
        .catch(() => 'killed'),
    );
    await new Promise((resolve) => setTimeout(resolve, 60));
    first.child.kill('SIGKILL');
    const outcomes = await Promise.all(requests);
    assert.ok(outcomes.includes('killed'), 'some requests were cut off');

    const db = await openDatabase(databaseUrl);
    const [app] = await db.query<{ latest_version: number }>("SELECT latest_version FROM apps WHERE name = 'crash-app'");
    const versions = await db.query<{ version: number }>("SELECT version FROM app_versions WHERE app_name = 'crash-app' ORDER BY version");
    const submits = await db.query("SELECT seq FROM audit WHERE action = 'app.submit' AND subject = 'crash-app'");
    const stored = versions.map((v) => Number(v.version));
    assert.deepEqual(stored, Array.from({ length: stored.length }, (_, i) => i + 1), 'versions have no gaps');
    assert.equal(Number(app?.latest_version ?? 0), stored.length, 'the app row matches its versions');
    assert.equal(submits.length, stored.length, 'every stored version has its audit entry, and no more');
    assert.equal((await verifyAudit(db)).ok, true);
    await db.close();

    // The restarted server carries on from where the committed data ends.
    const second = await serve(databaseUrl);
    try {
      const next = await submitApp({ registryUrl: second.url, token, manifest, scan: SCAN });
      assert.equal(next.version, stored.length + 1);
    } finally {
      second.child.kill();
    }
  });

  it('two server processes on one PostgreSQL database keep versions sequential', { skip: !DATABASES[1].url && 'no PostgreSQL' }, async () => {
    const databaseUrl = await DATABASES[1].url!();
    const token = await tokenFor(databaseUrl);
    const [a, b] = await Promise.all([serve(databaseUrl), serve(databaseUrl)]);
    try {
      const manifest = sampleManifest((m) => (m.metadata.name = 'shared-app'));
      const results = await Promise.all(Array.from({ length: 50 }, (_, i) => submitApp({ registryUrl: i % 2 ? a.url : b.url, token, manifest, scan: SCAN })));
      assert.deepEqual(results.map((r) => r.version).sort((x, y) => x - y), Array.from({ length: 50 }, (_, i) => i + 1));
      const db = await openDatabase(databaseUrl);
      assert.equal((await verifyAudit(db)).ok, true);
      await db.close();
    } finally {
      a.child.kill();
      b.child.kill();
    }
  });
});

describe('registry client', () => {
  it('turns each failure into a typed reason with the server message', async () => {
    const harness = await startHarness(await DATABASES[0].url!());
    try {
      const base = { registryUrl: harness.server.url, manifest: sampleManifest(), scan: SCAN, retries: 0 };
      await assert.rejects(submitApp({ ...base, token: 'mag_b_' + 'y'.repeat(43) }), (e: RegistryError) => e.reason === 'unauthorized' && e.status === 401);
      await assert.rejects(submitApp({ ...base, token: harness.tokens.reviewer }), (e: RegistryError) => e.reason === 'forbidden');
      await assert.rejects(
        submitApp({ ...base, token: harness.tokens.builder, manifest: sampleManifest((m) => (m.spec.purpose = 'short')) }),
        (e: RegistryError) => e.reason === 'invalid' && e.details[0].path === 'spec.purpose',
      );
      await submitApp({ ...base, token: harness.tokens.builder });
      await assert.rejects(
        submitApp({ ...base, token: harness.tokens.builder2, manifest: sampleManifest((m) => (m.metadata.owner = 'other.builder@example.com')) }),
        (e: RegistryError) => e.reason === 'conflict',
      );
    } finally {
      await harness.close();
    }
  });

  it('says unreachable for a registry that is down, after retrying', async () => {
    const harness = await startHarness(await DATABASES[0].url!());
    const url = harness.server.url;
    await harness.close();
    let retries = 0;
    await assert.rejects(
      submitApp({ registryUrl: url, token: 'mag_b_' + 'z'.repeat(43), manifest: sampleManifest(), scan: SCAN, retries: 2, onRetry: () => retries++ }),
      (e: RegistryError) => e.reason === 'unreachable' && /Cannot reach the registry/.test(e.message),
    );
    assert.equal(retries, 2);
  });

  it('requires https except for localhost', async () => {
    await assert.rejects(submitApp({ registryUrl: 'http://registry.acme.com', token: 't', manifest: sampleManifest(), scan: SCAN }), (e: RegistryError) => e.reason === 'invalid-url');
  });
});
