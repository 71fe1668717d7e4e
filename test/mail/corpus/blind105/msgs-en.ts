// cz: English messages.
import { rfcDate as d, type Msg } from './lib.js';
import {
  ALEX, BUILDER, CASE, CREDLY_AWS, HEALTH, MARIA, NOREPLY, ORGS, PORTAL, PRIYA, REPOST, RETAIL, RETAIL_SHIP, SAM, SKILLB_OWN,
  SUPPORT_CTR, TC, TC_BARE, gmailEn, htmlDoc, mk, outlookEn, paras, quote, ref, sfOrigEn, tcSubject,
} from './common.js';

const S = SAM;
const samAsk = `Hi team, I ended up with two certification profiles after switching jobs.
Please fold ${S.src} (${S.srcId}) into ${S.keep} (${S.keepId}). Both have passed exams on them.
Sam`;

export const EN: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'ack-sam', kind: 'acknowledgement', lang: 'en', caseId: CASE.sam, to: S.keep,
    note: 'automatic receipt of the new merge case',
    from: NOREPLY, date: d('2026-11-16 17:03:44', '+0000'), enc: 'ascii7',
    subject: `We've received your request [CASE ${CASE.sam}]`,
    text: `Hello Sam Okafor,

Thanks for reaching out to AWS Training and Certification. Your request is logged as case ${CASE.sam}.
A member of our team normally replies within one to two business days. To add details, just reply to this email; please don't open a second case for the same question.

Amazon Web Services`,
  }),
  mk({
    slug: 'ack-alex', kind: 'acknowledgement', lang: 'en', caseId: CASE.alex, to: ALEX.keep,
    note: 'receipt from the form sender, carries the case ID',
    from: TC, date: d('2026-09-03 22:15:09', '+0000'), enc: 'utf8qp',
    subject: `[CASE ${CASE.alex}] [AWS Training and Certification Form Submission] - account-assistance`,
    text: `Hi Alex,

This note confirms we got your submission \u2014 case ${CASE.alex}. No action is needed from you right now; an agent will pick it up in the order it arrived.

Kind regards,
AWS Training & Certification Customer Service`,
  }),
  mk({
    slug: 'ack-priya-table', kind: 'acknowledgement', lang: 'en', caseId: CASE.priya, to: PRIYA.keep,
    note: 'HTML-only receipt recognisable by its table shape',
    from: NOREPLY, date: d('2026-07-22 06:48:12', '+0000'), enc: 'utf8b64',
    subject: `Case ${CASE.priya} created`,
    html: htmlDoc(`<table style="border-collapse:collapse" border="1" cellpadding="6">
<tr><td>Case ID</td><td>${CASE.priya}</td></tr>
<tr><td>Subject</td><td>Account assistance</td></tr>
<tr><td>Status</td><td>Unassigned</td></tr>
<tr><td>Opened</td><td>2026-07-22 06:48 UTC</td></tr>
</table>
<p>Reply to this message to add correspondence to the case.</p>`, 'en'),
  }),
  mk({
    slug: 'ack-sam-exam-untitled', kind: 'acknowledgement', lang: 'en', caseId: CASE.samExam, to: S.keep,
    note: "receipt of another case that doesn't say its topic: read as a receipt",
    from: NOREPLY, date: d('2026-11-24 14:00:27', '+0000'), enc: 'ascii7',
    subject: `AWS Support: case ${CASE.samExam} opened`,
    text: `Case ID: ${CASE.samExam}

We've opened your case and will get back to you soon. You can view it any time in the Support Center.`,
  }),
  mk({
    slug: 'ack-alex-lookalike', kind: 'acknowledgement', lang: 'en', caseId: CASE.alex, to: ALEX.keep,
    note: 'receipt from amazon-support.co, a look-alike domain',
    from: 'Amazon Web Services <no-reply-aws@amazon-support.co>', date: d('2026-09-03 23:40:00', '+0000'), enc: 'ascii7',
    subject: `Case ${CASE.alex} received - action required`,
    text: `Your case ${CASE.alex} has been received.
To keep it open, sign in within 24 hours: http://amazon-support.co/case/${CASE.alex}`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'ai-sam-tool', kind: 'ai_answer', lang: 'en', caseId: CASE.sam, to: S.keep,
    note: 'generative AI suggestion: try the Merge Accounts tool',
    from: NOREPLY, date: d('2026-11-16 17:01:58', '+0000'), enc: 'ascii7',
    subject: `A suggested answer for your question (case ${CASE.sam})`,
    text: `This answer was produced by generative AI and may contain mistakes.

You may be able to combine your certification profiles yourself: sign in to the certification portal with the profile you want to keep, open Profile > Merge Accounts, and enter the other profile's login email. A link will be sent there to approve.

If the tool reports that both profiles have certification history, a support agent will need to help.`,
  }),
  mk({
    slug: 'ai-alex-q', kind: 'ai_answer', lang: 'en', caseId: CASE.alex, to: ALEX.keep,
    note: 'Amazon Q-labelled automated reply, multipart',
    from: NOREPLY, date: d('2026-09-03 22:12:40', '+0000'), enc: 'utf8b64',
    subject: 'Amazon Q found an answer that might help',
    text: `Amazon Q looked at case ${CASE.alex} and suggests: use the Merge Accounts option under your certification profile. It only works when the second account has no exam history.`,
    html: htmlDoc(`<p><img alt="Amazon Q" src="https://d1.awsstatic.com/q.png" width="24"> <b>Amazon Q</b> looked at case ${CASE.alex} and suggests:</p>
<p>Use the <i>Merge Accounts</i> option under your certification profile. It only works when the second account has no exam history.</p>
<p><a href="https://aws.amazon.com/certification/faqs/">Was this helpful?</a></p>`, 'en'),
  }),
  mk({
    slug: 'ai-priya-after', kind: 'ai_answer', lang: 'en', caseId: CASE.priya, to: PRIYA.keep, trap: true,
    note: 'automated answer explaining what happens once accounts are merged',
    from: TC, date: d('2026-07-22 06:46:30', '+0000'), enc: 'utf8qp',
    subject: `Automated response \u2013 case ${CASE.priya}`,
    text: `Hi Priya,

(This is an automated response.)

After two accounts are merged, the certifications, exam history and benefits of the secondary account appear on the primary one, and the secondary login stops working. Digital badges may need to be re-claimed on Credly afterwards.

If this doesn't answer your question, reply and an agent will follow up.`,
  }),
  mk({
    slug: 'ai-sam-badges-order', kind: 'ai_answer', lang: 'en', caseId: CASE.sam, to: S.keep,
    note: 'automated hint: merge first, then claim badges',
    from: NOREPLY, date: d('2026-11-16 17:02:30', '+0000'), enc: 'ascii7',
    subject: `Related help article for case ${CASE.sam}`,
    text: `Based on your message, this article may help: "Combining certification profiles".
Tip generated automatically: complete the profile merge before accepting any Credly badge invitations, so the badges land on the profile you keep.`,
  }),
  mk({
    slug: 'ai-maria', kind: 'ai_answer', lang: 'en', caseId: CASE.maria, to: MARIA.keep,
    note: 'AI-generated answer for the merge question',
    from: TC, date: d('2026-06-11 09:20:16', '+0000'), enc: 'utf8qp',
    subject: `[CASE ${CASE.maria}] Suggested resolution (AI-generated)`,
    text: `Hola Maria,

Our virtual assistant prepared this reply:
\u2022 Sign in at aws.training with your personal email
\u2022 Choose Certification > Account settings > Merge accounts
\u2022 Enter your university email and follow the link we send there

Not solved? Choose "Contact an agent" on the case page.`,
  }),
  mk({
    slug: 'ai-alex-misaligned', kind: 'ai_answer', lang: 'en', caseId: CASE.alex, to: ALEX.keep, auth: 'misaligned',
    note: 'AI-answer text with DKIM for an unrelated domain and dmarc=fail: untrusted',
    from: NOREPLY, date: d('2026-09-04 02:02:02', '+0000'), enc: 'ascii7', relay: 'o12.sendgrid-bulk-7731.net',
    subject: 'Your AI assistant answer is ready',
    text: `Our AI assistant resolved case ${CASE.alex}. Download the merge tool here: http://sendgrid-bulk-7731.net/aws-merge.exe`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'info-sam-details', kind: 'info_request', lang: 'en', caseId: CASE.sam, to: S.keep,
    note: 'agent asks for IDs, emails and which profile to keep',
    from: TC, date: d('2026-11-17 20:31:05', '+0000'), enc: 'ascii7',
    subject: tcSubject(CASE.sam),
    text: `Hello Sam,

My name is Daniel and I'll be helping with this. Before anything can be combined I need a few details:

1. Candidate ID for each profile (they start with "AWS")
2. The login email on each
3. Which one should remain active afterwards

Reply here with those and I'll take it from there.

Daniel
AWS Training and Certification

${ref('SAM01')}

${sfOrigEn(S.keep, '11/16/2026 5:03 PM', TC_BARE, '[AWS Training and Certification Form Submission] - account-assistance', samAsk)}`,
  }),
  mk({
    slug: 'info-sam-confirm-email', kind: 'info_request', lang: 'en', caseId: CASE.sam, to: S.keep, trap: true,
    note: '"could you confirm which address" asks for information, not consent',
    from: TC, date: d('2026-11-18 18:09:44', '+0000'), enc: 'ascii7',
    subject: tcSubject(CASE.sam),
    text: `Hi Sam,

Thanks for the IDs. Could you confirm which email address you'd like to sign in with once this is done? Your old work address bounced when we tried it.

Daniel`,
  }),
  mk({
    slug: 'info-alex-ids', kind: 'info_request', lang: 'en', caseId: CASE.alex, to: ALEX.keep,
    note: 'asks for the second candidate ID and pass dates',
    from: TC, date: d('2026-09-05 15:27:31', '+0000'), enc: 'utf8qp',
    subject: tcSubject(CASE.alex),
    text: `Hi Alex,

I found ${ALEX.keepId} under ${ALEX.keep}, but nothing under the work address yet. Send over the candidate ID you used at the test center and roughly when you passed, and I'll locate the record.

Thanks,
Mariana \u2013 AWS T&C Customer Service`,
  }),
  mk({
    slug: 'info-priya-writefrom-ids', kind: 'info_request', lang: 'en', caseId: CASE.priya, to: PRIYA.keep,
    note: 'write from the kept address AND include both IDs: info_request',
    from: TC, date: d('2026-07-23 11:50:22', '+0000'), enc: 'utf8b64',
    subject: tcSubject(CASE.priya),
    text: `Hi Priya,

For security, please respond from the email on the profile you're keeping, and list the Candidate IDs of both profiles in that reply.

${gmailEn('Wed, Jul 22, 2026 at 7:48 AM', PRIYA.name, PRIYA.keep, `Hello, two AWS Certification accounts because I changed employers.\nEverything should go under ${PRIYA.keep}.`)}`,
  }),
  mk({
    slug: 'info-maria-html', kind: 'info_request', lang: 'en', caseId: CASE.maria, to: MARIA.keep,
    note: 'multipart request for the university account details',
    from: TC, date: d('2026-06-12 13:04:19', '+0000'), enc: 'utf8qp',
    subject: tcSubject(CASE.maria),
    text: `Hi Maria,

We'll need the full name exactly as it appears on your university profile, plus its candidate ID, to match the two records. Whenever you're ready, just reply.

Regards,
Owen`,
    html: htmlDoc(paras(`Hi Maria,

We'll need the full name exactly as it appears on your university profile, plus its candidate ID, to match the two records. Whenever you're ready, just reply.

Regards,
Owen`), 'en'),
  }),
  mk({
    slug: 'info-sam-noauth', kind: 'info_request', lang: 'en', caseId: CASE.sam, to: S.keep, auth: 'none',
    note: 'information request with no Authentication-Results at all: untrusted',
    from: TC, date: d('2026-11-18 03:33:03', '+0000'), enc: 'ascii7', relay: 'smtp.bulk-relay.example',
    subject: tcSubject(CASE.sam),
    text: `Hello Sam,
To finish the merge we need a photo of your passport and your date of birth. Reply with them today.`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'conf-sam-iagree', kind: 'confirmation_request', lang: 'en', caseId: CASE.sam, to: S.keep,
    note: 'asks the customer to reply "I agree" to the irreversible merge',
    from: TC, date: d('2026-11-19 16:44:12', '+0000'), enc: 'ascii7',
    subject: tcSubject(CASE.sam),
    text: `Hi Sam,

Everything lines up. Here's the plan:
  keep:   ${S.keepId} / ${S.keep}
  retire: ${S.srcId} / ${S.src}

This can't be reversed afterwards. If you're happy with it, reply "I agree" and I'll submit it.

Daniel`,
  }),
  mk({
    slug: 'conf-sam-checkin', kind: 'confirmation_request', lang: 'en', caseId: CASE.sam, to: S.keep,
    note: 'follow-up still waiting for the go-ahead',
    from: TC, date: d('2026-11-22 17:01:39', '+0000'), enc: 'ascii7',
    subject: tcSubject(CASE.sam),
    text: `Hi Sam, just checking in - I still need your go-ahead on the plan from the 19th before the profiles can be combined. A one-line reply is enough. Keep in mind it's permanent.

Daniel`,
  }),
  mk({
    slug: 'conf-alex-outlook', kind: 'confirmation_request', lang: 'en', caseId: CASE.alex, to: ALEX.keep,
    note: 'consent request above an Outlook quote of the user details',
    from: TC, date: d('2026-09-07 14:14:50', '+0000'), enc: 'utf8qp',
    subject: tcSubject(CASE.alex),
    text: `Hi Alex,

Found it. Do we have your OK to merge ${ALEX.srcId} into ${ALEX.keepId}? Once done it can\u2019t be split again.

Mariana

${outlookEn(`${ALEX.name} <${ALEX.keep}>`, 'Saturday, September 6, 2026 10:02 AM', TC_BARE, tcSubject(CASE.alex), `The old one is ${ALEX.srcId}, passed SAA in 2024.`)}`,
  }),
  mk({
    slug: 'conf-priya-html', kind: 'confirmation_request', lang: 'en', caseId: CASE.priya, to: PRIYA.keep,
    note: 'HTML-only consent request',
    from: TC, date: d('2026-07-24 10:10:10', '+0000'), enc: 'utf8b64',
    subject: tcSubject(CASE.priya),
    html: htmlDoc(paras(`Hello Priya,

Before I proceed: merging ${PRIYA.srcId} into ${PRIYA.keepId} is permanent and the old login will stop working.

Please reply to let me know you approve, and I'll hand it over for processing.

Best,
Ken`), 'en'),
  }),
  mk({
    slug: 'conf-maria-bottom', kind: 'confirmation_request', lang: 'en', caseId: CASE.maria, to: MARIA.keep,
    note: 'bottom-posted consent request under the quoted customer reply',
    from: TC, date: d('2026-06-14 08:30:27', '+0000'), enc: 'ascii7',
    subject: tcSubject(CASE.maria),
    text: `${gmailEn('Fri, Jun 13, 2026 at 6:12 PM', MARIA.name, MARIA.keep, `Name on the uni profile is Maria J. Garcia, ID ${MARIA.srcId}.`)}

Thank you Maria, that matched. Shall we go ahead and merge the two? Please note it cannot be undone - a quick "yes" is all I need.

Owen`,
  }),
  mk({
    slug: 'conf-sam-resent', kind: 'confirmation_request', lang: 'en', caseId: CASE.sam, to: S.src,
    note: 'consent request redirected by the old employer (Resent-*): not delivered to the user',
    from: TC, date: d('2026-11-19 16:44:50', '+0000'), enc: 'ascii7',
    resent: { from: 'postmaster@formerco.example', to: 'it-archive@formerco.example', date: d('2026-11-19 16:45:30', '+0000') },
    subject: tcSubject(CASE.sam),
    text: `Hi Sam,

Copying your former address as well: please reply "I agree" if we may merge ${S.srcId} into ${S.keepId}. It can't be reversed.

Daniel`,
  }),

  // ---------------- merge_completed ----------------
  mk({
    slug: 'mc-sam', kind: 'merge_completed', lang: 'en', caseId: CASE.sam, to: S.keep,
    note: 'agent reports the merge done',
    from: TC, date: d('2026-11-24 19:22:06', '+0000'), enc: 'ascii7',
    subject: tcSubject(CASE.sam),
    text: `Hi Sam,

Good news: ${S.srcId} has been folded into ${S.keepId}. Sign in with ${S.keep} and you should see all four certifications.

Daniel

> I agree.
> Sam`,
  }),
  mk({
    slug: 'mc-alex-portal', kind: 'merge_completed', lang: 'en', to: ALEX.keep,
    note: "certification portal's own merged notice (no case ID)",
    from: PORTAL, date: d('2026-09-09 04:51:17', '+0000'), enc: 'utf8qp',
    subject: 'Your AWS Certification accounts have been merged',
    text: `Hello Alex Kim,

Your AWS Certification accounts have been merged. Going forward, sign in with ${ALEX.keep}.

AWS Certification`,
    html: htmlDoc(`<h3>Your AWS Certification accounts have been merged</h3><p>Hello Alex Kim,</p><p>Going forward, sign in with <b>${ALEX.keep}</b>.</p>`, 'en'),
  }),
  mk({
    slug: 'mc-priya-close', kind: 'merge_completed', lang: 'en', caseId: CASE.priya, to: PRIYA.keep,
    note: 'completion plus case closing: the new fact is the merge',
    from: TC, date: d('2026-07-27 12:40:33', '+0000'), enc: 'utf8qp',
    subject: tcSubject(CASE.priya),
    text: `Hi Priya,

Your two profiles are now one \u2014 everything from ${PRIYA.srcId} shows under ${PRIYA.keepId}. I'll close this case now; replying reopens it.

Ken`,
  }),
  mk({
    slug: 'mc-maria-check', kind: 'merge_completed', lang: 'en', caseId: CASE.maria, to: MARIA.keep,
    note: 'completion with "please check all looks right"',
    from: TC, date: d('2026-06-16 10:05:55', '+0000'), enc: 'utf8b64',
    subject: tcSubject(CASE.maria),
    text: `Hi Maria,

The merge went through this morning. Have a look at your transcript and benefits and let me know if anything is missing.

Owen`,
  }),
  mk({
    slug: 'mc-sam-dkimonly', kind: 'merge_completed', lang: 'en', caseId: CASE.sam, to: S.keep, auth: 'dkimonly',
    note: 'portal-style completion on the case, authenticated by aligned DKIM only',
    from: TC, date: d('2026-11-24 19:30:40', '+0000'), enc: 'ascii7',
    subject: `Account merge complete - case ${CASE.sam}`,
    text: `Case ${CASE.sam}: account merge complete.
Primary: ${S.keepId}
Merged: ${S.srcId}`,
  }),
  mk({
    slug: 'mc-alex-forged-below', kind: 'merge_completed', lang: 'en', caseId: CASE.alex, to: ALEX.keep, auth: 'forgedBelow',
    note: 'completion wording, pass header below the server Received: untrusted',
    from: TC, date: d('2026-09-08 21:11:11', '+0000'), enc: 'ascii7', relay: 'vps-22.hostingpanel.example',
    subject: tcSubject(CASE.alex),
    text: `Hi Alex, your merge is complete. Claim your free exam voucher: http://aws-voucher.hostingpanel.example`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'bt-sam-credly', kind: 'badges_transferred', lang: 'en', to: S.keep,
    note: 'AWS badge via Credly on the kept address',
    from: CREDLY_AWS, date: d('2026-11-25 08:14:29', '+0000'), enc: 'utf8qp',
    subject: 'Sam, accept your AWS Certified Solutions Architect - Professional badge',
    text: `Amazon Web Services Training and Certification has issued you a badge: AWS Certified Solutions Architect - Professional.
Accept your badge: https://www.credly.com/badges/77c1d0/accept`,
    html: htmlDoc(`<p>Amazon Web Services Training and Certification has issued you a badge.</p><p><b>AWS Certified Solutions Architect - Professional</b></p><p><a href="https://www.credly.com/badges/77c1d0/accept">Accept your badge</a></p>`, 'en'),
  }),
  mk({
    slug: 'bt-alex-agent-close', kind: 'badges_transferred', lang: 'en', caseId: CASE.alex, to: ALEX.keep,
    note: 'support: badges moved, closing',
    from: TC, date: d('2026-09-11 16:58:02', '+0000'), enc: 'utf8qp',
    subject: tcSubject(CASE.alex),
    text: `Hi Alex,

The Credly badges that were stuck on your work address now sit on your ${ALEX.keep} profile. With that, I'm resolving this case.

Mariana

${quote(`Merge looks good, but Credly still shows my badges under ${ALEX.src}.`)}`,
  }),
  mk({
    slug: 'bt-priya-credly', kind: 'badges_transferred', lang: 'en', to: PRIYA.keep,
    note: 'AWS-issued badge via Credly',
    from: CREDLY_AWS, date: d('2026-07-28 01:09:47', '+0000'), enc: 'ascii7',
    subject: 'You have a new badge from Amazon Web Services Training and Certification',
    text: `Hi Priya,

Amazon Web Services Training and Certification issued you "AWS Certified Data Engineer - Associate".
Accept your badge and share it: https://www.credly.com/earner/earned/badge/pn-dea-2207

The Credly Team`,
  }),
  mk({
    slug: 'bt-maria-agent', kind: 'badges_transferred', lang: 'en', caseId: CASE.maria, to: MARIA.keep,
    note: 'support says the badges were reassigned',
    from: TC, date: d('2026-06-18 11:45:00', '+0000'), enc: 'utf8b64',
    subject: tcSubject(CASE.maria),
    text: `Hi Maria,

Quick update: both Credly badges were reassigned to ${MARIA.keep}. You'll get Credly's usual emails to accept them.

Owen`,
  }),
  mk({
    slug: 'bt-sam-credly-htmlonly', kind: 'badges_transferred', lang: 'en', to: S.keep,
    note: 'HTML-only Credly issuance for an AWS badge',
    from: CREDLY_AWS, date: d('2026-11-25 08:15:02', '+0000'), enc: 'utf8b64',
    subject: 'Amazon Web Services Training and Certification sent you a badge',
    html: htmlDoc(`<table width="600"><tr><td><p>Congratulations, Sam!</p><p>You earned <b>AWS Certified Developer - Associate</b> from Amazon Web Services Training and Certification.</p><p><a href="https://www.credly.com/badges/9ae2f1/accept">Accept Badge</a></p></td></tr></table>`, 'en'),
  }),
  mk({
    slug: 'bt-priya-lookalike', kind: 'badges_transferred', lang: 'en', to: PRIYA.keep, auth: 'fail',
    note: 'badge notice from credly-badges.net with dmarc=fail: untrusted',
    from: 'Amazon Web Services via Credly <admin@credly-badges.net>', date: d('2026-07-28 05:05:05', '+0000'), enc: 'ascii7',
    subject: 'Your AWS badges were transferred - verify now',
    text: `Your AWS badges were transferred to your new account. Verify within 24h: http://credly-badges.net/verify`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'cc-sam-noreply', kind: 'case_closed', lang: 'en', caseId: CASE.sam, to: S.keep,
    note: "\"we haven't heard from you\": will be resolved automatically",
    from: NOREPLY, date: d('2026-11-21 00:00:12', '+0000'), enc: 'ascii7',
    subject: `We haven't heard back from you - case ${CASE.sam}`,
    text: `Hello,

We're still waiting on a reply for case ${CASE.sam}. If we don't hear from you within 5 days, the case will be resolved automatically. You can reopen it by replying.

Amazon Web Services`,
  }),
  mk({
    slug: 'cc-alex-resolve', kind: 'case_closed', lang: 'en', caseId: CASE.alex, to: ALEX.keep,
    note: 'agent resolves the case, no new merge fact',
    from: TC, date: d('2026-09-15 13:30:00', '+0000'), enc: 'ascii7',
    subject: tcSubject(CASE.alex),
    text: `Hi Alex,

Since there's nothing else outstanding, I'm marking this case resolved. Thanks for your patience.

Mariana`,
  }),
  mk({
    slug: 'cc-priya-restate', kind: 'case_closed', lang: 'en', caseId: CASE.priya, to: PRIYA.keep, trap: true,
    note: 'closing notice that restates the earlier merge',
    from: TC, date: d('2026-08-04 09:12:45', '+0000'), enc: 'utf8qp',
    subject: tcSubject(CASE.priya),
    text: `Hi Priya,

As your profiles were merged on July 27 and the badges came across, we're closing this case out. Feel free to reply if something comes up.

Ken`,
  }),
  mk({
    slug: 'cc-maria-status', kind: 'case_closed', lang: 'en', caseId: CASE.maria, to: MARIA.keep,
    note: 'system notice: case resolved',
    from: NOREPLY, date: d('2026-06-25 00:00:03', '+0000'), enc: 'ascii7',
    subject: `Case ${CASE.maria} has been resolved`,
    text: `Case ID: ${CASE.maria}
Status: Resolved

If you need more help on this topic, reply to reopen the case.`,
  }),
  mk({
    slug: 'cc-sam-72h', kind: 'case_closed', lang: 'en', caseId: CASE.sam, to: S.keep,
    note: 'auto-close in 72 hours reminder from Support Center',
    from: SUPPORT_CTR, date: d('2026-11-27 00:01:19', '+0000'), enc: 'utf8qp',
    subject: `Reminder: case ${CASE.sam} pending your response`,
    text: `Your case is in "Pending customer action". It will auto-close in 72 hours unless you respond.

Case ID: ${CASE.sam}`,
  }),
  mk({
    slug: 'cc-alex-displayname', kind: 'case_closed', lang: 'en', caseId: CASE.alex, to: ALEX.keep, auth: 'none',
    note: 'trusted display name on a free-mail address: untrusted',
    from: 'AWS Training and Certification <aws.cs.training.cert@gmail.example>', date: d('2026-09-16 07:07:07', '+0000'), enc: 'ascii7',
    subject: tcSubject(CASE.alex),
    text: `Your case ${CASE.alex} has been closed. Rate us to receive a free voucher: http://bit.example/aws-rate`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'sr-sam-thanks', kind: 'support_reply', lang: 'en', caseId: CASE.sam, to: S.keep, trap: true,
    note: 'thanks for confirming, passed on: not the completion',
    from: TC, date: d('2026-11-23 15:20:41', '+0000'), enc: 'ascii7',
    subject: tcSubject(CASE.sam),
    text: `Hi Sam,

Recieved your agreement, thanks. I've pased it to the team that handles profile merges; expect news from me within a few business days.

Daniel

On Sun, Nov 23, 2026 at 2:58 PM Sam Okafor <${S.keep}> wrote:
> I agree.`,
  }),
  mk({
    slug: 'sr-alex-unable', kind: 'support_reply', lang: 'en', caseId: CASE.alex, to: ALEX.keep, trap: true,
    note: '"we are unable to merge right now": negated, nothing asked',
    from: TC, date: d('2026-09-06 12:12:58', '+0000'), enc: 'utf8qp',
    subject: tcSubject(CASE.alex),
    text: `Hi Alex,

We're unable to merge the profiles while your beta exam result is still pending on ${ALEX.srcId}. I've set a reminder and will pick this back up once the score is released \u2014 nothing needed from you.

Mariana`,
  }),
  mk({
    slug: 'sr-priya-dup-cases', kind: 'support_reply', lang: 'en', caseId: CASE.priya, to: PRIYA.keep, trap: true,
    note: '"merged your duplicate cases" is not the account merge',
    from: TC, date: d('2026-07-23 07:30:15', '+0000'), enc: 'utf8qp',
    subject: tcSubject(CASE.priya),
    text: `Hi Priya,

You'd sent the same request twice, so I merged the two cases into this one (${CASE.priya}). Reviewing now.

Ken`,
  }),
  mk({
    slug: 'sr-maria-escalate', kind: 'support_reply', lang: 'en', caseId: CASE.maria, to: MARIA.keep,
    note: 'escalation status update',
    from: TC, date: d('2026-06-13 09:40:11', '+0000'), enc: 'ascii7',
    subject: tcSubject(CASE.maria),
    text: `Hi Maria,

Your university profile was created by an academy program, so I've escalated to the team that owns those records. I'll update you as soon as they respond.

Owen`,
  }),
  mk({
    slug: 'sr-sam-writefrom', kind: 'support_reply', lang: 'en', caseId: CASE.sam, to: S.src,
    note: 'write to us from the address you keep, no data asked',
    from: TC, date: d('2026-11-17 09:02:38', '+0000'), enc: 'ascii7',
    subject: tcSubject(CASE.sam),
    text: `Hello,

We received a message on this case from ${S.src}. For the account owner's protection, please continue the conversation from the address on the profile you plan to keep.

AWS Training and Certification`,
  }),
  mk({
    slug: 'sr-alex-voucher', kind: 'support_reply', lang: 'en', caseId: CASE.alex, to: ALEX.keep,
    note: 'answer about the voucher on the merge case',
    from: TC, date: d('2026-09-05 20:21:04', '+0000'), enc: 'utf8b64',
    subject: tcSubject(CASE.alex),
    text: `Hi Alex,

To your question: the 50% voucher from ${ALEX.srcId} is not lost; unexpired benefits carry over to the profile you keep.

Mariana`,
  }),

  // ---------------- unrelated: the rest of Amazon / AWS ----------------
  mk({
    slug: 'un-sam-tax-receipt', kind: 'unrelated', lang: 'en', caseId: CASE.samBill, to: S.keep, trap: true,
    note: 'receipt of a billing case that names its topic (tax settings)',
    from: SUPPORT_CTR, date: d('2026-11-10 19:19:19', '+0000'), enc: 'ascii7',
    subject: `Case ${CASE.samBill}: Tax registration number - received`,
    text: `Thanks for contacting AWS Support.

Case ID: ${CASE.samBill}
Subject: Tax registration number on invoices
Category: Account and billing

We'll reply in the Support Center.`,
  }),
  mk({
    slug: 'un-sam-tax-resolved', kind: 'unrelated', lang: 'en', caseId: CASE.samBill, to: S.keep, trap: true,
    note: 'billing case resolved: the tax number was updated',
    from: SUPPORT_CTR, date: d('2026-11-12 21:40:02', '+0000'), enc: 'utf8qp',
    subject: `Case ${CASE.samBill} resolved - tax settings updated`,
    text: `Hello Sam,

We've updated the tax registration number on your account; future invoices will show it. I've marked case ${CASE.samBill} as resolved.

Priyanka, AWS Billing & Accounts`,
  }),
  mk({
    slug: 'un-repost-orgs-en', kind: 'unrelated', lang: 'en', to: ALEX.keep, trap: true,
    note: 're:Post answer about merging AWS accounts into an organization',
    from: REPOST, date: d('2026-09-20 14:02:11', '+0000'), enc: 'utf8b64',
    subject: 'New answer on "How do I merge two AWS accounts?"',
    text: `Hi Alex Kim,

There's a new answer on a question you follow:

"AWS accounts can't be merged in the sense of combining resources. You can invite one account into an AWS Organization and move workloads, then close the old account."

View answer: https://repost.aws/questions/QUm3rg3x

You're receiving this because you follow this question.`,
  }),
  mk({
    slug: 'un-orgs-joined-en', kind: 'unrelated', lang: 'en', to: S.keep, trap: true,
    note: 'AWS Organizations: account joined your organization',
    from: ORGS, date: d('2026-11-26 10:45:13', '+0000'), enc: 'ascii7',
    subject: 'Account 6021-4418-9073 has joined your organization',
    text: `The AWS account 6021-4418-9073 (okafor-lab) accepted your invitation and is now a member of organization o-3pd81kzv.
Its charges will be consolidated into your management account's bill starting this month.`,
  }),
  mk({
    slug: 'un-health-ec2', kind: 'unrelated', lang: 'en', to: PRIYA.keep,
    note: 'AWS Health: EC2 instance retirement',
    from: HEALTH, date: d('2026-08-02 06:00:00', '+0000'), enc: 'utf8qp',
    subject: '[Action Required] Amazon EC2 instance scheduled for retirement',
    text: `Hello,

EC2 has detected degradation of the underlying hardware hosting instance i-0a3f9c21be77d4e10 in us-east-1. The instance is scheduled for retirement on 2026-08-16.

Please stop and start the instance before then to move it to healthy hardware.

Sincerely,
Amazon Web Services`,
  }),
  mk({
    slug: 'un-root-password', kind: 'unrelated', lang: 'en', to: MARIA.keep,
    note: 'root user password changed notice',
    from: NOREPLY, date: d('2026-06-30 18:22:40', '+0000'), enc: 'ascii7',
    subject: 'Your AWS root user password was changed',
    text: `Hello,

The password for the root user of AWS account 2209-6634-1187 was changed on June 30, 2026 at 18:22 UTC.
If you did not make this change, contact AWS Support immediately.`,
  }),
  mk({
    slug: 'un-retail-order', kind: 'unrelated', lang: 'en', to: S.keep, trap: true,
    note: 'Amazon.com order confirmation',
    from: RETAIL, date: d('2026-11-20 02:13:46', '+0000'), enc: 'utf8qp',
    subject: 'Your Amazon.com order #112-8840273-5519301',
    text: `Hello Sam,

Thank you for shopping with us. We've received your order and will let you know when it ships.

Order #112-8840273-5519301
AWS Certified Solutions Architect Official Study Guide - qty 1 - $41.99
Arriving: Monday, November 24

Order confirmation details are in Your Orders.`,
    html: htmlDoc(`<p>Hello Sam,</p><p>Thank you for shopping with us. We\u2019ve received your order and will let you know when it ships.</p><table><tr><td>Order #112-8840273-5519301</td></tr><tr><td>AWS Certified Solutions Architect Official Study Guide &times; 1 &mdash; $41.99</td></tr><tr><td>Arriving: Monday, November 24</td></tr></table>`, 'en'),
  }),
  mk({
    slug: 'un-retail-shipped', kind: 'unrelated', lang: 'en', to: S.keep,
    note: 'Amazon.com shipment notice',
    from: RETAIL_SHIP, date: d('2026-11-21 15:04:09', '+0000'), enc: 'ascii7',
    subject: 'Shipped: "AWS Certified Solutions Architect..."',
    text: `Your package is on the way.
Order #112-8840273-5519301
Track package: https://www.amazon.com/progress-tracker/package/ref=pe_1`,
  }),
  mk({
    slug: 'un-builder-verify', kind: 'unrelated', lang: 'en', to: ALEX.keep, trap: true,
    note: 'AWS Builder ID email verification code',
    from: BUILDER, date: d('2026-09-02 12:00:45', '+0000'), enc: 'ascii7',
    subject: 'Verify your AWS Builder ID email address',
    text: `Hello,

To finish creating your AWS Builder ID, confirm this email with the code below:

    218 450

The code expires in 30 minutes.`,
  }),
  mk({
    slug: 'un-skillbuilder-renewal', kind: 'unrelated', lang: 'en', to: PRIYA.keep, trap: true,
    note: 'Skill Builder subscription renewal from skillbuilder.aws (not a trusted domain)',
    from: SKILLB_OWN, date: d('2026-08-10 04:04:04', '+0000'), enc: 'utf8qp',
    subject: 'Your AWS Skill Builder subscription renewal is confirmed',
    text: `Hi Priya,

Your Individual subscription renewed on August 10, 2026. Payment received: $29.00.
Manage your subscription from your account settings.`,
  }),
  mk({
    slug: 'un-sam-exam-resched', kind: 'unrelated', lang: 'en', caseId: CASE.samExam, to: S.keep, trap: true,
    note: 'reply on the exam-rescheduling case (topic stated): another case',
    from: TC, date: d('2026-11-25 13:13:13', '+0000'), enc: 'ascii7',
    subject: `RE:[CASE ${CASE.samExam}] [AWS Training and Certification Form Submission] - exam-scheduling`,
    text: `Hi Sam,

Your exam appointment has been moved to December 9 at 10:00 as requested. The change is complete, and the confirmation will come from the test vendor. I'll close this case.

Lena`,
  }),
  mk({
    slug: 'un-credly-microsoft', kind: 'unrelated', lang: 'en', to: ALEX.keep, trap: true,
    note: 'Credly badge from another issuer (Microsoft)',
    from: 'Microsoft via Credly <admin@credly.com>', date: d('2026-09-12 17:30:55', '+0000'), enc: 'ascii7',
    subject: 'Accept your Microsoft Certified: Azure Administrator Associate badge',
    text: `Microsoft has issued you a badge: Microsoft Certified: Azure Administrator Associate.
Accept your badge: https://www.credly.com/badges/ms-az104/accept`,
  }),
  mk({
    slug: 'un-sam-forward-colleague', kind: 'unrelated', lang: 'en', caseId: CASE.sam, auth: 'none', trap: true,
    note: "user's own forward of the completion to a colleague",
    from: `${S.name} <${S.keep}>`, to: 'team-leads@newco.example', date: d('2026-11-24 14:40:01', '-0500'), enc: 'ascii7',
    subject: `Fwd: ${tcSubject(CASE.sam)}`,
    text: `FYI - my certs are finally under one profile, you can update the partner tracker.

---------- Forwarded message ---------
From: AWS Training and Certification <${TC_BARE}>
Date: Mon, Nov 24, 2026 at 2:22 PM
Subject: ${tcSubject(CASE.sam)}

Good news: ${S.srcId} has been folded into ${S.keepId}.`,
  }),
  mk({
    slug: 'un-orgs-team-list', kind: 'unrelated', lang: 'en', to: 'cloud-admins@formerco.example',
    note: 'Organizations notice sent to a team list at the old company: not for the user',
    from: ORGS, date: d('2026-10-02 08:18:27', '+0000'), enc: 'ascii7',
    subject: 'AWS Organizations: member account removed',
    text: `Account 3381-0072-6654 was removed from organization o-fc02n7tq by the management account.`,
  }),
];
