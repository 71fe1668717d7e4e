import v8 from 'node:v8';
import vm from 'node:vm';
import type { Timers } from '../scheduler/deadline-scheduler.js';

export interface HeapTrimmerDeps {
  timers: Timers;
  /** A full garbage collection. */
  collect(): void;
  /** Quiet time after the last burst of work before the first collection (ms). */
  quietMs?: number;
  /**
   * Time from the first collection to the second (ms). V8 shrinks the young
   * generation at a collection only when the allocation rate since the one
   * before (over some 5 s) is low; the first collection marks the end of the
   * burst, the second, after a quiet window, is the one that gives memory back.
   */
  settleMs?: number;
  onTrimmed?(): void;
}

/**
 * A burst of work (a first sync, drafts for many cases at start-up) grows V8's
 * young generation to its maximum (32 MB), and V8 shrinks it again only at a
 * garbage collection, which an idle daemon never triggers: it would sit on
 * that memory for weeks. So once the daemon has been quiet for a moment after
 * work, it asks for two full collections a few seconds apart, which give the
 * space back. Work keeps pushing the moment on; an idle daemon is left alone.
 */
export class HeapTrimmer {
  private timer: unknown = null;
  private readonly quietMs: number;
  private readonly settleMs: number;

  constructor(private readonly deps: HeapTrimmerDeps) {
    this.quietMs = deps.quietMs ?? 3000;
    this.settleMs = deps.settleMs ?? 6000;
  }

  /** Something did work: collect once things have been quiet for `quietMs`, and again `settleMs` later. */
  worked(): void {
    this.arm(this.quietMs, () => {
      this.deps.collect();
      this.arm(this.settleMs, () => {
        this.deps.collect();
        this.deps.onTrimmed?.();
      });
    });
  }

  private arm(ms: number, fn: () => void): void {
    if (this.timer !== null) this.deps.timers.clearTimeout(this.timer);
    this.timer = this.deps.timers.setTimeout(() => {
      this.timer = null;
      fn();
    }, ms);
  }

  stop(): void {
    if (this.timer !== null) this.deps.timers.clearTimeout(this.timer);
    this.timer = null;
  }
}

let exposedGc: (() => void) | null = null;

/**
 * V8's own full collection, without starting node with --expose-gc: the flag
 * set at run time exposes `gc` to contexts created afterwards (the way Jest's
 * leak detector gets it).
 */
export function fullGc(): void {
  if (!exposedGc) {
    v8.setFlagsFromString('--expose-gc');
    exposedGc = vm.runInNewContext('gc') as () => void;
  }
  exposedGc();
}
