// English messages of the bu corpus. Voice: self-service around the case.
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY, CASE, COLLEAGUE_EN, CREDLY, CREDLY_AWS, DANIEL, PORTAL, SOFIA, SUPPORT, WEI,
  en, formSubject, gmailEn, htmlDoc, outlookEn, paras, pst, quote, sfBlock, sfThread, utc,
} from './common.js';

const danielAsk = `Hi,
I tried the Merge Accounts tool under My Profile first. It sent a code to my old work address, I typed it in,
and then got "These accounts cannot be merged. Please contact AWS Training and Certification Support."
Keep: ${DANIEL.keepId} (${DANIEL.keep})
Merge away: ${DANIEL.srcId} (${DANIEL.src})
Thanks,
Daniel Okafor`;

const sofiaAsk = `Hello - I used the self-service merge last week. The tool said "merge partially completed".
My Developer Associate shows on ${SOFIA.keepId} now but the SysOps cert and my 50% voucher are still on the consultancy account (${SOFIA.srcId}).
Could someone finish it? - Sofia`;

const weiAsk = `Hi team, I need my two certification profiles combined into the one under ${WEI.keep}.
The other was created by my contractor agency with ${WEI.src}; I no longer have access to that mailbox, so the merge code never reaches me.
Candidate IDs: ${WEI.keepId} / ${WEI.srcId}
Wei`;

const ackEn: Msg[] = [
  en({
    slug: 'daniel-case-created', kind: 'acknowledgement', caseId: CASE.daniel, note: 'AWS Support notification that a case was created',
    from: AWS_NOTIFY, to: DANIEL.keep, subject: `AWS Support case ${CASE.daniel} created`, date: utc('2026-11-02 15:41:07'), enc: 'ascii7',
    extra: ['Auto-Submitted: auto-generated'],
    text: `Hello,

We've opened case ${CASE.daniel} for you.

Subject: Merge Accounts tool says accounts cannot be merged
Service: AWS Training and Certification
Category: Certification - Account merge

A member of the AWS Training and Certification team will get back to you, usually within one business day.
To add details, reply to this email. Please don't open another case for the same issue.

Amazon Web Services`,
  }),
  en({
    slug: 'sofia-form-receipt', kind: 'acknowledgement', caseId: CASE.sofia, note: 'form receipt quoting the user\'s description of a partial self-service merge',
    from: SUPPORT, to: SOFIA.keep, subject: `[CASE ${CASE.sofia}] We've received your request`, date: utc('2026-11-04 08:02:55'), enc: 'utf8qp',
    text: `Dear Sofia,

Thanks for reaching out to AWS Training and Certification. This is an automated note to let you know your request is in our queue as case ${CASE.sofia}.

What you told us:
${quote(sofiaAsk)}

We aim to reply within 24 hours. Replying to this message keeps everything on the same case.

AWS Training & Certification Customer Service`,
  }),
  en({
    slug: 'wei-receipt-html', kind: 'acknowledgement', caseId: CASE.wei, note: 'HTML-only receipt; case ID only in the body',
    from: SUPPORT, to: WEI.keep, subject: 'Thank you for contacting AWS Training and Certification', date: utc('2026-11-07 19:12:33'), enc: 'utf8b64',
    html: htmlDoc(`<table width="100%" style="max-width:600px"><tr><td>
<p>Hello Wei,</p>
<p>Your inquiry has been logged. Reference number: <strong>${CASE.wei}</strong></p>
<p>Our support staff will review it and respond to this address. Typical response time is 1&ndash;2 business days.</p>
<p style="color:#666;font-size:12px">This mailbox is not monitored for new requests. Please reply to this message to update the existing case.</p>
</td></tr></table>`, 'en'),
  }),
  en({
    slug: 'daniel-receipt-fields', kind: 'acknowledgement', trap: true, caseId: CASE.daniel, note: 'receipt echoing the submitted fields (candidate ID, e-mail) without asking for anything',
    from: SUPPORT, to: DANIEL.keep, subject: formSubject(CASE.daniel), date: utc('2026-11-02 15:41:30'), enc: 'ascii7',
    text: `Hello Daniel Okafor,

Case ${CASE.daniel} has been created with the information below.

  Name:               Daniel Okafor
  Company:            -
  AWS Candidate ID:   ${DANIEL.keepId}
  Contact email:      ${DANIEL.keep}
  Inquiry type:       AWS Training and Certification / Certification / Account merge

An agent will review your submission and respond shortly.

AWS Training and Certification`,
  }),
  en({
    slug: 'failforged-receipt', kind: 'acknowledgement', trusted: false, auth: 'failThenForged', caseId: CASE.sofia, note: 'receipt whose top authentication verdict is fail, with a planted pass lower down: untrusted',
    from: SUPPORT, to: SOFIA.keep, subject: `[CASE ${CASE.sofia}] Request received`, date: utc('2026-11-04 09:40:12'), enc: 'ascii7',
    text: `Hello,

We received your request (case ${CASE.sofia}). To speed things up, sign in to both certification accounts at the link below so we can verify them:
https://aws-training-verify.example.net/merge

AWS Training and Certification`,
  }),
  en({
    slug: 'wei-bare-receipt', kind: 'acknowledgement', auth: 'dkimonly', caseId: CASE.wei, note: 'terse receipt that names no topic; read as what it looks like; aligned DKIM only',
    from: SUPPORT, to: WEI.keep, subject: `[CASE ${CASE.wei}]`, date: utc('2026-11-07 19:12:02'), enc: 'ascii7', crlf: false,
    text: `Your case number is ${CASE.wei}. We'll be in touch.

-- 
AWS Training and Certification`,
  }),
];

