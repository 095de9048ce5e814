import type { Manifest } from '../manifest/manifestSchema';
import type { SubmittedFinding } from './protocol';

/** One version as the registry keeps it: what the diff compares. */
export interface StoredVersion {
  version: number;
  tier: string;
  manifest: Manifest;
  scan: { items?: SubmittedFinding[] };
}

export interface FieldChange {
  /** What a reviewer reads: "Hosts it calls", "Language models", … */
  field: string;
  added: string[];
  removed: string[];
}

/** What changed since the version a reviewer last approved: re-review only this. */
export interface VersionDiff {
  since: number;
  to: number;
  tier?: { from: string; to: string };
  fields: FieldChange[];
  findingsAdded: SubmittedFinding[];
  findingsRemoved: SubmittedFinding[];
}

/** The facts of a manifest a reviewer weighs, each as a set of readable values. */
const FACTS: [string, (m: Manifest) => string[]][] = [
  ['Who uses it', (m) => [`${m.spec.audience.scope}, about ${m.spec.audience.users} people`]],
  ['Data classification', (m) => [m.spec.data.classification]],
  ['Data sources', (m) => m.spec.data.sources.map((s) => `${s.name} (${s.kind}, ${s.access}${s.pii.length ? `; personal data: ${s.pii.join(', ')}` : ''})`)],
  ['Language models', (m) => m.spec.llm.map((l) => `${l.provider} ${l.model}${l.sendsUserContent ? ' (sees what users type)' : ''}${l.dpa ? '' : ' (no DPA)'}`)],
  ['Other vendors', (m) => m.spec.integrations.map((i) => `${i.vendor}${i.scopes.length ? ` (${i.scopes.join(', ')})` : ''}`)],
  ['Hosts it calls', (m) => m.spec.network.allow],
  ['Sign-in', (m) => [m.spec.access.sso ? 'company SSO' : 'no company SSO']],
  ['Secrets kept in', (m) => [m.spec.secrets.store]],
];

/** A finding's identity across versions: its line moves when code is added above it, its rule, file and message do not. */
const findingKey = (f: SubmittedFinding) => `${f.rule}\0${f.file}\0${f.message}`;

export function diffVersions(before: StoredVersion, after: StoredVersion): VersionDiff {
  const fields: FieldChange[] = [];
  for (const [field, facts] of FACTS) {
    const was = new Set(facts(before.manifest));
    const now = new Set(facts(after.manifest));
    const added = [...now].filter((value) => !was.has(value));
    const removed = [...was].filter((value) => !now.has(value));
    if (added.length || removed.length) fields.push({ field, added, removed });
  }
  const beforeFindings = new Set((before.scan.items ?? []).map(findingKey));
  const afterFindings = new Set((after.scan.items ?? []).map(findingKey));
  return {
    since: before.version,
    to: after.version,
    ...(before.tier !== after.tier ? { tier: { from: before.tier, to: after.tier } } : {}),
    fields,
    findingsAdded: (after.scan.items ?? []).filter((f) => !beforeFindings.has(findingKey(f))),
    findingsRemoved: (before.scan.items ?? []).filter((f) => !afterFindings.has(findingKey(f))),
  };
}
