import * as vscode from 'vscode';
import type { Finding, TextEdit } from '../core/scan/finding';
import { DIAGNOSTIC_SOURCE, toVsRange } from './diagnostics';
import type { FindingStore } from './findingStore';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('microappGuard');

/** Quick fixes for Micro App Guard diagnostics, and `source.fixAll.microappGuard` for fix-on-save. */
export class GuardCodeActionProvider implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND];

  constructor(private readonly store: FindingStore) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (context.only && FIX_ALL_KIND.contains(context.only)) return this.fixAll(document, FIX_ALL_KIND);
    if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix) && !vscode.CodeActionKind.QuickFix.contains(context.only)) return [];
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      const finding = this.store.forDiagnostic(document.uri, diagnostic);
      if (!finding) continue;
      actions.push(...this.fixesFor(document, finding, diagnostic));
    }
    const fixAll = this.fixAll(document, vscode.CodeActionKind.QuickFix);
    if (fixAll.length && fixAll[0].edit && countSafeFixes(this.store.get(document.uri)) > 1) actions.push(...fixAll);
    return actions;
  }

  private fixesFor(document: vscode.TextDocument, finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    const make = (title: string, preferred = false) => {
      const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      action.diagnostics = [diagnostic];
      action.isPreferred = preferred;
      actions.push(action);
      return action;
    };
    if (finding.ruleId.startsWith('secret/') && finding.ruleId !== 'secret/dotenv-file') {
      make('Move secret to Secret Storage', true).command = {
        command: 'microappGuard.moveSecretToStorage',
        title: 'Move secret to Secret Storage',
        arguments: [document.uri, toVsRange(finding.range), finding.ruleId],
      };
    }
    for (const fix of finding.fixes ?? []) {
      if (fix.kind === 'addManifestEntry') {
        make(fix.title, true).command = { command: 'microappGuard.addManifestEntry', title: fix.title, arguments: [document.uri, JSON.parse(fix.data!.list), JSON.parse(fix.data!.value)] };
      } else if (fix.kind === 'addAllowedHost') {
        make(fix.title, true).command = { command: 'microappGuard.addAllowedHost', title: fix.title, arguments: [fix.data?.host, document.uri] };
      } else if (fix.edits.length > 0) {
        make(fix.kind === 'wrapUntrusted' ? `Wrap untrusted input: ${fix.title}` : fix.title, fix.safe).edit = toWorkspaceEdit(document.uri, fix.edits);
      }
    }
    make(`Ignore ${finding.ruleId} here, with a reason`).command = {
      command: 'microappGuard.ignoreWithReason',
      title: 'Ignore with reason',
      arguments: [document.uri, finding.range.start.line, finding.ruleId],
    };
    return actions;
  }

  /** Every safe fix in the file at once; a helper added by several fixes is added once. */
  private fixAll(document: vscode.TextDocument, kind: vscode.CodeActionKind): vscode.CodeAction[] {
    const edits: TextEdit[] = [];
    const seen = new Set<string>();
    // Later findings first is not needed: WorkspaceEdit applies all edits against the original text.
    for (const finding of this.store.get(document.uri)) {
      for (const fix of finding.fixes ?? []) {
        if (!fix.safe) continue;
        for (const edit of fix.edits) {
          const key = JSON.stringify(edit);
          if (!seen.has(key)) {
            seen.add(key);
            edits.push(edit);
          }
        }
      }
    }
    if (edits.length === 0) return [];
    const action = new vscode.CodeAction('Fix all safe Micro App Guard problems in this file', kind);
    action.edit = toWorkspaceEdit(document.uri, mergeInsertionsAtSamePlace(edits));
    return [action];
  }
}

function countSafeFixes(findings: Finding[]): number {
  return findings.filter((finding) => finding.fixes?.some((fix) => fix.safe && fix.edits.length > 0)).length;
}

/** Two insertions at one position would conflict in a WorkspaceEdit: join them. */
function mergeInsertionsAtSamePlace(edits: TextEdit[]): TextEdit[] {
  const merged = new Map<string, TextEdit>();
  for (const edit of edits) {
    const key = JSON.stringify(edit.range);
    const existing = merged.get(key);
    if (existing && edit.range.start.line === edit.range.end.line && edit.range.start.character === edit.range.end.character) existing.newText += edit.newText;
    else merged.set(key, { ...edit });
  }
  return [...merged.values()];
}

function toWorkspaceEdit(uri: vscode.Uri, edits: TextEdit[]): vscode.WorkspaceEdit {
  const workspaceEdit = new vscode.WorkspaceEdit();
  for (const edit of edits) workspaceEdit.replace(uri, toVsRange(edit.range), edit.newText);
  return workspaceEdit;
}
