/**
 * The dashboard alone on a prepared dataDir, in its own process so the load
 * generator does not share its event loop: prints {"url"} once listening.
 * Usage: node --import tsx bench/dashboard-server.ts DATADIR
 */
import { buildApp } from '../src/app/build-app.js';
import { dashboardDeps } from '../src/app/dashboard-deps.js';
import { systemClock } from '../src/clock/clock.js';
import { resolveConfig } from '../src/config/load.js';
import type { MailSource } from '../src/mail/sources/mail-source.js';
import type { DraftFolders } from '../src/mail/drafts/draft-folders.js';
import { startDashboard } from '../src/server/dashboard.js';
import { freePort } from '../test/harness/dovecot.js';
import { silentLogger } from './lib.js';

const dir = process.argv[2];
if (!dir) throw new Error('usage: dashboard-server.ts DATADIR');
const config = resolveConfig({ dataDir: dir, dashboard: { host: '127.0.0.1', port: await freePort() }, log: { level: 'error' } }, dir, 'bench dashboard');
// No mailbox: the dashboard is measured alone. The status is that of a source
// connected and synced at start-up (a real one moves lastSyncAt when it syncs,
// not on every read).
const syncedAt = new Date().toISOString();
const idle: MailSource = {
  start: async () => undefined,
  stop: async () => undefined,
  status: () => ({ kind: 'imap', connected: true, lastSyncAt: syncedAt, downSince: null, lastError: null, progress: null }),
};
const noFolders: DraftFolders = {
  appendDraft: async () => ({ mailbox: 'Drafts' }),
  deleteDraft: async () => false,
  listDraftMessageIds: async () => new Set<string>(),
  appendSent: async () => undefined,
  removeStaleDraft: async () => 'absent' as const,
};
const logger = silentLogger();
const app = buildApp(config, { clock: systemClock, logger, sourceFactory: () => idle, draftFolders: noFolders });
const dashboard = await startDashboard(dashboardDeps(app, config, logger));
process.stdout.write(`${JSON.stringify({ url: dashboard.url })}\n`);
process.on('SIGTERM', () => {
  void dashboard.close().then(() => {
    app.ctx.close();
    process.exit(0);
  });
});
