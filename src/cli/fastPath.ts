// dist/cli.js: the CLI's entry. A `scan` of a tree that has not changed since the last scan is answered from the
// cache here, without loading the engine (compiling its 12 MB bundle alone takes longer than the whole answer);
// everything else runs the engine, dist/engine.js.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
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

/**
 * Loads the engine with V8's code cache, so a run does not compile its 12 MB bundle again (a quarter of a `scan
 * --changed` after a one-file edit went to that). Node 22.1+ has this built in (`module.enableCompileCache`); on older
 * Node the bundle is compiled here with the cached data kept beside the OS's temporary files, keyed by the bundle and
 * the Node version (V8 refuses data from another build anyway, and the bundle is then compiled as usual).
 */
function loadEngine(): void {
  const cacheDir = path.join(os.tmpdir(), `microapp-guard-compile-cache-${os.userInfo().uid}`);
  const builtIn = (Module as unknown as { enableCompileCache?: (dir: string) => unknown }).enableCompileCache;
  if (typeof builtIn === 'function') {
    builtIn(cacheDir);
    require(ENGINE);
    return;
  }
  let script: vm.Script;
  let cacheFile: string;
  let cachedData: Buffer | undefined;
  try {
    const stat = statSync(ENGINE);
    cacheFile = path.join(cacheDir, `engine-${createHash('sha256').update(`${ENGINE}\0${stat.size}\0${stat.mtimeMs}\0${process.version}`).digest('hex').slice(0, 16)}.bin`);
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      cachedData = undefined; // the first run: compile, then keep the data
    }
    script = new vm.Script(Module.wrap(readFileSync(ENGINE, 'utf8')), { filename: ENGINE, cachedData, importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER });
  } catch {
    require(ENGINE); // anything odd about the cache: load the bundle the ordinary way
    return;
  }
  if (!cachedData || script.cachedDataRejected) {
    // At exit, the data covers the functions this run compiled too, not only the top level.
    process.once('exit', () => {
      try {
        mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
        const temporary = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, cacheFile);
      } catch {
        // an unwritable temporary folder only costs the next run its cache
      }
    });
  }
  const engine = new Module(ENGINE, module);
  engine.filename = ENGINE;
  engine.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(path.dirname(ENGINE));
  (script.runInThisContext() as (...args: unknown[]) => void).call(engine.exports, engine.exports, createRequire(ENGINE), engine, ENGINE, path.dirname(ENGINE));
}

let code: number | undefined;
try {
  code = fromCache(process.argv.slice(2), process.cwd());
} catch {
  code = undefined; // a usage problem: the engine explains it properly
}
if (code === undefined) loadEngine();
else process.exitCode = code;
