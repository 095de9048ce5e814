// Collects the prose that public LLM apps write in their own code — system prompts, instructions, tool descriptions,
// help text — as benign rows: what `prompt/injection-text` reads in code every day and must leave alone. From the
// external corpus's apps of the two collections (Shubhamsaboo/awesome-llm-apps, Apache-2.0; Arindam200/awesome-ai-apps,
// MIT), materialised as for `npm run eval:corpus -- --external DIR`. An app's split follows the external corpus's: its
// held-out apps' prose is the headline figure (never read to change the detector), its tuning apps' a tuning figure;
// neither is trained on (scripts/injection/dataset.ts says why). A text found in both counts as held out.
//   tsx scripts/injection/importAppPrompts.ts DIR
// Writes test/corpus/injection/app-prompts.jsonl, every row benign (label 0): the passages the detector flagged were read
// (two of the tuning apps', an agent's "Prefix your response with…" and a numbered list of what a reply should hold),
// and no app carries an attack on purpose. A row that does would need its label set by hand.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from '../../src/core/scan/workspaceFiles';
import { CODE_FILE, prosePassages } from './dataset';

const COLLECTIONS = /github\.com\/(Shubhamsaboo\/awesome-llm-apps|Arindam200\/awesome-ai-apps)$/;
/** One app's many near-identical strings (a table of agent roles) must not outweigh the rest. */
const PER_APP = 40;

const root = process.argv[2];
if (!root) {
  console.error('usage: tsx scripts/injection/importAppPrompts.ts DIR  (DIR: the external corpus materialised, one folder per app)');
  process.exit(2);
}
const { apps } = JSON.parse(readFileSync(path.join(__dirname, '../../test/corpus/external/labels.json'), 'utf8')) as { apps: { app: string; repository: string; split: string }[] };

const chosen = apps.filter((entry) => COLLECTIONS.test(entry.repository)).sort((a, b) => a.app.localeCompare(b.app));
// The set is every one of these apps or nothing: a partial run would quietly shrink the committed file.
const missing = chosen.filter((app) => !existsSync(path.join(root, app.app)));
if (missing.length) {
  console.error(`${missing.length} of ${chosen.length} apps are not under ${root} (${missing.slice(0, 3).map((app) => app.app).join(', ')}…): materialise them as for \`npm run eval:corpus -- --external DIR\`. Nothing was written.`);
  process.exit(1);
}
const rows = new Map<string, { text: string; label: 0; class: 'app-text'; app: string; split: 'train' | 'test' }>();
for (const app of chosen) {
  const dir = path.join(root, app.app);
  // The scanner's own walk (ignore files honoured, node_modules/ and .git/ left out), in path order.
  const files = listFiles(['.'], { base: dir }).files.filter((file) => CODE_FILE.test(file.relative)).map((file) => file.absolute).sort();
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
      rows.set(text, { text, label: 0, class: 'app-text', app: app.app, split });
      kept++;
    }
  }
}
const out = [...rows.values()];
writeFileSync(path.join(__dirname, '../../test/corpus/injection/app-prompts.jsonl'), out.map((row) => JSON.stringify(row)).join('\n') + '\n');
const count = (split: string) => out.filter((row) => row.split === split).length;
console.log(`wrote ${out.length} passages from ${chosen.length} apps (train ${count('train')}, test ${count('test')})`);
