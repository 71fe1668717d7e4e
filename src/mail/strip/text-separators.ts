import { helpdeskHistoryStart } from './helpdesk-history.js';

/**
 * Where quoted history starts in a plain-text body, by the separators mail
 * clients write. email-reply-parser knows the Western forms but none of the
 * Japanese ones, and it needs a blank line before an attribution line; these
 * patterns cover what it misses.
 */
export interface QuoteStart {
  /** Index of the first line that belongs to the quote. */
  line: number;
  method: string;
}

const DASH_MARKERS: { re: RegExp; method: string }[] = [
  { re: /^-{2,}\s*(original message|元のメッセージ|オリジナル メッセージ|message d'origine)\s*-{2,}\s*$/i, method: 'original-message' },
  { re: /^-{2,}\s*(forwarded message|転送メッセージ|転送されたメッセージ)\s*-{2,}\s*$/i, method: 'forwarded' },
  { re: /^(begin forwarded message|転送されたメッセージ)\s*[:：]\s*$/i, method: 'forwarded' },
  // A helpdesk's reprint of the earlier comments under the new one (Freshdesk and the like).
  { re: /^-{2,}\s*(conversation history|previous (messages|conversation)|これまでのやり(とり|取り)|過去のやり(とり|取り)|会話履歴)\s*-{2,}\s*$/i, method: 'helpdesk-history' },
];

// Japanese Gmail: `2025年12月15日(月) 10:12 山田 太郎 <taro@example.com>:`
const JA_DATE_START = /^\s*\d{4}年\s*\d{1,2}月\s*\d{1,2}日/;
// Apple Mail / Thunderbird in Japanese: `2025/12/15 10:12、山田 太郎 <taro@example.com>のメール:`
const JA_SLASH_DATE_START = /^\s*(on\s+)?\d{4}\/\d{1,2}\/\d{1,2}/i;
const ATTRIBUTION_END = /(wrote|のメール|のメッセージ|書きました|さんは書きました|からのメール)?\s*[:：]\s*$/i;
// English Gmail: `On Mon, Dec 15, 2025 at 10:12 AM X <x@y> wrote:` (may wrap before "wrote:")
const EN_ON_START = /^\s*on\s.*\d/i;
const EN_WROTE_END = /\bwrote\s*:\s*$/i;

// Outlook header blocks, English and Japanese; `*From:*` when converted from HTML bold.
const OUTLOOK_FROM = /^\s*\*?(from|差出人|送信者)\*?\s*[:：]/i;
const OUTLOOK_FIELDS = /^\s*\*?(sent|date|to|cc|subject|送信日時|日付|宛先|件名|cc)\*?\s*[:：]/i;
const UNDERSCORES = /^\s*_{10,}\s*$/;

export function findQuoteStart(lines: string[]): QuoteStart | null {
  const history = helpdeskHistoryStart(lines);
  for (let i = 0; i < lines.length; i++) {
    if (i === history) return { line: i, method: 'helpdesk-history' };
    const line = lines[i] ?? '';
    const next = lines[i + 1] ?? '';
    for (const m of DASH_MARKERS) if (m.re.test(line.trim())) return { line: i, method: m.method };

    if (JA_DATE_START.test(line) || JA_SLASH_DATE_START.test(line)) {
      // Gmail wraps long attribution lines, so the closing colon may be on the next line.
      if (isAttribution(line) || (line.length > 0 && !line.trim().endsWith('。') && isAttribution(`${line} ${next}`) && next.trim().length < 80)) {
        return { line: i, method: 'ja-attribution' };
      }
    }
    if (EN_ON_START.test(line) && (EN_WROTE_END.test(line) || (EN_WROTE_END.test(next) && !EN_ON_START.test(next)))) {
      return { line: i, method: 'en-attribution' };
    }
    if (OUTLOOK_FROM.test(line) && outlookFieldsFollow(lines, i)) {
      const prev = lines[i - 1] ?? '';
      return { line: UNDERSCORES.test(prev) ? i - 1 : i, method: 'outlook-header' };
    }
  }
  return null;
}

function isAttribution(s: string): boolean {
  // An attribution names somebody's address (or at least ends in a colon after a time).
  return ATTRIBUTION_END.test(s) && (/[<@＠]/.test(s) || /\d{1,2}:\d{2}/.test(s));
}

/** A From line opens a header block only when at least two more header fields follow it. */
function outlookFieldsFollow(lines: string[], from: number): boolean {
  let seen = 0;
  for (let j = from + 1; j < Math.min(lines.length, from + 7); j++) {
    const l = lines[j] ?? '';
    if (OUTLOOK_FIELDS.test(l)) seen++;
  }
  return seen >= 2;
}

/** `>` (or full-width `＞`) quoted lines. */
export const QUOTED_LINE = /^\s*[>＞]/;
