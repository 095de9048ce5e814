import type { RowExamples } from './llmApis';
import { MCP_CLIENT } from './sources';

/**
 * Sink catalogue: where model output must never go unchecked (llm/output-to-sink). Matched against a call's callee
 * path, or (for `property`) a property write such as `el.innerHTML = …` / a JSX attribute.
 */
export type SinkKind = 'code' | 'shell' | 'option' | 'sql' | 'html' | 'path' | 'url' | 'deserialise';

export interface SinkRow extends RowExamples {
  id: string;
  kind: SinkKind;
  what: string;
  callee?: RegExp;
  /** A property or attribute that renders HTML. */
  property?: RegExp;
  /** Only this argument is dangerous (default: any; -1: none, only the `keywords`). */
  argument?: number;
  /** Only when the argument is text of this kind built from the value (SQL keywords, an HTML tag) — or, with
   *  `wholeValue`, when the whole argument is model output (model-written SQL). */
  builtText?: RegExp;
  wholeValue?: boolean;
  /** Python only / JavaScript only, where the same name means different things (`exec`). */
  language?: 'python' | 'typescript';
  /** Only when a keyword argument is set like this (`unsafe_allow_html=True`). */
  keyword?: { name: string; value: RegExp };
  /** Not when a keyword argument is set like this (`executor_type="e2b"`: the code runs in a sandbox). */
  unlessKeyword?: { name: string; value: RegExp };
  /** Keyword arguments (or options properties) that are dangerous too (`input_files=`, `urls=`). */
  keywords?: string[];
  /**
   * The call builds an agent or engine that runs what its own model writes (a library's Python REPL or SQL tool):
   * the flow is inside the library, so the call itself is reported, whatever its arguments.
   */
  runsModelOutput?: boolean;
  /**
   * With runsModelOutput: only when the folder it is given (argument index, or keyword) is the app's own — a path made
   * from `__file__`, the working directory (`"."`, `os.getcwd()`, `Path.cwd()`, or none given) —, or any folder when
   * `unconfined` is set to False (paths then go anywhere).
   */
  appFolderRoot?: { argument: number; keyword: string; unconfined: string };
  /** The path is the call's receiver (pathlib: `path.write_text(…)`, `path.parent.mkdir()`), not an argument. */
  receiverPath?: boolean;
  /** With runsModelOutput: each call is an agent of its own (a subagent's definition), reported each, not once per scope. */
  eachCall?: boolean;
  /** With runsModelOutput: the database it is given (argument index, or keyword) opened read-only in sight spares it. */
  unlessReadOnly?: { argument: number; keyword: string };
  /** The model's whole query run on a connection opened read-only where it is made (`sqlite3.connect("file:…?mode=ro")`): the policy's mitigation. */
  unlessReceiverReadOnly?: boolean;
  /**
   * A program run with an argument list, no shell (`execFile`, `spawn`, `execa`): argument 0 is what runs; the list
   * is its arguments — code only when the program is a shell or interpreter (`bash -c …`) or the options ask for a
   * shell (`shell: true`).
   */
  argv?: boolean;
  /**
   * Python's `subprocess`: argument 0 is a program's argument list (`subprocess.run(["open", "-a", name])`), whose first
   * item is what runs — all of it when that program is a shell or interpreter (`["bash", "-c", cmd]`) or `shell=True`
   * is set; a command given as one string (or a list made elsewhere) is what runs, whole.
   */
  argvList?: boolean;
  /** The callee's first name must be this module, imported as such (`import pandasai as pai` → `pai.DataFrame`). */
  receiverModule?: RegExp;
  /** Only in a file that imports this module (GitPython's `repo.git.diff(…)`: the receiver is any name). */
  fileImports?: RegExp;
  /** A program's command line: an argument after a literal `'--'` is never read as an option. */
  endOfOptions?: boolean;
  /** A program run with an argument list (`execFile('git', [...])`): the list's items, when the program is this one. */
  argvOf?: RegExp;
  /** The call's arguments, with the lists and dicts its name arguments hold, must mention this (an MCP server's package). */
  argsText?: RegExp;
  /** Only in a file whose text matches this (a shell started with a pipe to its stdin, for what is written there). */
  fileText?: RegExp;
  /**
   * A library tool that hands the model's actions to an object the app gives it under one of `keys`
   * (the OpenAI Agents SDK's `ShellTool(executor=ShellExecutor())`): the sinks that its class's methods named
   * `methods` reach with their parameters are reported at this call, the place to require approval — unless one of
   * `approval` is given a value other than false (a person approves each action: the policy's mitigation).
   */
  handler?: { keys: string[]; methods: string[]; approval: string[] };
}

/** Programs whose arguments are code: a shell or an interpreter given a script on its command line. */
export const INTERPRETER = /^(.*\/)?(bash|sh|zsh|dash|fish|cmd(\.exe)?|powershell(\.exe)?|pwsh|node|deno|bun|python3?|perl|ruby|php|osascript)$/;

export const SINK_ADVICE: Record<SinkKind, string> = {
  code: 'Never run model output as code; parse it as data (JSON with a schema) and map it to allowed operations.',
  shell: "Never pass model output to a shell or to a program's command line; map it to an allowlisted action with fixed arguments.",
  option: "Never let model output become a command's option: put '--' before the positional arguments, or reject a value that starts with '-' (and check it against the names that exist).",
  sql: 'Never run a query (SQL, Cypher…) the model wrote or built from its output; use parameterised queries, a read-only connection and an allowlist of statements.',
  html: 'Escape model output before it reaches HTML (textContent, a template engine with auto-escaping, DOMPurify.sanitize for rendered Markdown), never innerHTML/unsafe HTML.',
  path: 'Never let the model choose a file path; pick from an allowlist inside the app folder.',
  url: 'Never fetch a URL the model chose; check it against an allowlist of hosts first.',
  deserialise: 'Never deserialise model output with a loader that can build objects; use JSON with a schema.',
};

/** Library agents and tools that run the Python their model writes (LangChain's REPL agents, PandasAI). */
const CODE_RUNNING_AGENTS = ['create_pandas_dataframe_agent', 'create_csv_agent', 'create_spark_dataframe_agent', 'create_python_agent', 'PythonREPLTool', 'PythonAstREPLTool', 'SmartDataframe', 'SmartDatalake', 'PandasAI'];
/** Library agents and toolkits that run the SQL their model writes. */
const SQL_RUNNING_AGENTS = ['create_sql_agent', 'SQLDatabaseToolkit', 'QuerySQLDataBaseTool', 'QuerySQLDatabaseTool', 'createSqlAgent', 'SqlToolkit'];
const calleeOf = (names: string[]) => new RegExp(`(^|\\.|new )(${names.join('|')})$`);
/** Both lists as one alternation, for the text checks that decide whether a file is looked at. */
export const MODEL_RUNNING_AGENT_NAMES = `\\b(?:${[...CODE_RUNNING_AGENTS, ...SQL_RUNNING_AGENTS, 'FilesystemBackend', 'AgentDefinition', 'ClaudeAgentOptions', 'SQLDatabaseChain', 'SQLDatabaseSequentialChain', 'NLSQLTableQueryEngine', 'SQLTableRetrieverQueryEngine'].join('|')})\\b|\\bimport pandasai\\b`;

const ts = (line: string) => `const out = (await openai.chat.completions.create({ model: 'm', messages })).choices[0].message.content;\n${line}`;
const py = (line: string) => `out = client.chat.completions.create(model="m", messages=messages).choices[0].message.content\n${line}`;

