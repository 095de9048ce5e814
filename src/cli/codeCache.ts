// Loads one of the CLI's bundles with V8's code cache, so a run does not compile it again: the engine's 12 MB
// bundle (a quarter of a `scan --changed` after a one-file edit went to compiling it) and the cache-answer bundle
// (its configuration schemas alone took a fifth of an unchanged tree's rescan to compile).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';

/**
 * Node 22.1+ has this built in (`module.enableCompileCache`); on older Node the bundle is compiled here with the
 * cached data kept beside the OS's temporary files, keyed by the bundle and the Node version (V8 refuses data from
 * another build anyway, and the bundle is then compiled as usual). Returns the bundle's exports.
 */
export function loadWithCodeCache(bundle: string): unknown {
  const cacheDir = path.join(os.tmpdir(), `microapp-guard-compile-cache-${os.userInfo().uid}`);
  const builtIn = (Module as unknown as { enableCompileCache?: (dir: string) => unknown }).enableCompileCache;
  if (typeof builtIn === 'function') {
    builtIn(cacheDir);
    return require(bundle);
  }
  let script: vm.Script;
  let cacheFile: string;
  let cachedData: Buffer | undefined;
  const name = path.basename(bundle, '.js');
  try {
    const stat = statSync(bundle);
    cacheFile = path.join(cacheDir, `${name}-${createHash('sha256').update(`${bundle}\0${stat.size}\0${stat.mtimeMs}\0${process.version}`).digest('hex').slice(0, 16)}.bin`);
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      cachedData = undefined; // the first run: compile, then keep the data
    }
    script = new vm.Script(Module.wrap(readFileSync(bundle, 'utf8')), { filename: bundle, cachedData, importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER });
  } catch {
    return require(bundle); // anything odd about the cache: load the bundle the ordinary way
  }
  if (!cachedData || script.cachedDataRejected) {
    // At exit, the data covers the functions this run compiled too, not only the top level.
    process.once('exit', () => {
      try {
        mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
        const temporary = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, cacheFile);
        // Each build of a bundle leaves data for itself: other builds' data written over a day ago goes (not at
        // once, so two installs used in turn do not throw each other's away on every run).
        for (const other of readdirSync(cacheDir)) {
          const otherFile = path.join(cacheDir, other);
          if (other.startsWith(`${name}-`) && other.endsWith('.bin') && otherFile !== cacheFile && statSync(otherFile).mtimeMs < Date.now() - 86_400_000) rmSync(otherFile, { force: true });
        }
      } catch {
        // an unwritable temporary folder only costs the next run its cache
      }
    });
  }
  const loaded = new Module(bundle, module);
  loaded.filename = bundle;
  loaded.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(path.dirname(bundle));
  (script.runInThisContext() as (...args: unknown[]) => void).call(loaded.exports, loaded.exports, createRequire(bundle), loaded, bundle, path.dirname(bundle));
  loaded.loaded = true;
  return loaded.exports;
}
