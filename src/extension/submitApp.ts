import path from 'node:path';
import * as vscode from 'vscode';
import { parseManifest } from '../core/manifest/manifestDocument';
import { locateYamlPath } from '../core/yaml/yamlWithSchema';
import { checkRegistryUrl, RegistryError, submitApp } from '../core/registry/registryClient';
import { assessRisk } from '../core/risk/riskTier';
import { toScanSummaryPayload } from '../core/scan/scanSummary';
import { manifestUriFor } from './manifestFiles';
import type { ProjectPolicy } from './projectPolicy';
import type { ScanWorkerClient } from './scanWorkerClient';
import { showErrorWithLog } from './showError';
import { completeWalkthroughStep } from './gettingStarted';

export const TOKEN_KEY = 'registry/token';

/** "Set Registry Token" and "Submit App to Registry". The token lives in SecretStorage, never in settings. */
export function registerRegistryCommands(
  context: vscode.ExtensionContext,
  deps: { worker: ScanWorkerClient; policy: ProjectPolicy; log: vscode.LogOutputChannel; version: string },
): void {
  const registryDiagnostics = vscode.languages.createDiagnosticCollection('microapp-guard-registry');
  context.subscriptions.push(
    registryDiagnostics,
    vscode.commands.registerCommand('microappGuard.setRegistryToken', async (value?: string) => {
      const token = value ?? await vscode.window.showInputBox({
        title: 'Micro App Guard: registry token',
        prompt: 'Paste the token your registry admin gave you. It is kept in the editor\'s Secret Storage.',
        password: true,
        ignoreFocusOut: true,
        validateInput: (text) => (/^mag_[bra]_[A-Za-z0-9_-]{43}$/.test(text.trim()) ? undefined : 'A registry token looks like mag_b_… (49 characters)'),
      });
      if (!token) return;
      await context.secrets.store(TOKEN_KEY, token.trim());
      if (!value) void vscode.window.showInformationMessage('Registry token saved in Secret Storage.');
    }),
    vscode.commands.registerCommand('microappGuard.submitApp', async (options?: { skipFindingsPrompt?: boolean }) => {
      try {
        return await submit(options ?? {});
      } catch (error) {
        showErrorWithLog(deps.log, 'Micro App Guard could not submit the app.', error);
        return undefined;
      }
    }),
  );

  const submit = async ({ skipFindingsPrompt = false }: { skipFindingsPrompt?: boolean }) => {
    registryDiagnostics.clear();
    const manifestUri = await manifestUriFor(vscode.window.activeTextEditor?.document.uri);
    if (!manifestUri) {
      void vscode.window.showWarningMessage('There is no microapp.yaml to submit yet.', 'Register This App…')
        .then((choice) => choice && vscode.commands.executeCommand('microappGuard.registerApp'));
      return undefined;
    }
    const manifestDocument = await vscode.workspace.openTextDocument(manifestUri);
    const { manifest, problems } = parseManifest(manifestDocument.getText());
    if (!manifest) {
      await vscode.window.showTextDocument(manifestDocument);
      void vscode.window.showErrorMessage(`microapp.yaml has ${problems.length} problem(s): fix them (see Problems) before submitting. Nothing was sent.`);
      return undefined;
    }
    const settings = vscode.workspace.getConfiguration('microappGuard', manifestUri);
    const registryUrl = settings.get<string>('registry.url', 'http://localhost:7420');
    try {
      checkRegistryUrl(registryUrl);
    } catch (error) {
      void vscode.window.showErrorMessage((error as Error).message, 'Open Settings')
        .then((choice) => choice && vscode.commands.executeCommand('workbench.action.openSettings', 'microappGuard.registry.url'));
      return undefined;
    }
    let token = await context.secrets.get(TOKEN_KEY);
    if (!token) {
      await vscode.commands.executeCommand('microappGuard.setRegistryToken');
      token = await context.secrets.get(TOKEN_KEY);
      if (!token) return undefined;
    }

    const appDir = path.dirname(manifestUri.fsPath);
    const policy = deps.policy.forDocument(manifestUri);
    return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Submitting to the registry', cancellable: true }, async (progress, cancel) => {
      progress.report({ message: 'scanning the app…' });
      const summary = await deps.worker.scanWorkspace({ paths: ['.'], base: appDir, config: policy.config, manifest: policy.manifest }, () => {}, cancel);
      if (cancel.isCancellationRequested) return undefined;
      const scan = toScanSummaryPayload(summary, deps.version);
      if (scan.findings.error > 0 && !skipFindingsPrompt) {
        const choice = await vscode.window.showWarningMessage(
          `The scan found ${scan.findings.error} error-level problem(s). Submit anyway? Reviewers will see them.`,
          { modal: true },
          'Submit Anyway',
          'Show Problems',
        );
        if (choice === 'Show Problems') await vscode.commands.executeCommand('microappGuard.scanWorkspace');
        if (choice !== 'Submit Anyway') return undefined;
      }
      progress.report({ message: `sending to ${registryUrl}…` });
      try {
        const result = await submitApp({
          registryUrl,
          token: token!,
          manifest,
          scan,
          clientTier: assessRisk(manifest).tier,
          timeoutMs: settings.get<number>('registry.timeoutSeconds', 10) * 1000,
          onRetry: (attempt, error) => progress.report({ message: `retrying (${attempt}) after: ${error.message}` }),
        });
        deps.log.info(`submitted ${result.app.name} v${result.version}: tier ${result.app.tier}, status ${result.app.status}`);
        await vscode.commands.executeCommand('microappGuard.clearReviewComments');
        completeWalkthroughStep('submissionAccepted');
        void vscode.window.showInformationMessage(
          `Submitted ${result.app.name} version ${result.version}: risk tier ${result.app.tier}, status ${result.app.status}.`,
          'Open Dashboard',
        ).then((choice) => choice && vscode.env.openExternal(vscode.Uri.parse(result.dashboardUrl)));
        return result;
      } catch (error) {
        if (!(error instanceof RegistryError)) throw error;
        await explainFailure(error, manifestDocument);
        return undefined;
      }
    });
  };

  const explainFailure = async (error: RegistryError, manifestDocument: vscode.TextDocument) => {
    deps.log.warn(`submit failed (${error.reason}): ${error.message} ${JSON.stringify(error.details)}`);
    switch (error.reason) {
      case 'unauthorized':
        showErrorWithLog(deps.log, `The registry did not accept your token: ${error.message}`, undefined, ['Set Registry Token'], () => vscode.commands.executeCommand('microappGuard.setRegistryToken'));
        return;
      case 'invalid':
      case 'conflict': {
        // Put the registry's objections on the manifest lines they are about.
        const text = manifestDocument.getText();
        registryDiagnostics.set(manifestDocument.uri, error.details.map((detail) => {
          const at = locateYamlPath(text, detail.path.split('.').filter(Boolean).map((part) => (/^\d+$/.test(part) ? Number(part) : part)));
          const diagnostic = new vscode.Diagnostic(new vscode.Range(at.line - 1, at.column - 1, at.endLine - 1, Math.max(at.endColumn - 1, at.column)), `Registry: ${detail.message}`, vscode.DiagnosticSeverity.Error);
          diagnostic.source = 'Micro App Registry';
          return diagnostic;
        }));
        await vscode.window.showTextDocument(manifestDocument);
        void vscode.window.showErrorMessage(`The registry refused the app: ${error.message}${error.details.length ? ' See the problems in microapp.yaml.' : ''}`);
        return;
      }
      default:
        showErrorWithLog(deps.log, `Not submitted: ${error.message}${error.reason === 'rate-limited' ? ` Try again in ${error.retryAfterSeconds ?? 60} s.` : ''}`, undefined, error.reason === 'unreachable' ? ['Open Settings'] : [], () =>
          vscode.commands.executeCommand('workbench.action.openSettings', 'microappGuard.registry.url'));
    }
  };
}