const aiEn: Msg[] = [
  en({
    slug: 'daniel-ai-tool', kind: 'ai_answer', caseId: null, note: 'generated answer suggesting the self-service tool and its one-time code',
    from: AWS_NOTIFY, to: DANIEL.keep, subject: 'Suggested answer for your question', date: utc('2026-11-02 15:30:44'), enc: 'ascii7',
    text: `This response was generated by AI and may contain errors.

You can usually combine two AWS Certification accounts on your own:
- Sign in to the account you want to keep.
- Open My Profile > Merge Accounts.
- Enter the email of the other account. We'll send a one-time merge code there.
- Enter that code and submit.

Didn't work? Choose "Create case" to reach a support agent.`,
  }),
  en({
    slug: 'sofia-ai-after', kind: 'ai_answer', trap: true, caseId: null, note: 'AI answer explaining what happens once a merge completes; reports nothing',
    from: AWS_NOTIFY, to: SOFIA.keep, subject: 'Here is what we found', date: utc('2026-11-04 07:55:21'), enc: 'utf8qp',
    text: `Generated answer

Once the merge completes, certifications, exam history and benefits from the secondary account appear on the primary one. Digital badges are issued by Credly and may need to be claimed again after the merge - badges aren't always moved automatically.

If parts of your record are missing after using the tool, create a case and a support agent will help.`,
    html: htmlDoc(`<p><em>Generated answer</em></p>
<p>Once the merge completes, certifications, exam history and benefits from the secondary account appear on the primary one. Digital badges are issued by Credly and may need to be claimed again after the merge &ndash; badges aren&#39;t always moved automatically.</p>
<p>If parts of your record are missing after using the tool, create a case and a support agent will help.</p>`, 'en'),
  }),
  en({
    slug: 'wei-ai-refuse', kind: 'ai_answer', caseId: null, note: 'automated answer about the tool\'s "cannot be merged" message',
    from: AWS_NOTIFY, to: WEI.keep, subject: 'Automated response: certification account merge', date: utc('2026-11-07 19:05:10'), enc: 'ascii7',
    text: `Automated response

If the Merge Accounts tool shows "accounts cannot be merged", it is usually because both accounts already hold certifications, or the secondary account's email can no longer receive the code. The tool can't get around either of these.

In that case, select Create case and include both candidate IDs.`,
  }),
  en({
    slug: 'daniel-ai-html', kind: 'ai_answer', caseId: null, note: 'HTML-only AI suggestion about code expiry and resending',
    from: AWS_NOTIFY, to: DANIEL.keep, subject: 'Amazon Q answer', date: utc('2026-11-02 15:31:02'), enc: 'utf8b64',
    html: htmlDoc(`<div style="border-left:3px solid #ff9900;padding-left:8px">
<p><b>Amazon Q</b> &middot; generated content</p>
<p>Merge codes expire after 24 hours and only the newest one works. Use <i>Resend code</i> on the Merge Accounts page if yours has expired.</p>
<p>Still stuck? You can open a support case from this page.</p>
</div>`, 'en'),
  }),
  en({
    slug: 'wei-ai-case', kind: 'ai_answer', caseId: CASE.wei, note: 'AI-drafted suggestion posted on the open case before an agent looks at it',
    from: SUPPORT, to: WEI.keep, subject: formSubject(CASE.wei), date: utc('2026-11-07 19:20:48'), enc: 'ascii7',
    text: `Hello,

While your case waits for an agent, here is an automatically generated suggestion that may help:

If you cannot receive the merge code at the secondary account's address, try updating that account's notification email first (My Profile > Contact information), then resend the code.

If this resolves your issue, no reply is needed. Otherwise an agent will follow up.

AWS Training and Certification (automated)`,
  }),
  en({
    slug: 'lookalike-ai', kind: 'ai_answer', trusted: false, auth: 'pass', caseId: null, note: 'AI-answer text from amazon-aws-support.com, a look-alike domain: untrusted',
    from: 'AWS Support Assistant <assistant@amazon-aws-support.com>', to: SOFIA.keep, subject: 'Your AI support answer', date: utc('2026-11-05 02:13:40'), enc: 'ascii7',
    text: `AI Assistant

Good news: partial merges can be finished instantly. Sign in below with both account passwords and click Complete merge.
https://amazon-aws-support.com/complete-merge`,
  }),
];

