import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { CodeModel } from '../code/codeModel';
import { LineIndex } from '../textPositions';
import { analyseFile, type FileAnalysis } from './fileAnalysis';
import type { FunctionSummary } from './taint';
import { joinSummaries } from './summaryJoin';
import { promptFileSlotsOf, TEMPLATE_FOLDER, unescapedTemplateNames } from './promptFiles';
import type { PromptDestination } from './promptPolicy';

/** How a file's analysis finds the summaries of functions defined elsewhere in the workspace. */
export interface SummaryLookup {
  /** `import { f } from './helpers'` in `fromFile` → the summaries of `f` in that module. */
  imported(fromFile: string, module: string, name: string): FunctionSummary[];
  /** Methods named `name` when types are unknown: only a distinctive name (few classes define it) says which. */
  methods(name: string): FunctionSummary[];
  /** `method` of `className`, inherited from its bases or overridden in its subclasses (other files than `except`). */
  classMethods(className: string, method: string, except: string): FunctionSummary[];
  /** Every method of the classes named for `noun` (`Computer`, or ending in it: `DockerComputer`). */
  methodsOfClassesNamed(noun: string): FunctionSummary[];
  /** Base classes of a class, across the workspace. */
  basesOf(className: string): string[];
  /** Classes an attribute of a class (or of its bases) holds, as its body declares it (`writer: Agent = Agent(…)`). */
  attributeClasses(className: string, attribute: string): string[];
  /**
   * What the workspace's class bodies declare a field of this name to hold: 'scalar' when every one makes it a number or
   * boolean, 'text' when any does not, undefined when none declares it.
   */
  fieldKind(name: string): 'scalar' | 'text' | undefined;
  /**
   * What other files' analyses found about `file`: `line:character` of a model call there whose output reaches a sink
   * in another file, `tool:name` of a function there that another file hands a model as a tool, `toollist:NAME` of a
   * module-level list there that another file hands a model as its tools.
   */
  factsAbout(file: string): string[];
  /** True when the file is in the index: it was found to use (or be) a function that carries data. */
  has(file: string): boolean;
  /** The workspace file a module imported from `fromFile` is, when it is one. */
  moduleFile(fromFile: string, module: string): string | undefined;
  /** The handlers of a web route of the workspace (Express, Flask, FastAPI), by `METHOD /path`. */
  route(key: string): FunctionSummary[];
  /**
   * The LangGraph nodes of the workspace that return a value under this state channel's key (`return { report: … }`):
   * what another node reads as `state.report` (a graph's nodes and subgraphs share one state).
   */
  graphNodesWriting(channel: string): FunctionSummary[];
  /** The workspace's functions that send something over a WebSocket (`sendsOverWebSocket`): the app's own socket server. */
  webSocketSenders(): FunctionSummary[];
  /**
   * Where each input of a prompt file the code names (`prompty.execute("writer.prompty", …)`, relative to `fromFile`'s
   * folder or the workspace) lands; undefined when the file cannot be read.
   */
  promptFile(fromFile: string, written: string): Record<string, PromptDestination> | undefined;
  /**
   * The names a template file the code renders (`render_template("result.html", …)`, found beside the code or in a
   * `templates/` folder there or at the workspace's top) writes unescaped (`{{ result.analysis|safe }}`); undefined
   * when the file cannot be read.
   */
  templateFile(fromFile: string, written: string): string[] | undefined;
}

/** What the index keeps of one analysed file. */
export interface IndexedFile {
  hash: string;
  summaries: FunctionSummary[];
  classBases: Record<string, string[]>;
  /** `Class\0attribute` → the classes it holds, from the class bodies (see `CodeModel.attributeTypes`). */
  attributeTypes: Record<string, string[]>;
  /** Field name → 'scalar' or 'text', from the class bodies (see `CodeModel.fieldKinds`). */
  fieldKinds: Record<string, 'scalar' | 'text'>;
  /** Modules this file imports, as written (for finding who depends on whom). */
  imports: string[];
  /** Names it imports (or passes on from a barrel, `export { x } from './x'`): an importer of this file may mean them. */
  forwards: CodeModel['importBindings'];
  /** Method names it calls on receivers (`self.llm.generate_code` → generate_code). */
  calledMethods: string[];
  /** What this file says about others (`file\0line:character`, `file\0tool:name`): see `SummaryLookup.factsAbout`. */
  factsForOtherFiles: string[];
}

const MAX_CLASSES_FOR_A_NAME = 2;
/** A prompt file larger than this is no template (and is not read on every analysis). */
const MAX_PROMPT_FILE_BYTES = 1024 * 1024;
/** A prompt file modified this recently is read again on the next ask (its timestamp cannot prove it unchanged). */
const RACY_MS = 2000;

/**
 * A long name of two or more words (`onUpdateDocument`, `generate_sql_query`): a function property of an object
 * literal with such a name is found by it where a method is called on an unknown object (the handlers of a dispatch
 * table), and a few files may each define one. Shorter names are too common to say which function runs.
 */
export const DISTINCTIVE_NAME = /^(?=.{12,})\w*([a-z][A-Z]|[a-z]_[a-z])\w*$/;

/**
 * Methods of the language's own strings, arrays, maps and promises (`answer.trim()`, `parts.concat(…)`,
 * `text.lower()`): with the receiver's type unknown, a workspace class that happens to define one (a schema
 * library's `trim`) is far less likely to run than the built-in, which passes its receiver's data through.
 */
const BUILT_IN_VALUE_METHODS = ['trim', 'trimStart', 'trimEnd', 'toLowerCase', 'toUpperCase', 'includes', 'startsWith', 'endsWith', 'concat', 'slice', 'substring', 'substr', 'indexOf', 'lastIndexOf', 'charAt', 'padStart', 'padEnd', 'repeat', 'match', 'matchAll', 'replaceAll', 'at', 'some', 'every', 'reduce', 'forEach', 'flatMap', 'flat', 'sort', 'reverse', 'pop', 'shift', 'unshift', 'splice', 'fill', 'entries', 'lower', 'upper', 'encode', 'decode', 'startswith', 'endswith', 'lstrip', 'rstrip', 'extend', 'insert', 'copy', 'setdefault', 'finally', 'end'];

