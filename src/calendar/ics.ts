/**
 * A minimal iCalendar (RFC 5545) writer: what a calendar app needs to show
 * due times and expiry dates. Pure.
 */

export interface IcsEvent {
  /** Stable per item (RFC 5545 3.8.4.7): a client updates the event it has instead of adding another. */
  uid: string;
  summary: string;
  description?: string;
  url?: string;
  /** A moment (UTC) with a duration in minutes, or an all-day date `YYYY-MM-DD`. */
  start: { at: Date; minutes: number } | { date: string };
}

/** TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma, newline. */
export function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/**
 * Folds a content line at 75 octets (RFC 5545 3.1): continuation lines begin
 * with one space. Never splits a UTF-8 character.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let cur = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const n = Buffer.byteLength(ch, 'utf8');
    if (octets + n > limit) {
      out.push(cur);
      cur = ' ';
      octets = 1;
      limit = 75;
    }
    cur += ch;
    octets += n;
  }
  out.push(cur);
  return out.join('\r\n');
}

const utcStamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
const dateValue = (iso: string) => iso.replace(/-/g, '');
const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The whole calendar, CRLF line ends, folded; `now` is every event's DTSTAMP. */
export function buildIcs(events: readonly IcsEvent[], opts: { now: Date; name: string }): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//certmerge//certmerge//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(opts.name)}`];
  for (const e of events) {
    lines.push('BEGIN:VEVENT', `UID:${e.uid}`, `DTSTAMP:${utcStamp(opts.now)}`);
    if ('date' in e.start) {
      lines.push(`DTSTART;VALUE=DATE:${dateValue(e.start.date)}`, `DTEND;VALUE=DATE:${dateValue(nextDay(e.start.date))}`, 'TRANSP:TRANSPARENT');
    } else {
      lines.push(`DTSTART:${utcStamp(e.start.at)}`, `DTEND:${utcStamp(new Date(e.start.at.getTime() + e.start.minutes * 60_000))}`);
    }
    lines.push(`SUMMARY:${escapeText(e.summary)}`);
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    if (e.url) lines.push(`URL:${e.url}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
