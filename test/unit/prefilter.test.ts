import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG } from '../../src/core/config/scanConfig';
import { nearestManifestLookup } from '../../src/core/manifest/manifestFacts';
import { commentRanges, isDeclarationFile } from '../../src/core/scan/code/codeText';
import { scanFiles } from '../../src/core/scan/scanFiles';

// The prefilters (which files the index parses, which the flow rules look at) must never lose a finding: on every
// corpus app and template, a prefiltered scan and one that parses and checks every code file report the same.
const roots = [
  ...['tuning', 'held-out'].flatMap((half) => readdirSync(path.join('test/corpus', half)).map((app) => path.join('test/corpus', half, app))),
  ...readdirSync('templates').filter((t) => !t.startsWith('_')).map((t) => path.join('templates', t, 'files')),
  'examples/leaky-assistant',
];

describe('prefilters lose no finding', () => {
  for (const root of roots) {
    it(root, async () => {
      const scan = (prefilter: boolean) => scanFiles({ paths: ['.'], base: root, config: DEFAULT_CONFIG, manifestFor: nearestManifestLookup(), prefilter });
      const [filtered, unfiltered] = [await scan(true), await scan(false)];
      const key = (f: { ruleId: string; file: string; range: { start: { line: number; character: number } }; message: string }) => `${f.ruleId}@${f.file}:${f.range.start.line}:${f.range.start.character} ${f.message}`;
      assert.deepEqual(filtered.findings.map(key).sort(), unfiltered.findings.map(key).sort());
      assert.ok(unfiltered.prefilter!.indexed >= filtered.prefilter!.indexed);
    });
  }
});

/** The text with every comment the scanner finds turned into spaces (line breaks kept): what the root test reads as code. */
function codeWithoutComments(text: string): string {
  let code = text;
  for (const [start, end] of commentRanges(text)) code = code.slice(0, start) + text.slice(start, end).replace(/[^\n]/g, ' ') + code.slice(end);
  return code;
}

describe('what starts the index', () => {
  it('reads code without its comments: strings, template literals and regular expressions keep their text', () => {
    const cases: [string, string][] = [
      ["const a = 1; // openai.chat.completions.create()\nconst b = '// kept';", "const a = 1;                                    \nconst b = '// kept';"],
      ['/** client.chat.completions.create({}) */\nreturn x / 2 / 3; // tail', `${' '.repeat(41)}\nreturn x / 2 / 3;        `],
      ['const re = /https?:\\/\\//; ask(); // c', 'const re = /https?:\\/\\//; ask();     '],
      ['const t = `a ${ {x: 1}.x } // kept ${y} b`; // c', 'const t = `a ${ {x: 1}.x } // kept ${y} b`;     '],
      ["const g = 'src/**/*.ts'; openai.chat.completions.create(); /* c */", "const g = 'src/**/*.ts'; openai.chat.completions.create();        "],
    ];
    for (const [text, code] of cases) assert.equal(codeWithoutComments(text), code);
    assert.ok(isDeclarationFile('types/index.d.ts') && isDeclarationFile('a.d.mts') && !isDeclarationFile('src/d.ts') && !isDeclarationFile('src/app.ts'));
  });

  it('a model call only in a comment, or in a declaration file, does not make a file a root; one in code does', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mag-roots-'));
    writeFileSync(path.join(dir, 'documented.js'), '/** Example: `await client.chat.completions.create({ messages })` */\nexport function format(text) { return text.trim(); }\n');
    writeFileSync(path.join(dir, 'client.d.ts'), 'export declare class Completions { create(body: unknown): Promise<unknown>; }\n/** client.chat.completions.create() */\n');
    const scan = async () => (await scanFiles({ paths: ['.'], base: dir, config: DEFAULT_CONFIG, manifestFor: nearestManifestLookup() })).prefilter!;
    assert.equal((await scan()).indexed, 0);
    writeFileSync(path.join(dir, 'app.js'), "import OpenAI from 'openai';\nconst client = new OpenAI();\nexport const ask = (q) => client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: q }] });\n");
    assert.equal((await scan()).indexed, 1);
  });

  it('a plain call reaches only what the file defines or imports: another file defining the name is not read; a method call of that name is', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mag-names-'));
    // An unrelated module (a library's second build, say) that defines `pickContext` and reads the request.
    writeFileSync(path.join(dir, 'other.js'), 'export function pickContext(req) { return req.body.context; }\n');
    writeFileSync(path.join(dir, 'app.js'), "import OpenAI from 'openai';\nconst client = new OpenAI();\nconst pickContext = (q) => q.slice(0, 100);\nexport const ask = (q) => client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: pickContext(q) }] });\n");
    const scan = async () => (await scanFiles({ paths: ['.'], base: dir, config: DEFAULT_CONFIG, manifestFor: nearestManifestLookup() })).prefilter!;
    assert.equal((await scan()).indexed, 1);
    // `helpers.pickContext(q)` on an object of unknown type may be other.js's function: it is read.
    writeFileSync(path.join(dir, 'app.js'), "import OpenAI from 'openai';\nconst client = new OpenAI();\nexport const ask = (q, helpers) => client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: helpers.pickContext(q) }] });\n");
    assert.equal((await scan()).indexed, 2);
  });
});
