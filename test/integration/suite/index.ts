// The mocha entry point VS Code's test runner loads in the extension host (as @vscode/test-electron expects).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false });
  const suite = process.env.MICROAPP_GUARD_SUITE;
  mocha.addFile(path.join(__dirname, suite === 'bench' ? 'editorBench.test.js' : suite === 'first-run' ? 'firstRun.test.js' : 'editor.test.js'));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const results = process.env.MICROAPP_GUARD_TEST_RESULTS;
      if (results) writeFileSync(results, JSON.stringify({ passed: runner.stats?.passes ?? 0, failed: runner.stats?.failures ?? failures, failures: failed }));
      if (failures > 0) reject(new Error(`${failures} test(s) failed`));
      else resolve();
    });
    const failed: string[] = [];
    runner.on('fail', (test, error) => {
      failed.push(`${test.fullTitle()}: ${error?.message}`);
      console.error(`FAIL ${test.fullTitle()}: ${error?.stack ?? error}`);
    });
    runner.on('pass', (test) => console.log(`PASS ${test.fullTitle()}`));
  });
}
