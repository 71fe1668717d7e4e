import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OAuthSession } from '../../../src/auth/oauth-session.js';
import { TokenStore } from '../../../src/auth/token-store.js';
import { loopbackSignIn } from '../../../src/auth/loopback-flow.js';
import { endpointsFor } from '../../../src/auth/providers.js';
import { sendRaw } from '../../../src/mail/drafts/send.js';
import { ImapSource } from '../../../src/mail/sources/imap-source.js';
import type { ImapConfig } from '../../../src/config/schema.js';
import { fakePipeline, waitFor } from '../../mail/sources/helpers.js';
import { createMailSource } from '../../../src/app/mail-source-factory.js';
import { resolveConfig } from '../../../src/config/load.js';
import { mailSignIns } from '../../../src/auth/sign-ins.js';
import { channelsFrom } from '../../../src/notify/channels/channels.js';
import { testNotification } from '../../../src/notify/decide.js';
import { notifyKey } from '../../../src/notify/marker.js';
import { startSmtp } from '../../harness/smtp.js';
import type { AuthServerHarness } from '../../harness/auth-server.js';
import type { DovecotHarness } from '../../harness/dovecot.js';
import { genericAuth, signIn, startOAuthMail } from './helpers.js';

const msg = (id: string): Buffer => Buffer.from(`From: support@amazon.com\r\nTo: alice@example.com\r\nSubject: CASE ${id}\r\nMessage-ID: <${id}@test>\r\n\r\nbody ${id}\r\n`);

function imapConfig(d: DovecotHarness, over: Partial<ImapConfig> = {}): ImapConfig {
  return { host: d.host, port: d.port, secure: false, user: 'alice', inbox: 'INBOX', allowSelfSigned: false, ...over };
}

function source(d: DovecotHarness, p: ReturnType<typeof fakePipeline>, over: { imap?: Partial<ImapConfig>; oauth?: OAuthSession } = {}) {
  return new ImapSource(
    {
      imap: imapConfig(d, over.imap),
      maxMessageBytes: 1 << 20,
      reconcileSeconds: 300,
      watchdogSeconds: 0.3,
      watchdogTimeoutMs: 2000,
      backoff: { baseMs: 50, capMs: 200 },
      connectionTimeoutMs: 3000,
      ...(over.oauth ? { oauth: over.oauth } : {}),
    },
    p.deps,
  );
}

