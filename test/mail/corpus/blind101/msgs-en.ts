// cv, English part: the same lifecycle, support echoing and quoting the user's words.
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY,
  CASE,
  CREDLY_AWS,
  DAN,
  DAN_DESC,
  KEN,
  KEN_DESC,
  LENA,
  LENA_DESC,
  PORTAL,
  RAJ,
  RAJ_DESC,
  SUPPORT,
  SUPPORT_ADDR,
  formEn,
  formJa,
  formSubject,
  gmailEn,
  historyEn,
  htmlDoc,
  msg,
  outlookEn,
  paras,
  pst,
  quote,
  sfOriginal,
  sfRef,
  to,
  utc,
} from './common.js';

const CREDLY_EN_SUBJECT = 'Amazon Web Services Training and Certification has issued you a new badge';

export const EN: Msg[] = [
  // ---------------- acknowledgement ----------------
  msg({
    slug: 'en-ack-dan-full-echo',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.dan,
    trap: true,
    note: 'receipt echoing the whole form; the echo says "please confirm once the merge is completed", which is the user speaking',
    from: AWS_NOTIFY,
    to: to(DAN, 'keep', 'en'),
    subject: `Case ${CASE.dan} has been created`,
    date: pst('2026-05-04 18:22:10'),
    enc: 'ascii7',
    text: `Hello,

We've received your request and opened case ${CASE.dan}. A member of the AWS Training and
Certification team usually responds within 24 hours. To add details, reply to this email;
please don't open a new case for the same request.

Here's a copy of what you submitted:

${formEn(DAN, 'Two certification accounts - merge', DAN_DESC, 'colon')}

Thanks,
Amazon Web Services`,
  }),
  msg({
    slug: 'en-ack-lena-html-only',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.lena,
    trap: true,
    note: 'HTML-only receipt with the form in a table; her text asks to make sure badges are transferred',
    to: to(LENA, 'keep', 'en'),
    subject: `[CASE ${CASE.lena}] We received your request - account-assistance`,
    date: utc('2026-06-01 07:41:33'),
    enc: 'utf8qp',
    html: htmlDoc(`<p>Hi Lena,</p>
<p>Thank you for contacting AWS Training and Certification. Your request was logged as case <b>${CASE.lena}</b>.</p>
<table cellpadding="4" style="border:1px solid #ddd">
<tr><td><b>Subject</b></td><td>Merge accounts + badges</td></tr>
<tr><td><b>Email</b></td><td>${LENA.keep}</td></tr>
<tr><td><b>Other email</b></td><td>${LENA.src}</td></tr>
<tr><td><b>Description</b></td><td>${LENA_DESC.replace(/&/g, '&amp;').replace(/\n/g, '<br>')}</td></tr>
</table>
<p>We aim to reply within one business day.<br>AWS Training and Certification Customer Service</p>`, 'en'),
  }),
  msg({
    slug: 'en-ack-raj-confirm-echo',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.raj,
    trap: true,
    note: 'receipt whose echo contains the user\'s own "I confirm ... let me know when the case is closed"',
    to: to(RAJ, 'keep', 'en'),
    subject: formSubject(CASE.raj).replace(/^RE:/, ''),
    date: utc('2026-05-19 14:05:00'),
    enc: 'ascii7',
    text: `Thank you for your inquiry. Case number: ${CASE.raj}

Submitted information
---------------------
${formEn(RAJ, 'Merge request', RAJ_DESC, 'table')}

An agent will follow up shortly. Do not reply with attachments larger than 10 MB.
AWS Training and Certification`,
  }),
  msg({
    slug: 'en-ack-dan-no-auth',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.danDup,
    trusted: false,
    auth: 'none',
    trap: true,
    note: 'receipt-shaped mail claiming no-reply-aws@amazon.com but with no Authentication-Results: untrusted',
    from: AWS_NOTIFY,
    to: to(DAN, 'keep', 'en'),
    subject: `Case ${CASE.danDup} has been created`,
    date: pst('2026-04-27 09:10:00'),
    enc: 'ascii7',
    text: `Hello,

Your case ${CASE.danDup} was created.

Description you entered:
  "please merge my accounts, is it completed already?"

Amazon Web Services`,
  }),
  msg({
    slug: 'en-ack-ken-english-echo-ja',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.ken,
    trap: true,
    note: 'English receipt sent to a Japanese user, echoing his Japanese form that asks to be told when the merge is done',
    to: to(KEN, 'keep', 'en'),
    subject: formSubject(CASE.ken).replace(/^RE:/, ''),
    date: utc('2026-02-02 12:14:30'),
    enc: 'utf8b64',
    text: `Dear Kenichi Kimura,

Thank you for reaching out. This is to let you know that your inquiry has been received
and assigned case ID ${CASE.ken}. Replies may come in English.

Your submission:
${formJa(KEN, 'AWS認定アカウントの統合依頼', KEN_DESC, 'enlabels')}

Kind regards,
AWS Training and Certification`,
  }),
  msg({
    slug: 'en-ack-dkimonly-short',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.lena,
    auth: 'dkimonly',
    note: 'terse receipt, authenticated by aligned DKIM only; echoes subject and first line',
    to: to(LENA, 'keep', 'en'),
    subject: `[CASE ${CASE.lena}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: utc('2026-06-01 07:40:58'),
    enc: 'ascii7',
    text: `Received: "Merge accounts + badges"
"Hi team, I want to merge my old agency account (${LENA.src}) into ${LENA.keep}."

Case ${CASE.lena}. No action needed right now.`,
  }),

  // ---------------- ai_answer ----------------
  msg({
    slug: 'en-ai-dan-line-by-line',
    kind: 'ai_answer',
    lang: 'en',
    caseId: CASE.dan,
    note: 'automated answer quoting each line of the question, pointing to the Merge Accounts tool',
    from: AWS_NOTIFY,
    to: to(DAN, 'keep', 'en'),
    subject: `Suggested answer for case ${CASE.dan}`,
    date: pst('2026-05-04 18:22:41'),
    enc: 'ascii7',
    text: `> I have two AWS Certification accounts and need them merged.

You may be able to do this yourself: sign in to the account you want to keep, open
your profile and choose "Merge Accounts".

> Keep: ${DAN.keep}

Sign in with that address before starting the tool.

This answer was generated automatically. If it did not help, reply and an agent will pick up the case.`,
  }),
  msg({
    slug: 'en-ai-lena-once-merged',
    kind: 'ai_answer',
    lang: 'en',
    caseId: CASE.lena,
    trap: true,
    note: 'AI answer explaining that once the merge is completed badges can be claimed; explanatory, not an event',
    to: to(LENA, 'keep', 'en'),
    subject: formSubject(CASE.lena),
    date: utc('2026-06-01 07:42:02'),
    enc: 'utf8qp',
    text: `Hi Lena,

(Automated response – generated by AI)

You wrote: "please make sure my badges are transferred to my Credly profile".

Once a merge is completed, the certifications from the secondary account appear on the
primary one. Credly badges follow the email on the primary account; if a badge is still
on the old email, claim it again from the primary address or merge your Credly accounts.

If this doesn't answer your question, simply reply – your case stays open.`,
  }),
  msg({
    slug: 'en-ai-raj-confirm-yourself',
    kind: 'ai_answer',
    lang: 'en',
    caseId: CASE.raj,
    trap: true,
    note: 'AI answer to "I confirm that I want the merge": you can run the merge yourself with the tool',
    to: to(RAJ, 'keep', 'en'),
    subject: formSubject(CASE.raj),
    date: utc('2026-05-19 14:05:31'),
    enc: 'ascii7',
    text: `Automated reply

Your message: "I confirm that I want the merge and I understand it cannot be undone."

Good news - many merges need no agent. Sign in to your primary certification account,
go to Profile > Merge Accounts, enter the secondary credentials and confirm on screen.
The tool refuses when both accounts hold certifications; in that case an agent will help.`,
  }),
  msg({
    slug: 'en-ai-html-only-helpful',
    kind: 'ai_answer',
    lang: 'en',
    caseId: CASE.danDup,
    note: 'HTML-only AI suggestion with feedback links',
    from: AWS_NOTIFY,
    to: to(DAN, 'keep', 'en'),
    subject: 'Here is a suggested answer to your question',
    date: pst('2026-04-27 09:11:15'),
    enc: 'utf8qp',
    html: htmlDoc(`<p><i>Your question:</i> please merge my accounts</p>
<p><b>Suggested answer</b><br>Use the self-service Merge Accounts tool in your AWS Certification profile. Start from the account you want to keep.</p>
<p>Was this helpful? <a href="https://support.aws.amazon.com/fb?c=${CASE.danDup}&amp;v=1">Yes</a> | <a href="https://support.aws.amazon.com/fb?c=${CASE.danDup}&amp;v=0">No, create a case</a></p>`, 'en'),
  }),
  msg({
    slug: 'en-ai-dan-is-it-completed',
    kind: 'ai_answer',
    lang: 'en',
    caseId: CASE.dan,
    trap: true,
    note: 'automated reply to "Is it completed already?": it cannot see the status; points to self-checks',
    to: to(DAN, 'keep', 'en'),
    subject: formSubject(CASE.dan),
    date: pst('2026-05-04 18:23:05'),
    enc: 'ascii7',
    text: `Hi Daniel,

This is an automated assistant. I noticed you asked:
  "Is it completed already?"

I can't see the progress of merges. To check yourself: sign in with ${DAN.keep} and look
under Certifications. If both sets appear there, the accounts are merged. Otherwise an
agent will review your case.`,
  }),
  msg({
    slug: 'en-ai-misaligned',
    kind: 'ai_answer',
    lang: 'en',
    caseId: CASE.raj,
    trusted: false,
    auth: 'misaligned',
    note: 'AI-answer look-alike from amazon.com signed by an unrelated bulk-mail domain, dmarc=fail: untrusted',
    from: AWS_NOTIFY,
    to: to(RAJ, 'keep', 'en'),
    subject: `Suggested answer for case ${CASE.raj}`,
    date: utc('2026-05-19 15:00:00'),
    enc: 'ascii7',
    text: `Suggested answer:
Download the AWS Merge Assistant and sign in with both accounts to merge them.
https://merge-assistant.example-downloads.net/aws.exe

(generated automatically)`,
  }),

  // ---------------- info_request ----------------
  msg({
    slug: 'en-info-dan-quoted-lines',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.dan,
    trap: true,
    note: 'agent answers quoted lines and needs the secondary candidate ID, which does not match',
    to: to(DAN, 'keep', 'en'),
    subject: formSubject(CASE.dan),
    date: pst('2026-05-05 10:48:02'),
    enc: 'ascii7',
    text: `Hi Daniel,

Thanks for writing in - my name is Priscilla and I'll be helping you.

> Merge from: ${DAN.src} (${DAN.srcId})
I couldn't locate a profile under that ID. Could you sign in to the secondary account and
send me the candidate ID exactly as it appears on the profile page?

> I opened a case about this last week as well.
I found case ${CASE.danDup}; I'll close it so we continue here.

> Please confirm once the merge is completed.
Will do.

Best,
Priscilla
AWS Training and Certification
${sfRef('9vTz1X')}`,
  }),
  msg({
    slug: 'en-info-lena-confirm-address',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.lena,
    trap: true,
    note: '"please confirm the email address you keep": asks for information, not consent',
    to: to(LENA, 'keep', 'en'),
    subject: formSubject(CASE.lena),
    date: utc('2026-06-02 09:30:12'),
    enc: 'utf8qp',
    text: `Hello Lena,

Before anything else: your form lists ${LENA.keep}, but the profile on ${LENA.keepId} uses
lena.f@example.de for sign-in. Please confirm which email address should stay on the
account after we combine them.

Regards,
Tomasz - AWS T&C Support

${outlookEn(`Lena Fischer <${LENA.keep}>`, 'Monday, June 1, 2026 9:40 AM', SUPPORT_ADDR, 'Merge accounts + badges', LENA_DESC)}`,
  }),
  msg({
    slug: 'en-info-raj-summary-which',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.raj,
    note: '"You asked us… we then… now" summary ending with what is still needed (pass dates)',
    to: to(RAJ, 'keep', 'en'),
    subject: formSubject(CASE.raj),
    date: utc('2026-05-20 16:12:45'),
    enc: 'ascii7',
    text: `Hi Raj,

Quick recap so we're on the same page:
- You asked us to merge ${RAJ.srcId} into ${RAJ.keepId}.
- We then found that ${RAJ.src} is also registered on a third, empty profile.
- Now, to be sure we move the right records, we need the exam names and pass dates
  held on ${RAJ.srcId}.

A reply with that list is all we need for the next step.

Thanks,
Amina`,
  }),
  msg({
    slug: 'en-info-ken-romaji',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.ken,
    note: 'English agent quotes the Japanese form and asks for the name in Latin letters on each account',
    to: to(KEN, 'keep', 'en'),
    subject: formSubject(CASE.ken),
    date: utc('2026-02-03 07:20:40'),
    enc: 'utf8b64',
    text: `Dear Kimura-san,

Thank you for your request. You wrote:

${quote(KEN_DESC.split('\n').slice(1, 5).join('\n'))}

The two profiles show different name spellings ("Kenichi Kimura" and "Ken Kimura").
Could you tell us how your name appears on your ID, in Latin letters, and the date of
birth on each profile? We need this to match them.

Regards,
Julian
AWS Training and Certification`,
  }),
  msg({
    slug: 'en-info-lena-screenshot-html',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.lena,
    trap: true,
    note: 'HTML-only: asks for a screenshot of the old account\'s certification list',
    to: to(LENA, 'keep', 'en'),
    subject: formSubject(CASE.lena),
    date: utc('2026-06-03 12:02:19'),
    enc: 'utf8b64',
    html: htmlDoc(`<p>Hi Lena,</p>
<p>Thank you for confirming the address. One more thing would help: a screenshot of the <b>Certifications</b> page of the agency account (${LENA.src}), so we can compare it after the merge.</p>
<p>Best regards,<br>Tomasz</p>
<div class="gmail_quote">On Tue, Jun 2, 2026, Lena Fischer wrote:<blockquote>Keep ${LENA.keep} please. Is it done after that?</blockquote></div>`, 'en'),
  }),
  msg({
    slug: 'en-info-lookalike-server',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.raj,
    trusted: false,
    auth: 'lookalikeServer',
    trap: true,
    note: 'asks for IDs; the only pass verdict comes from a look-alike authserv-id (mx.test.example.mailhub-relay.net): untrusted',
    to: to(RAJ, 'keep', 'en'),
    subject: formSubject(CASE.raj),
    date: utc('2026-05-20 02:30:00'),
    enc: 'ascii7',
    text: `Hello Raj,

> I confirm that I want the merge

To proceed we need both candidate IDs, both passwords and a photo of your ID card.
Reply within 24 hours.

AWS Training and Certification`,
  }),
  msg({
    slug: 'en-info-raj-unable-until',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.raj,
    trap: true,
    note: '"we are unable to merge until…" plus a request for the secondary address\'s verification',
    to: to(RAJ, 'keep', 'en'),
    subject: formSubject(CASE.raj),
    date: utc('2026-05-22 11:11:08'),
    enc: 'utf8qp',
    text: `Hi Raj,

Thank you for the list. We're unable to merge the accounts until the secondary profile's
address is verified - ${RAJ.src} bounced our check. Do you have another address on
that profile, or the employee ID that was used with it? Either one lets us continue.

Amina

${gmailEn('2026-05-21 20:04', `Raj Menon <${RAJ.keep}>`, 'SAA-C03 passed 2023-03-02, DVA-C02 passed 2024-01-18.\nIs it merged now?')}`,
  }),

  // ---------------- confirmation_request ----------------
  msg({
    slug: 'en-conf-dan-cannot-reverse',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.dan,
    note: 'lists both accounts and asks him to confirm; the merge cannot be reversed',
    to: to(DAN, 'keep', 'en'),
    subject: formSubject(CASE.dan),
    date: pst('2026-05-07 08:15:55'),
    enc: 'ascii7',
    text: `Hi Daniel,

Found it, thanks. Here is what we'd do:

  Keep:   ${DAN.keepId}  ${DAN.keep}
  Retire: ${DAN.srcId}  ${DAN.src}

Everything on the retired profile moves over and that profile is closed. This can't be
reversed. Can you confirm you'd like us to go ahead?

Priscilla

${gmailEn('2026-05-06 21:30', `Daniel Okafor <${DAN.keep}>`, `Sorry, typo. It's AWS42209153.`)}`,
  }),
  msg({
    slug: 'en-conf-lena-reply-agree',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.lena,
    note: 'asks her to reply "I agree" to go ahead; consent without the word confirm',
    to: to(LENA, 'keep', 'en'),
    subject: formSubject(CASE.lena),
    date: utc('2026-06-04 10:00:31'),
    enc: 'utf8qp',
    text: `Hello Lena,

Thanks for the screenshot - it matches what we see.

If you're happy for ${LENA.src} to be folded into ${LENA.keep} (a permanent change),
just reply "I agree" and we'll take it from there.

Tomasz`,
  }),
  msg({
    slug: 'en-conf-ken-permanent',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.ken,
    trap: true,
    note: 'English consent request to a Japanese user; his "完了しましたらご連絡ください" is quoted above it',
    to: to(KEN, 'keep', 'en'),
    subject: formSubject(CASE.ken),
    date: utc('2026-02-09 01:30:09'),
    enc: 'utf8b64',
    text: `Dear Kimura-san,

> 統合が完了しましたら、完了した旨をご連絡いただけますでしょうか。
Yes, we will write to you here when it is done.

Before we start, please confirm that we may merge ${KEN.srcId} into ${KEN.keepId}.
This action is permanent.

Julian`,
  }),
  msg({
    slug: 'en-conf-html-only',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.raj,
    note: 'HTML-only consent request with a summary of what moves',
    to: to(RAJ, 'keep', 'en'),
    subject: formSubject(CASE.raj),
    date: utc('2026-05-25 09:45:00'),
    enc: 'utf8qp',
    html: htmlDoc(`<p>Hi Raj,</p>
<p>The employee ID did the trick. We are ready to combine:</p>
<ul><li>from <b>${RAJ.srcId}</b> (${RAJ.src}): SAA-C03, DVA-C02, one 50% exam voucher</li><li>into <b>${RAJ.keepId}</b> (${RAJ.keep})</li></ul>
<p>This cannot be undone. Please reply to let us know we have your go-ahead.</p>
<p>Amina<br>AWS Training and Certification</p>`, 'en'),
  }),
  msg({
    slug: 'en-conf-raj-from-keep',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.raj,
    trap: true,
    note: 'his earlier "I confirm" came from the other address; asks him to confirm the merge from the kept address',
    to: to(RAJ, 'keep', 'en'),
    subject: formSubject(CASE.raj),
    date: utc('2026-05-26 13:20:44'),
    enc: 'ascii7',
    text: `Hi Raj,

We got your reply, but it came from ${RAJ.src}:

> Yes go ahead. I confirm.

For security, consent has to come from the account that stays. Please reply from
${RAJ.keep} confirming that ${RAJ.srcId} may be merged into ${RAJ.keepId}.

Amina`,
  }),
  msg({
    slug: 'en-conf-freemail-spoof',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.dan,
    trusted: false,
    trap: true,
    note: 'trusted display name on a free-mail address (gmail.com): untrusted',
    from: 'AWS Training and Certification <aws.certification.merge@gmail.com>',
    to: to(DAN, 'keep', 'en'),
    subject: formSubject(CASE.dan),
    date: pst('2026-05-06 23:59:00'),
    enc: 'ascii7',
    text: `Hi Daniel,

> Please confirm once the merge is completed.

Before we merge, please confirm by replying with your sign-in password for both
accounts. The merge cannot be undone.

AWS Certification Team`,
  }),
  msg({
    slug: 'en-conf-dan-summary-b64',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.dan,
    trap: true,
    note: 'second ask: summary of the case ("You asked… We then… Now we need your go-ahead")',
    to: to(DAN, 'keep', 'en'),
    subject: formSubject(CASE.dan),
    date: pst('2026-05-09 07:05:20'),
    enc: 'utf8b64',
    text: `Hi Daniel,

Just following up. You asked us to merge your consultancy account into ${DAN.keep};
we then matched both profiles using the corrected ID you sent. Now we only need your
go-ahead - a short "yes, merge them" is enough. Until then nothing changes.

Priscilla

${historyEn([
  ['2026-05-07 08:15', 'Agent', 'Can you confirm you would like us to go ahead?'],
  ['2026-05-06 21:30', 'Customer', `Sorry, typo. It's AWS42209153. Is it completed?`],
])}`,
  }),

  // ---------------- merge_completed ----------------
  msg({
    slug: 'en-done-dan-yes-as-of',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.dan,
    note: 'quoted "Is it completed?" answered: yes, the profiles were combined this morning',
    to: to(DAN, 'keep', 'en'),
    subject: formSubject(CASE.dan),
    date: pst('2026-05-11 11:30:00'),
    enc: 'ascii7',
    text: `Hi Daniel,

