// fp set, English part 1: receipts, AI answers, information requests, confirmation requests.
import type { Msg } from './lib.js';
import {
  BEN, CASE, FORM, JORDAN, NADIA, NOREPLY, SOFIA, SUPPORT,
  esc, formSubj, gmailEn, mask, mk, outlookEn, paras, sfBlock, sfRef, utc, pst, quote,
} from './common.js';

export const EN1: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'jordan-receipt', kind: 'acknowledgement', lang: 'en', caseId: CASE.jordan,
    note: 'AWS Support receipt; summary names the account to close and the account to keep',
    from: NOREPLY, to: JORDAN.keep,
    subject: `AWS Support case ${CASE.jordan} has been created`,
    date: utc('2026-11-23 16:05:12'), enc: 'ascii7',
    text: `Hello ${JORDAN.name},

Thanks for reaching out. We've opened case ${CASE.jordan} for you.

Summary of what you told us:
  Account to close: ${JORDAN.src} (${JORDAN.srcId})
  Account to keep:  ${JORDAN.keep} (${JORDAN.keepId})

An agent will get back to you, usually within one business day. Please
don't create another case for the same request; it only slows things down.

Amazon Web Services`,
  }),
  mk({
    slug: 'sofia-receipt-html', kind: 'acknowledgement', lang: 'en', caseId: CASE.sofia,
    note: 'HTML-only form receipt quoting her request to fold the consulting account into the personal one',
    from: SUPPORT, to: SOFIA.keep,
    subject: `[CASE ${CASE.sofia}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: utc('2026-11-25 09:31:48'), enc: 'utf8qp',
    html: `<!DOCTYPE html><html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
<p>Hi Sofia,</p>
<p>We have your request &mdash; it is logged as case <strong>${CASE.sofia}</strong>.</p>
<blockquote style="border-left:3px solid #ccc;padding-left:8px">Please fold my consulting-firm account (${esc(SOFIA.src)}) into my personal one (${esc(SOFIA.keep)}). Candidate IDs ${SOFIA.srcId} and ${SOFIA.keepId}.</blockquote>
<p>You'll hear from a specialist soon. To add something, just reply to this email.</p>
<p>AWS Training and Certification</p>
</body></html>`,
  }),
  mk({
    slug: 'ben-receipt', kind: 'acknowledgement', lang: 'en', caseId: CASE.ben,
    note: 'automated acknowledgement listing the surviving and retiring profiles',
    from: SUPPORT, to: `${BEN.name} <${BEN.keep}>`,
    subject: `[CASE ${CASE.ben}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: utc('2026-11-24 19:44:03'), enc: 'utf8qp',
    text: `Dear Ben,

This is an automated acknowledgement. Your request is now logged as case ${CASE.ben} with AWS Training and Certification.

Request details
- Surviving profile: ${BEN.keepId} (${BEN.keep})
- Retiring profile: ${BEN.srcId} (${BEN.src})

A member of the team will reply by email. Reply to this message to add information; please keep the case number in the subject line.`,
  }),
  mk({
    slug: 'nadia-receipt-dmarcfail', kind: 'acknowledgement', lang: 'en', caseId: CASE.nadia, trusted: false, auth: 'fail',
    note: 'looks like a receipt but the receiving server says dmarc=fail for amazon.com: untrusted',
    from: NOREPLY, to: NADIA.keep,
    subject: `Support case ${CASE.nadia} recieved`,
    date: utc('2026-11-21 03:03:03'), enc: 'ascii7',
    text: `Hello,

Your support case ${CASE.nadia} has been recieved.
Description: merge retail job account ${NADIA.src} -> ${NADIA.keep}
We will respond shortly.`,
  }),
  mk({
    slug: 'jordan-dup-receipt', kind: 'acknowledgement', lang: 'en', caseId: CASE.jordanDup,
    note: 'receipt of a second case sent from the old Acme address (text + HTML)',
    from: NOREPLY, to: JORDAN.src,
    subject: `AWS Support case ${CASE.jordanDup} created`,
    date: utc('2026-11-24 13:18:27'), enc: 'utf8qp',
    text: `Hi Jordan,

We got your message and opened case ${CASE.jordanDup}. Replies will go to the address that submitted it, ${JORDAN.src}.

You wrote: "Same request as before: keep ${JORDAN.keep}, the old Acme account ${JORDAN.srcId} can go."

Tip: if you already have an open case about this, reply on that one instead.`,
    html: `<p>Hi Jordan,</p>
<p>We got your message and opened case ${CASE.jordanDup}. Replies will go to the address that submitted it, ${JORDAN.src}.</p>
<p>You wrote: <i>&quot;Same request as before: keep ${JORDAN.keep}, the old Acme account ${JORDAN.srcId} can go.&quot;</i></p>
<p><small>Tip: if you already have an open case about this, reply on that one instead.</small></p>`,
  }),
  mk({
    slug: 'nadia-receipt-form', kind: 'acknowledgement', lang: 'en', caseId: CASE.nadia,
    note: 'receipt echoing the submitted form: primary and secondary candidate IDs with creation dates; nothing asked',
    from: SUPPORT, to: NADIA.keep,
    subject: `[CASE ${CASE.nadia}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: utc('2026-11-21 02:58:40'), enc: 'utf8b64',
    text: `Hello Nadia Haddad,

Case ${CASE.nadia} - received.

Submitted form
  Inquiry type: AWS Training and Certification
  Issue: Account merge
  Primary candidate ID: ${NADIA.keepId} (created ${NADIA.keepMade})
  Secondary candidate ID: ${NADIA.srcId} (created ${NADIA.srcMade})
  Contact: ${NADIA.keep}

No action is needed right now. We'll write again once someone has looked at it.`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'jordan-ai-tool', kind: 'ai_answer', lang: 'en',
    note: 'automatic suggestion: use Profile > Merge Accounts from the account to keep',
    from: NOREPLY, to: JORDAN.keep,
    subject: 'Suggested answer for your question about certification accounts',
    date: utc('2026-11-23 15:58:30'), enc: 'ascii7',
    text: `This answer was generated automatically.

You can usually combine two AWS Certification accounts yourself:
- Sign in to the account you want to keep (for you, probably ${JORDAN.keep}).
- Go to Profile > Merge Accounts.
- Enter the sign-in details of the account that should disappear (${JORDAN.src}).

If both accounts already hold certifications, the tool stops and asks you to
contact support. Choose "Create case" to reach a person.`,
  }),
  mk({
    slug: 'sofia-ai-after-html', kind: 'ai_answer', lang: 'en', trap: true,
    note: 'HTML AI answer describing what a merge does to source and target; nothing was merged',
    from: NOREPLY, to: SOFIA.keep,
    subject: 'Your answer from AWS Support (AI-generated)',
    date: utc('2026-11-25 09:20:15'), enc: 'utf8b64',
    html: `<html><body>
<h3>What happens when two certification accounts are merged?</h3>
<p>The certifications, exam history and benefits of the <b>source</b> account (for example ${esc(SOFIA.src)}) show up under the <b>target</b> account (for example ${esc(SOFIA.keep)}). The source account is then deactivated and can no longer be used to sign in.</p>
<p>You can start this yourself under Profile &gt; Merge Accounts. If both accounts hold certifications, create a case instead.</p>
<p style="color:#666;font-size:12px">Generated by AI. Verify important details. Was this helpful? Yes | No</p>
</body></html>`,
  }),
  mk({
    slug: 'ben-ai-both-history', kind: 'ai_answer', lang: 'en',
    note: 'generative-AI response: both profiles have history, so open a case naming target and source',
    from: NOREPLY, to: BEN.keep,
    subject: 'Automated response to your question',
    date: utc('2026-11-24 19:36:51'), enc: 'utf8qp',
    text: `Automated response - generative AI

Question: "Uni account and personal account, both have certs, how do I combine them?"

Because both ${BEN.srcId} and ${BEN.keepId} have certification history, the Merge Accounts tool can't combine them. Please create a case and state which account you want to keep (the target) and which should be merged into it (the source). Including both candidate IDs speeds things up.`,
  }),
  mk({
    slug: 'nadia-ai-new-account', kind: 'ai_answer', lang: 'en',
    note: 'AI answer on what "new account" can mean (certification vs Credly) and how to merge the two',
    from: NOREPLY, to: NADIA.keep,
    subject: 'AI-generated answer: "I have a new account now?"',
    date: utc('2026-11-21 02:50:02'), enc: 'utf8qp',
    text: `AI-generated answer

"New account" can mean different things:
- A new AWS Certification account is created when you sign in with an email we haven't seen before.
- A new Credly account is created when you accept a badge at an address Credly doesn't know.

If you now have two certification accounts (e.g. one for ${NADIA.src} and one for ${NADIA.keep}), you can try Merge Accounts from the one you want to keep. For Credly, add the second address under Settings > Account.

Still stuck? Choose Create case.`,
    html: `<p><b>AI-generated answer</b></p>
<p>&quot;New account&quot; can mean different things:</p>
<ul><li>A new AWS Certification account is created when you sign in with an email we haven't seen before.</li>
<li>A new Credly account is created when you accept a badge at an address Credly doesn't know.</li></ul>
<p>If you now have two certification accounts (e.g. one for ${NADIA.src} and one for ${NADIA.keep}), you can try Merge Accounts from the one you want to keep. For Credly, add the second address under Settings &gt; Account.</p>
<p>Still stuck? Choose <a href="https://support.aws.amazon.com/#/contacts/aws-training">Create case</a>.</p>`,
  }),
  mk({
    slug: 'jordan-ai-transcript', kind: 'ai_answer', lang: 'en',
    note: 'emailed chat transcript with the AI assistant recommending which account to keep',
    from: NOREPLY, to: JORDAN.keep,
    subject: 'Your chat transcript - AWS Training and Certification',
    date: utc('2026-11-23 15:52:44'), enc: 'utf8b64',
    text: `Your chat transcript - AWS Training and Certification

Assistant (AI): Hi! How can I help?
You: I have a personal cert account and an old work one from Acme. Which should I keep?
Assistant (AI): Keep the one whose email you'll always control - here that's ${JORDAN.keep} rather than ${JORDAN.src}. Merge the old work account into it with Profile > Merge Accounts. If the tool refuses, open a case.
You: ok thanks

This transcript was sent at your request.`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'jordan-which-remains', kind: 'info_request', lang: 'en', caseId: CASE.jordan,
    note: 'agent lists both profiles (ID, email, opened, certs) and asks which should remain active',
    from: SUPPORT, to: JORDAN.keep,
    subject: formSubj(CASE.jordan),
    date: utc('2026-11-24 17:02:39'), enc: 'ascii7',
    text: `Hello Jordan,

Thank you for contacting AWS Training and Certification. My name is Priyanka and I'll be helping with your request.

I can see two profiles tied to you:

  ${JORDAN.keepId} - ${JORDAN.keep} - opened ${JORDAN.keepMade} - ${JORDAN.keepCerts}
  ${JORDAN.srcId} - ${JORDAN.src} - opened ${JORDAN.srcMade} - ${JORDAN.srcCerts}

Which of these two should remain active after the merge? Most of your history sits on the Acme profile, so I'd rather hear it from you than assume.

Kind regards,
Priyanka
AWS Training and Certification

${sfRef('7Jd2Q')}

${sfBlock(`${JORDAN.name} <${JORDAN.keep}>`, '11/23/2026 8:04 AM', 'Merge two certification accounts', `Hi, I'd like my old Acme account merged with my personal one. Both IDs are in the form.`)}`,
  }),
  mk({
    slug: 'sofia-former-employer-id', kind: 'info_request', lang: 'en', caseId: CASE.sofia,
    note: 'asks for the candidate ID of the former employer\'s profile and the exact name shown on it',
    from: SUPPORT, to: SOFIA.keep,
    subject: formSubj(CASE.sofia),
    date: utc('2026-11-26 10:15:33'), enc: 'utf8qp',
    text: `Hi Sofia,

Thanks for the details so far. Before we can go ahead, could you send us:

- the candidate ID of the profile registered with your former employer's address (${SOFIA.src}), and
- the exact name shown on that profile, as it differs slightly from the one on your current profile (${SOFIA.keepId}).

Best,
Tomasz | AWS Training & Certification Support`,
  }),
  mk({
    slug: 'ben-confirm-address', kind: 'info_request', lang: 'en', caseId: CASE.ben, trap: true,
    note: '"please confirm the email address" of the profile to retain: an information request worded with confirm',
    from: SUPPORT, to: BEN.keep,
    subject: formSubj(CASE.ben),
    date: utc('2026-11-25 14:40:10'), enc: 'ascii7',
    text: `Hello Ben,

Please confirm the email address attached to the profile you want to retain. Your form lists ${BEN.keep}, but the profile with candidate ID ${BEN.keepId} shows a different notification address in our system. Reply with the address you use to sign in to the surviving profile and we'll take it from there.

Regards,
Lucia
AWS Training and Certification`,
  }),
  mk({
    slug: 'nadia-write-from-keep', kind: 'info_request', lang: 'en', caseId: CASE.nadia,
    note: 'reply from the address that stays AND include the RetailCo candidate ID',
    from: SUPPORT, to: NADIA.src,
    subject: formSubj(CASE.nadia),
    date: utc('2026-11-22 11:27:58'), enc: 'utf8b64',
    text: `Hi Nadia,

We received this request from ${NADIA.src}, which belongs to the profile you'd like to retire. For security, please reply from ${NADIA.keep} - the address on the profile that stays - and include the candidate ID of the RetailCo profile in your reply.

Thanks,
Marcus`,
  }),
  mk({
    slug: 'jordan-appointment', kind: 'info_request', lang: 'en', caseId: CASE.jordan,
    note: 'before merging, asks whether to keep an exam booked on the old Acme profile and for its confirmation number; Gmail quote',
    from: SUPPORT, to: JORDAN.keep,
    subject: formSubj(CASE.jordan),
    date: utc('2026-11-25 01:33:19'), enc: 'utf8qp',
    text: `Hi Jordan,

One more thing before I can process this. The old Acme profile (${JORDAN.srcId}) still has an exam appointment booked for 14 January. Do you want to keep that appointment? If so, send me the appointment confirmation number; if not, please cancel it first and let me know once that's done.

Priyanka

${gmailEn('Tue, Nov 24, 2026 at 6:12 PM', `${JORDAN.name} <${JORDAN.keep}>`)}
${quote(`Hi Priyanka,
Keep ${JORDAN.keep} please. The Acme one can be merged in and closed.
Jordan`)}`,
  }),
  mk({
    slug: 'sofia-freemail-phish', kind: 'info_request', lang: 'en', trusted: false,
    note: 'trusted display name on a free-mail address asking for passwords of both accounts: untrusted',
    from: 'AWS Training and Certification <aws.certification.team@gmail.com>', to: SOFIA.keep,
    subject: 'Action required: verify both accounts to finish your merge',
    date: utc('2026-11-26 22:47:05'), enc: 'ascii7',
    text: `Dear Sofia Rossi,

To finish merging ${SOFIA.src} into ${SOFIA.keep} we need to verify both accounts. Reply with the password and the date of birth registered on each account within 24 hours, or the request will be cancelled.

AWS Certification Team`,
  }),
  mk({
    slug: 'ben-credly-login', kind: 'info_request', lang: 'en', caseId: CASE.ben,
    note: 'merge is queued; asks which Credly login should receive the badges issued to the university address',
    from: SUPPORT, to: BEN.keep,
    subject: formSubj(CASE.ben),
    date: utc('2026-11-26 16:05:44'), enc: 'utf8b64',
    text: `Hi Ben,

The merge itself is queued with our back-office team. Meanwhile I'd like to prepare the badge move: which email does your Credly account use?

Your badges were issued to the university address (${BEN.src}); I need to know whether they should go to ${BEN.keep} or to a different Credly login.

Lucia`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'jordan-agree', kind: 'confirmation_request', lang: 'en', caseId: CASE.jordan,
    note: 'source (closed) and target (stays) by ID and masked address; reply "I agree" to authorize',
    from: SUPPORT, to: JORDAN.keep,
    subject: formSubj(CASE.jordan),
    date: utc('2026-11-25 18:20:00'), enc: 'ascii7',
    text: `Hello Jordan,

Thanks for letting me know which profile to keep. Here is what we will do:

  Source (will be closed): ${JORDAN.srcId} / ${mask(JORDAN.src)}
  Target (stays):          ${JORDAN.keepId} / ${mask(JORDAN.keep)}

Everything on the source - certifications, exam history, benefits - moves to the target. This cannot be reversed. Please reply "I agree" to this email to authorize the merge.

Priyanka`,
  }),
  mk({
    slug: 'sofia-opposite-direction', kind: 'confirmation_request', lang: 'en', caseId: CASE.sofia,
    note: 'asks her to confirm the reversed direction (personal kept instead of consulting) before an irreversible merge',
    from: SUPPORT, to: SOFIA.keep,
    subject: formSubj(CASE.sofia),
    date: utc('2026-11-27 08:49:21'), enc: 'utf8qp',
    text: `Hi Sofia,

I want to double-check the direction before we do anything irreversible. Your original form asked us to keep the consulting-firm profile (${SOFIA.srcId}), but in your last reply you said you no longer have access to ${SOFIA.src}.

So should we do the opposite, i.e. move everything from ${SOFIA.srcId} into your personal profile ${SOFIA.keepId} (${SOFIA.keep}) and retire the consulting one? If that's right, reply "yes, merge into the personal profile". A merge can't be undone.

Tomasz`,
  }),
  mk({
    slug: 'ben-authorize-certs', kind: 'confirmation_request', lang: 'en', caseId: CASE.ben,
    note: 'profiles named by the certification each holds and creation month; asks him to authorize',
    from: SUPPORT, to: BEN.keep,
    subject: formSubj(CASE.ben),
    date: utc('2026-11-27 12:12:12'), enc: 'ascii7',
    text: `Dear Ben,

Your request is ready to be processed. Please review:

  Kept: the profile holding ${BEN.keepCerts} (created ${BEN.keepMade}, ${BEN.keep})
  Merged in and retired: the profile holding ${BEN.srcCerts} (created ${BEN.srcMade}, ${BEN.src})

Once merged, the two can't be separated again. Kindly reply to confirm you authorize this.

Lucia`,
  }),
  mk({
    slug: 'nadia-confirm-html', kind: 'confirmation_request', lang: 'en', caseId: CASE.nadia,
    note: 'HTML-only: primary/secondary table and a request to confirm the permanent merge',
    from: SUPPORT, to: NADIA.keep,
    subject: formSubj(CASE.nadia),
    date: utc('2026-11-23 15:40:31'), enc: 'utf8b64',
    html: `<html><body style="font-family:Segoe UI,Arial,sans-serif">
<p>Hello Nadia,</p>
<p>Please confirm the merge below by replying to this email.</p>
<table cellpadding="6" style="border:1px solid #999">
<tr><td>Primary (remains)</td><td>${NADIA.keepId}</td><td>${esc(NADIA.keep)}</td></tr>
<tr><td>Secondary (merged and closed)</td><td>${NADIA.srcId}</td><td>${esc(NADIA.src)}</td></tr>
</table>
<p>This step is permanent; we can't split the accounts again afterwards.</p>
<p>Marcus<br>AWS Training and Certification</p>
</body></html>`,
  }),
  mk({
    slug: 'jordan-direction-outlook', kind: 'confirmation_request', lang: 'en', caseId: CASE.jordan, auth: 'dkimonly',
    note: 'the customer changed his mind; asks to confirm once more FROM Acme TO personal (aligned DKIM only, trusted); Outlook quote',
    from: SUPPORT, to: JORDAN.keep,
    subject: formSubj(CASE.jordan),
    date: utc('2026-11-25 16:41:08'), enc: 'utf8qp',
    text: `Jordan,

Just checking: earlier you asked for the work account to be kept and now the personal one. To avoid mistakes, please confirm once more that the merge should go FROM ${JORDAN.src} TO ${JORDAN.keep}, and not the other way round. Once we run it, it's permanent.

Priyanka

${outlookEn(`${JORDAN.name} <${JORDAN.keep}>`, 'Wednesday, November 25, 2026 8:03 AM', FORM, formSubj(CASE.jordan))}

Sorry for the confusion, I meant keep the personal one.`,
  }),
  mk({
    slug: 'ben-confirm-lookalike-server', kind: 'confirmation_request', lang: 'en', caseId: CASE.ben, trusted: false, auth: 'lookalikeServer',
    note: 'consent request, but its Authentication-Results comes from a look-alike authserv-id: untrusted',
    from: SUPPORT, to: BEN.keep,
    subject: formSubj(CASE.ben),
    date: utc('2026-11-27 03:03:58'), enc: 'ascii7',
    text: `Ben,

Final step: confirm that ${BEN.srcId} (uni) should be merged into ${BEN.keepId} (personal). Reply CONFIRM. This is irreversible.

AWS T&C`,
  }),
  mk({
    slug: 'nadia-goahead', kind: 'confirmation_request', lang: 'en', caseId: CASE.nadia,
    note: 'asks for a written go-ahead ("I agree to the merge") to move RetailCo history onto the personal ID',
    from: SUPPORT, to: NADIA.keep,
    subject: formSubj(CASE.nadia),
    date: utc('2026-11-23 15:38:02'), enc: 'utf8qp',
    text: `Hello Nadia,

We're set to move your RetailCo certification history (${NADIA.srcCerts}) from ${NADIA.srcId} onto ${NADIA.keepId}, after which the RetailCo profile is shut down for good.

We just need your go-ahead in writing. A one-line reply such as "I agree to the merge" is enough.

Marcus`,
  }),
];

void paras;
void pst;
