// English messages of set fi (voice: waiting, delays and silence). Written fresh for this set.
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY, CASE, CREDLY_AWS, DANIEL, DANIEL_REQ, PORTAL, SOFIA, SOFIA_REQ, SUPPORT, SUPPORT_BARE,
  addr, formSubject, gmailEn, htmlDoc, msg, newSubject, outlookEn, paras, pst, sfOriginal, sfRef, utc,
} from './common.js';

const D = addr(DANIEL.name, DANIEL.keep);
const F = addr(SOFIA.name, SOFIA.keep);

// ---------------------------------------------------------------- acknowledgement (6)
const ACK: Msg[] = [
  msg({
    slug: 'en-ack-daniel', kind: 'acknowledgement', lang: 'en', caseId: CASE.daniel,
    note: 'automatic receipt of Daniel\'s merge case; thanks him for his patience',
    from: SUPPORT, to: D, subject: newSubject(CASE.daniel), date: pst('2026-11-17 15:22:08'), enc: 'ascii7',
    text: `Hello Daniel,

Thanks for reaching out to AWS Training and Certification. This note confirms that your request is in our queue as case ${CASE.daniel}.

Someone from our team will get back to you, usualy within 24 hours. We appreciate your patience in the meantime. Please keep all follow-ups on this thread rather than opening a new case - a second case only pushes the answer further back.

AWS Training and Certification Customer Service
${sfRef('Dq20Xa')}`,
  }),
  msg({
    slug: 'en-ack-sofia-notify', kind: 'acknowledgement', lang: 'en', caseId: CASE.sofia,
    note: 'AWS Support "case created" notification with the field list',
    from: AWS_NOTIFY, to: F, subject: `AWS Support: case ${CASE.sofia} created`, date: utc('2026-11-23 08:40:51'), enc: 'utf8qp',
    text: `Dear Sofia Lind,

We've opened a support case for you.

Case ID: ${CASE.sofia}
Subject: Two certification accounts – please combine
Category: Training and Certification › Account
Created: 23 Nov 2026, 08:40 UTC
Status: Unassigned

Our agents pick up cases in the order they arrive. You'll hear from us as soon as yours reaches the front of the queue.

Amazon Web Services`,
  }),
  msg({
    slug: 'en-ack-holiday', kind: 'acknowledgement', lang: 'en', caseId: CASE.danielDup,
    note: 'receipt during the holiday period: replies may take longer than usual; topic not stated',
    from: SUPPORT, to: D, subject: newSubject(CASE.danielDup), date: pst('2026-12-24 18:03:27'), enc: 'utf8qp',
    text: `Hi Daniel,

We've got your message and logged it as case ${CASE.danielDup}.

Heads-up: because of the holiday period our team is running on reduced staffing until January 4, so it may be a little while before a person replies. We're sorry for the wait and will be in touch as soon as we can.

AWS Training and Certification`,
    html: htmlDoc(paras(`Hi Daniel,

We've got your message and logged it as case ${CASE.danielDup}.

Heads-up: because of the holiday period our team is running on reduced staffing until January 4, so it may be a little while before a person replies. We're sorry for the wait and will be in touch as soon as we can.

AWS Training and Certification`), 'en'),
  }),
  msg({
    slug: 'en-ack-forged-below', kind: 'acknowledgement', lang: 'en', caseId: CASE.phish, trusted: false, auth: 'forgedBelow',
    note: 'receipt-shaped mail; the only dmarc=pass sits below the server\'s Received line (forged)',
    from: SUPPORT, to: F, subject: newSubject(CASE.phish), date: utc('2026-11-24 02:50:13'), enc: 'utf8b64',
    text: `Dear customer,

We have received your request (case ${CASE.phish}). Your request is pending verification and will be handled once you sign in below.

https://aws-training-verify.example.org/login

AWS Training and Certification`,
  }),
  msg({
    slug: 'en-ack-shape-only', kind: 'acknowledgement', lang: 'en', caseId: CASE.daniel,
    note: 'receipt recognisable only by its shape: case ID, status Unassigned, expected first response',
    from: AWS_NOTIFY, to: D, subject: `Case ${CASE.daniel}`, date: pst('2026-11-17 15:22:40'), enc: 'ascii7',
    text: `Case ID .................. ${CASE.daniel}
Status ................... Unassigned
Queue .................... Training and Certification
Expected first response .. within 1 business day

You can add details by replying to this email.

Amazon Web Services, Inc.`,
  }),
  msg({
    slug: 'en-ack-sofia-form', kind: 'acknowledgement', lang: 'en', caseId: CASE.sofia, ctExtra: 'format=flowed; delsp=no', crlf: false,
    note: 'form receipt from the T&C support address; "sit tight" wording, no topic',
    from: SUPPORT, to: F, subject: newSubject(CASE.sofia), date: utc('2026-11-23 08:41:30'), enc: 'ascii7',
    text: `Hi Sofia,

Your message made it to us - it's case ${CASE.sofia}. No need to resend anything; just sit tight and an agent will reply here.

Thank you,
AWS Training and Certification`,
  }),
];

