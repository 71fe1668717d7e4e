// Set bj, English messages. Voice: subjects that say something else.
import type { Msg } from './lib.js';
import {
  CASE, CREDLY_AWS, LENA, LENA_REQ, NOREPLY, OMAR, OMAR_REQ, PORTAL, SUPPORT, SUPPORT_ADDR,
  form, fwdEn, gmailEn, html, mk, outlookEn, quote, sfEn, sfRef, who,
} from './common.js';

const L = who(LENA.name, LENA.keep);
const O = who(OMAR.name, OMAR.keep);
const OS = who(OMAR.name, OMAR.src);
const SUP = who('AWS Training and Certification', SUPPORT_ADDR);

const LENA_INFO = `Hello Lena,

Thanks for getting in touch. Before we can combine the two profiles, could you reply with the email address each of them uses for sign-in, and tell us which of the two should remain afterwards?

Kind regards,
Daniel
AWS Training and Certification Customer Service`;

const OMAR_CONF = `Hi Omar,

We have located both records:
  ${OMAR.srcId}  (${OMAR.src})  -> will be merged into
  ${OMAR.keepId}  (${OMAR.keep})

Please note that a merge is permanent; we are not able to split the accounts again afterwards. If you are happy for us to go ahead, simply reply to this email saying so.

Best,
Priyanka
AWS T&C Support`;

const LENA_DONE = `Hi Lena,

Good news: the agency profile (${LENA.srcId}) has been merged into ${LENA.keepId}. Your certifications and exam history now all appear under ${LENA.keep}.

Regards,
Daniel`;