> Is it completed?

Yes - as of this morning (11 May) your two profiles are one. Everything from
${DAN.srcId} now shows under ${DAN.keepId}.

Priscilla

${sfOriginal(`Daniel Okafor <${DAN.keep}>`, '5/10/2026 6:02 PM', SUPPORT_ADDR, 'RE: ' + formSubject(CASE.dan), 'Yes, merge them. Is it completed?')}`,
  }),
  msg({
    slug: 'en-done-lena-and-close',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.lena,
    trap: true,
    note: 'says the accounts have been merged and the case will now be closed: completion is the new fact',
    to: to(LENA, 'keep', 'en'),
    subject: formSubject(CASE.lena),
    date: utc('2026-06-05 15:22:09'),
    enc: 'utf8qp',
    text: `Hello Lena,

Thank you for agreeing. Your agency account has been merged into ${LENA.keep}; your
certifications and the voucher are on ${LENA.keepId} now. We'll close this case, but a
reply within 14 days reopens it.

Tomasz

> I agree.
> Lena`,
  }),
  msg({
    slug: 'en-done-ken-check-all',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.ken,
    trap: true,
    note: 'completion notice asking him to check all looks right; the word confirm refers to his own check',
    to: to(KEN, 'keep', 'en'),
    subject: formSubject(CASE.ken),
    date: utc('2026-02-12 09:05:44'),
    enc: 'ascii7',
    text: `Dear Kimura-san,

