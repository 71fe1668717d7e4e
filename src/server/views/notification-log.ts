import { html, type SafeHtml } from '../html.js';
import type { NotificationAttempt } from '../deps.js';
import { when, type PageContext } from './page.js';

/** The delivery log: one row per attempt (channel names carry no secrets). */
export function notificationLogPage(ctx: PageContext, rows: NotificationAttempt[]): SafeHtml {
  const n = ctx.t.notify;
  return html`<h1>${n.logTitle}</h1>
<p class="muted">${n.logHelp}</p>
${rows.length === 0 ? html`<p class="muted" id="notify-log-empty">${n.none}</p>` : html`<table class="notify-log" id="notify-log"><thead><tr><th>${n.columns.at}</th><th>${n.columns.event}</th><th>${n.columns.case}</th><th>${n.columns.channel}</th><th>${n.columns.result}</th></tr></thead>
<tbody>${rows.map((r) => html`<tr data-ok="${r.ok ? '1' : '0'}" data-notification-id="${r.notificationId}"><td>${when(ctx.t, r.at)}</td><td>${r.event ?? ''}</td><td>${r.caseId ? html`<a href="/cases/${encodeURIComponent(r.caseId)}">${r.caseId}</a>` : '—'}</td><td>${r.channel}</td><td><span class="badge${r.ok ? ' ok' : ' warn'}">${r.ok ? n.ok : n.failed}</span> <span class="muted">${r.detail}</span></td></tr>`)}</tbody></table>`}`;
}
