import { isTextExpr, receiverOf, type CodeModel, type Expr } from '../code/codeModel';
import {
  LANGCHAIN_MODEL_MODULE, LLM_APIS, LLM_HOSTS, MESSAGE_CLASSES, MESSAGE_KEYS, PROMPT_TEMPLATE_CONSTRUCTOR, RUNNABLE_CONSTRUCTORS, RUNNABLE_RECEIVER, SYSTEM_KEYS, TOOL_KEYS, USER_KEYS, type LlmApiRow,
} from '../catalogue/llmApis';

/** One expression of an LLM call (or template) that becomes prompt text, with the role it is sent in. */
export interface PromptPart {
  expr: Expr;
  role: 'system' | 'user';
  /** A `messages` value that is not an array literal: chat history passed through. */
  history?: boolean;
  /** A tool's own message (`{"role": "tool", "content": f"Tool {name} not found"}`): data, never instruction text. */
  toolMessage?: boolean;
  /** Handed over through the app's own helper that cuts text to a length (`trimPrompt(\`…\`)`): a length cut for every value in it. */
  lengthCut?: boolean;
  /** A user or assistant message whose content is read from one record (`turn["user"]`): the record's name, and whether it was the assistant's. */
  turn?: { record: string; assistant: boolean };
  /** An image the message carries (an image part, Ollama's `images`): the pixels the model reads, not text written into the prompt. */
  image?: boolean;
}

/**
 * `for turn in dialog: messages.append({"role": "user", "content": turn["user"]}); messages.append({"role":
 * "assistant", "content": turn["bot"]})`: a stored conversation replayed turn by turn is history passed through, as
 * the whole list would be — the user turns of a record that also gives assistant turns.
 */
export function markReplayedTurns(parts: PromptPart[]): PromptPart[] {
  const replayed = new Set(parts.filter((part) => part.turn?.assistant).map((part) => part.turn!.record));
  for (const part of parts) if (part.turn && replayed.has(part.turn.record)) part.history = true;
  return parts;
}

/** The `calledObject` row (a Strands `Agent`) whose object a call builds in this file, which imports the row's module. */
export function calledObjectRow(made: Expr, model: CodeModel): LlmApiRow | undefined {
  if (made.kind !== 'call') return undefined;
  return LLM_APIS.find((row) => row.calledObject && row.callee.test(made.callee ?? '') && (!row.module || model.imports.some((module) => row.module!.test(module))));
}

/** Follows a name back to the value assigned to it (the file's own flow decides how). */
export type Resolve = ((expr: Expr) => Expr) & {
  /** The values a name was given in branches (`if …: prompt = A else: prompt = B`), when there are several. */
  branches?: (expr: Expr) => Expr[];
  /** What was pushed to a list held in a name before it was used (`parts.push({ inline_data })`, then `{ parts }`). */
  additions?: (expr: Expr) => Expr[];
  /** A name holding text grown with `+=` (`context += f"…"`): text, not a list of messages passed through. */
  grownText?: (expr: Expr) => boolean;
};
/** What was added to a list held in a name (`messages.append(m)`, `messages[-1] = m`) before it was used. */
export type Additions = (expr: Expr) => Expr[];
/**
 * The messages a call to one of the app's own helpers returns, with their roles (`self.system_message(text)`,
 * `build_prompt(question, docs)` returning `[{ role: 'system', content: … }]`), or the list an object of the app's
 * own class holds (`builder.messages`, filled by its constructor and methods): the arguments that land in them.
 */
export type MessageHelpers = (callOrField: Expr, role: 'system' | 'user') => PromptPart[] | undefined;

/**
 * The catalogue row an LLM call matches, or undefined. `heldClasses`: the classes a member receiver (`obj.writer`) holds,
 * where the object's class is in another file; `madeClasses`: the classes a call of the app's own function returns.
 */
