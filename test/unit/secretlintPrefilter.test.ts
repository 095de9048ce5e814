import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runSecretlint, secretlintPresetRule } from '../../src/core/scan/rules/secrets/secretlintPreset';
import { scanDocument } from '../../src/core/scan/scanDocument';
import { LOOK_ALIKES, MORE_POSITIVES, SECRET_SAMPLES } from './helpers/fakeSecrets';

const withPrefilter = [secretlintPresetRule];
const withoutPrefilter = [{ ...secretlintPresetRule, check: runSecretlint }];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sourceFiles(file) : [file];
  });
}

describe('secretlint keyword prefilter', () => {
  it('loses no finding that the engine makes on every file', async () => {
    const texts = [
      ...Object.values(SECRET_SAMPLES),
      ...MORE_POSITIVES.map(([, text]) => text),
      ...LOOK_ALIKES.map(([, text]) => text),
      Object.values(SECRET_SAMPLES).join('\n'),
      ...sourceFiles(path.resolve('src')).map((file) => readFileSync(file, 'utf8')),
    ];
    let engineFindings = 0;
    for (const text of texts) {
      const full = await scanDocument({ file: 'x.ts', text, rules: withoutPrefilter });
      const filtered = await scanDocument({ file: 'x.ts', text, rules: withPrefilter });
      engineFindings += full.length;
      assert.deepEqual(filtered, full, text.slice(0, 80));
    }
    assert.ok(engineFindings >= 12, `the engine itself found ${engineFindings}`);
  });
});
