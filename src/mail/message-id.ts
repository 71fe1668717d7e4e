/** Message-IDs (RFC 5322 §3.6.4) in one canonical `<id>` form, for threading and for finding mail by its ID. */

/** One Message-ID in canonical `<id>` form, or null when the value holds none. */
export function normalizeMessageId(value: string): string | null {
  const trimmed = value.trim().replace(/^<+/, '').replace(/>+$/, '').trim();
  if (trimmed === '' || /[\s<>]/.test(trimmed)) return null;
  // `.invalid` is reserved (RFC 2606): the parser's stand-in for a missing Message-ID, which nobody else knows.
  if (/\.invalid$/i.test(trimmed)) return null;
  return `<${trimmed}>`;
}

/** Splits header-style lists (`<a@x> <b@y>`, comma or space separated) into canonical IDs. */
export function splitMessageIds(values: readonly string[]): string[] {
  const out: string[] = [];
  for (const value of values) {
    const bracketed = value.match(/<[^<>\s]+>/g);
    const parts = bracketed ?? value.split(/[\s,]+/);
    for (const part of parts) {
      const id = normalizeMessageId(part);
      if (id) out.push(id);
    }
  }
  return out;
}
