// The templates' runtime kit screens input with the scanner's own detector: its copies must not drift.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { loadInjectionDataset } from '../../scripts/injection/dataset';
import { CORE_DIR, KIT_DIR, KIT_FILES, PYTHON_SIGNALS, pythonSignals } from '../../scripts/injection/syncTemplateKit';
import { detectInjection } from '../../src/core/injection/detector';
import { injectionModel, injectionModelPath } from '../../src/core/injection/loadModel';

test('the runtime kit holds the current detector (npm run train:injection copies it)', () => {
  for (const file of KIT_FILES) {
    assert.equal(readFileSync(path.join(KIT_DIR, file), 'utf8'), readFileSync(path.join(CORE_DIR, file), 'utf8'), `${file} differs from src/core/injection`);
  }
  assert.equal(readFileSync(path.join(KIT_DIR, 'injection-model.bin.from-extension'), 'utf8').trim(), 'injection-model.bin');
});

test('the Python kit reads the signals the scanner uses and agrees with it on the labelled rows', () => {
  assert.equal(readFileSync(PYTHON_SIGNALS, 'utf8'), pythonSignals(), 'injection_signals.json is stale: npm run train:injection');
  const dir = mkdtempSync(path.join(tmpdir(), 'mag-pykit-'));
  for (const file of ['injection_screen.py', 'injection_signals.json']) copyFileSync(path.join(path.dirname(PYTHON_SIGNALS), file), path.join(dir, file));
  copyFileSync(injectionModelPath(), path.join(dir, 'injection-model.bin'));
  const rows = loadInjectionDataset().filter((row) => row.split === 'test' || row.split === 'validation');
  const script = 'import json, sys\nimport injection_screen as s\nfor line in sys.stdin:\n    print(1 if s.screen_injection(json.loads(line)) else 0)\n';
  const output = execFileSync('python3', ['-c', script], { cwd: dir, input: rows.map((row) => JSON.stringify(row.text)).join('\n') + '\n', encoding: 'utf8' });
  const python = output.trim().split('\n').map((line) => line === '1');
  const model = injectionModel();
  const differ = rows.filter((row, i) => (detectInjection(row.text, model, { context: 'data' }).length > 0) !== python[i]);
  assert.equal(python.length, rows.length);
  assert.ok(differ.length <= rows.length * 0.02, `${differ.length} of ${rows.length} differ: ${differ.slice(0, 3).map((row) => row.text.slice(0, 60)).join(' | ')}`);
});
