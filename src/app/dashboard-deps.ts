import type { Statement } from 'better-sqlite3';
import type { Logger } from '../log.js';
import type { ResolvedConfig } from '../config/load.js';
import { AppError } from '../errors.js';
import { classify } from '../mail/classify/classify.js';
import { asMailKind, isMailKind, type MailKind } from '../mail/kinds.js';
import type { LifecycleEvent } from '../machines/events.js';
import type { DashboardDeps } from '../server/deps.js';
import type { App } from './build-app.js';
import { assertReceiptMayBind, bindReceiptByHand } from '../ingest/bind-by-hand.js';
import { SignInService } from '../auth/sign-in-service.js';
import { caseCalendar } from '../calendar/case-calendar.js';
import { linksFor } from '../notify/notifier.js';
import { waitsOn } from '../server/waiting.js';

/** A stored message re-read as another kind, applied as the user's correction. */
export function reclassifyEvent(app: Pick<App, 'messages'>, caseId: string, messageId: string, kind: MailKind, at: string): LifecycleEvent {
  const m = app.messages.get(messageId);
  if (!m || m.caseId !== caseId) throw new AppError('NOT_FOUND', `no message ${messageId} on case ${caseId}`);
  if (kind === 'unrelated') throw new AppError('BAD_INPUT', 'kind: "unrelated" does not move a case; nothing to apply');
  const base = { at, source: 'user' as const, messageId };
  if (kind === 'acknowledgement') {
    // Binding a support case ID by hand follows the one-click binding's rules (issue 13).
    assertReceiptMayBind(m, messageId);
    const u = m.understanding as { subject?: string; newText?: string };
    const id = /\b(\d{6,20})\b/.exec(`${u.subject ?? ''} ${u.newText ?? ''}`)?.[1];
    if (!id) throw new AppError('BAD_INPUT', 'this message carries no support case ID; apply "acknowledgement" with the ID instead');
    return { ...base, type: 'acknowledgement', supportCaseId: id };
  }
  return { ...base, type: kind } as LifecycleEvent;
}

/**
 * Keeps the user's kind for a stored message as a correction: its vector in the
 * kind model's rows (from the stored subject and new text, as classification
 * reads them), so later mail this similar is read the same way. Answers the
 * message's open question.
 */
export function recordCorrection(app: Pick<App, 'messages' | 'corrections' | 'rules'>, messageId: string, kind: MailKind, at: string): number | null {
  const m = app.messages.get(messageId);
  if (!m) return null;
  const u = m.understanding as { subject?: string; newText?: string; from?: string | null; fromName?: string; references?: string[] };
  const c = classify({ subject: u.subject ?? '', newText: u.newText ?? '', from: u.from ?? null, fromName: u.fromName ?? '', references: u.references ?? [] }, app.rules);
  app.corrections.answer(messageId, kind, at);
  return app.corrections.addCorrection({ messageId, caseId: m.caseId, kind, was: m.kind, subject: u.subject ?? '', vector: c.evidence.vector, model: app.rules.model.id, createdAt: at });
}

const yourTurnQueries = new WeakMap<App, Statement>();
/**
 * Open cases counted by their tags, one read (the tab title counts those waiting on the user on every page):
 * a few distinct tag sets, not a row per case, so waitsOn is asked once per set.
 */
function yourTurnQuery(app: App) {
  let q = yourTurnQueries.get(app);
  if (!q) yourTurnQueries.set(app, (q = app.ctx.db.prepare(`SELECT tags, count(*) AS n FROM cases WHERE deleted_at IS NULL AND instr(',' || tags || ',', ',open,') > 0 GROUP BY tags`)));
  return q;
}

