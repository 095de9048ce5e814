import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import type { FindingStore } from './findingStore';

/** `$(shield) 3` in the status bar; a click lists only Micro App Guard's findings (VS Code has no API to filter Problems). */
export function registerStatusBar(context: vscode.ExtensionContext, store: FindingStore): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem('microappGuard.findings', vscode.StatusBarAlignment.Left, 50);
  item.name = 'Micro App Guard';
  item.command = 'microappGuard.showFindings';
  context.subscriptions.push(
    vscode.commands.registerCommand('microappGuard.showFindings', async (options?: { listOnly?: boolean }) => {
      const items = vscode.languages.getDiagnostics().flatMap(([uri, diagnostics]) =>
        diagnostics
          .filter((d) => d.source === DIAGNOSTIC_SOURCE)
          .sort((a, b) => a.severity - b.severity)
          .map((d) => ({
            label: `${d.severity === vscode.DiagnosticSeverity.Error ? '$(error)' : d.severity === vscode.DiagnosticSeverity.Warning ? '$(warning)' : '$(info)'} ${typeof d.code === 'object' ? d.code.value : d.code}`,
            description: `${vscode.workspace.asRelativePath(uri)}:${d.range.start.line + 1}`,
            detail: d.message,
            uri,
            range: d.range,
          })),
      );
      if (options?.listOnly) return items.map((i) => `${i.label} ${i.description}`);
      const openProblems = { label: '$(list-unordered) Open the Problems view', description: '', detail: undefined, uri: undefined, range: undefined };
      const picked = await vscode.window.showQuickPick([...items, openProblems], { title: `Micro App Guard: ${items.length} finding(s)`, matchOnDescription: true, matchOnDetail: true });
      if (!picked) return undefined;
      if (!picked.uri) return vscode.commands.executeCommand('workbench.actions.view.problems');
      return vscode.window.showTextDocument(picked.uri, { selection: picked.range });
    }),
  );
  const update = () => {
    const { error, warning, info, files } = store.counts();
    const total = error + warning + info;
    item.text = total === 0 ? '$(shield) 0' : `$(shield) ${total}`;
    item.tooltip = total === 0 ? 'Micro App Guard: no findings in open files' : `Micro App Guard: ${error} error(s), ${warning} warning(s), ${info} info in ${files} file(s). Click to list them.`;
    item.backgroundColor = error > 0 ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    item.show();
  };
  context.subscriptions.push(item, store.onDidChange(update));
  update();
  return item;
}
