/**
 * A parser for Authentication-Results field values (RFC 8601): comments in
 * parentheses (nested, with escapes), quoted strings, and several resinfo
 * entries separated by `;`. mailauth verifies but does not parse other
 * servers' fields, and the grammar is all we need here.
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
  /** Lowercase authserv-id, unquoted: who claims to have done the checks; '' when the field has none (Microsoft). */
  authservId: string;
  /**
   * How the authserv-id was written. `token`: a bare token, optionally with a
   * version number (`mx.example.com 1`), the form every server we know writes;
   * `quoted`: a quoted-string (RFC 8601 §2.2 allows `value`, so this is legal,
   * but no receiving server writes it: we never take it for our server);
   * `extra`: more tokens than a version after it (not RFC 8601 syntax);
   * `none`: the field starts with a result (Microsoft's form).
   */
  idForm: 'token' | 'quoted' | 'extra' | 'none';
  results: AuthResult[];
}

/** Parses one field value; null for an empty one. */
export function parseAuthResults(value: string): AuthResultsField | null {
  const segments = splitOutsideQuotes(removeComments(value), ';').map((s) => s.trim());
  const head = segments.shift() ?? '';
  if (!head && segments.length === 0) return null;
  const words = head.split(/\s+/).filter(Boolean);
  const first = words[0] ?? '';
  let authservId = '';
  let idForm: AuthResultsField['idForm'];
  // A token cannot hold '=' (RFC 2045 tspecials): a head like `spf=pass ...` is a result, not an id.
  if (!first || (first.includes('=') && !first.startsWith('"'))) {
    idForm = 'none';
    if (head) segments.unshift(head);
  } else {
    authservId = unquote(first).toLowerCase();
    idForm = first.startsWith('"') ? 'quoted' : words.length === 1 || (words.length === 2 && /^\d+$/.test(words[1] ?? '')) ? 'token' : 'extra';
  }
  if (!authservId && idForm !== 'none') return null;
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
  return { authservId, idForm, results };
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
