import path from 'node:path';
import { parseArgs } from 'node:util';
import { SEVERITY_RANK, type Severity } from '../core/scan/finding';
import { formatJson } from '../core/scan/formatters/jsonReport';
import { formatSarif } from '../core/scan/formatters/sarifReport';
import { formatText } from '../core/scan/formatters/textReport';
import { existsSync, readFileSync } from 'node:fs';
import { nearestManifestLookup } from '../core/manifest/manifestFacts';
import { applyBaseline, BaselineError, createBaseline, parseBaseline } from '../core/scan/baseline';
import { hashText } from '../core/scan/scanCache';
import { scanFiles } from '../core/scan/scanFiles';
import type { IgnoredInput } from '../core/scan/workspaceFiles';
import { CliUsageError, EXIT } from './cliError';
import { loadScanConfig } from './loadScanConfig';
import type { CliIo } from './main';

export const SCAN_USAGE = `microapp-guard scan [paths…] [options]
  --format text|json|sarif   output format (default text)
  --output FILE              write the report to FILE instead of stdout
  --fail-on error|warning|info  lowest severity that makes the exit code 1 (default error)
  --config FILE              config file (default ./.microapp-guard.yaml)
  --max-file-size BYTES      skip larger files (default 1048576; k/m suffixes allowed)
  --baseline FILE            ignore findings recorded in FILE (created with the current findings if missing)
  --update-baseline          rewrite the baseline file with the current findings
  --no-ignore                scan what the config's ignore: and .gitignore files leave out
  --no-cache                 scan everything even if nothing changed since the last scan
  --cache-dir DIR            where the scan cache lives (default node_modules/.cache/microapp-guard, or
                             .microapp-guard-cache when there is no node_modules); capped at 64 MB`;

export async function scanCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
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
    },
  });
  const format = values.format as string;
  if (!['text', 'json', 'sarif'].includes(format)) throw new CliUsageError(`--format must be text, json or sarif, not "${format}"`);
  const { config, warnings, file: configFile } = loadScanConfig(values.config, io.cwd);
  const failOn = (values['fail-on'] ?? config.failOn ?? 'error') as Severity;
  if (!(failOn in SEVERITY_RANK)) throw new CliUsageError(`--fail-on must be error, warning or info, not "${failOn}"`);
  const maxFileSize = values['max-file-size'] ? parseSize(values['max-file-size']) : undefined;
  warnings.forEach((warning) => io.stderr(`warning: ${warning}\n`));

  const paths = positionals.length > 0 ? positionals : ['.'];
  // Each file's allowlist comes from the nearest microapp.yaml above it, as in the editor.
  const cache = values['no-cache'] ? undefined : {
    dir: path.resolve(io.cwd, values['cache-dir'] ?? (existsSync(path.join(io.cwd, 'node_modules')) ? 'node_modules/.cache/microapp-guard' : '.microapp-guard-cache')),
    // The engine (this build of the CLI), the config and the options decide the findings as much as the files do.
    key: hashText(JSON.stringify([engineHash(), config, maxFileSize, values['no-ignore'], paths, io.cwd])),
    maxBytes: 64 * 1024 * 1024,
  };
  const summary = await scanFiles({ paths, base: io.cwd, config, maxFileSize, manifestFor: nearestManifestLookup(), noIgnore: values['no-ignore'], cache });
  for (const ignored of summary.ignoredInputs ?? []) io.stderr(`${describeIgnored(ignored, configFile, io.cwd)}\n`);
  const baselineFile = values.baseline ?? config.baseline;
  if (values['update-baseline'] && !baselineFile) throw new CliUsageError('--update-baseline needs --baseline FILE (or baseline: in the config)');
  if (baselineFile) {
    const file = path.resolve(io.cwd, baselineFile);
    if (values['update-baseline'] || !existsSync(file)) {
      io.writeFile(file, createBaseline(summary.findings));
      io.stderr(`Baseline ${baselineFile} written with ${summary.findings.length} finding(s); later scans report only new ones.\n`);
      summary.findings = [];
    } else {
      const { kept, baselined } = applyBaseline(summary.findings, readBaseline(file, baselineFile));
      summary.findings = kept;
      if (baselined > 0) io.stderr(`${baselined} finding(s) already in the baseline ${baselineFile} were not reported.\n`);
    }
  }
  const report = format === 'json' ? formatJson(summary) : format === 'sarif' ? formatSarif(summary, io.version) : formatText(summary);
  if (values.output) io.writeFile(values.output, report);
  else io.stdout(report);
  const failing = summary.findings.some((finding) => SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[failOn]);
  return failing ? EXIT.findings : EXIT.ok;
}

let engine: string | undefined;
/** A hash of the running CLI's own code: a new build never reuses an old build's findings. */
function engineHash(): string {
  engine ??= hashText(readFileSync(__filename));
  return engine;
}

/** `legacy/ is not scanned: the pattern "legacy/" on line 4 of .microapp-guard.yaml ignores it. …` */
function describeIgnored(ignored: IgnoredInput, configFile: string | undefined, cwd: string): string {
  const file = ignored.source === 'config' ? configFile : ignored.source === 'built-in' ? undefined : path.join(cwd, ignored.source);
  let where = ignored.source === 'built-in' ? 'the built-in list (.git/, node_modules/, .vscode-test/)' : path.relative(cwd, file ?? '') || ignored.source;
  if (file) {
    const lines = readFileSync(file, 'utf8').split(/\r?\n/);
    const index = lines.findIndex((line) => line.replace(/^\s*-\s*/, '').replace(/^['"]|['"]\s*$/g, '').trim() === ignored.pattern);
    if (index >= 0) where = `line ${index + 1} of ${where}`;
  }
  return `${ignored.input} is not scanned: the pattern "${ignored.pattern}" on ${where} ignores it. Run with --no-ignore to scan it anyway.`;
}

function parseSize(text: string): number {
  const match = /^(\d+)([km]?)b?$/i.exec(text.trim());
  if (!match) throw new CliUsageError(`--max-file-size must be a number of bytes such as 500000, 512k or 2m, not "${text}"`);
  const unit = { '': 1, k: 1024, m: 1024 * 1024 }[match[2].toLowerCase() as '' | 'k' | 'm'];
  return Number(match[1]) * unit;
}

function readBaseline(file: string, shownAs: string): Set<string> {
  try {
    return parseBaseline(readFileSync(file, 'utf8'), shownAs);
  } catch (error) {
    if (error instanceof BaselineError) throw new CliUsageError(error.message);
    throw error;
  }
}
