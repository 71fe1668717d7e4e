import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lockDataDir } from '../../src/app/data-dir-lock.js';

const LOCK_MODULE = new URL('../../src/app/data-dir-lock.ts', import.meta.url).href;
const TSX = import.meta.resolve('tsx');

/** A pid that is certainly not running (beyond the usual pid_max of 4194304). */
const DEAD_PID = '9999999';

interface Contender {
  /** `got` or `refused: …`, as soon as the contender has tried. */
  result: Promise<string>;
  /** Lets a winner go (it holds the lock until then) and waits for the process to end. */
  finish(): Promise<void>;
}

/**
 * One process that waits for `startAt`, then tries to take the lock. A winner
 * holds it until told to finish, so a contender that starts late under load
 * still meets a live holder (a holder that had exited would leave a stale lock
 * that is rightly taken over).
 */
function contender(dir: string, startAt: number): Contender {
  const script = `
    const { lockDataDir } = await import(${JSON.stringify(LOCK_MODULE)});
    while (Date.now() < ${startAt}) {}
    try { lockDataDir(${JSON.stringify(dir)}); console.log('got'); process.stdin.resume(); await new Promise((r) => process.stdin.on('end', r)); }
    catch (e) { console.log('refused: ' + e.message); }`;
  const c = spawn(process.execPath, ['--import', TSX, '--input-type=module', '-e', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve, reject) => {
    c.on('error', reject);
    c.on('exit', () => resolve());
  });
  const result = new Promise<string>((resolve, reject) => {
    let out = '';
    c.stdout.setEncoding('utf8').on('data', (s: string) => {
      out += s;
      if (out.includes('\n')) resolve(out.trim());
    });
    c.on('error', reject);
    c.on('exit', () => resolve(out.trim()));
  });
  return {
    result,
    finish: async () => {
      c.stdin.end();
      await exited;
    },
  };
}

describe('the data directory lock', () => {
  const dirs: string[] = [];
  after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const tmp = () => {
    const d = mkdtempSync(join(tmpdir(), 'certmerge-lock-'));
    dirs.push(d);
    return d;
  };

  it('should take over a lock left by a dead daemon and release it', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'daemon.lock'), DEAD_PID);
    const lock = lockDataDir(dir);
    assert.equal(readFileSync(join(dir, 'daemon.lock'), 'utf8'), String(process.pid));
    lock.release();
    assert.equal(existsSync(join(dir, 'daemon.lock')), false);
  });

  it('should let exactly one of several daemons started together take over a stale lock', { timeout: 60_000 }, async () => {
    // Read, check, unlink, create: unguarded, two contenders could interleave and both believe they hold it.
    for (let round = 0; round < 2; round++) {
      const dir = tmp();
      writeFileSync(join(dir, 'daemon.lock'), DEAD_PID);
      const startAt = Date.now() + 2000;
      const contenders = Array.from({ length: 8 }, () => contender(dir, startAt));
      const results = await Promise.all(contenders.map((c) => c.result));
      await Promise.all(contenders.map((c) => c.finish()));
      const winners = results.filter((r) => r === 'got');
      assert.equal(winners.length, 1, `round ${round + 1}: ${JSON.stringify(results)}`);
      assert.ok(results.filter((r) => r !== 'got').every((r) => /^refused: another certmerge daemon \(pid \d+\) is already running/.test(r)), JSON.stringify(results));
    }
  });
});
