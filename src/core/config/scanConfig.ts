import { z } from 'zod';
import type { Severity } from '../scan/finding';
import { parseYamlWithSchema, type YamlProblem } from '../yaml/yamlWithSchema';

import { CONFIG_FILE_NAME } from './configFileName';

export { CONFIG_FILE_NAME };

const ruleSetting = z.enum(['error', 'warning', 'info', 'off']);

/** `.microapp-guard.yaml`: the policy a team commits next to its code. */
export const scanConfigSchema = z
  .object({
    rules: z.record(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'rule ids look like "area/name"'), ruleSetting).default({}),
    ignore: z.array(z.string().min(1)).default([]),
    maxFileSize: z.number().int().positive().optional(),
    failOn: z.enum(['error', 'warning', 'info']).optional(),
    baseline: z.string().min(1).optional(),
  })
  .strict();

export type ScanConfig = z.infer<typeof scanConfigSchema>;
export type RuleSetting = Severity | 'off';

export const DEFAULT_CONFIG: ScanConfig = { rules: {}, ignore: [] };

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: YamlProblem[],
  ) {
    super(`${file}: ${problems.map((p) => `${p.line}:${p.column} ${p.message}`).join('; ')}`);
    this.name = 'ConfigError';
  }
}

/** Parses a config file's text; throws ConfigError with line:column for every problem. */
export function parseScanConfig(text: string, file = CONFIG_FILE_NAME): ScanConfig {
  if (text.trim() === '') return DEFAULT_CONFIG;
  const { value, problems } = parseYamlWithSchema(text, scanConfigSchema);
  if (!value || problems.length > 0) throw new ConfigError(file, problems);
  return value;
}

/** Unknown rule ids in a config are typos more often than not: report them, do not ignore them. */
export function unknownRuleIds(config: ScanConfig, knownIds: ReadonlySet<string>): string[] {
  return Object.keys(config.rules).filter((id) => !knownIds.has(id));
}