// ---------------------------------------------------------------- ai_answer (5)
const AI: Msg[] = [
  msg({
    slug: 'en-ai-while-you-wait', kind: 'ai_answer', lang: 'en',
    note: 'automated suggestion to try the Merge Accounts tool while waiting for an agent',
    from: AWS_NOTIFY, to: D, subject: 'Suggested answer for your question', date: pst('2026-11-17 15:19:44'), enc: 'ascii7',
    text: `Hi Daniel,

While you wait for an agent, this might already get you there:

Sign in to the AWS Certification account you want to keep, open your profile, and choose "Merge Accounts". Enter the login details of the other account and follow the prompts.

If the tool tells you it can't merge the accounts, choose "Create case" and our team will take it from there.

This answer was generated automatically.`,
  }),
  msg({
    slug: 'en-ai-generated-html', kind: 'ai_answer', lang: 'en',
    note: 'HTML AI answer: tool may decline when both accounts hold certifications; create a case',
    from: AWS_NOTIFY, to: F, subject: 'Your AI-generated answer from AWS Support', date: utc('2026-11-23 08:38:02'), enc: 'utf8qp',
    html: htmlDoc(`<p>Hello,</p>
<p>Here's a generated response based on your question, so you don't have to wait for a reply:</p>
<ul>
<li>Duplicate AWS Certification accounts can often be combined with the <b>Merge Accounts</b> tool in your profile.</li>
<li>If both accounts already hold certifications, the tool may decline the request. In that case, create a case for a person to review.</li>
</ul>
<p><i>This content was produced by generative AI and may contain errors.</i></p>`, 'en'),
  }),
  msg({
    slug: 'en-ai-badges-after', kind: 'ai_answer', lang: 'en', trap: true,
    note: 'automated FAQ answer about badges lagging after a merge; it reports no event',
    from: AWS_NOTIFY, to: D, subject: 'Automated answer: badges after an account merge', date: pst('2026-12-04 10:10:10'), enc: 'utf8qp',
    text: `Hi Daniel,

Based on your question, here is an automated answer.

Q: My accounts were merged, but my Credly badges are still on the old profile.
A: After a merge, badges can take a few days to show up on the surviving account. Once the merge has gone through, claim any pending badges on Credly. If nothing appears after several days, reply on your case and an agent will look into it.

Generated automatically - not reviewed by a person.`,
  }),
  msg({
    slug: 'en-ai-lookalike-mx', kind: 'ai_answer', lang: 'en', trusted: false, auth: 'lookalikeServer',
    note: 'AI answer whose Authentication-Results comes from a look-alike authserv-id',
    from: AWS_NOTIFY, to: F, subject: 'Automated answer to your request', date: utc('2026-11-25 04:02:33'), enc: 'ascii7',
    text: `Hello,

While your case waits in the queue, you can try the self-service merge. Open the link below and enter the password for both accounts.

https://merge-tool.aws-selfservice.example/

This message was generated by AI.`,
  }),
  msg({
    slug: 'en-ai-reply-detected', kind: 'ai_answer', lang: 'en',
    note: 'automated response to a customer\'s "still waiting" note: articles and status link',
    from: AWS_NOTIFY, to: D, subject: 'We noticed you are waiting for an update', date: pst('2026-11-20 09:15:33'), enc: 'ascii7',
    text: `Hi Daniel,

Thanks for your note. An agent will respond on your case; in the meantime these automated suggestions may help:

- Check your case status in the Support Center under "Your support cases".
- Try the Merge Accounts tool in your AWS Certification profile.
- Make sure both accounts use the same legal name.

This is an automated response.`,
  }),
];

// ---------------------------------------------------------------- info_request (7)
const DANIEL_ORIG = sfOriginal(`${DANIEL.name} [${DANIEL.keep}]`, '11/17/2026 3:22 PM', SUPPORT_BARE, '[AWS Training and Certification Form Submission] - account-assistance', DANIEL_REQ);

