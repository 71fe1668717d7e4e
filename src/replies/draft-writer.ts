import type { Logger } from '../log.js';
import type { Clock, Timers } from '../clock/clock.js';
import { inSession, type DraftFolderOps, type DraftFolders } from '../mail/drafts/draft-folders.js';
import { backoffDelay, type BackoffOptions } from '../mail/sources/backoff.js';
import type { DraftStore } from '../store/draft-store.js';

export interface DraftWriterDeps {
  drafts: DraftStore;
  /** The Drafts folder: IMAP on a connection of its own, or Maildir directly. */
  folders: DraftFolders;
  clock: Clock;
  timers: Timers;
  logger: Logger;
  /** Delays between attempts while the mailbox cannot be reached. Default 5 s, doubling to 5 min. */
  retryBackoff?: BackoffOptions;
}

export const DRAFT_RETRY_BACKOFF: BackoffOptions = { baseMs: 5_000, capMs: 5 * 60_000 };

/**
 * Drains the drafts outbox into the mailbox: drafts planned as `pending` are
 * appended to Drafts, superseded ones we wrote are taken out of it. Rows are
 * committed before any mailbox work and the folder is listed before appending,
 * so a crash at any point neither loses a draft nor appends one twice.
 *
 * Woken after a change and on start; one drain at a time (wake-ups during a
 * drain share one more drain after it); retries with backoff while the
 * mailbox is down.
 */
export class DraftWriter {
  private running: Promise<void> | null = null;
  private queued: Promise<void> | null = null;
  private retryTimer: unknown = null;
  private failures = 0;
  private stopped = false;

  constructor(private readonly deps: DraftWriterDeps) {}

  /** Asks for a drain; resolves once one that began after this call has ended (it never rejects). */
  wake(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (!this.running) {
      this.running = this.drain().finally(() => {
        this.running = null;
      });
      return this.running;
    }
    this.queued ??= this.running.then(() => {
      this.queued = null;
      return this.wake();
    });
    return this.queued;
  }

  /** No more drains or retries; resolves when the current one has ended. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) this.deps.timers.clearTimeout(this.retryTimer);
    this.retryTimer = null;
    await this.queued;
    await this.running;
  }

  private async drain(): Promise<void> {
    if (this.retryTimer) this.deps.timers.clearTimeout(this.retryTimer);
    this.retryTimer = null;
    let failed: boolean;
    try {
      const { drafts } = this.deps;
      if (drafts.countWithStatus('pending') === 0 && drafts.staleUnchecked().length === 0) {
        this.failures = 0;
        return;
      }
      // One connection for the whole drain.
      failed = await inSession(this.deps.folders, (f) => this.work(f));
    } catch (err) {
      failed = true;
      this.deps.logger.warn({ err }, 'drafts: cannot reach the Drafts folder; will retry');
    }
    if (failed) this.scheduleRetry();
    else this.failures = 0;
  }

  /** One pass over both queues; true when something is left for a retry. */
  private async work(f: DraftFolderOps): Promise<boolean> {
    const { drafts, clock, logger } = this.deps;
    let failed = false;
    const pending = drafts.withStatus('pending');
    if (pending.length > 0) {
      // Listed first: a draft appended before a crash is there already and is not appended again.
      const present = await f.listDraftMessageIds();
      for (const d of pending) {
        try {
          // Re-read: planning, an edit or a discard may have changed it while the mailbox was busy.
          const now = drafts.get(d.id);
          if (now?.status !== 'pending' || !now.raw.equals(d.raw)) continue;
          if (!present.has(d.messageId)) await f.appendDraft(d.raw);
          drafts.markDrafted(d.id, d.raw, clock.now().toISOString());
        } catch (err) {
          failed = true;
          logger.warn({ draftId: d.id, err }, 'could not store the draft in the Drafts folder; will retry');
        }
      }
    }
    // A superseded draft must not be sent from the mail client by mistake: the copy we wrote leaves the
    // Drafts folder; one the user edited stays (it is theirs) and is flagged, on the dashboard and, where
    // the server allows, by a keyword in the mailbox.
    for (const d of drafts.staleUnchecked()) {
      try {
        const state = await f.removeStaleDraft(d.messageId, d.raw);
        drafts.setMailboxState(d.id, state);
        if (state === 'edited') logger.warn({ caseId: d.caseId, draftId: d.id, messageId: d.messageId }, 'a superseded draft was edited by the user: kept in Drafts and flagged; do not send it');
      } catch (err) {
        failed = true;
        logger.warn({ draftId: d.id, err }, 'could not remove a superseded draft from the Drafts folder; will retry');
      }
    }
    return failed;
  }

  private scheduleRetry(): void {
    if (this.stopped || this.retryTimer) return;
    const delay = backoffDelay(this.failures++, this.deps.retryBackoff ?? DRAFT_RETRY_BACKOFF);
    this.retryTimer = this.deps.timers.setTimeout(() => {
      this.retryTimer = null;
      void this.wake();
    }, delay);
  }
}
