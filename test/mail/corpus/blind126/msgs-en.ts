// English messages of set du. Numbers and dates are written every way on purpose.
import { ALEX, C, CREDLY, DANA, NOTIFY, PORTAL, SUPPORT, TRAINING, form, fw, grp, make, q, type Spec } from './common.js';

const D = DANA;
const A = ALEX;

const en: Spec[] = [
  // ---------------- acknowledgement (6) ----------------
  {
    s: 'ack-spelled', k: 'acknowledgement', l: 'en', c: C.dana, from: NOTIFY, n: 'receipt with spelled-out date',
    subj: `[CASE ${C.dana}] We have received your request`,
    body: `Hello Dana Ortiz,

Your request reachd us on the eighteenth of November, 2026, at 6:07 PM PT, and has been given case number ${C.dana}.
An agent normally answers within one to two business days. Opening a second case for the same request will slow things down.

This is an automated message; please do not change the subject when you reply.`,
  },
  {
    s: 'ack-split', k: 'acknowledgement', l: 'en', c: C.alex, to: A.keep, n: 'receipt with the case ID broken across a line, body only',
    subj: 'Thanks for contacting AWS Training and Certification',
    body: `Hi Alex,

Thanks for reaching out. This auto-reply confirms your message is logged as case 178400
3329817. A member of the team will pick it up within 72 hours (three business days at the latest).

- AWS Training and Certification`,
  },
  {
    s: 'ack-html', k: 'acknowledgement', l: 'en', c: C.dana, from: NOTIFY, html: 'only', n: 'HTML-only receipt, case number hyphenated',
    subj: 'AWS Support: new case opened',
    body: `Dear customer,

A new support case has been created for you.

Case ID: ${grp(C.dana, '-', 4)}
Created: 2026-11-18 02:07 UTC
Severity: General guidance

Reply to this e-mail to add details.`,
  },
  {
    s: 'ack-fw', k: 'acknowledgement', l: 'en', c: C.alex, to: A.keep, n: 'receipt in English with the case ID in full-width digits (pasted from a Japanese form)',
    subj: form(C.alex),
    body: `We've got your request.

Reference: ${fw(C.alex)}
Logged: Tuesday the 1st of December, 9:14 AM PST

You'll hear from a specialist shortly. Please keep the reference in the subject line.`,
  },
  {
    s: 'ack-fake', k: 'acknowledgement', l: 'en', c: C.dana, auth: 'none', from: 'AWS Support <cases@support-aws.com>', n: 'look-alike domain support-aws.com, no A-R: untrusted',
    subj: `Case ${C.dana} received - action needed within 24 hours`,
    body: `Your case ${C.dana} was received.
To keep it open, verify your identity within twenty-four hours: https://support-aws.com/verify`,
  },
  {
    s: 'ack-tomorrow', k: 'acknowledgement', l: 'en', c: C.alex, from: NOTIFY, to: A.keep, n: 'receipt promising an answer by the day after tomorrow',
    subj: `Case ${C.alex} created`,
    body: `Hello,

Case ${C.alex} has been created from the AWS Training and Certification form.
Expect a first reply by the day after tomorrow (Thursday, 12/03, end of day Pacific).`,
  },
  // ---------------- ai_answer (5) ----------------
  {
    s: 'ai-en-tool', k: 'ai_answer', l: 'en', from: TRAINING, n: 'generative answer suggesting the Merge Accounts tool',
    subj: 'Suggested answer (AI-generated)',
    body: `This suggestion was generated automatically and has not been reviewed by a person.

If you have two certification accounts, sign in to the one you want to keep, open Profile, and choose Merge Accounts. You'll need the other account's sign-in e-mail and password. It takes about five minutes.

If both accounts already hold certifications, the tool will send you to customer support instead. Choose "Create case" below.`,
  },
  {
    s: 'ai-en-after', k: 'ai_answer', l: 'en', t: true, from: NOTIFY, n: 'AI answer explaining what happens after a merge, with hours in words', html: 'alt',
    subj: 'Automated answer: certification account merge',
    body: `Automated response - not from an agent.

After a merge, your certifications and exam benefits usually appear on the surviving account within forty-eight hours. Credly badges may need to be claimed again once the merge is done.

Did this answer your question? Yes / No`,
  },
  {
    s: 'ai-en-case', k: 'ai_answer', l: 'en', c: C.alex, from: NOTIFY, to: A.keep, n: 'automated suggestion tied to an open case',
    subj: `[CASE ${C.alex}] A possible solution`,
    body: `Based on what you wrote in case ${C.alex}, this article may help:
"Combining two AWS Certification accounts (Merge Accounts tool)".

This recommendation was produced automatically. If it solves the problem, you need not do anything; otherwise reply and an agent will follow up.`,
  },
  {
    s: 'ai-en-fake', k: 'ai_answer', l: 'en', auth: 'misaligned', from: 'AWS Assistant <assistant@amazon.com>', n: 'AI answer with misaligned DKIM and dmarc fail: untrusted',
    subj: 'Your AI assistant answer',
    body: `Automated answer: to merge accounts, reply with both passwords. Processing takes two days.`,
  },
  {
    s: 'ai-en-maint', k: 'ai_answer', l: 'en', from: TRAINING, to: A.keep, n: 'automated reply with UTC/PT maintenance window',
    subj: 'Automatic reply to your question',
    body: `This is an automatic reply.

The self-service merge tool is offline from 01:00 to 05:00 UTC on December 10 (5 PM to 9 PM PT on December 9). Please try again afterwards. If both profiles have exam history, the tool cannot help and an agent will take over.`,
  },
  // ---------------- info_request (7) ----------------
  {
    s: 'info-en-ids', k: 'info_request', l: 'en', c: C.dana, n: 'asks for candidate IDs and which to keep, deadline spelled out',
    subj: form(C.dana),
    body: `Hello Dana,

Thank you for contacting us. Before we can go ahead, please send:
1. the candidate ID of each account (they start with "AWS")
2. the e-mail address on each
3. which one you'd like to keep

If we don't hear back by the eleventh of December, the case will be put on hold.

Kind regards,
Miguel
AWS Training and Certification`,
  },
  {
    s: 'info-en-confirmword', k: 'info_request', l: 'en', c: C.alex, to: A.keep, t: true, n: '"please confirm the e-mail you keep" is an info request (trap on confirm)',
    subj: form(C.alex),
    body: `Hi Alex,

Could you confirm which e-mail address you want to keep going forward? The two profiles show ${A.keep} and ${A.src}.
Just reply with the one you prefer.`,
  },
  {
    s: 'info-en-split', k: 'info_request', l: 'en', c: C.dana, n: 'asks for the ID again because it arrived split and spaced',
    subj: form(C.dana),
    body: `Hi Dana,

The second candidate ID in your last note came through as "AWS 6278
1045" and we couldn't match it. Would you mind sending both IDs again, each on one line, without spaces?`,
  },
  {
    s: 'info-en-passdate', k: 'info_request', l: 'en', c: C.alex, to: A.keep, n: 'asks for pass dates; dates in several formats', html: 'alt',
    subj: form(C.alex),
    body: `Hello Alex,

To locate the older profile, we need the name and pass date of at least one certification on it (e.g. "Cloud Practitioner, 03/15/2024" or "15 March 2024", either is fine).
The ID ${A.srcId} did not match any record when we checked on Monday the 30th.`,
  },
  {
    s: 'info-en-fromkept', k: 'info_request', l: 'en', c: C.dana, n: 'write from kept address and include both IDs: info_request',
    subj: form(C.dana),
    body: `Dana,

Please reply from the address you're keeping (${D.keep}) and include both candidate IDs in that reply. We'll take it from there within two or three days.`,
  },
  {
    s: 'info-en-kanji', k: 'info_request', l: 'en', c: C.dana, n: 'asks for the Japanese-format pass date seen on a score report',
    subj: form(C.dana),
    body: `Hello,

Your score report lists the pass date as "令和6年3月15日". Could you tell us which exam that was and the candidate ID printed next to it? A reply by tomorrow noon ET would let us finish this week.`,
  },
  {
    s: 'info-en-outlook', k: 'info_request', l: 'en', c: C.alex, to: A.keep, n: 'asks for company name above an Outlook original message',
    subj: form(C.alex),
    body: `Hi Alex,

One more thing: what company name did you use on the older account? A reply in the next 3 business days keeps things moving.

-----Original Message-----
From: Alex Kim <${A.keep}>
Sent: Wednesday, December 2, 2026 8:41 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: RE: [CASE ${C.alex}]

Both accounts are under my name.`,
  },
  // ---------------- confirmation_request (7) ----------------
  {
    s: 'conf-en-basic', k: 'confirmation_request', l: 'en', c: C.dana, n: 'asks consent to an irreversible merge',
    subj: form(C.dana),
    body: `Hello Dana,

We're ready to combine the accounts:
Keep: ${D.keepId} (${D.keep})
Retire: ${D.srcId} (${D.src})

This can't be undone. If you agree, reply "I agree" and we'll complete it within one to three business days.`,
  },
  {
    s: 'conf-en-deadline', k: 'confirmation_request', l: 'en', c: C.alex, to: A.keep, n: 'consent with a PT deadline written in words',
    subj: form(C.alex),
    body: `Hi Alex,

Everything checks out. Please let us know you approve moving the two certifications on ${A.srcId} to ${A.keepId}. Once done it is permanent.
We'd appreciate your answer by five o'clock Pacific on Friday the fourth.`,
  },
  {
    s: 'conf-en-noword', k: 'confirmation_request', l: 'en', c: C.dana, n: 'consent asked without the word confirm', html: 'only',
    subj: form(C.dana),
    body: `Dana,

Shall we go ahead and fold AWS-6278-1045 into AWS-5039-2716? There's no way back afterwards, so we wait for your OK before touching anything.`,
  },
  {
    s: 'conf-en-gmail', k: 'confirmation_request', l: 'en', c: C.alex, to: A.keep, n: 'consent request above a Gmail quote',
    subj: form(C.alex),
    body: `Hi Alex,

Thanks for the details. Do we have your permission to merge the accounts as listed below? Please note this is final.

${q(`On Thu, Dec 3, 2026 at 7:02 AM Alex Kim <${A.keep}> wrote:\nKeep ${A.keepId}, merge ${A.srcId} into it.`)}`,
  },
  {
    s: 'conf-en-freemail', k: 'confirmation_request', l: 'en', c: C.dana, from: 'AWS Training and Certification <aws.cert.support@gmail.com>', n: 'trusted display name on a free-mail address: untrusted',
    subj: form(C.dana),
    body: `Dana, confirm the merge within 12 hours by replying YES, or the request expires.`,
  },
  {
    s: 'conf-en-three', k: 'confirmation_request', l: 'en', c: C.dana, n: 'consent request with certification count in words',
    subj: form(C.dana),
    body: `Hello Dana,

The older profile holds three certifications and one unused 50% voucher (valid until 31 March 2027). All four items would move to ${D.keepId}.
Please reply to give your consent; we can't reverse the merge once it's run.`,
  },
  {
    s: 'conf-en-utc', k: 'confirmation_request', l: 'en', c: C.alex, to: A.keep, n: 'consent request with UTC timestamp of data check',
    subj: form(C.alex),
    body: `Alex,

As of 2026-12-03T18:30Z both accounts are verified. Reply "approved" to let us merge them - note that this is irreversible.`,
  },
  // ---------------- merge_completed (6) ----------------
  {
    s: 'done-en-basic', k: 'merge_completed', l: 'en', c: C.dana, n: 'merge done, date spelled',
    subj: form(C.dana),
    body: `Hello Dana,

Good news: on the twenty-fifth of November we merged your two accounts. Everything now lives under ${D.keepId}.
Please sign in and check that all looks right. Badges on Credly can take up to seventy-two hours.`,
  },
  {
    s: 'done-en-portal', k: 'merge_completed', l: 'en', from: PORTAL, n: 'certification portal notice: accounts merged, no case ID',
    subj: 'Your AWS Certification accounts have been merged',
    body: `Hi Dana Ortiz,

Your accounts were merged on 11/25/2026 at 3:12 PM PT.
Surviving candidate ID: ${D.keepId}
You can no longer sign in with ${D.src}.`,
  },
  {
    s: 'done-en-close', k: 'merge_completed', l: 'en', c: C.alex, to: A.keep, n: 'merged, and the case will now be closed: merge_completed', html: 'alt',
    subj: form(C.alex),
    body: `Hi Alex,

The merge went through a few minutes ago (Dec 7, 10:05 UTC). Both certifications and your remaining voucher are on ${A.keepId}.
We'll close this case now.`,
  },
  {
    s: 'done-en-fake', k: 'merge_completed', l: 'en', c: C.dana, auth: 'fail', n: 'completion with dmarc=fail: untrusted',
    subj: form(C.dana),
    body: `Your accounts are merged. Log in within 48 hours at https://aws-training-login.example.net to keep your benefits.`,
  },
  {
    s: 'done-en-bodyonly', k: 'merge_completed', l: 'en', c: C.alex, to: A.keep, n: 'completion with case ID only in body, spaced',
    subj: 'Re: account merge',
    body: `Alex,

Regarding case ${grp(C.alex, ' ', 4)}: the two profiles have been combined as of yesterday afternoon (Pacific time). Welcome back to a single account.`,
  },
  {
    s: 'done-en-jst', k: 'merge_completed', l: 'en', c: C.dana, n: 'completed merge with time zones JST and PT',
    subj: form(C.dana),
    body: `Hi Dana,

Merge complete. It ran at 9:00 JST on the 26th, which was 4:00 PM PT on the 25th for you. ${D.srcId} is now retired.`,
  },
  // ---------------- badges_transferred (6) ----------------
  {
    s: 'badge-en-credly', k: 'badges_transferred', l: 'en', from: CREDLY, n: 'AWS badge offered via Credly', html: 'alt',
    subj: 'Amazon Web Services Training and Certification has issued you a badge',
    body: `Hi Dana,

You've earned the AWS Certified Cloud Practitioner badge, issued November 27, 2026 and expiring November 27, 2029.

Accept your badge
https://www.credly.com/earner/earned`,
  },
  {
    s: 'badge-en-support', k: 'badges_transferred', l: 'en', c: C.dana, n: 'support moved the badges and closes',
    subj: form(C.dana),
    body: `Hello Dana,

All three Credly badges have been moved to the Credly account linked to ${D.keep}. We're closing this case; reply if any badge is missing.`,
  },
  {
    s: 'badge-en-two', k: 'badges_transferred', l: 'en', c: C.alex, to: A.keep, n: 'support says two badges now on kept account',
    subj: form(C.alex),
    body: `Hi Alex,

Following up on your note from the day before yesterday: both badges (two in total) now show on the kept account's Credly profile. It may take a few hours for the public page to refresh.`,
  },
  {
    s: 'badge-en-fake', k: 'badges_transferred', l: 'en', from: 'Amazon Web Services Training and Certification via Credly <admin@credly-badges.net>', n: 'Credly look-alike domain: untrusted',
    subj: 'Amazon Web Services Training and Certification has issued you a badge',
    body: `Accept your badge before 12/31 or it will be revoked.`,
  },
  {
    s: 'badge-en-credly2', k: 'badges_transferred', l: 'en', from: CREDLY, to: A.keep, n: 'Credly issue mail for AWS badge, date spelled', html: 'only',
    subj: 'Your AWS Certified Developer - Associate badge is ready',
    body: `Alex,

Amazon Web Services Training and Certification issued you a badge on the eighth of December.

Accept your badge`,
  },
  {
    s: 'badge-en-utc', k: 'badges_transferred', l: 'en', c: C.dana, n: 'badge transfer done with UTC time',
    subj: form(C.dana),
    body: `Dana,

Badge transfer finished at 03:30 UTC today. Your Credly wallet under ${D.keep} should list four AWS badges.`,
  },
  // ---------------- case_closed (6) ----------------
  {
    s: 'close-en-auto', k: 'case_closed', l: 'en', c: C.dana, from: NOTIFY, n: 'auto-close in three days without reply',
    subj: `Case ${C.dana} will close in 3 days`,
    body: `Hello,

We haven't heard from you on case ${C.dana}. If there's no reply within three days, the case will close automatically.`,
  },
  {
    s: 'close-en-restate', k: 'case_closed', l: 'en', c: C.alex, to: A.keep, t: true, n: 'closing that restates the merge from last week: trap',
    subj: form(C.alex),
    body: `Hi Alex,

Since your accounts were merged last Monday (the 7th), we are closing this case. Thanks for your patience.`,
  },
  {
    s: 'close-en-resolved', k: 'case_closed', l: 'en', c: C.dana, from: NOTIFY, n: 'resolved notice with hyphenated case ID', html: 'only',
    subj: 'Your support case has been resolved',
    body: `Case ${grp(C.dana, '-', 3)} was marked resolved on December 2, 2026.
To reopen, reply within fourteen days.`,
  },
  {
    s: 'close-en-noreply', k: 'case_closed', l: 'en', c: C.alex, to: A.keep, t: true, n: 'closing because no consent reply came: mentions confirm/merge',
    subj: form(C.alex),
    body: `Hello Alex,

We asked on the 4th whether you agree to the merge and haven't heard back in ten days, so this case is now closed. Open a new one whenever you're ready.`,
  },
  {
    s: 'close-en-48h', k: 'case_closed', l: 'en', c: C.dana, n: 'will auto-close in 48 hours (ET)',
    subj: form(C.dana),
    body: `Dana,

Just a reminder - this case will close in forty-eight hours (Thursday 5 PM ET) unless you reply.`,
  },
  {
    s: 'close-en-short', k: 'case_closed', l: 'en', c: C.alex, to: A.keep, from: NOTIFY, n: 'terse closed notice',
    subj: `Case ${C.alex} closed`,
    body: `Case ${C.alex} has been closed as of 12/09/26 (mm/dd/yy).`,
  },
  // ---------------- support_reply (7) ----------------
  {
    s: 'sr-en-thanks', k: 'support_reply', l: 'en', c: C.dana, t: true, n: 'thanks for confirming, passed on',
    subj: form(C.dana),
    body: `Hi Dana,

Thanks for confimring. I've handed this to the merge team; expect an update in three to five business days.`,
  },
  {
    s: 'sr-en-once', k: 'support_reply', l: 'en', c: C.alex, to: A.keep, t: true, n: 'future: once the merge is done we will move badges',
    subj: form(C.alex),
    body: `Alex,

Once we've merged the accounts we'll also move the Credly badges - no need to claim them twice. The team is working through requests from the 30th of November.`,
  },
  {
    s: 'sr-en-notyet', k: 'support_reply', l: 'en', c: C.dana, t: true, n: 'negated: the merge has not been completed yet',
    subj: form(C.dana),
    body: `Hello Dana,

The merge has not been completed yet; the back-office queue is running about two days behind. We'll write as soon as there's news.`,
  },
  {
    s: 'sr-en-dup', k: 'support_reply', l: 'en', c: C.alex, to: A.keep, t: true, n: 'merged duplicate cases, not accounts',
    subj: form(C.alex),
    body: `Hi Alex,

You opened two cases for the same thing, so we merged them. Please use case ${C.alex} from now on.`,
  },
  {
    s: 'sr-en-voucher', k: 'support_reply', l: 'en', c: C.dana, n: 'answers a voucher expiry question on the case',
    subj: form(C.dana),
    body: `Dana,

Your voucher keeps its expiry date (March 31st, 2027) regardless of which account it ends up on.

${q(`On Mon, Nov 23, 2026 at 9:12 PM Dana Ortiz <${D.keep}> wrote:\nWill the voucher expiry change?`)}`,
  },
  {
    s: 'sr-en-unable', k: 'support_reply', l: 'en', c: C.alex, to: A.keep, t: true, n: 'unable to merge because of name mismatch',
    subj: form(C.alex),
    body: `Hi Alex,

We're unable to merge the accounts at this point: the names on them differ ("Alex Kim" vs. "Alexander Kim"). A name change has to go through a different process first.`,
  },
  {
    s: 'sr-en-writefrom', k: 'support_reply', l: 'en', c: C.dana, to: 'certs-team@work.example.org', forUser: false, n: 'write from kept address, no data asked; sent to a team list, not the user',
    subj: form(C.dana),
    body: `Dana,

For security reasons, please send further replies from the address you're keeping. Thanks!`,
  },
  // ---------------- unrelated (9) ----------------
  {
    s: 'un-en-exam', k: 'unrelated', l: 'en', t: true, from: TRAINING, n: 'exam appointment confirmation from aws.training',
    subj: 'Appointment confirmation',
    body: `Dana Ortiz, your exam is confirmed for Saturday, December 19, 2026 at 10:00 AM ET.
Confirmation number: 482-105-557.`,
  },
  {
    s: 'un-en-refund', k: 'unrelated', l: 'en', c: C.refund, t: true, from: NOTIFY, n: 'receipt of another case about a refund',
    subj: `[CASE ${C.refund}] Your refund request was received`,
    body: `We received your request for an exam-fee refund (case ${C.refund}). An agent will reply within three business days.`,
  },
  {
    s: 'un-en-survey', k: 'unrelated', l: 'en', c: C.dana, t: true, from: NOTIFY, n: 'survey about the resolved case',
    subj: 'Was your issue resolved?',
    body: `Hi Dana, tell us about case ${C.dana}. The survey takes two minutes.`,
  },
  {
    s: 'un-en-hashi', k: 'unrelated', l: 'en', t: true, from: 'HashiCorp via Credly <admin@credly.com>', n: 'Credly badge from another issuer',
    subj: 'HashiCorp has issued you a badge',
    body: `You've earned the HashiCorp Certified: Terraform Associate badge. Accept your badge.`,
  },
  {
    s: 'un-en-credlymerge', k: 'unrelated', l: 'en', t: true, from: 'Credly <no-reply@credly.com>', n: 'Credly own account merge code',
    subj: 'Complete Account Merge',
    body: `Enter code 604 219 to complete your account merge. It expires in ten minutes.`,
  },
  {
    s: 'un-en-own', k: 'unrelated', l: 'en', c: C.dana, t: true, from: `Dana Ortiz <${D.keep}>`, to: SUPPORT, deliveredTo: D.keep, n: "user's own consent reply: untrusted",
    subj: `Re: ${form(C.dana)}`,
    body: `Hi, yes - I agree to the merge. Thanks, Dana`,
  },
  {
    s: 'un-en-ooo', k: 'unrelated', l: 'en', c: C.alex, t: true, from: 'Miguel Santos <miguel@support-agents.example.com>', to: A.keep, extra: ['Auto-Submitted: auto-replied'], n: 'agent out-of-office',
    subj: `Out of office: ${form(C.alex)}`,
    body: `I'm out until the fourteenth of December. Your case has been reassigned.`,
  },
  {
    s: 'un-en-result', k: 'unrelated', l: 'en', t: true, from: PORTAL, n: 'exam result: passed, badge coming',
    subj: 'Your exam results are available',
    body: `Congratulations, you passed. That makes four certifications. Your badge will arrive from Credly within five business days.`,
  },
  {
    s: 'un-en-other', k: 'unrelated', l: 'en', c: C.exam, t: true, to: A.keep, n: 'reply on another case about exam rescheduling',
    subj: `RE:[CASE ${C.exam}] [AWS Training and Certification Form Submission] - exam-scheduling`,
    body: `Alex, your exam has been moved to the twenty-first at 2 PM PT. We are closing this case.`,
  },
];

export const EN = make(en, 11);
