// `npm run eval:corpus`: precision and recall of the flow rules on public LLM apps and published vulnerabilities
// (test/corpus, hand-labelled in labels.json), per half and per rule. Not a test: it prints figures for the notes.
// `--half tuning` counts one half; `--show tuning` also lists its findings and labels. The held-out half is never listed.
// `--external DIR` scores the external held-out apps (test/corpus/external/labels.json: public code not committed here)
// when DIR/<app>/ holds their files; counted, never listed (`--split tuning` for the studied ones alone).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_CONFIG } from '../src/core/config/scanConfig';
import { scanFiles } from '../src/core/scan/scanFiles';
import type { Finding } from '../src/core/scan/finding';

// Every prompt rule, injection-text included: on these apps' own prompts each injection-text finding is a false positive.
const FLOW_RULES = new Set(['prompt/untrusted-interpolation', 'prompt/injection-text', 'prompt/secret-in-prompt', 'prompt/pii-in-prompt', 'prompt/whole-record', 'llm/output-to-sink']);
const root = path.resolve(import.meta.dirname ?? __dirname, '..', 'test', 'corpus');

interface LabelBase { rule: string; file: string; lines: number[]; why: string; also?: { file: string; lines: number[] }[] }
interface Label extends LabelBase { app: string }
interface Tally { tp: number; fp: number; fn: number }

const ratio = (a: number, b: number) => (b === 0 ? 'n/a' : (a / b).toFixed(2));
const line = (name: string, t: Tally) => `${name}: precision ${ratio(t.tp, t.tp + t.fp)}, recall ${ratio(t.tp, t.tp + t.fn)} (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`;

/** Counts for a group of apps: in all, per rule, per app. */
class Score {
  readonly total: Tally = { tp: 0, fp: 0, fn: 0 };
  readonly perRule = new Map<string, Tally>();
  /**
   * The same count by placement along the flow: a finding also matches a label when its related information (the
   * chain from the source to the prompt or sink) passes through one of the label's lines — a flow across functions
   * reported at the call that hands the text on, labelled at the prompt's own line. A second figure, never the first.
   */
  readonly byChain: Tally = { tp: 0, fp: 0, fn: 0 };

  /**
   * Scans one app and matches its findings with its labels (a label is found once, however many findings hit it).
   * `show` lists each finding and miss on stderr (the tuning half only).
   */
  async app(dir: string, labels: readonly LabelBase[], show?: string): Promise<Tally> {
    const tally: Tally = { tp: 0, fp: 0, fn: 0 };
    const bump = (rule: string, key: keyof Tally) => {
      this.total[key]++;
      tally[key]++;
      const t = this.perRule.get(rule) ?? { tp: 0, fp: 0, fn: 0 };
      t[key]++;
      this.perRule.set(rule, t);
    };
    const { findings } = await scanFiles({ paths: ['.'], base: dir, config: DEFAULT_CONFIG });
    const matched = new Set<LabelBase>();
    for (const finding of findings.filter((f) => FLOW_RULES.has(f.ruleId))) {
      // A finding at a call names every sink of the helper it reaches (related information): it reports each label
      // of its place whose lines in its own file that chain reaches; otherwise the first label of its place.
      const candidates = labels.filter((l) => l.rule === finding.ruleId && labelPlaces(l).some((p) => p.file === finding.file && p.lines.includes(finding.range.start.line + 1)));
      const sinkLines = (l: LabelBase) => labelPlaces(l).filter((p) => p.file === l.file).flatMap((p) => p.lines);
      // (Not the finding's own line: a label naming the call as a place of its own would be reached by every finding there.)
      const beyond = (finding.related ?? []).filter((r) => r.file !== finding.file || r.range.start.line !== finding.range.start.line);
      const chainReaches = (l: LabelBase) => beyond.some((r) => r.file === l.file && sinkLines(l).includes(r.range.start.line + 1));
      const reached = candidates.filter(chainReaches);
      const reported = reached.length ? reached : candidates.slice(0, 1);
      const label = reported[0];
      for (const each of reported) {
        if (!matched.has(each)) bump(finding.ruleId, 'tp');
        matched.add(each);
      }
      if (!label) bump(finding.ruleId, 'fp');
      if (show) console.error(`${label ? 'TP' : 'FP'} ${show}/${finding.file}:${finding.range.start.line + 1} ${finding.ruleId} ${finding.severity}: ${finding.message.slice(0, 110)}`);
    }
    for (const label of labels.filter((l) => !matched.has(l))) {
      bump(label.rule, 'fn');
      if (show) console.error(`FN ${show}/${label.file}:${label.lines[0]} ${label.rule}: ${label.why}`);
    }
    this.countByChain(findings.filter((f) => FLOW_RULES.has(f.ruleId)), labels);
    return tally;
  }

