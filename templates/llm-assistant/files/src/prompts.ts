import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { wrapUntrusted } from './secure/untrusted';

// Prompts live in prompts/*.prompt.md so reviewers can read them. A [[name]] slot is always filled with
// labelled, length-limited untrusted text: nothing a user types can become part of the instructions.

const PROMPTS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'prompts');

/** Reads a prompt file and fills its [[slots]] with wrapped, length-limited values. */
export function renderPrompt(name: 'system' | 'user', slots: Record<string, string> = {}, maxLength = 2000): string {
  const template = readFileSync(path.join(PROMPTS_DIR, `${name}.prompt.md`), 'utf8');
  return template.replace(/\[\[(\w+)\]\]/g, (_, slot: string) => wrapUntrusted(slots[slot] ?? '', slot, maxLength));
}
