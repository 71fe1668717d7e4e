import type { KindQuestion } from '../deps.js';
import { html, type SafeHtml } from '../html.js';
import type { CaseView } from '../../cases/case-view.js';
import type { SupportFormText } from '../../cases/support-form-text.js';
import type { Account } from '../../cases/case-file.js';
import { HAND_APPLIED_EVENT_TYPES } from '../../cases/user-event.js';
import type { DraftView } from '../../replies/draft-view.js';
import type { NextAction, NextStep } from '../next-step.js';
import { waitingSince, waitsOn } from '../waiting.js';
import { timeline } from './timeline.js';
import { progressView } from './progress.js';
import { blanksIn } from '../../mail/drafts/texts/blocks.js';
import { when, type PageContext } from './page.js';
import { duplicateWarning } from './new-case.js';

export interface CasePageModel {
  view: CaseView;
  drafts: DraftView[];
  diagram: { svg: SafeHtml; next: { state: string; events: string[] }[] };
  next: NextStep;
  /** Open in preparing, selfService and caseDraft; folded afterwards. */
  formText: SupportFormText | null;
  formFolded: boolean;
  /** The states the case has been in (for the progress of the main steps). */
  visited: string[];
  /** Event types the case accepts right now. */
  allowed: Set<string>;
  /** Show only the newest this many timeline entries (with a link to all of them); null shows all. */
  timelineLimit: number | null;
  /** Open questions about mail certmerge did not understand with confidence. */
  questions?: KindQuestion[];
  /** SMTP is configured: drafts may be sent from here (after the review page). */
  canSend: boolean;
  /** Unsorted mail may explain the wait (an overdue receipt while an unsorted receipt exists). */
  unsortedHint?: boolean;
  /** Other cases that hold the same two accounts. */
  duplicates?: { id: string; createdAt: string }[];
}

/** One card per open question, with a one-click answer per offered kind (the reclassify route applies it as the user's). */
function questionCards(ctx: PageContext, m: CasePageModel): SafeHtml {
  const { t } = ctx;
  const c = t.casePage;
  const qs = m.questions ?? [];
  if (!qs.length) return html``;
  return html`${qs.map((q) => {
    const action = `/cases/${encodeURIComponent(m.view.id)}/messages/${encodeURIComponent(q.messageId)}/reclassify`;
    const entry = m.view.timeline.find((e) => e.messageId === q.messageId);
    const subject = (entry?.detail as { subject?: string } | undefined)?.subject ?? q.messageId;
    const kinds = q.kinds.map((k) => t.mailKinds[k]).join(' / ');
    const options = [...q.kinds, ...(q.kinds.includes('support_reply') ? [] : (['support_reply'] as const))];
    return html`<section class="card question" id="question-${q.messageId}" data-question="${q.messageId}"><h2>${c.questions}</h2>
<p class="mail-subject">${subject}</p>
<p>${c.questionText(kinds)}</p>
<p class="muted">${c.questionGuess(t.mailKinds[q.guess as keyof typeof t.mailKinds] ?? q.guess, q.confidence.toFixed(2))}</p>
<div class="row">${options.map((k) => html`<form method="post" action="${action}"><input type="hidden" name="kind" value="${k}"><button type="submit" data-answer="${k}">${k === 'support_reply' ? c.questionOther : t.mailKinds[k]}</button></form>`)}</div>
</section>`;
  })}`;
}

/** The timeline card: the newest entries first; a long one shows its newest part and links to the whole. */
function timelineCard(ctx: PageContext, m: CasePageModel): SafeHtml {
  const c = ctx.t.casePage;
  const all = m.view.timeline;
  const cut = m.timelineLimit !== null && all.length > m.timelineLimit;
  const shown = cut ? all.slice(all.length - m.timelineLimit!) : all;
  const self = `/cases/${encodeURIComponent(m.view.id)}`;
  return html`<section class="card" id="timeline"><h2>${c.timeline}</h2>
${cut ? html`<p class="muted timeline-range">${c.timelineLatest(shown.length, all.length)}</p>` : ''}
${timeline(ctx, m.view.id, shown)}
${cut ? html`<p class="timeline-more"><a href="${self}?timeline=all#timeline">${c.timelineAll(all.length)}</a></p>` : ''}
${m.timelineLimit === null && all.length > TIMELINE_NEWEST ? html`<p class="timeline-more"><a href="${self}#timeline">${c.timelineNewest(TIMELINE_NEWEST)}</a></p>` : ''}
</section>`;
}

/** How many timeline entries the case page shows unless asked for all of them. */
export const TIMELINE_NEWEST = 20;

const eventsPath = (id: string) => `/cases/${encodeURIComponent(id)}/events`;

