import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { toBackstageCatalogInfo } from '../core/manifest/backstageExport';
import { parseManifest } from '../core/manifest/manifestDocument';
import { MANIFEST_FILE_NAME } from '../core/manifest/manifestFacts';
import type { Manifest } from '../core/manifest/manifestSchema';
import { assessRisk } from '../core/risk/riskTier';
import { CliUsageError, EXIT } from './cliError';
import type { CliIo } from './main';

export const VALIDATE_USAGE = `microapp-guard validate [path] [--format text|json]
  checks microapp.yaml (a file, or a folder holding one); prints errors with line:column and the risk tier`;
export const EXPORT_USAGE = `microapp-guard export backstage [path] [--output FILE]
  writes the app's Backstage catalog-info.yaml (default: next to microapp.yaml)`;

export function resolveManifestPath(input: string | undefined, cwd: string): string {
  const target = path.resolve(cwd, input ?? '.');
  if (!existsSync(target)) throw new CliUsageError(`no such file or folder: ${input ?? '.'}`);
  const file = statSync(target).isDirectory() ? path.join(target, MANIFEST_FILE_NAME) : target;
  if (!existsSync(file)) throw new CliUsageError(`no ${MANIFEST_FILE_NAME} in ${path.relative(cwd, target) || '.'}: create one with the wizard or \`microapp-guard new\``);
  return file;
}

/** Reads and validates a manifest, printing its problems; returns it only when valid. */
export function loadValidManifest(file: string, io: CliIo, format: 'text' | 'json' = 'text'): Manifest | undefined {
  const shown = path.relative(io.cwd, file) || file;
  const { manifest, problems } = parseManifest(readFileSync(file, 'utf8'));
  if (format === 'text') for (const p of problems) io.stderr(`${shown}:${p.line}:${p.column}: ${p.message}\n`);
  return manifest;
}

export async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string', default: 'text' } } });
  if (values.format !== 'text' && values.format !== 'json') throw new CliUsageError(`--format must be text or json, not "${values.format}"`);
  const file = resolveManifestPath(positionals[0], io.cwd);
  const shown = path.relative(io.cwd, file) || file;
  const { manifest, problems } = parseManifest(readFileSync(file, 'utf8'));
  const risk = manifest ? assessRisk(manifest) : undefined;
  if (values.format === 'json') {
    io.stdout(JSON.stringify({ file: shown, valid: !!manifest, problems, risk }, null, 2) + '\n');
    return manifest ? EXIT.ok : EXIT.findings;
  }
  for (const p of problems) io.stdout(`${shown}:${p.line}:${p.column}: error: ${p.message}\n`);
  if (!manifest || !risk) {
    io.stdout(`\n${problems.length} problem(s): ${shown} is not valid.\n`);
    return EXIT.findings;
  }
  io.stdout(`${shown} is valid: ${manifest.metadata.name}, risk tier ${risk.tier.toUpperCase()} (score ${risk.score}).\n`);
  for (const reason of risk.reasons) io.stdout(`  ${reason}\n`);
  io.stdout('Required controls:\n');
  for (const control of risk.requiredControls) {
    const mark = control.satisfied === undefined ? '[review]' : control.satisfied ? '[ok]    ' : '[MISSING]';
    io.stdout(`  ${mark} ${control.title}\n`);
  }
  return EXIT.ok;
}

export async function exportCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { output: { type: 'string' } } });
  const [target, input] = positionals;
  if (target !== 'backstage') throw new CliUsageError(`export supports "backstage", not "${target ?? ''}". Usage: ${EXPORT_USAGE.split('\n')[0]}`);
  const file = resolveManifestPath(input, io.cwd);
  const manifest = loadValidManifest(file, io);
  if (!manifest) throw new CliUsageError(`${path.relative(io.cwd, file)} is not valid; run microapp-guard validate to see why`);
  const output = values.output ?? path.join(path.dirname(file), 'catalog-info.yaml');
  io.writeFile(output, toBackstageCatalogInfo(manifest));
  io.stdout(`Wrote ${path.relative(io.cwd, path.resolve(io.cwd, output))}\n`);
  return EXIT.ok;
}
