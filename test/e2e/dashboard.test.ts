import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { call, DATABASES, SCAN, sampleManifest, startHarness, type Harness } from '../unit/helpers/registryHarness';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const BROWSER_ARGS = ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

describe('registry dashboard in headless Chromium', { skip: !existsSync(CHROMIUM) && 'Debian chromium is not installed (npm run test:ci installs it)' }, () => {
  let harness: Harness;
  let browser: Browser;
  let page: Page;

  before(async () => {
    mkdirSync('test-artifacts', { recursive: true });
    harness = await startHarness(await DATABASES[0].url!());
    const items = [
      { rule: 'secret/openai', severity: 'error', file: 'src/server.ts', line: 8, message: 'OpenAI API key in code (sk-pro********Fo).', masked: 'sk-pro********Fo' },
      { rule: 'llm/output-to-sink', severity: 'error', file: 'src/server.ts', line: 27, message: 'Model output reaches a shell command.' },
      { rule: 'net/plain-http', severity: 'warning', file: 'src/server.ts', line: 29, message: 'Plain http: use https.' },
    ];
    const evidence = [{ control: 'sso', what: 'single sign-on middleware', file: 'src/server.ts', line: 12 }];
    const incomplete = [{ file: 'src/generated/parser.ts', part: 'syntax tree', reason: 'its code is nested too deeply to analyse (the call stack ran out); ignore it in the config if it is generated' }];
    const submitted = await call(harness, 'POST', '/api/v1/apps', harness.tokens.builder, { manifest: sampleManifest(), scan: { ...SCAN, items, omitted: 1, digest: 'ab'.repeat(32), evidence, incomplete } });
    assert.equal(submitted.status, 201);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: BROWSER_ARGS });
    page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  });
  after(async () => {
    await browser?.close();
    await harness?.close();
  });

  it('refuses a wrong token and signs in with a right one', async () => {
    await page.goto(harness.server.url);
    await page.getByLabel('Token').fill('mag_r_' + 'w'.repeat(43));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').waitFor();
    assert.match(await page.getByRole('alert').innerText(), /not valid/);
    await page.getByLabel('Token').fill(harness.tokens.reviewer);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Registered apps' }).waitFor();
    assert.match(await page.locator('header').innerText(), /rita\.reviewer@example\.com \(reviewer\)/);
  });

  it('lists the submitted app by tier and status', async () => {
    const row = page.locator('tbody tr', { hasText: 'Leaky HR Assistant' });
    assert.match(await row.innerText(), /high\s+pending-review/);
    await page.screenshot({ path: 'test-artifacts/dashboard-apps.png' });
    await page.getByRole('link', { name: /high \(1\)/ }).click();
    assert.equal(await page.locator('tbody tr').count(), 1);
  });

  it('approves the app with a comment and shows the audit entry', async () => {
    await page.getByRole('link', { name: 'Leaky HR Assistant' }).click();
    await page.getByRole('heading', { name: /Leaky HR Assistant/ }).waitFor();
    assert.match(await page.locator('main').innerText(), /8 files|5 files/);
    // The findings themselves, by severity then rule, each rule linking to its docs page; a secret only masked.
    const errors = page.locator('section.findings', { hasText: 'Errors (2)' });
    assert.match(await errors.innerText(), /secret\/openai \(1\)\s+src\/server\.ts:8 OpenAI API key in code \(sk-pro\*{8}Fo\)\./);
    assert.match(await errors.innerText(), /llm\/output-to-sink \(1\)\s+src\/server\.ts:27/);
    assert.equal(await page.getByRole('link', { name: 'llm/output-to-sink' }).getAttribute('href'), 'https://github.com/microapp-guard/microapp-guard/blob/main/docs/rules/llm-output-to-sink.md');
    assert.match(await page.locator('section.findings', { hasText: 'Warnings (1)' }).innerText(), /net\/plain-http/);
    assert.match(await page.locator('main').innerText(), /1 more finding\(s\) were counted but not sent/);
    // A file the scan could not check completely is named, so a clean summary is not read as vouching for it.
    assert.match(await page.locator('section.incomplete').innerText(), /Not fully checked \(1 file\)[\s\S]*src\/generated\/parser\.ts \(syntax tree\): its code is nested too deeply/);
    // Controls: missing first, then claimed-but-unseen, at review, and done with where the code shows it.
    const controls = await page.locator('section.controls li').allInnerTexts();
    const order = controls.map((c) => c.split(':')[0]);
    assert.deepEqual([...order].sort((a, b) => ['Missing', 'Claimed', 'At review', 'Done'].indexOf(a) - ['Missing', 'Claimed', 'At review', 'Done'].indexOf(b)), order, controls.join(' | '));
    assert.ok(controls.some((c) => /^Missing: Single sign-on in front of every route — the manifest says it is not in place \(spec\.access\.sso\), though the scan saw it in src\/server\.ts:12: the manifest may be out of date/.test(c)), controls.join(' | '));
    assert.ok(controls.some((c) => /^At review: Penetration-test evidence/.test(c)), controls.join(' | '));
    await page.screenshot({ path: 'test-artifacts/dashboard-app-findings.png', fullPage: true });
    await page.getByLabel('Comment (required)').fill('Reviewed with the builder; keys rotated.');
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.getByText('approve v1 by rita.reviewer@example.com').waitFor();
    assert.match(await page.locator('main p').first().innerText(), /approved/);
    await page.screenshot({ path: 'test-artifacts/dashboard-app-approved.png' });
    await page.getByRole('link', { name: 'Audit trail' }).click();
    const firstRow = page.locator('tbody tr').first();
    assert.match(await firstRow.innerText(), /rita\.reviewer@example\.com\s+app\.approve\s+leaky-assistant/);
    assert.match(await page.locator('main').innerText(), /Hash chain verified/);
    await page.screenshot({ path: 'test-artifacts/dashboard-audit.png' });
  });

  it('a new version shows what changed since the approved one: a new host, the tier, findings added and gone', async () => {
    const next = await call(harness, 'POST', '/api/v1/apps', harness.tokens.builder, {
      manifest: sampleManifest((m) => (m.spec.network.allow = [...m.spec.network.allow, 'api.anthropic.com'])),
      scan: { ...SCAN, items: [{ rule: 'net/plain-http', severity: 'warning', file: 'src/server.ts', line: 31, message: 'Plain http: use https.' }, { rule: 'net/host-not-allowed', severity: 'warning', file: 'src/server.ts', line: 40, message: 'reports.example.net is not in the allowlist.' }] },
    });
    assert.equal(next.status, 201, JSON.stringify(next.body));
    await page.goto(`${harness.server.url}/apps/leaky-assistant`);
    const diff = await page.locator('section.diff').innerText();
    assert.match(diff, /Changes since approved v1/);
    assert.match(diff, /Hosts it calls: \+ api\.anthropic\.com/);
    assert.match(diff, /New finding src\/server\.ts:40 net\/host-not-allowed/);
    assert.match(diff, /Gone src\/server\.ts:8 secret\/openai/);
    assert.doesNotMatch(diff, /net\/plain-http/, 'a finding whose line moved is the same finding');
    await page.screenshot({ path: 'test-artifacts/dashboard-app-diff.png', fullPage: true });
  });

  it('a builder sees no review form, and a forged review without the CSRF token is refused', async () => {
    const context = await browser.newContext();
    const builderPage = await context.newPage();
    await builderPage.goto(harness.server.url);
    await builderPage.getByLabel('Token').fill(harness.tokens.builder);
    await builderPage.getByRole('button', { name: 'Sign in' }).click();
    await builderPage.goto(`${harness.server.url}/apps/leaky-assistant`);
    assert.equal(await builderPage.getByRole('button', { name: 'Approve' }).count(), 0);
    const forged = await builderPage.request.post(`${harness.server.url}/apps/leaky-assistant/review`, { form: { decision: 'approve', comment: 'sneaky' } });
    assert.equal(forged.status(), 403);
    await context.close();
  });

  it('pages carry a strict CSP with a nonce and no inline script', async () => {
    const response = await page.request.get(harness.server.url);
    const csp = response.headers()['content-security-policy'];
    assert.match(csp, /default-src 'none'; style-src 'nonce-[A-Za-z0-9+/=]+'/);
    assert.doesNotMatch(await response.text(), /<script/);
  });
});
