import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/load.js';

describe('the config loader', () => {
  const dir = mkdtempSync(join(tmpdir(), 'certmerge-config-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => (writeFileSync(join(dir, name), text), name);

  it('should run on the embedded defaults without a file', () => {
    const c = loadConfig(undefined, {}, dir);
    assert.equal(c.origin, 'embedded defaults');
    assert.equal(c.dataDir, join(dir, 'certmerge-data'));
    assert.equal(c.mail.source, 'maildir');
    assert.equal(c.mail.maildir, join(dir, 'certmerge-data', 'mail'));
    assert.deepEqual([c.dashboard.host, c.dashboard.port], ['127.0.0.1', 4780]);
  });

  it('should substitute ${ENV} in strings, resolve paths from the file’s folder, and drop an optional value left empty', () => {
    const f = write('a.yaml', 'dataDir: ./data\ndashboard:\n  port: 4999\n  token: ${CM_TOKEN}\n');
    const c = loadConfig(f, { CM_TOKEN: 'a-long-enough-dashboard-token' }, dir);
    assert.equal(c.dataDir, join(dir, 'data'));
    assert.equal(c.dashboard.port, 4999);
    assert.equal(c.dashboard.token, 'a-long-enough-dashboard-token');
    assert.equal(loadConfig(f, {}, dir).dashboard.token, undefined);
  });

  it('should name the file and field at fault in one readable line', () => {
    const bad = write('bad.yaml', 'dashboard:\n  port: abc\n');
    assert.throws(() => loadConfig(bad, {}, dir), (err: Error & { code?: string }) => err.code === 'BAD_CONFIG' && /^bad\.yaml: dashboard\.port: /.test(err.message));
    assert.throws(() => loadConfig('missing.yaml', {}, dir), /^Error: missing\.yaml: cannot read config file \(no such file\)$|missing\.yaml: cannot read config file \(no such file\)/);
    const broken = write('broken.yaml', 'a: [\n');
    assert.throws(() => loadConfig(broken, {}, dir), /broken\.yaml: not valid YAML/);
  });
});
