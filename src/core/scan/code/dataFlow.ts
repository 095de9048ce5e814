import { makeExpr, type Expr, type Scope } from './codeModel';

/** Where tainted data came from, for the message and the related-information link. */
export interface Taint {
  label: string;
  start: number;
  end: number;
}

/** Decides whether an expression is itself a source (a member path, or a call's callee). */
export type SourceTest = (expr: Expr) => Taint | undefined;

/**
 * Tracks taint through the assignments of one function: `const q = req.body.q; const p = \`…${q}\``.
 * Two passes over the assignments follow data "through a variable or two", loops included.
 */
export class ScopeFlow {
  private readonly tainted = new Map<string, Taint>();
  private readonly sortedAssignments;

  constructor(
    readonly scope: Scope,
    private readonly isSource: SourceTest,
  ) {
    this.sortedAssignments = [...scope.assignments].sort((a, b) => a.start - b.start);
    for (let pass = 0; pass < 2; pass++) {
      for (const assignment of this.sortedAssignments) {
        const taint = this.taintOf(assignment.value);
        if (taint && !this.tainted.has(assignment.target)) this.tainted.set(assignment.target, taint);
      }
    }
  }

  /** The taint an expression carries, directly or through a variable it reads. */
  taintOf(expr: Expr): Taint | undefined {
    const direct = this.isSource(expr);
    if (direct) return direct;
    for (const call of expr.innerCalls) {
      const fromCall = this.isSource(call);
      if (fromCall) return fromCall;
    }
    for (const read of expr.reads) {
      const fromRead = this.isSource(makeExpr('member', expr.start, expr.end, read));
      if (fromRead) return { ...fromRead, start: expr.start, end: expr.end };
      const variable = this.variableTaint(read);
      if (variable) return variable;
    }
    return undefined;
  }

  private variableTaint(path: string): Taint | undefined {
    // `body.question` is tainted when `body` is.
    for (let cut = path.length; cut > 0; cut = path.lastIndexOf('.', cut - 1)) {
      const taint = this.tainted.get(path.slice(0, cut));
      if (taint) return taint;
    }
    return undefined;
  }

  /** Follows a plain name back to the value last assigned to it before `expr` (two hops at most). */
  resolve(expr: Expr, hops = 2): Expr {
    if (hops === 0 || (expr.kind !== 'name' && expr.kind !== 'member')) return expr;
    let latest: Expr | undefined;
    for (const assignment of this.sortedAssignments) {
      if (assignment.start >= expr.start) break;
      if (assignment.target === expr.text) latest = assignment.value;
    }
    return latest ? this.resolve(latest, hops - 1) : expr;
  }
}
