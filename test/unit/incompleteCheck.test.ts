// One file the engine cannot handle costs that file's flows, never the scan: the other files, and the other rules in
// that file, are still reported, and the user is told which file and why (no stack trace).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { SyntaxTreeCache } from '../../src/core/scan/code/parseCode';
import { WorkspaceIndex } from '../../src/core/scan/flow/workspaceIndex';
import type { IncompleteCheck } from '../../src/core/scan/incompleteCheck';
import type { Rule } from '../../src/core/scan/rule';
import { ALL_RULES } from '../../src/core/scan/rules';
import { scanDocument } from '../../src/core/scan/scanDocument';
import { scanFiles } from '../../src/core/scan/scanFiles';
import { scanOpenDocument } from '../../src/extension/documentScan';
import { SECRET_SAMPLES } from './helpers/fakeSecrets';
import { runCliInProcess } from './helpers/runCliInProcess';
import { sarifValidator } from './helpers/sarifSchema';

// Generated code as it is met: thousands of nested brackets, or one expression of thousands of terms, one per line
// (a single long line would be skipped as minified). Each outgrows a recursive parser's or walker's call stack. Each
// file calls a model, so the flow rules parse it (a file with no model, tool, source or sink shape is never parsed).
const DEPTH = 5000;
const callTs = 'export const ask = (q: string) => new OpenAI().chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: q }] });\n';
const nestedTs = `import OpenAI from "openai";\n${SECRET_SAMPLES['secret/openai']}\n${callTs}export const x = ${'(\n'.repeat(DEPTH)}1${')\n'.repeat(DEPTH)};\n`;
const longSumTs = `import OpenAI from "openai";\n${callTs}export function total(q: number) {\n  return q${'\n    + q'.repeat(DEPTH)};\n}\n`;
const nestedPy = `from openai import OpenAI\ndef ask(q):\n    return OpenAI().chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": q}])\ndef f(q):\n    return ${'(\n'.repeat(DEPTH)}q${')\n'.repeat(DEPTH)}\n`;
const modelToEval = `import OpenAI from "openai";\nconst client = new OpenAI();\nexport async function run(q: string) {\n  const r = await client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: q }] });\n  return eval(r.choices[0].message.content ?? "");\n}\n`;

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'mag-incomplete-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return root;
}

const generated = () => workspace({ 'src/nested.ts': nestedTs, 'src/sum.ts': longSumTs, 'src/nested.py': nestedPy, 'src/run.ts': modelToEval });

describe('a file the engine cannot analyse', () => {
  it('loses only its own flows: the other files and its secrets are reported, and it is named with the reason', async () => {
    const root = generated();
    const summary = await scanFiles({ paths: ['.'], base: root, config: { rules: {}, ignore: [] } });
    const found = summary.findings.map((f) => `${f.file} ${f.ruleId}`).sort();
    assert.deepEqual(found, ['src/nested.ts secret/openai', 'src/run.ts llm/output-to-sink']);
    assert.equal(summary.filesScanned, 4);
    const incomplete = (summary.incomplete ?? []).map((f) => `${f.file} ${f.part}`).sort();
    assert.deepEqual(incomplete, ['src/nested.py syntax tree', 'src/nested.ts syntax tree', 'src/sum.ts syntax tree']);
    for (const failure of summary.incomplete ?? []) assert.match(failure.reason, /nested too deeply to analyse/);
  });

  it('a failing rule loses only its own findings in that file; without a listener the failure is thrown', async () => {
    const broken: Rule = {
      meta: [{ id: 'test/broken', title: 'broken', description: 'always fails', defaultSeverity: 'error' }],
      appliesTo: () => true,
      check: () => {
        throw new TypeError("Cannot read properties of undefined (reading 'name')");
      },
    } as unknown as Rule;
    const input = { file: 'src/app.ts', text: `import OpenAI from "openai";\n${SECRET_SAMPLES['secret/openai']}\n`, rules: [broken, ...ALL_RULES] };
    const told: IncompleteCheck[] = [];
    const findings = await scanDocument({ ...input, onIncomplete: (failure) => told.push(failure) });
    assert.deepEqual(findings.map((f) => f.ruleId), ['secret/openai']);
    assert.deepEqual(told, [{ file: 'src/app.ts', part: 'test/broken', reason: "internal error: Cannot read properties of undefined (reading 'name') (please report it with this file)" }]);
    await assert.rejects(scanDocument(input), /reading 'name'/);
  });

  it('in the editor: the document keeps its other diagnostics and says what it could not check', async () => {
    const result = await scanOpenDocument({ file: 'src/nested.ts', text: nestedTs, config: { rules: {} } }, new WorkspaceIndex(), new SyntaxTreeCache());
    assert.deepEqual(result.findings.map((f) => f.ruleId), ['secret/openai']);
    assert.deepEqual(result.incomplete.map((f) => f.part), ['syntax tree']);
  });

  describe('the CLI', () => {
    let validate: ReturnType<typeof sarifValidator>;
    before(() => {
      validate = sarifValidator();
    });

    it('prints the findings, names each file not fully checked with its reason, and never a stack trace', async () => {
      const run = await runCliInProcess(['scan', '--no-cache'], generated());
      assert.equal(run.code, 1, 'the findings decide the exit code, as in any scan');
      assert.match(run.stdout, /^src\/sum\.ts: not fully checked \(syntax tree\): its code is nested too deeply to analyse \(the call stack ran out\); ignore it in the config if it is generated\.$/m);
      assert.match(run.stdout, /Scanned 4 file\(s\); 3 not fully checked \(the other rules' findings there are reported\)\.\n$/);
      assert.doesNotMatch(run.stdout + run.stderr, /\n\s+at /);
    });

    it('JSON lists them; SARIF gives each as a tool notification and stays valid', async () => {
      const json = JSON.parse((await runCliInProcess(['scan', '--no-cache', '--format', 'json'], generated())).stdout);
      assert.deepEqual(json.incomplete.map((f: IncompleteCheck) => f.file).sort(), ['src/nested.py', 'src/nested.ts', 'src/sum.ts']);
      const sarif = JSON.parse((await runCliInProcess(['scan', '--no-cache', '--format', 'sarif'], generated())).stdout);
      assert.ok(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3)));
      const notes = sarif.runs[0].invocations[0].toolExecutionNotifications;
      assert.deepEqual(notes.map((n: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => n.locations[0].physicalLocation.artifactLocation.uri).sort(), ['src/nested.py', 'src/nested.ts', 'src/sum.ts']);
      assert.equal(sarif.runs[0].results.length, 2);
    });
  });
});
