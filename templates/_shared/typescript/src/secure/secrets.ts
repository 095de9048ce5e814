import { safeFetch } from './safeFetch';

// Secrets never live in code. Locally they come from the environment (the editor's "Open Terminal with
// Secrets" fills it from VS Code's Secret Storage); in production from HashiCorp Vault when VAULT_ADDR is set.

export class MissingSecretError extends Error {
  constructor(readonly secretName: string) {
    super(`The secret ${secretName} is not set. Store it with "Micro App Guard: Move secret to Secret Storage" or in your vault.`);
    this.name = 'MissingSecretError';
  }
}

/** Reads a secret from Vault (KV v2 at secret/data/<app>) or from the environment. */
export async function readSecret(name: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (env.VAULT_ADDR && env.VAULT_TOKEN) {
    const response = await safeFetch(`${env.VAULT_ADDR.replace(/\/$/, '')}/v1/secret/data/${env.VAULT_SECRET_PATH ?? 'microapp'}`, {
      headers: { 'X-Vault-Token': env.VAULT_TOKEN },
    });
    if (!response.ok) throw new MissingSecretError(name);
    const body = (await response.json()) as { data?: { data?: Record<string, string> } };
    const value = body.data?.data?.[name];
    if (value) return value;
  }
  const value = env[name];
  if (!value) throw new MissingSecretError(name);
  return value;
}
