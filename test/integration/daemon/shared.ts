/** Helpers of the daemon tests: HTTP probes, clean stops, temp dirs and config files. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { waitFor, type CliChild } from '../drafts/helpers.js';

export async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}

export async function getJson(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(url);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** Waits for the dashboard to answer /healthz at all (the daemon is up). */
export async function healthz(base: string, timeoutMs = 30_000) {
  return waitFor(() => getJson(`${base}/healthz`).catch(() => null), `${base}/healthz to answer`, timeoutMs);
}

/** Sends a signal and expects exit code 0 within 5 s. */
export async function stopWith(c: CliChild, signal: NodeJS.Signals): Promise<number> {
  const t0 = Date.now();
  c.child.kill(signal);
  const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 5000).unref());
  const r = await Promise.race([c.exited, timeout]);
  assert.notEqual(r, 'timeout', `still running 5 s after ${signal}:\n${c.stdout()}\n${c.stderr()}`);
  assert.deepEqual(r, { code: 0, signal: null }, `exit after ${signal}: ${c.stderr()}`);
  return Date.now() - t0;
}

/** Temp dirs for one test file, removed by `cleanup()`. */
export function tempDirs() {
  const dirs: string[] = [];
  return {
    tmp(): string {
      const dir = mkdtempSync(join(tmpdir(), 'certmerge-daemon-'));
      dirs.push(dir);
      return dir;
    },
    cleanup(): void {
      for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Writes a YAML config into `dir`; returns its file name (relative to `dir`). */
export function writeConfig(dir: string, config: object, name = 'config.yaml'): string {
  writeFileSync(join(dir, name), stringify(config));
  return name;
}
