/**
 * RFC 5322 §3.6.4 threading for a reply: In-Reply-To is the parent's
 * Message-ID, References is the parent's References followed by it.
 */

import { normalizeMessageId, splitMessageIds } from '../message-id.js';

export { normalizeMessageId, splitMessageIds };

/** References longer than this keep the first ID (the thread root) and the newest ones. */
export const MAX_REFERENCES = 20;

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
