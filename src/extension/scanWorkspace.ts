import { createHash } from 'node:crypto';
import * as vscode from 'vscode';
import type { Finding } from '../core/scan/finding';
import type { ScanSummary } from '../core/scan/scanFiles';
import { summaryLine } from '../core/scan/formatters/textReport';
import type { LiveDiagnostics } from './diagnostics';
import { findingToDiagnostic } from './diagnostics';
import type { ProjectPolicy } from './projectPolicy';
import type { ScanWorkerClient } from './scanWorkerClient';
import { showErrorWithLog } from './showError';

/** "Scan Workspace": every folder, in the worker, with progress and cancel; the same config, ignores and baseline as the CLI. */
export function registerScanWorkspace(
  context: vscode.ExtensionContext,
  deps: { worker: ScanWorkerClient; policy: ProjectPolicy; live: LiveDiagnostics; log: vscode.LogOutputChannel },
): (options?: { silent?: boolean }) => Promise<ScanSummary[]> {
  const scan = async ({ silent = false } = {}): Promise<ScanSummary[]> => {
    const folders = (vscode.workspace.workspaceFolders ?? []).filter((folder) => folder.uri.scheme === 'file');
    if (folders.length === 0) {
      if (!silent) void vscode.window.showInformationMessage('Open a folder to scan it.');
      return [];
    }
    return vscode.window.withProgress(
      { location: silent ? vscode.ProgressLocation.Window : vscode.ProgressLocation.Notification, title: 'Micro App Guard: scanning', cancellable: !silent },
      async (progress, token) => {
        const summaries: ScanSummary[] = [];
        const started = performance.now();
        for (const folder of folders) {
          const policy = deps.policy.forDocument(vscode.Uri.joinPath(folder.uri, '.microapp-guard.yaml'));
          let reported = 0;
          const summary = await deps.worker.scanWorkspace(
            {
              paths: ['.'], base: folder.uri.fsPath, config: policy.config, manifest: policy.manifest, maxFileSize: vscode.workspace.getConfiguration('microappGuard', folder.uri).get<number>('maxFileSize'),
              // At start-up the open files are being scanned on their own (their results would be dropped below anyway):
              // scanning their saved copies too only competes with the first edits.
              skipOpenDocuments: silent,
              // Each file's results, kept for the next scan (the next window too): what no change reached is reused.
              cacheDir: scanCacheDir(context, folder),
            },
            (done, total) => {
              const increment = ((done - reported) / Math.max(total, 1)) * (100 / folders.length);
              reported = done;
              progress.report({ message: `${folder.name}: ${done}/${total} files`, increment });
            },
            token,
          );
          if (policy.baseline) summary.findings = summary.findings.filter((f) => !f.fingerprint || !policy.baseline!.has(f.fingerprint));
          publishClosedFiles(folder, summary.findings, deps.live, context.extensionUri);
          summaries.push(summary);
          deps.log.info(`workspace scan of ${folder.name}: ${summaryLine(summary)} (${(performance.now() - started).toFixed(0)} ms)`);
          for (const { file, part, reason } of summary.incomplete ?? []) deps.log.warn(`${folder.name}/${file} is not fully checked (${part}): ${reason}`);
        }
        if (!silent) {
          const total = summaries.reduce((n, s) => n + s.findings.length, 0);
          const cancelled = summaries.some((s) => s.cancelled);
          void vscode.window.showInformationMessage(`Micro App Guard: ${cancelled ? 'scan cancelled; ' : ''}${total} finding(s) in ${summaries.reduce((n, s) => n + s.filesScanned, 0)} file(s).`, 'Show Problems')
            .then((choice) => choice && vscode.commands.executeCommand('workbench.actions.view.problems'));
        }
        return summaries;
      },
    );
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('microappGuard.scanWorkspace', async () => {
      try {
        return await scan();
      } catch (error) {
        showErrorWithLog(deps.log, 'Micro App Guard could not scan the workspace.', error);
        return [];
      }
    }),
  );
  return scan;
}

/** The folder's scan cache in the extension's workspace storage (none without one: an untitled window). */
function scanCacheDir(context: vscode.ExtensionContext, folder: vscode.WorkspaceFolder): string | undefined {
  if (!context.storageUri || context.storageUri.scheme !== 'file') return undefined;
  return vscode.Uri.joinPath(context.storageUri, 'scan-cache', createHash('sha256').update(folder.uri.fsPath).digest('hex').slice(0, 16)).fsPath;
}

/** Workspace results for files that are not open; open files keep their live diagnostics. */
function publishClosedFiles(folder: vscode.WorkspaceFolder, findings: Finding[], live: LiveDiagnostics, extensionUri: vscode.Uri): void {
  const open = new Set(vscode.workspace.textDocuments.map((document) => document.uri.toString()));
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);
  for (const [file, list] of byFile) {
    const uri = vscode.Uri.joinPath(folder.uri, file);
    if (open.has(uri.toString())) continue;
    live.collection.set(uri, list.map((finding) => findingToDiagnostic(finding, uri, extensionUri)));
  }
}
