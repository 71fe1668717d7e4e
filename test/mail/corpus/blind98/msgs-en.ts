// cs: English messages. Every text is written for this set.
import type { Msg } from './lib.js';
import {
  CASE,
  CERT_OPS,
  COLLEAGUE_EN,
  CREDLY_AWS,
  CUST_REL,
  ESCALATIONS,
  FORM,
  LENA,
  NOTIFY,
  PORTAL,
  SAM,
  SUPPORT,
  SUPPORT_NOTIFY,
  SURVEY,
  TEAMLIST,
  YUI,
  formSubject,
  gmailEn,
  htmlDoc,
  mk,
  outlookEn,
  paras,
  quote,
  sfBlock,
  thread,
} from './common.js';

const SAM_REQ = `Hi,
I ended up with two certification profiles -- one from a contract role (${SAM.src}, ${SAM.srcId}) and my own (${SAM.keep}, ${SAM.keepId}).
Could you fold the contract one into mine? I'd like to keep ${SAM.keep}.
Sam`;

const LENA_REQ = `Hello,
during my studies I registered with my university address ${LENA.src}. I now use ${LENA.keep}.
Please combine both certification accounts into the one with my private address.
Kind regards, Lena Fischer`;

export const EN: Msg[] = [
  // ------------------------------------------------------------------ acknowledgement (6)
  mk({
    slug: 'ack-sam', kind: 'acknowledgement', lang: 'en', trusted: true, forUser: true, caseId: CASE.sam, trap: false,
    note: 'automatic receipt: case opened, ID given',
    from: NOTIFY, to: SAM.keep, subject: `AWS Support case ${CASE.sam} opened`, when: '2026-02-16 15:22:08', auth: 'pass', enc: 'ascii7',
    text: `Hello Sam Okafor,

We've opened case ${CASE.sam} for your AWS Training and Certification inquiry.
Someone from the team will get back to you by email, typically within one business day.

To add details, reply to this message -- please keep the case number in the subject line.

Amazon Web Services`,
  }),
  mk({
    slug: 'ack-lena-table', kind: 'acknowledgement', lang: 'en', trusted: true, forUser: true, caseId: CASE.lena, trap: false,
    note: 'HTML-only receipt with a small case table',
    from: SUPPORT_NOTIFY, to: 'Training Admins <training-admins@example.de>', subject: 'We have your request', when: '2026-03-02 09:40:51', auth: 'pass', enc: 'utf8qp',
    html: htmlDoc(`<p>Hi Lena,</p>
<p>Thanks for getting in touch with AWS Training and Certification. Your request is logged:</p>
<table cellpadding="3"><tr><td>Case ID</td><td><b>${CASE.lena}</b></td></tr><tr><td>Category</td><td>Certification &ndash; Account</td></tr><tr><td>Status</td><td>Unassigned</td></tr></table>
<p>No further action is needed right now.</p>`, 'en'),
    extra: { deliveredTo: LENA.keep, crlf: false },
  }),
  mk({
    slug: 'ack-noauth', kind: 'acknowledgement', lang: 'en', trusted: false, forUser: true, caseId: CASE.samDup, trap: false,
    note: 'case receipt with no Authentication-Results at all',
    from: NOTIFY, to: SAM.src, subject: `Case ${CASE.samDup} received`, when: '2026-02-17 06:01:14', auth: 'none', enc: 'ascii7',
    text: `Your case ${CASE.samDup} has been received and will be handled in order of arrival.
Amazon Web Services`,
  }),
  mk({
    slug: 'ack-dont-duplicate', kind: 'acknowledgement', lang: 'en', trusted: true, forUser: true, caseId: CASE.lenaOld, trap: false,
    note: 'receipt that warns against opening a second case for the same request',
    from: NOTIFY, to: LENA.src, subject: `Thank you for contacting AWS Training and Certification [Case ${CASE.lenaOld}]`, when: '2026-01-20 17:17:17', auth: 'pass', enc: 'utf8b64',
    text: `Dear customer,

Your case number is ${CASE.lenaOld}. Please quote it if you need to reach us about this request.
Opening another case for the same question will not speed things up; it may actually slow the response down.

Best,
AWS Training and Certification`,
  }),
  mk({
    slug: 'ack-dkim-cc', kind: 'acknowledgement', lang: 'en', trusted: true, forUser: true, caseId: CASE.samDup, trap: false,
    note: 'receipt of the duplicate case with only an aligned DKIM pass; user is in Cc',
    from: NOTIFY, to: COLLEAGUE_EN, subject: `AWS Support: new case ${CASE.samDup}`, when: '2026-02-17 06:01:20', auth: 'dkimonly', enc: 'ascii7',
    text: `A new support case, ${CASE.samDup}, was created from the AWS Training and Certification contact form.
We'll reply to the contact address on the case.

-- AWS Support`,
    cc: SAM.src,
    extra: { rcpt: SAM.src, crlf: false },
  }),
  mk({
    slug: 'ack-mixed-lang-jp', kind: 'acknowledgement', lang: 'en', trusted: true, forUser: true, caseId: CASE.exam, trap: false,
    note: 'English receipt on a topic-less case (reads as what it looks like) with a one-line Japanese footer',
    from: NOTIFY, to: YUI.keep, subject: `Case ${CASE.exam} has been created`, when: '2026-04-03 03:03:33', auth: 'pass', enc: 'utf8qp',
    text: `Hello,

Thanks for reaching out. Case ${CASE.exam} is now open and queued for our team.

日本語でのご対応をご希望の場合はお知らせください。`,
  }),

  // ------------------------------------------------------------------ ai_answer (6)
  mk({
    slug: 'ai-en-tool', kind: 'ai_answer', lang: 'en', trusted: true, forUser: true, caseId: null, trap: false,
    note: 'generated answer suggesting the Merge Accounts tool',
    from: NOTIFY, to: SAM.keep, subject: 'Suggested answer for your question', when: '2026-02-16 15:10:03', auth: 'pass', enc: 'ascii7',
    text: `This answer was generated by AI.

It sounds like you have two certification profiles. You can usually combine them yourself:
sign in to the AWS Certification account, open Profile, then choose Merge Accounts and sign in with the other account.

If the tool says the merge isn't possible, select "Create case" and an agent will help.`,
  }),
  mk({
    slug: 'ai-en-helpful', kind: 'ai_answer', lang: 'en', trusted: true, forUser: true, caseId: null, trap: false,
    note: 'AI reply with helpful/not-helpful links, multipart',
    from: SUPPORT_NOTIFY, to: LENA.keep, subject: 'Here is what we found', when: '2026-03-02 09:31:11', auth: 'pass', enc: 'utf8qp',
    text: `Automated response - Amazon Q

Based on your description (two accounts, university and personal email), the self-service merge in the certification portal is the quickest route. Go to Profile > Merge Accounts.

Did this solve it? Yes | No, create a case`,
    html: htmlDoc(`<p><i>Automated response - Amazon Q</i></p>
<p>Based on your description (two accounts, university and personal email), the self-service merge in the certification portal is the quickest route. Go to <b>Profile &gt; Merge Accounts</b>.</p>
<p>Did this solve it? <a href="https://support.aws.amazon.com/fb?y">Yes</a> | <a href="https://support.aws.amazon.com/fb?n">No, create a case</a></p>`, 'en'),
  }),
  mk({
    slug: 'ai-en-after', kind: 'ai_answer', lang: 'en', trusted: true, forUser: true, caseId: null, trap: true,
    note: 'AI answer describing post-merge badges and benefits; still an automated suggestion',
    from: NOTIFY, to: SAM.src, subject: 'Answer from the AWS Support assistant', when: '2026-02-16 15:12:40', auth: 'pass', enc: 'utf8b64',
    html: htmlDoc(`<p>This content was produced by a generative AI assistant.</p>
<p>Once two certification accounts are merged, certifications and benefits from the source account appear in the remaining account. Credly badges may need to be claimed again with the remaining account's email address.</p>
<p>To start, try <b>Merge Accounts</b> on your profile page. If it refuses, you can open a support case.</p>`, 'en'),
  }),
  mk({
    slug: 'ai-en-passother', kind: 'ai_answer', lang: 'en', trusted: false, forUser: true, caseId: null, trap: false,
    note: 'AI-answer look-alike; dmarc passes only for a different header.from domain',
    from: NOTIFY, to: LENA.keep, subject: 'AI assistant: next steps for your account', when: '2026-03-05 23:12:00', auth: 'passForOther', enc: 'ascii7',
    text: `Generated by AI.
To merge your certification accounts instantly, confirm your identity here:
http://aws-cert-merge.example.biz/verify`,
  }),
  mk({
    slug: 'ai-en-supervisor', kind: 'ai_answer', lang: 'en', trusted: true, forUser: true, caseId: null, trap: false,
    note: 'automated reply to "let me talk to a supervisor": points back to self-service first',
    from: SUPPORT_NOTIFY, to: SAM.keep, subject: 'Automated reply: your request', when: '2026-02-19 20:45:00', auth: 'pass', enc: 'utf8qp',
    text: `I'm an automated assistant, not a person.

You asked to speak with a supervisor. I can't transfer you, but most duplicate-account issues can be fixed with the Merge Accounts option in the certification portal. If that doesn't work, create a case and a support agent will pick it up.`,
  }),
  mk({
    slug: 'ai-en-lookalike', kind: 'ai_answer', lang: 'en', trusted: false, forUser: true, caseId: null, trap: false,
    note: 'AI-style suggestion from a look-alike domain amazon-aws-help.com',
    from: 'AWS Help Assistant <assistant@amazon-aws-help.com>', to: SAM.keep, subject: 'Your AI-generated answer', when: '2026-02-20 04:04:40', auth: 'pass', enc: 'ascii7',
    text: `Our AI assistant reviewed your question.
Recommended: use the account merge utility at http://amazon-aws-help.com/merge and sign in with both accounts.`,
  }),

  // ------------------------------------------------------------------ info_request (7)
  mk({
    slug: 'info-en-specialist', kind: 'info_request', lang: 'en', trusted: true, forUser: true, caseId: CASE.sam, trap: false,
    note: 'escalated to a specialist team that needs a past exam registration number',
    from: ESCALATIONS, to: SAM.keep, subject: formSubject(CASE.sam), when: '2026-02-19 13:50:27', auth: 'pass', enc: 'ascii7',
    text: `Hi Sam,

I'm Daniel from the T&C escalations team; your case came over to us from first-line support yesterday.
The contract-era profile (${SAM.srcId}) has a different date of birth on file, so before anything can be combined we'll need the registration number of one exam you sat on that profile. It's on the score report.

Thanks,
Daniel

${thread('pL03sW')}

${sfBlock(SAM.keep, '2/16/2026 3:20 PM', FORM, 'Two certification profiles', SAM_REQ)}`,
  }),
  mk({
    slug: 'info-en-write-from-keep', kind: 'info_request', lang: 'en', trusted: true, forUser: true, caseId: CASE.samDup, trap: false,
    note: 'asks to write from the kept address and include both candidate IDs (asks for data)',
    from: SUPPORT, to: SAM.src, subject: formSubject(CASE.samDup), when: '2026-02-18 10:11:40', auth: 'pass', enc: 'utf8qp',
    text: `Hello Sam,

For account security we can only act on requests that come from the address you intend to keep.
Could you reply from that mailbox and list the candidate IDs of both profiles? Once we have that, the case can move on.

Regards,
Meera
AWS Training and Certification Support`,
  }),
  mk({
    slug: 'info-en-reopened', kind: 'info_request', lang: 'en', trusted: true, forUser: true, caseId: CASE.lena, trap: false,
    note: 'agent re-opened after the auto-close and needs a screenshot of the certification page',
    from: SUPPORT, to: LENA.keep, subject: formSubject(CASE.lena), when: '2026-03-18 08:20:35', auth: 'pass', enc: 'ascii7',
    text: `Hi Lena,

Your reply arrived after the case had closed itself, so I've opened it again.
To pin down the university account, a screenshot of the Certifications page from that login would help a lot (IDs visible, personal data can be blurred).

Tomas
AWS T&C Support

${gmailEn('Tue, Mar 17, 2026 at 10:02 PM', `Lena Fischer <${LENA.keep}>`, `The case was closed but nothing happened. Both accounts still exist.`)}`,
  }),
  mk({
    slug: 'info-en-cr-voucher', kind: 'info_request', lang: 'en', trusted: true, forUser: true, caseId: CASE.sam, trap: false,
    note: 'customer relations answers a complaint, promises a voucher extension, and says the merge waits on the exam registration number',
    from: CUST_REL, to: SAM.keep, subject: formSubject(CASE.sam), when: '2026-02-20 10:05:00', auth: 'pass', enc: 'utf8b64',
    html: htmlDoc(paras(`Dear Sam,

Thank you for taking the time to tell us about your experience. You were passed between three agents, and that isn't the service we aim for.

As a goodwill gesture we'll extend your 50% exam voucher by 90 days once the profiles are combined.
What is holding the merge up right now is the exam registration number Daniel asked for yesterday; it's printed on the score report of any exam taken on the contract profile. If you can reply with it, I'll make sure it reaches the operations team the same day.

Warm regards,
Olivia Brandt
Customer Relations, AWS Training and Certification`), 'en'),
  }),
  mk({
    slug: 'info-en-freemail', kind: 'info_request', lang: 'en', trusted: false, forUser: true, caseId: CASE.lena, trap: false,
    note: 'trusted-looking display name on a free-mail address asking for IDs',
    from: 'AWS Training and Certification <aws.cert.helpdesk@gmail.com>', to: LENA.keep, subject: formSubject(CASE.lena), when: '2026-03-06 11:45:45', auth: 'pass', enc: 'ascii7',
    text: `Dear Lena,

Your merge is waiting. Send both candidate IDs and the password of the university account to this address so our team can proceed.

AWS T&C`,
  }),
  mk({
    slug: 'info-en-dach', kind: 'info_request', lang: 'en', trusted: true, forUser: true, caseId: CASE.lena, trap: false,
    note: 'case moved to the EMEA queue; agent needs to know which email stays primary, phrased as a statement',
    from: SUPPORT, to: LENA.keep, subject: formSubject(CASE.lena), when: '2026-03-04 07:30:00', tz: '+0100', auth: 'pass', enc: 'utf8qp',
    text: `Hello Lena,

Your case was reassigned from the US queue to our EMEA team in Dublin, so I'm your contact from now on.
Going through the notes, I don't yet see which of the two addresses should remain the primary login after the merge. A one-line answer is enough.

Niamh
AWS Training & Certification – EMEA`,
  }),
  mk({
    slug: 'info-en-yui-escalation', kind: 'info_request', lang: 'en', trusted: true, forUser: true, caseId: CASE.yui, trap: false,
    note: 'English-speaking escalation engineer joins a Japanese case and asks for the old employer\'s candidate ID',
    from: ESCALATIONS, to: YUI.keep, cc: `Ono (AWS T&C Japan) <${FORM}>`, subject: formSubject(CASE.yui), when: '2026-02-11 18:02:10', auth: 'pass', enc: 'ascii7',
    text: `Hello Tanaka-san,

Apologies for writing in English -- I'm on the escalations team and Ono-san asked me to look at your case.
The source profile ${YUI.srcId} shows a second candidate ID linked through your former employer's partner account. Please send me that partner-linked ID if you have it; otherwise a note that you don't is fine too.

Best,
Raj`,
  }),

  // ------------------------------------------------------------------ confirmation_request (7)
  mk({
    slug: 'conf-en-ops', kind: 'confirmation_request', lang: 'en', trusted: true, forUser: true, caseId: CASE.sam, trap: false,
    note: 'escalation asks for an explicit go-ahead before Certification Operations runs the merge',
    from: ESCALATIONS, to: SAM.keep, subject: formSubject(CASE.sam), when: '2026-02-21 09:14:27', auth: 'pass', enc: 'ascii7',
    text: `Hi Sam,

Thanks, the registration number matched. Before Certification Operations executes anything, I need your explicit go-ahead:

  Keep:    ${SAM.keepId} (${SAM.keep})
  Retire:  ${SAM.srcId} (${SAM.src})

This is permanent -- the retired profile can't be restored afterwards. A reply saying you agree is all we need.

Daniel`,
  }),
  mk({
    slug: 'conf-en-agree', kind: 'confirmation_request', lang: 'en', trusted: true, forUser: true, caseId: CASE.lena, trap: false,
    note: 'asks the customer to reply "I agree"; irreversible; multipart',
    from: SUPPORT, to: LENA.keep, subject: formSubject(CASE.lena), when: '2026-03-19 10:10:59', tz: '+0100', auth: 'pass', enc: 'utf8qp',
    text: `Hi Lena,

Everything lines up now. Kindly reply with "I agree" to let us merge ${LENA.srcId} into ${LENA.keepId}. Please be aware the step can't be reversed.

Niamh`,
    html: htmlDoc(`<p>Hi Lena,</p><p>Everything lines up now. Kindly reply with <b>&quot;I agree&quot;</b> to let us merge ${LENA.srcId} into ${LENA.keepId}. Please be aware the step can&#39;t be reversed.</p><p>Niamh</p>`, 'en'),
  }),
  mk({
    slug: 'conf-en-back-from-jp', kind: 'confirmation_request', lang: 'en', trusted: true, forUser: true, caseId: CASE.samDup, trap: false,
    note: 'case handed back from the Tokyo queue to English support; asks for consent',
    from: SUPPORT, to: SAM.keep, subject: formSubject(CASE.samDup), when: '2026-02-22 02:32:16', auth: 'pass', enc: 'ascii7',
    text: `Hello Sam,

Your case was briefly routed to our Tokyo queue by mistake and has now come back to the English team. Sorry for the detour.

Are you OK with us combinig ${SAM.srcId} into ${SAM.keepId}? Once done, it stays done. Let us know by replying.

Kevin`,
  }),
  mk({
    slug: 'conf-en-new-agent', kind: 'confirmation_request', lang: 'en', trusted: true, forUser: true, caseId: CASE.lena, trap: false,
    note: 'different agent wants to make sure the customer consents; consent phrased as alignment',
    from: SUPPORT, to: LENA.keep, subject: formSubject(CASE.lena), when: '2026-03-20 14:41:06', tz: '+0100', auth: 'pass', enc: 'utf8b64',
    text: `Hi Lena,

Niamh is out this week, so I'm covering. Just to make sure we're aligned before I hand this to the merge team: you're fine with the university profile (${LENA.srcId}) being absorbed into ${LENA.keepId}, and you understand there's no undo?
If so, a short yes is plenty.

Conor`,
  }),
  mk({
    slug: 'conf-en-sesonly', kind: 'confirmation_request', lang: 'en', trusted: false, forUser: true, caseId: CASE.sam, trap: false,
    note: 'only an amazonses.com DKIM signature (not aligned with amazon.com) and no dmarc pass',
    from: SUPPORT, to: SAM.keep, subject: formSubject(CASE.sam), when: '2026-02-21 10:00:02', auth: 'sesOnly', enc: 'ascii7',
    text: `Hello Sam,

Please confirm that we may merge ${SAM.srcId} into ${SAM.keepId}. The merge cannot be undone. Reply to this email to give your consent.

AWS Training and Certification`,
  }),
  mk({
    slug: 'conf-en-supervisor', kind: 'confirmation_request', lang: 'en', trusted: true, forUser: true, caseId: CASE.samDup, trap: false,
    note: 'supervisor re-asks for consent after a complaint, quoting the thread Outlook-style',
    from: `Support Supervisor - AWS T&C <${FORM}>`, to: SAM.keep, subject: formSubject(CASE.samDup), when: '2026-02-23 12:12:12', auth: 'pass', enc: 'utf8qp',
    text: `Sam,

I supervise the team that handled your case and I've read the whole thread. I'm sorry it took this many rounds.
To avoid another round-trip, I'd like your final say-so: may we go ahead and merge ${SAM.srcId} into ${SAM.keepId}? It's irreversible, which is why we need it in writing.

Hannah Leclerc
Support Supervisor

${outlookEn(`Sam Okafor <${SAM.keep}>`, 'Monday, February 23, 2026 9:40 AM', FORM, `RE: ${formSubject(CASE.samDup)}`, `I've been asked the same question three times now. Who is actually handling this?`)}`,
  }),
  mk({
    slug: 'conf-en-fail', kind: 'confirmation_request', lang: 'en', trusted: false, forUser: true, caseId: CASE.lena, trap: false,
    note: 'dmarc=fail verdict from the receiving server',
    from: SUPPORT, to: LENA.keep, subject: formSubject(CASE.lena), when: '2026-03-19 02:02:02', auth: 'fail', enc: 'ascii7',
    text: `Lena,
Approve the merge within 12 hours using the link below or the request expires:
http://aws-approvals.example.co/approve?c=${CASE.lena}`,
  }),

  // ------------------------------------------------------------------ merge_completed (7)
  mk({
    slug: 'done-en-ops', kind: 'merge_completed', lang: 'en', trusted: true, forUser: true, caseId: CASE.sam, trap: false,
    note: 'Certification Operations (aws.training) reports the merge done on the case',
    from: CERT_OPS, to: SAM.keep, subject: `[CASE ${CASE.sam}] Account merge processed`, when: '2026-02-23 21:09:48', auth: 'pass', enc: 'ascii7',
    text: `Hello,

Certification Operations has processed the request escalated under case ${CASE.sam}.
${SAM.srcId} is now part of ${SAM.keepId}; exam history, certifications and benefits show under the remaining profile.

-- Certification Operations`,
  }),
  mk({
    slug: 'done-en-cr-voucher', kind: 'merge_completed', lang: 'en', trusted: true, forUser: true, caseId: CASE.sam, trap: false,
    note: 'customer relations: merge now done, and the voucher was extended as a goodwill gesture',
    from: CUST_REL, to: SAM.keep, subject: formSubject(CASE.sam), when: '2026-02-24 18:30:00', auth: 'pass', enc: 'utf8qp',
    text: `Dear Sam,

Good news: the two profiles have been merged, and everything from ${SAM.srcId} now lives under ${SAM.keepId}.
Because of the delays you experienced, your 50% exam voucher has also been extended by 90 days, as promised. Thank you for sending the registration number so quickly.

Kind regards,
Olivia Brandt
Customer Relations`,
  }),
  mk({
    slug: 'done-en-portal', kind: 'merge_completed', lang: 'en', trusted: true, forUser: true, caseId: null, trap: false,
    note: 'certification portal\'s own "accounts merged" notice, no case ID',
    from: PORTAL, to: LENA.keep, subject: 'Your AWS Certification accounts have been merged', when: '2026-03-21 06:06:06', auth: 'pass', enc: 'ascii7',
    text: `Hi Lena Fischer,

The AWS Certification account ${LENA.srcId} has been merged into your account. Certifications, exam history and benefits from that account are now visible here.

Didn't request this? Contact AWS Training and Certification support.`,
  }),
  mk({
    slug: 'done-en-gone-ahead', kind: 'merge_completed', lang: 'en', trusted: true, forUser: true, caseId: CASE.lena, trap: false,
    note: 'HTML-only: covering agent says the merge went through',
    from: SUPPORT, to: LENA.keep, subject: formSubject(CASE.lena), when: '2026-03-21 05:50:20', tz: '+0100', auth: 'pass', enc: 'utf8b64',
    html: htmlDoc(paras(`Hi Lena,

Thanks for the quick yes. I went ahead with it this morning -- the university profile is folded into ${LENA.keepId} and you can sign in with ${LENA.keep} as usual.

Conor
AWS Training & Certification`), 'en'),
  }),
  mk({
    slug: 'done-en-otheronly', kind: 'merge_completed', lang: 'en', trusted: false, forUser: true, caseId: CASE.samDup, trap: false,
    note: 'only a foreign authserv-id (mx.google.com) vouches for it, below the server\'s Received line',
    from: SUPPORT, to: SAM.keep, subject: formSubject(CASE.samDup), when: '2026-02-22 08:00:00', auth: 'otherOnly', enc: 'ascii7',
    text: `Hello Sam,
Your accounts were merged. Download your updated transcript here: http://aws-transcripts.example.net/dl`,
  }),
  mk({
    slug: 'done-en-autoclose', kind: 'merge_completed', lang: 'en', trusted: true, forUser: true, caseId: CASE.samDup, trap: false,
    note: 'merge finished; case will close automatically (merge is the new fact)',
    from: SUPPORT, to: SAM.keep, subject: formSubject(CASE.samDup), when: '2026-02-24 01:45:33', auth: 'pass', enc: 'utf8qp',
    text: `Hi Sam,

Kevin here again. The merge is finished: ${SAM.keepId} now holds both certification histories.
Nothing else is needed from you; this case will close on its own in a few days.

Kevin`,
  }),
  mk({
    slug: 'done-en-resent', kind: 'merge_completed', lang: 'en', trusted: true, forUser: false, caseId: CASE.lenaOld, trap: false,
    note: 'completion redirected by the university mail system (Resent-* headers): not delivered to the user',
    from: SUPPORT, to: LENA.src, subject: formSubject(CASE.lenaOld), when: '2026-01-27 12:30:00', auth: 'pass', enc: 'ascii7',
    text: `Hello Lena,

We've merged the certification account registered under ${LENA.src} into ${LENA.keepId}. You may now stop using the university login.

AWS Training and Certification`,
    extra: { resent: { from: 'mailer-daemon@uni-hh.example.de', to: 'alumni-forward@uni-hh.example.de', date: 'Tue, 27 Jan 2026 13:31:02 +0100' } },
  }),

  // ------------------------------------------------------------------ badges_transferred (6)
  mk({
    slug: 'credly-en-accept', kind: 'badges_transferred', lang: 'en', trusted: true, forUser: true, caseId: null, trap: false,
    note: 'Credly: AWS issued a badge to the kept address (Accept your badge)',
    from: CREDLY_AWS, to: SAM.keep, subject: 'Amazon Web Services Training and Certification has issued you a badge', when: '2026-02-26 14:22:10', auth: 'pass', enc: 'utf8qp',
    text: `Sam, congratulations!

Amazon Web Services Training and Certification has issued you the AWS Certified Developer - Associate badge.

Accept your badge: https://www.credly.com/earner/earned/badge/c71d02e8`,
    html: htmlDoc(`<p>Sam, congratulations!</p><p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Developer - Associate</b> badge.</p><p><a href="https://www.credly.com/earner/earned/badge/c71d02e8">Accept your badge</a></p>`, 'en'),
  }),
  mk({
    slug: 'badges-en-migrated', kind: 'badges_transferred', lang: 'en', trusted: true, forUser: true, caseId: CASE.lena, trap: false,
    note: 'support reports the badges were migrated to the Credly profile of the kept email',
    from: SUPPORT, to: LENA.keep, subject: formSubject(CASE.lena), when: '2026-03-25 09:09:09', tz: '+0100', auth: 'pass', enc: 'ascii7',
    text: `Hi Lena,

Following up on the missing badges: our Credly contact migrated all three to the Credly profile tied to ${LENA.keep}. The old university profile on Credly is now empty.

Niamh`,
  }),
  mk({
    slug: 'badges-en-supervisor-close', kind: 'badges_transferred', lang: 'en', trusted: true, forUser: true, caseId: CASE.sam, trap: false,
    note: 'supervisor: badges relinked to the kept account, and the case is closing',
    from: `Support Supervisor - AWS T&C <${FORM}>`, to: SAM.keep, subject: formSubject(CASE.sam), when: '2026-02-27 11:11:11', auth: 'pass', enc: 'utf8qp',
    text: `Hi Sam,

Last loose end: your Credly badges were relinked to ${SAM.keep} this morning, so they now sit with the merged account.
With that, I'm closing the case. Thanks for your patience with us.

Hannah`,
  }),
  mk({
    slug: 'credly-en-lookalike-server', kind: 'badges_transferred', lang: 'en', trusted: false, forUser: true, caseId: null, trap: false,
    note: 'Credly-looking mail whose Authentication-Results comes from a look-alike authserv-id',
    from: CREDLY_AWS, to: LENA.keep, subject: 'Your badges have moved to your new account', when: '2026-03-22 22:22:22', auth: 'lookalikeServer', enc: 'ascii7',
    text: `Your AWS badges were moved to your merged account.
Sign in to keep them: http://credly-login.example.com/`,
  }),
  mk({
    slug: 'credly-en-html', kind: 'badges_transferred', lang: 'en', trusted: true, forUser: true, caseId: null, trap: false,
    note: 'HTML-only Credly notice: AWS badge issued to the kept address',
    from: CREDLY_AWS, to: LENA.keep, subject: 'You earned a badge from Amazon Web Services Training and Certification', when: '2026-03-24 16:40:00', auth: 'pass', enc: 'utf8b64',
    html: htmlDoc(`<table width="600"><tr><td>
<h2>Lena, you've earned a badge!</h2>
<p>Amazon Web Services Training and Certification issued you <b>AWS Certified Solutions Architect - Professional</b>.</p>
<p><a href="https://www.credly.com/earner/earned/badge/1f90aa4b" style="background:#0077c8;color:#fff;padding:8px">Accept your badge</a></p>
</td></tr></table>`, 'en'),
  }),
  mk({
    slug: 'badges-en-escalations', kind: 'badges_transferred', lang: 'en', trusted: true, forUser: true, caseId: CASE.sam, trap: false,
    note: 'escalations team reports badges moved to the remaining account',
    from: ESCALATIONS, to: SAM.keep, subject: formSubject(CASE.sam), when: '2026-02-26 13:40:41', auth: 'pass', enc: 'ascii7',
    text: `Sam,

Daniel again. The badge team finished their part -- the two AWS badges that were stuck on the contractor address are on your ${SAM.keep} Credly profile now.

Daniel`,
  }),

  // ------------------------------------------------------------------ case_closed (7)
  mk({
    slug: 'close-en-resolved', kind: 'case_closed', lang: 'en', trusted: true, forUser: true, caseId: CASE.sam, trap: false,
    note: 'system notice: case resolved',
    from: NOTIFY, to: SAM.keep, subject: `Case ${CASE.sam} has been resolved`, when: '2026-03-01 00:00:10', auth: 'pass', enc: 'ascii7',
    text: `This case has been marked as resolved.

Case ID: ${CASE.sam}
If you still need help, reply to this email within 14 days and the case will be reopened.

Amazon Web Services`,
  }),
  mk({
    slug: 'close-en-dup', kind: 'case_closed', lang: 'en', trusted: true, forUser: true, caseId: CASE.samDup, trap: true,
    note: 'duplicate case closed and folded into the other case (case housekeeping)',
    from: SUPPORT, to: SAM.src, subject: formSubject(CASE.samDup), when: '2026-02-18 10:20:00', auth: 'pass', enc: 'utf8qp',
    text: `Hi Sam,

This case duplicates ${CASE.sam}, so we've merged it into that one and closed it here. Please continue the conversation on ${CASE.sam}.

AWS Training and Certification Support`,
  }),
  mk({
    slug: 'close-en-72h', kind: 'case_closed', lang: 'en', trusted: true, forUser: true, caseId: CASE.lena, trap: false,
    note: 'will auto-close in 72 hours without a reply',
    from: NOTIFY, to: LENA.keep, subject: `Action needed on case ${CASE.lena}`, when: '2026-03-13 00:00:00', auth: 'pass', enc: 'ascii7',
    text: `Hello,

We're still waiting on your response to the last message on case ${CASE.lena}.
If we don't hear back in 72 hours, the case will be closed automatically.`,
  }),
  mk({
    slug: 'close-en-cr-restate', kind: 'case_closed', lang: 'en', trusted: true, forUser: true, caseId: CASE.sam, trap: true,
    note: 'customer relations closes the complaint, restating the earlier merge and voucher extension',
    from: CUST_REL, to: SAM.keep, subject: formSubject(CASE.sam), when: '2026-03-02 15:00:00', auth: 'pass', enc: 'utf8b64',
    html: htmlDoc(paras(`Dear Sam,

As a final note from Customer Relations: your profiles were combined on 23 February, the voucher extension is in place, and your badges were relinked last week.

We're therefore closing your feedback case. Thank you again for telling us where we fell short.

Olivia Brandt`), 'en'),
  }),
  mk({
    slug: 'close-en-misaligned', kind: 'case_closed', lang: 'en', trusted: false, forUser: true, caseId: CASE.lena, trap: false,
    note: 'closing notice with DKIM from an unrelated bulk sender and dmarc=fail',
    from: NOTIFY, to: LENA.keep, subject: `Case ${CASE.lena} closed`, when: '2026-03-16 03:30:30', auth: 'misaligned', enc: 'ascii7',
    text: `Your case ${CASE.lena} is closed. To reopen it, sign in at http://aws-case-center.example.net/reopen`,
  }),
  mk({
    slug: 'close-en-noresponse', kind: 'case_closed', lang: 'en', trusted: true, forUser: true, caseId: CASE.lenaOld, trap: false,
    note: 'agent closes for lack of response and says to open a new case if still needed',
    from: SUPPORT, to: LENA.src, subject: formSubject(CASE.lenaOld), when: '2026-01-26 08:00:00', tz: '+0100', auth: 'pass', enc: 'utf8qp',
    text: `Dear Lena,

Since we haven't heard from you, I'm closing this case for now. If you still want the two accounts combined, please open a new case from the contact form -- replies to this thread may not reach us once it's closed.

Best wishes,
Tomas`,
  }),
  mk({
    slug: 'close-en-hold-ended', kind: 'case_closed', lang: 'en', trusted: true, forUser: true, caseId: CASE.lena, trap: false,
    note: 'the hold period ended without a reply; case closed',
    from: SUPPORT, to: LENA.keep, subject: formSubject(CASE.lena), when: '2026-03-16 09:00:00', tz: '+0100', auth: 'pass', enc: 'ascii7',
    text: `Hi Lena,

Your case was on hold waiting for the screenshot we asked for. The hold period has run out, so the case is now closed.

Tomas`,
  }),

  // ------------------------------------------------------------------ support_reply (8)
  mk({
    slug: 'sr-en-tier2', kind: 'support_reply', lang: 'en', trusted: true, forUser: true, caseId: CASE.sam, trap: true,
    note: 'escalated to tier 2; the merge has not been completed yet',
    from: SUPPORT, to: SAM.keep, subject: formSubject(CASE.sam), when: '2026-02-18 19:25:00', auth: 'pass', enc: 'ascii7',
    text: `Hi Sam,

You're right that the merge hasnt been completed yet -- the date-of-birth mismatch means front-line support can't action it.
I've escalated your case to our tier 2 team with a note explaining the history. They'll contact you directly.

Meera

${quote(`Any update? It's been three days.\nSam`)}`,
  }),
  mk({
    slug: 'sr-en-queue-list', kind: 'support_reply', lang: 'en', trusted: true, forUser: false, caseId: CASE.exam, trap: false,
    note: 'queue transfer notice sent to a team list, not to the user',
    from: SUPPORT, to: TEAMLIST, subject: formSubject(CASE.exam), when: '2026-04-04 04:40:00', auth: 'pass', enc: 'utf8qp',
    text: `Hello,

This case has been transferred from the APAC queue to North America because the requester's profile is registered there. A new owner will be assigned shortly.

AWS Training and Certification`,
  }),
  mk({
    slug: 'sr-en-reopened', kind: 'support_reply', lang: 'en', trusted: true, forUser: true, caseId: CASE.lena, trap: true,
    note: 'automatic notice: reply to a resolved case re-opened it',
    from: SUPPORT_NOTIFY, to: LENA.keep, subject: `Case ${CASE.lena} reopened`, when: '2026-03-17 21:05:00', tz: '+0100', auth: 'pass', enc: 'ascii7',
    text: `We noticed you replied to a resolved case, so case ${CASE.lena} is open again.
An agent will review your message and follow up.`,
  }),
  mk({
    slug: 'sr-en-cases-merged', kind: 'support_reply', lang: 'en', trusted: true, forUser: true, caseId: CASE.sam, trap: true,
    note: '"we merged your duplicate cases": case housekeeping only',
    from: SUPPORT, to: SAM.keep, subject: formSubject(CASE.sam), when: '2026-02-18 10:22:10', auth: 'pass', enc: 'utf8b64',
    html: htmlDoc(paras(`Hi Sam,

Quick housekeeping note: you had two cases open for the same request (${CASE.sam} and ${CASE.samDup}). We merged them into ${CASE.sam} so nothing falls through the cracks. No action needed.

Meera`), 'en'),
  }),
  mk({
    slug: 'sr-en-hold-credly', kind: 'support_reply', lang: 'en', trusted: true, forUser: true, caseId: CASE.lena, trap: true,
    note: 'case on hold for the Credly team; badge move only promised for later',
    from: SUPPORT, to: LENA.keep, subject: formSubject(CASE.lena), when: '2026-03-23 10:30:00', tz: '+0100', auth: 'pass', enc: 'ascii7',
    text: `Hi Lena,

I've put the case on hold while our Credly liaison looks into the badges. Once the badges are moved to your current address I'll let you know -- you don't need to chase us in the meantime.

Niamh`,
  }),
  mk({
    slug: 'sr-en-thanks-confirm', kind: 'support_reply', lang: 'en', trusted: true, forUser: true, caseId: CASE.sam, trap: true,
    note: 'thanks for confirming, handed to operations with an ETA',
    from: ESCALATIONS, to: SAM.keep, subject: formSubject(CASE.sam), when: '2026-02-21 15:48:00', auth: 'pass', enc: 'utf8qp',
    text: `Sam,

Got your confirmation, thank you. I've handed the request to Certification Operations; these usually take 3-5 business days. I'll update you when it's through.

Daniel

${gmailEn('Sat, Feb 21, 2026 at 2:30 PM', `Sam Okafor <${SAM.keep}>`, `Yes, I agree. Go ahead.`)}`,
  }),
  mk({
    slug: 'sr-en-goodwill', kind: 'support_reply', lang: 'en', trusted: true, forUser: true, caseId: CASE.lena, trap: true,
    note: 'apology with a voucher extension while the merge is still pending',
    from: CUST_REL, to: LENA.keep, subject: formSubject(CASE.lena), when: '2026-03-10 13:13:13', tz: '+0100', auth: 'pass', enc: 'ascii7',
    text: `Dear Lena,

I'm sorry your request closed itself while you were still waiting on us. The merge is still being worked on, and to make up for the lost time we've extended your exam discount voucher by 60 days.

Your agent will confirm separately when the merge itself is done.

Olivia Brandt
Customer Relations`,
  }),
  mk({
    slug: 'sr-en-manager-review', kind: 'support_reply', lang: 'en', trusted: true, forUser: true, caseId: CASE.samDup, trap: false,
    note: 'manager explains the hand-offs on the case; no event, no request',
    from: `Support Supervisor - AWS T&C <${FORM}>`, to: SAM.keep, subject: formSubject(CASE.samDup), when: '2026-02-20 17:00:00', auth: 'pass', enc: 'ascii7',
    text: `Hello Sam,

I've reviewed your case after your note to us. You were transferred twice because the profile flagged a data mismatch, and that rule sends cases to a different team automatically. That's on us to explain better.
I'll be keeping an eye on the case from here.

Hannah Leclerc

${quote(outlookEn(`Sam Okafor <${SAM.keep}>`, 'Friday, February 20, 2026 8:05 AM', FORM, `RE: ${formSubject(CASE.samDup)}`, `Why has my case been moved around so much?`))}`,
  }),

  // ------------------------------------------------------------------ unrelated (8)
  mk({
    slug: 'un-en-csat', kind: 'unrelated', lang: 'en', trusted: true, forUser: true, caseId: CASE.sam, trap: true,
    note: 'CSAT survey about a closed case',
    from: SURVEY, to: SAM.keep, subject: `How did we do? Case ${CASE.sam}`, when: '2026-03-01 12:00:00', auth: 'pass', enc: 'ascii7',
    text: `Hi Sam,

Your recent case ${CASE.sam} was closed. Was your issue resolved?
Rate your experience (1-5): https://amazon.example-survey.com/r?c=${CASE.sam}

Thank you for helping us improve.`,
  }),
  mk({
    slug: 'un-en-credly-merge-code', kind: 'unrelated', lang: 'en', trusted: true, forUser: true, caseId: null, trap: true,
    note: 'Credly\'s own account-merge verification code, not the AWS account merge',
    from: 'Credly <no-reply@credly.com>', to: LENA.keep, subject: 'Complete your account merge', when: '2026-03-26 08:45:00', auth: 'pass', enc: 'utf8qp',
    text: `Hi Lena,

You asked to merge another Credly account into this one. Enter this code to complete the merge: 482 117

If you didn't request this, you can ignore this email.
Credly`,
  }),
  mk({
    slug: 'un-en-refund-closed', kind: 'unrelated', lang: 'en', trusted: true, forUser: true, caseId: CASE.refund, trap: true,
    note: 'closing of the user\'s other case about an exam refund',
    from: SUPPORT, to: 'Kenji Mori <kenji.mori@example.net>', subject: `RE:[CASE ${CASE.refund}] Exam fee refund`, when: '2026-02-06 06:06:00', auth: 'pass', enc: 'ascii7',
    text: `Hello Kenji,

The refund for your rescheduled exam has been issued to the original payment method. As this resolves your refund request, we're closing case ${CASE.refund}.

AWS Training and Certification`,
  }),
  mk({
    slug: 'un-en-skillbuilder', kind: 'unrelated', lang: 'en', trusted: true, forUser: true, caseId: null, trap: true,
    note: 'Skill Builder subscription renewal "completed" notice',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', to: SAM.keep, subject: 'Your subscription renewal is complete', when: '2026-03-03 03:00:00', auth: 'pass', enc: 'utf8b64',
    html: htmlDoc(`<p>Hi Sam,</p><p>Your AWS Skill Builder Individual subscription has been renewed successfully. Your receipt is available under Account &gt; Billing.</p>`, 'en'),
  }),
  mk({
    slug: 'un-en-colleague', kind: 'unrelated', lang: 'en', trusted: false, forUser: true, caseId: CASE.sam, trap: true,
    note: 'a colleague asks whether the merge went through',
    from: COLLEAGUE_EN, to: SAM.src, subject: 'did your AWS merge go through?', when: '2026-02-25 10:15:00', auth: 'pass', enc: 'ascii7',
    text: `hey Sam -- saw your note about case ${CASE.sam}. did they ever merge the accounts and move the badges? I'm about to do the same thing before my contract ends.
P.`,
  }),
  mk({
    slug: 'un-en-cx-vendor', kind: 'unrelated', lang: 'en', trusted: false, forUser: true, caseId: CASE.lena, trap: true,
    note: 'case-quality follow-up via an external survey vendor (outside the trusted domains)',
    from: 'AWS Customer Experience <cx@surveys.example-research.com>', to: LENA.keep, subject: 'A few questions about your recent support case', when: '2026-03-28 14:00:00', auth: 'pass', enc: 'utf8qp',
    text: `Hello Lena,

I'm with the Customer Experience team. Your case ${CASE.lena} was closed recently and we review a sample of closed cases for quality.
Could you spare two minutes to tell us whether the merge was handled well and whether you had to repeat yourself?

https://surveys.example-research.com/aws/${CASE.lena}`,
  }),
  mk({
    slug: 'un-en-newsletter-resent', kind: 'unrelated', lang: 'en', trusted: true, forUser: false, caseId: null, trap: false,
    note: 'training newsletter redirected by a list server (Resent-*)',
    from: 'AWS Training and Certification <aws-training-news@amazon.com>', to: SAM.src, subject: 'New in March: courses and exam prep', when: '2026-03-05 16:00:00', auth: 'pass', enc: 'ascii7',
    text: `This month: new exam prep plans, a free digital course on generative AI, and a reminder that recertification is open 6 months before expiry.`,
    extra: { resent: { from: 'lists@contractor.example.org', to: 'all-staff@contractor.example.org', date: 'Thu, 5 Mar 2026 16:05:00 +0000' } },
  }),
  mk({
    slug: 'un-en-own-reply', kind: 'unrelated', lang: 'en', trusted: false, forUser: true, caseId: CASE.lena, trap: true,
    note: 'the user\'s own reply agreeing to the merge (sent copy)',
    from: `Lena Fischer <${LENA.keep}>`, to: FORM, subject: `Re: ${formSubject(CASE.lena)}`, when: '2026-03-19 18:22:00', tz: '+0100', auth: 'none', enc: 'utf8qp',
    text: `${gmailEn('Thu, 19 Mar 2026 at 10:10', `AWS Training and Certification <${FORM}>`, `Kindly reply with "I agree" to let us merge ${LENA.srcId} into ${LENA.keepId}.`)}

I agree. Please merge the university account into ${LENA.keepId}.

Lena`,
    extra: { deliveredTo: LENA.keep },
  }),
];
