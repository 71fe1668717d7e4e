/**
 * Shared by the drafts and daemon integration tests: the real CLI as a child
 * process (never spawnSync: the SMTP harness lives in this process and must
 * keep answering), polling, and reading a Dovecot user's special-use folders.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { DovecotHarness } from '../../harness/dovecot.js';

const MAIN = fileURLToPath(new URL('../../../src/cli/main.ts', import.meta.url));
// Resolved here: `--import tsx` would otherwise be looked up from the child's cwd.
const TSX = import.meta.resolve('tsx');

export interface CliChild {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (null when killed by a signal) and the signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves once stdout+stderr match `re`; rejects (with the output so far) on timeout or exit. */
  waitForOutput(re: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
}

const children = new Set<ChildProcess>();

/** Starts the real CLI (`node --import tsx src/cli/main.ts ...`) from `cwd`. */
export function spawnCli(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): CliChild {
  const child = spawn(process.execPath, ['--import', TSX, MAIN, ...args], {
    cwd,
    env: { ...process.env, ...env, NO_COLOR: '1', CI: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let out = '';
  let err = '';
  const listeners = new Set<() => void>();
  child.stdout?.setEncoding('utf8').on('data', (d: string) => {
    out += d;
    listeners.forEach((l) => l());
  });
  child.stderr?.setEncoding('utf8').on('data', (d: string) => {
    err += d;
    listeners.forEach((l) => l());
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => {
      children.delete(child);
      // Let the pipes drain so callers see the last lines.
      setImmediate(() => {
        resolve({ code, signal });
        listeners.forEach((l) => l());
      });
    });
  });
  let gone = false;
  void exited.then(() => (gone = true));
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitForOutput(re, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const m = (out + err).match(re);
          if (m) {
            done();
            resolve(m);
          } else if (gone) {
            done();
            reject(new Error(`the process exited before printing ${re}:\nstdout: ${out}\nstderr: ${err}`));
          }
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`no ${re} within ${timeoutMs} ms:\nstdout: ${out}\nstderr: ${err}`));
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        check();
      });
    },
  };
}

/** Runs one CLI command to its end. */
export async function runCli(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}, timeoutMs = 30_000): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const c = spawnCli(cwd, args, env);
  const timer = setTimeout(() => c.child.kill('SIGKILL'), timeoutMs);
  const { code } = await c.exited;
  clearTimeout(timer);
  return { code, stdout: c.stdout(), stderr: c.stderr() };
}

/** Kills every CLI child still running (for `after` hooks). */
export async function killChildren(): Promise<void> {
  const left = [...children];
  await Promise.all(
    left.map(
      (c) =>
        new Promise<void>((resolve) => {
          if (c.exitCode !== null || c.signalCode !== null) return resolve();
          c.once('exit', () => resolve());
          c.kill('SIGKILL');
        }),
    ),
  );
}

/** Polls `pred` every 25 ms until it holds; fails naming `what` after the timeout. */
export async function waitFor<T>(pred: () => T | Promise<T>, what: string | (() => string), timeoutMs = 10_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let lastErr: unknown = null;
  for (;;) {
    try {
      const v = await pred();
      if (v) return v as NonNullable<T>;
    } catch (err) {
      lastErr = err;
    }
    if (Date.now() > deadline) {
      const name = typeof what === 'function' ? what() : what;
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${name}${lastErr ? ` (last error: ${(lastErr as Error).message})` : ''}`);
    }
    await new Promise((r) => setTimeout(r, 25));
  }
}

export interface FolderMessage {
  uid: number;
  flags: string[];
  raw: Buffer;
}

/** The messages of a user's special-use folder (`\Drafts`, `\Sent`), read through a separate IMAP connection. */
export async function folderMessages(d: DovecotHarness, user: string, use: '\\Drafts' | '\\Sent'): Promise<FolderMessage[]> {
  const c = d.client(user);
  c.on('error', () => undefined);
  await c.connect();
  try {
    const path = (await c.list()).find((m) => m.specialUse === use)?.path;
    if (!path) throw new Error(`${user} has no ${use} mailbox`);
    const lock = await c.getMailboxLock(path);
    try {
      if (!c.mailbox || c.mailbox.exists === 0) return [];
      const msgs = await c.fetchAll('1:*', { uid: true, flags: true, source: true });
      return msgs.map((m) => ({ uid: m.uid, flags: [...(m.flags ?? [])], raw: m.source ?? Buffer.alloc(0) }));
    } finally {
      lock.release();
    }
  } finally {
    await c.logout().catch(() => c.close());
  }
}

/** Deletes the messages with this Message-ID from a user's special-use folder, as a mail client would. */
export async function deleteFromFolder(d: DovecotHarness, user: string, use: '\\Drafts' | '\\Sent', messageId: string): Promise<number> {
  const c = d.client(user);
  c.on('error', () => undefined);
  await c.connect();
  try {
    const path = (await c.list()).find((m) => m.specialUse === use)?.path;
    if (!path) throw new Error(`${user} has no ${use} mailbox`);
    const lock = await c.getMailboxLock(path);
    try {
      const hits = ((await c.search({ header: { 'message-id': messageId } }, { uid: true })) || []) as number[];
      if (hits.length > 0) await c.messageDelete(hits, { uid: true });
      return hits.length;
    } finally {
      lock.release();
    }
  } finally {
    await c.logout().catch(() => c.close());
  }
}
