import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SyntaxTreeCache } from '../../src/core/scan/code/parseCode';
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
