import type { Logger } from '../log.js';

/** What the planner sets in motion; plain functions, so it runs in a test without IMAP or SQLite. */
export interface EffectPlannerDeps {
  /** Plans the drafts these cases need (every case when undefined) into the outbox. */
  reconcileDrafts(caseIds?: string[]): Promise<unknown>;
  /** Looks again at mail stored as matching no case; resolves to the cases it moved. */
  retryUnmatched(): Promise<string[]>;
  /** Changes when a case is created or gets its support case ID: what unmatched mail may be waiting for. */
  casesMark(): string;
  /** Asks the draft writer to drain the outbox; resolves once a drain that began after the call ended. */
  wakeWriter(): Promise<void>;
  /** Plans notifications from the cases and the mail status as they are now. */
  planNotifications(): void;
  /** How many drafts wait in the outbox. */
  pendingDrafts(): number;
  /** The deadline scheduler looks at the next due time again. */
  pokeScheduler(): void;
  logger: Logger;
}

/**
 * When effects happen: after a change, drafts are planned into the outbox,
 * then notifications, then the draft writer is woken. While the mail source
 * works through a batch (a first sync, a catch-up after downtime, a burst),
 * planning waits for its end: a draft answering an info request that the next
 * message in the same batch supersedes is never composed, nor appended to the
 * user's Drafts folder. Drafts derive from case state, so a crash mid-batch
 * loses nothing: the next start reconciles every case that may need one.
 *
 * Plannings are serialized (two at once could compose the same draft twice;
 * the store would refuse the second). Nothing here throws: a failure is
 * logged with `{ err }` and the next change plans again.
 */
export class EffectPlanner {
  private inBatch = false;
  private readonly deferred = { all: false, ids: new Set<string>(), waiters: [] as (() => void)[] };
  /** Every planning and retry of unmatched mail runs after the one before it. */
  private queue: Promise<unknown> = Promise.resolve();
  private lastCasesMark = '';
  private wasConnected = false;

  constructor(private readonly deps: EffectPlannerDeps) {}

  /**
   * Something changed (ours or another process's; undefined: possibly every
   * case): drafts, timers and notifications follow. Resolves once the writer
   * drained the drafts planned for it; inside a batch, after the batch ended.
   */
  changed(caseIds?: string[]): Promise<void> {
    this.deps.pokeScheduler();
    if (!this.inBatch) return this.planNow(caseIds).then(() => this.wakeWriter());
    if (caseIds) caseIds.forEach((id) => this.deferred.ids.add(id));
    else this.deferred.all = true;
    return new Promise<void>((resolve) => this.deferred.waiters.push(resolve));
  }

  /** A message moved a case. Outside a batch its effects are planned at once; inside, at the batch's end. */
  async messageApplied(caseId: string): Promise<void> {
    if (!this.inBatch) return this.changed([caseId]);
    this.deps.pokeScheduler();
    this.deferred.ids.add(caseId);
    // Mail stored earlier as matching no case is looked at again right away, in the order it would have been.
    for (const id of await this.retryUnmatchedNow()) this.deferred.ids.add(id);
  }

  /** The mail source begins a batch. */
  batchStarted(): void {
    this.inBatch = true;
  }

  /**
   * The batch ended: what it and the changes meanwhile asked for is planned
   * once. Resolves after the planning only; the writer drains on its own while
   * the source goes back to waiting, and the changes' waiters resolve after it.
   */
  async batchEnded(): Promise<void> {
    this.inBatch = false;
    const { deferred } = this;
    if (!deferred.all && deferred.ids.size === 0 && deferred.waiters.length === 0) return;
    const ids = deferred.all ? undefined : [...deferred.ids];
    const waiters = deferred.waiters.splice(0);
    deferred.all = false;
    deferred.ids.clear();
    await this.planNow(ids);
    void this.wakeWriter().then(() => waiters.forEach((w) => w()));
  }

  /**
   * The mail source's connection came up or went down. Back online, drafts
   * planned while the mailbox was unreachable can reach the Drafts folder (the
   * writer retries by itself too): planned again, once the sync that follows
   * the reconnect is done, since it may make some moot. A refused sign-in
   * notifies at once, an outage once it lasted (the notifier's own tick sees
   * that); coming up is noted too, so that a later refusal is a new one.
   */
  connectionChanged(connected: boolean): void {
    const cameUp = connected && !this.wasConnected;
    this.wasConnected = connected;
    if (cameUp && this.pendingDrafts() > 0) void this.changed([]);
    if (!connected || cameUp) this.planNotifications();
  }

  private retryUnmatchedNow(): Promise<string[]> {
    const touched = this.queue
      .then(() => this.retryUnmatchedIfCasesChanged())
      .catch((err: unknown) => {
        this.deps.logger.error({ err }, 'could not look at unmatched mail again');
        return [] as string[];
      });
    this.queue = touched;
    return touched;
  }

  /** Drafts into the outbox, then notifications (they see the cases as the planning left them). */
  private planNow(caseIds: string[] | undefined): Promise<void> {
    const planned = this.queue
      .then(() => this.retryUnmatchedIfCasesChanged())
      .then((touched) => this.deps.reconcileDrafts(caseIds && touched.length ? [...new Set([...caseIds, ...touched])] : caseIds))
      .catch((err: unknown) => this.deps.logger.error({ err }, 'could not prepare drafts'))
      .then(() => this.planNotifications());
    this.queue = planned;
    return planned;
  }

  /** A new case, or a case that got its support case ID, may be what earlier unmatched mail was waiting for. */
  private async retryUnmatchedIfCasesChanged(): Promise<string[]> {
    const mark = this.deps.casesMark();
    if (mark === this.lastCasesMark) return [];
    this.lastCasesMark = mark;
    return this.deps.retryUnmatched();
  }

  private wakeWriter(): Promise<void> {
    return Promise.resolve()
      .then(() => this.deps.wakeWriter())
      .catch((err: unknown) => this.deps.logger.error({ err }, 'drafts: the writer failed'));
  }

  private planNotifications(): void {
    try {
      this.deps.planNotifications();
    } catch (err) {
      this.deps.logger.error({ err }, 'notifications: could not plan');
    }
  }

  private pendingDrafts(): number {
    try {
      return this.deps.pendingDrafts();
    } catch (err) {
      this.deps.logger.error({ err }, 'drafts: cannot count the outbox');
      return 0;
    }
  }
}
