import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lockDataDir, runningDaemon } from '../../src/app/data-dir-lock.js';

const LOCK_MODULE = new URL('../../src/app/data-dir-lock.ts', import.meta.url).href;
const TSX = import.meta.resolve('tsx');

/** Another process that takes the lock, says `got`, and holds it until it is killed. */
async function holder(dir: string): Promise<ChildProcess> {
  const script = `
    const { lockDataDir } = await import(${JSON.stringify(LOCK_MODULE)});
    lockDataDir(${JSON.stringify(dir)});
    console.log('got');
    setInterval(() => {}, 60_000);`;
  const c = spawn(process.execPath, ['--import', TSX, '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  c.stdout!.setEncoding('utf8');
  for await (const chunk of c.stdout!) {
    out += String(chunk);
    if (out.includes('got\n')) return c;
  }
  throw new Error(`the holder exited without the lock: ${out}`);
}

async function killHard(c: ChildProcess): Promise<void> {
  const exited = once(c, 'exit');
  c.kill('SIGKILL');
  await exited;
}

describe('the data directory lock', () => {
  const dirs: string[] = [];
  after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const tmp = () => {
    const d = mkdtempSync(join(tmpdir(), 'certmerge-lock-'));
    dirs.push(d);
    return d;
  };

  it('should name its holder in the pid file and remove it on release', () => {
    const dir = tmp();
    const lock = lockDataDir(dir);
    assert.equal(readFileSync(join(dir, 'daemon.lock'), 'utf8'), String(process.pid));
    lock.release();
    assert.equal(existsSync(join(dir, 'daemon.lock')), false);
    lockDataDir(dir).release();
  });

  it('should not be stopped by a left-over pid file whose pid now belongs to a live process', () => {
    const dir = tmp();
    // The parent process is alive: a pid check would have refused.
    writeFileSync(join(dir, 'daemon.lock'), String(process.ppid));
    const lock = lockDataDir(dir);
    assert.equal(readFileSync(join(dir, 'daemon.lock'), 'utf8'), String(process.pid));
    lock.release();
  });

  it('should refuse a second daemon with a readable message while the first one runs', async () => {
    const dir = tmp();
    const first = await holder(dir);
    try {
      assert.throws(() => lockDataDir(dir), (err: Error & { code?: string }) => {
        assert.equal(err.code, 'LOCKED');
        assert.equal(err.message, `another certmerge daemon (pid ${first.pid}) is already running on ${dir}; stop it first`);
        return true;
      });
      assert.equal(runningDaemon(dir), first.pid);
      assert.equal(readFileSync(join(dir, 'daemon.lock'), 'utf8'), String(first.pid), 'the refused one left the pid file alone');
    } finally {
      await killHard(first);
    }
  });

  it('should be free again the moment its holder is killed with SIGKILL', async () => {
    const dir = tmp();
    const first = await holder(dir);
    await killHard(first);
    assert.ok(existsSync(join(dir, 'daemon.lock')), 'SIGKILL leaves the pid file behind');
    assert.equal(runningDaemon(dir), null);
    const lock = lockDataDir(dir);
    assert.equal(readFileSync(join(dir, 'daemon.lock'), 'utf8'), String(process.pid));
    lock.release();
  });

  it('should also refuse a second holder in the same process', () => {
    const dir = tmp();
    const lock = lockDataDir(dir);
    assert.throws(() => lockDataDir(dir), /already running/);
    lock.release();
  });
});
