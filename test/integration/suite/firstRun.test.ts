import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { MicroAppGuardApi } from '../../../src/extension/extension';

// A fresh folder with one TypeScript file and no microapp.yaml: the extension wakes for the language alone.
const folder = () => vscode.workspace.workspaceFolders![0].uri;
const guard = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Micro App Guard');
const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

async function waitFor<T>(what: string, probe: () => T | undefined | false, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('Micro App Guard in a folder without a manifest', () => {
  it('a key pasted into app.ts gets its diagnostic within seconds of opening, with no command run', async () => {
    const opened = Date.now();
    const app = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), 'src', 'app.ts')));
    const diagnostics = await waitFor('the secret diagnostic', () => guard(app.document.uri).some((d) => codeOf(d) === 'secret/openai') && guard(app.document.uri), 10_000);
    console.log(`first diagnostic ${Date.now() - opened} ms after opening`);
    assert.ok(vscode.extensions.getExtension('microapp-guard.microapp-guard')!.isActive, 'activated by the TypeScript file');
    assert.ok(!diagnostics.some((d) => codeOf(d) === 'net/host-not-allowed'), 'manifest-based rules stay silent without a manifest');
  });

  it('the status bar offers "Register This App…" until a microapp.yaml exists', async () => {
    const api = vscode.extensions.getExtension<MicroAppGuardApi>('microapp-guard.microapp-guard')!.exports;
    await waitFor('the register prompt', () => api.registerPromptShown());
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder(), 'microapp.yaml'), Buffer.from('# written by the test\n'));
    await waitFor('the register prompt to go', () => !api.registerPromptShown());
    await waitFor('the Getting Started step "Register the app"', () => api.walkthroughSteps().includes('manifestSaved'));
  });

  it('removing the key completes the Getting Started step "Fix a finding"', async () => {
    const api = vscode.extensions.getExtension<MicroAppGuardApi>('microapp-guard.microapp-guard')!.exports;
    const editor = vscode.window.activeTextEditor!;
    const line = editor.document.getText().split('\n').findIndex((l) => l.includes('sk-proj-'));
    await editor.edit((edit) => edit.replace(editor.document.lineAt(line).range, "const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });"));
    await waitFor('the secret diagnostic to go', () => !guard(editor.document.uri).some((d) => codeOf(d) === 'secret/openai'));
    await waitFor('the step', () => api.walkthroughSteps().includes('findingFixed'));
  });

  it('contributes the Getting Started walkthrough', async () => {
    const walkthroughs = vscode.extensions.getExtension('microapp-guard.microapp-guard')!.packageJSON.contributes.walkthroughs;
    assert.deepEqual(walkthroughs[0].steps.map((s: { id: string }) => s.id), ['template', 'fix', 'register', 'submit']);
    await vscode.commands.executeCommand('microappGuard.openWalkthrough');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    console.log('MICROAPP_GUARD_SCREENSHOT'); // the walkthrough, with the steps this run completed ticked
    // The page itself, read by the harness: the steps this run completed are ticked there, the others not.
    console.log('MICROAPP_GUARD_WALKTHROUGH_TICKS');
    const ticksFile = vscode.Uri.joinPath(folder(), '.walkthrough-ticks.json');
    let ticked: string[] | undefined;
    for (const deadline = Date.now() + 10_000; !ticked && Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 200))) {
      ticked = await vscode.workspace.fs.readFile(ticksFile).then((bytes) => JSON.parse(Buffer.from(bytes).toString('utf8')) as string[], () => undefined);
    }
    assert.ok(ticked, 'the harness read the walkthrough page');
    const steps = ticked.map((id) => id.split('#').pop()).sort();
    assert.deepEqual(steps, ['fix', 'register'], `ticked on the page: ${ticked.join(', ')}`);
  });
});
