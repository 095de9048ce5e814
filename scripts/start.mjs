// The main job a newcomer runs after `npm install`: build, then scan the bundled insecure sample app.
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sample = path.join(root, 'examples', 'leaky-assistant');
const cli = path.join(root, 'dist', 'cli.js');

console.log('Building the extension and the CLI…');
execFileSync(process.execPath, [path.join(root, 'esbuild.mjs')], { cwd: root, stdio: 'inherit' });

console.log(`\nScanning the sample micro app (${path.relative(root, sample)}) with microapp-guard scan:\n`);
const scan = spawnSync(process.execPath, [cli, 'scan', '.'], { cwd: sample, stdio: 'inherit' });
if (scan.status === 2) process.exit(2);
console.log(
  scan.status === 1
    ? '\nThe sample app is insecure on purpose: each finding above links to docs/rules/<rule>.md with the fix.'
    : '\nNo findings in the sample app.',
);
