import type { Language } from '../../cases/case-file.js';
import type { MailAddress } from './types.js';

const JA_WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土'] as const;
const EN_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** Wall-clock fields of `date` in `timeZone`, without depending on the process's locale or zone. */
function wallClock(date: Date, timeZone: string): { year: number; month: number; day: number; hour: string; minute: string; weekday: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '0';
  const year = Number(get('year'));
  const month = Number(get('month'));
  const day = Number(get('day'));
  return { year, month, day, hour: get('hour').padStart(2, '0'), minute: get('minute').padStart(2, '0'), weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay() };
}

function person(who: MailAddress): string {
  return who.name.trim() ? `${who.name.trim()} <${who.address}>` : `<${who.address}>`;
}

/** The default zone of the attribution line: Japanese readers are in Japan; English ones get UTC, labelled. */
export function defaultTimeZone(language: Language): string {
  return language === 'ja' ? 'Asia/Tokyo' : 'UTC';
}

/**
 * The line mail clients put above a quote: Gmail's Japanese form
 * `2025年12月15日(月) 10:12 山田 太郎 <taro@example.com>:` or
 * `On Mon, Dec 15, 2025 at 10:12 UTC, Name <addr> wrote:`.
 */
export function attributionLine(language: Language, date: Date, who: MailAddress, timeZone = defaultTimeZone(language)): string {
  const t = wallClock(date, timeZone);
  if (language === 'ja') return `${t.year}年${t.month}月${t.day}日(${JA_WEEKDAYS[t.weekday]}) ${t.hour}:${t.minute} ${person(who)}:`;
  const zone = timeZone === 'UTC' ? 'UTC' : timeZone;
  return `On ${EN_WEEKDAYS[t.weekday]}, ${EN_MONTHS[t.month - 1]} ${t.day}, ${t.year} at ${t.hour}:${t.minute} ${zone}, ${person(who)} wrote:`;
}

/** `> ` before every line, as mail clients quote; trailing blank lines dropped. */
export function quoteLines(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\s+$/, '').split('\n');
  return lines.map((line) => (line.trimEnd() === '' ? '>' : `> ${line.trimEnd()}`)).join('\n');
}
