import { createHash } from 'node:crypto';
import { type Dirent, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
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

/** SHA-256 of a text, hex: the scan cache's stamps, a folder's entries, a .gitignore's content. */
export const hashText = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/** The CLI's scan cache when there is no node_modules/ to keep it in: it changes with every scan. */
const CACHE_FOLDER = '.microapp-guard-cache';
/** Always skipped, like git itself does; users add more with `ignore:` in the config. */
const ALWAYS_IGNORED = ['.git/', 'node_modules/', '.vscode-test/', `${CACHE_FOLDER}/`];

export interface FileCandidate {
  absolute: string;
  /** Relative to the scan's display base, forward slashes. */
  relative: string;
}

export interface FileWalk {
  files: FileCandidate[];
  skipped: { file: string; reason: SkipReason }[];
  /** Paths asked for by name that an ignore rule leaves out, and the rule. */
  ignoredInputs: IgnoredInput[];
  /** The folders read, with a digest of their entries, and the .gitignore files applied: what the scan cache checks to skip the next walk. */
  folders: { folder: string; entries: string }[];
  ignoreFiles: { file: string; hash: string }[];
}

export interface IgnoredInput {
  /** As given. */
  input: string;
  pattern: string;
  /** Where the pattern is: 'config' (the scan config's `ignore:`) or 'built-in'. */
  source: string;
}

export interface WalkOptions {
  /** Where relative paths are shown from (usually the current directory). */
  base: string;
  /** Extra gitignore-style patterns from the config, relative to `base` (where the config lives). */
  ignore?: readonly string[];
  /** Scan what the config and .gitignore files leave out (only .git/ and the scan cache's folder stay out). */
  noIgnore?: boolean;
}

/** Lists the files under each path, honouring .gitignore files and never leaving a root through a symlink. */
export function listFiles(paths: readonly string[], options: WalkOptions): FileWalk {
  const walk: FileWalk = { files: [], skipped: [], ignoredInputs: [], folders: [], ignoreFiles: [] };
  const seen = new Set<string>();
  const base = path.resolve(options.base);
  const configPatterns = options.noIgnore ? [] : [...(options.ignore ?? [])];
  const configScope: IgnoreScope = { dir: base, rules: ignore().add(configPatterns), source: 'config', empty: configPatterns.length === 0 };
  for (const input of paths) {
    const absolute = path.resolve(options.base, input);
    const stat = statSync(absolute); // throws ENOENT: the CLI turns it into a usage error
    // A path asked for by name that the config (or the built-in list) leaves out: say which rule, rather than "scanned
    // 0 files". A .gitignore above it does not stop a path named on its own (its own .gitignore files still apply
    // inside it), as before: a committed-by-mistake .env or a vendored folder is what one names to look at.
    const scopes = [configScope, { dir: base, rules: ignore().add(ALWAYS_IGNORED), source: 'built-in' }];
    const rule = options.noIgnore ? undefined : ignoringRule(scopes, absolute, stat.isDirectory());
    if (rule) {
      walk.ignoredInputs.push({ input, ...rule });
      continue;
    }
    if (stat.isFile()) {
      addFile(walk, seen, absolute, base);
      continue;
    }
    const root = realpathSync(absolute);
    // (`--no-ignore` still leaves out git's own folder and the scan cache's: the cache changes with every scan.)
    const builtIn = options.noIgnore ? ['.git/', `${CACHE_FOLDER}/`] : ALWAYS_IGNORED;
    const always: IgnoreScope = { dir: absolute, rules: ignore().add(builtIn), source: 'built-in', folderNames: new Set(builtIn.map((pattern) => pattern.slice(0, -1))) };
    walkDirectory(walk, seen, absolute, root, root, [configScope, always], base, !options.noIgnore);
  }
  return walk;
}

interface IgnoreScope {
  dir: string;
  rules: Ignore;
  source: string;
  /** No patterns: nothing to ask (the walk asks every scope about every entry). */
  empty?: boolean;
  /**
   * Its patterns are all folder names (`node_modules/`): a folder of that name at any depth is ignored, so the walk
   * compares names instead of matching each entry's path against the patterns.
   */
  folderNames?: ReadonlySet<string>;
}

function ignoringRule(scopes: IgnoreScope[], absolute: string, isDirectory: boolean): { pattern: string; source: string } | undefined {
  let found: { pattern: string; source: string } | undefined;
  for (const scope of scopes) {
    const relative = path.relative(scope.dir, absolute).split(path.sep).join('/');
    if (!relative || relative.startsWith('..')) continue;
    // The path or any folder above it (a file under an ignored folder is ignored with it).
    const parts = relative.split('/');
    for (let depth = 1; depth <= parts.length; depth++) {
      const candidate = parts.slice(0, depth).join('/') + (depth < parts.length || isDirectory ? '/' : '');
      const result = scope.rules.test(candidate);
      if (result.ignored && result.rule) found = { pattern: result.rule.pattern, source: scope.source };
      else if (result.unignored) found = undefined;
      if (found && depth < parts.length) break;
    }
  }
  return found;
}

/** `realDir` is `dir` with symlinks resolved: entries that are not links resolve by joining, with no system call each. */
function walkDirectory(walk: FileWalk, seen: Set<string>, dir: string, realDir: string, root: string, scopes: IgnoreScope[], base: string, gitignores = true): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    walk.skipped.push({ file: toRelative(base, dir), reason: 'unreadable' });
    return;
  }
  walk.folders.push({ folder: dir, entries: folderEntriesDigest(entries) });
  const gitignore = gitignores && entries.find((entry) => entry.name === '.gitignore' && entry.isFile());
  const gitignoreText = gitignore ? readFileSync(path.join(dir, '.gitignore'), 'utf8') : undefined;
  if (gitignoreText !== undefined) walk.ignoreFiles.push({ file: path.join(dir, '.gitignore'), hash: hashText(gitignoreText) });
  const localScopes = gitignoreText !== undefined ? [...scopes, { dir, rules: ignore().add(gitignoreText), source: '.gitignore' }] : scopes;
  entries.sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const absolute = childPath(dir, entry.name);
    let isDirectory = entry.isDirectory();
    let real = childPath(realDir, entry.name);
    if (entry.isSymbolicLink()) {
      const target = safeRealpath(absolute);
      if (!target || !isInside(root, target)) {
        walk.skipped.push({ file: toRelative(base, absolute), reason: 'symlink-outside-root' });
        continue;
      }
      real = target;
      isDirectory = statSync(target).isDirectory();
    }
    if (isIgnored(localScopes, absolute, isDirectory)) continue;
    if (isDirectory) {
      if (seen.has(`dir:${real}`)) continue; // a symlink loop inside the root
      seen.add(`dir:${real}`);
      walkDirectory(walk, seen, absolute, real, root, localScopes, base, gitignores);
    } else if (entry.isFile() || entry.isSymbolicLink()) {
      addFile(walk, seen, absolute, base, real);
    }
  }
}

