import type { Logger } from '../log.js';
import type { Clock } from '../clock/clock.js';
import type { ResolvedConfig } from '../config/load.js';
import { builtinRulesPath, loadRules } from '../mail/classify/load-rules.js';
import { MailPipeline } from '../ingest/mail-pipeline.js';
import { makeUnderstand } from '../ingest/understand-adapter.js';
import type { MailSource, MailSourceDeps } from '../mail/sources/mail-source.js';
import { DEFAULT_SEND_TIMEOUTS, sendRaw } from '../mail/drafts/send.js';
import { mailSignIns } from '../auth/sign-ins.js';
import { DraftService, type SendRaw } from '../replies/draft-service.js';
import { DraftWriter } from '../replies/draft-writer.js';
import type { DraftFolders } from '../mail/drafts/draft-folders.js';
import type { BackoffOptions } from '../mail/sources/backoff.js';
import { DeadlineScheduler } from '../scheduler/deadline-scheduler.js';
import { realTimers, type Timers } from '../clock/clock.js';
import { CheckpointStore } from '../store/checkpoint-store.js';
import { DraftStore } from '../store/draft-store.js';
import { MessageStore } from '../store/message-store.js';
import { KindCorrectionStore } from '../store/kind-correction-store.js';
import { asMailKind } from '../mail/kinds.js';
import type { ClassificationRules } from '../mail/classify/classification-rules.js';
import { contextFor, type AppContext } from './context.js';
import { createDraftFolders, createMailSource } from './mail-source-factory.js';
import type { SourceStatus } from '../mail/source-types.js';
import { makeLocalAuth, type DNSResolver } from '../mail/verify/local-auth.js';
import { SkippedMailStore } from '../store/skipped-mail-store.js';
import { channelsFrom } from '../notify/channels/channels.js';
import { NotificationDispatcher } from '../notify/dispatcher.js';
import { isOwnNotification, notifyKey } from '../notify/marker.js';
import { Notifier } from '../notify/notifier.js';
import { Outbox } from '../notify/outbox.js';
import type { Channel } from '../notify/notification.js';
import { EffectPlanner } from '../effects/effect-planner.js';

/** Where support's form mail comes from and goes to (a follow-up with no thread to answer). */
export const DEFAULT_SUPPORT_ADDRESS = 'aws-cs-trainingcertification-form@amazon.com';

export interface AppOptions {
  clock: Clock;
  logger: Logger;
  timers?: Timers;
  /** Replaces the configured mail source (tests). */
  sourceFactory?: (deps: MailSourceDeps) => MailSource;
  /** Replaces the mailbox's Drafts and Sent folders (tests); default: those of the configured source. */
  draftFolders?: DraftFolders;
  /** The draft writer's delays while the mailbox is down (tests shorten them). */
  draftRetryBackoff?: BackoffOptions;
  sendRaw?: SendRaw;
  /** DNS for the local DKIM/DMARC check (trust.verifyDkim); default: the system resolver. Tests serve their own keys. */
  dnsResolver?: DNSResolver;
  /** Notification retry delays (tests shorten them). */
  notifyRetryDelaysMs?: readonly number[];
  /** How often outages and expiry dates are checked without a change (ms). */
  notifyTickMs?: number;
}

/** Everything `certmerge start` runs, wired from one config; nothing started yet. */
export interface App {
  ctx: AppContext;
  messages: MessageStore;
  /** Narrowed syncs: what they did not fetch (GET /api/mail/unmatched shows them). */
  skippedMail: SkippedMailStore;
  /** Questions about unsure mail and the user's kind corrections. */
  corrections: KindCorrectionStore;
  rules: ClassificationRules;
  checkpoints: CheckpointStore;
  draftStore: DraftStore;
  pipeline: MailPipeline;
  drafts: DraftService;
  /** Drains the drafts outbox into the Drafts folder (on its own IMAP connection). */
  draftWriter: DraftWriter;
  scheduler: DeadlineScheduler;
  source: MailSource;
  outbox: Outbox;
  notifier: Notifier;
  /** The configured notification channels (their labels name them in the delivery log). */
  notifyChannels: readonly Channel[];
  mailStatus(): SourceStatus;
  /** Re-plans drafts and timers after any change (ours or another process's); resolves once the writer drained the drafts. */
  afterChange(caseIds?: string[]): Promise<void>;
  /** Listens to the mail source's status (connection, progress, errors). */
  onMailStatus(listener: (s: SourceStatus) => void): void;
}

