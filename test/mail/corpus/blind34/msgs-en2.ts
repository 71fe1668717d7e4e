// Set ag, English messages (part 2: badges_transferred, case_closed, support_reply, unrelated).
import type { Msg } from './lib.js';
import { rfcDate as d } from './lib.js';
import {
  en, FORM, FORM_BARE, NOTIFY, CREDLY_AWS, formSubj, TAKA, RAVI, SIOB, LIAM, THANDI, GRACE, CASE, q, sfBlock, outlookEn, gmailEn, paras,
} from './common.js';

const T = TAKA, R = RAVI, S = SIOB, L = LIAM, H = THANDI, G = GRACE;
const rTo = `${R.name} <${R.keep}>`;
const sTo = `${S.name} <${S.keep}>`;
const lTo = `${L.name} <${L.keep}>`;
const hTo = `${H.name} <${H.keep}>`;
const gTo = `${G.name} <${G.keep}>`;
const tTo = `${T.en} <${T.keep}>`;

export const EN2: Msg[] = [
  // ================= badges_transferred =================
  en({
    slug: 'en-badge-credly-issued-multipart',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly: AWS issued you a badge (to the kept address), "Accept your badge"',
    from: CREDLY_AWS,
    to: S.keep,
    subject: 'Amazon Web Services Training and Certification has issued you a badge',
    date: d('2026-03-07 15:02:00', '+0000'),
    enc: 'utf8qp',
    text: `Hi Siobhán,

Amazon Web Services Training and Certification has issued you the "AWS Certified SysOps Administrator – Associate" badge.

Accept your badge: https://www.credly.com/badges/5c2e81f0/accept

Once accepted you can share it on LinkedIn or add it to your email signature.

The Credly Team`,
    html: `<div style="text-align:center"><p>Hi Siobhán,</p><p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified SysOps Administrator – Associate</b> badge.</p><p><a href="https://www.credly.com/badges/5c2e81f0/accept">Accept your badge</a></p><p>Once accepted you can share it on LinkedIn or add it to your email signature.</p></div>`,
  }),
  en({
    slug: 'en-badge-dublin-moved-across',
    kind: 'badges_transferred',
    caseId: CASE.siob,
    note: 'Dublin agent: the Credly badges have been moved across to the kept email',
    from: FORM,
    to: sTo,
    subject: formSubj(CASE.siob),
    date: d('2026-03-07 14:50:00', '+0000'),
    enc: 'ascii7',
    text: `Hi Siobhan,

Good spot on the badges. I've had them moved across - both Credly badges are now attached to ${S.keep}. You should see a couple of emails from Credly asking you to accept them.

All the best,
Ciara

${gmailEn('Fri, 6 Mar 2026 at 19:20', S.name, S.keep)}
> Hi Ciara, merge looks great, thank you! Only thing is my Credly badges are still on the old Contoso email.`,
  }),
  en({
    slug: 'en-badge-hyderabad-transferred-resolving',
    kind: 'badges_transferred',
    caseId: CASE.ravi,
    note: 'Hyderabad agent: badges transferred to the retained account and the case is being resolved',
    from: FORM,
    to: rTo,
    subject: formSubj(CASE.ravi),
    date: d('2026-03-02 12:12:12', '+0530'),
    enc: 'ascii7',
    text: `Dear Ravi,

Greetings of the day!

As requested, we have transferred your Credly badges to ${R.keep}. You may kindly check the same by logging in to your Credly profile.

As there are no further pending action items, we are resolving this case.

Thanks & Regards,
Srinivas K
AWS Training and Certification`,
  }),
  en({
    slug: 'en-badge-credly-added-html-liam',
    kind: 'badges_transferred',
    caseId: null,
    note: 'HTML-only Credly mail: two AWS badges were added to the account',
    from: CREDLY_AWS,
    to: L.keep,
    subject: 'New badges have been added to your Credly account',
    date: d('2026-03-09 22:15:00', '+0000'),
    enc: 'utf8b64',
    html: `<html><body><p>Hi Liam,</p>
<p>Amazon Web Services Training and Certification added the following badges to your account:</p>
<ul><li>AWS Certified Cloud Practitioner</li><li>AWS Certified Solutions Architect – Associate</li></ul>
<p><a href="https://www.credly.com/earner/earned">View your badges</a></p></body></html>`,
  }),
  en({
    slug: 'en-badge-credly-lookalike',
    kind: 'badges_transferred',
    caseId: null,
    trusted: false,
    note: 'badge notice from credly-badges.net (look-alike domain, passes auth for itself): untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-badges.net>',
    to: G.keep,
    subject: 'Your AWS badge is waiting',
    date: d('2026-03-09 03:00:00', '+0000'),
    enc: 'utf8qp',
    text: `Hi Grace,

Your AWS Certified Cloud Practitioner badge has been transferred to this email. Log in with your AWS password to accept it:
https://credly-badges.net/accept?t=8812`,
  }),
  en({
    slug: 'en-badge-manila-reflecting',
    kind: 'badges_transferred',
    caseId: CASE.grace,
    note: 'Manila agent: the badges are now reflecting in the Credly profile of the kept email',
    from: FORM,
    to: gTo,
    subject: formSubj(CASE.grace),
    date: d('2026-03-10 10:30:00', '+0800'),
    enc: 'ascii7',
    text: `Hi Grace,

Good day! Sorry for the wait. Your digital badges are now reflecting in your Credly profile under ${G.keep}. Kindly accept them from the Credly emails sent to you.

Have a blessed day ahead!

Warm regards,
Mark Anthony
AWS Training and Certification Support`,
  }),

  // ================= case_closed =================
  en({
    slug: 'en-close-auto-3-days-ravi',
    kind: 'case_closed',
    caseId: CASE.ravi,
    note: 'reminder: the case will be closed automatically in 3 days if there is no reply',
    from: FORM,
    to: rTo,
    subject: formSubj(CASE.ravi),
    date: d('2026-02-27 10:00:00', '+0530'),
    enc: 'ascii7',
    text: `Dear Ravi,

This is a gentle reminder regarding our previous email. We have not received any response from your end.

Please note that the case will be closed automatically in 3 days if we do not hear from you.

Thanks & Regards,
AWS Training and Certification`,
  }),
  en({
    slug: 'en-close-notify-resolved-thandi',
    kind: 'case_closed',
    caseId: CASE.thandi,
    note: 'AWS Support notification: case marked resolved',
    from: NOTIFY,
    to: H.keep,
    subject: `Case ${CASE.thandi} has been resolved`,
    date: d('2026-03-12 09:00:00', '+0000'),
    enc: 'ascii7',
    text: `Hello,

Case ${CASE.thandi} has been marked as resolved. If you still need help with this issue, you can reopen the case from the Support Center within 14 days.

Amazon Web Services`,
  }),
  en({
    slug: 'en-close-restates-merge-dublin',
    kind: 'case_closed',
    caseId: CASE.siob,
    trap: true,
    note: 'closing that only restates the merge and badge move done earlier',
    from: FORM,
    to: sTo,
    subject: formSubj(CASE.siob),
    date: d('2026-03-13 09:15:00', '+0000'),
    enc: 'utf8qp',
    text: `Hi Siobhán,

Just a quick one to let you know I'm closing this case off. As we sorted last week, your accounts were merged and the badges moved over, so there's nothing outstanding on our side.

If anything crops up, reply here and it'll reopen.

All the best,
Ciara`,
  }),
  en({
    slug: 'en-close-sydney-no-reply',
    kind: 'case_closed',
    caseId: CASE.liam,
    note: 'Sydney agent closes a follow-up thread for lack of reply',
    from: FORM,
    to: lTo,
    subject: formSubj(CASE.liam, 'RE: RE:'),
    date: d('2026-03-16 09:00:00', '+1100'),
    enc: 'ascii7',
    text: `Hey Liam,

Haven't heard back on the badge question so I'll close this one off for now. If you still need a hand just hit reply and it'll pop back into my queue.

Cheers,
Mitch`,
  }),
  en({
    slug: 'en-close-lookalike-authserv',
    kind: 'case_closed',
    caseId: CASE.grace,
    trusted: false,
    auth: 'lookalikeServer',
    note: 'closure notice whose topmost Authentication-Results is from a look-alike authserv-id: untrusted',
    from: NOTIFY,
    to: G.keep,
    subject: `Case ${CASE.grace} closed`,
    date: d('2026-03-12 01:00:00', '+0000'),
    enc: 'ascii7',
    text: `Your case ${CASE.grace} has been closed.
To download your case transcript, sign in here: https://aws-case-archive.example-docs.net/`,
  }),
  en({
    slug: 'en-close-user-solved-takahashi',
    kind: 'case_closed',
    caseId: CASE.taka,
    note: 'closing a follow-up at the user\'s word that they solved it themselves',
    from: FORM,
    to: tTo,
    subject: formSubj(CASE.taka, 'RE: RE:'),
    date: d('2026-03-20 11:00:00', '-0700'),
    enc: 'utf8b64',
    text: `Hi Yumi,

Thanks for letting us know you were able to fix the name on your profile yourself. We'll go ahead and close this case now.

Best,
Kayla

${gmailEn('Fri, Mar 20, 2026 at 9:15 AM', T.en, T.keep)}
> Hello Kayla, I changed my name in profile by myself, so no problem now. Thank you very much!`,
  }),

  // ================= support_reply =================
  en({
    slug: 'en-sr-hyderabad-thanks-confirming',
    kind: 'support_reply',
    caseId: CASE.ravi,
    trap: true,
    note: 'thanks for confirming, forwarded to the concerned team, rest assured: support_reply',
    from: FORM,
    to: rTo,
    subject: formSubj(CASE.ravi),
    date: d('2026-02-25 19:00:00', '+0530'),
    enc: 'ascii7',
    text: `Dear Ravi,

Thank you for the confirmation.

We have forwarded your request to the concerned team for further processing. Rest assured, we will update you as soon as we hear back from them.

Thanks & Regards,
Lakshmi P
AWS Training and Certification

${sfBlock(R.keep, '2/25/2026 4:02 PM', FORM_BARE, formSubj(CASE.ravi, 'RE: RE:'), 'Hi Lakshmi,\nYes I confirm, please proceed with the merge.\nRegards, Ravi')}`,
  }),
  en({
    slug: 'en-sr-dublin-shift-handoff',
    kind: 'support_reply',
    caseId: CASE.siob,
    note: 'Dublin agent ending her shift: colleague Aoife will pick this up',
    from: FORM,
    to: sTo,
    subject: formSubj(CASE.siob),
    date: d('2026-03-03 17:55:00', '+0000'),
    enc: 'ascii7',
    text: `Hi Siobhan,

Just to let you know I'm finishing up for the day, so my colleague Aoife will pick this up in the morning. She has all the notes, so no need to repeat anything.

All the best,
Ciara`,
  }),
  en({
    slug: 'en-sr-seattle-escalated-backoffice',
    kind: 'support_reply',
    caseId: CASE.grace,
    trap: true,
    note: 'escalated to the back-office team; "once they complete the merge you will get an email" (future)',
    from: FORM,
    to: gTo,
    subject: formSubj(CASE.grace),
    date: d('2026-03-07 15:30:00', '-0800'),
    enc: 'utf8qp',
    text: `Hi Grace,

Thanks for confirming! I've escalated your request to our back-office team, who handle account merges. Once they complete the merge, you'll get an email from us – usually within 3–5 business days.

Thanks,
Brandon`,
  }),
  en({
    slug: 'en-sr-manila-not-yet-completed',
    kind: 'support_reply',
    caseId: CASE.grace,
    trap: true,
    note: 'Manila agent: "please be advised that the merge has not been completed yet" (negated)',
    from: FORM,
    to: gTo,
    subject: formSubj(CASE.grace),
    date: d('2026-03-08 10:10:00', '+0800'),
    enc: 'ascii7',
    text: `Hi Grace,

Good day! Please be advised that the merge has not been completed yet as it is still in queue with our specialist team. We will update you once there is progress.

Thank you for your patience and understanding.

Warm regards,
Joy

${gmailEn('Sun, Mar 8, 2026 at 8:01 AM', G.name, G.keep)}
> Hi po, just following up if my accounts are already merged? Thank you!`,
  }),
  en({
    slug: 'en-sr-capetown-duplicate-cases',
    kind: 'support_reply',
    caseId: CASE.thandi,
    trap: true,
    note: '"we have merged the duplicate cases into this one": about cases, not accounts',
    from: FORM,
    to: hTo,
    subject: formSubj(CASE.thandi),
    date: d('2026-03-04 15:00:00', '+0200'),
    enc: 'ascii7',
    text: `Good day Thandi,

We noticed that two cases were logged for the same request. To avoid confusion, the duplicate cases have been merged into this one, ${CASE.thandi}. Kindly use this case going forward.

Kind regards
Sipho M.`,
  }),
  en({
    slug: 'en-sr-sydney-voucher-question',
    kind: 'support_reply',
    caseId: CASE.liam,
    trap: true,
    note: 'answers the voucher question; says what will happen after the merge (future), no new event',
    from: FORM,
    to: lTo,
    subject: formSubj(CASE.liam),
    date: d('2026-03-05 09:20:00', '+1100'),
    enc: 'utf8qp',
    text: `Hey Liam,

Good question re the 50% voucher from your CP. It'll come across with everything else once the accounts are merged, and it keeps the same expiry date, so no stress there.

Cheers,
Mitch`,
  }),
  en({
    slug: 'en-sr-seattle-apologies-delay',
    kind: 'support_reply',
    caseId: CASE.taka,
    note: 'apologies for the delay, still waiting on the internal team (plain status update)',
    from: FORM,
    to: tTo,
    subject: formSubj(CASE.taka),
    date: d('2026-03-14 12:00:00', '-0700'),
    enc: 'ascii7',
    text: `Hi Yumi,

Apologies for the delay here. Your request is still with our internal team and I'm keeping an eye on it. I'll reach out as soon as I have an update.

Best,
Kayla`,
  }),
  en({
    slug: 'en-sr-no-ar',
    kind: 'support_reply',
    caseId: CASE.liam,
    trusted: false,
    auth: 'none',
    note: 'status update with no Authentication-Results header: untrusted',
    from: FORM,
    to: L.keep,
    subject: formSubj(CASE.liam),
    date: d('2026-03-05 20:00:00', '+1100'),
    enc: 'ascii7',
    text: `Hi Liam,

We are reviewing your request. For faster service, please call our priority line at +1-800-555-0142 and quote your case number.

AWS Support`,
  }),

  // ================= unrelated =================
  en({
    slug: 'en-un-survey-how-did-we-do',
    kind: 'unrelated',
    caseId: CASE.siob,
    trap: true,
    note: 'customer satisfaction survey ("was your issue resolved?") after the case',
    from: 'AWS Training and Certification <aws-tc-survey@amazon.com>',
    to: S.keep,
    subject: 'How did we do?',
    date: d('2026-03-14 10:00:00', '+0000'),
    enc: 'utf8qp',
    text: `Hi Siobhán,

You recently contacted us about case ${CASE.siob}. Was your issue resolved?

Rate your experience: https://survey.example.invalid/tc?c=${CASE.siob}

It takes less than a minute. Thank you!`,
    html: `<p>Hi Siobhán,</p><p>You recently contacted us about case ${CASE.siob}. <b>Was your issue resolved?</b></p><p><a href="https://survey.example.invalid/tc?c=${CASE.siob}&amp;r=yes">Yes</a> | <a href="https://survey.example.invalid/tc?c=${CASE.siob}&amp;r=no">No</a></p><p>It takes less than a minute. Thank you!</p>`,
  }),
  en({
    slug: 'en-un-exam-reschedule-receipt',
    kind: 'unrelated',
    caseId: CASE.raviExam,
    trap: true,
    note: 'receipt of the user\'s other case about rescheduling an exam; topic stated',
    from: FORM,
    to: R.keep,
    subject: `[CASE ${CASE.raviExam}] [AWS Training and Certification Form Submission] - exam-scheduling`,
    date: d('2026-03-01 08:00:00', '+0530'),
    enc: 'ascii7',
    text: `Dear Ravi,

We have received your request regarding rescheduling of your exam appointment and a case ${CASE.raviExam} has been created. Our team will revert within 24 hours.

Regards,
AWS Training and Certification`,
  }),
  en({
    slug: 'en-un-microsoft-via-credly',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'Credly badge from Microsoft: other issuer, unrelated',
    from: 'Microsoft via Credly <admin@credly.com>',
    to: R.keep,
    subject: 'Microsoft has issued you a badge',
    date: d('2026-03-10 05:00:00', '+0000'),
    enc: 'utf8qp',
    text: `Hi Ravi,

Microsoft has issued you the "Microsoft Certified: Azure Administrator Associate" badge.

Accept your badge: https://www.credly.com/badges/9f8e7d6c/accept`,
  }),
  en({
    slug: 'en-un-own-sent-i-confirm-takahashi',
    kind: 'unrelated',
    caseId: CASE.taka,
    trusted: false,
    forUser: false,
    deliveredTo: null,
    trap: true,
    auth: 'none',
    note: 'the Japanese user\'s own sent consent ("Yes, I agree") in ESL English: own mail',
    from: tTo,
    to: FORM_BARE,
    subject: formSubj(CASE.taka, 'Re: RE:'),
    date: d('2026-03-13 09:10:00', '+0900'),
    enc: 'ascii7',
    text: `Dear Kayla san,

Yes, I agree. Please merge it.
I confirm the account to keep is ${T.keepId}.
Thank you for your kind support.

Best regards,
Yumi Takahashi

${gmailEn('Fri, Mar 13, 2026 at 10:45 AM', 'AWS Training and Certification', FORM_BARE)}
> Do you agree? Please reply "I agree" if it is OK.`,
  }),
  en({
    slug: 'en-un-agent-ooo',
    kind: 'unrelated',
    caseId: null,
    note: 'an agent\'s out-of-office auto-reply: unrelated even from amazon.com',
    from: 'Ciara Doyle <ciarad@amazon.com>',
    to: S.keep,
    subject: 'Automatic reply: Badges',
    date: d('2026-03-06 19:21:00', '+0000'),
    enc: 'ascii7',
    extra: ['Auto-Submitted: auto-replied'],
    text: `Hi,

I'm out of the office until Monday 9 March with limited access to email. For anything urgent please reply to the support form thread and a colleague will help.

Thanks,
Ciara`,
  }),
  en({
    slug: 'en-un-pearson-appointment',
    kind: 'unrelated',
    caseId: null,
    trusted: false,
    trap: true,
    note: 'test vendor\'s appointment confirmation ("your appointment is confirmed")',
    from: 'Pearson VUE <pearsonvue-confirmation@pearson.com>',
    to: L.keep,
    subject: 'Your exam appointment is confirmed',
    date: d('2026-03-18 02:00:00', '+0000'),
    enc: 'ascii7',
    text: `Dear Liam Walker,

Your appointment for AWS Certified Developer - Associate is confirmed.
Date: 14 April 2026, 9:30 AM AEST
Delivery: OnVUE online proctored

Pearson VUE`,
  }),
  en({
    slug: 'en-un-reinvent-registration-complete',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'event marketing: "your registration is complete" for a conference',
    from: 'AWS Events <aws-events@amazon.com>',
    to: G.keep,
    subject: 'Your registration is complete - AWS Summit Manila',
    date: d('2026-03-15 01:00:00', '+0000'),
    enc: 'utf8qp',
    text: `Hi Grace,

You're all set! Your registration for AWS Summit Manila is complete. Show this QR code at the venue.

Certified? Drop by the Certification Lounge and show your badge for exclusive swag.`,
    html: `<p>Hi Grace,</p><p>You're all set! Your registration for <b>AWS Summit Manila</b> is complete. Show this QR code at the venue.</p><p>Certified? Drop by the Certification Lounge and show your badge for exclusive swag.</p>`,
  }),
  en({
    slug: 'en-un-own-forward-to-mate',
    kind: 'unrelated',
    caseId: CASE.liam,
    trusted: false,
    forUser: false,
    deliveredTo: null,
    trap: true,
    auth: 'none',
    note: 'the user forwards the completion mail to a friend: own mail',
    from: lTo,
    to: 'Josh Nguyen <josh.ng@example.net>',
    subject: `Fwd: ${formSubj(CASE.liam)}`,
    date: d('2026-03-06 14:10:00', '+1100'),
    enc: 'ascii7',
    text: `mate, took them literally 2 days. just email the form and say which acct to keep

---------- Forwarded message ---------
From: AWS Training and Certification <${FORM_BARE}>
Date: Fri, 6 Mar 2026 at 13:45
Subject: ${formSubj(CASE.liam)}
To: ${L.name} <${L.keep}>

Hey Liam,
All sorted - your uni account's been rolled into ${L.keepId}.`,
  }),
  en({
    slug: 'en-un-billing-resent-oldjob',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    forUser: false,
    note: 'AWS billing "payment completed" notice, redirected from the old employer\'s mailbox (Resent-*)',
    from: 'Amazon Web Services <aws-billing@amazon.com>',
    to: R.src,
    subject: 'Payment completed for your AWS invoice',
    date: d('2026-03-03 04:00:00', '+0000'),
    resent: { from: 'mailadmin@infra.example.com', to: 'ravi.m.archive@infra.example.com', date: d('2026-03-03 04:05:00', '+0000') },
    enc: 'ascii7',
    text: `Hello,

Your payment for invoice 2026-02 has been completed successfully. No further action is needed.

Amazon Web Services Billing`,
  }),
];
