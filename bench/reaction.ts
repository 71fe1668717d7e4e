/**
 * Reaction time: the whole daemon (runDaemon: IMAP IDLE, pipeline, drafts,
 * scheduler, dashboard) idles; a support message is appended to the inbox;
 * how long until GET /api/cases/:id shows the new state.
 */
import type { App } from '../src/app/build-app.js';
import { runDaemon } from '../src/app/daemon.js';
import { contextFor } from '../src/app/context.js';
import { systemClock } from '../src/clock/clock.js';
import { resolveConfig } from '../src/config/load.js';
import { freePort, startDovecot, type DovecotHarness } from '../test/harness/dovecot.js';
import { fillMailbox } from './mailbox.js';
import { acknowledgementMail, AUTHSERV, benchCaseFile, ms, percentile, ratio, reporter, sleep, tempDir, USER_ADDRESS, type BenchResult, type Benchmark } from './lib.js';

const USER = { user: 'react', pass: 'react-pass-1' };
const BASE_USER = { user: 'idle', pass: 'idle-pass-1' };
const BASELINE_SAMPLES = 40;
const SAMPLES = Number(process.env.BENCH_REACTION_SAMPLES ?? 200);
/** imapflow re-enters IDLE 500 ms after the last command: wait longer, so every sample starts idle. */
const GAP_MS = 600;


/** Messages for the baseline: the same size as a receipt. */
function cases0(now: Date): Promise<Buffer[]> {
  return Promise.all(Array.from({ length: BASELINE_SAMPLES }, (_, i) => acknowledgementMail({ supportCaseId: String(172000000000 + i), caseFile: benchCaseFile(i), messageId: `<idle-${i}@amazon.com>`, date: now })));
}

/** What the server allows at best: a bare client in IDLE, from the start of the APPEND to the EXISTS. */
async function idleBaseline(d: DovecotHarness, messages: Promise<Buffer[]>): Promise<number[]> {
  const raws = await messages;
  const watcher = d.client(BASE_USER.user);
  watcher.on('error', () => undefined);
  await watcher.connect();
  await watcher.mailboxOpen('INBOX');
  let start: number;
  let seen: (() => void) | null = null;
  watcher.on('exists', () => seen?.());
  void watcher.idle();
  const appender = d.client(BASE_USER.user);
  appender.on('error', () => undefined);
  await appender.connect();
  const out: number[] = [];
  for (const raw of raws) {
    await sleep(GAP_MS + Math.random() * 200);
    const got = new Promise<void>((r) => (seen = r));
    start = performance.now();
    await appender.append('INBOX', raw);
    await Promise.race([got, sleep(5000)]);
    out.push(performance.now() - start);
  }
  await appender.logout().catch(() => appender.close());
  await watcher.logout().catch(() => watcher.close());
  return out;
}

