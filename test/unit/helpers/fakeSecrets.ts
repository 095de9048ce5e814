import { generateKeyPairSync } from 'node:crypto';

/**
 * Real-format credentials built at test time from a seeded generator, so the repository never holds a
 * literal that looks live, and every run tests the same values.
 */
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
export const ALNUM = UPPER + LOWER + DIGITS;
export const HEX = '0123456789abcdef';

export function randomString(alphabet: string, length: number, seed = 7): string {
  let state = seed * 2654435761 % 4294967296 || 1;
  let out = '';
  for (let i = 0; i < length; i++) {
    state = (state * 1664525 + 1013904223) % 4294967296;
    out += alphabet[state % alphabet.length];
  }
  return out;
}

const r = randomString;

/** secretlint checks that a PEM body really decodes, so only a real key will do: made fresh, used nowhere. */
function realPrivateKey(): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
  return privateKey.export({ type: 'pkcs1', format: 'pem' }).toString().trim();
}

/** One realistic sample per rule id, as it would sit in code. */
export const SECRET_SAMPLES: Record<string, string> = {
  'secret/aws': `AWS_SECRET_ACCESS_KEY = "${r(ALNUM + '/+', 40, 1)}"`,
  'secret/private-key': `const key = \`${realPrivateKey()}\`;`,
  'secret/npm': `//registry.npmjs.org/:_authToken=npm_${r(ALNUM, 36, 4)}`,
  'secret/basic-auth': `fetch("https://deploy:${r(LOWER + DIGITS, 14, 5)}@build.example.com/hook")`,
  'secret/slack': `const token = "xoxb-${r(DIGITS, 12, 6)}-${r(DIGITS, 13, 7)}-${r(ALNUM, 24, 8)}";`,
  'secret/sendgrid': `sgMail.setApiKey("SG.${r(ALNUM, 22, 9)}.${r(ALNUM, 43, 10)}");`,
  'secret/shopify': `const shop = "shpat_${r(HEX, 32, 11)}";`,
  'secret/github': `const gh = "ghp_${r(ALNUM, 36, 12)}";`,
  'secret/openai': `const openai = new OpenAI({ apiKey: "sk-proj-${r(ALNUM, 74, 13)}T3BlbkFJ${r(ALNUM, 74, 14)}" });`,
  'secret/anthropic': `const anthropic = new Anthropic({ apiKey: "sk-ant-api03-${r(ALNUM, 93, 15)}AA" });`,
  'secret/linear': `const linear = "lin_api_${r(ALNUM, 40, 16)}";`,
  'secret/connection-string': `const db = "postgres://app:${r(ALNUM, 16, 17)}@db.internal:5432/ledger";`,
  'secret/google-ai': `const genAI = new GoogleGenerativeAI("AIza${r(ALNUM + '_-', 35, 18)}");`,
  'secret/azure-openai': `const client = new AzureOpenAI({ endpoint: "https://acme.openai.azure.com", apiKey: "${r(HEX, 32, 19)}" });`,
  'secret/anthropic-admin': `const admin = "sk-ant-admin01-${r(ALNUM + '_-', 93, 20)}AA";`,
  'secret/cohere': `const cohere = new CohereClient({ token: "${r(ALNUM, 40, 21)}" });`,
  'secret/mistral': `const mistral = new Mistral({ apiKey: "${r(ALNUM, 32, 22)}" });`,
  'secret/deepseek': `const deepseek = new OpenAI({ baseURL: "https://api.deepseek.com", apiKey: "sk-${r(HEX, 32, 23)}" });`,
  'secret/xai': `const grok = "xai-${r(ALNUM, 80, 24)}";`,
  'secret/openrouter': `const router = "sk-or-v1-${r(HEX, 64, 25)}";`,
  'secret/perplexity': `const pplx = "pplx-${r(ALNUM, 48, 26)}";`,
  'secret/langsmith': `LANGSMITH_API_KEY = "lsv2_pt_${r(HEX, 32, 27)}_${r(HEX, 10, 28)}"`,
  'secret/replicate': `const replicate = new Replicate({ auth: "r8_${r(ALNUM, 37, 29)}" });`,
  'secret/pinecone': `const pc = new Pinecone({ apiKey: "pcsk_${r(ALNUM, 5, 30)}_${r(ALNUM, 64, 31)}" });`,
  'secret/groq': `const groq = new Groq({ apiKey: "gsk_${r(ALNUM, 52, 32)}" });`,
  'secret/huggingface': `HF_TOKEN = "hf_${r(UPPER + LOWER, 34, 33)}"`,
};