const INFO: Msg[] = [
  msg({
    slug: 'en-info-daniel', kind: 'info_request', lang: 'en', caseId: CASE.daniel,
    note: 'after the wait, asks for both candidate IDs and the e-mail of the account to keep',
    from: SUPPORT, to: D, subject: formSubject(CASE.daniel), date: pst('2026-11-19 11:48:22'), enc: 'ascii7',
    text: `Hello Daniel,

Thank you for your patience while your case was in the queue - I'm Priyanka and I'll be helping you.

Before anything can move, I need a couple of details from you:
1. The candidate ID (it starts with "AWS") of each account
2. The email address of the account you would like to keep

Once I have these I can check both records.

Kind regards,
Priyanka
AWS Training and Certification

${DANIEL_ORIG}

${sfRef('Dq20Xa')}`,
  }),
  msg({
    slug: 'en-info-sofia-still-need', kind: 'info_request', lang: 'en', caseId: CASE.sofia,
    note: 'support has not heard back since Dec 2 and still needs the secondary login e-mail (no closing threat)',
    from: SUPPORT, to: F, subject: formSubject(CASE.sofia), date: utc('2026-12-07 13:05:48'), enc: 'utf8qp',
    text: `Hi Sofia,

Just circling back - we haven't heard from you since our message on 2 December, so your request is sitting idle on our side.

We still need the login email of your older account: the address you gave (${SOFIA.src}) doesn't match any profile. Could you send the exact address you sign in with?

Thanks,
Tomasz | AWS Training and Certification`,
  }),
  msg({
    slug: 'en-info-on-hold', kind: 'info_request', lang: 'en', caseId: CASE.daniel,
    note: 'case on hold pending listed items (exam dates and certifications on each account)',
    from: SUPPORT, to: D, subject: formSubject(CASE.daniel), date: pst('2026-11-23 16:30:01'), enc: 'utf8qp',
    text: `Hi Daniel,

Apologies for the slow turnaround. Your case is on hold pending the following:

- the certifications held on each account, and
- the date of your most recent exam on ${DANIEL.srcId}.

Send those over and I'll take it off hold straight away.

Priyanka`,
    html: htmlDoc(`<p>Hi Daniel,</p>
<p>Apologies for the slow turnaround. Your case is on hold pending the following:</p>
<ul><li>the certifications held on each account, and</li><li>the date of your most recent exam on ${DANIEL.srcId}.</li></ul>
<p>Send those over and I'll take it off hold straight away.</p>
<p>Priyanka</p>`, 'en'),
  }),
  msg({
    slug: 'en-info-confirm-primary', kind: 'info_request', lang: 'en', caseId: CASE.sofia, trap: true,
    note: '"please confirm which address should remain" asks for information, not consent',
    from: SUPPORT, to: F, subject: formSubject(CASE.sofia), date: utc('2026-11-26 10:22:37'), enc: 'ascii7',
    text: `Hi Sofia,

Sorry to keep you waiting - the last few days have been busy.

Please confirm which email address should remain as the primary login after we combine the profiles: ${SOFIA.keep} or ${SOFIA.src}. I'll hold the request until I hear back.

Tomasz
AWS Training and Certification

${gmailEn('2026-11-23 08:36', `${SOFIA.name} <${SOFIA.keep}>`, SOFIA_REQ)}`,
  }),
  msg({
    slug: 'en-info-freemail', kind: 'info_request', lang: 'en', caseId: CASE.daniel, trusted: false,
    note: 'trusted display name on a free-mail address asking for IDs and a password; untrusted',
    from: 'AWS Training and Certification <aws.training.certification.desk@gmail.com>', to: D, subject: `Re: Case ${CASE.daniel} - waiting on your details`, date: pst('2026-11-21 22:14:55'), enc: 'utf8b64',
    text: `Hello Daniel,

Your merge request has been waiting on verification for 4 days. To avoid further delay, reply with:

- both candidate IDs
- the password of the account you are retiring

Regards,
AWS Certification Team`,
  }),
  msg({
    slug: 'en-info-other-team-dates', kind: 'info_request', lang: 'en', caseId: CASE.sofia,
    note: 'top-posted over an Outlook quote: the records team came back and needs the exam dates',
    from: SUPPORT, to: F, subject: formSubject(CASE.sofia), date: utc('2026-12-09 15:47:19'), enc: 'utf8qp',
    text: `Hi Sofia,

Thanks for bearing with us. The records team finally came back to me: to match the two profiles they need the date you sat each exam (SAA on the agency account, DVA on the personal one). Could you reply with those dates?

Tomasz

${outlookEn('2026-12-08 19:02', `${SOFIA.name} <${SOFIA.keep}>`, SUPPORT_BARE, formSubject(CASE.sofia), `Hi Tomasz,

Sorry for the silence, I was travelling. The old login is sofia.lind.agency@example.net - I'd forgotten it was different.

Sofia`)}`,
  }),
  msg({
    slug: 'en-info-body-id', kind: 'info_request', lang: 'en', caseId: CASE.daniel,
    note: 'case ID only in the body; asks for the legal name shown on each account',
    from: SUPPORT, to: D, subject: 'Your AWS Certification account request', date: pst('2026-11-25 09:02:46'), enc: 'ascii7',
    text: `Hello Daniel,

Reference: case ${CASE.daniel}

I'm sorry this is taking a while. One more thing is holding us up: the names on the two profiles don't quite match (Daniel Ortiz vs. Dan Ortiz-Reyes). Could you tell us your full legal name as it appears on your ID, so we can be sure both accounts are yours?

Best,
Priyanka`,
  }),
];

