// Set az, English part 1: receipts, automated answers, information and consent requests.
import type { Msg } from './lib.js';
import { CASE, FISCHER, MARTIN, MEHTA, NOTIFY, OKAFOR, SUP, SUPPORT_AWS, SUP_BARE, formSubj, gmailEn, mk, outlookEn, sfBlock, toHtml, whoEn } from './common.js';

export const EN1: Msg[] = [
  // ---------------- acknowledgement (6)
  mk({
    slug: 'en-ack-new-case-after-closed',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.martinNew,
    note: 'receipt of a new case opened because the badge question came after the first case closed',
    from: NOTIFY,
    to: MARTIN.keep,
    subject: `AWS Support: We've received your case ${CASE.martinNew}`,
    at: '2026-11-23 14:02:51',
    text: `Hello,

We've received your request and opened case ${CASE.martinNew}.

Subject: Badges still under old email after merge (previous case ${CASE.martin})
Severity: General guidance

An associate will respond by email, usually within 24 hours. You can add correspondence to this case from the Support Center.

Amazon Web Services`,
  }),
  mk({
    slug: 'en-ack-lf-thank-you-contacting',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.okafor,
    crlf: false,
    note: 'the form\'s automatic receipt with LF line ends; case ID in the subject',
    from: SUP,
    to: OKAFOR.keep,
    subject: `[CASE ${CASE.okafor}] Thank you for contacting AWS Training and Certification`,
    at: '2026-10-20 16:44:09',
    text: `Hi Daniel,

Thanks for reaching out. Your request is now in our queue under the case number shown in the subject line.

Our team answers in the order requests arrive, normally within one business day. Opening another request about the same issue moves you to the back of the queue, so please just reply to this thread if you need to add something.

AWS Training and Certification Customer Service`,
  }),
  mk({
    slug: 'en-ack-html-only-mehta',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.mehta,
    note: 'HTML-only receipt; the case number is in a table cell',
    from: SUP,
    to: MEHTA.keep,
    subject: 'Your AWS Training and Certification request',
    at: '2026-10-28 09:12:30',
    enc: 'utf8qp',
    html: `<html><body>
<h2 style="color:#232f3e">Request received</h2>
<table cellpadding="6" style="border-collapse:collapse">
<tr><td style="color:#555">Case number</td><td><b>${CASE.mehta}</b></td></tr>
<tr><td style="color:#555">Topic</td><td>Certification &ndash; account assistance</td></tr>
<tr><td style="color:#555">Expected reply</td><td>within 24&ndash;48 hours</td></tr>
</table>
<p>You don&rsquo;t need to do anything right now. We&rsquo;ll e-mail you at this address.</p>
</body></html>`,
  }),
  mk({
    slug: 'en-ack-id-only-in-body',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.fischer,
    note: 'subject has no case ID; the receipt carries it in the body',
    from: SUP,
    to: FISCHER.keep,
    subject: 'We received your inquiry',
    at: '2026-11-01 07:30:45',
    text: `Dear Lena Fischer,

This message confirms that your inquiry reached us. Reference: CASE ${CASE.fischer}.

Please keep this number for your records. A member of the team will be in touch shortly.

Kind regards,
AWS T&C Support`,
  }),
  mk({
    slug: 'en-ack-lookalike-subdomain',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.okafor,
    note: 'receipt from amazon.com.case-center.io, a look-alike registrable domain: untrusted',
    from: 'AWS Training and Certification <support@amazon.com.case-center.io>',
    to: OKAFOR.keep,
    subject: `Case ${CASE.okafor} received - action required`,
    at: '2026-10-21 02:18:00',
    trusted: false,
    text: `Hello Daniel,

Your case ${CASE.okafor} was received. To keep it open, verify your identity within 12 hours:
https://amazon.com.case-center.io/verify

AWS Support`,
  }),
  mk({
    slug: 'en-ack-support-aws-dkimonly',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.mehtaDup,
    note: 'receipt from support.aws.com with only an aligned DKIM pass (trusted); a second case opened by mistake',
    from: SUPPORT_AWS,
    to: MEHTA.keep,
    subject: `Case ${CASE.mehtaDup} created`,
    at: '2026-10-30 18:25:12',
    auth: 'dkimonly',
    text: `Your support case ${CASE.mehtaDup} has been created.

We will contact you at ${MEHTA.keep}. Replies usually arrive within one business day.`,
  }),

  // ---------------- ai_answer (6)
  mk({
    slug: 'en-ai-merge-tool-failed-retry',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    note: 'generated answer: if the Merge Accounts tool failed, try again later or create a case',
    from: SUPPORT_AWS,
    to: OKAFOR.keep,
    subject: 'Suggested answer to your question',
    at: '2026-10-20 16:39:55',
    text: `This answer was generated automatically and may not be accurate.

You asked: "merge accounts tool says something went wrong"

- The Merge Accounts option is under your profile menu on the certification portal.
- Errors are sometimes temporary; waiting a few hours and running it again often works.
- The tool cannot combine two accounts that both hold certification history. For that, choose "Create case" below.

Did this answer your question? Yes / No`,
  }),
  mk({
    slug: 'en-ai-badges-claim-after-merge',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    note: 'automated explanation of claiming Credly badges after a merge; stays ai_answer',
    from: SUPPORT_AWS,
    to: MARTIN.keep,
    subject: 'Answer from AWS Support assistant',
    at: '2026-11-23 13:58:20',
    text: `Automated response

When two certification accounts are combined, your digital badges are re-issued to the e-mail address of the account you kept. If you already have a Credly profile under another address, add that address as a secondary e-mail in Credly and accept the badges from your dashboard.

If the badges have not appeared after a few business days, a support agent can help. Select "Create case" to continue.`,
  }),
  mk({
    slug: 'en-ai-html-sources',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    note: 'HTML-only AI answer with source links',
    from: SUPPORT_AWS,
    to: FISCHER.keep,
    subject: 'Here is what we found',
    at: '2026-11-01 07:26:03',
    enc: 'utf8qp',
    html: `<html><body>
<p><i>Generated with AI. Review before acting on it.</i></p>
<p>It sounds like you have more than one AWS Certification account. You can usually combine them yourself with <b>Merge Accounts</b>: sign in to the account you want to keep, open the merge option and sign in to the other one when prompted.</p>
<p>Sources:</p>
<ol><li><a href="https://aws.amazon.com/certification/faqs/">AWS Certification FAQs</a></li>
<li><a href="https://aws.amazon.com/certification/policies/">Certification policies</a></li></ol>
<p><a href="#">Still need help? Create a case</a></p>
</body></html>`,
  }),
  mk({
    slug: 'en-ai-utf8qp-second-account-login',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    note: 'AI assistant suggests the self-service route; quoted-printable',
    from: SUPPORT_AWS,
    to: MEHTA.keep,
    subject: 'AI-generated guidance for your request',
    at: '2026-10-28 09:05:41',
    enc: 'utf8qp',
    text: `Hi there \u2014 here\u2019s an automated suggestion based on what you typed.

If you can still sign in to both certification accounts, the quickest path is the self-service merge on the portal. It moves exam history and certifications into the account you are signed in to.

If you can\u2019t sign in to the old one (for example, the e-mail belonged to a former employer), continue to "Create case" and an agent will help.`,
  }),
  mk({
    slug: 'en-ai-voucher-timing',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    note: 'automated answer about benefits timing after a merge',
    from: SUPPORT_AWS,
    to: FISCHER.keep,
    subject: 'Automated reply: benefits after merging',
    at: '2026-11-16 11:11:11',
    enc: 'utf8b64',
    text: `This is an automated, AI-generated reply.

Exam discount vouchers and other benefits are linked to the certification, not the login. After a merge they normally appear on the Benefits page of the remaining account, though it can take several days.

Tip: vouchers that were already used or expired will not be shown again.`,
  }),
  mk({
    slug: 'en-ai-one-liner-src-address',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    note: 'one-line generated answer delivered to the source address; still ai_answer',
    from: SUPPORT_AWS,
    to: MARTIN.src,
    subject: 'Suggested answer',
    at: '2026-10-24 15:00:12',
    text: `Generated answer: you can merge duplicate certification accounts from the profile menu. If that fails, open a case.`,
  }),

  // ---------------- info_request (7)
  mk({
    slug: 'en-info-resend-ids-not-found',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.okafor,
    note: 'bottom-posted: support asks again for the candidate IDs that the quoted mail already contains',
    from: SUP,
    to: OKAFOR.keep,
    subject: formSubj(CASE.okafor),
    at: '2026-10-22 10:41:27',
    text: `${gmailEn('2026-10-21 20:13', whoEn(OKAFOR), `Keep: ${OKAFOR.keepId} (${OKAFOR.keep})
Old: AWS2317058 (${OKAFOR.src})`)}

Hi Daniel,

Apologies for asking twice. Our system didn't return a match for the IDs in your last message above, possibly because of a typo on one side.
Could you sign in to each account and copy the candidate ID exactly as shown on the profile page, then send both to us again?

Thank you,
Marco
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-info-restated-merge-plus-question',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.martinNew,
    trap: true,
    note: 'restates that the accounts were merged on Nov 18, then asks which address the Credly profile uses',
    from: SUP,
    to: MARTIN.keep,
    subject: formSubj(CASE.martinNew),
    at: '2026-11-24 08:20:14',
    text: `Hello Chloe,

Thanks for the new case. For context: your certification accounts were merged on November 18 under case ${CASE.martin}, and that part is final.
To chase the badges, I need one more detail: which e-mail address do you sign in to Credly with? If it has more than one address attached, please list them all.

Best,
Anika`,
  }),
  mk({
    slug: 'en-info-after-rollback-which-primary',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.mehta,
    trap: true,
    note: 'the merge was reversed; support asks which account should be primary this time',
    from: SUP,
    to: MEHTA.keep,
    subject: formSubj(CASE.mehta),
    at: '2026-11-12 05:36:50',
    text: `Hi Rahul,

As you asked, we reverted the merge, so ${MEHTA.keepId} and ${MEHTA.srcId} are two separate accounts again.

Before we run it again, tell us which one should remain as the primary account (candidate ID and sign-in e-mail), and whether any exam is scheduled on the other one.

Regards,
Jonah`,
  }),
  mk({
    slug: 'en-info-confirm-email-on-file',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.fischer,
    trap: true,
    note: '"please confirm the e-mail address you keep" asks for information, not consent',
    from: SUP,
    to: FISCHER.keep,
    subject: formSubj(CASE.fischer),
    at: '2026-11-02 12:04:33',
    text: `Dear Lena,

Could you confirm which e-mail address you want on the surviving account? Your form lists ${FISCHER.keep}, but the reply came from ${FISCHER.src}.
Just let us know the one you'll be using going forward.

Thanks,
Priyanka S.`,
  }),
  mk({
    slug: 'en-info-forged-below-dob',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.okafor,
    note: 'asks for date of birth and ID scan; its pass verdict is planted below the Received line: untrusted',
    from: SUP,
    to: OKAFOR.keep,
    subject: formSubj(CASE.okafor),
    at: '2026-10-23 03:03:03',
    auth: 'forgedBelow',
    trusted: false,
    text: `Daniel,

The retry failed verification. Reply with your date of birth and a photo of both sides of your ID card so we can proceed.`,
  }),
  mk({
    slug: 'en-info-outlook-legal-name',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.mehta,
    note: 'the second attempt stopped on a name difference; asks for the legal name under an Outlook block',
    from: SUP,
    to: MEHTA.keep,
    subject: formSubj(CASE.mehta),
    at: '2026-11-03 06:14:59',
    text: `Hi Rahul,

The team tried the merge a second time and it stopped at the same step: the names on the two profiles differ ("Rahul Mehta" vs "Rahul K. Mehta").
What is your full legal name exactly as printed on the ID you bring to the test centre?

Jonah

${outlookEn('2026-11-02 19:40', whoEn(MEHTA), 'AWS Training and Certification', formSubj(CASE.mehta), `Any update? It has been a week since I agreed.`)}`,
  }),
  mk({
    slug: 'en-info-multipart-exam-dates',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.okafor,
    note: 'asks for the exam dates of the missing certifications; multipart/alternative',
    from: SUP,
    to: OKAFOR.keep,
    subject: formSubj(CASE.okafor),
    at: '2026-11-06 13:25:48',
    enc: 'utf8qp',
    text: `Hi Daniel,

Thanks for flagging that only one of your two certifications shows up. To trace the other, please send:
1. the certification name
2. the approximate exam date
3. the e-mail you registered with at the time

Marco`,
    html: toHtml(`Hi Daniel,

Thanks for flagging that only one of your two certifications shows up. To trace the other, please send:
1. the certification name
2. the approximate exam date
3. the e-mail you registered with at the time

Marco`),
  }),

  // ---------------- confirmation_request (8)
  mk({
    slug: 'en-confirm-ambiguous-ok-i-guess',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.fischer,
    note: 'the reply "ok I guess?" was not clear enough; support asks for an explicit yes again',
    from: SUP,
    to: FISCHER.keep,
    subject: formSubj(CASE.fischer),
    at: '2026-11-04 09:48:02',
    text: `Hi Lena,

Thanks for getting back to us. Since a merge is permanent, we need an unambiguous yes before going ahead, and "ok I guess?" leaves us unsure.

If you want ${FISCHER.srcId} folded into ${FISCHER.keepId}, please reply with "Yes, please merge" (or tell us if you'd rather hold off).

Priyanka S.

${gmailEn('2026-11-03 22:16', whoEn(FISCHER), `ok I guess?`)}`,
  }),
  mk({
    slug: 'en-confirm-reply-came-from-old-address',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.okafor,
    note: 'consent came from the source address; support asks for it again from the kept address',
    from: SUP,
    to: OKAFOR.keep,
    cc: OKAFOR.src,
    subject: formSubj(CASE.okafor),
    at: '2026-10-26 11:02:36',
    text: `Hello Daniel,

We did get your "go ahead", but it was sent from ${OKAFOR.src}, which is the account being retired. For security we can only accept agreement from the owner of the account that stays.

Please reply from ${OKAFOR.keep} confirming you agree that ${OKAFOR.srcId} will be merged into ${OKAFOR.keepId}. Once merged, the accounts can't be separated again.

Marco

${sfBlock('en', `${OKAFOR.name} <${OKAFOR.src}>`, '10/25/2026 8:41 PM', SUP_BARE, formSubj(CASE.okafor), `go ahead, thanks`)}`,
  }),
  mk({
    slug: 'en-confirm-retry-reconsent',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.mehta,
    trap: true,
    note: 'the first run did not complete; a new run needs the customer to agree again',
    from: SUP,
    to: MEHTA.keep,
    subject: formSubj(CASE.mehta),
    at: '2026-11-05 04:51:17',
    text: `Hi Rahul,

Thanks for the legal name. The earlier run did not complete, so nothing has changed on either account yet.
Because we are starting a new request, we need your agreement again: ${MEHTA.srcId} (${MEHTA.src}) into ${MEHTA.keepId} (${MEHTA.keep}). This is irreversible.

A short "I agree" in reply is enough.

Jonah`,
  }),
  mk({
    slug: 'en-confirm-html-details-card',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.martin,
    note: 'HTML consent request listing both accounts',
    from: SUP,
    to: MARTIN.keep,
    subject: formSubj(CASE.martin),
    at: '2026-11-14 10:31:09',
    enc: 'utf8b64',
    html: `<html><body>
<p>Bonjour Chloe,</p>
<p>Please review the merge below.</p>
<table border="0" cellpadding="4">
<tr><td>Account that will be retired</td><td>${MARTIN.srcId} &middot; ${MARTIN.src}</td></tr>
<tr><td>Account that will remain</td><td>${MARTIN.keepId} &middot; ${MARTIN.keep}</td></tr>
</table>
<p><b>This can&#39;t be reversed.</b> If everything is correct, simply answer this e-mail saying you approve.</p>
<p>Anika &ndash; AWS Training and Certification</p>
</body></html>`,
  }),
  mk({
    slug: 'en-confirm-plain-ascii',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.fischer,
    note: 'plain consent request, first time round',
    from: SUP,
    to: FISCHER.keep,
    subject: formSubj(CASE.fischer),
    at: '2026-11-02 20:15:00',
    text: `Dear Lena,

We found both profiles. Do you authorise us to combine the university account into your personal one? Be aware the merge is final.

Reply to this message with your decision.

Priyanka S.`,
  }),
  mk({
    slug: 'en-confirm-lookalike-awstrainingcert',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.mehta,
    note: 'consent request from the look-alike domain aws-trainingcert.com: untrusted',
    from: 'AWS Training and Certification <cases@aws-trainingcert.com>',
    to: MEHTA.keep,
    subject: formSubj(CASE.mehta),
    at: '2026-11-05 17:45:33',
    trusted: false,
    text: `Rahul,

Click below to approve the second merge attempt. The link expires in 2 hours.
https://aws-trainingcert.com/approve/${CASE.mehta}`,
  }),
  mk({
    slug: 'en-confirm-outlook-thread-swap',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.martin,
    note: 'user asked to swap which account stays; support restates the new direction and asks for consent',
    from: SUP,
    to: MARTIN.keep,
    subject: formSubj(CASE.martin),
    at: '2026-11-16 08:09:44',
    text: `Hi Chloe,

No problem, we have not done anything yet. With your change, the plan is now:

  retire: ${MARTIN.srcId} (${MARTIN.src})
  keep:   ${MARTIN.keepId} (${MARTIN.keep})

Could you reply "confirmed" if that is right? After that it's permanent.

Anika

${outlookEn('2026-11-15 21:30', whoEn(MARTIN), 'AWS Training and Certification', formSubj(CASE.martin), `Sorry, I mixed them up in the form. Please keep the personal one (${MARTIN.keep}).

${outlookEn('2026-11-14 10:31', 'AWS Training and Certification', MARTIN.keep, formSubj(CASE.martin), `Please review the merge below. This can't be reversed.`)}`)}`,
  }),
  mk({
    slug: 'en-confirm-utf8b64-after-rollback',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.mehta,
    trap: true,
    note: 'after the rollback, support asks the customer to approve the merge in the corrected direction',
    from: SUP,
    to: MEHTA.keep,
    subject: formSubj(CASE.mehta),
    at: '2026-11-13 07:22:08',
    enc: 'utf8b64',
    text: `Hi Rahul,

Thanks for clarifying. With the earlier merge reverted, we're ready to go again the right way round:
${MEHTA.srcId} \u2192 ${MEHTA.keepId}.

Please reply to approve. As before, once done it cannot be split.

Jonah`,
  }),
];
