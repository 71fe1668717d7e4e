import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CaseService } from '../../src/cases/case-service.js';
import { CANDIDATE_PAIR_SQL, CaseStore } from '../../src/store/case-store.js';
import { openDatabase, type Db } from '../../src/store/database.js';
import { AppError } from '../../src/errors.js';
import type { LifecycleEvent } from '../../src/machines/events.js';
import { sampleCase } from '../support/case-files.js';

const settings = { acknowledgementHours: 24, supportReplyBusinessDays: 2, completionBusinessDays: 5 };
const ev = (type: string, extra: object = {}) => ({ type, at: '2026-01-05T09:00:00.000Z', source: 'user', ...extra }) as LifecycleEvent;

describe('the case store', () => {
  let dir: string;
  let dbs: Db[];
  const open = () => {
    const db = openDatabase(join(dir, 'certmerge.db'));
    dbs.push(db);
    return { db, service: new CaseService(new CaseStore(db), { clock: { now: () => new Date('2026-01-05T09:00:00Z') }, deadlines: settings }) };
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'certmerge-store-'));
    dbs = [];
  });
  afterEach(() => {
    dbs.forEach((d) => d.open && d.close());
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  });

  it('should use WAL and record its migrations', () => {
    const { db } = open();
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    assert.ok((db.prepare('SELECT COUNT(*) FROM schema_migrations').pluck().get() as number) >= 1);
  });

  it('should restore every case to the same state after a restart', () => {
    const a = open();
    const ids = [a.service.create(sampleCase()).id, a.service.create(sampleCase()).id, a.service.create(sampleCase()).id];
    a.service.apply(ids[0]!, ev('prepared'));
    for (const t of ['prepared', 'case-submitted']) a.service.apply(ids[1]!, ev(t));
    a.service.apply(ids[1]!, ev('acknowledgement', { supportCaseId: '171234567890' }));
    for (const t of ['prepared', 'cancel']) a.service.apply(ids[2]!, ev(t));
    const before = ids.map((id) => a.service.view(id));
    a.db.close();
    const b = open();
    assert.deepEqual(ids.map((id) => b.service.view(id)), before);
    assert.deepEqual(b.service.list().map((c) => c.state), ['caseDraft', 'awaitingSupport', 'cancelled']);
  });

  it('should let two processes share the data: a change by one is seen by the other', () => {
    const cli = open();
    const daemon = open();
    const { id } = cli.service.create(sampleCase());
    assert.equal(daemon.service.view(id).state, 'preparing');
    const markBefore = new CaseStore(daemon.db).changeMark();
    cli.service.apply(id, ev('prepared'));
    assert.equal(daemon.service.view(id).state, 'caseDraft');
    assert.notEqual(new CaseStore(daemon.db).changeMark(), markBefore, 'the change mark moves');
    daemon.service.apply(id, ev('case-submitted'));
    assert.equal(cli.service.view(id).state, 'awaitingAcknowledgement');
  });

  it('should refuse an event the state does not allow and change nothing', () => {
    const { service, db } = open();
    const { id } = service.create(sampleCase());
    const before = service.view(id);
    const rows = db.prepare('SELECT COUNT(*) FROM events').pluck().get();
    assert.throws(() => service.apply(id, ev('confirmation-sent')), (err: unknown) => err instanceof AppError && err.code === 'EVENT_NOT_ALLOWED' && /not allowed in state preparing/.test(err.message));
    assert.deepEqual(service.view(id), before);
    assert.equal(db.prepare('SELECT COUNT(*) FROM events').pluck().get(), rows);
  });

  it('should refuse to bind one support case ID to two cases', () => {
    const { service } = open();
    const a = service.create(sampleCase()).id;
    const b = service.create(sampleCase()).id;
    for (const id of [a, b]) for (const t of ['prepared', 'case-submitted']) service.apply(id, ev(t));
    service.apply(a, ev('acknowledgement', { supportCaseId: '42' }));
    assert.throws(() => service.apply(b, ev('acknowledgement', { supportCaseId: '42' })), /already belongs to case/);
    assert.equal(service.view(b).state, 'awaitingAcknowledgement');
  });

  it('should keep the event log append-only', () => {
    const { service, db } = open();
    service.create(sampleCase());
    assert.throws(() => db.prepare('DELETE FROM events').run(), /append-only/);
    assert.throws(() => db.prepare(`UPDATE events SET summary = 'x'`).run(), /append-only/);
  });

  it('should find the cases holding a pair of accounts, either way round, by one indexed query', () => {
    const { service, db } = open();
    const a = sampleCase();
    const swapped = sampleCase({ target: a.source, source: a.target });
    const other = sampleCase({ source: { ...a.source, candidateId: 'AWS09999999' } });
    const [first, second, third, gone] = [a, swapped, other, a].map((f) => service.create(f).id);
    service.delete(gone!);
    assert.deepEqual(service.sameAccounts(a), [first, second], 'either way round, oldest first, the deleted case left out');
    assert.deepEqual(service.sameAccounts(swapped, first), [second]);
    assert.deepEqual(service.sameAccounts(other), [third]);
    assert.deepEqual(service.sameAccounts(sampleCase({ source: { ...a.source, candidateId: 'AWS00000001' } })), []);
    const [lo, hi] = CANDIDATE_PAIR_SQL;
    const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT id FROM cases WHERE ${lo} = min(@a, @b) AND ${hi} = max(@a, @b)`).all({ a: 'x', b: 'y' }) as { detail: string }[];
    assert.ok(plan.some((r) => r.detail.includes('USING INDEX cases_candidate_pair')), JSON.stringify(plan));
  });

  it('should record every event with its source, time and Message-ID', () => {
    const { service } = open();
    const { id } = service.create(sampleCase());
    for (const t of ['prepared', 'case-submitted']) service.apply(id, ev(t));
    service.apply(id, { type: 'acknowledgement', at: '2026-01-05T10:00:00.000Z', source: 'mail', messageId: '<a@amazon.com>', supportCaseId: '7' });
    service.record(id, { at: '2026-01-05T11:00:00.000Z', type: 'mail-ignored', source: 'mail', messageId: '<b@evil.example>', summary: 'Untrusted sender' });
    const t = service.view(id).timeline;
    assert.deepEqual(t.map((e) => [e.type, e.source, e.outcome]), [
      ['created', 'user', 'created'], ['prepared', 'user', 'applied'], ['case-submitted', 'user', 'applied'],
      ['acknowledgement', 'mail', 'applied'], ['mail-ignored', 'mail', 'ignored'],
    ]);
    assert.equal(t[3]!.messageId, '<a@amazon.com>');
    assert.equal(t[3]!.at, '2026-01-05T10:00:00.000Z');
    assert.equal(service.view(id).state, 'awaitingSupport', 'an ignored mail moves nothing');
  });

  it('should give a clear error and keep the data when the database is read-only', () => {
    const a = open();
    const { id } = a.service.create(sampleCase());
    a.db.close();
    const ro = openDatabase(join(dir, 'certmerge.db'), { readonly: true });
    dbs.push(ro);
    const service = new CaseService(new CaseStore(ro), { clock: { now: () => new Date('2026-01-05T09:00:00Z') }, deadlines: settings });
    assert.throws(() => service.apply(id, ev('prepared')), (err: unknown) => err instanceof AppError && err.code === 'STORAGE' && /read-only; nothing was changed/.test(err.message));
    assert.equal(service.view(id).state, 'preparing');
  });
});
