import { describe, it, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { systemClock } from '../../src/clock/clock.js';
import { mockDate } from '../support/mock-time.js';
import type { LifecycleEvent } from '../../src/machines/events.js';
import { ntfyChannel } from '../../src/notify/channels/ntfy.js';
import { webhookChannel } from '../../src/notify/channels/webhook.js';
import { testNotification } from '../../src/notify/decide.js';
import { NotificationDispatcher } from '../../src/notify/dispatcher.js';
import { Outbox } from '../../src/notify/outbox.js';
import { realTimers } from '../../src/clock/clock.js';
import { openDatabase, type Db } from '../../src/store/database.js';
import { run } from '../../src/cli/main.js';
import { sampleCase } from '../support/case-files.js';
import { testApp } from '../support/app.js';
import { startReceiver, until, type Received } from './receiver.js';

const silent = pino({ level: 'silent' });
const SECRET = 'webhook-secret-for-tests';

/** Checks the contract's signature: HMAC-SHA256 over TIMESTAMP + "." + BODY. */
function verify(r: Received, secret = SECRET): boolean {
  const ts = String(r.headers['x-certmerge-timestamp']);
  const want = `sha256=${createHmac('sha256', secret).update(`${ts}.${r.body.toString('utf8')}`).digest('hex')}`;
  return r.headers['x-certmerge-signature'] === want;
}

describe('notification delivery to a real HTTP server on loopback', () => {
  const dirs: string[] = [];
  const dbs: Db[] = [];
  afterEach(() => {
    dbs.splice(0).forEach((d) => d.open && d.close());
    dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
  });

  function outbox(): Outbox {
    const dir = mkdtempSync(join(tmpdir(), 'certmerge-notify-'));
    dirs.push(dir);
    const db = openDatabase(join(dir, 'certmerge.db'));
    dbs.push(db);
    return new Outbox(db);
  }

  it('should sign the webhook, retry with backoff until a 2xx, and keep one id across attempts', async () => {
    const rx = await startReceiver([500, 503]);
    after(() => rx.close());
    const box = outbox();
    const channel = webhookChannel({ url: `${rx.url}/hook`, secret: SECRET }, () => new Date());
    const d = new NotificationDispatcher({ outbox: box, channels: [channel], clock: systemClock, timers: realTimers, logger: silent, retryDelaysMs: [40, 80, 160] });
    const n = testNotification(new Date(), 'en', { base: 'http://127.0.0.1:4780' });
    assert.equal(box.enqueue(n, d.channelKeys(), new Date().toISOString()), true);
    assert.equal(box.enqueue(n, d.channelKeys(), new Date().toISOString()), false, 'the same id is stored once');
    const t0 = Date.now();
    d.start();
    await until(() => box.deliveries(n.id)[0]?.status === 'delivered', 'delivery');
    await d.stop();
    assert.ok(Date.now() - t0 >= 120, 'waited 40 then 80 ms between attempts');
    assert.deepEqual(rx.received.map((r) => r.status), [500, 503, 204]);
    for (const r of rx.received) {
      assert.equal(r.headers['content-type'], 'application/json');
      assert.ok(verify(r), 'signature verifies');
      assert.ok(!verify(r, 'another secret'));
      const body = JSON.parse(r.body.toString('utf8')) as Record<string, unknown>;
      assert.deepEqual(Object.keys(body).sort(), ['at', 'caseId', 'event', 'id', 'text', 'url']);
      assert.equal(body.id, n.id);
      assert.equal(body.event, 'test');
    }
    const log = box.log();
    assert.deepEqual(log.map((l) => l.ok), [true, false, false]);
    assert.deepEqual(log.map((l) => l.detail), ['HTTP 204', 'HTTP 503', 'HTTP 500']);
    assert.equal(box.deliveries(n.id)[0]!.attempts, 3);
  });

  it('should give up after the last retry and say so in the log', async () => {
    const rx = await startReceiver([500, 500, 500]);
    after(() => rx.close());
    const box = outbox();
    const d = new NotificationDispatcher({ outbox: box, channels: [webhookChannel({ url: rx.url, secret: SECRET }, () => new Date())], clock: systemClock, timers: realTimers, logger: silent, retryDelaysMs: [20] });
    const n = testNotification(new Date(), 'en', { base: 'http://127.0.0.1:4780' });
    box.enqueue(n, d.channelKeys(), new Date().toISOString());
    d.start();
    await until(() => box.deliveries(n.id)[0]?.status === 'failed', 'giving up');
    await d.stop();
    assert.equal(rx.received.length, 2);
    assert.equal(box.deliveries(n.id)[0]!.lastError, 'HTTP 500');
  });

  it('should publish to ntfy with the text as the body, Title, Click and the bearer token', async () => {
    const rx = await startReceiver();
    after(() => rx.close());
    const n = testNotification(new Date(), 'ja', { base: 'http://127.0.0.1:4780' });
    const r = await ntfyChannel({ url: `${rx.url}/my-topic`, token: 'tk_secret' }).deliver(n);
    assert.deepEqual(r, { ok: true, detail: 'HTTP 204' });
    const got = rx.received[0]!;
    assert.equal(got.path, '/my-topic');
    assert.equal(got.body.toString('utf8'), n.text);
    assert.match(n.text, /テスト通知/);
    // A Japanese title travels as an RFC 2047 encoded-word (header values are bytes).
    const m = /^=\?UTF-8\?B\?([A-Za-z0-9+/=]+)\?=$/.exec(String(got.headers.title));
    assert.ok(m, String(got.headers.title));
    assert.equal(Buffer.from(m[1]!, 'base64').toString('utf8'), n.title);
    assert.equal(got.headers.click, 'http://127.0.0.1:4780/');
    assert.equal(got.headers.authorization, 'Bearer tk_secret');
    const noToken = await ntfyChannel({ url: `${rx.url}/t` }).deliver(n);
    assert.equal(noToken.ok, true);
    assert.equal(rx.received[1]!.headers.authorization, undefined);
  });

  it('should make `certmerge notify test` exit 1 naming the channel that failed', async () => {
    const rx = await startReceiver();
    after(() => rx.close());
    const dead = await startReceiver();
    const deadUrl = dead.url;
    await dead.close();
    const dir = mkdtempSync(join(tmpdir(), 'certmerge-notify-cli-'));
    dirs.push(dir);
    const { writeFileSync } = await import('node:fs');
    const cfg = join(dir, 'config.yaml');
    writeFileSync(cfg, `dataDir: ${dir}\nnotify:\n  - { type: webhook, url: ${rx.url}/hook, secret: \${HOOK_SECRET} }\n  - { type: ntfy, url: ${deadUrl}/topic }\n`);
    const out: string[] = [];
    const err: string[] = [];
    const code = await run(['notify', 'test', '--config', cfg], { out: (t) => out.push(t), err: (t) => err.push(t) }, { HOOK_SECRET: SECRET });
    assert.equal(code, 1);
    assert.match(out[0]!, /^ok {3}webhook 127\.0\.0\.1:\d+: HTTP 204/);
    assert.match(out[1]!, /^FAIL ntfy 127\.0\.0\.1:\d+: ECONNREFUSED/);
    assert.match(err.join('\n'), /not delivered on ntfy 127\.0\.0\.1:\d+ \(ECONNREFUSED\)/);
    assert.ok(verify(rx.received[0]!), 'the CLI signs with the configured secret');
    assert.equal(JSON.parse(rx.received[0]!.body.toString()).event, 'test');

    writeFileSync(cfg, `dataDir: ${dir}\nnotify:\n  - { type: webhook, url: ${rx.url}/hook, secret: s }\n`);
    assert.equal(await run(['notify', 'test', '--config', cfg], { out: () => undefined, err: () => undefined }, {}), 0);
  });

  it('should refuse a plain-http endpoint that is not on loopback, naming the field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'certmerge-notify-cfg-'));
    dirs.push(dir);
    const { writeFileSync } = await import('node:fs');
    const cfg = join(dir, 'config.yaml');
    writeFileSync(cfg, `notify:\n  - { type: ntfy, url: http://ntfy.example.com/topic }\n`);
    const err: string[] = [];
    assert.equal(await run(['notify', 'test', '--config', cfg], { out: () => undefined, err: (t) => err.push(t) }, {}), 2);
    assert.match(err.join('\n'), /notify\.0\.url.*https:/);
  });
});

