/** The health a source reports, kept in one place so both sources report it the same way. */
import type { SourceStatus } from '../source-types.js';
import type { TimerClock } from './mail-source.js';

export class StatusTracker {
  private s: SourceStatus;

  constructor(
    kind: SourceStatus['kind'],
    private readonly clock: TimerClock,
    private readonly notify?: (s: SourceStatus) => void,
  ) {
    // A source is down until it has connected once: /healthz must not report a source that never worked as fine.
    this.s = { kind, connected: false, lastSyncAt: null, downSince: new Date(clock.now()).toISOString(), lastError: null, progress: null };
  }

  get(): SourceStatus {
    return { ...this.s, progress: this.s.progress ? { ...this.s.progress } : null };
  }

  up(): void {
    this.set({ connected: true, downSince: null, lastError: null });
  }

  /** Marks the source down; keeps the first time it went down so the outage length is right. */
  down(error: string | null): void {
    this.set({
      connected: false,
      downSince: this.s.downSince ?? new Date(this.clock.now()).toISOString(),
      lastError: error ?? this.s.lastError,
    });
  }

  error(message: string): void {
    this.set({ lastError: message });
  }

  synced(): void {
    this.set({ lastSyncAt: new Date(this.clock.now()).toISOString(), lastError: null, progress: null });
  }

  progress(done: number, total: number): void {
    this.set({ progress: { done, total } });
  }

  private set(patch: Partial<SourceStatus>): void {
    this.s = { ...this.s, ...patch };
    this.notify?.(this.get());
  }
}
