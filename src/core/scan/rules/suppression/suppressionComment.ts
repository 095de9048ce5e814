import type { Rule, RuleContext } from '../../rule';
import { isValidSuppression, parseSuppressions, SUPPRESSION_MARKER } from '../../suppressions';

export const suppressionCommentRule: Rule = {
  meta: [
    {
      id: 'suppression/missing-reason',
      defaultSeverity: 'warning',
      title: 'Suppression without a rule id or a reason',
      description: `A ${SUPPRESSION_MARKER} comment must name the rule and give a reason after "--", so reviewers can judge it. Without them it silences nothing.`,
    },
  ],
  appliesTo: () => true,
  async check(context: RuleContext) {
    if (!context.text.includes(SUPPRESSION_MARKER)) return;
    for (const suppression of parseSuppressions(context.text, await context.code())) {
      if (isValidSuppression(suppression)) continue;
      const missing = suppression.ruleIds.length === 0 ? 'a rule id' : 'a reason';
      context.report({
        ruleId: 'suppression/missing-reason',
        message: `This suppression has no ${missing.replace(/^a /, '')}, so it silences nothing. Write "${SUPPRESSION_MARKER} <rule-id> -- <why this is safe>".`,
        start: suppression.start,
        end: suppression.end,
      });
    }
  },
};
