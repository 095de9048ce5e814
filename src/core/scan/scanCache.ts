import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from './finding';
import type { StoredAnalysis } from './flow/workspaceIndex';
import type { ScanSummary } from './scanFiles';
import type { KeptText } from './fileTexts';
import { folderEntriesDigest, hashText, type FileCandidate, type FileWalk, type IgnoredInput } from './workspaceFiles';
import { findManifest, MANIFEST_FILE_NAME } from '../manifest/manifestFacts';
import { RACY_MS } from './fileTexts';

/**
 * The CLI's scan cache: a tree whose files (and the manifests above it) are all unchanged gets the last scan's
 * findings without reading a file. Any change — a file added, removed or edited, the engine, the config, the
 * options, a manifest above the roots — means a full scan: findings cross files, so reusing part of them could hide
 * one. Files are compared by size and mtime; one written within two seconds of the scan's start is also compared
 * by content (as git does for "racily clean" files), so an edit in the same second is never missed. A file or folder
 * changed while the scan ran leaves no cache. The folders the walk read are kept by mtime (adding, removing or
 * renaming an entry changes its folder's), so an unchanged tree is answered without walking it again.
 */
export interface ScanCacheOptions {
  /** The folder holding the cache file. */
  dir: string;
  /** Everything besides the files that decides the findings: engine build, config, options. */
  key: string;
  /** A cache file larger than this is not written (and an old one is removed). */
  maxBytes: number;
}

interface FileStamp {
  size: number;
  mtimeMs: number;
  /** Kept only for a file changed within the racy window of the scan's start: only then is it ever compared. */
  hash?: string;
}

interface CacheFile {
  version: 2;
  key: string;
  /** When the scan began: anything changed after it makes no cache, anything changed just before it is racy. */
  writtenAt: number;
  files: Record<string, FileStamp>;
  /** The folders the walk read: mtime now, and the digest of the entries the walk saw (for a racy folder). */
  folders: Record<string, { mtimeMs: number; entries: string }>;
  /** The .gitignore files the walk read (one can leave itself out of the file list). */
  ignoreFiles: Record<string, FileStamp>;
  /** Paths asked for by name that an ignore rule leaves out (the options and the config decide them: the key). */
  ignoredInputs: IgnoredInput[];
  /** Manifests above the scan roots (they govern files below them), or null where there was none. */
  outside: Record<string, FileStamp | null>;
  summary: Omit<ScanSummary, 'ignoredInputs'>;
}

const CACHE_FILE = 'scan-cache-v1.json';


export function loadCachedSummary(options: ScanCacheOptions, files: readonly FileCandidate[], outside: readonly string[]): ScanSummary | undefined {
  const cache = readCache(options);
  if (!cache || Object.keys(cache.files).length !== files.length) return undefined;
  for (const file of files) {
    const stamp = cache.files[file.absolute];
    if (!stamp || !unchanged(file.absolute, stamp, cache.writtenAt)) return undefined;
  }
  return outsideUnchanged(cache, outside) ? { ...cache.summary, fromCache: true } : undefined;
}

/**
 * The last scan's findings, and the paths named that were left out, without walking the tree: every folder the walk
 * read has the mtime it had (so the same entries), every file and .gitignore is unchanged. Undefined: the caller walks.
 */
export function loadUnwalkedSummary(options: ScanCacheOptions, outside: readonly string[]): { summary: ScanSummary; ignoredInputs: IgnoredInput[] } | undefined {
  const cache = readCache(options);
  if (!cache) return undefined;
  for (const [folder, stamp] of Object.entries(cache.folders)) {
    const stat = statSync(folder, { throwIfNoEntry: false });
    if (!stat || stat.mtimeMs !== stamp.mtimeMs) return undefined;
    // Changed around the scan's start (the first cache write makes its folder in the one it scans): the same mtime
    // does not prove the same entries, the entries do.
    if (stat.mtimeMs >= cache.writtenAt - RACY_MS && !sameEntries(folder, stamp.entries)) return undefined;
  }
  for (const [file, stamp] of Object.entries(cache.ignoreFiles)) if (!unchanged(file, stamp, cache.writtenAt)) return undefined;
  for (const [file, stamp] of Object.entries(cache.files)) if (!unchanged(file, stamp, cache.writtenAt)) return undefined;
  return outsideUnchanged(cache, outside) ? { summary: { ...cache.summary, fromCache: true }, ignoredInputs: cache.ignoredInputs } : undefined;
}

