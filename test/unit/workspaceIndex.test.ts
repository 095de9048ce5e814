import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCode } from '../../src/core/scan/code/parseCode';
import { WorkspaceIndex } from '../../src/core/scan/flow/workspaceIndex';

const update = async (index: WorkspaceIndex, file: string, text: string) => index.update(file, text, await parseCode(file, text, 'typescript'));

const helper = (unusedBody: string, clipBody: string) =>
  `export function clip(text: string) { ${clipBody} }\nexport function unused(value: string) { ${unusedBody} }\n`;
const app = `import OpenAI from 'openai';\nimport { clip } from './helper';\nconst openai = new OpenAI();\nexport async function ask(q: string) {\n  const r = await openai.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: clip(q) }] });\n  return r.choices[0].message.content;\n}\n`;

describe('workspace index: when an analysis is still current', () => {
  it('while the index would answer every question it asked the same way, whatever else changed', async () => {
    const index = new WorkspaceIndex();
    await update(index, 'src/helper.ts', helper('return 1;', 'return text.slice(0, 100);'));
    await update(index, 'src/app.ts', app);
    assert.ok(index.currentAnalysis('src/app.ts', app), 'just analysed');
    assert.equal(index.currentAnalysis('src/app.ts', `${app}\n// edited`), undefined, 'another text is another analysis');

    // The helper analysed again to the same summaries, and a change to a function the app never calls: still current.
    await update(index, 'src/helper.ts', helper('return 1;', 'return text.slice(0, 100);'));
    assert.ok(index.currentAnalysis('src/app.ts', app), 'same summaries');
    await update(index, 'src/helper.ts', helper('return value;', 'return text.slice(0, 100);'));
    assert.ok(index.currentAnalysis('src/app.ts', app), 'a function the app does not call changed');

    // The function it calls now returns something else: the app must be analysed again.
    await update(index, 'src/helper.ts', helper('return value;', 'return "fixed";'));
    assert.equal(index.currentAnalysis('src/app.ts', app), undefined, 'clip no longer returns its parameter');
    await update(index, 'src/app.ts', app);
    assert.ok(index.currentAnalysis('src/app.ts', app));
    index.remove('src/helper.ts');
    assert.equal(index.currentAnalysis('src/app.ts', app), undefined, 'a removed helper is an answer that changed');
  });

  it('anonymous classes (`class extends Base {}`) in different files are not one family', async () => {
    const index = new WorkspaceIndex();
    await update(index, 'src/a.ts', 'export const A = class extends Alpha { run() { return 1; } };\n');
    await update(index, 'src/b.ts', 'export const B = class extends Beta { run() { return 2; } };\n');
    assert.deepEqual(index.basesOf(''), []);
    assert.deepEqual(index.basesOf('Gamma'), []);
  });
});
