import type { Severity } from '../finding';

/**
 * The detection policy (DESIGN.md, "whose text, going where") as a table: who wrote the text × where in the prompt
 * it goes → the severity of `prompt/untrusted-interpolation`, or no finding. The app's own text never gets one.
 */
export type TextOrigin = 'app' | 'requester' | 'third-party' | 'model-output';

/**
 * - system: instructions (`system`, `instructions`, `systemInstruction`, a system/developer-role message, SystemMessage).
 * - mixed: interpolated into the app's own instruction text in one string or template.
 * - own-message: its own user message, or chat history passed through.
 */
export type PromptDestination = 'system' | 'mixed' | 'own-message';

export interface PolicyCell {
  severity?: Severity;
  /** Raised to error when the model can act (tools) or its output reaches a sink. */
  escalated?: Severity;
  /** Why, for the finding's message. */
  reason: string;
}

export const PROMPT_POLICY: Record<TextOrigin, Record<PromptDestination, PolicyCell>> = {
  app: {
    system: { reason: "the app's own text" },
    mixed: { reason: "the app's own text" },
    'own-message': { reason: "the app's own text" },
  },
  requester: {
    // The person can attack only their own session unless the model has more power than they do: in the
    // instructions of a call without tools or sinks (a persona they picked, a template they chose, a persona chat's
    // completion template) they steer nothing they could not steer from their own message; nor with tools that only read
    // what anyone can read on the web (`readsOnlyPublicPages`).
    system: { escalated: 'warning', reason: 'the person using the app steers the instructions of a call with tools or a sink' },
    mixed: { escalated: 'warning', reason: "the person's text is mixed into the app's instructions of a call with tools or a sink" },
    'own-message': { reason: "a person's own message is what a chat app sends" },
  },
  'third-party': {
    system: { severity: 'error', reason: 'text written by someone else becomes instructions' },
    mixed: { severity: 'warning', escalated: 'error', reason: 'text written by someone else is mixed into the instructions' },
    'own-message': { severity: 'warning', escalated: 'error', reason: 'text written by someone else reaches the model' },
  },
  // Model output is third-party text, but handed back as a message of its own it is the conversation itself
  // (agent loops, self-correction, chains): what it then does is llm/output-to-sink's concern.
  'model-output': {
    system: { severity: 'error', reason: 'model output (which injected text can steer) becomes instructions' },
    mixed: { severity: 'warning', escalated: 'error', reason: 'model output is mixed into the instructions' },
    'own-message': { reason: "a model's own output handed back is the conversation itself" },
  },
};

export interface PolicyInput {
  origin: TextOrigin;
  destination: PromptDestination;
  /** Wrapped by the untrusted-content helper, or labelled delimiters and a length cut. */
  mitigated: boolean;
  /** The call has tools, or its output reaches a sink. */
  powerful: boolean;
  /**
   * Its only tools read what anyone can read on the web (search, scraping, public listings): the person using the app
   * could read those pages themselves, so their own text steers no power they lack. Someone else's text still does.
   */
  readsOnlyPublicPages?: boolean;
  /**
   * The person brings the keys the app runs on (a Streamlit app that asks for their API keys): the model's tools and
   * sinks act on their accounts, so their own text steers no power they lack. Someone else's text still does.
   */
  personsOwnKeys?: boolean;
}

/** The severity the policy gives one piece of prompt text, or undefined for no finding. */
export function promptSeverity(input: PolicyInput): Severity | undefined {
  const cell = PROMPT_POLICY[input.origin][input.destination];
  if (input.origin === 'requester' && (input.readsOnlyPublicPages || input.personsOwnKeys)) input = { ...input, powerful: false };
  // Mitigation labels the text as data; it cannot make someone else's text safe as instructions, nor a powerful call safe.
  if (input.mitigated && input.destination !== 'system') return input.powerful ? cell.severity : undefined;
  return input.powerful && cell.escalated ? cell.escalated : cell.severity;
}
