// Copies the injection detector into the templates' runtime kit, so generated apps screen input with the same
// detector the scanner uses. The model itself is not copied: the template names it and the renderer adds it.
// Run by `npm run train:injection`; a unit test fails when the copies drift.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { INJECTION_SIGNALS } from '../../src/core/injection/signals';

export const KIT_FILES = ['normalize.ts', 'decode.ts', 'features.ts', 'model.ts', 'signals.ts', 'detector.ts'];
export const CORE_DIR = path.join(__dirname, '../../src/core/injection');
export const KIT_DIR = path.join(__dirname, '../../templates/_shared/typescript/src/secure/injection');
/** The Python kit ports the detector by hand but reads the signals from this file, so they cannot drift. */
export const PYTHON_SIGNALS = path.join(__dirname, '../../templates/python-assistant/files/app/injection_signals.json');

/** The structural signals for data, as the Python kit reads them (`{match}` stands for the matched text). */
export function pythonSignals(): string {
  const data = INJECTION_SIGNALS.filter((signal) => signal.contexts.includes('data')).map((signal) => ({
    id: signal.id,
    strength: signal.strength,
    pattern: signal.pattern.source,
    flags: signal.pattern.flags.replace(/[gu]/g, ''),
    why: signal.why('{match}'),
  }));
  return `${JSON.stringify(data, null, 2)}\n`;
}

if (require.main === module) {
  mkdirSync(KIT_DIR, { recursive: true });
  for (const file of KIT_FILES) copyFileSync(path.join(CORE_DIR, file), path.join(KIT_DIR, file));
  writeFileSync(PYTHON_SIGNALS, pythonSignals());
  console.log(`copied ${KIT_FILES.length} files to ${path.relative(process.cwd(), KIT_DIR)}`);
}
