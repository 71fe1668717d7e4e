import type { Logger } from '../log.js';
import type { CaseService } from '../cases/case-service.js';
import type { LifecycleTag } from '../machines/lifecycle.js';
import type { Clock } from '../clock/clock.js';
import { AppError } from '../errors.js';
import type { CaseStore } from '../store/case-store.js';
import type { CheckpointStore } from '../store/checkpoint-store.js';
import type { DraftStore } from '../store/draft-store.js';
import type { MessageOutcome, MessageStore } from '../store/message-store.js';
import type { CaseFile } from '../cases/case-file.js';
import type { IncomingMessage } from '../mail/source-types.js';
import { rawHeaderBlock } from '../mail/parse/raw-header.js';
import { addressInDomains } from '../mail/verify/domain-name.js';
import { correlate, type Correlation, type CorrelationLookups, type PendingBinding } from './correlate.js';
import { caseFileAddresses, deliveredToUser, userAddressSet, type Delivery } from './recipients.js';
import { mailEvent, sentEvent } from './mail-event.js';
import { timelineDetail, whyUnverified, type Understand, type UnderstoodMail } from './understood.js';
import { decide, type KindCorrection } from '../mail/classify/decide.js';
import { MAIL_KINDS, type MailKind } from '../mail/kinds.js';

/** Where unsure mail becomes a question and the user's corrections come from (migration 5). */
export interface QuestionDeps {
  /** The kind model's id: corrections made with another model's rows do not apply. */
  modelId: string;
  correctionsFor(modelId: string): readonly KindCorrection[];
  ask(q: { messageId: string; caseId: string; kinds: MailKind[]; guess: string; confidence: number; askedAt: string }): void;
}

/** Stored raw messages are capped: enough to read, not a second copy of a 30 MB attachment. */
export const MAX_STORED_RAW_BYTES = 2 * 1024 * 1024;

/**
 * Support-looking mail that matches no case is kept only to be looked at again
 * when cases change, and anyone can send it: its header section (up to 64 KB)
 * and the first 8 KB of its body, 4 MB for all of them together (the oldest
 * excerpts go first), none older than 90 days. The dedup row stays. The same
 * goes for received mail from an unverified sender or not delivered to the
 * user, whatever case it was tied to: anyone can send that too. Only a message
 * whose event was applied keeps its text (up to MAX_STORED_RAW_BYTES) for good.
 */
export const UNMATCHED = { headerBytes: 64 * 1024, bodyBytes: 8 * 1024, totalBytes: 4 * 1024 * 1024, days: 90 } as const;

/** The header section and the start of the body of a message, for an unmatched record. */
export function unmatchedExcerpt(raw: Buffer): Buffer {
  const header = rawHeaderBlock(raw.subarray(0, UNMATCHED.headerBytes));
  return raw.subarray(0, Math.min(raw.length, header.length + UNMATCHED.bodyBytes));
}

/** What is kept of a message's raw text (see UNMATCHED); null: nothing. */
function storedRaw(msg: IncomingMessage, m: UnderstoodMail, delivery: Delivery, decision: { caseId: string | null; outcome: MessageOutcome }): Buffer | null {
  const untrusted = msg.role === 'inbox' && (!m.trusted || !delivery.forUser);
  if (decision.caseId && !untrusted) return msg.raw.subarray(0, MAX_STORED_RAW_BYTES);
  if (decision.caseId || decision.outcome === 'unmatched' || decision.outcome === 'pending') return unmatchedExcerpt(msg.raw);
  return null;
}

export interface PipelineDeps {
  understand: Understand;
  store: CaseStore;
  messages: MessageStore;
  checkpoints: CheckpointStore;
  drafts: DraftStore;
  cases: CaseService;
  /** Domains support writes from; the user's own mail must be addressed to one to count. */
  supportDomains: string[];
  /** The user's own addresses besides the case files' (`mail.imap.user`, `mail.from`): support mail must be addressed to one. */
  userAddresses: string[];
  /**
   * A second, local DKIM/DMARC check (trust.verifyDkim) for inbox mail that the
   * server's verdict trusts and that could move a case; absent: the server's verdict alone.
   */
  localAuth?: (raw: Buffer) => Promise<{ pass: boolean; reasons: string[] }>;
  /** Questions and corrections; without them, mail is decided without the user's corrections and never asked about. */
  questions?: QuestionDeps;
  clock: Clock;
  logger: Logger;
  /** certmerge's own notification mail put into the inbox (signed, see notify/marker.ts): never processed as mail. */
  isOwnMail?: (raw: Buffer) => boolean;
}

