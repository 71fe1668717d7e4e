// cu set, English messages.
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY, CASE, CASE2, CREDLY_AWS, LENA, LENA_REQ, OLD_CERT, PORTAL, PORTAL_NOTIFY, RAVI, RAVI_REQ, SAM, SAM_REQ, SUPPORT,
  SUPPORT_BARE, SUPPORT_NOTIFY, cet, esc, formSubject, gmailEn, htmlDoc, mk, oldReceipt2021, outlookEn, paras, pst,
  quote, sfOriginal, sfRef, utc,
} from './common.js';

const ist = (local: string): string => {
  const mm = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(local);
  if (!mm) throw new Error(local);
  return utc(local).replace(/\+0000$/, '+0530');
};

// ------------------------------------------------------------------ acknowledgement (6)
const ACK: Msg[] = [
  mk({
    slug: 'en-ack-sam-plain',
    kind: 'acknowledgement', lang: 'en', caseId: CASE.sam,
    note: 'automatic receipt of the merge case',
    from: AWS_NOTIFY, to: SAM.keep,
    subject: `We've received your request [Case ID ${CASE.sam}]`,
    date: pst('2026-01-20 09:14:02'), enc: 'ascii7',
    text: `Hello Sam Okafor,

Thanks for reaching out to AWS Training and Certification. Your case ${CASE.sam} is open
and in the queue for our Certification team.

  Case ID:      ${CASE.sam}
  Category:     Certification > Account assistance
  Contact:      Email

Most customers hear back within one business day. Replying to this email adds your note to
the same case - please don't open a new one for the same question.

Amazon Web Services`,
  }),
  mk({
    slug: 'en-ack-lena-2026template',
    kind: 'acknowledgement', lang: 'en', caseId: CASE.lena,
    note: '2026-style receipt naming the renamed portal; multipart',
    from: AWS_NOTIFY, to: LENA.keep,
    subject: `Your case with AWS Training & Certification: ${CASE.lena}`,
    date: cet('2026-04-02 18:20:41'), enc: 'utf8qp',
    text: `Hi Lena,

Your case number is ${CASE.lena}.

You contacted us from the AWS Training & Certification portal (the site formerly known as
aws.training / CertMetrics). A specialist will pick this up shortly - there's nothing else
you need to do right now.

— AWS Training & Certification Support`,
    html: htmlDoc(`<p>Hi Lena,</p>
<p>Your case number is <strong>${CASE.lena}</strong>.</p>
<p>You contacted us from the AWS Training &amp; Certification portal (the site formerly known as aws.training / CertMetrics). A specialist will pick this up shortly &mdash; there&rsquo;s nothing else you need to do right now.</p>
<p>&mdash; AWS Training &amp; Certification Support</p>`, 'en'),
  }),
  mk({
    slug: 'en-ack-forged-below',
    kind: 'acknowledgement', lang: 'en', caseId: CASE.sam, trusted: false, auth: 'forgedBelow',
    note: 'receipt whose dmarc=pass header sits below the server\'s Received line',
    from: AWS_NOTIFY, to: SAM.keep,
    subject: `Case ${CASE.sam} received - action needed`,
    date: pst('2026-01-20 23:48:10'), enc: 'ascii7',
    text: `Hello,

Your AWS Training and Certification case ${CASE.sam} has been received.

Because AWS Builder ID replaced Amazon.com sign-in, you must re-verify your identity within
24 hours or the case will be discarded:

https://builder-id-verify.example.net/case/${CASE.sam}

Amazon Web Services`,
  }),
  mk({
    slug: 'en-ack-ravi2-dkimonly',
    kind: 'acknowledgement', lang: 'en', caseId: CASE2.ravi2, auth: 'dkimonly',
    note: 'receipt from support.aws.com with aligned DKIM only; says nothing of its topic',
    from: SUPPORT_NOTIFY, to: RAVI.keep,
    subject: `Case ${CASE2.ravi2} created`,
    date: ist('2026-03-03 11:05:19'), enc: 'utf8b64',
    text: `Dear Customer,

A new support case has been created for you.

Case ID: ${CASE2.ravi2}
Severity: General guidance

You will receive updates at this address. To add information, reply to this message.

AWS Support`,
  }),
  mk({
    slug: 'en-ack-lena-2021-original',
    kind: 'acknowledgement', lang: 'en', caseId: CASE.lenaOld, crlf: false,
    note: 'the original 2021-template receipt (old sender, CertMetrics signature) still in the mailbox',
    from: OLD_CERT, to: LENA.src,
    subject: `AWS Certification - Case # ${CASE.lenaOld} received`,
    date: utc('2021-06-07 14:02:33'), enc: 'ascii7',
    text: oldReceipt2021(CASE.lenaOld, 'Lena Fischer'),
  }),
  mk({
    slug: 'en-ack-ravi-bodyonly',
    kind: 'acknowledgement', lang: 'en', caseId: CASE2.ravi,
    note: 'receipt with a generic subject; the case ID is only in the body',
    from: AWS_NOTIFY, to: RAVI.keep,
    subject: 'Thank you for contacting AWS Training and Certification',
    date: ist('2026-03-02 20:31:56'), enc: 'utf8qp',
    text: `Dear Ravi,

This note confirms we've logged your request about your certification account under case
number ${CASE2.ravi}. An agent will respond by email, usually within 24 hours.

Tip: sign in with your AWS Builder ID to view your certifications while you wait.

Kind regards,
Amazon Web Services`,
  }),
];

