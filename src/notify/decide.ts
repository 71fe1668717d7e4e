/**
 * What notifies: pure functions from what certmerge decided (an event applied
 * to a case, a deadline fired, a message matching no case, the mail source's
 * status, a case file's dates) to notifications with stable ids. No I/O.
 */
import { createHash } from 'node:crypto';
import type { SourceStatus } from '../mail/source-types.js';
import { tagsOfPath } from '../machines/lifecycle.js';
import type { Notification, NotifyEvent, NotifyLanguage } from './notification.js';
import { notificationText, type TextFacts } from './texts.js';

/** Where links in notifications point. */
export interface Links {
  /** `dashboard.url`, or `http://host:port`; no trailing slash. */
  base: string;
}

export const caseUrl = (links: Links, caseId: string) => `${links.base}/cases/${encodeURIComponent(caseId)}`;

/** An event of the case log, as far as notifying goes. */
export interface EventFact {
  id: number;
  caseId: string;
  at: string;
  type: string;
  source: 'mail' | 'user' | 'timer';
  outcome: string;
  stateAfter: string | null;
}

export interface CaseFacts {
  language: NotifyLanguage;
  supportCaseId: string | null;
}

function build(id: string, facts: TextFacts, caseId: string | null, at: string, url: string): Notification {
  const { title, text } = notificationText(facts, url);
  return { id, event: facts.event, caseId, at, language: facts.language, title, text, url };
}

/**
 * The notification an applied event calls for, if any. Events the user
 * applied are not news to the user; mail and timers are. Ids derive from the
 * event's row id: one event, one notification.
 */
export function notificationForEvent(e: EventFact, c: CaseFacts, links: Links): Notification | null {
  if (e.outcome !== 'applied' || e.source === 'user') return null;
  // What the state the event led to means (the machine's tags of the path stored with the event).
  const after = tagsOfPath(e.stateAfter);
  let event: NotifyEvent | null = null;
  let final = false;
  switch (e.type) {
    case 'info_request': event = 'info_requested'; break;
    case 'confirmation_request': event = 'confirmation_requested'; break;
    case 'merge_completed': event = after.includes('merged') && e.source === 'mail' ? 'merge_completed' : null; break;
    case 'acknowledgement-overdue':
    case 'support-overdue':
    case 'completion-overdue': event = 'support_overdue'; break;
    case 'user-overdue': event = 'user_overdue'; break;
    case 'user-final-overdue': event = 'user_overdue'; final = true; break;
    // Once merged and checked (merged and no longer open), a closing notice is what was expected.
    case 'case_closed': event = after.includes('merged') && !after.includes('open') ? null : 'case_closing'; break;
  }
  if (!event) return null;
  return build(`case-${e.caseId}-event-${e.id}`, { event, language: c.language, supportCaseId: c.supportCaseId, final }, e.caseId, e.at, caseUrl(links, e.caseId));
}

/** Mail that looks like support's but matched no case: once per message. */
export function unmatchedNotification(m: { messageId: string; processedAt: string; from: string | null; kind: string | null }, language: NotifyLanguage, links: Links): Notification {
  const id = `unmatched-${createHash('sha256').update(m.messageId).digest('hex').slice(0, 16)}`;
  return build(id, { event: 'unmatched_mail', language, sender: m.from, kind: m.kind }, null, m.processedAt, `${links.base}/unsorted`);
}

/**
 * The mail source refused the sign-in. `signInRefused`, when a source reports
 * it, decides; otherwise the source's last error is read (the IMAP source
 * says "authentication rejected").
 */
export function signInRefused(s: SourceStatus): boolean {
  if (s.signInRefused) return true;
  return !!s.lastError && /authentication (rejected|failed)|AUTHENTICATIONFAILED|invalid credentials|login failed/i.test(s.lastError);
}

/**
 * The mail source is down for longer than `minutes`, or refused the sign-in
 * (at once: waiting does not fix a password). One notification per outage,
 * keyed by the time it began. A refusal is keyed by the server's words and
 * `lastUpAt`, the last time the mailbox worked (the notifier keeps it in the
 * database), not by `downSince`: that starts again with every daemon start,
 * and a refusal that lasts across a restart is the same refusal.
 */
export function mailSourceNotification(s: SourceStatus, now: Date, minutes: number, language: NotifyLanguage, links: Links, lastUpAt: string | null = null): Notification | null {
  if (s.connected || !s.downSince) return null;
  const refused = signInRefused(s);
  const downMs = now.getTime() - new Date(s.downSince).getTime();
  if (!refused && downMs < minutes * 60_000) return null;
  const event: NotifyEvent = refused ? 'sign_in_refused' : 'mail_source_down';
  // The source's error names host and user, never a password (the sources redact it).
  const reason = s.lastError ? s.lastError.slice(0, 200) : null;
  const id = refused ? `${event}-${refusalKey(s)}-${lastUpAt ?? 'never'}` : `${event}-${s.downSince}`;
  return build(id, { event, language, since: s.downSince, reason }, null, now.toISOString(), `${links.base}/`);
}

/** The server's words of a refusal, without numbers (a session or trace id, a time) that differ from one try to the next. */
function refusalKey(s: SourceStatus): string {
  const words = (s.signInRefused?.reason ?? s.lastError ?? '').replace(/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}/gi, '#').replace(/\d+/g, '#');
  return createHash('sha256').update(words).digest('hex').slice(0, 16);
}

/** A dated item of a case file: a certification or a benefit (voucher). */
export interface ExpiringItem {
  name: string;
  expiresOn: string;
}

/** Items of a case that expire within `days` days of `today` (YYYY-MM-DD), not already expired: one notification per item and date. */
export function expiringNotifications(caseId: string, items: readonly ExpiringItem[], today: string, days: number, language: NotifyLanguage, links: Links): Notification[] {
  const limit = new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  return items
    .filter((i) => i.expiresOn >= today && i.expiresOn <= limit)
    .map((i) =>
      build(
        `expiring-${caseId}-${createHash('sha256').update(i.name).digest('hex').slice(0, 10)}-${i.expiresOn}`,
        { event: 'expiring', language, item: i },
        caseId,
        `${today}T00:00:00.000Z`,
        caseUrl(links, caseId),
      ),
    );
}

/** The test notification of `certmerge notify test`: a fresh id per run. */
export function testNotification(now: Date, language: NotifyLanguage, links: Links): Notification {
  return build(`test-${now.getTime().toString(36)}`, { event: 'test', language }, null, now.toISOString(), `${links.base}/`);
}
