import type { Logger } from '../log.js';
import { randomBytes } from 'node:crypto';
import type { CaseFile } from '../cases/case-file.js';
import type { CaseService } from '../cases/case-service.js';
import type { Clock } from '../clock/clock.js';
import type { SmtpConfig } from '../config/schema.js';
import { AppError } from '../errors.js';
import { composeReply } from '../mail/drafts/compose-reply.js';
import { extractEnvelope } from '../mail/drafts/envelope.js';
import { blanksIn } from '../mail/drafts/texts/blocks.js';
import type { AnsweredMessage } from '../mail/drafts/types.js';
import type { LifecycleEvent } from '../machines/events.js';
import type { CaseStore } from '../store/case-store.js';
import { inSession, type DraftFolders } from '../mail/drafts/draft-folders.js';
import type { DraftRow, DraftStore } from '../store/draft-store.js';
import type { MessageStore, StoredMessage } from '../store/message-store.js';
import type { DraftView } from './draft-view.js';
import { draftStillFits, mayNeedDraft, planDraft } from './draft-plan.js';

export type SendRaw = (smtp: SmtpConfig, envelope: { from: string; to: string[] }, raw: Buffer) => Promise<{ messageId: string; response: string }>;

export interface DraftServiceDeps {
  store: CaseStore;
  drafts: DraftStore;
  messages: MessageStore;
  cases: CaseService;
  /** The Drafts and Sent folders (IMAP on a connection of their own, or Maildir), for sending and editing. */
  folders: DraftFolders;
  /** Drains the outbox: pending drafts into Drafts, superseded ones out of it (the DraftWriter). */
  writer: { wake(): Promise<void> };
  smtp: SmtpConfig | undefined;
  sendRaw: SendRaw;
  /** The config's mail.from. */
  from: string;
  /** Where a follow-up goes when there is no support mail to answer. */
  supportAddress: string;
  clock: Clock;
  logger: Logger;
}

const newDraftId = () => `d-${randomBytes(6).toString('hex')}`;

function toView(d: DraftRow): DraftView {
  return {
    id: d.id,
    caseId: d.caseId,
    kind: d.kind,
    status: d.status === 'pending' ? 'drafted' : d.status,
    messageId: d.messageId,
    inReplyTo: d.inReplyTo,
    subject: d.subject,
    to: d.to,
    language: d.language,
    createdAt: d.createdAt,
    sentAt: d.sentAt,
    error: d.error,
    text: d.text,
    staleEdited: d.status === 'superseded' && d.mailboxState === 'edited',
  };
}

function answeredFrom(m: StoredMessage): AnsweredMessage | null {
  const u = m.understanding as { from?: string | null; fromName?: string; subject?: string; date?: string | null; newText?: string; language?: 'ja' | 'en'; references?: string[]; replyTo?: { address: string; name: string } | null };
  if (!u.from) return null;
  return {
    messageId: m.messageId,
    references: u.references ?? [],
    subject: u.subject ?? m.subject ?? '',
    from: { address: u.from, name: u.fromName ?? '' },
    replyTo: u.replyTo ?? undefined,
    date: new Date(u.date ?? m.processedAt),
    text: u.newText ?? '',
    language: u.language ?? 'en',
  };
}

/**
 * Plans the replies cases need into the drafts outbox (the DraftWriter puts
 * them into the user's Drafts folder) and sends one only when the user
 * approves it. One draft per support message (or per overdue wait), across
 * restarts and re-syncs; a draft the user deleted is not recreated.
 */
export class DraftService {
  /** Drafts being sent right now: a second approval (a double click, the CLI and the dashboard) must not send again. */
  private readonly sending = new Set<string>();

  constructor(private readonly deps: DraftServiceDeps) {}

  list(caseId: string): DraftView[] {
    return this.deps.drafts.forCase(caseId).map(toView);
  }

  get(id: string): DraftView | null {
    const d = this.deps.drafts.get(id);
    return d ? toView(d) : null;
  }

  /**
   * Plans, composes and stores (as `pending`) whatever drafts the cases need now, and marks superseded the
   * ones whose moment has passed: database work only, the writer does the mailbox's. Without ids: every
   * case that may need a draft, or holds one not yet sent (found by state, without reading any other case).
   */
  async reconcile(caseIds?: string[]): Promise<DraftView[]> {
    const created: DraftView[] = [];
    const ids = caseIds ?? this.deps.drafts.casesToReconcile();
    for (const caseId of ids) {
      const d = await this.planAndStore(caseId);
      if (d) created.push(d);
    }
    return created;
  }