// ------------------------------------------------------------------ ai_answer (6)
const AI: Msg[] = [
  mk({
    slug: 'en-ai-sam-mergetool',
    kind: 'ai_answer', lang: 'en',
    note: 'generated suggestion: use the Merge Accounts tool in the portal (formerly CertMetrics)',
    from: AWS_NOTIFY, to: SAM.keep,
    subject: 'Suggested answer for your AWS Training and Certification question',
    date: pst('2026-01-20 09:08:44'), enc: 'ascii7',
    text: `This answer was generated automatically based on what you typed.

It sounds like you have more than one certification account. You can usually combine them
yourself:

  1. Sign in to the AWS Training & Certification portal (the former CertMetrics site) with
     your AWS Builder ID.
  2. Open your profile and choose "Merge Accounts".
  3. Enter the sign-in details of the other account and follow the prompts.

If both accounts already hold certifications, the tool will stop and ask you to contact us.
In that case choose "Create case".

Did this help?  Yes | No`,
  }),
  mk({
    slug: 'en-ai-lena-lwa-sunset',
    kind: 'ai_answer', lang: 'en',
    note: 'automated answer on the Login with Amazon sunset, profile linking and the merge tool',
    from: AWS_NOTIFY, to: LENA.keep,
    subject: 'Automated response: signing in after Login with Amazon',
    date: cet('2026-04-02 18:11:03'), enc: 'utf8qp',
    text: `(Automated response)

Login with Amazon stopped working for AWS Training and Certification on January 31, 2024.
If you used it before, create an AWS Builder ID with the same email address and you'll be
offered to link your existing profile — your exam history stays where it is.

Changing how you sign in does not require an account merge. If you actually have two
certification accounts under two different emails, the Merge Accounts tool in your
profile is the quickest route.

Still stuck? Select "Create case" to talk to a person.`,
  }),
  mk({
    slug: 'en-ai-ravi-aftermerge',
    kind: 'ai_answer', lang: 'en', trap: true,
    note: 'AI answer describing what moves after a merge (certs, vouchers, badges)',
    from: AWS_NOTIFY, to: RAVI.keep,
    subject: 'Here is an answer that may help',
    date: ist('2026-03-02 20:25:10'), enc: 'utf8b64',
    text: `Generated by AI - please verify before acting.

After two accounts are merged, the certifications, exam history and unused benefits (such as
the 50% exam voucher) from the retired account appear in the account you keep, and the
retired account can no longer sign in. Credly badges sometimes stay behind; if they do, claim
them again from the kept account.

You can start a merge from Profile > Merge Accounts. If the tool refuses, create a case.`,
    html: htmlDoc(`<p style="color:#8d6605"><i>Generated by AI - please verify before acting.</i></p>
${paras(`After two accounts are merged, the certifications, exam history and unused benefits (such as the 50% exam voucher) from the retired account appear in the account you keep, and the retired account can no longer sign in. Credly badges sometimes stay behind; if they do, claim them again from the kept account.

You can start a merge from Profile > Merge Accounts. If the tool refuses, create a case.`)}`, 'en'),
  }),
  mk({
    slug: 'en-ai-sam-htmlonly',
    kind: 'ai_answer', lang: 'en',
    note: 'HTML-only automatic answer about Skill Builder vs certification profile',
    from: AWS_NOTIFY, to: SAM.keep,
    subject: 'Your question: Skill Builder and certification profiles',
    date: pst('2026-01-21 07:40:29'), enc: 'utf8qp',
    html: htmlDoc(`<p><b>This response was generated automatically.</b></p>
<p>Your AWS Skill Builder profile and your AWS Certification account both use your AWS Builder ID to sign in, but they keep separate records. Linking a sign-in method does not combine certification records.</p>
<ul><li>To combine certifications: Certification portal &rarr; Profile &rarr; Merge Accounts</li>
<li>To change your sign-in email: Builder ID profile settings</li></ul>
<p>Need more help? <a href="https://support.aws.amazon.com/#/contacts/aws-training">Create a case</a></p>`, 'en'),
  }),
  mk({
    slug: 'en-ai-lena-acclaim-credly',
    kind: 'ai_answer', lang: 'en', trap: true,
    note: 'AI answer: Acclaim badges now live on Credly; merge first, then claim',
    from: AWS_NOTIFY, to: LENA.keep,
    subject: 'Suggested answer: where did my Acclaim badges go?',
    date: cet('2026-04-02 18:13:50'), enc: 'ascii7',
    text: `This is an AI-generated suggestion.

Badges you accepted on Acclaim (youracclaim.com) before 2021 now live on Credly
(credly.com) - only the name and web address changed. If you see fewer AWS badges than
expected, you may have two certification accounts. Merge them first, then claim your badges
on Credly from the account you keep.

Was this helpful?`,
  }),
  mk({
    slug: 'en-ai-lookalike-authserv',
    kind: 'ai_answer', lang: 'en', trusted: false, auth: 'lookalikeServer',
    note: 'AI-answer look-alike; Authentication-Results from a look-alike authserv-id',
    from: AWS_NOTIFY, to: RAVI.keep,
    subject: 'AI Assistant: faster account merge',
    date: ist('2026-03-04 03:10:09'), enc: 'ascii7',
    text: `AI Assistant

Good news - you qualify for instant merge. Sign in with both accounts at the link below and
the merge runs automatically.

https://instant-merge.example-aws.net/

AWS Training and Certification`,
  }),
];

