// Set eg, English messages. Mailboxes: Laura Chen (L&D admin), ld-team alias, Raj Patel (employee).
import type { Msg } from './lib.js';
import { C, CREDLY_AWS, DIEGO, EMILY, LAURA, LD, NOREPLY, OMAR, RAJ, SUP, SUP_ADDR, en, paras, q, ref, sfOrig, subj } from './common.js';

const L = `${LAURA.name} <${LAURA.addr}>`;
const LT = `${LD.name} <${LD.addr}>`;
const R = `${RAJ.name} <${RAJ.addr}>`;
const O = `${OMAR.name} <${OMAR.addr}>`;
const E = `${EMILY.name} <${EMILY.addr}>`;
const D = `${DIEGO.name} <${DIEGO.addr}>`;

const SHEET = `Employee | Keep (candidate ID / email) | Merge from (candidate ID / email)
Raj Patel | ${RAJ.keepId} / ${RAJ.addr} | ${RAJ.srcId} / ${RAJ.old}
Omar Haddad | ${OMAR.keepId} / ${OMAR.addr} | ${OMAR.srcId} / ${OMAR.old}
Emily Brooks | ${EMILY.keepId} / ${EMILY.addr} | ${EMILY.srcId} / ${EMILY.old}
Diego Ruiz | ${DIEGO.keepId} / ${DIEGO.addr} | ${DIEGO.srcId} / ${DIEGO.old}`;

const BULK_REQ = `Hello,

I manage the certification programme at Northwind. Several of our engineers hold two AWS Certification
accounts (one personal, one company). We need everything on the company address for our partner tier.
Spreadsheet below, pasted from Excel:

${SHEET}

All four have agreed. Can you process them together?
Laura Chen, Learning & Development`;

