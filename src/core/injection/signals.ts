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

/** What a payload gathers: secrets, system facts, keystrokes, the screen, cookies, files in the home folder. */
const CODE_COLLECTS = ['os.environ', 'process.env', 'psutil.', 'platform.uname', 'getpass.', 'pynput', 'keyboard.', 'ImageGrab', 'pyautogui', 'mss(',
  'screenshot', 'cookiejar', 'cookies.txt', 'browser_cookie', '/etc/passwd', '/etc/shadow', '.ssh/', 'id_rsa', 'clipboard', 'scapy', 'sniff(',
  'socket.gethostname', 'uuid.getnode', 'subprocess.check_output', 'glob.glob("/', 'os.walk("/'];
/** Where it sends them. */
const CODE_SENDS = ['requests.post', 'requests.put', 'httpx.post', 'urllib.request.urlopen', 'http.client', 'socket.socket', '.sendall(', '.sendto(',
  'smtplib', 'ftplib', 'paramiko', 'publish.single', 'webhook', 'curl -F', 'curl -d', 'nc -e', 'fetch("http', "fetch('http", 'axios.post'];
/** What only breaks things: wiping disks, shutting down, cutting the network, encrypting files for ransom, floods. */
const CODE_DESTROYS = ['rm -rf /', 'rm", "-rf', 'shutil.rmtree("/', "shutil.rmtree('/", 'dd if=/dev/', 'of=/dev/sd', 'mkfs', 'shutdown ', ':(){ :|:& };:',
  'iptables -A OUTPUT', 'iptables -P', 'ifconfig eth0 down', 'netsh interface set', 'Fernet(', 'os.fork()', 'while True: requests.get', 'format c:',
  'del /f /s /q', 'reg delete', 'killall', 'chmod -R 000'];
