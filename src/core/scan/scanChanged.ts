// `scan --changed`: the files changed since a git ref, the files that import them (their findings can change with
// them), and — so summaries cross files as in a full scan — everything those files import. Nothing else is read
// past its import lines.
import { execFile, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { PROMPT_FILE_NAME, promptFileMention } from './language';
import { pythonModuleStem, resolveModulePath } from './flow/workspaceIndex';
import { hasFileResults } from './scanCache';
import { scanFileList, type ScanFilesOptions, type ScanSummary } from './scanFiles';
import { listFiles, type FileCandidate } from './workspaceFiles';

export class ChangedFilesError extends Error {}

const execFileAsync = promisify(execFile);

const CODE_FILE = /\.(py|[cm]?[jt]sx?)$/;
/** A change here changes every file's findings (allowlists, rule settings): `--changed` scans everything. */
const GLOBAL_FILE = /(^|\/)(microapp\.yaml|\.microapp-guard\.yaml)$/;
/** `from './x'`, `require('./x')`, `import('./x')`, `import './x'`, Python `from .x import y` and `import pkg.x`. */
const SPECIFIER = /\bfrom\s+['"]([^'"\n]+)['"]|\brequire\(\s*['"]([^'"\n]+)['"]\s*\)|\bimport\s*\(\s*['"]([^'"\n]+)['"]\s*\)|\bimport\s+['"]([^'"\n]+)['"]|^[ \t]*from\s+(\.*[\w.]*)\s+import\b|^[ \t]*import\s+([\w.]+)/gm;

/**
 * Files changed since `base` (committed, staged, unstaged) and untracked ones, relative to `cwd`. The two git commands
 * run side by side: each costs a process start, a good part of a one-file `--changed` run.
 */
export async function gitChangedFiles(cwd: string, base: string): Promise<string[]> {
  const git = async (...args: string[]) => {
    try {
      return (await execFileAsync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 })).stdout;
    } catch (error) {
      const stderr = String((error as { stderr?: string }).stderr ?? '').trim();
      if (/not a git repository/i.test(stderr)) throw new ChangedFilesError('--changed needs a git repository: run it inside one, or scan without --changed');
      if (/unknown revision|bad revision|ambiguous argument/i.test(stderr)) throw new ChangedFilesError(`--base ${base} is not a commit, branch or tag git knows here (fetch it first in CI: git fetch origin ${base.replace(/^origin\//, '')})`);
      throw new ChangedFilesError(`git ${args[0]} failed: ${stderr || (error as Error).message}`);
    }
  };
  const [changed, untracked] = await Promise.all([git('diff', '--name-only', '--relative', '--diff-filter=ACMR', base, '--'), git('ls-files', '--others', '--exclude-standard')]);
  return [...new Set(`${changed}\n${untracked}`.split('\n').filter(Boolean))];
}

/** Code files only: an import is in one, and the scope reads no other file for imports. */
const CODE_PATHSPECS = ['*.js', '*.jsx', '*.mjs', '*.cjs', '*.ts', '*.tsx', '*.mts', '*.cts', '*.py'];
const grepArgs = (words: string[]) => ['grep', '-l', '-F', '-I', '--untracked', ...words.flatMap((word) => ['-e', word]), '--', ...CODE_PATHSPECS];
const grepFiles = (out: string) => new Set(out.split('\n').filter(Boolean));
// Exit status 1 is "no file matched"; anything else (an old git, a broken index) leaves the decision to reading.
const grepFailed = (error: unknown) => ((error as { code?: number; status?: number }).status ?? (error as { code?: number }).code) === 1 ? new Set<string>() : undefined;

/**
 * The tracked and untracked (not ignored) code files under `cwd` whose working-tree text contains one of the words, by
 * `git grep` (its own threads, no file read here); undefined when git cannot say, and the caller reads every file.
 */
