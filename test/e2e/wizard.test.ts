import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { manifestSchema } from '../../src/core/manifest/manifestSchema';
import { wizardHtml } from '../../src/extension/wizardHtml';
import { BROWSER_ARGS } from './dashboard.test';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ready = existsSync(CHROMIUM) && existsSync('dist/webview.js');

/** Serves the page exactly as the extension builds it, plus a theme stylesheet standing in for VS Code's injected variables. */
function servePage(): Promise<{ url: string; close: () => void }> {
  const files: Record<string, [string, string]> = {
    '/webview.js': ['dist/webview.js', 'text/javascript'],
    '/wizard.css': ['media/wizard.css', 'text/css'],
    '/light.css': ['test/e2e/themes/light.css', 'text/css'],
    '/dark.css': ['test/e2e/themes/dark.css', 'text/css'],
    '/high-contrast.css': ['test/e2e/themes/high-contrast.css', 'text/css'],
  };
  const server = http.createServer((request, response) => {
    const url = new URL(request.url!, 'http://x');
    if (url.pathname === '/') {
      const origin = `http://${request.headers.host}`;
      const theme = ['dark', 'high-contrast'].includes(url.searchParams.get('theme') ?? '') ? url.searchParams.get('theme')! : 'light';
      const html = wizardHtml({ scriptUri: `${origin}/webview.js`, styleUri: `${origin}/wizard.css`, cspSource: origin })
        .replace('<link rel="stylesheet"', `<link rel="stylesheet" href="${origin}/${theme}.css"><link rel="stylesheet"`)
        .replace('<body>', `<body class="vscode-${theme}">`);
      response.writeHead(200, { 'Content-Type': 'text/html' });
      return response.end(html);
    }
    const file = files[url.pathname];
    if (!file) return response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': file[1] });
    response.end(readFileSync(path.resolve(file[0])));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() })));
}

/** Stands in for VS Code's acquireVsCodeApi: records posted messages, keeps state across reloads like getState/setState. */
const FAKE_VSCODE_API = `
  window.__posted = [];
  window.acquireVsCodeApi = () => ({
    postMessage: (message) => window.__posted.push(message),
    getState: () => JSON.parse(sessionStorage.getItem('state') || 'null') || undefined,
    setState: (state) => sessionStorage.setItem('state', JSON.stringify(state)),
  });`;

const INIT = { type: 'init', draft: {}, detected: { llmProviders: ['openai'], hosts: ['api.openai.com'], secretNames: ['OPENAI_API_KEY'] }, manifestPath: 'microapp.yaml', exists: false };

