import { createHash } from 'node:crypto';
import type { DeadlineKind } from '../machines/deadlines.js';
import type { Db } from '../store/database.js';
import { hasTagSql } from '../store/case-store.js';
import { caseUrl, type Links } from '../notify/decide.js';
import { buildIcs, type IcsEvent } from './ics.js';

const DEADLINE_TEXT: Record<DeadlineKind, { ja: string; en: string }> = {
  acknowledgement: { ja: '受付メールの期限', en: 'Receipt from support due' },
  supportReply: { ja: 'サポートの返信期限', en: "Support's answer due" },
  completion: { ja: '統合完了の期限', en: 'Merge completion due' },
  userReply: { ja: 'あなたの返信期限', en: 'Your answer to support due' },
  userClosing: { ja: '自動クローズ前の返信期限', en: 'Answer before support may close the case' },
};

interface Row {
  id: string;
  state: string;
  supportCaseId: string | null;
  caseFile: string;
  kind: DeadlineKind | null;
  dueAt: string | null;
}

interface Dated {
  name?: string;
  kind?: string;
  expiresOn?: string;
}
interface AccountFile {
  candidateId?: string;
  certifications?: Dated[];
  benefits?: Dated[];
}

/**
 * Every open deadline and every certification or voucher expiry date of each
 * case (cancelled cases left out), as calendar events. Read fresh from the
 * database, so the calendar follows the cases as they move.
 */
export function caseCalendarEvents(db: Db, links: Links): IcsEvent[] {
  const rows = db
    .prepare(
      `SELECT c.id, c.state, c.support_case_id AS supportCaseId, c.case_file AS caseFile, d.kind, d.due_at AS dueAt
       FROM cases c LEFT JOIN deadlines d ON d.case_id = c.id
       WHERE (${hasTagSql('c.tags')} OR ${hasTagSql('c.tags')}) AND c.deleted_at IS NULL ORDER BY c.created_at, c.rowid`,
    )
    // Open and merged cases: a cancelled one has neither tag.
    .all('open', 'merged') as Row[];
  const events: IcsEvent[] = [];
  for (const r of rows) {
    const file = JSON.parse(r.caseFile) as { language?: string; target?: AccountFile; source?: AccountFile };
    const ja = file.language === 'ja';
    const label = r.supportCaseId ? (ja ? `（ケース ${r.supportCaseId}）` : ` (case ${r.supportCaseId})`) : '';
    const url = caseUrl(links, r.id);
    if (r.kind && r.dueAt) {
      const what = DEADLINE_TEXT[r.kind]?.[ja ? 'ja' : 'en'] ?? r.kind;
      // One UID per case and kind of wait: a wait that starts over moves the event, it does not add one.
      events.push({ uid: `deadline-${r.id}-${r.kind}@certmerge`, summary: `certmerge: ${what}${label}`, description: `${what}${label}\n${url}`, url, start: { at: new Date(r.dueAt), minutes: 30 } });
    }
    for (const [side, acc] of [['target', file.target], ['source', file.source]] as const) {
      const items = [...(acc?.certifications ?? []).map((c) => ({ name: c.name ?? '', expiresOn: c.expiresOn })), ...(acc?.benefits ?? []).map((b) => ({ name: b.kind ?? '', expiresOn: b.expiresOn }))];
      for (const it of items) {
        if (!it.expiresOn) continue;
        const h = createHash('sha256').update(`${side}\n${it.name}`).digest('hex').slice(0, 12);
        const account = acc?.candidateId ?? side;
        const summary = ja ? `期限切れ: ${it.name}（${account}）` : `Expires: ${it.name} (${account})`;
        events.push({ uid: `expiry-${r.id}-${h}@certmerge`, summary, description: `${summary}\n${url}`, url, start: { date: it.expiresOn } });
      }
    }
  }
  return events;
}

/** The iCalendar text of `GET /calendar.ics` and `certmerge calendar`. */
export function caseCalendar(db: Db, links: Links, now: Date): string {
  return buildIcs(caseCalendarEvents(db, links), { now, name: 'certmerge' });
}