/** More shapes of the same rules, each of which must be found too. */
export const MORE_POSITIVES: [string, string][] = [
  ['secret/connection-string', `REDIS_URL = "redis://default:${r(ALNUM, 20, 40)}@cache.internal:6379"`],
  ['secret/connection-string', `"Server=tcp:sql.internal,1433;Database=hr;User ID=app;Password=${r(ALNUM, 14, 41)};"`],
  ['secret/connection-string', `mongodb+srv://svc:${r(ALNUM, 18, 42)}@cluster0.mongodb.net/app`],
  ['secret/basic-auth', `headers: { Authorization: "Basic ${Buffer.from(`svc:${r(ALNUM, 12, 43)}`).toString('base64')}" }`],
  ['secret/pinecone', `const pinecone = new Pinecone({ apiKey: "${r(HEX, 8, 44)}-${r(HEX, 4, 45)}-${r(HEX, 4, 46)}-${r(HEX, 4, 47)}-${r(HEX, 12, 48)}" });`],
  ['secret/azure-openai', `headers: { "api-key": "${r(HEX, 32, 49)}" }`],
  ['secret/aws', `{ "aws_secret_access_key": "${r(ALNUM + '/+', 40, 50)}" }`],
];

/** Look-alikes that a noisy scanner flags and we must not. */
export const LOOK_ALIKES: [string, string][] = [
  ['placeholder with dots', 'const apiKey = "sk-...";'],
  // (A comment documenting a token's format, as claude-code-action's sanitizer does.)
  ['a GitHub token format filled with X', '// GitHub Personal Access Tokens (classic): ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX (40 chars)'],
  ['a GitHub refresh token format filled with X', '// GitHub refresh tokens: ghr_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX (40 chars)'],
  ['placeholder word', 'OPENAI_API_KEY=YOUR_API_KEY'],
  ['env read', 'const key = process.env.OPENAI_API_KEY;'],
  ['python env read', 'api_key = os.environ["ANTHROPIC_API_KEY"]'],
  ['sha256 hash', `const digest = "${r(HEX, 64, 60)}";`],
  ['sha1 commit', `const commit = "${r(HEX, 40, 61)}";`],
  ['uuid', `const requestId = "${r(HEX, 8, 62)}-${r(HEX, 4, 63)}-4${r(HEX, 3, 64)}-a${r(HEX, 3, 65)}-${r(HEX, 12, 66)}";`],
  ['lockfile integrity', `"integrity": "sha512-${r(ALNUM + '+/', 86, 67)}=="`],
  ['env var names', 'const names = ["OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GROQ_API_KEY", "HF_TOKEN"];'],
  ['templated connection string', 'const db = `postgres://${user}:${password}@${host}/app`;'],
  ['connection string without password', 'const db = "postgres://db.internal:5432/app";'],
  ['repeated placeholder key', 'const groq = "gsk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";'],
  ['cohere-like text without key', 'const cohereModel = "command-r-plus";'],
  ['base64 that is not credentials', `const logo = "Basic ${Buffer.from(r(ALNUM, 30, 68)).toString('base64')}";`],
  ['AWS documented example key', 'const id = "AKIAIOSFODNN7EXAMPLE";'],
  ['the word secret', 'const secretSauce = "recipe"; // account settings'],
  ['a type name after secret_access_key', '  secret_access_key: SandboxesSandboxAwsMountStaticAuthConfig.SecretAccessKey;'],
];
