import type { CaseService } from '../../cases/case-service.js';
import type { Clock } from '../../clock/clock.js';
import { AppError } from '../../errors.js';
import type { CaseStore } from '../../store/case-store.js';
import type { CheckpointStore } from '../../store/checkpoint-store.js';
import type { DraftStore } from '../../store/draft-store.js';
import type { MessageOutcome, MessageStore } from '../../store/message-store.js';
import type { CaseFile } from '../../cases/case-file.js';
import type { IncomingMessage } from '../source-types.js';
import { correlate, type Correlation, type CorrelationLookups } from './correlate.js';
import { mailEvent, sentEvent } from './mail-event.js';
import { timelineDetail, whyUnverified, type Understand, type UnderstoodMail } from './understood.js';

/** Stored raw messages are capped: enough to read, not a second copy of a 30 MB attachment. */
export const MAX_STORED_RAW_BYTES = 2 * 1024 * 1024;

export interface PipelineDeps {
  understand: Understand;
  store: CaseStore;
  messages: MessageStore;
  checkpoints: CheckpointStore;
  drafts: DraftStore;
  cases: CaseService;
  /** Domains support writes from; the user's own mail must be addressed to one to count. */
  supportDomains: string[];
  clock: Clock;
  logger: { info(o: object, m?: string): void; warn(o: object, m?: string): void };
}

export interface ProcessResult {
  messageId: string;
  outcome: MessageOutcome | 'duplicate';
  caseId: string | null;
  kind: string;
  why: string;
}

const OPEN_STATES = ['preparing', 'selfService', 'caseDraft', 'awaitingAcknowledgement', 'awaitingSupport', 'infoRequested', 'confirmationRequested', 'awaitingCompletion', 'verifying', 'needsAttention'];

const domainOf = (address: string) => address.slice(address.lastIndexOf('@') + 1).toLowerCase();
const inDomains = (address: string, domains: string[]) => {
  const d = domainOf(address);
  return domains.some((t) => d === t.toLowerCase() || d.endsWith(`.${t.toLowerCase()}`));
};

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
    const m = await this.deps.understand(msg.raw);
    const { store, messages, checkpoints, clock } = this.deps;
    const result = store.transaction((): ProcessResult => {
      const now = clock.now().toISOString();
      // uid 0: a message looked at again, not a new one; the folder's checkpoint stays.
      const advance = () => msg.uid > 0 && checkpoints.advance({ mailbox: msg.mailbox, uidValidity: msg.uidValidity, lastUid: msg.uid }, now);
      if (opts.retryUnmatched) {
        if (!correlate(m, msg.role, this.lookups())) return { messageId: m.messageId, outcome: 'unmatched', caseId: null, kind: m.kind, why: 'still matches no case' };
        messages.removeUnmatched(m.messageId);
      }
      if (messages.has(m.messageId)) {
        advance();
        return { messageId: m.messageId, outcome: 'duplicate', caseId: null, kind: m.kind, why: 'already processed' };
      }
      const corr = correlate(m, msg.role, this.lookups());
      const decision = msg.role === 'inbox' ? this.decideInbox(m, corr, now) : this.decideSent(m, corr, now);
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
          understanding: timelineDetail(m, { via: corr?.via ?? null, why: decision.why, references: m.references.slice(-20), replyTo: m.replyTo }),
        },
        decision.caseId || decision.outcome === 'unmatched' ? msg.raw.subarray(0, MAX_STORED_RAW_BYTES) : null,
      );
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

  private decideInbox(m: UnderstoodMail, corr: Correlation | null, now: string): { caseId: string | null; outcome: MessageOutcome; why: string } {
    if (!corr) {
      return m.kind === 'unrelated'
        ? { caseId: null, outcome: 'unrelated', why: 'not part of a merge case' }
        : { caseId: null, outcome: 'unmatched', why: `looks like ${m.kind} but matches no case` };
    }
    const at = now;
    const record = (why: string) => {
      this.deps.cases.record(corr.caseId, { at, type: m.kind, source: 'mail', messageId: m.messageId, summary: `Ignored: ${why}`, detail: timelineDetail(m, { via: corr.via, why }) });
      return { caseId: corr.caseId, outcome: 'ignored' as const, why };
    };
    if (m.autoReply) return record('automatic reply (out of office)');
    if (!m.trusted) return record(`sender not verified (${whyUnverified(m.trustReasons)})`);
    const event = mailEvent(m, at);
    if (!event) return record('not about the merge');
    return this.applyOrRecord(corr, event, m, record);
  }

  private decideSent(m: UnderstoodMail, corr: Correlation | null, now: string): { caseId: string | null; outcome: MessageOutcome; why: string } {
    if (!corr) return { caseId: null, outcome: 'unrelated', why: 'own mail not on a support thread' };
    const record = (why: string) => {
      this.deps.cases.record(corr.caseId, { at: now, type: 'own-mail', source: 'mail', messageId: m.messageId, summary: `Ignored: ${why}`, detail: timelineDetail(m, { via: corr.via, why }) });
      return { caseId: corr.caseId, outcome: 'ignored' as const, why };
    };
    if (!m.to.some((a) => inDomains(a, this.deps.supportDomains))) return record('own mail not addressed to support');
    const thread = [...m.references, ...(m.inReplyTo ? [m.inReplyTo] : [])];
    const answered = m.inReplyTo ? this.deps.messages.get(m.inReplyTo) : null;
    const state = this.deps.store.getCase(corr.caseId)?.state;
    const stale = this.answersEarlierRequest(corr.caseId, state, answered, m.date);
    if (stale) {
      for (const d of this.deps.drafts.openAnswering(corr.caseId, [stale])) this.deps.drafts.setStatus(d.id, 'superseded', now);
      return record('a reply to an earlier request, written before support\'s latest one arrived');
    }
    const answersConfirmation = answered ? answered.kind === 'confirmation_request' : state === 'confirmationRequested';
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
  private answersEarlierRequest(caseId: string, state: string | undefined, answered: { messageId: string } | null, writtenAt: Date | null): string | null {
    if (!answered || !writtenAt || (state !== 'infoRequested' && state !== 'confirmationRequested')) return null;
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

  private lookups(): CorrelationLookups {
    const { store, messages, drafts } = this.deps;
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
      casesAwaitingSupportCaseId: () =>
        store
          .listCases()
          .filter((c) => c.supportCaseId === null && ['awaitingAcknowledgement', 'caseDraft'].includes(c.state))
          // A submitted case before one merely drafted.
          .sort((a, b) => Number(b.state === 'awaitingAcknowledgement') - Number(a.state === 'awaitingAcknowledgement'))
          .map((c) => ({ id: c.id, candidateIds: candidateIds(c.caseFile) })),
      openCases: () => store.listCases().filter((c) => OPEN_STATES.includes(c.state)).map((c) => ({ id: c.id, candidateIds: candidateIds(c.caseFile) })),
      casesCheckingBadges: () =>
        store
          .listCases()
          .filter((c) => c.state === 'verifying' && !c.statePath.includes('badges.verified'))
          .sort((a, b) => Number(/badges\.(missing|awaitingTransfer)/.test(b.statePath)) - Number(/badges\.(missing|awaitingTransfer)/.test(a.statePath)))
          .map((c) => c.id),
    };
  }
}
