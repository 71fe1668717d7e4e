import type { MailSourceDeps } from './mail-source.js';

/**
 * A batch of mail a source works through (a first sync, a catch-up, what one
 * notification announced): tells the app when it starts and when it ends, once
 * each however many times either is asked, so drafts can wait for its end.
 */
export class SyncBatch {
  private open = false;

  constructor(
    private readonly deps: Pick<MailSourceDeps, 'syncStarted' | 'syncEnded' | 'logger'>,
    /** Names the failed work in the log, and keeps secrets out of it. */
    private readonly describeFailure: (err: unknown) => string,
  ) {}

  begin(): void {
    if (this.open) return;
    this.open = true;
    this.deps.syncStarted?.();
  }

  /** Never throws: work after the batch that fails is logged, and the source goes on. */
  async end(): Promise<void> {
    if (!this.open) return;
    this.open = false;
    try {
      await this.deps.syncEnded?.();
    } catch (err) {
      this.deps.logger.warn({ err: this.describeFailure(err) }, 'work after the sync failed');
    }
  }
}
