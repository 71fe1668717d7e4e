import type { Clock } from '../clock/clock.js';
import type { Timers } from '../clock/clock.js';
import type { Channel } from './notification.js';
import type { Outbox } from './outbox.js';
import type { Logger } from '../log.js';

/** Waits before each retry: 30 s, 2 min, 10 min, 30 min, 1 h, then every 3 h until the last. */
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [30_000, 120_000, 600_000, 1_800_000, 3_600_000, 10_800_000, 10_800_000, 10_800_000, 10_800_000];

export interface DispatcherDeps {
  outbox: Outbox;
  channels: readonly Channel[];
  clock: Clock;
  timers: Timers;
  /** Delay before retry n (index n-1); after the last, the delivery is given up as failed. */
  retryDelaysMs?: readonly number[];
  logger: Logger;
  /** Longest sleep between looks at the outbox (another process may have queued something). */
  maxSleepMs?: number;
}

/**
 * Works off the outbox: each pending delivery is tried on its channel; a
 * failure is retried with backoff; every attempt is logged. State lives in
 * SQLite, so a restart carries on with the same notification ids and
 * nothing delivered is delivered again.
 */
export class NotificationDispatcher {
  private handle: unknown = null;
  private running = false;
  private busy: Promise<void> | null = null;
  private again = false;
  private readonly byKey: Map<string, Channel>;

  constructor(private readonly deps: DispatcherDeps) {
    this.byKey = new Map(deps.channels.map((c) => [c.key, c]));
  }

  /** The channel keys a new notification gets a delivery for. */
  channelKeys(): string[] {
    return [...this.byKey.keys()];
  }

  start(): void {
    this.running = true;
    void this.poke();
  }

  stop(): Promise<void> {
    this.running = false;
    if (this.handle !== null) this.deps.timers.clearTimeout(this.handle);
    this.handle = null;
    return this.busy ?? Promise.resolve();
  }

  /** Delivers what is due now (one run at a time), then plans the next look. */
  poke(): Promise<void> {
    if (this.busy) {
      this.again = true;
      return this.busy;
    }
    this.busy = (async () => {
      try {
        do {
          this.again = false;
          await this.runDue();
        } while (this.again && this.running);
      } catch (err) {
        this.deps.logger.error({ err }, 'notifications: cannot read the outbox');
      } finally {
        this.busy = null;
        this.plan();
      }
    })();
    return this.busy;
  }

  /** Tries every delivery due now, once. */
  async runDue(): Promise<void> {
    const { outbox, clock } = this.deps;
    const delays = this.deps.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    for (const d of outbox.due(clock.now().toISOString())) {
      const channel = this.byKey.get(d.channel);
      const now = clock.now();
      if (!channel) {
        // Removed from the config since: nothing left to deliver it through.
        outbox.recordAttempt(d.notification.id, d.channel, now.toISOString(), { ok: false, detail: 'channel no longer configured' }, null);
        continue;
      }
      const outcome = await channel.deliver(d.notification);
      const at = clock.now();
      const delay = outcome.ok ? null : delays[d.attempts] ?? null;
      const retryAt = delay === null ? null : new Date(at.getTime() + delay).toISOString();
      outbox.recordAttempt(d.notification.id, d.channel, at.toISOString(), outcome, retryAt);
      const log = { id: d.notification.id, event: d.notification.event, channel: channel.label, attempt: d.attempts + 1, detail: outcome.detail };
      if (outcome.ok) this.deps.logger.info(log, 'notification delivered');
      else this.deps.logger.warn({ ...log, retryAt }, retryAt ? 'notification not delivered; will retry' : 'notification not delivered; giving up');
    }
  }

  private plan(): void {
    if (!this.running) return;
    if (this.handle !== null) this.deps.timers.clearTimeout(this.handle);
    const maxSleep = this.deps.maxSleepMs ?? 60_000;
    let next: string | null;
    try {
      next = this.deps.outbox.nextDueAt();
    } catch {
      next = null;
    }
    const wait = next === null ? maxSleep : Math.max(0, Math.min(maxSleep, new Date(next).getTime() - this.deps.clock.now().getTime()));
    this.handle = this.deps.timers.setTimeout(() => {
      this.handle = null;
      void this.poke();
    }, wait + 5);
  }
}
