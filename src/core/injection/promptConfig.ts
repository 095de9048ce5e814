// Prompts kept as data: YAML or JSON files with `system:`, `prompt:`, `template:` or chat `content:` values.
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';

/** Keys whose string values are prompt text. */
const PROMPT_KEY = /^(system(_?prompt|_?message)?|prompt|prompts|instructions?|template|content|preamble|persona|user|assistant|messages?|text)$/i;
/** File names that hold prompt configuration. */
export const PROMPT_CONFIG_FILE = /(^|\/)([^/]*prompt[^/]*|prompts\/[^/]*|[^/]*(agent|assistant|persona|system)[^/]*)\.(ya?ml|json)$/i;

export interface PromptValue {
  start: number;
  end: number;
  text: string;
}

/** String values under prompt keys, with their offsets in the file; nothing when the file does not parse. */
export function promptValues(text: string): PromptValue[] {
  const values: PromptValue[] = [];
  const document = parseDocument(text, { strict: false, uniqueKeys: false });
  if (document.errors.length) return values;
  const visit = (node: Node | null | undefined, underPromptKey: boolean) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        // Each key speaks for its own value: in `messages: [{role: user, content: …}]` only `content` is prompt text.
        visit(pair.value as Node, PROMPT_KEY.test(key));
      }
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item as Node, underPromptKey);
    } else if (isScalar(node) && underPromptKey && typeof node.value === 'string' && node.range) {
      values.push({ start: node.range[0], end: node.range[1], text: text.slice(node.range[0], node.range[1]) });
    }
  };
  visit(document.contents as Node, false);
  return values;
}
