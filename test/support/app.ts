import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { buildApp, type App, type AppOptions } from '../../src/app/build-app.js';
import { systemClock } from '../../src/clock/clock.js';
import { mockDate } from './mock-time.js';
import { resolveConfig } from '../../src/config/load.js';
import type { MailSource, MailSourceDeps } from '../../src/mail/sources/mail-source.js';
import type { SendRaw } from '../../src/replies/draft-service.js';
import { FakeMailbox } from './fake-mailbox.js';
import type { DNSResolver } from '../../src/mail/verify/local-auth.js';

export const AUTHSERV = 'mx.test.example';

export const APP_T0 = '2026-01-05T09:00:00Z';

/**
 * A whole certmerge app on a temp dataDir, with a fake mail source (the
 * pipeline is driven directly), on the system clock with `Date` mocked from
 * `start` (default APP_T0; `keepTime`: the time goes on, for a restart on the
 * same data); `time` moves it.
 */
export function testApp(opts: { sendRaw?: SendRaw; config?: object; dir?: string; dnsResolver?: DNSResolver; appOptions?: Partial<AppOptions>; start?: string; keepTime?: boolean } = {}) {
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'certmerge-app-'));
  const config = resolveConfig(
    { dataDir: dir, mail: { from: 'Taro Yamada <taro.personal@example.com>', smtp: { host: '127.0.0.1', port: 2525, secure: false } }, trust: { authservId: AUTHSERV }, ...opts.config },
    dir,
    'test config',
  );
  const time = mockDate(opts.start ?? APP_T0, { keep: opts.keepTime ?? false });
  const clock = systemClock;
  const mailbox = new FakeMailbox();
  const source: MailSource = Object.assign(mailbox, {
    start: async () => {},
    stop: async () => {},
    status: () => ({ kind: 'maildir' as const, connected: true, lastSyncAt: null, downSince: null, lastError: null, progress: null }),
  });
  let sourceDeps!: MailSourceDeps;
  const app: App = buildApp(config, {
    clock,
    logger: pino({ level: 'silent' }),
    sourceFactory: (deps) => {
      sourceDeps = deps;
      return source;
    },
    draftFolders: mailbox,
    sendRaw: opts.sendRaw,
    ...(opts.dnsResolver ? { dnsResolver: opts.dnsResolver } : {}),
    ...opts.appOptions,
  });
  return { app, clock, time, mailbox, dir, config, sourceDeps };
}
