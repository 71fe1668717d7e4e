// Set ba, English messages: US/EU/IN corporate mailboxes behind Proofpoint, Safe Links,
// Mimecast and Barracuda, with [EXTERNAL] tags, legal footers and flattened HTML.
import type { Msg } from './lib.js';
import {
  ALEX, AWS_NOTIFY, CASE, CERT_PORTAL, CREDLY_AWS, GRACE, SANJAY, SUPPORT, TOM, U, barracuda, d, doubled, esc, formSubj,
  mcHops, mimecast, mk, ppHops, quote, runOn, safelink, sfRef, urldefense, exoHops,
} from './common.js';

const G = `${GRACE.name} <${GRACE.work}>`;
const T = `${TOM.name} <${TOM.work}>`;
const S = `${SANJAY.name} <${SANJAY.work}>`;
const A = `${ALEX.name} <${ALEX.work}>`;

const ppBanner = `This Message Is From an External Sender
This message came from outside your organization.
Report Suspicious ${urldefense('https://us-phishalarm-ewt.proofpoint.com/EWT/v1/report', 'ppb')}
ZjQcmQRYFpfptBannerEnd
`;
const ppBannerTrap = `[EXTERNAL] Verify the sender before you confirm anything, approve a request, or reply with personal details. Finco will never ask you to confirm your password by email.
`;
const govBanner = `CAUTION: This email originated from outside of the Agency. Do not click links or open attachments unless you recognize the sender and know the content is safe.
`;
const firstContact = `You don't often get email from aws-cs-trainingcertification-form@amazon.com. Learn why this is important<https://aka.ms/LearnAboutSenderIdentification>
`;
const mcBanner = `** External email: links have been rewritten by Mimecast. Think before you click. **
`;
const govFooter = `
---------------------------------------------------------------------
CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential, privileged or otherwise protected information. Any unauthorized review, use, disclosure, or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message. Messages sent to and from the Agency may be monitored, retained and subject to disclosure under public records laws. The Agency does not accept liability for any errors or omissions in the contents of this message which arise as a result of e-mail transmission.
---------------------------------------------------------------------`;
const fincoFooter = `
________________________________
This communication and any attachments are confidential and intended solely for the addressee. It may contain material that is privileged or subject to regulatory restriction. If you received it in error, notify the sender immediately and delete it; do not copy, forward or rely on it. Finco Holdings and its affiliates accept no responsibility for changes made to this message after it was sent. Email to or from Finco is archived and may be reviewed for compliance purposes.
________________________________`;
const consultFooter = `
Disclaimer: The information contained in this communication is intended solely for the use of the individual or entity to whom it is addressed and others authorized to receive it. It may contain confidential or legally privileged information. If you are not the intended recipient you are hereby notified that any disclosure, copying, distribution or taking any action in reliance on the contents of this information is strictly prohibited and may be unlawful. Consult Example Pvt. Ltd. is neither liable for the proper and complete transmission of the information contained in this communication nor for any delay in its receipt.
This email has been scanned for viruses and malware by Mimecast Ltd.`;
const awsFooter = `
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.`;
const rateLine = (seed: string): string =>
  `How did we do? Let us know by rating this correspondence in the AWS Support Center:\n${safelink(U.center, seed, 'nam12')}`;
const tomSig = `Tom Becker
Systems Engineer | Office of Digital Services
[cid:image002.png@01DC71A9.6C2E45F0]  [cid:image003.png@01DC71A9.6C2E45F0]
Desk: (555) 010-4471`;
const graceSig = `Grace Liu
Cloud Platform Team, Finco
[cid:finco-logo_3f2a9c1e-0b7d-4a55-9e0c-2d1f7a6b8c44]`;