// ------------------------------------------------------------------ info_request (7)
const INFO: Msg[] = [
  mk({
    slug: 'en-info-sam-ids',
    kind: 'info_request', lang: 'en', caseId: CASE.sam,
    note: 'asks for both candidate IDs and which account to keep',
    from: SUPPORT, to: SAM.keep,
    subject: formSubject(CASE.sam),
    date: pst('2026-01-21 13:02:55'), enc: 'ascii7',
    text: `Hello Sam,

My name is Priscila and I'll be looking after your request.

Before we can go any further, please send us:
  - the AWS Candidate ID of each account (Profile page, top right once signed in)
  - which of the two accounts should remain active afterwards

If you no longer have access to the old one, the email it used is enough.

Best,
Priscila
AWS Training and Certification

${sfOriginal(SAM.keep, '1/20/2026 5:14 PM', SUPPORT_BARE, 'account-assistance', SAM_REQ)}

${sfRef('Sa22')}`,
  }),
  mk({
    slug: 'en-info-ravi-oldlogin',
    kind: 'info_request', lang: 'en', caseId: CASE2.ravi,
    note: 'cannot locate a record; needs the old CertMetrics login e-mail and the Builder ID e-mail',
    from: SUPPORT, to: RAVI.keep,
    subject: formSubject(CASE2.ravi),
    date: ist('2026-03-03 16:44:12'), enc: 'utf8qp',
    text: `Hi Ravi,

Thanks for the details. We weren't able to find a certification record under
${RAVI.src} on our side. Accounts created on the old CertMetrics site sometimes used a
different login email than the one notifications went to.

Which email did you type on the old sign-in page, and which email is on your AWS Builder ID?
Once we have both we can look again.

Regards,
Dev — AWS T&C Customer Service

${gmailEn('2026-03-02 20:30', 'Ravi Menon', RAVI.keep)}
${quote(RAVI_REQ)}`,
  }),
  mk({
    slug: 'en-info-lena-confirm-retain',
    kind: 'info_request', lang: 'en', caseId: CASE.lena, trap: true,
    note: '"please confirm which e-mail to retain" asks for information, not consent',
    from: SUPPORT, to: LENA.keep,
    subject: formSubject(CASE.lena),
    date: cet('2026-04-03 10:18:40'), enc: 'utf8b64',
    text: `Dear Lena,

Thank you for getting back in touch after all this time.

Could you please confirm which email address you'd like to retain going forward? Your form
lists ${LENA.keep}, while the 2021 case was raised from ${LENA.src}.

Kind regards,
Tomasz
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-info-sam-credly-email',
    kind: 'info_request', lang: 'en', caseId: CASE.sam,
    note: 'asks the e-mail on the Credly (formerly Acclaim) profile so badges can be reassociated',
    from: SUPPORT, to: SAM.keep,
    subject: formSubject(CASE.sam),
    date: pst('2026-02-04 10:26:33'), enc: 'ascii7',
    text: `Hi Sam,

Happy to help with the badges too. To ask Credly to reassociate them we need the email
address on your Credly profile - if you first accepted AWS badges back when it was still
called Acclaim (youracclaim.com), it may be that older address rather than ${SAM.keep}.

Send it over when you can.

Priscila

${gmailEn('2026-02-03 21:14', 'Sam Okafor', SAM.keep)}
> Thanks for merging! One thing: my Credly page still doesn't show the 2020 badge.`,
  }),
  mk({
    slug: 'en-info-fail-then-forged',
    kind: 'info_request', lang: 'en', caseId: CASE2.ravi, trusted: false, auth: 'failThenForged',
    note: 'request for card details; top Authentication-Results fails, a planted pass sits lower',
    from: SUPPORT, to: RAVI.keep,
    subject: formSubject(CASE2.ravi),
    date: ist('2026-03-05 01:51:37'), enc: 'ascii7',
    text: `Hello Ravi,

To verify ownership of both certification accounts, reply with the card number used for
your last exam payment and the one-time code we just sent to your phone.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-info-lena-toppost-2021',
    kind: 'info_request', lang: 'en', caseId: CASE.lena,
    note: 'top-posted request for both candidate IDs above her reply and the quoted 2021 receipt',
    from: SUPPORT, to: LENA.keep,
    subject: formSubject(CASE.lena),
    date: cet('2026-04-06 09:05:27'), enc: 'utf8qp',
    text: `Hi Lena,

Thanks - ${LENA.keep} it is. One more thing before I can set anything up: the Candidate ID of
the university account. It starts with "AWS" and is printed on your old certificate PDF.

Tomasz

${outlookEn(`Lena Fischer <${LENA.keep}>`, 'Friday, April 3, 2026 2:40 PM', SUPPORT_BARE, formSubject(CASE.lena))}

Please keep ${LENA.keep}. The uni address will stop working in June.

> ${LENA_REQ.split('\n').join('\n> ')}
>
> ----- original receipt, 2021 -----
${quote(quote(oldReceipt2021(CASE.lenaOld, 'Lena Fischer')))}`,
  }),
  mk({
    slug: 'en-info-ravi-writefromkeep-ids',
    kind: 'info_request', lang: 'en', caseId: CASE2.ravi,
    note: 'write from the kept address and include both candidate IDs: asks for data (multipart)',
    from: SUPPORT, to: RAVI.src, cc: RAVI.keep,
    subject: formSubject(CASE2.ravi),
    date: ist('2026-03-06 12:33:00'), enc: 'utf8qp',
    text: `Hello Ravi,

We noticed your last message came from ${RAVI.src}. For security, please reply from the address
you want to keep, and include the Candidate IDs of both accounts in the body.

Dev`,
    html: htmlDoc(`<p>Hello Ravi,</p>
<p>We noticed your last message came from ${esc(RAVI.src)}. For security, please reply from the address you want to keep, and include the Candidate IDs of both accounts in the body.</p>
<p>Dev</p>`, 'en'),
  }),
];

// ------------------------------------------------------------------ confirmation_request (6)
const CONF: Msg[] = [
  mk({
    slug: 'en-conf-sam-iagree',
    kind: 'confirmation_request', lang: 'en', caseId: CASE.sam,
    note: 'asks for "I agree" before an irreversible merge',
    from: SUPPORT, to: SAM.keep,
    subject: formSubject(CASE.sam),
    date: pst('2026-01-23 11:47:19'), enc: 'ascii7',
    text: `Hi Sam,

Thanks for the IDs. Here's what we're about to do:

  retire   ${SAM.srcId}  (${SAM.src}, old CertMetrics login)
  keep     ${SAM.keepId}  (${SAM.keep}, AWS Builder ID)

Everything on the retired account moves across, and it can't be split again later.
If that's right, reply "I agree" and we'll schedule it.

Priscila`,
  }),
  mk({
    slug: 'en-conf-lena-builderid-both',
    kind: 'confirmation_request', lang: 'en', caseId: CASE.lena,
    note: 'new vocabulary: asks consent for the Builder ID to hold both records',
    from: SUPPORT, to: LENA.keep,
    subject: formSubject(CASE.lena),
    date: cet('2026-04-08 15:30:02'), enc: 'utf8b64',
    text: `Dear Lena,

We've matched both records. Once consolidated, your Builder ID (${LENA.keep}) will hold both
the 2019 and 2023 certifications, and the university login will stop working for good.

This step is permanent. Do we have your go-ahead?

Tomasz`,
  }),
  mk({
    slug: 'en-conf-ravi-htmlonly',
    kind: 'confirmation_request', lang: 'en', caseId: CASE2.ravi,
    note: 'HTML-only consent request; cannot be reversed',
    from: SUPPORT, to: RAVI.keep,
    subject: formSubject(CASE2.ravi),
    date: ist('2026-03-09 15:12:45'), enc: 'utf8b64',
    html: htmlDoc(`<p>Hello Ravi,</p>
<p>Can you confirm you want <b>${RAVI.srcId}</b> merged into <b>${RAVI.keepId}</b>? Please note that this cannot be reversed, and the APN link on the old account will be removed.</p>
<p>A simple &ldquo;yes, go ahead&rdquo; is enough.</p>
<p>Dev<br>AWS Training and Certification</p>`, 'en'),
  }),
  mk({
    slug: 'en-conf-otheronly',
    kind: 'confirmation_request', lang: 'en', caseId: CASE.sam, trusted: false, auth: 'otherOnly',
    note: 'consent request with only a foreign (mx.google.com) Authentication-Results',
    from: SUPPORT, to: SAM.keep,
    subject: formSubject(CASE.sam),
    date: pst('2026-01-24 04:02:58'), enc: 'ascii7',
    text: `Hi Sam,

Please confirm the merge by signing in with both accounts on our verification page:
https://aws-cert-merge.example-verify.com/confirm

The merge cannot be undone.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-conf-lena-2021quote',
    kind: 'confirmation_request', lang: 'en', caseId: CASE.lena,
    note: 'consent request on the old thread; 2021-template receipt quoted at the bottom',
    from: SUPPORT, to: LENA.keep,
    subject: formSubject(CASE.lena),
    date: cet('2026-04-10 08:50:14'), enc: 'utf8qp',
    text: `Hi Lena,

Following up on my note from Wednesday: I still need your OK before the university account
(${LENA.srcId}) is folded into ${LENA.keepId}. Once it's done there's no way back, so just reply
"confirmed" if you're happy.

Tomasz

----- earlier in this thread -----
${quote(oldReceipt2021(CASE.lenaOld, 'Lena Fischer'))}`,
  }),
  mk({
    slug: 'en-conf-ravi-cc-old',
    kind: 'confirmation_request', lang: 'en', caseId: CASE2.ravi,
    note: 'consent request with the old address in Cc',
    from: SUPPORT, to: RAVI.keep, cc: RAVI.src,
    subject: formSubject(CASE2.ravi),
    date: ist('2026-03-11 10:02:37'), enc: 'utf8qp',
    text: `Hello Ravi,

Resending in case the HTML version didn't display. We're ready to merge ${RAVI.srcId} into
${RAVI.keepId}; the old account's APN association goes away and the merge can't be undone.
Please reply to let us know you agree.

Dev`,
  }),
];

