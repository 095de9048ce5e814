import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG } from '../../src/core/config/scanConfig';
import { nearestManifestLookup } from '../../src/core/manifest/manifestFacts';
import { scanFiles, type ScanFilesOptions } from '../../src/core/scan/scanFiles';
import { runCliInProcess } from './helpers/runCliInProcess';
import { SECRET_SAMPLES } from './helpers/fakeSecrets';
import { tempFolder } from './helpers/tempFolder';

const workspace = (files: Record<string, string>) => tempFolder('mag-cache-', files);

const cacheIn = (root: string, key = 'engine-1') => ({ dir: path.join(root, '.microapp-guard-cache'), key, maxBytes: 64 * 1024 * 1024 });
const scan = (root: string, extra: Partial<ScanFilesOptions> = {}) =>
  scanFiles({ paths: ['.'], base: root, config: DEFAULT_CONFIG, manifestFor: nearestManifestLookup(), cache: cacheIn(root), ...extra });
const ids = (findings: { ruleId: string; file: string; range: { start: { line: number } } }[]) => findings.map((f) => `${f.ruleId}@${f.file}:${f.range.start.line}`).sort();

describe('scan cache', () => {
  it('an unchanged tree gets exactly the findings of a fresh scan, without reading a file — on corpus apps and a template', async () => {
    for (const source of ['test/corpus/tuning/vanna-0.5.5', 'test/corpus/tuning/langchain-nextjs-template', 'test/corpus/tuning/babyagi', 'templates/llm-assistant/files', 'templates/python-assistant/files']) {
      const root = mkdtempSync(path.join(tmpdir(), 'mag-cache-'));
      cpSync(source, root, { recursive: true });
      const fresh = await scanFiles({ paths: ['.'], base: root, config: DEFAULT_CONFIG, manifestFor: nearestManifestLookup() });
      const first = await scan(root);
      const second = await scan(root);
      assert.equal(first.fromCache, undefined, source);
      assert.equal(second.fromCache, true, source);
      assert.deepEqual(second.findings, JSON.parse(JSON.stringify(fresh.findings)), source); // the same, as any report writes them
      assert.equal(second.filesScanned, fresh.filesScanned);
    }
  });

  it('any change is a full scan: an edit in the same second and size, an imported helper, a new manifest above, the engine', async () => {
    const root = workspace({
      'app/src/runner.ts': 'export function run(code: string) {\n  return code.length;\n}\n',
      'app/src/route.ts': "import { run } from './runner';\nimport OpenAI from 'openai';\nconst openai = new OpenAI();\nexport async function go() {\n  const out = (await openai.responses.create({ model: 'm', input: 'x' })).output_text;\n  await fetch('https://reports.example.net/x');\n  return run(out);\n}\n",
    });
    // The helper's mtime, in whole seconds, so it can be set back exactly after an edit.
    const runner = path.join(root, 'app/src/runner.ts');
    const mtime = Math.floor(Date.now() / 1000);
    utimesSync(runner, mtime, mtime);
    const base = (await scan(root, { paths: ['app/src'] })).findings;
    assert.equal((await scan(root, { paths: ['app/src'] })).fromCache, true);

    // The helper now runs its parameter: the caller's file did not change, its finding did.
    writeFileSync(runner, 'export function run(code: string) {\n  return eval(code) as number;\n}\n'.slice(0, readFileSync(runner, 'utf8').length).padEnd(readFileSync(runner, 'utf8').length, ' '));
    utimesSync(runner, mtime, mtime); // same size, same mtime: only the content tells
    assert.equal(statSync(runner).mtimeMs, mtime * 1000);
    const edited = await scan(root, { paths: ['app/src'] });
    assert.equal(edited.fromCache, undefined);
    assert.ok(ids(edited.findings).includes('llm/output-to-sink@app/src/route.ts:6'), ids(edited.findings).join());
    assert.notDeepEqual(ids(edited.findings), ids(base));

    // A manifest appears above the scanned folder: its allowlist now governs the host.
    writeFileSync(path.join(root, 'app/microapp.yaml'), 'apiVersion: microapp/v1\nkind: MicroApp\nmetadata: { name: app, title: App, owner: a@example.com }\nspec:\n  purpose: Reports\n  audience: { scope: team, users: 3 }\n  data: { classification: internal }\n  llm: [{ provider: openai, model: m }]\n  network: { allow: [api.openai.com] }\n  access: { sso: true }\n  secrets: { store: env }\n  logging: { audit: true, redaction: true }\n');
    const governed = await scan(root, { paths: ['app/src'] });
    assert.equal(governed.fromCache, undefined);
    assert.ok(ids(governed.findings).some((id) => id.startsWith('net/host-not-allowed@')), ids(governed.findings).join());

    // Another build of the engine (another key) never reuses these findings.
    assert.equal((await scan(root, { paths: ['app/src'], cache: cacheIn(root, 'engine-2') })).fromCache, undefined);
  });

  it('the CLI: a second run says it used the cache; the config or --no-cache makes it scan; a cache over the cap is not kept', async () => {
    const root = workspace({ 'src/app.ts': `${SECRET_SAMPLES['secret/openai']}\n` });
    const first = await runCliInProcess(['scan'], root);
    const second = await runCliInProcess(['scan'], root);
    assert.equal(first.code, 1);
    assert.equal(second.code, 1);
    assert.match(second.stdout, /from the cache; --no-cache to scan again/);
    assert.equal(second.stdout.replace(/ \(nothing changed.*\)\./, '.'), first.stdout);
    assert.doesNotMatch((await runCliInProcess(['scan', '--no-cache'], root)).stdout, /from the cache/);
    writeFileSync(path.join(root, '.microapp-guard.yaml'), 'rules:\n  secret/openai: warning\n');
    const reconfigured = await runCliInProcess(['scan'], root);
    assert.doesNotMatch(reconfigured.stdout, /from the cache/);
    assert.match(reconfigured.stdout, /warning\s+secret\/openai/);
    assert.ok(existsSync(path.join(root, '.microapp-guard-cache/scan-cache-v1.json')));

    const small = await scanFiles({ paths: ['.'], base: root, config: DEFAULT_CONFIG, cache: { ...cacheIn(root, 'tiny'), maxBytes: 10 } });
    assert.equal(small.fromCache, undefined);
    assert.equal((await scanFiles({ paths: ['.'], base: root, config: DEFAULT_CONFIG, cache: { ...cacheIn(root, 'tiny'), maxBytes: 10 } })).fromCache, undefined, 'nothing was kept');
  });
});

