// The registration wizard, running inside a VS Code webview: no Node APIs, no network (CSP connect-src 'none').
import { stringify } from 'yaml';
import { AUDIENCE_SCOPES, CLASSIFICATIONS, GUARDRAILS, manifestSchema, OUTPUT_SINKS, PII_KINDS, SECRET_STORES } from '../core/manifest/manifestSchema';
import { assessRisk } from '../core/risk/riskTier';
import { hostToWebviewSchema, type DetectedFacts, type WebviewToHost } from '../protocol/wizardMessages';

interface VsCodeApi {
  postMessage(message: WebviewToHost): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

type Draft = Record<string, any>;
interface WizardState {
  draft: Draft;
  step: number;
  touched: string[];
  manifestPath: string;
  exists: boolean;
  detected: DetectedFacts;
  status?: string;
}

const vscode = acquireVsCodeApi();
const STEPS = ['Basics', 'Data', 'LLM & vendors', 'Network & access', 'Review'];
const root = document.getElementById('app')!;
let state: WizardState | undefined = vscode.getState() as WizardState | undefined;

function emptyDraft(): Draft {
  return {
    apiVersion: 'microapp/v1',
    kind: 'MicroApp',
    metadata: { name: '', title: '', owner: '', team: '' },
    spec: {
      purpose: '', justification: '',
      audience: { scope: 'team', users: 10 },
      data: { classification: 'internal', sources: [] },
      llm: [], integrations: [],
      network: { allow: [] },
      access: { sso: true, roles: [] },
      secrets: { store: 'vscode-secret-storage', names: [] },
      logging: { audit: true, redaction: true },
    },
  };
}

/** The draft as the schema wants it: empty optional strings dropped. */
function toManifest(draft: Draft): Draft {
  const copy = JSON.parse(JSON.stringify(draft));
  if (!copy.metadata.team) delete copy.metadata.team;
  if (!copy.spec.justification) delete copy.spec.justification;
  return copy;
}

function problems(draft: Draft): Map<string, string> {
  const result = manifestSchema.safeParse(toManifest(draft));
  const map = new Map<string, string>();
  if (!result.success) for (const issue of result.error.issues) {
    const key = issue.path.join('.');
    if (!map.has(key)) map.set(key, issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined ? 'Required.' : issue.message);
  }
  return map;
}

/** The tier updates while fields are still empty: free text does not change the risk, so placeholders stand in. */
function liveRisk(draft: Draft) {
  const fill = (node: any): any =>
    Array.isArray(node) ? node.map(fill) : node && typeof node === 'object' ? Object.fromEntries(Object.entries(node).map(([k, v]) => [k, fill(v)])) : node === '' ? 'draft' : node;
  const filled = fill(toManifest(draft));
  filled.metadata = { name: 'draft-app', title: 'Draft', owner: 'draft@example.com' };
  filled.spec.purpose = 'draft purpose text';
  filled.spec.justification = 'draft';
  filled.spec.audience.users = Number.isInteger(filled.spec.audience.users) && filled.spec.audience.users > 0 ? filled.spec.audience.users : 1;
  filled.spec.network.allow = (filled.spec.network.allow as string[]).filter((host) => /^(\*\.)?([a-z0-9-]+\.)+[a-z]{2,}$/.test(host));
  filled.spec.secrets.names = (filled.spec.secrets.names as string[]).filter((name) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(name));
  for (const llm of filled.spec.llm as Draft[]) if (!Number.isInteger(llm.retentionDays)) delete llm.retentionDays;
  const parsed = manifestSchema.safeParse(filled);
  return parsed.success ? assessRisk(parsed.data) : undefined;
}

function get(path: string): any {
  return path.split('.').reduce((node: any, key) => node?.[key], state!.draft);
}

function set(path: string, value: unknown): void {
  const keys = path.split('.');
  let node = state!.draft;
  for (const key of keys.slice(0, -1)) node = node[key];
  node[keys[keys.length - 1]] = value;
  if (!state!.touched.includes(path)) state!.touched.push(path);
  save();
  refresh();
}

function save(): void {
  vscode.setState(state);
}

const esc = (text: unknown) => String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const id = (path: string) => `f-${path.replace(/\./g, '-')}`;
const list = (value: unknown) => (Array.isArray(value) ? value.join(', ') : '');
const splitList = (text: string) => text.split(/[\n,]/).map((s) => s.trim()).filter(Boolean);

function field(path: string, label: string, input: string, hint = ''): string {
  return `<div class="field" data-path="${path}"><label for="${id(path)}">${esc(label)}</label>${hint ? `<p class="hint" id="${id(path)}-hint">${esc(hint)}</p>` : ''}${input}<p class="error" id="${id(path)}-error" role="status" aria-live="polite"></p></div>`;
}
const described = (path: string, hint: boolean) => `aria-describedby="${hint ? `${id(path)}-hint ` : ''}${id(path)}-error"`;
const text = (path: string, label: string, hint = '', type = 'text') =>
  field(path, label, `<input id="${id(path)}" type="${type}" data-bind="${path}" data-kind="${type === 'number' ? 'number' : 'text'}" value="${esc(get(path))}" ${described(path, !!hint)}>`, hint);
const area = (path: string, label: string, hint = '') =>
  field(path, label, `<textarea id="${id(path)}" data-bind="${path}" data-kind="text" rows="2" ${described(path, !!hint)}>${esc(get(path))}</textarea>`, hint);
const listInput = (path: string, label: string, hint: string) =>
  field(path, label, `<input id="${id(path)}" data-bind="${path}" data-kind="list" value="${esc(list(get(path)))}" ${described(path, true)}>`, hint);
const select = (path: string, label: string, options: readonly string[]) =>
  field(path, label, `<select id="${id(path)}" data-bind="${path}" data-kind="text" ${described(path, false)}>${options.map((o) => `<option ${get(path) === o ? 'selected' : ''}>${esc(o)}</option>`).join('')}</select>`);
const check = (path: string, label: string) =>
  `<div class="check"><input type="checkbox" id="${id(path)}" data-bind="${path}" data-kind="bool" ${get(path) ? 'checked' : ''}><label for="${id(path)}">${esc(label)}</label></div>`;
const checks = (path: string, legend: string, options: readonly string[]) =>
  `<fieldset class="checks" data-path="${path}"><legend>${esc(legend)}</legend>${options.map((o) => `<label><input type="checkbox" data-multi="${path}" value="${esc(o)}" ${(get(path) ?? []).includes(o) ? 'checked' : ''}> ${esc(o)}</label>`).join('')}</fieldset>`;

function stepBody(step: number): string {
  const d = state!.detected;
  switch (step) {
    case 0:
      return text('metadata.name', 'App id', '3-63 lowercase letters, digits and dashes, e.g. investor-deck-helper')
        + text('metadata.title', 'Title') + text('metadata.owner', 'Owner email', '', 'email') + text('metadata.team', 'Team (optional)')
        + area('spec.purpose', 'What does it do?', 'One or two sentences a reviewer can understand.')
        + area('spec.justification', 'Why does it exist?', 'Required when more than a team uses it.')
        + select('spec.audience.scope', 'Who uses it?', AUDIENCE_SCOPES) + text('spec.audience.users', 'How many people?', '', 'number');
    case 1:
      return select('spec.data.classification', 'Most sensitive data it touches', CLASSIFICATIONS)
        + `<h3>Data sources</h3>` + (get('spec.data.sources') as Draft[]).map((_, i) => `<fieldset class="item"><legend>Source ${i + 1}</legend>
          ${text(`spec.data.sources.${i}.name`, 'Name')}${select(`spec.data.sources.${i}.kind`, 'Kind', ['database', 'file', 'api', 'saas', 'spreadsheet', 'email', 'web', 'other'])}
          ${select(`spec.data.sources.${i}.access`, 'Access', ['read', 'write', 'read-write'])}${checks(`spec.data.sources.${i}.pii`, 'Personal data in it', PII_KINDS)}
          <button type="button" class="secondary" data-remove="spec.data.sources" data-index="${i}">Remove source ${i + 1}</button></fieldset>`).join('')
        + `<button type="button" class="secondary" data-add="spec.data.sources">Add a data source</button>`;
    case 2:
      return `<h3>Language models</h3>${d.llmProviders.length ? `<p class="hint">Found in your code: ${esc(d.llmProviders.join(', '))}</p>` : ''}`
        + (get('spec.llm') as Draft[]).map((_, i) => `<fieldset class="item"><legend>Model ${i + 1}</legend>
          ${text(`spec.llm.${i}.provider`, 'Provider')}${text(`spec.llm.${i}.model`, 'Model')}
          ${check(`spec.llm.${i}.sendsUserContent`, 'Sends what users type')}${check(`spec.llm.${i}.dpa`, 'Data processing agreement signed')}
          ${text(`spec.llm.${i}.retentionDays`, 'Days the provider keeps prompts', '', 'number')}
          ${listInput(`spec.llm.${i}.promptSources`, 'Where its prompts come from', 'Whose text goes to this model, comma-separated, e.g. what users type, uploaded files, the HR handbook')}
          ${checks(`spec.llm.${i}.guardrails`, 'Guardrails', GUARDRAILS)}${checks(`spec.llm.${i}.outputTo`, 'Where its output goes', OUTPUT_SINKS)}
          <button type="button" class="secondary" data-remove="spec.llm" data-index="${i}">Remove model ${i + 1}</button></fieldset>`).join('')
        + `<button type="button" class="secondary" data-add="spec.llm">Add a model</button>
          <h3>Other vendors (SaaS)</h3>` + (get('spec.integrations') as Draft[]).map((_, i) => `<fieldset class="item"><legend>Vendor ${i + 1}</legend>
          ${text(`spec.integrations.${i}.name`, 'Name')}${text(`spec.integrations.${i}.vendor`, 'Vendor')}
          ${listInput(`spec.integrations.${i}.compliance`, 'Compliance evidence', 'Comma-separated, e.g. soc2, iso27001')}
          ${listInput(`spec.integrations.${i}.scopes`, 'Access it is given', 'The scopes or permissions the app holds there, comma-separated, e.g. calendar.read, tickets:write')}
          <button type="button" class="secondary" data-remove="spec.integrations" data-index="${i}">Remove vendor ${i + 1}</button></fieldset>`).join('')
        + `<button type="button" class="secondary" data-add="spec.integrations">Add a vendor</button>`;
    case 3:
      return listInput('spec.network.allow', 'Hosts the app may call', `One per line or comma-separated.${d.hosts.length ? ` Found in your code: ${d.hosts.join(', ')}` : ''}`)
        + check('spec.access.sso', 'Users sign in with company SSO') + listInput('spec.access.roles', 'Roles', 'e.g. viewer, editor')
        + select('spec.secrets.store', 'Where secrets are kept', SECRET_STORES)
        + listInput('spec.secrets.names', 'Secret names', `e.g. OPENAI_API_KEY.${d.secretNames.length ? ` Found in your code: ${d.secretNames.join(', ')}` : ''}`)
        + check('spec.logging.audit', 'Keeps an audit log') + check('spec.logging.redaction', 'Redacts personal data from logs and prompts');
    default: {
      const issues = problems(state!.draft);
      return `<p>${issues.size === 0 ? 'Everything is filled in. Read it once as the security team will, then save it to' : `${issues.size} field(s) still need attention before saving to`} <code>${esc(state!.manifestPath)}</code>${state!.exists ? ' (it exists: your comments in it are kept)' : ''}.</p>
        ${issues.size ? `<ul class="issues">${[...issues].map(([path, message]) => `<li><code>${esc(path)}</code>: ${esc(message)}</li>`).join('')}</ul>` : ''}
        ${reviewInWords(state!.draft)}
        <details class="yaml-details"><summary>Show the microapp.yaml that will be written</summary>
        <pre class="yaml" tabindex="0" role="region" aria-label="microapp.yaml preview">${esc(stringify(toManifest(state!.draft)))}</pre></details>
        <button type="button" id="save" ${issues.size ? 'disabled' : ''}>Save microapp.yaml</button> <span id="save-status" role="status">${esc(state!.status ?? '')}</span>`;
    }
  }
}

const AUDIENCE_WORDS: Record<string, string> = { personal: 'only its owner', team: 'one team', department: 'a whole department', organization: 'the whole organisation', external: 'people outside the company' };
const CLASSIFICATION_WORDS: Record<string, string> = { public: 'public information', internal: 'internal information', confidential: 'confidential information', regulated: 'regulated information (personal, health or financial data under law)' };
const sentenceList = (items: string[], none: string) => (items.length === 0 ? none : items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

/** The review step in plain words: what a person in HR or finance is about to register, before any YAML. */
function reviewInWords(draft: Draft): string {
  const spec = draft.spec;
  const risk = liveRisk(draft);
  const sources = (spec.data.sources as Draft[]).filter((s) => s.name).map((s) => `${esc(s.name)} (${esc(s.kind)}, ${s.access === 'read' ? 'read only' : s.access === 'write' ? 'written to' : 'read and written'}${s.pii?.length ? `; personal data: ${esc(s.pii.join(', '))}` : ''})`);
  const models = (spec.llm as Draft[]).map((llm) => `${esc(llm.provider)} ${esc(llm.model || '(model not named)')}: ${llm.sendsUserContent ? 'sees what users type' : 'does not see what users type'}${llm.promptSources?.length ? `; its prompts hold ${esc(sentenceList(llm.promptSources, ''))}` : ''}; ${llm.dpa ? 'a data processing agreement is signed' : 'no data processing agreement yet'}${Number.isInteger(llm.retentionDays) ? `; keeps prompts ${llm.retentionDays} day(s)` : ''}`);
  const vendors = (spec.integrations as Draft[]).filter((i) => i.name || i.vendor).map((i) => `${esc(i.vendor || i.name)}${i.scopes?.length ? ` with access to ${esc(i.scopes.join(', '))}` : ''}${i.compliance?.length ? ` (evidence: ${esc(i.compliance.join(', '))})` : ' (no compliance evidence yet)'}`);
  const controls = risk ? [...risk.requiredControls].sort((a, b) => Number(a.satisfied !== false) - Number(b.satisfied !== false)) : [];
  const row = (term: string, detail: string) => `<dt>${term}</dt><dd>${detail}</dd>`;
  return `<section class="in-words" aria-labelledby="in-words-heading"><h3 id="in-words-heading">In plain words</h3><dl>
    ${row('Who owns it', `${esc(draft.metadata.owner || 'nobody yet')}${draft.metadata.team ? `, ${esc(draft.metadata.team)} team` : ''}`)}
    ${row('What it does', esc(spec.purpose || 'not described yet'))}
    ${row('Who uses it', `${AUDIENCE_WORDS[spec.audience.scope] ?? esc(spec.audience.scope)}, about ${esc(spec.audience.users)} people${spec.access.sso ? ', signing in with company SSO' : ', without company SSO'}`)}
    ${row('What data it touches', `${CLASSIFICATION_WORDS[spec.data.classification] ?? esc(spec.data.classification)}${sources.length ? `: ${sentenceList(sources, '')}` : ''}`)}
    ${row('Which AI models see it', sentenceList(models, 'none'))}
    ${row('Which other vendors see it', sentenceList(vendors, 'none'))}
    ${row('Which hosts it calls', esc(sentenceList(spec.network.allow as string[], 'none listed')))}
    ${row('Where its secrets are kept', `${esc(spec.secrets.store)}${(spec.secrets.names as string[]).length ? ` (${esc(spec.secrets.names.join(', '))})` : ''}`)}
    ${row('Risk tier', risk ? `<strong>${esc(risk.tier)}</strong>, because ${esc(sentenceList(risk.reasons.map((r) => r.replace(/^[+-]\d+\s*/, '').replace(/\.$/, '')), 'nothing raises it'))}.` : 'not known until the data and vendor steps are filled in')}
  </dl>${controls.length ? `<h4>Controls this tier needs</h4><ul class="controls">${controls.map((c) => `<li class="${c.satisfied === false ? 'missing' : ''}"><strong>${c.satisfied === undefined ? 'Checked at review' : c.satisfied ? 'Done' : 'Missing'}</strong>: ${esc(c.title)}</li>`).join('')}</ul>` : ''}</section>`;
}

function render(): void {
  const step = state!.step;
  root.innerHTML = `<div class="layout"><nav aria-label="Steps"><ol>${STEPS.map((name, i) => `<li><button type="button" class="step-link" data-step="${i}" ${i === step ? 'aria-current="step"' : ''}>${i + 1}. ${esc(name)}</button></li>`).join('')}</ol></nav>
    <main><h2 id="step-heading" tabindex="-1">${step + 1}. ${esc(STEPS[step])}</h2><form novalidate>${stepBody(step)}</form>
    <div class="nav-buttons">${step > 0 ? '<button type="button" class="secondary" id="back">Back</button>' : ''}${step < STEPS.length - 1 ? '<button type="button" id="next">Next</button>' : ''}</div></main>
    <aside id="risk" aria-live="polite"></aside></div>`;
  refresh();
  (document.getElementById('step-heading') as HTMLElement).focus();
}

/** Updates errors, the risk panel and the review without re-rendering inputs (so typing keeps focus). */
function refresh(): void {
  const issues = problems(state!.draft);
  for (const element of Array.from(root.querySelectorAll<HTMLElement>('[data-path]'))) {
    const path = element.dataset.path!;
    const message = state!.touched.includes(path) ? issues.get(path) ?? '' : '';
    const error = document.getElementById(`${id(path)}-error`);
    if (error) error.textContent = message;
    element.querySelector('input, select, textarea')?.setAttribute('aria-invalid', message ? 'true' : 'false');
  }
  const risk = liveRisk(state!.draft);
  document.getElementById('risk')!.innerHTML = risk
    ? `<h2>Risk tier: <span class="tier tier-${risk.tier}">${risk.tier}</span></h2><p>Score ${risk.score}</p><ul>${risk.reasons.map((r) => `<li>${esc(r)}</li>`).join('')}</ul>
       <h3>Required controls</h3><ul class="controls">${risk.requiredControls.map((c) => `<li class="${c.satisfied === false ? 'missing' : ''}">${c.satisfied === undefined ? 'At review' : c.satisfied ? 'Done' : 'Missing'}: ${esc(c.title)}</li>`).join('')}</ul>`
    : '<p>Fill in the data and vendor steps to see the risk tier.</p>';
  if (state!.step === STEPS.length - 1) {
    const review = root.querySelector('form')!;
    const focused = document.activeElement?.id;
    review.innerHTML = stepBody(state!.step);
    if (focused) document.getElementById(focused)?.focus();
  }
}

root.addEventListener('input', (event) => {
  const target = event.target as HTMLInputElement;
  if (target.dataset.multi) {
    const values = Array.from(root.querySelectorAll<HTMLInputElement>(`[data-multi="${target.dataset.multi}"]`)).filter((b) => b.checked).map((b) => b.value);
    return set(target.dataset.multi, values);
  }
  const path = target.dataset.bind;
  if (!path) return;
  const kind = target.dataset.kind;
  set(path, kind === 'bool' ? target.checked : kind === 'number' ? (target.value === '' ? undefined : Number(target.value)) : kind === 'list' ? splitList(target.value) : target.value);
});

root.addEventListener('click', (event) => {
  const button = (event.target as HTMLElement).closest('button');
  if (!button) return;
  const go = (step: number) => {
    // Moving on shows the errors of the step being left.
    for (const element of Array.from(root.querySelectorAll<HTMLElement>('[data-path]'))) if (!state!.touched.includes(element.dataset.path!)) state!.touched.push(element.dataset.path!);
    state!.step = step;
    save();
    render();
  };
  if (button.id === 'next') return go(state!.step + 1);
  if (button.id === 'back') return go(state!.step - 1);
  if (button.dataset.step) return go(Number(button.dataset.step));
  if (button.dataset.add) {
    const items = get(button.dataset.add) as Draft[];
    const blank: Record<string, Draft> = {
      'spec.data.sources': { name: '', kind: 'database', access: 'read', pii: [] },
      'spec.llm': { provider: state!.detected.llmProviders[items.length] ?? 'openai', model: '', sendsUserContent: true, dpa: false, retentionDays: 0, promptSources: [], guardrails: ['injection-screen', 'redaction'], outputTo: ['display'] },
      'spec.integrations': { name: '', vendor: '', compliance: [], scopes: [] },
    };
    items.push(blank[button.dataset.add]);
    save();
    render();
    return;
  }
  if (button.dataset.remove) {
    (get(button.dataset.remove) as Draft[]).splice(Number(button.dataset.index), 1);
    save();
    render();
    return;
  }
  if (button.id === 'save') {
    state!.status = 'Saving…';
    save();
    refresh();
    vscode.postMessage({ type: 'save', manifest: toManifest(state!.draft) });
  }
});

window.addEventListener('message', (event) => {
  const message = hostToWebviewSchema.safeParse(event.data);
  if (!message.success) return;
  const data = message.data;
  if (data.type === 'init') {
    // A restored panel keeps what the user typed; a new one starts from the file and the code.
    if (!state) {
      const draft = emptyDraft();
      const merged = { ...draft, ...data.draft, metadata: { ...draft.metadata, ...(data.draft.metadata as object) }, spec: { ...draft.spec, ...(data.draft.spec as object) } };
      if (!data.exists) {
        merged.spec.network.allow = data.detected.hosts;
        merged.spec.secrets.names = data.detected.secretNames;
        merged.spec.llm = data.detected.llmProviders.map((provider) => ({ provider, model: '', sendsUserContent: true, dpa: false, retentionDays: 0, promptSources: [], guardrails: ['injection-screen', 'redaction'], outputTo: ['display'] }));
      }
      state = { draft: merged, step: 0, touched: [], manifestPath: data.manifestPath, exists: data.exists, detected: data.detected };
    }
    save();
    render();
  } else if (data.type === 'saved') {
    state!.status = `Saved ${data.manifestPath}.`;
    state!.exists = true;
    save();
    refresh();
  } else if (data.type === 'saveFailed') {
    state!.status = `Not saved: ${data.message}`;
    save();
    refresh();
  }
});

vscode.postMessage({ type: 'ready' });
