import type { LifecycleEvent } from '../machines/events.js';

/** One plain English line for the timeline; the dashboard translates by `type`. */
export function summarizeEvent(e: LifecycleEvent): string {
  switch (e.type) {
    case 'prepared': return 'Accounts prepared';
    case 'case-submitted': return 'Support form submitted';
    case 'reply-sent': return 'Reply sent to support';
    case 'confirmation-sent': return 'Merge confirmed to support';
    case 'certifications-verified': return 'Certifications checked on the kept account';
    case 'benefits-verified': return 'Exam benefits checked on the kept account';
    case 'badges-verified': return 'Credly badges checked on the kept account';
    case 'badges-missing': return 'Credly badges did not move';
    case 'cancel': return e.reason ? `Cancelled: ${e.reason}` : 'Cancelled';
    case 'reopen': return 'Reopened';
    case 'acknowledgement': return `Support acknowledged the case (case ID ${e.supportCaseId})`;
    case 'ai_answer': return 'Automated answer received';
    case 'info_request': return 'Support asked for more information';
    case 'confirmation_request': return 'Support asked to confirm the merge';
    case 'merge_completed': return 'Support reported the merge completed';
    case 'badges_transferred': return 'Credly badges arrived on the kept account';
    case 'case_closed': return e.reason ? `Case closed: ${e.reason}` : 'Support closed the case';
    case 'support_reply': return 'Support replied';
    case 'acknowledgement-overdue': return 'No acknowledgement yet: overdue';
    case 'support-overdue': return 'No answer from support yet: overdue';
    case 'completion-overdue': return 'Merge not reported done yet: overdue';
    case 'user-overdue': return 'Your answer to support is overdue';
    case 'user-final-overdue': return 'Your answer is still missing: support may close the case soon';
  }
}
