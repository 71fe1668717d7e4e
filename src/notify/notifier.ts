import type { Clock } from '../clock/clock.js';
import type { ResolvedConfig } from '../config/load.js';
import type { SourceStatus } from '../mail/source-types.js';
import type { Db } from '../store/database.js';
import type { Logger } from '../log.js';
import { hasTagSql } from '../store/case-store.js';
import type { Timers } from '../clock/clock.js';
import { expiringNotifications, mailSourceNotification, notificationForEvent, unmatchedNotification, type ExpiringItem, type Links } from './decide.js';
import type { NotificationDispatcher } from './dispatcher.js';
import type { Notification, NotifyLanguage } from './notification.js';
import type { Outbox } from './outbox.js';

/** Links in notifications: `dashboard.url`, or the address the dashboard listens on. */
export function linksFor(config: ResolvedConfig): Links {
  const { url, host, port } = config.dashboard;
  if (url) return { base: url.replace(/\/+$/, '') };
  const h = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return { base: `http://${h.includes(':') ? `[${h}]` : h}:${port}` };
}

export interface NotifierDeps {
  db: Db;
  outbox: Outbox;
  dispatcher: NotificationDispatcher;
  clock: Clock;
  timers: Timers;
  config: ResolvedConfig;
  mailStatus(): SourceStatus;
  logger: Logger;
  /** How often the outage and expiry checks run without a change (ms). */
  tickMs?: number;
}

interface EventJoin {
  id: number;
  caseId: string;
  at: string;
  type: string;
  source: 'mail' | 'user' | 'timer';
  outcome: string;
  stateAfter: string | null;
  language: string | null;
  supportCaseId: string | null;
}

const lang = (l: string | null | undefined): NotifyLanguage => (l === 'ja' ? 'ja' : 'en');

/** Unmatched mail older than this when first seen (an upgrade, a first sync of old mail) is not news. */
const UNMATCHED_NEWS_MS = 7 * 86_400_000;

/**
 * Turns what certmerge decided into outbox entries: events applied to cases
 * (read from the event log past a stored mark, so an event applied by the
 * CLI or while the daemon was stopped notifies too, once), unmatched mail,
 * an outage of the mail source, expiring certifications and vouchers. The
 * dispatcher then delivers them.
 */
export class Notifier {
  private handle: unknown = null;
  private running = false;
  /** The mailbox's coming up is stored (mark `mail-up-at`) once per connection. */
  private upMarked = false;

  constructor(private readonly deps: NotifierDeps) {}

  private get links(): Links {
    return linksFor(this.deps.config);
  }

  start(): void {
    this.running = true;
    this.tick();
    this.deps.dispatcher.start();
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.handle !== null) this.deps.timers.clearTimeout(this.handle);
    this.handle = null;
    await this.deps.dispatcher.stop();
  }

  private tick(): void {
    try {
      this.plan();
    } catch (err) {
      this.deps.logger.error({ err }, 'notifications: could not plan');
    }
    if (!this.running) return;
    this.handle = this.deps.timers.setTimeout(() => this.tick(), this.deps.tickMs ?? 60_000);
  }

  /** Queues every notification now due (each id at most once, ever) and wakes the dispatcher; returns the new ones. */
  plan(): Notification[] {
    const { outbox, clock, config } = this.deps;
    const now = clock.now();
    const nowIso = now.toISOString();
    const channels = this.deps.dispatcher.channelKeys();
    const fresh: Notification[] = [];
    outbox.transaction(() => {
      const add = (n: Notification | null) => {
        if (n && outbox.enqueue(n, channels, nowIso)) fresh.push(n);
      };
      const mark = Number(outbox.mark('events') ?? '0');
      const events = this.deps.db
        .prepare(
          `SELECT e.id, e.case_id AS caseId, e.at, e.type, e.source, e.outcome, e.state_after AS stateAfter,
                  json_extract(c.case_file, '$.language') AS language, c.support_case_id AS supportCaseId
           FROM events e JOIN cases c ON c.id = e.case_id WHERE e.id > ? ORDER BY e.id LIMIT 1000`,
        )
        .all(mark) as EventJoin[];
      for (const e of events) add(notificationForEvent(e, { language: lang(e.language), supportCaseId: e.supportCaseId }, this.links));
      if (events.length) outbox.setMark('events', String(events[events.length - 1]!.id));

      const language = this.defaultLanguage();
      const unmatched = this.deps.db
        .prepare(`SELECT message_id AS messageId, processed_at AS processedAt, from_addr AS "from", kind FROM messages WHERE outcome = 'unmatched' AND processed_at >= ?`)
        .all(new Date(now.getTime() - UNMATCHED_NEWS_MS).toISOString()) as { messageId: string; processedAt: string; from: string | null; kind: string | null }[];
      for (const m of unmatched) add(unmatchedNotification(m, language, this.links));

      // When the mailbox last worked, kept across restarts: a refusal since then notifies once (see mailSourceNotification).
      const status = this.deps.mailStatus();
      if (status.connected && !this.upMarked) outbox.setMark('mail-up-at', nowIso);
      this.upMarked = status.connected;
      add(mailSourceNotification(status, now, config.alerts.mailDownMinutes, language, this.links, outbox.mark('mail-up-at')));

      const today = nowIso.slice(0, 10);
      // Open and merged cases (not cancelled ones): their dates still matter.
      const cases = this.deps.db
        .prepare(`SELECT id, case_file AS caseFile FROM cases WHERE (${hasTagSql()} OR ${hasTagSql()}) AND deleted_at IS NULL`)
        .all('open', 'merged') as { id: string; caseFile: string }[];
      for (const c of cases) {
        const file = JSON.parse(c.caseFile) as { language?: string; target?: AccountDates; source?: AccountDates };
        for (const n of expiringNotifications(c.id, datedItems(file), today, config.alerts.expiringDays, lang(file.language), this.links)) add(n);
      }
    });
    if (fresh.length) {
      this.deps.logger.info({ ids: fresh.map((n) => n.id) }, `notifications queued: ${fresh.length}`);
      void this.deps.dispatcher.poke();
    }
    return fresh;
  }

  /** For what belongs to no case: the language of the case touched last, else English. */
  private defaultLanguage(): NotifyLanguage {
    const l = this.deps.db.prepare(`SELECT json_extract(case_file, '$.language') FROM cases ORDER BY updated_at DESC LIMIT 1`).pluck().get() as string | undefined;
    return lang(l);
  }
}

interface AccountDates {
  certifications?: { name: string; expiresOn?: string }[];
  benefits?: { kind: string; expiresOn?: string }[];
}

/** Every certification and benefit of both accounts that has an expiry date. */
export function datedItems(file: { target?: AccountDates; source?: AccountDates }): ExpiringItem[] {
  const out: ExpiringItem[] = [];
  for (const a of [file.target, file.source]) {
    for (const c of a?.certifications ?? []) if (c.expiresOn) out.push({ name: c.name, expiresOn: c.expiresOn });
    for (const b of a?.benefits ?? []) if (b.expiresOn) out.push({ name: b.kind, expiresOn: b.expiresOn });
  }
  return out;
}
