// The main job a newcomer runs after `npm install`: build, start the registry on its embedded SQLite,
// scan the insecure sample app, submit it, and print what happened and where to look.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sample = path.join(root, 'examples', 'leaky-assistant');
const cli = path.join(root, 'dist', 'cli.js');
const dataDir = path.join(root, '.microapp-guard-registry');
const database = `sqlite:${path.join(dataDir, 'demo.db')}`;
const run = (args, options = {}) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', ...options });

console.log('1. Building the extension and the CLI…');
execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });

console.log(`\n2. Scanning the sample micro app (${path.relative(root, sample)}):\n`);
const scan = run(['scan', '.'], { cwd: sample, stdio: 'inherit' });
if (scan.status === 2) process.exit(2);

console.log('\n3. Validating its manifest and scoring its risk:\n');
run(['validate'], { cwd: sample, stdio: 'inherit' });

console.log('\n4. Starting the registry on an embedded SQLite database…');
rmSync(dataDir, { recursive: true, force: true });
mkdirSync(dataDir, { recursive: true });
const token = (role, name) => run(['registry', 'token', 'create', '--role', role, '--name', name, '--database', database]).stdout.trim();
const builderToken = token('builder', 'sam.builder@example.com');
const reviewerToken = token('reviewer', 'rita.reviewer@example.com');
const server = spawn(process.execPath, [cli, 'registry', 'serve', '--port', process.env.PORT ?? '7420', '--database', database], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise((resolve, reject) => {
  let output = '';
  server.stdout.on('data', (chunk) => {
    output += chunk;
    const match = /listening on (\S+)/.exec(output);
    if (match) resolve(match[1]);
  });
  server.once('exit', (code) => reject(new Error(`the registry stopped (exit ${code}); is port 7420 taken? Try PORT=7421 npm start`)));
});
console.log(`   Registry running at ${url}`);

console.log('\n5. Submitting the sample app (it has error-level findings, so it goes in for review):\n');
const submit = run(['submit', '--registry', url, '--allow-findings'], { cwd: sample, env: { ...process.env, MICROAPP_GUARD_TOKEN: builderToken }, stdio: ['ignore', 'inherit', 'inherit'] });

console.log(`
Done${submit.status === 0 ? '' : ' (the submission failed: see above)'}. What happened:
  - the scanner found the leaked keys, the injectable prompt, the shell call on model output and more;
  - the manifest scored HIGH risk, so the registry holds the app for review;
  - every write is in the registry's hash-chained audit log.

Dashboard: ${url}/
  sign in as the reviewer with this token to approve or reject it:
  ${reviewerToken}
`);
if (process.stdout.isTTY && !process.env.CI) {
  console.log('The registry keeps running; press Ctrl+C to stop it.');
  process.on('SIGINT', () => server.kill());
} else {
  server.kill();
}
