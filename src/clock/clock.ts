/** Time, passed in so the lifecycle, scheduler and tests never read the wall clock themselves. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Timers, passed in like the clock so tests can drive them (or use node:test mock timers). */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Real timers, unref'd: a background timer never keeps a CLI process alive. */
export const realTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms).unref(),
  clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
};

/** The clock and timers together, for the mail sources' reconnects and watchdogs. */
export interface TimerClock extends Clock, Timers {}

export const systemTimerClock: TimerClock = { ...systemClock, ...realTimers };
