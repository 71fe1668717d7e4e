import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../errors.js';
import type { ResolvedConfig } from '../config/load.js';

/**
 * The dashboard's protection, in one place:
 * - bind: loopback unless a token is configured (assertSafeBind);
 * - Host check on a token-less loopback dashboard, against DNS rebinding;
 * - token: `Authorization: Bearer` for API clients, or a session cookie the
 *   browser gets from /login (an HMAC of the token, HttpOnly, SameSite=Strict);
 * - cross-site requests: every POST/PUT/PATCH/DELETE whose Origin or
 *   Sec-Fetch-Site shows another origin is refused with 403 before any handler
 *   runs; a cookie-authenticated one must carry a same-origin Origin (browsers
 *   always send it on POST), so forms need no separate CSRF token;
 * - headers: CSP without inline script or style, nosniff, no referrer to other sites, no framing.
 */

export const SESSION_COOKIE = 'cm_session';
export const MIN_REMOTE_TOKEN_LENGTH = 16;

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** True for names and addresses that only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1');
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h) || h === '::ffff:127.0.0.1';
}

/** Refuses to expose the dashboard beyond loopback without a (long enough) token. */
export function assertSafeBind(config: Pick<ResolvedConfig, 'dashboard'>): void {
  const { host, token } = config.dashboard;
  if (isLoopbackHost(host)) return;
  if (!token) {
    throw new AppError('BAD_CONFIG', `dashboard.host: ${host} is reachable from other machines and requires dashboard.token (or use 127.0.0.1)`);
  }
  if (token.length < MIN_REMOTE_TOKEN_LENGTH) {
    throw new AppError('BAD_CONFIG', `dashboard.token: must be at least ${MIN_REMOTE_TOKEN_LENGTH} characters when dashboard.host (${host}) is not loopback`);
  }
}

/** Compares two secrets in constant time (hashing first so lengths do not leak). */
export function secretsEqual(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb);
}

/** The session cookie's value: derived from the token, so it changes with it and does not reveal it. */
export function sessionValue(token: string): string {
  return createHmac('sha256', token).update('certmerge dashboard session v1').digest('base64url');
}

/** Parses a Cookie header (first value of each name wins). */
export function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    if (!name || name in out) continue;
    try {
      out[name] = decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      out[name] = part.slice(eq + 1).trim();
    }
  }
  return out;
}

/** A Set-Cookie value with the attributes every certmerge cookie uses. */
export function cookie(name: string, value: string, opts: { maxAge?: number; secure?: boolean; httpOnly?: boolean } = {}): string {
  return [
    `${name}=${encodeURIComponent(value)}`,
    'Path=/',
    'SameSite=Strict',
    ...(opts.httpOnly === false ? [] : ['HttpOnly']),
    ...(opts.maxAge !== undefined ? [`Max-Age=${opts.maxAge}`] : []),
    ...(opts.secure ? ['Secure'] : []),
  ].join('; ');
}

export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";

/** The headers on every response (also on the ones the cache answers before Express). */
export function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  // Not `no-referrer`: with it browsers send `Origin: null` on same-origin form POSTs,
  // which the origin check must refuse. `same-origin` still tells other sites nothing.
  res.setHeader('Referrer-Policy', 'same-origin');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

export function securityHeaders(_req: Request, res: Response, next: NextFunction): void {
  setSecurityHeaders(res);
  next();
}

/**
 * Without a token the loopback bind is the only protection: a page on another
 * site could still reach it through DNS rebinding, so only loopback names are
 * accepted in the Host header.
 */
export function hostGuard(config: Pick<ResolvedConfig, 'dashboard'>) {
  return (req: Request, _res: Response, next: NextFunction): void => {
    if (hostAllowed(config, req)) return next();
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    next(new AppError('FORBIDDEN', `Host "${host}" is not allowed: the dashboard without a token answers only on loopback names`));
  };
}

/** What hostGuard lets through: anything with a token; without one, loopback names and the configured host only. */
export function hostAllowed(config: Pick<ResolvedConfig, 'dashboard'>, req: IncomingMessage): boolean {
  if (config.dashboard.token) return true;
  const host = (req.headers.host ?? '').replace(/:\d+$/, '');
  return isLoopbackHost(host) || host.toLowerCase() === config.dashboard.host.toLowerCase();
}

/** Whether the request comes from a page of another origin, by Origin and Sec-Fetch-Site. */
export function crossOrigin(req: Request): boolean {
  const site = req.get('sec-fetch-site');
  if (site && site !== 'same-origin') return true;
  const origin = req.get('origin');
  if (origin === undefined) return false;
  if (origin === 'null') return true;
  try {
    return new URL(origin).host !== req.headers.host;
  } catch {
    return true;
  }
}

/** Refuses state-changing requests from other origins before anything reads the body. */
export function originGuard(req: Request, _res: Response, next: NextFunction): void {
  if (STATE_CHANGING.has(req.method) && crossOrigin(req)) {
    return next(new AppError('FORBIDDEN', 'cross-origin request refused'));
  }
  next();
}

export type AuthMethod = 'bearer' | 'cookie' | 'none';

/** How the request proves it may use the dashboard, or null when it does not. */
export function authenticate(req: IncomingMessage, token: string | undefined): AuthMethod | null {
  if (!token) return 'none';
  const auth = req.headers.authorization;
  if (auth) {
    const m = /^Bearer\s+(.+)$/i.exec(auth.trim());
    return m && secretsEqual(m[1]!, token) ? 'bearer' : null;
  }
  const session = parseCookies(req.headers.cookie)[SESSION_COOKIE];
  if (session && secretsEqual(session, sessionValue(token))) return 'cookie';
  return null;
}

/** A safe local path to return to after login (no scheme, no `//host`). */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/(?![/\\])/.test(next) ? next : '/';
}

/** Requires the token on every request except the login page and static assets. */
export function requireAuth(config: Pick<ResolvedConfig, 'dashboard'>) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const method = authenticate(req, config.dashboard.token);
    if (method === 'cookie' && STATE_CHANGING.has(req.method) && !req.get('origin')) {
      return next(new AppError('FORBIDDEN', 'cross-origin request refused (no Origin on a cookie-authenticated request)'));
    }
    if (method) {
      res.locals.auth = method;
      return next();
    }
    const wantsHtml = req.method === 'GET' && !req.path.startsWith('/api/') && req.path !== '/healthz' && (req.get('accept') ?? '').includes('text/html');
    if (wantsHtml) {
      res.redirect(303, `/login?next=${encodeURIComponent(req.originalUrl)}`);
      return;
    }
    res.setHeader('WWW-Authenticate', 'Bearer realm="certmerge"');
    next(new AppError('UNAUTHORIZED', 'a token is required: send Authorization: Bearer TOKEN, or log in at /login'));
  };
}
