import type { RelatedLocation } from '../finding';
import type { SinkKind } from '../catalogue/sinks';
import type { PromptDestination } from './promptPolicy';

/**
 * What a value carries: whose text it is (or a credential), where it came from, and the path it took.
 * `param` marks a function's own parameter while its summary is computed; callers substitute their arguments.
 */
export interface Taint {
  origin: 'requester' | 'third-party' | 'credential' | 'param';
  label: string;
  /** Model output (an LLM call's result, tool-call arguments): what llm/output-to-sink follows. */
  modelOutput?: boolean;
  /**
   * Model output: who could steer it, by whose text went into the call (the policy's origin for it in a prompt).
   * 'third-party' (or absent) when someone else's text went in, the call has tools, or its inputs are unknown; the
   * requester's or only the app's text leave it theirs. `steerParams`: parameters of this function that went in too,
   * decided by each caller.
   */
  steer?: 'app' | 'requester' | 'third-party';
  /** A tool's arguments: the model relaying the person's request, judged as theirs in a prompt (`SourceRow.relaysRequest`). */
  relaysRequest?: boolean;
  steerParams?: number[];
  /** `steerParams` are parameters of the function this many scopes out (a closure reads model output its enclosing function made). */
  steerDepth?: number;
  /** From a store that also keeps the app's chat history (a database): passed through as history, it is the conversation. */
  conversation?: boolean;
  paramIndex?: number;
  /**
   * A parameter of an enclosing function, this many scopes out (a closure reads it: `def read_sync(): open(path)`):
   * a sink or prompt it reaches counts for that function's summary, not the closure's. Never in a summary.
   */
  capturedDepth?: number;
  /** A property of the parameter (`document` of `({ document }) =>`): callers pass `{ document: … }`. */
  paramKey?: string;
  /** What the parameter returns when called (`await fn()` in `withErrorHandling(fn)`): callers pass a function. */
  calledParam?: boolean;
  /** The body of the request a route handler answers (parameter 0): the page that calls the route sends it. */
  requestBody?: boolean;
  /** A parameter read through a field named like an attached file (`data.files`): the caller's requester text there is that file's. */
  upload?: boolean;
  /** Rows of the query this function is given as that parameter: a caller that passes a catalogue query gets structure, not rows. */
  queryParam?: number;
  /** A response from the URL this function is given as that parameter: a caller that passes a fixed data API's URL gets its data. */
  urlParam?: number;
  /**
   * This tool's own parameter, at this position: the model's argument when the model calls the tool — but the app that
   * calls it itself (`flights = search_flights(origin, destination)`) passes its own.
   */
  ownToolParam?: number;
  /** Escaped or cleaned for these sinks on the way (`DOMPurify.sanitize`, `shlex.quote`): they no longer count it. */
  sanitizedFor?: SinkKind[];
  /**
   * The value at this key of the dicts a list keeps (Streamlit's chat history: `{"content": answer, "citations": names}`):
   * reading another key of an element (`message["citations"]`) does not get it.
   */
  fromKey?: string;
  /** …and of an entry written with this role (`{"role": "user", "content": prompt}`): a branch on another role does not get it. */
  fromRole?: string;
  /** From the source to here: the source first, then each call it passed through (other files included). */
  steps: RelatedLocation[];
}

/**
 * The pseudo-parameter for the object a method is called on: a field no method of its class sets (a dataclass's
 * `self.convo`, given to the constructor) holds whatever the caller's object holds.
 */
export const RECEIVER = -1;