/**
 * A folder's entries by name and kind, leaving out the scan cache's own folder (no walk enters it, and the first
 * cache write makes it inside the folder it scans).
 */
export function folderEntriesDigest(entries: readonly Dirent[]): string {
  const kept = entries.filter((entry) => !(entry.isDirectory() && entry.name === CACHE_FOLDER)).map((entry) => `${entry.isDirectory() ? 'd' : entry.isSymbolicLink() ? 'l' : 'f'}:${entry.name}`);
  return hashText(kept.sort().join('\0'));
}

function addFile(walk: FileWalk, seen: Set<string>, absolute: string, base: string, known?: string): void {
  const real = known ?? safeRealpath(absolute) ?? absolute;
  if (seen.has(real)) return;
  seen.add(real);
  walk.files.push({ absolute, relative: toRelative(base, absolute) });
}

function isIgnored(scopes: IgnoreScope[], absolute: string, isDirectory: boolean): boolean {
  for (const scope of scopes) {
    if (scope.empty) continue;
    if (scope.folderNames) {
      if (isDirectory && scope.folderNames.has(path.basename(absolute))) return true;
      continue;
    }
    const relative = relativeBelow(scope.dir, absolute);
    if (!relative) continue;
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
  return relativeBelow(base, absolute) ?? (path.relative(base, absolute).split(path.sep).join('/') || path.basename(absolute));
}

// The walk builds every path by joining a normalised folder and an entry name, so a path below a folder starts with
// it: slicing is the answer path.relative would give, without resolving both paths for each of thousands of entries.
function childPath(dir: string, name: string): string {
  return dir.endsWith(path.sep) ? dir + name : dir + path.sep + name;
}

/** `absolute` relative to `dir` with forward slashes, when it is strictly below it (a normalised path); else undefined. */
function relativeBelow(dir: string, absolute: string): string | undefined {
  const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
  if (absolute.length <= prefix.length || !absolute.startsWith(prefix)) return undefined;
  const relative = absolute.slice(prefix.length);
  return path.sep === '/' ? relative : relative.split(path.sep).join('/');
}

export type ReadResult = { text: string; bytes: number } | { skipped: SkipReason };

/** A file's size and modification time, as a scan cache compares them to know a file unchanged without reading it. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
}

/**
 * Reads a file if it is worth scanning: not binary, not a minified bundle, not over the size limit. `stamp` is taken
 * before the read, so a change made while it reads leaves a stamp that no longer matches.
 */
export function readScannableFile(absolute: string, maxFileSize: number): ReadResult & { stamp?: FileStamp } {
  let buffer: Buffer;
  let stamp: FileStamp;
  try {
    const { size, mtimeMs } = statSync(absolute);
    stamp = { size, mtimeMs };
    if (size > maxFileSize) return { skipped: 'too-large', stamp };
    buffer = readFileSync(absolute);
  } catch {
    return { skipped: 'unreadable' };
  }
  if (buffer.length > maxFileSize) return { skipped: 'too-large' };
  return { ...classifyText(buffer, absolute), stamp };
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
  if (text.length < 4096 || !longLines(text)) return false;
  // A hand-written file with an image inlined as base64 (a Streamlit app's logo in a `data:` URL) is no bundle: its
  // lines are long only by the encoded run.
  return longLines(withoutEncodedRuns(text));
}

/** Lines 300 characters long on average, or one over 10,000: a bundle's. */
function longLines(text: string): boolean {
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

/** A run of base64 or hex this long is an encoded file, not code. */
const ENCODED_RUN_LENGTH = 512;

/** A character of base64 (standard or URL-safe) or hex: A–Z a–z 0–9 + / = _ -. */
function isEncodedChar(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 43 || code === 47 || code === 61 || code === 95 || code === 45;
}

/**
 * The text without its runs of encoded characters. (One pass: the regex `[…]{512,}` went back over every shorter run
 * from each of its characters, half a second on a bench corpus of bundles.)
 */
function withoutEncodedRuns(text: string): string {
  const kept: string[] = [];
  let keptUpTo = 0;
  let runStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && isEncodedChar(text.charCodeAt(i))) continue;
    if (i - runStart >= ENCODED_RUN_LENGTH) {
      kept.push(text.slice(keptUpTo, runStart));
      keptUpTo = i;
    }
    runStart = i + 1;
  }
  if (!kept.length) return text;
  kept.push(text.slice(keptUpTo));
  return kept.join('');
}