const infoEn: Msg[] = [
  en({
    slug: 'daniel-info-screenshot', kind: 'info_request', caseId: CASE.daniel, note: 'asks for the tool\'s error screenshot and both candidate IDs; Outlook quote',
    from: SUPPORT, to: DANIEL.keep, subject: formSubject(CASE.daniel), date: utc('2026-11-03 17:22:15'), enc: 'ascii7',
    text: `Hello Daniel,

Thank you for contacting AWS Training and Certification. My name is Rebecca and I'll be assisting you.

To look into the error you saw in the Merge Accounts tool, could you send us:
1. A screenshot of the message, if you still have it
2. The candidate ID of each account
3. The login email of the account you'd like to retire

Once we have these we can continue.

Kind regards,
Rebecca M.
AWS Training and Certification

${outlookEn('2026-11-02 10:40', `Daniel Okafor <${DANIEL.keep}>`, 'aws-cs-trainingcertification-form@amazon.com', 'Merge Accounts tool error')}

${danielAsk}`,
  }),
  en({
    slug: 'sofia-info-code-addr', kind: 'info_request', caseId: CASE.sofia, note: 'asks which inbox received the merge code and roughly when it was entered',
    from: SUPPORT, to: SOFIA.keep, subject: formSubject(CASE.sofia), date: utc('2026-11-05 10:05:37'), enc: 'utf8qp',
    text: `Hi Sofia,

Thanks for the details. So I can line your attempt up with our logs: which inbox did the merge code arrive in, and roughly what day and time did you enter it? A screenshot of the "partially completed" message would also help.

Best,
Tomas
AWS T&C Support`,
  }),
  en({
    slug: 'sofia-info-voucher', kind: 'info_request', caseId: CASE.sofia, note: 'partial self-service merge: certs moved, voucher did not; needs the voucher code and exam date',
    from: SUPPORT, to: SOFIA.keep, subject: formSubject(CASE.sofia), date: utc('2026-11-06 09:48:02'), enc: 'ascii7',
    text: `Hi Sofia,

I've looked at both records. The tool carried the Developer Associate over to ${SOFIA.keepId}; the SysOps Administrator certification and the 50% voucher are still on ${SOFIA.srcId}.

Before I move the rest by hand I'll need the voucher code as it appears under Benefits on the old account, and the date you passed SysOps. Just reply here with both.

Tomas`,
  }),
  en({
    slug: 'wei-info-confirm-email', kind: 'info_request', trap: true, caseId: CASE.wei, note: '"please confirm the email you want to keep" asks for information',
    from: SUPPORT, to: WEI.keep, subject: formSubject(CASE.wei), date: utc('2026-11-08 14:31:50'), enc: 'ascii7',
    text: `Hi Wei,

Thanks for your patience. Please confirm the email address you'd like to keep as your sign-in after the accounts are combined, and let us know whether ${WEI.keepId} is the profile that should remain.

Regards,
Anand
AWS Training and Certification`,
  }),
  en({
    slug: 'daniel-info-from-keep', kind: 'info_request', caseId: CASE.daniel, note: 'asks to write from the kept address AND include the candidate IDs',
    from: SUPPORT, to: DANIEL.src, subject: formSubject(CASE.daniel), date: utc('2026-11-01 12:10:44'), enc: 'utf8b64',
    text: `Hello,

For security we can only act on merge requests sent from the email of the account that will remain.
Please write back from that address and include the candidate IDs of both accounts.

Thank you,
AWS Training and Certification`,
  }),
  en({
    slug: 'gmail-info-forgery', kind: 'info_request', trusted: false, auth: 'pass', caseId: CASE.daniel, note: 'information request under the support display name from a free-mail address: untrusted',
    from: 'AWS Training and Certification <aws.tc.casework@gmail.com>', to: DANIEL.keep, subject: formSubject(CASE.daniel), date: utc('2026-11-03 20:02:18'), enc: 'ascii7',
    text: `Hello Daniel,

To complete the merge, please reply with the password of your old account and the merge code you received.

AWS Training and Certification`,
  }),
  en({
    slug: 'wei-info-gmail-quote', kind: 'info_request', caseId: CASE.wei, note: 'asks for the contractor account\'s exam dates; the customer\'s Gmail message quoted below',
    from: SUPPORT, to: WEI.keep, subject: formSubject(CASE.wei), date: utc('2026-11-09 16:44:09'), enc: 'ascii7',
    text: `Hi Wei,

Since the contractor mailbox can't receive the code, we'll verify ownership another way. Could you list the exams taken on ${WEI.srcId} with their approximate dates, and the city of the test center or "online" for each?

Anand

${gmailEn('2026-11-09 08:10', `Wei Chen <${WEI.keep}>`)}
> Yes, ${WEI.keepId} is the one to keep, sign-in ${WEI.keep}.
>
${quote(weiAsk)}`,
  }),
];

