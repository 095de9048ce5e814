import { existsSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { findManifest, MANIFEST_FILE_NAME } from '../core/manifest/manifestFacts';

/** The microapp.yaml that governs a document, or the workspace's only one. */
export async function manifestUriFor(uri?: vscode.Uri): Promise<vscode.Uri | undefined> {
  if (uri?.scheme === 'file') {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const found = findManifest(path.dirname(uri.fsPath), folder?.uri.fsPath);
    if (found) return vscode.Uri.file(found);
  }
  const all = await vscode.workspace.findFiles(`**/${MANIFEST_FILE_NAME}`, '**/node_modules/**', 20);
  if (all.length <= 1) return all[0];
  const picked = await vscode.window.showQuickPick(
    all.map((candidate) => ({ label: vscode.workspace.asRelativePath(candidate), uri: candidate })),
    { title: 'Which micro app?', placeHolder: 'Pick the microapp.yaml of the app' },
  );
  return picked?.uri;
}

/** Replaces a whole file through a WorkspaceEdit (so it can be undone) and saves it. */
export async function replaceFileText(uri: vscode.Uri, text: string): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, new vscode.Range(0, 0, document.lineCount, 0), text);
  await vscode.workspace.applyEdit(edit);
  await document.save();
}

export function folderHasManifest(folder: vscode.WorkspaceFolder): boolean {
  return existsSync(path.join(folder.uri.fsPath, MANIFEST_FILE_NAME));
}
