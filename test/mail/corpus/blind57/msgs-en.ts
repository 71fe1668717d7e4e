// Set bd, English messages: stiff "We hereby acknowledge" letters next to "Hey there! 🎉" agents.
import type { Msg } from './lib.js';
import { CASE, CREDLY_AWS, JORDAN, JORDAN_REQ, NOTIFY, PORTAL, SAM, SAM_REQ, SUPPORT_ADDR, caseSubj, fwd, gmailEn, mk, outlookEn, q, sfQuote, sfRef, to } from './common.js';

export const EN: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'en-ack-hereby-sam',
    kind: 'acknowledgement',
    lang: 'en',
    note: 'stiff automatic receipt (“We hereby acknowledge receipt”) with the case ID',
    caseId: CASE.sam,
    from: NOTIFY,
    to: to(SAM),
    subject: `Acknowledgement of Case ${CASE.sam}`,
    d: '2026-06-01 14:02:11',
    enc: 'ascii7',
    text: `Dear Ms. Reyes,

We hereby acknowledge receipt of your correspondence submitted via the AWS Training and Certification contact form. Your inquiry has been duly registered under case number ${CASE.sam}.

A member of our customer service team shall respond within one (1) business day. You are respectfully requested to refrain from submitting duplicate requests in the interim, as doing so may delay resolution.

Yours faithfully,
Amazon Web Services`,
  }),
  mk({
    slug: 'en-ack-heythere-jordan',
    kind: 'acknowledgement',
    lang: 'en',
    note: 'very casual automatic receipt with emoji',
    caseId: CASE.jordan,
    from: NOTIFY,
    to: to(JORDAN),
    subject: `We got it! 🎉 Case ${CASE.jordan} is open`,
    d: '2026-05-04 17:40:09',
    enc: 'utf8qp',
    text: `Hey there! 👋

Good news — your request landed safe and sound. 🎉
Your case number is ${CASE.jordan} (no need to write it down, it's in the subject 😉).

Someone from our team will get back to you within about a day. Sit tight!

— AWS Training & Certification Support`,
  }),
  mk({
    slug: 'en-ack-alt-jordan2',
    kind: 'acknowledgement',
    lang: 'en',
    note: 'standard receipt, multipart/alternative',
    caseId: CASE.jordan2,
    from: NOTIFY,
    to: to(JORDAN, JORDAN.src),
    subject: `Case ${CASE.jordan2} created: AWS Training and Certification`,
    d: '2026-05-19 08:30:44',
    enc: 'utf8qp',
    shape: 'alt',
    text: `Hello,

Thank you for contacting AWS Training and Certification. We've opened case ${CASE.jordan2} for you.

An agent will review your request and reply by email, typically within 24 hours.

Amazon Web Services`,
  }),
  mk({
    slug: 'en-ack-kindly-bodyonly-sam',
    kind: 'acknowledgement',
    lang: 'en',
    note: 'formal receipt; case ID only in the body',
    caseId: CASE.sam,
    from: 'AWS Support <no-reply@support.aws.com>',
    to: to(SAM),
    subject: 'Your inquiry to AWS Training and Certification',
    d: '2026-06-01 14:02:40',
    enc: 'utf8b64',
    text: `Dear Customer,

Kindly be advised that a support case has been opened on your behalf.

Case reference: ${CASE.sam}

Please retain this reference for your records. Correspondence regarding this matter will be directed to the address on file.

This is an automated message. Replies to this address are not monitored.`,
  }),
  mk({
    slug: 'en-ack-noauth-jordan',
    kind: 'acknowledgement',
    lang: 'en',
    note: 'receipt-shaped mail with no Authentication-Results at all: untrusted',
    caseId: CASE.jordan,
    from: NOTIFY,
    to: to(JORDAN),
    subject: `Case ${CASE.jordan} received`,
    d: '2026-05-04 17:52:00',
    enc: 'ascii7',
    auth: 'none',
    text: `Hi Jordan,

Your case ${CASE.jordan} was received. We'll be in touch soon.

AWS Support`,
  }),
  mk({
    slug: 'en-ack-short-training-sam',
    kind: 'acknowledgement',
    lang: 'en',
    note: 'terse receipt from an aws.training subdomain, LF line ends',
    caseId: CASE.sam,
    from: 'AWS Training and Certification <support@email.aws.training>',
    to: to(SAM),
    subject: `Ticket #${CASE.sam} opened`,
    d: '2026-06-01 14:05:10',
    enc: 'ascii7',
    crlf: false,
    text: `Ticket #${CASE.sam} opened.
Status: New
Queue: Certification - Account
Expected first response: within 1 business day`,
  }),
  mk({
    slug: 'en-ack-furtherinfo-jordan2',
    kind: 'acknowledgement',
    lang: 'en',
    trap: true,
    note: 'receipt that mentions “should further information be required” — asks for nothing',
    caseId: CASE.jordan2,
    from: NOTIFY,
    to: to(JORDAN, JORDAN.src),
    subject: `Re: Case ${CASE.jordan2}`,
    d: '2026-05-19 08:31:02',
    enc: 'ascii7',
    text: `Dear Customer,

This message confirms that we have received your request and that case ${CASE.jordan2} has been created. Should any further information be required, the assigned agent will contact you directly.

Regards,
Amazon Web Services`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'en-ai-formal-sam',
    kind: 'ai_answer',
    lang: 'en',
    note: 'formal AI-generated answer pointing to Merge Accounts',
    caseId: null,
    from: NOTIFY,
    to: to(SAM),
    subject: 'Automatically generated response to your inquiry',
    d: '2026-06-01 13:58:30',
    enc: 'ascii7',
    text: `The following response has been generated automatically by an artificial intelligence system and may not be fully accurate.

With respect to consolidating duplicate AWS Certification accounts: customers may avail themselves of the Merge Accounts feature, accessible from the Profile section of the AWS Certification account. Where both accounts hold certification history, the feature will be unavailable and the customer should proceed to create a support case.

Did this resolve your inquiry? [Yes] [No, create a case]`,
  }),
  mk({
    slug: 'en-ai-casual-jordan',
    kind: 'ai_answer',
    lang: 'en',
    note: 'chatty AI assistant, multipart/alternative',
    caseId: null,
    from: NOTIFY,
    to: to(JORDAN),
    subject: 'Hi! 👋 Here’s a quick answer from our AI assistant',
    d: '2026-05-04 17:35:00',
    enc: 'utf8qp',
    shape: 'alt',
    text: `Hi! 👋 I'm the AWS AI assistant.

Sounds like you've got two cert accounts — super common! 😄
Easiest fix: sign in to the one you want to keep → Profile → Merge Accounts. Done in a couple of minutes most of the time ⚡

If the tool tells you to contact support, just hit "Create case" and a human will jump in. 🙌

(This reply was written by AI.)`,
  }),
  mk({
    slug: 'en-ai-after-merge-jordan2',
    kind: 'ai_answer',
    lang: 'en',
    trap: true,
    note: 'AI answer explaining that badges and vouchers move once accounts are merged: still ai_answer',
    caseId: null,
    from: NOTIFY,
    to: to(JORDAN, JORDAN.src),
    subject: 'Suggested answer (AI-generated)',
    d: '2026-05-19 08:25:15',
    enc: 'utf8b64',
    text: `AI-generated suggestion

Once your accounts are merged, certifications, exam history and benefits from the merged account appear in the account you keep. Your Credly badges may need to be claimed again with the kept email address after the merge is complete.

To get started, try the Merge Accounts tool in your AWS Certification profile. If it can't merge your accounts, create a case and our team will help.`,
  }),
  mk({
    slug: 'en-ai-html-sam',
    kind: 'ai_answer',
    lang: 'en',
    note: 'HTML-only AI answer',
    caseId: null,
    from: 'AWS Support <no-reply@support.aws.com>',
    to: to(SAM),
    subject: 'Amazon Q answer to your question',
    d: '2026-06-01 13:57:02',
    enc: 'utf8b64',
    shape: 'html',
    text: `This answer was generated by Amazon Q.

Duplicate AWS Certification accounts can usually be combined via Profile > Merge Accounts while signed in to the account you intend to keep.

If both accounts contain certifications, please continue to create a support case.`,
  }),
  mk({
    slug: 'en-ai-misaligned-jordan',
    kind: 'ai_answer',
    lang: 'en',
    note: 'AI-answer look-alike signed by a bulk sender; DKIM not aligned, dmarc=fail: untrusted',
    caseId: null,
    from: NOTIFY,
    to: to(JORDAN),
    subject: 'AI answer: merge your certification accounts',
    d: '2026-05-04 18:10:00',
    enc: 'ascii7',
    auth: 'misaligned',
    text: `This is an automated AI answer.

To merge your certification accounts, sign in below and use the Merge Accounts tool:
https://aws-cert-merge.example.org/login`,
  }),
  mk({
    slug: 'en-ai-short-sam',
    kind: 'ai_answer',
    lang: 'en',
    note: 'short casual AI reply',
    caseId: null,
    from: NOTIFY,
    to: to(SAM, SAM.src),
    subject: 'Quick tip from AWS AI 🤖',
    d: '2026-05-30 20:00:00',
    enc: 'utf8qp',
    text: `Quick tip 🤖: try Profile → Merge Accounts first! If that doesn't work, click "Create case" and we'll take it from there. 👍
(AI-generated)`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'en-info-furnish-sam',
    kind: 'info_request',
    lang: 'en',
    note: 'stiff request to furnish particulars; Salesforce quote of the request',
    caseId: CASE.sam,
    to: to(SAM),
    subject: caseSubj(CASE.sam),
    d: '2026-06-02 15:20:08',
    enc: 'ascii7',
    text: `Dear Ms. Reyes,

Thank you for contacting AWS Training and Certification.

In order that we may proceed with your request, kindly furnish the following particulars at your earliest convenience:

1. The AWS Candidate ID associated with each account;
2. The e-mail address registered to each account;
3. Your full legal name as it appears on your certifications.

We remain at your disposal.

Respectfully,
Harold
AWS Training and Certification Customer Service

${sfRef('0Sam9zq')}

${sfQuote('2026-06-01 14:00', SAM.keep, SUPPORT_ADDR, '[AWS Training and Certification Form Submission] - account-assistance', SAM_REQ)}`,
  }),
  mk({
    slug: 'en-info-quickq-jordan',
    kind: 'info_request',
    lang: 'en',
    note: 'casual: which email do you wanna keep?',
    caseId: CASE.jordan,
    to: to(JORDAN),
    subject: caseSubj(CASE.jordan),
    d: '2026-05-05 16:44:21',
    enc: 'utf8qp',
    text: `Hey Jordan! 😊

Quick q before I get going — which email do you wanna keep as your main login? ${JORDAN.keep} or the agency one?
Just hit reply and let me know!

Cheers,
Mel @ AWS T&C

${q(gmailEn('2026-05-04 10:30', JORDAN.name, JORDAN.keep))}
${q(JORDAN_REQ)}`,
  }),
  mk({
    slug: 'en-info-pleaseconfirm-jordan2',
    kind: 'info_request',
    lang: 'en',
    trap: true,
    note: '“Please confirm the email address you would like to keep”: asks for information, not consent',
    caseId: CASE.jordan2,
    to: to(JORDAN, JORDAN.src),
    subject: caseSubj(CASE.jordan2),
    d: '2026-05-20 09:12:33',
    enc: 'utf8qp',
    shape: 'alt',
    text: `Hello Jordan,

Thanks for reaching out. Before we can go ahead, please confirm the email address you would like to keep after the merge, and the Candidate ID that belongs to it.

Kind regards,
Priyanka
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-info-otheronly-sam',
    kind: 'info_request',
    lang: 'en',
    note: 'only another server’s Authentication-Results (below our Received): untrusted',
    caseId: CASE.sam,
    to: to(SAM),
    subject: caseSubj(CASE.sam),
    d: '2026-06-02 16:01:00',
    enc: 'ascii7',
    auth: 'otherOnly',
    text: `Dear Samantha,

To continue, please send us the Candidate IDs for both accounts and the last four digits of the card used to pay for your exams.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-info-implicit-jordan',
    kind: 'info_request',
    lang: 'en',
    note: 'no request word: the source ID could not be located; a valid ID would allow us to proceed',
    caseId: CASE.jordan,
    to: to(JORDAN),
    subject: caseSubj(CASE.jordan),
    d: '2026-05-06 11:03:55',
    enc: 'utf8b64',
    text: `Hi Jordan,

We weren't able to locate a profile under AWS7009231 — it looks like a digit may be missing. The Candidate ID of the agency account, exactly as shown on your certification portal, would let us move forward.

Mel
AWS Training & Certification`,
  }),
  mk({
    slug: 'en-info-bottompost-sam',
    kind: 'info_request',
    lang: 'en',
    note: 'bottom-posted under the user’s quoted reply; asks for the pass dates',
    caseId: CASE.sam,
    to: to(SAM),
    subject: caseSubj(CASE.sam),
    d: '2026-06-03 10:10:10',
    enc: 'ascii7',
    text: `${outlookEn('2026-06-02 18:41', `Samantha Reyes <${SAM.keep}>`, SUPPORT_ADDR, caseSubj(CASE.sam))}

Dear Harold,
Please find the requested Candidate IDs above in my original message.
Samantha

---

Dear Ms. Reyes,

Much obliged. We would additionally require the date on which each certification was attained, so that the records may be reconciled prior to consolidation. Kindly reply with the same.

Harold`,
  }),
  mk({
    slug: 'en-info-html-jordan2',
    kind: 'info_request',
    lang: 'en',
    note: 'HTML-only request for the second account’s login address',
    caseId: CASE.jordan2,
    to: to(JORDAN, JORDAN.src),
    subject: caseSubj(CASE.jordan2),
    d: '2026-05-21 07:45:00',
    enc: 'utf8b64',
    shape: 'html',
    text: `Hi Jordan,

Thanks! One more thing we need: could you tell us which email address you used to sign in to the second certification account? Our records show two possible matches.

Priyanka`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'en-conf-hereby-sam',
    kind: 'confirmation_request',
    lang: 'en',
    note: 'formal request for explicit consent to an irreversible merge',
    caseId: CASE.sam,
    to: to(SAM),
    subject: caseSubj(CASE.sam),
    d: '2026-06-04 14:14:14',
    enc: 'ascii7',
    text: `Dear Ms. Reyes,

Further to your correspondence of 3 June, we are prepared to consolidate account ${SAM.srcId} (${SAM.src}) into account ${SAM.keepId} (${SAM.keep}).

Please be advised that this action is permanent and cannot be reversed. We hereby request your explicit consent to proceed. Kindly reply to this message stating that you authorise the merge.

Respectfully,
Harold`,
  }),
  mk({
    slug: 'en-conf-bigbutton-jordan',
    kind: 'confirmation_request',
    lang: 'en',
    note: 'casual: can’t be undone, just reply yes',
    caseId: CASE.jordan,
    to: to(JORDAN),
    subject: caseSubj(CASE.jordan),
    d: '2026-05-07 15:30:00',
    enc: 'utf8qp',
    text: `Hey Jordan!

Got everything I need, thanks 🙏
Before I hit the big red button 🔴 — heads up that merging is one-way, there's no undo.
Agency account (${JORDAN.srcId}) → personal (${JORDAN.keepId}). If that's right, just reply "yes" and I'll make it happen! 🚀

Mel`,
  }),
  mk({
    slug: 'en-conf-alt-jordan2',
    kind: 'confirmation_request',
    lang: 'en',
    note: 'middle register consent request, multipart/alternative',
    caseId: CASE.jordan2,
    to: to(JORDAN, JORDAN.src),
    subject: caseSubj(CASE.jordan2),
    d: '2026-05-22 10:00:00',
    enc: 'utf8qp',
    shape: 'alt',
    text: `Hello Jordan,

We're ready to merge ${JORDAN.srcId} into ${JORDAN.keepId}. After the merge you'll only be able to sign in with ${JORDAN.keep}, and the change can't be reversed.

Please reply to this email to let us know you agree, and we'll take it from there.

Priyanka`,
  }),
  mk({
    slug: 'en-conf-html-sam',
    kind: 'confirmation_request',
    lang: 'en',
    note: 'HTML-only formal consent request',
    caseId: CASE.sam,
    to: to(SAM),
    subject: caseSubj(CASE.sam),
    d: '2026-06-04 14:20:00',
    enc: 'utf8b64',
    shape: 'html',
    text: `Dear Ms. Reyes,

Kindly note that we shall not commence the consolidation of your accounts until we are in receipt of your written approval. As the operation is irreversible, your affirmative reply to this message is required.

With kind regards,
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-conf-lookalike-jordan',
    kind: 'confirmation_request',
    lang: 'en',
    note: 'consent request from amazon.com.case-center.net, a look-alike: untrusted',
    caseId: CASE.jordan,
    from: 'AWS Training and Certification <cases@amazon.com.case-center.net>',
    to: to(JORDAN),
    subject: caseSubj(CASE.jordan),
    d: '2026-05-07 16:00:00',
    enc: 'ascii7',
    text: `Hi Jordan,

Please confirm your merge by signing in here within 24 hours, otherwise both accounts will be suspended:
https://amazon.com.case-center.net/confirm

AWS`,
  }),
  mk({
    slug: 'en-conf-typos-sam',
    kind: 'confirmation_request',
    lang: 'en',
    note: 'consent request full of typos, ISO-free us-ascii',
    caseId: CASE.sam,
    to: to(SAM, SAM.src),
    subject: caseSubj(CASE.sam),
    d: '2026-06-04 15:02:00',
    enc: 'ascii7',
    text: `Hi Samanta,

just checkng in - we are all set to mrege the college acount into your personal one. pls note this cant be undone once its done.
can you reply with your ok so we can go ahead?

thx
Dana`,
  }),
  mk({
    slug: 'en-conf-resent-jordan2',
    kind: 'confirmation_request',
    lang: 'en',
    note: 'consent request to the agency address, redirected by the agency to an admin (Resent-*): not for the user',
    caseId: CASE.jordan2,
    forUser: false,
    resent: { from: 'it-admin@agency.example.net', to: 'helpdesk@agency.example.net', date: 'Fri, 22 May 2026 11:30:00 -0400' },
    to: to(JORDAN, JORDAN.src),
    subject: caseSubj(CASE.jordan2),
    d: '2026-05-22 14:01:00',
    enc: 'utf8qp',
    text: `Hi Jordan,

Before merging ${JORDAN.srcId} into ${JORDAN.keepId}, we need your go-ahead: the merge is permanent. Reply "I agree" to proceed.

${q(gmailEn('2026-05-21 19:02', JORDAN.name, JORDAN.src))}
${q('The second account used jblake@agency.example.net. Thanks!')}`,
  }),

  // ---------------- merge_completed ----------------
  mk({
    slug: 'en-merge-pleased-sam',
    kind: 'merge_completed',
    lang: 'en',
    note: 'formal completion notice',
    caseId: CASE.sam,
    to: to(SAM),
    subject: caseSubj(CASE.sam),
    d: '2026-06-05 13:00:00',
    enc: 'ascii7',
    text: `Dear Ms. Reyes,

We are pleased to inform you that the consolidation of your AWS Certification accounts has been completed. All certifications, examination history and benefits formerly held under ${SAM.srcId} now reside under ${SAM.keepId}.

We trust this is satisfactory.

Respectfully,
Harold`,
  }),
  mk({
    slug: 'en-merge-dusted-jordan',
    kind: 'merge_completed',
    lang: 'en',
    note: 'casual “done and dusted” completion with a please-check line',
    caseId: CASE.jordan,
    to: to(JORDAN),
    subject: caseSubj(CASE.jordan),
    d: '2026-05-08 12:12:12',
    enc: 'utf8qp',
    text: `Done and dusted! ✅🎉

Your agency account is now part of ${JORDAN.keep}. Log in and have a peek — all your certs should be sitting there together.
Shout if anything looks off!

Mel`,
  }),
  mk({
    slug: 'en-merge-andclose-jordan2',
    kind: 'merge_completed',
    lang: 'en',
    note: 'completion that also says the case is being closed: the new fact is the merge',
    caseId: CASE.jordan2,
    to: to(JORDAN, JORDAN.src),
    subject: caseSubj(CASE.jordan2),
    d: '2026-05-23 09:09:00',
    enc: 'utf8qp',
    shape: 'alt',
    text: `Hello Jordan,

Thank you for your approval. We have merged ${JORDAN.srcId} into ${JORDAN.keepId}; your certifications and benefits now show under ${JORDAN.keep}.

As no further action is needed, we will now close this case.

Priyanka`,
  }),
  mk({
    slug: 'en-merge-portal-sam',
    kind: 'merge_completed',
    lang: 'en',
    note: 'certification portal notice, no case ID, HTML only',
    caseId: null,
    from: PORTAL,
    to: to(SAM),
    subject: 'Your AWS Certification accounts have been merged',
    d: '2026-06-05 13:05:00',
    enc: 'utf8b64',
    shape: 'html',
    text: `Hello Samantha,

Your AWS Certification accounts were merged successfully.
Merged account: ${SAM.src}
Active account: ${SAM.keep}

You can view all certifications and benefits in your active account.

AWS Certification`,
  }),
  mk({
    slug: 'en-merge-lookalikeserver-jordan',
    kind: 'merge_completed',
    lang: 'en',
    note: 'authserv-id is mx.test.example.mailhub-relay.net, not ours: untrusted',
    caseId: CASE.jordan,
    to: to(JORDAN),
    subject: caseSubj(CASE.jordan),
    d: '2026-05-08 12:30:00',
    enc: 'ascii7',
    auth: 'lookalikeServer',
    text: `Hi Jordan,

Your accounts have been merged. Please re-enter your payment details to keep your benefits active:
https://aws-benefits.example.org/update`,
  }),
  mk({
    slug: 'en-merge-effected-sam',
    kind: 'merge_completed',
    lang: 'en',
    note: 'stiff “the merger was effected on …” with dates and IDs between the words',
    caseId: CASE.sam,
    to: to(SAM, SAM.src),
    subject: caseSubj(CASE.sam),
    d: '2026-06-05 13:40:00',
    enc: 'utf8b64',
    text: `Dear Ms. Reyes,

Kindly be advised that the merger of the aforementioned accounts (${SAM.srcId} into ${SAM.keepId}) was effected on 5 June 2026 at 12:51 UTC.

Should you have any questions, please do not hesitate to reply.

Yours faithfully,
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-merge-otherperson',
    kind: 'merge_completed',
    lang: 'en',
    note: 'completion for another customer, addressed to someone else: not for the user',
    caseId: '1785550019',
    forUser: false,
    to: 'Chris Porter <c.porter@example.co.uk>',
    subject: caseSubj('1785550019'),
    d: '2026-05-12 10:20:00',
    enc: 'ascii7',
    text: `Hi Chris,

all done - your two certification accounts are now merged into c.porter@example.co.uk. Enjoy!

Mel`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'en-badge-credly-jordan',
    kind: 'badges_transferred',
    lang: 'en',
    note: 'AWS badge via Credly (“Accept your badge”) to the kept address',
    caseId: null,
    from: CREDLY_AWS,
    to: to(JORDAN),
    subject: 'Amazon Web Services Training and Certification has sent you a badge',
    d: '2026-05-09 15:00:00',
    enc: 'utf8qp',
    shape: 'alt',
    text: `Hi Jordan,

Congratulations! Amazon Web Services Training and Certification has issued you the AWS Certified Developer – Associate badge.

Accept your badge
https://www.credly.com/badges/9a3e2c11-4d0f-4b7a-8f55-27d1c6b0e2aa

Credly`,
  }),
  mk({
    slug: 'en-badge-hereby-sam',
    kind: 'badges_transferred',
    lang: 'en',
    note: 'formal: the badges have been re-associated with the kept account; case closes',
    caseId: CASE.sam,
    to: to(SAM),
    subject: caseSubj(CASE.sam),
    d: '2026-06-08 12:00:00',
    enc: 'ascii7',
    text: `Dear Ms. Reyes,

We hereby confirm that the digital badges previously issued to ${SAM.src} have been re-associated with ${SAM.keep} on Credly. We shall accordingly close this case.

Respectfully,
Harold`,
  }),
  mk({
    slug: 'en-badge-movedin-jordan',
    kind: 'badges_transferred',
    lang: 'en',
    note: 'casual: your badges have moved in',
    caseId: CASE.jordan,
    to: to(JORDAN),
    subject: caseSubj(CASE.jordan),
    d: '2026-05-10 09:45:00',
    enc: 'utf8qp',
    text: `Your badges have moved in! 🏠🏅

Just nudged Credly and everything from the agency email is now on ${JORDAN.keep}. Go show 'em off 😎

Mel

${q(gmailEn('2026-05-09 21:10', JORDAN.name, JORDAN.keep))}
${q('Merge looks great, thanks! Only thing: my Credly badges are still on the old agency email.')}`,
  }),
  mk({
    slug: 'en-badge-noauth-credly-sam',
    kind: 'badges_transferred',
    lang: 'en',
    note: 'Credly-looking AWS badge mail without any Authentication-Results: untrusted',
    caseId: null,
    from: CREDLY_AWS,
    to: to(SAM),
    subject: 'Your badges were transferred',
    d: '2026-06-08 18:00:00',
    enc: 'ascii7',
    auth: 'none',
    text: `Hi Samantha,

Your Amazon Web Services badges were transferred to your new account. Sign in to accept them:
https://credly-accept.example.net/`,
  }),
  mk({
    slug: 'en-badge-html-jordan2',
    kind: 'badges_transferred',
    lang: 'en',
    note: 'HTML-only support reply: badges now on the kept email',
    caseId: CASE.jordan2,
    to: to(JORDAN, JORDAN.src),
    subject: caseSubj(CASE.jordan2),
    d: '2026-05-25 08:00:00',
    enc: 'utf8b64',
    shape: 'html',
    text: `Hello Jordan,

Following up on your note: your Credly badges have now been moved to ${JORDAN.keep}. It can take a few hours for them to appear on your profile.

Priyanka`,
  }),
  mk({
    slug: 'en-badge-credly-dkim-sam',
    kind: 'badges_transferred',
    lang: 'en',
    note: 'Credly AWS badge with only an aligned dkim=pass (no dmarc verdict): trusted',
    caseId: null,
    from: CREDLY_AWS,
    to: to(SAM),
    subject: "You've earned a badge from Amazon Web Services Training and Certification",
    d: '2026-06-08 19:30:00',
    enc: 'ascii7',
    auth: 'dkimonly',
    text: `Samantha, you've earned the AWS Certified Machine Learning - Specialty badge.

Accept your badge: https://www.credly.com/badges/71b0e9d2-3c44-4e1f-a2d5-8e6c0f4b9d17

Credly`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'en-close-hereby-sam',
    kind: 'case_closed',
    lang: 'en',
    note: 'formal closing notice',
    caseId: CASE.sam,
    to: to(SAM),
    subject: caseSubj(CASE.sam),
    d: '2026-06-10 12:00:00',
    enc: 'ascii7',
    text: `Dear Ms. Reyes,

We hereby notify you that the above-referenced case has been resolved and is now closed. Should you require further assistance, you may reopen it by replying within fourteen (14) days.

Yours faithfully,
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-close-casual-jordan',
    kind: 'case_closed',
    lang: 'en',
    note: 'casual closing',
    caseId: CASE.jordan,
    to: to(JORDAN),
    subject: caseSubj(CASE.jordan),
    d: '2026-05-11 10:00:00',
    enc: 'utf8qp',
    text: `Closing this one out! 🎊
It was a pleasure, Jordan — ping us anytime.

Mel`,
  }),
  mk({
    slug: 'en-close-autoclose-jordan2',
    kind: 'case_closed',
    lang: 'en',
    note: 'will auto-close in 5 days without a reply',
    caseId: CASE.jordan2,
    from: NOTIFY,
    to: to(JORDAN, JORDAN.src),
    subject: `Case ${CASE.jordan2}: awaiting your response`,
    d: '2026-05-27 00:00:00',
    enc: 'utf8qp',
    shape: 'alt',
    text: `Hello,

We're waiting for your reply on case ${CASE.jordan2}. If we don't hear from you in the next 5 days, the case will be resolved automatically.

Amazon Web Services`,
  }),
  mk({
    slug: 'en-close-restate-sam',
    kind: 'case_closed',
    lang: 'en',
    trap: true,
    note: 'closing that only restates the earlier merge',
    caseId: CASE.sam,
    to: to(SAM, SAM.src),
    subject: caseSubj(CASE.sam),
    d: '2026-06-12 12:00:00',
    enc: 'utf8b64',
    text: `Dear Ms. Reyes,

As your accounts were merged on 5 June and your badges re-associated thereafter, we are closing this case. Thank you for your patience throughout.

Harold`,
  }),
  mk({
    slug: 'en-close-otheronly-jordan',
    kind: 'case_closed',
    lang: 'en',
    note: 'closing notice with only a foreign Authentication-Results: untrusted',
    caseId: CASE.jordan,
    from: NOTIFY,
    to: to(JORDAN),
    subject: `Case ${CASE.jordan} closed`,
    d: '2026-05-11 11:00:00',
    enc: 'ascii7',
    auth: 'otherOnly',
    text: `Your case ${CASE.jordan} has been closed. Rate your experience: https://survey.example.org/r/${CASE.jordan}`,
  }),
  mk({
    slug: 'en-close-html-sam',
    kind: 'case_closed',
    lang: 'en',
    note: 'HTML-only resolved notice from the notification sender',
    caseId: CASE.sam,
    from: NOTIFY,
    to: to(SAM),
    subject: `Case ${CASE.sam} has been resolved`,
    d: '2026-06-10 12:02:00',
    enc: 'utf8b64',
    shape: 'html',
    text: `Hello,

Case ${CASE.sam} has been marked as resolved. If you need more help with this issue, you can reopen the case from the Support Center.

Amazon Web Services`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'en-reply-consent-ack-sam',
    kind: 'support_reply',
    lang: 'en',
    trap: true,
    note: '“We hereby acknowledge your consent” — thanks-for-confirming, forwarded to the team',
    caseId: CASE.sam,
    to: to(SAM),
    subject: caseSubj(CASE.sam),
    d: '2026-06-04 18:00:00',
    enc: 'ascii7',
    text: `Dear Ms. Reyes,

We hereby acknowledge your consent to the proposed consolidation. Your request has been forwarded to the appropriate team for processing.

Respectfully,
Harold`,
  }),
  mk({
    slug: 'en-reply-thanks-jordan',
    kind: 'support_reply',
    lang: 'en',
    trap: true,
    note: 'casual thanks-for-confirming, passed along',
    caseId: CASE.jordan,
    to: to(JORDAN),
    subject: caseSubj(CASE.jordan),
    d: '2026-05-07 18:00:00',
    enc: 'utf8qp',
    text: `Thanks for confirming! 🙌 Passed it along to the team — I'll ping you as soon as it's through.

Mel

${q(gmailEn('2026-05-07 11:40', JORDAN.name, JORDAN.keep))}
${q('yes, go for it!')}`,
  }),
  mk({
    slug: 'en-reply-once-jordan2',
    kind: 'support_reply',
    lang: 'en',
    trap: true,
    note: 'future: “once the merge is complete we will notify you”',
    caseId: CASE.jordan2,
    to: to(JORDAN, JORDAN.src),
    subject: caseSubj(CASE.jordan2),
    d: '2026-05-22 16:00:00',
    enc: 'utf8qp',
    shape: 'alt',
    text: `Hi Jordan,

Thanks for your reply. Your request is with our merge team now. Once the merge is complete, we will notify you on this case.

Priyanka`,
  }),
  mk({
    slug: 'en-reply-notyet-sam',
    kind: 'support_reply',
    lang: 'en',
    trap: true,
    note: 'negated: “the merge has not yet been completed”',
    caseId: CASE.sam,
    to: to(SAM),
    subject: caseSubj(CASE.sam),
    d: '2026-06-05 09:00:00',
    enc: 'utf8b64',
    text: `Dear Ms. Reyes,

Kindly be advised that the merge has not yet been completed, owing to a verification step pending with our certification partner. We anticipate an update within two business days.

Harold`,
  }),
  mk({
    slug: 'en-reply-duptickets-jordan',
    kind: 'support_reply',
    lang: 'en',
    trap: true,
    note: '“we merged your duplicate tickets” — the cases, not the accounts',
    caseId: CASE.jordan,
    to: to(JORDAN),
    subject: caseSubj(CASE.jordan),
    d: '2026-05-05 12:00:00',
    enc: 'ascii7',
    text: `hey Jordan - looks like the form got submitted twice, so I merged your duplicate tickets into this one (${CASE.jordan}). No action needed, just reply here from now on!

Mel`,
  }),
  mk({
    slug: 'en-reply-escalated-sam',
    kind: 'support_reply',
    lang: 'en',
    note: 'status update: escalated, HTML only',
    caseId: CASE.sam,
    to: to(SAM),
    subject: caseSubj(CASE.sam),
    d: '2026-06-03 16:30:00',
    enc: 'utf8b64',
    shape: 'html',
    text: `Dear Ms. Reyes,

Please be informed that your matter has been escalated to our specialist team for review. We shall revert to you upon receipt of their findings.

Respectfully,
Harold`,
  }),
  mk({
    slug: 'en-reply-freemail-jordan',
    kind: 'support_reply',
    lang: 'en',
    note: 'trusted display name on a free-mail address: untrusted',
    caseId: CASE.jordan,
    from: 'AWS Training and Certification <aws.training.cert.team@gmail.com>',
    to: to(JORDAN),
    subject: caseSubj(CASE.jordan),
    d: '2026-05-06 13:00:00',
    enc: 'ascii7',
    text: `Hi Jordan,

We are looking into your request and will update you shortly. For faster service please add us on WhatsApp.

AWS T&C Team`,
  }),
  mk({
    slug: 'en-reply-unable-sam',
    kind: 'support_reply',
    lang: 'en',
    trap: true,
    note: 'formal: unable to merge accounts with differing legal names',
    caseId: CASE.sam,
    to: to(SAM, SAM.src),
    subject: caseSubj(CASE.sam),
    d: '2026-06-03 11:11:00',
    enc: 'ascii7',
    text: `Dear Ms. Reyes,

We regret to inform you that we are unable to merge accounts whose registered legal names differ ("Samantha Reyes" and "Sam Reyes-Ortiz"). We would be glad to assist once the names have been aligned.

Respectfully,
Harold`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'en-unrel-survey-jordan',
    kind: 'unrelated',
    lang: 'en',
    trap: true,
    note: 'survey (“Was your issue resolved?”)',
    caseId: CASE.jordan,
    from: NOTIFY,
    to: to(JORDAN),
    subject: 'How did we do? 😊',
    d: '2026-05-12 00:00:00',
    enc: 'utf8qp',
    text: `Hi Jordan!

Your case ${CASE.jordan} was recently closed. Was your issue resolved? Tell us in 30 seconds 👇
[Yes] [No]

Thanks a bunch!
AWS Support`,
  }),
  mk({
    slug: 'en-unrel-credly-hashicorp-sam',
    kind: 'unrelated',
    lang: 'en',
    trap: true,
    note: 'Credly badge from HashiCorp, another issuer',
    caseId: null,
    from: 'HashiCorp via Credly <admin@credly.com>',
    to: to(SAM),
    subject: 'HashiCorp has sent you a badge',
    d: '2026-06-06 15:00:00',
    enc: 'utf8qp',
    shape: 'alt',
    text: `Samantha, congratulations!

HashiCorp has issued you the HashiCorp Certified: Terraform Associate (003) badge.

Accept your badge
https://www.credly.com/badges/2f4b8e61-0a9c-4c3e-b7d2-5e9a1c8f6b40`,
  }),
  mk({
    slug: 'en-unrel-credly-mergecode-jordan',
    kind: 'unrelated',
    lang: 'en',
    trap: true,
    note: 'Credly’s own account-merge code mail',
    caseId: null,
    from: 'Credly <admin@credly.com>',
    to: to(JORDAN),
    subject: 'Complete your account merge',
    d: '2026-05-09 16:30:00',
    enc: 'ascii7',
    text: `Hi Jordan,

We received a request to merge another Credly account into this one. Enter this code to complete the account merge: 731 052

If you did not request this, you can ignore this email.

Credly`,
  }),
  mk({
    slug: 'en-unrel-score-sam',
    kind: 'unrelated',
    lang: 'en',
    trap: true,
    note: 'exam score report (“completed”, badge words)',
    caseId: null,
    from: PORTAL,
    to: to(SAM),
    subject: 'Your AWS Certification exam results are available',
    d: '2026-06-20 09:00:00',
    enc: 'ascii7',
    text: `Dear Samantha Reyes,

You have completed the AWS Certified Security - Specialty exam. Congratulations, you passed!
Your digital badge will be issued through Credly within five business days.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-unrel-reinvent-jordan',
    kind: 'unrelated',
    lang: 'en',
    trap: true,
    note: 'casual event marketing: “registration confirmed”',
    caseId: null,
    from: 'AWS re:Invent <reinvent@amazon.com>',
    to: to(JORDAN),
    subject: "You're in! 🎉 re:Invent registration confirmed",
    d: '2026-07-01 16:00:00',
    enc: 'utf8b64',
    text: `Woohoo, Jordan! 🎉

Your re:Invent registration is confirmed. Certified folks get into the lounge — bring your badge! 🏅

See you in Vegas 🎰
The re:Invent Team`,
  }),
  mk({
    slug: 'en-unrel-ooo-agent-sam',
    kind: 'unrelated',
    lang: 'en',
    note: 'an agent’s out-of-office auto-reply',
    caseId: CASE.sam,
    from: 'Harold Whitcombe <hwhitcombe@amazon.com>',
    to: to(SAM),
    subject: `Automatic reply: ${caseSubj(CASE.sam)}`,
    d: '2026-06-04 19:00:00',
    enc: 'ascii7',
    extra: ['Auto-Submitted: auto-replied'],
    text: `I am currently out of the office with limited access to email until 8 June. Your message regarding case ${CASE.sam} will be attended to upon my return.

Harold Whitcombe`,
  }),
  mk({
    slug: 'en-unrel-refund-closed-jordan',
    kind: 'unrelated',
    lang: 'en',
    trap: true,
    note: 'the user’s other case (exam refund) resolved; says its topic',
    caseId: CASE.refund,
    from: NOTIFY,
    to: to(JORDAN),
    subject: `Case ${CASE.refund} resolved: exam voucher refund`,
    d: '2026-05-15 10:00:00',
    enc: 'ascii7',
    text: `Hello,

Your case ${CASE.refund} regarding the refund of your exam voucher has been resolved and closed. The refund was issued to your original payment method.

Amazon Web Services`,
  }),
  mk({
    slug: 'en-unrel-ownfwd-sam',
    kind: 'unrelated',
    lang: 'en',
    trap: true,
    note: 'the user forwards the completion notice to a colleague (not to her own address): not for the user',
    caseId: CASE.sam,
    forUser: false,
    from: to(SAM),
    to: 'Lee Park <lee.park@example.org>',
    subject: `Fwd: ${caseSubj(CASE.sam)}`,
    d: '2026-06-05 10:15:00',
    tz: '-0400',
    enc: 'utf8qp',
    text: `Lee — FYI, finally merged! 🥳 Now you can put my certs on the partner list.

${fwd('2026-06-05 09:00', `AWS Training and Certification <${SUPPORT_ADDR}>`, SAM.keep, caseSubj(CASE.sam), 'We are pleased to inform you that the consolidation of your AWS Certification accounts has been completed.', 'en')}`,
  }),
  mk({
    slug: 'en-unrel-skillbuilder-jordan',
    kind: 'unrelated',
    lang: 'en',
    trap: true,
    note: 'Skill Builder course completed',
    caseId: null,
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws>',
    to: to(JORDAN),
    subject: 'Course completed 🎉',
    d: '2026-05-18 20:00:00',
    enc: 'utf8qp',
    text: `Nice work, Jordan! 🎉 You've completed "Exam Prep: AWS Certified Developer – Associate".
Keep the streak going 🔥

AWS Skill Builder`,
  }),
];