// Names too common to resolve by name alone: every class has them, so a match says nothing.
export const GENERIC_METHODS = new Set(['__init__', 'constructor', 'get', 'set', 'run', 'call', 'invoke', 'create', 'update', 'delete', 'send', 'write', 'read', 'close', 'open', 'load', 'save', 'push', 'append', 'map', 'filter', 'then', 'catch', 'toString', 'format', 'join', 'split', 'strip', 'replace', 'items', 'keys', 'values', 'json', 'text', 'query', 'execute', 'search', 'find', 'render', 'log', 'info', 'debug', 'warn', 'error', 'parse', 'stringify', 'fetch', 'post', 'put', 'patch', 'request', 'stream', 'next', 'pipe', 'handle', 'process', 'emit', 'on', 'apply', 'bind', 'toJSON', 'valueOf', 'validate', 'transform', 'add', 'remove', 'clear', 'has', 'start', 'stop', 'init', 'reset', ...BUILT_IN_VALUE_METHODS]);

/**
 * The index as one analysis sees it: every question asked is answered once and remembered with its answer, so that
 * later the index can tell whether it would still say the same (`stillTrue`) without analysing again.
 */
class RecordingLookup implements SummaryLookup {
  private readonly asked = new Map<string, { ask: () => readonly (FunctionSummary | string | boolean)[]; said: readonly (FunctionSummary | string | boolean | StoredAnswer)[] }>();

  constructor(private readonly index: WorkspaceIndex) {}

  private answer<T extends FunctionSummary | string | boolean>(key: string, ask: () => T[]): T[] {
    const known = this.asked.get(key);
    if (known) return known.said as T[];
    const said = ask();
    this.asked.set(key, { ask, said });
    return said;
  }

  imported(fromFile: string, module: string, name: string): FunctionSummary[] {
    return this.answer(`i\0${fromFile}\0${module}\0${name}`, () => this.index.imported(fromFile, module, name));
  }

  methods(name: string): FunctionSummary[] {
    return this.answer(`m\0${name}`, () => this.index.methods(name));
  }

  classMethods(className: string, method: string, except: string): FunctionSummary[] {
    return this.answer(`c\0${className}\0${method}\0${except}`, () => this.index.classMethods(className, method, except));
  }

  /** The nouns asked for (`getattr(self.computer, …)` → Computer): an edit to such a class's file concerns this one. */
  readonly classNouns = new Set<string>();

  methodsOfClassesNamed(noun: string): FunctionSummary[] {
    this.classNouns.add(noun);
    return this.answer(`n\0${noun}`, () => this.index.methodsOfClassesNamed(noun));
  }

  basesOf(className: string): string[] {
    return this.answer(`b\0${className}`, () => this.index.basesOf(className));
  }

  factsAbout(file: string): string[] {
    return this.answer(`s\0${file}`, () => this.index.factsAbout(file));
  }

  attributeClasses(className: string, attribute: string): string[] {
    return this.answer(`a\0${className}\0${attribute}`, () => this.index.attributeClasses(className, attribute));
  }

  fieldKind(name: string): 'scalar' | 'text' | undefined {
    return this.answer(`k\0${name}`, () => [this.index.fieldKind(name) ?? ''])[0] || undefined;
  }

  has(file: string): boolean {
    return this.answer(`h\0${file}`, () => [this.index.has(file)])[0];
  }

  moduleFile(fromFile: string, module: string): string | undefined {
    return this.answer(`p\0${fromFile}\0${module}`, () => [this.index.moduleFile(fromFile, module) ?? ''])[0] || undefined;
  }

  route(key: string): FunctionSummary[] {
    return this.answer(`r\0${key}`, () => this.index.route(key));
  }

  webSocketSenders(): FunctionSummary[] {
    return this.answer('W', () => this.index.webSocketSenders());
  }

  graphNodesWriting(channel: string): FunctionSummary[] {
    return this.answer(`w\0${channel}`, () => this.index.graphNodesWriting(channel));
  }

  /** The prompt files asked for (`writer.prompty`, as the code wrote them): an edit to one concerns this file. */
  readonly promptFiles = new Set<string>();

  promptFile(fromFile: string, written: string): Record<string, PromptDestination> | undefined {
    this.promptFiles.add(written);
    const said = this.answer(`f\0${fromFile}\0${written}`, () => [JSON.stringify(this.index.promptFile(fromFile, written) ?? null)])[0];
    return JSON.parse(said) ?? undefined;
  }

  templateFile(fromFile: string, written: string): string[] | undefined {
    // (An edit to the template concerns this file, as a prompt file's does: it is found in either place.)
    this.promptFiles.add(written).add(`${TEMPLATE_FOLDER}/${written}`);
    const said = this.answer(`t\0${fromFile}\0${written}`, () => [JSON.stringify(this.index.templateFile(fromFile, written) ?? null)])[0];
    return JSON.parse(said) ?? undefined;
  }

  stillTrue(): boolean {
    for (const [key, { ask, said }] of this.asked) {
      // (A prompt or template file is read from disk, not from the index's state: asked each time.)
      const now = key.startsWith('f\0') || key.startsWith('t\0') ? ask() : this.index.answerOnce(key, ask);
      if (now.length !== said.length || now.some((value, i) => !sameAnswer(value, said[i]))) return false;
    }
    return true;
  }

  /** The questions and answers, as a scan cache keeps them: a summary by the hash of its text (it only needs comparing). */
  stored(): StoredAnswers {
    return {
      asked: [...this.asked].map(([key, { said }]) => [key, said.map((value) => (typeof value !== 'object' || isStoredSummary(value) ? value : { summary: storedSummaryHash(value) }))]),
      classNouns: [...this.classNouns],
      promptFiles: [...this.promptFiles],
    };
  }

  /** A lookup that was asked these questions in an earlier run, to tell whether the index still answers them so. */
  static restored(index: WorkspaceIndex, stored: StoredAnswers): RecordingLookup {
    const lookup = new RecordingLookup(index);
    for (const [key, said] of stored.asked) lookup.asked.set(key, { ask: lookup.question(key), said });
    stored.classNouns.forEach((noun) => lookup.classNouns.add(noun));
    stored.promptFiles.forEach((written) => lookup.promptFiles.add(written));
    return lookup;
  }

