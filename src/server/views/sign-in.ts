import type { PendingSignIn, SignInView } from '../../auth/sign-in-service.js';
import { html, type SafeHtml } from '../html.js';
import { when, type PageContext } from './page.js';

/** The sign-in page: each configured OAuth2 sign-in, and the one in progress (code to type, or URL to open). */
export function signInPage(ctx: PageContext, m: { signIns: SignInView[]; pending: PendingSignIn | null }): SafeHtml {
  const s = ctx.t.signIn;
  const p = m.pending;
  return html`<h1>${s.title}</h1>
<p class="muted">${s.intro}</p>
${m.signIns.length === 0 ? html`<p class="card">${s.none}</p>` : ''}
${m.signIns.map(
  (v) => html`<section class="card stack" id="sign-in-${v.key}">
<h2>${s.what[v.key]} · ${v.provider} · ${v.user}</h2>
<p><strong class="sign-in-state ${v.state}">${s.state[v.state]}</strong>${v.signedInAt ? html` <span class="muted">${s.since(when(ctx.t, v.signedInAt))}</span>` : ''}</p>
${v.refusedReason ? html`<p class="flash error">${v.refusedReason}</p>` : ''}
<form method="post" action="/sign-in"><input type="hidden" name="key" value="${v.key}"><button type="submit" class="primary">${s.start}</button></form>
</section>`,
)}
${p ? pendingCard(ctx, p) : ''}`;
}

function pendingCard(ctx: PageContext, p: PendingSignIn): SafeHtml {
  const s = ctx.t.signIn;
  const prompt = p.userCode
    ? html`<p>${s.device(p.verificationUri ?? '')}</p>
<p class="user-code"><code id="user-code">${p.userCode}</code></p>
<p><a class="button" href="${p.verificationUriComplete ?? p.verificationUri ?? '#'}" target="_blank" rel="noopener noreferrer">${s.openLink}</a></p>`
    : p.authorizationUrl
      ? html`<p>${s.browser}</p><p><a class="button" href="${p.authorizationUrl}" target="_blank" rel="noopener noreferrer">${s.openLink}</a></p>`
      : '';
  return html`<section class="card stack" id="sign-in-pending" data-outcome="${p.outcome}">
${p.outcome === 'waiting' ? html`${prompt}<p class="muted" role="status">${s.waiting}</p>` : ''}
${p.outcome === 'done' ? html`<p class="flash ok" role="status">${s.done}</p>` : ''}
${p.outcome === 'failed' ? html`<p class="flash error" role="alert">${s.failed} ${p.error ?? ''}</p>` : ''}
</section>`;
}
