import type { AuthResultsHeader } from '../parse/parsed-message.js';
import { parseAuthResults, type AuthResultsField } from './authentication-results.js';

/**
 * The Authentication-Results fields we may believe. RFC 8601 §5: the receiving
 * server adds its own field on top, and anything further down arrived with the
 * message and may be forged by the sender. So the topmost A-R field must carry
 * our authserv-id, and we take it plus the fields directly adjacent to it
 * (servers that record each check in its own field write them together).
 * A field with our id further down is a forgery or a relay's leftover: ignored.
 */
export function trustedAuthResults(
  headers: AuthResultsHeader[],
  authservId: string,
): { trusted: AuthResultsField[]; reasons: string[] } {
  const id = authservId.toLowerCase();
  const reasons: string[] = [];
  const parsed = headers.map((h) => ({ value: h.value, position: h.position, field: parseAuthResults(h.value) }));
  const top = parsed[0];
  if (!top) return { trusted: [], reasons: ['no Authentication-Results header'] };
  if (top.field?.authservId !== id) {
    reasons.push(`the topmost Authentication-Results header is from "${top.field?.authservId ?? '(unreadable)'}", not the trusted "${authservId}"`);
    const ours = parsed.filter((p) => p.field?.authservId === id).length;
    if (ours > 0) reasons.push(`ignored ${ours} Authentication-Results header(s) claiming "${authservId}" below it: they may be forged`);
    return { trusted: [], reasons };
  }
  const trusted: AuthResultsField[] = [];
  let i = 0;
  for (; i < parsed.length; i++) {
    const p = parsed[i];
    const prev = parsed[i - 1];
    if (!p?.field || p.field.authservId !== id) break;
    if (prev && p.position !== prev.position + 1) break;
    trusted.push(p.field);
  }
  const ignoredOurs = parsed.slice(i).filter((p) => p.field?.authservId === id).length;
  if (ignoredOurs > 0) reasons.push(`ignored ${ignoredOurs} Authentication-Results header(s) claiming "${authservId}" below the topmost block: they may be forged`);
  const foreign = parsed.filter((p) => p.field && p.field.authservId !== id).length;
  if (foreign > 0) reasons.push(`ignored ${foreign} Authentication-Results header(s) from other servers`);
  return { trusted, reasons };
}
