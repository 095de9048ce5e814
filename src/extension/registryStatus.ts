import * as vscode from 'vscode';
import { parseManifest } from '../core/manifest/manifestDocument';
import { getAppStatus, RegistryError, type AppStatusView } from '../core/registry/registryClient';
import { manifestUriFor } from './manifestFiles';
import { showErrorWithLog } from './showError';
import { TOKEN_KEY } from './submitApp';

/**
 * "Show Registry Status": the app's status in the registry and its latest review. When a reviewer asked for
 * changes, their comment shows on the lines it concerns (diagnostics from "Micro App Guard review") until the app is
 * submitted again.
 */
export function registerRegistryStatus(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): void {
  const reviewComments = vscode.languages.createDiagnosticCollection('microapp-guard-review');
  context.subscriptions.push(
    reviewComments,
    vscode.commands.registerCommand('microappGuard.clearReviewComments', () => reviewComments.clear()),
    vscode.commands.registerCommand('microappGuard.showRegistryStatus', async (): Promise<AppStatusView | undefined> => {
      try {
        return await showStatus();
      } catch (error) {
        if (error instanceof RegistryError) void vscode.window.showErrorMessage(`The registry did not answer: ${error.message}`);
        else showErrorWithLog(log, 'Micro App Guard could not read the registry status.', error);
        return undefined;
      }
    }),
  );

  const showStatus = async (): Promise<AppStatusView | undefined> => {
    const manifestUri = await manifestUriFor(vscode.window.activeTextEditor?.document.uri);
    const manifest = manifestUri && parseManifest((await vscode.workspace.openTextDocument(manifestUri)).getText()).manifest;
    if (!manifestUri || !manifest) {
      void vscode.window.showWarningMessage('There is no valid microapp.yaml here: the registry knows apps by the name in it.');
      return undefined;
    }
    const token = await context.secrets.get(TOKEN_KEY);
    if (!token) {
      void vscode.window.showWarningMessage('Set the registry token first (Micro App Guard: Set Registry Token).');
      return undefined;
    }
    const registryUrl = vscode.workspace.getConfiguration('microappGuard', manifestUri).get<string>('registry.url', 'http://localhost:7420');
    const view = await getAppStatus({ registryUrl, token, name: manifest.metadata.name });
    reviewComments.clear();
    const review = view.review;
    if (view.status === 'changes-requested' && review) {
      const appDir = vscode.Uri.joinPath(manifestUri, '..');
      const byFile = new Map<string, vscode.Diagnostic[]>();
      for (const line of review.lines) {
        const diagnostic = new vscode.Diagnostic(new vscode.Range(line.line - 1, 0, line.line - 1, Number.MAX_SAFE_INTEGER), `Changes requested by ${review.reviewer} (v${review.version}): ${line.note ?? review.comment}`, vscode.DiagnosticSeverity.Warning);
        diagnostic.source = 'Micro App Guard review';
        byFile.set(line.file, [...(byFile.get(line.file) ?? []), diagnostic]);
      }
      for (const [file, diagnostics] of byFile) reviewComments.set(vscode.Uri.joinPath(appDir, file), diagnostics);
    }
    const said = review ? ` ${review.reviewer} (${review.decision} v${review.version}): "${review.comment}"` : ' No review yet.';
    void vscode.window.showInformationMessage(`${view.name} v${view.latestVersion} is ${view.status} (tier ${view.tier}).${said}`);
    return view;
  };
}
