/**
 * One sync of one IMAP folder: find what is new since the checkpoint, fetch it,
 * hand it to the pipeline in UID order. Takes a connected client first, like
 * imapflow's own commands, so it runs the same against any connection.
 */
import type { FetchMessageObject, ImapFlow, SearchObject } from 'imapflow';
import type { FolderCheckpoint, FolderRole, IncomingMessage } from '../source-types.js';
import { type MailSourceDeps, type SearchHints } from './mail-source.js';
import type { Logger } from '../../log.js';
import { buildTruncatedMessage, pickTextParts, type StructureNode, type TextPart } from './truncated-message.js';

export interface FolderRef {
  role: FolderRole;
  path: string;
}

export interface SyncOptions {
  /** Bigger messages are fetched as header + text parts only. */
  maxBytes: number;
  /** More new messages than this since the checkpoint: narrow with the search hints, as on a first sync. */
  narrowAbove: number;
  /** Body fetches are grouped up to this many bytes (and 50 messages) per round trip. */
  batchBytes?: number;
}

export type SyncDeps = Pick<MailSourceDeps, 'onMessage' | 'getCheckpoint' | 'saveCheckpoint' | 'onUidValidityChange' | 'searchHints' | 'onSkipped'> & {
  logger: Logger;
  progress(done: number, total: number): void;
  /** The in-memory cursor: guards against redelivery if storage lags behind. */
  cursors: Map<string, FolderCheckpoint>;
  /** True once the source is stopping: finish the current message, start no other. */
  stopped(): boolean;
};

export interface SyncResult {
  uidValidity: string;
  delivered: number;
  /** The handler threw: the folder stopped at the message before; retry later. */
  failed: boolean;
  /** Highest UID the folder has been processed up to. */
  lastUid: number;
  /** UIDNEXT the server reported when the folder was selected. */
  uidNext: number;
}

const MAX_BATCH_MESSAGES = 50;
const MAX_UIDS_PER_COMMAND = 500;

/** The server-side SEARCH that picks plausible support mail. */
export function candidateQuery(role: FolderRole, hints: SearchHints): SearchObject {
  const alternatives: SearchObject[] =
    role === 'inbox'
      ? [...hints.inboxFrom.map((from) => ({ from })), ...hints.subjectKeywords.map((subject) => ({ subject }))]
      : hints.sentTo.map((to) => ({ to }));
  const q: SearchObject = { since: hints.since };
  if (alternatives.length === 1) Object.assign(q, alternatives[0]);
  else if (alternatives.length > 1) q.or = alternatives;
  return q;
}

interface SyncPlan {
  uidValidity: string;
  uidNext: number;
  /** Checkpoint the plan starts from. */
  last: number;
  /** Highest new UID seen: everything up to it is handled once the plan ran. */
  top: number;
  /** New messages worth fetching, with size and arrival date, in UID order. */
  metas: FetchMessageObject[];
}