/** The dashboard's view of the running app. */
export function dashboardDeps(app: App, config: ResolvedConfig, logger: Logger): DashboardDeps {
  const applyUserEvent = (caseId: string, event: LifecycleEvent) => {
    app.ctx.cases.apply(caseId, event);
    void app.afterChange([caseId]);
  };
  return {
    config,
    db: app.ctx.db,
    cases: app.ctx.cases,
    changeMark: () => app.ctx.store.changeMark(),
    applyUserEvent,
    drafts: {
      list: (caseId) => app.drafts.list(caseId),
      get: (id) => app.drafts.get(id),
      send: async (id) => {
        const d = await app.drafts.send(id);
        void app.afterChange([d.caseId]);
        return d;
      },
      discard: (id) => app.drafts.discard(id),
      edit: (id, text) => app.drafts.edit(id, text),
    },
    messages: {
      raw: (messageId) => app.messages.raw(messageId),
      reclassify: (caseId, messageId, kind) => {
        const at = app.ctx.clock.now().toISOString();
        applyUserEvent(caseId, reclassifyEvent(app, caseId, messageId, kind, at));
        recordCorrection(app, messageId, kind, at);
      },
      bindReceipt: (caseId, messageId) => {
        bindReceiptByHand({ cases: app.ctx.cases, store: app.ctx.store, messages: app.messages, now: () => app.ctx.clock.now().toISOString() }, caseId, messageId);
        void app.afterChange([caseId]);
      },
      notApplied: () => {
        const brief = (m: ReturnType<typeof app.messages.unmatched>[number]) => ({ messageId: m.messageId, from: m.from, subject: m.subject, kind: m.kind, trusted: m.trusted, processedAt: m.processedAt, why: m.understanding.why ?? null, pendingCases: m.understanding.pendingCases ?? undefined });
        return { unmatched: app.messages.unmatched().map(brief), pending: app.messages.pending().map(brief), skipped: app.skippedMail.recent() };
      },
      // Stored kinds read as mail kinds: ones certmerge no longer knows are left out of a question, and read as unrelated in a correction.
      questions: (caseId) => app.corrections.openQuestions(caseId).map((q) => ({ ...q, kinds: q.kinds.filter(isMailKind) })),
      corrections: () => app.corrections.listCorrections().map((c) => ({ ...c, kind: asMailKind(c.kind) })),
      removeCorrection: (id) => app.corrections.removeCorrection(id),
      unsorted: () =>
        app.messages.unsorted().map((m) => ({
          messageId: m.messageId,
          at: m.processedAt,
          from: m.from,
          subject: m.subject,
          kind: m.kind,
          trusted: m.trusted,
          why: m.understanding.forUser === false ? 'notForYou' : !m.trusted ? 'untrusted' : m.outcome === 'unmatched' ? 'unmatched' : 'unreadable',
          reason: typeof m.understanding.why === 'string' ? m.understanding.why.slice(0, 300) : null,
        })),
      ignore: (messageId) => app.messages.ignoreUnsorted(messageId, app.ctx.clock.now().toISOString()),
      assign: (messageId, caseId) => {
        const m = app.messages.get(messageId);
        if (!m) throw new AppError('NOT_FOUND', `no message ${messageId}`);
        if (m.caseId && m.caseId !== caseId) throw new AppError('CONFLICT', `message ${messageId} is already on case ${m.caseId}`);
        app.ctx.cases.view(caseId);
        const kind = m.kind && isMailKind(m.kind) && m.kind !== 'unrelated' ? m.kind : 'support_reply';
        // Checked before the message is moved onto the case: a refused receipt stays unsorted.
        if (kind === 'acknowledgement') assertReceiptMayBind(m, messageId);
        const event = (() => {
          app.messages.assignCase(messageId, caseId);
          return reclassifyEvent(app, caseId, messageId, kind, app.ctx.clock.now().toISOString());
        })();
        applyUserEvent(caseId, event);
      },
    },
    mailStatus: () => app.mailStatus(),
    // The source also notices the new token file; connecting at once saves the poll.
    signIn: new SignInService(config, () => app.source.retryNow?.()),
    yourTurn: () => {
      const rows = yourTurnQuery(app).all() as { tags: string | null; n: number }[];
      return rows.reduce((sum, r) => sum + (waitsOn({ tags: (r.tags ?? '').split(',') as never }) === 'you' ? r.n : 0), 0);
    },
    calendar: () => caseCalendar(app.ctx.db, linksFor(config), app.ctx.clock.now()),
    notificationLog: () => {
      const labels = new Map(app.notifyChannels.map((c) => [c.key, c.label]));
      return app.outbox.log(200).map((r) => ({ ...r, channel: labels.get(r.channel) ?? r.channel }));
    },
    clock: app.ctx.clock,
    logger,
  };
}