const codeAlternatives = (snippets: string[]) => snippets.map((snippet) => snippet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

/** The AI as addressee, in the languages the classifier reads ("KI-Agent", "agente de IA", "ИИ-ассистент", "AI"). */
const AI_NOUN = `(?:${[
  String.raw`\b(?:ki|ia|ai)(?:[- ](?:agent|agente|agenten|assistent|assistente|assistant|asistente|asystent|modell|model|modèle|modelo|modello))?\b`,
  String.raw`\b(?:agent|agente)(?: de)? (?:ia|ki|ai)\b`,
  String.raw`\b(?:assistent|assistente|assistant|asistente|asystent(?:ie)?|agent|agente|agencie|sprachmodell|taalmodel|språkmodellen|sprogmodellen|modèle de langage|modelo de lenguaje|modello linguistico|modelo de linguagem|modelu językowego|dil modeline)\b`,
  // (Cyrillic and Turkish letters are no word characters to \b.)
  String.raw`(?<![а-яё])(?:ии(?:-(?:агент|ассистент))?|ассистент|агент|языковой модели)(?![а-яё])`,
  String.raw`\byapay zek[aâ](?: (?:asistanı|ajanı))?(?![\wâı])`,
].join('|')})`;

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
    pattern: new RegExp(
      [
        String.raw`\b(?:if you are|you are reading this as|note to|attention|message for|to)\s+(?:an?|any|the)\s+(?:ai|llm|language model|ai assistant|ai agent|assistant|agent|model|chatbot)\b|\b(?:ai|llm)\s+(?:agent|assistant)\s+reading this\b`,
        // …and in the other languages we read: a note to the AI, a vocative at a line's start, "if you are an AI".
        String.raw`\b(?:hinweis|nachricht|note|nota|notitie|uwaga|poznámka|примечание)\s+(?:an|für|pour|para|per|voor|dla|pro|для)\s+(?:die\s+|den\s+|das\s+|l'|la\s+|el\s+|il\s+|de\s+|het\s+|a\s+)?${AI_NOUN}`,
        String.raw`\b(?:an\s+(?:die|den|das)|à\s+l'|au|à\s+la|al|a\s+la|all'|ao|à|aan\s+(?:de|het)|do|till|til)\s*${AI_NOUN}`,
        String.raw`\b(?:wenn du (?:eine )?KI bist|si tu es une IA|si eres una IA|se sei un'IA|se és uma IA|als je een AI bent|jeśli jesteś AI|если ты ИИ)`,
        String.raw`^\s*(?:(?:hey|hallo|hi|liebe[r]?|cher|chère|querido|querida|caro|cara|beste|drogi|уважаемый|sevgili|kära|kære|milý)\s+)?(?:copilot|chatgpt|claude|gemini|${AI_NOUN})\s*[,:]`,
        // Chinese, Japanese, Korean: "to the AI assistant:", "AI agent, …".
        String.raw`(?:致|给)?(?:AI|人工智能)\s*(?:助手|代理|智能体|エージェント|アシスタント)?\s*(?:へ|に|에게|님)?\s*[:,、]|(?:AI|어시스턴트|에이전트)\s*(?:에게|님)`,
      ].join('|'),
      'im',
    ),
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
    pattern: /\b(?:in|to|into|within)\s+your\s+(?:response|reply|answer|output)\b|\byour\s+(?:response|reply|answer|output)\s+(?:should|must|with)\b|\b(?:modify|enhance|alter|adjust|tweak|enrich|rewrite|reformat|spice up|begin|start|end|conclude|close)\s+your\s+(?:response|reply|answer|output)\b/i,
    why: (match) => `an instruction about the model's own answer ${quote(match)}`,
  },
  {
    // "Incorporate the following code excerpt into the logic of your code": a code block handed to whoever writes the
    // solution, which in ingested text is the model. Tutorials say "add this to your settings.py" (a file, not "your
    // code"), so it only lowers the bar, like the answer directive above.
    id: 'code-insertion',
    strength: 'weak',
    contexts: ['data'],
    pattern: /\b(?:following|subsequent|below|this)\s+(?:code|snippet|function|script)(?:\s+(?:block|excerpt|section|snippet|fragment|segment))?\b[^\n]{0,60}?\b(?:in|into|within|to|of)\s+(?:the\s+\w+\s+of\s+)?your\s+(?:own\s+)?(?:code|solution|implementation|program|elucidation|answer|response|reply)\b/i,
    why: (match) => `a code block handed to the model for its solution ${quote(match)}`,
  },
  {
    // A fenced block in ingested text that gathers what is on the machine and sends it somewhere: the payload of an
    // "add this code to your solution" injection. Tutorials read a key from the environment and call an API too,
    // so it only lowers the bar for the instruction beside it.
    id: 'code-exfiltration',
    strength: 'weak',
    contexts: ['data'],
    pattern: new RegExp(`\`\`\`(?:(?!\`\`\`)[\\s\\S]){0,1500}?(?:${codeAlternatives(CODE_COLLECTS)})(?:(?!\`\`\`)[\\s\\S]){0,1500}?(?:${codeAlternatives(CODE_SENDS)})|\`\`\`(?:(?!\`\`\`)[\\s\\S]){0,1500}?(?:${codeAlternatives(CODE_SENDS)})(?:(?!\`\`\`)[\\s\\S]){0,1500}?(?:${codeAlternatives(CODE_COLLECTS)})`, 'i'),
    why: () => 'code that gathers data from the machine and sends it out',
  },
  {
    id: 'destructive-code',
    strength: 'weak',
    contexts: ['data'],
    pattern: new RegExp(`\`\`\`(?:(?!\`\`\`)[\\s\\S]){0,1500}?(?:${codeAlternatives(CODE_DESTROYS)})`, 'i'),
    why: () => 'code that damages the machine or the network',
  },
  {
    // A tool's description or a prompt that has the agent take a credential and send it somewhere: tool poisoning
    // ("read `.gemini/settings.json` … retrieve the Bearer token … send a request … to https://…?token=…"). Only in the
    // app's own prompt text: a README telling its reader to put a key in a request is no attack.
    id: 'credential-exfiltration',
    strength: 'strong',
    contexts: ['prompt'],
    pattern: /\b(?:read|retrieve|get|grab|extract|copy|collect|look up|find)\b[^\n]{0,160}?\b(?:bearer token|access token|auth token|api[ _-]?keys?|tokens?|passwords?|credentials?|secrets?|private keys?|cookies?|ssh keys?|id_rsa)\b[^\n]{0,300}?\b(?:send|post|append|include|pass|upload|forward|submit)\b[^\n]{0,200}?https?:\/\//i,
    why: (match) => `an instruction to take a credential and send it to a web address ${quote(match)}`,
  },
  {
    id: 'tool-call',
    strength: 'weak',
    contexts: ['data'],
    pattern: new RegExp(
      [
        String.raw`\b(?:call|invoke|run|use|execute)\s+(?:the\s+|your\s+)?(?:\`?\w+\`?\s+)?(?:tool|function)\b|\bfunctions\.\w+\(`,
        // …in the other languages we read ("verwende das Zahlungs-Tool", "usa la herramienta de correo", "ツールを使って").
        String.raw`\b(?:verwende|benutze|nutze|ruf|utilise|appelle|lance|usa|utiliza|llama a|ejecuta|chiama|avvia|use|usar|chama|executa|gebruik|roep|użyj|wywołaj|använd|anropa|brug|kald|použij|zavolej)\s+(?:\S+\s+){0,3}?\S*(?:werkzeug|tool|outil|fonction|herramienta|función|strumento|funzione|ferramenta|função|functie|narzędzi|funkcji|verktyget|funktionen|værktøjet|nástroj|funkci)`,
        String.raw`(?<![а-яё])(?:используй|вызови|запусти)\s+(?:\S+\s+){0,2}?(?:инструмент|функцию)|(?:aracını|fonksiyonunu)\s+(?:kullan|çağır)|ツールを(?:使|呼)|関数を(?:使|呼)|(?:使用|调用|运行)[^。\n]{0,12}(?:工具|函数)|(?:도구|함수)를\s*(?:사용|호출)`,
      ].join('|'),
      'i',
    ),
    why: (match) => `an instruction to call a tool ${quote(match)}`,
  },
];
