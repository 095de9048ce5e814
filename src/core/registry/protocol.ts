import { z } from 'zod';

/** Registry API v1: the request and response shapes the server validates and the client sends. */

export const ROLES = ['builder', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const APP_STATUSES = ['pending-review', 'approved', 'rejected', 'changes-requested'] as const;
export type AppStatus = (typeof APP_STATUSES)[number];

/** The most findings that travel with one submission; beyond it only their number does (`omitted`). */
export const MAX_SUBMITTED_FINDINGS = 500;

const ruleIdSchema = z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/).max(80);

/** One finding as a reviewer sees it: never code, and a secret only as its masked form. */
export const submittedFindingSchema = z
  .object({
    rule: ruleIdSchema,
    severity: z.enum(['error', 'warning', 'info']),
    file: z.string().min(1).max(500),
    line: z.number().int().min(1).max(10_000_000),
    message: z.string().min(1).max(600),
    /** The masked secret (`sk-pro********ab`) for a secret finding. */
    masked: z.string().max(120).optional(),
  })
  .strict();
export type SubmittedFinding = z.infer<typeof submittedFindingSchema>;

export const scanSummarySchema = z
  .object({
    tool: z.string().max(100).default('microapp-guard'),
    toolVersion: z.string().max(50).optional(),
    scannedAt: z.iso.datetime().optional(),
    filesScanned: z.number().int().min(0).max(10_000_000),
    findings: z.object({ error: z.number().int().min(0), warning: z.number().int().min(0), info: z.number().int().min(0) }).strict(),
    /** Count per rule id. */
    byRule: z.record(ruleIdSchema, z.number().int().min(0)).default({}),
    /** The findings themselves, most severe first, at most MAX_SUBMITTED_FINDINGS. */
    items: z.array(submittedFindingSchema).max(MAX_SUBMITTED_FINDINGS, `at most ${MAX_SUBMITTED_FINDINGS} findings travel with a submission: send the most severe ones and count the rest in "omitted"`).default([]),
    /** How many findings were left out of `items`. */
    omitted: z.number().int().min(0).default(0),
    /** SHA-256 over the scanned files' paths and contents: what exactly was scanned. */
    digest: z.string().regex(/^[a-f0-9]{64}$/).optional(),
    /** Where the code shows a required control in place. */
    evidence: z
      .array(z.object({ control: z.string().regex(/^[a-z-]{2,40}$/), what: z.string().max(120), file: z.string().min(1).max(500), line: z.number().int().min(1) }).strict())
      .max(100)
      .default([]),
    /** Files the scan could not check completely (a tree nested too deeply to build…): a reviewer weighs a clean scan with them. */
    incomplete: z
      .array(z.object({ file: z.string().min(1).max(500), part: z.string().min(1).max(80), reason: z.string().min(1).max(300) }).strict())
      .max(100)
      .default([]),
  })
  .strict();
export type ScanSummaryPayload = z.input<typeof scanSummarySchema>;

export const submitRequestSchema = z
  .object({
    /** Validated separately with the manifest schema so problems carry manifest paths. */
    manifest: z.record(z.string(), z.unknown()),
    scan: scanSummarySchema,
    /** What the client computed; stored for comparison, never trusted. */
    clientTier: z.enum(['low', 'medium', 'high']).optional(),
  })
  .strict();

/** A line a reviewer's comment is about, shown to the builder in the editor. */
export const reviewLineSchema = z
  .object({ file: z.string().min(1).max(500), line: z.number().int().min(1).max(10_000_000), note: z.string().trim().max(500).optional() })
  .strict();
export type ReviewLine = z.infer<typeof reviewLineSchema>;

export const reviewRequestSchema = z
  .object({
    decision: z.enum(['approve', 'reject', 'request-changes']),
    comment: z.string().trim().min(3, 'say why, in a few words').max(2000),
    /** With request-changes: the lines the comment concerns. */
    lines: z.array(reviewLineSchema).max(50, 'point at 50 lines at most').default([]),
  })
  .strict();

export interface ErrorDetail {
  /** Manifest path (`spec.network.allow.0`) or request path (`scan.filesScanned`). */
  path: string;
  message: string;
}

export interface ErrorBody {
  error: { code: string; message: string; details: ErrorDetail[] };
}

export interface AppSummary {
  name: string;
  title: string;
  owner: string;
  team?: string | null;
  status: AppStatus;
  tier: 'low' | 'medium' | 'high';
  latestVersion: number;
  updatedAt: string;
  overdue: boolean;
}

export interface SubmitResponse {
  app: AppSummary;
  version: number;
  score: number;
  reasons: string[];
  dashboardUrl: string;
}
