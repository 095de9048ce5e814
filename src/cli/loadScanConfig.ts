import path from 'node:path';
import type { ScanConfig } from '../core/config/scanConfig';
import { unknownRuleIds } from '../core/config/scanConfig';
import { RULE_CATALOGUE } from '../core/scan/rules';
import { readScanConfig } from './scanShared';

/** Reads --config, or `.microapp-guard.yaml` in the current folder when there is one; warns about unknown rule ids. */
export function loadScanConfig(explicitPath: string | undefined, cwd: string): { config: ScanConfig; warnings: string[]; file?: string } {
  const { config, file } = readScanConfig(explicitPath, cwd);
  const unknown = file ? unknownRuleIds(config, new Set(RULE_CATALOGUE.keys())) : [];
  return { config, warnings: unknown.map((id) => `${path.relative(cwd, file!)}: unknown rule id "${id}" (ignored)`), file };
}