function readCache(options: ScanCacheOptions): CacheFile | undefined {
  try {
    const cache = JSON.parse(readFileSync(path.join(options.dir, CACHE_FILE), 'utf8')) as CacheFile;
    return cache.version === 2 && cache.key === options.key ? cache : undefined;
  } catch {
    return undefined; // none yet, or unreadable: scan
  }
}

function outsideUnchanged(cache: CacheFile, outside: readonly string[]): boolean {
  if (Object.keys(cache.outside).length !== outside.length) return false;
  for (const manifest of outside) {
    if (!(manifest in cache.outside)) return false;
    const stamp = cache.outside[manifest];
    if (stamp === null ? exists(manifest) : !unchanged(manifest, stamp, cache.writtenAt)) return false;
  }
  return true;
}

/**
 * `startedAt`: when the walk began (Date.now()); `contentHashes`: each scanned file's hash, of the text the scan read.
 * A stamp's size and mtime are taken now; a file changed after it was read has an mtime within the racy window of
 * `startedAt` (file systems keep mtimes to 2 s at worst), so the next load compares its content with what was
 * scanned, never with what is there now.
 */
export function saveSummary(options: ScanCacheOptions, walk: FileWalk, outside: readonly string[], summary: ScanSummary, startedAt: number, contentHashes: ReadonlyMap<string, string>): void {
  const cache: CacheFile = {
    version: 2,
    key: options.key,
    writtenAt: startedAt,
    files: {},
    folders: {},
    ignoreFiles: {},
    ignoredInputs: walk.ignoredInputs,
    outside: {},
    summary: { ...summary, ignoredInputs: undefined, fromCache: undefined, reusedFiles: undefined, filesRead: undefined } as CacheFile['summary'],
  };
  // Older than the racy window, size and mtime decide and no hash is kept. Within it, the hash of what the scan read;
  // a file it did not read as text (binary, too large) gets none that matches, so a load while it is racy scans again.
  const stampOf = (file: string, scannedHash: string | undefined): FileStamp | undefined => {
    const stat = statSync(file, { throwIfNoEntry: false });
    if (!stat) return undefined;
    return stat.mtimeMs < startedAt - RACY_MS ? { size: stat.size, mtimeMs: stat.mtimeMs } : { size: stat.size, mtimeMs: stat.mtimeMs, hash: scannedHash ?? '' };
  };
  // First: the folder made inside a scanned one must not change the mtime its stamp keeps.
  mkdirSync(options.dir, { recursive: true });
  for (const file of walk.files) {
    const stamp = stampOf(file.absolute, contentHashes.get(file.absolute));
    if (!stamp) return; // a file vanished mid-scan: keep no cache rather than a wrong one
    cache.files[file.absolute] = stamp;
  }
  for (const { file, hash } of walk.ignoreFiles) {
    const stamp = stampOf(file, hash);
    if (!stamp) return;
    cache.ignoreFiles[file] = stamp;
  }
  for (const { folder, entries } of walk.folders) {
    const stat = statSync(folder, { throwIfNoEntry: false });
    if (!stat) return;
    cache.folders[folder] = { mtimeMs: stat.mtimeMs, entries };
  }
  for (const manifest of outside) cache.outside[manifest] = exists(manifest) ? stampOf(manifest, undefined) ?? null : null;
  writeCacheFile(options, CACHE_FILE, JSON.stringify(cache));
}

/** Writes one of the cache's files whole (a reader never sees half a file); over the size cap, none is kept. */
function writeCacheFile(options: ScanCacheOptions, name: string, text: string): void {
  const target = path.join(options.dir, name);
  if (Buffer.byteLength(text) > options.maxBytes) {
    rmSync(target, { force: true });
    return;
  }
  mkdirSync(options.dir, { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, target);
}

function unchanged(file: string, stamp: FileStamp, writtenAt: number): boolean {
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat || stat.size !== stamp.size || stat.mtimeMs !== stamp.mtimeMs) return false;
  // Written around the time the cache was: the same mtime does not prove the same content.
  return stat.mtimeMs < writtenAt - RACY_MS || (stamp.hash !== undefined && hashText(readFileSync(file)) === stamp.hash);
}

