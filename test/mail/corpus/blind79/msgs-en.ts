// Set bz, English messages: mail that points elsewhere (notifications, digests, status changes,
// links and buttons, one-line summaries over long quotes, pasted portal pages, will-do vs did).
import type { Msg } from './lib.js';
import {
  C, CERT, CREDLY, FORM, LENA, NOTIFY, SAM, SUPPORTCENTER, TRAINING,
  button, caseUrl, formSubj, fwdEn, gmailEn, htmlDoc, makeSet, outlookEn, paras, q, sf,
} from './common.js';

const E = makeSet('en', '2026-09-30');

const SREQ = `Hi,
I ended up with two AWS Certification profiles after switching from contracting to a permanent role.
Keep: ${SAM.keep} (${SAM.keepId})
Retire: ${SAM.src} (${SAM.srcId})
Both have passed exams on them. Thanks, Sam`;

const LREQ = `Hello, my first two certifications are under my university address ${LENA.src}, the newer ones under ${LENA.keep}.
Please combine them into the ${LENA.keep} account.
Lena Fischer`;

const foot = `
Please do not reply to this email; replies to this address are not monitored or added to your case.
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.`;

export const EN: Msg[] = [
  // ---------------- acknowledgement (6) ----------------
  E({
    kind: 'acknowledgement', caseId: C.sam,
    note: 'form receipt with the case number; a reply will follow',
    subject: `[CASE ${C.sam}] [AWS Training and Certification Form Submission] - account-assistance`,
    text: `Hello Sam,

Thanks for reaching out to AWS Training and Certification. This note confirms we have your request, logged as case ${C.sam}.
A member of our team will get back to you, typically within 1-2 business days.

To add details, simply reply to this email. Opening another case for the same question will slow things down.

AWS Training and Certification Customer Support`,
  }),
  E({
    kind: 'acknowledgement', caseId: C.lena, from: NOTIFY, to: LENA.keep,
    note: 'support-center notice that a case was opened; details behind the link',
    subject: `Case ${C.lena} created: Certification account merge`,
    text: `Hello,

Support case ${C.lena} has been opened.

Subject: Certification account merge
Severity: General guidance

To view or update this case, sign in to the Support Center:
${caseUrl(C.lena)}
${foot}`,
  }),
  E({
    kind: 'acknowledgement', caseId: C.samDup, enc: 'utf8qp',
    note: 'HTML + text receipt; the button only opens the case',
    subject: 'We received your request',
    text: `Hi Sam,

We've received your message and created case ${C.samDup}. You'll hear from us soon.

View case: https://support.aws.com/case/${C.samDup}`,
    html: htmlDoc(`<p>Hi Sam,</p>
<p>We&#8217;ve received your message and created case <b>${C.samDup}</b>. You&#8217;ll hear from us soon.</p>
${button(`https://support.aws.com/case/${C.samDup}`, 'View case')}`),
  }),
  E({
    kind: 'acknowledgement', caseId: C.lena, to: LENA.keep, enc: 'utf8b64',
    note: 'receipt whose only identifier is the case number in the body',
    subject: 'Your inquiry to AWS Training and Certification',
    text: `Dear Lena Fischer,

Your inquiry has been received and assigned reference number ${C.lena}.
Please keep this number for future correspondence. We aim to respond within two business days.

Kind regards,
AWS T&C Support`,
  }),
  E({
    kind: 'acknowledgement', caseId: C.sam, t: false, auth: 'misaligned',
    note: 'receipt signed only by an unrelated bulk-mail domain; dmarc fails',
    subject: `[CASE ${C.sam}] We have your request`,
    text: `Hello,

Your request has been logged as case ${C.sam}. An agent will reply shortly.

AWS Training and Certification`,
  }),
  E({
    kind: 'acknowledgement', caseId: C.samDup, trap: true, crlf: false,
    note: 'receipt that repeats the submitted merge request; the merge words are the customer\'s',
    subject: `[CASE ${C.samDup}] [AWS Training and Certification Form Submission] - account-assistance`,
    text: `Hello,

A copy of what you submitted is below. Case number: ${C.samDup}.

Inquiry type: AWS Training and Certification
Issue: Account merge
Description:
${SREQ}

We will be in touch.
AWS Training and Certification`,
  }),

  // ---------------- ai_answer (6) ----------------
  E({
    kind: 'ai_answer', caseId: null, from: TRAINING,
    note: 'automated answer suggesting the self-service Merge Accounts tool',
    subject: 'Suggested answer to your question',
    text: `This answer was generated automatically.

If you have two AWS Certification accounts, you may be able to combine them yourself: sign in to the one you want to keep, open your profile, and choose "Merge Accounts". You will need the sign-in details of the other account.

Still stuck? Use "Create case" on the contact page to reach an agent.`,
  }),
  E({
    kind: 'ai_answer', caseId: null, from: TRAINING, enc: 'utf8qp',
    note: 'HTML AI answer whose meaning sits in its two links',
    subject: 'AWS Training and Certification assistant',
    html: htmlDoc(`<p>Here is what might help:</p>
<ul><li><a href="https://www.certmetrics.com/amazon/candidate/merge_accounts.aspx">Merge two certification accounts (self-service)</a></li>
<li><a href="https://aws.amazon.com/certification/faqs/">Certification FAQs</a></li></ul>
<p><i>AI-generated content. Verify important information.</i></p>
${button('https://support.aws.com/contact-us/training-certification', 'None of these helped')}`),
  }),
  E({
    kind: 'ai_answer', caseId: null, from: TRAINING, trap: true,
    note: 'AI answer describing what happens after a merge and that badges move; still an AI answer',
    subject: 'Automated answer: merging certification accounts',
    text: `Generated answer:

After a merge, your certifications, exam history and benefits such as the 50% exam discount appear under the account you kept. Badges usually follow once the merge completes; if one is missing, accept it again on Credly with the kept email address.

When both accounts hold certifications, the self-service tool cannot merge them and you should open a case.`,
  }),
  E({
    kind: 'ai_answer', caseId: null, from: TRAINING, to: LENA.keep, enc: 'utf8b64',
    note: 'one-line automated reply that only links to the FAQ',
    subject: 'Re: your question',
    text: `We found an article that may answer your question: https://aws.amazon.com/certification/faqs/ (see "Can I merge my accounts?").
If it did not, reply "agent" from the contact form to create a case.`,
  }),
  E({
    kind: 'ai_answer', caseId: null, t: false, from: 'AWS Training and Certification <no-reply@aws.training>', auth: 'failThenForged',
    note: 'AI answer: topmost verdict fails, a planted pass sits lower',
    subject: 'Suggested answer to your question',
    text: `Automated suggestion: try the Merge Accounts option in your certification profile before contacting support.`,
  }),
  E({
    kind: 'ai_answer', caseId: null, from: TRAINING, to: LENA.keep, enc: 'utf8qp',
    note: 'transcript of a chat with the virtual assistant recommending the tool',
    subject: 'Your chat transcript',
    text: `Transcript of your conversation with the AWS Training and Certification virtual assistant

You: I have two certification accounts
Assistant: You can often combine them with the Merge Accounts tool in your certification profile. Sign in to the account you'd like to keep first.
You: thanks

This conversation was handled by an automated assistant.`,
  }),

  // ---------------- info_request (7) ----------------
  E({
    kind: 'info_request', caseId: C.sam,
    note: 'agent asks for both candidate IDs and which account to keep',
    subject: formSubj(C.sam),
    text: `Hello Sam,

Thank you for contacting us. I'm Dana from AWS Training and Certification and I'll be assisting with your request.
So that I can locate both profiles, could you reply with:
- the candidate ID (starts with "AWS") of each account
- the email address used to sign in to each
- which of the two should remain

Best,
Dana

${sf(SAM.keep, '10/1/2026 4:12 PM', 'aws-cs-trainingcertification-form@amazon.com', '[AWS Training and Certification Form Submission] - account-assistance', SREQ)}`,
  }),
  E({
    kind: 'info_request', caseId: C.lena, from: NOTIFY, to: LENA.keep,
    note: 'case-update notice that carries the agent text asking for the candidate IDs',
    subject: `Case ${C.lena}: new correspondence from AWS Support`,
    text: `There is new correspondence on your case ${C.lena}.

Correspondence:
Hi Lena, before we can combine the profiles we need the candidate ID shown on each account's Certification page. Could you add both IDs to this case?

To reply, sign in to the Support Center:
${caseUrl(C.lena)}
${foot}`,
  }),
  E({
    kind: 'info_request', caseId: C.sam, enc: 'utf8qp',
    note: 'one-line request above a long quoted earlier agent mail',
    subject: formSubj(C.sam),
    text: `Sam - just the Skill Builder email from item 3 below is still missing; could you send it?

${q(sf('AWS Training and Certification', '10/3/2026 9:40 AM', SAM.keep, formSubj(C.sam), `Hello Sam,

Thanks for the IDs. A few more details will help:
1. The email on your AWS Builder ID
2. The certification notification email for each account
3. The email you use for AWS Skill Builder

Best,
Dana`))}`,
  }),
  E({
    kind: 'info_request', caseId: C.lena, to: LENA.keep, trap: true,
    note: '"please confirm which email you keep" asks for information',
    subject: formSubj(C.lena),
    text: `Hi Lena,

Could you please confirm which email address you'd like to keep going forward, ${LENA.keep} or ${LENA.src}? Once I know, I can continue.

Regards,
Marco`,
  }),
  E({
    kind: 'info_request', caseId: C.sam, t: false, auth: 'failThenForged', enc: 'utf8b64',
    note: 'information request whose top verdict fails; a planted pass sits lower',
    subject: formSubj(C.sam),
    text: `Hello Sam,

Please send the date of your most recent exam and the name on your ID document so we can verify ownership.

AWS Training and Certification`,
  }),
  E({
    kind: 'info_request', caseId: C.samDup, to: 'Cloud Team <cloud-team@contractor.example.io>', fu: false,
    note: 'asks for the candidate ID; addressed to a team list, not to the user',
    subject: formSubj(C.samDup),
    text: `Hello,

We coudl not match the name on case ${C.samDup} to a certification account. Please reply with the candidate ID of the account to be merged.

AWS Training and Certification`,
  }),
  E({
    kind: 'info_request', caseId: C.lena, to: LENA.keep, enc: 'utf8qp',
    note: 'HTML with a secure upload link for the requested details',
    subject: `[CASE ${C.lena}] Action needed: account details`,
    text: `Hi Lena,

To continue, we need the candidate ID and sign-in email of both accounts. Please enter them here: https://support.aws.com/case/${C.lena}/details

Marco`,
    html: htmlDoc(`<p>Hi Lena,</p>
<p>To continue, we need the candidate ID and sign-in email of both accounts.</p>
${button(`https://support.aws.com/case/${C.lena}/details`, 'Provide account details')}
<p>Marco</p>`),
  }),

  // ---------------- confirmation_request (7) ----------------
  E({
    kind: 'confirmation_request', caseId: C.sam,
    note: 'asks for consent; irreversible merge',
    subject: formSubj(C.sam),
    text: `Hi Sam,

Thanks, I found both profiles. I'm ready to fold ${SAM.srcId} into ${SAM.keepId}. This can't be reversed afterwards.

If that's what you want, just reply "I agree" and I'll go ahead.

Dana`,
  }),
  E({
    kind: 'confirmation_request', caseId: C.lena, to: LENA.keep, enc: 'utf8qp',
    note: 'HTML: the consent button carries the meaning',
    subject: `[CASE ${C.lena}] Please review before we merge`,
    text: `Hi Lena, we are about to merge ${LENA.src} into ${LENA.keep}. This is permanent. Approve here: https://support.aws.com/case/${C.lena}/consent`,
    html: htmlDoc(`<p>Hi Lena,</p>
<p>We are about to merge <b>${LENA.src}</b> into <b>${LENA.keep}</b>. This is permanent.</p>
${button(`https://support.aws.com/case/${C.lena}/consent`, 'Approve merge')}`),
  }),
  E({
    kind: 'confirmation_request', caseId: C.samDup,
    note: 'one-line reminder for consent above the quoted request',
    subject: formSubj(C.samDup),
    text: `Following up: we still need your OK on the below before anything is merged.

${gmailEn('Mon, Oct 12, 2026 at 3:05 PM', 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>', `Hi Sam, please confirm you want ${SAM.srcId} merged into ${SAM.keepId}. The merge cannot be undone.`)}`,
  }),
  E({
    kind: 'confirmation_request', caseId: C.lena, from: NOTIFY, to: LENA.keep,
    note: 'case-update notice carrying the agent text that asks for consent',
    subject: `Case ${C.lena}: new correspondence from AWS Support`,
    text: `Correspondence:
Lena, everything checks out. Please let us know you agree to the merge (it is permanent) and we will proceed.

Reply in the Support Center: ${caseUrl(C.lena)}
${foot}`,
  }),
  E({
    kind: 'confirmation_request', caseId: C.sam, t: false, from: 'AWS Training and Certification <aws.cert.support@gmail.com>', auth: 'pass',
    note: 'trusted display name on a free-mail address',
    subject: formSubj(C.sam),
    text: `Hi Sam,

Your merge is ready. Reply YES to authorise it; it cannot be reversed.`,
  }),
  E({
    kind: 'confirmation_request', caseId: C.lena, to: LENA.keep, enc: 'utf8b64',
    note: 'will-do conditioned on consent: asks the customer to agree',
    subject: formSubj(C.lena),
    text: `Hello Lena,

As soon as you give us the go-ahead, we'll merge the university account into your personal one. Please note we can't split them again later. A short reply saying you agree is all we need.

Kind regards,
Marco`,
  }),
  E({
    kind: 'confirmation_request', caseId: C.sam, to: SAM.src, fu: false,
    resent: { from: 'mailer@contractor.example.io', to: 'it-archive@contractor.example.io', date: 'Wed, 14 Oct 2026 11:20:00 +0000' },
    note: 'consent request redirected by the old employer to its archive (Resent-*)',
    subject: formSubj(C.sam),
    text: `Hi Sam, please reply to agree to the merge. It is permanent.`,
  }),

  // ---------------- merge_completed (7) ----------------
  E({
    kind: 'merge_completed', caseId: C.sam,
    note: 'agent says the accounts have been merged',
    subject: formSubj(C.sam),
    text: `Hi Sam,

Done - ${SAM.srcId} has been merged into ${SAM.keepId}. Your certifications now all show under ${SAM.keep}.

Dana`,
  }),
  E({
    kind: 'merge_completed', caseId: null, from: CERT, to: LENA.keep, enc: 'utf8qp',
    note: 'portal notice without case ID: accounts merged; button opens the portal',
    subject: 'Your AWS Certification accounts have been merged',
    text: `Hello Lena,

The account merge you requested has been processed. Sign in to see your combined certifications: https://www.aws.training/Certification`,
    html: htmlDoc(`<p>Hello Lena,</p><p>The account merge you requested has been processed.</p>
${button('https://www.aws.training/Certification', 'See your certifications')}`),
  }),
  E({
    kind: 'merge_completed', caseId: C.lena, from: NOTIFY, to: LENA.keep,
    note: 'case-update notice carrying the agent text: merge done',
    subject: `Case ${C.lena}: new correspondence from AWS Support`,
    text: `Correspondence:
Hi Lena, we've combined the two profiles. Everything is now under ${LENA.keep}.

${caseUrl(C.lena)}
${foot}`,
  }),
  E({
    kind: 'merge_completed', caseId: C.samDup,
    note: 'one new line saying it is done, above a long quoted thread',
    subject: formSubj(C.samDup),
    text: `Merged as requested - see thread below for the details.

${q(outlookEn(`Sam O'Brien`, 'Tuesday, October 13, 2026 8:02 AM', 'aws-cs-trainingcertification-form@amazon.com', formSubj(C.samDup), `I agree, please go ahead.

${gmailEn('Mon, Oct 12, 2026 at 3:05 PM', 'AWS Training and Certification', 'Please confirm the merge. It cannot be undone.')}`))}`,
  }),
  E({
    kind: 'merge_completed', caseId: C.lena, to: LENA.keep, enc: 'utf8b64', trap: true,
    note: 'merge done and the case will be closed: the merge is the new fact',
    subject: formSubj(C.lena),
    text: `Hi Lena,

Your accounts are now merged. As there's nothing further, I'll close this case.

Marco`,
  }),
  E({
    kind: 'merge_completed', caseId: C.sam, t: false, auth: 'fail',
    note: 'merge-done text with dmarc=fail',
    subject: formSubj(C.sam),
    text: `Hi Sam, the merge is complete. Please review your certifications.`,
  }),
  E({
    kind: 'merge_completed', caseId: C.sam, from: SUPPORTCENTER, enc: 'utf8qp',
    note: 'digest whose newest event quotes the agent: merge complete',
    subject: `Activity on case ${C.sam}`,
    text: `Recent activity on case ${C.sam} (newest first):

Oct 15, 6:12 PM  AWS replied: "The merge of your two certification accounts is complete."
Oct 14, 9:30 AM  You replied
Oct 13, 1:44 PM  AWS replied

Open case: https://support.aws.com/case/${C.sam}`,
  }),

  // ---------------- badges_transferred (6) ----------------
  E({
    kind: 'badges_transferred', caseId: null, from: CREDLY, enc: 'utf8qp',
    note: 'Credly: AWS badge issued; the Accept button claims it',
    subject: 'Amazon Web Services Training and Certification sent you a new badge',
    text: `Sam, you've earned the AWS Certified Solutions Architect - Associate badge. Accept your badge: https://www.credly.com/earner/earned/badge/aa11bb22`,
    html: htmlDoc(`<p>Sam, you&#8217;ve earned the <b>AWS Certified Solutions Architect - Associate</b> badge.</p>
${button('https://www.credly.com/earner/earned/badge/aa11bb22', 'Accept your badge')}`),
  }),
  E({
    kind: 'badges_transferred', caseId: C.sam,
    note: 'support says the badges moved and closes the case',
    subject: formSubj(C.sam),
    text: `Hi Sam,

Your Credly badges have been moved to ${SAM.keep}. I'm closing this case now; reply if anything looks off.

Dana`,
  }),
  E({
    kind: 'badges_transferred', caseId: C.lena, to: LENA.keep, enc: 'utf8b64',
    note: 'one line saying badges now sit on the kept account, above the quoted complaint',
    subject: formSubj(C.lena),
    text: `Lena, the two missing badges are now on your ${LENA.keep} Credly profile.

${gmailEn('Sat, Oct 17, 2026 at 9:48 PM', `Lena Fischer <${LENA.keep}>`, 'Thanks for the merge! Two of my badges still show under my university email on Credly.')}`,
  }),
  E({
    kind: 'badges_transferred', caseId: C.samDup, from: NOTIFY, auth: 'dkimonly',
    note: 'case-update notice (aligned dkim only) whose agent text says the badges moved',
    subject: `Case ${C.samDup}: new correspondence from AWS Support`,
    text: `Correspondence:
The badges have been transferred to the Credly account for ${SAM.keep}.

${caseUrl(C.samDup)}
${foot}`,
  }),
  E({
    kind: 'badges_transferred', caseId: null, t: false, from: 'Amazon Web Services Training and Certification via Credly <admin@credly.com.badge-claim.io>', enc: 'utf8qp',
    note: 'badge notice from credly.com.badge-claim.io: look-alike',
    subject: 'Amazon Web Services Training and Certification sent you a new badge',
    html: htmlDoc(`<p>You have a new badge waiting.</p>${button('https://credly.com.badge-claim.io/accept', 'Accept your badge')}`),
  }),
  E({
    kind: 'badges_transferred', caseId: null, from: CREDLY, to: LENA.keep,
    note: 'Credly summary of several AWS badges issued to the kept address',
    subject: 'You have 2 new badges from Amazon Web Services Training and Certification',
    text: `Hi Lena,

Amazon Web Services Training and Certification issued you:
* AWS Certified Data Engineer - Associate
* AWS Certified Cloud Practitioner

View and accept: https://www.credly.com/earner/earned`,
  }),

  // ---------------- case_closed (7) ----------------
  E({
    kind: 'case_closed', caseId: C.lena, from: NOTIFY, to: LENA.keep,
    note: 'status-change notice: case resolved; details behind the link',
    subject: `Case ${C.lena} status changed to Resolved`,
    text: `The status of your support case ${C.lena} is now: Resolved.

View the case: ${caseUrl(C.lena)}
You can reopen a resolved case within 14 days.
${foot}`,
  }),
  E({
    kind: 'case_closed', caseId: C.samDup,
    note: 'will auto-close without a reply',
    subject: formSubj(C.samDup),
    text: `Hi Sam,

We haven't heard back. If there's no reply within 72 hours this case will be closed automatically.

Dana`,
  }),
  E({
    kind: 'case_closed', caseId: C.sam, trap: true,
    note: 'closing that only restates last week\'s merge',
    subject: formSubj(C.sam),
    text: `Hi Sam,

As the merge was completed last week and we have not heard from you since, we're closing this case.

Dana`,
  }),
  E({
    kind: 'case_closed', caseId: C.lena, from: SUPPORTCENTER, to: LENA.keep, enc: 'utf8qp',
    note: 'digest whose newest event is the case resolved',
    subject: `Activity on case ${C.lena}`,
    text: `Recent activity on case ${C.lena}:

Oct 22  Status changed to Resolved
Oct 20  AWS replied
Oct 19  You replied

https://support.aws.com/case/${C.lena}`,
  }),
  E({
    kind: 'case_closed', caseId: C.sam, t: false, auth: 'none',
    note: 'closing notice without any Authentication-Results',
    subject: formSubj(C.sam),
    text: `Hello, this case has been closed. Thank you for contacting AWS Training and Certification.`,
  }),
  E({
    kind: 'case_closed', caseId: C.samDup, trap: true, enc: 'utf8b64',
    note: 'duplicate case merged into the original and closed: cases, not accounts',
    subject: `[CASE ${C.samDup}] Duplicate case closed`,
    text: `Hi Sam,

Case ${C.samDup} duplicates ${C.sam}, so we've merged it into the original and closed it. Please continue on ${C.sam}.`,
  }),
  E({
    kind: 'case_closed', caseId: C.lena, to: LENA.keep, enc: 'utf8qp',
    note: 'HTML close notice; the button only offers to reopen',
    subject: `Your case ${C.lena} has been closed`,
    html: htmlDoc(`${paras(`Hi Lena,

We've closed case ${C.lena}. If you need anything else, you can reopen it below.`)}
${button(caseUrl(C.lena), 'Reopen case')}`),
  }),

  // ---------------- support_reply (8) ----------------
  E({
    kind: 'support_reply', caseId: C.sam, from: NOTIFY,
    note: 'bare notice: there is a new response, sign in to view (support_reply per README)',
    subject: `Case ${C.sam}: AWS Support has responded`,
    text: `Hello,

There's a new response on your case ${C.sam}. Sign in to the Support Center to view it and reply.

${caseUrl(C.sam)}
${foot}`,
  }),
  E({
    kind: 'support_reply', caseId: C.lena, from: NOTIFY, to: LENA.keep,
    note: 'status changed to pending customer action; nothing asked in the mail',
    subject: `Case ${C.lena} status changed to Pending Customer Action`,
    text: `The status of case ${C.lena} changed to: Pending Customer Action.
Sign in to the Support Center to see the latest correspondence: ${caseUrl(C.lena)}
${foot}`,
  }),
  E({
    kind: 'support_reply', caseId: C.sam, trap: true,
    note: 'thanks for confirming; the merge is queued (will do, not done)',
    subject: formSubj(C.sam),
    text: `Hi Sam,

Thanks for confirming. I've passed the merge to our back-office team; it usually takes 3-5 business days and I'll let you know when it's finished.

Dana`,
  }),
  E({
    kind: 'support_reply', caseId: C.lena, to: LENA.keep, trap: true, enc: 'utf8b64',
    note: 'negated: the merge has not been completed yet',
    subject: formSubj(C.lena),
    text: `Hi Lena,

Sorry for teh wait - the merge hasn't been completed yet. It's still in the queue and I'm keeping an eye on it.

Marco`,
  }),
  E({
    kind: 'support_reply', caseId: C.samDup, trap: true,
    note: 'badges will be moved after the merge (future)',
    subject: formSubj(C.samDup),
    text: `Hi Sam,

Once the merge goes through we'll ask Credly to move your badges as well. Nothing to do on your side for now.`,
  }),
  E({
    kind: 'support_reply', caseId: C.sam, from: SUPPORTCENTER, enc: 'utf8qp',
    note: 'digest whose newest event is an AWS reply with no content shown',
    subject: `Activity on case ${C.sam}`,
    text: `Recent activity on case ${C.sam}:

Oct 9, 11:02 AM  New reply from AWS (view it on the case page)
Oct 8, 7:15 PM   You replied
Oct 7, 2:20 PM   Case created

https://support.aws.com/case/${C.sam}`,
  }),
  E({
    kind: 'support_reply', caseId: C.lena, t: false, from: 'AWS Support <no-reply@support-aws-cases.com>', to: LENA.keep, enc: 'utf8qp',
    note: 'new-response notice from a look-alike domain',
    subject: `Case ${C.lena}: you have a new message`,
    html: htmlDoc(`<p>You have a new message on case ${C.lena}. Sign in to read it.</p>${button('https://support-aws-cases.com/login', 'Sign in')}`),
  }),
  E({
    kind: 'support_reply', caseId: C.lena, to: LENA.keep,
    note: 'escalation to a specialist team, with the status quoted from the case page',
    subject: formSubj(C.lena),
    text: `Hi Lena,

I've escalated your case to our certification specialists; they review cases like this one in order.

Case status (from your case page): Pending Amazon Action

Marco`,
  }),

  // ---------------- unrelated (8) ----------------
  E({
    kind: 'unrelated', caseId: C.sam, t: false, fu: false, trap: true, from: `Sam O'Brien <${SAM.keep}>`, to: FORM, auth: 'none',
    note: "user's own sent consent reply",
    subject: formSubj(C.sam),
    text: `I agree to the merge, please go ahead.

Sam

${gmailEn('Mon, Oct 5, 2026 at 10:00 AM', 'AWS Training and Certification', 'Please confirm you want the accounts merged.')}`,
  }),
  E({
    kind: 'unrelated', caseId: C.lena, t: false, trap: true, from: `Lena Fischer <${LENA.src}>`, to: LENA.keep, auth: 'none', enc: 'utf8qp',
    note: "user's forward to her own other address of a pasted case page saying the merge is done",
    subject: `Fwd: Case ${C.lena}`,
    text: `for my records

${fwdEn(NOTIFY, 'Fri, Oct 16, 2026', `Case ${C.lena}: new correspondence`, LENA.keep, `Case details
Case ID: ${C.lena}
Status: Resolved
Correspondence: Hi Lena, we've combined the two profiles.`)}`,
  }),
  E({
    kind: 'unrelated', caseId: C.sam, from: 'AWS Support <survey@support.aws.com>', trap: true,
    note: 'survey asking whether the issue was resolved',
    subject: 'How did we do?',
    text: `Your case ${C.sam} was recently resolved. Was your issue resolved? Tell us in one click: https://survey.support.aws.com/s?c=${C.sam}`,
  }),
  E({
    kind: 'unrelated', caseId: C.lenaOther, from: NOTIFY, to: LENA.keep, trap: true,
    note: 'resolved status on the user\'s other case, about rescheduling an exam',
    subject: `Case ${C.lenaOther} status changed to Resolved`,
    text: `The status of your support case ${C.lenaOther} (Exam appointment reschedule) is now: Resolved.
${caseUrl(C.lenaOther)}
${foot}`,
  }),
  E({
    kind: 'unrelated', caseId: null, from: 'HashiCorp via Credly <admin@credly.com>', trap: true,
    note: 'Credly badge from another issuer',
    subject: 'HashiCorp sent you a new badge',
    text: `You've earned HashiCorp Certified: Terraform Associate. Accept your badge: https://www.credly.com/earner/earned/badge/77aa`,
  }),
  E({
    kind: 'unrelated', caseId: null, from: 'Pearson VUE <noreply@pearsonvue.com>', t: false, trap: true,
    note: 'test vendor confirmation of an exam appointment',
    subject: 'Confirmation of your AWS exam appointment',
    text: `Your appointment for AWS Certified Security - Specialty is confirmed for 2 Nov 2026, 09:00. Registration ID 447812930.`,
  }),
  E({
    kind: 'unrelated', caseId: null, from: 'Credly <admin@credly.com>', to: LENA.keep, trap: true,
    note: "Credly's own account-merge verification code",
    subject: 'Complete your Credly account merge',
    text: `Use code 615 204 to complete merging your Credly accounts. If you didn't ask for this, ignore this email.`,
  }),
  E({
    kind: 'unrelated', caseId: C.sam, from: FORM,
    extra: ['Auto-Submitted: auto-replied'],
    note: "agent's out-of-office auto-reply; no news on the case",
    subject: `Automatic reply: ${formSubj(C.sam)}`,
    text: `I'm out of the office until Oct 20. Your case ${C.sam} is being handled by the team and you'll get a reply as usual.`,
  }),
];
