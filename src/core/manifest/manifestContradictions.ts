import type { DetectedFacts } from '../../protocol/wizardMessages';

export interface ManifestContradiction {
  message: string;
  /** Where in microapp.yaml to point. */
  path: (string | number)[];
  /** The list entry that resolves it, when one does. */
  add?: { list: string[]; value: unknown; title: string };
}

/** Where microapp.yaml and the code disagree: an LLM SDK without an llm entry, a host not allowed, env secrets with a committed .env. */
export function manifestContradictions(manifest: Record<string, any>, facts: DetectedFacts, committedDotenv: boolean): ManifestContradiction[] {
  const spec = manifest?.spec ?? {};
  const contradictions: ManifestContradiction[] = [];
  const declared = new Set(((spec.llm ?? []) as { provider?: string }[]).map((llm) => String(llm.provider ?? '').toLowerCase()));
  for (const provider of facts.llmProviders) {
    if (declared.has(provider) || (provider === 'azure-openai' && declared.has('openai'))) continue;
    contradictions.push({
      message: `The code uses the ${provider} SDK, but spec.llm has no ${provider} entry: declare it so its data handling is reviewed.`,
      path: spec.llm ? ['spec', 'llm'] : ['spec'],
      add: { list: ['spec', 'llm'], value: { provider, model: 'to-fill', sendsUserContent: true, dpa: false, guardrails: ['injection-screen', 'redaction'], outputTo: ['display'] }, title: `Add an entry for ${provider} to spec.llm` },
    });
  }
  const allowed = ((spec.network?.allow ?? []) as string[]).map((host) => host.toLowerCase());
  for (const host of facts.hosts) {
    if (allowed.some((entry) => entry === host || (entry.startsWith('*.') && host.endsWith(entry.slice(1))))) continue;
    contradictions.push({
      message: `The code calls ${host}, which is not in spec.network.allow.`,
      path: spec.network?.allow ? ['spec', 'network', 'allow'] : ['spec'],
      add: { list: ['spec', 'network', 'allow'], value: host, title: `Add ${host} to spec.network.allow` },
    });
  }
  if (spec.secrets?.store === 'env' && committedDotenv) {
    contradictions.push({ message: 'Secrets are kept in env, and a .env file with values is committed: use a secret store (vscode-secret-storage, vault…) and remove the .env from git.', path: ['spec', 'secrets', 'store'] });
  }
  return contradictions;
}
