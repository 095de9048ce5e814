import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { SECRET_SAMPLES } from './helpers/fakeSecrets';
import { tempFolder } from './helpers/tempFolder';

// Runs the action's own steps (action/*.sh, exactly as action.yml calls them) on sample repositories, offline.
// Only GitHub's upload-sarif step is not run here: it needs GitHub; the SARIF it would upload is checked instead.
const root = path.resolve(import.meta.dirname ?? __dirname, '../..');
const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default: string }>;
  runs: { using: string; steps: { name?: string; id?: string; uses?: string; run?: string; env?: Record<string, string>; with?: Record<string, string>; if?: string }[] };
};

const repository = (files: Record<string, string>) => tempFolder('mag-action-', files);

/** One step's `run:` with its env, as the runner would (inputs filled from `with`, or the action's defaults). */
function runStep(id: string, workspace: string, inputs: Record<string, string>, extraEnv: Record<string, string> = {}) {
  const step = action.runs.steps.find((s) => s.id === id || s.name === id)!;
  const input = (name: string) => inputs[name] ?? action.inputs[name].default;
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(step.env ?? {})) env[key] = value.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, name) => input(name)).replace(/\$\{\{\s*steps\.scan\.outputs\.([\w-]+)\s*\}\}/g, (_, name) => extraEnv[`output:${name}`] ?? '');
  const outputFile = path.join(workspace, '.github-output');
  writeFileSync(outputFile, '');
  const run = spawnSync('bash', ['-c', step.run!], { cwd: workspace, encoding: 'utf8', env: { ...process.env, ...env, GITHUB_ACTION_PATH: root, GITHUB_WORKSPACE: workspace, GITHUB_OUTPUT: outputFile } });
  const outputs = Object.fromEntries(readFileSync(outputFile, 'utf8').trim().split('\n').filter(Boolean).map((line) => line.split(/=(.*)/s).slice(0, 2)));
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, outputs };
}

describe('GitHub Action (action.yml)', () => {
  // The build step runs `npm ci` when the CLI is missing: on this checkout that would swap node_modules under the
  // tests running beside this one. Build the CLI the way the step does, without reinstalling.
  before(() => {
    if (existsSync(path.join(root, 'dist/cli.js'))) return;
    const build = spawnSync(process.execPath, ['esbuild.mjs', '--production'], { cwd: root, encoding: 'utf8' });
    assert.equal(build.status, 0, build.stderr);
  });

  it('is a composite action: set up Node, build the CLI, scan, upload SARIF even when the scan found something, then gate', () => {
    assert.equal(action.runs.using, 'composite');
    const steps = action.runs.steps.map((s) => s.uses?.replace(/@.*/, '') ?? s.id ?? s.name);
    assert.deepEqual(steps, ['actions/setup-node', 'Build the CLI', 'scan', 'github/codeql-action/upload-sarif', 'Fail on findings']);
    const upload = action.runs.steps[3];
    assert.match(upload.if!, /always\(\)/, 'the SARIF is uploaded before the job fails');
    assert.equal(upload.with!.sarif_file, '${{ steps.scan.outputs.sarif-file }}');
  });

  it('builds nothing when the CLI is already built', () => {
    const build = runStep('Build the CLI', root, {});
    assert.equal(build.code, 0, build.stderr);
    assert.match(build.stdout, /already built/);
  });

  it('on a leaky repository: schema-valid SARIF with the finding, then the gate fails the job with a clear message', () => {
    const workspace = repository({ 'src/app.ts': `${SECRET_SAMPLES['secret/openai']}\n`, 'src/ok.ts': 'export const a = 1;\n' });
    const scan = runStep('scan', workspace, {});
    assert.equal(scan.code, 0, scan.stderr);
    assert.equal(scan.outputs['sarif-file'], 'microapp-guard.sarif');
    assert.equal(scan.outputs.findings, '1');
    const sarif = JSON.parse(readFileSync(path.join(workspace, 'microapp-guard.sarif'), 'utf8'));
    const schema = JSON.parse(readFileSync(path.join(root, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    assert.ok(ajv.validate(schema, sarif as object), JSON.stringify(ajv.errors?.slice(0, 3)));
    assert.deepEqual(sarif.runs[0].results.map((r: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => `${r.ruleId}@${r.locations[0].physicalLocation.artifactLocation.uri}`), ['secret/openai@src/app.ts']);
    const gate = runStep('Fail on findings', workspace, {}, { 'output:findings': scan.outputs.findings });
    assert.equal(gate.code, 1);
    assert.match(gate.stdout, /::error::Micro App Guard found 1 finding\(s\) at or above "error"/);
  });

  it('fail-on decides: a warning passes at "error" and fails at "warning"; "none" never fails; a clean repository passes', () => {
    const workspace = repository({ 'src/status.ts': "export const ping = () => fetch('http://status.example.com/ping');\n" });
    for (const [failOn, findings, gateCode] of [['error', '0', 0], ['warning', '1', 1], ['none', '0', 0]] as const) {
      const scan = runStep('scan', workspace, { 'fail-on': failOn });
      assert.equal(scan.outputs.findings, findings, `${failOn}: ${scan.stdout}${scan.stderr}`);
      assert.equal(runStep('Fail on findings', workspace, { 'fail-on': failOn }, { 'output:findings': scan.outputs.findings }).code, gateCode, failOn);
    }
    const clean = repository({ 'index.ts': 'export const a = 1;\n' });
    const scan = runStep('scan', clean, {});
    assert.equal(scan.outputs.findings, '0');
    assert.equal(runStep('Fail on findings', clean, {}, { 'output:findings': '0' }).code, 0);
  });

  it('a wrong fail-on stops with a clear message before scanning', () => {
    const scan = runStep('scan', repository({ 'a.ts': '' }), { 'fail-on': 'loud' });
    assert.equal(scan.code, 2);
    assert.match(scan.stdout, /::error::fail-on must be error, warning, info or none, not "loud"/);
  });
});
