import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { runCliInProcess } from './helpers/runCliInProcess';

const VALID = readFileSync('test/fixtures/valid-manifest.yaml', 'utf8');
const folderWith = (text: string) => {
  const root = mkdtempSync(path.join(tmpdir(), 'mag-validate-'));
  writeFileSync(path.join(root, 'microapp.yaml'), text);
  return root;
};

describe('microapp-guard validate', () => {
  it('prints the tier, reasons and controls of a valid manifest, exit 0', async () => {
    const run = await runCliInProcess(['validate'], folderWith(VALID));
    assert.equal(run.code, 0);
    assert.match(run.stdout, /microapp\.yaml is valid: leaky-assistant, risk tier HIGH \(score 16\)/);
    assert.match(run.stdout, /\[MISSING\] Single sign-on/);
  });

  it('prints each problem with line:column, exit 1', async () => {
    const run = await runCliInProcess(['validate', 'microapp.yaml'], folderWith(VALID.replace('kind: MicroApp', 'kind: MicroApp\nowner: me')));
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^microapp\.yaml:3:1: error: Unknown key "owner"/m);
    assert.match(run.stdout, /1 problem\(s\): microapp\.yaml is not valid\./);
  });

  it('json output for CI', async () => {
    const run = await runCliInProcess(['validate', '--format', 'json'], folderWith(VALID));
    const report = JSON.parse(run.stdout);
    assert.equal(report.valid, true);
    assert.equal(report.risk.tier, 'high');
  });

  it('a folder without a manifest is a usage error', async () => {
    const run = await runCliInProcess(['validate'], mkdtempSync(path.join(tmpdir(), 'mag-empty-')));
    assert.equal(run.code, 2);
    assert.match(run.stderr, /no microapp\.yaml in \.: create one/);
  });

  it('export backstage writes catalog-info.yaml', async () => {
    const root = folderWith(VALID);
    const run = await runCliInProcess(['export', 'backstage'], root);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(parse(readFileSync(path.join(root, 'catalog-info.yaml'), 'utf8')).metadata.name, 'leaky-assistant');
    assert.equal((await runCliInProcess(['export', 'csv'], root)).code, 2);
  });
});