// ------------------------------------------------------------------ merge_completed (6)
const DONE: Msg[] = [
  mk({
    slug: 'en-done-sam-holds-both',
    kind: 'merge_completed', lang: 'en', caseId: CASE.sam,
    note: 'new vocabulary: "your Builder ID now holds both records"',
    from: SUPPORT, to: SAM.keep,
    subject: formSubject(CASE.sam),
    date: pst('2026-01-27 16:05:31'), enc: 'ascii7',
    text: `Hi Sam,

All set - your Builder ID now holds both records. The 2019 Cloud Practitioner and the 2025
Developer certification both show under ${SAM.keepId}, and the old CertMetrics login has been
retired.

Priscila

${gmailEn('2026-01-26 08:12', 'Sam Okafor', SAM.keep)}
> I agree.`,
  }),
  mk({
    slug: 'en-done-ravi-consolidated',
    kind: 'merge_completed', lang: 'en', caseId: CASE2.ravi,
    note: 'support: the two accounts were consolidated (multipart)',
    from: SUPPORT, to: RAVI.keep,
    subject: formSubject(CASE2.ravi),
    date: ist('2026-03-13 18:20:05'), enc: 'utf8qp',
    text: `Hello Ravi,

Good news: we've consolidated ${RAVI.srcId} into ${RAVI.keepId}. Your certifications and the
unused exam voucher now show when you sign in with your Builder ID. Please have a look and let
us know if anything seems off.

Dev`,
    html: htmlDoc(`<p>Hello Ravi,</p>
<p>Good news: we've consolidated ${RAVI.srcId} into ${RAVI.keepId}. Your certifications and the unused exam voucher now show when you sign in with your Builder ID. Please have a look and let us know if anything seems off.</p>
<p>Dev</p>`, 'en'),
  }),
  mk({
    slug: 'en-done-portal-sam',
    kind: 'merge_completed', lang: 'en',
    note: 'the portal\'s own "accounts merged" notice from aws.training, no case ID',
    from: PORTAL_NOTIFY, to: SAM.keep,
    subject: 'Your AWS Certification accounts have been merged',
    date: pst('2026-01-27 15:58:12'), enc: 'utf8b64',
    text: `Hello Sam,

Account ${SAM.srcId} has been merged into ${SAM.keepId}. Certifications, exam history and
benefits from both accounts are now listed on your dashboard.

Go to the portal: https://www.aws.training/Certification

AWS Training & Certification`,
  }),
  mk({
    slug: 'en-done-ravi-and-close',
    kind: 'merge_completed', lang: 'en', caseId: CASE2.ravi2,
    note: 'merge completed and the case will be closed: the new fact is the merge',
    from: SUPPORT, to: RAVI.keep,
    subject: formSubject(CASE2.ravi2),
    date: ist('2026-03-13 18:40:33'), enc: 'utf8b64',
    text: `Hi Ravi,

Your second case asked the same thing, so a quick note here too: the merge went through this
afternoon and ${RAVI.keepId} is now your only certification account. I'll close this case now.

Dev`,
  }),
  mk({
    slug: 'en-done-noauth',
    kind: 'merge_completed', lang: 'en', caseId: CASE.lena, trusted: false, auth: 'none',
    note: 'completion notice with no Authentication-Results at all',
    from: SUPPORT, to: LENA.keep,
    subject: formSubject(CASE.lena),
    date: cet('2026-04-11 03:33:03'), enc: 'ascii7',
    text: `Dear Lena,

Your accounts have been merged. To restore your certificate downloads please sign in again
through the link below within 12 hours.

https://aws-training-portal.example-login.org/

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-done-lena-oldthread',
    kind: 'merge_completed', lang: 'en', caseId: CASE.lena,
    note: 'completion on the 2021 thread; old receipt quoted under the 2026 reply',
    from: SUPPORT, to: LENA.keep,
    subject: formSubject(CASE.lena),
    date: cet('2026-04-13 14:12:50'), enc: 'utf8qp',
    text: `Hi Lena,

Five years late, but done: the university account's history now lives under ${LENA.keepId},
which you sign in to with your Builder ID. Have a look at your dashboard and tell me if a
certification is missing.

Tomasz

${gmailEn('2026-04-10 19:03', 'Lena Fischer', LENA.keep)}
> confirmed, please go ahead.
>
${quote(quote(oldReceipt2021(CASE.lenaOld, 'Lena Fischer')))}`,
  }),
];

// ------------------------------------------------------------------ badges_transferred (6)
const BADGES: Msg[] = [
  mk({
    slug: 'en-badge-credly-sam',
    kind: 'badges_transferred', lang: 'en',
    note: 'AWS badge via Credly issued to the kept address',
    from: CREDLY_AWS, to: SAM.keep,
    subject: 'Amazon Web Services Training and Certification sent you a badge',
    date: pst('2026-02-06 06:14:27'), enc: 'utf8qp',
    text: `Sam, you've earned a badge!

Amazon Web Services Training and Certification has issued you "AWS Certified Cloud
Practitioner".

Accept your badge: https://www.credly.com/badges/7d02be11/accept

Credly - Verified by issuers`,
    html: htmlDoc(`<div style="text-align:center"><h2>Sam, you've earned a badge!</h2>
<p>Amazon Web Services Training and Certification has issued you &ldquo;AWS Certified Cloud Practitioner&rdquo;.</p>
<p><a href="https://www.credly.com/badges/7d02be11/accept" style="background:#ff6b00;color:#fff;padding:10px 20px;text-decoration:none">Accept your badge</a></p></div>`, 'en'),
  }),
  mk({
    slug: 'en-badge-lena-moved-close',
    kind: 'badges_transferred', lang: 'en', caseId: CASE.lena,
    note: 'support: badges moved to the kept Credly account, case closing',
    from: SUPPORT, to: LENA.keep,
    subject: formSubject(CASE.lena),
    date: cet('2026-04-16 11:20:04'), enc: 'utf8b64',
    text: `Hi Lena,

Credly has moved your two AWS badges to the profile under ${LENA.keep}. With that, everything
from the 2021 request is sorted, so I'm closing the case.

All the best,
Tomasz`,
  }),
  mk({
    slug: 'en-badge-ravi-acclaim-era',
    kind: 'badges_transferred', lang: 'en', caseId: CASE2.ravi,
    note: 'support: the Acclaim-era badges are now listed on the kept Credly account',
    from: SUPPORT, to: RAVI.keep,
    subject: formSubject(CASE2.ravi),
    date: ist('2026-03-17 10:02:48'), enc: 'ascii7',
    text: `Hi Ravi,

The badges that were sitting on your Acclaim-era profile (${RAVI.src}) are now listed on
your Credly account under ${RAVI.keep}. Refresh your Credly wallet if they don't appear yet.

Dev`,
  }),
  mk({
    slug: 'en-badge-credly-lena-html',
    kind: 'badges_transferred', lang: 'en',
    note: 'HTML-only Credly mail: AWS badge on the kept account',
    from: CREDLY_AWS, to: LENA.keep,
    subject: 'Your AWS Certified Solutions Architect - Associate badge is waiting',
    date: cet('2026-04-15 07:33:19'), enc: 'utf8b64',
    html: htmlDoc(`<table width="100%"><tr><td align="center">
<h1 style="font-size:20px">Lena, a badge is waiting for you</h1>
<p>Amazon Web Services Training and Certification issued &ldquo;AWS Certified Solutions Architect &ndash; Associate&rdquo; to your Credly account.</p>
<p><a href="https://www.credly.com/badges/a19f3c70/accept">Accept your badge</a></p>
</td></tr></table>`, 'en'),
  }),
  mk({
    slug: 'en-badge-forged-credly',
    kind: 'badges_transferred', lang: 'en', trusted: false, auth: 'forgedBelow',
    note: 'Credly badge mail whose only pass verdict sits below the server\'s Received line',
    from: CREDLY_AWS, to: RAVI.keep,
    subject: 'Your badges have been moved - sign in to keep them',
    date: ist('2026-03-18 02:40:11'), enc: 'ascii7',
    text: `Hi Ravi,

Your AWS badges were moved to a new account after your merge. Sign in within 48 hours to keep
them:

https://credly-wallet.example-signin.net/

Credly`,
  }),
  mk({
    slug: 'en-badge-credly-team-alias',
    kind: 'badges_transferred', lang: 'en', forUser: false,
    note: 'AWS badge via Credly addressed to a team alias, not the user',
    from: CREDLY_AWS, to: 'AWS Certs Team <aws-certs@formerco.example>',
    subject: 'Amazon Web Services Training and Certification sent you a badge',
    date: pst('2026-02-06 06:15:02'), enc: 'utf8qp',
    text: `You've earned a badge!

Amazon Web Services Training and Certification has issued you "AWS Certified Developer -
Associate".

Accept your badge: https://www.credly.com/badges/5b71de09/accept`,
  }),
];

