// English messages (AWS/Credly mail itself, plus the English side of the partner desks).
import type { Msg } from './lib.js';
import {
  AWS_FOOT_EN, AWS_SIG_EN, CASE, CREDLY_AWS, DANIEL, FORM, FORM_BARE, MINATO_PS, NOREPLY, PORTAL, SIG_TAKUMI_CORP, SOFIA, SORA, SUPPORT_NOTIFY, TAKUMI,
  formSubj, gmailEn, gmailFwd, htmlDoc, mk, outlookEn, paras, pst, quote, sfHist, sfRef, utc,
} from './common.js';

const sofiaReq = `Hi,
I have two AWS Certification profiles: ${SOFIA.srcId} (${SOFIA.src}, my previous employer) and
${SOFIA.keepId} (${SOFIA.keep}). Please combine them into the personal one.
Sofia Lindqvist`;

const danielReq = `Hello AWS team,
My employer's reseller (Soralink) suggested I write to you directly. I hold certifications under
${DANIEL.src} (${DANIEL.srcId}) and ${DANIEL.keep} (${DANIEL.keepId}) and want a single profile.
Daniel`;

export const EN: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'en-ack-sofia-plain',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.sofia,
    note: 'plain automatic receipt with the case number in subject and body',
    from: FORM,
    to: SOFIA.keep,
    subject: `[CASE ${CASE.sofia}] We received your request`,
    date: utc('2026-02-02 09:12:40'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello Sofia,

This is an automated message to let you know that your request reached AWS Training and
Certification Customer Support. Case number: ${CASE.sofia}.

An agent normally answers within one business day. Replying to this email adds information to
the same case; please avoid opening a new one for the same request.

${AWS_FOOT_EN}`,
  }),
  mk({
    slug: 'en-ack-daniel-html',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.daniel,
    note: 'multipart AWS Support "case created" notification',
    from: SUPPORT_NOTIFY,
    to: DANIEL.keep,
    subject: `AWS Support case ${CASE.daniel} created`,
    date: utc('2026-02-11 00:05:31'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Case ID: ${CASE.daniel}
Subject: Combine two certification profiles
Category: AWS Training and Certification

We will reply to ${DANIEL.keep}. You can view the case in the Support Center.`,
    html: htmlDoc(`<table cellpadding="5"><tr><td><b>Case ID</b></td><td>${CASE.daniel}</td></tr>
<tr><td><b>Subject</b></td><td>Combine two certification profiles</td></tr>
<tr><td><b>Category</b></td><td>AWS Training and Certification</td></tr></table>
<p>We will reply to ${DANIEL.keep}. You can view the case in the Support Center.</p>`, 'en'),
  }),
  mk({
    slug: 'en-ack-form-fields',
    kind: 'acknowledgement',
    lang: 'en',
    trap: false,
    caseId: CASE.daniel2,
    note: 'receipt that echoes the submitted form fields (name, company, candidate ID)',
    from: FORM,
    to: DANIEL.src,
    subject: `Your submission to AWS Training and Certification (Case ${CASE.daniel2})`,
    date: utc('2026-02-10 23:58:02'),
    auth: 'dkimonly',
    enc: 'utf8b64',
    text: `Submission summary
------------------
Case:          ${CASE.daniel2}
Name:          Daniel Osei
Company:       Tokyo Branch KK
Candidate ID:  ${DANIEL.srcId}
Topic:         Certification > Account assistance

Your submission was logged. Expect a response within 24 hours.
${sfRef('Dn10Ak')}`,
  }),
  mk({
    slug: 'en-ack-forged-below',
    kind: 'acknowledgement',
    lang: 'en',
    trusted: false,
    caseId: '1782290034',
    note: 'receipt whose dmarc=pass A-R sits below the server\'s Received line (forged)',
    from: NOREPLY,
    to: SOFIA.src,
    subject: 'Case 1782290034 received',
    date: utc('2026-02-03 04:44:04'),
    auth: 'forgedBelow',
    enc: 'ascii7',
    text: `Your case 1782290034 has been received. To keep it open, confirm your identity at
https://aws-case-center.example.info/id within 12 hours.`,
  }),
  mk({
    slug: 'en-ack-partner-en-summary',
    kind: 'acknowledgement',
    lang: 'en',
    trusted: false,
    caseId: CASE.daniel,
    note: 'reseller desk forwards the receipt to an English-speaking employee with an English note; untrusted partner sender',
    from: SORA,
    to: DANIEL.src,
    subject: `FW: AWS Support case ${CASE.daniel} created`,
    date: utc('2026-02-11 01:30:10'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Dear Mr. Osei,

This is Miyashita from the Soralink partner support desk.
AWS has logged your request under case ${CASE.daniel}; the message below is only their automatic
receipt, no agent has answered yet. We will forward the reply as soon as it arrives.

Best regards,
Saki Miyashita / Soralink Partner Support Desk

${gmailFwd('2026-02-11 09:05', SUPPORT_NOTIFY, 'aws-desk@soralink.example.co.jp', `AWS Support case ${CASE.daniel} created`, false)}

Case ID: ${CASE.daniel}
Subject: Combine two certification profiles`,
  }),
  mk({
    slug: 'en-ack-body-only',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: '17745188230',
    note: 'receipt with a generic subject; case number only in the body',
    from: FORM,
    to: SOFIA.keep,
    subject: 'Thanks for contacting AWS Training and Certification',
    date: utc('2026-02-05 15:20:20'),
    auth: 'pass',
    enc: 'ascii7',
    text: `We got your message (reference 17745188230) and queued it for our certification team.
You will hear from a person soon. There is nothing you need to do right now.

-- AWS Training and Certification (automated)`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'en-ai-merge-tool',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    note: 'generated answer recommending the Merge Accounts tool',
    from: NOREPLY,
    to: SOFIA.keep,
    subject: 'Suggested answer: combining AWS Certification accounts',
    date: utc('2026-02-02 09:01:00'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Here is an AI-generated answer to your question.

If you have two AWS Certification accounts, sign in to the one you want to keep, go to
Profile and choose "Merge Accounts". Enter the credentials of the other account to bring its
history across. If this does not solve your issue, select "Create case" to contact an agent.

Generative AI may make mistakes.`,
  }),
  mk({
    slug: 'en-ai-html',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    note: 'HTML AI answer with feedback links',
    from: NOREPLY,
    to: DANIEL.keep,
    subject: 'Amazon Q answered your question',
    date: utc('2026-02-10 23:50:00'),
    auth: 'pass',
    enc: 'utf8qp',
    html: htmlDoc(paras(`Amazon Q found this answer for "two certification profiles":

You can often combine profiles yourself. In the certification portal, open your profile menu and pick Merge Accounts. The tool cannot be used when both profiles already hold certifications; in that case an agent has to help.

Did this answer your question? Yes / No`), 'en'),
  }),
  mk({
    slug: 'en-ai-after-merge-trap',
    kind: 'ai_answer',
    lang: 'en',
    trap: true,
    caseId: null,
    note: 'automated answer explaining that badges and benefits follow after a merge is completed',
    from: NOREPLY,
    to: SOFIA.src,
    subject: 'Automated answer: what happens when accounts are merged',
    date: utc('2026-02-02 08:58:14'),
    auth: 'dkimonly',
    enc: 'ascii7',
    text: `This response was generated automatically.

When a merge is completed, certifications, exam history and benefits from the merged account
appear on the account you keep. Credly badges can then be claimed with the kept email address.
Merges are permanent, so choose the account to keep carefully.

Still need help? Create a case.`,
  }),
  mk({
    slug: 'en-ai-misaligned',
    kind: 'ai_answer',
    lang: 'en',
    trusted: false,
    caseId: null,
    note: 'AI-answer look, but DKIM from an unrelated bulk domain and dmarc=fail',
    from: NOREPLY,
    to: DANIEL.src,
    subject: 'Your AI assistant answer',
    date: utc('2026-02-12 12:12:12'),
    auth: 'misaligned',
    enc: 'utf8qp',
    text: `Our assistant suggests using the Merge Accounts tool. Start here: https://aws-merge-tool.example.biz/start`,
  }),
  mk({
    slug: 'en-ai-steps',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    note: 'step list produced by the assistant before a case exists',
    from: NOREPLY,
    to: DANIEL.keep,
    subject: 'Answer from the AWS support assistant',
    date: utc('2026-02-10 23:40:09'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `The assistant prepared these steps:

1) Sign in with the email you want to keep.
2) Open Profile > Merge Accounts.
3) Enter the other account's sign-in details and submit.

Answers are generated by AI and may not fit every situation. You can still open a case.`,
  }),
  mk({
    slug: 'en-ai-helpful-survey-footer',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    note: 'short AI suggestion with a "was this helpful" footer (not a survey about a case)',
    from: NOREPLY,
    to: SOFIA.keep,
    subject: 'Try this first: Merge Accounts',
    date: utc('2026-02-05 15:10:44'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Based on your description, the self-service Merge Accounts option in the certification portal
may resolve this without an agent. (Automated suggestion.)

Was this helpful? https://support.aws.amazon.com/feedback`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'en-info-sofia-ids',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.sofia,
    note: 'asks for both candidate IDs and emails, Salesforce history below',
    from: FORM,
    to: SOFIA.keep,
    subject: formSubj(CASE.sofia),
    date: utc('2026-02-03 10:02:51'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello Sofia,

Thanks for reaching out. To find both records, I need a bit more from you: the sign-in email
for each profile and, if you have them, the AWS Candidate IDs. The IDs in your message don't
match our records for ${SOFIA.src}.

${AWS_SIG_EN('Marcus')}

${sfRef('So03In')}

${sfHist(`Sofia Lindqvist <${SOFIA.keep}>`, '2026-02-02 09:12', FORM_BARE, 'Two certification profiles', sofiaReq)}`,
  }),
  mk({
    slug: 'en-info-keep-which',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.daniel,
    note: 'asks which profile stays, without "please"',
    from: FORM,
    to: DANIEL.keep,
    subject: formSubj(CASE.daniel),
    date: utc('2026-02-12 02:33:16'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Daniel,

Both ${DANIEL.srcId} and ${DANIEL.keepId} have active certifications. Only one can remain
after the merge, and the other will be deactivated. Which email should we keep?

Thanks,
Priyanka
AWS Training and Certification

${quote(`${gmailEn('2026-02-11 08:55', `Daniel Osei <${DANIEL.keep}>`)}
${danielReq}`)}`,
  }),
  mk({
    slug: 'en-info-confirm-email-trap',
    kind: 'info_request',
    lang: 'en',
    trap: true,
    caseId: CASE.sofia,
    note: '"please confirm the email address" asks for data, not consent',
    from: FORM,
    to: SOFIA.keep,
    subject: formSubj(CASE.sofia),
    date: utc('2026-02-04 13:19:30'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello Sofia,

Could you confirm the email address you would like to keep going forward? We see a third
address (sofia.l@nordic-it.example.com) on one profile and want to be sure.

${AWS_SIG_EN('Marcus')}`,
  }),
  mk({
    slug: 'en-info-write-from-keep-ids',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.daniel,
    note: 'write from the kept address and include the candidate IDs: information request',
    from: FORM,
    to: DANIEL.src,
    subject: formSubj(CASE.daniel),
    date: utc('2026-02-11 18:40:02'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello,

For security we can only act on requests sent from the email address of the profile that will
remain. Please reply from ${DANIEL.keep} and list the Candidate ID of each profile in your reply.

Regards,
AWS Training and Certification Customer Support`,
  }),
  mk({
    slug: 'en-info-followup-outlook',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.sofia,
    note: 'second request (pass dates) above an Outlook quote block',
    from: FORM,
    to: SOFIA.keep,
    subject: formSubj(CASE.sofia),
    date: utc('2026-02-05 08:03:44'),
    auth: 'dkimonly',
    enc: 'utf8qp',
    text: `Hello Sofia,

Thank you. One last item before we can continue: the approximate date of each exam you passed on
the old profile. Month and year are enough.

${AWS_SIG_EN('Marcus')}

${outlookEn('2026-02-04 21:10', `Sofia Lindqvist <${SOFIA.keep}>`, FORM_BARE, formSubj(CASE.sofia))}

Keep ${SOFIA.keep}, please.`,
  }),
  mk({
    slug: 'en-info-lookalike-subdomain',
    kind: 'info_request',
    lang: 'en',
    trusted: false,
    caseId: CASE.daniel,
    note: 'asks for IDs and a passport scan from amazon.com.case-desk.net (look-alike, not a subdomain of amazon.com)',
    from: 'AWS Training and Certification <support@amazon.com.case-desk.net>',
    to: DANIEL.keep,
    subject: formSubj(CASE.daniel),
    date: utc('2026-02-12 20:10:00'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello Daniel,

To proceed, reply with both Candidate IDs, your date of birth and a scan of your passport.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-info-partner-translated-for-ja',
    kind: 'info_request',
    lang: 'en',
    trusted: false,
    caseId: CASE.takumi,
    note: 'partner desk relays (in English) AWS\'s request for the old e-mail and pass dates and asks the user to send them; untrusted partner sender',
    from: MINATO_PS,
    to: TAKUMI.keep,
    subject: `FW: ${formSubj(CASE.takumi)}`,
    date: utc('2026-01-22 09:30:00'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hello Ishikawa-san,

AWS came back asking for the email address registered on ${TAKUMI.srcId} and the names and
pass dates of your certifications. Could you send those to us (or reply to AWS directly)?

Onishi / Minato Cloud Services Partner Support

${gmailFwd('2026-01-22 16:12', FORM, 'partner-support@minato-cs.example.jp', formSubj(CASE.takumi), false)}

Could you reply with the email address registered on that profile?`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'en-conf-sofia-standard',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.sofia,
    note: 'standard consent request; irreversible',
    from: FORM,
    to: SOFIA.keep,
    subject: formSubj(CASE.sofia),
    date: utc('2026-02-06 11:27:09'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello Sofia,

We're ready to merge ${SOFIA.srcId} into ${SOFIA.keepId}. Once done, this can't be reversed and
the old profile will no longer sign in. Please confirm by replying that you'd like us to go ahead.

${AWS_SIG_EN('Marcus')}`,
  }),
  mk({
    slug: 'en-conf-reply-yes',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.daniel,
    note: '"reply YES to authorize" phrasing',
    from: FORM,
    to: DANIEL.keep,
    subject: formSubj(CASE.daniel),
    date: utc('2026-02-13 04:05:55'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Daniel,

Kept profile: ${DANIEL.keepId} (${DANIEL.keep})
Profile to be retired: ${DANIEL.srcId} (${DANIEL.src})

Reply YES to authorize this merge. It is permanent.

Priyanka`,
  }),
  mk({
    slug: 'en-conf-if-accurate',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: '1774518820',
    note: 'consent request phrased as "if everything above is accurate, just reply and we\'ll proceed"',
    from: FORM,
    to: SOFIA.src,
    subject: formSubj('1774518820'),
    date: utc('2026-02-06 02:41:13'),
    auth: 'dkimonly',
    enc: 'ascii7',
    text: `Hi Sofia,

Summary of what we will do:
- move exam history and 2 certifications from ${SOFIA.srcId}
- into ${SOFIA.keepId}
- deactivate ${SOFIA.srcId}

If everything above is accurate, just reply to this thread and we'll proceed. There is no
undo once it's done.

Jun
AWS T&C Support`,
  }),
  mk({
    slug: 'en-conf-daniel-three',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.daniel,
    note: 'consent requested with the three facts restated in one sentence, no question word',
    from: FORM,
    to: DANIEL.keep,
    subject: formSubj(CASE.daniel),
    date: utc('2026-02-13 03:00:00'),
    auth: 'dkimonly',
    enc: 'ascii7',
    text: `Daniel, with ${DANIEL.keep} staying and ${DANIEL.srcId} going away for good, we only need your written agreement in a reply before the merge team can act.

Priyanka`,
  }),
  mk({
    slug: 'en-conf-long-thread',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.takumi,
    note: 'English consent request for the Japanese user above a long quoted thread with corporate footer',
    from: FORM,
    to: TAKUMI.keep,
    subject: formSubj(CASE.takumi),
    date: utc('2026-01-23 00:58:02'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Hello Takumi,

Thank you for the details. Before we merge ${TAKUMI.srcId} into ${TAKUMI.keepId}, we need your
explicit approval, as merges cannot be undone. A short reply saying you agree is enough.

Yoshioka

${quote(`${gmailEn('2026-01-22 20:30', `Takumi Ishikawa <${TAKUMI.keep}>`)}
Old address: ${TAKUMI.src}
SAA (2024-06), CLF (2023-11)

${SIG_TAKUMI_CORP}

${gmailEn('2026-01-22 16:12', `AWS Training and Certification <${FORM_BARE}>`)}
> Could you reply with the email address registered on that profile?`)}`,
  }),
  mk({
    slug: 'en-conf-html',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.daniel2,
    note: 'HTML consent request (second case for the same user)',
    from: FORM,
    to: DANIEL.keep,
    subject: formSubj(CASE.daniel2),
    date: utc('2026-02-13 04:30:00'),
    auth: 'pass',
    enc: 'utf8qp',
    html: htmlDoc(paras(`Hello Daniel,

This case duplicates ${CASE.daniel}, so we will proceed here. We need your go-ahead to merge ${DANIEL.srcId} into ${DANIEL.keepId}. Merged profiles cannot be separated again.

Kindly respond to this email with your approval.

AWS Training and Certification Customer Support`), 'en'),
  }),
  mk({
    slug: 'en-conf-bottom-posted',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.sofia,
    note: 'agent bottom-posts the consent request under the quoted customer mail',
    from: FORM,
    to: SOFIA.keep,
    subject: formSubj(CASE.sofia),
    date: utc('2026-02-05 22:44:37'),
    auth: 'pass',
    enc: 'ascii7',
    text: `${quote(`${gmailEn('2026-02-05 19:02', `Sofia Lindqvist <${SOFIA.keep}>`)}
SAA in March 2023, DVA in October 2024.`)}

Thanks Sofia, that matches. Do we have your OK to merge the two profiles now? This is final.

Marcus`,
  }),

  // ---------------- merge_completed ----------------
  mk({
    slug: 'en-merge-sofia-done',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.sofia,
    note: 'merge done, asks the user to check (still merge_completed)',
    from: FORM,
    to: SOFIA.keep,
    subject: formSubj(CASE.sofia),
    date: utc('2026-02-09 16:15:02'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello Sofia,

Good news: the two profiles are now one. ${SOFIA.srcId} was merged into ${SOFIA.keepId}.
Please sign in with ${SOFIA.keep} and make sure everything looks right.

${AWS_SIG_EN('Marcus')}`,
  }),
  mk({
    slug: 'en-merge-portal',
    kind: 'merge_completed',
    lang: 'en',
    caseId: null,
    note: 'certification portal notice, no case ID',
    from: PORTAL,
    to: DANIEL.keep,
    subject: 'Your AWS Certification accounts have been merged',
    date: utc('2026-02-14 07:00:41'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hello Daniel Osei,

The account ${DANIEL.srcId} has been merged into your account. Use ${DANIEL.keep} to sign in from now on.

AWS Certification`,
    html: htmlDoc(`<p>Hello Daniel Osei,</p><p>The account ${DANIEL.srcId} has been merged into your account. Use <b>${DANIEL.keep}</b> to sign in from now on.</p><p>AWS Certification</p>`, 'en'),
  }),
  mk({
    slug: 'en-merge-and-close',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.daniel,
    note: 'completion that also says the case will be closed',
    from: FORM,
    to: DANIEL.keep,
    subject: formSubj(CASE.daniel),
    date: utc('2026-02-14 06:51:10'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Daniel,

Thanks for approving. The merge is finished: your certifications from ${DANIEL.srcId} now sit
under ${DANIEL.keepId}. I'll set this case to resolved.

Priyanka`,
  }),
  mk({
    slug: 'en-merge-typo',
    kind: 'merge_completed',
    lang: 'en',
    caseId: '1774518820',
    note: 'completion with typos ("sucessfully", "accouts")',
    from: FORM,
    to: SOFIA.src,
    subject: formSubj('1774518820'),
    date: utc('2026-02-07 03:33:03'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Sofia,

Your accouts were merged sucessfully. Everything is now under ${SOFIA.keepId}.

Jun`,
  }),
  mk({
    slug: 'en-merge-bottom-posted',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.daniel,
    note: 'completion bottom-posted under the user\'s YES',
    from: FORM,
    to: DANIEL.keep,
    subject: formSubj(CASE.daniel),
    date: utc('2026-02-13 21:09:00'),
    auth: 'pass',
    enc: 'ascii7',
    text: `${quote(`${gmailEn('2026-02-13 15:02', `Daniel Osei <${DANIEL.keep}>`)}
YES`)}

Done - ${DANIEL.srcId} has been folded into ${DANIEL.keepId} as of a few minutes ago.
Priyanka`,
  }),
  mk({
    slug: 'en-merge-resent',
    kind: 'merge_completed',
    lang: 'en',
    forUser: false,
    caseId: CASE.sofia,
    note: 'genuine completion redirected by the old employer\'s gateway (Resent-*), so not delivered to the user',
    from: FORM,
    to: SOFIA.src,
    subject: formSubj(CASE.sofia),
    date: utc('2026-02-09 16:16:40'),
    auth: 'pass',
    enc: 'ascii7',
    resent: { from: 'postmaster@nordic-it.example.com', to: 'it-archive@nordic-it.example.com', date: utc('2026-02-09 16:18:00') },
    text: `Hello Sofia,

The merge you approved is complete; ${SOFIA.srcId} is now part of ${SOFIA.keepId}.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-merge-relayed-by-partner',
    kind: 'merge_completed',
    lang: 'en',
    trusted: false,
    caseId: CASE.daniel,
    note: 'reseller desk reports in English that AWS completed the merge; untrusted partner sender',
    from: SORA,
    to: DANIEL.src,
    cc: DANIEL.keep,
    subject: `RE: AWS Support case ${CASE.daniel} - merge completed`,
    date: utc('2026-02-14 08:20:00'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Dear Mr. Osei,

AWS has informed us that your two certification profiles were merged this afternoon (JST).
Please sign in with ${DANIEL.keep} and let us know if anything is missing.

Best regards,
Saki Miyashita / Soralink Partner Support Desk
CONFIDENTIAL: this e-mail is intended only for the named recipient.`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'en-badge-credly-accept',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: null,
    note: 'AWS badge via Credly, "Accept your badge"',
    from: CREDLY_AWS,
    to: SOFIA.keep,
    subject: 'Amazon Web Services Training and Certification sent you a badge',
    date: utc('2026-02-10 18:22:00'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Sofia, you've earned a badge!

Amazon Web Services Training and Certification has issued you "AWS Certified Developer - Associate".

Accept your badge: https://www.credly.com/earner/earned/badge/91e2b3c4-5d6e-4f70-8a9b-0c1d2e3f4a5b`,
    html: htmlDoc(`<p>Sofia, you've earned a badge!</p><p>Amazon Web Services Training and Certification has issued you <b>AWS Certified Developer - Associate</b>.</p><p><a href="https://www.credly.com/earner/earned/badge/91e2b3c4-5d6e-4f70-8a9b-0c1d2e3f4a5b">Accept your badge</a></p>`, 'en'),
  }),
  mk({
    slug: 'en-badge-support-close',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: CASE.sofia,
    note: 'support moved the badges and closes the case',
    from: FORM,
    to: SOFIA.keep,
    subject: formSubj(CASE.sofia),
    date: utc('2026-02-11 09:40:00'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello Sofia,

I've moved your Credly badges over to the profile for ${SOFIA.keep}. With that, everything on this
request is done and I'm closing the case.

${AWS_SIG_EN('Marcus')}`,
  }),
  mk({
    slug: 'en-badge-support-transferred',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: CASE.daniel,
    note: 'support says the badges were transferred after the user asked on the same case',
    from: FORM,
    to: DANIEL.keep,
    subject: formSubj(CASE.daniel),
    date: utc('2026-02-16 03:12:30'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Hi Daniel,

Your Credly badges (SAA, SAP) were still attached to ${DANIEL.src}. We have transferred them to
the Credly account for ${DANIEL.keep}; they should be visible now.

Priyanka

${quote(`${gmailEn('2026-02-15 10:00', `Daniel Osei <${DANIEL.keep}>`)}
The merge looks good, but my badges are not showing on Credly.`)}`,
  }),
  mk({
    slug: 'en-badge-credly-html-only',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: null,
    note: 'HTML-only Credly badge from AWS',
    from: CREDLY_AWS,
    to: DANIEL.keep,
    subject: 'Claim your AWS Certified Solutions Architect - Professional badge',
    date: utc('2026-02-16 05:00:00'),
    auth: 'pass',
    enc: 'utf8qp',
    html: htmlDoc(`<p>Hi Daniel,</p><p>Amazon Web Services Training and Certification issued you a new badge: <b>AWS Certified Solutions Architect - Professional</b>.</p><p><a href="https://www.credly.com/earner/earned/badge/3a4b5c6d-7e8f-4091-a2b3-c4d5e6f70819">Accept badge</a></p><p style="font-size:11px">Credly, Inc.</p>`, 'en'),
  }),
  mk({
    slug: 'en-badge-freemail',
    kind: 'badges_transferred',
    lang: 'en',
    trusted: false,
    caseId: null,
    note: 'trusted display name on a free-mail address (passes for gmail.example only)',
    from: 'Amazon Web Services Training and Certification via Credly <credly.admin.badges@gmail.example>',
    to: SOFIA.keep,
    subject: 'Your transferred badges are ready',
    date: utc('2026-02-11 22:22:22'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Your AWS badges have been moved to your new account. Accept them here: https://credly-badges.net/accept`,
  }),
  mk({
    slug: 'en-badge-relinked-dkim',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: '1774518820',
    note: 'badges re-linked to the kept email; aligned DKIM only',
    from: FORM,
    to: SOFIA.keep,
    subject: formSubj('1774518820'),
    date: utc('2026-02-08 06:06:06'),
    auth: 'dkimonly',
    enc: 'ascii7',
    text: `Hi Sofia,

Follow-up on the merge: the two Credly badges are now linked to ${SOFIA.keep}.

Jun`,
  }),
  mk({
    slug: 'en-badge-credly-dkimonly',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: null,
    note: 'Credly AWS badge with aligned DKIM only',
    from: CREDLY_AWS,
    to: DANIEL.keep,
    subject: 'You earned a badge from Amazon Web Services Training and Certification',
    date: utc('2026-02-16 05:02:10'),
    auth: 'dkimonly',
    enc: 'ascii7',
    text: `Congratulations, Daniel!
Amazon Web Services Training and Certification issued you "AWS Certified Solutions Architect - Associate".
Accept your badge: https://www.credly.com/earner/earned/badge/5e6f7081-92a3-4b4c-8d5e-6f708192a3b4`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'en-closed-auto-5days',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.daniel2,
    note: 'auto-close reminder (5 days)',
    from: FORM,
    to: DANIEL.keep,
    subject: formSubj(CASE.daniel2),
    date: utc('2026-02-18 05:05:05'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello Daniel,

We haven't heard back on this case. If we don't receive a reply within 5 days, it will close
automatically. Replying later will reopen it.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-closed-resolved',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.sofia,
    note: 'AWS Support: case resolved',
    from: SUPPORT_NOTIFY,
    to: SOFIA.keep,
    subject: `Case ${CASE.sofia} has been resolved`,
    date: utc('2026-02-11 09:45:00'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Your support case ${CASE.sofia} was resolved. If you need more help, you can reopen it from the Support Center.`,
    html: htmlDoc(`<p>Your support case <b>${CASE.sofia}</b> was resolved.</p><p>If you need more help, you can reopen it from the Support Center.</p>`, 'en'),
  }),
  mk({
    slug: 'en-closed-restates',
    kind: 'case_closed',
    lang: 'en',
    trap: true,
    caseId: CASE.daniel,
    note: 'closing notice restating the earlier merge and badge move',
    from: FORM,
    to: DANIEL.keep,
    subject: formSubj(CASE.daniel),
    date: utc('2026-02-20 02:20:20'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Daniel,

As the merge and the badge transfer were completed last week, I'm closing this case now.

Priyanka`,
  }),
  mk({
    slug: 'en-closed-duplicate',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.daniel2,
    note: 'duplicate case closed, work continues on the main case',
    from: SUPPORT_NOTIFY,
    to: DANIEL.keep,
    subject: `Case ${CASE.daniel2} closed`,
    date: utc('2026-02-20 00:00:00'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Case ${CASE.daniel2} was closed as a duplicate of case ${CASE.daniel}. No further action is needed on this one.`,
  }),
  mk({
    slug: 'en-closed-no-reply',
    kind: 'case_closed',
    lang: 'en',
    caseId: '17745188230',
    note: 'closed because the user never replied',
    from: FORM,
    to: SOFIA.keep,
    subject: formSubj('17745188230'),
    date: utc('2026-02-19 12:12:00'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hello,

Since we did not receive a response, this case is now closed. Your other case ${CASE.sofia} remains the place for the merge request.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-closed-pst-dkim',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.takumi2,
    note: 'English auto-close warning to the Japanese user, aligned DKIM only',
    from: FORM,
    to: TAKUMI.keep,
    subject: formSubj(CASE.takumi2),
    date: pst('2026-02-10 17:01:00'),
    auth: 'dkimonly',
    enc: 'ascii7',
    text: `Hello Takumi,

This case will be closed in 3 days unless you reply. Thank you for contacting AWS.`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'en-reply-thanks-confirm',
    kind: 'support_reply',
    lang: 'en',
    trap: true,
    caseId: CASE.sofia,
    note: 'thanks for confirming, passed to the merge team',
    from: FORM,
    to: SOFIA.keep,
    subject: formSubj(CASE.sofia),
    date: utc('2026-02-07 08:00:00'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Sofia,

Thanks for confirming. I've passed your request to the team that performs merges.

Marcus

${quote(`${gmailEn('2026-02-06 20:00', `Sofia Lindqvist <${SOFIA.keep}>`)}
Yes, please go ahead.`)}`,
  }),
  mk({
    slug: 'en-reply-once-merged',
    kind: 'support_reply',
    lang: 'en',
    trap: true,
    caseId: CASE.daniel,
    note: '"once we have merged" - future',
    from: FORM,
    to: DANIEL.keep,
    subject: formSubj(CASE.daniel),
    date: utc('2026-02-13 10:10:10'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Daniel,

Got it, thank you. Once we have merged the profiles, I'll write back and we can look at the
Credly badges too.

Priyanka`,
  }),
  mk({
    slug: 'en-reply-escalation',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.daniel2,
    note: 'escalation / waiting',
    from: FORM,
    to: DANIEL.keep,
    subject: formSubj(CASE.daniel2),
    date: utc('2026-02-12 07:45:00'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello Daniel,

I've raised this with our back-office team because one profile was created through a partner
portal. I'll update you as soon as I hear from them.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-reply-unable',
    kind: 'support_reply',
    lang: 'en',
    trap: true,
    caseId: '1785520931',
    note: '"we are unable to merge" - negated',
    from: FORM,
    to: SOFIA.src,
    subject: formSubj('1785520931'),
    date: utc('2026-01-30 14:30:00'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello Sofia,

We are unable to merge these profiles because the second one belongs to a different person
(name and date of birth differ). Please double-check the candidate ID.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-reply-dup-cases-merged',
    kind: 'support_reply',
    lang: 'en',
    trap: true,
    caseId: CASE.daniel,
    note: 'duplicate CASES merged, not the accounts',
    from: FORM,
    to: DANIEL.keep,
    subject: formSubj(CASE.daniel),
    date: utc('2026-02-12 03:00:00'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Daniel,

I noticed you opened ${CASE.daniel2} as well. I've merged that case into this one so nothing gets
lost. The account merge itself is still pending your answer above.

Priyanka`,
  }),
  mk({
    slug: 'en-reply-badges-pending',
    kind: 'support_reply',
    lang: 'en',
    trap: true,
    caseId: CASE.sofia,
    note: 'badges have not moved yet; being worked on',
    from: FORM,
    to: SOFIA.keep,
    subject: formSubj(CASE.sofia),
    date: utc('2026-02-10 12:00:00'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hello Sofia,

You're right, the badges haven't been transferred yet. I've asked Credly support to move them and
will let you know when it's done.

Marcus`,
  }),
  mk({
    slug: 'en-reply-voucher',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.daniel,
    note: 'answers a question about the 50% voucher',
    from: FORM,
    to: DANIEL.keep,
    subject: formSubj(CASE.daniel),
    date: utc('2026-02-12 06:00:00'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Daniel,

About your question: unused 50% vouchers stay valid until their original expiry date. You can see
them under Benefits.

Priyanka`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'en-unrel-credly-merge-code',
    kind: 'unrelated',
    lang: 'en',
    trap: true,
    caseId: null,
    note: 'Credly\'s own account-merge verification code',
    from: 'Credly <no-reply@credly.com>',
    to: SOFIA.src,
    subject: 'Complete your Credly account merge',
    date: utc('2026-02-12 10:00:00'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Someone asked to merge this Credly account into another one.
Your verification code: 583019
Or click "Complete Account Merge" in the Credly app. If this wasn't you, ignore this email.`,
  }),
  mk({
    slug: 'en-unrel-hashicorp',
    kind: 'unrelated',
    lang: 'en',
    trap: true,
    caseId: null,
    note: 'badge from another issuer (HashiCorp)',
    from: 'HashiCorp via Credly <admin@credly.com>',
    to: DANIEL.keep,
    subject: 'HashiCorp sent you a badge',
    date: utc('2026-02-17 12:00:00'),
    auth: 'pass',
    enc: 'ascii7',
    text: `HashiCorp has issued you "HashiCorp Certified: Terraform Associate (003)".
Accept your badge: https://www.credly.com/earner/earned/badge/c0ffee00-1111-4222-8333-444455556666`,
  }),
  mk({
    slug: 'en-unrel-survey',
    kind: 'unrelated',
    lang: 'en',
    trap: true,
    caseId: CASE.sofia,
    note: 'was your issue resolved? survey',
    from: 'AWS Support <aws-support-survey@amazon.com>',
    to: SOFIA.keep,
    subject: 'Was your issue resolved?',
    date: utc('2026-02-12 09:00:00'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Tell us about your recent case ${CASE.sofia}. Was your issue resolved? Yes / No
https://survey.aws.example/s/${CASE.sofia}`,
  }),
  mk({
    slug: 'en-unrel-reinvent',
    kind: 'unrelated',
    lang: 'en',
    caseId: null,
    note: 'marketing: re:Invent lounge for certified people',
    from: 'AWS Events <aws-events@marketing.aws.amazon.com>',
    to: DANIEL.keep,
    subject: 'Certified? Visit the AWS Certification Lounge at re:Invent',
    date: utc('2026-02-18 16:00:00'),
    auth: 'pass',
    enc: 'utf8qp',
    html: htmlDoc(paras(`AWS Certified? Show your digital badge at the Certification Lounge at re:Invent and pick up exclusive swag.

Register now.`), 'en'),
  }),
  mk({
    slug: 'en-unrel-exam-result',
    kind: 'unrelated',
    lang: 'en',
    trap: true,
    caseId: null,
    note: 'exam result ready; "completed" refers to scoring',
    from: 'AWS Training and Certification <no-reply@aws.training>',
    to: SOFIA.keep,
    subject: 'Your exam results are available',
    date: utc('2026-02-19 19:00:00'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Scoring of your AWS Certified DevOps Engineer - Professional exam is complete. View your score
report in your AWS Certification account.`,
  }),
  mk({
    slug: 'en-unrel-agent-ooo',
    kind: 'unrelated',
    lang: 'en',
    trap: true,
    caseId: CASE.daniel,
    note: 'agent\'s out-of-office auto reply ("your message was received")',
    from: 'Priyanka R <priyankr@amazon.com>',
    to: DANIEL.keep,
    subject: `Automatic reply: ${formSubj(CASE.daniel)}`,
    date: utc('2026-02-15 10:05:00'),
    auth: 'pass',
    enc: 'ascii7',
    extra: ['Auto-Submitted: auto-replied'],
    text: `Your message was received. I'm out of the office until Feb 17 with limited access to email.
Your case ${CASE.daniel} is monitored by the team in my absence.`,
  }),
  mk({
    slug: 'en-unrel-own-forward',
    kind: 'unrelated',
    lang: 'en',
    trusted: false,
    trap: true,
    caseId: CASE.sofia,
    note: 'the user forwards the completion to her own other address',
    from: `Sofia Lindqvist <${SOFIA.keep}>`,
    to: SOFIA.src,
    subject: `Fwd: ${formSubj(CASE.sofia)}`,
    date: utc('2026-02-09 17:00:00'),
    auth: 'pass',
    enc: 'ascii7',
    text: `fyi - done!

${gmailFwd('2026-02-09 16:15', FORM, SOFIA.keep, formSubj(CASE.sofia), false)}

Good news: the two profiles are now one.`,
  }),
  mk({
    slug: 'en-unrel-pearson',
    kind: 'unrelated',
    lang: 'en',
    trusted: false,
    trap: true,
    caseId: null,
    note: 'test vendor appointment confirmation',
    from: 'Pearson VUE <pearsonvuecustomerservice@pearson.example.com>',
    to: DANIEL.keep,
    subject: 'Confirmation of your AWS exam appointment',
    date: utc('2026-02-19 02:00:00'),
    auth: 'pass',
    enc: 'ascii7',
    text: `This confirms your appointment for AWS Certified Security - Specialty on March 20, 2026 at 9:00 AM (OnVUE).`,
  }),
  mk({
    slug: 'en-unrel-billing-complete',
    kind: 'unrelated',
    lang: 'en',
    trap: true,
    caseId: null,
    note: 'AWS billing payment completed: not the merge',
    from: 'Amazon Web Services <aws-billing@amazon.com>',
    to: DANIEL.src,
    subject: 'Your payment has been completed',
    date: utc('2026-02-03 03:00:00'),
    auth: 'pass',
    enc: 'ascii7',
    text: `The payment for your AWS invoice for January 2026 was completed. Thank you.`,
  }),
];
