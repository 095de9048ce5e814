import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE_NAME, ConfigError, DEFAULT_CONFIG, parseScanConfig, unknownRuleIds, type ScanConfig } from '../core/config/scanConfig';
import { RULE_CATALOGUE } from '../core/scan/rules';
import { CliUsageError } from './cliError';

/** Reads --config, or `.microapp-guard.yaml` in the current folder when there is one. */
export function loadScanConfig(explicitPath: string | undefined, cwd: string): { config: ScanConfig; warnings: string[]; file?: string } {
  const file = explicitPath ? path.resolve(cwd, explicitPath) : path.join(cwd, CONFIG_FILE_NAME);
  if (!existsSync(file)) {
    if (explicitPath) throw new CliUsageError(`config file not found: ${explicitPath}`);
    return { config: DEFAULT_CONFIG, warnings: [] };
  }
  try {
    const config = parseScanConfig(readFileSync(file, 'utf8'), path.relative(cwd, file) || file);
    const unknown = unknownRuleIds(config, new Set(RULE_CATALOGUE.keys()));
    return { config, warnings: unknown.map((id) => `${path.relative(cwd, file)}: unknown rule id "${id}" (ignored)`), file };
  } catch (error) {
    if (error instanceof ConfigError) {
      const first = error.problems[0];
      throw new CliUsageError(`${error.file}:${first.line}:${first.column}: ${first.message}${error.problems.length > 1 ? ` (+${error.problems.length - 1} more)` : ''}`);
    }
    throw error;
  }
}
