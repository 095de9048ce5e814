// dist/cacheAnswer.js: answers a `scan` of a tree that has not changed since the last scan from the cache, without
// the engine. Loaded by the CLI's entry (src/cli/entry.ts).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { SEVERITY_RANK, type Severity } from '../core/scan/finding';
import { formatJson } from '../core/scan/formatters/jsonReport';
import { formatText } from '../core/scan/formatters/textReport';
import { loadCachedSummary, loadUnwalkedSummary, manifestsAbove } from '../core/scan/scanCache';
import { listFiles } from '../core/scan/workspaceFiles';
import { describeIgnored, parseSize, readConfigText, SCAN_OPTIONS, scanCache } from './scanShared';

/**
 * The exit code when the cache answers, or undefined when the engine must run. Any doubt: the engine. `engine` is
 * the engine bundle's path: the cache's key includes it.
 */
export function answerFromCache(args: string[], cwd: string, engine: string): number | undefined {
  if (args[0] !== 'scan') return undefined;
  const { values, positionals } = parseArgs({ args: args.slice(1), allowPositionals: true, options: SCAN_OPTIONS });
  if (values['no-cache'] || values.changed || values.baseline || values['update-baseline'] || (values.format !== 'text' && values.format !== 'json')) return undefined;
  const { file, text } = readConfigText(values.config, cwd);
  const config = text === undefined ? {} : readConfigFields(text);
  if (!config) return undefined;
  const failOn = (values['fail-on'] ?? config.failOn ?? 'error') as Severity;
  if (!(failOn in SEVERITY_RANK)) return undefined;
  const maxFileSize = values['max-file-size'] ? parseSize(values['max-file-size']) : undefined;
  const paths = positionals.length > 0 ? positionals : ['.'];
  const cache = scanCache(values, text, maxFileSize, paths, cwd, engine);
  if (!cache) return undefined;
  const outside = manifestsAbove(paths.map((p) => path.resolve(cwd, p)));
  // Folders as they were: no walk. Else (a folder changed, or changed just before the last scan) walk and compare.
  let answer = loadUnwalkedSummary(cache, outside);
  if (!answer) {
    const walk = listFiles(paths, { base: cwd, ignore: config.ignore, noIgnore: values['no-ignore'] });
    const summary = loadCachedSummary(cache, walk.files, outside);
    answer = summary && { summary, ignoredInputs: walk.ignoredInputs };
  }
  if (!answer) return undefined;
  const { summary, ignoredInputs } = answer;
  for (const ignored of ignoredInputs) process.stderr.write(`${describeIgnored(ignored, file, cwd)}\n`);
  const report = values.format === 'json' ? formatJson(summary) : formatText(summary);
  if (values.output) writeFileSync(path.resolve(cwd, values.output), report);
  else process.stdout.write(report);
  return summary.findings.some((finding) => SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[failOn]) ? 1 : 0;
}

/**
 * The config fields this answer needs, read without validating them: the cache's key is the config's text, and a
 * text the engine has not accepted has no cache. Anything this answer leaves to the engine gives undefined: rule
 * settings (their ids are checked against the engine's catalogue, with a warning for an unknown one) and a baseline
 * (the engine applies it).
 */
function readConfigFields(text: string): { ignore?: string[]; failOn?: string } | undefined {
  const value: unknown = text.trim() === '' ? {} : parseYaml(text);
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const { rules, ignore, failOn, baseline } = value as Record<string, unknown>;
  if ((rules !== undefined && (typeof rules !== 'object' || rules === null || Object.keys(rules).length > 0)) || baseline !== undefined) return undefined;
  if (ignore !== undefined && !(Array.isArray(ignore) && ignore.every((pattern) => typeof pattern === 'string'))) return undefined;
  if (failOn !== undefined && typeof failOn !== 'string') return undefined;
  return { ignore: ignore as string[] | undefined, failOn: failOn as string | undefined };
}
