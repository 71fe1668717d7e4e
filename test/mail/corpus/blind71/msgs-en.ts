// br set, English messages.
import { rfcDate, type Msg } from './lib.js';
import { KENJI as K, MAKOTO as M, SAM as S, LENA as L, OTHER, SUPPORT, SUPPORT_BARE, NOREPLY, CREDLY_AWS, PORTAL, formSubject, htable, mk, paras, quote, sfOriginal, sfRef, to, ttable } from './common.js';

const utc = (s: string): string => rfcDate(s, '+0000');
const pdt = (s: string): string => rfcDate(s, '-0700');
const cet = (s: string): string => rfcDate(s, '+0200');

export const EN: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 's-receipt', kind: 'acknowledgement', lang: 'en', caseId: S.caseId,
    note: 'automatic receipt: key/value block with case ID and status',
    from: NOREPLY, to: to(S), subject: `[CASE ${S.caseId}] Case created: account-assistance`, date: utc('2026-04-06 16:02:11'), enc: 'ascii7',
    text: `Case ID:      ${S.caseId}
Opened:       2026-04-06 16:02 UTC
Type:         AWS Training and Certification
Category:     Certification > Account merge
Severity:     General guidance
Status:       Unassigned

An agent will pick this up, usually within 24 hours.
Reply to this email to add details. Please don't open a second case for the same request.

Amazon Web Services`,
  }),
  mk({
    slug: 'l-receipt-alt', kind: 'acknowledgement', lang: 'en', caseId: L.caseId,
    note: 'receipt as multipart/alternative with an HTML summary table',
    from: NOREPLY, to: to(L), subject: `We've received your case ${L.caseId}`, date: utc('2026-05-11 07:31:49'), enc: 'utf8qp',
    text: `Case ${L.caseId} — received

Subject ........ Two certification accounts
Contact ........ ${L.keep}
Language ....... English
Status ......... Pending assignment

You'll hear from us at this address.`,
    html: `<h3>Case ${L.caseId} — received</h3>
${htable([['Field', 'Value'], ['Subject', 'Two certification accounts'], ['Contact', L.keep], ['Language', 'English'], ['Status', 'Pending assignment']])}
<p>You'll hear from us at this address.</p>`,
  }),
  mk({
    slug: 's-receipt-short', kind: 'acknowledgement', lang: 'en', caseId: S.caseId,
    note: 'short receipt with the reference in brackets and the no-duplicates warning',
    from: SUPPORT, to: to(S), subject: `[CASE ${S.caseId}] [AWS Training and Certification Form Submission] - account-assistance`, date: utc('2026-04-06 16:02:40'), enc: 'ascii7', crlf: false,
    text: `Thanks for reaching AWS Training and Certification.

Reference: [CASE ${S.caseId}]
Queue: account-assistance
Next step: an agent reviews your request

If you already have an open case on this topic, do not open another one; duplicates slow things down.`,
  }),
  mk({
    slug: 'l-receipt-html', kind: 'acknowledgement', lang: 'en', caseId: L.caseId,
    note: 'HTML-only receipt that says nothing about the topic: read as a receipt',
    from: NOREPLY, to: to(L), subject: `Request received (${L.caseId})`, date: utc('2026-05-11 07:31:55'), enc: 'utf8b64',
    html: `<html><body>
<p>Request received.</p>
<ul><li>Reference: ${L.caseId}</li><li>Received: 11 May 2026, 07:31 UTC</li><li>State: open, not yet assigned</li></ul>
<p>No action is needed from you right now.</p>
</body></html>`,
  }),
  mk({
    slug: 's-receipt-failforged', kind: 'acknowledgement', lang: 'en', caseId: S.caseId, trusted: false, auth: 'failThenForged',
    note: 'receipt whose top verdict fails while a planted pass sits lower',
    from: NOREPLY, to: to(S), subject: `[CASE ${S.caseId}] Case received - action needed`, date: utc('2026-04-06 18:20:00'), enc: 'ascii7',
    text: `Case: ${S.caseId}
Status: On hold - identity check
Action: verify your sign-in within 24h

https://aws-case-verify.example.org/${S.caseId}`,
  }),
  mk({
    slug: 'k-receipt-en-fields', kind: 'acknowledgement', lang: 'en', caseId: K.caseId, trap: true,
    note: 'English receipt listing what the customer submitted; information words but no request',
    from: NOREPLY, to: to(K), subject: `Your case ${K.caseId} has been submitted`, date: utc('2026-01-08 02:14:30'), enc: 'ascii7',
    text: `Your case has been submitted. Summary of the information you provided:

  - Name:          Kenji Watanabe
  - Company:       (blank)
  - Candidate ID:  ${K.keepId}
  - Description:   merge ${K.srcId} into ${K.keepId}

Case ID: ${K.caseId}
We typically respond within 24 hours.`,
  }),
  mk({
    slug: 'l-receipt-lf', kind: 'acknowledgement', lang: 'en', caseId: L.caseId, auth: 'dkimonly',
    note: 'receipt with LF line ends and DKIM-only authentication',
    from: NOREPLY, to: to(L), subject: `Case ${L.caseId}: acknowledgement`, date: utc('2026-05-11 07:32:03'), enc: 'utf8qp', crlf: false,
    text: `Hello Lena,

• Case number: ${L.caseId}
• Opened via: contact form (no sign-in)
• Status: waiting for an agent

We'll reply by email — keep the case number in the subject when you write back.`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 's-ai-options', kind: 'ai_answer', lang: 'en',
    note: 'AI-generated answer listing options, self-service tool first',
    from: NOREPLY, to: to(S), subject: 'Suggested answer (AI-generated)', date: utc('2026-04-06 15:58:02'), enc: 'ascii7',
    text: `This response was generated by AI and may contain errors.

Options for combining certification accounts:
  * Self-service: Profile > Merge Accounts (needs the other account's sign-in)
  * If both accounts hold certifications: contact support
  * If you only want a new email: edit it in Profile instead

Did this solve your problem? If not, choose "Create case".`,
  }),
  mk({
    slug: 'l-ai-table', kind: 'ai_answer', lang: 'en',
    note: 'automated answer as a situation/action table',
    from: NOREPLY, to: to(L), subject: 'Automated answer: duplicate AWS Certification accounts', date: utc('2026-05-11 07:28:40'), enc: 'utf8qp',
    text: ttable([
      ['Situation', 'What to do'],
      ['One account is empty', 'Merge Accounts tool'],
      ['Both have certifications', 'Open a support case'],
      ['Forgot password', 'Reset from sign-in page'],
    ]) + `\n\n(Automated answer — not reviewed by a person.)`,
    html: htable([
      ['Situation', 'What to do'],
      ['One account is empty', 'Merge Accounts tool'],
      ['Both have certifications', 'Open a support case'],
      ['Forgot password', 'Reset from sign-in page'],
    ]) + `\n<p><i>(Automated answer — not reviewed by a person.)</i></p>`,
  }),
  mk({
    slug: 's-ai-after', kind: 'ai_answer', lang: 'en', trap: true,
    note: 'AI answer describing what shows up after a merge (certifications, benefits, badges)',
    from: NOREPLY, to: to(S), subject: 'Generative AI answer to your question', date: utc('2026-04-06 15:58:20'), enc: 'utf8qp',
    text: `Generated answer

After accounts are merged, you can usually expect:
 – Certifications: listed on the account you kept, same dates
 – Benefits: the 50% exam voucher appears under Benefits
 – Digital badges: reissued through Credly to the kept email

Try the Merge Accounts tool in your profile first. Create a case only if it refuses.`,
  }),
  mk({
    slug: 'l-ai-kv', kind: 'ai_answer', lang: 'en',
    note: 'AI answer in key/value form',
    from: NOREPLY, to: to(L), subject: 'Here is a suggested resolution', date: utc('2026-05-11 07:28:55'), enc: 'ascii7',
    text: `Source: AI assistant
Topic: account merge
Suggested resolution: use Merge Accounts under My Profile
Prerequisite: email + password of the account you retire
Limitation: not available when both accounts have certification history
Next: Create case (if the tool does not work)`,
  }),
  mk({
    slug: 'm-ai-en', kind: 'ai_answer', lang: 'en',
    note: 'English AI answer for a Japanese user, base64',
    from: NOREPLY, to: to(M), subject: 'AI-generated guidance', date: utc('2026-03-02 00:01:05'), enc: 'utf8b64',
    text: `Guidance generated by AI

Step 1 — sign in to the account you want to keep
Step 2 — open Profile → Merge Accounts
Step 3 — enter the credentials of the other account
Step 4 — review and submit

Note: a merge cannot be reversed. If the tool blocks you, create a case.`,
  }),
  mk({
    slug: 's-ai-lookalikeserver', kind: 'ai_answer', lang: 'en', trusted: false, auth: 'lookalikeServer',
    note: 'AI answer whose Authentication-Results come from a look-alike authserv-id',
    from: NOREPLY, to: to(S), subject: 'Suggested answer (AI-generated)', date: utc('2026-04-06 15:59:00'), enc: 'ascii7',
    text: `AI-generated. Suggested steps:
1. Profile
2. Merge Accounts
3. Enter the second account's login
If that fails, create a case.`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 's-info-checklist', kind: 'info_request', lang: 'en', caseId: S.caseId,
    note: 'support sends a checklist with blanks for both accounts',
    from: SUPPORT, to: to(S), subject: formSubject(S.caseId), date: utc('2026-04-07 13:44:12'), enc: 'ascii7',
    text: `Hi Sam,

Please fill in and send back:

                      Account 1        Account 2
Candidate ID          ____________     ____________
Login email           ____________     ____________
Certification email   ____________     ____________
Keep this one? (Y/N)  ___              ___

Regards,
Dana
AWS Training and Certification Customer Service

${sfRef('S7k2')}`,
  }),
  mk({
    slug: 'l-info-which', kind: 'info_request', lang: 'en', caseId: L.caseId,
    note: 'support lists what sits on each account and asks which to retain',
    from: SUPPORT, to: to(L), subject: formSubject(L.caseId), date: utc('2026-05-12 09:15:00'), enc: 'utf8qp',
    text: `Hello Lena,

We located two profiles:

A) ${L.keepId} — ${L.keep}
   • AWS Certified Cloud Practitioner — 2025-02-03
   • 50% voucher — unused
B) ${L.srcId} — ${L.src}
   • AWS Certified Data Engineer – Associate — 2024-11-19
   • AWS Certified Machine Learning Engineer – Associate — 2025-08-30
   • 50% voucher — used

Which one stays? A or B is enough.

Marco, AWS T&C`,
  }),
  mk({
    slug: 's-info-confirmaddr', kind: 'info_request', lang: 'en', caseId: S.caseId, trap: true,
    note: '"please confirm the email address you want to retain" asks for information, not consent; Salesforce quote below',
    from: SUPPORT, to: to(S), subject: formSubject(S.caseId), date: utc('2026-04-08 10:01:33'), enc: 'ascii7',
    text: `Hi Sam,

Thanks. Two things before we can go further:

  [1] Please confirm the email address you want to retain.
  [2] Please confirm the Candidate ID of the account being retired.

Dana

${sfOriginal(`Sam Okafor <${S.keep}>`, '4/7/2026 7:02 PM', SUPPORT_BARE, formSubject(S.caseId), `Account 1: ${S.keepId}, ${S.keep}\nAccount 2: ${S.srcId}\nKeep: 1`)}`,
  }),
  mk({
    slug: 'l-info-outlook', kind: 'info_request', lang: 'en', caseId: L.caseId,
    note: 'asks for the second account\'s candidate ID; Outlook -----Original Message----- below',
    from: SUPPORT, to: to(L), subject: formSubject(L.caseId), date: utc('2026-05-13 08:20:41'), enc: 'utf8b64',
    text: `Hi Lena,

Missing item: Candidate ID for B (${L.src}).
You'll find it under My Profile → Identification; it starts with "AWS".

Marco

-----Original Message-----
From: Lena Fischer <${L.keep}>
Sent: Tuesday, May 12, 2026 2:03 PM
To: ${SUPPORT_BARE}
Subject: ${formSubject(L.caseId)}

Keep A please.`,
  }),
  mk({
    slug: 'k-info-en', kind: 'info_request', lang: 'en', caseId: K.caseId,
    note: 'English request to write from the kept address and include both candidate IDs',
    from: SUPPORT, to: to(K, 'src'), subject: formSubject(K.caseId), date: utc('2026-01-08 23:30:00'), enc: 'ascii7',
    text: `Dear Kenji,

For verification:
 - reply from the address of the account you keep, and
 - include both Candidate IDs (format AWSxxxxxxxx).

Your message reached us from ${K.src}.

Best regards,
Fujii`,
  }),
  mk({
    slug: 's-info-noauth', kind: 'info_request', lang: 'en', caseId: S.caseId, trusted: false, auth: 'none',
    note: 'information request without any Authentication-Results header',
    from: SUPPORT, to: to(S), subject: formSubject(S.caseId), date: utc('2026-04-07 14:10:09'), enc: 'ascii7',
    text: `Hi Sam,

We need:
 - Candidate ID (old account)
 - Date of your most recent exam

Thanks,
AWS T&C`,
  }),
  mk({
    slug: 'l-info-htmlonly', kind: 'info_request', lang: 'en', caseId: L.caseId,
    note: 'HTML-only table with the fields still missing highlighted',
    from: SUPPORT, to: to(L), subject: formSubject(L.caseId), date: utc('2026-05-12 09:16:30'), enc: 'utf8qp',
    html: `<p>Hi Lena,</p>
<p>Almost there — we just need the cells marked <b>missing</b>:</p>
${htable([['Field', 'Account A', 'Account B'], ['Candidate ID', L.keepId, 'missing'], ['Login email', L.keep, L.src], ['Keep?', 'missing', 'missing']])}
<p>Marco<br>AWS Training and Certification</p>`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 's-confirm-preview', kind: 'confirmation_request', lang: 'en', caseId: S.caseId,
    note: 'before/after preview table and a request to reply "I confirm"',
    from: SUPPORT, to: to(S), subject: formSubject(S.caseId), date: utc('2026-04-09 12:12:12'), enc: 'ascii7',
    text: `Hi Sam,

Preview of the merge:

                   Now                      After
${S.keepId}        SAA-C03                  SAA-C03, SOA-C02, CLF-C02
${S.srcId}        SOA-C02, CLF-C02         closed
Vouchers           1 + 1                    2 on ${S.keepId}

This is permanent. Reply "I confirm" if the preview is correct.

Dana`,
  }),
  mk({
    slug: 'l-confirm-alt', kind: 'confirmation_request', lang: 'en', caseId: L.caseId,
    note: 'bullet list of moving items and irreversibility, asking for written consent',
    from: SUPPORT, to: to(L), subject: formSubject(L.caseId), date: utc('2026-05-14 10:05:00'), enc: 'utf8qp',
    text: `Hi Lena,

Moving from B (${L.srcId}) to A (${L.keepId}):
  ✔ Data Engineer – Associate (2024-11-19, expires 2027-11-19)
  ✔ Machine Learning Engineer – Associate (2025-08-30, expires 2028-08-30)
  ✘ used voucher (nothing to move)

Merges can't be undone. Do we have your consent to proceed?

Marco`,
    html: `<p>Hi Lena,</p>
${htable([['Item', 'Moves?'], ['Data Engineer – Associate (2024-11-19)', 'yes'], ['Machine Learning Engineer – Associate (2025-08-30)', 'yes'], ['Used voucher', 'no']])}
<p>Merges can't be undone. Do we have your consent to proceed?</p><p>Marco</p>`,
  }),
  mk({
    slug: 's-confirm-kv-lf', kind: 'confirmation_request', lang: 'en', caseId: S.caseId,
    note: 'short key/value consent request, LF line ends',
    from: SUPPORT, to: to(S), subject: formSubject(S.caseId), date: utc('2026-04-09 12:20:00'), enc: 'ascii7', crlf: false,
    text: `Keep:    ${S.keepId} / ${S.keep}
Retire:  ${S.srcId} / ${S.src}
Undo:    not possible

OK to go ahead? A one-line "yes" is enough.
-- Dana`,
  }),
  mk({
    slug: 'm-confirm-bottom', kind: 'confirmation_request', lang: 'en', caseId: M.caseId,
    note: 'bottom-posted consent request under the quoted customer reply',
    from: SUPPORT, to: to(M), subject: formSubject(M.caseId), date: utc('2026-03-05 05:29:00'), enc: 'ascii7',
    text: `> Keep: ${M.keepId}
> Old: ${M.srcId}
> Certs on old: SOA-C02, SCS-C02, CLF-C02

Thanks Makoto, that matches our records.

Please reply with your approval to merge ${M.srcId} into ${M.keepId}.
Once done it can't be reversed.

Kaito`,
  }),
  mk({
    slug: 'l-confirm-gmailquote', kind: 'confirmation_request', lang: 'en', caseId: L.caseId,
    note: 'consent request above a Gmail "On ... wrote:" quote',
    from: SUPPORT, to: to(L), subject: formSubject(L.caseId), date: utc('2026-05-14 10:02:00'), enc: 'utf8b64',
    text: `Thanks, Lena — we have everything.

Summary
  Retained: ${L.keepId}
  Retired:  ${L.srcId}
  Moves:    2 certifications

Reply "agree" and we'll start; it is final.

Marco

On Wed, May 13, 2026 at 4:11 PM Lena Fischer <${L.keep}> wrote:
${quote(`B's candidate ID is ${L.srcId}.\nLena\n\nSent from my iPhone`)}`,
  }),
  mk({
    slug: 's-confirm-lookalike', kind: 'confirmation_request', lang: 'en', caseId: S.caseId, trusted: false,
    note: 'consent request from a look-alike domain (authenticated for itself only)',
    from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon-certification-support.com>', to: to(S), subject: formSubject(S.caseId), date: utc('2026-04-09 02:02:02'), enc: 'ascii7',
    text: `Hi Sam,

Merge preview: ${S.srcId} -> ${S.keepId}
Fee: none
Irreversible: yes

Confirm here: https://amazon-certification-support.com/confirm?c=${S.caseId}`,
  }),
  mk({
    slug: 'k-confirm-resent', kind: 'confirmation_request', lang: 'en', caseId: K.caseId, forUser: false,
    note: 'consent request that reached the user only through a redirect (Resent-* headers)',
    from: SUPPORT, to: to(K, 'src'), subject: formSubject(K.caseId), date: utc('2026-01-12 02:45:00'), enc: 'ascii7',
    resent: { from: 'mailer@hq.example.co.jp', to: 'archive@hq.example.co.jp', date: rfcDate('2026-01-12 11:46:10', '+0900') },
    text: `Dear Kenji,

Target:  ${K.keepId}
Source:  ${K.srcId}
Moving:  SAP-C02, DVA-C02, CLF-C02 and one voucher

Please let us know you agree to this merge. It cannot be rolled back.

Fujii`,
  }),

  // ---------------- merge_completed ----------------
  mk({
    slug: 's-merged-table', kind: 'merge_completed', lang: 'en', caseId: S.caseId,
    note: 'completion shown as a before/after table',
    from: SUPPORT, to: to(S), subject: formSubject(S.caseId), date: utc('2026-04-11 09:31:27'), enc: 'ascii7',
    text: `Hi Sam,

Done. Result:

Account        Before              After
${S.keepId}    SAA-C03             SAA-C03, SOA-C02, CLF-C02
${S.srcId}    SOA-C02, CLF-C02    (deactivated)

Vouchers: 2, both on ${S.keepId}.

Dana`,
  }),
  mk({
    slug: 'l-merged-badgepending', kind: 'merge_completed', lang: 'en', caseId: L.caseId, trap: true,
    note: 'merge done; badge line says not yet moved: still merge_completed',
    from: SUPPORT, to: to(L), subject: formSubject(L.caseId), date: utc('2026-05-16 06:06:51'), enc: 'utf8qp',
    text: `Hi Lena,

Status by item:
  DEA-C01 ............ moved ✔
  MLA-C01 ............ moved ✔
  Credly badges ...... not moved yet (separate process, can take a few days)

The accounts are merged; B can no longer sign in.

Marco`,
  }),
  mk({
    slug: 'l-portal-merged', kind: 'merge_completed', lang: 'en',
    note: 'certification portal notice (no case ID) that the accounts have been merged',
    from: PORTAL, to: to(L), subject: 'Your AWS Certification accounts have been merged', date: utc('2026-05-16 06:00:00'), enc: 'utf8b64',
    html: `<html><body>
<h2>Account merge complete</h2>
${htable([['', ''], ['Primary account', L.keepId], ['Merged account', L.srcId], ['Date', '16 May 2026']])}
<p>Certifications, exam history and benefits from the merged account now appear on your primary account.</p>
</body></html>`,
  }),
  mk({
    slug: 's-merged-closing', kind: 'merge_completed', lang: 'en', caseId: S.caseId, trap: true,
    note: 'completion that adds the case will now be closed',
    from: SUPPORT, to: to(S), subject: formSubject(S.caseId), date: utc('2026-04-11 09:35:00'), enc: 'ascii7',
    text: `Merge:   ${S.srcId} -> ${S.keepId}   COMPLETE
Voucher: moved
Case:    will be closed after this message

Reply here if something looks off and it reopens.
- Dana, AWS T&C`,
  }),
  mk({
    slug: 'm-merged-en-outlook', kind: 'merge_completed', lang: 'en', caseId: M.caseId,
    note: 'English completion over an Outlook From/Sent/To/Subject block',
    from: SUPPORT, to: to(M), subject: formSubject(M.caseId), date: utc('2026-03-06 09:42:00'), enc: 'ascii7',
    text: `Makoto,

The two accounts are now one.
  - SOA-C02: on ${M.keepId}
  - SCS-C02: on ${M.keepId}
  - CLF-C02: on ${M.keepId}

Kaito

From: Makoto Kobayashi <${M.keep}>
Sent: Thursday, March 5, 2026 6:02 AM
To: ${SUPPORT_BARE}
Subject: ${formSubject(M.caseId)}

I approve the merge.`,
  }),
  mk({
    slug: 's-merged-misaligned', kind: 'merge_completed', lang: 'en', caseId: S.caseId, trusted: false, auth: 'misaligned',
    note: 'completion with DKIM from an unrelated domain and dmarc=fail',
    from: SUPPORT, to: to(S), subject: formSubject(S.caseId), date: utc('2026-04-10 20:40:00'), enc: 'utf8qp',
    text: `Hi Sam,

Your accounts were merged.
 • Certifications moved: 2
 • Vouchers moved: 1

Sign in again to refresh: https://aws-training-login.example.net/`,
  }),
  mk({
    slug: 'l-merged-alt', kind: 'merge_completed', lang: 'en', caseId: L.caseId,
    note: 'completion in multipart/alternative with a status table',
    from: SUPPORT, to: to(L), subject: formSubject(L.caseId), date: utc('2026-05-16 06:05:00'), enc: 'utf8qp',
    text: `Hi Lena,

Merge finished.

${ttable([['Item', 'Where now'], ['Cloud Practitioner', L.keepId], ['Data Engineer – Associate', L.keepId], ['ML Engineer – Associate', L.keepId], ['Exam history', L.keepId]])}

Marco`,
    html: `<p>Hi Lena,</p><p>Merge finished.</p>
${htable([['Item', 'Where now'], ['Cloud Practitioner', L.keepId], ['Data Engineer – Associate', L.keepId], ['ML Engineer – Associate', L.keepId], ['Exam history', L.keepId]])}
<p>Marco</p>`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 's-credly-issued', kind: 'badges_transferred', lang: 'en',
    note: 'Credly issues an AWS badge to the kept address after the merge',
    from: CREDLY_AWS, to: to(S), subject: 'Amazon Web Services Training and Certification sent you a new badge', date: utc('2026-04-13 17:41:09'), enc: 'utf8qp',
    text: `Sam, you've been issued a badge.

Badge: AWS Certified SysOps Administrator – Associate
Issuer: Amazon Web Services Training and Certification
Issued: April 13, 2026
Sent to: ${S.keep}

Accept your badge: https://www.credly.com/earner/earned/badge/c2e71b40-55f1-4b7e-9a03-8d4f61e2a0b9`,
    html: `<p>Sam, you've been issued a badge.</p>
${htable([['Badge', 'Issued'], ['AWS Certified SysOps Administrator – Associate', 'April 13, 2026']])}
<p><a href="https://www.credly.com/earner/earned/badge/c2e71b40-55f1-4b7e-9a03-8d4f61e2a0b9">Accept your badge</a></p>`,
  }),
  mk({
    slug: 's-badges-table', kind: 'badges_transferred', lang: 'en', caseId: S.caseId,
    note: 'support lists each badge as moved to the kept email',
    from: SUPPORT, to: to(S), subject: formSubject(S.caseId), date: utc('2026-04-13 15:00:21'), enc: 'ascii7',
    text: `Hi Sam,

Credly badges:

  Badge                 Old recipient             New recipient
  SOA-C02               ${S.src}        ${S.keep}
  CLF-C02               ${S.src}        ${S.keep}

Both are now on your kept account. Credly may ask you to accept them.

Dana`,
  }),
  mk({
    slug: 'l-badges-closing', kind: 'badges_transferred', lang: 'en', caseId: L.caseId, trap: true,
    note: 'support announces the badges moved and closes the case',
    from: SUPPORT, to: to(L), subject: formSubject(L.caseId), date: utc('2026-05-19 08:08:08'), enc: 'utf8qp',
    text: `Hi Lena,

 ✔ DEA-C01 badge → ${L.keep}
 ✔ MLA-C01 badge → ${L.keep}

That was the last open item, so we're closing this case.

Marco`,
  }),
  mk({
    slug: 'l-credly-htmlonly', kind: 'badges_transferred', lang: 'en',
    note: 'HTML-only Credly AWS badge notice on the kept address',
    from: CREDLY_AWS, to: to(L), subject: 'Your AWS Certified Machine Learning Engineer – Associate badge is ready', date: utc('2026-05-19 10:12:45'), enc: 'utf8b64', wholeSubject: true,
    html: `<html><body>
<p>Hi Lena Fischer,</p>
<p>Amazon Web Services Training and Certification has issued you a badge.</p>
<table><tr><td>Badge</td><td>AWS Certified Machine Learning Engineer – Associate</td></tr><tr><td>Expires</td><td>Aug 30, 2028</td></tr></table>
<p><a href="https://www.credly.com/earner/earned/badge/6a9d2f07-1c3e-4e88-b5f4-73c0e19a2d56">Accept your badge</a></p>
</body></html>`,
  }),
  mk({
    slug: 's-credly-lookalike', kind: 'badges_transferred', lang: 'en', trusted: false,
    note: 'badge notice from a subdomain trick (credly.com.badge-notify.net)',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly.com.badge-notify.net>', to: to(S), subject: 'Amazon Web Services Training and Certification sent you a new badge', date: utc('2026-04-12 03:00:00'), enc: 'utf8qp',
    text: `Badge: AWS Certified Cloud Practitioner
Recipient: ${S.keep}
Accept your badge: https://credly.com.badge-notify.net/accept/88213`,
  }),
  mk({
    slug: 'k-badges-en', kind: 'badges_transferred', lang: 'en', caseId: K.caseId,
    note: 'English support reply: badges now on the kept account, Gmail quote of the question',
    from: SUPPORT, to: to(K), subject: formSubject(K.caseId), date: utc('2026-01-16 05:20:00'), enc: 'ascii7',
    text: `Hi Kenji,

Badge move: done.
  SAP-C02 -> ${K.keep}
  DVA-C02 -> ${K.keep}
  CLF-C02 -> ${K.keep}

Fujii

On Thu, Jan 15, 2026 at 8:40 PM Kenji Watanabe <${K.keep}> wrote:
${quote('Certs show fine now, but Credly still has the badges on my old work address.')}`,
  }),
  mk({
    slug: 's-credly-subdomain', kind: 'badges_transferred', lang: 'en', auth: 'dkimParent',
    note: 'Credly AWS badge notice from a credly.com subdomain signed with the parent domain',
    from: 'Amazon Web Services Training and Certification via Credly <notifications@e.credly.com>', to: to(S), subject: 'Amazon Web Services Training and Certification sent you a new badge', date: utc('2026-04-13 17:42:30'), enc: 'utf8qp',
    text: `Badge: AWS Certified Cloud Practitioner
Issued to: ${S.keep}
Issued on: 2026-04-13

Accept your badge → https://www.credly.com/earner/earned/badge/19e4b8d2-6f0a-4c71-8e25-a3b7d90c1f64`,
    html: paras(`Badge: AWS Certified Cloud Practitioner\nIssued to: ${S.keep}\nIssued on: 2026-04-13`) + `\n<p><a href="https://www.credly.com/earner/earned/badge/19e4b8d2-6f0a-4c71-8e25-a3b7d90c1f64">Accept your badge</a></p>`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 's-autoclose', kind: 'case_closed', lang: 'en', caseId: S.caseId,
    note: 'reminder that the case will close in 5 days without a reply',
    from: NOREPLY, to: to(S), subject: `[CASE ${S.caseId}] Awaiting your reply`, date: utc('2026-04-08 00:00:12'), enc: 'ascii7',
    text: `Case:        ${S.caseId}
Status:      Pending customer action
Last update: 2026-04-07

If we don't hear from you in 5 days, this case will close automatically.`,
  }),
  mk({
    slug: 'l-resolved-resent', kind: 'case_closed', lang: 'en', caseId: L.caseId, forUser: false,
    note: 'resolved notice that reached the old agency address via a redirect (Resent-*)',
    from: NOREPLY, to: to(L, 'src'), subject: `Case ${L.caseId} resolved`, date: utc('2026-05-20 07:00:00'), enc: 'utf8qp',
    resent: { from: 'forwarder@agency.example.io', to: 'shared-inbox@agency.example.io', date: cet('2026-05-20 09:01:12') },
    text: `Case ${L.caseId}
Previous status → Work in progress
New status → Resolved
Changed on → 20 May 2026`,
  }),
  mk({
    slug: 's-close-restate', kind: 'case_closed', lang: 'en', caseId: S.caseId, trap: true,
    note: 'closing that restates the earlier merge; nothing new happened',
    from: SUPPORT, to: to(S), subject: formSubject(S.caseId), date: utc('2026-04-20 11:11:11'), enc: 'ascii7',
    text: `Hi Sam,

Recap:
  - merge: completed 11 Apr
  - badges: moved 13 Apr
  - your reply since: none

As everything was wrapped up last week, we're closing this case now.

Dana`,
  }),
  mk({
    slug: 'l-closed-timeline', kind: 'case_closed', lang: 'en', caseId: L.caseId,
    note: 'HTML-only closed notice with a short timeline',
    from: NOREPLY, to: to(L), subject: `Case ${L.caseId} closed`, date: utc('2026-05-27 00:00:03'), enc: 'utf8b64',
    html: `<html><body>
<p>Your case has been closed.</p>
${htable([['Date', 'Event'], ['2026-05-11', 'Opened'], ['2026-05-19', 'Last reply from AWS'], ['2026-05-27', 'Closed (no response)']])}
<p>Reply within 14 days to reopen it.</p>
</body></html>`,
  }),
  mk({
    slug: 's-close-forged', kind: 'case_closed', lang: 'en', caseId: S.caseId, trusted: false, auth: 'forgedBelow',
    note: 'closing notice with a planted pass header under the server\'s Received line',
    from: NOREPLY, to: to(S), subject: `[CASE ${S.caseId}] Closed`, date: utc('2026-04-21 04:04:04'), enc: 'ascii7',
    text: `Case ${S.caseId}: Closed
Reason: resolved`,
  }),
  mk({
    slug: 'm-close-pending-consent', kind: 'case_closed', lang: 'en', caseId: M.caseId, trap: true,
    note: 'auto-close reminder that names the pending consent; the new fact is the coming closure',
    from: NOREPLY, to: to(M), subject: `[CASE ${M.caseId}] This case will close soon`, date: utc('2026-03-04 23:59:00'), enc: 'ascii7',
    text: `Open item: your confirmation of the account merge
Days without reply: 4
Auto-close: in 3 days

After that the case closes without further notice.`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 's-thanks-confirm', kind: 'support_reply', lang: 'en', caseId: S.caseId, trap: true,
    note: 'thanks for confirming, passed to the merge team',
    from: SUPPORT, to: to(S), subject: formSubject(S.caseId), date: utc('2026-04-09 16:30:00'), enc: 'ascii7',
    text: `Hi Sam,

Your confirmation: received
Request: handed to the back-office team
Expected: 1-5 business days

We'll write again when ther's news.
Dana`,
  }),
  mk({
    slug: 'l-notcompleted', kind: 'support_reply', lang: 'en', caseId: L.caseId, trap: true,
    note: 'status: the merge has not been completed yet',
    from: SUPPORT, to: to(L), subject: formSubject(L.caseId), date: utc('2026-05-15 12:00:00'), enc: 'utf8qp',
    text: `Hi Lena,

Quick status — the merge has not been completed yet.

  consent ✔ (14 May)
  merge ⏳ in queue
  badges — not started

Marco`,
  }),
  mk({
    slug: 's-dupcases', kind: 'support_reply', lang: 'en', caseId: S.caseId, trap: true,
    note: 'support merged the user\'s duplicate cases; not the account merge',
    from: SUPPORT, to: to(S), subject: formSubject(S.caseId), date: utc('2026-04-07 09:00:00'), enc: 'ascii7',
    text: `Hi Sam,

You opened this twice, so we merged the duplicate cases:

  1791207736 -> merged into ${S.caseId}
  ${S.caseId} -> open, handled by me

Dana`,
  }),
  mk({
    slug: 'l-unable', kind: 'support_reply', lang: 'en', caseId: L.caseId, trap: true,
    note: 'support is unable to merge right now (exam scheduled on the old account)',
    from: SUPPORT, to: to(L), subject: formSubject(L.caseId), date: utc('2026-05-13 15:30:00'), enc: 'utf8b64',
    text: `Hi Lena,

We're unable to merge at the moment.

Blocking item: B has an exam booked (AIF-C01, 2026-05-22).
Options: take the exam first, or cancel it; then reply here.

Marco`,
  }),
  mk({
    slug: 's-voucher-answer', kind: 'support_reply', lang: 'en', caseId: S.caseId, trap: true,
    note: 'answers a voucher question: an expired voucher will not be transferred',
    from: SUPPORT, to: to(S), subject: formSubject(S.caseId), date: utc('2026-04-08 17:17:17'), enc: 'ascii7',
    text: `Hi Sam,

On your voucher question:

  Voucher on ${S.keepId}: valid until 2026-09-01 -> stays
  Voucher on ${S.srcId}: expired 2026-02-10 -> will not be transferred

Dana`,
  }),
  mk({
    slug: 'k-write-from-keep-en', kind: 'support_reply', lang: 'en', caseId: K.caseId,
    note: 'asks the user to write from the kept address, asks for no data',
    from: SUPPORT, to: to(K, 'src'), subject: formSubject(K.caseId), date: utc('2026-01-08 23:10:00'), enc: 'ascii7',
    text: `Hi Kenji,

Received from:   ${K.src}
Please write from: the address on the account you intend to keep

Once you do, we'll carry on from there.

Fujii`,
  }),
  mk({
    slug: 'l-badges-pending', kind: 'support_reply', lang: 'en', caseId: L.caseId, trap: true,
    note: 'badges not moved yet; re-requested internally',
    from: SUPPORT, to: to(L), subject: formSubject(L.caseId), date: utc('2026-05-17 10:00:00'), enc: 'utf8qp',
    text: `Hi Lena,

Checked Credly:
  DEA-C01 — still on ${L.src}
  MLA-C01 — still on ${L.src}

I've asked the badging team to reissue them. I'll update you here.

Marco`,
    html: `<p>Hi Lena,</p><p>Checked Credly:</p><ul><li>DEA-C01 — still on ${L.src}</li><li>MLA-C01 — still on ${L.src}</li></ul><p>I've asked the badging team to reissue them. I'll update you here.</p><p>Marco</p>`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 's-own-forward', kind: 'unrelated', lang: 'en', caseId: S.caseId, trusted: false, trap: true, forUser: false, auth: 'none',
    note: 'the user forwards the completion mail to a colleague; own mail, not addressed to the user',
    from: to(S), to: 'Priscilla Moore <p.moore@legacy.example.org>', subject: `Fwd: ${formSubject(S.caseId)}`, date: pdt('2026-04-11 08:15:00'), enc: 'ascii7', relay: 'smtp.example.com',
    text: `FYI, HR asked for proof. See below.

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_BARE}>
Date: Sat, Apr 11, 2026 at 2:31 AM
Subject: ${formSubject(S.caseId)}
To: Sam Okafor <${S.keep}>

Done. Result:
Account        Before              After
${S.keepId}    SAA-C03             SAA-C03, SOA-C02, CLF-C02`,
  }),
  mk({
    slug: 's-orgs-joined', kind: 'unrelated', lang: 'en', trap: true,
    note: 'AWS Organizations notice about an AWS account joining an organization; not the certification merge',
    from: 'AWS Organizations <no-reply-aws@amazon.com>', to: to(S), subject: 'Account 482910337125 joined your organization', date: utc('2026-04-15 20:02:02'), enc: 'ascii7',
    text: `Organization:  o-7hq2k1x9pz
Account:       482910337125 (sandbox-sam)
Action:        invitation accepted, account consolidated under management account
Billing:       consolidated billing now applies`,
  }),
  mk({
    slug: 'l-hashicorp-badge', kind: 'unrelated', lang: 'en', trap: true,
    note: 'Credly badge from HashiCorp, not AWS',
    from: 'HashiCorp via Credly <admin@credly.com>', to: to(L), subject: 'HashiCorp sent you a new badge', date: utc('2026-05-21 13:13:13'), enc: 'utf8qp',
    text: `Badge: HashiCorp Certified: Terraform Associate (004)
Issued: May 21, 2026
Accept your badge: https://www.credly.com/earner/earned/badge/0d5e8c93-2b7a-4f16-9e41-c8a3f5b27d10`,
  }),
  mk({
    slug: 's-credly-merge-code', kind: 'unrelated', lang: 'en', trap: true,
    note: 'Credly\'s own account-merge code mail',
    from: 'Credly <noreply@credly.com>', to: to(S), subject: 'Complete your Credly account merge', date: utc('2026-04-14 02:20:00'), enc: 'ascii7',
    text: `Merge request:  ${S.src} -> ${S.keep}
Code:           603 118
Valid for:      30 minutes

Enter the code in Credly to complete the account merge.`,
  }),
  mk({
    slug: 'l-survey', kind: 'unrelated', lang: 'en', caseId: L.caseId, trap: true,
    note: 'survey about the closed case',
    from: NOREPLY, to: to(L), subject: `How did we do on case ${L.caseId}?`, date: utc('2026-05-28 09:00:00'), enc: 'utf8qp',
    text: `Was your issue resolved?  ☐ Yes  ☐ No
How satisfied are you?    1 · 2 · 3 · 4 · 5

https://survey.aws.example/s/en-9c04`,
  }),
  mk({
    slug: 's-billing-closed', kind: 'unrelated', lang: 'en', caseId: OTHER.samBilling, trap: true,
    note: 'closing of the user\'s other case about a duplicate exam charge',
    from: SUPPORT, to: to(S), subject: `RE:[CASE ${OTHER.samBilling}] [AWS Training and Certification Form Submission] - billing`, date: utc('2026-04-22 10:10:10'), enc: 'ascii7',
    text: `Hi Sam,

Duplicate charge: refunded (USD 150.00, 2026-04-21)
Case ${OTHER.samBilling}: closing now

Dana`,
  }),
  mk({
    slug: 'l-pearson-confirmed', kind: 'unrelated', lang: 'en', trusted: false, trap: true,
    note: 'test vendor\'s appointment confirmation; confirmation words, other sender',
    from: 'Pearson VUE <noreply@pearsonvue.example.com>', to: to(L), subject: 'Appointment confirmed: AWS Certified AI Practitioner', date: utc('2026-05-09 18:00:00'), enc: 'ascii7',
    text: `Exam:          AIF-C01
Date:          22 May 2026, 10:00 CEST
Delivery:      OnVUE (online)
Registration:  confirmed

Check in 30 minutes early.`,
  }),
  mk({
    slug: 'l-voucher-receipt', kind: 'unrelated', lang: 'en', caseId: OTHER.lenaVoucher, trap: true,
    note: 'receipt of the user\'s other case about an exam voucher code',
    from: NOREPLY, to: to(L), subject: `[CASE ${OTHER.lenaVoucher}] Received: exam voucher code not accepted`, date: utc('2026-05-23 08:30:00'), enc: 'ascii7',
    text: `Case ID:   ${OTHER.lenaVoucher}
Topic:     exam voucher code not accepted at checkout
Status:    Unassigned

We'll get back to you within 24 hours.`,
  }),
];
