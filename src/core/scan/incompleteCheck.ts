/**
 * A file the scan could not check completely: its syntax tree, its data-flow analysis or one rule failed on it. The
 * other rules still ran on it and every other file was scanned; the user is told which file and why, never shown a stack.
 */
export interface IncompleteCheck {
  file: string;
  /** What failed: 'syntax tree', 'data-flow analysis', or a rule's id. */
  part: string;
  reason: string;
}

/** One line a user can act on (split the file, exclude it, or report the bug), from whatever was thrown. */
export function describeFailure(error: unknown): string {
  // Deeply nested generated code (thousands of nested brackets or a 5,000-term `a + b + …`) outgrows the call stack of
  // a recursive parser or walker; it is the one failure real files are known to cause.
  if (error instanceof RangeError && /call stack/i.test(error.message)) return 'its code is nested too deeply to analyse (the call stack ran out); ignore it in the config if it is generated';
  const message = error instanceof Error ? error.message : String(error);
  return `internal error: ${message.split('\n')[0].slice(0, 200)} (please report it with this file)`;
}

/** Adds a failure unless the same file and part already failed (a later stage may meet the same cause again). */
export function addIncomplete(list: IncompleteCheck[], failure: IncompleteCheck): void {
  if (!list.some((known) => known.file === failure.file && known.part === failure.part)) list.push(failure);
}