export function matchLlmApi(call: Expr, model: CodeModel, resolve: Resolve, heldClasses?: (receiver: Expr) => string[], madeClasses?: (made: Expr) => string[], madeLlmObjects?: (made: Expr) => string[]): LlmApiRow | undefined {
  const callee = call.callee ?? '';
  for (const row of LLM_APIS) {
    let madeElsewhere = false;
    if (row.calledObject) {
      // `answer = Prompty.load(source=…)`, then `answer(question=q)`: the object a call matching the row built — or
      // one the app's own factory returns (`chat_agent = build_chat_agent(…)`, its file importing the framework).
      const held = call.children[0];
      const built = held && (held.kind === 'name' || held.kind === 'member') ? resolve(held) : undefined;
      if (built === held || built?.kind !== 'call') continue;
      madeElsewhere = !row.callee.test(built.callee ?? '');
      if (madeElsewhere && !madeLlmObjects?.(built).includes(row.id)) continue;
    } else if (!row.callee.test(callee)) continue;
    if (row.module && !madeElsewhere && !model.imports.some((module) => row.module!.test(module))) continue;
    if (row.receiverMadeBy) {
      const receiver = receiverOf(call);
      const made = receiver && resolve(receiver);
      if (made?.kind !== 'call' || !row.receiverMadeBy.test((made.callee ?? '').replace(/^new /, ''))) continue;
    }
    if (row.keywordsAnyOf && !row.keywordsAnyOf.some((key) => call.keywordArgs?.[key])) continue;
    if (row.decorator && !decoratedFunctionsCalled(call, resolve).some((name) => model.scopes.some((scope) => scope.name === name && scope.decorators?.some((d) => row.decorator!.test(d))))) continue;
    if (row.runnable && !isRunnableReceiver(row, callee, call, resolve, model, heldClasses, madeClasses)) continue;
    if (row.needsMessages && !hasChatMessages(call, resolve)) continue;
    if (row.firstArgument === 'url' && !requestsHost(call, LLM_HOSTS, resolve) && !chatRequestBody(call, resolve)) continue;
    return row;
  }
  return undefined;
}