export const EN: Msg[] = [
  // ---------------- acknowledgement (6) ----------------
  en({
    slug: 'ack-bulk', kind: 'acknowledgement', from: NOREPLY, to: L, at: '2026-11-02 08:14:09', enc: 'ascii7', caseId: C.bulkEn,
    subject: `Amazon Web Services Support: Case ${C.bulkEn} created`,
    note: 'mailbox: Laura (admin). Automatic receipt for the bulk merge case covering four employees.',
    text: `Hello Laura Chen,

We have opened case ${C.bulkEn} on your behalf:
  Subject: Merge AWS Certification accounts - 4 employees
  Service: AWS Training and Certification

An agent will be in touch. To add details, reply to this email; please don't open a second case for the same request.

Sincerely,
Amazon Web Services`,
  }),
  en({
    slug: 'ack-raj', kind: 'acknowledgement', from: NOREPLY, to: R, cc: L, at: '2026-11-03 11:02:40', enc: 'utf8qp', caseId: C.raj,
    subject: `We've received your request [Case ${C.raj}]`,
    note: 'mailbox: Raj (employee). Receipt of his own case; Laura in Cc.',
    text: `Hi Raj,

Thanks for reaching out to AWS Training & Certification. Your request is now case ${C.raj}.
Our team typically responds within 1-2 business days – you don't need to do anything right now.

AWS Support`,
  }),
  en({
    slug: 'ack-shape-html', kind: 'acknowledgement', from: NOREPLY, to: LT, at: '2026-11-04 16:20:11', enc: 'utf8b64', caseId: C.diego,
    subject: `AWS Support case ${C.diego}`,
    note: 'mailbox: ld-team alias. HTML-only receipt recognisable by its shape (case, status Unassigned, severity).',
    html: `<html><body><table style="font-family:Arial">
<tr><th align="left">Case ID</th><td>${C.diego}</td></tr>
<tr><th align="left">Subject</th><td>Diego Ruiz - two certification accounts</td></tr>
<tr><th align="left">Status</th><td>Unassigned</td></tr>
<tr><th align="left">Severity</th><td>General guidance</td></tr>
<tr><th align="left">Opened by</th><td>${LD.addr}</td></tr>
</table><p>Reply to this message to add correspondence to the case.</p></body></html>`,
  }),
  en({
    slug: 'ack-otheronly', kind: 'acknowledgement', from: NOREPLY, to: L, at: '2026-11-05 02:44:18', enc: 'ascii7', auth: 'otherOnly', trusted: false, caseId: C.omar,
    subject: `Case ${C.omar} received`,
    note: 'mailbox: Laura. Only a foreign authserv-id (mx.google.com) vouches for it, below our server: untrusted receipt.',
    text: `Hello,

Your case ${C.omar} has been received and is awaiting assignment.

Amazon Web Services`,
  }),
  en({
    slug: 'ack-omar-fields', kind: 'acknowledgement', from: NOREPLY, to: L, at: '2026-11-03 09:30:55', enc: 'utf8b64', caseId: C.omar,
    subject: `[Case ${C.omar}] Thank you for contacting AWS Training and Certification`,
    note: 'mailbox: Laura, who filed Omar\'s case. Receipt echoing the fields she submitted.',
    text: `Thank you for contacting us. We received the following:

Name: Omar Haddad (submitted by Laura Chen)
Company: Northwind
Candidate ID: ${OMAR.keepId}
Topic: Account merge

Case number: ${C.omar}. A member of our team will review it shortly.`,
    html: `<p>Thank you for contacting us. We received the following:</p><ul><li>Name: Omar Haddad (submitted by Laura Chen)</li><li>Company: Northwind</li><li>Candidate ID: ${OMAR.keepId}</li><li>Topic: Account merge</li></ul><p>Case number: ${C.omar}. A member of our team will review it shortly.</p>`,
  }),
  en({
    slug: 'ack-emily', kind: 'acknowledgement', from: NOREPLY, to: E, cc: L, at: '2026-11-03 13:01:01', enc: 'ascii7', caseId: C.emily,
    subject: `Case ${C.emily}: we're on it`,
    trap: true,
    note: 'mailbox: Laura (Cc). Receipt of Emily\'s case; "we will review and confirm next steps" only describes the process.',
    text: `Hi Emily,

This is an automated note to let you know case ${C.emily} is open. We will review your request and confirm next steps by email.

-- AWS Support`,
  }),

  // ---------------- ai_answer (5) ----------------
  en({
    slug: 'ai-tool', kind: 'ai_answer', from: NOREPLY, to: L, at: '2026-11-02 08:10:02', enc: 'ascii7',
    subject: 'Suggested answer for your question',
    note: 'mailbox: Laura. AI suggestion to use the Merge Accounts tool before creating a case.',
    text: `Hi Laura,

Based on your question, this might help: employees can combine duplicate certification accounts themselves.
Sign in to the account you want to keep, open Profile > Merge Accounts and enter the other account's credentials.
If both accounts have certifications, the tool will tell you to contact support; in that case select Create case.

This answer was generated with AI.`,
  }),
  en({
    slug: 'ai-org-badges', kind: 'ai_answer', from: NOREPLY, to: L, at: '2026-11-02 08:11:40', enc: 'utf8qp', trap: true,
    subject: 'Automated answer: merging accounts for multiple employees',
    note: 'mailbox: Laura. Automated answer explaining what happens to badges after a merge (general advice, trap).',
    text: `Merges are handled per candidate, so an administrator can't merge on behalf of a group in one step.
Each employee should run Merge Accounts from the account they keep. After the merge completes, certifications appear on the kept account and Credly badges are usually moved to its email address.

Was this helpful? Yes / No - create a case

(Generated by an AI assistant)`,
    html: `<p>Merges are handled per candidate, so an administrator can't merge on behalf of a group in one step.</p><p>Each employee should run <b>Merge Accounts</b> from the account they keep. After the merge completes, certifications appear on the kept account and Credly badges are usually moved to its email address.</p><p>Was this helpful? Yes / No - create a case</p><p><i>(Generated by an AI assistant)</i></p>`,
  }),
  en({
    slug: 'ai-raj', kind: 'ai_answer', from: NOREPLY, to: R, at: '2026-11-03 10:58:31', enc: 'utf8qp',
    subject: 'AWS Support - recommended resources',
    note: 'mailbox: Raj. Generated list of self-service steps shown before his case.',
    text: `Hello Raj,

Here are some resources that may resolve your issue without waiting for an agent:
• Merging duplicate AWS Certification accounts (self-service)
• Updating the email address on your certification profile

Still stuck? Choose "Create case" and we'll route you to a person.

This message was produced automatically.`,
  }),
  en({
    slug: 'ai-ldteam', kind: 'ai_answer', from: NOREPLY, to: LT, at: '2026-11-04 16:15:00', enc: 'ascii7',
    subject: 'Amazon Q answer to your support question',
    note: 'mailbox: ld-team alias. Generative answer on moving a departing employee\'s certifications.',
    text: `Question: Can we move a leaving engineer's certifications to their personal email?

Answer (AI-generated): Certifications belong to the individual. The engineer can sign in to the account they want to keep and use the account-merge option in their certification profile. Your organisation cannot transfer certifications between people.

If this doesn't answer your question, you can open a case.`,
  }),
  en({
    slug: 'ai-close-hint', kind: 'ai_answer', from: NOREPLY, to: L, at: '2026-11-09 07:40:12', enc: 'utf8b64', trap: true,
    subject: 'Answer generated for: badges missing after merge',
    note: 'mailbox: Laura. AI answer saying badges sync after a merge and the case closes once answered; general (trap).',
    text: `Hi Laura,

If an employee's accounts were merged but the Credly badges haven't moved, sign in to Credly with the kept email and accept any pending badges. Badges can take a few days to transfer. If you open a case, it will be closed once an agent has answered.

-- AI-generated response`,
  }),

  // ---------------- info_request (6) ----------------
  en({
    slug: 'info-sheet', kind: 'info_request', from: SUP, to: L, at: '2026-11-03 18:22:10', tz: '+0000', enc: 'ascii7', caseId: C.bulkEn,
    subject: subj(C.bulkEn),
    note: 'mailbox: Laura. Support asks for each employee\'s notification email and certifications before processing the sheet.',
    text: `Hello Laura,

Thanks for the detailed list. Before we can process these, we need two more columns for each person:
the certification notification email (if different from the sign-in email) and the certifications held on each account.
Feel free to reply with the spreadsheet updated.

Regards,
Kevin
AWS Training and Certification Customer Service
${ref('5bulken')}

${sfOrig(LAURA.addr, '11/2/2026 8:13 AM', SUP_ADDR, 'Merge AWS Certification accounts - 4 employees', BULK_REQ)}`,
  }),
  en({
    slug: 'info-omar-only', kind: 'info_request', from: SUP, to: L, at: '2026-11-05 20:05:48', tz: '+0000', enc: 'utf8qp', caseId: C.bulkEn,
    subject: subj(C.bulkEn),
    note: 'mailbox: Laura. In the bulk thread support answers about Omar only and asks for his old sign-in address.',
    text: `Hi Laura,

Raj, Emily and Diego look good on our side. For Omar Haddad we couldn't find an account under ${OMAR.old} – could you check with him which address he signed in with on ${OMAR.srcId}?

Thanks,
Priscilla | AWS T&C Customer Service

On Wed, Nov 4, 2026 at 9:12 AM Laura Chen <${LAURA.addr}> wrote:
${q(`Updated sheet attached inline:\n${SHEET}`)}`,
  }),
  en({
    slug: 'info-emily-only', kind: 'info_request', from: SUP, to: E, at: '2026-11-05 17:17:17', tz: '+0000', enc: 'ascii7', caseId: C.emily, forUser: false, deliveredTo: EMILY.addr,
    subject: subj(C.emily),
    note: 'mailbox: ld-team archive copy; addressed and delivered only to Emily, so not for the user. Asks which account she keeps.',
    text: `Hello Emily,

Which of your two accounts would you like to keep: ${EMILY.keepId} or ${EMILY.srcId}? Please also tell us the email address you use to sign in to it.

AWS Training and Certification`,
  }),
  en({
    slug: 'info-confirm-address', kind: 'info_request', from: SUP, to: R, cc: L, at: '2026-11-04 19:30:00', tz: '+0000', enc: 'utf8b64', caseId: C.raj, trap: true,
    subject: subj(C.raj),
    note: 'mailbox: Raj. "Please confirm the email address you want to keep" asks for information: info_request (trap: confirm).',
    text: `Hi Raj,

Please confirm the email address you want to keep as your sign-in, and the candidate ID shown on that profile. Your manager's sheet lists ${RAJ.addr} but we see a different address on ${RAJ.keepId}.

AWS Training and Certification Customer Service`,
    html: `<p>Hi Raj,</p><p>Please confirm the email address you want to keep as your sign-in, and the candidate ID shown on that profile. Your manager's sheet lists ${RAJ.addr} but we see a different address on ${RAJ.keepId}.</p><p>AWS Training and Certification Customer Service</p>`,
  }),
  en({
    slug: 'info-each-employee', kind: 'info_request', from: SUP, to: L, at: '2026-11-04 21:48:30', tz: '+0000', enc: 'ascii7', caseId: C.bulkEn,
    subject: subj(C.bulkEn),
    note: 'mailbox: Laura. Employees must write from the kept address and include both candidate IDs: asks for data, so info_request.',
    text: `Laura,

For privacy reasons we need each candidate to contact us directly. Could you ask Raj, Omar, Emily and Diego to reply on this case from the address they're keeping, with both of their candidate IDs in the message?

Kevin - AWS Training and Certification`,
  }),
  en({
    slug: 'info-diego-html', kind: 'info_request', from: SUP, to: LT, cc: D, at: '2026-11-06 15:10:45', tz: '+0000', enc: 'utf8b64', caseId: C.diego,
    subject: subj(C.diego),
    note: 'mailbox: ld-team alias. HTML-only request for Diego\'s certification names and pass dates.',
    html: `<div style="font-family:Amazon Ember,Arial"><p>Hello,</p><p>To locate Diego's second account we need the <b>exact certification name and the date you passed</b> for each exam on ${DIEGO.srcId}. An approximate month is fine.</p><p>Best,<br>AWS Training and Certification</p></div>`,
  }),

  // ---------------- confirmation_request (6) ----------------
  en({
    slug: 'conf-raj', kind: 'confirmation_request', from: SUP, to: R, cc: L, at: '2026-11-06 18:00:00', tz: '+0000', enc: 'ascii7', caseId: C.raj,
    subject: subj(C.raj),
    note: 'mailbox: Raj. Asks Raj to confirm the irreversible merge of his two accounts.',
    text: `Hi Raj,

We're ready to merge ${RAJ.srcId} (${RAJ.old}) into ${RAJ.keepId} (${RAJ.addr}).
Please note a merge cannot be reversed. Reply "I confirm" to this email and we'll proceed.

AWS Training and Certification Customer Service`,
  }),
  en({
    slug: 'conf-omar-via-admin', kind: 'confirmation_request', from: SUP, to: L, cc: O, at: '2026-11-07 19:45:12', tz: '+0000', enc: 'utf8qp', caseId: C.omar,
    subject: subj(C.omar),
    note: 'mailbox: Laura. Asks for Omar\'s consent to the merge (he must reply himself).',
    text: `Hi Laura, hi Omar,

Thanks – we found Omar's second account. Omar, could you reply to let us know you agree to merge ${OMAR.srcId} into ${OMAR.keepId}? This is permanent.
We can't accept consent from a manager on someone else's behalf.

AWS Training and Certification`,
  }),
  en({
    slug: 'conf-lookalike-server', kind: 'confirmation_request', from: SUP, to: L, at: '2026-11-07 03:03:03', tz: '+0000', enc: 'ascii7', auth: 'lookalikeServer', trusted: false, caseId: C.bulkEn,
    subject: subj(C.bulkEn),
    note: 'mailbox: Laura. Topmost Authentication-Results is from a look-alike authserv-id: untrusted confirmation request.',
    text: `Hello Laura,

Please confirm the merges for all four employees by signing in below. Merges are irreversible.
https://aws-training-confirm.example.net/bulk

AWS Training and Certification`,
  }),
  en({
    slug: 'conf-bulk-yes', kind: 'confirmation_request', from: SUP, to: L, at: '2026-11-06 22:30:19', tz: '+0000', enc: 'utf8b64', caseId: C.bulkEn,
    subject: subj(C.bulkEn),
    note: 'mailbox: Laura. Bulk case: support lists three merges and asks each employee to reply YES.',
    text: `Hello Laura,

We've matched the accounts below. Each person needs to reply YES on this case to approve their own merge (merges can't be undone):

- Raj Patel: ${RAJ.srcId} -> ${RAJ.keepId}
- Emily Brooks: ${EMILY.srcId} -> ${EMILY.keepId}
- Diego Ruiz: ${DIEGO.srcId} -> ${DIEGO.keepId}

Omar is still pending our search.
Kevin`,
    html: `<p>Hello Laura,</p><p>We've matched the accounts below. Each person needs to reply <b>YES</b> on this case to approve their own merge (merges can't be undone):</p><ul><li>Raj Patel: ${RAJ.srcId} -&gt; ${RAJ.keepId}</li><li>Emily Brooks: ${EMILY.srcId} -&gt; ${EMILY.keepId}</li><li>Diego Ruiz: ${DIEGO.srcId} -&gt; ${DIEGO.keepId}</li></ul><p>Omar is still pending our search.<br>Kevin</p>`,
  }),
  en({
    slug: 'conf-implicit', kind: 'confirmation_request', from: SUP, to: D, cc: LT, at: '2026-11-08 17:12:00', tz: '+0000', enc: 'ascii7', caseId: C.diego,
    subject: subj(C.diego),
    note: 'mailbox: ld-team (Cc), mail addressed to Diego. Consent asked without the word confirm: "if you\'re happy for us to go ahead, just reply".',
    text: `Hi Diego,

Found it - your university account ${DIEGO.srcId} holds the Developer and SysOps certs. Once we fold it into ${DIEGO.keepId}, there's no way back.
If you're happy for us to go ahead, just reply to this email.

Cheers,
Priscilla`,
  }),
  en({
    slug: 'conf-emily-html', kind: 'confirmation_request', from: SUP, to: E, cc: L, at: '2026-11-07 16:40:00', tz: '+0000', enc: 'utf8qp', caseId: C.emily,
    subject: subj(C.emily),
    note: 'mailbox: Laura (Cc). HTML-only consent request to Emily.',
    html: `<p>Dear Emily,</p><p>Your accounts ${EMILY.keepId} and ${EMILY.srcId} are ready to be merged into ${EMILY.keepId}.</p><p><b>Important:</b> this action is irreversible. Kindly reply to confirm you agree to the merge.</p><p>Kind regards,<br>AWS Training and Certification</p>`,
  }),

  // ---------------- merge_completed (7) ----------------
  en({
    slug: 'merge-raj', kind: 'merge_completed', from: SUP, to: R, cc: L, at: '2026-11-08 21:02:10', tz: '+0000', enc: 'ascii7', caseId: C.raj,
    subject: subj(C.raj),
    note: 'mailbox: Raj. His accounts have been merged.',
    text: `Hi Raj,

Your two certification accounts have now been merged. Everything from ${RAJ.srcId} now lives on ${RAJ.keepId}.

AWS Training and Certification Customer Service

-----Original Message-----
From: Raj Patel <${RAJ.addr}>
Sent: Saturday, November 7, 2026 10:15 AM
Subject: ${subj(C.raj)}

I confirm.
Raj`,
  }),
  en({
    slug: 'merge-status-lines', kind: 'merge_completed', from: SUP, to: L, at: '2026-11-09 18:18:18', tz: '+0000', enc: 'utf8qp', caseId: C.bulkEn,
    subject: subj(C.bulkEn),
    note: 'mailbox: Laura. Per-employee status in the bulk case: Omar newly merged, others pending. New fact is a merge.',
    text: `Hi Laura, quick status on the batch:

Omar Haddad – merge completed today
Emily Brooks – awaiting her reply
Diego Ruiz – awaiting his reply
Raj Patel – handled on his own case

Omar should sign in with ${OMAR.addr} from now on.
Priscilla`,
  }),
  en({
    slug: 'merge-failthenforged', kind: 'merge_completed', from: SUP, to: L, at: '2026-11-09 04:40:44', tz: '+0000', enc: 'ascii7', auth: 'failThenForged', trusted: false, caseId: C.emily,
    subject: subj(C.emily),
    note: 'mailbox: Laura. Topmost verdict fails; a "pass" header planted lower down: untrusted merge notice.',
    text: `Hello,

Emily Brooks' accounts have been merged. Download the merge report here: https://aws-merge-report.example.net/r/${C.emily}

AWS Training and Certification`,
  }),
  en({
    slug: 'merge-portal', kind: 'merge_completed', from: 'AWS Certification <donotreply@aws.training>', to: R, at: '2026-11-08 22:00:00', enc: 'utf8qp',
    subject: 'Your AWS Certification accounts have been merged',
    note: 'mailbox: Raj. The certification portal\'s own merged notice, no case ID.',
    text: `Hello Raj Patel,

Your AWS Certification accounts have been merged. Please sign in with ${RAJ.addr} going forward; your full certification history is now in this account.

AWS Training and Certification`,
    html: `<p>Hello Raj Patel,</p><p>Your AWS Certification accounts have been merged. Please sign in with ${RAJ.addr} going forward; your full certification history is now in this account.</p><p>AWS Training and Certification</p>`,
  }),
  en({
    slug: 'merge-and-close', kind: 'merge_completed', from: SUP, to: D, cc: LT, at: '2026-11-10 19:19:00', tz: '+0000', enc: 'ascii7', caseId: C.diego,
    subject: subj(C.diego),
    trap: true,
    note: 'mailbox: ld-team (Cc). Diego\'s merge is done and the case will be closed: merge_completed.',
    text: `Hi Diego,

Done - ${DIEGO.srcId} has been merged into ${DIEGO.keepId}. I'll close this case now; reply any time if something looks off.

Priscilla
AWS Training and Certification`,
  }),
  en({
    slug: 'merge-check', kind: 'merge_completed', from: SUP, to: E, cc: L, at: '2026-11-10 15:05:33', tz: '+0000', enc: 'utf8b64', caseId: C.emily,
    subject: subj(C.emily),
    trap: true,
    note: 'mailbox: Laura (Cc). Emily\'s merge finished; "please check all looks right" stays merge_completed.',
    text: `Hi Emily,

We've completed the account merge. Please sign in to ${EMILY.keepId} and check that your certifications and your exam discount voucher are showing correctly.

Thank you,
AWS Training and Certification`,
  }),
  en({
    slug: 'merge-ld-mobile', kind: 'merge_completed', from: SUP, to: LT, at: '2026-11-12 20:20:20', tz: '+0000', enc: 'ascii7', caseId: C.bulkEn,
    subject: subj(C.bulkEn),
    note: 'mailbox: ld-team alias. Short note: Emily\'s and Diego\'s merges went through; quoted history below.',
    text: `Emily's and Diego's merges went through this morning. Both can sign in with their company email.

Kevin

${sfOrig(LAURA.addr, '11/11/2026 4:02 PM', SUP_ADDR, subj(C.bulkEn), 'Both Emily and Diego replied YES yesterday. Any update?\nLaura')}`,
  }),

  // ---------------- badges_transferred (6) ----------------
  en({
    slug: 'badge-credly-raj', kind: 'badges_transferred', from: CREDLY_AWS, to: R, at: '2026-11-09 12:00:00', enc: 'utf8qp',
    subject: 'Amazon Web Services Training and Certification has issued you a badge',
    note: 'mailbox: Raj. AWS badge issued via Credly to his kept address.',
    text: `Raj, you've earned a badge!

Amazon Web Services Training and Certification has issued you the "AWS Certified DevOps Engineer - Professional" badge.

Accept your badge: https://www.credly.com/earner/earned/badge/5a0e7f1d-2b11-4c7e-8f3a-6d1c9e0b2a44

Credly, on behalf of Amazon Web Services Training and Certification`,
    html: `<p>Raj, you've earned a badge!</p><p>Amazon Web Services Training and Certification has issued you the "AWS Certified DevOps Engineer - Professional" badge.</p><p><a href="https://www.credly.com/earner/earned/badge/5a0e7f1d-2b11-4c7e-8f3a-6d1c9e0b2a44">Accept your badge</a></p>`,
  }),
  en({
    slug: 'badge-omar', kind: 'badges_transferred', from: SUP, to: L, cc: O, at: '2026-11-12 17:45:00', tz: '+0000', enc: 'ascii7', caseId: C.omar,
    subject: subj(C.omar),
    note: 'mailbox: Laura. Support moved Omar\'s Credly badges to the kept account.',
    text: `Hi Laura and Omar,

Following up on the missing badges: we've moved Omar's three Credly badges over to ${OMAR.addr}. They should be visible when he signs in to Credly.

AWS Training and Certification Customer Service`,
  }),
  en({
    slug: 'badge-resent', kind: 'badges_transferred', from: SUP, to: O, at: '2026-11-12 17:46:00', tz: '+0000', enc: 'ascii7', caseId: C.omar, forUser: false,
    resent: { from: OMAR.addr, to: LD.addr, date: 'Thu, 12 Nov 2026 10:02:00 -0800' },
    subject: subj(C.omar),
    note: 'mailbox: ld-team, reached via Omar\'s redirect (Resent-*): not for the user. Support says his badges moved.',
    text: `Hi Omar,

Your Credly badges have been transferred to the account registered with ${OMAR.addr}.

AWS Training and Certification`,
  }),
  en({
    slug: 'badge-and-close', kind: 'badges_transferred', from: SUP, to: E, cc: L, at: '2026-11-14 16:16:16', tz: '+0000', enc: 'utf8b64', caseId: C.emily,
    subject: subj(C.emily),
    trap: true,
    note: 'mailbox: Laura (Cc). Badges moved and the case is closing: badges_transferred.',
    text: `Hi Emily,

Your badges are now on your ${EMILY.addr} Credly profile. With that, everything on this request is done and we're closing the case.

AWS Training and Certification`,
  }),
  en({
    slug: 'badge-credly-laura', kind: 'badges_transferred', from: CREDLY_AWS, to: L, at: '2026-11-13 09:00:00', enc: 'utf8b64',
    subject: 'Your badge from Amazon Web Services Training and Certification is waiting',
    note: 'mailbox: Laura (the admin has her own merged account too). HTML-only AWS badge via Credly.',
    html: `<html><body><p>Hi Laura,</p><p>Amazon Web Services Training and Certification issued you the <b>AWS Certified Cloud Practitioner</b> badge.</p><p><a href="https://www.credly.com/badges/accept">Accept your badge</a></p><p>Credly</p></body></html>`,
  }),
  en({
    slug: 'badge-emily-visible', kind: 'badges_transferred', from: SUP, to: L, at: '2026-11-13 22:00:00', tz: '+0000', enc: 'ascii7', caseId: C.bulkEn,
    subject: subj(C.bulkEn),
    note: 'mailbox: Laura. In the bulk thread: Diego\'s badges now show on his kept Credly account.',
    text: `Laura,

Diego's Credly badges are now showing against ${DIEGO.addr}; the old university address no longer holds them.

Kevin`,
  }),

  // ---------------- case_closed (6) ----------------
  en({
    slug: 'close-5days', kind: 'case_closed', from: NOREPLY, to: L, at: '2026-11-16 06:00:00', enc: 'ascii7', caseId: C.omar,
    subject: `Action needed: case ${C.omar} will close soon`,
    note: 'mailbox: Laura. Case will close in 5 days without a reply.',
    text: `Hello,

We haven't heard back on case ${C.omar}. If we don't receive a reply within 5 days, the case will be closed automatically.

Amazon Web Services`,
  }),
  en({
    slug: 'close-freemail', kind: 'case_closed', from: 'AWS Training and Certification <aws.cert.support@gmail.example.com>', to: L, at: '2026-11-16 03:30:00', enc: 'ascii7', trusted: false, caseId: C.bulkEn,
    subject: subj(C.bulkEn),
    note: 'mailbox: Laura. Trusted display name on a free-mail address: untrusted closing notice.',
    text: `Dear customer,

Your case ${C.bulkEn} has been closed. To keep your employees' certifications active please verify your organisation at the link below.

AWS Training and Certification`,
  }),
  en({
    slug: 'close-restate', kind: 'case_closed', from: SUP, to: R, cc: L, at: '2026-11-15 18:00:00', tz: '+0000', enc: 'utf8qp', caseId: C.raj, trap: true,
    subject: subj(C.raj),
    note: 'mailbox: Raj. Restates last week\'s merge and closes the case (trap).',
    text: `Hi Raj,

As your accounts were merged last week and we haven't heard anything further, we're marking this case as resolved.

AWS Training and Certification`,
  }),
  en({
    slug: 'close-resolved', kind: 'case_closed', from: NOREPLY, to: LT, at: '2026-11-17 10:00:00', enc: 'utf8qp', caseId: C.diego,
    subject: `Case ${C.diego} has been resolved`,
    note: 'mailbox: ld-team alias. System notice of resolution.',
    text: `Case ${C.diego} was resolved. You can reopen it within 14 days from the Support Center.

Amazon Web Services`,
    html: `<p>Case <b>${C.diego}</b> was resolved. You can reopen it within 14 days from the Support Center.</p><p>Amazon Web Services</p>`,
  }),
  en({
    slug: 'close-noresponse', kind: 'case_closed', from: SUP, to: L, at: '2026-11-18 19:19:19', tz: '+0000', enc: 'ascii7', caseId: C.omar,
    subject: subj(C.omar),
    note: 'mailbox: Laura. Closed for lack of a reply; reopen by replying.',
    text: `Hi Laura,

As we haven't had a response, I've closed case ${C.omar}. Replying to this email will reopen it.

AWS Training and Certification Customer Service`,
  }),
  en({
    slug: 'close-bulk-done', kind: 'case_closed', from: SUP, to: L, at: '2026-11-19 17:00:00', tz: '+0000', enc: 'utf8b64', caseId: C.bulkEn, trap: true,
    subject: subj(C.bulkEn),
    note: 'mailbox: Laura. Closes the bulk case, restating earlier merges and badge moves (trap).',
    text: `Hi Laura,

All four merges and the badge moves were completed earlier, as per our previous emails, so I'm closing this case now. Thanks for your patience.

Kevin`,
  }),

  // ---------------- support_reply (7) ----------------
  en({
    slug: 'sr-thanks', kind: 'support_reply', from: SUP, to: R, cc: L, at: '2026-11-07 19:00:00', tz: '+0000', enc: 'ascii7', caseId: C.raj, trap: true,
    subject: subj(C.raj),
    note: 'mailbox: Raj. Thanks for confirming, passed to the merge team (trap).',
    text: `Hi Raj,

Thanks for confirming. I've passed this to our back-office team, who'll carry out the merge.

AWS Training and Certification`,
  }),
  en({
    slug: 'sr-future', kind: 'support_reply', from: SUP, to: L, at: '2026-11-08 20:00:00', tz: '+0000', enc: 'utf8qp', caseId: C.bulkEn, trap: true,
    subject: subj(C.bulkEn),
    note: 'mailbox: Laura. Future/conditional: "once Emily and Diego confirm, we will merge" (trap).',
    text: `Hi Laura,

Once Emily and Diego confirm on the case, we'll merge their accounts and update you. Nothing is needed from you right now.

Priscilla`,
  }),
  en({
    slug: 'sr-unable', kind: 'support_reply', from: SUP, to: LT, cc: D, at: '2026-11-07 15:30:00', tz: '+0000', enc: 'ascii7', caseId: C.diego, trap: true,
    subject: subj(C.diego),
    note: 'mailbox: ld-team alias. "We are unable to merge … yet" because of a booked exam: support_reply (trap).',
    text: `Hello,

We're unable to merge Diego's accounts at the moment: there's an exam booked on ${DIEGO.srcId} for next week. We'll revisit after the exam date.

AWS Training and Certification`,
  }),
  en({
    slug: 'sr-escalate', kind: 'support_reply', from: SUP, to: L, at: '2026-11-11 18:40:00', tz: '+0000', enc: 'utf8b64', caseId: C.omar, trap: true,
    subject: subj(C.omar),
    note: 'mailbox: Laura. Escalated Omar\'s missing badges; not moved yet (trap).',
    text: `Hi Laura,

I've escalated Omar's badges to our Credly liaison. Badge transfers can take 3-5 business days; I'll let you know when they've moved.

AWS Training and Certification`,
    html: `<p>Hi Laura,</p><p>I've escalated Omar's badges to our Credly liaison. Badge transfers can take 3-5 business days; I'll let you know when they've moved.</p><p>AWS Training and Certification</p>`,
  }),
  en({
    slug: 'sr-dup-cases', kind: 'support_reply', from: SUP, to: L, at: '2026-11-04 17:00:00', tz: '+0000', enc: 'ascii7', caseId: C.bulkEn, trap: true,
    subject: subj(C.bulkEn),
    note: 'mailbox: Laura. "We merged the duplicate cases into this one": not the account merge (trap).',
    text: `Hi Laura,

Emily and Diego had also opened their own cases, so we've merged those duplicate cases into ${C.bulkEn}. Let's keep everything here.

Kevin`,
  }),
  en({
    slug: 'sr-no-proxy', kind: 'support_reply', from: SUP, to: L, at: '2026-11-05 19:10:00', tz: '+0000', enc: 'utf8b64', caseId: C.bulkEn,
    subject: subj(C.bulkEn),
    note: 'mailbox: Laura. Explains an administrator can\'t approve merges for employees; they must write from the kept address (no data asked).',
    text: `Hi Laura,

I understand it would be simpler, but we can't accept approval from an administrator for someone else's certification account. Each employee will need to write to us from the address they're keeping.

Priscilla

> Can I just approve all four merges on their behalf? I have their written agreement.
> Laura`,
  }),
  en({
    slug: 'sr-status', kind: 'support_reply', from: SUP, to: R, cc: L, at: '2026-11-08 00:30:00', tz: '+0000', enc: 'ascii7', caseId: C.raj,
    subject: subj(C.raj),
    note: 'mailbox: Raj. Plain status: with the back office, expect a few business days.',
    text: `Hi Raj,

Quick update: your request is with our back-office team. These usually take 3-5 business days. I'll be in touch.

AWS Training and Certification`,
  }),

  // ---------------- unrelated (7) ----------------
  en({
    slug: 'un-own-forward', kind: 'unrelated', from: L, to: 'Mark Jensen <mark.jensen@northwind.example.com>', cc: LT, at: '2026-11-10 09:15:00', enc: 'ascii7', auth: 'none', trusted: false, trap: true, caseId: C.bulkEn,
    subject: `FW: ${subj(C.bulkEn)}`,
    note: 'mailbox: Laura (her own mail, copied to the team alias). Status summary forwarded to her manager: unrelated, untrusted (trap).',
    text: `Mark,

Status on the AWS cert consolidation for the partner audit:
Raj - merged, badges in
Omar - merged, badges pending
Emily - waiting for consent
Diego - exam booked, merge after

Laura

---------- Forwarded message ---------
From: AWS Training and Certification <${SUP_ADDR}>
Date: Mon, Nov 9, 2026 at 10:18 AM
Subject: ${subj(C.bulkEn)}

Omar Haddad - merge completed today`,
  }),
  en({
    slug: 'un-lms', kind: 'unrelated', from: 'Northwind Academy <notifications@academy.northwind.example.com>', to: L, at: '2026-11-06 07:00:00', enc: 'utf8qp', trusted: false, trap: true,
    subject: 'Course completed: AWS Technical Essentials (3 learners)',
    note: 'mailbox: Laura. Corporate LMS completion digest (trap: completed).',
    html: `<p>Hi Laura,</p><p>The following learners completed <b>AWS Technical Essentials</b> this week:</p><ul><li>Raj Patel</li><li>Emily Brooks</li><li>Diego Ruiz</li></ul><p>Certificates have been issued in Northwind Academy.</p>`,
  }),
  en({
    slug: 'un-vouchers', kind: 'unrelated', from: 'AWS Training and Certification <no-reply@aws.training>', to: L, at: '2026-11-01 12:00:00', enc: 'utf8qp', trap: true,
    subject: 'Your exam vouchers have been allocated',
    note: 'mailbox: Laura. AWS voucher-allocation notice for the organisation: not a merge case (trap).',
    text: `Hello Laura,

Your order of 8 exam vouchers has been processed and the codes have been allocated to the learners you selected. Each learner receives an email with their code.

AWS Training and Certification`,
    html: `<p>Hello Laura,</p><p>Your order of 8 exam vouchers has been processed and the codes have been allocated to the learners you selected. Each learner receives an email with their code.</p><p>AWS Training and Certification</p>`,
  }),
  en({
    slug: 'un-survey', kind: 'unrelated', from: NOREPLY, to: R, at: '2026-11-16 12:00:00', enc: 'ascii7', trap: true, caseId: C.raj,
    subject: 'How did we do?',
    note: 'mailbox: Raj. Survey "Was your issue resolved?" (trap).',
    text: `Hi Raj,

Was your issue resolved? Tell us about your experience with case ${C.raj}.

[Yes]  [No]

Amazon Web Services`,
  }),
  en({
    slug: 'un-hashicorp', kind: 'unrelated', from: 'HashiCorp via Credly <admin@credly.com>', to: R, at: '2026-11-11 14:00:00', enc: 'utf8qp', trap: true,
    subject: 'HashiCorp has issued you a badge',
    note: 'mailbox: Raj. Credly badge from another issuer (HashiCorp): unrelated (trap).',
    text: `Raj, HashiCorp has issued you the "HashiCorp Certified: Terraform Associate" badge.

Accept your badge

Credly`,
    html: `<p>Raj, HashiCorp has issued you the "HashiCorp Certified: Terraform Associate" badge.</p><p><a href="https://www.credly.com/accept">Accept your badge</a></p><p>Credly</p>`,
  }),
  en({
    slug: 'un-exam-case', kind: 'unrelated', from: SUP, to: L, at: '2026-11-05 16:00:00', tz: '+0000', enc: 'ascii7', trap: true, caseId: C.examEn,
    subject: `RE:[CASE ${C.examEn}] [AWS Training and Certification Form Submission] - exam-scheduling`,
    note: 'mailbox: Laura. Her other case (rescheduling an employee\'s exam) resolved and closing: says its topic, unrelated (trap).',
    text: `Hi Laura,

Emily's exam appointment has been moved to December 3. As that resolves your request, I'll close this case.

AWS Training and Certification`,
  }),
  en({
    slug: 'un-partner-report', kind: 'unrelated', from: 'AWS Partner Network <apn-noreply@amazon.com>', to: L, at: '2026-11-20 08:00:00', enc: 'utf8b64', trap: true,
    subject: 'Your monthly certification report is ready',
    note: 'mailbox: Laura. AWS Partner Network monthly report counting certified staff; mentions merged accounts as a general fact (trap).',
    text: `Hello,

Your organisation's certification report for November is ready in Partner Central. It now counts 42 certified individuals.
Note: certifications from merged candidate accounts are counted once the individual links the kept account to Partner Central.

AWS Partner Network`,
  }),
];
