/**
 * A small language-neutral model of one source file, extracted from its syntax tree (TypeScript's
 * parser for TS/JS, tree-sitter for Python). Rules read this model, so each rule is written once
 * for both languages and never looks inside comments.
 */

export type ExprKind =
  | 'string' // a literal with no interpolation
  | 'template' // template literal, f-string, or + concatenation containing non-literal parts
  | 'call'
  | 'name'
  | 'member'
  | 'object'
  | 'array'
  | 'other';

export interface Expr {
  kind: ExprKind;
  start: number;
  end: number;
  /** Source text, for names, members and callee paths. */
  text: string;
  /** `string`: the literal's value; `template`: literal parts joined with `{}` where values go. */
  literal?: string;
  /** `template`: the interpolated expressions. */
  parts?: Expr[];
  /** `call`: the callee path (`openai.chat.completions.create`) and arguments. */
  callee?: string;
  args?: Expr[];
  /** Keyword arguments (Python) — and, for a call whose only argument is an object, its properties. */
  keywordArgs?: Record<string, Expr>;
  /** `object`: literal properties (JS object or Python dict with string keys). */
  properties?: Record<string, Expr>;
  /** A Python slice with an upper bound (`page[:limit]`, `text[0:4000]`): the value cut to a length. */
  lengthCut?: boolean;
  /** A Python subscript by a string literal (`params['url']`): a dict's key, where the path (`params.url`) reads alike. */
  literalKey?: boolean;
  /** A conditional expression (`a ? b : c`, `b if test else c`): its children are the values it may take. */
  choice?: boolean;
  /** `array`: elements. */
  elements?: Expr[];
  /** A call's argument spread into several (`*args` in Python): the list's items are the arguments. */
  spread?: boolean;
  /** A dict spread into a call's keyword arguments (`**options` in Python): its keys are the call's keywords. */
  keywordSplat?: boolean;
  /** A comprehension's element (`d.text` of `[d.text for d in docs]`): its value is made of that alone. */
  body?: Expr;
  /** Direct sub-expressions. */
  children: Expr[];
  /** Every name and member path read anywhere inside this expression (for data flow); computed on first use. */
  readonly reads: string[];
  /** Calls nested anywhere inside (including this one); computed on first use. */
  readonly innerCalls: Expr[];
}

export interface Assignment {
  /** The variable or attribute path being written (`prompt`, `self.prompt`, `state.question`). */
  target: string;
  value: Expr;
  start: number;
  end: number;
  /** A block-scoped `const`/`let`: the end of its block, after which another declaration of the name is another variable. */
  liveUntil?: number;
  /** A comprehension's variable (`[d.text for d in docs]`): it exists only inside the comprehension, never after it. */
  comprehension?: boolean;
  /** A `for` loop's variable: the loop's range. Inside its body the name holds the current element, whatever it held before. */
  loop?: [number, number];
  /** `const { sources: list } = value`: the property of the value this name takes (`sources`). */
  property?: string;
  /** `a, b = make_agents()`: the element of what the value returns that this name takes (`value` is all of it). */
  element?: number;
  /**
   * Not a write but a check, made by the statement starting here: `if (!allowed.includes(name)) throw …` (`if name not
   * in ALLOWED: raise …`). After it the name holds one of the list's values (`value` is the list), as the sink advice
   * asks: an allowlisted choice.
   */
  checkedFrom?: number;
  /**
   * A check that makes the name safe for one kind of sink only, not one of a list's values: `if target.startswith("-"):
   * raise …` leaves what the name held (`value` is the name read in the check), never an option from there on;
   * `if (!isPathAllowed(p)) throw …` leaves a path inside the allowed folders, `if not id.isdigit(): raise …` digits only (`GUARDS`).
   */
  clears?: 'option' | 'path' | 'number';
}

