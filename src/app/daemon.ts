import type { SingleBar } from 'cli-progress';
import type { Output } from '../output.js';
import { systemClock } from '../clock/clock.js';
import { loadConfig, requireMailLogin, type ResolvedConfig } from '../config/load.js';
import { AppError } from '../errors.js';
import { startDashboard, assertSafeBind } from '../server/dashboard.js';
import { buildApp, type App } from './build-app.js';
import { lockDataDir } from './data-dir-lock.js';
import { dashboardDeps } from './dashboard-deps.js';
import { createLogger } from './logger.js';
import { receivingServer } from '../mail/verify/verify-sender.js';
import { watchSignInFiles } from '../auth/sign-in-watch.js';
import { tokenFilePath } from '../auth/token-store.js';

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
  const imapAuth = c.mail.imap?.auth?.type === 'oauth2' ? ` (OAuth2, ${c.mail.imap.auth.provider})` : '';
  const mail = c.mail.source === 'imap' && c.mail.imap ? `IMAP ${c.mail.imap.user}@${c.mail.imap.host}:${c.mail.imap.port}${imapAuth}` : `Maildir ${c.mail.maildir}`;
  return [
    `config:    ${c.origin}`,
    `data:      ${c.dataDir}`,
    `mail:      ${mail}${c.mail.smtp ? `; sending via ${c.mail.smtp.host}:${c.mail.smtp.port}` : '; sending off (no mail.smtp)'}`,
    `trust:     ${trustLine(c.trust)}`,
    `notify:    ${c.notify.length ? c.notify.map((n) => n.type).join(', ') : 'no channels (notify: in the config)'}`,
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
  requireMailLogin(config);
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

  // Another process (the CLI) committed: drafts and timers follow. The daemon's own
  // commits do not move data_version, so they never trigger a second, full reconcile.
  let lastVersion = app.ctx.store.dataVersion();
  const watcher = setInterval(() => {
    try {
      const version = app.ctx.store.dataVersion();
      if (version !== lastVersion) {
        lastVersion = version;
        void app.afterChange();
      }
    } catch (err) {
      logger.error({ err }, 'cannot read the database');
    }
  }, 1000);
  watcher.unref();

  // The first connection may fail (wrong password, server down): the source retries by itself; the dashboard stays up.
  // Started first: its first sync is one batch, and the drafts of the start-up reconcile (and of deadlines that
  // passed while certmerge was stopped) are planned when it ends, so mail that came meanwhile and makes them
  // moot is seen first. A source that fails to connect ends that batch at once.
  void app.source.start().catch((err: Error) => logger.error({ err }, 'mail source failed to start'));
  // A refused sign-in waits long between attempts; a new `certmerge login` or a fixed config ends the wait at once.
  const stopSignInWatch = watchSignInFiles(
    { tokenFile: tokenFilePath(config.dataDir), configFile: opts.configFile },
    {
      onTokens: () => {
        logger.info('new sign-in stored; connecting');
        app.source.retryNow?.();
      },
      onConfig: () => {
        try {
          const next = loadConfig(opts.configFile, opts.env);
          requireMailLogin(next);
          logger.info('config file changed; connecting with its mail.imap');
          app.source.retryNow?.(next.mail.imap);
        } catch (err) {
          logger.warn({ err }, 'config file changed but cannot be used; keeping the old one');
        }
      },
    },
  );
  app.scheduler.start();
  app.notifier.start();
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
      stopSignInWatch();
      app.scheduler.stop();
      await app.notifier.stop().catch(() => undefined);
      if (bar?.isActive) bar.stop();
      await app.source.stop().catch((err: Error) => logger.warn({ err }, 'mail source did not stop cleanly'));
      await app.draftWriter.stop();
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

/** The banner's trust line: whose Authentication-Results are believed, and whether DKIM is checked locally too. */
function trustLine(t: ResolvedConfig['trust']): string {
  if (t.provider === 'local') return 'no Authentication-Results used (trust.provider local): DKIM/DMARC verified locally';
  const server = receivingServer(t);
  if (!server) return 'no trust.authservId: no mail can advance a case';
  const who = server.provider === 'microsoft' ? 'Microsoft\'s topmost Authentication-Results (no authserv-id)' : `Authentication-Results from ${server.authservId}`;
  return `${who}${t.verifyDkim ? ', DKIM/DMARC verified locally too' : ''}`;
}
