// Prompt files the app's code fills and sends: Prompty (`.prompty`, used by `prompty.execute` and promptflow's
// `Prompty.load`) — YAML front matter between `---` lines, then the template, its messages marked by a role line
// (`system:`, `user:`, `assistant:`) and its inputs written as Jinja `{{slots}}` — and the Teams AI library's prompt
// folders (`prompts/<name>/skprompt.txt`, Semantic Kernel's template syntax: `{{$conversation.workItems}}`).
import type { PromptDestination } from './promptPolicy';
import { instructionWords } from './llmCallSites';

export { PROMPT_FILE_NAME } from '../language';

const FRONT_MATTER = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;
const ROLE_LINE = /^[ \t]*(system|developer|user|human|assistant)[ \t]*:[ \t]*$/gim;
/** `{{ research }}`, `{{item.url}}`, `{{ name | upper }}`: the first name is the input (or a loop's variable). */
const SLOT = /\{\{-?\s*([A-Za-z_]\w*)/g;
/** `{% for item in research.web %}`, `{% if products %}`: an input used by a block. */
const BLOCK = /\{%-?\s*(?:for\s+([A-Za-z_]\w*)(?:\s*,\s*([A-Za-z_]\w*))?\s+in|if|elif)\s+([A-Za-z_]\w*)/g;

/**
 * Where each input of a Prompty template lands: in a system (or developer) message, alone in a user message (its own
 * message), or mixed with the app's instruction text. An input in several places takes the most trusted one's risk
 * (a system message over the others). Text before any role line is the system message, as Prompty reads it.
 */
export function promptFileSlots(text: string): Record<string, PromptDestination> {
  const body = text.replace(FRONT_MATTER, '');
  const sections: { role: string; text: string }[] = [];
  let role = 'system';
  let from = 0;
  for (const match of body.matchAll(ROLE_LINE)) {
    sections.push({ role, text: body.slice(from, match.index) });
    role = match[1].toLowerCase();
    from = match.index! + match[0].length;
  }
  sections.push({ role, text: body.slice(from) });
  const slots: Record<string, PromptDestination> = {};
  for (const section of sections) {
    const loopVariables = new Set<string>();
    const inputs: string[] = [];
    for (const [, item, second, input] of section.text.matchAll(BLOCK)) {
      if (item) loopVariables.add(item);
      if (second) loopVariables.add(second);
      inputs.push(input);
    }
    for (const [, name] of section.text.matchAll(SLOT)) if (!loopVariables.has(name) && !['loop', 'true', 'false', 'none'].includes(name)) inputs.push(name);
    if (!inputs.length) continue;
    const instructions = instructionWords(section.text.replace(/\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g, ' '));
    const destination: PromptDestination = section.role === 'system' || section.role === 'developer' ? 'system' : instructions >= 3 ? 'mixed' : 'own-message';
    for (const input of inputs) {
      const previous = slots[input];
      if (!previous || previous === 'own-message' || destination === 'system') slots[input] = destination;
    }
  }
  return slots;
}

/** `{{$conversation.workItems}}`, `{{ $user.name }}`: a state value the Teams AI library renders into the template. */
const STATE_VARIABLE = /\{\{\s*\$([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)\s*\}\}/g;

/**
 * Where each state value a Teams AI `skprompt.txt` names lands: the file is the prompt's system text (the person's
 * message goes apart, as a user message of its own, when the prompt's config includes the input).
 */
export function teamsPromptSlots(text: string): Record<string, PromptDestination> {
  const slots: Record<string, PromptDestination> = {};
  for (const [, name] of text.matchAll(STATE_VARIABLE)) slots[name] = 'system';
  return slots;
}

/** The slots of a prompt file, by its kind. */
export function promptFileSlotsOf(file: string, text: string): Record<string, PromptDestination> {
  return /(^|[\\/])skprompt\.txt$/.test(file) ? teamsPromptSlots(text) : promptFileSlots(text);
}

/** Where Flask and Starlette look for the templates an app renders (`render_template("x.html")`, `Jinja2Templates(directory="templates")`). */
export const TEMPLATE_FOLDER = 'templates';

/** `{{ result.analysis|safe }}`, `{{ item.html | safe }}`: an expression written out unescaped (its first name). */
const SAFE_OUTPUT = /\{\{-?\s*([A-Za-z_]\w*)[^}]*?\|\s*safe\b/g;
/** `{% autoescape false %}…{% endautoescape %}`: everything written inside is unescaped. */
const UNESCAPED_BLOCK = /\{%-?\s*autoescape\s+(?:false|off)\s*-?%\}([\s\S]*?)\{%-?\s*endautoescape\s*-?%\}/g;
/** `{% for item in results %}`: a loop's variable stands for the list it walks. */
const LOOP = /\{%-?\s*for\s+([A-Za-z_]\w*)(?:\s*,\s*([A-Za-z_]\w*))?\s+in\s+([A-Za-z_]\w*)/g;

/**
 * The context names a Jinja (or Django) template writes out unescaped: with `|safe`, or anywhere in an autoescape-off
 * block. A loop's variable is the list it walks (`{% for r in results %}{{ r.html|safe }}` → `results`).
 */
export function unescapedTemplateNames(text: string): string[] {
  const loops = new Map<string, string>();
  for (const [, item, second, list] of text.matchAll(LOOP)) {
    loops.set(item, list);
    if (second) loops.set(second, list);
  }
  const names = new Set<string>();
  for (const [, name] of text.matchAll(SAFE_OUTPUT)) names.add(name);
  for (const [, block] of text.matchAll(UNESCAPED_BLOCK)) for (const [, name] of block.matchAll(SLOT)) names.add(name);
  // (A loop's variable inside a loop's: followed to the list the outer loop walks.)
  const outermost = (name: string) => {
    for (let hops = 0; hops < 4 && loops.has(name); hops++) name = loops.get(name)!;
    return name;
  };
  return [...new Set([...names].map(outermost))].filter((name) => !['loop', 'true', 'false', 'none', 'self'].includes(name)).sort();
}
