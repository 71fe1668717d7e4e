import { notificationLogPage } from './views/notification-log.js';
import { Router, type Request, type Response } from 'express';
import { AppError, httpStatusFor, ReceiptRefused } from '../errors.js';
import { eligibility } from '../cases/eligibility.js';
import { supportFormText } from '../cases/support-form-text.js';
import { HAND_APPLIED_EVENT_TYPES, userEvent } from '../cases/user-event.js';
import { lifecycleMachine } from '../machines/lifecycle.js';
import { applyHandEvent, reclassify, requireDraft } from './api.js';
import { caseDataToForm, formValues, swapAccounts, validateForm, formToCaseData, type FormValues } from './case-form.js';
import type { CaseFile } from '../cases/case-file.js';
import { confirmDeletePage, confirmEditPage } from './views/manage.js';
import type { DashboardDeps } from './deps.js';
import { lifecycleDiagram, machineLayout } from './diagram/lifecycle-diagram.js';
import { dict, LANG_COOKIE, requestLang } from './i18n/index.js';
import type { Dict } from './i18n/en.js';
import { nextStep } from './next-step.js';
import { cookie, parseCookies } from './security.js';
import { topStatesOf, waitingSinceFromHistory } from './waiting.js';
import { cardFromSummary, caseListPage } from './views/case-list.js';
import { casePage, TIMELINE_NEWEST } from './views/case-page.js';
import { newCasePage } from './views/new-case.js';
import { unsortedPage } from './views/unsorted.js';
import { cancelReviewPage, decodedMessagePage, sendReviewPage } from './views/review.js';
import { parseMessage } from '../mail/parse/parse-message.js';
import { blanksIn } from '../mail/drafts/texts/blocks.js';
import { page, type PageContext } from './views/page.js';
import type { SafeHtml } from './html.js';

const FLASH_COOKIE = 'cm_flash';

const langCookie = (lang: string, secure: boolean) => cookie(LANG_COOKIE, lang, { maxAge: 365 * 86400, secure, httpOnly: false });

/** The page context for this request: language (and its cookie), mail status, a one-time flash message. */
export function pageContext(deps: DashboardDeps, req: Request, res: Response, over: Partial<Pick<PageContext, 't' | 'now' | 'mail' | 'search'>> = {}): PageContext {
  const { lang, fromQuery } = requestLang(req);
  const secure = req.secure;
  if (fromQuery) res.append('Set-Cookie', langCookie(lang, secure));
  let flash: PageContext['flash'] = null;
  const raw = parseCookies(req.headers.cookie)[FLASH_COOKIE];
  if (raw) {
    try {
      const f = JSON.parse(raw) as { k?: unknown; m?: unknown };
      if ((f.k === 'ok' || f.k === 'error') && typeof f.m === 'string') flash = { kind: f.k, text: f.m.slice(0, 1000) };
    } catch {
      // A broken flash cookie is simply dropped.
    }
    res.append('Set-Cookie', cookie(FLASH_COOKIE, '', { maxAge: 0, secure }));
  }
  return {
    t: over.t ?? dict(lang),
    path: req.path,
    search: over.search ?? '',
    now: over.now ?? deps.clock.now(),
    mail: over.mail ?? deps.mailStatus(),
    canLogout: canLogout(deps, res.locals.auth),
    flash,
    yourTurn: deps.yourTurn?.() ?? 0,
    mark: typeof res.locals.mark === 'string' ? res.locals.mark : undefined,
  };
}


/** The case list's page number (`?page=N`, 1-based; anything else is the first page) and the query its language link keeps. */
function listPageOf(query: Request['query']): { page: number; search: string } {
  const q = query.page;
  const page = typeof q === 'string' && /^\d{1,6}$/.test(q) ? Math.max(1, Number(q)) : 1;
  return { page, search: page > 1 ? `page=${page}` : '' };
}

const stateLabel = (t: Dict) => (s: string) => t.states[s as keyof typeof t.states] ?? s;

/** Checks that the build-time layout of the lifecycle diagram fits the machine in every language (fails at start-up, not on a page). */
export function checkDiagrams(): void {
  for (const lang of ['ja', 'en'] as const) machineLayout(lifecycleMachine, lang);
}

const canLogout = (deps: DashboardDeps, auth: unknown) => Boolean(deps.config.dashboard.token) && auth === 'cookie';

const PER_PAGE = 50;

/** Redirects after a form POST, carrying a message to show once. */
function redirectWith(req: Request, res: Response, to: string, kind: 'ok' | 'error', text: string): void {
  res.append('Set-Cookie', cookie(FLASH_COOKIE, JSON.stringify({ k: kind, m: text }), { maxAge: 60, secure: req.secure }));
  res.redirect(303, to);
}

