import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { docsFileFor } from '../../src/core/scan/rule';
import { RULE_CATALOGUE } from '../../src/core/scan/rules';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

describe('rule catalogue', () => {
  it('every rule id is area/name and has a docs page with a bad and a good example', () => {
    assert.ok(RULE_CATALOGUE.size >= 25);
    for (const id of RULE_CATALOGUE.keys()) {
      assert.match(id, /^[a-z]+\/[a-z0-9-]+$/);
      const page = path.join('docs/rules', docsFileFor(id));
      assert.ok(existsSync(page), `missing ${page}`);
      const text = readFileSync(page, 'utf8');
      assert.ok(text.startsWith(`# ${id}\n`), `${page} starts with its id`);
      assert.match(text, /## Bad/, `${page} has a bad example`);
      assert.match(text, /## Good/, `${page} has a good example`);
    }
  });

  it('no docs page is orphaned', () => {
    const documented = new Set([...RULE_CATALOGUE.keys()].map(docsFileFor));
    for (const page of readdirSync('docs/rules')) assert.ok(documented.has(page), `${page} documents no rule`);
  });

  it('src/core never imports vscode', () => {
    for (const file of filesUnder('src/core')) {
      assert.doesNotMatch(readFileSync(file, 'utf8'), /from ['"]vscode['"]|require\(['"]vscode['"]\)/, file);
    }
  });

  it('the repository scans clean under its own policy', async () => {
    const { runCliInProcess } = await import('./helpers/runCliInProcess');
    const run = await runCliInProcess(['scan', 'src', 'docs', 'scripts', 'README.md'], process.cwd());
    assert.equal(run.code, 0, run.stdout);
  });
});
