import type { Rule, RuleMeta } from '../rule';
import { corsWildcardRule } from './config/corsWildcard';
import { tlsVerificationDisabledRule } from './config/tlsVerificationDisabled';
import { outputToSinkRule } from './llm/outputToSink';
import { hostNotAllowedRule } from './net/hostNotAllowed';
import { plainHttpRule } from './net/plainHttp';
import { injectionInDocumentRule } from './prompt/injectionInDocument';
import { injectionTextRule } from './prompt/injectionText';
import { piiInPromptRule } from './prompt/piiInPrompt';
import { secretInPromptRule } from './prompt/secretInPrompt';
import { untrustedInterpolationRule } from './prompt/untrustedInterpolation';
import { wholeRecordRule } from './prompt/wholeRecord';
import { dotenvFileRule } from './secrets/dotenvFile';
import { providerKeysRule } from './secrets/providerKeys';
import { secretlintPresetRule } from './secrets/secretlintPreset';
import { suppressionCommentRule } from './suppression/suppressionComment';

/** Every rule the scanner runs. A new rule is one file, one line here, a docs page and tests. */
export const ALL_RULES: readonly Rule[] = [
  secretlintPresetRule,
  providerKeysRule,
  dotenvFileRule,
  untrustedInterpolationRule,
  injectionTextRule,
  injectionInDocumentRule,
  secretInPromptRule,
  piiInPromptRule,
  wholeRecordRule,
  outputToSinkRule,
  hostNotAllowedRule,
  plainHttpRule,
  tlsVerificationDisabledRule,
  corsWildcardRule,
  suppressionCommentRule,
];

export const RULE_CATALOGUE: ReadonlyMap<string, RuleMeta> = new Map(
  ALL_RULES.flatMap((rule) => rule.meta).map((meta) => [meta.id, meta]),
);