Thank you for confirming. The merge of ${KEN.srcId} into ${KEN.keepId} has gone through.
Please sign in with ${KEN.keep} and check that all certifications and benefits look
right; let us know here if anything is missing.

Julian`,
  }),
  msg({
    slug: 'en-done-portal-html',
    kind: 'merge_completed',
    lang: 'en',
    caseId: null,
    note: 'certification portal notice (no case ID) that the accounts were merged',
    from: PORTAL,
    to: to(DAN, 'keep', 'en'),
    subject: 'Your AWS Certification accounts have been merged',
    date: pst('2026-05-11 10:58:31'),
    enc: 'utf8b64',
    html: htmlDoc(`<h3>AWS Certification</h3>
<p>Hello Daniel,</p>
<p>Your AWS Certification accounts have been merged. Account ${DAN.srcId} is now part of ${DAN.keepId}. Your certification history and benefits are available when you sign in.</p>
<p><a href="https://www.aws.training/Certification">Sign in</a></p>`, 'en'),
  }),
  msg({
    slug: 'en-done-otheronly',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.lena,
    trusted: false,
    auth: 'otherOnly',
    trap: true,
    note: 'completion text, but the only Authentication-Results is another server\'s (mx.google.com) below ours: untrusted',
    to: to(LENA, 'keep', 'en'),
    subject: formSubject(CASE.lena),
    date: utc('2026-06-04 22:10:00'),
    enc: 'ascii7',
    text: `Hello Lena,

