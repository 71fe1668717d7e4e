// Set bb, English messages. Written fresh; the agents imply more than they state.
import type { Msg } from './lib.js';
import { rfcDate as d } from './lib.js';
import {
  CASE,
  CREDLY,
  DAN,
  DAN_REQ,
  FORM,
  FORM_BARE,
  LENA,
  LENA_REQ,
  NOTIFY,
  en,
  esc,
  formSubj,
  formSubjNew,
  fwdEn,
  gmailEn,
  htmlDoc,
  outlookEn,
  paras,
  quote,
  sfBlock,
  sfRef,
  to,
} from './common.js';

const D = DAN;
const L = LENA;
const dTo = to(D);
const lTo = to(L);

const credlyEnHtml = (first: string, badge: string, issuer: string): string =>
  htmlDoc(
    `<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #e6e6e6">
<tr><td style="padding:24px;text-align:center"><img src="https://images.credly.com/size/160x160/images/badge.png" width="120" alt="${esc(badge)}"></td></tr>
<tr><td style="padding:0 24px">
<p>${esc(first)},</p>
<p>${esc(issuer)} has issued you a new badge: <b>${esc(badge)}</b>.</p>
<p style="text-align:center"><a href="https://www.credly.com/earner/earned/badge/accept" style="background:#0e7c86;color:#fff;padding:10px 18px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:12px;color:#777">You are receiving this email because a badge was issued to this address. Credly, Inc.</p>
</td></tr></table>`,
  );

