import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createDashboardServer } from '../src/dashboard';

describe('dashboard', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dashboard-'));
  const dataFile = path.join(dir, 'data.json');
  writeFileSync(dataFile, JSON.stringify([{ id: 'REQ-1', title: '<script>alert(1)</script>', status: 'open', owner: 'IT' }]));
  const server = createDashboardServer({
    // Stands in for the identity provider, so the tests run offline.
    authenticate: async (request) => (request.headers.authorization === 'Bearer good-token' ? { id: 'jane', email: 'jane@acme.com' } : undefined),
    dataFile,
    auditFile: path.join(dir, 'audit.jsonl'),
  });
  let url = '';
  before(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  after(() => server.close());
  const get = (init: RequestInit = {}) => fetch(url, { ...init, headers: { Authorization: 'Bearer good-token', ...(init.headers ?? {}) } });

  it('needs a signed-in user', async () => {
    assert.equal((await fetch(url)).status, 401);
  });

  it('escapes data and sends a strict CSP with a nonce, HSTS and no CORS', async () => {
    const response = await get({ headers: { Origin: 'https://evil.example' } });
    const html = await response.text();
    assert.equal(response.status, 200);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.doesNotMatch(html, /<script>/);
    const csp = response.headers.get('content-security-policy')!;
    const nonce = /style-src 'nonce-([^']+)'/.exec(csp)![1];
    assert.ok(html.includes(`<style nonce="${nonce}">`));
    assert.match(response.headers.get('strict-transport-security')!, /max-age=31536000/);
    assert.equal(response.headers.get('access-control-allow-origin'), null);
  });

  it('is read-only', async () => {
    assert.equal((await get({ method: 'POST', body: '{}' })).status, 405);
  });
});
