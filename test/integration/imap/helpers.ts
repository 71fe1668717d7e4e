/**
 * Shared pieces of the end-to-end mail tests: the real app (or the real daemon
 * in a child process) on a real Dovecot, a case waiting for its receipt, the
 * demo's support thread, filler mail and readers of the stored results.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import MailComposer from 'nodemailer/lib/mail-composer';
import pino from 'pino';
import { buildApp, type App } from '../../../src/app/build-app.js';
import type { CaseFile } from '../../../src/cases/case-file.js';
import { systemClock } from '../../../src/clock/clock.js';
import { resolveConfig, type ResolvedConfig } from '../../../src/config/load.js';
import { sampleThread, type ThreadMessage } from '../../../src/demo/sample-thread.js';
import { ImapSource, type ImapSourceOptions } from '../../../src/mail/sources/imap-source.js';
import type { DovecotHarness, TestUser } from '../../harness/dovecot.js';
import { AUTHSERV } from '../../support/app.js';
import { sampleCase } from '../../support/case-files.js';

export { AUTHSERV };
export const SUPPORT_CASE_ID = '171234567890';
export const USER_ADDRESS = 'taro.personal@example.com';

/** Polls `pred` every 20 ms; fails naming `what` (and `extra()`, for context) after the timeout. */
export async function waitFor<T>(pred: () => T | Promise<T>, what: string, timeoutMs = 10_000, extra: () => string = () => ''): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await pred();
    if (v) return v as NonNullable<T>;
    if (Date.now() > deadline) {
      const more = extra();
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${more ? `\n${more}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A temp dir removed by the returned cleanup (also when the test failed). */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `certmerge-${prefix}-`));
}

export function rmDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export function configFor(d: DovecotHarness, user: TestUser, dataDir: string, extra: { dashboardPort?: number } = {}): Record<string, unknown> {
  return {
    dataDir,
    dashboard: { host: '127.0.0.1', port: extra.dashboardPort ?? 4780 },
    mail: {
      source: 'imap',
      imap: { host: d.host, port: d.port, secure: false, user: user.user, pass: user.pass, inbox: 'INBOX' },
      from: `Taro Yamada <${USER_ADDRESS}>`,
    },
    trust: { authservId: AUTHSERV },
    log: { level: 'info' },
  };
}

export interface LiveApp {
  app: App;
  config: ResolvedConfig;
  /** How many messages the source handed to the pipeline. */
  processed(): number;
  stop(): Promise<void>;
}

/**
 * The real app wired by `buildApp` with the real ImapSource on the harness
 * Dovecot, started like `certmerge start` does (minus the dashboard). The
 * source keeps the product's IDLE settings; only its background timers are
 * shortened (watchdog — which also polls Sent — and reconnect backoff) so that
 * tests need not wait a minute for them.
 */
export async function startLiveApp(d: DovecotHarness, user: TestUser, dataDir: string, source: Partial<ImapSourceOptions> = {}): Promise<LiveApp> {
  const config = resolveConfig(configFor(d, user, dataDir), dataDir, 'integration test config');
  let processed = 0;
  const app = buildApp(config, {
    clock: systemClock,
    logger: pino({ level: process.env.CERTMERGE_TEST_LOG ? 'debug' : 'silent' }),
    sourceFactory: (deps) =>
      new ImapSource(
        {
          imap: config.mail.imap!,
          maxMessageBytes: config.mail.maxMessageBytes,
          reconcileSeconds: config.mail.reconcileSeconds,
          watchdogSeconds: 0.5,
          watchdogTimeoutMs: 2000,
          backoff: { baseMs: 100, capMs: 500 },
          retryAfterFailureMs: 200,
          connectionTimeoutMs: 3000,
          ...source,
        },
        {
          ...deps,
          onMessage: async (m) => {
            processed++;
            await deps.onMessage(m);
          },
        },
      ),
  });
  app.scheduler.start();
  await app.afterChange();
  await app.source.start();
  let stopped = false;
  return {
    app,
    config,
    processed: () => processed,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      app.scheduler.stop();
      await app.source.stop();
      await app.afterChange().catch(() => undefined);
      app.ctx.close();
    },
  };
}

export function englishCase(): CaseFile {
  return sampleCase({ language: 'en' });
}

/** A case whose form was submitted: it waits for support's receipt. */
export function submittedCase(app: Pick<App, 'ctx'>, caseFile: CaseFile = englishCase()): string {
  const { id } = app.ctx.cases.create(caseFile);
  for (const type of ['prepared', 'case-submitted'] as const) app.ctx.cases.apply(id, { type, at: new Date().toISOString(), source: 'user' });
  return id;
}

/** The demo's support thread for the case, stamped by the trusted receiving server. */
export function supportThread(caseFile: CaseFile = englishCase(), start = new Date()): Promise<ThreadMessage[]> {
  return sampleThread({ caseFile, supportCaseId: SUPPORT_CASE_ID, authservId: AUTHSERV, user: USER_ADDRESS, start });
}

/** Mail nobody would take for support mail: no support domain, no CASE/AWS/Credly in the subject. */
export async function fillerMail(n: number, tag: string): Promise<Buffer> {
  const senders = ['news@shop.example.net', 'team@newsletter.example.org', 'noreply@bank.example.jp', 'friend@mail.example.com'];
  const subjects = ['Weekly digest', 'Your order has shipped', 'Monthly statement ready', 'Lunch on Friday?', '今週のお知らせ'];
  const composer = new MailComposer({
    from: senders[n % senders.length],
    to: USER_ADDRESS,
    subject: `${subjects[n % subjects.length]} #${n}`,
    text: `Hello,\nthis is message ${n} of the ${tag} set. Nothing to do with certifications.\nRegards`,
    messageId: `<filler-${tag}-${n}@mail.example.net>`,
    date: new Date(),
  });
  const raw = await composer.compile().build();
  return stampedAsVerified(raw, 'mail.example.net');
}