export const EN: Msg[] = [
  // ---------------- acknowledgement (6)
  mk({
    slug: 'en-ack-proofpoint-banner',
    kind: 'acknowledgement', lang: 'en', caseId: CASE.grace,
    note: 'Automatic case receipt under the Proofpoint external-sender banner, links rewritten by URL Defense.',
    from: AWS_NOTIFY, to: G, subject: `[EXTERNAL] AWS Support case ${CASE.grace} created`, date: d('2026-02-16 08:14:22', '-0500'),
    enc: 'ascii7', hops: ppHops('e1'),
    text: `${ppBanner}
Hello Grace Liu,

Thank you for contacting AWS Training and Certification. We opened case ${CASE.grace} for your inquiry and a member of our team will get back to you, typically within 24 hours.

Please do not open another case for the same question; duplicate cases slow things down for everyone.

View your case: ${urldefense(U.center + CASE.grace, 'e1')}

Sincerely,
Amazon Web Services
${awsFooter}`,
  }),
  mk({
    slug: 'en-ack-gov-safelinks-flattened',
    kind: 'acknowledgement', lang: 'en', caseId: CASE.tom, trap: true,
    note: 'Receipt with a flattened summary table; a line warns that AWS never asks you to confirm your password (confirmation words, still a receipt).',
    from: AWS_NOTIFY, to: T, subject: `[EXTERNAL] We received your request - Case ${CASE.tom}`, date: d('2026-03-03 13:40:09', '-0500'),
    enc: 'utf8qp', hops: exoHops('e2', d('2026-03-03 13:40:09', '-0500')),
    text: `${firstContact}${govBanner}
Case ID${CASE.tom}SubjectMerge certification accountsSeverityGeneral guidanceStatusUnassigned

Hi Tom,

Your request reached us and is now in the queue. Before replying to anything about this case, make sure it comes from an amazon.com address; we will never ask you to confirm your password.

${safelink(U.center + CASE.tom, 'e2', 'gcc02')}

AWS Training & Certification Support`,
  }),
  mk({
    slug: 'en-ack-mimecast-id-in-body',
    kind: 'acknowledgement', lang: 'en', caseId: CASE.sanjay,
    note: 'Receipt recognisable by its shape; the gateway stripped the case ID from the subject, it is only in the body.',
    from: AWS_NOTIFY, to: S, subject: '[EXT] Thank you for contacting AWS Support', date: d('2026-04-06 10:02:51', '+0530'),
    enc: 'ascii7', hops: mcHops('e3'),
    text: `${mcBanner}
Dear Sanjay Rao,

This is an automated note to let you know your inquiry is logged as case number ${CASE.sanjay}.
Replies to this email are added to the case.

Expected first response: 1 business day
Queue: AWS Training and Certification

${mimecast(U.center + CASE.sanjay, 'e3')}
${consultFooter}`,
  }),
  mk({
    slug: 'en-ack-otheronly-gateway',
    kind: 'acknowledgement', lang: 'en', caseId: CASE.alex, trusted: false, auth: 'otherOnly',
    note: 'Receipt whose only Authentication-Results comes from another authserv-id (mx.google.com) below the server line: untrusted.',
    from: AWS_NOTIFY, to: A, subject: `[External] Case ${CASE.alex} has been opened`, date: d('2026-05-11 19:30:40', '+0000'),
    enc: 'ascii7',
    text: `Hello,

We have received your request and opened case ${CASE.alex}. An agent will respond soon.

Amazon Web Services

--
Scanned by Barracuda Email Protection`,
  }),
  mk({
    slug: 'en-ack-html-only-doubled',
    kind: 'acknowledgement', lang: 'en', caseId: CASE.grace,
    note: 'HTML-only receipt with Outlook paragraph markup and the Proofpoint banner as a table.',
    from: AWS_NOTIFY, to: G, subject: `[EXTERNAL] Re: Case ${CASE.grace} - account-assistance - received`, date: d('2026-02-16 08:14:25', '-0500'),
    enc: 'utf8b64',
    html: `<html xmlns:o="urn:schemas-microsoft-com:office:office"><body>
<table style="border:1px solid #f00"><tr><td><b>This Message Is From an External Sender</b><br>This message came from outside your organization.</td></tr></table>
<p class="MsoNormal">We&#8217;ve got it.<o:p></o:p></p>
<p class="MsoNormal">Case <b>${CASE.grace}</b> is open and waiting for an agent. Average first reply: under a day.<o:p></o:p></p>
<p class="MsoNormal"><a href="${esc(urldefense(U.center + CASE.grace, 'e5'))}">Open the case</a><o:p></o:p></p>
<p class="MsoNormal">AWS Support<o:p></o:p></p>
</body></html>`,
  }),
  mk({
    slug: 'en-ack-resent-oldcorp-bounce',
    kind: 'acknowledgement', lang: 'en', caseId: CASE.alex, forUser: false,
    resent: { from: 'postmaster@work.example.net', to: 'it-mailops@work.example.net', date: d('2026-05-11 19:31:10', '+0000') },
    note: 'Receipt redirected by the corporate mail system to the mail-ops box (Resent-*): not delivered to the user.',
    from: AWS_NOTIFY, to: A, subject: `Case ${CASE.alex}: we received your request`, date: d('2026-05-11 19:30:40', '+0000'),
    enc: 'ascii7',
    text: `Hello Alex,

Thanks for reaching out. Your case number is ${CASE.alex}; keep it handy if you write to us again.

Amazon Web Services`,
  }),

  // ---------------- ai_answer (6)
  mk({
    slug: 'en-ai-generated-merge-tool-pp',
    kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'AI-generated recommendation to use the Merge Accounts tool, URL Defense links.',
    from: AWS_NOTIFY, to: G, subject: '[EXTERNAL] Your AI-generated answer from AWS Support', date: d('2026-02-16 08:09:02', '-0500'),
    enc: 'ascii7', hops: ppHops('e7'),
    text: `${ppBanner}
This response was generated by AI and may be inaccurate.

If you have two AWS Certification accounts, you can combine them yourself: sign in to your certification account, open Profile, and choose Merge Accounts.
${urldefense(U.certMerge, 'e7')}

If both accounts already hold certifications the tool will stop and ask you to contact support. In that case choose "Create case".

Did this answer your question? Yes | No`,
  }),
  mk({
    slug: 'en-ai-gov-after-merge-explained',
    kind: 'ai_answer', lang: 'en', caseId: null, trap: true,
    note: 'Automated answer explaining that after a merge the badges and certifications appear on the kept account; still ai_answer.',
    from: AWS_NOTIFY, to: T, subject: '[EXTERNAL] Suggested solution for your question', date: d('2026-03-03 13:35:51', '-0500'),
    enc: 'utf8qp', hops: exoHops('e8', d('2026-03-03 13:35:51', '-0500')),
    text: `${govBanner}
Generated answer
Once two certification accounts are merged, your exam history, certifications and benefits show up on the account you keep, and Credly badges can be claimed again from that account's email address. Start with the self-service Merge Accounts option: ${safelink(U.certMerge, 'e8', 'gcc02')}

Not what you needed? Select Create case to reach a person.${govFooter}`,
  }),
  mk({
    slug: 'en-ai-mimecast-runon',
    kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'AI suggestion converted from HTML with paragraph breaks lost.',
    from: AWS_NOTIFY, to: S, subject: '[EXT] Recommended resources (automated)', date: d('2026-04-06 09:58:12', '+0530'),
    enc: 'ascii7', hops: mcHops('e9'),
    text: runOn(`${mcBanner}
Automated response
Based on what you typed, these steps usually help:
1. Sign in at aws.training with the account you want to keep.
2. Go to your certification profile and pick Merge Accounts.
3. Enter the other account's email and the code we send to it.

If the merge tool says it cannot continue, create a support case.
${mimecast(U.certMerge, 'e9')}`),
  }),
  mk({
    slug: 'en-ai-dkimonly-bot',
    kind: 'ai_answer', lang: 'en', caseId: null, auth: 'dkimonly',
    note: 'Bot answer with only an aligned dkim=pass in the topmost A-R (trusted by the rule); Safe Links inside.',
    from: 'AWS Support Assistant <assistant@support.aws.com>', to: A, subject: '[External] Answer from the AWS Support assistant', date: d('2026-05-11 19:25:00', '+0000'),
    enc: 'ascii7',
    text: `Hi! I'm the AWS Support assistant (automated).

Merging certification accounts: try Merge Accounts first, under your certification profile. It moves exams, certifications and vouchers to the account you sign in with.
${safelink(U.certMerge, 'e10', 'eur02')}

Still stuck? Reply "agent" or open a case.`,
  }),
  mk({
    slug: 'en-ai-mojibake-gateway',
    kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'AI answer whose curly quotes the gateway re-encoded into mojibake (donâ€™t); still readable as the automated suggestion.',
    from: AWS_NOTIFY, to: G, subject: '[EXTERNAL] AI generated response to your question', date: d('2026-02-20 07:02:44', '-0500'),
    enc: 'utf8qp',
    text: `This answer was generated automatically.

You donâ€™t need to wait for an agent if only one of your accounts has a certification: the â€œMerge Accountsâ€ tool in your profile can combine them in a few minutes.
${urldefense(U.certMerge, 'e11')}

Doesnâ€™t apply to you? Create a case and weâ€™ll take it from there.`,
  }),
  mk({
    slug: 'en-ai-multipart-tom',
    kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'Multipart AI answer; the text part is the HTML flattened with doubled blank lines.',
    from: AWS_NOTIFY, to: T, subject: '[EXTERNAL] Amazon Q answered your question', date: d('2026-03-03 13:36:20', '-0500'),
    enc: 'ascii7',
    text: doubled(`Amazon Q - generated answer
Q: How do I combine two AWS Certification accounts?
A: Use Merge Accounts in the certification portal. You will need access to both email addresses.
Learn more: ${safelink(U.faq, 'e12', 'gcc02')}`),
    html: `<div><b>Amazon Q - generated answer</b></div><div>Q: How do I combine two AWS Certification accounts?</div><div>A: Use Merge Accounts in the certification portal. You will need access to both email addresses.</div><div>Learn more: <a href="${esc(safelink(U.faq, 'e12', 'gcc02'))}">FAQ</a></div>`,
  }),

  // ---------------- info_request (7)
  mk({
    slug: 'en-info-pp-need-ids',
    kind: 'info_request', lang: 'en', caseId: CASE.grace,
    note: 'Agent needs both candidate IDs and the login email of each account; Proofpoint banner and rewritten links.',
    to: G, subject: `[EXTERNAL] ${formSubj(CASE.grace)}`, date: d('2026-02-17 11:20:08', '-0500'),
    enc: 'ascii7', hops: ppHops('e13'),
    text: `${ppBanner}
Hello Grace,

Thanks for writing in. To line up the two profiles, could you reply with the AWS candidate ID (it starts with "AWS") and the sign-in email for each account?

Best regards,
Daniel R.
AWS Training and Certification
${rateLine('e13')}
${sfRef('e13')}${fincoFooter}`,
  }),
  mk({
    slug: 'en-info-gov-which-keep-trapfooter',
    kind: 'info_request', lang: 'en', caseId: CASE.tom, trap: true,
    note: 'Asks which account to keep; a boilerplate line says cases with no reply are closed automatically (policy, not a reminder).',
    to: T, subject: `[EXTERNAL] ${formSubj(CASE.tom)}`, date: d('2026-03-04 09:12:47', '-0500'),
    enc: 'utf8qp', hops: exoHops('e14', d('2026-03-04 09:12:47', '-0500')),
    text: `${govBanner}
Hi Tom,

We see two profiles, ${TOM.keepId} and ${TOM.srcId}. Which of the two should remain after the merge? Please let us know the email address you plan to keep using.

Note: cases with no customer response for 10 days are closed automatically.

Regards,
Priyanka
AWS Training and Certification${govFooter}`,
  }),
  mk({
    slug: 'en-info-mimecast-outlook-thread',
    kind: 'info_request', lang: 'en', caseId: CASE.sanjay,
    note: 'Asks for the notification email and exam history of the old account; long Outlook thread with disclaimers.',
    to: S, subject: `[EXT] ${formSubj(CASE.sanjay)}`, date: d('2026-04-07 15:48:33', '+0530'),
    enc: 'ascii7', hops: mcHops('e15'),
    text: `${mcBanner}
Hello Sanjay,

One more thing before we go on: the older profile (${SANJAY.srcId}) lists a different notification email than the one you gave us. Could you tell us which address receives the certification emails on that profile, and roughly when you took the exams there?

Thank you,
Lena
AWS Training and Certification

From: ${S}
Sent: Tuesday, April 7, 2026 9:02 AM
To: ${SUPPORT}
Subject: RE: [EXT] ${formSubj(CASE.sanjay)}

Hi, the IDs are ${SANJAY.keepId} (keep) and ${SANJAY.srcId}.
Regards, Sanjay
${consultFooter}

From: ${SUPPORT}
Sent: Monday, April 6, 2026 6:40 PM
To: ${S}
Subject: ${formSubj(CASE.sanjay)}

Could you share the candidate IDs of both accounts?`,
  }),
  mk({
    slug: 'en-info-freemail-display-name',
    kind: 'info_request', lang: 'en', caseId: CASE.grace, trusted: false, trap: true,
    note: 'Trusted display name on a free-mail address asking for passwords (untrusted); the banner on top speaks of confirming.',
    from: 'AWS Training and Certification <aws.cert.support.team@gmail.com>', to: G, subject: `[EXTERNAL] ${formSubj(CASE.grace)} - ACTION REQUIRED`, date: d('2026-02-18 02:14:55', '-0500'),
    enc: 'ascii7',
    text: `${ppBannerTrap}
Dear customer,

To complete the merge we need to validate ownership. Reply with the password of both certification accounts and a photo of your ID within 12 hours.

AWS Support`,
  }),
  mk({
    slug: 'en-info-html-only-list',
    kind: 'info_request', lang: 'en', caseId: CASE.alex,
    note: 'HTML-only request for the second account email and the name on each profile.',
    to: A, subject: `[External] ${formSubj(CASE.alex)}`, date: d('2026-05-12 16:22:10', '+0000'),
    enc: 'utf8qp',
    html: `<html><body><p style="color:#b00;font-size:9pt">[External] Use caution with links and attachments.</p>
<p>Hi Alex,</p><p>Happy to help. Please send us:</p><ol><li>the email address on the second certification account</li><li>the full name shown on each profile</li></ol><p>Once we have these we can move forward.</p><p>Kind regards,<br>AWS Training &amp; Certification</p>
<p style="font-size:8pt">${esc(barracuda(U.center + CASE.alex, 'e17'))}</p></body></html>`,
  }),
  mk({
    slug: 'en-info-confirm-email-keep',
    kind: 'info_request', lang: 'en', caseId: CASE.tom, trap: true,
    note: '"Please confirm the e-mail address you keep" asks for information, not consent.',
    to: T, subject: `[EXTERNAL] ${formSubj(CASE.tom)}`, date: d('2026-03-05 10:30:19', '-0500'),
    enc: 'ascii7', hops: exoHops('e18', d('2026-03-05 10:30:19', '-0500')),
    text: `${govBanner}
Hello Tom,

Thanks. Just to be sure we set this up correctly, please confirm the email address you'll keep for signing in after the merge.

Priyanka
AWS Training and Certification
${rateLine('e18')}${govFooter}`,
  }),
  mk({
    slug: 'en-info-sanjay-mobile-quote-bottom',
    kind: 'info_request', lang: 'en', caseId: CASE.sanjay,
    note: 'Asks for a screenshot of the certification page of the old profile; bottom-quoted mobile reply.',
    to: S, subject: `[EXT] ${formSubj(CASE.sanjay)}`, date: d('2026-04-08 11:05:00', '+0530'),
    enc: 'utf8b64',
    text: `On Wed, Apr 8, 2026 at 10:41 AM Sanjay Rao <${SANJAY.work}> wrote:
${quote('I do not remember the notification email, sorry.\n\nSent from my iPhone')}

Hi Sanjay,

No problem. A screenshot of the Certifications page of the old profile (${SANJAY.srcId}) would work instead; please attach it to your reply.

Lena
AWS Training and Certification
${consultFooter}`,
  }),

  // ---------------- confirmation_request (7)
  mk({
    slug: 'en-conf-pp-irreversible',
    kind: 'confirmation_request', lang: 'en', caseId: CASE.grace, trap: false,
    note: 'Asks Grace to confirm the merge, which cannot be undone; Proofpoint trap-worded banner on top (same kind, so no trap).',
    to: G, subject: `[EXTERNAL] ${formSubj(CASE.grace)}`, date: d('2026-02-18 14:02:31', '-0500'),
    enc: 'ascii7', hops: ppHops('e20'),
    text: `${ppBannerTrap}
Hello Grace,

Thank you for the details. Here is what we will do:

Source ${GRACE.srcId} -> Destination ${GRACE.keepId}

Please note a merge is permanent and cannot be reversed. If you are happy for us to go ahead, just reply to this email saying so.

Daniel R.
AWS Training and Certification${fincoFooter}`,
  }),
  mk({
    slug: 'en-conf-gov-kindly-acknowledge',
    kind: 'confirmation_request', lang: 'en', caseId: CASE.tom,
    note: 'Consent request phrased as "kindly acknowledge that you wish to proceed"; Safe Links and agency footer.',
    to: T, subject: `[EXTERNAL] ${formSubj(CASE.tom)}`, date: d('2026-03-06 12:44:03', '-0500'),
    enc: 'utf8qp', hops: exoHops('e21', d('2026-03-06 12:44:03', '-0500')),
    text: `${govBanner}
Hi Tom,

Everything checks out. Before we combine ${TOM.srcId} into ${TOM.keepId}, kindly acknowledge in writing that you wish to proceed. This step is irreversible.

Priyanka
AWS Training and Certification
${safelink(U.center + CASE.tom, 'e21', 'gcc02')}${govFooter}`,
  }),
  mk({
    slug: 'en-conf-mimecast-yes-no',
    kind: 'confirmation_request', lang: 'en', caseId: CASE.sanjay,
    note: 'Yes/no consent question with the ID between the words; Mimecast stamps.',
    to: S, subject: `[EXT] ${formSubj(CASE.sanjay)}`, date: d('2026-04-09 13:10:45', '+0530'),
    enc: 'ascii7', hops: mcHops('e22'),
    text: `${mcBanner}
Hello Sanjay,

Thanks for the screenshot. Shall we fold profile ${SANJAY.srcId} into ${SANJAY.keepId}? A simple yes or no is enough. Keep in mind this can't be undone afterwards.

Lena
AWS Training and Certification
${consultFooter}`,
  }),
  mk({
    slug: 'en-conf-failthenforged',
    kind: 'confirmation_request', lang: 'en', caseId: CASE.alex, trusted: false, auth: 'failThenForged',
    note: 'Topmost verdict fails, a planted pass sits further down: untrusted.',
    to: A, subject: `[External] ${formSubj(CASE.alex)}`, date: d('2026-05-13 03:21:09', '+0000'),
    enc: 'ascii7',
    text: `Hi Alex,

Your merge is ready. Confirm it by signing in below before midnight, otherwise the request expires.
${barracuda('https://aws-merge-confirm.example-cert.org/login', 'e23')}

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-conf-html-multipart-grace-thread',
    kind: 'confirmation_request', lang: 'en', caseId: CASE.grace,
    note: 'Second consent request after a question; multipart, Gmail-style quote in text part.',
    to: G, subject: `[EXTERNAL] ${formSubj(CASE.grace)}`, date: d('2026-02-19 09:55:12', '-0500'),
    enc: 'utf8qp',
    text: `Hi Grace,

Good question: the voucher on the old profile will carry over. With that answered, may we go ahead and merge ${GRACE.srcId} into ${GRACE.keepId}? Once done it cannot be rolled back.

Daniel R.

On Wed, Feb 18, 2026 at 3:30 PM Grace Liu <${GRACE.work}> wrote:
${quote(`Before I say yes: will my 50% voucher survive the merge?\n\n${graceSig}`)}`,
    html: `<div>Hi Grace,</div><div><br></div><div>Good question: the voucher on the old profile will carry over. With that answered, may we go ahead and merge ${GRACE.srcId} into ${GRACE.keepId}? Once done it cannot be rolled back.</div><div><br></div><div>Daniel R.</div><div class="gmail_quote">On Wed, Feb 18, 2026 at 3:30 PM Grace Liu &lt;${GRACE.work}&gt; wrote:<blockquote>Before I say yes: will my 50% voucher survive the merge?<br>${esc(graceSig).replace(/\n/g, '<br>')}</blockquote></div>`,
  }),
  mk({
    slug: 'en-conf-tom-second-ask-lf',
    kind: 'confirmation_request', lang: 'en', caseId: CASE.tom,
    note: 'Follow-up consent request (we still need your OK to merge), LF line ends.',
    to: T, subject: `[EXTERNAL] ${formSubj(CASE.tom)}`, date: d('2026-03-10 08:30:00', '-0500'),
    enc: 'ascii7', crlf: false,
    text: `${firstContact}${govBanner}
Hello again Tom,

Following up: we still need your go-ahead before we merge the two certification profiles. Reply "I agree" if we should proceed; the change is permanent.

Priyanka${govFooter}`,
  }),
  mk({
    slug: 'en-conf-alex-trap-banner-ok',
    kind: 'confirmation_request', lang: 'en', caseId: CASE.alex, trap: true,
    note: 'Genuine consent request; the gateway footer speaks of a case being closed automatically (another kind\'s words).',
    to: A, subject: `[External] ${formSubj(CASE.alex)}`, date: d('2026-05-13 10:11:47', '+0000'),
    enc: 'ascii7',
    text: `Hi Alex,

Thanks for the details. We're set to merge ${ALEX.srcId} into ${ALEX.keepId}. Please let us know you agree; after that it can't be undone.

AWS Training and Certification

--
[IT Service Desk] External mail is logged to ticket queue MAIL-IN. Tickets opened from external mail are closed automatically if nobody replies within 5 days.`,
  }),

  // ---------------- merge_completed (7)
  mk({
    slug: 'en-done-pp-went-through',
    kind: 'merge_completed', lang: 'en', caseId: CASE.grace,
    note: 'The merge went through; asks to check the kept profile. Proofpoint wrapping.',
    to: G, subject: `[EXTERNAL] ${formSubj(CASE.grace)}`, date: d('2026-02-20 16:40:18', '-0500'),
    enc: 'ascii7', hops: ppHops('e27'),
    text: `${ppBanner}
Hi Grace,

Good news: the merge went through. Everything from ${GRACE.srcId} now sits under ${GRACE.keepId}. Take a look when you can and tell us if anything seems off.
${urldefense(U.certmetrics, 'e27')}

Daniel R.
AWS Training and Certification${fincoFooter}`,
  }),
  mk({
    slug: 'en-done-portal-notice-gov',
    kind: 'merge_completed', lang: 'en', caseId: null,
    note: 'Certification portal notice that the accounts were merged (no case ID), Safe Links.',
    from: CERT_PORTAL, to: T, subject: '[EXTERNAL] Your AWS Certification accounts have been merged', date: d('2026-03-11 02:05:33', '-0500'),
    enc: 'utf8qp', hops: exoHops('e28', d('2026-03-11 02:05:33', '-0500')),
    text: `${govBanner}
Hello Tom Becker,

Your AWS Certification accounts have been merged. Your certifications, exam history and benefits are now available in one account.
${safelink(U.certmetrics, 'e28', 'gcc02')}

If you did not request this, contact AWS Training and Certification support.
${govFooter}`,
  }),
  mk({
    slug: 'en-done-mimecast-and-closing',
    kind: 'merge_completed', lang: 'en', caseId: CASE.sanjay,
    note: 'Merge done and the case will be closed: completion is the new fact.',
    to: S, subject: `[EXT] ${formSubj(CASE.sanjay)}`, date: d('2026-04-10 12:00:09', '+0530'),
    enc: 'ascii7', hops: mcHops('e29'),
    text: `${mcBanner}
Hello Sanjay,

The two profiles are now one: ${SANJAY.keepId} holds both exam histories. Since nothing else is pending, we'll close this case.

Lena
AWS Training and Certification
${consultFooter}`,
  }),
  mk({
    slug: 'en-done-ml-munged-alex',
    kind: 'merge_completed', lang: 'en', caseId: CASE.alex, trusted: false,
    note: 'Completion relayed by the team list with From rewritten to the list: untrusted, still delivered to the user.',
    from: '"AWS Training and Certification via certs-team" <certs-team@lists.work.example.net>', to: 'certs-team@lists.work.example.net', rcpt: ALEX.work,
    subject: `[certs-team] ${formSubj(CASE.alex)}`, date: d('2026-05-14 09:15:55', '+0000'),
    enc: 'ascii7', extra: ['List-Id: certs-team <certs-team.lists.work.example.net>', 'List-Unsubscribe: <https://lists.work.example.net/unsub/certs-team>', 'Precedence: list'],
    text: `Hi Alex,

We've consolidated your two AWS Certification accounts; ${ALEX.keepId} is the one that remains.

AWS Training and Certification
_______________________________________________
certs-team mailing list
https://lists.work.example.net/listinfo/certs-team`,
  }),
  mk({
    slug: 'en-done-grace-html-only',
    kind: 'merge_completed', lang: 'en', caseId: CASE.grace, trap: false,
    note: 'HTML-only completion ("accounts are now combined") with Proofpoint banner table.',
    to: G, subject: `[EXTERNAL] RE: ${formSubj(CASE.grace)}`, date: d('2026-02-20 16:41:02', '-0500'),
    enc: 'utf8b64',
    html: `<html><body><table style="background:#ffd"><tr><td>This Message Is From an External Sender</td></tr></table>
<p>Hi Grace,</p><p>Quick follow-up to my previous note: your accounts are now combined, and the voucher shows under Benefits on ${GRACE.keepId}.</p><p>Daniel R.<br>AWS Training and Certification</p></body></html>`,
  }),
  mk({
    slug: 'en-done-tom-dkim-fail-forward',
    kind: 'merge_completed', lang: 'en', caseId: CASE.tom, trusted: false, auth: 'bodyFail', gw: 'relay.agency.example.gov',
    note: 'Completion auto-forwarded by the agency relay; the rewrite broke DKIM and dmarc=fail: untrusted.',
    to: T, subject: `[EXTERNAL] ${formSubj(CASE.tom)}`, date: d('2026-03-11 09:20:40', '-0500'),
    enc: 'utf8qp', extra: ['X-MS-Exchange-Organization-AutoForwarded: true'],
    text: `${govBanner}
Hi Tom,

Thanks for your patience. We have merged ${TOM.srcId} into ${TOM.keepId} as you agreed.

Priyanka
AWS Training and Certification${govFooter}`,
  }),
  mk({
    slug: 'en-done-sanjay-typos',
    kind: 'merge_completed', lang: 'en', caseId: CASE.sanjay,
    note: 'Short completion with typos, top-posted over the consent.',
    to: S, subject: `[EXT] ${formSubj(CASE.sanjay)}`, date: d('2026-04-10 11:58:31', '+0530'),
    enc: 'ascii7',
    text: `Hi Sanjay, teh merge is complted. pls sign in with ${SANJAY.work} and verfy your certs are listed.

Lena

-----Original Message-----
From: ${SANJAY.work}
Sent: Thursday, April 9, 2026 2:00 PM
To: ${SUPPORT}
Subject: RE: [EXT] ${formSubj(CASE.sanjay)}

Yes, please go ahead.`,
  }),

  // ---------------- badges_transferred (6)
  mk({
    slug: 'en-badge-credly-pp',
    kind: 'badges_transferred', lang: 'en', caseId: null,
    note: 'Credly: AWS badge issued to the kept address, Accept button rewritten by URL Defense.',
    from: CREDLY_AWS, to: G, subject: '[EXTERNAL] Amazon Web Services Training and Certification sent you a new badge', date: d('2026-02-21 05:30:00', '-0500'),
    enc: 'ascii7', hops: ppHops('e34'),
    text: `${ppBanner}
Hi Grace,

Amazon Web Services Training and Certification has issued you the AWS Certified Security - Specialty badge.

Accept your badge: ${urldefense('https://www.credly.com/earner/earned/badge/e34', 'e34')}

Credly, a Pearson company`,
  }),
  mk({
    slug: 'en-badge-support-moved-gov',
    kind: 'badges_transferred', lang: 'en', caseId: CASE.tom,
    note: 'Support says the Credly badges now sit on the kept account and closes.',
    to: T, subject: `[EXTERNAL] ${formSubj(CASE.tom)}`, date: d('2026-03-13 14:02:44', '-0500'),
    enc: 'utf8qp', hops: exoHops('e35', d('2026-03-13 14:02:44', '-0500')),
    text: `${govBanner}
Hi Tom,

We moved your Credly badges over to ${TOM.work}; they should appear in your Credly wallet within the hour. With that, we're wrapping up this case.

Priyanka
AWS Training and Certification${govFooter}`,
  }),
  mk({
    slug: 'en-badge-credly-html-multi',
    kind: 'badges_transferred', lang: 'en', caseId: null,
    note: 'Credly multipart notice of two AWS badges; table flattened in the text part.',
    from: CREDLY_AWS, to: S, subject: '[EXT] You have 2 new badges from Amazon Web Services Training and Certification', date: d('2026-04-11 06:10:20', '+0530'),
    enc: 'utf8qp', hops: mcHops('e36'),
    text: `AWS Certified Developer - AssociateAWS Certified DevOps Engineer - ProfessionalAccept your badges ${mimecast('https://www.credly.com/earner/earned', 'e36')}`,
    html: `<table><tr><td>AWS Certified Developer - Associate</td></tr><tr><td>AWS Certified DevOps Engineer - Professional</td></tr><tr><td><a href="${esc(mimecast('https://www.credly.com/earner/earned', 'e36'))}">Accept your badges</a></td></tr></table>`,
  }),
  mk({
    slug: 'en-badge-support-reissued-alex',
    kind: 'badges_transferred', lang: 'en', caseId: CASE.alex,
    note: 'Support re-issued the badges to the kept address, asks to accept them.',
    to: A, subject: `[External] ${formSubj(CASE.alex)}`, date: d('2026-05-15 17:20:00', '+0000'),
    enc: 'ascii7',
    text: `Hi Alex,

Your AWS badges were re-issued to ${ALEX.work}. Look for the Credly email and accept them there.

AWS Training and Certification

--
Scanned by Barracuda Email Protection. Links rewritten for your safety.`,
  }),
  mk({
    slug: 'en-badge-credly-lookalike-cap-i',
    kind: 'badges_transferred', lang: 'en', caseId: null, trusted: false,
    note: 'Badge mail from credIy.com (capital I): look-alike domain, untrusted.',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>', to: G, subject: '[EXTERNAL] Your AWS badges were moved to your new account', date: d('2026-02-22 01:02:03', '-0500'),
    enc: 'ascii7',
    text: `${ppBanner}
Your AWS badges were moved after your account merge. Sign in with your Finco credentials to accept them:
${urldefense('https://credIy.com/accept', 'e38')}`,
  }),
  mk({
    slug: 'en-badge-grace-support-dmarc',
    kind: 'badges_transferred', lang: 'en', caseId: CASE.grace,
    note: 'Support moved the badges after Grace asked; the Proofpoint banner on top says to verify the sender before you confirm anything.',
    to: G, subject: `[EXTERNAL] ${formSubj(CASE.grace)}`, date: d('2026-02-24 10:33:15', '-0500'),
    enc: 'ascii7', hops: ppHops('e39'),
    text: `${ppBannerTrap}
Hi Grace,

Sorry the badges didn't follow on their own. I've transferred all three to your kept account; you'll see them on Credly under ${GRACE.work}.

Daniel R.
AWS Training and Certification${fincoFooter}`,
    trap: true,
  }),

  // ---------------- case_closed (6)
  mk({
    slug: 'en-closed-autoclose-72h',
    kind: 'case_closed', lang: 'en', caseId: CASE.grace,
    note: 'Case will close in 72 hours without a reply.',
    from: AWS_NOTIFY, to: G, subject: `[EXTERNAL] Case ${CASE.grace}: awaiting your reply`, date: d('2026-02-27 12:00:00', '-0500'),
    enc: 'ascii7', hops: ppHops('e40'),
    text: `${ppBanner}
We haven't heard back on case ${CASE.grace}. If there's no reply within 72 hours, the case will be resolved automatically.
${urldefense(U.center + CASE.grace, 'e40')}`,
  }),
  mk({
    slug: 'en-closed-restates-merged-gov',
    kind: 'case_closed', lang: 'en', caseId: CASE.tom, trap: true,
    note: 'Closing that restates the earlier merge (as merged on March 11).',
    to: T, subject: `[EXTERNAL] ${formSubj(CASE.tom)}`, date: d('2026-03-20 09:00:02', '-0500'),
    enc: 'utf8qp',
    text: `${govBanner}
Hi Tom,

As your accounts were merged on March 11 and we haven't heard of any issues, we're closing this case now. You can reopen it within 14 days.

Priyanka${govFooter}`,
  }),
  mk({
    slug: 'en-closed-resolved-html-sanjay',
    kind: 'case_closed', lang: 'en', caseId: CASE.sanjay,
    note: 'HTML-only case resolved notice with Mimecast banner.',
    from: AWS_NOTIFY, to: S, subject: `[EXT] AWS Support case ${CASE.sanjay} resolved`, date: d('2026-04-17 08:00:00', '+0530'),
    enc: 'utf8qp',
    html: `<html><body><p style="background:#eee">${esc(mcBanner.trim())}</p><p>Case <b>${CASE.sanjay}</b> has been resolved.</p><p>If you still need help, reopen it from the Support Center.</p><p><a href="${esc(mimecast(U.center + CASE.sanjay, 'e42'))}">Support Center</a></p></body></html>`,
  }),
  mk({
    slug: 'en-closed-alex-lf-mobile',
    kind: 'case_closed', lang: 'en', caseId: CASE.alex,
    note: 'Case closed notice, LF line ends, gateway footer.',
    from: AWS_NOTIFY, to: A, subject: `[External] Case ${CASE.alex} closed`, date: d('2026-05-22 10:10:10', '+0000'),
    enc: 'ascii7', crlf: false,
    text: `Hello,

Case ${CASE.alex} was closed. Thanks for contacting AWS Support.

--
Scanned by Barracuda Email Protection`,
  }),
  mk({
    slug: 'en-closed-fail-grace',
    kind: 'case_closed', lang: 'en', caseId: CASE.grace, trusted: false, auth: 'fail',
    note: 'Closing notice failing DMARC for amazon.com: untrusted.',
    from: AWS_NOTIFY, to: G, subject: `[EXTERNAL] [SUSPECTED SPOOF] Case ${CASE.grace} closed - rate us`, date: d('2026-03-01 04:44:44', '-0500'),
    enc: 'ascii7',
    text: `Your case ${CASE.grace} has been closed. Rate our service and receive a $50 gift card:
${urldefense('https://aws-rating.example-rewards.com', 'e44')}`,
  }),
  mk({
    slug: 'en-closed-tom-will-close-3days',
    kind: 'case_closed', lang: 'en', caseId: CASE.tom,
    note: 'Human reminder: the case will close in three days if we do not hear back.',
    to: T, subject: `[EXTERNAL] ${formSubj(CASE.tom)}`, date: d('2026-03-17 11:11:11', '-0500'),
    enc: 'ascii7',
    text: `${govBanner}
Hi Tom,

Just checking in: if we don't hear back in the next three days, this case will be closed automatically.

Priyanka${govFooter}`,
  }),

  // ---------------- support_reply (8)
  mk({
    slug: 'en-sr-thanks-for-confirming',
    kind: 'support_reply', lang: 'en', caseId: CASE.grace, trap: true,
    note: 'Thanks for confirming, passed to the team; no merge yet.',
    to: G, subject: `[EXTERNAL] ${formSubj(CASE.grace)}`, date: d('2026-02-19 15:44:29', '-0500'),
    enc: 'ascii7', hops: ppHops('e46'),
    text: `${ppBanner}
Hi Grace,

Thanks for confirming. I've handed the merge request to the team that performs it; I'll write again when it's done.

Daniel R.${fincoFooter}`,
  }),
  mk({
    slug: 'en-sr-unable-to-merge-exam',
    kind: 'support_reply', lang: 'en', caseId: CASE.tom, trap: true,
    note: 'We are unable to merge while an exam is scheduled; explains, asks nothing.',
    to: T, subject: `[EXTERNAL] ${formSubj(CASE.tom)}`, date: d('2026-03-07 10:01:02', '-0500'),
    enc: 'utf8qp', hops: exoHops('e47', d('2026-03-07 10:01:02', '-0500')),
    text: `${govBanner}
Hi Tom,

We're unable to merge the profiles right now because ${TOM.srcId} has an exam booked for March 9. After the exam the merge can proceed; nothing is needed from you in the meantime.

Priyanka${govFooter}`,
  }),
  mk({
    slug: 'en-sr-write-from-kept',
    kind: 'support_reply', lang: 'en', caseId: CASE.sanjay,
    note: 'Please write to us from the address you keep; no data asked.',
    to: S, subject: `[EXT] ${formSubj(CASE.sanjay)}`, date: d('2026-04-06 18:40:02', '+0530'),
    enc: 'ascii7', hops: mcHops('e48'),
    text: `${mcBanner}
Hello Sanjay,

For security, merge requests have to come from the email address of the account you plan to keep. Please send your next reply from that mailbox.

Lena${consultFooter}`,
  }),
  mk({
    slug: 'en-sr-duplicate-cases-merged',
    kind: 'support_reply', lang: 'en', caseId: CASE.alex, trap: true,
    note: '"We merged your duplicate cases": cases, not accounts.',
    to: A, subject: `[External] ${formSubj(CASE.alex)}`, date: d('2026-05-12 09:00:41', '+0000'),
    enc: 'ascii7',
    text: `Hi Alex,

You opened the same request twice, so we merged the duplicate cases into ${CASE.alex}. Please keep replying on this one.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-sr-escalated-pending',
    kind: 'support_reply', lang: 'en', caseId: CASE.grace, trap: true,
    note: 'Escalated; "once the merge is completed we will let you know" is future, not the event.',
    to: G, subject: `[EXTERNAL] ${formSubj(CASE.grace)}`, date: d('2026-02-20 09:12:00', '-0500'),
    enc: 'utf8qp',
    text: `${ppBanner}
Hi Grace,

A quick status note: your request is with our back-office team. Once the merge is completed we'll let you know right away. Usual turnaround is 1-3 business days.

Daniel R.${fincoFooter}`,
  }),
  mk({
    slug: 'en-sr-answer-recert-question',
    kind: 'support_reply', lang: 'en', caseId: CASE.tom,
    note: 'Answers a question about recertification dates after the merge; no new event.',
    to: T, subject: `[EXTERNAL] ${formSubj(CASE.tom)}`, date: d('2026-03-14 13:31:00', '-0500'),
    enc: 'ascii7',
    text: `${govBanner}
Hi Tom,

To your question: expiry dates don't change when profiles are combined. Each certification keeps the three-year validity from its original pass date.

Priyanka${govFooter}

-----Original Message-----
From: ${T}
Sent: Friday, March 13, 2026 3:10 PM
To: ${SUPPORT}
Subject: RE: [EXTERNAL] ${formSubj(CASE.tom)}

Thanks. Does my SAA expiry date change now?
${tomSig}`,
  }),
  mk({
    slug: 'en-sr-safelinks-looking-into',
    kind: 'support_reply', lang: 'en', caseId: CASE.sanjay,
    note: 'We are looking into it; Mimecast banner on top.',
    to: S, subject: `[EXT] ${formSubj(CASE.sanjay)}`, date: d('2026-04-07 09:30:00', '+0530'),
    enc: 'ascii7',
    text: `${mcBanner}
Hi Sanjay,

Thanks, we've got your email from the right address now. I'm reviewing both profiles and will come back to you shortly.

Lena`,
  }),
  mk({
    slug: 'en-sr-team-alias-not-user',
    kind: 'support_reply', lang: 'en', caseId: CASE.grace, forUser: false, trap: true,
    note: 'Status reply sent to a shared team alias, delivered to the alias mailbox, not the user.',
    to: 'Cloud Platform <cloud-platform@finco.example.com>', subject: `[EXTERNAL] ${formSubj(CASE.grace)}`, date: d('2026-02-19 16:02:40', '-0500'),
    enc: 'ascii7', hops: ppHops('e53'),
    text: `${ppBanner}
Hello,

Replying to the alias copied on this case: we've received the consent and the merge is in progress. No action needed from the team.

Daniel R.`,
  }),

  // ---------------- unrelated (8)
  mk({
    slug: 'en-un-own-autoforward',
    kind: 'unrelated', lang: 'en', caseId: CASE.tom, trusted: false, trap: true,
    note: "The user's own auto-forward rule (FW:) sending support's completion mail to himself at another box; own mail.",
    from: T, to: T, subject: `FW: [EXTERNAL] ${formSubj(CASE.tom)}`, date: d('2026-03-11 09:21:00', '-0500'),
    enc: 'utf8qp',
    text: `${tomSig}
${govFooter}

________________________________
From: AWS Training and Certification <${'aws-cs-trainingcertification-form@amazon.com'}>
Sent: Wednesday, March 11, 2026 9:20 AM
To: Tom Becker <${TOM.work}>
Subject: [EXTERNAL] ${formSubj(CASE.tom)}

We have merged ${TOM.srcId} into ${TOM.keepId} as you agreed.`,
  }),
  mk({
    slug: 'en-un-survey-resolved',
    kind: 'unrelated', lang: 'en', caseId: CASE.grace, trap: true,
    note: 'Survey: was your issue resolved?',
    from: 'AWS Support Feedback <aws-support-feedback@amazon.com>', to: G, subject: '[EXTERNAL] How did we do? Your case is resolved', date: d('2026-02-28 06:00:00', '-0500'),
    enc: 'ascii7', hops: ppHops('e55'),
    text: `${ppBanner}
Was your issue resolved? Tell us about your recent experience with case ${CASE.grace}.
${urldefense(U.survey, 'e55')}
It takes two minutes.`,
  }),
  mk({
    slug: 'en-un-quarantine-digest',
    kind: 'unrelated', lang: 'en', caseId: CASE.sanjay, trusted: false, trap: true,
    note: 'Mimecast hold digest listing a held AWS mail titled "badges transferred"; the digest is not support news.',
    from: 'Mimecast Quarantine <postmaster@consult.example.in>', to: S, subject: 'Held messages digest: 1 message', date: d('2026-04-12 07:00:00', '+0530'),
    enc: 'ascii7',
    text: `You have 1 held message.

From | Subject | Received | Action
aws-cs-trainingcertification-form@amazon.com | ${formSubj(CASE.sanjay)} - badges transferred | 12 Apr 2026 06:40 | Release / Block / Permit

${mimecast('https://login.mimecast.com/u/digest', 'e56')}`,
  }),
  mk({
    slug: 'en-un-exam-results',
    kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'Exam result available notice: not part of a merge; the word "confirmed" refers to the score.',
    from: CERT_PORTAL, to: A, subject: '[External] Your exam results are available', date: d('2026-05-20 12:12:12', '+0000'),
    enc: 'ascii7',
    text: `Hello Alex,

Your result for AWS Certified Machine Learning Engineer - Associate has been confirmed and is now available in your certification account.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-un-marketing-merge-skills',
    kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'Marketing that uses "merge" about skills; newsletter via Safe Links.',
    from: 'AWS Training and Certification <aws-training-news@amazon.com>', to: T, subject: '[EXTERNAL] Merge your skills: new learning plans are here', date: d('2026-03-18 10:00:00', '-0500'),
    enc: 'utf8qp', extra: ['List-Unsubscribe: <https://aws.amazon.com/unsubscribe>', 'Precedence: bulk'],
    text: `${govBanner}
Merge your cloud and AI skills with our new learning plans. Complete three courses and your digital badge will be transferred to Credly automatically.
${safelink('https://skillbuilder.aws/learning-plans', 'e58', 'gcc02')}
Unsubscribe: ${safelink('https://aws.amazon.com/unsubscribe', 'e58b', 'gcc02')}`,
  }),
  mk({
    slug: 'en-un-hashicorp-credly',
    kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'HashiCorp badge via Credly: other issuer.',
    from: 'HashiCorp via Credly <admin@credly.com>', to: S, subject: '[EXT] HashiCorp sent you a new badge', date: d('2026-04-15 06:06:06', '+0530'),
    enc: 'ascii7', hops: mcHops('e59'),
    text: `${mcBanner}
HashiCorp has issued you the HashiCorp Certified: Terraform Associate badge.
Accept your badge: ${mimecast('https://www.credly.com/earner/earned/badge/e59', 'e59')}`,
  }),
  mk({
    slug: 'en-un-credly-merge-code',
    kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: "Credly's own account-merge verification code: unrelated.",
    from: 'Credly <support@credly.com>', to: G, subject: '[EXTERNAL] Complete your Credly account merge', date: d('2026-02-23 08:00:00', '-0500'),
    enc: 'ascii7',
    text: `${ppBanner}
Use this code to complete your account merge on Credly: 482913
If you didn't request this, ignore this email.`,
  }),
  mk({
    slug: 'en-un-ooo-agent',
    kind: 'unrelated', lang: 'en', caseId: CASE.grace, trusted: false, trap: true,
    note: "Out-of-office reply from Grace's manager on a thread about the confirmation.",
    from: 'Mark Ellis <mark.ellis@finco.example.com>', to: G, subject: `Automatic reply: [EXTERNAL] ${formSubj(CASE.grace)}`, date: d('2026-02-18 14:03:00', '-0500'),
    enc: 'ascii7', extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    text: `I'm out of office until Feb 23. For approvals and anything needing confirmation, please contact Jo Park.`,
  }),
];

export const UNUSED_EN = { barracuda, quote };
