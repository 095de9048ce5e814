import { Document, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { parseYamlWithSchema, type YamlProblem } from '../yaml/yamlWithSchema';
import { manifestSchema, type Manifest } from './manifestSchema';

export interface ManifestParseResult {
  manifest?: Manifest;
  problems: YamlProblem[];
}

/** Parses and validates microapp.yaml; every problem has a line, a column and the manifest path. */
export function parseManifest(text: string): ManifestParseResult {
  if (text.trim() === '') {
    return { problems: [{ message: 'microapp.yaml is empty: run "Micro App Guard: Register This App…" or `microapp-guard new` to start one.', path: '', line: 1, column: 1, endLine: 1, endColumn: 1 }] };
  }
  const { value, problems } = parseYamlWithSchema(text, manifestSchema);
  return { manifest: problems.length === 0 ? value : undefined, problems };
}

/** Validates an already-parsed object (the registry's request body, the wizard's form). */
export function validateManifestObject(data: unknown): { manifest?: Manifest; problems: { path: string; message: string }[] } {
  const result = manifestSchema.safeParse(data);
  if (result.success) return { manifest: result.data, problems: [] };
  return {
    problems: result.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.code === 'unrecognized_keys' ? `unknown key(s): ${issue.keys.join(', ')}` : issue.message,
    })),
  };
}

/**
 * Writes a manifest back into existing YAML text, keeping the user's comments, key order and formatting:
 * a changed value is replaced in the text where it stands. Added or removed keys go through the YAML
 * document model, which still keeps comments and order. With no existing text it writes a fresh document.
 */
export function writeManifest(manifest: unknown, existingText?: string): string {
  if (!existingText || existingText.trim() === '') {
    const document = new Document(manifest);
    document.commentBefore = ' Micro App Guard manifest: what this app is, what data it touches, which vendors it calls.';
    return document.toString({ lineWidth: 120 });
  }
  const document = parseDocument(existingText);
  if (document.errors.length > 0) throw new ManifestWriteError('the existing microapp.yaml has YAML syntax errors; fix them before saving over it');
  const edits: { start: number; end: number; text: string }[] = [];
  const structural = mergeInto(document, [], manifest, edits);
  if (structural) return document.toString({ lineWidth: 120 });
  let text = existingText;
  for (const edit of edits.sort((a, b) => b.start - a.start)) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  return text;
}

export class ManifestWriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ManifestWriteError';
  }
}

/** Applies `value` at `path`; records in-place text edits and returns true when the change is structural. */
function mergeInto(document: Document, path: (string | number)[], value: unknown, edits: { start: number; end: number; text: string }[]): boolean {
  const current = path.length === 0 ? document.contents : document.getIn(path, true);
  let structural = false;
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && isMap(current)) {
    const keys = Object.keys(value as object);
    for (const key of keys) structural = mergeInto(document, [...path, key], (value as Record<string, unknown>)[key], edits) || structural;
    for (const item of [...current.items]) {
      const key = (item.key as { value?: unknown })?.value ?? item.key;
      if (typeof key === 'string' && !keys.includes(key)) {
        current.delete(key);
        structural = true;
      }
    }
    return structural;
  }
  if (Array.isArray(value) && isSeq(current) && current.items.length === value.length && value.every((v) => v !== null && typeof v === 'object')) {
    value.forEach((item, index) => (structural = mergeInto(document, [...path, index], item, edits) || structural));
    return structural;
  }
  if (JSON.stringify(document.getIn(path)) === JSON.stringify(value)) return false; // unchanged: keep it as written
  const node = current as { range?: [number, number, number]; flow?: boolean } | undefined;
  const inPlace = node?.range && (isScalar(current) || node.flow);
  if (inPlace) {
    const style = new Document(value).toString({ collectionStyle: 'flow', flowCollectionPadding: false, lineWidth: 0 }).trim();
    edits.push({ start: node.range![0], end: node.range![1], text: style });
  }
  if (path.length === 0) document.contents = document.createNode(value) as Document['contents'];
  else document.setIn(path, document.createNode(value));
  return !inPlace;
}
