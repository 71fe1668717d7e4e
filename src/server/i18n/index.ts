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
