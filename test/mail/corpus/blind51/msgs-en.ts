// Set ax, English messages: genuine AWS support / Credly / portal mail, forgeries, and third parties
// (IT service desk, manager, L&D, HR system, reseller, Pearson VUE, bootcamp) who write like support.
import type { Msg } from './lib.js';
import {
  C, CREDLY_AWS, FORGE, NOTIFY, NW_IT, NW_LND, NW_MGR, OKAFOR, PEOPLEHUB, PORTAL, PVUE, SKYLINE, SKYLINE_SUP,
  SUPPORT, SUPPORT_ADDR, VOGEL, d, gmailEn, html, mk, origMsg, outlookEn, salesforce, subj, thread,
} from './common.js';

const O = OKAFOR;
const V = VOGEL;

const O_REQ = `Hi,
I have two AWS Certification accounts: ${O.src} (${O.srcId}) from my employer and ${O.keep} (${O.keepId}).
Please combine them and keep the personal one.
Daniel Okafor`;

export const EN: Msg[] = [
  // ---------------- acknowledgement (5) ----------------
  mk({
    slug: 'ack-okafor-ascii', kind: 'acknowledgement', lang: 'en', trusted: true, forUser: true, caseId: C.okafor, trap: false,
    note: 'AWS Support automatic receipt for the merge case',
    from: NOTIFY, to: O.keep, subject: `AWS Support case ${C.okafor} has been created`, date: d('2026-01-20 16:02:11', '+0000'), enc: 'ascii7',
    text: `Hello,

We've opened case ${C.okafor} for your request regarding AWS Training and Certification.
An agent will get back to you by email, usually within one business day.
To avoid delays, please don't open another case about the same request.

Amazon Web Services`,
  }),
  mk({
    slug: 'ack-vogel-alt', kind: 'acknowledgement', lang: 'en', trusted: true, forUser: true, caseId: C.vogel, trap: false,
    note: 'multipart receipt of the new case',
    from: NOTIFY, to: V.keep, subject: `We received your request - Case ${C.vogel}`, date: d('2026-04-01 08:15:40', '+0000'), enc: 'utf8qp',
    text: `Hi Lena,

Thanks for reaching out to AWS Training and Certification. Your case ID is ${C.vogel}.
Our team typically replies within 24 hours. You can add details by replying to this message.

— AWS Training and Certification`,
    html: html(`Hi Lena,

Thanks for reaching out to AWS Training and Certification. Your case ID is ${C.vogel}.
Our team typically replies within 24 hours. You can add details by replying to this message.

— AWS Training and Certification`),
  }),
  mk({
    slug: 'ack-forged-verify', kind: 'acknowledgement', lang: 'en', trusted: false, forUser: true, caseId: '1781199004416', trap: false,
    note: 'receipt from support-aws.com.verify-case.net, a look-alike',
    from: 'AWS Support <no-reply@support-aws.com.verify-case.net>', to: O.keep, subject: 'Case 1781199004416 received', date: d('2026-01-21 02:00:00', '+0000'), enc: 'ascii7',
    text: `Your case 1781199004416 has been received.
To speed up processing, verify your identity here: https://support-aws.com.verify-case.net/v
AWS Support`,
  }),
  mk({
    slug: 'ack-bodyid-dkim', kind: 'acknowledgement', lang: 'en', trusted: true, forUser: true, caseId: C.vogel, trap: false,
    note: 'receipt with the case ID only in the body; DKIM-only verdict aligned to amazon.com',
    from: NOTIFY, to: V.keep, subject: 'Thanks for contacting AWS Training and Certification', date: d('2026-04-01 08:15:44', '+0000'), enc: 'utf8b64', auth: 'dkimonly',
    text: `Hello,

This is an automated note to let you know your message reached us and was logged as case ${C.vogel}.
Someone from the team will follow up soon.

Please do not reply to this address.`,
  }),
  mk({
    slug: 'ack-subdomain-support', kind: 'acknowledgement', lang: 'en', trusted: true, forUser: true, caseId: C.okaforExam, trap: false,
    note: 'topic-less receipt from support.aws.com (a trusted subdomain): read as what it looks like',
    from: 'AWS Support <no-reply@support.aws.com>', to: O.keep, subject: `Case ${C.okaforExam} opened`, date: d('2026-01-22 12:00:05', '+0000'), enc: 'ascii7',
    text: `Case ${C.okaforExam} is now open.
We'll respond by email. Reference this ID in any follow-up.`,
  }),

  // ---------------- ai_answer (6) ----------------
  mk({
    slug: 'ai-okafor-tool', kind: 'ai_answer', lang: 'en', trusted: true, forUser: true, caseId: C.okafor, trap: false,
    note: 'automated answer suggesting the self-service Merge Accounts tool',
    from: NOTIFY, to: O.keep, subject: `Case ${C.okafor}: suggested solution`, date: d('2026-01-20 16:03:30', '+0000'), enc: 'ascii7',
    text: `This response was generated automatically.

Based on your description, you may be able to combine your accounts yourself:
sign in to AWS Certification with the account you want to keep, open your profile,
and choose Merge Accounts. You'll be asked to sign in to the second account.

If the tool says it cannot merge accounts that both hold certifications, no action is
needed - an agent will pick up your case.`,
  }),
  mk({
    slug: 'ai-vogel-html', kind: 'ai_answer', lang: 'en', trusted: true, forUser: true, caseId: C.vogel, trap: false,
    note: 'HTML-only generated suggestion',
    from: NOTIFY, to: V.keep, subject: `Suggested answer for case ${C.vogel}`, date: d('2026-04-01 08:16:10', '+0000'), enc: 'utf8qp',
    html: `<html><body><p><i>Generated by Amazon Q</i></p><p>Hi Lena, duplicate certification accounts can often be combined with the <b>Merge Accounts</b> option under your profile on aws.training.</p><p>Did this answer your question? If not, a specialist will follow up on case ${C.vogel}.</p></body></html>`,
  }),
  mk({
    slug: 'ai-after-merge-badges', kind: 'ai_answer', lang: 'en', trusted: true, forUser: true, caseId: C.okafor, trap: true,
    note: 'generated answer explaining what happens after a merge (badges, benefits); still ai_answer',
    from: NOTIFY, to: O.keep, subject: `Case ${C.okafor}: help article`, date: d('2026-01-20 16:03:41', '+0000'), enc: 'utf8qp',
    text: `Automated assistant reply

After accounts are merged, certifications and exam history from the secondary account appear in
the primary one, and unused benefits carry over. Credly badges are not always moved automatically;
we recommend merging first and then claiming your badges on Credly.

You can start a merge from the Merge Accounts page in your certification profile.`,
  }),
  mk({
    slug: 'ai-noauth', kind: 'ai_answer', lang: 'en', trusted: false, forUser: true, caseId: C.vogel, trap: false,
    note: 'AI-style answer claiming amazon.com with no Authentication-Results header',
    from: NOTIFY, to: V.keep, subject: `Case ${C.vogel} - automated guidance`, date: d('2026-04-01 09:00:00', '+0000'), enc: 'ascii7', auth: 'none',
    text: `Automated guidance: use the account merge utility below to combine your profiles.
http://cert-merge-utility.example.org/
AWS`,
  }),
  mk({
    slug: 'ai-kb-b64', kind: 'ai_answer', lang: 'en', trusted: true, forUser: true, caseId: C.vogel, trap: false,
    note: 'automated first answer with knowledge-base links, from the form address',
    from: SUPPORT, to: V.keep, subject: subj(C.vogel), date: d('2026-04-01 08:20:00', '+0000'), enc: 'utf8b64',
    text: `Hello,

The following answer was generated by AI from our help content and has not been reviewed by an agent yet:

  • Certification accounts can be combined with the self-service Merge Accounts tool.
  • The tool can't be used when both accounts already have certifications.
  • See "How do I merge my AWS Certification accounts?" in the Certification FAQ.

If this doesn't help, reply and tell us which account you'd like to keep.

${thread('LV01')}`,
  }),
  mk({
    slug: 'ai-alt-dkim', kind: 'ai_answer', lang: 'en', trusted: true, forUser: true, caseId: C.okafor, trap: false,
    note: 'multipart automated answer, DKIM-only verdict aligned to amazon.com',
    from: NOTIFY, to: O.keep, subject: `Re: case ${C.okafor}`, date: d('2026-01-20 16:05:00', '+0000'), enc: 'utf8qp', auth: 'dkimonly',
    text: `Hi Daniel, I'm an automated assistant. Many customers resolve duplicate accounts with the Merge Accounts tool in their certification profile. If that isn't available to you, a person will follow up.`,
    html: html(`Hi Daniel, I'm an automated assistant. Many customers resolve duplicate accounts with the Merge Accounts tool in their certification profile. If that isn't available to you, a person will follow up.`),
  }),

  // ---------------- info_request (6) ----------------
  mk({
    slug: 'info-okafor-ids', kind: 'info_request', lang: 'en', trusted: true, forUser: true, caseId: C.okafor, trap: false,
    note: 'support asks for candidate IDs and e-mails of both accounts; Salesforce quote',
    from: SUPPORT, to: O.keep, subject: subj(C.okafor), date: d('2026-01-21 19:44:00', '+0000'), enc: 'ascii7',
    text: `Hello Daniel,

Thank you for contacting AWS Training and Certification. My name is Marcus and I'll be helping you.

So that we can locate both records, could you send me the candidate ID and the sign-in email for
each account? The candidate ID starts with "AWS" and is shown under your profile.

Kind regards,
Marcus
AWS Training and Certification Customer Service

${salesforce(O.keep, '1/20/2026 4:01 PM', SUPPORT_ADDR, '[AWS Training and Certification Form Submission] - account-assistance', O_REQ)}
${thread('DO01')}`,
  }),
  mk({
    slug: 'info-confirm-keep-address', kind: 'info_request', lang: 'en', trusted: true, forUser: true, caseId: C.vogel, trap: true,
    note: '"please confirm the email address you\'d like to keep" asks for information',
    from: SUPPORT, to: V.keep, subject: subj(C.vogel), date: d('2026-04-02 10:10:10', '+0000'), enc: 'utf8qp',
    text: `Hi Lena,

Thanks for the details. Before we go ahead, please confirm which email address you'd like to keep
as your sign-in: ${V.keep} or ${V.src}?

Best,
Aisha
AWS Training & Certification Support
${thread('LV01')}`,
  }),
  mk({
    slug: 'info-from-keep-with-id', kind: 'info_request', lang: 'en', trusted: true, forUser: true, caseId: C.okafor, trap: false,
    note: 'asks him to write from the kept address and include both candidate IDs',
    from: SUPPORT, to: O.src, subject: subj(C.okafor), date: d('2026-01-21 20:02:00', '+0000'), enc: 'ascii7',
    text: `Hello Daniel,

For security reasons we can only action a merge request that comes from the email address of the
account being kept. Could you reply from ${O.keep} and include the candidate IDs of both accounts?

Marcus`,
  }),
  mk({
    slug: 'info-primary-outlook', kind: 'info_request', lang: 'en', trusted: true, forUser: true, caseId: C.vogel, trap: false,
    note: 'asks for the exam history of the bootcamp-era account, quoting her Outlook reply',
    from: SUPPORT, to: V.keep, subject: subj(C.vogel), date: d('2026-04-03 07:45:00', '+0000'), enc: 'utf8b64',
    text: `Hi Lena,

I found one certification on ${V.srcId}, but the second account shows no exam history on our side.
Would you send the exam name and the date you sat it, and the email you used to register with Pearson VUE?

Aisha

${outlookEn(`${V.en} <${V.keep}>`, 'Thursday, April 2, 2026 1:30 PM', SUPPORT_ADDR, subj(C.vogel), `Hi Aisha,\nI'd like to keep ${V.keep}.\nLena`)}
${thread('LV01')}`,
  }),
  mk({
    slug: 'info-phish-lookalike', kind: 'info_request', lang: 'en', trusted: false, forUser: true, caseId: C.okafor, trap: false,
    note: 'asks for passwords, from aws-training-support.net (look-alike)',
    from: 'AWS Training Support <cases@aws-training-support.net>', to: O.keep, subject: `RE:[CASE ${C.okafor}] Action required`, date: d('2026-01-22 03:03:03', '+0000'), enc: 'ascii7',
    text: `Dear Customer,
To complete your merge we need the password of both certification accounts and a photo of your ID.
Reply within 24 hours or the request will be cancelled.`,
  }),
  mk({
    slug: 'info-typo-bodyid', kind: 'info_request', lang: 'en', trusted: true, forUser: true, caseId: C.okafor, trap: false,
    note: 'request with typos and without a question mark; case ID only in the body',
    from: SUPPORT, to: O.keep, subject: 'Your AWS Certification accounts', date: d('2026-01-22 18:20:00', '+0000'), enc: 'ascii7',
    text: `Hello Daniel,

Re case ${C.okafor} - thanks for writing from your personal adress. The candidate ID for the
Northwind account still seems to be mising from your reply; once we have it we can line both
records up.

Marcus`,
  }),

  // ---------------- confirmation_request (6) ----------------
  mk({
    slug: 'conf-okafor-agree', kind: 'confirmation_request', lang: 'en', trusted: true, forUser: true, caseId: C.okafor, trap: false,
    note: 'support asks for explicit agreement; the merge cannot be reversed',
    from: SUPPORT, to: O.keep, subject: subj(C.okafor), date: d('2026-01-23 17:30:00', '+0000'), enc: 'ascii7',
    text: `Hello Daniel,

Thanks, I have everything I need. Here is what will happen:

  Source: ${O.srcId} (${O.src}) - will be closed
  Destination: ${O.keepId} (${O.keep}) - will hold all certifications

Please be aware this is permanent and can't be reversed. If you'd like us to proceed, reply to
this email with "I agree".

Marcus
${thread('DO01')}`,
  }),
  mk({
    slug: 'conf-vogel-alt', kind: 'confirmation_request', lang: 'en', trusted: true, forUser: true, caseId: C.vogel, trap: false,
    note: 'multipart consent request',
    from: SUPPORT, to: V.keep, subject: subj(C.vogel), date: d('2026-04-04 09:00:00', '+0000'), enc: 'utf8qp',
    text: `Hi Lena,

We're ready to combine ${V.srcId} into ${V.keepId}. Once done, it can't be undone and you won't be able to sign in with ${V.src} any more.
Just reply "yes, go ahead" and we'll take care of the rest.

Aisha`,
    html: html(`Hi Lena,

We're ready to combine ${V.srcId} into ${V.keepId}. Once done, it can't be undone and you won't be able to sign in with ${V.src} any more.
Just reply "yes, go ahead" and we'll take care of the rest.

Aisha`),
  }),
  mk({
    slug: 'conf-fail', kind: 'confirmation_request', lang: 'en', trusted: false, forUser: true, caseId: C.okafor, trap: false,
    note: 'consent request claiming amazon.com; dmarc=fail at the receiving server',
    from: SUPPORT, to: O.keep, subject: subj(C.okafor), date: d('2026-01-23 20:00:00', '+0000'), enc: 'ascii7', auth: 'fail',
    text: `Hello,
Please approve the irreversible merge of your accounts by signing in at the link below.
http://aws-merge-approval.example.net/${C.okafor}`,
  }),
  mk({
    slug: 'conf-toppost-gmail', kind: 'confirmation_request', lang: 'en', trusted: true, forUser: true, caseId: C.vogel, trap: false,
    note: 'top-posted consent request restating details over a Gmail quote of her reply',
    from: SUPPORT, to: V.keep, subject: subj(C.vogel), date: d('2026-04-04 12:30:00', '+0000'), enc: 'utf8b64',
    text: `Hi Lena,

Thanks - that matches what I see. Your Cloud Practitioner (passed 2025-09-14) and Developer Associate will end up on ${V.keepId}.
Can you let me know you're happy for us to merge? It's a one-way operation.

Aisha

${gmailEn('Sat, Apr 4, 2026 at 11:02 AM', `${V.en} <${V.keep}>`, `Hi Aisha,\nIt was the Developer Associate, 2024-11-30, registered with ${V.src}.\nThanks!`)}`,
  }),
  mk({
    slug: 'conf-long-outlook', kind: 'confirmation_request', lang: 'en', trusted: true, forUser: true, caseId: C.okafor, trap: false,
    note: 'consent request at the top of a long thread (Outlook and Salesforce quotes)',
    from: SUPPORT, to: O.keep, subject: subj(C.okafor), date: d('2026-01-23 17:31:00', '+0000'), enc: 'utf8qp',
    text: `Daniel,

Appreciate the quick reply. Last step from your side: we need your go-ahead before the accounts are joined, because nothing can be separated again afterwards. A short reply saying you consent is enough.

Marcus

${outlookEn(`${O.en} <${O.keep}>`, 'Friday, January 23, 2026 9:12 AM', SUPPORT_ADDR, subj(C.okafor), `Marcus,\nNorthwind ID is ${O.srcId}.\nDan`)}

${salesforce(SUPPORT_ADDR, '1/22/2026 6:20 PM', O.keep, subj(C.okafor), 'Hello Daniel,\nThe candidate ID for the Northwind account still seems to be missing.')}`,
  }),
  mk({
    slug: 'conf-dkimonly', kind: 'confirmation_request', lang: 'en', trusted: true, forUser: true, caseId: C.vogel, trap: false,
    note: 'consent request phrased as "should we proceed?"; DKIM-only verdict',
    from: SUPPORT, to: V.keep, subject: subj(C.vogel), date: d('2026-04-04 09:02:00', '+0000'), enc: 'ascii7', auth: 'dkimonly',
    text: `Lena, everything checks out on our side. Should we proceed with merging the two accounts into ${V.keep}? Please note we can't split them again later. Your reply will be taken as consent.

Aisha`,
  }),

  // ---------------- merge_completed (6) ----------------
  mk({
    slug: 'merge-okafor-done', kind: 'merge_completed', lang: 'en', trusted: true, forUser: true, caseId: C.okafor, trap: false,
    note: 'support reports the merge is done',
    from: SUPPORT, to: O.keep, subject: subj(C.okafor), date: d('2026-01-26 14:05:00', '+0000'), enc: 'ascii7',
    text: `Hello Daniel,

Good news - ${O.srcId} has been merged into ${O.keepId}. Your certifications, exam history and
benefits now appear under ${O.keep}.

Marcus
${thread('DO01')}`,
  }),
  mk({
    slug: 'merge-portal-en', kind: 'merge_completed', lang: 'en', trusted: true, forUser: true, caseId: null, trap: false,
    note: 'certification portal notice that the accounts were merged (no case ID)',
    from: PORTAL, to: V.keep, subject: 'Your AWS Certification accounts have been merged', date: d('2026-04-06 03:00:00', '+0000'), enc: 'utf8qp',
    text: `Hello Lena Vogel,

Your AWS Certification account was merged with another account. Everything from the merged account - certifications, exam results and benefits - is now available here.

If you did not request this, contact AWS Training and Certification support.`,
    html: html(`Hello Lena Vogel,

Your AWS Certification account was merged with another account. Everything from the merged account - certifications, exam results and benefits - is now available here.

If you did not request this, contact AWS Training and Certification support.`),
  }),
  mk({
    slug: 'merge-and-closing-en', kind: 'merge_completed', lang: 'en', trusted: true, forUser: true, caseId: C.vogel, trap: false,
    note: 'completion that also says the case will be closed: the new fact is the merge',
    from: SUPPORT, to: V.keep, subject: subj(C.vogel), date: d('2026-04-06 02:50:00', '+0000'), enc: 'utf8b64',
    text: `Hi Lena,

All done: the accounts are now combined under ${V.keep}. Since there's nothing else outstanding, I'll set this case to resolved.

Aisha`,
  }),
  mk({
    slug: 'merge-forged-below', kind: 'merge_completed', lang: 'en', trusted: false, forUser: true, caseId: C.okafor, trap: false,
    note: 'completion text whose dmarc=pass sits below the receiving server\'s Received line',
    from: SUPPORT, to: O.keep, subject: subj(C.okafor), date: d('2026-01-26 20:00:00', '+0000'), enc: 'ascii7', auth: 'forgedBelow',
    text: `Hello Daniel,
Your accounts were merged. Download your updated certificates here: http://certs.example-download.net/
AWS Training and Certification`,
  }),
  mk({
    slug: 'merge-please-check', kind: 'merge_completed', lang: 'en', trusted: true, forUser: true, caseId: C.okafor, trap: false,
    note: 'merge done; "please check that everything looks right" stays merge_completed',
    from: SUPPORT, to: O.keep, subject: subj(C.okafor), date: d('2026-01-26 14:07:00', '+0000'), enc: 'utf8qp',
    text: `Daniel,

The merge went through this morning. Could you sign in and make sure all three certifications and your 50% voucher look right? If anything's missing, just reply here.

Marcus`,
  }),
  mk({
    slug: 'merge-vogel-html', kind: 'merge_completed', lang: 'en', trusted: true, forUser: true, caseId: C.vogel, trap: false,
    note: 'HTML-only completion from the form address',
    from: SUPPORT, to: V.keep, subject: subj(C.vogel), date: d('2026-04-06 02:40:00', '+0000'), enc: 'utf8b64',
    html: `<html><body><div>Hi Lena,</div><div><br></div><div>I've merged <b>${V.srcId}</b> into <b>${V.keepId}</b>. From now on please sign in with ${V.keep} only.</div><div><br></div><div>Aisha</div><div style="color:#999">${thread('LV01')}</div></body></html>`,
  }),

  // ---------------- badges_transferred (6) ----------------
  mk({
    slug: 'badge-credly-vogel-alt', kind: 'badges_transferred', lang: 'en', trusted: true, forUser: true, caseId: null, trap: false,
    note: 'Credly: AWS badge issued to the kept address, "Accept your badge"',
    from: CREDLY_AWS, to: V.keep, subject: 'Lena, claim your AWS Certified Developer - Associate badge', date: d('2026-04-07 15:00:00', '+0000'), enc: 'utf8qp',
    text: `Congratulations, Lena!

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Developer - Associate.

Accept your badge: https://www.credly.com/earner/earned/badge/e81c4402`,
    html: html(`Congratulations, Lena!

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Developer - Associate.

Accept your badge: https://www.credly.com/earner/earned/badge/e81c4402`),
  }),
  mk({
    slug: 'badge-support-moved-en', kind: 'badges_transferred', lang: 'en', trusted: true, forUser: true, caseId: C.okafor, trap: false,
    note: 'support says the Credly badges now sit on the kept account',
    from: SUPPORT, to: O.keep, subject: subj(C.okafor), date: d('2026-01-29 11:11:00', '+0000'), enc: 'ascii7',
    text: `Hi Daniel,

Following up on your note about Credly: our badge team re-pointed the three AWS badges to
${O.keep}. They should now show on that Credly profile.

${gmailEn('Wed, Jan 28, 2026 at 8:40 PM', `${O.en} <${O.keep}>`, 'Marcus, the badges are still on my old Northwind Credly account.')}`,
  }),
  mk({
    slug: 'badge-credly-okafor-qp', kind: 'badges_transferred', lang: 'en', trusted: true, forUser: true, caseId: null, trap: false,
    note: 'Credly AWS badge notice to the kept address',
    from: CREDLY_AWS, to: O.keep, subject: 'You earned a badge from Amazon Web Services Training and Certification', date: d('2026-01-27 09:00:00', '+0000'), enc: 'utf8qp',
    text: `Hi Daniel,

Your AWS Certified Security – Specialty badge is ready.
Accept your badge and share it on LinkedIn: https://www.credly.com/earner/earned/badge/77aa01bc`,
  }),
  mk({
    slug: 'badge-forged-credlymail', kind: 'badges_transferred', lang: 'en', trusted: false, forUser: true, caseId: null, trap: false,
    note: 'AWS badge notice from credly-mail.com (not credly.com)',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-mail.com>', to: O.keep, subject: 'Your merged badges are ready', date: d('2026-01-27 12:00:00', '+0000'), enc: 'ascii7',
    text: `Your AWS badges were moved to your merged account. Accept your badge: http://credly-mail.com/a/77aa`,
  }),
  mk({
    slug: 'badge-moved-closing-en', kind: 'badges_transferred', lang: 'en', trusted: true, forUser: true, caseId: C.vogel, trap: false,
    note: 'support announces the badges moved and closes: badges_transferred',
    from: SUPPORT, to: V.keep, subject: subj(C.vogel), date: d('2026-04-09 08:00:00', '+0000'), enc: 'utf8b64',
    text: `Hi Lena,

Your two AWS Credly badges have been transferred to the Credly account for ${V.keep}. With that, I'm closing this case. Thanks for your patience!

Aisha`,
  }),
  mk({
    slug: 'badge-credly-team-list', kind: 'badges_transferred', lang: 'en', trusted: true, forUser: false, caseId: null, trap: false,
    note: 'genuine AWS Credly badge mail, but addressed to a team list the user is not on',
    from: CREDLY_AWS, to: 'cloud-team@northwind-labs.example.com', subject: 'Claim your AWS Certified Solutions Architect - Associate badge', date: d('2026-01-27 09:05:00', '+0000'), enc: 'utf8b64',
    html: html(`Amazon Web Services Training and Certification issued you a badge.

AWS Certified Solutions Architect - Associate

Accept your badge: https://www.credly.com/earner/earned/badge/3f02cc19`),
  }),

  // ---------------- case_closed (6) ----------------
  mk({
    slug: 'closed-okafor', kind: 'case_closed', lang: 'en', trusted: true, forUser: true, caseId: C.okafor, trap: false,
    note: 'support closes the case after everything was handled',
    from: SUPPORT, to: O.keep, subject: subj(C.okafor), date: d('2026-01-31 10:00:00', '+0000'), enc: 'ascii7',
    text: `Hi Daniel,

Glad we could help. I'm marking this case as resolved now; if something comes up later, open a
new case and mention this one.

Marcus`,
  }),
  mk({
    slug: 'closed-autoclose-en', kind: 'case_closed', lang: 'en', trusted: true, forUser: true, caseId: C.vogel, trap: false,
    note: 'reminder: the case will close in 5 days without a reply',
    from: NOTIFY, to: V.keep, subject: `Case ${C.vogel} is pending your response`, date: d('2026-04-10 06:00:00', '+0000'), enc: 'utf8qp',
    text: `Hello,

We're waiting on a reply to case ${C.vogel}. If we don't hear from you in 5 days, the case will be closed automatically.

Amazon Web Services`,
  }),
  mk({
    slug: 'closed-restate-en', kind: 'case_closed', lang: 'en', trusted: true, forUser: true, caseId: C.okafor, trap: true,
    note: 'closing notice that only restates the merge done last week',
    from: SUPPORT, to: O.keep, subject: subj(C.okafor), date: d('2026-02-02 09:30:00', '+0000'), enc: 'ascii7',
    text: `Hello Daniel,

As your accounts were merged on January 26 and we haven't heard back since, we're closing this case.

Marcus`,
  }),
  mk({
    slug: 'closed-resolved-notice', kind: 'case_closed', lang: 'en', trusted: true, forUser: true, caseId: C.vogel, trap: false,
    note: 'system notice: case resolved',
    from: NOTIFY, to: V.keep, subject: `Your case ${C.vogel} has been resolved`, date: d('2026-04-09 08:05:00', '+0000'), enc: 'utf8b64',
    text: `Hello,

Case ${C.vogel} was marked resolved. You can reopen it from the Support Center within 14 days.

Amazon Web Services`,
  }),
  mk({
    slug: 'closed-misaligned', kind: 'case_closed', lang: 'en', trusted: false, forUser: true, caseId: C.okafor, trap: false,
    note: 'closing notice signed by an unrelated bulk-mail domain; dmarc=fail for amazon.com',
    from: NOTIFY, to: O.keep, subject: `Case ${C.okafor} closed`, date: d('2026-02-03 01:00:00', '+0000'), enc: 'ascii7', auth: 'misaligned',
    text: `Your case ${C.okafor} has been closed. Rate your experience and claim a free exam voucher: http://aws-voucher.example.net/`,
  }),
  mk({
    slug: 'closed-no-response', kind: 'case_closed', lang: 'en', trusted: true, forUser: true, caseId: C.okaforDup, trap: false,
    note: 'topic-less closing of the duplicate case for lack of response',
    from: SUPPORT, to: O.keep, subject: `RE:[CASE ${C.okaforDup}] [AWS Training and Certification Form Submission]`, date: d('2026-02-05 10:00:00', '+0000'), enc: 'ascii7',
    text: `Hello,

We haven't received a response on this case, so we're closing it for now. Replying to this email will reopen it.

AWS Training and Certification`,
  }),

  // ---------------- support_reply (7) ----------------
  mk({
    slug: 'reply-thanks-confirm-en', kind: 'support_reply', lang: 'en', trusted: true, forUser: true, caseId: C.okafor, trap: true,
    note: 'thanks for confirming, forwarded to the back-end team',
    from: SUPPORT, to: O.keep, subject: subj(C.okafor), date: d('2026-01-23 19:02:00', '+0000'), enc: 'ascii7',
    text: `Hi Daniel,

Thanks for confirming. I've passed the request to the team that performs merges; it usually takes
a few business days and I'll update you here.

Marcus

> I agree. Please go ahead.
> Dan`,
  }),
  mk({
    slug: 'reply-escalated-otheronly', kind: 'support_reply', lang: 'en', trusted: false, forUser: true, caseId: C.vogel, trap: false,
    note: 'escalation status; the only verdict is from mx.google.com, not the receiving server',
    from: SUPPORT, to: V.keep, subject: subj(C.vogel), date: d('2026-04-03 14:00:00', '+0000'), enc: 'utf8qp', auth: 'otherOnly',
    text: `Hi Lena,

I've escalated your case to our specialist team because the second account was created through a bootcamp voucher program. I'll be in touch when I hear back.

Aisha`,
  }),
  mk({
    slug: 'reply-unable-exam-booked', kind: 'support_reply', lang: 'en', trusted: true, forUser: true, caseId: C.okafor, trap: true,
    note: '"we are unable to merge" while an exam is booked: negated, not the event',
    from: SUPPORT, to: O.keep, subject: subj(C.okafor), date: d('2026-01-24 16:00:00', '+0000'), enc: 'utf8b64',
    text: `Hi Daniel,

We're unable to merge the accounts at the moment because ${O.srcId} has an exam scheduled for February 2.
Once that appointment is taken or cancelled, we can pick this up again.

Marcus`,
  }),
  mk({
    slug: 'reply-once-merged', kind: 'support_reply', lang: 'en', trusted: true, forUser: true, caseId: C.vogel, trap: true,
    note: 'future: "once merged, your badges..."',
    from: SUPPORT, to: V.keep, subject: subj(C.vogel), date: d('2026-04-05 10:00:00', '+0000'), enc: 'ascii7',
    text: `Hi Lena,

Quick update: your request is in the queue. Once the merge is complete, the badges usually follow
within a couple of days; I'll let you know either way.

Aisha`,
  }),
  mk({
    slug: 'reply-dup-cases-en', kind: 'support_reply', lang: 'en', trusted: true, forUser: true, caseId: C.okafor, trap: true,
    note: '"we merged your duplicate cases": about cases, not accounts',
    from: SUPPORT, to: O.keep, subject: subj(C.okafor), date: d('2026-01-22 08:00:00', '+0000'), enc: 'ascii7',
    text: `Hello Daniel,

I noticed you also opened case ${C.okaforDup} about the same accounts, so I've merged that case into
this one. Please keep replying here.

Marcus`,
  }),
  mk({
    slug: 'reply-write-from-keep-en', kind: 'support_reply', lang: 'en', trusted: true, forUser: true, caseId: C.vogel, trap: false,
    note: '"write to us from the address you keep" without asking for data',
    from: SUPPORT, to: V.src, subject: subj(C.vogel), date: d('2026-04-01 18:00:00', '+0000'), enc: 'ascii7',
    text: `Hi Lena,

Thanks for getting in touch. Going forward, please send your replies from the email address of
the account you intend to keep.

Aisha`,
  }),
  mk({
    slug: 'reply-in-progress-mobile', kind: 'support_reply', lang: 'en', trusted: true, forUser: true, caseId: C.okafor, trap: true,
    note: 'status: the merge is not completed yet, still with the team; bottom-posted under his question',
    from: SUPPORT, to: O.keep, subject: subj(C.okafor), date: d('2026-01-25 15:20:00', '+0000'), enc: 'utf8qp',
    text: `> Any news? Sent from my phone
> Dan

Hi Daniel, not yet - the merge hasn't been completed, it's still with the back-office team. I'll reply here as soon as it's finished.

Marcus`,
  }),

  // ---------------- unrelated (14): third parties who sound like support, own mail, other issuers ----------------
  mk({
    slug: 'nw-it-opened', kind: 'unrelated', lang: 'en', trusted: false, forUser: true, caseId: null, trap: true,
    note: 'company IT service desk receipt for its own incident about the AWS merge',
    from: NW_IT, to: O.src, subject: 'Incident INC0048213 has been opened on your behalf', date: d('2026-01-19 15:00:00', '-0500'), enc: 'ascii7',
    text: `Hello Daniel Okafor,

Your incident has been received and logged.

Number: INC0048213
Short description: Move AWS certifications off company email before last day
Assignment group: End User Services

You will be notified when the incident is updated.
Ref:MSG4471920`,
  }),
  mk({
    slug: 'nw-it-resolved', kind: 'unrelated', lang: 'en', trusted: false, forUser: true, caseId: C.okafor, trap: true,
    note: 'IT service desk resolves its own incident (auto-close in 3 days), citing the AWS case',
    from: NW_IT, to: O.src, subject: 'INC0048213 has been resolved', date: d('2026-01-27 10:30:00', '-0500'), enc: 'utf8qp',
    text: `Hello Daniel,

Incident INC0048213 has been resolved.
Resolution notes: User confirms AWS merged the certification accounts (AWS case ${C.okafor}). No action needed from IT.

If you feel the issue is not resolved, reply within 3 days. Otherwise this incident will be closed automatically.`,
    html: html(`Hello Daniel,

Incident INC0048213 has been resolved.
Resolution notes: User confirms AWS merged the certification accounts (AWS case ${C.okafor}). No action needed from IT.

If you feel the issue is not resolved, reply within 3 days. Otherwise this incident will be closed automatically.`),
  }),
  mk({
    slug: 'nw-it-request-info', kind: 'unrelated', lang: 'en', trusted: false, forUser: true, caseId: null, trap: true,
    note: 'IT request item asks for cost centre and manager approval for an exam voucher',
    from: NW_IT, to: O.src, subject: 'RITM0031177 - additional information required', date: d('2026-01-16 09:00:00', '-0500'), enc: 'ascii7',
    text: `Hello Daniel,

Your request RITM0031177 (AWS exam voucher purchase) is on hold. Please provide:
 - cost centre
 - name of the approving manager
 - exam code

Reply to this email keeping the reference below in the subject.
Ref:MSG4468013`,
  }),
  mk({
    slug: 'nw-mgr-confirm', kind: 'unrelated', lang: 'en', trusted: false, forUser: true, caseId: null, trap: true,
    note: 'manager asks Daniel to confirm when the merge is done, sent from Outlook mobile',
    from: NW_MGR, to: O.src, subject: 'RE: AWS certs', date: d('2026-01-21 07:55:00', '-0500'), enc: 'utf8qp',
    text: `Please confirm once AWS has merged everything - I need the cert count for the partner scorecard by Friday.

Get Outlook for iOS
${outlookEn(`${O.en} <${O.src}>`, 'Tuesday, January 20, 2026 5:10 PM', 'Greg Holloway <greg.holloway@northwind-labs.example.com>', 'AWS certs', 'Greg, I opened a case with AWS to merge my two certification accounts. Should be done this week.')}`,
  }),
  mk({
    slug: 'peoplehub-moved-html', kind: 'unrelated', lang: 'en', trusted: false, forUser: true, caseId: null, trap: true,
    note: 'HR system says certifications were moved to a new profile; internal HR records',
    from: PEOPLEHUB, to: O.src, subject: 'Your certifications were moved to your updated profile', date: d('2026-01-28 02:00:00', '+0000'), enc: 'utf8b64',
    html: html(`Hi Daniel,

We've moved 3 certifications to your updated PeopleHub profile as part of your offboarding.
Review them under Profile > Skills & Credentials. No further action is required.

This is an automated message from PeopleHub on behalf of Northwind Labs.`),
  }),
  mk({
    slug: 'skyline-order', kind: 'unrelated', lang: 'en', trusted: false, forUser: true, caseId: null, trap: true,
    note: 'reseller order receipt for an exam voucher',
    from: SKYLINE, to: O.keep, subject: 'Order received: SLP-20417', date: d('2026-02-01 18:30:00', '+0000'), enc: 'ascii7',
    text: `Thanks for your order, Daniel.

Order: SLP-20417
Item: AWS Certification exam voucher (Professional) x1
Status: received - your voucher code will be emailed once payment clears.

Skyline Learning Partners`,
  }),
  mk({
    slug: 'skyline-badges-moved', kind: 'unrelated', lang: 'en', trusted: false, forUser: true, caseId: null, trap: true,
    note: 'training partner moved its own course badges to the new learner account',
    from: SKYLINE_SUP, to: O.keep, subject: 'Ticket #58213 - your badges were moved', date: d('2026-02-03 14:00:00', '+0000'), enc: 'utf8qp',
    text: `Hi Daniel,

Your course completion badges (Architecting on AWS, Security Engineering on AWS) were moved from your Northwind learner account to ${O.keep}.
We're closing ticket #58213 - reply if anything looks off.

Skyline Learning Support`,
  }),
  mk({
    slug: 'pvue-appointment', kind: 'unrelated', lang: 'en', trusted: false, forUser: true, caseId: null, trap: true,
    note: 'Pearson VUE appointment confirmation',
    from: PVUE, to: V.keep, subject: 'Confirmation of your AWS Certification exam appointment', date: d('2026-04-12 12:00:00', '+0000'), enc: 'utf8qp',
    text: `Dear Lena Vogel,

Thank you for scheduling with Pearson VUE. This confirms your appointment:
  Exam: AWS Certified Solutions Architect - Associate (SAA-C03)
  Date: Tuesday, May 5, 2026, 9:00 AM CEST
  Delivery: OnVUE online proctored
  Registration ID: 407716233

Please check in 30 minutes early.`,
    html: html(`Dear Lena Vogel,

Thank you for scheduling with Pearson VUE. This confirms your appointment:
  Exam: AWS Certified Solutions Architect - Associate (SAA-C03)
  Date: Tuesday, May 5, 2026, 9:00 AM CEST
  Delivery: OnVUE online proctored
  Registration ID: 407716233

Please check in 30 minutes early.`),
  }),
  mk({
    slug: 'forge-closing-ticket', kind: 'unrelated', lang: 'en', trusted: false, forUser: true, caseId: null, trap: true,
    note: 'bootcamp closes its own ticket after merging her alumni portal accounts',
    from: FORGE, to: V.src, subject: '[CloudForge #9931] Closing this ticket', date: d('2026-03-30 16:00:00', '+0000'), enc: 'utf8b64',
    text: `Hi Lena,

Your two alumni portal logins are merged, and your cohort certificate now shows under ${V.keep}.
Closing this ticket - just reply to reopen it.

Note: we can't change anything on the AWS Certification side; for that you'll need AWS support.

Jo, Student Success`,
  }),
  mk({
    slug: 'credly-hashicorp', kind: 'unrelated', lang: 'en', trusted: true, forUser: true, caseId: null, trap: true,
    note: 'Credly badge from another issuer (HashiCorp)',
    from: 'HashiCorp via Credly <admin@credly.com>', to: O.keep, subject: 'HashiCorp sent you a badge', date: d('2026-01-30 17:00:00', '+0000'), enc: 'utf8qp',
    text: `Daniel, HashiCorp issued you the HashiCorp Certified: Terraform Associate (003) badge.
Accept your badge: https://www.credly.com/earner/earned/badge/5d0f19aa`,
  }),
  mk({
    slug: 'aws-exam-case-closed', kind: 'unrelated', lang: 'en', trusted: true, forUser: true, caseId: C.okaforExam, trap: true,
    note: 'AWS support closes the user\'s other case about rescheduling an exam',
    from: SUPPORT, to: O.keep, subject: `RE:[CASE ${C.okaforExam}] [AWS Training and Certification Form Submission] - exam-scheduling`, date: d('2026-02-04 11:00:00', '+0000'), enc: 'ascii7',
    text: `Hello Daniel,

Your exam has been moved to February 16 as requested and the no-show fee was waived. Since the
rescheduling is complete, we'll close this case.

AWS Training and Certification`,
  }),
  mk({
    slug: 'own-consent-cc-self', kind: 'unrelated', lang: 'en', trusted: false, forUser: true, caseId: C.okafor, trap: true,
    note: 'the user\'s own consent reply, with his personal address in Cc',
    from: `${O.en} <${O.keep}>`, to: SUPPORT, cc: O.keep, subject: subj(C.okafor), date: d('2026-01-23 18:40:00', '+0000'), enc: 'ascii7', auth: 'none', rcpt: O.keep,
    text: `I agree. Please go ahead and merge the accounts.

Dan

${gmailEn('Fri, Jan 23, 2026 at 5:30 PM', `AWS Training and Certification <${SUPPORT_ADDR}>`, 'Please be aware this is permanent and can\'t be reversed.')}`,
  }),
  mk({
    slug: 'nw-it-resent-closed', kind: 'unrelated', lang: 'en', trusted: false, forUser: false, caseId: null, trap: true,
    note: 'service desk closure notice redirected to an archive mailbox (Resent-*)',
    from: NW_IT, to: O.src, subject: 'INC0048213 has been closed', date: d('2026-01-30 10:30:00', '-0500'), enc: 'ascii7',
    resent: { from: 'mailrouter@northwind-labs.example.com', to: 'offboarding-archive@northwind-labs.example.com', date: d('2026-01-30 10:31:00', '-0500') },
    text: `Incident INC0048213 has been closed.
Thank you for contacting the Northwind IT Service Desk.`,
  }),
  mk({
    slug: 'nw-lnd-credly-link', kind: 'unrelated', lang: 'en', trusted: false, forUser: true, caseId: C.okafor, trap: true,
    note: 'L&D coordinator logged the merged certs and asks for his Credly link',
    from: NW_LND, to: O.src, subject: 'Re: AWS certifications for partner tracking', date: d('2026-01-28 13:00:00', '-0500'), enc: 'utf8qp',
    text: `Hi Daniel,

Thanks - I've noted in our tracker that AWS merged your accounts under case ${C.okafor}.
Can you confirm the public link to your Credly profile? Partner Central needs the badges to verify.

Priya
Learning & Development

${origMsg(`${O.en} <${O.src}>`, 'Wednesday, January 28, 2026 11:00 AM', 'learning@northwind-labs.example.com', 'AWS certifications for partner tracking', `Hi, AWS merged my accounts (case ${C.okafor}). All certs are on ${O.keepId} now.`)}`,
  }),
];
