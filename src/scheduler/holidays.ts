import { createRequire } from 'node:module';
import { WEEKENDS_ONLY, type BusinessCalendar } from '../machines/business-days.js';

/** `holidays` of the config: a country's public holidays and the user's own days off. */
export interface HolidaySettings {
  /** ISO 3166 country code; unset: Japan for Japanese cases, weekends only otherwise. */
  country?: string;
  /** The user's own days off, `YYYY-MM-DD`. */
  extra: string[];
}

interface HolidaysLib {
  getHolidays(year: number): { date: string; type: string }[] | undefined;
  getTimezones(): string[] | undefined;
}
type HolidaysCtor = new (country: string, opts?: { types?: string[] }) => HolidaysLib;

let ctor: HolidaysCtor | null = null;
/**
 * date-holidays carries every country's rules (about 0.2 s and 20 MB to load):
 * it is loaded on the first business-day question, never at start-up.
 */
function holidaysLib(): HolidaysCtor {
  ctor ??= createRequire(import.meta.url)('date-holidays') as HolidaysCtor;
  return ctor;
}

/** Whether date-holidays knows a country code (used to check the config). */
export function knowsCountry(country: string): boolean {
  try {
    return (new (holidaysLib())(country).getTimezones()?.length ?? 0) > 0;
  } catch {
    return false;
  }
}

/** A business calendar for one country (public holidays only, no bank or observance days) plus extra days off. */
export function countryCalendar(country: string | null, extra: readonly string[] = []): BusinessCalendar {
  const own = new Set(extra);
  if (!country) return own.size ? { timeZone: WEEKENDS_ONLY.timeZone, isDayOff: (d) => own.has(d) } : WEEKENDS_ONLY;
  let lib: HolidaysLib | null = null;
  let zone: string | null = null;
  const years = new Map<number, Set<string>>();
  const publicDays = (year: number): Set<string> => {
    let days = years.get(year);
    if (!days) {
      lib ??= new (holidaysLib())(country, { types: ['public'] });
      days = new Set((lib.getHolidays(year) ?? []).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10)));
      years.set(year, days);
    }
    return days;
  };
  return {
    get timeZone() {
      lib ??= new (holidaysLib())(country, { types: ['public'] });
      zone ??= lib.getTimezones()?.[0] ?? 'UTC';
      return zone;
    },
    isDayOff: (d) => own.has(d) || publicDays(Number(d.slice(0, 4))).has(d),
  };
}

/**
 * Which calendar a case's business days follow: the configured country for
 * every case, or Japan's for a Japanese case when none is configured.
 * Calendars are made once per country.
 */
export function calendarsFor(settings: HolidaySettings): (language: string) => BusinessCalendar {
  const made = new Map<string, BusinessCalendar>();
  return (language) => {
    const country = settings.country ?? (language === 'ja' ? 'JP' : null);
    const key = country ?? '';
    let cal = made.get(key);
    if (!cal) made.set(key, (cal = countryCalendar(country, settings.extra)));
    return cal;
  };
}
