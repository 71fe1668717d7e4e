import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import express, { type NextFunction, type Request, type Response } from 'express';
import { AppError, httpStatusFor } from '../errors.js';
import { apiRouter } from './api.js';
import { ChangeFeed } from './change-feed.js';
import type { DashboardDeps } from './deps.js';
import { dict, requestLang } from './i18n/index.js';
import { checkDiagrams, pageContext, pageRouter } from './pages.js';
import { openDatabase } from '../store/database.js';
import { assertSafeBind, AuthThrottle, cookie, DashboardSessions, hostGuard, originGuard, parseCookies, requireAuth, safeNext, secretsEqual, securityHeaders, SESSION_COOKIE, SESSION_DAYS, throttled } from './security.js';
import { signInRouter } from './sign-in-routes.js';
import { errorMain, loginPage } from './views/simple-pages.js';
import { page } from './views/page.js';

export { assertSafeBind } from './security.js';

export interface DashboardOptions {
  /** How often the change mark is polled for server-sent events (ms). */
  pollMs?: number;
  heartbeatMs?: number;
}

const ASSETS = fileURLToPath(new URL('./assets/', import.meta.url));
const BODY_LIMIT = '100kb';

/** Errors from body-parser and serve-static carry an HTTP status (and body-parser a `type`) of their own. */
function httpErrorStatus(err: unknown): { status: number; message: string } | null {
  if (err instanceof AppError) return null;
  const e = err as { type?: unknown; status?: unknown };
  if (typeof e?.status !== 'number' || e.status < 400 || e.status >= 500) return null;
  if (e.type === 'entity.too.large') return { status: 413, message: `request body too large (limit ${BODY_LIMIT})` };
  if (e.type === 'entity.parse.failed') return { status: 400, message: 'request body is not valid JSON' };
  if (e.status === 404) return { status: 404, message: 'not found' };
  return { status: e.status, message: 'the request could not be read' };
}

/**
 * What pages show besides cases and their events, which the store's change mark (kept by triggers on
 * cases and events only) does not follow: drafts — composed after the events that ask for them, so a
 * page refreshed by the event would not show its draft until a reload — and inbox mail (the unsorted
 * view). Cheap reads: per-status counts and the newest update of the drafts, the newest message row.
 */
function pageRowsMark(db: NonNullable<DashboardDeps['db']>): () => string {
  let q: { get(): unknown } | null = null;
  return () => {
    try {
      q ??= db.prepare(
        `SELECT (SELECT count(*) || '.' || COALESCE(max(updated_at), '') || '.' || total(status = 'pending') || '.' || total(status = 'drafted') || '.' || total(status = 'sent') || '.' || total(status = 'failed') FROM drafts)
           || '~' || (SELECT COALESCE(max(rowid), 0) FROM messages) || '~' || (SELECT count(*) FROM unsorted_ignored) AS mark`,
      );
    } catch {
      // A database without these tables (a dashboard on its own, in tests): the case mark alone.
      return '';
    }
    return String((q.get() as { mark: string }).mark);
  };
}

function wantsJson(req: Request): boolean {
  return req.path.startsWith('/api/') || req.path === '/healthz' || !(req.get('accept') ?? '').includes('text/html');
}