// ---------------------------------------------------------------- confirmation_request (6)
const CONF: Msg[] = [
  msg({
    slug: 'en-conf-daniel', kind: 'confirmation_request', lang: 'en', caseId: CASE.daniel,
    note: 'after verifying both profiles, asks Daniel to reply to confirm; the merge is permanent',
    from: SUPPORT, to: D, subject: formSubject(CASE.daniel), date: pst('2026-11-27 14:05:38'), enc: 'ascii7',
    text: `Hi Daniel,

Thanks for waiting while we verified both profiles. Here is what we would do:

  ${DANIEL.srcId} (${DANIEL.src})  -->  ${DANIEL.keepId} (${DANIEL.keep})

A merge is permanent and can't be reversed afterwards. If you're happy to go ahead, please reply to confirm and we'll get it scheduled.

Priyanka
AWS Training and Certification`,
  }),
  msg({
    slug: 'en-conf-sofia-goahead', kind: 'confirmation_request', lang: 'en', caseId: CASE.sofia,
    note: 'still waiting for Sofia\'s go-ahead before combining; asks again without the word "confirm"',
    from: SUPPORT, to: F, subject: formSubject(CASE.sofia), date: utc('2026-12-14 09:31:12'), enc: 'utf8qp',
    text: `Hi Sofia,

We're ready on our side and are only waiting for your go-ahead before we combine ${SOFIA.srcId} into ${SOFIA.keepId}. Because this can't be undone later, we need a short "yes, go ahead" from you on this thread.

Thanks!
Tomasz`,
  }),
  msg({
    slug: 'en-conf-html', kind: 'confirmation_request', lang: 'en', caseId: CASE.danielDup,
    note: 'HTML-only consent request with a table of both accounts; irreversible',
    from: SUPPORT, to: D, subject: formSubject(CASE.danielDup), date: pst('2027-01-05 11:20:33'), enc: 'utf8b64',
    html: htmlDoc(`<p>Hello Daniel,</p>
<p>Happy new year, and thank you for waiting through the holidays. We have reviewed the third account you found and the one you keep:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Account</th><th>Candidate ID</th><th>After the merge</th></tr>
<tr><td>${DANIEL.third}</td><td>${DANIEL.thirdId}</td><td>closed</td></tr>
<tr><td>${DANIEL.keep}</td><td>${DANIEL.keepId}</td><td>keeps everything</td></tr>
</table>
<p>Please note this cannot be reversed. Let us know by reply that you agree, and we will proceed.</p>
<p>Jordan<br>AWS Training and Certification</p>`, 'en'),
  }),
  msg({
    slug: 'en-conf-misaligned', kind: 'confirmation_request', lang: 'en', caseId: CASE.sofia, trusted: false, auth: 'misaligned',
    note: 'consent request signed by an unrelated bulk-mail domain; dmarc=fail',
    from: SUPPORT, to: F, subject: formSubject(CASE.sofia), date: utc('2026-12-12 03:12:09'), enc: 'ascii7',
    text: `Hi Sofia,

Your merge is queued but needs your approval. Approve it here within 24 hours or it will be delayed again:

https://approve-merge.example.info/${CASE.sofia}

AWS Training and Certification`,
  }),
  msg({
    slug: 'en-conf-mobile-thread', kind: 'confirmation_request', lang: 'en', caseId: CASE.sofia,
    note: 'consent request replying to Sofia\'s short mobile message',
    from: SUPPORT, to: F, subject: formSubject(CASE.sofia), date: utc('2026-12-11 10:40:27'), enc: 'utf8qp',
    text: `Hi Sofia,

Thanks - with those dates the records team could match both profiles, so we're set. Before we press the button: once ${SOFIA.src}'s history is folded into ${SOFIA.keep} there's no way back. Do you want us to proceed? A one-line reply is enough.

Tomasz

${gmailEn('2026-12-10 21:17', `${SOFIA.name} <${SOFIA.keep}>`, `SAA: 14 March 2024, DVA: 2 Sept 2025. Hope that helps!

Sent from my iPhone`)}`,
  }),
  msg({
    slug: 'en-conf-records-cleared', kind: 'confirmation_request', lang: 'en', caseId: CASE.daniel,
    note: 'records team cleared the hold; asks permission to merge, with the exact reply wording',
    from: SUPPORT, to: D, subject: formSubject(CASE.daniel), date: pst('2026-12-01 08:55:17'), enc: 'ascii7',
    text: `Hi Daniel,

Sorry for the wait - we were held up by the records team, who have now cleared your accounts.

Do we have your permission to merge ${DANIEL.srcId} into ${DANIEL.keepId}? If so, reply with "Yes, proceed". Bear in mind this cannot be reversed.

Regards,
Lerato M.
AWS Training and Certification`,
  }),
];

