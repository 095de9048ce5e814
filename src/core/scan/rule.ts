import type { CodeModel } from './code/codeModel';
import type { FileAnalysis } from './flow/fileAnalysis';
import type { Finding, Fix, RelatedLocation, Severity } from './finding';
import type { Language } from './language';
import type { LineIndex } from './textPositions';

export const DOCS_BASE_URL = 'https://github.com/microapp-guard/microapp-guard/blob/main/docs/rules/';

export interface RuleMeta {
  /** Stable id, `area/name`. */
  id: string;
  defaultSeverity: Severity;
  title: string;
  /** What the rule looks for and why, one or two sentences (SARIF fullDescription). */
  description: string;
}

/** What the manifest tells the rules about the app (absent when there is no microapp.yaml). */
export interface ManifestFacts {
  allowedHosts: string[];
}

export interface ReportDescriptor {
  ruleId: string;
  message: string;
  start: number;
  end: number;
  severity?: Severity;
  masked?: string;
  fixes?: Fix[];
  related?: RelatedLocation[];
}

export interface RuleContext {
  readonly file: string;
  readonly text: string;
  readonly language: Language;
  readonly lines: LineIndex;
  readonly manifest?: ManifestFacts;
  /** The file's code model, parsed on first use and shared by every rule; undefined for non-code files. */
  code(): Promise<CodeModel | undefined>;
  /** Data flow of the file (sources, prompts, sinks), with the workspace's function summaries when scanning one. */
  analysis(): Promise<FileAnalysis | undefined>;
  /** Cheap text test: could this file hold an LLM call, or call a workspace function that carries data to one or to a sink? */
  mayHaveFlows(): boolean;
  report(descriptor: ReportDescriptor): void;
}

/** One rule file: the ids it may report and how to check one document. */
export interface Rule {
  readonly meta: readonly RuleMeta[];
  appliesTo(language: Language, file: string): boolean;
  check(context: RuleContext): void | Promise<void>;
}

export function docsUrlFor(ruleId: string): string {
  return `${DOCS_BASE_URL}${docsFileFor(ruleId)}`;
}

/** `secret/openai` → `secret-openai.md` */
export function docsFileFor(ruleId: string): string {
  return `${ruleId.replace(/\//g, '-')}.md`;
}

export type { Finding };
