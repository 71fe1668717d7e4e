import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../src/store/database.js';
import { MessageStore, type StoredMessage } from '../../src/store/message-store.js';

const msg = (over: Partial<StoredMessage>): StoredMessage => ({
  messageId: '<m@x>', role: 'inbox', mailbox: 'INBOX', uid: 1, processedAt: '2026-01-05T09:00:00Z', sentAt: null, from: 'a@amazon.com', subject: 's', kind: 'support_reply', trusted: true, caseId: null, outcome: 'applied', understanding: {}, ...over,
});

describe('the unsorted mail query', () => {
  it('should list unmatched, unverified and unreadable inbox mail, newest first, and not what was applied, unrelated or ignored', () => {
    const dir = mkdtempSync(join(tmpdir(), 'certmerge-unsorted-'));
    const db = openDatabase(join(dir, 'certmerge.db'));
    const s = new MessageStore(db);
    s.insert(msg({ messageId: '<unmatched@x>', outcome: 'unmatched', processedAt: '2026-01-05T09:00:01Z' }), null);
    s.insert(msg({ messageId: '<untrusted@x>', trusted: false, outcome: 'ignored', kind: 'confirmation_request', processedAt: '2026-01-05T09:00:02Z' }), null);
    s.insert(msg({ messageId: '<broken@x>', outcome: 'ignored', understanding: { problems: ['bad MIME'] }, processedAt: '2026-01-05T09:00:03Z' }), null);
    s.insert(msg({ messageId: '<applied@x>', trusted: false }), null);
    s.insert(msg({ messageId: '<ad@x>', trusted: false, kind: 'unrelated', outcome: 'unrelated' }), null);
    s.insert(msg({ messageId: '<sent@x>', role: 'sent', outcome: 'unmatched' }), null);
    assert.deepEqual(s.unsorted().map((m) => m.messageId), ['<broken@x>', '<untrusted@x>', '<unmatched@x>']);
    s.ignoreUnsorted('<untrusted@x>', '2026-01-05T10:00:00Z');
    s.ignoreUnsorted('<untrusted@x>', '2026-01-05T10:00:01Z');
    assert.deepEqual(s.unsorted().map((m) => m.messageId), ['<broken@x>', '<unmatched@x>']);
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
