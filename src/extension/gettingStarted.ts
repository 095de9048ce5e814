import * as vscode from 'vscode';
import type { FindingStore } from './findingStore';

/** The Getting Started walkthrough's steps, each completed by the real event (package.json `contributes.walkthroughs`). */
export type WalkthroughStep = 'templateCreated' | 'findingFixed' | 'manifestSaved' | 'submissionAccepted';

const done = new Set<WalkthroughStep>();

const STEPS: WalkthroughStep[] = ['templateCreated', 'findingFixed', 'manifestSaved', 'submissionAccepted'];

/**
 * Marks a step done. The walkthrough completes a step on `onCommand:microappGuard.walkthrough.<step>` (an internal
 * command run here) or `onContext:` of the key set here, whichever VS Code sees first.
 */
export function completeWalkthroughStep(step: WalkthroughStep): void {
  if (done.has(step)) return;
  done.add(step);
  void vscode.commands.executeCommand('setContext', `microappGuard.walkthrough.${step}`, true);
  void vscode.commands.executeCommand(`microappGuard.walkthrough.${step}`);
}

export function completedWalkthroughSteps(): WalkthroughStep[] {
  return [...done];
}

/** Steps whose event is not a command of ours: a finding that goes away after an edit, a microapp.yaml saved. */
export function registerGettingStarted(context: vscode.ExtensionContext, store: FindingStore): void {
  const manifests = vscode.workspace.createFileSystemWatcher('**/microapp.yaml');
  context.subscriptions.push(
    manifests,
    manifests.onDidCreate(() => completeWalkthroughStep('manifestSaved')),
    manifests.onDidChange(() => completeWalkthroughStep('manifestSaved')),
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (/(^|[\\/])microapp\.yaml$/.test(document.fileName)) completeWalkthroughStep('manifestSaved');
    }),
    store.onDidResolve(() => completeWalkthroughStep('findingFixed')),
    ...STEPS.map((step) => vscode.commands.registerCommand(`microappGuard.walkthrough.${step}`, () => undefined)),
    vscode.commands.registerCommand('microappGuard.openWalkthrough', openWalkthrough),
  );
}

/**
 * Opens the walkthrough with the steps done so far ticked. VS Code creates its walkthrough service only when a
 * walkthrough is first shown; a step whose context key is already true when it registers the steps is never ticked
 * (it takes the key for an old event). So the keys of the steps done go false while it registers them and true
 * after, which it sees as the events.
 */
async function openWalkthrough(): Promise<void> {
  const steps = [...done];
  for (const step of steps) await vscode.commands.executeCommand('setContext', `microappGuard.walkthrough.${step}`, false);
  await vscode.commands.executeCommand('workbench.action.openWalkthrough', 'microapp-guard.microapp-guard#gettingStarted', false);
  for (const step of steps) await vscode.commands.executeCommand('setContext', `microappGuard.walkthrough.${step}`, true);
}
