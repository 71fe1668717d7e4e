/**
 * Business days that know days off. Pure: the calendar (weekends, public
 * holidays, the user's own days off) is passed in; nothing here loads data
 * or reads a clock.
 */

/** Which days count, and in which time zone a "day" is. */
export interface BusinessCalendar {
  /** IANA time zone the days are counted in (Asia/Tokyo for Japan). */
  timeZone: string;
  /** True for a day that is not a business day besides Saturday and Sunday (`YYYY-MM-DD` in `timeZone`). */
  isDayOff(isoDate: string): boolean;
}

/** Weekends only, counted in UTC: what applies when no country is known. */
export const WEEKENDS_ONLY: BusinessCalendar = { timeZone: 'UTC', isDayOff: () => false };

// Building an Intl.DateTimeFormat costs far more than using one; a deadline formats a few dozen days.
const formats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date (`YYYY-MM-DD`) of an instant in a time zone. */
export function dateIn(t: Date, timeZone: string): string {
  let f = formats.get(timeZone);
  if (!f) formats.set(timeZone, (f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  return f.format(t);
}

/** Whether a calendar date is a business day: not Saturday, not Sunday, not a day off of the calendar. */
export function isBusinessDay(isoDate: string, cal: BusinessCalendar): boolean {
  const weekday = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !cal.isDayOff(isoDate);
}

/**
 * `start` moved forward by `days` business days, keeping its time of day:
 * each step is a whole day, and only a step that lands on a business day (in
 * the calendar's zone) counts. In a zone with daylight saving time, a step
 * across the change keeps the UTC time, so the local time moves by an hour.
 */
export function addBusinessDaysIn(start: Date, days: number, cal: BusinessCalendar): Date {
  let t = start.getTime();
  // A year of days off in a row is not a calendar but a mistake: stop rather than loop for ever.
  for (let counted = 0, steps = 0; counted < days && steps < 366 + days; steps++) {
    t += 86_400_000;
    if (isBusinessDay(dateIn(new Date(t), cal.timeZone), cal)) counted++;
  }
  return new Date(t);
}