/** A POST form with one button that applies one event. */
function eventButton(caseId: string, type: string, label: string, cls = ''): SafeHtml {
  return html`<form method="post" action="${eventsPath(caseId)}" class="inline"><input type="hidden" name="type" value="${type}"><button type="submit" class="${cls}" data-event="${type}">${label}</button></form>`;
}

function actionButton(caseId: string, a: NextAction, primary: boolean): SafeHtml {
  const cls = primary ? 'primary' : '';
  if (a.kind === 'event') return eventButton(caseId, a.type, a.label, cls);
  // Sending starts with the review page (GET): what goes where, then a second button.
  if (a.kind === 'send-draft') return html`<form method="get" action="/drafts/${encodeURIComponent(a.draftId)}/send" class="inline"><button type="submit" class="${cls}" data-send-draft="${a.draftId}">${a.label}</button></form>`;
  return html`<a class="button ${cls}" href="${a.href}">${a.label}</a>`;
}

function stateName(ctx: PageContext, s: string): string {
  return ctx.t.states[s as keyof typeof ctx.t.states] ?? s;
}

function copyable(id: string, label: string, value: string, copy: string, multiline = false, copyOf?: (what: string) => string): SafeHtml {
  // Each copy button names what it copies: a screen reader's list of buttons is not six "Copy"s.
  return html`<div class="copy-field"><div class="copy-head"><span class="field-label">${label}</span><button type="button" class="copy small" data-copy="${id}" aria-label="${copyOf ? copyOf(label) : `${copy}: ${label}`}">${copy}</button></div>
${multiline ? html`<pre class="copy-value" id="${id}">${value}</pre>` : html`<div class="copy-value" id="${id}">${value}</div>`}</div>`;
}

function supportForm(ctx: PageContext, f: SupportFormText, folded: boolean): SafeHtml {
  const c = ctx.t.casePage;
  let n = 0;
  const id = () => `copy-${++n}`;
  const inner = html`<p class="muted">${c.supportFormHelp}</p>
${f.links.length ? html`<ul class="links">${f.links.map((l) => html`<li><a href="${l.url}" target="_blank" rel="noopener noreferrer">${l.label}</a></li>`)}</ul>` : ''}
${f.notes.length ? html`<div class="notes"><strong>${c.notes}</strong><ul>${f.notes.map((x) => html`<li>${x}</li>`)}</ul></div>` : ''}
<div class="copy-grid">${f.fields.map((x) => copyable(id(), x.label, x.value, c.copy, false, ctx.t.review.copyOf))}</div>
${copyable(id(), c.subject, f.subject, c.copy, false, ctx.t.review.copyOf)}
${copyable(id(), c.body, f.body, c.copy, true, ctx.t.review.copyOf)}
<h3>${c.contact}</h3>
<div class="copy-grid">${f.contact.filter((x) => x.value).map((x) => copyable(id(), x.label, x.value, c.copy, false, ctx.t.review.copyOf))}</div>`;
  // After submission the text stays reachable (what was sent, for a second case or a question), folded.
  return folded
    ? html`<section class="card" id="support-form"><details class="folded" id="support-form-details"><summary>${ctx.t.review.supportFormSent}</summary>${inner}</details></section>`
    : html`<section class="card" id="support-form"><h2>${c.supportForm}</h2>${inner}</section>`;
}

function draftCard(ctx: PageContext, d: DraftView, canSend: boolean): SafeHtml {
  const c = ctx.t.casePage;
  const r = ctx.t.review;
  const open = d.status === 'drafted' || d.status === 'failed';
  const blanks = open ? blanksIn(d.text).length : 0;
  const textId = `draft-text-${d.id}`;
  return html`<article class="draft status-${d.status}" data-draft-id="${d.id}" id="draft-${d.id}">
<header><strong>${c.draftKinds[d.kind] ?? d.kind}</strong> <span class="badge${d.status === 'sent' ? ' ok' : d.status === 'failed' ? ' warn' : ''}" data-draft-status="${d.status}">${c.draftStatus[d.status] ?? d.status}</span>
${d.sentAt ? html`<span class="muted">${c.sentAt(when(ctx.t, d.sentAt))}</span>` : ''}</header>
<div class="draft-meta"><div><span class="muted">${c.to}:</span> ${d.to}</div><div><span class="muted">${c.subject}:</span> ${d.subject}</div></div>
${d.error ? html`<p class="error-text" role="alert">${d.error}</p>` : ''}
${blanks ? html`<p class="error-text" data-blanks="${blanks}">${r.blanks(blanks)}</p>` : ''}
<div class="copy-head"><span class="field-label">${c.body}</span><button type="button" class="copy small" data-copy="${textId}" aria-label="${r.copyOf(d.subject)}">${r.copyDraft}</button></div>
<pre class="draft-text" id="${textId}">${d.text}</pre>
${open
    ? html`<details class="draft-edit"${blanks ? ' open' : ''}><summary>${r.edit}</summary>
<form method="post" action="/drafts/${encodeURIComponent(d.id)}/edit" class="stack"><label><span class="muted">${r.editHelp}</span><textarea name="text" rows="16" maxlength="100000" data-draft-edit="${d.id}">${d.text}</textarea></label>
<div><button type="submit" data-save-draft="${d.id}">${r.save}</button></div></form></details>
${canSend ? '' : html`<p class="notice" data-no-smtp>${r.noSmtp}</p>`}
<div class="row">${canSend ? html`<form method="get" action="/drafts/${encodeURIComponent(d.id)}/send" class="inline"><button type="submit" class="primary" data-send-draft="${d.id}">${r.reviewSend}</button></form>` : ''}
<form method="post" action="/drafts/${encodeURIComponent(d.id)}/discard" class="inline"><button type="submit" data-discard-draft="${d.id}">${c.discard}</button></form></div>`
    : ''}
</article>`;
}

