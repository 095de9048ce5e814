// `scan --changed`: findings in the changed files and their importers are exactly a full scan's, nothing else is
// reported, a changed manifest or config widens it to everything, and git problems read as instructions.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG } from '../../src/core/config/scanConfig';
import type { Finding } from '../../src/core/scan/finding';
import { changedScope, ChangedFilesError, gitFilesMentioning, scanChanged } from '../../src/core/scan/scanChanged';
import { listFiles } from '../../src/core/scan/workspaceFiles';
import { scanFiles } from '../../src/core/scan/scanFiles';
import { SECRET_SAMPLES } from './helpers/fakeSecrets';
import { runCliInProcess } from './helpers/runCliInProcess';
import { tempFolder } from './helpers/tempFolder';

const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd, stdio: 'pipe' });
const committed = (root: string) => (git(root, 'init', '-q'), git(root, 'add', '-A'), git(root, 'commit', '-qm', 'start'), root);
const key = (finding: Finding) => `${finding.file}:${finding.range.start.line}:${finding.ruleId}:${finding.message}`;
const options = (root: string) => ({ paths: ['.'], base: root, config: DEFAULT_CONFIG });

const APP = {
  'src/analyst.ts': `import OpenAI from 'openai';
const openai = new OpenAI();
export async function writeQuery(question: string): Promise<string> {
  const completion = await openai.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: question }] });
  return completion.choices[0].message.content ?? '';
}
`,
  'src/route.ts': `import { writeQuery } from './analyst';
import { db } from './db';
export async function handle(question: string) {
  const sql = await writeQuery(question);
  return db.query(sql);
}
`,
  'src/db.ts': 'export const db = { query: (sql: string) => sql };\n',
  'src/settings.ts': `${SECRET_SAMPLES['secret/openai']}\n`,
};