const confirmEn: Msg[] = [
  en({
    slug: 'daniel-confirm-manual', kind: 'confirmation_request', caseId: CASE.daniel, note: 'tool refused; support asks consent to merge manually (cannot be undone)',
    from: SUPPORT, to: DANIEL.keep, subject: formSubject(CASE.daniel), date: utc('2026-11-04 18:30:12'), enc: 'ascii7',
    text: `Hello Daniel,

Thanks for the screenshot. The Merge Accounts tool stops when both accounts hold certifications, which is why you saw that message. We can merge them on our side instead:

  Remaining account: ${DANIEL.keepId} (${DANIEL.keep})
  Account to be merged and closed: ${DANIEL.srcId} (${DANIEL.src})

Please be aware that a merge is final and cannot be reversed. Reply to confirm you want us to proceed.

Kind regards,
Rebecca M.`,
  }),
  en({
    slug: 'sofia-confirm-finish', kind: 'confirmation_request', caseId: CASE.sofia, note: 'asks consent to finish the half-done self-service merge',
    from: SUPPORT, to: SOFIA.keep, subject: formSubject(CASE.sofia), date: utc('2026-11-07 11:15:40'), enc: 'utf8qp',
    text: `Hi Sofia,

Got it, thank you. The merge code you used on 29 October only went part of the way. I can finish the job: move SysOps and the voucher to ${SOFIA.keepId} and close ${SOFIA.srcId} for good.

This step is permanent. Could you let me know you're OK with that before I go ahead?

Tomas`,
  }),
  en({
    slug: 'wei-confirm-html', kind: 'confirmation_request', caseId: CASE.wei, note: 'multipart consent request with the two accounts listed',
    from: SUPPORT, to: WEI.keep, subject: formSubject(CASE.wei), date: utc('2026-11-10 13:02:27'), enc: 'utf8b64',
    text: `Hi Wei,

Thank you, the exam details match our records. We're ready to merge:

From: ${WEI.srcId} (${WEI.src})
Into: ${WEI.keepId} (${WEI.keep})

After the merge, ${WEI.srcId} will no longer exist and this cannot be undone. Please reply with your approval and we'll proceed.

Anand`,
    html: htmlDoc(paras(`Hi Wei,

Thank you, the exam details match our records. We're ready to merge:

From: ${WEI.srcId} (${WEI.src})
Into: ${WEI.keepId} (${WEI.keep})

After the merge, ${WEI.srcId} will no longer exist and this cannot be undone. Please reply with your approval and we'll proceed.

Anand`), 'en'),
  }),
  en({
    slug: 'otheronly-confirm', kind: 'confirmation_request', trusted: false, auth: 'otherOnly', caseId: CASE.daniel, note: 'consent request authenticated only by another provider\'s header below our server: untrusted',
    from: SUPPORT, to: DANIEL.keep, subject: formSubject(CASE.daniel), date: utc('2026-11-04 21:12:08'), enc: 'ascii7',
    text: `Hello Daniel,

We are ready to merge ${DANIEL.srcId} into ${DANIEL.keepId}. This is irreversible. Reply "yes" to go ahead.

AWS Training and Certification`,
  }),
  en({
    slug: 'wei-agree-phrasing', kind: 'confirmation_request', caseId: CASE.wei, note: 'consent asked without the word confirm: reply "I agree" to go ahead',
    from: SUPPORT, to: WEI.keep, subject: formSubject(CASE.wei), date: utc('2026-11-10 02:40:16'), enc: 'ascii7',
    text: `Wei,

Everything checks out. If you'd like us to go ahead and fold ${WEI.srcId} into ${WEI.keepId}, just answer this email with "I agree". Heads-up that there's no way back once it's done - the old profile is removed.

Anand, AWS T&C`,
  }),
  en({
    slug: 'sofia-confirm-thread', kind: 'confirmation_request', caseId: CASE.sofia, note: 'consent request on top of the case tool\'s quoted history',
    from: SUPPORT, to: SOFIA.keep, subject: formSubject(CASE.sofia), date: utc('2026-11-07 15:48:03'), enc: 'utf8qp',
    text: `Hi Sofia,

One more detail before we proceed: your Developer Associate is already on ${SOFIA.keepId} from the tool, so only SysOps and the voucher will move. Please reply to approve the merge; it is final once processed.

Tomas

${sfThread('7tYc2')}

${sfBlock(SOFIA.keep, '2026-11-06 21:30', `RE: ${formSubject(CASE.sofia)}`, `Voucher code: CERT-5OFF-88Q2-XT41
SysOps passed 14 March 2025.
Sofia`)}`,
  }),
];

