/** A reply certmerge drafted, as the dashboard and API show it. */
export interface DraftView {
  id: string;
  caseId: string;
  kind: 'confirmation' | 'info' | 'followup_overdue' | 'badges_followup';
  status: 'drafted' | 'sent' | 'superseded' | 'discarded' | 'failed';
  messageId: string;
  inReplyTo: string | null;
  subject: string;
  to: string;
  language: 'ja' | 'en';
  createdAt: string;
  sentAt: string | null;
  /** The last send error in plain words, when a send failed. */
  error: string | null;
  /** The plain-text body (for the preview). */
  text: string;
  /** A superseded draft the user had edited: still in their Drafts folder, flagged, and it must not be sent. */
  staleEdited?: boolean;
}
