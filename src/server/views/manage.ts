import { html, type SafeHtml } from '../html.js';
import type { FormValues } from '../case-form.js';
import type { PageContext } from './page.js';

const caseHref = (id: string) => `/cases/${encodeURIComponent(id)}`;

/**
 * The second look before a case's details are replaced: what changes, old and new, and a second button
 * that posts the same fields again with `confirmed=yes`. A plain form, so it works without script.
 */
export function confirmEditPage(ctx: PageContext, caseId: string, values: FormValues, changes: { field: string; before: string; after: string }[]): SafeHtml {
  const g = ctx.t.manage;
  return html`<h1>${g.confirmEditTitle}</h1>
<section class="card review" id="review" data-case-id="${caseId}">
<p>${g.confirmEditIntro}</p>
<h2>${g.changed}</h2>
${changes.length
    ? html`<table class="changes"><tbody>${changes.map((c) => html`<tr data-change="${c.field}"><th scope="row"><code>${c.field}</code></th><td><del>${c.before || '—'}</del></td><td><ins>${c.after || '—'}</ins></td></tr>`)}</tbody></table>`
    : html`<p class="muted" data-no-changes>${g.noChanges}</p>`}
<div class="row">
<form method="post" action="${caseHref(caseId)}/edit" class="inline">${Object.entries(values)
    .filter(([k]) => k !== 'action' && k !== 'confirmed')
    .map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}">`)}<input type="hidden" name="confirmed" value="yes"><button type="submit" name="action" value="save" class="primary" data-confirm-edit>${g.saveNow}</button></form>
<a class="button" href="${caseHref(caseId)}">${g.backNoSave}</a>
</div>
</section>`;
}

/** Deleting a case asks first; nothing is sent to support either way. */
export function confirmDeletePage(ctx: PageContext, c: { id: string; label: string }): SafeHtml {
  const g = ctx.t.manage;
  return html`<h1>${g.deleteTitle}</h1>
<section class="card review" id="review" data-case-id="${c.id}">
<p><strong>${c.id}</strong> · ${c.label}</p>
<p>${g.deleteIntro}</p>
<div class="row">
<form method="post" action="${caseHref(c.id)}/delete" class="inline"><input type="hidden" name="confirmed" value="yes"><button type="submit" class="danger" data-confirm-delete>${g.deleteNow}</button></form>
<a class="button" href="${caseHref(c.id)}">${g.backNoDelete}</a>
</div>
</section>`;
}
