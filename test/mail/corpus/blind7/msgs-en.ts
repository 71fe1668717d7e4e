// English messages of held-out corpus f. Written fresh for this set.
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY, CASE, CREDLY_AWS, DANIEL, DANIEL_REQUEST, PORTAL, RAVI, RAVI_REQUEST, S, SOFIA, SOFIA_REQUEST, TEAM_LIST_EN,
  d, formSubject, gmailEn, htmlDoc, newSubject, notifyEn, outlookEn, paras, quote, sfOriginal, sfRef,
} from './common.js';

const danTo = `${DANIEL.name} <${DANIEL.keep}>`;
const sofTo = `${SOFIA.name} <${SOFIA.keep}>`;
const ravTo = `${RAVI.name} <${RAVI.keep}>`;
const SUP = 'aws-cs-trainingcertification-form@amazon.com';

export const EN: Msg[] = [
  // ---------------- acknowledgement ----------------
  S({
    slug: 'en-ack-daniel-received', kind: 'acknowledgement', lang: 'en', caseId: CASE.daniel,
    note: 'automatic receipt of the new case, ID in subject',
    to: danTo, subject: newSubject(CASE.daniel), date: d('2026-01-19 16:02:11'), enc: 'ascii7',
    text: `Hello Daniel,

Thanks for getting in touch with AWS Training and Certification. We have received your request and opened case ${CASE.daniel}.

A member of our team will reply within 24 hours. Please don't submit the same request again - a second case only slows things down. If you need to add something, just reply to this email.

AWS Training and Certification Customer Support`,
  }),
  S({
    slug: 'en-ack-info-you-provided-multipart', kind: 'acknowledgement', lang: 'en', caseId: CASE.sofia, trap: true,
    note: 'receipt echoing "information you provided"; asks for nothing',
    from: AWS_NOTIFY, to: sofTo, subject: `Case ${CASE.sofia} has been created`, date: d('2026-02-02 08:30:00'), enc: 'utf8qp',
    text: `Hello,

Your support case has been created.

Case ID: ${CASE.sofia}
Subject: Merge two certification accounts
Severity: General guidance

Information you provided:
  Name: ${SOFIA.name}
  Company: -
  AWS Candidate ID: ${SOFIA.keepId}

We'll be in touch soon. You can view the case at any time in the Support Center.

Amazon Web Services`,
    html: htmlDoc(`<p>Hello,</p><p>Your support case has been created.</p>
<table><tr><td>Case ID</td><td>${CASE.sofia}</td></tr><tr><td>Subject</td><td>Merge two certification accounts</td></tr><tr><td>Severity</td><td>General guidance</td></tr></table>
<p><b>Information you provided:</b><br>Name: ${SOFIA.name}<br>Company: -<br>AWS Candidate ID: ${SOFIA.keepId}</p>
<p>We&#8217;ll be in touch soon. You can view the case at any time in the Support Center.</p><p>Amazon Web Services</p>`, 'en'),
  }),
  S({
    slug: 'en-ack-salesforce-lf', kind: 'acknowledgement', lang: 'en', caseId: CASE.ravi, crlf: false,
    note: 'Salesforce-style auto-acknowledgement with ref tag, LF line ends',
    to: ravTo, subject: newSubject(CASE.ravi), date: d('2026-04-14 05:10:00'), enc: 'ascii7',
    text: `Dear Ravi Menon,

This is an automated acknowledgement. Your case number is ${CASE.ravi}.
Our Customer Support team reviews requests in the order received; typical response time is 1 business day.

Please keep the case number in the subject line of any reply.

${sfRef('Rv221')}`,
  }),
  S({
    slug: 'en-ack-dkim-only', kind: 'acknowledgement', lang: 'en', caseId: CASE.danielDup, auth: 'dkimonly',
    note: 'receipt, authenticated by aligned DKIM only (trusted)',
    to: danTo, subject: newSubject(CASE.danielDup), date: d('2026-01-20 09:00:00'), enc: 'utf8b64',
    text: `Hi Daniel,

We've logged your request as case ${CASE.danielDup}. Someone from the team will pick it up shortly.

Thanks for your patience,
AWS T&C Support`,
  }),
  S({
    slug: 'en-ack-forged-below', kind: 'acknowledgement', lang: 'en', caseId: CASE.sofia, trusted: false, auth: 'forgedBelow',
    note: 'receipt text with a dmarc=pass header planted below the server Received line: untrusted',
    to: sofTo, subject: newSubject(CASE.sofia), date: d('2026-02-02 09:00:00'), enc: 'ascii7',
    text: `Hello,
We received your request (case ${CASE.sofia}). To speed things up, verify your identity here: https://aws-verify-cert.example.org/
AWS Support`,
  }),
  S({
    slug: 'en-ack-resent-from-contractor', kind: 'acknowledgement', lang: 'en', caseId: CASE.daniel, forUser: false,
    note: 'receipt delivered to the old contractor mailbox and redirected with Resent-*',
    to: `${DANIEL.name} <${DANIEL.src}>`, subject: newSubject(CASE.daniel), date: d('2026-01-19 16:02:30'), enc: 'ascii7',
    resent: { from: 'it-helpdesk@contractor.example.net', to: DANIEL.keep, date: d('2026-01-19 17:30:00') },
    text: `Hello,

We have received your request and opened case ${CASE.daniel}. Expect a reply within 24 hours.

AWS Training and Certification`,
  }),
  S({
    slug: 'en-ack-short-in-queue', kind: 'acknowledgement', lang: 'en', caseId: CASE.ravi,
    note: 'short informal receipt: ticket is in the queue',
    to: ravTo, subject: `Ticket ${CASE.ravi} received`, date: d('2026-04-14 05:11:00'), enc: 'utf8qp',
    text: `Thanks for reaching out \u2013 ticket ${CASE.ravi} is in the queue. You'll hear from a human within one business day.

\u2014 AWS Training & Certification`,
  }),

  // ---------------- ai_answer ----------------
  S({
    slug: 'en-ai-generated-merge-tool', kind: 'ai_answer', lang: 'en', caseId: CASE.daniel,
    note: 'AI-generated answer pointing to the Merge Accounts tool',
    from: AWS_NOTIFY, to: danTo, subject: `[CASE ${CASE.daniel}] Here's an answer that may help`, date: d('2026-01-19 16:01:40'), enc: 'ascii7',
    text: `This response was generated by AI and may contain mistakes.

If you have more than one AWS Certification account, sign in to the one you want to keep, open your profile and choose "Merge Accounts". You'll be asked for the sign-in details of the other account.

The tool can't be used when both accounts hold certification history. In that case select "Create case" and our team will help.`,
  }),
  S({
    slug: 'en-ai-automated-suggestion-multipart', kind: 'ai_answer', lang: 'en', caseId: CASE.sofia,
    note: 'automated suggestion with knowledge links',
    from: AWS_NOTIFY, to: sofTo, subject: `Automated suggestion for case ${CASE.sofia}`, date: d('2026-02-02 08:29:10'), enc: 'utf8qp',
    text: `Automated suggestion

Based on what you wrote, these articles may answer your question:
 * Combining duplicate AWS Certification accounts
 * Changing the e-mail address on your certification profile
 * Digital badges not showing in Credly

Still need help? No action needed - your case stays open for an agent.`,
    html: htmlDoc(`<p><b>Automated suggestion</b></p><p>Based on what you wrote, these articles may answer your question:</p><ul><li>Combining duplicate AWS Certification accounts</li><li>Changing the e-mail address on your certification profile</li><li>Digital badges not showing in Credly</li></ul><p>Still need help? No action needed - your case stays open for an agent.</p>`, 'en'),
  }),
  S({
    slug: 'en-ai-explains-after-merge', kind: 'ai_answer', lang: 'en', caseId: CASE.ravi, trap: true,
    note: 'bot explains what happens once accounts are merged (badges follow); stays ai_answer',
    from: AWS_NOTIFY, to: ravTo, subject: `[CASE ${CASE.ravi}] Answer from the AWS Support assistant`, date: d('2026-04-14 05:09:30'), enc: 'ascii7',
    text: `Answer from the AWS Support assistant (automated)

Once two certification accounts are merged, all certifications, exam history and benefits appear under the surviving account. Credly badges are usually re-associated within 48 hours; if not, claim them again with the surviving account's e-mail.

If this didn't answer your question, choose "Contact support".`,
  }),
  S({
    slug: 'en-ai-misaligned-dkim', kind: 'ai_answer', lang: 'en', caseId: CASE.daniel, trusted: false, auth: 'misaligned',
    note: 'AI answer but DKIM from an unrelated domain, dmarc=fail: untrusted',
    from: AWS_NOTIFY, to: danTo, subject: `[CASE ${CASE.daniel}] AI answer`, date: d('2026-01-19 16:05:00'), enc: 'utf8b64',
    text: `Generated answer: you can combine your accounts yourself with the Merge Accounts tool. Sign in here to start: https://merge-tool.example.biz/`,
  }),
  S({
    slug: 'en-ai-virtual-assistant-transcript-lf', kind: 'ai_answer', lang: 'en', caseId: CASE.sofia, crlf: false,
    note: 'emailed transcript of the virtual assistant chat before the case was created',
    from: AWS_NOTIFY, to: sofTo, subject: `Your chat transcript (case ${CASE.sofia})`, date: d('2026-02-02 08:28:00'), enc: 'ascii7',
    text: `Chat transcript - AWS virtual assistant

You: I have two certification accounts and want one
Assistant: You may be able to use the self-service Merge Accounts option in your certification profile. It requires the login of both accounts.
You: both have certs
Assistant: In that case the tool won't work. I've started a case for you so an agent can help.

Transcript generated automatically.`,
  }),
  S({
    slug: 'en-ai-recommended-resources', kind: 'ai_answer', lang: 'en', caseId: CASE.ravi,
    note: 'automatic "recommended resources" mail; case ID in body only',
    from: AWS_NOTIFY, to: ravTo, subject: 'While you wait: recommended resources', date: d('2026-04-14 05:12:00'), enc: 'utf8qp',
    text: `Hi Ravi,

While your case (${CASE.ravi}) waits for an agent, these self-help answers might get you there faster:

\u2022 Can I merge two AWS Certification accounts myself?
\u2022 Which e-mail address will I sign in with afterwards?
\u2022 Where do I find my Candidate ID?

This message was sent automatically.`,
  }),
  S({
    slug: 'en-ai-html-q-generated', kind: 'ai_answer', lang: 'en', caseId: CASE.danielDup,
    note: 'HTML generated answer; suggests the profile tool',
    from: AWS_NOTIFY, to: danTo, subject: `[CASE ${CASE.danielDup}] Suggested answer`, date: d('2026-01-20 08:59:00'), enc: 'utf8b64',
    html: htmlDoc(`<div style="border:1px solid #ccc;padding:8px"><small>Generated with Amazon Q</small>
<p>It looks like you want a single certification profile. Try <b>Profile &rarr; Merge Accounts</b> while signed in to the account you keep. If the tool says both accounts have history, reply here and an agent will take over.</p></div>`, 'en'),
  }),

  // ---------------- info_request ----------------
  S({
    slug: 'en-info-ids-and-login', kind: 'info_request', lang: 'en', caseId: CASE.daniel,
    note: "asks for both candidate IDs and which e-mail stays as login",
    to: danTo, subject: formSubject(CASE.daniel), date: d('2026-01-20 11:20:00'), enc: 'ascii7',
    text: `Hi Daniel,

Happy to help. Could you share the Candidate ID for each account, and let me know which e-mail you'd like to keep as the login going forward?

Thanks,
Owen
AWS Training and Certification

${sfOriginal(DANIEL.keep, '1/19/2026 4:01 PM', SUP, 'account-assistance', DANIEL_REQUEST)}

${sfRef('Dk431')}`,
  }),
  S({
    slug: 'en-info-verify-email-you-keep', kind: 'info_request', lang: 'en', caseId: CASE.sofia, trap: true,
    note: '"please confirm the e-mail you keep" asks for information, not consent to merge',
    to: sofTo, subject: formSubject(CASE.sofia), date: d('2026-02-03 10:00:00'), enc: 'utf8qp',
    text: `Hello Sofia,

Thank you for your patience. Before anything else, please confirm which e-mail address should remain as your sign-in: ${SOFIA.keep} or ${SOFIA.src}? Also, if you still have access to the university mailbox, let us know.

Kind regards,
Lena
AWS Training and Certification Support

${gmailEn('Mon, Feb 2, 2026 at 9:27 AM', `${SOFIA.name} <${SOFIA.keep}>`, SOFIA_REQUEST)}`,
  }),
  S({
    slug: 'en-info-phone-uni-id', kind: 'info_request', lang: 'en', caseId: CASE.sofia,
    note: 'terse phone reply asking for the candidate ID of the university account',
    to: sofTo, subject: `Re: ${formSubject(CASE.sofia)}`, date: d('2026-02-04 07:10:00'), enc: 'ascii7',
    text: `Thx Sofia - what's the candidate ID on the uni account? Can't find it from the address alone.

Lena
Sent from my iPhone`,
  }),
  S({
    slug: 'en-info-notify-exam-dates', kind: 'info_request', lang: 'en', caseId: CASE.ravi,
    note: 'Support Center wrapper; agent asks for exam names and dates on each account',
    from: AWS_NOTIFY, to: ravTo, subject: `AWS Support case ${CASE.ravi}: new reply`, date: d('2026-04-15 03:00:00'), enc: 'utf8b64',
    text: notifyEn(CASE.ravi, `Hello Ravi,

To locate the older profile I need a bit more detail. Please list the exams you passed on each account, with the approximate dates (month/year is fine).

Regards,
Farah`),
    html: htmlDoc(`<p>Hello,</p><p>There is a new reply on your AWS Support case ${CASE.ravi}.</p><hr>${paras(`Hello Ravi,\n\nTo locate the older profile I need a bit more detail. Please list the exams you passed on each account, with the approximate dates (month/year is fine).\n\nRegards,\nFarah`)}<hr><p><a href="https://support.console.aws.amazon.com/support/home">Open the Support Center</a></p>`, 'en'),
  }),
  S({
    slug: 'en-info-freemail-display-name', kind: 'info_request', lang: 'en', caseId: CASE.daniel, trusted: false,
    note: 'support display name on a free-mail address asking for passwords: untrusted',
    from: 'AWS Training and Certification <aws.certification.helpdesk@gmail.com>', to: danTo, subject: formSubject(CASE.daniel), date: d('2026-01-20 12:00:00'), enc: 'ascii7',
    text: `Hi Daniel,
To complete the merge we need the passwords of both accounts and a photo of your ID. Reply to this email with them.
AWS Certification Team`,
  }),
  S({
    slug: 'en-info-to-team-list', kind: 'info_request', lang: 'en', caseId: CASE.ravi, forUser: false,
    note: 'info request sent to a team distribution list, not to the user',
    to: TEAM_LIST_EN, subject: formSubject(CASE.ravi), date: d('2026-04-15 04:00:00'), enc: 'ascii7',
    text: `Hello,

We received a merge request referencing this address. Could the account holder reply with the Candidate ID of the account registered to cloud-guild@bigco.example.com?

Thanks,
Farah`,
  }),
  S({
    slug: 'en-info-before-we-go-ahead', kind: 'info_request', lang: 'en', caseId: CASE.daniel,
    note: "\"before we can go ahead we'll need ...\": asks for the name on each account",
    to: danTo, subject: formSubject(CASE.daniel), date: d('2026-01-21 09:45:00'), enc: 'ascii7',
    text: `Daniel,

Thanks for the IDs. Before we can go ahead we'll need the full name exactly as it appears on ${DANIEL.srcId} - our records show a middle initial on one profile and not the other.

Owen

${gmailEn('Tue, Jan 20, 2026 at 2:03 PM', `${DANIEL.name} <${DANIEL.keep}>`, `Hi Owen, keep ${DANIEL.keep}. IDs: ${DANIEL.keepId} (keep), ${DANIEL.srcId} (old).`)}`,
  }),
  S({
    slug: 'en-info-double-check-retired', kind: 'info_request', lang: 'en', caseId: CASE.ravi,
    note: 'asks which account should be retired plus both IDs (no consent asked)',
    to: ravTo, subject: formSubject(CASE.ravi), date: d('2026-04-16 02:00:00'), enc: 'utf8qp',
    text: `Hi Ravi,

Just to double-check: is ${RAVI.src} the profile that should be retired? If so, let me know and include both Candidate IDs as they appear in each profile \u2013 the ones in your first message don\u2019t match our records.

Farah

${outlookEn(`${RAVI.name} <${RAVI.keep}>`, 'Wednesday, April 15, 2026 10:12 AM', SUP, formSubject(CASE.ravi), RAVI_REQUEST)}`,
  }),

  // ---------------- confirmation_request ----------------
  S({
    slug: 'en-conf-permanent-yes-proceed', kind: 'confirmation_request', lang: 'en', caseId: CASE.daniel,
    note: 'asks for "Yes, proceed" authorisation; permanent action',
    to: danTo, subject: formSubject(CASE.daniel), date: d('2026-01-22 10:00:00'), enc: 'ascii7',
    text: `Hi Daniel,

All set on our side. Summary:
  Surviving account: ${DANIEL.keepId} (${DANIEL.keep})
  Account to be absorbed: ${DANIEL.srcId} (${DANIEL.src})

Please note this action is permanent. Reply "Yes, proceed" to authorise it.

Owen`,
  }),
  S({
    slug: 'en-conf-go-ahead-multipart', kind: 'confirmation_request', lang: 'en', caseId: CASE.sofia,
    note: 'asks for the go-ahead before combining; cannot be reversed',
    to: sofTo, subject: formSubject(CASE.sofia), date: d('2026-02-05 09:00:00'), enc: 'utf8qp',
    text: `Hi Sofia,

Thanks, found both. Can you give us the go-ahead to fold ${SOFIA.srcId} into ${SOFIA.keepId}? Once done it can\u2019t be reversed, so we only start after your written OK.

Lena`,
    html: htmlDoc(`<p>Hi Sofia,</p><p>Thanks, found both. Can you give us the go-ahead to fold ${SOFIA.srcId} into ${SOFIA.keepId}? Once done it can&rsquo;t be reversed, so we only start after your written OK.</p><p>Lena</p>`, 'en'),
  }),
  S({
    slug: 'en-conf-kindly-consent', kind: 'confirmation_request', lang: 'en', caseId: CASE.ravi,
    note: 'kindly reply with consent; irreversible',
    to: ravTo, subject: formSubject(CASE.ravi), date: d('2026-04-17 03:30:00'), enc: 'ascii7',
    text: `Dear Ravi,

Thank you for the details. Kindly reply to this email with your consent so that we may consolidate ${RAVI.srcId} into ${RAVI.keepId}. Please be aware that, once completed, the two profiles cannot be separated again.

Best regards,
Farah
AWS Training and Certification`,
  }),
  S({
    slug: 'en-conf-fail-then-forged', kind: 'confirmation_request', lang: 'en', caseId: CASE.sofia, trusted: false, auth: 'failThenForged',
    note: 'consent request; topmost verdict fails, a pass header is planted lower: untrusted',
    to: sofTo, subject: formSubject(CASE.sofia), date: d('2026-02-05 11:00:00'), enc: 'utf8b64',
    text: `Hi Sofia, please approve the merge by signing in at https://aws-approve.example.co/ within 12 hours, it cannot be undone afterwards.`,
  }),
  S({
    slug: 'en-conf-ok-to-proceed-lf', kind: 'confirmation_request', lang: 'en', caseId: CASE.danielDup, crlf: false,
    note: 'short agent note: cannot be reversed, ok to proceed? a yes is enough',
    to: danTo, subject: `Re: ${formSubject(CASE.danielDup)}`, date: d('2026-01-22 10:05:00'), enc: 'ascii7',
    text: `Daniel - once merged it can't be reversed. OK to proceed? A simple yes works.
O.`,
  }),
  S({
    slug: 'en-conf-notify-approval', kind: 'confirmation_request', lang: 'en', caseId: CASE.ravi,
    note: 'Support Center wrapper; agent needs approval before consolidating',
    from: AWS_NOTIFY, to: ravTo, subject: `AWS Support case ${CASE.ravi}: new reply`, date: d('2026-04-17 03:31:00'), enc: 'utf8qp',
    text: notifyEn(CASE.ravi, `Ravi, we need your approval before we consolidate the two profiles (${RAVI.srcId} -> ${RAVI.keepId}). This step is irreversible. Reply in the Support Center with "approved" and we'll start.

Farah`),
  }),
  S({
    slug: 'en-conf-reply-if-correct', kind: 'confirmation_request', lang: 'en', caseId: CASE.sofia,
    note: 'if the summary is right, reply to give permission; irreversible',
    to: sofTo, subject: formSubject(CASE.sofia), date: d('2026-02-05 09:05:00'), enc: 'ascii7',
    text: `Hello Sofia,

If the summary below is correct, a short reply giving us permission is all we need. Bear in mind this is a one-way operation.

  Keep: ${SOFIA.keep} / ${SOFIA.keepId}
  Remove: ${SOFIA.src} / ${SOFIA.srcId}

Lena`,
  }),

  // ---------------- merge_completed ----------------
  S({
    slug: 'en-merge-consolidated-under', kind: 'merge_completed', lang: 'en', caseId: CASE.daniel,
    note: 'support: accounts now consolidated under the kept address',
    to: danTo, subject: formSubject(CASE.daniel), date: d('2026-01-23 15:00:00'), enc: 'ascii7',
    text: `Hi Daniel,

Your accounts have now been consolidated under ${DANIEL.keep}. You should see both certifications and your exam history there.

Owen

${gmailEn('Thu, Jan 22, 2026 at 11:40 AM', `${DANIEL.name} <${DANIEL.keep}>`, 'Yes, proceed.\n\nDaniel')}`,
  }),
  S({
    slug: 'en-merge-done-voucher-multipart', kind: 'merge_completed', lang: 'en', caseId: CASE.sofia,
    note: 'the merge is done; voucher visible; asks to look it over',
    to: sofTo, subject: formSubject(CASE.sofia), date: d('2026-02-09 12:00:00'), enc: 'utf8qp',
    text: `Hi Sofia,

Good news \u2013 the merge is done. CLF and SAA now both sit under ${SOFIA.keepId}, and the 50% exam benefit shows on the Benefits page too. Have a look and shout if anything is off.

Lena`,
    html: htmlDoc(`<p>Hi Sofia,</p><p>Good news &ndash; the merge is done. CLF and SAA now both sit under ${SOFIA.keepId}, and the 50% exam benefit shows on the Benefits page too. Have a look and shout if anything is off.</p><p>Lena</p>`, 'en'),
  }),
  S({
    slug: 'en-merge-portal-notice', kind: 'merge_completed', lang: 'en', caseId: null,
    note: 'certification portal notice: your accounts have been merged (no case ID)',
    from: PORTAL, to: ravTo, subject: 'Your AWS Certification accounts have been merged', date: d('2026-04-18 06:00:00'), enc: 'ascii7',
    text: `Hello Ravi Menon,

Your AWS Certification accounts have been merged. Sign in with ${RAVI.keep} to view your certifications, exam history and benefits.

https://www.aws.training/Certification

This is an automated message; please do not reply.`,
  }),
  S({
    slug: 'en-merge-other-authserv-only', kind: 'merge_completed', lang: 'en', caseId: CASE.ravi, trusted: false, auth: 'otherOnly',
    note: 'merge-done text, but only a foreign authserv-id (mx.google.com) vouches for it: untrusted',
    to: ravTo, subject: formSubject(CASE.ravi), date: d('2026-04-18 07:00:00'), enc: 'utf8b64',
    text: `Hi Ravi, the two profiles are merged now. Farah`,
  }),
  S({
    slug: 'en-merge-combined-profiles-check', kind: 'merge_completed', lang: 'en', caseId: CASE.danielDup,
    note: "combined the profiles; certs from the source ID now under the kept ID; 'tell me if anything is missing'",
    to: danTo, subject: formSubject(CASE.danielDup), date: d('2026-01-23 15:05:00'), enc: 'ascii7',
    text: `Daniel,

I've combined the two profiles - certs from ${DANIEL.srcId} now appear under ${DANIEL.keepId}. Please look it over and tell me if anything is missing.

Owen`,
  }),
  S({
    slug: 'en-merge-to-team-list', kind: 'merge_completed', lang: 'en', caseId: CASE.ravi, forUser: false,
    note: 'completion notice addressed to a team list, not to the user',
    to: TEAM_LIST_EN, subject: formSubject(CASE.ravi), date: d('2026-04-18 06:10:00'), enc: 'ascii7',
    text: `Hello,

The certification accounts referenced in this case have been merged into ${RAVI.keepId}.

Farah`,
  }),
  S({
    slug: 'en-merge-html-only-went-through', kind: 'merge_completed', lang: 'en', caseId: CASE.ravi,
    note: 'HTML-only: the merge went through, records now on one profile',
    to: ravTo, subject: formSubject(CASE.ravi), date: d('2026-04-18 06:05:00'), enc: 'utf8qp',
    html: htmlDoc(`<p>Dear Ravi,</p>
<p>Thanks for approving. The merge went through this morning: all four certifications are now on ${RAVI.keepId}, and ${RAVI.src} can no longer be used to sign in.</p>
<p>Best regards,<br>Farah<br>AWS Training and Certification</p>
<div id="divRplyFwdMsg"><hr><b>From:</b> ${RAVI.name}<br><b>Sent:</b> Friday, April 17, 2026 9:02 AM<br><b>Subject:</b> ${formSubject(CASE.ravi)}<br><br>approved</div>`, 'en'),
  }),

  // ---------------- badges_transferred ----------------
  S({
    slug: 'en-badge-credly-accept', kind: 'badges_transferred', lang: 'en', caseId: null,
    note: "AWS badge via Credly to the kept address (Accept your badge)",
    from: CREDLY_AWS, to: danTo, subject: 'Amazon Web Services Training and Certification sent you a new badge', date: d('2026-01-24 10:00:00'), enc: 'ascii7',
    text: `Hi Daniel,

Amazon Web Services Training and Certification has issued you a badge:

  AWS Certified Solutions Architect - Associate

Accept your badge:
https://www.credly.com/badges/accept

Credly`,
  }),
  S({
    slug: 'en-badge-credly-two-multipart', kind: 'badges_transferred', lang: 'en', caseId: null,
    note: "two AWS badges via Credly (plural)",
    from: CREDLY_AWS, to: sofTo, subject: "You've earned 2 badges from Amazon Web Services Training and Certification", date: d('2026-02-10 10:00:00'), enc: 'utf8qp',
    text: `Congratulations, Sofia!

Amazon Web Services Training and Certification issued you 2 badges:
 \u2022 AWS Certified Cloud Practitioner
 \u2022 AWS Certified Solutions Architect \u2013 Associate

Accept your badges: https://www.credly.com/earner/earned`,
    html: htmlDoc(`<h2>Congratulations, Sofia!</h2><p>Amazon Web Services Training and Certification issued you 2 badges:</p><ul><li>AWS Certified Cloud Practitioner</li><li>AWS Certified Solutions Architect &ndash; Associate</li></ul><p><a href="https://www.credly.com/earner/earned">Accept your badges</a></p>`, 'en'),
  }),
  S({
    slug: 'en-badge-support-reassigned', kind: 'badges_transferred', lang: 'en', caseId: CASE.ravi,
    note: 'support: the Credly badges were reassigned to the kept profile',
    to: ravTo, subject: formSubject(CASE.ravi), date: d('2026-04-20 04:00:00'), enc: 'ascii7',
    text: `Hi Ravi,

Following up on your note about Credly: your badges have been reassigned to ${RAVI.keep}. They should all show on your Credly profile now.

Farah

${outlookEn(`${RAVI.name} <${RAVI.keep}>`, 'Saturday, April 18, 2026 8:41 PM', SUP, formSubject(CASE.ravi), 'Thanks! The certs are there, but Credly still shows the badges on my old email.')}`,
  }),
  S({
    slug: 'en-badge-credly-no-auth', kind: 'badges_transferred', lang: 'en', caseId: null, trusted: false, auth: 'none',
    note: 'AWS badge mail via Credly but no Authentication-Results: untrusted',
    from: CREDLY_AWS, to: danTo, subject: 'Amazon Web Services Training and Certification sent you a new badge', date: d('2026-01-24 11:00:00'), enc: 'utf8b64',
    text: `Amazon Web Services Training and Certification issued you: AWS Certified Developer - Associate. Accept your badge: https://www.credly.com/badges/accept`,
  }),
  S({
    slug: 'en-badge-support-moved-closing-phone', kind: 'badges_transferred', lang: 'en', caseId: CASE.sofia,
    note: 'badges moved (support, from phone) and closing the case',
    to: sofTo, subject: `Re: ${formSubject(CASE.sofia)}`, date: d('2026-02-11 18:00:00'), enc: 'ascii7',
    text: `sofia - badges moved over, you should see both on credly now. closing this one out, thanks!

Lena
Sent from Outlook for Android`,
  }),
  S({
    slug: 'en-badge-support-reissued-accept', kind: 'badges_transferred', lang: 'en', caseId: CASE.daniel,
    note: 'support re-issued the badges to the primary e-mail; accept them',
    to: danTo, subject: formSubject(CASE.daniel), date: d('2026-01-26 09:00:00'), enc: 'utf8qp',
    text: `Hi Daniel,

We re-issued both badges to your primary e-mail (${DANIEL.keep}). You'll get the usual Credly e-mail \u2013 just accept them there.

Owen`,
  }),
  S({
    slug: 'en-badge-credly-dkim-only', kind: 'badges_transferred', lang: 'en', caseId: null, auth: 'dkimonly',
    note: "AWS badge via Credly with aligned DKIM only (trusted)",
    from: CREDLY_AWS, to: ravTo, subject: 'Claim your AWS Certified Data Engineer - Associate badge', date: d('2026-04-21 10:00:00'), enc: 'ascii7',
    text: `Hello Ravi,

Your badge from Amazon Web Services Training and Certification is ready:
AWS Certified Data Engineer - Associate

Accept your badge to share it on LinkedIn.
https://www.credly.com/badges/accept

Credly, Inc.`,
  }),
  S({
    slug: 'en-badge-credly-html-only-three', kind: 'badges_transferred', lang: 'en', caseId: null,
    note: 'HTML-only Credly mail: three AWS badges now on the kept address',
    from: CREDLY_AWS, to: ravTo, subject: 'Amazon Web Services Training and Certification issued you 3 badges', date: d('2026-04-20 09:00:00'), enc: 'utf8b64',
    html: htmlDoc(`<p>Hi Ravi,</p><p>Amazon Web Services Training and Certification has issued you 3 badges.</p>
<ul><li>AWS Certified Cloud Practitioner</li><li>AWS Certified Solutions Architect - Associate</li><li>AWS Certified Security - Specialty</li></ul>
<p><a href="https://www.credly.com/earner/earned" style="background:#ff6b00;color:#fff;padding:8px 16px">Accept your badges</a></p>`, 'en'),
  }),

  // ---------------- case_closed ----------------
  S({
    slug: 'en-closed-resolved-reopen-14', kind: 'case_closed', lang: 'en', caseId: CASE.daniel,
    note: 'case resolved; reply within 14 days to reopen',
    to: danTo, subject: formSubject(CASE.daniel), date: d('2026-01-30 10:00:00'), enc: 'ascii7',
    text: `Hello,

This case has been resolved. If you need further help with it, reply within 14 days and it will reopen automatically.

AWS Training and Certification`,
  }),
  S({
    slug: 'en-closed-notify-status-resolved', kind: 'case_closed', lang: 'en', caseId: CASE.sofia,
    note: 'Support Center notification: status Resolved',
    from: AWS_NOTIFY, to: sofTo, subject: `AWS Support case ${CASE.sofia}: status changed to Resolved`, date: d('2026-02-12 00:00:00'), enc: 'utf8qp',
    text: `Hello,

The status of your AWS Support case ${CASE.sofia} ("Merge two certification accounts") has changed to Resolved.

You can reopen a resolved case from the Support Center.

Amazon Web Services`,
    html: htmlDoc(`<p>Hello,</p><p>The status of your AWS Support case <b>${CASE.sofia}</b> (&ldquo;Merge two certification accounts&rdquo;) has changed to <b>Resolved</b>.</p><p>You can reopen a resolved case from the Support Center.</p>`, 'en'),
  }),
  S({
    slug: 'en-closed-auto-close-5-days', kind: 'case_closed', lang: 'en', caseId: CASE.ravi,
    note: 'no reply received: case will auto-close in 5 days',
    to: ravTo, subject: formSubject(CASE.ravi), date: d('2026-04-24 02:00:00'), enc: 'ascii7',
    text: `Hi Ravi,

We haven't heard back from you. If there's nothing else, no action is needed - the case will close automatically in 5 days.

Farah`,
  }),
  S({
    slug: 'en-closed-restates-merge-3-march', kind: 'case_closed', lang: 'en', caseId: CASE.danielDup, trap: true,
    note: 'closing notice restating the earlier merge',
    to: danTo, subject: formSubject(CASE.danielDup), date: d('2026-01-31 10:00:00'), enc: 'ascii7',
    text: `Hi Daniel,

As your accounts were merged on 23 January, we are now closing this case. Thanks for your patience throughout.

Owen`,
  }),
  S({
    slug: 'en-closed-no-auth-b64', kind: 'case_closed', lang: 'en', caseId: CASE.daniel, trusted: false, auth: 'none',
    note: 'closing text, no Authentication-Results: untrusted',
    to: danTo, subject: formSubject(CASE.daniel), date: d('2026-01-30 12:00:00'), enc: 'utf8b64',
    text: `Your case ${CASE.daniel} is closed. Rate us: https://feedback-aws.example.info/`,
  }),
  S({
    slug: 'en-closed-sorted-lookalike-server-lf', kind: 'case_closed', lang: 'en', caseId: CASE.sofia, trusted: false, auth: 'lookalikeServer', crlf: false,
    note: 'closing reply, but the A-R is from a look-alike authserv-id: untrusted',
    to: sofTo, subject: `Re: ${formSubject(CASE.sofia)}`, date: d('2026-02-12 08:00:00'), enc: 'ascii7',
    text: `closing out per your last note - glad it's all sorted.
Lena`,
  }),
  S({
    slug: 'en-closed-marking-closed', kind: 'case_closed', lang: 'en', caseId: CASE.ravi,
    note: 'case closed because the customer confirmed nothing else is needed',
    to: ravTo, subject: formSubject(CASE.ravi), date: d('2026-04-22 05:00:00'), enc: 'utf8qp',
    text: `Dear Ravi,

Thank you for letting us know everything looks right. I\u2019m marking this case as closed now.

Best regards,
Farah

${quote('Everything is there now, thank you Farah. You can close this.\n\nRavi')}`,
  }),

  // ---------------- support_reply ----------------
  S({
    slug: 'en-reply-thanks-for-confirming', kind: 'support_reply', lang: 'en', caseId: CASE.daniel, trap: true,
    note: 'thanks for confirming, passed to the back-office team',
    to: danTo, subject: formSubject(CASE.daniel), date: d('2026-01-22 13:00:00'), enc: 'ascii7',
    text: `Thanks for confirming, Daniel. I've passed this to our back-office team; they usually complete these within a couple of days.

Owen`,
  }),
  S({
    slug: 'en-reply-unable-different-person', kind: 'support_reply', lang: 'en', caseId: CASE.sofia, trap: true,
    note: 'negated: unable to merge (the other ID belongs to someone else); nothing asked',
    to: sofTo, subject: formSubject(CASE.sofia), date: d('2026-02-04 10:00:00'), enc: 'utf8qp',
    text: `Hi Sofia,

I'm afraid we're unable to merge the account you mentioned: candidate ID AWS45627710 belongs to a different person. We've left both profiles as they are.

The correct ID for your university profile is already on file from your earlier message, so nothing else is needed from you at this point - I'll update the case.

Lena`,
  }),
  S({
    slug: 'en-reply-not-merged-yet', kind: 'support_reply', lang: 'en', caseId: CASE.ravi, trap: true,
    note: 'status: still with the team, not merged yet',
    to: ravTo, subject: formSubject(CASE.ravi), date: d('2026-04-17 23:00:00'), enc: 'ascii7',
    text: `Hi Ravi,

Sorry for the delay - your request is still with the team and the accounts haven't been merged yet. I'll chase it today.

Farah

${gmailEn('Fri, Apr 17, 2026 at 8:15 PM', `${RAVI.name} <${RAVI.keep}>`, 'Any update? I approved yesterday.')}`,
  }),
  S({
    slug: 'en-reply-write-from-primary', kind: 'support_reply', lang: 'en', caseId: CASE.daniel, trap: true,
    note: 'asks to write from the kept address, no data requested',
    to: `${DANIEL.name} <${DANIEL.src}>`, subject: formSubject(CASE.daniel), date: d('2026-01-20 10:00:00'), enc: 'ascii7',
    text: `Hi Daniel,

For security, please send us a short note from the e-mail address on the account you intend to keep. We'll carry on from there.

Owen`,
  }),
  S({
    slug: 'en-reply-skill-builder-answer', kind: 'support_reply', lang: 'en', caseId: CASE.sofia,
    note: 'answers a side question about Skill Builder progress',
    to: sofTo, subject: formSubject(CASE.sofia), date: d('2026-02-10 15:00:00'), enc: 'utf8b64',
    text: `Hi Sofia,

About your question: Skill Builder course progress is stored separately from your certification profile, so it stays with the Builder ID you used to take the courses. Nothing changes there.

Lena`,
    html: htmlDoc(`<p>Hi Sofia,</p><p>About your question: Skill Builder course progress is stored separately from your certification profile, so it stays with the Builder ID you used to take the courses. Nothing changes there.</p><p>Lena</p>`, 'en'),
  }),
  S({
    slug: 'en-reply-duplicate-cases-dkim', kind: 'support_reply', lang: 'en', caseId: CASE.daniel, trap: true, auth: 'dkimonly',
    note: 'duplicate *cases* merged into one: not the account merge',
    to: danTo, subject: formSubject(CASE.daniel), date: d('2026-01-20 09:30:00'), enc: 'ascii7',
    text: `Hi Daniel,

You opened two cases for the same request, so we've merged case ${CASE.danielDup} into ${CASE.daniel}. Please continue on this thread only.

Owen`,
  }),
  S({
    slug: 'en-reply-dmarc-fail-status', kind: 'support_reply', lang: 'en', caseId: CASE.ravi, trusted: false, auth: 'fail',
    note: 'status update text but dmarc=fail: untrusted',
    to: ravTo, subject: formSubject(CASE.ravi), date: d('2026-04-16 12:00:00'), enc: 'ascii7',
    text: `Hi Ravi, we are working on your request. Track progress at https://aws-case-status.example.cc/${CASE.ravi}`,
  }),
  S({
    slug: 'en-reply-once-merge-goes-through', kind: 'support_reply', lang: 'en', caseId: CASE.sofia, trap: true,
    note: 'future: once the merge goes through, badges should follow',
    to: sofTo, subject: formSubject(CASE.sofia), date: d('2026-02-06 09:00:00'), enc: 'utf8qp',
    text: `Hi Sofia,

Got your OK \u2013 thank you. Once the merge goes through, your Credly badges should follow within 24\u201348 hours. I\u2019ll keep an eye on it.

Lena`,
  }),

  // ---------------- unrelated ----------------
  S({
    slug: 'en-unrel-csat-was-it-resolved', kind: 'unrelated', lang: 'en', caseId: CASE.daniel, trap: true,
    note: 'satisfaction survey ("was your issue resolved?")',
    from: 'AWS Support Feedback <aws-support-feedback@amazon.com>', to: danTo, subject: 'How did we do?', date: d('2026-01-31 12:00:00'), enc: 'ascii7',
    text: `Hi Daniel,

You recently contacted AWS Training and Certification (case ${CASE.daniel}).
Was your issue resolved? Tell us in two clicks:

  Yes  |  No

Amazon Web Services`,
  }),
  S({
    slug: 'en-unrel-hashicorp-credly', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'Credly badge from HashiCorp, not AWS',
    from: 'HashiCorp via Credly <admin@credly.com>', to: ravTo, subject: 'HashiCorp sent you a new badge', date: d('2026-04-19 10:00:00'), enc: 'utf8qp',
    text: `Hi Ravi,

HashiCorp has issued you a badge: HashiCorp Certified: Terraform Associate (004).

Accept your badge: https://www.credly.com/badges/accept

Credly`,
  }),
  S({
    slug: 'en-unrel-skill-builder-renewal', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'Skill Builder subscription renewal completed (billing)',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', to: sofTo, subject: 'Your subscription renewal is complete', date: d('2026-03-01 00:00:00'), enc: 'ascii7',
    text: `Hi Sofia,

Your AWS Skill Builder Individual subscription renewal is complete. Your receipt is available in your account.

AWS Skill Builder`,
  }),
  S({
    slug: 'en-unrel-newsletter-merge-streams', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'marketing newsletter using "merge" in a product sense',
    from: 'AWS Training and Certification <aws-training-news@amazon.com>', to: danTo, subject: 'New course: merge and transform data streams', date: d('2026-02-15 14:00:00'), enc: 'utf8b64',
    html: htmlDoc(`<h1>This month at AWS Training</h1><p>New: learn to merge and transform data streams with Amazon Kinesis. Complete the lab and earn a digital badge.</p><p><a href="https://skillbuilder.aws">Start learning</a></p><p style="font-size:11px">You are receiving this because you subscribed. <a href="#">Unsubscribe</a></p>`, 'en'),
  }),
  S({
    slug: 'en-unrel-agent-out-of-office', kind: 'unrelated', lang: 'en', caseId: CASE.sofia,
    note: "agent's out-of-office auto-reply",
    from: 'Lena Bauer <lenabau@amazon.com>', to: sofTo, subject: `Automatic reply: ${formSubject(CASE.sofia)}`, date: d('2026-02-07 08:00:00'), enc: 'ascii7',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `I'm out of the office until Monday 9 February with limited access to e-mail. Your message has not been forwarded.`,
  }),
  S({
    slug: 'en-unrel-colleague-question-team', kind: 'unrelated', lang: 'en', caseId: null, trusted: false, forUser: false, trap: true,
    note: "a colleague's question to a team list; not from support, not to the user",
    from: 'Priyanka Rao <priyanka.rao@bigco.example.com>', to: TEAM_LIST_EN, subject: 'anyone merged their AWS cert accounts?', date: d('2026-04-13 09:00:00', '+0530'), enc: 'ascii7', relay: 'mail.bigco.example.com',
    text: `Hey all, did anyone get their two AWS cert accounts merged recently? How long did support take to confirm? Asking before I leave the company.`,
  }),
  S({
    slug: 'en-unrel-credly-merge-code', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: "Credly's own account-merge code mail",
    from: 'Credly <admin@credly.com>', to: danTo, subject: 'Complete your account merge', date: d('2026-01-27 10:00:00'), enc: 'utf8qp',
    text: `Hi Daniel,

Someone asked to merge the Credly account for ${DANIEL.src} into another Credly account. Use this code to complete the account merge: 771204

If this wasn't you, ignore this e-mail.

Credly`,
  }),
  S({
    slug: 'en-unrel-recert-reminder', kind: 'unrelated', lang: 'en', caseId: null,
    note: 'certification expiry reminder from the portal',
    from: PORTAL, to: ravTo, subject: 'Your AWS Certification expires in 90 days', date: d('2026-05-01 00:00:00'), enc: 'ascii7',
    text: `Hello Ravi,

Your AWS Certified Solutions Architect - Associate certification expires on 30 July 2026. Recertify before then to keep your credential active. Your 50% exam benefit can be used for the recertification exam.

AWS Certification`,
  }),
];

void paras;
