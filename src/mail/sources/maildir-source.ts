/**
 * The Maildir mail source (the default): watches a local Maildir++ tree.
 * Top level = inbox, `.Sent` = the user's sent mail, `.Drafts` = where drafts go.
 *
 * fs.watch is fast but not reliable everywhere (network file systems, editors
 * that replace directories, dropped events), so a periodic rescan backs it up;
 * both only ask for a scan, and scans of a folder never overlap.
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, statSync, unlinkSync, watch, writeFileSync, type FSWatcher, type Stats } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../errors.js';
import type { FolderCheckpoint, FolderRole, IncomingMessage, SourceStatus } from '../source-types.js';
import { normalizeMessageId } from '../message-id.js';
import { addressList, firstField, toHeaderFields } from '../parse/header-fields.js';
import { parseMessage } from '../parse/parse-message.js';
import { rawHeaderBlock, rawHeaderLines } from '../parse/raw-header.js';
import { systemTimerClock, type TimerClock } from '../../clock/clock.js';
import { errorText, sameDraft, type MailSource, type MailSourceDeps, type SearchHints } from './mail-source.js';
import { deliverySeconds, maildirBase, UidList, type MaildirEntry } from './maildir-uidlist.js';
import { SyncBatch } from './sync-batch.js';
import { StatusTracker } from './source-status.js';

export interface MaildirSourceOptions {
  /** The Maildir root (config mail.maildir, default <dataDir>/mail). */
  root: string;
  /** config mail.maxMessageBytes: bigger files are delivered cut at this size, marked truncated. */
  maxMessageBytes: number;
  /** Safety-net rescan interval. Default 30 s. */
  rescanSeconds?: number;
  /** Watch with fs.watch (default true); without it only the rescan finds new mail. */
  watch?: boolean;
  /** More new messages than this since the checkpoint: narrow by the search hints. Default 50. */
  narrowAbove?: number;
  /** Delay before retrying a folder whose handler threw. Default 5 s. */
  retryAfterFailureMs?: number;
}

interface Folder {
  role: FolderRole;
  /** '' for the top level, '.Sent' — what IncomingMessage.mailbox and checkpoints use. */
  mailbox: string;
  dir: string;
}

const SENT = '.Sent';
const DRAFTS = '.Drafts';
const HEADER_LIMIT = 256 * 1024;

export class MaildirSource implements MailSource {
  private readonly clock: TimerClock;
  private readonly tracker: StatusTracker;
  private readonly folders: Record<FolderRole, Folder>;
  private readonly cursors = new Map<string, FolderCheckpoint>();
  private readonly watchers: FSWatcher[] = [];
  private readonly pending = new Set<FolderRole>();
  private loop: Promise<void> | null = null;
  private rescanTimer: unknown = null;
  private retryTimer: unknown = null;
  private debounceTimer: unknown = null;
  private running = false;
  private seq = 0;
  /** Between deps.syncStarted and deps.syncEnded. */
  private readonly batch: SyncBatch;

  constructor(
    private readonly opts: MaildirSourceOptions,
    private readonly deps: MailSourceDeps,
  ) {
    this.clock = deps.clock ?? systemTimerClock;
    this.batch = new SyncBatch(deps, (err) => errorText(err));
    this.tracker = new StatusTracker('maildir', this.clock, deps.onStatus);
    this.folders = {
      inbox: { role: 'inbox', mailbox: '', dir: opts.root },
      sent: { role: 'sent', mailbox: SENT, dir: path.join(opts.root, SENT) },
    };
  }

  status(): SourceStatus {
    return this.tracker.get();
  }

  async start(): Promise<void> {
    try {
      ensureMaildir(this.opts.root);
      ensureMaildir(path.join(this.opts.root, SENT), true);
      ensureMaildir(path.join(this.opts.root, DRAFTS), true);
    } catch (err) {
      const msg = `Maildir ${this.opts.root} is not usable: ${errorText(err)}`;
      this.tracker.down(msg);
      throw new AppError('MAIL_SOURCE', msg, { cause: err });
    }
    this.running = true;
    // The first scan is one batch: what follows the mail as a whole (drafts) waits for its end.
    this.batch.begin();
    this.tracker.up();
    if (this.opts.watch ?? true) this.startWatchers();
    this.scheduleRescan();
    this.requestScan('inbox');
    this.requestScan('sent');
    await this.loop?.catch(() => undefined);
  }

  async stop(): Promise<void> {
    this.running = false;
    for (const t of [this.rescanTimer, this.retryTimer, this.debounceTimer]) if (t) this.clock.clearTimeout(t);
    this.rescanTimer = this.retryTimer = this.debounceTimer = null;
    for (const w of this.watchers.splice(0)) w.close();
    await this.loop?.catch(() => undefined);
    await this.batch.end();
    this.tracker.down(null);
  }

