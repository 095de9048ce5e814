// For contributors whose desktop VS Code can be downloaded: `npm run test:desktop` runs the same mocha suite as
// test/integration/run.mjs (which uses code-server on machines without that download). See the README.
import { defineConfig } from '@vscode/test-cli';

export default defineConfig({
  label: 'editor',
  files: 'out/integration/suite/editor.test.js',
  workspaceFolder: '.vscode-test/workspace',
  mocha: { ui: 'bdd', timeout: 60_000 },
  launchArgs: ['--disable-extensions', '--disable-workspace-trust'],
});
