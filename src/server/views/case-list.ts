import { html, type SafeHtml } from '../html.js';
import type { CaseSummary, CaseView, TimelineEntry } from '../../cases/case-view.js';
import type { LifecycleTag } from '../../machines/lifecycle.js';
import { lastMail, waitingSince, waitsOn } from '../waiting.js';
import { ago, when, type PageContext } from './page.js';

/** What one card of the case list shows; built from a case summary (the page) or a full view (the tests compare the two). */
export interface CaseCard {
  id: string;
  state: string;
  statePath: string;
  tags: LifecycleTag[];
  overdue: boolean;
  supportCaseId: string | null;
  targetCandidateId: string;
  sourceCandidateId: string;
  targetLoginEmail: string;
  sourceLoginEmail: string;
  createdAt: string;
  requesterName: string;
  /** When the current wait began (see waitingSince). */
  waitingSince: string;
  lastMail: Pick<TimelineEntry, 'at' | 'type' | 'summary' | 'detail'> | null;
}

export function cardFromSummary(s: CaseSummary, since: string): CaseCard {
  return {
    id: s.id,
    state: s.state,
    statePath: s.statePath,
    tags: s.tags,
    overdue: s.overdue,
    supportCaseId: s.supportCaseId,
    targetCandidateId: s.targetCandidateId,
    sourceCandidateId: s.sourceCandidateId,
    targetLoginEmail: s.targetLoginEmail,
    sourceLoginEmail: s.sourceLoginEmail,
    createdAt: s.createdAt,
    requesterName: s.requesterName,
    waitingSince: since,
    lastMail: s.lastMail,
  };
}

export function cardFromView(v: CaseView): CaseCard {
  return {
    id: v.id,
    state: v.state,
    statePath: v.statePath,
    tags: v.tags,
    overdue: v.overdue,
    supportCaseId: v.supportCaseId,
    targetCandidateId: v.case.target.candidateId,
    sourceCandidateId: v.case.source.candidateId,
    targetLoginEmail: v.case.target.loginEmail,
    sourceLoginEmail: v.case.source.loginEmail,
    createdAt: v.createdAt,
    requesterName: v.case.requester.name,
    waitingSince: waitingSince(v),
    lastMail: lastMail(v.timeline),
  };
}

/** One page of the list: which one, of how many, and the cases on it. */
export interface CaseListModel {
  cards: CaseCard[];
  /** 1-based. */
  page: number;
  pages: number;
  perPage: number;
  total: number;
}

function mailLine(ctx: PageContext, m: CaseCard['lastMail']): SafeHtml {
  const { t } = ctx;
  if (!m) return html`<span class="muted">${t.list.noMail}</span>`;
  const subject = typeof m.detail?.subject === 'string' ? m.detail.subject : (t.events[m.type] ?? m.summary);
  return html`<time datetime="${m.at}" title="${when(t, m.at)}">${ago(ctx, m.at)}</time> · <span class="subject">${subject}</span>`;
}

/** One case in the list: state in plain words, who it waits on and for how long, its last mail. */
export function caseCard(ctx: PageContext, v: CaseCard): SafeHtml {
  const { t } = ctx;
  const on = waitsOn(v);
  const d = t.duration(ctx.now.getTime() - new Date(v.waitingSince).getTime());
  const wait = on === 'support' ? t.list.waitsOnSupport(d) : on === 'you' ? t.list.waitsOnYou(d) : t.list.noWait;
  return html`<li class="case-card${v.overdue ? ' overdue' : ''}${on === 'you' ? ' on-you' : ''}" data-case-id="${v.id}" data-state="${v.state}">
<a class="case-link" href="/cases/${v.id}">
<span class="case-head"><span class="state-name">${t.states[v.state as keyof typeof t.states] ?? v.state}</span>${v.overdue ? html`<span class="badge warn">${t.list.overdue}</span>` : ''}</span>
<span class="case-accounts">${t.list.accounts(v.targetCandidateId, v.sourceCandidateId)} · ${v.requesterName}</span>
<span class="case-emails">${t.list.accounts(v.targetLoginEmail, v.sourceLoginEmail)}</span>
<span class="case-id muted"><span data-case-id-text>${v.id}</span> · <time datetime="${v.createdAt}">${t.manage.created(when(t, v.createdAt))}</time></span>
<span class="case-meta"><span class="wait wait-${on ?? 'none'}">${wait}</span>
<span>${t.list.supportCase}${t.colon}${v.supportCaseId ?? html`<span class="muted">${t.list.noSupportCase}</span>`}</span></span>
<span class="case-mail">${t.list.lastMail}${t.colon}${mailLine(ctx, v.lastMail)}</span>
</a>
</li>`;
}

const pageHref = (n: number) => (n <= 1 ? '/' : `/?page=${n}`);

/** Previous / next and the page numbers around this one (the first and last always), in the page's language. */
function pager(ctx: PageContext, m: CaseListModel): SafeHtml {
  const p = ctx.t.list.pager;
  const around = new Set([1, m.pages, m.page - 2, m.page - 1, m.page, m.page + 1, m.page + 2].filter((n) => n >= 1 && n <= m.pages));
  const numbers = [...around].sort((a, b) => a - b);
  const items: SafeHtml[] = [];
  numbers.forEach((n, i) => {
    if (i > 0 && n - numbers[i - 1]! > 1) items.push(html`<li class="gap" aria-hidden="true">…</li>`);
    items.push(
      n === m.page
        ? html`<li><span class="page-number current" aria-current="page" aria-label="${p.page(n)}">${n}</span></li>`
        : html`<li><a class="page-number" href="${pageHref(n)}" aria-label="${p.page(n)}">${n}</a></li>`,
    );
  });
  return html`<nav class="pager" aria-label="${p.label}">
${m.page > 1 ? html`<a class="button small" rel="prev" href="${pageHref(m.page - 1)}">${p.prev}</a>` : html`<span class="button small disabled" aria-disabled="true">${p.prev}</span>`}
<ol class="page-numbers">${items}</ol>
${m.page < m.pages ? html`<a class="button small" rel="next" href="${pageHref(m.page + 1)}">${p.next}</a>` : html`<span class="button small disabled" aria-disabled="true">${p.next}</span>`}
</nav>`;
}

export function caseListPage(ctx: PageContext, m: CaseListModel): SafeHtml {
  const { t } = ctx;
  const first = (m.page - 1) * m.perPage + 1;
  const last = first + m.cards.length - 1;
  const paged = m.pages > 1;
  return html`<div class="page-head"><h1>${t.list.title}</h1><a class="button primary" href="/cases/new">${t.nav.newCase}</a></div>
${
  m.total === 0
    ? html`<p class="empty">${t.list.empty}</p>`
    : html`${paged ? html`<p class="list-range muted">${t.list.pager.range(first, last, m.total)}</p>` : ''}
<ul class="case-list">${m.cards.map((v) => caseCard(ctx, v))}</ul>
${paged ? pager(ctx, m) : ''}`
}`;
}
