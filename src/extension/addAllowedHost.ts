import * as vscode from 'vscode';
import { addManifestListEntry } from '../core/manifest/manifestEdits';
import { manifestUriFor, replaceFileText } from './manifestFiles';

/** "Add host to allowlist": adds the host to spec.network.allow of the app's microapp.yaml. */
export function registerAddAllowedHost(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('microappGuard.addManifestEntry', async (manifestUri: vscode.Uri, list: string[], value: unknown) => {
      const text = (await vscode.workspace.openTextDocument(manifestUri)).getText();
      const updated = addManifestListEntry(text, list, value);
      if (updated) await replaceFileText(manifestUri, updated);
    }),
    vscode.commands.registerCommand('microappGuard.addAllowedHost', async (host: string, from?: vscode.Uri) => {
      const manifestUri = await manifestUriFor(from);
      if (!manifestUri) {
        void vscode.window.showWarningMessage('This app has no microapp.yaml yet, so it has no allowlist.', 'Register This App…')
          .then((choice) => choice && vscode.commands.executeCommand('microappGuard.registerApp'));
        return;
      }
      const text = (await vscode.workspace.openTextDocument(manifestUri)).getText();
      try {
        const updated = addManifestListEntry(text, ['spec', 'network', 'allow'], host);
        if (updated) await replaceFileText(manifestUri, updated);
        void vscode.window.showInformationMessage(`${host} is in the allowlist of ${vscode.workspace.asRelativePath(manifestUri)}; the registry reviews the change on the next submit.`);
      } catch (error) {
        void vscode.window.showErrorMessage(`Could not edit microapp.yaml: ${error instanceof Error ? error.message : String(error)}`);
      }
    }),
  );
}