  private countByChain(findings: readonly Finding[], labels: readonly LabelBase[]): void {
    const matched = new Set<LabelBase>();
    for (const finding of findings) {
      const places = [{ file: finding.file, line: finding.range.start.line + 1 }, ...(finding.related ?? []).map((r) => ({ file: r.file, line: r.range.start.line + 1 }))];
      const hit = labels.filter((l) => l.rule === finding.ruleId && labelPlaces(l).some((p) => places.some((at) => at.file === p.file && p.lines.includes(at.line))));
      if (!hit.length) this.byChain.fp++;
      for (const label of hit) if (!matched.has(label)) (matched.add(label), this.byChain.tp++);
    }
    this.byChain.fn += labels.filter((l) => !matched.has(l)).length;
  }

  lines(title: string): string[] {
    return [line(title, this.total), ...[...this.perRule].sort().map(([rule, t]) => `  ${line(rule, t)}`), `  ${line('leniently, by placement along the flow (a finding counts for every label whose lines its related information passes)', this.byChain)}`];
  }
}

export async function evaluateCorpus(show?: string, only?: string): Promise<string[]> {
  const labels = JSON.parse(readFileSync(path.join(root, 'labels.json'), 'utf8')) as Record<string, Label[]>;
  const out: string[] = [];
  for (const half of only ? [only] : ['tuning', 'held-out']) {
    const score = new Score();
    for (const app of readdirSync(path.join(root, half)).sort()) {
      await score.app(path.join(root, half, app), (labels[half] ?? []).filter((label) => label.app === app), show === half ? app : undefined);
    }
    out.push(...score.lines(`${half} half, all flow rules`));
  }
  return out;
}

/** Where a label's risk may be reported: its own lines, or another place of the same flow. */
const labelPlaces = (label: LabelBase) => [{ file: label.file, lines: label.lines }, ...(label.also ?? [])];

interface ExternalApp { app: string; repository: string; commit: string; split: string; labels: LabelBase[] }

/**
 * The external apps found under `dir`, scored like the halves (counts only), grouped by their split: still held out
 * (never studied after their first scan), or tuning.
 */
export async function evaluateExternal(dir: string, only?: string, show?: string): Promise<string[]> {
  const { apps } = JSON.parse(readFileSync(path.join(root, 'external', 'labels.json'), 'utf8')) as { apps: ExternalApp[] };
  const out: string[] = [];
  for (const split of only ? [only] : ['held-out', 'tuning']) {
    const score = new Score();
    const perApp: string[] = [];
    for (const app of apps.filter((a) => a.split.startsWith(split))) {
      const base = path.join(dir, app.app);
      if (!existsSync(base)) perApp.push(`  ${app.app}: not found under ${dir} (fetch ${app.repository} at ${app.commit})`);
      else perApp.push(`  ${line(app.app, await score.app(base, app.labels, show === 'tuning' && split === 'tuning' ? app.app : undefined))}`);
    }
    out.push(...score.lines(`external apps, ${split}, all flow rules`), ...perApp);
  }
  return out;
}

if (process.argv[1]?.endsWith('corpusEval.ts')) {
  const option = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
  const show = option('--show');
  if (show?.startsWith('held-out')) {
    console.error('The held-out half is counted, never listed: tune on the tuning half only.');
    process.exit(2);
  }
  const external = option('--external');
  if (external) void evaluateExternal(path.resolve(external), option('--split'), show).then((lines) => lines.forEach((l) => console.log(l)));
  else void evaluateCorpus(show, option('--half') ?? show).then((lines) => lines.forEach((l) => console.log(l)));
}
