import type { AppSummary, ReviewLine, SubmittedFinding } from '../core/registry/protocol';
import type { VersionDiff } from '../core/registry/versionDiff';
import type { Manifest } from '../core/manifest/manifestSchema';
import { assessRisk } from '../core/risk/riskTier';
import { CONTROL_EVIDENCE, type ControlEvidence } from '../core/scan/catalogue/controls';
import type { IncompleteCheck } from '../core/scan/incompleteCheck';
import type { AuditEntry } from './auditLog';

/** Server-rendered dashboard pages: no script at all, one nonce'd style block, forms for sign-in and review. */

export const escapeHtml = (value: unknown) =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const STYLE = `
  :root { color-scheme: light dark; --fg: #1f2328; --bg: #ffffff; --muted: #59636e; --line: #d1d9e0; --accent: #0969da; }
  @media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9198a1; --line: #3d444d; --accent: #4493f8; } }
  body { font: 15px/1.5 system-ui, sans-serif; color: var(--fg); background: var(--bg); margin: 0; }
  header { display: flex; gap: 1rem; align-items: center; padding: .75rem 1.5rem; border-bottom: 1px solid var(--line); }
  header h1 { font-size: 1.1rem; margin: 0 auto 0 0; } header a { color: var(--accent); }
  main { padding: 1rem 1.5rem; max-width: 70rem; }
  table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
  .tier, .status { border-radius: 1rem; padding: .05rem .6rem; font-size: .85rem; border: 1px solid var(--line); white-space: nowrap; }
  .tier-high { background: #ffebe9; color: #82071e; } .tier-medium { background: #fff8c5; color: #6a4a00; } .tier-low { background: #dafbe1; color: #116329; }
  .overdue { color: #cf222e; font-weight: 600; } .muted { color: var(--muted); } .control-missing strong { color: #cf222e; } .control-claimed strong { color: #9a6700; }
  form.inline { display: inline; } input, textarea, button, select { font: inherit; } textarea { width: 100%; max-width: 40rem; }
  button { padding: .3rem .9rem; border-radius: .4rem; border: 1px solid var(--line); background: var(--accent); color: #fff; cursor: pointer; }
  button.reject { background: #cf222e; } button.secondary { background: #fff; color: #1f2328; } .error { color: #cf222e; }
  nav.filters a { margin-right: .75rem; } code { font-size: .9em; }
`;

export interface PageContext {
  nonce: string;
  signedInAs?: string;
  role?: string;
  csrf?: string;
}

export function page(context: PageContext, title: string, body: string): string {
  const account = context.signedInAs
    ? `<span class="muted">${escapeHtml(context.signedInAs)} (${escapeHtml(context.role)})</span>
       <a href="/audit">Audit trail</a>
       <form class="inline" method="post" action="/logout"><input type="hidden" name="csrf" value="${escapeHtml(context.csrf)}"><button type="submit">Sign out</button></form>`
    : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)} · Micro App Registry</title><style nonce="${context.nonce}">${STYLE}</style></head>
