import { mkdtempSync, rmSync } from 'node:fs';
import { afterEach, beforeEach } from 'node:test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock, type Clock } from '../../../src/clock/clock.js';
import { mockDate, type MockedDate } from '../../support/mock-time.js';
import { CaseService } from '../../../src/cases/case-service.js';
import { resolveConfig, type ResolvedConfig } from '../../../src/config/load.js';
import { AppError } from '../../../src/errors.js';
import type { StoredCorrection } from '../../../src/store/kind-correction-store.js';
import type { MailKind } from '../../../src/mail/kinds.js';
import type { SourceStatus } from '../../../src/mail/source-types.js';
import type { LifecycleEvent } from '../../../src/machines/events.js';
import { CaseStore } from '../../../src/store/case-store.js';
import { openDatabase, type Db } from '../../../src/store/database.js';
import { startDashboard, type DashboardOptions } from '../../../src/server/dashboard.js';
import type { DashboardDeps, DraftActions, KindQuestion, MessageActions, UnsortedMail } from '../../../src/server/deps.js';
import type { DraftView } from '../../../src/replies/draft-view.js';

export const T0 = '2026-01-05T09:00:00.000Z';
const deadlines = { acknowledgementHours: 24, supportReplyBusinessDays: 2, completionBusinessDays: 5 };

/** Drafts kept in memory; `send` moves the case the way the real one does, or fails on demand. */
export class FakeDrafts implements DraftActions {
  readonly drafts = new Map<string, DraftView>();
  failNextSend: string | null = null;
  /** Moves with every change, as the drafts table's rows do for the real change marks (these drafts live in memory). */
  version = 0;
  constructor(private readonly cases: () => CaseService, private readonly clock: Clock) {}

  add(caseId: string, kind: DraftView['kind'], over: Partial<DraftView> = {}): DraftView {
    const id = `d${this.drafts.size + 1}`;
    const d: DraftView = {
      id,
      caseId,
      kind,
      status: 'drafted',
      messageId: `<draft-${id}@certmerge.local>`,
      inReplyTo: '<support-1@amazon.com>',
      subject: 'RE:[CASE 171234567890] [AWS Training and Certification Form Submission] - account-assistance',
      to: 'aws-cs-trainingcertification-form@amazon.com',
      language: 'ja',
      createdAt: this.clock.now().toISOString(),
      sentAt: null,
      error: null,
      text: 'ご担当者様\n\n統合をお願いいたします。<b>not bold</b>\n\n山田 太郎',
      ...over,
    };
    this.drafts.set(id, d);
    this.version++;
    return d;
  }
  list(caseId: string): DraftView[] {
    return [...this.drafts.values()].filter((d) => d.caseId === caseId);
  }
  get(id: string): DraftView | null {
    return this.drafts.get(id) ?? null;
  }
  async send(id: string): Promise<DraftView> {
    const d = this.drafts.get(id);
    if (!d) throw new AppError('NOT_FOUND', `no draft ${id}`);
    if (this.failNextSend) {
      const msg = this.failNextSend;
      this.failNextSend = null;
      throw new AppError('SEND_FAILED', msg);
    }
    const at = this.clock.now().toISOString();
    this.cases().apply(d.caseId, { type: d.kind === 'confirmation' ? 'confirmation-sent' : 'reply-sent', at, source: 'user', messageId: d.messageId } as LifecycleEvent);
    const sent = { ...d, status: 'sent' as const, sentAt: at };
    this.drafts.set(id, sent);
    this.version++;
    return sent;
  }
  async edit(id: string, text: string): Promise<DraftView> {
    const d = this.drafts.get(id);
    if (!d) throw new AppError('NOT_FOUND', `no draft ${id}`);
    const out = { ...d, text };
    this.drafts.set(id, out);
    this.version++;
    return out;
  }
  async discard(id: string): Promise<DraftView> {
    const d = this.drafts.get(id);
    if (!d) throw new AppError('NOT_FOUND', `no draft ${id}`);
    const out = { ...d, status: 'discarded' as const };
    this.drafts.set(id, out);
    this.version++;
    return out;
  }
}

export class FakeMessages implements MessageActions {
  readonly raws = new Map<string, Buffer>();
  readonly waiting: UnsortedMail[] = [];
  unsorted(): UnsortedMail[] {
    return [...this.waiting];
  }
  ignore(messageId: string): void {
    const i = this.waiting.findIndex((m) => m.messageId === messageId);
    if (i >= 0) this.waiting.splice(i, 1);
  }
  assign(messageId: string, caseId: string): void {
    const m = this.waiting.find((x) => x.messageId === messageId);
    if (!m) throw new AppError('NOT_FOUND', `no message ${messageId}`);
    this.ignore(messageId);
    const at = this.clock.now().toISOString();
    this.cases().apply(caseId, (m.kind === 'acknowledgement' ? { type: 'acknowledgement', at, source: 'user', messageId, supportCaseId: '171234567890' } : { type: m.kind ?? 'support_reply', at, source: 'user', messageId }) as LifecycleEvent);
  }
  readonly reclassified: { caseId: string; messageId: string; kind: MailKind }[] = [];
  constructor(private readonly cases: () => CaseService, private readonly clock: Clock) {}
  raw(messageId: string): Buffer | null {
    return this.raws.get(messageId) ?? null;
  }
  reclassify(caseId: string, messageId: string, kind: MailKind): void {
    this.reclassified.push({ caseId, messageId, kind });
    if (kind === 'unrelated') return;
    const at = this.clock.now().toISOString();
    const event = (kind === 'acknowledgement' ? { type: kind, at, source: 'user', messageId, supportCaseId: '171234567890' } : { type: kind, at, source: 'user', messageId }) as LifecycleEvent;
    this.cases().apply(caseId, event);
  }
  readonly bound: { caseId: string; messageId: string }[] = [];
  bindReceipt(caseId: string, messageId: string): void {
    this.bound.push({ caseId, messageId });
    this.cases().apply(caseId, { type: 'acknowledgement', supportCaseId: '171234567890', at: this.clock.now().toISOString(), source: 'user', messageId });
  }
  readonly openQuestions: KindQuestion[] = [];
  readonly kept: StoredCorrection[] = [];
  questions(caseId: string): KindQuestion[] {
    return this.openQuestions.filter((q) => q.caseId === caseId && !this.reclassified.some((r) => r.messageId === q.messageId));
  }
  corrections(): StoredCorrection[] {
    return this.kept;
  }
  removeCorrection(id: number): boolean {
    const i = this.kept.findIndex((c) => c.id === id);
    if (i >= 0) this.kept.splice(i, 1);
    return i >= 0;
  }
}

