/**
 * Caps on what one message may put in memory and in the database: mail is
 * untrusted input and a single reply must never cost more than a few hundred KB.
 */
export const LIMITS = {
  subjectChars: 1024,
  textChars: 200 * 1024,
  htmlChars: 512 * 1024,
  /** mailparser's own HTML→text conversion for HTML-only mail stops above this. */
  htmlToParseChars: 1024 * 1024,
  nameChars: 256,
  addressChars: 320,
  headerValueChars: 4096,
  addresses: 50,
  references: 100,
  authResultsFields: 20,
  /** Received, Delivered-To, X-Original-To and Resent-* fields kept per kind. */
  traceFields: 50,
} as const;

/** Cuts `s` to `max` characters; `cut` tells the caller that it happened. */
export function bound(s: string, max: number): { value: string; cut: boolean } {
  return s.length > max ? { value: s.slice(0, max), cut: true } : { value: s, cut: false };
}
