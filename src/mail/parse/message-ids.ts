import { LIMITS } from './limits.js';

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