describe('registration wizard page in headless Chromium', { skip: !ready && 'needs Debian chromium and npm run build' }, () => {
  let browser: Browser;
  let server: { url: string; close: () => void };
  before(async () => {
    mkdirSync('test-artifacts', { recursive: true });
    server = await servePage();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: BROWSER_ARGS });
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  async function openWizard(theme: 'light' | 'dark' | 'high-contrast'): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1180, height: 860 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.addInitScript(FAKE_VSCODE_API);
    await page.goto(`${server.url}?theme=${theme}`);
    await page.waitForFunction(() => (window as any).__posted.some((m: any) => m.type === 'ready'));
    await page.evaluate((init) => window.postMessage(init, '*'), INIT);
    await page.getByRole('heading', { name: '1. Basics' }).waitFor();
    assert.deepEqual(errors, [], 'no script errors and no CSP violations');
    return page;
  }

  const tier = (page: Page) => page.locator('#risk .tier').innerText();

  for (const theme of ['light', 'dark', 'high-contrast'] as const) {
    it(`walks every step, validates as you type, updates the tier live and saves (${theme})`, async () => {
      const page = await openWizard(theme);
      const shot = (name: string) => page.screenshot({ path: `test-artifacts/wizard-${theme}-${name}.png`, fullPage: true });

      // Basics: an error appears as you type and clears when fixed.
      await page.getByLabel('App id').fill('Bad Name');
      assert.match(await page.locator('#f-metadata-name-error').innerText(), /lowercase/);
      assert.equal(await page.getByLabel('App id').getAttribute('aria-invalid'), 'true');
      await page.getByLabel('App id').fill('hr-helper');
      assert.equal(await page.locator('#f-metadata-name-error').innerText(), '');
      await page.getByLabel('Title').fill('HR Helper');
      await page.getByLabel('Owner email').fill('not an email');
      assert.match(await page.locator('#f-metadata-owner-error').innerText(), /email/);
      await page.getByLabel('Owner email').fill('sam@acme.com');
      await page.getByLabel('What does it do?').fill('Answers HR policy questions for employees');
      assert.equal(await tier(page), 'low');
      await page.getByLabel('Who uses it?').selectOption('organization');
      await page.getByLabel('How many people?').fill('600');
      assert.equal(await tier(page), 'medium', 'the tier follows the audience');
      await page.getByLabel('Why does it exist?').fill('x');
      await page.getByLabel('Why does it exist?').fill('');
      assert.match(await page.locator('#f-spec-justification-error').innerText(), /needs a justification/);
      await page.getByLabel('Why does it exist?').fill('HR answers the same questions every day');
      assert.equal(await page.locator('#f-spec-justification-error').innerText(), '');
      await shot('1-basics');

      // Keyboard: Next by keyboard, focus lands on the step heading.
      await page.getByRole('button', { name: 'Next' }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: '2. Data' }).waitFor();
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'step-heading');
      await page.getByLabel('Most sensitive data it touches').selectOption('confidential');
      await page.getByRole('button', { name: 'Add a data source' }).click();
      await page.getByRole('textbox', { name: 'Name' }).fill('hr-db');
      await page.getByRole('checkbox', { name: 'salary' }).check();
      assert.equal(await tier(page), 'high');
      await shot('2-data');

      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('heading', { name: '3. LLM & vendors' }).waitFor();
      assert.equal(await page.getByLabel('Provider', { exact: true }).inputValue(), 'openai', 'prefilled from the code');
      await page.getByLabel('Model', { exact: true }).fill('gpt-4o-mini');
      await page.getByLabel('Data processing agreement signed').check();
      await shot('3-llm');

      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('heading', { name: '4. Network & access' }).waitFor();
      assert.equal(await page.getByLabel('Hosts the app may call').inputValue(), 'api.openai.com');
      assert.equal(await page.getByLabel('Secret names').inputValue(), 'OPENAI_API_KEY');
      await shot('4-network');

      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('heading', { name: '5. Review' }).waitFor();
      // In plain words first: owner, data, vendors, hosts, the tier and why, missing controls before done ones.
      const words = await page.locator('section.in-words').innerText();
      assert.match(words, /Who owns it\s+sam@acme\.com/);
      assert.match(words, /What data it touches\s+confidential information: hr-db \(database, read only; personal data: salary\)/);
      assert.match(words, /Which AI models see it\s+openai gpt-4o-mini: sees what users type/);
      assert.match(words, /Which hosts it calls\s+api\.openai\.com/);
      assert.match(words, /Risk tier\s+high, because /);
      const controls = await page.locator('section.in-words ul.controls li').allInnerTexts();
      const firstDone = controls.findIndex((c) => !c.startsWith('Missing'));
      assert.ok(controls.slice(firstDone).every((c) => !c.startsWith('Missing')), `missing controls come first: ${controls.join(' | ')}`);
      // The YAML sits behind a disclosure, reachable by keyboard.
      assert.equal(await page.getByLabel('microapp.yaml preview').isVisible(), false);
      await page.getByText('Show the microapp.yaml that will be written').focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), 'microapp.yaml preview', 'the preview takes focus to scroll by keyboard');
      const yaml = await page.getByLabel('microapp.yaml preview').innerText();
      assert.match(yaml, /name: hr-helper/);
      assert.match(yaml, /allow:\n\s+- api\.openai\.com/);
      await shot('5-review');
      await page.getByRole('button', { name: 'Save microapp.yaml' }).click();
      const saved = await page.evaluate(() => (window as any).__posted.find((m: any) => m.type === 'save'));
      const parsed = manifestSchema.safeParse(saved.manifest);
      assert.ok(parsed.success, JSON.stringify(!parsed.success && parsed.error.issues));
      assert.equal(parsed.data.spec.data.sources[0].pii[0], 'salary');

      await page.evaluate(() => window.postMessage({ type: 'saved', manifestPath: 'microapp.yaml' }, '*'));
      await page.getByText('Saved microapp.yaml.').waitFor();
      await page.close();
    });
  }

  // axe-core (WCAG 2.1 A and AA rules) on every step in every theme. The audit page bypasses the CSP only to inject
  // axe itself; the wizard's own script still runs as the extension serves it.
  for (const theme of ['light', 'dark', 'high-contrast'] as const) {
    it(`axe-core finds no serious or critical WCAG 2.1 A/AA violation on any step (${theme})`, async () => {
      const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1180, height: 860 } });
      const page = await context.newPage();
      await page.addInitScript(FAKE_VSCODE_API);
      await page.goto(`${server.url}?theme=${theme}`);
      await page.waitForFunction(() => (window as any).__posted.some((m: any) => m.type === 'ready'));
      await page.evaluate((init) => window.postMessage(init, '*'), { ...INIT, draft: { metadata: { name: 'hr-helper', title: 'HR Helper', owner: 'sam@acme.com' }, spec: { purpose: 'Answers HR policy questions' } } });
      await page.getByRole('heading', { name: '1. Basics' }).waitFor();
      await page.addScriptTag({ path: path.resolve('node_modules/axe-core/axe.min.js') });
      const found: string[] = [];
      for (const [index, name] of ['Basics', 'Data', 'LLM & vendors', 'Network & access', 'Review'].entries()) {
        await page.getByRole('button', { name: `${index + 1}. ${name}` }).click();
        await page.getByRole('heading', { name: `${index + 1}. ${name}` }).waitFor();
        if (index === 1) await page.getByRole('button', { name: 'Add a data source' }).click();
        if (index === 2 && !(await page.getByLabel('Provider', { exact: true }).count())) await page.getByRole('button', { name: 'Add a model' }).click();
        if (index === 4) await page.getByText('Show the microapp.yaml that will be written').click();
        const violations = await page.evaluate(async () => {
          const result = await (window as any).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
          return result.violations.map((v: any) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n: any) => n.target.join(' ')).slice(0, 3) }));
        });
        for (const v of violations) if (v.impact === 'serious' || v.impact === 'critical') found.push(`${name}: ${v.id} (${v.impact}) at ${v.nodes.join(', ')}`);
      }
      await context.close();
      assert.deepEqual(found, []);
    });
  }

  it('keeps what was typed when the panel is hidden and shown again (getState/setState)', async () => {
    const page = await openWizard('light');
    await page.getByLabel('App id').fill('kept-app');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.reload();
    await page.waitForFunction(() => (window as any).__posted.some((m: any) => m.type === 'ready'));
    await page.evaluate((init) => window.postMessage(init, '*'), INIT);
    await page.getByRole('heading', { name: '2. Data' }).waitFor();
    await page.getByRole('button', { name: '1. Basics' }).click();
    assert.equal(await page.getByLabel('App id').inputValue(), 'kept-app');
    await page.close();
  });

  it('ignores messages that do not match the protocol', async () => {
    const page = await openWizard('light');
    await page.evaluate(() => window.postMessage({ type: 'init', draft: 'not an object' }, '*'));
    await page.evaluate(() => window.postMessage({ type: 'hack', html: '<img src=x onerror=alert(1)>' }, '*'));
    assert.equal(await page.getByRole('heading', { name: '1. Basics' }).count(), 1);
    await page.close();
  });
});