export interface Harness {
  dir: string;
  db: Db;
  cases: CaseService;
  /** The system clock; `Date` is mocked from `now` (default T0) until `close()`. */
  clock: Clock;
  /** Moves that time: node:test mock timers (Date only). */
  time: MockedDate;
  drafts: FakeDrafts;
  messages: FakeMessages;
  status: SourceStatus;
  deps: DashboardDeps;
  logs: { level: string; o: object; m?: string }[];
  /** A second connection to the same database file, as the CLI would open it. */
  otherProcess(): CaseService;
  close(): void;
}

/** The dashboard's config; with an SMTP server unless `smtp` is false (sending is then not offered). */
export function testConfig(dashboard: { host?: string; port?: number; token?: string } = {}, smtp = true): ResolvedConfig {
  const { port = 0, ...rest } = dashboard;
  const c = resolveConfig({ dashboard: { host: '127.0.0.1', port: 4780, ...rest }, ...(smtp ? { mail: { smtp: { host: '127.0.0.1', port: 2525, secure: false } } } : {}) }, tmpdir(), 'test config', {});
  // The schema wants a real port; tests listen on any free one.
  return { ...c, dashboard: { ...c.dashboard, port } };
}

/** A case service on a temporary SQLite file, fake drafts, messages and mail status. */
export function harness(opts: { token?: string; host?: string; now?: string; smtp?: boolean } = {}): Harness {
  const dir = mkdtempSync(join(tmpdir(), 'certmerge-server-'));
  const file = join(dir, 'certmerge.db');
  const db = openDatabase(file);
  const time = mockDate(opts.now ?? T0);
  const clock = systemClock;
  const store = new CaseStore(db);
  const cases = new CaseService(store, { clock, deadlines });
  const drafts = new FakeDrafts(() => cases, clock);
  const messages = new FakeMessages(() => cases, clock);
  const status: SourceStatus = { kind: 'imap', connected: true, lastSyncAt: T0, downSince: null, lastError: null, progress: null };
  const logs: Harness['logs'] = [];
  const log = (level: string) => (o: object, m?: string) => void logs.push({ level, o, m });
  const others: Db[] = [];
  const deps: DashboardDeps = {
    config: testConfig({ token: opts.token, host: opts.host }, opts.smtp ?? true),
    db,
    cases,
    // The drafts are in memory here, not in the database: they move the mark themselves.
    changeMark: () => `${store.changeMark()}~${drafts.version}`,
    applyUserEvent: (id, e) => void cases.apply(id, e),
    drafts,
    messages,
    mailStatus: () => ({ ...status }),
    clock,
    logger: { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') },
  };
  return {
    dir,
    db,
    cases,
    clock,
    time,
    drafts,
    messages,
    status,
    deps,
    logs,
    otherProcess() {
      const other = openDatabase(file);
      others.push(other);
      return new CaseService(new CaseStore(other), { clock, deadlines });
    },
    close() {
      for (const d of [db, ...others]) if (d.open) d.close();
      rmSync(dir, { recursive: true, force: true });
      time.restore();
    },
  };
}

/** Starts the dashboard of a harness on a free loopback port. */
export type Served = { url: string; close(): Promise<void> };

export async function serve(h: Harness, opts: DashboardOptions = {}): Promise<Served> {
  return startDashboard(h.deps, { pollMs: 50, ...opts });
}

/** A fresh harness and dashboard for every test of the suite it is called in, closed after each. */
export function servedPerTest(ready: (h: Harness, server: Served) => void): void {
  let current: { h: Harness; server: Served } | null = null;
  beforeEach(async () => {
    const h = harness();
    current = { h, server: await serve(h) };
    ready(current.h, current.server);
  });
  afterEach(async () => {
    if (!current) return;
    await current.server.close();
    current.h.close();
    current = null;
  });
}

/** A mail timeline entry as the pipeline records it. */
export function mailDetail(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    from: 'aws-cs-trainingcertification-form@amazon.com',
    fromName: 'AWS Training and Certification',
    subject: 'RE:[CASE 171234567890] [AWS Training and Certification Form Submission] - account-assistance',
    kind: 'confirmation_request',
    reasons: ['subject has the case ID 171234567890', 'body asks to confirm the merge'],
    trusted: true,
    trustReasons: ['DKIM pass for amazon.com (mx.example.com)'],
    newText: 'アカウントの統合を進めてよろしいでしょうか。統合は元に戻せません。',
    language: 'ja',
    autoReply: false,
    problems: [],
    ...over,
  };
}
