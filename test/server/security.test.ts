import { describe, it, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { AppError } from '../../src/errors.js';
import { assertSafeBind, startDashboard } from '../../src/server/dashboard.js';
import { AuthThrottle, DashboardSessions, isLoopbackHost, safeNext, secretsEqual } from '../../src/server/security.js';
import { systemClock } from '../../src/clock/clock.js';
import { openDatabase } from '../../src/store/database.js';
import { sampleCase } from '../support/case-files.js';
import { harness, serve, testConfig, type Harness } from './support/harness.js';
import { call } from './support/http.js';

const TOKEN = 'correct-horse-battery-staple-42';
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'";

describe('dashboard security', () => {
  let h: Harness | undefined;
  let server: { url: string; close(): Promise<void> } | undefined;
  afterEach(async () => {
    await server?.close();
    h?.close();
    server = h = undefined;
  });
  const start = async (opts: { token?: string } = {}) => {
    h = harness(opts);
    server = await serve(h);
    return { h, url: server.url };
  };

  describe('binding', () => {
    it('should accept loopback hosts without a token', () => {
      for (const host of ['127.0.0.1', 'localhost', '::1', '[::1]', '127.0.0.2']) assert.doesNotThrow(() => assertSafeBind(testConfig({ host })), host);
      assert.equal(isLoopbackHost('0.0.0.0'), false);
    });

    it('should refuse a non-loopback host without a token as BAD_CONFIG naming dashboard.host', () => {
      for (const host of ['0.0.0.0', '::', '192.168.1.10', 'dashboard.example.com']) {
        assert.throws(
          () => assertSafeBind(testConfig({ host })),
          (err: unknown) => err instanceof AppError && err.code === 'BAD_CONFIG' && err.message.startsWith(`dashboard.host: ${host} `) && /requires dashboard\.token/.test(err.message) && !err.message.includes('\n'),
        );
      }
    });

    it('should refuse a short token on a non-loopback host and accept a long one', () => {
      assert.throws(() => assertSafeBind(testConfig({ host: '0.0.0.0', token: 'short' })), /dashboard\.token: must be at least 16 characters/);
      assert.doesNotThrow(() => assertSafeBind(testConfig({ host: '0.0.0.0', token: TOKEN })));
    });

    it('should not start listening when the bind is unsafe', async () => {
      h = harness({ host: '0.0.0.0' });
      await assert.rejects(startDashboard(h.deps), (err: unknown) => err instanceof AppError && err.code === 'BAD_CONFIG');
    });
  });

  describe('with a token', () => {
    it('should answer 401 without the token and 200 with the Bearer token', async () => {
      const { url } = await start({ token: TOKEN });
      for (const path of ['/api/cases', '/healthz', '/api/events']) {
        const r = await call(url, path);
        assert.equal(r.status, 401, path);
        assert.match(r.json<{ error: string }>().error, /token is required/);
        assert.equal(r.headers['www-authenticate'], 'Bearer realm="certmerge"');
      }
      assert.equal((await call(url, '/api/cases', { headers: { authorization: 'Bearer wrong-token-wrong-token' } })).status, 401);
      assert.equal((await call(url, '/api/cases', { headers: { authorization: `Bearer ${TOKEN}` } })).status, 200);
      const created = await call(url, '/api/cases', { method: 'POST', body: sampleCase(), headers: { authorization: `Bearer ${TOKEN}` } });
      assert.equal(created.status, 201, 'an API client sends no Origin: fine with the Bearer token');
    });

    it('should send a browser to /login and let it in with an HttpOnly SameSite=Strict cookie', async () => {
      const { url } = await start({ token: TOKEN });
      const page = await call(url, '/cases/new?lang=en', { headers: { accept: 'text/html' } });
      assert.equal(page.status, 303);
      assert.equal(page.headers.location, '/login?next=%2Fcases%2Fnew%3Flang%3Den');
      assert.equal((await call(url, '/login', { headers: { accept: 'text/html' } })).status, 200);
      const wrong = await call(url, '/login', { method: 'POST', form: { token: 'nope', next: '/' }, headers: { origin: url } });
      assert.equal(wrong.status, 401);
      assert.equal(wrong.headers['set-cookie'], undefined);
      const ok = await call(url, '/login', { method: 'POST', form: { token: TOKEN, next: '/cases/new' }, headers: { origin: url } });
      assert.equal(ok.status, 303);
      assert.equal(ok.headers.location, '/cases/new');
      const setCookie = String(ok.headers['set-cookie']);
      assert.match(setCookie, /cm_session=[^;]+; Path=\/; SameSite=Strict; HttpOnly/);
      assert.ok(!setCookie.includes(TOKEN), 'the cookie does not carry the token itself');
      const cookie = setCookie.split(';')[0]!;
      const home = await call(url, '/', { headers: { accept: 'text/html', cookie } });
      assert.equal(home.status, 200);
      assert.equal((await call(url, '/api/cases', { headers: { cookie } })).status, 200);
      assert.equal((await call(url, '/api/cases', { headers: { cookie: 'cm_session=forged' } })).status, 401);
    });

    it('should refuse a cookie-authenticated POST without a same-origin Origin', async () => {
      const { url, h } = await start({ token: TOKEN });
      const { id } = h.cases.create(sampleCase());
      const login = await call(url, '/login', { method: 'POST', form: { token: TOKEN }, headers: { origin: url } });
      const cookie = String(login.headers['set-cookie']).split(';')[0]!;
      const bare = await call(url, `/api/cases/${id}/events`, { method: 'POST', body: { type: 'prepared' }, headers: { cookie } });
      assert.equal(bare.status, 403);
      assert.equal(h.cases.view(id).state, 'preparing');
      const same = await call(url, `/api/cases/${id}/events`, { method: 'POST', body: { type: 'prepared' }, headers: { cookie, origin: url, 'sec-fetch-site': 'same-origin' } });
      assert.equal(same.status, 200);
    });

    it('should not redirect after login to another site', () => {
      assert.equal(safeNext('//evil.example/x'), '/');
      assert.equal(safeNext('https://evil.example/'), '/');
      assert.equal(safeNext('/\\evil.example'), '/');
      assert.equal(safeNext('/cases/abc?lang=ja'), '/cases/abc?lang=ja');
    });

    it('should compare secrets in constant time whatever their length', () => {
      assert.equal(secretsEqual('a', 'a'), true);
      assert.equal(secretsEqual('a', 'ab'), false);
    });
  });

  describe('attacks on the token and the session (issue 13)', () => {
    const login = (url: string, token: string) => call(url, '/login', { method: 'POST', form: { token, next: '/' }, headers: { origin: url } });

    it('should answer 429 with Retry-After after 5 wrong Bearer tokens, refuse even the right one while blocked, and double the wait', async () => {
      const { url, h } = await start({ token: TOKEN });
      const wrong = { authorization: 'Bearer wrong-token-wrong-token' };
      // Rendered once, so the response cache holds them: a blocked client must not get them from there either.
      assert.equal((await call(url, '/api/cases', { headers: { authorization: `Bearer ${TOKEN}` } })).status, 200);
      assert.equal((await call(url, '/', { headers: { authorization: `Bearer ${TOKEN}`, accept: 'text/html' } })).status, 200);
      for (let i = 0; i < AuthThrottle.FREE; i++) assert.equal((await call(url, '/api/cases', { headers: wrong })).status, 401, `guess ${i + 1}`);
      const blocked = await call(url, '/api/cases', { headers: wrong });
      assert.equal(blocked.status, 429);
      assert.equal(blocked.headers['retry-after'], '1');
      assert.match(blocked.json<{ error: string }>().error, /too many failed sign-in attempts/);
      assert.equal((await call(url, '/api/cases', { headers: { authorization: `Bearer ${TOKEN}` } })).status, 429, 'no guess is checked while blocked');
      assert.equal((await call(url, '/', { headers: { authorization: `Bearer ${TOKEN}`, accept: 'text/html' } })).status, 429, 'not even by a cached page');
      h.time.advance(1000);
      assert.equal((await call(url, '/api/cases', { headers: wrong })).status, 401);
      assert.equal((await call(url, '/api/cases', { headers: wrong })).headers['retry-after'], '2', 'the next failure waits twice as long');
      h.time.advance(2000);
      assert.equal((await call(url, '/api/cases', { headers: { authorization: `Bearer ${TOKEN}` } })).status, 200);
      assert.equal((await call(url, '/api/cases', { headers: wrong })).status, 401, 'a success forgives the failures');
    });

    it('should throttle wrong tokens on /login and refuse a guess there while blocked', async () => {
      const { url, h } = await start({ token: TOKEN });
      for (let i = 0; i < AuthThrottle.FREE; i++) assert.equal((await login(url, `guess-${i}`)).status, 401);
      const blocked = await login(url, TOKEN);
      assert.equal(blocked.status, 429);
      assert.equal(blocked.headers['set-cookie'], undefined);
      assert.ok(Number(blocked.headers['retry-after']) >= 1);
      h.time.advance(1000);
      assert.equal((await login(url, TOKEN)).status, 303);
    });

    it('should bound the wait at 15 minutes and the remembered clients at 10,000', () => {
      const t = new AuthThrottle({ now: () => new Date('2026-01-05T09:00:00.000Z') });
      for (let i = 0; i < 40; i++) t.fail('a');
      assert.equal(t.retryAfter('a'), 15 * 60);
      for (let i = 0; i < AuthThrottle.MAX_CLIENTS; i++) t.fail(`c${i}`);
      assert.equal(t.retryAfter('a'), 0, 'the oldest client was forgotten');
    });

    it('should end the session on logout: the old cookie opens nothing afterwards', async () => {
      const { url } = await start({ token: TOKEN });
      const cookie = String((await login(url, TOKEN)).headers['set-cookie']).split(';')[0]!;
      assert.equal((await call(url, '/api/cases', { headers: { cookie } })).status, 200);
      const out = await call(url, '/logout', { method: 'POST', headers: { cookie, origin: url } });
      assert.equal(out.status, 303);
      assert.match(String(out.headers['set-cookie']), /cm_session=; .*Max-Age=0/);
      assert.equal((await call(url, '/api/cases', { headers: { cookie } })).status, 401, 'a copy of the cookie no longer works');
      const again = String((await login(url, TOKEN)).headers['set-cookie']).split(';')[0]!;
      assert.notEqual(again, cookie, 'every login gets a new random session id');
    });

    it('should keep sessions in the database (a restart keeps them), store no usable id, and end them when the token changes', (t) => {
      const db = openDatabase(':memory:');
      t.mock.timers.enable({ apis: ['Date'], now: new Date('2026-01-05T09:00:00.000Z') });
      const clock = systemClock;
      const id = new DashboardSessions(db, clock).create(TOKEN);
      const restarted = new DashboardSessions(db, clock);
      assert.equal(restarted.valid(id, TOKEN), true);
      assert.equal(db.prepare('SELECT COUNT(*) FROM dashboard_sessions WHERE id_hash = ?').pluck().get(id), 0, 'only a hash of the id is stored');
      assert.equal(restarted.valid(id, 'another-token-another-token'), false);
      t.mock.timers.tick(31 * 86_400_000);
      assert.equal(restarted.valid(id, TOKEN), false, 'expired after 30 days');
      db.close();
    });

    it('should set Secure on the cookie behind a trusted TLS proxy, and believe X-Forwarded-Proto from no one else', async () => {
      h = harness({ token: TOKEN });
      const plain = await serve(h);
      const spoofed = await call(plain.url, '/login', { method: 'POST', form: { token: TOKEN }, headers: { origin: plain.url, 'x-forwarded-proto': 'https' } });
      assert.doesNotMatch(String(spoofed.headers['set-cookie']), /Secure/, 'no proxy configured: the header is not believed');
      await plain.close();
      h.deps.config = { ...h.deps.config, dashboard: { ...h.deps.config.dashboard, trustedProxies: ['loopback'] } };
      server = await serve(h);
      const proxied = await call(server.url, '/login', { method: 'POST', form: { token: TOKEN }, headers: { origin: server.url, 'x-forwarded-proto': 'https' } });
      assert.match(String(proxied.headers['set-cookie']), /; Secure/);
      const direct = await call(server.url, '/login', { method: 'POST', form: { token: TOKEN }, headers: { origin: server.url } });
      assert.doesNotMatch(String(direct.headers['set-cookie']), /Secure/, 'plain HTTP through the proxy: no Secure');
    });
  });

  describe('cross-origin requests', () => {
    it('should refuse a POST from another origin with 403 and change nothing', async () => {
      const { url, h } = await start();
      const { id } = h.cases.create(sampleCase());
      const before = h.cases.view(id);
      const attempts: { path: string; body?: unknown; form?: Record<string, string>; headers: Record<string, string> }[] = [
        { path: `/api/cases/${id}/events`, body: { type: 'prepared' }, headers: { origin: 'https://evil.example' } },
        { path: `/api/cases/${id}/events`, body: { type: 'prepared' }, headers: { origin: 'null' } },
        { path: `/cases/${id}/events`, form: { type: 'prepared' }, headers: { 'sec-fetch-site': 'cross-site' } },
        { path: `/cases/${id}/events`, form: { type: 'prepared' }, headers: { origin: 'http://127.0.0.1:1', 'sec-fetch-site': 'same-site' } },
        { path: '/api/cases', body: sampleCase(), headers: { origin: 'https://evil.example' } },
      ];
      for (const a of attempts) {
        const r = await call(url, a.path, { method: 'POST', ...a });
        assert.equal(r.status, 403, JSON.stringify(a.headers));
      }
      assert.deepEqual(h.cases.view(id), before);
      assert.equal(h.cases.list().length, 1);
      const same = await call(url, `/cases/${id}/events`, { method: 'POST', form: { type: 'prepared' }, headers: { origin: url, 'sec-fetch-site': 'same-origin' } });
      assert.equal(same.status, 303);
      assert.equal(h.cases.view(id).state, 'caseDraft');
    });

    it('should answer only loopback Host names without a token (DNS rebinding)', async () => {
      const { url } = await start();
      const r = await call(url, '/api/cases', { headers: { host: 'rebind.evil.example:4780' } });
      assert.equal(r.status, 403);
      assert.equal((await call(url, '/api/cases', { headers: { host: 'localhost:4780' } })).status, 200);
    });
  });

  describe('headers', () => {
    it('should send the CSP without inline script, nosniff and a same-origin referrer policy on every page', async () => {
      const { url, h } = await start();
      const { id } = h.cases.create(sampleCase());
      for (const path of ['/', `/cases/${id}`, '/cases/new', '/api/cases', '/nothing-here']) {
        const r = await call(url, path, { headers: { accept: 'text/html' } });
        assert.ok(String(r.headers['content-security-policy']).startsWith(CSP), path);
        assert.equal(r.headers['x-content-type-options'], 'nosniff');
        assert.equal(r.headers['referrer-policy'], 'same-origin');
        assert.equal(r.headers['x-powered-by'], undefined);
        assert.doesNotMatch(r.text, /<script>|<script [^>]*>[^<]|\son[a-z]+=|style="/, `${path} has no inline script, handler or style`);
      }
    });
  });
});
