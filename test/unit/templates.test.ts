import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parseManifest } from '../../src/core/manifest/manifestDocument';
import { manifestFactsFromText } from '../../src/core/manifest/manifestFacts';
import { DEFAULT_CONFIG } from '../../src/core/config/scanConfig';
import { scanFiles } from '../../src/core/scan/scanFiles';
import { listTemplates } from '../../src/core/templates/templateCatalogue';
import { runCliInProcess } from './helpers/runCliInProcess';

// Rendered inside the repository so a TypeScript template's tests find tsx in our node_modules (offline).
const RENDER_ROOT = path.resolve('.rendered-templates');
const templates = listTemplates(path.resolve('templates'));

describe('templates', () => {
  it('there are at least four, one of them Python', () => {
    assert.ok(templates.length >= 4, templates.map((t) => t.id).join(', '));
    assert.ok(templates.some((t) => t.language === 'python'));
  });

  for (const template of templates) {
    describe(template.id, () => {
      const dir = path.join(RENDER_ROOT, template.id);

      it('renders with its defaults through microapp-guard new', async () => {
        rmSync(dir, { recursive: true, force: true });
        mkdirSync(RENDER_ROOT, { recursive: true });
        const run = await runCliInProcess(['new', template.id, dir], process.cwd());
        assert.equal(run.code, 0, run.stderr);
        assert.ok(existsSync(path.join(dir, 'README.md')) && existsSync(path.join(dir, 'microapp.yaml')));
        assert.doesNotMatch(readFileSync(path.join(dir, 'microapp.yaml'), 'utf8'), /\{\{/, 'no placeholder left');
      });

      it('has a valid manifest', () => {
        const { manifest, problems } = parseManifest(readFileSync(path.join(dir, 'microapp.yaml'), 'utf8'));
        assert.deepEqual(problems, []);
        assert.equal(manifest!.spec.access.sso, true);
        assert.equal(manifest!.spec.logging.audit, true);
      });

      it('scans with zero findings', async () => {
        const manifest = manifestFactsFromText(readFileSync(path.join(dir, 'microapp.yaml'), 'utf8'));
        const summary = await scanFiles({ paths: ['.'], base: dir, config: DEFAULT_CONFIG, manifest });
        assert.ok(summary.filesScanned >= 5);
        assert.deepEqual(summary.findings.map((f) => `${f.file}:${f.range.start.line + 1} ${f.ruleId} ${f.message}`), []);
      });

      it('passes its own tests', () => {
        const run = template.language === 'python'
          ? spawnSync('python3', ['-m', 'unittest', 'discover', '-s', 'tests', '-v'], { cwd: dir, encoding: 'utf8' })
          : spawnSync(process.execPath, ['--import', 'tsx', '--test', ...listTests(dir)], { cwd: dir, encoding: 'utf8' });
        assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
      });
    });
  }

  it('refuses to overwrite changed files, and says which', async () => {
    const dir = path.join(RENDER_ROOT, 'conflict');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'README.md'), 'my notes\n');
    const run = await runCliInProcess(['new', 'llm-assistant', dir], process.cwd());
    assert.equal(run.code, 2);
    assert.match(run.stderr, /already has different README\.md: nothing written/);
    assert.equal(readFileSync(path.join(dir, 'README.md'), 'utf8'), 'my notes\n');
    assert.equal((await runCliInProcess(['new', 'llm-assistant', dir, '--set', 'owner=not-an-email'], process.cwd())).stderr.includes('must be an email'), true);
  });
});

function listTests(dir: string): string[] {
  const testDir = path.join(dir, 'test');
  return existsSync(testDir) ? require('node:fs').readdirSync(testDir).filter((f: string) => f.endsWith('.test.ts')).map((f: string) => path.join('test', f)) : [];
}
