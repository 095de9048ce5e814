// `npm run bench`: every benchmark in one run, figures printed for the closing notes. Not a test: it asserts nothing.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { runEditorBench } from './editorBench';
import { runInjectionBench } from './injectionBench';
import { runParserBench } from './parserBench';
import { runRegistryBench } from './registryBench';
import { runScanBench } from './scanBench';

const root = path.resolve(import.meta.dirname ?? __dirname, '..');

async function main(): Promise<void> {
  execFileSync(process.execPath, [path.join(root, 'esbuild.mjs'), '--production'], { cwd: root, stdio: 'inherit' });
  const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice(7);
  const sections: [string, () => Promise<string[]>][] = [
    ['Scanner', () => runScanBench(root)],
    ['Parsers', () => runParserBench(root)],
    ['Injection', () => runInjectionBench()],
    ['Editor', () => runEditorBench(root)],
    ['Registry', () => runRegistryBench(root)],
  ];
  for (const [title, run] of sections.filter(([title]) => !only || title.toLowerCase() === only)) {
    console.log(`\n## ${title}`);
    for (const line of await run()) console.log(`- ${line}`);
  }
}

void main();
