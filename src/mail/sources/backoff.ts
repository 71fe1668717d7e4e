/**
 * Reconnect delays: exponential, capped, with jitter so that many clients
 * (or one client and a recovering server) do not retry in lockstep.
 */
export interface BackoffOptions {
  baseMs: number;
  capMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 1000, capMs: 60_000 };

/**
 * Delay before retry number `attempt` (0-based): base·2^attempt capped at
 * capMs, then "equal jitter" — between half and all of it, so a retry never
 * comes sooner than half the nominal delay.
 */
export function backoffDelay(attempt: number, opts: BackoffOptions = DEFAULT_BACKOFF, random: () => number = Math.random): number {
  const nominal = Math.min(opts.capMs, opts.baseMs * 2 ** Math.min(attempt, 30));
  return Math.round(nominal / 2 + random() * (nominal / 2));
}
