import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

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

  it('is a valid extension manifest with narrow activation, titled commands and described settings', () => {
    assert.ok(pkg.publisher && pkg.engines.vscode && pkg.icon && pkg.categories.length);
    assert.ok(pkg.activationEvents.every((event: string) => /^(workspaceContains|onLanguage|onWebviewPanel):/.test(event)), 'no * activation');
    for (const command of pkg.contributes.commands) assert.ok(command.title && command.category === 'Micro App Guard', command.command);
    for (const [key, setting] of Object.entries(pkg.contributes.configuration.properties) as [string, { markdownDescription?: string; scope?: string }][]) {
      assert.match(key, /^microappGuard\./);
      assert.ok(setting.markdownDescription && setting.scope, key);
    }
    const registered = readFileSync('src/extension/extension.ts', 'utf8') + execFileSync('grep', ['-rho', "registerCommand('[^']*'", 'src/extension'], { encoding: 'utf8' });
    for (const command of pkg.contributes.commands) assert.ok(registered.includes(`'${command.command}'`), `${command.command} is implemented`);
  });
});
