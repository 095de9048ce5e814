import path from 'node:path';
import { isTextExpr, makeExpr, pathRoot, pythonSubmodule, receiverOf, SAME_ORIGIN_REQUEST, type Assignment, type CodeModel, type Expr, type Scope } from '../code/codeModel';
import { deferredCall } from '../code/deferredCalls';
import { SEVERITY_RANK, type RelatedLocation, type Severity } from '../finding';
import type { LineIndex } from '../textPositions';
import { INTERPRETER, SANDBOXED_CODE_TOOL, SANITIZERS, SINKS, SINK_ADVICE, TEMPLATE_FILE, TEMPLATE_RENDER, TEMPLATE_SINK_WHAT, type SinkKind, type SinkRow } from '../catalogue/sinks';
import { personalFields } from './personalFields';
import { FAILURE_MEMBER, FIXED_DATA_API_HOSTS, MCP_TOOL_CALL_HANDLER, WEBSOCKET_SEND, OPAQUE_CALL, OPAQUE_MEMBER, REDACTION_CALL, SOURCES, STORED_PROMPT_FIELD, UNTRUSTED_WRAPPER, VECTOR_API_PATHS, type SourceRow } from '../catalogue/sources';
import { agentHasTools, calledObjectRow, callHasTools, crewHasTools, HTTP_METHOD_LITERAL, isAgentInSight, isPlainAgentInSight, runsAgentWithTools, collectMessages, inputMessageParts, instructionWords, markReplayedTurns, matchLlmApi, namesHost, promptParts, requestsHost, templateVariables, urlMadeFrom, type MessageHelpers, type PromptPart, type Resolve } from './llmCallSites';
import { AGENT_QUESTION_KEY, CHAT_MODEL_CONSTRUCTOR, TOOL_KEYS, CHAT_MODEL_RECEIVER, DOCUMENT_PIPELINES, HOSTED_WEB_TOOL, HUB_PROMPTS, HUB_PULL, LIBRARY_AGENT_CONSTRUCTOR, LLM_APIS, MESSAGE_KEYS, PROMPT_TEMPLATE_CONSTRUCTOR, RETRIEVAL_CHAINS, RUNNABLE_CONSTRUCTORS, type LlmApiRow, type RetrievalChainRow } from '../catalogue/llmApis';
import { promptSeverity, type PromptDestination, type TextOrigin } from './promptPolicy';
import { distinctSteps, mergeTaints, policyOrigin, rankTaints, steerOf, type FunctionSummary, type ParamPrompt, type ParamSink, type Taint, RECEIVER } from './taint';
import type { SummaryLookup } from './workspaceIndex';
import { PROMPT_FILE_NAME } from './promptFiles';

/** A piece of text that reaches a prompt, with where it lands and what it carries. */
export interface PromptFlow {
  /** The expression that enters the prompt (the finding's range). */
  part: Expr;
  destination: PromptDestination;
  taints: Taint[];
  mitigated: boolean;
  powerful: boolean;
  /** Its only tools read what anyone can read on the web (search, scraping, public listings): no power the person lacks. */
  publicReaders?: boolean;
  /** The app runs on keys the person types in (`PolicyInput.personsOwnKeys`). */
  ownKeys?: boolean;
  /** Steps after the source: helpers the text passed through before the prompt (other files included). */
  through: RelatedLocation[];
  /** A whole `messages` list passed through (chat history), not one message's text. */
  history?: boolean;
  /** The text enters through a template slot a chain fills (no value here to wrap). */
  noWrapFix?: boolean;
  /** A library's own prompt or tool puts it there (no instruction text of the app's to move or value to wrap). */
  libraryPrompt?: boolean;
  /** Other visitors' messages in a stored conversation every visitor shares (fixed ids): the fix is the conversation's key. */
  sharedConversation?: boolean;
}

export interface SinkFlow {
  at: Expr;
  kind: SinkKind;
  what: string;
  advice: string;
  taint: Taint;
  through: RelatedLocation[];
  /** The sinks reached in helpers, when the value is passed to one: the message says where (one or several). */
  places?: RelatedLocation[];
}

export interface FileAnalysis {
  prompts: PromptFlow[];
  /** String and template literals sent to a model (scanned for injection text). */
  promptTexts: Expr[];
  /** Every expression that enters a prompt, tainted or not (personal fields, whole records). */
  promptValues: Expr[];
  /** Arguments of the app's message helpers, with the personal fields the helper's message reads from them. */
  promptPersonal: { part: Expr; fields: string[] }[];
  sinks: SinkFlow[];
  summaries: FunctionSummary[];
  /**
   * What this analysis found about other files: `file\0line:character` of a model call there whose output reaches a
   * sink here (that file's analysis treats it as a call whose output is acted on, as it does its own), and
   * `file\0tool:name` of a function there this file gives a model as a tool, `file\0toollist:NAME` of a module-level
   * list of tools there it gives a model (that file's analysis treats them as tools).
   */
  factsForOtherFiles: string[];
  /** Taints of any expression of the file (for rules that ask about a value, such as whole-record). */
  taintsOf(expr: Expr): Taint[];
}

/** A low-level MCP server's handler registration, as the code model names it: `server.setRequestHandler(CallToolRequestSchema)`. */
const MCP_HANDLER = /(^|\.)setRequestHandler\(/;
const CREDENTIAL_ENV = /(api_?key|apikey|secret|passw(or)?d|pass_?key|pass_?phrase|token|credential|private_?key|auth)/i;
const NOT_CREDENTIAL = /max_?tokens?|tokens?_?(count|usage|limit|budget)|tokenizer|token_?budget|num_?tokens|TOKENIZERS_PARALLELISM/i;
const KEY_SHAPED = /^(sk-(proj-|ant-)?[A-Za-z0-9_-]{20,}|AIza[0-9A-Za-z_-]{35}|gsk_[A-Za-z0-9]{40,}|hf_[A-Za-z]{30,}|xox[bpa]-[A-Za-z0-9-]{20,}|gh[pousr]_[A-Za-z0-9]{36}|AKIA[0-9A-Z]{16})$/;
/** Calls that compose a LangChain chain out of steps, one of which may be a map filling template slots. */
const CHAIN_COMPOSITION = /(^|\.)(RunnableSequence\.from|RunnableParallel|RunnableMap|RunnablePassthrough\.assign|assign|pipe)$|^(new )?(RunnableSequence|RunnableParallel|RunnableMap)$/;

/** A value the app keeps in Streamlit's session state (`st.session_state.pipeline`, `st.session_state["agent"]`). */
const STREAMLIT_STATE = /^st\.session_state\b/;
/** Receivers that are the language's own objects or standard modules: `JSON.parse` is never a workspace method. */
const BUILTIN_RECEIVERS = /^(JSON|Math|Object|Array|Promise|Reflect|Number|String|Date|Symbol|console|process|Buffer|URL|crypto|fs|path|os|sys|re|json|time|datetime|math|random|logging|itertools|collections|typing|np|pd|st|gr)$/;
/** Keywords that hand a model a list of functions to call as tools (and Agent Framework's `context_providers`, read through the same library rows). */
const TOOL_LIST_KEYS = /^(tools|functions|context_providers)$/;
/** A script a UI framework runs (`streamlit run app.py`): no other module imports its names. */
const UI_SCRIPT_MODULE = /^(streamlit|gradio)$/;
/** Constructors of agents that run only when asked (`agent.run(…)`, a team or crew that has them). */
const AGENT_CONSTRUCTOR = /(^|\.)(Agent|Team|LlmAgent|ChatAgent|AssistantAgent|ConversableAgent|CodeAgent|ToolCallingAgent)$/;
const TOOL_LIST_CALLS = /(^|\.)(bind_tools|bindTools|ToolNode|create_react_agent|createReactAgent|register_function|register_for_llm|from_tools)$/;
const REACT_STATE = /^(React\.)?useState$/;
/** A path on the app's own origin (`'/api/answer'`, `` `/api/chats/${id}` ``), not another site's URL. */
function isSameOriginPath(url: Expr | undefined): boolean {
  if (!url || (url.kind !== 'string' && url.kind !== 'template')) return false;
  const written = url.literal ?? url.text.replace(/^[`'"]/, '');
  return /^\/(?!\/)/.test(written) || (url.kind === 'string' && RELATIVE_PATH.test(written));
}

/** `fetch("text_completion")` from a page: a path relative to the page, on its own server (no scheme, no dot). */
const RELATIVE_PATH = /^(?![\w-]*:)[\w-]+(?:\/[\w-]+)*$/;

/** The Model Context Protocol's SDKs (`mcp`, `fastmcp`, `@modelcontextprotocol/sdk/…`) and their prompt handlers. */
const MCP_MODULE = /^(mcp|fastmcp)(\.|$)|^@modelcontextprotocol\//;
const MCP_PROMPT_DECORATOR = /^\w+\.(get_prompt|prompt)$/;
const MCP_PROMPT_REGISTRATION = /(^|\.)(registerPrompt|prompt)$/;

/** The kinds of sink every one of these taints is made safe for (none for an empty list). */
function sanitizedInEvery(taints: readonly Taint[]): SinkKind[] {
  if (!taints.length) return [];
  return (taints[0].sanitizedFor ?? []).filter((kind) => taints.every((taint) => taint.sanitizedFor?.includes(kind)));
}

/** A browser's WebSocket (or reconnecting-websocket's): its message handler reads what the server sends. */
const WEBSOCKET_CONSTRUCTOR = /^new (WebSocket|ReconnectingWebSocket)$/;
const WEBSOCKET_MADE = /\bnew\s+(?:Reconnecting)?WebSocket\s*\(/;
/** `items.map(…)`, `items.flatMap(…)`: a new collection of what the callback makes of each element. */
const MAP_METHOD = /\.(map|flatMap)$/;
/**
 * SQL and EdgeQL that read a database's own catalogue (its tables, columns and types) or a query's plan (`EXPLAIN …`),
 * not its rows — or only count and add them up (`SELECT COUNT(*) AS c FROM memories`): numbers, no one's text.
 */
const CATALOGUE_QUERY = /\binformation_schema\b|\bpg_catalog\b|\bsqlite_(master|schema)\b|\bmodule\s+schema\b|\bschema::|PRAGMA\s+table_info|^\W*(SHOW\s+(FULL\s+)?(TABLES|COLUMNS|DATABASES|INDEX)|DESCRIBE|EXPLAIN)\b|^\W*SELECT\s+(?:(?:COUNT|SUM|AVG)\s*\([^()]*\)(?:\s+(?:AS\s+)?\w+)?\s*,?\s*)+FROM\b/i;
/** The catalogue's rows that run a shell or a program. */
const SHELL_SINKS = SINKS.filter((row) => row.kind === 'shell');
/** A request object built from a URL, then sent (`urllib.request.Request(url)`, `new Request(url)`; requests' `Request("GET", url)` names its method first and never matches a host). */
const REQUEST_OBJECT = /^(new )?(urllib\.request\.|urllib2\.)?Request$/;
/** A tools/call handler's branch for one tool: `case "get_issue":`, `if (name === "get")`, `elif name == "read_query":`, `name === ToolName.ECHO`. */
const TOOL_DISPATCH = /\bcase\s+["'`]([\w.-]+)["'`]\s*:|\b(?:name|tool_?name|toolName|tool)\s*===?\s*(?:["'`]([\w.-]+)["'`]|[A-Z]\w*\.(\w+))/g;
/** A tool named for a write (`create_issue`, `slack_post_message`, `add_issue_comment`): it answers with what it wrote. */
const WRITE_TOOL = /^(?:[a-z]+_)?(?:create|update|add|push|merge|fork|post|send|delete|remove|set|reply|react|write|move|rename|upload|insert|put|patch|close|reopen|assign|invite|archive|schedule|cancel|approve|comment|drop|truncate|clear)(?:_|$)/i;
/** A helper that adds query parameters to the URL it is given first (`buildUrl(base, params)`, `add_query_params(url, …)`). */
const URL_BUILDER = /(^|\.)(build|make|with|add|append)_?(Url|URL|url|Uri|URI|uri|Query|query|QueryParams|query_params|SearchParams|search_params|Params|params)$/;
/** Keywords that hand a command line to what runs it later (`Job(command=[…])`, `Task(cmd=[…])`). */
const COMMAND_KEYWORD = /^(command|cmd|argv|command_line|commandLine)$/;
/** Programs that copy, move, show or store a file without running it (the first word of a command that names one). */
const FILE_HANDLING_PROGRAM = /^(git|cp|mv|cat|ls|rm|chmod|chown|diff|open|xdg-open|code|less|more|head|tail|wc|grep|tar|zip|unzip|gzip|scp|rsync|curl|wget|aws|gsutil|echo|touch|stat|file|lp|pandoc)$/;
/** A collection's own accessors (`tool_calls_buffer.values()`): they hand back what it holds, they run no tool (`tools.get(name)` picks one: not here). */
const ACCESSOR_METHOD = /\.(values|keys|items|entries|copy|slice|concat|join|split|strip|toString)$/;
/** A database opened read-only: SQLite's `mode=ro`, an engine's or session's read-only option. */
const READ_ONLY_DATABASE = /[?&]mode=ro\b|immutable=1|postgresql_readonly|read_?only\s*=\s*True|readonly\s*=\s*True|default_transaction_read_only/i;
/** A class that holds a tool's result (`BaseToolOutput(ret)`, `ToolResult(…)`): built from it, it runs no tool. */
const RESULT_RECORD = /(^|\.|new )[A-Z]\w*(Output|Result|Return|Message|Response)$/;
/** Array methods whose callback answers yes/no or compares: what it returns is never in the result. */
const PREDICATE_METHOD = /\.(filter|find|findLast|findIndex|findLastIndex|some|every|sort|toSorted)$/;
/** The person's turn of a stored conversation record (`turn["user"]`, `last.human`, `entry.question`). */
const STORED_USER_TURN = /\.(user|human|question|user_message|userMessage)$/;
/** LangGraph's state updates: a node's `Command(goto=…, update={…})` and a router's `Send("node", {…})`. */
const GRAPH_COMMAND = /(^|\.)(new )?Command$/;
const GRAPH_SEND = /(^|\.)(new )?Send$/;
/** The state update a LangGraph `Command(update={…})` carries, or undefined for any other value. */
function commandUpdate(value: Expr, resolve: (expr: Expr) => Expr): Expr | undefined {
  if (value.kind !== 'call' || !GRAPH_COMMAND.test(value.callee ?? '')) return undefined;
  const update = value.keywordArgs?.update ?? value.args?.[0]?.properties?.update;
  return update ? resolve(update) : undefined;
}

/**
 * The state updates a LangGraph node makes, as object literals: the dicts it returns, `Command(update={…})`, and the
 * payloads of the `Send(node, {…})` it creates (`resolve` follows a name to the value assigned to it).
 */
function graphUpdates(scope: Scope, resolve: (expr: Expr) => Expr): Expr[] {
  const updates: Expr[] = [];
  for (const returned of scope.returns ?? []) {
    const value = resolve(returned);
    updates.push(commandUpdate(value, resolve) ?? value);
  }
  for (const call of scope.calls) if (GRAPH_SEND.test(call.callee ?? '') && call.args?.[1]) updates.push(resolve(call.args[1]));
  return updates.filter((update) => update.kind === 'object' && update.properties);
}

/** `builder.add_node("report", report)`, `.addNode("report", generateContentReport)`: a node given to a LangGraph graph. */
const GRAPH_ADD_NODE = /(^|\.)(add_node|addNode)$/;
/** The function a node argument names: `generatePost`, or `rewritePost<State, Update>` (a generic one, instantiated). */
function nodeFunctionName(given: Expr): string {
  return /^([A-Za-z_$][\w$]*)\s*(?:<[^()]*>)?$/.exec(given.text)?.[1] ?? '';
}
/** `messages`, `researcher_messages`: a channel holding a conversation (LangGraph's MessagesState and sub-agents'). */
const CONVERSATION_CHANNEL = /^(\w+_)?messages$/i;
/** The Teams AI library: its planner over a prompt folder, and the conversation's state its templates read. */
const TEAMS_AI_MODULE = /^@microsoft\/teams-ai$/;
const ACTION_PLANNER = /(^|\.)(new )?ActionPlanner$/;
const PROMPT_MANAGER = /(^|\.)(new )?PromptManager$/;
/** `conversation.workItems`, `state.conversation.workItems`, `state.user.name`: a value the turn state keeps. */
const TEAMS_STATE_PATH = /(?:^|\.)((?:conversation|user|temp)\.\w+)$/;
/** LlamaIndex's query engine made from an index, and the options that give it a QA template of the app's. */
const LLAMAINDEX_QUERY_ENGINE = /(^|\.)(as_query_engine|asQueryEngine)$/;
const OWN_QA_TEMPLATE = /^(text_qa_template|textQaTemplate|response_synthesizer|responseSynthesizer)$/;
/** The catalogue's row for functions the model calls as tools. */
const TOOL_PARAMETERS_ROW = SOURCES.find((row) => row.id === 'agent-tool-parameters')!;
/** The catalogue's row for a LangGraph graph's state, read by its nodes (and by LangChain 1's tools through `ToolRuntime`). */
const GRAPH_STATE_ROW = SOURCES.find((row) => row.id === 'langgraph-state')!;
/** The catalogue's row for Google ADK agents, and the session-state placeholders ADK fills in their instructions (`{research}`, `{draft?}`). */
const ADK_AGENT_ROW_ID = 'google-adk-agent';
/**
 * Google ADK's session state (`tool_context.state["k"]`, `callback_context.state["k"]`): one store for the session,
 * shared by every agent, tool and callback of the app, whichever module they are in. Group 1: the key.
 */
const ADK_CONTEXT = '(?:tool_context|callback_context|context|ctx|tool_ctx|invocation_context|readonly_context)';
const ADK_STATE = new RegExp(`^${ADK_CONTEXT}\\.state\\.(\\w+)`);
/** `tool_context.state.update({…})`: several keys at once. */
const ADK_STATE_UPDATE = new RegExp(`^${ADK_CONTEXT}\\.state\\.update$`);
/** The class name the index keeps a file's ADK state writes under (`FunctionSummary.className`): no class has it. */
const ADK_STATE_CLASS = '(ADK session state)';
const ADK_STATE_SLOT = /(?<!\{)\{([A-Za-z_]\w*)\??\}(?!\})/g;
/** The pseudo-class of what a module's calls keep in objects of a class (`Class.attribute`, `callerStores`). */
const OBJECT_STORES_CLASS = '(kept in objects)';

/** Every expression below one, itself included. */
function descendants(expr: Expr): Expr[] {
  return [expr, ...expr.children.flatMap(descendants)];
}

/** `st.text_input("OpenAI API key", type="password")`: a field where the person types a key of theirs. */
function asksForKey(call: Expr): boolean {
  if (!/^st\.(sidebar\.)?text_input$/.test(call.callee ?? '')) return false;
  const label = call.args?.[0]?.literal ?? call.keywordArgs?.label?.literal ?? '';
  return call.keywordArgs?.type?.literal === 'password' || /\b(api[ _-]?key|access[ _-]?token|token|secret)\b/i.test(label);
}

/** A key the operator configures: `os.getenv("EXA_API_KEY")`, `os.environ["BRIGHT_DATA_API_KEY"]` read, `st.secrets[…]`. */
const OPERATOR_KEY_READ = /\bos\.(getenv|environ\.get)\(\s*["'][\w-]*(KEY|TOKEN|SECRET)[\w-]*["']|\bos\.environ\[\s*["'][\w-]*(KEY|TOKEN|SECRET)[\w-]*["']\s*\](?!\s*=[^=])|\bst\.secrets\b/;

/** A module that serves web requests: module-level state there is every visitor's. */
const WEB_SERVER_MODULE = /^(fastapi|flask|starlette|django|aiohttp|ag_ui_adk|sanic|quart)(\.|$)/;
/** `new Promise(executor)`: what the executor resolves it with. */
const PROMISE_CONSTRUCTOR = /^new Promise$/;
/** Node's `util.promisify(fn)`: a function that runs `fn`. */
const PROMISIFY = /^(util\.)?promisify$/;
/**
 * A model response's metadata fields: which model answered, timestamps, token counts, why it stopped (not `object`: the
 * AI SDK's `generateObject` answers there; not `id`: a tool-call loop pairs each result with its call by it).
 */
const MODEL_METADATA = /^(model|model_name|modelId|created|usage|system_fingerprint|finish_reason|finishReason|stop_reason|prompt_tokens|completion_tokens|total_tokens)$/;
/**
 * A database driver's own fields on a query's result: counts, the command that ran, the columns' names and types (pg's
 * `result.command`, `result.fields`; mysql's `affectedRows`; better-sqlite3's `changes`) — not a row's text.
 */
const QUERY_RESULT_METADATA = /^(rowCount|rowcount|command|fields|affectedRows|changedRows|insertId|lastInsertRowid|lastrowid|rowsAffected|numAffectedRows)$/;

/** The key a read takes: `x.model`, `x["model"]`, `getattr(x, "model", …)`, `x.get("model", …)`. */
function readKey(expr: Expr): string | undefined {
  if (expr.kind === 'member') return /[.[]\s*['"]?([\w$]+)['"]?\s*\]?$/.exec(expr.text)?.[1];
  if (expr.kind !== 'call') return undefined;
  if (expr.callee === 'getattr') return expr.args?.[1]?.literal;
  return /\.get$/.test(expr.callee ?? '') ? expr.args?.[0]?.literal : undefined;
}

const POSITION_METHOD = /\.(slice|substring|substr|at|charAt)$/;
/** Gradio launched as an MCP server: its API endpoints are tools for whatever AI client connects. */
const GRADIO_MCP_LAUNCH = /\.launch\([^)]*\bmcp_server\s*=\s*True|GRADIO_MCP_SERVER/;
/**
 * A taint of a function written inside another, as that enclosing function sees it: a parameter it captured from there
 * is one level nearer (the enclosing function's own at depth 0); its own parameters are nothing there.
 */
function seenFromEnclosing(taint: Taint): Taint[] {
  if (taint.origin !== 'param') return [taint];
  return taint.capturedDepth ? [{ ...taint, capturedDepth: taint.capturedDepth - 1 || undefined }] : [];
}

/** Google ADK's runner: a run reads and extends the stored session its `user_id` and `session_id` name. */
const ADK_SESSION_RUN = /(^|\.)(run_async|run)$/;
/** The OpenAI Agents SDK's stored sessions: a database file or server named by the app keeps each id's conversation. */
const AGENTS_STORED_SESSION = /(^|\.)(SQLiteSession|(SQLAlchemy|Redis|Dapr|Encrypt\w*)Session\.from_url)$/;
/** LangGraph's runs of a compiled graph, given its config (a thread id picks the checkpointed conversation). */
const GRAPH_RUN = /\.(a?invoke|a?stream|astream_events)$/;
/** Checkpointers that keep threads in a database, shared by every process and visitor. */
const PERSISTENT_SAVER = /(^|\.)(Async)?(Sqlite|Postgres|Redis|MongoDB|MySQL|Couchbase)Saver(\.from_conn_string|\.from_url)?$/;
/**
 * Frameworks whose apps serve many visitors, beside the web servers (WEB_SERVER_MODULE): pages whose script runs
 * again for each visitor (Streamlit, Gradio, Chainlit) and JavaScript servers — a store outside them is every visitor's.
 */
const VISITOR_PAGE_MODULE = /^(streamlit|gradio|chainlit|express|fastify|koa|hono|next)(\/|\.|$)/;
/** Python calls that make a dict the function then fills key by key (`dict(BASE)`, `defaults.copy()`). */
const DICT_MADE = /^(dict|defaultdict|OrderedDict|collections\.(defaultdict|OrderedDict)|copy\.(copy|deepcopy))$|\.copy$/;
/** A keyed read of a collection (`table.get(key, default)`): what the receiver holds under that key. */
const KEYED_READ = /\.get$/;
const DISK_LISTING = /^((fs|fsp|fs\.promises)\.)?(readdir|readdirSync|opendir|opendirSync|stat|statSync|lstat|lstatSync)$|^os\.(listdir|scandir|walk|stat)$/;
const SECRET_STORE = /(^|\.)(secrets\.get|getSecret|get_secret|get_secret_value|getSecretValue|keyring\.get_password|vault\.read|read_secret\w*)$/;

/**
 * Follows data through one file: sources (the catalogue) → variables → calls (with the summaries of functions in
 * this file and, through `lookup`, the workspace) → prompts and sinks. Computes the file's own function summaries.
 */
export function analyseFile(file: string, model: CodeModel, lines: LineIndex, lookup?: SummaryLookup, previous?: readonly FunctionSummary[]): FileAnalysis {
  const context = new FileContext(file, model, lines, lookup, previous);
  context.run();
  // Functions of this file that call each other, or methods that share attributes: a few more rounds let their
  // summaries and the attributes' taints settle. A round is run only when it would read something the last one did
  // not (a run depends on nothing else that changes), so a file whose own functions carry nothing is analysed once.
  // A LangGraph graph passes values from node to node through its state, one node further each round. Four rounds
  // follow a chain of four own methods (pandas-ai's CodeCleaning.execute → get_code_to_run → _clean_code → exec):
  // with three, a fresh scan stopped short of what a cached scan (which starts from settled summaries) found.
  const rounds = context.graphNodes.size || context.workflow || context.flowListeners.size ? 6 : 4;
  for (let round = 1; round < rounds && context.localInputsChanged(); round++) context.run();
  return context.result();
}

/** The class names a variable or attribute name may stand for: `ai` → AI, Ai; `llm_client` → LLM_CLIENT, LlmClient. */
export function classNamesFor(name: string): string[] {
  const pascal = name.split('_').filter(Boolean).map((word) => word[0].toUpperCase() + word.slice(1)).join('');
  return [...new Set([name.toUpperCase(), pascal])];
}

const ADK_MODULE = /^google\.adk(\.|$)/;
/** An ADK agent's instruction written to it (`….agent.instruction = …`, `root_agent.global_instruction = …`). */
const ADK_INSTRUCTION_WRITE = /(^|\.|_)agent\.(global_)?instruction$/;

/** The method that makes an object: Python's `__init__`, a JavaScript class's `constructor`. */
const CONSTRUCTOR_NAME = /^(__init__|constructor)$/;

/**
 * `Handler()` / `new Handler(…)`: the class a call constructs, by the Capitalised name convention (a private class's
 * leading underscores too: `_BashSession()`); undefined otherwise.
 */
/** A model that searches the web for its answer: Perplexity's API, its sonar models, the older `…-online` ones. */
const WEB_GROUNDED_MODEL = /api\.perplexity\.ai|["'](sonar(-[\w-]+)?|[\w.-]+-online)["']/;

function constructedClass(value: Expr): string | undefined {
  const name = value.kind === 'call' ? (value.callee ?? '').replace(/^new /, '').split('.').pop() ?? '' : '';
  return /^_*[A-Z][A-Za-z0-9_]*[a-z][A-Za-z0-9_]*$/.test(name) ? name : undefined;
}

class FileContext {
  readonly flows = new Map<Scope, ScopeFlow>();
  /** Flows whose writes this pass has not worked out yet, and whether anything read one of their writes meanwhile. */
  writesPending = new Set<ScopeFlow>();
  readPendingWrite = false;
  writesPassNumber = 0;
  readonly summaries = new Map<Scope, FunctionSummary>();
  /** Module constants that hold someone else's text or model output (an agent built with a web-search tool), for importers. */
  private constants: FunctionSummary[] = [];
  readonly sourceRows: SourceRow[];
  readonly toolDispatchRow = SOURCES.find((row) => row.toolDispatch);
  prompts: PromptFlow[] = [];
  promptTexts: Expr[] = [];
  promptValues: Expr[] = [];
  promptPersonal: { part: Expr; fields: string[] }[] = [];
  sinks: SinkFlow[] = [];
  /** LLM calls whose output reaches a sink: third-party text in their prompts is then an error. */
  readonly sinkedCalls = new Set<number>();
  /**
   * Calls by which a low-level MCP server's tools/call handler hands the model's arguments to a function of the app's
   * and returns what it returns, with the argument's position: that function is the tools' code, judged there.
   */
  readonly delegatedCalls = new Map<Expr, number>();
  /** …and what this file says about others: their model calls whose output reaches a sink here, their functions it gives a model as tools. */
  readonly factsForOtherFiles = new Set<string>();
  /** Library tools the file builds and hands to a model in a list of tools (`ToolNode([new TavilySearchResults()])`). */
  private readonly libraryTools = new Map<Expr, SourceRow>();
  /** A library tool that returns someone else's text is registered on an agent apart from any call (`register_for_llm`). */
  registersThirdPartyTool = false;
  /** Template variable → where it lands (`{question}` alone in a human message: own-message). */
  readonly templateSlots = new Map<string, PromptDestination>();
  /**
   * A module-level list that request handlers add to (`chat_history.append({"role": "user", "content": text})` in a
   * Flask route): one list for every visitor, so what one request added is someone else's text in the next. The values
   * added, by list, and the taints they carry for every reader (worked out in the handler that added them).
   */
  readonly sharedAdditions = new Map<string, Expr[]>();
  readonly sharedTaints = new Map<Expr, Taint[]>();
  /**
   * What each class's methods store in attributes (`self.context = page`), by `Class\0attribute`, from the previous
   * round: another method of the class reads it.
   */
  attributes = new Map<string, Taint[]>();
  /**
   * React state (`const [answer, setAnswer] = useState('')`), by the state's name: what any `setAnswer(…)` in the
   * file was given, from the previous round. A setter called in a handler re-renders with that value.
   */
  reactState = new Map<string, Taint[]>();
  /** Setter name → state name, for the file's `useState` pairs. */
  readonly stateSetters = new Map<string, string>();
  /** LangGraph nodes and routers of this file, each with the name of its state parameter (the catalogue's graph row). */
  readonly graphNodes = new Map<Scope, string>();
  readonly graphRow: SourceRow | undefined;
  /** What the file's nodes wrote to each channel of the graph's state (`{"notes": …}`, `Command(update=…)`, `Send(…)`). */
  graphState = new Map<string, Taint[]>();
  /** The channels some node of the file writes, by the code's shape; the others are the graph's input. */
  readonly graphWritten = new Set<string>();
  /** Attributes some method of the file's classes assigns (`self.x = …`, a base class's too): the others are fields. */
  readonly assignedAttributes = new Set<string>();
  /**
   * A LlamaIndex workflow of this file: what its steps put in each event's fields (`Class\0field`, from `MyEvent(field=…)`)
   * and in the run's context (`await ctx.set("key", …)`), from the previous round: the step that receives the event
   * (`ev: MyEvent`) or reads the key (`await ctx.get("key")`) gets it.
   */
  readonly workflow: boolean;
  eventFields = new Map<string, Taint[]>();
  contextStore = new Map<string, Taint[]>();
  /**
   * Files this file writes under a fixed name and reads back (`open("generated.py", "w").write(code)` in one function,
   * `exec(open("generated.py").read())` in another): what the last round wrote to each, by the name's text.
   */
  fileChannels = new Map<string, Taint[]>();
  /** A CrewAI Flow's listeners (`@listen(plan)`) and the methods of their class they run after. */
  readonly flowListeners = new Map<Scope, Scope[]>();
  /** What those methods returned in the last round, given to each listener's parameter (by the listener's start). */
  listenInputs = new Map<string, Taint[]>();
  /**
   * Web routes of this file: the handler function → its `METHOD /path` (Express's `app.post('/api/chat', (req, res) =>
   * …)`, Flask's `@app.route("/chat", methods=["POST"])`, FastAPI's `@app.post("/chat")`).
   */
  private routesByScope: Map<Scope, string[]> | undefined;

  routeOf(scope: Scope): string[] {
    this.routesByScope ??= this.model.language === 'python' ? this.decoratedRoutes() : this.registeredRoutes();
    return this.routesByScope.get(scope) ?? [];
  }

  /** Flask / FastAPI: `@app.route("/chat", methods=["POST"])`, `@app.post("/chat")` on the lines above a `def`. */
  private decoratedRoutes(): Map<Scope, string[]> {
    const found = new Map<Scope, string[]>();
    for (const handler of this.model.scopes) {
      if (!handler.name || !handler.decorators?.some((d) => PY_ROUTE_DECORATOR.test(d))) continue;
      const lineStart = this.lines.text.lastIndexOf('\n', handler.start) + 1;
      const above = this.lines.text.slice(Math.max(0, lineStart - 600), lineStart).split('\n').reverse();
      const routes: string[] = [];
      // The decorator lines right above the `def` (blank lines between them allowed).
      for (const line of above) {
        if (!line.trim()) continue;
        if (!/^\s*@/.test(line)) break;
        const [, verb, path, methods] = PY_ROUTE_LINE.exec(line) ?? [];
        if (!path) continue;
        const listed = verb === 'route' ? [...(methods ?? '"GET"').matchAll(/['"](\w+)['"]/g)].map((m) => m[1]) : [verb];
        for (const method of listed) routes.push(`${method.toUpperCase()} ${path}`);
      }
      if (routes.length) found.set(handler, routes);
    }
    return found;
  }

  /** Express (and routers): `app.post('/api/chat', handler)`; Azure Functions: `app.http('assistant', { handler })`. */
  private registeredRoutes(): Map<Scope, string[]> {
    const found = new Map<Scope, string[]>();
    const handlerScope = (handler: Expr) => this.scopeAt(handler) ?? (handler.kind === 'name' ? this.functionNamed(handler.text)?.[0] : undefined);
    for (const outer of this.model.scopes) {
      for (const call of outer.calls) {
        // Azure Functions answer `/api/<name>` (or their `route`), for the methods they list.
        if (call.callee === 'app.http' && call.args?.[0]?.kind === 'string' && call.args[1]?.kind === 'object') {
          const options = call.args[1].properties ?? {};
          const handler = options.handler && handlerScope(options.handler);
          const path = `/api/${options.route?.literal ?? call.args[0].literal}`;
          const methods = options.methods?.kind === 'array' ? (options.methods.elements ?? []).map((m) => m.literal ?? '').filter(Boolean) : ['GET', 'POST'];
          if (handler) found.set(handler, methods.map((method) => `${method.toUpperCase()} ${path}`));
          continue;
        }
        const [, method] = ROUTE_REGISTRATION.exec(call.callee ?? '') ?? [];
        const path = call.args?.[0]?.kind === 'string' ? call.args[0].literal : undefined;
        if (!method || !path?.startsWith('/')) continue;
        for (const handler of call.args!.slice(1).map(handlerScope)) {
          if (handler) found.set(handler, [...(found.get(handler) ?? []), `${method.toUpperCase()} ${path}`]);
        }
      }
    }
    return found;
  }

  /**
   * Callbacks whose first parameter is what another value yields: an inline callback of a promise chain
   * (`p.then((response) => …)`: what `p` resolves to) and a stream's sink (`stream.pipeTo(new WritableStream({ write(chunk)
   * { … } }))`: the stream's chunks) → that value.
   */
  private yieldedTo: Map<Scope, Expr> | undefined;

  /**
   * The Teams AI prompt this file's ActionPlanner sends (`new ActionPlanner({ prompts, defaultPrompt: 'default' })` over
   * `new PromptManager({ promptsFolder: path.join(__dirname, '../src/prompts') })`): its `skprompt.txt`, read through
   * the index, and where each state value it names lands (`{{$conversation.workItems}}`: the system text).
   */
  teamsPrompt(): { file: string; slots: Record<string, PromptDestination> } | undefined {
    if (this.teamsPromptFound !== undefined) return this.teamsPromptFound ?? undefined;
    this.teamsPromptFound = null;
    const top = this.model.scopes[0] && this.flows.get(this.model.scopes[0]);
    if (!top || !this.model.imports.some((module) => TEAMS_AI_MODULE.test(module))) return undefined;
    const options = (callee: RegExp) => this.model.scopes.flatMap((scope) => scope.calls).find((call) => callee.test(call.callee ?? ''))?.keywordArgs;
    const defaultPrompt = options(ACTION_PLANNER)?.defaultPrompt;
    const folder = options(PROMPT_MANAGER)?.promptsFolder;
    const name = defaultPrompt && top.resolve(defaultPrompt).literal;
    const place = folder && top.resolve(folder);
    // (`path.join(__dirname, '../src/prompts')`: the parts after the code's own folder, joined.)
    const parts = place?.kind === 'call' ? (place.args ?? []).map((arg) => top.resolve(arg).literal).filter((part): part is string => part !== undefined) : place?.literal !== undefined ? [place.literal] : [];
    if (!name || !parts.length) return undefined;
    const written = [...parts, name, 'skprompt.txt'].join('/');
    const slots = this.lookup?.promptFile(this.file, written);
    // (Named in messages from the workspace's top, as the findings' files are.)
    const file = path.posix.normalize(`${path.posix.dirname(this.file)}/${written}`);
    if (slots) this.teamsPromptFound = { file, slots };
    return this.teamsPromptFound ?? undefined;
  }
  /** teamsPrompt()'s answer once asked (null: no such prompt). */
  private teamsPromptFound?: { file: string; slots: Record<string, PromptDestination> } | null;

  valueGivenTo(scope: Scope): Expr | undefined {
    if (!this.yieldedTo) {
      this.yieldedTo = new Map();
      for (const outer of this.model.scopes) {
        for (const call of outer.calls) {
          const receiver = receiverOf(call);
          if (!receiver || !call.args?.[0]) continue;
          if (/\.then$/.test(call.callee ?? '')) {
            const callback = this.scopeAt(call.args[0]);
            if (callback) this.yieldedTo.set(callback, receiver);
          } else if (/\.pipeTo$/.test(call.callee ?? '')) {
            const sink = call.args[0];
            if (sink.kind !== 'call' || !/^new WritableStream$/.test(sink.callee ?? '')) continue;
            // (`write(chunk) { … }` written as a method of the sink's object: a scope of its own inside that call.)
            for (const scope of this.model.scopes) {
              if (scope.name === 'write' && scope.start >= sink.start && scope.end <= sink.end) this.yieldedTo.set(scope, receiver);
            }
          }
        }
      }
    }
    return this.yieldedTo.get(scope);
  }

  /** summariesFor per call, for one round (summaries change between rounds). */
  private readonly callTargets = new Map<Expr, FunctionSummary[]>();

  /** Any source row's path, in one regex: most names and members match none, and one test says so. */
  private readonly anySourcePath: RegExp;
  /** Its answer per path: the same few paths are read in every scope and every round. */
  private readonly sourcePaths = new Map<string, boolean>();

  maybeSourcePath(path: string): boolean {
    let answer = this.sourcePaths.get(path);
    if (answer === undefined) this.sourcePaths.set(path, (answer = this.anySourcePath.test(path)));
    return answer;
  }
  private readonly llmRows = new Map<Expr, LlmApiRow | undefined>();

  constructor(
    readonly file: string,
    readonly model: CodeModel,
    readonly lines: LineIndex,
    readonly lookup: SummaryLookup | undefined,
    /** The summaries of this file's last analysis: the first run starts from them, not from nothing. */
    private readonly previous: readonly FunctionSummary[] = [],
  ) {
    this.sourceRows = SOURCES.filter((row) => (!row.module || model.imports.some((module) => row.module!.test(module))) && (!row.pythonModule || model.language !== 'python' || model.imports.some((module) => row.pythonModule!.test(module))));
    this.bindings = new Map(model.importBindings.map((binding) => [binding.local, binding]));
    this.anySourcePath = new RegExp(this.sourceRows.filter((row) => row.path).map((row) => `(?:${row.path!.source})`).join('|'));
    // What other files found about this one: a helper file's model call whose output another file runs
    // (`generateQuery` here, `sql.query(await generateQuery(q))` in the page) is powerful here too; a function another
    // file gives a model as a tool (`llm.bind_tools([search])` there) is a tool here.
    const delegatedTables: [string, number][] = [];
    const graphNodeNames: string[] = [];
    for (const fact of lookup?.factsAbout(file) ?? []) {
      // A class-based tool of this file run by the app itself there (`tool._run(q)`), or given to an agent there.
      const toolClassUse = /^(directrun|listedtool):(\w+)$/.exec(fact);
      if (toolClassUse) {
        (toolClassUse[1] === 'directrun' ? this.toolClassesRunDirectly : this.toolClassesListed).add(toolClassUse[2]);
        continue;
      }
      // `handleToolCall(name, args)` there, given the model's arguments by the tools/call handler: the tools' code here.
      const delegate = /^delegate:([\w$]+):(\d+)$/.exec(fact);
      if (delegate) {
        this.makeToolCode(delegate[1], Number(delegate[2]));
        continue;
      }
      // `toolHandlers[name](args)` there, with the table here: each function it holds.
      const table = /^delegatetable:([\w$]+):(\d+)$/.exec(fact);
      if (table) {
        delegatedTables.push([table[1], Number(table[2])]);
        continue;
      }
      // A function of this file is a node of a graph built there (`.addNode("report", generateContentReport)`).
      const node = /^graphnode:([\w$]+)$/.exec(fact);
      if (node) {
        graphNodeNames.push(node[1]);
        continue;
      }
      // The app is launched as an MCP server by a file that imports this one (`demo.launch(mcp_server=True)` there).
      if (fact === 'gradiomcp') {
        this.gradioMcp = true;
        continue;
      }
      // `ArticleStore(data_dir)` there, with `data_dir` a folder of the app's own (`Path(__file__).parent / "data"`), or not.
      const constructorPath = /^ctorpath:(\w+):(\w+):(app|other)$/.exec(fact);
      if (constructorPath) {
        this.noteConstructorPath(constructorPath[1], constructorPath[2], constructorPath[3] === 'app');
        continue;
      }
      const tool = /^tool:(\w+)$/.exec(fact)?.[1];
      const list = /^toollist:(\w+)$/.exec(fact)?.[1];
      // `TOOLS = [search, scrape]` here, `llm.bind_tools(TOOLS)` there: each function the list names.
      const listed = list ? model.scopes[0]?.assignments.filter((a) => a.target === list && a.value.kind === 'array').flatMap((a) => (a.value.elements ?? []).filter((e) => e.kind === 'name').map((e) => e.text)) : [];
      for (const name of tool ? [tool] : listed) {
        for (const scope of model.scopes) if (scope.name === name && !scope.className && !scope.callbackOf) scope.callbackOf = 'tool';
        this.noteLibraryTool(model.scopes[0]?.assignments.find((a) => a.target === name)?.value);
      }
      if (tool || list) continue;
      const [line, character] = fact.split(':').map(Number);
      this.sinkedCalls.add(lines.offsetAt({ line, character }));
    }
    // A graph whose nodes are other files' functions (`.addNode("report", generateContentReport)`): each is told it is a
    // node, so that its state parameter is the graph's state and what it returns under a key is that channel.
    if (lookup) {
      for (const scope of model.scopes) {
        for (const call of scope.calls) {
          const given = GRAPH_ADD_NODE.test(call.callee ?? '') && call.args?.[1] ? this.bindings.get(nodeFunctionName(call.args[1])) : undefined;
          const target = given && given.imported !== '*' ? lookup.moduleFile(file, given.module) : undefined;
          if (target && target !== file) this.factsForOtherFiles.add(`${target}\0graphnode:${given!.imported}`);
        }
      }
    }
    // Gradio served as an MCP server (`launch(mcp_server=True)`, or GRADIO_MCP_SERVER set in the code): every function
    // bound to an event listener here is a tool; the modules this file imports hold the rest of its interface.
    if (model.imports.some((module) => /^gradio(\.|$)/.test(module)) && GRADIO_MCP_LAUNCH.test(lines.text)) {
      this.gradioMcp = true;
      for (const module of model.imports) {
        const target = lookup?.moduleFile(file, module);
        if (target && target !== file) this.factsForOtherFiles.add(`${target}\0gradiomcp`);
      }
    }
    this.linkCallbacks();
    for (const [name, index] of delegatedTables) this.delegateTable(name, index);
    this.noteDelegatedTools();
    this.workflow = model.imports.some((module) => LLAMAINDEX_WORKFLOW.test(module));
    if (model.imports.some((module) => CREWAI_FLOW.test(module))) {
      for (const scope of model.scopes) {
        if (!scope.listensTo?.length) continue;
        const className = this.classOf(scope);
        const listened = model.scopes.filter((method) => method !== scope && method.name !== undefined && scope.listensTo!.includes(method.name) && this.classOf(method) === className);
        if (listened.length) this.flowListeners.set(scope, listened);
      }
    }
    // LangChain 1's tools read and write the agent's graph state through a `ToolRuntime` parameter
    // (`runtime.state.get("nodes")`, `return Command(update={"nodes": …})`), with or without a LangGraph import.
    const toolRuntime = (scope: Scope) => Object.entries(scope.paramClasses ?? {}).find(([, annotated]) => annotated === 'ToolRuntime')?.[0];
    this.graphRow = this.sourceRows.find((row) => row.graphNode) ?? (model.scopes.some(toolRuntime) || graphNodeNames.length ? GRAPH_STATE_ROW : undefined);
    if (this.graphRow) {
      for (const scope of model.scopes) {
        const state = scope.positional?.[0];
        const runtime = toolRuntime(scope);
        if (runtime) this.graphNodes.set(scope, `${runtime}.state`);
        else if (state && scope.callbackOf && this.graphRow.graphNode!.test(scope.callbackOf)) this.graphNodes.set(scope, state);
      }
      for (const name of graphNodeNames) {
        const scope = model.scopes.find((candidate) => candidate.name === name && !candidate.className && candidate.positional?.[0]);
        if (scope) this.graphNodes.set(scope, scope.positional![0]);
      }
      for (const scope of this.graphNodes.keys()) {
        // By the code's shape (nothing is analysed yet): a returned dict, or a name the node built one in
        // (`state_update = {"completed_notes": …}; state_update["search_results"] = …; return state_update`).
        const builtIn = (expr: Expr) => (expr.kind === 'name' ? scope.assignments.find((a) => a.target === expr.text && a.value.kind === 'object')?.value ?? expr : expr);
        for (const update of graphUpdates(scope, builtIn)) for (const key of Object.keys(update.properties ?? {})) this.graphWritten.add(key);
        for (const returned of scope.returns ?? []) {
          if (returned.kind !== 'name') continue;
          for (const { target } of scope.assignments) if (target.startsWith(`${returned.text}.`)) this.graphWritten.add(pathRoot(target.slice(returned.text.length + 1), '.'));
        }
      }
    }
    for (const scope of model.scopes) {
      const className = this.classOf(scope);
      // (`this.url = url` in a TypeScript constructor, from its own parameter as given: a field the caller fills, as a
      // dataclass's is. Python's `__init__` too would read shell_gpt's role files, which its config folder holds, as
      // someone else's text: the reads of a folder a setting names are not yet the app's own.)
      const constructorParams = scope.name === 'constructor' ? new Set([...scope.params, ...Object.keys(scope.destructured ?? {})]) : undefined;
      if (className !== undefined) for (const { target, value } of scope.assignments) {
        const attribute = SELF_ATTRIBUTE.exec(target)?.[2];
        const field = value.kind === 'name' && value.text === attribute && constructorParams?.has(value.text) && !scope.assignments.some((a) => a.target === value.text);
        if (attribute && !field) this.assignedAttributes.add(attribute);
      }
      // `const [answer, setAnswer] = useState(…)` gives two assignments of the one call: the state, then its setter.
      scope.assignments.forEach((assignment, i) => {
        const next = scope.assignments[i + 1];
        if (next && next.value === assignment.value && REACT_STATE.test(assignment.value.callee ?? '')) this.stateSetters.set(next.target, assignment.target);
      });
    }
  }

  /**
   * A wrapper of this file's (`def safe_tool_wrapper(tool_func): @wraps(tool_func) def wrapped(*a, **k): return
   * tool_func(*a, **k) … return wrapped`): it returns a function written inside it that calls its first parameter.
   */
  private wrapsFunction(name: string): boolean {
    if (!/^\w+$/.test(name)) return false;
    const [outer] = this.model.scopes.filter((scope) => scope.name === name && !scope.className);
    const given = outer?.params[0];
    if (!outer || !given) return false;
    return this.model.scopes.some((inner) => inner !== outer && inner.name !== undefined && inner.start > outer.start && inner.end <= outer.end && inner.calls.some((call) => call.callee === given) && (outer.returns ?? []).some((value) => value.kind === 'name' && value.text === inner.name));
  }

  /** Parameters of this file's functions that they give a model as tools (`FunctionSummary.toolParams`). */
  readonly toolParams = new Map<Scope, number[]>();

  /** A function of this file (a tool from now on), or one it imports from another file of the workspace (a tool there). */
  private makeTool(name: string, functions: ReadonlyMap<string, Scope>): void {
    const target = functions.get(name);
    if (target) target.callbackOf = 'tool';
    else this.noteImportedTool(name);
  }

  /** A function this file imports from another file of the workspace and gives a model as a tool: a tool there. */
  private noteImportedTool(name: string): void {
    const binding = this.bindings.get(name);
    if (!binding || binding.imported === '*' || !this.lookup) return;
    for (const summary of this.lookup.imported(this.file, binding.module, binding.imported)) if (!summary.className) this.factsForOtherFiles.add(`${summary.file}\0tool:${summary.name}`);
  }

  /** `tools.run_sql` in a tool list, `tools` a module this file imports (`from . import tools`): that module's function is a tool there. */
  private noteModuleTool(path: string): void {
    for (const summary of this.moduleMemberSummaries(path) ?? []) if (!summary.className) this.factsForOtherFiles.add(`${summary.file}\0tool:${summary.name}`);
  }

  /**
   * The summaries of `name` in the module `path` names through a name this file imports (`tools.run_sql` after `from .
   * import tools`); undefined when `path` is no `module.name`.
   */
  private moduleMemberSummaries(path: string): FunctionSummary[] | undefined {
    const member = /^([A-Za-z_$][\w$]*)\.([A-Za-z_$][\w$]*)$/.exec(path);
    if (!member) return undefined;
    const binding = this.bindings.get(member[1]);
    const module = binding ? this.moduleOfBinding(binding) : undefined;
    return module && this.lookup ? this.lookup.imported(this.file, module, member[2]) : [];
  }

  /** A class-based tool made here (`SearchTool(…)`) and run directly or listed: noted here, or for the file of the workspace that defines it. */
  private noteToolClassUse(made: Expr | undefined, use: 'directrun' | 'listedtool'): void {
    const className = made && constructedClass(made);
    if (!className) return;
    if (Object.hasOwn(this.model.classBases, className)) {
      (use === 'directrun' ? this.toolClassesRunDirectly : this.toolClassesListed).add(className);
      return;
    }
    const binding = this.bindings.get(className);
    const file = binding && binding.imported !== '*' && this.lookup ? this.lookup.moduleFile(this.file, binding.module) : undefined;
    if (file) this.factsForOtherFiles.add(`${file}\0${use}:${binding!.imported}`);
  }

  /** A class-based tool the app only runs itself, never giving it to a model: its methods take no model output. */
  runByTheAppOnly(method: Scope): boolean {
    const className = method.className;
    return className !== undefined && this.toolClassesRunDirectly.has(className) && !this.toolClassesListed.has(className);
  }

  /**
   * A low-level MCP server's tools/call handler that hands the model's arguments to a function of the app's and returns
   * its answer (`return handleToolCall(request.params.name, request.params.arguments)`): that function is the tools'
   * code, so its sinks and the results it returns are reported there, tool by tool, not all at this one call.
   */
  private noteDelegatedTools(): void {
    for (const scope of this.model.scopes) {
      const lowLevel = MCP_TOOL_CALL_HANDLER.test(scope.callbackOf ?? '');
      const decorated = scope.decorators?.some((decorator) => /^\w+\.call_tool$/.test(decorator));
      if (!lowLevel && !decorated) continue;
      // Where the arguments are: `request.params.arguments` (and a name given it), or `@server.call_tool()`'s second parameter.
      const argumentPath = decorated ? scope.positional?.[1] : scope.positional?.[0] && `${scope.positional[0]}.params.arguments`;
      if (!argumentPath) continue;
      const readsArguments = (expr: Expr) => expr.reads.some((read) => read === argumentPath || read.startsWith(`${argumentPath}.`));
      const holders = new Set(scope.assignments.filter((a) => /^[\w$]+$/.test(a.target) && (readsArguments(a.value) || (a.property === 'arguments' && a.value.text === argumentPath.replace(/\.arguments$/, '')))).map((a) => a.target));
      const holdsArguments = (arg: Expr) => readsArguments(arg) || arg.reads.some((read) => holders.has(pathRoot(read, '.')));
      const returned = (scope.returns ?? []).map((r) => r.text.replace(/^await\s+/, ''));
      const kept = new Set(scope.assignments.filter((a) => returned.includes(a.target)).map((a) => a.value.text.replace(/^await\s+/, '')));
      const forwarding = scope.calls.filter((call) => /^[\w$]+$/.test(call.callee ?? '') && (returned.includes(call.text) || kept.has(call.text)) && (call.args ?? []).some(holdsArguments));
      // Only a handler that hands every call to one function: one that picks a function per tool (`if (name ===
      // "kubectl_get") return await kubectlGet(k8s, input)`) is itself the dispatcher, its calls the tools' own.
      if (new Set(forwarding.map((call) => call.callee)).size !== 1) continue;
      for (const call of forwarding) {
        const index = (call.args ?? []).findIndex(holdsArguments);
        // `const handler = toolHandlers[toolName]; return handler(request.params.arguments)`: every function of the table.
        const picked = scope.assignments.find((a) => a.target === call.callee)?.value;
        const tableName = picked && ((picked.kind === 'member' && /\]$/.test(picked.text)) || (picked.kind === 'call' && /\.get$/.test(picked.callee ?? ''))) ? picked.children[0]?.text ?? receiverOf(picked)?.text : undefined;
        if (tableName && /^[\w$]+$/.test(tableName)) {
          const binding = this.bindings.get(tableName);
          const tableFile = binding && binding.imported !== '*' && this.lookup ? this.lookup.moduleFile(this.file, binding.module) : undefined;
          if (tableFile) this.factsForOtherFiles.add(`${tableFile}\0delegatetable:${binding!.imported}:${index}`);
          else if (!binding) this.delegateTable(tableName, index);
          this.delegatedCalls.set(call, index);
          continue;
        }
        if (this.model.scopes.some((s) => s.name === call.callee && !s.className && s !== scope)) {
          if (this.makeToolCode(call.callee!, index)) this.delegatedCalls.set(call, index);
          continue;
        }
        const binding = this.bindings.get(call.callee!);
        if (!binding || binding.imported === '*' || !this.lookup) continue;
        const targets = this.lookup.imported(this.file, binding.module, binding.imported).filter((summary) => !summary.className);
        for (const summary of targets) this.factsForOtherFiles.add(`${summary.file}\0delegate:${summary.name}:${index}`);
        if (targets.length) this.delegatedCalls.set(call, index);
      }
    }
  }

  /** This file's function of that name (not a method, no callback already) is the tools' code, given the arguments at `index`. */
  private makeToolCode(name: string, index: number): boolean {
    const made = this.model.scopes.filter((scope) => scope.name === name && !scope.className && !scope.callbackOf);
    for (const scope of made) Object.assign(scope, { callbackOf: 'tool', toolParam: index });
    return made.length > 0;
  }

  /** A module-level table of the tools' functions (`{ [fetchUrlTool.name]: fetchUrl }`): each is the tools' code, given the arguments at `index`. */
  private delegateTable(name: string, index: number): void {
    const table = this.model.scopes[0]?.assignments.find((a) => a.target === name && a.value.kind === 'object')?.value;
    // (Its values, computed keys too: `{ [fetchUrlTool.name]: fetchUrl }`.)
    for (const value of table?.children ?? []) {
      if (value.kind !== 'name' || this.makeToolCode(value.text, index)) continue;
      const binding = this.bindings.get(value.text);
      if (!binding || binding.imported === '*' || !this.lookup) continue;
      for (const summary of this.lookup.imported(this.file, binding.module, binding.imported)) if (!summary.className) this.factsForOtherFiles.add(`${summary.file}\0delegate:${summary.name}:${index}`);
    }
  }

  /** `gr.ChatInterface(respond)`: a named function passed to a call is that call's callback too. */
  private linkCallbacks(): void {
    const givingFunctions: [Expr, Scope][] = [];
    const functions = new Map<string, Scope>();
    const methods = new Map<string, Scope>();
    for (const scope of this.model.scopes) if (scope.name) (scope.className ? methods : functions).set(scope.name, scope);
    for (const scope of this.model.scopes) {
      for (const call of scope.calls) {
        for (const arg of [...(call.args ?? []), ...Object.values(call.keywordArgs ?? {})]) {
          // `respond`, or a bound method `builder.load_data` (the method of that name in this file).
          const target = arg.kind === 'name' ? functions.get(arg.text) : arg.kind === 'member' ? methods.get(arg.text.slice(arg.text.lastIndexOf('.') + 1)) : undefined;
          if (target && !target.callbackOf) target.callbackOf = call.callee;
          // `sympy_mcp.tool(algebra_operation, …)` with the function imported from another file of the workspace: a tool there.
          if (!target && arg.kind === 'name' && TOOL_REGISTRATION.test(call.callee ?? '')) this.noteImportedTool(arg.text);
        }
        if (call.args?.some((arg) => arg.kind === 'name')) givingFunctions.push([call, scope]);
        // `search_tool._run(query)`: a class-based tool the app runs itself, as a plain function.
        const runner = TOOL_RUN_CALL.test(call.callee ?? '') ? receiverOf(call) : undefined;
        if (runner?.kind === 'name') this.noteToolClassUse(this.assignedValue(runner.text, scope), 'directrun');
        else if (runner?.kind === 'call') this.noteToolClassUse(runner, 'directrun');
        // AG2's `tool.register_for_llm(assistant)`: the tool is the assistant's, whatever list it is in.
        const registered = REGISTER_FOR_LLM.exec(call.callee ?? '')?.[1];
        if (registered) {
          const tool = this.assignedValue(registered, scope);
          this.noteLibraryTool(tool, scope);
          if (tool && this.libraryTools.has(tool)) this.registersThirdPartyTool = true;
        }
        // `Agent(functions=[query_docs, send_email])`, `Agent(tools=[lookup])`, `llm.bind_tools([lookup])`: each listed
        // function is a tool the model calls.
        // An MCP client on a web-scraping server, wherever it is made: it exists to give a model its tools.
        if (this.sourceRows.some((row) => row.libraryToolArgs && row.libraryTool?.test(call.callee ?? ''))) this.noteLibraryTool(call, scope);
        // agno's `Agent(knowledge=kb, search_knowledge=True)`: the knowledge base is searched as a tool.
        const knowledge = call.keywordArgs?.knowledge;
        if (knowledge) this.noteLibraryTool(this.builtBy(knowledge.kind === 'name' ? this.assignedValue(knowledge.text, scope) : knowledge));
        // …a knowledge object filled from outside after it is made, wherever it is made (a helper builds it, another
        // hands it to the agent as a parameter).
        if (knowledge) for (const made of this.filledKnowledge()) this.libraryTools.set(made, this.sourceRows.find((row) => row.libraryToolFilledBy && row.libraryTool?.test(made.callee ?? ''))!);
        const lists = [...Object.entries(call.keywordArgs ?? {}).filter(([key]) => TOOL_LIST_KEYS.test(key)).map(([, value]) => value), ...(TOOL_LIST_CALLS.test(call.callee ?? '') ? (call.args ?? []).slice(0, 2) : [])];
        // OpenAI Agents SDK: `tool_use_behavior="stop_on_first_tool"` makes the first tool's result the run's output.
        const endsRun = /^['"]stop_on_first_tool['"]$/.test(call.keywordArgs?.tool_use_behavior?.text ?? '');
        if (lists.length) {
          const held = (expr: Expr) => (expr.kind === 'name' ? this.assignedValue(expr.text, scope) ?? expr : expr);
          this.toolLists.set(call.start, lists.map(held).flatMap((list) => listedElements(list) ?? [list]).map(held));
        }
        // An agent built and never run, handed on or returned (`researcher = Agent(tools=[SerpApiTools()])`, then only the
        // planner runs): its tools read nothing.
        const neverRun = lists.length > 0 && this.agentNeverRun(call, scope);
        for (const list of neverRun ? [] : lists) {
          const value = list.kind === 'name' ? this.assignedValue(list.text, scope) ?? list : list;
          // A list of tools imported from another file of the workspace (`from tools import TOOLS`): tools there.
          const imported = list.kind === 'name' && value === list ? this.bindings.get(list.text) : undefined;
          const listFile = imported && imported.imported !== '*' && this.lookup ? this.lookup.moduleFile(this.file, imported.module) : undefined;
          if (listFile) this.factsForOtherFiles.add(`${listFile}\0toollist:${imported!.imported}`);
          // `spec.to_tool_list()`: each function of a LlamaIndex tool spec is a tool, the spec's row says what they read
          // (…and a LangChain toolkit's `toolkit.get_tools()`).
          for (const listed of listedElements(value) ?? [value]) {
            const spec = listed.kind === 'call' && /\.(to_tool_list|get_tools|getTools)$/.test(listed.callee ?? '') ? receiverOf(listed) : undefined;
            if (spec) this.noteLibraryTool(spec.kind === 'name' || spec.kind === 'member' ? this.assignedValue(spec.text, scope) ?? spec : spec, scope);
          }
          for (const element of listedElements(value) ?? []) {
            // `tools=[…, retrieval_tool]` with `retrieval_tool` a parameter: what the callers give there is a tool
            // (`toolParams`), and so is the function it defaults to.
            const param = element.kind === 'name' && !this.assignedValue(element.text, scope) ? scope.positional?.indexOf(element.text) ?? -1 : -1;
            if (param >= 0) {
              this.toolParams.set(scope, [...new Set([...(this.toolParams.get(scope) ?? []), param])]);
              const fallback = scope.paramDefaults?.[element.text];
              if (fallback) this.makeTool(fallback, functions);
            }
            this.noteLibraryTool(element.kind === 'name' ? this.assignedValue(element.text, scope) : element, scope);
            this.noteToolClassUse(element.kind === 'name' ? this.assignedValue(element.text, scope) : element, 'listedtool');
            // (Google ADK's `FunctionTool(read_page)`, `StructuredTool.from_function(lookup)`: the function it wraps.)
            // (…and `safe_tool_wrapper(search)`: a wrapper of the app's own that returns a function calling the one it is given.)
            const wrapped = element.kind === 'call' && (TOOL_REGISTRATION.test(element.callee ?? '') || this.wrapsFunction(element.callee ?? '')) && element.args?.[0]?.kind === 'name' ? element.args[0] : undefined;
            const target = element.kind === 'name' ? functions.get(element.text) : wrapped ? functions.get(wrapped.text) : undefined;
            // (The wrapper's call made it the wrapper's callback: given to the model, it is a tool.)
            if (target && (!target.callbackOf || (wrapped && target.callbackOf === element.callee))) target.callbackOf = 'tool';
            // A function imported from another file of the workspace: a tool there; from a library's tools, that row's.
            if (element.kind === 'name' && !target) this.noteImportedTool(element.text);
            if (element.kind === 'member') this.noteModuleTool(element.text);
            const imported = element.kind === 'name' && !target ? this.bindings.get(element.text) : undefined;
            const importedRow = imported && this.sourceRows.find((row) => row.libraryToolImport?.test(`${imported.module}.${imported.imported}`));
            if (importedRow) this.libraryTools.set(element, importedRow);
            // `function_tool(self.search_database)`, `search_database`: the function the list names.
            const named = element.kind === 'call' ? element.args?.[0] : element;
            const listed = named?.kind === 'name' ? functions.get(named.text) : named?.kind === 'member' ? methods.get(named.text.slice(named.text.lastIndexOf('.') + 1)) : undefined;
            if (listed && endsRun) listed.toolEndsRun = true;
          }
        }
      }
    }
    // `build_agent(retrieve_context)` where build_agent gives that parameter to a model as a tool (this file's, found
    // above, or another's summary): a tool here.
    for (const [call, scope] of givingFunctions) {
      const callee = /^\w+$/.test(call.callee ?? '') ? functions.get(call.callee!) : undefined;
      const targets: [number[], string[]][] = callee ? [[this.toolParams.get(callee) ?? [], callee.positional ?? []]] : this.summariesFor(call, scope).map((summary) => [summary.toolParams ?? [], summary.params]);
      for (const [indexes, params] of targets) {
        for (const index of indexes) {
          const given = call.args?.[index] ?? call.keywordArgs?.[params[index]];
          if (given?.kind === 'name') this.makeTool(given.text, functions);
        }
      }
    }
  }

  location(start: number, end: number, message: string): RelatedLocation {
    return { file: this.file, range: this.lines.rangeOf(start, end), message };
  }

  localSummaries(): FunctionSummary[] {
    const own = [...this.summaries.values()];
    const functions = new Map(own.filter((summary) => summary.className === undefined).map((summary) => [summary.name, summary]));
    return [...own, ...this.constants, ...this.heldFunctions(), ...this.aliasedFunctions(functions)];
  }

  /**
   * What the workspace's graph nodes in other files return under a channel's key (`return { report: … }`): a node here
   * reads it as `state.report`. Undefined when none writes it (or there is no workspace to ask).
   */
  graphWritesElsewhere(channel: string, at: Expr, field?: string): Taint[] | undefined {
    const writers = (this.lookup?.graphNodesWriting(channel) ?? []).filter((summary) => summary.file !== this.file);
    if (!writers.length) return undefined;
    const step = this.location(at.start, at.end, `Read from the graph's state (${channel}), which ${writers.map((w) => `${w.name}() (${w.file})`).join(', ')} returns.`);
    // (`state.tripDetails.startDate`: that field, when every writer returns the channel as an object literal.)
    const key = field !== undefined && writers.every((writer) => Object.hasOwn(writer.returnsByKey!, `${channel}.${field}`)) ? `${channel}.${field}` : channel;
    return mergeTaints([], writers.flatMap((writer) => passedOn(writer.returnsByKey![key].taints, step)));
  }

  /**
   * `export const check = traceable(checkFunc, { name })`, `const run = checkFunc`: another name for a function of this
   * file, at its top level — calling it runs that function (LangSmith's `traceable` and memoizers pass the call on).
   */
  private aliasedFunctions(functions: ReadonlyMap<string, FunctionSummary>): FunctionSummary[] {
    const top = this.model.scopes[0];
    if (!top) return [];
    const aliases: FunctionSummary[] = [];
    for (const { target, value } of top.assignments) {
      if (!/^[A-Za-z_$][\w$]*$/.test(target) || functions.has(target)) continue;
      const named = value.kind === 'name' ? value : value.kind === 'call' && TRANSPARENT_WRAPPER.test(value.callee ?? '') && value.args?.[0]?.kind === 'name' ? value.args[0] : undefined;
      const summary = named && functions.get(named.text);
      if (summary) aliases.push({ ...summary, name: target });
    }
    return aliases;
  }

  /**
   * `export const getFigmaDataTool = { name, parameters, handler: getFigmaData }` (or `handler: async (…) => …`): the
   * function a module-level object holds under a key, found as `getFigmaDataTool.handler` by the files that import the
   * object and call it there (an MCP server's tools, each a module's object with its handler).
   */
  private heldFunctions(): FunctionSummary[] {
    const top = this.model.scopes[0];
    if (!top) return [];
    const held: FunctionSummary[] = [];
    let byName: Map<string, Scope> | undefined; // (made once, for a file that has such an object)
    for (const assignment of top.assignments) {
      if (assignment.value.kind !== 'object' || !/^[A-Za-z_$][\w$]*$/.test(assignment.target)) continue;
      for (const [key, value] of Object.entries(assignment.value.properties ?? {})) {
        byName ??= new Map(this.model.scopes.filter((s) => s.name && !s.className && !s.objectMethod).map((s) => [s.name!, s]));
        const scope = value.kind === 'name' ? byName.get(value.text) : this.scopeAt(value);
        const summary = scope && this.summaries.get(scope);
        if (summary) held.push({ ...summary, name: `${assignment.target}.${key}`, objectMethod: undefined });
      }
    }
    return held;
  }

  /** Every taint of what a function written inline returns, its parameters' included. */
  everythingReturned(expr: Expr): Taint[] {
    const scope = this.scopeAt(expr);
    const flow = scope && this.flows.get(scope);
    return scope && flow ? (scope.returns ?? []).flatMap((value) => flow.taints(value)) : [];
  }

  /**
   * The values a promise's executor written inline (`new Promise((resolve) => …)`) calls its first parameter with, there
   * or in a callback inside it, each with the flow it is read in. Undefined when the argument is no function written inline.
   */
  promiseResolutions(executor: Expr): { flow: ScopeFlow; value: Expr }[] | undefined {
    const scope = this.scopeAt(executor);
    const resolve = scope?.params[0];
    if (!scope || !resolve) return undefined;
    const out: { flow: ScopeFlow; value: Expr }[] = [];
    for (const [inner, flow] of this.flows) {
      if (inner.start < scope.start || inner.end > scope.end) continue;
      for (const call of inner.calls) if (call.callee === resolve && call.args?.[0]) out.push({ flow, value: call.args[0] });
    }
    return out;
  }

  /** A function written inline whose first parameter is given each element of a collection (`chunks.map((chunk) => …)`). */
  mapsElements(expr: Expr): boolean {
    const scope = this.scopeAt(expr);
    const first = scope?.positional?.[0];
    return !!scope && !!first && scope.assignments.some((assignment) => assignment.target === first && assignment.start === scope.start);
  }

  /** What a function written inline as an argument returns, when the expression is one (its own scope); else undefined. */
  callbackReturns(expr: Expr): Taint[] | undefined {
    const scope = this.scopeAt(expr);
    const flow = scope && this.flows.get(scope);
    if (!scope || !flow) return undefined;
    // (The enclosing function's parameter read through an attachment's field into a message's image or file part,
    // `messages.map((m) => ({ content: [{ type: 'image', source: { data: m.image.data } }] }))`, is that attachment: the
    // collection itself does not say so. Only into such a part: `File: ${t.file}` in text is a file's name.)
    // (…or pushed onto the parts list it returns: Gemini's `parts.push({ inline_data: { data: m.image.data } })`.)
    // The parts are looked for only when such a read is there: most callbacks read no attachment.
    let pushesPart: boolean | undefined;
    const intoPart = (value: Expr) => (pushesPart ??= scope.calls.some((call) => /\.(push|append)$/.test(call.callee ?? '') && (call.args ?? []).some(holdsAttachmentPart))) || holdsAttachmentPart(value);
    // (A parameter of the function it is written in, `lambda m: env[m.group(1)]` inside `expand(cmd, env)`, is that
    // function's own where it hands the callback on; the callback's own parameters are the caller's elements.)
    return (scope.returns ?? []).flatMap((value) => flow.taints(value).flatMap((taint) => (taint.upload && taint.origin === 'param' && !intoPart(value) ? [] : seenFromEnclosing(taint))));
  }

  /**
   * What a function defined directly inside `parent` returns, read in `parent` (`def repl(m): return env.get(m[1], "")`
   * inside `expand_vars(cmd, env)`, handed to `re.sub` or called): its returns' taints, a parameter of `parent` it
   * reads being `parent`'s own. Undefined when no such function has that name.
   */
  nestedReturns(name: string, parent: Scope): Taint[] | undefined {
    const parentFlow = this.flows.get(parent);
    const scope = parentFlow && this.functionsNamed(name).find((candidate) => this.flows.get(candidate)?.parent === parentFlow);
    const flow = scope && this.flows.get(scope);
    return scope && flow ? (scope.returns ?? []).flatMap((value) => flow.taints(value).flatMap(seenFromEnclosing)) : undefined;
  }

  /**
   * `build_prompt(df, question)` calling a top-level function of this file that returns a template: the template and
   * what its slots hold, followed in that function (`df_head = df.head().to_string()`, then `f"…{df_head}…"`).
   */
  builtTemplateValues(call: Expr): Expr[] {
    const callee = (call.callee ?? '').replace(/^new /, '');
    if (!/^\w+$/.test(callee)) return [];
    const scope = this.model.scopes.find((s) => s.name === callee && !s.className && !s.objectMethod);
    const flow = scope && this.flows.get(scope);
    if (!scope || !flow) return [];
    const found: Expr[] = [];
    // (…also one returned inside a message it builds: `return EasyInputMessageParam(role="user",
    // content=[ResponseInputTextParam(text=content)])` with `content = f"…{profile.email}…"`.)
    const templatesIn = (expr: Expr, depth: number): void => {
      const value = flow.resolve(expr);
      if (value.kind === 'template') found.push(value, ...(value.parts ?? []).map((slot) => flow.resolve(slot)));
      else if (depth < 3 && (value.kind === 'object' || value.kind === 'array' || value.kind === 'call')) for (const child of value.children) templatesIn(child, depth + 1);
    };
    for (const returned of scope.returns ?? []) templatesIn(returned, 0);
    return found;
  }

  /** Function scopes by where they start, for finding the one an inline function argument opens. */
  private scopesByStart: Map<number, Scope> | undefined;

  /** The function an expression is, written inline (`lambda _: …`, `async (req) => …`); undefined for any other expression. */
  scopeAt(expr: Expr): Scope | undefined {
    if (!this.scopesByStart) {
      this.scopesByStart = new Map();
      for (const scope of this.model.scopes) this.scopesByStart.set(scope.start, scope);
    }
    const found = this.scopesByStart.get(expr.start);
    return found && found.end === expr.end ? found : undefined;
  }

  /**
   * A plain function of this file by name (no method), with its flow: `get_sql_chain` for `get_sql_chain(db)`; one
   * written inside `within` first (a nested `def get_schema(_)`).
   */
  functionNamed(name: string, within?: Scope): [Scope, ScopeFlow] | undefined {
    const named = this.functionsNamed(name);
    const scope = (within && named.find((s) => s !== within && s.start >= within.start && s.end <= within.end)) ?? named[0];
    const flow = scope && this.flows.get(scope);
    return scope && flow ? [scope, flow] : undefined;
  }

  /** A plain function of this file by name, as the last round summarised it (read for the next round's check). */
  localFunction(name: string): FunctionSummary | undefined {
    return this.readLocal(`f${name}`, this.localFunctions.get(name));
  }

  private readonly deferredResults = new Map<Expr, Expr | undefined>();

  /** The call whose result a deferred call gives (`pool.submit(fn, x)` → `fn(x)`), made once per call. */
  deferredResult(call: Expr): Expr | undefined {
    if (!this.deferredResults.has(call)) this.deferredResults.set(call, deferredCall(call, true));
    return this.deferredResults.get(call);
  }

  /** `generation.latency_seconds` where the app's classes declare `latency_seconds: float`: a number, no text. */
  isScalarField(name: string): boolean {
    const own = this.model.fieldKinds?.[name];
    return own !== 'text' && (this.lookup?.fieldKind(name) ?? own) === 'scalar';
  }

  /** The file imports a module of this name (a catalogue row's `fileImports`). */
  importsModule(name: RegExp): boolean {
    return this.model.imports.some((module) => name.test(module));
  }

  isImported(name: string): boolean {
    return this.bindings.has(name);
  }

  /** A function of this file or one it imports that makes the function it decorates a tool (`FunctionSummary.makesTools`). */
  isToolDecorator(decorator: string): boolean {
    if (!/^[A-Za-z_$][\w$]*$/.test(decorator)) return false;
    const local = this.localFunction(decorator);
    if (local) return !!local.makesTools;
    const binding = this.bindings.get(decorator);
    return !!binding && binding.imported !== '*' && this.importedSummaries(binding, binding.imported).some((summary) => summary.makesTools);
  }

  /** The function, or one written inside it, calls what makes a tool of a function (`tool(…)`, `StructuredTool.from_function`). */
  makesTools(scope: Scope): boolean {
    this.toolMakingScopes ??= this.model.scopes.filter((inner) => inner.calls.some((call) => TOOL_REGISTRATION.test(call.callee ?? '')));
    return this.toolMakingScopes.some((inner) => inner.start >= scope.start && inner.end <= scope.end);
  }

  private toolMakingScopes: Scope[] | undefined;

  /** A CrewAI `@crew` method whose class has an `@agent` method returning an agent with tools (`FunctionSummary.crewWithTools`). */
  crewWithTools(scope: Scope): boolean {
    if (!scope.decorators?.includes('crew')) return false;
    const className = this.classOf(scope);
    return this.model.scopes.some((method) => method.decorators?.includes('agent') && this.classOf(method) === className && (method.returns ?? []).some((returned) => {
      const agent = this.flows.get(method)?.resolve(returned);
      return isAgentInSight(agent) && agentHasTools(agent);
    }));
  }

  /**
   * What the file's functions keep in Streamlit's `st.session_state.<key>`, as constants named by the key's path: a
   * module that imports this one and reads the key gets them (the state is the session's, whichever module wrote it).
   */
  private sessionStateSummaries(): FunctionSummary[] {
    const kept = new Map<string, Taint[]>();
    for (const flow of this.flows.values()) for (const [path, taints] of flow.sessionStateWrites()) kept.set(path, mergeTaints(kept.get(path) ?? [], taints));
    return [...kept].map(([name, returns]) => ({ file: this.file, name, params: [], returns, returnsParams: [], paramPrompts: [], paramSinks: [], constant: true }));
  }

  /**
   * What the file keeps in Google ADK's session state, by key, for every other module of the app: its functions'
   * writes (`tool_context.state["query_result"] = rows`) and its agents' answers kept there (`output_key="k"`).
   */
  private adkStateSummaries(): FunctionSummary[] {
    if (!this.usesAdk()) return [];
    const kept = new Map<string, Taint[]>();
    for (const flow of this.flows.values()) for (const [key, taints] of flow.adkStateWrites()) kept.set(key, mergeTaints(kept.get(key) ?? [], taints));
    for (const [key, taints] of this.adkAnswerKeys()) kept.set(key, mergeTaints(kept.get(key) ?? [], taints));
    return [...kept].map(([name, returns]) => ({ file: this.file, name, className: ADK_STATE_CLASS, params: [], returns, returnsParams: [], paramPrompts: [], paramSinks: [], constant: true }));
  }

  /** What other modules' calls keep in the attribute of this class's objects (`callerStores` there). */
  keptByOtherModules(className: string, attribute: string): Taint[] {
    const out: Taint[] = [];
    // (`classMethods` leaves this file's own out: those are in `attributes` already.)
    for (const summary of this.lookup?.classMethods(OBJECT_STORES_CLASS, `${className}.${attribute}`, this.file) ?? []) mergeTaints(out, summary.returns);
    return out;
  }

  /**
   * A Streamlit app that asks the person for their API keys (`st.sidebar.text_input("Nebius API Key", type="password")`):
   * what its models and tools do, they do on the person's own accounts.
   */
  runsOnPersonsKeys(): boolean {
    // (…and only theirs: a key the file also reads from the environment or the app's secrets is the operator's.)
    return (this.personsKeys ??=
      this.model.imports.some((module) => /^streamlit(\.|$)/.test(module)) &&
      this.model.scopes.some((scope) => scope.calls.some(asksForKey)) &&
      !OPERATOR_KEY_READ.test(this.lines.text));
  }

  private personsKeys?: boolean;

  usesAdk(): boolean {
    return (this.adkFile ??= this.model.imports.some((module) => ADK_MODULE.test(module)));
  }

  private adkFile?: boolean;

  /**
   * ADK state `key` as the rest of the app keeps it: this file's other functions' writes, its agents' answers, and
   * what other modules keep there (`adkStateSummaries` there).
   */
  adkState(key: string, except: ScopeFlow): Taint[] {
    const out: Taint[] = [];
    for (const flow of this.flows.values()) {
      if (flow === except) continue;
      for (const [written, taints] of flow.adkStateWrites()) if (written === key || written === '*') mergeTaints(out, taints);
    }
    mergeTaints(out, this.adkAnswerKeys().get(key) ?? []);
    for (const written of [key, '*']) for (const summary of this.lookup?.classMethods(ADK_STATE_CLASS, written, this.file) ?? []) mergeTaints(out, summary.returns);
    return out;
  }

  /**
   * This file's ADK agents that keep their answer in the state (`output_key="k"`) and have tools: an answer made from
   * what the tools returned (pages, rows, other agents' answers) — someone else's text steers it.
   */
  private adkAnswerKeys(): Map<string, Taint[]> {
    if (this.adkAnswers) return this.adkAnswers;
    const answers = new Map<string, Taint[]>();
    for (const [key, taints] of this.adkStateOutputs()) answers.set(key, taints);
    for (const [scope, flow] of this.flows) {
      for (const call of scope.calls) {
        const key = call.keywordArgs?.output_key?.literal;
        if (!key || answers.has(key) || this.llmApi(call, flow.resolve, scope)?.id !== ADK_AGENT_ROW_ID || !agentHasTools(call)) continue;
        const step = this.location(call.start, call.end, `This agent's answer, made from what its tools return, is kept in the session state as {${key}}.`);
        answers.set(key, [{ origin: 'third-party', label: 'model output', modelOutput: true, steer: 'third-party', steps: [step] }]);
      }
    }
    return (this.adkAnswers = answers);
  }

  private adkAnswers?: Map<string, Taint[]>;

  /** `st.session_state.<key>` as the modules this file imports keep it (`sessionStateSummaries` there). */
  importedSessionState(path: string): Taint[] {
    const key = SESSION_STATE.exec(path)?.[0];
    if (!key || !this.lookup) return [];
    const out: Taint[] = [];
    for (const module of new Set(this.model.importBindings.map((binding) => binding.module))) {
      for (const summary of this.lookup.imported(this.file, module, key)) if (summary.constant) mergeTaints(out, summary.returns);
    }
    return out;
  }

  /** What a constant imported from another module holds (`import { searchAgent } from './agents'`). */
  importedConstant(name: string): Taint[] | undefined {
    // Read once per name: a module's names are read again and again (lodash's `_`), and resolving the module costs.
    if (this.constantsRead.has(name)) return this.constantsRead.get(name);
    const found = this.importedConstants(name);
    const held = found.length ? found.flatMap((summary) => summary.returns) : undefined;
    this.constantsRead.set(name, held);
    return held;
  }

  /** The module constants an imported name stands for (none for a namespace import or outside a workspace). */
  private importedConstants(name: string): FunctionSummary[] {
    const binding = this.bindings.get(name);
    if (!binding || !this.lookup || binding.imported === '*') return [];
    return this.importedSummaries(binding, binding.imported).filter((summary) => summary.constant);
  }

  private readonly constantsRead = new Map<string, Taint[] | undefined>();

  /**
   * The `{slots}` of a prompt template another module keeps, named here by its imported name or through its module
   * (`prompt.WEBSEARCH_PROMPT` after `from . import prompt`).
   */
  importedTemplateSlots(written: string): string[] {
    const constants = this.moduleMemberSummaries(written)?.filter((summary) => summary.constant) ?? this.importedConstants(written);
    return [...new Set(constants.flatMap((summary) => summary.templateSlots ?? []))];
  }

  /** The module a name this file imports stands for: `from . import prompt` → `.prompt`; `import pkg.prompt as prompt` → `pkg.prompt`. */
  moduleOfBinding(binding: CodeModel['importBindings'][number]): string | undefined {
    if (binding.imported === '*') return binding.module;
    return this.model.language === 'python' ? pythonSubmodule(binding.module, binding.imported) : undefined;
  }

  /** True when an imported name is another module's prompt template of instruction text. */
  /** An imported prompt template of instruction text, and whether it labels its slots with delimiters. */
  importedTemplate(name: string): { delimited: boolean; undelimitedSlots: string[] } | undefined {
    const templates = this.importedConstants(name).filter((summary) => summary.instructionTemplate);
    return templates.length ? { delimited: templates.some((summary) => summary.delimitedTemplate), undelimitedSlots: templates.flatMap((summary) => summary.undelimitedSlots ?? []) } : undefined;
  }

  /**
   * Summaries of `name` in the module a binding imports. A default export is nearly always named as it is imported
   * (`import Answer from './Answer'` of `export default function Answer`): the local name stands in for it.
   */
  private importedSummaries(binding: CodeModel['importBindings'][number], name: string): FunctionSummary[] {
    const found = this.lookup?.imported(this.file, binding.module, name) ?? [];
    return found.length || name !== 'default' ? found : this.lookup?.imported(this.file, binding.module, binding.local) ?? [];
  }

  /** The class a scope's code runs in (a callback nested in a method: the method's class). */
  classOf(scope: Scope): string | undefined {
    if (scope.className !== undefined) return scope.className;
    if (!this.classes.has(scope)) {
      let owner: Scope | undefined;
      for (const s of this.model.scopes) if (s.className !== undefined && s.start <= scope.start && s.end >= scope.end && (!owner || s.start >= owner.start)) owner = s;
      this.classes.set(scope, owner?.className);
    }
    return this.classes.get(scope);
  }

  private readonly classes = new Map<Scope, string | undefined>();

  /** Per class and constructor parameter (`Class:index`, `Class:name`): whether what is passed there is a folder of the app's own, by construction. */
  private readonly constructorPaths = new Map<string, { app: boolean; other: boolean }>();
  /** `Class:name` whose constructions in this file have been read into `constructorPaths`. */
  private readonly localConstructionsRead = new Set<string>();

  private noteConstructorPath(className: string, parameter: string, app: boolean): void {
    const key = `${className}:${parameter}`;
    const seen = this.constructorPaths.get(key) ?? { app: false, other: false };
    this.constructorPaths.set(key, app ? { ...seen, app: true } : { ...seen, other: true });
  }

  /**
   * `ArticleStore(Path(__file__).resolve().parent / "data")` here, or in another file of the workspace: a class of this
   * file constructed with a folder of the app's own for a parameter — every construction of it in sight, one at least.
   */
  constructorArgInAppFolder(className: string, index: number, name: string): boolean {
    if (!this.localConstructionsRead.has(`${className}:${name}`)) {
      this.localConstructionsRead.add(`${className}:${name}`);
      for (const flow of this.flows.values()) {
        for (const call of flow.scope.calls) {
          if (constructedClass(call) !== className) continue;
          const arg = call.keywordArgs?.[name] ?? (call.args?.[index]?.keywordSplat || call.args?.[index]?.spread ? undefined : call.args?.[index]);
          if (arg) this.noteConstructorPath(className, name, flow.isAppPath(flow.resolve(arg)));
        }
      }
    }
    const byIndex = this.constructorPaths.get(`${className}:${index}`);
    const byName = this.constructorPaths.get(`${className}:${name}`);
    return !!(byIndex?.app || byName?.app) && !byIndex?.other && !byName?.other;
  }

  /**
   * Tells the file that defines each class this file constructs (`ArticleStore(data_dir)`, imported) whether each
   * argument is a folder of the app's own (`constructorArgInAppFolder` there).
   */
  noteConstructions(flow: ScopeFlow): void {
    if (!this.lookup) return;
    for (const call of flow.scope.calls) {
      const className = constructedClass(call);
      const binding = className ? this.bindings.get(className) : undefined;
      const target = binding && binding.imported !== '*' ? this.lookup.moduleFile(this.file, binding.module) : undefined;
      if (!target || target === this.file) continue;
      const given: [string, Expr][] = [...(call.args ?? []).slice(0, 4).flatMap((arg, i): [string, Expr][] => (arg.spread || arg.keywordSplat ? [] : [[String(i), arg]])), ...Object.entries(call.keywordArgs ?? {})];
      for (const [parameter, arg] of given) {
        if (isTextExpr(arg) && !/[/\\]/.test(arg.literal ?? '')) continue; // (a plain word is no folder)
        this.factsForOtherFiles.add(`${target}\0ctorpath:${binding!.imported}:${parameter}:${flow.isAppPath(flow.resolve(arg)) ? 'app' : 'other'}`);
      }
    }
  }

  /**
   * A Python callee under its module's own name, for catalogue rows written that way: `rmtree` of `from shutil import
   * rmtree` is `shutil.rmtree`, `sp.run` of `import subprocess as sp` is `subprocess.run`. Undefined otherwise.
   */
  qualifiedCallee(callee: string): string | undefined {
    if (this.model.language !== 'python') return undefined;
    const root = /^\w+/.exec(callee)?.[0];
    const binding = root ? this.bindings.get(root) : undefined;
    if (!root || !binding || binding.module.startsWith('.')) return undefined;
    const rest = callee.slice(root.length);
    if (binding.imported !== '*') return `${binding.module}.${binding.imported}${rest}`;
    return binding.module !== root ? `${binding.module}${rest}` : undefined;
  }

  /** A class or function this file defines, or imports from a module of the workspace: the app's own code. */
  definedByTheApp(name: string): boolean {
    if (Object.hasOwn(this.model.classBases, name) || this.functionNamed(name)) return true;
    const binding = this.bindings.get(name);
    return binding !== undefined && this.lookup?.moduleFile(this.file, binding.module) !== undefined;
  }

  /**
   * A method its class offers the model through a class decorator (`@register_tool()`: every public method;
   * `@register_tool(include_functions=["run"])`: those named).
   */
  registeredToolMethod(method: Scope, decorator: RegExp): boolean {
    const name = method.name;
    if (!name || method.className === undefined || name.startsWith('_')) return false;
    return (this.model.classDecorators?.[method.className] ?? []).some((written) => {
      if (!decorator.test(written.replace(/\(.*$/s, '').split('.').pop() ?? '')) return false;
      const listed = /\binclude_functions\s*=\s*\[([^\]]*)\]/.exec(written)?.[1];
      return listed === undefined || [...listed.matchAll(/["'](\w+)["']/g)].some((m) => m[1] === name);
    });
  }

  /** True when the method's class extends a class matching `bases`: directly, or through classes this file or the workspace defines. */
  classExtends(method: Scope, bases: RegExp): boolean {
    const className = this.classOf(method);
    return className !== undefined && this.nameExtends(className, bases);
  }

  /** True when the class of this name extends a class matching `bases`, directly or through the workspace's classes. */
  nameExtends(className: string, bases: RegExp): boolean {
    const seen = new Set<string>();
    const stack = [className];
    while (stack.length && seen.size < 16) {
      const name = stack.pop()!;
      if (seen.has(name)) continue;
      seen.add(name);
      const direct = Object.hasOwn(this.model.classBases, name) ? this.model.classBases[name] : [];
      const parents = [...direct, ...(this.lookup?.basesOf(name) ?? [])].map((base) => base.split('.').pop()!);
      if (parents.some((base) => bases.test(base))) return true;
      stack.push(...parents);
    }
    return false;
  }
  private readonly bindings: Map<string, CodeModel['importBindings'][number]>;

  /**
   * False for a method its class leaves out of the tools it lists (a LlamaIndex ToolSpec's `spec_functions = ["run_sql_query"]`:
   * `get_table_info` is a helper the app calls, not a tool); true when the class lists none.
   */
  listedAsTool(scope: Scope): boolean {
    const owner = this.classOf(scope);
    // Class-body assignments sit in the module scope: the last `spec_functions` before this method, with no other
    // class's method in between, is its class's.
    const listed = this.model.scopes[0]?.assignments.filter((a) => a.target === 'spec_functions' && a.start < scope.start).pop();
    if (!listed || listed.value.kind !== 'array') return true;
    if (this.model.scopes.some((other) => other.className !== undefined && other.className !== owner && other.start > listed.start && other.start < scope.start)) return true;
    return (listed.value.elements ?? []).some((element) => element.literal === scope.name);
  }

  /** A field (`self.url`) the class of `scope` writes once, in its constructor, with a string literal: that literal. */
  constantField(scope: Scope, path: string): Expr | undefined {
    const owner = this.classOf(scope);
    if (owner === undefined) return undefined;
    // (Asked on every read of an unassigned `self.x` the flows resolve: worked out once per class and field.)
    const key = `${owner}\0${path}`;
    if (!this.constantFields.has(key)) this.constantFields.set(key, this.constantFieldOf(owner, path));
    return this.constantFields.get(key);
  }

  private readonly constantFields = new Map<string, Expr | undefined>();

  private constantFieldOf(owner: string, path: string): Expr | undefined {
    const writes = this.model.scopes.filter((s) => s.className === owner).flatMap((s) => s.assignments.filter((a) => a.target === path).map((a) => [s, a] as const));
    if (writes.length !== 1) return undefined;
    const [writer, { value }] = writes[0];
    return /^(__init__|constructor)$/.test(writer.name ?? '') && value.kind === 'string' ? value : undefined;
  }

  /** `method` of `className` and its family (bases, subclasses): this file's summaries, then the workspace's. */
  classMethods(className: string, method: string): FunctionSummary[] {
    // …and this file's subclasses that override it (`self.call()` in a base class runs the subclass's `call`).
    const subclasses: string[] = [];
    for (let grew = true; grew; ) {
      grew = false;
      for (const [cls, bases] of Object.entries(this.model.classBases)) {
        if (!subclasses.includes(cls) && bases.some((base) => base === className || subclasses.includes(base))) grew = !!subclasses.push(cls);
      }
    }
    const family = [className, ...(Object.hasOwn(this.model.classBases, className) ? this.model.classBases[className] : []), ...(this.lookup?.basesOf(className) ?? []), ...subclasses];
    const local = family.flatMap((name) => this.readLocal(`m${name}\0${method}`, this.localMethods.get(`${name}\0${method}`)) ?? []);
    // The workspace knows other files' classes; this file's own `class App(Chat)` it learns only after this analysis.
    const ownBases = Object.hasOwn(this.model.classBases, className) ? this.model.classBases[className] : [];
    const inherited = [className, ...ownBases].flatMap((name) => this.lookup?.classMethods(name, method, this.file) ?? []);
    return [...local, ...new Set(inherited)];
  }

  private functionScopesByName?: Map<string, Scope[]>;

  /** The file's plain functions (not methods) of that name, nested ones included. */
  private functionsNamed(name: string): Scope[] {
    if (!this.functionScopesByName) {
      this.functionScopesByName = new Map();
      for (const scope of this.model.scopes) if (scope.name && !scope.className) this.functionScopesByName.set(scope.name, [...(this.functionScopesByName.get(scope.name) ?? []), scope]);
    }
    return this.functionScopesByName.get(name) ?? [];
  }

  /**
   * The function of that name defined inside `from` or a function around it, the innermost: helpers nested in several
   * functions under one name (`def _fetch(): …` in each) are each their own function's.
   */
  /**
   * The function a plain call by that name runs when the file defines one in reach (`async def fetch(query)` nested in
   * a search helper, or at the module's top): the app's own code, whatever library API shares its name.
   */
  ownFunctionCalled(name: string, from: Scope): Scope | undefined {
    const top = this.model.scopes[0] && this.flows.get(this.model.scopes[0]);
    return this.nestedFunctionAround(name, from) ?? this.functionsNamed(name).find((scope) => !!top && this.flows.get(scope)?.parent === top);
  }

  private nestedFunctionAround(name: string, from: Scope): Scope | undefined {
    const named = this.functionsNamed(name);
    for (let flow = this.flows.get(from); named.length && flow?.parent; flow = flow.parent) {
      const own = named.find((scope) => this.flows.get(scope)?.parent === flow);
      if (own) return own;
    }
    return undefined;
  }

  /** This file's methods by `Class\0method` and plain functions by name, from the summaries of the previous round. */
  private localMethods = new Map<string, FunctionSummary[]>();
  private localFunctions = new Map<string, FunctionSummary>();

  private localTables(): { functions: Map<string, FunctionSummary>; methods: Map<string, FunctionSummary[]> } {
    const functions = new Map<string, FunctionSummary>();
    const methods = new Map<string, FunctionSummary[]>();
    for (const summary of this.summaries.size ? this.summaries.values() : this.previous) {
      if (summary.className === undefined && !functions.has(summary.name)) functions.set(summary.name, summary);
      if (summary.className !== undefined) methods.set(`${summary.className}\0${summary.name}`, [...(methods.get(`${summary.className}\0${summary.name}`) ?? []), summary]);
    }
    for (const alias of this.aliasedFunctions(functions)) functions.set(alias.name, alias);
    return { functions, methods };
  }

  /**
   * What this run read of the last run's results (own functions `f…`, methods `m…`, attributes `a…`, React state
   * `s…`, LangGraph state channels `g…`), as text: the next run differs only if one of them now reads otherwise.
   */
  private readonly localReads = new Map<string, string | undefined>();

  readLocal<T>(key: string, value: T): T {
    if (!this.localReads.has(key)) this.localReads.set(key, JSON.stringify(value));
    return value;
  }

  /** True when a run now would read other own summaries, attributes or React state than the last run read. */
  localInputsChanged(): boolean {
    const { functions, methods } = this.localTables();
    for (const [key, seen] of this.localReads) {
      const name = key.slice(1);
      const now = key[0] === 'f' ? functions.get(name) : key[0] === 'm' ? methods.get(name) : key[0] === 'o' ? this.objectMethodAt(Number(name)) : key[0] === 'i' ? this.summaries.get(this.model.scopes.find((scope) => scope.start === Number(name))!) : key[0] === 'a' ? this.attributes.get(name) : key[0] === 'g' ? this.graphState.get(name) : key[0] === 'e' ? this.eventFields.get(name) : key[0] === 'k' ? this.contextStore.get(name) : key[0] === 'w' ? this.fileChannels.get(name) : key[0] === 'l' ? this.listenInputs.get(name) : this.reactState.get(name);
      if (JSON.stringify(now) !== seen) return true;
    }
    return false;
  }

  /**
   * Which functions a call runs, most certain first: a method of a class whose constructor is visible
   * (`repl = PythonREPL(); repl.run(…)`), a method of the caller's own class (`self.call()`, overrides included),
   * a function of this file or one it imports, and — types unknown — a method by a distinctive name.
   */
  summariesFor(call: Expr, from: Scope, resolve?: (expr: Expr) => Expr): FunctionSummary[] {
    let targets = this.callTargets.get(call);
    if (!targets) {
      targets = this.resolveCall(call, from, resolve);
      // `self.printer(chunks)` where `printer` is a @property: the call runs `__call__` of the object it returns.
      if (targets.some((target) => target.property)) {
        targets = targets.flatMap((target) => (target.property ? [...new Set(target.returnsClasses ?? [])].flatMap((made) => this.classMethods(made, '__call__')) : [target]));
      }
      this.callTargets.set(call, targets);
    }
    return targets;
  }

  private inFactory = false;

  /**
   * `tools.get(name)`, `tools[name]` where `tools` is a dict or object literal of this file's functions: their
   * summaries (all of them: which one runs is the model's choice). Undefined for any other value.
   */
  private dispatchTable(value: Expr, resolve: (expr: Expr) => Expr): FunctionSummary[] | undefined {
    const lookup = value.kind === 'call' && /\.get$/.test(value.callee ?? '') ? receiverOf(value) : value.kind === 'member' && /\]$/.test(value.text) ? value.children[0] : undefined;
    const table = lookup && resolve(lookup);
    if (table?.kind !== 'object' || !table.properties) return undefined;
    const found: FunctionSummary[] = [];
    for (const entry of Object.values(table.properties)) {
      // `{ getWeather: get_weather }`, or the function written in place (`{ webSearch: async (args) => … }`).
      const name = entry.kind === 'name' ? entry.text : this.scopeAt(entry)?.name;
      const summary = name ? this.localFunction(name) : undefined;
      if (!summary) return undefined; // a function from elsewhere: what it returns is unknown
      found.push(summary);
    }
    return found.length ? found : undefined;
  }

  /** Calls that run one of a table's functions, the model's choice: each of them may run, so each one's sinks count. */
  readonly dispatchCalls = new WeakSet<Expr>();
  /** The file's Gradio interface is served as an MCP server: functions bound to its event listeners are tools. */
  gradioMcp = false;
  /** Conversation runners already reported as shared by every visitor, this run (`findSharedConversations`). */
  readonly sharedConversationsReported = new Set<string>();

  /** The last run's summary of the function property that starts at `start` (`handler: async (…) => …`). */
  private objectMethodAt(start: number): FunctionSummary | undefined {
    const scope = this.model.scopes.find((s) => s.objectMethod && s.start === start);
    return scope && this.summaries.get(scope);
  }

  /**
   * `const tool = allTools[request.params.name]; tool.handler(args)`: a method of an object picked from a table by a
   * key only known at run time (an MCP server's tools, each an object with its handler). Every function property of
   * that name the table's objects may hold: written in the table (or an object of this file it spreads), or in the
   * modules of the objects it spreads or holds (`{ ...networkTools, ...geoTools }`). Undefined for any other receiver.
   */
  private tableObjectMethods(held: Expr, method: string, resolve: (expr: Expr) => Expr): FunctionSummary[] | undefined {
    if (held.kind !== 'member' || !/\]$/.test(held.text) || !held.children[0]) return undefined;
    const table = resolve(held.children[0]);
    if (table.kind !== 'object' && table.kind !== 'name') return undefined;
    const found: FunctionSummary[] = [];
    const ranges: Expr[] = [];
    // The table itself, the objects it spreads (`...systemTools`) and the ones it holds by name (`{ ping: pingTool }`).
    const holders = table.kind === 'object' ? [table, ...table.children.filter((child) => child.kind === 'name')] : [table];
    for (const part of holders) {
      const value = part === table ? table : resolve(part);
      if (value.kind === 'object') ranges.push(value);
      const binding = part.kind === 'name' ? this.bindings.get(part.text) : undefined;
      if (binding && this.lookup) found.push(...this.lookup.imported(this.file, binding.module, method).filter((summary) => summary.objectMethod));
    }
    for (const scope of this.model.scopes) {
      if (!scope.objectMethod || scope.name !== method || !ranges.some((range) => scope.start >= range.start && scope.end <= range.end)) continue;
      const summary = this.readLocal(`o${scope.start}`, this.summaries.get(scope));
      if (summary) found.push(summary);
    }
    return found.length ? found : undefined;
  }

  private resolveCall(call: Expr, from: Scope, resolve?: (expr: Expr) => Expr): FunctionSummary[] {
    const route = this.routeHandlers(call, resolve);
    if (route) return route;
    const callee = (call.callee ?? '').replace(/^new /, '');
    const [head, ...rest] = callee.split('.');
    const method = rest.length ? rest[rest.length - 1] : undefined;
    const receiver = receiverOf(call);
    const constructed = receiver && resolve ? resolve(receiver) : undefined;
    if (method && constructed?.kind === 'call') {
      const found = this.classMethods((constructed.callee ?? '').replace(/^new /, '').split('.').pop() ?? '', method);
      if (found.length) return found;
      // `handler = get_output_handler(kind); handler.handle(reply)`: the methods of every class the factory returns.
      let made: string[] = [];
      if (resolve && !this.inFactory) {
        this.inFactory = true; // one level: the factory's own receiver is not chased further
        try {
          made = this.resolveCall(constructed, from, resolve).flatMap((factory) => factory.returnsClasses ?? []);
        } finally {
          this.inFactory = false;
        }
      }
      const viaFactory = [...new Set(made)].flatMap((className) => this.classMethods(className, method));
      if (viaFactory.length) return viaFactory;
    }
    if (method && rest.length === 2 && /^(self|this)$/.test(head)) {
      // `self.bash_process.run(…)`: the classes the attribute holds, by the class body's declaration or a method's
      // `self.repl = PythonREPL()`.
      const className = this.classOf(from);
      const found = className === undefined ? [] : this.attributeClasses(className, rest[0]).flatMap((held) => this.classMethods(held, method));
      if (found.length) return found;
    }
    if (method && rest.length === 1 && /^(self|this|cls)$/.test(head)) {
      const className = this.classOf(from);
      if (className === undefined) return [];
      // `self.run_sql = run_sql_sqlite` in a method: the function stored there runs too (the strategy pattern).
      const stored = this.storedFunctions(className, method);
      return [...stored, ...this.classMethods(className, method)];
    }
    // `self(prompt, stop)`: the object calls itself, its class's `__call__` (or a subclass's) runs.
    if (callee === 'self' && this.model.language === 'python') {
      const className = this.classOf(from);
      return className === undefined ? [] : this.classMethods(className, '__call__');
    }
    if (!method) {
      // `def _fetch(): …` inside this function (or one around it): that one, not another function's of the same name.
      // (Until this analysis has summarised it, the last analysis's summary by that name stands in.)
      const nested = this.nestedFunctionAround(callee, from);
      const own = nested && this.readLocal(`i${nested.start}`, this.summaries.get(nested));
      if (own) return [own];
      const local = this.readLocal(`f${callee}`, this.localFunctions.get(callee));
      if (local) return [local];
      // `fn = available_tools.get(call.function.name); fn(**args)`: every function of a dispatch table of this file's.
      const table = resolve && call.children[0] ? this.dispatchTable(resolve(call.children[0]), resolve) : undefined;
      if (table) {
        this.dispatchCalls.add(call);
        return table;
      }
      // `getattr(self.computer, action_type)(**args)`: a method chosen by name at run time, of the classes the object
      // is named for (`computer` → `Computer`, `DockerComputer`).
      const chosen = resolve && call.children[0] ? this.methodsChosenByName(resolve(call.children[0])) : undefined;
      if (chosen) return chosen;
    }
    const picked = method && constructed ? this.tableObjectMethods(constructed, method, resolve!) : undefined;
    if (picked) {
      this.dispatchCalls.add(call);
      return picked;
    }
    const binding = this.bindings.get(head);
    // `from researchllm import *` then `run_analysis(…)`: a name neither defined nor imported by name here. (A
    // TypeScript `export * from` passes names on without binding them in its own file.)
    if (!binding && rest.length === 0 && this.lookup && this.model.language === 'python') {
      for (const star of this.model.importBindings) {
        if (star.local !== '*') continue;
        const found = this.lookup.imported(this.file, star.module, head);
        if (found.length) return found;
      }
    }
    if (binding && this.lookup && !STREAMLIT_STATE.test(callee)) {
      const name = binding.imported === '*' ? rest[0] : rest.length === 0 ? binding.imported : undefined;
      if (name) return this.importedSummaries(binding, name);
      // `getFigmaDataTool.handler(params)`: the function an imported object holds under that key.
      const held = rest.length === 1 ? this.importedSummaries(binding, `${binding.imported}.${rest[0]}`) : [];
      if (held.length) return held;
      // `from app.api import crud` then `crud.fetch(…)`: a submodule imported by name, used as `import app.api.crud as crud`.
      const submodule = `${binding.module}.${binding.imported}`;
      if (rest.length === 1 && this.model.language === 'python' && this.lookup.moduleFile(this.file, submodule)) return this.importedSummaries({ ...binding, module: submodule, imported: '*' }, rest[0]);
      // `RAG_STORE.search(q)` with `RAG_STORE = MultimodalRagStore()` in the module it comes from: that class's method.
      const object = rest.length === 1 ? this.importedSummaries(binding, binding.imported).filter((summary) => summary.constant && summary.returnsClasses) : [];
      if (object.length) return [...new Set(object.flatMap((summary) => summary.returnsClasses!))].flatMap((className) => this.classMethods(className, rest[0]));
      // `ActionRegistry.getAvailableActions(…)`: a static method of an imported class.
      return rest.length === 1 ? this.classMethods(binding.imported === 'default' ? binding.local : binding.imported, rest[0]) : [];
    }
    const unknownReceiver = receiver !== undefined && (!resolve || ['name', 'member'].includes(resolve(receiver).kind)) && !/^(self|this|cls)$/.test(head);
    if (method && unknownReceiver && !/\(\)\./.test(callee)) {
      // `globals.ai.run(prompt)`, `execution_env.popen(…)`: an object of unknown type held under the name of one of the
      // workspace's classes (`ai` for `AI`, `execution_env` for `ExecutionEnv`) is taken for one of it, even for a
      // method name every class has. (Not for `self.x`: the class body says what its attributes hold.)
      const holder = rest.length >= 2 ? rest[rest.length - 2] : head;
      const named = /^[A-Za-z]\w*$/.test(holder) && !BUILTIN_RECEIVERS.test(holder) ? classNamesFor(holder).flatMap((className) => this.classMethods(className, method)) : [];
      if (named.length) return named;
      // `session.run(code)` of a parameter, in a file whose own classes define `run`: their methods.
      if (rest.length === 1 && this.callsParameterOfOwnClass(callee, from)) {
        const classes = new Set(this.model.scopes.filter((scope) => scope.className && scope.name === method).map((scope) => scope.className!));
        const own = [...classes].flatMap((className) => this.classMethods(className, method));
        if (own.length) return own;
      }
    }
    // (`st.session_state.pipeline['rag'].generate_response(q)`: what Streamlit's session state holds is the app's.)
    const builtIn = BUILTIN_RECEIVERS.test(head) && !STREAMLIT_STATE.test(callee);
    if (method && this.lookup && !builtIn && !/\(\)\./.test(callee)) return this.lookup.methods(method);
    return [];
  }

  /** The methods `getattr(obj, name)` may return when the name is not written out: see `methodsOfClassesNamed`. */
  private methodsChosenByName(target: Expr): FunctionSummary[] | undefined {
    if (target.kind !== 'call' || target.callee !== 'getattr' || !this.lookup) return undefined;
    const [object, name] = target.args ?? [];
    if (!object || !name || name.kind === 'string') return undefined;
    const holder = object.text.split('.').pop() ?? '';
    if (!/^[A-Za-z]\w*$/.test(holder) || /^(self|cls)$/.test(holder)) return undefined;
    const nouns = classNamesFor(holder).filter((noun) => /^[A-Z][a-z]/.test(noun));
    const found = nouns.flatMap((noun) => this.lookup!.methodsOfClassesNamed(noun));
    return found.length ? found : undefined;
  }

  /**
   * `fetch('/api/answer', { method: 'POST', … })` from the app's own pages: the Next.js route handler for that method
   * (`export async function POST` in `app/api/answer/route.ts`). Undefined for any other call.
   */
  private routeHandlers(call: Expr, resolve?: (expr: Expr) => Expr): FunctionSummary[] | undefined {
    const argument = call.args?.[0];
    const python = LOCAL_HTTP_CLIENT.test(call.callee ?? '');
    if (!this.lookup || !argument || !(SAME_ORIGIN_REQUEST.test(call.callee ?? '') || python)) return undefined;
    // (`const API_URL = '/chat'; fetch(API_URL, …)`: the constant's path.)
    const url = argument.kind === 'name' && resolve ? resolve(argument) : argument;
    // (A Python client reaches the app's own server only by its local address: `http://localhost:8000/analyze`.)
    const written = python && !(url.kind === 'string' && LOCAL_SERVER.test(url.literal ?? '')) ? undefined : ownServerPath(url);
    if (!written) return undefined;
    const options = call.args?.[1] && resolve ? resolve(call.args[1]) : call.args?.[1];
    const methodOption = options?.kind === 'object' ? options.properties?.method : undefined;
    const method = (/\.(get|post|put)$/.exec(call.callee ?? '')?.[1] ?? ((methodOption && resolve ? resolve(methodOption) : methodOption)?.literal) ?? 'GET').toUpperCase();
    // An Express route of the workspace (`app.post('/api/chat', (req, res) => …)`), by method and path.
    const path = written.split(/[?#]/)[0];
    const routed = [...this.lookup.route(`${method} ${path}`), ...this.lookup.route(`ALL ${path}`)];
    if (routed.length) return routed;
    if (url.kind !== 'string' || !url.literal?.startsWith('/api/')) return undefined;
    const handlers = this.lookup.imported(this.file, written, method).filter((summary) => summary.requestHandler);
    // A pages-router route (`pages/api/answer.ts`) answers every method with its default export.
    return handlers.length ? handlers : this.lookup.imported(this.file, written, 'default').filter((summary) => summary.requestHandler);
  }

  /**
   * `Pipeline(steps=[GenerateCode(), CleanCode(), RunCode()])`, held in a variable or an attribute: the classes of its
   * steps, in order — data given to the pipeline goes through each step's method in turn.
   */
  pipelineSteps(receiver: Expr, from: Scope, resolve: (expr: Expr) => Expr): string[] | undefined {
    const attribute = /^(self|this)\.(\w+)$/.exec(receiver.text)?.[2];
    const className = attribute ? this.classOf(from) : undefined;
    const values = attribute && className !== undefined ? this.storedValues(className, attribute) : [resolve(receiver)];
    for (const value of values) {
      if (value.kind !== 'call') continue;
      // `steps=[…]` (one step is a pipeline too), or a positional list of two or more constructed steps.
      const named = value.keywordArgs?.steps;
      const list = named ?? value.args?.find((arg) => arg.kind === 'array');
      const steps = list?.kind === 'array' ? list.elements ?? [] : [];
      if (steps.length >= (named ? 1 : 2) && steps.every((step) => step.kind === 'call')) return steps.map((step) => (step.callee ?? '').replace(/^new /, '').split('.').pop() ?? '');
    }
    return undefined;
  }

  /** The method each step runs when the pipeline does (its summaries, in this file or the workspace). */
  stepMethod(className: string): FunctionSummary[] {
    for (const method of PIPELINE_STEP_METHODS) {
      const found = this.classMethods(className, method);
      if (found.length) return found;
    }
    return [];
  }

  /**
   * `self._session.run(…)` where the class declares or builds `_session` as one of the workspace's classes, each
   * defining `run` (`_session: _BashSession | None`): their code says what the call does, not a catalogue row for a
   * library's look-alike (Neo4j's `session.run` runs a query).
   */
  callsHeldObjectMethod(callee: string, from: Scope): boolean {
    const match = /^(?:self|this)\.(\w+)\.(\w+)$/.exec(callee);
    const className = match ? this.classOf(from) : undefined;
    if (!match || className === undefined) return false;
    // (Asked before this file's own summaries exist: a method of this file is found by its scope.)
    const defines = (held: string) => this.model.scopes.some((scope) => scope.className === held && scope.name === match[2]) || (this.lookup?.classMethods(held, match[2], this.file).length ?? 0) > 0;
    const held = this.attributeClasses(className, match[1]);
    return held.length > 0 && held.every(defines);
  }

  /**
   * `session.run(code)` where `session` is a parameter, of this function or of one it is written in, never assigned
   * there, and a class of this file defines `run`: the object is taken for one of the app's own (`CodeSessionManager`,
   * a sandbox), judged by its code, not for a database session by its name. (A parameter annotated with a class names it.)
   */
  callsParameterOfOwnClass(callee: string, from: Scope): boolean {
    const match = /^(\w+)\.(\w+)$/.exec(callee);
    if (!match || match[1] === 'self' || match[1] === 'this') return false;
    const [, name, method] = match;
    // (Asked of most method calls: the file's class method names are gathered once.)
    this.ownClassMethodNames ??= new Set(this.model.scopes.filter((scope) => scope.className).map((scope) => scope.name!));
    if (!this.ownClassMethodNames.has(method)) return false;
    const enclosing = this.model.scopes.filter((scope) => scope !== this.model.scopes[0] && scope.start <= from.start && scope.end >= from.end);
    const holder = enclosing.filter((scope) => scope.params.includes(name)).sort((a, b) => b.start - a.start)[0];
    if (!holder || holder.paramClasses?.[name] !== undefined) return false;
    return !enclosing.some((scope) => scope.start >= holder.start && scope.assignments.some((assignment) => assignment.target === name));
  }

  private ownClassMethodNames?: Set<string>;

  /** Classes an attribute of this class (or a base class in this file) holds: declared in the body, or constructed in a method. */
  private attributeClasses(className: string, attribute: string): string[] {
    const out = new Set<string>();
    for (let cls: string | undefined = className, depth = 0; cls !== undefined && depth < 4; cls = this.model.classBases[cls]?.[0], depth++) {
      for (const held of this.model.attributeTypes?.[`${cls}\0${attribute}`] ?? []) out.add(held);
      // (`self.dataset = dataset or DemoDataset()`, `… if … else Printer()`: either side's class.)
      for (const value of this.storedValues(cls, attribute)) {
        for (const made of value.kind === 'other' ? value.children : [value]) {
          const constructed = constructedClass(made);
          if (constructed) out.add(constructed);
        }
      }
    }
    return [...out];
  }

  /** What a class's methods assign to `self.<attribute>` (the model does not change: worked out once per attribute). */
  private storedValues(className: string, attribute: string): Expr[] {
    const key = `${className}\0${attribute}`;
    let values = this.storedByAttribute.get(key);
    if (!values) {
      values = this.model.scopes.filter((scope) => this.classOf(scope) === className).flatMap((scope) => scope.assignments.filter((a) => a.target === `self.${attribute}` || a.target === `this.${attribute}`).map((a) => a.value));
      this.storedByAttribute.set(key, values);
    }
    return values;
  }

  private readonly storedByAttribute = new Map<string, Expr[]>();

  /** This file's functions a class's methods store in `self.<attribute>` / `this.<attribute>`. */
  private storedFunctions(className: string, attribute: string): FunctionSummary[] {
    const out: FunctionSummary[] = [];
    // `self.run = run_sql_sqlite`, `self._process = processor or default_processor`, `self.fn = given or self.build()`
    const parts = this.storedValues(className, attribute).flatMap((value) => (value.kind === 'other' ? value.children : [value]));
    for (const name of parts.filter((part) => part.kind === 'name')) {
      const stored = this.localFunction(name.text);
      if (stored && !out.includes(stored)) out.push(stored);
    }
    // `self._llm_fn = self._build_default_llm()`: the function the factory defines and returns (`def call(prompt): …`).
    for (const made of parts.filter((part) => part.kind === 'call')) {
      for (const scope of this.returnedInnerFunctions(made, className)) {
        const stored = this.readLocal(`i${scope.start}`, this.summaries.get(scope));
        if (stored && !out.includes(stored)) out.push(stored);
      }
    }
    return out;
  }

  /** The functions defined inside the function a call runs (of this file: `self.build()`, `build()`) that it returns by name. */
  private returnedInnerFunctions(call: Expr, className: string): Scope[] {
    const [head, name, more] = (call.callee ?? '').split('.');
    const factoryName = name === undefined ? head : /^(self|this|cls)$/.test(head) && more === undefined ? name : undefined;
    if (!factoryName) return [];
    const factory = this.model.scopes.find((scope) => scope.name === factoryName && (name === undefined ? this.classOf(scope) === undefined : this.classOf(scope) === className));
    if (!factory) return [];
    const inner = (returned: Expr) => this.model.scopes.find((scope) => scope !== factory && scope.name === returned.text && scope.start > factory.start && scope.end <= factory.end);
    return (factory.returns ?? []).filter((returned) => returned.kind === 'name').map(inner).filter((scope): scope is Scope => !!scope);
  }

  /** What the file's functions keep in Streamlit's `st.session_state.<key>` (it lasts across reruns): the writes, by function. */
  sessionWrites(path: string, except: ScopeFlow): [ScopeFlow, Write][] {
    const out: [ScopeFlow, Write][] = [];
    for (const flow of this.flows.values()) if (flow !== except) for (const write of flow.writesTo(path)) out.push([flow, write]);
    return out;
  }

  /** The LLM API a call matches (catalogue rows), once per call and round. */

  llmApi(call: Expr, resolve: (expr: Expr) => Expr, from?: Scope): LlmApiRow | undefined {
    if (!this.llmRows.has(call)) {
      const madeClasses = (made: Expr) => this.summariesFor(made, from ?? this.model.scopes[0], resolve).flatMap((summary) => summary.returnsClasses ?? []);
      const madeLlmObjects = (made: Expr) => this.summariesFor(made, from ?? this.model.scopes[0], resolve).flatMap((summary) => summary.returnsLlmObjects ?? []);
      let row = matchLlmApi(call, this.model, resolve, (receiver) => this.classesHeldBy(receiver, resolve), madeClasses, madeLlmObjects);
      // `complete = llm.astream_complete if stream else llm.acomplete; await complete(prompt=…)`: a model's method held
      // in a variable is that method called.
      if (!row) for (const held of this.heldMethods(call, resolve)) row ??= matchLlmApi(held, this.model, resolve);
      // `st.session_state.conversation({"question": q})`, `qa(query)`: a chain object called directly runs it.
      if (!row && from && this.callsChainObject(call, resolve)) row = LANGCHAIN_INVOKE_ROW;
      // A wrapper whose inside we can see is followed through its summary instead.
      if (row?.needsMessages && from && this.summariesFor(call, from, resolve).some((s) => s.paramPrompts.length || s.returns.some((t) => t.modelOutput))) row = undefined;
      // `self._execute_with_retry(**kwargs)` of a function of this file that hands its `**kwargs` to a model call.
      if (!row && from) row = this.forwardedLlmCall(call, from);
      this.llmRows.set(call, row);
    }
    return this.llmRows.get(call);
  }

  /**
   * The model call a function of this file makes with the keyword arguments it is given (`def _execute(self, **kwargs):
   * return self.client.converse(**kwargs)`), when `call` runs that function: the caller's keywords are that call's
   * (`self._execute(**request)`, the dict expanded where it is built). Undefined for any other call.
   */
  private forwardedLlmCall(call: Expr, from: Scope, depth = 0): LlmApiRow | undefined {
    const named = /^(?:(self|cls|this)\.)?([A-Za-z_$][\w$]*)$/.exec(call.callee ?? '');
    if (!named || depth > 2) return undefined;
    const className = named[1] ? this.classOf(from) : undefined;
    if (named[1] && className === undefined) return undefined;
    const target = className === undefined ? this.functionsNamed(named[2])[0] : this.model.scopes.find((scope) => scope.name === named[2] && this.classOf(scope) === className);
    const flow = target && this.flows.get(target);
    // (Its keyword parameter: a parameter that takes no position. Only a function that takes nothing else — `self`
    // aside — passes its caller's keywords on as they are: one with parameters of its own maps them as it likes.)
    const keywords = target?.params.filter((param) => !target.positional?.includes(param)) ?? [];
    if (!target || !flow || !keywords.length || (target.positional ?? []).some((param) => !/^(self|cls)$/.test(param))) return undefined;
    for (const inner of target.calls) {
      if (!(inner.args ?? []).some((arg) => arg.keywordSplat && keywords.includes(arg.text))) continue;
      const row = this.llmApi(inner, flow.resolve, target) ?? this.forwardedLlmCall(inner, target, depth + 1);
      if (row) return row;
    }
    return undefined;
  }

  /**
   * `researcher.writer` with `researcher = DeepResearcher()` and that class in another file: the classes its body
   * declares the attribute to hold (`writer: Agent = Agent(…)`), asked of the workspace index.
   */
  private classesHeldBy(receiver: Expr, resolve: (expr: Expr) => Expr): string[] {
    const object = receiver.children[0];
    const attribute = receiver.text.slice(receiver.text.lastIndexOf('.') + 1);
    if (!this.lookup || !object || !/^\w+$/.test(attribute)) return [];
    const made = constructedClass(resolve(object));
    return made ? this.lookup.attributeClasses(made, attribute) : [];
  }

  /** The call as each method a called variable may hold (`f = a.x if c else a.y; f(…)`): `a.x(…)`, `a.y(…)`. */
  private heldMethods(call: Expr, resolve: (expr: Expr) => Expr): Expr[] {
    const callee = call.children[0];
    if (callee?.kind !== 'name') return [];
    const value = resolve(callee);
    const methods = value.kind === 'member' ? [value] : value.kind === 'other' ? value.children.filter((child) => child.kind === 'member') : [];
    return methods.map((method) => ({ ...call, callee: method.text, children: [method, ...call.children.slice(1)] }));
  }

  private callsChainObject(call: Expr, resolve: (expr: Expr) => Expr): boolean {
    const callee = call.children[0];
    if (!callee || (callee.kind !== 'name' && callee.kind !== 'member') || !/^(st\.session_state\.|self\.)?\w+$/.test(callee.text)) return false;
    const value = resolve(callee);
    if (value === callee || value.kind !== 'call') return false;
    const made = (value.callee ?? '').replace(/^new /, '');
    if (RUNNABLE_CONSTRUCTORS.test(made)) return true;
    // A function of this file that returns one (`get_conversation_chain(store)`).
    const [scope, flow] = this.functionNamed(made) ?? [];
    return (scope?.returns ?? []).some((returned) => {
      const built = flow!.resolve(returned);
      return built.kind === 'call' && RUNNABLE_CONSTRUCTORS.test((built.callee ?? '').replace(/^new /, ''));
    });
  }

  /** The `index`th value a function of this file returns as a tuple (`return therapist, closure`): what it holds. */
  builtElement(call: Expr, index: number): Expr | undefined {
    const made = this.model.scopes.find((scope) => scope.name === call.callee && !scope.className);
    const returned = made?.returns?.find((r) => !NOTHING.test(r.text));
    const element = returned && (returned.elements ?? (returned.kind === 'other' ? returned.children : undefined))?.[index];
    if (!made || !element) return undefined;
    return element.kind === 'name' ? [...made.assignments].reverse().find((a) => a.target === element.text)?.value ?? element : element;
  }

  /** What a call of this file's own function builds (`kb = load_knowledge_base(urls)` returns `UrlKnowledge(…)`); else the value. */
  builtBy(value: Expr | undefined, depth = 0): Expr | undefined {
    if (value?.kind !== 'call' || depth > 2) return value;
    const made = this.model.scopes.find((scope) => scope.name === value.callee && !scope.className);
    // (`if not key: return None`, then `return Agent(…)`: what it builds, not its early exit.)
    const returned = made?.returns?.find((r) => !NOTHING.test(r.text)) ?? made?.returns?.[0];
    if (!made || !returned) return value;
    return this.builtBy(returned.kind === 'name' ? [...made.assignments].reverse().find((a) => a.target === returned.text)?.value ?? returned : returned, depth + 1);
  }

  /**
   * A value in a list of tools: one of the library's search or mail tools, built here — or returned by a helper of
   * another file (`qdrant_tool = get_qdrant_tool()` returning `QdrantVectorSearchTool(…)`) —, is noted with its row.
   */
  private noteLibraryTool(value: Expr | undefined, from?: Scope): void {
    if (value?.kind !== 'call') return;
    // `LangchainTool(tool=TavilySearch(…))`: another framework's tool, wrapped — the tool inside is the one that reads.
    if (TOOL_WRAPPER.test(value.callee ?? '')) {
      const wrapped = value.keywordArgs?.tool ?? value.args?.[0];
      return this.noteLibraryTool(wrapped?.kind === 'name' ? this.assignedValue(wrapped.text, from) : wrapped, from);
    }
    // (A row filled after its object is made is noted by `filledKnowledge`, only when the file fills it from outside.)
    // `FirecrawlSearchTool(…)` imported from the app's own `src/tools`: the app's class (this file's, an import of the
    // workspace's, or a class the workspace defines under that name), read where its code is, not the library's.
    const className = (value.callee ?? '').replace(/^new /, '').split('.').pop() ?? '';
    if (/^[A-Z]/.test(className) && (this.definedByTheApp(className) || (this.lookup?.basesOf(className).length ?? 0) > 0)) return;
    let args: string | undefined; // (worked out only if a row with `libraryToolArgs` names this callee, and once)
    const row = this.sourceRows.find((candidate) => !candidate.libraryToolFilledBy && candidate.libraryTool?.test(value.callee ?? '') && (!candidate.libraryToolArgs || candidate.libraryToolArgs.test((args ??= this.argumentsText(value, from)))));
    if (row) return void this.libraryTools.set(value, row);
    const made = from && this.lookup ? this.resolveCall(value, from).flatMap((factory) => factory.file !== this.file ? factory.returnsClasses ?? [] : []) : [];
    const returned = this.sourceRows.find((candidate) => !candidate.libraryToolArgs && !candidate.libraryToolFilledBy && made.some((name) => candidate.libraryTool?.test(name)));
    if (returned) this.libraryTools.set(value, returned);
  }

  /**
   * A call's text with the values its name arguments hold (`MultiMCPTools(mcp_servers)` after `mcp_servers = ["npx -y
   * @modelcontextprotocol/server-github", …]`): what a `libraryToolArgs` row looks for may be written there.
   */
  argumentsText(call: Expr, scope?: Scope): string {
    const named = [...(call.args ?? []), ...Object.values(call.keywordArgs ?? {})].filter((arg) => arg.kind === 'name');
    // (Lists and dicts only — mcp-use's `MCPClient.from_dict(config)`: a server's parameters built apart,
    // `StdioServerParameters(…)`, are noted where they are made.)
    return [call.text, ...named.map((arg) => this.assignedValue(arg.text, scope)).filter((value) => value?.kind === 'array' || value?.kind === 'object').map((value) => value!.text)].join('\n');
  }

  private filledKnowledgeCache?: Expr[];

  /**
   * The objects of a `libraryToolFilledBy` row made in this file, when a call of that method fills one from outside:
   * `add_content(url=…)`, or a path or text that is not a string literal (a string literal path is the app's own file).
   */
  private filledKnowledge(): Expr[] {
    if (this.filledKnowledgeCache) return this.filledKnowledgeCache;
    const rows = this.sourceRows.filter((row) => row.libraryToolFilledBy && row.libraryTool);
    const calls = this.model.scopes.flatMap((scope) => scope.calls);
    const filled = rows.filter((row) => calls.some((call) => row.libraryToolFilledBy!.test(call.callee ?? '') && Object.entries(call.keywordArgs ?? {}).some(([key, value]) => /^urls?$/.test(key) || (/^(paths?|text_content|content)$/.test(key) && value.kind !== 'string'))));
    return (this.filledKnowledgeCache = calls.filter((call) => filled.some((row) => row.libraryTool!.test((call.callee ?? '').replace(/^new /, '')))));
  }

  /** The tools given to each agent or model call of the file (each as the code that made it), by the call's start. */
  private readonly toolLists = new Map<number, Expr[]>();
  /**
   * Class-based tools (by class name) the app runs itself (`search_tool._run(q)`, `tool.run(…)`), and those it gives a
   * model in a list of tools — here or, by the facts other files found, there.
   */
  readonly toolClassesRunDirectly = new Set<string>();
  readonly toolClassesListed = new Set<string>();

  /**
   * An agent constructor whose result is kept in a name the file never reads again — a function's local, or a name of a
   * Streamlit or Gradio script (run, not imported: another module cannot be using it, as it can a module's `analyst`).
   */
  private agentNeverRun(call: Expr, scope: Scope): boolean {
    if (!AGENT_CONSTRUCTOR.test((call.callee ?? '').replace(/^new /, ''))) return false;
    if (scope === this.model.scopes[0] && !this.model.imports.some((module) => UI_SCRIPT_MODULE.test(module))) return false;
    const held = scope.assignments.find((a) => a.value.start === call.start && a.value.end === call.end);
    // (Kept in a field, a list or a dict, or not kept at all: used somewhere.)
    if (!held || !/^[A-Za-z_$][\w$]*$/.test(held.target)) return false;
    const word = new RegExp(`\\b${held.target}\\b`);
    const inside = (e: Expr) => e.start >= call.start && e.end <= call.end;
    return !this.model.scopes.some((s) => s.calls.some((c) => !inside(c) && word.test(c.text)) || s.assignments.some((a) => a !== held && word.test(a.value.text)) || (s.returns ?? []).some((r) => word.test(r.text)));
  }

  private pipelineRows?: typeof DOCUMENT_PIPELINES;

  /** The DOCUMENT_PIPELINES rows of the libraries this file imports (worked out once: most files import none). */
  documentPipelines(): typeof DOCUMENT_PIPELINES {
    return (this.pipelineRows ??= DOCUMENT_PIPELINES.filter((row) => this.model.imports.some((module) => row.module.test(module))));
  }

  /** The call is given its tools itself (`client.interactions.create(…, tools=[…])`), not through the object it runs on. */
  hasToolList(call: Expr): boolean {
    return this.toolLists.has(call.start);
  }

  /**
   * True when every tool an agent is given (`Agent(tools=[…])`) only reads what anyone can read on the web: a library's
   * search or scraping tool, a tool of the app's that only returns a web search, the provider's own web search, or an
   * MCP client when every MCP server the file starts is such a reader (Airbnb's, a scraper's) — beside, at most, a tool
   * that runs code in a remote sandbox (`SANDBOXED_CODE_TOOL`). The person using the app could read those pages
   * themselves: their text steers no power they lack.
   */
  /**
   * Google ADK agents of this file that keep their answer in the session state (`output_key="research"`) and whose
   * tools only read the web (a search agent): that key holds model output the pages steer.
   */
  adkStateOutputs(): Map<string, Taint[]> {
    if (this.adkOutputs) return this.adkOutputs;
    const outputs = new Map<string, Taint[]>();
    for (const [scope, flow] of this.flows) {
      for (const call of scope.calls) {
        const key = call.keywordArgs?.output_key?.literal;
        if (!key || this.llmApi(call, flow.resolve, scope)?.id !== ADK_AGENT_ROW_ID || !this.toolsReadPublicPagesOnly(call)) continue;
        const step = this.location(call.start, call.end, `This agent's answer, steered by the pages its tools read, is kept in the session state as {${key}}.`);
        outputs.set(key, [{ origin: 'third-party', label: 'model output', modelOutput: true, steer: 'third-party', steps: [step] }]);
      }
    }
    return (this.adkOutputs = outputs);
  }

  private adkOutputs?: Map<string, Taint[]>;

  toolsReadPublicPagesOnly(agent: Expr, depth = 0): boolean {
    const tools = agent.kind === 'call' ? this.toolLists.get(agent.start) ?? [] : [];
    // agno's `Team(members=[analyst, …])`: what its members can do, each made in this file.
    const members = !tools.length && depth < 2 && agent.kind === 'call' ? agent.keywordArgs?.members?.elements : undefined;
    if (members?.length) {
      const made = (member: Expr) => (member.kind === 'name' ? this.model.scopes.flatMap((scope) => scope.assignments).filter((a) => a.target === member.text).pop()?.value : member);
      return members.every((member) => { const value = made(member); return !!value && this.toolsReadPublicPagesOnly(value, depth + 1); });
    }
    if (!tools.length) return false;
    // A tool of the app's whose only answer is web search results, and which runs nothing risky with its input
    // (`def web_research(query): return DuckDuckGoSearchRun().run(query)`).
    const onlySearches = (own: FunctionSummary) => own.returns.length > 0 && own.returns.every((taint) => taint.origin === 'third-party' && !taint.modelOutput && PUBLIC_SEARCH_LABELS.has(taint.label)) && !own.paramSinks.length;
    const readsPublicPages = (made: Expr): boolean => {
      if (made.kind === 'name') {
        // Google ADK's built-in `google_search` (`from google.adk.tools import google_search`): Gemini's hosted search.
        const imported = this.bindings.get(made.text);
        if (imported && /^google\.adk\.tools(\.|$)/.test(imported.module) && HOSTED_WEB_TOOL.test(imported.imported)) return true;
        const own = this.localFunction(made.text);
        return !!own && onlySearches(own);
      }
      // A provider's own web search (`{"type": "google_search"}`, `types.Tool(google_search=types.GoogleSearch())`).
      if (made.kind === 'object') return HOSTED_WEB_TOOL.test(made.properties?.type?.literal ?? '');
      if (made.kind === 'call' && /(^|\.)Tool$/.test(made.callee ?? '') && Object.keys(made.keywordArgs ?? {}).some((key) => HOSTED_WEB_TOOL.test(key))) return true;
      if (made.kind !== 'call') return false;
      if (SANDBOXED_CODE_TOOL.test(made.callee ?? '')) return true;
      const row = [...this.libraryTools].find(([expr]) => expr.start === made.start && expr.end === made.end)?.[1];
      if (row) return PUBLIC_READER_ROWS.has(row.id);
      // …a class-based tool of the app's (`LinkUpSearchTool()`, a CrewAI BaseTool) whose run method only searches.
      const toolClass = constructedClass(made);
      const runs = toolClass === undefined ? [] : TOOL_RUN_METHODS.flatMap((method) => this.classMethods(toolClass, method));
      if (runs.length) return runs.every(onlySearches);
      return MCP_CLIENT_TOOL.test(made.callee ?? '') && this.mcpServersReadPublicPagesOnly();
    };
    return tools.every((tool) => readsPublicPages(tool));
  }

  /** Every MCP server the file starts is one whose tools read public pages (the catalogue's web and community servers). */
  private mcpServersReadPublicPagesOnly(): boolean {
    // (`MCPTools(session=session)` uses a server started elsewhere; `MCPTools(command=…)` starts one.)
    const starts = (call: Expr) => MCP_SERVER_START.test(call.callee ?? '') && (!MCP_CLIENT_TOOL.test(call.callee ?? '') || Object.keys(call.keywordArgs ?? {}).some((key) => /^(command|commands|url|urls|server_params)$/.test(key)));
    const servers = this.model.scopes.flatMap((scope) => scope.calls.filter(starts));
    return servers.length > 0 && servers.every((server) => [...this.libraryTools].some(([expr, row]) => expr.start === server.start && PUBLIC_READER_ROWS.has(row.id)));
  }

  /** The value last assigned to a name in the scope or at module level (the code that builds a tool, say). */
  assignedValue(name: string, scope?: Scope): Expr | undefined {
    return [...(scope?.assignments ?? []), ...(this.model.scopes[0]?.assignments ?? [])].reverse().find((a) => a.target === name)?.value;
  }

  run(): void {
    this.flows.clear();
    this.adkOutputs = undefined;
    this.adkAnswers = undefined;
    // Worked out again below from this run's writes (a value's shared taints must not feed the writes they come from).
    this.sharedAdditions.clear();
    this.sharedTaints.clear();
    this.callTargets.clear();
    this.llmRows.clear();
    ({ functions: this.localFunctions, methods: this.localMethods } = this.localTables());
    this.localReads.clear();
    this.prompts = [];
    this.promptTexts = [];
    this.promptValues = [];
    this.promptPersonal = [];
    this.sinks = [];
    // Outer scopes first (the model lists them in that order), so closures see their parents' variables.
    for (const scope of this.model.scopes) {
      const parent = this.parentFlow(scope);
      const flow = new ScopeFlow(this, scope, parent);
      this.flows.set(scope, flow);
    }
    // A second pass only when the first read a write before it was worked out (a loop's later write, a closure's,
    // a callback's return): otherwise it would compute the very same values again.
    for (let pass = 0; pass < 2 && (pass === 0 || this.readPendingWrite); pass++) {
      this.readPendingWrite = false;
      this.writesPassNumber++;
      this.writesPending = new Set(this.flows.values());
      for (const flow of this.flows.values()) {
        flow.computeWrites();
        this.writesPending.delete(flow);
      }
    }
    // A module global a web route assigns is read through other variables too (`prompt = f"…{graph}"`): their writes
    // take in what was shared.
    if (this.collectSharedLists()) for (const flow of this.flows.values()) flow.computeWrites();
    this.collectTemplateSlots();
    for (const flow of this.flows.values()) flow.findSinks();
    for (const flow of this.flows.values()) this.noteConstructions(flow);
    this.sharedConversationsReported.clear();
    for (const flow of this.flows.values()) {
      flow.findPrompts();
      flow.findPipedMaps();
      flow.findSharedConversations();
    }
    for (const [made, row] of this.libraryTools) {
      // (`MCPClient(lambda: stdio_client(StdioServerParameters(…)))`: one server, reported at the outermost call.)
      if ([...this.libraryTools.keys()].some((outer) => outer !== made && outer.start <= made.start && outer.end >= made.end)) continue;
      const says = row.libraryContext ? `This context provider adds ${row.label} to each run of the agent it is given to.` : `This tool returns ${row.label} to the model it is given to.`;
      const results: Taint = { origin: 'third-party', label: row.label, steps: [this.location(made.start, made.end, says)] };
      // (A tool's result comes back to a model that has tools, by definition; a context provider's to any agent.)
      this.prompts.push({ part: made, destination: 'own-message', taints: [results], mitigated: false, powerful: !row.libraryContext, through: [], noWrapFix: true, libraryPrompt: true });
    }
    for (const flow of this.flows.values()) flow.summarise();
    this.constants = this.model.scopes.length ? (this.flows.get(this.model.scopes[0])?.constantSummaries() ?? []) : [];
    this.constants.push(...this.sessionStateSummaries(), ...this.adkStateSummaries());
    const attributes = new Map<string, Taint[]>();
    for (const [scope, flow] of this.flows) {
      const className = this.classOf(scope);
      if (className !== undefined) for (const [attribute, taints] of flow.attributeWrites()) attributes.set(`${className}\0${attribute}`, mergeTaints(attributes.get(`${className}\0${attribute}`) ?? [], taints));
    }
    // What the file's calls keep in objects (`store.add_text_source(title, page)`): read there by the class's methods,
    // here, and, through the index, in the module that defines the class.
    const stored = new Map<string, Taint[]>();
    for (const flow of this.flows.values()) for (const [key, taints] of flow.callerStores()) stored.set(key, mergeTaints(stored.get(key) ?? [], taints));
    for (const [key, taints] of stored) attributes.set(key, mergeTaints(attributes.get(key) ?? [], taints));
    this.constants.push(...[...stored].map(([key, returns]) => ({ file: this.file, name: key.replace('\0', '.'), className: OBJECT_STORES_CLASS, params: [], returns, returnsParams: [], paramPrompts: [], paramSinks: [], constant: true })));
    this.attributes = attributes;
    if (this.stateSetters.size) this.reactState = this.stateWrites();
    if (this.graphNodes.size) this.graphState = this.graphWrites();
    if (this.workflow) this.workflowWrites();
    this.fileChannels = this.fileChannelWrites();
    if (this.flowListeners.size) this.listenInputs = this.flowHandOffs();
  }

  /** What each CrewAI Flow listener is given: what the methods it listens to returned (`flowListeners`). */
  private flowHandOffs(): Map<string, Taint[]> {
    const out = new Map<string, Taint[]>();
    for (const [listener, listened] of this.flowListeners) {
      const given: Taint[] = [];
      for (const method of listened) {
        const flow = this.flows.get(method);
        for (const returned of flow ? method.returns ?? [] : []) {
          const step = this.location(returned.start, returned.end, `Returned here; the flow gives it to ${listener.name} (@listen).`);
          mergeTaints(given, passedOn(flow!.taints(returned), step));
        }
      }
      if (given.length) out.set(String(listener.start), given);
    }
    return out;
  }

  /** What this round's functions write to files they name by a fixed path that the file also reads (`fileChannels`). */
  private fileChannelWrites(): Map<string, Taint[]> {
    const out = new Map<string, Taint[]>();
    for (const { scope, path, value, call } of (this.fileChannelSites ??= this.findFileChannelSites())) {
      const flow = this.flows.get(scope);
      const kept = flow ? passedOn(flow.taints(value), this.location(call.start, call.end, `Written to ${path} here; this file reads it back.`)) : [];
      if (kept.length) out.set(path, mergeTaints(out.get(path) ?? [], kept));
    }
    return out;
  }

  /** The writes to a fixed path the file also reads: found once (the code is the same every round), most files none. */
  private fileChannelSites?: { scope: Scope; path: string; value: Expr; call: Expr }[];

  private findFileChannelSites(): { scope: Scope; path: string; value: Expr; call: Expr }[] {
    const writes: { scope: Scope; path: string; value: Expr; call: Expr }[] = [];
    const read = new Set<string>();
    for (const [scope, flow] of this.flows) {
      for (const call of scope.calls) {
        const written = writtenFile(call, flow.resolve);
        if (written) writes.push({ scope, path: written.path, value: written.value, call });
        const path = fileReadPath(call, flow.resolve);
        if (path !== undefined) read.add(path);
      }
    }
    return writes.filter((write) => read.has(write.path));
  }

  /** What this round's steps put in events' fields and the workflow's context (see `eventFields`). */
  private workflowWrites(): void {
    const fields = new Map<string, Taint[]>();
    const store = new Map<string, Taint[]>();
    const keep = (into: Map<string, Taint[]>, key: string, taints: Taint[], step: RelatedLocation) => {
      const kept = passedOn(taints, step);
      if (kept.length) into.set(key, mergeTaints(into.get(key) ?? [], kept));
    };
    for (const [scope, flow] of this.flows) {
      for (const call of scope.calls) {
        const made = constructedClass(call);
        if (made && /Event$/.test(made)) {
          for (const [field, value] of Object.entries(call.keywordArgs ?? {})) keep(fields, `${made}\0${field}`, flow.taints(value), this.location(value.start, value.end, `Sent in a ${made} (${field}); the step that receives it reads it.`));
        }
        const key = WORKFLOW_CONTEXT_SET.test(call.callee ?? '') ? call.args?.[0]?.literal : undefined;
        const value = call.args?.[1];
        if (key !== undefined && value) keep(store, key, flow.taints(value), this.location(value.start, value.end, `Kept in the workflow's context (${key}); another step reads it.`));
      }
    }
    this.eventFields = fields;
    this.contextStore = store;
  }

  /**
   * Request data that handlers add to module-level lists, and what web routes assign to module globals: every
   * visitor's conversation then holds other visitors' text. Also what a function keeps in a module-level dict by key.
   * True when a global or dict was shared (its readers' writes change).
   */
  private collectSharedLists(): boolean {
    let sharedGlobal = false;
    const top = this.model.scopes[0];
    // (In a server, a tool's arguments kept there too: what the model wrote for one visitor, which that visitor's chat
    // could steer, is another visitor's agent's input — a negotiation's rounds in a module-level state object.)
    const servesVisitors = this.model.imports.some((module) => WEB_SERVER_MODULE.test(module));
    for (const [scope, flow] of this.flows) {
      if (scope === top) continue;
      for (const { list, value, start } of flow.moduleListAdditions()) {
        const step = this.location(start, value.end, 'Kept in a module-level list: one for every visitor, so the next request reads it as someone else\'s text.');
        const shared = (expr: Expr) =>
          flow.taints(expr).flatMap((t): Taint[] =>
            t.origin === 'requester' && t.label === 'request input' ? [{ origin: 'third-party', label: "other visitors' messages", steps: [...t.steps, step] }]
            : servesVisitors && t.label === TOOL_PARAMETERS_ROW.label && t.origin === 'third-party' ? [{ origin: 'third-party', label: "what the model wrote in another visitor's session", steps: [...t.steps, step] }]
            : []);
        let any = false;
        for (const expr of value.kind === 'object' ? [value, ...Object.values(value.properties ?? {})] : [value]) {
          const taints = shared(expr);
          if (taints.length) (this.sharedTaints.set(expr, taints), (any = true));
        }
        if (any) this.sharedAdditions.set(list, [...(this.sharedAdditions.get(list) ?? []), value]);
      }
      // `result_store[session_id] = result` in one function, `result_store[session_id]` read in another (the route that
      // renders it): what was kept there — model output, someone else's text — is what is read.
      for (const { target, value, start } of flow.moduleItemWrites()) {
        const step = this.location(start, value.end, `Kept in the module's ${target} here, and read back in another function.`);
        const kept = flow.taints(value).filter((t) => t.origin === 'third-party').map((t) => ({ ...t, steps: [...t.steps, step] }));
        if (!kept.length) continue;
        this.sharedTaints.set(value, kept);
        for (const key of [target, `${target}[]`]) this.sharedAdditions.set(key, [...(this.sharedAdditions.get(key) ?? []), value]);
        sharedGlobal = true;
      }
      // `global graph` then `graph = completion…` in a web route: the next visitor's request reads what this one's
      // text (or the model's answer to it) left there.
      if (!scope.globals?.length || !flow.isWebRoute()) continue;
      for (const assignment of scope.assignments) {
        if (!scope.globals.includes(assignment.target)) continue;
        const step = this.location(assignment.start, assignment.value.end, `Kept in the module's ${assignment.target}: one for every visitor, so the next request reads it as someone else's.`);
        const taints = flow.taints(assignment.value).flatMap((t): Taint[] =>
          t.origin === 'requester' && t.label === 'request input' ? [{ origin: 'third-party', label: "other visitors' messages", steps: [...t.steps, step] }]
          : t.modelOutput ? [{ origin: 'third-party', label: "the model's answer to another visitor", modelOutput: true, steps: [...t.steps, step] }]
          : []);
        if (!taints.length) continue;
        this.sharedTaints.set(assignment.value, taints);
        this.sharedAdditions.set(assignment.target, [...(this.sharedAdditions.get(assignment.target) ?? []), assignment.value]);
        sharedGlobal = true;
      }
    }
    return sharedGlobal;
  }

  /** What each React state's setters are given, across the file's scopes (`setAnswer(text)`, `setAnswer((prev) => prev + chunk)`). */
  private stateWrites(): Map<string, Taint[]> {
    const out = new Map<string, Taint[]>();
    for (const flow of this.flows.values()) {
      for (const call of flow.scope.calls) {
        const state = this.stateSetters.get(call.callee ?? '');
        const arg = call.args?.[0];
        if (!state || !arg) continue;
        // An updater function: what it returns is the new state.
        const taints = this.callbackReturns(arg) ?? flow.taints(arg);
        const step = this.location(call.start, call.end, `Kept in React state ${state} here.`);
        const kept = passedOn(taints, step);
        if (kept.length) out.set(state, mergeTaints(out.get(state) ?? [], kept));
      }
    }
    return out;
  }

  /**
   * What the file's LangGraph nodes write to each channel of the state: the updates they return (a dict, or
   * `Command(update=…)`) and the payloads of the `Send(node, …)` they make. A channel of messages is a conversation
   * (the graph row's text), whatever the nodes append to it: a tool result or a page appended there is judged where
   * it enters the conversation (the tool that returns it), as in any agent loop.
   */
  private graphWrites(): Map<string, Taint[]> {
    const out = new Map<string, Taint[]>();
    for (const scope of this.graphNodes.keys()) {
      const flow = this.flows.get(scope);
      if (!flow) continue;
      for (const update of graphUpdates(scope, flow.resolve)) {
        for (const [channel, value] of Object.entries(update.properties ?? {})) {
          if (CONVERSATION_CHANNEL.test(channel)) continue;
          const step = this.location(value.start, value.end, `Kept in the graph's state (${channel}) here; another node reads it.`);
          // A value read from a channel and written back (a router's `Send` of what it read) is kept there once.
          const kept = flow.taints(value).filter((t) => t.origin !== 'param').map((t) => (t.steps.some((s) => s.message === step.message && s.range.start.line === step.range.start.line) ? t : { ...t, steps: [...t.steps, step] }));
          if (kept.length) out.set(channel, mergeTaints(out.get(channel) ?? [], kept));
        }
      }
    }
    return out;
  }

  private parentFlow(scope: Scope): ScopeFlow | undefined {
    let best: Scope | undefined;
    for (const candidate of this.flows.keys()) {
      if (candidate !== scope && candidate.start <= scope.start && candidate.end >= scope.end && (!best || candidate.start >= best.start)) best = candidate;
    }
    return best ? this.flows.get(best) : undefined;
  }

  /** Prompt templates of the file: each `{variable}` lands in a system message, alone in a human message, or mixed. */
  private collectTemplateSlots(): void {
    this.templateSlots.clear();
    for (const [scope, flow] of this.flows) {
      for (const call of scope.calls) {
        // `MessagesPlaceholder(variable_name="history")`: that input is a list of messages of their own.
        if (/(^|\.|new )MessagesPlaceholder$/.test(call.callee ?? '')) {
          const name = call.keywordArgs?.variable_name ?? call.args?.[0];
          const value = name && flow.resolve(name);
          const variable = value?.kind === 'object' ? value.properties?.variableName && flow.resolve(value.properties.variableName).literal : value?.literal;
          if (variable && !this.templateSlots.has(variable)) this.templateSlots.set(variable, 'own-message');
          continue;
        }
        // A prompt pulled from LangChain Hub by a name the catalogue knows: its variables sit where its published text puts them.
        const pulled = HUB_PULL.test(call.callee ?? '') ? HUB_PROMPTS[call.args?.[0]?.literal ?? ''] : undefined;
        if (pulled) {
          for (const [variable, destination] of Object.entries(pulled)) {
            const previous = this.templateSlots.get(variable);
            if (!previous || previous === 'own-message' || destination === 'system') this.templateSlots.set(variable, destination);
          }
          continue;
        }
        if (!PROMPT_TEMPLATE_CONSTRUCTOR.test(call.callee ?? '') && !/fromMessages|from_messages|fromTemplate|from_template/.test(call.callee ?? '')) continue;
        const row = matchLlmApi(call, this.model, flow.resolve);
        if (!row?.template) continue;
        // `PromptTemplate.fromTemplate(ANSWER_TEMPLATE)`: the constant's text holds the slots.
        for (const part of promptParts(call, row, flow.resolve)) {
          const written = this.templateOfParameter(part.expr, scope, flow) ?? part.expr;
          const text = written.literal ?? '';
          // (…or, imported from another module, that module's summary of it: `from src.shared.constants import CHAT_SYSTEM_TEMPLATE`.)
          const imported = !text && written.kind === 'name' ? this.importedTemplateSlots(written.text) : [];
          const instructions = imported.length ? !!this.importedTemplate(written.text) : instructionWords(text) >= 3;
          for (const variable of imported.length ? imported : templateVariables(text)) {
            const destination: PromptDestination = part.role === 'system' ? 'system' : instructions ? 'mixed' : 'own-message';
            const previous = this.templateSlots.get(variable);
            if (!previous || previous === 'own-message' || destination === 'system') this.templateSlots.set(variable, destination);
          }
        }
      }
    }
  }

  /**
   * A template a function takes as a parameter with a default (`def get_rag_chain(llm, system_template=CHAT_SYSTEM_TEMPLATE)`)
   * and never reassigns: the default, as the function's callers that pass none get it.
   */
  private templateOfParameter(expr: Expr, scope: Scope, flow: ScopeFlow): Expr | undefined {
    const fallback = expr.kind === 'name' && scope.positional?.includes(expr.text) ? scope.paramDefaults?.[expr.text] : undefined;
    if (!fallback || scope.assignments.some((write) => write.target === expr.text)) return undefined;
    return flow.resolve(makeExpr('name', scope.start, scope.start, fallback));
  }

  result(): FileAnalysis {
    const flows = this.flows;
    return {
      prompts: this.prompts,
      promptTexts: this.promptTexts,
      promptValues: this.promptValues,
      promptPersonal: this.promptPersonal,
      sinks: this.sinks,
      summaries: this.localSummaries(),
      factsForOtherFiles: [...this.factsForOtherFiles].sort(),
      taintsOf: (expr) => {
        for (const [scope, flow] of [...flows].reverse()) if (expr.start >= scope.start && expr.end <= scope.end) return flow.taints(expr);
        return [];
      },
    };
  }
}

/**
 * The elements of a list written in place: `[a, b]`, and the same list filtered — `[t for t in [a, b] if t]`,
 * `[a, b].filter(Boolean)` (tools given only when configured). Undefined for any other value.
 */
function listedElements(value: Expr): Expr[] | undefined {
  if (value.kind === 'array') return value.elements ?? [];
  if (value.kind === 'call' && /\.filter$/.test(value.callee ?? '')) {
    const receiver = receiverOf(value);
    return receiver?.kind === 'array' ? receiver.elements ?? [] : undefined;
  }
  const loop = value.kind === 'other' ? /^\[\s*(\w+)\s+for\s+(\w+)\s+in\b/.exec(value.text) : null;
  if (!loop || loop[1] !== loop[2]) return undefined;
  const iterated = value.children.find((child) => child.kind === 'other' && child.text.startsWith('for '))?.children.find((child) => child.kind === 'array');
  return iterated?.elements;
}

/** A tuple's elements by place (`[0]`, `[1]`…), as `returnsByKey` keeps them. */
function tupleFields(value: Expr): Record<string, Expr> | undefined {
  const elements = value.elements ?? [];
  return elements.length > 1 ? Object.fromEntries(elements.map((element, index) => [`[${index}]`, element])) : undefined;
}

/**
 * The fields of a returned value, by name: a dict or object literal's keys, or the keywords of a record made by the
 * app's class (`RAGResult(response=answer, sources_used=sources)`, a dataclass or Pydantic model). Undefined otherwise.
 */
function returnedFields(value: Expr): Record<string, Expr> | undefined {
  if (value.kind === 'object') return value.properties;
  if (value.kind !== 'call' || constructedClass(value) === undefined || value.args?.length || !value.keywordArgs) return undefined;
  return Object.keys(value.keywordArgs).length ? value.keywordArgs : undefined;
}

/** What a value carries on to another place (a listener, a file read back, an event, a state channel): its text, not the parameters of the function it was in, with the step that hands it over. */
function passedOn(taints: readonly Taint[], step: RelatedLocation): Taint[] {
  return taints.filter((t) => t.origin !== 'param').map((t) => ({ ...t, steps: [...t.steps, step] }));
}

/** A path written in the code (`"generated.py"`, a constant holding it), as one text whatever its `./`. */
function fixedPath(expr: Expr | undefined, resolve: (expr: Expr) => Expr): string | undefined {
  const literal = expr && resolve(expr).literal;
  return literal ? literal.replace(/^\.\//, '') : undefined;
}

/** `open(path, "w").write(value)` (a handle from `with open(…) as f` too), `Path(path).write_text(value)`, `fs.writeFileSync(path, value)`. */
function writtenFile(call: Expr, resolve: (expr: Expr) => Expr): { path: string; value: Expr } | undefined {
  const callee = call.callee ?? '';
  if (/(^|\.)(writeFileSync|writeFile)$/.test(callee) && call.args?.[1]) {
    const path = fixedPath(call.args[0], resolve);
    return path ? { path, value: call.args[1] } : undefined;
  }
  const method = /\.(write|writelines|write_text)$/.exec(callee)?.[1];
  const receiver = method && receiverOf(call);
  const opened = receiver && resolve(receiver);
  if (!opened || opened.kind !== 'call' || !call.args?.[0]) return undefined;
  const mode = (opened.args?.[1] ?? opened.keywordArgs?.mode)?.literal ?? '';
  const writes = method === 'write_text' ? /(^|\.)Path$/.test(opened.callee ?? '') : opened.callee === 'open' && /[wax]/.test(mode);
  const path = writes ? fixedPath(opened.args?.[0] ?? opened.keywordArgs?.file, resolve) : undefined;
  return path ? { path, value: call.args[0] } : undefined;
}

/** The fixed path a read names: `open(path).read()` (a handle from `with open(…) as f` too), `Path(path).read_text()`, `fs.readFileSync(path)`. */
function fileReadPath(call: Expr, resolve: (expr: Expr) => Expr): string | undefined {
  const callee = call.callee ?? '';
  if (/(^|\.)(readFileSync|readFile)$/.test(callee)) return fixedPath(call.args?.[0], resolve);
  const method = /\.(read|readlines|read_text)$/.exec(callee)?.[1];
  const receiver = method && receiverOf(call);
  const opened = receiver && resolve(receiver);
  if (!opened || opened.kind !== 'call') return undefined;
  const mode = (opened.args?.[1] ?? opened.keywordArgs?.mode)?.literal ?? 'r';
  const reads = method === 'read_text' ? /(^|\.)Path$/.test(opened.callee ?? '') : opened.callee === 'open' && !/[wax]/.test(mode);
  return reads ? fixedPath(opened.args?.[0] ?? opened.keywordArgs?.file, resolve) : undefined;
}

/** Calls that register the functions they are given as tools a model calls (`mcp.tool(fn)`, `StructuredTool.from_function(fn)`). */
const TOOL_REGISTRATION = TOOL_PARAMETERS_ROW.callbackOf!;
/** AG2's `tool.register_for_llm(agent)`: the name that holds the tool. */
const REGISTER_FOR_LLM = /^(\w+)\.register_for_llm$/;
/** The process's environment, whole (`process.env`, `os.environ`, `dict(os.environ)`). */
const ENVIRONMENT = /^(process\.env|os\.environ|dict\(os\.environ\)|os\.environ\.copy\(\))$/;
/** Calls that turn a value into text (for `ENVIRONMENT`). */
const ENV_AS_TEXT = /^(JSON\.stringify|json\.dumps|str|repr|String|pprint\.pformat|yaml\.dump|yaml\.safe_dump)$/;
/** Classes whose objects hold the text they are made with: the language's values, errors, messages, prompts, documents. */
const TEXT_HOLDER_CLASS = /Message|Prompt|Template|Document|Error|^(String|Buffer|URL|URLSearchParams|Headers|Request|Response|TextEncoder|TextDecoder|Blob|File|FormData|Array|Object|Map|Set|WeakMap|Uint8Array|Date|RegExp|Function)$/;
/**
 * A class that holds credentials to sign requests with (`PasswordAuthenticator`, `BasicAuth`, `Credentials`) — and an MCP
 * server started with a token on its command line (`MCPServerStdio("npx", args=[…, "--access-token", token])`): the
 * server uses it, what its tools return is not the token.
 */
const AUTH_OBJECT = /(^|\.)(new )?\w*(Authenticator|Auth|Credentials?|CredentialProvider|MCPServerStdio|MCPServerSse|MCPServerStreamableHttp|StdioServerParameters|StdioClientTransport)$/;
/** Connection settings that are no secret (`config.get("database")`). */
const CONNECTION_SETTING = /^(host|hostname|port|user|username|database|db|dbname|db_name|schema|charset|collation|timeout|connect_timeout|sql_mode|region)$/i;
/**
 * A database connection or pool opened with a password (`connect(**config)` of `config = {"password": os.getenv(…)}`,
 * `new Pool({ connectionString })`): the rows it returns are not the password.
 */
const DB_CONNECTION = /(^|\.)(connect|create_engine|create_async_engine|createConnection|createPool|getConnection|(new )?(Pool|MongoClient|Sequelize))$/;
/** A call on a memory store (`memory_tool.execute`, `memori.search`, `self.memory.get`). */
const MEMORY_STORE_CALL = /(^|\.)\w*(memory|memori)\w*\.(execute|run|invoke|search|get|retrieve)$/i;
/** A file object over bytes or text in memory (`io.BytesIO(png)`): opening it reads no path. */
const IN_MEMORY_FILE = /(^|\.)(BytesIO|StringIO)$/;
/** `tool._run(q)`, `tool.run(q)`: the app running a class-based tool itself. */
const TOOL_RUN_CALL = /\.(_run|_arun|run)$/;
/** The method a class-based tool runs when the model calls it (LangChain's and CrewAI's `BaseTool`, smolagents' `Tool`). */
const TOOL_RUN_METHODS = ['_run', '_arun', 'forward'];
/** Source rows of tools that read only what anyone can read on the web: search, scraping, public listings. */
const PUBLIC_READER_ROWS = new Set(['library-search-tool', 'smolagents-search-tool', 'web-mcp-server', 'community-mcp-server', 'library-web-knowledge']);
/** What a web search returns (the `web-search` and `search-api-http` rows): pages anyone can read. */
const PUBLIC_SEARCH_LABELS = new Set(SOURCES.filter((row) => row.id === 'web-search' || row.id === 'search-api-http').map((row) => row.label));
/** An MCP client handed to an agent as its tools (agno's `MCPTools`, `MultiMCPTools`). */
const MCP_CLIENT_TOOL = /(^|\.)(MCPTools|MultiMCPTools)$/;
/** Where an MCP server is started or named for a client. */
const MCP_SERVER_START = /(^|\.)(StdioServerParameters|MCPServerStdio|MCPServerSse|MCPServerStreamableHttp|StdioClientTransport|SSEClientTransport|StreamableHTTPClientTransport|MCPTools|MultiMCPTools)$/;
/** Another framework's tool wrapped for this one (Google ADK's `LangchainTool(tool=…)`, `CrewaiTool(tool=…)`, AutoGen's `LangChainToolAdapter(…)`). */
const TOOL_WRAPPER = /(^|\.)(LangchainTool|CrewaiTool|LangChainToolAdapter)$/;

/**
 * A request field, form field or server-action parameter named like a file the person attached (`file`,
 * `attachments`, `formData.get('pdf')`): its text was written by whoever wrote the file, not by the requester.
 */
const UPLOAD_NAME = /^(files?|attachments?|documents?|uploads?|uploaded_?files?|pdfs?|csvs?|images?|file_?contents?|fileContents?|experimental_attachments)$/i;
/** `self.name`, `this.name`: a field of the object a method runs on. */
const SELF_FIELD = /^(self|this)\.[\w$]+$/;
/**
 * An attribute a method writes for the object's other methods (`self.context = …`), or a field of its state object
 * (`self.state.titles = …` in a CrewAI Flow step, read by the next step).
 */
const SELF_ATTRIBUTE_PATH = /^(self|this)\.(state\.\w+|\w+)/;
const SELF_ATTRIBUTE = new RegExp(`${SELF_ATTRIBUTE_PATH.source}$`);
/** `st.session_state['app']` and `st.session_state.app` as one path. */
const objectPath = (path: string) => path.replace(/\[\s*['"]([\w$]+)['"]\s*\]/g, '.$1');
const UPLOAD_ROW = SOURCES.find((row) => row.id === 'uploaded-file')!;
/** A folder the app keeps uploaded files in, by its name (`uploads/`, `UPLOAD_DIR`, `"knowledge-explorer-uploads"`). */
const UPLOAD_FOLDER = /upload/i;
/** Reading an open file handle (`f.read()`, `fh.readlines()`). */
const FILE_HANDLE_READ = /^[\w$]+\.(read|readlines)$/;
/** A member path with such a segment after its root (`body.files[0]`, `data["attachments"]`), in one test. */
const UPLOAD_SEGMENT = new RegExp(String.raw`[.[]\s*['"]?(?:${UPLOAD_NAME.source.slice(2, -2)})['"]?\s*(?=[.[\]?]|$)`, 'i');

/** A chat message's part that carries a file or an image (Anthropic's `source`, OpenAI's `image_url`, Gemini's `inlineData`). */
const ATTACHMENT_PART_KEY = /^(image_url|input_image|inline_?[dD]ata|file_data|source)$/;
const ATTACHMENT_PART_TYPE = /^(image|image_url|input_image|file|input_file|document)$/;

/** An object literal in the value that is such a part. */
function holdsAttachmentPart(value: Expr): boolean {
  if (value.kind === 'object' && value.properties) {
    const type = value.properties.type?.literal;
    if ((type !== undefined && ATTACHMENT_PART_TYPE.test(type)) || Object.keys(value.properties).some((key) => ATTACHMENT_PART_KEY.test(key))) return true;
  }
  return value.children.some(holdsAttachmentPart);
}

/** Calls that give the same path in another form: the file they name is the one their argument names. */
const PATH_NORMALISER = /^(os\.path\.(abspath|normpath|realpath|expanduser)|path\.(normalize|resolve))$/;
/** `p.resolve()`, `p.absolute()`, `p.expanduser()` of a pathlib path: the same place. */
const PATH_METHOD_NORMALISER = /\.(resolve|absolute|expanduser)$/;

/** One label for every read of the object's own fields, so they take one place among a value's few taints. */
const RECEIVER_LABEL = "the object's fields";

/** A string of instruction text with `{slots}` to fill (`"Answer only from these results: {context}"`). */
function isInstructionTemplate(value: Expr): boolean {
  return (value.kind === 'string' || value.kind === 'template') && /\{\{?\w+\}\}?/.test(value.literal ?? '') && instructionWords(value.literal ?? '') >= 3;
}

/** What a pipeline's run is called, and what it calls on each step. */
const PIPELINE_RUN = /\.(run|invoke|execute|process|__call__)$/;
const PIPELINE_STEP_METHODS = ['execute', 'run', 'invoke', 'process', '__call__'];

/** Options that hand a credential to a client for authentication, not to the text the call returns. */
/** (Prefixed too: `openai_api_key=`, `openAIApiKey:`.) */
const AUTH_OPTION = /^(\w*_?)?(api_?key|apiKey|access_?token|accessToken|auth\w*|Authorization|token|password|secret|credentials?|headers)$/i;

/**
 * A relative place in the app's folders as a path's written start (`prompts/`, `./data/faq.md`, `companions/`): not
 * absolute, not a home folder, not a folder of uploads, downloads or temporary files.
 */
function isAppFolder(start: string): boolean {
  return /^(\.{1,2}\/)?[\w@-]/.test(start) && !/^(\.{1,2}\/)?(tmp|temp|uploads?|uploaded\w*|downloads?|inbox|attachments?|user_?(files|data))\b/i.test(start);
}

/** The catalogue's row for LangChain runnables: what a chain object called directly (`qa(query)`) runs as. */
const LANGCHAIN_INVOKE_ROW = LLM_APIS.find((row) => row.id === 'langchain-invoke')!;

/** `http://localhost:5000`, `http://127.0.0.1:8000`: the app's own server while it is developed. */
const LOCAL_SERVER = /^https?:\/\/(?:localhost|127\.0\.0\.1)(?::\d+)?(?=\/)/;
/** Python's HTTP clients, which a Streamlit page uses to call the app's own FastAPI or Flask backend. */
const LOCAL_HTTP_CLIENT = /^(requests|httpx)\.(get|post|put)$/;
/** The base URL of the app's own server from its configuration (`API_URL`, `import.meta.env.VITE_API_URL`, `BACKEND_URL`). */
const API_BASE = /^(?:(?:process\.env|import\.meta\.env)\.)?\w*(?:API|BACKEND|SERVER)_?(?:BASE_?)?(?:URL|URI|HOST|ORIGIN)\w*$/i;

/**
 * The path a request goes to on the app's own server: `'/api/chat'`, `http://localhost:5000/chat` (while it is
 * developed), or `${API_URL}/api/chat` (a base URL its configuration names for the app's server); undefined otherwise.
 */
function ownServerPath(url: Expr): string | undefined {
  // (`'/api/answer?q=' + encodeURIComponent(q)`, `` `/api/answer?q=${q}` ``: the path before the query it is sent with.)
  const first = url.kind === 'other' && /^\s*['"]/.test(url.text) && url.children[0]?.kind === 'string' && /^\/[^?#]*\?/.test(url.children[0].literal ?? '') ? url.children[0] : undefined;
  if (first) return ownServerPath(first);
  const written =
    url.kind === 'string' ? url.literal?.replace(LOCAL_SERVER, '')
    : url.kind === 'template' && /^\{\}\//.test(url.literal ?? '') && API_BASE.test(url.children[0]?.text ?? '') ? url.literal!.slice(2)
    : url.kind === 'template' && /^\/[^{?#]*\?/.test(url.literal ?? '') ? url.literal
    : undefined;
  const path = written?.replace(/[?#].*$/, '');
  if (path !== undefined && url.kind === 'string' && RELATIVE_PATH.test(path)) return `/${path}`;
  return path?.startsWith('/') ? path : undefined;
}

/** `app.post('/api/chat', handler)`, `router.get(…)`: an Express (or Koa router, Hono) route registered with its path. */
const ROUTE_REGISTRATION = /^(?:app|router|server|api|routes|\w+Router)\.(get|post|put|patch|delete|all)$/;
/** A Flask / FastAPI route decorator, and its line: the verb, the path and Flask's `methods=[…]`. */
const PY_ROUTE_DECORATOR = /^(?:app|bp|router|api|blueprint|\w+_bp|\w+_router)\.(route|get|post|put|patch|delete)$/i;
const PY_ROUTE_LINE = /^\s*@\w+\.(route|get|post|put|patch|delete)\(\s*[rf]?['"](\/[^'"]*)['"](?:[^)]*methods\s*=\s*\[([^\]]*)\])?/;

/** CrewAI Flows (`from crewai.flow.flow import Flow, listen, start`). */
const CREWAI_FLOW = /^crewai\.flow(\.|$)/;
/** LlamaIndex workflows (`from llama_index.core.workflow import step, Context, Event`, or the `workflows` package). */
const LLAMAINDEX_WORKFLOW = /^(llama_index\.core\.workflow|workflows)(\.|$)/;
/** `await ctx.set("key", value)`, `await ctx.store.set("key", value)` in a workflow step; and the reads. */
const WORKFLOW_CONTEXT_SET = /^(ctx|context)(\.store)?\.set$/;
const WORKFLOW_CONTEXT_GET = /^(ctx|context)(\.store)?\.get$/;

/** Options of a LlamaIndex `predict` call, not template variables. */
const NOT_TEMPLATE_INPUTS = new Set(['llm_kwargs', 'output_cls', 'prompt', 'verbose', 'callback_manager']);

/** The catalogue's vector-store and retriever row. */
const RETRIEVAL_ROW = SOURCES.find((row) => row.id === 'retrieval');
/**
 * Calls that read nothing from outside the program: arithmetic, dates, ids, text and list work (`Math.random()`,
 * `flights.sort(…)`, `name.toUpperCase()`), and errors. Not `find`/`filter`/`get`/`query` on a value of unknown kind: a
 * database's collection has them too.
 */
const READS_NOTHING_CALL = /^(?:new )?(?:Math|JSON|Object|Array|Number|String|Date|console|math|random|datetime|uuid)\.\w+$|^(?:new )?(?:Date|Error|TypeError|RangeError|Set|Map|Array|Number|String|Boolean|parseInt|parseFloat|isNaN|randomUUID|len|range|str|int|float|round|min|max|sorted|enumerate|zip|list|dict|set|tuple|abs|sum|isinstance|bool|any|all|reversed|print|ValueError|KeyError|RuntimeError|Exception|uuid4)$|\.(?:map|sort|slice|join|reduce|forEach|concat|push|localeCompare|toFixed|toString|toUpperCase|toLowerCase|trim|split|replace|repeat|padStart|padEnd|startsWith|endsWith|includes|indexOf|some|every|flatMap|flat|reverse|fill|substring|append|extend|format|strip|lower|upper|title|items|keys|values|toISOString|toLocaleDateString|toLocaleString|getTime|getDate|setDate|getDay|getMonth|getFullYear|getHours|setHours|getMinutes)$/;
/** `AIRPORTS.find((a) => …)`: a lookup in a constant table the module holds (an ALL-CAPS name). */
const CONSTANT_TABLE_LOOKUP = /^[A-Z][A-Z0-9_]*\.(?:find|filter|findIndex|get)$/;
const STORE_METHOD = /\.(?:get|set|has|delete|values|keys|entries)$/;
/** `new Map()`, `new Map<string, Search>()`, `{}`, `dict()`: a store in the program's memory. */
const IN_MEMORY_STORE = /^(?:new (?:Map|Set|WeakMap)\b[^(]*\(\s*\)|\{\s*\}|dict\(\s*\))$/;
/** Calls that wrap a function and pass each call on to it: LangSmith's `traceable`, memoizers, rate limiters. */
const TRANSPARENT_WRAPPER = /^((React|_|lodash)\.)?(traceable|wrapTraced|observe|cache|unstable_cache|memoize|memoizeOne|pMemoize|once|throttle|debounce)$/;
const RETRIEVAL_METHOD = /\.(search|query|similarity_?[sS]earch\w*|similaritySearch\w*|max_marginal_relevance_search|get_relevant_documents|getRelevantDocuments|a?invoke)$/;
/** An index or vector store built from documents the code hands it (`lunr(documents=…)`, `FAISS.from_texts(…)`). */
const BUILT_INDEX = /(^|\.)(lunr|from_?[dD]ocuments|from_?[tT]exts|afrom_documents|afrom_texts|fromDocuments|fromTexts)$/;

/** The folder of the code itself, or the app's configured base folder: files read from it are the app's. */
const CODE_FOLDER = /__dirname|__file__|import\.meta|process\.cwd|BASE_DIR|ROOT_DIR/;

/** Calls that read one variable of the process's environment (`os.getenv("X")`, `Deno.env.get("X")`). */
const ENV_READ_CALL = /^(os\.getenv|os\.environ\.get|getenv|Deno\.env\.get)$/;

/** A value read whole from the process's environment (`process.env.X`, `os.environ["X"]`, `os.getenv("X")`): the operator set it. */
function namedInEnvironment(value: Expr): boolean {
  if (value.kind === 'member') return /^(process\.env|import\.meta\.env|os\.environ)[.[]/.test(value.text);
  return value.kind === 'call' && ENV_READ_CALL.test(value.callee ?? '');
}

/** A hidden settings folder in the home folder (`~/.anthropic`, `Path.home() / ".myapp"`, `~/.config/…`): the app's own. */
const APP_SETTINGS_FOLDER = /['"]~\/\.\w|home\(\)\s*\/\s*['"]\.\w/;

/**
 * A predicate that keeps a channel's messages to one person's, compared by user or author id (`m.author.id ===
 * message.author.id`, `m.interaction?.user.id === interaction.user.id`, `m["user"] == user_id`).
 */
const OWN_MESSAGES_FILTER = /\b(author|user)(\??\.id|\[['"](id|user)['"]\])?\s*===?\s*[\w.?]*\b(author|user)(\??\.id)?\b|\b(author|user)(\??\.id|\[['"]\w+['"]\])?\s*===?\s*(user_?id|userId|author_?id|authorId)\b/;
const SHARED_CHANNEL_LABEL = "other people's messages";

/** Streamlit's `st.session_state.<key>`: one store for the whole script, kept across reruns. */
const SESSION_STATE = /^st\.session_state\.\w+/;
/** One key of it, whole (`st.session_state.videos`). */
const SESSION_KEY = /^st\.session_state\.\w+$/;

/** The text from a write's target to its value ends in a plain `=` (not `+=`, `??=`, `==`…). */
const PLAIN_ASSIGNMENT = /(?:^|[^-+*/%&|^@<>!=?:])=\s*$/;
/** Functions that turn a value into a number or a boolean (`map(int, parts)`): no text survives them. */
const SCALAR_CONVERSION = /^(int|float|bool|round|abs|len|Number|Boolean|parseInt|parseFloat|Math\.\w+)$/;
/** A value that is nothing: `None`, `null`, `undefined`. */
const NOTHING = /^(None|null|undefined)$/;
/** …and one that ends in `+=` (or another operator's `=`): a write that adds to what the name held. */
const AUGMENTED_ASSIGNMENT = /[-+*/%&|^@]=\s*$/;

/** A value written to a name: an assignment, or an element put into a list (`append`, `push`, `xs[i] = …`). */
interface Write {
  target: string;
  value: Expr;
  start: number;
  end: number;
  liveUntil?: number;
  comprehension?: boolean;
  /** A check against a list, not a write (Assignment.checkedFrom): the statement's start. */
  checkedFrom?: number;
  /** A check that makes the value safe for one kind of sink only (Assignment.clears). */
  clears?: Assignment['clears'];
  loop?: [number, number];
  property?: string;
}

/** Request-body taints that do not name a property yet take `key` (`const { sources } = await request.json()`). */
function withBodyKey(taints: Taint[], key: string): Taint[] {
  return taints.some((t) => t.requestBody && t.paramKey === undefined) ? taints.map((t) => (t.requestBody && t.paramKey === undefined ? { ...t, paramKey: key } : t)) : taints;
}

/** Next.js route handlers: an HTTP method's function in `app/…/route.ts`, or the default export of `pages/api/…`. */
const ROUTE_FILE = /(^|\/)app\/(.+\/)?route\.(ts|js|tsx|jsx|mjs)$/;
const PAGES_API_FILE = /(^|\/)pages\/api\/.+\.(ts|js|tsx|jsx|mjs)$/;
const HTTP_METHOD = /^(GET|POST|PUT|PATCH|DELETE)$/;
/** How a route handler reads its request's body. */
const BODY_READ = /^\w+\.(json|formData|text)$/;

class ScopeFlow {
  /** Every write by target, with the taints of its value. */
  private readonly writes = new Map<string, Write[]>();
  readonly writeTaints = new Map<Write, Taint[]>();
  private readonly assigned = new Set<string>();
  private readonly sorted;
  /** The scope's assignments by target, in source order: `resolve` reads only those of the name it follows. */
  private readonly assignmentsTo = new Map<string, Scope['assignments']>();
  private memo = new Map<Expr, Taint[]>();
  private readonly callbackRows: SourceRow[];
  /** A route handler: what its request body carries is, for its summary, what the calling page sends (parameter 0). */
  private readonly requestHandler: boolean;
  /** `POST /api/chat` when this function is a web route's handler: what it sends is what the page's fetch reads. */
  private readonly routes: string[];
  /** A Next.js server action: its parameters are the requester's here, and parameters for the page that calls it. */
  private readonly serverAction: SourceRow | undefined;

  constructor(
    private readonly context: FileContext,
    readonly scope: Scope,
    readonly parent: ScopeFlow | undefined,
  ) {
    this.requestHandler = !!scope.name && ((HTTP_METHOD.test(scope.name) && ROUTE_FILE.test(context.file)) || (scope.name === context.model.defaultExport && PAGES_API_FILE.test(context.file)));
    this.routes = context.routeOf(scope);
    this.serverAction = scope.serverAction || (context.model.useServer && scope.exported) ? context.sourceRows.find((row) => row.serverAction) : undefined;
    (this.resolve as Resolve).branches = this.branches;
    (this.resolve as Resolve).additions = this.additions;
    this.sorted = [...scope.assignments].sort((a, b) => a.start - b.start);
    for (const assignment of this.sorted) {
      // (A check leaves a parameter a parameter: the reads before it get the caller's value.)
      if (assignment.checkedFrom === undefined) this.assigned.add(assignment.target);
      else this.checks = true;
      const list = this.assignmentsTo.get(assignment.target);
      if (list) list.push(assignment);
      else this.assignmentsTo.set(assignment.target, [assignment]);
    }
    // Lists filled in place: `messages.append(m)`, `history.push(m)`, `messages[-1] = m`. (Not `.add`: far more often
    // an ORM session, `session.add(row)`, than a set of prompt texts.)
    for (const call of scope.calls) {
      const list = /^(.+)\.(append|push|extend|insert|unshift)$/.exec(call.callee ?? '')?.[1];
      if (list && !list.includes('(')) for (const arg of call.args ?? []) this.addTo(list, call.start, arg);
    }
    // …and `messages[0]["content"] = text`: a message's content rewritten in place.
    // (Python: a dict the function returns — one it spreads as keyword arguments, `create(**params)`, is read key by key.)
    const returned = (name: string) => (scope.returns ?? []).some((value) => value.kind === 'name' && value.text === name);
    // (…or one it hands whole to a call, `self._get_final_tour(query, research_results)` after `research_results["history"] = …`.)
    const handed = (name: string) => scope.calls.some((call) => [...(call.args ?? []), ...Object.values(call.keywordArgs ?? {})].some((arg) => arg.kind === 'name' && arg.text === name));
    // (…a dict made by a call too: `merged_env = dict(BASE_DEFAULTS)`, `params = defaults.copy()`.)
    const madeObject = (value: Expr) => value.kind === 'object' || (context.model.language === 'python' && value.kind === 'call' && DICT_MADE.test(value.callee ?? ''));
    const objectLiterals = new Set(this.sorted.filter((a) => madeObject(a.value) && !a.target.includes('.') && (context.model.language !== 'python' || returned(a.target) || handed(a.target))).map((a) => a.target));
    // `merged_env.update(env)`, `params.update(model=m)`: such a dict takes in what it is given.
    for (const call of scope.calls) {
      const dict = /^([A-Za-z_]\w*)\.update$/.exec(call.callee ?? '')?.[1];
      if (dict && objectLiterals.has(dict)) for (const arg of [...(call.args ?? []), ...Object.values(call.keywordArgs ?? {})]) this.addTo(dict, call.start, arg);
    }
    for (const assignment of this.sorted) {
      const list = /^(.+?)\[\](?:\.(?:content|text|parts))?$/.exec(assignment.target)?.[1];
      if (list) this.addTo(list, assignment.start, assignment.value);
      // …and `info.types = await res.text()`: a field set on an object literal the function made, which it then hands
      // on whole (`results.push(info)`); in Python a key of a dict literal it returns (`response["interpretation"] =
      // answer`, then `return response`). (An object's attributes are followed as attributes: `self.x = …` is no dict.)
      const object = /^([A-Za-z_$][\w$]*)\.[\w$.]+$/.exec(assignment.target)?.[1];
      if (object && objectLiterals.has(object)) this.addTo(object, assignment.start, assignment.value);
    }
    const writes: Write[] = [...this.sorted, ...[...this.added].flatMap(([target, added]) => added.map(({ start, value }) => ({ target, value, start, end: start })))];
    for (const write of writes) this.writes.set(write.target, [...(this.writes.get(write.target) ?? []), write]);
    this.allWrites = writes;
    this.callbackRows = context.sourceRows.filter(
      (row) =>
        (row.callbackOf && scope.callbackOf !== undefined && row.callbackOf.test(scope.callbackOf)) ||
        (row.decoratedBy && scope.decorators?.some((d) => row.decoratedBy!.test(d))) ||
        (row.toolMethods && scope.name !== undefined && row.toolMethods.some(({ bases, methods }) => methods.test(scope.name!) && context.classExtends(scope, bases)) && context.listedAsTool(scope) && !context.runByTheAppOnly(scope)) ||
        (row.toolClassDecorator && context.registeredToolMethod(scope, row.toolClassDecorator)) ||
        (row.paramOfClass && Object.values(scope.paramClasses ?? {}).some((annotated) => context.nameExtends(annotated, row.paramOfClass!))) ||
        (row.handlerNamed && scope.name !== undefined && !scope.className && row.handlerNamed.test(scope.name) && !!row.fileMentions?.test(context.lines.text)),
    );
    // `@regist_tool(title=…)`: a decorator of the app's own that makes the function a tool.
    if (!this.callbackRows.includes(TOOL_PARAMETERS_ROW) && scope.decorators?.some((decorator) => context.isToolDecorator(decorator))) this.callbackRows.push(TOOL_PARAMETERS_ROW);
    // A Gradio listener's function in an app served as an MCP server answers the client's model (`query_btn.click(fn=self.query_doc)`)
    // — the public ones, written as its tools; a `_private` handler only updates the page's components.
    if (context.gradioMcp && !scope.name?.startsWith('_') && !this.callbackRows.includes(TOOL_PARAMETERS_ROW) && this.callbackRows.some((row) => row.id === 'gradio-callback')) this.callbackRows.push(TOOL_PARAMETERS_ROW);
    this.expandKeywordSplats();
  }

  /**
   * `client.chat.completions.create(**request)` with `request = {"model": …, "messages": messages}` built here (and
   * `request.update(tools=…)` before the call): the dict's keys are the call's keyword arguments. (Written into the
   * call once; a keyword written out at the call wins, as in Python.)
   */
  private expandKeywordSplats(): void {
    for (const call of this.scope.calls) {
      for (const arg of call.args ?? []) {
        if (!arg.keywordSplat || arg.kind !== 'name') continue;
        const dict = this.resolve(arg);
        const keywords = (call.keywordArgs ??= {});
        const updates = this.scope.calls.filter((update) => update.callee === `${arg.text}.update` && update.start < call.start).map((update) => update.keywordArgs ?? {});
        for (const given of [dict.kind === 'object' ? dict.properties ?? {} : {}, ...updates]) {
          for (const [key, value] of Object.entries(given)) if (!Object.hasOwn(keywords, key)) keywords[key] = value;
        }
      }
    }
  }

  private allWrites: Write[] = [];

  /**
   * One pass over the writes (the file runs one over every scope, outer first, and a second only after a cycle): a
   * write read before its turn — a later one in a loop, one in a function written inside — is worked out when read.
   */
  computeWrites(): void {
    this.adkWrites = undefined;
    this.startPass();
    for (const write of this.allWrites) this.computeWrite(write);
    this.writesPass = -1;
    this.memo = new Map();
  }

  /** The pass of the file's writes this flow's `writesDone` and `writesComputing` belong to (-1: none under way). */
  private writesPass = -1;
  private writesDone = new Set<Write>();
  private writesComputing = new Set<Write>();

  private startPass(): void {
    if (this.writesPass === this.context.writesPassNumber) return;
    this.writesPass = this.context.writesPassNumber;
    this.writesDone = new Set();
    this.writesComputing = new Set();
  }

  private computeWrite(write: Write): void {
    if (this.writesDone.has(write) || this.writesComputing.has(write)) return;
    this.writesComputing.add(write);
    // `const { arguments: input } = request.params`: a source named down to the property (`request.params.arguments`).
    const named = write.property !== undefined && (write.value.kind === 'member' || write.value.kind === 'name') ? this.matchSource(`${write.value.text}.${write.property}`, write.value) : undefined;
    let taints = named ? [named] : write.property === undefined ? this.taints(write.value) : withBodyKey(this.taints(write.value), write.property);
    // `content, result, docs = process_documents(…)`: the element of the tuple every return of the function gives here.
    const element = (write as Assignment).element;
    if (element !== undefined && !named && write.property === undefined) taints = this.keyOfReturnedDict(write.value, `[${element}]`) ?? taints;
    // `const { file } = await req.json()`: the attached file's text.
    if (write.property !== undefined && UPLOAD_NAME.test(write.property)) taints = this.asUpload(taints, write.value);
    // `if target.startswith("-"): raise …`: the value it held, now never an option.
    // (Checked to be digits only: nothing of anyone's text is left in it.)
    if (write.clears === 'number') taints = [];
    else if (write.clears) taints = taints.map((t) => ({ ...t, sanitizedFor: [...new Set([...(t.sanitizedFor ?? []), write.clears as SinkKind])] }));
    if (taints.length) this.writeTaints.set(write, mergeTaints(this.writeTaints.get(write) ?? [], taints));
    this.writesComputing.delete(write);
    this.writesDone.add(write);
  }

  /**
   * Before a read of `write` while the file's writes are being worked out: works it out first when its turn has not
   * come (a closure's or callback's write read from outside, a later write read in a loop). One already being worked
   * out (a cycle) is read as it stands, and the file's writes get another pass.
   */
  settleWrite(write: Write): void {
    if (!this.context.writesPending.has(this)) return;
    this.startPass();
    if (this.writesComputing.has(write)) this.context.readPendingWrite = true;
    else if (!this.writesDone.has(write)) this.computeWrite(write);
  }

  /** What this function keeps in `st.session_state.<key>` (not its parameters': those are its callers'), by key. */
  /**
   * What this function keeps in Google ADK's session state (`tool_context.state["k"] = …`, `state.update({"k": …})`),
   * by key; `*` for a dict of keys not written out (`tool_context.state.update(state)` of the model's arguments): any key.
   */
  adkStateWrites(): [string, Taint[]][] {
    // (Asked on every read of the state, by every function of the file: worked out once per round of the writes.)
    if (this.adkWrites) return this.adkWrites;
    const out = new Map<string, Taint[]>();
    const keep = (key: string, taints: Taint[], at: Expr) => {
      const step = this.context.location(at.start, at.end, `Kept in the session state ${key === '*' ? 'under keys the caller chooses' : `as ${key}`} here (ADK shares it with every agent and tool of the app).`);
      const kept = passedOn(taints.filter((taint) => taint.origin !== 'param'), step);
      if (kept.length) out.set(key, mergeTaints(out.get(key) ?? [], kept));
    };
    for (const [path, writes] of this.writes) {
      const key = ADK_STATE.exec(path);
      if (!key || key[0] !== path) continue;
      for (const write of writes) {
        this.settleWrite(write);
        keep(key[1], this.writeTaints.get(write) ?? [], write.value);
      }
    }
    for (const call of this.scope.calls) {
      if (!ADK_STATE_UPDATE.test(call.callee ?? '') || !call.args?.[0]) continue;
      const given = this.resolve(call.args[0]);
      if (given.kind === 'object' && given.properties) for (const [key, value] of Object.entries(given.properties)) keep(key, this.taints(value), value);
      else keep('*', this.taints(call.args[0]), call.args[0]);
    }
    return (this.adkWrites = [...out]);
  }

  private adkWrites?: [string, Taint[]][];

  sessionStateWrites(): [string, Taint[]][] {
    const out: [string, Taint[]][] = [];
    for (const [path, writes] of this.writes) {
      if (!SESSION_KEY.test(path)) continue;
      const taints: Taint[] = [];
      for (const write of writes) {
        this.settleWrite(write);
        const step = this.context.location(write.start, write.end, `Kept in ${path} here (Streamlit keeps it for the session, whichever module reads it).`);
        mergeTaints(taints, passedOn(this.writeTaints.get(write) ?? [], step));
      }
      if (taints.length) out.push([path, taints]);
    }
    return out;
  }

  /** The parameters this method keeps in `self.x`/`this.x` (`self.chunks.append(Chunk(text=text))`): its callers' values. */
  private storedParams(): NonNullable<FunctionSummary['storesParams']> {
    const out = new Map<string, { index: number; attribute: string }>();
    for (const [target, writes] of this.writes) {
      const attribute = SELF_ATTRIBUTE.exec(target)?.[2];
      if (!attribute) continue;
      for (const write of writes) {
        for (const taint of this.writeTaints.get(write) ?? []) {
          if (taint.origin !== 'param' || taint.paramIndex === undefined || taint.paramIndex < 0 || taint.capturedDepth) continue;
          out.set(`${taint.paramIndex}\0${attribute}`, { index: taint.paramIndex, attribute });
        }
      }
    }
    return [...out.values()];
  }

  /**
   * What this function's calls give methods that keep them in their object (`RAG_STORE.add_text_source(title, page)`,
   * `storesParams`), by `Class\0attribute`: someone else's text there is what the class's other methods read.
   */
  callerStores(): [string, Taint[]][] {
    const out: [string, Taint[]][] = [];
    for (const call of this.scope.calls) {
      // Only an object that outlives the call — the module's own (`STORE = Store()`) or one it imports — is read by
      // another request or tool later; a local object's fields are this function's own flow.
      const receiver = call.callee?.split('.') ?? [];
      if (receiver.length !== 2 || !(this.isModuleName(receiver[0]) || (this.context.isImported(receiver[0]) && !this.isLocalAnywhere(receiver[0])))) continue;
      for (const [summary, argument] of this.calledFunctions(call)) {
        if (!summary.storesParams || !summary.className) continue;
        for (const { index, attribute } of summary.storesParams) {
          const arg = argument(index);
          const taints = arg ? this.taints(arg).filter((t) => t.origin !== 'param' && !t.steerParams) : [];
          if (!taints.length) continue;
          const step = this.context.location(call.start, call.end, `Kept in ${summary.className}.${attribute} by ${summary.name}() here.`);
          out.push([`${summary.className}\0${attribute}`, passedOn(taints, step)]);
        }
      }
    }
    return out;
  }

  /** Taints this method stores in `self.x`/`this.x` (not its parameters': those are its callers'). */
  attributeWrites(): [string, Taint[]][] {
    const out: [string, Taint[]][] = [];
    for (const [target, writes] of this.writes) {
      const attribute = SELF_ATTRIBUTE.exec(target)?.[2];
      if (!attribute) continue;
      for (const write of writes) {
        const taints = (this.writeTaints.get(write) ?? []).filter((t) => t.origin !== 'param' && !t.steerParams);
        const step = this.context.location(write.start, write.end, `Stored in ${target} here.`);
        if (taints.length) out.push([attribute, taints.map((t) => ({ ...t, steps: [...t.steps, step] }))]);
      }
    }
    return out;
  }

  /** A write reaches a read at `at` if it comes before it (while its block lives), or later in a loop around both. */
  private reaches(write: Write, at: number | undefined): boolean {
    if (at === undefined) return true; // a closure runs after its parent's writes
    if (write.liveUntil !== undefined && at > write.liveUntil) return false;
    if (write.comprehension) return at > write.start; // inside it only, never on a loop's next turn
    // (A read inside the written value sees what the name held before: `messages = [new] + messages`.)
    if (write.start < at && !(write.value.start <= at && at < write.value.end)) return true;
    return (this.scope.loops ?? []).some(([start, end]) => start <= at && write.end <= end && start <= write.start);
  }

  /**
   * `later` replaces what `earlier` wrote for every read after it: a plain assignment at the start of a line, in the
   * block `earlier` is in or one enclosing it — no line between them is indented less than `later` (an `else:`, `}
   * else {` or `elif` would be: another branch, where both values may reach). A write in a branch that returns, then a
   * fresh `turns = []`, no longer lends its value to the reads after (Bolt's assistant template).
   */
  private supersedes(later: Write, earlier: { start: number; end: number }): boolean {
    if (later.loop || later.comprehension || later.start <= earlier.end) return false;
    const text = this.context.lines.text;
    // `prompt += …` adds to what the name held (the model keeps only the right-hand side as the value).
    if (later.checkedFrom === undefined && !PLAIN_ASSIGNMENT.test(text.slice(later.start, later.value.start))) return false;
    const statementStart = later.checkedFrom ?? later.start;
    const lineStart = text.lastIndexOf('\n', statementStart - 1) + 1;
    const lead = text.slice(lineStart, statementStart);
    if (!/^[ \t]*(?:(?:const|let|var)\s+)?$/.test(lead)) return false;
    const column = lead.length - lead.trimStart().length;
    const earlierLine = text.lastIndexOf('\n', earlier.start - 1) + 1;
    if (/^[ \t]*/.exec(text.slice(earlierLine, earlier.start))![0].length < column) return false;
    for (let line = text.indexOf('\n', earlier.end) + 1; line > 0 && line < lineStart; line = text.indexOf('\n', line) + 1) {
      const indent = /^[ \t]*/.exec(text.slice(line, line + 200))![0].length;
      const blank = /[\r\n]/.test(text[line + indent] ?? '\n');
      if (!blank && indent < column) return false;
    }
    return true;
  }

  /** `prompt += …`: a write that adds to what the name held (the model keeps only the right-hand side as its value). */
  private isAugmented(write: Pick<Assignment, 'start' | 'value' | 'checkedFrom' | 'loop' | 'comprehension'>): boolean {
    return write.checkedFrom === undefined && !write.loop && !write.comprehension && AUGMENTED_ASSIGNMENT.test(this.context.lines.text.slice(write.start, write.value.start));
  }

  /**
   * A prompt grown with `+=` from instruction text (`context = "Based on the following documentation:"`, then
   * `context += f"From {url}: {content}"`): what was added is mixed into those instructions.
   */
  private grownFromInstructions(expr: Expr): boolean {
    return this.grownText(expr) && this.writesBefore(expr).some((write) => isTextExpr(write.value) && instructionWords(write.value.literal ?? '') >= 3);
  }

  /** A name whose last write before `expr` adds text to it with `+=` (see `resolve`). */
  private grownText(expr: Expr): boolean {
    const writes = this.writesBefore(expr);
    return writes.length > 0 && this.isAugmented(writes[writes.length - 1]) && writes.some((write) => isTextExpr(write.value));
  }

  /**
   * The text a name was built up to with `+=` (`q = "SELECT …"; q += f" AND year='{year}'"`, through plain aliases such as
   * `query = q`): its pieces' literal text and their templates' parts. Undefined unless every piece is text.
   */
  private grownTemplate(expr: Expr): { literal: string; parts: Expr[] } | undefined {
    let name = expr;
    for (let hop = 0; hop < 3 && name.kind === 'name'; hop++) {
      const writes = this.writesBefore(name);
      let first = writes.length - 1;
      while (first >= 0 && this.isAugmented(writes[first])) first--;
      if (first >= 0 && first < writes.length - 1) {
        const pieces = writes.slice(first).map((write) => this.resolve(write.value));
        if (!pieces.every((piece) => piece.kind === 'template' || piece.kind === 'string')) return undefined;
        return { literal: pieces.map((piece) => piece.literal ?? '').join(''), parts: pieces.flatMap((piece) => piece.parts ?? []) };
      }
      if (writes.length !== 1 || writes[0].value.kind !== 'name') return undefined;
      name = writes[0].value;
    }
    return undefined;
  }

  private writesBefore(expr: Expr): Assignment[] {
    return expr.kind === 'name' || expr.kind === 'member' ? (this.assignmentsTo.get(expr.text) ?? []).filter((write) => write.start < expr.start && write.value !== expr) : [];
  }

  /** This scope's writes to a name or path. */
  writesTo(path: string): Write[] {
    return this.writes.get(path) ?? [];
  }

  /** Taints of `st.session_state.<key>` (or a path under it) as other functions of the file wrote it. */
  private sessionTaints(path: string): Taint[] {
    const out: Taint[] = [];
    for (let cut = path.length; cut > 'st.session_state.'.length; cut = path.lastIndexOf('.', cut - 1)) {
      for (const [flow, write] of this.context.sessionWrites(path.slice(0, cut), this)) {
        flow.settleWrite(write);
        const step = this.context.location(write.start, write.end, `Kept in ${path.slice(0, cut)} here (Streamlit keeps it across reruns).`);
        mergeTaints(out, passedOn(flow.writeTaints.get(write) ?? [], step));
      }
      // `st.session_state.messages.append(…)` anywhere in the file, after this read too: the next run reads what this
      // one added (Streamlit runs the script again on each interaction, keeping the state).
      for (const flow of this.context.flows.values()) {
        for (const { start, value } of flow.added.get(path.slice(0, cut)) ?? []) {
          const step = this.context.location(start, value.end, `Added to ${path.slice(0, cut)} here (Streamlit keeps it across reruns).`);
          // (A dict written in place, `{"role": "assistant", "content": answer}`: each key keeps its own value.)
          const entries = value.kind === 'object' && value.properties ? Object.entries(value.properties) : undefined;
          const fromRole = value.properties?.role?.literal;
          const added = entries ? entries.flatMap(([key, held]) => flow.taints(held).map((taint) => ({ ...taint, fromKey: key, fromRole }))) : flow.taints(value);
          mergeTaints(out, passedOn(added, step));
        }
      }
      if (out.length) return out;
    }
    return out;
  }

  readonly added = new Map<string, { start: number; value: Expr }[]>();

  private addTo(list: string, start: number, value: Expr): void {
    this.added.set(list, [...(this.added.get(list) ?? []), { start, value }]);
  }

  /** Values put into the list a name holds, before `expr` reads it (this scope, or the one it closes over). */
  additions = (expr: Expr): Expr[] => {
    if (expr.kind !== 'name' && expr.kind !== 'member') return [];
    // Before the read, or later in a loop around both (an agent loop appends tool results for its next turn).
    const writes = this.writes.get(expr.text) ?? [];
    const own = (this.added.get(expr.text) ?? [])
      .filter((a) => this.reaches({ target: expr.text, value: a.value, start: a.start, end: a.start }, expr.start))
      .filter((a) => !writes.some((later) => later.end <= expr.start && this.reaches(later, expr.start) && this.supersedes(later, { start: a.start, end: a.value.end })))
      .map((a) => a.value);
    if (!this.parent) return [...own, ...(this.context.sharedAdditions.get(expr.text) ?? [])];
    return own.length || this.isLocal(expr.text) ? own : this.parent.additions(expr);
  };

  /**
   * A function run for each request someone sends: a route file's handler, a function the source catalogue gives the
   * requester's input (FastAPI routes, Slack handlers), or a Flask route (whose input is the global `request`).
   */
  isWebRoute(): boolean {
    return this.requestHandler || this.callbackRows.some((row) => row.origin === 'requester') || (this.scope.decorators ?? []).some((d) => FLASK_ROUTE.test(d));
  }

  /** Values this function adds to a list the module holds (a plain name no scope but the module's assigns). */
  moduleListAdditions(): { list: string; value: Expr; start: number }[] {
    const out: { list: string; value: Expr; start: number }[] = [];
    // (A module-level object's list too: `negotiation_state.rounds.append(round_data)`.)
    for (const [list, added] of this.added) if (/^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)?$/.test(list) && this.isModuleName(pathRoot(list))) for (const { start, value } of added) out.push({ list, value, start });
    return out;
  }

  /** `store[key] = value` where `store` is the module's (a dict of results by session): the store and the value. */
  moduleItemWrites(): { target: string; value: Expr; start: number }[] {
    return this.scope.assignments.filter((write) => /^[A-Za-z_$][\w$]*\[\]$/.test(write.target) && this.isModuleName(write.target.slice(0, -2))).map((write) => ({ target: write.target.slice(0, -2), value: write.value, start: write.start }));
  }

  private isModuleName(name: string): boolean {
    if (!this.parent) return this.assigned.has(name);
    return !this.isLocal(name) && this.parent.isModuleName(name);
  }

  /** A generator filtered on membership in a set of digits and arithmetic characters (`… if c in allowed_chars`). */
  private keepsOnlyArithmetic(call: Expr): boolean {
    const generator = call.args?.length === 1 && call.args[0].body ? call.args[0] : undefined;
    const [element, loop, filter] = generator?.children ?? [];
    const test = filter?.kind === 'other' ? /^if\s+(\w+)\s+in\s+(.+)$/s.exec(filter.text) : null;
    if (!element || element.kind !== 'name' || !/^for\s/.test(loop?.text ?? '') || !test || test[1] !== element.text) return false;
    const container = test[2].trim();
    const literal = /^["']/.test(container) ? container.slice(1, -1) : this.resolve(descendants(filter).find((e) => e.kind === 'name' && e.text === container) ?? filter).literal;
    return literal !== undefined && literal.length > 0 && /^[0-9+\-*/.()%\s]+$/.test(literal);
  }

  /** Follows a plain name back to the value last assigned to it before `expr` (two hops at most). */
  resolve: Resolve & ((expr: Expr, hops?: number) => Expr) = Object.assign((expr: Expr, hops = 2): Expr => {
    if (hops === 0 || (expr.kind !== 'name' && expr.kind !== 'member')) return expr;
    let latest: Expr | undefined;
    let latestWrite: Assignment | undefined;
    for (const assignment of this.assignmentsTo.get(expr.text) ?? []) {
      if (assignment.start >= expr.start) break;
      // (`if key: team = Team(…) else: team = None`: what the name holds when it is used is the team.)
      if (assignment.value !== expr && !(latest && NOTHING.test(assignment.value.text))) (latest = assignment.value), (latestWrite = assignment);
    }
    // `context += "Please answer briefly."` after `context += f"…{page}…"`: the name holds every part added to it, not
    // the last one: it stays a name, whose taints are all its writes' (`variableTaints`).
    if (latestWrite && this.isAugmented(latestWrite)) return expr;
    if (!latest && this.parent && !this.isLocal(expr.text)) return this.parent.resolve(expr, hops);
    // `st.session_state.conversation`, set by another function of the file to one thing (besides a `None` to start
    // with): that value.
    if (!latest && SESSION_STATE.test(expr.text)) {
      const kept = this.context.sessionWrites(expr.text, this).filter(([, write]) => write.value.kind !== 'string' && !/^(None|null|undefined|\[\]|\{\}|\d+)$/.test(write.value.text));
      if (kept.length === 1) return kept[0][0].resolve(kept[0][1].value, hops - 1);
    }
    // `self.RETRIEVAL_URL`, set once to a string by the class's constructor and nowhere else: that string.
    if (!latest && SELF_FIELD.test(expr.text)) return this.context.constantField(this.scope, expr.text) ?? expr;
    return latest ? this.resolve(latest, hops - 1) : expr;
  }, { grownText: (expr: Expr) => this.grownText(expr) });

  /**
   * `resolve`, then through a function of this file that builds the value (`agent = create_agents(llm)` returning
   * `Agent(model=llm, instructions=…)`): the agent's own arguments say whether it has tools, not the factory's name.
   */
  resolveBuilt: Resolve = Object.assign((expr: Expr, hops?: number): Expr => {
    const value = this.resolve(expr, hops);
    // `therapist, closure = initialize_agents(key)`: the agent the factory returns in that place.
    const element = value.kind === 'call' && expr.kind === 'name' ? [...(this.assignmentsTo.get(expr.text) ?? [])].reverse().find((write) => write.start < expr.start)?.element : undefined;
    if (element !== undefined) return this.context.builtElement(value, element) ?? value;
    return value.kind === 'call' ? this.context.builtBy(value) ?? value : value;
  }, { branches: (expr: Expr) => this.branches(expr) });

  /**
   * Every value a name was given before `expr` when it holds a prompt built in branches (`if …: prompt = f"…{a}"
   * else: prompt = f"…{b}"`): `resolve` sees the last one only. Not when a value builds on the name itself (a prompt
   * grown step by step is its last value).
   */
  branches = (expr: Expr): Expr[] => {
    if (expr.kind !== 'name') return [];
    const earlier = (this.assignmentsTo.get(expr.text) ?? []).filter((assignment) => assignment.start < expr.start && assignment.value !== expr);
    // (`context += …` grows one text: no branches — `grownText`.)
    if (earlier.length < 2 || earlier.length > MAX_BRANCHES || earlier.some((assignment) => assignment.value.reads.includes(expr.text) || this.isAugmented(assignment))) return [];
    return earlier.map((assignment) => assignment.value);
  };

  /** A name this scope or an enclosing one assigns or takes as a parameter (not an import). */
  private isLocalAnywhere(name: string): boolean {
    return this.isLocal(name) || (this.parent?.isLocalAnywhere(name) ?? false);
  }

  isLocal(path: string): boolean {
    const root = pathRoot(path);
    if (this.scope.globals?.includes(root)) return false;
    return this.assigned.has(root) || this.scope.params.includes(root);
  }

  taints(expr: Expr): Taint[] {
    const shared = this.context.sharedTaints.get(expr);
    if (shared) return shared;
    const cached = this.memo.get(expr);
    if (cached) return cached;
    this.memo.set(expr, []); // cycles
    let result = this.compute(expr);
    const key = result.length ? readKey(expr) : undefined;
    // `response.model`, `getattr(response, "model", …)`: the API's metadata about the answer, not text the model wrote.
    if (result.some((t) => t.modelOutput) && MODEL_METADATA.test(key ?? '')) result = result.filter((t) => !t.modelOutput);
    // `result.rowCount`, `result.command`: what the driver says about the query, not the rows it read.
    if (QUERY_RESULT_METADATA.test(key ?? '') && !/\brows?\b|\[/.test(expr.text.slice(0, -key!.length - 1))) result = result.filter((t) => t.label !== 'database rows');
    // `message["content"]` inside `if message["role"] == "user":`: the entries of that role alone.
    if (result.some((t) => t.fromRole !== undefined)) {
      const root = pathRoot(expr.text, '.[(');
      const branch = this.scope.roleBranches?.find((b) => b.name === root && b.start <= expr.start && expr.end <= b.end);
      if (branch) result = result.filter((t) => t.fromRole === undefined || (t.fromRole === branch.role) !== !!branch.not);
    }
    // `message["citations"]`, `message.get("citations")` of a kept chat entry: that key's value alone, now whole.
    if (key !== undefined && (expr.kind === 'call' || expr.literalKey || expr.text.endsWith(']')) && result.some((t) => t.fromKey !== undefined)) {
      result = result.filter((t) => t.fromKey === undefined || t.fromKey === key).map((t) => (t.fromKey === undefined ? t : { ...t, fromKey: undefined }));
      // (…or, when the entry has no such key, the default `get` was given.)
      const fallback = expr.kind === 'call' ? expr.args?.[1] : undefined;
      if (fallback) result = mergeTaints([...result], this.taints(fallback));
    }
    this.memo.set(expr, result);
    return result;
  }

  private compute(expr: Expr): Taint[] {
    switch (expr.kind) {
      case 'string':
        return KEY_SHAPED.test(expr.literal ?? '') ? [this.credential(expr, 'a key-shaped literal')] : [];
      case 'call': {
        // (A call of a parameter is what that function returns, not the function itself.)
        const called = this.calledParameter(expr);
        const carried = this.callTaints(expr);
        return called.length ? mergeTaints(carried.filter((t) => t.origin !== 'param' || t.paramIndex !== called[0].paramIndex || t.capturedDepth !== undefined || t.calledParam), called) : carried;
      }
      case 'name':
        return this.pathTaints(expr);
      case 'member': {
        // `args.map((a) => shellQuote(a)).join`: a member of what a call returns is read from that call, not by the
        // path its text spells (whose root, `args`, holds the elements as they were before the call).
        // (A source the catalogue names by such a path stays one: `document.getElementById("q").value`.)
        const object = expr.children[0];
        if (object?.kind === 'call' && object.start === expr.start) {
          const source = this.matchSource(expr.text, expr);
          return source ? [source] : this.taints(object);
        }
        return this.pathTaints(expr);
      }
      default: {
        if (expr.body) return this.taints(expr.body);
        const out: Taint[] = [];
        for (const child of expr.children) mergeTaints(out, this.taints(child));
        return out;
      }
    }
  }

  private source(row: SourceRow, at: Expr): Taint {
    return { origin: row.origin, label: row.label, modelOutput: row.modelOutput, relaysRequest: row.relaysRequest, conversation: row.conversationStore, steps: [this.context.location(at.start, at.end, `Source: ${row.label}.`)] };
  }

  /** The requester's part of `taints`, read from a field named like an attached file: that file's text instead. */
  private asUpload(taints: Taint[], at: Expr): Taint[] {
    // A parameter read that way: each caller's requester text there is the file's (`toPrompt(data)` reading `data.files`).
    const marked = taints.map((t) => (t.origin === 'param' && !t.upload ? { ...t, upload: true } : t));
    if (!marked.some((t) => t.origin === 'requester')) return marked;
    return mergeTaints([this.source(UPLOAD_ROW, at)], marked.filter((t) => t.origin !== 'requester'));
  }

  private credential(at: Expr, what: string): Taint {
    return { origin: 'credential', label: what, steps: [this.context.location(at.start, at.end, `The credential (${what}) comes from here.`)] };
  }

  /** Every value this function gives the name is made from the name itself (`query = query.strip()`). */
  private onlyRemadeFromItself(name: string): boolean {
    const writes = this.scope.assignments.filter((assignment) => assignment.target === name);
    return writes.length > 0 && writes.every((assignment) => assignment.value.reads.some((read) => read === name || read.startsWith(`${name}.`) || read.startsWith(`${name}[`)));
  }

  /** The source row of a callback's parameter: a tool's `req` is the model's, whatever its name says. */
  private callbackRowOf(root: string, at?: number): SourceRow | undefined {
    // A tool method's own object (`self.chat_params`) is the app's, not an argument the model wrote.
    // (A parameter given a new value is no longer the caller's — unless every new value is made from it: `equations =
    // [equations]`, `query = query.strip()` still hold what the model wrote. Read where no new value reaches yet, as in
    // `parts = re.split(…, cmd)` before `cmd = " && ".join(parts)`, it is still the caller's.)
    const reassigned = at === undefined ? this.assigned.has(root) : this.sorted.some((write) => write.target === root && this.reaches(write, at));
    if (!this.callbackRows.length || !this.scope.params.includes(root) || (reassigned && !this.onlyRemadeFromItself(root)) || /^(self|cls)$/.test(root)) return undefined;
    // A number, boolean or one of fixed values, as the tool's schema validates it: nothing the model can write into a command.
    if (this.scope.scalarParams?.includes(root)) return undefined;
    const index = this.scope.positional?.indexOf(root) ?? -1;
    const position = index >= 0 ? index : this.scope.destructured?.[root]?.[0];
    if (this.scope.toolParam !== undefined) return position === this.scope.toolParam ? TOOL_PARAMETERS_ROW : undefined;
    // (`state` is LangGraph's injected graph state; in a Google ADK tool it is an argument the model writes, as any other.)
    const modelsState = root === 'state' && this.context.usesAdk() && !this.context.model.imports.some((module) => /^langgraph(\.|$)/.test(module));
    return this.callbackRows.find((r) => (!r.exceptParams?.test(root) || modelsState) && (r.modelParamInJs === undefined || r.modelParamInJs === position || this.context.model.language === 'python'));
  }

  /**
   * The source row of a parameter of a callback this closure is inside, read here: a tool's arguments handed on from
   * `tryCatch(async () => run(args))` within the tool are still the model's.
   */
  private enclosingCallbackRowOf(root: string): SourceRow | undefined {
    if (this.isLocal(root)) return undefined;
    for (let flow = this.parent; flow; flow = flow.parent) {
      const row = flow.callbackRowOf(root);
      if (row || flow.isLocal(root)) return row;
    }
    return undefined;
  }

  /**
   * The query a read of rows ran: the call's own first argument (`conn.execute(sql).fetchall()`), or — for
   * `cursor.fetchall()` — that of the call held in `cursor` or, with `cursor = conn.cursor()`, of the last
   * `cursor.execute(sql)` before the read.
   */
  private queryRun(read: Expr): Expr | undefined {
    // (`db.execute(sql).fetchone()["c"]`: a field of the row read — the call it is read from.)
    let at = read;
    while (at.kind === 'member' && at.children[0]) at = at.children[0];
    if (at.kind !== 'call') return undefined;
    const cursor = /\.fetch(all|one|many)$/.test(at.callee ?? '') ? at.children[0]?.children[0] : undefined;
    // `db.prepare(sql).all()`, `stmt.get()` with `stmt = db.prepare(sql)`: the statement's query.
    const statement = /\.(all|get|iterate)$/.test(at.callee ?? '') ? receiverOf(at) : undefined;
    const prepared = statement && this.resolve(statement);
    if (prepared?.kind === 'call' && /(^|\.)prepare$/.test(prepared.callee ?? '')) return prepared.args?.[0];
    // (`db.execute(sql).fetchone()`: the query of the call it is chained to.)
    const ran = cursor?.kind === 'name' ? this.resolve(cursor) : cursor?.kind === 'call' ? cursor : at;
    if (cursor?.kind === 'name') {
      const executed = this.scope.calls.filter((call) => call.callee === `${cursor.text}.execute` && call.end <= at.start).pop();
      if (executed?.args?.[0]) return executed.args[0];
    }
    return ran.kind === 'call' ? ran.args?.[0] : undefined;
  }

  private matchSource(path: string, at: Expr): Taint | undefined {
    const root = pathRoot(path, '.([');
    if (!this.context.maybeSourcePath(path) || this.callbackRowOf(root) || this.enclosingCallbackRowOf(root)) return undefined;
    // (`fetch(query, "story")` calling the file's own `async def fetch`: followed through its code, not read as a
    // library's — the rows for helpers whose code may be out of sight still apply, with their own checks.)
    const ownFunction = at.kind === 'call' && /^\w+$/.test(at.callee ?? '') && !!this.context.ownFunctionCalled(at.callee!, this.scope);
    for (const row of this.context.sourceRows) {
      if (!row.path || !row.path.test(path) || row.exceptPath?.test(path) || (ownFunction && !row.unseenCode)) continue;
      if (row.rootIsParameter && !this.isParameter(root)) continue;
      if (row.keys && !row.keys.test(readKey(at) ?? '')) continue;
      // (`server.setRequestHandler(GetPromptRequestSchema, async (request) => …)`: a prompt's arguments are the person's.)
      const registered = row.handlerOf ? this.parameterOwner(root)?.callbackOf ?? '' : '';
      if (row.handlerOf && MCP_HANDLER.test(registered) && !row.handlerOf.test(registered)) continue;
      if (row.hosts && !(at.kind === 'call' && requestsHost(at, row.hosts, this.resolve))) continue;
      if (row.exceptHosts && at.kind === 'call' && requestsHost(at, row.exceptHosts, this.resolve)) continue;
      // `def _get_json(url, params): return requests.get(url, …).json()`: a response from whatever URL each caller passes.
      const url = row.exceptHosts && at.kind === 'call' && at.args?.[0]?.kind === 'name' && !this.assigned.has(at.args[0].text) ? this.scope.positional?.indexOf(at.args[0].text) ?? -1 : -1;
      if (url >= 0) return { ...this.source(row, at), urlParam: url };
      if (row.appFiles && this.readsAppFile(at)) continue;
      if (row.literalUriIsApp && at.kind === 'call' && [at.args?.[0], at.keywordArgs?.file_uri, at.keywordArgs?.uri].some((uri) => !!uri && this.resolve(uri).kind === 'string')) continue;
      const ran = row.label === 'database rows' ? this.queryRun(at) : undefined;
      // A read of the database's own catalogue (`information_schema`, `sqlite_master`, Gel's `schema` module) returns
      // structure — table, column and type names the operator made —, not rows someone wrote.
      if (ran && CATALOGUE_QUERY.test(this.resolve(ran).text)) continue;
      // `def run(sql): return cursor.execute(sql).fetchall()`: rows of whatever query each caller passes.
      // (…or one it ran before reading its rows, `cursor.execute(query)` then `cursor.fetchall()`; in a function written
      // inside the helper, `def _sync_run(): …` in `def run_query(query)`, the helper's parameter.)
      const owner = ran?.kind === 'name' ? this.parameterOwner(ran.text) : undefined;
      // (Only for a function of no parameters of its own there: the index is the helper's.)
      const query = owner && (owner === this.scope || (owner === this.parent?.scope && !this.scope.positional?.length)) ? owner.positional?.indexOf(ran!.text) ?? -1 : -1;
      if (query >= 0) return { ...this.source(row, at), queryParam: query };
      if (row.appIndex && this.searchesAppIndex(at)) continue;
      // A helper of this file named like a search whose code runs a known retrieval (`def search(q): return
      // index.search(q)`) is followed through its summary: that retrieval's row decides whose documents they are.
      if (row.unseenCode && at.kind === 'call' && (this.runsKnownRetrieval(at.callee ?? '') || this.returnsKnownText(at) || this.callsNothing(at))) continue;
      if (row.privateThread?.path.test(path) && this.servesPrivateThread(row.privateThread)) {
        return { origin: 'requester', label: 'their own thread with the app', conversation: true, steps: [this.context.location(at.start, at.end, 'Source: the replies of a thread the person has alone with the app (their own turns and its answers).')] };
      }
      return this.source(row, at);
    }
    return undefined;
  }

  /**
   * A function in sight whose summary says it returns someone else's text (`search_jobs_with_exa()` returning web
   * search results): followed through that summary, whose source is more precise than a guess from its name. (A
   * summary that finds none may have lost the trail: the name's guess stands.)
   */
  private returnsKnownText(call: Expr): boolean {
    if (!/^\w+$/.test(call.callee ?? '')) return false;
    return this.context.summariesFor(call, this.scope, this.resolve).some((summary) => summary.returns.some((taint) => taint.origin === 'third-party' && !taint.modelOutput));
  }

  /**
   * `search_flights(origin, destination)` whose code in sight makes no call (`return f"Flights {origin}…"`), or only
   * calls that read nothing (`searchFlights` making up mock flights with `Math.random()`): it retrieves nothing.
   */
  private callsNothing(call: Expr): boolean {
    const summaries = /^\w+$/.test(call.callee ?? '') ? this.context.summariesFor(call, this.scope, this.resolve) : [];
    return summaries.length > 0 && summaries.every((summary) => summary.callsNothing || summary.readsNothing);
  }

  /** See `FunctionSummary.readsNothing`: every call of this function's body and callbacks is one that reads nothing. */
  private readsNothing(): boolean {
    const { start, end } = this.scope;
    const calls = this.context.model.scopes.filter((scope) => scope.start >= start && scope.end <= end).flatMap((scope) => scope.calls);
    return calls.every((call) => {
      const callee = call.callee ?? '';
      if (READS_NOTHING_CALL.test(callee) || CONSTANT_TABLE_LOOKUP.test(callee)) return true;
      // `flightSearches.set(id, search)` on `const flightSearches = new Map()`: the program's own memory.
      const receiver = STORE_METHOD.test(callee) ? receiverOf(call) : undefined;
      if (receiver && IN_MEMORY_STORE.test(this.resolve(receiver).text)) return true;
      return this.callsNothing(call);
    });
  }

  /** A function of this file by that name whose code calls a retriever or vector store the catalogue knows. */
  private runsKnownRetrieval(name: string): boolean {
    const [scope] = this.context.functionNamed(name) ?? [];
    return !!scope && !!RETRIEVAL_ROW?.path && scope.calls.some((call) => RETRIEVAL_ROW.path!.test(`${call.callee ?? ''}()`));
  }

  /**
   * `index.search(q)` with `index = lunr(ref="id", fields=["body"], documents=documents)` built in sight from the app's
   * own rows (a bundled CSV), or a vector store made `from_texts`/`fromDocuments` of them: the results are the app's.
   */
  private searchesAppIndex(read: Expr): boolean {
    const search = read.innerCalls.find((call) => RETRIEVAL_METHOD.test(call.callee ?? '') && receiverOf(call));
    const receiver = search && receiverOf(search);
    const built = receiver && this.resolve(receiver);
    if (built?.kind !== 'call' || built === receiver || !BUILT_INDEX.test(built.callee ?? '')) return false;
    const documents = built.keywordArgs?.documents ?? built.keywordArgs?.texts ?? built.keywordArgs?.docs ?? built.args?.[0];
    return !!documents && this.taints(documents).length === 0;
  }

  /** `sys.argv[1]`, `process.argv[2]`, or `args.spec` of `args = parser.parse_args()`. */
  private namedOnCommandLine(value: Expr): boolean {
    if (/^(sys|process)\.argv\[/.test(value.text)) return true;
    const root = value.kind === 'member' ? value.children[0] : undefined;
    const parsed = root?.kind === 'name' ? this.resolve(root) : undefined;
    return !!parsed && parsed !== root && parsed.kind === 'call' && /(^|\.)parse_(known_)?args$/.test(parsed.callee ?? '');
  }

  /**
   * `readFileSync('prompts/persona.txt')`, `open("companions/" + name).read()`: a file at a place the code names in the
   * app's folders; or one its operator names on the command line.
   */
  private readsAppFile(read: Expr, depth = 0): boolean {
    // The path: `readFileSync(p)`, `open(p).read()`, `Path(p).read_text()` — the opening call's first argument — or the
    // receiver of `file_path.read_text()` (`file_path = CONFIG_DIR / filename`); the read may be wrapped (`….strip()`).
    const calls = read.innerCalls;
    const opener = calls.find((c) => /(^|\.)(open|readFileSync|readFile|Path|PosixPath|\w*Loader|\w*Reader)$/.test((c.callee ?? '').replace(/^new /, '')) && (c.args?.length || c.keywordArgs));
    const reader = opener ? undefined : calls.find((c) => /\.(read_text|read_bytes|readlines|read)$/.test(c.callee ?? ''));
    const pathArg = opener ? opener.args?.[0] ?? opener.keywordArgs?.file ?? opener.keywordArgs?.path : reader && receiverOf(reader);
    if (pathArg) return this.isAppPath(this.resolve(pathArg));
    // `lines.join('\n')` of `lines = readFileSync(p).split('\n')`: the read the name holds.
    let root: Expr | undefined = read;
    while (root && (root.kind === 'call' || root.kind === 'member')) root = root.children[0];
    const held = root?.kind === 'name' ? this.resolve(root) : undefined;
    return depth < 2 && !!held && held !== root && this.readsAppFile(held, depth + 1);
  }

  /** A path at a place the code names in the app's folders, or named on the command line (see `readsAppFile`). */
  isAppPath(path: Expr, depth = 0): boolean {
    let written = path;
    // `self.articles_path`: a property of the class that builds it, or a field its constructor sets.
    if (written.kind === 'member' && SELF_FIELD.test(written.text) && depth < 5) return this.selfFieldInAppFolder(written.text.replace(/^(self|this)\./, ''), depth);
    // `os.path.abspath(f'prompts/{name}')`: the same path made absolute.
    if (written.kind === 'call' && PATH_NORMALISER.test(written.callee ?? '') && written.args?.length === 1) written = this.resolve(written.args[0]);
    // `(ROOT / name).resolve()`: that path, made absolute.
    if (written.kind === 'call' && PATH_METHOD_NORMALISER.test(written.callee ?? '') && !written.args?.length && receiverOf(written)) written = this.resolve(receiverOf(written)!);
    // `_resolve_safe(path)`, a function of this file that returns one path it builds: that path.
    if (written.kind === 'call' && depth < 2) {
      const [scope, flow] = this.context.functionNamed(written.callee ?? '') ?? [];
      const returned = scope?.returns?.length === 1 ? scope.returns[0] : undefined;
      if (flow && returned) return flow.isAppPath(flow.resolve(returned), depth + 1);
    }
    // `for (const p of [path.join(__dirname, '..', 'docs.txt'), './docs.txt']) if (existsSync(p)) file = p`: one of
    // the app's own places, whichever exists.
    // (…an element of that list, `possiblePaths[i]` or the loop's variable, is one of them.)
    const held = written.kind === 'name' ? written : written.kind === 'member' && /\]$/.test(written.text) ? written.children[0] : undefined;
    if (held) {
      const list = this.resolve(held);
      if (list.kind === 'array') written = list;
    }
    if (written.kind === 'array') return depth < 2 && !!written.elements?.length && written.elements.every((element) => this.isAppPath(this.resolve(element), depth + 1));
    // `open(args.prompt)`, `open(sys.argv[1])`: a file its operator names on the command line is theirs, as the
    // argument itself is (the person who runs a program has every power it has).
    if (this.namedOnCommandLine(written)) return true;
    // (…or in its environment: `process.env.MEMORY_FILE_PATH`, `os.getenv("DB_PATH")`.)
    if (namedInEnvironment(written)) return true;
    // `env ? env : path.join(__dirname, "memory.json")`: one of those places, whichever the test picks.
    if (written.choice) return depth < 3 && written.children.length > 0 && written.children.every((branch) => this.isAppPath(this.resolve(branch), depth + 1));
    // `CONFIG_DIR / "system_prompt"` with `CONFIG_DIR = Path("~/.anthropic").expanduser()`: the app's own settings folder;
    // `base / "research.json"` with `base = Path(__file__).parent`: a file beside the code (not in an uploads folder).
    if (written.kind === 'other' && /\//.test(written.text) && written.children[0]) {
      const [folder, name] = written.children;
      const resolved = this.resolve(folder);
      const folderText = this.context.lines.text.slice(resolved.start, resolved.end); // as written: `Path(__file__).parent`
      // (`PROMPTS_DIR / f"{task}_{fmt}.txt"`: one file of that folder, whichever its name's values pick.)
      const inAppFolder = !name || !isTextExpr(name) || isAppFolder(name.literal ?? '') || /^\{\}[^/]*$/.test(name.literal ?? '');
      // (`ROOT / "data" / "orders.json"`: the folder is itself a path joined from the code's folder.)
      if (resolved.kind === 'other' && /\//.test(resolved.text)) return depth < 3 && inAppFolder && this.isAppPath(resolved, depth + 1);
      // (`self.articles_path / metadata.filename`: a folder the object keeps.)
      if (folder.kind === 'member' && SELF_FIELD.test(folder.text)) return depth < 5 && inAppFolder && this.isAppPath(folder, depth + 1);
      return APP_SETTINGS_FOLDER.test(folderText) || (CODE_FOLDER.test(folderText) && inAppFolder);
    }
    // `path.join(__dirname, 'prompts', name)`, `os.path.join(os.path.dirname(__file__), "prompts", name)`
    if (written.kind === 'call' && /(^|\.)(join|resolve)$/.test(written.callee ?? '')) {
      // (`path.join(__dirname, '..', 'docs.txt')`: up from the code's folder is still the app's package.)
      const [base, first] = (written.args ?? []).filter((arg, i) => i === 0 || !/^\.{1,2}$/.test(arg.literal ?? ''));
      // (`path.join(process.cwd(), '/data/config.json')`: join keeps a later part's leading slash inside the base.)
      const part = /join$/.test(written.callee ?? '') ? (first?.literal ?? '').replace(/^\/+/, '') : first?.literal ?? '';
      return !!base && CODE_FOLDER.test(base.text) && (!first || !isTextExpr(first) || isAppFolder(part));
    }
    if (!isTextExpr(written)) return false;
    return isAppFolder((written.literal ?? '').split('{}')[0]);
  }

  /**
   * A field of this method's object that holds a folder of the app's own: a property that returns one (`@property def
   * articles_path(self): return self.data_dir / "articles"`), or a field the constructor sets to one — or to the
   * parameter every construction of the class passes one for (`self.data_dir = Path(data_dir)`).
   */
  private selfFieldInAppFolder(field: string, depth: number): boolean {
    const className = this.context.classOf(this.scope);
    if (className === undefined) return false;
    const methods = [...this.context.flows].filter(([scope]) => scope.className === className);
    const property = methods.find(([scope]) => scope.name === field && scope.decorators?.some((d) => /^(property|cached_property|functools\.cached_property)$/.test(d)));
    if (property) {
      const returned = property[0].returns?.length === 1 ? property[0].returns[0] : undefined;
      return !!returned && property[1].isAppPath(property[1].resolve(returned), depth + 1);
    }
    const init = methods.find(([scope]) => CONSTRUCTOR_NAME.test(scope.name ?? ''));
    const writes = init ? init[0].assignments.filter((a) => a.target === `self.${field}` || a.target === `this.${field}`) : [];
    if (!init || writes.length !== 1) return false;
    let value = writes[0].value;
    // (`Path(data_dir)`, `Path(data_dir).resolve()`: the same folder.)
    if (value.kind === 'call' && PATH_METHOD_NORMALISER.test(value.callee ?? '') && receiverOf(value)) value = receiverOf(value)!;
    if (value.kind === 'call' && /^(Path|PosixPath|pathlib\.Path)$/.test(value.callee ?? '') && value.args?.length === 1) value = value.args[0];
    const index = value.kind === 'name' ? init[0].positional?.indexOf(value.text) ?? -1 : -1;
    if (index >= 0 && !init[1].assigned.has(value.text)) return this.context.constructorArgInAppFolder(className, index, value.text);
    return init[1].isAppPath(init[1].resolve(writes[0].value), depth + 1);
  }

  /** This function, or one it is written in, handles a Slack assistant thread or a direct message (see `privateThread`). */
  private servesPrivateThread(thread: NonNullable<SourceRow['privateThread']>): boolean {
    for (let flow: ScopeFlow | undefined = this; flow; flow = flow.parent) {
      const { scope } = flow;
      if (scope.decorators?.some((d) => thread.decoratedBy.test(d)) || thread.callbackOf.test(scope.callbackOf ?? '')) return true;
      // `new Assistant({ userMessage: async ({ client, message }) => … })`
      if (scope.objectMethod && thread.callbackOf.test(scope.name ?? '')) return true;
      if (flow.parent && thread.directMessage.test(this.context.lines.text.slice(scope.start, scope.end))) return true;
    }
    return false;
  }

  /** `ev.clause` in a workflow step whose parameter is annotated with an event class: what the steps put in that field. */
  private eventField(path: string): Taint[] | undefined {
    if (!this.context.workflow) return undefined;
    const [, root, field] = /^(\w+)\.(\w+)/.exec(path) ?? [];
    const made = root && this.scope.paramClasses?.[root];
    if (!made || !/Event$/.test(made) || this.assigned.has(root)) return undefined;
    return this.context.readLocal(`e${made}\0${field}`, this.context.eventFields.get(`${made}\0${field}`)) ?? [];
  }

  /**
   * `state["notes"]`, `state.messages` in a LangGraph node: the conversation for a channel of messages, else what the file's nodes
   * wrote to that channel. Undefined for any other path.
   */
  private graphChannel(path: string, at: Expr): Taint[] | undefined {
    const state = this.context.graphNodes.get(this.scope);
    if (!state || this.assigned.has(state) || !path.startsWith(`${state}.`)) return undefined;
    const [, channel, field] = /^(\w+)(?:\.(\w+))?/.exec(path.slice(state.length + 1)) ?? [];
    if (!channel) return undefined;
    // (What graph nodes in other files return under the channel's key: a graph's nodes and subgraphs share its state.)
    const elsewhere = CONVERSATION_CHANNEL.test(channel) ? undefined : this.context.graphWritesElsewhere(channel, at, field);
    // The conversation, and the channels no node writes: what the graph was invoked with.
    if (CONVERSATION_CHANNEL.test(channel) || (!this.context.graphWritten.has(channel) && !elsewhere)) return [this.source(this.context.graphRow!, at)];
    const here = this.context.graphWritten.has(channel) ? (this.context.readLocal(`g${channel}`, this.context.graphState.get(channel)) ?? []) : [];
    return elsewhere ? mergeTaints([...here], elsewhere) : here;
  }

  /** A tool's own code (a tool function, the low-level MCP server's tools/call handler): what it returns is the tool's result. */
  private isToolHandler(): boolean {
    return this.callbackRows.some((row) => row.toolFunction) || MCP_TOOL_CALL_HANDLER.test(this.scope.callbackOf ?? '');
  }

  /**
   * The tool a return in a handler that dispatches on the tool's name belongs to: the last `case "name":`, `name ===
   * "name"`, `name == ToolName.X` before it in the handler.
   */
  private dispatchedTool(offset: number): string | undefined {
    // (The handler's branches are read once, however many returns it has.)
    this.toolBranches ??= [...this.context.lines.text.slice(this.scope.start, this.scope.end).matchAll(TOOL_DISPATCH)].map((match): [number, string] => [this.scope.start + match.index, match[1] ?? match[2] ?? match[3]]);
    return this.toolBranches.filter(([at]) => at < offset).at(-1)?.[1];
  }

  private toolBranches?: [number, string][];

  /** The call of the enclosing function that this function, written inline, is an argument of (`server.tool("x", {}, async () => …)`). */
  private callGivenThis(): Expr | undefined {
    return this.parent?.scope.calls.find((call) => (call.args ?? []).some((arg) => arg.start === this.scope.start && arg.end === this.scope.end));
  }

  /** The name a tool handler is registered under: `server.tool("read_query", …, handler)`, or a decorated tool function's own. */
  private registeredToolName(): string | undefined {
    const registration = this.callGivenThis();
    if (registration && TOOL_REGISTRATION.test(registration.callee ?? '')) return registration.args?.[0]?.literal;
    return this.scope.decorators?.length ? this.scope.name : undefined;
  }

  /**
   * The part of a returned value that carries someone else's text or a credential (`text: result.text` of `{ content: [{ type, text }] }`),
   * so that the finding points at it; the whole value when several parts or none do. The model's own arguments
   * echoed back (`Saved ${args.path}`) are no such part: in the tool's own message they are the conversation.
   */
  private taintedLeaf(value: Expr): Expr {
    const inner = value.kind === 'object' ? Object.values(value.properties ?? {}) : value.kind === 'array' ? (value.elements ?? []) : [];
    // (…or a credential: `text: JSON.stringify(process.env)`.)
    const tainted = inner.filter((part) => this.taints(part).some((t) => policyOrigin(t) === 'third-party' || t.origin === 'credential'));
    return tainted.length === 1 ? this.taintedLeaf(tainted[0]) : value;
  }

  private isMcpPromptHandler(): boolean {
    if (!this.context.model.imports.some((module) => MCP_MODULE.test(module))) return false;
    return !!this.scope.decorators?.some((decorator) => MCP_PROMPT_DECORATOR.test(decorator)) || (!!this.scope.callbackOf && MCP_PROMPT_REGISTRATION.test(this.scope.callbackOf));
  }

  /**
   * A file this function writes and then runs (`f.write(script)` of a `NamedTemporaryFile(suffix=".py")`, then
   * `subprocess.Popen(["uv", "run", f.name])`; `path.write_text(code)` then `run([python, str(path)])`;
   * `fs.writeFileSync(p, code)` then `execFileSync('node', [p])`): what was written runs as code.
   */
  private writtenFileRun(run: Expr): void {
    const ran = [...(run.args ?? []), ...Object.values(run.keywordArgs ?? {})].map((arg) => `${arg.text} ${this.resolve(arg).text}`).join(' ');
    // (`git add notes.md`, `cp draft.txt out/`: a program that only moves or reads the file runs none of it.)
    const program = /^[\s([]*(?:f?["'`])((?:[\w.-]+\/)*[\w.-]+)/.exec(ran)?.[1]?.split('/').pop();
    if (program && FILE_HANDLING_PROGRAM.test(program)) return;
    const mentions = (name: string | undefined) => !!name && /^[\w.$]+$/.test(name) && new RegExp(`(^|[^\\w.$])${name.replace(/[.$]/g, '\\$&')}($|[^\\w$])`).test(ran);
    for (const write of this.scope.calls) {
      if (write.start >= run.start) continue;
      const callee = write.callee ?? '';
      const handle = /^([\w.$]+)\.(write|write_text|writelines)$/.exec(callee)?.[1];
      const fsPath = /^(fs\.)?(writeFileSync|writeFile)$|^(fs\.promises|fsp)\.writeFile$/.test(callee) ? write.args?.[0] : undefined;
      const written = handle ? write.args?.[0] : fsPath ? write.args?.[1] : undefined;
      if (!written) continue;
      // The names the file goes by: the handle, what it was opened on, its `.name`, and names given that `.name`.
      const names = new Set<string>();
      if (fsPath) names.add(fsPath.text);
      if (handle) {
        names.add(handle);
        names.add(`${handle}.name`);
        const receiver = receiverOf(write);
        const opened = receiver && this.resolve(receiver);
        if (opened?.kind === 'call') for (const arg of opened.args ?? []) names.add(arg.text);
        for (const assignment of this.scope.assignments) if (assignment.value.text === `${handle}.name`) names.add(assignment.target);
      }
      if (![...names].some(mentions)) continue;
      const writeStep = this.context.location(write.start, write.end, 'It is written to a file here.');
      const runStep = this.context.location(run.start, run.end, 'That file is run here.');
      this.reportSink(written, 'code', 'code execution (a file it writes and then runs)', this.taints(written), [writeStep, runStep]);
    }
  }

  /**
   * A command line built to be run later, handed on as a keyword (`RunCodeContext(command=["python",
   * context.test_doc.root_relative_path])`, queued for MetaGPT's RunCode): an interpreter given the document the
   * model wrote runs the model's code, whichever object runs the command in the end.
   */
  private commandHandedOn(call: Expr): void {
    for (const [key, given] of Object.entries(call.keywordArgs ?? {})) {
      if (!COMMAND_KEYWORD.test(key)) continue;
      const [program, ...rest] = this.resolve(given).elements ?? [];
      if (!program || !INTERPRETER.test(this.resolve(program).literal ?? '')) continue;
      const step = this.context.location(given.start, given.end, 'This command runs it with an interpreter.');
      for (const arg of rest) this.reportSink(arg, 'code', 'code execution (an interpreter given what the model wrote)', this.taints(arg), [step]);
    }
  }

  /**
   * Google ADK fills `{key}` in an agent's plain-string instruction from the session state, where another agent's
   * `output_key="key"` keeps its answer: an answer steered by the pages its tools read is mixed into these
   * instructions (`instruction="Write the report from this research: {research}"`). Agents of this file only.
   */
  private adkStateSlots(call: Expr, powerful: boolean): void {
    const given = call.keywordArgs?.instruction;
    const instruction = given && this.resolve(given);
    // (…an instruction kept in another module of prompts, `instruction=prompt.WEBSEARCH_PROMPT`: its slots, read there.)
    if (given && instruction?.kind !== 'string') {
      for (const key of this.context.importedTemplateSlots(given.text)) {
        const taints = this.context.adkState(key, this);
        if (taints.length && !this.context.prompts.some((p) => p.part === given)) this.context.prompts.push({ part: given, destination: 'mixed', taints, mitigated: false, powerful, through: [], noWrapFix: true });
      }
      return;
    }
    if (instruction?.kind !== 'string') return;
    // The finding's range is the placeholder as written (`{research}`); ADK fills it, so there is no value here to wrap.
    for (const slot of instruction.text.matchAll(ADK_STATE_SLOT)) {
      const taints = this.context.adkState(slot[1], this);
      const start = instruction.start + slot.index!;
      if (!taints.length || this.context.prompts.some((p) => p.part.start === start)) continue;
      const part = makeExpr('name', start, start + slot[0].length, slot[0]);
      this.context.prompts.push({ part, destination: 'mixed', taints, mitigated: false, powerful, through: [], noWrapFix: true });
    }
  }

  /** A call of a shell or program-running sink of the catalogue (`exec`, `execAsync` of `promisify(exec)`, `subprocess.run`). */
  private runsCommand(call: Expr, aliases = this.calleeAliases(call)): boolean {
    // (A row named for a module's objects counts only in a file that imports it: the Claude Agent SDK's `query`, not a database's.)
    return SHELL_SINKS.some((row) => this.callMatches(row, call, aliases) && (!row.fileImports || this.context.importsModule(row.fileImports)));
  }

  /**
   * The other names a call goes by, worked out once per call for the sink rows: the call that built its callee
   * (`execAsync` of `promisify(exec)`) and, in Python, its callee under its module's name (`rmtree` of `from shutil import rmtree`).
   */
  private calleeAliases(call: Expr, built = this.constructedCallee(call)): string[] {
    const qualified = this.context.qualifiedCallee(call.callee ?? '');
    // `client.head(url)` in `def check(client: httpx.AsyncClient, url)`: the class the parameter is annotated with.
    const [, holder, method] = /^(\w+)\.(\w+)$/.exec(call.callee ?? '') ?? [];
    const annotated = holder && this.scope.paramClasses?.[holder] ? `${this.scope.paramClasses[holder]}.${method}` : undefined;
    return [built, qualified, annotated].filter((alias): alias is string => alias !== undefined);
  }

  /** The sink row's callee is this call's, or one of its other names (`calleeAliases`), in this language. */
  private callMatches(row: SinkRow, call: Expr, aliases: readonly string[]): boolean {
    return !!(row.callee?.test(call.callee ?? '') || aliases.some((alias) => row.callee?.test(alias))) && (!row.language || row.language === (this.context.model.language === 'python' ? 'python' : 'typescript'));
  }

  /**
   * What a call runs when its callee was built by a call: `search.ainvoke` of `search = TavilySearchResults(…)` is
   * `TavilySearchResults.ainvoke`; `execAsync(…)` of `execAsync = promisify(exec)` is `exec`. Undefined for other calls.
   */
  private constructedCallee(call: Expr): string | undefined {
    const method = /\.(\w+)$/.exec(call.callee ?? '')?.[1];
    if (!method) {
      const callee = call.children[0];
      const wrapper = callee?.kind === 'name' ? this.resolve(callee) : undefined;
      return wrapper && wrapper !== callee && wrapper.kind === 'call' && PROMISIFY.test(wrapper.callee ?? '') ? wrapper.args?.[0]?.text : undefined;
    }
    return this.pathOnBuilt(receiverOf(call), method);
  }

  /**
   * `search = TavilySearchResults(…)` then `search.<rest>`: the path as if written on the call that built the object —
   * with `madeByClass`, only an object a class made (`yf.Ticker(…)`, not `cursor.fetchone()`'s result).
   */
  private pathOnBuilt(object: Expr | undefined, rest: string, madeByClass = false): string | undefined {
    const built = object ? this.resolve(object) : undefined;
    if (!built || built === object || built.kind !== 'call' || (madeByClass && !constructedClass(built))) return undefined;
    return `${(built.callee ?? '').replace(/^new /, '')}.${rest}`;
  }

  /**
   * `stock = yf.Ticker(symbol)`, then `stock.news`: an attribute of an object a class made in sight, matched as
   * `yf.Ticker.news` (a call's result, `cursor.fetchone()`, has rules of its own).
   */
  private matchSourceOfBuilt(read: Expr): Taint | undefined {
    const object = read.kind === 'member' && /^[\w$]+\.[\w$]+$/.test(read.text) && read.children[0]?.kind === 'name' ? read.children[0] : undefined;
    const path = this.pathOnBuilt(object, read.text.slice(read.text.indexOf('.') + 1), true);
    return path ? this.matchSource(path, read) : undefined;
  }

  /** A name holding what `cheerio.load(…)` made (`import { load } from 'cheerio'` too): a document's query function. */
  private loadsDocument(name: Expr): boolean {
    const held = this.resolve(name);
    if (held === name || held.kind !== 'call') return false;
    const callee = held.callee ?? '';
    return /(^|\.)cheerio\.load$/.test(callee) || (callee === 'load' && this.context.model.importBindings.some((binding) => binding.local === 'load' && binding.module === 'cheerio'));
  }

  /** `search_fn = getattr(self.memori, "search", None)` then `search_fn(…)`: the method it names, `self.memori.search`. */
  private getattrMethod(call: Expr): string | undefined {
    const callee = call.children[0];
    if (callee?.kind !== 'name') return undefined;
    const held = this.resolve(callee);
    const name = held !== callee && held.kind === 'call' && held.callee === 'getattr' ? readKey(held) : undefined;
    const receiver = held.args?.[0];
    return receiver && name && /^\w+$/.test(name) ? `${receiver.text}.${name}` : undefined;
  }

  private isParameter(name: string): boolean {
    return this.parameterOwner(name) !== undefined;
  }

  /** The function (this one or one it is written in) whose parameter `name` is here, unless it was given a new value. */
  /**
   * `await fn()` of a wrapper's parameter (`withErrorHandling(fn)`): what the function each caller passes returns (beside
   * what the call is taken to carry of its arguments: `createMessages(result)` of a callback's parameter).
   */
  private calledParameter(call: Expr): Taint[] {
    const callee = call.callee ?? '';
    const index = /^[A-Za-z_$][\w$]*$/.test(callee) ? this.scope.positional?.indexOf(callee) ?? -1 : -1;
    if (index < 0 || this.assigned.has(callee) || this.callbackRows.length) return [];
    return [{ origin: 'param', label: `what parameter ${callee} returns`, paramIndex: index, calledParam: true, steps: [] }];
  }

  /**
   * The query run by the call this function is the callback of (`db.all(sql, params, (err, rows) => …)`): whether it
   * reads the database's catalogue, or which parameter of an enclosing function it is (rows of whatever each caller asks).
   */
  private callbackQuery(): { catalogue: boolean; queryParam?: number } | undefined {
    const query = this.callGivenThis()?.args?.[0];
    if (!query || !this.parent) return undefined;
    if (CATALOGUE_QUERY.test(this.parent.resolve(query).text)) return { catalogue: true };
    const owner = query.kind === 'name' ? this.parent.parameterOwner(query.text) : undefined;
    const index = owner?.positional?.indexOf(query.text) ?? -1;
    return { catalogue: false, queryParam: index >= 0 ? index : undefined };
  }

  private parameterOwner(name: string): Scope | undefined {
    if (this.scope.params.includes(name)) return this.assigned.has(name) ? undefined : this.scope;
    if (this.assigned.has(name)) return undefined;
    return this.parent?.parameterOwner(name);
  }

  private callTaints(call: Expr): Taint[] {
    const callee = call.callee ?? '';
    // `p.then((response) => response.json())`: what the callback returns (its parameter being what `p` resolves to).
    const thenCallback = /\.then$/.test(callee) && call.args?.[0] ? this.context.scopeAt(call.args[0]) : undefined;
    const thenFlow = thenCallback && this.context.flows.get(thenCallback);
    if (thenFlow) {
      const out: Taint[] = [];
      for (const returned of thenCallback!.returns ?? []) mergeTaints(out, thenFlow.taints(returned));
      return out;
    }
    // `new Promise((resolve, reject) => db.all(sql, (err, rows) => resolve(rows)))`: what it resolves with.
    // (A parameter of this function read in a callback there is this function's own, so many scopes out.)
    const resolutions = PROMISE_CONSTRUCTOR.test(callee) && call.args?.[0] ? this.context.promiseResolutions(call.args[0]) : undefined;
    if (resolutions) {
      const resolved: Taint[] = [];
      for (const { flow, value } of resolutions) {
        let taints = flow.taints(value);
        for (let at: ScopeFlow | undefined = flow; at && at !== this; at = at.parent) taints = taints.flatMap(seenFromEnclosing);
        mergeTaints(resolved, taints);
      }
      return resolved;
    }
    // `state.get("notes", [])` in a LangGraph node: that channel of the state.
    const key = /\.get$/.test(callee) ? call.args?.[0]?.literal : undefined;
    const channel = key !== undefined && /^\w+$/.test(key) ? this.graphChannel(`${callee.slice(0, -4)}.${key}`, call) : undefined;
    if (channel) return channel;
    // `st.session_state.get("videos", [])`: that key, as `st.session_state.videos` reads it.
    if (key !== undefined && /^\w+$/.test(key) && callee === 'st.session_state.get') {
      const kept = this.variableTaints(`st.session_state.${key}`, call.start);
      if (kept.length) return kept;
    }
    // `await ctx.get("vendor_name")` in a workflow step: what another step kept there.
    if (key !== undefined && this.context.workflow && WORKFLOW_CONTEXT_GET.test(callee)) return this.context.readLocal(`k${key}`, this.context.contextStore.get(key)) ?? [];
    // `future = pool.submit(generate, q)` (then `future.result()`), `await asyncio.to_thread(generate, q)`: what
    // `generate(q)` returns.
    const deferred = this.context.deferredResult(call);
    if (deferred) return this.taints(deferred);
    const llm = this.context.llmApi(call, this.resolve, this.scope);
    // (A CrewAI `Task(…)` or `Agent(…)` is instructions, not a run: its answer is read from the task after the crew ran;
    // a LlamaIndex agent built with `from_tools` answers when it is chatted with.)
    if (llm && !llm.templateKeys && !llm.buildsAgent) {
      const output: Taint = { origin: 'third-party', label: 'model output', modelOutput: true, ...this.steerOfCall(call, llm), steps: [this.context.location(call.start, call.end, 'The model output comes from this call.')] };
      // Perplexity's sonar models answer from a web search they run: the answer carries what those pages say, as an
      // answer engine's does (Olostep's, MultiOn's).
      if (!WEB_GROUNDED_MODEL.test(this.context.argumentsText(call, this.scope))) return [output];
      return [output, { origin: 'third-party', label: 'an answer made from web pages', steps: [this.context.location(call.start, call.end, 'This model answers from a web search it runs.')] }];
    }
    const response = this.apiRouteResponse(call);
    if (response) return response;
    // `(await fetch('/api/sources', …)).json()`: the body of the app's own route is what the route sent, not a web page.
    const receiver = /\.(json|text)$/.test(callee) ? receiverOf(call) : undefined;
    const routed = receiver?.kind === 'call' ? this.apiRouteResponse(receiver) : undefined;
    if (routed) return routed;
    // `fetch(\`/api/reconnect/${id}\`)` to a route of the app's own that is not in the workspace (or not resolved): the
    // app's own server answers, not a web page someone else wrote.
    if (SAME_ORIGIN_REQUEST.test(callee) && isSameOriginPath(call.args?.[0])) return [];
    // `fetch(config.url + '/v1/embeddings', …)`: vectors (or a moderation's scores), not a page anyone wrote.
    if (SAME_ORIGIN_REQUEST.test(callee) && call.args?.[0] && namesHost(call.args[0], VECTOR_API_PATHS, this.resolve)) return [];
    // A file this file wrote under that name: what was written there (`fileChannels`).
    const readBack = fileReadPath(call, this.resolve);
    if (readBack !== undefined) {
      const written = this.context.readLocal(`w${readBack}`, this.context.fileChannels.get(readBack));
      if (written) return written.map((t) => ({ ...t, steps: [...t.steps, this.context.location(call.start, call.end, `Read back from ${readBack} here.`)] }));
    }
    // `with open(fpath) as f: f.read()` of a file in the folder the app keeps uploads in: someone's upload. (Other
    // files read that way are most often the app's own, so only the folder's name makes this one a source.)
    if (FILE_HANDLE_READ.test(callee)) {
      const opened = this.resolve(receiverOf(call) ?? call);
      if (opened.kind === 'call' && opened.callee === 'open' && opened.args?.[0] && this.inUploadFolder(opened.args[0])) return [this.source(UPLOAD_ROW, call)];
    }
    // `const $ = cheerio.load(html); $("p").text()`: the loaded page's query function gives its elements, the page's text.
    if (/^[\w$]+$/.test(callee) && call.children[0]?.kind === 'name' && this.loadsDocument(call.children[0])) return this.taints(call.children[0]);
    // `search = TavilySearchResults(…); search.ainvoke(q)`: matched as `TavilySearchResults.ainvoke()` too (the class
    // says what it reads; the variable's name says nothing).
    const built = this.constructedCallee(call);
    const named = this.getattrMethod(call) ?? callee;
    const source = this.matchSource(`${named.replace(/^new /, '')}()`, call) ?? (built ? this.matchSource(`${built}()`, call) : undefined);
    if (source && this.requestHandler && BODY_READ.test(callee) && pathRoot(callee, '.') === this.scope.positional?.[0]) {
      return [source, { origin: 'param', label: 'request body', paramIndex: 0, requestBody: true, steps: [] }];
    }
    if (source) return [source];
    const credential = this.credentialCall(call);
    if (credential) return [credential];
    // `JSON.stringify(process.env)`, `str(dict(os.environ))`: every key and token the process was given, as text. (The
    // environment read whole only here: a settings object parsed from it is read field by field, each judged by name.)
    if (ENV_AS_TEXT.test(callee) && ENVIRONMENT.test(call.args?.[0]?.text ?? '')) return [this.credential(call, 'the whole environment')];
    if (OPAQUE_CALL.test(callee)) return [];
    // `row, col = map(int, numbers[:2])`, `parts.map(Number)`: numbers, whatever text they were parsed from.
    if (/(^|\.)map$/.test(callee) && SCALAR_CONVERSION.test(call.args?.[0]?.text ?? '')) return [];
    // `''.join(c for c in expression if c in "0123456789+-*/.() ")`: only digits and arithmetic kept, never a name to
    // call or a string to open — safe for code evaluation (the ADK crash course's calculator tool).
    if (/^(''|"")\.join$/.test(callee) && this.keepsOnlyArithmetic(call)) {
      return this.taints(call.args![0]).map((t) => ({ ...t, sanitizedFor: [...new Set([...(t.sanitizedFor ?? []), 'code' as const])] }));
    }
    // `DOMPurify.sanitize(answer)`, `shlex.quote(name)`: the value, now safe for that kind of sink (an app's own
    // `escapeHtml` helper included, so its summary is not asked).
    const sanitized = SANITIZERS.filter((row) => row.callee.test(callee)).map((row) => row.kind);
    if (sanitized.length) {
      const out: Taint[] = [];
      for (const arg of call.args ?? []) mergeTaints(out, this.taints(arg).map((t) => ({ ...t, sanitizedFor: [...new Set([...(t.sanitizedFor ?? []), ...sanitized])] })));
      return out;
    }
    const piped = this.pipelineFlow(call, false);
    if (piped) return piped;
    // (What the tools' code returns is the tool's result, judged where it is returned there.)
    if (this.context.delegatedCalls.has(call)) return [];
    const summaries = this.context.summariesFor(call, this.scope, this.resolve);
    // `Prompt(header=…, convo=Conversation(messages))`: an object of one of the workspace's classes holds what it was
    // given (its methods read it back as fields), not what its methods return.
    // …an all-capitals class name too (`AI(model=…)`), once the workspace says it is a class of that name.
    const constructed = constructedClass(call) ?? /^[A-Z][A-Z0-9_]*$/.exec((call.callee ?? '').replace(/^new /, '').split('.').pop() ?? '')?.[0];
    const constructor = constructed !== undefined && summaries.length > 0 && summaries.every((summary) => summary.className === constructed);
    if (constructor) return this.passThrough(call).filter((taint) => taint.origin !== 'credential'); // a key it is given is for its own requests
    // `PasswordAuthenticator(user, password)`, `Credentials(key)`: an object that signs the requests it is given to, not the secret's text.
    if (AUTH_OBJECT.test(callee) || DB_CONNECTION.test(callee)) return this.passThrough(call).filter((taint) => taint.origin !== 'credential');
    // `new EverArt.default(process.env.EVERART_API_KEY)`: a library's client made with a key signs its own requests; what
    // its methods return is the service's answer. (Not the language's values nor a message, prompt or document made
    // with the key's text in it: `new URL(…)`, `new HumanMessage(…)`.)
    if (/^new [\w$.]+$/.test(callee) && !TEXT_HOLDER_CLASS.test(callee.split('.').pop() ?? '')) return this.passThrough(call).filter((taint) => taint.origin !== 'credential');
    if (summaries.length) {
      const out: Taint[] = [];
      for (const summary of summaries) {
        const step = this.context.location(call.start, call.end, `Through ${summary.className ? `${summary.className}.` : ''}${summary.name}() (${summary.file}).`);
        for (let taint of summary.returns) {
          // A tool the app calls itself returns what the app gave it, not arguments the model wrote.
          if (taint.ownToolParam !== undefined) {
            const given = this.argument(call, taint.ownToolParam, summary);
            if (given) mergeTaints(out, this.taints(given).map((t) => ({ ...t, steps: [...t.steps, step] })));
            continue;
          }
          // `executeQuery(pool, 'SHOW FULL TABLES')`: the database's structure, not rows anyone wrote.
          const query = taint.queryParam === undefined ? undefined : this.argument(call, taint.queryParam, summary);
          if (query && CATALOGUE_QUERY.test(this.resolve(query).text)) continue;
          // (…and a query this function is given in turn, `query(sql) { return this.db.query(sql) }`: its callers' query.)
          const passedOn = query?.kind === 'name' && this.parameterOwner(query.text) === this.scope ? this.scope.positional?.indexOf(query.text) ?? -1 : -1;
          // (A function written inside the helper, called with no query, `_sync_run()`, reads the helper's own.)
          if (query) taint = { ...taint, queryParam: passedOn >= 0 ? passedOn : undefined };
          // `_get_json("https://api.open-meteo.com/v1/forecast", …)`: a fixed data API's measurements, not anyone's prose.
          const url = taint.urlParam === undefined ? undefined : this.argument(call, taint.urlParam, summary);
          if (url && namesHost(url, FIXED_DATA_API_HOSTS, this.resolve)) continue;
          // Model output a helper made from its parameters is steered by whatever this call passes them.
          const steered = taint.steerParams ? this.steerByArguments(call, summary, taint) : taint;
          mergeTaints(out, [{ ...steered, steps: [...taint.steps, step] }]);
        }
        for (const [index, key] of [...summary.returnsParams.map((i): [number, string?] => [i]), ...(summary.returnsParamKeys ?? [])]) {
          const arg = this.argument(call, index, summary, key);
          if (!arg) continue;
          const given = summary.returnsUploads?.includes(index) ? this.asUpload(this.taints(arg), arg) : this.taints(arg);
          const safeFor = key === undefined ? summary.returnsParamsSafeFor?.[index] : undefined;
          mergeTaints(out, given.map((t) => ({ ...t, steps: [...t.steps, step], ...(safeFor && { sanitizedFor: [...new Set([...(t.sanitizedFor ?? []), ...safeFor])] }) })));
        }
        // `withErrorHandling(() => db.readQuery(q))`: what the function passed returns (a parameter of this one read in it
        // being this one's own).
        for (const index of summary.returnsCalledParams ?? []) {
          const arg = this.argument(call, index, summary);
          for (const [returned, flow] of arg ? this.returnsWhenCalled(arg) : []) {
            mergeTaints(out, flow.taints(returned).flatMap((t) => (flow === this ? [t] : seenFromEnclosing(t))).map((t) => ({ ...t, steps: [...t.steps, step] })));
          }
        }
      }
      // `def g(): return env["x"]` inside this function, then `g()`: its summary leaves out this function's parameters
      // (they are not its own); here they are.
      if (/^\w+$/.test(callee)) mergeTaints(out, (this.context.nestedReturns(callee, this.scope) ?? []).filter((taint) => taint.origin === 'param'));
      // A dispatcher whose code we can see (`tool_collection.run(name=…, tool_input=…)`) still returns a tool result —
      // unless all it returns is the app's own data (`switch (name) { case 'getAccount': return exampleAccount; … }`), or
      // it is the agent loop itself (`handleToolCalls(body, response)` returns the model's final answer, whose taint
      // already says who could steer it).
      if (summaries.every((summary) => summary.returnsAppData || summary.returns.some((taint) => taint.modelOutput))) return out;
      const argumentTaints = [...(call.args ?? []), ...Object.values(call.keywordArgs ?? {})].flatMap((arg) => this.taints(arg));
      return this.withToolResult(call, argumentTaints, out);
    }
    // `const { stdout } = await execAsync(cmd)`: what the program printed, not the text it was given — the command is
    // reported where it runs, and its output is no one's words (the policy counts no command output as a source).
    if (this.runsCommand(call, this.calleeAliases(call, built))) return [];
    // `fs.readdir(dir)`, `fs.stat(p)`: names and details read off the disk, not the path they were given.
    if (DISK_LISTING.test(callee)) return [];
    let through = this.passThrough(call);
    // `formData.get('file')`: the attached file, not the requester's own words.
    const field = /\.(get|getAll)$/.test(callee) ? call.args?.[0]?.literal : undefined;
    if (field !== undefined && UPLOAD_NAME.test(field)) through = this.asUpload(through, call);
    return this.withToolResult(call, through, through);
  }

  /**
   * Code we cannot see passes its inputs through (`docs.map(…)`, `"\n".join(docs)`, `extract_code(out)`) — but a
   * key handed over for authentication (`Anthropic(api_key=…)`, `{ headers: { Authorization } }`) is spent there.
   */
  private passThrough(call: Expr): Taint[] {
    const out: Taint[] = [];
    const auth = new Set(Object.entries(call.keywordArgs ?? {}).filter(([key]) => AUTH_OPTION.test(key)).map(([, value]) => value));
    // `items.filter((i) => i.enabled(config))`: a predicate's answer picks elements, it puts none of its own text in them.
    const predicate = PREDICATE_METHOD.test(call.callee ?? '');
    // `args.map((a) => shellQuote(a))`: each element comes out as the callback made it — made safe for a kind of sink,
    // the collection passes through safe for it too.
    const mapped = MAP_METHOD.test(call.callee ?? '') ? call.children.find((child) => child.kind === 'other' && this.context.mapsElements(child)) : undefined;
    const madeSafe = mapped ? sanitizedInEvery(this.context.everythingReturned(mapped)) : [];
    // `entries.slice(start, end)`: positions pick a part of the receiver, they put no text of their own in it.
    const positions = POSITION_METHOD.test(call.callee ?? '');
    // `conferences.get(conference_id, {})`: the key picks an entry, it puts no text of its own in it (the default may).
    // (A key the model wrote still says the model chose: `available_tools.get(tool_call.function.name)` is a dispatch.)
    const key = KEYED_READ.test(call.callee ?? '') && this.readsOwnTable(call) ? call.args?.[0] : undefined;
    for (const child of call.children) {
      if (auth.has(child) || (positions && child.start !== call.start)) continue;
      if (child === key) {
        mergeTaints(out, this.taints(child).filter((t) => t.modelOutput));
        continue;
      }
      if (madeSafe.length && child !== mapped && child.start === call.start) {
        mergeTaints(out, this.taints(child).map((t) => ({ ...t, sanitizedFor: [...new Set([...(t.sanitizedFor ?? []), ...madeSafe])] })));
        continue;
      }
      // A function handed to it (`items.map(async (i) => ask(i))`, `withSpan(async () => { … return report })`): what it returns.
      const callback = child.kind === 'other' ? this.context.callbackReturns(child) : child.kind === 'name' && child !== key ? this.context.nestedReturns(child.text, this.scope) : undefined;
      if (callback) {
        if (!predicate) mergeTaints(out, callback);
        continue;
      }
      // (…also a dict built first and handed over by name: `params = {"q": q, "api_key": key}; GoogleSearch(params)`.)
      const options = child.kind === 'name' ? this.resolve(child) : child;
      if (options.kind === 'object' && options.properties && Object.keys(options.properties).some((key) => AUTH_OPTION.test(key))) {
        for (const [key, value] of Object.entries(options.properties)) if (!AUTH_OPTION.test(key)) mergeTaints(out, this.taints(value));
      } else mergeTaints(out, this.taints(child));
    }
    // `messages.filter((m) => m.interaction?.user.id === interaction.user.id)`: a channel's messages kept to those of
    // the person asking are their own conversation, no longer other people's.
    if (predicate && call.children.some((child) => child.kind === 'other' && OWN_MESSAGES_FILTER.test(child.text))) {
      return out.map((taint) => (taint.label === SHARED_CHANNEL_LABEL ? { ...taint, origin: 'requester', label: 'their own messages in the channel', conversation: true } : taint));
    }
    // `config.get("database")` of connection settings that also hold a password: that entry, not the password. (Only
    // the settings named here: `secrets.get("openai")` of a secret store is a key.)
    const entry = KEYED_READ.test(call.callee ?? '') ? call.args?.[0]?.literal : undefined;
    if (entry !== undefined && call.args?.[0]?.kind === 'string' && CONNECTION_SETTING.test(entry)) return out.filter((taint) => taint.origin !== 'credential');
    return out;
  }

  /**
   * The ids naming the stored conversation a call reads and extends — Google ADK's `runner.run_async(user_id=…,
   * session_id=…, new_message=…)`, the Agents SDK's `SQLiteSession(id, file)`, a LangGraph thread — or none (`[]`: a
   * store of this call's own); undefined for any other call.
   */
  private conversationIds(call: Expr): Expr[] | undefined {
    const keywords = call.keywordArgs ?? {};
    // The OpenAI Agents SDK's sessions kept in a database file or server (`SQLiteSession("demo", "chats.db")`,
    // `SQLAlchemySession.from_url(id, url=…)`): the conversation is the stored one that id names.
    if (AGENTS_STORED_SESSION.test(call.callee ?? '')) {
      const id = keywords.session_id ?? call.args?.[0];
      const store = keywords.db_path ?? keywords.url ?? call.args?.[1];
      if (!id || !store || /^["']:memory:["']$/.test(this.resolve(store).text)) return [];
      return [id];
    }
    // A LangGraph graph with a checkpointer that outlives the call, run with a thread id (`graph.invoke(state,
    // config={"configurable": {"thread_id": "42"}})`): the thread's stored messages are the conversation.
    if (GRAPH_RUN.test(call.callee ?? '')) {
      const graph = receiverOf(call);
      const config = keywords.config ?? call.args?.[1];
      const configurable = config && this.resolve(config).properties?.configurable;
      const thread = configurable && this.resolve(configurable).properties?.thread_id;
      if (!graph || !thread) return undefined;
      return this.sharedGraph(graph) ? [thread] : [];
    }
    if (!ADK_SESSION_RUN.test(call.callee ?? '') || !keywords.new_message || !keywords.session_id || !keywords.user_id) return undefined;
    // A runner made in this call with a session store made here too (`InMemorySessionService()` in the function) keeps
    // nothing for the next call: its conversation is this run's alone.
    const runner = receiverOf(call);
    if (runner?.kind === 'name' && this.assigned.has(runner.text)) {
      const made = this.resolve(runner);
      const store = made.kind === 'call' ? made.keywordArgs?.session_service : undefined;
      if (made.kind === 'call' && (!store || (store.kind === 'name' ? this.assigned.has(store.text) : store.kind === 'call'))) return [];
    }
    return [keywords.user_id, keywords.session_id];
  }

  /**
   * A graph compiled here, or by a helper, with a checkpointer that outlives the call: a module-level saver
   * (`memory = MemorySaver()` at the top, `compile(checkpointer=memory)`) or a database one (`SqliteSaver…`).
   */
  sharedGraph(graph: Expr): boolean {
    const made = this.resolve(graph);
    if (made.kind !== 'call') return false;
    if (/\.compile$/.test(made.callee ?? '')) {
      const saver = made.keywordArgs?.checkpointer;
      if (!saver || /^None$/.test(saver.text)) return false;
      // (A saver made outside this function — at the module's top, even when a local name holds it — outlives it.)
      const value = this.resolve(saver);
      const madeElsewhere = value.start < this.scope.start || value.start >= this.scope.end;
      return (saver.kind === 'name' && !this.assigned.has(saver.text)) || madeElsewhere || (value.kind === 'call' && PERSISTENT_SAVER.test(value.callee ?? '')) || (value.kind === 'name' && !this.assigned.has(value.text));
    }
    return this.context.summariesFor(made, this.scope, this.resolve).some((summary) => summary.returnsSharedGraph);
  }

  /**
   * What a conversation id is made of: fixed text only (`"demo_session"`, `f"session_{USER}"` of a constant), the
   * function's parameters with fixed text (their indices), or anything else (undefined: a visitor's own id, a uuid).
   */
  private idParts(id: Expr, depth = 0): number[] | undefined {
    const value = this.resolve(id);
    if (value.kind === 'string' && value.literal !== undefined) return [];
    if (value.kind === 'name' && !this.assigned.has(value.text)) {
      const index = this.scope.positional?.indexOf(value.text) ?? -1;
      return index >= 0 ? [index] : undefined;
    }
    if (value.kind !== 'template' || depth > 2) return undefined;
    const parts = value.children.filter((child) => child.kind !== 'string');
    const found: number[] = [];
    for (const part of parts) {
      const inner = this.idParts(part, depth + 1);
      if (!inner) return undefined;
      found.push(...inner);
    }
    return found;
  }

  /** This function's own conversation runs, for its summary (`fixedConversation`, `conversationParams`). */
  conversationSummary(): { fixedConversation?: boolean; conversationParams?: number[]; returnsSharedGraph?: boolean } {
    if ((this.scope.returns ?? []).some((returned) => this.sharedGraph(returned))) return { returnsSharedGraph: true };
    for (const call of this.scope.calls) {
      const ids = this.conversationIds(call);
      const parts = ids?.map((id) => this.idParts(id));
      if (!parts?.length || parts.some((part) => !part)) continue; // (none: a store of this call's own, or no run)
      const params = [...new Set(parts.flatMap((part) => part!))].sort();
      return params.length ? { conversationParams: params } : { fixedConversation: true };
    }
    return {};
  }

  /**
   * In an app that serves many visitors, a run in a conversation named by fixed ids — here, or in a helper that runs
   * one (or names it by a parameter this call fills with fixed text) — is every visitor's: what one says is in the
   * history the next one's run reads. Reported once per conversation runner, at the run given the visitor's text (else
   * the first).
   */
  findSharedConversations(): void {
    if (!this.context.model.imports.some((module) => WEB_SERVER_MODULE.test(module) || VISITOR_PAGE_MODULE.test(module))) return;
    const byRunner = new Map<string, Expr[]>();
    for (const call of this.scope.calls) {
      const ids = this.conversationIds(call);
      let runner: string | undefined;
      if (ids?.length && ids.every((id) => this.idParts(id)?.length === 0)) runner = `${call.start}`;
      else if (ids && !ids.length) continue;
      else if (!ids) {
        for (const summary of this.context.summariesFor(call, this.scope, this.resolve)) {
          const args = summary.conversationParams?.map((index) => this.argument(call, index, summary));
          const fixedArgs = !!args?.length && args.every((arg) => !!arg && this.idParts(arg)?.length === 0);
          // (A helper of this file that runs one with fixed ids is reported at its own run; one named by its caller's
          // fixed text is one conversation per text: `get_session("user_alice")`, `get_session("user_bob")`.)
          if ((summary.fixedConversation && summary.file !== this.context.file) || fixedArgs) runner = `${summary.file}\0${summary.className ?? ''}\0${summary.name}\0${fixedArgs ? args!.map((arg) => this.resolve(arg!).text).join('\0') : ''}`;
        }
      }
      if (runner) byRunner.set(runner, [...(byRunner.get(runner) ?? []), call]);
    }
    for (const [runner, calls] of byRunner) {
      if (this.context.sharedConversationsReported.has(runner)) continue;
      this.context.sharedConversationsReported.add(runner);
      const visitors = calls.find((call) => [...(call.args ?? []), ...Object.values(call.keywordArgs ?? {})].some((arg) => this.taints(arg).some((t) => t.origin === 'requester' || t.origin === 'third-party'))) ?? calls[0];
      const step = this.context.location(visitors.start, visitors.end, "Every visitor's run uses this one stored conversation (fixed user and session ids): what one visitor says is in the history the next visitor's model reads.");
      this.context.prompts.push({ part: visitors, destination: 'own-message', taints: [{ origin: 'third-party', label: "other visitors' messages", steps: [step] }], mitigated: false, powerful: false, through: [], noWrapFix: true, sharedConversation: true });
    }
  }

  /**
   * `table.get(key, default)`, or `.get(key)` of a dict or Map the code builds (`{c['id']: c for c in rows}`, `new Map()`):
   * a lookup in a collection, not a client's request (`client.files.get(fileId)` fetches the record that id names).
   */
  private readsOwnTable(call: Expr): boolean {
    const receiver = receiverOf(call);
    if (!receiver) return false;
    if ((call.args?.length ?? 0) >= 2) return true;
    const table = this.resolve(receiver);
    return table.kind === 'object' || /^(new Map|Map|dict|defaultdict|OrderedDict|Object\.fromEntries)$/.test(table.callee ?? '') || /^\{[^]*\bfor\b[^]*\}$/.test(table.text);
  }

  /**
   * `fetch('/api/answer', { method: 'POST', … })` from the app's own pages: what its route handler for that method
   * returns (model output streamed back, say) — not a web page someone else wrote. Undefined when the route is not in
   * the workspace.
   */
  private apiRouteResponse(call: Expr): Taint[] | undefined {
    if (!SAME_ORIGIN_REQUEST.test(call.callee ?? '')) return undefined;
    const handlers = this.context.summariesFor(call, this.scope, this.resolve).filter((summary) => summary.requestHandler);
    if (!handlers.length) return undefined;
    const step = this.context.location(call.start, call.end, `The response of ${ownServerPath(call.args![0]) ?? call.args![0].text} (${handlers[0].file}).`);
    const out: Taint[] = [];
    for (const handler of handlers) {
      mergeTaints(out, handler.returns.map((taint) => ({ ...taint, steps: [...taint.steps, step] })));
      // A route that answers with what it was sent hands the page's own data back.
      const body = handler.returnsParams.includes(0) ? this.requestBody(call) : undefined;
      if (body) mergeTaints(out, this.taints(body));
    }
    return out;
  }

  /**
   * The functions a call runs, each with how to find the argument it gets at a parameter: `summariesFor`'s, and a
   * function of this file given to `.then` (`response.then(show)`), called with what the promise resolves to.
   */
  private calledFunctions(call: Expr): [FunctionSummary, (index: number, key?: string) => Expr | undefined][] {
    const out = this.parameterTargets(call).map((summary): [FunctionSummary, (index: number, key?: string) => Expr | undefined] => [summary, (index, key) => this.argument(call, index, summary, key)]);
    const promised = /\.then$/.test(call.callee ?? '') && call.args?.[0]?.kind === 'name' ? receiverOf(call) : undefined;
    const handler = promised && this.context.localFunction(call.args![0].text);
    if (handler) out.push([handler, (index) => (index === 0 ? promised : undefined)]);
    return out;
  }

  /**
   * The functions a call hands its arguments to: `summariesFor`'s — but making an object of the workspace's class
   * (`ScriptGenerator(api_key)`) runs its constructor alone; the class's other methods get their own arguments later.
   */
  private parameterTargets(call: Expr): FunctionSummary[] {
    const summaries = this.context.summariesFor(call, this.scope, this.resolve);
    const made = constructedClass(call);
    if (made === undefined || !summaries.length || !summaries.every((summary) => summary.className === made)) return summaries;
    return summaries.filter((summary) => CONSTRUCTOR_NAME.test(summary.name));
  }

  /** The step of a chain where a value is handed to a function: a helper's call, a JSX element, a page's request to its own route. */
  private passedTo(call: Expr, summary: FunctionSummary): RelatedLocation {
    const message = summary.requestHandler
      ? `Sent to ${(call.args?.[0] && ownServerPath(call.args[0])) ?? call.args?.[0]?.text} (${summary.file}).`
      : call.text.startsWith('<')
        ? `Rendered by <${summary.name}> (${summary.file}).`
        : `Passed to ${summary.name}() (${summary.file}).`;
    return this.context.location(call.start, call.end, message);
  }

  /** What a request to the app's own route sends: `body: JSON.stringify({ … })`, ky's `json:`, axios's data argument. */
  private requestBody(call: Expr): Expr | undefined {
    if (/^axios\.(post|put)$/.test(call.callee ?? '')) return call.args?.[1];
    const options = call.args?.[1] && this.resolve(call.args[1]);
    const body = options?.kind === 'object' ? options.properties?.body ?? options.properties?.json : undefined;
    if (!body) return undefined;
    const value = this.resolve(body);
    return value.kind === 'call' && /(^|\.)JSON\.stringify$/.test(value.callee ?? '') ? value.args?.[0] : body;
  }

  /** A tool run with the model's tool-call arguments returns what the tool fetched or ran: someone else's text. */
  private withToolResult(call: Expr, argumentTaints: readonly Taint[], out: Taint[]): Taint[] {
    const row = this.context.toolDispatchRow;
    // Inside the low-level MCP server's tools/call handler, a helper given the model's arguments is that tool's own
    // code (`runArchitectTool(args)`), judged by what it returns; no other tool's result comes back there.
    // (…also in a function written inside it: `withRateLimit(name, async () => tool.handler(args))`.)
    if (!row || !argumentTaints.some((t) => t.modelOutput)) return out;
    for (let flow: ScopeFlow | undefined = this; flow; flow = flow.parent) if (MCP_TOOL_CALL_HANDLER.test(flow.scope.callbackOf ?? '')) return out;
    const callee = call.callee ?? '';
    if (ACCESSOR_METHOD.test(callee) || RESULT_RECORD.test(callee)) return out;
    // `memory_tool.execute(query=q)`: a memory store searched with the model's words returns what the app kept, not
    // the result of a tool the model picked (whose text that is depends on what was kept: not known here).
    if (MEMORY_STORE_CALL.test(callee)) return out;
    // `tools.create(working_dir)` after `import tools`: a module's function, named in the code — not a tool the model picked.
    const root = pathRoot(callee, '.');
    const ofModule = root !== callee && this.context.model.importBindings.some((binding) => binding.local === root && binding.imported === '*');
    if (!row.toolDispatch!.test(ofModule ? callee.slice(root.length + 1) : callee) && !Object.keys(call.keywordArgs ?? {}).some((key) => row.toolDispatch!.test(key))) return out;
    return mergeTaints([this.source(row, call)], out);
  }

  /**
   * Who can steer a model call's output: its inputs' origins for a direct call to a model (tool results in an agent
   * loop are among them); someone else for a chain or agent whose inputs we cannot see.
   */
  private steerOfCall(call: Expr, row: LlmApiRow): Pick<Taint, 'steer' | 'steerParams'> {
    // A search the provider runs (`tools: [{ google_search: {} }]`): the answer is made from other people's pages.
    const options = [...(call.args ?? []), ...Object.values(call.keywordArgs ?? {})].map((arg) => this.resolve(arg));
    if (HOSTED_WEB_TOOL.test(call.text) || options.some((option) => option !== call && HOSTED_WEB_TOOL.test(option.text))) return { steer: 'third-party' };
    if (runsAgentWithTools(call, this.resolve) || (row.instructionInputs && this.crewAnswersFromTools(call))) return { steer: 'third-party' };
    // `researcher(prompt)` of a Strands `Agent(tools=[http_request])` built in sight: it answers from what its tools read.
    const calledAgent = row.calledObject && call.children[0] ? this.resolve(call.children[0]) : undefined;
    if (calledAgent?.kind === 'call' && agentHasTools(calledAgent)) return { steer: 'third-party' };
    // A call that runs its tools in a loop answers from what they return (the Vercel AI SDK's `generateText({ tools,
    // stopWhen })`, `maxSteps`). Tools given for one reply (a forced function call as an output schema) return nothing to it.
    const keywords = call.keywordArgs ?? {};
    const tools = keywords.tools;
    if (tools && !(tools.kind === 'array' && !tools.elements?.length) && (keywords.stopWhen || keywords.maxSteps)) return { steer: 'third-party' };
    if (row.hostedRetrieval || row.runsAgentOutOfSight) return { steer: 'third-party' };
    if (row.registeredTools && this.context.registersThirdPartyTool) return { steer: 'third-party' };
    if (row.runnable) {
      const receiver = receiverOf(call);
      // (An agent a function of the file builds, `query_rewriter = get_query_rewriter_agent()`, is the one it returns.)
      const value = receiver && this.resolveBuilt(receiver);
      // (`model.with_structured_output(Router).ainvoke(…)`: the receiver is the call that shapes the model.)
      const model = value && value.kind === 'call' ? CHAT_MODEL_CONSTRUCTOR.test(value.callee ?? '') || isPlainAgentInSight(value, call, this.resolveBuilt) : !!receiver && CHAT_MODEL_RECEIVER.test(receiver.text);
      if (!model) return { steer: 'third-party' };
    }
    const inputs: Taint[] = [];
    for (const arg of [...(call.args ?? []), ...Object.values(call.keywordArgs ?? {})]) {
      mergeTaints(inputs, this.taints(arg));
      for (const added of this.additions(arg)) mergeTaints(inputs, this.taints(added));
    }
    return steerOf(inputs);
  }

  /** `crew.kickoff()` of a crew built in sight whose agents have tools, or of a CrewAI project's `@crew` method whose summary says so. */
  private crewAnswersFromTools(call: Expr): boolean {
    if (crewHasTools(call, this.resolve)) return true;
    const receiver = receiverOf(call);
    return receiver?.kind === 'call' && this.context.summariesFor(receiver, this.scope, this.resolve).some((summary) => summary.crewWithTools);
  }

  private steerByArguments(call: Expr, summary: FunctionSummary, taint: Taint): Taint {
    const inputs: Taint[] = [{ ...taint, steerParams: undefined }];
    for (const index of taint.steerParams ?? []) {
      const arg = this.argument(call, index, summary);
      if (arg) mergeTaints(inputs, this.taints(arg));
    }
    return { ...taint, ...steerOf(inputs) };
  }

  /**
   * A pipeline run (`pipeline.run(code)`): the argument goes through each step's method in turn. Reports a step whose
   * method leads its input to a sink, and returns what comes out of the last step; undefined when not a pipeline.
   */
  private pipelineFlow(call: Expr, reportSinks: boolean): Taint[] | undefined {
    if (!call.args?.[0] || !PIPELINE_RUN.test(call.callee ?? '')) return undefined;
    const receiver = receiverOf(call);
    if (!receiver) return undefined;
    const steps = this.context.pipelineSteps(receiver, this.scope, this.resolve);
    if (!steps) return undefined;
    let flowing = this.taints(call.args[0]);
    for (const step of steps) {
      const summaries = this.context.stepMethod(step);
      const stepped = this.context.location(call.start, call.end, `Through the pipeline step ${step} (${summaries[0]?.file ?? 'not in the workspace'}).`);
      if (!summaries.length) continue; // a step we cannot see passes its input on
      const next: Taint[] = [];
      for (const summary of summaries) {
        if (reportSinks) for (const sink of summary.paramSinks.filter((s) => s.index === 0)) this.reportSink(call.args[0], sink.kind, sink.what, flowing, [stepped, ...sink.steps]);
        mergeTaints(next, summary.returns);
        if (summary.returnsParams.includes(0)) mergeTaints(next, flowing.map((t) => ({ ...t, steps: [...t.steps, stepped] })));
      }
      flowing = next;
    }
    return flowing;
  }

  private credentialCall(call: Expr): Taint | undefined {
    const callee = call.callee ?? '';
    if (SECRET_STORE.test(callee)) return this.credential(call, `${callee}()`);
    if (ENV_READ_CALL.test(callee)) {
      const name = call.args?.[0]?.literal;
      if (name && CREDENTIAL_ENV.test(name) && !NOT_CREDENTIAL.test(name)) return this.credential(call, `environment variable ${name}`);
    }
    return undefined;
  }

  /** A path in a folder named for uploads (`os.path.join(tempfile.gettempdir(), "knowledge-explorer-uploads")`), as written or through the names it is made of. */
  private inUploadFolder(path: Expr, depth = 0): boolean {
    if (UPLOAD_FOLDER.test(path.text)) return true;
    if (depth >= 3) return false;
    const names: Expr[] = [];
    const collect = (expr: Expr) => (expr.kind === 'name' ? names.push(expr) : expr.children.forEach(collect));
    collect(path);
    return names.some((name) => {
      const held = this.resolve(name);
      return held !== name && this.inUploadFolder(held, depth + 1);
    });
  }

  private pathTaints(expr: Expr): Taint[] {
    const taints = this.pathTaintsAsWritten(expr);
    // `body.files[0].content`, `req.body.attachment`: a member named like an attached file (the root is a variable's
    // own name, which says nothing).
    return expr.kind === 'member' && UPLOAD_SEGMENT.test(expr.text) ? this.asUpload(taints, expr) : taints;
  }

  private pathTaintsAsWritten(expr: Expr): Taint[] {
    const path = expr.text;
    const field = expr.kind === 'member' ? /\.(\w+)$/.exec(path)?.[1] : undefined;
    if (field && this.context.isScalarField(field)) return [];
    // Read after `if (!allowed.includes(name)) throw …`: one of the list's values, whoever sent it.
    if (this.checkedBefore(path, expr.start)) return this.variableTaints(path, expr.start);
    const env = /^(process\.env|os\.environ|import\.meta\.env)\.(\w+)$/.exec(path);
    if (env) return CREDENTIAL_ENV.test(env[2]) && !NOT_CREDENTIAL.test(env[2]) ? [this.credential(expr, `environment variable ${env[2]}`)] : [];
    const channel = this.graphChannel(path, expr);
    if (channel) return channel;
    const event = this.eventField(path);
    if (event) return event;
    // A CrewAI Flow listener's parameter: what the method it listens to returned.
    if (this.context.flowListeners.has(this.scope) && pathRoot(path) === this.scope.positional?.[0] && !this.assigned.has(pathRoot(path))) {
      return this.context.readLocal(`l${this.scope.start}`, this.context.listenInputs.get(String(this.scope.start))) ?? [];
    }
    const source = this.matchSource(path, expr) ?? this.matchSourceOfBuilt(expr);
    // `req.body.question` in a pages-router API route: also what the calling page sent (parameter 0's body).
    const bodyRead = source && this.requestHandler ? /^([\w$]+)\.body(?:\.([\w$]+))?/.exec(path) : null;
    if (source && bodyRead && bodyRead[1] === this.scope.positional?.[0]) {
      const body: Taint = { origin: 'param', label: 'request body', paramIndex: 0, requestBody: true, steps: [] };
      return [source, bodyRead[2] ? withBodyKey([body], bodyRead[2])[0] : body];
    }
    if (source) return [source];
    if (expr.kind === 'member' && OPAQUE_MEMBER.test(path)) return [];
    // (A dict is read by a literal key in Python, `result["audio_path"]`, a record the app's class made by its field,
    // `result.sources_used`; an object by its property in JavaScript.)
    const keyed = expr.kind === 'member' ? this.returnedDictKey(path, expr.start) : undefined;
    if (keyed) return keyed;
    const out: Taint[] = [];
    mergeTaints(out, this.variableTaints(path, expr.start));
    const root = pathRoot(path);
    if (!out.length && this.context.isImported(root) && !this.isLocalAnywhere(root)) mergeTaints(out, this.context.importedConstant(root) ?? []);
    const ownRow = this.callbackRowOf(root, expr.start);
    const callbackRow = ownRow ?? this.enclosingCallbackRowOf(root);
    const ownIndex = ownRow ? this.scope.positional?.indexOf(root) ?? -1 : -1;
    // (Rows a driver hands a callback, `db.all(sql, params, (err, rows) => …)`: of the query that call ran.)
    const ranQuery = callbackRow?.label === 'database rows' && ownRow ? this.callbackQuery() : undefined;
    if (callbackRow && !ranQuery?.catalogue) mergeTaints(out, [{ ...this.source(callbackRow, expr), ownToolParam: ownIndex >= 0 ? ownIndex : undefined, queryParam: ranQuery?.queryParam }]);
    // `fetch('/api/chat').then((response) => response.json())`: the callback's parameter is what the promise resolves to
    // (a stream sink's `write(chunk)`: the stream's chunks).
    const given = root === this.scope.positional?.[0] && this.parent ? this.context.valueGivenTo(this.scope) : undefined;
    // (The enclosing function's parameters in it are one scope further out, as for any closure.)
    if (given && this.parent && !this.assigned.has(root)) return mergeTaints(out, this.parent.taints(given).map((t) => (t.origin === 'param' ? { ...t, capturedDepth: (t.capturedDepth ?? 0) + 1 } : t)));
    const index = this.scope.positional?.indexOf(root) ?? -1;
    // `params['url']` of a parameter never reassigned: that key of the dict the caller writes there, which holds other
    // keys too (`{"q": query, "instance_url": os.environ[…]}`).
    const paramKey = index >= 0 && expr.literalKey && !this.assigned.has(root) ? /^[\w$]+\.([\w$]+)$/.exec(path)?.[1] : undefined;
    if (index >= 0 && !this.callbackRows.length) mergeTaints(out, [{ origin: 'param', label: `parameter ${root}`, paramIndex: index, paramKey, steps: [] }]);
    const destructured = index < 0 && !this.callbackRows.length && !this.assigned.has(root) ? this.scope.destructured?.[root] : undefined;
    if (destructured) mergeTaints(out, [{ origin: 'param', label: `parameter ${root}`, paramIndex: destructured[0], paramKey: destructured[1], steps: [] }]);
    if (this.serverAction && (index >= 0 || destructured)) mergeTaints(out, [this.source(UPLOAD_NAME.test(root) ? UPLOAD_ROW : this.serverAction, expr)]);
    if (expr.kind === 'member' && this.requestHandler) {
      // `body.sources` of `const body = await request.json()`: that property of what the page sent.
      const key = /^[\w$]+\.([\w$]+)/.exec(path)?.[1];
      if (key) return withBodyKey(this.memberTaints(expr, out), key);
    }
    const read = this.memberTaints(expr, out);
    // (Its object, read as a child, is the whole parameter: the key says more.)
    return paramKey === undefined ? read : read.filter((t) => !(t.origin === 'param' && t.paramIndex === index && t.paramKey === undefined && t.capturedDepth === undefined));
  }

  private memberTaints(expr: Expr, out: Taint[]): Taint[] {
    const path = expr.text;
    if (expr.kind === 'member') {
      // `fetch(u).text`, `docs[i]`: what the member is read from, not the attribute's own name.
      const last = path.slice(path.lastIndexOf('.') + 1);
      // `results[:top]`, `rows[i]`: an index or slice picks elements, it puts none of its own text in them.
      const subscript = /\]$/.test(path) ? expr.children[0] : undefined;
      for (const child of expr.children) {
        if (subscript && child !== subscript) continue;
        if (child.kind === 'name' && child.text === last && child.start > expr.start) continue;
        // `self.header`: that field of the object (read above), not the whole object.
        if (child.kind === 'name' && (child.text === 'self' || child.text === 'this') && child.start === expr.start) continue;
        mergeTaints(out, this.taints(child));
      }
      // `step.prompt` of a stored workflow step: the app's prompt kept in its database, not someone else's text.
      if (STORED_PROMPT_FIELD.test(path)) return out.filter((taint) => !taint.conversation);
      // `searchResult.error` of a failed request: the service's words about the failure, not the page it fetched.
      if (FAILURE_MEMBER.test(path)) return out.filter((taint) => taint.origin !== 'third-party' || taint.modelOutput);
    }
    return out;
  }

  /** A read after a check of the name against a list (Assignment.checkedFrom), with no plain write of it in between. */
  private checkedBefore(path: string, at: number): boolean {
    if (!this.checks) return false;
    const writes = this.writes.get(path);
    const check = writes?.filter((write) => write.checkedFrom !== undefined && write.end <= at && this.reaches(write, at)).pop();
    return !!check && !writes!.some((write) => write.checkedFrom === undefined && write.start > check.end && write.end <= at);
  }

  /** The writes of `path` that reach a read at `at` (every one when `at` is not given), less those a later one replaces. */
  private reachingWrites(path: string, at?: number): Write[] {
    const reaching = (this.writes.get(path) ?? []).filter((write) => this.reaches(write, at));
    return at !== undefined && reaching.length > 1 ? reaching.filter((write) => !reaching.some((later) => later.end <= at && this.supersedes(later, write))) : reaching;
  }

  private variableTaints(path: string, at?: number): Taint[] {
    // `event.data` in a WebSocket's message handler: what the app's own socket server sends.
    const parameter = /^([\w$]+)\.data\b/.exec(path)?.[1];
    if (parameter && this.scope.params.includes(parameter)) {
      const message = this.webSocketMessage();
      if (message?.length) return message;
    }
    for (let cut = path.length; cut > 0; cut = path.lastIndexOf('.', cut - 1)) {
      const out: Taint[] = [];
      let reaching = this.reachingWrites(path.slice(0, cut), at);
      // In a `for` loop's body its variable is the current element: what the name held before the loop is gone.
      const loop = at === undefined ? undefined : reaching.find((write) => write.loop && write.end <= at && at <= write.loop[1])?.loop;
      if (loop) reaching = reaching.filter((write) => write.start >= loop[0] && write.start <= loop[1]);
      for (const write of reaching) {
        // A write whose turn has not come in this pass (later in this scope, or in a scope not reached yet) is worked out now.
        this.settleWrite(write);
        mergeTaints(out, this.writeTaints.get(write) ?? []);
      }
      // (A read here, at a place: a closure that reads the list has its own view of what it added.)
      if (cut === path.length && at !== undefined) mergeTaints(out, this.closureAdditions(path));
      if (out.length) return out;
    }
    // Google ADK's session state, written by another function, agent or module of the app.
    const adkKey = ADK_STATE.exec(path)?.[1];
    if (adkKey !== undefined && this.context.usesAdk()) {
      const kept = this.context.adkState(adkKey, this);
      if (kept.length) return kept;
    }
    // Streamlit's session state, written by another function of the file (a chain, a page, the chat history).
    if (SESSION_STATE.test(path)) {
      const kept = this.sessionTaints(path);
      if (kept.length) return kept;
      const imported = this.context.importedSessionState(path);
      if (imported.length) return imported;
    }
    // `self.render_messages(…)` passes its own object on: what its caller's object holds.
    if ((path === 'self' || path === 'this') && this.context.classOf(this.scope) !== undefined) return [{ origin: 'param', label: RECEIVER_LABEL, paramIndex: RECEIVER, steps: [] }];
    // `self.context` written by another method of the class.
    const attribute = SELF_ATTRIBUTE_PATH.exec(path);
    const className = attribute ? this.context.classOf(this.scope) : undefined;
    if (attribute && className !== undefined) {
      const key = `${className}\0${attribute[2]}`;
      const stored = this.context.readLocal(`a${key}`, this.context.attributes.get(key));
      // …and what another module's calls of the class's methods keep there (`RAG_STORE.add_text_source(…)` in a route).
      const kept = this.context.keptByOtherModules(className, attribute[2]);
      if (kept.length) return mergeTaints([...(stored ?? [])], kept);
      if (stored) return stored;
      // A field no method sets (a dataclass's, given to its constructor): what the caller's object holds.
      if (!this.context.assignedAttributes.has(attribute[2])) {
        return [{ origin: 'param', label: RECEIVER_LABEL, paramIndex: RECEIVER, paramKey: attribute[2], steps: [] }];
      }
    }
    // React state declared here: whatever its setters were given anywhere in the file.
    const root = pathRoot(path);
    const state = this.writes.has(root) ? this.context.readLocal(`s${root}`, this.context.reactState.get(root)) : undefined;
    if (state) return state;
    // A closure reads its enclosing function's variable: the enclosing function's parameters in it are one scope further out.
    if (this.parent && !this.isLocal(path)) {
      const inherited = this.parent.variableTaints(path).map((t) => (t.origin === 'param' ? { ...t, capturedDepth: (t.capturedDepth ?? 0) + 1 } : t.steerParams ? { ...t, steerDepth: (t.steerDepth ?? 0) + 1 } : t));
      return inherited.length || path !== root ? inherited : this.capturedParameter(root);
    }
    // The module's own list, read anywhere: what request handlers added to it.
    if (!this.parent && (path === root || this.context.sharedAdditions.has(path))) return (this.context.sharedAdditions.get(path) ?? []).flatMap((value) => this.context.sharedTaints.get(value) ?? []);
    return [];
  }

  /** What this function sends over a WebSocket: someone else's text or model output (the person's own text is theirs). */
  private webSocketSends(): Taint[] {
    const sent: Taint[] = [];
    for (const call of this.scope.calls) {
      if (WEBSOCKET_SEND.test(call.callee ?? '') && call.args?.[0]) mergeTaints(sent, this.taints(call.args[0]).filter((taint) => taint.origin === 'third-party'));
    }
    return sent;
  }

  /**
   * In a WebSocket's message handler (`socket.onmessage = (event) => …`, `socket.addEventListener("message", …)`, a
   * named handler set so) of a socket made with `new WebSocket(…)` where it is held — or handed to the function that
   * sets the handler, in a file that makes one —, what the app's own socket server sends: `event.data`.
   */
  private webSocketMessage(): Taint[] | undefined {
    if (this.webSocketMessageRead !== undefined) return this.webSocketMessageRead ?? undefined;
    this.webSocketMessageRead = null;
    const found = this.socketHandled();
    if (!found) return undefined;
    const { socket, setter } = found;
    // (The socket is made where it is held: the function that sets the handler, one around it, or the module — `let
    // socket;` set in `connect()`.)
    const holders: ScopeFlow[] = [];
    for (let flow: ScopeFlow | undefined = setter; flow; flow = flow.parent) holders.push(flow);
    const top = this.context.flows.get(this.context.model.scopes[0]);
    if (top) holders.push(top);
    const made = holders.flatMap((flow) => flow.writesTo(socket).map((write) => flow.resolve(write.value))).find((value) => value.kind === 'call' && WEBSOCKET_CONSTRUCTOR.test(value.callee ?? ''));
    // (…or handed to the function that sets its handlers, `addWebSocketHandlers(ws)`, in a file that makes one.)
    const given = !made && holders.some((flow) => flow.scope.params.includes(socket) && !flow.writesTo(socket).length) && WEBSOCKET_MADE.test(this.context.lines.text);
    if (!made && !given) return undefined;
    const at = made ?? this.scope;
    const out: Taint[] = [];
    for (const sender of this.context.lookup?.webSocketSenders() ?? []) {
      const step = this.context.location(at.start, at.end, `What the app's WebSocket server sends (${sender.name}() in ${sender.file}), read from this socket.`);
      mergeTaints(out, (sender.sendsOverWebSocket ?? []).map((taint) => ({ ...taint, steps: [...taint.steps, step] })));
    }
    this.webSocketMessageRead = out;
    return out;
  }

  /**
   * The socket whose message handler this function is, and the function that set it: `socket.onmessage = (event) => …`
   * or `socket.addEventListener("message", (event) => …)` written there, or this function named there
   * (`socket.onmessage = handleMessage`).
   */
  private socketHandled(): { socket: string; setter: ScopeFlow } | undefined {
    const handles = (value: Expr | undefined) => !!value && ((value.start <= this.scope.start && this.scope.end <= value.end) || (value.kind === 'name' && value.text === this.scope.name));
    // (The function around it first; a handler named elsewhere, in any function of the file.)
    const setters = [...new Set([...(this.parent ? [this.parent] : []), ...this.context.flows.values()])];
    for (const setter of setters) {
      const write = setter.scope.propertyWrites.find((w) => w.key === 'onmessage' && handles(w.value));
      if (write) return { socket: write.target.replace(/\.onmessage$/, ''), setter };
      const listen = setter.scope.calls.find((call) => /\.addEventListener$/.test(call.callee ?? '') && call.args?.[0]?.literal === 'message' && handles(call.args[1]));
      const socket = listen && receiverOf(listen)?.text;
      if (socket) return { socket, setter };
    }
    return undefined;
  }

  private webSocketMessageRead?: Taint[] | null;

  /**
   * `found.extend(results)` in a function written inside this one (a tool that keeps what it returned, `found = []`
   * here), or `contents += doc.pageContent` in a callback (`docs.map((doc) => { contents += … })`): what those functions
   * put into this function's list or text, from outside only (their parameters are not this function's).
   */
  private closureAdditions(name: string): Taint[] {
    if (!/^[A-Za-z_$][\w$]*$/.test(name) || !this.isLocal(name)) return [];
    // (Asked on every read of a local name: the functions written inside this one are found once.)
    this.innerFlows ??= [...this.context.flows.values()].filter((flow) => flow.parent === this && (flow.added.size > 0 || flow.growsOuterNames()));
    const out: Taint[] = [];
    for (const flow of this.innerFlows) {
      const values = flow.isLocal(name) ? flow.outerGrowth(name) : (flow.added.get(name) ?? []).map(({ value }) => value);
      for (const value of values) mergeTaints(out, flow.taints(value).filter((taint) => taint.origin !== 'param'));
    }
    return out;
  }

  /**
   * What this function adds with `+=` to a name it never declares (every write of it adds): the variable of the function
   * it is written in (JavaScript's closures; Python's `nonlocal`, without which such code does not run).
   */
  outerGrowth(name: string): Expr[] {
    const writes = this.writes.get(name) ?? [];
    if (!writes.length || this.scope.params.includes(name) || !writes.every((write) => write.liveUntil === undefined && this.isAugmented(write))) return [];
    return writes.map((write) => write.value);
  }

  /** Whether some name of this function is only ever added to with `+=` (`outerGrowth`). */
  growsOuterNames(): boolean {
    return [...this.writes.keys()].some((name) => this.outerGrowth(name).length > 0);
  }

  private innerFlows?: ScopeFlow[];

  /**
   * `result["audio_path"]` (or `result.audio_path`) of `result = process_query(…)`, whose every return is a dict literal:
   * what that key holds, not all of the dict; undefined when a write to `result` says otherwise.
   */
  private returnedDictKey(path: string, at: number): Taint[] | undefined {
    const read = /^([\w$]+)\.([\w$]+)/.exec(path);
    if (!read || !this.isLocal(read[1])) return undefined;
    const reaching = (this.writes.get(read[1]) ?? []).filter((write) => this.reaches(write, at) && !write.loop && !write.comprehension && write.property === undefined);
    if (!reaching.length) return undefined;
    const out: Taint[] = [];
    for (const write of reaching) {
      const held = this.keyOfReturnedDict(write.value, read[2]);
      if (!held) return undefined;
      mergeTaints(out, held);
    }
    return out;
  }

  /**
   * What one key holds of the dict a call returns (`asyncio.run(process_query(…))["audio_path"]`), when every function
   * the call may run returns dict literals; undefined otherwise.
   */
  private keyOfReturnedDict(value: Expr, key: string): Taint[] | undefined {
    let call = value;
    // `await f(…)`, `asyncio.run(f(…))`, `loop.run_until_complete(f(…))`: what `f` returns.
    for (let hops = 0; hops < 3; hops++) {
      if (call.kind === 'other' && /^await\b/.test(call.text) && call.children.length === 1) call = call.children[0];
      else if (call.kind === 'call' && /(^|\.)(run|run_until_complete)$/.test(call.callee ?? '') && /^(asyncio|loop|\w*_loop)\./.test(call.callee ?? '') && call.args?.[0]?.kind === 'call') call = call.args[0];
      else break;
    }
    if (call.kind !== 'call') return undefined;
    // (A call the source catalogue names — `retrieveContext(…)`, a retrieval helper by its name — is that source, whole.)
    if (this.matchSource(`${(call.callee ?? '').replace(/^new /, '')}()`, call)) return undefined;
    // `record = StoredGame(id=_game_id(title), title=title, …)` then `record.id`: a Python record (a dataclass, a pydantic
    // model) made with keywords holds each under its name.
    const className = (call.callee ?? '').split('.').pop() ?? '';
    if (this.context.model.language === 'python' && /^[A-Z]/.test(className) && !call.args?.length && call.keywordArgs && Object.hasOwn(call.keywordArgs, key)) return this.taints(call.keywordArgs[key]);
    const summaries = this.context.summariesFor(call, this.scope, this.resolve);
    if (!summaries.length || summaries.some((summary) => !summary.returnsByKey)) return undefined;
    const out: Taint[] = [];
    // (A key none of them writes in its literal may be set some other way: all of the dict, as before.)
    if (!summaries.some((summary) => Object.hasOwn(summary.returnsByKey!, key))) return undefined;
    for (const summary of summaries) {
      const entry = Object.hasOwn(summary.returnsByKey!, key) ? summary.returnsByKey![key] : undefined;
      if (!entry) continue;
      const step = this.context.location(call.start, call.end, `Through ${summary.name}() (${summary.file}), its result's "${key}".`);
      for (const taint of entry.taints) mergeTaints(out, [{ ...(taint.steerParams ? this.steerByArguments(call, summary, taint) : taint), steps: [...taint.steps, step] }]);
      for (const index of entry.params) {
        const arg = this.argument(call, index, summary);
        if (arg) mergeTaints(out, this.taints(arg).map((t) => ({ ...t, steps: [...t.steps, step] })));
      }
    }
    return out;
  }

  /** The argument a call passes for a parameter, or for one property of it (`{ document }` for `({ document }) =>`). */
  private argument(call: Expr, index: number, summary?: FunctionSummary, key?: string): Expr | undefined {
    const name = summary?.params[index];
    // (`method(**tool_input)`: a dict of keywords the code does not spell out gives every parameter not given otherwise.)
    const splat = call.args?.find((given) => given.keywordSplat);
    const positional = call.args?.[index]?.keywordSplat ? undefined : call.args?.[index];
    const arg =
      index === RECEIVER ? (summary?.className ? receiverOf(call) : undefined) : summary?.requestHandler && index === 0 ? this.requestBody(call) : positional ?? (name && call.keywordArgs && Object.hasOwn(call.keywordArgs, name) ? call.keywordArgs[name] : splat);
    if (!arg || key === undefined) return arg;
    const value = this.resolve(arg);
    if (index === RECEIVER) {
      // The object a method runs on, made here with named fields (`Prompt(header=…, convo=…)`): that field's value;
      // an object held in a name (`self`, `prompt`): that field of it, read like any attribute.
      if (value.kind === 'call' && Object.keys(value.keywordArgs ?? {}).length) return Object.hasOwn(value.keywordArgs!, key) ? value.keywordArgs![key] : undefined;
      if (arg.kind === 'name' || arg.kind === 'member') return this.fieldOf(arg, key);
      return arg;
    }
    // Own properties only: a key such as `constructor` is no property an object literal wrote.
    if (value.kind !== 'object') return arg;
    if (value.properties && Object.hasOwn(value.properties, key)) return value.properties[key];
    // `research_results = {}` filled key by key before the call (`research_results["history"] = …`): that key as read.
    return arg.kind === 'name' && value !== arg && this.writes.has(`${arg.text}.${key}`) ? this.fieldOf(arg, key) : undefined;
  }

  /** What a function passed as an argument returns, with the flow of the function that returns it (written inline, or a function of this file by name). */
  private returnsWhenCalled(arg: Expr): [Expr, ScopeFlow][] {
    const inline = this.context.scopeAt(arg);
    const named = inline ? undefined : arg.kind === 'name' ? this.context.functionNamed(arg.text, this.scope) : undefined;
    const scope = inline ?? named?.[0];
    const flow = scope && this.context.flows.get(scope);
    return scope && flow ? (scope.returns ?? []).map((returned) => [returned, flow] as [Expr, ScopeFlow]) : [];
  }

  private readonly fields = new Map<string, Expr>();

  /** `self.header` as an expression of its own, made once per object and field (its taints are memoised by it). */
  private fieldOf(object: Expr, key: string): Expr {
    const id = `${object.start}:${object.text}.${key}`;
    let field = this.fields.get(id);
    if (!field) {
      field = makeExpr('member', object.start, object.end, `${object.text}.${key}`);
      field.children.push(object);
      this.fields.set(id, field);
    }
    return field;
  }

  // ---- sinks -------------------------------------------------------------------------------------------------

  /**
   * A database handle opened read-only where it is built: its value, or a value it is built from (two names deep:
   * `db = SQLDatabase(create_engine("sqlite:///", creator=creator))` with `creator` connecting `?mode=ro`), says so.
   */
  private opensReadOnly(handle: Expr | undefined, depth = 2): boolean {
    if (!handle) return false;
    const value = this.resolve(handle);
    if (READ_ONLY_DATABASE.test(value.text)) return true;
    if (depth === 0) return false;
    const parts = [...(value.args ?? []), ...Object.values(value.keywordArgs ?? {})];
    return parts.some((part) => (part.kind === 'name' || part.kind === 'call' || part.kind === 'member') && this.opensReadOnly(part, depth - 1));
  }

  /** The folder a file backend is given is the app's own (made from `__file__`, or the working directory), or unconfined. */
  private rootsInAppFolder(call: Expr, root: NonNullable<SinkRow['appFolderRoot']>): boolean {
    if (/^False$/.test(call.keywordArgs?.[root.unconfined]?.text ?? '')) return true;
    const given = call.args?.[root.argument] ?? call.keywordArgs?.[root.keyword];
    if (!given) return true;
    const resolved = this.resolve(given);
    // (A module constant, `EXAMPLE_DIR = Path(__file__).parent`, read in a function.)
    const folder = resolved.kind === 'name' ? this.context.assignedValue(resolved.text, this.scope) ?? resolved : resolved;
    // (The code as written: an expression's text leaves out its calls' arguments, `Path().parent`.)
    return /__file__|\bgetcwd\(|\.cwd\(\)|^[rR]?["']\.\/?["']$/.test(this.context.lines.text.slice(folder.start, folder.end));
  }

  findSinks(): void {
    const agentRows = new Set<string>();
    for (const call of this.scope.calls) {
      const callee = call.callee ?? '';
      // (A model call is no sink — but an agent it builds may run what its model writes: `Agent(tools=[http_request])`.)
      const modelCall = !!this.context.llmApi(call, this.resolve, this.scope);
      // `async with AsyncClient() as client: client.get(url)`: matched as `AsyncClient.get` too.
      const aliases = this.calleeAliases(call);
      // (A method of an object of the app's own class is judged by its code, below, not by a library row's look-alike.)
      // (…and so is a plain call of a function the file defines: `fetch(query)` of its own `async def fetch`.)
      const appObject = this.context.callsHeldObjectMethod(callee, this.scope) || this.context.callsParameterOfOwnClass(callee, this.scope) || (/^\w+$/.test(callee) && !!this.context.ownFunctionCalled(callee, this.scope));
      for (const row of appObject ? [] : SINKS) {
        if ((modelCall && !row.runsModelOutput) || !this.callMatches(row, call, aliases)) continue;
        if (row.receiverModule && !this.context.model.importBindings.some((b) => b.local === pathRoot(callee, '.') && b.imported === '*' && row.receiverModule!.test(b.module))) continue;
        if (row.fileImports && !this.context.importsModule(row.fileImports)) continue;
        if (row.keyword && !row.keyword.value.test(call.keywordArgs?.[row.keyword.name]?.text ?? '')) continue;
        if (row.unlessKeyword && row.unlessKeyword.value.test(call.keywordArgs?.[row.unlessKeyword.name]?.text ?? '')) continue;
        if (row.unlessReceiverReadOnly && this.opensReadOnly(receiverOf(call))) continue;
        if (row.argsText && !row.argsText.test(this.context.argumentsText(call, this.scope))) continue;
        if (row.fileText && !row.fileText.test(this.context.lines.text)) continue;
        if (row.runsModelOutput) {
          // The app's own `PythonREPLTool` class is no library's: its code is analysed like any other.
          if (this.context.definedByTheApp(callee.replace(/^new /, '').split('.').pop()!)) continue;
          if (row.unlessReadOnly && this.opensReadOnly(call.args?.[row.unlessReadOnly.argument] ?? call.keywordArgs?.[row.unlessReadOnly.keyword])) continue;
          if (row.appFolderRoot && !this.rootsInAppFolder(call, row.appFolderRoot)) continue;
          // A toolkit and the agent built from it are one risk: the first call of the two is reported.
          if (agentRows.has(row.id) && !row.eachCall) continue;
          agentRows.add(row.id);
          const step = this.context.location(call.start, call.end, 'The agent or chain built here runs what its model writes.');
          this.reportSink(call, row.kind, row.what, [{ origin: 'third-party', label: 'model output', modelOutput: true, steps: [step] }], []);
          continue;
        }
        if (row.handler) {
          this.checkToolHandler(row, call);
          continue;
        }
        // (`client.stream("GET", url)`, `session.request("POST", url)`: the method first, then the URL.)
        const at = row.kind === 'url' && row.argument === 0 && HTTP_METHOD_LITERAL.test(call.args?.[0]?.text ?? '') ? 1 : row.argument;
        const receiver = row.receiverPath ? receiverOf(call) : undefined;
        let args = row.receiverPath ? (receiver ? [receiver] : []) : row.argv ? this.programArguments(call) : row.argvList ? this.argumentListProgram(call) : at === undefined ? [...(call.args ?? [])] : (call.args ?? []).slice(at, at + 1);
        if (row.argvOf) args = row.argvList ? this.argumentListOf(call, row.argvOf) : this.programList(call, row.argvOf);
        if (row.endOfOptions) args = this.possibleOptions(args);
        for (const name of row.keywords ?? []) if (call.keywordArgs?.[name] && !args.includes(call.keywordArgs[name])) args.push(call.keywordArgs[name]);
        // (`Image.open(BytesIO(png))`: bytes in memory, no path.)
        if (row.kind === 'path') args = args.filter((arg) => !IN_MEMORY_FILE.test(this.resolve(arg).callee ?? ''));
        for (const arg of args) this.checkSink(row, arg, call);
      }
      if (modelCall) continue;
      if (TEMPLATE_RENDER.test(callee)) this.checkTemplateRender(call);
      this.pipelineFlow(call, true);
      if (this.runsCommand(call, aliases)) this.writtenFileRun(call);
      else this.commandHandedOn(call);
      // A helper whose parameter reaches a sink, here or in another file: one finding per argument and kind, naming
      // each of the helper's sinks (two shell commands are two to mend). A call that may run one of several functions
      // (the type unknown) names the first one's; one that runs the function of a table the model picks from, all.
      const called = this.calledFunctions(call);
      const oneFunction = this.context.dispatchCalls.has(call) || new Set(called.map(([summary]) => `${summary.file}\0${summary.className}\0${summary.name}`)).size === 1;
      const byArgument = new Map<string, { arg: Expr; summary: FunctionSummary; sink: ParamSink; places: RelatedLocation[] }>();
      const delegated = this.context.delegatedCalls.get(call);
      for (const [summary, argument] of called) {
        for (const sink of summary.paramSinks) {
          if (sink.index === delegated) continue; // reported in the tools' code
          const arg = argument(sink.index, sink.key);
          if (!arg) continue;
          const group = byArgument.get(`${arg.start}:${sink.kind}`);
          if (!group) byArgument.set(`${arg.start}:${sink.kind}`, { arg, summary, sink, places: [...sinkPlaces(sink)] });
          else if (oneFunction) addPlaces(group.places, sinkPlaces(sink));
        }
      }
      for (const { arg, summary, sink, places } of byArgument.values()) {
        // A helper that fetches the URL it is given, given one on a host the app chose (`${this.baseUrl}${endpoint}`).
        if (sink.kind === 'url' && this.hostIsFixedInEveryValue(arg)) continue;
        const more = places.filter((place) => !sink.steps.some((step) => placeOf(step) === placeOf(place)));
        this.reportSink(arg, sink.kind, sink.what, this.taints(arg), [this.passedTo(call, summary), ...sink.steps, ...more], places);
      }
    }
    for (const write of this.scope.propertyWrites) {
      const row = SINKS.find((candidate) => candidate.property?.test(write.key));
      if (!row) continue;
      const value = write.value.kind === 'object' ? write.value.properties?.__html ?? write.value : write.value;
      this.reportSink(write.value, row.kind, row.what, this.taints(value), []);
    }
  }

  /** `render_template("result.html", result=answer)` of a template that writes `{{ result.analysis|safe }}`: HTML, unescaped. */
  private checkTemplateRender(call: Expr): void {
    const loaded = /\.render$/.test(call.callee ?? '') ? receiverOf(call) : undefined;
    const named = [...(loaded?.kind === 'call' ? loaded.args ?? [] : []), ...(call.args ?? []), call.keywordArgs?.name, call.keywordArgs?.template_name];
    const name = named.map((arg) => (arg ? this.resolve(arg).literal : undefined)).find((literal) => literal !== undefined && TEMPLATE_FILE.test(literal));
    const unescaped = name ? this.context.lookup?.templateFile(this.context.file, name) : undefined;
    if (!unescaped?.length) return;
    // What it is given: keywords (`result=answer`), and the context dict (`{"result": answer}`, `context={…}`).
    const given = Object.entries(call.keywordArgs ?? {});
    for (const arg of [...(call.args ?? []), call.keywordArgs?.context]) {
      const value = arg && this.resolve(arg);
      if (value?.kind === 'object') given.push(...Object.entries(value.properties ?? {}));
    }
    for (const [key, value] of given) if (unescaped.includes(key)) this.reportSink(value, 'html', `${TEMPLATE_SINK_WHAT} in ${name}`, this.taints(value), []);
  }

  /**
   * `ShellTool(executor=ShellExecutor())` (`SinkRow.handler`): the sinks the handler's methods reach with the model's
   * actions, here or in the file that defines its class, reported at this call unless a person approves each action.
   */
  private checkToolHandler(row: SinkRow, call: Expr): void {
    const { keys, methods, approval } = row.handler!;
    const options = call.args?.find((arg) => arg.kind === 'object'); // shellTool({ shell, needsApproval })
    const given = (key: string) => call.keywordArgs?.[key] ?? options?.properties?.[key];
    if (approval.some((key) => { const value = given(key); return value !== undefined && !/^(False|false|None|null|undefined)$/.test(this.resolve(value).text); })) return;
    for (const key of keys) {
      const value = given(key);
      if (!value) continue;
      const made = constructedClass(this.resolve(value));
      for (const summary of made ? methods.flatMap((method) => this.context.classMethods(made, method)) : []) {
        for (const sink of summary.paramSinks) {
          const step = this.context.location(call.start, call.end, `The tool made here hands the model's actions to ${summary.className ? `${summary.className}.` : ''}${summary.name}() (${summary.file}), with no approval.`);
          this.reportSink(call, sink.kind, sink.what, [{ origin: 'third-party', label: 'model output', modelOutput: true, steps: [step] }], [...sink.steps]);
        }
      }
    }
  }

  /**
   * What a program run with an argument list executes: the program itself; its arguments too when it is a shell or
   * interpreter (`spawn('bash', ['-c', text])`) or the options ask for a shell (`{ shell: true }`).
   */
  private programArguments(call: Expr): Expr[] {
    const [program, ...rest] = call.args ?? [];
    if (!program) return [];
    const name = this.resolve(program).literal;
    const options = rest.find((arg) => arg.kind === 'object');
    const shell = options?.properties?.shell;
    const asShell = (name !== undefined && INTERPRETER.test(name)) || (shell !== undefined && this.resolve(shell).text !== 'false');
    return asShell ? [program, ...rest] : [program];
  }

  /**
   * What `subprocess.run(…)` executes (`SinkRow.argvList`): of an argument list written out (`["open", "-a", name]`),
   * the program — every item when it is a shell or interpreter (`["bash", "-c", cmd]`) or `shell=True` is set; a
   * command given whole (a string, `shlex.split(cmd)`), all of it.
   */
  private argumentListProgram(call: Expr): Expr[] {
    const first = call.args?.[0] ?? call.keywordArgs?.args;
    if (!first) return [];
    const shell = call.keywordArgs?.shell;
    const list = this.resolve(first);
    if ((shell !== undefined && this.resolve(shell).text !== 'False') || list.kind !== 'array') return [first];
    const [program, ...rest] = list.elements ?? [];
    if (!program) return [];
    const name = this.resolve(program).literal;
    return name !== undefined && INTERPRETER.test(name) ? [program, ...rest] : [program];
  }

  /** The arguments of a program run from an argument list (`subprocess.run(["git", "checkout", branch])`), when it is that one. */
  private argumentListOf(call: Expr, program: RegExp): Expr[] {
    const first = call.args?.[0] ?? call.keywordArgs?.args;
    const list = first && this.resolve(first);
    if (list?.kind !== 'array' || call.keywordArgs?.shell) return [];
    const [name, ...rest] = list.elements ?? [];
    return name && program.test(this.resolve(name).literal ?? '') ? rest : [];
  }

  /** The argument list of a program run without a shell (`execFile('git', [...])`), when the program is that one. */
  private programList(call: Expr, program: RegExp): Expr[] {
    const [name, list] = call.args ?? [];
    if (!name || !list || !program.test(this.resolve(name).literal ?? '')) return [];
    const items = this.resolve(list);
    return items.kind === 'array' ? items.elements ?? [] : [];
  }

  /**
   * The arguments of a command line that could be read as options: none after a literal `--` (`repo.git.diff('--',
   * target)`: paths and revisions from there on), none right after an option that takes a value (`'--since', ts`,
   * `'-m', message`), and of a spread list (`*args`) only what a list written out in place shows.
   */
  private possibleOptions(args: readonly Expr[]): Expr[] {
    const items: Expr[] = [];
    for (const arg of args) {
      const spread = arg.spread ? arg : /^\.\.\./.test(arg.text) ? arg.children[0] : undefined;
      if (!spread) { items.push(arg); continue; }
      const list = this.resolve(spread);
      if (list.kind === 'array') items.push(...(list.elements ?? []));
    }
    const possible: Expr[] = [];
    for (const [index, item] of items.entries()) {
      const literal = this.resolve(item).literal;
      if (literal === '--') break;
      const previous = index > 0 ? this.resolve(items[index - 1]) : undefined;
      if (previous?.kind === 'string' && /^-/.test(previous.literal ?? '') && !previous.literal!.includes('=')) continue;
      possible.push(item);
    }
    return possible;
  }

  private checkSink(row: SinkRow, arg: Expr, call: Expr): void {
    const value = this.resolve(arg);
    const sinkStep = this.context.location(call.start, call.end, `It reaches ${row.what} here.`);
    if (row.builtText) {
      // (…or grown with `+=`: `query = "SELECT * FROM logs WHERE 1=1"`, then `query += f" AND year='{year}'"`.)
      const built = value.kind === 'template' ? { literal: value.literal ?? '', parts: value.parts ?? [] } : this.grownTemplate(arg);
      if (!built || !row.builtText.test(built.literal)) return;
      const tainted = built.parts.map((part) => this.taints(part)).flat();
      this.reportSink(arg, row.kind, row.what, tainted, [sinkStep]);
      return;
    }
    if (row.wholeValue && value.kind === 'template') return; // built text is the sql-string row's
    // (`let url = args.url; if (!url) url = \`http://localhost:3000/${path}\``: every value the name may hold.)
    if (row.kind === 'url' && this.hostIsFixedInEveryValue(arg)) return;
    this.reportSink(arg, row.kind, row.what, this.taints(arg), [sinkStep]);
  }

  /** `hostIsFixed` for every value the argument may hold (`let url = args.url; if (!url) url = \`http://localhost…\``). */
  private hostIsFixedInEveryValue(arg: Expr): boolean {
    // (`url = state["url"]; if not url.startswith("https"): url = HOST + url`: both values reach the call.)
    if (arg.kind === 'name') {
      // (`url += `?ref=${branch}``: what is added goes after the host the earlier value set.)
      const reaching = this.reachingWrites(arg.text, arg.start).filter((write) => !this.isAugmented(write));
      if (reaching.length > 1) return reaching.every((write) => this.hostIsFixed(this.resolve(write.value)));
      if (reaching.length === 1) return this.hostIsFixed(this.resolve(reaching[0].value));
    }
    const values = this.branches(arg);
    return values.length ? values.every((held) => this.hostIsFixed(this.resolve(held))) : this.hostIsFixed(this.resolve(arg));
  }

  /**
   * A URL whose scheme and host the model cannot choose: it starts with a literal host or a relative path
   * (`https://api.example.com/${id}`, `/api/${id}`), or with a base that is not model output (`tool.url + path`).
   * The model then picks a path on a server the app chose, not where the request goes.
   */
  private hostIsFixed(value: Expr, depth = 0): boolean {
    if (depth > 3) return false;
    // `organization ? `https://api.github.com/…?organization=${organization}` : `https://api.github.com/…``: each value.
    if (value.choice) return value.children.length > 0 && value.children.every((branch) => this.hostIsFixed(this.resolve(branch), depth + 1));
    // `url.toString()` of `new URL(`https://api.github.com/repos/${owner}/…`)` (given no base): the string's host.
    const made = urlMadeFrom(value, this.resolve, true);
    if (made !== value) return this.hostIsFixed(made, depth + 1);
    // `buildUrl("https://api.github.com/search/issues", params)`: a helper that adds query parameters to the URL it is given.
    if (value.kind === 'call' && URL_BUILDER.test(value.callee ?? '') && value.args?.[0]) return this.hostIsFixed(this.resolve(value.args[0]), depth + 1);
    // `urlopen(urllib.request.Request(f"https://api.github.com/repos/{repo}/releases", headers=…))`: the request's URL.
    if (value.kind === 'call' && REQUEST_OBJECT.test(value.callee ?? '') && value.args?.[0]) return this.hostIsFixed(this.resolve(value.args[0]), depth + 1);
    // `SEC_SUBMISSIONS_URL.format(cik=cik)` with `SEC_SUBMISSIONS_URL = "https://data.sec.gov/submissions/CIK{cik}.json"`:
    // the template's host.
    if (value.kind === 'call' && /\.format$/.test(value.callee ?? '')) {
      const template = receiverOf(value);
      const held = template && this.resolve(template);
      if (held && (held.kind === 'string' || held.kind === 'template')) return /^(https?:\/\/[^/{}\s]+|\/(?!\/))/i.test(held.literal ?? '');
    }
    // `base + path` with no literal part: the left operand decides the host.
    const left = value.kind === 'other' ? value.children[0] : undefined;
    if (left && left.start === value.start && /^\s*\+/.test(value.text.slice(left.end - value.start))) {
      return left.kind === 'template' || left.kind === 'other' ? this.hostIsFixed(this.resolve(left), depth + 1) : !this.taints(left).some((taint) => taint.modelOutput);
    }
    if (value.kind !== 'template') return false;
    const literal = value.literal ?? '';
    // (`f"google: {query}"`: text before the value that is no scheme — the model cannot make it a URL of its choosing.)
    if (!literal.startsWith('{}')) return /^(https?:\/\/[^/{}\s]+|\/(?!\/))/i.test(literal) || /^[^{}:/]*[^{}:/\s][^{}/]*?:\s+\{\}/.test(literal);
    const base = value.parts?.[0];
    return !!base && !this.taints(base).some((taint) => taint.modelOutput);
  }

  /** `places`: the helper's sinks the value reaches, when it is passed to one (see SinkFlow.places). */
  private reportSink(at: Expr, kind: SinkKind, what: string, reaching: Taint[], through: RelatedLocation[], places?: RelatedLocation[]): void {
    const taints = reaching.filter((t) => !t.sanitizedFor?.includes(kind));
    const output = taints.find((t) => t.modelOutput);
    if (output) {
      if (!this.context.sinks.some((s) => s.at.start === at.start && s.kind === kind)) {
        this.context.sinks.push({ at, kind, what, advice: SINK_ADVICE[kind], taint: output, through, places });
      }
      const origin = output.steps[0];
      if (origin && origin.file === this.context.file) this.context.sinkedCalls.add(this.context.lines.offsetAt(origin.range.start));
      else if (origin) this.context.factsForOtherFiles.add(`${origin.file}\0${origin.range.start.line}:${origin.range.start.character}`);
    }
    for (const taint of taints) {
      if (taint.origin !== 'param' || taint.paramIndex === undefined) continue;
      const owner = this.ownerOf(taint);
      if (!owner) continue;
      const name = taint.paramKey ?? (taint.paramIndex === RECEIVER ? taint.label : owner.scope.positional?.[taint.paramIndex]) ?? taint.paramIndex;
      owner.paramSinks.push({ index: taint.paramIndex, key: taint.paramKey, kind, what, steps: [this.context.location(at.start, at.end, `Parameter ${name} reaches ${what} here.`), ...through.slice(1)], places });
    }
  }

  /** `path` read in a closure from an enclosing function's parameter list: that parameter, so many scopes out. */
  private capturedParameter(name: string): Taint[] {
    let depth = 1;
    for (let flow = this.parent; flow; flow = flow.parent, depth++) {
      const index = flow.scope.positional?.indexOf(name) ?? -1;
      if (index >= 0 && !flow.assigned.has(name) && !flow.callbackRows.length) return [{ origin: 'param', label: `parameter ${name}`, paramIndex: index, capturedDepth: depth, steps: [] }];
      if (flow.isLocal(name)) return [];
    }
    return [];
  }

  /** The function whose parameter a taint is: this one, or an enclosing one a closure reads it from. */
  private ownerOf(taint: Taint): ScopeFlow | undefined {
    let owner: ScopeFlow | undefined = this;
    for (let depth = taint.capturedDepth ?? 0; depth > 0 && owner; depth--) owner = owner.parent;
    return owner;
  }

  /** The scope checks a value against a list somewhere (Assignment.checkedFrom): reads may be cleared by it. */
  private checks = false;
  private readonly paramSinks: ParamSink[] = [];
  private readonly paramPrompts: ParamPrompt[] = [];

  // ---- prompts -----------------------------------------------------------------------------------------------

  /** Set while the prompts of a call whose only tools read public pages are added (see `PromptFlow.publicReaders`). */
  private publicReaders = false;
  /** Unset while a tool's answer is added whose records were judged at another tool's (see the tools/call handler). */
  private recordsJudged = true;
  /** What the helper's prompt this call's argument goes on to already reports of someone else's text (`ParamPrompt.reportsThirdParty`). */
  private helperReportsThirdParty: readonly string[] = [];
  /** Set while the prompts of a call run by an agent this function is given are added (see `ParamPrompt.agentParam`). */
  private agentParam: number | undefined;

  /**
   * The parameter holding the agent a call runs (`agent.run(prompt)`, `Runner.run(agent, prompt)` with `agent` a
   * parameter never reassigned), when nothing else at the call gives it power (tools written there, a sink).
   */
  private agentParameter(call: Expr, row: LlmApiRow): number | undefined {
    const agent = row.firstArgument === 'agent' ? call.args?.[0] : receiverOf(call);
    if (agent?.kind !== 'name' || this.assigned.has(agent.text) || this.context.sinkedCalls.has(call.start) || Object.keys(call.keywordArgs ?? {}).some((key) => TOOL_KEYS.has(key))) return undefined;
    const index = this.scope.positional?.indexOf(agent.text) ?? -1;
    return index >= 0 ? index : undefined;
  }

  /** Whether the agent a call passes for `agentParam` can act, and whether its only tools read public pages. */
  private agentPassed(call: Expr, summary: FunctionSummary, index: number): { powerful: boolean; publicReaders: boolean } | undefined {
    const arg = this.argument(call, index, summary);
    const agent = arg && this.resolveBuilt(arg);
    if (!isAgentInSight(agent)) return undefined;
    const powerful = agentHasTools(agent);
    return { powerful, publicReaders: powerful && this.context.toolsReadPublicPagesOnly(agent) };
  }

  findPrompts(): void {
    // Google ADK: an agent's instruction set in code (`callback_context._invocation_context.agent.instruction = …` in a
    // before-agent callback) is its system instruction; the agents it runs for have tools, as ADK's agents mostly do.
    if (this.context.usesAdk()) {
      for (const write of this.scope.assignments) if (write.checkedFrom === undefined && ADK_INSTRUCTION_WRITE.test(write.target)) this.addPrompt(write.value, 'system', true, []);
    }
    // An MCP server's prompt (`@server.get_prompt()`, `@mcp.prompt()`, `server.registerPrompt(…, handler)`): what it
    // returns is the conversation the client's model is given, as messages of their own.
    if (this.isMcpPromptHandler()) {
      for (const returned of this.scope.returns ?? []) this.addPrompt(returned, 'own-message', false, []);
    }
    // A tool's return value goes back to the model as a tool message, in a loop that has tools: someone else's text
    // it returns (a page it fetched, rows it read) is judged like any prompt text; the model's own arguments are not.
    if (this.isToolHandler() && !this.scope.toolEndsRun) {
      const results: Expr[] = [];
      for (const returned of this.scope.returns ?? []) {
        // `Command(update={"nodes": …, "messages": [ToolMessage(…)]})`: the state's other channels are kept, not shown
        // to the model; only the messages it adds go back.
        const update = commandUpdate(this.resolve(returned), this.resolve);
        if (update?.kind === 'object') {
          const messages = update.properties?.messages;
          if (messages) results.push(this.taintedLeaf(messages));
          continue;
        }
        results.push(this.taintedLeaf(returned));
      }
      // A tool that answers each of its actions with someone else's text (a browser tool's page text, its screenshots,
      // the DOM tree) is one risk: reported once, at its first such return, with the others beside it.
      // (A return that also holds a key stays a finding of its own: the secret rule reads it.)
      const othersText = (result: Expr) => {
        const taints = this.taints(result);
        return taints.some((taint) => taint.origin === 'third-party' && !taint.modelOutput) && !taints.some((taint) => taint.origin === 'credential');
      };
      // A handler that dispatches on the tool's name (`case "get_issue":`, `if name == "read_query":`) serves several tools:
      // each is a risk of its own, reported at its first such return — but a tool named for a write (`create_issue`,
      // `slack_post_message`) answers with what it just wrote, the model's own text. (An answer read by name with no
      // such dispatch, a browser tool's actions, stays one risk.)
      // (…and so is a tool registered under such a name, `server.tool("write_query", …)`, `@mcp.tool() def create_table`.)
      const registered = this.registeredToolName();
      const toolOf = new Map(results.map((result) => [result, this.dispatchedTool(result.start) ?? registered]));
      const grouped = results.filter((result) => othersText(result) && !WRITE_TOOL.test(toolOf.get(result) ?? ''));
      const groups = new Map<string | undefined, Expr[]>();
      for (const result of grouped) groups.set(toolOf.get(result), [...(groups.get(toolOf.get(result)) ?? []), result]);
      const firsts = [...groups.values()].map((group) => group[0]);
      for (const result of results) {
        if (othersText(result) && !firsts.includes(result)) continue;
        const group = groups.get(toolOf.get(result)) ?? [];
        const more = result === group[0] ? group.slice(1).map((other) => this.context.location(other.start, other.end, 'Someone else\'s text is also returned to the model here.')) : [];
        // (Whole records are judged once per handler, at the first tool's answer: API objects serialised by every tool
        // are one way of answering, not one record each.)
        this.recordsJudged = result === firsts[0] || !firsts.includes(result);
        this.addPrompt(result, 'own-message', true, more);
        this.recordsJudged = true;
      }
    }
    // A value kept in the Teams AI turn state that the planner's prompt renders (`conversation.workItems.push(item)`
    // with `{{$conversation.workItems}}` in its skprompt.txt): it is in that prompt on every later turn.
    const teams = this.context.teamsPrompt();
    if (teams) {
      const kept: [string, Expr][] = [...[...this.added].flatMap(([target, values]) => values.map(({ value }): [string, Expr] => [target, value])), ...this.sorted.filter((a) => a.checkedFrom === undefined).map((a): [string, Expr] => [a.target, a.value])];
      for (const [target, value] of kept) {
        const key = TEAMS_STATE_PATH.exec(target)?.[1];
        const destination = key && teams.slots[key];
        if (!destination) continue;
        const step = this.context.location(value.start, value.end, `Kept in the turn state (${key}); ${teams.file} puts it in the prompt ({{$${key}}}).`);
        this.addPrompt(value, destination, true, [step]);
      }
    }
    for (const call of this.scope.calls) {
      const row = this.context.llmApi(call, this.resolve, this.scope);
      // (A CrewAI task without tools of its own runs with its agent's: `Task(description=…, agent=researcher)`.)
      const namedAgent = row?.templateKeys && call.keywordArgs?.agent ? this.resolve(call.keywordArgs.agent) : undefined;
      const taskAgent = call.keywordArgs?.tools ? undefined : namedAgent;
      this.publicReaders = !!row && !this.context.sinkedCalls.has(call.start) && this.context.toolsReadPublicPagesOnly(row.template ? taskAgent ?? call : this.context.hasToolList(call) ? call : this.resolveBuilt(receiverOf(call) ?? call));
      this.agentParam = row && !row.template ? this.agentParameter(call, row) : undefined;
      if (row && !row.template) {
        const powerful = callHasTools(call, this.resolveBuilt) || this.context.sinkedCalls.has(call.start) || !!row.agentWithTools;
        const retrieved = [...this.defaultQaDocuments(call), ...this.receiverTextSent(call, row)];
        const documents = retrieved.filter((taint) => taint.origin !== 'param');
        if (documents.length && !this.context.prompts.some((p) => p.part === call)) {
          this.context.prompts.push({ part: call, destination: 'mixed', taints: documents, mitigated: false, powerful, through: [], noWrapFix: true, libraryPrompt: true });
        }
        // An index of documents the caller gives (`run_rag(question, docs)`): each caller's documents are judged there.
        for (const taint of retrieved.filter((t) => t.origin === 'param' && t.paramIndex !== undefined)) {
          const owner = this.ownerOf(taint);
          const here = this.context.location(call.start, call.end, `Parameter ${owner?.scope.positional?.[taint.paramIndex!] ?? taint.paramIndex}, indexed, goes into the query engine's instructions here.`);
          owner?.paramPrompts.push({ index: taint.paramIndex!, key: taint.paramKey, destination: 'mixed', mitigated: false, powerful, steps: [here, ...taint.steps] });
        }
        if (row.promptFile) {
          for (const [destination, expr] of this.promptFileInputs(call, row)) this.addPrompt(expr, destination, powerful, []);
          continue;
        }
        if (row.instructionInputs) {
          const inputs = call.keywordArgs?.[row.instructionInputs];
          for (const value of Object.values((inputs && this.resolve(inputs).properties) ?? {})) this.addPrompt(value, 'mixed', powerful, []);
          continue;
        }
        // `llm.structured_predict(Report, prompt, results=text)`: each keyword fills its `{slot}` of the template (in
        // another module, or held where its text cannot be read: mixed into its instruction text).
        if (row.keywordInputs) {
          for (const [key, value] of Object.entries(call.keywordArgs ?? {})) {
            if (!NOT_TEMPLATE_INPUTS.has(key)) this.addPrompt(value, this.context.templateSlots.get(key) ?? 'mixed', powerful, []);
          }
          continue;
        }
        // A decorated model function: its arguments fill its docstring's text; `.message(text)` (promptic's memory)
        // sends a message of its own.
        if (row.decorator) {
          const destination = /\.message$/.test(call.callee ?? '') ? 'own-message' : 'mixed';
          for (const arg of [...(call.args ?? []), ...Object.values(call.keywordArgs ?? {})]) this.addPrompt(arg, destination, powerful, []);
          continue;
        }
        const templateInputs = row.runnable ? this.templateInputs(call) : undefined;
        if (templateInputs) {
          for (const [destination, expr] of templateInputs) this.addPrompt(expr, destination, powerful, []);
          for (const part of inputMessageParts(call, this.resolve, this.additions, this.messageHelpers)) this.addPart(part.expr, part.role, part.history ?? false, powerful, [], part.toolMessage, part.lengthCut, part.image);
          continue;
        }
        const filled = this.promptValueInputs(call);
        if (filled) {
          for (const [destination, expr] of filled) this.addPrompt(expr, destination, powerful, []);
          continue;
        }
        for (const part of promptParts(call, row, this.resolve, this.additions, this.messageHelpers)) this.addPart(part.expr, part.role, part.history ?? false, powerful, [], part.toolMessage, part.lengthCut, part.image);
      } else if (row?.template) {
        // (A CrewAI task's description: the agent it names decides whether the task's run can act.)
        const powerful = !!row.templateKeys && (callHasTools(call, this.resolve) || (namedAgent?.kind === 'call' && callHasTools(namedAgent, this.resolve)));
        for (const part of promptParts(call, row, this.resolve)) {
          if (part.expr.kind === 'template') this.addPart(part.expr, part.role, false, powerful);
          // `Task(description=task_description)` in a helper: what each caller passes is the task's instructions.
          else if (row.templateKeys && part.expr.kind === 'name' && this.isParameter(part.expr.text)) this.addPrompt(part.expr, 'system', powerful, []);
          // `Task(description=config["description"].format(query=q, results=r))`: a task's text is instructions, read
          // or not (a YAML file's), and what fills its slots is mixed into them.
          else if (row.templateKeys && part.expr.kind === 'call') {
            const filled = this.filledTemplate(part.expr, 0, true);
            for (const value of filled?.values ?? []) this.addPrompt(value, 'mixed', powerful, [], false, part.expr, false, false, false, filled!.delimited && !filled!.undelimited?.has(value));
          }
        }
        if (row.id === ADK_AGENT_ROW_ID) this.adkStateSlots(call, powerful);
      }
      for (const [destination, expr] of this.chainInputs(call)) {
        if (!this.runsModel(expr)) this.addPrompt(expr, destination, false, []);
        else if (!this.context.prompts.some((p) => p.part === expr)) {
          // `assign(query=sql_chain)`: the chain runs on the same input and its answer fills the slot.
          const output: Taint = { origin: 'third-party', label: 'model output', modelOutput: true, steps: [this.context.location(expr.start, expr.end, 'This chain runs a model; its answer fills the slot.')] };
          this.context.prompts.push({ part: expr, destination, taints: [output], mitigated: false, powerful: false, through: [] });
        }
      }
      this.retrievalChainPrompts(call);
      this.documentPipelinePrompt(call);
      this.chainStepSinks(call);
      // A place reached both directly and through a wrapper (`handler.onUpdateDocument(…)` resolving to the handler and
      // to the wrapper that calls it) is one risk: reported once, by its shortest chain.
      const reachedPlaces = new Map<string, (string | undefined)[]>();
      const targets = this.parameterTargets(call)
        .flatMap((summary) => summary.paramPrompts.map((prompt) => [summary, prompt] as const))
        .sort(([, a], [, b]) => a.steps.length - b.steps.length);
      for (const [summary, given] of targets) {
        if (given.index === this.context.delegatedCalls.get(call)) continue; // reported in the tools' code
        // (Run by the agent this call passes: that agent's tools decide.)
        const agent = given.agentParam !== undefined ? this.agentPassed(call, summary, given.agentParam) : undefined;
        const prompt = agent ? { ...given, powerful: agent.powerful, publicReaders: agent.publicReaders || undefined } : given;
        this.publicReaders = !!prompt.publicReaders;
        const arg = this.argument(call, prompt.index, summary, prompt.key);
        if (!arg) continue;
        // (The whole argument and one of its keys at one place are one risk: `{ document }` and the object holding it.)
        const place = given.steps.at(-1);
        const placeKey = place && `${given.index}:${place.file}:${place.range.start.line}:${place.range.start.character}:${given.destination}`;
        if (placeKey && !given.steered && !given.history) {
          const keys = reachedPlaces.get(placeKey) ?? [];
          if (keys.some((key) => key === given.key || key === undefined || given.key === undefined)) continue;
          reachedPlaces.set(placeKey, [...keys, given.key]);
        }
        const step = this.passedTo(call, summary);
        // A function passed to a wrapper that calls it and sends what it returns (`withErrorHandling(() =>
        // db.readQuery(q))`): what that function returns, reported there.
        if (prompt.called) {
          for (const [returned, flow] of this.returnsWhenCalled(arg)) flow.addPrompt(returned, prompt.destination, prompt.powerful, [step, ...prompt.steps], prompt.mitigated);
          continue;
        }
        // Messages built by one of the app's helpers and passed through as a wrapper's `messages`: each lands by its role.
        const built = prompt.history && !prompt.steered ? this.messagesBuiltBy(arg) : undefined;
        if (built?.length) {
          for (const part of built) this.addPart(part.expr, part.role, false, prompt.powerful, [step, ...prompt.steps]);
          continue;
        }
        // A template of instruction text filled here and sent by the helper as its message: its values are mixed in.
        const filled = prompt.destination === 'own-message' && !prompt.steered && !prompt.history ? this.filledTemplate(arg) : undefined;
        if (filled) {
          for (const part of filled.values) this.addPrompt(part, 'mixed', prompt.powerful, [step, ...prompt.steps], prompt.mitigated, arg);
          continue;
        }
        // …or an f-string of instruction text written here (`ask(f"Validate this data:\n\n{notes}")`), as when it is
        // the call's own message: its values are mixed in.
        const written = prompt.destination === 'own-message' && !prompt.steered && !prompt.history && !prompt.delimited ? this.resolve(arg) : undefined;
        if (written?.kind === 'template' && instructionWords(written.literal ?? '') >= 3) {
          for (const part of written.parts ?? []) this.addPrompt(part, 'mixed', prompt.powerful, [step, ...prompt.steps], prompt.mitigated, written);
          continue;
        }
        // A wrapper that passes its `messages` parameter through keeps it history at the call (`llm.chat_completion(messages)`).
        // Labelled by the helper's delimiters and cut to a length here (`summarize(model, page[:limit])`): mitigated.
        const cutHere = !!prompt.delimited && isLengthCut(arg);
        this.helperReportsThirdParty = given.reportsThirdParty ?? [];
        this.addPrompt(arg, prompt.destination, prompt.powerful, [step, ...prompt.steps], prompt.mitigated || cutHere, undefined, prompt.steered, prompt.history, prompt.upload);
        this.helperReportsThirdParty = [];
      }
    }
    this.publicReaders = false;
  }

  /**
   * `prompty.execute("writer.prompty", inputs={"research": research})`, `Prompty.load(source=path)(article=a)`: each
   * input lands where its `{{slot}}` sits in the prompt file, read through the index (an input the file has no slot for
   * goes nowhere). A file that cannot be read (none named, or no workspace) leaves each input mixed into its text.
   */
  private promptFileInputs(call: Expr, row: LlmApiRow): [PromptDestination, Expr][] {
    const built = row.calledObject && call.children[0] ? this.resolve(call.children[0]) : call;
    const named = built.args?.[0] ?? built.keywordArgs?.prompt ?? built.keywordArgs?.source ?? built.keywordArgs?.path;
    const written = named && this.promptFileNamed(named);
    const slots = written ? this.context.lookup?.promptFile(this.context.file, written) : undefined;
    const given = row.promptFile === 'inputs' ? call.keywordArgs?.inputs && this.resolve(call.keywordArgs.inputs).properties : call.keywordArgs;
    return Object.entries(given ?? {}).flatMap(([key, value]): [PromptDestination, Expr][] => {
      const destination = slots ? slots[key] : 'mixed';
      return destination ? [[destination, value]] : [];
    });
  }

  /** The prompt file a path expression names: `"writer.prompty"`, `folder + "/editor.prompty"`, `prompty.load("x.prompty")`. */
  private promptFileNamed(expr: Expr, depth = 0): string | undefined {
    const value = this.resolve(expr);
    // (`folder + "/editor.prompty"` is a template whose text ends in the name.)
    const name = value.literal !== undefined ? PROMPT_FILE_NAME.exec(value.literal)?.[0].replace(/^[\\/]+/, '') : undefined;
    if (name) return name;
    if (depth >= 3) return undefined;
    for (const child of value.children) {
      const found = this.promptFileNamed(child, depth + 1);
      if (found) return found;
    }
    return undefined;
  }

  /**
   * A LangChain composition fills template slots from a map step: `RunnableSequence.from([{ context: retriever.pipe(…),
   * question: … }, prompt, model])`, `retriever.pipe(…)`, Python `{"context": retriever | format_docs} | prompt | llm`.
   * Each mapped value goes where its `{variable}` sits in the file's templates.
   */
  private chainInputs(call: Expr): [PromptDestination, Expr][] {
    if (this.context.templateSlots.size === 0 || !CHAIN_COMPOSITION.test(call.callee ?? '')) return [];
    const mapped = this.mapSteps(call.args ?? []);
    // Python's `RunnablePassthrough.assign(query=sql_chain, schema=lambda _: db.get_table_info())`: each keyword is a slot.
    if (/(^|\.)assign$/.test(call.callee ?? '')) {
      for (const [key, value] of Object.entries(call.keywordArgs ?? {})) {
        const destination = this.context.templateSlots.get(key);
        if (destination) mapped.push([destination, value]);
      }
    }
    // A step's value is what it gives the template when the chain runs: a function's return, a chain's output.
    return mapped.flatMap(([destination, value]) => this.stepOutputs(value).map((output): [PromptDestination, Expr] => [destination, output]));
  }

  /**
   * `RunnablePassthrough.assign(query=sql_chain).assign(response=lambda vars: db.run(vars["query"]))`: a later step
   * gets the earlier steps' values by key; a key a model-running chain filled, reaching a sink there, is model output
   * reaching that sink.
   */
  private chainStepSinks(call: Expr): void {
    if (!/(^|\.)assign$/.test(call.callee ?? '')) return;
    const earlier = new Map<string, Expr>();
    for (let step = receiverOf(call); step?.kind === 'call' && /(^|\.)assign$/.test(step.callee ?? ''); step = receiverOf(step)) {
      for (const [key, value] of Object.entries(step.keywordArgs ?? {})) earlier.set(key, value);
    }
    for (const value of Object.values(call.keywordArgs ?? {})) {
      const scope = this.context.scopeAt(value);
      const flow = scope && this.context.flows.get(scope);
      for (const sink of flow?.paramSinks ?? []) {
        // (`vars["query"]` may reach it as the whole dict: then any key a model-running chain filled.)
        const filled = sink.index !== 0 ? undefined : sink.key !== undefined ? earlier.get(sink.key) : [...earlier.values()].find((v) => this.runsModel(v));
        if (!filled || !this.runsModel(filled)) continue;
        const output: Taint = { origin: 'third-party', label: 'model output', modelOutput: true, steps: [this.context.location(filled.start, filled.end, `This chain runs a model; its answer is one of the values the step gets (${[...earlier.keys()].join(', ')}).`)] };
        this.reportSink(value, sink.kind, sink.what, [output], sink.steps);
      }
    }
  }

  /**
   * What a map or `assign` step puts in its slot: `lambda _: db.get_table_info()` or a function given by name, what it
   * returns; anything else itself (a chain with a model in it is judged by the caller: its answer is model output).
   */
  private stepOutputs(value: Expr): Expr[] {
    const inline = this.context.scopeAt(value);
    if (inline && !inline.name) return inline.returns ?? [];
    // `assign(schema=get_schema)`: a function of this file (or one written in this one) given by name.
    const named = value.kind === 'name' ? this.context.functionNamed(value.text, this.scope)?.[0] : undefined;
    return named ? named.returns ?? [] : [value];
  }

  /** `sql_chain = get_sql_chain(db)` or `prompt | llm | parser`: a chain whose steps include a model (its output is model output). */
  runsModel(expr: Expr, hops = 0): boolean {
    const value = this.resolve(expr);
    // `(a | prompt) | llm`, parenthesised or not: every operand.
    if (value.kind === 'other' && /\|/.test(value.text)) return value.children.some((operand) => this.runsModel(operand, hops));
    if (value.kind !== 'call' || hops > 2) return false;
    if (CHAT_MODEL_CONSTRUCTOR.test(value.callee ?? '')) return true;
    // A function of this file that returns such a chain.
    const [made, flow] = this.context.functionNamed(value.callee ?? '') ?? [];
    return (made?.returns ?? []).some((returned) => flow!.runsModel(returned, hops + 1));
  }

  /**
   * `model.ainvoke(await prompt.ainvoke({"retrieved_docs": docs, "messages": …}))`: a template filled first, then sent.
   * Each input lands where its `{variable}` sits; in a template whose system message is held where it cannot be read
   * (`("system", configuration.response_system_prompt)`), the inputs that fill no other message fill that one.
   */
  private promptValueInputs(call: Expr): [PromptDestination, Expr][] | undefined {
    const first = call.args?.[0] && this.resolve(call.args[0]);
    if (first?.kind !== 'call' || !/\.(a?invoke|format_messages|format_prompt|formatMessages|formatPromptValue)$/.test(first.callee ?? '')) return undefined;
    const receiver = receiverOf(first);
    const template = receiver && this.resolve(receiver);
    const inputs = first.args?.[0] && this.resolve(first.args[0]);
    if (template?.kind !== 'call' || !PROMPT_TEMPLATE_CONSTRUCTOR.test(template.callee ?? '') || inputs?.kind !== 'object') return undefined;
    const unreadSystem = (template.args?.[0] ? this.resolve(template.args[0]).elements ?? [] : []).some((message) => {
      const [role, text] = message.elements ?? [];
      return role?.literal === 'system' && text !== undefined && text.kind !== 'string' && text.kind !== 'template';
    });
    return Object.entries(inputs.properties ?? {})
      .filter(([key]) => !MESSAGE_KEYS.has(key))
      .map(([key, value]) => [this.context.templateSlots.get(key) ?? (unreadSystem ? 'system' : 'mixed'), value]);
  }

  /**
   * `index.asQueryEngine().query(q)` with LlamaIndex's own question-answering prompt (no `text_qa_template`), over an
   * index built from someone else's text in sight (files the model had cloned, pages fetched): the prompt puts what it
   * retrieves into its instructions ("Context information is below… answer the query"). Nothing for an index of the
   * app's own documents or of documents not seen here.
   */
  private defaultQaDocuments(call: Expr): Taint[] {
    if (!/\.(query|aquery)$/.test(call.callee ?? '')) return [];
    const receiver = receiverOf(call);
    const engine = receiver && this.resolve(receiver);
    if (engine?.kind !== 'call' || !LLAMAINDEX_QUERY_ENGINE.test(engine.callee ?? '')) return [];
    if (Object.keys(engine.keywordArgs ?? {}).some((key) => OWN_QA_TEMPLATE.test(key))) return [];
    const index = receiverOf(engine);
    const step = this.context.location(engine.start, engine.end, "The query engine's own prompt puts the text it retrieves from this index into its instructions.");
    return (index ? this.taints(index) : []).filter((t) => (t.origin === 'third-party' && !t.modelOutput) || t.origin === 'param').map((t) => ({ ...t, steps: [...t.steps, step] }));
  }

  /**
   * `transcript.lemur.task(prompt)`: the service sends the text of the object called (a recording's transcript) to its
   * model beside the prompt — someone else's words in its instructions when the recording is.
   */
  private receiverTextSent(call: Expr, row: LlmApiRow): Taint[] {
    const receiver = row.receiverText ? receiverOf(call) : undefined;
    if (!receiver) return [];
    const step = this.context.location(receiver.start, receiver.end, 'The service sends this text to its model with the prompt.');
    // (Not a parameter's: the caller's side would be worded as an index's documents.)
    return passedOn(this.taints(receiver).filter((t) => t.origin === 'third-party' && !t.modelOutput), step);
  }

  /**
   * `graph.run()` of a scraping graph, `app.query(q)` of a RAG app (DOCUMENT_PIPELINES): the library puts the documents it
   * read itself into its own prompt's instructions — someone else's text, reported at the run (or at the documents a
   * graph transformer is given).
   */
  private documentPipelinePrompt(call: Expr): void {
    const rows = this.context.documentPipelines().filter((row) => row.run.test(call.callee ?? ''));
    const receiver = rows.length ? receiverOf(call) : undefined;
    if (!receiver || this.context.prompts.some((p) => p.part === call)) return;
    // The object under each name the file gives it (`app = st.session_state.app`, `st.session_state['app'] = …`): a
    // Streamlit app keeps it in session state and adds to it in a helper through a global.
    const assignments = this.context.model.scopes.flatMap((scope) => scope.assignments);
    const names = new Set([objectPath(receiver.text)]);
    for (let pass = 0; pass < 2; pass++) {
      for (const { target, value } of assignments) {
        if (names.has(objectPath(value.text)) && value.kind !== 'call') names.add(objectPath(target));
        else if (names.has(objectPath(target)) && (value.kind === 'name' || value.kind === 'member')) names.add(objectPath(value.text));
      }
    }
    // (Built here, or by a function of this file that returns it: `app = embedchain_bot(db_path, key)`.)
    const built = [this.resolve(receiver), ...assignments.filter((a) => names.has(objectPath(a.target))).map((a) => a.value)].map((value) => this.context.builtBy(value));
    let made: Expr | undefined;
    const row = rows.find((candidate) => (made = built.find((value) => value?.kind === 'call' && candidate.constructor.test((value.callee ?? '').replace(/^new /, '')))));
    if (!row || !made) return;
    // (`convert_to_graph_documents(docs)`: the documents given, judged by where they come from — here or a caller's.)
    if (row.documents === 'argument') {
      if (call.args?.[0]) this.addPrompt(call.args[0], 'mixed', false, []);
      return;
    }
    let from: Expr | undefined = made;
    if (row.documents === 'added') {
      // The app's own text added literally (`data_type="text"`) is the app's; any other source is read from elsewhere.
      const adds = this.context.model.scopes.flatMap((scope) => scope.calls).filter((add) => /\.add$/.test(add.callee ?? '') && names.has(objectPath((add.callee ?? '').slice(0, -'.add'.length))));
      from = adds.find((add) => !(/^(text|qna_pair)$/.test(add.keywordArgs?.data_type?.literal ?? '') && add.args?.[0]?.kind === 'string'));
    }
    if (!from) return;
    const documents: Taint = { origin: 'third-party', label: row.label, steps: [this.context.location(from.start, from.end, row.documents === 'added' ? 'Added here: the library reads this source and retrieves from it.' : 'The library reads this source and puts it into its own prompt.')] };
    this.context.prompts.push({ part: call, destination: 'mixed', taints: [documents], mitigated: false, powerful: false, through: [], noWrapFix: true, libraryPrompt: true });
  }

  /** `createStuffDocumentsChain({ llm, prompt })`: the template's `{context}` gets the retrieved documents. */
  private retrievalChainPrompts(call: Expr): void {
    // The first row for each document variable (a LlamaIndex synthesizer takes a QA template and a refine template).
    const variables = new Set<string>();
    for (const row of RETRIEVAL_CHAINS) {
      if (!row.callee.test(call.callee ?? '') || variables.has(row.documentVariable)) continue;
      // (A row that finds no prompt of its own leaves the variable to the next: `ConversationalRetrievalChain.from_llm`
      // without a `prompt` uses the library's default, the row after it.)
      if (this.retrievalChainPrompt(call, row)) variables.add(row.documentVariable);
    }
  }

  /** Adds the chain's prompt flow for its documents; false when this row finds no prompt for them. */
  private retrievalChainPrompt(call: Expr, row: RetrievalChainRow): boolean {
    let options = call.keywordArgs ?? {};
    if (row.prompt.nested) {
      const nested = Object.entries(options).find(([key]) => new RegExp(`^(${row.prompt.nested})$`).test(key))?.[1];
      const value = nested && this.resolve(nested);
      options = value?.kind === 'object' ? value.properties ?? {} : {};
    }
    if (row.prompt.dictKey) {
      const given = call.args?.[0] && this.resolve(call.args[0]);
      const key = new RegExp(`(^|:)(${row.prompt.dictKey})$`);
      options = Object.fromEntries(Object.entries(given?.kind === 'object' ? given.properties ?? {} : {}).filter(([name]) => key.test(name)));
    }
    const keyword = row.prompt.keyword ? new RegExp(`^(${row.prompt.keyword})$`) : row.prompt.dictKey ? /./ : undefined;
    const promptArg = (keyword ? Object.entries(options).find(([key]) => keyword.test(key))?.[1] : undefined) ?? (row.prompt.position !== undefined && !row.prompt.nested ? call.args?.[row.prompt.position] : undefined);
    if (!promptArg && row.defaultPrompt && !this.context.prompts.some((p) => p.part === call)) {
      const documents: Taint = { origin: 'third-party', label: 'retrieved documents', steps: [this.context.location(call.start, call.end, "The chain's own prompt puts the retrieved documents into its instructions.")] };
      this.context.prompts.push({ part: call, destination: row.defaultPrompt, taints: [documents], mitigated: false, powerful: false, through: [], noWrapFix: true, libraryPrompt: true });
      return true;
    }
    const destination = promptArg && this.context.templateSlots.get(row.documentVariable);
    if (!promptArg) return false;
    if (!destination || this.context.prompts.some((p) => p.part === promptArg)) return true;
    const documents: Taint = { origin: 'third-party', label: 'retrieved documents', steps: [this.context.location(call.start, call.end, `The chain puts retrieved documents into {${row.documentVariable}} of this template.`)] };
    this.context.prompts.push({ part: promptArg, destination, taints: [documents], mitigated: false, powerful: false, through: [], noWrapFix: true });
    return true;
  }

  /** Python's `{…} | prompt | llm`: a dict operand of a `|` chain assigned to a name. */
  findPipedMaps(): void {
    if (this.context.templateSlots.size === 0) return;
    for (const assignment of this.scope.assignments) {
      if (assignment.value.kind !== 'other' || !/^\s*\{[\s\S]*\}\s*\|/.test(assignment.value.text)) continue;
      // `a | b | c` nests as ((a | b) | c): the map is the leftmost operand.
      let leftmost = assignment.value;
      while (leftmost.kind === 'other' && leftmost.children[0]) leftmost = leftmost.children[0];
      for (const [destination, expr] of this.mapSteps([leftmost])) this.addPrompt(expr, destination, false, []);
    }
  }

  private mapSteps(steps: readonly Expr[]): [PromptDestination, Expr][] {
    const out: [PromptDestination, Expr][] = [];
    for (const step of steps.flatMap((s) => (s.kind === 'array' ? s.elements ?? [] : [s]))) {
      const map = step.kind === 'object' ? step : undefined;
      for (const [key, value] of Object.entries(map?.properties ?? {})) {
        const destination = this.context.templateSlots.get(key);
        if (destination) out.push([destination, value]);
      }
    }
    return out;
  }

  /**
   * `chain.invoke({ question, context })`: each input goes where its `{variable}` sits in the file's templates. With
   * the template in another module (`LLMChain(prompt=PROMPT).predict(**inputs)`), an input sits in the template's
   * instruction text ('mixed'), except a chat history (a placeholder of its own). Keys written into the dict after it
   * was built (`inputs["input"] = text`) are inputs too.
   */
  private templateInputs(call: Expr): [PromptDestination, Expr][] | undefined {
    const arg = call.args?.[0];
    const first = arg ? this.resolve(arg) : undefined;
    if (!arg || !first || first.kind !== 'object' || !first.properties) return undefined;
    const slots = this.context.templateSlots;
    const entries = Object.entries(first.properties);
    if (arg.kind === 'name') {
      for (const assignment of this.scope.assignments) {
        if (assignment.start < call.start && assignment.target.startsWith(`${arg.text}.`) && !assignment.target.slice(arg.text.length + 1).includes('.')) entries.push([assignment.target.slice(arg.text.length + 1), assignment.value]);
      }
    }
    // An agent built by the library (`AgentExecutor(agent=create_react_agent(llm, tools, hub.pull(…)))`) asks the
    // model the question in its `input`: where the library's template puts it is not the app's instruction text, and
    // the app cannot move it. Whoever wrote it is then judged as in a message of its own.
    const receiver = receiverOf(call);
    const built = receiver ? this.resolve(receiver) : undefined;
    const libraryAgent = built?.kind === 'call' && LIBRARY_AGENT_CONSTRUCTOR.test(built.callee ?? '');
    // A compiled LangGraph graph (`builder.compile()`, or an unresolved `…graph`) takes its state, not template variables: its nodes decide
    // where each value lands, so a value is judged as text handed to an agent, in a message of its own (a sub-agent
    // given `{"researcher_messages": [HumanMessage(topic)], "research_topic": topic}` by open_deep_research).
    const graph = built?.kind === 'call' ? /(^|\.)compile$/.test(built.callee ?? '') : !!receiver && /graph$/i.test(receiver.text);
    if (graph) return entries.map(([, value]) => ['own-message', value]);
    const slotOf = (key: string): PromptDestination => (libraryAgent && AGENT_QUESTION_KEY.test(key) ? 'own-message' : 'mixed');
    // `new LLMChain({ llm, prompt: PromptTemplate.fromTemplate(\`…${history}…\`) })`: a template this file wrote out in
    // full takes only the inputs it has a `{slot}` for (the others were interpolated already, or go nowhere).
    const written = built?.kind === 'call' ? this.chainTemplate(built) : undefined;
    if (written) {
      const own = new Set([...(written.literal ?? '').matchAll(/\{\{?(\w+)\}/g)].map((m) => m[1]));
      return entries.filter(([key]) => own.has(key)).map(([key, value]) => [slots.get(key) ?? 'mixed', value]);
    }
    if (slots.size === 0) return entries.filter(([key]) => !MESSAGE_KEYS.has(key)).map(([key, value]) => [slotOf(key), value]);
    return entries.filter(([key]) => slots.has(key) || !MESSAGE_KEYS.has(key)).map(([key, value]) => [slots.get(key) ?? 'mixed', value]);
  }

  /** The text of the prompt a chain was built with, when it is written out here: `LLMChain(prompt=PromptTemplate.from_template("…"))`. */
  private chainTemplate(chain: Expr): Expr | undefined {
    const prompt = chain.keywordArgs?.prompt;
    const made = prompt && this.resolve(prompt);
    if (!made || made.kind !== 'call' || !PROMPT_TEMPLATE_CONSTRUCTOR.test((made.callee ?? '').replace(/^new /, '')) || /Chat|Messages?/.test(made.callee ?? '')) return undefined;
    const text = made.args?.[0] ?? made.keywordArgs?.template;
    const value = text && this.resolve(text);
    return value && isTextExpr(value) ? value : undefined;
  }

  private addPart(expr: Expr, role: 'system' | 'user', history: boolean, powerful: boolean, through: RelatedLocation[] = [], toolMessage = false, lengthCut = false, image = false): void {
    if ((expr.kind === 'string' || expr.kind === 'template') && !this.context.promptTexts.includes(expr)) this.context.promptTexts.push(expr);
    if (role === 'system') {
      // A template filled in (`EXTRACTION_PROMPT.format(notes=notes)`): each value enters the instructions where it is filled.
      const filled = expr.kind === 'template' || expr.kind === 'string' ? undefined : this.filledTemplate(expr, 0, true);
      for (const part of expr.kind === 'template' ? expr.parts ?? [] : expr.kind === 'string' ? [] : filled?.values ?? [expr]) this.addPrompt(part, 'system', powerful, through, false, expr);
      return;
    }
    if (expr.kind === 'template' && !history) {
      // A tool's message is the tool's data whatever words surround its values ("Tool {name} not found").
      // (…and an image's data URL, `f"data:image/png;base64,{b64}"`, is no instruction text either.)
      const destination: PromptDestination = !toolMessage && !image && instructionWords(expr.literal ?? '') >= 3 ? 'mixed' : 'own-message';
      // Labelled by the template's delimiters and cut to a length by the helper it went through: mitigated.
      const delimitedAndCut = lengthCut && DELIMITER.test(expr.literal ?? '');
      for (const part of expr.parts ?? []) {
        // `full_prompt + "\n\nQuestion: " + question`: a template of instructions kept in a name and joined to the
        // person's text still mixes its values into those instructions.
        const held = part.kind === 'name' && destination === 'own-message' && !toolMessage ? this.resolve(part) : undefined;
        if (held && held !== part && held.kind === 'template' && instructionWords(held.literal ?? '') >= 3) this.addPart(held, role, history, powerful, through, toolMessage, lengthCut);
        else this.addPrompt(part, destination, powerful, through, delimitedAndCut, expr);
      }
      return;
    }
    const filled = history || toolMessage ? undefined : this.filledTemplate(expr);
    if (filled) {
      for (const part of filled.values) this.addPrompt(part, 'mixed', powerful, through, false, expr, false, false, false, filled.delimited && !filled.undelimited?.has(part));
      return;
    }
    if (expr.kind !== 'string') this.addPrompt(expr, !history && !toolMessage && this.grownFromInstructions(expr) ? 'mixed' : 'own-message', powerful, through, false, undefined, false, history);
  }

  /** The arguments of a call to the app's own message helper, each with the role of the message it lands in. */
  readonly messageHelpers: MessageHelpers = (call, role) => {
    if (call.kind === 'member') return this.heldMessages(call);
    const parts: PromptPart[] = [];
    const summaries = this.context.summariesFor(call, this.scope, this.resolve);
    for (const summary of summaries) {
      for (const message of summary.returnsMessages ?? []) {
        const arg = this.argument(call, message.index, summary, message.key);
        if (arg) parts.push({ expr: arg, role: message.role, history: message.history });
        if (arg && message.personal && !this.context.promptPersonal.some((known) => known.part === arg)) this.context.promptPersonal.push({ part: arg, fields: message.personal });
      }
    }
    // A helper of the app's that hands back the text it was given (`trimPrompt(\`…${query}…\`, limit)`) is that text:
    // its instruction words and what is filled into them land where the call's result does. Only a template written
    // at the call: a helper given a value (`toPrompt(data)`) may build its own instructions around it.
    const text = call.args?.[0];
    if (!parts.length && text && this.resolve(text).kind === 'template' && summaries.length && !UNTRUSTED_WRAPPER.test(call.callee ?? '') && summaries.every((s) => !s.returns.length && !s.returnsMessages?.length && s.returnsParams.includes(0))) {
      collectMessages(text, parts, role, this.resolve, true, 1, this.messageHelpers);
      if (LENGTH_CUT_HELPER.test(call.callee ?? '')) for (const part of parts) part.lengthCut = true;
    }
    return parts;
  };

  /**
   * `builder.messages` of `builder = new MessageBuilder(system)` filled by `builder.appendMessage('user', text)` before
   * this read: the arguments its class's constructor and those methods put into that field's messages (Azure's RAG
   * samples build every prompt this way).
   */
  private heldMessages(field: Expr): PromptPart[] {
    const name = /\.(\w+)$/.exec(field.text)?.[1];
    const holder = field.children[0];
    const made = holder?.kind === 'name' ? this.resolve(holder) : undefined;
    const className = made && made !== holder ? constructedClass(made) : undefined;
    if (!name || !className) return [];
    const parts: PromptPart[] = [];
    const add = (call: Expr, summaries: FunctionSummary[]) => {
      for (const summary of summaries) {
        for (const written of summary.writesMessages ?? []) {
          if (written.field !== name) continue;
          const arg = this.argument(call, written.index, summary, written.key);
          const roleArg = written.roleParam === undefined ? undefined : this.argument(call, written.roleParam, summary);
          const role = roleArg ? (/^(system|developer)$/.test(this.resolve(roleArg).literal ?? '') ? 'system' : 'user') : written.role;
          if (arg) parts.push({ expr: arg, role });
        }
      }
    };
    add(made!, [...this.context.classMethods(className, 'constructor'), ...this.context.classMethods(className, '__init__')]);
    const method = new RegExp(`^${holder!.text}\\.(\\w+)$`);
    for (const call of this.scope.calls) {
      const called = call.end <= field.start ? method.exec(call.callee ?? '')?.[1] : undefined;
      if (called) add(call, this.context.classMethods(className, called));
    }
    return parts;
  }

  /** The messages a method of a class puts into a list its object keeps in a field, by parameter (see `writesMessages`). */
  private fieldMessages(): NonNullable<FunctionSummary['writesMessages']> {
    const found = new Map<string, NonNullable<FunctionSummary['writesMessages']>[number]>();
    const note = (field: string, value: Expr) => {
      const resolved = this.resolve(value);
      for (const message of resolved.kind === 'array' ? resolved.elements ?? [] : [value]) {
        const held = this.resolve(message);
        // Only messages whose roles are written out, as for `returnsMessages`.
        if (held.kind !== 'object' || !held.properties?.role) continue;
        const roleName = held.properties.role.kind === 'name' ? held.properties.role.text : undefined;
        const roleParam = roleName ? this.scope.positional?.indexOf(roleName) : undefined;
        const parts: PromptPart[] = [];
        collectMessages(message, parts, 'user', this.resolve, false, 0, this.messageHelpers);
        for (const part of parts) {
          for (const taint of this.taints(part.expr)) {
            if (taint.origin !== 'param' || taint.paramIndex === undefined || taint.capturedDepth) continue;
            const entry = { field, index: taint.paramIndex, key: taint.paramKey, role: part.role, roleParam: roleParam !== undefined && roleParam >= 0 ? roleParam : undefined };
            found.set(`${field}.${entry.index}.${entry.key}.${entry.role}.${entry.roleParam}`, entry);
          }
        }
      }
    };
    for (const { target, value } of this.scope.assignments) {
      const field = /^(?:this|self)\.(\w+)$/.exec(target)?.[1];
      if (field) note(field, value);
    }
    for (const call of this.scope.calls) {
      const [, field, how] = /^(?:this|self)\.(\w+)\.(push|append|unshift|splice|insert|extend)$/.exec(call.callee ?? '') ?? [];
      if (field) for (const arg of (call.args ?? []).slice(how === 'splice' ? 2 : how === 'insert' ? 1 : 0)) note(field, arg);
    }
    return [...found.values()];
  }

  /** A value that is (or was assigned) a list of role messages or a message helper's result: its messages. */
  private messagesBuiltBy(expr: Expr): PromptPart[] | undefined {
    const value = this.resolve(expr);
    if (value.kind === 'call') return this.messageHelpers(value, 'user');
    if (value.kind !== 'array') return undefined;
    const parts = this.messagesIn(expr);
    return parts.some((part) => part.role === 'system') ? parts : undefined;
  }

  /** The messages a value holds, each with its role: its own elements and those appended to it before it is used. */
  private messagesIn(expr: Expr): PromptPart[] {
    const parts: PromptPart[] = [];
    for (const value of [expr, ...this.additions(expr)]) collectMessages(value, parts, 'user', this.resolve, false, 0, this.messageHelpers);
    markReplayedTurns(parts);
    return parts;
  }

  /** `steered`: the value steers model output that goes into the prompt (a helper's parameter), rather than going in. */
  private addPrompt(part: Expr, destination: PromptDestination, powerful: boolean, through: RelatedLocation[], mitigatedInside = false, template?: Expr, steered = false, history = false, upload = false, delimitedTemplate = false): void {
    // `last_turn["user"]` sent again as its own message (a retry): the person's turn of a stored conversation is the
    // conversation, as the whole history would be.
    if (destination === 'own-message' && STORED_USER_TURN.test(part.text)) history = true;
    // Personal fields and whole records are judged on what the value holds: the name and what it was built from.
    if (!steered && this.recordsJudged) {
      // …and what a template's slots were given (`df_head = df.head().to_string()`, then `f"…{df_head}…"`).
      // (A loop's variable is one item of what it iterates: `for row in df.to_dict("records")` gives one row, not the
      // dump — what the prompt holds of it is what the code reads of the row.)
      const iterated = part.kind === 'name' && (this.assignmentsTo.get(part.text) ?? []).some((write) => (write.loop || write.comprehension) && write.start <= part.end);
      const value = iterated ? part : this.resolve(part);
      const slots = value.kind === 'template' ? (value.parts ?? []).map((slot) => this.resolve(slot)) : [];
      // …and, when the prompt is what a function of this file built (`prompt = build_prompt(df, q)`), what that
      // function's returned template was filled with.
      // (…also a helper's message in a list of them: `[profile_item] + history` with `profile_item = _item(profile)`.)
      const calls: Expr[] = [];
      const collect = (held: Expr, depth: number): void => {
        if (held.kind === 'call') calls.push(held);
        else if (depth < 2 && (held.kind === 'array' || held.kind === 'other')) for (const child of held.children) collect(this.resolve(child), depth + 1);
      };
      collect(value, 0);
      const built = calls.flatMap((call) => this.context.builtTemplateValues(call));
      for (const held of new Set([part, value, ...slots, ...built])) if (!this.context.promptValues.includes(held)) this.context.promptValues.push(held);
    }
    let taints = this.taints(part);
    // (Documents passed to a helper that reads their text into its prompt, and is reported there: one risk, reported
    // once; what else the argument carries is still judged.)
    if (this.helperReportsThirdParty.length && !steered) taints = taints.filter((t) => policyOrigin(t, destination) !== 'third-party' || !this.helperReportsThirdParty.includes(t.label));
    if (!taints.length) return;
    if (upload) taints = this.asUpload(taints, part);
    if (steered) taints = [{ origin: 'third-party', label: 'model output', modelOutput: true, ...steerOf(taints), steps: [] }];
    const delimited = delimitedTemplate || (!!template && DELIMITER.test(template.literal ?? ''));
    const mitigated = mitigatedInside || isMitigated(part, delimited);
    const real = taints.filter((t) => t.origin !== 'param');
    if (real.length) {
      // One flow per expression: where one value reaches several prompts (a helper's template and its agent's system
      // prompt), the one the policy judges most severe.
      const flow: PromptFlow = { part, destination, taints: rankTaints(real), mitigated, powerful, publicReaders: (powerful && this.publicReaders) || undefined, ownKeys: (powerful && this.context.runsOnPersonsKeys()) || undefined, through, history };
      const same = this.context.prompts.findIndex((p) => p.part.start === part.start && p.part.end === part.end);
      if (same < 0) this.context.prompts.push(flow);
      else if (flowSeverity(flow) > flowSeverity(this.context.prompts[same])) this.context.prompts[same] = flow;
    }
    for (const taint of taints) {
      const owner = taint.origin === 'param' && taint.paramIndex !== undefined ? this.ownerOf(taint) : undefined;
      if (owner) {
        const here = this.context.location(part.start, part.end, `Parameter ${taint.paramKey ?? (taint.paramIndex === RECEIVER ? taint.label : owner.scope.positional?.[taint.paramIndex!]) ?? taint.paramIndex} goes into ${describe(destination)} here.`);
        const reported = [...new Set([...this.helperReportsThirdParty, ...real.filter((t) => policyOrigin(t, destination) === 'third-party').map((t) => t.label)])];
        const reportsThirdParty = reported.length ? reported : undefined;
        owner.paramPrompts.push({ index: taint.paramIndex!, key: taint.paramKey, called: taint.calledParam, destination, mitigated, delimited: delimited || undefined, powerful, publicReaders: (powerful && this.publicReaders) || undefined, agentParam: owner === this ? this.agentParam : undefined, history: history || undefined, upload: taint.upload, reportsThirdParty, steps: [here, ...through.slice(1)] });
      }
      // Model output made from a parameter: each caller's argument decides who steers it.
      // (Made in an enclosing function and read by a closure, as in `careers.map(async (career) => …)`: that function's.)
      // (…unless someone else's text already steers it here — a retriever's documents beside the parameter —: it is
      // reported here at its worst, and no caller's argument makes it worse.)
      let steered: ScopeFlow | undefined = this;
      for (let depth = taint.steerDepth ?? 0; depth > 0 && steered; depth--) steered = steered.parent;
      for (const index of taint.modelOutput && steered && taint.steer !== 'third-party' ? taint.steerParams ?? [] : []) {
        const here = this.context.location(part.start, part.end, `Model output made from parameter ${steered!.scope.positional?.[index] ?? index} goes into ${describe(destination)} here.`);
        steered!.paramPrompts.push({ index, steered: true, destination, mitigated, powerful, steps: [here, ...through.slice(1)] });
      }
    }
  }

  // ---- summary -----------------------------------------------------------------------------------------------

  /** The module's constants that hold someone else's text or model output (top-level scope only). */
  constantSummaries(): FunctionSummary[] {
    const out: FunctionSummary[] = [];
    for (const [target, writes] of this.writes) {
      if (!/^[A-Za-z_$][\w$]*$/.test(target)) continue;
      const returns = writes.flatMap((write) => this.writeTaints.get(write) ?? []).filter((taint) => taint.origin !== 'param' && taint.origin !== 'credential');
      // A prompt template kept in a module of prompts: an importer's `CHAT_PROMPT.format(context=…)` mixes into it.
      const instructionTemplate = writes.length === 1 && isInstructionTemplate(writes[0].value) ? true : undefined;
      const literal = instructionTemplate ? this.resolve(writes[0].value).literal ?? '' : '';
      const delimitedTemplate = instructionTemplate && DELIMITER.test(literal) ? true : undefined;
      const outside = delimitedTemplate ? templateVariables(literal).filter((slot) => !slotDelimited(literal, slot)) : [];
      const slots = instructionTemplate ? [...new Set(templateVariables(literal))] : [];
      // `RAG_STORE = MultimodalRagStore()`: an object of one of the workspace's classes, whose methods an importer calls.
      const made = writes.length === 1 ? constructedClass(this.resolve(writes[0].value)) : undefined;
      const returnsClasses = made && this.context.definedByTheApp(made) ? [made] : undefined;
      if (returns.length || instructionTemplate || returnsClasses) out.push({ file: this.context.file, name: target, params: [], returns: mergeTaints([], returns), returnsParams: [], paramPrompts: [], paramSinks: [], constant: true, instructionTemplate, delimitedTemplate, undelimitedSlots: outside.length ? outside : undefined, templateSlots: slots.length ? slots : undefined, returnsClasses });
    }
    return out;
  }

  /**
   * `PROMPT.format(context=docs)`, `PROMPT.replace('{context}', docs)` (chained or not) on a template of instruction
   * text written in this module or imported from another: the values filled in, or undefined for any other value.
   */
  private filledTemplate(expr: Expr, depth = 0, instructions = false): FilledTemplate | undefined {
    const filled = this.filledTemplateHere(expr, instructions);
    if (!filled || depth > 2) return filled;
    // A value that is itself a template of instructions filled in (`draft_prompt.format(instructions=rules.format(tone=saved))`):
    // its own values are what enter the instruction text.
    return { ...filled, values: filled.values.flatMap((value) => this.filledTemplate(value, depth + 1)?.values ?? [value]) };
  }

  /** `instructions`: the text is a system message, so a template held where it cannot be read (`configuration.response_system_prompt`) is one too. */
  private filledTemplateHere(expr: Expr, instructions = false): FilledTemplate | undefined {
    const value = this.resolve(expr);
    if (value.kind !== 'call') return undefined;
    const fill = /^(.+)\.(format|replace|replaceAll)$/.exec(value.callee ?? '');
    const receiver = fill && receiverOf(value);
    if (!fill || !receiver) return undefined;
    const filled = fill[2] === 'format' ? [...(value.args ?? []), ...Object.values(value.keywordArgs ?? {})] : (value.args ?? []).slice(1, 2);
    // Which slot each value fills, where the code names it (`format(content=…)`, `replace("{content}", …)`).
    const slots: [string, Expr][] = fill[2] === 'format' ? Object.entries(value.keywordArgs ?? {}) : value.args?.[1] && /^\{\w+\}$/.test(value.args[0]?.literal ?? '') ? [[value.args[0].literal!.slice(1, -1), value.args[1]]] : [];
    if (receiver.kind === 'call') {
      const inner = this.filledTemplateHere(receiver);
      return inner && withSlots({ ...inner, values: [...inner.values, ...filled] }, slots);
    }
    // Whether the template labels its slots with delimiters (here or in the module it came from) decides, with a
    // length cut, whether a value filled in is mitigated.
    const template = this.resolve(receiver);
    if (template !== receiver) return isInstructionTemplate(template) ? withSlots({ values: filled, delimited: DELIMITER.test(template.literal ?? ''), literal: template.literal }, slots) : undefined;
    // `configuration.prompt.replace("{topic}", state.topic)`: a text held where it cannot be read, with a `{slot}` replaced,
    // is a template all the same.
    const slotReplaced = fill[2] !== 'format' && /^\{\w+\}$/.test(value.args?.[0]?.literal ?? '');
    if (receiver.kind !== 'name' || !this.context.isImported(receiver.text)) return (instructions && fill[2] === 'format') || slotReplaced ? { values: filled, delimited: false } : undefined;
    const imported = this.context.importedTemplate(receiver.text);
    return imported && withSlots({ values: filled, delimited: imported.delimited, outsideSlots: imported.undelimitedSlots }, slots);
  }

  summarise(): void {
    if (!this.scope.name && !this.routes.length) return;
    const returns: Taint[] = [];
    const returnsParams = new Set<number>();
    const returnsCalledParams = new Set<number>();
    const returnsUploads = new Set<number>();
    // (What every return of a parameter has been made safe for: the kinds all of them share.)
    const safeFor = new Map<number, SinkKind[]>();
    const returnsParamKeys = new Map<string, [number, string]>();
    const returnsClasses = new Set<string>();
    const returnsLlmObjects = new Set<string>();
    const returnsMessages = new Map<string, NonNullable<FunctionSummary['returnsMessages']>[number]>();
    const returnsAppData = !!this.scope.returns?.length && this.scope.returns.every((returned) => this.isAppData(returned));
    for (const returned of [...(this.scope.returns ?? []), ...this.responses()]) {
      const value = this.resolve(returned);
      // Chat messages it builds: a list, a `{ role, content }` message, a message class, another helper's result.
      if (value.kind === 'array' || value.kind === 'object' || value.kind === 'call') {
        const parts = this.messagesIn(returned);
        // Only messages whose roles were written out (a system message among them, or one `{ role, content }`): a
        // list of plain values is no chat and says nothing about where its items land.
        const roled = parts.some((part) => part.role === 'system') || (value.kind === 'object' && !!value.properties?.role);
        for (const part of roled ? parts : []) {
          for (const taint of this.taints(part.expr)) {
            if (taint.origin !== 'param' || taint.paramIndex === undefined || taint.capturedDepth) continue;
            // A parameter replayed as the turns of a stored conversation (and nowhere else) is history passed through.
            const key = `${taint.paramIndex}.${taint.paramKey}.${part.role}`;
            const history = !!part.history && (returnsMessages.get(key)?.history ?? true);
            // (Read in the message as it was built: `content = f"…{profile.email}…"`, then `text=content`.)
            const parameter = this.scope.positional?.[taint.paramIndex];
            const held = this.resolve(part.expr);
            const redacted = [part.expr, held].some((expr) => expr.innerCalls.some((call) => REDACTION_CALL.test(call.callee ?? '')));
            const personal = redacted ? [] : [...new Set([...personalFields(part.expr), ...personalFields(held)])].filter((field) => parameter !== undefined && [...part.expr.reads, ...held.reads].some((path) => path.startsWith(`${parameter}.`) && path.endsWith(`.${field}`)));
            const before = returnsMessages.get(key)?.personal ?? [];
            const fields = [...new Set([...before, ...personal])];
            returnsMessages.set(key, { index: taint.paramIndex, key: taint.paramKey, role: part.role, history: history || undefined, personal: fields.length ? fields : undefined });
          }
        }
      }
      // `MarkdownPrinter(…) if self.markdown else TextPrinter(…)`: either branch's class.
      for (const made of value.kind === 'other' ? value.children : [value]) {
        const constructed = constructedClass(made);
        if (constructed) returnsClasses.add(constructed);
        const object = calledObjectRow(made, this.context.model);
        if (object) returnsLlmObjects.add(object.id);
      }
      for (const taint of [...this.taints(returned), ...this.fieldWriteTaints(returned)]) {
        if (taint.origin === 'param' && taint.capturedDepth) continue; // the enclosing function's parameter, not this one's
        if (taint.calledParam) returnsCalledParams.add(taint.paramIndex!);
        else if (taint.origin === 'param' && taint.paramKey !== undefined) returnsParamKeys.set(`${taint.paramIndex}.${taint.paramKey}`, [taint.paramIndex!, taint.paramKey]);
        else if (taint.origin === 'param') {
          const index = taint.paramIndex!;
          const kinds = taint.sanitizedFor ?? [];
          safeFor.set(index, returnsParams.has(index) ? (safeFor.get(index) ?? []).filter((kind) => kinds.includes(kind)) : kinds);
          returnsParams.add(index);
          if (taint.upload) returnsUploads.add(index);
        }
        else mergeTaints(returns, [taint]);
      }
    }
    // `return new Promise((resolve) => { parser.on('ready', () => resolve(parser.getRawTextContent())) })`: what it
    // resolves with, in whichever callback, is what the caller awaits.
    for (const { flow, value } of this.promiseResolutions()) mergeTaints(returns, flow.taints(value).filter((taint) => taint.origin !== 'param'));
    const returnsByKey = this.returnsByKey();
    this.context.summaries.set(this.scope, {
      file: this.context.file,
      name: this.scope.name ?? this.routes[0],
      className: this.scope.className || undefined,
      params: this.scope.positional ?? [],
      returns,
      returnsParams: [...returnsParams].sort(),
      returnsCalledParams: returnsCalledParams.size ? [...returnsCalledParams].sort() : undefined,
      returnsUploads: returnsUploads.size ? [...returnsUploads].sort() : undefined,
      returnsParamsSafeFor: [...safeFor].some(([, kinds]) => kinds.length) ? Object.fromEntries([...safeFor].filter(([, kinds]) => kinds.length).map(([index, kinds]) => [index, [...kinds].sort()])) : undefined,
      returnsParamKeys: returnsParamKeys.size ? [...returnsParamKeys.values()] : undefined,
      paramPrompts: dedupe(this.paramPrompts, (p) => `${p.index}.${p.key}:${p.destination}:${!!p.steered}:${!!p.history}:${!!p.called}`).map((p) => ({ ...p, steps: distinctSteps(p.steps) })),
      paramSinks: mergeSinkPlaces(this.paramSinks).map((sink) => ({ ...sink, steps: distinctSteps(sink.steps) })),
      returnsClasses: returnsClasses.size ? [...returnsClasses].sort() : undefined,
      returnsLlmObjects: returnsLlmObjects.size ? [...returnsLlmObjects].sort() : undefined,
      returnsMessages: returnsMessages.size ? [...returnsMessages.values()] : undefined,
      returnsByKey,
      graphNode: this.context.graphNodes.has(this.scope) || undefined,
      writesMessages: this.context.classOf(this.scope) !== undefined ? nonEmpty(this.fieldMessages()) : undefined,
      storesParams: this.context.classOf(this.scope) !== undefined ? nonEmpty(this.storedParams()) : undefined,
      toolParams: this.context.toolParams.get(this.scope),
      sendsOverWebSocket: nonEmpty(this.webSocketSends()),
      requestHandler: this.requestHandler || this.routes.length > 0 || undefined,
      routes: this.routes.length ? this.routes : undefined,
      objectMethod: this.scope.objectMethod || undefined,
      returnsAppData: returnsAppData || undefined,
      callsNothing: !this.scope.calls.length || undefined,
      readsNothing: (this.scope.calls.length > 0 && this.readsNothing()) || undefined,
      ...this.conversationSummary(),
      property: this.scope.decorators?.includes('property') || undefined,
      defaultExport: (!!this.scope.name && this.scope.name === this.context.model.defaultExport && !this.scope.className) || undefined,
      makesTools: this.context.makesTools(this.scope) || undefined,
      crewWithTools: this.context.crewWithTools(this.scope) || undefined,
    });
  }

  /**
   * `self.context.test_doc.content = await self.write_code(prompt)`, then `return self.context`: the object it returns
   * holds what was written into its fields before (MetaGPT's WriteTest). Only text from outside (model output, a
   * page): which parameter a field came from is left to the reads of that field.
   */
  private fieldWriteTaints(returned: Expr): Taint[] {
    if (returned.kind !== 'name' && returned.kind !== 'member') return [];
    const prefix = `${returned.text}.`;
    const out: Taint[] = [];
    for (const [path, writes] of this.writes) {
      if (!path.startsWith(prefix)) continue;
      for (const write of writes) {
        if (write.end > returned.start || !this.reaches(write, returned.start)) continue;
        this.settleWrite(write);
        mergeTaints(out, (this.writeTaints.get(write) ?? []).filter((taint) => taint.origin !== 'param'));
      }
    }
    return out;
  }

  /** What each key holds of the dict or object literals (or records of the app's classes) this function returns, when every return is one (see `FunctionSummary`). */
  private returnsByKey(): FunctionSummary['returnsByKey'] {
    const returned = this.scope.returns ?? [];
    // (`return content, result`: a tuple, its elements by place.)
    const objects = returned.map((value) => (value.kind === 'array' && this.context.model.language === 'python' ? tupleFields(value) : returnedFields(this.resolve(value))));
    if (!objects.length || objects.some((fields) => !fields) || this.responses().length) return undefined;
    const byKey: NonNullable<FunctionSummary['returnsByKey']> = {};
    for (const fields of objects) {
      // (An object under a key, `tripDetails: { startDate, location }`, is kept field by field too, as `tripDetails.location`:
      // a graph node's reader of `state.tripDetails.startDate` reads that field alone.)
      const nested = Object.entries(fields!).flatMap(([key, value]) => Object.entries(returnedFields(this.resolve(value)) ?? {}).map(([field, inner]): [string, Expr] => [`${key}.${field}`, inner]));
      for (const [key, value] of [...Object.entries(fields!), ...nested]) {
        const entry = (byKey[key] ??= { taints: [], params: [] });
        for (const taint of this.taints(value)) {
          if (taint.origin !== 'param') mergeTaints(entry.taints, [taint]);
          else if (taint.capturedDepth) continue;
          else if (taint.paramKey !== undefined || taint.paramIndex === undefined || taint.paramIndex === RECEIVER) return undefined; // (a part of a parameter: the whole call's taints say it)
          else if (!entry.params.includes(taint.paramIndex)) entry.params.push(taint.paramIndex);
        }
      }
    }
    return byKey;
  }

  /** The values a returned `new Promise(executor)` is resolved with, each with the flow of the callback that resolves it. */
  private promiseResolutions(): { flow: ScopeFlow; value: Expr }[] {
    return (this.scope.returns ?? []).flatMap((returned) => {
      const value = this.resolve(returned);
      const executor = value.kind === 'call' && PROMISE_CONSTRUCTOR.test(value.callee ?? '') ? value.args?.[0] : undefined;
      return (executor && this.context.promiseResolutions(executor)) ?? [];
    });
  }

  /**
   * What a pages-router API route sends with its response object (`res.status(200).json({ sources })`, `res.send(text)`):
   * for the page that fetches the route, that is what the route returns.
   */
  private responses(): Expr[] {
    const res = this.requestHandler || this.routes.length ? this.scope.positional?.[1] : undefined;
    if (!res) return [];
    const send = new RegExp(`^${res.replace(/\$/g, '\\$')}(\\.status\\(\\))?\\.(json|send|end|write)$`);
    return this.scope.calls.filter((call) => send.test(call.callee ?? '') && call.args?.length).map((call) => call.args![0]);
  }

  /**
   * Data written into the app: literals, lists and objects of them, and names of imported or module data (read, not
   * called). Nothing a parameter, a call or someone else's text can put there.
   */
  private isAppData(expr: Expr, depth = 0): boolean {
    const value = this.resolve(expr);
    if (depth > 4) return false;
    if (value.kind === 'string') return true;
    if (value.kind === 'object' || value.kind === 'array') return value.children.every((child) => this.isAppData(child, depth + 1));
    // `true`, `42`, `None`.
    if (value.kind === 'other') return !value.children.length && !value.reads.length;
    if (value.kind !== 'name') return false;
    const root = pathRoot(value.text);
    return this.context.isImported(root) && !this.isLocalAnywhere(root);
  }
}

/** More values than this for one name are no handful of branches but a value rebuilt along the way. */
const MAX_BRANCHES = 4;
/** `@app.route(…)`, `@bp.route(…)`: a Flask route. */
const FLASK_ROUTE = /(^|\.)route$/;
const DELIMITER = /<\/?[a-z_][\w-]*>|"""|```|-{3,}|={3,}|\[\/?[A-Z_]+\]|BEGIN [A-Z ]+/;

/** The values a template was filled with, whether it labels its slots with delimiters, and those whose own slot it does not. */
interface FilledTemplate {
  values: Expr[];
  delimited: boolean;
  /** The template's text, when this module holds it. */
  literal?: string;
  /** Of a template another module holds, the slots it leaves outside its delimiters. */
  outsideSlots?: string[];
  /** Values whose slot the code names and the template leaves outside delimiters (`…notes.\n\n{content}`). */
  undelimited?: Set<Expr>;
}

/** Marks the named slots of a template with delimiters elsewhere that sit outside any (a length cut alone then mitigates nothing). */
function withSlots(filled: FilledTemplate, slots: readonly [string, Expr][]): FilledTemplate {
  if (!filled.delimited || (filled.literal === undefined && !filled.outsideSlots)) return filled;
  for (const [slot, value] of slots) {
    const outside = filled.literal !== undefined ? !slotDelimited(filled.literal, slot) : filled.outsideSlots!.includes(slot);
    if (outside) (filled.undelimited ??= new Set()).add(value);
  }
  return filled;
}

/** `<page>\n{content}\n</page>`, a fence or a rule line just before and just after the slot. */
function slotDelimited(literal: string, slot: string): boolean {
  const at = literal.search(new RegExp(`\\{\\{?${slot}\\}\\}?`));
  if (at < 0) return true; // not this template's slot: leave the template's own judgement
  const before = literal.slice(0, at).split('\n').slice(-2).join('\n');
  const after = literal.slice(at).split('\n').slice(0, 3).join('\n').replace(/^\{\{?\w+\}\}?/, '');
  return SLOT_DELIMITER.test(before) && SLOT_DELIMITER.test(after);
}

/** Around one slot, a labelled tag may have spaces and capitals (`<Website content>`). */
const SLOT_DELIMITER = new RegExp(`<\\/?[A-Za-z_][\\w -]{0,40}>|${DELIMITER.source}`);
const LENGTH_LIMIT = /\.(slice|substring|substr)\(\s*0\s*,|\[\s*:\s*\w+\s*\]|truncate|limit|max_?len/i;
/** The app's own helpers that cut text to a length (`trimPrompt`, `truncate_text`, `clipToTokens`), by name. */
const LENGTH_CUT_HELPER = /(^|\.)(trim|clip|cut|shorten)_?(prompt|text|tokens?|context|content|to)\w*$|(^|\.)truncat\w*$|(^|\.)limit_?(text|tokens?|length|chars)\w*$/i;

/**
 * What the policy makes of each origin a prompt flow carries, most severe first (none: no finding). The rule reports
 * the first; the analysis keeps, of several flows on one expression, the one judged most severe.
 */
export function judgePromptFlow(flow: PromptFlow): { taint: Taint; origin: TextOrigin; severity: Severity }[] {
  const judged = flow.taints.flatMap((taint) => {
    const origin = policyOrigin(taint, flow.destination);
    if (!origin || (flow.history && taint.conversation)) return [];
    const severity = promptSeverity({ origin, destination: flow.destination, mitigated: flow.mitigated, powerful: flow.powerful, readsOnlyPublicPages: flow.publicReaders, personsOwnKeys: flow.ownKeys });
    return severity ? [{ taint, origin, severity }] : [];
  });
  return judged.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
}

/** How severe a prompt flow is (0: no finding); among equals, instructions first. */
function flowSeverity(flow: PromptFlow): number {
  const top = judgePromptFlow(flow)[0];
  return top ? (SEVERITY_RANK[top.severity] + 1) * 3 + (flow.destination === 'system' ? 2 : flow.destination === 'mixed' ? 1 : 0) : 0;
}

/** Wrapped by the untrusted-content helper, or labelled by delimiters in the template and cut to a length. */
function isMitigated(part: Expr, delimited: boolean): boolean {
  if (part.kind === 'call' && UNTRUSTED_WRAPPER.test(part.callee ?? '')) return true;
  if (part.innerCalls.some((call) => UNTRUSTED_WRAPPER.test(call.callee ?? ''))) return true;
  return delimited && isLengthCut(part);
}

/** `text.slice(0, n)`, `truncate(text)`, Python's `text[:n]`. */
function isLengthCut(expr: Expr): boolean {
  return !!expr.lengthCut || LENGTH_LIMIT.test(expr.text);
}

function describe(destination: PromptDestination): string {
  return destination === 'system' ? 'the system instructions' : destination === 'mixed' ? "the app's instruction text" : 'a user message';
}

function nonEmpty<T>(list: T[]): T[] | undefined {
  return list.length ? list : undefined;
}

/** Where a step is, as a key. */
/** A sink's place as a reader finds it, by file and line: two sinks on one line are one place to mend. */
function placeOf(step: RelatedLocation | undefined): string {
  return step ? `${step.file}:${step.range.start.line}` : '';
}

/** The sinks a parameter reaches (ParamSink.places), in order. */
function sinkPlaces(sink: ParamSink): RelatedLocation[] {
  return sink.places ?? sink.steps.slice(-1);
}

function addPlaces(into: RelatedLocation[], places: readonly RelatedLocation[]): void {
  for (const place of places) if (!into.some((kept) => placeOf(kept) === placeOf(place))) into.push(place);
}

/** One parameter sink per parameter and kind, the first one's chain kept and every sink's place listed. */
function mergeSinkPlaces(sinks: readonly ParamSink[]): ParamSink[] {
  const merged = new Map<string, ParamSink>();
  for (const sink of sinks) {
    const key = `${sink.index}.${sink.key}:${sink.kind}`;
    const kept = merged.get(key);
    if (!kept) merged.set(key, { ...sink, places: [...sinkPlaces(sink)] });
    else addPlaces(kept.places!, sinkPlaces(sink));
  }
  // A single place is the chain's last step already: nothing to keep apart.
  return [...merged.values()].map((sink) => (sink.places!.length > 1 ? sink : { ...sink, places: undefined }));
}

function dedupe<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

export { describe as describeDestination };
