import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG } from '../../src/core/config/scanConfig';
import { nearestManifestLookup } from '../../src/core/manifest/manifestFacts';
import { loadUnwalkedSummary, manifestsAbove } from '../../src/core/scan/scanCache';
import { scanFiles, type ScanFilesOptions } from '../../src/core/scan/scanFiles';
import { runCliInProcess } from './helpers/runCliInProcess';
import { SECRET_SAMPLES } from './helpers/fakeSecrets';
import { tempFolder } from './helpers/tempFolder';

const workspace = (files: Record<string, string>) => tempFolder('mag-cache-', files);

const cacheIn = (root: string, key = 'engine-1') => ({ dir: path.join(root, '.microapp-guard-cache'), key, maxBytes: 64 * 1024 * 1024 });
const scan = (root: string, extra: Partial<ScanFilesOptions> = {}) =>
  scanFiles({ paths: ['.'], base: root, config: DEFAULT_CONFIG, manifestFor: nearestManifestLookup(), cache: cacheIn(root), ...extra });
/** Sets every file's and folder's times an hour back: out of the racy window, so folders can vouch for their entries. */
const PAST = Math.floor(Date.now() / 1000) - 3600;
function backdate(root: string, past = PAST): void {
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const child = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(child);
      utimesSync(child, past, past);
    }
  };
  visit(root);
  utimesSync(root, past, past);
}