const mergedEn: Msg[] = [
  en({
    slug: 'portal-merged-en', kind: 'merge_completed', caseId: null, note: 'the certification portal\'s own "accounts merged" notice (multipart), no case ID',
    from: PORTAL, to: DANIEL.keep, subject: 'Your AWS Certification accounts have been merged', date: utc('2026-11-05 08:12:55'), enc: 'ascii7',
    text: `Hello Daniel Okafor,

Account ${DANIEL.srcId} has been merged into ${DANIEL.keepId}. Your certifications, exam history and benefits are now available when you sign in as ${DANIEL.keep}.

If you did not request this, contact AWS Training and Certification Support.

AWS Certification`,
    html: htmlDoc(paras(`Hello Daniel Okafor,

Account ${DANIEL.srcId} has been merged into ${DANIEL.keepId}. Your certifications, exam history and benefits are now available when you sign in as ${DANIEL.keep}.

If you did not request this, contact AWS Training and Certification Support.

AWS Certification`), 'en'),
  }),
  en({
    slug: 'portal-code-used-en', kind: 'merge_completed', caseId: null, note: 'portal: the merge code was used and the accounts are now combined',
    from: PORTAL, to: WEI.keep, subject: 'Merge code used', date: utc('2026-11-12 04:33:19'), enc: 'utf8qp',
    text: `Hi Wei Chen,

The merge code ending in 4410 was redeemed on 12 Nov 2026 at 04:33 UTC.
Result: ${WEI.srcId} is now part of ${WEI.keepId}.

You won't be able to sign in to ${WEI.srcId} any more.

AWS Certification - Account services`,
  }),
  en({
    slug: 'daniel-support-done', kind: 'merge_completed', caseId: CASE.daniel, note: 'support says the merge is complete and asks to check that all looks right',
    from: SUPPORT, to: DANIEL.keep, subject: formSubject(CASE.daniel), date: utc('2026-11-05 08:20:41'), enc: 'ascii7',
    text: `Hi Daniel,

Good news - the two accounts are now one. Please sign in to ${DANIEL.keepId} and check that your certifications and benefits look right.

Kind regards,
Rebecca M.

${gmailEn('2026-11-04 19:02', `Daniel Okafor <${DANIEL.keep}>`)}
> Yes, please go ahead.`,
  }),
  en({
    slug: 'wei-done-closing', kind: 'merge_completed', caseId: CASE.wei, note: 'merge done and the case will be closed: the merge is the news',
    from: SUPPORT, to: WEI.keep, subject: formSubject(CASE.wei), date: utc('2026-11-11 22:05:30'), enc: 'ascii7',
    text: `Hi Wei,

We've merged ${WEI.srcId} into ${WEI.keepId}; everything now lives under ${WEI.keep}. I'll mark this case as resolved, but you can reply here if anything looks off.

Anand`,
  }),
  en({
    slug: 'sofia-finished', kind: 'merge_completed', caseId: CASE.sofia, note: 'support completed the rest of the self-service merge; accounts now combined',
    from: SUPPORT, to: SOFIA.keep, subject: formSubject(CASE.sofia), date: utc('2026-11-08 10:14:52'), enc: 'utf8b64',
    text: `Hi Sofia,

All done on our end. The part of the merge the tool didn't finish has now gone through: SysOps and the voucher sit on ${SOFIA.keepId}, and ${SOFIA.srcId} has been closed.

Tomas`,
  }),
  en({
    slug: 'lookalike-portal-merged', kind: 'merge_completed', trusted: false, auth: 'pass', caseId: null, note: 'portal-style merge notice from aws-training.support-mail.com, a look-alike: untrusted',
    from: 'AWS Certification <noreply@aws-training.support-mail.com>', to: DANIEL.keep, subject: 'Your accounts have been merged', date: utc('2026-11-05 09:40:00'), enc: 'ascii7',
    text: `Hello,

Your AWS Certification accounts have been merged. To keep your certifications active, verify your identity within 48 hours:
https://aws-training.support-mail.com/verify

AWS Certification`,
  }),
  en({
    slug: 'daniel-done-resent', kind: 'merge_completed', forUser: false, caseId: CASE.daniel, note: 'completion redirected from the former employer\'s mailbox (Resent-*)',
    from: SUPPORT, to: DANIEL.src, subject: formSubject(CASE.daniel), date: utc('2026-11-05 08:21:10'), enc: 'ascii7',
    resent: { from: 'mailer@formerco.example', to: 'records@formerco.example', date: pst('2026-11-05 00:30:44') },
    text: `Hello,

The merge you requested on case ${CASE.daniel} has been completed. ${DANIEL.srcId} is now merged into ${DANIEL.keepId}.

AWS Training and Certification`,
  }),
];

const badgesEn: Msg[] = [
  en({
    slug: 'credly-aws-en', kind: 'badges_transferred', caseId: null, note: 'AWS badge issued on Credly to the kept address',
    from: CREDLY_AWS, to: DANIEL.keep, subject: 'Daniel, you\'ve earned a badge from Amazon Web Services Training and Certification', date: utc('2026-11-06 13:02:48'), enc: 'utf8qp', relay: 'o1.ptr4417.credly.com',
    text: `Daniel, congratulations!

Amazon Web Services Training and Certification has issued you the AWS Certified DevOps Engineer - Professional badge.

Accept your badge: https://www.credly.com/badges/b2e1c7aa-0f8e-4c11-a2d6-91e5d3c0f7b4/accept`,
    html: htmlDoc(`<p>Daniel, congratulations!</p>
<p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified DevOps Engineer &ndash; Professional</b> badge.</p>
<p><a href="https://www.credly.com/badges/b2e1c7aa-0f8e-4c11-a2d6-91e5d3c0f7b4/accept">Accept your badge</a></p>`, 'en'),
  }),
  en({
    slug: 'daniel-badges-moved', kind: 'badges_transferred', caseId: CASE.daniel, note: 'support says the old account\'s Credly badges were moved',
    from: SUPPORT, to: DANIEL.keep, subject: formSubject(CASE.daniel), date: utc('2026-11-06 12:40:15'), enc: 'ascii7',
    text: `Hi Daniel,

Following up on your question about Credly: the four badges that were still tied to ${DANIEL.src} have been reassigned to the Credly profile for ${DANIEL.keep}. It can take an hour or so for them to show.

Rebecca M.`,
  }),
  en({
    slug: 'sofia-badges-close', kind: 'badges_transferred', caseId: CASE.sofia, note: 'badges moved and case closing: badges_transferred',
    from: SUPPORT, to: SOFIA.keep, subject: formSubject(CASE.sofia), date: utc('2026-11-09 08:55:37'), enc: 'ascii7',
    text: `Hi Sofia,

Your SysOps and Developer badges now appear on your Credly account under ${SOFIA.keep}. That wraps up everything on this request, so I'm closing the case.

Tomas`,
  }),
  en({
    slug: 'credly-aws-html-en', kind: 'badges_transferred', caseId: null, note: 'HTML-only Credly notice of an AWS badge',
    from: CREDLY_AWS, to: WEI.keep, subject: 'Amazon Web Services Training and Certification sent you a badge', date: utc('2026-11-13 01:18:02'), enc: 'utf8b64', relay: 'o1.ptr4417.credly.com',
    html: htmlDoc(`<table><tr><td>
<p>Hi Wei,</p>
<p>Amazon Web Services Training and Certification sent you the <b>AWS Certified Security - Specialty</b> badge.</p>
<p><a href="https://www.credly.com/earner/earned/badge/5d4c0b2e-9a7f-4e3d-b1c8-2f6e0a9d7c15" style="background:#1f6feb;color:#fff;padding:10px 18px">Accept your badge</a></p>
</td></tr></table>`, 'en'),
  }),
  en({
    slug: 'wei-badges-after-tool', kind: 'badges_transferred', caseId: CASE.wei, note: 'support explains the merge did not move badges and says they have now been transferred',
    from: SUPPORT, to: WEI.keep, subject: formSubject(CASE.wei), date: utc('2026-11-12 18:22:40'), enc: 'ascii7',
    text: `Hi Wei,

Merges (ours or the self-service one) don't carry Credly badges across, which is why they were still under the contractor email. I've now transferred them; you should find Security Specialty and Solutions Architect Associate in your Credly wallet at ${WEI.keep}.

Anand`,
  }),
  en({
    slug: 'credly-subdomain-fake', kind: 'badges_transferred', trusted: false, auth: 'none', caseId: null, note: 'AWS badge notice from credly.com.badges-notify.net (a look-alike), no authentication: untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly.com.badges-notify.net>', to: SOFIA.keep, subject: 'Your badges have been transferred', date: utc('2026-11-09 11:04:33'), enc: 'utf8qp',
    text: `Hi Sofia,

Your AWS badges have been transferred to your new account. Log in to accept them:
https://credly.com.badges-notify.net/login`,
  }),
];

