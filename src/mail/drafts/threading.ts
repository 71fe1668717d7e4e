/**
 * RFC 5322 §3.6.4 threading for a reply: In-Reply-To is the parent's
 * Message-ID, References is the parent's References followed by it.
 */

/** References longer than this keep the first ID (the thread root) and the newest ones. */
export const MAX_REFERENCES = 20;

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

export interface ThreadingHeaders {
  inReplyTo: string | null;
  references: string[];
}

/** In-Reply-To and References for a reply to `parent`: deduplicated, capped at `max`, root and parent kept. */
export function buildThreadingHeaders(parent: { messageId: string; references: readonly string[] }, max = MAX_REFERENCES): ThreadingHeaders {
  const inReplyTo = normalizeMessageId(parent.messageId);
  const chain = splitMessageIds(parent.references).filter((id) => id !== inReplyTo);
  if (inReplyTo) chain.push(inReplyTo);
  // The parent was taken out above, so it stays last whatever the parent's References held.
  const references = chain.filter((id, i) => chain.indexOf(id) === i);
  const cap = Math.max(2, max);
  if (references.length <= cap) return { inReplyTo, references };
  const [root] = references;
  const tail = references.slice(references.length - (cap - 1));
  return { inReplyTo, references: root === undefined ? tail : [root, ...tail] };
}
