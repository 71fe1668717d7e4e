// cf: English messages. A bootcamp coordinator and her students, a graduate
// whose university address expired, a legal-name/accessibility case, a
// guardian writing for a minor, and a romanised name from a closed start-up.
import type { Msg } from './lib.js';
import {
  AUTO, ANITA, CASE, CERT_PORTAL, CREDLY, DANA, FORM, FORM_BARE, JORDAN, NOREPLY, OOO, SAM, STUDENT1, SUPPORT_AWS, YUTING,
  formSubj, gmailEn, htmlDoc, mk, outlookEn, paras, pst, q, sf, sfRef, utc,
} from './common.js';

const D = CASE.dana;
const J = CASE.jordan;
const S = CASE.sam;
const A = CASE.anita;
const Y = CASE.yuting;

const DANA_REQ = `Hello,
I coordinate the cloud track at Launchpad Academy. Several graduates took exams with their student addresses, which we deactivate 60 days after graduation.
First one: Marcus Obi, old ${STUDENT1.old} (${STUDENT1.srcId}), new ${STUDENT1.keep} (${STUDENT1.keepId}).
Could you move his certification to the new account? I can send the full list.
Dana Whitfield, Program Operations`;

const JORDAN_REQ = `Hi - my university email (${JORDAN.src}) stopped working after graduation. My Cloud Practitioner is on that account (${JORDAN.srcId}).
I have a new account ${JORDAN.keepId} under ${JORDAN.keep}. Please merge them, keeping the new one.`;

const SAM_REQ = `My legal name changed (court order, 2025). One account is under my former legal name, the other (${SAM.keepId}) under ${SAM.legal}, which is what my ID says now.
The old account also has my approved testing accommodation (extra time). I need one account and I don't want to lose the accommodation.`;

