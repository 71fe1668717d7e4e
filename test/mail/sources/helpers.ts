/** A fake pipeline for source tests: stores checkpoints like the real one, records what arrived. */
import type { FolderCheckpoint, IncomingMessage, SourceStatus } from '../../../src/mail/source-types.js';
import type { MailSourceDeps, SearchHints } from '../../../src/mail/sources/mail-source.js';
import { waitFor } from '../../support/wait-for.js';

export interface LogEntry {
  level: 'info' | 'warn' | 'error' | 'debug';
  obj: object;
  msg?: string;
}

export interface FakePipeline {
  deps: MailSourceDeps;
  received: IncomingMessage[];
  checkpoints: Map<string, FolderCheckpoint>;
  uidValidityChanges: Array<{ mailbox: string; uidValidity: string }>;
  statuses: SourceStatus[];
  logs: LogEntry[];
  /** Makes the next n onMessage calls throw. */
  failNext(n: number): void;
  messageIds(): string[];
  waitFor(pred: () => boolean, what: string, timeoutMs?: number): Promise<void>;
}

export function fakePipeline(opts: { hints?: Partial<SearchHints>; checkpoints?: Map<string, FolderCheckpoint> } = {}): FakePipeline {
  const received: IncomingMessage[] = [];
  const checkpoints = opts.checkpoints ?? new Map<string, FolderCheckpoint>();
  const uidValidityChanges: FakePipeline['uidValidityChanges'] = [];
  const statuses: SourceStatus[] = [];
  const logs: LogEntry[] = [];
  let failures = 0;
  const log =
    (level: LogEntry['level']) =>
    (obj: object, msg?: string): void => {
      logs.push(msg === undefined ? { level, obj } : { level, obj, msg });
    };
  const deps: MailSourceDeps = {
    async onMessage(m) {
      if (failures > 0) {
        failures--;
        throw new Error('simulated pipeline failure');
      }
      received.push(m);
      // The real pipeline stores effects and checkpoint in one transaction.
      checkpoints.set(m.mailbox, { mailbox: m.mailbox, uidValidity: m.uidValidity, lastUid: m.uid });
    },
    getCheckpoint: (mailbox) => checkpoints.get(mailbox) ?? null,
    saveCheckpoint: (cp) => {
      checkpoints.set(cp.mailbox, { ...cp });
    },
    onUidValidityChange(mailbox, uidValidity) {
      uidValidityChanges.push({ mailbox, uidValidity });
      checkpoints.delete(mailbox);
    },
    searchHints: () => ({
      since: new Date(Date.now() - 7 * 86400_000),
      inboxFrom: ['amazon.com', 'credly.com'],
      subjectKeywords: ['CASE'],
      sentTo: ['amazon.com'],
      ...opts.hints,
    }),
    onStatus: (s) => statuses.push(s),
    logger: { info: log('info'), warn: log('warn'), error: log('error'), debug: log('debug') },
  };
  return {
    deps,
    received,
    checkpoints,
    uidValidityChanges,
    statuses,
    logs,
    failNext(n) {
      failures = n;
    },
    messageIds: () => received.map((m) => /^Message-ID:\s*(\S+)/im.exec(m.raw.toString('latin1'))?.[1] ?? '?'),
    waitFor: (pred, what, timeoutMs = 5000) => waitFor(pred, what, timeoutMs).then(() => undefined),
  };
}

export { waitFor };

let counter = 0;

/** A small RFC 5322 message. */
export function mail(o: { from?: string; to?: string; subject?: string; id?: string; body?: string; date?: Date } = {}): { raw: Buffer; id: string } {
  const id = o.id ?? `<t${++counter}.${Date.now()}@test.example>`;
  const raw = [
    `From: ${o.from ?? 'aws-cs-trainingcertification-form@amazon.com'}`,
    `To: ${o.to ?? 'taro@example.com'}`,
    `Subject: ${o.subject ?? `RE:[CASE ${170000 + counter}] [AWS Training and Certification Form Submission] - account-assistance`}`,
    `Message-ID: ${id}`,
    `Date: ${(o.date ?? new Date()).toUTCString()}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    o.body ?? 'Hello, thank you for contacting AWS Training and Certification.',
    '',
  ].join('\r\n');
  return { raw: Buffer.from(raw, 'utf8'), id };
}