export const EN: Msg[] = [
  // ======================= acknowledgement (6) =======================
  en({
    slug: 'ack-en-we-have-your-request',
    kind: 'acknowledgement',
    caseId: CASE.dan,
    note: 'AWS Support receipt worded as "we have your request"; reference number and expected contact',
    from: NOTIFY,
    to: dTo,
    subject: `Case ${CASE.dan}: we have your request`,
    date: d('2026-01-19 16:05:44', '-0500'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello Daniel,

This is to let you know we have your request. Reference: ${CASE.dan}.

Someone from AWS Training and Certification will be in touch by email, usually within one business day. Opening another case about the same thing tends to slow things down rather than speed them up.

You can add details at any time by replying to this message.

Amazon Web Services`,
  }),
  en({
    slug: 'ack-en-form-summary-alt',
    kind: 'acknowledgement',
    caseId: CASE.lena,
    trap: true,
    note: 'multipart form receipt echoing the request ("merge", "combine"); only a receipt',
    from: FORM,
    to: lTo,
    subject: formSubjNew(CASE.lena),
    date: d('2026-01-26 09:12:03', '+0100'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Thank you for contacting AWS Training and Certification.

Case number: ${CASE.lena}
Name: Lena Fischer
Company: (none)
Candidate ID: ${L.keepId}
Request type: Certification > Account merge
Description: ${LENA_REQ}

Keep the case number in the subject line when you write back so your message lands on the right case.`,
    html: htmlDoc(`<p>Thank you for contacting AWS Training and Certification.</p>
<table cellpadding="4" style="border-collapse:collapse;border:1px solid #d5dbdb">
<tr><td>Case number</td><td>${CASE.lena}</td></tr>
<tr><td>Name</td><td>Lena Fischer</td></tr>
<tr><td>Candidate ID</td><td>${L.keepId}</td></tr>
<tr><td>Request type</td><td>Certification &gt; Account merge</td></tr>
<tr><td>Description</td><td>${esc(LENA_REQ)}</td></tr>
</table>
<p>Keep the case number in the subject line when you write back so your message lands on the right case.</p>`),
  }),
  en({
    slug: 'ack-en-keep-number',
    kind: 'acknowledgement',
    caseId: CASE.lena,
    note: 'receipt: thanks for contacting, here is your case number, replies are added to the case',
    from: NOTIFY,
    to: L.keep,
    subject: `AWS Support case ${CASE.lena} opened`,
    date: d('2026-01-26 09:12:10', '+0100'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Lena,

Thanks for getting in touch with AWS Support. Your case number is ${CASE.lena} — it’s worth keeping for reference.

Replying to this email adds your message to the case. A member of the team will pick it up shortly.

— AWS Support`,
  }),
  en({
    slug: 'ack-en-forged-below',
    kind: 'acknowledgement',
    caseId: CASE.dan,
    trusted: false,
    note: 'receipt whose only pass verdict is forged below the receiving server\'s Received line: untrusted',
    from: NOTIFY,
    to: dTo,
    subject: `Case ${CASE.dan} created`,
    date: d('2026-01-19 22:41:00', '-0500'),
    auth: 'forgedBelow',
    enc: 'ascii7',
    text: `Your case ${CASE.dan} has been created. To speed things up, sign in at the link below and re-enter your certification account password.

http://aws-case-portal.example.net/login

AWS Support`,
  }),
  en({
    slug: 'ack-en-no-topic',
    kind: 'acknowledgement',
    caseId: CASE.danDup,
    note: 'receipt that says nothing about its topic; read as what it looks like',
    from: NOTIFY,
    to: D.keep,
    subject: `[Case ${CASE.danDup}] Received`,
    date: d('2026-01-20 08:14:27', '-0500'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `We received your inquiry.

Case ID: ${CASE.danDup}
Status: Unassigned

No action is required from you at this time.`,
  }),
  en({
    slug: 'ack-en-body-id-lf',
    kind: 'acknowledgement',
    caseId: CASE.lena,
    note: 'LF-only receipt; case ID only in the body',
    from: FORM,
    to: L.keep,
    subject: 'Your AWS Training and Certification inquiry',
    date: d('2026-01-26 09:13:41', '+0100'),
    auth: 'pass',
    enc: 'ascii7',
    crlf: false,
    text: `Dear customer,

Your inquiry reached us and was logged as case ${CASE.lena}. An agent will review it and reply to this address.

Please don't submit the form again for the same issue.

AWS Training and Certification Customer Support`,
  }),

  // ======================= ai_answer (6) =======================
  en({
    slug: 'ai-en-auto-self-service',
    kind: 'ai_answer',
    caseId: null,
    note: 'automatically generated answer pointing to the Merge Accounts tool',
    from: NOTIFY,
    to: D.keep,
    subject: 'Here is an answer to your question',
    date: d('2026-01-19 16:01:12', '-0500'),
    auth: 'pass',
    enc: 'ascii7',
    text: `This response was generated automatically and may not be accurate.

Many customers with two certification profiles can combine them without waiting for an agent: sign in to the AWS Certification account, open your profile and choose "Merge Accounts", then enter the email of the other profile. A code is sent there to prove it's yours.

If this doesn't solve it, choose "Create case" to reach a person.`,
  }),
  en({
    slug: 'ai-en-html-helpful',
    kind: 'ai_answer',
    caseId: null,
    note: 'HTML suggested answer with "Was this helpful?" links; still the automated answer',
    from: NOTIFY,
    to: L.keep,
    subject: 'Suggested answer for your AWS Training and Certification question',
    date: d('2026-01-26 09:08:55', '+0100'),
    auth: 'pass',
    enc: 'utf8b64',
    html: htmlDoc(`<p><b>Suggested answer</b> (generated)</p>
<p>You may be able to bring your exam history together yourself. In the certification portal go to <i>Profile &gt; Merge Accounts</i>.</p>
<p>The tool can't be used when both profiles already hold certifications; in that case a support case is the way forward.</p>
<p>Was this helpful? <a href="https://support.aws.amazon.com/feedback?v=yes">Yes</a> | <a href="https://support.aws.amazon.com/feedback?v=no">No, create a case</a></p>`),
  }),
  en({
    slug: 'ai-en-once-merged-explainer',
    kind: 'ai_answer',
    caseId: null,
    trap: true,
    note: 'automated answer that explains what a merge does ("your certifications will appear…"); nothing was merged',
    from: NOTIFY,
    to: D.keep,
    subject: 'Answer generated for you',
    date: d('2026-01-19 16:02:30', '-0500'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Generated answer:

Once two profiles are merged, the certifications, exam history and benefits from the secondary profile appear on the primary one, and the secondary login stops working. Credly badges are usually re-issued to the primary email.

You can start this from Profile > Merge Accounts. If it's blocked, create a case.`,
  }),
  en({
    slug: 'ai-en-might-help',
    kind: 'ai_answer',
    caseId: null,
    note: 'automated "based on your question, here is what might help" with the self-service route',
    from: NOTIFY,
    to: L.keep,
    subject: 'Based on your question, this might help',
    date: d('2026-01-26 09:09:31', '+0100'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Based on what you typed, here's what might help:

• Two certification accounts? Try Merge Accounts on your certification profile page.
• Changed jobs? You can update your login email under Profile before leaving.
• Still stuck? Select "Create case" and a specialist will follow up.

This answer was put together by an automated assistant.`,
  }),
  en({
    slug: 'ai-en-no-auth',
    kind: 'ai_answer',
    caseId: null,
    trusted: false,
    note: 'automated answer with no Authentication-Results at all: untrusted',
    from: NOTIFY,
    to: D.keep,
    subject: 'Automated reply: certification accounts',
    date: d('2026-01-19 16:03:18', '-0500'),
    auth: 'none',
    enc: 'ascii7',
    text: `Automated reply.

To combine certification accounts, use the Merge Accounts option on your profile. If both accounts have certifications, please open a case.`,
  }),
  en({
    slug: 'ai-en-virtual-assistant',
    kind: 'ai_answer',
    caseId: null,
    note: 'virtual assistant: the tool refuses when both profiles hold certifications; suggests creating a case',
    from: NOTIFY,
    to: lTo,
    subject: 'Your virtual assistant answer',
    date: d('2026-01-26 09:10:02', '+0100'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi, I'm the AWS virtual assistant.

If both of your profiles already have certification history, the self-service tool won't be able to combine them - it's built for the case where one side is empty. For everything else, creating a case gets a person involved.

Did that answer your question?`,
  }),

  // ======================= info_request (7) =======================
  en({
    slug: 'info-en-could-not-locate',
    kind: 'info_request',
    caseId: CASE.dan,
    note: 'statement "we were not able to locate an account under the address you provided" plus what would let them look again',
    from: FORM,
    to: dTo,
    subject: formSubj(CASE.dan),
    date: d('2026-01-20 13:22:09', '-0500'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Daniel,

Thanks for reaching out. We were not able to locate an account under the address you provided for your consulting profile (${D.src}).

The candidate ID from that profile would let us look again; it's on any score report or certifcate from that time.

Kind regards,
Priyanka
AWS Training and Certification Customer Support

${sfBlock('Daniel Okafor', 'Monday, January 19, 2026 4:05 PM', FORM, 'Two certification profiles', DAN_REQ)}

${sfRef('Dn01')}`,
  }),
  en({
    slug: 'info-en-which-stays-outlook',
    kind: 'info_request',
    caseId: CASE.lena,
    note: 'which profile stays active "is up to you" (implied question); Outlook quote block below',
    from: FORM,
    to: lTo,
    subject: formSubj(CASE.lena),
    date: d('2026-01-27 11:40:18', '+0100'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hello Lena,

Our records show two profiles with certification history, one under each address. Which one stays active is entirely up to you — whichever you name in your reply is the one you'll sign in with afterwards.

Best,
Tomás
AWS Training and Certification

${outlookEn(`Lena Fischer <${L.keep}>`, 'Monday, January 26, 2026 9:11 AM', FORM_BARE, 'Account merge', LENA_REQ)}`,
  }),
  en({
    slug: 'info-en-html-second-email',
    kind: 'info_request',
    caseId: CASE.dan,
    note: 'HTML-only: the second profile\'s email was not in the form and is needed to move forward',
    from: FORM,
    to: D.keep,
    subject: formSubj(CASE.dan),
    date: d('2026-01-21 10:05:40', '-0500'),
    auth: 'pass',
    enc: 'utf8b64',
    html: htmlDoc(`<div>Hi Daniel,</div><br>
<div>To move forward we'll need the email address on the second profile &mdash; it wasn't included in the form, and the candidate ID you sent belongs to the profile you're writing from.</div><br>
<div>Thanks,<br>Priyanka<br>AWS Training and Certification Customer Support</div>`),
  }),
  en({
    slug: 'info-en-once-we-have-ids',
    kind: 'info_request',
    caseId: CASE.lena,
    trap: true,
    note: 'conditional "once we have the candidate IDs we can put the merge through": asks for IDs, merge only in the future',
    from: FORM,
    to: L.keep,
    subject: formSubj(CASE.lena),
    date: d('2026-01-27 15:02:51', '+0100'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Lena,

Once we have the candidate IDs for both accounts, we can put the merge through. We only have ${L.keepId} so far.

Tomás`,
  }),
  en({
    slug: 'info-en-confirm-login-gmail',
    kind: 'info_request',
    caseId: CASE.dan,
    trap: true,
    note: '"could you confirm which email address you would like as your login" asks for information (worded with confirm); long Gmail thread',
    from: FORM,
    to: dTo,
    subject: formSubj(CASE.dan),
    date: d('2026-01-22 09:48:12', '-0500'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Daniel,

Thanks, the ID helped and both profiles are in front of me now. Before we go any further, could you confirm which email address you'd like as your login going forward? Your first message says personal, your last one mentions keeping the consulting address for the partner portal.

Priyanka

${gmailEn('Wed, Jan 21, 2026 at 7:30 PM', 'Daniel Okafor', D.keep, `Hi Priyanka, the old ID is ${D.srcId}. I might keep the consulting email for the partner portal, not sure yet.

Dan

On Wed, Jan 21, 2026 at 10:05 AM AWS Training and Certification <${FORM_BARE}> wrote:
> To move forward we'll need the email address on the second profile.`)}`,
  }),
  en({
    slug: 'info-en-lookalike-dob',
    kind: 'info_request',
    caseId: CASE.dan,
    trusted: false,
    note: 'information request (IDs, date of birth, card number) from a look-alike domain: untrusted',
    from: 'AWS Certification Help <support@aws-certification-help.com>',
    to: D.keep,
    subject: formSubj(CASE.dan),
    date: d('2026-01-21 03:20:00', '-0500'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Dear Candidate,

We need the following to verify ownership before your profiles can be processed: both candidate IDs, your date of birth, and the last four digits of the card used for your exam payment.

Reply within 48 hours to avoid suspension.`,
  }),
  en({
    slug: 'info-en-name-mismatch',
    kind: 'info_request',
    caseId: CASE.lena,
    note: 'name on the two profiles differs; the exact legal name on each is needed (stated, not asked)',
    from: FORM,
    to: L.keep,
    subject: formSubj(CASE.lena),
    date: d('2026-01-28 10:15:33', '+0100'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Hello Lena,

The name on ${L.srcId} reads "L. Fischer-Braun", which doesn't match the other profile. A photo ID isn't needed; the exact legal name as it appears on each profile is.

Tomás
AWS Training and Certification`,
  }),

  // ======================= confirmation_request (7) =======================
  en({
    slug: 'conf-en-upon-receiving',
    kind: 'confirmation_request',
    caseId: CASE.dan,
    note: '"upon receiving your reply we will proceed"; the two records become one permanently',
    from: FORM,
    to: dTo,
    subject: formSubj(CASE.dan),
    date: d('2026-01-23 11:02:18', '-0500'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Daniel,

Understood - personal address it is.

Primary: ${D.keep} (${D.keepId})
Secondary: ${D.src} (${D.srcId})

Upon receiving your reply we will proceed. Bear in mind that the two records become one permanantly; there is no splitting them again later.

Priyanka
AWS Training and Certification Customer Support`,
  }),
  en({
    slug: 'conf-en-both-addresses',
    kind: 'confirmation_request',
    caseId: CASE.lena,
    note: 'reply from both addresses if happy for the profiles to become one, "we\'ll take it from there"; irreversible',
    from: FORM,
    to: `${lTo}, ${to(L, 'src')}`,
    subject: formSubj(CASE.lena),
    date: d('2026-01-29 14:30:00', '+0100'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Lena,

Thanks for the names, everything lines up now.

If you're happy for the two profiles to become one under ${L.keep}, reply to this email from both addresses and we'll take it from there. Please bear in mind this can't be reversed.

Tomás`,
  }),
  en({
    slug: 'conf-en-html-once-complete',
    kind: 'confirmation_request',
    caseId: CASE.dan,
    trap: true,
    note: 'HTML multipart: describes what the user will see "once the merge is complete" and asks for a go-ahead',
    from: FORM,
    to: D.keep,
    subject: formSubj(CASE.dan),
    date: d('2026-01-23 11:10:47', '-0500'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Hi Daniel,

Once the merge is complete you'll see all four certifications under ${D.keepId}, and ${D.src} will no longer sign in.

A simple "yes, go ahead" from you is all we need. This can't be undone.

Priyanka`,
    html: htmlDoc(
      paras(`Hi Daniel,

Once the merge is complete you'll see all four certifications under ${D.keepId}, and ${D.src} will no longer sign in.

A simple "yes, go ahead" from you is all we need. This can't be undone.

Priyanka`),
    ),
  }),
  en({
    slug: 'conf-en-nothing-until-we-hear',
    kind: 'confirmation_request',
    caseId: CASE.lena,
    note: 'nothing happens until the customer says she is OK with it; permanent change',
    from: FORM,
    to: L.keep,
    subject: formSubj(CASE.lena),
    date: d('2026-01-29 14:45:12', '+0100'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Lena,

One more note: nothing will happen to either account until we hear back from you, and once it's done it's permanent. Just let us know you're OK with it.

Tomás

${quote(`If you're happy for the two profiles to become one under ${L.keep}, reply to this email from both addresses and we'll take it from there.`)}`,
  }),
  en({
    slug: 'conf-en-dkim-only-short-reply',
    kind: 'confirmation_request',
    caseId: CASE.danDup,
    note: 'trusted by an aligned DKIM pass only: "if everything above matches, a short reply is enough for us to start"',
    from: FORM,
    to: D.keep,
    subject: formSubj(CASE.danDup),
    date: d('2026-01-23 12:01:40', '-0500'),
    auth: 'dkimonly',
    enc: 'ascii7',
    text: `Hi Daniel,

Summary of what we'd do:
- keep ${D.keepId} / ${D.keep}
- retire ${D.srcId} / ${D.src} and move its exam history across

If everything above matches your records, a short reply is enough for us to start. It's a one-way change.

AWS Training and Certification`,
  }),
  en({
    slug: 'conf-en-dmarc-fail',
    kind: 'confirmation_request',
    caseId: CASE.lena,
    trusted: false,
    note: 'consent request with dmarc=fail on the receiving server: untrusted',
    from: FORM,
    to: L.keep,
    subject: formSubj(CASE.lena),
    date: d('2026-01-29 02:10:00', '+0100'),
    auth: 'fail',
    enc: 'ascii7',
    text: `Hello,

Reply YES to approve merging your certification accounts. Approval is final.

AWS Training and Certification`,
  }),
  en({
    slug: 'conf-en-bottom-posted-go-ahead',
    kind: 'confirmation_request',
    caseId: CASE.dan,
    note: 'bottom-posted under the thread: ready on our side, only the customer\'s go-ahead is needed since it cannot be reversed',
    from: FORM,
    to: D.keep,
    subject: formSubj(CASE.dan),
    date: d('2026-01-23 10:40:05', '-0500'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `${gmailEn('Thu, Jan 22, 2026 at 8:02 PM', 'Daniel Okafor', D.keep, `Personal one please: ${D.keep}. Sorry for the back and forth.`)}

Thanks Daniel, that settles it. We're ready on our side — all that's missing is your go-ahead, since a merge can't be reversed.

Priyanka`,
  }),

  // ======================= merge_completed (7) =======================
  en({
    slug: 'merge-en-sign-in-four',
    kind: 'merge_completed',
    caseId: CASE.dan,
    note: 'completion told through its consequence: sign in and see all four certifications on the kept profile',
    from: FORM,
    to: dTo,
    subject: formSubj(CASE.dan),
    date: d('2026-01-24 09:14:30', '-0500'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Daniel,

You can now sign in with ${D.keep} and see all four certifications, including the two you earned under your consluting address. The consulting login has been retired.

Priyanka

> yes, go ahead
> Dan`,
  }),
  en({
    slug: 'merge-en-lives-under',
    kind: 'merge_completed',
    caseId: CASE.lena,
    note: 'everything that was on the old ID now lives under the kept ID; the old login will not work',
    from: FORM,
    to: lTo,
    subject: formSubj(CASE.lena),
    date: d('2026-01-30 16:20:08', '+0100'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Lena,

Everything that was on ${L.srcId} now lives under ${L.keepId}. The agency login won't work anymore, which is expected.

Tomás
AWS Training and Certification`,
  }),
  en({
    slug: 'merge-en-html-wrapped-up',
    kind: 'merge_completed',
    caseId: CASE.dan,
    trap: true,
    note: 'multipart: work on the profiles wrapped up, transcript shows both histories; badges only expected later',
    from: FORM,
    to: D.keep,
    subject: formSubj(CASE.dan),
    date: d('2026-01-24 09:20:02', '-0500'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Daniel,

We've wrapped up the work on your profiles: your transcript now shows both exam histories under one ID.

Credly may take up to a day to catch up with the badges.

Priyanka`,
    html: htmlDoc(`<p>Daniel,</p>
<p>We've wrapped up the work on your profiles: your transcript now shows both exam histories under one ID.</p>
<p style="color:#687078">Credly may take up to a day to catch up with the badges.</p>
<p>Priyanka</p>`),
  }),
  en({
    slug: 'merge-en-folded-in-sf',
    kind: 'merge_completed',
    caseId: CASE.lena,
    note: 'records from the agency address have been folded into the personal profile; Salesforce quote of the consent',
    from: FORM,
    to: L.keep,
    subject: formSubj(CASE.lena),
    date: d('2026-01-30 16:18:44', '+0100'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello Lena,

Done - the records from ${L.src} have been folded into your personal profile.

Thanks,
Tomas

${sfBlock('Lena Fischer', 'Thursday, January 29, 2026 7:02 PM', FORM, formSubj(CASE.lena), 'Yes, I am OK with it. Sent from both addresses as asked.')}

${sfRef('Le77')}`,
  }),
  en({
    slug: 'merge-en-lookalike-authserv',
    kind: 'merge_completed',
    caseId: CASE.dan,
    trusted: false,
    note: 'completion notice whose top Authentication-Results comes from a look-alike authserv-id: untrusted',
    from: FORM,
    to: D.keep,
    subject: formSubj(CASE.dan),
    date: d('2026-01-24 01:00:40', '-0500'),
    auth: 'lookalikeServer',
    enc: 'ascii7',
    text: `Your certification accounts are now combined. Log in here to review: http://aws-training-review.example.org/`,
  }),
  en({
    slug: 'merge-en-single-profile-close',
    kind: 'merge_completed',
    caseId: CASE.danDup,
    note: 'as of this morning the certifications sit under one profile, and this case will be closed: the new fact is the merge',
    from: FORM,
    to: D.keep,
    subject: formSubj(CASE.danDup),
    date: d('2026-01-24 10:02:19', '-0500'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Daniel,

As of this morning your certifications sit under a single profile (${D.keepId}). I'll close this case now; write back any time if something looks off.

Best,
Marcus`,
  }),
  en({
    slug: 'merge-en-dkim-parent',
    kind: 'merge_completed',
    caseId: CASE.lena,
    note: 'notification from a support.aws.amazon.com subdomain signed by amazon.com (relaxed DKIM alignment): trusted; profiles are now one',
    from: 'AWS Training and Certification <no-reply@support.aws.amazon.com>',
    to: L.keep,
    subject: `Update on case ${CASE.lena}`,
    date: d('2026-01-30 16:25:51', '+0100'),
    auth: 'dkimParent',
    enc: 'ascii7',
    text: `Hello Lena,

Your two certification profiles are now one. Sign in with ${L.keep}.

Case ${CASE.lena}`,
  }),

  // ======================= badges_transferred (6) =======================
  en({
    slug: 'badge-en-credly-issued',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly (AWS issuer) badge issued to the kept address with "Accept your badge"',
    from: CREDLY,
    to: D.keep,
    subject: 'Amazon Web Services Training and Certification has issued you a badge',
    date: d('2026-01-25 04:12:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Daniel,

Amazon Web Services Training and Certification has issued you a new badge: AWS Certified Developer – Associate.

Accept your badge: https://www.credly.com/earner/earned/badge/accept`,
    html: credlyEnHtml('Daniel', 'AWS Certified Developer – Associate', 'Amazon Web Services Training and Certification'),
  }),
  en({
    slug: 'badge-en-next-open-credly',
    kind: 'badges_transferred',
    caseId: CASE.dan,
    note: 'told by what the user will see: next time in Credly the badges sit on the kept profile, nothing left on the old one',
    from: FORM,
    to: dTo,
    subject: formSubj(CASE.dan),
    date: d('2026-01-27 13:48:30', '-0500'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Daniel,

When you next open Credly you'll find the Developer and SysOps badges sitting on the profile tied to ${D.keep}; nothing is left on the consulting one.

Priyanka

> The certs moved but the badges are still on my old Credly.`,
  }),
  en({
    slug: 'badge-en-followed-no-action',
    kind: 'badges_transferred',
    caseId: CASE.lena,
    note: 'badges followed the certifications to the kept account; "no further action is needed on our side" (badges + closing)',
    from: FORM,
    to: L.keep,
    subject: formSubj(CASE.lena),
    date: d('2026-02-02 10:05:22', '+0100'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Hi Lena,

The badges have followed your certifications over to ${L.keep}. No further action is needed on our side.

Tomás`,
  }),
  en({
    slug: 'badge-en-credly-html-waiting',
    kind: 'badges_transferred',
    caseId: null,
    note: 'HTML-only Credly notice: the AWS badge issued to the kept address is waiting to be accepted',
    from: CREDLY,
    to: L.keep,
    subject: 'Your AWS Certified Solutions Architect – Professional badge is waiting',
    date: d('2026-02-01 06:30:12', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    html: credlyEnHtml('Lena', 'AWS Certified Solutions Architect – Professional', 'Amazon Web Services Training and Certification'),
  }),
  en({
    slug: 'badge-en-fail-then-forged',
    kind: 'badges_transferred',
    caseId: CASE.dan,
    trusted: false,
    note: 'badges-moved message: top verdict fails, a planted pass lower down: untrusted',
    from: FORM,
    to: D.keep,
    subject: formSubj(CASE.dan),
    date: d('2026-01-27 02:02:02', '-0500'),
    auth: 'failThenForged',
    enc: 'ascii7',
    text: `Daniel, your badges now sit on your personal Credly profile. Confirm your Credly password here to finish: http://credly-sync.example.info/`,
  }),
  en({
    slug: 'badge-en-reissued-gmail',
    kind: 'badges_transferred',
    caseId: CASE.lena,
    note: 'the Credly team re-issued all three badges to the kept address; the emails should already be in the inbox',
    from: FORM,
    to: L.keep,
    subject: formSubj(CASE.lena),
    date: d('2026-02-01 09:58:40', '+0100'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Quick update: the Credly team re-issued all three of your AWS badges to ${L.keep}. Their emails should already be sitting in your inbox.

Tomás

${gmailEn('Sat, Jan 31, 2026 at 6:14 PM', 'Lena Fischer', L.keep, 'Hi Tomás, the certifications moved (thanks!) but Credly still shows my badges under the agency email.')}`,
  }),

  // ======================= case_closed (6) =======================
  en({
    slug: 'closed-en-72h-unless',
    kind: 'case_closed',
    caseId: CASE.dan,
    note: 'we have not heard back, so the case will be marked resolved in 72 hours unless the customer replies',
    from: NOTIFY,
    to: D.keep,
    subject: `[Case ${CASE.dan}] Waiting on your reply`,
    date: d('2026-01-29 08:00:00', '-0500'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello,

We haven't heard back on case ${CASE.dan}, so it will be marked resolved in 72 hours unless you reply.

Amazon Web Services`,
  }),
  en({
    slug: 'closed-en-no-further-action',
    kind: 'case_closed',
    caseId: CASE.lena,
    note: 'closing told by "no further action is needed on our side, so I am setting this case to resolved"',
    from: FORM,
    to: lTo,
    subject: formSubj(CASE.lena),
    date: d('2026-02-03 11:30:00', '+0100'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Lena,

Glad everything shows up correctly. No further action is needed on our side, so I'm setting this case to resolved.

All the best,
Tomás

${outlookEn(`Lena Fischer <${L.keep}>`, 'Monday, February 2, 2026 8:40 PM', FORM_BARE, formSubj(CASE.lena), 'All three badges are there. Thanks so much!')}`,
  }),
  en({
    slug: 'closed-en-since-combined',
    kind: 'case_closed',
    caseId: CASE.dan,
    trap: true,
    note: 'restates that the accounts were combined on Jan 24; the new fact is only the closing',
    from: FORM,
    to: D.keep,
    subject: formSubj(CASE.dan),
    date: d('2026-01-30 15:12:44', '-0500'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Hi Daniel,

Since your accounts were combined on January 24 and the badges followed, there's nothing outstanding. This case is now closed.

Priyanka`,
  }),
  en({
    slug: 'closed-en-notify-resolved',
    kind: 'case_closed',
    caseId: CASE.lena,
    forUser: false,
    note: 'AWS Support notification that the case was resolved, but addressed to a mistyped address (example.co), not to the user',
    from: NOTIFY,
    to: 'lena.fischer@example.co',
    subject: `Your support case ${CASE.lena} has been resolved`,
    date: d('2026-02-03 11:31:20', '+0100'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Case ${CASE.lena} was resolved by the AWS Support agent.

If you need more help on this issue, you can reopen the case from the Support Center within 14 days.`,
  }),
  en({
    slug: 'closed-en-no-auth',
    kind: 'case_closed',
    caseId: CASE.danDup,
    trusted: false,
    note: 'closing notice with no Authentication-Results: untrusted',
    from: NOTIFY,
    to: D.keep,
    subject: `[Case ${CASE.danDup}] closed`,
    date: d('2026-01-25 23:59:00', '-0500'),
    auth: 'none',
    enc: 'ascii7',
    text: `Case ${CASE.danDup} is closed. Thank you for contacting AWS Support.`,
  }),
  en({
    slug: 'closed-en-html-new-case',
    kind: 'case_closed',
    caseId: CASE.danDup,
    note: 'HTML-only: this case has been closed; open a new one referencing it if more help is needed',
    from: FORM,
    to: D.keep,
    subject: formSubj(CASE.danDup),
    date: d('2026-01-24 10:30:00', '-0500'),
    auth: 'pass',
    enc: 'utf8qp',
    html: htmlDoc(`<p>Hello Daniel,</p>
<p>This case has been closed. If you need further help, open a new case and mention ${CASE.danDup} so the next agent can see the history.</p>
<p>AWS Training and Certification Customer Support</p>`),
  }),

  // ======================= support_reply (8) =======================
  en({
    slug: 'sr-en-once-complete-we-will',
    kind: 'support_reply',
    caseId: CASE.dan,
    trap: true,
    note: '"once the merge is complete you will be able to…": future; the request was handed to the team',
    from: FORM,
    to: D.keep,
    subject: formSubj(CASE.dan),
    date: d('2026-01-23 15:30:10', '-0500'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Daniel,

Thanks. I've handed this to the team that performs merges. Once the merge is complete you will be able to sign in with ${D.keep} and see everything in one place; I'll let you know.

Priyanka

> Yes, go ahead.`,
  }),
  en({
    slug: 'sr-en-not-gone-through',
    kind: 'support_reply',
    caseId: CASE.lena,
    trap: true,
    note: 'negated: the merge has not gone through yet, it is queued with the back-end team',
    from: FORM,
    to: L.keep,
    subject: formSubj(CASE.lena),
    date: d('2026-01-30 09:05:00', '+0100'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Lena,

Sorry, the merge hasn't gone thru yet — it's queued with our back-end team and usually clears within two business days.

Tomás

${gmailEn('Fri, Jan 30, 2026 at 8:41 AM', 'Lena Fischer', L.keep, 'Hi, just checking whether the merge is done? My agency login still works.')}`,
  }),
  en({
    slug: 'sr-en-go-ahead-noted',
    kind: 'support_reply',
    caseId: CASE.dan,
    trap: true,
    note: 'thanks-for-confirming: the go-ahead is noted and the request is with the merge team',
    from: FORM,
    to: dTo,
    subject: formSubj(CASE.dan),
    date: d('2026-01-23 13:02:44', '-0500'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Got it, thanks Daniel. Your go-ahead is noted and the request is now with the team that carries out merges.

Priyanka`,
  }),
  en({
    slug: 'sr-en-unable-exam-scheduled',
    kind: 'support_reply',
    caseId: CASE.lena,
    trap: true,
    note: '"we\'re unable to combine these profiles while an exam is scheduled": negation, nothing asked',
    from: FORM,
    to: L.keep,
    subject: formSubj(CASE.lena),
    date: d('2026-01-28 16:40:00', '+0100'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Lena,

We're unable to combine these profiles while the agency one has an exam scheduled (Feb 14). After the appointment has passed, or if you cancel it, write back here and we'll pick it up again.

Tomas`,
  }),
  en({
    slug: 'sr-en-if-not-received-badges',
    kind: 'support_reply',
    caseId: CASE.dan,
    trap: true,
    note: 'conditional "if you have not yet received your badges…": advice, no event and no data requested',
    from: FORM,
    to: D.keep,
    subject: formSubj(CASE.dan),
    date: d('2026-01-25 10:11:11', '-0500'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Daniel,

If you have not yet received your badges after the merge, give Credly a day or two; their emails come from admin@credly.com and sometimes land in spam. Should they still be missing after that, just say so on this thread.

Priyanka`,
  }),
  en({
    slug: 'sr-en-expiry-unchanged',
    kind: 'support_reply',
    caseId: CASE.lena,
    trap: true,
    note: 'answers a question: a merge would not change expiry dates (hypothetical); no event',
    from: FORM,
    to: L.keep,
    subject: formSubj(CASE.lena),
    date: d('2026-01-27 17:20:30', '+0100'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Hi Lena,

To your question: merging wouldn't change any expiry dates. Each certification keeps the three-year window it had from the day you passed.

Tomás

${quote('Will my SAA expiry reset if the accounts are merged?')}`,
  }),
  en({
    slug: 'sr-en-write-from-keep',
    kind: 'support_reply',
    caseId: CASE.dan,
    note: 'asks the customer to write from the address he intends to keep; no data asked',
    from: FORM,
    to: D.src,
    subject: formSubj(CASE.dan),
    date: d('2026-01-20 11:00:12', '-0500'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello,

For security reasons we can only act on account requests that come from the address you intend to keep. Please write to us from there and mention this case number.

AWS Training and Certification Customer Support`,
  }),
  en({
    slug: 'sr-en-gmail-display-spoof',
    kind: 'support_reply',
    caseId: CASE.dan,
    trusted: false,
    note: 'trusted-looking display name on a free-mail address: untrusted status update',
    from: 'AWS Training and Certification <awscert.helpdesk@gmail.com>',
    to: D.keep,
    subject: formSubj(CASE.dan),
    date: d('2026-01-22 04:44:44', '-0500'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Daniel, we are working on your request and will update you soon. For faster handling add this address to your contacts.`,
  }),

  // ======================= unrelated (8) =======================
  en({
    slug: 'un-en-own-forward-self',
    kind: 'unrelated',
    caseId: CASE.lena,
    trusted: false,
    trap: true,
    note: 'the user forwards the completion mail to her own agency address: own mail, no news from support',
    from: lTo,
    to: to(L, 'src'),
    subject: `Fwd: ${formSubj(CASE.lena)}`,
    date: d('2026-01-30 17:02:00', '+0100'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `for the records before I hand in the laptop

${fwdEn(`AWS Training and Certification <${FORM_BARE}>`, 'Fri, Jan 30, 2026 at 4:18 PM', formSubj(CASE.lena), L.keep, `Done - the records from ${L.src} have been folded into your personal profile.`)}`,
  }),
  en({
    slug: 'un-en-skill-builder-course',
    kind: 'unrelated',
    caseId: null,
    trusted: false,
    trap: true,
    note: 'Skill Builder course-completion notice from a non-trusted domain: training news, not the merge',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws>',
    to: D.keep,
    subject: 'You completed AWS Cloud Practitioner Essentials',
    date: d('2026-01-28 19:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Nice work, Daniel!

You've completed "AWS Cloud Practitioner Essentials". Your completion certificate is ready to download from your transcript.

Keep learning,
AWS Skill Builder`,
  }),
  en({
    slug: 'un-en-refund-other-case',
    kind: 'unrelated',
    caseId: CASE.lenaRefund,
    trap: true,
    note: 'reply on the user\'s other case (a voucher refund): "processed" and "resolved", but not the merge case',
    from: FORM,
    to: L.keep,
    subject: `RE:[CASE ${CASE.lenaRefund}] [AWS Training and Certification Form Submission] - voucher-refund`,
    date: d('2026-01-31 10:00:00', '+0100'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Lena,

Your refund for the unused exam voucher has been processed; it should show on your card within 5-7 business days. I've marked this refund case as resolved.

Sofia
AWS Training and Certification Customer Support`,
  }),
  en({
    slug: 'un-en-hashicorp-credly',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'Credly badge from HashiCorp, not AWS: unrelated even though Credly is trusted',
    from: 'HashiCorp via Credly <admin@credly.com>',
    to: D.keep,
    subject: 'HashiCorp has issued you a badge',
    date: d('2026-01-26 12:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    html: credlyEnHtml('Daniel', 'HashiCorp Certified: Terraform Associate (003)', 'HashiCorp'),
  }),
  en({
    slug: 'un-en-csat',
    kind: 'unrelated',
    caseId: CASE.dan,
    trap: true,
    note: 'survey "how did we do? case was resolved": a survey, not the closing',
    from: 'AWS Support <aws-support-feedback@amazon.com>',
    to: D.keep,
    subject: `How did we do on case ${CASE.dan}?`,
    date: d('2026-01-31 14:00:00', '-0500'),
    auth: 'pass',
    enc: 'utf8b64',
    html: htmlDoc(`<p>Hi Daniel,</p>
<p>Your recent case (${CASE.dan}) was resolved. Was your issue resolved to your satisfaction?</p>
<p><a href="https://survey.aws.amazon.com/r?c=${CASE.dan}&amp;v=5">Very satisfied</a> &middot; <a href="https://survey.aws.amazon.com/r?c=${CASE.dan}&amp;v=1">Not satisfied</a></p>`),
  }),
  en({
    slug: 'un-en-exam-results',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'exam results notice mentioning the badge that will be issued: exam news, not the merge',
    from: 'AWS Certification <no-reply@aws.training>',
    to: L.keep,
    subject: 'Your AWS Certification exam results are available',
    date: d('2026-02-05 07:30:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello Lena,

Your results for AWS Certified Security - Specialty are now available in your AWS Certification account.

If you passed, your digital badge will be issued by Credly within 5 business days.

AWS Training and Certification`,
  }),
  en({
    slug: 'un-en-credly-email-added',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'Credly\'s own account notice (a second email added to the Credly profile, "sign in with either"): not the AWS merge',
    from: 'Credly <admin@credly.com>',
    to: D.keep,
    subject: 'A new email address was added to your Credly account',
    date: d('2026-01-26 15:44:10', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Daniel,

${D.src} is now a secondary email on your Credly account. From now on you can sign in with either address.

If you didn't make this change, contact Credly support.

The Credly Team`,
  }),
  en({
    slug: 'un-en-colleague-asks',
    kind: 'unrelated',
    caseId: null,
    trusted: false,
    trap: true,
    note: 'a colleague asking whether the merge went through and for the badge link: not support mail',
    from: 'Rachel Moore <rachel.moore@consult.example.net>',
    to: D.src,
    subject: 'partner tier paperwork',
    date: d('2026-01-26 10:15:00', '-0500'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hey Dan,

Did your cert merge go through? We need the Credly link for your Developer badge for the partner tier renewal, whichever account it ends up on.

Thanks!
Rachel`,
  }),
];
