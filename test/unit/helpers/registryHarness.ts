import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { parse } from 'yaml';
import { openDatabase, type Database } from '../../../src/server/database/database';
import { migrate } from '../../../src/server/database/migrations';
import { startRegistryServer, type RunningRegistry, type ServerOptions } from '../../../src/server/httpServer';
import { createToken } from '../../../src/server/tokens';

/** The databases the registry suite runs on: SQLite always, PostgreSQL when the test command started one. */
export const DATABASES: { name: string; url?: () => Promise<string> }[] = [
  { name: 'sqlite', url: async () => `sqlite:${path.join(mkdtempSync(path.join(tmpdir(), 'mag-reg-')), 'registry.db')}` },
  { name: 'postgres', url: process.env.MICROAPP_GUARD_TEST_POSTGRES ? freshPostgresDatabase : undefined },
];

/** A new, empty PostgreSQL database per suite, so runs never see each other's rows. */
async function freshPostgresDatabase(): Promise<string> {
  const admin = process.env.MICROAPP_GUARD_TEST_POSTGRES!;
  const name = `mag_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.href;
}

export interface Harness {
  db: Database;
  databaseUrl: string;
  server: RunningRegistry;
  tokens: { builder: string; builder2: string; reviewer: string; ownerReviewer: string; admin: string };
  close(): Promise<void>;
}

export async function startHarness(databaseUrl: string, options: Partial<ServerOptions> = {}): Promise<Harness> {
  const db = await openDatabase(databaseUrl);
  await migrate(db);
  const token = async (role: 'builder' | 'reviewer' | 'admin', name: string) => (await createToken(db, role, name)).token;
  const tokens = {
    builder: await token('builder', 'sam.builder@example.com'),
    builder2: await token('builder', 'other.builder@example.com'),
    reviewer: await token('reviewer', 'rita.reviewer@example.com'),
    ownerReviewer: await token('reviewer', 'sam.builder@example.com'),
    admin: await token('admin', 'ada.admin@example.com'),
  };
  const server = await startRegistryServer(db, { port: 0, rateLimitPerMinute: 0, log: () => {}, ...options });
  return {
    db,
    databaseUrl,
    server,
    tokens,
    close: async () => {
      await server.close();
      await db.close();
    },
  };
}

export function sampleManifest(change: (manifest: any) => void = () => {}): any {
  const manifest = parse(readFileSync('test/fixtures/valid-manifest.yaml', 'utf8'));
  change(manifest);
  return manifest;
}

export const SCAN = { tool: 'microapp-guard', filesScanned: 5, findings: { error: 1, warning: 2, info: 0 }, byRule: { 'secret/openai': 1 } };

export async function call(harness: Harness, method: string, route: string, token?: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${harness.server.url}${route}`, {
    method,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

/** Starts `microapp-guard registry serve` from the bundle as its own process and waits for its URL. */
export async function serveRegistryProcess(cli: string, databaseUrl: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [cli, 'registry', 'serve', '--port', '0', '--database', databaseUrl, '--rate-limit', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      const match = /listening on (\S+)/.exec(output);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`registry exited ${code}: ${output}`)));
  });
  return { child, url };
}