describe('scan --changed', () => {
  it('reports the changed file and its importers, as a full scan would, and nothing else', async () => {
    const root = committed(tempFolder('mag-changed-', APP));
    appendFileSync(path.join(root, 'src/analyst.ts'), '// tuned the prompt\n');
    const full = await scanFiles(options(root));
    const changed = await scanChanged({ ...options(root), gitBase: 'HEAD' });
    assert.equal(changed.changed, 1);
    assert.equal(changed.dependents, 1, 'route.ts imports analyst.ts');
    const inScope = new Set(['src/analyst.ts', 'src/route.ts']);
    assert.deepEqual(changed.summary.findings.map(key).sort(), full.findings.filter((f) => inScope.has(f.file)).map(key).sort());
    assert.ok(changed.summary.findings.some((f) => f.file === 'src/route.ts' && f.ruleId === 'llm/output-to-sink'), 'the flow across files is still found');
    assert.ok(full.findings.some((f) => f.file === 'src/settings.ts'), 'the unchanged file has a finding a full scan reports');
    assert.ok(!changed.summary.findings.some((f) => f.file === 'src/settings.ts'), '--changed leaves it out');
  });

  it('gives a full scan\'s findings on real apps after a one-file edit', async () => {
    for (const app of ['tuning/vercel-ai-chatbot', 'tuning/langchain-nextjs-template', 'tuning/pandasai-2.4.2', 'tuning/gpt-researcher']) {
      const root = mkdtempSync(path.join(tmpdir(), 'mag-changed-app-'));
      cpSync(path.join(__dirname, '../corpus', app), root, { recursive: true });
      committed(root);
      const files = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n').filter((file) => /\.(py|ts|tsx)$/.test(file));
      const edited = files.sort()[Math.floor(files.length / 2)];
      appendFileSync(path.join(root, edited), edited.endsWith('.py') ? '\n# edited\n' : '\n// edited\n');
      const changed = await scanChanged({ ...options(root), gitBase: 'HEAD' });
      const full = await scanFiles(options(root));
      const reported = new Set(changed.summary.findings.map((finding) => finding.file));
      const expected = full.findings.filter((finding) => reported.has(finding.file) || finding.file === edited);
      assert.deepEqual(changed.summary.findings.map(key).sort(), expected.map(key).sort(), `${app}, ${edited} edited`);
    }
  });

  it('a changed prompt file re-checks the code that names it: the finding moves with the template', async () => {
    const root = committed(tempFolder('mag-changed-prompty-', {
      'agents/writer.prompty': '---\nname: Writer\n---\nsystem:\nYou write short articles.\n\nuser:\n{{research}}\n',
      'agents/writer.py': 'import prompty\nimport requests\n\ndef write(url):\n    page = requests.get(url).text\n    return prompty.execute("writer.prompty", inputs={"research": page})\n',
      'agents/other.py': 'def other():\n    return 1\n',
    }));
    const severities = (findings: Finding[]) => findings.filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.file}:${f.range.start.line + 1} ${f.severity}`);
    assert.deepEqual(severities((await scanFiles(options(root))).findings), ['agents/writer.py:6 warning']);
    // The page moves into the system section: an error now, found by --changed though no code file changed.
    writeFileSync(path.join(root, 'agents/writer.prompty'), '---\nname: Writer\n---\nsystem:\nYou write short articles from this research: {{research}}\n');
    const changed = await scanChanged({ ...options(root), gitBase: 'HEAD' });
    assert.equal(changed.dependents, 1, 'writer.py names writer.prompty');
    assert.deepEqual(severities(changed.summary.findings), ['agents/writer.py:6 error']);
    assert.deepEqual(severities(changed.summary.findings), severities((await scanFiles(options(root))).findings));
  });

  it('a Teams AI skprompt.txt that starts rendering the state an action keeps re-checks the code: the finding appears', async () => {
    const code = "import * as path from 'path';\nimport { ActionPlanner, PromptManager } from '@microsoft/teams-ai';\nconst prompts = new PromptManager({ promptsFolder: path.join(__dirname, '../src/prompts') });\nconst planner = new ActionPlanner({ model, prompts, defaultPrompt: 'default' });\napp.ai.action('addNote', async (context, state, parameters) => {\n  state.conversation.notes.push(parameters.text);\n  return 'added';\n});\n";
    const root = committed(tempFolder('mag-changed-skprompt-', { 'src/index.ts': code, 'src/prompts/default/skprompt.txt': 'You keep notes for the team.\n' }));
    const prompts = (findings: Finding[]) => findings.filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.file}:${f.range.start.line + 1} ${f.severity}`);
    assert.deepEqual(prompts((await scanFiles(options(root))).findings), []);
    writeFileSync(path.join(root, 'src/prompts/default/skprompt.txt'), 'You keep notes for the team.\n\nnotes:\n{{$conversation.notes}}\n');
    const changed = await scanChanged({ ...options(root), gitBase: 'HEAD' });
    assert.deepEqual(prompts(changed.summary.findings), ['src/index.ts:6 error']);
  });

  it('scans everything when a manifest or the config changed', async () => {
    const root = committed(tempFolder('mag-changed-', { ...APP, 'microapp.yaml': 'apiVersion: microapp/v1\n' }));
    writeFileSync(path.join(root, 'microapp.yaml'), 'apiVersion: microapp/v1\n# owner changed\n');
    const changed = await scanChanged({ ...options(root), gitBase: 'HEAD' });
    assert.equal(changed.everything, true);
    assert.ok(changed.summary.findings.some((f) => f.file === 'src/settings.ts'));
  });

  it('counts untracked files as changed, and nothing changed means nothing reported', async () => {
    const root = committed(tempFolder('mag-changed-', APP));
    assert.deepEqual((await scanChanged({ ...options(root), gitBase: 'HEAD' })).summary.findings, []);
    writeFileSync(path.join(root, 'src/report.ts'), `${SECRET_SAMPLES['secret/openai']}\n`);
    const changed = await scanChanged({ ...options(root), gitBase: 'HEAD' });
    assert.deepEqual([...new Set(changed.summary.findings.map((f) => f.file))], ['src/report.ts']);
  });

  it('explains a folder outside git and an unknown base', async () => {
    await assert.rejects(scanChanged({ ...options(tempFolder('mag-changed-', APP)), gitBase: 'HEAD' }), (error: Error) => error instanceof ChangedFilesError && /needs a git repository/.test(error.message));
    const root = committed(tempFolder('mag-changed-', APP));
    await assert.rejects(scanChanged({ ...options(root), gitBase: 'origin/nope' }), (error: Error) => error instanceof ChangedFilesError && /git fetch origin nope/.test(error.message));
  });

  it('a change that reaches much of the tree, with the last full scan cached, is reported from a cached scan of every file: the same findings', async () => {
    // 60 routes import one helper that runs what it is given; one settings file holds a key.
    const files: Record<string, string> = {
      'src/runner.ts': "import { execSync } from 'node:child_process';\nexport function run(command: string) {\n  return execSync(command);\n}\n",
      'src/settings.ts': `${SECRET_SAMPLES['secret/openai']}\n`,
    };
    for (let i = 0; i < 60; i++) {
      files[`src/routes/route${i}.ts`] = `import OpenAI from 'openai';\nimport { run } from '../runner';\nconst openai = new OpenAI();\nexport async function handle${i}() {\n  const out = (await openai.responses.create({ model: 'm', input: 'x' })).output_text;\n  return run(out);\n}\n`;
    }
    const root = committed(tempFolder('mag-changed-wide-', files));
    // An hour old (out of the racy window), as files are when a change is made to an old tree.
    const past = Math.floor(Date.now() / 1000) - 3600;
    for (const file of Object.keys(files)) utimesSync(path.join(root, file), past, past);
    const cache = { dir: path.join(root, '.microapp-guard-cache'), key: 'engine-1', maxBytes: 64 * 1024 * 1024 };
    await scanFiles({ ...options(root), cache });
    appendFileSync(path.join(root, 'src/runner.ts'), '// quoted the command\n');
    const cached = await scanChanged({ ...options(root), cache, gitBase: 'HEAD' });
    const scoped = await scanChanged({ ...options(root), gitBase: 'HEAD' });
    assert.equal(cached.wholeTree, true);
    assert.equal(scoped.wholeTree, false, 'no cache: only the closure is read');
    // (A comment changes no summary: the routes' kept analyses still hold, so only the edited file is read.)
    assert.equal(cached.summary.filesRead, 1, `${cached.summary.reusedFiles} reused, ${cached.summary.filesRead} read`);
    assert.equal(cached.summary.reusedFiles, 61);
    assert.equal(cached.dependents, 60);
    assert.deepEqual(cached.summary.findings.map(key).sort(), scoped.summary.findings.map(key).sort());
    assert.equal(cached.summary.findings.filter((f) => f.ruleId === 'llm/output-to-sink').length, 60);
    assert.ok(!cached.summary.findings.some((f) => f.file === 'src/settings.ts'), 'still only the changed files and their importers');
    // A leaf change stays a scan of its closure, cache or not.
    appendFileSync(path.join(root, 'src/settings.ts'), '// rotated\n');
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'runner');
    appendFileSync(path.join(root, 'src/settings.ts'), '// rotated again\n');
    const leaf = await scanChanged({ ...options(root), cache, gitBase: 'HEAD' });
    assert.equal(leaf.wholeTree, false);
    assert.deepEqual(leaf.summary.findings.map((f) => f.file), ['src/settings.ts']);
  });

  it('through the CLI: says what it scanned, and --base alone is a usage error', async () => {
    const root = committed(tempFolder('mag-changed-', APP));
    appendFileSync(path.join(root, 'src/settings.ts'), '// rotated\n');
    const run = await runCliInProcess(['scan', '--changed', '--base', 'HEAD'], root);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /--changed: 1 file\(s\) changed since HEAD, 0 import them/);
    assert.match(run.stdout, /src\/settings\.ts/);
    const alone = await runCliInProcess(['scan', '--base', 'HEAD'], root);
    assert.equal(alone.code, 2);
    assert.match(alone.stderr, /--base goes with --changed/);
  });
});

