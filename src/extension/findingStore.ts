import * as vscode from 'vscode';
import type { Finding } from '../core/scan/finding';

/** The findings behind the diagnostics of each document, so code actions can read their fixes. */
export class FindingStore {
  private readonly byUri = new Map<string, Finding[]>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly resolved = new vscode.EventEmitter<vscode.Uri>();
  /** A document's re-scan found fewer findings than before: one was fixed (the walkthrough's "fix a finding"). */
  readonly onDidResolve = this.resolved.event;

  set(uri: vscode.Uri, findings: Finding[]): void {
    const before = this.byUri.get(uri.toString())?.length ?? 0;
    if (findings.length === 0) this.byUri.delete(uri.toString());
    else this.byUri.set(uri.toString(), findings);
    this.changed.fire();
    if (findings.length < before) this.resolved.fire(uri);
  }

  delete(uri: vscode.Uri): void {
    if (this.byUri.delete(uri.toString())) this.changed.fire();
  }

  get(uri: vscode.Uri): Finding[] {
    return this.byUri.get(uri.toString()) ?? [];
  }

  /** The finding a diagnostic was made from. */
  forDiagnostic(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Finding | undefined {
    const ruleId = typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code);
    return this.get(uri).find(
      (f) => f.ruleId === ruleId && f.range.start.line === diagnostic.range.start.line && f.range.start.character === diagnostic.range.start.character,
    );
  }

  counts(): { error: number; warning: number; info: number; files: number } {
    const counts = { error: 0, warning: 0, info: 0, files: this.byUri.size };
    for (const findings of this.byUri.values()) for (const f of findings) counts[f.severity]++;
    return counts;
  }
}
