import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCode, SyntaxTreeCache } from '../../src/core/scan/code/parseCode';
import type { CodeModel, Expr } from '../../src/core/scan/code/codeModel';
import { scanDocument } from '../../src/core/scan/scanDocument';
import { generateLlmAppSource } from '../../bench/generatedSources';

const strip = (findings: Awaited<ReturnType<typeof scanDocument>>) => findings.map(({ ruleId, range, message }) => ({ ruleId, range, message }));

describe('incremental re-parsing', () => {
  it('gives the same findings as a fresh parse, edit after edit', async () => {
    const cache = new SyntaxTreeCache();
    let text = `${generateLlmAppSource(300)}\napp.post('/x', async (req, res) => {\n  await openai.responses.create({ model: 'm', tools, instructions: \`Answer \${req.body.q}\` });\n});\n`;
    const edits: [RegExp | string, string][] = [
      ['// Handler 3', '// Handler three, renamed'],
      ['instructions:', 'system:'],
      [/\n/, '\nconst extra = 1;\n'],
      ['system:', 'instructions:'],
      ["model: 'm'", "model: 'gpt'"],
    ];
    for (const [find, replace] of [['', ''] as [string, string], ...edits]) {
      text = text.replace(find, replace);
      const incremental = await scanDocument({ file: 'src/app.ts', text, syntaxCache: cache });
      const fresh = await scanDocument({ file: 'src/app.ts', text });
      assert.deepEqual(strip(incremental), strip(fresh));
      assert.ok(fresh.some((f) => f.ruleId === 'prompt/untrusted-interpolation'));
    }
  });
});

/** The model as plain data: every position, name and nesting, for comparing two models field by field. */
function plainModel(model: CodeModel): unknown {
  const expr = (e: Expr | undefined): unknown =>
    e && { kind: e.kind, start: e.start, end: e.end, text: e.text, literal: e.literal, callee: e.callee, parts: e.parts?.map(expr), args: e.args?.map(expr), elements: e.elements?.map(expr), properties: e.properties && Object.fromEntries(Object.entries(e.properties).map(([k, v]) => [k, expr(v)])), children: e.children.map(expr) };
  return {
    ...model,
    scopes: model.scopes.map((scope) => ({
      ...scope,
      returns: scope.returns?.map(expr), calls: scope.calls.map(expr), strings: scope.strings.map(expr),
      assignments: scope.assignments.map((a) => ({ ...a, value: expr(a.value) })), propertyWrites: scope.propertyWrites.map((w) => ({ ...w, value: expr(w.value) })),
    })),
  };
}

describe('incremental model building', () => {
  it('a statement that redefines a class keeps its own class bases and attribute classes when it is reused', async () => {
    const cache = new SyntaxTreeCache();
    const first = 'class Agent extends Base { runner: Runner }\nconst gap = 1;\nclass Agent extends Other { runner = new Shell() }\n';
    await parseCode('src/agent.ts', first, 'typescript', cache);
    const edited = first.replace('const gap = 1;', 'const gap = 2;');
    const incremental = await parseCode('src/agent.ts', edited.replace('extends Base', 'extends Base2'), 'typescript', cache);
    const fresh = await parseCode('src/agent.ts', edited.replace('extends Base', 'extends Base2'), 'typescript');
    assert.deepEqual(plainModel(incremental!), plainModel(fresh!));
    assert.deepEqual(incremental!.classBases.Agent, ['Other']);
  });


  it('a reused statement keeps its checks against a list where they now are (an edit above moved them)', async () => {
    const cache = new SyntaxTreeCache();
    const code = (head: string) => `${head}\nexport async function get(kind: string) {\n  if (!ALLOWED.includes(kind)) throw new Error('no');\n  return execSync(\`kubectl get \${kind}\`);\n}\n`;
    await parseCode('src/get.ts', code('const ALLOWED = ["pods"];'), 'typescript', cache);
    const edited = code('const ALLOWED = ["pods", "services"];\nconst extra = 1;');
    const incremental = await parseCode('src/get.ts', edited, 'typescript', cache);
    const fresh = await parseCode('src/get.ts', edited, 'typescript');
    assert.deepEqual(plainModel(incremental!), plainModel(fresh!));
    assert.ok(fresh!.scopes.some((scope) => scope.assignments.some((a) => a.checkedFrom !== undefined)));
  });

  // Real files, edited at many places: inside a function, between statements, in an import, adding and removing lines.
  const files = ['chatbot-ui/app/api/chat/tools/route.ts', 'vercel-ai-chatbot/app/(chat)/api/chat/route.ts', 'chatbot-ui/lib/build-prompt.ts'];
  for (const file of files) {
    it(`keeps untouched statements' parts and gives the model a fresh parse gives: ${file}`, async () => {
      const original = readFileSync(path.join(import.meta.dirname, '../corpus/tuning', file), 'utf8');
      const cache = new SyntaxTreeCache();
      let text = original;
      await parseCode(file, text, 'typescript', cache);
      const step = Math.max(1, Math.floor(original.length / 40));
      for (let at = 0, n = 0; at < text.length; at += step, n++) {
        // Alternate: insert a line, insert text inside a line, delete a few characters (syntax errors included).
        text = n % 3 === 0 ? `${text.slice(0, at)}\nconst inserted${n} = "x";\n${text.slice(at)}` : n % 3 === 1 ? `${text.slice(0, at)}q${n}${text.slice(at)}` : `${text.slice(0, at)}${text.slice(at + 3)}`;
        const incremental = await parseCode(file, text, 'typescript', cache);
        const fresh = await parseCode(file, text, 'typescript');
        assert.deepEqual(plainModel(incremental!), plainModel(fresh!), `after edit ${n} at ${at}`);
      }
    });
  }
});