  /** The question a key stands for, asked of the index again (the key's fields, as `answer` wrote them). */
  private question(key: string): () => readonly (FunctionSummary | string | boolean)[] {
    const [kind, a = '', b = '', c = ''] = key.split('\0');
    const index = this.index;
    switch (kind) {
      case 'i': return () => index.imported(a, b, c);
      case 'm': return () => index.methods(a);
      case 'c': return () => index.classMethods(a, b, c);
      case 'n': return () => index.methodsOfClassesNamed(a);
      case 'b': return () => index.basesOf(a);
      case 's': return () => index.factsAbout(a);
      case 'a': return () => index.attributeClasses(a, b);
      case 'k': return () => [index.fieldKind(a) ?? ''];
      case 'h': return () => [index.has(a)];
      case 'p': return () => [index.moduleFile(a, b) ?? ''];
      case 'r': return () => index.route(a);
      case 'w': return () => index.graphNodesWriting(a);
      case 'W': return () => index.webSocketSenders();
      case 'f': return () => [JSON.stringify(index.promptFile(a, b) ?? null)];
      case 't': return () => [JSON.stringify(index.templateFile(a, b) ?? null)];
      // A question this build does not know (a cache from another build is never read; still, never vouch for it).
      default: return () => [NEVER_SAID];
    }
  }
}

const NEVER_SAID = '\0never said';

/** An answer as a scan cache keeps it: strings and booleans as they are, a summary by the hash of its text. */
export type StoredAnswer = string | boolean | { summary: string };

/** What a file's analysis asked the index, kept with its summaries so a later run can reuse them without parsing. */
export interface StoredAnswers {
  asked: [string, StoredAnswer[]][];
  classNouns: string[];
  promptFiles: string[];
}

/** A file's analysis as a scan cache keeps it. */
export interface StoredAnalysis extends StoredAnswers {
  entry: IndexedFile;
}

function sameAnswer(now: FunctionSummary | string | boolean, said: FunctionSummary | string | boolean | StoredAnswer): boolean {
  if (now === said) return true;
  if (typeof now !== 'object' || typeof said !== 'object') return false;
  return isStoredSummary(said) ? storedSummaryHash(now) === said.summary : summaryText(now) === summaryText(said);
}

function isStoredSummary(value: FunctionSummary | { summary: string }): value is { summary: string } {
  return 'summary' in value && Object.keys(value).length === 1;
}

const summaryHashes = new WeakMap<FunctionSummary, string>();
function storedSummaryHash(summary: FunctionSummary): string {
  let hash = summaryHashes.get(summary);
  if (hash === undefined) summaryHashes.set(summary, (hash = createHash('sha1').update(summaryText(summary)).digest('base64')));
  return hash;
}

/** The method names a file calls (`name` of `x.name(…)`), once each: what a name-based lookup of its analysis may ask. */
export function calledMethodNames(model: CodeModel): string[] {
  const names = new Set<string>();
  for (const scope of model.scopes) {
    for (const call of scope.calls) {
      const method = /\.(\w+)$/.exec(call.callee ?? '')?.[1];
      if (method) names.add(method);
    }
  }
  return [...names];
}

/** A summary as text, computed once per summary object: a re-analysed helper's summaries are new objects. */
const summaryTexts = new WeakMap<FunctionSummary, string>();
function summaryText(summary: FunctionSummary): string {
  let text = summaryTexts.get(summary);
  if (text === undefined) summaryTexts.set(summary, (text = JSON.stringify(summary)));
  return text;
}

/**
 * A function that yields untrusted text or leads a parameter to a prompt or a sink: its callers can hold a flow.
 * (One that only passes a parameter through creates none: an unknown call does the same.)
 */
function carriesData(summary: FunctionSummary): boolean {
  // A module constant is found from the files that use it (their imports), never by going up to every importer.
  if (summary.constant) return false;
  return passesDataOn(summary) || !!summary.storesParams?.length;
}

/** It returns data (or sends it over a WebSocket), or puts a parameter into a prompt or a sink (not only keeps one in its object). */
function passesDataOn(summary: FunctionSummary): boolean {
  return summary.returns.length > 0 || summary.paramPrompts.length > 0 || summary.paramSinks.length > 0 || !!summary.sendsOverWebSocket?.length;
}

/**
 * A map from a key to the values each file contributes, so one file's entries can be replaced on their own. Files come
 * out in path order whatever order they were added in: an answer (which of two files' `onUpdateDocument` a chain
 * names first) must not depend on which file a build happened to analyse first — a scan that reuses most files'
 * summaries from a cache adds them in another order than a fresh one.
 */
class PerFile<T> {
  private readonly map = new Map<string, Map<string, T[]>>();
  /** Keys that gained a file since their files were last put in order. */
  private readonly unordered = new Set<string>();

  add(key: string, file: string, value: T): void {
    let byFile = this.map.get(key);
    if (!byFile) this.map.set(key, (byFile = new Map()));
    const list = byFile.get(file);
    if (list) list.push(value);
    else {
      if (byFile.size) this.unordered.add(key);
      byFile.set(file, [value]);
    }
  }

