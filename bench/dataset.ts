/**
 * A data directory with many cases and a long event log, written through
 * CaseService (so every snapshot, state and deadline is real), in one
 * transaction, with a controlled clock.
 */
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { contextFor } from '../src/app/context.js';
import { resolveConfig } from '../src/config/load.js';
import type { LifecycleEvent } from '../src/machines/events.js';
import { benchCaseFile, tempDir } from './lib.js';
import { rng } from './mailbox.js';

export interface Dataset {
  dir: string;
  caseIds: string[];
  events: number;
  ms: number;
}

const TEXT =
  'Thank you for contacting AWS Training and Certification. We have reviewed both of your accounts and need a few more details ' +
  'before we can proceed with the merge: the candidate IDs of both accounts, the login email address of each account and the account ' +
  'you would like to keep. Please reply to this email with the requested information. ';

function detail(kind: string, i: number, n: number): Record<string, unknown> {
  return {
    from: 'aws-cs-trainingcertification-form@amazon.com',
    fromName: 'AWS Training and Certification',
    subject: `RE:[CASE ${170000000000 + i}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: null,
    kind,
    reasons: [`rule ${kind}-en matched "${kind.replace('_', ' ')}" in the new text`],
    trusted: true,
    trustReasons: ['dmarc=pass for amazon.com from mx.bench.certmerge.invalid'],
    newText: `${TEXT}(message ${n})`,
    language: 'en',
    autoReply: false,
    problems: [],
    truncated: false,
    via: 'subject-case-id',
  };
}

/** `cases` cases with `eventsPerCase` timeline events each, in a fresh dataDir. */
export function buildDataset(cases: number, eventsPerCase: number): Dataset {
  const t0 = performance.now();
  const dir = tempDir('data');
  const config = resolveConfig({ dataDir: dir }, dir, 'bench dataset');
  // Time moved by hand: each case's events are spread over the hours after the last one.
  let t = Date.parse('2025-06-02T09:00:00Z');
  const clock = { now: () => new Date(t) };
  const ctx = contextFor(config, clock);
  const r = rng(7);
  const caseIds: string[] = [];
  let events = 0;
  ctx.db.transaction(() => {
    for (let i = 0; i < cases; i++) {
      t += Math.floor(r() * 3600_000);
      const { id } = ctx.cases.create(benchCaseFile(i, i % 3 === 0 ? 'ja' : 'en'));
      caseIds.push(id);
      let n = 1;
      const at = () => {
        t += 60_000 + Math.floor(r() * 3600_000);
        return clock.now().toISOString();
      };
      const mail = (type: string, extra: Record<string, unknown> = {}) => {
        ctx.cases.apply(id, { type, at: at(), source: 'mail', messageId: `<bench-${i}-${n}@amazon.com>`, ...extra } as LifecycleEvent, { detail: detail(type, i, n) });
        n++;
      };
      const user = (type: string) => {
        ctx.cases.apply(id, { type, at: at(), source: 'user' } as LifecycleEvent);
        n++;
      };
      user('prepared');
      user('case-submitted');
      mail('acknowledgement', { supportCaseId: String(170000000000 + i) });
      mail('ai_answer');
      // The end state varies by case; the tail takes 1–3 events.
      const end = i % 5;
      const tail = end === 0 ? 0 : end === 1 ? 1 : end === 2 ? 2 : end === 3 ? 3 : 3;
      for (let cycle = 0; cycle < 3 && n + tail + 2 <= eventsPerCase; cycle++) {
        mail('info_request');
        ctx.cases.apply(id, { type: 'reply-sent', at: at(), source: 'mail', messageId: `<bench-${i}-${n}@example.com>` });
        n++;
      }
      // The rest of the log: mail recorded without moving the case, appended straight through the CaseStore.
      const state = ctx.store.getCase(id)?.statePath ?? null;
      while (n + tail < eventsPerCase) {
        const when = at();
        ctx.store.appendEvent({
          caseId: id, at: when, recordedAt: when, type: 'support_reply', source: 'mail', messageId: `<bench-${i}-${n}@amazon.com>`, outcome: 'ignored',
          stateBefore: state, stateAfter: state, summary: 'Ignored: automatic reply (out of office)', payload: detail('unrelated', i, n),
        });
        n++;
      }
      if (end === 1) mail('info_request');
      if (end === 2) {
        mail('confirmation_request');
        ctx.cases.apply(id, { type: 'confirmation-sent', at: at(), source: 'mail', messageId: `<bench-${i}-${n}@example.com>` });
        n++;
      }
      if (end >= 3) {
        mail('confirmation_request');
        ctx.cases.apply(id, { type: 'confirmation-sent', at: at(), source: 'mail', messageId: `<bench-${i}-${n}@example.com>` });
        n++;
        mail('merge_completed');
      }
      events += n;
    }
  })();
  ctx.close();
  return { dir, caseIds, events, ms: performance.now() - t0 };
}

/** A copy of a dataset's database in a new dataDir. */
export function copyDataset(ds: Dataset, prefix: string): string {
  const dir = tempDir(prefix);
  copyFileSync(path.join(ds.dir, 'certmerge.db'), path.join(dir, 'certmerge.db'));
  return dir;
}
