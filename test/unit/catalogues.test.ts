import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DOCUMENT_PIPELINES, LLM_APIS, RETRIEVAL_CHAINS, type CatalogueLanguage, type RowExamples } from '../../src/core/scan/catalogue/llmApis';
import { SINKS } from '../../src/core/scan/catalogue/sinks';
import { SOURCES, TOOL_HINT } from '../../src/core/scan/catalogue/sources';
import { callsModelOrIsTool } from '../../src/core/scan/code/codeText';
import { scanDocument } from '../../src/core/scan/scanDocument';

const FILE: Record<CatalogueLanguage, string> = { typescript: 'src/app.ts', python: 'app/main.py' };

async function ruleIds(language: CatalogueLanguage, code: string): Promise<string[]> {
  // A row shown in JSX (`<ReactMarkdown …>`) needs a .tsx file to parse as such.
  const file = language === 'typescript' && /<[A-Z]\w*[\s>]/.test(code) ? 'src/app.tsx' : FILE[language];
  return (await scanDocument({ file, text: code })).map((f) => `${f.ruleId}:${f.severity}`);
}

type Wrap = (language: CatalogueLanguage, code: string) => string;
const asIs: Wrap = (_language, code) => code;
/**
 * LLM API rows show the call with `req`/`request` text in its instructions: make that text a page fetched from the
 * web, so it is someone else's (a finding in the instructions whatever the call; imports stay on top). (Not a tool's
 * arguments: the model relaying the person's request is judged as the person's text.)
 */
const inFetchedPage: Wrap = (language, code) => {
  const lines = code.split('\n');
  const imports = lines.filter((line) => /^(import|from) /.test(line));
  const body = lines.filter((line) => !/^(import|from) /.test(line));
  return language === 'python'
    ? ['import requests', ...imports, 'def lookup(url):', '    request = requests.get(url).json()', ...body.map((line) => `    ${line}`)].join('\n')
    : [...imports, 'async function lookup(url) {', '  const req = await (await fetch(url)).json();', ...body.map((line) => `  ${line}`), '}'].join('\n');
};

/** Each row: every example yields the rule's finding, every look-alike of the same shape yields none. */
function rowTests<Row extends RowExamples & { id: string }>(table: string, rows: readonly Row[], expected: (row: Row) => string, wrap: Wrap = asIs): void {
  describe(`${table} catalogue`, () => {
    for (const row of rows) {
      for (const language of ['typescript', 'python'] as const) {
        const example = row.examples[language] && wrap(language, row.examples[language]);
        const lookAlike = row.lookAlikes[language] && wrap(language, row.lookAlikes[language]);
        if (!example && !lookAlike) continue;
        it(`${row.id} (${language})`, async () => {
          assert.ok(example && lookAlike, `${row.id} needs both an example and a look-alike in ${language}`);
          const wanted = row.exampleRule ?? expected(row);
          assert.ok((await ruleIds(language, example)).some((id) => id.startsWith(wanted)), `example of ${row.id} should give ${wanted}:\n${example}`);
          assert.deepEqual(await ruleIds(language, lookAlike), [], `look-alike of ${row.id} should give nothing:\n${lookAlike}`);
        });
      }
    }
  });
}

rowTests('LLM API', LLM_APIS, () => 'prompt/untrusted-interpolation:', inFetchedPage);
// The examples send the source into the instructions of a call with tools (policy: the requester's text is a warning there).
rowTests('source', SOURCES, (row) => `prompt/untrusted-interpolation:${row.origin === 'requester' ? 'warning' : 'error'}`);
rowTests('sink', SINKS, () => 'llm/output-to-sink:error');
rowTests('retrieval chain', RETRIEVAL_CHAINS, () => 'prompt/untrusted-interpolation:');
rowTests('document pipeline', DOCUMENT_PIPELINES, () => 'prompt/untrusted-interpolation:');

describe('catalogue coverage', () => {
  it('every row has at least one example', () => {
    for (const row of [...LLM_APIS, ...DOCUMENT_PIPELINES, ...SOURCES, ...SINKS]) assert.ok(Object.keys(row.examples).length > 0, row.id);
  });
  // A workspace scan starts only from files that call a model or define a tool: a tool row the prefilter does not see
  // finds nothing in a file without a model call (AWorld's `class PtcTool(AsyncTool)` running `exec`).
  it('every tool row\'s example is a tool file to the prefilter', () => {
    for (const row of SOURCES.filter((source) => source.toolFunction)) {
      for (const example of Object.values(row.examples)) assert.ok(TOOL_HINT.test(example), `${row.id}: TOOL_HINT should match\n${example}`);
    }
  });
});

describe('the prefilter', () => {
  // A file the prefilter turns away gets no flow rule at all: each model-call row's own example must get through it
  // (the rows above are tested inside a wrapper, so a row whose call alone does not pass was not seen failing here).
  it('lets through every LLM API row\'s example, on its own', () => {
    const missed = LLM_APIS.flatMap((row) => (Object.entries(row.examples) as [CatalogueLanguage, string][]).filter(([language, example]) => !callsModelOrIsTool(FILE[language], example)).map(([language]) => `${row.id} (${language})`));
    assert.deepEqual(missed, []);
  });
});

describe('docs/catalogues.md', () => {
  it('is current with the catalogues (npm run docs:catalogues)', async () => {
    const { readFileSync } = await import('node:fs');
    const { catalogueMarkdown } = await import('../../scripts/writeCatalogueDocs');
    assert.equal(readFileSync('docs/catalogues.md', 'utf8'), catalogueMarkdown());
  });
});