describe('OAuth2 sign-in against Dovecot\'s oauth2 passdb and a real authorization server', () => {
  let as: AuthServerHarness;
  let d: DovecotHarness;
  let stop: () => Promise<void>;
  let dir: string;
  before(async () => {
    // Access tokens live 3 s: expiry and refresh happen within a test.
    ({ as, dovecot: d, stop } = await startOAuthMail({ accessTokenTtl: 3 }));
    dir = mkdtempSync(join(tmpdir(), 'certmerge-oauth-'));
  });
  after(async () => {
    await stop?.();
    rmSync(dir, { recursive: true, force: true });
  });

  it('should sign in with OAUTHBEARER, refresh ahead of expiry during IDLE, store each rotated refresh token, and reconnect with a fresh token', async () => {
    const store = new TokenStore(join(dir, 'a', 'oauth-tokens.json'));
    store.put('imap', await signIn(as));
    assert.equal(statSync(store.path).mode & 0o777, 0o600);
    const first = store.get('imap')!;
    const session = new OAuthSession({ auth: genericAuth(as), key: 'imap', store });
    const p = fakePipeline();
    const s = source(d, p, { oauth: session });
    await s.start();
    try {
      assert.equal(s.status().connected, true, s.status().lastError ?? '');
      await d.append('alice', 'INBOX', msg('m1'));
      await p.waitFor(() => p.received.length === 1, 'the first message by IDLE');
      const refreshesBefore = as.grants.refresh_token ?? 0;
      // Still connected while the token expires: the watchdog refreshes it ahead (3 s lifetime → at 2.25 s).
      await waitFor(() => (as.grants.refresh_token ?? 0) >= refreshesBefore + 2, 'two refreshes while idle', 10_000);
      const now = store.get('imap')!;
      assert.notEqual(now.refreshToken, first.refreshToken, 'the rotated refresh token is stored');
      assert.notEqual(now.accessToken, first.accessToken);
      assert.equal((await as.introspect(first.accessToken)).active, false, 'the first access token has expired by now');
      assert.equal(s.status().connected, true);
      // The connection dies; the new client logs in with a current token.
      await d.kill();
      await d.start();
      await d.append('alice', 'INBOX', msg('m2'));
      await p.waitFor(() => p.received.length === 2 && s.status().connected, 'the message after the reconnect', 10_000);
      assert.equal(s.status().signInRefused, undefined);
    } finally {
      await s.stop();
    }
  });

  it('should refresh and retry at once when Dovecot refuses an access token that has not expired (AUTHENTICATIONFAILED)', async () => {
    const store = new TokenStore(join(dir, 'b', 'oauth-tokens.json'));
    // Long-lived token this time: only the refusal can make certmerge refresh it.
    const t = await signIn(as);
    store.put('imap', { ...t, expiresAt: new Date(Date.now() + 3600_000).toISOString(), accessTokenAt: new Date().toISOString() });
    // Only this access token stops working; the grant and the refresh token stay.
    await as.dropAccessToken(t.accessToken);
    const session = new OAuthSession({ auth: genericAuth(as), key: 'imap', store });
    const p = fakePipeline();
    const s = source(d, p, { oauth: session });
    const refreshes = as.grants.refresh_token ?? 0;
    await s.start();
    try {
      await waitFor(() => s.status().connected, 'connected after one refresh', 10_000);
      assert.equal((as.grants.refresh_token ?? 0) - refreshes >= 1, true);
      assert.notEqual(store.get('imap')!.accessToken, t.accessToken);
      assert.ok(p.logs.some((l) => l.msg === 'IMAP refused the access token; refreshing it and trying again'));
    } finally {
      await s.stop();
    }
  });

  it('should show "sign in again" after the grant is revoked, stop asking the server, and connect at once after a new sign-in', async () => {
    const store = new TokenStore(join(dir, 'c', 'oauth-tokens.json'));
    store.put('imap', await signIn(as));
    const session = new OAuthSession({ auth: genericAuth(as), key: 'imap', store });
    const p = fakePipeline();
    const s = source(d, p, { oauth: session });
    await s.start();
    try {
      assert.equal(s.status().connected, true);
      // Revoking the refresh token takes the whole grant (and its access tokens) with it.
      await as.revoke(store.get('imap')!.refreshToken!);
      await waitFor(() => Boolean(s.status().signInRefused), 'the refused refresh to show', 10_000);
      assert.match(s.status().signInRefused!.action, /certmerge login/);
      assert.match(s.status().signInRefused!.reason, /sign in again/);
      assert.ok(store.get('imap')!.refused, 'the refusal is recorded in the token file');
      const grants = JSON.stringify(as.grants);
      const tries = p.logs.filter((l) => l.msg === 'sign-in refused').length;
      const mark = p.logs.length;
      await d.kill();
      await d.start();
      await waitFor(() => !s.status().connected, 'down after the connection died');
      // No retry storm: the next attempt is planned minutes away, and neither the authorization server nor Dovecot was asked meanwhile.
      const next = await waitFor(() => p.logs.slice(mark).find((l) => l.msg === 'IMAP down; reconnecting' && (l.obj as { signInRefused?: boolean }).signInRefused), 'the next attempt to be planned');
      assert.ok((next.obj as { retryInMs: number }).retryInMs >= 5 * 60_000, `next attempt in ${(next.obj as { retryInMs: number }).retryInMs} ms`);
      assert.equal(JSON.stringify(as.grants), grants);
      assert.equal(p.logs.filter((l) => l.msg === 'sign-in refused').length, tries);
      assert.equal(s.status().connected, false);
      // The user signs in again; the daemon's file watch calls retryNow.
      store.put('imap', await signIn(as));
      s.retryNow();
      await waitFor(() => s.status().connected, 'connected after the new sign-in', 10_000);
      assert.equal(s.status().signInRefused, undefined);
    } finally {
      await s.stop();
    }
  });

  it('should treat a wrong password (passwd-file) as a state: the server\'s words, a long wait, and at once again after the fix', async () => {
    const p = fakePipeline();
    const s = source(d, p, { imap: { pass: 'not-the-password' } });
    await s.start();
    try {
      const refused = s.status().signInRefused;
      assert.ok(refused, 'sign-in refused is shown');
      assert.match(refused.reason, /AUTHENTICATIONFAILED/);
      assert.match(refused.action, /mail\.imap\.pass/);
      // The next attempt is planned minutes away (the refused backoff), not retried at once.
      const planned = p.logs.filter((l) => l.msg === 'IMAP down; reconnecting').map((l) => l.obj as { retryInMs: number; signInRefused?: boolean });
      assert.equal(planned.length, 1, 'one attempt planned');
      assert.ok(planned[0]!.signInRefused && planned[0]!.retryInMs >= 5 * 60_000, `next attempt in ${planned[0]!.retryInMs} ms`);
      assert.equal(p.logs.filter((l) => l.msg === 'sign-in refused').length, 1, 'no second attempt within the backoff');
      s.retryNow(imapConfig(d, { pass: d.users[0]!.pass }));
      await waitFor(() => s.status().connected, 'connected with the fixed password');
      assert.equal(s.status().signInRefused, undefined);
    } finally {
      await s.stop();
    }
  });

  it('should send over SMTP with XOAUTH2, refreshing a token the server refuses once', async () => {
    const store = new TokenStore(join(dir, 'd', 'oauth-tokens.json'));
    const t = await signIn(as);
    store.put('imap', { ...t, expiresAt: new Date(Date.now() + 3600_000).toISOString(), accessTokenAt: new Date().toISOString() });
    const session = new OAuthSession({ auth: genericAuth(as), key: 'imap', store });
    const smtp = await startSmtp({
      oauth2: async (user, token) => {
        const info = await as.introspect(token);
        return info.active === true && info.username === user;
      },
    });
    try {
      const cfg = { host: smtp.host, port: smtp.port, secure: false, allowSelfSigned: false };
      const raw = Buffer.from('From: alice@example.com\r\nTo: support@amazon.com\r\nSubject: hi\r\nMessage-ID: <s1@test>\r\n\r\nhello\r\n');
      const oauth = { user: 'alice', accessToken: (o: { force?: boolean }) => session.accessToken(o) };
      await sendRaw(cfg, { from: 'alice@example.com', to: ['support@amazon.com'] }, raw, undefined, oauth);
      assert.equal(smtp.messages[0]?.user, 'alice');
      await as.dropAccessToken(store.get('imap')!.accessToken);
      await sendRaw(cfg, { from: 'alice@example.com', to: ['support@amazon.com'] }, raw, undefined, oauth);
      assert.equal(smtp.messages.length, 2, 'sent after a refresh');
    } finally {
      await smtp.stop();
    }
  });

  it('should accept XOAUTH2 as well as OAUTHBEARER (Dovecot auth_mechanisms), and refuse a token of another user', async () => {
    const t = await signIn(as);
    const tryXoauth2 = (user: string) =>
      new Promise<string>((resolve, reject) => {
        const sock = net.connect({ host: d.host, port: d.port });
        let buf = '';
        let sent = false;
        sock.setEncoding('utf8');
        sock.on('error', reject);
        sock.on('data', (chunk: string) => {
          buf += chunk;
          if (!sent && buf.includes('\r\n')) {
            sent = true;
            const payload = Buffer.from(`user=${user}\x01auth=Bearer ${t.accessToken}\x01\x01`).toString('base64');
            sock.write(`a1 AUTHENTICATE XOAUTH2 ${payload}\r\n`);
            return;
          }
          // A refusal comes as a continuation with an error JSON first; answer it empty.
          if (/^\+ /m.test(buf) && !buf.includes('a1 ')) sock.write('\r\n');
          const done = /^a1 (OK|NO|BAD).*$/m.exec(buf);
          if (done) {
            sock.end();
            resolve(done[0]);
          }
        });
      });
    assert.match(await tryXoauth2('alice'), /^a1 OK/);
    assert.match(await tryXoauth2('bob'), /^a1 NO/);
  });

  it('should connect the source the app builds from a config with mail.imap.auth and the tokens of `certmerge login`', async () => {
    const dataDir = join(dir, 'e');
    const config = resolveConfig({ dataDir, mail: { source: 'imap', imap: { host: d.host, port: d.port, secure: false, user: 'alice', auth: genericAuth(as) } } }, dir, 'test config', {});
    TokenStore.inDataDir(dataDir).put('imap', await signIn(as));
    const p = fakePipeline();
    const s = createMailSource(config, p.deps);
    await s.start();
    try {
      assert.equal(s.status().connected, true, s.status().lastError ?? '');
    } finally {
      await s.stop();
    }
  });

  it('should deliver the e-mail notification of an OAuth2 mailbox with its access token: appended to the inbox over IMAP, and sent over SMTP', async () => {
    const dataDir = join(dir, 'f');
    const notify = [{ type: 'email', to: 'alice@example.com' }];
    const imapOnly = resolveConfig({ dataDir, mail: { source: 'imap', imap: { host: d.host, port: d.port, secure: false, user: 'alice', auth: genericAuth(as) } }, notify }, dir, 'test config', {});
    TokenStore.inDataDir(dataDir).put('imap', await signIn(as));
    const n = testNotification(new Date(), 'en', { base: 'http://127.0.0.1:4780' });
    const [inbox] = channelsFrom(imapOnly, { key: () => notifyKey(dataDir), now: () => new Date(), signIns: mailSignIns(imapOnly) });
    const appended = await inbox!.deliver(n);
    assert.deepEqual(appended, { ok: true, detail: 'appended to INBOX' });
    const files = ['new', 'cur'].flatMap((sub) => readdirSync(join(d.maildirOf('alice'), sub)).map((f) => join(d.maildirOf('alice'), sub, f)));
    const mine = files.filter((f) => readFileSync(f, 'utf8').includes(n.id));
    assert.equal(mine.length, 1, `the notification is in the inbox (${files.length} files)`);
    assert.match(mine[0]!, /:2,F$/, 'flagged and unread');
    // With mail.smtp (no auth of its own): SMTP reuses the IMAP sign-in (XOAUTH2).
    const smtp = await startSmtp({
      oauth2: async (user, token) => {
        const info = await as.introspect(token);
        return info.active === true && info.username === user;
      },
    });
    try {
      const withSmtp = resolveConfig(
        { dataDir, mail: { source: 'imap', imap: { host: d.host, port: d.port, secure: false, user: 'alice', auth: genericAuth(as) }, smtp: { host: smtp.host, port: smtp.port, secure: false } }, notify },
        dir,
        'test config',
        {},
      );
      const [bySmtp] = channelsFrom(withSmtp, { key: () => notifyKey(dataDir), now: () => new Date(), signIns: mailSignIns(withSmtp) });
      const sent = await bySmtp!.deliver(n);
      assert.equal(sent.ok, true, sent.detail);
      assert.equal(smtp.messages[0]?.user, 'alice');
    } finally {
      await smtp.stop();
    }
  });

  it('should sign in with the installed-app flow: PKCE and a loopback redirect (as Google does)', async () => {
    const auth = { ...genericAuth(as) };
    const ep = { ...endpointsFor(auth), flow: 'loopback' as const, authorizationUrl: as.authorizationUrl };
    const tokens = await loopbackSignIn(
      auth,
      {
        onPrompt: async (url) => {
          assert.match(url, /code_challenge_method=S256/);
          const redirect = await as.approveAuthorization(url);
          await fetch(redirect);
        },
      },
      ep,
    );
    assert.ok(tokens.refreshToken);
    assert.equal((await as.introspect(tokens.accessToken)).username, 'alice');
  });
});