Your accounts have been merged. To keep your badges, log in again within 12 hours:
https://aws-training-login.example-sso.net

AWS Training and Certification`,
  }),
  msg({
    slug: 'en-done-raj-recap',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.raj,
    note: 'recap ("You asked… we then… now") whose last step is the finished merge',
    to: to(RAJ, 'keep', 'en'),
    subject: formSubject(CASE.raj),
    date: utc('2026-05-27 18:40:12'),
    enc: 'ascii7',
    text: `Hi Raj,

To wrap up: you asked us to merge your BigCo profile into your personal one; we then
verified the old profile with your employee ID and received your go-ahead from
${RAJ.keep}. Now the merge is done - SAA-C03, DVA-C02 and the voucher sit on ${RAJ.keepId}.

Amina`,
  }),

  // ---------------- badges_transferred ----------------
  msg({
    slug: 'en-badge-credly-accept',
    kind: 'badges_transferred',
    lang: 'en',
    note: 'AWS badge issued via Credly to the kept address ("Accept your badge")',
    from: CREDLY_AWS,
    to: to(DAN, 'keep', 'en'),
    subject: CREDLY_EN_SUBJECT,
    date: pst('2026-05-13 02:14:09'),
    enc: 'ascii7',
    text: `Daniel,

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified DevOps Engineer - Professional

