// English messages of the de set: forms, questionnaires and filled-in replies, next to plain prose.
import type { Msg } from './lib.js';
import { ALEX, AWS_NOTIFY, CASE, CREDLY_AWS, MARIA, PRIYA, SUPPORT, formSubject, mk, outlookEn, paras, quote, sfOriginal, sfRef } from './common.js';

const A = CASE.alex;
const P = CASE.priya;
const M = CASE.maria;
const ALEX_TO = `${ALEX.name} <${ALEX.keep}>`;
const PRIYA_TO = `${PRIYA.name} <${PRIYA.keep}>`;
const MARIA_TO = `${MARIA.name} <${MARIA.keep}>`;

const BLANK_EN = `Account you want to KEEP
  Candidate ID ........ ________
  Sign-in e-mail ...... ________
Account to be MERGED INTO it
  Candidate ID ........ ________
  Sign-in e-mail ...... ________
Full legal name as on your exams: ________`;

const FILLED_P = `Account you want to KEEP
  Candidate ID ........ ${PRIYA.keepId}
  Sign-in e-mail ...... ${PRIYA.keep}
Account to be MERGED INTO it
  Candidate ID ........ ${PRIYA.srcId}
  Sign-in e-mail ...... ${PRIYA.src}
Full legal name as on your exams: Priya Nair`;

