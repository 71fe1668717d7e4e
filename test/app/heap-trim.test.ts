import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { HeapTrimmer, fullGc } from '../../src/app/heap-trim.js';
import type { Timers } from '../../src/scheduler/deadline-scheduler.js';

/** Timers a test advances by hand. */
function fakeTimers(): Timers & { advance(ms: number): void } {
  let now = 0;
  let next = 1;
  const pending = new Map<number, { at: number; fn: () => void }>();
  return {
    setTimeout: (fn, ms) => {
      const id = next++;
      pending.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout: (h) => void pending.delete(h as number),
    advance(ms) {
      now += ms;
      for (const [id, t] of [...pending].sort((a, b) => a[1].at - b[1].at)) {
        if (t.at <= now) {
          pending.delete(id);
          t.fn();
        }
      }
    },
  };
}

describe('the heap trimmer', () => {
  it('should collect after work has been quiet for the set time, and once more after it settled, not before', () => {
    const timers = fakeTimers();
    let collections = 0;
    let trimmed = 0;
    const trimmer = new HeapTrimmer({ timers, collect: () => collections++, onTrimmed: () => trimmed++, quietMs: 2000, settleMs: 5000 });
    trimmer.worked();
    timers.advance(1500);
    trimmer.worked(); // more work pushes the moment on
    timers.advance(1500);
    assert.equal(collections, 0);
    timers.advance(600);
    assert.equal(collections, 1);
    timers.advance(5000);
    assert.equal(collections, 2);
    assert.equal(trimmed, 1);
    timers.advance(60_000);
    assert.equal(collections, 2, 'an idle daemon is not collected again');
    trimmer.worked();
    timers.advance(2000);
    assert.equal(collections, 3);
    trimmer.worked(); // work between the two collections starts over
    timers.advance(5000);
    assert.equal(collections, 4);
    timers.advance(5000);
    assert.equal(collections, 5);
    assert.equal(trimmed, 2);
  });

  it('should not collect after stop', () => {
    const timers = fakeTimers();
    let collections = 0;
    const trimmer = new HeapTrimmer({ timers, collect: () => collections++ });
    trimmer.worked();
    trimmer.stop();
    timers.advance(10_000);
    assert.equal(collections, 0);
  });

  it('should run a real full collection without node being started with --expose-gc', () => {
    const holder: { garbage: unknown[] | null } = { garbage: Array.from({ length: 300_000 }, (_, i) => ({ i, s: `item ${i}` })) };
    const before = process.memoryUsage().heapUsed;
    assert.ok(holder.garbage!.length > 0);
    holder.garbage = null;
    fullGc();
    const after = process.memoryUsage().heapUsed;
    assert.ok(after < before - 10 * 1024 * 1024, `heap used ${after} after the collection, ${before} before`);
  });
});

