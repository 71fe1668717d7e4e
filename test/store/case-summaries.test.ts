import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { systemClock } from '../../src/clock/clock.js';
import { mockDate, type MockedDate } from '../support/mock-time.js';
import { CaseService } from '../../src/cases/case-service.js';
import { CaseStore } from '../../src/store/case-store.js';
import { DraftStore } from '../../src/store/draft-store.js';
import { openDatabase, type Db } from '../../src/store/database.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import type { LifecycleEvent } from '../../src/machines/events.js';
import { sampleCase } from '../support/case-files.js';

const settings = { acknowledgementHours: 24, supportReplyBusinessDays: 2, completionBusinessDays: 5 };

describe('case summaries and change marks (migration 3)', () => {
  let dir: string;
  let dbs: Db[];
  const clock = systemClock;
  let time: MockedDate;
  const file = () => join(dir, 'certmerge.db');
  const open = () => {
    const db = openDatabase(file());
    dbs.push(db);
    const store = new CaseStore(db);
    return { db, store, service: new CaseService(store, { clock, deadlines: settings }) };
  };
  const ev = (type: string, extra: object = {}) => ({ type, at: clock.now().toISOString(), source: 'user', ...extra }) as LifecycleEvent;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'certmerge-summaries-'));
    dbs = [];
    time = mockDate('2026-01-05T09:00:00Z');
  });
  afterEach(() => {
    time.restore();
    dbs.forEach((d) => d.open && d.close());
    rmSync(dir, { recursive: true, force: true });
  });

  it('should upgrade a version 2 database without losing anything, and keep its marks from then on', () => {
    // A database as certmerge left it before migration 3.
    const old = new Database(file());
    old.pragma('journal_mode = WAL');
    old.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const m of MIGRATIONS.filter((x) => x.version <= 2)) {
      old.exec(m.sql);
      old.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, '2026-01-01T00:00:00.000Z');
    }
    // The cases are made by today's code in a scratch database, then copied over in the version 2 columns.
    const scratchFile = join(dir, 'scratch.db');
    const scratchDb = openDatabase(scratchFile);
    const v2 = new CaseService(new CaseStore(scratchDb), { clock, deadlines: settings });
    const a = v2.create(sampleCase()).id;
    const b = v2.create(sampleCase()).id;
    time.advance(60_000);
    for (const t of ['prepared', 'case-submitted']) v2.apply(b, ev(t));
    v2.apply(b, { type: 'acknowledgement', at: clock.now().toISOString(), source: 'mail', messageId: '<a@amazon.com>', supportCaseId: '171234567890' });
    const before = [a, b].map((id) => v2.view(id));
    scratchDb.close();
    old.exec(`ATTACH '${scratchFile}' AS s`);
    old.exec(`INSERT INTO cases SELECT id, created_at, updated_at, case_file, state, state_path, support_case_id, snapshot, version FROM s.cases;
              INSERT INTO events SELECT * FROM s.events; INSERT INTO deadlines SELECT * FROM s.deadlines;`);
    old.exec('DETACH s');
    old.close();

    const { db, store, service } = open();
    assert.deepEqual(db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all(), MIGRATIONS.map((m) => m.version));
    assert.deepEqual([a, b].map((id) => service.view(id)), before, 'every case reads as before');
    assert.deepEqual(store.listCases().map((r) => r.tags), [['beforeSubmission', 'open'], ['open', 'waitingOnSupport']], 'tags filled in from the snapshots');
    assert.deepEqual(service.summaries({ limit: 10, offset: 0 }).items.map((s) => [s.id, s.state, s.supportCaseId]), [
      [b, 'awaitingSupport', '171234567890'],
      [a, 'preparing', null],
    ]);
    const changes = store.changeMark();
    service.apply(a, ev('prepared'));
    assert.notEqual(store.changeMark(), changes, 'a commit moves the change mark');
    assert.equal(db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'change_marks_d%'").pluck().get(), 0, 'the page mark’s triggers are gone');
  });

  it('should move the data version with another connection’s commits only, never with its own', () => {
    const daemon = open();
    const cli = open();
    const { id } = daemon.service.create(sampleCase());
    let v = daemon.store.dataVersion();
    daemon.service.apply(id, ev('prepared'));
    assert.equal(daemon.store.dataVersion(), v, 'its own commit');
    cli.service.apply(id, ev('case-submitted'));
    assert.notEqual(daemon.store.dataVersion(), v, 'the CLI’s commit');
    v = daemon.store.dataVersion();
    cli.store.setDeadline(id, null);
    assert.notEqual(daemon.store.dataVersion(), v, 'any commit of the CLI, not only case changes');
  });

  it('should not move the change mark with drafts and deadlines alone; move it with another connection’s commits', () => {
    const daemon = open();
    const cli = open();
    const { id } = cli.service.create(sampleCase());
    let changes = daemon.store.changeMark();
    cli.service.apply(id, ev('prepared'));
    assert.notEqual(daemon.store.changeMark(), changes);

    changes = daemon.store.changeMark();
    const drafts = new DraftStore(cli.db);
    const now = clock.now().toISOString();
    drafts.insertOnce({ id: 'd1', caseId: id, kind: 'info', answersKey: '<m@x>', status: 'drafted', messageId: '<d1@x>', inReplyTo: '<m@x>', subject: 's', to: 't@x', language: 'ja', raw: Buffer.from('x'), text: 'x', createdAt: now, updatedAt: now });
    assert.equal(daemon.store.changeMark(), changes, 'a draft is not a case change (the daemon does not react to its own drafts)');
    drafts.setStatus('d1', 'discarded', now);
    assert.equal(daemon.store.changeMark(), changes);
    cli.store.setDeadline(id, null);
    cli.store.setDeadline(id, { kind: 'supportReply', dueAt: '2026-01-07T09:00:00.000Z', event: 'support-overdue' });
    assert.equal(daemon.store.changeMark(), changes);
  });

  it('should page the list: open cases first, then the most recently updated, with due times and labels', () => {
    const { service } = open();
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      time.advance(60_000);
      ids.push(service.create(sampleCase({ requester: { name: `Person ${i}` } })).id);
    }
    time.advance(60_000);
    service.apply(ids[0]!, ev('cancel'));
    time.advance(60_000);
    for (const t of ['prepared', 'case-submitted']) service.apply(ids[1]!, ev(t));
    const all = service.summaries({ limit: 100, offset: 0 });
    assert.equal(all.total, 7);
    assert.deepEqual(all.items.map((s) => s.id), [ids[1], ids[6], ids[5], ids[4], ids[3], ids[2], ids[0]], 'cancelled last although it changed recently');
    const first = all.items[0]!;
    assert.equal(first.state, 'awaitingAcknowledgement');
    assert.equal(first.dueAt, '2026-01-06T09:09:00.000Z');
    assert.equal(first.requesterName, 'Person 1');
    assert.equal(first.targetCandidateId, sampleCase().target.candidateId);
    assert.equal(first.sourceCandidateId, sampleCase().source.candidateId);
    const page2 = service.summaries({ limit: 3, offset: 3 });
    assert.equal(page2.total, 7);
    assert.deepEqual(page2.items.map((s) => s.id), all.items.slice(3, 6).map((s) => s.id));
    assert.deepEqual(service.summaries({ limit: 3, offset: 9 }).items, []);
  });

  it('should list the contract items in creation order without reading snapshots', () => {
    const { service, store } = open();
    const a = service.create(sampleCase()).id;
    time.advance(1000);
    const b = service.create(sampleCase()).id;
    service.apply(b, ev('prepared'));
    assert.deepEqual(service.list(), [
      { id: a, state: 'preparing', supportCaseId: null },
      { id: b, state: 'caseDraft', supportCaseId: null },
    ]);
    assert.deepEqual(service.list(), store.listCases().map((r) => ({ id: r.id, state: r.state, supportCaseId: r.supportCaseId })));
  });

  it('should use the list index for a page of the list', () => {
    const { db } = open();
    const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT rowid FROM cases ORDER BY (instr(',' || tags || ',', ',open,') = 0), updated_at DESC, id LIMIT 50`).all() as { detail: string }[];
    assert.match(plan.map((p) => p.detail).join('\n'), /USING COVERING INDEX cases_list_open/);
  });
});
