import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { watchSignInFiles } from '../../src/auth/sign-in-watch.js';
import { TokenStore } from '../../src/auth/token-store.js';

describe('the watch that ends a sign-in-refused wait', () => {
  it('should report a new token file (written by rename) and an edited config file, each once', (t) => {
    t.mock.timers.enable({ apis: ['setInterval'] });
    const dir = mkdtempSync(join(tmpdir(), 'certmerge-watch-'));
    const config = join(dir, 'c.yaml');
    writeFileSync(config, 'a: 1\n');
    const store = new TokenStore(join(dir, 'oauth-tokens.json'));
    const seen: string[] = [];
    const stop = watchSignInFiles({ tokenFile: store.path, configFile: config }, { onTokens: () => seen.push('tokens'), onConfig: () => seen.push('config') }, { intervalMs: 20 });
    try {
      t.mock.timers.tick(60);
      assert.deepEqual(seen, []);
      store.put('imap', { provider: 'generic', clientId: 'c', tokenUrl: 'http://127.0.0.1/token', accessToken: 'a', expiresAt: new Date().toISOString(), accessTokenAt: new Date().toISOString(), refreshToken: 'r', scope: null, signedInAt: new Date().toISOString(), refused: null });
      t.mock.timers.tick(80);
      assert.deepEqual(seen, ['tokens']);
      const later = new Date(Date.now() + 5000);
      utimesSync(config, later, later);
      t.mock.timers.tick(80);
      assert.deepEqual(seen, ['tokens', 'config']);
    } finally {
      stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
