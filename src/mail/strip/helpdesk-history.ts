/**
 * Helpdesk products (Zendesk, ServiceNow, Freshdesk and the like) send each new comment with the whole
 * conversation reprinted under it, newest first, every comment under a header of its author and its
 * date ("Tomas Berg, Feb 12, 2026, 15:00 UTC", "2026-02-11 09:58 UTC - Tomas Berg", or the name on one
 * line and 「2026/02/05 15:30」 on the next), often between rules. Nothing marks the reprint as quoted,
 * so an old request in it reads as today's. The history starts at the second comment header.
 */

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DATE = new RegExp(
  `\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{4}|${MONTH} \\d{1,2},? \\d{4}|\\d{1,2} ${MONTH},? \\d{4}|\\d{4}年\\s*\\d{1,2}月\\s*\\d{1,2}日(?:\\s*[(（][^)）]{1,3}[)）])?`,
  'iu',
);
const TIME = /\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:am|pm))?/iu;
const ZONE = /\b(?:utc|gmt|jst|pst|pdt|est|edt|cet|cest)\b|[+-]\d{2}:?\d{2}\b|\(?日本時間\)?/giu;
const RULE = /^\s*(?:-{5,}|_{5,}|={5,}|\*{5,})\s*$/;
/** What is left of a header once its date, time and zone are taken out: a name, some dashes and commas. */
const NAME_ONLY = /^[\s\-–—,|/()（）、]*[^\s:：。.!?！？@<>](?:[^:：。!?！？@<>]{0,40}?)[\s\-–—,|/()（）、]*$/u;
const SENTENCE_END = /[。.!?！？:：]\s*$/u;

/** A comment header's date line: a date and a time, and at most a name beside them. */
function isDateHeader(line: string): boolean {
  if (line.length > 90) return false;
  const date = DATE.exec(line);
  if (!date) return false;
  const rest = line.replace(DATE, ' ').replace(TIME, ' ');
  if (rest === line.replace(DATE, ' ')) return false; // a comment header has a time
  const name = rest.replace(ZONE, ' ').trim();
  return name === '' || NAME_ONLY.test(name);
}

/**
 * The first line of the reprinted history (the second comment header, with the rule or the name line
 * above it), or null when the text does not hold two comment headers. A header must stand after a blank
 * line or a rule and be followed by text, so a list of exam dates is no conversation.
 */
export function helpdeskHistoryStart(lines: readonly string[]): number | null {
  const headers: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!isDateHeader(line)) continue;
    // "Name" on the line above, the date alone on this one.
    const named = DATE.exec(line)!.index === 0 && i > 0 && isNameLine(lines[i - 1]!) ? i - 1 : i;
    const above = named > 0 ? lines[named - 1]!.trim() : '';
    // After a blank line, a rule or a label ("Additional comments (Customer Visible):").
    if (named > 0 && above !== '' && !RULE.test(above) && !/[:：]$/u.test(above)) continue;
    if (!lines.slice(i + 1).some((l) => l.trim() !== '' && !RULE.test(l))) continue;
    headers.push(named > 0 && RULE.test(above) ? named - 1 : named);
    if (headers.length === 2) break;
  }
  if (headers.length < 2) return null;
  // The rule may sit a blank line above the header.
  let start = headers[1]!;
  while (start > 0 && lines[start - 1]!.trim() === '') start--;
  if (start > 0 && RULE.test(lines[start - 1]!)) start--;
  return start;
}

function isNameLine(line: string): boolean {
  const t = line.trim();
  return t !== '' && t.length <= 40 && !SENTENCE_END.test(t) && !RULE.test(t) && !/[@<>]/u.test(t) && !DATE.test(t);
}