/** A function body or the module top level: data flow is tracked within one scope. */
export interface Scope {
  start: number;
  end: number;
  /** Parameter names (a handler's `req`, `request`, `event`); destructured names are listed too. */
  params: string[];
  /** Positional parameter names as called (`self` dropped for Python methods); '' for a destructuring pattern. */
  positional?: string[];
  /** Names bound by destructuring a positional parameter (`({ document, description }) =>`): name → [index, key]. */
  destructured?: Record<string, [number, string]>;
  /** The function's own name (`ask`, `generate_sql`, `POST`); absent for the top level and anonymous callbacks. */
  name?: string;
  /** The class a method belongs to. */
  className?: string;
  /** A function written as a property of an object literal (`{ onUpdate: async (…) => … }`): called as a method by name. */
  objectMethod?: boolean;
  /** `app.post` for `app.post('/x', (req, res) => …)`: the call this function is passed to as a callback. */
  callbackOf?: string;
  /** A tool whose result ends the agent's run (`tool_use_behavior="stop_on_first_tool"`): it goes back to no model. */
  toolEndsRun?: boolean;
  /**
   * The parameter that holds the model's arguments, for a function a low-level MCP server's tools/call handler hands
   * them to (`handleToolCall(request.params.name, request.params.arguments)`): only that one is the model's.
   */
  toolParam?: number;
  /** Exported from its module (`export function`, `export const f = () => …`). */
  exported?: boolean;
  /** A Next.js server action by its own `'use server'` directive: the browser calls it with any arguments. */
  serverAction?: boolean;
  /** Decorators (`app.post`, `tool`) on a Python function. */
  decorators?: string[];
  /** The methods a CrewAI Flow's `@listen(plan)` (`@listen("plan")`, `@listen(or_(a, b))`) runs this one after: it is given what they return. */
  listensTo?: string[];
  /**
   * Parameters a validator makes numbers, booleans or one of fixed values before the function runs: a tool's argument
   * typed `z.number()` in its zod schema, a Python tool's `port: int`. No text of the caller's can be in them.
   */
  scalarParams?: string[];
  /** Python parameters whose default is a name (`def build_agent(retrieval_tool=retrieve_context)`): that name. */
  paramDefaults?: Record<string, string>;
  /** The class a Python parameter is annotated with (`msg: PandasEvalTool` → `PandasEvalTool`), by parameter name. */
  paramClasses?: Record<string, string>;
  /** Returned (or arrow-body) expressions. */
  returns?: Expr[];
  assignments: Assignment[];
  /** Calls in source order, including nested ones. */
  calls: Expr[];
  /** Every string or template literal in the scope (for injection text and URLs). */
  strings: Expr[];
  /** Property writes such as `el.innerHTML = …` and `rejectUnauthorized: false` pairs, by key. */
  propertyWrites: { key: string; target: string; value: Expr; start: number; end: number }[];
  /** Loop statements (start, end): a value written late in a loop body reaches reads earlier in it. */
  loops?: [number, number][];
  /**
   * Branches taken by a chat entry's role (`if message["role"] == "user":` and its `else`): from `start` to `end`, the
   * name holds entries of that role (`not`: of any other).
   */
  roleBranches?: { name: string; role: string; start: number; end: number; not?: boolean }[];
  /** Names a Python function declares `global`: its writes to them are the module's, seen by every later call. */
  globals?: string[];
}

/** `import { a as b } from './x'` / `from .x import a as b`: local `b` is `a` of module `./x`. */
export interface ImportBinding {
  local: string;
  module: string;
  /** The exported name, `default`, or `*` for a namespace import. */
  imported: string;
}

export interface CodeModel {
  language: 'typescript' | 'javascript' | 'python';
  scopes: Scope[];
  /** Module names imported (`openai`, `@anthropic-ai/sdk`, `langchain_openai`). */
  imports: string[];
  /** Local names bound by imports, for resolving calls into other files. */
  importBindings: ImportBinding[];
  /** Decorators on a Python class, by class name, as written without the `@` (`register_tool(include_functions=["run"])`). */
  classDecorators?: Record<string, string[]>;
  /** Class name → the names it extends (`class OpenAI(BaseOpenAI)`), for finding a method's overrides. */
  classBases: Record<string, string[]>;
  /**
   * `Class\0attribute` → the classes an attribute holds, from the class body (`bash_process: BashProcess =
   * Field(default_factory=BashProcess)`, `private readonly repl: PythonREPL`): `self.bash_process.run()` runs theirs.
   */
  attributeTypes?: Record<string, string[]>;
  /**
   * Field name → what the class bodies that declare it say it holds (`latency_seconds: float` → 'scalar'; any other
   * annotation or class → 'text'): a number or boolean field carries no text, whatever object it is read from.
   */
  fieldKinds?: Record<string, 'scalar' | 'text'>;
  /** [start, end) of every string, template, regex or JSX text: a marker inside one is not a comment. */
  literalRanges: [number, number][];
  /** The file opens with `'use server'`: each function it exports is a Next.js server action. */
  useServer?: boolean;
  /** What `export default` names (`export default handler`, `export default function handler`); `default` when anonymous. */
  defaultExport?: string;
}

/** True when an offset falls inside a string-like literal of the file. */
export function isInsideLiteral(model: CodeModel, offset: number): boolean {
  return model.literalRanges.some(([start, end]) => offset >= start && offset < end);
}

/** Expression whose `reads` and `innerCalls` are gathered from its children on first use, not eagerly (O(size × depth)). */
class LazyExpr implements Expr {
  literal?: string;
  parts?: Expr[];
  callee?: string;
  args?: Expr[];
  keywordArgs?: Record<string, Expr>;
  properties?: Record<string, Expr>;
  elements?: Expr[];
  children: Expr[] = [];
  private cachedReads?: string[];
  private cachedCalls?: Expr[];