  async appendDraft(raw: Buffer): Promise<{ mailbox: string; uid?: number }> {
    // Maildir++: flags in the info suffix, sorted; D = draft, S = seen.
    this.deliverTo(path.join(this.opts.root, DRAFTS), raw, 'DS');
    return { mailbox: DRAFTS };
  }

  async deleteDraft(messageId: string): Promise<boolean> {
    const wanted = normalizeMessageId(messageId);
    if (!wanted) return false;
    let found = false;
    for (const e of listEntries(path.join(this.opts.root, DRAFTS))) {
      if (messageIdOf(readHeader(e.file)) === wanted) {
        try {
          unlinkSync(e.file);
          found = true;
        } catch {
          /* already gone */
        }
      }
    }
    return found;
  }

  /** Maildir has no portable keywords: an edited draft is flagged on the dashboard only. */
  async removeStaleDraft(messageId: string, raw: Buffer): Promise<'removed' | 'edited' | 'absent'> {
    const wanted = normalizeMessageId(messageId);
    if (!wanted) return 'absent';
    let state: 'removed' | 'edited' | 'absent' = 'absent';
    for (const e of listEntries(path.join(this.opts.root, DRAFTS))) {
      if (messageIdOf(readHeader(e.file)) !== wanted) continue;
      let content: Buffer;
      try {
        content = readFileSync(e.file);
      } catch {
        continue; // gone meanwhile
      }
      if (!sameDraft(content, raw)) {
        state = 'edited';
        continue;
      }
      try {
        unlinkSync(e.file);
      } catch {
        /* already gone */
      }
      if (state === 'absent') state = 'removed';
    }
    return state;
  }

  async listDraftMessageIds(): Promise<Set<string>> {
    const ids = new Set<string>();
    for (const e of listEntries(path.join(this.opts.root, DRAFTS))) {
      const id = messageIdOf(readHeader(e.file));
      if (id) ids.add(id);
    }
    return ids;
  }

  async appendSent(raw: Buffer): Promise<void> {
    this.deliverTo(this.folders.sent.dir, raw, 'S');
    this.requestScan('sent');
  }

