/**
 * The IMAP mail source: IDLE on the inbox, poll Sent, survive everything.
 * It only reads: drafts reach the Drafts folder on the draft writer's own
 * connection (mail/drafts/imap-draft-folders.ts), never on this one.
 *
 * An ImapFlow instance is single-use and does not reconnect by itself, and IDLE
 * can die silently — the top complaint about IMAP triggers. So each connection
 * is a fresh client; a `close` schedules a new one with capped backoff and
 * jitter; a watchdog (STATUS with a timeout) tears down a connection that stopped
 * answering; and a periodic reconcile syncs every folder whatever IDLE said.
 */
import { ImapFlow, type ImapFlowError, type ImapFlowOptions } from 'imapflow';
import type { ImapConfig } from '../../config/schema.js';
import type { FolderCheckpoint, SourceStatus } from '../source-types.js';
import { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from './backoff.js';
import { resolveFolders, type ImapFolders } from './imap-folders.js';
import { syncFolder } from './imap-sync.js';
import { systemTimerClock, type TimerClock } from '../../clock/clock.js';
import { errorText, type MailSource, type MailSourceDeps } from './mail-source.js';
import { SyncBatch } from './sync-batch.js';
import { StatusTracker } from './source-status.js';

export interface ImapSourceOptions {
  imap: ImapConfig;
  /** config mail.maxMessageBytes */
  maxMessageBytes: number;
  /** config mail.reconcileSeconds: full sync of inbox and Sent besides IDLE. */
  reconcileSeconds: number;
  /** How often the watchdog checks the connection (and Sent's UIDNEXT). Default 60. */
  watchdogSeconds?: number;
  /** How long the watchdog's STATUS may take before the connection counts as dead. Default 15 s. */
  watchdogTimeoutMs?: number;
  backoff?: BackoffOptions;
  /** Idle time before IDLE starts after our own commands. Default 500 ms: new mail shows up fast. */
  autoIdleDelayMs?: number;
  /** More new messages than this in a folder: narrow by server-side search. Default 50. */
  narrowAbove?: number;
  /** Delay before retrying a folder whose handler threw. Default 5 s. */
  retryAfterFailureMs?: number;
  connectionTimeoutMs?: number;
  /**
   * OAuth2 sign-in (mail.imap.auth.type oauth2): imapflow never refreshes a
   * token, so one is asked for before each new client, forced after the server
   * refused one. Rejects with `signInRequired` set when only a new sign-in helps.
   * Absent: password login with mail.imap.pass.
   */
  oauth?: { accessToken(opts: { force?: boolean }): Promise<string> };
  /** Delays after the server refused the sign-in. Default 15 min, doubling to 1 h: no lockouts, no retry storms. */
  refusedBackoff?: BackoffOptions;
}

export const REFUSED_BACKOFF: BackoffOptions = { baseMs: 15 * 60_000, capMs: 60 * 60_000 };

/** Server answers that mean "this account does not take passwords here" (Outlook.com, Exchange Online, Gmail without an app password). */
const PASSWORDS_REFUSED = /basic authentication is disabled|basicauthblocked|application-specific password required|web login required|please log in via your web browser/i;

/** What to tell the user when the server refused the sign-in. */
export function signInAction(oauth: boolean, serverWords: string): string {
  if (oauth) return 'sign in again: run `certmerge login` (or open Sign-in on the dashboard)';
  if (PASSWORDS_REFUSED.test(serverWords)) return 'this provider refuses passwords: set mail.imap.auth (type: oauth2) and run `certmerge login`';
  return 'check mail.imap.user and mail.imap.pass (an app password where the provider needs one); certmerge retries when the config file changes';
}

type Role = 'inbox' | 'sent';

/** One connection attempt; `dead` makes every handler of a replaced client a no-op. */
interface Conn {
  client: ImapFlow;
  dead: boolean;
  /** While connect() runs its failure is reported by its rejection, which says more than `close`. */
  connecting: boolean;
  folders: ImapFolders | null;
}

export class ImapSource implements MailSource {
  private readonly clock: TimerClock;
  private readonly tracker: StatusTracker;
  private readonly cursors = new Map<string, FolderCheckpoint>();
  private conn: Conn | null = null;
  private stopping = false;
  private attempt = 0;
  private reconnectTimer: unknown = null;
  private watchdogTimer: unknown = null;
  private reconcileTimer: unknown = null;
  private retryTimer: unknown = null;
  private readonly pending = new Set<Role>();
  private loop: Promise<void> | null = null;
  private lastActivityAt = 0;
  /** The next connection refreshes the OAuth2 token first (the server refused the last one). */
  private forceRefresh = false;
  /** Attempts since the sign-in was first refused: they back off on their own, much longer scale. */
  private refusedAttempt = 0;
  /** Between deps.syncStarted and deps.syncEnded. */
  private readonly batch: SyncBatch;

  constructor(
    private readonly opts: ImapSourceOptions,
    private readonly deps: MailSourceDeps,
  ) {
    this.clock = deps.clock ?? systemTimerClock;
    this.batch = new SyncBatch(deps, (err) => this.safe(errorText(err)));
    this.tracker = new StatusTracker('imap', this.clock, deps.onStatus);
  }

  status(): SourceStatus {
    return this.tracker.get();
  }

  async start(): Promise<void> {
    this.stopping = false;
    // The first connection and its sync are one batch: drafts follow once it is done, failed or not.
    this.batch.begin();
    try {
      await this.connect();
    } finally {
      await this.batch.end();
    }
  }

  async stop(): Promise<void> {
    this.stopping = true;
    for (const t of [this.reconnectTimer, this.watchdogTimer, this.reconcileTimer, this.retryTimer]) if (t) this.clock.clearTimeout(t);
    this.reconnectTimer = this.watchdogTimer = this.reconcileTimer = this.retryTimer = null;
    const conn = this.conn;
    this.conn = null;
    if (conn) {
      conn.dead = true;
      // LOGOUT politely, but never let a dead server hold up shutdown.
      await withTimeout(conn.client.logout(), 2000, this.clock).catch(() => undefined);
      conn.client.close();
    }
    await this.loop?.catch(() => undefined);
    // A batch opened by a connection that never got to sync (stopped meanwhile) still ends.
    await this.batch.end();
    this.tracker.down(null);
  }

  /** The IMAP settings in use (`retryNow` may replace them): the draft writer's own connections use them too. */
  get imapConfig(): ImapConfig {
    return this.opts.imap;
  }

  /**
   * Tries to connect now instead of at the next scheduled attempt: the user
   * signed in again or fixed the config. Does nothing while connected.
   */
  retryNow(imap?: ImapConfig): void {
    if (imap) this.opts.imap = imap;
    if (this.stopping || this.conn || !this.reconnectTimer) return;
    this.clock.clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    this.attempt = 0;
    this.refusedAttempt = 0;
    void this.connect();
  }

  // ---- connection lifecycle ----

  private describe(): string {
    return `${this.opts.imap.user}@${this.opts.imap.host}`;
  }

  private async connect(): Promise<void> {
    this.reconnectTimer = null;
    if (this.stopping) return;
    const { imap } = this.opts;
    let auth: ImapFlowOptions['auth'] = { user: imap.user, pass: imap.pass ?? '' };
    if (this.opts.oauth) {
      const force = this.forceRefresh;
      this.forceRefresh = false;
      try {
        auth = { user: imap.user, accessToken: await this.opts.oauth.accessToken({ force }) };
      } catch (err) {
        if (this.stopping) return;
        if ((err as { signInRequired?: boolean }).signInRequired) this.refused(errorText(err), errorText(err), true, 'OAuth2');
        else this.scheduleReconnect(this.safe(errorText(err)));
        return;
      }
      if (this.stopping) return;
    }
    const options: ImapFlowOptions = {
      host: imap.host,
      port: imap.port,
      secure: imap.secure,
      auth,
      tls: { rejectUnauthorized: !imap.allowSelfSigned },
      logger: this.imapflowLogger(),
      autoIdleDelay: this.opts.autoIdleDelayMs ?? 500,
      // Re-issue IDLE every few minutes: some servers and NATs drop an IDLE left alone for long.
      maxIdleTime: 5 * 60_000,
      connectionTimeout: this.opts.connectionTimeoutMs ?? 30_000,
      clientInfo: { name: 'certmerge' },
    };
    const client = new ImapFlow(options);
    const conn: Conn = { client, dead: false, connecting: true, folders: null };
    this.conn = conn;
    // Without an `error` listener an emitted error would crash the process.
    client.on('error', (err: Error) => {
      if (!conn.dead) this.deps.logger.warn({ err: this.safe(errorText(err)), server: this.describe() }, 'IMAP connection error');
    });
    client.on('close', () => {
      if (!conn.connecting) this.markDead(conn, `IMAP connection to ${imap.host}:${imap.port} closed`);
    });
    client.on('exists', (ev) => {
      // `exists` carries counts, not UIDs: just sync the folder from its checkpoint.
      if (!conn.dead && conn.folders && ev.path === conn.folders.inbox) this.requestSync('inbox');
    });

    try {
      await client.connect();
      conn.folders = await resolveFolders(client, imap);
    } catch (err) {
      const e = err as ImapFlowError;
      if (e && e.authenticationFailed) {
        this.closeConn(conn);
        // An access token can be refused before its expiry (revoked, or the server's clock): refresh once and retry at once.
        if (this.opts.oauth && this.refusedAttempt === 0 && !this.tracker.get().signInRefused) {
          this.refusedAttempt = 1;
          this.forceRefresh = true;
          this.deps.logger.info({ server: this.describe() }, 'IMAP refused the access token; refreshing it and trying again');
          this.reconnectTimer = this.clock.setTimeout(() => void this.connect(), 0);
          return;
        }
        this.refused(this.connectError(err), this.safe(`IMAP server refused the sign-in for ${this.describe()}: ${serverWords(e)}`), Boolean(this.opts.oauth), serverWords(e));
        return;
      }
      this.markDead(conn, this.connectError(err));
      return;
    } finally {
      conn.connecting = false;
    }
    if (conn.dead || conn.client.isClosed) {
      this.markDead(conn, `IMAP connection to ${imap.host}:${imap.port} closed`);
      return;
    }
    this.deps.logger.info({ server: this.describe(), folders: conn.folders }, 'IMAP connected');
    // Before `up`: what a reconnect wants done (re-planning drafts planned while offline) waits for the sync below.
    this.batch.begin();
    this.tracker.up();
    this.tracker.signIn(null);
    this.refusedAttempt = 0;
    this.scheduleWatchdog();
    this.scheduleReconcile();
    this.requestSync('inbox');
    if (conn.folders.sent) this.requestSync('sent');
    await this.loop?.catch(() => undefined);
    if (!conn.dead) this.attempt = 0;
  }

  private connectError(err: unknown): string {
    const e = err as ImapFlowError;
    if (e && e.authenticationFailed) return `IMAP login failed for ${this.describe()}: authentication rejected`;
    const code = e && e.code ? ` (${e.code})` : '';
    return this.safe(`IMAP connection to ${this.opts.imap.host}:${this.opts.imap.port} failed${code}: ${errorText(err)}`);
  }

  /** Runs once per connection: reports it down and schedules the next attempt. */
  private markDead(conn: Conn, reason: string): void {
    if (conn.dead) return;
    this.closeConn(conn);
    if (this.stopping) return;
    this.scheduleReconnect(reason);
  }

  /** Closes a connection for good without scheduling anything. */
  private closeConn(conn: Conn): void {
    conn.dead = true;
    if (this.conn === conn) this.conn = null;
    conn.client.close();
    for (const t of [this.watchdogTimer, this.reconcileTimer, this.retryTimer]) if (t) this.clock.clearTimeout(t);
    this.watchdogTimer = this.reconcileTimer = this.retryTimer = null;
    this.pending.clear();
  }

  private scheduleReconnect(reason: string): void {
    if (this.stopping) return;
    // Keep a more specific earlier error (a failed login) over the generic "closed" that follows it.
    const keep = this.tracker.get().lastError;
    this.tracker.down(reason.endsWith('closed') && keep ? keep : reason);
    const delay = backoffDelay(this.attempt++, this.opts.backoff ?? DEFAULT_BACKOFF);
    this.deps.logger.warn({ server: this.describe(), reason, retryInMs: delay }, 'IMAP down; reconnecting');
    this.reconnectTimer = this.clock.setTimeout(() => void this.connect(), delay);
  }

  /**
   * The server (or the authorization server) refused the sign-in: a state, not
   * a loop. Retrying every few seconds would only get the account throttled or
   * locked, so the next attempt waits long (see REFUSED_BACKOFF) unless
   * `retryNow` is called because the user signed in again or fixed the config.
   */
  private refused(lastError: string, reason: string, oauth: boolean, serverText: string): void {
    if (this.stopping) return;
    const action = signInAction(oauth, serverText);
    const first = !this.tracker.get().signInRefused;
    this.tracker.down(lastError);
    this.tracker.signIn({ reason, action });
    const delay = backoffDelay(Math.max(0, this.refusedAttempt++ - 1), this.opts.refusedBackoff ?? REFUSED_BACKOFF);
    // The state change once, at error level; each later attempt like any other reconnect.
    if (first) this.deps.logger.error({ server: this.describe(), reason, action }, 'sign-in refused');
    this.deps.logger.warn({ server: this.describe(), reason: lastError, retryInMs: delay, signInRefused: true }, 'IMAP down; reconnecting');
    this.reconnectTimer = this.clock.setTimeout(() => void this.connect(), delay);
  }

  // ---- syncing ----

  /** Queues a sync of a folder; a sync already queued absorbs the request. */
  private requestSync(role: Role): void {
    if (this.stopping) return;
    this.pending.add(role);
    if (!this.loop) {
      this.batch.begin();
      this.loop = this.runLoop()
        // An early exit (connection lost, stopping) still ends the batch; a normal one already did.
        .finally(() => this.batch.end())
        .finally(() => {
          this.loop = null;
        });
    }
  }


  private async runLoop(): Promise<void> {
    let ok = true;
    let rechecked = false;
    let lastRole: Role | null = null;
    for (;;) {
      this.batch.begin();
      while (this.pending.size > 0 && !this.stopping) {
        const conn = this.conn;
        if (!conn || conn.dead || !conn.folders) {
          this.pending.clear();
          return;
        }
        const role: Role = this.pending.has('inbox') ? 'inbox' : 'sent';
        this.pending.delete(role);
        const path = role === 'inbox' ? conn.folders.inbox : conn.folders.sent;
        if (!path) continue;
        lastRole = role;
        try {
          const r = await syncFolder(conn.client, { role, path }, this.syncDeps(), {
            maxBytes: this.opts.maxMessageBytes,
            narrowAbove: this.opts.narrowAbove ?? 50,
          });
          if (r.failed) {
            ok = false;
            this.scheduleRetry(role);
          }
        } catch (err) {
          ok = false;
          if (conn.dead) return;
          const msg = this.safe(`IMAP sync of ${path} failed: ${errorText(err)}`);
          this.deps.logger.warn({ mailbox: path, err: msg }, 'IMAP sync failed');
          this.tracker.error(msg);
          this.scheduleRetry(role);
        }
      }
      // The batch's drafts are planned now (database work only: the draft writer appends them on its own connection).
      await this.batch.end();
      // Mail that arrived meanwhile (IDLE is off while we work) is the next batch.
      if (this.pending.size > 0 && !this.stopping) continue;
      const conn = this.conn;
      if (lastRole === null || !conn || conn.dead || this.stopping || !conn.folders) return;
      try {
        // IDLE watches the selected mailbox only: after Sent, go back to the inbox.
        const lock = await conn.client.getMailboxLock(conn.folders.inbox);
        lock.release();
      } catch (err) {
        ok = false;
        if (!conn.dead) this.deps.logger.warn({ err: this.safe(errorText(err)) }, 'could not re-select the inbox');
      }
      // Inbox mail that arrived while another folder was selected raised no EXISTS for us; SELECT's UIDNEXT shows it.
      const mb = conn.client.mailbox;
      const cp = this.checkpointOf(conn.folders.inbox);
      if (ok && !rechecked && lastRole !== 'inbox' && mb && cp && cp.uidValidity === String(mb.uidValidity) && mb.uidNext - 1 > cp.lastUid) {
        rechecked = true;
        this.pending.add('inbox');
        continue;
      }
      if (ok) this.tracker.synced();
      return;
    }
  }

  private syncDeps() {
    return {
      onMessage: this.deps.onMessage,
      getCheckpoint: this.deps.getCheckpoint,
      saveCheckpoint: this.deps.saveCheckpoint,
      onUidValidityChange: this.deps.onUidValidityChange,
      searchHints: this.deps.searchHints,
      ...(this.deps.onSkipped ? { onSkipped: this.deps.onSkipped } : {}),
      logger: this.deps.logger,
      cursors: this.cursors,
      stopped: () => this.stopping,
      progress: (done: number, total: number) => {
        this.lastActivityAt = this.clock.now().getTime();
        if (total > 0) this.tracker.progress(done, total);
      },
    };
  }

  private scheduleRetry(role: Role): void {
    if (this.retryTimer || this.stopping) return;
    this.retryTimer = this.clock.setTimeout(() => {
      this.retryTimer = null;
      this.requestSync(role);
    }, this.opts.retryAfterFailureMs ?? 5000);
  }

  private scheduleReconcile(): void {
    this.reconcileTimer = this.clock.setTimeout(() => {
      this.requestSync('inbox');
      this.requestSync('sent');
      this.scheduleReconcile();
    }, this.opts.reconcileSeconds * 1000);
  }

  private scheduleWatchdog(): void {
    this.watchdogTimer = this.clock.setTimeout(() => void this.watchdog(), (this.opts.watchdogSeconds ?? 60) * 1000);
  }

  /**
   * Proves the connection still answers, with a timeout: an IDLE that died
   * silently reports nothing at all. NOOP on the selected inbox makes the
   * server report pending EXISTS (STATUS on the selected mailbox is stale on
   * Dovecot, RFC 3501 6.3.10); STATUS on Sent, because IDLE only watches the
   * selected mailbox.
   */
  private async watchdog(): Promise<void> {
    const conn = this.conn;
    if (!conn || conn.dead || !conn.folders || this.stopping) return;
    const timeout = this.opts.watchdogTimeoutMs ?? 15_000;
    // A long first sync keeps the connection busy legitimately; commands would queue behind it.
    if (this.loop && this.clock.now().getTime() - this.lastActivityAt < timeout) {
      this.scheduleWatchdog();
      return;
    }
    try {
      await withTimeout(conn.client.noop(), timeout, this.clock);
      // Refreshed ahead of expiry even while the connection lasts: a grant that was revoked shows
      // up as "sign in again" now, not at the next reconnect, and a rotating refresh token stays fresh.
      if (this.opts.oauth) await this.checkSignIn();
      const selected = conn.client.mailbox;
      if (selected && selected.path === conn.folders.inbox) {
        // Dovecot ends the session when UIDVALIDITY changes; a server that does not would leave
        // us on a stale selection forever. A fresh connection re-selects and rebuilds the baseline.
        const st = await withTimeout(conn.client.status(conn.folders.inbox, { uidValidity: true }), timeout, this.clock);
        if (st && st.uidValidity !== undefined && st.uidValidity !== selected.uidValidity) {
          this.markDead(conn, `IMAP UIDVALIDITY of ${conn.folders.inbox} changed; reconnecting`);
          return;
        }
      }
      const inboxCp = this.checkpointOf(conn.folders.inbox);
      if (!selected || selected.path !== conn.folders.inbox || !inboxCp || inboxCp.uidValidity !== String(selected.uidValidity) || selected.uidNext - 1 > inboxCp.lastUid) {
        this.requestSync('inbox');
      }
      const sent = conn.folders.sent;
      if (sent) {
        const st = await withTimeout(conn.client.status(sent, { uidNext: true, uidValidity: true }), timeout, this.clock);
        const cp = this.checkpointOf(sent);
        if (!st || !cp || String(st.uidValidity) !== cp.uidValidity || (st.uidNext ?? 0) - 1 > cp.lastUid) this.requestSync('sent');
      }
    } catch (err) {
      if (conn.dead) return;
      this.deps.logger.warn({ server: this.describe(), err: this.safe(errorText(err)) }, 'IMAP watchdog failed; reconnecting');
      this.markDead(conn, this.safe(`IMAP server ${this.opts.imap.host}:${this.opts.imap.port} stopped answering: ${errorText(err)}`));
      return;
    }
    if (!conn.dead) this.scheduleWatchdog();
  }

  private async checkSignIn(): Promise<void> {
    try {
      await this.opts.oauth?.accessToken({});
      this.tracker.signIn(null);
    } catch (err) {
      if ((err as { signInRequired?: boolean }).signInRequired) {
        this.tracker.signIn({ reason: errorText(err), action: signInAction(true, '') });
      } else {
        this.deps.logger.warn({ err: errorText(err) }, 'could not refresh the access token; the connection stays up');
      }
    }
  }

  private checkpointOf(path: string): FolderCheckpoint | null {
    return this.deps.getCheckpoint(path) ?? this.cursors.get(path) ?? null;
  }

  /** Never let the password reach a log line or the status, whatever a library put in a message. */
  private safe(text: string): string {
    const pass = this.opts.imap.pass;
    return pass ? text.split(pass).join('***') : text;
  }

  private imapflowLogger(): ImapFlowOptions['logger'] {
    const log = this.deps.logger;
    const noop = (): void => undefined;
    // imapflow is chatty at debug level and logs protocol lines; keep only its warnings, as debug.
    const forward = (entry: { msg?: unknown; err?: unknown }): void => {
      log.debug({ imapflow: this.safe(String(entry?.msg ?? '')), err: entry?.err ? this.safe(errorText(entry.err)) : undefined });
    };
    return { debug: noop, info: noop, warn: forward, error: forward } as unknown as ImapFlowOptions['logger'];
  }
}

/** The server's own words for a refused login (imapflow keeps its text in `response`). */
function serverWords(e: ImapFlowError): string {
  const r = (e as { response?: unknown }).response;
  const text = typeof r === 'string' && r.trim() ? r.trim() : errorText(e);
  const code = (e as { serverResponseCode?: unknown }).serverResponseCode;
  return typeof code === 'string' && !text.includes(code) ? `[${code}] ${text}` : text;
}

function withTimeout<T>(p: Promise<T>, ms: number, clock: TimerClock): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = clock.setTimeout(() => reject(Object.assign(new Error(`no answer within ${ms} ms`), { code: 'ETIMEOUT' })), ms);
    p.then(
      (v) => {
        clock.clearTimeout(t);
        resolve(v);
      },
      (e: unknown) => {
        clock.clearTimeout(t);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}