export const reaction: Benchmark = {
  name: 'reaction',
  title: 'Reaction time to a new support message',
  async run(): Promise<BenchResult> {
    const out = reporter('reaction');
    const d = await startDovecot({ users: [USER, BASE_USER] });
    const dir = tempDir('react');
    let stop!: () => void;
    const until = new Promise<void>((r) => (stop = r));
    let daemon: Promise<void> | null = null;
    try {
      const now = new Date();
      fillMailbox(d, USER.user, 'INBOX', { count: 2000, largeShare: 0.005, lookalikeShare: 0.02, days: 730, now }, 3);
      fillMailbox(d, BASE_USER.user, 'INBOX', { count: 2000, largeShare: 0.005, lookalikeShare: 0.02, days: 730, now }, 3);
      const base = await idleBaseline(d, cases0(now));
      const bsorted = [...base].sort((a, b) => a - b);
      out.line(`baseline (bare imapflow client in IDLE, APPEND → EXISTS; Dovecot batches IDLE notifications for up to 0.5 s): p50 ${ms(percentile(bsorted, 50))}, p99 ${ms(percentile(bsorted, 99))} over ${base.length} samples`);
      const config = resolveConfig(
        {
          dataDir: dir,
          dashboard: { host: '127.0.0.1', port: await freePort() },
          mail: { source: 'imap', imap: { host: d.host, port: d.port, secure: false, user: USER.user, pass: USER.pass }, from: `Alex Doe <${USER_ADDRESS}>` },
          trust: { authservId: AUTHSERV },
          log: { level: 'error' },
        },
        dir,
        'bench config',
      );
      // 200 submitted cases, each waiting for its receipt: every sample moves one case.
      const ctx = contextFor(config, systemClock);
      const cases: { id: string; raw: Buffer }[] = [];
      for (let i = 0; i < SAMPLES; i++) {
        const caseFile = benchCaseFile(i);
        const { id } = ctx.cases.create(caseFile);
        ctx.cases.apply(id, { type: 'prepared', at: now.toISOString(), source: 'user' });
        ctx.cases.apply(id, { type: 'case-submitted', at: now.toISOString(), source: 'user' });
        cases.push({ id, raw: await acknowledgementMail({ supportCaseId: String(171000000000 + i), caseFile, messageId: `<react-ack-${i}@amazon.com>`, date: now }) });
      }
      ctx.close();

      const ready = new Promise<{ app: App; url: string }>((resolve) => {
        daemon = runDaemon({
          configFile: undefined,
          config,
          env: {},
          output: { out: () => undefined, err: (s: string) => process.stderr.write(`${s}\n`) } as never,
          until,
          onReady: (app, url) => resolve({ app, url }),
        });
        daemon.catch((err: unknown) => console.error('daemon failed', err));
      });
      const { app, url } = await ready;
      const t0 = performance.now();
      while (!app.mailStatus().lastSyncAt) {
        if (performance.now() - t0 > 60_000) throw new Error('the daemon did not finish its first sync within 60 s');
        await sleep(20);
      }
      out.line(`daemon up (first sync of a 2,000-message inbox with ${SAMPLES} cases in ${ms(performance.now() - t0)}); ${SAMPLES} samples, one every ≥ ${GAP_MS} ms`);

      const appender = d.client(USER.user);
      appender.on('error', () => undefined);
      await appender.connect();
      const samples: number[] = [];
      let failures = 0;
      for (const c of cases) {
        await sleep(GAP_MS + Math.random() * 200);
        const start = performance.now();
        await appender.append('INBOX', c.raw);
        let seen = false;
        while (performance.now() - start < 10_000) {
          const res = await fetch(`${url}/api/cases/${c.id}`);
          const view = (await res.json()) as { state: string };
          if (view.state === 'awaitingSupport') {
            seen = true;
            break;
          }
          await sleep(5);
        }
        if (seen) samples.push(performance.now() - start);
        else failures++;
      }
      await appender.logout().catch(() => appender.close());
      const sorted = [...samples].sort((a, b) => a - b);
      const p50 = percentile(sorted, 50);
      const p99 = percentile(sorted, 99);
      const b50 = percentile(bsorted, 50);
      out.line(
        `append → new state in GET /api/cases/:id: p50 ${ms(p50)}, p90 ${ms(percentile(sorted, 90))}, p99 ${ms(p99)}, min ${ms(sorted[0] ?? NaN)}, max ${ms(sorted.at(-1) ?? NaN)}` +
          (failures ? `; ${failures} samples never showed the new state within 10 s` : ''),
      );
      out.line(`certmerge / baseline (medians) = ${ratio(p50 / b50)}; certmerge's own share of the median: ${ms(p50 - b50)}`);
      return {
        name: 'reaction',
        title: this.title,
        method:
          `The whole daemon in-process (runDaemon: real ImapSource with IDLE, pipeline, drafts, deadline scheduler, dashboard) on a Dovecot inbox of 2,000 messages, with ${SAMPLES} submitted cases ` +
          `waiting for their receipt. Each sample APPENDs one case's acknowledgement (trusted, "[CASE n]" subject, the form echo naming its candidate IDs) through a second IMAP connection ` +
          `and polls GET /api/cases/:id every 5 ms until the case shows awaitingSupport; timed from the start of the APPEND. Samples are ≥ ${GAP_MS} ms apart so certmerge is back in IDLE.`,
        rows: [
          { benchmark: 'reaction', metric: `median of ${SAMPLES}`, target: '< 300 ms', measured: `${ms(p50)} (bare IDLE client: ${ms(b50)}, ${ratio(p50 / b50)})`, met: p50 < 300 && failures === 0 },
          { benchmark: 'reaction', metric: 'p99', target: '< 1 s', measured: ms(p99), met: p99 < 1000 && failures === 0 },
        ],
        details: out.lines,
      };
    } finally {
      stop();
      await (daemon as Promise<void> | null)?.catch(() => undefined);
      await d.stop();
    }
  },
};
