import type { Clock, Timers } from '../clock/clock.js';
import type { ApplyResult } from '../cases/case-service.js';


export interface DeadlineSchedulerDeps {
  clock: Clock;
  timers: Timers;
  /** Sends every due timeout event; returns what it applied. */
  fireDue(): ApplyResult[];
  /** The earliest stored due time (ISO), or null. */
  nextDueAt(): string | null;
  onFired?(results: ApplyResult[]): void;
  onError?(err: unknown): void;
  /**
   * Longest sleep between checks. Another process (the CLI) may add an
   * earlier deadline while we sleep, so we never sleep longer than this.
   */
  maxSleepMs?: number;
}

/**
 * Sends explicit timeout events when stored due times pass. Due times live in
 * SQLite, not in XState `after` delays, so they survive restarts: `start()`
 * fires at once everything that fell due while certmerge was stopped.
 */
export class DeadlineScheduler {
  private handle: unknown = null;
  private running = false;

  constructor(private readonly deps: DeadlineSchedulerDeps) {}

  start(): void {
    this.running = true;
    this.tick();
  }

  stop(): void {
    this.running = false;
    if (this.handle !== null) this.deps.timers.clearTimeout(this.handle);
    this.handle = null;
  }

  /** Re-plans the next wake-up (call after a change that may add an earlier deadline). */
  poke(): void {
    if (this.running) this.tick();
  }

  /** Fires what is due now and schedules the next check. */
  tick(): void {
    if (this.handle !== null) this.deps.timers.clearTimeout(this.handle);
    this.handle = null;
    try {
      const fired = this.deps.fireDue();
      if (fired.length) this.deps.onFired?.(fired);
    } catch (err) {
      this.deps.onError?.(err);
    }
    if (!this.running) return;
    const maxSleep = this.deps.maxSleepMs ?? 60_000;
    const next = this.deps.nextDueAt();
    const wait = next === null ? maxSleep : Math.max(0, Math.min(maxSleep, new Date(next).getTime() - this.deps.clock.now().getTime()));
    // Node caps timers at 2^31-1 ms; maxSleep keeps us far below it.
    this.handle = this.deps.timers.setTimeout(() => this.tick(), wait + 5);
  }
}
