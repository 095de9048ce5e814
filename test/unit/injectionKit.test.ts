// The templates' runtime kit screens input with the scanner's own detector: its copies must not drift.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { CORE_DIR, KIT_DIR, KIT_FILES } from '../../scripts/injection/syncTemplateKit';

test('the runtime kit holds the current detector (npm run train:injection copies it)', () => {
  for (const file of KIT_FILES) {
    assert.equal(readFileSync(path.join(KIT_DIR, file), 'utf8'), readFileSync(path.join(CORE_DIR, file), 'utf8'), `${file} differs from src/core/injection`);
  }
  assert.equal(readFileSync(path.join(KIT_DIR, 'injection-model.bin.from-extension'), 'utf8').trim(), 'injection-model.bin');
});
