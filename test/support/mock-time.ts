import { mock, type TestContext } from 'node:test';

/**
 * node:test mock timers with `Date` following them: the one way tests move
 * time. `setTimeout` (so `realTimers`) and `Date` (so `systemClock`) are mocked
 * until the test ends.
 */
export function mockTime(t: TestContext, start: string) {
  t.mock.timers.enable({ apis: ['setTimeout', 'Date'], now: new Date(start) });
  return {
    /** Moves time forward to `iso`, running every timer that falls due on the way. */
    advanceTo(iso: string): void {
      const ms = Date.parse(iso) - Date.now();
      if (ms < 0) throw new Error(`advanceTo(${iso}) would go back in time`);
      t.mock.timers.tick(ms);
    },
    /** Sets the date without running timers (time that passed while nothing was running). */
    setTo(iso: string): void {
      t.mock.timers.setTime(Date.parse(iso));
    },
  };
}

let dateMocked = false;

/**
 * `Date` (so `systemClock`) on node:test's top-level mock timers, timers left
 * real: for fixtures that outlive one test or run a server (the dashboard
 * harness, the wired test app), whose HTTP, SQLite and polling need real
 * timers. Starts the time at `start`; a fixture built while another one holds
 * the mock restarts it there, unless `keep` (a restart on the same data, whose
 * time goes on). `restore()` gives `Date` back; a fixture that is never
 * restored keeps it mocked until the next fixture or the end of its file's
 * process (every test file runs in its own).
 */
export function mockDate(start: string | Date, opts: { keep?: boolean } = {}) {
  if (!dateMocked) {
    mock.timers.enable({ apis: ['Date'], now: new Date(start) });
    dateMocked = true;
  } else if (!opts.keep) {
    mock.timers.setTime(new Date(start).getTime());
  }
  return {
    /** Moves time forward (timers are real: none run). */
    advance(ms: number): void {
      mock.timers.tick(ms);
    },
    /** Sets the date. */
    setTo(iso: string | Date): void {
      mock.timers.setTime(new Date(iso).getTime());
    },
    restore(): void {
      if (!dateMocked) return;
      mock.timers.reset();
      dateMocked = false;
    },
  };
}

export type MockedDate = ReturnType<typeof mockDate>;
