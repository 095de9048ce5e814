import { serveRegistryProcess } from '../test/unit/helpers/registryHarness';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { openDatabase } from '../src/server/database/database';
import { migrate } from '../src/server/database/migrations';
import { createToken } from '../src/server/tokens';
import { fmt, percentile } from './benchUtil';

const CLIENTS = 50;
const SECONDS = 5;

/** 50 concurrent clients submitting for 5 s against a registry process: submissions/s and latency. */
async function load(root: string, databaseUrl: string): Promise<string> {
  const db = await openDatabase(databaseUrl);
  await migrate(db);
  const { token } = await createToken(db, 'builder', 'bench@example.com');
  await db.close();
  const { child, url } = await serveRegistryProcess(path.join(root, 'dist/cli.js'), databaseUrl);
  const base = parse(readFileSync(path.join(root, 'test/fixtures/valid-manifest.yaml'), 'utf8'));
  const scan = { filesScanned: 12, findings: { error: 0, warning: 1, info: 0 }, byRule: {} };
  const latencies: number[] = [];
  let failures = 0;
  const deadline = Date.now() + SECONDS * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      const body = JSON.stringify({ manifest: { ...base, metadata: { ...base.metadata, name: `bench-app-${client}` } }, scan });
      while (Date.now() < deadline) {
        const t = performance.now();
        const response = await fetch(`${url}/api/v1/apps`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body });
        await response.arrayBuffer();
        if (response.status === 201) latencies.push(performance.now() - t);
        else failures++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  child.kill();
  return `${latencies.length} submissions in ${fmt(elapsed, 1)} s = ${fmt(latencies.length / elapsed, 0)}/s, p50 ${fmt(percentile(latencies, 50))} ms, p99 ${fmt(percentile(latencies, 99))} ms, ${failures} failed (${CLIENTS} concurrent clients, server in its own process)`;
}

export async function runRegistryBench(root: string): Promise<string[]> {
  const lines = [`SQLite: ${await load(root, `sqlite:${path.join(mkdtempSync(path.join(tmpdir(), 'mag-bench-')), 'registry.db')}`)}`];
  const postgres = process.env.MICROAPP_GUARD_TEST_POSTGRES ?? await startPostgres(root);
  if (postgres) {
    const pg = await import('pg');
    const admin = new pg.default.Client({ connectionString: postgres });
    await admin.connect();
    const name = `mag_bench_${Date.now()}`;
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(postgres);
    url.pathname = `/${name}`;
    lines.push(`PostgreSQL: ${await load(root, url.href)}`);
  } else lines.push('PostgreSQL: not available, skipped');
  return lines;
}

async function startPostgres(root: string): Promise<string | undefined> {
  const { spawnSync } = await import('node:child_process');
  const run = spawnSync('bash', [path.join(root, 'scripts/startTestPostgres.sh')], { encoding: 'utf8' });
  return run.status === 0 ? run.stdout.trim() : undefined;
}
