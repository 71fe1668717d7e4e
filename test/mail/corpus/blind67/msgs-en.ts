// Set bn, English messages: terse agents, one-word phone replies, link-and-sentence
// notifications, list-only answers and a few very long mails with one buried sentence.
import type { Msg } from './lib.js';
import { CASE, CREDLY_AWS, DAN, KEN, LENA, NOTIFY, PORTAL, SHO, SUPPORT, SUPPORT_ADDR, UTC, PST, JST, formSubj, html, maker, olEn, paras, q, ref, sf } from './common.js';

const E = maker('en');
const D = `${DAN.name} <${DAN.keep}>`;
const L = `${LENA.name} <${LENA.keep}>`;
const KE = `${KEN.en} <${KEN.keep}>`;
const SE = `${SHO.en} <${SHO.keep}>`;
const wrote = (when: string, who: string): string => `On ${when} ${who} wrote:`;

const LONG_OPEN = `Hello ${DAN.name.split(' ')[0]},

Thank you for reaching out to AWS Training and Certification Customer Support, and thank you for your patience while we looked into your request.

I understand that you currently hold two AWS Certification accounts: one created with your former contractor email address and one created with your personal address. We know how important it is to keep your certification history, your exam benefits and your digital badges in one place, especially when a recertification window or a new exam is coming up, so I want to make sure you have all the details you need.`;

const LONG_CLOSE = `A few general reminders while I have you:
Your certifications remain valid for three years from the date you earned them. Recertification reminders go to the email address on your Certification account, so please make sure that address is one you check regularly. Any unused 50% discount vouchers appear under Benefits in the certification portal and keep their original expiry dates.

If you use AWS Skill Builder, please note that Skill Builder subscriptions and learning history are managed separately from your Certification account. Credly badges are tied to the email address on your Credly profile; if you add your new address to your Credly profile as a secondary email, future badges will find you more easily.

If you have questions about exam scheduling, Pearson VUE's support team is the best contact, and they can be reached from the scheduling page in the certification portal.

We appreciate your patience and thank you for being part of the AWS Certification community.`;

const DAN_ASK = `Hi, I have 2 cert accounts. Keep ${DAN.keep} (${DAN.keepId}), merge in ${DAN.src} (${DAN.srcId}). Thanks`;