export function gitFilesMentioning(cwd: string, words: string[]): Set<string> | undefined {
  try {
    return grepFiles(execFileSync('git', grepArgs(words), { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 }));
  } catch (error) {
    return grepFailed(error);
  }
}

/** The same, in the background: the first level's search runs while the tree is walked. */
async function gitFilesMentioningLater(cwd: string, words: string[]): Promise<Set<string> | undefined> {
  try {
    return grepFiles((await execFileAsync('git', grepArgs(words), { cwd, encoding: 'utf8', maxBuffer: 1 << 28 })).stdout);
  } catch (error) {
    return grepFailed(error);
  }
}

/** The word an import of this file must contain: `./messages/base` → `base`, `./messages` (index) → `messages`. */
function importStem(file: string): string {
  const parts = file.replace(/\.(py|[cm]?[jt]sx?)$/, '').split('/');
  const last = parts.pop()!;
  return (last === 'index' || last === '__init__') && parts.length ? parts[parts.length - 1] : last;
}

/**
 * What to report (the changed files and every file that imports one, transitively) and what to read for it (those
 * and everything they import). Importers are found level by level, and a file's import lines are parsed only when
 * its text names a file of the level: on a large tree most files are never looked at past one `includes`.
 */
export function changedScope(
  files: readonly FileCandidate[],
  read: (file: FileCandidate) => string | undefined,
  changed: Iterable<string>,
  mention?: (stems: string[]) => Set<string> | undefined,
): { report: Set<string>; read: Set<string> } {
  const byPath = new Map(files.map((file) => [file.relative, file]));
  const pythonByStem = new Map<string, string[]>();
  for (const file of byPath.keys()) {
    const stem = pythonModuleStem(file);
    if (stem) pythonByStem.set(stem, [...(pythonByStem.get(stem) ?? []), file]);
  }
  const texts = new Map<string, string | undefined>();
  const textOf = (file: string) => {
    if (!texts.has(file)) texts.set(file, byPath.has(file) && CODE_FILE.test(file) ? read(byPath.get(file)!) : undefined);
    return texts.get(file);
  };
  const imports = new Map<string, Set<string>>();
  const importsOf = (file: string) => {
    let targets = imports.get(file);
    if (targets) return targets;
    targets = new Set<string>();
    for (const match of (textOf(file) ?? '').matchAll(SPECIFIER)) {
      const module = match.slice(1).find((group) => group !== undefined);
      const target = module && resolveModulePath(file, module, (candidate) => byPath.has(candidate), (stem) => pythonByStem.get(stem) ?? []);
      if (target && target !== file) targets.add(target);
    }
    imports.set(file, targets);
    return targets;
  };
  const report = new Set(changed);
  // A prompt file (`agents/writer.prompty`) is read by the code that names it (`prompty.execute("writer.prompty", …)`):
  // that code's findings change with it, and so do its importers' (promptFileMention: the word that names it).
  const promptNames = [...new Set([...report].filter((file) => PROMPT_FILE_NAME.test(file)).map(promptFileMention))];
  if (promptNames.length) {
    for (const file of mention?.(promptNames) ?? byPath.keys()) {
      if (!byPath.has(file) || report.has(file) || !CODE_FILE.test(file)) continue;
      if (promptNames.some((name) => textOf(file)?.includes(name))) report.add(file);
    }
  }
  let level = [...report];
  while (level.length) {
    const stems = [...new Set(level.map(importStem))];
    const inLevel = new Set(level);
    level = [];
    // `git grep` names the files whose text holds a stem without this process reading every file of the tree.
    const mentioning = mention?.(stems);
    for (const file of mentioning ?? byPath.keys()) {
      if (!byPath.has(file)) continue;
      if (report.has(file) || !CODE_FILE.test(file)) continue;
      const text = textOf(file);
      if (!text || !stems.some((stem) => text.includes(stem))) continue;
      if ([...importsOf(file)].some((target) => inLevel.has(target))) (report.add(file), level.push(file));
    }
  }
  const needed = new Set<string>();
  const pending = [...report];
  while (pending.length) {
    const file = pending.pop()!;
    if (needed.has(file)) continue;
    needed.add(file);
    pending.push(...importsOf(file));
  }
  return { report, read: needed };
}