  private files(key: string): Map<string, T[]> | undefined {
    const byFile = this.map.get(key);
    if (byFile && this.unordered.delete(key)) {
      const ordered = new Map([...byFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
      this.map.set(key, ordered);
      return ordered;
    }
    return byFile;
  }

  /** Empties the file's list but keeps its place, so a file analysed again does not move its answers to the end. */
  dropFile(key: string, file: string): void {
    const list = this.map.get(key)?.get(file);
    if (list) list.length = 0;
  }

  get(key: string): T[] {
    const out: T[] = [];
    for (const list of this.files(key)?.values() ?? []) out.push(...list);
    return out;
  }

  has(key: string): boolean {
    for (const list of this.map.get(key)?.values() ?? []) if (list.length) return true;
    return false;
  }

  /** The files that contribute values under `key`. */
  filesOf(key: string): string[] {
    return [...(this.files(key) ?? [])].filter(([, list]) => list.length).map(([file]) => file);
  }
}

/**
 * Function summaries of every file in the workspace, keyed by file and cached by content hash, resolved over the
 * import graph. The CLI builds one per scan; the editor's worker keeps one and updates the edited file. Every
 * lookup table is kept up to date file by file, so an update costs what that file contributes.
 */
export class WorkspaceIndex implements SummaryLookup {
  private readonly files = new Map<string, IndexedFile>();
  private readonly methodsByName = new PerFile<FunctionSummary>();
  /** `Class\0method` → its summaries. */
  private readonly methodsByClass = new PerFile<FunctionSummary>();
  /** A class's family (itself, its ancestors, its descendants), cached until some file's class bases change. */
  private families = new Map<string, string[]>();
  private readonly bases = new PerFile<string>();
  /** Each file's classes as last declared (by a build before analysing it, or by its update). */
  private readonly declaredClasses = new Map<string, { classBases: Record<string, string[]>; attributeTypes: Record<string, string[]>; fieldKinds: Record<string, 'scalar' | 'text'> }>();
  /** Field name → what each declaring file's class bodies say it holds. */
  private readonly kindsByField = new PerFile<'scalar' | 'text'>();
  /** `Class\0attribute` → the classes its body declares the attribute to hold, by declaring file. */
  private readonly heldByAttribute = new PerFile<string>();
  private readonly subclasses = new PerFile<string>();
  /** Names of functions that carry data somewhere (returns a taint, passes a parameter on): what mayAffect looks for. */
  private readonly carrying = new PerFile<true>();
  private readonly callers = new PerFile<true>();
  /** File → its model calls whose output another file's sink receives, by that other file. */
  private readonly facts = new PerFile<string>();
  /** The files a file's last two analyses said hold such calls: an edit that adds or removes the sink changes theirs. */
  private readonly factTargets = new Map<string, string[]>();
  private readonly pythonByStem = new PerFile<true>();
  /** `METHOD /path` → the web route handlers registered for it. */
  private readonly routes = new PerFile<FunctionSummary>();
  /** Who imports whom; rebuilt only when a file's imports or the set of files changes. */
  private importers?: Map<string, Set<string>>;
  /** The analysis each update computed, with the index's answers it was given: reusable while every answer is the same. */
  private readonly analyses = new Map<string, { analysis?: FileAnalysis; answers: RecordingLookup }>();
  /**
   * Each file's summaries as its updates computed them since the workspace's texts last changed (`generation`), to see
   * when they go round in a cycle; then `widened`: its summaries are the join of the cycle's and of every later update.
   */
  private readonly settling = new Map<string, { hash: string; generation: number; states: { text: string; summaries: FunctionSummary[]; facts: string[] }[]; widened?: boolean }>();
  /** Counts changes of any file's text (an edit, a removal, a kept analysis put back): a cycle is one among fixed texts. */
  private generation = 0;

  /** Analyses one file against the current index and stores its summaries; returns true when they changed. */
  update(file: string, text: string, model: CodeModel | undefined): boolean {
    const previous = this.files.get(file);
    if (!model) {
      if (!previous) return false;
      this.remove(file);
      return true;
    }
    const answers = new RecordingLookup(this);
    const analysis = analyseFile(file, model, new LineIndex(text), answers, previous?.summaries);
    const entry: IndexedFile = {
      hash: contentHash(text),
      summaries: analysis.summaries,
      classBases: model.classBases,
      attributeTypes: model.attributeTypes ?? {},
      fieldKinds: model.fieldKinds ?? {},
      imports: [...new Set(model.importBindings.map((b) => b.module))],
      forwards: model.importBindings,
      calledMethods: calledMethodNames(model),
      factsForOtherFiles: analysis.factsForOtherFiles,
    };
    if (previous && previous.hash !== entry.hash) this.generation++;
    const summariesText = this.settle(file, entry, previous);
    const factsChanged = (previous?.factsForOtherFiles ?? []).join('\n') !== entry.factsForOtherFiles.join('\n');
    const changed = !previous || factsChanged || JSON.stringify(previous.summaries) !== summariesText || JSON.stringify(previous.classBases) !== JSON.stringify(entry.classBases) || JSON.stringify(previous.attributeTypes) !== JSON.stringify(entry.attributeTypes) || JSON.stringify(previous.fieldKinds) !== JSON.stringify(entry.fieldKinds);
    const targetsOf = (list: readonly string[]) => list.map((at) => at.split('\0')[0]);
    this.factTargets.set(file, [...new Set([...targetsOf(previous?.factsForOtherFiles ?? []), ...targetsOf(entry.factsForOtherFiles)])]);
    if (!previous || previous.imports.join('\n') !== entry.imports.join('\n')) this.importers = undefined;
    if (previous) this.forget(file, previous);
    this.remember(file, entry);
    this.analyses.set(file, { analysis, answers });
    return changed;
  }

  /**
   * Makes a file's summaries settle while no text changes: the analysis is not monotone everywhere (a capped list of
   * taints, one origin winning over another), so a few files' summaries can go round a cycle with their helpers' for
   * ever, re-analysed (and their dependents with them) by every later run. Once an update gives summaries an earlier
   * one of the same texts gave, the cycle's summaries are joined, and so is every later update's: they can only grow,
   * so they settle on one answer covering the cycle's. Returns the summaries' text (the update compares it with the
   * last one: written once per update, since the editor updates an open file on every keystroke).
   */
  private settle(file: string, entry: IndexedFile, previous: IndexedFile | undefined): string {
    let history = this.settling.get(file);
    if (!history || history.hash !== entry.hash || history.generation !== this.generation) {
      this.settling.set(file, (history = { hash: entry.hash, generation: this.generation, states: [] }));
    }
    if (history.widened && previous?.hash === entry.hash) {
      entry.summaries = joinSummaries(previous.summaries, entry.summaries);
      entry.factsForOtherFiles = [...new Set([...entry.factsForOtherFiles, ...previous.factsForOtherFiles])].sort();
      return JSON.stringify(entry.summaries);
    }
    const summariesText = JSON.stringify(entry.summaries);
    const state = { text: `${entry.factsForOtherFiles.join('\n')}\n${summariesText}`, summaries: entry.summaries, facts: entry.factsForOtherFiles };
    const seen = history.states.findIndex((earlier) => earlier.text === state.text);
    if (seen < 0 || seen === history.states.length - 1) {
      // (A cycle longer than this many updates is not looked for: the build's rounds end first.)
      if (history.states.push(state) > 8) history.states.shift();
      return summariesText;
    }
    const cycle = history.states.slice(seen);
    entry.summaries = cycle.reduce((joined, earlier) => joinSummaries(earlier.summaries, joined), entry.summaries);
    entry.factsForOtherFiles = [...new Set([...entry.factsForOtherFiles, ...cycle.flatMap((earlier) => earlier.facts)])].sort();
    history.widened = true;
    history.states = [];
    return JSON.stringify(entry.summaries);
  }

  /**
   * The analysis of the file's last update for this text. After a build it has settled (`settle`), unless the build's
   * rounds ran out first: a scan uses it rather than analysing once more.
   */
  latestAnalysis(file: string, text: string): FileAnalysis | undefined {
    return this.latestAnalysisAt(file, contentHash(text));
  }

  /** `latestAnalysis` for the text whose `contentHash` this is. */
  latestAnalysisAt(file: string, hash: string): FileAnalysis | undefined {
    const stored = this.analyses.get(file);
    return stored && this.files.get(file)?.hash === hash ? stored.analysis : undefined;
  }

  /**
   * The analysis of the file's last update, while its text is the same and the index would give it every answer it
   * gave then. An analysis reads the rest of the workspace only through those answers, so it would come out the same:
   * a helper re-analysed to the same summaries, or one whose change touches none of the names asked, costs nothing.
   */
  currentAnalysis(file: string, text: string): FileAnalysis | undefined {
    return this.isCurrent(file, text) ? this.analyses.get(file)!.analysis : undefined;
  }

  /**
   * True while the file's last analysis holds for this text — this run's, or one a scan cache put back (`restore`):
   * the text is the same and the index would give it every answer it was given.
   */
  isCurrent(file: string, text: string): boolean {
    return this.isCurrentAt(file, contentHash(text));
  }

  /** `isCurrent` for the text whose `contentHash` this is (a scan that did not read an unchanged file knows only that). */
  isCurrentAt(file: string, hash: string): boolean {
    const stored = this.analyses.get(file);
    return !!stored && this.files.get(file)?.hash === hash && stored.answers.stillTrue();
  }

  /** The file's summaries came from a scan cache and have not been computed again in this run. */
  isRestored(file: string): boolean {
    const stored = this.analyses.get(file);
    return !!stored && !stored.analysis;
  }

  /** What a scan cache keeps of the file's last analysis: its summaries and the questions it asked, with the answers. */
  stored(file: string): StoredAnalysis | undefined {
    const entry = this.files.get(file);
    const stored = this.analyses.get(file);
    return entry && stored ? { entry, ...stored.answers.stored() } : undefined;
  }

  /**
   * Puts back a file's summaries from a scan cache, as its last analysis (of the text whose hash they carry) left
   * them, without parsing it. They count as current only while the index gives every answer that analysis was given.
   */
  restore(file: string, stored: StoredAnalysis): void {
    const previous = this.files.get(file);
    if (!previous || previous.imports.join('\n') !== stored.entry.imports.join('\n')) this.importers = undefined;
    if (previous) this.forget(file, previous);
    this.factTargets.set(file, [...new Set(stored.entry.factsForOtherFiles.map((at) => at.split('\0')[0]))]);
    this.generation++;
    this.remember(file, stored.entry);
    this.analyses.set(file, { answers: RecordingLookup.restored(this, stored) });
  }

  remove(file: string): void {
    const entry = this.files.get(file);
    if (!entry) return;
    this.forget(file, entry);
    this.analyses.delete(file);
    this.settling.delete(file);
    this.generation++;
    this.importers = undefined;
  }

  /** Moves on with every change to what an answer can depend on: an answer asked again at the same version is the same. */
  private version = 0;
  private readonly answersAt = new Map<string, readonly (FunctionSummary | string | boolean)[]>();
  private answersVersion = -1;

  /**
   * The index's answer to a question a kept analysis asked, worked out once per state of the index: checking whether
   * a thousand kept analyses still hold asks the same few hundred questions over and over.
   */
  answerOnce(key: string, ask: () => readonly (FunctionSummary | string | boolean)[]): readonly (FunctionSummary | string | boolean)[] {
    if (this.answersVersion !== this.version) {
      this.answersAt.clear();
      this.answersVersion = this.version;
    }
    let answer = this.answersAt.get(key);
    if (!answer) this.answersAt.set(key, (answer = ask()));
    return answer;
  }

  private remember(file: string, entry: IndexedFile): void {
    this.version++;
    this.files.set(file, entry);
    for (const summary of entry.summaries) {
      if (summary.className) {
        this.methodsByName.add(summary.name, file, summary);
        this.methodsByClass.add(`${summary.className}\0${summary.name}`, file, summary);
      } else if (summary.objectMethod && DISTINCTIVE_NAME.test(summary.name)) this.methodsByName.add(summary.name, file, summary);
      if (carriesData(summary)) this.carrying.add(summary.name, file, true);
      for (const route of summary.routes ?? []) this.routes.add(route, file, summary);
    }
    this.declareClasses(file, entry.classBases, entry.attributeTypes, entry.fieldKinds);
    for (const method of entry.calledMethods) this.callers.add(method, file, true);
    for (const at of entry.factsForOtherFiles) {
      const [target, position] = at.split('\0');
      this.facts.add(target, file, position);
    }
    const stem = pythonModuleStem(file);
    if (stem) this.pythonByStem.add(stem, file, true);
  }

  /**
   * Registers a file's classes and their bases, known from its parse alone: a build declares a batch's classes before
   * analysing any of it, so an analysis asking for a class's bases is not answered "none" just because the file that
   * defines the class comes later.
   */
  declareClasses(file: string, classBases: Record<string, string[]>, attributeTypes: Record<string, string[]> = {}, fieldKinds: Record<string, 'scalar' | 'text'> = {}): void {
    this.version++;
    this.undeclareClasses(file);
    this.declaredClasses.set(file, { classBases, attributeTypes, fieldKinds });
    for (const [key, classes] of Object.entries(attributeTypes)) for (const held of classes) this.heldByAttribute.add(key, file, held);
    for (const [name, kind] of Object.entries(fieldKinds)) this.kindsByField.add(name, file, kind);
    if (Object.keys(classBases).length) this.families.clear();
    for (const [name, list] of Object.entries(classBases)) {
      // An anonymous class (`class extends Base {}`) is named '' in its file: one name for all of them would make
      // every anonymous class in the workspace one family.
      if (!name) continue;
      for (const base of list) {
        this.bases.add(name, file, base);
        this.subclasses.add(base, file, name);
      }
    }
  }

  private undeclareClasses(file: string): void {
    const declared = this.declaredClasses.get(file);
    if (!declared) return;
    const { classBases, attributeTypes, fieldKinds } = declared;
    for (const key of Object.keys(attributeTypes)) this.heldByAttribute.dropFile(key, file);
    for (const name of Object.keys(fieldKinds)) this.kindsByField.dropFile(name, file);
    if (Object.keys(classBases).length) this.families.clear();
    for (const [name, list] of Object.entries(classBases)) {
      this.bases.dropFile(name, file);
      for (const base of list) this.subclasses.dropFile(base, file);
    }
    this.declaredClasses.delete(file);
  }

  private forget(file: string, entry: IndexedFile): void {
    this.version++;
    for (const summary of entry.summaries) {
      this.methodsByName.dropFile(summary.name, file);
      if (summary.className) this.methodsByClass.dropFile(`${summary.className}\0${summary.name}`, file);
      this.carrying.dropFile(summary.name, file);
      for (const route of summary.routes ?? []) this.routes.dropFile(route, file);
    }
    this.undeclareClasses(file);
    for (const method of entry.calledMethods) this.callers.dropFile(method, file);
    for (const at of entry.factsForOtherFiles) this.facts.dropFile(at.split('\0')[0], file);
    const stem = pythonModuleStem(file);
    if (stem) this.pythonByStem.dropFile(stem, file);
    this.files.delete(file);
  }

  has(file: string): boolean {
    return this.files.has(file);
  }

  moduleFile(fromFile: string, module: string): string | undefined {
    return this.resolveModule(fromFile, module);
  }

  route(key: string): FunctionSummary[] {
    return this.routes.get(key);
  }

  /** The workspace folder the files' relative paths start from (the editor's folder): prompt files are read from it. */
  root: string | undefined;

  /** Files' places on disk by their relative paths (a CLI scan's paths may start with `../`). */
  private readonly absolutePaths = new Map<string, string>();

  locate(files: readonly { relative: string; absolute: string }[]): void {
    this.version++;
    this.locatedVersion++;
    for (const file of files) this.absolutePaths.set(file.relative, file.absolute);
  }

  /** Prompt files as last read, by absolute path: read again only when their size or modification time changed (an
   * analysis asks on every edit of the code that names one). */
  private readonly promptFilesRead = new Map<string, { size: number; mtimeMs: number; read: Record<string, PromptDestination> }>();

  promptFile(fromFile: string, written: string): Record<string, PromptDestination> | undefined {
    // Beside the code (as Prompty resolves it), then from the workspace's top.
    return this.readBeside(fromFile, written, ['.'], (file, text) => promptFileSlotsOf(file, text), this.promptFilesRead);
  }

  /** Template files as last read (the names each writes unescaped), as `promptFilesRead`. */
  private readonly templateFilesRead = new Map<string, { size: number; mtimeMs: number; read: string[] }>();

  templateFile(fromFile: string, written: string): string[] | undefined {
    // (Flask and Starlette look in a `templates` folder beside the app; a path may also be written from there.)
    return this.readBeside(fromFile, written, [TEMPLATE_FOLDER, '.'], (_file, text) => unescapedTemplateNames(text), this.templateFilesRead);
  }

  /**
   * A file the code names, parsed: looked for in each folder (relative to the code's, then to the workspace's top),
   * read again only when its size or modification time changed (an analysis asks on every edit of the code).
   */
  private readBeside<T>(fromFile: string, written: string, folders: string[], parse: (file: string, text: string) => T, cache: Map<string, { size: number; mtimeMs: number; read: T }>): T | undefined {
    const code = this.absolutePaths.get(fromFile) ?? (this.root ? path.join(this.root, fromFile) : undefined);
    const bases = [code && path.dirname(code), this.root];
    for (const base of bases) {
      for (const folder of folders) {
        if (!base) continue;
        const candidate = path.join(base, folder, written);
        try {
          const { size, mtimeMs } = statSync(candidate);
          if (size > MAX_PROMPT_FILE_BYTES) continue;
          const known = cache.get(candidate);
          if (known?.size === size && known.mtimeMs === mtimeMs) return known.read;
          const read = parse(candidate, readFileSync(candidate, 'utf8'));
          // (A file written in the last two seconds may change again within the same timestamp: not kept, as git does.)
          if (Date.now() - mtimeMs > RACY_MS) cache.set(candidate, { size, mtimeMs, read });
          else cache.delete(candidate);
          return read;
        } catch {
          // not there: the next place
        }
      }
    }
    return undefined;
  }

  factsAbout(file: string): string[] {
    return [...new Set(this.facts.get(file))].sort();
  }

  /** The files this file's analyses said something about (a model call its sinks run, a tool it lists), by its last two. */
  factTargetsOf(file: string): string[] {
    return (this.factTargets.get(file) ?? []).filter((target) => target !== file);
  }

  /**
   * Who may use this file's data-carrying functions: '' for its importers (when any function carries data), and the
   * names of its carrying methods that a call by name would reach (distinctive, or one base class's interface);
   * `onlyStores` when that method only keeps a parameter in its object (see `buildWorkspaceIndex`).
   */
  carryingNames(file: string): { name: string; onlyStores?: boolean }[] {
    const carrying = (this.files.get(file)?.summaries ?? []).filter(carriesData);
    if (!carrying.length) return [];
    const methods = new Map<string, boolean>();
    for (const s of carrying) {
      if (!s.className || !this.methods(s.name).length) continue;
      // (A method that only keeps a parameter in its object, `storesParams`: its callers matter where they hold a source.)
      const onlyStores = !passesDataOn(s);
      methods.set(s.name, (methods.get(s.name) ?? true) && onlyStores);
    }
    // (Its importers only when something else carries data: a store is filled through its methods, by name.)
    const importersToo = carrying.some(passesDataOn);
    return [...(importersToo ? [{ name: '' }] : []), ...[...methods].map(([name, onlyStores]) => ({ name, onlyStores: onlyStores || undefined }))];
  }

  /** False when the text calls none of the workspace's functions that carry data (the editor's cheap test). */
  mayAffect(text: string): boolean {
    for (const [identifier] of text.matchAll(/[A-Za-z_$][\w$]*/g)) if (this.carrying.has(identifier)) return true;
    return false;
  }

  imported(fromFile: string, module: string, name: string, depth = 0): FunctionSummary[] {
    const target = this.resolveModule(fromFile, module);
    if (!target) return [];
    const entry = this.files.get(target);
    const summaries = entry?.summaries ?? [];
    const found = summaries.filter((s) => (name === 'default' ? s.defaultExport : s.name === name) && !s.className);
    if (found.length) return found;
    // `import { Analyst } from './analyst'` then `new Analyst().ask()`: the class's methods.
    const methods = summaries.filter((s) => s.className === name);
    if (methods.length || depth >= 3 || !entry) return methods;
    // A barrel (`export { tool } from './tool'`, `export * from './tools'`) or a package's `__init__.py`
    // (`from .ops import run`): the module it has the name from. (`tool.handler`: the object `tool`, held there.)
    const [head, ...held] = name.split('.');
    for (const forward of entry.forwards ?? []) {
      if (forward.local !== head && forward.local !== '*') continue;
      // (`import * as tools from './tools'` passed on as `tools`: `tools.run` is `run` there.)
      if (forward.local !== '*' && forward.imported === '*' && !held.length) continue;
      const passed = forward.local === '*' ? name : forward.imported === '*' ? held.join('.') : [forward.imported, ...held].join('.');
      const there = this.imported(target, forward.module, passed, depth + 1);
      if (there.length) return there;
    }
    return [];
  }

  basesOf(className: string): string[] {
    return this.bases.get(className);
  }

  fieldKind(name: string): 'scalar' | 'text' | undefined {
    const kinds = this.kindsByField.get(name);
    return !kinds.length ? undefined : kinds.every((kind) => kind === 'scalar') ? 'scalar' : 'text';
  }

  attributeClasses(className: string, attribute: string): string[] {
    const out = new Set<string>();
    const seen = new Set<string>();
    for (let classes = [className], depth = 0; classes.length && depth < 4; depth++) {
      for (const cls of classes) for (const held of this.heldByAttribute.get(`${cls}\0${attribute}`)) out.add(held);
      for (const cls of classes) seen.add(cls);
      classes = classes.flatMap((cls) => this.basesOf(cls)).filter((base) => !seen.has(base));
    }
    return [...out];
  }

  /** The functions that send something over a WebSocket (a walk over the index, as below). */
  webSocketSenders(): FunctionSummary[] {
    const found: FunctionSummary[] = [];
    for (const entry of this.files.values()) for (const summary of entry.summaries) if (summary.sendsOverWebSocket?.length) found.push(summary);
    return found;
  }

  /** The graph nodes whose returned object holds this state channel (a walk over the index, as below). */
  graphNodesWriting(channel: string): FunctionSummary[] {
    const found: FunctionSummary[] = [];
    for (const entry of this.files.values()) for (const summary of entry.summaries) if (summary.graphNode && summary.returnsByKey?.[channel]) found.push(summary);
    return found;
  }

  /**
   * A method name the model chose (`getattr(self.computer, action)(**args)`) may be any method of the classes the
   * object is named for, whatever they inherit from (a `Protocol` is implemented without naming it). Rarely asked: a
   * walk over the index is cheap enough.
   */
  methodsOfClassesNamed(noun: string): FunctionSummary[] {
    const found: FunctionSummary[] = [];
    for (const entry of this.files.values()) {
      for (const summary of entry.summaries) if (summary.className && summary.className.endsWith(noun)) found.push(summary);
    }
    return found;
  }

  classMethods(className: string, method: string, except: string): FunctionSummary[] {
    return this.familyOf(className).flatMap((name) => this.methodsByClass.get(`${name}\0${method}`)).filter((s) => s.file !== except);
  }

  /** The class and the classes it extends, transitively. */
  private ancestorsOf(className: string): string[] {
    const ancestors = new Set([className]);
    const stack = [className];
    while (stack.length) {
      for (const base of this.bases.get(stack.pop()!)) {
        if (ancestors.has(base)) continue;
        ancestors.add(base);
        stack.push(base);
      }
    }
    return [...ancestors];
  }

  /** The class, its ancestors (inherited methods) and its descendants (overrides); not its siblings. */
  private familyOf(className: string): string[] {
    let family = this.families.get(className);
    if (!family) {
      const members = new Set([className]);
      for (const edges of [this.bases, this.subclasses]) {
        const stack = [className];
        while (stack.length) {
          for (const next of edges.get(stack.pop()!)) {
            if (members.has(next)) continue;
            members.add(next);
            stack.push(next);
          }
        }
      }
      this.families.set(className, (family = [...members]));
    }
    return family;
  }

  methods(name: string): FunctionSummary[] {
    if (GENERIC_METHODS.has(name)) return [];
    const found = this.methodsByName.get(name);
    // A name many unrelated classes define says nothing about which one runs; implementations of one base
    // class's method (`provider.generate_response(…)` on any provider) are one interface.
    const classes = [...new Set(found.map((s) => s.className!))];
    if (classes.length <= MAX_CLASSES_FOR_A_NAME) return found;
    const shared = classes.map((c) => new Set(this.ancestorsOf(c))).reduce((a, b) => new Set([...a].filter((x) => b.has(x))));
    return shared.size > 0 ? found : [];
  }

  /** The files whose last analysis read this prompt file: an edit to it (once saved) changes their findings. */
  promptFileReaders(file: string): string[] {
    const readers: string[] = [];
    for (const [other, { answers }] of this.analyses) {
      if ([...answers.promptFiles].some((written) => promptFilePlaces(other, written).includes(file))) readers.push(other);
    }
    return readers;
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
    // The helper whose model call this file's sink runs (or ran before the edit).
    for (const target of this.factTargetsOf(file)) dependents.add(target);
    for (const summary of this.files.get(file)?.summaries ?? []) {
      if (!summary.className || GENERIC_METHODS.has(summary.name)) continue;
      for (const other of this.callers.filesOf(summary.name)) if (other !== file) dependents.add(other);
    }
    // Files that run a method chosen by name on an object named for one of this file's classes (`getattr`).
    const classes = [...new Set((this.files.get(file)?.summaries ?? []).map((summary) => summary.className).filter((name): name is string => !!name))];
    for (const [other, { answers }] of this.analyses) {
      if (other !== file && [...answers.classNouns].some((noun) => classes.some((className) => className.endsWith(noun)))) dependents.add(other);
    }
    return [...dependents];
  }

  /** A module specifier as written in `fromFile` → a file of the index. */
  resolveModule(fromFile: string, module: string): string | undefined {
    // (Every file the scan located counts, analysed or not: of two apps' `agent.py`, one whose code the prefilter left
    // out is still the one its sibling imports — the other app's would be the wrong module.)
    const located = (file: string) => this.files.has(file) || this.absolutePaths.has(file);
    return resolveModulePath(fromFile, module, located, (stem) => [...new Set([...this.pythonByStem.filesOf(stem), ...this.locatedPythonFiles(stem)])]);
  }

  /** Located Python files by module stem, made again when the located files change. */
  private locatedByStem?: { version: number; byStem: Map<string, string[]> };
  private locatedVersion = 0;

  private locatedPythonFiles(stem: string): string[] {
    if (this.locatedByStem?.version !== this.locatedVersion) {
      const byStem = new Map<string, string[]>();
      for (const file of this.absolutePaths.keys()) {
        const fileStem = pythonModuleStem(file);
        if (!fileStem) continue;
        const files = byStem.get(fileStem);
        if (files) files.push(file);
        else byStem.set(fileStem, [file]);
      }
      this.locatedByStem = { version: this.locatedVersion, byStem };
    }
    return this.locatedByStem.byStem.get(stem) ?? [];
  }
}

/**
 * A module specifier as written in `fromFile` → one of the known files: relative TS/JS paths (extension optional,
 * `.js` written for `.ts`, `index` files), the `@/`/`~/` root alias, Python relative (`.helpers`) and absolute (`pkg.helpers`) modules.
 */
export function resolveModulePath(fromFile: string, module: string, exists: (file: string) => boolean, pythonFilesNamed: (stem: string) => readonly string[]): string | undefined {
  const dir = fromFile.includes('/') ? fromFile.slice(0, fromFile.lastIndexOf('/')) : '';
  if (module.startsWith('./') || module.startsWith('../')) {
    const base = normalise(`${dir}/${module}`).replace(/\.(js|mjs|cjs|jsx)$/, '');
    return [base, ...['.ts', '.tsx', '.mts', '.js', '.mjs', '.cjs', '.jsx', '/index.ts', '/index.js'].map((ext) => base + ext)].find(exists);
  }
  // `@/lib/x`, `~/lib/x`: the Next.js/Nuxt default alias for the project root (or its src/), found from the nearest
  // folder up from the importing file that holds the target (tsconfig paths are not read). `@utils/completion`, a
  // package scope that is a folder of the app (tsconfig's `"@utils/*": ["src/utils/*"]`), the same way: only where
  // that file exists, so `@langchain/core` stays the package it is.
  const alias = /^[@~]\/(.+)$/.exec(module)?.[1] ?? /^@([\w-]+\/.+)$/.exec(module)?.[1];
  if (alias) {
    const parts = dir ? dir.split('/') : [];
    for (let depth = parts.length; depth >= 0; depth--) {
      for (const root of [parts.slice(0, depth).join('/'), [...parts.slice(0, depth), 'src'].join('/')]) {
        const base = normalise(`${root}/${alias}`).replace(/\.(js|mjs|cjs|jsx)$/, '');
        const found = [base, ...['.ts', '.tsx', '.mts', '.js', '.mjs', '.cjs', '.jsx', '/index.ts', '/index.js'].map((ext) => base + ext)].find(exists);
        if (found) return found;
      }
    }
    return undefined;
  }
  // `fetch('/api/answer')`: the app's own API route — Next.js `app/api/answer/route.ts` or `pages/api/answer.ts`.
  if (module.startsWith('/api/')) {
    const route = module.replace(/[?#].*$/, '').replace(/\/$/, '');
    const parts = dir ? dir.split('/') : [];
    for (let depth = parts.length; depth >= 0; depth--) {
      for (const root of [parts.slice(0, depth).join('/'), [...parts.slice(0, depth), 'src'].join('/')]) {
        const prefix = root ? `${root}/` : '';
        const candidates = ['ts', 'js', 'tsx', 'jsx', 'mjs'].flatMap((ext) => [`${prefix}app${route}/route.${ext}`, `${prefix}pages${route}.${ext}`, `${prefix}pages${route}/index.${ext}`]);
        const found = candidates.find(exists);
        if (found) return found;
      }
    }
    return undefined;
  }
  const relative = /^(\.+)(.*)$/.exec(module);
  if (relative) {
    let base = dir;
    for (let up = 1; up < relative[1].length; up++) base = base.includes('/') ? base.slice(0, base.lastIndexOf('/')) : '';
    const stem = [base, relative[2].replace(/\./g, '/')].filter(Boolean).join('/');
    return [`${stem}.py`, `${stem}/__init__.py`].find(exists);
  }
  if (/^[A-Za-z_][\w.]*$/.test(module)) {
    const stem = module.replace(/\./g, '/');
    const matches = pythonFilesNamed(stem.slice(stem.lastIndexOf('/') + 1)).filter((file) => [`${stem}.py`, `${stem}/__init__.py`].some((suffix) => file === suffix || file.endsWith(`/${suffix}`)));
    // A script's own folder comes first on Python's path: of several apps' `agent.py`, `from agent import run` in one
    // app's `app.py` is its sibling's (then the nearest folder up).
    const shared = (file: string) => {
      const a = dir.split('/');
      const b = file.split('/').slice(0, -1);
      let n = 0;
      while (n < a.length && n < b.length && a[n] === b[n]) n++;
      return n;
    };
    return matches.sort((a, b) => shared(b) - shared(a))[0];
  }
  return undefined;
}

/** `pkg/helpers.py` and `pkg/helpers/__init__.py` → `helpers`: how an absolute Python module is looked up. */
export function pythonModuleStem(file: string): string | undefined {
  return /(?:^|\/)([^/]+?)(?:\/__init__)?\.py$/.exec(file)?.[1];
}

/**
 * Where a prompt file the code names may be, relative to the workspace: beside the code (as Prompty resolves it), then
 * from the workspace's top (`..` never climbs out of it).
 */
function promptFilePlaces(fromFile: string, written: string): string[] {
  const relative = written.replace(/\\/g, '/');
  const folder = fromFile.includes('/') ? fromFile.slice(0, fromFile.lastIndexOf('/')) : '';
  return [...new Set([normalise(`${folder}/${relative}`), normalise(relative)])];
}

/**
 * `src/./a/../b` → `src/b`. The leading `..` of a path that starts above the folder the scan runs from
 * (`microapp-guard scan ../other-app`: files are `../other-app/src/…`) is kept, not dropped.
 */
function normalise(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length && out[out.length - 1] !== '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}

export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}
