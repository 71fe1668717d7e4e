import type { Dict } from './en.js';

/**
 * The case file's validation lines are English (the CLI and the API print them as they are). The form shows
 * them in the page's language: each template that src/cases/case-file.ts and src/validation/format-issues.ts
 * write has a pattern here; a line none matches keeps its English words in parentheses after a Japanese lead.
 */
const TEMPLATES: { re: RegExp; say: (t: Dict['invalid'], m: RegExpExecArray) => string }[] = [
  { re: /^missing \(expected [^)]*\)$/, say: (t) => t.missing },
  { re: /^expected a date YYYY-MM-DD, got (.*)$/s, say: (t, m) => t.date(m[1]!) },
  { re: /^expected an email address, got (.*)$/s, say: (t, m) => t.email(m[1]!) },
  { re: /^expected "AWS" followed by digits, got (.*)$/s, say: (t, m) => t.candidateId(m[1]!) },
  { re: /^must not be empty$/, say: (t) => t.empty },
  { re: /^must be at most (\d+) characters$/, say: (t, m) => t.tooLong(m[1]!) },
  { re: /^must differ from target\.loginEmail \(both are (.*)\): two accounts cannot share a login$/s, say: (t, m) => t.sameLogin(m[1]!) },
  { re: /^must differ from target\.candidateId \(both are (.*)\)$/s, say: (t, m) => t.sameId(m[1]!) },
  { re: /^expiry (\S+) is before the pass date (\S+)$/, say: (t, m) => t.expiryBeforePass(m[1]!, m[2]!) },
  { re: /^pass date (\S+) is in the future \(today is (\S+)\)$/, say: (t, m) => t.future(m[1]!, m[2]!) },
  { re: /^expected one of (.*), got (.*)$/s, say: (t, m) => t.oneOf(m[1]!, m[2]!) },
  { re: /^unknown fields? (.*)$/s, say: (t, m) => t.unknownField(m[1]!) },
];

/** One validation message in the page's language; English pages keep the case file's own words. */
export function fieldError(t: Dict, message: string): string {
  if (t.lang === 'en') return message;
  for (const { re, say } of TEMPLATES) {
    const m = re.exec(message);
    if (m) return say(t.invalid, m);
  }
  return t.invalid.other(message);
}
