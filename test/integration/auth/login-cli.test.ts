import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { startAuthServer, TEST_CLIENT_ID, TEST_SCOPES, type AuthServerHarness } from '../../harness/auth-server.js';
import { cliAsync } from './helpers.js';

function writeConfig(dir: string, as: AuthServerHarness): string {
  const file = join(dir, 'certmerge.yaml');
  writeFileSync(
    file,
    stringify({
      dataDir: './data',
      mail: {
        source: 'imap',
        imap: {
          host: '127.0.0.1',
          port: 1,
          secure: false,
          user: 'alice',
          auth: { type: 'oauth2', provider: 'generic', clientId: TEST_CLIENT_ID, deviceAuthorizationUrl: as.deviceAuthorizationUrl, tokenUrl: as.tokenUrl, scopes: TEST_SCOPES },
        },
      },
    }),
  );
  return file;
}

describe('certmerge login with the device flow (RFC 8628), against a real authorization server', () => {
  let as: AuthServerHarness;
  let dir: string;
  before(async () => {
    as = await startAuthServer();
    dir = mkdtempSync(join(tmpdir(), 'certmerge-login-'));
  });
  after(async () => {
    await as?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('should print the verification URL and the code, wait for the sign-in, store the tokens owner-only and exit 0', async () => {
    writeConfig(dir, as);
    as.decision = { approve: true, accountId: 'alice' };
    let url = '';
    const r = await cliAsync(dir, ['login', '--config', 'certmerge.yaml'], (line) => {
      const m = /^Open (\S+) in a browser and enter the code (\S+)$/.exec(line);
      if (m) {
        url = m[1]!;
        void as.approveDevice(m[2]!);
      }
    }, { TZ: 'Asia/Tokyo' });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(url, `${as.issuer}/device`);
    // The code's expiry in local time, as the rest of the CLI prints times (not a UTC ISO instant).
    assert.match(r.stdout, /^Waiting for the sign-in \(the code expires at \d{4}-\d\d-\d\d \d\d:\d\d GMT\+9\)\.\.\.$/m);
    const file = join(dir, 'data', 'oauth-tokens.json');
    assert.equal(statSync(file).mode & 0o777, 0o600);
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { signIns: { imap: { accessToken: string; refreshToken: string; refused: unknown } } };
    assert.ok(stored.signIns.imap.refreshToken, 'a refresh token is stored');
    assert.equal(stored.signIns.imap.refused, null);
    const info = await as.introspect(stored.signIns.imap.accessToken);
    assert.equal(info.active, true);
    assert.equal(info.username, 'alice');
  });

  it('should exit 1 with the server\'s words when the user refuses the sign-in', async () => {
    writeConfig(dir, as);
    as.decision = { approve: false };
    const r = await cliAsync(dir, ['login', '--config', 'certmerge.yaml'], (line) => {
      const m = /enter the code (\S+)$/.exec(line);
      if (m) void as.approveDevice(m[1]!).catch(() => undefined);
    });
    as.decision = { approve: true, accountId: 'alice' };
    assert.equal(r.code, 1, r.stdout);
    assert.match(r.stderr, /refused: The user declined the sign-in request\. \(access_denied\)/);
  });

  it('should exit 1 saying the code expired when nobody signs in in time', async () => {
    const short = await startAuthServer({ deviceCodeTtl: 2 });
    const d2 = mkdtempSync(join(tmpdir(), 'certmerge-login-'));
    try {
      writeConfig(d2, short);
      const r = await cliAsync(d2, ['login', '--config', 'certmerge.yaml']);
      assert.equal(r.code, 1, r.stdout);
      assert.match(r.stderr, /the code expired before the sign-in was finished/);
    } finally {
      await short.stop();
      rmSync(d2, { recursive: true, force: true });
    }
  });

  it('should refuse an http: endpoint that is not on loopback, naming the field (exit 2)', async () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(
      file,
      stringify({ mail: { source: 'imap', imap: { host: 'h', user: 'u', auth: { type: 'oauth2', provider: 'generic', clientId: 'c', deviceAuthorizationUrl: 'http://id.example.com/device', tokenUrl: 'https://id.example.com/token' } } } }),
    );
    const r = await cliAsync(dir, ['login', '--config', 'bad.yaml']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /mail\.imap\.auth\.deviceAuthorizationUrl.*https:/);
  });
});
