import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { resolveConfig } from '../../src/config/load.js';
import { SignInService } from '../../src/auth/sign-in-service.js';
import { startAuthServer, TEST_CLIENT_ID, TEST_SCOPES, type AuthServerHarness } from '../harness/auth-server.js';
import { harness, serve, type Harness, type Served } from './support/harness.js';
import { call } from './support/http.js';

describe('the dashboard sign-in page and the "sign in again" state', () => {
  let as: AuthServerHarness;
  let h: Harness;
  let server: Served;
  let signedIn = 0;
  before(async () => {
    as = await startAuthServer();
    h = harness();
    const config = resolveConfig(
      {
        dataDir: h.dir,
        mail: {
          source: 'imap',
          imap: { host: '127.0.0.1', user: 'alice', auth: { type: 'oauth2', provider: 'generic', clientId: TEST_CLIENT_ID, deviceAuthorizationUrl: as.deviceAuthorizationUrl, tokenUrl: as.tokenUrl, scopes: TEST_SCOPES } },
        },
      },
      h.dir,
      'test config',
      {},
    );
    h.deps.signIn = new SignInService(config, () => signedIn++);
    server = await serve(h);
  });
  after(async () => {
    await server?.close();
    h?.close();
    await as?.stop();
  });

  it('should say "sign-in refused" with the server\'s words on every page and in /healthz', async () => {
    h.status.connected = false;
    h.status.signInRefused = { reason: 'IMAP server refused the sign-in: NO [AUTHENTICATIONFAILED] Authentication failed.', action: 'sign in again: run `certmerge login`', since: '2026-12-02T10:00:00.000Z' };
    try {
      for (const path of ['/', '/cases/new', '/sign-in']) {
        const r = await call(server.url, path, { headers: { accept: 'text/html' } });
        assert.match(r.text, /Sign-in refused:<\/strong> IMAP server refused the sign-in: NO \[AUTHENTICATIONFAILED\]/, path);
        assert.match(r.text, /href="\/sign-in">Sign in again</, path);
      }
      const health = (await call(server.url, '/healthz')).json<{ signInRefused?: { reason: string } }>();
      assert.match(health.signInRefused?.reason ?? '', /AUTHENTICATIONFAILED/);
    } finally {
      h.status.connected = true;
      delete h.status.signInRefused;
    }
    const r = await call(server.url, '/', { headers: { accept: 'text/html' } });
    assert.doesNotMatch(r.text, /Sign-in refused/);
  });

  it('should run the device flow from the page: show the code, and "signed in" once the user finished', async () => {
    const before = await call(server.url, '/sign-in', { headers: { accept: 'text/html' } });
    assert.match(before.text, /Not signed in/);
    const started = await call(server.url, '/sign-in', { method: 'POST', form: { key: 'imap' }, headers: { origin: server.url } });
    assert.equal(started.status, 303);
    const shown = await call(server.url, '/sign-in', { headers: { accept: 'text/html' } });
    const code = /<code id="user-code">([^<]+)<\/code>/.exec(shown.text)?.[1];
    assert.ok(code, shown.text);
    assert.match(shown.text, new RegExp(`Open ${as.issuer}/device on any device`));
    await as.approveDevice(code);
    const deadline = Date.now() + 15_000;
    let page = '';
    while (Date.now() < deadline) {
      page = (await call(server.url, '/sign-in', { headers: { accept: 'text/html' } })).text;
      if (page.includes('data-outcome="done"')) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    assert.match(page, /Signed in\. certmerge connects now\./);
    assert.match(page, /<strong class="sign-in-state signed-in">Signed in</);
    assert.ok(existsSync(join(h.dir, 'oauth-tokens.json')));
    assert.equal(signedIn, 1, 'the mail source was told to connect');
  });

  it('should refuse to start a sign-in that is not configured', async () => {
    const r = await call(server.url, '/sign-in', { method: 'POST', form: { key: 'smtp' }, headers: { origin: server.url, accept: 'text/html' } });
    assert.equal(r.status, 404);
    assert.match(r.text, /mail\.smtp\.auth/);
  });
});