  private async planAndStore(caseId: string): Promise<DraftView | null> {
    const { store, drafts, messages, cases, clock } = this.deps;
    const row = store.getCase(caseId);
    if (!row) return null;
    const now = clock.now().toISOString();
    const tags = cases.tagsOf(row);
    // Drafts whose moment has passed are marked so, never sent by mistake.
    for (const d of drafts.forCase(caseId)) {
      if ((d.status === 'pending' || d.status === 'drafted') && !draftStillFits(d.kind, tags)) drafts.setStatus(d.id, 'superseded', now);
    }
    if (!mayNeedDraft(tags)) return null;
    // Restoring the snapshot is only needed for an overdue wait's key (when the wait began).
    const waitingSince = tags.includes('overdue') ? cases.snapshotOf(row).context.waitingSince : null;
    const plan = planDraft(tags, store.listEvents(caseId), waitingSince);
    if (!plan || drafts.exists(caseId, plan.answersKey)) return null;

    const support = messages.forCase(caseId).filter((m) => m.role === 'inbox' && m.trusted && m.outcome === 'applied');
    const answeredMsg = plan.answers ? messages.get(plan.answers) : support.at(-1) ?? null;
    const answered = answeredMsg ? answeredFrom(answeredMsg) : null;
    const composed = await composeReply({
      kind: plan.kind,
      caseFile: row.caseFile as CaseFile,
      supportCaseId: row.supportCaseId,
      answered,
      from: this.deps.from,
      to: this.deps.supportAddress,
      now: clock.now(),
    });
    const inserted = store.transaction(() =>
      drafts.insertOnce({
        id: newDraftId(),
        caseId,
        kind: plan.kind,
        answersKey: plan.answersKey,
        status: 'pending',
        messageId: composed.messageId,
        inReplyTo: composed.inReplyTo,
        subject: composed.subject,
        to: composed.to,
        language: composed.language,
        raw: composed.raw,
        text: composed.text,
        createdAt: now,
        updatedAt: now,
      }),
    );
    if (!inserted) return null;
    const d = drafts.byMessageId(composed.messageId)!;
    this.deps.logger.info({ caseId, draftId: d.id, kind: d.kind, messageId: d.messageId }, 'draft created');
    return toView(d);
  }

  /** Approve and send: SMTP, then the case moves, the sent copy goes to Sent and the draft leaves Drafts. */
  async send(id: string): Promise<DraftView> {
    // Checked and marked before the first await: two approvals at once cannot both pass the status check.
    if (this.sending.has(id)) throw new AppError('CONFLICT', `draft ${id} is already being sent`);
    this.sending.add(id);
    try {
      return await this.sendOnce(id);
    } finally {
      this.sending.delete(id);
    }
  }

  private async sendOnce(id: string): Promise<DraftView> {
    const { drafts, cases, messages, store, clock, logger } = this.deps;
    const d = drafts.get(id);
    if (!d) throw new AppError('NOT_FOUND', `no draft with id "${id}"`);
    if (d.status === 'sent') throw new AppError('CONFLICT', `draft ${id} was already sent`);
    if (d.status !== 'drafted' && d.status !== 'pending') throw new AppError('CONFLICT', `draft ${id} is ${d.status}; it can no longer be sent`);
    const blanks = blanksIn(d.text);
    if (blanks.length) throw new AppError('BAD_INPUT', `draft ${id} still has ${blanks.length} blank(s) to fill in (${blanks.join('; ')}); edit the draft first`);
    if (!this.deps.smtp) throw new AppError('BAD_CONFIG', 'mail.smtp: not configured; send this draft from your mail client instead');
    const event: LifecycleEvent = { type: d.kind === 'confirmation' ? 'confirmation-sent' : 'reply-sent', at: clock.now().toISOString(), source: 'user', messageId: d.messageId };
    if (!cases.can(d.caseId, event)) {
      throw new AppError('EVENT_NOT_ALLOWED', `case ${d.caseId} has moved on (${store.getCase(d.caseId)?.state}); this draft no longer fits and was not sent`);
    }
    if (d.status === 'drafted') {
      let present: Set<string>;
      try {
        present = await this.deps.folders.listDraftMessageIds();
      } catch (err) {
        // Nothing was sent; like a failed send, the reason stays with the draft for the dashboard and `draft list`.
        const message = `not sent: cannot check your Drafts folder: ${(err as Error).message}`;
        store.transaction(() => drafts.setStatus(id, d.status, clock.now().toISOString(), { error: message }));
        logger.error({ draftId: id, caseId: d.caseId, err }, message);
        throw new AppError('MAIL_SOURCE', message, { cause: err });
      }
      if (!present.has(d.messageId)) {
        throw new AppError('CONFLICT', `draft ${id} is no longer in your Drafts folder (deleted or edited in your mail client); send it from there instead`);
      }
    }
    try {
      await this.deps.sendRaw(this.deps.smtp, extractEnvelope(d.raw), d.raw);
    } catch (err) {
      const message = err instanceof AppError ? err.message : `could not send: ${(err as Error).message}`;
      store.transaction(() => drafts.setStatus(id, d.status, clock.now().toISOString(), { error: message }));
      logger.error({ draftId: id, caseId: d.caseId, err }, message);
      throw err instanceof AppError ? err : new AppError('SEND_FAILED', message);
    }
    const now = clock.now().toISOString();
    store.transaction(() => {
      drafts.setStatus(id, 'sent', now, { sentAt: now });
      // The sent copy will come back through the Sent folder: record it now so it is not applied twice.
      if (!messages.has(d.messageId)) {
        messages.insert(
          { messageId: d.messageId, role: 'sent', mailbox: 'sent', uid: null, processedAt: now, sentAt: now, from: this.deps.from, subject: d.subject, kind: d.kind, trusted: true, caseId: d.caseId, outcome: 'applied', understanding: { via: 'draft', draftId: id } },
          d.raw,
        );
      }
      const summary = d.kind === 'confirmation' ? 'Merge confirmed to support (approved draft sent)' : 'Reply sent to support (approved draft sent)';
      // The mail is out whatever happened meanwhile: if the case moved on while SMTP ran (mail arrived, another
      // process applied an event), the send is still recorded and the draft marked sent, so it is never sent again.
      if (cases.can(d.caseId, event)) cases.apply(d.caseId, event, { summary, detail: { draftId: id, subject: d.subject } });
      else cases.record(d.caseId, { at: event.at, type: event.type, source: 'user', messageId: d.messageId, summary: `${summary}; the case had already moved on`, detail: { draftId: id, subject: d.subject } });
    });
    logger.info({ draftId: id, caseId: d.caseId, messageId: d.messageId }, 'draft sent');
    // Best effort: the mail is out and the case moved; folder housekeeping may be retried by hand.
    await inSession(this.deps.folders, async (f) => {
      await f.appendSent(d.raw).catch((err: Error) => logger.warn({ draftId: id, err }, 'could not store the sent copy'));
      await f.deleteDraft(d.messageId).catch((err: Error) => logger.warn({ draftId: id, err }, 'could not remove the draft'));
    }).catch((err: Error) => logger.warn({ draftId: id, err }, 'could not store the sent copy nor remove the draft'));
    return toView(drafts.get(id)!);
  }

