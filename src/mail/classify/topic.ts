import type { CompiledLexicon } from './frames.js';

/** What a message says its support case is about, as found in its subject and new text (normalized). */
export interface Topic {
  /** The words that speak of an account merge, when any do. */
  merge?: string;
  /** Another matter the message names (a billing question, an exam booking...), when it names one. */
  other?: { topic: string; said: string };
}

/**
 * Reads the topic of a message. The user's other support cases (a refund, an
 * exam booking, a voucher order) send receipts, requests and closings worded
 * exactly like the merge case's: what they are about tells them apart. The
 * subject is read first, since a support system repeats the case's subject
 * there.
 */
export function readTopic(topics: CompiledLexicon['topics'], subject: string, text: string): Topic {
  const out: Topic = {};
  for (const where of [subject, text]) {
    for (const [name, re] of topics) {
      if (name === 'merge' ? out.merge !== undefined : out.other !== undefined) continue;
      const m = re.exec(where);
      if (!m) continue;
      if (name === 'merge') out.merge = m[0];
      else out.other = { topic: name, said: m[0] };
    }
  }
  return out;
}
