import path from 'node:path';
import { ConfigError, DEFAULT_CONFIG, parseScanConfig, unknownRuleIds, type ScanConfig } from '../core/config/scanConfig';
import { RULE_CATALOGUE } from '../core/scan/rules';
import { CliUsageError } from './cliError';
import { readConfigText } from './scanShared';

/**
 * Reads --config, or `.microapp-guard.yaml` in the current folder when there is one; warns about unknown rule ids.
 * `text` is the file's text (the scan cache's key).
 */
export function loadScanConfig(explicitPath: string | undefined, cwd: string): { config: ScanConfig; warnings: string[]; file?: string; text?: string } {
  const { file, text } = readConfigText(explicitPath, cwd);
  if (!file || text === undefined) return { config: DEFAULT_CONFIG, warnings: [] };
  let config: ScanConfig;
  try {
    config = parseScanConfig(text, path.relative(cwd, file) || file);
  } catch (error) {
    if (error instanceof ConfigError) {
      const first = error.problems[0];
      throw new CliUsageError(`${error.file}:${first.line}:${first.column}: ${first.message}${error.problems.length > 1 ? ` (+${error.problems.length - 1} more)` : ''}`);
    }
    throw error;
  }
  const unknown = unknownRuleIds(config, new Set(RULE_CATALOGUE.keys()));
  return { config, warnings: unknown.map((id) => `${path.relative(cwd, file)}: unknown rule id "${id}" (ignored)`), file, text };
}
