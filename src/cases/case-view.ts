/**
 * What the API and the CLI return about cases: `GET /api/cases/:id` and `case show --json` (CaseView),
 * `GET /api/cases` and `case list --json` (CaseListItem), the dashboard's case list (CaseSummary), and the
 * timeline entries they carry. Plain data; CaseService builds them.
 */
import type { LifecycleTag } from '../machines/lifecycle.js';
import type { EventSource } from '../machines/events.js';
import type { CaseFile } from './case-file.js';

/** One entry of a case's timeline: an event applied or ignored, or the case's creation. */
export interface TimelineEntry {
  at: string;
  type: string;
  source: EventSource;
  messageId?: string;
  summary: string;
  outcome: 'created' | 'applied' | 'ignored';
  stateAfter: string | null;
  detail?: Record<string, unknown>;
}

/** The object `GET /api/cases/:id` and `case show --json` return. */
export interface CaseView {
  id: string;
  state: string;
  statePath: string;
  /** What the state means (the machine's tags): who is waiting, whether a draft is needed, open or closed. */
  tags: LifecycleTag[];
  supportCaseId: string | null;
  overdue: boolean;
  createdAt: string;
  updatedAt: string;
  dueAt: string | null;
  attentionReason: string | null;
  selfServiceEligible: boolean;
  case: CaseFile;
  timeline: TimelineEntry[];
  drafts: unknown[];
  checklist: { certifications: boolean; benefits: boolean; badges: boolean };
}

/** One case of `GET /api/cases` and `case list --json`. */
export interface CaseListItem {
  id: string;
  state: string;
  supportCaseId: string | null;
}

/** What the dashboard's case list shows of a case, read without restoring its snapshot or its whole event log. */
export interface CaseSummary extends Pick<CaseView, 'id' | 'state' | 'statePath' | 'tags' | 'supportCaseId' | 'overdue' | 'createdAt' | 'updatedAt' | 'dueAt'> {
  requesterName: string;
  targetCandidateId: string;
  sourceCandidateId: string;
  targetLoginEmail: string;
  sourceLoginEmail: string;
  /** The last mail that reached the case (applied or ignored), as the timeline has it. */
  lastMail: TimelineEntry | null;
}