/** A parameter of a function reaching a prompt, through the function and whatever it calls. */
export interface ParamPrompt {
  index: number;
  key?: string;
  /** What the parameter returns when called goes in (a wrapper's `await fn()`): a caller's function decides. */
  called?: boolean;
  /** The parameter steers model output that goes into the prompt (it is not itself in it). */
  steered?: boolean;
  /** The parameter is the whole `messages` list (chat history passed through), not one message's text. */
  history?: boolean;
  /** Read through a field named like an attached file (`data.files`): the requester's text passed here is that file's. */
  upload?: boolean;
  destination: PromptDestination;
  mitigated: boolean;
  /** It lands between a template's labelled delimiters: a caller that cuts its argument to a length mitigates it. */
  delimited?: boolean;
  powerful: boolean;
  /** The call's only tools read public pages: the requester's text steers no power they lack (`PromptFlow.publicReaders`). */
  publicReaders?: boolean;
  /**
   * The agent that runs the prompt is this parameter (`def ask(agent, topic): agent.run(f"…{topic}")`): whether it can
   * act is decided by the agent each caller passes, not by `powerful` (a guess from its name).
   */
  agentParam?: number;
  /**
   * Someone else's text already reported at this place, read inside the helper (`doc.page_content` of the documents it
   * is given), by label: a caller's argument of the same kind is that text again, one risk already reported.
   */
  reportsThirdParty?: string[];
  steps: RelatedLocation[];
}

export interface ParamSink {
  index: number;
  key?: string;
  kind: SinkKind;
  what: string;
  steps: RelatedLocation[];
  /** Each sink the parameter reaches when there are several (a helper running two shell commands); else the last step. */
  places?: RelatedLocation[];
}

