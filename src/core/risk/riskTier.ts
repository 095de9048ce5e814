import type { Manifest } from '../manifest/manifestSchema';

export type RiskTier = 'low' | 'medium' | 'high';

export interface RequiredControl {
  id: string;
  title: string;
  /** true/false when the manifest shows it; undefined when it is evidenced at review (sign-off, pen test). */
  satisfied?: boolean;
}

export interface RiskAssessment {
  tier: RiskTier;
  score: number;
  reasons: string[];
  requiredControls: RequiredControl[];
}

/** Score at which each tier starts; documented in the README's risk matrix. */
export const TIER_THRESHOLDS = { medium: 5, high: 10 } as const;

const AUDIENCE_POINTS = { personal: 0, team: 1, department: 2, organization: 3, external: 5 } as const;
const CLASSIFICATION_POINTS = { public: 0, internal: 1, confidential: 3, regulated: 5 } as const;
const SENSITIVE_PII = new Set(['ssn', 'national-id', 'health', 'card-number', 'bank-account', 'salary', 'dob']);

/** The risk matrix: manifest → tier, score, reasons and the controls the tier requires. Pure; runs in the wizard, CLI and registry. */
export function assessRisk(manifest: Manifest): RiskAssessment {
  const { spec } = manifest;
  const reasons: string[] = [];
  let score = 0;
  const add = (points: number, reason: string) => {
    if (points <= 0) return;
    score += points;
    reasons.push(`+${points} ${reason}`);
  };

  add(AUDIENCE_POINTS[spec.audience.scope], `audience: ${spec.audience.scope}`);
  add(spec.audience.users > 500 ? 2 : spec.audience.users > 50 ? 1 : 0, `${spec.audience.users} users`);
  add(CLASSIFICATION_POINTS[spec.data.classification], `${spec.data.classification} data`);
  const pii = [...new Set(spec.data.sources.flatMap((source) => source.pii))];
  if (pii.length > 0) add(pii.some((kind) => SENSITIVE_PII.has(kind)) ? 3 : 2, `personal data: ${pii.join(', ')}`);
  const writers = spec.data.sources.filter((source) => source.access !== 'read');
  if (writers.length > 0) add(2, `write access to ${writers.map((s) => s.name).join(', ')}`);
  for (const llm of spec.llm) {
    if (llm.sendsUserContent && !llm.dpa) add(2, `${llm.provider} receives user content without a DPA`);
    if ((llm.retentionDays ?? 0) > 0 && !llm.dpa) add(1, `${llm.provider} keeps prompts ${llm.retentionDays} days`);
    const dangerous = llm.outputTo.filter((sink) => sink === 'shell' || sink === 'code' || sink === 'database');
    if (dangerous.length > 0) add(3, `${llm.provider} output goes to ${dangerous.join(', ')}`);
    if (llm.promptSources.length > 0 && !llm.guardrails.includes('injection-screen')) add(1, `${llm.provider} prompts take outside text without an injection screen`);
  }
  for (const integration of spec.integrations) {
    if (integration.compliance.length === 0) add(1, `${integration.vendor} without compliance evidence (SOC 2, ISO 27001)`);
  }
  add(spec.network.allow.length > 5 ? 1 : 0, `${spec.network.allow.length} outbound hosts`);
  add(spec.network.allow.some((host) => host.startsWith('*.')) ? 1 : 0, 'wildcard outbound host');

  let tier: RiskTier = score >= TIER_THRESHOLDS.high ? 'high' : score >= TIER_THRESHOLDS.medium ? 'medium' : 'low';
  // Floors the score alone might miss.
  if (spec.data.classification === 'regulated' && tier !== 'high') {
    tier = 'high';
    reasons.push('regulated data: always high');
  } else if (spec.audience.scope === 'external' && tier === 'low') {
    tier = 'medium';
    reasons.push('external users: at least medium');
  }
  return { tier, score, reasons, requiredControls: requiredControls(manifest, tier) };
}

function requiredControls(manifest: Manifest, tier: RiskTier): RequiredControl[] {
  const { spec } = manifest;
  const controls: RequiredControl[] = [
    { id: 'sso', title: 'Single sign-on in front of every route', satisfied: spec.access.sso },
    { id: 'secrets-in-store', title: 'Secrets in a secret store, never in code or .env', satisfied: spec.secrets.store !== 'env' },
    { id: 'audit-log', title: 'Audit log of who did what', satisfied: spec.logging.audit },
  ];
  if (tier === 'medium' || tier === 'high') {
    controls.push({ id: 'security-signoff', title: 'Security team sign-off (registry review)' });
    if (spec.llm.length > 0) {
      controls.push({
        id: 'llm-redaction',
        title: 'PII redaction on every LLM call',
        satisfied: spec.logging.redaction && spec.llm.every((llm) => llm.guardrails.includes('redaction')),
      });
    }
  }
  if (tier === 'high') {
    controls.push({ id: 'code-review', title: 'Code review by a second engineer' });
    controls.push({ id: 'pentest', title: 'Penetration-test evidence' });
    if (spec.data.classification === 'regulated') {
      controls.push({
        id: 'dpa-for-regulated',
        title: 'No regulated data to a vendor without a DPA',
        satisfied: spec.llm.every((llm) => llm.dpa) && spec.integrations.every((i) => i.compliance.length > 0),
      });
    }
  }
  return controls;
}
