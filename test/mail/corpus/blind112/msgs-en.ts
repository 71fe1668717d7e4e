// English messages of the dg set: explanations and hypotheticals around real events.
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY, CASE, CREDLY_AWS, DAN, DAN_REQ, LENA, LENA_REQ, PORTAL, SUPPORT, SUPPORT_BARE,
  formSubject, gmailEn, htmlDoc, mk, outlookEn, paras, quote, sf, sfRef,
} from './common.js';

const D = CASE.dan;
const L = CASE.lena;

export const EN: Msg[] = [
  // ---------------- acknowledgement (5) ----------------
  mk({
    slug: 'en-ack-dan', kind: 'acknowledgement', lang: 'en', caseId: D,
    note: 'automatic receipt; explains in the future what an agent may ask and that a merge needs consent',
    from: AWS_NOTIFY, to: DAN.keep, subject: `Case ${D} received: AWS Training and Certification`,
    d: '2026-10-02 17:04:11', enc: 'ascii7',
    text: `Hello,

Thanks for contacting AWS Support. We've opened case ${D} for you.

What happens next: an agent will review your request, usually within one business day. For account merge requests the agent may ask you for the candidate IDs of both profiles and, before anything is changed, for your explicit agreement, because a merge cannot be reversed.

Please don't open another case for the same request; reply to this email instead.

Amazon Web Services`,
  }),
  mk({
    slug: 'en-ack-lena-html', kind: 'acknowledgement', lang: 'en', caseId: L,
    note: 'HTML receipt of the form submission with the submitted details echoed back',
    from: SUPPORT, to: LENA.keep, subject: `[CASE ${L}] [AWS Training and Certification Form Submission] - account-assistance`,
    d: '2026-10-19 08:21:43', enc: 'utf8qp',
    text: `We have received your submission (case ${L}).

Name: Lena Fischer
Candidate ID: ${LENA.keepId}
Topic: Certification account merge
Message: ${LENA_REQ}

A member of our team will reply within 24-48 hours.`,
    html: htmlDoc(`<p>We have received your submission (case <b>${L}</b>).</p>
<table border="0" cellpadding="4"><tr><td>Name</td><td>Lena Fischer</td></tr><tr><td>Candidate ID</td><td>${LENA.keepId}</td></tr><tr><td>Topic</td><td>Certification account merge</td></tr><tr><td>Message</td><td>${LENA_REQ}</td></tr></table>
<p>A member of our team will reply within 24-48 hours.</p>`),
  }),
  mk({
    slug: 'en-ack-dan-short', kind: 'acknowledgement', lang: 'en', caseId: CASE.danOther,
    note: 'bare receipt with no topic: read as a receipt',
    from: AWS_NOTIFY, to: DAN.keep, subject: `We received your request - Case ID ${CASE.danOther}`,
    d: '2026-11-03 21:30:00', enc: 'utf8b64',
    text: `Your case ID is ${CASE.danOther}. We'll be in touch soon.

To add information, reply to this message and keep the case ID in the subject line.`,
  }),
  mk({
    slug: 'en-ack-lena-timeline', kind: 'acknowledgement', lang: 'en', caseId: L, auth: 'dkimonly',
    note: 'receipt that also explains typical merge timelines; no event yet',
    from: AWS_NOTIFY, to: LENA.keep, subject: `AWS Support case ${L} has been created`,
    d: '2026-10-19 08:22:05', enc: 'ascii7',
    text: `Case ${L} has been created.

Subject: Merge two certification accounts
Severity: General guidance

Typical timeline: first response in 1-2 business days; if the merge goes ahead after you confirm, it is usually finished within a few days after that. You will be emailed at every step.`,
  }),
  mk({
    slug: 'en-ack-maria-oldaddr', kind: 'acknowledgement', lang: 'en', caseId: '1781123909',
    note: 'receipt sent to a user address, typed with a typo in the subject ("recieved")',
    from: SUPPORT, to: 'maria.garcia@example.es', subject: 'Your request has been recieved [CASE 1781123909]',
    d: '2026-12-01 10:10:31', enc: 'utf8qp',
    text: `Hola Maria,

your request has been recieved and logged as case 1781123909. Someone from the AWS Training & Certification team will get back to you shortly - there's no need to submit the form again.`,
  }),

  // ---------------- ai_answer (5) ----------------
  mk({
    slug: 'en-ai-tool', kind: 'ai_answer', lang: 'en', trap: true,
    note: 'AI answer recommending the Merge Accounts tool and describing the result of a merge',
    from: AWS_NOTIFY, to: DAN.src, subject: 'Suggested answer for your question',
    d: '2026-10-02 16:58:40', enc: 'ascii7',
    text: `This answer was generated automatically.

You can usually combine two AWS Certification accounts yourself: sign in to the certification portal, open Profile, and choose Merge Accounts. Once merged, your certifications, exam history and benefits from the other account appear in the account you signed in with.

If the tool says the accounts can't be merged (for example because both hold certifications), choose "Create case" to reach a support agent.

Was this helpful? Yes / No`,
  }),
  mk({
    slug: 'en-ai-badges', kind: 'ai_answer', lang: 'en', trap: true,
    note: 'AI answer: merge first, then claim the badges on Credly',
    from: AWS_NOTIFY, to: LENA.keep, subject: 'Amazon Q: an answer to your question',
    d: '2026-10-19 08:15:12', enc: 'utf8qp',
    text: `Generated by Amazon Q. Answers may be inaccurate.

Digital badges are issued through Credly to the email on your certification profile. If you plan to merge two profiles, we recommend completing the merge first and then accepting your badges on Credly, so that they end up attached to the address you keep.

Still need help? Select "Create case".`,
  }),
  mk({
    slug: 'en-ai-noauth', kind: 'ai_answer', lang: 'en', trusted: false, auth: 'none',
    note: 'AI-style suggestion without any Authentication-Results: untrusted',
    from: AWS_NOTIFY, to: DAN.keep, subject: 'Automated suggestion',
    d: '2026-10-02 17:01:19', enc: 'utf8b64',
    text: `Automated response

Based on your question, these articles may help:
- How do I update my profile email address?
- Where do I find my candidate ID?

Not solved? Create a case and an agent will follow up.`,
  }),
  mk({
    slug: 'en-ai-irreversible', kind: 'ai_answer', lang: 'en', trap: true,
    note: 'AI answer explaining that support will ask for confirmation because a merge is irreversible',
    from: AWS_NOTIFY, to: LENA.src, subject: 'Here is a suggested solution',
    d: '2026-10-18 19:44:51', enc: 'ascii7',
    text: `(AI-generated)

Q: What happens if I ask support to merge my accounts?
A: An agent will collect both candidate IDs, tell you which account will remain, and ask you to confirm by replying, because merges cannot be undone. After your confirmation the agent completes the merge and lets you know. Vouchers that have not been used move with it.

If this does not answer your question, create a case.`,
  }),
  mk({
    slug: 'en-ai-html', kind: 'ai_answer', lang: 'en',
    note: 'HTML-only automated answer with help links',
    from: AWS_NOTIFY, to: 'alex.kim@example.com', subject: 'AWS Support - recommended articles',
    d: '2026-11-21 04:04:04', enc: 'utf8qp',
    html: htmlDoc(`<p><i>Automatically generated</i></p>
<p>We found these resources related to your request about your AWS Certification profile:</p>
<ul><li><a href="https://aws.amazon.com/certification/faqs/">AWS Certification FAQs</a></li><li><a href="https://aws.amazon.com/certification/policies/">Certification policies</a></li></ul>
<p>If they don't help, choose <b>Create case</b>.</p>`),
  }),

  // ---------------- info_request (7) ----------------
  mk({
    slug: 'en-info-dan-ids', kind: 'info_request', lang: 'en', caseId: D,
    note: 'asks for both candidate IDs and login emails and which account to keep',
    from: SUPPORT, to: DAN.keep, subject: formSubject(D),
    d: '2026-10-03 14:12:09', enc: 'ascii7',
    text: `Hello Daniel,

Thank you for reaching out. To look into the merge I'll need a few details first:

1. The candidate ID (starts with AWS) of each account
2. The sign-in email of each account
3. Which of the two should remain

Once I have these I can check both profiles and explain what the merge would look like.

Best regards,
Priyanka
AWS Training and Certification Customer Service
${sfRef('0Dn71x')}

${sf(DAN.keep, '10/2/2026 5:04 PM', SUPPORT_BARE, 'account merge', DAN_REQ)}`,
  }),
  mk({
    slug: 'en-info-lena-dates', kind: 'info_request', lang: 'en', caseId: L, trap: true,
    note: 'asks for certification names and dates; mentions the later confirmation step only in the future',
    from: SUPPORT, to: LENA.keep, subject: formSubject(L),
    d: '2026-10-20 09:03:27', enc: 'utf8qp',
    text: `Hi Lena,

Thanks for the details so far. Before I can set anything up, could you tell me which certifications you hold on ${LENA.src}, along with the date you passed each exam? We use these to make sure both profiles belong to you.

After that I'll send a summary for you to confirm, and the merge would happen only once you agree.

Kind regards,
Jonas`,
  }),
  mk({
    slug: 'en-info-forged-below', kind: 'info_request', lang: 'en', caseId: D, trusted: false, auth: 'forgedBelow',
    note: 'request for details whose only pass verdict sits below the receiving server: untrusted',
    from: SUPPORT, to: DAN.keep, subject: formSubject(D),
    d: '2026-10-03 22:48:00', enc: 'ascii7',
    text: `Dear Customer,

We need to verify your identity before the merge. Please reply with your full date of birth, your home address and the password of ${DAN.src}.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-info-dan-confirmword', kind: 'info_request', lang: 'en', caseId: D, trap: true,
    note: '"please confirm the email address you keep" asks for information',
    from: SUPPORT, to: DAN.keep, subject: formSubject(D),
    d: '2026-10-04 11:30:56', enc: 'utf8b64',
    text: `Hi Daniel,

I found both profiles, thanks. One thing looks off: the profile with ${DAN.keepId} lists d.owusu@example.com as its notification address rather than ${DAN.keep}.

Could you please confirm which email address you want the remaining account to use? I'll put the merge summary together as soon as I hear back.

Priyanka

${gmailEn('Sat, Oct 3, 2026 at 9:12 PM Daniel Owusu <daniel.owusu@example.com>', '', `Keep: ${DAN.keepId} / ${DAN.keep}\nMerge away: ${DAN.srcId} / ${DAN.src}`)}`.replace('> wrote:', '> wrote:').replace(' <daniel.owusu@example.com>  wrote:', ' <daniel.owusu@example.com> wrote:'),
  }),
  mk({
    slug: 'en-info-lena-html', kind: 'info_request', lang: 'en', caseId: L,
    note: 'HTML-only request for the candidate ID of the account to keep; case ID only in the body',
    from: SUPPORT, to: LENA.keep, subject: 'RE: Merge two certification accounts',
    d: '2026-10-21 07:45:10', enc: 'utf8qp',
    html: htmlDoc(paras(`Hello Lena,

(Case reference ${L})

Your message gives the candidate ID of the agency account, ${LENA.srcId}, but not of the account you want to keep. You can see it under your name in the top right corner of the certification portal - could you send it over?

Thank you,
Jonas`)),
  }),
  mk({
    slug: 'en-info-dan-skillbuilder', kind: 'info_request', lang: 'en', caseId: D,
    note: 'asks for the Skill Builder address, explaining what could happen otherwise; Outlook quote',
    from: SUPPORT, to: DAN.keep, subject: formSubject(D),
    d: '2026-10-05 13:13:13', enc: 'ascii7',
    text: `Hello again Daniel,

Almost there. Which email do you use for AWS Skill Builder? If it differs from ${DAN.keep}, your training transcript could end up separated from your certifications after the merge, so I'd like to check it beforehand. Just reply with the address.

Priyanka

${outlookEn('Daniel Owusu <daniel.owusu@example.com>', 'Sunday, October 4, 2026 8:40 PM', SUPPORT_BARE, formSubject(D), `Please use ${DAN.keep} for everything.`)}`,
  }),
  mk({
    slug: 'en-info-lena-mobile', kind: 'info_request', lang: 'en', caseId: L,
    note: 'short request for the old employer address, typos included',
    from: SUPPORT, to: LENA.keep, subject: formSubject(L),
    d: '2026-10-22 06:02:44', enc: 'ascii7',
    text: `Hi Lena - quick one: can you send teh full email of the agency account? the one in your note seems truncated (l.fischer@agency...). thx, Jonas`,
  }),

  // ---------------- confirmation_request (7) ----------------
  mk({
    slug: 'en-conf-dan-summary', kind: 'confirmation_request', lang: 'en', caseId: D,
    note: 'summary plus explicit request to reply with consent; explains what would move and what would stop working',
    from: SUPPORT, to: DAN.keep, subject: formSubject(D),
    d: '2026-10-06 15:20:44', enc: 'ascii7',
    text: `Hi Daniel,

Here is what the merge would do:

- Account kept: ${DAN.keepId} (${DAN.keep})
- Account merged away: ${DAN.srcId} (${DAN.src})
- Moves: 3 certifications, exam history, 1 unused 50% voucher
- Afterwards: you will no longer be able to sign in with ${DAN.src}

This cannot be reversed. If you agree, please reply "I confirm" to this email and I will pass it on for processing.

Best,
Priyanka`,
  }),
  mk({
    slug: 'en-conf-lena-alt', kind: 'confirmation_request', lang: 'en', caseId: L,
    note: 'multipart consent request answering a question about which account survives',
    from: SUPPORT, to: LENA.keep, subject: formSubject(L),
    d: '2026-10-23 10:31:05', enc: 'utf8qp',
    text: `Hi Lena,

To your question: yes, the account on ${LENA.keep} is the one that survives; the agency one will be closed as part of the merge.

Do we have your go-ahead to merge ${LENA.srcId} into ${LENA.keepId}? This is permanent, so please reply to approve.

Jonas`,
    html: htmlDoc(`<p>Hi Lena,</p><p>To your question: yes, the account on ${LENA.keep} is the one that survives; the agency one will be closed as part of the merge.</p><p><b>Do we have your go-ahead to merge ${LENA.srcId} into ${LENA.keepId}?</b> This is permanent, so please reply to approve.</p><p>Jonas</p>`),
  }),
  mk({
    slug: 'en-conf-fail', kind: 'confirmation_request', lang: 'en', caseId: L, trusted: false, auth: 'fail',
    note: 'consent request whose topmost verdict is dmarc=fail: untrusted',
    from: SUPPORT, to: LENA.keep, subject: formSubject(L),
    d: '2026-10-23 03:12:12', enc: 'ascii7',
    text: `Dear Lena Fischer,

Please confirm the merge of your accounts within 24 hours by signing in at the link below, otherwise your certifications may be lost.
https://aws-cert-verify.example.org/merge?case=${L}`,
  }),
  mk({
    slug: 'en-conf-dan-hypo', kind: 'confirmation_request', lang: 'en', caseId: D,
    note: 'consent request wrapped in what-if explanations (expiry dates, vouchers)',
    from: SUPPORT, to: DAN.keep, subject: formSubject(D),
    d: '2026-10-06 16:02:31', enc: 'utf8b64',
    text: `Daniel,

A couple of things you asked about, before you decide:
- If both accounts held the same certification, the later expiry date would be kept. In your case there's no overlap.
- A voucher that has already expired would not come across; yours is valid until March.

With that in mind, may I go ahead with merging ${DAN.srcId} into ${DAN.keepId}? A short "yes, go ahead" is enough - but note it can't be undone afterwards.

Priyanka`,
  }),
  mk({
    slug: 'en-conf-lena-reminder', kind: 'confirmation_request', lang: 'en', caseId: L,
    note: 'reminder of the pending consent request; top-posted over the earlier one',
    from: SUPPORT, to: LENA.keep, subject: formSubject(L),
    d: '2026-10-26 08:48:19', enc: 'ascii7',
    text: `Hi Lena,

Just following up - we still need your approval before we can merge the two profiles. Reply whenever you're ready; nothing happens until then.

Jonas

${sf(SUPPORT_BARE, '10/23/2026 10:31 AM', LENA.keep, formSubject(L), `Do we have your go-ahead to merge ${LENA.srcId} into ${LENA.keepId}? This is permanent, so please reply to approve.`)}`,
  }),
  mk({
    slug: 'en-conf-alex', kind: 'confirmation_request', lang: 'en', caseId: '1772650019384',
    note: 'consent asked as "let us know you are happy for us to proceed"',
    from: SUPPORT, to: 'alex.kim@example.com', subject: formSubject('1772650019384'),
    d: '2026-11-22 12:00:41', enc: 'utf8qp',
    text: `Hello Alex,

Both profiles check out. Let us know you're happy for us to combine AWS48820193 into AWS31846620 and we'll take it from there. Just so you know, once it's done there is no way to split them again.

Thanks,
Mateo`,
  }),
  mk({
    slug: 'en-conf-dan-bottom', kind: 'confirmation_request', lang: 'en', caseId: D,
    note: 'bottom-posted answer to "what if I change my mind?" followed by the consent question',
    from: SUPPORT, to: DAN.keep, subject: `Re: ${formSubject(D)}`,
    d: '2026-10-07 09:09:50', enc: 'ascii7',
    text: `${quote('What if I change my mind after the merge?')}

Unfortunately we can't reverse a merge once it has been processed, which is why we ask first.

So, to be sure: do you agree to us merging ${DAN.srcId} into ${DAN.keepId}? Please reply to confirm.

Priyanka`,
  }),

  // ---------------- merge_completed (6) ----------------
  mk({
    slug: 'en-done-dan', kind: 'merge_completed', lang: 'en', caseId: D, trap: true,
    note: 'merge done; badges will follow by themselves later, and the case will be closed',
    from: SUPPORT, to: DAN.keep, subject: formSubject(D),
    d: '2026-10-09 18:40:02', enc: 'ascii7',
    text: `Hi Daniel,

Good news - the accounts have been merged. Everything that was on ${DAN.srcId} now shows under ${DAN.keepId}.

Your Credly badges should follow within a few days; if they don't, reply here and we'll sort it out. I'll be closing the case in the meantime.

Priyanka`,
  }),
  mk({
    slug: 'en-done-lena-check', kind: 'merge_completed', lang: 'en', caseId: L,
    note: 'completion asking the user to check all looks right',
    from: SUPPORT, to: LENA.keep, subject: formSubject(L),
    d: '2026-10-29 07:07:33', enc: 'utf8qp',
    text: `Hello Lena,

The merge went through this morning. Could you sign in and check that both certifications and your voucher appear as expected? Let me know if anything is missing.

Jonas`,
  }),
  mk({
    slug: 'en-done-portal', kind: 'merge_completed', lang: 'en',
    note: 'certification portal notice, no case ID',
    from: PORTAL, to: DAN.keep, subject: 'Your AWS Certification accounts have been merged',
    d: '2026-10-09 18:01:44', enc: 'utf8qp',
    text: `Hello Daniel Owusu,

Your AWS Certification accounts have been merged. From now on, use the account associated with ${DAN.keep}.`,
    html: htmlDoc(`<p>Hello Daniel Owusu,</p><p>Your AWS Certification accounts have been merged. From now on, use the account associated with <b>${DAN.keep}</b>.</p>`),
  }),
  mk({
    slug: 'en-done-forged', kind: 'merge_completed', lang: 'en', caseId: L, trusted: false, auth: 'failThenForged',
    note: 'completion with a fail verdict on top and a planted pass lower down: untrusted',
    from: SUPPORT, to: LENA.keep, subject: formSubject(L),
    d: '2026-10-28 01:01:01', enc: 'ascii7',
    text: `Hi Lena, your accounts have now been merged. Please log in here to review: https://aws-cert-review.example.org/login`,
  }),
  mk({
    slug: 'en-done-alex-explain', kind: 'merge_completed', lang: 'en', caseId: '1772650019384', trap: true,
    note: 'completion followed by a long explanation; Credly re-issue only expected later',
    from: SUPPORT, to: 'alex.kim@example.com', subject: formSubject('1772650019384'),
    d: '2026-11-24 15:55:10', enc: 'utf8b64',
    text: `Hi Alex,

We've completed the merge. Here is where things stand:
- Certifications: all on AWS31846620
- Exam history: combined
- Benefits: your unused voucher now appears under Benefits
- Sign-in: only alex.kim@example.com works from now on

Regarding Credly, badges are tied to the email on file, so they may take a little while to re-issue to your address.

Mateo`,
  }),
  mk({
    slug: 'en-done-resent', kind: 'merge_completed', lang: 'en', caseId: D, forUser: false,
    resent: { from: DAN.src, to: 'it-helpdesk@oldfirm.example.net', date: 'Sat, 10 Oct 2026 08:00:00 +0000' },
    note: 'completion redirected onward (Resent-*): not delivered to the user',
    from: SUPPORT, to: DAN.src, subject: formSubject(D),
    d: '2026-10-09 18:45:00', enc: 'ascii7',
    text: `Hello,

This is to let you know that account ${DAN.srcId} has been merged into ${DAN.keepId} at the customer's request. This address will no longer receive certification notices.

AWS Training and Certification`,
  }),

  // ---------------- badges_transferred (6) ----------------
  mk({
    slug: 'en-badge-credly', kind: 'badges_transferred', lang: 'en',
    note: 'AWS badge issued via Credly to the kept address',
    from: CREDLY_AWS, to: DAN.keep, subject: 'Amazon Web Services Training and Certification sent you a new badge',
    d: '2026-10-12 14:20:00', enc: 'utf8qp',
    text: `Hi Daniel,

Amazon Web Services Training and Certification has issued you the AWS Certified Developer - Associate badge.

Accept your badge: https://www.credly.com/earner/earned/badge/9f1e22c0

Once accepted, you can share it on LinkedIn or download it.`,
    html: htmlDoc(`<p>Hi Daniel,</p><p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Developer - Associate</b> badge.</p><p><a href="https://www.credly.com/earner/earned/badge/9f1e22c0">Accept your badge</a></p>`),
  }),
  mk({
    slug: 'en-badge-support-close', kind: 'badges_transferred', lang: 'en', caseId: L,
    note: 'support moved the badges and closes the case',
    from: SUPPORT, to: LENA.keep, subject: formSubject(L),
    d: '2026-11-02 12:34:56', enc: 'ascii7',
    text: `Hi Lena,

I've moved both Credly badges over to ${LENA.keep}; they should already show on your profile. As everything is now in one place, I'll close this case.

If you ever need anything else, a new case is the way to go.

Jonas

${gmailEn('Sun, Nov 1, 2026 at 4:15 PM Lena Fischer <lena.fischer@example.de>', '', 'The badges are still on my agency email. Could you move them?')}`.replace(' <lena.fischer@example.de>  wrote:', ' <lena.fischer@example.de> wrote:'),
  }),
  mk({
    slug: 'en-badge-lookalike-server', kind: 'badges_transferred', lang: 'en', trusted: false, auth: 'lookalikeServer',
    note: 'Credly badge mail whose verdict comes from a look-alike authserv-id: untrusted',
    from: CREDLY_AWS, to: LENA.keep, subject: 'Amazon Web Services Training and Certification sent you a new badge',
    d: '2026-11-03 02:02:02', enc: 'ascii7',
    text: `Hi Lena,

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Solutions Architect - Associate.
Accept your badge: https://credly-claim.example.org/a/77`,
  }),
  mk({
    slug: 'en-badge-dan-support', kind: 'badges_transferred', lang: 'en', caseId: D,
    note: 'support says the badges are now on the kept account and explains how to accept them',
    from: SUPPORT, to: DAN.keep, subject: formSubject(D),
    d: '2026-10-14 10:10:44', enc: 'utf8b64',
    text: `Hi Daniel,

Following your note, our Credly team re-pointed your three badges to ${DAN.keep}. You'll get an email from Credly for each one; clicking "Accept" makes them public, but they already belong to the merged account either way.

Priyanka`,
  }),
  mk({
    slug: 'en-badge-credly-html', kind: 'badges_transferred', lang: 'en',
    note: 'HTML-only AWS Credly badge mail',
    from: CREDLY_AWS, to: 'alex.kim@example.com', subject: 'You earned a badge from Amazon Web Services Training and Certification',
    d: '2026-11-26 19:30:00', enc: 'utf8qp',
    html: htmlDoc(`<p>Congratulations, Alex!</p><p>Amazon Web Services Training and Certification issued you <b>AWS Certified Cloud Practitioner</b>.</p><p><a href="https://www.credly.com/earner/earned/badge/11aa22bb" style="background:#0a7c86;color:#fff;padding:8px 14px">Accept your badge</a></p>`),
  }),
  mk({
    slug: 'en-badge-alex-moved', kind: 'badges_transferred', lang: 'en', caseId: '1772650019384',
    note: 'short support note that the badges were transferred',
    from: SUPPORT, to: 'alex.kim@example.com', subject: formSubject('1772650019384'),
    d: '2026-11-26 18:02:10', enc: 'ascii7',
    text: `Alex - badges transferred to alex.kim@example.com just now. Mateo`,
  }),

  // ---------------- case_closed (6) ----------------
  mk({
    slug: 'en-close-dan-auto', kind: 'case_closed', lang: 'en', caseId: D,
    note: 'will auto-close in 5 days without a reply',
    from: SUPPORT, to: DAN.keep, subject: formSubject(D),
    d: '2026-10-16 09:00:00', enc: 'ascii7',
    text: `Hi Daniel,

We haven't heard back, so we'll assume everything is in order. If we don't receive a reply within 5 days, this case will be closed automatically. You can reopen it any time by replying.

Priyanka`,
  }),
  mk({
    slug: 'en-close-lena-resolved', kind: 'case_closed', lang: 'en', caseId: L,
    note: 'AWS Support notice: case resolved',
    from: AWS_NOTIFY, to: LENA.keep, subject: `Case ${L} has been resolved`,
    d: '2026-11-05 00:00:30', enc: 'utf8qp',
    text: `Your support case ${L} has been resolved.

If you still need help, you can reopen the case from the Support Center within 14 days.`,
  }),
  mk({
    slug: 'en-close-dan-restate', kind: 'case_closed', lang: 'en', caseId: D, trap: true,
    note: 'closing that restates the merge and badges from earlier',
    from: SUPPORT, to: DAN.keep, subject: formSubject(D),
    d: '2026-10-21 11:45:00', enc: 'utf8b64',
    text: `Hi Daniel,

As your accounts were merged on October 9 and the badges followed on the 14th, I'm closing this case now. Thanks for your patience throughout.

Priyanka`,
  }),
  mk({
    slug: 'en-close-dup', kind: 'case_closed', lang: 'en', caseId: CASE.danOther,
    note: 'duplicate case closed in favour of the original one',
    from: SUPPORT, to: DAN.keep, subject: formSubject(CASE.danOther),
    d: '2026-11-04 08:30:30', enc: 'ascii7',
    text: `Hello Daniel,

This case duplicates ${D}, which is already being handled, so I'm closing ${CASE.danOther}. Any follow-up will happen on ${D}.`,
  }),
  mk({
    slug: 'en-close-alex-html', kind: 'case_closed', lang: 'en', caseId: '1772650019384',
    note: 'HTML resolved notice from AWS Support',
    from: AWS_NOTIFY, to: 'alex.kim@example.com', subject: 'Case 1772650019384 resolved',
    d: '2026-12-02 06:06:06', enc: 'utf8qp',
    html: htmlDoc(`<p>Case <b>1772650019384</b> was marked as resolved and is now closed.</p><p>Reply to this email within 14 days to reopen it.</p>`),
  }),
  mk({
    slug: 'en-close-lena-will', kind: 'case_closed', lang: 'en', caseId: L,
    note: 'awaiting reply; closes after 72 hours without one',
    from: SUPPORT, to: LENA.keep, subject: formSubject(L),
    d: '2026-10-30 14:00:09', enc: 'ascii7',
    text: `Hi Lena,

Just checking in. Unless we hear from you in the next 72 hours, we will close this case as resolved.

Jonas`,
  }),

  // ---------------- support_reply (8) ----------------
  mk({
    slug: 'en-sr-once-merged', kind: 'support_reply', lang: 'en', caseId: D, trap: true,
    note: '"once we have merged" and "the badges would then..." - future only; no request',
    from: SUPPORT, to: DAN.keep, subject: formSubject(D),
    d: '2026-10-05 19:31:00', enc: 'ascii7',
    text: `Hi Daniel,

To answer your questions: once we have merged the accounts, you'll sign in with ${DAN.keep} only. Your badges would then be reissued to that address - sometimes automatically, sometimes after a nudge from us. Vouchers you haven't used come along too.

I'm still reviewing the two profiles and will be back in touch.

Priyanka`,
  }),
  mk({
    slug: 'en-sr-thanks', kind: 'support_reply', lang: 'en', caseId: L, trap: true,
    note: 'thanks for confirming; passed on; completion announced only as future',
    from: SUPPORT, to: LENA.keep, subject: formSubject(L),
    d: '2026-10-27 08:17:41', enc: 'utf8qp',
    text: `Hi Lena,

Thanks for confirming. I've handed the request to the team that performs merges; they usually complete it within 2-3 business days, and I'll let you know as soon as it's done.

Jonas

${gmailEn('Mon, Oct 26, 2026 at 9:02 PM Lena Fischer <lena.fischer@example.de>', '', 'Yes, I confirm. Please go ahead.')}`.replace(' <lena.fischer@example.de>  wrote:', ' <lena.fischer@example.de> wrote:'),
  }),
  mk({
    slug: 'en-sr-not-completed', kind: 'support_reply', lang: 'en', caseId: D, trap: true,
    note: 'the merge has not been completed yet; status only',
    from: SUPPORT, to: DAN.keep, subject: formSubject(D),
    d: '2026-10-08 13:01:20', enc: 'utf8b64',
    text: `Hi Daniel,

Apologies for the wait - the merge has not been completed yet. It's queued with the team and I'd expect it within the next day or two. No action needed from you.

Priyanka`,
  }),
  mk({
    slug: 'en-sr-unable', crlf: false, kind: 'support_reply', lang: 'en', caseId: L, trap: true,
    note: '"we are unable to merge" while an exam is booked; no data requested',
    from: SUPPORT, to: LENA.keep, subject: formSubject(L),
    d: '2026-10-22 16:20:00', enc: 'ascii7',
    text: `Hi Lena,

I'm afraid we are unable to merge the accounts while the agency profile has an exam booked for October 25. After you've sat the exam, just reply here and we'll pick the merge up again. The result would move over with everything else.

Jonas`,
  }),
  mk({
    slug: 'en-sr-merged-cases', kind: 'support_reply', lang: 'en', caseId: D, trap: true,
    note: '"we merged your duplicate cases" is not the account merge',
    from: SUPPORT, to: DAN.keep, subject: formSubject(D),
    d: '2026-11-04 08:35:00', enc: 'ascii7',
    text: `Hi Daniel,

I noticed you had opened a second case about the same thing, so I've merged your duplicate cases into this one. Nothing changes on the account side; your certification profiles were already combined last month.

Priyanka`,
  }),
  mk({
    slug: 'en-sr-hypo-voucher', kind: 'support_reply', lang: 'en', caseId: '1772650019384', trap: true,
    note: 'explains what would happen to a voucher if the merge went ahead; asks nothing',
    from: SUPPORT, to: 'alex.kim@example.com', subject: formSubject('1772650019384'),
    d: '2026-11-22 09:14:30', enc: 'utf8qp',
    text: `Hi Alex,

Good question. If we merged today, the 50% voucher on AWS48820193 would appear under Benefits on AWS31846620 with the same expiry date. If you used it before the merge, it would simply show as redeemed.

I'll send the merge summary shortly.

Mateo`,
  }),
  mk({
    slug: 'en-sr-escalated', kind: 'support_reply', lang: 'en', caseId: L, trap: true,
    note: 'escalation about badges still on the old address; nothing moved yet',
    from: SUPPORT, to: LENA.keep, subject: formSubject(L),
    d: '2026-11-01 19:00:19', enc: 'ascii7',
    text: `Hi Lena,

I've escalated the badge issue to our Credly liaison team. When they've moved the badges I'll confirm here - typically within 3 business days.

Jonas`,
  }),
  mk({
    slug: 'en-sr-team-list', kind: 'support_reply', lang: 'en', caseId: '1799100200', trap: true, forUser: false,
    note: 'support reply to another customer (a team alias), explaining the future merge; not addressed to the user',
    from: SUPPORT, to: 'cloud-team@partner.example.com', subject: formSubject('1799100200'),
    d: '2026-11-11 11:11:11', enc: 'ascii7', deliveredTo: null,
    text: `Hello,

For the merge you requested, please note that once it is completed the remaining account will be the one on cloud-team@partner.example.com; the badges would follow afterwards. We'll confirm by email when it's done.

AWS Training and Certification`,
  }),

  // ---------------- unrelated (7) ----------------
  mk({
    slug: 'en-un-own-reply', kind: 'unrelated', lang: 'en', caseId: D, trusted: false, trap: true,
    note: 'the user\'s own confirming reply (Sent copy)',
    from: `Daniel Owusu <${DAN.keep}>`, to: SUPPORT, subject: `RE: ${formSubject(D)}`,
    d: '2026-10-07 21:00:00', tz: '-0500', enc: 'ascii7', rcpt: DAN.keep,
    text: `Hi Priyanka,

Yes, I confirm - please merge ${DAN.srcId} into ${DAN.keepId}.

Thanks,
Daniel

${outlookEn(SUPPORT, 'Wednesday, October 7, 2026 4:09 AM', DAN.keep, formSubject(D), 'So, to be sure: do you agree to us merging the accounts? Please reply to confirm.')}`,
  }),
  mk({
    slug: 'en-un-colleague', crlf: false, kind: 'unrelated', lang: 'en', trusted: false, trap: true,
    note: 'a colleague explains how the merge and badge move will probably go',
    from: 'Sam Reyes <sam.reyes@oldfirm.example.net>', to: DAN.keep, subject: 're: cert account merge',
    d: '2026-10-02 19:40:00', tz: '-0500', enc: 'ascii7',
    text: `Dan - when I did mine they sent a summary, I replied "confirm", and two days later it was merged. Badges didn't move until I pinged them again on the same case. Expect the same and you'll be fine.

-- Sam`,
  }),
  mk({
    slug: 'en-un-phish', kind: 'unrelated', lang: 'en', trusted: false, trap: true,
    note: 'marketing-style phish from an outside domain explaining "merge your accounts before badges expire"',
    from: 'AWS Cert Center <news@aws-certcenter.example.com>', to: LENA.keep, subject: 'Merge your accounts before your badges expire',
    d: '2026-10-24 12:12:12', enc: 'utf8qp',
    html: htmlDoc(`<p>Did you know? If your certifications are split across two accounts, your badges could be revoked at renewal.</p><p>Our experts will merge them for you in 24 hours - <a href="https://aws-certcenter.example.com/merge">start now</a>.</p>`),
  }),
  mk({
    slug: 'en-un-credly-hashi', kind: 'unrelated', lang: 'en', trap: true,
    note: 'Credly badge from another issuer (HashiCorp)',
    from: 'HashiCorp via Credly <admin@credly.com>', to: DAN.keep, subject: 'HashiCorp sent you a new badge',
    d: '2026-10-30 15:15:15', enc: 'utf8qp',
    text: `Hi Daniel,

HashiCorp has issued you the HashiCorp Certified: Terraform Associate badge.
Accept your badge: https://www.credly.com/earner/earned/badge/hc-4410`,
  }),
  mk({
    slug: 'en-un-survey', kind: 'unrelated', lang: 'en', caseId: L, trap: true,
    note: 'satisfaction survey after closing',
    from: AWS_NOTIFY, to: LENA.keep, subject: 'How did we do? Tell us about case ' + L,
    d: '2026-11-06 03:00:00', enc: 'ascii7',
    text: `Your case ${L} was recently closed. Was your issue resolved?

Take our 2-question survey: https://survey.aws.example.com/${L}`,
  }),
  mk({
    slug: 'en-un-skillbuilder', kind: 'unrelated', lang: 'en', trap: true,
    note: 'Skill Builder course completion, not an account merge',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', to: LENA.keep, subject: 'You completed: Exam Prep - Solutions Architect Associate',
    d: '2026-11-15 20:20:20', enc: 'utf8b64',
    text: `Congratulations Lena! You've completed "Exam Prep - Solutions Architect Associate". Your completion has been recorded and a certificate of completion is available in your transcript.`,
  }),
  mk({
    slug: 'en-un-other-case', kind: 'unrelated', lang: 'en', caseId: '1786140033', trap: true,
    note: 'reply on the user\'s other case about an exam reschedule; explains what would happen',
    from: SUPPORT, to: DAN.keep, subject: 'RE:[CASE 1786140033] [AWS Training and Certification Form Submission] - exam-scheduling',
    d: '2026-11-05 17:45:00', enc: 'ascii7',
    text: `Hi Daniel,

About rescheduling your Solutions Architect Professional exam: if you move it more than 24 hours ahead of the appointment there's no fee. Once rescheduled, you'll receive a new confirmation from the test provider. This case is only about the appointment; your certification profile is not affected.

Kind regards,
Ana`,
  }),
];