/** What one function does with data, for callers in this file and others. Plain data: cached and sent to workers. */
export interface FunctionSummary {
  file: string;
  name: string;
  className?: string;
  /** Positional parameter names, for callers that pass arguments by keyword. */
  params: string[];
  /** Taints of what it returns that do not come from its parameters (model output, retrieved text, …). */
  returns: Taint[];
  /** Parameters whose data it returns (a helper that extracts a code block is no sanitiser). */
  returnsParams: number[];
  /** Those of `returnsParams` it returns read through a field named like an attached file (`data.files`). */
  returnsUploads?: number[];
  /**
   * Those of `returnsParams` it returns only after making them safe for these kinds of sink, by parameter (`def
   * _resolve(path): …; if not candidate.is_relative_to(root): raise …; return candidate` → a path kept inside the root).
   */
  returnsParamsSafeFor?: Record<number, SinkKind[]>;
  /** Parameters it calls and returns what they return (`async function withErrorHandling(fn) { return await fn(); }`). */
  returnsCalledParams?: number[];
  /** Properties of destructured parameters it returns (`[0, 'requestHints']`). */
  returnsParamKeys?: [number, string][];
  paramPrompts: ParamPrompt[];
  paramSinks: ParamSink[];
  /** Classes whose instances it returns (a factory: `return TaskOutputHandler(…)`), for methods called on the result. */
  returnsClasses?: string[];
  /**
   * The catalogue rows (`calledObject`: a Strands `Agent`) of the model objects it returns, built where the row's module
   * is imported (`def build_chat_agent(…): return Agent(…)`): a caller that calls what it got (`chat_agent(content)`) calls
   * the model, though its own file never imports the framework.
   */
  returnsLlmObjects?: string[];
  /**
   * What it sends over a WebSocket (`await websocket.send_text(json.dumps({"message": answer}))`), from outside its
   * parameters: what a page's `onmessage` handler of a socket to the app's own server reads as `event.data`.
   */
  sendsOverWebSocket?: Taint[];
  /** A function written as a property of an object literal: found by its name where a method is called on an unknown object. */
  objectMethod?: boolean;
  /** A module constant (`export const searchAgent = new Agent({ tools: [webSearchTool()] })`): `returns` is what it holds. */
  constant?: boolean;
  /** A module constant that is a prompt template of instruction text (`CHAT_PROMPT = """Answer from these results…{context}"""`). */
  instructionTemplate?: boolean;
  /** That template labels what is filled in with delimiters (`<webpage_content>{webpage_content}</webpage_content>`). */
  delimitedTemplate?: boolean;
  /** Of a delimited template, the `{slots}` that sit outside its delimiters. */
  undelimitedSlots?: string[];
  /** Of a template, every `{slot}` (Google ADK fills an instruction's from the session state). */
  templateSlots?: string[];
  /** A route handler (`export async function POST(request)` in `app/…/route.ts`): its parameter 0 is the request, whose body the calling page sends. */
  requestHandler?: boolean;
  /** A web route's handler, by `METHOD /path`: a page of the app that fetches that path gets what it sends or returns. */
  routes?: string[];
  /**
   * Parameters it returns inside chat messages, with each message's role (`return [system_message(prompt), …]`):
   * a caller that sends the result as `messages` puts its arguments there.
   */
  returnsMessages?: {
    index: number;
    key?: string;
    role: 'system' | 'user';
    history?: boolean;
    /** Personal fields the message reads from that parameter (`f"Contact: {profile.email}"`): the caller's argument sends them. */
    personal?: string[];
  }[];
  /**
   * Every return is a dict or object literal (`return {"text": answer, "audio_path": path}`): what each key holds — its
   * taints besides parameters', and the parameters it returns —, so a caller reading one key gets that key's only.
   * Every return a tuple (`return content, result, docs`): each element under `[0]`, `[1]`…, for a caller that unpacks it.
   */
  returnsByKey?: Record<string, { taints: Taint[]; params: number[] }>;
  /**
   * A method that puts parameters into chat messages its object keeps in a field (`this.messages = [{ role: 'system',
   * content: systemContent }]`, `self.messages.append({"role": role, "content": content})`), with each message's role
   * or the parameter that gives it: a caller that sends `builder.messages` sends those arguments there.
   */
  writesMessages?: { field: string; index: number; key?: string; role: 'system' | 'user'; roleParam?: number }[];
  /** Every return is the app's own data (literals, imported sample data): a tool dispatcher like it returns no tool result. */
  returnsAppData?: boolean;
  /** A LangGraph node (`add_node`/`addNode` here or in the file that builds the graph): its `returnsByKey` are state channels. */
  graphNode?: boolean;
  /** Its body makes no call (a stub that formats what it is given): it can fetch or retrieve nothing, whatever its name. */
  callsNothing?: boolean;
  /**
   * Every call its body and its callbacks make is arithmetic, text or list work, a lookup in a constant table, or a
   * function in sight that reads nothing either (`searchFlights` making up mock flights): it fetches nothing, whatever its name.
   */
  readsNothing?: boolean;
  /**
   * It runs an agent in a stored conversation named by fixed ids (Google ADK's `runner.run_async(user_id="demo_user",
   * session_id="demo_session", …)`): every caller shares that conversation. `conversationParams`: named by these
   * parameters (and fixed text), shared when a caller passes fixed text there.
   */
  fixedConversation?: boolean;
  conversationParams?: number[];
  /** It returns a LangGraph graph compiled with a checkpointer that outlives the call (a module-level `MemorySaver()`, a database saver). */
  returnsSharedGraph?: boolean;
  /**
   * A method that keeps a parameter in its object (`self.chunks.append(Chunk(text=text))`): what its callers give
   * there is what the object's other methods read from that attribute (an app's own document store, filled by one
   * route and searched by a tool).
   */
  storesParams?: { index: number; attribute: string }[];
  /**
   * Parameters it gives a model as tools (`def build_agent(retrieval_tool): return Agent(tools=[retrieval_tool])`): a
   * function a caller passes there is a tool.
   */
  toolParams?: number[];
  /** A Python @property: `obj.name(…)` calls what it returns (`__call__` of `returnsClasses`). */
  property?: boolean;
  /** What its module exports as default (`import x from './m'` and a Next.js pages API route reach it). */
  defaultExport?: boolean;
  /**
   * It makes the function it is given a tool (a decorator of the app's own that calls LangChain's `tool`,
   * `StructuredTool.from_function`, …): a function it decorates, here or in another file, is a tool.
   */
  makesTools?: boolean;
  /**
   * A CrewAI project's `@crew` method (a `@CrewBase` class) whose `@agent` methods give an agent tools: the crew it
   * returns answers from what those tools read (`MyCrew().crew().kickoff(…)`, here or in another file).
   */
  crewWithTools?: boolean;
}

