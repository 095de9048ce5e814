import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ScanSummary } from './scanFiles';
import type { FileCandidate } from './workspaceFiles';
import { findManifest, MANIFEST_FILE_NAME } from '../manifest/manifestFacts';

/**
 * The CLI's scan cache: a tree whose files (and the manifests above it) are all unchanged gets the last scan's
 * findings without reading a file. Any change — a file added, removed or edited, the engine, the config, the
 * options, a manifest above the roots — means a full scan: findings cross files, so reusing part of them could hide
 * one. Files are compared by size and mtime; one written within two seconds of the cache itself is also compared
 * by content (as git does for "racily clean" files), so an edit in the same second is never missed.
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
  hash: string;
}

interface CacheFile {
  version: 1;
  key: string;
  writtenAt: number;
  files: Record<string, FileStamp>;
  /** Manifests above the scan roots (they govern files below them), or null where there was none. */
  outside: Record<string, FileStamp | null>;
  summary: Omit<ScanSummary, 'ignoredInputs'>;
}

const CACHE_FILE = 'scan-cache-v1.json';
const RACY_MS = 2000;

export const hashText = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

export function loadCachedSummary(options: ScanCacheOptions, files: readonly FileCandidate[], outside: readonly string[]): ScanSummary | undefined {
  let cache: CacheFile;
  try {
    cache = JSON.parse(readFileSync(path.join(options.dir, CACHE_FILE), 'utf8')) as CacheFile;
  } catch {
    return undefined; // none yet, or unreadable: scan
  }
  if (cache.version !== 1 || cache.key !== options.key || Object.keys(cache.files).length !== files.length) return undefined;
  for (const file of files) {
    const stamp = cache.files[file.absolute];
    if (!stamp || !unchanged(file.absolute, stamp, cache.writtenAt)) return undefined;
  }
  if (Object.keys(cache.outside).length !== outside.length) return undefined;
  for (const manifest of outside) {
    if (!(manifest in cache.outside)) return undefined;
    const stamp = cache.outside[manifest];
    if (stamp === null ? exists(manifest) : !unchanged(manifest, stamp, cache.writtenAt)) return undefined;
  }
  return { ...cache.summary, findings: cache.summary.findings, fromCache: true };
}

export function saveSummary(options: ScanCacheOptions, files: readonly FileCandidate[], outside: readonly string[], summary: ScanSummary): void {
  const writtenAt = Date.now();
  const cache: CacheFile = { version: 1, key: options.key, writtenAt, files: {}, outside: {}, summary: { ...summary, ignoredInputs: undefined, fromCache: undefined } as CacheFile['summary'] };
  for (const file of files) {
    const stamp = stampOf(file.absolute);
    if (!stamp) return; // a file vanished mid-scan: keep no cache rather than a wrong one
    cache.files[file.absolute] = stamp;
  }
  for (const manifest of outside) cache.outside[manifest] = exists(manifest) ? stampOf(manifest) ?? null : null;
  const text = JSON.stringify(cache);
  const target = path.join(options.dir, CACHE_FILE);
  if (Buffer.byteLength(text) > options.maxBytes) {
    rmSync(target, { force: true });
    return;
  }
  mkdirSync(options.dir, { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, target); // a reader never sees half a file
}

function stampOf(file: string): FileStamp | undefined {
  try {
    const stat = statSync(file);
    return { size: stat.size, mtimeMs: stat.mtimeMs, hash: hashText(readFileSync(file)) };
  } catch {
    return undefined;
  }
}

function unchanged(file: string, stamp: FileStamp, writtenAt: number): boolean {
  let stat;
  try {
    stat = statSync(file);
  } catch {
    return false;
  }
  if (stat.size !== stamp.size || stat.mtimeMs !== stamp.mtimeMs) return false;
  // Written around the time the cache was: the same mtime does not prove the same content.
  return stat.mtimeMs < writtenAt - RACY_MS || hashText(readFileSync(file)) === stamp.hash;
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

