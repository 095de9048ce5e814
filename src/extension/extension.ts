import * as vscode from 'vscode';
import { registerAddAllowedHost } from './addAllowedHost';
import { GuardCodeActionProvider } from './codeActions';
import { registerDiagnostics, type LiveDiagnostics } from './diagnostics';
import { FindingStore } from './findingStore';
import { registerIgnoreWithReason } from './ignoreWithReason';
import { registerMoveSecretToStorage, secretKey } from './moveSecretToStorage';
import { registerNewFromTemplate } from './newFromTemplate';
import { registerRegistrationWizard } from './registerApp';
import { ProjectPolicy } from './projectPolicy';
import { registerScanWorkspace } from './scanWorkspace';
import { ScanWorkerClient } from './scanWorkerClient';
import { registerStatusBar } from './statusBar';
import { registerRegistryCommands } from './submitApp';
import { completedWalkthroughSteps, registerGettingStarted } from './gettingStarted';
import { registerRegisterPrompt } from './registerPrompt';
import { registerRegistryStatus } from './registryStatus';

declare const MICROAPP_GUARD_VERSION: string;

/** What the extension hands to its integration tests and to other extensions. */
export interface MicroAppGuardApi {
  activationMs: number;
  /** When activation finished, in ms since the extension host started (after start-up: activation waits for it). */
  activatedAtMs: number;
  scanDocument(document: vscode.TextDocument): Promise<void>;
  /** A secret the app reads from its environment, as stored by "Move secret to Secret Storage". */
  readAppSecret(name: string): Thenable<string | undefined>;
  /** Recent editor timings (ms): main-thread work per scan, edit to published diagnostics, worker time. */
  timings(): LiveDiagnostics['timings'];
  /** Whether the status bar offers "Register This App…" (no microapp.yaml in the workspace). */
  registerPromptShown(): boolean;
  /** Getting Started steps completed in this session. */
  walkthroughSteps(): string[];
}

/** Composition root: builds the services and registers one feature per file. Heavy work lives in the scan worker. */
export function activate(context: vscode.ExtensionContext): MicroAppGuardApi {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('Micro App Guard', { log: true });
  const worker = new ScanWorkerClient(context.extensionPath, log);
  const policy = new ProjectPolicy(log);
  const store = new FindingStore();
  context.subscriptions.push(log, worker, policy);

  const live = registerDiagnostics(context, { worker, policy, store, log });
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider({ scheme: 'file' }, new GuardCodeActionProvider(store), {
      providedCodeActionKinds: GuardCodeActionProvider.providedCodeActionKinds,
    }),
    vscode.commands.registerCommand('microappGuard.showLog', () => log.show()),
  );
  registerMoveSecretToStorage(context, log);
  registerAddAllowedHost(context);
  registerIgnoreWithReason(context);
  registerStatusBar(context, store);
  const registerPrompt = registerRegisterPrompt(context);
  registerGettingStarted(context, store);
  registerNewFromTemplate(context, log);
  registerRegistrationWizard(context, log);
  const scanWorkspace = registerScanWorkspace(context, { worker, policy, live, log });
  registerRegistryCommands(context, { worker, policy, log, version: MICROAPP_GUARD_VERSION });
  registerRegistryStatus(context, log);

  if (vscode.workspace.getConfiguration('microappGuard').get<boolean>('scanOnActivation', true)) {
    // After activation returns: the worker starts and scans while the user works.
    setTimeout(() => void scanWorkspace({ silent: true }).catch((error) => log.warn(`activation scan failed: ${error}`)), 0);
  }
  const activationMs = performance.now() - started;
  log.info(`Micro App Guard ${MICROAPP_GUARD_VERSION} activated in ${activationMs.toFixed(1)} ms`);
  return {
    activationMs,
    activatedAtMs: performance.now(),
    scanDocument: live.scanNow,
    readAppSecret: (name) => context.secrets.get(secretKey(name)),
    timings: () => live.timings,
    registerPromptShown: registerPrompt.shown,
    walkthroughSteps: completedWalkthroughSteps,
  };
}

export function deactivate(): void {}