/** Phase 1, under the mailbox lock: what is new since the checkpoint, and which of it we want. */
async function planSync(client: ImapFlow, folder: FolderRef, deps: SyncDeps, opts: SyncOptions): Promise<SyncPlan> {
  const { path } = folder;
  const lock = await client.getMailboxLock(path, { description: `certmerge sync ${path}` });
  try {
    const mb = client.mailbox;
    if (!mb) throw new Error(`mailbox ${path} not selected`);
    const uidValidity = String(mb.uidValidity);
    const uidNext = mb.uidNext;
    const stored = deps.getCheckpoint(path);
    const mem = deps.cursors.get(path);
    const prev = stored ?? mem ?? null;
    let last = 0;
    let known = false;
    if (prev && prev.uidValidity !== uidValidity) {
      // RFC 3501 2.3.1.1: the old UIDs may now name other messages. Start over; the pipeline dedups by Message-ID.
      deps.logger.warn({ mailbox: path, from: prev.uidValidity, to: uidValidity }, 'UIDVALIDITY changed: rebuilding the baseline');
      deps.onUidValidityChange(path, uidValidity);
      deps.cursors.delete(path);
    } else if (prev) {
      known = true;
      last = Math.max(stored?.lastUid ?? 0, mem?.uidValidity === uidValidity ? mem.lastUid : 0);
    }

    if (!known && mb.exists > 0 && Number.isFinite(uidNext) && uidNext > 1) {
      // First sync: everything below UIDNEXT is new. Let the server pick the candidates straight
      // away instead of listing every UID of a big mailbox first.
      const top = uidNext - 1;
      const q = { ...candidateQuery(folder.role, deps.searchHints()), uid: `1:${top}` };
      const uids = (((await client.search(q, { uid: true })) || []) as number[]).filter((u) => u <= top).sort((a, b) => a - b);
      deps.logger.info({ mailbox: path, newMessages: mb.exists, candidates: uids.length }, 'narrowed sync by server-side search');
      if (mb.exists > uids.length) {
        deps.onSkipped?.({ mailbox: path, uidFrom: 1, uidTo: top, skipped: mb.exists - uids.length, candidates: uids.length, reason: `first sync: only the ${uids.length} of ${mb.exists} messages matching the search hints (senders, subject keywords, since) were fetched` });
      }
      return { uidValidity, uidNext, last, top, metas: await fetchMetas(client, uids, last) };
    }

    // `N:*` always matches the highest UID even when it is below N, hence the filter.
    const found = mb.exists > 0 ? ((await client.search({ uid: `${last + 1}:*` }, { uid: true })) || []) : [];
    const fresh = found.filter((u) => u > last).sort((a, b) => a - b);
    if (fresh.length === 0) {
      // Nothing new. UIDs below UIDNEXT that do not exist now never will (RFC 3501 2.3.1.1), so the
      // baseline may move up to it; a folder seen for the first time gets one, so the next sync is incremental.
      const top = Math.max(last, uidNext - 1);
      return { uidValidity, uidNext, last, top, metas: [] };
    }
    const top = fresh.at(-1) as number;

    let uids = fresh;
    if (!known || fresh.length > opts.narrowAbove) {
      // First sync, or a long absence: let the server pick the candidates instead of downloading the mailbox.
      const q = { ...candidateQuery(folder.role, deps.searchHints()), uid: `${last + 1}:${top}` };
      uids = (((await client.search(q, { uid: true })) || []) as number[]).filter((u) => u > last && u <= top).sort((a, b) => a - b);
      deps.logger.info({ mailbox: path, newMessages: fresh.length, candidates: uids.length }, 'narrowed sync by server-side search');
      if (fresh.length > uids.length) {
        deps.onSkipped?.({
          mailbox: path,
          uidFrom: last + 1,
          uidTo: top,
          skipped: fresh.length - uids.length,
          candidates: uids.length,
          reason: known
            ? `catch-up of ${fresh.length} new messages (more than ${opts.narrowAbove}): only the ${uids.length} matching the search hints (senders, subject keywords, since) were fetched`
            : `first sync: only the ${uids.length} of ${fresh.length} messages matching the search hints were fetched`,
        });
      }
    }
    return { uidValidity, uidNext, last, top, metas: await fetchMetas(client, uids, last) };
  } finally {
    lock.release();
  }
}

/** Size and date of the messages worth fetching, in UID order. */
async function fetchMetas(client: ImapFlow, uids: number[], last: number): Promise<FetchMessageObject[]> {
  const metas: FetchMessageObject[] = [];
  for (let i = 0; i < uids.length; i += MAX_UIDS_PER_COMMAND) {
    const chunk = uids.slice(i, i + MAX_UIDS_PER_COMMAND);
    metas.push(...(await client.fetchAll(chunk, { uid: true, size: true, internalDate: true }, { uid: true })));
  }
  return metas.filter((m) => m.uid > last).sort((a, b) => a.uid - b.uid);
}

/** Syncs one folder. Selects it, so the caller re-selects the inbox for IDLE afterwards. */
export async function syncFolder(client: ImapFlow, folder: FolderRef, deps: SyncDeps, opts: SyncOptions): Promise<SyncResult> {
  const { path } = folder;
  const { uidValidity, uidNext, last, top, metas } = await planSync(client, folder, deps, opts);
  let delivered = 0;
  let lastDelivered = last;
  const result = (failed: boolean, lastUid: number): SyncResult => ({ uidValidity, uidNext, delivered, failed, lastUid });

  // Phase 2, batch by batch: fetch bodies under the lock, deliver without it, so a
  // handler that appends a draft through the same connection does not deadlock.
  if (metas.length > 0) deps.progress(0, metas.length);
  for (let i = 0; i < metas.length && !deps.stopped(); ) {
    const batch: FetchMessageObject[] = [];
    let bytes = 0;
    const limit = opts.batchBytes ?? 8 * 1024 * 1024;
    while (i < metas.length && batch.length < MAX_BATCH_MESSAGES) {
      const m = metas[i] as FetchMessageObject;
      const size = Math.min(m.size ?? 0, opts.maxBytes);
      if (batch.length > 0 && bytes + size > limit) break;
      batch.push(m);
      bytes += size;
      i++;
    }

    const lock = await client.getMailboxLock(path, { description: `certmerge fetch ${path}` });
    let messages: IncomingMessage[];
    try {
      if (String(client.mailbox ? client.mailbox.uidValidity : '') !== uidValidity) {
        // Changed under us: the next sync starts over with the new UIDVALIDITY.
        return result(false, lastDelivered);
      }
      messages = await fetchBatch(client, folder, uidValidity, batch, opts.maxBytes);
    } finally {
      lock.release();
    }

    for (const msg of messages) {
      if (deps.stopped()) break;
      try {
        await deps.onMessage(msg);
      } catch (err) {
        deps.logger.warn({ mailbox: path, uid: msg.uid, err }, 'message handler failed; will retry this message later');
        return result(true, lastDelivered);
      }
      delivered++;
      lastDelivered = msg.uid;
      deps.cursors.set(path, { mailbox: path, uidValidity, lastUid: msg.uid });
      deps.progress(delivered, metas.length);
    }
  }
  if (deps.stopped()) return result(false, lastDelivered);

  // Everything up to `top` was either delivered or deliberately skipped (not a candidate, or vanished).
  const stored = deps.getCheckpoint(path);
  if (top > lastDelivered || (stored === null && metas.length === 0)) saveBaseline(deps, path, uidValidity, Math.max(top, lastDelivered));
  return result(false, Math.max(top, lastDelivered));
}

