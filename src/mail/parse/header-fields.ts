import { parseAddressHeader } from 'mailparser';
import { LIMITS } from './limits.js';
import type { AuthResultsHeader, AutoReplyHeaders, DkimSignatureTags, MailAddress, TraceFields } from './parsed-message.js';

/** A header field in message order: lowercase name and unfolded raw value. */
export interface HeaderField {
  name: string;
  value: string;
  /**
   * True when whitespace stood between the name and the colon
   * (`Authentication-Results : ...`). RFC 5322 §4.5.8 keeps that form only as
   * obsolete syntax; mailparser files it under the same key, so we remember it:
   * such a field is never the receiving server's Authentication-Results.
   */
  spacedName?: true;
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
    const field: HeaderField = { name: key.toLowerCase(), value: unfolded.trim().slice(0, LIMITS.headerValueChars) };
    if (colon > 0 && /[ \t]$/.test(line.slice(0, colon))) field.spacedName = true;
    return field;
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

/** Authentication-Results fields spelled exactly so (no whitespace before the colon), topmost first. */
export function authResultsOf(fields: HeaderField[]): AuthResultsHeader[] {
  const out: AuthResultsHeader[] = [];
  fields.forEach((f, position) => {
    if (f.name === 'authentication-results' && !f.spacedName && out.length < LIMITS.authResultsFields) out.push({ value: f.value, position });
  });
  return out;
}


/**
 * Every mailbox named by all fields called `name`, groups flattened. Parsed from
 * the raw fields rather than mailparser's map, which keeps only the first From:
 * a second From field must count against the sender. Domains stay in their ASCII
 * (punycode) form so a look-alike cannot pass for the real name.
 */
export function addressList(fields: HeaderField[], name: string): MailAddress[] {
  // Header lines arrive as latin1; 8-bit display names are UTF-8 in practice.
  const values = fields.filter((f) => f.name === name).map((f) => Buffer.from(f.value, 'latin1').toString('utf8'));
  if (values.length === 0) return [];
  let parsed;
  try {
    parsed = parseAddressHeader(values, { flatten: true, decodePunycode: false });
  } catch {
    return [];
  }
  return parsed.value
    .filter((a) => typeof a.address === 'string' && a.address.length > 0)
    .slice(0, LIMITS.addresses)
    .map((a) => ({
      address: (a.address ?? '').slice(0, LIMITS.addressChars),
      name: (a.name ?? '').slice(0, LIMITS.nameChars),
    }));
}


/** Every `<id>` in a Message-ID-list header (In-Reply-To, References), in order. */
export function messageIdsIn(value: string | null): string[] {
  if (!value) return [];
  const ids = value.match(/<[^<>\s]+>/g) ?? [];
  // Keep the newest ones: the end of References is the nearest ancestor.
  return ids.slice(-LIMITS.references).map((id) => id.slice(0, LIMITS.headerValueChars));
}

/** A single Message-ID with brackets, or null when the value holds none. */
export function singleMessageId(value: string | null): string | null {
  if (!value) return null;
  const m = /<[^<>\s]+>/.exec(value);
  if (m) return m[0];
  // Some senders omit the brackets; accept a bare id@host.
  const bare = value.trim();
  return /^[^\s<>@]+@[^\s<>@]+$/.test(bare) ? `<${bare}>` : null;
}

/**
 * The trace and delivery fields the verifier and the recipient check read:
 * where each `Received:` sits (and the host its `by` clause names), the
 * delivery agent's `Delivered-To:` / `X-Original-To:`, any `Resent-*` field,
 * and the Authentication-Results look-alikes that are never trusted.
 */
export function traceOf(fields: HeaderField[]): TraceFields {
  const trace: TraceFields = { received: [], deliveredTo: [], xOriginalTo: [], resent: [], spacedAuthResults: 0, authResultsOriginal: 0, toFields: 0, ccFields: 0, dkimSignatures: [] };
  fields.forEach((f, position) => {
    if (f.name === 'to') trace.toFields++;
    else if (f.name === 'cc') trace.ccFields++;
    else if (f.name === 'dkim-signature') {
      const tags = dkimTags(f.value);
      if (tags && trace.dkimSignatures.length < LIMITS.traceFields) trace.dkimSignatures.push(tags);
    } else if (f.name === 'received' && trace.received.length < LIMITS.traceFields) trace.received.push({ position, by: receivedBy(f.value) });
    else if (f.name === 'delivered-to' && trace.deliveredTo.length < LIMITS.traceFields) trace.deliveredTo.push(bareAddress(f.value));
    else if (f.name === 'x-original-to' && trace.xOriginalTo.length < LIMITS.traceFields) trace.xOriginalTo.push(bareAddress(f.value));
    else if (f.name.startsWith('resent-') && trace.resent.length < LIMITS.traceFields) trace.resent.push(f.name);
    else if (f.name === 'authentication-results' && f.spacedName) trace.spacedAuthResults++;
    else if (f.name === 'authentication-results-original') trace.authResultsOriginal++;
  });
  return trace;
}

/** `d=`, `s=` and `h=` of a DKIM-Signature field (RFC 6376 §3.5), lowercase; null when `d=` or `h=` is missing. */
function dkimTags(value: string): DkimSignatureTags | null {
  const tags = new Map<string, string>();
  for (const part of value.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) tags.set(part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).replace(/\s+/g, ''));
  }
  const domain = tags.get('d')?.toLowerCase();
  const h = tags.get('h');
  if (!domain || !h) return null;
  const signedFields = h.toLowerCase().split(':').filter(Boolean).slice(0, 100);
  return { domain: domain.slice(0, 255), selector: (tags.get('s') ?? '').toLowerCase().slice(0, 255), signedFields };
}

/** The host a Received field's `by` clause names (RFC 5321 §4.4), lowercase; null when it has none. */
function receivedBy(value: string): string | null {
  const m = /(?:^|[\s)])by\s+([A-Za-z0-9.[\]:_-]+)/i.exec(value.replace(/\([^()]*\)/g, ' '));
  return m?.[1] ? m[1].toLowerCase().replace(/\.$/, '') : null;
}

/** `<user@example.com>` or `user@example.com` → `user@example.com`, lowercase. */
function bareAddress(value: string): string {
  const angle = /<([^<>]*)>/.exec(value);
  return (angle?.[1] ?? value).trim().toLowerCase().slice(0, LIMITS.addressChars);
}
