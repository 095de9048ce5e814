// One build for every bundle: extension (node, cjs, vscode external), CLI (node, shebang), webview (browser, iife).
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  logLevel: 'warning',
  define: { MICROAPP_GUARD_VERSION: JSON.stringify(version) },
  // secretlint is ESM that reads import.meta.url for messages; give CommonJS output a real value.
  // __builtin_require: the module system's require, for built-ins imported dynamically (see the end of this file).
  banner: { js: "var __import_meta_url = require('url').pathToFileURL(__filename).href; var __builtin_require = require;" },
};
const node = {
  ...common,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  define: { ...common.define, 'import.meta.url': '__import_meta_url' },
};

const builds = [
  { ...node, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...node, entryPoints: ['src/extension/scanWorker.ts'], outfile: 'dist/scanWorker.js' },
  { ...common, banner: undefined, entryPoints: ['src/webview/wizard.ts'], outfile: 'dist/webview.js', platform: 'browser', format: 'iife', target: 'es2022' },
  // The CLI: a thin entry that loads, with V8's code cache, the bundle that answers an unchanged tree's scan from the
  // cache, and the engine otherwise.
  {
    ...node,
    entryPoints: ['src/cli/entry.ts'],
    outfile: 'dist/cli.js',
    banner: { js: `#!/usr/bin/env node\n${common.banner.js}` },
  },
  { ...node, entryPoints: ['src/cli/cacheAnswer.ts'], outfile: 'dist/cacheAnswer.js' },
  {
    ...node,
    entryPoints: ['src/cli/index.ts'],
    outfile: 'dist/engine.js',
    external: ['better-sqlite3', 'pg'],
  },
];

// tree-sitter's runtime and the Python grammar load as .wasm files from beside the bundle.
const require = createRequire(import.meta.url);
mkdirSync('dist', { recursive: true });
copyFileSync(require.resolve('web-tree-sitter/tree-sitter.wasm'), 'dist/tree-sitter.wasm');
copyFileSync(require.resolve('tree-sitter-python/tree-sitter-python.wasm'), 'dist/tree-sitter-python.wasm');
// The injection classifier's weights, read beside the bundle by the worker and the CLI.
copyFileSync('models/injection-model.bin', 'dist/injection-model.bin');

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
  // A dynamic import() of a Node built-in (web-tree-sitter's `await import("module")`) needs a loader callback
  // that V8's code cache drops on Node 20: the CLI's second run then failed on Python files. require() is the same
  // module in a CommonJS bundle and needs no callback (named apart: the emscripten code declares its own `require`).
  for (const { outfile, platform } of builds) {
    if (platform !== 'node') continue;
    const code = readFileSync(outfile, 'utf8');
    const rewritten = code.replace(/\bimport\((["'])((?:node:)?(?:fs|fs\/promises|path|module|url|os|crypto|worker_threads))\1\)/g, 'Promise.resolve(__builtin_require($1$2$1))');
    if (rewritten !== code) writeFileSync(outfile, rewritten);
  }
}
