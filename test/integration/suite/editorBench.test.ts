// Not a test of behaviour: `npm run bench` runs this in the real VS Code to time the editor path.
import { writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { MicroAppGuardApi } from '../../../src/extension/extension';
import { generateLlmAppSource } from '../../../bench/generatedSources';

const percentile = (samples: number[], p: number) => [...samples].sort((a, b) => a - b)[Math.min(samples.length - 1, Math.floor((p / 100) * samples.length))];

describe('editor benchmark', () => {
  it('times edits to a 2,000-line file', async () => {
    const api = await vscode.extensions.getExtension<MicroAppGuardApi>('microapp-guard.microapp-guard')!.activate();
    const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'src', 'big.ts');
    await vscode.workspace.fs.writeFile(uri, Buffer.from(generateLlmAppSource(2000)));
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    await api.scanDocument(document);
    const edits = 60;
    /** `edits` edits, each waiting for its own diagnostics; the timings they added. */
    const typeEdits = async (first: number) => {
      const before = api.timings().editToDiagnosticsMs.length;
      // The opening scan (a full parse) is not an edit: the worker's figures start after it, like edit → diagnostics.
      const scansBefore = api.timings().workerMs.length;
      for (let i = first; i < first + edits; i++) {
        // Done when this edit's own diagnostics are out (a publish for an earlier scan must not start the next edit).
        const recorded = api.timings().editToDiagnosticsMs.length;
        const published = new Promise<void>((resolve) => {
          const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
            if (event.uris.some((changed) => changed.toString() === uri.toString()) && api.timings().editToDiagnosticsMs.length > recorded) {
              subscription.dispose();
              resolve();
            }
          });
        });
        await editor.edit((edit) => edit.insert(new vscode.Position(1000 + (i % 50), 0), `// edit ${i}\n`));
        await published;
      }
      const timings = api.timings();
      return {
        editToDiagnostics: timings.editToDiagnosticsMs.slice(before),
        main: timings.mainThreadMs.slice(scansBefore),
        worker: timings.workerMs.slice(scansBefore),
        phases: timings.workerPhasesMs.slice(scansBefore),
        thread: timings.workerThreadMs.slice(scansBefore),
      };
    };
    // Right after the window opens (the workbench, the TypeScript server and the browser are starting too), then
    // again once they have settled: a builder who opens a file and types at once meets the first; the rest of a
    // session, the second.
    const { editToDiagnostics, main, worker, phases, thread } = await typeEdits(0);
    await new Promise((resolve) => setTimeout(resolve, 5000));
    const settled = await typeEdits(edits);
    const phase = (name: 'parse' | 'index' | 'rules') => ({ p50: percentile(phases.map((p) => p[name]), 50), p95: percentile(phases.map((p) => p[name]), 95) });
    const figures = {
      activationMs: api.activationMs,
      activationSteps: api.activationSteps,
      activatedAtMs: api.activatedAtMs,
      edits: editToDiagnostics.length,
      editToDiagnostics: { p50: percentile(editToDiagnostics, 50), p95: percentile(editToDiagnostics, 95) },
      mainThread: { p50: percentile(main, 50), p95: percentile(main, 95) },
      worker: { p50: percentile(worker, 50), p95: percentile(worker, 95) },
      workerPhases: { parse: phase('parse'), index: phase('index'), rules: phase('rules') },
      // Linux's per-thread scheduler figures: a long wall time with a short CPU time was a wait for a core.
      workerThread: thread.length ? { cpu: { p50: percentile(thread.map((t) => t.cpuMs), 50), p95: percentile(thread.map((t) => t.cpuMs), 95) }, wait: { p50: percentile(thread.map((t) => t.waitMs), 50), p95: percentile(thread.map((t) => t.waitMs), 95) } } : undefined,
      // In order, to see warm-up: the first edits after opening run on code the JIT has not optimised yet.
      series: { editToDiagnostics: editToDiagnostics.map(Math.round), worker: worker.map(Math.round), workerCpu: thread.map((t) => Math.round(t.cpuMs)), workerWait: thread.map((t) => Math.round(t.waitMs)) },
      settled: {
        edits: settled.editToDiagnostics.length,
        editToDiagnostics: { p50: percentile(settled.editToDiagnostics, 50), p95: percentile(settled.editToDiagnostics, 95) },
        mainThread: { p50: percentile(settled.main, 50), p95: percentile(settled.main, 95) },
        worker: { p50: percentile(settled.worker, 50), p95: percentile(settled.worker, 95) },
        workerCpu: settled.thread.length ? { p50: percentile(settled.thread.map((t) => t.cpuMs), 50), p95: percentile(settled.thread.map((t) => t.cpuMs), 95) } : undefined,
        series: settled.editToDiagnostics.map(Math.round),
      },
      debounceMs: vscode.workspace.getConfiguration('microappGuard').get('debounceMs'),
    };
    console.log(`MICROAPP_GUARD_BENCH ${JSON.stringify(figures)}`);
    if (process.env.MICROAPP_GUARD_BENCH_OUT) writeFileSync(process.env.MICROAPP_GUARD_BENCH_OUT, JSON.stringify(figures));
  });
});