export const EN: Msg[] = [
  // ---------------- acknowledgement (6) ----------------
  E({
    slug: 'e-ack-dan', kind: 'acknowledgement', caseId: CASE.dan, enc: 'ascii7',
    from: SUPPORT, to: D, subject: `[CASE ${CASE.dan}] We received your request`,
    date: PST('2026-11-02 09:12:40'),
    text: `Case ${CASE.dan} is open. A specialist usually replies within 24 hours.
Please don't open a new case for the same request; just reply here.`,
    note: 'automatic receipt with case ID',
  }),
  E({
    slug: 'e-ack-notify-html', kind: 'acknowledgement', caseId: CASE.lena, enc: 'utf8qp',
    from: NOTIFY, to: L, subject: `AWS Support case ${CASE.lena} created`,
    date: UTC('2026-11-04 07:44:18'),
    html: html('Case created', `<p><a href="https://support.console.aws.amazon.com/support/home#/case/?displayId=${CASE.lena}">View case ${CASE.lena}</a></p><p>Your case has been created and is waiting for an agent.</p>`),
    note: 'HTML-only notification receipt: a link and one sentence',
  }),
  E({
    slug: 'e-ack-dan-dup', kind: 'acknowledgement', caseId: CASE.danDup, enc: 'ascii7', crlf: false,
    from: SUPPORT, to: D, subject: `[CASE ${CASE.danDup}] Received`,
    date: PST('2026-11-03 18:05:02'),
    text: `Got it - case ${CASE.danDup}. We'll be in touch within one business day.`,
    note: 'receipt for a duplicate case the user opened; still a receipt',
  }),
  E({
    slug: 'e-ack-lookalike', kind: 'acknowledgement', caseId: CASE.lena, enc: 'ascii7', trusted: false,
    from: 'AWS Support <case-update@support-aws.com>', to: L, subject: `[CASE ${CASE.lena}] Request received`,
    date: UTC('2026-11-04 08:01:55'),
    text: `We have received your case ${CASE.lena}. Track it here: https://support-aws.com/track`,
    note: 'receipt from support-aws.com (not support.aws.com): untrusted',
  }),
  E({
    slug: 'e-ack-bodyonly', kind: 'acknowledgement', caseId: CASE.sho, enc: 'ascii7',
    from: SUPPORT, to: SE, subject: 'Thanks for contacting us',
    date: UTC('2026-11-04 22:30:09'),
    text: `Reference: ${CASE.sho}
Your message is in our queue.`,
    html: html('Thanks', `<p>Reference: ${CASE.sho}</p><p>Your message is in our queue.</p>`),
    note: 'receipt recognisable by its shape; case ID only in the body, multipart',
  }),
  E({
    slug: 'e-ack-lena-b64', kind: 'acknowledgement', caseId: CASE.lena, enc: 'utf8b64',
    from: SUPPORT, to: L, subject: `[CASE ${CASE.lena}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: UTC('2026-11-04 07:45:30'),
    text: `Hi Lena,

Thanks for writing in. This is an automated note to say your form submission is logged under case ${CASE.lena}. You'll hear from a person soon.

– AWS T&C`,
    note: 'automated receipt of the form submission, base64',
  }),

  // ---------------- ai_answer (6) ----------------
  E({
    slug: 'e-ai-tool', kind: 'ai_answer', enc: 'ascii7',
    from: SUPPORT, to: D, subject: 'Suggested answer',
    date: PST('2026-11-02 09:10:02'),
    text: `Try the self-service Merge Accounts tool: https://www.aws.training/Certification (Profile > Merge accounts).
Still stuck? Choose Create case.
This answer was generated by AI.`,
    note: 'AI suggestion of the self-service tool',
  }),
  E({
    slug: 'e-ai-steps', kind: 'ai_answer', enc: 'utf8qp',
    from: SUPPORT, to: L, subject: 'Answer from the AWS T&C assistant',
    date: UTC('2026-11-04 07:40:00'),
    text: `1) Sign in with the account you want to keep
2) Profile → Merge accounts
3) Enter the other account's email, follow the prompts
Generated automatically — not reviewed by an agent.`,
    note: 'automated numbered steps',
  }),
  E({
    slug: 'e-ai-after', kind: 'ai_answer', enc: 'utf8qp', trap: true,
    from: SUPPORT, to: KE, subject: 'AI-generated response',
    date: UTC('2026-11-01 23:09:33'),
    text: `After a merge, certifications and benefits move to the account you keep. Badges: claim them again on Credly once the merge is done.
Start with the Merge Accounts tool in your profile.
(AI-generated)`,
    html: html('AI', paras(`After a merge, certifications and benefits move to the account you keep. Badges: claim them again on Credly once the merge is done.\n\nStart with the Merge Accounts tool in your profile.\n\n(AI-generated)`)),
    note: 'AI answer describing post-merge badges; not a completion (trap)',
  }),
  E({
    slug: 'e-ai-failforged', kind: 'ai_answer', enc: 'ascii7', trusted: false, auth: 'failThenForged',
    from: SUPPORT, to: D, subject: 'Suggested answer',
    date: PST('2026-11-02 09:11:30'),
    text: `Use the Merge Accounts tool. Generated by AI.`,
    note: 'top verdict fails, a planted pass sits lower: untrusted',
  }),
  E({
    slug: 'e-ai-html', kind: 'ai_answer', enc: 'utf8b64',
    from: SUPPORT, to: SE, subject: 'Here is what we found',
    date: UTC('2026-11-04 22:25:00'),
    html: html('AI', `<p><i>Automated answer</i></p><p>Accounts can be combined from <b>Profile &gt; Merge Accounts</b>. If both accounts hold certifications the tool will send you to support.</p>`),
    note: 'HTML-only automated answer',
  }),
  E({
    slug: 'e-ai-bullets', kind: 'ai_answer', enc: 'utf8b64',
    from: SUPPORT, to: L, subject: 'Quick answer',
    date: UTC('2026-11-04 07:41:12'),
    text: `• Merge Accounts tool: certification portal, Profile
• Both accounts have exam history? → create a case
• This reply was written by an AI assistant`,
    note: 'automated answer as bullets',
  }),

  // ---------------- info_request (7) ----------------
  E({
    slug: 'e-info-bullets', kind: 'info_request', caseId: CASE.dan, enc: 'ascii7',
    from: SUPPORT, to: D, subject: formSubj(CASE.dan),
    date: PST('2026-11-03 10:02:10'),
    text: `- candidate ID for both
