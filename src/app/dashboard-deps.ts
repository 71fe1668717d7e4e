import type { Logger } from 'pino';
import type { ResolvedConfig } from '../config/load.js';
import { AppError } from '../errors.js';
import { isMailKind, type MailKind } from '../mail/kinds.js';
import type { LifecycleEvent } from '../machines/events.js';
import type { DashboardDeps } from '../server/deps.js';
import type { App } from './build-app.js';

/** A stored message re-read as another kind, applied as the user's correction. */
export function reclassifyEvent(app: App, caseId: string, messageId: string, kind: MailKind, at: string): LifecycleEvent {
  const m = app.messages.get(messageId);
  if (!m || m.caseId !== caseId) throw new AppError('NOT_FOUND', `no message ${messageId} on case ${caseId}`);
  if (kind === 'unrelated') throw new AppError('BAD_INPUT', 'kind: "unrelated" does not move a case; nothing to apply');
  const base = { at, source: 'user' as const, messageId };
  if (kind === 'acknowledgement') {
    const u = m.understanding as { subject?: string; newText?: string };
    const id = /\b(\d{6,20})\b/.exec(`${u.subject ?? ''} ${u.newText ?? ''}`)?.[1];
    if (!id) throw new AppError('BAD_INPUT', 'this message carries no support case ID; apply "acknowledgement" with the ID instead');
    return { ...base, type: 'acknowledgement', supportCaseId: id };
  }
  return { ...base, type: kind } as LifecycleEvent;
}

/** The dashboard's view of the running app. */
export function dashboardDeps(app: App, config: ResolvedConfig, logger: Logger): DashboardDeps {
  const applyUserEvent = (caseId: string, event: LifecycleEvent) => {
    app.ctx.cases.apply(caseId, event);
    void app.afterChange([caseId]);
  };
  return {
    config,
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
        applyUserEvent(caseId, reclassifyEvent(app, caseId, messageId, kind, app.ctx.clock.now().toISOString()));
      },
      unsorted: () =>
        app.messages.unsorted().map((m) => ({
          messageId: m.messageId,
          at: m.processedAt,
          from: m.from,
          subject: m.subject,
          kind: m.kind,
          trusted: m.trusted,
          why: m.outcome === 'unmatched' ? 'unmatched' : !m.trusted ? 'untrusted' : 'unreadable',
        })),
      ignore: (messageId) => app.messages.ignoreUnsorted(messageId, app.ctx.clock.now().toISOString()),
      assign: (messageId, caseId) => {
        const m = app.messages.get(messageId);
        if (!m) throw new AppError('NOT_FOUND', `no message ${messageId}`);
        if (m.caseId && m.caseId !== caseId) throw new AppError('CONFLICT', `message ${messageId} is already on case ${m.caseId}`);
        app.ctx.cases.view(caseId);
        const kind = m.kind && isMailKind(m.kind) && m.kind !== 'unrelated' ? m.kind : 'support_reply';
        const event = (() => {
          app.messages.assignCase(messageId, caseId);
          return reclassifyEvent(app, caseId, messageId, kind, app.ctx.clock.now().toISOString());
        })();
        applyUserEvent(caseId, event);
      },
    },
    mailStatus: () => app.mailStatus(),
    clock: app.ctx.clock,
    logger,
  };
}
