import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { validateManifestObject, writeManifest } from '../core/manifest/manifestDocument';
import { MANIFEST_FILE_NAME } from '../core/manifest/manifestFacts';
import { webviewToHostSchema, type HostToWebview } from '../protocol/wizardMessages';
import { detectWorkspace, manifestUriFor } from './manifestFiles';
import { wizardHtml } from './wizardHtml';

const VIEW_TYPE = 'microappGuard.registrationWizard';

/** "Register This App…": the wizard webview that writes microapp.yaml. */
export function registerRegistrationWizard(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): void {
  const open = (panel: vscode.WebviewPanel, manifestUri: vscode.Uri) => {
    const mediaRoot = vscode.Uri.joinPath(context.extensionUri, 'media');
    const distRoot = vscode.Uri.joinPath(context.extensionUri, 'dist');
    panel.webview.options = { enableScripts: true, localResourceRoots: [mediaRoot, distRoot] };
    panel.webview.html = wizardHtml({
      scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(distRoot, 'webview.js')).toString(),
      styleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(mediaRoot, 'wizard.css')).toString(),
      cspSource: panel.webview.cspSource,
    });
    // The text the wizard started from: saving over edits made elsewhere since then asks first.
    let baseline = existsSync(manifestUri.fsPath) ? hash(readFileSync(manifestUri.fsPath, 'utf8')) : undefined;
    const post = (message: HostToWebview) => void panel.webview.postMessage(message);
    panel.webview.onDidReceiveMessage(async (raw: unknown) => {
      const message = webviewToHostSchema.safeParse(raw);
      if (!message.success) return log.warn(`wizard sent an unknown message: ${JSON.stringify(raw).slice(0, 200)}`);
      if (message.data.type === 'ready') {
        const exists = existsSync(manifestUri.fsPath);
        const existing = exists ? readFileSync(manifestUri.fsPath, 'utf8') : '';
        let draft: Record<string, unknown> = {};
        try {
          draft = (exists ? parse(existing) : {}) ?? {};
        } catch {
          draft = {};
        }
        post({ type: 'init', draft, detected: await detectWorkspace(manifestUri), manifestPath: vscode.workspace.asRelativePath(manifestUri), exists });
      } else if (message.data.type === 'save') {
        const { manifest, problems } = validateManifestObject(message.data.manifest);
        if (!manifest) return post({ type: 'saveFailed', message: `${problems.length} field(s) are not valid`, problems });
        const current = existsSync(manifestUri.fsPath) ? readFileSync(manifestUri.fsPath, 'utf8') : undefined;
        if (current !== undefined && hash(current) !== baseline) {
          const choice = await vscode.window.showWarningMessage('microapp.yaml was changed outside the wizard since it opened. Save over those changes?', { modal: true }, 'Save Anyway');
          if (choice !== 'Save Anyway') return post({ type: 'saveFailed', message: 'kept the file as it is', problems: [] });
        }
        try {
          const text = writeManifest(message.data.manifest, current);
          await vscode.workspace.fs.writeFile(manifestUri, Buffer.from(text));
          baseline = hash(text);
          post({ type: 'saved', manifestPath: vscode.workspace.asRelativePath(manifestUri) });
          log.info(`wizard saved ${manifestUri.fsPath}`);
        } catch (error) {
          post({ type: 'saveFailed', message: error instanceof Error ? error.message : String(error), problems: [] });
        }
      } else panel.dispose();
    });
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('microappGuard.registerApp', async (target?: vscode.Uri) => {
      const manifestUri = target ?? (await manifestUriFor(vscode.window.activeTextEditor?.document.uri)) ?? defaultManifestUri();
      if (!manifestUri) return void vscode.window.showWarningMessage('Open the folder of your app first: the wizard writes microapp.yaml there.');
      const panel = vscode.window.createWebviewPanel(VIEW_TYPE, 'Register This App', vscode.ViewColumn.Active, { enableScripts: true });
      panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'media', 'icon.png');
      open(panel, manifestUri);
      return panel;
    }),
    // Restores the wizard after a reload; the page itself keeps what was typed with getState/setState.
    vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
      async deserializeWebviewPanel(panel) {
        const manifestUri = (await manifestUriFor()) ?? defaultManifestUri();
        if (manifestUri) open(panel, manifestUri);
      },
    }),
  );
}

function defaultManifestUri(): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder ? vscode.Uri.joinPath(folder.uri, MANIFEST_FILE_NAME) : undefined;
}

function hash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}
