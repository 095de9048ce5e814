// llm_guardrail ships no types; the two calls the injection bench makes.
declare module 'llm_guardrail' {
  export function checkInjection(prompt: string): Promise<{ detected: boolean; confidence: number }>;
  export function checkJailbreak(prompt: string): Promise<{ detected: boolean; confidence: number }>;
}