function send(res: Response, body: SafeHtml, status = 200): void {
  res.status(status).type('html').setHeader('Cache-Control', 'no-store');
  res.send(body.toString());
}

/**
 * A refusal in the page's language. Error messages are written in English (they are also the CLI's
 * and the log's); a Japanese page says what happened in Japanese and keeps the technical words in
 * parentheses for a search or a bug report.
 */
export function failureText(t: ReturnType<typeof dict>, err: AppError): string {
  if (err instanceof ReceiptRefused) return t.review.receiptRefused[err.reason] ?? err.message;
  if (t.lang === 'en') return t.flash.failed(err.message);
  return `${t.review.byCode[err.code] ?? t.review.byCode.CONFLICT}（${t.review.details}：${err.message}）`;
}

/** Runs a form action; a refusal the user can act on comes back as a message on the case page. */
async function formAction(req: Request, res: Response, deps: DashboardDeps, back: () => string, run: () => Promise<string> | string, failedBack?: string): Promise<void> {
  const t = dict(requestLang(req).lang);
  try {
    const message = await run();
    redirectWith(req, res, back(), 'ok', message);
  } catch (err) {
    const to = failedBack ?? back();
    if (err instanceof AppError && err.code !== 'NOT_FOUND' && httpStatusFor(err) < 500) return redirectWith(req, res, to, 'error', failureText(t, err));
    if (err instanceof AppError && (err.code === 'SEND_FAILED' || err.code === 'MAIL_SOURCE')) return redirectWith(req, res, to, 'error', failureText(t, err));
    throw err;
  }
}

const caseHref = (id: string) => `/cases/${encodeURIComponent(id)}`;

