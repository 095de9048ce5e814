// `npm run docs:catalogues`: writes docs/catalogues.md from the catalogues, so a reviewer can audit coverage.
import { writeFileSync } from 'node:fs';
import { DOCUMENT_PIPELINES, HUB_PROMPTS, LLM_APIS, RETRIEVAL_CHAINS } from '../src/core/scan/catalogue/llmApis';
import { GUARDS, SANITIZERS, SINKS } from '../src/core/scan/catalogue/sinks';
import { SOURCES } from '../src/core/scan/catalogue/sources';
import { DEFERRED_CALLS } from '../src/core/scan/code/deferredCalls';
import { PROMPT_POLICY } from '../src/core/scan/flow/promptPolicy';

export function catalogueMarkdown(): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  /** Rows that name a sink kind and the calls that make a value safe for it (sanitisers, guards). */
  const kindTable = (rows: readonly { kind: string; callee: RegExp }[]) => ['| sink kind | callee |', '|---|---|', ...rows.map((row) => `| ${row.kind} | ${cell(`\`${row.callee.source}\``)} |`)];
  const languages = (row: { examples: Record<string, string | undefined> }) => Object.keys(row.examples).join(', ');
  const out = [
    '# Detection catalogues',
    '',
    'Generated from `src/core/scan/catalogue/*.ts` by `npm run docs:catalogues`; every row has a positive and a look-alike test (`test/unit/catalogues.test.ts`).',
    '',
    '## Policy: whose text, going where (`prompt/untrusted-interpolation`)',
    '',
    '| origin | system instructions | mixed with instruction text | its own user message |',
    '|---|---|---|---|',
    ...Object.entries(PROMPT_POLICY).map(([origin, row]) => `| ${origin} | ${Object.values(row).map((c) => `${c.severity ?? 'no finding'}${c.escalated ? ` (${c.escalated} with tools or a sink)` : ''}`).join(' | ')} |`),
    '',
    '## LLM APIs',
    '',
    '| id | provider / shape | callee | languages tested |',
    '|---|---|---|---|',
    ...LLM_APIS.map((row) => `| ${row.id} | ${cell(row.provider)} | \`${cell(row.callee.source)}\`${row.module ? ` (with an import of \`${cell(row.module.source)}\`)` : ''} | ${languages(row)} |`),
    '',
    '### Retrieval chains',
    '',
    'Chains that put retrieved documents into a template variable: wherever the template puts that variable, it holds someone else\'s text.',
    '',
    '| id | callee | prompt template passed as | document variable | languages tested |',
    '|---|---|---|---|---|',
    ...RETRIEVAL_CHAINS.map((row) => `| ${row.id} | \`${cell(row.callee.source)}\` | ${cell([row.prompt.nested && `inside \`${row.prompt.nested}\``, row.prompt.keyword && `\`${row.prompt.keyword}\``, row.prompt.position !== undefined && `argument ${row.prompt.position + 1}`].filter(Boolean).join(', '))} | \`{${row.documentVariable}}\` | ${languages(row)} |`),
    '',
    '### Prompts pulled from LangChain Hub',
    '',
    'A prompt pulled by one of these names (`hub.pull(\"rlm/rag-prompt\")`) has its variables where its published text puts them.',
    '',
    '| name | variables and where they sit |',
    '|---|---|',
    ...Object.entries(HUB_PROMPTS).map(([name, slots]) => `| ${name} | ${Object.entries(slots).map(([slot, where]) => `\`{${slot}}\`: ${where}`).join(', ')} |`),
    '',
    '### Libraries that read their own documents',
    '',
    "Their run puts what they read themselves (a page they fetch, the sources the code added) into their own prompt's instructions: reported at the run.",
    '',
    '| id | what | built by | run by | documents | languages tested |',
    '|---|---|---|---|---|---|',
    ...DOCUMENT_PIPELINES.map((row) => `| ${row.id} | ${cell(row.framework)} | \`${cell(row.constructor.source)}\` (with an import of \`${cell(row.module.source)}\`) | \`${cell(row.run.source)}\` | ${row.documents === 'source' ? 'its `source`' : row.documents === 'argument' ? "the run's first argument, judged by where it comes from" : 'what `.add(…)` loaded in sight'} | ${languages(row)} |`),
    '',
    '## Sources',
    '',
    '| id | framework | origin | label | matched by | languages tested |',
    '|---|---|---|---|---|---|',
    ...SOURCES.map((row) => `| ${row.id} | ${cell(row.framework)} | ${row.origin} | ${row.label} | ${cell([row.path && `path \`${row.path.source}\`${row.rootIsParameter ? ' rooted at a parameter' : ''}${row.hosts ? ` to a URL naming \`${row.hosts.source}\`` : ''}`, row.callbackOf && `parameters of callbacks of \`${row.callbackOf.source}\``, row.decoratedBy && `parameters of functions decorated \`${row.decoratedBy.source}\``, row.toolDispatch && `results of calls matching \`${row.toolDispatch.source}\` given tool-call arguments`, row.libraryTool && `objects built by \`${row.libraryTool.source}\` in a list of tools given to a model`, ...(row.toolMethods ?? []).map(({ bases, methods }) => `parameters of methods \`${methods.source}\` of classes extending \`${bases.source}\``), row.module && `in files importing \`${row.module.source}\``].filter(Boolean).join('; '))} | ${languages(row)} |`),
    '',
    '## Sinks (`llm/output-to-sink`)',
    '',
    '| id | kind | what | matched by | languages tested |',
    '|---|---|---|---|---|',
    ...SINKS.map((row) => `| ${row.id} | ${row.kind} | ${row.what} | ${cell([row.callee && `callee \`${row.callee.source}\``, row.property && `property \`${row.property.source}\``].filter(Boolean).join('; '))} | ${languages(row)} |`),
    '',
    '### Sanitisers',
    '',
    'What these return no longer counts for that kind of sink (it still counts in a prompt and in other sinks).',
    '',
    ...kindTable(SANITIZERS),
    '',
    '### Guards',
    '',
    "A failed check that leaves the block (`if (!isPathAllowed(p)) throw …`, `if not is_path_allowed(p): raise …`) makes the value safe for that kind of sink from there on; only checks named for an allowlist count.",
    '',
    ...kindTable(GUARDS),
    '',
    '## Deferred calls (Python)',
    '',
    'A function run in a thread or an executor with arguments given beside it is read as a call of it with them (`Thread(target=run, args=(code,))` runs `run(code)`).',
    '',
    '| id | callee | the function | its arguments |',
    '|---|---|---|---|',
    ...DEFERRED_CALLS.map((row) => `| ${row.id} | ${cell(`\`${row.callee.source}\``)} | ${typeof row.fn === 'string' ? `keyword \`${row.fn}\`` : `argument ${row.fn}`} | ${'keyword' in row.args ? `the items of keyword \`${row.args.keyword}\`` : `the arguments from ${row.args.from}`} |`),
    '',
    'A wrapper applied to a function alone and called at once (a timeout, retry or cache: `func_set_timeout(20)(run)(code)`) is read the same way, as `run(code)`.',
    '',
  ];
  return out.join('\n');
}

if (process.argv[1]?.endsWith('writeCatalogueDocs.ts')) writeFileSync('docs/catalogues.md', catalogueMarkdown());