<body><header><h1><a href="/">Micro App Registry</a></h1>${account}</header><main>${body}</main></body></html>`;
}

export function signInPage(context: PageContext, error?: string): string {
  return page(context, 'Sign in', `
  <h2>Sign in</h2>
  <p>Paste the registry token your admin gave you (<code>microapp-guard registry token create</code>).</p>
  ${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
  <form method="post" action="/login">
    <input type="hidden" name="csrf" value="${escapeHtml(context.csrf ?? '')}">
    <label for="token">Token</label><br>
    <input id="token" name="token" type="password" autocomplete="off" size="60" required>
    <button type="submit">Sign in</button>
  </form>`);
}

const tierBadge = (tier: string) => `<span class="tier tier-${escapeHtml(tier)}">${escapeHtml(tier)}</span>`;
const statusBadge = (app: AppSummary) => `<span class="status">${escapeHtml(app.status)}</span>${app.overdue ? ' <span class="overdue">overdue</span>' : ''}`;

export function appListPage(context: PageContext, apps: AppSummary[], filter: { tier?: string; status?: string }): string {
  const counts = (key: 'tier' | 'status', value: string) => apps.filter((a) => a[key] === value).length;
  const link = (label: string, query: string) => `<a href="/?${query}">${escapeHtml(label)}</a>`;
  const rows = apps
    .filter((a) => (!filter.tier || a.tier === filter.tier) && (!filter.status || a.status === filter.status))
    .map((a) => `<tr><td><a href="/apps/${encodeURIComponent(a.name)}">${escapeHtml(a.title)}</a><br><code class="muted">${escapeHtml(a.name)}</code></td>
      <td>${tierBadge(a.tier)}</td><td>${statusBadge(a)}</td><td>${escapeHtml(a.owner)}<br><span class="muted">${escapeHtml(a.team ?? '')}</span></td>
      <td>v${a.latestVersion}</td><td class="muted">${escapeHtml(a.updatedAt.slice(0, 16).replace('T', ' '))}</td></tr>`)
    .join('');
  return page(context, 'Apps', `
  <h2>Registered apps</h2>
  <nav class="filters" aria-label="Filter">${link('All', '')}
    ${['high', 'medium', 'low'].map((t) => link(`${t} (${counts('tier', t)})`, `tier=${t}`)).join(' ')}
    ${['pending-review', 'approved', 'rejected'].map((s) => link(`${s} (${counts('status', s)})`, `status=${s}`)).join(' ')}</nav>
  <table><thead><tr><th>App</th><th>Tier</th><th>Status</th><th>Owner</th><th>Version</th><th>Updated</th></tr></thead>
  <tbody>${rows || '<tr><td colspan="6" class="muted">No apps yet. Builders submit with "Micro App Guard: Submit App to Registry" or microapp-guard submit.</td></tr>'}</tbody></table>`);
}

export interface AppDetail {
  app: AppSummary;
  latest?: { version: number; score: number; clientTier: string | null; submittedBy: string; createdAt: string; scan: { filesScanned: number; findings: Record<string, number>; byRule: Record<string, number>; items?: SubmittedFinding[]; omitted?: number; digest?: string; toolVersion?: string; evidence?: ControlEvidence[]; incomplete?: IncompleteCheck[] }; manifest: { spec: { purpose: string; data: { classification: string }; llm: { provider: string; model: string }[]; network: { allow: string[] } } } };
  reviews: { version: number; reviewer: string; decision: string; comment: string; createdAt: string; lines?: ReviewLine[] }[];
  sinceApproved?: VersionDiff;
}

const RULE_DOCS = 'https://github.com/microapp-guard/microapp-guard/blob/main/docs/rules/';

/** The findings a submission carried, by severity then rule, each rule linking to its docs page. */
function findingsBySeverity(items: SubmittedFinding[], omitted: number): string {
  const sections = (['error', 'warning', 'info'] as const).map((severity) => {
    const ofSeverity = items.filter((f) => f.severity === severity);
    if (!ofSeverity.length) return '';
    const rules = [...new Set(ofSeverity.map((f) => f.rule))];
    return `<section class="findings"><h4>${severity === 'error' ? 'Errors' : severity === 'warning' ? 'Warnings' : 'Info'} (${ofSeverity.length})</h4>${rules.map((rule) => {
      const ofRule = ofSeverity.filter((f) => f.rule === rule);
      return `<details open><summary><a href="${RULE_DOCS}${encodeURIComponent(rule.replace('/', '-'))}.md">${escapeHtml(rule)}</a> (${ofRule.length})</summary><ul>${ofRule
        .map((f) => `<li><code>${escapeHtml(f.file)}:${f.line}</code> ${escapeHtml(f.message)}${f.masked && !f.message.includes(f.masked) ? ` <code>${escapeHtml(f.masked)}</code>` : ''}</li>`)
        .join('')}</ul></details>`;
    }).join('')}</section>`;
  });
  return `<h3>Findings</h3>${sections.join('')}${omitted ? `<p class="muted">${omitted} more finding(s) were counted but not sent (a submission carries the ${items.length} most severe).</p>` : ''}`;
}

/** Which manifest field claims each control. */
const CONTROL_FIELD: Record<string, string> = {
  sso: 'spec.access.sso',
  'secrets-in-store': 'spec.secrets.store',
  'audit-log': 'spec.logging.audit',
  'llm-redaction': 'spec.logging.redaction and each model\'s redaction guardrail',
  'dpa-for-regulated': 'spec.llm[].dpa and spec.integrations[].compliance',
};

/**
 * The controls the tier requires: missing (the manifest says not in place), claimed (the manifest says so but the scan
 * saw nothing in the code), done (claimed and seen in the code), or checked at review — missing first.
 */
function controlsSection(manifest: Manifest, evidence: ControlEvidence[]): string {
  const rank = { missing: 0, claimed: 1, review: 2, done: 3 } as const;
  const rows = assessRisk(manifest).requiredControls.map((control) => {
    const seen = evidence.filter((e) => e.control === control.id);
    const state: keyof typeof rank = control.satisfied === undefined ? 'review' : !control.satisfied ? 'missing' : seen.length || !CONTROL_EVIDENCE.some((row) => row.control === control.id) ? 'done' : 'claimed';
    const field = CONTROL_FIELD[control.id] ? ` (<code>${escapeHtml(CONTROL_FIELD[control.id])}</code>)` : '';
    const where = seen.map((e) => `<code>${escapeHtml(e.file)}:${e.line}</code>`).join(', ');
    const backing = state === 'missing' ? `the manifest says it is not in place${field}${seen.length ? `, though the scan saw it in ${where}: the manifest may be out of date` : ''}`
      : state === 'claimed' ? `the manifest says so${field}; the scan saw no ${escapeHtml(CONTROL_EVIDENCE.find((row) => row.control === control.id)!.what)} in the code`
      : state === 'review' ? 'the security team checks this at review'
      : seen.length ? `seen in ${where}${field ? `; claimed in${field}` : ''}` : `the manifest says so${field}`;
    return { state, html: `<li class="control-${state}"><strong>${state === 'review' ? 'At review' : state[0].toUpperCase() + state.slice(1)}</strong>: ${escapeHtml(control.title)} — ${backing}</li>` };
  });
  return `<section class="controls" aria-labelledby="controls-heading"><h3 id="controls-heading">Controls the ${escapeHtml(assessRisk(manifest).tier)} tier requires</h3><ul>${rows.sort((a, b) => rank[a.state] - rank[b.state]).map((r) => r.html).join('')}</ul></section>`;
}

/** What changed since the approved version: the part a reviewer has to look at again. */
function diffSection(diff: VersionDiff): string {
  const finding = (f: SubmittedFinding) => `<code>${escapeHtml(f.file)}:${f.line}</code> ${escapeHtml(f.rule)}: ${escapeHtml(f.message)}`;
  const rows = [
    ...(diff.tier ? [`<li>Risk tier: ${tierBadge(diff.tier.from)} → ${tierBadge(diff.tier.to)}</li>`] : []),
    ...diff.fields.map((c) => `<li>${escapeHtml(c.field)}: ${[...c.added.map((v) => `<ins>+ ${escapeHtml(v)}</ins>`), ...c.removed.map((v) => `<del>− ${escapeHtml(v)}</del>`)].join(' ')}</li>`),
    ...diff.findingsAdded.map((f) => `<li><ins>New finding</ins> ${finding(f)}</li>`),
    ...diff.findingsRemoved.map((f) => `<li><del>Gone</del> ${finding(f)}</li>`),
  ];
  return `<section class="diff" aria-labelledby="diff-heading"><h3 id="diff-heading">Changes since approved v${diff.since}</h3>${rows.length ? `<ul>${rows.join('')}</ul>` : '<p class="muted">Nothing a reviewer weighs changed: the manifest facts, the tier and the findings are as approved.</p>'}</section>`;
}

/** Files the scan could not check completely: a clean summary does not vouch for them. */
function incompleteSection(incomplete: IncompleteCheck[]): string {
  if (!incomplete.length) return '';
  const files = new Set(incomplete.map((failure) => failure.file)).size;
  return `<section class="incomplete" aria-labelledby="incomplete-heading"><h4 id="incomplete-heading">Not fully checked (${files} file${files === 1 ? '' : 's'})</h4><p class="muted">A clean result does not vouch for these files: the part named did not run on them (the other rules' findings there are included).</p><ul>${incomplete.map((f) => `<li><code>${escapeHtml(f.file)}</code> (${escapeHtml(f.part)}): ${escapeHtml(f.reason)}</li>`).join('')}</ul></section>`;
}

export function appPage(context: PageContext, detail: AppDetail, versions: { version: number; tier: string; createdAt: string; submittedBy: string }[], error?: string): string {
  const { app, latest, reviews, sinceApproved } = detail;
  const canReview = context.role === 'reviewer' || context.role === 'admin';
  const findings = latest?.scan.findings ?? {};
  const byRule = Object.entries(latest?.scan.byRule ?? {}).map(([id, n]) => `<li><code>${escapeHtml(id)}</code>: ${n}</li>`).join('');
  const items = latest?.scan.items ?? [];
  return page(context, app.title, `
  <h2>${escapeHtml(app.title)} <code class="muted">${escapeHtml(app.name)}</code></h2>
  <p>${tierBadge(app.tier)} ${statusBadge(app)} · owner ${escapeHtml(app.owner)} · version ${app.latestVersion}</p>
  ${latest ? `<p>${escapeHtml(latest.manifest.spec.purpose)}</p>
  <p class="muted">Data: ${escapeHtml(latest.manifest.spec.data.classification)} · LLMs: ${escapeHtml(latest.manifest.spec.llm.map((l) => `${l.provider} ${l.model}`).join(', ') || 'none')} · Hosts: ${escapeHtml(latest.manifest.spec.network.allow.join(', ') || 'none')}
   · Risk score ${latest.score}${latest.clientTier && latest.clientTier !== app.tier ? ` (client said ${escapeHtml(latest.clientTier)}; the registry recomputed it)` : ''}</p>
  ${sinceApproved ? diffSection(sinceApproved) : ''}
  ${controlsSection(latest.manifest as unknown as Manifest, latest.scan.evidence ?? [])}
  <h3>Scan summary (v${latest.version})</h3>
  <p>${latest.scan.filesScanned} files: <strong>${findings.error ?? 0} error</strong>, ${findings.warning ?? 0} warning, ${findings.info ?? 0} info${latest.scan.toolVersion ? ` · Micro App Guard ${escapeHtml(latest.scan.toolVersion)}` : ''}${latest.scan.digest ? ` · scanned content <code title="SHA-256 of the scanned files">${escapeHtml(latest.scan.digest.slice(0, 12))}</code>` : ''}</p>
  ${incompleteSection(latest.scan.incomplete ?? [])}
  ${items.length ? findingsBySeverity(items, latest.scan.omitted ?? 0) : byRule ? `<ul>${byRule}</ul>` : ''}` : ''}
  ${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
  ${canReview ? `<h3>Review</h3>
  <form method="post" action="/apps/${encodeURIComponent(app.name)}/review">
    <input type="hidden" name="csrf" value="${escapeHtml(context.csrf)}">
    <label for="comment">Comment (required)</label><br><textarea id="comment" name="comment" rows="3" required minlength="3"></textarea><br>
    <button type="submit" name="decision" value="approve">Approve</button>
    <button type="submit" name="decision" value="request-changes" class="secondary">Request changes</button>
    <button type="submit" name="decision" value="reject" class="reject">Reject</button>
  </form>` : ''}
  <h3>Reviews</h3>
  ${reviews.length ? `<ul>${reviews.map((r) => `<li><strong>${escapeHtml(r.decision)}</strong> v${r.version} by ${escapeHtml(r.reviewer)} · ${escapeHtml(r.createdAt.slice(0, 16).replace('T', ' '))}: ${escapeHtml(r.comment)}${r.lines?.length ? `<ul>${r.lines.map((l) => `<li><code>${escapeHtml(l.file)}:${l.line}</code>${l.note ? ` ${escapeHtml(l.note)}` : ''}</li>`).join('')}</ul>` : ''}</li>`).join('')}</ul>` : '<p class="muted">None yet.</p>'}
  <h3>Versions</h3>
  <table><thead><tr><th>Version</th><th>Tier</th><th>Submitted by</th><th>When</th></tr></thead><tbody>
  ${versions.map((v) => `<tr><td>v${v.version}</td><td>${tierBadge(v.tier)}</td><td>${escapeHtml(v.submittedBy)}</td><td class="muted">${escapeHtml(v.createdAt.slice(0, 16).replace('T', ' '))}</td></tr>`).join('')}
  </tbody></table>`);
}

export function auditPageHtml(context: PageContext, entries: AuditEntry[], verified: { ok: boolean; entries: number; brokenAt?: number }): string {
  return page(context, 'Audit trail', `
  <h2>Audit trail</h2>
  <p>${verified.ok ? `Hash chain verified: ${verified.entries} entries, none altered.` : `<span class="error">Hash chain broken at entry ${verified.brokenAt}: the audit log was tampered with.</span>`}</p>
  <table><thead><tr><th>#</th><th>When</th><th>Who</th><th>What</th><th>Subject</th><th>Details</th></tr></thead><tbody>
  ${entries.map((e) => `<tr><td>${e.seq}</td><td class="muted">${escapeHtml(e.at.slice(0, 19).replace('T', ' '))}</td><td>${escapeHtml(e.actor)}</td><td>${escapeHtml(e.action)}</td><td>${escapeHtml(e.subject)}</td><td><code>${escapeHtml(JSON.stringify(e.details))}</code></td></tr>`).join('')}
  </tbody></table>`);
}