// ---------------------------------------------------------------- merge_completed (7)
const MERGED: Msg[] = [
  msg({
    slug: 'en-merged-daniel', kind: 'merge_completed', lang: 'en', caseId: CASE.daniel,
    note: '"thank you for waiting, the merge is now complete"',
    from: SUPPORT, to: D, subject: formSubject(CASE.daniel), date: pst('2026-12-03 13:14:50'), enc: 'ascii7',
    text: `Hi Daniel,

Thank you for waiting, the merge is now complete. Everything from ${DANIEL.srcId} now lives under ${DANIEL.keepId} (${DANIEL.keep}).

Best regards,
Lerato M.
AWS Training and Certification

${sfOriginal(`${DANIEL.name} [${DANIEL.keep}]`, '12/1/2026 9:40 AM', SUPPORT_BARE, formSubject(CASE.daniel), 'Yes, proceed.\nDaniel')}`,
  }),
  msg({
    slug: 'en-merged-sofia-check', kind: 'merge_completed', lang: 'en', caseId: CASE.sofia,
    note: 'apology for the delay, accounts merged this morning; "please check all looks right"; long Outlook thread below',
    from: SUPPORT, to: F, subject: formSubject(CASE.sofia), date: utc('2026-12-17 11:26:05'), enc: 'utf8qp',
    text: `Hi Sofia,

Apologies that this took longer than we'd hoped. Your two certification accounts were merged this morning, and your SAA and DVA records now appear together under ${SOFIA.keep}.

Please sign in and check that everything looks right.

Tomasz | AWS Training and Certification

${outlookEn('2026-12-14 20:05', `${SOFIA.name} <${SOFIA.keep}>`, SUPPORT_BARE, formSubject(CASE.sofia), `Yes, go ahead. Sorry it took me a while to answer.

${outlookEn('2026-12-14 09:31', `AWS Training and Certification <${SUPPORT_BARE}>`, SOFIA.keep, formSubject(CASE.sofia), `Hi Sofia,

We're ready on our side and are only waiting for your go-ahead before we combine ${SOFIA.srcId} into ${SOFIA.keepId}.

${outlookEn('2026-12-08 19:02', `${SOFIA.name} <${SOFIA.keep}>`, SUPPORT_BARE, formSubject(CASE.sofia), `Hi Tomasz,
Sorry for the silence, I was travelling.

${outlookEn('2026-12-07 13:05', `AWS Training and Certification <${SUPPORT_BARE}>`, SOFIA.keep, formSubject(CASE.sofia), `Just circling back - we haven't heard from you since our message on 2 December.`)}`)}`)}`)}`,
  }),
  msg({
    slug: 'en-merged-portal', kind: 'merge_completed', lang: 'en',
    note: 'certification portal\'s own notice: accounts merged (no case ID)',
    from: PORTAL, to: D, subject: 'Your AWS Certification accounts have been merged', date: pst('2027-01-07 02:12:44'), enc: 'utf8qp',
    text: `Hello Daniel Ortiz,

Thanks for your patience. The account merge you requested has finished.
Surviving account: ${DANIEL.keep}

Your certifications, exam history and benefits are now shown in this account.

AWS Certification`,
    html: htmlDoc(paras(`Hello Daniel Ortiz,

Thanks for your patience. The account merge you requested has finished.
Surviving account: ${DANIEL.keep}

Your certifications, exam history and benefits are now shown in this account.

AWS Certification`), 'en'),
  }),
  msg({
    slug: 'en-merged-and-closing', kind: 'merge_completed', lang: 'en', caseId: CASE.danielDup, trap: true,
    note: 'merge done and the case will now be closed: completion is the new fact (closing words present)',
    from: SUPPORT, to: D, subject: formSubject(CASE.danielDup), date: pst('2027-01-06 16:40:02'), enc: 'ascii7',
    text: `Hi Daniel,

Thanks for bearing with us over the break. We've completed the merge as you approved, so I'll go ahead and close this case now.

Jordan`,
  }),
  msg({
    slug: 'en-merged-dmarc-fail', kind: 'merge_completed', lang: 'en', caseId: CASE.sofia, trusted: false, auth: 'fail',
    note: 'completion wording, but dmarc=fail at the top; untrusted',
    from: SUPPORT, to: F, subject: formSubject(CASE.sofia), date: utc('2026-12-16 01:05:41'), enc: 'utf8b64',
    text: `Hi Sofia,

Thank you for waiting. Your accounts have been merged. To keep your benefits, confirm your payment details here:
https://aws-benefits-confirm.example.biz/

AWS Training and Certification`,
  }),
  msg({
    slug: 'en-merged-body-id', kind: 'merge_completed', lang: 'en', caseId: CASE.daniel,
    note: 'case ID only in the body; after the backlog the accounts were combined',
    from: SUPPORT, to: D, subject: 'Update on your certification accounts', date: pst('2026-12-03 17:02:20'), enc: 'ascii7',
    text: `Hello Daniel,

Regarding case ${CASE.daniel}: sorry for the delay - we had a backlog this week. Your two acounts have now been combined into one, under ${DANIEL.keep}. The other login will no longer work.

Lerato M.`,
  }),
  msg({
    slug: 'en-merged-sofia-short', kind: 'merge_completed', lang: 'en', caseId: CASE.sofia,
    note: 'short completion note: "finally done", accounts merged',
    from: SUPPORT, to: F, subject: formSubject(CASE.sofia), date: utc('2026-12-17 11:30:55'), enc: 'utf8qp',
    text: `Sofia - good news after all that waiting: your accounts are merged. Everything is under ${SOFIA.keep} now.

Tomasz`,
  }),
];

// ---------------------------------------------------------------- badges_transferred (6)
const CREDLY_EN = (name: string, badge: string, to: string): string => `Hi ${name},

Your badge is waiting for you! Amazon Web Services Training and Certification has issued you the "${badge}" badge.

Accept your badge
https://www.credly.com/earner/earned/badge/a41f9e07-2c3b-48d5-b6e0-7d1c93f2e518

This email was sent to ${to}.

Credly`;

