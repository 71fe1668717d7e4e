// fh, English messages: the customer's questions answered (or received, or merely restated).
import type { Msg } from './lib.js';
import {
  ASSIST, AWS_NOTIFY, CASE, CREDLY, CREDLY_AWS, DANIEL, DANIEL_REQ, EMMA, EMMA_REQ, LENA, LENA_REQ, OMAR, OMAR_REQ, PORTAL, SUPPORT, SUPPORT_ADDR,
  SUPPORT_CENTER, esc, formSubject, fwdGmail, gmailEn, mk, origMsg, outlookEn, paras, quote, sfOriginal, sfRef, to,
} from './common.js';

const credlyEn = (first: string, cert: string, id: string, issuer = 'Amazon Web Services Training and Certification'): { text: string; html: string } => {
  const text = `Hi ${first},

${issuer} has issued you a new badge: ${cert}.

Accept your badge: https://www.credly.com/earner/earned/badge/${id}

Questions we often get
Why did I get this email? The issuer sent a badge to this email address.
I already have a Credly account under another email. Add this address to that account in Settings and the badge will appear there.

Credly, Inc. | 13601 Preston Road, Dallas, TX`;
  const html = `<html><body><table width="600" align="center"><tr><td>
<p>Hi ${esc(first)},</p>
<p>${esc(issuer)} has issued you a new badge: <b>${esc(cert)}</b>.</p>
<p><a href="https://www.credly.com/earner/earned/badge/${id}" style="background:#ff6b00;color:#ffffff;padding:10px 18px;text-decoration:none">Accept your badge</a></p>
<h4>Questions we often get</h4>
<p><b>Why did I get this email?</b> The issuer sent a badge to this email address.</p>
<p><b>I already have a Credly account under another email.</b> Add this address to that account in Settings and the badge will appear there.</p>
<p style="font-size:11px;color:#888">Credly, Inc. | 13601 Preston Road, Dallas, TX</p>
</td></tr></table></body></html>`;
  return { text, html };
};

const cEmma = credlyEn('Emma', 'AWS Certified Developer - Associate', '9b8e6f14-2c7a-4d03-a5e1-6f0b3d92c8a4');
const cColleague = credlyEn('Priyanka', 'AWS Certified Cloud Practitioner', '3d5a0e27-8f41-4b9c-9e62-c17b4a08d5f3');
const cHashi = credlyEn('Daniel', 'HashiCorp Certified: Terraform Associate (003)', 'e1c74b90-5a2d-4e86-b3f0-8d9a6c21e47b', 'HashiCorp');

