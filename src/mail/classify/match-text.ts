/**
 * The form rules are matched against: NFKC (full-width `ＩＤ：` becomes `ID:`,
 * half-width kana become full-width) and every run of whitespace, line breaks
 * and ideographic spaces included, collapsed to one space, so a pattern never
 * has to care how a sentence was wrapped.
 */
export function matchText(s: string): string {
  // The subject is matched by the auto-reply check and then by the rules: the
  // last answer is kept so the same text is not normalized twice in a row.
  if (s === lastInput) return lastOutput;
  const out = s.normalize('NFKC').replace(/[\s\u3000]+/gu, ' ').trim();
  lastInput = s;
  lastOutput = out;
  return out;
}
let lastInput = '';
let lastOutput = '';
