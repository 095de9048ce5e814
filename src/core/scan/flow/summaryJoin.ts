import type { FunctionSummary } from './taint';

/**
 * Joins two analyses' summaries of one file's text, `earlier` and `later`: everything either says a function carries,
 * so a summary joined again can only grow. The index uses it for a file whose summaries went round in a cycle within
 * one build (the analysis is not monotone everywhere: a capped list of taints, one origin winning over another), so
 * the build settles on one answer that covers both instead of re-analysing the cycle's files on every run.
 *
 * The later analysis's order is kept and what only the earlier one said comes after it, so a join that adds nothing
 * gives the later summaries back as they were (their readers see no change). Of two entries that differ only in
 * their path (`steps`), the one whose text sorts first is kept, whichever came when, so flipping paths settle too.
 */
export function joinSummaries(earlier: readonly FunctionSummary[], later: readonly FunctionSummary[]): FunctionSummary[] {
  // (Two functions of one name and class, `_messageClass` in two object literals, are told apart by their order.)
  const keysOf = (list: readonly FunctionSummary[]) => {
    const count = new Map<string, number>();
    return list.map((summary) => {
      const key = `${summary.className ?? ''}\0${summary.name}\0${summary.constant ? 'c' : ''}\0${summary.params.join(',')}`;
      count.set(key, (count.get(key) ?? 0) + 1);
      return `${key}\0${count.get(key)}`;
    });
  };
  const byFunction = new Map<string, FunctionSummary>();
  const laterKeys = keysOf(later);
  later.forEach((summary, i) => byFunction.set(laterKeys[i], summary));
  const earlierKeys = keysOf(earlier);
  earlier.forEach((summary, i) => {
    const seen = byFunction.get(earlierKeys[i]);
    byFunction.set(earlierKeys[i], seen ? joinSummary(summary, seen) : summary);
  });
  return [...byFunction.values()];
}

/** Claims that every path makes (all returns are the app's data, the body calls nothing): true only if both say so. */
const CLAIMS_OF_EVERY_PATH = new Set(['returnsAppData', 'callsNothing', 'readsNothing']);

function joinSummary(earlier: FunctionSummary, later: FunctionSummary): FunctionSummary {
  const out: Record<string, unknown> = {};
  const before = earlier as unknown as Record<string, unknown>;
  const after = later as unknown as Record<string, unknown>;
  for (const field of new Set([...Object.keys(after), ...Object.keys(before)])) {
    const value = joinField(field, before[field], after[field]);
    if (value !== undefined) out[field] = value;
  }
  return out as unknown as FunctionSummary;
}

function joinField(field: string, earlier: unknown, later: unknown): unknown {
  if (CLAIMS_OF_EVERY_PATH.has(field)) return earlier === true && later === true ? true : undefined;
  if (field === 'params') return later ?? earlier;
  if (field === 'returnsByKey') return joinByKey(earlier as FunctionSummary['returnsByKey'], later as FunctionSummary['returnsByKey']);
  if (Array.isArray(earlier) || Array.isArray(later)) return joinLists((earlier as unknown[]) ?? [], (later as unknown[]) ?? []);
  if (typeof earlier === 'boolean' || typeof later === 'boolean') return earlier === true || later === true ? true : undefined;
  return later ?? earlier;
}

/** Per key when every return of both is an object literal; otherwise no per-key answer (a caller reads all of it). */
function joinByKey(earlier: FunctionSummary['returnsByKey'], later: FunctionSummary['returnsByKey']): FunctionSummary['returnsByKey'] {
  if (!earlier || !later) return undefined;
  const out: NonNullable<FunctionSummary['returnsByKey']> = {};
  for (const key of new Set([...Object.keys(later), ...Object.keys(earlier)])) {
    const [before, after] = [earlier[key] ?? { taints: [], params: [] }, later[key] ?? { taints: [], params: [] }];
    out[key] = { taints: joinLists(before.taints, after.taints) as typeof after.taints, params: joinLists(before.params, after.params) as number[] };
  }
  return out;
}

/** The later list, then what only the earlier one has; entries that are the same but for their `steps` count once. */
function joinLists(earlier: readonly unknown[], later: readonly unknown[]): unknown[] {
  const kept = new Map<string, { text: string; value: unknown }>();
  for (const value of [...later, ...earlier]) {
    const text = JSON.stringify(value);
    const identity = value !== null && typeof value === 'object' && 'steps' in value ? JSON.stringify({ ...value, steps: undefined, places: undefined }) : text;
    const seen = kept.get(identity);
    if (!seen) kept.set(identity, { text, value });
    else if (text < seen.text) seen.value = (seen.text = text, value);
  }
  return [...kept.values()].map(({ value }) => value);
}
