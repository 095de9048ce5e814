import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LLM_APIS, type CatalogueLanguage, type RowExamples } from '../../src/core/scan/catalogue/llmApis';
import { SINKS } from '../../src/core/scan/catalogue/sinks';
import { SOURCES } from '../../src/core/scan/catalogue/sources';
import { scanDocument } from '../../src/core/scan/scanDocument';

const FILE: Record<CatalogueLanguage, string> = { typescript: 'src/app.ts', python: 'app/main.py' };

async function ruleIds(language: CatalogueLanguage, code: string): Promise<string[]> {
  return (await scanDocument({ file: FILE[language], text: code })).map((f) => `${f.ruleId}:${f.severity}`);
}

type Wrap = (language: CatalogueLanguage, code: string) => string;
const asIs: Wrap = (_language, code) => code;
/** LLM API rows show the call: put it in a request handler (imports stay on top). */
const inHandler: Wrap = (language, code) => {
  const lines = code.split('\n');
  const imports = lines.filter((line) => /^(import|from) /.test(line));
  const body = lines.filter((line) => !/^(import|from) /.test(line));
  return language === 'python'
    ? ['from flask import request', ...imports, ...body].join('\n')
    : [...imports, "app.post('/x', async (req, res) => {", ...body.map((line) => `  ${line}`), '});'].join('\n');
};

/** Each row: every example yields the rule's finding, every look-alike of the same shape yields none. */
function rowTests(table: string, rows: readonly (RowExamples & { id: string })[], expected: string, wrap: Wrap = asIs): void {
  describe(`${table} catalogue`, () => {
    for (const row of rows) {
      for (const language of ['typescript', 'python'] as const) {
        const example = row.examples[language] && wrap(language, row.examples[language]);
        const lookAlike = row.lookAlikes[language] && wrap(language, row.lookAlikes[language]);
        if (!example && !lookAlike) continue;
        it(`${row.id} (${language})`, async () => {
          assert.ok(example && lookAlike, `${row.id} needs both an example and a look-alike in ${language}`);
          const wanted = row.exampleRule ?? expected;
          assert.ok((await ruleIds(language, example)).some((id) => id.startsWith(wanted)), `example of ${row.id} should give ${wanted}:\n${example}`);
          assert.deepEqual(await ruleIds(language, lookAlike), [], `look-alike of ${row.id} should give nothing:\n${lookAlike}`);
        });
      }
    }
  });
}

rowTests('LLM API', LLM_APIS, 'prompt/untrusted-interpolation:', inHandler);
rowTests('source', SOURCES, 'prompt/untrusted-interpolation:error');
rowTests('sink', SINKS, 'llm/output-to-sink:error');

describe('catalogue coverage', () => {
  it('every row has at least one example', () => {
    for (const row of [...LLM_APIS, ...SOURCES, ...SINKS]) assert.ok(Object.keys(row.examples).length > 0, row.id);
  });
});

describe('docs/catalogues.md', () => {
  it('is current with the catalogues (npm run docs:catalogues)', async () => {
    const { readFileSync } = await import('node:fs');
    const { catalogueMarkdown } = await import('../../scripts/writeCatalogueDocs');
    assert.equal(readFileSync('docs/catalogues.md', 'utf8'), catalogueMarkdown());
  });
});