  /** Writes into tmp/ then renames into cur/, so a reader never sees half a file. */
  private deliverTo(dir: string, raw: Buffer, flags: string): string {
    ensureMaildir(dir, dir !== this.opts.root);
    const now = this.clock.now().getTime();
    const host = os.hostname().replace(/\//g, '\\057').replace(/:/g, '\\072');
    const name = `${Math.floor(now / 1000)}.M${(now % 1000) * 1000}P${process.pid}Q${++this.seq}.${host}`;
    const tmp = path.join(dir, 'tmp', name);
    writeFileSync(tmp, raw, { mode: 0o600 });
    const final = path.join(dir, 'cur', `${name}:2,${flags}`);
    renameSync(tmp, final);
    return final;
  }

  // ---- scanning ----

  private startWatchers(): void {
    for (const role of ['inbox', 'sent'] as const) {
      for (const sub of ['new', 'cur']) {
        try {
          const w = watch(path.join(this.folders[role].dir, sub), () => this.onWatchEvent(role));
          w.on('error', (err) => {
            this.deps.logger.warn({ dir: path.join(this.folders[role].dir, sub), err }, 'Maildir watch failed; relying on the rescan');
            w.close();
          });
          this.watchers.push(w);
        } catch (err) {
          this.deps.logger.warn({ err }, 'cannot watch the Maildir; relying on the rescan');
        }
      }
    }
  }

  private onWatchEvent(role: FolderRole): void {
    // One delivery fires several events (tmp rename, new → cur moves): coalesce them.
    this.pending.add(role);
    if (this.debounceTimer || !this.running) return;
    this.debounceTimer = this.clock.setTimeout(() => {
      this.debounceTimer = null;
      for (const r of [...this.pending]) this.requestScan(r);
    }, 30);
  }

  private scheduleRescan(): void {
    this.rescanTimer = this.clock.setTimeout(
      () => {
        this.requestScan('inbox');
        this.requestScan('sent');
        if (this.running) this.scheduleRescan();
      },
      (this.opts.rescanSeconds ?? 30) * 1000,
    );
  }

  private requestScan(role: FolderRole): void {
    if (!this.running) return;
    this.pending.add(role);
    if (!this.loop) {
      this.batch.begin();
      this.loop = this.runLoop()
        .finally(() => this.batch.end())
        .finally(() => {
          this.loop = null;
        });
    }
  }


  private async runLoop(): Promise<void> {
    let ok = true;
    for (;;) {
      this.batch.begin();
      if (!(await this.scanPending())) ok = false;
      // The batch's drafts; mail that arrived meanwhile is the next batch.
      await this.batch.end();
      if (this.pending.size === 0 || !this.running) break;
    }
    if (ok && this.running) this.tracker.synced();
  }

  /** Scans the folders asked for; false when one failed (it is retried later). */
  private async scanPending(): Promise<boolean> {
    let ok = true;
    while (this.pending.size > 0 && this.running) {
      const role: FolderRole = this.pending.has('inbox') ? 'inbox' : 'sent';
      this.pending.delete(role);
      try {
        if (!(await this.scanFolder(this.folders[role]))) {
          ok = false;
          this.scheduleRetry(role);
        }
      } catch (err) {
        ok = false;
        const msg = `Maildir scan of ${this.folders[role].dir} failed: ${errorText(err)}`;
        this.deps.logger.warn({ err: msg }, 'Maildir scan failed');
        this.tracker.error(msg);
        this.scheduleRetry(role);
      }
    }
    return ok;
  }

  private scheduleRetry(role: FolderRole): void {
    if (this.retryTimer || !this.running) return;
    this.retryTimer = this.clock.setTimeout(() => {
      this.retryTimer = null;
      this.requestScan(role);
    }, this.opts.retryAfterFailureMs ?? 5000);
  }

  /** One pass over a folder; false when the handler threw (retry later). */
  private async scanFolder(folder: Folder): Promise<boolean> {
    const { mailbox } = folder;
    const stored = this.deps.getCheckpoint(mailbox);
    const list = UidList.open(folder.dir, () => (stored || this.cursors.has(mailbox) ? String(Math.floor(this.clock.now().getTime() / 1000)) : '1'));
    const entries = listEntries(folder.dir);
    list.assign(
      entries
        .map((e) => e.base)
        .filter((b) => list.get(b) === undefined)
        .sort(byDelivery),
    );

    const mem = this.cursors.get(mailbox);
    const prev = stored ?? mem ?? null;
    let last = 0;
    let known = false;
    if (prev && prev.uidValidity !== list.uidValidity) {
      this.deps.logger.warn({ mailbox, from: prev.uidValidity, to: list.uidValidity }, 'Maildir UID list was recreated: rebuilding the baseline');
      this.deps.onUidValidityChange(mailbox, list.uidValidity);
      this.cursors.delete(mailbox);
    } else if (prev) {
      known = true;
      last = Math.max(stored?.lastUid ?? 0, mem?.uidValidity === list.uidValidity ? mem.lastUid : 0);
    }

    const fresh = entries
      .map((e) => ({ ...e, uid: list.get(e.base) ?? 0 }))
      .filter((e) => e.uid > last)
      .sort((a, b) => a.uid - b.uid);
    const top = fresh.at(-1)?.uid ?? last;
    let candidates = fresh;
    if (fresh.length > 0 && (!known || fresh.length > (this.opts.narrowAbove ?? 50))) {
      const hints = this.deps.searchHints();
      const keep: typeof fresh = [];
      for (const e of fresh) if (await isCandidate(e, folder.role, hints)) keep.push(e);
      this.deps.logger.info({ mailbox: mailbox || 'INBOX', newMessages: fresh.length, candidates: keep.length }, 'narrowed Maildir sync by the search hints');
      if (keep.length < fresh.length) {
        const n = this.opts.narrowAbove ?? 50;
        this.deps.onSkipped?.({
          mailbox: mailbox || 'INBOX',
          uidFrom: last + 1,
          uidTo: top,
          skipped: fresh.length - keep.length,
          candidates: keep.length,
          reason: known
            ? `catch-up of ${fresh.length} new messages (more than ${n}): only the ${keep.length} matching the search hints (senders, subject keywords, since) were read`
            : `first sync: only the ${keep.length} of ${fresh.length} messages matching the search hints were read`,
        });
      }
      candidates = keep;
    }

    let lastDelivered = last;
    let done = 0;
    if (candidates.length > 0) this.tracker.progress(0, candidates.length);
    for (const e of candidates) {
      if (!this.running) return true;
      const msg = this.read(folder, list.uidValidity, e);
      if (!msg) continue; // deleted meanwhile
      try {
        await this.deps.onMessage(msg);
      } catch (err) {
        this.deps.logger.warn({ mailbox, uid: e.uid, err }, 'message handler failed; will retry this message later');
        return false;
      }
      lastDelivered = e.uid;
      this.cursors.set(mailbox, { mailbox, uidValidity: list.uidValidity, lastUid: e.uid });
      this.tracker.progress(++done, candidates.length);
    }
    if (top > lastDelivered || (!stored && !known)) {
      // Skipped non-candidates (and a brand-new folder's empty state) still move the baseline.
      const cp = { mailbox, uidValidity: list.uidValidity, lastUid: Math.max(top, lastDelivered) };
      this.deps.saveCheckpoint(cp);
      this.cursors.set(mailbox, cp);
    }
    return true;
  }

  /** Reads one message; follows it if it moved from new/ to cur/ since the listing. */
  private read(folder: Folder, uidValidity: string, e: MaildirEntry & { uid: number }): IncomingMessage | null {
    let file = e.file;
    let st = statOrNull(file);
    if (!st) {
      const moved = listEntries(folder.dir).find((x) => x.base === e.base);
      if (!moved) return null;
      file = moved.file;
      st = statOrNull(file);
      if (!st) return null;
    }
    const max = this.opts.maxMessageBytes;
    const truncated = st.size > max;
    // Over the cap: the start of the file (headers and, in practice, the text parts come first).
    const raw = truncated ? readPrefix(file, max) : readFileSync(file);
    const secs = deliverySeconds(path.basename(file));
    return {
      role: folder.role,
      mailbox: folder.mailbox,
      uidValidity,
      uid: e.uid,
      raw,
      size: st.size,
      truncated,
      internalDate: secs !== null ? new Date(secs * 1000) : st.mtime,
    };
  }
}

/** Creates cur/new/tmp (and the Maildir++ `maildirfolder` marker for subfolders) when missing. */
export function ensureMaildir(dir: string, subfolder = false): void {
  for (const sub of ['cur', 'new', 'tmp']) mkdirSync(path.join(dir, sub), { recursive: true, mode: 0o700 });
  if (subfolder && !existsSync(path.join(dir, 'maildirfolder'))) writeFileSync(path.join(dir, 'maildirfolder'), '');
}

function listEntries(dir: string): MaildirEntry[] {
  const out: MaildirEntry[] = [];
  for (const sub of ['new', 'cur']) {
    let names: string[];
    try {
      names = readdirSync(path.join(dir, sub));
    } catch {
      continue;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      out.push({ base: maildirBase(name), file: path.join(dir, sub, name) });
    }
  }
  return out;
}

function byDelivery(a: string, b: string): number {
  const da = deliverySeconds(a) ?? 0;
  const db = deliverySeconds(b) ?? 0;
  // Numeric-aware: `1.M9P1` before `1.M10P1` (counters and microseconds in the names).
  return da - db || a.localeCompare(b, 'en', { numeric: true });
}

function statOrNull(file: string): Stats | null {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}

/** The first `bytes` of a file (all of it when shorter), without reading the rest into memory. */
export function readPrefix(file: string, bytes: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    let n = 0;
    for (let r = -1; n < bytes && r !== 0; n += r) r = readSync(fd, buf, n, bytes - n, n);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** The header section of a message file (up to the first empty line, capped). */
function readHeader(file: string): Buffer {
  let head: Buffer;
  try {
    head = readPrefix(file, HEADER_LIMIT);
  } catch {
    return Buffer.alloc(0);
  }
  return rawHeaderBlock(head);
}

function messageIdOf(header: Buffer): string | null {
  const m = /^(<[^>\s]+>|\S+)/.exec(firstField(toHeaderFields(rawHeaderLines(header)), 'message-id') ?? '');
  return m ? normalizeMessageId(m[1] as string) : null;
}

/** Same rules as the IMAP server-side search: substring matches, received on or after `since`. */
async function isCandidate(e: MaildirEntry, role: FolderRole, hints: SearchHints): Promise<boolean> {
  const secs = deliverySeconds(path.basename(e.file));
  const received = secs !== null ? secs * 1000 : (statOrNull(e.file)?.mtimeMs ?? 0);
  // IMAP SINCE compares dates, not times (RFC 3501 6.4.4).
  const sinceDay = new Date(hints.since);
  sinceDay.setHours(0, 0, 0, 0);
  if (received < sinceDay.getTime()) return false;
  const header = readHeader(e.file);
  if (header.length === 0) return false;
  const fields = toHeaderFields(rawHeaderLines(header));
  const addresses = (...names: string[]): string[] => names.flatMap((n) => addressList(fields, n).map((a) => a.address.toLowerCase()));
  const has = (values: string[], needles: string[]): boolean => needles.some((n) => values.some((v) => v.includes(n.toLowerCase())));
  if (role === 'sent') {
    const hasTo = hints.sentTo.length === 0 || has(addresses('to', 'cc'), hints.sentTo);
    return hasTo;
  }
  if (hints.inboxFrom.length === 0 && hints.subjectKeywords.length === 0) return true;
  if (has(addresses('from'), hints.inboxFrom)) return true;
  // The subject decoded (encoded words, Japanese charsets) by the shared parser.
  const { subject } = await parseMessage(Buffer.concat([header, Buffer.from('\r\n\r\n')]), { maxBytes: HEADER_LIMIT * 2 });
  return has([subject.toLowerCase()], hints.subjectKeywords);
}
