import { z } from 'zod';

/** Messages between the registration wizard's webview and the extension host. Both sides parse with these. */

export const detectedFactsSchema = z.object({
  llmProviders: z.array(z.string()),
  hosts: z.array(z.string()),
  secretNames: z.array(z.string()),
});
export type DetectedFacts = z.infer<typeof detectedFactsSchema>;

export const hostToWebviewSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('init'),
    /** The manifest as far as it is known (existing microapp.yaml or defaults); may be incomplete. */
    draft: z.record(z.string(), z.unknown()),
    detected: detectedFactsSchema,
    manifestPath: z.string(),
    exists: z.boolean(),
  }),
  z.object({ type: z.literal('saved'), manifestPath: z.string() }),
  z.object({ type: z.literal('saveFailed'), message: z.string(), problems: z.array(z.object({ path: z.string(), message: z.string() })).default([]) }),
]);
export type HostToWebview = z.infer<typeof hostToWebviewSchema>;

export const webviewToHostSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('save'), manifest: z.record(z.string(), z.unknown()) }),
  z.object({ type: z.literal('cancel') }),
]);
export type WebviewToHost = z.infer<typeof webviewToHostSchema>;
