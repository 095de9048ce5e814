import type { Expr } from './codeModel';

/**
 * Recognises calls to LLM APIs by callee path: OpenAI, Azure OpenAI, Anthropic, Google, Mistral, Cohere,
 * LangChain, LlamaIndex, the Vercel AI SDK, Ollama, LiteLLM, and plain HTTP calls to their endpoints.
 */
const SDK_CALLEES: RegExp[] = [
  /\.chat\.completions\.(create|stream|parse)$/,
  /(^|\.)completions\.create$/,
  /\.responses\.(create|stream|parse)$/,
  /\.messages\.(create|stream|countTokens|count_tokens)$/,
  /(^|\.)generate_?[cC]ontent(_?[sS]tream)?(_async)?$/,
  /\.models\.generate_content$/,
  /^(generateText|streamText|generateObject|streamObject)$/,
  /^ollama\.(chat|generate)$/,
  /^(litellm\.)?a?completion$/,
  /\.chat\.(complete|stream)(_async)?$/, // Mistral
  /^co\.(chat|generate)$|cohere\w*\.(chat|generate)$/i,
  /\.text_generation$|\.chat_completion$/, // Hugging Face InferenceClient
];

/** LangChain-style runnables: `llm.invoke(…)`, `chain.ainvoke(…)`, `agent.run(…)`, `query_engine.query(…)`. */
const RUNNABLE_METHOD = /\.(invoke|ainvoke|stream|astream|batch|call|predict|run|arun|complete|acomplete|query|aquery)$/;
const RUNNABLE_RECEIVER = /(llm|model|chat|chain|agent|openai|anthropic|claude|gpt|gemini|ollama|mistral|cohere|query_?engine|queryEngine|rag|assistant|bot)\w*$/i;

const LLM_HOSTS = /api\.openai\.com|\.openai\.azure\.com|api\.anthropic\.com|generativelanguage\.googleapis\.com|aiplatform\.googleapis\.com|api\.mistral\.ai|api\.cohere\.(ai|com)|api\.groq\.com|openrouter\.ai|api\.deepseek\.com|api\.x\.ai|api\.perplexity\.ai|api-inference\.huggingface\.co|localhost:11434|127\.0\.0\.1:11434/;
const HTTP_CALLEES = /^(fetch|axios(\.(post|request))?|got(\.post)?|ky(\.post)?|requests\.(post|request)|httpx\.(post|request)|(client|session|http)\.(post|request))$/;


export function isLlmCall(call: Expr): boolean {
  const callee = call.callee ?? '';
  if (SDK_CALLEES.some((pattern) => pattern.test(callee))) return true;
  if (RUNNABLE_METHOD.test(callee)) {
    const receiver = callee.slice(0, callee.lastIndexOf('.'));
    if (RUNNABLE_RECEIVER.test(receiver.replace(/\(\)$/, ''))) return true;
  }
  if (HTTP_CALLEES.test(callee)) {
    const url = call.args?.[0] ?? call.keywordArgs?.url;
    return !!url && LLM_HOSTS.test(url.literal ?? url.text);
  }
  return false;
}

/** Prompt-building helpers whose arguments are prompt text too. */
const PROMPT_TEMPLATE_CALLEES = /(ChatPromptTemplate|PromptTemplate|SystemMessagePromptTemplate|HumanMessagePromptTemplate)\.(fromMessages|from_messages|fromTemplate|from_template)$/;

export type PromptRole = 'system' | 'user';

export interface PromptPart {
  expr: Expr;
  role: PromptRole;
}

const SYSTEM_KEYS = new Set(['system', 'instructions', 'systemInstruction', 'system_instruction', 'preamble', 'systemPrompt', 'system_prompt']);
const USER_KEYS = new Set(['prompt', 'input', 'contents', 'content', 'query', 'text', 'question', 'inputs', 'message']);
const MESSAGE_CLASSES: Record<string, PromptRole> = { SystemMessage: 'system', HumanMessage: 'user', ChatMessage: 'user', AIMessage: 'user' };

