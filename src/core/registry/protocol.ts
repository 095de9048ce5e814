import { z } from 'zod';

/** Registry API v1: the request and response shapes the server validates and the client sends. */

export const ROLES = ['builder', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const APP_STATUSES = ['pending-review', 'approved', 'rejected'] as const;
export type AppStatus = (typeof APP_STATUSES)[number];

export const scanSummarySchema = z
  .object({
    tool: z.string().max(100).default('microapp-guard'),
    toolVersion: z.string().max(50).optional(),
    scannedAt: z.iso.datetime().optional(),
    filesScanned: z.number().int().min(0).max(10_000_000),
    findings: z.object({ error: z.number().int().min(0), warning: z.number().int().min(0), info: z.number().int().min(0) }).strict(),
    /** Count per rule id. */
    byRule: z.record(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/).max(80), z.number().int().min(0)).default({}),
  })
  .strict();
export type ScanSummaryPayload = z.infer<typeof scanSummarySchema>;

export const submitRequestSchema = z
  .object({
    /** Validated separately with the manifest schema so problems carry manifest paths. */
    manifest: z.record(z.string(), z.unknown()),
    scan: scanSummarySchema,
    /** What the client computed; stored for comparison, never trusted. */
    clientTier: z.enum(['low', 'medium', 'high']).optional(),
  })
  .strict();

export const reviewRequestSchema = z
  .object({
    decision: z.enum(['approve', 'reject']),
    comment: z.string().trim().min(3, 'say why, in a few words').max(2000),
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