export interface ChangedScan {
  summary: ScanSummary;
  changed: number;
  dependents: number;
  /** A manifest or the config changed: everything was scanned. */
  everything: boolean;
  /** The whole tree was scanned with the last scan's per-file results (a change that reaches much of it). */
  wholeTree: boolean;
}

/** Scans what a change since `base` can affect and reports findings in the changed files and their importers. */
export async function scanChanged(options: ScanFilesOptions & { gitBase: string }): Promise<ChangedScan> {
  // git first: its answers are computed while this process walks the tree (each git run is a process start).
  const changedAll = (await gitChangedFiles(options.base, options.gitBase)).map((file) => file.split(path.sep).join('/'));
  // Files an ignore rule leaves out are not searched by git grep: with --no-ignore, every file is read instead.
  const firstStems = [...new Set(changedAll.filter((file) => CODE_FILE.test(file)).map(importStem))];
  const firstMention = options.noIgnore || !firstStems.length ? undefined : gitFilesMentioningLater(options.base, firstStems);
  const walk = listFiles(options.paths, { base: options.base, ignore: options.config.ignore, noIgnore: options.noIgnore });
  const inWalk = new Set(walk.files.map((file) => file.relative));
  const mentioningFirst = await firstMention;
  const changed = changedAll.filter((file) => inWalk.has(file));
  const everything = changedAll.some((file) => GLOBAL_FILE.test(file));
  const maxFileSize = options.maxFileSize ?? options.config.maxFileSize;
  const read = (file: FileCandidate) => {
    try {
      const text = readFileSync(file.absolute, 'utf8');
      return maxFileSize && text.length > maxFileSize ? undefined : text;
    } catch {
      return undefined;
    }
  };
  const mention = options.noIgnore
    ? undefined
    : (stems: string[]) => (firstMention && stems.every((stem) => firstStems.includes(stem)) ? mentioningFirst : gitFilesMentioning(options.base, stems));
  const scope = everything ? { report: inWalk, read: inWalk } : changedScope(walk.files, read, changed, mention);
  // A change that reaches much of the tree, with the last full scan's per-file results at hand: a cached scan of the
  // whole tree analyses again only what the change reached (and sees the whole workspace's index) — cheaper than
  // analysing the change's closure from nothing. Otherwise only the closure is read, and no cache is written (a
  // partial scan's results would replace the full one's).
  const wholeTree = !!options.cache && (everything || isLargeScope(scope.read.size, walk.files.length)) && hasFileResults(options.cache);
  const summary = wholeTree ? await scanFileList(walk.files, options) : await scanFileList(walk.files.filter((file) => scope.read.has(file.relative)), { ...options, cache: undefined });
  summary.findings = summary.findings.filter((finding) => scope.report.has(finding.file));
  summary.skipped.unshift(...walk.skipped.filter((skip) => wholeTree || scope.read.has(skip.file)));
  if (walk.ignoredInputs.length) summary.ignoredInputs = walk.ignoredInputs;
  return { summary, changed: changed.length, dependents: scope.report.size - changed.length, everything, wholeTree };
}

/**
 * Over this many files to read, and over 1 in 20 of the tree: a cached whole-tree scan wins. (npm corpus, 8,179 files:
 * a widely imported module's closure of 673 files took 8.0 s, the cached scan after the same edit 2.6 s; a leaf's 7
 * files took 0.9 s, the cached scan 2.4 s.)
 */
const LARGE_SCOPE_FILES = 50;
const isLargeScope = (files: number, treeFiles: number) => files > LARGE_SCOPE_FILES && files * 20 > treeFiles;
