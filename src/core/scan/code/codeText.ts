import ts from 'typescript';
import { LLM_HINT } from '../catalogue/llmApis';
import { TOOL_HINT } from '../catalogue/sources';
import { languageOf } from '../language';

/** `.d.ts`, `.d.mts`, `.d.cts`: declarations only, no function bodies, so no data can flow through them. */
export function isDeclarationFile(file: string): boolean {
  return /\.d\.[mc]?ts$/.test(file);
}

/** Tokens after which a `/` starts a regular expression rather than a division (so `//` inside it is no comment). */
const BEFORE_REGEX = new Set<ts.SyntaxKind>([
  ts.SyntaxKind.OpenParenToken, ts.SyntaxKind.CommaToken, ts.SyntaxKind.EqualsToken, ts.SyntaxKind.ColonToken,
  ts.SyntaxKind.OpenBracketToken, ts.SyntaxKind.ExclamationToken, ts.SyntaxKind.AmpersandAmpersandToken,
  ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.OpenBraceToken,
  ts.SyntaxKind.CloseBraceToken, ts.SyntaxKind.SemicolonToken, ts.SyntaxKind.ReturnKeyword, ts.SyntaxKind.EqualsGreaterThanToken,
  ts.SyntaxKind.PlusToken, ts.SyntaxKind.MinusToken, ts.SyntaxKind.AsteriskToken, ts.SyntaxKind.BarToken,
  ts.SyntaxKind.AmpersandToken, ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.TypeOfKeyword, ts.SyntaxKind.CaseKeyword, ts.SyntaxKind.ThrowKeyword,
]);

/**
 * The comments of a TypeScript/JavaScript file as [start, end) ranges, in order, from TypeScript's scanner (a `//`
 * inside a string, template literal or regular expression is none). Lazy: a caller may stop early.
 */
export function* commentRanges(text: string): Generator<[number, number]> {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
  let previous = ts.SyntaxKind.Unknown;
  // Template literals: `}` closes a `${…}` substitution when the braces opened inside it are all closed.
  const substitutionDepths: number[] = [];
  let braces = 0;
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === ts.SyntaxKind.SingleLineCommentTrivia || kind === ts.SyntaxKind.MultiLineCommentTrivia) {
      yield [scanner.getTokenStart(), scanner.getTokenEnd()];
      continue;
    }
    if (kind === ts.SyntaxKind.WhitespaceTrivia || kind === ts.SyntaxKind.NewLineTrivia) continue;
    if ((kind === ts.SyntaxKind.SlashToken || kind === ts.SyntaxKind.SlashEqualsToken) && (previous === ts.SyntaxKind.Unknown || BEFORE_REGEX.has(previous))) {
      kind = scanner.reScanSlashToken();
    } else if (kind === ts.SyntaxKind.TemplateHead) {
      substitutionDepths.push(braces);
    } else if (kind === ts.SyntaxKind.OpenBraceToken) {
      braces++;
    } else if (kind === ts.SyntaxKind.CloseBraceToken) {
      if (substitutionDepths.length && substitutionDepths[substitutionDepths.length - 1] === braces) {
        kind = scanner.reScanTemplateToken(false);
        if (kind === ts.SyntaxKind.TemplateTail) substitutionDepths.pop();
      } else braces--;
    }
    previous = kind;
  }
}

const ANY_HINT = new RegExp(`${LLM_HINT.source}|${TOOL_HINT.source}`, 'g');

/**
 * Where the index starts, and which files the flow rules look at: a file that calls a model or is a tool the model
 * calls — in its code, not only in a comment (an SDK's JSDoc shows a model call in every example; a third of the npm
 * corpus's candidates were those), and never a declaration file (no bodies, nothing flows). The scan of comments
 * stops at the first hint that is outside one.
 */
export function callsModelOrIsTool(file: string, text: string): boolean {
  if ((!LLM_HINT.test(text) && !TOOL_HINT.test(text)) || isDeclarationFile(file)) return false;
  if (languageOf(file) === 'python') return true;
  const hints = [...text.matchAll(ANY_HINT)].map((match) => match.index);
  let next = 0;
  for (const [start, end] of commentRanges(text)) {
    if (hints[next] < start) return true; // code before this comment
    while (next < hints.length && hints[next] < end) next++; // hints inside it
    if (next === hints.length) return false;
  }
  return next < hints.length;
}
