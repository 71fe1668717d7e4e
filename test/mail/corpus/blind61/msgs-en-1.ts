// Set bh, English part 1: questions round after round, and replies to the answers.
import { type Msg } from './lib.js';
import { CASE, DAN, LENA, WEI, SUPPORT, SUPPORT_ADDR, addr, caseSubj, gmailEn, htmlDoc, mk, outlookEn, paras, pst, sf, sfRef, utc } from './common.js';

const DAN_FIRST = `hi i have 2 aws cert accounts pls merge them
thx dan`;

const DAN_ANSWER1 = `Hi Rosa,
1) Daniel Okafor on both
2) ${DAN.keepId} and ${DAN.srcId}
3) ${DAN.keep}, ${DAN.src}
4) keep the newer one
5) no exam booked
Dan`;

const LENA_ANSWER = `Hello,
yes, both accounts are mine. Old one is ${LENA.src} (agency), new one ${LENA.keep}.
Best, Lena`;

export const EN1: Msg[] = [
  // ---------------- info_request ----------------
  mk({
    slug: 'dan-q1-five',
    kind: 'info_request',
    lang: 'en',
    note: 'five questions in a numbered list after a one-line request',
    to: addr(DAN.en, DAN.keep),
    subject: caseSubj(CASE.dan),
    caseId: CASE.dan,
    date: pst('2026-07-07 09:14:22'),
    enc: 'ascii7',
    text: `Hello Daniel,

Thanks for reaching out to AWS Training and Certification. To look into the merge I'll need a few details first:

1) The full name registered on each account
2) The candidate ID of each account (starts with "AWS")
3) The email address used to sign in to each account
4) Which of the two accounts you would like to keep
5) Whether you currently have an exam scheduled on either account

Once I have these I can check both profiles.

Kind regards,
Rosa M.
AWS Training and Certification Support

${sfRef('0Lp7de')}

${sf(addr(DAN.en, DAN.keep), '7/6/2026 10:41 PM', SUPPORT_ADDR, '[AWS Training and Certification Form Submission] - account-assistance', DAN_FIRST)}`,
  }),
  mk({
    slug: 'dan-q2-still-need',
    kind: 'info_request',
    lang: 'en',
    note: 'restates what it has (IDs, names, no exam) and asks which account is the newer one he means',
    to: addr(DAN.en, DAN.keep),
    subject: caseSubj(CASE.dan),
    caseId: CASE.dan,
    date: pst('2026-07-08 11:02:37'),
    enc: 'utf8qp',
    text: `Hi Dan,

Thanks for the quick answers. Here's where we are:

What I have:
- Name on both profiles: Daniel Okafor
- Candidate IDs: ${DAN.keepId} and ${DAN.srcId}
- No exam scheduled

What I still need:
- "The newer one" \u2013 both accounts were created in 2023, so I can't tell which you mean. Could you give me the email address of the account that should stay?

Rosa

${gmailEn('Tue, Jul 7, 2026 at 8:55 PM', DAN.en, DAN.keep, DAN_ANSWER1)}`,
  }),
  mk({
    slug: 'dan-q3-blunt',
    kind: 'info_request',
    lang: 'en',
    note: 'blunt one-liner: which address stays, his answer was ambiguous',
    to: addr(DAN.en, DAN.keep),
    subject: caseSubj(CASE.dan),
    caseId: CASE.dan,
    date: pst('2026-07-09 08:03:10'),
    enc: 'ascii7',
    text: `Dan - sorry, still not clear. ${DAN.keep} or ${DAN.src}: which one stays?

Rosa

> whichever has more certs on it i guess`,
  }),
  mk({
    slug: 'lena-q1-screenshot',
    kind: 'info_request',
    lang: 'en',
    trap: true,
    note: 'asks for screenshots of the Certifications page of both accounts (opens with "thank you for confirming")',
    to: addr(LENA.en, LENA.keep),
    subject: caseSubj(CASE.lena),
    caseId: CASE.lena,
    date: utc('2026-06-15 13:22:05'),
    enc: 'utf8qp',
    text: `Dear Lena,

Thank you for confirming that both accounts belong to you.

Could you sign in to each account and send us a screenshot of the "Certifications" page? The older profile shows a different surname on our side, so a screenshot would help us match the records.

Many thanks,
Jonas
AWS Training and Certification`,
    html: htmlDoc(`<p>Dear Lena,</p><p>Thank you for confirming that both accounts belong to you.</p><p>Could you sign in to each account and send us a screenshot of the &quot;Certifications&quot; page? The older profile shows a different surname on our side, so a screenshot would help us match the records.</p><p>Many thanks,<br>Jonas<br>AWS Training and Certification</p>
<div class="gmail_quote"><blockquote>${paras(LENA_ANSWER)}</blockquote></div>`, 'en'),
  }),
  mk({
    slug: 'lena-q2-exam',
    kind: 'info_request',
    lang: 'en',
    note: 'asks whether an exam is booked on the older account; Outlook quote',
    to: addr(LENA.en, LENA.keep),
    subject: caseSubj(CASE.lena),
    caseId: CASE.lena,
    date: utc('2026-06-16 09:47:51'),
    enc: 'ascii7',
    text: `Hi Lena,

Got the screenshots, thank you. One more thing before we go further: I can see an open voucher on ${LENA.srcId}. Is there an exam booked with it at the moment? If so, please tell me the exam name and date, because a booked exam has to be moved before the accounts can be combined.

Jonas

${outlookEn(`${LENA.en} <${LENA.keep}>`, 'Monday, June 15, 2026 6:10 PM', SUPPORT_ADDR, caseSubj(CASE.lena), 'Screenshots attached (two files).\nLena')}`,
  }),
  mk({
    slug: 'wei-q1-digit',
    kind: 'info_request',
    lang: 'en',
    note: 'the candidate ID he gave seems to miss a digit; asks him to resend it',
    to: addr(WEI.en, WEI.keep),
    subject: caseSubj(CASE.wei),
    caseId: CASE.wei,
    date: pst('2026-12-01 10:30:44'),
    enc: 'utf8b64',
    text: `Hello Wei,

The candidate ID in your message, AWS4773009, has only seven digits after "AWS", so I couldn't find the profile. Would you mind checking it on the Profile page and sending it again?

Thanks,
Priyanka
AWS Training & Certification

On Mon, Nov 30, 2026 at 7:12 PM Wei Chen <${WEI.keep}> wrote:
> keep: ${WEI.keep} (AWS4773009)
> merge: ${WEI.src}`,
  }),
  mk({
    slug: 'wei-q2-well-need',
    kind: 'info_request',
    lang: 'en',
    note: 'request phrased without the request word: we will need the second profile\'s email',
    to: addr(WEI.en, WEI.keep),
    subject: caseSubj(CASE.wei),
    caseId: CASE.wei,
    date: pst('2026-12-02 14:05:19'),
    enc: 'ascii7',
    text: `Wei Chen <${WEI.keep}> wrote:
> corrected: ${WEI.keepId}
> second one is ${WEI.srcId}, email ${WEI.src}

${WEI.keepId} - found it, thanks.
The second profile, ${WEI.srcId}, doesn't have ${WEI.src} on it though. We'll need the email adress that profile actually signs in with before we can go further. An old school or employer address, maybe?

Priyanka`,
  }),
  mk({
    slug: 'en-q-html-table',
    kind: 'info_request',
    lang: 'en',
    note: 'HTML-only status table: received items next to the missing one (name on the source account)',
    to: addr(WEI.en, WEI.keep),
    subject: caseSubj(CASE.wei),
    caseId: CASE.wei,
    date: pst('2026-12-03 09:12:00'),
    enc: 'utf8qp',
    html: htmlDoc(`<p>Hi Wei,</p>
<p>Thanks, the bootcamp address was the missing piece. Summary so far:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Item</th><th>Status</th></tr>
<tr><td>Account to keep</td><td>${WEI.keepId} / ${WEI.keep} &ndash; received</td></tr>
<tr><td>Account to merge</td><td>${WEI.srcId} / ${WEI.src} &ndash; received</td></tr>
<tr><td>Exam scheduled</td><td>none &ndash; received</td></tr>
<tr><td>Name on ${WEI.srcId}</td><td><b>missing</b></td></tr>
</table>
<p>Please reply with the full name exactly as it appears on ${WEI.srcId}.</p>
<p>Priyanka<br>AWS Training &amp; Certification</p>`, 'en'),
  }),
  mk({
    slug: 'dan-q-confirm-word',
    kind: 'info_request',
    lang: 'en',
    trap: true,
    note: 'asks him to confirm the email address to keep: information, not consent',
    to: addr(DAN.en, DAN.src),
    subject: caseSubj(CASE.dan),
    caseId: CASE.dan,
    date: pst('2026-07-06 23:58:01'),
    enc: 'ascii7',
    text: `Hello,

Please confirm which email address should remain as the primary login after the merge, and the candidate ID that goes with it.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-q-lookalike',
    kind: 'info_request',
    lang: 'en',
    trusted: false,
    note: 'phishing-style request for IDs and password from a look-alike domain',
    from: 'AWS Training and Certification <support@aws-certsupport.com>',
    to: addr(LENA.en, LENA.keep),
    subject: `Action needed: verify your identity for case ${CASE.lena}`,
    caseId: CASE.lena,
    date: utc('2026-06-16 02:14:33'),
    auth: 'none',
    enc: 'ascii7',
    text: `Dear customer,

To continue your account merge, reply with:
- candidate ID of both accounts
- the password of the account you want to close
- a photo of your ID card

Requests not verified within 24 hours will be cancelled.`,
  }),
  mk({
    slug: 'en-q-failthenforged',
    kind: 'info_request',
    lang: 'en',
    trusted: false,
    note: 'asks for the name on each account; top Authentication-Results fails, a pass is planted below',
    to: addr(DAN.en, DAN.keep),
    subject: caseSubj(CASE.dan),
    caseId: CASE.dan,
    date: pst('2026-07-08 03:41:12'),
    auth: 'failThenForged',
    enc: 'utf8qp',
    text: `Hi Daniel,

Could you send the full legal name on each of your two certification accounts?

Thanks,
AWS Training and Certification`,
  }),
  mk({
    slug: 'lena-q-to-old-lf',
    kind: 'info_request',
    lang: 'en',
    note: 'sent to her old agency address with the new one in Cc: asks if the accounts really are both hers',
    to: addr(LENA.en, LENA.src),
    cc: LENA.keep,
    subject: caseSubj(CASE.lena),
    caseId: CASE.lena,
    date: utc('2026-06-14 08:30:12'),
    enc: 'ascii7',
    crlf: false,
    text: `Hello Lena,

We found two certification profiles, one with the surname "Fischer" and one with "Fischer-Braun". Can you tell us whether both are yours, and if the name changed, which one is current?

Writing to both addresses on file in case one no longer works.

Jonas`,
  }),

  mk({
    slug: 'dan-q-team-alias',
    kind: 'info_request',
    lang: 'en',
    forUser: false,
    note: 'asks for the contractor account\'s candidate ID, but addressed to the contractor\'s team alias, not to Dan',
    to: 'Cloud Team <cloud-team@contractor.example.net>',
    rcpt: 'cloud-team@contractor.example.net',
    subject: caseSubj(CASE.dan),
    caseId: CASE.dan,
    date: pst('2026-07-08 11:05:02'),
    enc: 'ascii7',
    text: `Hello,

This address was listed as a contact on one of Daniel Okafor's certification profiles. Could someone tell us the candidate ID registered for ${DAN.src}?

Rosa
AWS Training and Certification`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'dan-got-it',
    kind: 'support_reply',
    lang: 'en',
    trap: true,
    note: 'acknowledges his answer, nothing else needed for now',
    to: addr(DAN.en, DAN.keep),
    subject: caseSubj(CASE.dan),
    caseId: CASE.dan,
    date: pst('2026-07-09 12:20:45'),
    enc: 'ascii7',
    text: `Got it, thanks Dan - ${DAN.keep} stays. That's everything I needed for now; I'll get back to you after I've checked both profiles.

Rosa

> ok, keep ${DAN.keep}. the contractor one goes away next month.`,
  }),
  mk({
    slug: 'lena-screens-passed',
    kind: 'support_reply',
    lang: 'en',
    trap: true,
    note: 'thanks for the exam answer and screenshots; passed to the certification team',
    to: addr(LENA.en, LENA.keep),
    subject: caseSubj(CASE.lena),
    caseId: CASE.lena,
    date: utc('2026-06-17 10:05:22'),
    enc: 'utf8qp',
    text: `Hi Lena,

Thanks for letting me know there's no exam booked. I've attached your screenshots and answers to the case and handed it over to our certification records team. They'll take it from here \u2014 no action needed from you right now.

Jonas`,
  }),
  mk({
    slug: 'wei-not-yet',
    kind: 'support_reply',
    lang: 'en',
    trap: true,
    note: 'status: the merge has not been completed yet, still with the back office',
    to: addr(WEI.en, WEI.keep),
    subject: caseSubj(CASE.wei),
    caseId: CASE.wei,
    date: pst('2026-12-07 16:44:02'),
    enc: 'ascii7',
    text: `Hi Wei,

Quick update: the merge hasn't been completed yet. It's queued with our back-office team, who usually need a few business days. I'll let you know as soon as I hear back.

Priyanka

On Sun, Dec 6, 2026 at 9:30 AM Wei Chen <${WEI.keep}> wrote:
> any news? still see two accounts`,
  }),
  mk({
    slug: 'en-write-from-keep',
    kind: 'support_reply',
    lang: 'en',
    trap: true,
    note: 'asks him to write from the address he keeps, no data requested',
    to: addr(WEI.en, WEI.src),
    subject: caseSubj('18011560044'),
    caseId: '18011560044',
    date: pst('2026-11-29 10:02:17'),
    enc: 'ascii7',
    text: `Hello,

For security reasons we can only act on a merge request sent from the email address of the account you plan to keep. Please write to us from that address, replying to this case.

AWS Training and Certification`,
  }),
  mk({
    slug: 'dan-dup-cases',
    kind: 'support_reply',
    lang: 'en',
    trap: true,
    note: 'duplicate support cases merged into one: case housekeeping',
    to: addr(DAN.en, DAN.keep),
    subject: caseSubj(CASE.dan),
    caseId: CASE.dan,
    date: pst('2026-07-07 09:20:10'),
    enc: 'ascii7',
    text: `Hi Daniel,

I noticed a second case from you with the same request (${CASE.danDup}). I've merged it into this one, ${CASE.dan}, so we keep everything in a single thread. Please reply here from now on; opening new cases tends to slow things down.

Rosa`,
  }),
  mk({
    slug: 'lena-voucher-once',
    kind: 'support_reply',
    lang: 'en',
    trap: true,
    note: 'answers a voucher question; the voucher moves once the accounts are merged (future)',
    to: addr(LENA.en, LENA.keep),
    subject: caseSubj(CASE.lena),
    caseId: CASE.lena,
    date: utc('2026-06-17 15:30:40'),
    enc: 'utf8b64',
    text: `Hi Lena,

Good question. Your unused 50% discount voucher will carry over to ${LENA.keep} once the accounts are merged, with the same expiry date. Nothing to do on your side.

Jonas

${outlookEn(`${LENA.en} <${LENA.keep}>`, 'Wednesday, June 17, 2026 1:02 PM', SUPPORT_ADDR, caseSubj(CASE.lena), 'Will I lose the discount voucher from the old account?')}`,
  }),
  mk({
    slug: 'dan-thanks-confirming',
    kind: 'support_reply',
    lang: 'en',
    trap: true,
    note: 'thank you for confirming, passed on to the team',
    to: addr(DAN.en, DAN.keep),
    subject: caseSubj(CASE.dan),
    caseId: CASE.dan,
    date: pst('2026-07-11 08:15:33'),
    enc: 'ascii7',
    text: `Hi Dan,

Thank you for confirming. I've passed your approval to the team that carries out the merge and will update you here.

Rosa

> Yes, I agree. Go ahead.`,
  }),
  mk({
    slug: 'en-sr-gmail-spoof',
    kind: 'support_reply',
    lang: 'en',
    trusted: false,
    note: 'support\'s display name on a free-mail address',
    from: 'AWS Training and Certification <aws.training.cert.team@gmail.com>',
    to: addr(WEI.en, WEI.keep),
    subject: caseSubj(CASE.wei),
    caseId: CASE.wei,
    date: pst('2026-12-04 05:30:00'),
    enc: 'ascii7',
    text: `Hi Wei,

Your request is with our team. We will update you within 3 business days.

AWS Training and Certification`,
  }),
  mk({
    slug: 'lena-unable-names',
    kind: 'support_reply',
    lang: 'en',
    trap: true,
    note: 'says it is unable to merge until the name change is reflected by the records team; asks nothing',
    to: addr(LENA.en, LENA.keep),
    subject: caseSubj(CASE.lena),
    caseId: CASE.lena,
    date: utc('2026-06-18 11:48:09'),
    enc: 'ascii7',
    text: `Hi Lena,

Update from the records team: they are unable to merge the two profiles while the surnames differ. They are updating the older profile to "Fischer" based on your screenshots, which takes about two days. I'll be back in touch after that.

Jonas`,
  }),
];
