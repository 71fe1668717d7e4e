/** The contract's mail kinds: what a support message means for the case. */
export const MAIL_KINDS = [
  'acknowledgement',
  'ai_answer',
  'info_request',
  'confirmation_request',
  'merge_completed',
  'badges_transferred',
  'case_closed',
  'support_reply',
  'unrelated',
] as const;

export type MailKind = (typeof MAIL_KINDS)[number];

export function isMailKind(s: string): s is MailKind {
  return (MAIL_KINDS as readonly string[]).includes(s);
}