- login email for both
- which one stays

Nate
AWS T&C Support
${ref('Dn31z')}`,
    note: 'agent answers only with a list of needed data',
  }),
  E({
    slug: 'e-info-which', kind: 'info_request', caseId: CASE.lena, enc: 'ascii7',
    from: SUPPORT, to: L, subject: formSubj(CASE.lena),
    date: UTC('2026-11-05 12:30:00'),
    text: `Which email stays?`,
    note: 'one-line question which account to keep',
  }),
  E({
    slug: 'e-info-confirmword', kind: 'info_request', caseId: CASE.dan, enc: 'utf8qp', trap: true,
    from: SUPPORT, to: D, subject: formSubj(CASE.dan),
    date: PST('2026-11-04 08:15:55'),
    text: `Can you confirm the address you'd like to keep? ${DAN.keep}, right?`,
    note: 'confirm the address to keep: asks for information (trap)',
  }),
  E({
    slug: 'e-info-long-buried', kind: 'info_request', caseId: CASE.dan, enc: 'utf8b64',
    from: SUPPORT, to: D, subject: formSubj(CASE.dan),
    date: PST('2026-11-04 14:41:08'),
    text: `${LONG_OPEN}

Before our team can look at both records side by side, we'll need the candidate ID shown on the older account's profile page along with the date of the last exam you took on it.

${LONG_CLOSE}

Kind regards,
Priyanka
AWS Training and Certification Support`,
    note: 'very long mail; the request for the old candidate ID and exam date is buried in the middle',
  }),
  E({
    slug: 'e-info-numbered', kind: 'info_request', caseId: CASE.lena, enc: 'utf8qp',
    from: SUPPORT, to: L, subject: formSubj(CASE.lena),
    date: UTC('2026-11-05 09:05:00'),
    text: `1. full name as on your ID
2. uni email used for the first exam
3. candidate IDs`,
    html: html('info', `<ol><li>full name as on your ID</li><li>uni email used for the first exam</li><li>candidate IDs</li></ol>`),
    note: 'numbered list only, multipart',
  }),
  E({
    slug: 'e-info-noauth', kind: 'info_request', caseId: CASE.dan, enc: 'ascii7', trusted: false, auth: 'none',
    from: SUPPORT, to: D, subject: formSubj(CASE.dan),
    date: PST('2026-11-03 03:33:00'),
    text: `Need your candidate IDs + date of birth to continue.`,
    note: 'request with no Authentication-Results: untrusted',
  }),
  E({
    slug: 'e-info-fromkept', kind: 'info_request', caseId: CASE.sho, enc: 'ascii7', crlf: false,
    from: SUPPORT, to: `${SHO.en} <${SHO.src}>`, cc: SE, subject: formSubj(CASE.sho),
    date: UTC('2026-11-05 02:02:02'),
    text: `Pls reply from the address you're keeping and put both candidate IDs in the mail.`,
    note: 'write from the kept address and include IDs: info_request; delivered via Cc',
  }),

  // ---------------- confirmation_request (7) ----------------
  E({
    slug: 'e-conf-yes', kind: 'confirmation_request', caseId: CASE.dan, enc: 'ascii7',
    from: SUPPORT, to: D, subject: formSubj(CASE.dan),
    date: PST('2026-11-05 07:58:20'),
    text: `Can't be undone. Reply YES and we'll merge ${DAN.srcId} into ${DAN.keepId}.`,
    note: 'one-line consent request',
  }),
  E({
    slug: 'e-conf-bullets', kind: 'confirmation_request', caseId: CASE.lena, enc: 'utf8qp',
    from: SUPPORT, to: L, subject: formSubj(CASE.lena),
    date: UTC('2026-11-06 10:10:10'),
    text: `- from: ${LENA.srcId}
- into: ${LENA.keepId}
- permanent
OK to go ahead?`,
    note: 'bullets then asks whether to go ahead',
  }),
  E({
    slug: 'e-conf-long-buried', kind: 'confirmation_request', caseId: CASE.dan, enc: 'utf8b64',
    from: SUPPORT, to: D, subject: formSubj(CASE.dan),
    date: PST('2026-11-05 13:20:44'),
    text: `${LONG_OPEN}

I've now matched both records, and since combining them is permanent, I'll need your go-ahead in a reply to this email before anything is changed.

${LONG_CLOSE}

Best,
Priyanka`,
    note: 'very long mail; the consent request is buried in the middle',
  }),
  E({
    slug: 'e-conf-misaligned', kind: 'confirmation_request', caseId: CASE.lena, enc: 'ascii7', trusted: false, auth: 'misaligned',
    from: SUPPORT, to: L, subject: formSubj(CASE.lena),
    date: UTC('2026-11-06 01:01:01'),
    text: `Confirm the merge here: http://aws-merge-confirm.example.net/?c=${CASE.lena}`,
    note: 'consent request with DKIM for an unrelated domain and dmarc=fail: untrusted',
  }),
  E({
    slug: 'e-conf-html', kind: 'confirmation_request', caseId: CASE.sho, enc: 'utf8qp',
    from: SUPPORT, to: SE, subject: formSubj(CASE.sho),
    date: UTC('2026-11-07 01:40:00'),
    text: `Ready to merge. This is irreversible - just reply "agree" if that's fine.`,
    html: html('merge', `<p>Ready to merge. This is irreversible - just reply "agree" if that's fine.</p>`),
    note: 'consent request, multipart, English to a Japanese customer',
  }),
  E({
    slug: 'e-conf-outlookquote', kind: 'confirmation_request', caseId: CASE.dan, enc: 'ascii7',
    from: SUPPORT, to: D, subject: `RE: ${formSubj(CASE.dan)}`,
    date: PST('2026-11-05 08:30:00'),
    text: `Thx. Good to proceed? It's permanent.

${olEn(D, 'Wednesday, November 4, 2026 6:12 PM', SUPPORT_ADDR, `RE: ${formSubj(CASE.dan)}`, `${DAN.keepId} keep
${DAN.srcId} merge

Sent from my iPhone`)}`,
    note: 'two-line consent question above an Outlook-quoted mobile reply with IDs',
  }),
  E({
    slug: 'e-conf-typos', kind: 'confirmation_request', caseId: CASE.lena, enc: 'utf8qp',
    from: SUPPORT, to: L, subject: formSubj(CASE.lena),
    date: UTC('2026-11-06 15:45:10'),
    text: `Hi Lena, plese let us know your ok to procede with combinig the two acounts, once done it cant be reversed.`,
    note: 'consent request with typos, no "confirm" word',
  }),

  // ---------------- merge_completed (7) ----------------
  E({
    slug: 'e-done-oneline', kind: 'merge_completed', caseId: CASE.dan, enc: 'ascii7',
    from: SUPPORT, to: D, subject: formSubj(CASE.dan),
    date: PST('2026-11-06 11:11:00'),
    text: `Done - accounts merged.`,
    note: 'one-line completion',
  }),
  E({
    slug: 'e-done-portal', kind: 'merge_completed', enc: 'utf8qp',
    from: PORTAL, to: L, subject: 'Your accounts have been merged',
    date: UTC('2026-11-08 04:20:33'),
    text: `https://www.aws.training/Certification
Your AWS Certification accounts are now one.`,
    html: html('Merged', `<p><a href="https://www.aws.training/Certification">Sign in</a></p><p>Your AWS Certification accounts are now one.</p>`),
    note: 'certification portal notice, no case ID',
  }),
  E({
    slug: 'e-done-long-buried', kind: 'merge_completed', caseId: CASE.dan, enc: 'utf8b64',
    from: SUPPORT, to: D, subject: formSubj(CASE.dan),
    date: PST('2026-11-06 16:05:00'),
    text: `${LONG_OPEN}

Following your approval, ${DAN.srcId} was folded into ${DAN.keepId} this morning, and the exam history now sits on the account you kept.

${LONG_CLOSE}

Best,
Priyanka`,
    note: 'very long mail; the completion is one sentence in the middle',
  }),
  E({
    slug: 'e-done-close', kind: 'merge_completed', caseId: CASE.lena, enc: 'ascii7',
    from: SUPPORT, to: L, subject: formSubj(CASE.lena),
    date: UTC('2026-11-09 09:09:09'),
    text: `Merged. Closing the case now.`,
    note: 'completion plus closing: the new fact is the merge',
  }),
  E({
    slug: 'e-done-check', kind: 'merge_completed', caseId: CASE.sho, enc: 'utf8qp', trap: true,
    from: SUPPORT, to: SE, subject: formSubj(CASE.sho),
    date: UTC('2026-11-09 03:00:00'),
    text: `All merged into ${SHO.keepId}. Pls double-check certs and vouchers and tell us if anything's missing.`,
    note: 'completion asking the customer to check: still merge_completed (trap)',
  }),
  E({
    slug: 'e-done-fail', kind: 'merge_completed', caseId: CASE.dan, enc: 'ascii7', trusted: false, auth: 'fail',
    from: SUPPORT, to: D, subject: formSubj(CASE.dan),
    date: PST('2026-11-06 02:22:22'),
    text: `Merge complete. Log in to review: http://aws-training.example.org/login`,
    note: 'completion wording with dmarc=fail: untrusted',
  }),
  E({
    slug: 'e-done-bullets', kind: 'merge_completed', caseId: CASE.lena, enc: 'ascii7',
    from: SUPPORT, to: L, subject: `${formSubj(CASE.lena)} [merged]`,
    date: UTC('2026-11-08 17:00:00'),
    text: `- ${LENA.srcId} -> ${LENA.keepId}: done
- 2 certs + 1 voucher carried over`,
    note: 'completion as a status list; subject carries half the meaning',
  }),

  // ---------------- badges_transferred (6) ----------------
  E({
    slug: 'e-badge-credly', kind: 'badges_transferred', enc: 'utf8qp',
    from: CREDLY_AWS, to: D, subject: 'You have a new badge from Amazon Web Services Training and Certification',
    date: UTC('2026-11-07 18:40:00'),
    text: `AWS Certified SysOps Administrator - Associate
Accept your badge: https://www.credly.com/badges/5e1c2b8a-9d0f-4a37-b6e2-3c8f7a1d0e94/accept`,
    html: html('Credly', `<p>AWS Certified SysOps Administrator - Associate</p><p><a href="https://www.credly.com/badges/5e1c2b8a-9d0f-4a37-b6e2-3c8f7a1d0e94/accept">Accept your badge</a></p>`),
    note: 'AWS badge via Credly to the kept address',
  }),
  E({
    slug: 'e-badge-oneline', kind: 'badges_transferred', caseId: CASE.dan, enc: 'ascii7',
    from: SUPPORT, to: D, subject: formSubj(CASE.dan),
    date: PST('2026-11-09 10:00:00'),
    text: `Badges moved to your Credly under ${DAN.keep}.`,
    note: 'one-line: support moved the badges',
  }),
  E({
    slug: 'e-badge-close', kind: 'badges_transferred', caseId: CASE.lena, enc: 'ascii7',
    from: SUPPORT, to: L, subject: formSubj(CASE.lena),
    date: UTC('2026-11-12 08:30:00'),
    text: `Credly badges are on the new account now. I'll close this out.`,
    note: 'badges moved and closing: badges_transferred',
  }),
  E({
    slug: 'e-badge-credly-html', kind: 'badges_transferred', enc: 'utf8b64', auth: 'dkimonly',
    from: CREDLY_AWS, to: L, subject: 'Claim your AWS badge',
    date: UTC('2026-11-10 12:00:00'),
    html: html('Credly', `<p>Amazon Web Services Training and Certification issued you <b>AWS Certified Cloud Practitioner</b>.</p><p><a href="https://www.credly.com/badges/c1d2e3f4-0a9b-4c8d-9e7f-123456abcdef/accept">Accept your badge</a></p>`),
    note: 'HTML-only AWS badge from Credly, aligned DKIM only',
  }),
  E({
    slug: 'e-badge-lookalike', kind: 'badges_transferred', enc: 'utf8qp', trusted: false,
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly.com.badge-notify.net>', to: D,
    subject: 'Your badges were transferred',
    date: UTC('2026-11-08 05:55:00'),
    text: `Your AWS badges were moved. Sign in to keep them: https://credly.com.badge-notify.net/s`,
    note: 'credly.com.badge-notify.net is a look-alike: untrusted',
  }),
  E({
    slug: 'e-badge-long-buried', kind: 'badges_transferred', caseId: CASE.dan, enc: 'utf8b64',
    from: SUPPORT, to: D, subject: formSubj(CASE.dan),
    date: PST('2026-11-10 09:31:00'),
    text: `${LONG_OPEN}

Regarding your follow-up, our Credly contact has re-pointed the three AWS badges from your old contractor address to ${DAN.keep}.

${LONG_CLOSE}

Best,
Priyanka`,
    note: 'very long mail; the badge move is one sentence in the middle',
  }),

  // ---------------- case_closed (6) ----------------
  E({
    slug: 'e-close-oneline', kind: 'case_closed', caseId: CASE.dan, enc: 'ascii7',
    from: SUPPORT, to: D, subject: formSubj(CASE.dan),
    date: PST('2026-11-13 09:00:00'),
    text: `Resolving this. Reply to reopen.`,
    note: 'one-line closing',
  }),
  E({
    slug: 'e-close-auto', kind: 'case_closed', caseId: CASE.lena, enc: 'ascii7',
    from: SUPPORT, to: L, subject: `${formSubj(CASE.lena)} - no reply yet`,
    date: UTC('2026-11-10 08:00:00'),
    text: `No reply in 3 days = case auto-closes.`,
    note: 'auto-close reminder',
  }),
  E({
    slug: 'e-close-restate', kind: 'case_closed', caseId: CASE.sho, enc: 'utf8qp', trap: true,
    from: SUPPORT, to: SE, subject: formSubj(CASE.sho),
    date: UTC('2026-11-16 02:10:00'),
    text: `Since the merge went through on Nov 9, we're closing this case.`,
    note: 'closing that restates an earlier merge (trap)',
  }),
  E({
    slug: 'e-close-notify', kind: 'case_closed', caseId: CASE.dan, enc: 'utf8qp',
    from: NOTIFY, to: D, subject: `Case ${CASE.dan} resolved`,
    date: PST('2026-11-13 09:01:10'),
    html: html('resolved', `<p><a href="https://support.console.aws.amazon.com/support/home#/case/?displayId=${CASE.dan}">Case ${CASE.dan}</a> was marked resolved.</p>`),
    note: 'HTML-only notification: case resolved',
  }),
  E({
    slug: 'e-close-otheronly', kind: 'case_closed', caseId: CASE.lena, enc: 'ascii7', trusted: false, auth: 'otherOnly',
    from: SUPPORT, to: L, subject: formSubj(CASE.lena),
    date: UTC('2026-11-11 04:04:04'),
    text: `Case closed.`,
    note: 'closing with only a foreign Authentication-Results: untrusted',
  }),
  E({
    slug: 'e-close-long-buried', kind: 'case_closed', caseId: CASE.dan, enc: 'utf8b64', trap: true,
    from: SUPPORT, to: D, subject: formSubj(CASE.dan),
    date: PST('2026-11-16 12:00:00'),
    text: `${LONG_OPEN}

With the merge and the badge move both behind us, I'm marking this case resolved today.

${LONG_CLOSE}

Best,
Priyanka`,
    note: 'very long mail whose one new sentence closes the case, restating merge and badges (trap)',
  }),

  // ---------------- support_reply (8) ----------------
  E({
    slug: 'e-rep-passed', kind: 'support_reply', caseId: CASE.dan, enc: 'ascii7', trap: true,
    from: SUPPORT, to: D, subject: formSubj(CASE.dan),
    date: PST('2026-11-05 09:20:00'),
    text: `Thanks for confirming - passed to the merge team.`,
    note: 'thanks-for-confirming status (trap)',
  }),
  E({
    slug: 'e-rep-future', kind: 'support_reply', caseId: CASE.lena, enc: 'ascii7', trap: true,
    from: SUPPORT, to: L, subject: formSubj(CASE.lena),
    date: UTC('2026-11-07 10:00:00'),
    text: `Once merged you'll get a note from us.`,
    note: 'future merge: not the event (trap)',
  }),
  E({
    slug: 'e-rep-unable', kind: 'support_reply', caseId: CASE.dan, enc: 'utf8qp', trap: true,
    from: SUPPORT, to: D, subject: formSubj(CASE.dan),
    date: PST('2026-11-04 16:00:00'),
    text: `We can't merge yet – the old account has an exam booked on Nov 20. Will revisit after.`,
    note: 'unable to merge for now (trap)',
  }),
  E({
    slug: 'e-rep-dupcases', kind: 'support_reply', caseId: CASE.dan, enc: 'ascii7', trap: true,
    from: SUPPORT, to: D, subject: formSubj(CASE.dan),
    date: PST('2026-11-04 07:00:00'),
    text: `Merged case ${CASE.danDup} into this one (${CASE.dan}).`,
    note: 'merged duplicate cases, not accounts (trap)',
  }),
  E({
    slug: 'e-rep-escalated', kind: 'support_reply', caseId: CASE.lena, enc: 'ascii7',
    from: SUPPORT, to: L, subject: formSubj(CASE.lena),
    date: UTC('2026-11-07 13:13:00'),
    text: `Escalated.`,
    note: 'one-word escalation',
  }),
  E({
    slug: 'e-rep-status', kind: 'support_reply', caseId: CASE.sho, enc: 'utf8b64', trap: true,
    from: SUPPORT, to: SE, subject: `${formSubj(CASE.sho)} - status`,
    date: UTC('2026-11-08 00:30:00'),
    text: `• consent: received
• merge: queued
• ETA: 1-2 days`,
    note: 'status list: consent received, merge queued (trap)',
  }),
  E({
    slug: 'e-rep-lookalike-server', kind: 'support_reply', caseId: CASE.dan, enc: 'ascii7', trusted: false, auth: 'lookalikeServer',
    from: SUPPORT, to: D, subject: formSubj(CASE.dan),
    date: PST('2026-11-05 04:44:00'),
    text: `Still working on it.`,
    note: 'status reply; top Authentication-Results from a look-alike authserv-id: untrusted',
  }),
  E({
    slug: 'e-rep-long-nothing', kind: 'support_reply', caseId: CASE.lena, enc: 'utf8b64', trap: true,
    from: SUPPORT, to: L, subject: formSubj(CASE.lena),
    date: UTC('2026-11-07 15:30:00'),
    text: `${LONG_OPEN.replace('Dan', 'Lena').replace('former contractor', 'university')}

To answer your question directly: nothing has been changed on either account yet, so the voucher you can see today is still on the university account.

${LONG_CLOSE}

Best,
Jonas`,
    note: 'very long answer; the one new sentence says nothing was changed yet (trap)',
  }),

  // ---------------- unrelated (9) ----------------
  E({
    slug: 'e-un-own-yes', kind: 'unrelated', caseId: CASE.dan, enc: 'ascii7', trusted: false, trap: true, auth: 'none',
    from: D, to: SUPPORT, subject: `Re: ${formSubj(CASE.dan)}`,
    date: PST('2026-11-05 08:02:00'), deliveredTo: DAN.keep,
    text: `Yes

Sent from my iPhone

${wrote('Thu, Nov 5, 2026 at 7:58 AM', SUPPORT)}
${q(`Can't be undone. Reply YES and we'll merge ${DAN.srcId} into ${DAN.keepId}.`)}`,
    note: 'the user\'s own one-word consent, a Bcc copy to self: unrelated, untrusted',
  }),
  E({
    slug: 'e-un-own-sent', kind: 'unrelated', caseId: CASE.lena, enc: 'utf8qp', trusted: false, forUser: false, trap: true, auth: 'none',
    from: L, to: SUPPORT, subject: `Re: ${formSubj(CASE.lena)}`,
    date: UTC('2026-11-06 16:01:00'), deliveredTo: null,
    text: `Confirmed, go ahead.

Sent from my Android`,
    note: 'the user\'s own consent from the Sent folder: not delivered to the user',
  }),
  E({
    slug: 'e-un-credly-hashi', kind: 'unrelated', enc: 'utf8qp', trap: true,
    from: 'HashiCorp via Credly <admin@credly.com>', to: D, subject: 'HashiCorp sent you a badge',
    date: UTC('2026-11-11 20:00:00'),
    text: `HashiCorp Certified: Terraform Associate
Accept your badge: https://www.credly.com/badges/77aa0e11-4c2b-4d6e-8f90-abcdef123456/accept`,
    note: 'Credly badge from another issuer: unrelated (trap)',
  }),
  E({
    slug: 'e-un-credly-mergecode', kind: 'unrelated', enc: 'ascii7', trap: true,
    from: 'Credly <admin@credly.com>', to: L, subject: 'Complete your account merge',
    date: UTC('2026-11-09 11:11:11'),
    text: `Code: 730164
Enter it on Credly to finish merging your Credly accounts.`,
    note: 'Credly\'s own account-merge code: unrelated (trap)',
  }),
  E({
    slug: 'e-un-survey', kind: 'unrelated', caseId: CASE.dan, enc: 'ascii7', trap: true,
    from: 'AWS Support Feedback <aws-support-survey@amazon.com>', to: D, subject: `Was case ${CASE.dan} resolved?`,
    date: PST('2026-11-14 10:00:00'),
    text: `Tell us in 30 seconds: https://survey.amazon.com/s?c=${CASE.dan}`,
    note: 'survey: unrelated (trap)',
  }),
  E({
    slug: 'e-un-ooo-agent', kind: 'unrelated', caseId: CASE.lena, enc: 'ascii7', trap: true,
    from: 'Jonas B <jonasb@amazon.com>', to: L, subject: `Automatic reply: RE: ${formSubj(CASE.lena)}`,
    date: UTC('2026-11-06 16:02:00'),
    extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    text: `I'm out until Nov 9. Your message was received; a colleague will pick up urgent cases.`,
    note: 'an agent\'s out-of-office auto-reply using receipt words: unrelated (trap)',
  }),
  E({
    slug: 'e-un-pearson', kind: 'unrelated', enc: 'ascii7', trusted: false, trap: true,
    from: 'Pearson VUE <donotreply@pearson.com>', to: D, subject: 'Appointment confirmed',
    date: UTC('2026-11-03 14:00:00'),
    text: `Your AWS exam appointment is confirmed for Nov 20, 2026. Details: https://home.pearsonvue.com/aws`,
    note: 'exam booking confirmation from the test vendor: unrelated, outside trusted domains (trap)',
  }),
  E({
    slug: 'e-un-voucher-case', kind: 'unrelated', caseId: CASE.lenaVoucher, enc: 'ascii7', trap: true,
    from: SUPPORT, to: L, subject: `[CASE ${CASE.lenaVoucher}] Exam voucher refund`,
    date: UTC('2026-11-13 09:30:00'),
    text: `Voucher refund processed, closing this case.`,
    note: 'the user\'s other case about a voucher refund closes: unrelated (trap)',
  }),
  E({
    slug: 'e-un-resent-merged', kind: 'unrelated', caseId: null, enc: 'ascii7', trusted: false, forUser: false, trap: true,
    from: 'GitHub <noreply@github.example.com>', to: `${KEN.en} <${KEN.src}>`, subject: '[infra/terraform] PR #482 merged',
    date: JST('2026-11-03 11:00:00'),
    resent: { from: 'postmaster@oldsi.example.co.jp', to: 'it-archive@oldsi.example.co.jp', date: JST('2026-11-03 11:00:05') },
    text: `Merged #482 into main.
https://github.example.com/infra/terraform/pull/482`,
    note: 'a code-review merge notice redirected by the old company (Resent-*): unrelated, not for the user (trap)',
  }),
];

