// Set "co", English part: Daniel Okoro, Lena Fischer, Raj Mehta, and mail around their cases.
import { rfcDate as d, type Msg } from './lib.js';
import {
  CASE,
  CREDLY_AWS,
  DAN,
  FORM,
  FORM_BARE,
  LENA,
  NOREPLY,
  RAJ,
  caseSubj,
  caseSubjNew,
  colourInline,
  enAddr,
  esc,
  gmailEn,
  gt,
  mk,
  origMsg,
  outlookEn,
  sfBlock,
  sfRef,
} from './common.js';

const D = CASE.dan;
const L = CASE.lena;
const R = CASE.raj;

const danForm = `Hi,
I have two certification profiles. One is under my old work address (${DAN.src}) and one under my personal address (${DAN.keep}, ${DAN.keepId}).
I'd like everything on the personal one. The self-service merge page says it can't merge because both have certifications.
Also: will my 50% voucher survive, and what happens to my Credly badges?
Dan Okoro`;

const lenaForm = `Hello, I passed SAA with my agency email ${LENA.src} and DVA with ${LENA.keep}. Can these live in one account? Lena`;

const rajForm = `Merge request.
Account 1 (keep): ${RAJ.keep} / ${RAJ.keepId}
Account 2: ${RAJ.src}
Reason: my startup shut down and I lose that mailbox at the end of the month.
- Raj`;

const credlyEnText = (name: string, cert: string, url: string): string => `Hi ${name},

Amazon Web Services Training and Certification has issued you a new badge:

${cert}

Accept your badge to share it on LinkedIn, in your email signature, or anywhere else you like.

Accept your badge: ${url}

You received this email because a badge was issued to this address.
Credly, 13 Pearson Way, Example City`;