export const EN: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'en-ack-faq', kind: 'acknowledgement', lang: 'en', caseId: CASE.emma,
    note: 'automatic receipt with case ID, phrased as FAQ answers',
    from: AWS_NOTIFY, to: to(EMMA.name, EMMA.keep), at: '2026-02-03 16:20:45',
    subject: `Case ${CASE.emma}: we've got your question`, enc: 'ascii7',
    text: `Hello Emma Wilson,

We've received your question for AWS Training and Certification. Your case ID is ${CASE.emma}.

When will I hear back?
  Usually within one business day, by email.
Should I submit the form again if it takes longer?
  Please don't. A second case for the same request slows things down.
How do I add details?
  Reply to the email our team sends you. This address is not monitored.

Amazon Web Services`,
  }),
  mk({
    slug: 'en-ack-quoted', kind: 'acknowledgement', lang: 'en', caseId: CASE.daniel,
    note: 'receipt from the form mailbox that echoes the customer\'s questions; nothing answered yet',
    to: to(DANIEL.name, DANIEL.keep), at: '2026-03-10 19:02:33',
    subject: `[CASE ${CASE.daniel}] [AWS Training and Certification Form Submission] - account-assistance`, enc: 'utf8qp',
    text: `Hi Daniel,

This is to let you know that case ${CASE.daniel} has been opened with the question below. An agent will pick it up shortly – there is no need to write again in the meantime.

Your submission:
${quote(DANIEL_REQ, '| ')}

AWS Training and Certification Customer Support`,
  }),
  mk({
    slug: 'en-ack-html', kind: 'acknowledgement', lang: 'en', caseId: CASE.lena,
    note: 'HTML-only case-created notice from support.aws.com',
    from: SUPPORT_CENTER, to: to(LENA.name, LENA.keep), at: '2026-04-20 07:41:12',
    subject: `Case ${CASE.lena} created`, enc: 'utf8b64',
    html: `<html><body>
<h3>Case created</h3>
<p>Hi Lena,</p>
<p>Your question &ldquo;could you combine my two AWS Certification profiles?&rdquo; is now case <strong>${CASE.lena}</strong>.</p>
<ul><li>Category: Training and Certification &gt; Account merge</li><li>Status: Unassigned</li></ul>
<p>We'll email you as soon as someone on the team has looked at it.</p>
<p>&mdash; AWS Support</p>
</body></html>`,
  }),
  mk({
    slug: 'en-ack-noauth', kind: 'acknowledgement', lang: 'en', caseId: CASE.omar, trusted: false, auth: 'none',
    note: 'receipt that carries no Authentication-Results header at all',
    from: AWS_NOTIFY, to: to(OMAR.name, OMAR.keep), at: '2026-05-04 12:12:12',
    subject: `Case ${CASE.omar} received`, enc: 'ascii7', crlf: false,
    text: `Hello,

Thanks for reaching out. Your case ID is ${CASE.omar}.
Q: What happens now?  A: A member of our team will reply within 24 hours.

Amazon Web Services`,
  }),
  mk({
    slug: 'en-ack-freemail', kind: 'acknowledgement', lang: 'en', caseId: CASE.omar, trusted: false,
    note: 'trusted-looking display name on a free-mail address',
    from: 'AWS Training and Certification Support <aws.cert.casedesk@gmail.com>', to: to(OMAR.name, OMAR.keep), at: '2026-05-04 13:30:00',
    subject: `[CASE ${CASE.omar}] Request received - verify your identity`, enc: 'ascii7',
    text: `Dear Omar,

Your request ${CASE.omar} has been received. FAQ: Why do I need to verify? To protect your certifications.
Verify here within 12 hours: http://aws-cert-verify.example.org/${CASE.omar}

AWS T&C Support`,
  }),
  mk({
    slug: 'en-ack-alt-bodyid', kind: 'acknowledgement', lang: 'en', caseId: '1791337028',
    note: 'multipart receipt; the case ID is only in the body, the subject carries none; says nothing of its topic',
    from: AWS_NOTIFY, to: to(DANIEL.name, DANIEL.src), at: '2026-03-09 21:15:04',
    subject: 'We received your request', enc: 'ascii7',
    text: `Hi Daniel,

We received your request. Reference: case 1791337028.
Common question: "Can I call someone?" Support for this team is by email only.

Amazon Web Services`,
    html: `<p>Hi Daniel,</p><p>We received your request. Reference: case <b>1791337028</b>.</p><p>Common question: "Can I call someone?" Support for this team is by email only.</p><p>Amazon Web Services</p>`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'en-ai-tool', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'AI-generated answer pointing to the self-service Merge Accounts tool',
    from: ASSIST, to: to(EMMA.name, EMMA.keep), at: '2026-02-03 16:02:10',
    subject: 'Your question: merging two certification accounts', enc: 'ascii7',
    text: `You asked: "Can two AWS Certification accounts be merged?"

Suggested answer (generated by AI):
Yes. Sign in to the account you want to keep, open your profile and choose Merge Accounts.
You'll be asked to sign in to the second account to approve it.

Not what you needed? Choose "Create case" to reach a person.
AI-generated content may be inaccurate.`,
  }),
  mk({
    slug: 'en-ai-benefits', kind: 'ai_answer', lang: 'en', caseId: null, trap: true,
    note: 'AI answer explaining what happens to vouchers once accounts are merged (conditional)',
    from: ASSIST, to: to(LENA.name, LENA.keep), at: '2026-04-20 07:30:55',
    subject: 'Answer from AWS Support Assistant', enc: 'utf8qp',
    text: `Your question: "Does my recertification date change if I merge?"

Answer (AI generated):
• No. Each certification keeps its own earned and expiry dates.
• Once the merge is completed, unused benefits such as the 50% discount voucher appear on the account you kept.
• If both accounts hold certifications, the tool can't do it and you'll need a case.

Was this helpful?  Yes · No, create a case`,
  }),
  mk({
    slug: 'en-ai-badges', kind: 'ai_answer', lang: 'en', caseId: null, trap: true,
    note: 'AI answer to "will my Credly badges move?": advice about claiming after the merge',
    from: ASSIST, to: to(OMAR.name, OMAR.keep), at: '2026-05-04 11:58:27',
    subject: 'Re: do I lose my SAA badge on Credly?', enc: 'ascii7',
    text: `Q: Do I lose my SAA badge on Credly?

A (automated): You keep it. Badges are held by Credly. The usual order is: merge the certification
accounts first, then claim the badges on Credly with the email of the account you kept. If a badge
still sits on the old email afterwards, ask support in your case.

This response was generated automatically and may not be accurate.`,
  }),
  mk({
    slug: 'en-ai-html', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'HTML-only automated answer about a lost old mailbox',
    from: ASSIST, to: to(DANIEL.name, DANIEL.keep), at: '2026-03-10 18:50:09',
    subject: 'Suggested answer for: old work email no longer works', enc: 'utf8qp',
    html: `<html><body>
<p><i>You asked:</i> I can't get into my old work email anymore. Can I still move my certifications?</p>
<p><i>Suggested answer:</i> If you can still sign in to the old certification account with its password, use the Merge Accounts tool from the account you want to keep. If you can't sign in at all, create a case and our team will help.</p>
<p style="color:#666">Generated by AI &middot; may contain mistakes</p>
</body></html>`,
  }),
  mk({
    slug: 'en-ai-failforged', kind: 'ai_answer', lang: 'en', caseId: null, trusted: false, auth: 'failThenForged',
    note: 'topmost Authentication-Results says fail; a "pass" one is planted lower down',
    from: ASSIST, to: to(EMMA.name, EMMA.keep), at: '2026-02-04 02:40:40',
    subject: 'Automated answer to your question', enc: 'ascii7',
    text: `You asked how to merge your accounts. Automated answer: use the Merge Accounts tool at
http://merge-accounts-tool.example.org/signin
This answer was generated automatically.`,
  }),
  mk({
    slug: 'en-ai-numbered', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'Amazon Q answers three numbered questions at once; self-service advice',
    from: ASSIST, to: to(EMMA.name, EMMA.keep), at: '2026-02-03 16:05:31',
    subject: 'Amazon Q answered your 3 questions', enc: 'utf8b64',
    text: `Hi Emma, here is what Amazon Q found for your questions:

1) Can they be merged into emma.wilson@example.net?
   Usually yes, with the Merge Accounts tool while signed in to that account.
2) Will my exam voucher move too?
   Unused benefits follow the certifications to the account you keep.
3) What happens to my Credly badges?
   You can claim them with the kept email on Credly after merging.

Answers are AI-generated. Create a case if you'd like a person to look at this.`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'en-info-emma', kind: 'info_request', lang: 'en', caseId: CASE.emma,
    note: 'answers the numbered questions (future tense), ends with "could you tell us which address..."',
    to: to(EMMA.name, EMMA.keep), at: '2026-02-04 15:33:18',
    subject: formSubject(CASE.emma), enc: 'ascii7',
    text: `Hello Emma,

Thanks for your patience. Taking your questions in order:

1) Yes, the two accounts can be combined.
2) Your unused voucher will come across with the certifications.
3) Badges are re-issued to the kept email after the merge.

Before we start, could you tell us which of the two addresses you'd like to keep, and the candidate ID (AWS followed by digits) of the other one?

Kind regards,
Rafael
AWS Training and Certification

${sfOriginal(to(EMMA.name, EMMA.keep), 'Tuesday, February 3, 2026 4:20 PM', SUPPORT_ADDR, '[AWS Training and Certification Form Submission] - account-assistance', EMMA_REQ)}

${sfRef('EMW22')}`,
  }),
  mk({
    slug: 'en-info-daniel', kind: 'info_request', lang: 'en', caseId: CASE.daniel,
    note: 'answers "how long?", then lists the details needed (IDs, exam names)',
    to: to(DANIEL.name, DANIEL.keep), at: '2026-03-11 17:09:54',
    subject: formSubject(CASE.daniel), enc: 'utf8qp',
    text: `Hi Daniel,

On your question about timing: once we have everything, merges like this take 3–5 business days.

What we still need from you:
  – the full name exactly as it appears on each account
  – the exams passed on ${DANIEL.srcId}, with the approximate dates

Just reply to this email with the above.

Best,
Priscilla – AWS Training and Certification`,
  }),
  mk({
    slug: 'en-info-lena-confirm', kind: 'info_request', lang: 'en', caseId: CASE.lena, trap: true,
    note: '"please confirm the email address on the consulting profile": asks for information, not consent',
    to: to(LENA.name, LENA.keep), at: '2026-04-21 09:20:02',
    subject: formSubject(CASE.lena), enc: 'ascii7',
    text: `Dear Lena,

To answer your question: no, your recertification date stays as it is.

Before we go further, please confirm the login email on the consulting profile. We found two profiles close to ${LENA.src} and want to be sure we pick the right one.

Regards,
AWS Training and Certification Support

${gmailEn('Mon, Apr 20, 2026 at 9:38 AM', `Lena Fischer <${LENA.keep}>`, LENA_REQ)}`,
  }),
  mk({
    slug: 'en-info-omar', kind: 'info_request', lang: 'en', caseId: CASE.omar,
    note: 'answers the badge question, then asks for the names on both profiles (request phrased as "we\'d need")',
    to: to(OMAR.name, OMAR.keep), at: '2026-05-05 10:44:40',
    subject: formSubject(CASE.omar), enc: 'utf8b64',
    text: `Hi Omar,

You won't lose the SAA badge – it stays on Credly. As for folding ${OMAR.src} into ${OMAR.keep}: that works, but we'd need the first and last name registred on each profile first, since they have to match.

Thanks,
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-info-teamlist', kind: 'info_request', lang: 'en', caseId: '1789566240', forUser: false,
    note: 'an information request on someone else\'s case, sent to a team list the user is not on',
    to: to('Cloud Team', 'cloud-team@corp.example.com'), at: '2026-04-01 14:14:14',
    subject: formSubject('1789566240'), enc: 'ascii7',
    text: `Hello,

Regarding the question of whether the team's accounts can be merged: each person has to request it for their own account. Could the account owner send us their candidate ID and both login emails?

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-info-phish', kind: 'info_request', lang: 'en', caseId: CASE.daniel, trusted: false,
    note: 'look-alike domain amazon-support.co asks for the password of the old account',
    from: 'AWS Training and Certification <cases@amazon-support.co>', to: to(DANIEL.name, DANIEL.keep), at: '2026-03-12 03:03:03',
    subject: formSubject(CASE.daniel), enc: 'ascii7',
    text: `Hi Daniel,

To your question: yes, we can merge. To verify ownership, reply with the password of ${DANIEL.src}
and the last 4 digits of the card used for your exam.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-info-qa-table', kind: 'info_request', lang: 'en', caseId: CASE.lena,
    note: 'Q&A table whose last row asks the customer for the details needed',
    to: to(LENA.name, LENA.keep), at: '2026-04-22 08:02:35',
    subject: formSubject(CASE.lena), enc: 'utf8qp',
    text: `Hi Lena,

Here are the answers to your follow-up questions:

Question                              | Answer
--------------------------------------+------------------------------------------------
Will my Partner credit stay?          | It follows the kept profile after the merge.
Can I keep using the consulting login?| No, only the personal one remains.
What do you need from me now?         | Your candidate IDs for both profiles, please.

AWS Training and Certification`,
    html: `<p>Hi Lena,</p><p>Here are the answers to your follow-up questions:</p>
<table border="1" cellpadding="4"><tr><th>Question</th><th>Answer</th></tr>
<tr><td>Will my Partner credit stay?</td><td>It follows the kept profile after the merge.</td></tr>
<tr><td>Can I keep using the consulting login?</td><td>No, only the personal one remains.</td></tr>
<tr><td>What do you need from me now?</td><td>Your candidate IDs for both profiles, please.</td></tr></table>
<p>AWS Training and Certification</p>`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'en-conf-emma', kind: 'confirmation_request', lang: 'en', caseId: CASE.emma,
    note: 'answers "can this be undone?" and asks for agreement to the merge',
    to: to(EMMA.name, EMMA.keep), at: '2026-02-05 16:47:01',
    subject: formSubject(CASE.emma), enc: 'ascii7',
    text: `Hello Emma,

Q: If I change my mind later, can the accounts be split again?
A: No. A merge is permanent.

With that in mind: we're ready to merge ${EMMA.srcId} (${EMMA.src}) into ${EMMA.keepId} (${EMMA.keep}).
Please reply "I agree" if you want us to go ahead.

Rafael
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-conf-daniel', kind: 'confirmation_request', lang: 'en', caseId: CASE.daniel,
    note: 'three numbered answers; the third asks for the go-ahead',
    to: to(DANIEL.name, DANIEL.keep), at: '2026-03-13 16:30:27',
    subject: formSubject(CASE.daniel), enc: 'utf8qp',
    text: `Hi Daniel,

Thanks for the details. Picking up the points from your last note:

1. Exam history – both Associate exams on ${DANIEL.srcId} were found.
2. Names – they match, so nothing else to fix.
3. Next step – this is irreversible, so we need your explicit OK to fold ${DANIEL.srcId} into ${DANIEL.keepId}. A one-line reply saying you agree is enough.

Priscilla – AWS Training and Certification`,
  }),
  mk({
    slug: 'en-conf-lena', kind: 'confirmation_request', lang: 'en', caseId: CASE.lena,
    note: 'consent asked without the word "confirm": "reply with your go-ahead"',
    to: to(LENA.name, LENA.keep), at: '2026-04-23 07:55:48',
    subject: formSubject(CASE.lena), enc: 'ascii7',
    text: `Dear Lena,

Thank you for the candidate IDs. You also asked whether anything is lost along the way: nothing is, apart from the consulting login itself.

Once the two profiles become one there is no way back. If that is fine with you, send us your go-ahead in reply to this mail and we will schedule the merge.

Regards,
AWS Training and Certification Support`,
  }),
  mk({
    slug: 'en-conf-omar-top', kind: 'confirmation_request', lang: 'en', caseId: CASE.omar,
    note: 'top-posted consent request above a Gmail quote of the customer\'s questions',
    to: to(OMAR.name, OMAR.keep), at: '2026-05-06 12:20:19',
    subject: formSubject(CASE.omar), enc: 'utf8b64',
    text: `Hi Omar,

The names match, thanks. One last thing before we act: merging ${OMAR.srcId} into ${OMAR.keepId} can't be reversed. Do you agree to proceed? A short "yes, go ahead" works.

AWS Training and Certification

${gmailEn('Tue, May 5, 2026 at 7:02 PM', `Omar Haddad <${OMAR.keep}>`, `Both profiles say Omar Haddad.\nAnything else you need?\n\n${quote(OMAR_REQ)}`)}`,
  }),
  mk({
    slug: 'en-conf-lookalike', kind: 'confirmation_request', lang: 'en', caseId: CASE.emma, trusted: false,
    note: 'consent request from amazon.com.case-verify.net (a look-alike that only starts with amazon.com)',
    from: 'AWS Training and Certification <no-reply@amazon.com.case-verify.net>', to: to(EMMA.name, EMMA.keep), at: '2026-02-05 22:10:10',
    subject: formSubject(CASE.emma), enc: 'ascii7',
    text: `Hello Emma,

You asked what happens next. Your merge is ready; please confirm it here before it expires:
http://amazon.com.case-verify.net/confirm?case=${CASE.emma}

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-conf-html', kind: 'confirmation_request', lang: 'en', caseId: CASE.daniel,
    note: 'HTML-only consent request, Outlook-style quote of the customer\'s question kept in the HTML',
    to: to(DANIEL.name, DANIEL.keep), at: '2026-03-13 17:02:40',
    subject: formSubject(CASE.daniel), enc: 'utf8qp',
    html: `<html><body>
<div>Hi Daniel,</div>
<div>&nbsp;</div>
<div>You asked whether you need to do anything else. Only one thing: please reply to let us know you consent to merging ${DANIEL.srcId} into ${DANIEL.keepId}. This cannot be undone.</div>
<div>&nbsp;</div>
<div>AWS Training and Certification</div>
<div id="divRplyFwdMsg"><hr><b>From:</b> Daniel Ortiz &lt;${DANIEL.keep}&gt;<br><b>Sent:</b> Friday, March 13, 2026 8:41 AM<br><b>Subject:</b> RE: ${formSubject(CASE.daniel)}<br><br>Names attached. Do I need to do anything else?</div>
</body></html>`,
  }),

  // ---------------- merge_completed ----------------
  mk({
    slug: 'en-mc-emma', kind: 'merge_completed', lang: 'en', caseId: CASE.emma,
    note: '"To your question whether the merge is done: yes, completed this morning"',
    to: to(EMMA.name, EMMA.keep), at: '2026-02-07 14:03:29',
    subject: formSubject(CASE.emma), enc: 'ascii7',
    text: `Hello Emma,

To your question whether the merge is done: yes. We completed it this morning, and ${EMMA.keepId} now lists the certifications from ${EMMA.srcId}.

Rafael
AWS Training and Certification

${gmailEn('Sat, Feb 7, 2026 at 9:11 AM', `Emma Wilson <${EMMA.keep}>`, 'I agree. Is the merge done yet?')}`,
  }),
  mk({
    slug: 'en-mc-portal', kind: 'merge_completed', lang: 'en', caseId: null,
    note: 'certification portal notice "your accounts have been merged" with FAQ; no case ID',
    from: PORTAL, to: to(DANIEL.name, DANIEL.keep), at: '2026-03-16 20:12:52',
    subject: 'Your AWS Certification accounts have been merged', enc: 'utf8qp',
    text: `Hi Daniel,

Your AWS Certification accounts have been merged into ${DANIEL.keepId}.

Where are my old certifications?  On this account, under Certifications.
Can I still sign in to ${DANIEL.srcId}?  No, that account is now inactive.

AWS Certification`,
    html: `<p>Hi Daniel,</p><p>Your AWS Certification accounts have been merged into <b>${DANIEL.keepId}</b>.</p><p><b>Where are my old certifications?</b> On this account, under Certifications.<br><b>Can I still sign in to ${DANIEL.srcId}?</b> No, that account is now inactive.</p><p>AWS Certification</p>`,
  }),
  mk({
    slug: 'en-mc-numbered', kind: 'merge_completed', lang: 'en', caseId: CASE.daniel,
    note: 'numbered answers; #1 is the news (merged), #2 says badges will follow (future)',
    to: to(DANIEL.name, DANIEL.keep), at: '2026-03-16 19:48:10',
    subject: formSubject(CASE.daniel), enc: 'ascii7',
    text: `Hi Daniel,

Thanks for the OK. Answers to the two things you asked:

1. Status: the merge went through today; ${DANIEL.srcId} is folded into ${DANIEL.keepId}.
2. Badges: Credly will email the kept address in the coming days.

Priscilla - AWS Training and Certification`,
  }),
  mk({
    slug: 'en-mc-lena-close', kind: 'merge_completed', lang: 'en', caseId: CASE.lena,
    note: 'completion plus "we will now close the case": the new fact is the merge',
    to: to(LENA.name, LENA.keep), at: '2026-04-27 08:40:03',
    subject: formSubject(CASE.lena), enc: 'utf8qp',
    text: `Dear Lena,

Good news on the question you raised on Friday: the two profiles are now one. Everything from the consulting profile sits under ${LENA.keepId}, and your recertification date is unchanged.

As there's nothing left open, we'll close this case now.

Regards,
AWS Training and Certification Support`,
  }),
  mk({
    slug: 'en-mc-resent', kind: 'merge_completed', lang: 'en', caseId: CASE.emma, forUser: false,
    note: 'completion redirected from the old agency mailbox with Resent-* headers',
    to: to(EMMA.name, EMMA.src), at: '2026-02-07 14:05:00',
    resent: { from: 'it-helpdesk@agency.example.com', to: EMMA.keep, date: 'Sat, 7 Feb 2026 14:30:12 +0000' },
    subject: formSubject(CASE.emma), enc: 'ascii7',
    text: `Hello Emma,

Copying your old address as you asked: the merge is complete, and ${EMMA.keepId} holds everything now.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-mc-fake', kind: 'merge_completed', lang: 'en', caseId: CASE.omar, trusted: false,
    note: 'completion claim from amazon-aws-support.com (not an AWS domain)',
    from: 'AWS Training and Certification <merge@amazon-aws-support.com>', to: to(OMAR.name, OMAR.keep), at: '2026-05-06 23:00:00',
    subject: formSubject(CASE.omar), enc: 'ascii7',
    text: `Hi Omar,

As you asked: yes, your accounts have been merged. To keep your badges, re-enter your Credly password at
http://amazon-aws-support.com/credly-login within 24 hours.`,
  }),
  mk({
    slug: 'en-mc-omar-check', kind: 'merge_completed', lang: 'en', caseId: CASE.omar,
    note: 'merge done, "please check that everything looks right": still merge_completed',
    to: to(OMAR.name, OMAR.keep), at: '2026-05-07 09:15:44',
    subject: formSubject(CASE.omar), enc: 'utf8b64',
    text: `Hi Omar,

Thanks for the go-ahaed – ${OMAR.srcId} has now been merged into ${OMAR.keepId}.
Could you sign in and check that your certifications and the voucher look right? If anything's missing, just reply here.

AWS Training and Certification`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'en-bt-credly', kind: 'badges_transferred', lang: 'en', caseId: null,
    note: 'AWS badge issued via Credly to the kept address ("Accept your badge")',
    from: CREDLY_AWS, to: to(EMMA.name, EMMA.keep), at: '2026-02-09 15:22:18',
    subject: 'Amazon Web Services Training and Certification sent you a new badge', enc: 'utf8qp',
    text: cEmma.text, html: cEmma.html,
  }),
  mk({
    slug: 'en-bt-support-close', kind: 'badges_transferred', lang: 'en', caseId: CASE.emma,
    note: '"To your question whether the badges moved: yes, today", and the case is closed',
    to: to(EMMA.name, EMMA.keep), at: '2026-02-12 13:30:50',
    subject: formSubject(CASE.emma), enc: 'ascii7',
    text: `Hello Emma,

To your question whether the badges moved: they have now. Credly re-pointed both badges to ${EMMA.keep} earlier today.
Since that was the last open item, I'm closing this case.

Rafael
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-bt-numbered', kind: 'badges_transferred', lang: 'en', caseId: CASE.daniel,
    note: 'numbered answers; #2 is the news: badges now on the kept account',
    to: to(DANIEL.name, DANIEL.keep), at: '2026-03-20 18:01:26',
    subject: formSubject(CASE.daniel), enc: 'utf8qp',
    text: `Hi Daniel,

Answering your follow-ups:

1. Certificate PDFs – download them again from Certifications; they carry the merged ID.
2. Credly – both Associate badges are now on the Credly profile of ${DANIEL.keep}.
3. Transcript – it lists every exam from both accounts.

Priscilla – AWS Training and Certification`,
  }),
  mk({
    slug: 'en-bt-colleague', kind: 'badges_transferred', lang: 'en', caseId: null, forUser: false,
    note: 'AWS badge via Credly addressed to a colleague, not the user',
    from: CREDLY_AWS, to: to('Priyanka Rao', 'priyanka.rao@corp.example.com'), at: '2026-04-02 10:10:10',
    subject: 'Amazon Web Services Training and Certification sent you a new badge', enc: 'utf8b64',
    text: cColleague.text,
  }),
  mk({
    slug: 'en-bt-omar', kind: 'badges_transferred', lang: 'en', caseId: CASE.omar,
    note: 'answers "do I lose my SAA badge?" with: it has been moved to the kept address',
    to: to(OMAR.name, OMAR.keep), at: '2026-05-11 08:47:31',
    subject: formSubject(CASE.omar), enc: 'utf8b64',
    text: `Hi Omar,

Back to your very first question – "do I lose my SAA badge?" – no: we asked Credly to move it, and it's now on the account for ${OMAR.keep}, alongside the others.

AWS Training and Certification

On Sun, May 10, 2026 at 6:14 PM Omar Haddad <${OMAR.keep}> wrote:
> Merge looks good. The SAA badge is still on the telco email though.
>
> Sent from my iPhone`,
  }),
  mk({
    slug: 'en-bt-lena-faq', kind: 'badges_transferred', lang: 'en', caseId: CASE.lena,
    note: 'FAQ-style answer: badges re-issued to the kept address today',
    to: to(LENA.name, LENA.keep), at: '2026-05-01 07:25:39',
    subject: formSubject(CASE.lena), enc: 'ascii7',
    text: `Dear Lena,

Q: The case was closed, but my badges are still on the consulting email. Can they move?
A: Done. We re-issued your three badges to ${LENA.keep}; they are on your Credly profile now.

Q: Do I need to accept them again?
A: Only if Credly asks you to. The links stay the same.

AWS Training and Certification Support`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'en-cc-auto', kind: 'case_closed', lang: 'en', caseId: CASE.daniel,
    note: 'will close in 5 days without a reply; FAQ form',
    from: AWS_NOTIFY, to: to(DANIEL.name, DANIEL.keep), at: '2026-03-25 00:00:30',
    subject: `Case ${CASE.daniel} will close soon`, enc: 'ascii7',
    text: `Hello Daniel,

We haven't heard from you on case ${CASE.daniel}.

What happens if I don't reply?  The case closes automatically in 5 days.
I still have a question.  Reply to the last message from our team and the case stays open.

Amazon Web Services`,
  }),
  mk({
    slug: 'en-cc-resolved', kind: 'case_closed', lang: 'en', caseId: CASE.daniel,
    note: 'all questions answered; case marked resolved',
    to: to(DANIEL.name, DANIEL.keep), at: '2026-03-23 17:40:12',
    subject: formSubject(CASE.daniel), enc: 'utf8qp',
    text: `Hi Daniel,

Glad the transcript looks right now. As all of your questions have been answered, I'm setting this case to resolved.

Priscilla – AWS Training and Certification`,
  }),
  mk({
    slug: 'en-cc-restate', kind: 'case_closed', lang: 'en', caseId: CASE.omar, trap: true,
    note: 'closing that only restates the merge of last week',
    to: to(OMAR.name, OMAR.keep), at: '2026-05-18 09:00:21',
    subject: formSubject(CASE.omar), enc: 'ascii7',
    text: `Hi Omar,

You asked whether anything else was pending. No: as we merged your accounts last week and the badge is sorted, we're closing this case today.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-cc-html', kind: 'case_closed', lang: 'en', caseId: CASE.emma,
    note: 'HTML-only "your case has been resolved" with reopen FAQ',
    from: SUPPORT_CENTER, to: to(EMMA.name, EMMA.keep), at: '2026-02-13 00:00:09',
    subject: `Case ${CASE.emma} resolved`, enc: 'utf8b64',
    html: `<html><body><p>Hello Emma,</p><p>Case <b>${CASE.emma}</b> has been resolved.</p><p><b>Can I reopen it?</b> Yes, within 14 days, by replying to the last message from our team.</p><p>AWS Support</p></body></html>`,
  }),
  mk({
    slug: 'en-cc-dkim', kind: 'case_closed', lang: 'en', caseId: CASE.lena, auth: 'dkimonly',
    note: 'closure notice from support.aws.com, trusted via aligned DKIM alone',
    from: SUPPORT_CENTER, to: to(LENA.name, LENA.keep), at: '2026-05-15 00:00:44',
    subject: `Case ${CASE.lena} closed`, enc: 'ascii7',
    text: `Hello Lena,

Case ${CASE.lena} was closed because we did not hear back within 14 days.
Have a new question? Open a new case from the support page.

AWS Support`,
  }),
  mk({
    slug: 'en-cc-outlook', kind: 'case_closed', lang: 'en', caseId: CASE.emma,
    note: 'answer to a thank-you note that closes the case; Outlook quote block',
    to: to(EMMA.name, EMMA.keep), at: '2026-02-12 18:02:14',
    subject: formSubject(CASE.emma), enc: 'ascii7',
    text: `Hello Emma,

You're welcome, and no, you don't need to do anything further. I'm marking the case as closed now.

Rafael
AWS Training and Certification

${outlookEn(`Emma Wilson <${EMMA.keep}>`, 'Thursday, February 12, 2026 5:40 PM', 'AWS Training and Certification', `RE: ${formSubject(CASE.emma)}`, 'Thanks Rafael, all looks good. Do I need to do anything else?')}`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'en-sr-not-yet', kind: 'support_reply', lang: 'en', caseId: CASE.daniel, trap: true,
    note: '"To your question whether the badges moved: not yet"',
    to: to(DANIEL.name, DANIEL.keep), at: '2026-03-18 20:11:05',
    subject: formSubject(CASE.daniel), enc: 'ascii7',
    text: `Hi Daniel,

To your question whether the badges moved: not yet. The request is with Credly and I'll write again once they confirm.

Priscilla - AWS Training and Certification

${sfOriginal(to(DANIEL.name, DANIEL.keep), 'Wednesday, March 18, 2026 9:02 AM', SUPPORT_ADDR, `RE: ${formSubject(CASE.daniel)}`, `Thanks! Did the badges move as well? Credly still shows them under ${DANIEL.src}.

${sfOriginal(SUPPORT_ADDR, 'Monday, March 16, 2026 7:48 PM', DANIEL.keep, formSubject(CASE.daniel), `Hi Daniel,

Thanks for the OK. Answers to the two things you asked:

1. Status: the merge went through today; ${DANIEL.srcId} is folded into ${DANIEL.keepId}.
2. Badges: Credly will email the kept address in the coming days.

${sfOriginal(to(DANIEL.name, DANIEL.keep), 'Friday, March 13, 2026 6:05 PM', SUPPORT_ADDR, `RE: ${formSubject(CASE.daniel)}`, `I agree, please go ahead.

${sfOriginal(SUPPORT_ADDR, 'Friday, March 13, 2026 4:30 PM', DANIEL.keep, formSubject(CASE.daniel), 'Next step - this is irreversible, so we need your explicit OK.')}`)}`)}`)}

${sfRef('DOR18')}`,
  }),
  mk({
    slug: 'en-sr-voucher-future', kind: 'support_reply', lang: 'en', caseId: CASE.emma, trap: true,
    note: '"Q: Will my vouchers move? A: Yes, once the merge is done." (future)',
    to: to(EMMA.name, EMMA.keep), at: '2026-02-05 10:14:30',
    subject: formSubject(CASE.emma), enc: 'utf8qp',
    text: `Hello Emma,

Q: Will my vouchers move?
A: Yes, once the merge is done.

Q: Can I book an exam in the meantime?
A: Better to wait a couple of days so the booking lands on the right account.

Rafael
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-sr-thanks', kind: 'support_reply', lang: 'en', caseId: CASE.lena, trap: true,
    note: 'thanks for confirming, passed to the merge team; nothing done yet',
    to: to(LENA.name, LENA.keep), at: '2026-04-24 06:30:19',
    subject: formSubject(CASE.lena), enc: 'ascii7',
    text: `Dear Lena,

Thank you for confirming. I've handed your request to the team that performs merges; you'll hear from us when it's done. On your side question: no, you don't need to sign out of anything.

Regards,
AWS Training and Certification Support

${origMsg(`Lena Fischer [mailto:${LENA.keep}]`, 'Thursday, April 23, 2026 7:12 PM', `RE: ${formSubject(CASE.lena)}`, 'Go ahead, please. Do I need to sign out of anything while you do it?')}`,
  }),
  mk({
    slug: 'en-sr-unable', kind: 'support_reply', lang: 'en', caseId: '1792210457', trap: true,
    note: '"we are unable to complete the merge" (active exam booking); negated',
    to: to(EMMA.name, EMMA.keep), at: '2026-06-02 15:16:17',
    subject: formSubject('1792210457'), enc: 'ascii7',
    text: `Hello Emma,

You asked whether your third, older account could also be merged. At the moment we're unable to complete that merge: it has an exam booked for June 20. Please get back to us after the exam.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-sr-write-from-keep', kind: 'support_reply', lang: 'en', caseId: CASE.omar, trap: true,
    note: 'only asks to write from the address being kept; no data requested',
    to: to(OMAR.name, OMAR.src), cc: OMAR.keep, at: '2026-05-04 18:40:40',
    subject: formSubject(CASE.omar), enc: 'utf8qp',
    text: `Hi Omar,

Thanks for your questions. For account security we can only continue a merge request from the email of the account being kept, so please write back to this thread from ${OMAR.keep}.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-sr-timing', kind: 'support_reply', lang: 'en', caseId: CASE.lena,
    note: 'answers a timing question; the request is queued',
    to: to(LENA.name, LENA.keep), at: '2026-04-25 09:03:03',
    subject: formSubject(CASE.lena), enc: 'utf88bit',
    text: `Dear Lena,

You asked how long this will take from here. The team works thru requests in order, yours is queued and usually gets picked up within two business days.

Regards,
AWS Training and Certification Support`,
  }),
  mk({
    slug: 'en-sr-dup-cases', kind: 'support_reply', lang: 'en', caseId: '1784418800216', trap: true,
    note: '"we merged your duplicate cases": not the account merge',
    to: to(EMMA.name, EMMA.keep), at: '2026-02-04 15:40:00',
    subject: formSubject('1784418800216'), enc: 'ascii7',
    text: `Hello Emma,

You asked why you got two case numbers. The form was submitted twice, so we merged the duplicate case ${'1784418800216'} into ${CASE.emma}. Please reply on ${CASE.emma} from now on.

AWS Training and Certification`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'en-un-survey', kind: 'unrelated', lang: 'en', caseId: CASE.emma, trap: true,
    note: 'survey: "Was your issue resolved?"',
    from: 'AWS Support <aws-support-survey@amazon.com>', to: to(EMMA.name, EMMA.keep), at: '2026-02-14 12:00:00',
    subject: 'How did we do? Your case has been resolved', enc: 'ascii7',
    text: `Hi Emma,

Your recent case ${CASE.emma} was resolved. We'd love to hear how it went.
Was your issue resolved?  Yes / No
How would you rate your experience?  1 2 3 4 5

Thank you,
AWS Support`,
  }),
  mk({
    slug: 'en-un-hashicorp', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'Credly badge from another issuer (HashiCorp)',
    from: 'HashiCorp via Credly <admin@credly.com>', to: to(DANIEL.name, DANIEL.keep), at: '2026-03-28 16:45:09',
    subject: 'HashiCorp sent you a new badge', enc: 'utf8qp',
    text: cHashi.text, html: cHashi.html,
  }),
  mk({
    slug: 'en-un-own-forward', kind: 'unrelated', lang: 'en', caseId: CASE.daniel, trusted: false, trap: true,
    note: 'the user forwards support\'s completion mail from his personal address to a friend, Cc himself',
    from: to(DANIEL.name, DANIEL.keep), to: to('Sam Lee', 'sam.lee@example.org'), cc: DANIEL.keep, deliveredTo: DANIEL.keep, at: '2026-03-16 21:30:00', tz: '-0500',
    subject: `Fwd: ${formSubject(CASE.daniel)}`, enc: 'ascii7', crlf: false,
    text: `Sam - you asked how the merge thing went. Took about a week, see below.

${fwdGmail(`AWS Training and Certification <${SUPPORT_ADDR}>`, 'Mon, Mar 16, 2026 at 2:48 PM', formSubject(CASE.daniel), DANIEL.keep, '1. Status: the merge went through today.')}`,
  }),
  mk({
    slug: 'en-un-ooo', kind: 'unrelated', lang: 'en', caseId: CASE.lena, trusted: false, trap: true,
    note: 'out-of-office auto-reply from the old consulting mailbox, answering the user\'s own mail that copied it',
    from: to(LENA.name, LENA.src), to: to(LENA.name, LENA.keep), at: '2026-04-21 09:20:30', tz: '+0200',
    subject: `Automatic reply: ${formSubject(CASE.lena)}`, enc: 'ascii7',
    extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    text: `I have left Consult Example GmbH. For questions about certifications or account merges, please contact my personal address. This mailbox is no longer monitored.`,
  }),
  mk({
    slug: 'en-un-booking-receipt', kind: 'unrelated', lang: 'en', caseId: '1792005512', trap: true,
    note: 'receipt of another case about an exam booking (says its topic)',
    from: AWS_NOTIFY, to: to(OMAR.name, OMAR.keep), at: '2026-05-20 11:11:11',
    subject: 'Case 1792005512 received: exam rescheduling', enc: 'ascii7',
    text: `Hello Omar,

We've received your question about rescheduling your exam appointment (case 1792005512).
Q: Will I lose my exam fee? A: Our team will check your booking and reply within 24 hours.

Amazon Web Services`,
  }),
  mk({
    slug: 'en-un-newsletter', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'marketing newsletter with a Q&A about recertification ("complete", "transfer")',
    from: 'AWS Training and Certification <aws-tc-news@amazon.com>', to: to(LENA.name, LENA.keep), at: '2026-06-10 15:00:00',
    subject: 'Your questions about recertification, answered', enc: 'utf8qp',
    text: `Hi Lena,

You asked, we answered:

Q: When should I recertify?
A: Any time in the 6 months before expiry. Once you complete the newer exam, your dates roll forward.
Q: Can I transfer a discount voucher to a colleague?
A: No, benefits are personal.

Register for our free exam-prep webinar this month.
Unsubscribe | Preferences`,
    html: paras(`Hi Lena,

You asked, we answered:

Q: When should I recertify?
A: Any time in the 6 months before expiry. Once you complete the newer exam, your dates roll forward.
Q: Can I transfer a discount voucher to a colleague?
A: No, benefits are personal.

Register for our free exam-prep webinar this month.
Unsubscribe | Preferences`),
  }),
  mk({
    slug: 'en-un-pearson', kind: 'unrelated', lang: 'en', caseId: null, trusted: false, trap: true,
    note: 'test vendor appointment confirmation (pearsonvue.com is not a trusted domain; not the merge)',
    from: 'Pearson VUE <noreply@pearsonvue.com>', to: to(EMMA.name, EMMA.keep), at: '2026-02-20 10:00:00',
    subject: 'Confirmation of your AWS exam appointment', enc: 'ascii7',
    text: `Dear Emma Wilson,

This confirms your appointment for AWS Certified Solutions Architect - Professional.
Date: March 14, 2026, 09:00
FAQ: Can I reschedule? Yes, up to 24 hours before the appointment.

Pearson VUE`,
  }),
];

void CREDLY;