  /**
   * The user's edit of a draft's text: the message is rebuilt by the same composer with the same
   * Message-ID, recipient, subject and threading (In-Reply-To/References of the answered mail), and
   * replaces the copy in the Drafts folder. What is sent later is exactly this text.
   */
  async edit(id: string, text: string): Promise<DraftView> {
    const { drafts, store, messages, clock, logger } = this.deps;
    const d = drafts.get(id);
    if (!d) throw new AppError('NOT_FOUND', `no draft with id "${id}"`);
    if (d.status !== 'drafted' && d.status !== 'pending' && d.status !== 'failed') throw new AppError('CONFLICT', `draft ${id} is ${d.status}; it can no longer be edited`);
    if (this.sending.has(id)) throw new AppError('CONFLICT', `draft ${id} is being sent`);
    const body = text.replace(/\r\n?/g, '\n');
    if (body.trim() === '') throw new AppError('BAD_INPUT', 'text: the draft text is empty');
    if (body.length > 100_000) throw new AppError('BAD_INPUT', 'text: longer than 100,000 characters');
    const row = store.getCase(d.caseId);
    if (!row) throw new AppError('NOT_FOUND', `no case ${d.caseId} for draft ${id}`);
    const answeredMsg = d.inReplyTo ? messages.get(d.inReplyTo) : null;
    const answered = answeredMsg ? answeredFrom(answeredMsg) : null;
    if (d.inReplyTo && !answered) throw new AppError('CONFLICT', `draft ${id} answers ${d.inReplyTo}, which is no longer stored; edit it in your mail client instead`);
    const composed = await composeReply({
      kind: d.kind,
      caseFile: row.caseFile as CaseFile,
      supportCaseId: row.supportCaseId,
      answered,
      from: this.deps.from,
      to: d.to,
      now: clock.now(),
      messageIdFactory: () => d.messageId,
      text: body.endsWith('\n') ? body : `${body}\n`,
    });
    if (composed.subject !== d.subject || composed.inReplyTo !== d.inReplyTo) {
      throw new AppError('INTERNAL', `draft ${id}: the rebuilt message would not continue the same thread; not changed`);
    }
    store.transaction(() => drafts.replaceContent(id, composed.raw, composed.text, clock.now().toISOString()));
    // The old copy leaves the Drafts folder; the writer puts the new one there (again after a crash: the row is pending).
    await this.deps.folders.deleteDraft(d.messageId).catch((err: Error) => logger.warn({ draftId: id, err }, 'could not remove the old copy of an edited draft'));
    await this.deps.writer.wake();
    logger.info({ draftId: id, caseId: d.caseId }, 'draft edited');
    return toView(drafts.get(id)!);
  }

  async discard(id: string): Promise<DraftView> {
    const d = this.deps.drafts.get(id);
    if (!d) throw new AppError('NOT_FOUND', `no draft with id "${id}"`);
    if (d.status === 'sent') throw new AppError('CONFLICT', `draft ${id} was already sent`);
    await this.deps.folders.deleteDraft(d.messageId).catch(() => false);
    this.deps.store.transaction(() => this.deps.drafts.setStatus(id, 'discarded', this.deps.clock.now().toISOString()));
    return toView(this.deps.drafts.get(id)!);
  }
}