const closedEn: Msg[] = [
  en({
    slug: 'daniel-autoclose', kind: 'case_closed', caseId: CASE.daniel, note: 'auto-close reminder: closes in 5 days without a reply',
    from: SUPPORT, to: DANIEL.keep, subject: formSubject(CASE.daniel), date: utc('2026-11-08 00:00:12'), enc: 'ascii7', extra: ['Auto-Submitted: auto-generated'],
    text: `Hello,

We haven't heard back from you on case ${CASE.daniel}. If there's nothing else we can help with, the case will close automatically in 5 days. Replying to this email will keep it open.

AWS Training and Certification`,
  }),
  en({
    slug: 'wei-closed-selfmerge', kind: 'case_closed', trap: true, caseId: CASE.wei, note: 'closing because the user completed the merge with the tool: restated merge',
    from: SUPPORT, to: WEI.keep, subject: formSubject(CASE.wei), date: utc('2026-11-12 09:30:51'), enc: 'ascii7',
    text: `Hi Wei,

Glad to hear the merge code finally reached you and you completed the merge with the self-service tool. I've checked ${WEI.keepId} and the records look complete, so I'm closing this case now.

Anand`,
  }),
  en({
    slug: 'sofia-resolved-notify', kind: 'case_closed', caseId: CASE.sofia, note: 'AWS Support notification: case resolved',
    from: AWS_NOTIFY, to: SOFIA.keep, subject: `Case ${CASE.sofia} has been resolved`, date: utc('2026-11-16 00:00:07'), enc: 'ascii7',
    text: `Hello,

Case ${CASE.sofia} was resolved. If the issue comes back, you can reopen the case within 14 days from the Support Center.

Thank you for using AWS Support.`,
  }),
  en({
    slug: 'daniel-closed-restate', kind: 'case_closed', trap: true, caseId: CASE.daniel, note: 'closing that only restates the merge and badge move of last week',
    from: SUPPORT, to: DANIEL.keep, subject: formSubject(CASE.daniel), date: utc('2026-11-13 17:10:29'), enc: 'utf8qp',
    text: `Hi Daniel,

As your accounts were merged on 5 November and the badges reassigned the day after, and we haven't heard of any further issue, we're closing this case as resolved.

Take care,
Rebecca M.`,
  }),
  en({
    slug: 'sofia-dup-closed', kind: 'case_closed', caseId: CASE.sofiaDup, note: 'duplicate case closed in favour of the first',
    from: SUPPORT, to: SOFIA.keep, subject: formSubject(CASE.sofiaDup), date: utc('2026-11-05 13:44:02'), enc: 'ascii7',
    text: `Hello Sofia,

This case duplicates ${CASE.sofia}, which is already being worked on, so we're closing this one. Please continue the conversation on ${CASE.sofia}.

AWS Training and Certification`,
  }),
  en({
    slug: 'wei-closed-dkim', kind: 'case_closed', auth: 'dkimonly', caseId: CASE.wei, note: 'short closing notice, aligned DKIM only, LF line ends',
    from: SUPPORT, to: WEI.keep, subject: formSubject(CASE.wei), date: utc('2026-11-19 00:00:40'), enc: 'ascii7', crlf: false,
    text: `Case ${CASE.wei} is now closed. Thanks for contacting AWS Training and Certification.`,
  }),
];