function saveBaseline(deps: SyncDeps, mailbox: string, uidValidity: string, lastUid: number): void {
  const cp = { mailbox, uidValidity, lastUid };
  deps.saveCheckpoint(cp);
  deps.cursors.set(mailbox, cp);
}

async function fetchBatch(client: ImapFlow, folder: FolderRef, uidValidity: string, batch: FetchMessageObject[], maxBytes: number): Promise<IncomingMessage[]> {
  const small = batch.filter((m) => (m.size ?? 0) <= maxBytes).map((m) => m.uid);
  const sources = new Map<number, Buffer>();
  if (small.length > 0) {
    for (const m of await client.fetchAll(small, { uid: true, source: true }, { uid: true })) {
      if (m.source) sources.set(m.uid, m.source);
    }
  }
  const out: IncomingMessage[] = [];
  for (const meta of batch) {
    const size = meta.size ?? 0;
    let raw: Buffer | null | undefined;
    let truncated = false;
    if (size <= maxBytes) {
      raw = sources.get(meta.uid);
    } else {
      raw = await fetchTextOnly(client, meta.uid, size, maxBytes);
      truncated = true;
    }
    if (!raw) continue; // expunged meanwhile
    out.push({
      role: folder.role,
      mailbox: folder.path,
      uidValidity,
      uid: meta.uid,
      raw,
      size,
      truncated,
      ...(meta.internalDate instanceof Date ? { internalDate: meta.internalDate } : {}),
    });
  }
  return out;
}

/**
 * Header and inline text parts of a message too big to download whole,
 * rebuilt into a small message (the pipeline only needs the words).
 */
export async function fetchTextOnly(client: ImapFlow, uid: number, size: number, maxBytes: number): Promise<Buffer | null> {
  const head = await client.fetchOne(String(uid), { uid: true, headers: true, bodyStructure: true }, { uid: true });
  if (!head || !head.headers) return null;
  const structure = head.bodyStructure as StructureNode | undefined;
  if (!structure) return buildTruncatedMessage(head.headers, [], size);

  if (!structure.type.toLowerCase().startsWith('multipart/')) {
    // A single-part message: keep its start when it is text, nothing otherwise.
    if (!structure.type.toLowerCase().startsWith('text/')) return buildTruncatedMessage(head.headers, [], size);
    const part = await client.fetchOne(String(uid), { uid: true, source: { maxLength: maxBytes } }, { uid: true });
    return part && part.source ? part.source : null;
  }

  const wanted = pickTextParts(structure).filter((p): p is StructureNode & { part: string } => typeof p.part === 'string');
  const parts: TextPart[] = [];
  if (wanted.length > 0) {
    const r = await client.fetchOne(
      String(uid),
      { uid: true, bodyParts: wanted.map((p) => ((p.size ?? 0) > maxBytes ? { key: p.part, maxLength: maxBytes } : p.part)) },
      { uid: true },
    );
    const bodies = r && r.bodyParts ? r.bodyParts : new Map<string, Buffer>();
    for (const p of wanted) {
      // A partial fetch comes back keyed like "1]<0>"; match on the part number.
      const body = bodies.get(p.part) ?? [...bodies].find(([k]) => k.split(/[\]<]/)[0] === p.part)?.[1];
      if (!body) continue;
      parts.push({ type: p.type.toLowerCase(), parameters: p.parameters ?? {}, encoding: p.encoding ?? '7bit', body });
    }
  }
  return buildTruncatedMessage(head.headers, parts, size);
}
