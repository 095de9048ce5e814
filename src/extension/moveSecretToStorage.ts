import * as vscode from 'vscode';
import { addManifestListEntry } from '../core/manifest/manifestEdits';
import { manifestUriFor, replaceFileText } from './manifestFiles';

const NAMES_BY_RULE: Record<string, string> = {
  'secret/connection-string': 'DATABASE_URL', 'secret/private-key': 'PRIVATE_KEY', 'secret/github': 'GITHUB_TOKEN',
  'secret/slack': 'SLACK_TOKEN', 'secret/npm': 'NPM_TOKEN', 'secret/aws': 'AWS_SECRET_ACCESS_KEY', 'secret/basic-auth': 'BASIC_AUTH_PASSWORD',
  'secret/google-ai': 'GEMINI_API_KEY', 'secret/huggingface': 'HF_TOKEN', 'secret/replicate': 'REPLICATE_API_TOKEN', 'secret/gcp': 'GOOGLE_APPLICATION_CREDENTIALS_JSON',
};

/** SecretStorage key for a secret the app reads from its environment. */
export const secretKey = (name: string) => `app-secret/${name}`;

/** OPENAI_API_KEY from `const OPENAI_API_KEY = "…"`, else from the rule (`secret/mistral` → MISTRAL_API_KEY). */
export function suggestSecretName(lineBefore: string, ruleId: string): string {
  const assigned = /([A-Za-z_][A-Za-z0-9_]*)["']?\s*(?:=|:)\s*(?:new \w+\(\s*)?["'`]?$/.exec(lineBefore)?.[1];
  if (assigned && /^[A-Z][A-Z0-9_]{2,}$/.test(assigned)) return assigned;
  return NAMES_BY_RULE[ruleId] ?? `${ruleId.replace(/^secret\//, '').toUpperCase().replace(/-/g, '_')}_API_KEY`;
}

/** "Move secret to Secret Storage": store the value, read it from the environment instead, list its name in the manifest. */
export function registerMoveSecretToStorage(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('microappGuard.moveSecretToStorage', async (uri: vscode.Uri, range: vscode.Range, ruleId: string, presetName?: string) => {
      const document = await vscode.workspace.openTextDocument(uri);
      let target = new vscode.Range(range.start, range.end);
      const before = document.getText(new vscode.Range(target.start.line, 0, target.start.line, target.start.character));
      const after = document.lineAt(target.end.line).text.slice(target.end.character);
      const value = document.getText(target);
      // Take the quotes too when the literal is exactly the secret.
      const quote = before.slice(-1);
      if (`'"\``.includes(quote) && quote && after.startsWith(quote)) target = new vscode.Range(target.start.translate(0, -1), target.end.translate(0, 1));
      const suggestion = suggestSecretName(before.slice(0, -1), ruleId);
      const confirm = vscode.workspace.getConfiguration('microappGuard', uri).get<boolean>('confirmSecretNames', true);
      const name = presetName ?? (confirm
        ? await vscode.window.showInputBox({
            title: 'Move secret to Secret Storage',
            prompt: 'Name of the environment variable the app will read it from',
            value: suggestion,
            validateInput: (text) => (/^[A-Z_][A-Z0-9_]*$/.test(text) ? undefined : 'Use UPPER_SNAKE_CASE, e.g. OPENAI_API_KEY'),
          })
        : suggestion);
      if (!name) return;

      await context.secrets.store(secretKey(name), value);
      const quoted = target.start.character !== range.start.character;
      const python = document.languageId === 'python';
      const replacement = python ? `os.environ["${name}"]` : /^(typescript|javascript)(react)?$/.test(document.languageId) ? `process.env.${name}` : quoted ? `"\${${name}}"` : `\${${name}}`;
      const edit = new vscode.WorkspaceEdit();
      edit.replace(uri, target, replacement);
      if (python && !/^\s*import os\b|^\s*import .*\bos\b/m.test(document.getText())) edit.insert(uri, new vscode.Position(0, 0), 'import os\n');
      await vscode.workspace.applyEdit(edit);

      const manifestUri = await manifestUriFor(uri);
      if (manifestUri) {
        const manifestText = (await vscode.workspace.openTextDocument(manifestUri)).getText();
        try {
          const updated = addManifestListEntry(manifestText, ['spec', 'secrets', 'names'], name);
          if (updated) await replaceFileText(manifestUri, updated);
        } catch (error) {
          log.warn(`could not add ${name} to microapp.yaml: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      log.info(`stored ${name} in Secret Storage and replaced the literal in ${vscode.workspace.asRelativePath(uri)}`);
      void vscode.window.showInformationMessage(
        `${name} is in Secret Storage and the code reads it from the environment. Rotate the old key: it was in your code.`,
        'Open Terminal with Secrets',
      ).then((choice) => choice && vscode.commands.executeCommand('microappGuard.openTerminalWithSecrets'));
    }),
    vscode.commands.registerCommand('microappGuard.openTerminalWithSecrets', async () => {
      const manifestUri = await manifestUriFor(vscode.window.activeTextEditor?.document.uri);
      const names = new Set<string>();
      if (manifestUri) {
        const { parse } = await import('yaml');
        const data = parse((await vscode.workspace.openTextDocument(manifestUri)).getText()) as { spec?: { secrets?: { names?: string[] } } };
        (data?.spec?.secrets?.names ?? []).forEach((name) => names.add(name));
      }
      const env: Record<string, string> = {};
      for (const name of names) {
        const value = await context.secrets.get(secretKey(name));
        if (value) env[name] = value;
      }
      const terminal = vscode.window.createTerminal({ name: 'Micro App (secrets loaded)', env, cwd: manifestUri ? vscode.Uri.joinPath(manifestUri, '..') : undefined });
      terminal.show();
      void vscode.window.showInformationMessage(`Terminal opened with ${Object.keys(env).length} secret(s) from Secret Storage in its environment: ${Object.keys(env).join(', ') || 'none stored yet'}.`);
    }),
  );
}