// ------------------------------------------------------------------ case_closed (6)
const CLOSED: Msg[] = [
  mk({
    slug: 'en-closed-sam-resolved',
    kind: 'case_closed', lang: 'en', caseId: CASE.sam,
    note: 'automatic notice: case resolved',
    from: AWS_NOTIFY, to: SAM.keep,
    subject: `Case ${CASE.sam} has been resolved`,
    date: pst('2026-02-10 09:00:07'), enc: 'ascii7',
    text: `Hello,

Your case ${CASE.sam} has been resolved. If you need more help with the same issue, reply to
this email within 14 days to reopen it.

Amazon Web Services`,
  }),
  mk({
    slug: 'en-closed-ravi-5days',
    kind: 'case_closed', lang: 'en', caseId: CASE2.ravi,
    note: 'the case will auto-close in 5 days without a reply',
    from: SUPPORT, to: RAVI.keep,
    subject: formSubject(CASE2.ravi),
    date: ist('2026-03-20 09:45:10'), enc: 'utf8qp',
    text: `Hi Ravi,

Just a heads-up: we haven't heard back since the badges went over, so this case will close
on its own in 5 days unless you reply.

Dev`,
  }),
  mk({
    slug: 'en-closed-sam-restate',
    kind: 'case_closed', lang: 'en', caseId: CASE.sam, trap: true,
    note: 'closing that only restates the consolidation done earlier',
    from: SUPPORT, to: SAM.keep,
    subject: formSubject(CASE.sam),
    date: pst('2026-02-09 14:12:44'), enc: 'ascii7',
    text: `Hi Sam,

As the consolidation was completed on January 27 and your badges are showing, we're closing
this case. Thanks for your patience throughout.

Priscila`,
  }),
  mk({
    slug: 'en-closed-lena-2021case',
    kind: 'case_closed', lang: 'en', caseId: CASE.lenaOld,
    note: 'the old 2021 case itself is closed for inactivity; 2021 receipt quoted',
    from: SUPPORT, to: LENA.keep,
    subject: `RE: AWS Certification - Case # ${CASE.lenaOld} received`,
    date: cet('2026-04-02 19:02:30'), enc: 'utf8qp',
    text: `Dear Lena,

Your message reached us on a case from 2021. Because that case has been inactive for so long,
we've now closed it; your new request continues under a separate case.

AWS Training and Certification

${quote(oldReceipt2021(CASE.lenaOld, 'Lena Fischer'))}`,
  }),
  mk({
    slug: 'en-closed-lookalike-domain',
    kind: 'case_closed', lang: 'en', caseId: CASE2.ravi, trusted: false,
    note: 'closing notice from amazon.com.case-center.net (look-alike)',
    from: 'Amazon Web Services <no-reply-aws@amazon.com.case-center.net>', to: RAVI.keep,
    subject: `Case ${CASE2.ravi} closed`,
    date: ist('2026-03-21 04:22:18'), enc: 'ascii7',
    text: `Your case ${CASE2.ravi} is closed.

To download the closure summary, sign in: https://amazon.com.case-center.net/summary

Amazon Web Services`,
  }),
  mk({
    slug: 'en-closed-ravi2-html',
    kind: 'case_closed', lang: 'en', caseId: CASE2.ravi2,
    note: 'HTML-only status notice: case resolved',
    from: AWS_NOTIFY, to: RAVI.keep,
    subject: `Case status update: ${CASE2.ravi2}`,
    date: ist('2026-03-14 09:00:00'), enc: 'utf8b64',
    html: htmlDoc(`<h3>Case status: Resolved</h3>
<table><tr><td>Case ID</td><td>${CASE2.ravi2}</td></tr><tr><td>Status</td><td>Resolved</td></tr></table>
<p>This case is now closed. Reply to this message if you need to reopen it.</p>`, 'en'),
  }),
];

