import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import type { Request } from 'express';
import type { DashboardDeps } from './deps.js';
import { servePageHit } from './pages.js';
import { apiKeyOfPath, dataMark, sendCached, type ResponseCache } from './response-cache.js';
import { authenticate, hostAllowed, setSecurityHeaders } from './security.js';

/**
 * Answers cache hits before Express sees the request. Express costs some
 * 0.1 ms per request before any handler runs, several times what sending a
 * cached page costs, and with 50 clients that is the queue. Only GET and HEAD
 * of the cached pages (/, /cases/:id) and API responses (/api/cases,
 * /api/cases/:id), only when the request passes the same host and token
 * checks the Express chain makes (hostGuard, requireAuth), and with the same
 * security headers. Everything else, every miss and every refusal, goes to
 * Express unchanged, which renders, fills the cache and answers refusals.
 */
export function serveCacheHit(deps: DashboardDeps, cache: ResponseCache, req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (!hostAllowed(deps.config, req)) return false;
  const auth = authenticate(req, deps.config.dashboard.token);
  if (!auth) return false;
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  const path = q < 0 ? url : url.slice(0, q);
  const apiKey = apiKeyOfPath(path);
  if (apiKey !== null) {
    const hit = cache.get(apiKey, cache.stamp(dataMark(deps)), deps.clock.now().getTime());
    if (!hit) return false;
    setSecurityHeaders(res);
    sendCached(req, res, hit, null);
    return true;
  }
  if (path !== '/' && !path.startsWith('/cases/')) return false;
  // Express's default ("simple") query parser is node:querystring: the same values, the same keys.
  const query = (q < 0 ? {} : parseQuery(url.slice(q + 1))) as Request['query'];
  // Headers set before the page is known to be cached are set again by Express on a miss.
  setSecurityHeaders(res);
  return servePageHit(deps, cache, req, res, path, query, auth);
}

/** The HTTP server's listener: cache hits first, Express for everything else. */
export function withCacheHits(deps: DashboardDeps, cache: ResponseCache, app: RequestListener): RequestListener {
  return (req, res) => {
    let served = false;
    try {
      served = serveCacheHit(deps, cache, req, res);
    } catch (err) {
      // A busy database and the like: Express answers, with its error handling.
      deps.logger.warn({ err }, 'dashboard: the response cache could not be read');
    }
    if (!served) app(req, res);
  };
}
