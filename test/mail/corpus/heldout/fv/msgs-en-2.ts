// fv English messages, part 2: completions, badges, closings, other replies and unrelated mail.
import type { Msg } from './lib.js';
import { ALEX, C, CREDLY, FORM, FORM_ADDR, MARIA, NOREPLY, PORTAL, PRIYA, TARO, d, html, mk, q, ref, sfBlock, subj } from './common.js';

const tAlex = `${ALEX.en} <${ALEX.keep}>`;
const tPriya = `${PRIYA.en} <${PRIYA.keep}>`;
const tMaria = `${MARIA.en} <${MARIA.keep}>`;
const tTaroEn = `${TARO.en} <${TARO.keep}>`;

export const EN2: Msg[] = [
  // ---------------- merge_completed ----------------
  mk({
    slug: 'en-merge-right-accounts',
    kind: 'merge_completed',
    lang: 'en',
    note: 'corrected completion that names the right accounts; the merge is done',
    from: FORM,
    to: tAlex,
    subject: subj(C.alex, 'Correction: '),
    date: d('2026-10-21 14:33:27', '-0700'),
    enc: 'ascii7',
    caseId: C.alex,
    text: `Hi Alex,

The completion notice I sent earlier listed the accounts the wrong way round. To set the record straight: ${ALEX.srcId} (${ALEX.src}) has been merged into ${ALEX.keepId} (${ALEX.keep}), which is the account you asked to keep. Nothing else needs to happen on your side.

Sofia M.
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-merge-not-done-was-wrong',
    kind: 'merge_completed',
    lang: 'en',
    note: 'retracts "not completed": the merge had been completed; asks to check, still merge_completed',
    from: FORM,
    to: tPriya,
    subject: subj(C.priya),
    date: d('2026-10-24 11:18:40', '+0100'),
    enc: 'utf8qp',
    caseId: C.priya,
    text: `Hi Priya,

Yesterday I told you the merge had not gone through. I was looking at an out-of-date status. Your accounts were in fact merged on 22 October; ${PRIYA.keep} now holds the certifications from the old account.

Please sign in and check that everything looks right.

Ravi
AWS Training and Certification

${ref('P7r2')}`,
  }),
  mk({
    slug: 'en-merge-portal-html',
    kind: 'merge_completed',
    lang: 'en',
    note: 'certification portal\'s corrected merge notice (HTML only, no case ID)',
    from: PORTAL,
    to: tMaria,
    subject: 'Corrected notice: your AWS Certification accounts have been merged',
    date: d('2026-10-25 06:12:00', '+0000'),
    enc: 'utf8qp',
    caseId: null,
    html: html(`Hello Maria Garcia,

We sent you a merge notice earlier that showed the wrong candidate ID. This is the corrected version.

Your AWS Certification accounts have been merged. Your certifications, exam history and benefits are now under candidate ID ${MARIA.keepId} (${MARIA.keep}).

AWS Certification`),
  }),
  mk({
    slug: 'en-merge-misaligned',
    kind: 'merge_completed',
    lang: 'en',
    trusted: false,
    auth: 'misaligned',
    note: 'merge-completed correction whose DKIM belongs to a bulk sender and dmarc fails: untrusted',
    from: FORM,
    to: tAlex,
    subject: subj(C.alex, 'Corrected: '),
    date: d('2026-10-20 05:50:22', '+0000'),
    enc: 'utf8b64',
    caseId: C.alex,
    text: `Hello,

Correction to our previous notice: your accounts have now been merged.
To restore access to your vouchers, log in at https://aws-voucher-restore.example.site within 48 hours.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-merge-ignore-recall',
    kind: 'merge_completed',
    lang: 'en',
    note: 'tells Taro to ignore a colleague\'s recall notice; the merge is complete',
    from: FORM,
    to: tTaroEn,
    subject: subj(C.taro),
    date: d('2026-10-28 08:01:59', '+0000'),
    enc: 'utf8b64',
    caseId: C.taro,
    text: `Dear Taro Yamada,

You may have received a recall notice from my colleague a few minutes ago. Please ignore it; the message she recalled had a formatting problem, not a wrong status.

The merge is complete: ${TARO.srcId} has been combined into ${TARO.keepId}, and your certifications now appear under ${TARO.keep}.

Best regards,
Lena
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-merge-and-closing',
    kind: 'merge_completed',
    lang: 'en',
    note: 'after a mistaken "still pending" message, reports the merge done and that the case will now be closed',
    from: FORM,
    to: tMaria,
    subject: subj(C.maria),
    date: d('2026-10-26 15:55:48', '+0100'),
    enc: 'utf8qp',
    caseId: C.maria,
    text: `Hi Maria,

Scratch my "still pending" message from this morning, it went out by mistake. I've just finished merging your university account into ${MARIA.keep}. Both certifications are on it now.

I'll close this case now. If anything looks off, replying here will reopen it.

Mateo
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-merge-replaces-morning',
    kind: 'merge_completed',
    lang: 'en',
    note: 'multipart completion notice replacing a morning mail that had the wrong date; Salesforce quote underneath',
    from: FORM,
    to: tPriya,
    subject: subj(C.priya),
    date: d('2026-10-22 17:40:12', '+0100'),
    enc: 'utf8b64',
    caseId: C.priya,
    text: `Hello Priya,

This replaces my message from this morning, which gave the wrong date.

The merge of ${PRIYA.srcId} into ${PRIYA.keepId} was completed today, 22 October 2026 (not 12 October). Your certifications are now on the account you kept.

Grace

${sfBlock(FORM, '10/22/2026 9:03 AM', PRIYA.keep, subj(C.priya), 'Hello Priya, the merge was completed on 12 October 2026.')}`,
    html: html(`Hello Priya,

This replaces my message from this morning, which gave the wrong date.

The merge of ${PRIYA.srcId} into ${PRIYA.keepId} was completed today, 22 October 2026 (not 12 October). Your certifications are now on the account you kept.

Grace`),
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'en-badge-credly-right-account',
    kind: 'badges_transferred',
    lang: 'en',
    note: 'AWS via Credly: badge now on the kept account, correcting a notice sent to the old address',
    from: CREDLY,
    to: ALEX.keep,
    subject: 'Your badge is now on the right account',
    date: d('2026-10-23 18:20:37', '+0000'),
    enc: 'utf8qp',
    caseId: null,
    text: `Hi Alex,

Amazon Web Services Training and Certification has updated where your badge lives. An earlier email went to ${ALEX.src}; please disregard it.

AWS Certified Solutions Architect - Associate has been moved to your Credly account for ${ALEX.keep}.

View your badge: https://www.credly.com/earner/earned

The Credly Team`,
    html: html(`Hi Alex,

Amazon Web Services Training and Certification has updated where your badge lives. An earlier email went to ${ALEX.src}; please disregard it.

AWS Certified Solutions Architect - Associate has been moved to your Credly account for ${ALEX.keep}.

View your badge

The Credly Team`),
  }),
  mk({
    slug: 'en-badge-support-moved',
    kind: 'badges_transferred',
    lang: 'en',
    note: 'support corrects "badges are still on the old account": they have now been moved',
    from: FORM,
    to: tPriya,
    subject: subj(C.priya),
    date: d('2026-10-28 13:13:50', '+0000'),
    enc: 'utf8qp',
    caseId: C.priya,
    text: `Hi Priya,

Correction to my reply on Monday, where I said your badges were still sitting on the old account. The Credly team finished the transfer yesterday, and all three AWS badges are now attached to ${PRIYA.keep}.

Ravi`,
  }),
  mk({
    slug: 'en-badge-revoked-in-error',
    kind: 'badges_transferred',
    lang: 'en',
    note: 'Credly HTML-only: the "badge revoked" mail was an error; the AWS badge was transferred to the kept address',
    from: CREDLY,
    to: MARIA.keep,
    subject: 'Please disregard our earlier email about your badge',
    date: d('2026-10-27 07:07:07', '+0000'),
    enc: 'utf8b64',
    caseId: null,
    html: html(`Hello Maria,

Earlier today you received an email saying your AWS Certified Developer - Associate badge had been revoked. That email was sent in error.

Your badge was not revoked. It has been transferred from ${MARIA.src} to your Credly account at ${MARIA.keep}, issued by Amazon Web Services Training and Certification.

Accept your badge

Credly`),
  }),
  mk({
    slug: 'en-badge-freemail-display',
    kind: 'badges_transferred',
    lang: 'en',
    trusted: false,
    auth: 'pass',
    note: 'retracts "transfer failed" and claims the badges moved (meaning after the correction); trusted-looking name on a free-mail address: untrusted',
    from: 'AWS Training and Certification via Credly <aws.credly.badges@gmail.com>',
    to: tAlex,
    subject: 'Correction: your AWS badges were transferred',
    date: d('2026-10-24 01:01:44', '+0000'),
    enc: 'ascii7',
    caseId: null,
    text: `Hi,

Our previous message said your badge transfer failed. That was a mistake: your AWS badges were transferred.
Claim them within 24h: https://credly-claims.example.top/aws

Credly Support`,
  }),
  mk({
    slug: 'en-badge-and-close',
    kind: 'badges_transferred',
    lang: 'en',
    note: 'support says the badges moved (earlier "they may take weeks" was wrong) and closes the case',
    from: FORM,
    to: tAlex,
    subject: subj(C.alex2),
    date: d('2026-11-08 10:30:16', '-0800'),
    enc: 'utf8qp',
    caseId: C.alex2,
    text: `Hi Alex,

Thanks for the Credly adress. Ignore what I said about this taking a few weeks, it was much quicker: both of your AWS badges have been moved to the Credly account under ${ALEX.keep}.

Since that was the last open item, I'm closing this case.

Oliver`,
  }),
  mk({
    slug: 'en-badge-no-reclaim',
    kind: 'badges_transferred',
    lang: 'en',
    note: 'to a Japanese user in English: retracts "claim the badges again"; after the correction, the badges are already on the kept account',
    from: FORM,
    to: tTaroEn,
    subject: subj(C.taro2),
    date: d('2026-11-19 02:22:41', '+0000'),
    enc: 'ascii7',
    caseId: C.taro2,
    text: `Dear Taro Yamada,

In my previous email I said you would have to claim your badges again on Credly. Please disregard that. Our Credly administrators have moved your AWS badges to the Credly profile linked to ${TARO.keep}; they are visible there now.

Kind regards,
Aisha
AWS Training and Certification`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'en-close-days-fixed',
    kind: 'case_closed',
    lang: 'en',
    note: 'auto-close reminder corrected: closes in 5 days (not 2) unless the customer replies',
    from: NOREPLY,
    to: tAlex,
    subject: `Reminder (corrected): case ${C.alex2} is awaiting your reply`,
    date: d('2026-11-07 06:00:05', '+0000'),
    enc: 'ascii7',
    caseId: C.alex2,
    text: `Hello,

We're waiting for your reply on case ${C.alex2}. Our earlier reminder said the case would close in 2 days; the correct period is 5 days. If we don't hear from you within 5 days, the case will be closed automatically.

You can reply from the AWS Support Center.

Amazon Web Services`,
  }),
  mk({
    slug: 'en-close-after-error-restates',
    kind: 'case_closed',
    lang: 'en',
    trap: true,
    note: '"please disregard my previous e-mail (sent in error)"; restates the merge of Nov 3 and closes the case',
    from: FORM,
    to: tPriya,
    subject: subj(C.priya),
    date: d('2026-11-05 09:45:00', '+0000'),
    enc: 'utf8qp',
    caseId: C.priya,
    text: `Hi Priya,

Please disregard my previous e-mail; it was sent in error and was meant for someone else.

As your accounts were merged back on 22 October and the badges followed on the 27th, there's nothing left to do on this request, so we're closing the case today.

Grace`,
  }),
  mk({
    slug: 'en-close-reopened-by-mistake',
    kind: 'case_closed',
    lang: 'en',
    note: 'case had been reopened by mistake; it is closed again',
    from: FORM,
    to: tMaria,
    subject: subj(C.maria),
    date: d('2026-10-30 12:00:41', '+0100'),
    enc: 'utf8b64',
    caseId: C.maria,
    text: `Hi Maria,

You may have seen that this case was reopened on Wednesday. That happened by mistake when a survey reply was attached to the wrong ticket. Your request was already resolved, so I've closed the case again. No action needed.

Hugo
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-close-forged-below',
    kind: 'case_closed',
    lang: 'en',
    trusted: false,
    auth: 'forgedBelow',
    note: 'closing notice that corrects a date (meaning after the correction: closed); only pass verdict sits below the server\'s Received line: untrusted',
    from: NOREPLY,
    to: tPriya,
    subject: `Case ${C.priya} closed (corrected notice)`,
    date: d('2026-11-02 04:40:40', '+0000'),
    enc: 'ascii7',
    caseId: C.priya,
    text: `Your case ${C.priya} has been resolved and closed.
The previous notice showed an incorrect date.
If you still need help, sign in here to reopen: https://aws-support-reopen.example.co/`,
  }),
  mk({
    slug: 'en-close-resent-old-work',
    kind: 'case_closed',
    lang: 'en',
    forUser: false,
    note: 'closing notice (fixing a typo in the earlier one) that reached the old work address and was redirected: forUser false',
    from: NOREPLY,
    to: `Alex Kim <${ALEX.src}>`,
    subject: `Your AWS Support case ${C.alexOld} has been resolved`,
    date: d('2026-10-31 07:07:30', '+0000'),
    enc: 'ascii7',
    caseId: C.alexOld,
    resent: { from: 'mail-admin@work.example.net', to: 'archive@work.example.net', date: d('2026-10-31 07:09:02', '+0000') },
    text: `Hello,

Case ${C.alexOld} has been resolved and is now closed. (Our earlier notice misspelled your name; apologies.)

If you need further help, you can reopen the case within 14 days.

Amazon Web Services`,
  }),
  mk({
    slug: 'en-close-withdrawn',
    kind: 'case_closed',
    lang: 'en',
    trap: true,
    note: 'customer withdrew the merge request; support closes without merging',
    from: FORM,
    to: tAlex,
    subject: subj(C.alex),
    date: d('2026-10-17 12:20:09', '-0700'),
    enc: 'ascii7',
    caseId: C.alex,
    text: `Hi Alex,

Understood: you'd like to hold off and keep both accounts separate for now. We have not merged anything, and I've withdrawn the request and closed this case as you asked.

If you change your mind, just open a new case.

Sofia M.`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'en-sr-reopened',
    kind: 'support_reply',
    lang: 'en',
    trap: true,
    note: '"your case was closed by mistake and has been reopened": status reply',
    from: FORM,
    to: tAlex,
    subject: subj(C.alex2),
    date: d('2026-11-05 15:15:15', '-0800'),
    enc: 'ascii7',
    caseId: C.alex2,
    text: `Hi Alex,

Your case was closed by mistake and has been reopened. We're sorry for the confusion. I'm still looking into where your badges ended up and will update you by Friday.

Oliver`,
  }),
  mk({
    slug: 'en-sr-not-completed',
    kind: 'support_reply',
    lang: 'en',
    trap: true,
    note: '"correction: the merge has NOT been completed yet": status, nothing asked',
    from: FORM,
    to: tPriya,
    subject: subj(C.priya, 'Correction: '),
    date: d('2026-10-21 10:50:20', '+0100'),
    enc: 'utf8qp',
    caseId: C.priya,
    text: `Hi Priya,

Correction: the merge has NOT been completed yet. I misread teh queue status when I wrote to you earlier. Your request is with the team that performs merges, and I'll let you know as soon as they're done.

Ravi`,
  }),
  mk({
    slug: 'en-sr-outlook-recall',
    kind: 'support_reply',
    lang: 'en',
    note: 'an agent\'s Outlook recall request for a case mail; no event',
    from: 'Daniel Ortiz <dortiz@amazon.com>',
    to: tMaria,
    subject: `Recall: ${subj(C.maria)}`,
    date: d('2026-10-24 16:03:03', '+0200'),
    enc: 'ascii7',
    caseId: C.maria,
    extra: ['Thread-Topic: account-assistance', 'X-MS-Exchange-Organization-RecallMessage: true'],
    text: `Daniel Ortiz would like to recall the message, "${subj(C.maria)}".`,
  }),
  mk({
    slug: 'en-sr-thanks-timeline',
    kind: 'support_reply',
    lang: 'en',
    trap: true,
    note: 'thank-you-for-confirming with a corrected timeline (5 business days, not 24 hours)',
    from: FORM,
    to: tAlex,
    subject: subj(C.alex),
    date: d('2026-10-19 16:44:58', '-0700'),
    enc: 'ascii7',
    caseId: C.alex,
    text: `Hi Alex,

Thank you for confirming. I've passed your request to the merge team.

One correction: I said it would take about 24 hours. The team's current turnaround is up to 5 business days, so please allow a little longer.

Sofia M.

> I confirm. Please merge ${ALEX.srcId} into ${ALEX.keepId}.
> Alex`,
  }),
  mk({
    slug: 'en-sr-closure-for-other',
    kind: 'support_reply',
    lang: 'en',
    trap: true,
    note: 'retracts a closure notice that belonged to another customer; Taro\'s case stays open',
    from: FORM,
    to: tTaroEn,
    subject: subj(C.taro2),
    date: d('2026-11-16 03:30:30', '+0000'),
    enc: 'utf8b64',
    caseId: C.taro2,
    text: `Dear Mr. Yamada,

Please disregard the previous e-mail. It was sent in error: it was a closure notice intended for another customer. Your case is still open and I'm waiting on an update from our Credly contact.

Apologies for the mix-up.
Aisha`,
  }),
  mk({
    slug: 'en-sr-once-merged-badges',
    kind: 'support_reply',
    lang: 'en',
    trap: true,
    note: 'corrects advice about badges; "once the merge is done" is future: support_reply',
    from: FORM,
    to: tPriya,
    subject: subj(C.priya),
    date: d('2026-10-20 09:00:31', '+0100'),
    enc: 'utf8qp',
    caseId: C.priya,
    text: `Hi Priya,

A small correction to my earlier answer about badges. You don't need to delete anything on Credly. Once the merge is done, you can accept the badges with ${PRIYA.keep}, and if they don't show up, tell me on this case and we'll move them.

Ravi`,
  }),
  mk({
    slug: 'en-sr-duplicate-cases',
    kind: 'support_reply',
    lang: 'en',
    trap: true,
    note: '"we merged your duplicate cases" (and fixed which one stays open): not the account merge',
    from: FORM,
    to: tMaria,
    subject: subj(C.maria),
    date: d('2026-10-19 14:14:14', '+0200'),
    enc: 'utf8b64',
    caseId: C.maria,
    text: `Hi Maria,

We merged your duplicate cases into this one. Earlier I said we'd keep case ${C.mariaOld} open, but that was the older copy; this case (${C.maria}) is the one we'll use from now on.

No need to resend anything. We're reviewing your request.

Mateo`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'en-un-own-wrong-id',
    kind: 'unrelated',
    lang: 'en',
    trusted: false,
    forUser: false,
    trap: true,
    note: 'the user\'s own sent mail: "please disregard my previous e-mail, wrong candidate ID": own mail',
    from: tAlex,
    to: FORM,
    deliveredTo: null,
    rcpt: FORM_ADDR,
    auth: 'none',
    subject: `RE: ${subj(C.alex)}`,
    date: d('2026-10-15 14:02:11', '-0700'),
    enc: 'ascii7',
    caseId: C.alex,
    text: `Hi Sofia,

Please disregard my previous e-mail, I pasted the wrong candidate ID. The old account is ${ALEX.srcId}. Happy for you to go ahead with the merge once you've checked.

Sent from my iPhone`,
  }),
  mk({
    slug: 'en-un-survey-link',
    kind: 'unrelated',
    lang: 'en',
    trap: true,
    note: 'survey re-sent with a working link ("was your issue resolved?"): surveys are unrelated',
    from: 'AWS Support Feedback <aws-support-survey@amazon.com>',
    to: tAlex,
    subject: 'Correction: tell us about your recent support experience',
    date: d('2026-10-22 08:08:08', '+0000'),
    enc: 'utf8qp',
    caseId: null,
    text: `The link in our previous survey email did not work. Sorry about that!

Was your issue resolved? It takes about two minutes:
https://survey.aws.example/s/cs-2026

Your feedback helps us improve.
AWS Support`,
    html: html(`The link in our previous survey email did not work. Sorry about that!

Was your issue resolved? It takes about two minutes.

Your feedback helps us improve.
AWS Support`),
  }),
  mk({
    slug: 'en-un-credly-hashicorp',
    kind: 'unrelated',
    lang: 'en',
    trap: true,
    note: 'HashiCorp badge via Credly, re-issued after a name correction: another issuer',
    from: 'HashiCorp via Credly <admin@credly.com>',
    to: PRIYA.keep,
    subject: 'HashiCorp has re-issued your badge',
    date: d('2026-10-26 20:12:34', '+0000'),
    enc: 'utf8qp',
    caseId: null,
    text: `Hi Priya,

We noticed a typo in the name on your badge and re-issued it. The previous badge has been replaced.

HashiCorp Certified: Terraform Associate (003)

Accept your badge: https://www.credly.com/badges/0b9e2d44-61aa-4f1e-8d3c-a37c55e1f9d2

Credly`,
  }),
  mk({
    slug: 'en-un-skillbuilder-renewal',
    kind: 'unrelated',
    lang: 'en',
    trap: true,
    note: 'Skill Builder subscription notice corrected ("renewal completed"): not the merge',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>',
    to: tMaria,
    subject: 'Correction: your subscription renewal has been completed',
    date: d('2026-10-29 13:45:22', '+0000'),
    enc: 'utf8b64',
    caseId: null,
    html: html(`Hi Maria,

Our message yesterday said your Individual subscription renewal had failed. That was incorrect. Your renewal has been completed and you keep full access to labs and practice exams.

AWS Skill Builder`),
  }),
  mk({
    slug: 'en-un-exam-voucher-case',
    kind: 'unrelated',
    lang: 'en',
    trap: true,
    note: 'reply on the user\'s other case (exam voucher reissue), correcting the expiry: unrelated',
    from: FORM,
    to: tTaroEn,
    subject: `RE:[CASE ${C.exam}] [AWS Training and Certification Form Submission] - exam-voucher`,
    date: d('2026-11-11 01:20:45', '+0000'),
    enc: 'ascii7',
    caseId: C.exam,
    text: `Dear Taro Yamada,

About your exam voucher: we have completed the reissue, but my previous email gave the wrong expiry date. The new voucher is valid until 31 March 2027, not 31 January.

Regards,
Nadia
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-un-team-list',
    kind: 'unrelated',
    lang: 'en',
    trusted: false,
    forUser: false,
    trap: true,
    note: 'a colleague writes to a team list correcting what he said about Alex\'s merge: not from support, not to the user',
    from: 'Jin Park <j.park@work.example.net>',
    to: 'cloud-team@work.example.net',
    deliveredTo: 'cloud-team@work.example.net',
    auth: 'none',
    subject: 'Correction re: Alex\'s AWS certs',
    date: d('2026-10-20 10:10:10', '-0700'),
    enc: 'ascii7',
    caseId: null,
    text: `Team,

Correction to what I said at stand-up: Alex's AWS certification accounts are NOT merged yet, support is still waiting for his confirmation. Please don't update the skills matrix until he says so.

Jin`,
  }),
];

void q;
