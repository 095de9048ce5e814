import { createHash } from 'node:crypto';
import type { ScanConfig } from '../config/scanConfig';
import type { CodeModel } from './code/codeModel';
import { callsModelOrIsTool } from './code/codeText';
import { parseCode, type SyntaxTreeCache } from './code/parseCode';
import type { Finding, Severity } from './finding';
import { languageOf, type Language } from './language';
import { docsUrlFor, type ManifestFacts, type ReportDescriptor, type Rule, type RuleContext } from './rule';
import { ALL_RULES, RULE_CATALOGUE } from './rules';
import { isValidSuppression, parseSuppressions, SUPPRESSION_MARKER } from './suppressions';
import { LineIndex } from './textPositions';
import { analyseFile, type FileAnalysis } from './flow/fileAnalysis';
import { describeFailure, type IncompleteCheck } from './incompleteCheck';
import type { SummaryLookup } from './flow/workspaceIndex';

export interface DocumentInput {
  /** Path relative to the scan root, forward slashes. */
  file: string;
  text: string;
  language?: Language;
  manifest?: ManifestFacts;
  config?: Pick<ScanConfig, 'rules'>;
  rules?: readonly Rule[];
  /** The editor passes one so an edit re-parses incrementally. */
  syntaxCache?: SyntaxTreeCache;
  /** Summaries of the workspace's other files, for flows that cross files. */
  workspace?: SummaryLookup;
  /** Already parsed (a workspace scan parses each file once for the index and the rules). */
  model?: CodeModel;
  /** Already analysed against `workspace` (the index's last analysis of this text, when still current). */
  analysis?: FileAnalysis;
  /** false: the flow rules look at every code file, not only those with a model or tool shape (a test baseline). */
  prefilter?: boolean;
  /** Whether the flow rules should look at this file, when the caller already knows (a workspace scan's index holds it or not). */
  flowCandidate?: boolean;
  /**
   * Told when the syntax tree, the data-flow analysis or a rule fails on this document; the other rules still run and
   * their findings are returned. Without it the failure is thrown (a test sees an engine bug at once).
   */
  onIncomplete?: (failure: IncompleteCheck) => void;
}

/** The flow rules' prefilter: a file with no model or tool shape, outside the index, holds no flow to report. */
export function mayHoldFlows(file: string, text: string, workspace?: SummaryLookup): boolean {
  return !!workspace?.has(file) || callsModelOrIsTool(file, text);
}

/** Runs every applicable rule on one document: the one entry point the CLI, editor and tests share. */
export async function scanDocument(input: DocumentInput): Promise<Finding[]> {
  const language = input.language ?? languageOf(input.file);
  const lines = new LineIndex(input.text);
  const reports: ReportDescriptor[] = [];
  let code: Promise<CodeModel | undefined> | undefined = input.model ? Promise.resolve(input.model) : undefined;
  let mayHaveFlows: boolean | undefined;
  let analysis: Promise<FileAnalysis | undefined> | undefined = input.analysis ? Promise.resolve(input.analysis) : undefined;
  const context: RuleContext = {
    file: input.file,
    text: input.text,
    language,
    lines,
    manifest: input.manifest,
    // A tree that cannot be built is a file without one (as for YAML): the text rules still run.
    code: () => (code ??= failSoft('syntax tree', () => parseCode(input.file, input.text, language, input.syntaxCache))),
    // A model call or a tool here, or the workspace index holds the file (it uses a function that carries data).
    mayHaveFlows: () => (mayHaveFlows ??= input.prefilter === false || (input.flowCandidate ?? mayHoldFlows(input.file, input.text, input.workspace))),
    analysis: () => (analysis ??= context.code().then((model) => model && failSoft('data-flow analysis', () => analyseFile(input.file, model, lines, input.workspace)))),
    report: (descriptor) => reports.push(descriptor),
  };
  const failSoft = async <T>(part: string, run: () => T | Promise<T>): Promise<T | undefined> => {
    if (!input.onIncomplete) return run();
    try {
      return await run();
    } catch (error) {
      input.onIncomplete({ file: input.file, part, reason: describeFailure(error) });
      return undefined;
    }
  };
  const settings = input.config?.rules ?? {};
  for (const rule of input.rules ?? ALL_RULES) {
    if (rule.meta.every((meta) => settings[meta.id] === 'off')) continue; // a rule turned off costs nothing
    // A rule that fails here loses only its own findings in this file, never those of the rules after it.
    if (rule.appliesTo(language, input.file)) await failSoft(rule.meta[0].id, () => rule.check(context));
  }
  const findings = toFindings(reports, input, lines);
  return input.text.includes(SUPPRESSION_MARKER) ? withoutSuppressed(findings, input.text, await context.code()) : findings;
}

function withoutSuppressed(findings: Finding[], text: string, model: CodeModel | undefined): Finding[] {
  const suppressions = parseSuppressions(text, model).filter(isValidSuppression);
  return findings.filter(
    (finding) => !suppressions.some((s) => s.line + 1 === finding.range.start.line && s.ruleIds.includes(finding.ruleId)),
  );
}

function toFindings(reports: ReportDescriptor[], input: DocumentInput, lines: LineIndex): Finding[] {
  const settings = input.config?.rules ?? {};
  const occurrences = new Map<string, number>();
  const findings: Finding[] = [];
  reports.sort((a, b) => a.start - b.start || a.ruleId.localeCompare(b.ruleId));
  for (const report of reports) {
    const setting = settings[report.ruleId];
    if (setting === 'off') continue;
    const severity: Severity = setting ?? report.severity ?? RULE_CATALOGUE.get(report.ruleId)?.defaultSeverity ?? 'warning';
    const range = lines.rangeOf(report.start, report.end);
    // The fingerprint hashes what was found and its line's text, not its line number, so baselines survive edits above it.
    const key = `${report.ruleId}\0${input.file}\0${lines.lineText(range.start.line).trim()}`;
    const occurrence = occurrences.get(key) ?? 0;
    occurrences.set(key, occurrence + 1);
    findings.push({
      ruleId: report.ruleId,
      severity,
      message: report.message,
      file: input.file,
      range,
      docsUrl: docsUrlFor(report.ruleId),
      masked: report.masked,
      fixes: report.fixes,
      related: report.related,
      fingerprint: createHash('sha256').update(`${key}\0${occurrence}`).digest('hex').slice(0, 32),
    });
  }
  return findings;
}
