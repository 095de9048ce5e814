/** Shared finding model: every rule, formatter, the CLI and the editor speak this. */

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Zero-based line and UTF-16 character, as in VS Code and LSP. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

/** A fix the editor can offer as a quick fix; the CLI only lists its title. */
export interface Fix {
  title: string;
  kind: 'replace' | 'wrapUntrusted' | 'addAllowedHost' | 'moveSecret' | 'addManifestEntry';
  edits: TextEdit[];
  /** Extra data a front end needs to complete the fix (e.g. the host to allow). */
  data?: Record<string, string>;
  /** Safe to apply without looking (used by "fix all"). */
  safe?: boolean;
}

export interface RelatedLocation {
  file: string;
  range: Range;
  message: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Path relative to the scan root, with forward slashes. */
  file: string;
  range: Range;
  docsUrl: string;
  /** For secrets: a masked preview (never the whole value). */
  masked?: string;
  fixes?: Fix[];
  related?: RelatedLocation[];
  /** Stable across line shifts: used by baselines and SARIF partialFingerprints. */
  fingerprint?: string;
}
