import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import https from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DATABASES, startHarness } from './helpers/registryHarness';

describe('registry over TLS', () => {
  it('serves HTTPS with --tls-cert/--tls-key and sends HSTS', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mag-tls-'));
    const cert = path.join(dir, 'cert.pem');
    const key = path.join(dir, 'key.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=localhost'], { stdio: 'ignore' });
    const harness = await startHarness(await DATABASES[0].url!(), { tlsCert: cert, tlsKey: key });
    try {
      assert.match(harness.server.url, /^https:\/\//);
      const { status, headers } = await new Promise<{ status: number; headers: Record<string, unknown> }>((resolve, reject) => {
        https.get(`${harness.server.url}/healthz`, { ca: readFileSync(cert), servername: 'localhost' }, (response) => {
          response.resume();
          resolve({ status: response.statusCode!, headers: response.headers });
        }).on('error', reject);
      });
      assert.equal(status, 200);
      assert.match(String(headers['strict-transport-security']), /max-age=31536000/);
    } finally {
      await harness.close();
    }
  });
});
