import { pythonSubmodule, SAME_ORIGIN_CALLEES, type CodeModel } from '../code/codeModel';
import { callsModelOrIsTool, isDeclarationFile } from '../code/codeText';
import { parseCode } from '../code/parseCode';
import { LLM_HINT } from '../catalogue/llmApis';
import { SINK_HINT } from '../catalogue/sinks';
import { SOURCE_HINT, TOOL_HINT } from '../catalogue/sources';
import { languageOf } from '../language';
import { addIncomplete, describeFailure, type IncompleteCheck } from '../incompleteCheck';
import type { FileCandidate } from '../workspaceFiles';
import type { FileTexts, ScannedText } from '../fileTexts';
import { classNamesFor } from './fileAnalysis';
import { calledMethodNames, DISTINCTIVE_NAME, GENERIC_METHODS, pythonModuleStem, resolveModulePath, WorkspaceIndex, type StoredAnalysis } from './workspaceIndex';

/**
 * Rounds for the files analysed before a helper they use had settled. Most builds need one or two; a file whose
 * summaries go round a cycle with its helpers' settles two updates after the cycle shows (WorkspaceIndex.settle).
 * Also the most passes upward after them, and of pruning what the settled summaries no longer reach.
 */
const FINAL_ROUNDS = 8;

/** A method name defined in more files than this is looked up by name for no file (`SummaryLookup.methods`). */
const MAX_DEFINERS_TO_ORDER_BY = 8;

/**
 * For each parsed file of a batch, the other files of the batch that define a method it calls (`x.name(…)`), as
 * their syntax trees say (the outline's regexes miss `getAPIList<Item>(…) {`): analysed first, the analysis of the
 * caller finds their summaries there rather than being redone once they come.
 */
function methodDefinersIn(batch: readonly string[], models: ReadonlyMap<string, CodeModel>): (file: string) => string[] {
  const definers = new Map<string, Set<string>>();
  for (const file of batch) {
    for (const scope of models.get(file)?.scopes ?? []) {
      if (!scope.name || (!scope.className && !scope.objectMethod) || GENERIC_METHODS.has(scope.name)) continue;
      let files = definers.get(scope.name);
      if (!files) definers.set(scope.name, (files = new Set()));
      files.add(file);
    }
  }
  return (file) => {
    const model = models.get(file);
    const found = new Set<string>();
    for (const method of model ? calledMethodNames(model) : []) {
      const files = definers.get(method);
      if (files && files.size <= MAX_DEFINERS_TO_ORDER_BY) for (const definer of files) if (definer !== file) found.add(definer);
    }
    return [...found];
  };
}

/**
 * What a file shows without parsing: the modules it imports, the functions and classes it defines, the names it calls.
 * A scan cache keeps it (lists for sets), so a file unchanged since the last scan is not read to outline it again.
 */
export interface OutlineFacts {
  language: 'typescript' | 'javascript' | 'python';
  imports: string[];
  defines: string[];
  calls: string[];
  /** Names called as methods (`x.name(`): the analysis resolves only those by name alone (`SummaryLookup.methods`). */
  methodCalls: string[];
  /** Names it hands over as values, in a list or as an argument (`llm.bind_tools([search])`, `ToolNode([search])`). */
  handed: string[];
  /** Names it defines as function properties of object literals (`onUpdate: async (…) => …`). */
  handlers: string[];
  /**
   * Module constants built by a call (`export const searchAgent = new Agent({…})`), or objects (`export const
   * getFigmaDataTool = { …, handler: getFigmaData }`), and the names a barrel passes on: an importer may use them
   * without calling them by name.
   */
  constants: string[];
  /** Module constants that are prompt templates with `{slots}` (`CHAT_PROMPT = """…{context}…"""`): an importer fills them. */
  templates: string[];
  /** Paths of the web routes it registers (`app.post('/api/chat', …)`, `@app.route("/chat")`): a page that fetches one uses this file. */
  routes: string[];
  /** Python decorators it applies by a plain name (`@regist_tool(…)`): one that can make tools makes this file a tool's. */
  decorators: string[];
  /** Objects whose method is chosen at run time (`getattr(self.computer, action)` → `computer`). */
  chosenMethodHolders: string[];
  /** Calls a model or is a tool (`callsModelOrIsTool`): where a build starts. */
  root: boolean;
  /** Calls a model, or has a source or sink shape: its functions can carry data on their own (asked only of helpers). */
  shaped?: boolean;
  /** Imports a tool decorator or has a tool's shape: a decorator it defines can make tools (asked only of definers). */
  makesTools?: boolean;
}

