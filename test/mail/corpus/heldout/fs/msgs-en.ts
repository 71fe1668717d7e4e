// fs set, English messages. Terse voice: one-liners, shorthand, key: value lines.
import type { Msg } from './lib.js';
import { C, CREDLY_AWS, FORM, LENA, MEI, NOAH, NOREPLY, RAJ, SAM, fwdEn, gmailEn, mk, origMsg, outlookEn, ref, sf, sigEn, subj, subj0, to } from './common.js';

const samReq = `Need my 2 cert accts merged.
keep: ${SAM.keep} (${SAM.keepId})
old: ${SAM.src} (${SAM.srcId})
thx, Sam`;

const html = (body: string): string => `<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
${body}
</body></html>`;

export const EN: Msg[] = [
  // ---------------- acknowledgement (6) ----------------
  mk({
    slug: 'en-ack-sam', kind: 'acknowledgement', lang: 'en', caseId: C.sam,
    note: 'automatic case receipt with ID and ETA',
    from: NOREPLY, to: to(SAM.name, SAM.keep), subject: `[CASE ${C.sam}] Case received`,
    when: '2026-02-03 16:22:05', tz: '-0500', enc: 'ascii7',
    text: `Case rcvd.
ID: ${C.sam}
Queue: T&C / account-assistance
ETA: ~24h
Pls don't open a 2nd case for the same ask.

Amazon Web Services`,
  }),
  mk({
    slug: 'en-ack-lena-form', kind: 'acknowledgement', lang: 'en', caseId: C.lena,
    note: 'form submission receipt; reply updates the case',
    from: FORM, to: to(LENA.name, LENA.keep), subject: subj0(C.lena),
    when: '2026-03-18 08:03:44', tz: '+0100', enc: 'utf8qp',
    text: `Submission logged -> case ${C.lena}.
Agent reply to follow (1 business day).
Reply to this mail = update to case.

${ref('Lx82')}`,
  }),
  mk({
    slug: 'en-ack-mei-fields', kind: 'acknowledgement', lang: 'en', caseId: C.mei, trap: true,
    note: 'receipt that lists the submitted fields including "merge"; still the receipt',
    from: NOREPLY, to: to(MEI.name, MEI.keep), subject: `Case ${C.mei} opened`,
    when: '2026-04-02 01:15:39', tz: '+0800', enc: 'ascii7',
    text: `Received:
- name: Mei Chen
- company: (blank)
- candidate ID: ${MEI.keepId}
- request: merge 2 accts
Next: review by agent.`,
  }),
  mk({
    slug: 'en-ack-noah-html', kind: 'acknowledgement', lang: 'en', caseId: C.noah,
    note: 'HTML-only case-created notice',
    from: NOREPLY, to: to(NOAH.name, NOAH.keep), subject: `AWS Support: case ${C.noah} created`,
    when: '2026-09-08 20:47:12', tz: '-0700', enc: 'utf8qp',
    html: html(`<table cellpadding="4">
<tr><td><b>Case ID</b></td><td>${C.noah}</td></tr>
<tr><td><b>Subject</b></td><td>Certification account merge</td></tr>
<tr><td><b>Status</b></td><td>Unassigned</td></tr>
<tr><td><b>Next</b></td><td>Agent reply, usually &lt; 24h</td></tr>
</table>
<p>Reply to this email to add info.</p>`),
  }),
  mk({
    slug: 'en-ack-raj-bodyonly', kind: 'acknowledgement', lang: 'en', caseId: C.raj,
    note: 'receipt with the case ID only in the body',
    from: NOREPLY, to: to(RAJ.name, RAJ.keep), subject: 'We got your request',
    when: '2026-10-05 06:40:21', tz: '+0530', enc: 'ascii7', crlf: false,
    text: `Got it.
Case #: ${C.raj}
Status: open / awaiting agent
Don't reply w/ passwords.`,
  }),
  mk({
    slug: 'en-ack-sam-dup', kind: 'acknowledgement', lang: 'en', caseId: C.samDup,
    note: 'receipt of the duplicate case the user opened by mistake',
    from: NOREPLY, to: to(SAM.name, SAM.keep), subject: `[CASE ${C.samDup}] Case received`,
    when: '2026-02-05 09:12:00', tz: '-0500', enc: 'utf8b64',
    text: `New case: ${C.samDup}
Type: Training & Certification
Heads-up: you have an open case on this topic → duplicates delay replies.`,
  }),

  // ---------------- ai_answer (5) ----------------
  mk({
    slug: 'en-ai-tool', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'AI answer pointing to the Merge Accounts tool',
    from: NOREPLY, to: to(SAM.name, SAM.keep), subject: 'Suggested answer',
    when: '2026-02-03 16:18:40', tz: '-0500', enc: 'ascii7',
    text: `Auto-answer (AI):
Try Merge Accounts tool. Profile > Merge Accounts.
Both accts w/ cert history? Tool won't work -> Create case.
Helpful? Y / N`,
  }),
  mk({
    slug: 'en-ai-misaligned', kind: 'ai_answer', lang: 'en', caseId: null, trusted: false, auth: 'misaligned',
    note: 'automated suggestion, but DKIM is for a bulk sender and dmarc=fail: untrusted',
    from: NOREPLY, to: to(LENA.name, LENA.keep), subject: 'Suggested fix for your request',
    when: '2026-03-18 07:59:10', tz: '+0100', enc: 'utf8qp',
    text: `Suggested fix (automated):
Self-service merge → certification portal → Profile → Merge Accounts.
Didn't work? Open a case.`,
  }),
  mk({
    slug: 'en-ai-aftermerge-alt', kind: 'ai_answer', lang: 'en', caseId: null, trap: true,
    note: 'AI answer describing what happens after a merge: stays ai_answer',
    from: NOREPLY, to: to(MEI.name, MEI.keep), subject: 'Answer from AWS Support (automated)',
    when: '2026-04-02 01:10:27', tz: '+0800', enc: 'utf8b64',
    text: `AI-generated. Might be wrong.
After merge: certs, benefits, badges → kept acct.
Old login stops working.
Start w/ Merge Accounts tool.`,
    html: html(`<p><i>AI-generated. Might be wrong.</i></p>
<p>After merge: certs, benefits, badges &rarr; kept acct.<br>Old login stops working.</p>
<p>Start w/ <b>Merge Accounts</b> tool.</p>`),
  }),
  mk({
    slug: 'en-ai-steps', kind: 'ai_answer', lang: 'en', caseId: null, trap: true,
    note: 'automated how-to ending in "Done."; describes steps, reports nothing',
    from: 'AWS Training and Certification <no-reply@aws.training>', to: to(NOAH.name, NOAH.keep), subject: 'Automated answer: merging accounts',
    when: '2026-09-08 20:40:55', tz: '-0700', enc: 'ascii7',
    text: `Self-service merge avail.
1) sign in to keep acct
2) Profile
3) Merge Accounts
4) enter other acct creds
Done.
(auto-generated)`,
  }),
  mk({
    slug: 'en-ai-article-case', kind: 'ai_answer', lang: 'en', caseId: C.raj, trap: true,
    note: 'automated related-article mail on the case; mentions resolving/closing but is automated advice',
    from: NOREPLY, to: to(RAJ.name, RAJ.keep), subject: `Case ${C.raj}: articles that may help`,
    when: '2026-10-05 06:45:02', tz: '+0530', enc: 'ascii7',
    text: `Automated reply - case ${C.raj}
Related: "Merging certification accounts"
Fixed it? Reply "resolved" and we'll close it. Else an agent will follow up.`,
  }),

  // ---------------- info_request (7) ----------------
  mk({
    slug: 'en-info-sam-ids', kind: 'info_request', lang: 'en', caseId: C.sam,
    note: 'needs both IDs, login emails and which account stays',
    from: FORM, to: to(SAM.name, SAM.keep), subject: subj(C.sam),
    when: '2026-02-04 11:31:17', tz: '-0500', enc: 'ascii7',
    text: `Hi Sam,
Need both IDs + login emials. Which acct stays?

${sigEn('Ravi', 1)}

${gmailEn('Tue, Feb 3, 2026 at 4:20 PM', `Sam Okafor <${SAM.keep}>`, samReq)}`,
  }),
  mk({
    slug: 'en-info-lena-confirmemail', kind: 'info_request', lang: 'en', caseId: C.lena, trap: true,
    note: '"pls confirm the email you want to keep" asks for data: info_request',
    from: FORM, to: to(LENA.name, LENA.keep), subject: subj(C.lena),
    when: '2026-03-19 10:14:52', tz: '+0100', enc: 'utf8qp',
    text: `Lena -
Pls confirm the email you want to keep + its candidate ID.
Thx

${sigEn('Tomasz', 2)}`,
  }),
  mk({
    slug: 'en-info-mei-outlook', kind: 'info_request', lang: 'en', caseId: C.mei,
    note: 'top-posted over an Outlook quote: old account ID missing',
    from: FORM, to: to(MEI.name, MEI.keep), subject: subj(C.mei),
    when: '2026-04-03 14:05:33', tz: '+0800', enc: 'ascii7',
    text: `Missing: old acct's candidate ID. Can't locate by email alone.
Send it & we continue.
-Aisha

${outlookEn(`Mei Chen <${MEI.keep}>`, 'Thursday, April 2, 2026 11:47 AM', 'aws-cs-trainingcertification-form@amazon.com', subj(C.mei), `Old one was under ${MEI.src}, I don't remember the ID. Keep ${MEI.keepId}.`)}`,
  }),
  mk({
    slug: 'en-info-raj-resent', kind: 'info_request', lang: 'en', caseId: C.raj, forUser: false,
    note: 'information request redirected by the old employer (Resent-*): forUser false',
    from: FORM, to: to(RAJ.name, RAJ.src), subject: subj(C.raj),
    when: '2026-10-06 12:20:08', tz: '+0530', enc: 'ascii7',
    resent: { from: 'mail-admin@consult.example.com', to: 'alumni-forward@consult.example.com', date: 'Tue, 6 Oct 2026 13:01:44 +0530' },
    text: `Need:
- keep acct email
- other acct email
- both candidate IDs
Then we can proceed.
Carlos`,
  }),
  mk({
    slug: 'en-info-phish', kind: 'info_request', lang: 'en', caseId: C.noah, trusted: false, auth: 'dkimonly',
    note: 'phishing for login and password from a look-alike domain (DKIM aligned to that domain only)',
    from: 'AWS Certification Support <support@amazon-certification-support.com>', to: to(NOAH.name, NOAH.keep), subject: `[CASE ${C.noah}] Verify identity`,
    when: '2026-09-09 03:33:33', tz: '-0700', enc: 'ascii7',
    text: `Verify identity: reply w/ login email + password.
24h or merge cancelled.`,
  }),
  mk({
    slug: 'en-info-mobile', kind: 'info_request', lang: 'en', caseId: C.lena,
    note: 'short follow-up from a phone asking for the Skill Builder email',
    from: FORM, to: to(LENA.name, LENA.keep), subject: subj(C.lena),
    when: '2026-03-20 18:51:09', tz: '+0100', enc: 'utf8b64',
    text: `Got it. One more: Skill Builder email on the old acct? thx

Sent from Outlook for iOS`,
  }),
  mk({
    slug: 'en-info-bothkeep', kind: 'info_request', lang: 'en', caseId: C.noah, trap: true,
    note: 'acknowledges the reply, still needs which account to keep',
    from: FORM, to: to(NOAH.name, NOAH.keep), subject: subj(C.noah),
    when: '2026-09-10 09:25:41', tz: '-0700', enc: 'ascii7',
    text: `Rcvd your reply. Still need: which acct to keep? Both marked "keep".
${sigEn('Jenna', 4)}`,
  }),

  // ---------------- confirmation_request (6) ----------------
  mk({
    slug: 'en-conf-sam-yn', kind: 'confirmation_request', lang: 'en', caseId: C.sam,
    note: 'consent question: irreversible merge, Y/N',
    from: FORM, to: to(SAM.name, SAM.keep), subject: subj(C.sam),
    when: '2026-02-06 10:07:29', tz: '-0500', enc: 'ascii7',
    text: `Merge ${SAM.srcId} -> ${SAM.keepId}.
Irreversible. Confirm Y/N?

${sigEn('Ravi', 1)}`,
  }),
  mk({
    slug: 'en-conf-lena-agree', kind: 'confirmation_request', lang: 'en', caseId: C.lena,
    note: 'asks for "I agree" before running the permanent merge',
    from: FORM, to: to(LENA.name, LENA.keep), subject: subj(C.lena),
    when: '2026-03-23 09:40:18', tz: '+0100', enc: 'utf8qp',
    text: `All info in. Before we run it:
merge = permanent, old acct gone.
Reply "I agree" to proceed.
— Tomasz`,
  }),
  mk({
    slug: 'en-conf-forgedbelow', kind: 'confirmation_request', lang: 'en', caseId: C.mei, trusted: false, auth: 'forgedBelow',
    note: 'consent request whose only dmarc=pass sits below the server\'s Received line: untrusted',
    from: FORM, to: to(MEI.name, MEI.keep), subject: subj(C.mei),
    when: '2026-04-05 02:02:02', tz: '+0800', enc: 'ascii7',
    text: `Confirm merge: reply YES.
-- T&C`,
  }),
  mk({
    slug: 'en-conf-wrongperson', kind: 'confirmation_request', lang: 'en', caseId: '1775520981',
    note: 'consent request addressed to another person (not the user): forUser false', forUser: false,
    from: FORM, to: 'J. Okafor <j.okafor@example.net>', subject: subj('1775520981'),
    when: '2026-02-06 10:09:51', tz: '-0500', enc: 'ascii7',
    text: `Confirm merge? Y/N. Cannot undo.
Ravi`,
  }),
  mk({
    slug: 'en-conf-mei-alt', kind: 'confirmation_request', lang: 'en', caseId: C.mei,
    note: 'multipart: ready to merge, needs written OK',
    from: FORM, to: to(MEI.name, MEI.keep), subject: subj(C.mei),
    when: '2026-04-06 15:30:12', tz: '+0800', enc: 'utf8b64',
    text: `Ready to merge.
Need your OK in writing → can't be reversed.
Reply here.
Aisha`,
    html: html(`<p>Ready to merge.</p><p>Need your OK in writing &rarr; can't be reversed.</p><p>Reply here.<br>Aisha</p>`),
  }),
  mk({
    slug: 'en-conf-raj-bottom', kind: 'confirmation_request', lang: 'en', caseId: C.raj,
    note: 'bottom-posted under the quote: restates keep/drop and asks go-ahead',
    from: FORM, to: to(RAJ.name, RAJ.keep), subject: subj(C.raj),
    when: '2026-10-07 11:11:45', tz: '+0530', enc: 'ascii7',
    text: `${gmailEn('Tue, Oct 6, 2026 at 9:02 PM', `Raj Patel <${RAJ.keep}>`, `keep ${RAJ.keep} / ${RAJ.keepId}
other ${RAJ.src} / ${RAJ.srcId}`)}

ok. so:
keep = ${RAJ.keep}
drop = ${RAJ.src}
Merge is final. Go ahead? y/n
Carlos`,
  }),

  // ---------------- merge_completed (6) ----------------
  mk({
    slug: 'en-mc-sam-done', kind: 'merge_completed', lang: 'en', caseId: C.sam,
    note: 'support: merge done, certs and benefits on the kept ID',
    from: FORM, to: to(SAM.name, SAM.keep), subject: subj(C.sam),
    when: '2026-02-09 14:45:03', tz: '-0500', enc: 'ascii7',
    text: `Merge: done.
Certs + benefits on ${SAM.keepId} now.
-- Ravi`,
  }),
  mk({
    slug: 'en-mc-lookalikeserver', kind: 'merge_completed', lang: 'en', caseId: C.lena, trusted: false, auth: 'lookalikeServer',
    note: 'merged notice whose Authentication-Results comes from a look-alike authserv-id: untrusted',
    from: FORM, to: to(LENA.name, LENA.keep), subject: subj(C.lena),
    when: '2026-03-25 04:17:36', tz: '+0100', enc: 'utf8qp',
    text: `Accounts merged ✔
Log in w/ keep email.`,
  }),
  mk({
    slug: 'en-mc-portal-alt', kind: 'merge_completed', lang: 'en', caseId: null,
    note: 'certification portal\'s own merge notice, no case ID',
    from: 'AWS Certification <no-reply@certification.aws.training>', to: to(MEI.name, MEI.keep), subject: 'Your AWS Certification accounts have been merged',
    when: '2026-04-08 03:00:00', tz: '+0000', enc: 'ascii7',
    text: `Accounts merged.
Primary: ${MEI.keep}
Not you? Contact support.`,
    html: html(`<p><b>Accounts merged.</b></p><p>Primary: ${MEI.keep}</p><p>Not you? Contact support.</p>`),
  }),
  mk({
    slug: 'en-mc-raj-closing', kind: 'merge_completed', lang: 'en', caseId: C.raj, trap: true,
    note: 'merged, and closing the case: the new fact is the merge',
    from: FORM, to: to(RAJ.name, RAJ.keep), subject: subj(C.raj),
    when: '2026-10-08 17:02:58', tz: '+0530', enc: 'ascii7',
    text: `Merged. Closng case on our side.
Reopen = reply.
${sigEn('Carlos', 3)}`,
  }),
  mk({
    slug: 'en-mc-noah-check', kind: 'merge_completed', lang: 'en', caseId: C.noah,
    note: 'done, asks user to check all looks right: stays merge_completed',
    from: FORM, to: to(NOAH.name, NOAH.keep), subject: subj(C.noah),
    when: '2026-09-14 13:26:07', tz: '-0700', enc: 'utf8b64',
    text: `Done ✔ old acct (${NOAH.srcId}) folded into ${NOAH.keepId}.
Pls check all looks right.
Jenna`,
  }),
  mk({
    slug: 'en-mc-sf-thread', kind: 'merge_completed', lang: 'en', caseId: C.mei,
    note: 'top-posted completion over a Salesforce-quoted consent',
    from: FORM, to: to(MEI.name, MEI.keep), subject: subj(C.mei),
    when: '2026-04-08 10:48:29', tz: '+0800', enc: 'ascii7',
    text: `Merge complete - see below.
Both certs under ${MEI.keepId}.
-Aisha

${sf(`Mei Chen <${MEI.keep}>`, '4/6/2026 9:15 PM', 'aws-cs-trainingcertification-form@amazon.com', subj(C.mei), 'OK, go ahead. I understand it cannot be undone.')}

${ref('Mc19')}`,
  }),

  // ---------------- badges_transferred (6) ----------------
  mk({
    slug: 'en-bd-credly-dva', kind: 'badges_transferred', lang: 'en', caseId: null,
    note: 'AWS badge issued via Credly to the kept account',
    from: CREDLY_AWS, to: to(SAM.name, SAM.keep), subject: 'Amazon Web Services Training and Certification issued you a badge',
    when: '2026-02-11 05:14:42', tz: '+0000', enc: 'ascii7',
    text: `New badge: AWS Certified Developer - Associate
Issuer: Amazon Web Services Training and Certification
Accept your badge: https://www.credly.com/earner/earned`,
    html: html(`<p>New badge: <b>AWS Certified Developer - Associate</b></p><p>Issuer: Amazon Web Services Training and Certification</p><p><a href="https://www.credly.com/earner/earned">Accept your badge</a></p>`),
  }),
  mk({
    slug: 'en-bd-lena-moved', kind: 'badges_transferred', lang: 'en', caseId: C.lena,
    note: 'support says badges moved to Credly under the kept email',
    from: FORM, to: to(LENA.name, LENA.keep), subject: subj(C.lena),
    when: '2026-03-30 11:39:21', tz: '+0200', enc: 'ascii7',
    text: `Badges moved. 4x on Credly under ${LENA.keep} now.
T.

${gmailEn('Sat, Mar 28, 2026 at 10:02 AM', `Lena Fischer <${LENA.keep}>`, 'Merge looks good, thanks. Badges still on the old Credly profile though.')}`,
  }),
  mk({
    slug: 'en-bd-failthenforged', kind: 'badges_transferred', lang: 'en', caseId: C.noah, trusted: false, auth: 'failThenForged',
    note: 'badges-moved message: top Authentication-Results fails, a planted pass sits lower: untrusted',
    from: FORM, to: to(NOAH.name, NOAH.keep), subject: subj(C.noah),
    when: '2026-09-16 02:12:40', tz: '-0700', enc: 'ascii7',
    text: `Badges transferred.
Sign in to Credly to view -> http://credly-badges-view.example.net/login`,
  }),
  mk({
    slug: 'en-bd-close', kind: 'badges_transferred', lang: 'en', caseId: C.sam, trap: true,
    note: 'badges moved and closing: badges_transferred',
    from: FORM, to: to(SAM.name, SAM.keep), subject: subj(C.sam),
    when: '2026-02-13 16:30:11', tz: '-0500', enc: 'utf8qp',
    text: `Badges: moved ✔
Closing case.
${sigEn('Ravi', 2)}`,
  }),
  mk({
    slug: 'en-bd-credly-ccp-html', kind: 'badges_transferred', lang: 'en', caseId: null,
    note: 'HTML-only Credly mail: AWS badge earned on the kept account',
    from: CREDLY_AWS, to: to(MEI.name, MEI.keep), subject: "You've earned a badge from Amazon Web Services Training and Certification",
    when: '2026-04-10 07:55:16', tz: '+0000', enc: 'utf8b64',
    html: html(`<p>Congrats, Mei.</p><p>Badge: <b>AWS Certified Cloud Practitioner</b></p><p><a href="https://www.credly.com/earner/earned">Accept your badge</a></p><p style="color:#999;font-size:11px">Credly &middot; Pearson</p>`),
  }),
  mk({
    slug: 'en-bd-raj-fixed', kind: 'badges_transferred', lang: 'en', caseId: C.raj,
    note: 'support: badge issue fixed, all badges show on the kept email',
    from: FORM, to: to(RAJ.name, RAJ.keep), subject: subj(C.raj),
    when: '2026-10-12 10:03:37', tz: '+0530', enc: 'ascii7',
    text: `Re badges: fixed. Credly shows all 3 on ${RAJ.keep}.
Carlos

${origMsg(`Raj Patel <${RAJ.keep}>`, 'Saturday, October 10, 2026 8:14 PM', subj(C.raj), 'badges didnt come over w/ the merge. pls check')}`,
  }),

  // ---------------- case_closed (6) ----------------
  mk({
    slug: 'en-cc-resolved', kind: 'case_closed', lang: 'en', caseId: C.mei,
    note: 'resolved and closing; reopen window',
    from: FORM, to: to(MEI.name, MEI.keep), subject: subj(C.mei),
    when: '2026-04-14 09:00:51', tz: '+0800', enc: 'ascii7',
    text: `Resolved -> closing.
Reply w/in 14d to reopen.
${sigEn('Aisha', 1)}`,
  }),
  mk({
    slug: 'en-cc-autoclose', kind: 'case_closed', lang: 'en', caseId: C.noah,
    note: 'no reply for 5 days, auto-close in 2 days',
    from: NOREPLY, to: to(NOAH.name, NOAH.keep), subject: `Case ${C.noah}: pending your reply`,
    when: '2026-09-22 12:00:00', tz: '-0700', enc: 'ascii7',
    text: `No reply 5 days.
Auto-close in 2 days.
Still need help -> reply.`,
  }),
  mk({
    slug: 'en-cc-restate', kind: 'case_closed', lang: 'en', caseId: C.lena, trap: true,
    note: 'closing that only restates the earlier merge',
    from: FORM, to: to(LENA.name, LENA.keep), subject: subj(C.lena),
    when: '2026-04-03 15:19:28', tz: '+0200', enc: 'utf8qp',
    text: `Merged on 3/24 (see thread). Nothing pending → closing.
Tomasz`,
  }),
  mk({
    slug: 'en-cc-status', kind: 'case_closed', lang: 'en', caseId: C.sam,
    note: 'status notice: resolved',
    from: NOREPLY, to: to(SAM.name, SAM.keep), subject: `Case ${C.sam} resolved`,
    when: '2026-02-14 08:00:00', tz: '-0500', enc: 'utf8b64',
    text: `Case ${C.sam}
Status: Resolved
Closed by: agent
Need more? Reopen from Support Center.`,
  }),
  mk({
    slug: 'en-cc-dupcases', kind: 'case_closed', lang: 'en', caseId: C.samDup, trap: true,
    note: 'duplicate support case merged into the main case and closed: not the account merge',
    from: FORM, to: to(SAM.name, SAM.keep), subject: subj(C.samDup),
    when: '2026-02-05 13:47:19', tz: '-0500', enc: 'ascii7',
    text: `Dup. Merged this case into ${C.sam} -> this one closed.
Continue on ${C.sam}.`,
  }),
  mk({
    slug: 'en-cc-html', kind: 'case_closed', lang: 'en', caseId: C.raj,
    note: 'HTML-only closed notice',
    from: NOREPLY, to: to(RAJ.name, RAJ.keep), subject: `Your case ${C.raj} has been closed`,
    when: '2026-10-15 04:30:00', tz: '+0000', enc: 'utf8qp',
    html: html(`<p><b>Case closed</b></p><p>Case ID: ${C.raj}</p><p>Reopen within 14 days: reply to this email.</p>`),
  }),

  // ---------------- support_reply (7) ----------------
  mk({
    slug: 'en-sr-thanksconfirm', kind: 'support_reply', lang: 'en', caseId: C.sam, trap: true,
    note: 'thanks for confirming, passed to merge team',
    from: FORM, to: to(SAM.name, SAM.keep), subject: subj(C.sam),
    when: '2026-02-07 09:14:55', tz: '-0500', enc: 'ascii7',
    text: `Thx for confirming. Passed to merge team.
ETA 1-3 days.
Ravi`,
  }),
  mk({
    slug: 'en-sr-notdone', kind: 'support_reply', lang: 'en', caseId: C.lena, trap: true,
    note: 'merge not done yet: status update',
    from: FORM, to: to(LENA.name, LENA.keep), subject: subj(C.lena),
    when: '2026-03-24 17:44:02', tz: '+0100', enc: 'utf88bit',
    text: `Merge not done yet. Backend queue.
Update tmrw.
T.`,
  }),
  mk({
    slug: 'en-sr-cantmerge', kind: 'support_reply', lang: 'en', caseId: C.noah, trap: true,
    note: 'unable to merge while an exam is booked on the source account',
    from: FORM, to: to(NOAH.name, NOAH.keep), subject: subj(C.noah),
    when: '2026-09-11 10:31:18', tz: '-0700', enc: 'ascii7',
    text: `Can't merge: src acct has exam booked 9/19.
After exam -> reply here.
Jenna`,
  }),
  mk({
    slug: 'en-sr-escalated', kind: 'support_reply', lang: 'en', caseId: C.mei,
    note: 'escalated to tier 2',
    from: FORM, to: to(MEI.name, MEI.keep), subject: subj(C.mei),
    when: '2026-04-04 11:58:34', tz: '+0800', enc: 'utf8qp',
    text: `Escalted → T2.
ETA 48h.
${sigEn('Aisha', 4)}`,
  }),
  mk({
    slug: 'en-sr-mergedcases', kind: 'support_reply', lang: 'en', caseId: C.raj, trap: true,
    note: '"merged your 2 cases into this one": about support cases, not accounts',
    from: FORM, to: to(RAJ.name, RAJ.keep), subject: subj(C.raj),
    when: '2026-10-06 09:05:50', tz: '+0530', enc: 'ascii7',
    text: `FYI merged your 2 cases into this one. Keep replying here.
Carlos`,
  }),
  mk({
    slug: 'en-sr-fromkeep', kind: 'support_reply', lang: 'en', caseId: C.noah, trap: true,
    note: 'asks to write from the kept address, asks for no data: support_reply',
    from: FORM, to: to(NOAH.name, NOAH.src), subject: subj(C.noah),
    when: '2026-09-09 15:12:26', tz: '-0700', enc: 'ascii7',
    text: `Pls write from the keep email - we can only act on requests from the acct owner.
Jenna`,
  }),
  mk({
    slug: 'en-sr-eta', kind: 'support_reply', lang: 'en', caseId: C.lena,
    note: 'short status with ETA, mixed shorthand',
    from: FORM, to: to(LENA.name, LENA.keep), subject: subj(C.lena),
    when: '2026-03-21 08:47:11', tz: '+0100', enc: 'ascii7', crlf: false,
    text: `Status: in progress.
Owner: T&C accounts team.
Next update: Mon.
${sigEn('Tomasz', 3)}`,
  }),

  // ---------------- unrelated (8) ----------------
  mk({
    slug: 'en-un-survey', kind: 'unrelated', lang: 'en', caseId: C.sam, trap: true,
    note: 'two-word survey: issue resolved?',
    from: NOREPLY, to: to(SAM.name, SAM.keep), subject: `How did we do? Case ${C.sam}`,
    when: '2026-02-15 10:00:00', tz: '-0500', enc: 'ascii7',
    text: `Resolved? Y/N
https://survey.example-aws.com/s/${C.sam}`,
  }),
  mk({
    slug: 'en-un-own-yes', kind: 'unrelated', lang: 'en', caseId: C.sam, trusted: false, trap: true, auth: 'none',
    note: 'the user\'s own two-word consent reply (copy in his mailbox)',
    from: to(SAM.name, SAM.keep), to: 'aws-cs-trainingcertification-form@amazon.com', cc: SAM.keep, subject: subj(C.sam),
    when: '2026-02-06 12:33:08', tz: '-0500', enc: 'ascii7', relay: 'smtp.example.com',
    text: `Y. Merge pls.
-Sam

Sent from my iPhone

> On Feb 6, 2026, at 10:07 AM, AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
>
> Merge ${SAM.srcId} -> ${SAM.keepId}.
> Irreversible. Confirm Y/N?`,
  }),
  mk({
    slug: 'en-un-hashicorp', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'Credly badge from HashiCorp, not AWS',
    from: 'HashiCorp via Credly <admin@credly.com>', to: to(NOAH.name, NOAH.keep), subject: 'HashiCorp issued you a badge',
    when: '2026-09-18 18:20:00', tz: '+0000', enc: 'utf8qp',
    text: `New badge: HashiCorp Certified: Terraform Associate (003)
Accept your badge → https://www.credly.com/earner/earned`,
  }),
  mk({
    slug: 'en-un-reinvent', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'event marketing talking about badges and certifications',
    from: 'AWS Events <aws-events@amazon.com>', to: to(LENA.name, LENA.keep), subject: 're:Invent: certified lounge, badges & more',
    when: '2026-10-20 15:00:00', tz: '+0000', enc: 'utf8b64',
    text: `re:Invent 2026
Certified? → lounge access. Show your badge.
Register: https://reinvent.awsevents.com/`,
    html: html(`<h2>re:Invent 2026</h2><p>Certified? &rarr; lounge access. Show your badge.</p><p><a href="https://reinvent.awsevents.com/">Register</a></p>`),
  }),
  mk({
    slug: 'en-un-colleague-fwd', kind: 'unrelated', lang: 'en', caseId: null, trusted: false, trap: true,
    note: 'a colleague forwards an old merge thread as an example: not from support',
    from: 'Jonas Weber <jonas.weber@agentur.example.de>', to: to(LENA.name, LENA.src), subject: 'Fwd: RE: cert acct merge',
    when: '2026-03-17 13:02:19', tz: '+0100', enc: 'utf8qp',
    text: `fyi – how mine went last yr.
~J

${fwdEn('AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>', 'Wed, Nov 12, 2025 at 3:11 PM', 'RE: cert acct merge', 'jonas.weber@agentur.example.de', 'Accounts merged. Thank you for your patience.')}`,
  }),
  mk({
    slug: 'en-un-exampass', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'exam result; mentions the badge coming via Credly',
    from: 'AWS Certification <aws-certification@amazon.com>', to: to(RAJ.name, RAJ.keep), subject: 'Your exam results',
    when: '2026-10-25 22:10:00', tz: '+0000', enc: 'ascii7',
    text: `Result: PASS
Exam: AWS Certified Security - Specialty
Badge via Credly in ~5 business days.`,
  }),
  mk({
    slug: 'en-un-oldco-auto', kind: 'unrelated', lang: 'en', caseId: C.raj, trusted: false,
    note: 'old employer\'s auto-reply: user left, mailbox not monitored',
    from: 'Consult Example Mail <no-reply@consult.example.com>', to: to(RAJ.name, RAJ.src), subject: `Automatic reply: ${subj(C.raj)}`,
    when: '2026-10-06 12:20:40', tz: '+0530', enc: 'ascii7', crlf: false, extra: ['Auto-Submitted: auto-replied'],
    text: `Auto: Raj no longer w/ company. Mailbox not monitored.`,
  }),
  mk({
    slug: 'en-un-voucher-closed', kind: 'unrelated', lang: 'en', caseId: C.noahVoucher, trap: true,
    note: 'the user\'s other case (voucher refund) resolved and closed',
    from: FORM, to: to(NOAH.name, NOAH.keep), subject: `RE:[CASE ${C.noahVoucher}] [AWS Training and Certification Form Submission] - voucher-refund`,
    when: '2026-09-30 14:41:11', tz: '-0700', enc: 'ascii7',
    text: `Voucher refund: processed. Case closed.
Jenna`,
  }),
];
