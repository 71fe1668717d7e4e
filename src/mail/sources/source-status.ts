/** The health a source reports, kept in one place so both sources report it the same way. */
import type { SignInRefused, SourceStatus } from '../source-types.js';
import type { TimerClock } from '../../clock/clock.js';

export class StatusTracker {
  private s: SourceStatus;

  constructor(
    kind: SourceStatus['kind'],
    private readonly clock: TimerClock,
    private readonly notify?: (s: SourceStatus) => void,
  ) {
    // A source is down until it has connected once: /healthz must not report a source that never worked as fine.
    this.s = { kind, connected: false, lastSyncAt: null, downSince: clock.now().toISOString(), lastError: null, progress: null };
  }

  get(): SourceStatus {
    const { signInRefused, ...rest } = this.s;
    // Only present while refused: sources that never sign in report exactly what they always did.
    return { ...rest, progress: rest.progress ? { ...rest.progress } : null, ...(signInRefused ? { signInRefused: { ...signInRefused } } : {}) };
  }

  up(): void {
    this.set({ connected: true, downSince: null, lastError: null });
  }

  /** Marks the source down; keeps the first time it went down so the outage length is right. */
  down(error: string | null): void {
    this.set({
      connected: false,
      downSince: this.s.downSince ?? this.clock.now().toISOString(),
      lastError: error ?? this.s.lastError,
    });
  }

  error(message: string): void {
    this.set({ lastError: message });
  }

  /** A refused sign-in (null: it works again); keeps the time of the first refusal. */
  signIn(refused: Omit<SignInRefused, 'since'> | null): void {
    const prev = this.s.signInRefused;
    if (!refused) {
      if (prev) {
        delete this.s.signInRefused;
        this.notify?.(this.get());
      }
      return;
    }
    this.set({ signInRefused: { ...refused, since: prev?.since ?? this.clock.now().toISOString() } });
  }

  synced(): void {
    this.set({ lastSyncAt: this.clock.now().toISOString(), lastError: null, progress: null });
  }

  progress(done: number, total: number): void {
    this.set({ progress: { done, total } });
  }

  private set(patch: Partial<SourceStatus>): void {
    this.s = { ...this.s, ...patch };
    this.notify?.(this.get());
  }
}
