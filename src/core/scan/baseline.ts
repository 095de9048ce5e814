import { z } from 'zod';
import type { Finding } from './finding';

/** A baseline records existing findings by fingerprint (rule, file, line text), so line shifts do not revive them. */
const baselineSchema = z.object({
  version: z.literal(1),
  findings: z.array(z.object({ ruleId: z.string(), file: z.string(), fingerprint: z.string() })),
});

export class BaselineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BaselineError';
  }
}

export function createBaseline(findings: readonly Finding[]): string {
  const entries = findings
    .filter((finding) => finding.fingerprint)
    .map(({ ruleId, file, fingerprint }) => ({ ruleId, file, fingerprint: fingerprint! }))
    .sort((a, b) => a.file.localeCompare(b.file) || a.ruleId.localeCompare(b.ruleId) || a.fingerprint.localeCompare(b.fingerprint));
  return JSON.stringify({ version: 1, findings: entries }, null, 2) + '\n';
}

export function parseBaseline(text: string, file: string): Set<string> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new BaselineError(`${file} is not valid JSON: regenerate it with --update-baseline`);
  }
  const parsed = baselineSchema.safeParse(data);
  if (!parsed.success) throw new BaselineError(`${file} is not a Micro App Guard baseline (version 1): regenerate it with --update-baseline`);
  return new Set(parsed.data.findings.map((entry) => entry.fingerprint));
}

/** Drops findings recorded in the baseline; returns how many were dropped. */
export function applyBaseline(findings: Finding[], known: ReadonlySet<string>): { kept: Finding[]; baselined: number } {
  const kept = findings.filter((finding) => !finding.fingerprint || !known.has(finding.fingerprint));
  return { kept, baselined: findings.length - kept.length };
}