export interface ProcessResult {
  messageId: string;
  outcome: MessageOutcome | 'duplicate';
  caseId: string | null;
  kind: string;
  why: string;
}

const isPending = (c: Correlation | PendingBinding | null): c is PendingBinding => c !== null && 'pending' in c;

/**
 * mail source → understand → dedup → correlate → event → case. The message's
 * effects, its dedup record and the folder checkpoint are written in one
 * transaction: a crash leaves either all of them or none.
 */
export class MailPipeline {
  constructor(private readonly deps: PipelineDeps) {}

  /**
   * Processes one message. With `retryUnmatched`, a message stored earlier as
   * matching no case is looked at again (its old record is replaced in the
   * same transaction, so a crash loses nothing).
   */
  async process(msg: IncomingMessage, opts: { retryUnmatched?: boolean } = {}): Promise<ProcessResult> {
    if (this.deps.isOwnMail?.(msg.raw)) {
      // Not stored: it is no one's mail to classify; only the folder moves past it.
      this.deps.store.transaction(() => msg.uid > 0 && this.deps.checkpoints.advance({ mailbox: msg.mailbox, uidValidity: msg.uidValidity, lastUid: msg.uid }, this.deps.clock.now().toISOString()));
      this.deps.logger.info({ mailbox: msg.mailbox, uid: msg.uid }, 'mail skipped: certmerge\'s own notification');
      return { messageId: '', outcome: 'duplicate', caseId: null, kind: 'notification', why: 'certmerge\'s own notification' };
    }
    let m0 = await this.deps.understand(msg.raw, { cut: msg.truncated });
    if (this.deps.localAuth && msg.role === 'inbox' && m0.trusted && m0.kind !== 'unrelated') {
      const local = await this.deps.localAuth(msg.raw);
      m0 = { ...m0, trusted: local.pass, trustReasons: [...m0.trustReasons, ...local.reasons] };
    }
    const { store, messages, checkpoints, clock } = this.deps;
    const result = store.transaction((): ProcessResult => {
      const now = clock.now().toISOString();
      // uid 0: a message looked at again, not a new one; the folder's checkpoint stays.
      const advance = () => msg.uid > 0 && checkpoints.advance({ mailbox: msg.mailbox, uidValidity: msg.uidValidity, lastUid: msg.uid }, now);
      const lookups = this.lookups();
      const delivery: Delivery = msg.role === 'inbox' ? deliveredToUser(m0, this.userAddresses()) : { forUser: true };
      const corr = correlate(m0, msg.role, lookups, { bind: delivery.forUser });
      if (opts.retryUnmatched) {
        if (!corr || isPending(corr)) return { messageId: m0.messageId, outcome: 'unmatched', caseId: null, kind: m0.kind, why: 'still matches no case' };
        messages.removeUnmatched(m0.messageId, m0.contentDigest);
      }
      // Inbox: keyed on what the message is and its verdict, so a forged copy cannot pre-empt the genuine one.
      // Sent: the user's own mail (and drafts we sent), by Message-ID as ever.
      if (msg.role === 'inbox' ? messages.hasVersion(m0.messageId, m0.contentDigest, m0.trusted) : messages.has(m0.messageId)) {
        advance();
        return { messageId: m0.messageId, outcome: 'duplicate', caseId: null, kind: m0.kind, why: 'already processed' };
      }
      // Correlation tells the case: what its lifecycle accepts next re-ranks the kinds (the prior).
      const m = msg.role === 'inbox' && corr && !isPending(corr) ? this.reconsider(m0, corr, now) : m0;
      const decision = msg.role === 'inbox' ? this.decideInbox(m, corr, delivery, now) : this.decideSent(m, isPending(corr) ? null : corr, now);
      messages.insert(
        {
          messageId: m.messageId,
          role: msg.role,
          mailbox: msg.mailbox,
          uid: msg.uid,
          processedAt: now,
          sentAt: m.date?.toISOString() ?? null,
          from: m.from?.address ?? null,
          subject: m.subject.slice(0, 500),
          kind: m.kind,
          trusted: m.trusted,
          caseId: decision.caseId,
          outcome: decision.outcome,
          digest: m.contentDigest,
          understanding: timelineDetail(m, {
            via: corr && !isPending(corr) ? corr.via : null,
            why: decision.why,
            references: m.references.slice(-20),
            replyTo: m.replyTo,
            forUser: delivery.forUser,
            supportCaseId: m.subjectCaseId ?? m.bodyCaseId,
            ...(isPending(corr) ? { pendingCases: corr.pending.caseIds } : {}),
          }),
        },
        storedRaw(msg, m, delivery, decision),
      );
      // Every message processed ages the excerpts out, whatever its own outcome: 90 days on, none is left.
      messages.pruneUnmatchedRaw({ before: new Date(clock.now().getTime() - UNMATCHED.days * 86_400_000).toISOString(), maxBytes: UNMATCHED.totalBytes });
      advance();
      return { messageId: m.messageId, outcome: decision.outcome, caseId: decision.caseId, kind: m.kind, why: decision.why };
    });
    this.deps.logger.info(
      { messageId: result.messageId, kind: result.kind, outcome: result.outcome, caseId: result.caseId, mailbox: msg.mailbox, uid: msg.uid },
      `mail ${result.outcome}: ${result.why}`,
    );
    return result;
  }

