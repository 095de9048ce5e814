// Structural signs of injection that a bag of n-grams cannot see, as data. A strong signal is a finding on its
// own; a weak one halves the classifier's threshold for its sentence. "data" is text the app ingests (documents,
// user input); "prompt" is the app's own prompt text, where chat-template markers and closing tags are normal.

export type InjectionContext = 'data' | 'prompt';

export interface InjectionSignal {
  id: string;
  strength: 'strong' | 'weak';
  contexts: InjectionContext[];
  pattern: RegExp;
  /** Why it matters, given the matched text. */
  why: (match: string) => string;
}

const quote = (match: string) => `\`${match.trim().replace(/\s+/g, ' ').slice(0, 40)}\``;

export const INJECTION_SIGNALS: InjectionSignal[] = [
  {
    id: 'role-marker',
    strength: 'strong',
    contexts: ['data'],
    pattern: /<\|(?:im_start|im_end|system|user|assistant|endoftext|eot_id|start_header_id)\|>|\[\/?INST\]|<<\/?SYS>>|<\/?start_of_turn>|<\/?end_of_turn>|^[ \t]*#{2,}[ \t]*(?:system|instruction|systeme|système|sistema|systeem|systém)[ \t]*:?[ \t]*#*[ \t]*$|"role"\s*:\s*"(?:system|developer)"|<\/s>\s*<s>|\[(?:SYSTEM|ADMIN|DEVELOPER)\]/im,
    why: (match) => `chat-template role marker ${quote(match)} inside data`,
  },
  {
    id: 'role-turn',
    strength: 'weak',
    contexts: ['data'],
    pattern: /^[ \t]*(?:system|assistant|ai)[ \t]*:/im,
    why: (match) => `a forged conversation turn ${quote(match)}`,
  },
  {
    id: 'delimiter',
    strength: 'weak',
    contexts: ['data'],
    pattern: /<\/(?:document|documento|dokument|context|untrusted|user_input|input|data|email|text|article|passage)>|[-=#\[<]{2,}\s*(?:end|fin|ende|fine|fim|einde|конец)\b[^\n]{0,40}?(?:input|entrada|eingabe|saisie|invoer|document|email|e-mail|correo|context|passage|text|texto)\b|\[end of [a-z ]{2,20}\]/i,
    why: (match) => `a forged end-of-input delimiter ${quote(match)}`,
  },
  {
    id: 'exfiltration-link',
    strength: 'strong',
    contexts: ['data', 'prompt'],
    pattern: /!\[[^\]]*\]\(\s*https?:\/\/[^)\s]*[?&][\w-]+=(?:\{|\$|%s|<|\[|[A-Z_]{4,})[^)\s]*\)|https?:\/\/[^\s"')]*[?&][\w-]+=\{[\w .-]*\}/,
    why: (match) => `a link that carries data out ${quote(match)}`,
  },
  {
    id: 'addressed-to-ai',
    strength: 'weak',
    contexts: ['data'],
    pattern: /\b(?:if you are|you are reading this as|note to|attention|message for|to)\s+(?:an?|any|the)\s+(?:ai|llm|language model|ai assistant|ai agent|assistant|agent|model|chatbot)\b|\b(?:ai|llm)\s+(?:agent|assistant)\s+reading this\b|^\s*(?:hey\s+)?(?:copilot|chatgpt|claude|gemini|assistant|ai|chatbot|language model)\s*[,:]/im,
    why: (match) => `text addressed to an AI ${quote(match)}`,
  },
  {
    id: 'html-comment',
    strength: 'weak',
    contexts: ['data', 'prompt'],
    pattern: /<!--[\s\S]{0,400}?-->/,
    why: () => 'instructions hidden in an HTML comment',
  },
  {
    id: 'response-directive',
    strength: 'weak',
    contexts: ['data'],
    pattern: /\b(?:in|to|into|within)\s+your\s+(?:response|reply|answer|output)\b|\byour\s+(?:response|reply|answer|output)\s+(?:should|must|with)\b/i,
    why: (match) => `an instruction about the model's own answer ${quote(match)}`,
  },
  {
    id: 'tool-call',
    strength: 'weak',
    contexts: ['data'],
    pattern: /\b(?:call|invoke|run|use|execute)\s+(?:the\s+|your\s+)?(?:`?\w+`?\s+)?(?:tool|function)\b|\bfunctions\.\w+\(/i,
    why: (match) => `an instruction to call a tool ${quote(match)}`,
  },
];
