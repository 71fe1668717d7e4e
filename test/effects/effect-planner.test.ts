import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EffectPlanner, type EffectPlannerDeps } from '../../src/effects/effect-planner.js';

/** A promise the test settles by hand. */
function gate<T = void>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Lets every queued promise callback run. */
const settle = () => new Promise<void>((r) => setImmediate(r));

/** A planner on recording fakes: `calls` lists what it did, in order; `over` replaces some of them. */
function planner(over: (calls: string[]) => Partial<EffectPlannerDeps> = () => ({})) {
  const calls: string[] = [];
  const logged: { obj: Record<string, unknown>; msg: string | undefined }[] = [];
  let mark = 'm0';
  const deps: EffectPlannerDeps = {
    reconcileDrafts: async (ids) => void calls.push(`reconcile ${ids ? ids.join(',') || '[]' : 'all'}`),
    retryUnmatched: async () => (calls.push('retry'), []),
    casesMark: () => mark,
    wakeWriter: async () => void calls.push('wake'),
    planNotifications: () => void calls.push('notify'),
    pendingDrafts: () => 0,
    pokeScheduler: () => void calls.push('poke'),
    logger: {
      debug: () => {},
      info: () => {},
      warn: (obj, msg) => logged.push({ obj: obj as Record<string, unknown>, msg }),
      error: (obj, msg) => logged.push({ obj: obj as Record<string, unknown>, msg }),
    },
    ...over(calls),
  };
  return { effects: new EffectPlanner(deps), calls, logged, setMark: (m: string) => (mark = m) };
}