export const EN: Msg[] = [
  // ---------------- acknowledgement (6) ----------------
  mk({
    slug: 'ack-dana', kind: 'acknowledgement', lang: 'en', caseId: D,
    note: 'automatic receipt for the bootcamp coordinator case',
    from: NOREPLY, to: `${DANA.name} <${DANA.addr}>`,
    subject: `AWS Support case ${D} has been created`, date: pst('2026-01-12 09:31:07'), enc: 'ascii7', extra: AUTO,
    text: `Hello Dana Whitfield,

We've received your request and opened case ${D}.
Subject: Graduates' certification accounts - address change
Category: AWS Training and Certification > Account

An agent will get back to you, usually within 24 hours. Opening another case about the same request will slow things down.

Amazon Web Services`,
  }),
  mk({
    slug: 'ack-jordan-html', kind: 'acknowledgement', lang: 'en', caseId: J,
    note: 'multipart receipt for the graduate case',
    from: FORM, to: JORDAN.keep,
    subject: `[CASE ${J}] We have your request`, date: utc('2026-02-17 22:05:44'), enc: 'utf8qp', extra: AUTO,
    text: `Thanks for reaching out to AWS Training and Certification.
Your case number is ${J}. Reply to this email to add details; keep the case number in the subject.
${sfRef('J17a')}`,
    html: htmlDoc(`<p>Thanks for reaching out to AWS Training and Certification.</p>\n<p>Your case number is <strong>${J}</strong>. Reply to this email to add details; keep the case number in the subject.</p>\n<p style="color:#888">${sfRef('J17a')}</p>`),
  }),
  mk({
    slug: 'ack-sam-bodyonly', kind: 'acknowledgement', lang: 'en', caseId: S,
    note: 'receipt with the case ID only in the body',
    from: NOREPLY, to: SAM.keep,
    subject: 'We received your support request', date: utc('2026-03-02 15:49:18'), enc: 'utf8b64', extra: AUTO,
    text: `Hi Sam,

This is a quick note to say your request reached us. For reference, it's case ${S}.
Someone from the Training and Certification team will reply to this address.

- AWS Support`,
  }),
  mk({
    slug: 'ack-anita', kind: 'acknowledgement', lang: 'en', caseId: A,
    note: 'receipt for the guardian case, shaped as a receipt',
    from: NOREPLY, to: `${ANITA.name} <${ANITA.addr}>`,
    subject: `Case ${A} opened`, date: pst('2026-04-04 19:12:39'), enc: 'ascii7', extra: AUTO,
    text: `Case ID: ${A}
Opened: 2026-04-04
Contact: ${ANITA.addr}
Status: Unassigned

You'll get an email when there's an update.`,
  }),
  mk({
    slug: 'ack-yuting-dup', kind: 'acknowledgement', lang: 'en', caseId: CASE.yutingDup,
    note: 'receipt of a second, duplicate case: still a receipt; says nothing else',
    from: NOREPLY, to: YUTING.keep,
    subject: `AWS Support: case ${CASE.yutingDup} received`, date: utc('2026-05-05 03:17:52'), enc: 'utf8qp', extra: AUTO,
    text: `Hello,

Case ${CASE.yutingDup} is now open. A member of our team will reach out.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.`,
  }),
  mk({
    slug: 'ack-noauth', kind: 'acknowledgement', lang: 'en', caseId: J, trusted: false, auth: 'none',
    note: 'receipt with no Authentication-Results at all',
    from: NOREPLY, to: JORDAN.keep,
    subject: `AWS Support case ${J} has been created`, date: utc('2026-02-17 22:40:03'), enc: 'ascii7',
    text: `Hello,

Your case ${J} was created. To speed up verification, sign in at the link below with your old university credentials.
https://aws-support.example-login.net/case/${J}`,
  }),

  // ---------------- ai_answer (6) ----------------
  mk({
    slug: 'ai-dana-students', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'AI suggestion: each student should run the self-service tool',
    from: NOREPLY, to: DANA.addr,
    subject: 'Suggested answer to your question', date: pst('2026-01-12 09:27:10'), enc: 'ascii7', extra: AUTO,
    text: `This answer was generated by AI and may be inaccurate.

Candidates can combine certification accounts themselves: sign in to the account to keep, open Profile, and choose Merge Accounts. Each candidate has to do this for their own accounts; training providers cannot do it on their behalf.
If a student can no longer sign in to an old account, they can reset the password or create a case themselves.

Did this solve your problem? Yes / No`,
  }),
  mk({
    slug: 'ai-jordan-reset', kind: 'ai_answer', lang: 'en', caseId: J,
    note: 'automated answer on the case: try the Merge Accounts tool with a Builder ID',
    from: FORM, to: JORDAN.keep,
    subject: `[CASE ${J}] Automated suggestion`, date: utc('2026-02-17 22:06:30'), enc: 'utf8qp', extra: AUTO,
    text: `(Automatic reply - not reviewed by a person)

If you can't reach the email address on an old account, you may still be able to use the Merge Accounts tool: sign in to your current account, go to Profile > Merge Accounts, and enter the old candidate ID and its password.
When both accounts hold certifications the tool may decline; in that case an agent will follow up on this case.`,
  }),
  mk({
    slug: 'ai-sam-name', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'AI answer about legal name, accommodations and merges; stays automated',
    from: NOREPLY, to: SAM.keep,
    subject: 'Amazon Q answered your question', date: utc('2026-03-02 15:45:01'), enc: 'utf8b64', extra: AUTO,
    text: `Generated by Amazon Q:

- The name on your certification account must match your government ID. You can update it under Profile.
- Approved testing accommodations are tied to a candidate account. After a merge, accommodations usually need to be requested again for the kept account.
- To combine two accounts, use Merge Accounts from the account you want to keep.

Still need help? Choose "Create case".`,
  }),
  mk({
    slug: 'ai-anita-teen-html', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'HTML-only AI answer about teen candidate accounts',
    from: NOREPLY, to: ANITA.addr,
    subject: 'Here is an answer that may help', date: utc('2026-04-04 18:58:40'), enc: 'utf8qp', extra: AUTO,
    html: htmlDoc(`<p><em>AI-generated response</em></p>
<p>Teenage candidates need an AWS Certification account created by a parent or legal guardian <b>in the teen's name</b>. If an additional account was created at a test center, the candidate can sign in to the account to keep and use <b>Merge Accounts</b>.</p>
<p>If that doesn't work, open a case and a specialist will help.</p>`),
  }),
  mk({
    slug: 'ai-yuting-nameorder', kind: 'ai_answer', lang: 'en', caseId: Y,
    note: 'automated suggestion for the name-order case',
    from: FORM, to: YUTING.keep,
    subject: `[CASE ${Y}] Suggested resources`, date: utc('2026-05-04 11:20:09'), enc: 'ascii7', extra: AUTO,
    text: `Automated message.

Names in a different order (for example "Chen Yu-Ting" and "Yuting Chen") do not stop you from merging accounts yourself with the Merge Accounts tool. Update the name on the kept account afterwards so that it matches your ID.
Reply to this message if you need an agent.`,
  }),
  mk({
    slug: 'ai-lookalike-domain', kind: 'ai_answer', lang: 'en', caseId: null, trusted: false,
    note: 'AI-answer shape from aws.amazon.com.answers-help.example (trusted name as a prefix)',
    from: 'AWS Answers <answers@aws.amazon.com.answers-help.example>', to: DANA.addr,
    subject: 'Your AI answer is ready', date: utc('2026-01-13 02:02:02'), enc: 'utf8qp',
    text: `Our assistant reviewed your request about student accounts.
Upload a CSV of student names, dates of birth and passwords here so we can merge them automatically:
https://aws.amazon.com.answers-help.example/upload`,
  }),

  // ---------------- info_request (8) ----------------
  mk({
    slug: 'info-dana-students-write', kind: 'info_request', lang: 'en', caseId: D,
    note: 'asks each student to write in with both candidate IDs and which account to keep',
    from: FORM, to: DANA.addr,
    subject: formSubj(D), date: pst('2026-01-13 11:04:55'), enc: 'ascii7',
    text: `Hi Dana,

Thanks for getting in touch on behalf of your graduates. Because each certification account belongs to the individual candidate, we need every student to contact us from the address they want to keep. In that message they should include:
1. the candidate ID and email of the old (student) account,
2. the candidate ID and email of the account to keep,
3. the date and title of their most recent exam.

Mr. Obi can simply reply to this thread if you add him in copy.

Regards,
Priyanka
AWS Training and Certification Support

${sf(`${DANA.name} <${DANA.addr}>`, '1/12/2026 9:30 AM', FORM_BARE, 'Graduates certification accounts', DANA_REQ)}`,
  }),
  mk({
    slug: 'info-jordan-exam', kind: 'info_request', lang: 'en', caseId: J,
    note: 'old address is dead, so support asks for the exam date, score report or validation number',
    from: FORM, to: JORDAN.keep,
    subject: formSubj(J), date: utc('2026-02-18 17:33:10'), enc: 'utf8qp',
    text: `Hello Jordan,

We tried to reach ${JORDAN.src} to verify ownership and the message bounced. To confirm the account is yours another way, could you send us:
- the validation number shown on your Cloud Practitioner certificate, and
- the approximate date you sat the exam and whether it was online or at a test center?

A photo of the certificate is fine if you still have it.

${gmailEn('Tue, Feb 17, 2026 at 2:05 PM Jordan Lee <jlee.cloud@example.com>', '', JORDAN_REQ)}`,
  }),
  mk({
    slug: 'info-sam-legal', kind: 'info_request', lang: 'en', caseId: S,
    note: 'asks for the name-change document and the accommodation reference',
    from: FORM, to: SAM.keep,
    subject: formSubj(S), date: utc('2026-03-03 20:14:46'), enc: 'utf8b64',
    text: `Hello Sam,

Thank you for explaining your situation. To link the account under your former legal name with ${SAM.keepId}, we'll need documentation that shows both names, such as the court order or an updated ID together with the previous one. Please redact everything except the names and the date.

Also, if you have the approval email for your testing accommodation, the reference number on it lets our accommodations team carry it over.

You can attach the files to a reply here. We treat them confidentially and delete them once the case is resolved.

Best,
Renee`,
  }),
  mk({
    slug: 'info-anita-guardian', kind: 'info_request', lang: 'en', caseId: A,
    note: 'guardian case: asks for proof of guardianship and both teen accounts',
    from: FORM, to: ANITA.addr,
    subject: formSubj(A), date: pst('2026-04-06 10:51:19'), enc: 'ascii7',
    text: `Dear Ms. Patel,

Since Noah is under 18, we can only act on a request from his parent or legal guardian. Kindly reply with:
- Noah's full name exactly as on both accounts,
- the candidate ID you created for him (${ANITA.keepId}) and the one created at the test center, if you know it,
- a signed note confirming you are his parent or legal guardian.

Once we have these we can look into combining the two records.

AWS Training and Certification`,
  }),
  mk({
    slug: 'info-yuting-order', kind: 'info_request', lang: 'en', caseId: Y,
    note: 'asks which name form and address to keep, since the old domain is gone',
    from: FORM, to: YUTING.keep,
    subject: formSubj(Y), date: utc('2026-05-06 08:42:30'), enc: 'utf8qp',
    text: `Hi,

The two profiles are under "CHEN YU-TING" (${YUTING.srcId}, ${YUTING.src}) and "Yuting Chen" (${YUTING.keepId}). Since the closed-startup.example.io domain no longer accepts mail, we'd like a bit more before going ahead:
Which spelling and order of your name should the merged account carry, and what was the employer field on the old profile when you registered?

Thanks,
Marco`,
  }),
  mk({
    slug: 'info-jordan-pleaseconfirm', kind: 'info_request', lang: 'en', caseId: J, trap: true,
    note: '"please confirm the address you keep" asks for information, not consent',
    from: FORM, to: JORDAN.keep,
    subject: formSubj(J), date: utc('2026-02-20 14:02:11'), enc: 'ascii7',
    text: `Hi Jordan,

Got the certifcate photo, thnak you. Please confirm which sign-in email you'd like on the merged account - ${JORDAN.keep}, or a different address you use now? That's the last thing I need.

Tom`,
  }),
  mk({
    slug: 'info-dana-html-list', kind: 'info_request', lang: 'en', caseId: D,
    note: 'HTML reply asking for a per-student table from the students themselves',
    from: FORM, to: DANA.addr, cc: STUDENT1.keep,
    subject: formSubj(D), date: pst('2026-01-15 16:25:31'), enc: 'utf8qp',
    text: `Hi Dana, hi Marcus,

Marcus, we still need the date of your last exam before we can look at the merge. Dana, for the other graduates, a table with name, old candidate ID and new candidate ID would help us match the cases they open.

Thanks`,
    html: htmlDoc(`<p>Hi Dana, hi Marcus,</p>
<p>Marcus, we still need the <b>date of your last exam</b> before we can look at the merge. Dana, for the other graduates, a table with name, old candidate ID and new candidate ID would help us match the cases they open.</p>
<table border="1"><tr><th>Name</th><th>Old ID</th><th>New ID</th></tr><tr><td>Marcus Obi</td><td>${STUDENT1.srcId}</td><td>${STUDENT1.keepId}</td></tr></table>
<p>Thanks</p>`),
  }),
  mk({
    slug: 'info-sam-failthenforged', kind: 'info_request', lang: 'en', caseId: S, trusted: false, auth: 'failThenForged',
    note: 'data request; topmost verdict fails, a planted pass sits lower',
    from: FORM, to: SAM.keep,
    subject: formSubj(S), date: utc('2026-03-04 04:10:00'), enc: 'ascii7',
    text: `Hello Sam,

To complete the legal name verification, send a scan of both sides of your ID and your date of birth and SSN to legal-verify@aws-cert-docs.example within 24 hours.`,
  }),

  // ---------------- confirmation_request (7) ----------------
  mk({
    slug: 'conf-student1', kind: 'confirmation_request', lang: 'en', caseId: D,
    note: 'asks the student (coordinator in Cc) to agree to an irreversible merge',
    from: FORM, to: STUDENT1.keep, cc: DANA.addr,
    subject: formSubj(D), date: pst('2026-01-19 12:12:12'), enc: 'ascii7',
    text: `Hi Marcus,

Thanks for the details. Here is what we'll do:
  From: ${STUDENT1.srcId} (${STUDENT1.old})
  Into: ${STUDENT1.keepId} (${STUDENT1.keep})

Merging can't be reversed, and the student account will stop working. If that's OK, just reply "I agree" from ${STUDENT1.keep}. Dana, we can't accept the go-ahead from you for this one.`,
  }),
  mk({
    slug: 'conf-jordan', kind: 'confirmation_request', lang: 'en', caseId: J,
    note: 'consent request with the IDs in between',
    from: FORM, to: JORDAN.keep,
    subject: formSubj(J), date: utc('2026-02-21 09:30:51'), enc: 'utf8qp',
    text: `Hi Jordan,

We're ready to fold ${JORDAN.srcId} (the alumni address) into ${JORDAN.keepId}; this is permanent. Could you reply to let us know you're happy for us to go ahead?

${gmailEn('Fri, Feb 20, 2026 at 7:45 PM Jordan Lee <jlee.cloud@example.com>', '', 'Keep jlee.cloud@example.com please.')}`,
  }),
  mk({
    slug: 'conf-sam', kind: 'confirmation_request', lang: 'en', caseId: S,
    note: 'consent for the legal-name merge; mentions the accommodation will move',
    from: FORM, to: SAM.keep,
    subject: formSubj(S), date: utc('2026-03-06 18:03:27'), enc: 'utf8b64',
    text: `Hello Sam,

Your documents check out. Before we proceed, please review:
- The account under your former name (${SAM.srcId}) will be merged into ${SAM.keepId} (${SAM.legal}).
- Your exam history, certifications and the extra-time accommodation will sit on ${SAM.keepId}.
- This cannot be undone.

Let us know by reply that you agree, and we'll take it from there.

Renee`,
  }),
  mk({
    slug: 'conf-anita', kind: 'confirmation_request', lang: 'en', caseId: A,
    note: 'guardian asked to consent on behalf of the minor',
    from: FORM, to: ANITA.addr,
    subject: formSubj(A), date: pst('2026-04-09 08:40:02'), enc: 'ascii7',
    text: `Dear Ms. Patel,

Thank you for the signed note. We located the account the test center created for Noah (${ANITA.srcId}).
As Noah's guardian, do you agree that we combine it with ${ANITA.keepId}? The merge is final and cannot be reversed. A reply to this email is enough.`,
  }),
  mk({
    slug: 'conf-yuting-outlook', kind: 'confirmation_request', lang: 'en', caseId: Y,
    note: 'consent request above an Outlook-quoted answer',
    from: FORM, to: YUTING.keep,
    subject: formSubj(Y), date: utc('2026-05-08 13:37:00'), enc: 'utf8qp',
    text: `Hi Yuting,

Thanks. We'll keep "Yuting Chen" and ${YUTING.keep}. One last step: do you consent to merging ${YUTING.srcId} into ${YUTING.keepId}? Once done it can't be split again.

${outlookEn(`Yuting Chen <${YUTING.keep}>`, 'Thursday, May 7, 2026 10:02 PM', FORM_BARE, `RE: [CASE ${Y}]`, 'Please use "Yuting Chen". The employer field was "Brightloop Labs".')}`,
  }),
  mk({
    slug: 'conf-jordan-htmlonly', kind: 'confirmation_request', lang: 'en', caseId: J,
    note: 'HTML-only reminder asking for consent (first request unanswered)',
    from: FORM, to: JORDAN.keep,
    subject: formSubj(J), date: utc('2026-02-24 10:10:10'), enc: 'utf8b64',
    html: htmlDoc(paras(`Hi Jordan,

Just checking in: we still need your OK before merging ${JORDAN.srcId} into ${JORDAN.keepId}. Because the change is irreversible, we won't start until you reply saying you agree.

Thanks,
Tom`)),
  }),
  mk({
    slug: 'conf-dmarcfail', kind: 'confirmation_request', lang: 'en', caseId: A, trusted: false, auth: 'fail',
    note: 'consent request, but dmarc=fail for amazon.com',
    from: FORM, to: ANITA.addr,
    subject: formSubj(A), date: pst('2026-04-08 23:59:30'), enc: 'ascii7',
    text: `Dear Ms. Patel,

Please confirm the merge of your son's accounts by paying the 25 USD verification fee here:
https://aws-cert-verify.example.com/pay?case=${A}`,
  }),

  // ---------------- merge_completed (7) ----------------
  mk({
    slug: 'done-student1', kind: 'merge_completed', lang: 'en', caseId: D,
    note: 'support says the student accounts are merged',
    from: FORM, to: STUDENT1.keep, cc: DANA.addr,
    subject: formSubj(D), date: pst('2026-01-21 10:45:39'), enc: 'ascii7',
    text: `Hi Marcus,

All set - your bootcamp account (${STUDENT1.srcId}) has been merged into ${STUDENT1.keepId}. Your certification now shows under ${STUDENT1.keep}.

Dana, for the remaining graduates please have each of them open their own case.

${q(`I agree.\nMarcus`)}`,
  }),
  mk({
    slug: 'done-jordan-short', kind: 'merge_completed', lang: 'en', caseId: J,
    note: 'terse completion from a support agent',
    from: FORM, to: JORDAN.keep,
    subject: formSubj(J), date: utc('2026-02-25 16:20:04'), enc: 'utf8qp',
    text: `Jordan - done. Both records are combined under ${JORDAN.keepId}; give it a few hours to show up and check your certifications and benefits look right.

Tom`,
  }),
  mk({
    slug: 'done-sam-accom', kind: 'merge_completed', lang: 'en', caseId: S,
    note: 'merge finished; accommodation carried over',
    from: FORM, to: SAM.keep,
    subject: formSubj(S), date: utc('2026-03-09 21:30:18'), enc: 'utf8b64',
    text: `Hi Sam,

We've completed the merge. The account under your former name is closed, and ${SAM.keepId} now holds both certifications, your exam history and the extra-time accommodation. Your certificates show "${SAM.legal}".

Renee`,
  }),
  mk({
    slug: 'done-anita-close', kind: 'merge_completed', lang: 'en', caseId: A,
    note: 'completion that also announces the case will be closed',
    from: FORM, to: ANITA.addr,
    subject: formSubj(A), date: pst('2026-04-10 14:14:48'), enc: 'ascii7',
    text: `Dear Ms. Patel,

Noah's test-center account has now been merged into ${ANITA.keepId}. His Cloud Practitioner result is visible there.
We'll close this case now; reply any time if something looks off.`,
  }),
  mk({
    slug: 'done-yuting-longthread', kind: 'merge_completed', lang: 'en', caseId: Y,
    note: 'completion above a long Gmail/Salesforce quoted thread',
    from: FORM, to: YUTING.keep,
    subject: formSubj(Y), date: utc('2026-05-11 06:12:50'), enc: 'utf8qp',
    text: `Hi Yuting,

Your accounts are merged. ${YUTING.keepId} is the one to use from now on.

${gmailEn('Sat, May 9, 2026 at 8:11 AM Yuting Chen <yuting.chen@example.com>', '', `Yes, I consent to the merge.\n\n${sf(FORM_BARE, '5/8/2026 1:37 PM', YUTING.keep, formSubj(Y), `do you consent to merging ${YUTING.srcId} into ${YUTING.keepId}?`)}`)}`,
  }),
  mk({
    slug: 'done-portal-en', kind: 'merge_completed', lang: 'en', caseId: null,
    note: "the certification portal's own merge notice, no case ID",
    from: CERT_PORTAL, to: JORDAN.keep,
    subject: 'Your AWS Certification accounts have been merged', date: utc('2026-02-25 15:58:00'), enc: 'ascii7', extra: AUTO,
    text: `Hello Jordan Lee,

The following AWS Certification accounts were merged:
  Retained: ${JORDAN.keepId}
  Merged:   ${JORDAN.srcId}

Sign in with the retained account from now on.
AWS Certification`,
  }),
  mk({
    slug: 'done-otheronly', kind: 'merge_completed', lang: 'en', caseId: S, trusted: false, auth: 'otherOnly',
    note: 'completion text, but the only verdict is a foreign authserv-id below the receiving server',
    from: FORM, to: SAM.keep,
    subject: formSubj(S), date: utc('2026-03-09 02:30:00'), enc: 'utf8qp',
    text: `Hello Sam,

Your accounts have been merged. Download your updated certificate here:
https://aws-cert-download.example.org/certificate.zip`,
  }),

  // ---------------- badges_transferred (6) ----------------
  mk({
    slug: 'badge-credly-jordan', kind: 'badges_transferred', lang: 'en', caseId: null,
    note: 'AWS badge via Credly sent to the kept address after the merge',
    from: CREDLY, to: JORDAN.keep,
    subject: 'Congratulations, Jordan! Amazon Web Services Training and Certification sent you a badge', date: utc('2026-02-26 11:41:17'), enc: 'utf8qp', relay: 'o1.em.credly.com',
    text: `Jordan Lee,

Amazon Web Services Training and Certification has issued you the "AWS Certified Cloud Practitioner" badge.

Accept your badge: https://www.credly.com/earner/earned/badge/3c8e-jordan`,
    html: htmlDoc(`<p>Jordan Lee,</p>\n<p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Cloud Practitioner</b> badge.</p>\n<p><a href="https://www.credly.com/earner/earned/badge/3c8e-jordan">Accept your badge</a></p>`),
  }),
  mk({
    slug: 'badge-support-sam', kind: 'badges_transferred', lang: 'en', caseId: S,
    note: 'support says the badges moved to the Credly account of the kept address and closes',
    from: FORM, to: SAM.keep,
    subject: formSubj(S), date: utc('2026-03-12 17:05:33'), enc: 'utf8b64',
    text: `Hi Sam,

Following up on the badges: the two badges that were still on the Credly profile under your former name have been reassigned to the Credly account for ${SAM.keep}, and now display ${SAM.legal}. We'll mark this case resolved.

Renee`,
  }),
  mk({
    slug: 'badge-credly-yuting-htmlonly', kind: 'badges_transferred', lang: 'en', caseId: null,
    note: 'HTML-only Credly mail with an AWS badge',
    from: CREDLY, to: YUTING.keep,
    subject: 'Amazon Web Services Training and Certification sent you a badge', date: utc('2026-05-12 09:09:09'), enc: 'utf8qp', relay: 'o2.em.credly.com',
    html: htmlDoc(`<div style="text-align:center">
<h2>You've earned a badge!</h2>
<p>Amazon Web Services Training and Certification issued <b>AWS Certified Developer - Associate</b> to Yuting Chen.</p>
<p><a href="https://www.credly.com/earner/earned/badge/9e21-yuting">Accept your badge</a></p>
</div>`),
  }),
  mk({
    slug: 'badge-support-anita', kind: 'badges_transferred', lang: 'en', caseId: A,
    note: 'support says the teen badge is now on the kept account',
    from: FORM, to: ANITA.addr,
    subject: formSubj(A), date: pst('2026-04-14 09:22:41'), enc: 'ascii7',
    text: `Dear Ms. Patel,

You mentioned Noah's badge was missing. We had Credly move it; it is now in the wallet tied to ${ANITA.teenAddr}, the address on ${ANITA.keepId}.

${outlookEn(`${ANITA.name} <${ANITA.addr}>`, 'Monday, April 13, 2026 7:20 PM', FORM_BARE, `RE: [CASE ${A}]`, "Thanks for merging. Noah's badge isn't showing on Credly though.")}`,
  }),
  mk({
    slug: 'badge-credly-student1', kind: 'badges_transferred', lang: 'en', caseId: null,
    note: 'AWS badge via Credly addressed only to the student, not to the coordinator (forUser false)',
    from: CREDLY, to: STUDENT1.keep, forUser: false,
    subject: 'Amazon Web Services Training and Certification sent you a badge', date: utc('2026-01-22 12:00:31'), enc: 'ascii7', relay: 'o3.em.credly.com',
    text: `Marcus Obi,

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Cloud Practitioner.
Accept your badge: https://www.credly.com/earner/earned/badge/6d1f-marcus`,
  }),
  mk({
    slug: 'badge-credIy-lookalike', kind: 'badges_transferred', lang: 'en', caseId: null, trusted: false,
    note: 'from credIy.com (capital I), a look-alike domain',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>', to: ANITA.addr,
    subject: 'Your badges have been moved', date: utc('2026-04-13 01:31:00'), enc: 'utf8qp',
    text: `Hi Anita,

The badges from the merged account are now in your wallet. Log in to accept them:
https://credIy.com/login`,
  }),

  // ---------------- case_closed (6) ----------------
  mk({
    slug: 'closed-dana-noreply', kind: 'case_closed', lang: 'en', caseId: D,
    note: 'will auto-close in 5 days without a reply',
    from: FORM, to: DANA.addr,
    subject: formSubj(D), date: pst('2026-01-27 08:00:00'), enc: 'ascii7',
    text: `Hi Dana,

We haven't heard back on the remaining graduates. If there's no reply within 5 days this case will close automatically. Students can still open their own cases at any time.`,
  }),
  mk({
    slug: 'closed-jordan-resolved', kind: 'case_closed', lang: 'en', caseId: J,
    note: 'AWS Support resolved notice',
    from: NOREPLY, to: JORDAN.keep,
    subject: `Case ${J} has been resolved`, date: utc('2026-03-04 07:00:12'), enc: 'utf8qp', extra: AUTO,
    text: `Hello,

Case ${J} was marked resolved. If you still need help, reopen it within 14 days from the Support Center.`,
  }),
  mk({
    slug: 'closed-sam-restate', kind: 'case_closed', lang: 'en', caseId: S, trap: true,
    note: 'closing that restates the earlier merge and badge move; no new event',
    from: FORM, to: SAM.keep,
    subject: formSubj(S), date: utc('2026-03-19 13:00:00'), enc: 'utf8b64',
    text: `Hi Sam,

As your accounts were merged on March 9 and the badges moved on March 12, we're closing this case. It was a pleasure helping you.`,
  }),
  mk({
    slug: 'closed-anita-html', kind: 'case_closed', lang: 'en', caseId: A,
    note: 'HTML closed notice',
    from: NOREPLY, to: ANITA.addr,
    subject: `Case ${A} closed`, date: utc('2026-04-21 16:02:33'), enc: 'utf8qp', extra: AUTO,
    html: htmlDoc(`<p>Hello,</p>\n<p>Your support case <b>${A}</b> is now closed.</p>\n<p>Need more help? Reopen the case from the Support Center.</p>`),
  }),
  mk({
    slug: 'closed-yuting-dup-reminder', kind: 'case_closed', lang: 'en', caseId: CASE.yutingDup,
    note: 'duplicate case will close without reply, pointing to the main case',
    from: FORM, to: YUTING.keep,
    subject: formSubj(CASE.yutingDup), date: utc('2026-05-06 09:15:00'), enc: 'ascii7',
    text: `Hi,

This case duplicates ${Y}, which is already in progress. Unless you reply within 3 days, we'll close this one and continue on ${Y}.`,
  }),
  mk({
    slug: 'closed-misaligned', kind: 'case_closed', lang: 'en', caseId: D, trusted: false, auth: 'misaligned',
    note: 'closure notice, but DKIM passes only for a bulk-mail domain, dmarc=fail',
    from: NOREPLY, to: DANA.addr,
    subject: `Case ${D} closed`, date: utc('2026-01-30 05:55:55'), enc: 'ascii7',
    text: `Your case ${D} was closed. Rate us: https://survey.sendgrid-bulk-7731.net/r/${D}`,
  }),

  // ---------------- support_reply (7) ----------------
  mk({
    slug: 'sr-dana-cannot', kind: 'support_reply', lang: 'en', caseId: D, trap: true,
    note: 'refusal: cannot merge students on the coordinator request; no data asked',
    from: FORM, to: DANA.addr,
    subject: formSubj(D), date: pst('2026-01-12 15:40:21'), enc: 'ascii7',
    text: `Hello Dana,

I'm afraid we're unable to merge certification accounts at the request of a training provider, even with the student's approval forwarded. The merge has to be requested by the candidate from their own email address.
I appreciate that's more work for your graduates; the Merge Accounts tool in the profile usually handles it without a case.`,
  }),
  mk({
    slug: 'sr-sam-accom-future', kind: 'support_reply', lang: 'en', caseId: S, trap: true,
    note: 'answers the accommodation question conditionally: once merged',
    from: FORM, to: SAM.keep,
    subject: formSubj(S), date: utc('2026-03-02 23:11:46'), enc: 'utf8qp',
    text: `Hi Sam,

Good question about the accommodation. Once the accounts are merged, our accommodations team will attach the existing approval to the account you keep, so you won't need to reapply. Nothing changes until then.

Renee`,
  }),
  mk({
    slug: 'sr-anita-refuse-teen', kind: 'support_reply', lang: 'en', caseId: A, trap: true,
    note: 'refusal: the teen himself cannot consent; no request for data',
    from: FORM, to: ANITA.addr, cc: ANITA.teenAddr,
    subject: formSubj(A), date: pst('2026-04-07 13:28:10'), enc: 'ascii7',
    text: `Dear Ms. Patel,

We received a message from Noah agreeing to the merge. Because he is a minor, we can't accept his confirmation, and we haven't merged anything. We'll wait for the signed note from you as described earlier.`,
  }),
  mk({
    slug: 'sr-yuting-cases-merged', kind: 'support_reply', lang: 'en', caseId: Y, trap: true,
    note: 'duplicate cases merged, not accounts',
    from: FORM, to: YUTING.keep,
    subject: formSubj(Y), date: utc('2026-05-07 10:30:40'), enc: 'utf8qp',
    text: `Hello Yuting,

Heads up: we've merged case ${CASE.yutingDup} into this one so everything sits in one thread. Your account request is still being reviewed.

Marco`,
  }),
  mk({
    slug: 'sr-jordan-escalated', kind: 'support_reply', lang: 'en', caseId: J,
    note: 'escalation/status update, no event or request',
    from: FORM, to: JORDAN.keep,
    subject: formSubj(J), date: utc('2026-02-19 12:51:06'), enc: 'ascii7', crlf: false,
    text: `Hi Jordan,

Quick update: I've passed your case to our certification operations team, since the university address can't be verified the usual way. They typically take 2-3 business days. I'll write again when I hear back.

Tom`,
  }),
  mk({
    slug: 'sr-sam-thanks-confirm', kind: 'support_reply', lang: 'en', caseId: S, trap: true,
    note: 'thanks for confirming, passed to the merge team',
    from: FORM, to: SAM.keep,
    subject: formSubj(S), date: utc('2026-03-07 09:40:10'), enc: 'utf8b64',
    text: `Hi Sam,

Thanks for confirming. I've handed the request to the team that performs merges and will update you as soon as it's done.

${gmailEn('Fri, Mar 6, 2026 at 7:20 PM Sam Rivera <sam.rivera@example.org>', '', 'I agree to the merge.')}`,
  }),
  mk({
    slug: 'sr-resent-student', kind: 'support_reply', lang: 'en', caseId: D, forUser: false,
    resent: { from: DANA.addr, to: DANA.list, date: pst('2026-01-14 09:00:00') },
    note: 'a support status reply redirected (Resent-*) to the cohort operations list',
    from: FORM, to: DANA.addr,
    subject: formSubj(D), date: pst('2026-01-14 08:44:20'), enc: 'ascii7',
    text: `Hi Dana,

We've heard from Marcus and are reviewing his accounts. No action needed from you for now.`,
  }),

  // ---------------- unrelated (10) ----------------
  mk({
    slug: 'un-jordan-own-forward', kind: 'unrelated', lang: 'en', caseId: J, trusted: false, forUser: false, trap: true, auth: 'none',
    note: "the user's own forward to a friend (sent copy)",
    from: `${JORDAN.name} <${JORDAN.keep}>`, to: 'Casey <casey.m@example.net>',
    subject: `Fwd: ${formSubj(J)}`, date: utc('2026-02-25 18:02:00'), enc: 'ascii7', relay: 'smtp.example.com',
    text: `Casey - this is what AWS sent me when my alumni email died. They merged it in about a week. Worth doing before your .edu expires.

---------- Forwarded message ---------
From: AWS Training and Certification <${FORM_BARE}>
Subject: ${formSubj(J)}

Jordan - done. Both records are combined under ${JORDAN.keepId}.`,
  }),
  mk({
    slug: 'un-student-ooo', kind: 'unrelated', lang: 'en', caseId: D, trusted: false, trap: true, auth: 'none',
    note: "a student's out-of-office reply to the coordinator",
    from: `${STUDENT1.name} <${STUDENT1.keep}>`, to: DANA.addr,
    subject: `Automatic reply: ${formSubj(D)}`, date: pst('2026-01-15 16:25:50'), enc: 'ascii7', relay: 'smtp.example.net', extra: OOO,
    text: `I'm travelling until Jan 18 with limited access to email. I'll reply about the account merge confirmation when I'm back.`,
  }),
  mk({
    slug: 'un-pvue-teen', kind: 'unrelated', lang: 'en', caseId: null, trusted: false, trap: true,
    note: "test vendor's appointment confirmation for the teen, guardian consent reminder",
    from: 'Pearson VUE <noreply@pearsonvue.example.com>', to: ANITA.addr,
    subject: 'Appointment confirmation - AWS Certified AI Practitioner', date: utc('2026-05-02 14:00:00'), enc: 'utf8qp',
    text: `Confirmation of your appointment

Candidate: Noah Patel
Exam: AWS Certified AI Practitioner (AIF-C01)
Date: June 13, 2026, 9:00 AM
Location: Springfield Test Center

Candidates under 18 must bring the signed parental consent form. Your confirmation number is 318-774-092.`,
  }),
  mk({
    slug: 'un-credly-university', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'Credly badge from a university, not AWS',
    from: 'State University Continuing Education via Credly <admin@credly.com>', to: JORDAN.keep,
    subject: 'State University Continuing Education sent you a badge', date: utc('2026-03-01 10:10:10'), enc: 'utf8qp', relay: 'o1.em.credly.com',
    text: `Jordan Lee,

State University Continuing Education issued you "Cloud Foundations Certificate".
Accept your badge: https://www.credly.com/earner/earned/badge/aa01-stateu`,
  }),
  mk({
    slug: 'un-credly-merge', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: "Credly's own account-merge code mail",
    from: 'Credly <no-reply@credly.com>', to: SAM.keep,
    subject: 'Complete your Credly account merge', date: utc('2026-03-11 20:20:20'), enc: 'ascii7', relay: 'o2.em.credly.com',
    text: `Hi Sam,

Someone asked to merge another Credly account into this one. Enter this code to complete the account merge: 448 210
If this wasn't you, ignore this email.`,
  }),
  mk({
    slug: 'un-survey-en', kind: 'unrelated', lang: 'en', caseId: J, trap: true,
    note: 'satisfaction survey about the resolved case',
    from: SUPPORT_AWS, to: JORDAN.keep,
    subject: 'How did we do? Tell us about case ' + J, date: utc('2026-03-05 08:00:00'), enc: 'utf8b64', extra: AUTO,
    text: `Your case ${J} (account merge) was resolved. Was your issue resolved? Answer two questions: https://support.aws.com/survey?c=${J}`,
  }),
  mk({
    slug: 'un-other-case-voucher', kind: 'unrelated', lang: 'en', caseId: '1789120045', trap: true,
    note: "reply on the user's other case about a voucher, closing it",
    from: FORM, to: YUTING.keep,
    subject: formSubj('1789120045'), date: utc('2026-05-20 12:40:00'), enc: 'utf8qp',
    text: `Hi Yuting,

About your exam voucher: the 50% discount code has been reissued to your account and this voucher case is now closed. This is separate from your account case.`,
  }),
  mk({
    slug: 'un-exam-result', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'exam result notice, says the badge will be sent',
    from: CERT_PORTAL, to: ANITA.addr, cc: ANITA.teenAddr,
    subject: 'Your exam results are available', date: utc('2026-06-14 02:11:09'), enc: 'ascii7', extra: AUTO,
    text: `Hello Noah Patel,

Congratulations, you passed AWS Certified AI Practitioner. Your digital badge will arrive from Credly within a few days, and your certificate is available in your account.`,
  }),
  mk({
    slug: 'un-bootcamp-newsletter', kind: 'unrelated', lang: 'en', caseId: null, trusted: false, trap: true,
    note: "the bootcamp's own newsletter about graduates merging accounts",
    from: 'Launchpad Academy <news@launchpad-academy.example.org>', to: DANA.addr,
    subject: 'Cohort 14 wrap-up: 31 graduates certified', date: pst('2026-02-01 07:00:00'), enc: 'utf8qp',
    text: `Team,

Cohort 14 finished with 31 AWS certifications. Reminder for instructors: before student addresses expire, tell graduates to merge their certification accounts into a personal one and to claim their badges on Credly.`,
  }),
  mk({
    slug: 'un-training-marketing', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'AWS training marketing mail, "your account is ready" for a course',
    from: 'AWS Training and Certification <no-reply@aws.training>', to: SAM.keep,
    subject: 'New: accessible exam prep - your learning plan is ready', date: utc('2026-04-01 15:00:00'), enc: 'utf8qp', extra: AUTO,
    text: `Hi Sam,

Your learning plan has been created. Explore screen-reader friendly exam prep and request accommodations before you book.`,
  }),
];
