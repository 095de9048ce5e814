import * as vscode from 'vscode';

const COMMENT: Record<string, [string, string]> = {
  python: ['# ', ''], yaml: ['# ', ''], shellscript: ['# ', ''], dotenv: ['# ', ''], properties: ['# ', ''], ruby: ['# ', ''],
  markdown: ['<!-- ', ' -->'], html: ['<!-- ', ' -->'], xml: ['<!-- ', ' -->'], prompt: ['<!-- ', ' -->'],
  css: ['/* ', ' */'],
};

/** Inserts a suppression comment above the line, with the cursor on the reason to type. */
export function registerIgnoreWithReason(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('microappGuard.ignoreWithReason', async (uri: vscode.Uri, line: number, ruleId: string) => {
      const editor = await vscode.window.showTextDocument(uri);
      const document = editor.document;
      const [open, close] = COMMENT[document.languageId] ?? (/\.prompt(\.md)?$/.test(document.fileName) ? COMMENT.markdown : ['// ', '']);
      const indent = /^\s*/.exec(document.lineAt(line).text)![0];
      const snippet = new vscode.SnippetString(`${indent}${open}microapp-guard-ignore-next-line ${ruleId} -- \${1:why this is safe}${close}\n`);
      await editor.insertSnippet(snippet, new vscode.Position(line, 0));
    }),
  );
}