export const EN: Msg[] = [
  // ---------------------------------------------------------------- Daniel Okoro
  mk({
    slug: 'dan-ack',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: D,
    note: 'AWS Support receipt: case created, no content beyond that',
    from: NOREPLY,
    to: enAddr(DAN),
    subject: `Amazon Web Services Support: Case ${D} has been created`,
    date: d('2026-07-06 14:02:11'),
    text: `Hello,

Case ID ${D} was opened for you under "AWS Training and Certification".
A member of the team will get back to you at this address; most requests get a first reply within one business day.

Please don't open another case for the same request, as duplicate cases slow things down. To add details, reply to this message.

Amazon Web Services`,
  }),
  mk({
    slug: 'dan-ai-suggest',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    note: 'auto-generated suggestion to use the Merge Accounts tool before creating a case',
    from: NOREPLY,
    to: DAN.keep,
    subject: 'Suggested answer for your question',
    date: d('2026-07-06 13:58:40'),
    text: `This answer was generated automatically and may not be accurate.

You asked: "How do I combine two certification accounts?"

Try the self-service Merge Accounts tool first:
  1. Sign in to the certification portal with the account you want to keep.
  2. Open Profile > Merge Accounts.
  3. Sign in with the second account when prompted.

If the tool says it cannot merge, choose "Create case" to reach an agent.`,
  }),
  mk({
    slug: 'dan-info-agent',
    kind: 'info_request',
    lang: 'en',
    caseId: D,
    note: '[Agent]-prefixed inline answers; the second one asks for the work account ID and the notification address',
    to: DAN.keep,
    subject: caseSubj(D),
    date: d('2026-07-07 09:41:03'),
    text: `Hi Daniel,

Thanks for reaching out. My replies are inline, marked [Agent].

> I have two certification profiles. One is under my old work address (${DAN.src}) and one under my personal address (${DAN.keep}, ${DAN.keepId}).

[Agent] Understood, we can take care of this on our side since the self-service tool declined.

> I'd like everything on the personal one.

[Agent] Noted. To locate the work profile I'll still need its candidate ID (starts with AWS) and the notification email set on that profile, in case it differs from the login address. A reply to this email with both is all we need.

> Also: will my 50% voucher survive, and what happens to my Credly badges?

[Agent] Unused vouchers carry over. Badges are handled after the profiles are combined.

Best,
Marco
AWS Training and Certification
${sfRef('Dn4')}`,
  }),
  mk({
    slug: 'dan-own-inline',
    kind: 'unrelated',
    lang: 'en',
    caseId: D,
    trusted: false,
    trap: true,
    note: "Dan's own inline reply with the ID and his consent (copy to himself): his mail, not support's",
    from: enAddr(DAN),
    to: FORM_BARE,
    cc: DAN.keep,
    subject: caseSubj(D),
    date: d('2026-07-07 18:20:44', '-0400'),
    text: `Hi Marco,

Answers below.

> [Agent] Noted. To locate the work profile I'll still need its candidate ID (starts with AWS) and the notification email set on that profile, in case it differs from the login address.

Candidate ID: ${DAN.srcId}
Notification email: same as login, ${DAN.src}

And yes, I understand merging is permanent; go ahead and merge into ${DAN.keepId}.

Dan`,
  }),
  mk({
    slug: 'dan-info-caps',
    kind: 'info_request',
    lang: 'en',
    caseId: D,
    note: 'answers typed in capitals between his lines; the last capitals line asks for the exam name and date',
    to: DAN.keep,
    subject: caseSubj(D),
    date: d('2026-07-08 10:15:27'),
    text: `Daniel - my notes in caps below.

> Candidate ID: ${DAN.srcId}
THANK YOU. THAT ID RETURNS A PROFILE WITH A DIFFERENT NAME SPELLING (D. OKORO-ADE).

> Notification email: same as login, ${DAN.src}
OK.

> And yes, I understand merging is permanent; go ahead and merge into ${DAN.keepId}.
BEFORE WE DO: WHICH EXAM DID YOU PASS ON THE WORK PROFILE, AND ROUGHLY WHEN? THAT LETS US BE SURE IT IS YOURS.

Marco`,
  }),
  mk({
    slug: 'dan-confirm-sf',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: D,
    note: 'plain top-posted request to approve the irreversible merge; Salesforce original-message block below',
    to: DAN.keep,
    subject: caseSubj(D),
    date: d('2026-07-09 08:03:55'),
    enc: 'utf8qp',
    text: `Hello Daniel,

Thanks — the exam history matches, so we’re set.

Here’s what will happen:
• ${DAN.srcId} (${DAN.src}) will be folded into ${DAN.keepId} (${DAN.keep})
• certifications, exam history and benefits move across
• ${DAN.srcId} is then retired, and this can’t be reversed

Can you reply “approved” so we can start? We’ll wait for your answer.

Marco
AWS Training and Certification

${sfBlock(`${DAN.en} <${DAN.keep}>`, '7/8/2026 2:44 PM', FORM_BARE, caseSubj(D))}

The work one was SysOps Administrator Associate, around March 2024.`,
  }),
  mk({
    slug: 'dan-confirm-nested',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: D,
    note: 'nested >> quotes; the agent\'s one new line under his question asks for a plain YES to proceed',
    to: DAN.keep,
    subject: caseSubj(D),
    date: d('2026-07-09 19:30:12'),
    text: `> Quick question before I approve: does my SysOps expiry date change?
>
>> Can you reply "approved" so we can start? We'll wait for your answer.

No, expiry stays tied to the original pass date. With that settled, a one-word YES in reply is enough for me to release the merge.

Marco`,
  }),
  mk({
    slug: 'dan-thanks-lostquote',
    kind: 'support_reply',
    lang: 'en',
    caseId: D,
    trap: true,
    note: 'thanks for approving, sent to the back office; the earlier request (lost markers) follows an Outlook rule',
    to: DAN.keep,
    subject: caseSubj(D),
    date: d('2026-07-10 07:12:40'),
    text: `Hi Daniel,

Got your YES - thank you. I've handed teh request to our records team and will update this case when they're finished.

Marco

________________________________
From: ${DAN.en} <${DAN.keep}>
Sent: Thursday, July 9, 2026 9:02 PM
YES

No, expiry stays tied to the original pass date. With that settled, a one-word YES in reply is enough for me to release the merge.
Can you reply "approved" so we can start? We'll wait for your answer.`,
  }),
  mk({
    slug: 'dan-notyet-caps',
    kind: 'support_reply',
    lang: 'en',
    caseId: D,
    trap: true,
    note: 'inline capitals: "has the merge been completed?" -> NOT YET; still with the records team',
    to: DAN.keep,
    subject: caseSubj(D),
    date: d('2026-07-13 11:48:09'),
    text: `Hi Dan,

> It's been three days. Has the merge been completed?
NOT YET, SORRY. IT IS STILL IN THE RECORDS TEAM'S QUEUE.

> Is there anything I should do in the meantime?
NO ACTION NEEDED. PLEASE KEEP BOTH LOGINS UNTOUCHED UNTIL WE CONFIRM.

Marco`,
  }),
  mk({
    slug: 'dan-done-deep',
    kind: 'merge_completed',
    lang: 'en',
    caseId: D,
    note: '"see my answers below" top; the first [Agent] answer says the profiles were combined this morning',
    to: DAN.keep,
    subject: caseSubj(D),
    date: d('2026-07-14 13:05:50'),
    text: `Hi Dan, see my answers below.

> Any news? My work mailbox closes Friday.
[Agent] Yes - the records team finished this morning. ${DAN.srcId} has been merged into ${DAN.keepId}; signing in with ${DAN.keep} now shows SysOps and both Associate certs.

> Will I need the old login for anything?
[Agent] No. It no longer works on its own.

> And the badges?
[Agent] If they haven't shown up on your Credly profile in a few days, reply here.

Marco

${gmailEn('Tue, Jul 14, 2026 at 8:02 AM', `${DAN.en} <${DAN.keep}>`)}
${gt('Any news? My work mailbox closes Friday.\nWill I need the old login for anything?\nAnd the badges?')}`,
  }),
  mk({
    slug: 'dan-credly',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: null,
    note: "AWS's Credly badge (SysOps) issued to the kept address",
    from: CREDLY_AWS,
    to: DAN.keep,
    subject: 'Amazon Web Services Training and Certification sent you a badge',
    date: d('2026-07-16 15:30:02'),
    enc: 'utf8qp',
    text: credlyEnText('Daniel', 'AWS Certified SysOps Administrator – Associate', 'https://www.credly.com/earner/earned/badge/2f8c0d11-6b3e-4a9d-9e51-c0b7a4d3e882'),
    html: `<html><body><p>Hi Daniel,</p><p>Amazon Web Services Training and Certification has issued you a new badge:</p><p><strong>AWS Certified SysOps Administrator – Associate</strong></p><p><a href="https://www.credly.com/earner/earned/badge/2f8c0d11-6b3e-4a9d-9e51-c0b7a4d3e882">Accept your badge</a></p></body></html>`,
  }),
  mk({
    slug: 'dan-autoclose-7',
    kind: 'case_closed',
    lang: 'en',
    caseId: D,
    note: 'reminder: case closes in 7 days unless he replies',
    from: NOREPLY,
    to: DAN.keep,
    subject: `Reminder: case ${D} is awaiting your response`,
    date: d('2026-07-17 00:00:30'),
    text: `Hello,

We're waiting on a reply from you on case ${D}. If we don't hear back within 7 days, the case will close automatically.
You can reopen it later by replying from the AWS Support Center.

Amazon Web Services`,
  }),
  mk({
    slug: 'dan-merged-misaligned',
    kind: 'merge_completed',
    lang: 'en',
    caseId: D,
    trusted: false,
    note: 'completion claim signed only by an unrelated bulk-mail domain, dmarc=fail: untrusted',
    auth: 'misaligned',
    to: DAN.keep,
    subject: caseSubj(D),
    date: d('2026-07-11 04:44:44'),
    text: `Dear customer,

Your certification accounts were merged successfully. Download your updated transcript here:
https://certs-transcript.example.com/dl?case=${D}

AWS Training and Certification`,
  }),
  mk({
    slug: 'dan-confirm-teamlist',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: D,
    forUser: false,
    note: "consent request copied to his former team's list only (none of his addresses): not delivered to him",
    to: 'Cloud Team <cloud-team@firm.example.org>',
    deliveredTo: 'cloud-team@firm.example.org',
    subject: caseSubj(D),
    date: d('2026-07-09 08:04:10'),
    text: `Hello,

This address was listed on the work profile ${DAN.srcId}. We are about to merge it into another profile at the owner's request. The merge cannot be undone; the owner should reply "approved" to continue.

AWS Training and Certification`,
  }),
  mk({
    slug: 'dan-info-xorig',
    kind: 'info_request',
    lang: 'en',
    caseId: D,
    note: 'sent to a list alias, his work address only in X-Original-To; asks which address the certificates should show',
    to: 'Cloud Team <cloud-team@firm.example.org>',
    deliveredTo: null,
    extra: [`X-Original-To: ${DAN.src}`],
    subject: caseSubj(D),
    date: d('2026-07-07 09:45:00'),
    text: `Hi Daniel,

One more thing I forgot in my last note: on the kept profile, should certificates show "Daniel Okoro" or "Daniel Okoro-Ade"? Let me know which spelling you'd like.

Marco`,
  }),
  mk({
    slug: 'dan-refund-closed',
    kind: 'unrelated',
    lang: 'en',
    caseId: CASE.danRefund,
    trap: true,
    note: "his other case, about an exam refund: resolved and closed (names its topic)",
    from: FORM,
    to: DAN.keep,
    subject: `RE:[CASE ${CASE.danRefund}] [AWS Training and Certification Form Submission] - exam-refund`,
    date: d('2026-07-20 09:00:00'),
    text: `Hi Daniel,

Your refund for the cancelled Security Specialty appointment has been completed; it should reach your card in 5-7 business days.
As that resolves your request, I'm closing this case.

Priya
AWS Training and Certification`,
  }),
  mk({
    slug: 'dan-survey',
    kind: 'unrelated',
    lang: 'en',
    caseId: D,
    trap: true,
    note: 'survey: "was your issue resolved?"',
    from: 'AWS Support <aws-support-survey@amazon.com>',
    to: DAN.keep,
    subject: `How did we do? Case ${D}`,
    date: d('2026-07-25 10:00:00'),
    text: `Your case ${D} was recently closed.
Was your issue resolved?  Yes | No
Tell us about your experience - it takes under a minute.`,
  }),

  // ---------------------------------------------------------------- Lena Fischer
  mk({
    slug: 'lena-ack',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: L,
    note: 'form receipt (multipart) with the case number; promises a reply',
    from: FORM,
    to: LENA.keep,
    subject: caseSubjNew(L),
    date: d('2026-08-03 07:22:18'),
    enc: 'utf8qp',
    text: `Hello Lena,

Thank you for contacting AWS Training and Certification. Your request is logged as case ${L}.
Someone from our team will write back — usually within a business day.

Kind regards,
AWS Training and Certification Customer Support`,
    html: `<p>Hello Lena,</p><p>Thank you for contacting AWS Training and Certification. Your request is logged as case <b>${L}</b>.<br>Someone from our team will write back — usually within a business day.</p><p>Kind regards,<br>AWS Training and Certification Customer Support</p>`,
  }),
  mk({
    slug: 'lena-ai-html',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    note: 'HTML-only automated answer recommending the self-service merge',
    from: 'AWS Support <no-reply@support.aws.com>',
    to: LENA.keep,
    subject: 'Here is an answer that may help',
    date: d('2026-08-03 07:19:40'),
    enc: 'utf8b64',
    html: `<html><body>
<p><i>Generated by Amazon Q. Check important details.</i></p>
<p>It sounds like your certifications are split across two profiles. You can usually join them yourself: sign in, open <b>Profile → Merge Accounts</b>, and follow the prompts with your second login.</p>
<p>If both profiles already hold certifications, the tool can’t join them and you’ll need to <a href="https://support.aws.amazon.com/#/contacts/aws-training">create a case</a>.</p>
</body></html>`,
  }),
  mk({
    slug: 'lena-info-outlook',
    kind: 'info_request',
    lang: 'en',
    caseId: L,
    note: 'plain top-posted request: which profile to keep, and the candidate IDs of both',
    to: LENA.keep,
    subject: caseSubj(L),
    date: d('2026-08-04 08:31:12'),
    text: `Hi Lena,

Yes, the two can be brought together. So I pick the right direction: which of the two logins do you want to keep using? And please list the candidate ID of each profile (it's on the profile page, starting "AWS").

Thanks,
Jonas
AWS Training and Certification

${outlookEn(`${LENA.en} <${LENA.keep}>`, 'Monday, August 3, 2026 9:20 AM', FORM_BARE, caseSubjNew(L))}

${lenaForm}`,
  }),
  mk({
    slug: 'lena-info-deep',
    kind: 'info_request',
    lang: 'en',
    caseId: L,
    note: '"see my answers below" top; only the last inline answer asks for the Skill Builder e-mail',
    to: LENA.keep,
    subject: caseSubj(L),
    date: d('2026-08-05 12:02:30'),
    enc: 'utf8qp',
    text: `Hi Lena — see my answers below.

> I'd like to keep ${LENA.keep}.
Great, that’s noted.

> IDs: ${LENA.keepId} (personal) and ${LENA.srcId} (agency).
Both found, thanks.

> Will my Skill Builder progress come along?
Skill Builder is a separate system, so it stays where it is. To check the two aren’t linked in a way that blocks us, could you tell me which email your Skill Builder subscription uses?

Jonas`,
  }),
  mk({
    slug: 'lena-confirm-colour',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: L,
    note: 'multipart; answers in purple between her unmarked lines; the last asks her to agree to the permanent merge',
    to: LENA.keep,
    subject: caseSubj(L),
    date: d('2026-08-06 09:10:45'),
    enc: 'utf8qp',
    text: `Hi Lena, replies in purple.

Skill Builder uses ${LENA.src} as well.
   Thanks, no conflict there.

Is there anything else you need from me?
   Only your go-ahead: ${LENA.srcId} gets merged into ${LENA.keepId} and that can’t be rolled back. Please answer “I agree” if that’s fine.

Jonas`,
    html: `<html><body>
<div style="font-family:Calibri,Arial,sans-serif">Hi Lena, replies in <span style="color:#7030A0">purple</span>.<br><br></div>
${colourInline(
  [
    { q: `Skill Builder uses ${LENA.src} as well.` },
    { a: 'Thanks, no conflict there.' },
    { q: 'Is there anything else you need from me?' },
    { a: `Only your go-ahead: ${LENA.srcId} gets merged into ${LENA.keepId} and that can’t be rolled back. Please answer “I agree” if that’s fine.` },
  ],
  '#7030A0',
)}
<div style="font-family:Calibri,Arial,sans-serif"><br>Jonas</div>
</body></html>`,
  }),
  mk({
    slug: 'lena-dupcases',
    kind: 'support_reply',
    lang: 'en',
    caseId: L,
    trap: true,
    note: '"we merged your duplicate cases": case housekeeping, not the account merge',
    to: LENA.keep,
    subject: caseSubj(L),
    date: d('2026-08-04 08:40:00'),
    text: `Hi Lena,

Quick heads-up: you also wrote to us from ${LENA.src}, which opened a second case. I've merged the two cases so everything sits under ${L}. No need to answer the other thread.

Jonas`,
  }),
  mk({
    slug: 'lena-merged-check',
    kind: 'merge_completed',
    lang: 'en',
    caseId: L,
    note: 'completion with "please check that everything looks right"; Gmail quote of her consent below',
    to: LENA.keep,
    subject: caseSubj(L),
    date: d('2026-08-07 14:26:05'),
    enc: 'utf8b64',
    text: `Hi Lena,

Good news: the agency profile is now part of ${LENA.keepId}. SAA and DVA both appear under ${LENA.keep}.
Could you sign in and check that everything looks right? Vouchers should be visible under Benefits.

Jonas

${gmailEn('Thu, Aug 6, 2026 at 11:40', `${LENA.en} <${LENA.keep}>`)}
> I agree.
> Lena`,
  }),
  mk({
    slug: 'lena-merged-caps',
    kind: 'merge_completed',
    lang: 'en',
    caseId: L,
    note: 'her follow-up questions answered inline in capitals; the first says the merge went through yesterday',
    to: LENA.keep,
    subject: caseSubj(L),
    date: d('2026-08-08 06:30:00'),
    text: `Lena,

> Sorry, did you get my "I agree"? I haven't seen anything change yet.
YES, AND THE MERGE WENT THROUGH YESTERDAY AFTERNOON. PLEASE SIGN OUT AND BACK IN; THE DASHBOARD CACHES THE OLD VIEW.

> Do I need to do anything with the agency login?
NO, IT IS CLOSED NOW.

Jonas`,
  }),
  mk({
    slug: 'lena-badges-arrow',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: L,
    note: 'inline "->" answer: the SAA badge has been moved onto her personal Credly account',
    to: LENA.keep,
    subject: caseSubj(L),
    date: d('2026-08-12 10:04:48'),
    text: `Hi Lena,

> The certs are there, but my SAA badge is still on the agency Credly account.
-> Thanks for flagging it. I've asked Credly to move it and it now shows on the Credly account for ${LENA.keep}. You may need to refresh your profile page.

> Will DVA follow?
-> DVA was already on the personal account, so nothing to move.

Jonas`,
  }),
  mk({
    slug: 'lena-credly-html',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: null,
    note: "HTML-only AWS Credly badge mail for the moved SAA badge",
    from: CREDLY_AWS,
    to: LENA.keep,
    subject: 'Your badge from Amazon Web Services Training and Certification is ready',
    date: d('2026-08-12 10:30:00'),
    enc: 'utf8b64',
    html: `<html><body><p>Hi Lena,</p><p>Amazon Web Services Training and Certification issued you:</p><p><b>AWS Certified Solutions Architect – Associate</b></p><p><a href="https://www.credly.com/earner/earned/badge/8e31a2c4-5d60-4f77-b812-3a9c0d1e4f55">Accept your badge</a></p></body></html>`,
  }),
  mk({
    slug: 'lena-close-inline',
    crlf: false,
    kind: 'case_closed',
    lang: 'en',
    caseId: L,
    note: 'one inline line: nothing else needed, so the case is closed now',
    to: LENA.keep,
    subject: caseSubj(L),
    date: d('2026-08-13 08:00:00'),
    text: `> All sorted, thank you so much!
Glad to hear it, Lena. I'm closing the case now; replying to this email reopens it if anything comes up.

Jonas`,
  }),
  mk({
    slug: 'lena-unable',
    kind: 'support_reply',
    lang: 'en',
    caseId: L,
    trap: true,
    note: '"we are unable to merge" while an exam booking is open on the agency profile; nothing asked of her',
    to: LENA.keep,
    subject: caseSubj(L),
    date: d('2026-08-05 09:00:00'),
    text: `Hi Lena,

Small snag: the agency profile has an upcoming exam booked for 19 August, and we're unable to merge profiles while a booking is open. Once that exam is taken (or you cancel it), we'll pick this up again automatically.

Jonas`,
  }),
  mk({
    slug: 'lena-closed-survey',
    kind: 'case_closed',
    lang: 'en',
    caseId: L,
    note: 'AWS Support notice that the case was closed, with a survey link at the bottom',
    from: NOREPLY,
    to: LENA.keep,
    subject: `Case ${L} has been closed`,
    date: d('2026-08-13 08:05:00'),
    text: `Hello,

Case ${L} has been closed. Thank you for contacting AWS Support.
If you need more help on the same issue, reopen the case within 14 days from the Support Center.

Tell us how we did: https://support.aws.amazon.com/survey?case=${L}`,
  }),

  // ---------------------------------------------------------------- Raj Mehta
  mk({
    slug: 'raj-ack-echo',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: R,
    trap: true,
    note: 'receipt repeating his request; says an agent may ask him to confirm details (but asks nothing now)',
    from: FORM,
    to: enAddr(RAJ),
    subject: caseSubjNew(R),
    date: d('2026-09-01 04:12:30'),
    text: `We have received your message.

Case number: ${R}
Queue: AWS Training and Certification - account assistance

An agent will review your request and may ask you to confirm some details. Replies to this email are added to the case.

Your message:
${rajForm}`,
  }),
  mk({
    slug: 'raj-ack-lookalikesrv',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: R,
    trusted: false,
    note: 'receipt whose topmost Authentication-Results is from a look-alike authserv-id (mx.test.example.mailhub-relay.net): untrusted',
    auth: 'lookalikeServer',
    from: NOREPLY,
    to: RAJ.keep,
    subject: `Case ${R} created`,
    date: d('2026-09-01 04:13:10'),
    text: `Your case ${R} has been created. We'll be in touch.`,
  }),
  mk({
    slug: 'raj-ai-badges',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    trap: true,
    note: 'automated answer that describes what happens after a merge (badges re-issued, vouchers moved)',
    from: NOREPLY,
    to: RAJ.keep,
    subject: 'Automated response: merging certification accounts',
    date: d('2026-09-01 04:05:00'),
    text: `[Automated response]

Q: How do I merge two AWS Certification accounts?

A: Use Profile > Merge Accounts in the certification portal. Once accounts are merged, certifications and benefits appear on the remaining account, and digital badges are re-issued through Credly to the remaining account's email.
If the tool cannot merge your accounts, select "Create case".`,
  }),
  mk({
    slug: 'raj-info-confirmword',
    kind: 'info_request',
    lang: 'en',
    caseId: R,
    trap: true,
    note: '"please confirm the e-mail address you keep" and the candidate ID of the startup account: information, not consent',
    to: RAJ.keep,
    subject: caseSubj(R),
    date: d('2026-09-02 05:20:55'),
    text: `Hello Raj,

Thanks for the details. Please confirm the email address you want to keep (is it ${RAJ.keep}?) and send the candidate ID of the ${RAJ.src} account if you have it.

Aisha
AWS Training and Certification

${origMsg(`${RAJ.en} <${RAJ.keep}>`, 'Tuesday, September 1, 2026 9:40 AM', FORM_BARE, caseSubjNew(R))}

${rajForm}`,
  }),
  mk({
    slug: 'raj-info-green',
    kind: 'info_request',
    lang: 'en',
    caseId: R,
    note: 'HTML-only, answers in green between his lines; asks for a pass date because the ID did not match',
    to: RAJ.keep,
    subject: caseSubj(R),
    date: d('2026-09-03 06:44:00'),
    enc: 'utf8qp',
    html: `<html><body>
<div style="font-family:Arial,sans-serif">Hi Raj — green text is mine.<br><br></div>
${colourInline(
  [
    { q: `Yes, keep ${RAJ.keep}.` },
    { a: 'Noted, thank you.' },
    { q: `The other one should be ${RAJ.srcId}.` },
    { a: 'That ID belongs to a profile registered under a different surname. Which exam did you pass with the startup address, and on what date? That will let me match the right record.' },
  ],
  '#00B050',
)}
<div style="font-family:Arial,sans-serif"><br>Aisha</div>
</body></html>`,
  }),
  mk({
    slug: 'raj-confirm-brackets',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: R,
    note: 'answers in [brackets] under his lines; the final bracket asks him to approve the merge, which is permanent',
    to: RAJ.keep,
    subject: caseSubj(R),
    date: d('2026-09-04 03:30:18'),
    text: `Raj,

> It was the Data Engineer Associate, 12 May 2025.
[Found it - that's ${RAJ.srcId.replace('21', '12')}. The earlier ID had two digits swapped.]

> Sorry for the confusion!
[No problem at all.]

[Last step: ${RAJ.srcId.replace('21', '12')} will be merged into ${RAJ.keepId}. Once done it can't be separated again. Reply "approve" and I'll submit it.]

Aisha`,
  }),
  mk({
    slug: 'raj-escalated',
    kind: 'support_reply',
    lang: 'en',
    caseId: R,
    note: '[Agent] inline answers: approval received, escalated to the specialist queue, no date yet',
    to: RAJ.keep,
    subject: caseSubj(R),
    date: d('2026-09-05 02:10:00'),
    trap: true,
    text: `Hi Raj,

> approve
[Agent] Thank you, recieved.

> Roughly how long will it take? My startup inbox dies on the 30th.
[Agent] I've escalated it to the specialist queue and flagged the deadline. I can't promise a date, but they are usually done within a few days. I'll update you here.

Aisha`,
  }),
  mk({
    slug: 'raj-write-from-keep',
    kind: 'support_reply',
    lang: 'en',
    caseId: R,
    trap: true,
    note: 'asks him to write from the address he keeps, asking for no data; sent to his startup address, which is not one of his monitored addresses (forUser false)',
    to: RAJ.src,
    subject: caseSubj(R),
    date: d('2026-09-02 06:00:00'),
    forUser: false,
    text: `Hi Raj,

Your last note came from ${RAJ.src}. For security, please send future replies on this case from the address you're keeping (${RAJ.keep}). Nothing else is needed for now.

Aisha`,
  }),
  mk({
    slug: 'raj-merged-middle',
    kind: 'merge_completed',
    lang: 'en',
    caseId: R,
    note: 'new text sits between a quote of his nudge and the older thread: the merge is finished',
    to: RAJ.keep,
    subject: caseSubj(R),
    date: d('2026-09-08 08:15:10'),
    text: `> Hi Aisha, any update? Three weeks left on the old mailbox.
> Raj

Hi Raj,

All done - the Data Engineer record now lives on ${RAJ.keepId} together with your other certifications. You can let the startup mailbox go.

Aisha

${gmailEn('Mon, Sep 7, 2026 at 10:02 PM', `${RAJ.en} <${RAJ.keep}>`)}
> Hi Aisha, any update? Three weeks left on the old mailbox.
>
${gmailEn('Sat, Sep 5, 2026 at 7:40 AM', `AWS Training and Certification <${FORM_BARE}>`)}
>> [Agent] I've escalated it to the specialist queue and flagged the deadline.`,
  }),
  mk({
    slug: 'raj-merged-resent',
    kind: 'merge_completed',
    lang: 'en',
    caseId: R,
    forUser: false,
    note: 'a copy of the completion notice redirected from the startup mailbox (Resent-*): not delivered to him directly',
    to: RAJ.src,
    subject: caseSubj(R),
    date: d('2026-09-08 08:15:30'),
    resent: { from: 'postmaster@startup.example.io', to: RAJ.keep, date: d('2026-09-08 08:16:02') },
    text: `Hi Raj,

Confirming here as well: the merge into ${RAJ.keepId} is complete.

Aisha`,
  }),
  mk({
    slug: 'raj-credly-fail',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: null,
    trusted: false,
    note: 'AWS badge notice via Credly, but dmarc=fail on the receiving server: untrusted',
    auth: 'fail',
    from: CREDLY_AWS,
    to: RAJ.keep,
    subject: 'Amazon Web Services Training and Certification sent you a badge',
    date: d('2026-09-09 11:00:00'),
    text: credlyEnText('Raj', 'AWS Certified Data Engineer - Associate', 'https://www.credly.com/earner/earned/badge/c1d2e3f4-0a1b-4c2d-9e8f-123456789abc'),
  }),
  mk({
    slug: 'raj-badges-close',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: R,
    note: 'support moved the Credly badges to the kept account and closes the case with it',
    to: RAJ.keep,
    subject: caseSubj(R),
    date: d('2026-09-10 05:05:05'),
    text: `Hi Raj,

Your Data Engineer and Developer badges have been transferred to the Credly account for ${RAJ.keep}, so everything is in one place now. I'll close this case; reply if anything looks off.

Aisha

> The badges are still on the old address, can you help?`,
  }),
  mk({
    slug: 'raj-close-restate',
    kind: 'case_closed',
    lang: 'en',
    caseId: R,
    trap: true,
    note: 'closing notice that only restates the earlier merge ("as merged on 8 September")',
    to: RAJ.keep,
    subject: caseSubj(R),
    date: d('2026-09-18 01:00:00'),
    text: `Hello Raj,

As your profiles were merged on 8 September and we haven't heard from you since, we are closing this case.

AWS Training and Certification`,
  }),
  mk({
    slug: 'raj-close-lookalike',
    kind: 'case_closed',
    lang: 'en',
    caseId: R,
    trusted: false,
    note: 'closure notice from support.aws.com.verify-case.net (look-alike of support.aws.com): untrusted',
    from: 'AWS Support <no-reply@support.aws.com.verify-case.net>',
    to: RAJ.keep,
    subject: `Your case ${R} has been closed`,
    date: d('2026-09-18 03:00:00'),
    text: `Your case ${R} has been closed. To keep your certifications active, verify your identity within 48 hours:
https://support.aws.com.verify-case.net/verify`,
  }),
  mk({
    slug: 'raj-mixed-posting',
    kind: 'support_reply',
    lang: 'en',
    caseId: R,
    trap: true,
    note: 'thread mixing top- and bottom-posting; the new bottom-posted text says work is still in progress',
    to: RAJ.keep,
    subject: caseSubj(R),
    date: d('2026-09-06 09:20:00'),
    text: `${gmailEn('Sun, Sep 6, 2026 at 6:10 AM', `${RAJ.en} <${RAJ.keep}>`)}
> Any chance this is done? (my reply is on top, sorry)
>
> ${gmailEn('Sat, Sep 5, 2026 at 7:40 AM', `AWS Training and Certification <${FORM_BARE}>`)}
>> [Agent] I've escalated it to the specialist queue and flagged the deadline.

Not yet, Raj - the specialist team has it and is working through this week's merges. Your deadline is noted on the case.

Aisha`,
  }),

  // ---------------------------------------------------------------- other English mail
  mk({
    slug: 'ai-qa-inline',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    note: 'generated answer laid out under his quoted question',
    from: NOREPLY,
    to: DAN.src,
    subject: 'Answer to your question',
    date: d('2026-07-06 13:40:00'),
    text: `> Can I move my certifications from my work account to my personal one?

Suggested answer (AI generated):
Yes, in many cases. Sign in to the account you want to keep and choose Merge Accounts in your profile. If both accounts show certification history, the tool will stop and ask you to contact support.

Did this answer your question? Yes / No`,
  }),
  mk({
    slug: 'ai-support-aws',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    note: 'automated help-center suggestion (support.aws.com) listing self-service steps',
    from: 'AWS Support <no-reply@support.aws.com>',
    to: RAJ.keep,
    subject: 'Before you create a case',
    date: d('2026-09-01 04:02:00'),
    enc: 'utf8qp',
    text: `Based on what you typed, this might solve it right away:

“Merge Accounts” in your certification profile joins two profiles when only one of them holds certifications.

Not what you need? Continue to create a case and a person will help.`,
  }),
  mk({
    slug: 'info-phish-freemail',
    kind: 'info_request',
    lang: 'en',
    caseId: D,
    trusted: false,
    note: 'asks for both passwords; sent from a free-mail address with a support display name: untrusted',
    from: 'AWS Training and Certification <aws-cert-support@freemail.example>',
    to: DAN.keep,
    subject: caseSubj(D),
    date: d('2026-07-08 03:03:03'),
    text: `Dear Daniel,

To finish your merge we need the password of both accounts and a photo of your ID. Reply to this message with them.

AWS Training and Certification`,
  }),
  mk({
    slug: 'certmetrics-merged',
    kind: 'merge_completed',
    lang: 'en',
    caseId: null,
    trusted: false,
    note: 'portal-style merge notice from certmetrics.com, which is not one of the trusted domains',
    from: 'AWS Certification <noreply@certmetrics.com>',
    to: LENA.keep,
    subject: 'Your AWS Certification accounts have been merged',
    date: d('2026-08-07 14:00:00'),
    text: `Dear Lena Fischer,

The accounts you requested have been merged. Sign in with ${LENA.keep} to see your certifications.

AWS Certification Program`,
  }),
  mk({
    slug: 'badges-future-dkim',
    kind: 'support_reply',
    lang: 'en',
    caseId: L,
    trap: true,
    note: 'aligned DKIM only (support.aws.com): says badges usually follow a merge; nothing has moved yet',
    auth: 'dkimonly',
    from: 'AWS Training and Certification <cases@support.aws.com>',
    to: LENA.keep,
    subject: caseSubj(L),
    date: d('2026-08-04 12:00:00'),
    text: `Hi Lena,

To answer your side question: badges normally follow once the profiles are merged, but sometimes need a nudge from us. We haven't started the merge yet; I'll let you know.

Jonas`,
  }),

  // ---------------------------------------------------------------- unrelated English mail
  mk({
    slug: 'hashicorp-credly',
    crlf: false,
    kind: 'unrelated',
    lang: 'en',
    caseId: null,
    trap: true,
    note: 'Credly badge from HashiCorp, not AWS',
    from: 'HashiCorp via Credly <admin@credly.com>',
    to: RAJ.keep,
    subject: 'HashiCorp sent you a badge',
    date: d('2026-09-12 16:00:00'),
    text: `Hi Raj,

HashiCorp has issued you a new badge: HashiCorp Certified: Terraform Associate (003).

Accept your badge: https://www.credly.com/earner/earned/badge/ab12cd34-5678-4ef0-9abc-def012345678`,
  }),
  mk({
    slug: 'credly-merge-code-en',
    kind: 'unrelated',
    lang: 'en',
    caseId: null,
    trap: true,
    note: "Credly's own account-merge code",
    from: 'Credly <admin@credly.com>',
    to: LENA.keep,
    subject: 'Complete your Credly account merge',
    date: d('2026-08-12 09:00:00'),
    text: `Hi Lena,

Someone asked to merge another Credly account into yours. Enter this code to complete the merge: 730 118

If this wasn't you, ignore this email.`,
  }),
  mk({
    slug: 'agent-ooo',
    kind: 'unrelated',
    lang: 'en',
    caseId: R,
    trap: true,
    note: "the agent's out-of-office auto-reply, mentions the case",
    from: 'Aisha Rahman <aisharah@amazon.com>',
    to: RAJ.keep,
    subject: `Automatic reply: ${caseSubj(R)}`,
    date: d('2026-09-07 22:02:00'),
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `I'm out of the office until 14 September with limited access to email.
Your message about case ${R} has been received by the team queue and another agent can help.`,
  }),
  mk({
    slug: 'billing-complete',
    kind: 'unrelated',
    lang: 'en',
    caseId: null,
    trap: true,
    note: 'AWS billing: payment completed (nothing to do with the certification merge)',
    from: 'AWS Billing <no-reply-billing@aws.amazon.com>',
    to: DAN.keep,
    subject: 'Your AWS payment has been completed',
    date: d('2026-07-03 12:00:00'),
    text: `Hello,

Your payment of USD 14.23 for invoice 2197704351 has been completed. Thank you.

Amazon Web Services`,
  }),
  mk({
    slug: 'colleague-inline',
    kind: 'unrelated',
    lang: 'en',
    caseId: D,
    trusted: false,
    trap: true,
    note: "a former colleague's inline reply about the merge; not support mail",
    from: 'Hannah Weiss <h.weiss@firm.example.org>',
    to: DAN.src,
    subject: `Re: Fwd: ${caseSubj(D)}`,
    date: d('2026-07-14 16:00:00', '+0200'),
    text: `Dan,

> Support says the merge is done, so you can drop me from the cert tracker.
Nice! Removed you from the tracker.

> Can you double-check the team list doesn't get AWS mail for me anymore?
Will do tomorrow.

H.`,
  }),
  mk({
    slug: 'skillbuilder-done',
    kind: 'unrelated',
    lang: 'en',
    caseId: null,
    trap: true,
    note: 'Skill Builder course completion notice',
    from: 'AWS Skill Builder <no-reply@aws.training>',
    to: LENA.keep,
    subject: "You've completed Exam Prep: AWS Certified Developer - Associate",
    date: d('2026-08-20 10:00:00'),
    text: `Congratulations, Lena!

You've completed the course "Exam Prep: AWS Certified Developer - Associate". Your transcript has been updated.`,
  }),
  mk({
    slug: 'dan-fwd-self',
    kind: 'unrelated',
    lang: 'en',
    caseId: D,
    trusted: false,
    trap: true,
    note: "Dan forwards the completion to his own work address: his mail, not support's",
    from: enAddr(DAN),
    to: DAN.src,
    subject: `Fwd: ${caseSubj(D)}`,
    date: d('2026-07-14 09:20:00', '-0400'),
    text: `Saving this for records before the work mailbox closes.

---------- Forwarded message ---------
From: AWS Training and Certification <${FORM_BARE}>
Date: Tue, Jul 14, 2026 at 9:05 AM
Subject: ${caseSubj(D)}
To: ${DAN.keep}

[Agent] Yes - the records team finished this morning. ${DAN.srcId} has been merged into ${DAN.keepId}.`,
  }),
  mk({
    slug: 'raj-confirm-deep',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: R,
    note: '"answers below" top; after two factual answers, the last inline answer asks him to approve the merge',
    to: RAJ.keep,
    subject: caseSubj(R),
    date: d('2026-09-04 10:02:00'),
    enc: 'utf8b64',
    text: `Raj — answers below, plus one thing I need from you.

> Will my Data Engineer expiry date change?
It won’t; it stays three years from your pass date.

> Does the voucher from the startup account come along?
Yes, unused benefits move with the certifications.

> So are we good to go?
Nearly. I didn’t see an explicit approval in your last note. Since the merge can’t be reversed, please reply with “approve” (or tell me to stop) and I’ll submit it.

Aisha`,
  }),
  mk({
    slug: 'dan-resolved',
    kind: 'case_closed',
    lang: 'en',
    caseId: D,
    note: 'AWS Support status mail: the case was resolved',
    from: NOREPLY,
    to: DAN.keep,
    subject: `Case ${D} resolved`,
    date: d('2026-07-24 00:00:10'),
    text: `Hello,

Case ${D} has been marked as resolved. If something still isn't right, reply within 14 days to reopen it.

Amazon Web Services Support`,
  }),

  mk({
    slug: 'dan-ai-inline',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    trap: true,
    note: 'automated assistant answering his form text line by line; explains the merge path, promises nothing',
    from: NOREPLY,
    to: DAN.keep,
    subject: 'Amazon Q: answers to your question',
    date: d('2026-07-06 13:59:30'),
    crlf: false,
    text: `Amazon Q (automated) - here is what I found for each part of your question.

> The self-service merge page says it can't merge because both have certifications.
That is expected: the Merge Accounts tool only works when one profile has no certification history. Choose "Create case" and an agent can merge them for you.

> will my 50% voucher survive
Unused benefits normally move to the remaining profile after a merge.

> what happens to my Credly badges?
Badges are usually re-issued to the remaining profile's email once a merge is completed.

This response was generated by AI and may contain mistakes.`,
  }),

];
