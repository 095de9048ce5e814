import type { RowExamples } from './llmApis';

/**
 * Source catalogue: where text comes from, and so whose it is (the detection policy's first question).
 * - requester: the person using the app now (request body, form, chat input, the bot message that invoked it).
 * - third-party: anyone else (files, web pages, e-mail, retrieved documents, tool results, database rows, API
 *   responses, other people's channel messages, model output).
 * Anything not matched here is the app's own text (literals, constants, config) whatever its name. Command-line
 * arguments and stdin are too: the person who runs a program has every power it has (smol-developer's prompt
 * from argv was reported for nothing).
 */
export type Origin = 'requester' | 'third-party';

/** Libraries' ready-made search, scraping and browsing tools: given to a model, they return web pages and search results to it. */
export const LIBRARY_SEARCH_TOOL = /(^|\.)(new )?(TavilySearchResults|TavilySearch|DuckDuckGoSearchRun|DuckDuckGoSearchResults|BraveSearch|BingSearchRun|GoogleSearchRun|GoogleSerperRun|SearxSearchRun|ExaSearchResults|SerpAPI|DuckDuckGoTools|GoogleSearchTools|ExaTools|TavilyTools|SerpApiTools|BraveSearchTools|SearxngTools|BaiduSearchTools|GithubTools|HackerNewsTools|ArxivTools|WikipediaTools|WebsiteTools|Newspaper4kTools|FirecrawlTools|JinaReaderTools|CrawleeTools|duckduckgo_search_tool|tavily_search_tool|DuckDuckGoSearchTool|GoogleSearchTool|VisitWebpageTool|SerperDevTool|EXASearchTool|BraveSearchTool|TavilySearchTool|SerplyWebSearchTool|WebsiteSearchTool|ScrapeWebsiteTool|ScrapeElementFromWebsiteTool|SeleniumScrapingTool|FirecrawlSearchTool|FirecrawlScrapeWebsiteTool|FirecrawlCrawlWebsiteTool|SpiderTool|GithubSearchTool|YoutubeVideoSearchTool|ScrapegraphScrapeTool|ScrapflyScrapeWebsiteTool|JinaScrapeWebsiteTool|BrowserbaseLoadTool|HyperbrowserLoadTool|SerpApiGoogleSearchTool|LinkupSearchTool|ScrapeGraphTools|Crawl4aiTools|SpiderTools|BrowserbaseTools|TrafilaturaTools|BrightDataTools|TinyFishTool|BrowserUseTool|Crawl4AITool|FirecrawlTool|PerplexitySearchTool|SearxngSearchTool|WikipediaQueryRunTool|WikipediaPageLoadTool)$/;

/** The classes an MCP client is made with (the OpenAI Agents SDK's, agno's, the MCP SDKs' stdio parameters and transport). */
/**
 * An MCP client, or a server's launch parameters: the OpenAI Agents SDK's, agno's, the MCP SDKs', mcp-use's, LangChain's
 * adapters', the Claude Agent SDK's options (`ClaudeAgentOptions(mcp_servers={…})`, formerly `ClaudeCodeOptions`).
 */
export const MCP_CLIENT = /(^|\.)(new )?(MCPServerStdio|MCPServerSse|MCPServerStreamableHttp|MCPTools|MultiMCPTools|StdioServerParameters|StdioClientTransport|MCPClient|MCPClient\.from_dict|MCPClient\.from_config_file|MultiServerMCPClient|ClaudeAgentOptions|ClaudeCodeOptions)$/;

export interface SourceRow extends RowExamples {
  id: string;
  framework: string;
  origin: Origin;
  label: string;
  /** Matched against a member path (`req.body.q`) or a call's callee path followed by `()` (`st.chat_input()`). */
  path?: RegExp;
  /** The path's first name must be a parameter of an enclosing function (a handler's `req`), not any variable. */
  rootIsParameter?: boolean;
  /** A request's URL (its literal, or the constant a template starts with) must name one of these hosts. */
  hosts?: RegExp;
  /** Not when the request's URL names one of these hosts (as `hosts` reads it). */
  exceptHosts?: RegExp;
  /** Only in files importing a module matching this (Flask's global `request`). */
  module?: RegExp;
  /**
   * In Python, only in files importing a module matching this: a parameter named `request` is a web request in a
   * Django or Flask view, and anything at all elsewhere (the OpenAI Agents SDK hands a shell executor `request`).
   */
  pythonModule?: RegExp;
  /** Every parameter of a function passed to a call matching this (`app.message(async ({ message }) => …)`). */
  callbackOf?: RegExp;
  /** Every parameter of a function with a decorator matching this (FastAPI routes). */
  decoratedBy?: RegExp;
  /**
   * A store apps keep chat history in: a whole `messages` list read from it and passed through is the conversation
   * itself (the requester's messages and the model's replies), not someone else's text.
   */
  conversationStore?: boolean;
  /** Text the model wrote (tool-call arguments): followed to sinks like any model output. */
  modelOutput?: boolean;
  /**
   * Model output written for the person using the app (a tool's arguments: the agent relaying their request): beside
   * another model's instructions the policy judges it as theirs; in a system text it stays model output. Someone
   * else's text in that agent's conversation is reported where it enters that conversation. (What a model answers
   * from it is still steered by model output.)
   */
  relaysRequest?: boolean;
  /**
   * A call that runs a tool: matched against the callee (`tools[name]`, `tool_collection.run`) or a keyword
   * (`tool_input=`); given the model's tool-call arguments, what it returns is this row's text.
   */
  toolDispatch?: RegExp;
  /**
   * Every parameter of a method of a class extending one of `bases` (directly or through the workspace's classes)
   * whose name matches `methods`: class-based tools (`class Search(BaseTool): def _run(self, query)`).
   */
  toolMethods?: { bases: RegExp; methods: RegExp }[];
  /**
   * Every parameter of a public method of a class decorated with this (MetaGPT's `@register_tool()`), or of the methods
   * its `include_functions=[…]` names: the framework offers them to the model as tools.
   */
  toolClassDecorator?: RegExp;
  /**
   * A parameter annotated with a class extending one of these (directly or through the workspace's classes): a
   * handler the framework calls with the model's tool message (langroid's `def pandas_eval(self, msg: PandasEvalTool)`).
   */
  paramOfClass?: RegExp;
  /**
   * Every parameter of a Next.js server action (a function a `'use server'` file exports, or one with its own
   * directive): the browser calls it with any arguments. For the page that calls it they stay its parameters.
   */
  serverAction?: boolean;
  /**
   * A LangGraph node or router: a function the file passes to a call matching this (`builder.add_node("agent",
   * agent)`, `add_conditional_edges("a", route)`). Its first parameter is the graph's state: the `messages` channel is
   * this row's text (the conversation the graph was invoked with); every other channel holds what the file's nodes
   * wrote there (returned updates, `Command(update=…)`, `Send(node, payload)`).
   */
  graphNode?: RegExp;
  /** With callbackOf/decoratedBy: parameters named like this are not input (`say`, `client`, `db`). */
  exceptParams?: RegExp;
  /**
   * With callbackOf, in JavaScript and TypeScript: only the parameter at this position is input. A tool callback is
   * given the model's arguments first and the runtime's own object after them (MCP's `extra`, the AI SDK's `options`),
   * whatever its name; a Teams AI action gets them third, after the turn's context and state. Python tool functions
   * take each argument as a parameter of its own.
   */
  modelParamInJs?: number;
  /** With `path`: the key read (`kwargs["data"]`, `kwargs.get("data")`) must match this. */
  keys?: RegExp;
  /** Paths matching `path` but read from these are not this source (`IterationWorkflow.find_by_id()`: the app's own set-up). */
  exceptPath?: RegExp;
  /**
   * A function the model calls as a tool: what it returns goes back to the model, in a loop that has tools, so
   * someone else's text it returns (a page it fetched, rows it read) is judged as a prompt.
   */
  toolFunction?: boolean;
  /** A library tool object (`new TavilySearchResults(…)`) handed to a model in a tool list: what it returns goes back to the model. */
  libraryTool?: RegExp;
  /**
   * With `libraryTool`: a context provider (`Agent(context_providers=[…])`), not a tool — what it retrieves is added to
   * every run as messages of their own, whether or not the model calls anything.
   */
  libraryContext?: boolean;
  /**
   * With `libraryTool`: the call must name one of these (the package an MCP client starts, `args: ['-y',
   * '@brightdata/mcp']`); such a client is noted wherever it is made, since it exists only to give a model its tools.
   */
  libraryToolArgs?: RegExp;
  /**
   * With `libraryTool`: an object filled after it is made (agno's `Knowledge()` then `kb.add_content(url=…)`) counts
   * when a call of this method in the file fills it from outside — a URL, or a path or text that is not a string
   * literal (an upload, a variable; a literal path names the app's own files) —, wherever it is made.
   */
  libraryToolFilledBy?: RegExp;
  /** A library tool that is a function, imported by name and listed as it is (`from strands_tools import http_request`): `module.name`. */
  libraryToolImport?: RegExp;
  /**
   * Reads (`path`) that return the requester's own conversation when the handler serves a thread they have alone with
   * the app — a Slack assistant thread (a function decorated or registered as its `user_message` handler, or one that
   * sets the thread's status) or a direct message (the function checks `channel_type` is `"im"`): that thread's replies
   * are their turns and the app's.
   */
  privateThread?: { path: RegExp; decoratedBy: RegExp; callbackOf: RegExp; directMessage: RegExp };
  /**
   * With rootIsParameter: when the parameter's function is a low-level MCP server's request handler, only a handler
   * whose registration this matches (`server.setRequestHandler(CallToolRequestSchema)`) reads this source.
   */
  handlerOf?: RegExp;
  /**
   * A function of this name (a Lambda's `lambda_handler`) in a file whose text matches `fileMentions` (what its answer
   * is shaped like: a Bedrock agent's `actionGroup`) is this row's callback: its parameters are the source.
   */
  handlerNamed?: RegExp;
  fileMentions?: RegExp;
  /**
   * A read whose path the code writes as a place in the app's own folders (`'prompts/persona.txt'`, `'companions/' +
   * name + '.txt'`, `path.join(__dirname, 'prompts', file)`) reads a file the app ships: the app's text, not this row's.
   * Absolute paths and upload or temporary folders stay this row's.
   */
  appFiles?: boolean;
  /** A URI the code writes out (`file_uri="gs://app-samples/invoice.pdf"`) names the app's own file: not this row's. */
  literalUriIsApp?: boolean;
  /**
   * A search of an index the code builds in sight from documents that are the app's own (`index = lunr(documents=rows)`
   * over the app's bundled CSV, `FAISS.from_texts(FAQ)`) returns the app's text, not this row's.
   */
  appIndex?: boolean;
  /** Not for a function of this file whose code runs a known retrieval: its summary is followed instead. */
  unseenCode?: boolean;
}

// Each example sends the source into the instructions of a call with tools: an error for someone else's text, a
// warning for the requester's.
const tsSystem = (setup: string, value: string) => `${setup}\nawait openai.responses.create({ model: 'm', tools, instructions: \`Context: \${${value}}\`, input: 'hi' });`;
const pySystem = (setup: string, value: string) => `${setup}\nclient.responses.create(model="m", tools=tools, instructions=f"Context: {${value}}", input="hi")`;
const tsHandler = (params: string, body: string, value: string) => `app.post('/x', async (${params}) => {\n  ${tsSystem(body, value)}\n});`;
const pyFunction = (header: string, body: string, value: string) => `${header}\n    ${pySystem(body, value).replace(/\n/g, '\n    ')}`;

/** Web search APIs whose answers are pages others wrote, when called over raw HTTP (`search-api-http`). */
/**
 * Fixed data APIs whose answers are measurements and reference facts, not anyone's prose: weather, geocoding, places
 * and exchange rates (the corpus's convention for a fixed API's data). A news or search API is not one of them, nor
 * Google's place details (its reviews are text anyone wrote).
 */
export const FIXED_DATA_API_HOSTS = /\b(api\.open-meteo\.com|geocoding-api\.open-meteo\.com|archive-api\.open-meteo\.com|api\.openweathermap\.org|api\.weatherapi\.com|api\.weatherstack\.com|api\.seniverse\.com|wttr\.in|ip-api\.com|ipinfo\.io|ipapi\.co|api\.weather\.gov|api\.met\.no|api\.tomorrow\.io|restapi\.amap\.com|api\.frankfurter\.app|api\.exchangerate-api\.com|v6\.exchangerate-api\.com|open\.er-api\.com|api\.exchangerate\.host|maps\.googleapis\.com\/maps\/api\/(geocode|elevation|distancematrix|directions|timezone|place\/(textsearch|nearbysearch|findplacefromtext)))\b/;
/**
 * A message sent over a WebSocket: Starlette's and FastAPI's `websocket.send_text(…)`/`send_json(…)`, the `ws`
 * library's and a browser's `socket.send(…)`. What a server sends this way is what a page's `onmessage` handler reads.
 */
export const WEBSOCKET_SEND = /(^|\.)(send_text|send_json)$|(^|\.)(ws|websocket|socket|webSocket|client_?websocket|client_?ws)\.send$/;
/** Embedding and moderation endpoints (`…/v1/embeddings`, Ollama's `/api/embeddings`): they answer with vectors or scores, no one's text. */
export const VECTOR_API_PATHS = /\/(v1\/)?(embeddings|moderations)\b|\/api\/embed(dings)?\b/;
/** The low-level MCP server's tools/call handler (`server.setRequestHandler(CallToolRequestSchema, …)`): it returns the tool's result. */
export const MCP_TOOL_CALL_HANDLER = /(^|\.)setRequestHandler\(([\w$]+\.)?CallToolRequestSchema\)$/;
const SEARCH_API_HOSTS = /\b(api\.exa\.ai|api\.tavily\.com|google\.serper\.dev|serpapi\.com|api\.search\.brave\.com|api\.bing\.microsoft\.com|s\.jina\.ai|r\.jina\.ai|api\.firecrawl\.dev)\b/;

