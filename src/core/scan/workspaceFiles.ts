import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';

export type SkipReason = 'binary' | 'minified' | 'too-large' | 'symlink-outside-root' | 'unreadable';

export const SKIP_REASON_LABELS: Record<SkipReason, string> = {
  binary: 'binary',
  minified: 'minified',
  'too-large': 'over the size limit',
  'symlink-outside-root': 'symlink leaving the folder',
  unreadable: 'unreadable',
};

export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

/** Always skipped, like git itself does; users add more with `ignore:` in the config. */
const ALWAYS_IGNORED = ['.git/', 'node_modules/', '.vscode-test/'];

export interface FileCandidate {
  absolute: string;
  /** Relative to the scan's display base, forward slashes. */
  relative: string;
}

export interface FileWalk {
  files: FileCandidate[];
  skipped: { file: string; reason: SkipReason }[];
}

export interface WalkOptions {
  /** Where relative paths are shown from (usually the current directory). */
  base: string;
  /** Extra gitignore-style patterns from the config, relative to `base` (where the config lives). */
  ignore?: readonly string[];
}

/** Lists the files under each path, honouring .gitignore files and never leaving a root through a symlink. */
export function listFiles(paths: readonly string[], options: WalkOptions): FileWalk {
  const walk: FileWalk = { files: [], skipped: [] };
  const seen = new Set<string>();
  const configScope: IgnoreScope = { dir: path.resolve(options.base), rules: ignore().add([...(options.ignore ?? [])]) };
  for (const input of paths) {
    const absolute = path.resolve(options.base, input);
    const stat = statSync(absolute); // throws ENOENT: the CLI turns it into a usage error
    if (stat.isFile()) {
      if (!isIgnored([configScope], absolute, false)) addFile(walk, seen, absolute, options.base);
      continue;
    }
    const root = realpathSync(absolute);
    const always: IgnoreScope = { dir: absolute, rules: ignore().add(ALWAYS_IGNORED) };
    walkDirectory(walk, seen, absolute, root, [configScope, always], options.base);
  }
  return walk;
}

interface IgnoreScope {
  dir: string;
  rules: Ignore;
}

function walkDirectory(walk: FileWalk, seen: Set<string>, dir: string, root: string, scopes: IgnoreScope[], base: string): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    walk.skipped.push({ file: toRelative(base, dir), reason: 'unreadable' });
    return;
  }
  const gitignore = entries.find((entry) => entry.name === '.gitignore' && entry.isFile());
  const localScopes = gitignore ? [...scopes, { dir, rules: ignore().add(readFileSync(path.join(dir, '.gitignore'), 'utf8')) }] : scopes;
  entries.sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const absolute = path.join(dir, entry.name);
    let isDirectory = entry.isDirectory();
    if (entry.isSymbolicLink()) {
      const target = safeRealpath(absolute);
      if (!target || !isInside(root, target)) {
        walk.skipped.push({ file: toRelative(base, absolute), reason: 'symlink-outside-root' });
        continue;
      }
      isDirectory = statSync(target).isDirectory();
    }
    if (isIgnored(localScopes, absolute, isDirectory)) continue;
    if (isDirectory) {
      const real = safeRealpath(absolute);
      if (!real || seen.has(`dir:${real}`)) continue; // a symlink loop inside the root
      seen.add(`dir:${real}`);
      walkDirectory(walk, seen, absolute, root, localScopes, base);
    } else if (entry.isFile() || entry.isSymbolicLink()) {
      addFile(walk, seen, absolute, base);
    }
  }
}

function addFile(walk: FileWalk, seen: Set<string>, absolute: string, base: string): void {
  const real = safeRealpath(absolute) ?? absolute;
  if (seen.has(real)) return;
  seen.add(real);
  walk.files.push({ absolute, relative: toRelative(base, absolute) });
}

function isIgnored(scopes: IgnoreScope[], absolute: string, isDirectory: boolean): boolean {
  for (const scope of scopes) {
    const relative = path.relative(scope.dir, absolute).split(path.sep).join('/');
    if (!relative || relative.startsWith('..')) continue;
    if (scope.rules.ignores(isDirectory ? `${relative}/` : relative)) return true;
  }
  return false;
}

function safeRealpath(file: string): string | undefined {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
}

function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function toRelative(base: string, absolute: string): string {
  return path.relative(base, absolute).split(path.sep).join('/') || path.basename(absolute);
}

export type ReadResult = { text: string; bytes: number } | { skipped: SkipReason };

/** Reads a file if it is worth scanning: not binary, not a minified bundle, not over the size limit. */
export function readScannableFile(absolute: string, maxFileSize: number): ReadResult {
  let buffer: Buffer;
  try {
    if (lstatSync(absolute).size > maxFileSize) return { skipped: 'too-large' };
    buffer = readFileSync(absolute);
  } catch {
    return { skipped: 'unreadable' };
  }
  if (buffer.length > maxFileSize) return { skipped: 'too-large' };
  return classifyText(buffer, absolute);
}

/** Decides binary or minified from the content itself, so it works for editor buffers too. */
export function classifyText(buffer: Buffer, name: string): ReadResult {
  const head = buffer.subarray(0, 8192);
  if (head.includes(0)) return { skipped: 'binary' };
  const text = buffer.toString('utf8');
  if (looksMinified(text, name)) return { skipped: 'minified' };
  return { text, bytes: buffer.length };
}

/** Minified bundles are machine output: long lines, no structure a person would edit. */
export function looksMinified(text: string, name = ''): boolean {
  if (/\.min\.(js|mjs|cjs|css)$/.test(name)) return true;
  if (text.length < 4096) return false;
  let lines = 1;
  let longest = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    longest = Math.max(longest, i - lineStart);
    lineStart = i + 1;
    lines++;
  }
  longest = Math.max(longest, text.length - lineStart);
  return text.length / lines > 300 || longest > 10_000;
}
