import { html, type SafeHtml } from '../html.js';
import type { Dict } from '../i18n/en.js';
import type { SourceStatus } from '../../mail/source-types.js';
import { mailProblem, signInRefusal } from '../i18n/mail-problem.js';

/** What every page knows about the request. */
export interface PageContext {
  t: Dict;
  /** The path (without query) the language links point back to. */
  path: string;
  /** Query parameters the language link keeps (e.g. `page=2`), already encoded; empty for none. */
  search?: string;
  now: Date;
  mail: SourceStatus;
  /** Show "log out" (a token is configured and the browser has a session). */
  canLogout: boolean;
  flash: { kind: 'ok' | 'error'; text: string } | null;
  /** Cases waiting on the user: shown in the tab title, e.g. "(2) certmerge". */
  yourTurn?: number;
  /** The change mark the page was rendered at (its live updates start from there). */
  mark?: string;
}

// Making an Intl.DateTimeFormat costs some 0.1 ms; a timeline formats dozens of dates.
const formats = new Map<string, Intl.DateTimeFormat>();

/** A date and time in the page's language. */
export function when(t: Dict, iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  let f = formats.get(t.locale);
  if (!f) formats.set(t.locale, (f = new Intl.DateTimeFormat(t.locale, { dateStyle: 'medium', timeStyle: 'short' })));
  return f.format(d);
}

/** "3 hours ago" in the page's language. */
export function ago(ctx: Pick<PageContext, 't' | 'now'>, iso: string): string {
  return ctx.t.ago(ctx.t.duration(ctx.now.getTime() - new Date(iso).getTime()));
}

/** The header strip: is the mailbox watched, when it last synced, how far a sync is, the last problem. */
export function mailStatusStrip(ctx: PageContext): SafeHtml {
  const { t, mail } = ctx;
  const m = t.mail;
  const ok = mail.connected && !mail.downSince;
  return html`<div id="mail-status" class="mail-status ${ok ? 'ok' : 'down'}" role="status">
<span class="dot" aria-hidden="true"></span>
<strong>${ok ? m.connected : m.disconnected}</strong>
<span class="muted">(${m.kind[mail.kind] ?? mail.kind})</span>
<span>${mail.lastSyncAt ? html`<time datetime="${mail.lastSyncAt}" title="${when(t, mail.lastSyncAt)}">${m.lastSync(ago(ctx, mail.lastSyncAt))}</time>` : m.neverSynced}</span>
${mail.downSince ? html`<span>${m.downFor(t.duration(ctx.now.getTime() - new Date(mail.downSince).getTime()))}</span>` : ''}
${mail.progress ? html`<span class="progress">${m.progress(mail.progress.done, mail.progress.total)} <progress max="${mail.progress.total}" value="${mail.progress.done}"></progress></span>` : ''}
${mail.lastError && !mail.signInRefused ? html`<span class="error-text">${m.lastError} ${mailProblem(t, mail.lastError)}</span>` : ''}
${mail.signInRefused ? html`<p class="flash error sign-in-refused" role="alert"><strong>${t.signIn.refusedBanner}</strong> ${signInRefusal(t, mail.signInRefused)} <a class="button small" href="/sign-in">${t.signIn.signInAgain}</a></p>` : ''}
</div>`;
}

/** The whole HTML document around a page's main content. */
export function page(ctx: PageContext, opts: { title: string; live: boolean; main: SafeHtml; wide?: boolean }): SafeHtml {
  const { t } = ctx;
  const other = t.lang === 'ja' ? { lang: 'en', label: 'English' } : { lang: 'ja', label: '日本語' };
  return html`<!doctype html>
<html lang="${t.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${ctx.yourTurn ? `(${ctx.yourTurn}) ` : ''}${opts.title} · ${t.appName}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/app.css">
<script src="/assets/app.js" defer></script>
</head>
<body data-live="${opts.live ? '1' : '0'}"${opts.live && ctx.mark !== undefined ? html` data-mark="${ctx.mark}"` : ''} data-your-turn="${String(ctx.yourTurn ?? 0)}" data-notify-title="${t.notify.browserTitle}" data-notify-body="${t.notify.browserBody}">
<a class="skip-link" href="#main">${t.review.skip}</a>
<header class="top">
<a class="brand" href="/">${t.appName}<span class="tagline">${t.tagline}</span></a>
<nav>
<a href="/">${t.nav.cases}</a>
<a href="/unsorted">${t.nav.unsorted}</a>
<a href="/notifications">${t.notify.navLog}</a>
<button type="button" class="link" id="notify-permission" hidden>${t.notify.enable}</button>
<a class="button small" href="/cases/new">${t.nav.newCase}</a>
<a href="/sign-in">${t.signIn.nav}</a>
<a class="lang" href="${ctx.path}?${ctx.search ? `${ctx.search}&` : ''}lang=${other.lang}" hreflang="${other.lang}" lang="${other.lang}" title="${t.nav.language}">${other.label}</a>
${ctx.canLogout ? html`<form method="post" action="/logout" class="inline"><button class="link" type="submit">${t.nav.logout}</button></form>` : ''}
</nav>
</header>
${mailStatusStrip(ctx)}
<div id="live-announce" class="sr-only" aria-live="polite" data-updated="${t.review.updated}"></div>
<main id="main" class="${opts.wide ? 'wide' : ''}" tabindex="-1">
${ctx.flash ? html`<p class="flash ${ctx.flash.kind}" role="${ctx.flash.kind === 'error' ? 'alert' : 'status'}">${ctx.flash.text}</p>` : ''}
${opts.main}
</main>
</body>
</html>`;
}