export const SOURCES: readonly SourceRow[] = [
  {
    // The low-level MCP server (TypeScript) answers every tools/call with one handler; its Python twin is
    // `@server.call_tool()` (the agent-tool-parameters row). First, so that a web framework's `request.params` row
    // does not take it for the requester's.
    id: 'mcp-call-tool-request', framework: "An MCP server's low-level tools/call handler (`server.setRequestHandler(CallToolRequestSchema, async (request) => …)`): `request.params.arguments` are the arguments the model wrote", origin: 'third-party', label: 'tool call', modelOutput: true, relaysRequest: true,
    path: /^[\w$]+\.params\.arguments\b/, rootIsParameter: true, module: /^@modelcontextprotocol\//, handlerOf: MCP_TOOL_CALL_HANDLER,
    exampleRule: 'llm/output-to-sink:error',
    examples: { typescript: "import { CallToolRequestSchema } from '@modelcontextprotocol/sdk/types.js';\nserver.setRequestHandler(CallToolRequestSchema, async (request) => {\n  const { arguments: input = {} } = request.params;\n  execSync(`kubectl get pods -n ${input.namespace}`);\n});" },
    lookAlikes: { typescript: "import { CallToolRequestSchema } from '@modelcontextprotocol/sdk/types.js';\nserver.setRequestHandler(CallToolRequestSchema, async (request) => {\n  if (request.params.name === 'list_pods') execSync('kubectl get pods');\n});" },
  },
  // ---- the requester -------------------------------------------------------------------------------------------
  {
    id: 'express-request', framework: 'Express, Fastify, Koa, Django (request parameter)', origin: 'requester', label: 'request input',
    path: /^(req|request|ctx\.request|ctx)\.(body|query|params|cookies|headers|url|originalUrl|POST|GET|data|FILES)\b/, rootIsParameter: true,
    pythonModule: /^(django|rest_framework|flask|quart|starlette|fastapi|sanic|aiohttp|bottle|falcon|tornado|pyramid|werkzeug|litestar)(\.|$)/,
    examples: { typescript: tsHandler('req, res', '', 'req.body.topic'), python: `from django.http import JsonResponse\n${pyFunction('def view(request):', '', 'request.POST["topic"]')}` },
    // (A parameter named `request` in a Python file that imports no web framework is no web request.)
    lookAlikes: { typescript: `const req = { body: { topic: 'fixed' } };\n${tsSystem('', 'req.body.topic')}`, python: pyFunction('def view(request):', '', 'request.POST["topic"]') },
  },
  {
    // Google ADK: the message of the person that started this run (`tool_context.user_content.parts[0].text`).
    id: 'adk-user-content', framework: "Google ADK's `tool_context.user_content` and `callback_context.user_content`: the message of the person using the app", origin: 'requester', label: "the person's message",
    module: /^google\.adk(\.|$)/,
    path: /^(tool_context|callback_context|context|ctx|readonly_context)\.user_content\b/,
    examples: { python: `from google.adk.tools import ToolContext\n${pySystem('tool_context = get_context()', 'tool_context.user_content.parts[0].text')}` },
    lookAlikes: { python: `from google.adk.tools import ToolContext\n${pySystem('tool_context = get_context()', 'tool_context.agent_name')}` },
  },
  {
    id: 'fetch-request', framework: 'Next.js route handlers, Hono, Remix (Web Request)', origin: 'requester', label: 'request input',
    path: /^(req|request|c\.req|ctx\.req)\.(json|formData|text|query|param|parseBody|valid)\(\)|(^|\.)searchParams\.get\(\)|^(req|request)\.nextUrl\.searchParams/, rootIsParameter: true,
    examples: { typescript: `export async function POST(request: Request) {\n  const { topic } = await request.json();\n  ${tsSystem('', 'topic')}\n}` },
    lookAlikes: { typescript: `export async function POST() {\n  const { topic } = await settings.json();\n  ${tsSystem('', 'topic')}\n}` },
  },
  {
    id: 'nextjs-server-action', framework: "Next.js server actions (what a `'use server'` file exports, or a function with its own `'use server'`): the browser calls them with any arguments", origin: 'requester', label: 'server action argument',
    serverAction: true,
    examples: { typescript: `'use server';\nexport async function ask(topic: string) {\n  ${tsSystem('', 'topic')}\n}` },
    lookAlikes: { typescript: `'use client';\nexport async function ask(topic: string) {\n  ${tsSystem('', 'topic')}\n}` },
  },
  {
    id: 'flask-request', framework: 'Flask, Quart (global request)', origin: 'requester', label: 'request input',
    // (`\b` cannot follow `get_json()`: a call's path ends with its parentheses.)
    path: /^request\.((form|args|values|json|data|files|cookies|headers)\b|get_json\(\)|get_data\(\))/, module: /^(flask|quart)$/,
    examples: { python: `from flask import request\n${pySystem('', 'request.form["topic"]')}` },
    lookAlikes: { python: `from settings import request\n${pySystem('', 'request.form["topic"]')}` },
  },
  {
    id: 'fastapi-route', framework: 'FastAPI / Starlette route parameters and Pydantic bodies', origin: 'requester', label: 'request input',
    decoratedBy: /^(app|router|api|\w+_router)\.(get|post|put|patch|delete|websocket|api_route)$/, exceptParams: /^(db|session|background_tasks|settings|user|current_user)$/,
    examples: { python: pyFunction('@app.post("/ask")\nasync def ask(body: Question):', '', 'body.topic') },
    lookAlikes: { python: pyFunction('@lru_cache\ndef ask(body: Question):', '', 'body.topic') },
  },
  {
    id: 'streamlit-input', framework: 'Streamlit widgets', origin: 'requester', label: 'form input',
    path: /^st\.(text_input|chat_input|text_area|selectbox|radio|multiselect|number_input|sidebar\.(text_input|text_area|selectbox))\(\)$/,
    examples: { python: pySystem('topic = st.text_input("Topic")', 'topic') },
    lookAlikes: { python: pySystem('topic = st.title("Topic")', 'topic') },
  },
  {
    id: 'gradio-callback', framework: 'Gradio (functions given to Interface, ChatInterface, .click/.submit)', origin: 'requester', label: 'form input',
    // In a file that imports Gradio: `executor.submit(run, code)` is concurrent.futures, not a form.
    callbackOf: /^(gr\.)?(Interface|ChatInterface)$|\.(click|submit|change|input)$/, module: /^gradio(\.|$)/,
    examples: { python: `import gradio as gr\n${pyFunction('def respond(topic, history):', '', 'topic')}\ndemo = gr.ChatInterface(respond)` },
    lookAlikes: { python: `${pyFunction('def respond(topic, history):', '', 'topic')}\nthreading.Thread(respond)` },
  },
  {
    id: 'dom-input', framework: 'Browser forms', origin: 'requester', label: 'form input',
    path: /\.(target|currentTarget)\.value$|(getElementById|querySelector)\(\)\.value$/,
    examples: { typescript: tsSystem('const topic = document.getElementById("t").value;', 'topic') },
    lookAlikes: { typescript: tsSystem('const topic = document.getElementById("t").dataset;', 'topic') },
  },
  {
    id: 'slack-bolt', framework: 'Slack Bolt (message, event, command, action handlers)', origin: 'requester', label: 'Slack message',
    callbackOf: /^(app|bolt|slackApp)\.(message|event|command|action|shortcut|view)$/, exceptParams: /^(say|client|ack|respond|logger|next|context)$/,
    examples: { typescript: `app.message(async ({ message, say }) => {\n  ${tsSystem('', 'message.text')}\n});`, python: `@app.message("")\n${pyFunction('def on_message(message, say):', '', 'message["text"]')}` },
    lookAlikes: { typescript: `app.start(async ({ message, say }) => {\n  ${tsSystem('', 'message.text')}\n});`, python: `@app.start("")\n${pyFunction('def on_message(message, say):', '', 'message["text"]')}` },
    decoratedBy: /^(app|bolt)\.(message|event|command|action|shortcut|view)$/,
  },
  {
    id: 'bot-framework', framework: 'Bot Framework / Teams (`context.activity.text`)', origin: 'requester', label: 'Teams message',
    path: /^(context|turnContext|turn_context|ctx)\.activity\.(text|value|attachments)\b/, rootIsParameter: true,
    examples: { typescript: `async function onMessage(context, next) {\n  ${tsSystem('', 'context.activity.text')}\n}`, python: pyFunction('async def on_message_activity(self, turn_context):', '', 'turn_context.activity.text') },
    lookAlikes: { typescript: `async function onMessage(context, next) {\n  ${tsSystem('', 'context.activity.id')}\n}`, python: pyFunction('async def on_message_activity(self, turn_context):', '', 'turn_context.activity.id') },
  },
  {
    id: 'discord-message', framework: 'discord.js / discord.py message events', origin: 'requester', label: 'Discord message',
    callbackOf: /^(client|bot)\.(on|once)$/, exceptParams: /^(client|bot)$/,
    examples: { typescript: `client.on('messageCreate', async (message) => {\n  ${tsSystem('', 'message.content')}\n});` },
    lookAlikes: { typescript: `client.off('messageCreate', async (message) => {\n  ${tsSystem('', 'message.content')}\n});` },
  },
  {
    id: 'langgraph-state', framework: "LangGraph graph state (the first parameter of a node or router the file registers with add_node / addNode / add_conditional_edges): its messages channel is the conversation the graph was invoked with; the other channels hold what the file's nodes wrote there", origin: 'requester', label: 'graph conversation',
    module: /langgraph/, graphNode: /(^|\.)(add_node|addNode|add_conditional_edges|addConditionalEdges)$/,
    examples: {
      typescript: `import { StateGraph } from '@langchain/langgraph';\nasync function agent(state) {\n  ${tsSystem('', 'state.messages')}\n}\nbuilder.addNode('agent', agent);`,
      python: `from langgraph.graph import StateGraph\n${pyFunction('def agent(state):', '', 'state["messages"]')}\nbuilder.add_node("agent", agent)`,
    },
    lookAlikes: {
      typescript: `import { StateGraph } from '@langchain/langgraph';\nasync function agent(state) {\n  ${tsSystem('', 'state.messages')}\n}\nbuilder.addEdge('agent', agent);`,
      python: `from langgraph.graph import StateGraph\n${pyFunction('def agent(state):', '', 'state["messages"]')}\nbuilder.add_edge("agent", agent)`,
    },
  },
  // ---- third parties -------------------------------------------------------------------------------------------
  {
    id: 'uploaded-file', framework: 'Uploads (Streamlit file_uploader, multer, request.files)', origin: 'third-party', label: 'uploaded file',
    path: /^st\.(file_uploader|sidebar\.file_uploader)\(\)$|^(req|request)\.(file|files)\b/,
    examples: { python: pySystem('upload = st.file_uploader("Doc")\ntext = upload.read().decode()', 'text') },
    lookAlikes: { python: pySystem('upload = st.download_button("Doc")\ntext = upload.label', 'text') },
  },
  {
    id: 'file-read', framework: 'Files read from disk, document loaders and PDF text (pdf.js `getTextContent`, pdf2json `getRawTextContent`); not the app\'s own files named by a relative path in the code', origin: 'third-party', label: 'file contents', appFiles: true,
    path: /(^|\.)(readFileSync|readFile|read_text|read_bytes|readlines|getTextContent|getRawTextContent)\(\)|^open\(\)\.read\(\)|(^|\.)(PyPDFLoader|TextLoader|PDFLoader|DirectoryLoader|UnstructuredFileLoader|CSVLoader|Docx2txtLoader|PdfReader|SimpleDirectoryReader)\(\)|(^|\.)(loader|loaders)\.(load|aload|load_data)\(\)/,
    examples: { typescript: tsSystem("const doc = fs.readFileSync(file, 'utf8');", 'doc'), python: pySystem('doc = Path(file).read_text()', 'doc') },
    lookAlikes: { typescript: tsSystem("const doc = fs.statSync(file).size;", 'doc'), python: pySystem('doc = Path(file).stat().st_size', 'doc') },
  },
  {
    id: 'web-page', framework: 'Fetched web pages and API responses (fetch, axios, got, requests, httpx); not fixed weather, geocoding and exchange-rate APIs', origin: 'third-party', label: 'web content',
    path: /^(fetch|axios|axios\.get|got|got\.get|gotScraping|gotScraping\.get|ky\.get|requests\.get|httpx\.get|urlopen|urllib\.request\.urlopen|\w*(client|session)\.get)\(\)/,
    exceptHosts: FIXED_DATA_API_HOSTS,
    examples: { typescript: tsSystem('const page = await (await fetch(url)).text();', 'page'), python: pySystem('page = requests.get(url).text', 'page') },
    lookAlikes: { typescript: tsSystem('const page = new URL(url).hostname;', 'page'), python: pySystem('page = urlparse(url).hostname', 'page') },
  },
  {
    // A scraper's result is a page someone else wrote — a document the task is about, not a record (`json.dumps` of it
    // is no "whole record"): scraper helpers whose code is out of sight (`scrape_website(url)`, `crawlPage(url)`),
    // HTML parsers and loaders, headless-browser page text, and Firecrawl's client.
    id: 'web-scrape', framework: 'Scraped web pages (scraper helpers, BeautifulSoup, cheerio, WebBaseLoader, Playwright/Puppeteer page text, trafilatura, Firecrawl)', origin: 'third-party', label: 'a scraped web page',
    path: /(^|\.)_?(driver|webdriver)\.page_source\b|(^|\.)(BeautifulSoup|WebBaseLoader|AsyncHtmlLoader|cheerio\.load|_?page\.content|_?page\.innerText|_?page\.textContent|_?page\.inner_text|_?page\.text_content|_?page\.evaluate|_?page\.\$eval|_?page\.\$\$eval|trafilatura\.extract)\(\)|(^|\.)(scrape|crawl|Scrape|Crawl|firecrawl)\w*\(\)|(^|\.)_?[fF]irecrawl\w*\.(search|scrape_?[uU]rl|scrape|crawl_?[uU]rl|crawl|extract|batch_?[sS]crape_?[uU]rls|map_?[uU]rl|deep_?[rR]esearch)\(\)/,
    examples: { typescript: tsSystem('const found = await firecrawl.search(q, { limit: 5 });', 'found.data.map((item) => item.markdown).join()'), python: pySystem('page = scrape_website(url)', 'page') },
    lookAlikes: { typescript: tsSystem('const found = await firecrawlQuota.remaining(q);', 'found'), python: pySystem('page = describe_scraper(url)', 'page') },
  },
  {
    // Bright Data's SDK: its web scrapers and datasets return pages and records (product listings with their reviews)
    // that others wrote.
    id: 'brightdata-sdk', framework: "Bright Data's SDK (`new bdclient(…)`: `scrape`, `search`, `datasets.<site>.collect…`)", origin: 'third-party', label: 'a scraped web page',
    module: /^@brightdata\/sdk$|^brightdata(\.|$)/, path: /(^|\.)\w*\.(scrape|search|scrapeUrl|scrape_url|datasets\.\w+\.\w+)\(\)/,
    examples: { typescript: `import { bdclient } from '@brightdata/sdk';\n${tsSystem("const found = await client.datasets.amazon.collectProducts([{ url }], { format: 'json' });", 'JSON.stringify(found)')}` },
    lookAlikes: { typescript: `import { bdclient } from '@brightdata/sdk';\n${tsSystem('const found = await client.zones.list();', 'String(found.length)')}` },
  },
  {
    // Olostep's SDK (v1): pages scraped, crawled or searched, and answers its model writes from the pages it reads.
    id: 'olostep', framework: "Olostep's web data API (`Olostep(…).scrapes.create`, `crawls`, `batches`, `searches`, `answers.create`): pages others wrote, or an answer made from them", origin: 'third-party', label: 'web pages',
    path: /(^|\.)(scrapes|crawls|batches|searches|answers)\.create\(\)$/, module: /^olostep(\.|$)/,
    examples: { python: `from olostep import Olostep\n${pySystem('found = Olostep(api_key=KEY).answers.create(task=q)', 'found.answer')}` },
    lookAlikes: { python: `from olostep import Olostep\n${pySystem('found = Olostep(api_key=KEY).maps.create(url=SITE)', '" ".join(found.urls)')}` },
  },
  {
    // MultiOn's browsing agent (`MultiOn(…).browse(cmd=…, url=…)`): its answer is made from the pages it browsed.
    id: 'multion', framework: "MultiOn's browsing agent (`browse`, `retrieve`, `sessions.step`): an answer made from web pages others wrote", origin: 'third-party', label: 'web pages',
    module: /^multion(\.|$)/,
    path: /(^|\.)\w*\.(browse|retrieve)\(\)|(^|\.)sessions\.step\(\)/,
    examples: { python: `from multion.client import MultiOn\n${pySystem('found = multion.browse(cmd=q, url="https://arxiv.org/")', 'found.message')}` },
    lookAlikes: { python: `from multion.client import MultiOn\n${pySystem('found = multion.sessions.list()', 'str(found)')}` },
  },
  {
    // A browser extension asks its content script (or injects a script) for the open tab's page: that is the page's
    // text, whoever wrote the page (Taxy AI sends the tab's DOM to the model and acts on its answer).
    id: 'browser-tab', framework: "Browser extensions: the open tab's page (chrome/browser tabs.sendMessage, scripting.executeScript)", origin: 'third-party', label: "the open tab's page",
    path: /(^|\.)(chrome|browser)\.(tabs\.sendMessage|scripting\.executeScript|tabs\.executeScript)\(\)/,
    examples: { typescript: tsSystem('const dom = await chrome.tabs.sendMessage(tab.id, { type: "getDOM" });', 'dom') },
    lookAlikes: { typescript: tsSystem('const tabs = await chrome.tabs.query({ active: true });', 'tabs[0].title') },
  },
  {
    id: 'email', framework: 'E-mail (IMAP, mailparser, Gmail API, email package)', origin: 'third-party', label: 'e-mail',
    path: /(^|\.)(simpleParser|message_from_bytes|message_from_string|imap\w*\.fetch|users\(\)\.messages\(\)\.get|get_payload)\(\)/i,
    examples: { typescript: tsSystem('const mail = await simpleParser(raw);', 'mail.text'), python: pySystem('mail = email.message_from_bytes(raw)', 'mail.get_payload()') },
    lookAlikes: { typescript: tsSystem('const mail = parseAddress(raw);', 'mail.text'), python: pySystem('mail = email.utils.parseaddr(raw)', 'mail[0]') },
  },
  {
    id: 'work-items', framework: 'Tickets, issues and pages others wrote (Jira, Confluence, Notion, Zendesk, Linear, GitHub issues and comments)', origin: 'third-party', label: 'tickets and pages others wrote',
    path: /(^|\.)_?(jira|confluence|notion|zendesk|linear)\w*\.(jql|search_issues|issue|get_issue|issues|get_page_by_id|get_page_by_title|get_page|cql|search|tickets|get_ticket|comments)\(\)|(^|\.)(pages|databases|blocks\.children)\.(retrieve|query|list)\(\)|(^|\.)_?(repo|repository|gh_repo|github_repo)\.(get_issue|get_issues|get_pull|get_pulls|get_comments)\(\)|(^|\.)(octokit\.)?(rest\.)?(issues|pulls)\.(get|list|listComments|listForRepo)\(\)/,
    examples: { typescript: tsSystem('const { data: issue } = await octokit.rest.issues.get({ owner, repo, issue_number });', 'issue.body'), python: pySystem('issues = self.jira.jql(query)', 'str(issues)') },
    lookAlikes: { typescript: tsSystem('const { data: issue } = await octokit.rest.issues.lock({ owner, repo, issue_number });', 'issue'), python: pySystem('issues = self.jira.projects()', 'str(issues)') },
  },
  {
    id: 'retrieval', framework: 'Vector stores and retrievers (LangChain, LlamaIndex — an index opened on a vector store with `VectorStoreIndex.from_vector_store` included —, Pinecone, Chroma, pgvector, RediSearch `ft().search`); an index built in sight from the app\'s own documents is the app\'s', origin: 'third-party', label: 'retrieved documents', appIndex: true,
    path: /(^|\.)(similarity_?[sS]earch\w*|similaritySearch\w*|max_marginal_relevance_search|get_relevant_documents|getRelevantDocuments|as_retriever|asRetriever)\(\)|(^|\.)(\w*_retriever|retriever|\w*Retriever|vectorstore|vectorStore|vector_store|docsearch|db)\.(invoke|ainvoke|get_relevant_documents|search|retrieve|aretrieve)\(\)|(^|\.)(index|collection|pinecone_index)\.(query|search)\(\)|(^|\.)_?(qdrant|weaviate|chroma|milvus|pinecone|lancedb|vector_?db|vectordb)\w*\.(search|query|query_points|similarity_search|hybrid_search|near_text)\(\)|\.(page_content|pageContent|source_nodes|sourceNodes)$|(^|\.)ft(\(\))?\.search\(\)|(^|\.)(GPT)?VectorStoreIndex\.from_vector_store\(\)/,
    examples: { typescript: tsSystem('const docs = await vectorStore.similaritySearch(q, 4);', 'docs.map((d) => d.pageContent).join()'), python: pySystem('docs = vectorstore.similarity_search(q, k=4)', '"".join(d.page_content for d in docs)') },
    lookAlikes: { typescript: tsSystem('const docs = await vectorStore.addDocuments(chunks);', 'docs.length'), python: pySystem('ids = vectorstore.add_documents(chunks)', 'len(ids)') },
  },
  {
    // Vertex AI's RAG Engine (`from vertexai import rag`): the chunks a corpus holds, for the query.
    id: 'vertex-rag-retrieval', framework: "Vertex AI RAG Engine (`rag.retrieval_query(rag_resources=…, text=q)`): the corpus's chunks", origin: 'third-party', label: 'retrieved documents',
    module: /^vertexai(\.preview)?(\.rag)?$/,
    path: /(^|\.)retrieval_query\(\)/,
    examples: { python: `from vertexai import rag\n${pySystem('found = rag.retrieval_query(rag_resources=[rag.RagResource(rag_corpus=corpus)], text=q)', 'str(found)')}` },
    lookAlikes: { python: `from vertexai import rag\n${pySystem('found = rag.list_files(corpus_name=corpus)', 'str(len(list(found)))')}` },
  },
  {
    // Qdrant's own client, whatever the app names it (`client = QdrantClient(url=…)`, `client.query_points(…).points`):
    // the payloads of the points it finds are the documents stored there.
    id: 'qdrant-client', framework: "Qdrant's client (`qdrant_client`, `@qdrant/js-client-rest`): `query_points`, `search`, `query`, `scroll`, `recommend` return the stored points' payloads", origin: 'third-party', label: 'retrieved documents',
    module: /^qdrant_client(\.|$)|^@qdrant\/js-client-rest$/,
    path: /(^|\.)_?(\w*[cC]lient|\w*[qQ]drant\w*|db|vector_?db|vectorDb)\.(query_points|queryPoints|query_batch_points|search_batch|search|query|scroll|recommend|discover)\(\)/,
    examples: { python: `from qdrant_client import QdrantClient\n${pySystem('found = client.query_points(collection_name="docs", query=vector, limit=3).points', '"".join(p.payload["content"] for p in found)')}`, typescript: `import { QdrantClient } from '@qdrant/js-client-rest';\n${tsSystem('const found = await client.query("docs", { query: vector, limit: 3 });', 'found.points.map((p) => p.payload.content).join()')}` },
    lookAlikes: { python: `from qdrant_client import QdrantClient\n${pySystem('found = client.get_collection(collection_name="docs")', 'str(found.points_count)')}`, typescript: `import { QdrantClient } from '@qdrant/js-client-rest';\n${tsSystem('const found = await client.getCollection("docs");', 'String(found.points_count)')}` },
  },
  {
    id: 'groundx-search', framework: "EyeLevel GroundX (`GroundX(…).search.content(id, query=…)`): the ingested documents' text it finds", origin: 'third-party', label: 'retrieved documents',
    module: /^groundx(\.|$)/, path: /(^|\.)\w*\.search\.(content|documents)\(\)/,
    examples: { python: `from groundx import GroundX\n${pySystem('found = client.search.content(id=17221, query=q, n=10)', 'found.search.text')}` },
    lookAlikes: { python: `from groundx import GroundX\n${pySystem('found = client.buckets.list()', 'str(len(found.buckets))')}` },
  },
  {
    // DSPy's retrievers: `dspy.ColBERTv2(url=…)(query, k=3)`, `dspy.Retrieve(k=3)(question).passages`.
    id: 'dspy-retrieve', framework: "DSPy retrievers (`dspy.ColBERTv2(url=…)(query)`, `dspy.Retrieve(k)(question).passages`): the passages an index finds", origin: 'third-party', label: 'retrieved documents',
    module: /^dspy(\.|$)/,
    path: /(^|\.)(ColBERTv2|Retrieve)\(\)\(\)|\.passages$/,
    examples: { python: `import dspy\n${pySystem('found = dspy.ColBERTv2(url=WIKI)(q, k=3)', '"".join(x["text"] for x in found)')}` },
    lookAlikes: { python: `import dspy\n${pySystem('found = dspy.Predict("q -> a")(q=q)', 'found.a')}` },
  },
  {
    // `searchClient.search(q, { top })` of Azure's `SearchClient`: the index's documents (Azure's RAG samples).
    id: 'azure-ai-search', framework: 'Azure AI Search (`SearchClient.search` of `@azure/search-documents` and `azure.search.documents`)', origin: 'third-party', label: 'retrieved documents',
    module: /^@azure\/search-documents$|^azure\.search\.documents/, path: /(^|\.)(search|search_?[cC]lient|client|index)\.search\(\)$/,
    examples: { typescript: `import { SearchClient } from '@azure/search-documents';\n${tsSystem('const found = await this.search.search(q, { top: 3 });', 'JSON.stringify(found)')}`, python: `from azure.search.documents import SearchClient\n${pySystem('found = search_client.search(q, top=3)', '"".join(d["content"] for d in found)')}` },
    lookAlikes: { typescript: `import { SearchClient } from '@azure/search-documents';\n${tsSystem('const found = await this.search.getDocument(id);', 'found.id')}`, python: `from azure.search.documents import SearchClient\n${pySystem('found = search_client.get_document_count()', 'str(found)')}` },
  },
  {
    // Ollama's hosted web search and page fetch (its tool-calling examples hand them to the model as tools).
    id: 'ollama-web-search', framework: "Ollama's hosted web search and fetch (`webSearch`/`webFetch` in JavaScript, `web_search`/`web_fetch` in Python)", origin: 'third-party', label: 'web search results',
    path: /(^|\.)(webSearch|webFetch|web_search|web_fetch)\(\)$/, module: /^ollama$/,
    examples: { typescript: `import { Ollama } from 'ollama';\n${tsSystem('const found = await client.webSearch({ query: q });', 'JSON.stringify(found)')}`, python: `import ollama\n${pySystem('found = ollama.web_fetch(url)', 'found.content')}` },
    lookAlikes: { typescript: `import { Ollama } from 'ollama';\n${tsSystem('const found = await client.list();', 'JSON.stringify(found)')}`, python: `import ollama\n${pySystem('found = ollama.show("llama3")', 'found.modelfile')}` },
  },
  {
    // yfinance's news: journalists' articles and press releases (not the prices, statements and profile figures —
    // `.info` is mostly numbers, read key by key).
    id: 'yfinance-news', framework: "Yahoo Finance news through yfinance (`yf.Ticker(t).news`, `.get_news()`): articles others wrote", origin: 'third-party', label: 'news articles',
    path: /(^|\.)Ticker(\(\))?\.(news|get_news\(\))$/, module: /^yfinance(\.|$)/,
    examples: { python: `import yfinance as yf\n${pySystem('stock = yf.Ticker(symbol)\narticles = stock.news', 'articles')}` },
    lookAlikes: { python: `import yfinance as yf\n${pySystem('prices = yf.Ticker(symbol).history(period="1mo")', 'prices')}` },
  },
  {
    // yt-dlp's metadata of a video, channel or playlist: titles, descriptions and tags their owners wrote.
    id: 'video-metadata', framework: "Video metadata (yt-dlp / youtube-dl `YoutubeDL(…).extract_info(url)`): titles, descriptions and tags the videos' owners wrote", origin: 'third-party', label: "videos' titles and descriptions",
    path: /(^|\.)extract_info\(\)$/, module: /^(yt_dlp|youtube_dl)(\.|$)/,
    examples: { python: `import yt_dlp\n${pySystem('with yt_dlp.YoutubeDL(opts) as ydl:\n    info = ydl.extract_info(url, download=False)', 'info["description"]')}` },
    lookAlikes: { python: `import yt_dlp\n${pySystem('with yt_dlp.YoutubeDL(opts) as ydl:\n    info = ydl.download([url])', 'info')}` },
  },
  {
    // Gemini reads a file by its URI (`types.Part.from_uri(file_uri=uri, mime_type=…)`): the document there, written by
    // whoever put it there, unless the code names the app's own file.
    id: 'genai-file-uri', framework: "Files Gemini reads by URI (`types.Part.from_uri(file_uri=…)`, Vertex AI's `Part.from_uri`): the document at that URI", origin: 'third-party', label: 'a document read from a URI',
    path: /(^|\.)Part\.from_uri\(\)/, module: /^(google\.genai|vertexai)(\.|$)/, literalUriIsApp: true,
    examples: { python: `from google.genai import types\n${pySystem('doc = types.Part.from_uri(file_uri=request.json["uri"], mime_type="application/pdf")', 'doc')}` },
    lookAlikes: { python: `from google.genai import types\n${pySystem('doc = types.Part.from_uri(file_uri="gs://app-samples/invoice.pdf", mime_type="application/pdf")', 'doc')}` },
  },
  {
    // Reddit through PRAW: a subreddit's listings and searches, a submission and its comments — posts anyone wrote.
    id: 'reddit-praw', framework: "Reddit posts and comments (PRAW: `reddit.subreddit(name).search(…)`, `.hot()`, `.new()`, `.top()`, `reddit.submission(id)`)", origin: 'third-party', label: 'Reddit posts',
    // (…also held first: `subreddit = reddit.subreddit(name)`, then `subreddit.search(q)`.)
    path: /(^|\.)subreddit(\(\))?\.(search|hot|new|top|rising|controversial|gilded|comments)\(\)|(^|\.)subreddit\(\)\.stream\.(submissions|comments)\(\)|(^|\.)(submission|comment|redditor)\(\)/, module: /^(a?sync)?praw(\.|$)|^asyncpraw(\.|$)/,
    examples: { python: `import praw\nreddit = praw.Reddit(client_id=cid, client_secret=secret, user_agent="bot")\n${pySystem('posts = reddit.subreddit("googlecloud").search(query, limit=5)', '"\\n".join(p.title + p.selftext for p in posts)')}` },
    lookAlikes: { python: `import praw\nreddit = praw.Reddit(client_id=cid, client_secret=secret, user_agent="bot")\n${pySystem('posts = reddit.subreddit("googlecloud").display_name', 'posts')}` },
  },
  {
    id: 'youtube-transcript', framework: 'YouTube transcripts (youtube-transcript-api: `YouTubeTranscriptApi().fetch`, `get_transcript`)', origin: 'third-party', label: 'a video transcript',
    path: /(^|\.)(fetch|get_transcript|get_transcripts|list_transcripts|list)\(\)$/, module: /^youtube_transcript_api/,
    examples: { python: `from youtube_transcript_api import YouTubeTranscriptApi\n${pySystem('parts = YouTubeTranscriptApi().fetch(video_id)', '" ".join(p.text for p in parts)')}` },
    lookAlikes: { python: `from videos import Library\n${pySystem('parts = Library().fetch(video_id)', '" ".join(p.text for p in parts)')}` },
  },
  {
    // gitingest turns a repository (a URL or a folder) into one text: its summary, its file tree and every file's content.
    id: 'gitingest', framework: "gitingest (`ingest(url)`, `ingest_async`): a repository's summary, file tree and files' content, written by its authors", origin: 'third-party', label: "a repository's files",
    path: /(^|\.)(ingest|ingest_async)\(\)$/, module: /^gitingest(\.|$)/,
    examples: { python: `from gitingest import ingest\n${pySystem('summary, tree, content = ingest(repo_url)', 'content')}` },
    lookAlikes: { python: `from pipeline import ingest\n${pySystem('summary, tree, content = ingest(repo_url)', 'content')}` },
  },
  {
    id: 'web-search', framework: 'Web search APIs and helpers (SerpAPI, including its `GoogleSearch(params).get_dict()` client, Tavily, Bing, Google, DuckDuckGo, Brave, Exa)', origin: 'third-party', label: 'web search results',
    // …and LangChain's search tools built by the app, then run (`TavilySearchResults(…).ainvoke(q)`).
    path: /(^|\.|_)(serp_?api\w*|serpapi\w*|tavily\w*|((Async)?TavilyClient|tavily_?[cC]lient)\.(search|extract|crawl|qna_search|get_search_context)|duckduckgo\w*|ddg_?search\w*|DDGS\.text|brave_?search\w*|bing_?[sS]earch\w*|google_?[sS]earch\w*|exa\w*\.search\w*|Exa(\(\))?\.(search|find_similar)\w*|web_?[sS]earch\w*|webSearch\w*|WebSearchTool|search_web|searchWeb)\(\)|^(Tavily\w*|DuckDuckGoSearch\w*|BraveSearch|BingSearch\w*|GoogleSearch\w*|GoogleSerperAPIWrapper|SerpAPIWrapper|SearxSearch\w*|ExaSearch\w*)(\(\))?\.(a?invoke|a?run|results|get_dict|get_json|get_dictionary)\(\)$/,
    examples: { typescript: tsSystem('const results = await webSearch(q);', 'JSON.stringify(results)'), python: pySystem('search = TavilySearchResults(max_results=5)\nresults = search.invoke({"query": q})', 'json.dumps(results)') },
    lookAlikes: { typescript: tsSystem('const results = await isWebSearchOn(q);', 'results'), python: pySystem('search = SearchSettings(max_results=5)\nresults = search.invoke({"query": q})', 'json.dumps(results)') },
  },
  {
    // Linkup's client (`LinkupClient().search(query=…, output_type="sourcedAnswer")`): web results, or an answer a model
    // wrote from them, made of pages others wrote.
    id: 'linkup-search', framework: "Linkup web search (`LinkupClient().search(…)`, `async_search`), in files that import linkup", origin: 'third-party', label: 'web search results',
    module: /^linkup(\.|$)/, path: /(^|\.)\w*([cC]lient|linkup\w*)(\(\))?\.(search|async_search)\(\)$/,
    examples: { python: `from linkup import LinkupClient\nlinkup_client = LinkupClient()\n${pySystem('found = linkup_client.search(query=q, depth="standard", output_type="sourcedAnswer")', 'str(found)')}` },
    lookAlikes: { python: `from linkup import LinkupClient\nlinkup_client = LinkupClient()\n${pySystem('found = linkup_client.balance()', 'str(found)')}` },
  },
  {
    // A search API called over raw HTTP (`client.post("https://api.exa.ai/search", json=…)`, an MCP server's own
    // request helper): its answer is the pages others wrote, whatever the method.
    id: 'search-api-http', framework: 'Web search APIs called over raw HTTP (Exa, Tavily, Serper, SerpAPI, Brave, Bing, Jina, Firecrawl)', origin: 'third-party', label: 'web search results',
    path: /^(fetch|axios(\.(get|post|request))?|got(\.(get|post))?|ky(\.(get|post))?|requests\.(get|post|request)|httpx\.(get|post|request)|\w*(client|session|http)\.(get|post|request))\(\)$/i,
    hosts: SEARCH_API_HOSTS,
    examples: { typescript: tsSystem('const found = (await http.post("https://api.tavily.com/search", body)).data;', 'JSON.stringify(found.results)'), python: pySystem('found = requests.post("https://api.exa.ai/search", json={"query": q}).json()', 'str(found["results"])') },
    lookAlikes: { typescript: tsSystem('const found = (await http.post("https://api.example.com/log", body)).data;', 'JSON.stringify(found.results)'), python: pySystem('found = requests.post("https://api.example.com/log", json={"query": q}).json()', 'str(found["results"])') },
  },
  {
    // A hosted retrieval service called over raw HTTP: its answer is chunks of the documents indexed there.
    id: 'retrieval-api-http', framework: 'Hosted retrieval APIs called over raw HTTP (Ragie, Vectara, Contextual AI, Needle)', origin: 'third-party', label: 'retrieved documents',
    path: /^(fetch|axios(\.(get|post|request))?|got(\.(get|post))?|ky(\.(get|post))?|requests\.(get|post|request)|httpx\.(get|post|request)|\w*(client|session|http)\.(get|post|request))\(\)$/i,
    hosts: /\b(api\.ragie\.ai|api\.vectara\.io|api\.contextual\.ai|needle-ai\.com)\b/,
    examples: { typescript: tsSystem('const found = (await http.post("https://api.ragie.ai/retrievals", body)).data;', 'JSON.stringify(found.scored_chunks)'), python: pySystem('found = requests.post("https://api.ragie.ai/retrievals", json={"query": q}).json()', 'str(found["scored_chunks"])') },
    lookAlikes: { typescript: tsSystem('const found = (await http.post("https://api.example.com/retrievals", body)).data;', 'JSON.stringify(found.scored_chunks)'), python: pySystem('found = requests.post("https://api.example.com/retrievals", json={"query": q}).json()', 'str(found["scored_chunks"])') },
  },
  {
    // smolagents' own search tools, run in the app's process (the OpenAI Agents SDK's `WebSearchTool` of the same name is
    // the provider's hosted search: its results stay in OpenAI's service).
    id: 'smolagents-search-tool', framework: "smolagents' search tools (`WebSearchTool`, `ApiWebSearchTool`, `WikipediaSearchTool`) given to an agent: they return search results", origin: 'third-party', label: 'web pages and search results',
    module: /^smolagents(\.|$)/,
    libraryTool: /(^|\.)(WebSearchTool|ApiWebSearchTool|WikipediaSearchTool)$/,
    examples: { python: 'from smolagents import ToolCallingAgent, WebSearchTool\nagent = ToolCallingAgent(tools=[WebSearchTool()], model=model)\nagent.run(question)' },
    lookAlikes: { python: 'from agents import Agent, WebSearchTool\nagent = Agent(name="research", tools=[WebSearchTool()])' },
  },
  {
    // Handed to a model as a tool (`llm.bindTools([new TavilySearchResults()])`, `ToolNode(TOOLS)`): the library runs
    // the search and returns the results to the model; the finding is reported where the app makes the tool.
    id: 'library-search-tool', framework: "Search, scraping and browsing tools of LangChain, agno, pydantic-ai, smolagents, CrewAI and AG2 given to a model (TavilySearchResults, DuckDuckGoSearchRun, BraveSearch, agno's DuckDuckGoTools, ExaTools, GithubTools, ScrapeGraphTools, pydantic-ai's duckduckgo_search_tool, smolagents' DuckDuckGoSearchTool, crewai_tools' SerperDevTool, EXASearchTool, ScrapeWebsiteTool, AG2's TinyFishTool, BrowserUseTool, …): their results go back to it", origin: 'third-party', label: 'web pages and search results',
    libraryTool: LIBRARY_SEARCH_TOOL,
    examples: { typescript: 'const search = new TavilySearchResults({ maxResults: 3 });\nconst model = llm.bindTools([search]);', python: 'search = TavilySearchResults(max_results=3)\nmodel = llm.bind_tools([search])' },
    lookAlikes: { typescript: 'const search = new TavilySearchResults({ maxResults: 3 });\nconst model = llm.bindTools([calculator]);', python: 'search = TavilySearchResults(max_results=3)\nmodel = llm.bind_tools([calculator])' },
  },
  {
    // browser-use's agent drives a browser with its model: the pages it reads go back to that model, which clicks and types.
    id: 'browser-agent', framework: "browser-use agents (`Agent(task=…, llm=…)` from browser_use): the web pages the browser reads go back to the model that drives it", origin: 'third-party', label: 'web pages',
    module: /^browser_use(\.|$)/,
    libraryTool: /^(Agent|BrowserAgent)$/,
    libraryToolArgs: /\btask\s*=/,
    examples: { python: 'from browser_use import Agent\nagent = Agent(task="Find the cheapest laptop on shop.example", llm=llm)\nawait agent.run()' },
    lookAlikes: { python: 'from agno.agent import Agent\nagent = Agent(task="Find the cheapest laptop on shop.example", llm=llm)\nawait agent.run()' },
  },
  {
    // CrewAI's RAG and vector-search tools: the chunks they find (whoever wrote the documents indexed) go back to the agent.
    id: 'library-retrieval-tool', framework: "Retrieval tools given to a model (crewai_tools' QdrantVectorSearchTool, PDFSearchTool, RagTool, …): the documents they find go back to it", origin: 'third-party', label: 'retrieved documents',
    libraryTool: /(^|\.)(new )?(QdrantVectorSearchTool|WeaviateVectorSearchTool|MongoDBVectorSearchTool|CouchbaseFTSVectorSearchTool|PDFSearchTool|TXTSearchTool|DOCXSearchTool|CSVSearchTool|JSONSearchTool|MDXSearchTool|XMLSearchTool|DirectorySearchTool|RagTool)$/,
    examples: { python: 'from crewai import Agent\nsearch = QdrantVectorSearchTool(collection_name="docs", qdrant_url=URL)\nanalyst = Agent(role="Analyst", goal="Answer", backstory="…", tools=[search])' },
    lookAlikes: { python: 'from crewai import Agent\nsearch = QdrantVectorSearchTool(collection_name="docs", qdrant_url=URL)\nanalyst = Agent(role="Analyst", goal="Answer", backstory="…", tools=[calculator])' },
  },
  {
    // LangChain's `create_retriever_tool(retriever, name, description)` (the agentic-RAG tutorials): a tool whose result is
    // the documents its retriever finds, handed to a model with `bind_tools` or an agent.
    id: 'langchain-retriever-tool', framework: "LangChain's retriever tool (`create_retriever_tool`, `createRetrieverTool`): the documents its retriever finds go back to the model given it", origin: 'third-party', label: 'retrieved documents',
    libraryTool: /(^|\.)(create_retriever_tool|createRetrieverTool)$/,
    examples: { python: 'retrieve = create_retriever_tool(vectorstore.as_retriever(), "search_posts", "Search the blog posts")\nmodel = llm.bind_tools([retrieve])', typescript: 'const retrieve = createRetrieverTool(vectorStore.asRetriever(), { name: "search_posts", description: "Search the blog posts" });\nconst model = llm.bindTools([retrieve]);' },
    lookAlikes: { python: 'retrieve = create_retriever_tool(vectorstore.as_retriever(), "search_posts", "Search the blog posts")\nmodel = llm.bind_tools([calculator])', typescript: 'const retrieve = createRetrieverTool(vectorStore.asRetriever(), { name: "search_posts", description: "Search the blog posts" });\nconst model = llm.bindTools([calculator]);' },
  },
  {
    // Strands' ready-made HTTP tool: the model names any URL, and what it answers goes back to the model.
    id: 'library-http-tool', framework: "HTTP request tools given to a model as they are imported (strands_tools' `http_request`): the pages and API answers they fetch go back to it", origin: 'third-party', label: 'web pages',
    libraryToolImport: /^strands_tools(\.http_request)?\.http_request$/,
    examples: { python: 'from strands import Agent\nfrom strands_tools import http_request\nagent = Agent(tools=[http_request], model=model)\nagent("Summarise the forecast")' },
    lookAlikes: { python: 'from strands import Agent\nfrom strands_tools import calculator\nagent = Agent(tools=[calculator], model=model)\nagent("Summarise the forecast")' },
  },
  {
    // agno's YFinanceTools with company news on: the articles' text (journalists', press releases) goes back to the model.
    id: 'library-news-tool', framework: "Finance tools given to a model with news turned on (agno's `YFinanceTools(company_news=True)`): the news articles they return go back to it", origin: 'third-party', label: 'news articles',
    libraryTool: /(^|\.)(new )?YFinanceTools$/,
    libraryToolArgs: /\b(company_news|enable_all|all)\s*=\s*True\b/,
    examples: { python: 'from agno.agent import Agent\nagent = Agent(model=model, tools=[YFinanceTools(stock_price=True, company_news=True)])\nagent.print_response("How is NVDA doing?")' },
    lookAlikes: { python: 'from agno.agent import Agent\nagent = Agent(model=model, tools=[YFinanceTools(stock_price=True, analyst_recommendations=True)])\nagent.print_response("How is NVDA doing?")' },
  },
  {
    // Cal.com's bookings are made by anyone with the booking link: their names and notes go back to the model.
    id: 'library-booking-tool', framework: "Booking tools given to a model (agno's CalComTools): the bookings they list, with the names and notes whoever booked wrote, go back to it", origin: 'third-party', label: 'bookings',
    libraryTool: /(^|\.)(new )?CalComTools$/,
    examples: { python: 'from agno.agent import Agent\nagent = Agent(model=model, tools=[CalComTools(api_key=KEY)])\nagent.print_response("Show my upcoming calls")' },
    lookAlikes: { python: 'from agno.agent import Agent\nagent = Agent(model=model, tools=[CalculatorTools()])\nagent.print_response("Show my upcoming calls")' },
  },
  {
    // Team tools read what colleagues and customers wrote: agno's SlackTools reads a channel's history unless that is
    // turned off, LinearTools and JiraTools read issues, ConfluenceTools pages, DiscordTools messages, ZendeskTools
    // help-centre articles. That text goes back to the model, which can post, file or change things with the same tools.
    id: 'library-workspace-tool', framework: "Team workspace tools given to a model (agno's SlackTools with channel history on, LinearTools, JiraTools, ConfluenceTools, DiscordTools, ZendeskTools): the messages, issues and pages other people wrote go back to it", origin: 'third-party', label: 'messages and issues others wrote',
    libraryTool: /(^|\.)(new )?(SlackTools|LinearTools|JiraTools|ConfluenceTools|DiscordTools|ZendeskTools)$/,
    libraryToolArgs: /^(?![\s\S]*\b(enable_)?get_channel_history\s*=\s*False\b)/,
    examples: { python: 'from agno.agent import Agent\nagent = Agent(model=model, tools=[SlackTools(token=TOKEN)])\nagent.print_response("Sum up #support")' },
    lookAlikes: { python: 'from agno.agent import Agent\nagent = Agent(model=model, tools=[SlackTools(token=TOKEN, get_channel_history=False)])\nagent.print_response("Post the release note")' },
  },
  {
    // The Claude Agent SDK names its built-in tools by string (`tools=["WebSearch", "Write"]`, `allowedTools: [… "WebFetch"]`):
    // the pages and search results they return go back to the agent's model.
    id: 'claude-agent-web-tools', framework: "The Claude Agent SDK's built-in WebSearch and WebFetch tools, named in an agent's options or a subagent's definition (`AgentDefinition(tools=[\"WebSearch\", …])`, `query({ options: { allowedTools: [\"WebFetch\"] } })`): the pages and results they return go back to the agent's model", origin: 'third-party', label: 'web pages and search results',
    module: /^(claude_agent_sdk|claude_code_sdk|@anthropic-ai\/claude-agent-sdk|@anthropic-ai\/claude-code)(\.|\/|$)/,
    libraryTool: /(^|\.)(AgentDefinition|ClaudeAgentOptions|ClaudeCodeOptions|query)$/,
    // (A subagent's own tools, or the tools the options let run; the options' `agents` dict holds the subagents' definitions.)
    libraryToolArgs: /^(?:\w+\.)?AgentDefinition\([\s\S]*?\btools\W{1,6}\[[^\]]*["'](?:WebSearch|WebFetch)["']|allowed_?[tT]ools\W{1,6}(?:\[[^\]]*)?["'](?:WebSearch|WebFetch)["']/,
    examples: { python: 'from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions\nresearcher = AgentDefinition(description="Researches", tools=["WebSearch", "Write"], prompt=PROMPT)\noptions = ClaudeAgentOptions(agents={"researcher": researcher})', typescript: 'import { query } from "@anthropic-ai/claude-agent-sdk";\nconst run = query({ prompt: queue, options: { allowedTools: ["Read", "WebFetch"] } });' },
    lookAlikes: { python: 'from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions\nresearcher = AgentDefinition(description="Researches", tools=["Read", "Write"], prompt=PROMPT)\noptions = ClaudeAgentOptions(agents={"researcher": researcher})', typescript: 'import { query } from "@anthropic-ai/claude-agent-sdk";\nconst run = query({ prompt: queue, options: { allowedTools: ["Read", "Grep"] } });' },
  },
  {
    // Microsoft Agent Framework's context providers retrieve before each run and add what they find as messages of their
    // own (the Azure AI Search provider: user messages): documents someone else wrote, in every conversation.
    id: 'agent-framework-context-provider', framework: "Microsoft Agent Framework's retrieval context providers given to an agent (`Agent(context_providers=[Neo4jContextProvider(…)])`, AzureAISearchContextProvider): the documents they retrieve are added to each run", origin: 'third-party', label: 'retrieved documents',
    libraryTool: /(^|\.)(Neo4jContextProvider|AzureAISearchContextProvider)$/, libraryContext: true,
    exampleRule: 'prompt/untrusted-interpolation:warning', // (its agent has no tools here: a warning)
    examples: { python: 'from agent_framework import Agent\nprovider = Neo4jContextProvider(uri=URI, index_name="chunks")\nagent = Agent(client=client, instructions="Answer from the context.", context_providers=[provider])\nawait agent.run(question)' },
    lookAlikes: { python: 'from agent_framework import Agent\nprovider = Neo4jContextProvider(uri=URI, index_name="chunks")\nagent = Agent(client=client, instructions="Answer from the context.", context_providers=[])\nawait agent.run(question)' },
  },
  {
    // A database tool returns rows: whoever wrote them (an uploaded spreadsheet loaded into DuckDB, a shared table), the
    // model reads them back and can run more queries with the same tool.
    id: 'library-database-tool', framework: "Database tools given to a model (agno's DuckDbTools, SQLTools, PostgresTools, CsvTools, CrewAI's NL2SQLTool, LangChain's QuerySQLDatabaseTool, and its SQLDatabaseToolkit or SqlToolkit as `toolkit.get_tools()`): the rows their queries return go back to it", origin: 'third-party', label: 'database rows',
    libraryTool: /(^|\.)(new )?(DuckDbTools|SQLTools|PostgresTools|CsvTools|NL2SQLTool|QuerySQLDataBaseTool|QuerySQLDatabaseTool|SQLDatabaseToolkit|SqlToolkit)$/,
    examples: { python: 'from agno.agent import Agent\nagent = Agent(model=model, tools=[DuckDbTools()])\nagent.print_response("Which region sold most?")' },
    lookAlikes: { python: 'from agno.agent import Agent\nagent = Agent(model=model, tools=[DuckDuckGoSearchResultsTools()])\nagent.print_response("Which region sold most?")' },
  },
  {
    // LlamaIndex's tool specs, given as `spec.to_tool_list()`: what their functions fetch goes back to the agent.
    id: 'llamaindex-reader-tool-spec', framework: "LlamaIndex tool specs that read what others wrote, given to an agent as `spec.to_tool_list()` (FinanceAgentToolSpec's news, Tavily, DuckDuckGo, Brave, Bing, Exa, Wikipedia, arXiv, Gmail, Slack, Notion, Jira, Linear, Requests, Playwright)", origin: 'third-party', label: 'web pages, messages and news',
    libraryTool: /(^|\.)(FinanceAgentToolSpec|YahooFinanceToolSpec|TavilyToolSpec|DuckDuckGoSearchToolSpec|BraveSearchToolSpec|BingSearchToolSpec|GoogleSearchToolSpec|ExaToolSpec|WikipediaToolSpec|ArxivToolSpec|GmailToolSpec|SlackToolSpec|NotionToolSpec|JiraToolSpec|LinearToolSpec|RequestsToolSpec|PlaywrightToolSpec|ScrapegraphToolSpec)$/,
    examples: { python: 'from llama_index.agent.openai import OpenAIAgent\nspec = TavilyToolSpec(api_key=KEY)\nagent = OpenAIAgent.from_tools(spec.to_tool_list(), llm=llm)\nagent.chat(question)' },
    lookAlikes: { python: 'from llama_index.agent.openai import OpenAIAgent\nspec = CalculatorToolSpec()\nagent = OpenAIAgent.from_tools(spec.to_tool_list(), llm=llm)\nagent.chat(question)' },
  },
  {
    // The same for mail: agno's GmailTools, LangChain's Gmail and Office 365 tools read anyone's e-mail to the model.
    id: 'library-mail-tool', framework: "Mail tools given to a model (agno's GmailTools, LangChain's GmailToolkit, GmailSearch, O365Toolkit, …): the e-mails they read go back to it", origin: 'third-party', label: 'e-mail',
    libraryTool: /(^|\.)(new )?(GmailTools|GmailToolkit|GmailSearch|GmailGetMessage|GmailGetThread|O365Toolkit|O365SearchEmails)$/,
    examples: { python: 'from agno.agent import Agent\nagent = Agent(model=model, tools=[GmailTools(credentials_path=CREDS)])\nagent.print_response("Plan my week")' },
    lookAlikes: { python: 'from agno.agent import Agent\nagent = Agent(model=model, tools=[CalculatorTools()])\nagent.print_response("Plan my week")' },
  },
  {
    // An MCP client started on a server whose tools fetch or scrape the web (Bright Data, Firecrawl, the reference fetch
    // and Puppeteer servers, Playwright's, Tavily's, Exa's, Browserbase's): its tools return web pages to the model.
    id: 'web-mcp-server', framework: "MCP clients started on a web-scraping, search or documentation server (`MCPServerStdio(params={'args': ['-y', '@brightdata/mcp']})`, agno's MCPTools, `StdioServerParameters`, `StdioClientTransport`; Exa's remote server; documentation servers: AWS's, Context7, GitMCP, Microsoft Learn, a `https://docs.…/mcp` endpoint): their tools return web pages", origin: 'third-party', label: 'web pages',
    libraryTool: MCP_CLIENT,
    libraryToolArgs: /@brightdata\/mcp|firecrawl-mcp|mcp-server-fetch|@modelcontextprotocol\/server-(fetch|puppeteer|brave-search)|@playwright\/mcp|tavily-mcp|exa-mcp-server|mcp\.exa\.ai|aws-documentation-mcp-server|@upstash\/context7-mcp|mcp\.context7\.com|gitmcp\.io|learn\.microsoft\.com\/api\/mcp|https?:\/\/docs\.[\w.-]+\/mcp\b|@browserbasehq\/mcp|\bpuppeteer-mcp-server\b/,
    examples: { python: `from agents import Agent, Runner\nfrom agents.mcp import MCPServerStdio\nserver = MCPServerStdio(params={"command": "npx", "args": ["-y", "@brightdata/mcp"]})\nagent = Agent(name="research", mcp_servers=[server])\nRunner.run_sync(agent, question)` },
    lookAlikes: { python: `from agents import Agent, Runner\nfrom agents.mcp import MCPServerStdio\nserver = MCPServerStdio(params={"command": "npx", "args": ["-y", "@modelcontextprotocol/server-memory"]})\nagent = Agent(name="research", mcp_servers=[server])\nRunner.run_sync(agent, question)` },
  },
  {
    // The same for a code host's server (GitHub's official one, the reference GitHub and GitLab servers): issues, pull
    // requests and files anyone can write come back to a model whose tools act with the person's token.
    id: 'repository-mcp-server', framework: "MCP clients started on GitHub's or GitLab's server (`ghcr.io/github/github-mcp-server`, `@modelcontextprotocol/server-github`, `@modelcontextprotocol/server-gitlab`): their tools return issues, pull requests and files anyone can write", origin: 'third-party', label: 'issues and pull requests',
    libraryTool: MCP_CLIENT,
    libraryToolArgs: /github-mcp-server|@modelcontextprotocol\/server-(github|gitlab)/,
    examples: { python: `from agno.agent import Agent\nfrom mcp import StdioServerParameters\nparams = StdioServerParameters(command="docker", args=["run", "-i", "--rm", "ghcr.io/github/github-mcp-server"])\nagent = Agent(model=model, tools=[MCPTools(server_params=params)])` },
    lookAlikes: { python: `from agno.agent import Agent\nfrom mcp import StdioServerParameters\nparams = StdioServerParameters(command="docker", args=["run", "-i", "--rm", "mcp/time"])\nagent = Agent(model=model, tools=[MCPTools(server_params=params)])` },
  },
  {
    // The same for servers whose tools return what people post on a platform: Airbnb's listings and reviews (OpenBnB's
    // server), Slack channels (the reference server), Reddit posts and comments.
    id: 'community-mcp-server', framework: "MCP clients started on a server whose tools return what people post (`@openbnb/mcp-server-airbnb`: listings and reviews; `@modelcontextprotocol/server-slack`: channel messages; `mcp-server-reddit`: posts and comments)", origin: 'third-party', label: 'posts, listings and reviews others wrote',
    libraryTool: MCP_CLIENT,
    libraryToolArgs: /@openbnb\/mcp-server-airbnb|@modelcontextprotocol\/server-slack|mcp-server-reddit/,
    examples: { python: `from agno.agent import Agent\nfrom mcp import StdioServerParameters\nparams = StdioServerParameters(command="npx", args=["-y", "@openbnb/mcp-server-airbnb"])\nagent = Agent(model=model, tools=[MCPTools(server_params=params)])` },
    lookAlikes: { python: `from agno.agent import Agent\nfrom mcp import StdioServerParameters\nparams = StdioServerParameters(command="npx", args=["-y", "@modelcontextprotocol/server-everything"])\nagent = Agent(model=model, tools=[MCPTools(server_params=params)])` },
  },
  {
    // Servers over a workspace, a mailbox or a tracker others write in: what they read back is someone else's text.
    id: 'workspace-mcp-server', framework: "MCP clients started on a server over a shared workspace, mailbox or tracker (`@notionhq/notion-mcp-server`, Gmail servers, `mcp-atlassian`, Linear's, `@modelcontextprotocol/server-gdrive`): pages, e-mails and issues others wrote", origin: 'third-party', label: 'pages, e-mails and issues others wrote',
    libraryTool: MCP_CLIENT,
    libraryToolArgs: /@notionhq\/notion-mcp-server|server-gmail|gmail-mcp|mcp-atlassian|linear-mcp-server|@modelcontextprotocol\/server-gdrive/,
    examples: { python: `from agno.agent import Agent\nfrom mcp import StdioServerParameters\nparams = StdioServerParameters(command="npx", args=["-y", "@notionhq/notion-mcp-server"])\nagent = Agent(model=model, tools=[MCPTools(server_params=params)])` },
    lookAlikes: { python: `from agno.agent import Agent\nfrom mcp import StdioServerParameters\nparams = StdioServerParameters(command="npx", args=["-y", "@modelcontextprotocol/server-memory"])\nagent = Agent(model=model, tools=[MCPTools(server_params=params)])` },
  },
  {
    // agno's `Agent(knowledge=kb, search_knowledge=True)`: the agent searches the pages the knowledge base was built from.
    id: 'library-web-knowledge', framework: "agno knowledge bases built from web pages and given to an agent (`knowledge=UrlKnowledge(urls=…)`, PDFUrlKnowledgeBase, WebsiteKnowledgeBase, …): the agent searches them as a tool", origin: 'third-party', label: 'web pages',
    libraryTool: /(^|\.)(UrlKnowledge|PDFUrlKnowledgeBase|WebsiteKnowledgeBase|WebsiteKnowledge|WikipediaKnowledgeBase|ArxivKnowledgeBase|YouTubeKnowledgeBase)$/,
    examples: { python: 'from agno.agent import Agent\nkb = UrlKnowledge(urls=urls, vector_db=db)\nagent = Agent(model=model, knowledge=kb, search_knowledge=True)\nagent.print_response(question)' },
    lookAlikes: { python: 'from agno.agent import Agent\nkb = TextKnowledgeBase(path="handbook", vector_db=db)\nagent = Agent(model=model, knowledge=kb, search_knowledge=True)\nagent.print_response(question)' },
  },
  {
    // agno 2's one Knowledge class is filled after it is made: what `add_content(url=…)` read is what the agent searches.
    id: 'library-added-knowledge', framework: "agno knowledge filled from outside and given to an agent (`kb = Knowledge(vector_db=…)`, `kb.add_content(url=…)`, `Agent(knowledge=kb)`): the agent searches what was added as a tool", origin: 'third-party', label: 'added documents',
    module: /^agno(\.|$)/,
    libraryTool: /(^|\.)Knowledge$/,
    libraryToolFilledBy: /\.a?add_contents?$/,
    examples: { python: 'from agno.agent import Agent\nfrom agno.knowledge.knowledge import Knowledge\nkb = Knowledge(vector_db=db)\nkb.add_content(url=url)\nagent = Agent(model=model, knowledge=kb, search_knowledge=True)\nagent.print_response(question)' },
    lookAlikes: { python: 'from agno.agent import Agent\nfrom agno.knowledge.knowledge import Knowledge\nkb = Knowledge(vector_db=db)\nkb.add_content(path="docs/handbook.pdf")\nagent = Agent(model=model, knowledge=kb, search_knowledge=True)\nagent.print_response(question)' },
  },
  {
    id: 'retrieval-helper', framework: 'Search/retrieve helpers whose code is not in the workspace', origin: 'third-party', label: 'retrieved documents', unseenCode: true,
    // (Not a text editor's `search_and_replace`/`searchReplace`: a search in the text it is given.)
    path: /^(search|retrieve|fetch_?[dD]ocs|get_?[cC]ontext|getContext|get_relevant)(?!_?[aA]nd_?[rR]eplace|_?[rR]eplace)[A-Z_]\w*\(\)$|^(search|retrieve)\(\)$/,
    examples: { typescript: tsSystem('const context = await retrieveDocuments(q);', 'context'), python: pySystem('context = search_docs(q)', 'context') },
    lookAlikes: { typescript: tsSystem('const context = await countDocuments(q);', 'context'), python: pySystem('context = re.search(pattern, q)', 'context') },
  },
  {
    id: 'tool-call', framework: 'Tool and function calls: the arguments the model wrote (model output)', origin: 'third-party', label: 'tool call', modelOutput: true, relaysRequest: true,
    path: /(^|\.)(tool_calls|toolCalls|function_call|functionCall)\b/,
    examples: { typescript: tsSystem('const call = response.choices[0].message.tool_calls[0];', 'call.function.arguments'), python: pySystem('call = response.choices[0].message.tool_calls[0]', 'call.function.arguments') },
    lookAlikes: { typescript: tsSystem('const call = response.usage;', 'call.total_tokens'), python: pySystem('call = response.usage', 'call.total_tokens') },
  },
  {
    // The Assistants shape: the app adds a message to a thread, runs the assistant, then reads the thread back; the
    // messages it reads are the assistant's answers (and what its tools brought in).
    id: 'assistant-thread-messages', framework: 'Assistant threads read back after a run (OpenAI Assistants `threads.messages.list`, Azure AI Agents `agents.list_messages` / `agents.messages.list`): model output', origin: 'third-party', label: 'model output', modelOutput: true,
    path: /(^|\.)(threads\.messages\.list|agents\.list_messages|agents\.messages\.list)\(\)/,
    examples: { typescript: tsSystem('const thread = await openai.beta.threads.messages.list(threadId);', 'thread.data[0].content[0].text.value'), python: pySystem('thread = project_client.agents.list_messages(thread_id=t)', "thread.data[0]['content'][0]['text']['value']") },
    lookAlikes: { typescript: tsSystem('const thread = await openai.beta.threads.retrieve(threadId);', 'thread.metadata.title'), python: pySystem('thread = project_client.agents.get_thread(thread_id=t)', "thread.metadata['title']") },
  },
  {
    // Strands streams its model's output to the agent's `callback_handler` as keywords (`data`, `reasoningText`, the
    // `current_tool_use` input being written): a handler that renders them shows the model's text.
    id: 'strands-callback-handler', framework: "AWS Strands callback handlers (`Agent(callback_handler=…)`: a function or `__call__` given `**kwargs`): `kwargs[\"data\"]`, `reasoningText` and `current_tool_use` are the model's streamed output", origin: 'third-party', label: 'model output', modelOutput: true,
    module: /^strands(\.|$)/,
    path: /^kwargs\.(get\(\)|\w+\b)/, keys: /^(data|reasoningText|current_tool_use|delta)$/, rootIsParameter: true,
    exampleRule: 'llm/output-to-sink:error',
    examples: { python: 'from strands import Agent\nimport streamlit as st\n\nclass StreamToPage:\n    def __call__(self, **kwargs):\n        st.markdown(kwargs.get("data", ""), unsafe_allow_html=True)\n\nagent = Agent(callback_handler=StreamToPage())\n' },
    lookAlikes: { python: 'from strands import Agent\nimport streamlit as st\n\nclass StreamToPage:\n    def __call__(self, **kwargs):\n        st.markdown(kwargs.get("color", ""), unsafe_allow_html=True)\n\nagent = Agent(callback_handler=StreamToPage())\n' },
  },
  {
    // CrewAI: after `crew.kickoff()` each task holds its agent's answer (`scrape_task.output`, `.raw`).
    id: 'crewai-task-output', framework: "CrewAI tasks read after the crew ran (`research_task.output`, `task.output.raw`): the answer the task's agent wrote", origin: 'third-party', label: 'model output', modelOutput: true,
    module: /^crewai(\.|$)/,
    path: /(^|\.)\w*task\.output\b/i,
    examples: { python: pySystem('from crewai import Crew, Task\ncrew.kickoff()', 'research_task.output.raw') },
    lookAlikes: { python: pySystem('from crewai import Crew, Task\ncrew.kickoff()', 'research_task.description') },
  },
  {
    // The Teams AI library's actions: the planner's model calls them with the arguments it writes (`parameters`).
    id: 'teams-ai-action', framework: "Teams AI library actions (`app.ai.action(name, async (context, state, parameters) => …)`): the parameters the model wrote", origin: 'third-party', label: 'tool call', modelOutput: true, relaysRequest: true,
    module: /^@microsoft\/teams-ai$/, callbackOf: /(^|\.)ai\.action$/, modelParamInJs: 2,
    exampleRule: 'llm/output-to-sink:error',
    examples: { typescript: "import { Application } from '@microsoft/teams-ai';\napp.ai.action('runQuery', async (context, state, parameters) => {\n  await db.query(`SELECT * FROM orders WHERE id = ${parameters.id}`);\n});" },
    lookAlikes: { typescript: "import { Application } from '@microsoft/teams-ai';\napp.ai.action('runQuery', async (context, state, parameters) => {\n  await db.query(`SELECT * FROM orders WHERE tenant = ${state.user.tenant}`);\n});" },
  },
  {
    id: 'agent-tool-parameters', framework: 'Functions the model calls as tools (LangChain @tool/StructuredTool, LlamaIndex FunctionTool, OpenAI Agents function_tool, Vercel AI SDK tool(), MCP tools): their arguments are model output', origin: 'third-party', label: 'tool call', modelOutput: true, relaysRequest: true,
    callbackOf: /(^|\.)(tool|function_tool|FunctionTool|FunctionTool\.from_defaults|StructuredTool\.from_function|Tool|DynamicTool|DynamicStructuredTool|new (DynamicTool|DynamicStructuredTool|Tool)|createTool|registerTool|server\.tool|mcp\.tool)$/,
    // (`@server.call_tool()`: the MCP low-level server's handler, given the tool's name and the model's arguments.)
    decoratedBy: /^(tool|function_tool|\w+\.tool|kernel_function|ai_function|langchain\.tools\.tool|agents\.function_tool|\w+\.call_tool)$/,
    // LangGraph injects the graph's state and store into a tool (`state: Annotated[State, InjectedState]`): not the model's.
    // (Google ADK injects a tool's `tool_context`: its state is the session's, its user content the person's message.)
    exceptParams: /^(context|ctx|run_context|runContext|config|options|state|store|runtime|tool_call_id|tool_context|toolContext)$/, modelParamInJs: 0, toolFunction: true,
    exampleRule: 'llm/output-to-sink:error',
    examples: {
      typescript: `const runSql = tool({ description: 'Run a query', parameters, execute: async ({ query }) => db.query(query) });`,
      python: `@tool\ndef run_python(code: str) -> str:\n    \"\"\"Run Python code.\"\"\"\n    return exec(code)\n`,
    },
    lookAlikes: {
      typescript: `const runSql = memoize({ description: 'Run a query', parameters, execute: async ({ query }) => db.query(query) });`,
      python: `@lru_cache\ndef run_python(code: str) -> str:\n    \"\"\"Run Python code.\"\"\"\n    return exec(code)\n`,
    },
  },
  {
    id: 'bedrock-agent-action-group', framework: "Amazon Bedrock Agents' action-group Lambdas (`def lambda_handler(event, context)` answering with an `actionGroup` response): the event's parameters and request body are the agent's tool call, and what the handler returns goes back to the agent's model", origin: 'third-party', label: 'tool call', modelOutput: true, relaysRequest: true,
    handlerNamed: /^(lambda_handler|handler)$/, fileMentions: /["']actionGroup["']/, exceptParams: /^context$/, modelParamInJs: 0, toolFunction: true,
    exampleRule: 'llm/output-to-sink:error',
    examples: {
      python: `import subprocess

def lambda_handler(event, context):
    host = event["parameters"][0]["value"]
    out = subprocess.run(f"ping -c 1 {host}", shell=True, capture_output=True, text=True).stdout
    return {"response": {"actionGroup": event["actionGroup"], "function": event["function"], "functionResponse": {"responseBody": {"TEXT": {"body": out}}}}}
`,
    },
    lookAlikes: {
      python: `import subprocess

def lambda_handler(event, context):
    host = event["parameters"][0]["value"]
    out = subprocess.run(f"ping -c 1 {host}", shell=True, capture_output=True, text=True).stdout
    return {"statusCode": 200, "body": out}
`,
    },
  },
  {
    id: 'langroid-tool-messages', framework: 'langroid tool messages: the agent method a `ToolMessage` subclass names in `request` is called with the message the model wrote', origin: 'third-party', label: 'tool call', modelOutput: true, relaysRequest: true,
    paramOfClass: /^ToolMessage$/, exceptParams: /^(self|cls)$/, toolFunction: true,
    exampleRule: 'llm/output-to-sink:error',
    examples: {
      python: `class PandasEvalTool(ToolMessage):\n    request: str = "pandas_eval"\n    expression: str\n\nclass TableAgent(ChatAgent):\n    def pandas_eval(self, msg: PandasEvalTool) -> str:\n        return str(eval(msg.expression, {}, {"df": self.df}))\n`,
    },
    lookAlikes: {
      python: `class PandasEvalJob(BaseModel):\n    request: str = "pandas_eval"\n    expression: str\n\nclass TableAgent(ChatAgent):\n    def pandas_eval(self, msg: PandasEvalJob) -> str:\n        return str(eval(msg.expression, {}, {"df": self.df}))\n`,
    },
  },
  {
    id: 'agent-tool-classes', framework: 'Class-based tools (LangChain and CrewAI `BaseTool._run`, LangChain JS `Tool._call`, LlamaIndex `BaseToolSpec` functions, smolagents `Tool.forward`, a `Tool` subclass\'s `execute`, a `BaseAnthropicTool`\'s `__call__`): their arguments are model output', origin: 'third-party', label: 'tool call', modelOutput: true, relaysRequest: true,
    toolMethods: [
      // `execute` too: the hand-rolled `class FileReadTool(Tool)` of Anthropic's agent quickstart, SuperAGI's `_execute`.
      { bases: /^(BaseTool|StructuredTool|Tool|DynamicTool)$/, methods: /^(_a?run|_call|forward|_?a?execute)$/ },
      // Anthropic's computer-use and browser-use demos (and their many copies): `class BrowserTool(BaseAnthropicTool)`
      // is run as `await tool(**tool_input)`, its `__call__` given the model's input.
      { bases: /^BaseAnthropicTool$/, methods: /^__call__$/ },
      // A ToolSpec's public methods are its tools (`spec_functions`); the helpers it inherits are not in the subclass.
      { bases: /^BaseToolSpec$/, methods: /^(?!_|to_tool_list$|get_fn_schema_from_fn_name$|get_metadata_from_fn_name$)\w+$/ },
    ],
    exceptParams: /^(self|run_manager|config|callbacks|context|ctx)$/, toolFunction: true,
    exampleRule: 'llm/output-to-sink:error',
    examples: {
      typescript: `class ShellTool extends Tool {\n  name = 'shell';\n  async _call(command: string) {\n    return execSync(command).toString();\n  }\n}`,
      python: `class ShellTool(BaseTool):\n    name = "shell"\n\n    def _run(self, command: str, run_manager=None) -> str:\n        return subprocess.run(command, shell=True, capture_output=True).stdout\n`,
    },
    lookAlikes: {
      typescript: `class ShellJob extends Job {\n  name = 'shell';\n  async _call(command: string) {\n    return execSync(command).toString();\n  }\n}`,
      python: `class ShellJob(BaseJob):\n    name = "shell"\n\n    def _run(self, command: str, run_manager=None) -> str:\n        return subprocess.run(command, shell=True, capture_output=True).stdout\n`,
    },
  },
  {
    id: 'taskweaver-plugins', framework: 'TaskWeaver plugins (`@register_plugin` classes): the code the model writes calls `__call__` with its own arguments', origin: 'third-party', label: 'tool call', modelOutput: true, relaysRequest: true,
    module: /^taskweaver\b/, toolMethods: [{ bases: /^Plugin$/, methods: /^__call__$/ }], exceptParams: /^self$/, toolFunction: true,
    exampleRule: 'llm/output-to-sink:error',
    examples: { python: `from taskweaver.plugin import Plugin, register_plugin\n\n@register_plugin\nclass SqlPull(Plugin):\n    def __call__(self, sql: str):\n        return self.db.execute(sql).fetchall()\n` },
    // (Another framework's `Plugin`: its `__call__` is called by the app's own code.)
    lookAlikes: { python: `from reports.plugin import Plugin, register_plugin\n\n@register_plugin\nclass SqlPull(Plugin):\n    def __call__(self, sql: str):\n        return self.db.execute(sql).fetchall()\n` },
  },
  {
    id: 'lagent-actions', framework: "InternLM's lagent actions (`BaseAction` subclasses): an agent's action executor calls them with the input the model wrote", origin: 'third-party', label: 'tool call', modelOutput: true, relaysRequest: true,
    module: /^lagent\b/, toolMethods: [{ bases: /^BaseAction$/, methods: /^(__call__|run)$/ }], exceptParams: /^self$/, toolFunction: true,
    exampleRule: 'llm/output-to-sink:error',
    examples: { python: `from lagent.actions.base_action import BaseAction\n\nclass Shell(BaseAction):\n    def __call__(self, command: str):\n        return subprocess.run(command, shell=True, capture_output=True).stdout\n` },
    // (Another framework's `BaseAction`: the app's own code calls it.)
    lookAlikes: { python: `from jobs.base_action import BaseAction\n\nclass Shell(BaseAction):\n    def __call__(self, command: str):\n        return subprocess.run(command, shell=True, capture_output=True).stdout\n` },
  },
  {
    id: 'aworld-tools', framework: "inclusionAI's AWorld tools (`Tool`/`AsyncTool` subclasses): `do_step` is given the model's tool calls (`action.params`)", origin: 'third-party', label: 'tool call', modelOutput: true, relaysRequest: true,
    module: /^aworld\b/, toolMethods: [{ bases: /^(Async)?(Base)?Tool$/, methods: /^do_step$/ }], exceptParams: /^(self|message|kwargs)$/, toolFunction: true,
    exampleRule: 'llm/output-to-sink:error',
    examples: { python: `from aworld.core.tool.base import AsyncTool\n\nclass ShellTool(AsyncTool):\n    async def do_step(self, actions, message=None, **kwargs):\n        for action in actions:\n            subprocess.run(action.params.get("command"), shell=True)\n` },
    // (Another framework's `AsyncTool`: the app's own code calls `do_step`.)
    lookAlikes: { python: `from jobs.tool import AsyncTool\n\nclass ShellTool(AsyncTool):\n    async def do_step(self, actions, message=None, **kwargs):\n        for action in actions:\n            subprocess.run(action.params.get("command"), shell=True)\n` },
  },
  {
    // AutoGPT's own decorator (`autogpt.command_decorator.command`, forge's too) offers a component's method to the
    // agent's model as a command.
    id: 'autogpt-commands', framework: "AutoGPT commands (`@command([...], description, parameters)` on a component's method): their arguments are model output", origin: 'third-party', label: 'tool call', modelOutput: true, relaysRequest: true,
    module: /^(autogpt|forge)\.command_decorator$/, decoratedBy: /^command$/, exceptParams: /^self$/, toolFunction: true,
    exampleRule: 'llm/output-to-sink:error',
    examples: { python: `from autogpt.command_decorator import command\n\nclass Shell:\n    @command(["run"], "Run a command", {})\n    def run(self, command_line: str) -> str:\n        return subprocess.run(command_line, shell=True, capture_output=True).stdout\n` },
    lookAlikes: { python: `from click import command\n\nclass Shell:\n    @command(["run"], "Run a command", {})\n    def run(self, command_line: str) -> str:\n        return subprocess.run(command_line, shell=True, capture_output=True).stdout\n` },
  },
  {
    id: 'pydantic-ai-tools', framework: 'pydantic-ai tools (`@agent.tool`, `@agent.tool_plain`): their arguments are model output', origin: 'third-party', label: 'tool call', modelOutput: true, relaysRequest: true,
    module: /^pydantic_ai/, decoratedBy: /^\w+\.(tool|tool_plain)$/, exceptParams: /^(ctx|context|run_context)$/, toolFunction: true,
    exampleRule: 'llm/output-to-sink:error',
    examples: { python: `from pydantic_ai import Agent, RunContext\nagent = Agent('openai:gpt-4o')\n\n@agent.tool\ndef run_sql(ctx: RunContext[Deps], sql: str) -> str:\n    return str(ctx.deps.db.execute(sql).fetchall())\n` },
    lookAlikes: { python: `from pydantic_ai import Agent, RunContext\nagent = Agent('openai:gpt-4o')\n\n@agent.tool\ndef run_sql(ctx: RunContext[Deps], sql: str) -> str:\n    ctx.deps.db.execute("delete from drafts where age > 30")\n    return "cleaned"\n` },
  },
  {
    id: 'pydantic-ai-output-validator', framework: 'pydantic-ai output validators (`@agent.output_validator`): the output they check is model output', origin: 'third-party', label: 'model output', modelOutput: true,
    module: /^pydantic_ai/, decoratedBy: /^\w+\.(output_validator|result_validator)$/, exceptParams: /^(ctx|context|run_context)$/,
    exampleRule: 'llm/output-to-sink:error',
    examples: { python: `from pydantic_ai import Agent, RunContext\nagent = Agent('openai:gpt-4o')\n\n@agent.output_validator\nasync def check(ctx: RunContext[Deps], output: Answer) -> Answer:\n    await ctx.deps.conn.execute(output.sql)\n    return output\n` },
    lookAlikes: { python: `from pydantic_ai import Agent, RunContext\nagent = Agent('openai:gpt-4o')\n\n@agent.output_validator\nasync def check(ctx: RunContext[Deps], output: Answer) -> Answer:\n    await ctx.deps.conn.execute("select 1")\n    return output\n` },
  },
  {
    id: 'public-datasets', framework: 'Public datasets (Hugging Face `datasets.load_dataset`, `load_dataset_builder`): anyone\'s upload', origin: 'third-party', label: 'a public dataset',
    path: /(^|\.)(load_dataset|load_dataset_builder|load_from_hub)\(\)/,
    examples: { python: pySystem('ds = datasets.load_dataset("someone/reviews", split="train")', 'ds[0]["text"]') },
    lookAlikes: { python: pySystem('ds = datasets.Dataset.from_dict({"text": ["a"]})', 'ds.num_rows') },
  },
  {
    // MetaGPT's tool registry: a class registered with `@register_tool()` offers its public methods to the model (the
    // Terminal and Bash tools of issue #1931 run the command they are given in a shell).
    id: 'registered-tool-classes', framework: "Classes registered as tools (MetaGPT's `@register_tool()`, `@register_tool(include_functions=[\"run\"])`): the arguments of their public methods are model output", origin: 'third-party', label: 'tool call', modelOutput: true, relaysRequest: true,
    toolClassDecorator: /^register_tool$/,
    examples: { python: 'from metagpt.tools.tool_registry import register_tool\n\n@register_tool()\nclass Shell:\n    def run(self, cmd: str) -> str:\n        return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout\n' },
    lookAlikes: { python: 'from metagpt.tools.tool_registry import register_tool\n\n@register_tool()\nclass Shell:\n    def _run(self, cmd: str) -> str:\n        return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout\n' },
    exampleRule: 'llm/output-to-sink:error',
  },
  {
    id: 'tool-result', framework: 'Results of tools (what a tool fetched or ran)', origin: 'third-party', label: 'tool result',
    path: /(^|\.)(toolResults|tool_results|tool_outputs|toolOutputs)\b/,
    examples: { typescript: tsSystem('const results = await runTools(step);', 'step.toolResults'), python: pySystem('outputs = run_tools(step)', 'step.tool_outputs') },
    lookAlikes: { typescript: tsSystem('const results = await runTools(step);', 'step.toolNames'), python: pySystem('outputs = run_tools(step)', 'step.tool_names') },
  },
  {
    // The app's own MCP client loop (`result = await session.call_tool(name, arguments)`): the server's answer, whatever
    // name the model picked or the app checked it against.
    id: 'mcp-client-tool-result', framework: "MCP clients calling a server's tool (`ClientSession.call_tool` of the Python SDK and FastMCP, `client.callTool` of the TypeScript SDK): what the server returns", origin: 'third-party', label: 'tool result',
    module: /^(mcp|fastmcp)(\.|$)|^@modelcontextprotocol\/sdk(\/|$)/,
    path: /(^|\.)\w*\.(call_tool|callTool)\(\)/,
    examples: { python: `from mcp import ClientSession\n${pySystem('found = await session.call_tool("search", {"q": q})', 'str(found.content)')}`, typescript: `import { Client } from '@modelcontextprotocol/sdk/client/index.js';\n${tsSystem('const found = await client.callTool({ name: "search", arguments: { q } });', 'JSON.stringify(found.content)')}` },
    lookAlikes: { python: `from mcp import ClientSession\n${pySystem('found = await session.list_tools()', '", ".join(t.name for t in found.tools)')}`, typescript: `import { Client } from '@modelcontextprotocol/sdk/client/index.js';\n${tsSystem('const found = await client.listTools();', 'found.tools.map((t) => t.name).join()')}` },
  },
  {
    id: 'tool-dispatch', framework: 'Hand-written agent loops: a tool run with the arguments of the model\'s tool call (`tools[call.function.name](**args)`, `tool_collection.run(tool_input=…)`, lagent\'s `self._action_executor(action, action_input)`) returns a tool result', origin: 'third-party', label: 'tool result',
    toolDispatch: /tool|available_functions|function_?map|functions\[|handlers\[|actions\[|action_?executor|(execute|call|run|invoke|dispatch)_?[fF]unction|[fF]unction_?[wW]rapper|^tool_?(input|name|args|arguments)$/i,
    exampleRule: 'prompt/untrusted-interpolation:warning',
    examples: {
      typescript: "const call = completion.choices[0].message.tool_calls[0];\nconst result = await tools[call.function.name](JSON.parse(call.function.arguments));\nawait openai.chat.completions.create({ model: 'm', messages: [{ role: 'tool', tool_call_id: call.id, content: result }] });",
      python: 'call = completion.choices[0].message.tool_calls[0]\nresult = available_functions[call.function.name](**json.loads(call.function.arguments))\nclient.chat.completions.create(model="m", messages=[{"role": "tool", "tool_call_id": call.id, "content": result}])',
    },
    lookAlikes: {
      typescript: "const call = completion.choices[0].message.tool_calls[0];\nconst result = await describe(call.function.name);\nawait openai.chat.completions.create({ model: 'm', messages: [{ role: 'tool', tool_call_id: call.id, content: result }] });",
      python: 'call = completion.choices[0].message.tool_calls[0]\nresult = describe(call.function.name)\nclient.chat.completions.create(model="m", messages=[{"role": "tool", "tool_call_id": call.id, "content": result}])',
    },
  },
  {
    id: 'database-rows', framework: 'Database rows (DB-API cursors, pg and mysql — a client taken from a pool, `(await pool.connect()).query(…)`, included —, Vercel Postgres/Neon `sql.query`, Supabase `from`/`rpc` (pgvector matches included), SQLAlchemy, Prisma, pandas.read_sql, MongoDB, Redis/KV reads, rows of prepared statements (better-sqlite3, `node:sqlite`: `db.prepare(sql).all()`, `stmt.get()`), LangChain SQLDatabase `run` and `get_table_info`, whose table info carries sample rows, LlamaIndex SQLDatabase `run_sql`); a whole stored chat history passed through as messages is the conversation itself', origin: 'third-party', label: 'database rows', conversationStore: true,
    path: /(^|\.)(fetchall|fetchone|fetchmany|findMany|findFirst|findUnique|findById|findOne|findAll|find_one|find_by_id|read_sql|read_sql_query|scalars)\(\)|(^|\.)(pool|db|conn|connection|knex|cursor|cur|sql)(\.(connect|getConnection|acquire))?\.(query|execute|fetch|fetchrow|fetchval)\(\)|(^|\.)(\w*[rR]edis\w*|kv|valkey|upstash)\.(get|hget|hgetall|mget|lrange|json\.get)\(\)|(^|\.)(prepare\(\)|\w*[sS]tmt|\w*[sS]tatement)\.(all|get|iterate)\(\)|(^|\.)\w*[sS]upabase\w*\.(from|rpc)\(\)|(^|\.)(db|database|sql_database|sqlDatabase)\.(run|run_no_throw|run_sql|get_table_info)\(\)/,
    // Tables of the app's own set-up (an agent's workflows, steps, tools, templates, settings): the operator wrote them.
    exceptPath: /(^|\.)[A-Z]\w*(Workflow|Step|StepTool|Toolkit|Config|Configuration|Settings?|Template|Prompt)\.\w+\(\)$|(^|\.)(prisma|db)\.(workflow|step|config|setting|template|prompt)\w*\.\w+\(\)$/,
    examples: { typescript: tsSystem("const { rows } = await pool.query('select * from tickets');", 'rows[0].body'), python: pySystem('rows = cursor.execute("select body from tickets").fetchall()', 'rows[0][0]') },
    lookAlikes: { typescript: tsSystem("const count = await pool.totalCount;", 'count'), python: pySystem('count = cursor.rowcount', 'count') },
  },
  {
    // AWS's query services answer a query by id once it has run: Athena's `get_query_results`, the Redshift Data API's
    // `get_statement_result` (the Bedrock security-log summarizer's rows of `SELECT *` over the logs).
    id: 'aws-query-results', framework: "AWS query services' results (Athena `get_query_results`, Redshift Data API `get_statement_result`), in files that import boto3: the rows a query gives", origin: 'third-party', label: 'database rows',
    module: /^boto3$/,
    path: /(^|\.)(get_query_results|get_statement_result)\(\)/,
    examples: { python: `import boto3\n${pySystem('rows = athena.get_query_results(QueryExecutionId=query_id)["ResultSet"]["Rows"]', 'str(rows)')}` },
    lookAlikes: { python: `import boto3\n${pySystem('state = athena.get_query_execution(QueryExecutionId=query_id)["QueryExecution"]["Status"]["State"]', 'state')}` },
  },
  {
    // BigQuery's client (`from google.cloud import bigquery`): a query job's rows, a table's rows (`list_rows`), read as
    // a list, a dataframe or an Arrow table (the ADK data-science agent's schema samples and NL2SQL results).
    id: 'bigquery-rows', framework: "BigQuery's Python client (`client.query(sql).result()`, `query_and_wait`, `list_rows`, `.to_dataframe()`): the rows a query or a table gives", origin: 'third-party', label: 'database rows',
    module: /^google\.cloud(\.bigquery)?$/,
    path: /(^|\.)(list_rows|query_and_wait)\(\)|(^|\.)\w*(query_job|job|query)\.(result|to_dataframe|to_arrow)\(\)|\.query\(\)\.(result|to_dataframe|to_arrow)\(\)/,
    examples: { python: `from google.cloud import bigquery\n${pySystem('rows = client.query("select body from tickets").result()', 'str(list(rows))')}` },
    lookAlikes: { python: `from google.cloud import bigquery\n${pySystem('tables = client.list_tables("support")', '", ".join(t.table_id for t in tables)')}` },
  },
  {
    // The app's own data-access module, when its code is not in the workspace (`getDocumentById` from
    // `@/lib/db/queries`): a lookup by key returns a record the app stored — in a chat app, what its model wrote
    // earlier in the conversation (a document, an artifact). Judged as that: handed back as a message of its own it is
    // the conversation; in the instructions, text injection can steer.
    id: 'data-layer-lookup', framework: "Lookups in the app's data-access module (`getDocumentById`, `get_ticket_by_id` imported from `db/queries`, `lib/db`, `repositories/`) whose code is not in the workspace: stored records, judged as earlier model output", origin: 'third-party', label: 'stored records', modelOutput: true, unseenCode: true,
    path: /^get[A-Z_]\w*[bB]y_?[A-Z_a-z]\w*\(\)$/, module: /(^|[/@.])(db|database|repositor(y|ies))([/.]|$)|(^|[/.])queries$/,
    examples: { typescript: tsSystem("import { getDocumentById } from '@/lib/db/queries';\nconst document = await getDocumentById({ id });", 'document.content'), python: pySystem('from app.db.queries import get_ticket_by_id\nticket = get_ticket_by_id(ticket_id)', 'ticket.body') },
    lookAlikes: { typescript: tsSystem("import { getDocumentById } from '@/lib/cache';\nconst document = await getDocumentById({ id });", 'document.content'), python: pySystem('from app.cache import get_ticket_by_id\nticket = get_ticket_by_id(ticket_id)', 'ticket.body') },
  },
  {
    // Gel (EdgeDB)'s client: `query` alone is too common a name, so only in files that import the driver.
    id: 'gel-query', framework: 'Gel (EdgeDB) queries (`client.query`, `querySingle`, `queryRequired…`, `queryJSON`), in files that import the driver', origin: 'third-party', label: 'database rows',
    path: /(^|\.)\w+\.(query|querySingle|queryRequired|queryRequiredSingle|queryJSON|querySingleJSON)\(\)/, module: /^(gel|edgedb)$/,
    examples: { typescript: `import { createClient } from 'gel';\nconst gel = createClient();\n${tsSystem("const rows = await gel.query('select Ticket { body }');", 'rows[0].body')}` },
    lookAlikes: { typescript: `import { createClient } from 'gel';\nconst gel = createClient();\n${tsSystem("const rows = await gel.execute('delete Ticket filter .closed');", 'rows')}` },
  },
  {
    // node-sqlite3 answers through a callback: `db.all(sql, params, (err, rows) => resolve(rows))`.
    id: 'sqlite3-callback-rows', framework: "node-sqlite3's callback queries (`db.all(sql, params, (err, rows) => …)`, `db.get`, `db.each`), in files that import sqlite3: the rows the callback is given", origin: 'third-party', label: 'database rows',
    module: /^sqlite3$/, callbackOf: /(^|\.)\w*(db|Db|database|Database)\.(all|get|each)$/, exceptParams: /^(err|error|e)$/,
    examples: { typescript: `import sqlite3 from 'sqlite3';\nconst db = new sqlite3.Database('app.db');\ndb.all('select body from tickets', [], async (err, rows) => {\n  ${tsSystem('', 'rows[0].body')}\n});` },
    lookAlikes: { typescript: `import sqlite3 from 'sqlite3';\nconst db = new sqlite3.Database('app.db');\ndb.run('delete from tickets', [], async (err) => {\n  ${tsSystem('', 'err')}\n});` },
  },
  {
    // Neo4j's Python driver: `session.run(cypher)`, `tx.run(…)`, `driver.execute_query(…)` return the graph's records.
    id: 'neo4j-records', framework: "Neo4j graph records (`session.run`, `tx.run`, `driver.execute_query`; Graph Data Science's `gds.run_cypher`), in files that import the driver or the GDS client", origin: 'third-party', label: 'database rows',
    path: /(^|\.)\w+\.(run|execute_query|run_cypher)\(\)/, module: /^(neo4j|graphdatascience)(\.|$)/,
    examples: { python: `from neo4j import GraphDatabase\n${pySystem('rows = [r.data() for r in session.run("MATCH (t:Ticket) RETURN t.body AS body")]', 'json.dumps(rows)')}` },
    lookAlikes: { python: `from neo4j import GraphDatabase\n${pySystem('rows = session.last_bookmarks()', 'json.dumps(rows)')}` },
  },
  {
    // Couchbase's Python SDK: a document read by key (`collection.get(id).value`), a SQL++ query, a search.
    id: 'couchbase-documents', framework: "Couchbase documents and queries (`collection.get(id)`, `cluster.query(…)`, `scope.search(…)`), in files that import the SDK", origin: 'third-party', label: 'database rows',
    path: /(^|\.)\w*(collection|bucket|cluster|scope)\.(get|get_multi|query|search|lookup_in|analytics_query)\(\)$/, module: /^couchbase(\.|$)/,
    examples: { python: `from couchbase.cluster import Cluster\n${pySystem('talk = self.collection.get(talk_id).value', 'talk["description"]')}` },
    lookAlikes: { python: `from couchbase.cluster import Cluster\n${pySystem('talk = self.collection.exists(talk_id)', 'str(talk.exists)')}` },
  },
  {
    // `find` alone is any string's or list's: only in files that use the Python driver does it query a collection.
    id: 'mongodb-find', framework: 'MongoDB queries with pymongo or Motor (`collection.find(…)`, `aggregate(…)`), in files that import the driver', origin: 'third-party', label: 'database rows',
    path: /(^|\.)(find|aggregate)\(\)/, module: /^(pymongo|motor)(\.|$)/,
    examples: { python: `import pymongo\n${pySystem('rows = list(db.tickets.find({"open": True}))', 'rows[0]["body"]')}` },
    lookAlikes: { python: `import pymongo\n${pySystem('rows = db.tickets.count_documents({"open": True})', 'rows')}` },
  },
  {
    // What a graph's nodes saved for later (memories, preferences a reflection step rewrote): model-written or saved
    // from earlier conversations, read back in another run.
    id: 'langgraph-store', framework: 'LangGraph long-term memory (`store.get`/`aget`, `store.search`/`asearch` of a BaseStore)', origin: 'third-party', label: 'the graph store',
    module: /^@?(langgraph|langchain)/, path: /(^|\.)store\.(a?get|a?search)\(\)/,
    examples: { python: `from langgraph.store.base import BaseStore\nfrom openai import OpenAI\ndef draft(state, store: BaseStore):\n    saved = store.get(("prefs",), "tone")\n    OpenAI().responses.create(model="m", instructions=f"Write in this tone: {saved.value['data']}", input="hi")\n` },
    lookAlikes: { python: `from langgraph.store.base import BaseStore\nfrom openai import OpenAI\ndef draft(state, store: BaseStore):\n    saved = settings.get(("prefs",), "tone")\n    OpenAI().responses.create(model="m", instructions=f"Write in this tone: {saved.value['data']}", input="hi")\n` },
  },
  {
    // Zep and Mem0 keep what a person said and the facts a model drew from it, under that person's id, and hand them
    // back in a later session: the person's own conversation (as the corpus labels LangGraph's memory agent and Mem0's
    // tutorials) — a finding only where the call can act.
    id: 'agent-memory-store', framework: "Agent memory services (Zep `memory.get`/`graph.search`/`thread.get_user_context`, Mem0 `search`/`get_all`), in files that import the SDK: the person's own earlier conversation, kept for them", origin: 'requester', label: 'stored memories',
    module: /^(zep_cloud|zep_python|mem0|@getzep\/zep-cloud|mem0ai)(\.|\/|$)/, path: /(^|\.)(memory|mem0|mem|m)\.(get|search|get_all|get_session_messages)\(\)|(^|\.)(graph\.search|thread\.get_user_context|thread\.getUserContext)\(\)/,
    examples: { python: `from zep_cloud.client import Zep\n${pySystem('memory = zep.memory.get(session_id)', 'memory.context')}` },
    lookAlikes: { python: `from zep_cloud.client import Zep\n${pySystem('memory = zep.memory.add_session(session_id=session_id)', 'session_id')}` },
  },
  {
    // Pixeltable's query results (`t.where(…).select(…).collect()`): the table's rows, whoever inserted them.
    id: 'pixeltable-rows', framework: "Pixeltable query results (`collect()`), in files that import pixeltable", origin: 'third-party', label: 'database rows',
    module: /^pixeltable(\.|$)/, path: /(^|\.)collect\(\)$/,
    examples: { python: `import pixeltable as pxt\n${pySystem('rows = pxt.get_table("tickets").select().collect()', 'rows.to_pandas().to_string()')}` },
    lookAlikes: { python: `import pixeltable as pxt\n${pySystem('rows = pxt.get_table("tickets").count()', 'rows')}` },
  },
  {
    id: 'shared-channel', framework: 'Messages by other people (Slack conversations.history/replies, Discord channel history)', origin: 'third-party', label: "other people's messages",
    path: /(^|\.)conversations\.(history|replies)\(\)|(^|\.)conversations_(history|replies)\(\)|(^|\.)messages\.fetch\(\)/,
    privateThread: {
      path: /(^|\.)conversations[._]replies\(\)/,
      decoratedBy: /(^|\.)assistant\.(user_message|thread_started)$/,
      callbackOf: /(^|\.)(userMessage|threadStarted)$/,
      // …or sets the assistant thread's status or title (`client.assistant_threads_setStatus`, `client.assistant.threads.setStatus`).
      directMessage: /channel_type\b[\s\S]{0,20}?={2,3}\s*['"]im['"]|\bassistant(_threads_|\.threads\.)set(Status|Title|SuggestedPrompts)\b/,
    },
    examples: { typescript: tsSystem('const history = await client.conversations.history({ channel });', 'history.messages'), python: pySystem('history = client.conversations_history(channel=c)', 'history["messages"]') },
    lookAlikes: { typescript: tsSystem('const info = await client.conversations.info({ channel });', 'info.channel.name'), python: pySystem('info = client.conversations_info(channel=c)', 'info["channel"]["name"]') },
  },
  {
    // discord.py: `async for m in thread.history(limit=50)` — every member's messages in a channel or thread.
    id: 'discord-history', framework: 'discord.py channel and thread history (`history`, `fetch_message`, `pins`)', origin: 'third-party', label: "other people's messages",
    module: /^discord(\.|$)/,
    path: /(^|\.)(history|fetch_message|pins)\(\)$/,
    examples: { python: `import discord\n${pySystem('async for m in channel.history(limit=20):\n    log.append(m.content)', 'log')}` },
    lookAlikes: { python: `import discord\n${pySystem('async for m in channel.typing(limit=20):\n    log.append(m.content)', 'log')}` },
  },
];

/** Wrappers that make untrusted text safe to put in a prompt: labelled delimiters plus a length limit. */
export const UNTRUSTED_WRAPPER = /(^|\.)(wrap_?[uU]ntrusted|untrusted|labelUntrusted|label_untrusted|fenceUntrusted|fence_untrusted|delimit\w*)$/;
export const REDACTION_CALL = /(^|\.)(redact\w*|mask\w*|anonymi[sz]e\w*|scrub\w*|pseudonymi[sz]e\w*)$/i;
/** Members that carry none of the value's text: a size, a shape, column types. */
export const OPAQUE_MEMBER = /\.(length|size|shape|ndim|dtypes?|count|status|statusCode|status_code|ok)$/;
/** How a fetch or scrape failed (`result.error`, `response.statusText`): the service's words, not the page it fetched. */
export const FAILURE_MEMBER = /\.(error|statusText|success)$/;
/**
 * Fields of a database row that hold the app's own prompt (prompt management, agent workflow steps): the operator
 * wrote them, as they write a prompt file, so they are the app's text wherever the row comes from.
 */
export const STORED_PROMPT_FIELD = /\.(prompt|system_?prompt|completion_?prompt|prompt_?template|instructions?|input_?instruction|systemPrompt|promptTemplate)$/;
/** Calls whose result carries none of its argument's text (a count, a type, a hash, a date, a token budget, a provider's generated image URL, embedding vectors, moderation scores). */
export const OPAQUE_CALL = /^(len|int|float|bool|round|abs|hash|id|type|isinstance|Number|Boolean|parseInt|parseFloat|Math\.\w+|uuid\w*|str\.isdigit|geolocation|ipAddress|(new )?Date|(datetime\.)?(datetime|date)\.(fromisoformat|strptime))$|(^|\.)from_runnable_config$|\.(length|count|size|toFixed|isdigit|startswith|endswith|startsWith|endsWith|includes|test|has)$|\.(length|size|count)\.toString$|(^|\.)(count_?[A-Za-z_]*|num_?[tT]okens\w*|get_?[nN]um_?[tT]okens\w*|token_?[lL]imit)$|\.(images\.(generate|create|edit|create_variation|createVariation)|embeddings\.create|moderations\.create|embed_query|embed_documents|embedQuery|embedDocuments)$/;

/** A text check for the source shapes above: a file without one defines no function that returns untrusted text. */
export const SOURCE_HINT = new RegExp(String.raw`\.(list_rows|query_and_wait|retrieval_query)\(|\.(webSearch|webFetch|web_search|web_fetch)\(|threads\.messages\.list|agents\.(list_messages|messages\.list)|\b(req|request|ctx|c\.req|context|turn_context|turnContext)\.(body|query|params|json|formData|text|form|args|values|files?|POST|GET|get_json|get_data|activity|cookies|headers|nextUrl)|searchParams|st\.(text_input|chat_input|text_area|selectbox|radio|multiselect|number_input|file_uploader|sidebar)|gr\.|process\.argv|sys\.argv|\binput\(|readline|parse_args|\.value\b|readFileSync|readFile\(|read_text|read_bytes|readlines|\.read\(|Loader|PdfReader|load_data|similarity_?[sS]earch|similaritySearch|retriev|as_retriever|asRetriever|page_?[cC]ontent|marginal_relevance|\.(query|search)\(|get_query_results|get_statement_result|tool_?[cC]alls|function_?[cC]all|tool_?[rR]esults|tool_?[oO]utputs|fetchall|fetchone|fetchmany|read_sql|pymongo|motor\.|findMany|findFirst|findUnique|findById|findOne|findAll|find_one|scalars|conversations[._](history|replies)|messages\.fetch|\.(history|fetch_message|pins)\(|getTextContent|getRawTextContent|simpleParser|message_from|imap|get_payload|load_dataset|couchbase|\.extract_info\(|\bgitingest\b|${SEARCH_API_HOSTS.source.slice(2, -2)}|\bfetch\(|requests\.get|httpx\.get|axios|\bgot\b|urlopen|BeautifulSoup|cheerio|WebBaseLoader|scrape|crawl|Scrape|Crawl|serp|tavily|web_?[sS]earch|webSearch|redis|\bkv\.|page\.(content|innerText)|trafilatura|\.(message|event|command|action)\(|\.on\(|\bnew (Reconnecting)?WebSocket\b|\b(search|retrieve)\w*\(|secrets|getenv|environ|process\.env|vault|keyring`);

/**
 * Code the model calls as a tool: its parameters are model output, so its sinks need a look without any LLM call. (A
 * module of crewai_tools' tools, `return QdrantVectorSearchTool(…)`, builds what another file gives its agents.)
 */
export const TOOL_HINT = /\bmcp_server\s*=\s*True|GRADIO_MCP_SERVER|\bcrewai_tools\b|@(\w+\.)?(tool|tool_plain|function_tool|kernel_function|output_validator|result_validator|register_plugin|register_tool)\b|FunctionTool|StructuredTool|DynamicTool|BaseTool|BaseToolSpec|extends Tool\b|\((Async)?Tool\)|\(BaseAnthropicTool\)|\(BaseAction\)|\(ToolMessage\)|enable_message\(|\b(functions|tools)\s*=\s*\[|bind_?[tT]ools\(|\btool\(\s*\{|registerTool|server\.tool(<[^>()]*>)?\(|\.(tool|add_tool)\(\s*[A-Za-z_]\w*\s*[,)]|CallToolRequestSchema|\.ai\.action\(|\.call_tool\(\)|@\w+\.(get_prompt|prompt)\(|registerPrompt\(|\bcommand_decorator\b|["']actionGroup["']/;
