// dist/cli.js: the CLI's entry. A `scan` of a tree that has not changed since the last scan is answered from the
// cache here, without loading the engine (compiling its 12 MB bundle alone takes longer than the whole answer);
// everything else runs the engine, dist/engine.js.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SEVERITY_RANK, type Severity } from '../core/scan/finding';
import { formatJson } from '../core/scan/formatters/jsonReport';
import { formatText } from '../core/scan/formatters/textReport';
import { loadCachedSummary, manifestsAbove } from '../core/scan/scanCache';
import { listFiles } from '../core/scan/workspaceFiles';
import { describeIgnored, parseSize, readScanConfig, SCAN_OPTIONS, scanCache } from './scanShared';

const ENGINE = path.join(__dirname, 'engine.js');

/** The exit code when the cache answers, or undefined when the engine must run. Any doubt: the engine. */
function fromCache(args: string[], cwd: string): number | undefined {
  if (args[0] !== 'scan') return undefined;
  const { values, positionals } = parseArgs({ args: args.slice(1), allowPositionals: true, options: SCAN_OPTIONS });
  if (values['no-cache'] || values.changed || values.baseline || values['update-baseline'] || (values.format !== 'text' && values.format !== 'json')) return undefined;
  const { config, file } = readScanConfig(values.config, cwd);
  // Rule ids in a config are checked against the engine's catalogue (a warning for an unknown one): the engine's job.
  if (Object.keys(config.rules ?? {}).length) return undefined;
  const failOn = (values['fail-on'] ?? config.failOn ?? 'error') as Severity;
  if (!(failOn in SEVERITY_RANK)) return undefined;
  const maxFileSize = values['max-file-size'] ? parseSize(values['max-file-size']) : undefined;
  const paths = positionals.length > 0 ? positionals : ['.'];
  const cache = scanCache(values, config, maxFileSize, paths, cwd, ENGINE);
  if (!cache) return undefined;
  const walk = listFiles(paths, { base: cwd, ignore: config.ignore, noIgnore: values['no-ignore'] });
  const summary = loadCachedSummary(cache, walk.files, manifestsAbove(paths.map((p) => path.resolve(cwd, p))));
  if (!summary) return undefined;
  for (const ignored of walk.ignoredInputs) process.stderr.write(`${describeIgnored(ignored, file, cwd)}\n`);
  const report = values.format === 'json' ? formatJson(summary) : formatText(summary);
  if (values.output) writeFileSync(path.resolve(cwd, values.output), report);
  else process.stdout.write(report);
  return summary.findings.some((finding) => SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[failOn]) ? 1 : 0;
}

let code: number | undefined;
try {
  code = fromCache(process.argv.slice(2), process.cwd());
} catch {
  code = undefined; // a usage problem: the engine explains it properly
}
if (code === undefined) require(ENGINE);
else process.exitCode = code;