  /**
   * Support mail that arrived before its case existed (or before the case had
   * its support case ID) was stored as unmatched; once cases change, it may
   * match now. Returns what was applied or recorded.
   */
  async retryUnmatched(): Promise<ProcessResult[]> {
    const results: ProcessResult[] = [];
    for (const u of this.deps.messages.unmatched()) {
      const raw = this.deps.messages.raw(u.messageId);
      if (!raw) continue;
      const cp = this.deps.checkpoints.get(u.mailbox);
      const r = await this.process(
        { role: u.role, mailbox: u.mailbox, uidValidity: cp?.uidValidity ?? '0', uid: 0, raw, size: raw.length, truncated: false },
        { retryUnmatched: true },
      );
      if (r.outcome !== 'unmatched') results.push(r);
    }
    return results;
  }

  private decideInbox(m: UnderstoodMail, found: Correlation | PendingBinding | null, delivery: Delivery, now: string): { caseId: string | null; outcome: MessageOutcome; why: string } {
    if (isPending(found)) {
      if (!m.trusted || m.autoReply) {
        return { caseId: null, outcome: 'unmatched', why: m.autoReply ? 'automatic reply (out of office)' : `receipt from an unverified sender (${whyUnverified(m.trustReasons)})` };
      }
      const why = `receipt for support case ${m.subjectCaseId ?? m.bodyCaseId}: ${found.pending.why}; bind it to its case by hand`;
      for (const caseId of found.pending.caseIds) {
        this.deps.cases.record(caseId, { at: now, type: 'receipt-pending', source: 'mail', messageId: m.messageId, summary: `Which case is this receipt for? ${why}`, detail: timelineDetail(m, { why, pendingCases: found.pending.caseIds }) });
      }
      return { caseId: null, outcome: 'pending', why };
    }
    const corr = found;
    if (!corr) {
      if (!delivery.forUser && m.kind !== 'unrelated') return { caseId: null, outcome: 'unmatched', why: `not for you: ${delivery.why}` };
      return m.kind === 'unrelated'
        ? { caseId: null, outcome: 'unrelated', why: 'not part of a merge case' }
        : { caseId: null, outcome: 'unmatched', why: `looks like ${m.kind} but matches no case` };
    }
    const at = now;
    const record = (why: string) => {
      this.deps.cases.record(corr.caseId, { at, type: m.kind, source: 'mail', messageId: m.messageId, summary: `Ignored: ${why}`, detail: timelineDetail(m, { via: corr.via, why }) });
      return { caseId: corr.caseId, outcome: 'ignored' as const, why };
    };
    if (!delivery.forUser) return record(`not for you: ${delivery.why}`);
    if (m.autoReply) return record('automatic reply (out of office)');
    if (!m.trusted) return record(`sender not verified (${whyUnverified(m.trustReasons)})`);
    // Tied by thread or body, but its subject names another support case: it is that case's mail, not this one's.
    const bound = this.deps.store.getCase(corr.caseId)?.supportCaseId ?? null;
    if (corr.via !== 'subject-case-id' && m.subjectCaseId && bound && m.subjectCaseId !== bound) {
      return record(`${m.kind === 'acknowledgement' ? 'receipt' : 'mail'} for support case ${m.subjectCaseId} ignored: case ${corr.caseId} is bound to support case ${bound}`);
    }
    if (m.ask && this.deps.questions) {
      this.deps.questions.ask({ messageId: m.messageId, caseId: corr.caseId, kinds: m.askKinds, guess: m.kind, confidence: m.confidence, askedAt: now });
      return record(`not understood with confidence (read as ${m.kind}, ${m.confidence.toFixed(2)}): asking the user whether it is ${m.askKinds.join(' or ')}`);
    }
    const event = mailEvent(m, at);
    if (!event) return record('not about the merge');
    return this.applyOrRecord(corr, event, m, record);
  }