/** Calls that run a graph database query: a graph store's `query`, a Neo4j driver, session or transaction, Gremlin. */
const GRAPH_QUERY = /(^|\.)_?\w*(graph|neo4j|driver|session|tx|transaction|gremlin|sparql)\.(query|run|execute_query|executeQuery|execute_read|execute_write|submit)$/i;

export const SINKS: readonly SinkRow[] = [
  {
    id: 'js-eval', kind: 'code', what: 'code evaluation', language: 'typescript',
    callee: /^(eval|new Function|Function|vm\.runIn\w*|vm\.compileFunction|new vm\.Script|vm\.Script|import)$/,
    examples: { typescript: ts('eval(out);') }, lookAlikes: { typescript: ts('JSON.parse(out);') },
  },
  {
    // Puppeteer's and Playwright's `page.evaluate(text)`: a string is run as script in the page, with its cookies and
    // origin (a function written in the app is the app's code; only a string can carry the model's).
    id: 'browser-page-evaluate', kind: 'code', what: 'script run in a browser page', argument: 0,
    callee: /(^|\.)_?(page|frame|tab)\.(evaluate|evaluateHandle|\$eval|addScriptTag)$/, // (`self._page`: a tool's own page)
    examples: { typescript: ts('await page.evaluate(`(() => { ${out} })()`);'), python: py('page.evaluate(out)') },
    lookAlikes: { typescript: ts('await page.evaluate((text) => document.title.includes(text), out);'), python: py('page.evaluate("document.title", out)') },
  },
  {
    // The code is the first argument: what `eval(code, {}, {"df": df})` is given as globals or locals is data.
    id: 'python-exec', kind: 'code', what: 'code execution', language: 'python', argument: 0,
    callee: /^(exec|eval|compile|execfile|__import__|importlib\.import_module|numexpr\.evaluate|(pd|pandas|df|\w+_df|dataframe)\.(eval|query))$/,
    examples: { python: py('exec(out)') }, lookAlikes: { python: py('result = eval("len(rows)", {}, {"rows": out})') },
  },
  {
    // Pyodide runs Python in the page, with the page's origin and the person's session (its `js` module reaches the DOM,
    // cookies and fetch): no cross-origin sandbox.
    id: 'pyodide-run', kind: 'code', what: 'code execution (Pyodide runs Python in the page)', language: 'typescript', argument: 0,
    callee: /(^|\.)\w*[pP]yodide\w*\.(runPython|runPythonAsync)$/,
    examples: { typescript: ts('const pyodide = await loadPyodide();\nawait pyodide.runPythonAsync(out);') },
    lookAlikes: { typescript: ts('const pyodide = await loadPyodide();\nawait pyodide.runPythonAsync("print(1)");\nconsole.log(out);') },
  },
  {
    // SymPy parses by evaluating Python (`sympify`, `parse_expr`): LangChain's LLMSymbolicMathChain, CVE-2024-46946.
    id: 'python-sympy', kind: 'code', what: 'code evaluation (SymPy parses with eval)', language: 'python', argument: 0,
    callee: /^((sympy|sp)\.)?(sympify|parse_expr|parsing\.sympy_parser\.parse_expr)$/,
    examples: { python: py('answer = sympy.sympify(out, evaluate=True)') }, lookAlikes: { python: py('answer = sympy.Symbol("x")') },
  },
  {
    // PhaseLLM's CodeExecutionAgent runs what it is given with exec ("NOT sandboxed", its docstring says), as does its
    // isLLMCodeExecutable check (issue #79); the sandboxed agent runs in Docker.
    id: 'phasellm-code-execution', kind: 'code', what: "code execution (PhaseLLM's CodeExecutionAgent and isLLMCodeExecutable run it with exec)", language: 'python', argument: 0,
    callee: /(^|\.)(execute_code|isLLMCodeExecutable)$/, fileImports: /^phasellm(\.|$)/,
    examples: { python: `from phasellm.agents import CodeExecutionAgent\n${py('CodeExecutionAgent().execute_code(out, globals(), locals())')}` },
    lookAlikes: { python: `from phasellm.agents import SandboxedCodeExecutionAgent\n${py('SandboxedCodeExecutionAgent().execute(out)')}` },
  },
  {
    // A Jupyter kernel started by the app (`start_new_kernel()`, a `KernelManager`'s client) runs what `execute` gets on
    // the host: AutoGPT's execute_python_code, CVE-2024-6091's component.
    id: 'jupyter-kernel-execute', kind: 'code', what: 'code execution (a Jupyter kernel client runs it)', language: 'python', argument: 0,
    callee: /(^|\.)\w*(kernel|kc|client)\w*\.execute$/, fileImports: /^jupyter_client(\.|$)/,
    examples: { python: `from jupyter_client.manager import start_new_kernel\n${py('kernel = start_new_kernel()[1]\nkernel.execute(out)')}` },
    lookAlikes: { python: `from jupyter_client.manager import start_new_kernel\n${py('kernel = start_new_kernel()[1]\nkernel.execute("print(1)")')}` },
  },
  {
    // A browser launched with options the model wrote: its Chrome flags and executable (`--renderer-cmd-prefix=…` or
    // `executablePath` run a program of its choosing) — the reference Puppeteer MCP server's `launchOptions`.
    id: 'browser-launch-options', kind: 'shell', what: "a browser's launch options (its command-line flags and executable)", argument: 0,
    callee: /^(puppeteer|chromium|firefox|webkit|playwright\.(chromium|firefox|webkit))\.(launch|launchPersistentContext)$/,
    examples: { typescript: ts('await puppeteer.launch(JSON.parse(out));'), python: py('browser = await playwright.chromium.launch(**json.loads(out))') },
    lookAlikes: { typescript: ts("await puppeteer.launch({ headless: true, args: ['--no-first-run'] });"), python: py('browser = await playwright.chromium.launch(headless=True)') },
  },
  {
    id: 'node-shell', kind: 'shell', what: 'a shell command', language: 'typescript',
    callee: /^((child_process|cp|childProcess)\.)?(exec|execSync)$|^(execaCommand|execaCommandSync|shell\.exec|\$)$/,
    examples: { typescript: ts('execSync(out);') }, lookAlikes: { typescript: ts('console.log(out);') },
  },
  {
    id: 'node-program', kind: 'shell', what: 'a program it runs', language: 'typescript', argv: true,
    callee: /^((child_process|cp|childProcess)\.)?(spawn|spawnSync|execFile|execFileSync)$|^(execa|execaSync)$/,
    examples: { typescript: ts("spawn('bash', ['-c', out]);") }, lookAlikes: { typescript: ts("await execa('git', ['commit', '-m', out]);") },
  },
  {
    // A persistent shell the app keeps open (`create_subprocess_exec("bash", stdin=PIPE)`, `Popen(["bash"], stdin=PIPE)`):
    // each line written to its stdin is a command it runs (MetaGPT's Terminal tool, SWE-agent-style sessions).
    id: 'shell-stdin', kind: 'shell', what: "a shell command (written to a shell's stdin)", language: 'python', argument: 0,
    callee: /(^|\.)stdin\.(write|writelines)$/,
    fileText: /^(?=[\s\S]*\bstdin\s*=\s*(?:\w+\.)*PIPE\b)(?=[\s\S]*["'](?:\/(?:usr\/)?bin\/)?(?:bash|sh|zsh|dash|cmd\.exe|powershell|pwsh)["'])/,
    examples: { python: 'import subprocess\nshell = subprocess.Popen(["bash"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)\n' + py('shell.stdin.write((out + "\\n").encode())') },
    lookAlikes: { python: 'import subprocess\nencoder = subprocess.Popen(["ffmpeg", "-i", "-", "out.mp3"], stdin=subprocess.PIPE)\n' + py('encoder.stdin.write(out.encode())') },
  },
  {
    // GitPython runs git without a shell, but a whole argument the model gives can be one of git's options
    // (`--output=/path` writes any file, `--upload-pack=…` runs a program): the reference git MCP server's advisory
    // (CWE-88). An argument built around it (`f"--unified={n}"`) is an option's value, not an option.
    id: 'gitpython-command', kind: 'option', what: "git's command line (a value that starts with '-' is an option: --output=<file> writes any file)", language: 'python',
    callee: /\.git\.[a-z_]+$/, wholeValue: true, endOfOptions: true, fileImports: /^git$/,
    examples: { python: py('import git\nrepo = git.Repo(".")\nrepo.git.diff("--unified=3", out)') }, lookAlikes: { python: py('import git\nrepo = git.Repo(".")\nrepo.git.diff("--unified=3", "--", out)') },
  },
  {
    // …and from Python's subprocess (`subprocess.run(["git", "checkout", branch])`).
    id: 'git-program-options-python', kind: 'option', what: "git's command line (a value that starts with '-' is an option: --output=<file> writes any file)", language: 'python',
    callee: /^subprocess\.(run|call|Popen|check_output|check_call)$/, argvList: true, argvOf: /^(.*\/)?git(\.exe)?$/, wholeValue: true, endOfOptions: true,
    examples: { python: py('subprocess.run(["git", "checkout", out])') }, lookAlikes: { python: py('subprocess.run(["git", "checkout", "--", out])') },
  },
  {
    // The same from JavaScript: git run with an argument list (`execFile('git', ['checkout', branch])`, spawn, execa).
    id: 'git-program-options', kind: 'option', what: "git's command line (a value that starts with '-' is an option: --output=<file> writes any file)", language: 'typescript',
    callee: /^((child_process|cp|childProcess)\.)?(spawn|spawnSync|execFile|execFileSync)$|^(execa|execaSync)$/, argvOf: /^(.*\/)?git(\.exe)?$/, wholeValue: true, endOfOptions: true,
    examples: { typescript: ts("execFileSync('git', ['checkout', out]);") }, lookAlikes: { typescript: ts("execFileSync('git', ['checkout', '--', out]);") },
  },
  {
    // A repository opened where the model says: every tool then reads and writes there (the same server's other advisory).
    id: 'gitpython-repository', kind: 'path', what: 'a git repository opened at that path', language: 'python', argument: 0,
    callee: /^(git\.)?Repo(\.init)?$/, fileImports: /^git$/,
    examples: { python: py('import git\nrepo = git.Repo(out)') }, lookAlikes: { python: py('import git\nrepo = git.Repo(REPOSITORY)') },
  },
  {
    id: 'gitpython-index-add', kind: 'path', what: 'files added to a git index (read from those paths)', language: 'python', argument: 0,
    callee: /\.index\.add$/, fileImports: /^git$/,
    examples: { python: py('import git\nrepo = git.Repo(".")\nrepo.index.add([out])') }, lookAlikes: { python: py('import faiss\nindex = faiss.IndexFlatL2(8)\nindex.index.add(out)') },
  },
  {
    id: 'python-shell', kind: 'shell', what: 'a shell command', language: 'python',
    callee: /^(os\.(system|popen|exec\w*|spawn\w*)|subprocess\.(getoutput|getstatusoutput)|asyncio\.create_subprocess_shell|commands\.getoutput|pexpect\.spawn)$/,
    examples: { python: py('os.system(out)') }, lookAlikes: { python: py('logging.info(out)') },
  },
  {
    // (computer-use best practices' `subprocess.run(["open", "-a", app_name])` opens the app the model names: no shell.)
    id: 'python-subprocess', kind: 'shell', what: 'a shell command', language: 'python', argvList: true,
    callee: /^subprocess\.(run|call|Popen|check_output|check_call)$/,
    examples: { python: py('subprocess.run(out, shell=True)') }, lookAlikes: { python: py('subprocess.run(["open", "-a", out])') },
  },
  {
    // The OpenAI Agents SDK's local shell: the executor the app writes runs each command the model gives
    // (`ShellCommandRequest.data.action.commands`); with `needs_approval=True` a person approves each one.
    id: 'openai-agents-shell-executor', kind: 'shell', what: "the commands the model gives the OpenAI Agents SDK's shell tool",
    callee: /(^|\.)(ShellTool|LocalShellTool|shellTool|localShellTool)$/, fileImports: /^(agents(\.|$)|@openai\/agents)/,
    handler: { keys: ['executor', 'shell'], methods: ['__call__', 'run'], approval: ['needs_approval', 'needsApproval'] },
    examples: {
      python: 'import subprocess\nfrom agents import Agent, ShellTool\n\nclass Executor:\n    def __call__(self, request):\n        for command in request.data.action.commands:\n            subprocess.run(command, shell=True)\n\nagent = Agent(name="a", tools=[ShellTool(executor=Executor())])\n',
      typescript: "import { execSync } from 'node:child_process';\nimport { Agent, shellTool } from '@openai/agents';\n\nclass LocalShell {\n  async run(action) {\n    for (const command of action.commands) execSync(command);\n  }\n}\nconst agent = new Agent({ name: 'a', tools: [shellTool({ shell: new LocalShell() })] });\n",
    },
    // (A person approves each command: the policy's mitigation.)
    lookAlikes: {
      python: 'import subprocess\nfrom agents import Agent, ShellTool\n\nclass Executor:\n    def __call__(self, request):\n        for command in request.data.action.commands:\n            subprocess.run(command, shell=True)\n\nagent = Agent(name="a", tools=[ShellTool(executor=Executor(), needs_approval=True)])\n',
      typescript: "import { execSync } from 'node:child_process';\nimport { Agent, shellTool } from '@openai/agents';\n\nclass LocalShell {\n  async run(action) {\n    for (const command of action.commands) execSync(command);\n  }\n}\nconst agent = new Agent({ name: 'a', tools: [shellTool({ shell: new LocalShell(), needsApproval: true })] });\n",
    },
  },
  {
    id: 'python-program', kind: 'shell', what: 'a program it runs', language: 'python', argv: true,
    callee: /^asyncio\.create_subprocess_exec$/,
    examples: { python: py('asyncio.create_subprocess_exec("bash", "-c", out)') }, lookAlikes: { python: py('asyncio.create_subprocess_exec("git", "commit", "-m", out)') },
  },
  {
    // LangChain's shell tool and the BashProcess behind it run their input through bash (Langchain-Chatchat's shell tool).
    id: 'langchain-shell-tool', kind: 'shell', what: "a shell command (LangChain's ShellTool runs it with bash)", language: 'python',
    callee: /(^|\.)(ShellTool|BashProcess)(\(\))?\.(a?run|a?invoke)$/, keywords: ['tool_input', 'input', 'commands'],
    examples: { python: py('from langchain_community.tools import ShellTool\ntool = ShellTool()\ntool.run(tool_input=out)') },
    lookAlikes: { python: py('from langchain_community.tools import ShellTool\nprint(ShellTool().name, out)') },
  },
  {
    id: 'sql-string', kind: 'sql', what: 'a SQL query built from it', argument: 0, builtText: /\b(select|insert|update|delete|drop|create|alter|where|explain)\b/i,
    callee: /(^|\.)(query|execute|executemany|executescript|raw|\$queryRawUnsafe|\$executeRawUnsafe|exec|prepare|run|all|get|read_sql|read_sql_query|text|exec_driver_sql)$/,
    examples: { typescript: ts('await db.query(`SELECT * FROM t WHERE name = \'${out}\'`);'), python: py('cursor.execute(f"SELECT * FROM t WHERE name = \'{out}\'")') },
    lookAlikes: { typescript: ts("await db.query('SELECT * FROM t WHERE name = $1', [out]);"), python: py('cursor.execute("SELECT * FROM t WHERE name = ?", (out,))') },
  },
  {
    // boto3's query services take the SQL by keyword: Athena's `start_query_execution(QueryString=…)`, the Redshift
    // Data API's `execute_statement(Sql=…)` (its parameters go in `Parameters`, and Athena's in `ExecutionParameters`).
    id: 'aws-query-service', kind: 'sql', what: 'a SQL query an AWS data service runs (Athena, Redshift Data API), built from it', language: 'python',
    builtText: /\b(select|insert|update|delete|drop|create|alter|where|unload)\b/i, keywords: ['QueryString', 'Sql', 'Sqls'], argument: -1,
    callee: /(^|\.)(start_query_execution|execute_statement|batch_execute_statement)$/,
    examples: { python: py('athena.start_query_execution(QueryString=f"SELECT * FROM logs WHERE day = \'{out}\'", WorkGroup="primary")') },
    lookAlikes: { python: py('athena.start_query_execution(QueryString="SELECT * FROM logs WHERE day = ?", ExecutionParameters=[out], WorkGroup="primary")') },
  },
  {
    id: 'sql-model-written', kind: 'sql', what: 'a database as SQL the model wrote', argument: 0, wholeValue: true, keywords: ['sql', 'sql_query', 'query'], unlessReceiverReadOnly: true,
    // (…a client a factory returns too: `get_bq_client().query(sql)`.)
    callee: /(^|\.)(\w*(db|database|conn|connect|connection|cursor|cur|engine|session|pool|client|sql|knex|prisma))(\(\))?\.(query|execute|_execute|executescript|run|all|exec|raw|sql|query_df|\$queryRawUnsafe|\$executeRawUnsafe|exec_driver_sql)$|(^|\.)(run_sql|runSql|read_sql|read_sql_query|execute_sql|executeSql)$/i,
    examples: { typescript: ts('await db.query(out);'), python: py('pd.read_sql(out, engine)') },
    lookAlikes: { typescript: ts('await cache.get(out);'), python: py('conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)\nconn.execute(out)') },
  },
  {
    // asyncpg's connections and pools run what they fetch (`await conn.fetch(sql)`); an HTTP client's `fetch` is no
    // query, so only receivers named for a database connection.
    id: 'sql-model-written-asyncpg', kind: 'sql', what: 'a database as SQL the model wrote', argument: 0, wholeValue: true,
    callee: /(^|\.)(\w*(db|database|conn|connection|pool|pg|postgres))\.(fetch|fetchrow|fetchval|fetchmany|copy_from_query)$/i,
    examples: { python: py('rows = await conn.fetch(out)') },
    lookAlikes: { python: py('rows = await http_client.fetch(out)') },
  },
  {
    // Graph databases run what they are given just as SQL engines do (CVE-2024-8309: GraphCypherQAChain ran the model's Cypher).
    id: 'graph-query-model-written', kind: 'sql', what: 'a graph database as a query the model wrote (Cypher, Gremlin, SPARQL)', argument: 0, wholeValue: true, keywords: ['query', 'cypher'],
    callee: GRAPH_QUERY,
    examples: { typescript: ts('await graph.query(out);'), python: py('self.graph.query(out)') },
    lookAlikes: { typescript: ts('await graph.addNode(out);'), python: py('self.graph.add_node(out)') },
  },
  {
    id: 'cypher-string', kind: 'sql', what: 'a graph query (Cypher) built from it', argument: 0, builtText: /\b(MATCH|MERGE|UNWIND|DETACH)\b/,
    callee: GRAPH_QUERY,
    examples: { typescript: ts("await session.run(`MATCH (p:Person {name: '${out}'}) RETURN p`);"), python: py('driver.execute_query(f"MATCH (p:Person {{name: \'{out}\'}}) RETURN p")') },
    lookAlikes: { typescript: ts("await session.run('MATCH (p:Person {name: $name}) RETURN p', { name: out });"), python: py('driver.execute_query("MATCH (p:Person {name: $name}) RETURN p", name=out)') },
  },
  {
    id: 'dom-html', kind: 'html', what: 'HTML', property: /^(innerHTML|outerHTML|dangerouslySetInnerHTML|srcdoc)$/,
    callee: /^document\.(write|writeln)$|\.insertAdjacentHTML$|^\$\(.*\)\.(html|append|prepend)$|(^|\.)(Markup|mark_safe|render_template_string|HTML|components\.v1\.html|html)$/,
    examples: { typescript: ts('el.innerHTML = out;'), python: py('st.components.v1.html(out)') },
    lookAlikes: { typescript: ts('el.textContent = out;'), python: py('st.write(out)') },
  },
  {
    // Lit's directive renders a string as markup inside an `html` template.
    id: 'lit-unsafe-html', kind: 'html', what: "HTML (Lit's unsafeHTML)", language: 'typescript', callee: /^(unsafeHTML|unsafeSVG)$/,
    examples: { typescript: ts('const view = html`<p>${unsafeHTML(out)}</p>`;') },
    lookAlikes: { typescript: ts('const view = html`<p>${out}</p>`;') },
  },
  {
    // react-markdown escapes HTML unless rehype-raw is among its plugins: then the model's `<img onerror=…>` runs.
    id: 'markdown-raw-html', kind: 'html', what: 'Markdown rendered with raw HTML allowed (rehype-raw)', language: 'typescript',
    callee: /^(ReactMarkdown|Markdown|MemoizedReactMarkdown|MarkdownHooks)$/, keyword: { name: 'rehypePlugins', value: /rehypeRaw|rehype-raw/ },
    argument: 1, keywords: ['children'], // the element's props are its first argument: only what it renders counts
    examples: { typescript: ts('const view = <ReactMarkdown rehypePlugins={[rehypeRaw]}>{out}</ReactMarkdown>;') },
    lookAlikes: { typescript: ts('const view = <ReactMarkdown rehypePlugins={[rehypeHighlight]}>{out}</ReactMarkdown>;') },
  },
  {
    // …on any Streamlit element: a placeholder (`block = st.empty(); block.markdown(…)`), a column, the sidebar.
    id: 'streamlit-unsafe-html', kind: 'html', what: 'HTML (unsafe_allow_html)', language: 'python', callee: /(^|\.)(markdown|write|caption)$/, keyword: { name: 'unsafe_allow_html', value: /^True$/ },
    examples: { python: py('block = st.empty()\nblock.markdown(out, unsafe_allow_html=True)') }, lookAlikes: { python: py('block = st.empty()\nblock.markdown(out)') },
  },
  {
    id: 'html-response', kind: 'html', what: 'an HTML response', argument: 0, builtText: /<[a-z!]/i,
    callee: /^(res|response|reply|ctx|c)\.(send|end|write|html)$|^(make_response|Response|new Response)$/,
    examples: { typescript: ts('res.send(`<div>${out}</div>`);'), python: py('return make_response(f"<div>{out}</div>")') },
    lookAlikes: { typescript: ts('res.json({ answer: out });'), python: py('return JSONResponse({"answer": out})') },
  },
  {
    // A response that is HTML by its class: a page the model wrote, served whole, runs its scripts on the app's origin.
    id: 'html-response-class', kind: 'html', what: 'an HTML response', language: 'python', argument: 0, keywords: ['content'],
    callee: /^((fastapi|starlette)\.responses\.)?HTMLResponse$/,
    examples: { python: py('return HTMLResponse(out)') },
    lookAlikes: { python: py('return PlainTextResponse(out)') },
  },
  {
    // (Listing a folder or reading a file's details tells what is on the disk too: mcp-local-file-reader's list_files.)
    id: 'file-path', kind: 'path', what: 'a file path', argument: 0,
    callee: /^(fs\.)?(writeFile|writeFileSync|appendFile|appendFileSync|createWriteStream|createReadStream|readFile|readFileSync|unlink|unlinkSync|rm|rmSync|mkdir|mkdirSync|rmdir|rmdirSync|readdir|readdirSync|opendir|opendirSync|stat|statSync|lstat|lstatSync)$|^(fs\.promises|fsp)\.(writeFile|appendFile|readFile|rm|unlink|mkdir|rmdir|readdir|opendir|stat|lstat)$|^(shutil\.(rmtree|move|copy\w*)|os\.(remove|unlink|rename|rmdir|mkdir|makedirs|listdir|scandir|walk|stat)|(pd|pandas)\.read_(csv|excel|json|parquet|table|feather|fwf))$/,
    examples: { typescript: ts("fs.writeFileSync(out, 'x');"), python: py('os.remove(out)') },
    lookAlikes: { typescript: ts("fs.writeFileSync('report.txt', out);"), python: py('os.rename("draft.txt", "report.txt")\nprint(out)') },
  },
  {
    // Python's built-in `open`. (JavaScript has none: `open(url)` there is the `open` package, which shows a URL or
    // file in the person's default app — the reference EverArt server opens its image's link so.)
    id: 'python-open-path', kind: 'path', what: 'a file path', language: 'python', argument: 0,
    callee: /^open$/,
    examples: { python: py('open(out, "w").write("x")') },
    lookAlikes: { python: py('open("report.txt", "w").write(out)') },
  },
  {
    // pathlib: the path is the object the method is called on (`(ROOT / slug / "hero.png").parent.mkdir()`,
    // `path.write_text(…)`). (No `replace`, `rename` or `open` of any object: text has a `replace` too.)
    id: 'pathlib-path', kind: 'path', what: 'a file path (pathlib writes, makes or removes there)', language: 'python', receiverPath: true,
    callee: /\.(mkdir|write_text|write_bytes|unlink|rmdir|touch|symlink_to|hardlink_to)$/,
    examples: { python: py('target = ROOT / out / "hero.png"\ntarget.parent.mkdir(parents=True, exist_ok=True)') },
    lookAlikes: { python: py('target = ROOT / "covers" / "hero.png"\ntarget.parent.mkdir(parents=True, exist_ok=True)\nprint(out.replace("a", "b"))') },
  },
  {
    // Media libraries open the file they are given: an image, a recording, a video read from a path the model chose.
    id: 'media-file-path', kind: 'path', what: 'a file path (a media file opened there)', language: 'python', argument: 0,
    callee: /(^|\.)(VideoFileClip|AudioFileClip|ImageClip)$|^(Image\.open|PIL\.Image\.open|cv2\.imread|cv2\.VideoCapture|librosa\.load|sf\.read|soundfile\.read)$/,
    examples: { python: py('clip = VideoFileClip("videos/" + out)') },
    lookAlikes: { python: py('clip = VideoFileClip("videos/intro.mp4")') },
  },
  {
    // AssemblyAI's transcriber reads a local recording at the path it is given and uploads it, or fetches a URL.
    id: 'assemblyai-transcribe', kind: 'path', what: 'a file path or URL (a recording read and uploaded, or fetched)', language: 'python', argument: 0,
    callee: /(^|\.)(transcribe|transcribe_async|submit)$/, fileImports: /^assemblyai(\.|$)/,
    examples: { python: `import assemblyai as aai\n${py('transcript = aai.Transcriber().transcribe(out)')}` },
    lookAlikes: { python: `import assemblyai as aai\n${py('transcript = aai.Transcriber().transcribe("recordings/intro.mp3")')}` },
  },
  {
    // Copying or moving: either path may be the model's.
    id: 'file-move-path', kind: 'path', what: 'a file path',
    callee: /^(fs\.)?(copyFile|copyFileSync|cp|cpSync|rename|renameSync|symlink|symlinkSync)$|^(fs\.promises|fsp)\.(copyFile|cp|rename|symlink)$/,
    examples: { typescript: ts("fs.copyFileSync('template.md', path.join(docsDir, out));") },
    lookAlikes: { typescript: ts("fs.copyFileSync('template.md', path.join(docsDir, 'notes.md'));") },
  },
  {
    id: 'document-loader-path', kind: 'path', what: 'a path a document loader reads', argument: 0, keywords: ['input_files', 'input_dir', 'file_path', 'path', 'filePath'],
    callee: /(^|\.)(new )?(SimpleDirectoryReader|TextLoader|PyPDFLoader|PyMuPDFLoader|CSVLoader|JSONLoader|UnstructuredFileLoader|UnstructuredPDFLoader|DirectoryLoader|Docx2txtLoader|PDFLoader)$/,
    examples: { typescript: ts('const docs = await new TextLoader(out).load();'), python: py('docs = SimpleDirectoryReader(input_files=[out]).load_data()') },
    lookAlikes: { typescript: ts("const docs = await new TextLoader('handbook.md').load();"), python: py('docs = SimpleDirectoryReader(input_files=["handbook.md"]).load_data()') },
  },
  {
    // KitOps' ModelKitManager packs the folder it is given and pushes it, or pulls a ModelKit and unpacks it there.
    id: 'kitops-modelkit-folder', kind: 'path', what: 'a folder KitOps packs and pushes, or unpacks a ModelKit into', language: 'python', keywords: ['working_directory'],
    callee: /(^|\.)ModelKitManager$/, fileImports: /^kitops(\.|$)/,
    examples: { python: `from kitops.modelkit.manager import ModelKitManager\n${py('ModelKitManager(working_directory=out, modelkit_tag="jozu.ml/me/kit:latest").pack_and_push_modelkit()')}` },
    lookAlikes: { python: `from kitops.modelkit.manager import ModelKitManager\n${py('ModelKitManager(working_directory="./project", modelkit_tag="jozu.ml/me/kit:latest").pack_and_push_modelkit()')}` },
  },
  {
    // EyeLevel GroundX reads the local file a Document names and uploads it to its service.
    id: 'groundx-document-path', kind: 'path', what: 'a local file GroundX reads and uploads', language: 'python', keywords: ['file_path'],
    callee: /(^|\.)Document$/, fileImports: /^groundx(\.|$)/,
    examples: { python: `from groundx import GroundX, Document\n${py('client.ingest(documents=[Document(bucket_id=1, file_name="a.pdf", file_path=out, file_type="pdf")])')}` },
    lookAlikes: { python: `from groundx import GroundX, Document\n${py('client.ingest(documents=[Document(bucket_id=1, file_name="a.pdf", file_path="docs/handbook.pdf", file_type="pdf")])')}` },
  },
  {
    id: 'web-loader-url', kind: 'url', what: 'a URL a web loader fetches', argument: 0, keywords: ['urls', 'url', 'web_paths', 'webPath'],
    callee: /(^|\.)(new )?(WebBaseLoader|AsyncHtmlLoader|AsyncChromiumLoader|RecursiveUrlLoader|PlaywrightURLLoader|SeleniumURLLoader|CheerioWebBaseLoader|PuppeteerWebBaseLoader)$|(^|\.)(SimpleWebPageReader|TrafilaturaWebReader|BeautifulSoupWebReader)\(\)\.load_data$/,
    examples: { typescript: ts('const docs = await new CheerioWebBaseLoader(out).load();'), python: py('docs = SimpleWebPageReader().load_data(urls=[out])') },
    lookAlikes: { typescript: ts("const docs = await new CheerioWebBaseLoader('https://intranet.example.com/handbook').load();"), python: py('docs = SimpleWebPageReader().load_data(urls=["https://intranet.example.com/handbook"])') },
  },
  {
    id: 'fetched-url', kind: 'url', what: 'a URL that is then fetched', argument: 0,
    // …and HTTP clients the app builds (`async with httpx.AsyncClient() as client: client.get(url)`, aiohttp, requests' Session).
    callee: /^(fetch|axios|axios\.(get|post)|got|got\.(get|post)|gotScraping|gotScraping\.(get|post)|requests\.(get|post|request)|httpx\.(get|post)|urlopen|urllib\.request\.urlopen)$|(^|\.)(scrape|crawl|Scrape|Crawl)\w*$|^(httpx\.)?(AsyncClient|Client)\.(get|post|head|request|stream)$|^(aiohttp\.)?ClientSession\.(get|post|head|request)$|^(requests\.)?Session\.(get|post|head|request)$|(^|\.)_?[fF]irecrawl\w*\.(extract|map_?[uU]rl|batch_?[sS]crape_?[uU]rls)$/,
    examples: { typescript: ts('await fetch(out);'), python: py('with httpx.Client() as http:\n    http.get(out)') },
    lookAlikes: { typescript: ts("await fetch('https://api.example.com/log', { method: 'POST', body: out });"), python: py('requests.post("https://api.example.com/log", data=out)') },
  },
  {
    // Puppeteer's and Playwright's `page.goto(url)`, Selenium's `driver.get(url)`: a real browser opens what it is given.
    id: 'browser-url', kind: 'url', what: 'a URL a browser opens', argument: 0, keywords: ['url'],
    callee: /(^|\.)_?(page|tab)\.goto$|(^|\.)_?(driver|webdriver)\.get$/, // (`self._page`: a tool's own page)
    examples: { typescript: ts('const page = await browser.newPage();\nawait page.goto(out);'), python: py('page.goto(out)') },
    lookAlikes: { typescript: ts("const page = await browser.newPage();\nawait page.goto(`http://localhost:3000/${out}`);"), python: py('page.goto(f"https://docs.example.com/{out}")') },
  },
  {
    // LangChain's pandas, CSV, Spark and Python agents run the Python their model writes in a REPL tool (the docs'
    // warning; `allow_dangerous_code=True` in newer versions), PandasAI runs the code its model writes for each chat.
    id: 'code-running-agent', kind: 'code', what: "code execution in the agent's Python tool (it runs what its model writes)", language: 'python', runsModelOutput: true,
    callee: calleeOf(CODE_RUNNING_AGENTS),
    examples: { python: 'from langchain_experimental.agents import create_pandas_dataframe_agent\nagent = create_pandas_dataframe_agent(llm, df, allow_dangerous_code=True)' },
    lookAlikes: { python: 'from langchain.agents import create_tool_calling_agent\nagent = create_tool_calling_agent(llm, tools, prompt)' },
  },
  {
    // smolagents' CodeAgent: the model writes Python and the agent runs it in the app's process (its local executor
    // restricts imports; it is no sandbox).
    // (…unless it runs the code in a sandbox of its executors: a remote one, or a container.)
    id: 'smolagents-code-agent', kind: 'code', what: "code execution (smolagents' CodeAgent runs the Python its model writes)", language: 'python', runsModelOutput: true,
    callee: /(^|\.)CodeAgent$/, fileImports: /^smolagents/, unlessKeyword: { name: 'executor_type', value: /^["'](e2b|modal|blaxel|docker|wasm)["']$/ },
    examples: { python: 'from smolagents import CodeAgent\nagent = CodeAgent(tools=[], model=model)' },
    lookAlikes: { python: 'from smolagents import CodeAgent\nagent = CodeAgent(tools=[], model=model, executor_type="e2b")' },
  },
  {
    // An MCP client started on a server whose tools run the commands the model writes and edit any file (Desktop
    // Commander, mcp-server-commands, mcp-shell-server): whatever steers the model runs on the machine.
    id: 'shell-mcp-server', kind: 'shell', what: 'shell commands (an MCP server whose tools run what the model writes: Desktop Commander, mcp-server-commands, mcp-shell-server)', runsModelOutput: true,
    callee: MCP_CLIENT, argsText: /desktop-commander|mcp-server-commands|mcp-shell-server/,
    examples: { python: 'from agents import Agent, Runner\nfrom agents.mcp import MCPServerStdio\nserver = MCPServerStdio(params={"command": "npx", "args": ["-y", "@wonderwhy-er/desktop-commander"]})\nRunner.run_sync(Agent(name="ops", mcp_servers=[server]), question)' },
    lookAlikes: { python: 'from agents import Agent, Runner\nfrom agents.mcp import MCPServerStdio\nserver = MCPServerStdio(params={"command": "npx", "args": ["-y", "@modelcontextprotocol/server-memory"]})\nRunner.run_sync(Agent(name="ops", mcp_servers=[server]), question)' },
  },
  {
    // strands_tools' `http_request` given to a Strands agent requests whatever URL (method, headers, body) the agent's
    // model writes: a general HTTP client for whatever steers the model.
    id: 'strands-http-request', kind: 'url', what: "a URL strands_tools' http_request fetches (it requests whatever URL its agent's model writes)", runsModelOutput: true,
    callee: /^Agent$/, fileImports: /^strands_tools(\.|$)/, argsText: /\bhttp_request\b/,
    examples: { python: 'from strands import Agent\nfrom strands_tools import http_request\nagent = Agent(system_prompt="Fetch what is asked.", tools=[http_request])\nagent(question)' },
    lookAlikes: { python: 'from strands import Agent\nfrom strands_tools import calculator\nagent = Agent(system_prompt="Compute what is asked.", tools=[calculator])\nagent(question)' },
  },
  {
    // PandasAI 3 (`import pandasai as pai`): a `pai.DataFrame`'s chat writes pandas code with the model and runs it.
    id: 'pandasai-dataframe', kind: 'code', what: 'code execution (PandasAI runs the code its model writes for each chat)', language: 'python', runsModelOutput: true,
    callee: /^\w+\.(DataFrame|chat)$/, receiverModule: /^pandasai$/,
    examples: { python: 'import pandasai as pai\ndf = pai.DataFrame(rows)\nanswer = df.chat("Which region sold most?")' },
    lookAlikes: { python: 'import pandas as pd\ndf = pd.DataFrame(rows)\nanswer = df.describe()' },
  },
  {
    // A SQL agent runs the queries its model writes; the policy asks for a read-only connection, which the call
    // does not show (SQLDatabaseChain, whose database is built beside it, has its own row below).
    id: 'sql-running-agent', kind: 'sql', what: "a database through the agent's SQL tool (it runs the queries its model writes)", runsModelOutput: true,
    callee: calleeOf(SQL_RUNNING_AGENTS),
    examples: {
      python: 'from langchain_community.agent_toolkits import create_sql_agent\nagent = create_sql_agent(llm=llm, db=SQLDatabase.from_uri(uri))',
      typescript: "import { SqlToolkit } from 'langchain/agents/toolkits/sql';\nconst toolkit = new SqlToolkit(db, llm);",
    },
    lookAlikes: {
      python: 'from langchain_community.utilities import SQLDatabase\ndb = SQLDatabase.from_uri(uri)\nprint(db.get_usable_table_names())',
      typescript: "import { SqlDatabase } from 'langchain/sql_db';\nconst db = await SqlDatabase.fromDataSourceParams({ appDataSource });",
    },
  },
  {
    // The Claude Agent SDK's built-in Bash runs the commands its model writes: without asking when it is listed in the
    // allowed tools (`allowedTools`, `allowed_tools`), or in a subagent's tools when the run bypasses permissions.
    id: 'claude-agent-bash', kind: 'shell', what: "a shell (the Claude Agent SDK's Bash tool runs the commands its model writes, without asking)", runsModelOutput: true,
    callee: /(^|\.)(ClaudeAgentOptions|ClaudeCodeOptions|query)$/, fileImports: /^(claude_agent_sdk|claude_code_sdk|@anthropic-ai\/claude-agent-sdk|@anthropic-ai\/claude-code)(\.|\/|$)/,
    // (Not when a hook or callback checks each tool use, or the SDK's sandbox runs the commands: the policy's mitigations.)
    argsText: /^(?![\s\S]*\b(?:hooks|can_use_tool|canUseTool|sandbox)\b)[\s\S]*allowed_?[tT]ools\W{1,6}(?:\[[^\]]*)?["']Bash["']/,
    examples: { python: 'from claude_agent_sdk import ClaudeAgentOptions, query\noptions = ClaudeAgentOptions(allowed_tools=["Read", "Bash"])', typescript: 'import { query } from "@anthropic-ai/claude-agent-sdk";\nconst run = query({ prompt: queue, options: { allowedTools: ["Bash", "Read"] } });' },
    lookAlikes: { python: 'from claude_agent_sdk import ClaudeAgentOptions, query\noptions = ClaudeAgentOptions(allowed_tools=["Read", "Bash"], hooks={"PreToolUse": [HookMatcher(matcher="Bash", hooks=[check_command])]})', typescript: 'import { query } from "@anthropic-ai/claude-agent-sdk";\nconst run = query({ prompt: queue, options: { allowedTools: ["Read", "Grep"] } });' },
  },
  {
    id: 'claude-agent-subagent-bash', kind: 'shell', what: "a shell (a Claude Agent SDK subagent's Bash, in a run that bypasses permissions)", language: 'python', runsModelOutput: true,
    callee: /(^|\.)AgentDefinition$/, fileImports: /^(claude_agent_sdk|claude_code_sdk)(\.|$)/, argsText: /["']Bash["']/, fileText: /["']bypassPermissions["']/, eachCall: true,
    examples: { python: 'from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions\nanalyst = AgentDefinition(description="Charts", tools=["Read", "Bash"], prompt=PROMPT)\noptions = ClaudeAgentOptions(permission_mode="bypassPermissions", agents={"analyst": analyst})' },
    lookAlikes: { python: 'from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions\nanalyst = AgentDefinition(description="Charts", tools=["Read", "Bash"], prompt=PROMPT)\noptions = ClaudeAgentOptions(permission_mode="default", agents={"analyst": analyst})' },
  },
  {
    // Deep Agents' FilesystemBackend gives the agent's model real file tools (ls, read_file, write_file, edit_file) under
    // the folder it is given: the app's own folder holds its code and the AGENTS.md memory loaded into the system prompt.
    // (A workspace folder of its own, in the default virtual mode, keeps the model's paths there.)
    id: 'deepagents-filesystem-backend', kind: 'path', what: "files in the app's own folder (Deep Agents' FilesystemBackend gives the model write_file and edit_file there; root it at a workspace folder of its own)", language: 'python', runsModelOutput: true,
    callee: /(^|\.)FilesystemBackend$/, fileImports: /^deepagents(\.|$)/, appFolderRoot: { argument: 0, keyword: 'root_dir', unconfined: 'virtual_mode' },
    examples: { python: 'from deepagents import create_deep_agent\nfrom deepagents.backends import FilesystemBackend\nagent = create_deep_agent(tools=tools, backend=FilesystemBackend(root_dir=Path(__file__).parent))' },
    lookAlikes: { python: 'from deepagents import create_deep_agent\nfrom deepagents.backends import FilesystemBackend\nagent = create_deep_agent(tools=tools, backend=FilesystemBackend(root_dir="/srv/agent-workspace"))' },
  },
  {
    // LangChain's SQLDatabaseChain runs the SQL its model writes on the database it is given: a sink unless that database
    // is opened read-only where the chain is built (`sqlite3.connect("file:…?mode=ro")`, a read-only engine option).
    id: 'sql-database-chain', kind: 'sql', what: "a database through SQLDatabaseChain (it runs the SQL its model writes)", runsModelOutput: true,
    callee: /(^|\.)(SQLDatabaseChain|SQLDatabaseSequentialChain)\.from_llm$/, unlessReadOnly: { argument: 1, keyword: 'db' },
    examples: { python: 'from langchain_experimental.sql import SQLDatabaseChain\ndb = SQLDatabase.from_uri(uri)\nchain = SQLDatabaseChain.from_llm(llm, db)' },
    lookAlikes: { python: 'from langchain_experimental.sql import SQLDatabaseChain\ncreator = lambda: sqlite3.connect(f"file:{path}?mode=ro", uri=True)\ndb = SQLDatabase(create_engine("sqlite:///", creator=creator))\nchain = SQLDatabaseChain.from_llm(llm, db)' },
  },
  {
    // LlamaIndex's text-to-SQL query engines run the SQL their model writes with `run_sql`, on a writable connection
    // unless the engine behind the SQLDatabase is opened read-only (CVE-2024-23751's shape, in an app).
    id: 'llamaindex-nl-sql-engine', kind: 'sql', what: "a database through LlamaIndex's text-to-SQL engine (it runs the SQL its model writes)", language: 'python', runsModelOutput: true,
    callee: /(^|\.)(NLSQLTableQueryEngine|SQLTableRetrieverQueryEngine)$/, unlessReadOnly: { argument: 0, keyword: 'sql_database' },
    examples: { python: 'from llama_index.core.query_engine import NLSQLTableQueryEngine\nsql_database = SQLDatabase(create_engine(url))\nengine = NLSQLTableQueryEngine(sql_database=sql_database, tables=["city_stats"])' },
    lookAlikes: { python: 'from llama_index.core.query_engine import NLSQLTableQueryEngine\ncreator = lambda: sqlite3.connect(f"file:{path}?mode=ro", uri=True)\nsql_database = SQLDatabase(create_engine("sqlite:///", creator=creator))\nengine = NLSQLTableQueryEngine(sql_database=sql_database, tables=["city_stats"])' },
  },
  {
    id: 'deserialise', kind: 'deserialise', what: 'a deserialiser that builds objects',
    callee: /^(pickle\.loads?|cPickle\.loads?|marshal\.loads?|dill\.loads?|jsonpickle\.decode|yaml\.unsafe_load|yaml\.load|shelve\.open|unserialize|serialize\.unserialize)$/,
    examples: { python: py('pickle.loads(out.encode())') }, lookAlikes: { python: py('yaml.safe_load(out)') },
  },
];

/**
 * Tools given to an agent that run the model's code in a remote sandbox (agno's E2BTools and DaytonaTools): no sink of
 * the policy's — what the code can reach is the sandbox's —, so the person using the app steers no power they lack.
 */
export const SANDBOXED_CODE_TOOL = /(^|\.)(new )?(E2BTools|DaytonaTools)$/;

/**
 * Calls that render a template file with the values they are given: Flask's `render_template("x.html", name=value)`,
 * Starlette's and FastAPI's `templates.TemplateResponse("x.html", {"name": value})`, Django's `render(request,
 * "x.html", {…})` and `render_to_string`, Jinja's `env.get_template("x.html").render(…)`. Templates escape what they
 * write unless told not to: a value the template writes with `|safe` (or inside `{% autoescape false %}`) reaches HTML
 * as it is — the template is read from the app's files (`SummaryLookup.templateFile`).
 */
export const TEMPLATE_RENDER = /(^|\.)(render_template|TemplateResponse|render_to_string)$|^render$|(^|\.)get_template\(\)\.render$/;
/** A template's file name, as the render call writes it. */
export const TEMPLATE_FILE = /\.(html?|jinja2?|j2|djhtml)$/;
export const TEMPLATE_SINK_WHAT = 'HTML, written unescaped by the template (`|safe`)';

/**
 * Calls that make a value safe for one kind of sink: what they return no longer counts there (it still counts in a
 * prompt, and in other sinks). A helper that only extracts a code block or strips quotes is no sanitiser.
 */
export const SANITIZERS: readonly { kind: SinkKind; callee: RegExp }[] = [
  { kind: 'html', callee: /(^|\.)(DOMPurify\.sanitize|purify\.sanitize|sanitizeHtml|sanitize_html|escapeHtml|escape_html|escapeHTML|htmlEscape|he\.(encode|escape)|_\.escape|lodash\.escape|filterXSS|xss|html\.escape|markupsafe\.escape|bleach\.clean|nh3\.clean)$|^escape$/ },
  // (…and the app's own quoting helper named for it: `shellQuote(arg)`, magento2-dev-mcp's fix.)
  { kind: 'shell', callee: /(^|\.)(shlex\.quote|shellEscape|shell_escape|escapeShellArg|shellQuote(\.quote)?|shell_quote|quoteShellArg|quote_shell_arg|shq)$|^quote$/ },
  // …and the app's own check that a path stays inside the folders it may use (`validatePath(args.path)`, `safe_join`).
  { kind: 'path', callee: /(^|\.)(os\.path\.basename|path\.basename|secure_filename|sanitize_filename|sanitizeFilename|_?slugify|(validate|sanitize|safe|secure|verify|check|assert|ensure)_?[pP]ath|safe_?join|safeJoin|werkzeug\.utils\.safe_join)$|^basename$/ },
  { kind: 'sql', callee: /(^|\.)(escape_string|escapeId|sqlstring\.escape|quote_ident|quote_literal)$/ },
];

/**
 * Checks that guard a value when a failed check leaves the block (`if (!isPathAllowed(p)) throw …`, `if not
 * is_path_allowed(p): raise …`): from there on the value is safe for that kind of sink. Only a check named for an
 * allowlist of folders: one named only "safe" (`is_safe_path`) says nothing of how it decides (code-mcp's lets `..` through).
 */
export const GUARDS: readonly { kind: 'path' | 'number'; callee: RegExp; language?: 'python'; checksReceiver?: boolean }[] = [
  { kind: 'path', callee: /(^|\.)(is_?[pP]ath_?[aA]llowed|is_?[aA]llowed_?[pP]ath|path_?[iI]s_?[aA]llowed|is_?[pP]ath_?[iI]n_?[aA]llowed_?\w*|is_?[wW]ithin_?[aA]llowed_?\w*)$/ },
  // pathlib's `if not candidate.is_relative_to(root): raise …` (after `.resolve()`): the path checked is the receiver.
  { kind: 'path', callee: /\.is_relative_to$/, language: 'python', checksReceiver: true },
  // `if not issue_id.isdigit(): raise …`, `if (!/^\d+$/.test(id)) throw …`: from there on the value is digits only — no
  // one's text, nothing a command, query, path or URL can be steered with.
  { kind: 'number', callee: /\.(isdigit|isdecimal|isnumeric)$/, language: 'python', checksReceiver: true },
  { kind: 'number', callee: /^\/\^(\\d|\[0-9\])(\+|\{1,\d*\})\$\/\.test$/ },
];

/** A text check for the sink shapes above: a file without one defines no function whose parameter reaches a sink. */
const SINK_CALL_HINT =
  /\bfrom\s+(?:subprocess|shutil|os|pickle|marshal)\s+import\b|\b(eval|exec|execSync|execFile|spawn|spawnSync|execa|compile|__import__|import_module|sympify|parse_expr)\s*\(|promisify\(\s*(?:[\w.]+\.|require\([^)]*\)\.)?exec\b|new Function|runPython|vm\.(run|Script|compileFunction)|os\.(system|popen)|subprocess\.|create_subprocess|\.(query|execute|executemany|executescript|raw|\$queryRawUnsafe|\$executeRawUnsafe|exec_driver_sql|run|all)\s*\(|read_sql|run_sql|\.(fetchrow|fetchval|fetchmany)\s*\(|\b(conn|connection|pool|db)\.fetch\(|innerHTML|outerHTML|dangerouslySetInnerHTML|unsafeHTML|srcdoc|insertAdjacentHTML|document\.write|unsafe_allow_html|mark_safe|Markup\(|render_template_string|render_template\(|TemplateResponse|get_template\(|render_to_string|HTMLResponse|\.(send|html|end|write)\s*\(|writeFile|appendFile|createWriteStream|createReadStream|mkdir|makedirs|\.(?:write_text|write_bytes|read_text|read_bytes|unlink|rmdir|touch|symlink_to|hardlink_to)\(|readdir|statSync|\.stat\(|listdir|scandir|os\.walk|copyFile|cpSync|rename|\bopen\(|unlink|rmtree|shutil\.|os\.(remove|rename|rmdir)|\bfetch\(|requests\.(get|post|request)|httpx\.|axios|urlopen|\bgot\(|gotScraping|\.evaluate\(|scrape|crawl|Scrape|Crawl|Loader\(|Reader\(|pickle\.|marshal\.|dill\.|jsonpickle|yaml\.(load|unsafe_load)|unserialize|\.(eval|query)\(|\.git\.[a-z_]+\(|\bRepo(\.init)?\(|\.index\.add\(/;
export const SINK_HINT = new RegExp(`${SINK_CALL_HINT.source}|${MODEL_RUNNING_AGENT_NAMES}`);
