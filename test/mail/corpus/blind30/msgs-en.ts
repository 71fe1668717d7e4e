// English messages of set ac (voice: time, deadlines, waiting).
import {
  AUTO, CASE, COLLEAGUE_EN, CREDLY_AWS, DANIEL, DANIEL_REQ, FORM, LENA, LENA_REQ, NOTIFY, SUPPORT, TOMAS, TOMAS_REQ,
  formSubject, gmailEn, htmlDoc, mk, outlookEn, paras, quote, sfOriginal, sfRef,
} from './common.js';

const D = `${DANIEL.name} <${DANIEL.keep}>`;
const DS = `${DANIEL.name} <${DANIEL.src}>`;
const L = `${LENA.name} <${LENA.keep}>`;
const T = `${TOMAS.name} <${TOMAS.keep}>`;

export const EN = mk('en', [
  // ---------------- acknowledgement (6) ----------------
  {
    kind: 'acknowledgement', caseId: CASE.daniel, note: 'automatic receipt with the case ID and a 24-48 hour estimate',
    from: SUPPORT, to: D, subject: `[CASE ${CASE.daniel}] We've received your request`, at: '2026-11-09 14:02:37', enc: 'ascii7',
    text: `Hello Daniel,

Thanks for reaching out to AWS Training and Certification. Your case number is ${CASE.daniel}.

What to expect: a member of our team typically replies within 24-48 hours (Monday-Friday).
Opening another case for the same request resets its place in the queue, so please reply to this email instead if you need to add anything.

This message was sent automatically. Please do not change the subject line when replying.

AWS Training and Certification Customer Service`,
  },
  {
    kind: 'acknowledgement', caseId: CASE.lena, note: 'receipt that warns about reduced staffing over the holidays; multipart',
    from: SUPPORT, to: L, subject: `Case ${CASE.lena} created - AWS Training and Certification`, at: '2026-12-17 08:51:19', enc: 'utf8qp',
    text: `Hi Lena,

Case ${CASE.lena} is open. A specialist will get back to you, usually within two business days.

Holiday hours: between December 24 and January 1 our team is running with reduced staff, so first responses may take longer than usual. We appreciate your patience.

— AWS Training & Certification Support`,
    html: htmlDoc(paras(`Hi Lena,

Case ${CASE.lena} is open. A specialist will get back to you, usually within two business days.

Holiday hours: between December 24 and January 1 our team is running with reduced staff, so first responses may take longer than usual. We appreciate your patience.

— AWS Training & Certification Support`), 'en'),
  },
  {
    kind: 'acknowledgement', caseId: CASE.tomas, note: 'HTML-only receipt, case number in a table',
    from: SUPPORT, to: T, subject: `Your AWS Training and Certification case [CASE ${CASE.tomas}]`, at: '2026-10-05 19:22:44', enc: 'utf8b64',
    html: htmlDoc(`<table style="width:600px;border:1px solid #ddd"><tr><td style="padding:16px">
<p>Hi Tomas,</p>
<p>We got your message. Here are the details:</p>
<table><tr><td>Case</td><td><b>${CASE.tomas}</b></td></tr><tr><td>Submitted</td><td>Oct 5, 2026 7:22 PM UTC</td></tr><tr><td>Expected first response</td><td>within 1 business day</td></tr></table>
<p style="color:#777;font-size:11px">Automated message &ndash; replies to this address are added to your case.</p>
</td></tr></table>`, 'en'),
  },
  {
    kind: 'acknowledgement', trap: true, caseId: CASE.daniel, note: 'AWS Support style case-created notice; mentions they may later ask to confirm details',
    from: NOTIFY, to: D, subject: `Amazon Web Services Support: case ${CASE.daniel} has been created`, at: '2026-11-09 14:02:10', enc: 'ascii7',
    text: `Dear Customer,

A new support case has been created for you.

Case ID: ${CASE.daniel}
Subject: Certification account merge
Severity: General guidance

Our team will review your request and may contact you to confirm account details before any change is made. You can check the status of your case at any time in the Support Center.

Sincerely,
Amazon Web Services`,
  },
  {
    kind: 'acknowledgement', trusted: false, auth: 'otherOnly', caseId: CASE.lenaDup, note: 'receipt whose only Authentication-Results comes from another server',
    from: SUPPORT, to: L, subject: `[CASE ${CASE.lenaDup}] We've received your request`, at: '2026-12-21 11:17:09', enc: 'ascii7',
    text: `Hi Lena,

Your new case ${CASE.lenaDup} has been logged. Expect a reply within 48 hours.

AWS Training and Certification`,
  },
  {
    kind: 'acknowledgement', auth: 'dkimonly', caseId: '1799044518', note: 'receipt from support.aws.com with aligned DKIM only; a second question from Tomas',
    from: 'AWS Support <no-reply@support.aws.com>', to: T, subject: 'Case 1799044518 received', at: '2026-10-20 16:40:03', enc: 'ascii7',
    text: `Thank you for contacting us. We have received your inquiry and opened case 1799044518.
Response time for Training and Certification inquiries is currently about 1 business day.
Please keep this number for your records.`,
  },

  // ---------------- ai_answer (6) ----------------
  {
    kind: 'ai_answer', caseId: null, note: 'AI suggestion pointing to the self-service Merge Accounts tool',
    from: SUPPORT, to: D, subject: 'Suggested answer for your question', at: '2026-11-09 13:58:51', enc: 'ascii7',
    text: `This answer was generated by AI and may contain mistakes.

You asked: "How do I merge two AWS Certification accounts?"

Sign in to your AWS Certification account, open your profile and choose Merge Accounts. If only one of the accounts has certification history, the tool can usually combine them in a few minutes.

Still need help? Choose "Create case" and an agent will reply, typically within a business day.`,
  },
  {
    kind: 'ai_answer', trap: true, caseId: null, note: 'AI answer describing what happens after a merge (badges move later); no action on a case',
    from: SUPPORT, to: L, subject: 'AI-generated response: account merge', at: '2026-12-17 08:46:02', enc: 'utf8qp',
    text: `Here's what we found (AI-generated, please verify):

• When both accounts already hold certifications, the self-service merge tool won't work — you'll need to open a case.
• After an agent completes the merge, your certifications and exam benefits show under the account you keep.
• Credly badges can take a few extra days to move across. Claim them on Credly once they appear.

Did this resolve your question?  Yes / No, create a case`,
  },
  {
    kind: 'ai_answer', caseId: null, note: 'multipart AI suggestion, notes current response times',
    from: SUPPORT, to: T, subject: 'Quick answer from our virtual assistant', at: '2026-10-05 19:18:30', enc: 'utf8b64',
    text: `Hi! I'm the AWS Training and Certification virtual assistant.

To combine two certification accounts, try Profile > Merge Accounts in the certification portal first. If the tool says it can't merge them, pick "Create case" below. Human agents are currently answering in about one business day.`,
    html: htmlDoc(`<p>Hi! I'm the AWS Training and Certification virtual assistant.</p>
<p>To combine two certification accounts, try <b>Profile &gt; Merge Accounts</b> in the certification portal first. If the tool says it can't merge them, pick "Create case" below. Human agents are currently answering in about one business day.</p>`, 'en'),
  },
  {
    kind: 'ai_answer', caseId: CASE.daniel, note: 'automated suggestion added to an open case while the user waits for an agent',
    from: SUPPORT, to: D, subject: formSubject(CASE.daniel), at: '2026-11-09 14:05:00', enc: 'ascii7',
    text: `While you wait for an agent, this automatically generated article may help:

"Merging AWS Certification accounts" - if one account has no exam history, use Profile > Merge Accounts to do it yourself right away.

If it doesn't apply to you, no need to reply; your case stays in the queue.`,
  },
  {
    kind: 'ai_answer', caseId: null, note: 'generated answer with an accuracy disclaimer',
    from: SUPPORT, to: T, subject: 'Generated answer - may be inaccurate', at: '2026-10-20 16:35:12', enc: 'utf8b64',
    text: `Generated by AI. Review before relying on it.

Certification expiry dates don't change when accounts are combined. Each certification keeps the date it was earned and stays valid for three years from then.

If you still have questions, create a case and an agent will follow up.`,
  },
  {
    kind: 'ai_answer', trusted: false, auth: 'none', caseId: null, note: 'AI-style answer with no Authentication-Results',
    from: SUPPORT, to: L, subject: 'Suggested answer', at: '2026-12-29 23:10:48', enc: 'ascii7',
    text: `AI-generated suggestion: use the Merge Accounts tool in your profile. It usually finishes within minutes.`,
  },

  // ---------------- info_request (7) ----------------
  {
    kind: 'info_request', caseId: CASE.daniel, note: 'apologises for the wait, then asks for both candidate IDs and the account to keep',
    from: SUPPORT, to: D, subject: formSubject(CASE.daniel), at: '2026-11-12 10:14:29', enc: 'ascii7',
    text: `Hi Daniel,

Sorry for the slow reply - we've had an unusually high volume of requests this week.

Before we can go ahead, could you send us:
- the candidate ID (starts with "AWS") of each account
- the email address each account is registered with
- which of the two you'd like to keep going forward

Just reply to this message with the details.

Kind regards,
Farah
AWS Training and Certification Customer Service

${sfOriginal(DANIEL.keep, '2026-11-09 14:01', FORM, 'Certification account merge', DANIEL_REQ)}

${sfRef('Dan01')}`,
  },
  {
    kind: 'info_request', caseId: CASE.lena, note: 'follow-up reminder: the details asked for on Dec 18 are still needed; no closing threat',
    from: SUPPORT, to: L, subject: formSubject(CASE.lena), at: '2027-01-04 09:33:41', enc: 'utf8qp',
    text: `Hi Lena,

Happy New Year! Just circling back on our note from December 18 — we're still missing the candidate ID for your older account (${LENA.src}).

Once you've had a chance to look it up, pop it into a reply here.

Thanks,
Jonas — AWS Training & Certification`,
  },
  {
    kind: 'info_request', trap: true, caseId: CASE.tomas, note: '"please confirm which email you want to keep" asks for information',
    from: SUPPORT, to: T, subject: formSubject(CASE.tomas), at: '2026-10-06 15:25:10', enc: 'ascii7',
    text: `Hello Tomas,

Thanks for your patience. We found both of your profiles.

Can you confirm which email address you'd like to keep as the login after everything is combined - ${TOMAS.keep} or ${TOMAS.src}?

Regards,
Marisol`,
  },
  {
    kind: 'info_request', caseId: CASE.daniel, note: 'asks the user to reply from the address he keeps and include the candidate ID; multipart',
    from: SUPPORT, to: DS, subject: formSubject(CASE.daniel), at: '2026-11-16 12:07:55', enc: 'ascii7',
    text: `Hi Daniel,

Thanks for the details. For security reasons we need this request to come from the account you're keeping. Please reply from ${DANIEL.keep} and include that account's candidate ID in the body.

Farah`,
    html: htmlDoc(`<p>Hi Daniel,</p><p>Thanks for the details. For security reasons we need this request to come from the account you're keeping. Please reply from <b>${DANIEL.keep}</b> and include that account's candidate ID in the body.</p><p>Farah</p>`, 'en'),
  },
  {
    kind: 'info_request', caseId: CASE.lena, note: 'asks for the old account details; Outlook quote of the request',
    from: SUPPORT, to: L, subject: formSubject(CASE.lena), at: '2026-12-18 16:02:33', enc: 'utf8b64',
    text: `Hello Lena,

Thanks for waiting over the last day. To locate the second account we need a little more:

1. The candidate ID shown on ${LENA.src}'s profile, or
2. the name and approximate date of an exam you took with it.

Either one works.

Jonas

${outlookEn('2026-12-17 08:50', L, FORM, 'Please merge my certification accounts', LENA_REQ)}`,
  },
  {
    kind: 'info_request', trusted: false, auth: 'failThenForged', caseId: CASE.daniel, note: 'DMARC fails on top; a planted pass lower down',
    from: SUPPORT, to: D, subject: formSubject(CASE.daniel), at: '2026-11-14 03:55:01', enc: 'ascii7',
    text: `Daniel,

To finish verification within 24 hours, reply with your candidate IDs, your date of birth and the answer to your security question.`,
  },
  {
    kind: 'info_request', trap: true, caseId: CASE.tomas, note: 'asks for the old candidate ID; says the merge follows within 3-5 business days once received',
    from: SUPPORT, to: T, subject: formSubject(CASE.tomas), at: '2026-10-08 11:48:20', enc: 'ascii7',
    text: `Hi Tomas,

Thanks - we'll keep ${TOMAS.keep}. One thing is missing: the candidate ID on the ${TOMAS.src} profile.
Once we have it, the merge normally goes through within 3-5 business days.

Marisol

${gmailEn('2026-10-07 21:10', T, 'Keep tomas.rivera@example.org please.')}`,
  },

  // ---------------- confirmation_request (7) ----------------
  {
    kind: 'confirmation_request', caseId: CASE.daniel, note: 'irreversible merge, asks for agreement by a reply-by date',
    from: SUPPORT, to: D, subject: formSubject(CASE.daniel), at: '2026-11-18 09:40:02', enc: 'ascii7',
    text: `Hi Daniel,

Here is what we will do:
  Keep:  ${DANIEL.keepId} (${DANIEL.keep})
  Merge: ${DANIEL.srcId} (${DANIEL.src})

Once merged, the second account is retired and this cannot be reversed. If that's what you want, please reply by November 27 saying you agree, and we'll take it from there.

Farah`,
  },
  {
    kind: 'confirmation_request', caseId: CASE.lena, note: 'apologises for the holiday delay, then asks for the go-ahead',
    from: SUPPORT, to: L, subject: formSubject(CASE.lena), at: '2027-01-07 14:18:56', enc: 'utf8qp',
    text: `Hi Lena,

Apologies that this took longer over the holidays. We located both profiles.

Combining ${LENA.srcId} into ${LENA.keepId} is permanent — there's no way to split them again afterwards. Could you let us know you're happy for us to proceed? A one-line reply is enough.

Jonas`,
  },
  {
    kind: 'confirmation_request', caseId: CASE.tomas, note: 'HTML-only consent request with the date the work would start',
    from: SUPPORT, to: T, subject: formSubject(CASE.tomas), at: '2026-10-12 10:05:00', enc: 'utf8b64',
    html: htmlDoc(`<p>Hello Tomas,</p>
<p>We're ready to combine <b>${TOMAS.srcId}</b> into <b>${TOMAS.keepId}</b>. This step is final and can't be undone.</p>
<p>If you reply with your approval by Thursday, we can schedule it for Friday, October 16.</p>
<p>Marisol<br>AWS Training and Certification</p>`, 'en'),
  },
  {
    kind: 'confirmation_request', caseId: CASE.daniel, note: 'second reminder for consent, no closing warning',
    from: SUPPORT, to: D, subject: `Second reminder: ${formSubject(CASE.daniel)}`, at: '2026-11-24 08:12:40', enc: 'ascii7',
    text: `Hi Daniel,

Second reminder - we still need your go-ahead before we combine ${DANIEL.srcId} into ${DANIEL.keepId}. Because it can't be undone we won't start without it.

A quick "yes, go ahead" is all we need.

Farah`,
  },
  {
    kind: 'confirmation_request', trusted: false, auth: 'misaligned', caseId: CASE.lena, note: 'DKIM passes for an unrelated bulk-mail domain, DMARC fails',
    from: SUPPORT, to: L, subject: formSubject(CASE.lena), at: '2027-01-08 02:30:11', enc: 'ascii7',
    text: `Lena,

Final step: approve the merge within 12 hours at http://approve-merge.example/l/${CASE.lena} or the request expires.`,
  },
  {
    kind: 'confirmation_request', trusted: false, caseId: CASE.tomas, note: 'trusted display name on a free-mail address',
    from: 'AWS Training and Certification <aws.cert.desk@freemail.example>', to: T, subject: formSubject(CASE.tomas), at: '2026-10-13 05:00:00', enc: 'ascii7',
    text: `Hi Tomas, please confirm the merge today by replying YES. After 24 hours the offer lapses.`,
  },
  {
    kind: 'confirmation_request', caseId: CASE.lena, note: 'consent request explaining the unused voucher carries over with its expiry',
    from: SUPPORT, to: L, subject: formSubject(CASE.lena), at: '2027-01-11 10:44:09', enc: 'utf8b64',
    text: `Hi Lena,

One more thing before we proceed: the unused 50% exam voucher on ${LENA.srcId} (expires March 3, 2027) will move to ${LENA.keepId} with the same expiry date — it can't be extended.

If that's fine and you'd like us to combine the accounts (this is irreversible), just reply and say so.

Jonas`,
  },

  // ---------------- merge_completed (7) ----------------
  {
    kind: 'merge_completed', caseId: CASE.daniel, note: 'completion after three weeks of waiting',
    from: SUPPORT, to: D, subject: formSubject(CASE.daniel), at: '2026-12-14 17:21:04', enc: 'ascii7',
    text: `Hi Daniel,

Thank you for bearing with us over the past three weeks. Your accounts have now been merged: everything from ${DANIEL.srcId} sits under ${DANIEL.keepId}.

Farah

> Hi Farah, any news? It's been a while since I said yes.
> Daniel`,
  },
  {
    kind: 'merge_completed', caseId: CASE.lena, note: 'completion that asks her to check it all looks right (still a completion)',
    from: SUPPORT, to: L, subject: formSubject(CASE.lena), at: '2027-01-15 15:05:52', enc: 'utf8qp',
    text: `Hi Lena,

Good news — as of this afternoon your two certification profiles are one. ${LENA.keepId} now holds both certifications and the voucher.

Please sign in and check that everything looks right; if anything's missing, reply here.

Jonas`,
  },
  {
    kind: 'merge_completed', caseId: CASE.tomas, note: 'completion with a Gmail quote of the consent, multipart',
    from: SUPPORT, to: T, subject: formSubject(CASE.tomas), at: '2026-10-16 18:30:27', enc: 'ascii7',
    text: `Hi Tomas,

As planned, we combined your accounts today. SAA and DVA both show under ${TOMAS.keepId}.

Marisol

${gmailEn('2026-10-13 08:02', T, 'Approved - please go ahead on Friday.')}`,
    html: htmlDoc(`<p>Hi Tomas,</p><p>As planned, we combined your accounts today. SAA and DVA both show under ${TOMAS.keepId}.</p><p>Marisol</p>
<div class="gmail_quote"><div class="gmail_attr">On Tue, Oct 13, 2026 at 8:02 AM ${TOMAS.name} &lt;${TOMAS.keep}&gt; wrote:</div>
<blockquote class="gmail_quote">Approved - please go ahead on Friday.</blockquote></div>`, 'en'),
  },
  {
    kind: 'merge_completed', caseId: null, note: "certification portal's own merged-accounts notice (no case ID)",
    from: 'AWS Certification <no-reply@certification.aws.training>', to: D, subject: 'Your AWS Certification accounts have been merged', at: '2026-12-14 17:30:00', enc: 'utf8b64', crlf: false,
    text: `Hello Daniel Okafor,

The accounts you asked us to combine have been merged. Your candidate ID going forward is ${DANIEL.keepId}.

It may take up to a few hours for all certifications to display.

AWS Certification`,
  },
  {
    kind: 'merge_completed', trap: true, caseId: '1799044518', note: 'merge done on the second case, and the case will be closed',
    from: SUPPORT, to: T, subject: formSubject('1799044518'), at: '2026-10-22 09:09:09', enc: 'ascii7',
    text: `Hi Tomas,

The third profile we found (AWS90417738, registered to your old Cobalt Lane address) has now been merged into ${TOMAS.keepId} as well.
We'll close this case out in the meantime - just reply if anything looks off.

Marisol`,
  },
  {
    kind: 'merge_completed', trusted: false, caseId: CASE.lena, note: 'From domain is amazon.com.support-mail.example, a look-alike',
    from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com.support-mail.example>', to: L, subject: formSubject(CASE.lena), at: '2027-01-14 01:20:00', enc: 'ascii7',
    text: `Lena, your merge is complete. Log in within 48 hours at http://amazon.com.support-mail.example/login to keep your certifications.`,
  },
  {
    kind: 'merge_completed', forUser: false, caseId: CASE.daniel, note: 'completion redirected by the old employer server (Resent-*)',
    from: SUPPORT, to: DS, subject: formSubject(CASE.daniel), at: '2026-12-14 17:21:40', enc: 'utf8qp',
    resent: { from: 'mailer@brightwave.example.com', to: 'it-archive@brightwave.example.com', date: 'Mon, 14 Dec 2026 17:22:05 +0000' },
    text: `Hi Daniel — copying your old address as well: the merge is done, everything is under ${DANIEL.keepId} now.`,
  },

  // ---------------- badges_transferred (6) ----------------
  {
    kind: 'badges_transferred', caseId: null, note: "AWS's badge via Credly on the kept address, multipart",
    from: CREDLY_AWS, to: L, subject: 'You earned a badge from Amazon Web Services Training and Certification', at: '2027-01-18 07:12:33', enc: 'utf8qp',
    text: `Hi Lena,

Amazon Web Services Training and Certification has issued you the "AWS Certified SysOps Administrator - Associate" badge.

Accept your badge: https://www.credly.com/earner/earned/badge/52e0d1f8-9c7b-4a4e-a3d1-6b0f42c9e1a7

The Credly Team`,
    html: htmlDoc(`<p>Hi Lena,</p><p>Amazon Web Services Training and Certification has issued you the "AWS Certified SysOps Administrator - Associate" badge.</p>
<p><a href="https://www.credly.com/earner/earned/badge/52e0d1f8-9c7b-4a4e-a3d1-6b0f42c9e1a7">Accept your badge</a></p><p>The Credly Team</p>`, 'en'),
  },
  {
    kind: 'badges_transferred', caseId: CASE.daniel, note: 'support says the badges now appear on the Credly profile; allow 24h',
    from: SUPPORT, to: D, subject: formSubject(CASE.daniel), at: '2026-12-17 11:03:15', enc: 'ascii7',
    text: `Hi Daniel,

Following up on your question from Tuesday: our Credly team has moved both badges to the profile under ${DANIEL.keep}. Allow up to 24 hours for them to appear.

Farah`,
  },
  {
    kind: 'badges_transferred', trap: true, caseId: CASE.tomas, note: 'badges moved and the case closes; the new fact is the badges',
    from: SUPPORT, to: T, subject: formSubject(CASE.tomas), at: '2026-10-23 14:40:51', enc: 'utf8qp',
    text: `Hi Tomas,

Your Credly badges have been transferred to ${TOMAS.keep}. Since that was the last open item, we're closing this case now.

Marisol`,
  },
  {
    kind: 'badges_transferred', caseId: null, note: 'Credly reminder to accept an AWS badge before the invitation lapses (HTML only)',
    from: CREDLY_AWS, to: D, subject: "Reminder: you haven't accepted your badge yet", at: '2026-12-28 07:00:00', enc: 'utf8b64',
    html: htmlDoc(`<p>Hi Daniel,</p><p>Amazon Web Services Training and Certification issued you "AWS Certified Developer - Associate" 10 days ago, and it's still waiting.</p>
<p><a href="https://www.credly.com/earner/earned/badge/3d9a77c0-2f15-4b61-8e4e-90b5c1e0f2d8">Accept your badge</a> before January 27 so it shows on your profile.</p>`, 'en'),
  },
  {
    kind: 'badges_transferred', trusted: false, caseId: null, note: 'credIy.com look-alike (capital I)',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>', to: T, subject: 'Your badge transfer is complete - action needed in 24h', at: '2026-10-25 03:33:33', enc: 'ascii7',
    text: `Your AWS badges were moved. Sign in within 24 hours to keep them: http://credIy.com/claim`,
  },
  {
    kind: 'badges_transferred', caseId: CASE.lena, note: 'badges moved after a long wait; Salesforce quote of her chaser',
    from: SUPPORT, to: L, subject: formSubject(CASE.lena), at: '2027-01-26 10:20:10', enc: 'ascii7',
    text: `Hi Lena,

Apologies for the delay on this one. Our Credly contacts finished moving your badges this morning, so all three are now on the profile under ${LENA.keep}.

Jonas

${sfOriginal(LENA.keep, '2027-01-21 19:45', FORM, formSubject(CASE.lena), 'Hi Jonas, it has been almost a week and the badges are still on my old Credly login. Any update?')}`,
  },

  // ---------------- case_closed (7) ----------------
  {
    kind: 'case_closed', trap: true, caseId: CASE.daniel, note: 'will be closed on 11/20 if no reply; restates the pending ID request',
    from: SUPPORT, to: D, subject: formSubject(CASE.daniel), at: '2026-11-15 09:00:00', enc: 'ascii7',
    text: `Hi Daniel,

We haven't heard back about the candidate IDs we asked for on 11/12. This case will be closed on 11/20 if we do not hear from you.

If you still need help after that, you're welcome to open a new case.

AWS Training and Certification`,
  },
  {
    kind: 'case_closed', caseId: CASE.lena, note: 'AWS Support notification: case resolved',
    from: NOTIFY, to: L, subject: `Case ${CASE.lena} has been resolved`, at: '2027-02-02 00:10:47', enc: 'utf8qp',
    text: `Your support case has been resolved.

Case ID: ${CASE.lena}
Status: Resolved

If your issue isn't resolved, you can reopen the case within 14 days from the Support Center.

Amazon Web Services`,
  },
  {
    kind: 'case_closed', trap: true, caseId: CASE.tomas, note: 'closing notice that only restates the earlier merge',
    from: SUPPORT, to: T, subject: formSubject(CASE.tomas), at: '2026-10-30 08:30:00', enc: 'ascii7',
    text: `Hi Tomas,

As your accounts were merged on October 16 and the badges followed last week, we're closing this case.

Thanks for your patience throughout.
Marisol`,
  },
  {
    kind: 'case_closed', trap: true, caseId: CASE.lena, note: 'reminder: closes in 3 days without a reply, mentions the pending approval; multipart',
    from: SUPPORT, to: L, subject: `Reminder: ${formSubject(CASE.lena)}`, at: '2027-01-10 09:00:00', enc: 'utf8qp',
    text: `Hi Lena,

We're still waiting for your approval on the merge. If we don't hear from you within 3 days, this case will close automatically.

Jonas`,
    html: htmlDoc(`<p>Hi Lena,</p><p>We're still waiting for your approval on the merge. If we don't hear from you <b>within 3 days</b>, this case will close automatically.</p><p>Jonas</p>`, 'en'),
  },
  {
    kind: 'case_closed', caseId: CASE.daniel, note: 'closed after the final update; reply within 14 days to reopen',
    from: SUPPORT, to: D, subject: formSubject(CASE.daniel), at: '2026-12-22 10:02:18', enc: 'utf8b64',
    text: `Hi Daniel,

Since we haven't heard from you since December 17, we've marked this case as closed. You can reopen it within 14 days by replying to this email.

Happy holidays,
AWS Training and Certification`,
  },
  {
    kind: 'case_closed', trusted: false, auth: 'none', caseId: CASE.tomas, note: 'closing notice with no Authentication-Results',
    from: SUPPORT, to: T, subject: formSubject(CASE.tomas), at: '2026-10-31 02:00:00', enc: 'ascii7',
    text: `Your case was closed. To avoid losing your certifications, verify your account within 48 hours: http://aws-verify.example/t`,
  },
  {
    kind: 'case_closed', trap: true, caseId: CASE.lenaDup, note: 'duplicate case merged into the first case and closed: not the account merge',
    from: SUPPORT, to: L, subject: formSubject(CASE.lenaDup), at: '2026-12-22 13:15:30', enc: 'ascii7',
    text: `Hi Lena,

It looks like this request was submitted twice, so we've merged this case into ${CASE.lena} and closed it. We'll continue there - no need to resend anything.

Jonas`,
  },

  // ---------------- support_reply (8) ----------------
  {
    kind: 'support_reply', trap: true, caseId: CASE.daniel, note: 'still working on the merge; no action needed',
    from: SUPPORT, to: D, subject: formSubject(CASE.daniel), at: '2026-12-04 16:44:20', enc: 'ascii7',
    text: `Hi Daniel,

Quick status update: we're still working on the merge. It's with our back-office team and taking a bit longer than usual. No action needed from you - we'll write again as soon as it's done.

Farah`,
  },
  {
    kind: 'support_reply', trap: true, caseId: CASE.lena, note: 'holiday notice on the case; merge requests are queued until Jan 4',
    from: SUPPORT, to: L, subject: formSubject(CASE.lena), at: '2026-12-23 12:00:00', enc: 'utf8qp',
    text: `Hi Lena,

Our office is closed from December 24 through January 3. Merge requests received in the meantime are queued and handled in order from January 4.

Wishing you a restful break,
Jonas`,
  },
  {
    kind: 'support_reply', trap: true, caseId: CASE.tomas, note: 'thanks for confirming, passed to the team; 3-5 business days',
    from: SUPPORT, to: T, subject: formSubject(CASE.tomas), at: '2026-10-13 10:12:44', enc: 'ascii7',
    text: `Hi Tomas,

Thanks for confirming. I've passed this to the team that handels merges; it usually takes 3-5 business days. I'll update you when I hear back.

Marisol`,
  },
  {
    kind: 'support_reply', trap: true, caseId: CASE.daniel, note: 'unable to merge yet because of a pending exam result (negated)',
    from: SUPPORT, to: D, subject: formSubject(CASE.daniel), at: '2026-11-20 13:30:05', enc: 'utf8b64',
    text: `Hi Daniel,

We're unable to merge the accounts at the moment: ${DANIEL.srcId} has an exam result still being processed (taken Nov 17). Results post within five business days, and we'll pick this up again as soon as it appears.

Farah`,
  },
  {
    kind: 'support_reply', caseId: CASE.lena, note: 'escalation notice with an expected answer by Friday (HTML only)',
    from: SUPPORT, to: L, subject: 'Update on your request', at: '2027-01-20 15:55:00', enc: 'utf8b64',
    html: htmlDoc(`<p>Hi Lena,</p><p>Re case ${CASE.lena}: I've escalated your question about the badges to our specialist team. You should hear from us by Friday, January 22.</p><p>Jonas</p>`, 'en'),
  },
  {
    kind: 'support_reply', caseId: '1799044518', note: "answers the user's question about expiry dates; Gmail quote",
    from: SUPPORT, to: T, subject: formSubject('1799044518'), at: '2026-10-21 12:12:12', enc: 'ascii7', crlf: false, ctExtra: 'format=flowed',
    text: `Hi Tomas,

No - expiry dates stay exactly as they were. Your SAA remains valid until 2028-08-30 and your DVA until 2029-02-11.

Marisol

${gmailEn('2026-10-20 16:39', T, 'Will my expiry dates change after everything is combined?')}`,
  },
  {
    kind: 'support_reply', trap: true, caseId: CASE.daniel, note: 'future: "once the merge is completed we will let you know"',
    from: SUPPORT, to: D, subject: formSubject(CASE.daniel), at: '2026-11-25 09:15:37', enc: 'ascii7',
    text: `Hi Daniel,

Got your go-ahead, thank you. Once the merge is completed we'll let you know here; current turnaround is around a week.

Farah

${quote('yes, go ahead\n\nSent from my iPhone')}`,
  },
  {
    kind: 'support_reply', auth: 'dkimonly', caseId: CASE.lena, note: 'delayed answer to a side question about exam scheduling',
    from: SUPPORT, to: L, subject: formSubject(CASE.lena), at: '2027-01-05 17:40:29', enc: 'utf8qp',
    text: `Hi Lena,

Sorry it took until after the holidays to answer your side question. Yes, you can book your next exam now; a booking won't hold up the account work.

Jonas`,
  },

  // ---------------- unrelated (7) ----------------
  {
    kind: 'unrelated', caseId: CASE.lena, note: "agent's out-of-office auto-reply",
    from: 'Jonas Berg <jberg@amazon.com>', to: L, subject: `Automatic reply: ${formSubject(CASE.lena)}`, at: '2026-12-24 08:00:00', enc: 'ascii7', extra: AUTO,
    text: `Thanks for your email. I'm out of the office until January 4 with no access to email. Another member of the team will look at your case in the meantime.`,
  },
  {
    kind: 'unrelated', trusted: false, trap: true, caseId: CASE.daniel, note: "the user's own mobile reply agreeing to the merge (copy to his other address)",
    from: D, to: SUPPORT, cc: DS, subject: formSubject(CASE.daniel), at: '2026-11-25 07:58:02', enc: 'ascii7', rcpt: DANIEL.src,
    text: `yes, go ahead

Sent from my iPhone

> On 24 Nov 2026, at 08:12, AWS Training and Certification <${FORM}> wrote:
>
> Second reminder - we still need your go-ahead before we combine the accounts.`,
  },
  {
    kind: 'unrelated', trap: true, caseId: CASE.tomas, note: 'survey asking whether the case was resolved',
    from: 'AWS Training and Certification <survey@aws.training>', to: T, subject: 'How did we do? Case ' + CASE.tomas, at: '2026-11-01 15:00:00', enc: 'utf8b64',
    html: htmlDoc(`<p>Hi Tomas, your case ${CASE.tomas} was recently closed.</p><p>Was your issue resolved? Tell us in two minutes - the survey closes on November 15.</p><p><a href="https://survey.aws.training/c/${CASE.tomas}">Start survey</a></p>`, 'en'),
  },
  {
    kind: 'unrelated', trap: true, caseId: null, note: 'Credly badge from another issuer',
    from: 'Nordlicht Cloud Academy via Credly <admin@credly.com>', to: L, subject: 'Nordlicht Cloud Academy sent you a badge', at: '2027-01-19 09:09:00', enc: 'utf8qp',
    text: `Hi Lena,

Nordlicht Cloud Academy has issued you the "Kubernetes Operations Bootcamp" badge. Accept your badge within 30 days:
https://www.credly.com/earner/earned/badge/c1e9b03a-7f62-4d1c-92e8-5a4b7d0e3f19`,
  },
  {
    kind: 'unrelated', trap: true, caseId: null, note: 'exam-benefit expiry reminder that mentions merged accounts generally',
    from: 'AWS Training and Certification <no-reply@aws.training>', to: D, subject: 'Your exam benefit expires in 14 days', at: '2027-01-15 10:00:00', enc: 'ascii7',
    text: `Hi Daniel,

Your 50% discount voucher expires on January 29, 2027. Schedule an exam before then to use it.

If you recently merged accounts, all of your benefits now appear under the Benefits tab of the account you kept.`,
  },
  {
    kind: 'unrelated', trap: true, caseId: null, note: "Credly's own account-merge code mail (not the AWS merge)",
    from: 'Credly <admin@credly.com>', to: T, subject: 'Complete your account merge', at: '2026-10-24 18:02:11', enc: 'ascii7',
    text: `Hi Tomas,

Use this code to merge your Credly accounts: 583021
The code expires in 30 minutes.

The Credly Team`,
  },
  {
    kind: 'unrelated', trusted: false, forUser: false, trap: true, caseId: CASE.daniel, note: "the user forwards the completion to a colleague (user's own mail, not to him)",
    from: D, to: COLLEAGUE_EN, subject: `FW: ${formSubject(CASE.daniel)}`, at: '2026-12-14 18:05:00', enc: 'ascii7',
    text: `James - FYI, the merge finally went through after three weeks. You can stop forwarding AWS mail from my old inbox.

-----Original Message-----
From: AWS Training and Certification <${FORM}>
Sent: Monday, December 14, 2026 5:21 PM
Subject: ${formSubject(CASE.daniel)}

Hi Daniel,

Thank you for bearing with us over the past three weeks. Your accounts have now been merged.`,
  },
]);