export const EN: Msg[] = [
  // ───────────── acknowledgement (6)
  mk({
    slug: 'en-ack-lena', kind: 'acknowledgement', lang: 'en', caseId: CASE.lena, to: L, at: '2026-10-02 14:03:55',
    from: NOREPLY, subject: `Case ${CASE.lena}: we've got your request`,
    note: 'automatic receipt of the new case',
    text: `Hello,

Thank you for contacting AWS Training and Certification. This is an automated message to let you know we have received your inquiry.

  Case ID: ${CASE.lena}
  Category: Certification - Account merge

A member of our team typically responds within one business day. Please don't open an additional case for the same request; replying to this email adds to the existing one.

Amazon Web Services`,
  }),
  mk({
    slug: 'en-ack-re-re-fwd', kind: 'acknowledgement', lang: 'en', caseId: CASE.omar, to: O, at: '2026-10-06 18:22:07',
    from: NOREPLY, subject: 'Re: Re: Fwd: question', enc: 'utf8qp',
    note: 'receipt sent back on the user\'s mangled "Re: Re: Fwd:" subject; recognisable by its shape, case ID only in the body',
    text: `We received your message.

Reference number: ${CASE.omar}
Received: 2026-10-06 18:22 UTC
Queue: AWS Training & Certification

You'll hear from a support representative soon. There's no need to resend your message.`,
  }),
  mk({
    slug: 'en-ack-empty-subject-html', kind: 'acknowledgement', lang: 'en', caseId: CASE.lenaBadge, to: L, at: '2026-10-21 09:11:40',
    from: NOREPLY, subject: '', enc: 'utf8b64',
    note: 'empty subject, HTML-only receipt of a second case',
    html: html(`Hi Lena Fischer,

Your support case ${CASE.lenaBadge} has been created and is now in our queue.

You can follow its progress in the Support Center. We aim to answer within 24 hours.

- AWS Support (automated notice)`, 'en'),
  }),
  mk({
    slug: 'en-ack-merge-title', kind: 'acknowledgement', lang: 'en', caseId: CASE.omarDup, to: O, at: '2026-10-13 20:47:03', trap: true,
    from: NOREPLY, subject: `[CASE ${CASE.omarDup}] Accounts merged but badges not transferred`, enc: 'utf8qp',
    note: 'receipt whose subject is the user\'s own title about a finished merge and badges; the body only acknowledges',
    text: `This is an automatic confirmation that we've received your request.

Case number: ${CASE.omarDup}
Subject: Accounts merged but badges not transferred

Our agents handle cases in the order they arrive. If you already have an open case about this, please reply there instead of this one.

Thank you,
AWS Support`,
  }),
  mk({
    slug: 'en-ack-lookalike', kind: 'acknowledgement', lang: 'en', caseId: CASE.omar, to: O, at: '2026-10-06 19:40:12', trusted: false,
    from: 'AWS Support <no-reply@aws-support-cases.com>', subject: `Case ${CASE.omar} received - action needed`,
    note: 'receipt from a look-alike domain asking to verify via a link; untrusted',
    text: `Your case ${CASE.omar} was received.
To keep it active, verify your identity within 24 hours:
https://aws-support-cases.com/verify?c=${CASE.omar}

AWS Support`,
  }),
  mk({
    slug: 'en-ack-case-only-subject', kind: 'acknowledgement', lang: 'en', caseId: CASE.lena, to: L, at: '2026-10-02 14:04:02', enc: 'utf8b64',
    from: NOREPLY, subject: `[CASE ${CASE.lena}]`,
    note: 'case-number-only subject; automatic receipt in the body',
    text: `Thanks for reaching out to AWS Training and Certification.

We have logged your request under the case number above and an agent will reply by email. Typical response time is 24 hours.

This mailbox is not monitored.`,
  }),

  // ───────────── ai_answer (6)
  mk({
    slug: 'en-ai-basic', kind: 'ai_answer', lang: 'en', to: L, at: '2026-10-02 13:58:20',
    from: NOREPLY, subject: 'Re: two certification profiles',
    note: 'generated suggestion to try the Merge Accounts tool; subject is the user\'s own',
    text: `Here is an AI-generated answer to your question.

It sounds like you have more than one AWS Certification account. You can often combine them yourself: sign in to the AWS Certification account, open your profile, and choose "Merge Accounts". If both accounts have exam history the tool will not be able to process the request; in that case, select "Create case" so an agent can help.

This response was generated automatically and may not be accurate.`,
  }),
  mk({
    slug: 'en-ai-after-merge', kind: 'ai_answer', lang: 'en', to: O, at: '2026-10-06 18:15:44', trap: true,
    from: NOREPLY, subject: 'Your accounts have been merged - what happens next', enc: 'utf8qp',
    note: 'generated help text whose subject sounds like a completion; it only explains what would follow a merge',
    text: `Amazon Q suggested answer

After two AWS Certification accounts are merged, all certifications, exam history and benefits show under the account you keep. Credly badges are not always moved automatically: we recommend completing the merge first and then accepting badges sent to the kept email address.

Was this helpful? If not, choose "Create case" to reach a human agent.`,
  }),
  mk({
    slug: 'en-ai-html-alt', kind: 'ai_answer', lang: 'en', to: O, at: '2026-10-06 18:16:02', enc: 'utf8b64',
    from: NOREPLY, subject: 'Suggested answer for: merge',
    note: 'multipart AI suggestion; the subject is truncated to the user\'s one-word query',
    text: `Suggested answer (generated by AI)

- Changing only your email address? Update it in your certification profile settings.
- Two accounts? Try Profile > Merge Accounts.
- Tool says it can't merge? Open a case and include both candidate IDs.`,
    html: html(`Suggested answer (generated by AI)

- Changing only your email address? Update it in your certification profile settings.
- Two accounts? Try Profile > Merge Accounts.
- Tool says it can't merge? Open a case and include both candidate IDs.`, 'en'),
  }),
  mk({
    slug: 'en-ai-case-subject', kind: 'ai_answer', lang: 'en', caseId: CASE.lenaBadge, to: L, at: '2026-10-21 09:12:30', trap: true,
    from: NOREPLY, subject: `RE: [CASE ${CASE.lenaBadge}] Badge transfer complete?`,
    note: 'automatic article suggestion on a case whose subject asks about a badge transfer; no badges moved',
    text: `While you wait for an agent, these automated suggestions may help:

* Badges are issued by Credly to the email address on your certification account. If you recently changed or merged accounts, sign in to Credly with the kept address and look under "Pending".
* You can add a secondary email to your Credly profile so that badges sent to either address land in one place.

If this resolves your question, no reply is needed.`,
  }),
  mk({
    slug: 'en-ai-closing-words', kind: 'ai_answer', lang: 'en', to: L, at: '2026-10-02 13:59:01', trap: true,
    from: NOREPLY, subject: 'Did this resolve your issue?', enc: 'utf8qp',
    note: 'AI answer page mailed to the user; "resolve" in the subject is not a closing',
    text: `Based on what you typed ("move my certs from agency email to personal"), here is a generated answer:

Use the Merge Accounts option in your AWS Certification profile. Both accounts must be yours, and the tool needs only one of them to have exam history.

Not resolved? Continue to "Create case".`,
  }),
  mk({
    slug: 'en-ai-free-mail', kind: 'ai_answer', lang: 'en', to: O, at: '2026-10-06 18:30:00', trusted: false,
    from: 'AWS Training and Certification <aws.cert.helpdesk@gmail.com>', subject: 'Automated answer: account merge',
    note: 'trusted display name on a free-mail address; authentication passes for gmail.com only: untrusted',
    text: `Automated answer

To merge your accounts, download the Merge Assistant from the link below and sign in with both accounts.
https://drive.example.com/merge-assistant.zip

This answer was generated automatically.`,
  }),

  // ───────────── info_request (8)
  mk({
    slug: 'en-info-lena', kind: 'info_request', lang: 'en', caseId: CASE.lena, to: L, at: '2026-10-03 10:27:51',
    subject: form(CASE.lena),
    note: 'first human reply asks for both sign-in addresses and which account stays',
    text: `${LENA_INFO}

${sfRef('Le5310')}

${sfEn(L, '10/2/2026 2:03 PM', SUPPORT_ADDR, 'two certification profiles', LENA_REQ)}`,
  }),
  mk({
    slug: 'en-info-merged-subject', kind: 'info_request', lang: 'en', caseId: CASE.omar, to: O, at: '2026-10-14 16:05:29', trap: true, enc: 'utf8qp',
    subject: 'Re: Your accounts have been merged',
    note: 'subject kept from the completion; new text asks for the Credly email to move the badges',
    text: `Hi Omar,

Thanks for flagging the badges. So we can ask Credly to re-home them, which email address is your Credly account registered under? If you created Credly with the contractor address, please include that as well.

Priyanka (case ${CASE.omar})

${gmailEn('2026-10-13', '21:02', O)}
> Thanks for merging. My Credly badges still sit on the old profile though.`,
  }),
  mk({
    slug: 'en-info-subject-only', kind: 'info_request', lang: 'en', caseId: CASE.lena, to: L, at: '2026-10-04 08:00:00',
    subject: `[CASE ${CASE.lena}] Please reply with the candidate ID of the account you want to keep`, text: '',
    note: 'subject-only request with an empty body',
  }),
  mk({
    slug: 'en-info-confirm-word', kind: 'info_request', lang: 'en', caseId: CASE.omar, to: O, at: '2026-10-07 12:44:18', trap: true,
    subject: 'Merge confirmation',
    note: 'subject says "confirmation"; the body asks the user to confirm which email to keep (information)',
    text: `Hi Omar,

Quick one before we continue: can you confirm which email address you'd like to keep as your sign-in once everything is combined? Your opening message lists ${OMAR.keep}, but the case was submitted from ${OMAR.src}.

Case ${CASE.omar}
Priyanka`,
  }),
  mk({
    slug: 'en-info-outlook-b64', kind: 'info_request', lang: 'en', caseId: CASE.lena, to: L, at: '2026-10-05 07:51:36', enc: 'utf8b64',
    subject: `RE: RE: [CASE ${CASE.lena}] two certification profiles`,
    note: 'asks for pass dates of each certification and the aws.training notification address, above an Outlook quote',
    text: `Hi Lena,

Thanks. One more detail and we're set: the name and pass date of each certification on the agency profile, plus the notification email shown on aws.training if it differs from the sign-in.

Daniel

${outlookEn('2026-10-04', '9:40 AM', L, SUPPORT_ADDR, `RE: [CASE ${CASE.lena}] two certification profiles`)}

Keep ${LENA.keep}, please. The other one signs in with ${LENA.src}.`,
  }),
  mk({
    slug: 'en-info-html-only', kind: 'info_request', lang: 'en', caseId: CASE.lenaBadge, to: L, at: '2026-10-22 11:30:09', enc: 'utf8qp',
    subject: 'Re: Badges',
    note: 'HTML-only reply asking for a Credly profile link and the missing badge names; case ID only in the body',
    html: html(`Hello Lena,

Regarding case ${CASE.lenaBadge}: to trace the badges, please send us the public link to your Credly profile and the names of the badges that are missing.

Thank you,
Marco`, 'en'),
  }),
  mk({
    slug: 'en-info-misaligned', kind: 'info_request', lang: 'en', caseId: CASE.omar, to: O, at: '2026-10-07 15:12:00', trusted: false, auth: 'misaligned',
    subject: form(CASE.omar),
    note: 'asks for card details; DKIM from an unrelated domain, dmarc=fail: untrusted',
    text: `Hello,

To verify ownership before the merge, reply with the last 4 digits of your payment card and the billing postcode.

AWS Support`,
  }),
  mk({
    slug: 'en-info-closed-subject', kind: 'info_request', lang: 'en', caseId: CASE.lena, to: L, at: '2026-10-20 13:18:44', trap: true, enc: 'utf8b64',
    subject: `Case ${CASE.lena} closed`,
    note: 'subject of the closing notice kept; the case was reopened and the body asks for the Credly email',
    text: `Hi Lena,

I've reopened the case since you replied. Which email is your Credly account under? I'll ask for the badges to be attached to the right profile.

Daniel

${gmailEn('2026-10-19', '20:30', L)}
> Sorry to reopen - the badges never moved.`,
  }),

  // ───────────── confirmation_request (7)
  mk({
    slug: 'en-conf-omar', kind: 'confirmation_request', lang: 'en', caseId: CASE.omar, to: O, at: '2026-10-09 11:06:38',
    subject: form(CASE.omar),
    note: 'consent request for an irreversible merge with both IDs',
    text: `${OMAR_CONF}

${sfEn(O, '10/8/2026 6:14 PM', SUPPORT_ADDR, form(CASE.omar), `Keep ${OMAR.keep}. Thanks!`)}`,
  }),
  mk({
    slug: 'en-conf-subject-only', kind: 'confirmation_request', lang: 'en', caseId: CASE.lena, to: L, at: '2026-10-06 09:20:00', enc: 'utf8qp',
    subject: `[CASE ${CASE.lena}] Reply YES to approve merging ${LENA.srcId} into ${LENA.keepId} (this cannot be reversed)`, text: '',
    note: 'subject-only consent request with an empty body',
  }),
  mk({
    slug: 'en-conf-receipt-subject', kind: 'confirmation_request', lang: 'en', caseId: CASE.omar, to: O, at: '2026-10-09 11:08:00', trap: true,
    subject: `Case ${CASE.omar} received - action needed`,
    note: 'agent replied on the receipt\'s subject; the new text asks for consent',
    text: `Hi Omar,

Everything matches on our side. Before I submit the merge of ${OMAR.srcId} into ${OMAR.keepId}, I need your go-ahead in writing, because it can't be undone. A one-line reply is enough.

Priyanka`,
  }),
  mk({
    slug: 'en-conf-merged-question', kind: 'confirmation_request', lang: 'en', caseId: CASE.lena, to: L, at: '2026-10-06 10:31:27', trap: true, enc: 'utf8b64',
    subject: 'Re: Re: Have my accounts been merged yet?',
    note: 'subject is the user\'s question about completion; body: not yet, we need your approval',
    text: `Hi Lena,

Not yet - we still need your approval. Once you agree, the agency profile ${LENA.srcId} will be folded into ${LENA.keepId} and this is irreversible. Are you OK for us to proceed?

Daniel (case ${CASE.lena})

${gmailEn('2026-10-06', '08:02', L)}
> Hi, just checking whether the merge went through?`,
  }),
  mk({
    slug: 'en-conf-fail', kind: 'confirmation_request', lang: 'en', caseId: CASE.omar, to: O, at: '2026-10-09 13:40:09', trusted: false, auth: 'fail',
    subject: form(CASE.omar),
    note: 'consent request text but dmarc=fail on the receiving server: untrusted',
    text: `Hi Omar,

Please approve the merge by signing in here within 12 hours: https://aws-case-approve.example.org/${CASE.omar}
Otherwise the request will be cancelled.

Support`,
  }),
  mk({
    slug: 'en-conf-no-ask-word', kind: 'confirmation_request', lang: 'en', caseId: CASE.lena, to: L, at: '2026-10-06 10:30:00', enc: 'utf8qp',
    subject: CASE.lena,
    note: 'subject only the case number; consent asked without the word "confirm" (a reply counts as approval)',
    text: `Hi Lena,

We are ready to move the exam history and certifications from ${LENA.srcId} to ${LENA.keepId}. This is a one-way operation. Your reply to this message will be treated as your agreement, and we'll schedule it straight after.

Daniel`,
  }),
  mk({
    slug: 'en-conf-alt-typo', kind: 'confirmation_request', lang: 'en', caseId: CASE.omar, to: O, at: '2026-10-09 11:07:12', enc: 'utf8qp',
    subject: 'RE: Question about my certificaton accounts',
    note: 'multipart consent request with typos under the user\'s original subject',
    text: `Hi Omar,

Thanks for the info. We can now merge the acounts. Please be aware the merge is permanant. Kindly let us know you agree and we will procede.

Case ${CASE.omar}
Priyanka`,
    html: html(`Hi Omar,

Thanks for the info. We can now merge the acounts. Please be aware the merge is permanant. Kindly let us know you agree and we will procede.

Case ${CASE.omar}
Priyanka`, 'en'),
  }),

  // ───────────── merge_completed (7)
  mk({
    slug: 'en-done-confirm-subject', kind: 'merge_completed', lang: 'en', caseId: CASE.lena, to: L, at: '2026-10-08 15:44:21', trap: true,
    subject: 'Merge confirmation required',
    note: 'subject kept from the consent request; the new text reports the merge is done',
    text: `${LENA_DONE}

Case ${CASE.lena}`,
  }),
  mk({
    slug: 'en-done-portal-trusted', kind: 'merge_completed', lang: 'en', to: O, at: '2026-10-12 07:02:44',
    from: PORTAL, subject: 'Your AWS Certification profile was updated', enc: 'utf8b64',
    note: 'portal notice with no case ID; subject just says "updated", body says the accounts were merged',
    html: html(`Hello Omar Haddad,

Account ${OMAR.srcId} has been merged into account ${OMAR.keepId}. Sign in with ${OMAR.keep} from now on; all certifications and benefits are listed there.

AWS Training and Certification`, 'en'),
  }),
  mk({
    slug: 'en-done-subject-only', kind: 'merge_completed', lang: 'en', caseId: CASE.omar, to: O, at: '2026-10-12 06:58:00',
    subject: `RE:[CASE ${CASE.omar}] Your accounts have been merged`, text: '',
    note: 'subject-only completion; empty body',
  }),
  mk({
    slug: 'en-done-fwd-question', kind: 'merge_completed', lang: 'en', caseId: CASE.omar, to: O, at: '2026-10-12 06:59:40', enc: 'utf8qp',
    subject: 'Re: Re: Fwd: question',
    note: 'subject rewritten by replies; the new text says both accounts are now one',
    text: `Omar,

Done - I merged ${OMAR.srcId} into ${OMAR.keepId} this morning. Let me know if anything looks off.

Priyanka / ${CASE.omar}

${gmailEn('2026-10-09', '19:12', O)}
> Yes, go ahead please.
>
> ${gmailEn('2026-10-09', '11:06', SUP)}
${quote(quote(OMAR_CONF))}`,
  }),
  mk({
    slug: 'en-done-certmetrics', kind: 'merge_completed', lang: 'en', to: L, at: '2026-10-08 16:10:13', trusted: false,
    from: 'AWS Certification <noreply@certmetrics.com>', subject: 'Account update',
    note: 'portal-style completion notice from a sender outside the trusted domains: untrusted',
    text: `Dear Lena Fischer,

Your candidate records ${LENA.srcId} and ${LENA.keepId} have been consolidated into a single account.

AWS Certification Program`,
  }),
  mk({
    slug: 'en-done-and-closing', kind: 'merge_completed', lang: 'en', caseId: CASE.lena, to: L, at: '2026-10-08 15:46:02', enc: 'utf8b64',
    subject: `[CASE ${CASE.lena}] status`,
    note: 'completion that also says the case will now be closed: the new fact is the merge',
    text: `Hi Lena,

Your two certification accounts are now combined under ${LENA.keep}. Since that was the only request on this case, I'll close it out now - just reply if you need anything else.

Daniel`,
  }),
  mk({
    slug: 'en-done-check', kind: 'merge_completed', lang: 'en', caseId: CASE.omar, to: O, cc: OS, at: '2026-10-12 07:05:18',
    subject: `Re: any update? [CASE ${CASE.omar}]`,
    note: 'completion that asks the user to check that everything looks right; subject is the user\'s chaser',
    text: `Hi Omar,

The merge has gone through. When you get a moment, please sign in and check that your certifications and the 50% voucher look right.

Priyanka

${outlookEn('2026-10-11', '10:02 PM', O, SUPPORT_ADDR, `any update? [CASE ${CASE.omar}]`)}

Any update on this?`,
  }),

  // ───────────── badges_transferred (6)
  mk({
    slug: 'en-badge-credly', kind: 'badges_transferred', lang: 'en', to: L, at: '2026-10-23 17:20:08',
    from: CREDLY_AWS, subject: 'Claim your AWS Certified Solutions Architect - Associate badge', enc: 'utf8qp',
    note: 'Credly issues the AWS badge to the kept address',
    text: `Lena,

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Solutions Architect - Associate.

Accept your badge: https://www.credly.com/earner/earned/badge/accept

Credly`,
    html: html(`Lena,

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Solutions Architect - Associate.

Accept your badge

Credly`, 'en'),
  }),
  mk({
    slug: 'en-badge-merged-subject', kind: 'badges_transferred', lang: 'en', caseId: CASE.omar, to: O, at: '2026-10-16 09:33:47', trap: true,
    subject: 'Re: Your accounts have been merged',
    note: 'subject names the completion; new text says the badges now sit on the kept account',
    text: `Hi Omar,

Credly has moved your AWS badges onto ${OMAR.keep}. You should see them on your profile after signing in; nothing more is needed from you.

Priyanka (${CASE.omar})`,
  }),
  mk({
    slug: 'en-badge-empty-subject', kind: 'badges_transferred', lang: 'en', caseId: CASE.lenaBadge, to: L, at: '2026-10-23 12:01:19', enc: 'utf8b64',
    subject: '',
    note: 'empty subject; support says the badges were transferred and closes',
    text: `Hi Lena,

Both badges (SAA and Developer Associate) are now attached to your Credly profile under ${LENA.keep}. I'm marking case ${CASE.lenaBadge} as resolved.

Marco`,
  }),
  mk({
    slug: 'en-badge-credly-htmlonly', kind: 'badges_transferred', lang: 'en', to: O, at: '2026-10-16 11:14:55', enc: 'utf8b64',
    from: CREDLY_AWS, subject: 'You have a new badge waiting',
    note: 'HTML-only Credly mail from the AWS issuer with a generic subject',
    html: html(`Hi Omar,

Amazon Web Services Training and Certification issued you the AWS Certified Developer - Associate badge.

Accept your badge

You're receiving this because a badge was issued to ${OMAR.keep}.`, 'en'),
  }),
  mk({
    slug: 'en-badge-case-only', kind: 'badges_transferred', lang: 'en', caseId: CASE.omarDup, to: O, at: '2026-10-16 09:40:02',
    subject: `[CASE ${CASE.omarDup}]`,
    note: 'case-number-only subject; badges moved',
    text: `Omar - the badges you asked about on this case have been re-issued to your kept email. They're live on Credly now.

Priyanka`,
  }),
  mk({
    slug: 'en-badge-lookalike-credly', kind: 'badges_transferred', lang: 'en', to: L, at: '2026-10-23 18:02:40', trusted: false,
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-mail.net>', subject: 'Accept your badge',
    note: 'badge text from a look-alike Credly domain: untrusted',
    text: `Amazon Web Services Training and Certification has issued you a badge.
Accept your badge: https://credly-mail.net/accept?u=lena

Credly`,
  }),

  // ───────────── case_closed (6)
  mk({
    slug: 'en-closed-restate', kind: 'case_closed', lang: 'en', caseId: CASE.lena, to: L, at: '2026-10-15 08:12:33', trap: true,
    subject: 'Your accounts have been merged',
    note: 'subject names the merge; body only restates it and closes the case',
    text: `Hi Lena,

As your profiles were merged last week and we haven't heard back since, we're closing this case now. Replying to this email will reopen it.

Daniel / ${CASE.lena}`,
  }),
  mk({
    slug: 'en-closed-autoclose', kind: 'case_closed', lang: 'en', caseId: CASE.omar, to: O, at: '2026-10-08 09:00:41', enc: 'utf8qp',
    subject: 'Re: Merge confirmation', trap: true,
    note: 'reminder that the case will close in 3 days without a reply; subject says confirmation',
    text: `Hi Omar,

Just following up on my earlier note. If we don't hear from you within 3 days, this case (${CASE.omar}) will close automatically. You can reopen it any time by replying.

Priyanka`,
  }),
  mk({
    slug: 'en-closed-noreply', kind: 'case_closed', lang: 'en', caseId: CASE.omarDup, to: O, at: '2026-10-16 10:00:00', enc: 'utf8b64',
    from: NOREPLY, subject: `Update on case ${CASE.omarDup}`,
    note: 'status notice with a vague subject; body says the case is resolved',
    html: html(`Amazon Web Services Support

Case ${CASE.omarDup} has been marked Resolved.

If you still need help, reopen the case from the Support Center within 14 days.`, 'en'),
  }),
  mk({
    slug: 'en-closed-subject-only', kind: 'case_closed', lang: 'en', caseId: CASE.lenaBadge, to: L, at: '2026-10-30 06:00:00',
    subject: `[CASE ${CASE.lenaBadge}] Case closed`, text: '',
    note: 'subject-only closing notice',
  }),
  mk({
    slug: 'en-closed-forged-below', kind: 'case_closed', lang: 'en', caseId: CASE.lena, to: L, at: '2026-10-16 02:33:19', trusted: false, auth: 'forgedBelow',
    subject: form(CASE.lena),
    note: 'closing text; the pass verdict sits below the receiving server\'s Received line: untrusted',
    text: `Your case has been closed. To download your certificates before the old profile is deleted, sign in here: https://aws-cert-archive.example.net/

AWS Support`,
  }),
  mk({
    slug: 'en-closed-resent', kind: 'case_closed', lang: 'en', caseId: CASE.lena, to: who(LENA.name, LENA.src), at: '2026-10-15 08:12:40', forUser: false,
    resent: { from: who('Agency IT', 'it@agency.example.net'), to: who('Jonas Weber', 'j.weber@agency.example.net'), date: 'Thu, 15 Oct 2026 10:30:02 +0200' },
    subject: 'Your accounts have been merged', trap: true,
    note: 'the same closing notice, sent to the old agency address and redirected by agency IT to a colleague (Resent-*)',
    text: `Hi Lena,

This case is now closed because the merge we carried out last week resolved your request. Reply within 14 days if you need it reopened.

Daniel / ${CASE.lena}`,
  }),
  mk({
    slug: 'en-closed-badges-subject', kind: 'case_closed', lang: 'en', caseId: CASE.omar, to: O, at: '2026-10-23 08:30:27', trap: true, enc: 'utf8b64',
    subject: 'Re: Badges transferred',
    note: 'subject says the badges transferred; new text closes the case after a week of silence',
    text: `Hi Omar,

Since there's been no reply for a week, I'm closing case ${CASE.omar}. If you need us again, just respond to this thread.

Priyanka`,
  }),

  // ───────────── support_reply (8)
  mk({
    slug: 'en-sr-not-merged-yet', kind: 'support_reply', lang: 'en', caseId: CASE.omar, to: O, at: '2026-10-11 14:40:02', trap: true,
    subject: 'Your accounts have been merged',
    note: 'subject from a template; the body says the merge has NOT been completed yet',
    text: `Hi Omar,

Apologies for the confusing subject line - our template filled it in too early. The merge has not been completed yet; it is with the certification team and I expect it within 1-2 business days.

Priyanka / ${CASE.omar}`,
  }),
  mk({
    slug: 'en-sr-thanks-confirming', kind: 'support_reply', lang: 'en', caseId: CASE.lena, to: L, at: '2026-10-07 08:15:40', trap: true, enc: 'utf8qp',
    subject: `[CASE ${CASE.lena}] Reply YES to approve merging ${LENA.srcId} into ${LENA.keepId} (this cannot be reversed)`,
    note: 'subject of the consent request kept; new text thanks for approving and passes it on',
    text: `Thanks Lena, approval noted. I've handed this to the team that performs merges and will update you here.

Daniel

${gmailEn('2026-10-06', '22:10', L)}
> YES`,
  }),
  mk({
    slug: 'en-sr-badges-pending', kind: 'support_reply', lang: 'en', caseId: CASE.lenaBadge, to: L, at: '2026-10-22 16:02:30', trap: true,
    subject: 'Badges moved',
    note: 'subject says badges moved; body says the request is with Credly and may take up to a week',
    text: `Hi Lena,

I've raised the request with Credly. It usually takes 3-7 days for badges to be re-associated, so they will still show on the old profile for now.

Marco (case ${CASE.lenaBadge})`,
  }),
  mk({
    slug: 'en-sr-dup-case-merge', kind: 'support_reply', lang: 'en', caseId: CASE.omarDup, to: O, at: '2026-10-14 08:02:11', trap: true,
    subject: `RE:[CASE ${CASE.omarDup}] merged`,
    note: '"merged" refers to the duplicate cases, not the accounts',
    text: `Hi Omar,

You had two cases open for the same thing, so I've merged this one (${CASE.omarDup}) into your original case ${CASE.omar}. We'll carry on there.

Priyanka`,
  }),
  mk({
    slug: 'en-sr-unable', kind: 'support_reply', lang: 'en', caseId: CASE.lena, to: L, at: '2026-10-05 12:12:05', trap: true, enc: 'utf8b64',
    subject: 'Merge complete?',
    note: 'negated: the merge cannot be done while the older profile has an active exam booking',
    text: `Hi Lena,

To answer your subject line: no, not yet, and we can't complete the merge while the agency profile has an exam scheduled for 19 October. Once that exam is taken or cancelled, we can move ahead.

Daniel / ${CASE.lena}`,
  }),
  mk({
    slug: 'en-sr-write-from-kept', kind: 'support_reply', lang: 'en', caseId: CASE.omar, to: OS, at: '2026-10-07 09:50:00',
    subject: 'Action required',
    note: 'only asks the user to write from the address he keeps (no data requested)',
    text: `Hello,

For security, please continue this conversation from the email address you are keeping, rather than from this one. Thank you.

AWS Training & Certification (${CASE.omar})`,
  }),
  mk({
    slug: 'en-sr-voucher', kind: 'support_reply', lang: 'en', caseId: CASE.lena, to: L, at: '2026-10-09 10:20:51', enc: 'utf8qp',
    subject: 'Re: Re: Fwd: question',
    note: 'answer about vouchers after the merge under a mangled subject',
    text: `Hi Lena,

Your 50% discount voucher carried over; it is valid until the original expiry date shown in Benefits. If it isn't visible yet, give it 24 hours.

Daniel (${CASE.lena})

${gmailEn('2026-10-08', '17:30', L)}
> What happens to my exam voucher from the agency profile?`,
  }),
  mk({
    slug: 'en-sr-dkimonly-status', kind: 'support_reply', lang: 'en', caseId: CASE.omar, to: O, at: '2026-10-10 10:45:18', auth: 'dkimonly',
    subject: 'Re: Merge confirmation',
    note: 'status update (still in progress); only an aligned dkim=pass, which is enough to trust',
    text: `Hi Omar,

Quick status: your merge request is queued with the certification team. No action needed from you right now.

Priyanka / ${CASE.omar}`,
  }),

  // ───────────── unrelated (8)
  mk({
    slug: 'en-un-survey', kind: 'unrelated', lang: 'en', caseId: CASE.lena, to: L, at: '2026-10-16 12:00:00', trap: true,
    from: 'AWS Support <aws-support-survey@amazon.com>', subject: `Was case ${CASE.lena} resolved? Tell us how we did`, enc: 'utf8b64',
    note: 'customer survey after closure',
    html: html(`How did we do on case ${CASE.lena}?

Your case was recently closed. Please take a minute to rate your experience.

Rate now`, 'en'),
  }),
  mk({
    slug: 'en-un-own-reply', kind: 'unrelated', lang: 'en', caseId: CASE.omar, to: SUPPORT, cc: O, at: '2026-10-09 19:12:33', trusted: false, auth: 'none', trap: true, tz: '-0400',
    from: O, subject: form(CASE.omar), rcpt: OMAR.keep,
    note: 'the user\'s own consent reply, copied to himself',
    text: `Yes, go ahead please.

Sent from my iPhone

> On Oct 9, 2026, at 7:06 AM, AWS Training and Certification <${SUPPORT_ADDR}> wrote:
${quote(OMAR_CONF)}`,
  }),
  mk({
    slug: 'en-un-ooo-agent', kind: 'unrelated', lang: 'en', caseId: CASE.lena, to: L, at: '2026-10-04 09:41:00', trap: true,
    from: who('Daniel Okafor', 'dokafor@amazon.com'), subject: `Automatic reply: RE: [CASE ${CASE.lena}] two certification profiles`,
    extra: ['Auto-Submitted: auto-replied'],
    note: 'an agent\'s out-of-office reply; no news on the case',
    text: `I'm out of the office until 12 October with limited access to email. Your case is still being handled by the team at ${SUPPORT_ADDR}.`,
  }),
  mk({
    slug: 'en-un-credly-hashicorp', kind: 'unrelated', lang: 'en', to: O, at: '2026-10-18 15:30:12', trap: true,
    from: 'HashiCorp via Credly <admin@credly.com>', subject: 'Your badge has been transferred to your new email', enc: 'utf8qp',
    note: 'a Credly badge from another issuer (HashiCorp)',
    text: `Omar,

HashiCorp has issued you a badge: HashiCorp Certified: Terraform Associate (003).

Accept your badge

Credly`,
  }),
  mk({
    slug: 'en-un-billing-case', kind: 'unrelated', lang: 'en', caseId: CASE.omarBilling, to: O, at: '2026-10-20 22:14:09', trap: true,
    from: NOREPLY, subject: `Case ${CASE.omarBilling} closed - Skill Builder subscription refund`,
    note: 'closing of the user\'s other case about a subscription refund',
    text: `Your case ${CASE.omarBilling} about the AWS Skill Builder subscription refund has been resolved. The refund of USD 29.00 will appear within 5-10 business days.

AWS Billing Support`,
  }),
  mk({
    slug: 'en-un-own-fwd-colleague', kind: 'unrelated', lang: 'en', caseId: CASE.lena, to: who('Jonas Weber', 'j.weber@agency.example.net'), cc: L, at: '2026-10-08 18:02:45', tz: '+0200', trusted: false, auth: 'none', trap: true,
    from: L, subject: 'Fwd: Merge confirmation required', enc: 'utf8qp', rcpt: LENA.keep,
    note: 'the user forwards the completion to a colleague (cc to self): her own mail',
    text: `Jonas - FYI, my old agency cert profile is now merged into my personal one, so please update the partner portal.

${fwdEn(SUP, 'Thu, Oct 8, 2026 at 5:44 PM', 'Merge confirmation required', L, `${LENA_DONE}\n\nCase ${CASE.lena}`)}`,
  }),
  mk({
    slug: 'en-un-team-list', kind: 'unrelated', lang: 'en', to: 'cloud-team@agency.example.net', at: '2026-10-19 08:00:00', forUser: false, trap: true,
    from: 'AWS Partner Network <apn-news@aws.amazon.com>', subject: 'Partner certifications completed this quarter',
    note: 'partner newsletter to a team list, not the user; "completed" is about certification counts',
    text: `Hello partner team,

Your organisation's certification count this quarter: 14 completed, 3 expiring. Review them in Partner Central.

AWS Partner Network`,
  }),
  mk({
    slug: 'en-un-amazon-cojp', kind: 'unrelated', lang: 'en', to: O, at: '2026-10-12 03:30:00', trusted: false, trap: true,
    from: 'Amazon.co.jp <account-update@amazon.co.jp>', subject: 'Your Amazon accounts have been merged',
    note: 'shopping-account notice from amazon.co.jp (outside the trusted domains), not the certification merge',
    text: `Hello,

The two Amazon.co.jp customer accounts registered to this address have been combined. Your order history is now in one place.

Amazon.co.jp`,
  }),
];
