import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fmt } from './benchUtil';

/** Edit-to-diagnostics latency and activation time, measured inside a real VS Code (code-server). */
export async function runEditorBench(root: string): Promise<string[]> {
  if (!existsSync(path.join(root, '.tools/code-server'))) {
    const install = spawnSync('bash', [path.join(root, 'scripts/installVscodeTestTools.sh')], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (install.status !== 0) return ['code-server could not be installed: editor figures skipped'];
  }
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'mag-editor-bench-')), 'figures.json');
  const run = spawnSync(process.execPath, [path.join(root, 'test/integration/run.mjs'), 'leaky-workspace'], {
    env: { ...process.env, MICROAPP_GUARD_SUITE: 'bench', MICROAPP_GUARD_BENCH_OUT: out },
    encoding: 'utf8',
  });
  if (!existsSync(out)) return [`the editor benchmark did not finish: ${run.stderr.slice(-500)}`];
  const f = JSON.parse(readFileSync(out, 'utf8'));
  return [
    `Activation: ${fmt(f.activationMs, 1)} ms (measured by the extension in code-server's extension host), finished ${fmt(f.activatedAtMs, 0)} ms after the extension host started (this workspace holds a microapp.yaml, so it activates at start-up; elsewhere onLanguage or onStartupFinished)${f.activationSteps ? `; by step: ${Object.entries(f.activationSteps as Record<string, number>).map(([name, ms]) => `${name} ${fmt(ms, 1)}`).join(', ')}` : ''}`,
    `2,000-line TypeScript file, ${f.edits} edits right after the window opens: edit → published diagnostics p50 ${fmt(f.editToDiagnostics.p50, 1)} ms, p95 ${fmt(f.editToDiagnostics.p95, 1)} ms (includes the adaptive debounce, at most ${f.debounceMs} ms)`,
    `Main-thread work per scan on the extension host: p50 ${fmt(f.mainThread.p50, 2)} ms, p95 ${fmt(f.mainThread.p95, 2)} ms; parse + rules in the worker: p50 ${fmt(f.worker.p50, 1)} ms, p95 ${fmt(f.worker.p95, 1)} ms`,
    `Worker per edit, p50 / p95: parse (incremental, changed statements re-modelled) ${fmt(f.workerPhases.parse.p50, 1)} / ${fmt(f.workerPhases.parse.p95, 1)} ms, cross-file index and flow analysis ${fmt(f.workerPhases.index.p50, 1)} / ${fmt(f.workerPhases.index.p95, 1)} ms, rules ${fmt(f.workerPhases.rules.p50, 1)} / ${fmt(f.workerPhases.rules.p95, 1)} ms`,
    f.workerThread
      ? `Worker thread per edit (Linux scheduler statistics), p50 / p95: on a core ${fmt(f.workerThread.cpu.p50, 1)} / ${fmt(f.workerThread.cpu.p95, 1)} ms, runnable but waiting for a core ${fmt(f.workerThread.wait.p50, 1)} / ${fmt(f.workerThread.wait.p95, 1)} ms`
      : 'Worker thread CPU time: not available on this system',
    f.settled
      ? `Settled (5 s later, ${f.settled.edits} more edits): edit → published diagnostics p50 ${fmt(f.settled.editToDiagnostics.p50, 1)} ms, p95 ${fmt(f.settled.editToDiagnostics.p95, 1)} ms; worker p50 ${fmt(f.settled.worker.p50, 1)} ms, p95 ${fmt(f.settled.worker.p95, 1)} ms${f.settled.workerCpu ? ` (on a core p50 ${fmt(f.settled.workerCpu.p50, 1)}, p95 ${fmt(f.settled.workerCpu.p95, 1)})` : ''}; main thread p50 ${fmt(f.settled.mainThread.p50, 2)} ms, p95 ${fmt(f.settled.mainThread.p95, 2)} ms; edit by edit: ${f.settled.series.join(' ')}`
      : 'Settled edits: not measured',
    `Edit by edit (ms), edit → diagnostics: ${f.series.editToDiagnostics.join(' ')}; worker: ${f.series.worker.join(' ')}${f.workerThread ? `; worker on a core: ${f.series.workerCpu.join(' ')}; waiting for a core: ${f.series.workerWait.join(' ')}` : ''}`,
  ];
}
