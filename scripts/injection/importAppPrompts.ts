// Collects the prose that public LLM apps write in their own code — system prompts, instructions, tool descriptions,
// help text — as benign rows: what `prompt/injection-text` reads in code every day and must leave alone. From the
// external corpus's apps of the two collections (Shubhamsaboo/awesome-llm-apps, Apache-2.0; Arindam200/awesome-ai-apps,
// MIT), materialised as for `npm run eval:corpus -- --external DIR`. An app's split follows the external corpus's: its
// held-out apps' prose is the headline figure (never read to change the detector), its tuning apps' a tuning figure;
// neither is trained on (scripts/injection/dataset.ts says why). A text found in both counts as held out.
//   tsx scripts/injection/importAppPrompts.ts DIR
// Writes test/corpus/injection/app-prompts.jsonl. Rows keep label 0 unless a person read the text and found an attack
// written into the app on purpose (a red-team demo's sample): `labelled` lists those, by app and the text's start.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { prosePassages } from './dataset';

const COLLECTIONS = /github\.com\/(Shubhamsaboo\/awesome-llm-apps|Arindam200\/awesome-ai-apps)$/;
/** One app's many near-identical strings (a table of agent roles) must not outweigh the rest. */
const PER_APP = 40;
const CODE_FILE = /\.(py|ts|tsx|js|jsx|mjs)$/;

/** Texts a person read and labelled as attacks the app carries on purpose (by app, and how the text starts). */
const labelled: { app: string; starts: string; class: string }[] = [];

const root = process.argv[2];
if (!root) {
  console.error('usage: tsx scripts/injection/importAppPrompts.ts DIR  (DIR: the external corpus materialised, one folder per app)');
  process.exit(2);
}
const { apps } = JSON.parse(readFileSync(path.join(__dirname, '../../test/corpus/external/labels.json'), 'utf8')) as { apps: { app: string; repository: string; split: string }[] };

const codeFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const child = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name.startsWith('.') ? [] : codeFiles(child);
    return CODE_FILE.test(entry.name) && statSync(child).size < 512 * 1024 ? [child] : [];
  });

const rows = new Map<string, { text: string; label: 0 | 1; class: string; app: string; split: 'train' | 'test' }>();
let missing = 0;
for (const app of apps.filter((entry) => COLLECTIONS.test(entry.repository)).sort((a, b) => a.app.localeCompare(b.app))) {
  const dir = path.join(root, app.app);
  let files: string[];
  try {
    files = codeFiles(dir).sort();
  } catch {
    missing++;
    continue;
  }
  const split = app.split.startsWith('held-out') ? 'test' : 'train';
  let kept = 0;
  for (const file of files) {
    for (const text of prosePassages(readFileSync(file, 'utf8'))) {
      if (kept >= PER_APP) break;
      const known = rows.get(text);
      if (known) {
        if (split === 'test') known.split = 'test';
        continue;
      }
      const attack = labelled.find((entry) => entry.app === app.app && text.startsWith(entry.starts));
      rows.set(text, { text, label: attack ? 1 : 0, class: attack?.class ?? 'app-text', app: app.app, split });
      kept++;
    }
  }
}
const out = [...rows.values()];
writeFileSync(path.join(__dirname, '../../test/corpus/injection/app-prompts.jsonl'), out.map((row) => JSON.stringify(row)).join('\n') + '\n');
const count = (split: string) => out.filter((row) => row.split === split).length;
console.log(`wrote ${out.length} passages (train ${count('train')}, test ${count('test')}); ${missing} apps not materialised under ${root}`);
