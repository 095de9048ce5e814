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
  /** Where activation's time went, step by step (ms), for the editor benchmark. */
  activationSteps: Record<string, number>;
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
  const activationSteps: Record<string, number> = {};
  let stepStarted = started;
  const step = (name: string) => {
    const now = performance.now();
    activationSteps[name] = now - stepStarted;
    stepStarted = now;
  };
  const log = vscode.window.createOutputChannel('Micro App Guard', { log: true });
  const worker = new ScanWorkerClient(context.extensionPath, log);
  const policy = new ProjectPolicy(log);
  const store = new FindingStore();
  context.subscriptions.push(log, worker, policy);
  step('core services');

  const live = registerDiagnostics(context, { worker, policy, store, log });
  step('diagnostics');
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider({ scheme: 'file' }, new GuardCodeActionProvider(store), {
      providedCodeActionKinds: GuardCodeActionProvider.providedCodeActionKinds,
    }),
    vscode.commands.registerCommand('microappGuard.showLog', () => log.show()),
  );
  step('code actions');
  registerMoveSecretToStorage(context, log);
  step('move secret');
  registerAddAllowedHost(context);
  step('allowed host');
  registerIgnoreWithReason(context);
  step('ignore with reason');
  registerStatusBar(context, store);
  step('status bar');
  const registerPrompt = registerRegisterPrompt(context);
  step('register prompt');
  registerGettingStarted(context, store);
  step('getting started');
  registerNewFromTemplate(context, log);
  step('templates');
  registerRegistrationWizard(context, log);
  step('wizard');
  const scanWorkspace = registerScanWorkspace(context, { worker, policy, live, log });
  step('scan workspace');
  registerRegistryCommands(context, { worker, policy, log, version: MICROAPP_GUARD_VERSION });
  step('registry commands');
  registerRegistryStatus(context, log);
  step('registry status');

  if (vscode.workspace.getConfiguration('microappGuard').get<boolean>('scanOnActivation', true)) {
    // After activation returns: the worker starts and scans while the user works.
    setTimeout(() => void scanWorkspace({ silent: true }).catch((error) => log.warn(`activation scan failed: ${error}`)), 0);
  }
  const activationMs = performance.now() - started;
  log.info(`Micro App Guard ${MICROAPP_GUARD_VERSION} activated in ${activationMs.toFixed(1)} ms`);
  return {
    activationMs,
    activationSteps,
    activatedAtMs: performance.now(),
    scanDocument: live.scanNow,
    readAppSecret: (name) => context.secrets.get(secretKey(name)),
    timings: () => live.timings,
    registerPromptShown: registerPrompt.shown,
    walkthroughSteps: completedWalkthroughSteps,
  };
}

export function deactivate(): void {}
