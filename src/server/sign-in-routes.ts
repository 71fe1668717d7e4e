import { Router } from 'express';
import { AppError } from '../errors.js';
import type { DashboardDeps } from './deps.js';
import { pageContext } from './pages.js';
import { page } from './views/page.js';
import { signInPage } from './views/sign-in.js';

/** GET /sign-in shows the mailbox sign-ins; POST /sign-in starts one (key: imap | smtp). */
export function signInRouter(deps: DashboardDeps): Router {
  const r = Router();
  r.get('/sign-in', (req, res) => {
    const ctx = pageContext(deps, req, res);
    const signIns = deps.signIn?.list() ?? [];
    const pending = deps.signIn?.pending() ?? null;
    res.status(200).type('html').setHeader('Cache-Control', 'no-store');
    // Live: the mail status changes once the new sign-in connects, and the page follows.
    res.send(page(ctx, { title: ctx.t.signIn.title, live: true, main: signInPage(ctx, { signIns, pending }) }).toString());
  });
  r.post('/sign-in', async (req, res) => {
    const key = (req.body as { key?: unknown } | undefined)?.key;
    if (key !== 'imap' && key !== 'smtp') throw new AppError('BAD_INPUT', 'key: expected imap or smtp');
    if (!deps.signIn || !deps.signIn.list().some((s) => s.key === key)) throw new AppError('NOT_FOUND', `no OAuth2 sign-in is configured for ${key} (mail.${key}.auth)`);
    await deps.signIn.start(key);
    res.redirect(303, '/sign-in#sign-in-pending');
  });
  return r;
}
