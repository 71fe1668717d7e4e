// English messages of held-out corpus l. Written fresh for this set.
import { rfcDate, type Msg } from './lib.js';
import {
  AWS_NOTIFY, CASE, CREDLY_AWS, DAN, DAN_REQ, DAN_THIRD_ID, LENA, LENA_REQ, OTHER_EN, PORTAL, SUPPORT, SUPPORT_BARE, TOMAS, TOMAS_REQ,
  formSubject, formSubjectNew, gmailEn, htmlDoc, mk, outlookEn, paras, quote, sfOriginal, sfRef,
} from './common.js';

const U = (d: string): string => rfcDate(d, '+0000');
const P = (d: string): string => rfcDate(d, '-0700');
const SIG = `Best regards,\nAWS Training and Certification Customer Support`;

export const EN: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'en-ack-received-lf', kind: 'acknowledgement', lang: 'en', caseId: CASE.dan,
    note: 'automatic receipt of a new case, LF line ends',
    from: SUPPORT, to: DAN.keep, subject: formSubjectNew(CASE.dan), date: U('2026-01-19 17:02:44'),
    auth: 'pass', enc: 'ascii7', crlf: false,
    text: `Hello,

We've received your request and opened case ${CASE.dan}.
A member of our team will get back to you within 24 hours.

To add information, reply to this email without changing the subject line.

${SIG}`,
  }),
  mk({
    slug: 'en-ack-notify-created', kind: 'acknowledgement', lang: 'en', caseId: CASE.lena,
    note: 'AWS Support notification that case was created',
    from: AWS_NOTIFY, to: LENA.keep, subject: `Case ${CASE.lena} has been created`, date: U('2026-06-08 09:13:27'),
    auth: 'pass', enc: 'utf8qp',
    text: `Dear Customer,

Thank you for contacting AWS Support. Your case has been created.

Case ID: ${CASE.lena}
Subject: Merge two certification accounts
Severity: General guidance

You will be notified by email when there is an update.

Amazon Web Services`,
    html: htmlDoc(paras(`Dear Customer,

Thank you for contacting AWS Support. Your case has been created.

Case ID: ${CASE.lena}
Subject: Merge two certification accounts
Severity: General guidance

You will be notified by email when there is an update.

Amazon Web Services`)),
  }),
  mk({
    slug: 'en-ack-info-you-provided', kind: 'acknowledgement', lang: 'en', caseId: CASE.tomas, trap: true,
    note: 'receipt that echoes "information you provided" incl. the merge request; still a receipt',
    from: SUPPORT, to: TOMAS.keep, subject: formSubjectNew(CASE.tomas), date: U('2026-07-02 14:55:08'),
    auth: 'pass', enc: 'utf8qp',
    text: `Hello ${TOMAS.name},

Thanks for reaching out. Your case number is ${CASE.tomas}.

Information you provided:
  Name: ${TOMAS.name}
  Company: Agency Example
  AWS Candidate ID: ${TOMAS.keepId}
  Inquiry type: Certification > Account merge
  Description: ${TOMAS_REQ}

An agent will review these details and reply within 1 business day.

${SIG}`,
  }),
  mk({
    slug: 'en-ack-html-only-24h', kind: 'acknowledgement', lang: 'en', caseId: CASE.dan2, forUser: true,
    note: 'HTML-only receipt of a second case the user opened from the old address',
    from: SUPPORT, to: DAN.src, subject: formSubjectNew(CASE.dan2), date: U('2026-02-14 20:40:00'),
    auth: 'pass', enc: 'utf8b64',
    html: htmlDoc(`<table width="600"><tr><td>
<p>Hi there,</p>
<p>Thank you for contacting AWS Training and Certification. We have logged your inquiry as case <strong>${CASE.dan2}</strong>.</p>
<p>Please allow up to 24 hours for a response. Opening additional cases for the same request can slow things down.</p>
<p>AWS Training and Certification</p>
</td></tr></table>`),
  }),
  mk({
    slug: 'en-ack-forged-below', kind: 'acknowledgement', lang: 'en', caseId: CASE.lenaDup, trusted: false,
    note: 'receipt whose only pass verdict is below the server\'s Received line: forged',
    from: SUPPORT, to: LENA.keep, subject: formSubjectNew(CASE.lenaDup), date: U('2026-06-08 10:02:00'),
    auth: 'forgedBelow', enc: 'ascii7',
    text: `Hello,

Your case ${CASE.lenaDup} has been created. We'll be in touch shortly.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-ack-dkimonly-body-id', kind: 'acknowledgement', lang: 'en', caseId: CASE.lena,
    note: 'receipt with the case ID only in the body; aligned DKIM only',
    from: SUPPORT, to: LENA.keep, subject: 'We got your message - AWS Training and Certification', date: U('2026-06-08 09:14:50'),
    auth: 'dkimonly', enc: 'ascii7',
    text: `Hi Lena,

This is an automatic note to let you know your message reached us.
Reference: CASE ${CASE.lena}

No need to reply - someone from the team will write back soon.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-ack-resent-agency', kind: 'acknowledgement', lang: 'en', caseId: CASE.tomas, forUser: false,
    note: 'receipt bounced on by the agency mailbox with Resent-* headers',
    from: SUPPORT, to: TOMAS.src, subject: formSubjectNew(CASE.tomas), date: U('2026-07-02 14:55:10'),
    auth: 'pass', enc: 'ascii7',
    resent: { from: 'mailer@agency.example.com', to: TOMAS.keep, date: P('2026-07-02 08:01:13') },
    text: `Hello,

Thank you for contacting AWS Training and Certification. Case ${CASE.tomas} has been opened on your behalf.
We typically respond within 24 hours.

${SIG}`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'en-ai-generated-steps', kind: 'ai_answer', lang: 'en',
    note: 'AI-generated answer with the self-service merge steps',
    from: SUPPORT, to: DAN.keep, subject: 'Your AWS Training and Certification question', date: U('2026-01-19 16:55:30'),
    auth: 'pass', enc: 'ascii7',
    text: `This response was generated by AI and may contain errors.

To combine two AWS Certification accounts yourself:
  1. Sign in to the account you want to keep.
  2. Open your profile and choose "Merge Accounts".
  3. Enter the login details of the other account and follow the prompts.

If both accounts hold certifications, the tool will ask you to contact us instead.
Not what you needed? Select "Create case" to reach an agent.`,
  }),
  mk({
    slug: 'en-ai-automated-suggestion', kind: 'ai_answer', lang: 'en',
    note: 'automated suggestion: the tool refuses when both accounts have history; create a case',
    from: SUPPORT, to: LENA.src, subject: 'Automated suggestion for your inquiry', date: U('2026-06-08 09:05:12'),
    auth: 'pass', enc: 'utf8qp',
    text: `Automated suggestion - based on similar questions

It looks like you'd like to bring two certification profiles together. Most customers can do this in a couple of minutes with the Merge Accounts tool on the certification portal’s profile page.

Heads-up: when both accounts already contain certification history, the tool can’t finish the job on its own. In that case, please go ahead and open a case with us.`,
  }),
  mk({
    slug: 'en-ai-explains-after-merge', kind: 'ai_answer', lang: 'en', trap: true,
    note: 'AI answer explaining vouchers and badges after a merge; stays ai_answer',
    from: SUPPORT, to: TOMAS.keep, subject: 'Answer generated for you', date: U('2026-07-02 14:49:00'),
    auth: 'pass', enc: 'utf8qp',
    text: `Generated answer (AI)

Q: What happens to my badges and vouchers after a merge?

A: Once two accounts have been merged, certifications, exam history and unused benefits such as the 50% voucher appear on the surviving account. Credly badges are not moved automatically in every case; after the merge you may need to claim them from the email Credly sends to the surviving address.

Did this help? Yes / No - create a case`,
    html: htmlDoc(`<p><em>Generated answer (AI)</em></p>
<p><b>Q:</b> What happens to my badges and vouchers after a merge?</p>
<p><b>A:</b> Once two accounts have been merged, certifications, exam history and unused benefits such as the 50% voucher appear on the surviving account. Credly badges are not moved automatically in every case; after the merge you may need to claim them from the email Credly sends to the surviving address.</p>
<p>Did this help? <a href="https://aws.training/">Yes</a> / <a href="https://aws.training/">No - create a case</a></p>`),
  }),
  mk({
    slug: 'en-ai-otheronly', kind: 'ai_answer', lang: 'en', trusted: false,
    note: 'AI answer with only another provider\'s Authentication-Results: untrusted',
    from: SUPPORT, to: DAN.keep, subject: 'Suggested answer', date: U('2026-01-19 16:57:02'),
    auth: 'otherOnly', enc: 'ascii7',
    text: `This answer was produced automatically.

Try Profile > Merge Accounts on the certification site. If the tool stops you, create a case and an agent will help.`,
  }),
  mk({
    slug: 'en-ai-suggested-articles-lf', kind: 'ai_answer', lang: 'en',
    note: 'bot reply listing help articles, LF line ends',
    from: SUPPORT, to: LENA.keep, subject: 'Articles that may help', date: U('2026-06-08 09:06:40'),
    auth: 'pass', enc: 'ascii7', crlf: false,
    text: `Hi! I'm the AWS Training and Certification virtual assistant.

These articles might answer your question right away:
 - How do I merge duplicate certification accounts?
 - Why can't I see my digital badge on Credly?
 - Changing the email on my certification account

Still stuck? Reply "agent" or choose Create case.`,
  }),
  mk({
    slug: 'en-ai-utf8b64-virtual', kind: 'ai_answer', lang: 'en',
    note: 'virtual assistant answer recommending the self-service merge tool, with a typo',
    from: SUPPORT, to: TOMAS.keep, subject: 'Virtual assistant – your answer', date: U('2026-07-02 14:47:31'),
    auth: 'pass', enc: 'utf8b64',
    text: `Hello from the virtual assistant 🤖

Based on your question, the quickest route is the self-service Merge Acounts tool:
Certification portal → Profile → Merge Accounts.
Sign in with the account you'd like to keep first.

If the tool reports that both accounts have certifications, choose “Create case” and a human agent will take it from there.`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'en-info-ids-and-primary', kind: 'info_request', lang: 'en', caseId: CASE.dan,
    note: 'asks for both candidate IDs and which email stays primary',
    from: SUPPORT, to: DAN.keep, subject: formSubject(CASE.dan), date: U('2026-01-20 11:20:03'),
    auth: 'pass', enc: 'ascii7',
    text: `Hello Daniel,

Thanks for contacting us. My name is Priyanka and I'll be helping with this case.

Could you please provide the AWS candidate IDs for both accounts, and let me know which email address should remain as the primary login after the merge?

Kind regards,
Priyanka
AWS Training and Certification Customer Support
${sfRef('3Ka9LmQ')}

${sfOriginal(DAN.keep, '1/19/2026 5:02 PM', SUPPORT_BARE, 'account merge', DAN_REQ)}`,
  }),
  mk({
    slug: 'en-info-confirm-email-keep', kind: 'info_request', lang: 'en', caseId: CASE.lena, trap: true,
    note: '"please confirm the email you keep" asks for information, not consent',
    from: SUPPORT, to: LENA.keep, subject: formSubject(CASE.lena), date: U('2026-06-09 07:44:19'),
    auth: 'pass', enc: 'utf8qp',
    text: `Hi Lena,

Thank you for the details. Before we go any further, please confirm the email address you would like to keep as your sign-in - your message mentions ${LENA.keep}, but your Developer exam was booked with a slightly different spelling (lena.fisher@example.de). Which one is correct?

Cheers,
Mateo
AWS Training and Certification

${gmailEn('2026-06-08 11:12', LENA.name, LENA.keep)}
${quote(LENA_REQ)}`,
  }),
  mk({
    slug: 'en-info-question-for-question', kind: 'info_request', lang: 'en', caseId: CASE.tomas,
    note: 'answers a voucher question with a question: which account holds it, send its ID',
    from: SUPPORT, to: TOMAS.keep, subject: formSubject(CASE.tomas), date: U('2026-07-03 10:31:45'),
    auth: 'pass', enc: 'utf8qp',
    text: `Hello Tomás,

Good question about the voucher. Before I can check whether it will carry over, could you tell me which of the two accounts it currently shows on, and send the candidate ID of that account?

Thanks,
Aisha
AWS Training and Certification

${outlookEn(`${TOMAS.name} <${TOMAS.keep}>`, '2026-07-03 02:10', SUPPORT_BARE, `RE: ${formSubject(CASE.tomas)}`, 'Quick question before we start - will my 50% voucher survive the merge?')}`,
  }),
  mk({
    slug: 'en-info-html-screenshot', kind: 'info_request', lang: 'en', caseId: CASE.dan,
    note: 'HTML-only request for a screenshot of the old account\'s certification page',
    from: SUPPORT, to: DAN.keep, subject: formSubject(CASE.dan), date: U('2026-01-21 09:02:57'),
    auth: 'pass', enc: 'utf8b64',
    html: htmlDoc(`<div>Hi Daniel,</div><div><br></div>
<div>We could not find certification history under ${DAN.srcId}. To help us locate the right record, would you mind attaching a screenshot of the <i>Certifications</i> page of the account you used at Contoso, with the candidate ID visible?</div><div><br></div>
<div>Kind regards,<br>Priyanka<br>AWS Training and Certification</div>`),
  }),
  mk({
    slug: 'en-info-cannot-locate', kind: 'info_request', lang: 'en', caseId: CASE.lena,
    note: 'cannot find an account under the address; asks for login email or candidate ID',
    from: SUPPORT, to: LENA.keep, subject: formSubject(CASE.lena), date: U('2026-06-10 06:12:08'),
    auth: 'pass', enc: 'utf8qp',
    text: `Hi Lena,

I wasn't able to locate a certification account registered to ${LENA.src}. It may have been created with a different address.
Could you share the login email you used at the university, or the candidate ID shown on your SAA certificate?

Mateo`,
    html: htmlDoc(paras(`Hi Lena,

I wasn't able to locate a certification account registered to ${LENA.src}. It may have been created with a different address.
Could you share the login email you used at the university, or the candidate ID shown on your SAA certificate?

Mateo`)),
  }),
  mk({
    slug: 'en-info-dmarc-fail', kind: 'info_request', lang: 'en', caseId: CASE.dan, trusted: false,
    note: 'information request failing DMARC: untrusted',
    from: SUPPORT, to: DAN.keep, subject: formSubject(CASE.dan), date: U('2026-01-20 13:00:00'),
    auth: 'fail', enc: 'ascii7',
    text: `Hello,

Please send the candidate IDs and login emails of both accounts so we can continue.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-info-all-addresses-long', kind: 'info_request', lang: 'en', caseId: CASE.tomas,
    note: 'long request for every address tied to each account (login, notification, Skill Builder)',
    from: SUPPORT, to: TOMAS.keep, subject: formSubject(CASE.tomas), date: U('2026-07-03 16:48:30'),
    auth: 'pass', enc: 'utf8b64',
    text: `Hello Tomás,

Thanks for your patience. Your two profiles are linked to several addresses, and we need to be sure we move the right records. For each account, could you list:

- the address you sign in with,
- the address that receives aws.training notifications,
- the address that receives certification notifications,
- the address used for AWS Skill Builder (if different).

Once we have those, the next step will be a short summary for you to approve.

Kind regards,
Aisha
AWS Training and Certification Customer Support

${gmailEn('2026-07-03 09:40', TOMAS.ascii, TOMAS.keep)}
> Both accounts are mine, happy to provide whatever you need.`,
  }),
  mk({
    slug: 'en-info-write-from-kept-with-ids', kind: 'info_request', lang: 'en', caseId: CASE.dan2,
    note: 'asks to write from the kept address AND include both candidate IDs',
    from: SUPPORT, to: DAN.src, subject: formSubject(CASE.dan2), date: U('2026-02-15 08:20:00'),
    auth: 'pass', enc: 'utf8b64',
    text: `Hi,

For security reasons we can only act on requests sent from the address on the account you intend to keep.
Please reply from ${DAN.keep} and include the candidate IDs of both accounts (the 2019 one and the one you keep) in your message.

Thank you,
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-info-resent-agency', kind: 'info_request', lang: 'en', caseId: CASE.tomas, forUser: false,
    note: 'information request redirected by the agency mailbox (Resent-*)',
    from: SUPPORT, to: TOMAS.src, subject: formSubject(CASE.tomas), date: U('2026-07-03 10:40:00'),
    auth: 'pass', enc: 'ascii7',
    resent: { from: 'mailer@agency.example.com', to: TOMAS.keep, date: P('2026-07-03 03:41:12') },
    text: `Hello,

Could you let us know the candidate ID of the account registered to ${TOMAS.src}?

AWS Training and Certification`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'en-conf-permanent-go-ahead', kind: 'confirmation_request', lang: 'en', caseId: CASE.dan,
    note: 'warns the merge is permanent and asks the customer to say go ahead',
    from: SUPPORT, to: DAN.keep, subject: formSubject(CASE.dan), date: U('2026-01-22 10:15:40'),
    auth: 'pass', enc: 'ascii7',
    text: `Hello Daniel,

Thanks, I found both records.

Before we proceed, please note that merging is permanent: ${DAN.srcId} will be folded into ${DAN.keepId} and the Contoso login will stop working.
Reply to this email to let us know you'd like us to go ahead.

Kind regards,
Priyanka`,
  }),
  mk({
    slug: 'en-conf-kindly-consent', kind: 'confirmation_request', lang: 'en', caseId: CASE.lena,
    note: 'asks for written consent to combine the two candidate IDs',
    from: SUPPORT, to: LENA.keep, subject: formSubject(CASE.lena), date: U('2026-06-11 05:30:00'),
    auth: 'pass', enc: 'utf8qp',
    text: `Dear Lena,

We are ready to combine candidate ${LENA.srcId} into candidate ${LENA.keepId}.
Kindly reply with your consent; this cannot be reversed once done.

Regards,
Mateo — AWS Training and Certification`,
  }),
  mk({
    slug: 'en-conf-approve-outlook', kind: 'confirmation_request', lang: 'en', caseId: CASE.tomas,
    note: 'asks if the customer approves the summary; Outlook quote below',
    from: SUPPORT, to: TOMAS.keep, subject: formSubject(CASE.tomas), date: U('2026-07-06 12:02:09'),
    auth: 'pass', enc: 'utf8qp',
    text: `Hi Tomás,

Here is the summary:
  Surviving account: ${TOMAS.keepId} (${TOMAS.keep})
  Account to be retired: ${TOMAS.srcId} (${TOMAS.src})

Can you let us know whether you approve? After your OK we'll submit it, and it can't be undone.

Aisha

${outlookEn(`${TOMAS.name} <${TOMAS.keep}>`, '2026-07-05 21:15', SUPPORT_BARE, `RE: ${formSubject(CASE.tomas)}`, `Login ${TOMAS.keep} / ${TOMAS.src}, notifications the same, Skill Builder ${TOMAS.keep}.`)}`,
    html: htmlDoc(`<p>Hi Tomás,</p><p>Here is the summary:<br>Surviving account: ${TOMAS.keepId} (${TOMAS.keep})<br>Account to be retired: ${TOMAS.srcId} (${TOMAS.src})</p>
<p>Can you let us know whether you approve? After your OK we'll submit it, and it can't be undone.</p><p>Aisha</p>
<div id="divRplyFwdMsg"><hr><b>From:</b> ${TOMAS.name} &lt;${TOMAS.keep}&gt;<br><b>Sent:</b> Sunday, July 5, 2026 9:15 PM<br><b>Subject:</b> RE: ${formSubject(CASE.tomas)}</div>
<div>Login ${TOMAS.keep} / ${TOMAS.src}, notifications the same, Skill Builder ${TOMAS.keep}.</div>`),
  }),
  mk({
    slug: 'en-conf-one-last-step', kind: 'confirmation_request', lang: 'en', caseId: CASE.dan2,
    note: 'after the info exchange, asks for a "Yes, merge" reply',
    from: SUPPORT, to: DAN.keep, subject: formSubject(CASE.dan2), date: U('2026-02-16 09:44:21'),
    auth: 'pass', enc: 'utf8b64',
    text: `Hi Daniel,

Thanks for writing in from your personal address - that's all we needed.
One last step: the merge can't be rolled back, so we need your explicit go-ahead. If you're happy for ${DAN_THIRD_ID} to be merged into ${DAN.keepId}, just reply "Yes, merge".

Best,
Priyanka`,
  }),
  mk({
    slug: 'en-conf-lookalike-authserv', kind: 'confirmation_request', lang: 'en', caseId: CASE.lena, trusted: false,
    note: 'consent request authenticated only by a look-alike authserv-id: untrusted',
    from: SUPPORT, to: LENA.keep, subject: formSubject(CASE.lena), date: U('2026-06-11 06:00:00'),
    auth: 'lookalikeServer', enc: 'ascii7',
    text: `Hello,

Please reply to confirm that we may merge your two certification accounts. This action is irreversible.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-conf-freemail-display', kind: 'confirmation_request', lang: 'en', caseId: CASE.dan, trusted: false,
    note: 'trusted display name on a free-mail address: untrusted',
    from: 'AWS Training and Certification <aws.training.certification.team@gmail.com>', to: DAN.keep, subject: formSubject(CASE.dan), date: U('2026-01-22 11:30:00'),
    auth: 'pass', enc: 'ascii7', relay: 'mail-sor-f41.google.com',
    text: `Hello Daniel,

To finish the merge please reply "I agree" within 24 hours. Merges are final.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-conf-team-list', kind: 'confirmation_request', lang: 'en', caseId: CASE.jordan, forUser: false,
    note: 'consent request for someone else\'s case, addressed to another person',
    from: SUPPORT, to: `${OTHER_EN.name} <${OTHER_EN.addr}>`, subject: formSubject(CASE.jordan), date: U('2026-02-16 10:02:00'),
    auth: 'pass', enc: 'utf8qp',
    text: `Hi Jordan,

We're ready to merge your two certification accounts. Since this can't be reversed, please reply to let us know you're OK with it.

Thanks,
Priyanka`,
  }),
  mk({
    slug: 'en-conf-short-lf', kind: 'confirmation_request', lang: 'en', caseId: CASE.lenaDup,
    note: 'short consent request, LF line ends',
    from: SUPPORT, to: LENA.keep, subject: formSubject(CASE.lenaDup), date: U('2026-06-11 05:31:00'),
    auth: 'pass', enc: 'ascii7', crlf: false,
    text: `Lena - just reply "yes" if you want us to merge the two accounts into ${LENA.keepId}. There is no undo.

Mateo`,
  }),

  // ---------------- merge_completed ----------------
  mk({
    slug: 'en-merge-now-merged', kind: 'merge_completed', lang: 'en', caseId: CASE.dan,
    note: 'support says the accounts have been merged',
    from: SUPPORT, to: DAN.keep, subject: formSubject(CASE.dan), date: U('2026-01-26 15:40:02'),
    auth: 'pass', enc: 'ascii7',
    text: `Hello Daniel,

Your accounts have now been merged. Everything from ${DAN.srcId} now lives under ${DAN.keepId}, and you can sign in with ${DAN.keep}.

Kind regards,
Priyanka

${gmailEn('2026-01-22 19:05', DAN.name, DAN.keep)}
> Please go ahead.`,
  }),
  mk({
    slug: 'en-merge-consolidated-four', kind: 'merge_completed', lang: 'en', caseId: CASE.lena,
    note: 'agent consolidated the records; lists the certifications now visible',
    from: SUPPORT, to: LENA.keep, subject: formSubject(CASE.lena), date: U('2026-06-15 08:08:08'),
    auth: 'pass', enc: 'utf8qp',
    text: `Hi Lena,

I've consolidated ${LENA.srcId} into ${LENA.keepId}. You should now see both certifications on your profile:
 • AWS Certified Solutions Architect – Associate
 • AWS Certified Developer – Associate

Let me know if anything looks off.
Mateo`,
  }),
  mk({
    slug: 'en-merge-done-claim-badges', kind: 'merge_completed', lang: 'en', caseId: CASE.tomas,
    note: 'merge done; badges still need to be claimed separately',
    from: SUPPORT, to: TOMAS.keep, subject: formSubject(CASE.tomas), date: U('2026-07-08 18:22:41'),
    auth: 'pass', enc: 'utf8qp',
    text: `Hi Tomás,

The merge is done. One thing though: Credly badges are handled separately, so your badges from the agency account may take a few days to show, or you may need to claim them again from Credly's email.

Aisha`,
    html: htmlDoc(paras(`Hi Tomás,

The merge is done. One thing though: Credly badges are handled separately, so your badges from the agency account may take a few days to show, or you may need to claim them again from Credly's email.

Aisha`)),
  }),
  mk({
    slug: 'en-merge-portal-html', kind: 'merge_completed', lang: 'en',
    note: 'certification portal notice that accounts were merged, no case ID',
    from: PORTAL, to: LENA.keep, subject: 'Your AWS Certification accounts have been merged', date: U('2026-06-15 07:59:30'),
    auth: 'pass', enc: 'utf8b64',
    html: htmlDoc(`<h2 style="color:#232f3e">Account merge complete</h2>
<p>Hello Lena Fischer,</p>
<p>The AWS Certification accounts you asked about have been merged. Your certifications, exam history and benefits are now available in this account.</p>
<p><a href="https://aws.training/certification">Go to AWS Certification</a></p>`),
  }),
  mk({
    slug: 'en-merge-corrects-pending', kind: 'merge_completed', lang: 'en', caseId: CASE.dan,
    note: 'agent corrects an earlier "pending" message: the merge completed yesterday',
    from: SUPPORT, to: DAN.keep, subject: formSubject(CASE.dan), date: U('2026-01-27 09:12:55'),
    auth: 'pass', enc: 'utf8b64',
    text: `Hi Daniel,

Apologies for my previous email, which said the request was still pending with our back-end team. That was wrong: the merge actually completed yesterday afternoon, and both records are already combined under ${DAN.keepId}.

Sorry for the confusion,
Priyanka`,
  }),
  mk({
    slug: 'en-merge-lookalike-domain', kind: 'merge_completed', lang: 'en', caseId: CASE.tomas, trusted: false,
    note: 'completion notice from a look-alike domain: untrusted',
    from: 'AWS Training and Certification <support@aws-training.support>', to: TOMAS.keep, subject: formSubject(CASE.tomas), date: U('2026-07-07 02:00:00'),
    auth: 'pass', enc: 'ascii7',
    text: `Hello,

Your certification accounts were merged successfully. Sign in here to review: https://aws-training.support/login

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-merge-closing-lf', kind: 'merge_completed', lang: 'en', caseId: CASE.lenaDup,
    note: 'merged as requested, case will now be closed; LF line ends',
    from: SUPPORT, to: LENA.keep, subject: formSubject(CASE.lenaDup), date: U('2026-06-15 08:10:00'),
    auth: 'pass', enc: 'ascii7', crlf: false,
    text: `Hi Lena,

Merged as requested. I'll close this case now; reply if you need anything else.

Mateo`,
  }),
  mk({
    slug: 'en-merge-good-news-transcript', kind: 'merge_completed', lang: 'en', caseId: CASE.dan2,
    note: 'records combined; transcript now lists both exams; voucher handled separately',
    from: SUPPORT, to: DAN.keep, subject: formSubject(CASE.dan2), date: U('2026-02-18 13:37:00'),
    auth: 'pass', enc: 'utf8qp',
    text: `Good news, Daniel: the 2019 record (${DAN_THIRD_ID}) is now combined with ${DAN.keepId}. Your transcript now also lists the old Cloud Practitioner exam.

The 50% voucher from that older account hasn't shown up yet; I've asked the benefits team to look at it and will update you here.

Priyanka`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'en-badge-credly-accept', kind: 'badges_transferred', lang: 'en',
    note: 'AWS badge issued via Credly to the kept address ("Accept your badge")',
    from: CREDLY_AWS, to: DAN.keep, subject: 'Amazon Web Services Training and Certification has issued you a new badge', date: U('2026-01-28 22:14:03'),
    auth: 'pass', enc: 'utf8qp',
    text: `Hi Daniel,

Amazon Web Services Training and Certification has issued you the AWS Certified DevOps Engineer – Professional badge.

Accept your badge: https://www.credly.com/badges/7c10d4b2-92aa-4e16-b3f0-0f5e9a8c1d77

The Credly Team`,
    html: htmlDoc(`<p>Hi Daniel,</p>
<p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified DevOps Engineer – Professional</b> badge.</p>
<p><a href="https://www.credly.com/badges/7c10d4b2-92aa-4e16-b3f0-0f5e9a8c1d77" style="background:#ff6b00;color:#fff;padding:10px 16px;text-decoration:none">Accept your badge</a></p>
<p>The Credly Team</p>`),
  }),
  mk({
    slug: 'en-badge-credly-two-html', kind: 'badges_transferred', lang: 'en',
    note: 'Credly: two AWS badges issued to the kept address (HTML only)',
    from: CREDLY_AWS, to: LENA.keep, subject: 'You have 2 new badges from Amazon Web Services Training and Certification', date: U('2026-06-17 03:03:03'),
    auth: 'pass', enc: 'utf8b64',
    html: htmlDoc(`<p>Congratulations, Lena!</p>
<p>Amazon Web Services Training and Certification issued you 2 badges:</p>
<ol><li>AWS Certified Solutions Architect – Associate</li><li>AWS Certified Developer – Associate</li></ol>
<p><a href="https://www.credly.com/earner/earned">Accept your badges</a></p>`),
  }),
  mk({
    slug: 'en-badge-support-remaining-two', kind: 'badges_transferred', lang: 'en', caseId: CASE.dan,
    note: 'support says the remaining two badges now show on the kept Credly profile',
    from: SUPPORT, to: DAN.keep, subject: formSubject(CASE.dan), date: U('2026-01-29 10:10:10'),
    auth: 'pass', enc: 'ascii7',
    text: `Hi Daniel,

Following up on your badge question: the remaining two badges (Cloud Practitioner and SysOps Administrator) have been moved and now appear on the Credly profile linked to ${DAN.keep}.

Kind regards,
Priyanka

-----Original Message-----
From: ${DAN.name} <${DAN.keep}>
Sent: Wednesday, January 28, 2026 11:02 PM
To: ${SUPPORT_BARE}
Subject: RE: ${formSubject(CASE.dan)}

Thanks! Only one badge came across to Credly, the other two are missing.`,
  }),
  mk({
    slug: 'en-badge-support-reissued', kind: 'badges_transferred', lang: 'en', caseId: CASE.tomas,
    note: 'support re-issued the badges to the surviving address',
    from: SUPPORT, to: TOMAS.keep, subject: formSubject(CASE.tomas), date: U('2026-07-10 15:00:31'),
    auth: 'pass', enc: 'utf8qp',
    text: `Hi Tomás,

We've had Credly re-issue your three AWS badges to ${TOMAS.keep}. You should have an email from Credly for each one - accept them and they'll show on your profile.

Aisha`,
  }),
  mk({
    slug: 'en-badge-credly-misaligned', kind: 'badges_transferred', lang: 'en', trusted: false,
    note: 'Credly-looking badge mail whose DKIM domain is unrelated; dmarc=fail',
    from: CREDLY_AWS, to: LENA.keep, subject: 'Accept your new badge', date: U('2026-06-17 04:00:00'),
    auth: 'misaligned', enc: 'ascii7',
    text: `Amazon Web Services Training and Certification issued you a badge.
Accept your badge: https://www.credly.com/badges/0000`,
  }),
  mk({
    slug: 'en-badge-credly-other-person', kind: 'badges_transferred', lang: 'en', forUser: false,
    note: 'AWS Credly badge addressed to another person',
    from: CREDLY_AWS, to: OTHER_EN.addr, subject: 'Amazon Web Services Training and Certification has issued you a new badge', date: U('2026-02-20 19:19:19'),
    auth: 'pass', enc: 'utf8qp',
    text: `Hi Jordan,

Amazon Web Services Training and Certification has issued you the AWS Certified Solutions Architect – Associate badge.
Accept your badge: https://www.credly.com/badges/ab12`,
  }),
  mk({
    slug: 'en-badge-support-moved-close', kind: 'badges_transferred', lang: 'en', caseId: CASE.lena,
    note: 'support announces the badges moved and closes the case',
    from: SUPPORT, to: LENA.keep, subject: formSubject(CASE.lena), date: U('2026-06-17 09:45:12'),
    auth: 'pass', enc: 'utf8b64',
    text: `Hi Lena,

Both badges have now been transferred to your Credly account under ${LENA.keep}, so everything is in one place. As that was the last open item, I'm closing this case.

All the best,
Mateo

${outlookEn(`${LENA.name} <${LENA.keep}>`, '2026-06-16 08:30', SUPPORT_BARE, `RE: ${formSubject(CASE.lena)}`, 'Certifications look right now, but Credly still shows the SAA badge on the old university account.')}`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'en-closed-notify-resolved', kind: 'case_closed', lang: 'en', caseId: CASE.dan,
    note: 'AWS Support notification: case resolved',
    from: AWS_NOTIFY, to: DAN.keep, subject: `Your support case ${CASE.dan} has been resolved`, date: U('2026-02-02 00:00:15'),
    auth: 'pass', enc: 'ascii7',
    text: `Dear Customer,

Support case ${CASE.dan} has been marked as resolved.
If you need further assistance, you can reopen the case from the Support Center.

Amazon Web Services`,
  }),
  mk({
    slug: 'en-closed-72h', kind: 'case_closed', lang: 'en', caseId: CASE.tomas,
    note: 'no reply yet: case will auto-close in 72 hours',
    from: SUPPORT, to: TOMAS.keep, subject: formSubject(CASE.tomas), date: U('2026-07-13 12:00:00'),
    auth: 'pass', enc: 'utf8qp',
    text: `Hello Tomás,

We haven't heard back from you. If we don't receive a reply within the next 72 hours, this case will close automatically.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-closed-as-merged-earlier', kind: 'case_closed', lang: 'en', caseId: CASE.dan2, trap: true,
    note: 'closing notice restating a merge done earlier',
    from: SUPPORT, to: DAN.keep, subject: formSubject(CASE.dan2), date: U('2026-02-25 16:00:00'),
    auth: 'pass', enc: 'utf8qp',
    text: `Hi Daniel,

As your accounts were merged on 18 February and the voucher now shows on your profile, I'll mark this case as resolved.

Priyanka`,
    html: htmlDoc(paras(`Hi Daniel,

As your accounts were merged on 18 February and the voucher now shows on your profile, I'll mark this case as resolved.

Priyanka`)),
  }),
  mk({
    slug: 'en-closed-reopen-14days-lf', kind: 'case_closed', lang: 'en', caseId: CASE.lena,
    note: 'case closed as resolved; reply within 14 days to reopen (LF)',
    from: SUPPORT, to: LENA.keep, subject: formSubject(CASE.lena), date: U('2026-06-24 00:00:09'),
    auth: 'pass', enc: 'ascii7', crlf: false,
    text: `Hello,

This case has been closed as resolved. If you need anything else, reply within 14 days and it will reopen.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-closed-fail-then-forged', kind: 'case_closed', lang: 'en', caseId: CASE.tomas, trusted: false,
    note: 'top verdict fails, a planted pass sits lower: untrusted',
    from: AWS_NOTIFY, to: TOMAS.keep, subject: `Case ${CASE.tomas} resolved`, date: U('2026-07-16 00:00:00'),
    auth: 'failThenForged', enc: 'ascii7',
    text: `Your case ${CASE.tomas} has been resolved and closed.

Amazon Web Services`,
  }),
  mk({
    slug: 'en-closed-html-notice', kind: 'case_closed', lang: 'en', caseId: CASE.tomas,
    note: 'HTML-only notification that the case was closed',
    from: AWS_NOTIFY, to: TOMAS.keep, subject: `AWS Support: case ${CASE.tomas} closed`, date: U('2026-07-16 12:05:44'),
    auth: 'pass', enc: 'utf8b64',
    html: htmlDoc(`<table width="100%"><tr><td>
<p><b>Case closed</b></p>
<p>Case ID: ${CASE.tomas}<br>Status: Resolved</p>
<p>We closed this case because there was no further activity. You can reopen it from the Support Center within 14 days.</p>
</td></tr></table>`),
  }),
  mk({
    slug: 'en-closed-duplicate-case', kind: 'case_closed', lang: 'en', caseId: CASE.lenaDup, trap: true,
    note: 'duplicate support case closed in favour of the original; not an account merge',
    from: SUPPORT, to: LENA.keep, subject: formSubject(CASE.lenaDup), date: U('2026-06-09 07:50:00'),
    auth: 'pass', enc: 'ascii7',
    text: `Hello Lena,

This case duplicates case ${CASE.lena}, so we have merged the two cases and closed this one. We'll continue on ${CASE.lena}.

AWS Training and Certification`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'en-reply-thanks-backend', kind: 'support_reply', lang: 'en', caseId: CASE.dan, trap: true,
    note: 'thanks for confirming, passed to the back-end team',
    from: SUPPORT, to: DAN.keep, subject: formSubject(CASE.dan), date: U('2026-01-23 08:00:41'),
    auth: 'pass', enc: 'ascii7',
    text: `Hello Daniel,

Thank you for confirming. I've passed your request to our back-end team; this usually takes 3-5 business days.

Kind regards,
Priyanka`,
  }),
  mk({
    slug: 'en-reply-once-complete', kind: 'support_reply', lang: 'en', caseId: CASE.lena, trap: true,
    note: 'future: "once the merge is complete you will get an email"',
    from: SUPPORT, to: LENA.keep, subject: formSubject(CASE.lena), date: U('2026-06-12 10:10:10'),
    auth: 'pass', enc: 'utf8qp',
    text: `Hi Lena,

Thanks, we have everything we need. Once the merge is complete you'll receive an email from us, and your badges can then be claimed on Credly.

Mateo`,
  }),
  mk({
    slug: 'en-reply-dup-cases-merged', kind: 'support_reply', lang: 'en', caseId: CASE.tomas, trap: true,
    note: 'support merged duplicate cases, not the accounts',
    from: SUPPORT, to: TOMAS.keep, subject: formSubject(CASE.tomas), date: U('2026-07-03 08:00:00'),
    auth: 'pass', enc: 'ascii7',
    text: `Hello,

We noticed you opened two cases about the same request, so we merged the duplicate cases into one. We'll keep working on case ${CASE.tomas}; there's nothing you need to do.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-reply-exam-next-week', kind: 'support_reply', lang: 'en', caseId: CASE.lena,
    note: 'answers a question about a scheduled exam; pauses the request',
    from: SUPPORT, to: LENA.keep, subject: formSubject(CASE.lena), date: U('2026-06-10 14:20:37'),
    auth: 'pass', enc: 'utf8qp',
    text: `Hi Lena,

Your exam on 14 June isn't affected by this request. To be on the safe side we'll hold off until you've sat it, then pick things up again on this case.

Good luck!
Mateo

${gmailEn('2026-06-10 13:58', LENA.name, LENA.keep)}
> I have the Security Specialty booked for next week - is that a problem?`,
  }),
  mk({
    slug: 'en-reply-voucher-followup', kind: 'support_reply', lang: 'en', caseId: CASE.dan2, trap: true,
    note: 'status on the missing voucher after the merge; no new merge event',
    from: SUPPORT, to: DAN.keep, subject: formSubject(CASE.dan2), date: U('2026-02-20 11:30:00'),
    auth: 'pass', enc: 'utf8qp',
    text: `Hi Daniel,

Quick update on the voucher that didn't carry over with the merge: the benefits team has it and expects to restore it within two business days. I'll keep this case open until it shows up.

Priyanka`,
  }),
  mk({
    slug: 'en-reply-retry-tool', kind: 'support_reply', lang: 'en', caseId: CASE.tomas,
    note: 'agent asks to retry the self-service tool since one account has no certs',
    from: SUPPORT, to: TOMAS.keep, subject: formSubject(CASE.tomas), date: U('2026-07-03 09:15:00'),
    auth: 'pass', enc: 'utf8b64',
    text: `Hi Tomás,

Looking at the two accounts, the agency one has no certification history at all. That means the self-service Merge Accounts tool should work for you - could you give it another try from ${TOMAS.keep} and let us know how it goes?

Aisha`,
  }),
  mk({
    slug: 'en-reply-write-from-primary', kind: 'support_reply', lang: 'en', caseId: CASE.dan2, trap: true,
    note: '"please write to us from the address you keep" without asking for data',
    from: SUPPORT, to: DAN.src, subject: formSubject(CASE.dan2), date: U('2026-02-15 07:30:00'),
    auth: 'pass', enc: 'utf8b64',
    text: `Hello,

We can only continue this request when it comes from the address of the account you plan to keep. Please write to us from that address and we'll take it from there.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-reply-lookalike-status', kind: 'support_reply', lang: 'en', caseId: CASE.dan, trusted: false,
    note: 'status update from a look-alike domain: untrusted',
    from: 'AWS Certification Support <cases@amazon-aws-support.net>', to: DAN.keep, subject: formSubject(CASE.dan), date: U('2026-01-24 12:00:00'),
    auth: 'pass', enc: 'utf8qp',
    text: `Hi Daniel,

Your request is in progress with our engineers. We will update you shortly.

AWS Certification Support`,
    html: htmlDoc(paras(`Hi Daniel,

Your request is in progress with our engineers. We will update you shortly.

AWS Certification Support`)),
  }),
  mk({
    slug: 'en-reply-to-helpdesk', kind: 'support_reply', lang: 'en', caseId: CASE.jordan, forUser: false,
    note: 'status note for another person\'s case, addressed only to them',
    from: SUPPORT, to: OTHER_EN.addr, subject: formSubject(CASE.jordan), date: U('2026-02-17 08:08:00'),
    auth: 'pass', enc: 'ascii7',
    text: `Hi Jordan,

Just letting you know we're still working on this and will update you as soon as we can.

Priyanka`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'en-unrel-csat', kind: 'unrelated', lang: 'en', caseId: CASE.dan, trap: true,
    note: 'CSAT survey: "was your issue resolved?"',
    from: AWS_NOTIFY, to: DAN.keep, subject: 'How did we do? Tell us about your recent case', date: U('2026-02-02 03:00:00'),
    auth: 'pass', enc: 'ascii7',
    text: `Hello,

Recently you contacted AWS about case ${CASE.dan}. Was your issue resolved?
Please take a minute to answer our short survey: https://survey.example.amazon.com/c/${CASE.dan}

Thank you,
Amazon Web Services`,
  }),
  mk({
    slug: 'en-unrel-hashicorp-credly', kind: 'unrelated', lang: 'en', trap: true,
    note: 'HashiCorp badge via Credly, not AWS',
    from: 'HashiCorp via Credly <admin@credly.com>', to: LENA.keep, subject: 'HashiCorp has issued you a new badge', date: U('2026-06-20 15:15:00'),
    auth: 'pass', enc: 'utf8qp',
    text: `Hi Lena,

HashiCorp has issued you the HashiCorp Certified: Terraform Associate (003) badge.
Accept your badge: https://www.credly.com/badges/hc-77`,
    html: htmlDoc(`<p>Hi Lena,</p><p>HashiCorp has issued you the <b>HashiCorp Certified: Terraform Associate (003)</b> badge.</p><p><a href="https://www.credly.com/badges/hc-77">Accept your badge</a></p>`),
  }),
  mk({
    slug: 'en-unrel-credly-merge-code', kind: 'unrelated', lang: 'en', trap: true,
    note: 'Credly\'s own account-merge code mail',
    from: 'Credly <admin@credly.com>', to: DAN.src, subject: 'Complete your Credly account merge', date: U('2026-01-30 08:40:00'),
    auth: 'pass', enc: 'ascii7',
    text: `Someone asked to merge this Credly account into another one.

Your verification code: 771 204
Or click "Complete Account Merge" below.

If you didn't request this, you can ignore this email.`,
  }),
  mk({
    slug: 'en-unrel-reinvent-confirm', kind: 'unrelated', lang: 'en', trap: true,
    note: 'event registration confirmation (re:Invent), not about the case',
    from: 'AWS re:Invent <reinvent-registration@amazon.com>', to: TOMAS.keep, subject: 'Registration confirmed: AWS re:Invent 2026', date: U('2026-08-01 17:00:00'),
    auth: 'pass', enc: 'utf8qp',
    text: `Hi Tomás,

Your registration is confirmed. AWS Certified attendees get access to the Certification Lounge - bring your digital badge!

See you in Las Vegas,
The AWS re:Invent team`,
  }),
  mk({
    slug: 'en-unrel-exam-results', kind: 'unrelated', lang: 'en', trap: true,
    note: 'exam results available notice',
    from: PORTAL, to: LENA.keep, subject: 'Your AWS Certification exam results are available', date: U('2026-06-16 02:22:22'),
    auth: 'pass', enc: 'ascii7',
    text: `Hello Lena Fischer,

Your result for AWS Certified Security - Specialty is now available. Sign in to your certification account and open Exam History to view it.

AWS Certification`,
  }),
  mk({
    slug: 'en-unrel-own-reply-agree', kind: 'unrelated', lang: 'en', caseId: CASE.dan, trusted: false, trap: true,
    note: 'the user\'s own consent reply, bcc copy in their inbox',
    from: `${DAN.name} <${DAN.keep}>`, to: SUPPORT_BARE, subject: `RE: ${formSubject(CASE.dan)}`, date: P('2026-01-22 12:05:00'),
    auth: 'pass', enc: 'ascii7', relay: 'smtp.example.com', deliveredTo: DAN.keep,
    text: `Hi Priyanka,

Yes, I confirm - please merge ${DAN.srcId} into ${DAN.keepId}.

Thanks,
Dan

Sent from my iPhone`,
  }),
  mk({
    slug: 'en-unrel-ooo-colleague', kind: 'unrelated', lang: 'en', caseId: CASE.dan, trusted: false, trap: true,
    note: 'out-of-office reply from the old employer\'s colleague',
    from: 'Sam Rivera <sam.rivera@contoso.example>', to: DAN.src, subject: `Automatic reply: RE: ${formSubject(CASE.dan)}`, date: U('2026-01-20 11:21:00'),
    auth: 'pass', enc: 'ascii7', extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    text: `Thanks for your message. I'm out of the office until Monday with limited access to email.
For anything about account access or merges, please contact it-support@contoso.example.`,
  }),
  mk({
    slug: 'en-unrel-microsoft-learn-merge', kind: 'unrelated', lang: 'en', trusted: false, trap: true,
    note: 'Microsoft Learn profile merge notice, not AWS',
    from: 'Microsoft Learn <learn@microsoft.com>', to: LENA.keep, subject: 'Your Microsoft Learn profiles have been merged', date: U('2026-06-21 10:00:00'),
    auth: 'pass', enc: 'utf8qp',
    text: `Hello Lena,

Your Microsoft Learn profiles have been merged. Your achievements and certifications now appear on one profile.

Microsoft Learn`,
  }),
  mk({
    slug: 'en-unrel-team-list-newsletter', kind: 'unrelated', lang: 'en', trusted: false, forUser: false,
    note: 'internal team newsletter to a list the user is not on',
    from: 'Cloud CoE <cloud-coe@agency.example.com>', to: 'all-engineers@agency.example.com', subject: 'Cloud CoE weekly: cert vouchers and study groups', date: P('2026-07-06 09:00:00'),
    auth: 'pass', enc: 'ascii7',
    text: `Hi all,

Reminder: if you hold an AWS cert through the agency, make sure your certification account uses an address you'll keep. Study group for SAP-C02 starts Thursday.

Cloud CoE`,
  }),
  mk({
    slug: 'en-unrel-skillbuilder-completed', kind: 'unrelated', lang: 'en', trap: true,
    note: 'Skill Builder course completion notice',
    from: 'AWS Skill Builder <no-reply@aws.training>', to: TOMAS.keep, subject: 'Congratulations! You completed "Exam Prep: AWS Certified Solutions Architect - Associate"', date: U('2026-07-20 21:00:00'),
    auth: 'pass', enc: 'utf8b64',
    text: `Hi Tomás,

You've completed the course. Your certificate of completion is ready in My Learning.

AWS Skill Builder`,
  }),
];
