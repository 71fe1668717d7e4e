import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { backoffDelay } from '../../../src/mail/sources/backoff.js';

describe('backoffDelay', () => {
  it('should double from the base and stop at the cap', () => {
    const top = (a: number): number => backoffDelay(a, { baseMs: 1000, capMs: 60_000 }, () => 1);
    assert.deepEqual([0, 1, 2, 3, 6, 7, 50].map(top), [1000, 2000, 4000, 8000, 60_000, 60_000, 60_000]);
  });

  it('should jitter between half and all of the nominal delay', () => {
    assert.equal(backoffDelay(3, { baseMs: 1000, capMs: 60_000 }, () => 0), 4000);
    for (let i = 0; i < 100; i++) {
      const d = backoffDelay(2, { baseMs: 1000, capMs: 60_000 });
      assert.ok(d >= 2000 && d <= 4000, String(d));
    }
  });
});
