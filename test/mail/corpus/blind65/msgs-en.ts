// Set bl, English: the support case's own mail.
import type { Msg } from './lib.js';
import {
  CASE,
  CREDLY_AWS,
  FISCHER,
  FISCHER_REQ,
  FORM,
  FORM_TC,
  NOREPLY,
  OKAFOR,
  OKAFOR_REQ,
  PORTAL,
  SUPPORT_AWS,
  JSMITH,
  cd,
  formSubject,
  formSubject0,
  gmailEn,
  htmlDoc,
  mk,
  origMsg,
  outlookEn,
  paras,
  pd,
  quote,
  ref,
  sfQuote,
  ud,
} from './common.js';

const D = `${OKAFOR.en} <${OKAFOR.keep}>`;
const Dsrc = `Dan Okafor <${OKAFOR.src}>`;
const L = `${FISCHER.en} <${FISCHER.keep}>`;
const Lsrc = `Lena Fischer <${FISCHER.src}>`;

export const EN_CASE: Msg[] = [
  // ------------------------------------------------------------ acknowledgement (6)
  mk({
    slug: 'ack-okafor',
    kind: 'acknowledgement',
    lang: 'en',
    note: 'automatic receipt, case ID in subject',
    caseId: CASE.okafor,
    from: NOREPLY,
    to: D,
    subject: `We've received your request [Case ID ${CASE.okafor}]`,
    date: pd('2026-01-26 18:03:11'),
    enc: 'ascii7',
    text: `Hello Daniel,

Thanks for reaching out to AWS Training and Certification. Your request is logged as case ${CASE.okafor}.
A member of our team typically responds within one business day at the email address you provided.

Opening another case for the same question will not speed things up - it may slow the response.
To add details, just reply to this message.

This mailbox is not monitored.
Amazon Web Services`,
  }),
  mk({
    slug: 'ack-fischer-html',
    kind: 'acknowledgement',
    lang: 'en',
    note: 'HTML-only receipt with case number in a table',
    caseId: CASE.fischer,
    from: SUPPORT_AWS,
    to: L,
    subject: 'Your AWS Support case has been created',
    date: cd('2026-06-08 09:44:02'),
    enc: 'utf8qp',
    html: htmlDoc(
      `<p>Hi Lena,</p>
<p>We&#8217;ve got your message. Here are the details:</p>
<table cellpadding="4"><tr><td>Case</td><td>${CASE.fischer}</td></tr><tr><td>Subject</td><td>Account assistance</td></tr><tr><td>Status</td><td>Unassigned</td></tr></table>
<p>You&#8217;ll hear from an agent soon.</p>
<p>&mdash; AWS Support</p>`,
      'AWS Support',
    ),
  }),
  mk({
    slug: 'ack-fail-dmarc',
    kind: 'acknowledgement',
    lang: 'en',
    trusted: false,
    note: 'receipt with dmarc=fail on the topmost verdict; untrusted',
    caseId: CASE.okafor,
    from: NOREPLY,
    to: D,
    subject: `We've received your request [Case ID ${CASE.okafor}]`,
    date: pd('2026-01-26 19:12:00'),
    enc: 'ascii7',
    auth: 'fail',
    text: `Hello,

Case ${CASE.okafor} has been received. An agent will contact you soon.

Amazon Web Services`,
  }),
  mk({
    slug: 'ack-okafor2-notopic',
    kind: 'acknowledgement',
    lang: 'en',
    note: 'receipt of a second case that says nothing of its topic; read as a receipt',
    caseId: CASE.okafor2,
    from: NOREPLY,
    to: D,
    subject: `Case ${CASE.okafor2} received`,
    date: pd('2026-01-29 07:20:45'),
    enc: 'utf8qp',
    text: `Hi there,

We got it. Your reference is ${CASE.okafor2}.
Expect a reply from us within 24 hours.

Amazon Web Services`,
  }),
  mk({
    slug: 'ack-fischer-dkimonly',
    kind: 'acknowledgement',
    lang: 'en',
    note: 'form-submission echo with an aligned DKIM pass only',
    caseId: CASE.fischer,
    from: FORM_TC,
    to: L,
    subject: formSubject0(CASE.fischer),
    date: cd('2026-06-08 09:44:30'),
    enc: 'utf8b64',
    auth: 'dkimonly',
    text: `Thank you for contacting AWS Training and Certification.
This is a copy of what you submitted. Case: ${CASE.fischer}

Name: Lena Fischer
Candidate ID: ${FISCHER.keepId}
Inquiry: Certification > Account assistance
Message:
${FISCHER_REQ}

Please do not create a new case for this request.`,
  }),
  mk({
    slug: 'ack-okafor-cc-old',
    kind: 'acknowledgement',
    lang: 'en',
    note: 'receipt addressed to the old work address, personal address in Cc',
    caseId: CASE.okafor,
    from: NOREPLY,
    to: Dsrc,
    cc: D,
    subject: `Case ${CASE.okafor}: thank you for contacting us`,
    date: pd('2026-01-26 18:03:15'),
    enc: 'utf8b64',
    text: `Hello Daniel,

A support case (${CASE.okafor}) was opened on your behalf. We'll be in touch soon.

Amazon Web Services`,
  }),

  // ------------------------------------------------------------ ai_answer (6)
  mk({
    slug: 'ai-okafor',
    kind: 'ai_answer',
    lang: 'en',
    note: 'generated suggestion to use the Merge Accounts tool',
    caseId: null,
    from: NOREPLY,
    to: D,
    subject: 'Suggested answer for your question',
    date: pd('2026-01-26 18:01:40'),
    enc: 'ascii7',
    text: `This answer was generated automatically and may not be accurate.

To combine two AWS Certification accounts:
1. Sign in to the account you want to keep.
2. Open Profile > Merge Accounts.
3. Enter the email of the other account and the code we send to it.

If both accounts have certification history the tool may not complete the request; in that case choose "Create case" to reach an agent.`,
  }),
  mk({
    slug: 'ai-fischer-alt',
    kind: 'ai_answer',
    lang: 'en',
    trap: true,
    note: 'automated answer that explains where benefits and badges end up after a merge',
    caseId: null,
    from: SUPPORT_AWS,
    to: L,
    subject: 'AWS Support: here is what we found',
    date: cd('2026-06-08 09:42:00'),
    enc: 'utf8qp',
    text: `Hi Lena,

Our virtual assistant found this in the AWS Certification FAQs:

"After two accounts are merged, your exam history, certifications and unused benefits appear in the account you kept. Digital badges are managed by Credly; merge first, then claim the badges on Credly."

Still need help? Reply "agent" or open a case.`,
    html: htmlDoc(
      paras(`Hi Lena,

Our virtual assistant found this in the AWS Certification FAQs:

"After two accounts are merged, your exam history, certifications and unused benefits appear in the account you kept. Digital badges are managed by Credly; merge first, then claim the badges on Credly."

Still need help? Reply "agent" or open a case.`),
    ),
  }),
  mk({
    slug: 'ai-lookalike-domain',
    kind: 'ai_answer',
    lang: 'en',
    trusted: false,
    note: 'automated merge-tool suggestion from aws-certification-help.com (not a trusted domain)',
    caseId: null,
    from: 'AWS Certification Assistant <assistant@aws-certification-help.com>',
    to: D,
    subject: 'Automated answer: merging certification accounts',
    date: pd('2026-01-26 20:00:00'),
    enc: 'ascii7',
    text: `Automated reply.

You can merge accounts yourself with the Merge Accounts tool. Sign in here to start:
https://aws-certification-help.com/merge`,
  }),
  mk({
    slug: 'ai-okafor-oncase',
    kind: 'ai_answer',
    lang: 'en',
    note: 'auto-generated first response posted on the case itself',
    caseId: CASE.okafor2,
    from: FORM_TC,
    to: D,
    subject: formSubject(CASE.okafor2),
    date: pd('2026-01-29 07:21:30'),
    enc: 'utf8b64',
    text: `[Automated response]

Based on the details you entered, you may be able to resolve this without an agent.
Most duplicate-profile situations can be handled from Profile > Merge Accounts in the certification portal.

If that works, you don't need to reply. If not, an agent will pick up this case.`,
  }),
  mk({
    slug: 'ai-fischer-builder',
    kind: 'ai_answer',
    lang: 'en',
    note: 'AI answer about Builder ID login and email changes',
    caseId: null,
    from: NOREPLY,
    to: L,
    subject: 'Answer generated for: "change email on certification account"',
    date: cd('2026-06-08 09:40:12'),
    enc: 'utf8b64',
    text: `Hi,

Generated response (AI):
The email on an AWS Certification account cannot be edited directly. Create an AWS Builder ID with the new address, sign in to the certification portal with it, and use the Merge Accounts option to bring in the older profile. A verification code is sent to the older address.

Was this helpful? Yes / No`,
  }),
  mk({
    slug: 'ai-okafor-mobile',
    kind: 'ai_answer',
    lang: 'en',
    note: 'plain automated answer, short, with a footer line from the assistant',
    caseId: null,
    from: NOREPLY,
    to: D,
    subject: 'Re: merge two cert accounts?',
    date: pd('2026-01-25 22:11:09'),
    enc: 'ascii7',
    text: `Automated answer:
Use "Merge Accounts" under your certification profile. You'll need access to both email inboxes.
Can't use the tool? Create a case and a person will follow up.

-- Generated by the AWS Support assistant`,
  }),

  // ------------------------------------------------------------ info_request (6)
  mk({
    slug: 'info-okafor',
    kind: 'info_request',
    lang: 'en',
    note: 'agent asks for both candidate IDs and the login emails',
    caseId: CASE.okafor,
    from: FORM_TC,
    to: D,
    subject: formSubject(CASE.okafor),
    date: pd('2026-01-27 10:15:00'),
    enc: 'ascii7',
    text: `Hello Daniel,

My name is Priyanka and I'll be looking after your request.

To move forward I need a few things from each profile: the candidate ID (begins with "AWS"), the login email and the email where certification notices are sent. Please also tell me which profile should remain.

Best regards,
Priyanka
AWS Training and Certification Customer Support

${ref('02oka')}

${sfQuote(OKAFOR.keep, '1/26/2026 6:03 PM', `[CASE ${CASE.okafor}] account-assistance`, OKAFOR_REQ)}`,
  }),
  mk({
    slug: 'info-fischer-confirmword',
    kind: 'info_request',
    lang: 'en',
    trap: true,
    note: '"confirm the address" asks for information, not consent',
    caseId: CASE.fischer,
    from: FORM_TC,
    to: L,
    subject: formSubject(CASE.fischer),
    date: cd('2026-06-09 14:02:19'),
    enc: 'utf8qp',
    text: `Hi Lena,

Thanks for the details. Could you confirm the email address you'd like to keep signing in with? Your message lists ${FISCHER.keep}, but the candidate ID ${FISCHER.keepId} is registered to a different notification address.

Kind regards,
Tomás
AWS T&C Support

${gmailEn('Mon, Jun 8, 2026 at 9:44 AM', L, FISCHER_REQ)}`,
  }),
  mk({
    slug: 'info-okafor-implicit',
    kind: 'info_request',
    lang: 'en',
    note: 'request phrased as what is missing ("we still need")',
    caseId: CASE.okafor,
    from: FORM_TC,
    to: D,
    subject: formSubject(CASE.okafor),
    date: pd('2026-01-28 09:03:44'),
    enc: 'utf8b64',
    text: `Daniel,

Appreciate the quick turnaround. We still need the pass dates for the two certifications on ${OKAFOR.srcId}; without them the certification team won't accept the request.

Priyanka

${outlookEn(D, 'Tuesday, January 27, 2026 8:40 PM', FORM, `RE: ${formSubject(CASE.okafor)}`, `Keep: ${OKAFOR.keepId} / ${OKAFOR.keep}
Old: ${OKAFOR.srcId} / ${OKAFOR.src}
Dan`)}`,
  }),
  mk({
    slug: 'info-misaligned',
    kind: 'info_request',
    lang: 'en',
    trusted: false,
    note: 'request for IDs with DKIM from an unrelated bulk domain and dmarc=fail; untrusted',
    caseId: CASE.fischer,
    from: FORM_TC,
    to: L,
    subject: formSubject(CASE.fischer),
    date: cd('2026-06-09 02:30:00'),
    enc: 'ascii7',
    auth: 'misaligned',
    text: `Dear customer,

Please send both candidate IDs and a photo of your ID card by replying to this email so we can merge your accounts.

AWS Support`,
  }),
  mk({
    slug: 'info-fischer-voucher-mixed',
    kind: 'info_request',
    lang: 'en',
    note: 'asks for the voucher number on the old account before merging; benefit words around a real request',
    caseId: CASE.fischer,
    from: FORM_TC,
    to: L,
    subject: formSubject(CASE.fischer),
    date: cd('2026-06-10 11:27:05'),
    enc: 'utf8b64',
    text: `Hello Lena,

Regarding the exam benefit you mentioned: benefits usually carry over, but to be safe please send me the benefit/voucher code shown under Benefits on ${FISCHER.srcId}, along with its expiry date. Once I have that I'll prepare the merge.

Tomás`,
  }),
  mk({
    slug: 'info-okafor-bottompost',
    kind: 'info_request',
    lang: 'en',
    note: 'bottom-posted under an Original Message block: asks which account to keep',
    caseId: CASE.okafor,
    from: FORM_TC,
    to: Dsrc,
    cc: D,
    subject: formSubject(CASE.okafor),
    date: pd('2026-01-27 16:48:21'),
    enc: 'ascii7',
    text: `${origMsg(Dsrc, 'Tuesday, January 27, 2026 4:10 PM', FORM, `RE: ${formSubject(CASE.okafor)}`, `Hi, I'm writing from my old work address since I still have access for a few days. Sorry for the confusion. Dan`)}

----
Hi Dan - no problem. Just to be sure before anything is touched: which of the two should survive, ${OKAFOR.keep} or ${OKAFOR.src}? Let me know and I'll continue.
Priyanka`,
  }),

  // ------------------------------------------------------------ confirmation_request (6)
  mk({
    slug: 'conf-okafor',
    kind: 'confirmation_request',
    lang: 'en',
    note: 'asks for explicit consent before an irreversible merge',
    caseId: CASE.okafor,
    from: FORM_TC,
    to: D,
    subject: formSubject(CASE.okafor),
    date: pd('2026-01-28 15:30:00'),
    enc: 'ascii7',
    text: `Hello Daniel,

Thank you, I have everything I need. Before I submit this, please note:

- ${OKAFOR.srcId} will be merged into ${OKAFOR.keepId}
- the old profile will be deactivated
- this cannot be reversed

Please reply to this email to confirm you want to proceed.

Priyanka`,
  }),
  mk({
    slug: 'conf-fischer-nophrase',
    kind: 'confirmation_request',
    lang: 'en',
    note: 'consent asked as "reply YES", without the word confirm',
    caseId: CASE.fischer,
    from: FORM_TC,
    to: L,
    subject: formSubject(CASE.fischer),
    date: cd('2026-06-11 10:00:41'),
    enc: 'utf8qp',
    text: `Hi Lena,

Benefit code noted, it will travel with the rest of your record.
The merge of ${FISCHER.srcId} into ${FISCHER.keepId} is permanent. If you're happy for me to go ahead, a one-word "Yes" in reply is enough.

Tomás`,
  }),
  mk({
    slug: 'conf-okafor-alt-agent2',
    kind: 'confirmation_request',
    lang: 'en',
    note: 'a second agent re-asks for approval; multipart',
    caseId: CASE.okafor,
    from: FORM_TC,
    to: D,
    subject: formSubject(CASE.okafor),
    date: pd('2026-01-30 08:12:34'),
    enc: 'utf8b64',
    text: `Hi Daniel,

I'm following up for Priyanka, who is out today. We haven't seen your approval yet.
Do we have your go-ahead to merge the old employer profile into ${OKAFOR.keep}? Once merged, it can't be split again.

Thanks,
Marcus`,
    html: htmlDoc(
      paras(`Hi Daniel,

I'm following up for Priyanka, who is out today. We haven't seen your approval yet.
Do we have your go-ahead to merge the old employer profile into ${OKAFOR.keep}? Once merged, it can't be split again.

Thanks,
Marcus`),
    ),
  }),
  mk({
    slug: 'conf-forged-phish',
    kind: 'confirmation_request',
    lang: 'en',
    trusted: false,
    note: 'consent request from amazon.com.case-review.net (look-alike subdomain trick)',
    caseId: CASE.okafor,
    from: 'AWS Training and Certification <support@amazon.com.case-review.net>',
    to: D,
    subject: formSubject(CASE.okafor),
    date: pd('2026-01-28 16:00:00'),
    enc: 'ascii7',
    text: `Hello,

Your merge is ready. Click to approve within 24 hours, this action cannot be undone:
https://amazon.com.case-review.net/approve/${CASE.okafor}`,
  }),
  mk({
    slug: 'conf-fischer-quoted',
    kind: 'confirmation_request',
    lang: 'en',
    note: 'consent request above a Gmail-quoted user message that itself talks about the merge',
    caseId: CASE.fischer,
    from: FORM_TC,
    to: L,
    subject: formSubject(CASE.fischer),
    date: cd('2026-06-10 16:45:00'),
    enc: 'utf8b64',
    text: `Hi Lena,

Thanks - everything matches now. Please confirm that you agree to merge the two profiles. The action is final.

Tomás

${gmailEn('Wed, Jun 10, 2026 at 3:10 PM', L, `The code is BNF-50-22817, expires 2026-11-30. When the merge is done, will it show on the new account?`)}`,
  }),
  mk({
    slug: 'conf-okafor-typo',
    kind: 'confirmation_request',
    lang: 'en',
    note: 'consent request with typos and no greeting',
    caseId: CASE.okafor,
    from: FORM,
    to: D,
    subject: formSubject(CASE.okafor),
    date: pd('2026-01-29 11:02:12'),
    enc: 'ascii7',
    text: `Daniel - all set on our end exept your ok. Merging is permanant. Reply to let us know you agree and we'll start it today.
Priyanka`,
  }),

  // ------------------------------------------------------------ merge_completed (7)
  mk({
    slug: 'mc-okafor',
    kind: 'merge_completed',
    lang: 'en',
    note: 'support: the profiles have been merged',
    caseId: CASE.okafor,
    from: FORM_TC,
    to: D,
    subject: formSubject(CASE.okafor),
    date: pd('2026-01-31 13:20:09'),
    enc: 'ascii7',
    text: `Hello Daniel,

Good news: ${OKAFOR.srcId} has been merged into ${OKAFOR.keepId}. Your Solutions Architect Associate and Security Specialty now appear under ${OKAFOR.keep}.

Please allow up to 24 hours for the portal to refresh.

Priyanka

${quote(`Yes, please proceed.\nDan`)}`,
  }),
  mk({
    slug: 'mc-portal-en',
    kind: 'merge_completed',
    lang: 'en',
    note: 'certification portal notice: accounts merged (no case ID)',
    caseId: null,
    from: PORTAL,
    to: L,
    subject: 'Your AWS Certification accounts have been merged',
    date: cd('2026-06-12 06:00:14'),
    enc: 'utf8qp',
    html: htmlDoc(
      `<p>Hello Lena,</p>
<p>The AWS Certification account <b>${FISCHER.srcId}</b> has been merged into <b>${FISCHER.keepId}</b>.</p>
<p>Sign in with ${FISCHER.keep} to see your certifications, exam history and benefits.</p>
<p>If you did not request this change, contact AWS Training and Certification Support.</p>`,
      'AWS Certification',
    ),
  }),
  mk({
    slug: 'mc-fischer-andclose',
    kind: 'merge_completed',
    lang: 'en',
    note: 'merge done and the case will now be closed (completion is the new fact)',
    caseId: CASE.fischer,
    from: FORM_TC,
    to: L,
    subject: formSubject(CASE.fischer),
    date: cd('2026-06-11 17:31:00'),
    enc: 'utf8b64',
    text: `Hi Lena,

Done - both profiles are now one, under ${FISCHER.keepId}. Your 50% benefit is listed there as well.
Since nothing else is open, I'll close this case now. Reply if anything looks off.

Tomás`,
  }),
  mk({
    slug: 'mc-okafor-checkall',
    kind: 'merge_completed',
    lang: 'en',
    note: 'completion + "please check all looks right"',
    caseId: CASE.okafor,
    from: FORM_TC,
    to: D,
    subject: formSubject(CASE.okafor),
    date: pd('2026-01-31 13:25:40'),
    enc: 'utf8qp',
    text: `Daniel,

One more note from me: the merge went through cleanly on our side. Could you sign in and check that both certifications and your exam history look right? Credly badges can take a little longer.

Priyanka`,
  }),
  mk({
    slug: 'mc-forged-credly-lookalike',
    kind: 'merge_completed',
    lang: 'en',
    trusted: false,
    note: 'merge notice claiming to be the portal from aws-training.co (look-alike)',
    caseId: null,
    from: 'AWS Certification <no-reply@aws-training.co>',
    to: D,
    subject: 'Your AWS Certification accounts have been merged',
    date: pd('2026-01-30 02:02:02'),
    enc: 'ascii7',
    text: `Your accounts have been merged. Verify your login within 48 hours to keep your certifications:
https://aws-training.co/verify`,
  }),
  mk({
    slug: 'mc-fischer-mobile',
    kind: 'merge_completed',
    lang: 'en',
    note: 'short completion sent from a phone, quoted thread below',
    caseId: CASE.fischer,
    from: FORM_TC,
    to: L,
    subject: formSubject(CASE.fischer),
    date: cd('2026-06-11 17:02:00'),
    enc: 'utf8qp',
    text: `Lena - merged just now. Details follow in a separate note.
T.

${gmailEn('Thu, Jun 11, 2026 at 10:12 AM', L, 'Yes')}`,
  }),
  mk({
    slug: 'mc-okafor-other-person-cc',
    kind: 'merge_completed',
    lang: 'en',
    note: "completion where the user's manager is in To and the user is Cc",
    caseId: CASE.okafor,
    from: FORM_TC,
    to: JSMITH,
    cc: D,
    subject: formSubject(CASE.okafor),
    date: pd('2026-01-31 14:00:00'),
    enc: 'ascii7',
    rcpt: OKAFOR.keep,
    text: `Hello Jordan, hello Daniel,

As requested, copying Jordan: Daniel's two AWS Certification accounts were merged today; ${OKAFOR.keepId} is the surviving account.

Priyanka`,
  }),

  // ------------------------------------------------------------ badges_transferred (6)
  mk({
    slug: 'bt-credly-okafor',
    kind: 'badges_transferred',
    lang: 'en',
    note: 'AWS badge issued via Credly to the kept address after the merge',
    caseId: null,
    from: CREDLY_AWS,
    to: D,
    subject: 'Amazon Web Services Training and Certification sent you a new badge',
    date: pd('2026-02-02 04:12:00'),
    enc: 'utf8qp',
    html: htmlDoc(
      `<p>Daniel, congratulations!</p>
<p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Security – Specialty</b> badge.</p>
<p><a href="https://www.credly.com/earner/earned/badge/9f0a1b2c">Accept your badge</a></p>
<p>Sent to ${OKAFOR.keep}</p>`,
      'Credly',
    ),
  }),
  mk({
    slug: 'bt-support-fischer',
    kind: 'badges_transferred',
    lang: 'en',
    note: 'support says the Credly badges were moved to the kept email',
    caseId: CASE.fischer,
    from: FORM_TC,
    to: L,
    subject: formSubject(CASE.fischer),
    date: cd('2026-06-15 12:10:30'),
    enc: 'utf8b64',
    text: `Hi Lena,

Following up on your note about Credly: I asked the badging team to re-point your badges, and they confirm both are now attached to ${FISCHER.keep}. You can see them on your Credly dashboard.

Tomás

${gmailEn('Sat, Jun 13, 2026 at 8:30 PM', L, `The certifications are there, thanks! But Credly still shows the badges on my old consulting address.`)}`,
  }),
  mk({
    slug: 'bt-credly-okafor-2',
    kind: 'badges_transferred',
    lang: 'en',
    note: 'second AWS badge issued via Credly to the kept address, plain text',
    caseId: null,
    from: CREDLY_AWS,
    to: D,
    subject: 'You have a new badge from Amazon Web Services Training and Certification',
    date: pd('2026-02-02 04:12:30'),
    enc: 'ascii7',
    text: `Hi Daniel,

Amazon Web Services Training and Certification issued you a badge: AWS Certified Solutions Architect - Associate.

Accept your badge: https://www.credly.com/earner/earned/badge/4b3c2d1e

Credly`,
  }),
  mk({
    slug: 'bt-support-okafor-close',
    kind: 'badges_transferred',
    lang: 'en',
    note: 'support: badges moved, closing the case',
    caseId: CASE.okafor,
    from: FORM_TC,
    to: D,
    subject: formSubject(CASE.okafor),
    date: pd('2026-02-03 09:40:00'),
    enc: 'utf8qp',
    text: `Hi Dan,

The two badges have been moved across to your personal Credly profile (${OKAFOR.keep}). With that, everything on this request is finished and I'm closing the case.

Priyanka`,
  }),
  mk({
    slug: 'bt-credly-other-person',
    kind: 'badges_transferred',
    lang: 'en',
    forUser: false,
    note: 'AWS badge via Credly but addressed to someone else (not the user)',
    caseId: null,
    from: CREDLY_AWS,
    to: JSMITH,
    subject: 'Amazon Web Services Training and Certification sent you a new badge',
    date: pd('2026-02-05 04:00:00'),
    enc: 'ascii7',
    text: `Jordan, congratulations!

Amazon Web Services Training and Certification issued you the AWS Certified Cloud Practitioner badge.

Accept your badge: https://www.credly.com/earner/earned/badge/aa11bb22`,
  }),
  mk({
    slug: 'bt-credly-lookalike',
    kind: 'badges_transferred',
    lang: 'en',
    trusted: false,
    note: 'badge notice from credIy.com (capital I look-alike); untrusted',
    caseId: null,
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>',
    to: L,
    subject: 'Amazon Web Services Training and Certification sent you a new badge',
    date: cd('2026-06-14 03:03:03'),
    enc: 'ascii7',
    text: `Lena, your AWS badges were moved to your new account. Sign in to accept them:
https://credIy.com/accept`,
  }),

  // ------------------------------------------------------------ case_closed (6)
  mk({
    slug: 'cc-okafor-resolved',
    kind: 'case_closed',
    lang: 'en',
    note: 'status notice: case resolved',
    caseId: CASE.okafor,
    from: SUPPORT_AWS,
    to: D,
    subject: `Case ${CASE.okafor} has been resolved`,
    date: pd('2026-02-03 09:41:00'),
    enc: 'ascii7',
    text: `Hello Daniel,

Case ${CASE.okafor} is now marked Resolved. If you need more help on the same topic, you can reopen it within 14 days.

AWS Support`,
  }),
  mk({
    slug: 'cc-fischer-autoclose',
    kind: 'case_closed',
    lang: 'en',
    note: 'will auto-close in 5 days without a reply',
    caseId: CASE.fischer,
    from: FORM_TC,
    to: L,
    subject: formSubject(CASE.fischer),
    date: cd('2026-06-18 09:00:00'),
    enc: 'utf8qp',
    text: `Hi Lena,

Just checking in. If we don't hear back within 5 days, this case will be closed automatically. You can always write again if something comes up.

Tomás`,
  }),
  mk({
    slug: 'cc-okafor2-restate',
    kind: 'case_closed',
    lang: 'en',
    trap: true,
    note: 'closing that restates an earlier merge handled on the other case',
    caseId: CASE.okafor2,
    from: FORM_TC,
    to: D,
    subject: formSubject(CASE.okafor2),
    date: pd('2026-02-01 10:10:10'),
    enc: 'utf8b64',
    text: `Hello Daniel,

Your profiles were already merged on case ${CASE.okafor} yesterday, so there's nothing left to do here. I'm closing this one.

Marcus`,
  }),
  mk({
    slug: 'cc-fischer-html',
    kind: 'case_closed',
    lang: 'en',
    note: 'HTML closing after the user said all was fine',
    caseId: CASE.fischer,
    from: FORM_TC,
    to: L,
    subject: formSubject(CASE.fischer),
    date: cd('2026-06-16 15:20:00'),
    enc: 'utf8b64',
    html: htmlDoc(
      `<div>Hi Lena,</div><div><br></div><div>Glad to hear it. I&#39;m marking this case as closed.</div><div><br></div><div>Tomás</div>
<div id="divRplyFwdMsg"><hr><b>From:</b> ${FISCHER.en} &lt;${FISCHER.keep}&gt;<br><b>Sent:</b> Tuesday, June 16, 2026 2:55 PM<br><b>Subject:</b> RE: ${formSubject(CASE.fischer)}</div>
<blockquote>Badges are there too. Thanks for your help!</blockquote>`,
      '',
    ),
  }),
  mk({
    slug: 'cc-okafor-reminder',
    kind: 'case_closed',
    lang: 'en',
    note: 'system reminder: pending customer reply, case closes in 3 days',
    caseId: CASE.okafor,
    from: NOREPLY,
    to: D,
    subject: `Action needed: case ${CASE.okafor} will close soon`,
    date: pd('2026-01-29 09:00:00'),
    enc: 'ascii7',
    text: `Hello,

We're waiting for your reply on case ${CASE.okafor}. Without a response in 3 days, the case will close automatically.

Amazon Web Services`,
  }),
  mk({
    slug: 'cc-fischer-oldaddr',
    kind: 'case_closed',
    lang: 'en',
    note: 'resolved notice sent to the old consulting address (still one of the user\'s)',
    caseId: CASE.fischer,
    from: SUPPORT_AWS,
    to: Lsrc,
    subject: `Case ${CASE.fischer} has been resolved`,
    date: cd('2026-06-16 16:00:00'),
    enc: 'ascii7',
    text: `Hello,

Case ${CASE.fischer} is now Resolved. Thank you for contacting AWS Support.`,
  }),

  // ------------------------------------------------------------ support_reply (7)
  mk({
    slug: 'sr-okafor-thanks',
    kind: 'support_reply',
    lang: 'en',
    trap: true,
    note: 'thanks for confirming, handed to the certification team',
    caseId: CASE.okafor,
    from: FORM_TC,
    to: D,
    subject: formSubject(CASE.okafor),
    date: pd('2026-01-30 10:01:00'),
    enc: 'ascii7',
    text: `Hi Daniel,

Thanks for confirming. I've passed your request to the certification operations team, who perform the merge. I'll update you here as soon as they're done.

Marcus

${quote('Yes, go ahead.\nDan')}`,
  }),
  mk({
    slug: 'sr-fischer-notyet',
    kind: 'support_reply',
    lang: 'en',
    trap: true,
    note: 'negated: the merge has not been completed yet (status only)',
    caseId: CASE.fischer,
    from: FORM_TC,
    to: L,
    subject: formSubject(CASE.fischer),
    date: cd('2026-06-11 12:00:00'),
    enc: 'utf8qp',
    text: `Hi Lena,

A quick status note: the merge hasn't been completed yet, the team is working through a queue today. No action needed from you.

Tomás`,
  }),
  mk({
    slug: 'sr-okafor-dupcases',
    kind: 'support_reply',
    lang: 'en',
    trap: true,
    note: '"we merged your duplicate cases" is not the account merge',
    caseId: CASE.okafor,
    from: FORM_TC,
    to: D,
    subject: formSubject(CASE.okafor),
    date: pd('2026-01-29 16:30:00'),
    enc: 'utf8b64',
    text: `Hi Daniel,

I noticed case ${CASE.okafor2} is about the same thing, so I've merged the two cases; we'll continue here.
No need to resend anything.

Priyanka`,
  }),
  mk({
    slug: 'sr-fischer-writefromkeep',
    kind: 'support_reply',
    lang: 'en',
    note: 'asks the user to reply from the kept address, no data requested',
    caseId: CASE.fischer,
    from: FORM_TC,
    to: Lsrc,
    subject: formSubject(CASE.fischer),
    date: cd('2026-06-09 08:55:00'),
    enc: 'utf8b64',
    text: `Hi Lena,

For security reasons, please continue this conversation from the address you intend to keep (${FISCHER.keep}) rather than this one.

Tomás`,
  }),
  mk({
    slug: 'sr-okafor-badges-wait',
    kind: 'support_reply',
    lang: 'en',
    trap: true,
    note: 'badges not moved yet; asked the Credly team (status update)',
    caseId: CASE.okafor,
    from: FORM_TC,
    to: D,
    subject: formSubject(CASE.okafor),
    date: pd('2026-02-01 11:45:00'),
    enc: 'utf8qp',
    text: `Hi Dan,

Thanks for flagging. The badges still sit under the old work address on Credly; I've raised a request with the badging team to move them. Give it one to three business days.

Priyanka

${gmailEn('Sun, Feb 1, 2026 at 9:12 AM', D, `Certs look good. Credly badges didn't come over though.`)}`,
  }),
  mk({
    slug: 'sr-okafor-exam-scheduled',
    kind: 'support_reply',
    lang: 'en',
    trap: true,
    note: '"we are unable to merge" while an exam is booked; explains, asks nothing',
    caseId: CASE.okafor,
    from: FORM_TC,
    to: D,
    subject: formSubject(CASE.okafor),
    date: pd('2026-01-28 12:00:00'),
    enc: 'ascii7',
    text: `Hi Daniel,

Heads-up: there's a Pearson VUE appointment on the old profile for Feb 14. We are unable to merge accounts while an exam is scheduled on either of them. Once that exam is taken or cancelled we can pick this back up.

Priyanka`,
  }),
  mk({
    slug: 'sr-fischer-escalated-fwdcopy',
    kind: 'support_reply',
    lang: 'en',
    note: 'status: escalated to a specialist; the user is Cc and the old address is To',
    caseId: CASE.fischer,
    from: FORM_TC,
    to: Lsrc,
    cc: L,
    subject: formSubject(CASE.fischer),
    date: cd('2026-06-10 09:15:00'),
    enc: 'utf8qp',
    text: `Hi Lena,

Because one profile holds an active benefit, I've escalated your request to a specialist who handles benefit transfers. You don't need to do anything right now; I'll write again when I hear back.

Tomás

${sfQuote(FISCHER.keep, '6/9/2026 7:40 PM', `RE: ${formSubject(CASE.fischer)}`, `Writing from my personal address now as asked. Lena`)}`,
  }),
];
