import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { scanDocument } from '../../src/core/scan/scanDocument';

/** A snippet body as a user gets it after accepting every default. */
function expand(body: string[]): string {
  return body.join('\n').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\\\$/g, '$');
}

describe('snippets', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  for (const contribution of pkg.contributes.snippets as { language: string; path: string }[]) {
    it(`${contribution.language}: every snippet has a prefix, a description, a body, and expands to code that scans clean`, async () => {
      assert.ok(existsSync(contribution.path));
      const snippets = JSON.parse(readFileSync(contribution.path, 'utf8')) as Record<string, { prefix: string; description: string; body: string[] }>;
      const names = Object.keys(snippets);
      for (const topic of ['read a secret', 'call an LLM', 'redact PII', 'fetch through the allowlist', 'write an audit event']) {
        assert.ok(names.some((name) => name.includes(topic)), `${topic} snippet`);
      }
      const file = contribution.language === 'python' ? 'snippet.py' : 'snippet.ts';
      for (const [name, snippet] of Object.entries(snippets)) {
        assert.match(snippet.prefix, /^mag-/);
        assert.ok(snippet.description.length > 10 && snippet.body.length > 0, name);
        assert.deepEqual(await scanDocument({ file, text: expand(snippet.body) }), [], name);
      }
    });
  }
});