export const EN: Msg[] = [
  // ---------------- acknowledgement (5) ----------------
  mk({
    slug: 'en-ack-webform-echo', kind: 'acknowledgement', lang: 'en', caseId: A, enc: 'ascii7', at: '2026-01-05 14:02:11',
    from: AWS_NOTIFY, to: ALEX_TO,
    subject: `We've received your request [Case ID ${A}]`,
    note: 'receipt that echoes the submitted web-form fields; case ID in subject and body',
    text: `Hello,

Thanks for contacting AWS Training and Certification. Case ${A} has been opened.

Your submission
---------------
Inquiry type:   AWS Training and Certification
Issue:          Account merge
Name:           Alex Kim
Company:        -
Candidate ID:   ${ALEX.keepId}

Please don't open another case for the same request; reply to this e-mail to add details.

Amazon Web Services`,
  }),
  mk({
    slug: 'en-ack-html-receipt', kind: 'acknowledgement', lang: 'en', caseId: P, enc: 'utf8qp', at: '2026-02-02 09:15:00',
    from: SUPPORT, to: PRIYA.keep,
    subject: `[CASE ${P}] Form submission received`,
    note: 'multipart receipt: submission number, fields table',
    text: `Hi Priya,\n\nYour form was submitted and logged as case ${P}.\nField | Value\nTopic | Account assistance\nDetail | Two certification accounts\n\nA specialist will reply within 1-2 business days.`,
    html: `<p>Hi Priya,</p><p>Your form was submitted and logged as case ${P}.</p><table border="1"><tr><th>Field</th><th>Value</th></tr><tr><td>Topic</td><td>Account assistance</td></tr><tr><td>Detail</td><td>Two certification accounts</td></tr></table><p>A specialist will reply within 1-2 business days.</p>`,
  }),
  mk({
    slug: 'en-ack-short-b64', kind: 'acknowledgement', lang: 'en', caseId: M, enc: 'utf8b64', at: '2026-03-12 18:44:02',
    from: AWS_NOTIFY, to: MARIA.keep,
    subject: `Case ${M} created`,
    note: 'bare case-created receipt with a status block',
    text: `Case ID: ${M}
Status: Unassigned
Severity: General guidance
Created: 2026-03-12 18:44 UTC

You can view or update this case from the Support Center.`,
  }),
  mk({
    slug: 'en-ack-free-mail', kind: 'acknowledgement', lang: 'en', caseId: '1788812345', enc: 'ascii7', at: '2026-04-01 08:00:00',
    from: 'AWS Support Team <aws.support.team.desk@gmail.com>', to: ALEX.keep, trusted: false,
    subject: 'Case 1788812345 received - action needed',
    note: 'receipt with a trusted-looking display name on a free-mail address: untrusted',
    text: `We received your case 1788812345.
To keep it open, fill in the verification form below within 24 hours:
Name: ____  Card number: ____  Expiry: ____`,
  }),
  mk({
    slug: 'en-ack-lf-dkimonly', kind: 'acknowledgement', lang: 'en', caseId: CASE.alexDup, enc: 'ascii7', at: '2026-01-06 07:30:00', crlf: false,
    from: AWS_NOTIFY, to: ALEX.src, auth: 'dkimonly',
    subject: `Your support case ${CASE.alexDup} has been received`,
    note: 'plain receipt for a second case; aligned DKIM only, trusted',
    text: `Thank you for reaching out. We have logged your request as case ${CASE.alexDup}.
An agent will be in touch shortly.`,
  }),

  // ---------------- ai_answer (5) ----------------
  mk({
    slug: 'en-ai-checklist', kind: 'ai_answer', lang: 'en', caseId: null, enc: 'ascii7', at: '2026-01-05 13:58:40',
    from: AWS_NOTIFY, to: ALEX.keep,
    subject: 'Suggested answer for your question',
    note: 'generated suggestion with a checklist, points to the self-service Merge Accounts tool',
    text: `This answer was generated automatically.

Before contacting an agent, check:
  [ ] Can you sign in to both accounts?
  [ ] Does only one of them have certification history?

If both boxes are ticked, use Profile > Merge Accounts in the Certification portal.
Otherwise choose "Create case".

Was this helpful?  Yes | No`,
  }),
  mk({
    slug: 'en-ai-on-case', kind: 'ai_answer', lang: 'en', caseId: P, enc: 'utf8qp', at: '2026-02-02 09:16:20',
    from: SUPPORT, to: PRIYA_TO,
    subject: formSubject(P),
    note: 'automated first reply on the case with steps; not from a person',
    text: `[Automated response - generated by AI]

Hi,

Based on your description, you may be able to combine the accounts yourself:
1. Sign in with the account you want to keep.
2. Open your profile and choose "Merge Accounts".
3. Enter the other account's credentials.

If the tool reports that both accounts hold exam history, an agent will continue on case ${P}.`,
  }),
  mk({
    slug: 'en-ai-explains-after', kind: 'ai_answer', lang: 'en', caseId: null, enc: 'utf8b64', at: '2026-03-12 18:40:00', trap: true,
    from: 'AWS Training and Certification <no-reply@aws.training>', to: MARIA.keep,
    subject: 'Automated help: duplicate certification accounts',
    note: 'AI answer explaining what happens to badges after a merge; stays ai_answer',
    text: `Automated help

Once two accounts are merged, the certifications and benefits of the source account appear under the kept account. Credly badges may need to be claimed again afterwards.

Try the self-service Merge Accounts tool first. Reply "agent" if it does not work.`,
  }),
  mk({
    slug: 'en-ai-html-only', kind: 'ai_answer', lang: 'en', caseId: null, enc: 'utf8qp', at: '2026-05-02 11:00:00',
    from: AWS_NOTIFY, to: PRIYA.keep,
    subject: 'Recommended solution',
    note: 'HTML-only generated recommendation with yes/no buttons',
    html: `<html><body><p><b>Recommended:</b> use the Merge Accounts tool under your Certification profile.</p><p>Did this solve your problem? <a href="https://example.invalid/y">Yes</a> / <a href="https://example.invalid/n">No, open a case</a></p><p><i>Generated automatically.</i></p></body></html>`,
  }),
  mk({
    slug: 'en-ai-forged-below', kind: 'ai_answer', lang: 'en', caseId: null, enc: 'ascii7', at: '2026-05-03 11:00:00',
    from: AWS_NOTIFY, to: ALEX.keep, auth: 'forgedBelow', trusted: false,
    subject: 'Automated answer: merge your accounts',
    note: 'automated-answer text whose only pass A-R is below the Received line: untrusted',
    text: `Automated answer. Merge your certification accounts here: https://aws-merge-tool.example.net/ (sign in with both passwords).`,
  }),

  // ---------------- info_request (5) ----------------
  mk({
    slug: 'en-info-blank-fields', kind: 'info_request', lang: 'en', caseId: P, enc: 'ascii7', at: '2026-02-03 16:20:00',
    from: SUPPORT, to: PRIYA_TO,
    subject: formSubject(P),
    note: 'blank form with dotted leaders to fill in before merging',
    text: `Hello Priya,

My name is Daniel and I'll be looking after your case. To get started, copy the block below into your reply and fill in each line:

${BLANK_EN}

Thanks,
Daniel
AWS Training and Certification Customer Service
${sfRef('P1x')}`,
  }),
  mk({
    slug: 'en-info-partial-confirm', kind: 'info_request', lang: 'en', caseId: A, enc: 'utf8qp', at: '2026-01-08 10:02:00', trap: true,
    from: SUPPORT, to: ALEX_TO,
    subject: formSubject(A),
    note: 'confirms some filled answers, asks again for the source account sign-in e-mail',
    text: `Hi Alex,

Thanks for the filled-in form. Here is where we are:

  Q1 keep account ID ........ ${ALEX.keepId}   OK, confirmed
  Q2 keep account e-mail .... ${ALEX.keep}     OK, confirmed
  Q3 other account ID ....... ${ALEX.srcId}   OK
  Q4 other account e-mail ... (blank)         <-- still needed

Could you fill in Q4? Without it we can't locate the second profile.

Best,
Ruth

${sfOriginal(`${ALEX.name} <${ALEX.keep}>`, 'Wednesday, January 7, 2026 9:14 PM', SUPPORT, formSubject(A), `Q1 ${ALEX.keepId}\nQ2 ${ALEX.keep}\nQ3 ${ALEX.srcId}\nQ4`)}`,
  }),
  mk({
    slug: 'en-info-yn-and-ids', kind: 'info_request', lang: 'en', caseId: M, enc: 'utf8b64', at: '2026-03-14 12:12:12',
    from: SUPPORT, to: MARIA_TO,
    subject: formSubject(M),
    note: 'asks Y/N questions plus IDs: which account to keep and candidate numbers',
    text: `Hello Maria,

Please answer each line and send it back:

a) Keep ${MARIA.keep} as the surviving account? (Y/N) ___
b) Candidate ID on the university account: ___
c) Candidate ID on the personal account: ___
d) Still have access to ${MARIA.src}? (Y/N) ___

Kind regards,
Sofia`,
  }),
  mk({
    slug: 'en-info-prose-outlook', kind: 'info_request', lang: 'en', caseId: A, enc: 'ascii7', at: '2026-01-12 15:00:00',
    from: SUPPORT, to: ALEX.keep,
    subject: formSubject(A),
    note: 'plain prose request for the exam name and date on the old account, over an Outlook quote',
    text: `Hi Alex,

We located both profiles, but the older one has a different date of birth on file. A quick note with the exam name and the month you sat it on the old account would let us verify it's yours.

Ruth

${outlookEn(`${ALEX.name} <${ALEX.keep}>`, 'Sunday, January 11, 2026 10:02 AM', SUPPORT, formSubject(A))}

Q4 is ${ALEX.src}. Sorry, I missed it.`,
  }),
  mk({
    slug: 'en-info-fail', kind: 'info_request', lang: 'en', caseId: P, enc: 'utf8qp', at: '2026-02-04 09:00:00',
    from: SUPPORT, to: PRIYA.keep, auth: 'fail', trusted: false,
    subject: formSubject(P),
    note: 'info-request form with dmarc=fail at the receiving server: untrusted',
    text: `Hi Priya,

To finish your request, complete the secure form: https://aws-case-forms.example.net/${P}
Fields: candidate ID, password for both accounts.`,
  }),

  // ---------------- confirmation_request (5) ----------------
  mk({
    slug: 'en-conf-checkboxes', kind: 'confirmation_request', lang: 'en', caseId: P, enc: 'ascii7', at: '2026-02-05 11:40:00',
    from: SUPPORT, to: PRIYA_TO,
    subject: formSubject(P),
    note: 'consent with checkboxes; merge is permanent',
    text: `Hi Priya,

Everything you sent checks out. Before we go ahead, please tick each box and reply:

  [ ] I want ${PRIYA.srcId} folded into ${PRIYA.keepId}.
  [ ] I understand this is permanent and cannot be reversed.
  [ ] I understand I will no longer sign in with ${PRIYA.src}.

Daniel

${quote(FILLED_P)}`,
  }),
  mk({
    slug: 'en-conf-reply-yes', kind: 'confirmation_request', lang: 'en', caseId: A, enc: 'utf8qp', at: '2026-01-13 09:00:00',
    from: SUPPORT, to: ALEX_TO,
    subject: formSubject(A),
    note: 'reply YES to authorise an irreversible merge',
    text: `Hi Alex,

Thanks, verified. Reply with YES in the first line to authorise us to combine ${ALEX.srcId} with ${ALEX.keepId}. Heads-up: once done, it can't be undone.

Ruth`,
  }),
  mk({
    slug: 'en-conf-html-summary', kind: 'confirmation_request', lang: 'en', caseId: M, enc: 'utf8b64', at: '2026-03-16 10:00:00',
    from: SUPPORT, to: MARIA.keep,
    subject: formSubject(M),
    note: 'HTML-only summary table and a request to agree to the permanent merge',
    html: `<html><body><p>Hello Maria,</p><p>Please review:</p><table border="1"><tr><td>Surviving account</td><td>${MARIA.keepId} (${MARIA.keep})</td></tr><tr><td>Account to retire</td><td>${MARIA.srcId} (${MARIA.src})</td></tr></table><p>If this is right, let us know you agree and we will proceed. This action is irreversible.</p><p>Sofia</p></body></html>`,
  }),
  mk({
    slug: 'en-conf-resent', kind: 'confirmation_request', lang: 'en', caseId: A, enc: 'ascii7', at: '2026-01-13 09:00:00', forUser: false,
    from: SUPPORT, to: ALEX.keep,
    resent: { from: 'postmaster@work.example.net', to: 'it-helpdesk@work.example.net', date: 'Tue, 13 Jan 2026 09:05:00 +0000' },
    subject: formSubject(A),
    note: 'consent request redirected to a helpdesk (Resent-*): not for the user',
    text: `Hi Alex,

Please confirm you agree to combine both certification accounts into ${ALEX.keepId}; this is permanent.

Ruth
Case ${A}`,
  }),
  mk({
    slug: 'en-conf-lookalike-domain', kind: 'confirmation_request', lang: 'en', caseId: P, enc: 'ascii7', at: '2026-02-05 12:00:00',
    from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon-certification.support>', to: PRIYA.keep, trusted: false,
    subject: formSubject(P),
    note: 'consent request from a look-alike domain: untrusted',
    text: `Hi Priya,
Tick "I agree" at https://amazon-certification.support/consent to approve the account merge. This cannot be reversed.`,
  }),

  // ---------------- merge_completed (5) ----------------
  mk({
    slug: 'en-merged-status-form', kind: 'merge_completed', lang: 'en', caseId: P, enc: 'ascii7', at: '2026-02-07 17:00:00',
    from: SUPPORT, to: PRIYA_TO,
    subject: formSubject(P),
    note: 'completion laid out as a filled status form',
    text: `Hi Priya,

Request summary
  Source account ..... ${PRIYA.srcId}   -> merged
  Target account ..... ${PRIYA.keepId}   -> active
  Certifications ..... moved
  Benefits ........... moved

All done on our side. Sign in with ${PRIYA.keep} to see your history.

Daniel`,
  }),
  mk({
    slug: 'en-merged-portal', kind: 'merge_completed', lang: 'en', caseId: null, enc: 'utf8qp', at: '2026-01-15 03:00:00',
    from: 'AWS Certification <no-reply@certification.aws.training>', to: ALEX.keep,
    subject: 'Your AWS Certification accounts have been merged',
    note: 'certification portal notice of the merge, no case ID',
    text: `Hello Alex Kim,

Your accounts have been combined. Your active candidate ID is ${ALEX.keepId}.
Please use it for future exam registrations.`,
  }),
  mk({
    slug: 'en-merged-check', kind: 'merge_completed', lang: 'en', caseId: M, enc: 'utf8b64', at: '2026-03-18 13:00:00',
    from: SUPPORT, to: MARIA_TO,
    subject: formSubject(M),
    note: 'merged; asks her to check all looks right, still merge_completed',
    text: `Hello Maria,

Following your approval, ${MARIA.srcId} is now part of ${MARIA.keepId}. Could you sign in and make sure both exams show up? Let us know if anything looks off.

Sofia`,
  }),
  mk({
    slug: 'en-merged-closing-too', kind: 'merge_completed', lang: 'en', caseId: A, enc: 'ascii7', at: '2026-01-15 10:00:00',
    from: SUPPORT, to: ALEX.keep,
    subject: formSubject(A),
    note: 'merge done and case will now be closed: merge_completed',
    text: `Alex,

The merge went through this morning. I'm marking this case resolved; reply within 14 days if you need it reopened.

Ruth

> YES
> Alex`,
  }),
  mk({
    slug: 'en-merged-otheronly', kind: 'merge_completed', lang: 'en', caseId: M, enc: 'ascii7', at: '2026-03-18 14:00:00',
    from: SUPPORT, to: MARIA.keep, auth: 'otherOnly', trusted: false,
    subject: formSubject(M),
    note: 'completion notice with only a foreign A-R: untrusted',
    text: `Hello Maria, your accounts have been merged. Download your new certificate at https://cert-download.example.net/ . Case ${M}`,
  }),

  // ---------------- badges_transferred (5) ----------------
  mk({
    slug: 'en-badge-credly', kind: 'badges_transferred', lang: 'en', caseId: null, enc: 'ascii7', at: '2026-02-08 04:00:00',
    from: CREDLY_AWS, to: PRIYA.keep,
    subject: 'Priya, you earned a badge from Amazon Web Services Training and Certification',
    note: 'AWS badge via Credly on the kept address',
    text: `Congratulations, Priya!

Amazon Web Services Training and Certification has issued you the AWS Certified SysOps Administrator - Associate badge.

Accept your badge: https://www.credly.com/badges/accept`,
  }),
  mk({
    slug: 'en-badge-support-table', kind: 'badges_transferred', lang: 'en', caseId: A, enc: 'utf8qp', at: '2026-01-17 12:00:00',
    from: SUPPORT, to: ALEX_TO,
    subject: formSubject(A),
    note: 'support lists badges now on the kept account, closing',
    text: `Hi Alex,

Badge move - done:

  Badge                                   Now on
  AWS Certified Cloud Practitioner        ${ALEX.keep}
  AWS Certified Developer - Associate     ${ALEX.keep}

That wraps things up; the case will be closed.
Ruth`,
  }),
  mk({
    slug: 'en-badge-credly-html', kind: 'badges_transferred', lang: 'en', caseId: null, enc: 'utf8b64', at: '2026-03-19 05:00:00',
    from: CREDLY_AWS, to: MARIA.keep,
    subject: 'Maria, you earned a badge from Amazon Web Services Training and Certification',
    note: 'multipart AWS badge mail via Credly',
    text: `Maria, AWS Certified Cloud Practitioner is waiting for you. Accept your badge: https://www.credly.com/go/mg2`,
    html: `<p>Maria, AWS Certified Cloud Practitioner is waiting for you.</p><p><a href="https://www.credly.com/go/mg2">Accept your badge</a></p>`,
  }),
  mk({
    slug: 'en-badge-support-prose', kind: 'badges_transferred', lang: 'en', caseId: P, enc: 'ascii7', at: '2026-02-09 10:00:00',
    from: SUPPORT, to: PRIYA.keep,
    subject: formSubject(P),
    note: 'support says the Credly badges were re-pointed to the kept e-mail',
    text: `Hi Priya,

You mentioned the badges were still sitting under your old address. I've had Credly re-point them; they are on the ${PRIYA.keep} profile now.

Daniel`,
  }),
  mk({
    slug: 'en-badge-misaligned', kind: 'badges_transferred', lang: 'en', caseId: null, enc: 'ascii7', at: '2026-02-08 05:00:00',
    from: CREDLY_AWS, to: ALEX.keep, auth: 'misaligned', trusted: false,
    subject: 'Alex, you earned a badge from Amazon Web Services Training and Certification',
    note: 'AWS badge mail with misaligned DKIM and dmarc=fail: untrusted',
    text: `Accept your badge: https://credly-claim.example.net/a`,
  }),

  // ---------------- case_closed (5) ----------------
  mk({
    slug: 'en-closed-reminder', kind: 'case_closed', lang: 'en', caseId: M, enc: 'ascii7', at: '2026-03-15 00:00:00',
    from: AWS_NOTIFY, to: MARIA.keep,
    subject: `Case ${M}: awaiting your reply`,
    note: 'will auto-close in 7 days unless the form is returned',
    text: `We're waiting for your answers on case ${M}. If we don't hear back within 7 days, the case will be closed automatically.`,
  }),
  mk({
    slug: 'en-closed-status-table', kind: 'case_closed', lang: 'en', caseId: CASE.alexDup, enc: 'utf8qp', at: '2026-01-09 00:00:00',
    from: AWS_NOTIFY, to: ALEX.src,
    subject: `Case ${CASE.alexDup} closed`,
    note: 'closure notice as a status form',
    text: `Case ID      ${CASE.alexDup}
Status       Closed
Reason       Resolved

Reopen within 14 days from the Support Center if needed.`,
  }),
  mk({
    slug: 'en-closed-restate', kind: 'case_closed', lang: 'en', caseId: P, enc: 'utf8b64', at: '2026-02-14 10:00:00', trap: true,
    from: SUPPORT, to: PRIYA.keep,
    subject: formSubject(P),
    note: 'closure that only restates the earlier merge and badge move',
    text: `Hi Priya,

As your accounts were merged on the 7th and the badges followed on the 9th, and we've had no further questions, I'm closing this case now.

Daniel`,
  }),
  mk({
    slug: 'en-closed-html', kind: 'case_closed', lang: 'en', caseId: '1781234509', enc: 'utf8qp', at: '2026-06-01 00:00:00',
    from: AWS_NOTIFY, to: MARIA.keep,
    subject: 'Your case has been resolved',
    note: 'HTML-only resolved notice with case ID in body',
    html: `<html><body><p>Case <b>1781234509</b> has been marked resolved and is now closed.</p></body></html>`,
  }),
  mk({
    slug: 'en-closed-none-auth', kind: 'case_closed', lang: 'en', caseId: A, enc: 'ascii7', at: '2026-01-20 00:00:00',
    from: AWS_NOTIFY, to: ALEX.keep, auth: 'none', trusted: false,
    subject: `Case ${A} closed`,
    note: 'closure notice without any Authentication-Results: untrusted',
    text: `Case ${A} has been closed. Rate us: https://survey-aws.example.net/`,
  }),

  // ---------------- support_reply (5) ----------------
  mk({
    slug: 'en-reply-thanks-yes', kind: 'support_reply', lang: 'en', caseId: A, enc: 'ascii7', at: '2026-01-13 18:00:00', trap: true,
    from: SUPPORT, to: ALEX_TO,
    subject: formSubject(A),
    note: 'thanks for confirming; sent on to the merge team',
    text: `Hi Alex,

Got your YES, thank you for confirming. I've handed it to the team that performs merges; expect news in a few days.

Ruth`,
  }),
  mk({
    slug: 'en-reply-unable', kind: 'support_reply', lang: 'en', caseId: M, enc: 'utf8qp', at: '2026-03-17 10:00:00', trap: true,
    from: SUPPORT, to: MARIA.keep,
    subject: formSubject(M),
    note: 'negated: unable to merge until a name mismatch is fixed by another team',
    text: `Hello Maria,

We're unable to merge the accounts today: the names on the two profiles differ and our records team has to align them first. No action needed from you.

Sofia`,
  }),
  mk({
    slug: 'en-reply-escalation', kind: 'support_reply', lang: 'en', caseId: P, enc: 'ascii7', at: '2026-02-06 08:00:00',
    from: SUPPORT, to: PRIYA.keep,
    subject: formSubject(P),
    note: 'status update: escalated, in progress',
    text: `Hi Priya, a quick status note: your request is with our specialists and is in progress. I'll update you here. Daniel`,
  }),
  mk({
    slug: 'en-reply-write-from-keep', kind: 'support_reply', lang: 'en', caseId: A, enc: 'ascii7', at: '2026-01-06 09:00:00',
    from: SUPPORT, to: ALEX.src,
    subject: formSubject(A),
    note: 'asks to write from the kept address, no data requested',
    text: `Hi Alex,

For security, please send your next message from the address you plan to keep. We'll continue from there.

Ruth`,
  }),
  mk({
    slug: 'en-reply-mixed-ja', kind: 'support_reply', lang: 'en', caseId: M, enc: 'utf8b64', at: '2026-03-13 09:00:00',
    from: SUPPORT, to: MARIA.keep,
    subject: formSubject(M),
    note: 'English reply explaining the form fields, with a Japanese template line quoted; general answer',
    text: `Hello Maria,

The candidate ID is the "AWS" number shown under your name in the portal. The form we'll send next has the same fields in Japanese too (候補者ID) since our template is bilingual. Nothing to send yet.

Sofia`,
  }),

  // ---------------- unrelated (6) ----------------
  mk({
    slug: 'en-unrel-survey', kind: 'unrelated', lang: 'en', caseId: A, enc: 'utf8qp', at: '2026-01-21 00:00:00', trap: true,
    from: 'AWS Support <aws-support-survey@amazon.com>', to: ALEX.keep,
    subject: 'How did we do? Case ' + A,
    note: 'satisfaction survey form about the closed case',
    text: `Was your issue resolved?  [ ] Yes  [ ] No
How would you rate the agent? 1 2 3 4 5
Comments: ______________`,
  }),
  mk({
    slug: 'en-unrel-user-sent-form', kind: 'unrelated', lang: 'en', caseId: P, enc: 'ascii7', at: '2026-02-04 20:00:00', trap: true,
    from: PRIYA_TO, to: SUPPORT, auth: 'none', trusted: false, deliveredTo: PRIYA.keep,
    subject: formSubject(P),
    note: "the user's own filled-in form (sent copy): unrelated",
    text: `Hi Daniel,

${FILLED_P}

Priya`,
  }),
  mk({
    slug: 'en-unrel-hashicorp-badge', kind: 'unrelated', lang: 'en', caseId: null, enc: 'ascii7', at: '2026-05-05 00:00:00', trap: true,
    from: 'HashiCorp via Credly <admin@credly.com>', to: ALEX.keep,
    subject: 'Alex, you earned a badge from HashiCorp',
    note: 'non-AWS Credly badge',
    text: `HashiCorp has issued you Terraform Associate. Accept your badge: https://www.credly.com/go/hc`,
  }),
  mk({
    slug: 'en-unrel-credly-merge-code', kind: 'unrelated', lang: 'en', caseId: null, enc: 'utf8qp', at: '2026-02-10 00:00:00', trap: true,
    from: 'Credly <support@credly.com>', to: PRIYA.keep,
    subject: 'Complete your Credly account merge',
    note: "Credly's own account-merge code mail",
    text: `Enter this code to complete the account merge: 482913
Merging Credly accounts combines your badges into one profile.`,
  }),
  mk({
    slug: 'en-unrel-colleague-cc', kind: 'unrelated', lang: 'en', caseId: null, enc: 'ascii7', at: '2026-03-01 10:00:00', forUser: false,
    from: 'HR Team <hr@uni.example.edu>', to: 'staff-all@uni.example.edu', auth: 'none', trusted: false,
    subject: 'Training budget request form',
    note: 'internal form to a staff list, not addressed to the user',
    text: `Please fill in the training budget form by Friday.
Course: ____  Cost: ____  Manager approval (Y/N): ____`,
  }),
  mk({
    slug: 'en-unrel-exam-result', kind: 'unrelated', lang: 'en', caseId: null, enc: 'utf8b64', at: '2026-04-22 00:00:00', trap: true,
    from: 'AWS Certification <no-reply@certification.aws.training>', to: MARIA.keep,
    subject: 'Your exam results are available',
    note: 'exam result notice: unrelated to the merge case',
    text: `Hello Maria, your results for AWS Certified Solutions Architect - Associate are available. Score: 812 (Pass).
Your badge will be issued through Credly within 5 business days.`,
  }),
];
void paras;
