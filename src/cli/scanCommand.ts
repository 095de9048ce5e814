import path from 'node:path';
import { parseArgs } from 'node:util';
import { SEVERITY_RANK, type Severity } from '../core/scan/finding';
import { formatJson } from '../core/scan/formatters/jsonReport';
import { formatSarif } from '../core/scan/formatters/sarifReport';
import { formatText } from '../core/scan/formatters/textReport';
import { existsSync, readFileSync } from 'node:fs';
import { nearestManifestLookup } from '../core/manifest/manifestFacts';
import { applyBaseline, BaselineError, createBaseline, parseBaseline } from '../core/scan/baseline';
import { ChangedFilesError, scanChanged } from '../core/scan/scanChanged';
import { scanFiles } from '../core/scan/scanFiles';
import { CliUsageError, EXIT } from './cliError';
import { loadScanConfig } from './loadScanConfig';
import { describeIgnored, parseSize, SCAN_OPTIONS, scanCache } from './scanShared';
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
                             .microapp-guard-cache when there is no node_modules); capped at 64 MB
  --changed                  only files changed since --base (committed, staged, unstaged, untracked) and the
                             files that import them; a changed microapp.yaml or config means everything
  --base REF                 the git ref --changed compares with (default HEAD; in CI e.g. origin/main)`;

export async function scanCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: SCAN_OPTIONS });
  const format = values.format as string;
  if (!['text', 'json', 'sarif'].includes(format)) throw new CliUsageError(`--format must be text, json or sarif, not "${format}"`);
  const { config, warnings, file: configFile, text: configText } = loadScanConfig(values.config, io.cwd);
  const failOn = (values['fail-on'] ?? config.failOn ?? 'error') as Severity;
  if (!(failOn in SEVERITY_RANK)) throw new CliUsageError(`--fail-on must be error, warning or info, not "${failOn}"`);
  const maxFileSize = values['max-file-size'] ? parseSize(values['max-file-size']) : undefined;
  warnings.forEach((warning) => io.stderr(`warning: ${warning}\n`));

  const paths = positionals.length > 0 ? positionals : ['.'];
  // Each file's allowlist comes from the nearest microapp.yaml above it, as in the editor.
  // Bundled, the engine is this file (dist/engine.js); the thin entry (dist/cli.js) computes the same key from it.
  if (values.base && !values.changed) throw new CliUsageError('--base goes with --changed: scan --changed --base origin/main');
  const options = { paths, base: io.cwd, config, maxFileSize, manifestFor: nearestManifestLookup(), noIgnore: values['no-ignore'] };
  const cache = scanCache(values, configText, maxFileSize, paths, io.cwd, __filename);
  const summary = values.changed ? await changedSummary({ ...options, cache }, values.base ?? 'HEAD', io) : await scanFiles({ ...options, cache });
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

async function changedSummary(options: Omit<Parameters<typeof scanChanged>[0], 'gitBase'>, gitBase: string, io: CliIo) {
  try {
    const result = await scanChanged({ ...options, gitBase });
    io.stderr(
      result.everything
        ? `--changed: a microapp.yaml or the config changed since ${gitBase}, so every file was scanned.\n`
        : result.wholeTree
          ? `--changed: ${result.changed} file(s) changed since ${gitBase}, ${result.dependents} import them; reported from a scan of every file with the last scan's cache (${result.summary.reusedFiles ?? 0} of ${result.summary.filesScanned} unchanged).\n`
          : `--changed: ${result.changed} file(s) changed since ${gitBase}, ${result.dependents} import them; ${result.summary.filesScanned} file(s) read.\n`,
    );
    return result.summary;
  } catch (error) {
    if (error instanceof ChangedFilesError) throw new CliUsageError(error.message);
    throw error;
  }
}

function readBaseline(file: string, shownAs: string): Set<string> {
  try {
    return parseBaseline(readFileSync(file, 'utf8'), shownAs);
  } catch (error) {
    if (error instanceof BaselineError) throw new CliUsageError(error.message);
    throw error;
  }
}
