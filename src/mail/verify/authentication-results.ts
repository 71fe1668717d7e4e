/**
 * A parser for Authentication-Results field values (RFC 8601): comments in
 * parentheses (nested, with escapes), quoted strings, and several resinfo
 * entries separated by `;`. mailauth would do this but is not a dependency, and
 * we need only the grammar, not the verification.
 */
export interface AuthResult {
  /** Lowercase method name without version: `dkim`, `dmarc`, `spf`, `arc`... */
  method: string;
  /** Lowercase result: `pass`, `fail`, `none`... */
  result: string;
  /** Properties by lowercase name: `header.d`, `header.from`, `smtp.mailfrom`, `reason`... */
  props: Record<string, string>;
}

export interface AuthResultsField {
  /** Lowercase authserv-id: who claims to have done the checks. */
  authservId: string;
  results: AuthResult[];
}

/** Parses one field value; null when it has no authserv-id at all. */
export function parseAuthResults(value: string): AuthResultsField | null {
  const segments = splitOutsideQuotes(removeComments(value), ';').map((s) => s.trim());
  const head = segments.shift() ?? '';
  const authservId = unquote(head.split(/\s+/)[0] ?? '').toLowerCase();
  if (!authservId) return null;
  const results: AuthResult[] = [];
  for (const seg of segments) {
    // An exec loop rather than matchAll, which clones the expression on every call.
    PAIR.lastIndex = 0;
    const first = PAIR.exec(seg);
    if (!first?.[1] || !first[2]) continue;
    const method = first[1].toLowerCase().split('/')[0] ?? '';
    if (!/^[a-z][a-z0-9_-]*$/.test(method)) continue;
    const props: Record<string, string> = {};
    for (let p = PAIR.exec(seg); p; p = PAIR.exec(seg)) if (p[1] && p[2] !== undefined) props[p[1].toLowerCase()] = unquote(p[2]);
    results.push({ method, result: unquote(first[2]).toLowerCase(), props });
  }
  return { authservId, results };
}

/** `name=value` or `name="quoted value"`; never matches the empty string, so an exec loop always advances. */
const PAIR = /([A-Za-z0-9_.\-/]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^\s;"]+)/g;

/** Replaces `(comments)` outside quoted strings with a space; an unclosed comment runs to the end. */
function removeComments(s: string): string {
  if (!s.includes('(')) return s;
  // Copies runs of text between comments as slices: building the result a character at a time was this parser's main cost.
  let out = '';
  let depth = 0;
  let inQuote = false;
  let runStart = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === BACKSLASH && (inQuote || depth > 0)) {
      // Kept with the escaped character outside comments, dropped inside them.
      i++;
      continue;
    }
    if (depth === 0 && c === DQUOTE) inQuote = !inQuote;
    if (!inQuote && c === OPEN) {
      if (depth === 0) out += s.slice(runStart, i);
      depth++;
      continue;
    }
    if (!inQuote && c === CLOSE && depth > 0) {
      depth--;
      if (depth === 0) {
        out += ' ';
        runStart = i + 1;
      }
    }
  }
  return depth === 0 ? out + s.slice(runStart) : out;
}

function splitOutsideQuotes(s: string, sep: string): string[] {
  if (!s.includes('"')) return s.split(sep);
  const parts: string[] = [];
  let inQuote = false;
  let partStart = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\' && inQuote) {
      i++;
      continue;
    }
    if (c === '"') inQuote = !inQuote;
    if (c === sep && !inQuote) {
      parts.push(s.slice(partStart, i));
      partStart = i + 1;
    }
  }
  parts.push(s.slice(partStart));
  return parts;
}

const BACKSLASH = 0x5c;
const DQUOTE = 0x22;
const OPEN = 0x28;
const CLOSE = 0x29;

function unquote(s: string): string {
  return s.startsWith('"') && s.endsWith('"') && s.length >= 2 ? s.slice(1, -1).replace(/\\(.)/g, '$1') : s;
}
