// How well the classifier reads attack kinds it has never seen: BIPIA's training categories are dealt into folds,
// and each fold is scored by a model trained without it (its threshold chosen on the validation rows outside it).
// BIPIA keeps its test categories apart from its training ones, so this is the figure that predicts the test
// split without reading it. With --written, our written set's train and validation rows are dealt into the folds too
// (by a hash of each text), so its benign look-alikes are scored by models that never saw them.
// Usage: npm run cv:injection [-- --misses] [-- --written]
import { detectInjection } from '../../src/core/injection/detector';
import { readInjectionModel, writeInjectionModel } from '../../src/core/injection/model';
import { fnv, loadInjectionDataset, type InjectionRow } from './dataset';
import { formatScore, scoreBy } from './evaluate';
import { chooseThreshold, fit } from './fit';

const FOLDS = Number(process.env.FOLDS ?? 5);

export function crossValidate(rows: InjectionRow[], misses = process.argv.includes('--misses')): void {
  const known = rows.filter((row) => row.split === 'train' || row.split === 'validation');
  if (process.argv.includes('--written')) for (const row of known) if (row.source === 'written') row.group = `written/${fnv(row.text) % FOLDS}`;
  const groups = [...new Set(known.map((row) => row.group).filter((group): group is string => Boolean(group)))].sort();
  const scored: { row: InjectionRow; flagged: boolean; why?: string }[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const held = new Set(groups.filter((_, i) => i % FOLDS === fold));
    const outside = (row: InjectionRow) => !row.group || !held.has(row.group);
    const model = fit(known.filter((row) => row.split === 'train' && outside(row)));
    model.threshold = chooseThreshold(readInjectionModel(writeInjectionModel(model)), known.filter((row) => row.split === 'validation' && outside(row)));
    const quantized = readInjectionModel(writeInjectionModel(model));
    for (const row of known.filter((candidate) => !outside(candidate))) {
      const hits = detectInjection(row.text, quantized, { context: 'data' });
      const why = hits.map((hit) => `«${row.text.slice(hit.start, hit.end).trim().slice(0, 100)}» ${hit.score.toFixed(2)} ${hit.reason}`).join(' | ');
      scored.push({ row, flagged: hits.length > 0, why });
    }
    console.error(`fold ${fold + 1}/${FOLDS}: ${held.size} categories held out, threshold ${model.threshold}`);
  }
  const flagged = scored.map((entry) => entry.flagged);
  const held = scored.map((entry) => entry.row);
  console.log(`\ncategories held out (${groups.length} in ${FOLDS} folds): ${formatScore(scoreBy(held, flagged, () => 'all').get('all')!)}`);
  for (const [group, score] of [...scoreBy(held, flagged, (row) => row.group!)].sort()) console.log(`  ${group}: ${formatScore(score)}`);
  if (misses) {
    scored.forEach(({ row, flagged: hit, why }) => hit !== Boolean(row.label) && console.log(`    ${row.label ? 'FN' : 'FP'} [${row.group}] ${hit ? why : row.text.slice(0, 160).replace(/\n/g, '⏎')}`));
  }
}

if (require.main === module) crossValidate(loadInjectionDataset());