Accept your badge:
https://www.credly.com/earner/earned/badge/4c0b7a21-8e3d-4f19-b6a2-90d1e5c38f07

Credly, Inc. | 13 Elm St, Boston`,
  }),
  msg({
    slug: 'en-badge-dan-support-moved',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: CASE.dan,
    note: 'quoted "and my badges?" answered: they are now on the Credly profile of the kept address',
    to: to(DAN, 'keep', 'en'),
    subject: formSubject(CASE.dan),
    date: pst('2026-05-14 09:33:27'),
    enc: 'utf8qp',
    text: `Hi Daniel,

> Thanks! And my badges? Still on the consultancy email.

They've been moved: all three badges are now on the Credly profile for ${DAN.keep}.
You may see one "accept" email from Credly for each.

Priscilla`,
  }),
  msg({
    slug: 'en-badge-credly-html',
    kind: 'badges_transferred',
    lang: 'en',
    note: 'HTML-only Credly mail for an AWS badge sent to the kept address',
    from: CREDLY_AWS,
    to: to(LENA, 'keep', 'en'),
    subject: CREDLY_EN_SUBJECT,
    date: utc('2026-06-08 06:06:06'),
    enc: 'utf8qp',
    html: htmlDoc(`<table width="100%"><tr><td align="center">
