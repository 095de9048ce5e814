import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG } from '../../src/core/config/scanConfig';
import { scanFiles } from '../../src/core/scan/scanFiles';
import { tempFolder } from './helpers/tempFolder';

// An app's own document store (awesome-llm-apps' multimodal agentic RAG): one module defines the class, another makes
// the one object, a route fills it with fetched pages, and an agent's tool searches it.
const scan = async (files: Record<string, string>) => {
  const root = tempFolder('mag-store-', files);
  const { findings } = await scanFiles({ paths: ['.'], base: root, config: DEFAULT_CONFIG });
  return findings.filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.file}:${f.range.start.line + 1}`).sort();
};

const store = `import threading
from dataclasses import dataclass


@dataclass
class Source:
    title: str
    chunks: int


class Store:
    def __init__(self):
        self.sources: list[Source] = []
        self.chunks: list[dict] = []
        self._lock = threading.RLock()

    def add_text_source(self, title, text):
        with self._lock:
            pieces = text.split("\\n\\n")
            self.sources.append(Source(title=title, chunks=len(pieces)))
            for piece in pieces:
                self.chunks.append({"title": title, "text": piece})

    def search(self, query):
        with self._lock:
            found = {}
            for chunk in self.chunks:
                found[chunk["title"]] = {"text": chunk["text"]}
            return {"matches": sorted(found.values(), key=lambda item: item["text"])[:5]}
`;
const state = 'from store import Store\n\nSTORE = Store()\n';
const server = (added: string) => `import httpx
from starlette.concurrency import run_in_threadpool
from app_state import STORE


async def add_url(url):
    page = httpx.get(url).text
    await run_in_threadpool(STORE.add_text_source, url, ${added})
`;
const agent = `from google.adk.agents import Agent
from app_state import STORE


def retrieve_context(query: str) -> dict:
    """Find passages."""
    return STORE.search(query)


def build_agent(retrieval_tool=retrieve_context) -> Agent:
    return Agent(name="rag", model="gemini-2.5-flash", instruction="Answer.", tools=[retrieval_tool])


root_agent = build_agent()
`;

describe("what a module keeps in an object of the app's own class is what the class's methods read there", () => {
  it('a fetched page kept by a route (through run_in_threadpool) comes back from the store a tool searches', async () => {
    assert.deepEqual(await scan({ 'store.py': store, 'app_state.py': state, 'server.py': server('page'), 'agent.py': agent }), ['agent.py:7']);
  });
  it("look-alike: a route's own local object of the class is not the shared one the tool searches", async () => {
    const local = server('page').replace('from app_state import STORE\n', 'from store import Store\n').replace('    page = httpx.get(url).text\n', '    page = httpx.get(url).text\n    STORE = Store()\n');
    assert.deepEqual(await scan({ 'store.py': store, 'app_state.py': state, 'server.py': local, 'agent.py': agent }), []);
  });
  it('the app\'s own text kept there is nobody else\'s', async () => {
    assert.deepEqual(await scan({ 'store.py': store, 'app_state.py': state, 'server.py': server('"Opening hours: 9 to 5."'), 'agent.py': agent }), []);
  });
  it("a field one class declares as a number does not make another class's annotated list of the same name a number", async () => {
    const numbered = store.replace('    chunks: int', '    chunks: int\n    pages: int');
    assert.deepEqual(await scan({ 'store.py': numbered, 'app_state.py': state, 'server.py': server('page'), 'agent.py': agent }), ['agent.py:7']);
    // (…while a field only ever declared a number still carries no text.)
    const counted = store.replace('self.chunks: list[dict] = []', 'self.chunks: int = 0').replace(/self\.chunks\.append\(\{"title": title, "text": piece\}\)/, 'self.chunks = len(piece)').replace('for chunk in self.chunks:\n                found[chunk["title"]] = {"text": chunk["text"]}', 'found["n"] = {"text": self.chunks}');
    assert.deepEqual(await scan({ 'store.py': counted, 'app_state.py': state, 'server.py': server('page'), 'agent.py': agent }), []);
  });
  it('a function a caller gives as the parameter a builder lists as a tool is a tool (and so is its default)', async () => {
    const given = agent.replace('root_agent = build_agent()', 'def lookup(query: str) -> dict:\n    """Find passages."""\n    return STORE.search(query)\n\n\nroot_agent = build_agent(lookup)').replace('def build_agent(retrieval_tool=retrieve_context)', 'def build_agent(retrieval_tool)');
    assert.deepEqual(await scan({ 'store.py': store, 'app_state.py': state, 'server.py': server('page'), 'agent.py': given }), ['agent.py:16']);
  });
});
