import { parse } from 'yaml';
import { writeManifest } from './manifestDocument';

/**
 * Adds a value to a list in microapp.yaml (creating the list if needed), keeping comments and formatting.
 * Returns undefined when the value is already there.
 */
export function addManifestListEntry(text: string, path: readonly string[], value: unknown): string | undefined {
  const data = (parse(text) ?? {}) as Record<string, unknown>;
  let node: Record<string, unknown> = data;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  const last = path[path.length - 1];
  const list = Array.isArray(node[last]) ? (node[last] as unknown[]) : [];
  if (list.some((entry) => JSON.stringify(entry) === JSON.stringify(value))) return undefined;
  node[last] = [...list, value];
  return writeManifest(data, text);
}