/** `"GET"`, `'post'`: a request's method written before its URL (`client.stream("POST", url, json=…)`). */
export const HTTP_METHOD_LITERAL = /^["'`](GET|POST|PUT|PATCH|DELETE|HEAD)["'`]$/i;

/** An HTTP request whose URL names one of the hosts (`namesHost`). */
export function requestsHost(call: Expr, hosts: RegExp, resolve: Resolve): boolean {
  // `client.stream("POST", url, json=…)`, `requests.request("POST", url, …)`: the method first, then the URL.
  const methodFirst = HTTP_METHOD_LITERAL.test(call.args?.[0]?.text ?? '');
  const url = call.args?.[methodFirst ? 1 : 0] ?? call.keywordArgs?.url;
  if (!url) return false;
  if (namesHost(url, hosts, resolve)) return true;
  // `http_client = httpx.AsyncClient(base_url="https://api.weather.gov")`, then `http_client.get("/alerts/…")`: a path
  // of the client's base URL (`axios.create({ baseURL })` alike). An absolute URL would name its own host.
  const written = resolve(url);
  if (/^["'`]?https?:/.test(written.literal ?? written.text)) return false;
  const receiver = receiverOf(call);
  const client = receiver ? resolve(receiver) : undefined;
  const options = client?.kind === 'call' ? { ...(client.keywordArgs ?? {}), ...((client.args?.[0] && resolve(client.args[0]).properties) ?? {}) } : {};
  const base = options.base_url ?? options.baseURL ?? options.baseUrl;
  return !!base && namesHost(base, hosts, resolve);
}

/**
 * The text a URL object was made from: `url.toString()`, `url.href`, `String(url)` of `const url = new URL("https://…")`
 * give `"https://…"` (with `oneArgument`, only a `new URL(…)` given no base). The value itself when it is none of these.
 */
export function urlMadeFrom(value: Expr, resolve: Resolve, oneArgument = false): Expr {
  const shown = value.kind === 'call' && /\.(toString|toJSON)$/.test(value.callee ?? '') && !value.args?.length ? value.children[0]?.children[0] : value.kind === 'call' && value.callee === 'String' ? value.args?.[0] : value.kind === 'member' && /\.href$/.test(value.text) ? value.children[0] : undefined;
  const made = shown ? resolve(shown) : value;
  const given = made.kind === 'call' && /^new URL$/.test(made.callee ?? '') && (!oneArgument || made.args?.length === 1) ? made.args?.[0] : undefined;
  return given ? resolve(given) : made;
}

/** A URL that names one of the hosts: its literal, or the constant a template starts with. */
export function namesHost(url: Expr, hosts: RegExp, resolve: Resolve): boolean {
  // (`fetch(url.toString())` of `const url = new URL("https://…")`: the URL it was made from.)
  const value = urlMadeFrom(resolve(url), resolve);
  // `${GEMINI_API_BASE}/${model}:generateContent`, `f"{base_url}/{endpoint}"`: the host may sit in a constant the template starts with.
  const base = value.kind === 'template' && value.children[0] ? resolve(value.children[0]) : undefined;
  return hosts.test(value.literal ?? value.text) || (!!base && hosts.test(base.literal ?? ''));
}

/**
 * The functions a call may run by name: `ask(q)` and `ask.message(q)` run `ask`; `method(q)` of
 * `method = ask_python if python else ask_shell` runs either.
 */
function decoratedFunctionsCalled(call: Expr, resolve: Resolve): string[] {
  const held = call.children[0]?.kind === 'member' ? receiverOf(call) : call.children[0];
  if (held?.kind !== 'name') return [];
  const value = resolve(held);
  if (value === held || value.kind === 'name') return [value.text];
  return value.kind === 'other' ? value.children.filter((child) => child.kind === 'name').map((child) => child.text) : [];
}

/**
 * `fetch(apiUrl, { body: JSON.stringify({ model, messages }) })` to a URL given elsewhere (a caller's provider URL): a
 * body with a model and its messages is a chat completion request whatever the host.
 */
function chatRequestBody(call: Expr, resolve: Resolve): boolean {
  const payload = requestPayload(call, resolve);
  return payload?.kind === 'object' && !!payload.properties?.model && !!payload.properties.messages;
}

/** What a raw request sends: `fetch(url, { body: JSON.stringify(payload) })`, `requests.post(url, json=payload)`. */
function requestPayload(call: Expr, resolve: Resolve): Expr | undefined {
  const options = call.keywordArgs ?? (call.args?.[1] ? resolve(call.args[1]).properties : undefined) ?? {};
  const body = options.json ?? options.data ?? options.body;
  const payload = body && resolve(body);
  return payload?.kind === 'call' && /stringify|dumps/.test(payload.callee ?? '') && payload.args?.[0] ? resolve(payload.args[0]) : payload;
}

/** A `messages` argument (or the first) that is a list holding a `{ role, content }` message. */
function hasChatMessages(call: Expr, resolve: Resolve): boolean {
  const messages = call.keywordArgs?.messages ?? call.args?.[0];
  const value = messages && resolve(messages);
  return value?.kind === 'array' && (value.elements ?? []).some((element) => element.kind === 'object' && !!element.properties?.role && !!element.properties.content);
}

/** Calls that bind options to a runnable and return it (`llm.bind({ tools })`, `llm.withConfig(…)`). */
const BOUND_RUNNABLE = /\.(bind|withConfig|with_config|withRetry|with_retry|withFallbacks|with_fallbacks)$/;

/** The operands of a `|` chain (`prompt | model.bind(stop=…) | parser` nests as ((prompt | …) | parser)). */
function pipeOperands(expr: Expr): Expr[] {
  return expr.kind === 'other' && /\|/.test(expr.text) ? expr.children.flatMap(pipeOperands) : [expr];
}

/** A name (or a method called on one: `model.bind(…)`) that holds a model or a prompt template: `sql_response = prompt | model`. */
function holdsRunnable(operand: Expr, resolve: Resolve): boolean {
  const held = operand.kind === 'call' ? receiverOf(operand) : operand;
  if (!held || (held.kind !== 'name' && held.kind !== 'member')) return false;
  const value = resolve(held);
  return value !== held && value.kind === 'call' && (RUNNABLE_CONSTRUCTORS.test(value.callee ?? '') || PROMPT_TEMPLATE_CONSTRUCTOR.test(value.callee ?? ''));
}

/** Classes an attribute declared in a class body may hold that are agents or models (agno's, CrewAI's, ADK's `Agent`, `LlmAgent`, agno's `Team`). */
const HELD_AGENT_OR_MODEL = /^(\w*Agent|\w*LLM|\w*Llm|Team)$/;

function isRunnableReceiver(row: LlmApiRow, callee: string, call: Expr, resolve: Resolve, model: CodeModel, heldClasses?: (receiver: Expr) => string[], madeClasses?: (made: Expr) => string[]): boolean {
  const builds = (c: Expr) => RUNNABLE_CONSTRUCTORS.test(c.callee ?? '');
  const receiver = receiverOf(call);
  const value = receiver && resolve(receiver);
  if (value && value !== receiver) {
    // A visible assignment decides: `llm = ChatOpenAI(…)`, `engine = index.as_query_engine()`, `chain = prompt | llm`,
    // or the app's own factory named for what it makes (`raw_model = init_model(config)`, `llm = get_llm()`).
    // `boundLLM = llm.bind({ tools })`, `llm.withConfig(…)`: the same runnable with options bound.
    const bound = value.kind === 'call' && BOUND_RUNNABLE.test(value.callee ?? '') ? receiverOf(value) : undefined;
    if (bound && (holdsRunnable(bound, resolve) || RUNNABLE_RECEIVER.test(bound.text))) return true;
    // `model = new Replicate({…})` with `Replicate` imported from LangChain's LLM or chat-model modules: a model whatever its name.
    const made = value.kind === 'call' ? (value.callee ?? '').replace(/^new /, '') : '';
    if (/^\w+$/.test(made) && model.importBindings.some((b) => b.local === made && LANGCHAIN_MODEL_MODULE.test(b.module))) return true;
    // …or a factory of the app's whose summary says it returns an agent (`st.session_state.team = create_team()`).
    // (An agent or team made in sight, agno's `Team(members=[…])` too, whatever the name holding it.)
    if (value.kind === 'call') return builds(value) || isAgentInSight(value) || value.innerCalls.some(builds) || RUNNABLE_RECEIVER.test((value.callee ?? '').replace(/^new /, '')) || !!madeClasses?.(value).some((cls) => RUNNABLE_CONSTRUCTORS.test(cls) || HELD_AGENT_OR_MODEL.test(cls));
    if (/\|/.test(value.text) && (value.innerCalls.some(builds) || pipeOperands(value).some((operand) => holdsRunnable(operand, resolve)))) return true;
  }
  // `self.writer.run(…)`, `agent.writer.run(…)`: an attribute that a class of this file declares in its body as an agent
  // or model (`writer: Agent = Agent(model=…)`), matched by the attribute's name where the object's class is unknown;
  // or one the object's class declares in another file.
  if (receiver?.kind === 'member') {
    const attribute = receiver.text.slice(receiver.text.lastIndexOf('.') + 1);
    const held = Object.entries(model.attributeTypes ?? {}).filter(([key]) => key.endsWith(`\0${attribute}`)).flatMap(([, classes]) => classes);
    held.push(...(heldClasses?.(receiver) ?? []));
    if (held.some((cls) => RUNNABLE_CONSTRUCTORS.test(cls) || HELD_AGENT_OR_MODEL.test(cls))) return true;
  }
  // Otherwise the receiver's name or the call that made it (`get_llm().invoke`) is what we have.
  const receiverPath = callee.slice(0, callee.lastIndexOf('.')).replace(/\(\)$/, '');
  if (row.notReceiver?.test(receiverPath)) return false;
  return RUNNABLE_CONSTRUCTORS.test(receiverPath) || RUNNABLE_RECEIVER.test(receiverPath);
}

/**
 * The options written one level down in Google GenAI's `config` (`{ systemInstruction, tools }`, or
 * `types.GenerateContentConfig(…)`'s keywords); `resolve` follows a config held in a name.
 */
function configOptions(options: Record<string, Expr>, resolve: Resolve = (expr) => expr): Record<string, Expr> {
  const written = options.config ?? options.generationConfig ?? options.generation_config;
  const config = written && resolve(written);
  return (config?.kind === 'object' ? config.properties : config?.kind === 'call' ? config.keywordArgs : undefined) ?? {};
}

/** True when the call gives the model tools (its output then acts) — or runs an agent. */
export function callHasTools(call: Expr, resolve: Resolve): boolean {
  const options = call.keywordArgs ?? {};
  if (Object.keys(options).some((key) => TOOL_KEYS.has(key))) return true;
  // Google GenAI's `config={"tools": […]}` / `config=types.GenerateContentConfig(tools=[…])`.
  if (Object.keys(configOptions(options, resolve)).some((key) => TOOL_KEYS.has(key))) return true;
  const callee = call.callee ?? '';
  const receiver = receiverOf(call);
  const value = receiver ? resolve(receiver) : undefined;
  // An agent made in sight (agno's or CrewAI's `Agent(model=…, tools=[…])`): its own arguments say whether it has tools.
  if (isAgentInSight(value)) return agentHasTools(value);
  if (/agent|executor/i.test(callee.slice(0, callee.lastIndexOf('.')))) return true;
  if (value?.kind === 'call' && /bind_tools|bindTools|Agent|agent|create_\w*agent/.test(value.callee ?? '')) return true;
  return runsAgentWithTools(call, resolve);
}

/** An agent made in sight given tools, MCP servers or members (`Agent(tools=[search])`; `tools=[]` gives it none). */
export function agentHasTools(agent: Expr): boolean {
  return Object.entries(agent.keywordArgs ?? {}).some(([key, value]) => (TOOL_KEYS.has(key) && !(value.kind === 'array' && !value.elements?.length)) || AGENT_TOOL_KEYS.test(key) || key === 'members');
}

/** An agent made in sight (`Agent(…)`, `Team(…)` of agno, CrewAI, Microsoft's Agent Framework): its arguments say what it has. */
export function isAgentInSight(value: Expr | undefined): value is Expr & { kind: 'call' } {
  return value?.kind === 'call' && /(^|\.)(Agent|Team)$/.test(value.callee ?? '');
}

/** An agent's arguments that give it text someone else wrote, beside tools: a knowledge base, a retriever, agents to hand over to. */
const AGENT_READS = /^(knowledge|knowledge_base|retriever|handoffs|toolsets)$/;

/**
 * An agent made in sight with only a model and instructions (`Agent(client=…, instructions=…)`): its answer is steered
 * by what it is asked, like a chat model's.
 */
export function isPlainAgentInSight(value: Expr | undefined, call: Expr, resolve: Resolve): boolean {
  return isAgentInSight(value) && !callHasTools(call, resolve) && !Object.keys(value.keywordArgs ?? {}).some((key) => AGENT_READS.test(key));
}

/**
 * OpenAI Agents SDK: `Runner.run(agent, input)` runs the agent it is given, with that agent's tools and MCP servers —
 * whose results, out of sight here, steer its answer.
 */
export function runsAgentWithTools(call: Expr, resolve: Resolve): boolean {
  const given = call.keywordArgs?.starting_agent ?? call.keywordArgs?.agent ?? (AGENT_RUNNER.test(call.callee ?? '') ? call.args?.[0] : undefined);
  const agent = given && resolve(given);
  return agent?.kind === 'call' && Object.keys(agent.keywordArgs ?? {}).some((key) => TOOL_KEYS.has(key) || AGENT_TOOL_KEYS.test(key));
}

/**
 * CrewAI: `crew.kickoff()` of a `Crew(agents=[…], tasks=[…])` built in sight whose agents or tasks have tools: the
 * crew's answer is steered by what those tools return.
 */
export function crewHasTools(call: Expr, resolve: Resolve): boolean {
  const receiver = receiverOf(call);
  const crew = receiver && resolve(receiver);
  if (crew?.kind !== 'call' || !/(^|\.)Crew$/.test(crew.callee ?? '')) return false;
  const members = (key: string) => {
    const list = crew.keywordArgs?.[key] && resolve(crew.keywordArgs[key]);
    return list?.kind === 'array' ? (list.elements ?? []).map((element) => resolve(element)) : [];
  };
  return [...members('agents'), ...members('tasks')].some((member) => member.kind === 'call' && agentHasTools(member));
}

const AGENT_RUNNER = /(^|\.)_?(Runner|runner)\.(run|run_sync|run_streamed|runStreamed)$|^(run|runStreamed)$/;
/** An agent's own tools beside `tools`: the MCP servers it is connected to. */
const AGENT_TOOL_KEYS = /^(mcp_servers|mcpServers)$/;

/** The parts of an LLM call that become prompt text, with their roles. */
export function promptParts(call: Expr, row: LlmApiRow, resolve: Resolve, additions: Additions = () => [], helpers?: MessageHelpers): PromptPart[] {
  const parts: PromptPart[] = [];
  if (row.template) {
    for (const arg of call.args ?? []) collectMessages(arg, parts, /System|_system_message$/.test(call.callee ?? '') ? 'system' : 'user', resolve);
    for (const [key, value] of Object.entries(call.keywordArgs ?? {})) if (key === 'template' || key === 'messages' || row.templateKeys?.includes(key)) collectMessages(value, parts, 'user', resolve);
    return parts;
  }
  if (row.firstArgument === 'url') {
    const payload = requestPayload(call, resolve);
    if (payload?.kind === 'object') fromOptions(payload.properties ?? {}, parts, resolve, additions, helpers);
    // A payload built elsewhere (a helper's `payload` parameter) carries its `messages` through: history passed on.
    else if (payload && (payload.kind === 'name' || payload.kind === 'member')) parts.push({ expr: payload, role: 'user', history: true });
    return parts;
  }
  const positional = (call.args ?? []).filter((arg) => !arg.keywordSplat);
  // Bedrock's send(new ConverseCommand({…})) and Google's config: { systemInstruction } carry options one level down.
  const options = { ...(call.keywordArgs ?? {}), ...configOptions(call.keywordArgs ?? {}) };
  fromOptions(options, parts, resolve, additions, helpers);
  jsonBodyParts(options, positional, parts, resolve, additions, helpers);
  for (const key of row.userKeys ?? []) if (options[key]) collectMessages(options[key], parts, 'user', resolve, false, 0, helpers);
  const first = row.firstArgument === 'agent' ? undefined : positional[row.inputArgument ?? 0];
  if (first && first.kind !== 'object' && !(call.keywordArgs && positional.length === 1 && positional[0].properties === call.keywordArgs)) {
    if (/^(new )?(getGenerativeModel|GenerativeModel)$/.test((call.callee ?? '').split('.').pop() ?? '')) return parts; // the model name
    if (/\.threads\.runs\./.test(call.callee ?? '')) return parts; // the thread id
    // A first argument that is no text (`client.chat_completion(messages)`) is the messages list: history passed through,
    // and the messages appended to it before the call (`messages.append(HumanMessage(…))`, then `llm.invoke(messages)`).
    const before = parts.length;
    collectMessages(first, parts, 'user', resolve, true, 0, helpers);
    for (const added of additions(first)) collectMessages(added, parts, 'user', resolve, true, 0, helpers);
    markReplayedTurns(parts.slice(before));
  }
  return parts;
}

/**
 * The messages in a runnable's input (`agent.ainvoke({"messages": [{"role": "user", "content": text}]})`, a LangGraph
 * agent's state): each with its role, as the `messages` option of a chat call.
 */
export function inputMessageParts(call: Expr, resolve: Resolve, additions: Additions = () => [], helpers?: MessageHelpers): PromptPart[] {
  const input = call.args?.[0] && resolve(call.args[0]);
  const parts: PromptPart[] = [];
  const messages = Object.entries(input?.kind === 'object' ? input.properties ?? {} : {}).filter(([key]) => MESSAGE_KEYS.has(key));
  fromOptions(Object.fromEntries(messages), parts, resolve, additions, helpers);
  return parts;
}

/**
 * Bedrock's InvokeModel takes the provider's request as a JSON body (`invoke_model(body=json.dumps(payload))`, `new
 * InvokeModelCommand({ body: JSON.stringify(payload) })`, also given in a variable): its `messages`, `system`,
 * `prompt` (Titan's `inputText`) are the prompt. A body a helper is given (`invokeModelWithStream(payload, …)`) carries
 * its messages through, as a raw request's payload parameter does.
 */
function jsonBodyParts(options: Record<string, Expr>, positional: Expr[], parts: PromptPart[], resolve: Resolve, additions: Additions, helpers?: MessageHelpers): void {
  const written = options.body ?? (positional[0] ? resolve(positional[0]).properties?.body : undefined);
  const serialised = written && resolve(written);
  if (serialised?.kind !== 'call' || !/(^|\.)(JSON\.stringify|json\.dumps|dumps)$/.test(serialised.callee ?? '') || !serialised.args?.[0]) return;
  const payload = resolve(serialised.args[0]);
  if (payload.kind === 'object') {
    const properties = payload.properties ?? {};
    fromOptions(properties, parts, resolve, additions, helpers);
    if (properties.inputText) collectMessages(properties.inputText, parts, 'user', resolve, false, 0, helpers);
  } else if (payload.kind === 'name' || payload.kind === 'member') parts.push({ expr: payload, role: 'user', history: true });
}

function fromOptions(options: Record<string, Expr>, parts: PromptPart[], resolve: Resolve, additions: Additions, helpers?: MessageHelpers): void {
  for (const [key, value] of Object.entries(options)) {
    if (MESSAGE_KEYS.has(key)) {
      const before = parts.length;
      collectMessages(value, parts, 'user', resolve, true, 0, helpers);
      // Messages appended or written into the list before the call are messages too, each with its own role.
      for (const added of additions(value)) collectMessages(added, parts, 'user', resolve, true, 0, helpers);
      markReplayedTurns(parts.slice(before));
    }
    else if (SYSTEM_KEYS.has(key)) collectMessages(value, parts, 'system', resolve, false, 0, helpers);
    else if (USER_KEYS.has(key)) {
      const before = parts.length;
      collectMessages(value, parts, 'user', resolve, false, 0, helpers);
      // (agno's `agent.run(prompt, images=[…])`: the images the model reads.)
      if (key === 'images') for (const part of parts.slice(before)) part.image = true;
    }
  }
}

/** Calls that fill a string template: their result is text, not a list of messages. */
const FILLED_TEXT = /\.(format|replace|replaceAll)$/;

/** Lists joined with `+` (Python; JavaScript writes `[…, ...history]`, an array already). */
const LIST_CONCATENATION = /^\s*\[[\s\S]*\]\s*\+|\+\s*\[[\s\S]*\]\s*$/;

/** The `type` of a content block that hands a tool's answer back to the model. */
const TOOL_RESULT_BLOCKS = new Set(['tool_result', 'function_call_output']);

/** The messages in a value (a list, a message object or class, a helper's result), each with its role. */
export function collectMessages(expr: Expr, parts: PromptPart[], role: 'system' | 'user', resolve: Resolve, isHistory = false, depth = 0, helpers?: MessageHelpers): void {
  // A prompt built in branches: each branch's text is read, not only the last one written. (Also for an agent's input,
  // read as a list passed through, when every branch is text: `full_prompt = f"Context: {context}…"` or the question.)
  const branches = depth < 3 ? resolve.branches?.(expr) ?? [] : [];
  if (branches.length && (!isHistory || branches.every(isTextExpr))) {
    for (const branch of branches) collectMessages(branch, parts, role, resolve, false, depth + 1, helpers);
    return;
  }
  const value = depth < 3 ? resolve(expr) : expr;
  // `[{"role": "user", "content": prompt}] + messages`: the new messages, then the history passed through.
  if (value.kind === 'other' && LIST_CONCATENATION.test(value.text) && value.children.some((child) => child.kind === 'array')) {
    for (const child of value.children) collectMessages(child, parts, role, resolve, child.kind !== 'array' || isHistory, depth + 1, helpers);
    return;
  }
  if (value.kind === 'array') {
    // A list built up before it is placed in a message (`parts = []`, `parts.push(…)`, `contents: [{ parts }]`): what
    // was pushed is in it too. (Top-level message lists get their additions from the caller.)
    const pushed = depth > 0 && expr !== value ? resolve.additions?.(expr) ?? [] : [];
    for (const element of [...(value.elements ?? []), ...pushed]) {
      // ("system", "…") tuples and ['human', '…'] pairs in LangChain templates
      if (element.kind === 'array' && element.elements?.length === 2 && element.elements[0].kind === 'string') {
        collectMessages(element.elements[1], parts, roleOf(element.elements[0].literal), resolve, false, depth + 1, helpers);
      } else collectMessages(element, parts, role, resolve, false, depth + 1, helpers);
    }
    return;
  }
  if (value.kind === 'object' && value.properties) {
    // (…or an enum's member: smolagents' `MessageRole.SYSTEM`, LlamaIndex's `MessageRole.USER`.)
    const messageRole = value.properties.role?.literal ?? /(^|\.)(system|user|assistant|developer|tool)$/i.exec(value.properties.role?.text ?? '')?.[2].toLowerCase();
    // A tool's answer given back as a block (Anthropic's `{"type": "tool_result", "content": …}`, the Responses API's
    // `{"type": "function_call_output", "output": …}`) is a tool message like a `role: "tool"` one.
    const toolResult = TOOL_RESULT_BLOCKS.has(value.properties.type?.literal ?? '');
    // (ADK's `AgentTool.run_async(args={"request": …})`: the request is the agent's message.)
    const image = imageOf(value, resolve);
    const content = value.properties.content ?? value.properties.parts ?? value.properties.text ?? value.properties.template ?? (toolResult ? value.properties.output : undefined) ?? value.properties.request ?? image;
    if (content && (messageRole === 'tool' || messageRole === 'function' || toolResult)) {
      const before = parts.length;
      collectMessages(content, parts, 'user', resolve, false, depth + 1, helpers);
      for (const part of parts.slice(before)) part.toolMessage = true;
    } else if (content) {
      const before = parts.length;
      collectMessages(content, parts, messageRole ? roleOf(messageRole) : role, resolve, false, depth + 1, helpers);
      const record = (messageRole === 'user' || messageRole === 'assistant') && (content.kind === 'member' || content.kind === 'call') ? /^(\w+)[.[]/.exec(content.text)?.[1] : undefined;
      if (record) for (const part of parts.slice(before)) part.turn = { record, assistant: messageRole === 'assistant' };
      if (content === image) for (const part of parts.slice(before)) part.image = true;
    }
    // Ollama's `{ role: 'user', content, images: [base64] }`: the images are content the model reads too.
    if (value.properties.images) {
      const before = parts.length;
      collectMessages(value.properties.images, parts, messageRole ? roleOf(messageRole) : role, resolve, false, depth + 1, helpers);
      for (const part of parts.slice(before)) part.image = true;
    }
    return;
  }
  if (value.kind === 'call') {
    const className = (value.callee ?? '').replace(/^new /, '').split('.').pop() ?? '';
    // (Own keys only: `buffer.toString('base64')` is no message class, whatever `Object.prototype` says.)
    const classRole = (name: string) => (Object.hasOwn(MESSAGE_CLASSES, name) ? MESSAGE_CLASSES[name] : undefined);
    const messageClass = classRole(className) ?? classRole(className.replace(/\.from_?[tT]emplate$/, ''));
    if (messageClass || /MessagePromptTemplate\.from_?[tT]emplate$/.test(value.callee ?? '')) {
      const content = value.args?.[0] ?? value.keywordArgs?.content ?? value.keywordArgs?.template;
      // (`ChatMessage(role="system", content=…)`: the role it is given — LlamaIndex's and LangChain's generic message.)
      const givenRole = value.keywordArgs?.role?.literal ?? /MessageRole\.(\w+)$/.exec(value.keywordArgs?.role?.text ?? '')?.[1]?.toLowerCase();
      const messageRole = givenRole ? roleOf(givenRole) : messageClass ?? (/System/.test(value.callee ?? '') ? 'system' : 'user');
      if (content) collectMessages(content, parts, messageRole, resolve, false, depth + 1, helpers);
      return;
    }
    const built = helpers?.(value, role);
    if (built?.length) {
      parts.push(...built);
      return;
    }
  }
  // `messageBuilder.messages`: the list an object of the app's own class was filled with.
  if (value.kind === 'member') {
    const held = helpers?.(value, role);
    if (held?.length) {
      parts.push(...held);
      return;
    }
  }
  // A whole `messages` value that is not a literal list is history passed through (as is `[...history, …]`'s spread);
  // a template filled in (`PROMPT.format(…)`, `PROMPT.replace(…)`) is text.
  const text = isTextExpr(value) || (value.kind === 'call' && FILLED_TEXT.test(value.callee ?? '')) || !!resolve.grownText?.(value);
  parts.push({ expr: isTextExpr(value) ? value : expr, role, history: isHistory && !text });
}

/**
 * An image part of a message (`{"type": "input_image", "image_url": image}`, `{ type: 'image_url', image_url: { url } }`,
 * Anthropic's `{ type: 'image', source: { data } }`, Bedrock's image and document blocks): the image or file is content the
 * model reads (text in it can steer it).
 */
function imageOf(part: Expr, resolve: Resolve): Expr | undefined {
  // Gemini's `{ inline_data: { mime_type, data } }` (`inlineData` in JavaScript): a file's bytes the model reads.
  const inline = part.properties?.inline_data ?? part.properties?.inlineData;
  const bytes = inline && resolve(inline);
  if (bytes) return bytes.kind === 'object' ? bytes.properties?.data ?? inline : inline;
  // Bedrock Converse's `{"image": {"source": {"bytes": b}}}` and `{"document": {"name": n, "source": {"bytes": b}}}`.
  const block = part.properties?.image ?? part.properties?.document;
  const held = block && resolve(block);
  const source = held?.kind === 'object' && held.properties?.source ? resolve(held.properties.source) : undefined;
  if (source?.kind === 'object' && source.properties?.bytes) return source.properties.bytes;
  if (!/image/i.test(part.properties?.type?.literal ?? '')) return undefined;
  const image = part.properties!.image_url ?? part.properties!.image ?? part.properties!.source;
  const given = image && resolve(image);
  return given?.kind === 'object' ? given.properties?.url ?? given.properties?.data ?? image : image;
}

function roleOf(role: string | undefined): 'system' | 'user' {
  return role === 'system' || role === 'developer' ? 'system' : 'user';
}

/** `{question}` / `{{question}}` placeholders of a prompt template string. */
export function templateVariables(text: string): string[] {
  return [...text.matchAll(/\{\{?\s*([A-Za-z_]\w*)\s*\}?\}/g)].map((match) => match[1]);
}

/** Words of instruction text in a template, placeholders and punctuation aside: "Question: {}" has one. */
export function instructionWords(literal: string): number {
  const text = literal.replace(/\$?\{[^}]*\}/g, ' ');
  // A one-line heading before the value ("Here is the entire conversation so far:") says what follows; it asks nothing.
  if (HEADING.test(text.trim())) return 0;
  return text.split(/[^A-Za-z\u00C0-\u024F]+/).filter((word) => word.length > 1).length;
}

/**
 * A lead-in line that only names what follows it: "Here is the entire conversation so far:", "Below are the notes:".
 * (Not "Here is the receipt text to put in the table:", which asks for something.)
 */
const HEADING = /^(?:(?:here|below) (?:is|are)|(?:the following|this|these) (?:is|are))(?: (?!to\b)[\w'’-]+){0,8}:$/i;