/** The expressions of an LLM call (or prompt template) that become prompt text, with their role. */
export function promptParts(call: Expr): PromptPart[] {
  const parts: PromptPart[] = [];
  const callee = call.callee ?? '';
  if (PROMPT_TEMPLATE_CALLEES.test(callee)) {
    for (const arg of call.args ?? []) collectMessages(arg, parts, /System/.test(callee) ? 'system' : 'user');
    return parts;
  }
  if (HTTP_CALLEES.test(callee)) {
    // fetch(url, { body: JSON.stringify({ messages }) }) / requests.post(url, json={...})
    const options = call.keywordArgs ?? {};
    const body = options.json ?? options.data ?? options.body;
    const payload = body?.kind === 'call' && /stringify|dumps/.test(body.callee ?? '') ? body.args?.[0] : body;
    if (payload?.kind === 'object') fromOptions(payload.properties ?? {}, parts);
    return parts;
  }
  const keywordArgs = call.keywordArgs ?? {};
  fromOptions(keywordArgs, parts);
  const firstArg = call.args?.[0];
  if (firstArg && firstArg.kind !== 'object') collectMessages(firstArg, parts, 'user');
  return parts;
}

function fromOptions(options: Record<string, Expr>, parts: PromptPart[]): void {
  for (const [key, value] of Object.entries(options)) {
    if (key === 'messages' || key === 'history' || key === 'chat_history') collectMessages(value, parts, 'user');
    else if (SYSTEM_KEYS.has(key)) parts.push({ expr: value, role: 'system' });
    else if (USER_KEYS.has(key)) collectMessages(value, parts, 'user');
  }
}

function collectMessages(expr: Expr, parts: PromptPart[], role: PromptRole): void {
  if (expr.kind === 'array') {
    for (const element of expr.elements ?? []) {
      // ("system", "…") tuples in LangChain templates
      if (element.kind === 'array' && element.elements?.length === 2 && element.elements[0].kind === 'string') {
        parts.push({ expr: element.elements[1], role: roleOf(element.elements[0].literal) });
      } else collectMessages(element, parts, role);
    }
    return;
  }
  if (expr.kind === 'object' && expr.properties) {
    const messageRole = expr.properties.role?.literal;
    const content = expr.properties.content ?? expr.properties.parts ?? expr.properties.text;
    if (content) collectMessages(content, parts, messageRole ? roleOf(messageRole) : role);
    return;
  }
  if (expr.kind === 'call') {
    const className = (expr.callee ?? '').replace(/^new /, '').split('.').pop() ?? '';
    if (className in MESSAGE_CLASSES) {
      const content = expr.args?.[0] ?? expr.keywordArgs?.content;
      if (content) parts.push({ expr: content, role: MESSAGE_CLASSES[className] });
      return;
    }
  }
  parts.push({ expr, role });
}

function roleOf(role: string | undefined): PromptRole {
  return role === 'system' || role === 'developer' ? 'system' : 'user';
}

/** Names that say "this is a prompt": a template assigned to one is prompt text even before it is sent. */
export const PROMPT_NAME = /prompt|instruction|system_?(message|msg)|preamble/i;
export const SYSTEM_PROMPT_NAME = /system|instruction|preamble/i;

/**
 * Cheap text check before parsing: an LLM call shape, an LLM endpoint, or a prompt-named variable.
 * Files without any of these cannot produce a prompt or model-output finding.
 */
export const LLM_HINT =
  /\.(completions|responses|messages)\.(create|stream|parse)\b|generate_?[cC]ontent|\b(generateText|streamText|generateObject|streamObject)\b|\.a?invoke\(|\b(ollama|litellm)\b|PromptTemplate|api\.openai\.com|api\.anthropic\.com|generativelanguage\.googleapis|11434|\.chat\(|\.generate\(|\.a?query\(|\b\w*(prompt|instruction|system_?message)\w*\s*(=|:)/i;
