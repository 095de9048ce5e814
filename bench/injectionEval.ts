// Precision and recall of prompt/injection-text's phrase matcher on a labelled set of injection vs benign prompts.
// Usage: npx tsx bench/injectionEval.ts DIR        (DIR holds train.jsonl and test.jsonl: {"text": "...", "label": 0|1})
//        npx tsx bench/injectionEval.ts FILE.jsonl (one labelled file, e.g. test/corpus/injection/giskard-prompt-injections.jsonl)
// deepset/prompt-injections (Apache-2.0) was measured with the first form; its data is not committed. --misses lists
// errors on train (never on a test split or a single file we report as held out).
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { findInjectionPhrases } from '../src/core/scan/rules/prompt/injectionPhrases';

interface Row {
  text: string;
  label: number;
}

function evaluate(rows: Row[]) {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  const misses: string[] = [];
  for (const row of rows) {
    const predicted = findInjectionPhrases(row.text).length > 0;
    if (predicted && row.label === 1) tp++;
    else if (predicted) (fp++, misses.push(`FP ${row.text.slice(0, 160)}`));
    else if (row.label === 1) (fn++, misses.push(`FN ${row.text.slice(0, 160)}`));
    else tn++;
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return { tp, fp, fn, tn, precision, recall, f1: (2 * precision * recall) / Math.max(1e-9, precision + recall), misses };
}

const dir = process.argv[2];
if (!dir) {
  console.error('usage: npx tsx bench/injectionEval.ts DIR (with train.jsonl and test.jsonl)');
  process.exit(2);
}
const splits = statSync(dir).isDirectory() ? ['train', 'test'].map((split) => [split, path.join(dir, `${split}.jsonl`)]) : [[path.basename(dir), dir]];
for (const [split, file] of splits) {
  const rows: Row[] = readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
  const result = evaluate(rows);
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
  console.log(`${split}: ${rows.length} rows, precision ${pct(result.precision)}, recall ${pct(result.recall)}, F1 ${pct(result.f1)} (tp ${result.tp}, fp ${result.fp}, fn ${result.fn}, tn ${result.tn})`);
  if (split === 'train' && process.argv.includes('--misses')) console.log(result.misses.join('\n'));
}
