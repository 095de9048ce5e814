import { z } from 'zod';

/** The one schema of microapp.yaml: the wizard, the editor, the CLI and the registry all validate with it. */

const hostPattern = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$|^localhost$/;

export const AUDIENCE_SCOPES = ['personal', 'team', 'department', 'organization', 'external'] as const;
export const CLASSIFICATIONS = ['public', 'internal', 'confidential', 'regulated'] as const;
export const SECRET_STORES = ['vscode-secret-storage', 'vault', 'aws-secrets-manager', 'azure-key-vault', 'gcp-secret-manager', 'env'] as const;
export const PII_KINDS = ['name', 'email', 'phone', 'address', 'dob', 'ssn', 'national-id', 'salary', 'bank-account', 'card-number', 'health', 'other'] as const;
export const GUARDRAILS = ['injection-screen', 'redaction', 'output-escaping', 'length-limits', 'human-review', 'moderation'] as const;
export const OUTPUT_SINKS = ['display', 'email', 'file', 'database', 'shell', 'code', 'external-api'] as const;

const name = z.string().regex(/^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/, 'use 3-63 lowercase letters, digits and dashes');

export const dataSourceSchema = z
  .object({
    name: z.string().min(1),
    kind: z.enum(['database', 'file', 'api', 'saas', 'spreadsheet', 'email', 'web', 'other']),
    access: z.enum(['read', 'write', 'read-write']),
    pii: z.array(z.enum(PII_KINDS)).default([]),
  })
  .strict();

export const llmUseSchema = z
  .object({
    provider: z.string().min(1),
    model: z.string().min(1),
    sendsUserContent: z.boolean().default(false),
    retentionDays: z.number().int().min(0).optional(),
    dpa: z.boolean().default(false),
    promptSources: z.array(z.string().min(1)).default([]),
    guardrails: z.array(z.enum(GUARDRAILS)).default([]),
    outputTo: z.array(z.enum(OUTPUT_SINKS)).default(['display']),
  })
  .strict();

export const integrationSchema = z
  .object({
    name: z.string().min(1),
    vendor: z.string().min(1),
    compliance: z.array(z.string().min(1)).default([]),
    scopes: z.array(z.string().min(1)).default([]),
  })
  .strict();

export const manifestSchema = z
  .object({
    apiVersion: z.literal('microapp/v1'),
    kind: z.literal('MicroApp'),
    metadata: z
      .object({
        name,
        title: z.string().min(1).max(120),
        owner: z.email('owner must be an email address'),
        team: z.string().min(1).optional(),
      })
      .strict(),
    spec: z
      .object({
        purpose: z.string().min(10, 'say in a sentence what the app does (10 characters at least)').max(500),
        justification: z.string().min(1).max(1000).optional(),
        audience: z.object({ scope: z.enum(AUDIENCE_SCOPES), users: z.number().int().min(1) }).strict(),
        data: z.object({ classification: z.enum(CLASSIFICATIONS), sources: z.array(dataSourceSchema).default([]) }).strict(),
        llm: z.array(llmUseSchema).default([]),
        integrations: z.array(integrationSchema).default([]),
        network: z.object({ allow: z.array(z.string().regex(hostPattern, 'a host name such as api.openai.com or *.acme.com')).default([]) }).strict().default({ allow: [] }),
        access: z.object({ sso: z.boolean(), roles: z.array(z.string().min(1)).default([]) }).strict(),
        secrets: z.object({ store: z.enum(SECRET_STORES), names: z.array(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'secret names look like OPENAI_API_KEY')).default([]) }).strict(),
        logging: z.object({ audit: z.boolean(), redaction: z.boolean().default(false) }).strict(),
      })
      .strict()
      .superRefine((spec, context) => {
        if (spec.audience.scope !== 'personal' && spec.audience.scope !== 'team' && !spec.justification) {
          context.addIssue({ code: 'custom', path: ['justification'], message: `an app for a whole ${spec.audience.scope} needs a justification: why it exists` });
        }
      }),
  })
  .strict();

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestInput = z.input<typeof manifestSchema>;
