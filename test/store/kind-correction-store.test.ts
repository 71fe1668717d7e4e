import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { openDatabase } from '../../src/store/database.js';
import { KindCorrectionStore } from '../../src/store/kind-correction-store.js';

const dir = mkdtempSync(join(tmpdir(), 'certmerge-corrections-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('KindCorrectionStore (migration 5)', () => {
  it('keeps one open question per message until it is answered', () => {
    const db = openDatabase(join(dir, 'q.db'));
    const s = new KindCorrectionStore(db);
    const q = { messageId: '<m1@x>', caseId: 'c1', kinds: ['confirmation_request' as const], guess: 'support_reply', confidence: 0.4, askedAt: '2026-01-01T00:00:00Z' };
    s.ask(q);
    s.ask({ ...q, guess: 'other' });
    assert.deepEqual(s.openQuestions('c1').map((x) => [x.messageId, x.guess, x.kinds]), [['<m1@x>', 'support_reply', ['confirmation_request']]]);
    assert.equal(s.answer('<m1@x>', 'confirmation_request', '2026-01-01T01:00:00Z'), true);
    assert.equal(s.answer('<m1@x>', 'confirmation_request', '2026-01-01T01:00:00Z'), false);
    assert.deepEqual(s.openQuestions('c1'), []);
    db.close();
  });

  it('lists the corrections made with a model, replaces one per message and removes them', () => {
    const db = openDatabase(join(dir, 'c.db'));
    const s = new KindCorrectionStore(db);
    const base = { messageId: '<m2@x>', caseId: 'c1', kind: 'merge_completed' as const, was: 'support_reply', subject: 'RE: case', vector: { rows: [1], values: [1] }, model: 'A', createdAt: '2026-01-01T00:00:00Z' };
    const id = s.addCorrection(base);
    assert.equal(s.addCorrection({ ...base, kind: 'case_closed' }), id);
    assert.deepEqual(s.correctionsFor('A').map((c) => c.kind), ['case_closed']);
    assert.deepEqual(s.correctionsFor('B'), []);
    assert.equal(s.removeCorrection(id), true);
    assert.deepEqual(s.correctionsFor('A'), []);
    db.close();
  });
});