const BADGES: Msg[] = [
  msg({
    slug: 'en-badge-credly-waiting', kind: 'badges_transferred', lang: 'en',
    note: 'Credly: AWS badge issued to the kept address; "your badge is waiting for you"',
    from: CREDLY_AWS, to: D, subject: 'Amazon Web Services Training and Certification sent you a badge', date: pst('2026-12-05 06:45:12'), enc: 'utf8qp',
    text: CREDLY_EN('Daniel', 'AWS Certified Solutions Architect - Professional', DANIEL.keep),
    html: htmlDoc(paras(CREDLY_EN('Daniel', 'AWS Certified Solutions Architect - Professional', DANIEL.keep)), 'en'),
  }),
  msg({
    slug: 'en-badge-support-slow', kind: 'badges_transferred', lang: 'en', caseId: CASE.sofia,
    note: 'support: the badge transfer took longer than usual but is now on the kept Credly profile',
    from: SUPPORT, to: F, subject: formSubject(CASE.sofia), date: utc('2026-12-21 14:18:36'), enc: 'ascii7',
    text: `Hi Sofia,

The badge transfer took longer than usual, but both of your AWS badges now sit on your Credly profile under ${SOFIA.keep}. Thanks for hanging in there.

Tomasz`,
  }),
  msg({
    slug: 'en-badge-and-close', kind: 'badges_transferred', lang: 'en', caseId: CASE.daniel, trap: true,
    note: 'badges moved and the case is being closed: badges_transferred (closing words present)',
    from: SUPPORT, to: D, subject: formSubject(CASE.daniel), date: pst('2026-12-08 12:33:47'), enc: 'utf8qp',
    text: `Hi Daniel,

Sorry it took a few extra days. Your three Credly badges have been moved over to the ${DANIEL.keep} profile. As that was the last open item, I'm resolving this case - just reply if anything looks off.

Lerato M.`,
  }),
  msg({
    slug: 'en-badge-forged-credly', kind: 'badges_transferred', lang: 'en', trusted: false,
    note: 'badge notice from a look-alike domain (credly-notify.com); untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-notify.com>', to: F, subject: 'Your badges have been transferred', date: utc('2026-12-22 03:30:00'), enc: 'utf8b64',
    text: `Hi Sofia,

Thanks for waiting! Your AWS badges have been transferred to your merged account. Log in within 24 hours to keep them:

https://credly-notify.com/login

Credly`,
  }),
  msg({
    slug: 'en-badge-credly-html', kind: 'badges_transferred', lang: 'en',
    note: 'HTML-only Credly notice: AWS badge issued to Sofia\'s kept address',
    from: CREDLY_AWS, to: F, subject: 'You\'ve earned a badge from Amazon Web Services Training and Certification', date: utc('2026-12-20 07:01:45'), enc: 'utf8b64',
    html: htmlDoc(`<table width="600" align="center"><tr><td>
<p>Hi Sofia,</p>
<p>Good things come to those who wait. Amazon Web Services Training and Certification has issued you the <b>AWS Certified Developer - Associate</b> badge.</p>
<p><a href="https://www.credly.com/earner/earned/badge/e27b5c90-1d44-4f3a-a8c1-0b9f6e2d7a63" style="background:#0b5cab;color:#fff;padding:10px 18px">Accept your badge</a></p>
<p style="font-size:11px;color:#777">This email was sent to ${SOFIA.keep}.</p>
</td></tr></table>`, 'en'),
  }),
  msg({
    slug: 'en-badge-followup-done', kind: 'badges_transferred', lang: 'en', caseId: CASE.danielDup,
    note: 'bottom-posted: support following up on the pending badge move: done',
    from: SUPPORT, to: D, subject: formSubject(CASE.danielDup), date: pst('2027-01-11 10:48:29'), enc: 'ascii7',
    text: `${gmailEn('2027-01-08 18:20', `${DANIEL.name} <${DANIEL.keep}>`, 'Thanks Jordan. Certs look fine, but Credly still shows the badges on my old email.')}

Hi Daniel,

Following up on the badge move that was still pending last week: it's done. Your AWS badges are now attached to ${DANIEL.keep} on Credly.

Jordan`,
  }),
];

// ---------------------------------------------------------------- case_closed (6)
const CLOSED: Msg[] = [
  msg({
    slug: 'en-closed-3days', kind: 'case_closed', lang: 'en', caseId: CASE.sofia, crlf: false,
    note: 'no reply: the case will close in 3 days',
    from: SUPPORT, to: F, subject: formSubject(CASE.sofia), date: utc('2026-12-04 09:00:27'), enc: 'ascii7',
    text: `Hi Sofia,

We haven't heard back from you, so this case will close automatically in 3 days. If you still need help, just reply to this email before then.

AWS Training and Certification`,
  }),
  msg({
    slug: 'en-closed-notify', kind: 'case_closed', lang: 'en', caseId: CASE.daniel,
    note: 'AWS Support notification: case resolved',
    from: 'AWS Support <no-reply@support.aws.com>', to: D, subject: `AWS Support: case ${CASE.daniel} has been resolved`, date: pst('2026-12-09 00:10:44'), enc: 'utf8qp',
    text: `Hello,

Your case ${CASE.daniel} was marked as resolved. You can reopen it from the Support Center within 14 days.

Amazon Web Services`,
  }),
  msg({
    slug: 'en-closed-restate-merge', kind: 'case_closed', lang: 'en', caseId: CASE.sofia, trap: true,
    note: 'closing notice that restates the merge of Dec 17; no new event',
    from: SUPPORT, to: F, subject: formSubject(CASE.sofia), date: utc('2026-12-28 10:05:18'), enc: 'ascii7',
    text: `Hi Sofia,

As the merge was completed on 17 December and we've had no further questions from you, we're closing this case.

Tomasz`,
  }),
  msg({
    slug: 'en-closed-no-auth', kind: 'case_closed', lang: 'en', caseId: CASE.danielDup, trusted: false, auth: 'none',
    note: 'closing notice with no Authentication-Results at all',
    from: SUPPORT, to: D, subject: formSubject(CASE.danielDup), date: pst('2027-01-02 07:00:00'), enc: 'utf8b64',
    text: `Hello Daniel,

As we did not receive a reply, your case has been closed.

AWS Training and Certification`,
  }),
  msg({
    slug: 'en-closed-unreachable-html', kind: 'case_closed', lang: 'en', caseId: CASE.danielDup,
    note: 'unable to reach the customer; case resolved, reopen within 14 days',
    from: SUPPORT, to: D, subject: formSubject(CASE.danielDup), date: pst('2027-01-20 09:30:12'), enc: 'utf8qp',
    text: `Hi Daniel,

We tried to reach you a couple of times but haven't had a response, so we've resolved your case. Reply within 14 days to reopen it.

Jordan`,
    html: htmlDoc(paras(`Hi Daniel,

We tried to reach you a couple of times but haven't had a response, so we've resolved your case. Reply within 14 days to reopen it.

Jordan`), 'en'),
  }),
  msg({
    slug: 'en-closed-pending-48h', kind: 'case_closed', lang: 'en', caseId: CASE.daniel,
    note: 'pending customer action for five days; closes in 48 hours without a reply',
    from: AWS_NOTIFY, to: D, subject: `Reminder: case ${CASE.daniel} is awaiting your reply`, date: pst('2026-11-30 06:00:31'), enc: 'utf8b64',
    text: `Hello Daniel,

Case ${CASE.daniel} has been pending customer action for 5 days. If we don't receive a response within 48 hours, the case will be resolved automatically.

Amazon Web Services`,
  }),
];