  constructor(
    public kind: ExprKind,
    readonly start: number,
    readonly end: number,
    public text: string,
  ) {}

  get reads(): string[] {
    if (!this.cachedReads) {
      const reads = this.kind === 'name' || this.kind === 'member' ? [this.text] : [];
      for (const child of this.children) for (const read of child.reads) reads.push(read);
      this.cachedReads = reads;
    }
    return this.cachedReads;
  }

  get innerCalls(): Expr[] {
    if (!this.cachedCalls) {
      const calls: Expr[] = [];
      for (const child of this.children) for (const call of child.innerCalls) calls.push(call);
      if (this.kind === 'call') calls.push(this);
      this.cachedCalls = calls;
    }
    return this.cachedCalls;
  }
}

export function makeExpr(kind: ExprKind, start: number, end: number, text: string): Expr {
  return new LazyExpr(kind, start, end, text);
}

/** Calls that request a URL of the page's own origin (`fetch('/api/answer')`, `axios.post('/api/answer', …)`). */
export const SAME_ORIGIN_CALLEES = String.raw`(?:fetch|\$fetch|useFetch|axios(?:\.(?:get|post|put|request))?|ky(?:\.(?:get|post))?|ofetch)`;
export const SAME_ORIGIN_REQUEST = new RegExp(`^${SAME_ORIGIN_CALLEES}$`);

export const isTextExpr = (expr: Expr) => expr.kind === 'string' || expr.kind === 'template';

/**
 * The text of a member path before its first stop: `req.body.q` → `req`, `docs[0]` → `docs`, and with `(` among the
 * stops `load(x).text` → `load`. What `path.split(/[.[]/)[0]` gives, without making the array: the analysis asks it
 * on nearly every read of a name.
 */
export function pathRoot(path: string, stops = '.['): string {
  // (Called for nearly every name the analysis reads: char codes, not one-character strings.)
  for (let i = 0; i < path.length; i++) {
    const code = path.charCodeAt(i);
    for (let k = 0; k < stops.length; k++) if (stops.charCodeAt(k) === code) return path.slice(0, i);
  }
  return path;
}

/** `llm` in `llm.invoke(…)`: the object a method is called on, or undefined for a plain function call. */
export function receiverOf(call: Expr): Expr | undefined {
  const callee = call.children[0];
  return callee?.kind === 'member' ? callee.children[0] : undefined;
}

/** Turns `'a' + x + \`b${y}\`` (or Python's `"a" % x`) into one template: literal text with `{}` where values go. */
export function joinAsTemplate(expr: Expr, pieces: readonly Expr[]): void {
  expr.kind = 'template';
  expr.parts = [];
  expr.literal = '';
  for (const piece of pieces) {
    if (piece.kind === 'string') expr.literal += piece.literal;
    else if (piece.kind === 'template') {
      expr.literal += piece.literal;
      expr.parts.push(...(piece.parts ?? []));
    } else {
      expr.literal += '{}';
      expr.parts.push(piece);
    }
  }
}

/**
 * Classes an attribute declaration names: in its annotation (`Optional[Corrector]`, `: Runner`), or in its default when
 * that constructs one (`BashProcess()`, `new Runner()`, `Field(default_factory=BashProcess)`); typing's own names aside.
 */
export function classNamesIn(annotation: string, initializer = ''): string[] {
  // (A private class's leading underscores are its name's: `_session: _BashSession | None`.)
  const constructed = /^\s*(?:new\s+)?(_*[A-Z]\w*)\s*\(/.exec(initializer)?.[1];
  const factory = /default_factory\s*=\s*(_*[A-Z]\w*)/.exec(initializer)?.[1];
  const names = [...(annotation.match(/\b_*[A-Z][A-Za-z0-9_]*\b/g) ?? []), ...[constructed, factory].filter((name): name is string => !!name)];
  return [...new Set(names.filter((name) => !TYPING_NAMES.has(name) && /[a-z]/.test(name)))];
}
const TYPING_NAMES = new Set(['Optional', 'Union', 'List', 'Dict', 'Any', 'ClassVar', 'Type', 'Sequence', 'Callable', 'Literal', 'Annotated', 'Tuple', 'Set', 'Field', 'PrivateAttr', 'Mapping', 'Iterable', 'Iterator', 'Awaitable', 'Coroutine', 'Generator', 'Protocol', 'Final', 'None', 'True', 'False', 'Record', 'Promise', 'Array', 'Partial', 'Readonly', 'Map', 'String', 'Number', 'Boolean', 'Object', 'Date', 'Error']);

/** A Python module inside a package, as an import names it: `.` and `tools` → `.tools`, `pkg` and `tools` → `pkg.tools`. */
export function pythonSubmodule(pkg: string, name: string): string {
  return `${pkg}${pkg.endsWith('.') ? '' : '.'}${name}`;
}
