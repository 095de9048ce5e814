import { serveRegistryProcess } from '../test/unit/helpers/registryHarness';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { openDatabase } from '../src/server/database/database';
import { migrate } from '../src/server/database/migrations';
import { createToken } from '../src/server/tokens';
import autocannon from 'autocannon';
import { fmt } from './benchUtil';

const CONNECTIONS = 50;
const SECONDS = 5;

/** CPU seconds a process has used so far (user + system), from /proc. */
function processCpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (100 Hz on Linux)
}

/** autocannon, 50 connections for 5 s, POSTing submissions to a registry in its own process. */
async function load(root: string, databaseUrl: string): Promise<string> {
  const db = await openDatabase(databaseUrl);
  await migrate(db);
  const { token } = await createToken(db, 'builder', 'bench@example.com');
  await db.close();
  const { child, url } = await serveRegistryProcess(path.join(root, 'dist/cli.js'), databaseUrl);
  const base = parse(readFileSync(path.join(root, 'test/fixtures/valid-manifest.yaml'), 'utf8'));
  const scan = { filesScanned: 12, findings: { error: 0, warning: 1, info: 0 }, byRule: {} };
  // One app per connection, as 50 builders would send: concurrent versions of one app are serialised by design.
  const bodies = Array.from({ length: CONNECTIONS }, (_, i) => JSON.stringify({ manifest: { ...base, metadata: { ...base.metadata, name: `bench-app-${i}` } }, scan }));
  let next = 0;
  const serverCpu = processCpuSeconds(child.pid!);
  const generatorCpu = process.cpuUsage();
  const result = await autocannon({
    url: `${url}/api/v1/apps`,
    connections: CONNECTIONS,
    duration: SECONDS,
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    requests: [{ setupRequest: (request) => ({ ...request, body: bodies[next++ % CONNECTIONS] }) }],
  });
  const generator = process.cpuUsage(generatorCpu);
  const server = processCpuSeconds(child.pid!) - serverCpu;
  child.kill();
  const ok = result['2xx'];
  const failed = result.non2xx + result.errors + result.timeouts;
  return `${ok} submissions in ${fmt(result.duration, 1)} s = ${fmt(ok / result.duration, 0)}/s, p50 ${fmt(result.latency.p50)} ms, p99 ${fmt(result.latency.p99)} ms, ${failed} failed; CPU: server ${fmt(server, 1)} s, load generator ${fmt((generator.user + generator.system) / 1e6, 1)} s of ${fmt(result.duration, 1)} s on 2 cores (autocannon ${CONNECTIONS} connections, server in its own process)`;
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