<p>Hi Lena,</p>
<p>Amazon Web Services Training and Certification has issued you a new badge:<br><b>AWS Certified Cloud Practitioner</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/9e21c4d0-5a7b-41f8-8c3e-6b0d2f91a7e4">Accept your badge</a></p>
</td></tr></table>`, 'en'),
  }),
  msg({
    slug: 'en-badge-lena-moved-close',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: CASE.lena,
    trap: true,
    note: 'support says the badges moved and closes the case: badges_transferred',
    to: to(LENA, 'keep', 'en'),
    subject: formSubject(CASE.lena),
    date: utc('2026-06-08 10:41:50'),
    enc: 'ascii7',
    text: `Hello Lena,

You asked us at the start to "make sure my badges are transferred". Done: the two
badges that were still attached to ${LENA.src} now sit on your ${LENA.keep} Credly
profile. With that, we're closing the case.

Tomasz`,
  }),
  msg({
    slug: 'en-badge-credly-fail',
    kind: 'badges_transferred',
    lang: 'en',
    trusted: false,
    auth: 'fail',
    note: 'Credly-looking badge mail from admin@credly.com that fails DMARC: untrusted',
    from: CREDLY_AWS,
    to: to(RAJ, 'keep', 'en'),
    subject: CREDLY_EN_SUBJECT,
    date: utc('2026-05-28 01:01:01'),
    enc: 'ascii7',
    text: `Raj,

