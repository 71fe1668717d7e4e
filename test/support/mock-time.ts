import type { TestContext } from 'node:test';

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