/** Drafts still to send come first, newest first; sent ones after them. */
function draftOrder(a: DraftView, b: DraftView): number {
  const rank = (d: DraftView) => (d.status === 'sent' ? 1 : 0);
  return rank(a) - rank(b) || b.createdAt.localeCompare(a.createdAt);
}

function checklist(ctx: PageContext, m: CasePageModel): SafeHtml {
  const c = ctx.t.casePage;
  const id = m.view.id;
  const rows = (['certifications', 'benefits', 'badges'] as const).map((k) => {
    const done = m.view.checklist[k];
    const buttons = (k === 'badges' ? ['badges-verified', 'badges-missing'] : [`${k}-verified`]).filter((t) => m.allowed.has(t));
    return html`<li class="check ${done ? 'done' : ''}" data-check="${k}">
<span class="tick" aria-hidden="true">${done ? '✓' : ''}</span>
<span class="check-text">${c.checks[k]} <span class="muted">(${done ? c.checked : c.notChecked})</span></span>
<span class="row">${buttons.map((t) => eventButton(id, t, ctx.t.actions[t] ?? t, t.endsWith('verified') ? 'primary small' : 'small'))}</span>
</li>`;
  });
  return html`<section class="card" id="checklist"><h2>${c.checklist}</h2><ul class="checklist">${rows}</ul></section>`;
}

function correction(ctx: PageContext, m: CasePageModel): SafeHtml {
  const { t } = ctx;
  const c = t.casePage;
  const opt = (type: string) => html`<option value="${type}">${t.events[type] ?? type} (${type})</option>`;
  const now = HAND_APPLIED_EVENT_TYPES.filter((x) => m.allowed.has(x));
  const later = HAND_APPLIED_EVENT_TYPES.filter((x) => !m.allowed.has(x));
  return html`<section class="card" id="correction"><h2>${c.correction}</h2>
<p class="muted">${c.correctionHelp}</p>
<form method="post" action="${eventsPath(m.view.id)}" class="stack">
<label>${c.applyEvent}<select name="type" required><option value="" selected disabled>${t.review.choose}</option>${now.map(opt)}${later.length ? html`<optgroup label="—">${later.map((x) => html`<option value="${x}" disabled>${t.events[x] ?? x} (${x})</option>`)}</optgroup>` : ''}</select></label>
<label>${c.supportCaseId}<input name="supportCaseId" inputmode="numeric" pattern="[0-9]*" autocomplete="off"></label>
<label>${c.reason}<input name="reason" maxlength="500" autocomplete="off"></label>
<div><button type="submit">${c.apply}</button></div>
</form></section>`;
}

function accountSummary(ctx: PageContext, a: Account, title: string): SafeHtml {
  const n = ctx.t.newCase;
  return html`<div class="account"><h3>${title}</h3><dl>
<dt>${n.candidateId}</dt><dd>${a.candidateId}</dd>
<dt>${n.loginEmail}</dt><dd>${a.loginEmail}</dd>
<dt>${n.certifications}</dt><dd>${a.certifications.length ? html`<ul>${a.certifications.map((x) => html`<li>${x.name} <span class="muted">${x.passedOn}${x.expiresOn ? ` – ${x.expiresOn}` : ''}</span></li>`)}</ul>` : '—'}</dd>
<dt>${n.benefits}</dt><dd>${a.benefits.length ? html`<ul>${a.benefits.map((x) => html`<li>${x.kind}${x.expiresOn ? html` <span class="muted">– ${x.expiresOn}</span>` : ''}</li>`)}</ul>` : '—'}</dd>
</dl></div>`;
}