  /**
   * Decides the kind again now that the case is known: kinds the lifecycle
   * cannot accept in its state are less likely, the user's corrections of
   * similar mail count, and a question is asked only about kinds that would
   * move this case.
   */
  private reconsider(m: UnderstoodMail, corr: Correlation, now: string): UnderstoodMail {
    const caseId = corr.caseId;
    if (!m.evidence || !m.trusted || m.autoReply) return m;
    const expected = new Set<MailKind>();
    for (const k of MAIL_KINDS) {
      const event = k === 'unrelated' ? null : mailEvent({ ...m, kind: k, subjectCaseId: m.subjectCaseId ?? m.bodyCaseId ?? '0' }, now);
      if (event && this.deps.cases.can(caseId, event)) expected.add(k);
    }
    const q = this.deps.questions;
    // Tied by what names the case (its support case ID, its thread, a candidate ID, a receipt echoing the
    // case), mail about another matter is still this case's: the topic only tells mail that nothing ties
    // to a merge case. Only Credly's badge mail is tied by a guess (the case checking badges).
    const onCase = corr.via !== 'credly-badges';
    const d = decide(m.evidence, { expected, corrections: q ? q.correctionsFor(q.modelId) : [], onCase });
    const askKinds = d.askKinds.filter((k) => expected.has(k));
    const ask = d.ask && askKinds.length > 0;
    return { ...m, kind: d.kind, confidence: d.confidence, ask, askKinds: ask ? askKinds : [], reasons: [...m.reasons, ...d.reasons.map((r) => `with the case: ${r}`)] };
  }

  private decideSent(m: UnderstoodMail, corr: Correlation | null, now: string): { caseId: string | null; outcome: MessageOutcome; why: string } {
    if (!corr) return { caseId: null, outcome: 'unrelated', why: 'own mail not on a support thread' };
    const record = (why: string) => {
      this.deps.cases.record(corr.caseId, { at: now, type: 'own-mail', source: 'mail', messageId: m.messageId, summary: `Ignored: ${why}`, detail: timelineDetail(m, { via: corr.via, why }) });
      return { caseId: corr.caseId, outcome: 'ignored' as const, why };
    };
    if (!m.to.some((a) => addressInDomains(a, this.deps.supportDomains))) return record('own mail not addressed to support');
    const thread = [...m.references, ...(m.inReplyTo ? [m.inReplyTo] : [])];
    const answered = m.inReplyTo ? this.deps.messages.get(m.inReplyTo) : null;
    const row = this.deps.store.getCase(corr.caseId);
    const tags = row ? this.deps.cases.tagsOf(row) : [];
    const stale = this.answersEarlierRequest(corr.caseId, tags, answered, m.date);
    if (stale) {
      for (const d of this.deps.drafts.openAnswering(corr.caseId, [stale])) this.deps.drafts.setStatus(d.id, 'superseded', now);
      return record('a reply to an earlier request, written before support\'s latest one arrived');
    }
    const answersConfirmation = answered ? answered.kind === 'confirmation_request' : tags.includes('draft.confirmation');
    const confirming = sentEvent(m, now, true);
    const event = answersConfirmation && this.deps.cases.can(corr.caseId, confirming) ? confirming : sentEvent(m, now, false);
    const result = this.applyOrRecord(corr, event, m, record);
    if (result.outcome === 'applied') {
      // The user answered from their own mail client: our draft for that message is moot.
      for (const d of this.deps.drafts.openAnswering(corr.caseId, thread)) this.deps.drafts.setStatus(d.id, 'superseded', now);
    }
    return result;
  }