/** The most telling taints first: someone else's text beats the requester's; model output beats the rest. */
export function rankTaints(taints: readonly Taint[]): Taint[] {
  const score = (t: Taint) => (t.origin === 'third-party' ? 3 + (t.modelOutput ? 1 : 0) : t.origin === 'requester' ? 2 : t.origin === 'credential' ? 1 : 0);
  return [...taints].sort((a, b) => score(b) - score(a));
}

/** Union without duplicates (same origin, label and parameter), keeping at most a few per value. */
export function mergeTaints(into: Taint[], from: readonly Taint[]): Taint[] {
  for (const taint of from) {
    if (into.length >= 6) break;
    if (!into.some((t) => t.origin === taint.origin && t.label === taint.label && t.paramIndex === taint.paramIndex && t.capturedDepth === taint.capturedDepth && t.paramKey === taint.paramKey && !!t.modelOutput === !!taint.modelOutput && t.steer === taint.steer && `${t.steerParams}` === `${taint.steerParams}` && t.steerDepth === taint.steerDepth && `${t.sanitizedFor}` === `${taint.sanitizedFor}` && !!t.upload === !!taint.upload && t.queryParam === taint.queryParam && t.urlParam === taint.urlParam && t.ownToolParam === taint.ownToolParam && !!t.relaysRequest === !!taint.relaysRequest && t.fromKey === taint.fromKey && t.fromRole === taint.fromRole)) {
      const steps = distinctSteps(taint.steps);
      into.push(steps === taint.steps ? taint : { ...taint, steps });
    }
  }
  return into;
}

/**
 * A path with each place once: a recursive method (`formatMessages` calling `formatMessages`) would otherwise add its
 * call again on every round of the analysis, and its summary would never settle. Unchanged steps come back as given.
 */
export function distinctSteps(steps: RelatedLocation[]): RelatedLocation[] {
  // (Paths are short and merged on every taint of every round: compared in place, nothing allocated unless one repeats.)
  let kept: RelatedLocation[] | undefined;
  for (let i = 0; i < steps.length; i++) {
    let repeated = false;
    for (let j = 0; j < i && !repeated; j++) repeated = sameStep(steps[i], steps[j]);
    if (repeated) kept ??= steps.slice(0, i);
    else kept?.push(steps[i]);
  }
  return kept ?? steps;
}

function sameStep(a: RelatedLocation, b: RelatedLocation): boolean {
  return a === b || (a.file === b.file && a.message === b.message && a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character && a.range.end.line === b.range.end.line && a.range.end.character === b.range.end.character);
}

/** Who steers model output made from these inputs: someone else's text wins, then parameters, the requester, the app. */
export function steerOf(inputs: readonly Taint[]): Pick<Taint, 'steer' | 'steerParams'> {
  const params = new Set<number>();
  let requester = false;
  for (const input of inputs) {
    if (input.origin === 'third-party' && (!input.modelOutput || !input.steer || input.steer === 'third-party')) return { steer: 'third-party' };
    if (input.origin === 'param' && input.paramIndex !== undefined && !input.capturedDepth) params.add(input.paramIndex);
    if (input.origin === 'requester' || input.steer === 'requester') requester = true;
    // An enclosing function's parameters (read by a closure) are not this function's.
    for (const index of input.steerDepth ? [] : input.steerParams ?? []) params.add(index);
  }
  return { steer: requester ? 'requester' : 'app', steerParams: params.size ? [...params].sort() : undefined };
}

/**
 * The policy's origin of a taint in a prompt; undefined when it is only the app's text. A tool's arguments handed to
 * another model beside its instructions are the agent relaying the person's request: theirs (in the system text they
 * stay model output, which becomes instructions).
 */
export function policyOrigin(taint: Taint, destination?: PromptDestination): 'requester' | 'third-party' | 'model-output' | undefined {
  if (taint.origin !== 'requester' && taint.origin !== 'third-party') return undefined;
  if (!taint.modelOutput) return taint.origin;
  if (taint.relaysRequest && !taint.steer && destination !== undefined && destination !== 'system') return 'requester';
  return !taint.steer || taint.steer === 'third-party' ? 'model-output' : taint.steer === 'requester' ? 'requester' : undefined;
}
