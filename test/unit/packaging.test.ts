import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import semver from 'semver';

describe('extension package', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

  it('.vscodeignore lets in only what the extension needs at run time', () => {
    const files = execFileSync(process.execPath, [path.resolve('node_modules/@vscode/vsce/vsce'), 'ls', '--no-dependencies'], { encoding: 'utf8' })
      .split('\n').filter(Boolean);
    for (const needed of ['dist/extension.js', 'dist/scanWorker.js', 'dist/webview.js', 'dist/tree-sitter.wasm', 'dist/tree-sitter-python.wasm', 'media/wizard.css', 'schemas/microapp.schema.json', 'templates/llm-assistant/template.yaml', 'templates/_shared/typescript/src/secure/untrusted.ts', 'snippets/python.json', 'docs/rules/secret-openai.md']) {
      assert.ok(files.includes(needed), `${needed} is packaged`);
    }
    for (const file of files) assert.doesNotMatch(file, /^(src|test|bench|scripts|node_modules|examples|out)\/|\.map$|\.tsbuildinfo$/, `${file} is not needed at run time`);
  });

  it("the extension's page (docs/marketplace.md, vsce's --readme-path) names every command of the palette and links to the full README", () => {
    const page = readFileSync('docs/marketplace.md', 'utf8');
    assert.match(pkg.scripts.package, /--readme-path docs\/marketplace\.md/);
    const hidden = new Set((pkg.contributes.menus?.commandPalette ?? []).filter((entry: { when?: string }) => entry.when === 'false').map((entry: { command: string }) => entry.command));
    for (const command of pkg.contributes.commands) if (!hidden.has(command.command)) assert.ok(page.includes(command.title), `${command.title} is on the page`);
    assert.match(page, /github\.com\/microapp-guard\/microapp-guard#readme/);
  });

  it('is a valid extension manifest with narrow activation, titled commands and described settings', () => {
    assert.ok(pkg.publisher && pkg.engines.vscode && pkg.icon && pkg.categories.length);
    // onStartupFinished waits until start-up is done: never `*`, which would delay the editor opening.
    assert.ok(pkg.activationEvents.every((event: string) => /^(workspaceContains|onLanguage|onWebviewPanel):|^onStartupFinished$/.test(event)), 'no * activation');
    for (const language of ['typescript', 'javascript', 'python']) assert.ok(pkg.activationEvents.includes(`onLanguage:${language}`), `wakes for ${language} files`);
    for (const step of pkg.contributes.walkthroughs[0].steps) {
      assert.ok(existsSync(step.media.svg) && step.media.altText, `${step.id}: its picture exists and has alt text`);
      assert.ok(step.completionEvents.length > 0, `${step.id}: completes on an event`);
    }
    for (const command of pkg.contributes.commands) assert.ok(command.title && command.category === 'Micro App Guard', command.command);
    for (const [key, setting] of Object.entries(pkg.contributes.configuration.properties) as [string, { markdownDescription?: string; scope?: string }][]) {
      assert.match(key, /^microappGuard\./);
      assert.ok(setting.markdownDescription && setting.scope, key);
    }
    const registered = readFileSync('src/extension/extension.ts', 'utf8') + execFileSync('grep', ['-rho', "registerCommand('[^']*'", 'src/extension'], { encoding: 'utf8' });
    for (const command of pkg.contributes.commands) assert.ok(registered.includes(`'${command.command}'`), `${command.command} is implemented`);
  });

  it('every installed dependency runs on Node 20 (here, the CLI and registry) and Node 22 (the extension host)', () => {
    // npm only warns on an engines mismatch; cookie 2 (>=22) once slipped in through @fastify/cookie and light-my-request.
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
    const misfits: string[] = [];
    for (const [where, entry] of Object.entries(lock.packages) as [string, { version?: string; engines?: { node?: string } }][]) {
      const range = entry.engines?.node;
      if (!where || !range) continue;
      // Node 20 as on these machines; 22.12 and later as in VS Code's extension host.
      for (const node of ['20.20.0', '22.12.0']) {
        if (!semver.satisfies(node, range)) misfits.push(`${where}@${entry.version} needs node ${range}, not ${node}`);
      }
    }
    assert.deepEqual(misfits, []);
  });
});