// ------------------------------------------------------------------ support_reply (8)
const REPLY: Msg[] = [
  mk({
    slug: 'en-reply-sam-thanks-confirm',
    kind: 'support_reply', lang: 'en', caseId: CASE.sam, trap: true,
    note: 'thanks for confirming, passed to the back-office team',
    from: SUPPORT, to: SAM.keep,
    subject: formSubject(CASE.sam),
    date: pst('2026-01-26 10:30:19'), enc: 'ascii7',
    text: `Hi Sam,

Thanks for confirming. I've passed the request to our back-office team, who carry out merges.
I'll be in touch as soon as they report back.

Priscila`,
  }),
  mk({
    slug: 'en-reply-ravi-signin-linking',
    kind: 'support_reply', lang: 'en', caseId: CASE2.ravi, trap: true,
    note: 'explains profile linking to Builder ID finished; the two certification accounts remain separate',
    from: SUPPORT, to: RAVI.keep,
    subject: formSubject(CASE2.ravi),
    date: ist('2026-03-04 14:09:55'), enc: 'utf8qp',
    text: `Hi Ravi,

I see the "profile linking complete" email you forwarded. That message only means your old
profile now signs in through your AWS Builder ID instead of Login with Amazon. It doesn't
touch the certification records: the two accounts are still separate, and the merge is a
different step we'll do on this case.

Dev`,
  }),
  mk({
    slug: 'en-reply-lena-blocked',
    kind: 'support_reply', lang: 'en', caseId: CASE.lena, trap: true,
    note: 'negated: unable to merge yet because an exam is booked on the old account',
    from: SUPPORT, to: LENA.keep,
    subject: formSubject(CASE.lena),
    date: cet('2026-04-09 12:45:33'), enc: 'utf8b64',
    text: `Hi Lena,

Quick update: we haven't been able to merge the accounts yet. The university account still has
an exam appointment booked for this afternoon, and merges can't run while a booking is open.
As soon as the result posts, we can continue.

Tomasz`,
  }),
  mk({
    slug: 'en-reply-sam-future-badges',
    kind: 'support_reply', lang: 'en', caseId: CASE.sam, trap: true,
    note: 'future: once merged, the Acclaim-era badges should follow; nothing has happened yet',
    from: SUPPORT, to: SAM.keep,
    subject: formSubject(CASE.sam),
    date: pst('2026-01-22 15:56:08'), enc: 'ascii7',
    text: `Hi Sam,

To your question about the old Acclaim badges: once the accounts are merged, the badges issued
to ${SAM.src} should follow to your Credly profile. If they don't within a week or so, reply here
and we'll ask Credly to move them.

Priscila`,
  }),
  mk({
    slug: 'en-reply-ravi-escalation',
    kind: 'support_reply', lang: 'en', caseId: CASE2.ravi,
    note: 'escalation to the certification operations team',
    from: SUPPORT, to: RAVI.keep,
    subject: formSubject(CASE2.ravi),
    date: ist('2026-03-07 17:30:26'), enc: 'utf8qp',
    text: `Hi Ravi,

Your old account was created through an APN partner provisioning flow, which needs a
specialist. I've escalated the case to our certification operations team; expect an update
within three business days.

Dev`,
  }),
  mk({
    slug: 'en-reply-lena-writefromkeep',
    kind: 'support_reply', lang: 'en', caseId: CASE.lena,
    note: 'asks her to write from the address she keeps, no data requested',
    from: SUPPORT, to: LENA.src, cc: LENA.keep,
    subject: formSubject(CASE.lena),
    date: cet('2026-04-04 09:12:16'), enc: 'utf8qp',
    text: `Hi Lena,

Small housekeeping request: from here on, please write to us from the address you're keeping
rather than the university one. That keeps the case history tidy.

Tomasz`,
  }),
  mk({
    slug: 'en-reply-sam-acclaim-history',
    kind: 'support_reply', lang: 'en', caseId: CASE.sam, trap: true,
    note: 'explains the 2021 Acclaim -> Credly rename moved all badges to credly.com; not the merge transfer',
    from: SUPPORT, to: SAM.keep,
    subject: formSubject(CASE.sam),
    date: pst('2026-01-22 09:41:50'), enc: 'utf8qp',
    text: `Hi Sam,

About the youracclaim.com link in your old email: Acclaim was renamed Credly in 2021, and at
that time every badge was moved from youracclaim.com to credly.com automatically. Nothing was
lost, and there's nothing you need to do about the old link.

Priscila`,
  }),
  mk({
    slug: 'en-reply-noauth-status',
    kind: 'support_reply', lang: 'en', caseId: CASE.lena, trusted: false, auth: 'none',
    note: 'status reply carrying no Authentication-Results',
    from: SUPPORT, to: LENA.keep,
    subject: formSubject(CASE.lena),
    date: cet('2026-04-07 22:05:41'), enc: 'ascii7',
    text: `Hello Lena,

We're still looking into this and will update you shortly.

AWS Training and Certification`,
  }),
];

