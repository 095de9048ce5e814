import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { SECRET_SAMPLES } from './helpers/fakeSecrets';
import { runCliInProcess } from './helpers/runCliInProcess';
import { sarifValidator } from './helpers/sarifSchema';

function workspace(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'mag-cli-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return root;
}

const leaky = () =>
  workspace({
    'src/app.ts': `import OpenAI from "openai";\n${SECRET_SAMPLES['secret/openai']}\n`,
    'src/clean.ts': 'export const answer = 42;\n',
  });

describe('microapp-guard scan', () => {
  it('exits 0 and says so on a clean folder', async () => {
    const run = await runCliInProcess(['scan'], workspace({ 'a.ts': 'export const a = 1;\n' }));
    assert.equal(run.code, 0);
    assert.match(run.stdout, /No findings\. Scanned 1 file\(s\)\./);
  });

  it('says which rule of the config ignores a path asked for by name, and scans it with --no-ignore', async () => {
    const root = workspace({
      '.microapp-guard.yaml': 'ignore:\n  - "legacy/"\n',
      '.gitignore': 'generated/\n',
      'legacy/app.ts': `${SECRET_SAMPLES['secret/openai']}\n`,
      'generated/app.ts': `${SECRET_SAMPLES['secret/openai']}\n`,
    });
    const run = await runCliInProcess(['scan', 'legacy'], root);
    assert.equal(run.code, 0);
    assert.match(run.stderr, /legacy is not scanned: the pattern "legacy\/" on line 2 of \.microapp-guard\.yaml ignores it\. Run with --no-ignore to scan it anyway\./);
    const anyway = await runCliInProcess(['scan', 'legacy', '--no-ignore'], root);
    assert.equal(anyway.code, 1);
    assert.match(anyway.stdout, /legacy\/app\.ts/);
    assert.equal(anyway.stderr, '');
    // A folder named on its own is scanned even when a .gitignore above lists it; walking the whole tree skips it.
    assert.match((await runCliInProcess(['scan', 'generated'], root)).stdout, /generated\/app\.ts/);
    assert.doesNotMatch((await runCliInProcess(['scan', '--no-cache'], root)).stdout, /generated\/app\.ts/);
  });

  it('exits 1 with findings grouped by file with line:column, rule, severity and masked secret', async () => {
    const run = await runCliInProcess(['scan'], leaky());
    assert.equal(run.code, 1);
    const lines = run.stdout.split('\n');
    assert.equal(lines[0], 'src/app.ts');
    assert.match(lines[1], /^ {2}2:\d+\s+error\s+secret\/openai\s+OpenAI API key in code \(sk-pro\*{8}\w\w\)/);
    assert.ok(!run.stdout.includes('T3BlbkFJ'), 'the key is never printed whole');
    assert.match(run.stdout, /1 finding\(s\) in 1 file\(s\): 1 error, 0 warning, 0 info\. Scanned 2 file\(s\)\./);
  });

  it("each nested app's own microapp.yaml governs the files below it, as in the editor", async () => {
    const call = (host: string) => `await fetch("https://${host}/v1/x");\n`;
    const root = workspace({
      'microapp.yaml': 'spec:\n  network:\n    allow: [api.root.example]\n',
      'src/a.ts': call('api.root.example') + call('api.nested.example'),
      'apps/nested/microapp.yaml': 'spec:\n  network:\n    allow: [api.nested.example]\n',
      'apps/nested/b.ts': call('api.root.example') + call('api.nested.example'),
    });
    const run = await runCliInProcess(['scan', '--format', 'json', '--fail-on', 'error'], root);
    const hosts = JSON.parse(run.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === 'net/host-not-allowed').map((f: { file: string; range: { start: { line: number } } }) => `${f.file}:${f.range.start.line}`);
    assert.deepEqual(hosts.sort(), ['apps/nested/b.ts:0', 'src/a.ts:1']);
  });

  it('--fail-on and config severities decide the exit code', async () => {
    const root = leaky();
    writeFileSync(path.join(root, '.microapp-guard.yaml'), 'rules:\n  secret/openai: warning\n');
    assert.equal((await runCliInProcess(['scan'], root)).code, 0);
    assert.equal((await runCliInProcess(['scan', '--fail-on', 'warning'], root)).code, 1);
    writeFileSync(path.join(root, '.microapp-guard.yaml'), 'rules:\n  secret/openai: "off"\n');
    assert.equal((await runCliInProcess(['scan', '--fail-on', 'info'], root)).code, 0);
  });

  it('exits 2 with a one-line reason on usage and I/O errors', async () => {
    const root = leaky();
    const cases: [string[], RegExp][] = [
      [['scan', '--format', 'xml'], /--format must be text, json or sarif, not "xml"/],
      [['scan', '--fail-on', 'fatal'], /--fail-on must be error, warning or info/],
      [['scan', '--bogus'], /^microapp-guard scan: unknown option --bogus\. Try --help\.$/m],
      [['scan', 'missing-folder'], /no such file or folder: .*missing-folder/],
      [['scan', '--config', 'nope.yaml'], /config file not found: nope\.yaml/],
      [['scan', '--max-file-size', 'lots'], /--max-file-size must be a number of bytes/],
      [['frobnicate'], /unknown command "frobnicate"/],
    ];
    for (const [args, message] of cases) {
      const run = await runCliInProcess(args, root);
      assert.equal(run.code, 2, args.join(' '));
      assert.match(run.stderr, message);
      assert.equal(run.stderr.trim().split('\n').length, 1, 'one line, no stack trace');
    }
  });

  it('a broken config file is a usage error pointing at its line and column', async () => {
    const root = leaky();
    writeFileSync(path.join(root, '.microapp-guard.yaml'), 'rules:\n  secret/openai: warning\nignorre:\n  - dist/**\n');
    const run = await runCliInProcess(['scan'], root);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /\.microapp-guard\.yaml:3:1: Unknown key "ignorre": did you mean "ignore"\?/);
    writeFileSync(path.join(root, '.microapp-guard.yaml'), 'rules:\n  secret/openai: [warning\n');
    assert.match((await runCliInProcess(['scan'], root)).stderr, /\.microapp-guard\.yaml:\d+:\d+: YAML syntax/);
    writeFileSync(path.join(root, '.microapp-guard.yaml'), 'rules:\n  secret/openai: loud\n');
    assert.match((await runCliInProcess(['scan'], root)).stderr, /:2:18: rules\.secret\/openai: Invalid option/);
    // A field of the wrong type is not "missing".
    writeFileSync(path.join(root, '.microapp-guard.yaml'), 'ignore: 5\n');
    const wrongType = (await runCliInProcess(['scan'], root)).stderr;
    assert.match(wrongType, /:1:9: ignore: Invalid input: expected array, received number/);
    assert.doesNotMatch(wrongType, /Missing required field/);
  });

  it('skips binary, minified, oversized files and symlinks out of the root, and says how many', async () => {
    const outside = workspace({ 'leak.ts': SECRET_SAMPLES['secret/github'] });
    const minified = `var a=${JSON.stringify(SECRET_SAMPLES['secret/github'])};` + 'function f(n){return n*2}'.repeat(220_000);
    assert.ok(minified.length > 5 * 1024 * 1024);
    const root = workspace({
      'bundle.js': minified,
      'image.png': Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), Buffer.from(SECRET_SAMPLES['secret/github'])]),
      'big.ts': `${SECRET_SAMPLES['secret/github']}\n${'// filler\n'.repeat(1000)}`,
      'ok.ts': 'export {};\n',
    });
    symlinkSync(path.join(outside, 'leak.ts'), path.join(root, 'linked.ts'));
    const run = await runCliInProcess(['scan', '--max-file-size', '8k', '--format', 'json'], root);
    assert.equal(run.code, 0, run.stderr);
    const report = JSON.parse(run.stdout);
    assert.equal(report.filesScanned, 1);
    const reasons = Object.fromEntries(report.skipped.map((s: { file: string; reason: string }) => [s.file, s.reason]));
    assert.deepEqual(reasons, { 'big.ts': 'too-large', 'bundle.js': 'too-large', 'image.png': 'binary', 'linked.ts': 'symlink-outside-root' });

    const text = await runCliInProcess(['scan', '--max-file-size', '8m'], root);
    assert.match(text.stdout, /Scanned 2 file\(s\), skipped 3 \(1 binary, 1 minified, 1 symlink leaving the folder\)/);
    assert.match(text.stdout, /big\.ts\n\s+1:\d+\s+error\s+secret\/github/);
  });

  it('scans a hand-written file with an image inlined as base64, and still skips a bundle whose long line is code', async () => {
    // A Streamlit app's logo as a data: URL (ai-engineering-hub's chat-with-code had a 11,743-character line and was
    // skipped whole as minified).
    const logo = Buffer.alloc(9000, 7).toString('base64');
    const app = `import streamlit as st\nKEY = "${SECRET_SAMPLES['secret/github']}"\nlogo = """<img src="data:image/png;base64,${logo}">"""\nst.markdown(logo, unsafe_allow_html=True)\n`;
    const bundle = `var k=${JSON.stringify(SECRET_SAMPLES['secret/github'])};` + 'function f(n){return n*2}'.repeat(600) + '\n' + 'var x = 1;\n'.repeat(40);
    const root = workspace({ 'app.py': app, 'bundle.js': bundle });
    const report = JSON.parse((await runCliInProcess(['scan', '--format', 'json'], root)).stdout);
    assert.deepEqual(report.skipped, [{ file: 'bundle.js', reason: 'minified' }]);
    assert.deepEqual(report.findings.map((f: { file: string; ruleId: string }) => `${f.file} ${f.ruleId}`), ['app.py secret/github']);
  });

  it('honours .gitignore (nested too) and config ignore globs', async () => {
    const root = workspace({
      '.gitignore': 'secrets/\n',
      'secrets/key.ts': SECRET_SAMPLES['secret/github'],
      'pkg/.gitignore': '*.local.ts\n',
      'pkg/dev.local.ts': SECRET_SAMPLES['secret/github'],
      'fixtures/leak.ts': SECRET_SAMPLES['secret/github'],
      'src/leak.ts': SECRET_SAMPLES['secret/github'],
      '.microapp-guard.yaml': 'ignore:\n  - fixtures/**\n',
    });
    const run = await runCliInProcess(['scan', '--format', 'json'], root);
    const files = JSON.parse(run.stdout).findings.map((f: { file: string }) => f.file);
    assert.deepEqual(files, ['src/leak.ts']);
  });

  describe('SARIF', () => {
    let validate: ReturnType<typeof sarifValidator>;
    before(() => {
      validate = sarifValidator();
    });

    const crossFile = () =>
      workspace({
        'src/llm.ts': "import OpenAI from 'openai';\nconst openai = new OpenAI();\nexport async function ask(q: string) {\n  return (await openai.responses.create({ model: 'm', input: q })).output_text;\n}\n",
        'src/route.ts': "import { ask } from './llm';\nexport async function run(q: string) {\n  eval(await ask(q));\n}\n",
      });

    it('validates against the SARIF 2.1.0 schema, with findings and without', async () => {
      for (const root of [leaky(), crossFile(), workspace({ 'a.ts': '' })]) {
        const run = await runCliInProcess(['scan', '--format', 'sarif', '--output', 'out.sarif'], root);
        const log = JSON.parse(readFileSync(path.join(root, 'out.sarif'), 'utf8'));
        assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 3)));
        assert.equal(log.runs[0].results.length, run.code === 1 ? 1 : 0);
      }
    });

    it('a flow across files is a code flow: source in one file, sink in another', async () => {
      const run = await runCliInProcess(['scan', '--format', 'sarif'], crossFile());
      const [result] = JSON.parse(run.stdout).runs[0].results;
      assert.equal(result.ruleId, 'llm/output-to-sink');
      const steps = result.codeFlows[0].threadFlows[0].locations.map((l: { location: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } } }) => `${l.location.physicalLocation.artifactLocation.uri}:${l.location.physicalLocation.region.startLine}`);
      assert.deepEqual([steps[0], steps[steps.length - 1]], ['src/llm.ts:4', 'src/route.ts:3']);
      const text = await runCliInProcess(['scan'], crossFile());
      assert.match(text.stdout, /↳ src\/llm\.ts:4: The model output comes from this call\./);
    });

    it('carries what GitHub code scanning needs: rule, level, region, fingerprint', async () => {
      const run = await runCliInProcess(['scan', '--format', 'sarif'], leaky());
      const [result] = JSON.parse(run.stdout).runs[0].results;
      assert.equal(result.ruleId, 'secret/openai');
      assert.equal(result.level, 'error');
      assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'src/app.ts');
      assert.equal(result.locations[0].physicalLocation.region.startLine, 2);
      assert.match(result.partialFingerprints['microappGuard/v1'], /^[0-9a-f]{32}$/);
    });
  });

  it('the bundled CLI runs as a real process with the same exit codes', { skip: !existsSync('dist/cli.js') && 'run npm run build first' }, () => {
    const root = leaky();
    const cli = path.resolve('dist/cli.js');
    assert.equal(spawnSync(process.execPath, [cli, 'scan'], { cwd: root }).status, 1);
    assert.equal(spawnSync(process.execPath, [cli, 'scan', 'src/clean.ts'], { cwd: root }).status, 0);
    const bad = spawnSync(process.execPath, [cli, 'scan', '--format', 'xml'], { cwd: root, encoding: 'utf8' });
    assert.equal(bad.status, 2);
    assert.doesNotMatch(bad.stderr, /\n\s+at /, 'no stack trace');
    assert.match(execFileSync(process.execPath, [cli, '--version'], { encoding: 'utf8' }), /^\d+\.\d+\.\d+/);
  });

  it('the bundled CLI keeps V8\'s code cache for its engine, and a damaged cache costs nothing but time', { skip: !existsSync('dist/cli.js') && 'run npm run build first' }, () => {
    const root = leaky();
    const cli = path.resolve('dist/cli.js');
    const temp = mkdtempSync(path.join(tmpdir(), 'mag-compile-cache-'));
    const run = () => spawnSync(process.execPath, [cli, 'scan', '--no-cache', '--format', 'json'], { cwd: root, encoding: 'utf8', env: { ...process.env, TMPDIR: temp } });
    const first = run();
    const cacheDir = readdirSync(temp).find((name) => name.startsWith('microapp-guard-compile-cache-'));
    assert.ok(cacheDir, 'the first run leaves a code cache');
    const second = run();
    assert.equal(second.status, first.status);
    assert.deepEqual(JSON.parse(second.stdout).findings, JSON.parse(first.stdout).findings, 'the same findings from a cached engine');
    // Node 22.1+ keeps its own cache layout there (module.enableCompileCache); older Node, ours.
    if ('enableCompileCache' in Module) return;
    const files = readdirSync(path.join(temp, cacheDir)).sort();
    assert.equal(files.length, 2, files.join());
    assert.match(files[0], /^cacheAnswer-[0-9a-f]{16}\.bin$/, 'the bundle that answers from the scan cache');
    const file = files[1];
    assert.match(file, /^engine-[0-9a-f]{16}\.bin$/);
    writeFileSync(path.join(temp, cacheDir, file), 'not V8 data');
    // Data of other builds: written two days ago it goes when the cache is written, written just now it stays.
    const stale = path.join(temp, cacheDir, 'engine-0000000000000000.bin');
    const recent = path.join(temp, cacheDir, 'engine-1111111111111111.bin');
    writeFileSync(stale, 'another build');
    writeFileSync(recent, 'another build');
    const twoDaysAgo = Date.now() / 1000 - 2 * 86_400;
    utimesSync(stale, twoDaysAgo, twoDaysAgo);
    const damaged = run();
    assert.ok(!existsSync(stale), 'old data of another build is removed');
    assert.ok(existsSync(recent), 'recent data of another build is kept');
    assert.equal(damaged.status, first.status);
    assert.deepEqual(JSON.parse(damaged.stdout).findings, JSON.parse(first.stdout).findings, 'rejected data: the engine compiles as usual');
    assert.notEqual(readFileSync(path.join(temp, cacheDir, file), 'utf8'), 'not V8 data', 'and the cache is written again');
  });
});
