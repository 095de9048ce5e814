import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { syslogSink, webhookSink } from '../../src/server/eventExport';
import { call, DATABASES, sampleManifest, SCAN, startHarness, type Harness } from './helpers/registryHarness';

const SECRET = 'soc-shared-secret-0123456789';

describe('audit events out to a SOC (a real receiving process)', () => {
  let receiver: ChildProcess;
  let ports: { web: number; syslog: number };
  let out: string;
  before(async () => {
    out = path.join(mkdtempSync(path.join(tmpdir(), 'mag-soc-')), 'received.jsonl');
    receiver = spawn(process.execPath, [path.resolve('test/unit/helpers/socReceiver.mjs'), out, SECRET], { stdio: ['ignore', 'pipe', 'inherit'] });
    ports = await new Promise((resolve) => receiver.stdout!.once('data', (chunk) => resolve(JSON.parse(String(chunk)))));
  });
  after(() => receiver.kill());
  const received = () => (existsSync(out) ? readFileSync(out, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line)) : []);

  for (const database of DATABASES) {
    it(`every event once, in order: signed webhooks and RFC 5424 + CEF syslog (${database.name})`, { skip: !database.url && 'no PostgreSQL' }, async () => {
      const start = received().length;
      const harness: Harness = await startHarness(await database.url!(), {
        exportSinks: [webhookSink(`http://127.0.0.1:${ports.web}/events`, SECRET), syslogSink(`tcp://127.0.0.1:${ports.syslog}`, 'rfc5424'), syslogSink(`tcp://127.0.0.1:${ports.syslog}`, 'cef')],
        exportOptions: { backoffMs: 10, pollMs: 200 },
      });
      try {
        for (let i = 0; i < 3; i++) assert.equal((await call(harness, 'POST', '/api/v1/apps', harness.tokens.builder, { manifest: sampleManifest((m) => (m.metadata.name = `soc-app-${i}`)), scan: SCAN })).status, 201);
        assert.equal((await call(harness, 'POST', '/api/v1/apps/soc-app-1/review', harness.tokens.reviewer, { decision: 'request-changes', comment: 'Rotate the key.' })).status, 200);
        await harness.server.exporter!.drained();
        const audit = (await call(harness, 'GET', '/api/v1/audit?limit=500', harness.tokens.admin)).body.entries as { seq: number; action: string }[];
        const items = received().slice(start);
        const webhooks = items.filter((i) => i.kind === 'webhook');
        assert.deepEqual(webhooks.map((w) => w.event.seq), audit.map((a) => a.seq), 'each event once, in audit order');
        assert.ok(webhooks.every((w) => w.valid), 'every signature checks');
        const rfc = items.filter((i) => i.kind === 'syslog' && i.message.startsWith('<110>1 '));
        const cef = items.filter((i) => i.kind === 'syslog' && i.message.startsWith('CEF:0|Micro App Guard|Registry|1|'));
        assert.deepEqual(rfc.map((m) => Number(/seq="(\d+)"/.exec(m.message)![1])), audit.map((a) => a.seq));
        assert.deepEqual(cef.map((m) => Number(/cn1=(\d+)/.exec(m.message)![1])), audit.map((a) => a.seq));
        assert.ok(cef.some((m) => m.message.includes('|app.request-changes|') && m.message.includes('suser=rita.reviewer@example.com')));
      } finally {
        await harness.close();
      }
    });
  }

  it('an event the receiver keeps refusing is retried, then kept as a dead letter, and the next ones still go out', async () => {
    const start = received().filter((i) => i.kind === 'webhook-failed-attempt').length;
    const harness = await startHarness(await DATABASES[0].url!(), {
      exportSinks: [webhookSink(`http://127.0.0.1:${ports.web}/fail`, SECRET)],
      exportOptions: { attempts: 3, backoffMs: 5, pollMs: 200 },
    });
    try {
      await call(harness, 'POST', '/api/v1/apps', harness.tokens.builder, { manifest: sampleManifest((m) => (m.metadata.name = 'dead-letter-app')), scan: SCAN });
      await harness.server.exporter!.drained();
      const dead = await harness.db.query<{ seq: number; error: string }>('SELECT seq, error FROM export_dead_letters');
      const events = (await call(harness, 'GET', '/api/v1/audit?limit=500', harness.tokens.admin)).body.entries.length;
      assert.equal(dead.length, events, 'every refused event is kept');
      assert.match(dead[0].error, /answered 500/);
      assert.equal(received().filter((i) => i.kind === 'webhook-failed-attempt').length - start, 3 * events, 'three attempts each');
    } finally {
      await harness.close();
    }
  });
});
