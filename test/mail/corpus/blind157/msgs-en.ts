// Set ez, English messages.
import type { Msg } from './lib.js';
import { CASE, CERT_PORTAL, CREDLY_AWS, DANA, LUCAS, NOREPLY, SUPPORT, SUPPORT_ADDR, caseSubj, gmailEn, htmlDoc, mk, outlookEn, paras, quote, sfBlock, sfRef } from './common.js';

const danaTo = `${DANA.name} <${DANA.keep}>`;
const lucasTo = `${LUCAS.name} <${LUCAS.keep}>`;

const DANA_ASK = `Hi - I have two certification accounts, one from a contract job (${DANA.src}) and my own (${DANA.keep}).
Could you fold the contract one into mine? Candidate IDs ${DANA.srcId} and ${DANA.keepId}.
Thanks, Dana`;

const LUCAS_CONSENT = `Hello,
Yes, go ahead and merge them. I understand it can't be reversed.
Lucas`;

export const EN: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'en-ack-dana-created',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.dana,
    note: 'automatic receipt of the new case (multipart)',
    from: NOREPLY,
    to: danaTo,
    subject: `Case ${CASE.dana} created - AWS Training and Certification`,
    at: '2026-11-24 15:02:11',
    text: `Hello ${DANA.name},

We've opened case ${CASE.dana} for you.

Until an agent responds, please don't open another case for the same request; duplicates slow everyone down.
Once an agent picks it up, you'll hear from us at this address, usually within 24 hours.
To add details, just reply to this email.

Amazon Web Services`,
    html: htmlDoc(
      paras(`Hello ${DANA.name},

We've opened case ${CASE.dana} for you.

Until an agent responds, please don't open another case for the same request; duplicates slow everyone down.
Once an agent picks it up, you'll hear from us at this address, usually within 24 hours.
To add details, just reply to this email.

Amazon Web Services`),
    ),
  }),
  mk({
    slug: 'en-ack-lucas-plain',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.lucas,
    note: 'plain-text receipt with the case ID from the form address',
    to: lucasTo,
    subject: `[CASE ${CASE.lucas}] [AWS Training and Certification Form Submission] - account-assistance`,
    at: '2026-11-25 09:44:30',
    text: `Thank you for contacting AWS Training and Certification.

Your case ID is ${CASE.lucas}. We will get back to you after we have reviewed your submission; most requests receive a first reply within one business day.

Please keep this case ID for your records.

AWS Training and Certification Customer Service`,
  }),
  mk({
    slug: 'en-ack-dana-dup-qp',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.danaDup,
    note: 'receipt of the duplicate case the user opened (quoted-printable)',
    from: NOREPLY,
    to: `${DANA.keep}`,
    subject: `We've received your request \u2013 case ${CASE.danaDup}`,
    at: '2026-11-26 22:10:09',
    enc: 'utf8qp',
    hdr: 'utf8q',
    text: `Hi there \u2013

Your request has been logged as case ${CASE.danaDup}. An agent will reply as soon as one becomes available.
If you've already got an open case about this, there's no need to do anything; we'll link them up.

\u2014 AWS Support`,
  }),
  mk({
    slug: 'en-ack-topicless',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.lucasRefund,
    note: 'receipt that says nothing of its topic; read as what it looks like',
    from: NOREPLY,
    to: `${LUCAS.keep}`,
    subject: `Your support case ${CASE.lucasRefund} has been received`,
    at: '2026-12-01 18:00:41',
    text: `We have received your request.

Case ID: ${CASE.lucasRefund}

You will receive a reply by email once the case has been assigned. Until then, the status in the Support Center will read "Pending Amazon action".

Amazon Web Services`,
  }),
  mk({
    slug: 'en-ack-fail-then-forged',
    kind: 'acknowledgement',
    lang: 'en',
    trusted: false,
    caseId: CASE.dana,
    note: 'receipt look-alike: top verdict is a dmarc fail, a planted pass sits lower',
    from: NOREPLY,
    to: danaTo,
    subject: `Case ${CASE.dana} created - action required`,
    at: '2026-11-25 04:12:19',
    auth: 'failThenForged',
    text: `We've opened case ${CASE.dana}.
Before an agent can start, verify your identity at https://aws-case-verify.example.net/${CASE.dana}.
Once verified, the case will move to the queue.`,
  }),
  mk({
    slug: 'en-ack-echo-request',
    kind: 'acknowledgement',
    lang: 'en',
    trap: true,
    caseId: CASE.lucas,
    note: 'receipt echoing the customer\'s request, which asks for badges once merged',
    from: NOREPLY,
    to: lucasTo,
    subject: `Case ${CASE.lucas}: we've got it`,
    at: '2026-11-25 09:44:12',
    enc: 'utf8b64',
    text: `Case ${CASE.lucas} was created with the details below.

Subject: merge my two certification accounts
Description: Please merge ${LUCAS.srcId} into ${LUCAS.keepId}. Once merged, could the Credly badges be moved too?

We'll be in touch after an agent has read your request.`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'en-ai-tool-after',
    kind: 'ai_answer',
    lang: 'en',
    trap: true,
    note: 'AI answer: describes what the tool does after the merge completes',
    from: NOREPLY,
    to: danaTo,
    subject: 'Suggested answer for your question',
    at: '2026-11-24 14:58:07',
    text: `This response was generated by AI and may contain errors.

You may be able to combine your accounts yourself. Sign in, open Profile, then choose Merge Accounts and enter the other account's email.
After the merge completes, your exam history and certifications appear under one candidate ID.
If both accounts hold certifications, the tool won't let you continue; in that case choose "Create case" below.`,
  }),
  mk({
    slug: 'en-ai-html-generated',
    kind: 'ai_answer',
    lang: 'en',
    note: 'HTML-only AI-generated suggestion',
    from: NOREPLY,
    to: lucasTo,
    subject: 'AI-generated response to your inquiry',
    at: '2026-11-25 09:40:00',
    enc: 'utf8qp',
    html: htmlDoc(
      `<div style="border-left:4px solid #0972d3;padding-left:8px"><i>Generated by AI</i></div>
<p>It looks like you have more than one AWS Certification account. Try the self-service <b>Merge Accounts</b> option in your certification profile first.</p>
<p>Still stuck afterwards? Select <b>Create case</b> and an agent will follow up.</p>`,
    ),
  }),
  mk({
    slug: 'en-ai-before-case',
    kind: 'ai_answer',
    lang: 'en',
    note: 'automated suggestion shown before any case exists',
    from: NOREPLY,
    to: `${DANA.keep}`,
    subject: 'Automated answer: duplicate certification accounts',
    at: '2026-11-24 14:57:31',
    text: `Automated answer

Before you create a case, try signing in to both accounts with AWS Builder ID. Many duplicates can be combined from the profile page in a few minutes.
Was this helpful? Yes / No, create a case`,
  }),
  mk({
    slug: 'en-ai-as-soon-as-tool',
    kind: 'ai_answer',
    lang: 'en',
    trap: true,
    note: 'AI answer: badges appear as soon as the tool confirms a merge; no merge happened',
    from: NOREPLY,
    to: lucasTo,
    subject: 'Your AI-generated answer',
    at: '2026-11-25 09:41:12',
    enc: 'utf8b64',
    text: `(AI-generated)

As soon as the Merge Accounts tool confirms the merge, the badges linked to the old account become claimable on Credly under your remaining email address.
If the tool reports that both accounts have certifications, please create a case instead.`,
  }),
  mk({
    slug: 'en-ai-dkimonly',
    kind: 'ai_answer',
    lang: 'en',
    note: 'AI suggestion with an aligned DKIM pass only (still trusted)',
    from: NOREPLY,
    to: `${DANA.keep}`,
    subject: 'AI answer - AWS Training and Certification',
    at: '2026-11-26 21:59:58',
    auth: 'dkimonly',
    text: `Here is an AI-generated suggestion based on what you typed:
"Merge Accounts" under your certification profile lets you pull a second account into the one you're signed in to. Sign in with the account you want to keep before you start.`,
  }),
  mk({
    slug: 'en-ai-lookalike-server',
    kind: 'ai_answer',
    lang: 'en',
    trusted: false,
    note: 'AI-answer look-alike; its Authentication-Results comes from a look-alike authserv-id',
    from: NOREPLY,
    to: lucasTo,
    subject: 'AI assistant: next steps for your account merge',
    at: '2026-11-26 03:03:03',
    auth: 'lookalikeServer',
    text: `AI assistant suggestion: once you sign in at https://aws-merge.example-login.net, the merge tool will walk you through the rest.`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'en-info-dana-before',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.dana,
    note: 'before we merge, please tell us IDs, emails and which to keep',
    to: danaTo,
    subject: caseSubj(CASE.dana),
    at: '2026-11-25 17:20:03',
    text: `Hello Dana,

Thank you for reaching out to AWS Training and Certification.

Before we merge, please tell us:
- the candidate ID of each account
- the sign-in email of each account
- which account you'd like to keep

After we have these, we'll review both profiles and get back to you.

Kind regards,
Marcus
AWS Training and Certification Customer Service
${sfRef('2XyZ9')}

${sfBlock(`${DANA.keep}`, '11/24/2026 3:01 PM', '[AWS Training and Certification Form Submission] - account-assistance', DANA_ASK)}`,
  }),
  mk({
    slug: 'en-info-lucas-until',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.lucas,
    note: '"we cannot proceed until we hear from you" with a missing notification email',
    to: lucasTo,
    subject: caseSubj(CASE.lucas),
    at: '2026-11-26 08:15:47',
    text: `Hi Lucas,

We cannot proceed until we hear from you with the certification notification email used on the agency account (${LUCAS.srcId}). The address you gave us doesn't match what we have on file.

Best,
Sofia | AWS T&C Support`,
  }),
  mk({
    slug: 'en-info-dana-confirm-address',
    kind: 'info_request',
    lang: 'en',
    trap: true,
    caseId: CASE.dana,
    note: '"please confirm the e-mail address you keep" asks for information, not consent',
    to: danaTo,
    subject: caseSubj(CASE.dana),
    at: '2026-11-26 19:02:30',
    enc: 'utf8qp',
    text: `Hi Dana,

Thnaks for the IDs. Please confirm the e-mail address you'd like to keep \u2013 your first message and your reply name different ones.
As soon as we know, the request goes to the merge team.

Marcus`,
  }),
  mk({
    slug: 'en-info-lucas-gmail-thread',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.lucas,
    note: 'asks for the second candidate ID; quoted Gmail history below',
    to: lucasTo,
    subject: caseSubj(CASE.lucas),
    at: '2026-11-27 10:30:12',
    text: `Hi Lucas,

Thanks, that address matches. Once you send the candidate ID of the agency account as well, we'll pass everything on. It starts with "AWS" followed by eight digits.

Sofia

${gmailEn('Thu, Nov 26, 2026 at 7:48 PM', `${LUCAS.name} <${LUCAS.keep}>`)}
${quote(`Hi Sofia, the notification email on the old account was ${LUCAS.src}. Lucas`)}`,
  }),
  mk({
    slug: 'en-info-dana-reverse',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.dana,
    note: 'time clause restates the earlier reply; the main clause asks for one missing detail',
    to: danaTo,
    subject: caseSubj(CASE.dana),
    at: '2026-12-03 16:44:00',
    enc: 'utf8b64',
    text: `Hello Dana,

Now that we've gone through your reply from 2 December, one thing is still missing: the AWS Skill Builder email on the contract account. Could you send it over?

Marcus`,
  }),
  mk({
    slug: 'en-info-write-from-kept',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.lucas,
    note: 'write from the kept address AND include both candidate IDs: asks for data, so info_request',
    to: `${LUCAS.src}`,
    subject: caseSubj(CASE.lucas),
    at: '2026-11-25 16:00:20',
    text: `Hello,

For security reasons, please write to us from the address of the account you intend to keep, and include both candidate IDs in that message. After we receive it from that address, we can start.

Sofia`,
  }),
  mk({
    slug: 'en-info-misaligned-forgery',
    kind: 'info_request',
    lang: 'en',
    trusted: false,
    caseId: CASE.dana,
    note: 'info request whose DKIM belongs to a bulk-mail domain and DMARC fails',
    to: danaTo,
    subject: caseSubj(CASE.dana),
    at: '2026-11-26 02:30:30',
    auth: 'misaligned',
    text: `Dana,
Before the merge can start, send a photo of your ID and both account passwords to this address. We cannot proceed until we receive them.`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'en-conf-dana-once',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.dana,
    note: '"once you confirm, we will merge": asks for consent to an irreversible merge',
    to: danaTo,
    subject: caseSubj(CASE.dana),
    at: '2026-12-04 09:12:44',
    text: `Hi Dana,

Once you confirm, we will merge ${DANA.srcId} into ${DANA.keepId}. A merge can't be undone, so please reply with "I agree" if that's what you want.

Marcus`,
  }),
  mk({
    slug: 'en-conf-lucas-until',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.lucas,
    note: 'cannot proceed until the customer consents',
    to: lucasTo,
    subject: caseSubj(CASE.lucas),
    at: '2026-11-30 11:05:00',
    enc: 'utf8qp',
    text: `Hello Lucas,

Everything checks out. We cannot proceed until we hear from you, though: do you consent to ${LUCAS.srcId} (${LUCAS.src}) being merged into ${LUCAS.keepId} (${LUCAS.keep})? Once it's done there's no way back.

Sofia`,
  }),
  mk({
    slug: 'en-conf-dana-table',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.dana,
    note: 'multipart consent request with an account table',
    to: danaTo,
    subject: caseSubj(CASE.dana),
    at: '2026-12-04 09:13:30',
    enc: 'utf8b64',
    text: `Hi Dana,

Here is what will happen:
  Source account: ${DANA.srcId} / ${DANA.src}
  Kept account:   ${DANA.keepId} / ${DANA.keep}

Reply "yes, merge" to go ahead. Nothing changes before we have your answer, and after the merge the source account can't be restored.

Marcus`,
    html: htmlDoc(`<p>Hi Dana,</p>
<p>Here is what will happen:</p>
<table border="1" cellpadding="4"><tr><td>Source account</td><td>${DANA.srcId}</td><td>${DANA.src}</td></tr>
<tr><td>Kept account</td><td>${DANA.keepId}</td><td>${DANA.keep}</td></tr></table>
<p>Reply "yes, merge" to go ahead. Nothing changes before we have your answer, and after the merge the source account can't be restored.</p>
<p>Marcus</p>`),
  }),
  mk({
    slug: 'en-conf-before-goahead',
    kind: 'confirmation_request',
    lang: 'en',
    trap: true,
    caseId: CASE.lucas,
    note: 'consent request; merge completion and badges only appear as what follows later',
    to: lucasTo,
    subject: caseSubj(CASE.lucas),
    at: '2026-11-30 11:30:18',
    text: `Lucas,

Before we merge, we need your explicit go-ahead in writing. After the merge completes, the badges follow within a few days, and the agency account stops working for sign-in.
A one-line reply is enough.

Sofia`,
  }),
  mk({
    slug: 'en-conf-outlook-history',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.dana,
    note: 'consent request with Outlook-style history quoted below',
    to: danaTo,
    subject: caseSubj(CASE.dana),
    at: '2026-12-04 10:01:10',
    enc: 'utf8qp',
    text: `Dana,

Got the Skill Builder address, thank you. That was the last piece. Can you reply to confirm you want the two accounts merged? We hold the request until you do.

Marcus

${outlookEn(`${DANA.name} <${DANA.keep}>`, 'Thursday, December 3, 2026 6:20 PM', SUPPORT, caseSubj(CASE.dana))}

Skill Builder on the contract account is ${DANA.src} too.
Dana`,
  }),
  mk({
    slug: 'en-conf-gmail-displayname',
    kind: 'confirmation_request',
    lang: 'en',
    trusted: false,
    caseId: CASE.lucas,
    note: 'trusted display name on a free-mail address',
    from: 'AWS Training and Certification <aws.certification.desk@gmail.com>',
    to: lucasTo,
    subject: caseSubj(CASE.lucas),
    at: '2026-11-30 02:15:55',
    relay: 'mail-sor-f41.google.com',
    text: `Hi Lucas, once you confirm with the link below we'll merge your accounts straight away.
https://forms.example-gmail-tools.net/merge-consent`,
  }),
  mk({
    slug: 'en-conf-resent-agency',
    kind: 'confirmation_request',
    lang: 'en',
    forUser: false,
    caseId: CASE.lucas,
    note: 'consent request redirected by the agency\'s mail system to its IT desk (Resent-*)',
    to: `${LUCAS.src}`,
    subject: caseSubj(CASE.lucas),
    at: '2026-11-30 11:06:00',
    resent: { from: 'mailer@agency.example.com', to: 'it-desk@agency.example.com', date: 'Mon, 30 Nov 2026 11:06:30 +0000' },
    text: `Hello Lucas,
We'll wait for your consent before merging ${LUCAS.srcId} into ${LUCAS.keepId}. Please reply to agree.
Sofia`,
  }),

  // ---------------- merge_completed ----------------
  mk({
    slug: 'en-merge-dana-after-confirm',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.dana,
    note: '"the merge was completed after your confirmation": done',
    to: danaTo,
    subject: caseSubj(CASE.dana),
    at: '2026-12-05 13:40:40',
    text: `Hi Dana,

The merge was completed after your confirmation this morning. Your certifications from the contract account now show under ${DANA.keepId}.

Marcus

${gmailEn('Sat, Dec 5, 2026 at 8:02 AM', `${DANA.name} <${DANA.keep}>`)}
${quote(`I agree, please merge.
Dana`)}`,
  }),
  mk({
    slug: 'en-merge-lucas-following',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.lucas,
    note: 'main clause is the new event; the time clause restates the consent of 1 December',
    to: lucasTo,
    subject: caseSubj(CASE.lucas),
    at: '2026-12-02 08:20:05',
    enc: 'utf8qp',
    text: `Hi Lucas,

Following your reply on 1 December, account ${LUCAS.srcId} has now been merged into ${LUCAS.keepId}.

Sofia

${outlookEn(`${LUCAS.name} <${LUCAS.keep}>`, 'Tuesday, December 1, 2026 9:14 AM', SUPPORT, caseSubj(CASE.lucas))}

${LUCAS_CONSENT}`,
  }),
  mk({
    slug: 'en-merge-portal-html',
    kind: 'merge_completed',
    lang: 'en',
    note: 'certification portal notice, HTML only, no case ID',
    from: CERT_PORTAL,
    to: `${LUCAS.keep}`,
    subject: 'Your AWS Certification accounts have been merged',
    at: '2026-12-02 08:02:00',
    enc: 'utf8b64',
    html: htmlDoc(`<h3>Your accounts have been merged</h3>
<p>The exam history and certifications from your other AWS Certification account are now part of this account.</p>
<p>Next time you sign in, you'll see everything in one place.</p>
<p>AWS Certification</p>`),
  }),
  mk({
    slug: 'en-merge-then-badges-close',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.dana,
    note: 'merged this morning; closing waits on the badges (future)',
    to: danaTo,
    subject: caseSubj(CASE.dana),
    at: '2026-12-05 15:00:00',
    text: `Dana, quick update: we merged the accounts this morning. As soon as the badges have moved we'll close the case - no action needed from you in the meantime.

Marcus`,
  }),
  mk({
    slug: 'en-merge-check-all',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.lucas,
    note: 'completion with "please check all looks right"; stays merge_completed',
    to: lucasTo,
    subject: caseSubj(CASE.lucas),
    at: '2026-12-02 09:10:10',
    enc: 'utf8b64',
    text: `Hello again Lucas,

The merge is done. Please sign in and check that everything looks right - the two certifications, your 50% voucher and the exam history.

Best,
Sofia`,
  }),
  mk({
    slug: 'en-merge-forged-below',
    kind: 'merge_completed',
    lang: 'en',
    trusted: false,
    caseId: CASE.dana,
    note: 'completion text with the dmarc=pass verdict planted below the server\'s Received line',
    to: danaTo,
    subject: caseSubj(CASE.dana),
    at: '2026-12-04 23:23:23',
    auth: 'forgedBelow',
    text: `Dana, your accounts were merged. To claim your voucher, sign in at https://aws-voucher.example-claim.net after you read this.`,
  }),
  mk({
    slug: 'en-merge-short-mobile',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.lucas,
    note: 'terse completion above the support tool\'s history block; case ID only in the quoted block',
    to: `${LUCAS.keep}`,
    subject: 'Re: merge',
    crlf: false,
    at: '2026-12-02 07:58:12',
    text: `Done - merged. Sorry it took a while after your go-ahead.
S.

${sfBlock(`${LUCAS.keep}`, '12/1/2026 9:14 AM', caseSubj(CASE.lucas), LUCAS_CONSENT)}`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'en-badge-credly-accept',
    kind: 'badges_transferred',
    lang: 'en',
    note: 'AWS badge issued via Credly to the kept account (multipart)',
    from: CREDLY_AWS,
    to: `${LUCAS.keep}`,
    subject: 'Amazon Web Services Training and Certification sent you a new badge',
    at: '2026-12-04 05:30:00',
    text: `Congratulations, ${LUCAS.name}!

Amazon Web Services Training and Certification has issued you the AWS Certified SysOps Administrator - Associate badge.

Accept your badge: https://www.credly.com/badges/91ac-lucas-soa/accept

Once accepted, you can share it on LinkedIn.`,
    html: htmlDoc(`<p>Congratulations, ${LUCAS.name}!</p>
<p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified SysOps Administrator - Associate</b> badge.</p>
<p><a href="https://www.credly.com/badges/91ac-lucas-soa/accept">Accept your badge</a></p>
<p>Once accepted, you can share it on LinkedIn.</p>`),
  }),
  mk({
    slug: 'en-badge-asap-closed',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: CASE.dana,
    note: 'badges moved this morning, and the case was closed as soon as they did',
    to: danaTo,
    subject: caseSubj(CASE.dana),
    at: '2026-12-08 12:12:12',
    text: `Hi Dana,

As soon as the badges moved this morning, we closed the case. All three now sit on your Credly profile under ${DANA.keep}.

Marcus`,
  }),
  mk({
    slug: 'en-badge-reverse-lastweek',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: CASE.lucas,
    note: 'the new event (badges now on Credly) is in the "with" clause; the main clause restates last week\'s merge',
    to: lucasTo,
    subject: caseSubj(CASE.lucas),
    at: '2026-12-09 10:05:05',
    enc: 'utf8qp',
    text: `Lucas,

With your badges now showing on your Credly profile since this morning, the merge we did last week is complete end to end.

Sofia`,
  }),
  mk({
    slug: 'en-badge-credly-plain',
    kind: 'badges_transferred',
    lang: 'en',
    note: 'plain Credly notice of an AWS badge',
    from: CREDLY_AWS,
    to: `${DANA.keep}`,
    subject: 'You have a new badge from Amazon Web Services Training and Certification',
    at: '2026-12-07 23:40:09',
    text: `AWS Certified Solutions Architect - Professional
Issued by Amazon Web Services Training and Certification

Accept your badge
https://www.credly.com/badges/3f00-dana-sap/accept

After you accept, the badge is added to your public profile.`,
  }),
  mk({
    slug: 'en-badge-lookalike-credly',
    kind: 'badges_transferred',
    lang: 'en',
    trusted: false,
    note: 'badge mail from credly-notify.com (not credly.com), unauthenticated',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-notify.com>',
    to: `${LUCAS.keep}`,
    subject: 'Amazon Web Services Training and Certification sent you a new badge',
    at: '2026-12-03 01:01:01',
    auth: 'none',
    text: `Your AWS Certified SysOps Administrator - Associate badge is ready.
Accept your badge: https://credly-notify.com/accept?u=lucas`,
  }),
  mk({
    slug: 'en-badge-after-you-wrote',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: CASE.dana,
    note: 'after the customer wrote back, support had the badges moved: done',
    to: danaTo,
    subject: caseSubj(CASE.dana),
    at: '2026-12-08 11:50:00',
    enc: 'utf8b64',
    text: `Hi Dana,

After you wrote back on Monday we asked the Credly team to move them, and all 3 badges are now under ${DANA.keep}.

Marcus

${gmailEn('Mon, Dec 7, 2026 at 9:30 AM', `${DANA.name} <${DANA.keep}>`)}
${quote(`Hi Marcus, the merge looks good but Credly still shows the badges on my contract address. Dana`)}`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'en-close-since-merged',
    kind: 'case_closed',
    lang: 'en',
    trap: true,
    caseId: CASE.lucas,
    note: 'closing that restates the merge of 2 December',
    to: lucasTo,
    subject: caseSubj(CASE.lucas),
    at: '2026-12-10 08:00:00',
    text: `Hi Lucas,

Since the merge was completed on 2 December, we're closing this case now.

Sofia`,
  }),
  mk({
    slug: 'en-close-five-days',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.dana,
    note: 'auto-close warning after five days without a reply',
    to: danaTo,
    subject: caseSubj(CASE.dana),
    at: '2026-11-30 17:00:00',
    enc: 'utf8qp',
    text: `Hello Dana,

If we don't hear back within 5 days, this case will close automatically. You can reopen it by replying any time before then.

Marcus`,
  }),
  mk({
    slug: 'en-close-resolved',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.lucas,
    note: 'AWS Support notification: case resolved',
    from: NOREPLY,
    to: `${LUCAS.keep}`,
    subject: `Your support case ${CASE.lucas} has been resolved`,
    at: '2026-12-10 08:01:30',
    text: `Your support case ${CASE.lucas} has been resolved.

If you need more help, reopen the case from the Support Center within 14 days. After that, please open a new case.

Amazon Web Services`,
  }),
  mk({
    slug: 'en-close-after-finished',
    kind: 'case_closed',
    lang: 'en',
    trap: true,
    caseId: CASE.dana,
    note: 'closed after the merge finished: closing is new, the merge is old',
    to: danaTo,
    subject: caseSubj(CASE.dana),
    at: '2026-12-09 09:09:09',
    enc: 'utf8b64',
    text: `Hi Dana,

We've closed this case after the merge finished, as we discussed. Thanks for your patience throughout.

Marcus`,
  }),
  mk({
    slug: 'en-close-dmarc-fail',
    kind: 'case_closed',
    lang: 'en',
    trusted: false,
    caseId: CASE.lucas,
    note: 'closing text that failed DMARC',
    to: lucasTo,
    subject: caseSubj(CASE.lucas),
    at: '2026-12-06 03:30:30',
    auth: 'fail',
    text: `Lucas, this case has been closed. Once closed, your old account will be deleted unless you sign in here: https://aws-reopen.example.net`,
  }),
  mk({
    slug: 'en-close-helpdesk-html',
    kind: 'case_closed',
    lang: 'en',
    forUser: false,
    caseId: CASE.dana,
    note: 'closing notice addressed to the contractor\'s help desk, none of the user\'s addresses',
    from: NOREPLY,
    to: 'IT Help Desk <it-helpdesk@contractor.example>',
    subject: `Case ${CASE.dana} closed`,
    at: '2026-12-08 12:13:00',
    enc: 'utf8qp',
    text: `Case ${CASE.dana} has been closed.

Reply within 14 days of closure to reopen it.`,
    html: htmlDoc(`<p>Case <b>${CASE.dana}</b> has been closed.</p><p>Reply within 14 days of closure to reopen it.</p>`),
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'en-reply-thanks-passed',
    kind: 'support_reply',
    lang: 'en',
    trap: true,
    caseId: CASE.dana,
    note: 'thanks for confirming, passed to the team; completion only promised',
    to: danaTo,
    subject: caseSubj(CASE.dana),
    at: '2026-12-05 09:00:00',
    text: `Hi Dana,

Thank you for confirming. We've passed your request to the merge team; once they've completed it, you'll hear from us.

Marcus`,
  }),
  mk({
    slug: 'en-reply-not-yet',
    kind: 'support_reply',
    lang: 'en',
    trap: true,
    caseId: CASE.lucas,
    note: 'negated: the merge has not been completed yet',
    to: lucasTo,
    subject: caseSubj(CASE.lucas),
    at: '2026-12-01 16:30:00',
    enc: 'utf8qp',
    text: `Hi Lucas,

The merge hasn't been completed yet \u2013 it's queued behind a few others. We'll update you as soon as it's done.

Sofia

${gmailEn('Tue, Dec 1, 2026 at 3:55 PM', `${LUCAS.name} <${LUCAS.keep}>`)}
${quote(`Any news? I still see two accounts.`)}`,
  }),
  mk({
    slug: 'en-reply-dup-cases',
    kind: 'support_reply',
    lang: 'en',
    trap: true,
    caseId: CASE.dana,
    note: 'duplicate support cases merged, not the accounts',
    to: danaTo,
    subject: caseSubj(CASE.dana),
    at: '2026-11-27 08:08:08',
    text: `Hello Dana,

We merged case ${CASE.danaDup} into this one (${CASE.dana}) so that your request stays in one place. Please continue replying here.

Marcus`,
  }),
  mk({
    slug: 'en-reply-badges-follow',
    kind: 'support_reply',
    lang: 'en',
    trap: true,
    caseId: CASE.lucas,
    note: 'answer: badges follow after the merge; until then Credly shows the old address',
    to: lucasTo,
    subject: caseSubj(CASE.lucas),
    at: '2026-11-30 15:00:00',
    enc: 'utf8b64',
    text: `Lucas,

Good question. Badges follow after the merge; until then Credly keeps showing them under ${LUCAS.src}. Nothing to worry about.

Sofia`,
  }),
  mk({
    slug: 'en-reply-unable',
    kind: 'support_reply',
    lang: 'en',
    trap: true,
    caseId: CASE.dana,
    note: 'negated: unable to merge while an exam is scheduled',
    to: danaTo,
    subject: caseSubj(CASE.dana),
    at: '2026-11-28 12:00:00',
    text: `Hi Dana,

We are unable to merge these accounts while the contract account has an exam scheduled for 3 December. After you've sat the exam, reply here and we'll pick it back up.

Marcus`,
  }),
  mk({
    slug: 'en-reply-escalated',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.lucas,
    note: 'status: escalated, no action needed',
    to: lucasTo,
    subject: caseSubj(CASE.lucas),
    at: '2026-11-28 09:45:00',
    text: `Hi Lucas,

Quick status note: your case has been escalated to our certification operations team. There's nothing you need to do right now.

Sofia`,
  }),
  mk({
    slug: 'en-reply-credly-days',
    kind: 'support_reply',
    lang: 'en',
    trap: true,
    caseId: CASE.dana,
    note: 'status: badges will be moved after Credly\'s 2-3 business days',
    to: danaTo,
    subject: caseSubj(CASE.dana),
    at: '2026-12-07 15:20:00',
    enc: 'utf8qp',
    text: `Hi Dana,

Before we can move the badges, the Credly team needs 2-3 business days. I'll write again as soon as they're done.

Marcus

${gmailEn('Mon, Dec 7, 2026 at 9:30 AM', `${DANA.name} <${DANA.keep}>`)}
${quote(`Hi Marcus, the merge looks good but Credly still shows the badges on my contract address. Dana`)}`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'en-unrel-own-consent',
    kind: 'unrelated',
    lang: 'en',
    trusted: false,
    trap: true,
    caseId: CASE.dana,
    note: 'the user\'s own consent reply (bottom-posted from a phone), copied to her other address',
    from: danaTo,
    to: SUPPORT,
    cc: `${DANA.src}`,
    rcpt: DANA.src,
    subject: caseSubj(CASE.dana),
    at: '2026-12-05 08:02:00',
    auth: 'none',
    relay: 'smtp.example.org',
    text: `${gmailEn('Fri, Dec 4, 2026 at 9:12 AM', `AWS Training and Certification <${SUPPORT_ADDR}>`)}
${quote(`Once you confirm, we will merge ${DANA.srcId} into ${DANA.keepId}.`)}

Hi Marcus,
Yes, I confirm the merge. Once merged, please move the badges across as well.

Dana
Sent from my phone`,
  }),
  mk({
    slug: 'en-unrel-hashicorp',
    kind: 'unrelated',
    lang: 'en',
    trap: true,
    note: 'Credly badge from another issuer (HashiCorp)',
    from: 'HashiCorp via Credly <admin@credly.com>',
    to: `${LUCAS.keep}`,
    subject: 'HashiCorp sent you a new badge',
    at: '2026-12-06 14:00:00',
    text: `HashiCorp has issued you the HashiCorp Certified: Terraform Associate badge.
Accept your badge: https://www.credly.com/badges/tf-lucas/accept
Once accepted, it will appear next to your other badges.`,
  }),
  mk({
    slug: 'en-unrel-survey',
    kind: 'unrelated',
    lang: 'en',
    trap: true,
    caseId: CASE.lucas,
    note: 'satisfaction survey after the case closed',
    from: NOREPLY,
    to: lucasTo,
    subject: `How did we do on case ${CASE.lucas}?`,
    at: '2026-12-10 20:00:00',
    enc: 'utf8qp',
    text: `Was your issue resolved?

Now that case ${CASE.lucas} is closed, we'd love to hear how it went. The survey takes about a minute.
https://survey.aws.amazon.com/s/${CASE.lucas}`,
  }),
  mk({
    slug: 'en-unrel-refund-case',
    kind: 'unrelated',
    lang: 'en',
    trap: true,
    caseId: CASE.lucasRefund,
    note: 'reply on the user\'s other case, an exam refund; "processed/completed" are about money',
    to: lucasTo,
    subject: `RE:[CASE ${CASE.lucasRefund}] [AWS Training and Certification Form Submission] - exam-refund`,
    at: '2026-12-03 10:00:00',
    text: `Hi Lucas,

Your exam refund has been processed. Once your bank completes the transfer (usually 5-7 business days), the amount will show on your statement. We'll close this refund case after that.

AWS Training and Certification Billing`,
  }),
  mk({
    slug: 'en-unrel-skillbuilder',
    kind: 'unrelated',
    lang: 'en',
    trap: true,
    note: 'Skill Builder subscription renewal notice',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>',
    to: `${DANA.keep}`,
    subject: 'Your AWS Skill Builder subscription renewal is complete',
    at: '2026-12-01 00:05:00',
    enc: 'utf8b64',
    text: `Your Individual subscription renewed on December 1, 2026. After the renewal completes, your labs and practice exams stay available without interruption.`,
  }),
  mk({
    slug: 'en-unrel-manager-ooo',
    kind: 'unrelated',
    lang: 'en',
    trusted: false,
    trap: true,
    note: 'out-of-office reply from the manager the user had copied',
    from: 'Chris Patel <chris.patel@contractor.example>',
    to: `${DANA.src}`,
    subject: 'Automatic reply: RE: certification accounts',
    at: '2026-12-05 08:03:00',
    auth: 'none',
    relay: 'mail.contractor.example',
    extra: ['Auto-Submitted: auto-replied'],
    text: `I'm out of the office until December 14. I'll confirm anything that needs my sign-off once I'm back.`,
  }),
];
