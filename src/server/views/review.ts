import { html, type SafeHtml } from '../html.js';
import type { DraftView } from '../../replies/draft-view.js';
import type { ParsedMessage } from '../../mail/parse/parsed-message.js';
import { when, type PageContext } from './page.js';

const caseHref = (id: string) => `/cases/${encodeURIComponent(id)}`;

/**
 * The second look before a mail goes out: exactly what goes where (To, Subject, the text) and a
 * second button that sends it. A plain form, so it works without script. With blanks left or no
 * SMTP configured there is no send button, only what to do instead.
 */
export function sendReviewPage(ctx: PageContext, d: DraftView, opts: { blanks: number; canSend: boolean }): SafeHtml {
  const { t } = ctx;
  const r = t.review;
  const c = t.casePage;
  const back = `${caseHref(d.caseId)}#draft-${d.id}`;
  const open = d.status === 'drafted' || d.status === 'failed';
  return html`<h1>${r.sendTitle}</h1>
<section class="card review" id="review" data-draft-id="${d.id}">
<p>${r.sendIntro}</p>
${d.kind === 'confirmation' ? html`<p class="attention" role="note"><strong>${r.mergeWarning}</strong></p>` : ''}
<dl class="review-meta">
<dt>${c.to}</dt><dd data-review="to">${d.to}</dd>
<dt>${c.subject}</dt><dd data-review="subject">${d.subject}</dd>
</dl>
<pre class="draft-text" data-review="text">${d.text}</pre>
${!open ? html`<p class="flash error" role="alert">${c.draftStatus[d.status] ?? d.status}</p>` : ''}
${open && opts.blanks ? html`<p class="flash error" role="alert" data-blanks="${opts.blanks}">${r.blanks(opts.blanks)}</p>` : ''}
${open && !opts.canSend ? html`<p class="notice" data-no-smtp>${r.noSmtp}</p>` : ''}
<div class="row">
${open && !opts.blanks && opts.canSend ? html`<form method="post" action="/drafts/${encodeURIComponent(d.id)}/send" class="inline"><input type="hidden" name="confirmed" value="yes"><button type="submit" class="primary" data-confirm-send="${d.id}">${r.sendNow}</button></form>` : ''}
<a class="button" href="${back}">${r.backNoSend}</a>
</div>
</section>`;
}

/** Cancelling a case asks first; nothing is sent either way. */
export function cancelReviewPage(ctx: PageContext, caseId: string, reason: string | undefined): SafeHtml {
  const r = ctx.t.review;
  return html`<h1>${r.cancelTitle}</h1>
<section class="card review" id="review">
<p>${r.cancelIntro}</p>
<div class="row">
<form method="post" action="${caseHref(caseId)}/events" class="inline"><input type="hidden" name="type" value="cancel"><input type="hidden" name="confirmed" value="yes">${reason ? html`<input type="hidden" name="reason" value="${reason}">` : ''}<button type="submit" class="danger" data-confirm-cancel>${r.cancelNow}</button></form>
<a class="button" href="${caseHref(caseId)}#next-step">${r.backNoCancel}</a>
</div>
</section>`;
}

/** A stored message decoded for reading: headers and text; its HTML only as escaped text; the source one click further. */
export function decodedMessagePage(ctx: PageContext, caseId: string, messageId: string, m: ParsedMessage): SafeHtml {
  const r = ctx.t.review;
  const c = ctx.t.casePage;
  const addr = (a: { name: string; address: string }) => (a.name ? `${a.name} <${a.address}>` : a.address);
  const source = `/cases/${encodeURIComponent(caseId)}/messages/${encodeURIComponent(messageId)}/raw`;
  return html`<h1>${r.messageTitle}</h1>
<section class="card" id="message">
<dl class="review-meta">
<dt>${c.from}</dt><dd>${m.from ? addr(m.from) : ''}</dd>
<dt>${c.to}</dt><dd>${m.to.map(addr).join(', ')}</dd>
<dt>${c.subject}</dt><dd data-decoded="subject">${m.subject}</dd>
<dt>${r.date}</dt><dd>${m.date ? when(ctx.t, m.date.toISOString()) : ''}</dd>
</dl>
${m.problems.length ? html`<details class="folded"><summary>${c.problems} (${m.problems.length})</summary><ul>${m.problems.map((p) => html`<li>${p}</li>`)}</ul></details>` : ''}
<pre class="mail-text" data-decoded="text">${m.text}</pre>
${m.html ? html`<details class="folded"><summary>${r.htmlAsText}</summary><pre class="mail-text">${m.html}</pre></details>` : ''}
<p><a href="${source}" data-source-link>${r.showSource}</a> · <a href="/cases/${encodeURIComponent(caseId)}#timeline">${r.backToCase}</a></p>
</section>`;
}
