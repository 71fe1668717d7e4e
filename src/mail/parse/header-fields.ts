import { LIMITS } from './limits.js';
import type { AuthResultsHeader, AutoReplyHeaders } from './parsed-message.js';

/** A header field in message order: lowercase name and unfolded raw value. */
export interface HeaderField {
  name: string;
  value: string;
}

/**
 * Turns mailparser's raw header lines (or our own split of a header block) into
 * unfolded fields. We read these raw rather than from mailparser's map because
 * the map merges repeated fields and loses their order, and the verifier needs
 * the order of Authentication-Results fields.
 */
export function toHeaderFields(lines: ReadonlyArray<{ key: string; line: string }>): HeaderField[] {
  return lines.map(({ key, line }) => {
    const colon = line.indexOf(':');
    const raw = colon >= 0 ? line.slice(colon + 1) : '';
    const unfolded = raw.includes('\n') ? raw.replace(/\r?\n[ \t]+/g, ' ') : raw;
    return { name: key.toLowerCase(), value: unfolded.trim().slice(0, LIMITS.headerValueChars) };
  });
}

/** The first value of a field, or null. */
export function firstField(fields: HeaderField[], name: string): string | null {
  return fields.find((f) => f.name === name)?.value ?? null;
}

export function autoReplyHeadersOf(fields: HeaderField[]): AutoReplyHeaders {
  return {
    autoSubmitted: firstField(fields, 'auto-submitted'),
    xAutoreply: firstField(fields, 'x-autoreply'),
    xAutorespond: firstField(fields, 'x-autorespond'),
    precedence: firstField(fields, 'precedence'),
    xAutoResponseSuppress: firstField(fields, 'x-auto-response-suppress'),
    listId: firstField(fields, 'list-id'),
    listUnsubscribe: firstField(fields, 'list-unsubscribe'),
  };
}

export function authResultsOf(fields: HeaderField[]): AuthResultsHeader[] {
  const out: AuthResultsHeader[] = [];
  fields.forEach((f, position) => {
    if (f.name === 'authentication-results' && out.length < LIMITS.authResultsFields) out.push({ value: f.value, position });
  });
  return out;
}
