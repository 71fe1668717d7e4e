// English messages of set s, part B: consent requests, completions, badges.
import type { Msg } from './lib.js';
import {
  SUPPORT, SUPPORT_BARE, AWS_NOTIFY, CREDLY_AWS, formSubject, MARGARET, DANIEL, CASE, COLIN, BW_HR, VERITAS_OPS,
  d, quote, sfOrig, gmailEn, outlookEn, origMsgEn, sigEn, FOOT_EN, FOOT_BI, sfRef, paras, htmlDoc, esc, htmlWithQuote,
  MARG_REQ, DAN_REQ, margSig, danSig,
} from './common.js';

type Spec = Omit<Msg, 'lang' | 'trusted' | 'forUser' | 'trap'> & Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap'>>;
const e = (s: Spec): Msg => ({ lang: 'en', trusted: true, forUser: true, trap: false, ...s });

const M = MARGARET;
const D = DANIEL;
const margTo = `${M.name} <${M.keep}>`;
const danTo = `${D.name} <${D.keep}>`;
const PORTAL = 'AWS Certification <certification-noreply@aws.training>';

const MARG_IDS = `Dear Ms. Price,

Thank you for your prompt reply. Please find the requested details below.

1. Candidate IDs: ${M.keepId} (personal) and ${M.srcId} (former employer)
2. Sign-in e-mails: ${M.keep} and ${M.src}
3. Surviving account: ${M.keep}
4. Legal name: Margaret Adaeze Okonkwo-Hale

${margSig}`;

const DAN_AGREE = `Hi Marcus,

Yes - I agree to the merge of ${D.srcId} into ${D.keepId} and understand it's permanent.

Thanks,
Dan`;

const credlyHtml = (first: string, badge: string, id: string): string =>
  htmlDoc(`<table width="100%" style="background:#f4f4f4"><tr><td align="center" style="padding:30px">
<table width="560" style="background:#ffffff"><tr><td style="padding:28px;font-family:Helvetica,Arial,sans-serif">
<p style="font-size:20px;margin:0 0 12px">Congratulations, ${esc(first)}!</p>
<p>Amazon Web Services Training and Certification has issued you a new badge: <b>${esc(badge)}</b>.</p>
<p style="text-align:center;margin:24px 0"><a href="https://www.credly.com/earner/earned/badge/${id}" style="background:#ff6b00;color:#fff;padding:12px 26px;text-decoration:none;border-radius:3px">Accept your badge</a></p>
<p style="font-size:12px;color:#777">You are receiving this e-mail because a badge was issued to this address. Credly, Inc., 1250 Broadway, New York, NY.</p>
</td></tr></table></td></tr></table>`);