describe('finding importers without reading the tree', () => {
  it('git grep names tracked and untracked files that mention a stem, not ignored ones; only those are read', () => {
    const root = committed(tempFolder('mag-mention-', { ...APP, '.gitignore': 'build/\n', 'build/copy.ts': "import { writeQuery } from '../src/analyst';\n" }));
    writeFileSync(path.join(root, 'src/report.ts'), "import { writeQuery } from './analyst';\n");
    assert.deepEqual([...gitFilesMentioning(root, ['analyst'])!].sort(), ['src/report.ts', 'src/route.ts']);
    assert.deepEqual([...gitFilesMentioning(root, ['no-such-word-here'])!], []);
    assert.equal(gitFilesMentioning(mkdtempSync(path.join(tmpdir(), 'mag-nogit-')), ['analyst']), undefined, 'outside a repository: undefined, so every file is read');

    const { files } = listFiles(['.'], { base: root });
    const readFiles: string[] = [];
    const read = (file: { relative: string; absolute: string }) => (readFiles.push(file.relative), readFileSync(file.absolute, 'utf8'));
    const scope = changedScope(files, read, ['src/analyst.ts'], (stems) => gitFilesMentioning(root, stems));
    assert.deepEqual([...scope.report].sort(), ['src/analyst.ts', 'src/report.ts', 'src/route.ts']);
    assert.ok(!readFiles.includes('src/settings.ts'), `read without need: ${readFiles.join(', ')}`);
    const everyRead: string[] = [];
    const unfiltered = changedScope(files, (file) => (everyRead.push(file.relative), readFileSync(file.absolute, 'utf8')), ['src/analyst.ts']);
    assert.deepEqual([...unfiltered.report].sort(), [...scope.report].sort(), 'the same scope as reading every file');
    assert.ok(everyRead.includes('src/settings.ts'));
  });
});