/** Prepends the trusted receiving server's verdict for `domain`, like the thread's messages carry. */
function stampedAsVerified(raw: Buffer, domain: string): Buffer {
  return Buffer.concat([Buffer.from(`Authentication-Results: ${AUTHSERV};\r\n dkim=pass header.d=${domain} header.s=s1;\r\n dmarc=pass header.from=${domain}\r\n`), raw]);
}

/** What an event log looks like without its times: the part two runs over the same mail must agree on. */
export interface LoggedEvent {
  type: string;
  source: string;
  messageId: string | null;
  outcome: string;
  stateBefore: string | null;
  stateAfter: string | null;
}

/** Reads a case's state and event log straight from the SQLite file (read-only: the daemon may be running). */
export function readCase(dataDir: string, caseId: string): { state: string; statePath: string; events: LoggedEvent[]; messages: { messageId: string; outcome: string; caseId: string | null }[] } | null {
  const db = new Database(join(dataDir, 'certmerge.db'), { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 2000');
    const row = db.prepare('SELECT state, state_path AS statePath FROM cases WHERE id = ?').get(caseId) as { state: string; statePath: string } | undefined;
    if (!row) return null;
    const events = db
      .prepare('SELECT type, source, message_id AS messageId, outcome, state_before AS stateBefore, state_after AS stateAfter FROM events WHERE case_id = ? ORDER BY id')
      .all(caseId) as LoggedEvent[];
    const messages = db.prepare('SELECT message_id AS messageId, outcome, case_id AS caseId FROM messages ORDER BY rowid').all() as {
      messageId: string;
      outcome: string;
      caseId: string | null;
    }[];
    return { ...row, events, messages };
  } finally {
    db.close();
  }
}

// ---- the real daemon in a child process ----

const MAIN = fileURLToPath(new URL('../../../src/cli/main.ts', import.meta.url));
// Resolved here: `--import tsx` would otherwise be looked up from the child's cwd.
const TSX = import.meta.resolve('tsx');

export interface DaemonProcess {
  child: ChildProcess;
  /** Everything it printed so far (stdout and stderr), for failure messages. */
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Writes a YAML (JSON is YAML) config for the daemon and returns its path. */
export function writeConfig(dir: string, config: Record<string, unknown>): string {
  const file = join(dir, 'config.yaml');
  writeFileSync(file, JSON.stringify(config, null, 2));
  return file;
}

/** `certmerge start --config FILE` in its own process, from `cwd`. */
export function spawnDaemon(cwd: string, configFile: string): DaemonProcess {
  const child = spawn(process.execPath, ['--import', TSX, MAIN, 'start', '--config', configFile], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', CI: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.setEncoding('utf8').on('data', (s: string) => {
    out = (out + s).slice(-200_000);
  });
  child.stderr?.setEncoding('utf8').on('data', (s: string) => {
    out = (out + s).slice(-200_000);
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  return { child, output: () => out, exited };
}

/** SIGKILL (no cleanup at all, like a crash or an OOM kill) and wait until it is gone. */
export async function killHard(p: DaemonProcess): Promise<void> {
  if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
  await p.exited;
}

/** SIGTERM, waiting for the clean exit; SIGKILL if it takes too long. */
export async function stopGently(p: DaemonProcess, timeoutMs = 8000): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (p.child.exitCode !== null || p.child.signalCode !== null) return p.exited;
  p.child.kill('SIGTERM');
  const t = setTimeout(() => p.child.kill('SIGKILL'), timeoutMs);
  const r = await p.exited;
  clearTimeout(t);
  return r;
}
