// Copies the injection detector into the templates' runtime kit, so generated apps screen input with the same
// detector the scanner uses. The model itself is not copied: the template names it and the renderer adds it.
// Run by `npm run train:injection`; a unit test fails when the copies drift.
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

export const KIT_FILES = ['normalize.ts', 'decode.ts', 'features.ts', 'model.ts', 'signals.ts', 'detector.ts'];
export const CORE_DIR = path.join(__dirname, '../../src/core/injection');
export const KIT_DIR = path.join(__dirname, '../../templates/_shared/typescript/src/secure/injection');

if (require.main === module) {
  mkdirSync(KIT_DIR, { recursive: true });
  for (const file of KIT_FILES) copyFileSync(path.join(CORE_DIR, file), path.join(KIT_DIR, file));
  console.log(`copied ${KIT_FILES.length} files to ${path.relative(process.cwd(), KIT_DIR)}`);
}