function dashboardApp(deps: DashboardDeps, opts: DashboardOptions): { app: express.Express; feed: ChangeFeed; throttle: AuthThrottle } {
  const { config } = deps;
  const rowsMark = deps.db ? pageRowsMark(deps.db) : () => '';
  const mark = () => `${deps.changeMark()}~${rowsMark()}`;
  const feed = new ChangeFeed(
    mark,
    () => JSON.stringify(deps.mailStatus()),
    { pollMs: opts.pollMs, heartbeatMs: opts.heartbeatMs, onError: (err) => deps.logger.warn({ err }, 'change feed: could not read the change mark') },
  );
  const sessions = new DashboardSessions(deps.db ?? openDatabase(':memory:'), deps.clock);
  const throttle = new AuthThrottle(deps.clock);
  const app = express();
  app.disable('x-powered-by');
  // req.ip and req.secure believe X-Forwarded-For/-Proto only from these (Express's own rule).
  app.set('trust proxy', config.dashboard.trustedProxies.length > 0 ? config.dashboard.trustedProxies : false);
  app.set('etag', false);
  app.use(securityHeaders);
  app.use(hostGuard(config));
  app.use('/assets', express.static(ASSETS, { index: false, fallthrough: false, maxAge: 0 }));
  app.use(originGuard);
  app.use(express.json({ limit: BODY_LIMIT }));
  // The mark a page is rendered at: its event stream says "change" at once when the mark has moved
  // since (a draft composed between the render and the stream's start is not missed).
  app.use((req, res, next) => {
    if ((req.method === 'GET' || req.method === 'HEAD') && !wantsJson(req)) {
      try {
        res.locals.mark = mark();
      } catch {
        // No mark: the page follows the changes from when its stream starts.
      }
    }
    next();
  });
  app.use(express.urlencoded({ extended: false, limit: BODY_LIMIT, parameterLimit: 1000 }));

  app.get('/login', (req, res) => {
    if (!config.dashboard.token) return res.redirect(303, '/');
    res.status(200).type('html').send(loginPage(dict(requestLang(req).lang), safeNext(req.query.next), false).toString());
  });
  app.post('/login', (req, res, nextHandler) => {
    const token = config.dashboard.token;
    const body = (req.body ?? {}) as Record<string, unknown>;
    const next = safeNext(body.next);
    if (!token) return res.redirect(303, next);
    const client = req.ip ?? '';
    const wait = throttle.retryAfter(client);
    // Refused before the guess is compared: a blocked client learns nothing.
    if (wait > 0) return nextHandler(throttled(res, wait));
    if (typeof body.token === 'string' && secretsEqual(body.token, token)) {
      throttle.succeed(client);
      res.append('Set-Cookie', cookie(SESSION_COOKIE, sessions.create(token), { maxAge: SESSION_DAYS * 86400, secure: req.secure }));
      return res.redirect(303, next);
    }
    throttle.fail(client);
    res.status(401).type('html').send(loginPage(dict(requestLang(req).lang), next, true).toString());
  });

  app.use(requireAuth(config, sessions, throttle));
  app.post('/logout', (req, res) => {
    const id = parseCookies(req.headers.cookie)[SESSION_COOKIE];
    if (id) sessions.revoke(id);
    res.append('Set-Cookie', cookie(SESSION_COOKIE, '', { maxAge: 0, secure: req.secure }));
    res.redirect(303, '/login');
  });
  app.use(apiRouter(deps, feed));
  app.use(pageRouter(deps));
  app.use(signInRouter(deps));

  app.use((req, _res, next) => next(new AppError('NOT_FOUND', `nothing at ${req.method} ${req.path}`)));
  // Express needs all four parameters to treat this as the error handler.
  app.use((err: unknown, req: Request, res: Response, _next: NextFunction) => {
    const parsed = httpErrorStatus(err);
    const status = parsed?.status ?? httpStatusFor(err);
    const message = parsed?.message ?? (err instanceof AppError ? err.message : 'internal error');
    if (status >= 500) deps.logger.error({ err, path: req.path }, 'dashboard request failed');
    if (res.headersSent) return res.end();
    if (wantsJson(req)) return res.status(status).json({ error: message });
    const ctx = pageContext(deps, req, res);
    const r = ctx.t.review;
    // The page's language first; the English technical words stay in parentheses (the log has them too).
    const shown =
      ctx.t.lang === 'en'
        ? message
        : status >= 500
          ? r.serverError
          : `${status === 404 ? r.notFoundText : err instanceof AppError ? r.byCode[err.code] ?? r.byCode.BAD_INPUT : r.byCode.BAD_INPUT}（${r.details}：${message}）`;
    res.status(status).type('html').send(page(ctx, { title: status === 404 ? ctx.t.errors.notFound : ctx.t.errors.title, live: false, main: errorMain(ctx.t, status, shown!) }).toString());
  });
  return { app, feed, throttle };
}

/** The dashboard and JSON API as an Express app (not listening). */
export function createDashboard(deps: DashboardDeps, opts: DashboardOptions = {}): express.Express {
  return dashboardApp(deps, opts).app;
}

/** Checks the bind is safe, listens on `dashboard.host:port` (0 = any free port) and returns how to stop it. */
export async function startDashboard(deps: DashboardDeps, opts: DashboardOptions = {}): Promise<{ url: string; close(): Promise<void> }> {
  assertSafeBind(deps.config);
  const { app, feed } = dashboardApp(deps, opts);
  // Laid out before the first request, not during it.
  checkDiagrams();
  const { host, port } = deps.config.dashboard;
  const server: Server = await new Promise((resolve, reject) => {
    const s = createServer(app).listen(port, host);
    s.once('listening', () => resolve(s));
    s.once('error', reject);
  });
  const addr = server.address();
  const actualPort = typeof addr === 'object' && addr ? addr.port : port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`;
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        feed.close();
        // A sign-in still polling the token endpoint would keep the process alive after shutdown.
        deps.signIn?.stop?.();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