describe('exactly once across a restart', () => {
  it('should deliver an information request once, though the first attempt failed and the app restarted between', async () => {
    const rx = await startReceiver([500]);
    after(() => rx.close());
    const dir = mkdtempSync(join(tmpdir(), 'certmerge-notify-restart-'));
    after(() => rmSync(dir, { recursive: true, force: true }));
    const time = mockDate('2026-01-05T09:00:00Z');
    after(() => time.restore());
    const clock = systemClock;
    const config = { notify: [{ type: 'webhook', url: `${rx.url}/hook`, secret: SECRET }], dashboard: { url: 'https://certmerge.example.net' } };
    const boot = () => testApp({ dir, keepTime: true, config, appOptions: { notifyRetryDelaysMs: [1000, 1000], notifyTickMs: 50 } });

    const first = boot();
    const cases = first.app.ctx.cases;
    const { id } = cases.create(sampleCase());
    const at = clock.now().toISOString();
    for (const e of [
      { type: 'prepared', at, source: 'user' },
      { type: 'case-submitted', at, source: 'user' },
      { type: 'acknowledgement', at, source: 'mail', supportCaseId: '171234567890', messageId: '<ack@amazon.com>' },
      { type: 'info_request', at, source: 'mail', messageId: '<info@amazon.com>' },
    ]) cases.apply(id, e as LifecycleEvent);
    first.app.notifier.start();
    await until(() => rx.received.length >= 1, 'the first attempt');
    await first.app.notifier.stop();
    first.app.ctx.close();
    assert.equal(rx.received[0]!.status, 500);

    // Restarted after the retry time: the same notification, the same id, delivered.
    time.advance(5000);
    const second = boot();
    second.app.notifier.start();
    await until(() => rx.received.some((r) => r.status === 204), 'the retry');
    await second.app.notifier.stop(); // waits for the run under way to record its outcome
    assert.equal(second.app.outbox.nextDueAt(), null, 'no retry scheduled after the delivery');
    second.app.ctx.close();

    // A third start has nothing left to send (start runs what is due at once; stop waits for that run).
    time.advance(5000);
    const third = boot();
    third.app.notifier.start();
    await third.app.notifier.stop();
    third.app.ctx.close();

    const bodies = rx.received.map((r) => JSON.parse(r.body.toString('utf8')) as { id: string; event: string; caseId: string; url: string; text: string });
    assert.deepEqual(bodies.map((b) => b.event), ['info_requested', 'info_requested'], 'one notification, two attempts');
    assert.equal(bodies[0]!.id, bodies[1]!.id);
    assert.deepEqual(rx.received.map((r) => r.status), [500, 204]);
    assert.equal(bodies[0]!.caseId, id);
    assert.equal(bodies[0]!.url, `https://certmerge.example.net/cases/${id}`);
    assert.match(bodies[0]!.text, /追加情報/, 'in the case\'s language (ja)');
    assert.match(bodies[0]!.text, /171234567890/);
  });
});