/**
 * A file's outline as the build uses it, with the file (its text is read only when asked for). `shaped` and
 * `makesTools` are worked out on demand into `facts` (which the cache keeps): read them through isShaped/makesTools.
 */
interface Outline extends Omit<OutlineFacts, 'defines' | 'calls' | 'methodCalls' | 'handed' | 'handlers' | 'shaped' | 'makesTools'> {
  facts: OutlineFacts;
  file: ScannedText;
  defines: Set<string>;
  calls: Set<string>;
  methodCalls: Set<string>;
  handed: Set<string>;
  handlers: Set<string>;
}

const JS_IMPORT = /(?:from|import)\s*['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)/g;
const PY_IMPORT = /^[ \t]*(?:from\s+([.\w]+)\s+import|import\s+([\w.]+))/gm;
/** `from . import tools, prompts` (or in parentheses): the package and the names it gives, which may be modules. */
const PY_SUBMODULE_IMPORT = /^[ \t]*from\s+([.\w]+)\s+import\s+(\([^)]*\)|[^\n#]+)/gm;
// class X, function f(, a method `  name(…) {` at a line start, and `f = (…) =>` / `f: function` assignments.
/** A function as a value: `function`, `async (…) =>`, `x =>`. */
const FUNCTION_VALUE = String.raw`(?:async\s*)?(?:function\b|\([^()\n]*\)\s*=>|\w+\s*=>)`;
const JS_DEFINE = new RegExp(String.raw`\bclass\s+(\w+)|\bfunction\s*\*?\s*(\w+)|^[ \t]*(?:(?:async|static|public|private|protected|get|set)\s+)*(\w+)\s*\([^()\n]*\)\s*(?::[^{;=\n]+)?\{|(\w+)\s*[:=]\s*${FUNCTION_VALUE}`, 'gm');
const PY_DEFINE = /^[ \t]*(?:(?:async\s+)?def|class)\s+(\w+)/gm;
const CALL = /(\w+)\s*\(/g;
const METHOD_CALL = /\.\s*(\w+)\s*\(/g;
const JS_CONSTANT = /^export\s+const\s+(\w+)\s*(?::[^=\n]+)?=\s*(?:(?:new\s+)?[\w.]+\s*\(|\[|\{)/gm;
/** `export { a, b as c } from './x'` (not `export type { … }`): the names a barrel passes on. */
const REEXPORT = /^export\s*\{([^}]*)\}\s*from\b/gm;
/** `from .ops import run_code, describe` in a package's `__init__.py`: the names the package passes on. */
const PY_PACKAGE_IMPORT = /^from\s+\.[\w.]*\s+import\s+(\([^)]*\)|[^\n#]+)/gm;
// (…and a module-level list, `TOOLS: list = [search]`: an importer may hand it to a model as its tools.)
const PY_CONSTANT = /^([A-Za-z_]\w*)\s*(?::[^=\n]+)?=\s*(?:[\w.]+\(|\[)/gm;
/** A module-level string constant (`PROMPT = """…`, `export const PROMPT = \`…`), up to its first `{slot}` when it has one. */
const PY_STRING_CONSTANT = /^([A-Za-z_]\w*)\s*=\s*[rRfFuU]?("""|'''|"|')(?:(?!\2)[^{])*\{\{?\w+\}/gm;
const JS_STRING_CONSTANT = /^(?:export\s+)?const\s+(\w+)\s*=\s*([`'"])(?:(?!\2)[^{])*\{\{?\w+\}/gm;
/** `<Answer …>`: rendering a component calls it. */
const JSX_COMPONENT = /<([A-Z]\w*)[\s/>]/g;
const REACT_IMPORT = /from\s+['"]react['"]|require\(\s*['"]react['"]\s*\)/;
/** `fetch('/api/answer'`: a request to the app's own API route (resolved like an import, or to an Express route). */
const SAME_ORIGIN_URL = new RegExp(String.raw`(?<![\w.])${SAME_ORIGIN_CALLEES}\(\s*(?:['"](?:https?:\/\/(?:localhost|127\.0\.0\.1)(?::\d+)?)?|\x60(?:\$\{[\w.]*(?:API|BACKEND|SERVER)\w*\})?)(\/[\w/-]+|(?![\w-]*:)[\w-]+(?:\/[\w-]+)*(?=['"]))`, 'gi');
/** `const API_URL = '/chat'` (or `http://localhost:5000/chat`): a path a page's fetch may be given by name. */
const PATH_CONSTANT = /\b(?:const|let|var)\s+\w*(?:URL|ENDPOINT|PATH|ROUTE)\w*\s*=\s*['"](?:https?:\/\/(?:localhost|127\.0\.0\.1)(?::\d+)?)?(\/[\w/-]+)['"]/gi;
/** Azure Functions' `app.http('assistant', { … })`: the route `/api/assistant`. */
const AZURE_FUNCTION_ROUTE = /\bapp\.http\(\s*['"`]([\w-]+)['"`]/g;
/** A Python page's request to the app's own server (`requests.post("http://localhost:8000/analyze", …)`, or the URL kept in a name). */
const PY_LOCAL_URL = /['"]https?:\/\/(?:localhost|127\.0\.0\.1)(?::\d+)?(\/[\w/-]+)['"]/g;
/** Flask's `@app.route("/chat", …)`, FastAPI's `@app.post("/chat")`: a route this file registers. */
const PY_ROUTE_DEFINITION = /^[ \t]*@\w+\.(?:route|get|post|put|patch|delete)\(\s*[rf]?['"](\/[^'"]*)['"]/gm;
/** `app.post('/api/chat', …)`, `router.get('/ask', …)`: an Express route this file registers. */
const ROUTE_DEFINITION = /\b(?:app|router|server|api|routes|\w+Router)\.(?:get|post|put|patch|delete|all)\(\s*['"`](\/[\w/:.-]*)['"`]/g;
/**
 * A page's `new WebSocket(…)`, and a server's WebSocket endpoint (FastAPI's `@app.websocket(…)`, Starlette's
 * `WebSocketRoute`, the `ws` library's server): the page uses the app's socket server as it would a route.
 */
const WEBSOCKET_CLIENT = /\bnew\s+(?:Reconnecting)?WebSocket\s*\(/;
const WEBSOCKET_SERVER = /^[ \t]*@\w+\.websocket\(|\bWebSocketRoute\(|\bnew\s+(?:WebSocketServer|WebSocket\.Server)\s*\(|\.send_text\(|\.send_json\(/m;
/** The route a page's WebSocket and the app's socket servers share: one socket server per app is the usual shape. */
const WEBSOCKET_ROUTE = '/<websocket>';
/** `getattr(self.computer, action_type)`: a method whose name is not written out, on an object named `computer`. */
const CHOSEN_METHOD = /\bgetattr\(\s*(?:[\w.]*\.)?([A-Za-z]\w*)\s*,\s*(?!['"])/g;
/** A name defined in more files than this says nothing about which one a call reaches (as for the index's methods). */
const MAX_FILES_FOR_A_NAME = 2;
/** A distinctive name that a few files each define as a function property of an object literal is one interface. */
const MAX_FILES_FOR_A_HANDLER = 4;
const FUNCTION_PROPERTY = new RegExp(String.raw`(\w+)\s*:\s*${FUNCTION_VALUE}`, 'g');

/** `@regist_tool(title=…)` at a line's start: a decorator applied by its plain name. */
const PY_DECORATOR = /^[ \t]*@([A-Za-z_]\w*)\s*(?:\(|$)/gm;
/** `from langchain.agents import tool`: a file that may wrap LangChain's tool decorator in one of its own (TOOL_HINT sees the rest). */
const IMPORTS_TOOL_DECORATOR = /\bimport\b[^\n]*\btool\b/;

/** `[search, scrape]`, `tools=[search]`, `ToolNode([search])`: a name in a list or passed as an argument. */
// (…or a module's function, `tools=[tools.run_sql]`: the name after the module's.)
const HANDED_OVER = /[[(,]\s*(?:[A-Za-z_$][\w$]*\.)?([A-Za-z_$][\w$]*)\s*(?=[\],)])/g;
/** `{ [fetchUrlTool.name]: fetchUrl, ping: pingHandler }`: a function held in a table by key, to be picked at run time. */
const TABLE_VALUE = /(?:^|[{,])\s*(?:\[[\w$.]+\]|[\w$]+|'[^'\n]+'|"[^"\n]+")\s*:\s*([A-Za-z_$][\w$]*)\s*(?=[,}\n])/gm;

/** A model call, or a source or sink shape: a file whose functions can carry data on their own. */
export function hasFlowShape(text: string): boolean {
  return LLM_HINT.test(text) || TOOL_HINT.test(text) || SINK_HINT.test(text) || SOURCE_HINT.test(text);
}

/**
 * A prompt builder (`toPrompt(data)` returning `` `You are a data analyst…${data.files…}` ``): what its parameters
 * carry and where it puts them decide a finding's origin and destination, so the index reads it.
 */
const PROMPT_BUILDER = /\b(You are|You're|Your (task|job|role|goal) is|Respond (only )?(with|in)|Answer (only )?(from|using|based))\b[^`]{0,2000}(\$\{|\{\w)/;

/** A chat message written with its role (`{ role: 'system', content }`): a helper or class that builds a model's messages. */
const CHAT_MESSAGE = /\brole['"]?\s*[:=]\s*['"](system|user|assistant|developer)['"]/;

function isShaped({ facts, file }: Outline): boolean {
  return (facts.shaped ??= facts.templates.length > 0 || hasFlowShape(file.text()) || PROMPT_BUILDER.test(file.text()) || CHAT_MESSAGE.test(file.text()) || IMPORTS_TOOL_DECORATOR.test(file.text()));
}

function makesTools({ facts, file }: Outline): boolean {
  return (facts.makesTools ??= IMPORTS_TOOL_DECORATOR.test(file.text()) || TOOL_HINT.test(file.text()));
}

function withSets(facts: OutlineFacts, file: ScannedText): Outline {
  return { ...facts, facts, file, defines: new Set(facts.defines), calls: new Set(facts.calls), methodCalls: new Set(facts.methodCalls), handed: new Set(facts.handed), handlers: new Set(facts.handlers) };
}

function outline(file: string, text: string, language: OutlineFacts['language']): OutlineFacts {
  const python = language === 'python';
  const imports = [...text.matchAll(python ? PY_IMPORT : JS_IMPORT)].map((m) => m[1] ?? m[2]).filter(Boolean);
  // `from . import tools`, `from pkg import tools`: a name imported from a package may be its module.
  if (python) for (const m of text.matchAll(PY_SUBMODULE_IMPORT)) for (const name of m[2].replace(/[()\\]/g, ' ').split(',')) {
    const imported = name.trim().split(/\s+as\s+/)[0];
    if (/^[A-Za-z_]\w*$/.test(imported)) imports.push(pythonSubmodule(m[1], imported));
  }
  // (`fetch("text_completion")` from a page is the route `/text_completion`.)
  if (!python) for (const m of [...text.matchAll(SAME_ORIGIN_URL), ...text.matchAll(PATH_CONSTANT)]) imports.push(m[1].startsWith('/') ? m[1] : `/${m[1]}`);
  // (`API_URL = "http://localhost:8000/analyze"`, then `requests.post(API_URL, …)`: the app's own backend route.)
  if (python) for (const m of text.matchAll(PY_LOCAL_URL)) imports.push(m[1]);
  const defines = new Set([...text.matchAll(python ? PY_DEFINE : JS_DEFINE)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]).filter(Boolean));
  const calls = new Set([...text.matchAll(CALL)].map((m) => m[1]));
  const methodCalls = new Set([...text.matchAll(METHOD_CALL)].map((m) => m[1]));
  const handed = new Set([...text.matchAll(HANDED_OVER), ...(python ? [] : text.matchAll(TABLE_VALUE))].map((m) => m[1]));
  const chosenMethodHolders = [...new Set([...text.matchAll(CHOSEN_METHOD)].map((m) => m[1]))];
  // JSX only where it can be (`.tsx`/`.jsx`, or a `.js` file importing React): elsewhere `<Foo>` is a type argument.
  if (/\.[jt]sx$/.test(file) || (!python && REACT_IMPORT.test(text))) for (const m of text.matchAll(JSX_COMPONENT)) calls.add(m[1]);
  const templates = [...text.matchAll(python ? PY_STRING_CONSTANT : JS_STRING_CONSTANT)].map((m) => m[1]);
  const constants = [...[...text.matchAll(python ? PY_CONSTANT : JS_CONSTANT)].map((m) => m[1]), ...templates];
  // A barrel's names (`export { getFigmaDataTool } from './get-figma-data-tool.js'`): an importer may use them.
  // (A package's `__init__.py` importing from its modules, `from .ops import run_code`, passes those on the same way.)
  const reexports = python ? (/(^|\/)__init__\.py$/.test(file) ? PY_PACKAGE_IMPORT : undefined) : REEXPORT;
  if (reexports) for (const m of text.matchAll(reexports)) constants.push(...m[1].replace(/[()\\]/g, ' ').split(',').map((name) => name.trim().split(/\s+as\s+/).pop()!).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name)));
  const handlers = new Set(python ? [] : [...text.matchAll(FUNCTION_PROPERTY)].map((m) => m[1]));
  const routes = [...text.matchAll(python ? PY_ROUTE_DEFINITION : ROUTE_DEFINITION)].map((m) => m[1]);
  if (WEBSOCKET_SERVER.test(text)) routes.push(WEBSOCKET_ROUTE);
  if (!python && WEBSOCKET_CLIENT.test(text)) imports.push(WEBSOCKET_ROUTE);
  if (!python) for (const m of text.matchAll(AZURE_FUNCTION_ROUTE)) routes.push(`/api/${m[1]}`);
  const decorators = python ? [...text.matchAll(PY_DECORATOR)].map((m) => m[1]) : [];
  return { language, imports, defines: [...defines], calls: [...calls], methodCalls: [...methodCalls], handed: [...handed], constants, templates, handlers: [...handlers], routes, decorators, chosenMethodHolders, root: callsModelOrIsTool(file, text) };
}

/**
 * Computes the function summaries a scan needs, on demand: starting from the files that call a model, it follows
 * their imports and distinctive method calls down to the helpers they use, and goes up to the files that import a
 * file whose functions carry data — so a monorepo's unrelated code is never parsed for the index. Summaries are
 * recomputed for a file's dependents until they settle (a chain of helpers three files deep). Returns the parsed
 * models so the rules do not parse again.
 */
export async function buildWorkspaceIndex(
  files: readonly FileCandidate[],
  /** The scan's files: read once, shared with the rules; a file a scan cache knows unchanged is read only if parsed. */
  texts: FileTexts,
  reuse?: WorkspaceIndex,
  /** false: every code file is a root and a helper (the unfiltered baseline the prefilter is tested against). */
  prefilter = true,
  /** Awaited before each file: the editor's worker lets a document scan go first. */
  pause?: () => Promise<void> | void,
  /** Asked before each file is parsed or analysed: true leaves it to its own document scan (an open file). */
  skip?: (file: string) => boolean,
  /** Analyses a scan cache kept, by file: put back where the text is the same, analysed again only where an answer changed. */
  restorable?: ReadonlyMap<string, StoredAnalysis>,
): Promise<{ index: WorkspaceIndex; models: Map<string, CodeModel>; indexed: number; codeFiles: number; incomplete: IncompleteCheck[] }> {
  const index = reuse ?? new WorkspaceIndex();
  // A file whose parse or analysis fails leaves the index (no stale summaries) and the build goes on without it.
  const models = new Map<string, CodeModel>();
  const incomplete: IncompleteCheck[] = [];
  const failed = new Set<string>();
  const attempt = async <T>(file: string, part: string, run: () => T | Promise<T>): Promise<T | undefined> => {
    try {
      return await run();
    } catch (error) {
      addIncomplete(incomplete, { file, part, reason: describeFailure(error) });
      failed.add(file);
      models.delete(file);
      index.remove(file);
      return undefined;
    }
  };
  // Where each file is on disk: a prompt file the code names is read beside it.
  index.locate(files);
  const outlines = new Map<string, Outline>();
  for (const file of files) {
    const language = languageOf(file.relative);
    if ((language !== 'typescript' && language !== 'javascript' && language !== 'python') || isDeclarationFile(file.relative)) continue;
    await pause?.();
    const read = texts.get(file);
    if (!('skipped' in read)) outlines.set(file.relative, withSets((read.outline ??= outline(file.relative, read.text(), language)), read));
  }
  // Summaries a scan cache kept for these very texts go back first, before anything is analysed: every analysis, and
  // every check that a kept one still holds, then meets the whole index (as the last round of the run that kept them did).
  const restored = new Set<string>();
  for (const [file, stored] of restorable ?? []) {
    const read = outlines.get(file)?.file;
    if (read && !index.has(file) && !skip?.(file) && stored.entry.hash === read.indexHash()) {
      index.restore(file, stored);
      restored.add(file);
    }
  }
  const pythonByStem = new Map<string, string[]>();
  const definedIn = new Map<string, string[]>();
  for (const [file, { defines }] of outlines) {
    const stem = pythonModuleStem(file);
    if (stem) pythonByStem.set(stem, [...(pythonByStem.get(stem) ?? []), file]);
    for (const name of defines) definedIn.set(name, [...(definedIn.get(name) ?? []), file]);
  }
  const routeFiles = new Map<string, string[]>();
  for (const [file, { routes }] of outlines) for (const route of routes) routeFiles.set(route, [...(routeFiles.get(route) ?? []), file]);
  // A same-origin path (`fetch('/api/chat')`) is a Next.js route file, or the files registering that Express route.
  const resolveAll = (from: string, module: string): string[] => {
    const target = resolveModulePath(from, module, (f) => outlines.has(f), (stem) => pythonByStem.get(stem) ?? []);
    if (target) return [target];
    return module.startsWith('/') ? routeFiles.get(module) ?? [] : [];
  };
  const importers = new Map<string, string[]>();
  for (const [file, { imports }] of outlines) {
    for (const module of imports) {
      for (const target of resolveAll(file, module)) if (target !== file) importers.set(target, [...(importers.get(target) ?? []), file]);
    }
  }

  // What each file may use: files it imports that define a name it calls, and the few files that define a
  // distinctive name it calls (a method of an object whose type is unknown).
  const dependencies = (file: string): string[] => {
    const { imports, calls, methodCalls, handed, file: read, constants, chosenMethodHolders } = outlines.get(file)!;
    const passedOn = new Set(constants); // (a barrel's or package's names come from the modules it imports)
    const found = new Set<string>();
    for (const module of imports) {
      for (const target of resolveAll(file, module)) {
        // An API route is called over HTTP, not by name; a module constant is used without a call; a function handed
        // over as a value (`llm.bind_tools([search])`) runs where it is given.
        const used = outlines.get(target)!;
        if (module.startsWith('/') || [...used.defines].some((name) => calls.has(name) || handed.has(name) || passedOn.has(name)) || used.constants.some((name) => new RegExp(`\\b${name}\\b`).test(read.text()))) found.add(target);
      }
    }
    for (const name of calls) {
      // A plain call (`helper(…)`) reaches a function this file defines or imports, never one found by its name alone;
      // a method (`agent.generate_sql(…)`) or a class (`Pipeline(…)`) may be any file's.
      if (GENERIC_METHODS.has(name) || (!methodCalls.has(name) && !/^[A-Z]/.test(name))) continue;
      const definers = definedIn.get(name) ?? [];
      if (definers.length <= MAX_FILES_FOR_A_NAME || (definers.length <= MAX_FILES_FOR_A_HANDLER && DISTINCTIVE_NAME.test(name) && definers.every((d) => outlines.get(d)!.handlers.has(name)))) {
        definers.forEach((d) => found.add(d));
      }
    }
    // `getattr(self.computer, action)`: a method chosen at run time, of the classes the object is named for.
    for (const holder of chosenMethodHolders) {
      const nouns = classNamesFor(holder).filter((noun) => /^[A-Z][a-z]/.test(noun));
      for (const [name, definers] of definedIn) if (nouns.some((noun) => name.endsWith(noun))) definers.forEach((d) => found.add(d));
    }
    found.delete(file);
    return [...found];
  };
  const uses = new Map<string, string[]>();
  const usesOf = (file: string): string[] => {
    let found = uses.get(file);
    if (!found) uses.set(file, (found = dependencies(file)));
    return found;
  };

  // A helper with no shape of its own that hands its arguments to one that has (a tool's module calling a service
  // class whose request helper runs a shell): it can carry the flow, so it counts as shaped. Three files down at most.
  // (Remembered by file and depth: a file first met deep down has less of the three files left to look through.)
  const leadsToShape = new Map<string, boolean>();
  const shapedOrLeadsToShape = (file: string, depth = 0): boolean => {
    if (isShaped(outlines.get(file)!)) return true;
    if (depth >= 3) return false;
    const key = `${depth}\0${file}`;
    let found = leadsToShape.get(key);
    if (found === undefined) {
      leadsToShape.set(key, false); // a cycle answers no
      found = usesOf(file).some((used) => shapedOrLeadsToShape(used, depth + 1));
      leadsToShape.set(key, found);
    }
    return found;
  };

  // Down from the given files to the helpers with a model, source or sink shape of their own (or below them), into
  // `into`; returns the files added.
  const selectInto = (into: Set<string>, start: readonly string[]): string[] => {
    const added: string[] = [];
    const stack = [...start];
    while (stack.length) {
      const file = stack.pop()!;
      if (into.has(file)) continue;
      into.add(file);
      added.push(file);
      for (const used of usesOf(file)) if ((!prefilter || shapedOrLeadsToShape(used)) && !into.has(used)) stack.push(used);
    }
    return added;
  };
  const selected = new Set<string>();
  const select = (start: readonly string[]): string[] => selectInto(selected, start);
  // Helpers before their callers, so most files are analysed once, against summaries that are already there: the
  // batch's groups of files that use one another (Tarjan's strongly connected components come out helpers first), and
  // inside a group that uses itself round, the files most of it uses first — an SDK's client, whose methods its 97
  // resource classes call, once more rather than each of them.
  const helpersFirst = (batch: readonly string[], methodDefiners: (file: string) => string[]): string[] => {
    const inBatch = new Set(batch);
    const edges = new Map(batch.map((file) => [file, [...new Set([...usesOf(file), ...methodDefiners(file)])].filter((used) => inBatch.has(used) && used !== file)]));
    const ordered: string[] = [];
    const number = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const visit = (file: string) => {
      number.set(file, number.size);
      low.set(file, number.get(file)!);
      stack.push(file);
      onStack.add(file);
      for (const used of edges.get(file)!) {
        if (!number.has(used)) {
          visit(used);
          low.set(file, Math.min(low.get(file)!, low.get(used)!));
        } else if (onStack.has(used)) low.set(file, Math.min(low.get(file)!, number.get(used)!));
      }
      if (low.get(file) !== number.get(file)) return;
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== file);
      const inGroup = new Set(group);
      const usedBy = new Map(group.map((f) => [f, 0]));
      for (const f of group) for (const used of edges.get(f)!) if (inGroup.has(used)) usedBy.set(used, usedBy.get(used)! + 1);
      ordered.push(...group.sort((a, b) => usedBy.get(b)! - usedBy.get(a)!));
    };
    for (const file of batch) if (!number.has(file)) visit(file);
    return ordered;
  };

  let callers: Map<string, string[]> | undefined;
  let handers: Map<string, string[]> | undefined;
  // Files that call a name, or (when `handing`) hand it to a call that runs it — `run_in_threadpool(store.add_text_source,
  // title, text)`, `build_agent(retrieve_context)` —, and then only those with a flow's shape: a library hands
  // functions over everywhere, and going up through each would index most of it.
  const callersOf = (name: string, handing = false): string[] => {
    if (!callers || !handers) {
      callers = new Map();
      handers = new Map();
      for (const [file, outline] of outlines) {
        for (const called of outline.calls) callers.set(called, [...(callers.get(called) ?? []), file]);
        for (const given of outline.handed) if (!outline.calls.has(given)) handers.set(given, [...(handers.get(given) ?? []), file]);
      }
    }
    const calling = callers.get(name) ?? [];
    return handing ? [...calling, ...(handers.get(name) ?? []).filter((file) => isShaped(outlines.get(file)!))] : calling;
  };

  // …and the files whose functions wear a decorator, theirs or another file's, that can make tools (`@regist_tool(…)`).
  const toolDecorated = ({ decorators }: Outline) =>
    decorators.some((name) => (definedIn.get(name) ?? []).some((definer) => makesTools(outlines.get(definer)!)));
  // Up to the files that import one whose functions carry data, or call its methods by name: they may hold the flow's
  // other end.
  const callersAbove = (file: string, known: ReadonlySet<string>): string[] =>
    index.carryingNames(file).flatMap(({ name, onlyStores }) =>
      (name === '' ? importers.get(file) ?? [] : callersOf(name, true)).filter((caller) => !known.has(caller) && (!onlyStores || isShaped(outlines.get(caller)!))),
    );
  const upwardFrom = (files: readonly string[]): string[] => files.flatMap((file) => callersAbove(file, selected));
  const roots = [...outlines].filter(([, o]) => !prefilter || o.root || toolDecorated(o)).map(([file]) => file);
  let batch = select(roots);
  // Files analysed before a helper they use was summarised (or kept from a run where it said otherwise): once more,
  // for those the index would now answer otherwise.
  const runFinalRounds = async (files: string[]): Promise<void> => {
    const dependents = new Map<string, string[]>();
    for (const file of files) for (const used of usesOf(file)) dependents.set(used, [...(dependents.get(used) ?? []), file]);
    let pending = files;
    for (let round = 0; round < FINAL_ROUNDS && pending.length; round++) {
      const next = new Set<string>();
      for (const file of pending) {
        await pause?.();
        const { file: read, language } = outlines.get(file)!;
        if (skip?.(file) || failed.has(file) || index.isCurrentAt(file, read.indexHash())) continue;
        const model = models.get(file) ?? (await attempt(file, 'syntax tree', () => parseCode(file, read.text(), language)));
        if (!model) continue;
        models.set(file, model);
        if (await attempt(file, 'data-flow analysis', () => index.update(file, read.text(), model))) {
          (dependents.get(file) ?? []).forEach((d) => next.add(d));
          // A helper whose model call this file's sink now runs (or no longer runs) reads that as powerful.
          index.factTargetsOf(file).forEach((target) => models.has(target) && next.add(target));
        }
      }
      // A file can also be asked about by a method's name alone, not only through what it imports: once its dependents
      // have settled, the files whose answers still changed get their round too.
      pending = next.size ? [...next] : files.filter((file) => !skip?.(file) && !failed.has(file) && index.has(file) && !index.isCurrentAt(file, outlines.get(file)!.file.indexHash()));
    }
  };
  // What a build from the summaries now in the index reaches: the roots, the helpers below them, and the callers above
  // a file whose functions carry data (and the helpers below those), as `select` and `upwardFrom` walk it.
  const reachable = (start: readonly string[]): Set<string> => {
    const reach = new Set<string>();
    const down = (from: readonly string[]) => selectInto(reach, from);
    for (let frontier = down(start); frontier.length; ) {
      frontier = down(frontier.flatMap((file) => callersAbove(file, reach)));
    }
    return reach;
  };
  let indexedFiles: string[] = [];
  // (A summary can start carrying data only in the final rounds, when a helper settles: its callers are then looked
  // for once more, so a fresh build reaches the files a build from settled, cached summaries reaches.)
  for (let pass = 0; batch.length && pass < FINAL_ROUNDS; pass++) {
    while (batch.length) {
      const upward: string[] = [];
      // Every class of the batch and its bases first (a parse says them): an analysis asks for a class's bases.
      for (const file of batch) {
        await pause?.();
        const { file: read, language } = outlines.get(file)!;
        // Already analysed at this very text, against answers that still hold (the editor's document scan of an open
        // file): nothing to parse or do again. One a scan cache put back has its classes in the index already: parsed
        // below only if its kept analysis still does not hold once its helpers are analysed (its text then read).
        if (skip?.(file) || failed.has(file) || restored.has(file) || index.isCurrentAt(file, read.indexHash())) continue;
        const model = await attempt(file, 'syntax tree', () => parseCode(file, read.text(), language));
        if (!model) continue;
        models.set(file, model);
        index.declareClasses(file, model.classBases, model.attributeTypes, model.fieldKinds);
      }
      const ordered = helpersFirst(batch, methodDefinersIn(batch, models));
      for (const file of ordered) {
        await pause?.();
        const { file: read, language } = outlines.get(file)!;
        // Asked again now that the helpers before it are analysed: one parsed above because its kept analysis did not
        // hold then may hold now (a helper analysed again to the same summaries), one that held may have gone stale.
        if (failed.has(file)) continue;
        if (!index.isCurrentAt(file, read.indexHash()) && !skip?.(file)) {
          const model = models.get(file) ?? (await attempt(file, 'syntax tree', () => parseCode(file, read.text(), language)));
          if (!model) continue;
          models.set(file, model);
          await attempt(file, 'data-flow analysis', () => index.update(file, read.text(), model));
          if (failed.has(file)) continue;
        }
        upward.push(...upwardFrom([file]));
      }
      batch = select(upward);
    }
    // A kept analysis of a file this build did not reach (what used it changed) is no longer the workspace's.
    for (const file of restored) if (!selected.has(file) && !models.has(file)) (index.remove(file), restored.delete(file));
    indexedFiles = [...new Set([...models.keys(), ...[...restored].filter((file) => index.has(file))])];
    await runFinalRounds(indexedFiles);
    batch = select(upwardFrom(indexedFiles));
  }
  // The index holds what the settled summaries reach, not what the way there did: a file reached only through a
  // summary that carried data on the way and no longer does leaves it (a build that starts from cached, settled
  // summaries would never reach it, and a file in the index is one the flow rules look at), and the rest settle again.
  for (let prune = 0; prune < FINAL_ROUNDS; prune++) {
    const reach = reachable(roots);
    const stray = indexedFiles.filter((file) => index.has(file) && !reach.has(file) && !skip?.(file));
    if (!stray.length) break;
    for (const file of stray) (index.remove(file), models.delete(file), restored.delete(file));
    indexedFiles = indexedFiles.filter((file) => index.has(file));
    await runFinalRounds(indexedFiles);
  }
  return { index, models, indexed: indexedFiles.filter((file) => index.has(file)).length, codeFiles: outlines.size, incomplete };
}
