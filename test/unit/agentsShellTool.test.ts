import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG } from '../../src/core/config/scanConfig';
import { scanFiles } from '../../src/core/scan/scanFiles';
import { tempFolder } from './helpers/tempFolder';

// The OpenAI Agents SDK's local shell: the app writes the executor, the SDK hands it the commands the model gives.
// The shape of the SDK's own examples: the executor in one module, agents that use it in others.
const scan = async (files: Record<string, string>) => {
  const root = tempFolder('mag-shelltool-', files);
  const { findings } = await scanFiles({ paths: ['.'], base: root, config: DEFAULT_CONFIG });
  return findings.filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => `${f.file}:${f.range.start.line + 1}`).sort();
};

const executor = `import asyncio

class ShellExecutor:
    async def __call__(self, request):
        action = request.data.action
        for command in action.commands:
            proc = await asyncio.create_subprocess_shell(command, stdout=asyncio.subprocess.PIPE)
            await proc.communicate()
`;
const agentWith = (options: string) => `from agents import Agent, Runner, ShellTool
from tools.shell import ShellExecutor

agent = Agent(
    name="Shell",
    instructions="Use the shell.",
    tools=[ShellTool(executor=ShellExecutor()${options})],
)
`;

describe("the OpenAI Agents SDK's ShellTool: the executor runs the model's commands", () => {
  it('is reported where the tool is made without approval, through the executor in another module', async () => {
    const found = await scan({ 'tools/__init__.py': '', 'tools/shell.py': executor, 'agent.py': agentWith('') });
    assert.deepEqual(found, ['agent.py:7']);
  });
  it('is not reported when a person approves each command, nor when the executor runs nothing', async () => {
    assert.deepEqual(await scan({ 'tools/__init__.py': '', 'tools/shell.py': executor, 'agent.py': agentWith(', needs_approval=True') }), []);
    const logs = executor.replace(/proc = await asyncio\.create_subprocess_shell\(command, stdout=asyncio\.subprocess\.PIPE\)\n\s*await proc\.communicate\(\)/, 'print(command)');
    assert.deepEqual(await scan({ 'tools/__init__.py': '', 'tools/shell.py': logs, 'agent.py': agentWith('') }), []);
  });
  it("reads a Python parameter named request as the model's action, not as a web request, where no web framework is imported", async () => {
    const found = await scan({ 'agent.py': `${executor}\nfrom agents import Agent, ShellTool\n\nagent = Agent(name="Shell", tools=[ShellTool(executor=ShellExecutor())])\n` });
    assert.deepEqual(found, ['agent.py:12']);
  });
});
