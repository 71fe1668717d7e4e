/**
 * Schema migrations, applied in order and recorded in `schema_migrations`.
 * Append only: a released migration is never edited.
 */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'cases, event log, deadlines',
    sql: `
      CREATE TABLE cases (
        id              TEXT PRIMARY KEY,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL,
        case_file       TEXT NOT NULL,            -- the validated case file, JSON
        state           TEXT NOT NULL,            -- top-level state name
        state_path      TEXT NOT NULL,            -- e.g. awaitingSupport.overdue
        support_case_id TEXT,
        snapshot        TEXT NOT NULL,            -- XState persisted snapshot, JSON
        version         INTEGER NOT NULL DEFAULT 1
      );
      CREATE UNIQUE INDEX cases_support_case_id ON cases(support_case_id) WHERE support_case_id IS NOT NULL;

      -- Append-only: rows are never updated or deleted.
      CREATE TABLE events (
        id           INTEGER PRIMARY KEY AUTOINCREMENT,
        case_id      TEXT NOT NULL REFERENCES cases(id),
        at           TEXT NOT NULL,               -- when it happened
        recorded_at  TEXT NOT NULL,               -- when certmerge stored it
        type         TEXT NOT NULL,
        source       TEXT NOT NULL CHECK (source IN ('mail','user','timer')),
        message_id   TEXT,
        outcome      TEXT NOT NULL CHECK (outcome IN ('created','applied','ignored')),
        state_before TEXT,
        state_after  TEXT,
        summary      TEXT NOT NULL,
        payload      TEXT                         -- JSON: event fields, classification reasons...
      );
      CREATE INDEX events_case ON events(case_id, id);
      CREATE INDEX events_message ON events(message_id) WHERE message_id IS NOT NULL;
      CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
      CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;

      -- At most one pending wait per case; fired_at is set once the timer event was applied.
      CREATE TABLE deadlines (
        case_id  TEXT PRIMARY KEY REFERENCES cases(id),
        kind     TEXT NOT NULL,
        due_at   TEXT NOT NULL,
        event    TEXT NOT NULL
      );
      CREATE INDEX deadlines_due ON deadlines(due_at);
    `,
  },
  {
    version: 2,
    name: 'mail: processed messages, folder checkpoints, drafts',
    sql: `
      -- Every message the pipeline has processed, keyed by Message-ID (a stable
      -- hash where it had none): the dedup record across restarts, re-uploads
      -- and UIDVALIDITY changes.
      CREATE TABLE messages (
        message_id    TEXT PRIMARY KEY,
        role          TEXT NOT NULL CHECK (role IN ('inbox','sent')),
        mailbox       TEXT NOT NULL,
        uid           INTEGER,
        processed_at  TEXT NOT NULL,
        sent_at       TEXT,                      -- the Date header
        from_addr     TEXT,
        subject       TEXT,
        kind          TEXT,
        trusted       INTEGER NOT NULL DEFAULT 0,
        case_id       TEXT REFERENCES cases(id),
        outcome       TEXT NOT NULL,             -- applied | ignored | unrelated | unmatched
        understanding TEXT NOT NULL,             -- JSON: what the parser and classifier made of it
        raw           BLOB                       -- kept for messages tied to a case
      );
      CREATE INDEX messages_case ON messages(case_id) WHERE case_id IS NOT NULL;

      -- Per folder: where processing stands. Written in the same transaction
      -- as the events a message produced.
      CREATE TABLE folder_checkpoints (
        mailbox      TEXT PRIMARY KEY,
        uid_validity TEXT NOT NULL,
        last_uid     INTEGER NOT NULL,
        updated_at   TEXT NOT NULL
      );

      -- Replies certmerge drafted. answers_key is what the draft answers (a
      -- Message-ID, or the wait it follows up on): one draft per key, ever.
      CREATE TABLE drafts (
        id           TEXT PRIMARY KEY,
        case_id      TEXT NOT NULL REFERENCES cases(id),
        kind         TEXT NOT NULL,
        answers_key  TEXT NOT NULL,
        status       TEXT NOT NULL CHECK (status IN ('pending','drafted','sent','superseded','discarded','failed')),
        message_id   TEXT NOT NULL UNIQUE,
        in_reply_to  TEXT,
        subject      TEXT NOT NULL,
        to_addr      TEXT NOT NULL,
        language     TEXT NOT NULL,
        raw          BLOB NOT NULL,
        text         TEXT NOT NULL,
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL,
        sent_at      TEXT,
        error        TEXT,
        UNIQUE (case_id, answers_key)
      );
      CREATE INDEX drafts_case ON drafts(case_id);
    `,
  },
  {
    version: 3,
    name: 'dashboard: case list order, change marks kept by triggers',
    sql: `
      -- The dashboard's case list, a page at a time: open cases first, then the
      -- most recently updated (CaseStore.listCaseSummaries orders by exactly this).
      CREATE INDEX cases_list ON cases((state IN ('done','cancelled')), updated_at DESC, id);

      -- Two numbers that move with every commit, whichever process makes it, kept
      -- by triggers so they cost one row to read: \`changes\` with every write to a
      -- case or its event log (CaseStore.changeMark: live updates, the daemon's
      -- watch for CLI changes), \`pages\` also with deadlines and drafts
      -- (CaseStore.pageMark: what the dashboard's response cache is checked against).
      CREATE TABLE change_marks (
        id      INTEGER PRIMARY KEY CHECK (id = 1),
        changes INTEGER NOT NULL,
        pages   INTEGER NOT NULL
      );
      INSERT INTO change_marks (id, changes, pages) VALUES (1, 0, 0);
      CREATE TRIGGER change_marks_cases_insert AFTER INSERT ON cases BEGIN UPDATE change_marks SET changes = changes + 1, pages = pages + 1 WHERE id = 1; END;
      CREATE TRIGGER change_marks_cases_update AFTER UPDATE ON cases BEGIN UPDATE change_marks SET changes = changes + 1, pages = pages + 1 WHERE id = 1; END;
      CREATE TRIGGER change_marks_cases_delete AFTER DELETE ON cases BEGIN UPDATE change_marks SET changes = changes + 1, pages = pages + 1 WHERE id = 1; END;
      CREATE TRIGGER change_marks_events_insert AFTER INSERT ON events BEGIN UPDATE change_marks SET changes = changes + 1, pages = pages + 1 WHERE id = 1; END;
      CREATE TRIGGER change_marks_deadlines_insert AFTER INSERT ON deadlines BEGIN UPDATE change_marks SET pages = pages + 1 WHERE id = 1; END;
      CREATE TRIGGER change_marks_deadlines_update AFTER UPDATE ON deadlines BEGIN UPDATE change_marks SET pages = pages + 1 WHERE id = 1; END;
      CREATE TRIGGER change_marks_deadlines_delete AFTER DELETE ON deadlines BEGIN UPDATE change_marks SET pages = pages + 1 WHERE id = 1; END;
      CREATE TRIGGER change_marks_drafts_insert AFTER INSERT ON drafts BEGIN UPDATE change_marks SET pages = pages + 1 WHERE id = 1; END;
      CREATE TRIGGER change_marks_drafts_update AFTER UPDATE ON drafts BEGIN UPDATE change_marks SET pages = pages + 1 WHERE id = 1; END;
      CREATE TRIGGER change_marks_drafts_delete AFTER DELETE ON drafts BEGIN UPDATE change_marks SET pages = pages + 1 WHERE id = 1; END;
    `,
  },
  {
    version: 4,
    name: 'state tags stored with the state; no page mark (the response cache is gone)',
    sql: `
      -- The machine's tags for the stored state, comma-joined and sorted
      -- (LifecycleTag): what the state means, so that no query lists state names.
      -- NULL until CaseService fills it in from the snapshot (existing rows).
      ALTER TABLE cases ADD COLUMN tags TEXT;
      DROP INDEX cases_list;
      CREATE INDEX cases_list_open ON cases((instr(',' || tags || ',', ',open,') = 0), updated_at DESC, id);

      -- Only \`changes\` is read now (live updates). The page mark's triggers go,
      -- and the case/event triggers are rebuilt without it.
      DROP TRIGGER change_marks_deadlines_insert;
      DROP TRIGGER change_marks_deadlines_update;
      DROP TRIGGER change_marks_deadlines_delete;
      DROP TRIGGER change_marks_drafts_insert;
      DROP TRIGGER change_marks_drafts_update;
      DROP TRIGGER change_marks_drafts_delete;
      DROP TRIGGER change_marks_cases_insert;
      DROP TRIGGER change_marks_cases_update;
      DROP TRIGGER change_marks_cases_delete;
      DROP TRIGGER change_marks_events_insert;
      ALTER TABLE change_marks DROP COLUMN pages;
      CREATE TRIGGER change_marks_cases_insert AFTER INSERT ON cases BEGIN UPDATE change_marks SET changes = changes + 1 WHERE id = 1; END;
      CREATE TRIGGER change_marks_cases_update AFTER UPDATE ON cases BEGIN UPDATE change_marks SET changes = changes + 1 WHERE id = 1; END;
      CREATE TRIGGER change_marks_cases_delete AFTER DELETE ON cases BEGIN UPDATE change_marks SET changes = changes + 1 WHERE id = 1; END;
      CREATE TRIGGER change_marks_events_insert AFTER INSERT ON events BEGIN UPDATE change_marks SET changes = changes + 1 WHERE id = 1; END;
    `,
  },
  {
    version: 5,
    name: 'understanding: questions about unsure mail, and the user\'s kind corrections',
    sql: `
      -- Trusted support mail certmerge did not understand with confidence: the case
      -- asks the user instead of moving. One question per message; answered_at is set
      -- when the user picks a kind (applied as the user's event) or dismisses it.
      CREATE TABLE kind_questions (
        message_id  TEXT PRIMARY KEY,
        case_id     TEXT NOT NULL,
        kinds       TEXT NOT NULL,      -- JSON array of the kinds offered, most likely first
        guess       TEXT NOT NULL,      -- what certmerge read it as
        confidence  REAL NOT NULL,
        asked_at    TEXT NOT NULL,
        answered_at TEXT,
        answer      TEXT
      );
      CREATE INDEX kind_questions_open ON kind_questions(case_id) WHERE answered_at IS NULL;

      -- A kind the user gave a message by hand. Later mail whose normalized n-gram
      -- vector is this close is read the same way (frame-checked); the user sees
      -- and removes them (dashboard, certmerge corrections).
      CREATE TABLE kind_corrections (
        id          INTEGER PRIMARY KEY,
        message_id  TEXT NOT NULL UNIQUE,
        case_id     TEXT,
        kind        TEXT NOT NULL,
        was         TEXT,               -- what certmerge had read it as
        subject     TEXT NOT NULL,
        vector      TEXT NOT NULL,      -- JSON {rows, values} in the kind model's rows
        model       TEXT NOT NULL,      -- which model's rows (its trainedOn), so a retrained model ignores stale vectors
        created_at  TEXT NOT NULL
      );
    `,
  },
  {
    version: 6,
    name: 'mail trust: dedup by Message-ID + content digest + verdict, skipped catch-up batches',
    sql: `
      -- What a processed message is: a forged copy under a genuine Message-ID
      -- (or two messages without one) must not count as the other. The row
      -- that counts keeps message_id = the Message-ID; other versions are kept
      -- under message_id || '#' || digest, header_message_id naming them all.
      -- Rows from before this migration have digest NULL.
      ALTER TABLE messages ADD COLUMN digest TEXT;
      ALTER TABLE messages ADD COLUMN header_message_id TEXT;
      UPDATE messages SET header_message_id = message_id;
      CREATE INDEX messages_versions ON messages(header_message_id, digest, trusted);

      -- A catch-up that narrowed a long backlog by search hints: what it did not look at.
      CREATE TABLE skipped_mail (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        at          TEXT NOT NULL,
        mailbox     TEXT NOT NULL,
        uid_from    INTEGER NOT NULL,
        uid_to      INTEGER NOT NULL,
        skipped     INTEGER NOT NULL,             -- messages in the range not fetched
        candidates  INTEGER NOT NULL,             -- messages the search hints matched (fetched)
        reason      TEXT NOT NULL
      );
    `,
  },
  {
    version: 7,
    name: 'dashboard sessions; what became of superseded drafts in the mailbox',
    sql: `
      -- Server-side sessions: the cookie holds a random id, this table only its
      -- SHA-256, so logout (a DELETE) ends the session for good. token_mark is
      -- an HMAC of the dashboard token: changing the token ends every session.
      CREATE TABLE dashboard_sessions (
        id_hash    TEXT PRIMARY KEY,
        token_mark TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      );
      CREATE INDEX dashboard_sessions_expiry ON dashboard_sessions(expires_at);

      -- A superseded draft, once the Drafts folder was looked at: 'removed'
      -- (untouched, deleted), 'edited' (the user changed it: kept, flagged),
      -- 'absent' (no longer there). NULL: not looked at yet.
      ALTER TABLE drafts ADD COLUMN mailbox_state TEXT CHECK (mailbox_state IN ('removed','edited','absent'));
    `,
  },
  {
    version: 9,
    name: 'notifications: outbox, deliveries per channel, attempt log',
    sql: `
      -- One row per notification, keyed by a stable id derived from what
      -- caused it (an event, a message, an outage): the same cause never
      -- notifies twice, also across restarts.
      CREATE TABLE notifications (
        id          TEXT PRIMARY KEY,
        event       TEXT NOT NULL,
        case_id     TEXT,
        created_at  TEXT NOT NULL,
        language    TEXT NOT NULL,
        title       TEXT NOT NULL,
        text        TEXT NOT NULL,
        url         TEXT NOT NULL
      );
      -- One row per notification and channel: what is left to deliver.
      CREATE TABLE notification_deliveries (
        notification_id TEXT NOT NULL REFERENCES notifications(id),
        channel         TEXT NOT NULL,
        status          TEXT NOT NULL CHECK (status IN ('pending','delivered','failed')),
        attempts        INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL,
        last_error      TEXT,
        delivered_at    TEXT,
        PRIMARY KEY (notification_id, channel)
      );
      CREATE INDEX notification_deliveries_due ON notification_deliveries(next_attempt_at) WHERE status = 'pending';
      -- Every delivery attempt, for the dashboard's delivery log.
      CREATE TABLE notification_attempts (
        id              INTEGER PRIMARY KEY AUTOINCREMENT,
        notification_id TEXT NOT NULL,
        channel         TEXT NOT NULL,
        at              TEXT NOT NULL,
        ok              INTEGER NOT NULL,
        detail          TEXT NOT NULL
      );
      -- How far the notifier has read the event log. Events from before this
      -- migration are history, not news: they never notify.
      CREATE TABLE notify_marks (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      INSERT INTO notify_marks (key, value) SELECT 'events', CAST(COALESCE(MAX(id), 0) AS TEXT) FROM events;
    `,
  },
  {
    version: 10,
    name: 'cases can be deleted by the user (kept, hidden)',
    sql: `
      -- A deleted case leaves every list and lookup but stays in the database with its event log
      -- (which is append-only): deleting is the user's decision, losing the record is not.
      ALTER TABLE cases ADD COLUMN deleted_at TEXT;
    `,
  },
  {
    version: 11,
    name: 'unsorted mail the user chose to ignore',
    sql: `
      -- The dashboard's "unsorted" view lists mail that moved no case; "ignore" hides one there.
      -- Kept apart from messages so the message store's dedup is untouched.
      CREATE TABLE unsorted_ignored (
        message_id TEXT PRIMARY KEY,
        at         TEXT NOT NULL
      );
    `,
  },
  {
    version: 12,
    name: 'stored tags recomputed: the machine gained the attention tag',
    sql: `
      -- needsAttention now carries the \`attention\` tag. Tags go back to NULL and
      -- CaseService fills them in again from the snapshots on start (as after migration 4).
      UPDATE cases SET tags = NULL;
    `,
  },
  {
    version: 13,
    name: 'cases found by their pair of candidate IDs',
    sql: `
      -- A case holding the same pair of accounts (either way round) as another is almost always one created
      -- twice; the case page, the edit form, the API and the CLI ask on every view. The pair, smaller ID
      -- first: CaseStore.sameAccounts queries exactly these expressions (CANDIDATE_PAIR_SQL).
      CREATE INDEX cases_candidate_pair ON cases(
        min(json_extract(case_file, '$.target.candidateId'), json_extract(case_file, '$.source.candidateId')),
        max(json_extract(case_file, '$.target.candidateId'), json_extract(case_file, '$.source.candidateId'))
      );
    `,
  },
];
