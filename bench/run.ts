// `npm run bench`: every benchmark in one run, figures printed for the closing notes. Not a test: it asserts nothing.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { runScanBench } from './scanBench';

const root = path.resolve(import.meta.dirname ?? __dirname, '..');

async function main(): Promise<void> {
  execFileSync(process.execPath, [path.join(root, 'esbuild.mjs'), '--production'], { cwd: root, stdio: 'inherit' });
  const sections: [string, () => Promise<string[]>][] = [['Scanner', () => runScanBench(root)]];
  for (const [title, run] of sections) {
    console.log(`\n## ${title}`);
    for (const line of await run()) console.log(`- ${line}`);
  }
}

void main();
