// Precision, recall and F1 of the injection detector per split, per class and per language.
import { detectInjection } from '../../src/core/injection/detector';
import type { InjectionModel } from '../../src/core/injection/model';
import type { InjectionRow, Split } from './dataset';

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export const precision = (s: Score) => s.tp / Math.max(1, s.tp + s.fp);
export const recall = (s: Score) => s.tp / Math.max(1, s.tp + s.fn);
export const f1 = (s: Score) => (2 * precision(s) * recall(s)) / Math.max(1e-9, precision(s) + recall(s));
export const formatScore = (s: Score) =>
  `P ${precision(s).toFixed(2)} R ${recall(s).toFixed(2)} F1 ${f1(s).toFixed(2)} (tp ${s.tp} fp ${s.fp} fn ${s.fn} tn ${s.tn})`;

/** Scores any yes/no detector on rows, grouped by a key. */
export function scoreBy(rows: InjectionRow[], flagged: boolean[], key: (row: InjectionRow) => string): Map<string, Score> {
  const groups = new Map<string, Score>();
  rows.forEach((row, i) => {
    const score = groups.get(key(row)) ?? { tp: 0, fp: 0, fn: 0, tn: 0 };
    if (flagged[i] && row.label) score.tp++;
    else if (flagged[i]) score.fp++;
    else if (row.label) score.fn++;
    else score.tn++;
    groups.set(key(row), score);
  });
  return groups;
}

export function printEvaluation(model: InjectionModel, rows: InjectionRow[], splits: Split[], misses = process.argv.includes('--misses')): void {
  for (const split of splits) {
    const part = rows.filter((row) => row.split === split);
    // Apps' own prose is read as the rule reads text in code: as a prompt.
    const context = split.startsWith('app-prompts') ? 'prompt' : 'data';
    const flagged = part.map((row) => detectInjection(row.text, model, { context }).length > 0);
    console.log(`\n${split}: ${part.length} rows — ${formatScore(scoreBy(part, flagged, () => 'all').get('all')!)}`);
    if (split === 'giskard') continue;
    for (const [key, score] of [...scoreBy(part, flagged, (row) => `${row.source}`)]) console.log(`  source ${key}: ${formatScore(score)}`);
    for (const [key, score] of [...scoreBy(part, flagged, (row) => row.class)].sort()) console.log(`  class ${key}: ${formatScore(score)}`);
    for (const [key, score] of [...scoreBy(part, flagged, (row) => row.lang)].sort()) console.log(`  lang ${key}: ${formatScore(score)}`);
    // Errors are listed for train and validation only: reading test errors would be tuning on the test split.
    if (misses && split !== 'test' && split !== 'fresh-test' && split !== 'fresh2-test') {
      part.forEach((row, i) => {
        if (flagged[i] !== Boolean(row.label)) console.log(`    ${row.label ? 'FN' : 'FP'} [${row.class}/${row.lang}] ${row.text.slice(0, 140).replace(/\n/g, '⏎')}`);
      });
    }
  }
}
