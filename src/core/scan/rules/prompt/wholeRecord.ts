import type { CodeModel, Expr } from '../../code/codeModel';
import { REDACTION_CALL } from '../../catalogue/sources';
import type { FileAnalysis } from '../../flow/fileAnalysis';
import type { Rule, RuleContext } from '../../rule';

const SERIALISE = /(^|\.)(JSON\.stringify|json\.dumps|dumps|yaml\.dump|str|repr|String)$/;
const DATAFRAME_DUMP = /\.(to_string|to_csv|to_json|to_markdown|to_dict|to_html|model_dump_json|model_dump|dict)$/;
/**
 * Origins whose values are records (rows of a database: customers, orders, users), not a document the task is about.
 * An API's JSON answer (issues, search results, a repository) is that service's document: someone else's text, judged
 * as such by prompt/untrusted-interpolation, not a record here.
 */
const RECORD_LABELS = new Set(['database rows']);

/** A query's rows as the driver gave them (`result.rows`, `rows`, `res.recordset`), not a field picked from one. */
const ROWS_AS_READ = /^([\w$.]+\.)?(rows|records|recordset)$/;

/** A value that carries rows of a record origin (RECORD_LABELS). */
function isRecord(value: Expr, analysis: FileAnalysis): boolean {
  return analysis.taintsOf(value).some((taint) => RECORD_LABELS.has(taint.label));
}

/** An object literal with a field that holds a query's rows as read, or an object spread into it that has one. */
function holdsRowsAsRead(object: Expr, analysis: FileAnalysis): boolean {
  if (Object.values(object.properties ?? {}).some((value) => ROWS_AS_READ.test(value.text) && isRecord(value, analysis))) return true;
  const spread = (expr: Expr): Expr[] => (expr.kind === 'object' ? [expr] : expr.kind === 'call' ? [] : expr.children.flatMap(spread));
  return object.children.filter((child) => !Object.values(object.properties ?? {}).includes(child)).flatMap(spread).some((inner) => holdsRowsAsRead(inner, analysis));
}

function wholeRecordCall(part: Expr, analysis: FileAnalysis): Expr | undefined {
  return part.innerCalls.find((call) => {
    const callee = call.callee ?? '';
    const serialised = SERIALISE.test(callee) ? call.args?.[0] : DATAFRAME_DUMP.test(callee) ? call.children[0]?.children[0] : undefined;
    if (!serialised || serialised.kind === 'string' || serialised.kind === 'template') return false;
    // `json.dumps({"status": "ok", "address": address, "rating": detail.get("rating")})`: fields picked one by one —
    // what the rule asks for — unless a whole record is spread into it (`{**row}`, `{ ...row }`).
    // (`{ success: true, rows: result.rows }`: a field that holds the query's rows as they came is every column of them.)
    // (…also in an object spread into it: `...(isQuery && { rows: result.rows })`.)
    if (serialised.kind === 'object' && holdsRowsAsRead(serialised, analysis)) return true;
    if (serialised.kind === 'object' && !/\.\.\.|\*\*/.test(serialised.text)) return false;
    // A serialised value from the database or an API response, or a whole dataframe read from one.
    // `df.to_string()`, `df.head().to_string()`: the dataframe's rows, all of them or the first few.
    return isRecord(serialised, analysis) || (DATAFRAME_DUMP.test(callee) && /(^|\.)(df|\w+_df|dataframe)(\.(head|tail|sample)\([^)]*\))?$/i.test(serialised.text));
  });
}

/**
 * `"\n".join(output)` of a list the function fills with `output.append(" | ".join(str(v) for v in row))` (a database
 * MCP server formatting its rows): the serialising call among what was appended.
 */
function appendedRecordCall(part: Expr, code: CodeModel, analysis: FileAnalysis): Expr | undefined {
  const list = part.kind === 'call' && /\.join$/.test(part.callee ?? '') ? part.args?.[0] : undefined;
  if (list?.kind !== 'name') return undefined;
  const scope = code.scopes.filter((s) => s.start <= part.start && part.end <= s.end).sort((a, b) => a.end - a.start - (b.end - b.start))[0];
  for (const call of scope?.calls ?? []) {
    if (call.callee !== `${list.text}.append` || call.start > part.start || !call.args?.[0]) continue;
    const found = wholeRecordCall(call.args[0], analysis);
    if (found) return found;
  }
  return undefined;
}

export const wholeRecordRule: Rule = {
  meta: [
    {
      id: 'prompt/whole-record',
      defaultSeverity: 'warning',
      title: 'Whole record sent to a model',
      description:
        'A whole database row or dataframe is serialised into a prompt (JSON.stringify, json.dumps, to_csv). Send only the fields the task needs, so nothing sensitive rides along. A document the task is about (an uploaded article, an API\'s JSON answer) is not a record.',
    },
  ],
  appliesTo: (language) => language === 'typescript' || language === 'javascript' || language === 'python',
  async check(context: RuleContext) {
    if (!context.mayHaveFlows()) return;
    const analysis = await context.analysis();
    const code = await context.code();
    if (!analysis || !code) return;
    for (const part of analysis.promptValues) {
      const call = wholeRecordCall(part, analysis) ?? appendedRecordCall(part, code, analysis);
      if (!call || part.innerCalls.some((c) => REDACTION_CALL.test(c.callee ?? ''))) continue;
      context.report({
        ruleId: 'prompt/whole-record',
        message: `${call.callee}(…) puts a whole record into the prompt. Pick the fields the task needs (and redact personal data) instead of sending everything.`,
        start: call.start,
        end: call.end,
      });
    }
  },
};
