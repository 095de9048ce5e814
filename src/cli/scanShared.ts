// What `scan` needs before it knows whether the engine must run: arguments, the config, the cache key, the messages
// for ignored paths. Kept free of the engine so the CLI's fast path (an unchanged tree) loads none of it.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE_NAME } from '../core/config/configFileName';
import { engineStamp, type ScanCacheOptions } from '../core/scan/scanCache';
import { hashText, type IgnoredInput } from '../core/scan/workspaceFiles';
import { CliUsageError } from './cliError';

export const SCAN_OPTIONS = {
  format: { type: 'string', default: 'text' },
  output: { type: 'string' },
  'fail-on': { type: 'string' },
  config: { type: 'string' },
  'max-file-size': { type: 'string' },
  baseline: { type: 'string' },
  'update-baseline': { type: 'boolean', default: false },
  'no-ignore': { type: 'boolean', default: false },
  'no-cache': { type: 'boolean', default: false },
  'cache-dir': { type: 'string' },
  changed: { type: 'boolean', default: false },
  base: { type: 'string' },
} as const;

/**
 * The config file named by --config, or `.microapp-guard.yaml` in the current folder when there is one, and its
 * text. Parsing is the caller's: the engine validates it (src/cli/loadScanConfig.ts), the cache answer only reads it.
 */
export function readConfigText(explicitPath: string | undefined, cwd: string): { file?: string; text?: string } {
  const file = explicitPath ? path.resolve(cwd, explicitPath) : path.join(cwd, CONFIG_FILE_NAME);
  if (!existsSync(file)) {
    if (explicitPath) throw new CliUsageError(`config file not found: ${explicitPath}`);
    return {};
  }
  return { file, text: readFileSync(file, 'utf8') };
}

export function parseSize(text: string): number {
  const match = /^(\d+)([km]?)b?$/i.exec(text.trim());
  if (!match) throw new CliUsageError(`--max-file-size must be a number of bytes such as 500000, 512k or 2m, not "${text}"`);
  const unit = { '': 1, k: 1024, m: 1024 * 1024 }[match[2].toLowerCase() as '' | 'k' | 'm'];
  return Number(match[1]) * unit;
}

declare const MICROAPP_GUARD_VERSION: string | undefined;
let engines = new Map<string, string>();
/**
 * The scan cache's key: the engine build (its version and the bundle's and model's size and time; hashing the
 * 12 MB bundle cost an unchanged tree's answer ~30 ms), the config and the options decide the findings as much
 * as the files do. `engineFile` is the engine bundle, whichever entry computes the key.
 */
export function scanCache(values: { 'no-cache'?: boolean; 'cache-dir'?: string; 'no-ignore'?: boolean }, configText: string | undefined, maxFileSize: number | undefined, paths: string[], cwd: string, engineFile: string): ScanCacheOptions | undefined {
  if (values['no-cache']) return undefined;
  // An npm release carries a new version; a build, a new bundle (and a retrained model, a new model file).
  const version = typeof MICROAPP_GUARD_VERSION === 'string' ? MICROAPP_GUARD_VERSION : 'dev';
  if (!engines.has(engineFile)) engines = new Map([[engineFile, hashText([version, engineStamp(engineFile)].join('\0'))]]);
  return {
    dir: path.resolve(cwd, values['cache-dir'] ?? (existsSync(path.join(cwd, 'node_modules')) ? 'node_modules/.cache/microapp-guard' : '.microapp-guard-cache')),
    key: hashText(JSON.stringify([engines.get(engineFile), configText ?? '', maxFileSize, !!values['no-ignore'], paths, cwd])),
    maxBytes: 64 * 1024 * 1024,
  };
}

/** `legacy is not scanned: the pattern "legacy/" on line 4 of .microapp-guard.yaml ignores it. …` */
export function describeIgnored(ignored: IgnoredInput, configFile: string | undefined, cwd: string): string {
  const file = ignored.source === 'config' ? configFile : undefined;
  let where = ignored.source === 'built-in' ? 'the built-in list (.git/, node_modules/, .vscode-test/, .microapp-guard-cache/)' : path.relative(cwd, file ?? '') || ignored.source;
  if (file) {
    const lines = readFileSync(file, 'utf8').split(/\r?\n/);
    const index = lines.findIndex((line) => line.replace(/^\s*-\s*/, '').replace(/^['"]|['"]\s*$/g, '').trim() === ignored.pattern);
    if (index >= 0) where = `line ${index + 1} of ${where}`;
  }
  return `${ignored.input} is not scanned: the pattern "${ignored.pattern}" on ${where} ignores it. Run with --no-ignore to scan it anyway.`;
}
