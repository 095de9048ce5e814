import path from 'node:path';
import * as vscode from 'vscode';
import { detectAppFacts } from '../core/manifest/detectAppFacts';
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


/** What the app's code shows (LLM SDKs, hosts, secret names), read from the manifest's folder. */
const detected = new Map<string, { at: number; facts: ReturnType<typeof detectAppFacts> }>();

export async function detectWorkspace(manifestUri: vscode.Uri) {
  // Typing in microapp.yaml rescans it often; the code it is compared with changes less often.
  const cached = detected.get(manifestUri.fsPath);
  if (cached && Date.now() - cached.at < 3000) return cached.facts;
  const folder = vscode.Uri.file(path.dirname(manifestUri.fsPath));
  const files = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*.{ts,tsx,js,jsx,mjs,py}'), '**/{node_modules,dist,out,.venv}/**', 300);
  const sources: { file: string; text: string }[] = [];
  for (const file of files) {
    const bytes = await vscode.workspace.fs.readFile(file);
    if (bytes.length < 256 * 1024) sources.push({ file: file.fsPath, text: Buffer.from(bytes).toString('utf8') });
  }
  const facts = detectAppFacts(sources);
  detected.set(manifestUri.fsPath, { at: Date.now(), facts });
  return facts;
}
