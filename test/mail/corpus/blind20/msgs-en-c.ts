// English messages of set s, part C: closings, other human replies, unrelated mail.
import type { Msg } from './lib.js';
import {
  SUPPORT, SUPPORT_BARE, AWS_NOTIFY, formSubject, MARGARET, DANIEL, CASE, COLIN, BW_HR, VERITAS_OPS,
  d, quote, sfOrig, gmailEn, outlookEn, origMsgEn, fwdEn, sigEn, FOOT_EN, paras, htmlDoc, esc, htmlWithQuote,
  margSig, danSig,
} from './common.js';

type Spec = Omit<Msg, 'lang' | 'trusted' | 'forUser' | 'trap'> & Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap'>>;
const e = (s: Spec): Msg => ({ lang: 'en', trusted: true, forUser: true, trap: false, ...s });

const M = MARGARET;
const D = DANIEL;
const margTo = `${M.name} <${M.keep}>`;
const danTo = `${D.name} <${D.keep}>`;

const DAN_CONSENT_ASK = `Dear Mr. Rosenquist,

Because this operation is irreversible, our policy requires your written authorization before any change is made. Would you kindly reply to this message stating that you authorize the merge of ${D.srcId} into ${D.keepId}?

Respectfully,
Marcus Whitfield
Senior Escalation Specialist`;

const MARG_MERGED = `Dear Ms. Okonkwo-Hale,

I am pleased to inform you that the consolidation has now been completed. Account ${M.srcId} has been merged into ${M.keepId}.

Respectfully,
Gwendolyn Price`;