/** The HTML pages and their form actions. */
export function pageRouter(deps: DashboardDeps): Router {
  const r = Router();

  // The case list, a page at a time, from the summary query: no snapshot restored, no event log read whole.
  r.get('/', (req, res) => {
    const { page: asked, search } = listPageOf(req.query);
    const ctx = pageContext(deps, req, res, { search });
    let n = asked;
    let { total, items } = deps.cases.summaries({ limit: PER_PAGE, offset: (n - 1) * PER_PAGE });
    const pages = Math.max(1, Math.ceil(total / PER_PAGE));
    if (n > pages) {
      // Past the end (cases were closed meanwhile, or a hand-typed number): the last page.
      n = pages;
      ({ total, items } = deps.cases.summaries({ limit: PER_PAGE, offset: (n - 1) * PER_PAGE }));
    }
    const cards = items.map((s) => cardFromSummary(s, waitingSinceFromHistory(s, deps.cases.history(s.id))));
    send(res, page(ctx, { title: ctx.t.list.title, live: true, main: caseListPage(ctx, { cards, page: n, pages, perPage: PER_PAGE, total }) }));
  });

  r.get('/cases/new', (req, res) => {
    const ctx = pageContext(deps, req, res);
    send(res, page(ctx, { title: ctx.t.newCase.title, live: false, main: newCasePage(ctx, { values: {}, errors: [], verdict: null }) }));
  });

  r.post('/cases/new', (req, res) => {
    const ctx = pageContext(deps, req, res);
    let values = formValues(req.body);
    const action = values.action;
    const render = (m: Parameters<typeof newCasePage>[1], status = 200) => send(res, page(ctx, { title: ctx.t.newCase.title, live: false, main: newCasePage(ctx, m) }), status);
    if (action === 'swap') {
      values = swapAccounts(values);
      return render({ values, errors: [], verdict: null });
    }
    const result = validateForm(values);
    const verdict = verdictOf(values);
    if (!result.ok) return render({ values: result.values, errors: result.errors, verdict }, action === 'check' ? 200 : 400);
    const duplicates = duplicatesOf(result.caseFile);
    if (action === 'check') return render({ values, errors: [], verdict, duplicates });
    // The same pair of accounts again is almost always a case created twice: say so and ask once more.
    // The second button carries the IDs it was shown, so a different duplicate asks again.
    const shown = new Set((values.duplicateOk ?? '').split(' '));
    if (duplicates.length && !duplicates.every((d) => shown.has(d.id))) return render({ values: { ...values, duplicateOk: duplicates.map((d) => d.id).join(' ') }, errors: [], verdict, duplicates }, 409);
    const { id } = deps.cases.create(result.caseFile);
    redirectWith(req, res, caseHref(id), 'ok', ctx.t.flash.created);
  });

  /** The self-service verdict of a (possibly half-filled) form: only its certification lists count. */
  function verdictOf(values: FormValues) {
    const data = formToCaseData(values) as { target?: { certifications?: unknown[] }; source?: { certifications?: unknown[] } };
    return eligibility({ target: { certifications: data.target?.certifications ?? [] }, source: { certifications: data.source?.certifications ?? [] } } as unknown as Parameters<typeof eligibility>[0]);
  }

  /** Other cases with the same two accounts, with their creation times (to tell them apart). */
  function duplicatesOf(caseFile: Pick<CaseFile, 'target' | 'source'>, exceptId?: string): { id: string; createdAt: string }[] {
    return deps.cases.sameAccounts(caseFile, exceptId).map((id) => ({ id, createdAt: deps.cases.view(id).createdAt }));
  }

  // Editing a case: the new-case form, prefilled, validated by the same schema; then a confirmation page.
  r.get('/cases/:id/edit', (req, res) => {
    const view = deps.cases.view(req.params.id);
    const ctx = pageContext(deps, req, res);
    send(res, page(ctx, { title: ctx.t.manage.editTitle(view.id), live: false, main: newCasePage(ctx, { values: caseDataToForm(view.case), errors: [], verdict: eligibility(view.case), edit: { caseId: view.id }, duplicates: duplicatesOf(view.case, view.id) }) }));
  });

  r.post('/cases/:id/edit', async (req, res) => {
    const view = deps.cases.view(req.params.id);
    const ctx = pageContext(deps, req, res);
    const values = formValues(req.body);
    const action = values.action;
    const edit = { caseId: view.id };
    const render = (m: Parameters<typeof newCasePage>[1], status = 200) => send(res, page(ctx, { title: ctx.t.manage.editTitle(view.id), live: false, main: newCasePage(ctx, m) }), status);
    if (action === 'swap') return render({ values: swapAccounts(values), errors: [], verdict: null, edit });
    const result = validateForm(values);
    const verdict = verdictOf(values);
    if (!result.ok) return render({ values: result.values, errors: result.errors, verdict, edit }, action === 'check' ? 200 : 400);
    const duplicates = duplicatesOf(result.caseFile, view.id);
    if (action === 'check') return render({ values, errors: [], verdict, edit, duplicates });
    // Nothing is stored until the confirmation page's own button (confirmed=yes) is pressed.
    if (values.confirmed !== 'yes') {
      const before = caseDataToForm(view.case);
      const after = caseDataToForm(result.caseFile);
      const changes = [...new Set([...Object.keys(before), ...Object.keys(after)])]
        .filter((k) => (before[k] ?? '') !== (after[k] ?? ''))
        .map((field) => ({ field, before: before[field] ?? '', after: after[field] ?? '' }));
      return send(res, page(ctx, { title: ctx.t.manage.confirmEditTitle, live: false, main: confirmEditPage(ctx, view.id, values, changes) }));
    }
    await formAction(req, res, deps, () => caseHref(view.id), () => {
      deps.cases.edit(view.id, result.caseFile);
      return ctx.t.manage.saved;
    });
  });

  // Deleting a case: a confirmation page first (GET, or a POST without confirmed=yes), then the second button.
  r.get('/cases/:id/delete', (req, res) => {
    const view = deps.cases.view(req.params.id);
    const ctx = pageContext(deps, req, res);
    const label = `${ctx.t.list.accounts(view.case.target.candidateId, view.case.source.candidateId)} · ${ctx.t.states[view.state as keyof typeof ctx.t.states] ?? view.state}`;
    send(res, page(ctx, { title: ctx.t.manage.deleteTitle, live: false, main: confirmDeletePage(ctx, { id: view.id, label }) }));
  });

  r.post('/cases/:id/delete', async (req, res) => {
    const id = req.params.id;
    const t = dict(requestLang(req).lang);
    if (formValues(req.body).confirmed !== 'yes') {
      deps.cases.view(id);
      return void res.redirect(303, `${caseHref(id)}/delete`);
    }
    await formAction(req, res, deps, () => '/', () => {
      deps.cases.delete(id);
      return t.manage.deleted(id);
    }, caseHref(id));
  });

  r.get('/cases/:id', async (req, res) => {
    const all = req.query.timeline === 'all';
    const ctx = pageContext(deps, req, res, { search: all ? 'timeline=all' : '' });
    send(res, await renderCasePage(ctx, req.params.id, all));
  });

  async function renderCasePage(ctx: PageContext, id: string, wholeTimeline: boolean): Promise<SafeHtml> {
    const view = deps.cases.view(id);
    const drafts = deps.drafts.list(view.id);
    const t = ctx.t;
    const diagram = lifecycleDiagram({
      machine: lifecycleMachine,
      current: view.state,
      visited: view.timeline.flatMap((e) => topStatesOf(e.stateAfter)),
      label: stateLabel(t),
      eventLabel: (e) => t.events[e] ?? e,
      title: t.casePage.diagramAlt(stateLabel(t)(view.state)),
      fromAnyState: t.casePage.fromAnyState,
      cacheKey: t.lang,
    });
    const now = ctx.now.toISOString();
    const allowed = deps.cases.allowed(view.id, HAND_APPLIED_EVENT_TYPES.map((type) => userEvent(type, now, { supportCaseId: '1' })));
    const main = casePage(ctx, {
      view,
      drafts,
      diagram,
      next: nextStep(t, view, drafts),
      formText: supportFormText(view.case, t.lang, deps.config.mail.imap?.user ? [deps.config.mail.imap.user] : []),
      formFolded: !view.tags.includes('beforeSubmission'),
      visited: view.timeline.flatMap((e) => topStatesOf(e.stateAfter)),
      allowed,
      timelineLimit: wholeTimeline ? null : TIMELINE_NEWEST,
      questions: deps.messages.questions(view.id),
      canSend: Boolean(deps.config.mail.smtp),
      // A wait that unsorted mail may explain says so (a receipt that matched no case, or was unverified).
      duplicates: duplicatesOf(view.case, view.id),
      unsortedHint: view.tags.includes('awaitsCaseId') && view.overdue && deps.messages.unsorted().some((m) => m.kind === 'acknowledgement'),
    });
    return page(ctx, { title: t.casePage.title(view.id), live: true, main, wide: true });
  }

  r.post('/cases/:id/events', async (req, res) => {
    const id = req.params.id;
    const b = formValues(req.body);
    const t = dict(requestLang(req).lang);
    // Nothing in the corrections form is preselected: an empty choice is asked again, not guessed.
    if (!b.type) return redirectWith(req, res, `${caseHref(id)}#correction`, 'error', t.review.chooseEvent);
    if (b.type === 'cancel' && b.confirmed !== 'yes') {
      deps.cases.view(id);
      const ctx = pageContext(deps, req, res);
      return send(res, page(ctx, { title: t.review.cancelTitle, live: false, main: cancelReviewPage(ctx, id, b.reason?.trim() || undefined) }));
    }
    await formAction(req, res, deps, () => `${caseHref(id)}#next-step`, () => {
      applyHandEvent(deps, id, { type: b.type, supportCaseId: b.supportCaseId?.trim() || undefined, reason: b.reason?.trim() || undefined });
      return t.flash.applied(t.events[b.type ?? ''] ?? String(b.type));
    });
  });

  r.post('/cases/:id/bind', async (req, res) => {
    const { id } = req.params;
    const t = dict(requestLang(req).lang);
    await formAction(req, res, deps, () => `${caseHref(id)}#timeline`, () => {
      deps.messages.bindReceipt(id, String(formValues(req.body).messageId ?? ''));
      return t.flash.receiptBound;
    });
  });

  r.post('/cases/:id/messages/:messageId/reclassify', async (req, res) => {
    const { id, messageId } = req.params;
    const t = dict(requestLang(req).lang);
    await formAction(req, res, deps, () => `${caseHref(id)}#timeline`, () => {
      reclassify(deps, id, messageId, formValues(req.body).kind);
      return t.flash.reclassified;
    });
  });

  r.get('/unsorted', (req, res) => {
    const ctx = pageContext(deps, req, res);
    const open = deps.cases.list({ tag: 'open' });
    // Cases told apart by their IDs and support case numbers.
    const cases = open.map((c) => ({ id: c.id, label: `${c.id}${c.supportCaseId ? ` · #${c.supportCaseId}` : ''} · ${ctx.t.states[c.state as keyof typeof ctx.t.states] ?? c.state}` }));
    send(res, page(ctx, { title: ctx.t.review.unsortedTitle, live: true, main: unsortedPage(ctx, deps.messages.unsorted(), cases) }));
  });

  r.post('/unsorted/:messageId/:verb', async (req, res) => {
    const { messageId, verb } = req.params;
    const t = dict(requestLang(req).lang);
    const caseId = formValues(req.body).caseId;
    if (verb !== 'assign' && verb !== 'ignore') throw new AppError('NOT_FOUND', `nothing at POST ${req.path}`);
    if (verb === 'assign' && !caseId) return redirectWith(req, res, '/unsorted', 'error', t.review.chooseEvent);
    await formAction(req, res, deps, () => (verb === 'assign' ? caseHref(caseId!) + '#timeline' : '/unsorted'), () => {
      if (verb === 'assign') {
        deps.messages.assign(messageId, caseId!);
        // On its case now, it is sorted: it leaves the list (stored, it still reads "matched no case", and
        // a second "put it on this case" would apply its kind again).
        deps.messages.ignore(messageId);
      } else deps.messages.ignore(messageId);
      return verb === 'assign' ? t.review.assigned : t.review.ignoredDone;
    }, '/unsorted');
  });

  const canSend = () => Boolean(deps.config.mail.smtp);

  // The second look before sending: what goes where, and a second button.
  r.get('/drafts/:id/send', (req, res) => {
    const draft = requireDraft(deps, req.params.id);
    const ctx = pageContext(deps, req, res);
    send(res, page(ctx, { title: ctx.t.review.sendTitle, live: false, main: sendReviewPage(ctx, draft, { blanks: blanksIn(draft.text).length, canSend: canSend() }) }));
  });

  r.post('/drafts/:id/send', async (req, res) => {
    const draft = requireDraft(deps, req.params.id);
    const t = dict(requestLang(req).lang);
    const back = `${caseHref(draft.caseId)}#draft-${draft.id}`;
    // Without the review page's confirmation (a button elsewhere, an old page, a script), show the review.
    if (formValues(req.body).confirmed !== 'yes') return void res.redirect(303, `/drafts/${encodeURIComponent(draft.id)}/send`);
    const blanks = blanksIn(draft.text).length;
    if (blanks) return redirectWith(req, res, back, 'error', t.review.blanks(blanks));
    if (!canSend()) return redirectWith(req, res, back, 'error', t.review.noSmtp);
    // A failed send comes back to the draft itself, its error in view.
    await formAction(req, res, deps, () => `${caseHref(draft.caseId)}#next-step`, async () => {
      await deps.drafts.send(draft.id);
      return t.flash.sent;
    }, back);
  });

  r.post('/drafts/:id/discard', async (req, res) => {
    const draft = requireDraft(deps, req.params.id);
    const t = dict(requestLang(req).lang);
    await formAction(req, res, deps, () => `${caseHref(draft.caseId)}#drafts`, async () => {
      await deps.drafts.discard(draft.id);
      return t.flash.discarded;
    });
  });

  r.post('/drafts/:id/edit', async (req, res) => {
    const draft = requireDraft(deps, req.params.id);
    const t = dict(requestLang(req).lang);
    const text = formValues(req.body).text;
    await formAction(req, res, deps, () => `${caseHref(draft.caseId)}#draft-${draft.id}`, async () => {
      if (typeof text !== 'string') throw new AppError('BAD_INPUT', 'text: missing');
      await deps.drafts.edit(draft.id, text);
      return t.review.edited;
    });
  });

  // Where notifications went: every delivery attempt, newest first.
  r.get('/notifications', (req, res) => {
    const ctx = pageContext(deps, req, res);
    send(res, page(ctx, { title: ctx.t.notify.logTitle, live: true, main: notificationLogPage(ctx, deps.notificationLog?.() ?? []) }));
  });

  /** The stored message, only for a message of this case. */
  function storedMessage(id: string, messageId: string): Buffer {
    const view = deps.cases.view(id);
    if (!view.timeline.some((e) => e.messageId === messageId)) throw new AppError('NOT_FOUND', `no message ${messageId} in case ${id}`);
    const raw = deps.messages.raw(messageId);
    if (!raw) throw new AppError('NOT_FOUND', `the message ${messageId} is not stored`);
    return raw;
  }

  // The stored message as plain text: mail HTML is never rendered by the dashboard.
  r.get('/cases/:id/messages/:messageId/raw', (req, res) => {
    const raw = storedMessage(req.params.id, req.params.messageId);
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.setHeader('Content-Disposition', 'inline; filename="message.txt"');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "sandbox; default-src 'none'");
    res.setHeader('Cache-Control', 'no-store');
    res.send(raw);
  });

  // The same message decoded for reading (charset, transfer encoding, RFC 2047 headers); its HTML as escaped text.
  r.get('/cases/:id/messages/:messageId', async (req, res) => {
    const { id, messageId } = req.params;
    const raw = storedMessage(id, messageId);
    const ctx = pageContext(deps, req, res);
    const parsed = await parseMessage(raw, { maxBytes: deps.config.mail.maxMessageBytes });
    send(res, page(ctx, { title: ctx.t.review.messageTitle, live: false, main: decodedMessagePage(ctx, id, messageId, parsed) }));
  });

  return r;
}
