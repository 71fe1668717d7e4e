import type { Request } from 'express';
import { en, type Dict } from './en.js';
import { ja } from './ja.js';
import { parseCookies } from '../security.js';

export type Lang = 'ja' | 'en';
export const LANG_COOKIE = 'cm_lang';

export function dict(lang: Lang): Dict {
  return lang === 'ja' ? ja : en;
}

/** The best of ja/en from an Accept-Language header, by quality; English when neither is asked for. */
export function fromAcceptLanguage(header: string | undefined): Lang {
  let best: { lang: Lang; q: number } | null = null;
  for (const part of (header ?? '').split(',')) {
    const [tag, ...params] = part.trim().toLowerCase().split(';');
    const base = tag?.split('-')[0];
    if (base !== 'ja' && base !== 'en') continue;
    const qp = params.find((p) => p.trim().startsWith('q='));
    const q = qp ? Number(qp.trim().slice(2)) : 1;
    if (Number.isFinite(q) && q > 0 && (!best || q > best.q)) best = { lang: base, q };
  }
  return best?.lang ?? 'en';
}

/** `?lang=` first (the switch), then the cookie it set, then Accept-Language. */
export function requestLang(req: Pick<Request, 'query' | 'headers'>): { lang: Lang; fromQuery: boolean } {
  const q = req.query.lang;
  if (q === 'ja' || q === 'en') return { lang: q, fromQuery: true };
  const c = parseCookies(req.headers.cookie)[LANG_COOKIE];
  if (c === 'ja' || c === 'en') return { lang: c, fromQuery: false };
  return { lang: fromAcceptLanguage(req.headers['accept-language']), fromQuery: false };
}

/**
 * How long (ms) `duration(ms)` keeps reading the same, in both languages: until
 * the next whole minute under an hour, the next whole hour under two days,
 * the next whole day after that.
 */
export function durationStableFor(ms: number): number {
  const m = Math.floor(Math.max(0, ms) / 60_000);
  if (m < 1) return 60_000 - ms;
  if (m < 60) return (m + 1) * 60_000 - ms;
  const h = Math.floor(m / 60);
  if (h < 48) return (h + 1) * 3_600_000 - ms;
  return (Math.floor(h / 24) + 1) * 86_400_000 - ms;
}

/**
 * The dictionary with `duration` watched: `stableFor()` tells how long every
 * duration it gave out so far reads the same (Infinity when it gave none), so
 * a rendered page can be reused exactly that long.
 */
export function watchedDict(lang: Lang): { t: Dict; stableFor(): number } {
  const base = dict(lang);
  let min = Infinity;
  const t: Dict = {
    ...base,
    duration(ms: number): string {
      const stable = durationStableFor(ms);
      if (stable < min) min = stable; // NaN (an unreadable date) reads the same forever
      return base.duration(ms);
    },
  };
  return { t, stableFor: () => min };
}
