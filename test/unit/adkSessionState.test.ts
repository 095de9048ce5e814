import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG } from '../../src/core/config/scanConfig';
import { scanFiles } from '../../src/core/scan/scanFiles';
import { tempFolder } from './helpers/tempFolder';

// Google ADK's session state is one store for every agent, tool and callback of an app, whichever module they are in:
// what one module keeps there, another reads (`tool_context.state["k"]`, an instruction's `{k}`).
const scan = async (files: Record<string, string>) => {
  const root = tempFolder('mag-adk-', files);
  const { findings } = await scanFiles({ paths: ['.'], base: root, config: DEFAULT_CONFIG });
  return findings.filter((f) => f.ruleId.startsWith('prompt/untrusted') || f.ruleId.startsWith('llm/')).map((f) => `${f.file}:${f.range.start.line + 1}:${f.severity}`).sort();
};

/** The data-science agent's shape: sample rows read in one module, kept in the state by a callback, read by a tool. */
const settings = `from google.cloud import bigquery


def load_settings():
    rows = bigquery.Client().list_rows("shop.orders", max_results=5).to_dataframe()
    return {"schema": "\\n".join(str(row) for row in rows.values)}
`;
const agent = (kept: string) => `from google.adk.agents import Agent
from google.adk.agents.callback_context import CallbackContext
from .settings import load_settings
from . import tools


def setup(callback_context: CallbackContext):
    callback_context.state["settings"] = ${kept}


root_agent = Agent(model="gemini-2.0-flash", name="analyst", instruction="Answer questions about orders.", tools=[tools.write_sql], before_agent_callback=setup)
`;
const tools = `from google.adk.tools import ToolContext
from google.genai import Client


def write_sql(question: str, tool_context: ToolContext) -> str:
    schema = tool_context.state["settings"]["schema"]
    prompt = f"You write BigQuery SQL. Use only these tables and sample rows:\\n{schema}\\nQuestion: {question}"
    return Client().models.generate_content(model="gemini-2.0-flash", contents=prompt).text
`;

/** The academic-research agent's shape: an agent keeps its answer (`output_key`), another's instruction in a module of prompts names it. */
const coordinator = (tools: string) => `from google.adk.agents import LlmAgent
from google.adk.tools import google_search
from .search import search_agent

coordinator = LlmAgent(name="coordinator", model="gemini-2.0-flash", instruction="Read the paper the user gives.", output_key="seminal_paper"${tools})
`;
const prompts = `SEARCH_PROMPT = """
Role: You are an assistant that finds papers. You must use the search tool.
Find the papers that cite '{seminal_paper}' and list them with their authors and years.
"""
`;
const search = `from google.adk.agents import Agent
from google.adk.tools import google_search
from . import prompt

search_agent = Agent(name="search", model="gemini-2.0-flash", instruction=prompt.SEARCH_PROMPT, tools=[google_search])
`;

describe('Google ADK session state across modules', () => {
  it('rows a callback keeps in the state reach a tool of another module that puts them into a prompt', async () => {
    const found = await scan({ 'app/settings.py': settings, 'app/agent.py': agent('load_settings()'), 'app/tools.py': tools });
    assert.deepEqual(found, ['app/tools.py:7:warning']);
    // …and not when the callback keeps the app's own text there.
    assert.deepEqual(await scan({ 'app/settings.py': settings, 'app/agent.py': agent('{"schema": "orders(id, total)"}'), 'app/tools.py': tools }), []);
  });

  it("an agent's answer kept with output_key fills another module's instruction template, named through its module", async () => {
    const found = await scan({ 'app/agent.py': coordinator(', tools=[google_search]'), 'app/prompt.py': prompts, 'app/search.py': search });
    assert.deepEqual(found, ['app/search.py:5:error']);
    // An agent without tools answers from what it is asked: nothing someone else wrote steers what it keeps.
    assert.deepEqual(await scan({ 'app/agent.py': coordinator(''), 'app/prompt.py': prompts, 'app/search.py': search }), []);
  });
});

/** The FOMC research agent's shape: a tool that stores whatever keys the model gives, a tool that downloads a stored URL. */
const store = `import typing
from google.adk.tools import ToolContext


def store_state_tool(state: dict[str, typing.Any], tool_context: ToolContext) -> dict[str, str]:
    """Stores new state values."""
    tool_context.state.update(state)
    return {"status": "ok"}
`;
const download = (prefix: string) => `import requests
from google.adk.agents import Agent
from google.adk.tools import ToolContext
from .store import store_state_tool


def fetch_report(tool_context: ToolContext) -> str:
    """Downloads the report whose URL is kept."""
    url = tool_context.state["report_url"]
${prefix}    return str(len(requests.get(url, timeout=10).content))


root_agent = Agent(model="gemini-2.0-flash", name="r", instruction="Fetch reports.", tools=[fetch_report, store_state_tool])
`;
/** A page a tool keeps with `state.update({...})`, named by an instruction's `{slot}`. */
const pageKept = (kept: string) => `import urllib.request
from google.adk.agents import Agent
from google.adk.tools import ToolContext


def fetch_page(tool_context: ToolContext) -> dict:
    """Fetches the Fed's calendar."""
    page = urllib.request.urlopen("https://www.federalreserve.gov/calendar.htm").read().decode()
    tool_context.state.update(${kept})
    return {"status": "ok"}


reader = Agent(model="gemini-2.0-flash", name="reader", instruction="""You extract the dates of the meetings from this page:
{page_contents}
Then write them down as a list.""", tools=[fetch_page])
`;

describe('Google ADK session state: keys written together, and keys the model writes', () => {
  it('a URL the model stored through a tool that keeps any keys is downloaded by another tool, even when a relative one gets a host', async () => {
    assert.deepEqual(await scan({ 'app/store.py': store, 'app/fetch.py': download('') }), ['app/fetch.py:10:error']);
    assert.deepEqual(await scan({ 'app/store.py': store, 'app/fetch.py': download('    if not url.startswith("https"):\n        url = "https://www.federalreserve.gov" + url\n') }), ['app/fetch.py:12:error']);
    assert.deepEqual(await scan({ 'app/store.py': store, 'app/fetch.py': download('    url = "https://www.federalreserve.gov/" + url\n') }), [], 'look-alike: every value the URL may hold is on the app\'s host');
  });

  it('a page kept with state.update({"page_contents": page}) fills that slot; another key does not', async () => {
    assert.deepEqual(await scan({ 'app/agent.py': pageKept('{"page_contents": page}') }), ['app/agent.py:14:error']);
    assert.deepEqual(await scan({ 'app/agent.py': pageKept('{"page_length": len(page)}') }), []);
  });
});
