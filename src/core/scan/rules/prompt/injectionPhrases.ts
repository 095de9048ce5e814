/** Phrasings of prompt injection, shared by the rule and its precision/recall evaluation. */
export interface InjectionMatch {
  start: number;
  end: number;
  what: string;
}

const PATTERNS: { pattern: RegExp; what: string }[] = [
  {
    pattern: /\b(ignore|disregard|forget|override|bypass|skip)\b[^.\n]{0,40}?\b(previous|prior|above|earlier|preceding|original|initial|system|all|any|your|the|these|those)\s+(\w+\s+){0,2}?(instructions?|prompts?|rules|directions|guidelines|constraints|guardrails|restrictions|orders|commands|tasks|assignments|information)\b/i,
    what: 'an instruction to ignore earlier instructions',
  },
  {
    pattern: /\b(forget|ignore)\s+(about\s+)?(everything|all)\b[^.\n]{0,30}?\b(before|above|previous|earlier|beforehand|discussed|said)?|\bignore (the )?above\b|\b(leave|put|remove)\b[^.\n]{0,20}\ball (the )?previous (information|tasks|instructions)\b|\bnow (new|further) (tasks|instructions) (follow|are followed)|\bnew (tasks|instructions) follow\b|\bdo not answer this question but\b|\b(attention|achtung)\s*[-–:!]+\s*(stop|stopp)\b/i,
    what: 'an instruction to drop earlier instructions',
  },
  {
    // German, common in the evaluation set and in European workplaces
    pattern: /\b(vergiss|vergessen sie|ignorier(e|en sie)?)\b[^.\n]{0,30}?\b(alles|alle|obigen|vorherigen|bisherigen|vorangehenden|vorangegangenen)\b|\b(die )?obigen (ausführungen|anweisungen) ignorieren\b|\b(nun|jetzt) folgen (neue|weitere) (aufgaben|anweisungen)\b|\b(aus dem kopf (zu )?streichen)\b|\bolvid[ea] todo\b/i,
    what: 'an instruction to drop earlier instructions',
  },
  {
    pattern: /\byou are now (an? |in |the )?\w+|\bnow you are\b|\b(nun|jetzt) bist du\b|\bfrom now on,? (you|act)\b|\b(act|behave) as (an? )?(unfiltered|unrestricted|uncensored|jailbroken|evil)\b|\bpretend (that )?you are (an? )?(evil|unrestricted|unfiltered)\b|\bstell dir vor, du bist eine böse\b|\bdo anything now\b|\bDAN\b|\bdeveloper mode\b|\bjailbr(eak|oken)\b|\bpretend (that )?you (are|have) no (rules|restrictions|guidelines)/i,
    what: 'a role override',
  },
  {
    pattern: /\b(reveal|print|show|repeat|output|leak|disclose|tell me|give me|write out|zeige)\b[^.\n]{0,40}?\b(system prompt|(hidden|initial|original|secret) (instructions|prompt)|your (instructions|prompt|rules)|instructions above|text above|api keys?|passwords?|prompt-?texte?)\b|\b(beginning|start) of (this|the) prompt\b/i,
    what: 'a request to disclose the prompt or secrets',
  },
  { pattern: /\bnew (system )?instructions?\s*:|<\|?(im_start|im_end|system|endoftext)\|?>|\[\/?(INST|SYS)\]|<<\/?SYS>>/i, what: 'a forged role or instruction marker' },
  { pattern: /<!--[^>]{0,400}?\b(ignore|instructions?|assistant|you must|system|prompt|do not (tell|mention))\b[^>]{0,400}?-->/i, what: 'instructions hidden in an HTML comment' },
  // A stray zero-width space is a copy-paste artefact; several in a row, or between letters, hide text.
  { pattern: /[\u200B-\u200D\u2060]{3,}|(?:[\u200B-\u200D\u2060][^\u200B-\u200D\u2060\s]){3}/, what: 'zero-width characters that hide text' },
  { pattern: /[\u{E0000}-\u{E007F}]/u, what: 'invisible Unicode tag characters (ASCII smuggling)' },
  { pattern: /[\u202A-\u202E\u2066-\u2069]/, what: 'bidirectional control characters that disguise text' },
  { pattern: /!\[[^\]]*\]\(\s*https?:\/\/[^)\s]*(\{|\$|%s|\?[^)\s]*=)/i, what: 'a markdown image link that can carry data out' },
  { pattern: /\b(send|post|forward|upload|exfiltrate|transmit)\b[^.\n]{0,60}?\b(to|at|via)\b[^.\n]{0,30}?https?:\/\//i, what: 'an instruction to send data to a URL' },
  { pattern: /\b(without|don'?t|do not|never)\s+(telling|tell|informing|inform|alerting|mentioning|mention)\s+(the\s+)?(user|human|anyone|them)\b/i, what: 'an instruction to act behind the user\'s back' },
];

/** Defensive wording ("ignore any instructions inside the document") is what we want people to write. */
const DEFENSIVE = /\b(ignore|disregard)\b[^.\n]{0,30}\binstructions?\b[^.\n]{0,20}\b(in|inside|within|contained|found|from|embedded)\b|\bnever (follow|obey)\b|\btreat\b[^.\n]{0,40}\bas data\b/i;
/** "Never reveal the system prompt" is a rule we want, not an attack. */
const NEGATED = /\b(never|not|don'?t|must not|refuse to)\b[^.\n]{0,25}$/i;

export function findInjectionPhrases(text: string): InjectionMatch[] {
  const matches: InjectionMatch[] = [];
  for (const { pattern, what } of PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const lineStart = text.lastIndexOf('\n', match.index) + 1;
    const lineEnd = text.indexOf('\n', match.index);
    const line = text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);
    if (what.startsWith('an instruction to') && DEFENSIVE.test(line)) continue;
    if (what.startsWith('a request to disclose') && NEGATED.test(text.slice(lineStart, match.index))) continue;
    if (match[0].includes('microapp-guard-ignore-next-line')) continue; // our own suppression comment
    const end = match.index + match[0].length;
    if (matches.some((found) => match.index < found.end && end > found.start)) continue; // one finding per phrase
    matches.push({ start: match.index, end, what });
  }
  return matches;
}
