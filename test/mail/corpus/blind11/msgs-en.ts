// English messages of held-out corpus j. Every text was written fresh for this set.
import type { Msg } from './lib.js';
import { rfcDate } from './lib.js';
import {
  AWS_NOTIFY, CASE, CERT_PORTAL, CREDLY_AWS, DANIEL, DANIEL_REQ, LENA, LENA_REQ, RAVI, RAVI_REQ, SUPPORT, SUPPORT_BARE,
  formSubject, gmailEn, htmlDoc, mk, newSubject, outlookEn, paras, quote, sfOriginal, sfRef, to, toSrc,
} from './common.js';

const d = (s: string, tz = '+0000'): string => rfcDate(s, tz);
const SIG = `Best regards,
AWS Training and Certification Customer Support`;

export const EN: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'en-ack-daniel', kind: 'acknowledgement', lang: 'en', caseId: CASE.daniel,
    note: 'automatic receipt with case ID, 24h promise and do-not-duplicate warning',
    from: SUPPORT, to: to(DANIEL), subject: newSubject(CASE.daniel), date: d('2026-02-23 14:05:31'), enc: 'ascii7',
    extra: ['Auto-Submitted: auto-generated'],
    text: `Hello Daniel Okafor,

Thank you for contacting AWS Training and Certification. We have opened case ${CASE.daniel} for your request.

An associate will get back to you by email, typically within 24 hours.
If you have already opened a case about this, please don't create another one for the same request - duplicate cases slow down our response.

This is an automated message; please do not reply to acknowledge it.

${SIG}`,
  }),
  mk({
    slug: 'en-ack-lena-html', kind: 'acknowledgement', lang: 'en', caseId: CASE.lena,
    note: 'AWS Support notification: case created (multipart)',
    from: AWS_NOTIFY, to: to(LENA), subject: `AWS Support: Case ${CASE.lena} has been created`, date: d('2026-03-30 07:48:12', '+0200'), enc: 'utf8qp',
    text: `Dear Lena Fischer,

We've created support case ${CASE.lena}.

Subject: Merge two certification accounts
Service: AWS Training and Certification
Severity: General guidance

You'll receive updates at this address. You can also view the case in the Support Center.

Amazon Web Services`,
    html: htmlDoc(`<div style="background:#232f3e;color:#fff;padding:10px">Amazon Web Services</div>
<p>Dear Lena Fischer,</p>
<p>We&#8217;ve created support case <strong>${CASE.lena}</strong>.</p>
<table><tr><td>Subject</td><td>Merge two certification accounts</td></tr><tr><td>Service</td><td>AWS Training and Certification</td></tr><tr><td>Severity</td><td>General guidance</td></tr></table>
<p>You&#8217;ll receive updates at this address. You can also view the case in the <a href="https://support.console.aws.amazon.com/support/home">Support Center</a>.</p>`),
  }),
  mk({
    slug: 'en-ack-ravi-fields', kind: 'acknowledgement', lang: 'en', caseId: CASE.ravi, trap: true,
    note: 'receipt that lists "the information you provided"; asks for nothing, so it stays the ack',
    from: SUPPORT, to: to(RAVI), subject: newSubject(CASE.ravi), date: d('2026-06-01 04:12:55', '+0530'), enc: 'ascii7',
    text: `Thank you for reaching out. Your case number is ${CASE.ravi}.

Here is a copy of the information you provided:
  Name: Ravi Menon
  Company: (not provided)
  AWS Candidate ID: ${RAVI.keepId}
  Inquiry type: AWS Training and Certification > Certification > Account merge
  Description:
${quote(RAVI_REQ, '    ')}

Our team will review your request and respond to this email address.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-ack-ravi-second', kind: 'acknowledgement', lang: 'en', caseId: CASE.ravi2,
    note: 'receipt of a second, separate case (voucher question) opened by the same customer',
    from: SUPPORT, to: to(RAVI), subject: newSubject(CASE.ravi2), date: d('2026-06-09 10:31:18', '+0530'), enc: 'utf8b64',
    text: `Hi Ravi,

We've received your inquiry and logged it as case ${CASE.ravi2}.
Someone from our team will be in touch within one business day.

Thanks for your patience,
AWS Training & Certification`,
  }),
  mk({
    slug: 'en-ack-noauth', kind: 'acknowledgement', lang: 'en', caseId: CASE.daniel, trusted: false, auth: 'none', crlf: false,
    note: 'receipt text but no Authentication-Results header at all: untrusted',
    from: SUPPORT, to: to(DANIEL), subject: newSubject(CASE.daniel), date: d('2026-02-23 14:06:02'), enc: 'ascii7',
    text: `Hello,

Your request has been received and assigned case ID ${CASE.daniel}.
We aim to respond within 24 hours.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-ack-daniel-dup', kind: 'acknowledgement', lang: 'en', caseId: CASE.danielDup,
    note: 'receipt for the duplicate case he opened two days later',
    from: SUPPORT, to: to(DANIEL), subject: newSubject(CASE.danielDup), date: d('2026-02-25 09:44:07'), enc: 'ascii7',
    text: `Hello Daniel Okafor,

Thanks for getting in touch with AWS Training and Certification.
Reference: case ${CASE.danielDup}

We'll reply as soon as we can, usually within one business day.

${SIG}`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'en-ai-daniel', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'AI-generated suggestion to try the Merge Accounts tool before opening a case',
    from: AWS_NOTIFY, to: to(DANIEL), subject: 'Your answer from AWS Support (AI-generated)', date: d('2026-02-23 13:58:40'), enc: 'utf8qp',
    text: `Hi Daniel,

Here's an answer generated by AI based on your question. It may contain inaccuracies.

To combine two AWS Certification accounts:
  1. Sign in to your AWS Certification account on aws.training.
  2. Open your profile and choose "Merge Accounts".
  3. Enter the email address of the other account and follow the prompts.

If both accounts already hold certifications, the tool can't complete the request - choose "Create case" and an associate will help.

Did this answer your question?`,
  }),
  mk({
    slug: 'en-ai-lena-after', kind: 'ai_answer', lang: 'en', caseId: null, trap: true,
    note: 'HTML-only AI answer describing what happens after a merge (badges, vouchers): still ai_answer',
    from: AWS_NOTIFY, to: to(LENA), subject: 'Suggested answer: merging AWS Certification accounts', date: d('2026-03-30 07:40:01', '+0200'), enc: 'utf8qp',
    html: htmlDoc(`<p><em>This response was generated by an AI assistant.</em></p>
<p>After two certification accounts are merged, the certifications, exam history and benefits of the secondary account appear in the primary account. Digital badges on Credly may need to be claimed again with the primary account&#8217;s email address.</p>
<p>You can start a merge yourself from the <b>Merge Accounts</b> option in your AWS Certification profile. If that option reports a conflict, select <b>Create case</b>.</p>`),
  }),
  mk({
    slug: 'en-ai-ravi', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'short automated self-service suggestion',
    from: AWS_NOTIFY, to: to(RAVI), subject: 'AWS Support - automated answer', date: d('2026-06-01 04:05:22', '+0530'), enc: 'ascii7',
    text: `Automated answer (AI):
Duplicate certification accounts can often be combined with the self-service Merge Accounts tool in the AWS Certification portal. Still stuck? Create a case and we'll take a look.`,
  }),
  mk({
    slug: 'en-ai-lena-followup', kind: 'ai_answer', lang: 'en', caseId: CASE.lena,
    note: 'AI assistant reply posted on the case, pointing to the portal tool',
    from: AWS_NOTIFY, to: to(LENA), subject: `Case ${CASE.lena}: a response from our virtual assistant`, date: d('2026-03-30 08:02:45', '+0200'), enc: 'ascii7',
    text: `Hello Lena,

Our virtual assistant reviewed your case ${CASE.lena} and suggests the following (AI-generated, please verify):

- Sign in with the account you want to keep.
- Go to Profile > Merge Accounts and enter ${LENA.src}.
- If you see "both accounts have certification history", a support associate will pick up your case.

No action is needed if you'd rather wait for an associate.`,
  }),
  mk({
    slug: 'en-ai-daniel-badges', kind: 'ai_answer', lang: 'en', caseId: CASE.daniel, trap: true,
    note: 'AI tip about claiming badges after the merge; advice, not a transfer',
    from: AWS_NOTIFY, to: to(DANIEL), subject: `Case ${CASE.daniel}: automated suggestion`, date: d('2026-03-04 16:20:10'), enc: 'utf8b64',
    text: `Hi Daniel,

Based on your latest message, here's an automatically generated suggestion:

Credly badges are not always moved automatically when certification accounts are combined. Sign in to Credly with the email address of your primary account and accept any pending badges. Adding your former address as a secondary email in Credly settings can also bring older badges across.

If you still need help, reply to this case and an associate will follow up.`,
  }),
  mk({
    slug: 'en-ai-dmarcfail', kind: 'ai_answer', lang: 'en', caseId: null, trusted: false, auth: 'fail',
    note: 'AI-answer text but dmarc=fail: untrusted',
    from: AWS_NOTIFY, to: to(RAVI), subject: 'Your AI-generated answer', date: d('2026-06-01 02:10:33', '+0530'), enc: 'ascii7',
    text: `Hello,

Our AI assistant suggests using the Merge Accounts tool in your certification profile.
Sign in here to continue: http://aws-cert-merge.example.info/start

AWS Support`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'en-info-daniel-long', kind: 'info_request', lang: 'en', caseId: CASE.daniel,
    note: 'long agent reply restating the request and listing every detail needed for both accounts',
    from: SUPPORT, to: to(DANIEL), subject: formSubject(CASE.daniel), date: d('2026-02-24 18:31:09'), enc: 'ascii7',
    text: `Hello Daniel,

Thank you for contacting AWS Training and Certification. My name is Priyanka and I'll be assisting you with this case.

I understand that you currently hold two AWS Certification accounts - one created while you were with your consulting firm and a personal one - and that you would like all of your certifications consolidated under your personal account.

To locate both profiles and prepare the request, could you please reply with the following for EACH account:

  a) AWS Candidate ID (begins with "AWS")
  b) Email address used to sign in
  c) Email address that receives certification notifications
  d) Email address used for AWS Skill Builder, if different
  e) The certifications held, with the date earned

Please also tell us explicitly which account should remain active after the merge.

Once we have these details, we'll review them and get back to you with next steps.

Kind regards,
Priyanka
AWS Training and Certification
${sfRef('Dn4Q2w')}

${sfOriginal(DANIEL.keep, '2/23/2026 2:05 PM', SUPPORT_BARE, newSubject(CASE.daniel), DANIEL_REQ)}`,
  }),
  mk({
    slug: 'en-info-lena-confirm', kind: 'info_request', lang: 'en', caseId: CASE.lena, trap: true,
    note: '"could you confirm the email address you keep": asks for information, not consent',
    from: SUPPORT, to: to(LENA), subject: formSubject(CASE.lena), date: d('2026-03-31 10:17:42', '+0200'), enc: 'utf8qp',
    text: `Hi Lena,

Thanks for the details. Before we can move forward, could you please confirm the email address of the account you'd like to keep? The Candidate ID ${LENA.keepId} is registered under a slightly different spelling (lena.fischer@example.de vs. lenafischer@example.de).

Just reply to this message with the correct one.

Cheers,
Tomás
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-info-ravi-writefrom-ids', kind: 'info_request', lang: 'en', caseId: CASE.ravi,
    note: 'asks him to write from the kept address and include both candidate IDs',
    from: SUPPORT, to: toSrc(RAVI, false), subject: formSubject(CASE.ravi), date: d('2026-06-02 09:02:11', '+0530'), enc: 'ascii7',
    text: `Hello Ravi,

For security reasons we can only process a merge request sent from the email address of the account that will be kept.
Please reply from ${RAVI.keep} and include the Candidate IDs of both accounts in your message.

Thank you,
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-info-daniel-exams', kind: 'info_request', lang: 'en', caseId: CASE.daniel, crlf: false,
    note: 'asks for exam names and dates to identify the old account; Outlook quote',
    from: SUPPORT, to: to(DANIEL), subject: formSubject(CASE.daniel), date: d('2026-02-26 11:50:38'), enc: 'ascii7',
    text: `Hi Daniel,

I wasn't able to find a profile for ${DANIEL.srcId}. Could you share the name of the exam(s) you passed with ${DANIEL.src} and roughly when you sat them? A screenshot of the Exam History page would work as well.

Regards,
Priyanka

${outlookEn(`Daniel Okafor <${DANIEL.keep}>`, 'Wednesday, February 25, 2026 8:12 PM', SUPPORT_BARE, formSubject(CASE.daniel), `Hi Priyanka,\n\nOld account: ${DANIEL.srcId}, ${DANIEL.src}\nKeep: ${DANIEL.keepId}, ${DANIEL.keep}\n\nThanks,\nDaniel`)}`,
  }),
  mk({
    slug: 'en-info-wrongperson', kind: 'info_request', lang: 'en', caseId: CASE.lena, forUser: false,
    note: 'info request addressed to someone else (another customer), not delivered to the user',
    from: SUPPORT, to: 'Lena Fischbach <lena.fischbach@example.org>', subject: formSubject(CASE.lena), date: d('2026-03-31 10:20:05', '+0200'), enc: 'ascii7',
    text: `Hi Lena,

To continue with the merge, please send us the Candidate ID of the account you want to retire and the email address it uses.

Thanks,
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-info-otheronly', kind: 'info_request', lang: 'en', caseId: CASE.ravi, trusted: false, auth: 'otherOnly',
    note: 'info request, but the only Authentication-Results is a foreign authserv-id: untrusted',
    from: SUPPORT, to: to(RAVI), subject: formSubject(CASE.ravi), date: d('2026-06-02 12:40:51', '+0530'), enc: 'utf8qp',
    text: `Hello Ravi,

We need one more detail: the email address your old account uses for certification notifications.
Kindly reply at your earliest convenience.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-info-lena-skillbuilder', kind: 'info_request', lang: 'en', caseId: CASE.lena,
    note: 'asks whether she signs in via APN or Builder ID, and the Skill Builder e-mail',
    from: SUPPORT, to: to(LENA), subject: formSubject(CASE.lena), date: d('2026-04-01 15:05:19', '+0200'), enc: 'utf8b64',
    text: `Hallo Lena,

thanks for your reply. Two quick questions so I can prepare everything for our back-office team:

1. Do you sign in to the employer account through the AWS Partner Network or with an AWS Builder ID?
2. Which email address do you use for AWS Skill Builder?

Danke und viele Grüße,
Tomás
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-info-ravi-typos', kind: 'info_request', lang: 'en', caseId: CASE.ravi,
    note: 'terse request with typos for the second candidate ID and which one to keep',
    from: SUPPORT, to: to(RAVI), subject: formSubject(CASE.ravi), date: d('2026-06-03 08:14:27', '+0530'), enc: 'ascii7',
    text: `Hi Ravi,

thank you for writting back. Kindly share the canidate ID for ${RAVI.src} aswell, and let us know which acount you want to retain.

Rgds,
Suresh | AWS T&C Support`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'en-conf-daniel-long', kind: 'confirmation_request', lang: 'en', caseId: CASE.daniel,
    note: 'lists both accounts, warns the action is irreversible, asks him to reply "I agree"',
    from: SUPPORT, to: to(DANIEL), subject: formSubject(CASE.daniel), date: d('2026-02-27 17:22:50'), enc: 'ascii7',
    text: `Hello Daniel,

Thank you for providing the requested information. Here's a summary of what we'll do:

  Source account (will be deactivated)
    Candidate ID: ${DANIEL.srcId}
    Email: ${DANIEL.src}
    Certifications: AWS Certified SysOps Administrator - Associate (2024-08-14)

  Target account (will remain)
    Candidate ID: ${DANIEL.keepId}
    Email: ${DANIEL.keep}
    Certifications: AWS Certified Solutions Architect - Associate (2025-05-02)

Please note this action is permanent and cannot be reversed. If everything above is correct, reply to this email with "I agree" and we'll submit the request.

Kind regards,
Priyanka
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-conf-lena-consent', kind: 'confirmation_request', lang: 'en', caseId: CASE.lena,
    note: 'needs her explicit consent before the irreversible merge',
    from: SUPPORT, to: to(LENA), subject: formSubject(CASE.lena), date: d('2026-04-02 09:33:14', '+0200'), enc: 'utf8qp',
    text: `Hi Lena,

We're all set on our side. Before we proceed, we need your explicit consent: merging ${LENA.srcId} into ${LENA.keepId} can't be undone, and the employer account will no longer be accessible afterwards.

Please respond to this message to give your go-ahead.

Cheers,
Tomás`,
  }),
  mk({
    slug: 'en-conf-ravi-short', kind: 'confirmation_request', lang: 'en', caseId: CASE.ravi,
    note: 'short: can you OK merging the old ID into the kept one? irreversible',
    from: SUPPORT, to: to(RAVI), subject: formSubject(CASE.ravi), date: d('2026-06-04 11:08:40', '+0530'), enc: 'ascii7',
    text: `Ravi - can you OK us merging ${RAVI.srcId} into ${RAVI.keepId}? Heads up that it can't be reversed.

Suresh | AWS T&C Support`,
  }),
  mk({
    slug: 'en-conf-daniel-html', kind: 'confirmation_request', lang: 'en', caseId: CASE.daniel,
    note: 'multipart re-send of the consent request with a Gmail quote of his last mail',
    from: SUPPORT, to: to(DANIEL), subject: formSubject(CASE.daniel), date: d('2026-03-02 09:10:26'), enc: 'utf8qp',
    text: `Hello Daniel,

Following up on my previous message: we haven't yet received your approval to combine the two accounts. As a reminder, once the accounts are combined the change is permanent.

Would you like us to go ahead? A simple "yes, proceed" in reply is enough.

Priyanka
AWS Training and Certification

${gmailEn('Fri, Feb 27, 2026 at 9:02 PM', `Daniel Okafor <${DANIEL.keep}>`, 'Thanks Priyanka, let me double check the exam dates and get back to you.')}`,
    html: htmlDoc(`<div>Hello Daniel,</div><br>
<div>Following up on my previous message: we haven&#39;t yet received your approval to combine the two accounts. As a reminder, once the accounts are combined the change is permanent.</div><br>
<div>Would you like us to go ahead? A simple &quot;yes, proceed&quot; in reply is enough.</div><br>
<div>Priyanka<br>AWS Training and Certification</div>
<div class="gmail_quote"><div class="gmail_attr">On Fri, Feb 27, 2026 at 9:02 PM Daniel Okafor &lt;${DANIEL.keep}&gt; wrote:<br></div>
<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">Thanks Priyanka, let me double check the exam dates and get back to you.</blockquote></div>`),
  }),
  mk({
    slug: 'en-conf-failforged', kind: 'confirmation_request', lang: 'en', caseId: CASE.lena, trusted: false, auth: 'failThenForged',
    note: 'consent request, but the top verdict is fail and a planted pass sits lower: untrusted',
    from: SUPPORT, to: to(LENA), subject: formSubject(CASE.lena), date: d('2026-04-02 01:12:09', '+0200'), enc: 'ascii7',
    text: `Hi Lena,

Please confirm you want your two accounts merged by replying YES. This is irreversible.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-conf-lena-modal', kind: 'confirmation_request', lang: 'en', caseId: CASE.lena,
    note: 'modal phrasing: should you wish us to go ahead, reply with your approval',
    from: SUPPORT, to: to(LENA), subject: formSubject(CASE.lena), date: d('2026-04-06 14:25:51', '+0200'), enc: 'utf8b64',
    text: `Dear Lena,

Should you wish us to go ahead with bringing the records of ${LENA.src} over to ${LENA.keep}, kindly reply to this email stating your approval. Please be aware that this step is final.

With best regards,
Tomás
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-conf-ravi-bottom', kind: 'confirmation_request', lang: 'en', caseId: CASE.ravi,
    note: 'bottom-posted: after quoting his details, asks for go-ahead on the permanent merge',
    from: SUPPORT, to: to(RAVI), subject: formSubject(CASE.ravi), date: d('2026-06-05 10:02:33', '+0530'), enc: 'ascii7',
    text: `${gmailEn('Thu, Jun 4, 2026 at 6:40 PM', `Ravi Menon <${RAVI.keep}>`, `Old: ${RAVI.srcId}\nNew: ${RAVI.keepId}\nKeep the new one please.`)}

Thanks Ravi, that matches what we see. We'll need your written go-ahead before submitting - merges are permanent. Just reply "approved".

Suresh`,
  }),
  mk({
    slug: 'en-conf-ravi-resent', kind: 'confirmation_request', lang: 'en', caseId: CASE.ravi, forUser: false,
    note: "consent request sent to the old bank address and auto-redirected (Resent-*) to a compliance archive",
    from: SUPPORT, to: toSrc(RAVI, false), subject: formSubject(CASE.ravi), date: d('2026-06-04 11:09:02', '+0530'), enc: 'ascii7',
    resent: { from: 'rmenon@bigbank.example.com', to: 'compliance-archive@bigbank.example.com', date: d('2026-06-04 11:09:30', '+0530') },
    text: `Hello Ravi,

Please reply to approve merging ${RAVI.srcId} into ${RAVI.keepId}. Once completed the merge can't be reversed.

AWS Training and Certification`,
  }),

  // ---------------- merge_completed ----------------
  mk({
    slug: 'en-merged-daniel', kind: 'merge_completed', lang: 'en', caseId: CASE.daniel,
    note: 'happy to let you know the accounts have been merged',
    from: SUPPORT, to: to(DANIEL), subject: formSubject(CASE.daniel), date: d('2026-03-03 15:44:02'), enc: 'ascii7',
    text: `Hello Daniel,

I'm happy to let you know that your accounts have been merged. Everything from ${DANIEL.srcId} now lives under ${DANIEL.keepId} (${DANIEL.keep}).

Please sign in and take a look at your certifications, exam history and benefits.

Kind regards,
Priyanka
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-merged-lena-check', kind: 'merge_completed', lang: 'en', caseId: CASE.lena,
    note: 'profiles consolidated; please check all looks right (still merge_completed)',
    from: SUPPORT, to: to(LENA), subject: formSubject(CASE.lena), date: d('2026-04-08 16:12:37', '+0200'), enc: 'utf8qp',
    text: `Hi Lena,

Good news - your two certification profiles have now been consolidated into ${LENA.keepId}. Could you sign in and check that everything looks right? Your Solutions Architect and Cloud Practitioner certifications should both be listed.

Cheers,
Tomás`,
  }),
  mk({
    slug: 'en-merged-ravi-closing', kind: 'merge_completed', lang: 'en', caseId: CASE.ravi,
    note: 'merge request complete, case will now be closed: the new fact is the merge',
    from: SUPPORT, to: to(RAVI), subject: formSubject(CASE.ravi), date: d('2026-06-08 13:20:45', '+0530'), enc: 'ascii7',
    text: `Hi Ravi,

The merge request is complete: ${RAVI.srcId} has been merged into ${RAVI.keepId}. This case will now be closed.

Suresh | AWS T&C Support`,
  }),
  mk({
    slug: 'en-merged-portal', kind: 'merge_completed', lang: 'en', caseId: null,
    note: "certification portal's own notice that the accounts were merged (no case ID)",
    from: CERT_PORTAL, to: to(DANIEL), subject: 'Your AWS Certification accounts have been merged', date: d('2026-03-03 15:40:10'), enc: 'utf8qp',
    text: `Hello Daniel Okafor,

Your AWS Certification account has been merged with account ${DANIEL.srcId}. Your Candidate ID going forward is ${DANIEL.keepId}.

View your certifications: https://www.aws.training/certification

AWS Certification`,
    html: htmlDoc(`<h2>AWS Certification</h2><p>Hello Daniel Okafor,</p><p>Your AWS Certification account has been merged with account ${DANIEL.srcId}. Your Candidate ID going forward is <b>${DANIEL.keepId}</b>.</p><p><a href="https://www.aws.training/certification">View your certifications</a></p>`),
  }),
  mk({
    slug: 'en-merged-lookalikeserver', kind: 'merge_completed', lang: 'en', caseId: CASE.lena, trusted: false, auth: 'lookalikeServer',
    note: 'completion text, but the top A-R is from a look-alike authserv-id: untrusted',
    from: SUPPORT, to: to(LENA), subject: formSubject(CASE.lena), date: d('2026-04-07 03:15:20', '+0200'), enc: 'ascii7',
    text: `Hi Lena,

Your accounts have been merged. Please verify your identity to restore access:
http://aws-training-account.example.biz/verify

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-merged-daniel-short', kind: 'merge_completed', lang: 'en', caseId: CASE.danielDup, crlf: false,
    note: 'short note on the follow-up case: both profiles have been combined',
    from: SUPPORT, to: to(DANIEL), subject: formSubject(CASE.danielDup), date: d('2026-03-03 16:02:11'), enc: 'ascii7',
    text: `Daniel,

Quick update on this one too: we've combined the two profiles, so nothing further is needed here.

Priyanka`,
  }),
  mk({
    slug: 'en-merged-lena-toppost', kind: 'merge_completed', lang: 'en', caseId: CASE.lena,
    note: 'top-posted: merge carried out today; her approval quoted in Outlook style',
    from: SUPPORT, to: to(LENA), subject: formSubject(CASE.lena), date: d('2026-04-08 09:05:58', '+0200'), enc: 'utf8b64',
    text: `Hi Lena,

Thanks for your approval. We carried out the account merge this morning - ${LENA.src} no longer exists as a separate certification profile.

Tomás

${outlookEn(`Lena Fischer <${LENA.keep}>`, 'Tuesday, April 7, 2026 10:02 PM', SUPPORT_BARE, formSubject(CASE.lena), 'Hi Tomás, yes please go ahead. Lena')}`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'en-badge-credly-daniel', kind: 'badges_transferred', lang: 'en', caseId: null,
    note: "AWS's badge via Credly to the kept address (Accept your badge)",
    from: CREDLY_AWS, to: to(DANIEL), subject: 'Amazon Web Services Training and Certification has issued you a badge', date: d('2026-03-05 06:31:40'), enc: 'utf8qp',
    text: `Daniel, you've earned a badge!

Amazon Web Services Training and Certification has issued you the following badge:
AWS Certified SysOps Administrator - Associate

Accept your badge: https://www.credly.com/badges/6a9e2f10-77c4-4b3d-a1f8-0e5d3c2b9a17

Credly`,
    html: htmlDoc(`<p>Daniel, you&#39;ve earned a badge!</p><p>Amazon Web Services Training and Certification has issued you the following badge:</p><p><b>AWS Certified SysOps Administrator - Associate</b></p><p><a href="https://www.credly.com/badges/6a9e2f10-77c4-4b3d-a1f8-0e5d3c2b9a17" style="background:#ff6b00;color:#fff;padding:10px 16px">Accept your badge</a></p>`),
  }),
  mk({
    slug: 'en-badge-support-lena', kind: 'badges_transferred', lang: 'en', caseId: CASE.lena,
    note: 'support: the Credly badges were transferred to the kept account; closing',
    from: SUPPORT, to: to(LENA), subject: formSubject(CASE.lena), date: d('2026-04-10 12:48:22', '+0200'), enc: 'utf8qp',
    text: `Hi Lena,

Following up on your note about the missing badges: our Credly team has transferred both badges to ${LENA.keep}. You should see them on your Credly dashboard now.

Since everything is in place, I'll go ahead and close this case.

Cheers,
Tomás`,
  }),
  mk({
    slug: 'en-badge-credly-plural', kind: 'badges_transferred', lang: 'en', caseId: null,
    note: 'HTML-only Credly notice of several AWS badges re-issued to the kept address',
    from: CREDLY_AWS, to: to(RAVI), subject: 'You have 3 new badges from Amazon Web Services Training and Certification', date: d('2026-06-10 01:02:13', '+0530'), enc: 'utf8b64',
    html: htmlDoc(`<p>Hi Ravi,</p><p>Amazon Web Services Training and Certification has issued you 3 badges:</p>
<ul><li>AWS Certified Solutions Architect - Associate</li><li>AWS Certified Machine Learning Engineer - Associate</li><li>AWS Certified AI Practitioner</li></ul>
<p><a href="https://www.credly.com/earner/earned">Accept your badges</a></p>`),
  }),
  mk({
    slug: 'en-badge-support-ravi', kind: 'badges_transferred', lang: 'en', caseId: CASE.ravi,
    note: 'support relinked the Credly badges to the kept account',
    from: SUPPORT, to: to(RAVI), subject: formSubject(CASE.ravi), date: d('2026-06-09 17:11:05', '+0530'), enc: 'ascii7',
    text: `Hi Ravi,

Our Credly team relinked your badges, and they're now on the account tied to ${RAVI.keep}. Sign out and back in to Credly if they don't show straight away.

Suresh | AWS T&C Support

> Hi, the merge worked but my badges are still on the old bank email. Can you help?`,
  }),
  mk({
    slug: 'en-badge-misaligned', kind: 'badges_transferred', lang: 'en', caseId: null, trusted: false, auth: 'misaligned',
    note: 'Credly AWS badge text, but DKIM is for an unrelated domain and dmarc=fail: untrusted',
    from: CREDLY_AWS, to: to(LENA), subject: 'Amazon Web Services Training and Certification has issued you a badge', date: d('2026-04-09 04:41:09', '+0200'), enc: 'ascii7',
    text: `Lena, your badge AWS Certified Solutions Architect - Associate is waiting.
Accept your badge: http://credly-badges.example.net/accept/551920`,
  }),
  mk({
    slug: 'en-badge-resent', kind: 'badges_transferred', lang: 'en', caseId: null, forUser: false,
    note: "AWS Credly badge mail redirected by the old employer's server (Resent-*): not delivered as such",
    from: CREDLY_AWS, to: `Lena Fischer <${LENA.src}>`, subject: 'Amazon Web Services Training and Certification has issued you a badge', date: d('2026-04-09 06:20:30', '+0200'), enc: 'ascii7',
    resent: { from: 'l.fischer@techfirm.example.de', to: 'postmaster@techfirm.example.de', date: d('2026-04-09 06:20:52', '+0200') },
    text: `Lena, you've earned a badge!

Amazon Web Services Training and Certification has issued you: AWS Certified Cloud Practitioner

Accept your badge: https://www.credly.com/badges/e2c81f07-4d5a-4e9b-8c6f-3b1a9d0e7f24

Credly`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'en-closed-daniel', kind: 'case_closed', lang: 'en', caseId: CASE.daniel,
    note: 'agent marks the case resolved',
    from: SUPPORT, to: to(DANIEL), subject: formSubject(CASE.daniel), date: d('2026-03-10 10:00:41'), enc: 'ascii7',
    text: `Hello Daniel,

As we haven't heard back since our last message, we're marking this case as resolved. You can reopen it simply by replying within 14 days.

Kind regards,
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-closed-lena-reminder', kind: 'case_closed', lang: 'en', caseId: CASE.lena,
    note: 'reminder: case closes automatically in 5 days without a reply',
    from: AWS_NOTIFY, to: to(LENA), subject: `Reminder: case ${CASE.lena} will be closed soon`, date: d('2026-04-03 09:00:00', '+0200'), enc: 'utf8qp',
    extra: ['Auto-Submitted: auto-generated'],
    text: `Dear Lena Fischer,

We're waiting for your response on case ${CASE.lena}. If we don't hear from you within 5 days, the case will be closed automatically.

To keep it open, reply to the most recent correspondence.

Amazon Web Services`,
  }),
  mk({
    slug: 'en-closed-ravi-restate', kind: 'case_closed', lang: 'en', caseId: CASE.ravi, trap: true,
    note: 'closing notice restating an earlier merge ("as your accounts were merged on ...")',
    from: SUPPORT, to: to(RAVI), subject: formSubject(CASE.ravi), date: d('2026-06-15 09:30:12', '+0530'), enc: 'ascii7',
    text: `Hi Ravi,

As your accounts were merged on June 8 and the badges relinked the following day, we're now closing this case. Thanks for your patience throughout.

Suresh | AWS T&C Support`,
  }),
  mk({
    slug: 'en-closed-notify-html', kind: 'case_closed', lang: 'en', caseId: CASE.daniel,
    note: 'AWS Support notification: case resolved (multipart)',
    from: AWS_NOTIFY, to: to(DANIEL), subject: `Your AWS Support case ${CASE.daniel} has been resolved`, date: d('2026-03-10 10:01:15'), enc: 'utf8qp',
    text: `Hello,

Case ${CASE.daniel} has been resolved. If you need more help with this issue, you can reopen the case from the Support Center.

Amazon Web Services`,
    html: htmlDoc(paras(`Hello,

Case ${CASE.daniel} has been resolved. If you need more help with this issue, you can reopen the case from the Support Center.

Amazon Web Services`)),
  }),
  mk({
    slug: 'en-closed-dup', kind: 'case_closed', lang: 'en', caseId: CASE.danielDup,
    note: 'the duplicate case is closed in favour of the original one',
    from: SUPPORT, to: to(DANIEL), subject: formSubject(CASE.danielDup), date: d('2026-02-25 13:12:09'), enc: 'ascii7',
    text: `Hello Daniel,

This request is already being handled under case ${CASE.daniel}, so I'm closing this duplicate (${CASE.danielDup}). Please continue the conversation on the original thread.

Priyanka`,
  }),
  mk({
    slug: 'en-closed-resent', kind: 'case_closed', lang: 'en', caseId: CASE.ravi, forUser: false,
    note: 'case-closed notice that went to the old bank address and was redirected (Resent-*)',
    from: AWS_NOTIFY, to: toSrc(RAVI, false), subject: `Your AWS Support case ${CASE.ravi} has been resolved`, date: d('2026-06-15 09:31:00', '+0530'), enc: 'ascii7',
    resent: { from: 'rmenon@bigbank.example.com', to: 'compliance-archive@bigbank.example.com', date: d('2026-06-15 09:31:20', '+0530') },
    text: `Hello,

Case ${CASE.ravi} has been resolved and closed.

Amazon Web Services`,
  }),
  mk({
    slug: 'en-closed-lena-noresponse', kind: 'case_closed', lang: 'en', caseId: CASE.lena,
    note: 'case closed after no response',
    from: AWS_NOTIFY, to: to(LENA), subject: `Case ${CASE.lena} closed - no response received`, date: d('2026-04-20 09:00:00', '+0200'), enc: 'utf8b64',
    text: `Dear Lena Fischer,

Case ${CASE.lena} has been closed because we didn't receive a response within the follow-up period.
If the issue persists, please open a new case and reference this one.

Amazon Web Services`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'en-sr-daniel-thanks', kind: 'support_reply', lang: 'en', caseId: CASE.daniel, trap: true,
    note: 'thanks for confirming, passed to the back-office team (merge not done yet)',
    from: SUPPORT, to: to(DANIEL), subject: formSubject(CASE.daniel), date: d('2026-03-02 19:40:05'), enc: 'ascii7',
    text: `Hi Daniel,

Thanks for confirming. I've passed your request to our back-office team, who handle account merges. These usually take 2-5 business days; I'll update you here as soon as I hear back.

Priyanka`,
  }),
  mk({
    slug: 'en-sr-lena-future', kind: 'support_reply', lang: 'en', caseId: CASE.lena, trap: true,
    note: 'future: once the merge has gone through I will let you know about badges',
    from: SUPPORT, to: to(LENA), subject: formSubject(CASE.lena), date: d('2026-04-07 23:15:30', '+0200'), enc: 'utf8qp',
    text: `Hi Lena,

Got it, thank you. Once the merge has gone through I'll let you know, and I'll also check whether your Credly badges need to be moved.

Tomás`,
  }),
  mk({
    slug: 'en-sr-ravi-notyet', kind: 'support_reply', lang: 'en', caseId: CASE.ravi, trap: true,
    note: 'negated: the merge has not been completed yet',
    from: SUPPORT, to: to(RAVI), subject: formSubject(CASE.ravi), date: d('2026-06-07 12:02:58', '+0530'), enc: 'ascii7',
    text: `Hi Ravi,

To answer your question: no, the merge has not been completed yet. The request is in the queue with our operations team. No action is needed from you.

Suresh`,
  }),
  mk({
    slug: 'en-sr-daniel-dupcases', kind: 'support_reply', lang: 'en', caseId: CASE.daniel, trap: true,
    note: 'merged duplicate support cases, not the accounts',
    from: SUPPORT, to: to(DANIEL), subject: formSubject(CASE.daniel), date: d('2026-02-25 13:15:44'), enc: 'ascii7',
    text: `Hello Daniel,

I noticed you opened a second case (${CASE.danielDup}) for the same request, so I've merged it into this one to keep everything in one place. I'm still waiting on the account details I asked for earlier.

Priyanka`,
  }),
  mk({
    slug: 'en-sr-lena-writefrom', kind: 'support_reply', lang: 'en', caseId: CASE.lena, trap: true,
    note: '"please reply from the address you are keeping" without asking for data: support_reply',
    from: SUPPORT, to: `Lena Fischer <${LENA.src}>`, cc: to(LENA), subject: formSubject(CASE.lena), date: d('2026-03-30 16:40:12', '+0200'), enc: 'utf8qp',
    text: `Hi Lena,

Thanks for reaching out. Going forward, please write to us from the email address of the account you're keeping rather than your employer address - it helps us verify the request.

Tomás`,
  }),
  mk({
    slug: 'en-sr-ravi-escalated', kind: 'support_reply', lang: 'en', caseId: CASE.ravi2,
    note: 'status: escalated to Certification Operations',
    from: SUPPORT, to: to(RAVI), subject: formSubject(CASE.ravi2), date: d('2026-06-10 15:25:37', '+0530'), enc: 'utf8b64',
    text: `Hello Ravi,

I've escalated your voucher question to our Certification Operations team. They typically respond within 3 business days, and I'll pass their answer on as soon as I have it.

Best regards,
Anjali
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-sr-daniel-unable', kind: 'support_reply', lang: 'en', caseId: CASE.daniel, trap: true,
    note: 'we are unable to merge a third account (different person): explanation, no request',
    from: SUPPORT, to: to(DANIEL), subject: formSubject(CASE.daniel), date: d('2026-02-26 16:33:20'), enc: 'ascii7',
    text: `Hi Daniel,

About the third profile you mentioned (registered to "D. Okafor" with a different date of birth): we're unable to merge accounts belonging to different individuals, so that one will stay as it is. The two accounts in your original request are not affected.

Priyanka`,
  }),
  mk({
    slug: 'en-sr-freemail', kind: 'support_reply', lang: 'en', caseId: CASE.daniel, trusted: false,
    note: 'trusted display name on a free-mail address: untrusted status update',
    from: 'AWS Training and Certification <awstraining.support.desk@outlook.com>', to: to(DANIEL), subject: formSubject(CASE.daniel), date: d('2026-02-28 02:44:51'), enc: 'ascii7',
    text: `Dear customer,

Your case is being processed by our senior team. We will update you shortly.

AWS Training and Certification`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'en-un-survey', kind: 'unrelated', lang: 'en', caseId: CASE.daniel, trap: true,
    note: 'survey: "Was your issue resolved?"',
    from: AWS_NOTIFY, to: to(DANIEL), subject: 'How did we do? Tell us about your recent support experience', date: d('2026-03-11 12:00:00'), enc: 'utf8qp',
    text: `Hello,

Thank you for contacting AWS Training and Certification about case ${CASE.daniel}.
Was your issue resolved? Please take a minute to tell us.

  Yes: https://survey.aws.amazon.com/r/en?c=${CASE.daniel}&a=1
  No:  https://survey.aws.amazon.com/r/en?c=${CASE.daniel}&a=0

Amazon Web Services`,
  }),
  mk({
    slug: 'en-un-hashicorp', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'Credly badge from another issuer (HashiCorp)',
    from: 'HashiCorp via Credly <admin@credly.com>', to: to(RAVI), subject: 'HashiCorp has issued you a badge', date: d('2026-06-12 18:10:26', '+0530'), enc: 'utf8qp',
    text: `Ravi, you've earned a badge!

HashiCorp has issued you: HashiCorp Certified: Terraform Associate (004)

Accept your badge: https://www.credly.com/badges/1b7d3e92-0f6a-4c58-9e21-a84c6d5f3b70

Credly`,
    html: htmlDoc(`<p>Ravi, you&#39;ve earned a badge!</p><p>HashiCorp has issued you: <b>HashiCorp Certified: Terraform Associate (004)</b></p><p><a href="https://www.credly.com/badges/1b7d3e92-0f6a-4c58-9e21-a84c6d5f3b70">Accept your badge</a></p>`),
  }),
  mk({
    slug: 'en-un-university', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: "a university's Credly badge: other issuer",
    from: 'Example Technical University via Credly <admin@credly.com>', to: to(LENA), subject: 'Example Technical University has issued you a badge', date: d('2026-04-14 11:20:03', '+0200'), enc: 'ascii7',
    text: `Lena, you've earned a badge!

Example Technical University has issued you the badge "Cloud Computing Micro-Credential".

Accept your badge: https://www.credly.com/badges/c4e0a9b1-2d7f-4a6e-b3c8-5f19e0d27a46`,
  }),
  mk({
    slug: 'en-un-own-reply', kind: 'unrelated', lang: 'en', caseId: CASE.ravi, trusted: false, trap: true,
    note: "the user's own consent reply, copied to himself: no news from support",
    from: to(RAVI), to: `AWS Training and Certification <${SUPPORT_BARE}>`, cc: to(RAVI), subject: formSubject(CASE.ravi), date: d('2026-06-05 19:22:10', '+0530'), enc: 'ascii7', rcpt: RAVI.keep,
    text: `Approved. Please merge ${RAVI.srcId} into ${RAVI.keepId}.

Ravi

Sent from my iPhone

> On 5 Jun 2026, at 10:02, AWS Training and Certification <${SUPPORT_BARE}> wrote:
>
> We'll need your written go-ahead before submitting - merges are permanent.`,
  }),
  mk({
    slug: 'en-un-agent-ooo', kind: 'unrelated', lang: 'en', caseId: CASE.lena, trap: true,
    note: "agent's out-of-office auto reply on the case",
    from: 'Tomas Alvarez <tomalv@amazon.com>', to: to(LENA), subject: `Automatic reply: ${formSubject(CASE.lena)}`, date: d('2026-04-09 08:02:11', '+0200'), enc: 'ascii7',
    extra: ['Auto-Submitted: auto-replied'],
    text: `Hi,

I'm out of the office until April 13 with no access to email. Your message has been received and your case will be handled by the AWS Training and Certification team in the meantime.

Tomas`,
  }),
  mk({
    slug: 'en-un-skillbuilder', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'Skill Builder subscription renewal completed: not the merge',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', to: to(DANIEL), subject: 'Your AWS Skill Builder subscription renewal is complete', date: d('2026-03-15 00:05:00'), enc: 'ascii7',
    text: `Hi Daniel,

Your AWS Skill Builder Individual subscription has been renewed successfully. Your account has been updated and all content remains available.

Receipt number: SB-20260315-88124

AWS Skill Builder`,
  }),
  mk({
    slug: 'en-un-teamlist', kind: 'unrelated', lang: 'en', caseId: CASE.daniel, trusted: false, forUser: false, trap: true,
    note: "a colleague's forward to a team list about the merge: not from support, not to the user",
    from: 'Megan Price <mprice@consultco.example.com>', to: 'Cloud Practice <cloud-practice@consultco.example.com>', subject: 'FW: certification accounts merged - how Daniel did it', date: d('2026-03-06 14:22:19'), enc: 'utf8qp',
    text: `All,

Daniel's former account was merged into his personal one last week (case ${CASE.daniel}). If you're leaving or switching emails, open a case with AWS T&C support and they'll ask you to confirm before merging.

Megan`,
  }),
  mk({
    slug: 'en-un-reinvent', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 're:Invent marketing, registration confirmed',
    from: 'AWS re:Invent <reinvent@marketing.aws.amazon.com>', to: to(RAVI), subject: "You're registered for AWS re:Invent 2026", date: d('2026-06-20 16:00:00'), enc: 'utf8qp',
    html: htmlDoc(`<h1>Your registration is confirmed</h1><p>Hi Ravi,</p><p>Thanks for registering for AWS re:Invent 2026. AWS Certified attendees get access to the Certification Lounge - bring your badge!</p><p><a href="https://reinvent.awsevents.com/">Manage registration</a></p>`),
  }),
  mk({
    slug: 'en-un-pearson', kind: 'unrelated', lang: 'en', caseId: null, trusted: false, trap: true,
    note: 'test vendor mail: exam appointment rescheduled and confirmed',
    from: 'Pearson VUE <noreply@pearsonvue.com>', to: to(LENA), subject: 'Confirmation of your rescheduled exam appointment', date: d('2026-04-16 17:30:44', '+0200'), enc: 'ascii7',
    text: `Dear Lena Fischer,

Your appointment has been rescheduled and confirmed.

Exam: AWS Certified DevOps Engineer - Professional (DOP-C02)
Date: May 4, 2026, 10:00 AM CEST
Location: Online (OnVUE)

Pearson VUE`,
  }),
];