// ---------------------------------------------------------------- support_reply (9)
const REPLY: Msg[] = [
  msg({
    slug: 'en-reply-still-working', kind: 'support_reply', lang: 'en', caseId: CASE.daniel, trap: true,
    note: 'still working on the merge; nothing finished yet',
    from: SUPPORT, to: D, subject: formSubject(CASE.daniel), date: pst('2026-12-02 10:20:05'), enc: 'ascii7',
    text: `Hi Daniel,

Just a quick note to say we're still working on your merge. It hasn't gone through yet, but it's with the right people. I'll update you as soon as there's news.

Lerato M.`,
  }),
  msg({
    slug: 'en-reply-other-team', kind: 'support_reply', lang: 'en', caseId: CASE.sofia, trap: true,
    note: 'waiting on another team before the accounts can be combined',
    from: SUPPORT, to: F, subject: formSubject(CASE.sofia), date: utc('2026-11-29 12:44:10'), enc: 'utf8qp',
    text: `Hi Sofia,

Thanks for the update. I've passed your details to our records team; we're waiting on them before the two accounts can be combined. I don't have a timeline yet, but I'll chase them on Monday.

Tomasz`,
  }),
  msg({
    slug: 'en-reply-badge-slow', kind: 'support_reply', lang: 'en', caseId: CASE.danielDup, trap: true,
    note: '"the badge transfer is taking longer than usual": not done yet',
    from: SUPPORT, to: D, subject: formSubject(CASE.danielDup), date: pst('2027-01-07 14:02:38'), enc: 'utf8qp',
    text: `Hi Daniel,

A quick update: the badge transfer is taking longer than usual. The request is with Credly's side now and I'll write again once the badges show on your profile.

Jordan`,
  }),
  msg({
    slug: 'en-reply-thanks-confirm', kind: 'support_reply', lang: 'en', caseId: CASE.sofia, trap: true,
    note: 'thanks for confirming; passed to the team; a few business days',
    from: SUPPORT, to: F, subject: formSubject(CASE.sofia), date: utc('2026-12-15 08:50:22'), enc: 'ascii7',
    text: `Hi Sofia,

Thank you for confirming. I've passed the request to the team that handels merges; it normally takes 2-4 business days. You don't need to do anything else for now.

Tomasz`,
  }),
  msg({
    slug: 'en-reply-holiday', kind: 'support_reply', lang: 'en', caseId: CASE.danielDup, trap: true,
    note: 'holiday backlog: merge work resumes in January',
    from: SUPPORT, to: D, subject: formSubject(CASE.danielDup), date: pst('2026-12-29 11:00:13'), enc: 'utf8b64',
    text: `Hi Daniel,

Apologies for the quiet - most of the team is out over the holidays, and merge requests are queued until we're fully staffed again on January 4. Your case is in that queue; nothing is lost.

Jordan`,
  }),
  msg({
    slug: 'en-reply-not-yet', kind: 'support_reply', lang: 'en', caseId: CASE.daniel, trap: true,
    note: 'answers Daniel\'s chase: the merge has not been completed yet; checking',
    from: SUPPORT, to: D, subject: formSubject(CASE.daniel), date: pst('2026-12-02 16:35:19'), enc: 'ascii7',
    text: `Hi Daniel,

You're right, the merge has not been completed yet - I can see the request is still open on our side. I've flagged it and will come back to you tomorrow.

Lerato M.

${gmailEn('2026-12-02 14:11', `${DANIEL.name} <${DANIEL.keep}>`, `Hi Lerato,

It's been a day since I said yes and I can still log in to the old account. Any news?

Daniel`)}`,
  }),
  msg({
    slug: 'en-reply-resent', kind: 'support_reply', lang: 'en', caseId: CASE.sofia, forUser: false, trap: true,
    note: 'status update sent to Sofia\'s agency address and redirected (Resent-*); waiting on records team',
    from: SUPPORT, to: addr(SOFIA.name, SOFIA.src), subject: formSubject(CASE.sofia), date: utc('2026-12-02 09:15:40'),
    resent: { from: 'postmaster@agency.example.net', to: SOFIA.keep, date: utc('2026-12-02 09:16:02') }, enc: 'utf8qp',
    text: `Hi Sofia,

Still no word from the records team, I'm afraid. Your merge request is waiting in their queue; I'll update you as soon as they reply.

Tomasz`,
  }),
  msg({
    slug: 'en-reply-dup-cases', kind: 'support_reply', lang: 'en', caseId: CASE.danielDup, trap: true,
    note: '"we merged your duplicate cases": about cases, not accounts',
    from: SUPPORT, to: D, subject: formSubject(CASE.danielDup), date: pst('2026-12-26 13:04:55'), enc: 'ascii7',
    text: `Hi Daniel,

Over the holidays the same request reached us twice and opened two cases, so we merged your duplicate cases into this one (${CASE.danielDup}). Please keep replying here. We'll pick this up after the holidays.

Jordan`,
  }),
  msg({
    slug: 'en-reply-no-action', kind: 'support_reply', lang: 'en', caseId: CASE.sofia, trap: true,
    note: 'still waiting for internal records team; no action needed; dkim-only aligned (trusted)', auth: 'dkimonly',
    from: SUPPORT, to: F, subject: formSubject(CASE.sofia), date: utc('2026-12-05 16:22:09'), enc: 'ascii7',
    text: `Hello Sofia,

No action is needed from you right now. We're still waiting for the internal records team to approve the merge; as soon as they do, I'll let you know.

Tomasz`,
  }),
];