// extra English shapes that are not about the user's own mailbox
export const EN_EXTRA: Msg[] = [
  E({
    slug: 'e-done-resent', kind: 'merge_completed', caseId: CASE.ken, enc: 'ascii7', forUser: false,
    from: SUPPORT, to: `${KEN.en} <${KEN.src}>`, subject: formSubj(CASE.ken),
    date: JST('2026-11-06 10:05:00'),
    resent: { from: 'postmaster@oldsi.example.co.jp', to: 'helpdesk@oldsi.example.co.jp', date: JST('2026-11-06 10:05:09') },
    text: `Merge done. ${KEN.srcId} is now part of ${KEN.keepId}.

${sf(KE, '11/5/2026 12:01 PM', SUPPORT_ADDR, `Re: ${formSubj(CASE.ken)}`, 'agree')}`,
    note: 'completion redirected by the old company with Resent-* headers: forUser false',
  }),
  E({
    slug: 'e-info-otherperson', kind: 'info_request', caseId: '1783007745', enc: 'ascii7', forUser: false,
    from: SUPPORT, to: 'Tom Reyes <tom.reyes@partner.example.com>', subject: formSubj('1783007745'),
    date: UTC('2026-11-12 06:00:00'),
    text: `- old candidate ID
- which email to keep`,
    note: 'a merge-case request addressed to someone else: not for the user',
  }),
];
