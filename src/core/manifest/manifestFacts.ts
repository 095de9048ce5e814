import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import type { ManifestFacts } from '../scan/rule';

export const MANIFEST_FILE_NAME = 'microapp.yaml';

/**
 * What the scanner needs from microapp.yaml, read leniently: a half-written manifest with schema
 * errors still yields its allowlist, so the code rules keep working while the user edits it.
 */
export function manifestFactsFromText(text: string): ManifestFacts | undefined {
  const document = parseDocument(text);
  if (document.errors.length > 0) return undefined;
  const allow = document.getIn(['spec', 'network', 'allow']);
  const list = (allow as { toJSON?: () => unknown })?.toJSON?.() ?? allow;
  return { allowedHosts: Array.isArray(list) ? list.filter((host): host is string => typeof host === 'string') : [] };
}

/** Finds the manifest in `dir` or the nearest folder above it (up to `stopAt`). */
export function findManifest(dir: string, stopAt?: string): string | undefined {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const candidate = path.join(current, MANIFEST_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    if (current === stopAt || path.dirname(current) === current) return undefined;
  }
}

export function loadManifestFacts(dir: string): ManifestFacts | undefined {
  const file = findManifest(dir);
  return file ? manifestFactsFromText(readFileSync(file, 'utf8')) : undefined;
}

/** The manifest governing each file: the nearest microapp.yaml in its folder or above (cached per folder). */
export function nearestManifestLookup(): (absoluteFile: string) => ManifestFacts | undefined {
  const byDir = new Map<string, ManifestFacts | undefined>();
  return (absoluteFile) => {
    const dir = path.dirname(absoluteFile);
    if (!byDir.has(dir)) {
      const file = findManifest(dir);
      byDir.set(dir, file ? manifestFactsFromText(readFileSync(file, 'utf8')) : undefined);
    }
    return byDir.get(dir);
  };
}