// ---------------------------------------------------------------- unrelated (6)
const UNREL: Msg[] = [
  msg({
    slug: 'en-unrel-own-chase', kind: 'unrelated', lang: 'en', caseId: CASE.daniel, trusted: false, trap: true,
    note: 'Daniel\'s own "any update?" reply (sent copy, bcc to himself): the user\'s own mail',
    from: D, to: SUPPORT, subject: formSubject(CASE.daniel), date: pst('2026-11-20 09:12:07'), enc: 'ascii7',
    relay: 'smtp.example.org', rcpt: DANIEL.keep,
    text: `Hi,

Any update on this? It's been three days since the confirmation email and I haven't heard anything. Happy to send whatever you need to get the merge going.

Daniel`,
  }),
  msg({
    slug: 'en-unrel-ooo', kind: 'unrelated', lang: 'en', caseId: CASE.daniel, trusted: false,
    note: 'out-of-office auto-reply from Daniel\'s old contractor address',
    from: addr(DANIEL.name, DANIEL.src), to: D, subject: `Automatic reply: ${formSubject(CASE.daniel)}`, date: pst('2026-11-19 11:49:02'), enc: 'ascii7',
    extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    text: `Thank you for your message. My contract ended on November 14 and this mailbox is no longer monitored. For project matters please write to pm-office@contractor.example.com.`,
  }),
  msg({
    slug: 'en-unrel-survey', kind: 'unrelated', lang: 'en', caseId: CASE.sofia, trap: true,
    note: 'survey: "was your issue resolved?" after a long case',
    from: AWS_NOTIFY, to: F, subject: 'How did we do? Tell us about case ' + CASE.sofia, date: utc('2026-12-30 10:00:00'), enc: 'utf8qp',
    text: `Hi Sofia,

We know your case took a while. Was your issue resolved?  Yes / No

How satisfied are you with the time it took to get an answer? (1-5)

Amazon Web Services`,
  }),
  msg({
    slug: 'en-unrel-credly-hashicorp', kind: 'unrelated', lang: 'en', trap: true,
    note: 'Credly badge from HashiCorp, not AWS',
    from: 'HashiCorp via Credly <admin@credly.com>', to: D, subject: 'HashiCorp sent you a badge', date: pst('2026-12-06 05:30:48'), enc: 'utf8qp',
    text: `Hi Daniel,

Your badge is waiting for you! HashiCorp has issued you the "HashiCorp Certified: Terraform Associate (003)" badge.

Accept your badge
https://www.credly.com/earner/earned/badge/61d0b3aa-8f2e-4c70-9e15-c4b7d2a09f81

Credly`,
  }),
  msg({
    slug: 'en-unrel-refund-pending', kind: 'unrelated', lang: 'en', caseId: CASE.danielRefund, trap: true,
    note: 'Daniel\'s other case (exam voucher refund) is still under review; says its topic',
    from: SUPPORT, to: D, subject: `RE:[CASE ${CASE.danielRefund}] [AWS Training and Certification Form Submission] - exam-voucher-refund`, date: pst('2026-12-10 15:12:33'), enc: 'ascii7',
    text: `Hi Daniel,

We received your request about refunding the unused exam voucher and it's still being reviewed by our billing team. Refund decisions can take up to 10 business days; we'll let you know once it's completed.

Regards,
Ana
AWS Training and Certification`,
  }),
  msg({
    slug: 'en-unrel-colleague-other', kind: 'unrelated', lang: 'en', trusted: false, forUser: false, trap: true,
    note: 'a colleague\'s note addressed to someone else (team alias), mentioning their own merge finally completing',
    from: 'Marcus Bell <marcus.bell@agency.example.net>', to: 'Cloud Guild <cloud-guild@agency.example.net>', subject: 'FYI: AWS cert merge finally done', date: utc('2026-12-18 16:40:20'), enc: 'ascii7',
    rcpt: 'cloud-guild@agency.example.net',
    text: `Hi all,

For anyone still waiting on AWS support to merge their certification accounts: mine was finally completed today after about two weeks. The badges took another few days. Just keep replying on the same case.

Marcus`,
  }),
];

export const EN: Msg[] = [...ACK, ...AI, ...INFO, ...CONF, ...MERGED, ...BADGES, ...CLOSED, ...REPLY, ...UNREL];
