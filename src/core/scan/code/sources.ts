/**
 * Where untrusted text comes from. Each pattern is matched against an expression's member path or callee
 * (`req.body.question`, `request.args.get()`, `retriever.invoke()`), never against raw source lines.
 */
export interface SourceKind {
  label: string;
  pattern: RegExp;
}

export const UNTRUSTED_SOURCES: SourceKind[] = [
  { label: 'request input', pattern: /^(req|request|ctx\.request|ctx|event|context\.req|c\.req)\.(body|query|params|headers|cookies|json|form|formData|args|values|files|data|GET|POST|get_json|text|param|valid)\b/ },
  { label: 'request input', pattern: /(^|\.)searchParams\.get\(?|^(url|params)\.(searchParams|query)\b|^(formData|form)\.get\b|(^|\.)get_json\(\)/ },
  { label: 'form input', pattern: /\.(target|currentTarget)\.value$|getElementById\(\)\.value$|querySelector\(\)\.value$/ },
  { label: 'file contents', pattern: /(^|\.)(readFileSync|readFile|read_text|read_bytes|readlines)\(?|^open\(\)\.read|\.read\(\)$|(^|\.)(loader|loaders?)\.(load|aload)\b|PyPDFLoader|PdfReader/ },
  { label: 'web page', pattern: /^(fetch|axios\.get|axios|got|ky\.get|requests\.get|httpx\.get)\(\)|\.(text|json|content)\(\)$|^page\.(content|innerText|textContent)\b|BeautifulSoup|cheerio\.load/ },
  { label: 'email', pattern: /(^|\.)(email|mail|message|msg|inbox)\.(body|text|html|subject|snippet|get_payload)\b|imap|mailparser|simpleParser/i },
  { label: 'tool call result', pattern: /tool_?[cC]alls?\b|toolCall|function_call|functionCall|\.arguments\b|tool_?[rR]esults?\b/ },
  { label: 'retrieval result', pattern: /similarity_?[sS]earch|(^|\.)(retriever|vectorStore|vector_store|vectorstore|index|collection|db)\.(invoke|ainvoke|query|search|get_relevant_documents|getRelevantDocuments|similaritySearch)\b|pageContent|page_content/ },
  { label: 'command-line input', pattern: /^process\.argv|^sys\.argv|^input\(\)$|^readline\b|^prompt\(\)$/ },
  { label: 'user input', pattern: /^(user_?[iI]nput|userMessage|user_message|userQuestion|user_question)$/ },
];

export function untrustedSourceOf(path: string): string | undefined {
  return UNTRUSTED_SOURCES.find((source) => source.pattern.test(path))?.label;
}

/** Wrappers that make untrusted text safe to put in a prompt: labelled delimiters plus a length limit. */
export const UNTRUSTED_WRAPPER = /(^|\.)(wrap_?[uU]ntrusted|untrusted|labelUntrusted|label_untrusted|fenceUntrusted|fence_untrusted|delimit\w*)$/;
export const REDACTION_CALL = /(^|\.)(redact\w*|mask\w*|anonymi[sz]e\w*|scrub\w*|pseudonymi[sz]e\w*)$/i;

export const SECRET_NAME = /(api_?key|apikey|secret|passw(or)?d|token|credential|private_?key|client_?secret|auth_?key)/i;
export const PII_NAME = /(^|[._\[])(ssn|social_?security\w*|e_?mail\w*|phone\w*|mobile|dob|date_?of_?birth|birth_?date|birthday|salary|salaries|iban|card_?number|credit_?card\w*|cc_?num\w*|passport\w*|national_?id|tax_?id|home_?address)\b/i;
