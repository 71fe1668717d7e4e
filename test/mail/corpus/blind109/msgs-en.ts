// dd: English messages. Status is carried by marks, boxes, arrows and layout.
import type { Msg } from './lib.js';
import { ALEX, ALEX_ASK, AWS_NOTIFY, CASE, CREDLY_AWS, MARIA, PORTAL, PRIYA, SUPPORT, formSubject, mk, quote, sfOriginal } from './common.js';

const A = CASE.alex;
const P = CASE.priya;
const M = CASE.maria;

export const EN: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'ack-en-received', kind: 'acknowledgement', lang: 'en', caseId: A, enc: 'utf8qp', from: AWS_NOTIFY, to: ALEX.keep,
    subject: `Case ${A} - Status: Received`, when: '2026-11-02 16:04:00',
    note: 'automatic receipt; ✔ Received beside the case ID',
    text: `Case ID ....... ${A}
Status ........ ✔ Received
Queue ......... AWS Training and Certification
Expect a reply from an agent within 24 hours. Replying to this email adds to your case; please don't open a second case for the same request.`,
  }),
  mk({
    slug: 'ack-en-dots', kind: 'acknowledgement', lang: 'en', caseId: P, enc: 'ascii7', to: PRIYA.keep,
    subject: `[CASE ${P}] [AWS Training and Certification Form Submission] - account-assistance`, when: '2026-11-03 07:15:00',
    note: 'form receipt as a dotted status block (OPEN / Normal)',
    text: `Status ........ OPEN
Queue ......... Training & Certification
Priority ...... Normal
Reference ..... CASE ${P}

Your submission is in. An agent will pick it up shortly.
AWS Training and Certification`,
  }),
  mk({
    slug: 'ack-en-boxes-html', kind: 'acknowledgement', lang: 'en', caseId: M, enc: 'utf8b64', from: AWS_NOTIFY, to: MARIA.keep,
    subject: `We have your request (case ${M})`, when: '2026-11-04 11:22:00',
    note: 'HTML-only receipt with [x] Submitted [ ] In review [ ] Resolved',
    html: `<p>Hi Maria,</p><pre>[x] Submitted
[ ] In review
[ ] Resolved</pre><p>Case <b>${M}</b> &middot; AWS Training and Certification &middot; account</p><p>No action is needed right now.</p>`,
  }),
  mk({
    slug: 'ack-en-forged', kind: 'acknowledgement', lang: 'en', caseId: '1779301122000', enc: 'ascii7', auth: 'pass',
    from: 'AWS Support <no-reply-aws@amazon.com.example.net>', to: ALEX.keep,
    subject: 'Case 1779301122000 received - verify your identity', when: '2026-11-02 23:40:00',
    note: 'receipt look-alike from amazon.com.example.net: not a trusted domain',
    text: `STATUS: RECEIVED
To keep case 1779301122000 active, verify your identity within 24h:
https://amazon.com.example.net/verify`,
  }),
  mk({
    slug: 'ack-en-notopic', kind: 'acknowledgement', lang: 'en', caseId: '1780044200391', enc: 'ascii7', from: AWS_NOTIFY, to: PRIYA.keep,
    subject: "We've got your message", when: '2026-11-03 07:14:10',
    note: 'bare receipt with only a reference line; says nothing of its topic',
    text: `We've got your message.
Ref: CASE 1780044200391  |  Opened: 2026-11-03  |  State: new
Someone will be in touch.`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'ai-en-robot', kind: 'ai_answer', lang: 'en', caseId: null, enc: 'utf8qp', from: AWS_NOTIFY, to: ALEX.keep,
    subject: 'Suggested answer for your question', when: '2026-11-02 16:00:10',
    note: 'AI suggestion pointing to the Merge Accounts tool',
    text: `🤖 Suggested answer (AI-generated)
You can usually combine two certification accounts yourself:
  Profile -> Merge Accounts -> enter the other account's email -> enter the code.
Didn't work? Choose "Create case" to reach an agent.`,
  }),
  mk({
    slug: 'ai-en-flags', kind: 'ai_answer', lang: 'en', caseId: null, enc: 'ascii7', from: AWS_NOTIFY, to: MARIA.keep,
    subject: 'Automated answer: account merge', when: '2026-11-04 11:18:00',
    note: 'automated answer as AVAILABLE / ONLY-IF flags',
    text: `Self-service merge ....... AVAILABLE
Agent needed ............. ONLY if both accounts hold certifications
Where .................... Certification portal > Profile > Merge Accounts

This answer was generated automatically.`,
  }),
  mk({
    slug: 'ai-en-thumbs-html', kind: 'ai_answer', lang: 'en', caseId: null, enc: 'utf8b64', from: AWS_NOTIFY, to: PRIYA.keep,
    subject: 'Here is what we found', when: '2026-11-03 07:10:00',
    note: 'HTML AI answer with thumbs up/down',
    html: `<div><p><b>Generated answer</b></p><p>Use the Merge Accounts option in your certification profile. If both accounts have exam history, the tool will stop and you can create a case.</p><p>Helpful? 👍 👎</p></div>`,
  }),
  mk({
    slug: 'ai-en-after', kind: 'ai_answer', lang: 'en', caseId: null, enc: 'utf8qp', from: AWS_NOTIFY, to: ALEX.keep, trap: true,
    subject: 'Automated response: after a merge', when: '2026-11-02 16:01:30',
    note: 'AI answer describing what happens after a merge (badges, benefits): stays ai_answer',
    text: `Automated response
After accounts are merged:
  ✅ certifications show on the kept account
  ✅ benefits follow
  ⚠️ Credly badges: claim them again with the kept email
Try the Merge Accounts tool first.`,
  }),
  mk({
    slug: 'ai-en-forged', kind: 'ai_answer', lang: 'en', caseId: null, enc: 'ascii7', auth: 'misaligned',
    from: AWS_NOTIFY, to: MARIA.keep,
    subject: 'AI answer: merge your accounts now', when: '2026-11-04 02:00:00',
    note: 'AI-answer look-alike with DKIM for an unrelated domain and dmarc=fail',
    text: `AI ANSWER
Merge tool: https://merge.example-login.net/aws
Sign in with both passwords to finish.`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'info-en-missing', kind: 'info_request', lang: 'en', caseId: A, enc: 'utf8qp', to: ALEX.keep,
    subject: formSubject(A), when: '2026-11-03 10:30:00',
    note: '❌ Missing candidate ID of account #2, ✅ for what was received',
    text: `Hello Alex,

✅ Email (keep): ${ALEX.keep}
✅ Candidate ID (keep): ${ALEX.keepId}
❌ Candidate ID (other account): missing

Just send the missing one back on this thread and we'll carry on.

Regards,
Dana
AWS Training and Certification

${sfOriginal(ALEX.keep, '11/2/2026 4:03 PM', SUPPORT, 'account-assistance', ALEX_ASK)}`,
  }),
  mk({
    slug: 'info-en-blanks', kind: 'info_request', lang: 'en', caseId: P, enc: 'ascii7', to: PRIYA.keep,
    subject: formSubject(P), when: '2026-11-04 09:00:00',
    note: 'blank form to fill in and return: account to keep + candidate IDs',
    text: `Hi Priya,

Fill in and reply:
  Account to keep (email) : ____________
  Candidate ID, kept      : AWS________
  Candidate ID, other     : AWS________

Thanks,
Ravi | AWS T&C Support`,
  }),
  mk({
    slug: 'info-en-redword', kind: 'info_request', lang: 'en', caseId: M, enc: 'utf8b64', to: MARIA.keep,
    subject: formSubject(M), when: '2026-11-05 14:00:00',
    note: 'HTML with red MISSING next to the university account details',
    html: `<p>Hi Maria,</p><table border="1" cellpadding="4"><tr><td>Personal account</td><td style="color:green">OK</td></tr><tr><td>University account (${MARIA.src}) candidate ID</td><td style="color:red"><b>MISSING</b></td></tr></table><p>Reply with the red item and we can continue.</p><p>AWS Training and Certification</p>`,
  }),
  mk({
    slug: 'info-en-confirm-email', kind: 'info_request', lang: 'en', caseId: A, enc: 'ascii7', to: ALEX.keep,
    subject: formSubject(A), when: '2026-11-03 18:00:00',
    trap: true,
    note: '"please confirm the email address you keep": asks for information',
    text: `Alex,

Quick one -> please confirm which email you want to keep: ${ALEX.keep} or ${ALEX.src}?
Also, if your certification notifications go to a third address, include it.

Dana`,
  }),
  mk({
    slug: 'info-en-forged', kind: 'info_request', lang: 'en', caseId: P, enc: 'ascii7', auth: 'fail',
    from: SUPPORT, to: PRIYA.keep,
    subject: formSubject(P), when: '2026-11-04 01:30:00',
    note: 'info request with dmarc=fail on top: forged',
    text: `Status: ON HOLD - info needed
Reply with: full card number used for your exam, and the CVV.`,
  }),
  mk({
    slug: 'info-en-writefrom', kind: 'info_request', lang: 'en', caseId: M, enc: 'utf8qp', to: MARIA.src,
    subject: formSubject(M), when: '2026-11-05 10:00:00',
    note: 'write from the kept address AND include both candidate IDs: info_request',
    text: `Hi Maria,
→ Please reply from ${MARIA.keep} (the account you keep)
→ and include both candidate IDs (AWS…)
Then we can move forward.
AWS T&C`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'conf-en-irreversible', kind: 'confirmation_request', lang: 'en', caseId: A, enc: 'utf8qp', to: ALEX.keep,
    subject: formSubject(A), when: '2026-11-04 09:10:00',
    note: '⚠️ IRREVERSIBLE, reply YES to go ahead',
    text: `Alex,

⚠️ IRREVERSIBLE
${ALEX.srcId} → ${ALEX.keepId}

Reply YES and we'll go ahead. Reply NO to cancel.

Dana`,
  }),
  mk({
    slug: 'conf-en-arrow-ascii', kind: 'confirmation_request', lang: 'en', caseId: P, enc: 'ascii7', to: PRIYA.keep,
    subject: formSubject(P), when: '2026-11-05 08:00:00',
    note: 'source --> target layout; reply "I agree" to consent',
    text: `Hello Priya,

  ${PRIYA.srcId} (${PRIYA.src})
        -->
  ${PRIYA.keepId} (${PRIYA.keep})

This can't be reversed once done. If that's what you want, reply "I agree".

Ravi`,
  }),
  mk({
    slug: 'conf-en-step3', kind: 'confirmation_request', lang: 'en', caseId: M, enc: 'utf8b64', to: MARIA.keep,
    subject: formSubject(M), when: '2026-11-06 12:00:00',
    note: 'HTML Step 3 of 4: your approval; orange Awaiting approval',
    html: `<p>Step 3 of 4 — <span style="color:#e65100">Awaiting your approval</span></p><p>We'll fold ${MARIA.src} into ${MARIA.keep}. A merge can't be split again. OK to proceed? Just reply to this email.</p>`,
  }),
  mk({
    slug: 'conf-en-checkbox', kind: 'confirmation_request', lang: 'en', caseId: A, enc: 'utf8qp', to: ALEX.keep,
    subject: formSubject(A), when: '2026-11-04 09:20:00',
    note: 'consent checkbox to tick in the reply; multipart/alternative',
    text: `Alex, tick and send back:
[ ] I consent to merging ${ALEX.src} into ${ALEX.keep} (permanent)`,
    html: `<p>Alex, tick and send back:</p><p>&#9744; I consent to merging ${ALEX.src} into ${ALEX.keep} (permanent)</p>`,
  }),
  mk({
    slug: 'conf-en-freemail', kind: 'confirmation_request', lang: 'en', caseId: M, enc: 'ascii7', auth: 'pass',
    from: 'AWS Training and Certification <aws.certification.team@gmail.com>', to: MARIA.keep,
    subject: formSubject(M), when: '2026-11-06 03:00:00',
    note: 'trusted display name on a free-mail address: untrusted',
    text: `Final step: confirm the merge at https://bit.example/confirm - cannot be undone.`,
  }),

  // ---------------- merge_completed ----------------
  mk({
    slug: 'merge-en-check', kind: 'merge_completed', lang: 'en', caseId: A, enc: 'utf8qp', to: ALEX.keep,
    subject: formSubject(A), when: '2026-11-05 17:00:00',
    note: 'Merge status: ✅ Completed',
    text: `Alex,

Merge status: ✅ Completed
Kept: ${ALEX.keepId}
Retired: ${ALEX.srcId}

Dana

> YES
> -- Alex`,
  }),
  mk({
    slug: 'merge-en-strike', kind: 'merge_completed', lang: 'en', caseId: P, enc: 'utf8b64', to: PRIYA.keep,
    subject: formSubject(P), when: '2026-11-06 10:00:00',
    note: 'HTML <s>Pending</s> Completed in green',
    html: `<p>Priya,</p><p>Account merge: <s>Pending</s> <span style="color:#2e7d32"><b>Completed</b></span></p><p>Your history now lives under ${PRIYA.keep}.</p><p>Ravi</p>`,
  }),
  mk({
    slug: 'merge-en-portal', kind: 'merge_completed', lang: 'en', caseId: null, enc: 'ascii7', from: PORTAL, to: MARIA.keep,
    subject: 'Account merge result', when: '2026-11-07 09:00:00',
    note: 'portal notice without case ID: Result: MERGED',
    text: `Source: ${MARIA.src}
Target: ${MARIA.keep}
Result: MERGED

AWS Certification`,
  }),
  mk({
    slug: 'merge-en-arrow', kind: 'merge_completed', lang: 'en', caseId: M, enc: 'ascii7', to: MARIA.keep,
    subject: formSubject(M), when: '2026-11-07 08:45:00',
    note: 'Pending -> Done, please verify all looks right: still merge_completed',
    text: `Maria,
Merge: Pending -> Done
Please sign in and check that everything looks right.
AWS T&C`,
  }),
  mk({
    slug: 'merge-en-resent', kind: 'merge_completed', lang: 'en', caseId: A, enc: 'ascii7', to: ALEX.src,
    resent: { from: 'postmaster@work.example.net', to: 'it-archive@work.example.net', date: 'Thu, 5 Nov 2026 17:05:00 +0000' },
    subject: formSubject(A), when: '2026-11-05 17:01:00',
    note: 'completion notice redirected by the old employer (Resent-*): not delivered to the user',
    text: `Status: MERGED
${ALEX.srcId} is now part of ${ALEX.keepId}.`,
  }),
  mk({
    slug: 'merge-en-forged', kind: 'merge_completed', lang: 'en', caseId: P, enc: 'utf8qp', auth: 'lookalikeServer',
    from: SUPPORT, to: PRIYA.keep,
    subject: formSubject(P), when: '2026-11-05 23:00:00',
    note: 'completion look-alike with a look-alike authserv-id',
    text: `✅ MERGE COMPLETE
Claim your voucher: https://voucher.example.biz`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'badge-en-credly', kind: 'badges_transferred', lang: 'en', caseId: null, enc: 'utf8b64', from: CREDLY_AWS, to: ALEX.keep,
    subject: 'Your badge is ready to accept', when: '2026-11-06 08:00:00',
    note: 'AWS badge via Credly to the kept address',
    html: `<p>Amazon Web Services Training and Certification issued you <b>AWS Certified Developer – Associate</b>.</p><p><a href="https://www.credly.com/earner/earned/badge/9f00">Accept your badge</a></p>`,
  }),
  mk({
    slug: 'badge-en-moved', kind: 'badges_transferred', lang: 'en', caseId: A, enc: 'utf8qp', to: ALEX.keep,
    subject: formSubject(A), when: '2026-11-07 11:00:00',
    note: 'support: Credly badges MOVED ✅',
    text: `Alex,
Credly badges: MOVED ✅ (now on ${ALEX.keep})
Dana

> the badges are still on my work email`,
  }),
  mk({
    slug: 'badge-en-list', kind: 'badges_transferred', lang: 'en', caseId: P, enc: 'ascii7', to: PRIYA.keep,
    subject: formSubject(P), when: '2026-11-08 12:00:00',
    trap: true,
    note: 'list of badges with [x] and -> kept email, then closing',
    text: `Priya,
[x] SAA-C03 badge -> ${PRIYA.keep}
[x] CLF-C02 badge -> ${PRIYA.keep}
That wraps it up; we'll close the case.
Ravi`,
  }),
  mk({
    slug: 'badge-en-credly-alt', kind: 'badges_transferred', lang: 'en', caseId: null, enc: 'utf8qp', from: CREDLY_AWS, to: MARIA.keep,
    subject: 'Amazon Web Services Training and Certification sent you a badge', when: '2026-11-08 07:00:00',
    note: 'Credly AWS badge, multipart/alternative',
    text: `🏅 AWS Certified Cloud Practitioner
Issued by Amazon Web Services Training and Certification
Accept your badge: https://www.credly.com/earner/earned/badge/c0de`,
    html: `<p>🏅 <b>AWS Certified Cloud Practitioner</b></p><p>Issued by Amazon Web Services Training and Certification</p><p><a href="https://www.credly.com/earner/earned/badge/c0de">Accept your badge</a></p>`,
  }),
  mk({
    slug: 'badge-en-forged', kind: 'badges_transferred', lang: 'en', caseId: null, enc: 'ascii7', auth: 'pass',
    from: 'Amazon Web Services via Credly <admin@credly-badges.net>', to: ALEX.keep,
    subject: 'Badges transferred', when: '2026-11-06 02:00:00',
    note: 'badge notice from credly-badges.net: untrusted domain',
    text: `Badges: TRANSFERRED
Accept your badge: https://credly-badges.net/accept`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'closed-en-resolved', kind: 'case_closed', lang: 'en', caseId: A, enc: 'ascii7', from: AWS_NOTIFY, to: ALEX.keep,
    subject: `Case ${A}: RESOLVED`, when: '2026-11-09 09:00:00',
    trap: true,
    note: 'Status: RESOLVED, restates the merge done earlier',
    text: `Case ${A}
Status: RESOLVED
(Accounts were merged on Nov 5.)
Reply to reopen.`,
  }),
  mk({
    slug: 'closed-en-lock', kind: 'case_closed', lang: 'en', caseId: P, enc: 'utf8qp', from: AWS_NOTIFY, to: PRIYA.keep,
    subject: `Case ${P} will close soon`, when: '2026-11-10 09:00:00',
    note: '🔒 closes in 5 days unless the customer replies',
    text: `🔒 Auto-close in 5 days
We haven't heard back on case ${P}. If there's nothing more, no need to reply.`,
  }),
  mk({
    slug: 'closed-en-strike', kind: 'case_closed', lang: 'en', caseId: M, enc: 'utf8b64', from: AWS_NOTIFY, to: MARIA.keep,
    subject: `Update on case ${M}`, when: '2026-11-09 10:00:00',
    note: 'HTML <s>Open</s> Closed',
    html: `<p>Case ${M}: <s>Open</s> <b>Closed</b></p><p>Thanks for contacting AWS Training and Certification.</p>`,
  }),
  mk({
    slug: 'closed-en-noreply', kind: 'case_closed', lang: 'en', caseId: CASE.priya, enc: 'ascii7', to: PRIYA.keep,
    subject: formSubject(P), when: '2026-11-15 09:00:00',
    note: 'Case state: Closed (no response received)',
    text: `Case state: Closed (no response received)
You can reopen by replying within 14 days.`,
  }),
  mk({
    slug: 'closed-en-forged', kind: 'case_closed', lang: 'en', caseId: A, enc: 'ascii7', auth: 'none',
    from: AWS_NOTIFY, to: ALEX.keep,
    subject: `Case ${A} closed`, when: '2026-11-08 04:00:00',
    note: 'closing notice with no Authentication-Results: untrusted',
    text: `CLOSED. Rate us or reopen at https://reopen.example.top`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'sr-en-consent-rcvd', kind: 'support_reply', lang: 'en', caseId: A, enc: 'utf8qp', to: ALEX.keep, trap: true,
    subject: formSubject(A), when: '2026-11-04 12:00:00',
    note: 'consent received ✅ → passed to the merge team',
    text: `Consent received ✅ → passed to the merge team.
We'll update you here.
Dana`,
  }),
  mk({
    slug: 'sr-en-notdone', kind: 'support_reply', lang: 'en', caseId: P, enc: 'utf8b64', to: PRIYA.keep, trap: true,
    subject: formSubject(P), when: '2026-11-05 15:00:00',
    note: 'Merge: ❌ not completed yet: negated',
    text: `Merge: ❌ not completed yet
Still being worked on by our back office. Sorry for the wait.
Ravi`,
  }),
  mk({
    slug: 'sr-en-process', kind: 'support_reply', lang: 'en', caseId: M, enc: 'ascii7', to: MARIA.keep, trap: true,
    subject: formSubject(M), when: '2026-11-05 09:00:00',
    note: 'outline of the process incl. "Step 4: merge completed" as a future step',
    text: `Maria, here's how it goes:
Step 1: request received   <- you are here
Step 2: details checked
Step 3: your approval
Step 4: merge completed, you get an email
No action yet.`,
  }),
  mk({
    slug: 'sr-en-escalated', kind: 'support_reply', lang: 'en', caseId: A, enc: 'utf8qp', to: ALEX.keep,
    subject: formSubject(A), when: '2026-11-04 16:00:00',
    note: '🔺 escalated to tier 2; no request',
    text: `🔺 Escalated to Tier 2
Expect an update in 2-3 business days.
Dana`,
  }),
  mk({
    slug: 'sr-en-dupcases', kind: 'support_reply', lang: 'en', caseId: P, enc: 'ascii7', to: PRIYA.keep, trap: true,
    subject: formSubject(P), when: '2026-11-03 12:00:00',
    note: 'we merged your duplicate cases, not the accounts',
    text: `Priya,
You opened case 1780044200391 for the same request; we merged that case into ${P}. Please keep replying here.
Ravi`,
  }),
  mk({
    slug: 'sr-en-answers', kind: 'support_reply', lang: 'en', caseId: M, enc: 'utf8qp', to: MARIA.keep,
    subject: formSubject(M), when: '2026-11-05 11:00:00',
    note: 'answers with ✔ marks (voucher carries over, exam booking unaffected)',
    text: `Answers:
Voucher ........... carried over ✔
Exam booking ...... unaffected ✔
AWS T&C`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'un-en-survey', kind: 'unrelated', lang: 'en', caseId: A, enc: 'utf8qp', from: 'AWS Support <aws-support-survey@amazon.com>', to: ALEX.keep, trap: true,
    subject: 'Was your issue resolved?', when: '2026-11-09 10:00:00',
    note: 'survey about case',
    text: `Case ${A}
Was your issue resolved?  👍 Yes   👎 No`,
  }),
  mk({
    slug: 'un-en-exam', kind: 'unrelated', lang: 'en', caseId: null, enc: 'utf8b64', from: PORTAL, to: PRIYA.keep, trap: true,
    subject: 'Your exam results', when: '2026-10-25 20:00:00',
    note: 'exam result PASS ✅: a ✅ that is not the merge',
    text: `AWS Certified Solutions Architect – Associate
Result: PASS ✅  Score: 799`,
  }),
  mk({
    slug: 'un-en-hashicorp', kind: 'unrelated', lang: 'en', caseId: null, enc: 'utf8b64', from: 'HashiCorp via Credly <admin@credly.com>', to: ALEX.keep, trap: true,
    subject: 'HashiCorp sent you a badge', when: '2026-11-06 09:00:00',
    note: 'Credly badge from another issuer',
    html: `<p>HashiCorp Certified: Terraform Associate</p><p><a href="https://www.credly.com/x">Accept your badge</a></p>`,
  }),
  mk({
    slug: 'un-en-own-yes', kind: 'unrelated', lang: 'en', caseId: A, enc: 'ascii7', trusted: false, trap: true,
    from: `Alex Kim <${ALEX.keep}>`, to: 'aws-cs-trainingcertification-form@amazon.com', auth: 'none', deliveredTo: ALEX.keep,
    subject: formSubject(A), when: '2026-11-04 10:00:00',
    note: "the user's own YES consent reply",
    text: `YES - I confirm, please merge.
-- Alex

On Wed, Nov 4, 2026 at 9:10 AM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
> IRREVERSIBLE. Reply YES and we'll go ahead.`,
  }),
  mk({
    slug: 'un-en-ooo', kind: 'unrelated', lang: 'en', caseId: P, enc: 'ascii7', to: PRIYA.keep, extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    subject: `Automatic reply: ${formSubject(P)}`, when: '2026-11-04 09:30:00',
    note: "an agent's out-of-office auto-reply",
    text: `Out of office until Nov 9. Your case ${P} is monitored by the team.`,
  }),
  mk({
    slug: 'un-en-other-case', kind: 'unrelated', lang: 'en', caseId: CASE.mariaOther, enc: 'utf8qp', from: AWS_NOTIFY, to: MARIA.keep, trap: true,
    subject: `Case ${CASE.mariaOther} received: exam rescheduling`, when: '2026-11-01 10:00:00',
    note: "receipt of the user's other case (exam rescheduling), says its topic",
    text: `✅ Received
Case ${CASE.mariaOther} - exam rescheduling request
An agent will reply soon.`,
  }),
  mk({
    slug: 'un-en-billing', kind: 'unrelated', lang: 'en', caseId: null, enc: 'utf8qp', from: 'AWS Training <no-reply@aws.training>', to: ALEX.keep, trap: true,
    subject: 'Payment completed ✅', when: '2026-10-30 10:00:00',
    note: 'exam payment receipt with ✅ completed',
    text: `Payment: ✅ completed
Exam: DVA-C02  Amount: USD 150`,
  }),
  mk({
    slug: 'un-en-colleague', kind: 'unrelated', lang: 'en', caseId: null, enc: 'utf8qp', from: 'Sam Lee <sam.lee@work.example.net>', to: ALEX.src, trap: true,
    subject: 'mine got merged too', when: '2026-11-06 13:00:00',
    note: "a colleague's chatty mail about his own merge",
    text: `hey, mine got merged ✅ took 3 days. badges moved after I pinged them. good luck!`,
  }),
  // ---------------- extra shapes ----------------
  mk({
    slug: 'un-en-credly-merge', kind: 'unrelated', lang: 'en', caseId: null, enc: 'ascii7', from: 'Credly <no-reply@credly.com>', to: PRIYA.keep, trap: true,
    subject: 'Complete Account Merge', when: '2026-11-09 08:00:00',
    note: "Credly's own account-merge verification code",
    text: `To complete the account merge, enter this code: 730215
Status: waiting for code`,
  }),
  mk({
    slug: 'sr-en-writefrom', kind: 'support_reply', lang: 'en', caseId: M, enc: 'ascii7', to: MARIA.src,
    subject: formSubject(M), when: '2026-11-04 15:00:00',
    note: 'write to us from the address you keep, no data requested',
    text: `Hi Maria,
From: ${MARIA.src}  [x] received
From: ${MARIA.keep} [ ] please write from this one
We can only act on requests sent from the account you keep.
AWS T&C`,
  }),
  mk({
    slug: 'info-en-outlook', kind: 'info_request', lang: 'en', caseId: A, enc: 'utf8qp', to: ALEX.keep,
    subject: formSubject(A), when: '2026-11-03 14:00:00',
    note: 'which account to keep (🔑 Keep: ?) over an Outlook Original Message thread',
    text: `Alex,
🔑 Keep: ?
📦 Merge in: ?
Tell us which is which and we'll prepare it.
Dana

-----Original Message-----
From: Alex Kim <${ALEX.keep}>
Sent: Monday, November 2, 2026 4:03 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: account-assistance

${ALEX_ASK}`,
  }),
  mk({
    slug: 'conf-en-gmail-typo', kind: 'confirmation_request', lang: 'en', caseId: P, enc: 'utf8b64', to: PRIYA.keep,
    subject: formSubject(P), when: '2026-11-05 08:10:00',
    note: 'consent request with typo (irreversable) over a Gmail quote',
    text: `Priya - all set on our side.
Heads up, this is irreversable. Reply "go ahead" if you're happy for ${PRIYA.src} to be folded into ${PRIYA.keep}.
Ravi

On Wed, Nov 4, 2026 at 10:12 PM Priya Nair <${PRIYA.keep}> wrote:
> Keep ${PRIYA.keep} (${PRIYA.keepId}), the other is ${PRIYA.srcId}.`,
  }),
  mk({
    slug: 'merge-en-teamlist', kind: 'merge_completed', lang: 'en', caseId: '1786611200450', enc: 'ascii7', to: 'cert-admins@work.example.net',
    subject: formSubject('1786611200450'), when: '2026-11-06 11:00:00',
    note: 'a completion for a case owned by a team list the user is not on',
    text: `Merge: DONE
AWS55001122 -> AWS55001199`,
  }),
];