const replyEn: Msg[] = [
  en({
    slug: 'daniel-thanks-confirm', kind: 'support_reply', trap: true, caseId: CASE.daniel, note: 'thanks for confirming, passed to the team; the merge is still to come',
    from: SUPPORT, to: DANIEL.keep, subject: formSubject(CASE.daniel), date: utc('2026-11-04 19:40:03'), enc: 'ascii7',
    text: `Hi Daniel,

Thanks for confirming. I've handed this to the team that performs merges; you'll hear from us once it's been processed.

Rebecca M.`,
  }),
  en({
    slug: 'sofia-not-complete', kind: 'support_reply', trap: true, caseId: CASE.sofia, note: 'negated: the merge has not been completed; the tool stopped half-way',
    from: SUPPORT, to: SOFIA.keep, subject: formSubject(CASE.sofia), date: utc('2026-11-05 15:20:18'), enc: 'ascii7',
    text: `Hi Sofia,

To answer your question directly: no, the merge has not been completed. The self-service run stopped after moving one certification, which is why the tool called it "partial". We're looking at the rest.

Tomas`,
  }),
  en({
    slug: 'sofia-cases-merged', kind: 'support_reply', trap: true, caseId: CASE.sofia, note: 'duplicate support *cases* merged, not the accounts',
    from: SUPPORT, to: SOFIA.keep, subject: formSubject(CASE.sofia), date: utc('2026-11-05 13:46:30'), enc: 'ascii7',
    text: `Hi Sofia,

I noticed you'd opened a second case (${CASE.sofiaDup}). I've merged it into this one so nothing gets lost. Your account request is still in progress here.

Tomas`,
  }),
  en({
    slug: 'wei-escalated', kind: 'support_reply', caseId: CASE.wei, note: 'status: escalated to the certification operations team',
    from: SUPPORT, to: WEI.keep, subject: formSubject(CASE.wei), date: utc('2026-11-08 03:15:22'), enc: 'utf8qp',
    text: `Hi Wei,

Quick update: because the contractor account's email domain is managed by your agency, I've escalated this to our certification operations team to decide how to verify it. I'll write again as soon as they respond - usually within two business days.

Anand`,
  }),
  en({
    slug: 'daniel-write-from-keep', kind: 'support_reply', caseId: CASE.daniel, note: 'asks to write from the kept address; no data requested',
    from: SUPPORT, to: DANIEL.src, subject: formSubject(CASE.daniel), date: utc('2026-11-01 09:02:50'), enc: 'ascii7',
    text: `Hello,

We received your request from an address that belongs to the account being retired. Could you please send your request again from the email of the account you're keeping? We'll pick it up from there.

AWS Training and Certification`,
  }),
  en({
    slug: 'sofia-partial-explain', kind: 'support_reply', trap: true, caseId: CASE.sofia, note: 'explains the tool\'s partial merge and that the remaining items are being worked on',
    from: SUPPORT, to: SOFIA.keep, subject: formSubject(CASE.sofia), date: utc('2026-11-06 16:02:44'), enc: 'utf8b64',
    text: `Hi Sofia,

I can see what happened: the self-service merge completed for one certification and then stopped when it reached the voucher, which the tool can't transfer. The rest is with me now and I'll update you tomorrow.

Tomas`,
  }),
  en({
    slug: 'colleague-case-reply', kind: 'support_reply', forUser: false, caseId: CASE.sofia, note: 'agent\'s reply sent to the user\'s colleague (cc\'d earlier), not to the user',
    from: SUPPORT, to: `${COLLEAGUE_EN.name} <${COLLEAGUE_EN.addr}>`, subject: formSubject(CASE.sofia), date: utc('2026-11-06 16:20:10'), enc: 'ascii7',
    text: `Hello Jonas,

Thanks for writing in on Sofia's behalf. For privacy we can only discuss the account with its owner, so we'll continue directly with her.

Tomas`,
  }),
  en({
    slug: 'sesdkim-reply', kind: 'support_reply', trusted: false, auth: 'sesdkim', caseId: CASE.daniel, note: 'status reply signed only by amazonses.com (not aligned with From), dmarc=none: untrusted',
    from: SUPPORT, to: DANIEL.keep, subject: formSubject(CASE.daniel), date: utc('2026-11-03 23:50:31'), enc: 'ascii7',
    text: `Hi Daniel,

We're still reviewing the error from the Merge Accounts tool and will update you soon.

AWS Training and Certification`,
  }),
];