export function buildApp(config: ResolvedConfig, opts: AppOptions): App {
  const { clock, logger } = opts;
  const ctx = contextFor(config, clock);
  const messages = new MessageStore(ctx.db);
  const skippedMail = new SkippedMailStore(ctx.db);
  const checkpoints = new CheckpointStore(ctx.db);
  const draftStore = new DraftStore(ctx.db);
  // Read once: it signs our own notification mail, and recognises it when it comes back through the inbox.
  let key: Buffer | null = null;
  const ownKey = () => (key ??= notifyKey(config.dataDir));
  const rules = loadRules(builtinRulesPath(), config.rulesFile);
  const localAuth = makeLocalAuth(opts.dnsResolver ? { resolver: opts.dnsResolver } : {});
  // trust.provider local: the local check decides trust itself (in understand), so the pipeline's second check is not needed.
  const local = config.trust.provider === 'local';
  const understand = makeUnderstand({ trust: config.trust, rules, maxBytes: config.mail.maxMessageBytes, ...(local ? { localAuth } : {}) });
  const corrections = new KindCorrectionStore(ctx.db);
  const pipeline = new MailPipeline({
    questions: {
      modelId: rules.model.id,
      correctionsFor: (id) => corrections.correctionsFor(id).map((c) => ({ id: c.id, kind: asMailKind(c.kind), vector: c.vector, subject: c.subject })),
      ask: (q) => corrections.ask(q),
    },
    understand,
    store: ctx.store,
    messages,
    checkpoints,
    drafts: draftStore,
    cases: ctx.cases,
    supportDomains: config.trust.senderDomains,
    userAddresses: [config.mail.imap?.user ?? null, config.mail.from].filter((a): a is string => a !== null),
    ...(config.trust.verifyDkim && !local ? { localAuth } : {}),
    clock,
    logger,
    isOwnMail: (raw) => raw.includes('notify.certmerge.invalid') && isOwnNotification(raw, ownKey()),
  });

  const timers = opts.timers ?? realTimers;
  const statusListeners: ((s: SourceStatus) => void)[] = [];
  // A new case, or a case that got its support case ID, may be what earlier unmatched mail was waiting for.
  const casesMarkQuery = ctx.db.prepare('SELECT COUNT(*) AS n, COUNT(support_case_id) AS bound FROM cases');
  /** source → ingest → effects (drafts planned into the outbox, notifications) → writer (the outbox into the Drafts folder). */
  // Its functions reach the writer, the drafts, the scheduler and the notifier built below: called only after start.
  const effects = new EffectPlanner({
    reconcileDrafts: (caseIds) => drafts.reconcile(caseIds),
    retryUnmatched: async () => (await pipeline.retryUnmatched()).flatMap((r) => (r.caseId ? [r.caseId] : [])),
    casesMark: () => {
      const { n, bound } = casesMarkQuery.get() as { n: number; bound: number };
      return `${n}:${bound}`;
    },
    wakeWriter: () => draftWriter.wake(),
    planNotifications: () => notifier.plan(),
    pendingDrafts: () => draftStore.countWithStatus('pending'),
    pokeScheduler: () => scheduler.poke(),
    logger,
  });
  const sourceDeps: MailSourceDeps = {
    onMessage: async (msg) => {
      const r = await pipeline.process(msg);
      if (r.outcome === 'applied' && r.caseId) await effects.messageApplied(r.caseId);
    },
    syncStarted: () => effects.batchStarted(),
    syncEnded: () => effects.batchEnded(),
    getCheckpoint: (mailbox) => checkpoints.get(mailbox),
    saveCheckpoint: (cp) => ctx.store.transaction(() => checkpoints.advance(cp, clock.now().toISOString())),
    onUidValidityChange: (mailbox, uidValidity) => {
      logger.warn({ mailbox, uidValidity }, 'UIDVALIDITY changed: rebuilding the baseline (messages already seen are skipped by Message-ID)');
      ctx.store.transaction(() => checkpoints.reset(mailbox, uidValidity, clock.now().toISOString()));
    },
    onSkipped: (s) => {
      logger.warn(s, `mail not fetched: ${s.reason}`);
      skippedMail.add({ ...s, at: clock.now().toISOString() });
    },
    searchHints: () => {
      const created = ctx.store.listCases().map((c) => c.createdAt).sort()[0];
      // Support mail predates nothing we track; a day of slack covers time zones and clock skew.
      const since = new Date((created ? new Date(created).getTime() : clock.now().getTime() - 30 * 864e5) - 864e5);
      return { since, inboxFrom: config.trust.senderDomains, subjectKeywords: ['CASE', 'AWS', 'Credly'], sentTo: config.trust.senderDomains };
    },
    onStatus: (s) => {
      statusListeners.forEach((l) => l(s));
      effects.connectionChanged(s.connected);
    },
    logger,
  };
  // OAuth2 sign-ins (mail.imap.auth / mail.smtp.auth): one session each, shared by IMAP and SMTP when SMTP reuses IMAP's.
  const signIns = mailSignIns(config);
  const smtpOAuth = signIns.smtp && signIns.smtpUser ? { user: signIns.smtpUser, accessToken: (o: { force?: boolean }) => signIns.smtp!.accessToken(o) } : undefined;
  const source = opts.sourceFactory ? opts.sourceFactory(sourceDeps) : createMailSource(config, sourceDeps, signIns);
  const draftFolders = opts.draftFolders ?? createDraftFolders(config, source, logger, signIns);
  const draftWriter = new DraftWriter({ drafts: draftStore, folders: draftFolders, clock, timers, logger, ...(opts.draftRetryBackoff ? { retryBackoff: opts.draftRetryBackoff } : {}) });
  const drafts = new DraftService({
    store: ctx.store,
    drafts: draftStore,
    messages,
    cases: ctx.cases,
    folders: draftFolders,
    writer: draftWriter,
    smtp: config.mail.smtp,
    sendRaw: opts.sendRaw ?? ((smtp, env, raw) => sendRaw(smtp, env, raw, DEFAULT_SEND_TIMEOUTS, smtpOAuth)),
    from: config.mail.from,
    supportAddress: DEFAULT_SUPPORT_ADDRESS,
    clock,
    logger,
  });
  const scheduler = new DeadlineScheduler({
    clock,
    timers,
    fireDue: () => ctx.cases.fireDueDeadlines(),
    nextDueAt: () => ctx.cases.nextDeadline()?.dueAt ?? null,
    onFired: (results) => {
      for (const r of results) logger.info({ caseId: r.caseId, from: r.before, to: r.after }, 'deadline passed');
      void effects.changed(results.map((r) => r.caseId));
    },
    onError: (err) => logger.error({ err }, 'deadline scheduler failed'),
  });

  const outbox = new Outbox(ctx.db);
  const notifyChannels = channelsFrom(config, { key: ownKey, now: () => clock.now(), signIns });
  const dispatcher = new NotificationDispatcher({ outbox, channels: notifyChannels, clock, timers, logger, retryDelaysMs: opts.notifyRetryDelaysMs });
  const notifier = new Notifier({ db: ctx.db, outbox, dispatcher, clock, timers, config, mailStatus: () => source.status(), logger, tickMs: opts.notifyTickMs });
  const app: App = {
    ctx,
    messages,
    skippedMail,
    corrections,
    rules,
    checkpoints,
    draftStore,
    pipeline,
    drafts,
    draftWriter,
    scheduler,
    source,
    outbox,
    notifier,
    notifyChannels,
    mailStatus: () => source.status(),
    onMailStatus: (l) => statusListeners.push(l),
    afterChange: (caseIds) => effects.changed(caseIds),
  };
  return app;
}