  /**
   * Folders are synced one after the other, so after downtime the user's
   * reply (Sent) can be processed after a newer support request (Inbox). A
   * reply that answers an older request and was written before the current
   * one arrived does not answer the current one: the case keeps waiting on
   * the user. Returns the Message-ID it answered, or null when it is current.
   */
  private answersEarlierRequest(caseId: string, tags: readonly string[], answered: { messageId: string } | null, writtenAt: Date | null): string | null {
    if (!answered || !writtenAt || !tags.includes('userToAnswer')) return null;
    const current = [...this.deps.store.listEvents(caseId)]
      .reverse()
      .find((e) => e.outcome === 'applied' && (e.source === 'mail' || Boolean(e.messageId)) && (e.type === 'info_request' || e.type === 'confirmation_request'));
    if (!current?.messageId || current.messageId === answered.messageId) return null;
    const currentSent = this.deps.messages.get(current.messageId)?.sentAt;
    return currentSent && writtenAt.getTime() < new Date(currentSent).getTime() ? answered.messageId : null;
  }

  private applyOrRecord(
    corr: Correlation,
    event: Parameters<CaseService['apply']>[1],
    m: UnderstoodMail,
    record: (why: string) => { caseId: string | null; outcome: MessageOutcome; why: string },
  ): { caseId: string | null; outcome: MessageOutcome; why: string } {
    // apply() checks the event against the restored state itself; asking can() first would restore it twice.
    try {
      const r = this.deps.cases.apply(corr.caseId, event, { detail: timelineDetail(m, { via: corr.via }) });
      return { caseId: corr.caseId, outcome: 'applied', why: `${event.type}: ${r.before} → ${r.after}` };
    } catch (err) {
      if (err instanceof AppError && err.code === 'EVENT_NOT_ALLOWED') return record(`${event.type} is not expected in state ${this.deps.store.getCase(corr.caseId)?.state ?? '?'}`);
      if (err instanceof AppError && err.code === 'CONFLICT') return record(err.message);
      throw err;
    }
  }

  /** The user's addresses: the configured ones and every case file's, read per message (cases change). */
  private userAddresses(): Set<string> {
    return userAddressSet([...this.deps.userAddresses, ...this.deps.store.listCases().flatMap((c) => caseFileAddresses(c.caseFile as CaseFile))]);
  }

  private lookups(): CorrelationLookups {
    const { store, messages, drafts, cases } = this.deps;
    const has = (c: Parameters<CaseService['tagsOf']>[0], tag: LifecycleTag) => cases.tagsOf(c).includes(tag);
    const candidateIds = (caseFile: unknown) => {
      const c = caseFile as CaseFile;
      return [c.target.candidateId, c.source.candidateId];
    };
    return {
      caseBySupportCaseId: (id) => store.findBySupportCaseId(id)?.id ?? null,
      caseOfMessageIds: (ids) => {
        const byMessage = messages.caseOfAny(ids);
        if (byMessage) return byMessage.caseId;
        for (const id of ids) {
          const d = drafts.byMessageId(id);
          if (d) return d.caseId;
        }
        return null;
      },
      casesAwaitingSupportCaseId: () => {
        const own = [...userAddressSet(this.deps.userAddresses)];
        return store
          .listCases()
          .filter((c) => c.supportCaseId === null && has(c, 'awaitsCaseId'))
          // A submitted case (now waiting on support) before one merely drafted.
          .sort((a, b) => Number(has(b, 'waitingOnSupport')) - Number(has(a, 'waitingOnSupport')))
          .map((c) => {
            const file = c.caseFile as CaseFile;
            return { id: c.id, candidateIds: candidateIds(file), addresses: [...new Set([...own, ...userAddressSet(caseFileAddresses(file))])], requesterName: file.requester.name };
          });
      },
      openCases: () => store.listCases().filter((c) => has(c, 'open')).map((c) => ({ id: c.id, candidateIds: candidateIds(c.caseFile) })),
      casesCheckingBadges: () =>
        store
          .listCases()
          .filter((c) => has(c, 'badgesPending'))
          .sort((a, b) => Number(has(b, 'badgesMissing')) - Number(has(a, 'badgesMissing')))
          .map((c) => c.id),
    };
  }
}
