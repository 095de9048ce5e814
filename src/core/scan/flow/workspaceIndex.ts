import { createHash } from 'node:crypto';
import type { CodeModel } from '../code/codeModel';
import { LineIndex } from '../textPositions';
import { analyseFile } from './fileAnalysis';
import type { FunctionSummary } from './taint';

/** How a file's analysis finds the summaries of functions defined elsewhere in the workspace. */
export interface SummaryLookup {
  /** `import { f } from './helpers'` in `fromFile` → the summaries of `f` in that module. */
  imported(fromFile: string, module: string, name: string): FunctionSummary[];
  /** Methods named `name` when types are unknown: only a distinctive name (few classes define it) says which. */
  methods(name: string): FunctionSummary[];
  /** `method` of `className`, inherited from its bases or overridden in its subclasses (other files than `except`). */
  classMethods(className: string, method: string, except: string): FunctionSummary[];
  /** Base classes of a class, across the workspace. */
  basesOf(className: string): string[];
  /** False when the text calls none of the workspace's functions that carry data to a prompt or sink (a cheap skip). */
  mayAffect(text: string): boolean;
}

interface FileEntry {
  hash: string;
  summaries: FunctionSummary[];
  classBases: Record<string, string[]>;
  /** Modules this file imports, as written (for finding who depends on whom). */
  imports: string[];
  /** Method names it calls on receivers (`self.llm.generate_code` → generate_code). */
  calledMethods: string[];
}

const MAX_CLASSES_FOR_A_NAME = 2;

// Names too common to resolve by name alone: every class has them, so a match says nothing.
const GENERIC_METHODS = new Set(['__init__', 'constructor', 'get', 'set', 'run', 'call', 'invoke', 'create', 'update', 'delete', 'send', 'write', 'read', 'close', 'open', 'load', 'save', 'push', 'append', 'map', 'filter', 'then', 'catch', 'toString', 'format', 'join', 'split', 'strip', 'replace', 'items', 'keys', 'values', 'json', 'text', 'query', 'execute', 'search', 'find', 'render', 'log', 'info', 'debug', 'warn', 'error', 'parse', 'stringify', 'fetch', 'post', 'put', 'patch', 'request', 'stream', 'next', 'pipe', 'handle', 'process', 'emit', 'on', 'apply', 'bind', 'toJSON', 'valueOf', 'validate', 'transform', 'add', 'remove', 'clear', 'has', 'start', 'stop', 'init', 'reset']);

/**
 * Function summaries of every file in the workspace, keyed by file and cached by content hash, resolved over the
 * import graph. The CLI builds one per scan; the editor's worker keeps one and updates the edited file.
 */
export class WorkspaceIndex implements SummaryLookup {
  private readonly files = new Map<string, FileEntry>();
  private methodsByName?: Map<string, FunctionSummary[]>;
  private carrying?: string[];
  private importers?: Map<string, Set<string>>;
  private callers?: Map<string, string[]>;
  private hierarchy?: { bases: Map<string, Set<string>>; subclasses: Map<string, Set<string>>; byClass: Map<string, FunctionSummary[]> };
  private pythonByStem?: Map<string, string[]>;

  /** Number of files with summaries (for logs and tests). */
  get size(): number {
    return this.files.size;
  }

  hashOf(file: string): string | undefined {
    return this.files.get(file)?.hash;
  }

  /** Analyses one file against the current index and stores its summaries; returns true when they changed. */
  update(file: string, text: string, model: CodeModel | undefined): boolean {
    const hash = contentHash(text);
    const previous = this.files.get(file);
    if (!model) {
      if (!previous) return false;
      this.files.delete(file);
      this.methodsByName = this.carrying = this.importers = this.pythonByStem = this.callers = this.hierarchy = undefined;
      return true;
    }
    const analysis = analyseFile(file, model, new LineIndex(text), this);
    const summaries = analysis.summaries;
    const calledMethods = [...new Set(model.scopes.flatMap((scope) => scope.calls.map((call) => /\.(\w+)$/.exec(call.callee ?? '')?.[1]).filter((name): name is string => !!name)))];
    const changed = !previous || JSON.stringify(previous.summaries) !== JSON.stringify(summaries);
    const imports = [...new Set(model.importBindings.map((b) => b.module))];
    if (!previous || previous.imports.join('\n') !== imports.join('\n')) this.importers = undefined;
    if (!previous || previous.calledMethods.join('\n') !== calledMethods.join('\n')) this.callers = undefined;
    if (!previous) this.pythonByStem = undefined;
    this.files.set(file, { hash, summaries, classBases: model.classBases, imports, calledMethods });
    if (changed || !previous || JSON.stringify(previous.classBases) !== JSON.stringify(model.classBases)) this.hierarchy = undefined;
    if (changed) this.methodsByName = this.carrying = undefined;
    return changed;
  }

  mayAffect(text: string): boolean {
    if (!this.carrying) {
      const names = new Set<string>();
      for (const entry of this.files.values()) {
        for (const s of entry.summaries) if (s.returns.length || s.returnsParams.length || s.paramPrompts.length || s.paramSinks.length) names.add(s.name);
      }
      this.carrying = [...names];
    }
    return this.carrying.some((name) => text.includes(name));
  }

  remove(file: string): void {
    if (this.files.delete(file)) this.methodsByName = this.carrying = this.importers = this.pythonByStem = this.callers = this.hierarchy = undefined;
  }

  imported(fromFile: string, module: string, name: string): FunctionSummary[] {
    const target = this.resolveModule(fromFile, module);
    if (!target) return [];
    const summaries = this.files.get(target)?.summaries ?? [];
    const found = summaries.filter((s) => s.name === name && !s.className);
    // `import { Analyst } from './analyst'` then `new Analyst().ask()`: the class's methods.
    return found.length ? found : summaries.filter((s) => s.className === name);
  }

