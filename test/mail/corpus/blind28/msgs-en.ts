// Set aa, English messages: enterprise mailboxes (Proofpoint/Safe Links rewrites, [EXTERNAL]
// and 【外部メール】 tags, DLP and bilingual disclaimers, assistants, Outlook quote headers).
import { rfcDate as d, type Msg } from './lib.js';
import {
  BANNER_EN, CASE, CREDLY, DAN, DAN_REQ, DISC_BI, DISC_BW, DLP_TAG_EN, FOOT_AWS_EN, MARK, MARK_REQ, MEGAN, NOTIFY, PORTAL, SUP, SUP_ADDR, caseSubj, esc,
  htmlWithBanner, mk, olEn, olJa, paras, quote, safelink, sfBlock, sfRef, tagEn, tagJa, urldefense,
} from './common.js';

const danTo = `${DAN.name} <${DAN.work}>`;
const markTo = `${MARK.name} <${MARK.work}>`;
const SD = tagEn(caseSubj(CASE.dan));
const SM = tagJa(caseSubj(CASE.mark));
const cert = 'https://www.aws.training/Certification';
const caseUrl = (id: string): string => `https://support.console.aws.amazon.com/support/home#/case/?displayId=${id}`;
const sigSup = (name: string): string => `Best regards,\n${name}\nAWS Training and Certification Customer Support`;

