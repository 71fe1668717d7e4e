import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { requireMailLogin, resolveConfig } from '../../src/config/load.js';
import { AppError } from '../../src/errors.js';

const base = (auth: unknown, extra: Record<string, unknown> = {}) => ({ mail: { source: 'imap', imap: { host: 'imap.example.com', user: 'me@example.com', auth, ...extra } } });
const errorOf = (data: unknown): string => {
  try {
    resolveConfig(data, '/tmp', 'c.yaml', {});
  } catch (err) {
    assert.ok(err instanceof AppError);
    return err.message;
  }
  assert.fail('expected the config to be refused');
};

describe('mail.imap.auth in the config', () => {
  it('should accept the contract\'s microsoft shape without a password', () => {
    const c = resolveConfig(base({ type: 'oauth2', provider: 'microsoft', clientId: '00000000-0000-0000-0000-000000000000', tenant: 'common', scopes: ['imap', 'smtp', 'offline_access'] }), '/tmp', 'c.yaml', {});
    assert.equal(c.mail.imap?.auth?.type, 'oauth2');
  });

  it('should still require mail.imap.pass for password login, naming the field, when signing in (issue 16: not for offline commands)', () => {
    const signIn = (data: unknown) => () => requireMailLogin(resolveConfig(data, '/tmp', 'c.yaml', {}));
    assert.throws(signIn(base(undefined)), (e: Error) => e instanceof AppError && /^c\.yaml: mail\.imap\.pass: required for password login/.test(e.message));
    assert.throws(signIn(base({ type: 'password' })), /mail\.imap\.pass: required for password login/);
    assert.doesNotThrow(signIn(base({ type: 'password' }, { pass: 'x' })));
    assert.doesNotThrow(signIn({ mail: { source: 'maildir' } }));
  });

  it('should require https endpoints except on loopback', () => {
    const generic = (url: string) => base({ type: 'oauth2', provider: 'generic', clientId: 'c', deviceAuthorizationUrl: url, tokenUrl: 'https://id.example.com/token' });
    assert.match(errorOf(generic('http://id.example.com/device')), /mail\.imap\.auth\.deviceAuthorizationUrl: must be an https: URL/);
    assert.doesNotThrow(() => resolveConfig(generic('http://127.0.0.1:8080/device'), '/tmp', 'c.yaml', {}));
    assert.doesNotThrow(() => resolveConfig(generic('https://id.example.com/device'), '/tmp', 'c.yaml', {}));
  });

  it('should require both endpoints for generic and refuse them for the built-in providers', () => {
    assert.match(errorOf(base({ type: 'oauth2', provider: 'generic', clientId: 'c', tokenUrl: 'https://id.example.com/token' })), /mail\.imap\.auth\.deviceAuthorizationUrl: required when provider is generic/);
    assert.match(errorOf(base({ type: 'oauth2', provider: 'google', clientId: 'c', tokenUrl: 'https://x.example/token' })), /mail\.imap\.auth\.tokenUrl: only for provider: generic/);
    assert.match(errorOf(base({ type: 'oauth2', provider: 'google', clientId: 'c', tenant: 'common' })), /mail\.imap\.auth\.tenant: only for provider: microsoft/);
  });
});
