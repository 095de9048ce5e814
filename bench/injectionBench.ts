// The injection detector beside two npm detectors (vard, llm_guardrail) on the same held-out rows (ours, BIPIA's and
// deepset's test splits, Giskard's collection, the held-out external apps' own prose), and its speed.
import { performance } from 'node:perf_hooks';
import { detectInjection } from '../src/core/injection/detector';
import { injectionModel } from '../src/core/injection/loadModel';
import { loadInjectionDataset, type InjectionRow } from '../scripts/injection/dataset';
import { formatScore, scoreBy } from '../scripts/injection/evaluate';

type Detector = (text: string) => Promise<boolean>;

async function peers(): Promise<[string, Detector][]> {
  const { default: vard } = await import('@andersmyrmel/vard');
  const { checkInjection, checkJailbreak } = await import('llm_guardrail');
  const vardDefault = vard().maxLength(1_000_000);
  return [
    ['vard 1.2.0 (default preset)', async (text) => !vardDefault.safeParse(text).safe],
    ['llm_guardrail 2.1.2 (injection or jailbreak)', async (text) => (await checkInjection(text)).detected || (await checkJailbreak(text)).detected],
  ];
}

async function flags(detector: Detector, rows: InjectionRow[]): Promise<boolean[]> {
  const result: boolean[] = [];
  for (const row of rows) result.push(await detector(row.text));
  return result;
}

export async function runInjectionBench(): Promise<string[]> {
  const model = injectionModel();
  const rows = loadInjectionDataset();
  const test = rows.filter((row) => row.split === 'test');
  const giskard = rows.filter((row) => row.split === 'giskard');
  const deepset = rows.filter((row) => row.split === 'deepset-test');
  const appPrompts = rows.filter((row) => row.split === 'app-prompts-test');
  // A second test split, written 2026-12-07 before it was ever scored (the first had been reported for many stops).
  const fresh = rows.filter((row) => row.split === 'fresh-test');
  // A third, written 2026-12-07 (stop 59) before the training data grew for the second's weak class: scored, never read.
  const fresh2 = rows.filter((row) => row.split === 'fresh2-test');
  const ours: [string, Detector] = ['Micro App Guard classifier', async (text) => detectInjection(text, model, { context: 'data' }).length > 0];
  const lines: string[] = [`held-out test split: ${test.length} rows (${test.filter((row) => row.label).length} injections); Giskard collection: ${giskard.length} injections (recall only); deepset's test split: ${deepset.length} rows (${deepset.filter((row) => row.label).length} injections)`];
  // Speed on long text (measured before the npm detectors load: llm_guardrail's runtime keeps threads of its own): every benign e-mail of the set, joined, read as one document (the worst case: all sentences).
  const document = rows.filter((row) => row.source === 'bipia' && row.class === 'document').map((row) => row.text).join('\n\n');
  const kb = Buffer.byteLength(document) / 1024;
  // The first calls on a long document run before V8 has optimised its loops; the editor's worker calls the detector on
  // every scan, so the steady state is what a user meets. Both are printed.
  const first = performance.now();
  detectInjection(document, model, { context: 'data' });
  const firstMs = performance.now() - first;
  for (let i = 0; i < 9; i++) detectInjection(document, model, { context: 'data' });
  const times: number[] = [];
  for (let i = 0; i < 10; i++) {
    const start = performance.now();
    detectInjection(document, model, { context: 'data' });
    times.push(performance.now() - start);
  }
  const best = Math.min(...times);
  const median = [...times].sort((a, b) => a - b)[5];
  lines.push(`speed: ${kb.toFixed(0)} KB document in ${best.toFixed(1)} ms = ${(best / kb).toFixed(3)} ms/KB (best of 10 after 10 warm-up calls; median ${(median / kb).toFixed(3)} ms/KB; the very first call ${(firstMs / kb).toFixed(3)} ms/KB), in process`);
  for (const [name, detector] of [ours, ...(await peers())]) {
    const testFlags = await flags(detector, test);
    const all = scoreBy(test, testFlags, () => 'all').get('all')!;
    const written = scoreBy(test, testFlags, (row) => row.source).get('written')!;
    const bipia = scoreBy(test, testFlags, (row) => row.source).get('bipia')!;
    const recallGiskard = (await flags(detector, giskard)).filter(Boolean).length / giskard.length;
    const deepsetScore = scoreBy(deepset, await flags(detector, deepset), () => 'all').get('all')!;
    lines.push(`${name}: test ${formatScore(all)}; written ${formatScore(written)}; BIPIA ${formatScore(bipia)}; Giskard recall ${recallGiskard.toFixed(2)}; deepset test ${formatScore(deepsetScore)}`);
    const freshFlags = await flags(detector, fresh);
    lines.push(`  fresh test split (${fresh.length} rows, ${fresh.filter((row) => row.label).length} injections): ${formatScore(scoreBy(fresh, freshFlags, () => 'all').get('all')!)}`);
    if (detector === ours[1]) {
      for (const [key, score] of [...scoreBy(fresh, freshFlags, (row) => row.class)].sort()) lines.push(`    fresh class ${key}: ${formatScore(score)}`);
      for (const [key, score] of [...scoreBy(fresh, freshFlags, (row) => row.lang)].sort()) lines.push(`    fresh language ${key}: ${formatScore(score)}`);
    }
    const fresh2Flags = await flags(detector, fresh2);
    lines.push(`  third test split, fresh2 (${fresh2.length} rows, ${fresh2.filter((row) => row.label).length} injections): ${formatScore(scoreBy(fresh2, fresh2Flags, () => 'all').get('all')!)}`);
    if (detector === ours[1]) {
      for (const [key, score] of [...scoreBy(fresh2, fresh2Flags, (row) => row.class)].sort()) lines.push(`    fresh2 class ${key}: ${formatScore(score)}`);
      for (const [key, score] of [...scoreBy(fresh2, fresh2Flags, (row) => (row.lang === 'en' ? 'en' : 'not en'))].sort()) lines.push(`    fresh2 ${key}: ${formatScore(score)}`);
    }
    // Real apps' own prompts, as the rule reads text in code (ours: the prompt context; the peers see the same text).
    const appFlags = detector === ours[1] ? appPrompts.map((row) => detectInjection(row.text, model, { context: 'prompt' }).length > 0) : await flags(detector, appPrompts);
    const appScore = scoreBy(appPrompts, appFlags, () => 'all').get('all')!;
    lines.push(`  held-out apps' own prose (${appPrompts.length} passages, ${appPrompts.filter((row) => row.label).length} attacks): flagged ${appScore.tp + appScore.fp}, false positives ${appScore.fp} (${((100 * appScore.fp) / Math.max(1, appScore.fp + appScore.tn)).toFixed(1)} % of benign)`);
    if (detector === ours[1]) {
      for (const [key, score] of [...scoreBy(test, testFlags, (row) => row.class)].sort()) lines.push(`  class ${key}: ${formatScore(score)}`);
      for (const [key, score] of [...scoreBy(test, testFlags, (row) => row.lang)].sort()) lines.push(`  language ${key}: ${formatScore(score)}`);
    }
  }
  return lines;
}