export const EN: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'ack-dan-notify', kind: 'acknowledgement', lang: 'en', caseId: CASE.dan,
    note: 'AWS Support receipt for the new case, Proofpoint banner and rewritten link',
    from: NOTIFY, to: danTo, subject: tagEn(`AWS Support case ${CASE.dan} has been created`), date: d('2026-10-19 14:02:11'), auth: 'pass', enc: 'ascii7',
    text: `${BANNER_EN[0]}

Hello,

Thanks for contacting AWS Support. We've opened case ${CASE.dan} for you, and an associate will respond by email, usually within 24 hours.

View or update your case:
${urldefense(caseUrl(CASE.dan))}

Please don't open another case for the same question; duplicate cases slow things down.

Amazon Web Services

${FOOT_AWS_EN}`,
  }),
  mk({
    slug: 'ack-mark-form-ja-tag', kind: 'acknowledgement', lang: 'en', caseId: CASE.mark,
    note: 'English form-submission receipt under a Japanese company\'s 【外部メール】 tag and bilingual disclaimer',
    from: SUP, to: markTo, subject: tagJa(`[CASE ${CASE.mark}] [AWS Training and Certification Form Submission] - account-assistance`), date: d('2026-10-21 03:15:40'), auth: 'pass', enc: 'utf8qp',
    text: `${BANNER_EN[2]}

Hi Mark,

This note is to let you know your request reached us and is logged under case ${CASE.mark}. Somebody from our team will pick it up shortly; typical turnaround is one business day.

Reply to this email if you want to add anything.

AWS Training and Certification

${DISC_BI}`,
  }),
  mk({
    slug: 'ack-dan-html-summary', kind: 'acknowledgement', lang: 'en', caseId: CASE.dan,
    note: 'HTML-only receipt that echoes the submitted fields in a table',
    from: SUP, to: danTo, subject: tagEn(`[CASE ${CASE.dan}] We have your request`), date: d('2026-10-19 14:03:30'), auth: 'pass', enc: 'utf8qp',
    html: htmlWithBanner(BANNER_EN[0] ?? '', `<p>Hello Daniel,</p>
<p>We’ve received the form below. No action is needed from you right now.</p>
<table border="1" cellpadding="4"><tr><th>Case</th><td>${CASE.dan}</td></tr><tr><th>Inquiry type</th><td>AWS Training and Certification</td></tr><tr><th>Issue</th><td>Account merge</td></tr><tr><th>Company</th><td>${esc(DAN.co)}</td></tr><tr><th>Candidate ID</th><td>${DAN.keepId}</td></tr></table>
<p>— AWS Training and Certification</p>`),
  }),
  mk({
    slug: 'ack-lookalike-subdomain', kind: 'acknowledgement', lang: 'en', caseId: CASE.mark, trusted: false,
    note: 'receipt wording from amazon.com.case-notice.example (a look-alike, not a subdomain of amazon.com): untrusted',
    from: 'Amazon Web Services <no-reply-aws@amazon.com.case-notice.example>', to: markTo, subject: tagJa(`Case ${CASE.mark} received - action needed`), date: d('2026-10-21 05:00:00'), auth: 'pass', enc: 'ascii7',
    text: `${BANNER_EN[2]}

We received your case ${CASE.mark}. To keep it open, sign in within 12 hours:
http://amazon.com.case-notice.example/login

Amazon Web Services`,
  }),
  mk({
    slug: 'ack-mark-id-in-body-lf', kind: 'acknowledgement', lang: 'en', caseId: CASE.mark,
    note: 'generic subject, case ID only in the body, LF line ends',
    from: SUP, to: markTo, subject: 'Thank you for contacting AWS Training and Certification', date: d('2026-10-21 03:16:02'), auth: 'pass', enc: 'ascii7', crlf: false,
    text: `Your inquiry has been submitted.

Reference number: ${CASE.mark}
Expected first response: within 1 business day

Please keep the reference number in the subject line if you write to us again.

AWS Training and Certification`,
  }),
  mk({
    slug: 'ack-coe-shared-not-user', kind: 'acknowledgement', lang: 'en', caseId: CASE.dan, forUser: false,
    note: 'receipt delivered to the Cloud CoE shared mailbox, which is not one of the user\'s addresses',
    from: NOTIFY, to: 'Cloud CoE <cloud-coe@brightwater-ins.example.com>', subject: tagEn(`AWS Support case ${CASE.dan} has been created`), date: d('2026-10-19 14:02:20'), auth: 'pass', enc: 'ascii7',
    extra: ['X-Original-To: cloud-coe@brightwater-ins.example.com'],
    text: `${BANNER_EN[0]}

Thanks for contacting AWS Support. Case ${CASE.dan} is open and we'll reply by email.

Amazon Web Services`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'ai-dan-merge-tool', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'generated answer pointing to the Merge Accounts tool',
    from: NOTIFY, to: danTo, subject: tagEn('Your AI-generated answer from AWS Support'), date: d('2026-10-19 13:55:00'), auth: 'pass', enc: 'ascii7',
    text: `${BANNER_EN[0]}

This response was generated by AI and may contain mistakes.

You can usually combine duplicate AWS Certification profiles yourself: sign in at
${urldefense(cert)}
open your profile, and choose Merge Accounts. If both profiles hold certifications, the tool will stop and ask you to contact support; in that case select Create case.

Was this answer helpful? Yes / No`,
  }),
  mk({
    slug: 'ai-mark-claim-after-merge', kind: 'ai_answer', lang: 'en', caseId: null, trap: true,
    note: 'automated answer that explains badges and merge outcomes; still an AI answer',
    from: NOTIFY, to: markTo, subject: tagJa('Automated answer: duplicate certification accounts'), date: d('2026-10-21 02:58:00'), auth: 'pass', enc: 'utf8b64',
    text: `${BANNER_EN[2]}

[Automated response]

Here is what usually helps with split certification profiles:
• After two profiles are merged, every certification and benefit shows on the profile you keep.
• Credly badges should be claimed from the kept profile once the merge is through.
• If the self-service tool refuses, a support associate can do it for you.

Not solved? Choose "Create case" to reach a person.

${DISC_BI}`,
  }),
  mk({
    slug: 'ai-dan-suggested-html', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'multipart "suggested answer" produced automatically before a case is created',
    from: NOTIFY, to: danTo, subject: tagEn('Suggested answer for your question'), date: d('2026-10-18 22:10:00'), auth: 'pass', enc: 'utf8qp',
    text: `Suggested answer (generated automatically)

Profiles that share a name but use different emails can often be combined from Profile > Merge Accounts on the certification site. Keep the candidate IDs of both handy.

If that doesn't work for you, create a case and a specialist will follow up.`,
    html: `<div><p><b>Suggested answer</b> <i>(generated automatically)</i></p><p>Profiles that share a name but use different emails can often be combined from <a href="${esc(urldefense(cert))}">Profile &gt; Merge Accounts</a> on the certification site. Keep the candidate IDs of both handy.</p><p>If that doesn't work for you, create a case and a specialist will follow up.</p></div>`,
  }),
  mk({
    slug: 'ai-mark-bedrock', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'generative-AI guidance about the merge tool, from the no-reply sender',
    from: NOTIFY, to: markTo, subject: 'AWS Support: here is an answer to your question', date: d('2026-10-20 23:40:00'), auth: 'pass', enc: 'ascii7',
    text: `Answer generated with Amazon Bedrock

1. Sign in to the AWS Certification account you want to keep.
2. Open Profile and select the account merge option.
3. Enter the email of the other account and follow the verification steps.

If an error says both accounts have certification history, create a support case instead.`,
  }),
  mk({
    slug: 'ai-dan-while-you-wait', kind: 'ai_answer', lang: 'en', caseId: CASE.dan,
    note: 'automatic article suggestions on an open case; not a human reply',
    from: SUP, to: danTo, subject: tagEn(`[CASE ${CASE.dan}] While you wait: articles that may help`), date: d('2026-10-19 14:30:00'), auth: 'pass', enc: 'utf8b64',
    text: `${BANNER_EN[1]}

These articles were picked automatically based on your case. An associate will still reply.

- Merging AWS Certification accounts: ${urldefense('https://aws.amazon.com/certification/faqs/')}
- Updating the email on your certification profile: ${urldefense('https://aws.amazon.com/certification/policies/')}

${FOOT_AWS_EN}`,
  }),
  mk({
    slug: 'ai-mark-once-merge-completes', kind: 'ai_answer', lang: 'en', caseId: null, trap: true,
    note: 'AI answer in conditional wording ("once the merge completes ... badges appear")',
    from: NOTIFY, to: markTo, subject: tagJa('Generative AI answer: consolidating certification profiles'), date: d('2026-10-20 23:45:00'), auth: 'pass', enc: 'utf8qp',
    text: `This answer was produced by generative AI.

Once a merge completes, your exam history, certifications and vouchers appear on the profile you kept, and your badges can be claimed again on Credly.
To start, try the Merge Accounts tool on your profile page. If it is unavailable, open a case with both candidate IDs.`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'info-dan-ids-outlook', kind: 'info_request', lang: 'en', caseId: CASE.dan,
    note: 'asks for both candidate IDs, login emails and which profile to keep; Outlook header block below',
    from: SUP, to: danTo, subject: SD, date: d('2026-10-20 16:20:00'), auth: 'pass', enc: 'ascii7',
    text: `${BANNER_EN[0]}

Hi Daniel,

Thanks for reaching out. Before we can look at combining anything, we need a few details:

- the candidate ID on each profile (it begins with "AWS")
- the sign-in email for each profile
- which one should remain after the merge

As soon as we have these we'll take the next step.

${sigSup('Rafael')}
${sfRef('dan-info')}

${olEn(danTo, 'Monday, October 19, 2026 9:58 AM', SUP_ADDR, '[AWS Training and Certification Form Submission] - account-assistance', DAN_REQ)}`,
  }),
  mk({
    slug: 'info-mark-confirm-email', kind: 'info_request', lang: 'en', caseId: CASE.mark, trap: true,
    note: '"please confirm the email address you will keep" asks for information, not consent',
    from: SUP, to: markTo, subject: SM, date: d('2026-10-22 01:30:00'), auth: 'pass', enc: 'utf8qp',
    text: `${BANNER_EN[2]}

Hello Mark,

Your message mentions ${MARK.work}, but the form was submitted from ${MARK.home}. Could you please confirm the email address you'll keep going forward?

${sigSup('Ines')}

${DISC_BI}`,
  }),
  mk({
    slug: 'info-dan-exam-history-html', kind: 'info_request', lang: 'en', caseId: CASE.dan,
    note: 'multipart: asks for the last exam date and a score-report screenshot of the legacy profile',
    from: SUP, to: danTo, subject: SD, date: d('2026-10-21 18:00:00'), auth: 'pass', enc: 'utf8qp',
    text: `Hi Daniel,

Thanks for the IDs. For the legacy profile (${DAN.srcId}) we still need the date of the most recent exam and a screenshot of its score report, so we can verify ownership.

${sigSup('Rafael')}`,
    html: htmlWithBanner(BANNER_EN[0] ?? '', paras(`Hi Daniel,\n\nThanks for the IDs. For the legacy profile (${DAN.srcId}) we still need the date of the most recent exam and a screenshot of its score report, so we can verify ownership.\n\n${sigSup('Rafael')}`)),
  }),
  mk({
    slug: 'info-mark-write-from-keep-ids', kind: 'info_request', lang: 'en', caseId: CASE.mark,
    note: 'write from the kept address AND include both candidate IDs: info request',
    from: SUP, to: `${MARK.name} <${MARK.home}>`, subject: SM, date: d('2026-10-21 09:00:00'), auth: 'pass', enc: 'utf8qp',
    text: `Hi Mark,

For security, please reply to this case from the address you're keeping (${MARK.work}) and list the candidate IDs of both profiles in that reply.

${sigSup('Ines')}`,
  }),
  mk({
    slug: 'info-dan-via-assistant', kind: 'info_request', lang: 'en', caseId: CASE.dan,
    note: 'sent to the executive assistant with the user in Cc; asks for the legal name as on the exam ID',
    from: SUP, to: `${MEGAN.name} <${MEGAN.addr}>`, cc: danTo, subject: SD, date: d('2026-10-22 15:45:00'), auth: 'pass', enc: 'utf8b64',
    text: `${BANNER_EN[0]}

Hi Megan, hi Daniel,

The two profiles list slightly different names. Would you send us Daniel's full legal name exactly as it appears on the ID he used at the test center? That lets us match the records.

${sigSup('Rafael')}

${olEn(`${MEGAN.name} <${MEGAN.addr}>`, 'Thursday, October 22, 2026 8:12 AM', SUP_ADDR, SD, `Hello, I'm writing on Daniel's behalf. Is there anything else you need from us?\n\nMegan Lee | Executive Assistant to the CTO\n${DISC_BW}`, danTo)}`,
  }),
  mk({
    slug: 'info-freemail-display-spoof', kind: 'info_request', lang: 'en', caseId: CASE.dan, trusted: false,
    note: 'trusted display name on a free-mail address asking for credentials: untrusted',
    from: 'AWS Training and Certification <aws.cert.helpdesk@mailfree.example>', to: danTo, subject: SD, date: d('2026-10-21 20:00:00'), auth: 'pass', enc: 'ascii7',
    text: `${BANNER_EN[0]}

Hi Daniel,

To finish verification send your candidate IDs and the password of the legacy profile in a reply.

AWS Training and Certification`,
  }),
  mk({
    slug: 'info-mark-implicit', kind: 'info_request', lang: 'en', caseId: CASE.mark,
    note: 'no request verb: says the second profile could not be matched and what would let them proceed',
    from: SUP, to: markTo, subject: SM, date: d('2026-10-22 02:10:00'), auth: 'passArc', enc: 'ascii7',
    text: `${BANNER_EN[2]}

Hi Mark,

We weren't able to locate a profile under ${MARK.home}. The candidate ID shown on that profile's page (top right, starts with AWS) would let us move forward.

${sigSup('Ines')}

${sfBlock(`${MARK.name} <${MARK.home}>`, '10/21/2026 12:02 PM', SUP_ADDR, '[AWS Training and Certification Form Submission] - account-assistance', MARK_REQ)}`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'conf-dan-irreversible', kind: 'confirmation_request', lang: 'en', caseId: CASE.dan,
    note: 'summary of the merge, cannot be undone, reply to authorize',
    from: SUP, to: danTo, subject: SD, date: d('2026-10-23 17:00:00'), auth: 'pass', enc: 'ascii7',
    text: `${BANNER_EN[0]}

Hi Daniel,

Thanks, everything matches. Here is what we will do:

  Keep:   ${DAN.keepId}  ${DAN.work}
  Retire: ${DAN.srcId}  ${DAN.old}

This is permanent; we can't split the profiles again afterwards. If that's what you want, just reply to this email saying so and we'll start.

${sigSup('Rafael')}
${sfRef('dan-conf')}`,
  }),
  mk({
    slug: 'conf-mark-happy-to-proceed', kind: 'confirmation_request', lang: 'en', caseId: CASE.mark,
    note: 'asks whether the user is happy for the merge to go ahead, irreversible',
    from: SUP, to: markTo, subject: SM, date: d('2026-10-23 01:00:00'), auth: 'pass', enc: 'utf8qp',
    text: `${BANNER_EN[2]}

Hi Mark,

Found it, thanks. Are you happy for us to go ahead and fold ${MARK.srcId} into ${MARK.keepId}? Bear in mind it can’t be reversed once done.

${sigSup('Ines')}

${DISC_BI}`,
  }),
  mk({
    slug: 'conf-dan-html-reply-yes', kind: 'confirmation_request', lang: 'en', caseId: CASE.dan,
    note: 'HTML-only request to reply YES to authorize the irreversible merge',
    from: SUP, to: danTo, subject: SD, date: d('2026-10-23 17:05:00'), auth: 'pass', enc: 'utf8b64',
    html: htmlWithBanner(BANNER_EN[1] ?? '', `<p>Hi Daniel,</p><p>Before we make any change we need your explicit authorization. Please reply <b>YES</b> to approve merging ${DAN.srcId} into ${DAN.keepId}.</p><p style="color:#a00">Merged profiles cannot be separated again.</p><p>Rafael<br>AWS Training and Certification</p>`),
  }),
  mk({
    slug: 'conf-forged-below', kind: 'confirmation_request', lang: 'en', caseId: CASE.dan, trusted: false,
    note: 'consent request, but the dmarc=pass verdict is below the server\'s Received line: forged',
    from: SUP, to: danTo, subject: SD, date: d('2026-10-23 22:22:22'), auth: 'forgedBelow', enc: 'ascii7',
    text: `Hi Daniel,

Please approve the merge within 24 hours at the link below or the request will be cancelled.
http://brightwater-cert-approve.example/ok

AWS Training and Certification`,
  }),
  mk({
    slug: 'conf-mark-jp-outlook-thread', kind: 'confirmation_request', lang: 'en', caseId: CASE.mark,
    note: 'English consent request above a thread quoted with Japanese Outlook headers (差出人/送信日時)',
    from: SUP, to: markTo, subject: SM, date: d('2026-10-23 01:20:00'), auth: 'pass', enc: 'utf8b64',
    text: `Hi Mark,

Following up on my earlier note: we just need your go-ahead. Once you approve, ${MARK.srcId} will be merged into ${MARK.keepId}; that can't be rolled back. A one-line reply is enough.

Ines

${olJa(markTo, '2026年10月22日 木曜日 11:40', SUP_ADDR, SM, `Hi Ines,\nThe ID is ${MARK.srcId}.\nMark\n\n${DISC_BI}\n\n${olJa(SUP, '2026年10月22日 木曜日 11:10', markTo, SM, `We weren't able to locate a profile under ${MARK.home}.`)}`)}`,
  }),
  mk({
    slug: 'conf-dan-ok-to-go-ahead', kind: 'confirmation_request', lang: 'en', caseId: CASE.dan,
    note: 'consent asked without the word "confirm": let us know you are OK with us going ahead',
    from: SUP, to: danTo, cc: `${MEGAN.name} <${MEGAN.addr}>`, subject: SD, date: d('2026-10-23 17:30:00'), auth: 'passArc', enc: 'utf8qp',
    text: `${BANNER_EN[0]}

Daniel,

Could you let us know you're OK with us going ahead? After we combine ${DAN.old} into ${DAN.work} there is no way back, so we only proceed with the account holder's own go-ahead (an assistant's reply is not enough).

Rafael`,
  }),
  mk({
    slug: 'conf-mark-kindly-acknowledge-lf', kind: 'confirmation_request', lang: 'en', caseId: CASE.mark,
    note: 'formal "kindly acknowledge your consent" request, LF line ends',
    from: SUP, to: markTo, subject: SM, date: d('2026-10-23 04:00:00'), auth: 'pass', enc: 'ascii7', crlf: false,
    text: `Dear Mr. Hoffman,

Kindly acknowledge your consent to merge candidate ${MARK.srcId} into ${MARK.keepId}. Please note the operation is irreversible.

Yours sincerely,
Ines
AWS Training and Certification`,
  }),

  // ---------------- merge_completed ----------------
  mk({
    slug: 'merged-dan-consolidated', kind: 'merge_completed', lang: 'en', caseId: CASE.dan,
    note: 'agent reports the two profiles were consolidated',
    from: SUP, to: danTo, subject: SD, date: d('2026-10-26 19:10:00'), auth: 'pass', enc: 'ascii7',
    text: `${BANNER_EN[0]}

Hi Daniel,

Good news: the two profiles have been consolidated into ${DAN.keepId}. Your certifications, exam history and benefits from the legacy profile now sit under ${DAN.work}.

${sigSup('Rafael')}`,
  }),
  mk({
    slug: 'merged-mark-and-closing', kind: 'merge_completed', lang: 'en', caseId: CASE.mark,
    note: 'merge done and the case will be closed: merge is the new fact',
    from: SUP, to: markTo, subject: SM, date: d('2026-10-24 06:00:00'), auth: 'pass', enc: 'utf8qp',
    text: `${BANNER_EN[2]}

Hi Mark,

Thanks for your approval. We merged ${MARK.srcId} into ${MARK.keepId} this morning, and I’ll close this case now.

${sigSup('Ines')}

${DISC_BI}`,
  }),
  mk({
    slug: 'merged-portal-notice-en', kind: 'merge_completed', lang: 'en', caseId: null,
    note: 'certification portal\'s own "accounts merged" notice, no case ID',
    from: PORTAL, to: danTo, subject: tagEn('Your AWS Certification accounts have been merged'), date: d('2026-10-26 19:20:00'), auth: 'pass', enc: 'utf8qp',
    text: `Hello,

Your AWS Certification account was merged with another account. Certifications, exam history and benefits are now available under candidate ID ${DAN.keepId}.

If you didn't expect this change, contact AWS Training and Certification support.`,
    html: htmlWithBanner(BANNER_EN[0] ?? '', `<p>Hello,</p><p>Your AWS Certification account was <b>merged</b> with another account. Certifications, exam history and benefits are now available under candidate ID ${DAN.keepId}.</p><p>If you didn't expect this change, contact AWS Training and Certification support.</p>`),
  }),
  mk({
    slug: 'merged-misaligned', kind: 'merge_completed', lang: 'en', caseId: CASE.dan, trusted: false,
    note: 'merged wording, DKIM from a bulk-mail domain and dmarc=fail: untrusted',
    from: SUP, to: danTo, subject: SD, date: d('2026-10-25 03:03:03'), auth: 'misaligned', enc: 'ascii7',
    text: `Hi Daniel,

The merge is complete. Please re-enter your payment details to keep your benefits:
http://brightwater-benefits.example/pay

AWS Training and Certification`,
  }),
  mk({
    slug: 'merged-dan-check-looks-right', kind: 'merge_completed', lang: 'en', caseId: CASE.dan,
    note: 'completion asking the user to check everything looks right; user\'s "yes, go ahead" quoted (Outlook)',
    from: SUP, to: danTo, subject: SD, date: d('2026-10-26 19:12:00'), auth: 'pass', enc: 'utf8b64',
    text: `Hi Daniel,

All done on our side; the legacy profile's records are now merged into ${DAN.keepId}. Could you sign in and check that everything looks right?

Rafael

${olEn(danTo, 'Friday, October 23, 2026 1:40 PM', SUP_ADDR, SD, `Yes, please go ahead.\n\nDaniel\n\n${DISC_BW}`)}`,
  }),
  mk({
    slug: 'merged-mark-under-jp-quote', kind: 'merge_completed', lang: 'en', caseId: CASE.mark,
    note: 'short completion on top; the user\'s Japanese-Outlook quoted consent below',
    from: SUP, to: markTo, cc: `${MARK.name} <${MARK.home}>`, subject: SM, date: d('2026-10-24 05:50:00'), auth: 'pass', enc: 'utf8b64',
    text: `Mark, the profiles are now one (${MARK.keepId}). Everything from the personal profile has been carried over.

Ines

${olJa(markTo, '2026年10月23日 金曜日 13:05', SUP_ADDR, SM, 'Yes, I approve. Please merge.\n\nMark Hoffman | Sanwa Trading')}`,
  }),
  mk({
    slug: 'merged-legacy-redirect', kind: 'merge_completed', lang: 'en', caseId: CASE.dan, forUser: false,
    note: 'completion that went to the legacy mailbox and was redirected by a transport rule (Resent-*): not delivered to the user as such',
    from: SUP, to: `${DAN.name} <${DAN.old}>`, subject: SD, date: d('2026-10-26 19:11:00'), auth: 'pass', enc: 'ascii7',
    resent: { from: 'postmaster@legacy.brightwater-ins.example.com', to: DAN.work, date: d('2026-10-26 15:11:30', '-0400') },
    text: `Hi Daniel,

The merge is finished; everything is now under ${DAN.keepId}.

Rafael`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'badge-credly-dan', kind: 'badges_transferred', lang: 'en', caseId: null,
    note: 'AWS badge issued via Credly to the kept address, link rewritten by Proofpoint',
    from: CREDLY, to: danTo, subject: tagEn('Amazon Web Services Training and Certification sent you a badge'), date: d('2026-10-27 12:00:00'), auth: 'pass', enc: 'ascii7',
    text: `${BANNER_EN[1]}

Daniel, you have a new badge!

Amazon Web Services Training and Certification has issued you the "AWS Certified DevOps Engineer - Professional" badge.

Accept your badge: ${urldefense('https://www.credly.com/badges/accept')}

Credly`,
  }),
  mk({
    slug: 'badge-support-mark-moved', kind: 'badges_transferred', lang: 'en', caseId: CASE.mark,
    note: 'support says the Credly badges now sit on the kept profile',
    from: SUP, to: markTo, subject: SM, date: d('2026-10-28 02:00:00'), auth: 'pass', enc: 'utf8qp',
    text: `${BANNER_EN[2]}

Hi Mark,

Quick update on the badges you asked about: both Credly badges have been moved over and are now attached to ${MARK.work}.

${sigSup('Ines')}`,
  }),
  mk({
    slug: 'badge-credly-mark-html', kind: 'badges_transferred', lang: 'en', caseId: null,
    note: 'multipart Credly notice of an AWS badge, "Accept your badge" button',
    from: CREDLY, to: markTo, subject: 'Congratulations, Mark! You earned a new badge from Amazon Web Services Training and Certification', date: d('2026-10-28 04:00:00'), auth: 'pass', enc: 'utf8qp',
    text: `Congratulations, Mark!

Amazon Web Services Training and Certification issued you "AWS Certified Solutions Architect - Associate".
Accept your badge: https://www.credly.com/badges/accept`,
    html: `<table width="600"><tr><td><h2>Congratulations, Mark!</h2><p>Amazon Web Services Training and Certification issued you “AWS Certified Solutions Architect – Associate”.</p><p><a href="https://www.credly.com/badges/accept">Accept your badge</a></p></td></tr></table>`,
  }),
  mk({
    slug: 'badge-credly-capital-i', kind: 'badges_transferred', lang: 'en', caseId: null, trusted: false,
    note: 'Credly look-alike domain (credIy.com with a capital I): untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>', to: danTo, subject: tagEn('Your AWS badges have been moved'), date: d('2026-10-27 15:00:00'), auth: 'pass', enc: 'ascii7',
    text: `Your AWS badges have been moved to your new account. Sign in to view them:
http://credIy.com/signin`,
  }),
  mk({
    slug: 'badge-support-dan-and-close', kind: 'badges_transferred', lang: 'en', caseId: CASE.dan,
    note: 'support moved the badges and closes the case: badges_transferred',
    from: SUP, to: danTo, subject: SD, date: d('2026-10-29 18:00:00'), auth: 'pass', enc: 'ascii7',
    text: `${BANNER_EN[0]}

Hi Daniel,

Our back-end team re-linked your three Credly badges to ${DAN.work}; they should already be visible. With that, I'm closing the case.

${sigSup('Rafael')}`,
  }),
  mk({
    slug: 'badge-support-dan-reissued', kind: 'badges_transferred', lang: 'en', caseId: CASE.dan,
    note: 'badges reissued to the kept address; new invitations to accept',
    from: SUP, to: danTo, subject: SD, date: d('2026-10-28 17:00:00'), auth: 'pass', enc: 'utf8b64',
    text: `Hi Daniel,

We reissued your AWS badges in Credly to ${DAN.work}. You'll get one invitation per badge; accept them and the old copies drop off.

Rafael

${DISC_BW}`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'closed-dan-resolved', kind: 'case_closed', lang: 'en', caseId: CASE.dan,
    note: 'AWS Support notification: case resolved',
    from: NOTIFY, to: danTo, subject: tagEn(`AWS Support case ${CASE.dan} has been resolved`), date: d('2026-11-02 10:00:00'), auth: 'pass', enc: 'ascii7',
    text: `${BANNER_EN[0]}

Case ${CASE.dan} has been resolved and closed. If you still need help, you can reopen it from the Support Center:
${urldefense(caseUrl(CASE.dan))}

Amazon Web Services`,
  }),
  mk({
    slug: 'closed-mark-72h', kind: 'case_closed', lang: 'en', caseId: CASE.mark,
    note: 'will auto-close in 72 hours without a reply',
    from: SUP, to: markTo, subject: SM, date: d('2026-10-30 02:00:00'), auth: 'pass', enc: 'utf8qp',
    text: `${BANNER_EN[2]}

Hi Mark,

We haven't heard back since our last message. If there's nothing else, this case will close automatically in 72 hours.

Ines`,
  }),
  mk({
    slug: 'closed-dan-restates-merge', kind: 'case_closed', lang: 'en', caseId: CASE.dan, trap: true,
    note: 'closing notice that only restates the merge of October 26',
    from: SUP, to: danTo, subject: SD, date: d('2026-11-02 09:00:00'), auth: 'pass', enc: 'utf8qp',
    text: `${BANNER_EN[0]}

Hi Daniel,

As the consolidation was already completed on October 26, we're closing this case today. Thanks for your patience.

Rafael`,
  }),
  mk({
    slug: 'closed-mark-resolved-arc', kind: 'case_closed', lang: 'en', caseId: CASE.mark,
    note: 'resolved notification with ARC headers from the company tenant',
    from: NOTIFY, to: markTo, subject: tagJa(`Case ${CASE.mark} resolved`), date: d('2026-11-03 00:10:00'), auth: 'passArc', enc: 'ascii7',
    text: `${BANNER_EN[2]}

Your case ${CASE.mark} is now resolved. Replies to this email will not reopen it; use the Support Center instead.

Amazon Web Services`,
  }),
  mk({
    slug: 'closed-dan-no-response-html', kind: 'case_closed', lang: 'en', caseId: CASE.dan,
    note: 'HTML-only: closed because no response was received',
    from: SUP, to: danTo, subject: SD, date: d('2026-11-04 12:00:00'), auth: 'pass', enc: 'utf8qp',
    html: htmlWithBanner(BANNER_EN[0] ?? '', `<p>Hello Daniel,</p><p>Because we did not receive a response, this case has been closed. You can reply to this message within 14 days to reopen it.</p><p>AWS Training and Certification</p>`),
  }),
  mk({
    slug: 'closed-mark-short-notify', kind: 'case_closed', lang: 'en', caseId: CASE.mark,
    note: 'two-line closed notification from AWS Support',
    from: NOTIFY, to: markTo, subject: `Case ${CASE.mark} closed`, date: d('2026-11-03 00:12:00'), auth: 'pass', enc: 'utf8b64',
    text: `Case ${CASE.mark} has been closed.

Amazon Web Services`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'sr-dan-thanks-for-confirming', kind: 'support_reply', lang: 'en', caseId: CASE.dan, trap: true,
    note: 'thanks for confirming, passed to the team: status only',
    from: SUP, to: danTo, subject: SD, date: d('2026-10-23 19:00:00'), auth: 'pass', enc: 'ascii7',
    text: `${BANNER_EN[0]}

Hi Daniel,

Thanks for confirming. I've handed the request to the team that performs merges and will let you know when they're through.

Rafael

${olEn(danTo, 'Friday, October 23, 2026 1:40 PM', SUP_ADDR, SD, 'Yes, please go ahead.')}`,
  }),
  mk({
    slug: 'sr-mark-escalated', kind: 'support_reply', lang: 'en', caseId: CASE.mark,
    note: 'escalated, expect a few business days',
    from: SUP, to: markTo, subject: SM, date: d('2026-10-22 08:00:00'), auth: 'pass', enc: 'utf8qp',
    text: `${BANNER_EN[2]}

Hi Mark,

I've escalated this to our certification operations team because the personal profile was created through a partner portal. They usually come back within three to five business days.

Ines`,
  }),
  mk({
    slug: 'sr-dan-unable-exam-scheduled', kind: 'support_reply', lang: 'en', caseId: CASE.dan, trap: true,
    note: 'negative: cannot merge while an exam is scheduled on the legacy profile',
    from: SUP, to: danTo, subject: SD, date: d('2026-10-22 20:00:00'), auth: 'pass', enc: 'ascii7',
    text: `${BANNER_EN[0]}

Hi Daniel,

We're unable to merge the profiles right now: the legacy profile has an exam booked for November 4. Once that exam has been taken or cancelled, reply here and we'll pick it up again.

Rafael`,
  }),
  mk({
    slug: 'sr-mark-once-merged-badges', kind: 'support_reply', lang: 'en', caseId: CASE.mark, trap: true,
    note: 'conditional: "once we have merged..., your badges will be moved"',
    from: SUP, to: markTo, subject: SM, date: d('2026-10-23 03:00:00'), auth: 'pass', enc: 'utf8b64',
    text: `Hi Mark,

To answer your question: once we've merged the accounts, your badges will be moved to the kept profile as well; you won't have to earn them again.

Ines

${DISC_BI}`,
  }),
  mk({
    slug: 'sr-dan-duplicate-cases', kind: 'support_reply', lang: 'en', caseId: CASE.dan, trap: true,
    note: 'support merged duplicate cases, not accounts',
    from: SUP, to: danTo, subject: SD, date: d('2026-10-20 12:00:00'), auth: 'pass', enc: 'utf8qp',
    text: `${BANNER_EN[1]}

Hi Daniel,

I noticed your assistant also opened a case for this. I've merged that duplicate case into this one so that everything stays in one thread. We're still reviewing the profiles.

Rafael`,
  }),
  mk({
    slug: 'sr-mark-write-from-keep', kind: 'support_reply', lang: 'en', caseId: CASE.mark,
    note: 'only asks to write from the kept address, no data requested',
    from: SUP, to: `${MARK.name} <${MARK.home}>`, cc: markTo, subject: SM, date: d('2026-10-21 08:00:00'), auth: 'pass', enc: 'ascii7',
    text: `Hi Mark,

Just a heads-up: we can only act on requests sent from the address of the profile being kept. Please write to us from your Sanwa address from now on.

Ines`,
  }),
  mk({
    slug: 'sr-dan-expiry-answer-html', kind: 'support_reply', lang: 'en', caseId: CASE.dan, trap: true,
    note: 'answers a question about expiry dates after a merge (future); no event',
    from: SUP, to: danTo, subject: SD, date: d('2026-10-21 14:00:00'), auth: 'pass', enc: 'utf8b64',
    text: `Hi Daniel,

Good question. After a merge, each certification keeps its original expiration date; nothing is extended or shortened.

Rafael`,
    html: htmlWithBanner(BANNER_EN[0] ?? '', paras(`Hi Daniel,\n\nGood question. After a merge, each certification keeps its original expiration date; nothing is extended or shortened.\n\nRafael`)),
  }),
  mk({
    slug: 'sr-mark-looking-into-it-lf', kind: 'support_reply', lang: 'en', caseId: CASE.mark,
    note: 'short status: looking into it',
    from: SUP, to: markTo, subject: SM, date: d('2026-10-21 23:00:00'), auth: 'pass', enc: 'ascii7', crlf: false,
    text: `Hi Mark - thanks, got your note. I'm checking the records now and will be back in touch shortly.

Ines`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'un-megan-approves', kind: 'unrelated', lang: 'en', caseId: CASE.dan, trusted: false, trap: true,
    note: 'the executive assistant answers support on the user\'s behalf; not news from support',
    from: `${MEGAN.name} <${MEGAN.addr}>`, to: SUP, cc: danTo, subject: `RE: ${SD}`, date: d('2026-10-23 13:10:00', '-0400'), auth: 'none', enc: 'ascii7',
    text: `Hello Rafael,

On Daniel's behalf: he confirms the merge and asks you to proceed.

Megan Lee | Executive Assistant to the CTO | Brightwater Insurance

${DISC_BW}

${olEn(SUP, 'Friday, October 23, 2026 1:00 PM', danTo, SD, 'This is permanent; reply to this email saying so and we\'ll start.')}`,
  }),
  mk({
    slug: 'un-dan-fw-to-team', kind: 'unrelated', lang: 'en', caseId: CASE.dan, trusted: false, trap: true,
    note: 'the user forwards the completion to his team with himself in Cc: own mail',
    from: danTo, to: 'Cloud CoE <cloud-coe@brightwater-ins.example.com>', cc: danTo, subject: `FW: ${SD}`, date: d('2026-10-26 15:30:00', '-0400'), auth: 'none', enc: 'utf8qp',
    text: `FYI - finally merged, my certs are all on the new profile. Please update the skills matrix.

Dan

${DLP_TAG_EN}

${olEn(SUP, 'Monday, October 26, 2026 3:10 PM', danTo, SD, `Good news: the two profiles have been consolidated into ${DAN.keepId}.`)}`,
  }),
  mk({
    slug: 'un-mark-sent-copy', kind: 'unrelated', lang: 'en', caseId: CASE.mark, trusted: false, forUser: false, trap: true,
    note: 'copy of the user\'s own consent reply (Sent folder); not addressed to the user',
    from: markTo, to: SUP, subject: `RE: ${SM}`, date: d('2026-10-23 13:05:00', '+0900'), auth: 'none', enc: 'utf8b64',
    text: `Yes, I approve. Please merge.

Mark Hoffman | Sanwa Trading

${DISC_BI}

${olJa(SUP, '2026年10月23日 金曜日 10:00', markTo, SM, 'Are you happy for us to go ahead?')}`,
  }),
  mk({
    slug: 'un-credly-expiring', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'Credly reminder that an AWS badge will expire; nothing moved',
    from: CREDLY, to: danTo, subject: tagEn('Your badge expires in 90 days'), date: d('2026-11-06 12:00:00'), auth: 'pass', enc: 'ascii7',
    text: `Hi Daniel,

Your "AWS Certified Solutions Architect - Associate" badge will expire in 90 days. Recertify to keep it active on your profile.

Credly`,
  }),
  mk({
    slug: 'un-exam-results', kind: 'unrelated', lang: 'en', caseId: null,
    note: 'exam results notice from the certification site',
    from: PORTAL, to: markTo, subject: 'Your AWS Certification exam results are available', date: d('2026-11-10 08:00:00'), auth: 'pass', enc: 'utf8qp',
    text: `Hello Mark,

The results for your recent AWS Certification exam are ready. Sign in to view your score report.
${safelink(cert, MARK.work)}`,
  }),
  mk({
    slug: 'un-ndr-reply-bounced', kind: 'unrelated', lang: 'en', caseId: CASE.dan, trusted: false, trap: true,
    note: 'non-delivery report for the user\'s own reply to the case',
    from: 'Mail Delivery System <postmaster@brightwater-ins.example.com>', to: danTo, subject: `Undeliverable: RE: ${SD}`, date: d('2026-10-23 17:42:00', '-0400'), auth: 'none', enc: 'ascii7',
    extra: ['Auto-Submitted: auto-replied'],
    text: `Your message couldn't be delivered to aws-cs-trainingcertification-form@amazon.com because the message size exceeds the limit.

Original subject: RE: ${SD}
Original text (excerpt):
${quote('Yes, I confirm. Please merge the two profiles.')}`,
  }),
  mk({
    slug: 'un-reinvent-seat', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'AWS event marketing asking to confirm a seat',
    from: 'AWS Events <aws-events@amazon.com>', to: markTo, subject: tagJa('Confirm your seat: AWS re:Invent recap Tokyo'), date: d('2026-11-12 01:00:00'), auth: 'pass', enc: 'utf8qp',
    text: `Hi Mark,

Seats for the re:Invent recap in Tokyo are limited. Confirm your registration by November 20:
${safelink('https://aws.amazon.com/events/', MARK.work)}

AWS Events`,
  }),
  mk({
    slug: 'un-guild-via-credly', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'Credly badge issued by the company\'s internal guild, not AWS',
    from: 'Brightwater Cloud Guild via Credly <admin@credly.com>', to: danTo, subject: tagEn('Brightwater Cloud Guild sent you a badge'), date: d('2026-11-01 12:00:00'), auth: 'pass', enc: 'ascii7',
    text: `Daniel, Brightwater Cloud Guild issued you the "Cloud Champion 2026" badge.
Accept your badge: ${urldefense('https://www.credly.com/badges/accept')}`,
  }),
  mk({
    slug: 'un-calendar-invite', kind: 'unrelated', lang: 'en', caseId: CASE.mark, trusted: false, trap: true,
    note: 'internal calendar invitation about checking badges after the merge',
    from: 'Keiko Aoyama <k.aoyama@sanwa-trading.example.co.jp>', to: markTo, subject: 'Invitation: Partner tier review - confirm AWS certs merged & badges moved', date: d('2026-10-26 09:00:00', '+0900'), auth: 'none', enc: 'utf8qp',
    text: `When: Thursday, October 29, 2026 10:00-10:30 (UTC+09:00) Osaka, Sapporo, Tokyo
Where: Microsoft Teams meeting

Mark, can you confirm before the review that your certs were merged (case ${CASE.mark}) and the badges moved? We need them on the partner scorecard.

Keiko

${DISC_BI}`,
  }),
];
