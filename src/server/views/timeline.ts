import { html, type SafeHtml } from '../html.js';
import type { TimelineEntry } from '../../cases/case-view.js';
import { MAIL_KINDS } from '../../mail/kinds.js';
import { when, type PageContext } from './page.js';
import { reasonJa, reasonText } from '../i18n/reasons.js';

/** The fields the mail pipeline puts in a mail entry's `detail`; anything else is ignored. */
interface MailDetail {
  from?: string;
  fromName?: string;
  subject?: string;
  kind?: string;
  reasons: string[];
  trusted?: boolean;
  trustReasons: string[];
  newText?: string;
  language?: string;
  autoReply?: boolean;
  problems: string[];
}

const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
const strs = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

function mailDetail(d: Record<string, unknown> | undefined): MailDetail {
  return {
    from: str(d?.from),
    fromName: str(d?.fromName),
    subject: str(d?.subject),
    kind: str(d?.kind),
    reasons: strs(d?.reasons),
    trusted: typeof d?.trusted === 'boolean' ? d.trusted : undefined,
    trustReasons: strs(d?.trustReasons),
    newText: str(d?.newText),
    language: str(d?.language),
    autoReply: d?.autoReply === true,
    problems: strs(d?.problems),
  };
}

/** `<raw message id>` as a URL path segment. */
export function rawHref(caseId: string, messageId: string): string {
  return `/cases/${encodeURIComponent(caseId)}/messages/${encodeURIComponent(messageId)}/raw`;
}

function reclassifyForm(ctx: PageContext, caseId: string, messageId: string, current: string | undefined): SafeHtml {
  const { t } = ctx;
  const action = `/cases/${encodeURIComponent(caseId)}/messages/${encodeURIComponent(messageId)}/reclassify`;
  return html`<details class="correct"><summary>${t.casePage.reclassifyButton}</summary>
<form method="post" action="${action}" class="row">
<label>${t.casePage.reclassify}
<select name="kind" required><option value="" selected disabled>${t.review.choose}</option>${MAIL_KINDS.filter((k) => k !== current).map((k) => html`<option value="${k}">${t.mailKinds[k]} (${k})</option>`)}</select></label>
<button type="submit">${t.casePage.reclassifyButton}</button>
</form></details>`;
}

/** One click for a receipt certmerge could not tie to one case (POST /cases/:id/bind). */
function bindForm(ctx: PageContext, caseId: string, messageId: string): SafeHtml {
  return html`<form method="post" action="/cases/${encodeURIComponent(caseId)}/bind" class="row"><input type="hidden" name="messageId" value="${messageId}"><button type="submit">${ctx.t.casePage.bindReceiptButton}</button></form>`;
}

function mailEntry(ctx: PageContext, caseId: string, e: TimelineEntry): SafeHtml {
  const { t } = ctx;
  const c = t.casePage;
  const d = mailDetail(e.detail);
  const sender = d.fromName && d.from ? `${d.fromName} <${d.from}>` : (d.fromName ?? d.from ?? '');
  const kindLabel = d.kind ? (t.mailKinds[d.kind as keyof typeof t.mailKinds] ?? d.kind) : null;
  return html`<div class="mail-meta">
${d.subject ? html`<div class="mail-subject">${d.subject}</div>` : ''}
${sender ? html`<div><span class="muted">${c.from}:</span> <span class="sender">${sender}</span></div>` : ''}
<div class="badges">
${d.trusted === true ? html`<span class="badge ok">✓ ${c.verified}</span>` : d.trusted === false ? html`<span class="badge warn">${c.notVerified}</span>` : ''}
${kindLabel ? html`<span class="badge">${kindLabel}</span>` : ''}
${d.autoReply ? html`<span class="badge">${c.autoReply}</span>` : ''}
${d.language ? html`<span class="badge muted">${d.language}</span>` : ''}
</div>
</div>
${d.reasons.length || d.trustReasons.length ? html`<details class="why folded"><summary>${c.why} (${d.reasons.length + d.trustReasons.length})</summary><ul>${[...d.reasons, ...d.trustReasons].map((r) => html`<li>${reasonText(ctx.t.lang, r)}</li>`)}</ul></details>` : ''}
${d.problems.length ? html`<details class="why folded"><summary>${c.problems} (${d.problems.length})</summary><ul>${d.problems.map((r) => html`<li>${r}</li>`)}</ul></details>` : ''}
${d.newText ? html`<pre class="mail-text">${d.newText}</pre>` : ''}
${e.messageId ? html`<div class="entry-actions"><a href="${rawHref(caseId, e.messageId).replace(/\/raw$/, '')}" target="_blank" rel="noopener noreferrer">${c.raw}</a>${e.type === 'receipt-pending' ? bindForm(ctx, caseId, e.messageId) : ''}${reclassifyForm(ctx, caseId, e.messageId, d.kind)}</div>` : ''}`;
}

/** Every entry of the case's history, newest first; mail shown as text only. */
export function timeline(ctx: PageContext, caseId: string, entries: TimelineEntry[]): SafeHtml {
  const { t } = ctx;
  const items = [...entries].reverse().map((e) => {
    const label = t.events[e.type] ?? e.type;
    const ignored = e.outcome === 'ignored';
    const reason = str(e.detail?.reason);
    const supportCaseId = str(e.detail?.supportCaseId);
    return html`<li class="entry source-${e.source}${ignored ? ' ignored' : ''}" data-type="${e.type}">
<div class="entry-head">
<time datetime="${e.at}">${when(t, e.at)}</time>
<span class="badge source">${t.sources[e.source] ?? e.source}</span>
${ignored ? html`<span class="badge warn">${t.casePage.ignored}</span>` : ''}
</div>
<div class="entry-title"><strong>${label}</strong>${supportCaseId ? html` · #${supportCaseId}` : ''}</div>
${ignored || !(e.type in t.events) || (t.lang === 'en' && e.summary !== label) ? html`<div class="summary${ignored ? ' ignored-why' : ''}">${e.summary}</div>` : ''}
${reason ? html`<div class="summary">${t.lang === 'ja' ? (reasonJa(reason) ?? reason) : reason}</div>` : ''}
${e.source === 'mail' ? mailEntry(ctx, caseId, e) : ''}
</li>`;
  });
  return html`<ol class="timeline">${items}</ol>`;
}
