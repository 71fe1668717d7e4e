// English messages of set z (part 2: merge_completed, badges_transferred, case_closed, support_reply, unrelated).
import { COLLEAGUE_EN, CASE, CREDLY, CREDLY_SYS, DANIEL, FORM, NOREPLY, PORTAL, RAHUL, SKB, SOFIA, formSubject, mk } from './common.js';
import type { Msg } from './lib.js';
import { centerCard, credlyCard, formCard, portalCard } from './tpl.js';

const D = DANIEL;
const S = SOFIA;
const R = RAHUL;

export const EN2: Msg[] = [
  // ---------------- merge_completed (7) ----------------
  mk({
    slug: 'en-merge-form-closing',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.daniel,
    trap: true,
    note: 'merge done; also says the case will now be closed (completion is the new fact)',
    from: FORM,
    to: D.keep,
    subject: formSubject(CASE.daniel),
    at: '2026-02-23 17:09:55',
    enc: 'utf8qp',
    card: formCard('en', CASE.daniel, 'emrg1', `Hi Daniel,

Good news: ${D.srcId} has now been merged into ${D.keepId}. Your certifications, exam history and benefits are all on the kept account.

Please sign in again to check everything looks right. As nothing else is outstanding, we'll close this case now.

Marisol`, { badge: 'Status: Resolved', badgeColor: '#1d8102', preheader: 'Your accounts have been merged' }),
    style: 'decent',
    probe: 'has now been merged into',
  }),
  mk({
    slug: 'en-merge-portal-htmlonly',
    kind: 'merge_completed',
    lang: 'en',
    caseId: null,
    note: 'the certification portal\'s own notice that the accounts were combined; no case ID',
    from: PORTAL,
    to: S.keep,
    subject: 'Your AWS Certification accounts have been combined',
    at: '2026-03-13 15:40:02',
    tz: '+0100',
    enc: 'utf8b64',
    card: portalCard('en', 'emrg2', 'Account merge complete', `Hello ${S.name},

Certification account ${S.srcId} is now part of ${S.keepId}. From now on, sign in with ${S.keep} to see all of your certifications, exam history and benefits in one place.`, { badge: 'Merged' }),
    style: 'htmlonly',
    probe: 'is now part of',
  }),
  mk({
    slug: 'en-merge-plain-consolidated',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.rahul,
    note: 'completion worded as "consolidated"; the ID sits between the words',
    from: FORM,
    to: R.keep,
    subject: formSubject(CASE.rahul),
    at: '2026-03-27 18:22:31',
    tz: '+0900',
    enc: 'ascii7',
    text: `Hello Rahul,

Thanks for approving. Your former profile ${R.srcId} has been consolidated into ${R.keepId} as of today; the Quanta Labs login no longer works.

Any issues, just reply here.

Leilani
AWS Training and Certification
ref:_00D1N5kQa._500VqRm06:ref`,
    probe: 'has been consolidated into',
  }),
  mk({
    slug: 'en-merge-dmarcfail',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.sofia,
    note: 'completion text under a dmarc=fail verdict: untrusted',
    from: FORM,
    to: S.keep,
    subject: formSubject(CASE.sofia),
    at: '2026-03-13 16:02:47',
    tz: '+0100',
    auth: 'fail',
    enc: 'utf8qp',
    card: formCard('en', CASE.sofia, 'emrg4', `Sofia, the merge is finished. Re-enter your payment details to keep your exam benefits active.`, { badge: 'Completed', badgeColor: '#1d8102', button: ['Update details', 'https://aws-benefits-update.example.com/u'] }),
    style: 'htmlonly',
    probe: 'the merge is finished',
  }),
  mk({
    slug: 'en-merge-center-links',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.sofia,
    note: 'Support Center notification carrying the agent reply that the profiles were combined',
    from: NOREPLY,
    to: S.keep,
    subject: `AWS Support: Case ${CASE.sofia} updated`,
    at: '2026-03-13 15:38:19',
    tz: '+0100',
    enc: 'ascii7',
    card: centerCard('en', CASE.sofia, 'emrg5', 'New reply on your case', 'Resolved', `Reply from AWS Support:

Done! The Nordhavn profile (${S.srcId}) was combined with your private one (${S.keepId}) this afternoon. Certifications and the 50% voucher now show on ${S.keep}.`, { badgeColor: '#1d8102' }),
    style: 'links',
    probe: 'was combined with your private one',
  }),
  mk({
    slug: 'en-merge-resent',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.daniel,
    forUser: false,
    note: 'the completion mail redirected by the old employer\'s server (Resent-* headers) to an IT address',
    from: FORM,
    to: D.src,
    subject: formSubject(CASE.daniel),
    at: '2026-02-23 17:10:02',
    enc: 'utf8b64',
    card: formCard('en', CASE.daniel, 'emrg6', `Hi Daniel,

Copying this address as requested: the merge of ${D.srcId} into ${D.keepId} has been completed.`, { badge: 'Resolved', badgeColor: '#1d8102' }),
    style: 'decent',
    probe: 'has been completed',
    extra: { resent: { from: 'mail-router@brightlane.example.com', to: 'it-offboarding@brightlane.example.com', date: 'Mon, 23 Feb 2026 17:10:20 +0000' } },
  }),
  mk({
    slug: 'en-merge-short-followup',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.rahul,
    note: 'short second note from the agent: the accounts were merged, certificate PDF regenerated',
    from: FORM,
    to: R.keep,
    subject: formSubject(CASE.rahul),
    at: '2026-03-27 20:00:00',
    tz: '+0900',
    enc: 'ascii7',
    text: `Rahul,

One more note on ${R.keepId}: we have merged your certification accounts, and the certificate PDFs in the portal were regenerated under the kept profile, so download fresh copies if you need them.

Leilani`,
    probe: 'we have merged your certification accounts',
  }),

  // ---------------- badges_transferred (6) ----------------
  mk({
    slug: 'en-badge-credly-accept',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: null,
    note: 'AWS badge issued via Credly to the kept address ("Accept your badge")',
    from: CREDLY,
    to: D.keep,
    subject: 'Amazon Web Services Training and Certification sent you a new badge',
    at: '2026-02-25 05:12:30',
    enc: 'utf8qp',
    card: credlyCard('en', 'ebdg1', 'Congratulations, Daniel!', `Amazon Web Services Training and Certification has issued you the "AWS Certified Data Engineer - Associate" badge. Accept it to share your achievement and let others verify it.`, 'Accept your badge', { preheader: 'You earned a badge' }),
    style: 'decent',
    probe: 'has issued you the',
  }),
  mk({
    slug: 'en-badge-form-plain-close',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: CASE.daniel,
    note: 'support announces the badges moved to the kept account and closes the case',
    from: FORM,
    to: D.keep,
    subject: formSubject(CASE.daniel),
    at: '2026-02-26 11:45:06',
    enc: 'ascii7',
    text: `Hi Daniel,

Follow-up on your badge question: the three Credly badges that were still tied to ${D.src} have been moved to ${D.keep}. You should see them in your Credly wallet already.

With that, I'm closing the case. Thanks for your patience!

Marisol
ref:_00D1N5kQa._500VqDo08:ref`,
    probe: 'have been moved to',
  }),
  mk({
    slug: 'en-badge-credly-htmlonly',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: null,
    note: 'HTML-only Credly notice: AWS badge issued to the kept account',
    from: CREDLY,
    to: S.keep,
    subject: 'You have a new badge from Amazon Web Services Training and Certification',
    at: '2026-03-14 04:30:11',
    tz: '+0100',
    enc: 'utf8b64',
    card: credlyCard('en', 'ebdg3', 'A new badge is waiting for you', `Sofia, Amazon Web Services Training and Certification has awarded you "AWS Certified SysOps Administrator – Associate". Claim it to add it to your profile.`, 'Accept badge'),
    style: 'htmlonly',
    probe: 'has awarded you',
  }),
  mk({
    slug: 'en-badge-form-reissued',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: CASE.rahul,
    note: 'support says the badges were re-issued to the Credly profile of the kept address',
    from: FORM,
    to: R.keep,
    subject: formSubject(CASE.rahul),
    at: '2026-03-30 10:17:42',
    tz: '+0900',
    enc: 'utf8b64',
    card: formCard('en', CASE.rahul, 'ebdg4', `Hello Rahul,

Our Credly liaison has re-issued your two AWS badges to the profile registered with ${R.keep}. The copies on the Quanta Labs address were revoked at the same time.`, { badge: 'Resolved', badgeColor: '#1d8102' }),
    style: 'decent',
    probe: 'has re-issued your two AWS badges',
  }),
  mk({
    slug: 'en-badge-credly-i-lookalike',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: null,
    note: 'badge mail from credIy.com (capital I, look-alike) with its own DKIM pass: untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>',
    to: D.keep,
    subject: 'Your AWS badges were transferred',
    at: '2026-02-25 07:40:19',
    auth: 'dkimonly',
    enc: 'utf8qp',
    card: credlyCard('en', 'ebdg5', 'Badges transferred', `Your AWS badges were transferred to your merged account. Sign in to keep them.`, 'Sign in to Credly'),
    style: 'links',
    probe: 'Your AWS badges were transferred to your merged account',
  }),
  mk({
    slug: 'en-badge-center-stub',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: CASE.sofia,
    note: 'Support Center notice (text part only an HTML stub): the badges now sit on the kept account',
    from: NOREPLY,
    to: S.keep,
    subject: `AWS Support: Case ${CASE.sofia} updated`,
    at: '2026-03-16 11:02:50',
    tz: '+0100',
    enc: 'utf8qp',
    card: centerCard('en', CASE.sofia, 'ebdg6', 'New reply on your case', 'Resolved', `Reply from AWS Support:

Sorted - the Credly badges from the Nordhavn profile now sit under ${S.keep}. Nothing else needed from you.`, { badgeColor: '#1d8102' }),
    style: 'stub',
    probe: 'the Credly badges from the Nordhavn profile now sit under',
  }),

  // ---------------- case_closed (7) ----------------
  mk({
    slug: 'en-closed-restate',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.daniel,
    trap: true,
    note: 'closing notice restating the merge done earlier',
    from: FORM,
    to: D.keep,
    subject: formSubject(CASE.daniel),
    at: '2026-03-04 08:30:15',
    enc: 'utf8qp',
    card: formCard('en', CASE.daniel, 'ecls1', `Hi Daniel,

As your accounts were merged on February 23 and we haven't heard back since, we're closing this case. Replying to this e-mail will reopen it.`, { badge: 'Closed', badgeColor: '#545b64' }),
    style: 'decent',
    probe: "we're closing this case",
  }),
  mk({
    slug: 'en-closed-reminder-5d',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.sofia,
    note: 'reminder: the case will be closed in 5 days without a reply',
    from: FORM,
    to: S.keep,
    subject: formSubject(CASE.sofia),
    at: '2026-03-19 07:00:04',
    tz: '+0100',
    enc: 'ascii7',
    text: `Hello Sofia,

We haven't had a reply to our last message. If we don't hear from you in the next 5 days, this case will be closed automatically.

Need more help? Just reply to this e-mail.

AWS Training and Certification
ref:_00D1N5kQa._500VqSl09:ref`,
    probe: 'this case will be closed automatically',
  }),
  mk({
    slug: 'en-closed-center-htmlonly',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.rahul,
    note: 'Support Center notice: the case was resolved',
    from: NOREPLY,
    to: R.keep,
    subject: `AWS Support: Case ${CASE.rahul} has been resolved`,
    at: '2026-04-08 04:00:51',
    tz: '+0900',
    enc: 'utf8b64',
    card: centerCard('en', CASE.rahul, 'ecls3', 'Your case has been resolved', 'Resolved', `This case was marked resolved. If you still need help, you can reopen it within 14 days from the Support Center.`, { badgeColor: '#545b64' }),
    style: 'htmlonly',
    probe: 'This case was marked resolved',
  }),
  mk({
    slug: 'en-closed-noauth',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.daniel,
    note: 'closing notice with no Authentication-Results at all: untrusted',
    from: FORM,
    to: D.keep,
    subject: formSubject(CASE.daniel),
    at: '2026-03-04 12:00:00',
    auth: 'none',
    enc: 'ascii7',
    text: `Your case has been closed. To keep your certifications, confirm your identity within 24h:
http://aws-identity-check.example.info/d

AWS Support`,
    probe: 'Your case has been closed',
  }),
  mk({
    slug: 'en-closed-badges-restated',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.sofia,
    trap: true,
    note: 'closes the case restating that badges and merge were handled earlier',
    from: FORM,
    to: S.keep,
    subject: formSubject(CASE.sofia),
    at: '2026-03-24 07:00:38',
    tz: '+0100',
    enc: 'utf8qp',
    card: formCard('en', CASE.sofia, 'ecls5', `Hi Sofia,

Since the merge and the badge move we reported last week, there have been no further questions, so this case is now closed. Thanks for contacting AWS Training and Certification.`, { badge: 'Status: Closed', badgeColor: '#545b64' }),
    style: 'flat',
    probe: 'so this case is now closed',
  }),
  mk({
    slug: 'en-closed-inactivity-plain',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.danielDup,
    note: 'the second case closed for inactivity',
    from: FORM,
    to: D.src,
    subject: formSubject(CASE.danielDup),
    at: '2026-02-27 03:00:22',
    enc: 'ascii7',
    text: `Hello,

Case ${CASE.danielDup} has been closed due to inactivity.
If you still need assistance, reply to this message within 14 days to reopen it.

AWS Training and Certification Customer Support`,
    probe: 'has been closed due to inactivity',
  }),
  mk({
    slug: 'en-closed-dup-merged-into',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.danielDup,
    trap: true,
    note: '"merged into case ..." refers to the duplicate case, which is closed; not the account merge',
    from: NOREPLY,
    to: D.src,
    subject: `AWS Support: Case ${CASE.danielDup} resolved`,
    at: '2026-02-17 09:25:40',
    enc: 'utf8qp',
    card: centerCard('en', CASE.danielDup, 'ecls7', 'Case resolved', 'Resolved', `Note from AWS Support:

This case duplicates ${CASE.daniel}, so it has been merged into that case and closed. Please continue the conversation there.`, { badgeColor: '#545b64' }),
    style: 'decent',
    probe: 'so it has been merged into that case and closed',
  }),

  // ---------------- support_reply (7) ----------------
  mk({
    slug: 'en-sr-thanks-confirm',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.daniel,
    trap: true,
    note: 'thanks for confirming, handed to the merge team; nothing done yet',
    from: FORM,
    to: D.keep,
    subject: formSubject(CASE.daniel),
    at: '2026-02-21 14:30:09',
    enc: 'utf8qp',
    card: formCard('en', CASE.daniel, 'esr1', `Hi Daniel,

Thanks for confirming. I've handed this over to the team that performs merges; I'll update you here as soon as they're done.

Marisol`, { badge: 'Status: Work in progress', badgeColor: '#0073bb' }),
    style: 'decent',
    probe: "I've handed this over to the team",
  }),
  mk({
    slug: 'en-sr-queue-not-yet',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.sofia,
    trap: true,
    note: 'the merge has not been completed yet; still queued',
    from: FORM,
    to: S.keep,
    subject: formSubject(CASE.sofia),
    at: '2026-03-13 09:12:05',
    tz: '+0100',
    enc: 'ascii7',
    text: `Hi Sofia,

Quick status: your request is still in the queue and the merge has not been completed yet. Typical turnaround is 2-3 business days after approval.

Tomasz`,
    probe: 'the merge has not been completed yet',
  }),
  mk({
    slug: 'en-sr-unable-exam',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.rahul,
    trap: true,
    note: '"we are unable to merge" while an exam is booked: an answer, not the event',
    from: FORM,
    to: R.keep,
    subject: formSubject(CASE.rahul),
    at: '2026-03-24 16:48:33',
    tz: '+0900',
    enc: 'utf8b64',
    card: formCard('en', CASE.rahul, 'esr3', `Hello Rahul,

The Quanta Labs profile has an exam scheduled for March 26, and we are unable to merge a profile with an upcoming appointment. You can either sit the exam first or cancel it; let us know which you prefer.`, { badge: 'On hold', badgeColor: '#8d6605' }),
    style: 'htmlonly',
    probe: 'we are unable to merge a profile with an upcoming appointment',
  }),
  mk({
    slug: 'en-sr-write-from-keep',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.danielDup,
    note: 'only asks him to write from the address he keeps; no data requested',
    from: FORM,
    to: D.src,
    subject: formSubject(CASE.danielDup),
    at: '2026-02-16 22:05:13',
    enc: 'ascii7',
    text: `Hi Daniel,

For security reasons, account merge requests have to come from the address of the account being kept. Could you write to us again from that mailbox?

Thanks,
Jun P.
AWS Training and Certification`,
    probe: 'have to come from the address of the account being kept',
  }),
  mk({
    slug: 'en-sr-escalation-footer',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.sofia,
    trap: true,
    note: 'escalation update; the template footer says badges can take 48 hours to follow a merge',
    from: NOREPLY,
    to: S.keep,
    subject: `AWS Support: Case ${CASE.sofia} updated`,
    at: '2026-03-12 17:21:44',
    tz: '+0100',
    enc: 'ascii7',
    card: centerCard('en', CASE.sofia, 'esr5', 'New reply on your case', 'Work in progress', `Reply from AWS Support:

Thanks for your approval, Sofia. Because both profiles hold certifications, I've escalated this to our account operations team. I'll be back in touch once they've picked it up.`, { badgeColor: '#0073bb', footerExtra: ['Tip: after accounts are merged, Credly badges can take up to 48 hours to appear on the kept account.'] }),
    style: 'links',
    probe: "I've escalated this to our account operations team",
  }),
  mk({
    slug: 'en-sr-outlook-spoof',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.rahul,
    note: 'AWS display name on a free-mail address with no authentication: untrusted',
    from: 'AWS Training and Certification <aws.cert.helpdesk@outlook.com>',
    to: R.keep,
    subject: formSubject(CASE.rahul),
    at: '2026-03-26 01:14:09',
    tz: '+0900',
    auth: 'none',
    enc: 'ascii7',
    text: `Hello Rahul,

Your case has been transferred to a senior agent. Please send future messages to this address only.

Regards,
AWS Certification Support`,
    probe: 'transferred to a senior agent',
  }),
  mk({
    slug: 'en-sr-voucher-typos',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.rahul,
    note: 'answers a question about the exam voucher; a few typos',
    from: FORM,
    to: R.keep,
    subject: formSubject(CASE.rahul),
    at: '2026-03-24 10:02:17',
    tz: '+0900',
    enc: 'utf8qp',
    text: `Hi Rahul,

To answer your question: the 50% voucher is tied to the certification, not the email adress, so it stays usable untill its original expiry date. It will not be extended.

Leilani
AWS Training and Certification

> 質問です: does the 50% voucher survive? It expires in May.`,
    probe: 'the 50% voucher is tied to the certification',
  }),

  // ---------------- unrelated (8) ----------------
  mk({
    slug: 'en-un-survey',
    kind: 'unrelated',
    lang: 'en',
    caseId: CASE.daniel,
    trap: true,
    note: 'satisfaction survey for the resolved case',
    from: NOREPLY,
    to: D.keep,
    subject: `How did we do? Your feedback on case ${CASE.daniel}`,
    at: '2026-03-05 06:30:27',
    enc: 'utf8qp',
    card: centerCard('en', CASE.daniel, 'eun1', 'Tell us about your support experience', 'Closed', `Your recent case ${CASE.daniel} was closed. Was your issue resolved? Answer two questions; it takes under a minute.`, { button: ['Yes, resolved', 'https://amazonsurveys.example-survey.com/s/eun1?r=1'], button2: ['No', 'https://amazonsurveys.example-survey.com/s/eun1?r=0'], badgeColor: '#545b64' }),
    style: 'htmlonly',
    probe: 'Answer two questions',
  }),
  mk({
    slug: 'en-un-credly-hashicorp',
    kind: 'unrelated',
    lang: 'en',
    caseId: null,
    trap: true,
    note: 'Credly badge from another issuer (HashiCorp)',
    from: 'HashiCorp via Credly <admin@credly.com>',
    to: S.keep,
    subject: 'HashiCorp sent you a new badge',
    at: '2026-03-18 15:02:39',
    tz: '+0100',
    enc: 'utf8qp',
    card: credlyCard('en', 'eun2', 'Congratulations, Sofia!', `HashiCorp has issued you the "HashiCorp Certified: Terraform Associate (004)" badge.`, 'Accept your badge'),
    style: 'decent',
    probe: 'Terraform Associate',
  }),
  mk({
    slug: 'en-un-credly-mergecode',
    kind: 'unrelated',
    lang: 'en',
    caseId: null,
    trap: true,
    note: 'Credly\'s own account-merge verification code mail',
    from: CREDLY_SYS,
    to: D.keep,
    subject: 'Complete your Credly account merge',
    at: '2026-02-26 20:41:07',
    enc: 'utf8b64',
    card: credlyCard('en', 'eun3', 'Complete Account Merge', `Enter this code on Credly to finish merging your Credly accounts: 730 415

The code expires in 30 minutes. Didn't ask for this? You can ignore this e-mail.`, 'Open Credly'),
    style: 'htmlonly',
    probe: 'finish merging your Credly accounts',
  }),
  mk({
    slug: 'en-un-pearson-confirm',
    kind: 'unrelated',
    lang: 'en',
    caseId: null,
    trap: true,
    note: 'test vendor appointment confirmation from outside the trusted domains',
    from: 'Pearson VUE <pearsonvue-confirmation@pearson.com>',
    to: R.src,
    subject: 'Confirmation of your AWS Certification exam appointment',
    at: '2026-03-10 12:20:44',
    tz: '+0900',
    auth: 'none',
    enc: 'ascii7',
    text: `Dear Rahul Mehta,

Your appointment is confirmed.

Exam: AWS Certified Security - Specialty (SCS-C02)
Date: Thursday, March 26, 2026, 10:00 JST
Location: Pearson Professional Centers-Tokyo
Registration ID: 559031774

Need to reschedule? Do so at least 24 hours in advance.

Pearson VUE`,
    probe: 'Your appointment is confirmed',
  }),
  mk({
    slug: 'en-un-own-approval',
    kind: 'unrelated',
    lang: 'en',
    caseId: CASE.daniel,
    trap: true,
    note: 'the user\'s own approval reply (Cc to his keep address): carries no news from support',
    from: `${D.name} <${D.keep}>`,
    to: 'aws-cs-trainingcertification-form@amazon.com',
    cc: D.keep,
    subject: formSubject(CASE.daniel),
    at: '2026-02-21 13:02:55',
    auth: 'none',
    enc: 'ascii7',
    text: `Hi Marisol,

Yes, I confirm - please go ahead and merge ${D.srcId} into ${D.keepId}.

Sent from my iPhone

> On Feb 19, 2026, at 15:48, AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
>
> Heads-up: this can't be reversed. If that's all correct, reply "I agree" and we'll schedule it.`,
    probe: 'Yes, I confirm - please go ahead and merge',
    extra: { rcpt: D.keep },
  }),
  mk({
    slug: 'en-un-ooo-colleague',
    kind: 'unrelated',
    lang: 'en',
    caseId: null,
    trap: true,
    note: 'a colleague\'s out-of-office auto-reply that mentions the account merge',
    from: COLLEAGUE_EN,
    to: D.src,
    subject: 'Automatic reply: certification accounts',
    at: '2026-02-18 08:00:12',
    auth: 'none',
    enc: 'ascii7',
    text: `I'm out of the office until March 2 with limited access to e-mail.

For anything about the certification account merge or the training budget, contact training-admins@brightlane.example.com. I will confirm pending requests when I'm back.

Priyanka`,
    probe: "I'm out of the office until March 2",
    extra: { extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'] },
  }),
  mk({
    slug: 'en-un-helpdesk-received',
    kind: 'unrelated',
    lang: 'en',
    caseId: null,
    trap: true,
    note: 'another company\'s helpdesk (Zendesk-style) receipt about merging mailboxes; not an AWS case',
    from: 'Nordhavn IT Service Desk <support@nordhavn-it.example.net>',
    to: S.src,
    subject: '[Nordhavn IT] Re: Merge my two mailboxes before I leave (#48211)',
    at: '2026-03-05 10:14:09',
    tz: '+0100',
    auth: 'none',
    enc: 'utf8qp',
    htmlRaw: `<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#2f3941">
<div style="color:#b5b5b5">##- Please type your reply above this line -##</div>
<p>Your request (#48211) has been received and is being reviewed by our support staff.</p>
<p>To add additional comments, reply to this email.</p>
<table width="100%" cellpadding="0" cellspacing="0" border="0" style="margin-top:16px">
<tr><td style="padding:12px;border-top:1px solid #d8dcde"><strong>Sofia Lindqvist</strong><br>Mar 5, 2026, 10:13 CET</td></tr>
<tr><td style="padding:0 12px 12px 12px">Hi, please merge my two mailboxes (s.lindqvist and sofia.lindqvist) and set a forward to my private address after my last day. Thanks!</td></tr>
</table>
<p style="color:#87929d;font-size:12px">This email is a service from Nordhavn IT. Delivered by Zendesk</p>
<img src="https://nordhavn-it.zendesk.example.com/tracking/open?t=48211" width="1" height="1" alt="">
</body></html>`,
    probe: 'has been received and is being reviewed',
  }),
  mk({
    slug: 'en-un-skb-completed-list',
    kind: 'unrelated',
    lang: 'en',
    caseId: null,
    trap: true,
    forUser: false,
    note: 'Skill Builder "learning plan completed" digest to a training-admin alias, not to the user',
    from: SKB,
    to: 'training-admins@brightlane.example.com',
    subject: 'Weekly team report: 3 learning plans completed',
    at: '2026-02-23 07:00:00',
    enc: 'utf8qp',
    card: portalCard('en', 'eun8', 'Your team this week', `Learning plans completed: 3
Courses in progress: 11
Badges earned in Skill Builder: 2

Daniel Okafor completed "Data Engineering on AWS".`, { button: ['Open team dashboard', 'https://skillbuilder.aws/team'], unsub: true }),
    style: 'flat',
    probe: 'Learning plans completed: 3',
  }),
];
