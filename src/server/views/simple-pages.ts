import { html, type SafeHtml } from '../html.js';
import type { Dict } from '../i18n/en.js';

/** The token form; the only page shown before logging in (so it carries no mail status). */
export function loginPage(t: Dict, next: string, wrong: boolean): SafeHtml {
  const other = t.lang === 'ja' ? { lang: 'en', label: 'English' } : { lang: 'ja', label: '日本語' };
  return html`<!doctype html>
<html lang="${t.lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.login.title} · ${t.appName}</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/assets/app.css"></head>
<body data-live="0">
<header class="top"><span class="brand">${t.appName}<span class="tagline">${t.tagline}</span></span><nav><a class="lang" href="/login?lang=${other.lang}&amp;next=${encodeURIComponent(next)}">${other.label}</a></nav></header>
<main id="main" class="narrow">
<h1>${t.login.title}</h1>
${wrong ? html`<p class="flash error" role="alert">${t.login.wrong}</p>` : ''}
<form method="post" action="/login" class="card stack">
<input type="hidden" name="next" value="${next}">
<label>${t.login.token}<input type="password" name="token" autocomplete="current-password" required autofocus></label>
<div><button type="submit" class="primary">${t.login.submit}</button></div>
</form>
</main>
</body></html>`;
}

/** An error as a page, for browser requests. */
export function errorMain(t: Dict, status: number, message: string): SafeHtml {
  return html`<h1>${status === 404 ? t.errors.notFound : t.errors.title}</h1>
<p class="flash error">${message}</p>
<p><a href="/">${t.errors.back}</a></p>`;
}
