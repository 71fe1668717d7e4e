/**
 * Waits until `pred` returns something truthy (polling every `everyMs`) and
 * returns it; fails naming `what` after the timeout. For conditions with no
 * event to wait on; never sleep a fixed time instead.
 */
export async function waitFor<T>(pred: () => T | Promise<T>, what: string | (() => string), timeoutMs = 5000, everyMs = 10): Promise<NonNullable<T>> {
  // performance.now, not Date: a test may have mocked Date.
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const v = await pred();
    if (v) return v as NonNullable<T>;
    if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${typeof what === 'function' ? what() : what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
