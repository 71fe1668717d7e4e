/**
 * `certmerge draft send` hands the send to a running daemon over HTTP; its
 * refusals must come back with the exit code the CLI gives on its own.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { lockDataDir, type DataDirLock } from '../../../src/app/data-dir-lock.js';
import { run } from '../../../src/cli/main.js';
import { freePort } from '../../harness/dovecot.js';

describe('draft send through a running daemon', () => {
  let dir: string;
  let server: Server;
  let lock: DataDirLock;
  let reply: { status: number; body: object } = { status: 200, body: {} };
  const requests: string[] = [];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'certmerge-send-daemon-'));
    const port = await freePort();
    writeFileSync(join(dir, 'config.yaml'), stringify({ dataDir: './data', dashboard: { port } }));
    // This process plays the daemon: it holds the lock, its "dashboard" is on the configured port.
    mkdirSync(join(dir, 'data'));
    lock = lockDataDir(join(dir, 'data'));
    server = createServer((req, res) => {
      requests.push(`${req.method} ${req.url}`);
      res.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify(reply.body));
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  });
  after(async () => {
    await new Promise((resolve) => server.close(resolve));
    lock.release();
    rmSync(dir, { recursive: true, force: true });
  });

  async function send(): Promise<{ code: number; err: string[] }> {
    const err: string[] = [];
    const code = await run(['draft', 'send', 'd-123', '--config', join(dir, 'config.yaml')], { out: () => undefined, err: (t) => err.push(t) }, {});
    return { code, err };
  }

  it('should exit 2 when the daemon refuses for a config reason (no mail.smtp), as without a daemon', async () => {
    reply = { status: 400, body: { error: 'mail.smtp: not configured; send this draft from your mail client instead' } };
    const r = await send();
    assert.deepEqual(requests.at(-1), 'POST /api/drafts/d-123/send');
    assert.deepEqual(r, { code: 2, err: ['certmerge: mail.smtp: not configured; send this draft from your mail client instead'] });
  });

  it('should keep exit 2 for an unknown or already sent draft and exit 1 for a failed send', async () => {
    reply = { status: 404, body: { error: 'no draft with id "d-123"' } };
    assert.equal((await send()).code, 2);
    reply = { status: 409, body: { error: 'draft d-123 was already sent' } };
    assert.equal((await send()).code, 2);
    reply = { status: 502, body: { error: 'could not send the draft via smtp.example.com:465: could not connect (ECONNREFUSED)' } };
    const failed = await send();
    assert.deepEqual(failed, { code: 1, err: ['certmerge: could not send the draft via smtp.example.com:465: could not connect (ECONNREFUSED)'] });
  });
});
