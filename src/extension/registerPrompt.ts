import * as vscode from 'vscode';

/**
 * A folder with code but no microapp.yaml: the status bar offers "Register This App…" (the manifest-based rules stay
 * silent until there is one). Looked up after activation returns, so activation does not wait on the file search.
 */
export function registerRegisterPrompt(context: vscode.ExtensionContext): { shown(): boolean } {
  const item = vscode.window.createStatusBarItem('microappGuard.register', vscode.StatusBarAlignment.Left, 49);
  item.name = 'Micro App Guard: Register This App';
  item.text = '$(add) Register This App…';
  item.tooltip = 'No microapp.yaml in this folder yet: describe the app so the security team can review it.';
  item.command = 'microappGuard.registerApp';
  let visible = false;
  const refresh = async () => {
    const hasFolder = (vscode.workspace.workspaceFolders?.length ?? 0) > 0;
    const manifests = hasFolder ? await vscode.workspace.findFiles('**/microapp.yaml', '**/node_modules/**', 1) : [];
    visible = hasFolder && manifests.length === 0;
    if (visible) item.show();
    else item.hide();
  };
  const watcher = vscode.workspace.createFileSystemWatcher('**/microapp.yaml');
  context.subscriptions.push(item, watcher, watcher.onDidCreate(() => void refresh()), watcher.onDidDelete(() => void refresh()), vscode.workspace.onDidChangeWorkspaceFolders(() => void refresh()));
  setTimeout(() => void refresh(), 0);
  return { shown: () => visible };
}
