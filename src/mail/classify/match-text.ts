/**
 * The form rules are matched against: NFKC (full-width `ＩＤ：` becomes `ID:`,
 * half-width kana become full-width) and every run of whitespace, line breaks
 * and ideographic spaces included, collapsed to one space, so a pattern never
 * has to care how a sentence was wrapped.
 */
export function matchText(s: string): string {
  return s.normalize('NFKC').replace(/[\s\u3000]+/gu, ' ').trim();
}