/** The scannable code files under root, sorted (the cache's own folder left out). */
function listCodeFiles(root: string, dir = ''): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true })
    .flatMap((entry) => {
      const relative = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name.startsWith('.') || entry.name === 'node_modules' ? [] : listCodeFiles(root, relative);
      return /\.(py|[cm]?[jt]sx?)$/.test(entry.name) ? [relative] : [];
    })
    .sort();
}

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

  it('after an edit, a cached scan reuses what the edit did not reach and gets exactly the findings of a fresh scan — on corpus apps and templates', async () => {
    // Every app of the tuning half (MAG_CACHE_EDIT_APPS=all) or a spread of shapes; each edit moves every line of
    // one file down (so findings elsewhere that point into it move too) and is scanned after the edits before it.
    const all = process.env.MAG_CACHE_EDIT_APPS === 'all';
    const sources = all
      ? [...readdirSync('test/corpus/tuning').map((app) => `test/corpus/tuning/${app}`), ...['llm-assistant', 'python-assistant', 'report-generator', 'internal-dashboard'].map((t) => `templates/${t}/files`)]
      : ['test/corpus/tuning/vanna-0.5.5', 'test/corpus/tuning/vercel-ai-chatbot', 'test/corpus/tuning/superagi', 'test/corpus/tuning/chat-langchain', 'templates/llm-assistant/files', 'templates/python-assistant/files'];
    let reused = 0;
    for (const source of sources) {
      const root = mkdtempSync(path.join(tmpdir(), 'mag-cache-edit-'));
      cpSync(source, root, { recursive: true });
      const code = listCodeFiles(root);
      await scan(root);
      const edits = all ? code : code.filter((_, i) => i % Math.max(1, Math.floor(code.length / 3)) === 0).slice(0, 3);
      for (const file of edits) {
        const absolute = path.join(root, file);
        writeFileSync(absolute, `\n${readFileSync(absolute, 'utf8')}\n${file.endsWith('.py') ? '#' : '//'} edited\n`);
        const cached = await scan(root);
        const fresh = await scanFiles({ paths: ['.'], base: root, config: DEFAULT_CONFIG, manifestFor: nearestManifestLookup() });
        assert.equal(cached.fromCache, undefined, `${source}: ${file}`);
        assert.deepEqual(JSON.parse(JSON.stringify(cached.findings)), JSON.parse(JSON.stringify(fresh.findings)), `${source}: after editing ${file}`);
        assert.ok((cached.reusedFiles ?? 0) < cached.filesScanned, `${source}: ${file} itself is scanned again`);
        reused += cached.reusedFiles ?? 0;
      }
    }
    assert.ok(reused > 0, 'some files were reused');
  });

  it('a fresh build indexes what a build from its own cached summaries indexes: nothing is analysed again — on every tuning app and template', async () => {
    const sources = [...readdirSync('test/corpus/tuning').map((app) => `test/corpus/tuning/${app}`), ...['llm-assistant', 'python-assistant', 'report-generator', 'internal-dashboard'].map((t) => `templates/${t}/files`)];
    for (const source of sources) {
      const root = mkdtempSync(path.join(tmpdir(), 'mag-cache-same-'));
      cpSync(source, root, { recursive: true });
      const fresh = await scan(root);
      // A file no code reads changes: the whole-tree answer is gone, every code file's kept results are asked.
      writeFileSync(path.join(root, 'NOTES.txt'), 'edited\n');
      const cached = await scan(root);
      assert.equal(cached.prefilter?.indexed, fresh.prefilter?.indexed, `${source}: the same files in the index`);
      assert.equal(cached.reusedFiles, cached.filesScanned - 1, `${source}: every file but the new one reused`);
    }
  });

  it('a file reuses nothing when what it asked of the index changed: a helper edited, added, removed; a manifest changed; another engine', async () => {
    const root = workspace({
      'src/helper.ts': 'export function run(code: string) {\n  return code.length;\n}\n',
      'src/route.ts': "import { run } from './helper';\nimport OpenAI from 'openai';\nconst openai = new OpenAI();\nexport async function go() {\n  const out = (await openai.responses.create({ model: 'm', input: 'x' })).output_text;\n  return run(out);\n}\n",
      'src/other.ts': 'export const unrelated = 1;\n',
    });
    const sinks = async (extra: Partial<ScanFilesOptions> = {}) => {
      const summary = await scan(root, extra);
      return { summary, ids: ids(summary.findings).filter((id) => id.startsWith('llm/output-to-sink@')) };
    };
    assert.deepEqual((await sinks()).ids, []);
    // The helper now runs its parameter: route.ts is the same text, its finding is new.
    writeFileSync(path.join(root, 'src/helper.ts'), 'export function run(code: string) {\n  return eval(code) as number;\n}\n');
    const edited = await sinks();
    assert.deepEqual(edited.ids, ['llm/output-to-sink@src/route.ts:5']);
    assert.equal(edited.summary.reusedFiles, 1, 'only other.ts is reused');
    // And back: the stale finding does not outlive the change.
    writeFileSync(path.join(root, 'src/helper.ts'), 'export function run(code: string) {\n  return code.length;\n}\n');
    assert.deepEqual((await sinks()).ids, []);
    // The helper goes, then comes back in a new file that route.ts imports instead.
    rmSync(path.join(root, 'src/helper.ts'));
    writeFileSync(path.join(root, 'src/route.ts'), readFileSync(path.join(root, 'src/route.ts'), 'utf8').replace("'./helper'", "'./runner'"));
    assert.deepEqual((await sinks()).ids, []);
    writeFileSync(path.join(root, 'src/runner.ts'), 'import { execSync } from "node:child_process";\nexport function run(command: string) {\n  return execSync(command);\n}\n');
    const added = await sinks();
    assert.deepEqual(added.ids, ['llm/output-to-sink@src/route.ts:5']);
    assert.equal(added.summary.reusedFiles, 1);
    // A manifest appears: every file it governs is checked again.
    writeFileSync(path.join(root, 'microapp.yaml'), 'apiVersion: microapp/v1\nkind: MicroApp\nmetadata: { name: app, title: App, owner: a@example.com }\nspec:\n  purpose: Reports\n  audience: { scope: team, users: 3 }\n  data: { classification: internal }\n  llm: [{ provider: openai, model: m }]\n  network: { allow: [api.openai.com] }\n  access: { sso: true }\n  secrets: { store: env }\n  logging: { audit: true, redaction: true }\n');
    assert.equal((await sinks()).summary.reusedFiles, undefined);
    writeFileSync(path.join(root, 'src/other.ts'), 'export const unrelated = 2;\n');
    const leaf = (await sinks()).summary;
    assert.equal(leaf.reusedFiles, leaf.filesScanned - 1, 'then all but an edited file nothing uses');
    // Another build of the engine (another key) reuses nothing.
    assert.equal((await sinks({ cache: cacheIn(root, 'engine-2') })).summary.reusedFiles, undefined);
  });

  it('any change is scanned again: an edit in the same second and size, an imported helper, a new manifest above, the engine', async () => {
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

  it('an unchanged tree is answered without walking it; an entry added, removed or renamed in any folder, or an edited .gitignore, needs the walk', async () => {
    const root = workspace({ 'src/app.ts': 'export const a = 1;\n', 'src/deep/helper.ts': 'export const b = 2;\n', 'src/deep/.gitignore': '/.gitignore\nbuild/\n' });
    const outside = manifestsAbove([root]);
    const fresh = async () => {
      backdate(root);
      await scan(root, { cache: cacheIn(root, 'unwalked') });
    };
    await fresh();
    const answer = loadUnwalkedSummary(cacheIn(root, 'unwalked'), outside);
    assert.ok(answer, 'folders as they were: answered');
    assert.deepEqual(answer.ignoredInputs, []);
    assert.equal(loadUnwalkedSummary(cacheIn(root, 'another-engine'), outside), undefined, 'another key');

    writeFileSync(path.join(root, 'src/deep/new.ts'), `${SECRET_SAMPLES['secret/openai']}\n`);
    assert.equal(loadUnwalkedSummary(cacheIn(root, 'unwalked'), outside), undefined, 'a file added two folders down');
    assert.ok((await scan(root, { cache: cacheIn(root, 'unwalked') })).findings.some((f) => f.file === 'src/deep/new.ts'));
    await fresh();
    rmSync(path.join(root, 'src/deep/new.ts'));
    assert.equal(loadUnwalkedSummary(cacheIn(root, 'unwalked'), outside), undefined, 'a file removed');
    await fresh();
    renameSync(path.join(root, 'src/deep/helper.ts'), path.join(root, 'src/deep/renamed.ts'));
    assert.equal(loadUnwalkedSummary(cacheIn(root, 'unwalked'), outside), undefined, 'a file renamed');
    await fresh();
    // This .gitignore leaves itself out of the file list: its own stamp still counts.
    writeFileSync(path.join(root, 'src/deep/.gitignore'), '/.gitignore\n');
    assert.equal(loadUnwalkedSummary(cacheIn(root, 'unwalked'), outside), undefined, 'an edited .gitignore');

    // Folders changed just before the scan began vouch for their entries by the entries the walk saw: a folder's
    // entries changed since (its mtime in the same tick, as a coarse clock gives) need the walk.
    const deep = path.join(root, 'src/deep');
    const justNow = Math.floor(Date.now() / 1000); // whole seconds, so it can be set again exactly (within the racy window)
    utimesSync(deep, justNow, justNow);
    await scan(root, { cache: cacheIn(root, 'racy') });
    assert.ok(loadUnwalkedSummary(cacheIn(root, 'racy'), outside), 'racy folders with the same entries');
    writeFileSync(path.join(deep, 'late.ts'), `${SECRET_SAMPLES['secret/openai']}\n`);
    utimesSync(deep, justNow, justNow);
    assert.equal(statSync(deep).mtimeMs, justNow * 1000);
    assert.equal(loadUnwalkedSummary(cacheIn(root, 'racy'), outside), undefined, 'a racy folder with an entry more');
    assert.ok((await scan(root, { cache: cacheIn(root, 'racy') })).findings.some((f) => f.file === 'src/deep/late.ts'));
  });

  it("--no-ignore still leaves the cache's own folder out, so an unchanged tree is answered from the cache", async () => {
    const root = workspace({ 'src/app.ts': 'export const a = 1;\n' });
    const first = await scan(root, { noIgnore: true });
    const second = await scan(root, { noIgnore: true });
    assert.equal(first.filesScanned, 1, 'the cache file is not scanned');
    assert.equal(second.fromCache, true);
  });

  it('with --no-ignore, a node_modules folder that appears in a racy folder is noticed by its entries', async () => {
    // (The cache's folder made first, so the scan leaves the root's mtime as set.)
    const root = workspace({ 'src/app.ts': 'export const a = 1;\n', '.microapp-guard-cache/.keep': '' });
    const justNow = Math.floor(Date.now() / 1000); // whole seconds, so it can be set again exactly (within the racy window)
    utimesSync(root, justNow, justNow);
    await scan(root, { noIgnore: true, cache: cacheIn(root, 'no-ignore') });
    assert.ok(loadUnwalkedSummary(cacheIn(root, 'no-ignore'), manifestsAbove([root])), 'unchanged: answered');
    cpSync(path.join(root, 'src'), path.join(root, 'node_modules', 'pkg'), { recursive: true });
    utimesSync(root, justNow, justNow);
    assert.equal(loadUnwalkedSummary(cacheIn(root, 'no-ignore'), manifestsAbove([root])), undefined, 'a folder --no-ignore walks into appeared');
  });

  it('a file edited while the scan runs, after it was read, is scanned again next time', async () => {
    const root = workspace({ 'a.ts': 'export const a = 1;\n', 'b.ts': 'export const b = 2;\n' });
    const first = await scan(root, {
      onProgress: (done, total) => {
        if (done === total) writeFileSync(path.join(root, 'a.ts'), `${SECRET_SAMPLES['secret/openai']}\n`); // both read by now
      },
    });
    assert.equal(first.findings.length, 0, 'the scan read the old text');
    const second = await scan(root);
    assert.equal(second.fromCache, undefined, 'the cache does not vouch for text the scan never read');
    assert.deepEqual(ids(second.findings), ['secret/openai@a.ts:0']);
  });


  it('after an edit, a file stamped unchanged well before the last scan is not read again; one stamped within the racy window is', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'mag-cache-stamps-'));
    cpSync('test/corpus/tuning/gpt-engineer', root, { recursive: true });
    backdate(root);
    const first = await scan(root);
    assert.ok(first.filesScanned >= 10 && first.filesRead === first.filesScanned, `${first.filesRead} of ${first.filesScanned} read`);
    // A leaf edit: the whole-tree answer is gone, every other file is known by its stamp.
    const leaf = 'gpt_engineer/tools/custom_steps.py';
    writeFileSync(path.join(root, leaf), `${readFileSync(path.join(root, leaf), 'utf8')}\n# edited\n`);
    const second = await scan(root);
    const fresh = await scanFiles({ paths: ['.'], base: root, config: DEFAULT_CONFIG, manifestFor: nearestManifestLookup() });
    assert.deepEqual(JSON.parse(JSON.stringify(second.findings)), JSON.parse(JSON.stringify(fresh.findings)));
    assert.ok(second.filesRead! < 5, `${second.filesRead} files read after one edit`);
    // That edit is stamped within the racy window of the scan that kept it: a same-size, same-mtime change to it is seen.
    const edited = path.join(root, leaf);
    const { mtime } = statSync(edited);
    const text = readFileSync(edited, 'utf8');
    writeFileSync(edited, `${text.slice(0, -10)}\n#EDITED!\n`);
    utimesSync(edited, mtime, mtime);
    const third = await scan(root);
    assert.ok(third.filesRead! >= 1 && third.filesRead! <= second.filesRead!, 'the racy file is read (and what its edit reaches)');
    assert.notEqual(third.digest, second.digest, 'and its new content is what was scanned');
  });

  it('a file stamped unchanged is trusted as git trusts it: a change under the same size and an old mtime is not read until the stamp moves', async () => {
    const root = workspace({ 'a.ts': 'export const a = 1;\n', 'b.ts': 'export const b = 2;\n' });
    backdate(root);
    await scan(root);
    writeFileSync(path.join(root, 'b.ts'), 'export const b = 3;\n'); // the whole-tree answer is gone
    writeFileSync(path.join(root, 'a.ts'), 'export const a = 9;\n');
    utimesSync(path.join(root, 'a.ts'), PAST, PAST);
    const stale = await scan(root);
    assert.equal(stale.filesRead, 1, 'only b.ts, whose stamp moved, is read');
    // Touching it (an editor's save, a checkout) moves the stamp: it is read and scanned again.
    utimesSync(path.join(root, 'a.ts'), PAST + 60, PAST + 60);
    const touched = await scan(root);
    assert.equal(touched.filesRead, 2, 'a.ts, and b.ts: written within the racy window of the scan before');
    assert.notEqual(touched.digest, stale.digest);
  });

  it('a file known from the cache that goes before the scan needs its text is reported unreadable, not scanned as empty', async () => {
    const root = workspace({ 'a.ts': 'export const a = 1;\n', 'b.ts': `const k = "${SECRET_SAMPLES['secret/openai']}";\n` });
    backdate(root);
    assert.deepEqual(ids((await scan(root)).findings), ['secret/openai@b.ts:0']);
    // A manifest appears (every file's findings are computed again), and b.ts goes once a.ts is done.
    writeFileSync(path.join(root, 'microapp.yaml'), 'apiVersion: microapp/v1\nkind: MicroApp\nmetadata: { name: app, title: App, owner: a@example.com }\nspec:\n  purpose: Reports\n  audience: { scope: team, users: 3 }\n  data: { classification: internal }\n  llm: [{ provider: openai, model: m }]\n  network: { allow: [api.openai.com] }\n  access: { sso: true }\n  secrets: { store: env }\n  logging: { audit: true, redaction: true }\n');
    const summary = await scan(root, { onProgress: (done) => void (done === 1 && rmSync(path.join(root, 'b.ts'))) });
    assert.deepEqual(summary.skipped, [{ file: 'b.ts', reason: 'unreadable' }]);
    assert.deepEqual(ids(summary.findings), []);
    assert.equal(summary.filesScanned, 2, 'a.ts and microapp.yaml');
  });

  it('a binary or over-size file the last scan skipped is skipped again unread, for the same reason', async () => {
    const root = workspace({ 'a.ts': 'export const a = 1;\n', 'big.ts': `export const big = "${'x'.repeat(3000)}";\n` });
    writeFileSync(path.join(root, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    backdate(root);
    const first = await scan(root, { maxFileSize: 1000 });
    writeFileSync(path.join(root, 'a.ts'), 'export const a = 2;\n'); // the whole-tree answer is gone
    const second = await scan(root, { maxFileSize: 1000 });
    assert.equal(second.filesRead, 1, 'only a.ts');
    assert.deepEqual(second.skipped, first.skipped);
    assert.deepEqual(second.skipped.map((s) => s.reason).sort(), ['binary', 'too-large']);
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
    // Folders that can vouch for their entries: the answer does not even walk the tree (a hook makes reading a folder fail)…
    backdate(root);
    cli('scan');
    writeFileSync(hook, "const fs = require('fs'); fs.readdirSync = () => { throw new Error('the tree was walked'); };\n");
    const unwalked = spawnSync(process.execPath, ['-r', hook, path.resolve('dist/cli.js'), 'scan'], { cwd: root, encoding: 'utf8' });
    assert.equal(unwalked.status, 1, unwalked.stderr);
    assert.equal(unwalked.stdout, warm.stdout);
    // …and a file added two folders down is still found.
    cpSync(path.join(root, 'src', 'app.ts'), path.join(root, 'src', 'more', 'deeper', 'key.ts'), { recursive: true });
    assert.match(cli('scan').stdout, /src\/more\/deeper\/key\.ts/);
  });

  it('a baseline named in the config is applied to an answer from the cache too', async () => {
    const { spawnSync } = await import('node:child_process');
    const root = workspace({ 'src/app.ts': `${SECRET_SAMPLES['secret/openai']}\n`, '.microapp-guard.yaml': 'baseline: findings-baseline.json\n' });
    const cli = () => spawnSync(process.execPath, [path.resolve('dist/cli.js'), 'scan'], { cwd: root, encoding: 'utf8' });
    const first = cli();
    assert.match(first.stderr, /Baseline findings-baseline\.json written with 1 finding/);
    assert.equal(first.status, 0);
    const second = cli();
    assert.equal(second.status, 0, second.stdout);
    assert.doesNotMatch(second.stdout, /secret\/openai/);
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
