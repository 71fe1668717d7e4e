import type { SingleBar } from 'cli-progress';
import type { Output } from '../cli/output.js';
import { systemClock } from '../clock/clock.js';
import { loadConfig, type ResolvedConfig } from '../config/load.js';
import { AppError } from '../errors.js';
import { startDashboard, assertSafeBind } from '../server/dashboard.js';
import { buildApp, type App } from './build-app.js';
import { lockDataDir } from './data-dir-lock.js';
import { dashboardDeps } from './dashboard-deps.js';
import { createLogger } from './logger.js';

export interface DaemonOptions {
  configFile: string | undefined;
  env: NodeJS.ProcessEnv;
  output: Output;
  /** Called once everything runs (the demo starts delivering mail then). */
  onReady?(app: App, url: string): void | Promise<void>;
  /** Resolves to stop the daemon (besides SIGINT/SIGTERM). */
  until?: Promise<void>;
  config?: ResolvedConfig;
}

/** What the daemon runs on, in one line per fact, no secrets. */
export function describeConfig(c: ResolvedConfig): string[] {
  const mail = c.mail.source === 'imap' && c.mail.imap ? `IMAP ${c.mail.imap.user}@${c.mail.imap.host}:${c.mail.imap.port}` : `Maildir ${c.mail.maildir}`;
  return [
    `config:    ${c.origin}`,
    `data:      ${c.dataDir}`,
    `mail:      ${mail}${c.mail.smtp ? `; sending via ${c.mail.smtp.host}:${c.mail.smtp.port}` : '; sending off (no mail.smtp)'}`,
    `trust:     ${c.trust.authservId ? `Authentication-Results from ${c.trust.authservId}` : 'no trust.authservId: no mail can advance a case'}`,
    `dashboard: http://${c.dashboard.host.includes(':') ? `[${c.dashboard.host}]` : c.dashboard.host}:${c.dashboard.port}${c.dashboard.token ? ' (token required)' : ''}`,
  ];
}

/**
 * `certmerge start`: mail source, pipeline, deadline scheduler and dashboard
 * in one process. SIGINT/SIGTERM finish the message in hand, close the mail
 * connection and the database, and exit 0 within 5 seconds.
 */
export async function runDaemon(opts: DaemonOptions): Promise<void> {
  const config = opts.config ?? loadConfig(opts.configFile, opts.env);
  assertSafeBind(config);
  const lock = lockDataDir(config.dataDir);
  const logger = createLogger(config.log.level);
  let app: App;
  try {
    app = buildApp(config, { clock: systemClock, logger });
  } catch (err) {
    lock.release();
    throw err;
  }
  for (const line of describeConfig(config)) opts.output.out(`certmerge ${line}`);

  let dashboard: { url: string; close(): Promise<void> };
  try {
    dashboard = await startDashboard(dashboardDeps(app, config, logger));
  } catch (err) {
    app.ctx.close();
    lock.release();
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new AppError('BAD_CONFIG', `dashboard.port: ${config.dashboard.port} is already in use on ${config.dashboard.host}`);
    throw err;
  }
  logger.info({ url: dashboard.url }, 'dashboard listening');

  // A progress bar on a terminal only: logs and CI get the plain status lines.
  let bar: SingleBar | null = null;
  if (process.stderr.isTTY && !process.env.CI) {
    // Loaded only for a terminal: a service (systemd, Docker) never needs it.
    const { SingleBar } = await import('cli-progress');
    app.onMailStatus((s) => {
      if (s.progress && s.progress.total > 20 && s.progress.done < s.progress.total) {
        bar ??= new SingleBar({ format: 'first sync [{bar}] {value}/{total} messages', stream: process.stderr, clearOnComplete: true, hideCursor: true });
        if (!bar.isActive) bar.start(s.progress.total, s.progress.done);
        bar.update(s.progress.done);
      } else if (bar?.isActive) {
        bar.stop();
      }
    });
  }

  let lastMark = app.ctx.store.changeMark();
  const watcher = setInterval(() => {
    try {
      const mark = app.ctx.store.changeMark();
      if (mark !== lastMark) {
        lastMark = mark;
        // Someone (maybe the CLI) changed a case: drafts and timers follow.
        void app.afterChange();
      }
    } catch (err) {
      logger.error({ err: (err as Error).message }, 'cannot read the database');
    }
  }, 1000);
  watcher.unref();

  // The first connection may fail (wrong password, server down): the source retries by itself; the dashboard stays up.
  // Started first: its first sync is one batch, and the drafts of the start-up reconcile (and of deadlines that
  // passed while certmerge was stopped) are planned when it ends, so mail that came meanwhile and makes them
  // moot is seen first. A source that fails to connect ends that batch at once.
  void app.source.start().catch((err: Error) => logger.error({ err: err.message }, 'mail source failed to start'));
  app.scheduler.start();
  void app.afterChange();

  let stopping: Promise<void> | null = null;
  const stop = (signal: string) => {
    stopping ??= (async () => {
      logger.info({ signal }, 'stopping');
      const force = setTimeout(() => {
        logger.warn('shutdown took too long; exiting (every committed change is already on disk)');
        process.exit(0);
      }, 4500);
      force.unref();
      clearInterval(watcher);
      app.scheduler.stop();
      if (bar?.isActive) bar.stop();
      await app.source.stop().catch((err: Error) => logger.warn({ err: err.message }, 'mail source did not stop cleanly'));
      await dashboard.close().catch(() => undefined);
      app.ctx.close();
      lock.release();
      clearTimeout(force);
      logger.info('stopped');
      logger.flush?.();
    })();
    return stopping;
  };
  const done = new Promise<void>((resolve) => {
    const onSignal = (sig: NodeJS.Signals) => void stop(sig).then(resolve);
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    opts.until?.then(() => stop('until').then(resolve));
  });
  await opts.onReady?.(app, dashboard.url);
  await done;
}