Your AWS badges have been transferred to your new account. Accept your badge:
http://credly.badge-claim.example.info/accept`,
  }),
  msg({
    slug: 'en-badge-raj-recap',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: CASE.raj,
    trap: true,
    note: 'recap mentions the earlier merge and his closing request; the new fact is that the badges were moved',
    to: to(RAJ, 'keep', 'en'),
    subject: formSubject(CASE.raj),
    date: utc('2026-05-29 08:08:45'),
    enc: 'utf8qp',
    text: `Hi Raj,

You wrote back that after the merge your badges still showed under ${RAJ.src}. We
then asked the badge team to re-link them, and now both badges are attached to your
${RAJ.keep} Credly account.

> Please close the secondary account afterwards and let me know when the case is closed.
The secondary profile was closed with the merge. I'll leave the case open a little
longer in case anything else comes up.

Amina`,
  }),

  // ---------------- case_closed ----------------
  msg({
    slug: 'en-closed-dan-as-merged',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.dan,
    trap: true,
    note: 'closing notice that only restates the earlier merge ("as merged last week")',
    to: to(DAN, 'keep', 'en'),
    subject: formSubject(CASE.dan),
    date: pst('2026-05-20 08:00:00'),
    enc: 'ascii7',
    text: `Hi Daniel,

As your accounts were merged last week and the badges followed, we're closing this
case now. Thanks for your patience.

Priscilla`,
  }),
  msg({
    slug: 'en-closed-reminder-5days',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.lena,
    note: 'reminder that the case will close in five days without a reply; her last line quoted',
    to: to(LENA, 'keep', 'en'),
    subject: formSubject(CASE.lena),
    date: utc('2026-06-10 09:00:00'),
    enc: 'utf8qp',
    text: `Hello Lena,

> Is there anything else I need to do?

Nothing on our side. If we don't hear from you in the next 5 days, this case will close
automatically.

AWS Training and Certification`,
  }),
  msg({
    slug: 'en-closed-aws-resolved',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.raj,
    note: 'AWS Support notification: case resolved',
    from: AWS_NOTIFY,
    to: to(RAJ, 'keep', 'en'),
    subject: `Your AWS Support case ${CASE.raj} has been resolved`,
    date: utc('2026-06-05 00:00:30'),
    enc: 'ascii7',
    text: `Hello,

Your case ${CASE.raj} ("Merge request") has been marked as resolved.
If you need more help, you can reopen it from the Support Center.

Amazon Web Services`,
  }),
  msg({
    slug: 'en-closed-lena-html',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.lena,
    trap: true,
    note: 'HTML-only closing message with the case history below',
    to: to(LENA, 'keep', 'en'),
    subject: formSubject(CASE.lena),
    date: utc('2026-06-15 09:00:12'),
    enc: 'utf8b64',
    html: htmlDoc(`<p>Hello Lena,</p>
<p>We haven't heard back, so this case is now closed. Thank you for contacting AWS Training and Certification.</p>
<hr>
${paras(historyEn([
  ['2026-06-10 09:00', 'Agent', 'If we do not hear from you in 5 days, this case will close.'],
  ['2026-06-08 10:41', 'Agent', 'The two badges now sit on your Credly profile.'],
]))}`, 'en'),
  }),
  msg({
    slug: 'en-closed-lookalike',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.dan,
    trusted: false,
    note: 'closing notice from support.aws.com.case-status.net, a look-alike of a trusted domain: untrusted',
    from: 'AWS Support <noreply@support.aws.com.case-status.net>',
    to: to(DAN, 'keep', 'en'),
    subject: `Case ${CASE.dan} closed`,
    date: pst('2026-05-18 03:30:00'),
    enc: 'ascii7',
    text: `Your case ${CASE.dan} was closed. Rate your experience and claim a $50 credit:
https://support.aws.com.case-status.net/claim`,
  }),
  msg({
    slug: 'en-closed-raj-no-reply-recap',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.raj,
    trap: true,
    note: 'closing after no reply, restating that everything was done earlier',
    to: to(RAJ, 'keep', 'en'),
    subject: formSubject(CASE.raj),
    date: utc('2026-06-04 17:17:17'),
    enc: 'ascii7',
    text: `Hi Raj,

You asked to be told when the case is closed - this is that note. The merge (27 May)
and the badge move (29 May) are both behind us and we haven't heard of any issue, so
the case is closed as of today.

Amina`,
  }),

  // ---------------- support_reply ----------------
  msg({
    slug: 'en-reply-thanks-confirm',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.dan,
    trap: true,
    note: 'thanks for confirming, passed to the merge team',
    to: to(DAN, 'keep', 'en'),
    subject: formSubject(CASE.dan),
    date: pst('2026-05-10 19:14:02'),
    enc: 'ascii7',
    text: `Hi Daniel,

Thanks for confirming. I've handed the request to the team that performs merges.

> Yes, merge them. Is it completed?
Not yet - you'll hear from me the moment it is.

Priscilla`,
  }),
  msg({
    slug: 'en-reply-not-yet-3-5',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.lena,
    trap: true,
    note: '"the merge has not been completed yet", typical 3-5 business days',
    to: to(LENA, 'keep', 'en'),
    subject: formSubject(CASE.lena),
    date: utc('2026-06-05 08:01:40'),
    enc: 'utf8qp',
    text: `Hello Lena,

> Is it done after that?

The merge has not been completed yet. After consent it usually takes 3-5 business days.
We'll update you here.

Tomasz`,
  }),
  msg({
    slug: 'en-reply-escalated',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.raj,
    note: 'escalation to a specialist team because of the bounced secondary address',
    to: to(RAJ, 'keep', 'en'),
    subject: formSubject(CASE.raj),
    date: utc('2026-05-23 12:00:09'),
    enc: 'ascii7',
    text: `Hi Raj,

A quick update: I've escalated your case to our account specialists, since the
secondary profile is linked to a corporate partner account. You don't need to do
anything for now.

Amina`,
  }),
  msg({
    slug: 'en-reply-dup-cases-merged',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.dan,
    trap: true,
    note: '"we merged your duplicate cases": about support cases, not the accounts',
    to: to(DAN, 'keep', 'en'),
    subject: formSubject(CASE.dan),
    date: pst('2026-05-05 11:02:12'),
    enc: 'ascii7',
    text: `Hi Daniel,

We merged your duplicate cases (${CASE.danDup} and ${CASE.dan}) so everything is in one
place: please use ${CASE.dan} from now on. Your account merge request itself is still
with me.

Priscilla`,
  }),
  msg({
    slug: 'en-reply-skillbuilder-html',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.lena,
    trap: true,
    note: 'HTML-only answer about the Skill Builder subscription after a merge (future, informational)',
    to: to(LENA, 'keep', 'en'),
    subject: formSubject(CASE.lena),
    date: utc('2026-06-04 11:30:00'),
    enc: 'utf8qp',
    html: htmlDoc(`<p>Hello Lena,</p>
<p>About your question (<i>"will my Skill Builder subscription survive?"</i>): Skill Builder is separate from certification. After the accounts are combined your subscription stays on the Builder ID you bought it with.</p>
<p>Tomasz</p>`, 'en'),
  }),
  msg({
    slug: 'en-reply-write-from-keep',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.raj,
    note: '"please write to us from the address you keep", asking for no data',
    to: `Raj Menon <${RAJ.src}>, ${to(RAJ, 'keep', 'en')}`,
    subject: formSubject(CASE.raj),
    date: utc('2026-05-20 09:05:55'),
    enc: 'ascii7',
    text: `Hi Raj,

Your last message reached us from ${RAJ.src}. From here on, please write from
${RAJ.keep}, the account you're keeping, so the case stays in one thread.

Amina`,
  }),
  msg({
    slug: 'en-reply-ken-translation',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.ken,
    trap: true,
    note: 'English agent quotes the Japanese status question with a gloss and says work is in progress',
    to: to(KEN, 'keep', 'en'),
    subject: formSubject(CASE.ken),
    date: utc('2026-02-10 02:40:00'),
    enc: 'utf8b64',
    text: `Dear Kimura-san,

> 統合は完了していますか？ (Has the merge been completed?)

Not yet; it is in the queue with our merge team after your consent on 9 Feb. We will
write here when it is finished.

Julian`,
  }),
  msg({
    slug: 'en-reply-dan-voucher',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.dan,
    note: 'answers a voucher question mid-case; nothing advances',
    to: to(DAN, 'keep', 'en'),
    subject: formSubject(CASE.dan),
    date: pst('2026-05-08 13:13:40'),
    enc: 'ascii7',
    text: `Hi Daniel,

> Will I lose the 50% voucher from the old account?

No. Benefits travel with the certifications. The voucher keeps its original expiry date.

Priscilla`,
  }),

  // ---------------- unrelated ----------------
  msg({
    slug: 'en-own-dan-consent',
    kind: 'unrelated',
    lang: 'en',
    caseId: CASE.dan,
    trusted: false,
    trap: true,
    note: 'the user\'s own consent reply (Cc to himself) pasting support\'s question back',
    from: to(DAN, 'keep', 'en'),
    to: SUPPORT,
    cc: to(DAN, 'keep', 'en'),
    rcpt: DAN.keep,
    subject: 'RE: ' + formSubject(CASE.dan),
    date: pst('2026-05-10 18:02:00'),
    enc: 'ascii7',
    text: `Yes, merge them. Is it completed?

Dan

On Thu, May 7, 2026 at 8:15 AM AWS Training and Certification <${SUPPORT_ADDR}> wrote:
> This can't be reversed. Can you confirm you'd like us to go ahead?`,
  }),
  msg({
    slug: 'en-ooo-agent',
    kind: 'unrelated',
    lang: 'en',
    caseId: CASE.lena,
    trap: true,
    note: 'out-of-office auto-reply of a support agent; mentions the case will be handled later',
    from: 'Tomasz Nowak <tnowak@amazon.com>',
    to: to(LENA, 'keep', 'en'),
    subject: `Automatic reply: ${formSubject(CASE.lena)}`,
    date: utc('2026-06-06 07:00:00'),
    enc: 'ascii7',
    extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    text: `I'm out of the office until June 9 with limited access to email. Open cases,
including account merge confirmations, will be handled by the team.`,
  }),
  msg({
    slug: 'en-survey-how-did-we-do',
    kind: 'unrelated',
    lang: 'en',
    caseId: CASE.dan,
    trap: true,
    note: 'survey after the case was closed ("Was your issue resolved?")',
    from: AWS_NOTIFY,
    to: to(DAN, 'keep', 'en'),
    subject: `How did we do on case ${CASE.dan}?`,
    date: pst('2026-05-21 10:00:00'),
    enc: 'utf8qp',
    text: `Hi Daniel,

Your case ${CASE.dan} was recently closed. Was your issue resolved? Tell us in two clicks:
https://survey.aws.example/c/${CASE.dan}

Thank you – AWS Support`,
  }),
  msg({
    slug: 'en-skillbuilder-order-complete',
    kind: 'unrelated',
    lang: 'en',
    trap: true,
    note: 'Skill Builder order completed (billing), nothing to do with the merge',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>',
    to: to(LENA, 'keep', 'en'),
    subject: 'Your order is complete',
    date: utc('2026-06-02 18:45:00'),
    enc: 'utf8qp',
    html: htmlDoc(`<p>Hi Lena,</p><p>Your order <b>SB-2026-558104</b> is complete. Your Individual subscription is now active.</p><p>AWS Skill Builder</p>`, 'en'),
  }),
  msg({
    slug: 'en-other-case-exam-reschedule',
    kind: 'unrelated',
    lang: 'en',
    caseId: CASE.other,
    trap: true,
    note: 'reply on the user\'s other case about an exam reschedule: "we have completed the change"',
    to: to(RAJ, 'keep', 'en'),
    subject: `RE:[CASE ${CASE.other}] [AWS Training and Certification Form Submission] - exam-scheduling`,
    date: utc('2026-05-24 10:10:10'),
    enc: 'ascii7',
    text: `Hi Raj,

> Please move my DOP-C02 appointment, I'm travelling that week.

We have completed the change: your exam is now on 18 June, 09:00 local time.

Exam Support`,
  }),
  msg({
    slug: 'en-credly-hashicorp',
    kind: 'unrelated',
    lang: 'en',
    trap: true,
    note: 'Credly badge from another issuer (HashiCorp)',
    from: 'HashiCorp via Credly <admin@credly.com>',
    to: to(DAN, 'keep', 'en'),
    subject: 'HashiCorp has issued you a new badge',
    date: pst('2026-05-15 04:30:00'),
    enc: 'ascii7',
    text: `Daniel,

HashiCorp has issued you a badge: HashiCorp Certified: Terraform Associate (003)

Accept your badge:
https://www.credly.com/earner/earned/badge/2f8e61c9-7d0a-4b35-a4e7-c18b6d0a93f2`,
  }),
  msg({
    slug: 'en-reinvent-resent',
    kind: 'unrelated',
    lang: 'en',
    forUser: false,
    note: 'marketing newsletter redirected to another mailbox (Resent-* headers): forUser false',
    from: 'AWS re:Invent <reinvent-noreply@amazon.com>',
    to: to(DAN, 'src', 'en'),
    subject: 'Registration for AWS re:Invent 2026 is open',
    date: pst('2026-06-02 09:00:00'),
    enc: 'utf8qp',
    resent: { from: 'it-ops@consultco.example.net', to: 'archive@consultco.example.net', date: pst('2026-06-02 09:00:42') },
    text: `Registration is open. Certified attendees get access to the certification lounge.
Register now: https://reinvent.awsevents.com/`,
  }),
  msg({
    slug: 'en-own-lena-forward-self',
    kind: 'unrelated',
    lang: 'en',
    caseId: CASE.lena,
    trusted: false,
    trap: true,
    note: 'the user forwards support\'s badge note to her own work address: her own mail',
    from: to(LENA, 'keep', 'en'),
    to: `Lena Fischer <${LENA.src}>`,
    cc: to(LENA, 'keep', 'en'),
    rcpt: LENA.keep,
    subject: 'Fwd: ' + formSubject(CASE.lena),
    date: utc('2026-06-08 11:02:03'),
    enc: 'ascii7',
    text: `for the records - badges moved, case closing

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_ADDR}>
Subject: ${formSubject(CASE.lena)}

Done: the two badges that were still attached to ${LENA.src} now sit on your
${LENA.keep} Credly profile. With that, we're closing the case.`,
  }),
  msg({
    slug: 'en-credly-own-merge-complete',
    kind: 'unrelated',
    lang: 'en',
    trap: true,
    note: 'Credly\'s own account merge finished (Credly accounts, not AWS Certification)',
    from: 'Credly <no-reply@credly.com>',
    to: to(RAJ, 'keep', 'en'),
    subject: 'Your Credly account merge is complete',
    date: utc('2026-05-30 12:00:00'),
    enc: 'ascii7',
    text: `Hi Raj,

The Credly account for ${RAJ.src} has been merged into your account. All accepted and
pending badges were added, and ${RAJ.src} is now a secondary email.

The Credly Team`,
  }),
];

