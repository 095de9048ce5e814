import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadManifestFacts } from '../core/manifest/manifestFacts';
import { RegistryError, submitApp } from '../core/registry/registryClient';
import { assessRisk } from '../core/risk/riskTier';
import { scanFiles } from '../core/scan/scanFiles';
import { toScanSummaryPayload } from '../core/scan/scanSummary';
import { CliUsageError, EXIT } from './cliError';
import { loadScanConfig } from './loadScanConfig';
import type { CliIo } from './main';
import { loadValidManifest, resolveManifestPath } from './validateCommand';

export const SUBMIT_USAGE = `microapp-guard submit [path] --registry URL [--allow-findings] [--timeout 10]
  validates microapp.yaml, scans the app, and sends both to the registry; the token comes from
  MICROAPP_GUARD_TOKEN (never from a flag, so it stays out of shell history)`;

export async function submitCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      registry: { type: 'string' },
      'allow-findings': { type: 'boolean', default: false },
      timeout: { type: 'string', default: '10' },
      config: { type: 'string' },
    },
  });
  const registryUrl = values.registry ?? io.env.MICROAPP_GUARD_REGISTRY;
  if (!registryUrl) throw new CliUsageError('--registry URL (or MICROAPP_GUARD_REGISTRY) is required');
  const token = io.env.MICROAPP_GUARD_TOKEN;
  if (!token) throw new CliUsageError('set MICROAPP_GUARD_TOKEN to your registry token (ask your registry admin for one)');
  const file = resolveManifestPath(positionals[0], io.cwd);
  const manifest = loadValidManifest(file, io);
  if (!manifest) {
    io.stderr('Not submitted: fix the manifest problems above first.\n');
    return EXIT.findings;
  }
  const appDir = path.dirname(file);
  const { config } = loadScanConfig(values.config, appDir);
  const summary = await scanFiles({ paths: [appDir], base: appDir, config, manifest: loadManifestFacts(appDir) });
  const scan = toScanSummaryPayload(summary, io.version);
  io.stdout(`Scanned ${scan.filesScanned} file(s): ${scan.findings.error} error, ${scan.findings.warning} warning, ${scan.findings.info} info.\n`);
  if (scan.findings.error > 0 && !values['allow-findings']) {
    io.stderr('Not submitted: the scan has error-level findings (run microapp-guard scan to see them). Fix them, or pass --allow-findings to submit anyway for review.\n');
    return EXIT.findings;
  }
  const risk = assessRisk(manifest);
  try {
    const result = await submitApp({
      registryUrl,
      token,
      manifest,
      scan,
      clientTier: risk.tier,
      timeoutMs: Number(values.timeout) * 1000,
      onRetry: (attempt, error) => io.stderr(`Retrying (${attempt}) after: ${error.message}\n`),
    });
    io.stdout(`Submitted ${result.app.name} version ${result.version}: tier ${result.app.tier}, status ${result.app.status}.\nDashboard: ${result.dashboardUrl}\n`);
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof RegistryError)) throw error;
    io.stderr(`Not submitted: ${error.message}${advice(error)}\n`);
    for (const detail of error.details) io.stderr(`  ${detail.path}: ${detail.message}\n`);
    return EXIT.usage;
  }
}

function advice(error: RegistryError): string {
  switch (error.reason) {
    case 'unauthorized':
      return ' Check MICROAPP_GUARD_TOKEN: it is missing, mistyped or revoked.';
    case 'forbidden':
      return ' Your token cannot submit apps; ask for a builder token.';
    case 'rate-limited':
      return ` Try again in ${error.retryAfterSeconds ?? 60} s.`;
    default:
      return '';
  }
}