const unrelatedEn: Msg[] = [
  en({
    slug: 'portal-code-en', kind: 'unrelated', trap: true, caseId: null, note: 'the portal\'s one-time merge code mail',
    from: PORTAL, to: DANIEL.src, subject: 'Your AWS Certification account merge code', date: utc('2026-10-31 14:20:02'), enc: 'ascii7',
    text: `Someone asked to merge AWS Certification account ${DANIEL.srcId} into another account.

Your merge code: 739204

Enter it on the Merge Accounts page within 24 hours. If you didn't ask for this, ignore this email; nothing will change.

AWS Certification`,
    html: htmlDoc(`<p>Someone asked to merge AWS Certification account ${DANIEL.srcId} into another account.</p>
<p style="font-size:22px;letter-spacing:4px"><b>739204</b></p>
<p>Enter it on the Merge Accounts page within 24 hours. If you didn&#39;t ask for this, ignore this email; nothing will change.</p>
<p>AWS Certification</p>`, 'en'),
  }),
  en({
    slug: 'credly-merge-en', kind: 'unrelated', trap: true, caseId: null, note: 'Credly\'s own account-merge verification mail',
    from: CREDLY, to: SOFIA.keep, subject: 'Complete your account merge', date: utc('2026-11-09 12:30:14'), enc: 'utf8qp', relay: 'o1.ptr4417.credly.com',
    text: `Hi Sofia,

You asked to merge another Credly account into this one. Enter the code below to finish:

  552 081

The code expires in 30 minutes.

- The Credly Team`,
  }),
  en({
    slug: 'own-consent-reply', kind: 'unrelated', trap: true, trusted: false, auth: 'none', caseId: CASE.wei, note: 'the user\'s own consent reply (copy to self): no news from support',
    from: `Wei Chen <${WEI.keep}>`, to: 'aws-cs-trainingcertification-form@amazon.com', cc: WEI.keep, subject: `Re: ${formSubject(CASE.wei)}`, date: pst('2026-11-10 07:12:40'), enc: 'ascii7', relay: 'smtp.example.org',
    text: `I agree - please go ahead and merge ${WEI.srcId} into ${WEI.keepId}.

Thanks,
Wei

Sent from my iPhone

> On Nov 10, 2026, at 2:40 AM, AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
>
> Everything checks out. If you'd like us to go ahead, just answer this email with "I agree".`,
  }),
  en({
    slug: 'survey-en', kind: 'unrelated', trap: true, caseId: CASE.daniel, note: 'survey "was your issue resolved?"',
    from: AWS_NOTIFY, to: DANIEL.keep, subject: 'How did we do? Tell us about case ' + CASE.daniel, date: utc('2026-11-14 06:00:00'), enc: 'ascii7',
    text: `Hello,

Your recent case ${CASE.daniel} was closed. Was your issue resolved?

  Yes: https://survey.aws.example/r/ok
  No:  https://survey.aws.example/r/no

Your feedback helps us improve.`,
  }),
  en({
    slug: 'exam-case-closed', kind: 'unrelated', trap: true, caseId: CASE.danielExam, note: 'resolution of the user\'s other case about rescheduling an exam',
    from: SUPPORT, to: DANIEL.keep, subject: formSubject(CASE.danielExam, 'exam-scheduling'), date: utc('2026-11-10 15:02:11'), enc: 'ascii7',
    text: `Hi Daniel,

Your exam appointment has been moved to 24 November at 10:00 as requested. Since the reschedule is done, we'll close this case.

AWS Training and Certification - Exam Scheduling`,
  }),
  en({
    slug: 'hashicorp-credly', kind: 'unrelated', trap: true, caseId: null, note: 'a HashiCorp badge via Credly: another issuer',
    from: 'HashiCorp via Credly <admin@credly.com>', to: WEI.keep, subject: 'Wei, HashiCorp sent you a badge', date: utc('2026-11-11 17:40:29'), enc: 'utf8b64', relay: 'o1.ptr4417.credly.com',
    text: `Hi Wei,

HashiCorp has issued you the HashiCorp Certified: Terraform Associate (003) badge.

Accept your badge: https://www.credly.com/badges/e0a7c3f1-62b4-4d8e-9f25-3b7c1d0e8a66/accept`,
  }),
  en({
    slug: 'agent-ooo', kind: 'unrelated', caseId: CASE.daniel, note: 'an agent\'s automatic out-of-office reply',
    from: 'Rebecca M. <rebeccam@amazon.com>', to: DANIEL.keep, subject: `Automatic reply: ${formSubject(CASE.daniel)}`, date: utc('2026-11-07 10:00:03'), enc: 'ascii7',
    extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    text: `I'm out of the office until 11 November. Your message about case ${CASE.daniel} will be picked up by the team in the meantime.`,
  }),
  en({
    slug: 'skillbuilder-complete', kind: 'unrelated', trap: true, caseId: null, note: 'Skill Builder course completion notice',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', to: SOFIA.keep, subject: 'You completed: Exam Prep Standard Course', date: utc('2026-11-03 20:11:48'), enc: 'utf8qp',
    text: `Well done, Sofia!

You've completed Exam Prep Standard Course: AWS Certified SysOps Administrator - Associate. Your completion record has been added to your transcript.

Keep learning at AWS Skill Builder.`,
  }),
  en({
    slug: 'builder-signin-code', kind: 'unrelated', trap: true, caseId: null, note: 'AWS Builder ID sign-in verification code',
    from: 'AWS Builder ID <no-reply@signin.aws.amazon.com>', to: DANIEL.keep, subject: 'Verify your AWS Builder ID sign-in', date: utc('2026-11-05 08:05:37'), enc: 'ascii7',
    text: `Verification code: 218 664

Enter this code to confirm it's you signing in. It expires in 10 minutes.
If this wasn't you, reset your password.`,
  }),
  en({
    slug: 'benefits-newsletter', kind: 'unrelated', caseId: null, note: 'marketing about certification benefits',
    from: 'AWS Training and Certification <aws-training-news@amazon.com>', to: WEI.keep, subject: 'New for AWS Certified individuals: lounge access at AWS Summits', date: utc('2026-11-15 16:00:00'), enc: 'utf8qp',
    extra: ['List-Unsubscribe: <https://pages.awscloud.com/unsubscribe>'],
    text: `Hi Wei,

Being AWS Certified comes with perks. This season, show your digital badge at any AWS Summit to enter the Certification Lounge, pick up exclusive swag and meet other certified builders.

See upcoming Summits: https://aws.amazon.com/events/summits/

You're receiving this because you opted in to AWS Training and Certification updates.`,
  }),
];

export const EN: Msg[] = [...ackEn, ...aiEn, ...infoEn, ...confirmEn, ...mergedEn, ...badgesEn, ...closedEn, ...replyEn, ...unrelatedEn];
