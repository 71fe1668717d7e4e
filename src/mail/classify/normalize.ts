/**
 * The form the kind model and the frames read. Whatever varies from one mail to
 * the next without changing what it means becomes one placeholder character, so
 * "case 176543210987" and "case 171234567890" are the same n-grams and a date
 * between two meaning words is one symbol, not ten:
 *
 * - URLs, e-mail addresses, candidate IDs (`AWS` + digits), support case IDs
 *   (10–13 digits), dates, times and any other number;
 * - NFKC first (full-width letters and digits, half-width kana), typographic quotes
 *   as typed ones ("we’ve" is "we've"), then lower case,
 *   the long-vowel and dash variants between kana unified, and whitespace:
 *   a line break inside a Japanese sentence disappears (Japanese does not put a
 *   space there), a paragraph break stays one `\n` (it ends a clause), any other
 *   run of spaces becomes one space;
 * - plain Japanese (やさしい日本語) read as the ordinary kind: a reading in brackets after
 *   a kanji word (「認定(にんてい)」) is dropped, and so are spaces between Japanese words
 *   (「バッジ の 移動 が おわりました」).
 *
 * Placeholders are private-use characters (U+E000…), which no mail text uses;
 * `showNormalized` turns them back into readable ‹url›, ‹date›… for reasons.
 */
export const PLACEHOLDER = {
  url: '\uE000',
  address: '\uE001',
  candidateId: '\uE002',
  caseId: '\uE003',
  date: '\uE004',
  number: '\uE005',
} as const;

const NAMES: Record<string, string> = Object.fromEntries(Object.entries(PLACEHOLDER).map(([k, v]) => [v, `‹${k}›`]));

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"'）)】」]+/giu;
const ADDRESS_RE = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;
const CANDIDATE_RE = /\baws ?\d{6,10}\b/giu;
const CASE_ID_RE = /(?<!\d)\d{10,13}(?!\d)/gu;
const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const DATE_RE = new RegExp(
  [
    '\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}',
    '\\d{1,2}/\\d{1,2}/\\d{2,4}',
    '(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日(?:\\s*[(（][月火水木金土日][)）])?',
    `(?:${MONTHS})\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}`,
    `\\d{1,2}(?:st|nd|rd|th)? (?:${MONTHS})\\.?,? \\d{4}`,
    // Without a year ("on 14 January", "since Jan 3rd").
    `(?:${MONTHS})\\.? \\d{1,2}(?:st|nd|rd|th)?\\b`,
    `\\b\\d{1,2}(?:st|nd|rd|th)? (?:${MONTHS})\\b`,
    '\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*(?:am|pm|utc|jst|gmt))?',
  ].join('|'),
  'giu',
);
const NUMBER_RE = /\d+(?:[.,]\d+)*/gu;
const KANA = '\\u3040-\\u30ff';
const KANA_DASH_RE = new RegExp(`(?<=[${KANA}])[-‐‑–—―−ｰ~〜](?=[${KANA}]|$)`, 'gu');
const CJK = '\\u3000-\\u30ff\\u3400-\\u9fff\\uff00-\\uffef';
const JA_WRAP_RE = new RegExp(`(?<=[${CJK}])[ \\t]*\\n[ \\t]*(?=[${CJK}])`, 'gu');
/** Kana and kanji (with 々 and the long-vowel mark): the letters of a Japanese word. */
const JA_WORD = '\\u3041-\\u30ff\\u3400-\\u9fff\\u3005';
/** A reading in brackets after a kanji word, with its kana ending if any (furigana written inline: 「認定(にんてい)」, 「お問い合わせ(おといあわせ)」). */
const FURIGANA_RE = /(?<=[\u3400-\u9fff\u3005][\u3041-\u309f]{0,4})\([\u3041-\u309f\u30fc]{1,12}\)/gu;
/** Spaces between Japanese words (やさしい日本語 writes 「バッジ の 移動 が おわりました」): Japanese text has none. */
const JA_SPACE_RE = new RegExp(`(?<=[${JA_WORD}])[ \\t\\u3000]+(?=[${JA_WORD}])`, 'gu');

const CLAUSE_MARK = '\uE00F';
const CLAUSE_MARKS_RE = / ?(?:\uE00F ?)+/gu;
/** A line shorter than this is a greeting, a heading or a list entry, not wrapped prose. */
const SHORT_LINE = 40;
const LINE_END_RE = /[.!?:;。！？：]\s*$/u;

/** The model's and the frames' reading of a text (see above). */
export function normalizeText(s: string): string {
  if (s === lastIn) return lastOut;
  let t = s.normalize('NFKC');
  t = t.replace(/\r\n?/g, '\n');
  // Typographic quotes as typed ones: "we’ve" is "we've" to the model and the frames.
  t = t.replace(/[‘’‚‛′`´]/gu, "'").replace(/[“”„‟″]/gu, '"');
  t = t.replace(URL_RE, PLACEHOLDER.url);
  t = t.replace(ADDRESS_RE, PLACEHOLDER.address);
  t = t.replace(CANDIDATE_RE, PLACEHOLDER.candidateId);
  t = t.replace(CASE_ID_RE, PLACEHOLDER.caseId);
  t = t.replace(DATE_RE, PLACEHOLDER.date);
  t = t.replace(NUMBER_RE, PLACEHOLDER.number);
  t = t.toLowerCase();
  t = t.replace(KANA_DASH_RE, 'ー');
  t = t.replace(JA_WRAP_RE, '');
  t = t.replace(FURIGANA_RE, '');
  t = t.replace(JA_SPACE_RE, '');
  // Paragraph breaks, list items and the end of a short or finished line ("Hi Alex,", "…a new badge:")
  // end a clause; any other single line break is wrapping. The mark is not whitespace, so the
  // collapse below keeps it (U+2029, a paragraph separator, would count as whitespace there).
  t = t.replace(/[ \t\u3000]*\n(?:[ \t\u3000]*\n)+[ \t\u3000]*/g, CLAUSE_MARK);
  t = t.replace(/\n(?=[ \t]*(?:[-*•・●■◆]|\uE005[.)]))/g, CLAUSE_MARK);
  t = t
    .split('\n')
    .map((line, i, all) => {
      if (i === all.length - 1) return line;
      const last = line.slice(line.lastIndexOf(CLAUSE_MARK) + 1);
      return last.trim().length < SHORT_LINE || LINE_END_RE.test(last) ? `${line}${CLAUSE_MARK}` : `${line}\n`;
    })
    .join('');
  t = t.replace(/[\s\u3000]+/gu, ' ').replace(CLAUSE_MARKS_RE, '\n').trim();
  lastIn = s;
  lastOut = t;
  return t;
}
let lastIn = '';
let lastOut = '';

/** A normalized text with its placeholders readable, for reasons and the dashboard. */
export function showNormalized(t: string, max = 160): string {
  const short = t.length > max ? `${t.slice(0, max)}…` : t;
  return short.replace(/[\uE000-\uE005]/g, (c) => NAMES[c] ?? c).replace(/\n/g, ' ⏎ ');
}
