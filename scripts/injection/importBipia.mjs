// Converts Microsoft BIPIA (MIT, github.com/microsoft/BIPIA) into test/corpus/injection/bipia.jsonl, keeping BIPIA's
// own train/test split. Run once against a local clone: node scripts/injection/importBipia.mjs /path/to/BIPIA
// Attacks that only redirect the task ("What is the capital of Brazil?") are injections only by where they sit; as
// text they are ordinary questions, so they are kept as benign look-alikes. E-mail contexts are benign documents.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const repo = process.argv[2];
if (!repo) throw new Error('usage: node scripts/injection/importBipia.mjs /path/to/BIPIA');
const show = (file) => execFileSync('git', ['-C', repo, 'show', `HEAD:${file}`], { encoding: 'utf8', maxBuffer: 1 << 26 });
const TASK_ONLY = new Set(['Information Retrieval', 'Content Creation', 'Learning and Tutoring', 'Language Translation', 'Programming Help',
  'Task Automation', 'Business Intelligence', 'Conversational Agent', 'Research Assistance', 'Sentiment Analysis']);

const rows = [];
for (const split of ['train', 'test']) {
  for (const kind of ['text', 'code']) {
    for (const [group, texts] of Object.entries(JSON.parse(show(`benchmark/${kind}_attack_${split}.json`)))) {
      const benign = TASK_ONLY.has(group);
      for (const text of texts) rows.push({ text, label: benign ? 0 : 1, class: benign ? 'question' : 'agent-action', group: `bipia/${group}`, split });
    }
  }
  for (const line of show(`benchmark/email/${split}.jsonl`).trim().split('\n')) {
    const { context } = JSON.parse(line);
    rows.push({ text: context, label: 0, class: 'document', group: 'bipia/email', split });
  }
}
writeFileSync(new URL('../../test/corpus/injection/bipia.jsonl', import.meta.url), rows.map((row) => JSON.stringify(row)).join('\n') + '\n');
console.log(`${rows.length} rows (${rows.filter((row) => row.label).length} injections)`);