describe('EffectPlanner', () => {
  it('should plan drafts, then notifications, then wake the writer after a change, and resolve once the writer drained', async () => {
    const drained = gate();
    const { effects: e, calls } = planner((calls) => ({ wakeWriter: () => (calls.push('wake'), drained.promise) }));
    let done = false;
    const changed = e.changed(['a', 'b']).then(() => (done = true));
    await settle();
    // The cases mark was never seen: unmatched mail is looked at once, before the planning.
    assert.deepEqual(calls, ['poke', 'retry', 'reconcile a,b', 'notify', 'wake']);
    assert.equal(done, false, 'waits for the writer');
    drained.resolve();
    await changed;
    assert.equal(done, true);
  });

  it('should defer planning while a batch runs and plan once at its end, for every case asked about', async () => {
    const { effects, calls } = planner();
    effects.batchStarted();
    await effects.messageApplied('a');
    await effects.messageApplied('b');
    let waited = false;
    const asked = effects.changed(['c']).then(() => (waited = true));
    await settle();
    assert.deepEqual(calls, ['poke', 'retry', 'poke', 'poke'], 'timers follow at once; no draft, no notification, no writer');
    assert.equal(waited, false);
    await effects.batchEnded();
    await asked;
    assert.equal(waited, true);
    assert.deepEqual(calls.slice(4), ['reconcile a,b,c', 'notify', 'wake']);
  });

  it('should plan every case at the end of a batch when a change meanwhile did not say which', async () => {
    const { effects, calls } = planner();
    effects.batchStarted();
    await effects.messageApplied('a');
    const asked = effects.changed();
    await effects.batchEnded();
    await asked;
    assert.deepEqual(calls, ['poke', 'retry', 'poke', 'reconcile all', 'notify', 'wake']);
  });

  it('should plan nothing at the end of a batch nothing happened in', async () => {
    const { effects, calls } = planner();
    effects.batchStarted();
    await effects.batchEnded();
    await settle();
    assert.deepEqual(calls, []);
  });

  it('should resolve the end of a batch after the planning, and the waiting changes only after the writer drained', async () => {
    const drained = gate();
    const p = planner((calls) => ({ wakeWriter: () => (calls.push('wake'), drained.promise) }));
    const e = p.effects;
    e.batchStarted();
    let waited = false;
    const asked = e.changed(['a']).then(() => (waited = true));
    await e.batchEnded();
    assert.deepEqual(p.calls, ['poke', 'retry', 'reconcile a', 'notify', 'wake'], 'the source goes back to waiting while the writer drains');
    await settle();
    assert.equal(waited, false);
    drained.resolve();
    await asked;
    assert.equal(waited, true);
  });

  it('should plan outside a batch at once after one ended, and a message outside a batch at once', async () => {
    const { effects, calls } = planner();
    effects.batchStarted();
    await effects.batchEnded();
    await effects.messageApplied('a');
    assert.deepEqual(calls, ['poke', 'retry', 'reconcile a', 'notify', 'wake']);
  });

  it('should never run two plannings at once', async () => {
    let running = 0;
    let most = 0;
    const gates = [gate(), gate(), gate()];
    let n = 0;
    const p = planner((calls) => ({
      reconcileDrafts: async (ids) => {
        running++;
        most = Math.max(most, running);
        calls.push(`reconcile ${ids?.join(',') ?? 'all'}`);
        await gates[n++]!.promise;
        running--;
      },
    }));
    const e = p.effects;
    const all = [e.changed(['a']), e.changed(['b']), e.changed()];
    await settle();
    assert.deepEqual(p.calls.filter((c) => c.startsWith('reconcile')), ['reconcile a'], 'the second waits for the first');
    gates[0]!.resolve();
    await settle();
    assert.deepEqual(p.calls.filter((c) => c.startsWith('reconcile')), ['reconcile a', 'reconcile b']);
    gates[1]!.resolve();
    gates[2]!.resolve();
    await Promise.all(all);
    assert.equal(most, 1);
    assert.deepEqual(p.calls.filter((c) => c.startsWith('reconcile')), ['reconcile a', 'reconcile b', 'reconcile all']);
  });

  it('should look at unmatched mail again only when the cases changed, in order with the plannings, and plan the cases it moved', async () => {
    let moved: string[] = [];
    const p = planner((calls) => ({ retryUnmatched: async () => (calls.push('retry'), moved) }));
    const e = p.effects;
    await e.changed(['a']);
    p.calls.length = 0;
    await e.changed(['a']);
    assert.deepEqual(p.calls, ['poke', 'reconcile a', 'notify', 'wake'], 'same cases, same mark: not again');
    p.calls.length = 0;
    p.setMark('m1');
    moved = ['x', 'a'];
    await e.changed(['a']);
    assert.deepEqual(p.calls, ['poke', 'retry', 'reconcile a,x', 'notify', 'wake']);
    // Inside a batch, right away: the cases it moved are planned at the batch's end.
    p.calls.length = 0;
    p.setMark('m2');
    moved = ['y'];
    e.batchStarted();
    await e.messageApplied('b');
    assert.deepEqual(p.calls, ['poke', 'retry']);
    await e.batchEnded();
    assert.deepEqual(p.calls.slice(2), ['reconcile b,y', 'notify', 'wake']);
    // A change asking about every case stays "every case".
    p.calls.length = 0;
    p.setMark('m3');
    await e.changed();
    assert.deepEqual(p.calls, ['poke', 'retry', 'reconcile all', 'notify', 'wake']);
  });

  it('should log failures with { err } and never throw: the next change plans again', async () => {
    const boom = new Error('disk full');
    let failReconcile = true;
    const p = planner((calls) => ({
      reconcileDrafts: async () => {
        calls.push('reconcile');
        if (failReconcile) throw boom;
      },
      retryUnmatched: async () => {
        throw boom;
      },
      planNotifications: () => {
        throw boom;
      },
      wakeWriter: async () => {
        throw boom;
      },
    }));
    const e = p.effects;
    // Unmatched mail that cannot be looked at again: this planning stops there (logged); the next one goes on.
    await e.changed(['a']);
    await e.changed(['a']);
    assert.deepEqual(p.calls, ['poke', 'poke', 'reconcile']);
    assert.deepEqual(
      p.logged.map((l) => [l.msg, l.obj.err]),
      [
        ['could not prepare drafts', boom],
        ['notifications: could not plan', boom],
        ['drafts: the writer failed', boom],
        ['could not prepare drafts', boom],
        ['notifications: could not plan', boom],
        ['drafts: the writer failed', boom],
      ],
    );
    // In a batch the unmatched mail is looked at alone: its failure is logged, the message's case still planned.
    p.logged.length = 0;
    p.calls.length = 0;
    failReconcile = false;
    p.setMark('m1');
    e.batchStarted();
    await e.messageApplied('b');
    await e.batchEnded();
    await settle();
    assert.deepEqual(p.calls, ['poke', 'reconcile']);
    assert.deepEqual(
      p.logged.map((l) => [l.msg, l.obj.err]),
      [
        ['could not look at unmatched mail again', boom],
        ['notifications: could not plan', boom],
        ['drafts: the writer failed', boom],
      ],
    );
  });

  it('should plan notifications when the mailbox goes down or comes up, and plan drafts that waited for it', async () => {
    let pending = 0;
    const p = planner(() => ({ pendingDrafts: () => pending }));
    const e = p.effects;
    e.connectionChanged(false);
    assert.deepEqual(p.calls, ['notify'], 'down: notified at once');
    p.calls.length = 0;
    e.connectionChanged(true);
    await settle();
    assert.deepEqual(p.calls, ['notify'], 'up with nothing waiting: noted, nothing planned');
    p.calls.length = 0;
    e.connectionChanged(true);
    assert.deepEqual(p.calls, [], 'still up: nothing');
    e.connectionChanged(false);
    p.calls.length = 0;
    pending = 2;
    // Came up inside the reconnect's first sync: the drafts are planned once it ended.
    e.batchStarted();
    e.connectionChanged(true);
    await settle();
    assert.deepEqual(p.calls, ['poke', 'notify']);
    await e.batchEnded();
    await settle();
    assert.deepEqual(p.calls.slice(2), ['retry', 'reconcile []', 'notify', 'wake']);
  });
});