export const EN_B: Msg[] = [
  // ================= confirmation_request (7) =================
  e({
    slug: 'marg-consent-numbered-irreversible',
    kind: 'confirmation_request',
    caseId: CASE.marg,
    note: 'summary of both accounts and an explicit request to reply "I agree" to an irreversible merge',
    from: SUPPORT,
    to: margTo,
    subject: formSubject(CASE.marg),
    date: d('2026-01-09 21:30:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Dear Ms. Okonkwo-Hale,

Thank you for supplying the requested details. We have verified both accounts and are prepared to proceed on the following basis:

  Surviving account:  ${M.keepId} (${M.keep})
  Account to be merged: ${M.srcId} (${M.src})

Please note the following before you respond:

  a) A merge is permanent and cannot be reversed.
  b) The merged account will be deactivated and can no longer be used to sign in.
  c) All certifications, exam history and benefits will appear under the surviving account.

If you approve, kindly reply to this e-mail with the words "I agree" so that we may schedule the merge.

${sigEn('Gwendolyn Price')}

${FOOT_EN}

${sfOrig('2026-01-07 22:10', M.keep, SUPPORT_BARE, formSubject(CASE.marg), MARG_IDS)}`,
  }),
  e({
    slug: 'dan-buried-consent-long',
    kind: 'confirmation_request',
    caseId: CASE.dan,
    note: 'long apology/escalation letter; mid-letter it asks for written authorization to perform the merge',
    from: SUPPORT,
    to: danTo,
    subject: formSubject(CASE.dan),
    date: d('2026-03-09 23:05:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Dear Mr. Rosenquist,

I would like to begin by thanking you for the screenshot you sent on March 7, and by apologizing once more for the additional verification we required. The discrepancy in the exam vendor's records has now been corrected by our Certification Operations team, and I have personally reviewed the result.

We are now in a position to combine profile ${D.srcId} into ${D.keepId}. Because this operation is irreversible, our policy requires your written authorization before any change is made. Would you kindly reply to this message stating that you authorize the merge?

For your planning: once authorization is received, the work is typically carried out within three business days, and your 50% exam discount voucher will be carried over. Your upcoming exam appointment is not affected.

Thank you again for your patience throughout this process.

${sigEn('Marcus Whitfield')}

${FOOT_EN}`,
  }),
  e({
    slug: 'marg-consent-html-table',
    kind: 'confirmation_request',
    caseId: CASE.marg,
    note: 'multipart consent request with an HTML table (re-sent after the name was reconciled)',
    from: SUPPORT,
    to: margTo,
    cc: COLIN,
    subject: formSubject(CASE.marg),
    date: d('2026-01-15 17:12:00', '+0000'),
    auth: 'passSes',
    enc: 'utf8qp',
    text: `Dear Ms. Okonkwo-Hale,

Thank you for clarifying the name. Your certificates will show "Margaret Okonkwo-Hale." Because the account record has changed, we must ask for your approval once more.

Surviving account: ${M.keepId} / ${M.keep}
Account to be merged: ${M.srcId} / ${M.src}

This action cannot be undone. If the above is correct, please reply to indicate your consent.

${sigEn('Gwendolyn Price')}`,
    html: htmlDoc(`<p>Dear Ms. Okonkwo-Hale,</p>
<p>Thank you for clarifying the name. Your certificates will show "Margaret Okonkwo-Hale." Because the account record has changed, we must ask for your approval once more.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse"><tr><th>Role</th><th>Candidate ID</th><th>E-mail</th></tr>
<tr><td>Surviving account</td><td>${M.keepId}</td><td>${M.keep}</td></tr>
<tr><td>Account to be merged</td><td>${M.srcId}</td><td>${M.src}</td></tr></table>
<p><b>This action cannot be undone.</b> If the above is correct, please reply to indicate your consent.</p>
<p>Respectfully,<br>Gwendolyn Price<br>Senior Escalation Specialist</p>`),
  }),
  e({
    slug: 'dan-consent-restates-info-received',
    kind: 'confirmation_request',
    trap: true,
    caseId: CASE.dan,
    note: 'opens by restating that the requested information was received; the new ask is consent to proceed',
    from: SUPPORT,
    to: danTo,
    subject: formSubject(CASE.dan),
    date: d('2026-03-05 16:40:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Dear Mr. Rosenquist,

We have received the information you provided on March 4, including your legal name and the profile you wish to keep. Thank you.

Before we submit the merge, please review the summary below and let us know whether we may proceed:

  Keep:   ${D.keepId}  ${D.keep}
  Retire: ${D.srcId}  ${D.src}

Please be aware that a merge cannot be reversed.

Respectfully,
Theodore Lang
AWS Training and Certification Customer Support`,
  }),
  e({
    slug: 'forged-consent-fail-then-pass',
    kind: 'confirmation_request',
    trusted: false,
    caseId: CASE.dan,
    note: 'top A-R says fail; a planted pass sits lower: untrusted',
    from: SUPPORT,
    to: D.keep,
    subject: formSubject(CASE.dan),
    date: d('2026-03-06 04:44:00', '+0000'),
    auth: 'failThenForged',
    enc: 'ascii7',
    text: `Dear customer,

Please approve the merge within 12 hours by signing in here: https://merge-approval.aws-cert.example.net/approve

AWS Training and Certification`,
  }),
  e({
    slug: 'dan-consent-cc-ops-kindly-indicate',
    kind: 'confirmation_request',
    caseId: CASE.dan,
    note: 'consent request copied to the team alias the customer had copied; "kindly indicate your consent"',
    from: SUPPORT,
    to: danTo,
    cc: VERITAS_OPS,
    subject: formSubject(CASE.dan),
    date: d('2026-03-10 15:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Dear Mr. Rosenquist,

I am following up on my message of March 9, as we have not yet received your authorization. I have kept Veritas Training Operations in copy, as on your previous reply.

Kindly indicate your consent to merging ${D.srcId} into ${D.keepId} by replying to this message. We are unable to proceed without it.

${sigEn('Marcus Whitfield')}

${gmailEn('2026-03-07 08:12', `${D.name} <${D.keep}>`, `Marcus,\n\nScreenshot attached. Copying our training ops team for visibility.\n\nDan`)}`,
  }),
  e({
    slug: 'marg-consent-future-merge-badges',
    kind: 'confirmation_request',
    trap: true,
    caseId: CASE.marg,
    note: 'consent request that describes, in future tense, the merge and badge transfer that will follow',
    from: SUPPORT,
    to: margTo,
    subject: formSubject(CASE.marg),
    date: d('2026-01-10 14:20:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Dear Ms. Okonkwo-Hale,

To follow up on yesterday's message: once we receive your consent, our team will merge ${M.srcId} into ${M.keepId}, and your Credly badges will subsequently be transferred to ${M.keep}. We will confirm each step in writing.

We are not able to begin until you reply with your approval. Would you please let us know whether you agree to proceed?

${sigEn('Gwendolyn Price')}`,
  }),

  // ================= merge_completed (7) =================
  e({
    slug: 'marg-merged-history-restated',
    kind: 'merge_completed',
    caseId: CASE.marg,
    note: 'restates the receipt, information, name reconciliation and consent; the new fact is that the consolidation is complete',
    from: SUPPORT,
    to: margTo,
    cc: COLIN,
    subject: formSubject(CASE.marg),
    date: d('2026-01-19 20:05:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Dear Ms. Okonkwo-Hale,

For completeness, I have summarized the history of case ${CASE.marg}:

  - January 6: case received.
  - January 7: candidate IDs and account details requested; provided the same day.
  - January 13: name discrepancy identified; resolved on January 14.
  - January 16: your consent received and recorded.

I am pleased to inform you that the consolidation has now been completed. Account ${M.srcId} has been merged into ${M.keepId}, and your certifications, exam history and benefits are available when you sign in with ${M.keep}.

We would be grateful if you could sign in and let us know should anything appear incorrect.

${sigEn('Gwendolyn Price')}

${FOOT_EN}`,
  }),
  e({
    slug: 'dan-buried-merge-and-closing',
    kind: 'merge_completed',
    caseId: CASE.dan,
    note: 'long letter; the merge completion sits mid-letter; also says the case will be closed',
    from: SUPPORT,
    to: danTo,
    subject: formSubject(CASE.dan),
    date: d('2026-03-12 21:20:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Dear Mr. Rosenquist,

Thank you for your authorization of March 10, and for your understanding regarding the additional verification we requested earlier in this case. I recognize that this process took longer than either of us would have wished, and I apologize for the inconvenience.

I can now confirm that profile ${D.srcId} was merged into ${D.keepId} earlier today. Both of your certifications, SAA-C03 and DVA-C02, now appear under ${D.keep}, along with your exam history and the discount voucher.

Credly badges may take up to five business days to reflect the change. If they have not appeared by then, simply reply to this message.

With the merge complete, we will be closing this case. It has been a pleasure assisting you.

${sigEn('Marcus Whitfield')}

${FOOT_EN}`,
  }),
  e({
    slug: 'portal-accounts-merged-en',
    kind: 'merge_completed',
    caseId: null,
    note: "the certification portal's own notice (no case ID) that the accounts were merged",
    from: PORTAL,
    to: D.keep,
    subject: 'Your AWS Certification accounts have been merged',
    date: d('2026-03-12 20:58:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    crlf: false,
    text: `Hello Daniel,

This is a confirmation that your AWS Certification accounts have been merged. Going forward, sign in with ${D.keep} (candidate ID ${D.keepId}) to view all certifications, exam history and benefits.

If you did not request this change, contact AWS Training and Certification Customer Support.

AWS Certification`,
  }),
  e({
    slug: 'dan-merged-verify-html-only',
    kind: 'merge_completed',
    caseId: CASE.danDup,
    note: 'HTML-only completion on the duplicate thread that asks the customer to verify everything looks correct',
    from: SUPPORT,
    to: danTo,
    subject: formSubject(CASE.danDup),
    date: d('2026-03-12 21:40:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    html: htmlDoc(`<p>Dear Mr. Rosenquist,</p>
<p>Although correspondence has continued under case ${CASE.dan}, I wanted to close the loop on this thread as well: the two certification profiles have been combined into <b>${D.keepId}</b>.</p>
<p>Please take a moment to verify that your certifications and exam records look correct.</p>
<p>Respectfully,<br>Theodore Lang<br>AWS Training and Certification Customer Support</p>`),
  }),
  e({
    slug: 'forged-merged-other-domain-pass',
    kind: 'merge_completed',
    trusted: false,
    caseId: CASE.marg,
    note: 'dmarc=pass is for another header.from domain than the amazon.com From: untrusted',
    from: SUPPORT,
    to: M.keep,
    subject: formSubject(CASE.marg),
    date: d('2026-01-18 09:00:00', '+0000'),
    auth: 'passOtherDomain',
    enc: 'ascii7',
    text: `Dear customer,

Your accounts have been merged. Claim your free exam voucher at https://aws-voucher-claim.example/

AWS Training and Certification`,
  }),
  e({
    slug: 'marg-merged-badges-will-follow',
    kind: 'merge_completed',
    trap: true,
    caseId: CASE.marg,
    note: 'completion notice; the badges are only promised (future), so not the badge event',
    from: SUPPORT,
    to: margTo,
    subject: formSubject(CASE.marg),
    date: d('2026-01-19 20:30:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Dear Ms. Okonkwo-Hale,

Further to my earlier note this afternoon: the merge of your accounts has been finalized on our side, and the source account is now inactive.

Your Credly badges will be reissued to ${M.keep} within approximately five business days. You will receive an e-mail from Credly when each badge is available to accept.

${sigEn('Gwendolyn Price')}`,
  }),
  e({
    slug: 'dan-merged-gmail-quote-cc-ops',
    kind: 'merge_completed',
    caseId: CASE.dan,
    note: 'short completion with the customer\'s consent quoted below (Gmail style)',
    from: SUPPORT,
    to: danTo,
    cc: VERITAS_OPS,
    subject: formSubject(CASE.dan),
    date: d('2026-03-12 20:50:00', '+0000'),
    auth: 'arcPass',
    enc: 'ascii7',
    text: `Dear Mr. Rosenquist,

This is to let you know that the requested merge has been carried out successfully. ${D.srcId} no longer exists as a separate profile; everything now resides under ${D.keepId}.

${sigEn('Marcus Whitfield')}

${gmailEn('2026-03-10 09:31', `${D.name} <${D.keep}>`, DAN_AGREE)}`,
  }),

  // ================= badges_transferred (7) =================
  e({
    slug: 'credly-aws-badge-accept-en',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly: AWS badge issued to the kept address ("Accept your badge")',
    from: CREDLY_AWS,
    to: M.keep,
    subject: 'Margaret, you earned a badge from Amazon Web Services Training and Certification',
    date: d('2026-01-22 14:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Congratulations, Margaret!

Amazon Web Services Training and Certification has issued you a new badge: AWS Certified Solutions Architect – Associate.

Accept your badge: https://www.credly.com/earner/earned/badge/6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d

Credly, Inc.`,
    html: credlyHtml('Margaret', 'AWS Certified Solutions Architect – Associate', '6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d'),
  }),
  e({
    slug: 'marg-support-badges-transferred-restates-merge',
    kind: 'badges_transferred',
    trap: true,
    caseId: CASE.marg,
    note: 'restates the merge of 19 Jan; the new event is that the badges were transferred',
    from: SUPPORT,
    to: margTo,
    subject: formSubject(CASE.marg),
    date: d('2026-01-22 13:40:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Dear Ms. Okonkwo-Hale,

As you know, your certification accounts were merged on January 19. Thank you for providing your Credly address on January 21.

I am writing to confirm that our badging team has transferred all three of your AWS Credly badges to ${M.keep}. Credly will send a notification for each; please accept them at your convenience.

${sigEn('Gwendolyn Price')}

${sfOrig('2026-01-21 19:02', M.keep, SUPPORT_BARE, formSubject(CASE.marg), `Dear Ms. Price,\n\nMy Credly profile uses ${M.keep}.\n\n${margSig}`)}`,
  }),
  e({
    slug: 'credly-aws-two-badges-ascii',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly digest: two AWS badges now available on the kept address',
    from: CREDLY_AWS,
    to: danTo,
    subject: 'You have 2 new badges from Amazon Web Services Training and Certification',
    date: d('2026-03-16 12:30:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Daniel,

Amazon Web Services Training and Certification has issued the following badges to ${D.keep}:

  * AWS Certified Solutions Architect - Associate
  * AWS Certified Developer - Associate

Accept your badges: https://www.credly.com/earner/earned

Credly, Inc.`,
  }),
  e({
    slug: 'dan-buried-badges-moved-closing',
    kind: 'badges_transferred',
    caseId: CASE.dan,
    note: 'long follow-up letter; in the middle: the badges have been moved to the kept address; then closing',
    from: SUPPORT,
    to: danTo,
    subject: formSubject(CASE.dan),
    date: d('2026-03-16 11:45:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Dear Mr. Rosenquist,

Thank you for writing back on March 14 to let us know that your Credly profile still showed only one badge. I apologize that this required a further message from you after the merge had been completed.

Our badging team has reviewed the records and has now moved your SAA-C03 badge from ${D.src} to ${D.keep}, where it joins your DVA-C02 badge. You should see both badges on your Credly profile shortly, and Credly may send you a separate notification.

As there are no further actions outstanding, we will consider this matter resolved and close the case. Should anything else arise, you are welcome to reply to this message.

${sigEn('Marcus Whitfield')}

${FOOT_EN}`,
  }),
  e({
    slug: 'forged-credly-no-ar',
    kind: 'badges_transferred',
    trusted: false,
    caseId: null,
    note: 'Credly AWS badge mail with no Authentication-Results at all: untrusted',
    from: CREDLY_AWS,
    to: M.keep,
    subject: 'Your AWS badge has been transferred',
    date: d('2026-01-20 05:00:00', '+0000'),
    auth: 'none',
    enc: 'ascii7',
    text: `Hello Margaret,

Your AWS badge has been moved to your new account. Accept your badge: https://credly.badge-claim.example/accept

Credly`,
  }),
  e({
    slug: 'marg-badges-reissued-b64',
    kind: 'badges_transferred',
    caseId: CASE.marg,
    note: 'support says the badges were reissued to the kept address; expect Credly mail',
    from: SUPPORT,
    to: margTo,
    cc: BW_HR,
    subject: formSubject(CASE.marg),
    date: d('2026-01-23 16:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Dear Ms. Okonkwo-Hale,

Following your note that one badge was still missing, we have reissued your AWS Certified Security – Specialty badge to ${M.keep}. It should now be listed alongside the others. I have copied Brightwater HR Learning & Development as you requested.

${sigEn('Gwendolyn Price')}`,
  }),
  e({
    slug: 'credly-aws-badge-dkim-only',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly AWS badge with only an aligned dkim=pass (no dmarc): trusted',
    from: CREDLY_AWS,
    to: D.keep,
    subject: 'Daniel, accept your AWS Certified Developer - Associate badge',
    date: d('2026-03-16 12:31:00', '+0000'),
    auth: 'dkimonly',
    enc: 'utf8b64',
    text: `Hello Daniel,

Amazon Web Services Training and Certification issued you the badge "AWS Certified Developer - Associate."

Accept your badge: https://www.credly.com/earner/earned/badge/a1b2c3d4-e5f6-4789-a0b1-c2d3e4f5a6b7

Credly`,
  }),
];
