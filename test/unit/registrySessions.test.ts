import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DATABASES, startHarness, type Harness } from './helpers/registryHarness';

/** A browser in miniature: keeps the cookies the registry sets, sends them back. */
function browser(harness: Harness) {
  const jar = new Map<string, string>();
  const request = async (path: string, init: { method?: string; form?: Record<string, string>; headers?: Record<string, string> } = {}) => {
    const response = await fetch(`${harness.server.url}${path}`, {
      method: init.method ?? 'GET',
      redirect: 'manual',
      headers: { Cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '), ...(init.form ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}), ...init.headers },
      body: init.form ? new URLSearchParams(init.form).toString() : undefined,
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, value] = pair.split('=');
      if (value) jar.set(name, value);
      else jar.delete(name);
    }
    return { status: response.status, text: await response.text(), cookies: response.headers.getSetCookie() };
  };
  const csrf = (html: string) => /name="csrf" value="([^"]*)"/.exec(html)![1];
  const signIn = async (token: string) => {
    const page = await request('/');
    return request('/login', { method: 'POST', form: { token, csrf: csrf(page.text) } });
  };
  return { jar, request, csrf, signIn };
}

describe('dashboard sessions', () => {
  it('signing in makes a server-side session: the cookie holds a random id, never the API token; sign-out ends it', async () => {
    const harness = await startHarness(await DATABASES[0].url!());
    try {
      const user = browser(harness);
      const signedIn = await user.signIn(harness.tokens.reviewer);
      assert.equal(signedIn.status, 303);
      const session = user.jar.get('mag_session')!;
      assert.ok(session && session !== harness.tokens.reviewer && !session.startsWith('mag_'), 'a session id, not the token');
      assert.ok(!signedIn.cookies.join().includes(harness.tokens.reviewer));
      const attributes = signedIn.cookies.find((c) => c.startsWith('mag_session='))!.split(/;\s*/).slice(1).sort();
      assert.deepEqual(attributes, ['HttpOnly', 'Max-Age=28800', 'Path=/', 'SameSite=Strict']);
      const home = await user.request('/');
      assert.match(home.text, /Registered apps/);
      // A form token is bound to its session: one issued before sign-in, in this same browser, is refused after it.
      const other = browser(harness);
      const signedOutToken = other.csrf((await other.request('/')).text);
      await other.signIn(harness.tokens.admin);
      assert.equal((await other.request('/logout', { method: 'POST', form: { csrf: signedOutToken } })).status, 403);
      assert.match((await other.request('/')).text, /Registered apps/, 'the refused sign-out changed nothing');
      // Sign-out ends the session on the server, not only in this browser.
      assert.equal((await user.request('/logout', { method: 'POST', form: { csrf: user.csrf(home.text) } })).status, 303);
      const copied = browser(harness);
      copied.jar.set('mag_session', session);
      assert.match((await copied.request('/')).text, /Sign in/);
      // Every sign-in gets a new id: one planted in the browser beforehand (session fixation) is never adopted.
      const victim = browser(harness);
      victim.jar.set('mag_session', 'A'.repeat(43));
      await victim.signIn(harness.tokens.reviewer);
      assert.ok(victim.jar.get('mag_session') && victim.jar.get('mag_session') !== 'A'.repeat(43) && victim.jar.get('mag_session') !== session);
    } finally {
      await harness.close();
    }
  });

  it('the sign-in form is CSRF-protected, and a session expires when idle and after its maximum age', async () => {
    const idle = await startHarness(await DATABASES[0].url!(), { sessionLimits: { idleMs: 300, maxMs: 60_000 } });
    try {
      const forged = await fetch(`${idle.server.url}/login`, { method: 'POST', redirect: 'manual', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ token: idle.tokens.reviewer }).toString() });
      assert.equal(forged.status, 403, 'no pre-session cookie and CSRF token: refused');
      const user = browser(idle);
      await user.signIn(idle.tokens.reviewer);
      assert.match((await user.request('/')).text, /Registered apps/);
      await new Promise((resolve) => setTimeout(resolve, 450));
      await browser(idle).signIn(idle.tokens.admin); // another sign-in clears expired sessions away
      assert.equal((await idle.db.query('SELECT id_hash FROM sessions')).length, 1, 'only the live session is kept');
      assert.match((await user.request('/')).text, /Sign in/, 'idle too long');
    } finally {
      await idle.close();
    }
    const short = await startHarness(await DATABASES[0].url!(), { sessionLimits: { idleMs: 60_000, maxMs: 300 } });
    try {
      const user = browser(short);
      await user.signIn(short.tokens.reviewer);
      await new Promise((resolve) => setTimeout(resolve, 150));
      assert.match((await user.request('/')).text, /Registered apps/);
      await new Promise((resolve) => setTimeout(resolve, 250));
      assert.match((await user.request('/')).text, /Sign in/, 'older than the maximum age, however busy');
    } finally {
      await short.close();
    }
  });

  it('behind a trusted proxy, limits key on the client in X-Forwarded-For; from anyone else the header is ignored', async () => {
    const bad = (harness: Harness, client: string) => fetch(`${harness.server.url}/api/v1/apps`, { headers: { Authorization: `Bearer mag_b_${'x'.repeat(43)}`, 'X-Forwarded-For': client } });
    const proxied = await startHarness(await DATABASES[0].url!(), { trustProxy: ['127.0.0.1'] });
    try {
      let last = 0;
      for (let i = 0; i < 12; i++) last = (await bad(proxied, '203.0.113.7')).status;
      assert.equal(last, 429, 'one client, too many failures');
      assert.equal((await bad(proxied, '198.51.100.9')).status, 401, 'another client behind the same proxy keeps its own limit');
    } finally {
      await proxied.close();
    }
    const direct = await startHarness(await DATABASES[0].url!());
    try {
      for (let i = 0; i < 12; i++) await bad(direct, '203.0.113.7');
      assert.equal((await bad(direct, '198.51.100.9')).status, 429, 'a forged header does not buy a fresh limit');
    } finally {
      await direct.close();
    }
  });
});