// ------------------------------------------------------------------ unrelated (10)
const OTHER: Msg[] = [
  mk({
    slug: 'en-unrel-profile-linked',
    kind: 'unrelated', lang: 'en', trap: true,
    note: 'portal notice: profile linked to Builder ID (sign-in change, not a merge)',
    from: PORTAL, to: SAM.keep,
    subject: 'Profile linking complete',
    date: pst('2026-01-19 20:02:11'), enc: 'utf8qp',
    text: `Hi Sam,

Your AWS Training and Certification profile is now linked to your AWS Builder ID
(${SAM.keep}). From now on, sign in with your Builder ID - Login with Amazon is no longer
available. Your exam appointments and certifications carry over unchanged.

Didn't do this? Reset your password right away.

AWS Training & Certification`,
  }),
  mk({
    slug: 'en-unrel-credly-merge-code',
    kind: 'unrelated', lang: 'en', trap: true,
    note: 'Credly\'s own "Complete Account Merge" code mail',
    from: 'Credly <no-reply@credly.com>', to: LENA.keep,
    subject: 'Complete your Credly account merge',
    date: cet('2026-04-17 19:20:45'), enc: 'ascii7',
    text: `Hi Lena,

We received a request to merge two Credly accounts. Enter this code to complete the account
merge:

    731 406

If you didn't ask for this, ignore this email.

Credly Support`,
  }),
  mk({
    slug: 'en-unrel-acclaim-is-credly-2021',
    kind: 'unrelated', lang: 'en', trap: true,
    note: '2021 service notice: Acclaim is now Credly, badges moved to credly.com',
    from: 'Credly <no-reply@credly.com>', to: SAM.src,
    subject: 'Acclaim is now Credly',
    date: utc('2021-08-24 15:00:00'), enc: 'utf8qp', crlf: false,
    text: `Hello,

Acclaim is now Credly. Your badges have moved from youracclaim.com to credly.com, and your
sign-in stays the same. Old links will keep redirecting.

Thanks for being part of the Credly community.
The Credly Team`,
  }),
  mk({
    slug: 'en-unrel-survey-ravi',
    kind: 'unrelated', lang: 'en', caseId: CASE2.ravi, trap: true,
    note: 'survey: was the issue resolved?',
    from: 'AWS Support <aws-support-survey@amazon.com>', to: RAVI.keep,
    subject: `How did we do on case ${CASE2.ravi}?`,
    date: ist('2026-03-26 10:00:03'), enc: 'utf8qp',
    html: htmlDoc(`<p>Hi Ravi,</p>
<p>Your recent case <b>${CASE2.ravi}</b> was closed. Was your issue resolved?</p>
<p><a href="https://survey.aws.amazon.com/y">Yes</a> &nbsp; <a href="https://survey.aws.amazon.com/n">No</a></p>
<p style="font-size:11px">This survey takes about a minute.</p>`, 'en'),
  }),
  mk({
    slug: 'en-unrel-booking-case-resolved',
    kind: 'unrelated', lang: 'en', caseId: CASE.sam2, trap: true,
    note: 'the user\'s other case (exam booking) resolved, topic stated',
    from: SUPPORT, to: SAM.keep,
    subject: `RE:[CASE ${CASE.sam2}] [AWS Training and Certification Form Submission] - exam-scheduling`,
    date: pst('2026-02-12 11:22:07'), enc: 'ascii7',
    text: `Hi Sam,

Your exam reschedule to March 3 is confirmed and the no-show fee has been waived. I've
resolved this case; your account merge case is handled separately.

Marcus
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-unrel-agent-ooo',
    kind: 'unrelated', lang: 'en', caseId: CASE.lena,
    note: 'out-of-office auto-reply from the agent',
    from: 'Tomasz W. <tomaszw@amazon.com>', to: LENA.keep,
    subject: `Automatic reply: ${formSubject(CASE.lena)}`,
    date: cet('2026-04-14 08:00:12'), enc: 'ascii7',
    extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    text: `I'm out of the office until April 15 with limited access to email. Your message has
been saved to the case and a colleague will pick it up if it's urgent.

Tomasz`,
  }),
  mk({
    slug: 'en-unrel-ravi-own-consent',
    kind: 'unrelated', lang: 'en', caseId: CASE2.ravi, trap: true, trusted: false,
    note: 'the user\'s own "yes, go ahead" reply copied to himself',
    from: `Ravi Menon <${RAVI.keep}>`, to: SUPPORT_BARE, cc: RAVI.keep,
    subject: formSubject(CASE2.ravi),
    date: ist('2026-03-11 21:14:00'), enc: 'utf8qp',
    text: `Hi Dev,

Yes, go ahead and merge ${RAVI.srcId} into ${RAVI.keepId}. I understand it can't be undone.

Thanks,
Ravi

Sent from my iPhone

> On 11-Mar-2026, at 10:02 AM, AWS Training and Certification <${SUPPORT_BARE}> wrote:
>
> Please reply to let us know you agree.`,
  }),
  mk({
    slug: 'en-unrel-hashicorp-badge',
    kind: 'unrelated', lang: 'en', trap: true,
    note: 'Credly badge from another issuer (HashiCorp)',
    from: 'HashiCorp via Credly <admin@credly.com>', to: SAM.keep,
    subject: 'HashiCorp sent you a badge',
    date: pst('2026-02-18 07:01:30'), enc: 'utf8qp',
    text: `Sam, you've earned a badge!

HashiCorp has issued you "HashiCorp Certified: Terraform Associate (003)".

Accept your badge: https://www.credly.com/badges/c8e90f21/accept`,
  }),
  mk({
    slug: 'en-unrel-reinvent-marketing',
    kind: 'unrelated', lang: 'en',
    note: 'event marketing that mentions Builder ID sign-in',
    from: 'AWS Events <aws-events@amazon.com>', to: LENA.keep,
    subject: 'Save the date: AWS Summit Berlin - register with your Builder ID',
    date: cet('2026-04-20 10:00:00'), enc: 'utf8qp',
    text: `Hello Lena,

AWS Summit Berlin returns on 27-28 May. Registration now uses your AWS Builder ID, so you can
keep your sessions, Skill Builder labs and certification lounge access in one place.

Register: https://aws.amazon.com/events/summits/berlin/

AWS Events`,
  }),
  mk({
    slug: 'en-unrel-skillbuilder-resent',
    kind: 'unrelated', lang: 'en', trap: true, trusted: false, forUser: false,
    note: 'Skill Builder "learning plan completed" redirected via Resent-*; skillbuilder.aws is not a trusted domain',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws>', to: RAVI.src,
    subject: 'You completed a learning plan',
    date: ist('2026-03-15 08:12:00'), enc: 'utf8qp',
    resent: { from: 'it-helpdesk@bigsi.example.com', to: RAVI.keep, date: ist('2026-03-15 08:20:41') },
    text: `Congratulations!

You completed the "Solutions Architect Learning Plan" on AWS Skill Builder. Your completion
badge has been added to your Skill Builder profile.

AWS Skill Builder`,
  }),
];

export const EN: Msg[] = [...ACK, ...AI, ...INFO, ...CONF, ...DONE, ...BADGES, ...CLOSED, ...REPLY, ...OTHER];
