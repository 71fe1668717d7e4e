import type { DeliveryOutcome } from '../notification.js';

/** Longest wait for an endpoint's answer. */
export const HTTP_TIMEOUT_MS = 10_000;

/** Node's fetch (undici) errors name the cause one level down: ECONNREFUSED, a TLS failure... */
export function fetchErrorText(err: unknown): string {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError') return `no answer within ${HTTP_TIMEOUT_MS / 1000} s`;
  return e?.cause?.code ?? e?.cause?.message ?? e?.message ?? String(err);
}

/** POSTs and turns the answer into an outcome: a 2xx ends it, anything else is a failure to retry. */
export async function post(url: string, headers: Record<string, string>, body: string | Uint8Array): Promise<DeliveryOutcome> {
  try {
    const res = await fetch(url, { method: 'POST', headers, body: typeof body === 'string' ? body : new Uint8Array(body), redirect: 'manual', signal: AbortSignal.timeout(HTTP_TIMEOUT_MS) });
    // The answer's body is not needed, but reading it frees the connection.
    await res.arrayBuffer().catch(() => undefined);
    return { ok: res.status >= 200 && res.status < 300, detail: `HTTP ${res.status}` };
  } catch (err) {
    return { ok: false, detail: fetchErrorText(err) };
  }
}

/** `host[:port]` of an endpoint: how a channel is named without its path (an ntfy topic is as good as a password). */
export function hostOf(url: string): string {
  return new URL(url).host;
}