export const EN_C: Msg[] = [
  // ================= case_closed (7) =================
  e({
    slug: 'marg-closing-restates-merge-badges',
    kind: 'case_closed',
    trap: true,
    caseId: CASE.marg,
    note: 'closing notice that restates the earlier merge and badge transfer; new event is the closure',
    from: SUPPORT,
    to: margTo,
    cc: COLIN,
    subject: formSubject(CASE.marg),
    date: d('2026-01-28 18:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Dear Ms. Okonkwo-Hale,

Your accounts were merged on January 19 and your Credly badges were transferred on January 22 and 23. As we have not heard of any further concerns, we are now closing case ${CASE.marg}.

It has been a privilege to assist you. Should you need help in the future, please submit a new request through the contact form.

${sigEn('Gwendolyn Price')}

${FOOT_EN}`,
  }),
  e({
    slug: 'dan-autoclose-72h-restates-consent',
    kind: 'case_closed',
    trap: true,
    caseId: CASE.dan,
    note: 'will close in 72 hours without a reply; restates the pending consent request',
    from: SUPPORT,
    to: danTo,
    subject: formSubject(CASE.dan),
    date: d('2026-03-11 15:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Dear Mr. Rosenquist,

We wrote to you on March 9 and March 10 to request your authorization for the merge, and we have not yet received a response.

Please note that if we do not hear from you within 72 hours, this case will be closed automatically. You may reopen it at any time by replying to this e-mail.

AWS Training and Certification Customer Support`,
  }),
  e({
    slug: 'marg-notify-resolved',
    kind: 'case_closed',
    caseId: CASE.marg,
    note: 'AWS Support notification: case status set to resolved',
    from: AWS_NOTIFY,
    to: M.keep,
    subject: `AWS Support: Case ${CASE.marg} has been resolved`,
    date: d('2026-01-28 18:01:30', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello,

The status of case ${CASE.marg} has been changed to Resolved.

If you require further assistance with this matter, you may reopen the case from the Support Center.

Amazon Web Services`,
  }),
  e({
    slug: 'dan-dup-case-closed',
    kind: 'case_closed',
    caseId: CASE.danDup,
    note: 'the duplicate case is closed; work continues on the other case',
    from: SUPPORT,
    to: danTo,
    subject: formSubject(CASE.danDup),
    date: d('2026-03-04 15:31:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Dear Mr. Rosenquist,

This case (${CASE.danDup}) duplicates case ${CASE.dan}, under which your request is already being handled. We have therefore closed ${CASE.danDup}. No action is required on your part.

Respectfully,
Theodore Lang
AWS Training and Certification Customer Support`,
  }),
  e({
    slug: 'forged-closed-misaligned',
    kind: 'case_closed',
    trusted: false,
    caseId: CASE.dan,
    note: 'closure notice signed by an unrelated bulk-mail domain, dmarc=fail: untrusted',
    from: AWS_NOTIFY,
    to: D.keep,
    subject: `AWS Support: Case ${CASE.dan} has been closed`,
    date: d('2026-03-14 02:00:00', '+0000'),
    auth: 'misaligned',
    enc: 'utf8b64',
    text: `Hello,

Case ${CASE.dan} has been closed. Rate your experience and receive a $50 credit: https://aws-feedback-credit.example.com/

Amazon Web Services`,
  }),
  e({
    slug: 'marg-html-closing-restates-badges',
    kind: 'case_closed',
    trap: true,
    caseId: CASE.marg,
    note: 'HTML closing message that recaps the badge transfer; only the closure is new',
    from: SUPPORT,
    to: margTo,
    subject: formSubject(CASE.marg),
    date: d('2026-01-26 17:30:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    html: htmlDoc(`<p>Dear Ms. Okonkwo-Hale,</p>
<p>Thank you for confirming that all of your badges have been transferred and are visible on your Credly profile.</p>
<ul><li>Accounts merged: January 19</li><li>Badges transferred: January 22&ndash;23</li></ul>
<p>With your confirmation, we have marked this case as resolved and it is now closed.</p>
<p>Respectfully,<br>Gwendolyn Price<br>Senior Escalation Specialist</p>`),
  }),
  e({
    slug: 'dan-closed-info-not-received',
    kind: 'case_closed',
    trap: true,
    caseId: CASE.danDup,
    note: 'closed because requested details never arrived (restates the information request)',
    from: SUPPORT,
    to: danTo,
    subject: formSubject(CASE.danDup),
    date: d('2026-03-20 16:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Dear Mr. Rosenquist,

On March 16 we asked for the e-mail address of the second Credly profile you mentioned. Since we have not received it, we have resolved this case. If you still need assistance, a reply to this e-mail will reopen it.

Respectfully,
Theodore Lang
AWS Training and Certification Customer Support`,
  }),

  // ================= support_reply (8) =================
  e({
    slug: 'marg-escalated-restates-consent',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.marg,
    note: 'restates the receipt and the consent; the new event is an escalation to Certification Operations',
    from: SUPPORT,
    to: margTo,
    cc: COLIN,
    subject: formSubject(CASE.marg),
    date: d('2026-01-16 19:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Dear Ms. Okonkwo-Hale,

Thank you for your reply of today confirming your consent to the merge. Since we received your request on January 6, you have been most accommodating, and I appreciate it.

Please be advised that your case has been escalated to our Certification Operations team, who will carry out the merge. Work of this kind is generally completed within three business days. I will write to you as soon as I have an update.

${sigEn('Gwendolyn Price')}

${FOOT_EN}`,
  }),
  e({
    slug: 'dan-thanks-for-authorizing',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.dan,
    note: 'thanks for confirming; request submitted to the team; nothing merged yet',
    from: SUPPORT,
    to: danTo,
    subject: formSubject(CASE.dan),
    date: d('2026-03-10 17:20:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Dear Mr. Rosenquist,

Thank you for confirming. Your authorization has been recorded and the merge request has been submitted to our operations team. I will let you know once it has been processed.

${sigEn('Marcus Whitfield')}

${gmailEn('2026-03-10 09:31', `${D.name} <${D.keep}>`, `Marcus,\n\nI authorize the merge.\n\nDan\n\n${gmailEn('2026-03-09 16:05', `AWS Training and Certification <${SUPPORT_BARE}>`, DAN_CONSENT_ASK)}`)}`,
  }),
  e({
    slug: 'marg-not-yet-completed-apology',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.marg,
    note: 'apology for delay: the merge has not yet been completed (negated)',
    from: SUPPORT,
    to: margTo,
    subject: formSubject(CASE.marg),
    date: d('2026-01-18 15:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Dear Ms. Okonkwo-Hale,

I regret to inform you that the merge has not yet been completed. Our operations team is experiencing a higher volume than usual, and I have asked them to prioritize your case given your timeline. Please accept my sincere apologies.

${sigEn('Gwendolyn Price')}`,
  }),
  e({
    slug: 'dan-expiry-question-restates-merge',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.dan,
    note: 'answers a question about expiry dates; restates that the merge is complete',
    from: SUPPORT,
    to: danTo,
    subject: formSubject(CASE.dan),
    date: d('2026-03-13 18:10:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Dear Mr. Rosenquist,

Thank you for your question. As confirmed yesterday, your profiles have been merged. The expiration date of each certification remains three years from the date you earned it; the merge does not change it.

${sigEn('Marcus Whitfield')}

${origMsgEn('2026-03-13 08:40', `${D.name} [mailto:${D.keep}]`, SUPPORT_BARE, formSubject(CASE.dan), `Quick question - does the merge reset the expiry date of SAA-C03?\n\nDan`)}`,
  }),
  e({
    slug: 'marg-answer-to-hr-only',
    kind: 'support_reply',
    forUser: false,
    caseId: CASE.marg,
    note: 'support answers the HR team directly (no user address in To/Cc/Delivered-To): forUser false',
    from: SUPPORT,
    to: BW_HR,
    subject: formSubject(CASE.marg),
    date: d('2026-01-20 16:40:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Dear Brightwater HR Learning & Development team,

Thank you for your inquiry regarding Ms. Okonkwo-Hale's certifications. For privacy reasons we are unable to share account details with third parties. Certification validity may be checked by anyone using the validation number on the public verification page.

${sigEn('Gwendolyn Price')}`,
  }),
  e({
    slug: 'dan-unable-exam-scheduled',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.dan,
    note: 'unable to merge while an exam is booked on the source profile (negated merge, nothing asked)',
    from: SUPPORT,
    to: danTo,
    subject: formSubject(CASE.dan),
    date: d('2026-03-05 20:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Dear Mr. Rosenquist,

Thank you for your patience. Our records show an exam appointment on March 8 under profile ${D.srcId}. We are unable to merge a profile with a pending appointment; the merge can proceed once the exam has been taken. We will resume the case automatically after that date.

Respectfully,
Theodore Lang
AWS Training and Certification Customer Support`,
  }),
  e({
    slug: 'forged-reply-no-ar-en',
    kind: 'support_reply',
    trusted: false,
    caseId: CASE.marg,
    note: 'status update with a trusted From but no Authentication-Results: untrusted',
    from: SUPPORT,
    to: M.keep,
    subject: formSubject(CASE.marg),
    date: d('2026-01-17 03:00:00', '+0000'),
    auth: 'none',
    enc: 'ascii7',
    text: `Dear Ms. Okonkwo-Hale,

Your case is with our operations team. We will update you shortly.

AWS Training and Certification`,
  }),
  e({
    slug: 'marg-write-from-retained-address',
    kind: 'support_reply',
    caseId: CASE.marg,
    note: 'asks the customer to write from the retained address; requests no data',
    from: SUPPORT,
    to: `${M.name} <${M.src}>`,
    subject: formSubject(CASE.marg),
    date: d('2026-01-08 14:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Dear Ms. Okonkwo-Hale,

We note that your latest message was sent from ${M.src}. For the protection of your records, we ask that all further correspondence on this case come from the address of the account you are keeping. Thank you for your understanding.

${sigEn('Gwendolyn Price')}`,
  }),

  // ================= unrelated (6) =================
  e({
    slug: 'dan-own-i-agree-reply',
    kind: 'unrelated',
    trusted: false,
    trap: true,
    caseId: CASE.dan,
    note: "the user's own consent reply with support's request quoted underneath",
    from: danTo,
    to: SUPPORT,
    cc: VERITAS_OPS,
    subject: formSubject(CASE.dan),
    date: d('2026-03-10 09:31:00', '-0700'),
    auth: 'pass',
    enc: 'utf8qp',
    rcpt: D.keep,
    text: `Marcus,

I authorize the merge of ${D.srcId} into ${D.keepId}. I understand it's permanent.

Dan

${gmailEn('2026-03-09 16:05', `AWS Training and Certification <${SUPPORT_BARE}>`, DAN_CONSENT_ASK)}`,
  }),
  e({
    slug: 'csat-how-did-we-do',
    kind: 'unrelated',
    trap: true,
    caseId: CASE.marg,
    note: 'customer-satisfaction survey about the resolved case',
    from: 'AWS Training and Certification <tc-feedback@amazon.com>',
    to: M.keep,
    subject: `How did we do? Your feedback on case ${CASE.marg}`,
    date: d('2026-01-29 15:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Dear Margaret,

Your recent case ${CASE.marg} was marked as resolved. Was your issue resolved to your satisfaction? Please take two minutes to tell us about your experience.

Take the survey: https://survey.aws.amazon.com/s/en/4f1a22

Thank you,
AWS Training and Certification`,
  }),
  e({
    slug: 'credly-own-account-merge-code',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: "Credly's own account-merge authorization code (Credly profile merge, not the AWS case)",
    from: 'Credly <admin@credly.com>',
    to: D.src,
    subject: 'Complete your Credly account merge',
    date: d('2026-03-17 18:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello,

A request was made to merge this Credly account into another account. To authorize the merge, enter the following code:

    604 118

or select "Complete Account Merge" in the Credly app. If you did not request this, you can ignore this e-mail.

Credly`,
  }),
  e({
    slug: 'hashicorp-via-credly',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'a HashiCorp badge via Credly: another issuer',
    from: 'HashiCorp via Credly <admin@credly.com>',
    to: D.keep,
    subject: 'Daniel, you earned a badge from HashiCorp',
    date: d('2026-03-18 13:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Congratulations, Daniel!

HashiCorp has issued you the badge "HashiCorp Certified: Terraform Associate (003)."

Accept your badge: https://www.credly.com/earner/earned/badge/f0e1d2c3-b4a5-4968-8776-a5b4c3d2e1f0

Credly`,
  }),
  e({
    slug: 'colin-out-of-office',
    kind: 'unrelated',
    trusted: false,
    caseId: CASE.marg,
    note: "the copied manager's out-of-office reply",
    from: COLIN,
    to: margTo,
    subject: `Automatic reply: ${formSubject(CASE.marg)}`,
    date: d('2026-01-16 19:00:40', '-0500'),
    auth: 'pass',
    enc: 'ascii7',
    extra: ['Auto-Submitted: auto-replied', 'X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent'],
    text: `Thank you for your message. I am out of the office through January 23 with limited access to e-mail. For urgent matters please contact the Cloud Governance office at governance@brightwater-fin.example.

Colin Ashdown
Director, Cloud Governance
Brightwater Financial Group`,
  }),
  e({
    slug: 'marg-forward-to-hr-completed',
    kind: 'unrelated',
    trusted: false,
    trap: true,
    caseId: CASE.marg,
    note: "the user's own forward of the completion notice to HR, with a long careful note",
    from: margTo,
    to: BW_HR,
    cc: `${COLIN}, ${M.keep}`,
    subject: `FW: ${formSubject(CASE.marg)}`,
    date: d('2026-01-20 09:15:00', '-0500'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Good morning,

For your records, please see below. AWS has completed the consolidation of my certification accounts. Going forward, kindly update the learning system so that my certifications are associated with ${M.keep} rather than my former Brightwater address, which will be deactivated at the end of the month.

1. Candidate ID on file should become ${M.keepId}.
2. No change to certification dates is expected.
3. Badges will be reissued by AWS separately.

Colin, copying you for awareness.

${margSig}

${outlookEn('2026-01-19 15:05', `AWS Training and Certification <${SUPPORT_BARE}>`, M.keep, formSubject(CASE.marg), MARG_MERGED, COLIN)}`,
  }),
];