describe('the CLI entry answers an unchanged tree from the cache without loading the engine', { skip: !existsSync('dist/engine.js') && 'needs npm run build' }, () => {
  it('same report and exit code as the engine, and the engine for anything it cannot answer', async () => {
    const { spawnSync } = await import('node:child_process');
    const root = workspace({ 'src/app.ts': `${SECRET_SAMPLES['secret/openai']}\n`, 'legacy/old.ts': `${SECRET_SAMPLES['secret/openai']}\n`, '.microapp-guard.yaml': 'ignore:\n  - "legacy/"\n' });
    const cli = (...args: string[]) => spawnSync(process.execPath, [path.resolve('dist/cli.js'), ...args], { cwd: root, encoding: 'utf8' });
    const cold = cli('scan');
    const warm = cli('scan');
    assert.equal(cold.status, 1);
    assert.equal(warm.status, 1);
    assert.doesNotMatch(cold.stdout, /from the cache/);
    assert.equal(warm.stdout.replace(/ \(nothing changed.*\)\./, '.'), cold.stdout);
    // The warm run never loads the engine: with a hook that makes loading it fail, it still answers.
    const hook = path.join(mkdtempSync(path.join(tmpdir(), 'mag-hook-')), 'no-engine.cjs');
    writeFileSync(hook, "const Module = require('module'); const load = Module._load; Module._load = function (request, ...rest) { if (String(request).endsWith('engine.js')) throw new Error('the engine was loaded'); return load.call(this, request, ...rest); };\n");
    const hooked = spawnSync(process.execPath, ['-r', hook, path.resolve('dist/cli.js'), 'scan'], { cwd: root, encoding: 'utf8' });
    assert.equal(hooked.status, 1, hooked.stderr);
    assert.equal(hooked.stdout, warm.stdout);
    const ignoredCold = cli('scan', 'legacy');
    const ignoredWarm = cli('scan', 'legacy');
    assert.equal(ignoredWarm.stderr, ignoredCold.stderr, 'the ignored-path message is the same');
    assert.match(ignoredWarm.stderr, /legacy is not scanned/);
    assert.equal(cli('scan', '--format', 'sarif').status, 1, 'SARIF: the engine');
    assert.match(cli('scan', '--format', 'xml').stderr, /--format must be text, json or sarif/, 'usage errors: the engine explains them');
  });
});

describe('the bundled CLI loads its engine from the code cache', { skip: !existsSync('dist/engine.js') && 'needs npm run build' }, () => {
  it('a second run on Python code works like the first (Node 20 lost the dynamic-import loader with cached code)', async () => {
    const { spawnSync } = await import('node:child_process');
    const root = workspace({ 'app.py': 'import os\nimport subprocess\nfrom openai import OpenAI\n\nclient = OpenAI()\n\ndef run(question):\n    reply = client.chat.completions.create(model="gpt-4o", messages=[dict(role="user", content=question)])\n    subprocess.run(reply.choices[0].message.content, shell=True)\n' });
    const cli = () => spawnSync(process.execPath, [path.resolve('dist/cli.js'), 'scan', '--no-cache'], { cwd: root, encoding: 'utf8' });
    const first = cli();
    const second = cli();
    const third = cli();
    assert.match(first.stdout, /llm\/output-to-sink/, first.stderr);
    assert.equal(second.stderr, '', 'second run');
    assert.equal(third.stdout, first.stdout);
  });
});
