import { html, type SafeHtml } from '../html.js';
import type { UnsortedMail } from '../deps.js';
import { reasonText } from '../i18n/reasons.js';
import { when, type PageContext } from './page.js';

/** Mail that moved no case, each with "belongs to case …" and "ignore": nothing stays only in the log. */
export function unsortedPage(ctx: PageContext, mail: UnsortedMail[], cases: { id: string; label: string }[]): SafeHtml {
  const r = ctx.t.review;
  return html`<h1>${r.unsortedTitle}</h1>
<p class="muted">${r.unsortedIntro}</p>
${mail.length === 0 ? html`<p class="card" data-unsorted-empty>${r.unsortedEmpty}</p>` : ''}
<ul class="unsorted-list">${mail.map((m) => {
    const enc = encodeURIComponent(m.messageId);
    return html`<li class="card" data-unsorted-message="${m.messageId}">
<div><span class="badge warn">${r.unsortedWhy[m.why]}</span> <time datetime="${m.at}">${when(ctx.t, m.at)}</time></div>
${m.reason ? html`<div class="muted" data-unsorted-reason>${reasonText(ctx.t.lang, m.reason)}</div>${ctx.t.lang === 'en' ? '' : html`<details class="folded"><summary>${r.reasonOriginal}</summary><div class="muted" data-unsorted-reason-original>${m.reason}</div></details>`}` : ''}
<div class="mail-subject">${m.subject ?? ''}</div>
<div class="muted">${m.from ?? ''}${m.kind ? html` · ${ctx.t.mailKinds[m.kind as keyof typeof ctx.t.mailKinds] ?? m.kind}` : ''}</div>
<div class="row">
<form method="post" action="/unsorted/${enc}/assign" class="inline"><label>${r.belongsTo} <select name="caseId" required><option value="" selected disabled>${r.choose}</option>${cases.map((c) => html`<option value="${c.id}">${c.label}</option>`)}</select></label> <button type="submit" data-unsorted="assign">${r.assign}</button></form>
<form method="post" action="/unsorted/${enc}/ignore" class="inline"><button type="submit" data-unsorted="ignore">${r.ignore}</button></form>
</div></li>`;
  })}</ul>`;
}
