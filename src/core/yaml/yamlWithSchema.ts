import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { didYouMean } from './didYouMean';

/** One problem in a YAML file, located for a human (1-based line and column). */
export interface YamlProblem {
  message: string;
  /** Path inside the document, e.g. `spec.network.allow.1`. */
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface YamlParseResult<T> {
  value?: T;
  problems: YamlProblem[];
  document: Document;
  lineCounter: LineCounter;
}

/** Parses YAML and validates it with a zod schema; every problem points at its line and column. */
export function parseYamlWithSchema<T>(text: string, schema: z.ZodType<T>): YamlParseResult<T> {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems: YamlProblem[] = [];
  const at = (offset: number, endOffset: number) => {
    const start = lineCounter.linePos(offset);
    const end = lineCounter.linePos(Math.max(offset, endOffset));
    return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
  };
  for (const error of document.errors) {
    problems.push({ message: `YAML syntax: ${firstLine(error.message)}`, path: '', ...at(error.pos[0], error.pos[1]) });
  }
  if (problems.length > 0) return { problems, document, lineCounter };

  const result = schema.safeParse(document.toJS() ?? {});
  if (result.success) return { value: result.data, problems, document, lineCounter };

  for (const issue of result.error.issues) {
    const path = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part));
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeysAt(schema, path);
      for (const key of issue.keys) {
        const suggestion = didYouMean(key, known);
        const keyNode = keyNodeAt(document, path, key);
        const range = keyNode?.range ?? nodeAt(document, path)?.range ?? [0, 0];
        problems.push({
          message: `Unknown key "${key}"${suggestion ? `: did you mean "${suggestion}"?` : ''}${known.length ? ` Allowed here: ${known.join(', ')}.` : ''}`,
          path: [...path, key].join('.'),
          ...at(range[0], range[1]),
        });
      }
      continue;
    }
    const node = nearestNode(document, path);
    const range = node?.range ?? [0, 0];
    const where = path.length ? path.join('.') : '(document)';
    // (zod 4 leaves the input out of its issues: whether the YAML has the key says if it is missing or of another type.)
    const missing = issue.code === 'invalid_type' && !document.hasIn(path);
    problems.push({
      message: missing ? `Missing required field "${where}".` : `${where}: ${issue.message}`,
      path: path.join('.'),
      ...at(range[0], range[1]),
    });
  }
  return { problems, document, lineCounter };
}

function firstLine(message: string): string {
  return message.split('\n')[0];
}

function nodeAt(document: Document, path: readonly (string | number)[]): Node | undefined {
  if (path.length === 0) return document.contents ?? undefined;
  const node = document.getIn(path, true) as Node | undefined;
  return node && typeof node === 'object' && 'range' in node ? node : undefined;
}

/** The deepest node that exists along the path (a missing key points at its parent). */
function nearestNode(document: Document, path: readonly (string | number)[]): Node | undefined {
  for (let length = path.length; length >= 0; length--) {
    const node = nodeAt(document, path.slice(0, length));
    if (node?.range) {
      if (length < path.length && isMap(node)) {
        // Point at the parent's key, which is shorter and on the right line.
        const parentKey = length > 0 ? keyNodeAt(document, path.slice(0, length - 1), path[length - 1]) : undefined;
        return parentKey ?? node;
      }
      return node;
    }
  }
  return undefined;
}

function keyNodeAt(document: Document, path: readonly (string | number)[], key: string | number): Node | undefined {
  const parent = nodeAt(document, path);
  if (!parent || !isMap(parent)) return undefined;
  for (const pair of parent.items) {
    if (isPair(pair) && isScalar(pair.key) && pair.key.value === key) return pair.key;
  }
  return undefined;
}

/** Keys a strict zod object accepts at a path (for "did you mean"). */
function knownKeysAt(schema: z.ZodType, path: readonly (string | number)[]): string[] {
  let current: unknown = schema;
  for (const part of [...path, undefined]) {
    current = unwrap(current);
    const def = (current as { def?: Record<string, unknown> })?.def;
    if (!def) return [];
    if (part === undefined) return def.type === 'object' ? Object.keys(def.shape as object) : [];
    if (def.type === 'object') current = (def.shape as Record<string, unknown>)[part];
    else if (def.type === 'array') current = def.element;
    else if (def.type === 'record') current = def.valueType;
    else return [];
  }
  return [];
}

function unwrap(schema: unknown): unknown {
  let current = schema as { def?: Record<string, unknown> } | undefined;
  while (current?.def && ['optional', 'default', 'nullable', 'prefault', 'catch', 'readonly', 'pipe'].includes(current.def.type as string)) {
    current = (current.def.innerType ?? current.def.in) as typeof current;
  }
  return current;
}

/** Where a path (e.g. `spec.network.allow.0`) sits in a YAML text, or its nearest existing parent (1-based). */
export function locateYamlPath(text: string, path: readonly (string | number)[]): { line: number; column: number; endLine: number; endColumn: number } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const node = nearestNode(document, path);
  const [start, end] = node?.range ?? [0, 0];
  const from = lineCounter.linePos(start);
  const to = lineCounter.linePos(Math.max(start, end));
  return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}
