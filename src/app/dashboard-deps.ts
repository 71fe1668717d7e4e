import type { Statement } from 'better-sqlite3';
import type { Logger } from 'pino';
import type { ResolvedConfig } from '../config/load.js';
import { AppError } from '../errors.js';
import type { MailKind } from '../mail/kinds.js';
import type { LifecycleEvent } from '../machines/events.js';
import type { DashboardDeps } from '../server/deps.js';
import type { App } from './build-app.js';
import { caseCalendar } from '../calendar/case-calendar.js';
import { linksFor } from '../notify/notifier.js';
import { waitsOn } from '../server/waiting.js';

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

const yourTurnQueries = new WeakMap<App, Statement>();
/** Open cases' states, one indexed read (the tab title counts those waiting on the user on every page). */
function yourTurnQuery(app: App) {
  let q = yourTurnQueries.get(app);
  if (!q) yourTurnQueries.set(app, (q = app.ctx.db.prepare(`SELECT state, state_path AS statePath FROM cases WHERE state NOT IN ('done','cancelled')`)));
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
    },
    messages: {
      raw: (messageId) => app.messages.raw(messageId),
      reclassify: (caseId, messageId, kind) => {
        applyUserEvent(caseId, reclassifyEvent(app, caseId, messageId, kind, app.ctx.clock.now().toISOString()));
      },
    },
    mailStatus: () => app.mailStatus(),
    yourTurn: () => {
      const rows = yourTurnQuery(app).all() as { state: string; statePath: string }[];
      return rows.filter((r) => waitsOn(r) === 'you').length;
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
