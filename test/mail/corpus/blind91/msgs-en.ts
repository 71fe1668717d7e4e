// English messages of set cl. Some are ordinary English, some read like machine
// translation from Japanese (a Tokyo desk's templates, Japanese users' replies).
import type { Msg } from './lib.js';
import { rfcDate as d } from './lib.js';
import { FORM, FORM_BARE, NOTIFY, PORTAL, CREDLY, DAN, LENA, WEI, SHO, C, en, subj, subjNoRe, sfQuote, olEn, ref, paras, page, MT_BANNER_EN, LENA_REQ } from './common.js';

const danTo = `${DAN.name} <${DAN.keep}>`;
const lenaTo = `${LENA.name} <${LENA.keep}>`;
const weiTo = `${WEI.name} <${WEI.keep}>`;
const sig = (n: string): string => `Kind regards,\n${n}\nAWS Training and Certification Customer Support`;
const html = (body: string): string => page(body, 'en');

export const EN: Msg[] = [
  // ---------------- acknowledgement (6) ----------------
  en({
    slug: 'en-ack-case-opened',
    kind: 'acknowledgement',
    caseId: C.dan,
    note: 'plain AWS Support notification: case opened, reply within 24 hours, no duplicate cases',
    from: NOTIFY,
    to: DAN.keep,
    subject: `[Case ${C.dan}] AWS Training and Certification - account-assistance`,
    date: d('2026-01-26 15:44:02', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello,

We opened case ${C.dan} for your recent inquiry to AWS Training and Certification.
Expect an email from a member of our team within 24 hours.

Opening another case for the same request will not speed things up; it can delay our reply.

Amazon Web Services
(This mailbox is not monitored.)`,
  }),
  en({
    slug: 'en-ack-mt-from-japanese',
    kind: 'acknowledgement',
    caseId: C.wei,
    note: 'receipt machine-translated from a Japanese template ("we received surely"); still the automatic receipt',
    from: FORM,
    to: weiTo,
    subject: subjNoRe(C.wei),
    date: d('2026-02-23 01:20:44', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Dear Customer,

We received your inquiry surely. The case number is ${C.wei}.
The person in charge will contact you after confirming the contents, so please wait for a while.
When you contact us again, please reply to this mail without changing the subject.

AWS Training and Certification`,
  }),
  en({
    slug: 'en-ack-lookalike-subdomain',
    kind: 'acknowledgement',
    caseId: C.lena,
    trusted: false,
    note: 'look-alike domain aws.amazon.com.example-verify.net sending a receipt: untrusted',
    from: 'AWS Support <support@aws.amazon.com.example-verify.net>',
    to: LENA.keep,
    subject: `[Case ${C.lena}] We have received your request`,
    date: d('2026-02-16 08:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Your request has been received and assigned case number ${C.lena}.
To speed up processing, sign in at https://aws.amazon.com.example-verify.net/cases and verify your identity.`,
  }),
  en({
    slug: 'en-ack-multipart-id-in-body',
    kind: 'acknowledgement',
    caseId: C.lena,
    note: 'multipart receipt; no ID in the subject, reference number in the body',
    from: FORM,
    to: lenaTo,
    subject: 'Thanks for contacting AWS Training and Certification',
    date: d('2026-02-16 07:58:12', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Lena,

Your message reached us and is now logged as reference ${C.lena}.
Someone from the team will reply in 1-2 business days. No need to fill in the form again.

AWS Training and Certification`,
    html: html(paras(`Hi Lena,

Your message reached us and is now logged as reference ${C.lena}.
Someone from the team will reply in 1-2 business days. No need to fill in the form again.

AWS Training and Certification`)),
  }),
  en({
    slug: 'en-ack-lf-outlook',
    kind: 'acknowledgement',
    caseId: C.dan,
    note: 'receipt with bare LF line ends, from the form address',
    from: FORM,
    to: DAN.keep,
    subject: subjNoRe(C.dan),
    date: d('2026-01-26 15:45:30', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    crlf: false,
    text: `Hello Daniel,

This confirms we have your request (case ${C.dan}). It is in the queue for the account-assistance team.
You can add details by replying here.

Thanks,
AWS Training and Certification`,
  }),
  en({
    slug: 'en-ack-mt-banner',
    kind: 'acknowledgement',
    caseId: C.wei,
    note: 'receipt with a "translated automatically" banner, Japanese original below',
    from: FORM,
    to: WEI.keep,
    subject: subjNoRe(C.wei),
    date: d('2026-02-23 01:21:10', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `${MT_BANNER_EN}

Thank you for the inquiry. We accepted it as case ${C.wei}. Our staff will answer within 24 hours.

---
お問い合わせありがとうございます。ケース ${C.wei} として受け付けました。24時間以内に担当者よりご回答いたします。`,
  }),

  // ---------------- ai_answer (6) ----------------
  en({
    slug: 'en-ai-merge-tool',
    kind: 'ai_answer',
    caseId: null,
    note: 'generated answer pointing to the Merge Accounts tool under Profile',
    from: NOTIFY,
    to: DAN.keep,
    subject: 'Your AI-generated answer from AWS Support',
    date: d('2026-01-26 15:40:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `This response was generated by AI and may contain errors.

You can combine two AWS Certification accounts yourself: sign in, open Profile, choose "Merge Accounts" and enter the credentials of the other account.
If both accounts already have certifications, the tool may refuse the request; in that case select "Create case" to reach our team.`,
  }),
  en({
    slug: 'en-ai-suggested-helpful',
    kind: 'ai_answer',
    caseId: null,
    note: 'suggested answer with a was-this-helpful footer',
    from: NOTIFY,
    to: LENA.keep,
    subject: 'Suggested answer for your question',
    date: d('2026-02-16 07:50:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Based on what you typed, this may help:

"Duplicate certification accounts can usually be joined with the self-service account merge feature on the certification site."

Did this answer your question? Yes / No – create a case`,
  }),
  en({
    slug: 'en-ai-mt-from-japanese',
    kind: 'ai_answer',
    caseId: null,
    note: 'automated answer machine-translated from Japanese ("account integration can be performed by yourself")',
    from: NOTIFY,
    to: WEI.keep,
    subject: 'Automatic answer (machine translation)',
    date: d('2026-02-23 01:15:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `[Automatic answer]
The integration of the account can be performed by yourself from the merge tool of the certification account. Please login and select "account merge" of the profile.
When it is not possible by the tool, please make the case.

[自動回答]
アカウントの統合は、認定アカウントのマージツールからご自身で実施いただけます。`,
  }),
  en({
    slug: 'en-ai-dkim-only',
    kind: 'ai_answer',
    caseId: null,
    note: 'AI assistant answer authenticated by an aligned dkim=pass only (no dmarc verdict): trusted',
    from: NOTIFY,
    to: danTo,
    subject: 'Amazon Q answered your question',
    date: d('2026-01-26 15:41:10', '+0000'),
    auth: 'dkimonly',
    enc: 'ascii7',
    text: `Amazon Q: To merge certification accounts, use the Merge Accounts option in your certification profile. The source account will be deactivated after the merge.
Answer generated by AI. Still need help? Create a case.`,
  }),
  en({
    slug: 'en-ai-after-merge-badges',
    kind: 'ai_answer',
    caseId: null,
    trap: true,
    note: 'AI answer describing what happens after a merge (badges transferred, vouchers kept): explanation only',
    from: NOTIFY,
    to: LENA.keep,
    subject: 'Generated response: merging certification accounts',
    date: d('2026-02-16 07:51:30', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Generated response

Once accounts are merged, all certifications, exam history and benefits move to the remaining account, and your Credly badges are transferred to its email address. The merge cannot be undone.
To request a merge, create a case with AWS Training and Certification.`,
  }),
  en({
    slug: 'en-ai-html-only',
    kind: 'ai_answer',
    caseId: null,
    note: 'HTML-only automated suggestion',
    from: NOTIFY,
    to: DAN.keep,
    subject: 'Before you create a case',
    date: d('2026-01-26 15:39:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    html: html(`<p><b>Suggested by AI</b></p>
<p>It looks like you want to move certifications from one account into another. The quickest way is the Merge Accounts tool in your certification profile.</p>
<p><a href="https://aws.amazon.com/certification/faqs/">Read the FAQ</a> &middot; <a href="#">Create case</a></p>`),
  }),

  // ---------------- info_request (7) ----------------
  en({
    slug: 'en-info-ids-and-keep',
    kind: 'info_request',
    caseId: C.dan,
    note: 'asks for both candidate IDs and which address to keep',
    from: FORM,
    to: DAN.keep,
    subject: subj(C.dan),
    date: d('2026-01-27 13:10:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello Daniel,

Thansk for getting in touch. To go ahaed we need:
- the AWS candidate ID of each account,
- the email address linked to each account,
- which of the two you would like to keep.

Just reply to this email with the above.

${sig('Olu')}

${ref('Dn72p')}`,
  }),
  en({
    slug: 'en-info-mt-teach-address',
    kind: 'info_request',
    caseId: C.wei,
    note: 'MT English from a Japanese template: "please teach us the email address of the account to leave"',
    from: FORM,
    to: WEI.keep,
    subject: subj(C.wei),
    date: d('2026-02-24 02:40:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Dear Wei Chen,

Thank you for your continued patronage. This is AWS Training and Certification.
For the integration of the account, please teach us the e-mail address of the account to leave and the candidate ID of the account to disappear.
We are sorry to trouble you, but thank you for your cooperation.`,
  }),
  en({
    slug: 'en-info-gmail-display-spoof',
    kind: 'info_request',
    caseId: C.lena,
    trusted: false,
    note: 'trusted display name on a free-mail address asking for IDs: untrusted',
    from: 'AWS Training and Certification <aws.certification.help@gmail.com>',
    to: LENA.keep,
    subject: subj(C.lena),
    date: d('2026-02-17 09:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Lena,

Please send both candidate IDs and a photo of your ID card so we can finish the merge.

AWS T&C`,
  }),
  en({
    slug: 'en-info-confirm-which-email',
    kind: 'info_request',
    caseId: C.dan,
    trap: true,
    note: 'worded as "could you confirm which email" but asks for information, not consent',
    from: FORM,
    to: danTo,
    subject: subj(C.dan),
    date: d('2026-01-27 18:22:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Daniel,

Could you confirm which email address you'd like the merged account to use going forward? Your form lists ${DAN.keep}, but your message mentions a third address.

${sig('Olu')}`,
  }),
  en({
    slug: 'en-info-exam-dates-outlook',
    kind: 'info_request',
    caseId: C.lena,
    note: 'asks for exam names and pass dates; Outlook Original Message block below',
    from: FORM,
    to: LENA.keep,
    subject: subj(C.lena),
    date: d('2026-02-17 10:05:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Hello Lena,

We found an account under ${LENA.src}. To be sure it is yours, please let us know the exam(s) you passed on it and the approximate dates.

${sig('Tomasz')}

${olEn(`${LENA.name} <${LENA.keep}>`, 'Monday, February 16, 2026 8:55 AM', FORM_BARE, 'Merge request', LENA_REQ)}`,
  }),
  en({
    slug: 'en-info-to-someone-else',
    kind: 'info_request',
    caseId: C.dan,
    forUser: false,
    note: 'information request addressed to another person (a co-worker of the old employer), not to the user',
    from: FORM,
    to: 'Priyanka Rao <p.rao@delta-consult-hr.example>',
    subject: subj(C.dan),
    date: d('2026-01-28 09:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello,

As the partner administrator, please tell us whether the certifications of candidate ${DAN.srcId} should remain linked to your partner account after the merge.

${sig('Olu')}`,
  }),
  en({
    slug: 'en-info-implicit-needed',
    kind: 'info_request',
    caseId: C.wei,
    note: 'no request verb: "the candidate ID of the second account is needed to move forward"',
    from: FORM,
    to: WEI.keep,
    subject: subj(C.wei),
    date: d('2026-02-24 03:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Wei,

We could not locate a certification account under ${WEI.src}. To move forward, the candidate ID of the second account is needed (it starts with "AWS" and is shown at the top right of the certification site).

${sig('Hana')}`,
  }),

  // ---------------- confirmation_request (7) ----------------
  en({
    slug: 'en-conf-irreversible',
    kind: 'confirmation_request',
    caseId: C.dan,
    note: 'please confirm you want to proceed; the merge is irreversible',
    from: FORM,
    to: DAN.keep,
    subject: subj(C.dan),
    date: d('2026-01-28 14:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello Daniel,

Thanks for the details. We are ready to move ${DAN.srcId} (${DAN.src}) into ${DAN.keepId} (${DAN.keep}).
Please note this cannot be reversed. Reply to confirm that you want us to go ahead.

${sig('Olu')}`,
  }),
  en({
    slug: 'en-conf-mt-integrate-ok',
    kind: 'confirmation_request',
    caseId: C.wei,
    note: 'MT English from Japanese: "please reply whether it is OK to integrate; integration cannot return"',
    from: FORM,
    to: weiTo,
    subject: subj(C.wei),
    date: d('2026-02-25 01:30:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Dear Wei Chen,

We confirmed the two accounts. Is it OK to integrate ${WEI.srcId} into ${WEI.keepId}?
Please be careful that after integration it cannot return to the original.
Please reply to this mail whether you agree.

AWS Training and Certification`,
  }),
  en({
    slug: 'en-conf-dmarc-fail',
    kind: 'confirmation_request',
    caseId: C.lena,
    trusted: false,
    note: 'consent request from the form address with dmarc=fail: untrusted',
    from: FORM,
    to: LENA.keep,
    subject: subj(C.lena),
    date: d('2026-02-18 08:00:00', '+0000'),
    auth: 'fail',
    enc: 'ascii7',
    text: `Hi Lena,

Kindly confirm you consent to the merge of your two accounts. The action is permanent.

AWS Training and Certification`,
  }),
  en({
    slug: 'en-conf-html-multipart',
    kind: 'confirmation_request',
    caseId: C.lena,
    note: 'multipart consent request listing both accounts',
    from: FORM,
    to: lenaTo,
    subject: subj(C.lena),
    date: d('2026-02-18 09:12:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hello Lena,

Source: ${LENA.srcId} / ${LENA.src}
Destination: ${LENA.keepId} / ${LENA.keep}

Merging is final. Are you happy for us to proceed? A short "yes" is enough.

Tomasz`,
    html: html(paras(`Hello Lena,

Source: ${LENA.srcId} / ${LENA.src}
Destination: ${LENA.keepId} / ${LENA.keep}

Merging is final. Are you happy for us to proceed? A short "yes" is enough.

Tomasz`)),
  }),
  en({
    slug: 'en-conf-yes-proceed',
    kind: 'confirmation_request',
    caseId: C.dan,
    note: 'if everything above is correct, reply "Yes, proceed"',
    from: FORM,
    to: DAN.keep,
    subject: subj(C.dan),
    date: d('2026-01-28 14:05:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Daniel,

Summary of the request:
  keep    ${DAN.keep} (${DAN.keepId})
  retire  ${DAN.src} (${DAN.srcId})

If all of this is correct, simply reply "Yes, proceed" and we will hand it to the merge team.

${sig('Olu')}`,
  }),
  en({
    slug: 'en-conf-long-salesforce',
    kind: 'confirmation_request',
    caseId: C.wei,
    note: 'consent request above a long Salesforce-quoted thread',
    from: FORM,
    to: WEI.keep,
    subject: subj(C.wei),
    date: d('2026-02-25 02:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Wei,

Thanks, that candidate ID matches. Last step: please confirm in writing that you agree to the merge, since it cannot be undone afterwards.

${sig('Hana')}

${sfQuote(`${WEI.name} <${WEI.keep}>`, '2/24/2026 7:41 PM', FORM_BARE, subj(C.wei), `The second one is ${WEI.srcId}. Sorry for the confusion.

${sfQuote(FORM, '2/24/2026 3:00 AM', WEI.keep, subj(C.wei), `We could not locate a certification account under ${WEI.src}.`)}`)}`,
  }),
  en({
    slug: 'en-conf-acknowledge-deactivation',
    kind: 'confirmation_request',
    caseId: C.lena,
    note: 'asks the customer to acknowledge the source account will be deactivated before merging',
    from: FORM,
    to: LENA.keep,
    subject: subj(C.lena),
    date: d('2026-02-18 09:30:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Lena,

Before we merge: the university account (${LENA.src}) will be deactivated and you will no longer be able to sign in with it. Please acknowledge this by replying, and we will carry out the merge.

Tomasz`,
  }),

  // ---------------- merge_completed (7) ----------------
  en({
    slug: 'en-merged-successfully',
    kind: 'merge_completed',
    caseId: C.dan,
    note: 'accounts merged successfully',
    from: FORM,
    to: DAN.keep,
    subject: subj(C.dan),
    date: d('2026-01-30 11:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello Daniel,

Good news: the two accounts have been merged. Everything from ${DAN.srcId} is now under ${DAN.keepId}.

${sig('Olu')}`,
  }),
  en({
    slug: 'en-merged-mt-integration-completed',
    kind: 'merge_completed',
    caseId: C.wei,
    note: 'MT English from Japanese: "the integration of your accounts was completed"',
    from: FORM,
    to: WEI.keep,
    subject: subj(C.wei),
    date: d('2026-02-26 05:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Dear Wei Chen,

Thank you for waiting. The integration of your accounts was completed. Please confirm the certification by logging in with the account of ${WEI.keep}.

AWS Training and Certification`,
  }),
  en({
    slug: 'en-merged-lookalike-authserv',
    kind: 'merge_completed',
    caseId: C.lena,
    trusted: false,
    note: 'Authentication-Results from a look-alike authserv-id (mx.test.example.mailhub-relay.net): untrusted',
    from: FORM,
    to: LENA.keep,
    subject: subj(C.lena),
    date: d('2026-02-19 08:00:00', '+0000'),
    auth: 'lookalikeServer',
    enc: 'ascii7',
    text: `Hi Lena, your accounts are now merged. AWS Training and Certification`,
  }),
  en({
    slug: 'en-merged-and-closing',
    kind: 'merge_completed',
    caseId: C.lena,
    note: 'merge done and the case will now be closed: merge_completed',
    from: FORM,
    to: lenaTo,
    subject: subj(C.lena),
    date: d('2026-02-19 10:30:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Hi Lena,

The merge went through this morning; your university account's certification is now on ${LENA.keep}. I'll close this case now – reply if anything looks off.

Tomasz`,
  }),
  en({
    slug: 'en-merged-portal',
    kind: 'merge_completed',
    caseId: null,
    note: 'certification portal notice (aws.training subdomain), no case ID',
    from: PORTAL,
    to: DAN.keep,
    subject: 'Your AWS Certification accounts have been merged',
    date: d('2026-01-30 11:30:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    html: html(`<p>Hello ${DAN.name},</p>
<p>Your AWS Certification accounts have been merged. Sign in to review your certifications, exam history and benefits.</p>
<p>AWS Certification</p>`),
  }),
  en({
    slug: 'en-merged-gmail-quote',
    kind: 'merge_completed',
    caseId: C.wei,
    note: 'short completion on top of a Gmail "On ... wrote:" quote of the MT consent request',
    from: FORM,
    to: WEI.keep,
    subject: subj(C.wei),
    date: d('2026-02-26 04:55:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Wei, done - both accounts are merged into ${WEI.keepId}.

Hana

On Wed, Feb 25, 2026 at 9:14 AM Wei Chen <${WEI.keep}> wrote:
> Yes I agree. Please integrate.
>
> On Wed, Feb 25, 2026 at 1:30 AM AWS Training and Certification <${FORM_BARE}> wrote:
>> Is it OK to integrate ${WEI.srcId} into ${WEI.keepId}?`,
  }),
  en({
    slug: 'en-merged-wrong-from-domain',
    kind: 'merge_completed',
    caseId: C.dan,
    trusted: false,
    note: 'dkim/dmarc pass only for amazonses.com, not for From\'s amazon.com: untrusted',
    from: FORM,
    to: DAN.keep,
    subject: subj(C.dan),
    date: d('2026-01-30 10:00:00', '+0000'),
    auth: 'wrongFrom',
    enc: 'ascii7',
    text: `Hello Daniel, your certification accounts were consolidated into ${DAN.keepId}. AWS Training and Certification`,
  }),

  // ---------------- badges_transferred (6) ----------------
  en({
    slug: 'en-badges-credly-accept',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly: AWS issued you a badge, Accept your badge',
    from: CREDLY,
    to: DAN.keep,
    subject: 'Amazon Web Services Training and Certification sent you a new badge',
    date: d('2026-01-31 16:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    html: html(`<p>Daniel,</p>
<p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified DevOps Engineer - Professional</b> badge.</p>
<p><a href="https://www.credly.com/earner/earned">Accept your badge</a></p>`),
  }),
  en({
    slug: 'en-badges-support-moved',
    kind: 'badges_transferred',
    caseId: C.lena,
    note: 'support says the Credly badges were moved to the kept address',
    from: FORM,
    to: LENA.keep,
    subject: subj(C.lena),
    date: d('2026-02-21 09:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Lena,

Following up on the badge question: we have moved your Credly badges over to ${LENA.keep}. You should see them in your Credly wallet now.

Tomasz`,
  }),
  en({
    slug: 'en-badges-credly-no-ar',
    kind: 'badges_transferred',
    caseId: null,
    trusted: false,
    note: 'Credly AWS badge mail without any Authentication-Results: untrusted',
    from: CREDLY,
    to: WEI.keep,
    subject: 'You earned a badge from Amazon Web Services Training and Certification',
    date: d('2026-02-27 12:00:00', '+0000'),
    auth: 'none',
    enc: 'ascii7',
    text: `Wei, Amazon Web Services Training and Certification issued you "AWS Certified Data Engineer - Associate". Accept your badge: https://www.credly.com/earner/earned`,
  }),
  en({
    slug: 'en-badges-mt-migration-finished',
    kind: 'badges_transferred',
    caseId: C.wei,
    note: 'MT English from Japanese: "the migration of the badge was finished"',
    from: FORM,
    to: WEI.keep,
    subject: subj(C.wei),
    date: d('2026-02-27 06:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Dear Wei Chen,

About the Credly badge you contacted, the migration of the badge to the integrated account was finished. Please confirm it from Credly.

AWS Training and Certification`,
  }),
  en({
    slug: 'en-badges-credly-team-alias',
    kind: 'badges_transferred',
    caseId: null,
    forUser: false,
    note: 'AWS badge via Credly, delivered to a team alias, not to the user',
    from: CREDLY,
    to: 'cloud-team@epsilon-labs.example',
    subject: 'Amazon Web Services Training and Certification sent you a new badge',
    date: d('2026-02-27 12:10:00', '+0000'),
    auth: 'dkimonly',
    enc: 'ascii7',
    text: `Amazon Web Services Training and Certification has issued you the "AWS Certified Solutions Architect - Associate" badge. Accept your badge.`,
  }),
  en({
    slug: 'en-badges-moved-and-closing',
    kind: 'badges_transferred',
    caseId: C.dan,
    note: 'support moved the badges and closes the case: badges_transferred',
    from: FORM,
    to: danTo,
    subject: subj(C.dan),
    date: d('2026-02-02 10:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Hello Daniel,

Your three AWS badges are now on the Credly profile for ${DAN.keep}. With that, we're resolving this case.

${sig('Olu')}`,
  }),

  // ---------------- case_closed (6) ----------------
  en({
    slug: 'en-closed-resolved',
    kind: 'case_closed',
    caseId: C.dan,
    note: 'AWS Support: case resolved',
    from: NOTIFY,
    to: DAN.keep,
    subject: `Case ${C.dan} has been resolved`,
    date: d('2026-02-04 10:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello,

Case ${C.dan} is now marked as resolved. If you need more help you can reopen it from the Support Center.

Amazon Web Services`,
  }),
  en({
    slug: 'en-closed-72h-mt',
    kind: 'case_closed',
    caseId: C.wei,
    note: 'MT English from Japanese: case will be closed after 72 hours without a reply',
    from: FORM,
    to: WEI.keep,
    subject: subj(C.wei),
    date: d('2026-02-24 08:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Dear Wei Chen,

Since we do not have the reply from you, this case will be closed automatically when 72 hours pass.
If you still have the question, please reply before that.`,
  }),
  en({
    slug: 'en-closed-fail-then-forged',
    kind: 'case_closed',
    caseId: C.lena,
    trusted: false,
    note: 'topmost Authentication-Results says fail; a planted pass sits lower: untrusted',
    from: FORM,
    to: LENA.keep,
    subject: subj(C.lena),
    date: d('2026-02-25 08:00:00', '+0000'),
    auth: 'failThenForged',
    enc: 'ascii7',
    text: `Hi Lena, we are closing this case. AWS Training and Certification`,
  }),
  en({
    slug: 'en-closed-restates-merge',
    kind: 'case_closed',
    caseId: C.dan,
    trap: true,
    note: 'closing that only restates the earlier merge ("as your accounts were merged on 30 January")',
    from: FORM,
    to: DAN.keep,
    subject: subj(C.dan),
    date: d('2026-02-06 09:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello Daniel,

As your accounts were merged on 30 January and we have not heard back since, we are closing this case.

${sig('Olu')}`,
  }),
  en({
    slug: 'en-closed-arc-only',
    kind: 'case_closed',
    caseId: C.wei,
    trusted: false,
    note: 'only an ARC-Authentication-Results claims pass; the real Authentication-Results says none: untrusted',
    from: NOTIFY,
    to: WEI.keep,
    subject: `Case ${C.wei} has been resolved`,
    date: d('2026-03-02 10:00:00', '+0000'),
    auth: 'arcOnly',
    enc: 'ascii7',
    text: `Case ${C.wei} was resolved and closed.`,
  }),
  en({
    slug: 'en-closed-no-info-received',
    kind: 'case_closed',
    caseId: C.lena,
    note: 'closed because the requested information never arrived',
    from: FORM,
    to: lenaTo,
    subject: subj(C.lena),
    date: d('2026-03-03 09:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Hi Lena,

We haven't received the details we asked for, so this case has been resolved for now. You can reopen it any time by replying.

AWS Training and Certification`,
  }),

  // ---------------- support_reply (8) ----------------
  en({
    slug: 'en-reply-mt-handed-over',
    kind: 'support_reply',
    caseId: C.wei,
    trap: true,
    note: 'MT English: "thank you for your confirmation, we handed over to the specialist team"',
    from: FORM,
    to: WEI.keep,
    subject: subj(C.wei),
    date: d('2026-02-25 03:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Dear Wei Chen,

Thank you for your confirmation. We handed over your request to the specialist team. We will contact you again when it is completed.`,
  }),
  en({
    slug: 'en-reply-not-completed-yet',
    kind: 'support_reply',
    caseId: C.dan,
    trap: true,
    note: 'negated: the merge is not completed yet',
    from: FORM,
    to: DAN.keep,
    subject: subj(C.dan),
    date: d('2026-01-29 12:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Daniel,

Just an update: the merge has not been completed yet; the back-end team is still working on it.

${sig('Olu')}`,
  }),
  en({
    slug: 'en-reply-once-consolidated',
    kind: 'support_reply',
    caseId: C.lena,
    trap: true,
    note: 'future: once the consolidation is finished the badges will be reissued',
    from: FORM,
    to: LENA.keep,
    subject: subj(C.lena),
    date: d('2026-02-18 15:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Lena,

Thanks for your reply. Once the consolidation is finished, Credly will reissue the badges to your personal address; no action is needed from you until then.

Tomasz`,
  }),
  en({
    slug: 'en-reply-escalated-bilingual',
    kind: 'support_reply',
    caseId: C.wei,
    note: 'escalation status in English with the machine-translated Japanese under it (English first)',
    from: FORM,
    to: weiTo,
    subject: subj(C.wei),
    date: d('2026-02-24 05:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Hi Wei,

Your case has been escalated to our back-end team. Expect an update within 3-5 business days.

(日本語訳)
あなたのケースは私たちのバックエンドチームにエスカレートされました。3-5 営業日以内に更新を期待してください。`,
  }),
  en({
    slug: 'en-reply-partner-central-answer',
    kind: 'support_reply',
    caseId: C.dan,
    note: 'answers a question about when Partner Central shows the certifications; nothing requested',
    from: FORM,
    to: DAN.keep,
    subject: subj(C.dan),
    date: d('2026-02-01 10:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Daniel,

To answer your question: Partner Central refreshes certification data from our systems every few days, so it can take up to 5 days for the change to show there.

${sig('Olu')}`,
  }),
  en({
    slug: 'en-reply-duplicate-cases-merged',
    kind: 'support_reply',
    caseId: C.lena,
    trap: true,
    note: '"we merged your duplicate cases" — about cases, not accounts',
    from: FORM,
    to: LENA.keep,
    subject: subj(C.lena),
    date: d('2026-02-16 12:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Lena,

You submitted the form twice, so we merged the duplicate cases into this one (${C.lena}). We'll continue here.

Tomasz`,
  }),
  en({
    slug: 'en-reply-write-from-keep',
    kind: 'support_reply',
    caseId: C.dan,
    note: 'asks to write from the address to keep, no data requested',
    from: FORM,
    to: DAN.src,
    subject: subj(C.dan),
    date: d('2026-01-27 08:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello,

For security reasons, please reply from the email address of the account you intend to keep; we can't act on requests from the other address.

${sig('Olu')}`,
  }),
  en({
    slug: 'en-reply-badges-not-moved',
    kind: 'support_reply',
    caseId: C.wei,
    trap: true,
    note: 'status: the badges have not moved yet, raised with Credly (negated event)',
    from: FORM,
    to: WEI.keep,
    subject: subj(C.wei),
    date: d('2026-02-27 02:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Wei,

The badges have not moved across yet. We've raised it with Credly and will update you.

Hana`,
  }),

  // ---------------- unrelated (8) ----------------
  en({
    slug: 'en-own-mt-consent-cc-self',
    kind: 'unrelated',
    caseId: C.sho,
    trusted: false,
    trap: true,
    note: 'the Japanese user\'s own machine-translated English consent reply, Cc to himself: own mail',
    from: `${SHO.en} <${SHO.keep}>`,
    to: FORM_BARE,
    cc: SHO.keep,
    subject: subj(C.sho),
    date: d('2026-02-13 19:20:00', '+0900'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Dear person in charge,

I am always indebted. I agree to the integration of the account. Please proceed with the contents.

Best regards,
Sho Ito

Sent from my iPhone`,
  }),
  en({
    slug: 'en-pearson-appointment',
    kind: 'unrelated',
    caseId: null,
    trusted: false,
    trap: true,
    note: 'test vendor\'s exam appointment confirmation',
    from: 'Pearson VUE <pearsonvueconfirmation@pearson.com>',
    to: DAN.keep,
    subject: 'Confirmation of your AWS exam appointment',
    date: d('2026-02-05 14:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Dear Daniel Okafor,

This confirms your appointment for AWS Certified Security - Specialty on 12 March 2026 at 10:00. Your registration is complete.`,
  }),
  en({
    slug: 'en-hashicorp-credly',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'Credly badge from HashiCorp, not AWS',
    from: 'HashiCorp via Credly <admin@credly.com>',
    to: LENA.keep,
    subject: 'HashiCorp sent you a new badge',
    date: d('2026-02-22 12:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Lena, HashiCorp has issued you the "HashiCorp Certified: Terraform Associate" badge. Accept your badge.`,
  }),
  en({
    slug: 'en-survey-csat',
    kind: 'unrelated',
    caseId: C.dan,
    trap: true,
    note: 'survey: was your issue resolved?',
    from: 'AWS Training and Certification <aws-tc-survey@amazon.com>',
    to: DAN.keep,
    subject: `How did we do on case ${C.dan}?`,
    date: d('2026-02-07 10:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Daniel,

Your case ${C.dan} was recently closed. Was your issue resolved? Tell us in a two-minute survey.`,
  }),
  en({
    slug: 'en-other-case-refund-closed',
    kind: 'unrelated',
    caseId: C.danRefund,
    trap: true,
    note: 'closing of the user\'s other case, about an exam refund; says its topic',
    from: FORM,
    to: DAN.keep,
    subject: `RE:[CASE ${C.danRefund}] [AWS Training and Certification Form Submission] - exam-refund`,
    date: d('2026-02-10 10:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Daniel,

The refund for your cancelled exam has been processed and this case (${C.danRefund}) is now closed.`,
  }),
  en({
    slug: 'en-skillbuilder-transfer-complete',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'Skill Builder subscription transfer notice: "complete", not the certification merge',
    from: 'AWS Skill Builder <no-reply@amazon.com>',
    to: WEI.keep,
    subject: 'Your Skill Builder subscription transfer is complete',
    date: d('2026-03-01 10:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Wei, your Individual subscription has been transferred to your new AWS Builder ID. No further action needed.`,
  }),
  en({
    slug: 'en-agent-ooo',
    kind: 'unrelated',
    caseId: C.lena,
    trap: true,
    note: 'agent\'s out-of-office auto reply (mentions the case and "confirm"): automatic reply',
    from: 'Tomasz W. <tomaszw@amazon.com>',
    to: LENA.keep,
    subject: `Automatic reply: ${subj(C.lena)}`,
    date: d('2026-02-20 09:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    extra: ['Auto-Submitted: auto-replied'],
    text: `I am out of the office until 2 March. Your case ${C.lena} will be handled by a colleague; I will confirm on my return.`,
  }),
  en({
    slug: 'en-newsletter-merge-blog',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'newsletter featuring a blog post about merging certification accounts',
    from: 'AWS Training and Certification <aws-training-news@amazon.com>',
    to: DAN.keep,
    subject: 'This month: new exams, and how to merge certification accounts',
    date: d('2026-02-15 00:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    html: html(`<h2>February update</h2>
<p>New: three beta exams are open for registration.</p>
<p>Blog: <a href="#">How to merge your certification accounts and move your badges</a></p>
<p><a href="#">Unsubscribe</a></p>`),
  }),
];