  basesOf(className: string): string[] {
    return [...(this.classes().bases.get(className) ?? [])];
  }

  classMethods(className: string, method: string, except: string): FunctionSummary[] {
    const { bases, subclasses, byClass } = this.classes();
    // The class, its ancestors (inherited methods) and its descendants (overrides); not its siblings.
    const family = new Set([className]);
    for (const [edges, start] of [[bases, className], [subclasses, className]] as const) {
      const stack = [start];
      while (stack.length) {
        for (const next of edges.get(stack.pop()!) ?? []) {
          if (family.has(next)) continue;
          family.add(next);
          stack.push(next);
        }
      }
    }
    return [...family].flatMap((name) => byClass.get(name) ?? []).filter((s) => s.name === method && s.file !== except);
  }

  private classes() {
    if (!this.hierarchy) {
      const bases = new Map<string, Set<string>>();
      const subclasses = new Map<string, Set<string>>();
      const byClass = new Map<string, FunctionSummary[]>();
      for (const entry of this.files.values()) {
        for (const [name, list] of Object.entries(entry.classBases)) {
          for (const base of list) {
            bases.set(name, (bases.get(name) ?? new Set()).add(base));
            subclasses.set(base, (subclasses.get(base) ?? new Set()).add(name));
          }
        }
        for (const summary of entry.summaries) if (summary.className) byClass.set(summary.className, [...(byClass.get(summary.className) ?? []), summary]);
      }
      this.hierarchy = { bases, subclasses, byClass };
    }
    return this.hierarchy;
  }

  methods(name: string): FunctionSummary[] {
    if (GENERIC_METHODS.has(name)) return [];
    if (!this.methodsByName) {
      this.methodsByName = new Map();
      for (const entry of this.files.values()) {
        for (const summary of entry.summaries) {
          if (!summary.className) continue;
          const list = this.methodsByName.get(summary.name) ?? [];
          list.push(summary);
          this.methodsByName.set(summary.name, list);
        }
      }
    }
    const found = this.methodsByName.get(name) ?? [];
    // A name many classes define says nothing about which one runs.
    return new Set(found.map((s) => s.className)).size <= MAX_CLASSES_FOR_A_NAME ? found : [];
  }

  /** Files whose findings may change when `file`'s summaries change: its importers and callers of its methods. */
  dependentsOf(file: string): string[] {
    if (!this.importers) {
      this.importers = new Map();
      for (const [other, entry] of this.files) {
        for (const module of entry.imports) {
          const target = this.resolveModule(other, module);
          if (!target || target === other) continue;
          const set = this.importers.get(target) ?? new Set();
          set.add(other);
          this.importers.set(target, set);
        }
      }
    }
    const dependents = new Set(this.importers.get(file) ?? []);
    const methods = new Set(this.files.get(file)?.summaries.filter((s) => s.className && !GENERIC_METHODS.has(s.name)).map((s) => s.name) ?? []);
    if (methods.size) {
      if (!this.callers) {
        this.callers = new Map();
        for (const [other, entry] of this.files) for (const method of entry.calledMethods) this.callers.set(method, [...(this.callers.get(method) ?? []), other]);
      }
      for (const method of methods) for (const other of this.callers.get(method) ?? []) if (other !== file) dependents.add(other);
    }
    return [...dependents];
  }

  /** A module specifier as written in `fromFile` → a file of the index (relative TS/JS paths, Python modules). */
  resolveModule(fromFile: string, module: string): string | undefined {
    const dir = fromFile.includes('/') ? fromFile.slice(0, fromFile.lastIndexOf('/')) : '';
    if (module.startsWith('./') || module.startsWith('../')) {
      const base = normalise(`${dir}/${module}`).replace(/\.(js|mjs|cjs|jsx)$/, '');
      for (const candidate of [base, ...['.ts', '.tsx', '.mts', '.js', '.mjs', '.cjs', '.jsx', '/index.ts', '/index.js'].map((ext) => base + ext)]) {
        if (this.files.has(candidate)) return candidate;
      }
      return undefined;
    }
    // Python: `.helpers` (relative) or `pkg.helpers` (absolute: any file whose path ends with it).
    const relative = /^(\.+)(.*)$/.exec(module);
    if (relative) {
      let base = dir;
      for (let up = 1; up < relative[1].length; up++) base = base.includes('/') ? base.slice(0, base.lastIndexOf('/')) : '';
      const rest = relative[2].replace(/\./g, '/');
      const stem = [base, rest].filter(Boolean).join('/');
      for (const candidate of [`${stem}.py`, `${stem}/__init__.py`]) if (this.files.has(candidate)) return candidate;
      return undefined;
    }
    if (/^[A-Za-z_][\w.]*$/.test(module)) {
      if (!this.pythonByStem) {
        this.pythonByStem = new Map();
        for (const file of this.files.keys()) {
          const match = /(?:^|\/)([^/]+)(?:\/__init__)?\.py$/.exec(file);
          if (match) this.pythonByStem.set(match[1], [...(this.pythonByStem.get(match[1]) ?? []), file]);
        }
      }
      const stem = module.replace(/\./g, '/');
      for (const file of this.pythonByStem.get(stem.slice(stem.lastIndexOf('/') + 1)) ?? []) {
        for (const suffix of [`${stem}.py`, `${stem}/__init__.py`]) if (file === suffix || file.endsWith(`/${suffix}`)) return file;
      }
    }
    return undefined;
  }
}

function normalise(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}

export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}
