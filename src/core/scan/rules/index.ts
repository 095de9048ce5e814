import type { Rule, RuleMeta } from '../rule';
import { dotenvFileRule } from './secrets/dotenvFile';
import { providerKeysRule } from './secrets/providerKeys';
import { secretlintPresetRule } from './secrets/secretlintPreset';

/** Every rule the scanner runs. A new rule is one file, one line here, a docs page and tests. */
export const ALL_RULES: readonly Rule[] = [secretlintPresetRule, providerKeysRule, dotenvFileRule];

export const RULE_CATALOGUE: ReadonlyMap<string, RuleMeta> = new Map(
  ALL_RULES.flatMap((rule) => rule.meta).map((meta) => [meta.id, meta]),
);
