import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../errors.js';
import type { ResolvedConfig } from '../config/load.js';
import type { Db } from '../store/database.js';

/**
 * The dashboard's protection, in one place:
 * - bind: loopback unless a token is configured (assertSafeBind);
 * - Host check on a token-less loopback dashboard, against DNS rebinding;
 * - token: `Authorization: Bearer` for API clients, or a session cookie the
 *   browser gets from /login (a random id of a server-side session that
 *   logout deletes; HttpOnly, SameSite=Strict, Secure when served over TLS);
 * - throttling: after 5 failed token or login attempts a client waits,
 *   doubling from 1 s up to 15 min (429 with Retry-After);
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

export const SESSION_DAYS = 30;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
/** Ties a session to the token it was opened with: a new token ends every session. */
const tokenMark = (token: string) => createHmac('sha256', token).update('certmerge dashboard session v2').digest('hex');

/**
 * Server-side dashboard sessions in SQLite (table dashboard_sessions). The
 * cookie carries 256 random bits; only their SHA-256 is stored, so a copy of
 * the database opens no session. Shared by the daemon and the CLI's database.
 */
export class DashboardSessions {
  constructor(
    private readonly db: Db,
    private readonly clock: { now(): Date },
  ) {}

  /** Opens a session for `token` and returns the cookie value. */
  create(token: string): string {
    const id = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const expires = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
    this.db.prepare('DELETE FROM dashboard_sessions WHERE expires_at <= ?').run(now.toISOString());
    this.db.prepare('INSERT INTO dashboard_sessions (id_hash, token_mark, created_at, expires_at) VALUES (?, ?, ?, ?)').run(sha256(id), tokenMark(token), now.toISOString(), expires.toISOString());
    return id;
  }

  /** True for a session opened with this token, not logged out, not expired. */
  valid(id: string, token: string): boolean {
    const row = this.db.prepare('SELECT token_mark, expires_at FROM dashboard_sessions WHERE id_hash = ?').get(sha256(id)) as { token_mark: string; expires_at: string } | undefined;
    return !!row && secretsEqual(row.token_mark, tokenMark(token)) && row.expires_at > this.clock.now().toISOString();
  }

  /** Ends a session (logout): its cookie opens nothing afterwards, wherever it was copied to. */
  revoke(id: string): void {
    this.db.prepare('DELETE FROM dashboard_sessions WHERE id_hash = ?').run(sha256(id));
  }
}

/**
 * Failed token and login attempts per client. The first FREE failures cost
 * nothing (a mistyped token); after that each failure blocks the client for
 * twice as long as the one before, 1 s up to 15 min, and a success forgives
 * everything. In memory: a restart forgets it, which costs a guesser a restart
 * per 5 guesses. At most MAX_CLIENTS are remembered (the oldest go first), so
 * a flood of addresses cannot exhaust memory.
 */
export class AuthThrottle {
  static readonly FREE = 5;
  static readonly BASE_MS = 1000;
  static readonly MAX_MS = 15 * 60_000;
  static readonly MAX_CLIENTS = 10_000;
  private readonly clients = new Map<string, { failures: number; blockedUntil: number }>();
  /** The end of the latest block of any client. */
  private latestBlock = 0;

  constructor(private readonly clock: { now(): Date }) {}

  /** Seconds the client must still wait, 0 when it may try. */
  retryAfter(client: string): number {
    const c = this.clients.get(client);
    const wait = c ? c.blockedUntil - this.clock.now().getTime() : 0;
    return wait > 0 ? Math.ceil(wait / 1000) : 0;
  }

  fail(client: string): void {
    const c = this.clients.get(client) ?? { failures: 0, blockedUntil: 0 };
    c.failures += 1;
    if (c.failures >= AuthThrottle.FREE) {
      const ms = Math.min(AuthThrottle.BASE_MS * 2 ** Math.min(c.failures - AuthThrottle.FREE, 20), AuthThrottle.MAX_MS);
      c.blockedUntil = this.clock.now().getTime() + ms;
      this.latestBlock = Math.max(this.latestBlock, c.blockedUntil);
    }
    // Re-inserted so the Map's order is least recently failed first.
    this.clients.delete(client);
    this.clients.set(client, c);
    if (this.clients.size > AuthThrottle.MAX_CLIENTS) this.clients.delete(this.clients.keys().next().value as string);
  }

  /** True while any client is blocked. */
  anyBlocked(): boolean {
    return this.clock.now().getTime() < this.latestBlock;
  }

  succeed(client: string): void {
    this.clients.delete(client);
  }
}

/** The throttle's refusal, with the Retry-After header set. */
export function throttled(res: Response, seconds: number): AppError {
  res.setHeader('Retry-After', String(seconds));
  return new AppError('THROTTLED', `too many failed sign-in attempts from this address; try again in ${seconds} s`);
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

/**
 * How the request proves it may use the dashboard, or null when it does not.
 * Without `sessions` no cookie is accepted (the caller falls back to one that has them).
 */
export function authenticate(req: IncomingMessage, token: string | undefined, sessions?: DashboardSessions): AuthMethod | null {
  if (!token) return 'none';
  const auth = req.headers.authorization;
  if (auth) {
    const m = /^Bearer\s+(.+)$/i.exec(auth.trim());
    return m && secretsEqual(m[1]!, token) ? 'bearer' : null;
  }
  const session = parseCookies(req.headers.cookie)[SESSION_COOKIE];
  if (session && sessions?.valid(session, token)) return 'cookie';
  return null;
}

/** True when the request presents a credential at all: only those failures count as guesses. */
function presentsCredential(req: IncomingMessage): boolean {
  return req.headers.authorization !== undefined || parseCookies(req.headers.cookie)[SESSION_COOKIE] !== undefined;
}

/** A safe local path to return to after login (no scheme, no `//host`). */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/(?![/\\])/.test(next) ? next : '/';
}

/** Requires the token on every request except the login page and static assets; throttles wrong ones per client. */
export function requireAuth(config: Pick<ResolvedConfig, 'dashboard'>, sessions: DashboardSessions, throttle: AuthThrottle) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const client = req.ip ?? '';
    const wait = config.dashboard.token && presentsCredential(req) ? throttle.retryAfter(client) : 0;
    if (wait > 0) return next(throttled(res, wait));
    const method = authenticate(req, config.dashboard.token, sessions);
    if (!method && presentsCredential(req)) throttle.fail(client);
    if (method === 'bearer') throttle.succeed(client);
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
