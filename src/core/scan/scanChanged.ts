// `scan --changed`: the files changed since a git ref, the files that import them (their findings can change with
// them), and — so summaries cross files as in a full scan — everything those files import. Nothing else is read
// past its import lines.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pythonModuleStem, resolveModulePath } from './flow/workspaceIndex';
import { scanFileList, type ScanFilesOptions, type ScanSummary } from './scanFiles';
import { listFiles, type FileCandidate } from './workspaceFiles';

export class ChangedFilesError extends Error {}

const CODE_FILE = /\.(py|[cm]?[jt]sx?)$/;
/** A change here changes every file's findings (allowlists, rule settings): `--changed` scans everything. */
const GLOBAL_FILE = /(^|\/)(microapp\.yaml|\.microapp-guard\.yaml)$/;
/** `from './x'`, `require('./x')`, `import('./x')`, `import './x'`, Python `from .x import y` and `import pkg.x`. */
const SPECIFIER = /\bfrom\s+['"]([^'"\n]+)['"]|\brequire\(\s*['"]([^'"\n]+)['"]\s*\)|\bimport\s*\(\s*['"]([^'"\n]+)['"]\s*\)|\bimport\s+['"]([^'"\n]+)['"]|^[ \t]*from\s+(\.*[\w.]*)\s+import\b|^[ \t]*import\s+([\w.]+)/gm;

/** Files changed since `base` (committed, staged, unstaged) and untracked ones, relative to `cwd`. */
export function gitChangedFiles(cwd: string, base: string): string[] {
  const git = (...args: string[]) => {
    try {
      return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      const stderr = String((error as { stderr?: string }).stderr ?? '').trim();
      if (/not a git repository/i.test(stderr)) throw new ChangedFilesError('--changed needs a git repository: run it inside one, or scan without --changed');
      if (/unknown revision|bad revision|ambiguous argument/i.test(stderr)) throw new ChangedFilesError(`--base ${base} is not a commit, branch or tag git knows here (fetch it first in CI: git fetch origin ${base.replace(/^origin\//, '')})`);
      throw new ChangedFilesError(`git ${args[0]} failed: ${stderr || (error as Error).message}`);
    }
  };
  const changed = git('diff', '--name-only', '--relative', '--diff-filter=ACMR', base, '--');
  const untracked = git('ls-files', '--others', '--exclude-standard');
  return [...new Set(`${changed}\n${untracked}`.split('\n').filter(Boolean))];
}

/** file → the files of the list it imports, from its import lines alone (no parse). */
export function importGraph(files: readonly FileCandidate[], read: (file: FileCandidate) => string | undefined): Map<string, Set<string>> {
  const known = new Set(files.map((file) => file.relative));
  const pythonByStem = new Map<string, string[]>();
  for (const file of known) {
    const stem = pythonModuleStem(file);
    if (stem) pythonByStem.set(stem, [...(pythonByStem.get(stem) ?? []), file]);
  }
  const graph = new Map<string, Set<string>>();
  for (const file of files) {
    if (!CODE_FILE.test(file.relative)) continue;
    const text = read(file);
    if (text === undefined) continue;
    const imports = new Set<string>();
    for (const match of text.matchAll(SPECIFIER)) {
      const module = match.slice(1).find((group) => group !== undefined);
      if (!module) continue;
      const target = resolveModulePath(file.relative, module, (candidate) => known.has(candidate), (stem) => pythonByStem.get(stem) ?? []);
      if (target && target !== file.relative) imports.add(target);
    }
    graph.set(file.relative, imports);
  }
  return graph;
}

/** What to report (the changed files and every file that imports one, transitively) and what to read for it. */
export function changedScope(graph: Map<string, Set<string>>, changed: Iterable<string>): { report: Set<string>; read: Set<string> } {
  const importers = new Map<string, string[]>();
  for (const [file, imports] of graph) for (const target of imports) importers.set(target, [...(importers.get(target) ?? []), file]);
  const report = new Set<string>();
  const pending = [...changed];
  while (pending.length) {
    const file = pending.pop()!;
    if (report.has(file)) continue;
    report.add(file);
    pending.push(...(importers.get(file) ?? []));
  }
  const read = new Set<string>();
  const needed = [...report];
  while (needed.length) {
    const file = needed.pop()!;
    if (read.has(file)) continue;
    read.add(file);
    needed.push(...(graph.get(file) ?? []));
  }
  return { report, read };
}

export interface ChangedScan {
  summary: ScanSummary;
  changed: number;
  dependents: number;
  /** A manifest or the config changed: everything was scanned. */
  everything: boolean;
}

/** Scans what a change since `base` can affect and reports findings in the changed files and their importers. */
export async function scanChanged(options: ScanFilesOptions & { gitBase: string }): Promise<ChangedScan> {
  const walk = listFiles(options.paths, { base: options.base, ignore: options.config.ignore, noIgnore: options.noIgnore });
  const inWalk = new Set(walk.files.map((file) => file.relative));
  const changedAll = gitChangedFiles(options.base, options.gitBase).map((file) => file.split(path.sep).join('/'));
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
  const scope = everything ? { report: inWalk, read: inWalk } : changedScope(importGraph(walk.files, read), changed);
  const summary = await scanFileList(walk.files.filter((file) => scope.read.has(file.relative)), options);
  summary.findings = summary.findings.filter((finding) => scope.report.has(finding.file));
  summary.skipped.unshift(...walk.skipped.filter((skip) => scope.read.has(skip.file)));
  if (walk.ignoredInputs.length) summary.ignoredInputs = walk.ignoredInputs;
  return { summary, changed: changed.length, dependents: scope.report.size - changed.length, everything };
}