/** The case page: where it stands (diagram), what to do, the form text, drafts, checks, history, corrections. */
export function casePage(ctx: PageContext, m: CasePageModel): SafeHtml {
  const { t } = ctx;
  const c = t.casePage;
  const v = m.view;
  const on = waitsOn(v);
  const d = t.duration(ctx.now.getTime() - new Date(waitingSince(v)).getTime());
  const wait = on === 'support' ? t.list.waitsOnSupport(d) : on === 'you' ? t.list.waitsOnYou(d) : t.list.noWait;
  // Without SMTP there is nothing to send from here: the user sends the draft from the mail client.
  const nextActions = m.canSend ? m.next.actions : m.next.actions.filter((a) => a.kind !== 'send-draft');
  const heldBack = nextActions.length < m.next.actions.length;
  const openDrafts = m.drafts.filter((x) => x.status !== 'superseded' && x.status !== 'discarded').sort(draftOrder);
  const staleEdited = m.drafts.filter((x) => x.staleEdited);
  return html`<div class="page-head"><h1>${c.title(v.id)}</h1>
<div class="state-line"><span class="state-name" data-current-state="${v.state}">${stateName(ctx, v.state)}</span>
${v.overdue ? html`<span class="badge warn">${c.overdue}</span>` : ''}
<span class="muted wait wait-${on ?? 'none'}">${wait}</span>
${v.dueAt ? html`<span class="muted">${c.dueAt(when(t, v.dueAt))}</span>` : ''}
${v.supportCaseId ? html`<span>${c.supportCaseIdLabel}${t.colon}<strong>${v.supportCaseId}</strong></span>` : ''}
<span class="muted">${t.manage.created(when(t, v.createdAt))}</span></div></div>
${duplicateWarning(ctx, m.duplicates ?? [])}

<section class="card next-step" id="next-step"><h2>${t.next.title}</h2>
<p class="next-text">${m.next.text}</p>
${v.attentionReason ? html`<details class="folded attention-detail" id="attention-detail"><summary>${c.attention}</summary><p class="attention">${v.attentionReason}</p></details>` : ''}
${nextActions.length ? html`<div class="row">${nextActions.map((a, i) => actionButton(v.id, a, i === 0))}</div>` : ''}
${heldBack ? html`<p class="notice" data-no-smtp>${t.review.noSmtp}</p>` : ''}
${m.unsortedHint ? html`<p class="notice" data-unsorted-hint><a href="/unsorted">${t.review.unsortedHint}</a></p>` : ''}
</section>
${questionCards(ctx, m)}

<div class="columns">
<div class="main-col">
${openDrafts.length || staleEdited.length || v.tags.includes('userToAnswer') ? html`<section class="card" id="drafts"><h2>${c.drafts}</h2>${staleEdited.map((x) => html`<p class="attention stale-draft" data-draft-id="${x.id}">${c.staleEdited(x.subject)}</p>`)}${openDrafts.length ? openDrafts.map((x) => draftCard(ctx, x, m.canSend)) : html`<p class="muted">${c.noDrafts}</p>`}</section>` : ''}
${m.formText && !m.formFolded ? supportForm(ctx, m.formText, false) : ''}
${v.tags.includes('merged') ? checklist(ctx, m) : ''}
${progressView(ctx, v.state, m.visited, diagramCard(ctx, m))}
${timelineCard(ctx, m)}
</div>
<div class="side">
${m.formText && m.formFolded ? supportForm(ctx, m.formText, true) : ''}
<section class="card accounts"><div class="two">${accountSummary(ctx, v.case.target, `${t.newCase.target}`)}${accountSummary(ctx, v.case.source, `${t.newCase.source}`)}</div></section>
${correction(ctx, m)}
<section class="card manage" id="manage"><div class="row"><a class="button" href="/cases/${encodeURIComponent(v.id)}/edit" data-edit-case>${t.manage.edit}</a><a class="button danger" href="/cases/${encodeURIComponent(v.id)}/delete" data-delete-case>${t.manage.delete}</a></div></section>
</div>
</div>`;
}

/** The full lifecycle diagram (folded under the progress of the main steps). */
function diagramCard(ctx: PageContext, m: CasePageModel): SafeHtml {
  const { t } = ctx;
  const c = t.casePage;
  return html`<div class="diagram-card" id="diagram">
<div class="legend"><span class="key current">${c.diagramLegend.current}</span><span class="key visited">${c.diagramLegend.visited}</span><span class="key next">${c.diagramLegend.next}</span></div>
<div class="diagram-wrap">${m.diagram.svg}</div>
${m.diagram.next.length ? html`<div class="next-states"><h3>${c.nextPossible}</h3><ul>${m.diagram.next.map((n) => html`<li><strong>${stateName(ctx, n.state)}</strong> <span class="muted">— ${n.events.map((e) => t.events[e] ?? e).join(', ')}</span></li>`)}</ul></div>` : ''}
</div>`;
}
