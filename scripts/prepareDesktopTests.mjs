// Compiles the integration suite and copies the fixture workspace (the tests edit it) for `npm run test:desktop`.
import { cpSync, rmSync } from 'node:fs';
import * as esbuild from 'esbuild';

await esbuild.build({
  entryPoints: ['test/integration/suite/index.ts', 'test/integration/suite/editor.test.ts', 'test/integration/suite/editorBench.test.ts'],
  outdir: 'out/integration/suite', bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode', 'mocha'], logLevel: 'warning',
});
rmSync('.vscode-test/workspace', { recursive: true, force: true });
cpSync('test/fixtures/leaky-workspace', '.vscode-test/workspace', { recursive: true });
