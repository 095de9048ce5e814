import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG } from '../../src/core/config/scanConfig';
import { nearestManifestLookup } from '../../src/core/manifest/manifestFacts';
import { scanFiles } from '../../src/core/scan/scanFiles';

// The prefilters (which files the index parses, which the flow rules look at) must never lose a finding: on every
// corpus app and template, a prefiltered scan and one that parses and checks every code file report the same.
const roots = [
  ...['tuning', 'held-out'].flatMap((half) => readdirSync(path.join('test/corpus', half)).map((app) => path.join('test/corpus', half, app))),
  ...readdirSync('templates').filter((t) => !t.startsWith('_')).map((t) => path.join('templates', t, 'files')),
  'examples/leaky-assistant',
];

describe('prefilters lose no finding', () => {
  for (const root of roots) {
    it(root, async () => {
      const scan = (prefilter: boolean) => scanFiles({ paths: ['.'], base: root, config: DEFAULT_CONFIG, manifestFor: nearestManifestLookup(), prefilter });
      const [filtered, unfiltered] = [await scan(true), await scan(false)];
      const key = (f: { ruleId: string; file: string; range: { start: { line: number; character: number } }; message: string }) => `${f.ruleId}@${f.file}:${f.range.start.line}:${f.range.start.character} ${f.message}`;
      assert.deepEqual(filtered.findings.map(key).sort(), unfiltered.findings.map(key).sort());
      assert.ok(unfiltered.prefilter!.indexed >= filtered.prefilter!.indexed);
    });
  }
});
