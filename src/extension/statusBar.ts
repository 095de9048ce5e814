import * as vscode from 'vscode';
import type { FindingStore } from './findingStore';

/** `$(shield) 3` in the status bar; a click opens the Problems view. */
export function registerStatusBar(context: vscode.ExtensionContext, store: FindingStore): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem('microappGuard.findings', vscode.StatusBarAlignment.Left, 50);
  item.name = 'Micro App Guard';
  item.command = 'workbench.actions.view.problems';
  const update = () => {
    const { error, warning, info, files } = store.counts();
    const total = error + warning + info;
    item.text = total === 0 ? '$(shield) 0' : `$(shield) ${total}`;
    item.tooltip = total === 0 ? 'Micro App Guard: no findings in open files' : `Micro App Guard: ${error} error(s), ${warning} warning(s), ${info} info in ${files} file(s). Click to open Problems.`;
    item.backgroundColor = error > 0 ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    item.show();
  };
  context.subscriptions.push(item, store.onDidChange(update));
  update();
  return item;
}
