// English messages of the ep set: progress told in steps, stages, phases and percentages.
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY,
  CASE,
  CERT_PORTAL,
  CREDLY_AWS,
  EMMA,
  EMMA_ASK,
  LUCAS,
  LUCAS_ASK,
  SUPPORT,
  SUPPORT_BARE,
  bar,
  formSubject,
  gmailEn,
  mk,
  olEn,
  paras,
  quote,
  sfOriginal,
  sfRef,
} from './common.js';

const E = `${EMMA.name} <${EMMA.keep}>`;
const L = `${LUCAS.name} <${LUCAS.keep}>`;
const fsE = formSubject(CASE.emma);
const fsL = formSubject(CASE.lucas);

export const EN: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'ack-emma-step1', kind: 'acknowledgement', lang: 'en', caseId: CASE.emma,
    note: 'case-created receipt showing step 1 of 4 (received)',
    from: AWS_NOTIFY, to: E, subject: `Case ${CASE.emma} created - we have received your request`, at: '2026-11-02 14:03:11', enc: 'ascii7',
    text: `Hello Emma Thompson,

We have received your request. Your case ID is ${CASE.emma}.

Progress:  Step 1 of 4 -- received
           [x] received  [ ] reviewed  [ ] in progress  [ ] resolved

An associate will respond by email, typically within 24 hours.
Please do not open another case for the same request; duplicate cases slow us down.

Amazon Web Services`,
  }),
  mk({
    slug: 'ack-lucas-html', kind: 'acknowledgement', lang: 'en', caseId: CASE.lucas,
    note: 'multipart receipt with a drawn progress bar at 25%',
    from: AWS_NOTIFY, to: L, subject: `We received your case ${CASE.lucas}`, at: '2026-11-04 22:19:40', tz: '-0300', enc: 'utf8qp',
    text: `Hi Lucas,

Thanks for contacting AWS Support. This is an automatic confirmation that case ${CASE.lucas} is open.

Status: Unassigned  ${bar(1, 4)} 25%

Reply to this email to add information to the case.

-- AWS Support`,
    html: `<html><body>
<p>Hi Lucas,</p>
<p>Thanks for contacting AWS Support. This is an automatic confirmation that case <b>${CASE.lucas}</b> is open.</p>
<p>Status: Unassigned</p>
<div style="width:300px;border:1px solid #aaa"><div style="width:75px;background:#146eb4;color:#fff;font-size:10px">25%</div></div>
<p>Reply to this email to add information to the case.</p>
<p>&mdash; AWS Support</p>
</body></html>`,
  }),
  mk({
    slug: 'ack-emma-exam-notopic', kind: 'acknowledgement', lang: 'en', caseId: CASE.emmaExam,
    note: "receipt of the user's other case that says nothing of its topic: read as a receipt",
    from: AWS_NOTIFY, to: E, subject: `Case ${CASE.emmaExam} received`, at: '2026-11-06 08:12:00', enc: 'ascii7',
    text: `Hello,

This message confirms that we received your support case.
Case ID: ${CASE.emmaExam}
Stage: 1/3 (waiting for an agent)

You will hear from us soon.

AWS Support`,
  }),
  mk({
    slug: 'ack-lucas-lookalike', kind: 'acknowledgement', lang: 'en', caseId: CASE.lucas, trusted: false,
    note: 'receipt from amazon-web-services-support.com look-alike: untrusted',
    from: 'AWS Support <no-reply@amazon-web-services-support.com>', to: L, subject: `Your case ${CASE.lucas} has been received (1/4)`, at: '2026-11-04 22:30:00', tz: '-0300', enc: 'utf8b64',
    text: `Dear customer,

Your case ${CASE.lucas} has been received.
Progress: 1/4 complete.

To speed things up, sign in at https://amazon-web-services-support.com/verify and track every stage of your request.

AWS Support Team`,
  }),
  mk({
    slug: 'ack-lucas-roadmap', kind: 'acknowledgement', lang: 'en', caseId: CASE.lucas, trap: true,
    note: 'receipt listing the road ahead (merge, badge transfer, closure): only the receipt happened',
    from: SUPPORT, to: L, subject: `[CASE ${CASE.lucas}] Request received - account-assistance`, at: '2026-11-04 22:21:02', tz: '-0300', enc: 'ascii7',
    text: `Hello Lucas,

Your request has been logged as case ${CASE.lucas}.

What happens next:
  1. Received ........ done
  2. Verification .... pending
  3. Account merge ... pending
  4. Badge transfer .. pending
  5. Case closure .... pending

Nothing is needed from you right now.

AWS Training and Certification Customer Support`,
  }),
  mk({
    slug: 'ack-emma-dkim', kind: 'acknowledgement', lang: 'en', caseId: CASE.emma, auth: 'dkimonly',
    note: 'receipt with case ID only in the body, DKIM-only authentication',
    from: SUPPORT, to: E, subject: 'Thank you for contacting AWS Training and Certification', at: '2026-11-02 14:04:02', enc: 'utf8qp',
    text: `Hello,

Thank you for reaching out. Your inquiry is now in our queue under reference ${CASE.emma}.

Where things stand: intake complete, 0 of 3 review steps started.

An agent will reply within 1-2 business days.

AWS Training and Certification`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'ai-emma-steps', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'generated answer with self-service steps for the Merge Accounts tool',
    from: AWS_NOTIFY, to: E, subject: 'Suggested answer to your question', at: '2026-11-02 14:00:30', enc: 'ascii7',
    text: `This answer was generated by AI.

To combine two AWS Certification accounts yourself:

Step 1: Sign in to the AWS Certification portal with the account you want to keep.
Step 2: Open Profile, then Merge Accounts.
Step 3: Sign in with the second account when prompted and approve.

If both accounts already hold certifications, the tool may refuse; choose "Create case" to reach a person.

Did this answer help? Yes / No`,
  }),
  mk({
    slug: 'ai-lucas-html', kind: 'ai_answer', lang: 'en', caseId: null, trap: true,
    note: 'HTML-only AI answer; explains badges after a merge: still ai_answer',
    from: AWS_NOTIFY, to: L, subject: 'Here is what might help', at: '2026-11-04 22:15:00', tz: '-0300', enc: 'utf8b64',
    html: `<html><body>
<p><i>Generated by AI. Answers may contain mistakes.</i></p>
<p>It looks like you want to merge certification accounts. Try these steps:</p>
<ol><li>Step 1 of 3 &ndash; sign in with the account you keep</li>
<li>Step 2 of 3 &ndash; Profile &rarr; Merge Accounts</li>
<li>Step 3 of 3 &ndash; after the merge is complete, claim your badges again on Credly</li></ol>
<p>If the tool shows an error, select <b>Create case</b>.</p>
</body></html>`,
  }),
  mk({
    slug: 'ai-emma-caseid', kind: 'ai_answer', lang: 'en', caseId: CASE.emma,
    note: 'auto-generated suggested resolution attached to the case',
    from: AWS_NOTIFY, to: E, subject: `Suggested resolution for case ${CASE.emma}`, at: '2026-11-02 14:05:10', enc: 'ascii7',
    text: `This is an automated suggestion, not a reply from an agent.

Based on the details of case ${CASE.emma}, this article may solve your issue:
  - Merging AWS Certification accounts with the self-service tool

If it does, no reply is needed. Otherwise an agent will follow up.`,
  }),
  mk({
    slug: 'ai-lucas-plain', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'automated assistant answer: three stages of a merge request, start with the tool',
    from: AWS_NOTIFY, to: L, subject: 'Automated answer: combining certification accounts', at: '2026-11-04 22:14:00', tz: '-0300', enc: 'ascii7',
    text: `Automated answer

Account merge requests usually go through three stages:
  Stage 1 - self-service Merge Accounts tool
  Stage 2 - create a case if the tool cannot help
  Stage 3 - work with an agent on the case

We suggest starting at stage 1.`,
  }),
  mk({
    slug: 'ai-emma-zero', kind: 'ai_answer', lang: 'en', caseId: null, trap: true,
    note: 'assistant reports 0% / no case created yet, offers the tool: receipt words, not a receipt',
    from: AWS_NOTIFY, to: E, subject: 'No case yet - try this first', at: '2026-11-02 13:59:00', enc: 'utf8qp',
    text: `Hi there,

Progress on your request: 0% -- no case has been created yet.

What you typed looks like an account merge. The Merge Accounts tool in your certification profile can often do it in a minute.
Still stuck? Press "Create case" and your case will be received by our team.

-- Automated assistant`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'info-emma-stage2', kind: 'info_request', lang: 'en', caseId: CASE.emma,
    note: 'stage 2 of 4: asks for candidate IDs, emails and which account to keep',
    from: SUPPORT, to: E, subject: fsE, at: '2026-11-03 09:30:22', enc: 'ascii7',
    text: `Hello Emma,

Thank you for contacting AWS Training and Certification. My name is Daniel.

We are at stage 2 of 4 (verification). To move on, please reply with:
  - the candidate ID of each account
  - the email address registered on each account
  - which of the two you want to keep

Regards,
Daniel
AWS Training and Certification

${sfRef('7fR1q')}

${sfOriginal(EMMA.keep, '11/2/2026 2:01 PM', SUPPORT_BARE, '[AWS Training and Certification Form Submission] - account-assistance', EMMA_ASK)}`,
  }),
  mk({
    slug: 'info-lucas-checklist', kind: 'info_request', lang: 'en', caseId: CASE.lucas,
    note: 'checklist with two open items the customer must supply; no "please"',
    from: SUPPORT, to: L, subject: fsL, at: '2026-11-05 16:10:00', tz: '-0300', enc: 'utf8qp',
    text: `Hi Lucas,

Checklist for your request:
  [x] request received
  [x] kept account identified (${LUCAS.keepId})
  [ ] email address used on ${LUCAS.srcId}
  [ ] name of the exam taken on that account

The two open lines are the only thing between us and the next step. A reply with those details is all it takes.

Priya
AWS T&C Support

${quote(LUCAS_ASK)}`,
  }),
  mk({
    slug: 'info-emma-confirmaddr', kind: 'info_request', lang: 'en', caseId: CASE.emma, trap: true,
    note: '"please confirm the email address you keep": asks for information, confirmation words',
    from: SUPPORT, to: E, subject: fsE, at: '2026-11-03 17:45:00', enc: 'ascii7',
    text: `Hi Emma,

One detail before stage 3: please confirm the email address you want to keep on the merged profile. The form and your message list different ones.

Thanks,
Daniel`,
  }),
  mk({
    slug: 'info-lucas-team', kind: 'info_request', lang: 'en', caseId: CASE.lucas, forUser: false,
    note: 'progress stuck at 40%, asks for exam dates; sent to a team alias, not the user',
    from: SUPPORT, to: 'Cloud Team <cloud-team@partner.example.io>', subject: fsL, at: '2026-11-05 18:00:00', tz: '-0300', enc: 'utf8b64',
    text: `Hello,

Progress on this request has stalled at 40%: we still need the pass dates of the exams on the older profile.
Send them over and we will continue.

Priya`,
    html: paras(`Hello,

Progress on this request has stalled at 40%: we still need the pass dates of the exams on the older profile.
Send them over and we will continue.

Priya`),
  }),
  mk({
    slug: 'info-emma-fail', kind: 'info_request', lang: 'en', caseId: CASE.emma, trusted: false, auth: 'fail',
    note: 'asks for IDs but dmarc=fail at the top: untrusted',
    from: SUPPORT, to: E, subject: fsE, at: '2026-11-03 11:00:00', enc: 'ascii7',
    text: `Dear Emma,

Your merge request is 50% processed. To continue, reply with both candidate IDs and the date of birth on file.

AWS Training and Certification`,
  }),
  mk({
    slug: 'info-lucas-writefromkeep', kind: 'info_request', lang: 'en', caseId: CASE.lucas,
    note: 'write from the kept address AND include both candidate IDs: info_request; Outlook quote',
    from: SUPPORT, to: `${LUCAS.name} <${LUCAS.src}>`, subject: fsL, at: '2026-11-05 10:02:00', tz: '-0300', enc: 'ascii7',
    text: `Hi Lucas,

This reply came from ${LUCAS.src}. For security we can only move forward (stage 1 of 4) when you write from the address you keep, ${LUCAS.keep}.
When you do, include both candidate IDs in the message.

Priya

${olEn(LUCAS.src, 'Wednesday, November 4, 2026 10:40 PM', SUPPORT_BARE, 'RE: ' + fsL, 'Hi, any update on this?\nLucas')}`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'conf-emma-step3', kind: 'confirmation_request', lang: 'en', caseId: CASE.emma,
    note: 'step 3 of 4 awaiting confirmation; irreversible; reply I agree',
    from: SUPPORT, to: E, subject: fsE, at: '2026-11-04 10:15:00', enc: 'ascii7',
    text: `Hello Emma,

Thanks, everything checks out.

Step 3 of 4: awaiting your confirmation.
We will merge ${EMMA.srcId} into ${EMMA.keepId}. This cannot be reversed.
If you agree, reply to this email with "I agree".

Daniel`,
  }),
  mk({
    slug: 'conf-lucas-stage', kind: 'confirmation_request', lang: 'en', caseId: CASE.lucas,
    note: 'stage: awaiting customer confirmation, 75% bar; asks for the go-ahead',
    from: SUPPORT, to: L, subject: fsL, at: '2026-11-06 12:00:00', tz: '-0300', enc: 'utf8qp',
    text: `Hi Lucas,

stage: awaiting customer confirmation
${bar(3, 4)} 75%

Once merged, ${LUCAS.srcId} disappears into ${LUCAS.keepId} for good -- there is no undo.
Do we have your go-ahead?

Priya`,
    html: `<p>Hi Lucas,</p>
<p><code>stage: awaiting customer confirmation</code><br>
<span style="font-family:monospace">[###############-----] 75%</span></p>
<p>Once merged, ${LUCAS.srcId} disappears into ${LUCAS.keepId} for good &ndash; there is no undo.<br>Do we have your go-ahead?</p>
<p>Priya</p>`,
  }),
  mk({
    slug: 'conf-emma-laststep', kind: 'confirmation_request', lang: 'en', caseId: CASE.emma,
    note: 'HTML-only: "we are at the last step", reply to authorise the irreversible merge',
    from: SUPPORT, to: E, subject: fsE, at: '2026-11-04 10:20:00', enc: 'utf8b64',
    html: `<html><body><p>Hi Emma,</p>
<p>We are at the last step before the merge itself. Because it is permanent, we need your written authorisation: a short reply saying you consent is enough.</p>
<p>Kept: ${EMMA.keepId} &middot; Merged away: ${EMMA.srcId}</p>
<p>Kind regards,<br>Daniel</p></body></html>`,
  }),
  mk({
    slug: 'conf-lucas-lookalikeserver', kind: 'confirmation_request', lang: 'en', caseId: CASE.lucas, trusted: false, auth: 'lookalikeServer',
    note: 'consent request, but the A-R comes from a look-alike authserv-id: untrusted',
    from: SUPPORT, to: L, subject: fsL, at: '2026-11-06 13:00:00', tz: '-0300', enc: 'ascii7',
    text: `Lucas,

Phase 3/4 - customer consent. Reply YES to allow the merge (irreversible).

AWS Training and Certification`,
  }),
  mk({
    slug: 'conf-emma-reminder', kind: 'confirmation_request', lang: 'en', caseId: CASE.emma,
    note: 'reminder still at 75%, asks again for consent; Gmail-quoted earlier mail',
    from: SUPPORT, to: E, subject: fsE, at: '2026-11-07 09:00:00', enc: 'ascii7',
    text: `Hi Emma,

Just checking in -- your request is still sitting at 75% because we have not heard back on the confirmation below.
Could you let us know whether we may proceed with the merge?

Daniel

${gmailEn('Wed, Nov 4, 2026 at 10:15 AM', `AWS Training and Certification <${SUPPORT_BARE}>`, `Step 3 of 4: awaiting your confirmation.\nWe will merge ${EMMA.srcId} into ${EMMA.keepId}. This cannot be reversed.`)}`,
  }),
  mk({
    slug: 'conf-lucas-future', kind: 'confirmation_request', lang: 'en', caseId: CASE.lucas, trap: true,
    note: 'asks for consent; says badges will follow once merged (future)',
    from: SUPPORT, to: L, subject: fsL, at: '2026-11-06 12:05:00', tz: '-0300', enc: 'ascii7',
    text: `Hi Lucas,

[x] identity verified
[x] accounts matched
[ ] your consent   <-- we are here
[ ] merge
[ ] badges

Once you confirm, we'll merge the two profiles and then move your Credly badges across. Reply "confirm" to proceed; the merge can't be undone.

Priya`,
  }),

  // ---------------- merge_completed ----------------
  mk({
    slug: 'mc-emma-100', kind: 'merge_completed', lang: 'en', caseId: CASE.emma,
    note: 'merge progress: 100%, accounts merged',
    from: SUPPORT, to: E, subject: fsE, at: '2026-11-05 15:40:00', enc: 'ascii7',
    text: `Hi Emma,

merge progress: 100%

${EMMA.srcId} has been merged into ${EMMA.keepId}. Sign in with ${EMMA.keep} to see all your certifications in one place.

Daniel`,
  }),
  mk({
    slug: 'mc-lucas-step4', kind: 'merge_completed', lang: 'en', caseId: CASE.lucas,
    note: 'Step 4 of 4 complete; please check all looks right (stays merge_completed)',
    from: SUPPORT, to: L, subject: fsL, at: '2026-11-08 11:30:00', tz: '-0300', enc: 'utf8qp',
    text: `Hello Lucas,

Step 4 of 4 complete \u2714

Your two certification profiles are now one, under ${LUCAS.keepId}. Please look over your certifications, exam history and benefits and tell us if anything seems off.

Priya`,
  }),
  mk({
    slug: 'mc-emma-portal', kind: 'merge_completed', lang: 'en', caseId: null,
    note: "certification portal's own merged notice (no case ID)",
    from: CERT_PORTAL, to: E, subject: 'Your AWS Certification accounts have been merged', at: '2026-11-05 15:10:00', enc: 'utf8qp',
    text: `Hello Emma,

Your AWS Certification accounts have been merged.
Primary candidate ID: ${EMMA.keepId}
Merged candidate ID: ${EMMA.srcId}

Sign in with the primary account from now on.

AWS Certification`,
    html: `<p>Hello Emma,</p><p><b>Your AWS Certification accounts have been merged.</b></p><ul><li>Primary candidate ID: ${EMMA.keepId}</li><li>Merged candidate ID: ${EMMA.srcId}</li></ul><p>Sign in with the primary account from now on.</p><p>AWS Certification</p>`,
  }),
  mk({
    slug: 'mc-emma-closing', kind: 'merge_completed', lang: 'en', caseId: CASE.emma,
    note: 'merge done and the case will be closed: new fact is the merge',
    from: SUPPORT, to: E, subject: fsE, at: '2026-11-05 15:45:00', enc: 'ascii7',
    text: `Emma,

All four steps are done: your profiles were combined this afternoon and everything now lives on ${EMMA.keep}.
We'll close this case now; reply within 7 days if you need it reopened.

Daniel`,
  }),
  mk({
    slug: 'mc-lucas-gmail', kind: 'merge_completed', lang: 'en', caseId: CASE.lucas, trusted: false,
    note: 'merge-done text from a free-mail address with a trusted display name: untrusted',
    from: 'AWS Training and Certification <aws.cert.support.team@gmail.com>', to: L, subject: fsL, at: '2026-11-08 09:00:00', tz: '-0300', enc: 'ascii7',
    text: `Dear Lucas,

Merge status: 100% complete. Your accounts have been merged.
To finalise, log in through the link below within 24 hours.

AWS Training and Certification`,
  }),
  mk({
    slug: 'mc-lucas-badgesopen', kind: 'merge_completed', lang: 'en', caseId: CASE.lucas, trap: true,
    note: 'checklist: merged and certifications visible; Credly badges still pending',
    from: SUPPORT, to: L, subject: fsL, at: '2026-11-08 11:35:00', tz: '-0300', enc: 'utf8b64',
    text: `Lucas,

Quick status after today's work:
  \u2611 accounts merged (${LUCAS.srcId} -> ${LUCAS.keepId})
  \u2611 certifications visible on the kept profile
  \u2610 Credly badges -- pending, these usually follow within a few days

Priya`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'bt-emma-credly', kind: 'badges_transferred', lang: 'en', caseId: null,
    note: "AWS's badge via Credly to the kept address, Accept your badge",
    from: CREDLY_AWS, to: E, subject: 'Amazon Web Services Training and Certification has issued you a badge', at: '2026-11-06 02:10:00', enc: 'utf8qp', relay: 'o1.em.credly.com',
    text: `Hi Emma,

Amazon Web Services Training and Certification has issued you the AWS Certified Cloud Practitioner badge.

Accept your badge: https://www.credly.com/earner/earned/badge/77c0e1fa

Credly`,
    html: `<table><tr><td><p>Hi Emma,</p><p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Cloud Practitioner</b> badge.</p><p><a href="https://www.credly.com/earner/earned/badge/77c0e1fa">Accept your badge</a></p></td></tr></table>`,
  }),
  mk({
    slug: 'bt-lucas-phase2', kind: 'badges_transferred', lang: 'en', caseId: CASE.lucas,
    note: 'phase 2 (badge transfer) finished: support says the badges moved',
    from: SUPPORT, to: L, subject: fsL, at: '2026-11-11 10:00:00', tz: '-0300', enc: 'ascii7',
    text: `Hi Lucas,

Phase 2 (badge transfer) finished. The two badges from your old profile now sit on your Credly account for ${LUCAS.keep}.

Priya`,
  }),
  mk({
    slug: 'bt-emma-closing', kind: 'badges_transferred', lang: 'en', caseId: CASE.emma,
    note: 'support: badges moved, closing the case: badges_transferred',
    from: SUPPORT, to: E, subject: fsE, at: '2026-11-09 12:00:00', enc: 'utf8qp',
    text: `Hello Emma,

Final stage done: we re-pointed your three Credly badges to the kept account, so they show under ${EMMA.keep} now.
With that, every step of your request is finished and we are closing the case.

Daniel`,
  }),
  mk({
    slug: 'bt-lucas-credly-html', kind: 'badges_transferred', lang: 'en', caseId: null,
    note: 'HTML-only Credly mail from AWS as issuer',
    from: CREDLY_AWS, to: L, subject: 'You earned a badge from Amazon Web Services Training and Certification', at: '2026-11-12 01:00:00', enc: 'utf8b64', relay: 'o1.em.credly.com',
    html: `<html><body><h2>Congratulations, Lucas!</h2><p>Amazon Web Services Training and Certification issued you <b>AWS Certified Solutions Architect &ndash; Professional</b>.</p><p><a href="https://www.credly.com/earner/earned/badge/0be4c911">Accept your badge</a></p></body></html>`,
  }),
  mk({
    slug: 'bt-emma-lookalike', kind: 'badges_transferred', lang: 'en', caseId: null, trusted: false,
    note: 'badge notice from a credly.com look-alike domain: untrusted',
    from: 'Amazon Web Services via Credly <admin@credly.com.badge-notify.net>', to: E, subject: 'Your badges have been transferred (3 of 3)', at: '2026-11-09 13:00:00', enc: 'ascii7',
    text: `Hi Emma,

Badge transfer: 3 of 3 complete. Accept your badge here:
https://credly.com.badge-notify.net/accept

Credly`,
  }),
  mk({
    slug: 'bt-lucas-resent', kind: 'badges_transferred', lang: 'en', caseId: CASE.lucas, forUser: false,
    note: 'badge migration 100% reply, redirected onward with Resent-* headers: forUser false',
    from: SUPPORT, to: `${LUCAS.name} <${LUCAS.src}>`, subject: fsL, at: '2026-11-11 10:05:00', tz: '-0300', enc: 'ascii7',
    resent: { from: 'mailer@partner.example.io', to: 'archive@partner.example.io', date: 'Wed, 11 Nov 2026 10:06:00 -0300' },
    text: `Lucas,

Badge migration: 100% -- all 4 badges now sit on your kept account.

Priya

${olEn(LUCAS.keep, 'Tuesday, November 10, 2026 4:12 PM', SUPPORT_BARE, 'RE: ' + fsL, 'Hi Priya, the merge looks good but my badges are still on the old Credly profile.')}`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'cc-emma-resolved', kind: 'case_closed', lang: 'en', caseId: CASE.emma, trap: true,
    note: 'Status: Resolved; restates the earlier merge',
    from: AWS_NOTIFY, to: E, subject: `Case ${CASE.emma} has been resolved`, at: '2026-11-12 08:00:00', enc: 'ascii7',
    text: `Hello,

Status: Resolved

Your case about the certification accounts merged on November 5 is now closed.
If you need more help, you can reopen it from the Support Center.

Amazon Web Services`,
  }),
  mk({
    slug: 'cc-lucas-autoclose', kind: 'case_closed', lang: 'en', caseId: CASE.lucas,
    note: 'will auto-close in 5 days without a reply',
    from: SUPPORT, to: L, subject: fsL, at: '2026-11-07 09:00:00', tz: '-0300', enc: 'ascii7',
    text: `Hi Lucas,

We haven't heard back. If there is no reply within 5 days, this case will close automatically.

AWS Training and Certification`,
  }),
  mk({
    slug: 'cc-emma-finalstage', kind: 'case_closed', lang: 'en', caseId: CASE.emma, trap: true,
    note: 'final stage: closure, restating last week merge',
    from: SUPPORT, to: E, subject: fsE, at: '2026-11-13 10:00:00', enc: 'utf8qp',
    text: `Hi Emma,

Final stage: closure.
As your accounts were merged last week and we have had no further questions, we're closing this case today.

Daniel`,
  }),
  mk({
    slug: 'cc-lucas-forged', kind: 'case_closed', lang: 'en', caseId: CASE.lucas, trusted: false, auth: 'forgedBelow',
    note: 'closing notice whose only pass verdict is below the server Received: untrusted',
    from: AWS_NOTIFY, to: L, subject: `Case ${CASE.lucas} closed`, at: '2026-11-20 08:00:00', tz: '-0300', enc: 'ascii7',
    text: `Your case ${CASE.lucas} has been closed.

Amazon Web Services`,
  }),
  mk({
    slug: 'cc-emma-72h', kind: 'case_closed', lang: 'en', caseId: CASE.emma,
    note: '72 hours before the case closes without a reply',
    from: SUPPORT, to: E, subject: fsE, at: '2026-11-09 09:00:00', enc: 'utf8qp',
    text: `Hi Emma,

Heads-up: 72 hours left before this case is closed for inactivity. Reply if you still need anything.

AWS Training and Certification`,
    html: `<p>Hi Emma,</p><p>Heads-up: <b>72 hours</b> left before this case is closed for inactivity. Reply if you still need anything.</p><p>AWS Training and Certification</p>`,
  }),
  mk({
    slug: 'cc-lucas-dkim', kind: 'case_closed', lang: 'en', caseId: CASE.lucas, auth: 'dkimonly',
    note: 'resolved-and-closed notice, DKIM-only authentication',
    from: AWS_NOTIFY, to: L, subject: `Your support case ${CASE.lucas} is resolved`, at: '2026-11-18 08:00:00', enc: 'utf8b64',
    text: `Hello Lucas,

Support case ${CASE.lucas} moved to Resolved and has been closed.

Progress: ${bar(4, 4)} done

Amazon Web Services`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'sr-emma-thanks', kind: 'support_reply', lang: 'en', caseId: CASE.emma, trap: true,
    note: 'thanks for confirming, step 3 of 4 done, handed to the team',
    from: SUPPORT, to: E, subject: fsE, at: '2026-11-04 16:00:00', enc: 'ascii7',
    text: `Hi Emma,

Thank you for confirming. Step 3 of 4 is done; I've handed the request to the team that performs the merge.

Daniel`,
  }),
  mk({
    slug: 'sr-lucas-60', kind: 'support_reply', lang: 'en', caseId: CASE.lucas, trap: true,
    note: 'merge progress: 60%, ETA: in progress, not done',
    from: SUPPORT, to: L, subject: fsL, at: '2026-11-07 14:00:00', tz: '-0300', enc: 'ascii7',
    text: `Lucas,

merge progress: 60% (ETA 2-3 business days)

The exam hsitory is copying over now. Nothign needed from you.

Priya`,
  }),
  mk({
    slug: 'sr-emma-unable', kind: 'support_reply', lang: 'en', caseId: CASE.emma, trap: true,
    note: 'unable to complete the merge at this stage: negated',
    from: SUPPORT, to: E, subject: fsE, at: '2026-11-04 18:00:00', enc: 'utf8qp',
    text: `Hello Emma,

An update: we were unable to complete the merge at stage 4 because the older profile has an exam booked for next week.
We'll retry after the exam date.

Daniel`,
  }),
  mk({
    slug: 'sr-lucas-dupcases', kind: 'support_reply', lang: 'en', caseId: CASE.lucas, trap: true,
    note: 'merged duplicate CASES, not accounts',
    from: SUPPORT, to: L, subject: fsL, at: '2026-11-05 09:00:00', tz: '-0300', enc: 'ascii7',
    text: `Hi Lucas,

You opened two cases for this; I've merged them into this one (${CASE.lucas}).
Current stage: verification.

Priya`,
  }),
  mk({
    slug: 'sr-emma-escalated', kind: 'support_reply', lang: 'en', caseId: CASE.emma,
    note: 'escalated, stage engineering review',
    from: SUPPORT, to: E, subject: fsE, at: '2026-11-08 10:00:00', enc: 'ascii7',
    crlf: false,
    text: `${gmailEn('Fri, Nov 6, 2026 at 9:12 PM', E, 'Hi Daniel, any news? The merge still shows 0% on my side.\n\nSent from my Android phone')}

Hi Emma,

I've escalated your request. Stage: engineering review (internal). I'll update you as soon as they get back to me.

Daniel`,
  }),
  mk({
    slug: 'sr-lucas-writefrom', kind: 'support_reply', lang: 'en', caseId: CASE.lucas,
    note: 'write from the kept address, no data asked',
    from: SUPPORT, to: `${LUCAS.name} <${LUCAS.src}>`, subject: fsL, at: '2026-11-05 08:00:00', tz: '-0300', enc: 'ascii7',
    text: `Hi Lucas,

Could you write to us from the address you are keeping (${LUCAS.keep})? We'll pick it up from there.

Priya`,
  }),
  mk({
    slug: 'sr-emma-badgesnot', kind: 'support_reply', lang: 'en', caseId: CASE.emma, trap: true,
    note: 'badge transfer has not started yet (phase 1 of 2): negated',
    from: SUPPORT, to: E, subject: fsE, at: '2026-11-07 11:00:00', enc: 'utf8b64',
    text: `Hi Emma,

About the badges: the badge transfer has not started yet. We are in phase 1 of 2 (certification records); badges come in phase 2.

Daniel`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'un-emma-booking', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'exam registration Step 4 of 4 complete: a booking',
    from: CERT_PORTAL, to: E, subject: 'Exam registration: Step 4 of 4 complete', at: '2026-11-14 17:00:00', enc: 'ascii7',
    text: `Hello Emma,

Your exam registration is complete (Step 4 of 4).

Exam: AWS Certified Solutions Architect - Professional
Date: 3 December 2026, 09:00 UTC
Delivery: online proctored

AWS Certification`,
  }),
  mk({
    slug: 'un-emma-examcase', kind: 'unrelated', lang: 'en', caseId: CASE.emmaExam, trap: true,
    note: 'reply on the exam-reschedule case: another support case',
    from: SUPPORT, to: E, subject: `RE:[CASE ${CASE.emmaExam}] [AWS Training and Certification Form Submission] - exam-rescheduling`, at: '2026-11-07 10:00:00', enc: 'ascii7',
    text: `Hi Emma,

Your exam rescheduling request: stage 2 of 2 completed. The new appointment is confirmed for December 3.

Mark`,
  }),
  mk({
    slug: 'un-lucas-subclosed', kind: 'unrelated', lang: 'en', caseId: CASE.lucasSub, trap: true,
    note: 'Skill Builder subscription case resolved/closed: not the merge case',
    from: SUPPORT, to: L, subject: `RE:[CASE ${CASE.lucasSub}] Skill Builder subscription`, at: '2026-11-10 12:00:00', tz: '-0300', enc: 'ascii7',
    text: `Hi Lucas,

Your Skill Builder subscription billing question is resolved: the duplicate charge was reversed (3 of 3 steps complete).
We are closing this case.

Sam`,
  }),
  mk({
    slug: 'un-emma-survey', kind: 'unrelated', lang: 'en', caseId: CASE.emma, trap: true,
    note: 'survey (step 1 of 2) about the closed case',
    from: 'AWS Support <aws-support-survey@amazon.com>', to: E, subject: `How did we do on case ${CASE.emma}?`, at: '2026-11-13 09:00:00', enc: 'utf8qp',
    text: `Hi Emma,

Step 1 of 2: Was your issue resolved?  Yes | No
Step 2 of 2: Tell us about your experience

It takes less than a minute.`,
  }),
  mk({
    slug: 'un-lucas-hashicorp', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'Credly badge from HashiCorp, not AWS',
    from: 'HashiCorp via Credly <admin@credly.com>', to: L, subject: 'HashiCorp has issued you a badge', at: '2026-11-09 01:00:00', enc: 'utf8qp', relay: 'o2.em.credly.com',
    text: `Hi Lucas,

HashiCorp has issued you the HashiCorp Certified: Terraform Associate badge.

Accept your badge: https://www.credly.com/earner/earned/badge/5512ab90`,
    html: `<p>Hi Lucas,</p><p>HashiCorp has issued you the <b>HashiCorp Certified: Terraform Associate</b> badge.</p><p><a href="https://www.credly.com/earner/earned/badge/5512ab90">Accept your badge</a></p>`,
  }),
  mk({
    slug: 'un-emma-credlymerge', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: "Credly's own account-merge code (step 2 of 2)",
    from: 'Credly <admin@credly.com>', to: E, subject: 'Complete your account merge (step 2 of 2)', at: '2026-11-10 20:00:00', enc: 'ascii7', relay: 'o1.em.credly.com',
    text: `Hi Emma,

You asked to merge another Credly account into this one.
Step 2 of 2: enter this code to complete the account merge: 730 412

If you didn't request this, ignore this email.

Credly`,
  }),
  mk({
    slug: 'un-lucas-ooo', kind: 'unrelated', lang: 'en', caseId: CASE.lucas, trap: true,
    note: "agent's out-of-office auto-reply; mentions the case will be picked up",
    from: 'Priya R <priya.r@amazon.com>', to: L, subject: 'Automatic reply: ' + fsL, at: '2026-11-09 08:00:00', tz: '-0300', enc: 'ascii7', extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `I'm out of the office until November 16. Your case is not closed; a colleague will pick up any confirmation or merge questions in the meantime.`,
  }),
  mk({
    slug: 'un-lucas-fwd', kind: 'unrelated', lang: 'en', caseId: CASE.lucas, trusted: false, forUser: false, trap: true,
    note: "the user's forward to a colleague, not delivered to the user",
    from: L, to: 'Ana Costa <ana.costa@partner.example.io>', subject: 'Fwd: ' + fsL, at: '2026-11-08 12:00:00', tz: '-0300', enc: 'ascii7', deliveredTo: null, relay: 'smtp.example.net',
    text: `Ana -- FYI, merge is at 100%, so you can update the partner records.

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_BARE}>
Date: Sun, Nov 8, 2026 at 11:30 AM
Subject: ${fsL}

Step 4 of 4 complete`,
  }),
  mk({
    slug: 'un-emma-challenge', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'marketing challenge: step 3 of 5, claim your badge',
    from: 'AWS Training and Certification <aws-training-marketing@amazon.com>', to: E, subject: 'You are 60% through the Cloud Quest challenge', at: '2026-11-11 15:00:00', enc: 'utf8qp',
    text: `Hi Emma,

You're on step 3 of 5 of the challenge. Finish all five to claim your digital badge and a 50% exam voucher!

[###########---------] 60%

Unsubscribe`,
    html: `<p>Hi Emma,</p><p>You're on step 3 of 5 of the challenge. Finish all five to claim your digital badge and a 50% exam voucher!</p><p>60%</p><p><a href="https://aws.amazon.com/unsubscribe">Unsubscribe</a></p>`,
  }),
  mk({
    slug: 'un-lucas-acctclosure', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'AWS (cloud) account closure complete: not a certification merge',
    from: AWS_NOTIFY, to: L, subject: 'Your AWS account closure is complete', at: '2026-11-15 10:00:00', enc: 'ascii7',
    text: `Hello,

The closure of AWS account 1234-5678-9012 is complete (step 2 of 2). You can reopen it within 90 days.

Amazon Web Services`,
  }),
  mk({
    slug: 'un-emma-refund', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'voucher refund progress, 3 of 3 steps completed',
    from: CERT_PORTAL, to: E, subject: 'Refund status: 3 of 3 steps completed', at: '2026-11-16 10:00:00', enc: 'utf8b64',
    text: `Hi Emma,

Refund for order 88120-A: 3 of 3 steps completed. The amount has been returned to your card.

AWS Certification`,
  }),
];

void quote;