function sameEntries(folder: string, digest: string): boolean {
  try {
    return folderEntriesDigest(readdirSync(folder, { withFileTypes: true })) === digest;
  } catch {
    return false;
  }
}

function exists(file: string): boolean {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
}

/** Where a manifest above the roots could be, from each root's folder up to the nearest one that exists. */
export function manifestsAbove(roots: readonly string[]): string[] {
  const candidates = new Set<string>();
  for (const root of roots) {
    for (let dir = path.dirname(root); ; dir = path.dirname(dir)) {
      const candidate = path.join(dir, MANIFEST_FILE_NAME);
      candidates.add(candidate);
      if (findManifest(dir, dir) || path.dirname(dir) === dir) break;
    }
  }
  return [...candidates].sort();
}


/**
 * What a scan keeps of each file for the next one, so that a change to one file costs that file and what depends on
 * it rather than the whole tree: the file's findings, and its analysis for the cross-file index (its summaries, and
 * every question it asked the index with the answer it got). Kept by the hash of the text they were computed from;
 * an analysis is reused only while the index gives every answer it was given, and findings only while the text, the
 * file's manifest and whether the index holds it are the same and its analysis is that reused one — so an edit to
 * an imported helper re-analyses each file that asked about it, and a stale entry can never hide a finding.
 */
export interface KeptFileResults extends KeptText {
  analysis?: StoredAnalysis;
  findings?: {
    /** The manifest facts that governed the file, as JSON. */
    manifest: string;
    /** Whether the cross-file index held the file (the flow rules look only at those): null when no index was built. */
    flowCandidate: boolean | null;
    findings: Finding[];
  };
}

interface FileResultsFile {
  version: 2;
  key: string;
  /** When the scan that kept them began: a file stamped within the racy window before it is read again (`RACY_MS`). */
  startedAt: number;
  files: Record<string, KeptFileResults>;
}

const FILE_RESULTS = 'file-results-v2.json';

export interface KeptScan {
  files: Map<string, KeptFileResults>;
  startedAt: number;
}

/** The last scan's per-file results under this key (engine, config, options), by file as the scan names it. */
export function loadFileResults(options: ScanCacheOptions): KeptScan {
  try {
    const kept = JSON.parse(readFileSync(path.join(options.dir, FILE_RESULTS), 'utf8')) as FileResultsFile;
    if (kept.version === 2 && kept.key === options.key) return { files: new Map(Object.entries(kept.files)), startedAt: kept.startedAt };
  } catch {
    // none yet, or unreadable: everything is computed
  }
  return { files: new Map(), startedAt: 0 };
}

/**
 * Whether per-file results under this key are there, without parsing them: the file opens with its version and key
 * (`saveFileResults` writes them first), so its first bytes say.
 */
export function hasFileResults(options: ScanCacheOptions): boolean {
  try {
    const head = Buffer.alloc(256);
    const descriptor = openSync(path.join(options.dir, FILE_RESULTS), 'r');
    try {
      readSync(descriptor, head, 0, head.length, 0);
    } finally {
      closeSync(descriptor);
    }
    return head.toString('utf8').startsWith(`{"version":2,"key":${JSON.stringify(options.key)},`);
  } catch {
    return false;
  }
}

/** Writes them (atomically); over the size cap, nothing is kept. `startedAt`: when this scan began (Date.now()). */
export function saveFileResults(options: ScanCacheOptions, files: ReadonlyMap<string, KeptFileResults>, startedAt: number): void {
  try {
    writeCacheFile(options, FILE_RESULTS, JSON.stringify({ version: 2, key: options.key, startedAt, files: Object.fromEntries(files) } satisfies FileResultsFile));
  } catch {
    // an unwritable cache folder costs the next scan its reuse, never this scan's findings
  }
}

/**
 * This build of the engine, for a cache key: the bundle's and the injection model's stats beside it (every build writes
 * the bundle anew; a retrained model decides findings as much as the code does).
 */
export function engineStamp(engineFile: string): string {
  const stamp = (file: string) => {
    try {
      const { size, mtimeMs } = statSync(file);
      return `${size}:${mtimeMs}`;
    } catch {
      return 'absent';
    }
  };
  return [engineFile, stamp(engineFile), stamp(path.join(path.dirname(engineFile), 'injection-model.bin'))].join('\0');
}
