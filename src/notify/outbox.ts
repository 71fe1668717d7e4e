import type { Statement } from 'better-sqlite3';
import type { Db } from '../store/database.js';
import { storageError } from '../store/database.js';
import { preparedStatements } from '../store/prepared.js';
import type { Notification, NotifyEvent } from './notification.js';

/** A delivery still to be made (or retried). */
export interface PendingDelivery {
  notification: Notification;
  channel: string;
  attempts: number;
}

/** One line of the delivery log. */
export interface AttemptRow {
  id: number;
  notificationId: string;
  event: NotifyEvent | null;
  caseId: string | null;
  channel: string;
  at: string;
  ok: boolean;
  detail: string;
}

/** Where a delivery stands, for the dashboard and tests. */
export interface DeliveryRow {
  notificationId: string;
  channel: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  deliveredAt: string | null;
}

interface RawNotification {
  id: string;
  event: NotifyEvent;
  case_id: string | null;
  created_at: string;
  language: 'ja' | 'en';
  title: string;
  text: string;
  url: string;
}

const toNotification = (r: RawNotification): Notification => ({ id: r.id, event: r.event, caseId: r.case_id, at: r.created_at, language: r.language, title: r.title, text: r.text, url: r.url });

/**
 * SQL of the notification outbox (migration 9). A notification is stored once
 * by its stable id, with one delivery row per channel; the dispatcher works
 * the delivery rows off and logs every attempt.
 */
export class Outbox {
  private readonly cached: (sql: string) => Statement;

  constructor(readonly db: Db) {
    this.cached = preparedStatements(db);
  }

  transaction<T>(fn: () => T): T {
    try {
      return this.db.transaction(fn).immediate();
    } catch (err) {
      throw storageError('cannot write the notification outbox', err);
    }
  }

  /** Stores a notification and a delivery per channel, unless one with its id exists; true when it was new. */
  enqueue(n: Notification, channels: readonly string[], nowIso: string): boolean {
    const info = this.cached(`INSERT OR IGNORE INTO notifications (id, event, case_id, created_at, language, title, text, url) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(
      n.id, n.event, n.caseId, n.at, n.language, n.title, n.text, n.url,
    );
    if (info.changes === 0) return false;
    const ins = this.cached(`INSERT INTO notification_deliveries (notification_id, channel, status, attempts, next_attempt_at) VALUES (?, ?, 'pending', 0, ?)`);
    for (const c of channels) ins.run(n.id, c, nowIso);
    return true;
  }

  has(id: string): boolean {
    return this.cached('SELECT 1 FROM notifications WHERE id = ?').get(id) !== undefined;
  }

  /** Deliveries due at or before `nowIso`, oldest first. */
  due(nowIso: string, limit = 50): PendingDelivery[] {
    const rows = this.cached(
      `SELECT n.*, d.channel AS d_channel, d.attempts AS d_attempts FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id
       WHERE d.status = 'pending' AND d.next_attempt_at <= ? ORDER BY d.next_attempt_at, n.created_at LIMIT ?`,
    ).all(nowIso, limit) as (RawNotification & { d_channel: string; d_attempts: number })[];
    return rows.map((r) => ({ notification: toNotification(r), channel: r.d_channel, attempts: r.d_attempts }));
  }

  /** The earliest pending attempt time, or null. */
  nextDueAt(): string | null {
    return (this.cached(`SELECT MIN(next_attempt_at) FROM notification_deliveries WHERE status = 'pending'`).pluck().get() as string | null) ?? null;
  }

  /** Records an attempt and its result: delivered, retried at `retryAt`, or given up (`retryAt` null). */
  recordAttempt(id: string, channel: string, nowIso: string, outcome: { ok: boolean; detail: string }, retryAt: string | null): void {
    this.transaction(() => {
      this.cached(`INSERT INTO notification_attempts (notification_id, channel, at, ok, detail) VALUES (?, ?, ?, ?, ?)`).run(id, channel, nowIso, outcome.ok ? 1 : 0, outcome.detail.slice(0, 500));
      if (outcome.ok) {
        this.cached(`UPDATE notification_deliveries SET status = 'delivered', attempts = attempts + 1, delivered_at = ?, last_error = NULL WHERE notification_id = ? AND channel = ?`).run(nowIso, id, channel);
      } else {
        this.cached(
          `UPDATE notification_deliveries SET status = ?, attempts = attempts + 1, last_error = ?, next_attempt_at = COALESCE(?, next_attempt_at) WHERE notification_id = ? AND channel = ?`,
        ).run(retryAt ? 'pending' : 'failed', outcome.detail.slice(0, 500), retryAt, id, channel);
      }
    });
  }

  deliveries(id: string): DeliveryRow[] {
    return this.cached(
      `SELECT notification_id AS notificationId, channel, status, attempts, next_attempt_at AS nextAttemptAt, last_error AS lastError, delivered_at AS deliveredAt
       FROM notification_deliveries WHERE notification_id = ? ORDER BY channel`,
    ).all(id) as DeliveryRow[];
  }

  /** The newest attempts first: the dashboard's delivery log. */
  log(limit = 100): AttemptRow[] {
    const rows = this.cached(
      `SELECT a.id, a.notification_id AS notificationId, n.event, n.case_id AS caseId, a.channel, a.at, a.ok, a.detail
       FROM notification_attempts a LEFT JOIN notifications n ON n.id = a.notification_id ORDER BY a.id DESC LIMIT ?`,
    ).all(limit) as (Omit<AttemptRow, 'ok'> & { ok: number })[];
    return rows.map((r) => ({ ...r, ok: r.ok === 1 }));
  }

  /** Recent notifications (newest first) with where their deliveries stand. */
  recent(limit = 50): (Notification & { deliveries: DeliveryRow[] })[] {
    const rows = this.cached('SELECT * FROM notifications ORDER BY created_at DESC, rowid DESC LIMIT ?').all(limit) as RawNotification[];
    return rows.map((r) => ({ ...toNotification(r), deliveries: this.deliveries(r.id) }));
  }

  mark(key: string): string | null {
    return (this.cached('SELECT value FROM notify_marks WHERE key = ?').pluck().get(key) as string | undefined) ?? null;
  }

  setMark(key: string, value: string): void {
    this.cached('INSERT INTO notify_marks (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
  }
}
