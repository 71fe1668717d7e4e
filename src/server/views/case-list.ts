import { html, type SafeHtml } from '../html.js';
import type { CaseView } from '../../cases/case-service.js';
import { lastMail, waitingSince, waitsOn } from '../waiting.js';
import { ago, when, type PageContext } from './page.js';

function mailLine(ctx: PageContext, v: CaseView): SafeHtml {
  const { t } = ctx;
  const m = lastMail(v.timeline);
  if (!m) return html`<span class="muted">${t.list.noMail}</span>`;
  const subject = typeof m.detail?.subject === 'string' ? m.detail.subject : (t.events[m.type] ?? m.summary);
  return html`<time datetime="${m.at}" title="${when(t, m.at)}">${ago(ctx, m.at)}</time> · <span class="subject">${subject}</span>`;
}

/** One case in the list: state in plain words, who it waits on and for how long, its last mail. */
function caseCard(ctx: PageContext, v: CaseView): SafeHtml {
  const { t } = ctx;
  const on = waitsOn(v);
  const since = waitingSince(v);
  const d = t.duration(ctx.now.getTime() - new Date(since).getTime());
  const wait = on === 'support' ? t.list.waitsOnSupport(d) : on === 'you' ? t.list.waitsOnYou(d) : t.list.noWait;
  return html`<li class="case-card${v.overdue ? ' overdue' : ''}${on === 'you' ? ' on-you' : ''}" data-case-id="${v.id}" data-state="${v.state}">
<a class="case-link" href="/cases/${v.id}">
<span class="case-head"><span class="state-name">${t.states[v.state as keyof typeof t.states] ?? v.state}</span>${v.overdue ? html`<span class="badge warn">${t.list.overdue}</span>` : ''}</span>
<span class="case-accounts">${t.list.accounts(v.case.target.candidateId, v.case.source.candidateId)} · ${v.case.requester.name}</span>
<span class="case-meta"><span class="wait wait-${on ?? 'none'}">${wait}</span>
<span>${t.list.supportCase}: ${v.supportCaseId ?? html`<span class="muted">${t.list.noSupportCase}</span>`}</span></span>
<span class="case-mail">${t.list.lastMail}: ${mailLine(ctx, v)}</span>
</a>
</li>`;
}

export function caseListPage(ctx: PageContext, views: CaseView[]): SafeHtml {
  const { t } = ctx;
  return html`<div class="page-head"><h1>${t.list.title}</h1><a class="button primary" href="/cases/new">${t.nav.newCase}</a></div>
${views.length === 0 ? html`<p class="empty">${t.list.empty}</p>` : html`<ul class="case-list">${views.map((v) => caseCard(ctx, v))}</ul>`}`;
}
