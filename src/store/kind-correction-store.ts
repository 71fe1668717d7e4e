import type { Statement } from 'better-sqlite3';
import type { Db } from './database.js';
import { preparedStatements } from './prepared.js';

/**
 * An open or answered question: "Is this a confirmation request / a completion notice / …?", as stored.
 * Kinds are the mail kinds' names as they were written; the caller reads them as mail kinds.
 */
export interface StoredQuestion {
  messageId: string;
  caseId: string;
  kinds: string[];
  guess: string;
  confidence: number;
  askedAt: string;
  answeredAt: string | null;
  answer: string | null;
}

/** A message's vector as stored with a correction: the kind model's n-gram rows and their values. */
export interface StoredVector {
  rows: number[];
  values: number[];
}

/** The user's kind for a message, as stored; the caller reads `kind` as a mail kind. */
export interface StoredCorrection {
  id: number;
  kind: string;
  vector: StoredVector;
  /** The message's subject (up to 300 characters). */
  subject: string;
  messageId: string;
  caseId: string | null;
  was: string | null;
  createdAt: string;
  model: string;
}

interface QuestionRow {
  message_id: string;
  case_id: string;
  kinds: string;
  guess: string;
  confidence: number;
  asked_at: string;
  answered_at: string | null;
  answer: string | null;
}
interface CorrectionRow {
  id: number;
  message_id: string;
  case_id: string | null;
  kind: string;
  was: string | null;
  subject: string;
  vector: string;
  model: string;
  created_at: string;
}

const toQuestion = (r: QuestionRow): StoredQuestion => ({
  messageId: r.message_id,
  caseId: r.case_id,
  kinds: JSON.parse(r.kinds) as string[],
  guess: r.guess,
  confidence: r.confidence,
  askedAt: r.asked_at,
  answeredAt: r.answered_at,
  answer: r.answer,
});
const toCorrection = (r: CorrectionRow): StoredCorrection => ({
  id: r.id,
  messageId: r.message_id,
  caseId: r.case_id,
  kind: r.kind,
  was: r.was,
  subject: r.subject,
  vector: JSON.parse(r.vector) as StoredVector,
  model: r.model,
  createdAt: r.created_at,
});

/** Questions about unsure mail and the user's corrections (migration 5). */
export class KindCorrectionStore {
  private readonly stmt: (sql: string) => Statement;
  private cache: { model: string; list: StoredCorrection[] } | null = null;

  constructor(db: Db) {
    this.stmt = preparedStatements(db);
  }

  ask(q: Omit<StoredQuestion, 'answeredAt' | 'answer'>): void {
    this.stmt(
      `INSERT INTO kind_questions (message_id, case_id, kinds, guess, confidence, asked_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT(message_id) DO NOTHING`,
    ).run(q.messageId, q.caseId, JSON.stringify(q.kinds), q.guess, q.confidence, q.askedAt);
  }

  openQuestions(caseId: string): StoredQuestion[] {
    return (this.stmt('SELECT * FROM kind_questions WHERE case_id = ? AND answered_at IS NULL ORDER BY asked_at').all(caseId) as QuestionRow[]).map(toQuestion);
  }

  /** Marks a question answered ("dismissed" when the user says it moves nothing); false when there was none open. */
  answer(messageId: string, answer: string, at: string): boolean {
    return this.stmt('UPDATE kind_questions SET answered_at = ?, answer = ? WHERE message_id = ? AND answered_at IS NULL').run(at, answer, messageId).changes > 0;
  }

  /** Keeps (or replaces) the user's kind for a message. */
  addCorrection(c: Omit<StoredCorrection, 'id'>): number {
    this.cache = null;
    const r = this.stmt(
      `INSERT INTO kind_corrections (message_id, case_id, kind, was, subject, vector, model, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(message_id) DO UPDATE SET kind = excluded.kind, vector = excluded.vector, model = excluded.model, created_at = excluded.created_at
       RETURNING id`,
    ).get(c.messageId, c.caseId, c.kind, c.was, c.subject.slice(0, 300), JSON.stringify(c.vector), c.model, c.createdAt) as { id: number };
    return r.id;
  }

  removeCorrection(id: number): boolean {
    this.cache = null;
    return this.stmt('DELETE FROM kind_corrections WHERE id = ?').run(id).changes > 0;
  }

  listCorrections(): StoredCorrection[] {
    return (this.stmt('SELECT * FROM kind_corrections ORDER BY id').all() as CorrectionRow[]).map(toCorrection);
  }

  /** The corrections made with this model's rows (another model's row numbers mean other n-grams). */
  correctionsFor(model: string): StoredCorrection[] {
    // Another process (the CLI, the dashboard) may add one: the list is read again when its count changes.
    const n = (this.stmt('SELECT count(*) AS n, coalesce(max(id), 0) AS m FROM kind_corrections').get() as { n: number; m: number });
    const key = `${model}#${n.n}#${n.m}`;
    if (this.cache?.model !== key) this.cache = { model: key, list: this.listCorrections().filter((c) => c.model === model) };
    return this.cache.list;
  }
}
