import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase } from '../../src/store/database.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { MessageStore, type StoredMessage } from '../../src/store/message-store.js';
import { contentDigest } from '../../src/mail/parse/content-digest.js';

const row = (over: Partial<StoredMessage>): StoredMessage => ({
  messageId: '<m@amazon.com>', role: 'inbox', mailbox: 'INBOX', uid: 1, processedAt: '2026-01-01T00:00:00.000Z', sentAt: null, from: 'a@amazon.com',
  subject: 's', kind: 'info_request', trusted: false, caseId: null, outcome: 'unmatched', understanding: {}, digest: 'd1', ...over,
});

describe('processed messages, keyed on what they are', () => {
  it('should keep a forged and a genuine version of one Message-ID apart, the genuine one under the Message-ID', () => {
    const db = openDatabase(':memory:');
    const m = new MessageStore(db);
    m.insert(row({ trusted: false, outcome: 'ignored', digest: 'forged' }), null);
    assert.equal(m.hasVersion('<m@amazon.com>', 'forged', false), true);
    assert.equal(m.hasVersion('<m@amazon.com>', 'genuine', true), false, 'an unverified copy never hides a verified one');
    m.insert(row({ trusted: true, outcome: 'applied', digest: 'genuine' }), null);
    assert.equal(m.get('<m@amazon.com>')?.outcome, 'applied');
    assert.equal(m.hasVersion('<m@amazon.com>', 'forged', false), true, 'the forged version stays known');
    // A later forgery does not displace the genuine row.
    m.insert(row({ trusted: false, outcome: 'ignored', digest: 'forged2' }), null);
    assert.equal(m.get('<m@amazon.com>')?.digest, 'genuine');
    db.close();
  });

  it('should count a row from before migration 6 for the same Message-ID and verdict only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'certmerge-versions-'));
    try {
      const file = join(dir, 'db.sqlite');
      const old = new Database(file);
      old.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
      for (const mig of MIGRATIONS.filter((x) => x.version <= 3)) {
        old.exec(mig.sql);
        old.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(mig.version, mig.name, '2026-01-01T00:00:00.000Z');
      }
      old.prepare(`INSERT INTO messages (message_id, role, mailbox, processed_at, trusted, outcome, understanding) VALUES ('<old@amazon.com>', 'inbox', 'INBOX', '2026-01-01', 0, 'ignored', '{}')`).run();
      old.close();
      const db = openDatabase(file);
      const m = new MessageStore(db);
      assert.equal(m.hasVersion('<old@amazon.com>', 'any', false), true);
      assert.equal(m.hasVersion('<old@amazon.com>', 'any', true), false, 'a verified copy of an old unverified one is processed');
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('should digest a message the same across deliveries and line endings, and tell bodies apart', () => {
    const base = 'From: a@amazon.com\r\nSubject: x\r\n\r\nbody one\r\n';
    const d = contentDigest(Buffer.from(base));
    assert.equal(contentDigest(Buffer.from(`Received: from relay by mx; now\r\nDelivered-To: me@example.com\r\nAuthentication-Results: mx; dkim=pass\r\nX-Spam: 0\r\n${base}`)), d);
    assert.equal(contentDigest(Buffer.from(base.replaceAll('\r\n', '\n'))), d);
    assert.notEqual(contentDigest(Buffer.from(base.replace('body one', 'body two'))), d);
  });
});
