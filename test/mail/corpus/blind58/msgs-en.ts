// English messages. Voice of this set: attachments and images carry part of the meaning.
import { rfcDate, type Msg } from './lib.js';
import { AWS_NOTIFY, CASE, CERT_PORTAL, CREDLY_AWS, DANA, GIF1, LENA, OMAR, SUPPORT, SUPPORT_BARE, esc, formSubject, gmailEn, inlineImg, mk, outlookEn, pdf, sfOriginal, sfRef, shot } from './common.js';

const U = (s: string): string => rfcDate(s, '+0000');
const P = (s: string): string => rfcDate(s, '-0800');
const B = (s: string): string => rfcDate(s, '+0100');

const DANA_ASK = `Hi, I ended up with two certification profiles after leaving my previous employer.
Old: ${DANA.src} (${DANA.srcId}) - SAA, DVA
New: ${DANA.keep} (${DANA.keepId}) - CLF
Please combine them under the new one. Screenshots of both profiles attached.`;

const OMAR_ASK = `Hello - the Merge Accounts tool says it can't merge because both accounts hold certifications. Candidate IDs ${OMAR.keepId} (keep, ${OMAR.keep}) and ${OMAR.srcId} (${OMAR.src}). Thanks.`;

const LENA_ASK = `Dear support, I would like my agency account (${LENA.src}) folded into my personal one (${LENA.keep}). I attached a PDF export of my certifications.`;

export const EN: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'en-ack-summary-txt',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.dana,
    note: 'automatic receipt; the attached case-summary.txt is a copy of what the customer submitted',
    from: AWS_NOTIFY,
    to: `${DANA.name} <${DANA.keep}>`,
    subject: `Case ${CASE.dana} has been created`,
    date: U('2026-01-12 16:22:08'),
    enc: 'ascii7',
    text: `Hello,

Thanks for reaching out to AWS Training and Certification. Your case ID is ${CASE.dana}.
A copy of your submission is attached for your records (case-summary.txt).

An agent usually responds within 24 hours. Please don't open a new case for the same issue - it can slow things down.

Amazon Web Services`,
    atts: [{ name: 'case-summary.txt', type: 'text/plain', cte: '7bit', content: `Category: AWS Training and Certification / Certification\nSubject: Merge certification accounts\nCandidate ID: ${DANA.keepId}\n\n${DANA_ASK}\n` }],
  }),
  mk({
    slug: 'en-ack-html-logo',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.omar,
    note: 'HTML receipt with an inline logo; the headline image alt says the request was received',
    from: AWS_NOTIFY,
    to: OMAR.keep,
    subject: 'We received your request',
    date: U('2026-02-09 09:41:30'),
    enc: 'utf8qp',
    text: `We received your request (case ${CASE.omar}).
Someone from the team will get back to you, typically within one business day.`,
    html: `<table><tr><td><img src="cid:logo@aws" alt="Amazon Web Services"></td></tr>
<tr><td><img src="cid:head@aws" alt="We received your request"></td></tr>
<tr><td><p>Case ${CASE.omar}. Someone from the team will get back to you, typically within one business day.</p></td></tr></table>`,
    atts: [inlineImg('logo.png', 'logo@aws', 101), inlineImg('headline.png', 'head@aws', 102)],
  }),
  mk({
    slug: 'en-ack-files-received',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.lena,
    note: 'receipt that lists the attachment received with the web form; still the case receipt',
    from: AWS_NOTIFY,
    to: LENA.keep,
    subject: `AWS Support: case ${CASE.lena} opened`,
    date: U('2026-03-11 07:00:12'),
    enc: 'utf8b64',
    text: `Your case was opened.

  Case ID:      ${CASE.lena}
  Subject:      Merge two certification accounts
  Attachments:  1 file (certifications-export.pdf, 212 KB)

We'll review everything you sent and reply to this address.`,
  }),
  mk({
    slug: 'en-ack-misaligned',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.dana,
    trusted: false,
    auth: 'misaligned',
    note: 'receipt wording, but DKIM passes for an unrelated bulk-mail domain and dmarc fails: untrusted',
    from: AWS_NOTIFY,
    to: DANA.keep,
    subject: `Case ${CASE.dana} created - action needed`,
    date: U('2026-01-12 18:00:00'),
    enc: 'ascii7',
    text: `Your case ${CASE.dana} was created. Open the attached file to verify your identity within 24 hours.`,
    atts: [{ name: 'verify.html', type: 'text/html', cte: '7bit', content: '<a href="http://verify-aws-case.example.net">Verify</a>\n' }],
  }),
  mk({
    slug: 'en-ack-generic-subject',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.dana2,
    note: 'receipt with a generic subject; the case ID is only in the body',
    from: AWS_NOTIFY,
    to: DANA.src,
    subject: 'Thank you for contacting AWS Training and Certification',
    date: U('2026-01-13 02:02:02'),
    enc: 'ascii7',
    text: `Hi there,

This confirms we have your message. Reference: ${CASE.dana2}.
You can reply to this email with any files that might help (up to 3 attachments, 5 MB each).

- AWS Training and Certification`,
  }),
  mk({
    slug: 'en-ack-resent',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.omar,
    forUser: false,
    note: 'receipt redirected by the consultancy\'s mail server (Resent-* headers): not delivered to the user as such',
    from: AWS_NOTIFY,
    to: OMAR.src,
    subject: `Case ${CASE.omar} has been created`,
    date: U('2026-02-09 09:41:00'),
    enc: 'ascii7',
    resent: { from: 'mailer-daemon@consult.example.net', to: 'archive@consult.example.net', date: U('2026-02-09 09:42:10') },
    text: `Your case ${CASE.omar} has been created. We will reply within 24 hours.`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'en-ai-inline-menu',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    note: 'generative-AI suggestion with an inline screenshot of the Merge Accounts menu',
    from: AWS_NOTIFY,
    to: OMAR.keep,
    subject: 'Suggested answer for your question',
    date: U('2026-02-09 09:35:10'),
    enc: 'utf8qp',
    text: `This answer was generated by AI.

You can usually merge two certification accounts yourself: sign in to the certification portal, open Profile > Merge Accounts (see the image), enter the other account's email and follow the verification step.
If the tool reports that both accounts have certification history, choose "Create case" to reach an agent.`,
    html: `<p><i>This answer was generated by AI.</i></p>
<p>You can usually merge two certification accounts yourself: sign in to the certification portal, open Profile &gt; Merge Accounts, enter the other account's email and follow the verification step.</p>
<p><img src="cid:menu@ai" alt="Profile menu &gt; Merge Accounts"></p>
<p>If the tool reports that both accounts have certification history, choose "Create case" to reach an agent.</p>`,
    atts: [inlineImg('merge-menu.png', 'menu@ai', 110)],
  }),
  mk({
    slug: 'en-ai-pdf-guide',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    note: 'automated answer that attaches a PDF guide to the self-service merge',
    from: AWS_NOTIFY,
    to: LENA.keep,
    subject: 'Automated response: merging certification accounts',
    date: U('2026-03-11 06:55:00'),
    enc: 'ascii7',
    text: `Our virtual assistant found a guide that may solve this without waiting for an agent.
See the attached merge-accounts-guide.pdf. Most merges take a couple of minutes.
Still stuck? Select "Create case" on the contact page.`,
    atts: [{ name: 'merge-accounts-guide.pdf', type: 'application/pdf', content: pdf('Merge Accounts guide', ['Profile > Merge Accounts', 'Enter the other e-mail', 'Enter the code we send']) }],
  }),
  mk({
    slug: 'en-ai-next-steps-txt',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    note: 'very short automated reply; the suggestion itself is in the attached next-steps.txt',
    from: AWS_NOTIFY,
    to: DANA.keep,
    subject: 'Here is an AI-generated suggestion',
    date: U('2026-01-12 16:15:44'),
    enc: 'utf8b64',
    text: `An AI-generated suggestion is attached. Was this helpful?`,
    atts: [{ name: 'next-steps.txt', type: 'text/plain', content: `1. Sign in to the AWS Certification portal with the account you want to keep.\n2. Go to Profile and choose Merge Accounts.\n3. Enter the email address of the other account.\nIf the merge tool is unavailable for your accounts, create a case.\n` }],
  }),
  mk({
    slug: 'en-ai-after-merge',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    trap: true,
    note: 'AI answer that describes what happens after a merge (badges, confirmation email): still an AI answer',
    from: AWS_NOTIFY,
    to: OMAR.src,
    subject: 'AI answer: certification account merge',
    date: U('2026-02-08 21:00:00'),
    enc: 'ascii7',
    text: `(Generated by AI - may contain errors)

- Use Merge Accounts in your certification profile to combine accounts.
- When the merge is complete you get a confirmation email and all certifications appear on the kept account.
- Credly badges may need to be claimed again after the merge; the attached diagram shows the flow.

Not resolved? Create a case.`,
    atts: [shot('merge-flow.png', 111)],
  }),
  mk({
    slug: 'en-ai-no-auth',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    trusted: false,
    auth: 'none',
    note: 'AI-style suggestion with no Authentication-Results at all: untrusted',
    from: AWS_NOTIFY,
    to: LENA.keep,
    subject: 'Suggested solution',
    date: U('2026-03-11 06:50:00'),
    enc: 'ascii7',
    text: `AI assistant: try the self-service Merge Accounts tool under your profile before opening a case.`,
  }),
  mk({
    slug: 'en-ai-qp-gif',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    note: 'AI suggestion in HTML with a tracking pixel; points to the Merge Accounts tool',
    from: AWS_NOTIFY,
    to: DANA.src,
    subject: 'Try this first \u2013 merging accounts',
    date: U('2026-01-12 16:10:00'),
    enc: 'utf8qp',
    hdr: 'utf8q',
    text: `This reply was written by generative AI.
Good news \u2013 you may not need an agent. The Merge Accounts option in the certification portal combines two profiles; you'll confirm with a code sent to the other address.`,
    html: `<p>This reply was written by generative AI.</p><p>Good news \u2013 you may not need an agent. The Merge Accounts option in the certification portal combines two profiles; you'll confirm with a code sent to the other address.</p><img src="cid:px@aws" alt="" width="1" height="1">`,
    atts: [{ name: 'p.gif', type: 'image/gif', content: GIF1, cid: 'px@aws' }],
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'en-info-pdf-form',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.dana,
    note: 'support asks the customer to complete the attached PDF form and reply with it',
    from: SUPPORT,
    to: DANA.keep,
    subject: formSubject(CASE.dana),
    date: U('2026-01-13 19:05:11'),
    enc: 'ascii7',
    text: `Hello Dana,

My name is Priscilla and I'll be helping with your request.
Could you fill out the attached Account Merge Request form (both candidate IDs, the login email of each profile, and which one stays) and send it back on this thread?

Kind regards,
Priscilla
AWS Training and Certification

${sfRef('Dana1')}

${sfOriginal(DANA.keep, '1/12/2026 4:22 PM', SUPPORT_BARE, 'Merge certification accounts', DANA_ASK)}`,
    atts: [{ name: 'Account_Merge_Request_Form.pdf', type: 'application/pdf', content: pdf('Account Merge Request', ['Candidate ID (A):', 'Candidate ID (B):', 'Login e-mail (A):', 'Login e-mail (B):', 'Account to keep:']) }],
  }),
  mk({
    slug: 'en-info-see-txt',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.omar,
    note: 'body says "see attached"; the attached text lists the information support needs',
    from: SUPPORT,
    to: OMAR.keep,
    subject: formSubject(CASE.omar),
    date: U('2026-02-10 11:30:00'),
    enc: 'utf8qp',
    text: `Hi Omar,

Thanks for your patience. Please see the attached note and reply with the items listed there so we can move forward.

Best,
Jonah | AWS T&C Support`,
    atts: [{ name: 'what-we-need.txt', type: 'text/plain', content: `To process a merge we need:\n- the email address you use to sign in to each account\n- the candidate ID of each account (starts with AWS)\n- the name on your exam appointments\n- which account you want to keep\n` }],
  }),
  mk({
    slug: 'en-info-screenshot',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.lena,
    note: 'support asks for a screenshot of each account\'s certification history page',
    from: SUPPORT,
    to: LENA.keep,
    subject: formSubject(CASE.lena),
    date: U('2026-03-12 08:12:00'),
    enc: 'ascii7',
    text: `Dear Lena,

The PDF export helps, thank you. One more thing: would you be able to sign in to the agency account and grab a screenshot of its Certification History page, with the candidate ID visible? Do the same for the personal account and attach both to your reply.

Regards,
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-info-unopenable',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.dana,
    note: 'the customer\'s attachment could not be opened; support asks for the candidate IDs pasted as text',
    from: SUPPORT,
    to: DANA.keep,
    subject: formSubject(CASE.dana),
    date: U('2026-01-14 20:00:00'),
    enc: 'utf8b64',
    text: `Hi Dana,

Unfortunately the file you sent (merge_form_signed.pages) won't open on our side. Rather than resending it, could you just paste both candidate IDs and login emails into the body of your reply?

${gmailEn('Wed, Jan 14, 2026 at 9:10 AM', `Dana Whitfield <${DANA.keep}>`, 'Form attached. Let me know if anything is missing.')}`,
  }),
  mk({
    slug: 'en-info-csv-template',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.omar,
    note: 'an empty CSV template is attached for the customer to list certifications per account',
    from: SUPPORT,
    to: OMAR.keep,
    subject: formSubject(CASE.omar),
    date: U('2026-02-11 15:45:00'),
    enc: 'ascii7',
    text: `Omar - attached is a small spreadsheet. One row per certification, with the candidate ID it currently sits under. Send it back when you can and we'll take it from there.`,
    atts: [{ name: 'cert_inventory.csv', type: 'text/csv', cte: '7bit', content: 'candidate_id,login_email,certification,exam_date\n' }],
  }),
  mk({
    slug: 'en-info-confirm-email',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.lena,
    trap: true,
    note: '"please confirm the email address you want to keep": asks for information, not consent',
    from: SUPPORT,
    to: LENA.keep,
    subject: formSubject(CASE.lena),
    date: U('2026-03-13 09:00:00'),
    enc: 'utf8qp',
    text: `Hi Lena,

Thanks for the screenshots - both profiles are visible now.
Before I go further, please confirm the email address you'd like to keep as the login for the merged profile, since the screenshots show a third address on the personal account.`,
  }),
  mk({
    slug: 'en-info-missing-template',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.dana2,
    note: '"fill in the attached template" with no attachment; the text still asks for the IDs',
    from: SUPPORT,
    to: DANA.keep,
    subject: formSubject(CASE.dana2),
    date: U('2026-01-15 10:10:00'),
    enc: 'ascii7',
    text: `Hello,

Please fill in the attached template with the candidate ID and sign-in email for each of your profiles, then reply here.

Thanks,
AWS T&C`,
  }),
  mk({
    slug: 'en-info-lookalike-upload',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.omar,
    trusted: false,
    note: 'asks for an ID scan and passwords from a look-alike domain: untrusted information request',
    from: 'AWS Certification Support <support@aws-certification-support.com>',
    to: OMAR.keep,
    subject: `[CASE ${CASE.omar}] Documents required`,
    date: P('2026-02-10 02:00:00'),
    enc: 'ascii7',
    text: `Dear customer,
To merge your accounts we require a scan of your passport and the passwords of both accounts. Use the attached upload form.`,
    atts: [{ name: 'upload-form.html', type: 'text/html', cte: '7bit', content: '<form action="http://aws-certification-support.com/upload"></form>\n' }],
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'en-conf-consent-txt',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.dana,
    note: 'asks the customer to read the attached consent text and reply "I agree"; merge is permanent',
    from: SUPPORT,
    to: DANA.keep,
    subject: formSubject(CASE.dana),
    date: U('2026-01-15 18:30:00'),
    enc: 'ascii7',
    text: `Hi Dana,

I've matched both profiles. Before I submit anything, please read the attached merge-consent.txt and, if you're OK with it, reply with "I agree".

Priscilla`,
    atts: [{ name: 'merge-consent.txt', type: 'text/plain', cte: '7bit', content: `Source profile: ${DANA.srcId} (${DANA.src})\nTarget profile: ${DANA.keepId} (${DANA.keep})\nAll certifications, exam history and benefits move to the target.\nThe source profile is deactivated. This cannot be reversed.\n` }],
  }),
  mk({
    slug: 'en-conf-alt-yes',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.omar,
    note: 'HTML-only; the key instruction "reply YES to confirm, cannot be undone" is an image with alt text',
    from: SUPPORT,
    to: OMAR.keep,
    subject: formSubject(CASE.omar),
    date: U('2026-02-12 13:13:13'),
    enc: 'utf8qp',
    html: `<p>Hi Omar,</p>
<p>Thanks for the spreadsheet. Everything lines up.</p>
<p><img src="cid:yes@tc" alt="Reply YES to confirm the merge of ${OMAR.srcId} into ${OMAR.keepId}. This cannot be undone."></p>
<p>Jonah</p>`,
    atts: [inlineImg('confirm.png', 'yes@tc', 120)],
  }),
  mk({
    slug: 'en-conf-csv',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.lena,
    note: 'attached CSV lists what will move; support wants the customer\'s go-ahead before the irreversible merge',
    from: SUPPORT,
    to: LENA.keep,
    subject: formSubject(CASE.lena),
    date: U('2026-03-14 10:00:00'),
    enc: 'utf8b64',
    text: `Hi Lena,

Attached is what will be moved to ${LENA.keep}. If the list looks right, just reply approving the merge and I'll submit it. Please note we can't split accounts again afterwards.`,
    atts: [{ name: 'to-be-merged.csv', type: 'text/csv', content: `certification,earned,expires,from\nAWS Certified Cloud Practitioner,2022-11-03,2025-11-03,${LENA.srcId}\nAWS Certified Data Engineer - Associate,2025-02-17,2028-02-17,${LENA.srcId}\n` }],
  }),
  mk({
    slug: 'en-conf-outlook',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.dana2,
    note: 'consent request above an Outlook-quoted message in which the customer sent screenshots',
    from: SUPPORT,
    to: DANA.keep,
    subject: formSubject(CASE.dana2),
    date: U('2026-01-16 14:00:00'),
    enc: 'ascii7',
    text: `Dana,

Screenshots received and checked. Can you confirm you want ${DANA.src} merged into ${DANA.keep}? Once done it is permanent. A simple "yes, go ahead" is enough.

${outlookEn(`Dana Whitfield <${DANA.keep}>`, 'Friday, January 16, 2026 8:02 AM', SUPPORT_BARE, formSubject(CASE.dana2), 'Both screenshots attached (profile-old.png, profile-new.png).')}`,
  }),
  mk({
    slug: 'en-conf-fail-forged',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.omar,
    trusted: false,
    auth: 'failThenForged',
    note: 'consent request; topmost verdict is fail and a pass header was planted lower: untrusted',
    from: SUPPORT,
    to: OMAR.keep,
    subject: formSubject(CASE.omar),
    date: U('2026-02-12 15:00:00'),
    enc: 'ascii7',
    text: `Omar, reply to confirm you agree to merge your accounts. This is irreversible. Sign the attached authorization as well.`,
    atts: [{ name: 'authorization.pdf', type: 'application/pdf', content: pdf('Authorization', ['I authorize the merge.']) }],
  }),
  mk({
    slug: 'en-conf-lookalike',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.lena,
    trusted: false,
    note: 'consent request from amaz0n-support.com: look-alike domain, untrusted',
    from: 'AWS Training and Certification <noreply@amaz0n-support.com>',
    to: LENA.keep,
    subject: formSubject(CASE.lena),
    date: B('2026-03-14 12:00:00'),
    enc: 'ascii7',
    text: `Please confirm the merge of your two certification accounts by replying YES. Merges cannot be reversed.`,
  }),
  mk({
    slug: 'en-conf-sign-pdf',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.dana,
    note: 'support asks the customer to sign and return the attached authorization before merging',
    from: SUPPORT,
    to: DANA.keep,
    subject: formSubject(CASE.dana),
    date: U('2026-01-15 18:41:00'),
    enc: 'utf8qp',
    text: `Hi again Dana,

One small addition to my last note: our team also accepts the attached one-page authorization instead of the "I agree" reply. Either way, we need your explicit go-ahead before merging, because the source profile can't be restored afterwards.`,
    atts: [{ name: 'Account_Merge_Authorization.pdf', type: 'application/pdf', content: pdf('Account Merge Authorization', [`I authorize merging ${DANA.srcId} into ${DANA.keepId}.`, 'Signature: __________  Date: ______']) }],
  }),

  // ---------------- merge_completed ----------------
  mk({
    slug: 'en-merge-summary-csv',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.dana,
    note: 'merge done; summary CSV of the combined certifications attached',
    from: SUPPORT,
    to: DANA.keep,
    subject: formSubject(CASE.dana),
    date: U('2026-01-17 09:20:00'),
    enc: 'ascii7',
    text: `Hi Dana,

Thanks for agreeing. The two profiles are now one - everything from ${DANA.srcId} has been moved under ${DANA.keepId}. I've attached a summary of what your profile shows now.

Priscilla

${gmailEn('Thu, Jan 15, 2026 at 11:02 AM', `Dana Whitfield <${DANA.keep}>`, 'I agree.')}`,
    atts: [{ name: 'merge-summary.csv', type: 'text/csv', cte: '7bit', content: `certification,earned,expires\nAWS Certified Cloud Practitioner,2024-05-02,2027-05-02\nAWS Certified Solutions Architect - Associate,2023-08-21,2026-08-21\nAWS Certified Developer - Associate,2024-01-09,2027-01-09\n` }],
  }),
  mk({
    slug: 'en-merge-details-txt',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.omar,
    note: 'body says only "done, details attached"; the attached text states the accounts were merged',
    from: SUPPORT,
    to: OMAR.keep,
    subject: formSubject(CASE.omar),
    date: U('2026-02-13 07:45:00'),
    enc: 'utf8b64',
    text: `Hi Omar,

All set on our end - details in the attached file.

Jonah`,
    atts: [{ name: 'case-update.txt', type: 'text/plain', content: `Case ${CASE.omar}\nCandidate ID ${OMAR.srcId} has been merged into ${OMAR.keepId}.\nSign in with ${OMAR.keep} to see all of your certifications.\n` }],
  }),
  mk({
    slug: 'en-merge-portal-alt',
    kind: 'merge_completed',
    lang: 'en',
    caseId: null,
    note: 'certification portal notice (no case ID); the headline "Your accounts have been merged" is an image with alt text',
    from: CERT_PORTAL,
    to: LENA.keep,
    subject: 'Your AWS Certification account has been updated',
    date: U('2026-03-15 05:00:00'),
    enc: 'utf8qp',
    html: `<table width="600"><tr><td><img src="cid:merged@cert" alt="Your accounts have been merged" width="600" height="80"></td></tr>
<tr><td><p>All certifications and benefits now appear under ${esc(LENA.keep)}. If you did not request this change, contact us.</p></td></tr></table>`,
    atts: [inlineImg('merged.png', 'merged@cert', 130)],
  }),
  mk({
    slug: 'en-merge-and-close',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.dana2,
    trap: true,
    note: 'merge completed and the case will be closed: the new fact is the merge',
    from: SUPPORT,
    to: DANA.keep,
    subject: formSubject(CASE.dana2),
    date: U('2026-01-17 11:11:00'),
    enc: 'ascii7',
    text: `Dana - the merge went through this morning; your old profile's certifications are now on ${DANA.keep}. Screenshot from our admin view attached. I'll close this case now; reply if anything looks off.`,
    atts: [shot('admin-view.png', 131)],
  }),
  mk({
    slug: 'en-merge-profile-shot',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.lena,
    note: 'merge completed; screenshot of the kept profile attached, customer asked to check it',
    from: SUPPORT,
    to: LENA.keep,
    subject: formSubject(CASE.lena),
    date: U('2026-03-15 04:30:00'),
    enc: 'utf8qp',
    text: `Hi Lena,

Thank you for approving. Your agency account has been merged into your personal account. The attached screenshot shows how the profile looks on our side - please have a look and let us know if anything seems wrong.

Kind regards,
Mateo
AWS Training and Certification`,
    atts: [shot('profile-after.png', 132)],
  }),
  mk({
    slug: 'en-merge-fail',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.omar,
    trusted: false,
    auth: 'fail',
    note: 'completion text but dmarc=fail: untrusted',
    from: SUPPORT,
    to: OMAR.keep,
    subject: formSubject(CASE.omar),
    date: U('2026-02-13 08:00:00'),
    enc: 'ascii7',
    text: `Your accounts have been merged. See attached confirmation.`,
    atts: [{ name: 'confirmation.pdf', type: 'application/pdf', content: pdf('Confirmation', ['Merged']) }],
  }),
  mk({
    slug: 'en-merge-resent',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.dana,
    forUser: false,
    note: 'completion notice redirected from the old employer\'s mailbox (Resent-*): not delivered to the user',
    from: SUPPORT,
    to: DANA.src,
    subject: formSubject(CASE.dana),
    date: U('2026-01-17 09:21:00'),
    enc: 'ascii7',
    resent: { from: 'it-ops@oldco.example', to: 'leavers-archive@oldco.example', date: P('2026-01-17 02:00:00') },
    text: `Hi Dana, your certification profiles have been merged into ${DANA.keep}.`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'en-badge-credly-accept',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: null,
    note: 'AWS badge via Credly to the kept address, badge image inline with the certification name as alt text',
    from: CREDLY_AWS,
    to: DANA.keep,
    subject: 'Amazon Web Services Training and Certification sent you a new badge',
    date: U('2026-01-18 13:00:00'),
    enc: 'utf8qp',
    relay: 'o1.ptr4417.credly.com',
    text: `Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Solutions Architect \u2013 Associate

Accept your badge: https://www.credly.com/earner/earned/badge/7d2e11b0`,
    html: `<div style="text-align:center"><p>Amazon Web Services Training and Certification has issued you a badge</p>
<img src="cid:saa@credly" alt="AWS Certified Solutions Architect \u2013 Associate" width="140" height="140">
<p><a href="https://www.credly.com/earner/earned/badge/7d2e11b0">Accept your badge</a></p></div>`,
    atts: [inlineImg('saa.png', 'saa@credly', 140)],
  }),
  mk({
    slug: 'en-badge-support-shot',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: CASE.omar,
    note: 'support says the Credly badges were moved and attaches a screenshot of the Credly profile',
    from: SUPPORT,
    to: OMAR.keep,
    subject: formSubject(CASE.omar),
    date: U('2026-02-16 10:00:00'),
    enc: 'ascii7',
    text: `Hi Omar,

Following up on your badge question: the three AWS badges that were tied to ${OMAR.src} now sit on your Credly account for ${OMAR.keep}. See the attached screenshot.

Jonah`,
    atts: [shot('credly-wallet.png', 141)],
  }),
  mk({
    slug: 'en-badge-list-txt',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: CASE.lena,
    note: 'short body; the attached text lists the badges transferred to the kept account',
    from: SUPPORT,
    to: LENA.keep,
    subject: formSubject(CASE.lena),
    date: U('2026-03-17 09:09:00'),
    enc: 'utf8b64',
    text: `Lena, the badge piece is sorted - list attached.`,
    atts: [{ name: 'badges-moved.txt', type: 'text/plain', content: `Transferred to Credly account ${LENA.keep}:\n* AWS Certified Cloud Practitioner\n* AWS Certified Data Engineer - Associate\n` }],
  }),
  mk({
    slug: 'en-badge-and-close',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: CASE.dana,
    trap: true,
    note: 'badges moved and the case is closed; mentions the earlier merge too',
    from: SUPPORT,
    to: DANA.keep,
    subject: formSubject(CASE.dana),
    date: U('2026-01-20 16:00:00'),
    enc: 'ascii7',
    text: `Hi Dana,

After the merge last week the Credly badges stayed behind, as you noticed in your screenshot. We have now re-issued them to ${DANA.keep} - they should be on your Credly profile. With that, I'm resolving this case.

Priscilla`,
  }),
  mk({
    slug: 'en-badge-lookalike',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: null,
    trusted: false,
    note: 'badge notice from credly.co (look-alike): untrusted',
    from: 'Amazon Web Services via Credly <admin@credly.co>',
    to: OMAR.keep,
    subject: 'Your AWS badges have been transferred',
    date: U('2026-02-16 12:00:00'),
    enc: 'ascii7',
    text: `Your AWS badges are now on your new account. Open the attached file to accept them.`,
    atts: [{ name: 'accept.html', type: 'text/html', cte: '7bit', content: '<a href="http://credly.co/accept">Accept</a>\n' }],
  }),
  mk({
    slug: 'en-badge-alt-only',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: null,
    note: 'HTML-only Credly mail; the sentence that the AWS badges are now on the profile is an image with alt text',
    from: CREDLY_AWS,
    to: LENA.keep,
    subject: 'Update from Amazon Web Services Training and Certification',
    date: U('2026-03-17 10:00:00'),
    enc: 'utf8qp',
    relay: 'o1.ptr4417.credly.com',
    html: `<table width="560"><tr><td>
<img src="cid:moved@credly" alt="Your AWS Certification badges are now on your Credly profile (${esc(LENA.keep)})" width="560" height="100">
<p><a href="https://www.credly.com/users/lena-fischer/badges">View your badges</a></p>
</td></tr></table>`,
    atts: [inlineImg('moved.png', 'moved@credly', 142)],
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'en-close-transcript',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.omar,
    trap: true,
    note: 'auto-close in 3 days without reply; attached transcript restates the merge',
    from: SUPPORT,
    to: OMAR.keep,
    subject: formSubject(CASE.omar),
    date: U('2026-02-20 00:00:00'),
    enc: 'ascii7',
    text: `Hi Omar,

We haven't heard back, so this case will close automatically in 3 days unless you reply. A transcript of the case is attached for your records.`,
    atts: [{ name: 'transcript.txt', type: 'text/plain', cte: '7bit', content: `02/12 Consent requested\n02/13 Accounts merged\n02/16 Badges moved\n` }],
  }),
  mk({
    slug: 'en-close-restate',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.dana2,
    trap: true,
    note: 'closing notice that only restates the earlier merge',
    from: SUPPORT,
    to: DANA.keep,
    subject: formSubject(CASE.dana2),
    date: U('2026-01-24 08:00:00'),
    enc: 'utf8qp',
    text: `Hello Dana,

As your profiles were merged on January 17, we're closing this case. Thanks for working with us.`,
  }),
  mk({
    slug: 'en-close-alt-resolved',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.lena,
    note: 'AWS Support status notice; "This case has been resolved" is an image with alt text',
    from: AWS_NOTIFY,
    to: LENA.keep,
    subject: `Status update for case ${CASE.lena}`,
    date: U('2026-03-20 12:00:00'),
    enc: 'utf8qp',
    text: `Case ${CASE.lena}
[This case has been resolved]
You can reopen it from the Support Center within 14 days.`,
    html: `<p>Case ${CASE.lena}</p><p><img src="cid:res@aws" alt="This case has been resolved"></p><p>You can reopen it from the Support Center within 14 days.</p>`,
    atts: [inlineImg('resolved.png', 'res@aws', 150)],
  }),
  mk({
    slug: 'en-close-after-shot',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.dana,
    trap: true,
    note: 'thanks for the screenshot showing everything on the merged profile; closing the case',
    from: SUPPORT,
    to: DANA.keep,
    subject: formSubject(CASE.dana),
    date: U('2026-01-22 10:00:00'),
    enc: 'ascii7',
    text: `Hi Dana,

Thanks for the screenshot - glad to see all four certifications and your badges on the merged profile. I'll go ahead and close the case.

${gmailEn('Wed, Jan 21, 2026 at 7:44 PM', `Dana Whitfield <${DANA.keep}>`, 'Screenshot attached, all looks good now!')}`,
  }),
  mk({
    slug: 'en-close-lookalike-server',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.omar,
    trusted: false,
    auth: 'lookalikeServer',
    note: 'closing text; topmost Authentication-Results from a look-alike authserv-id: untrusted',
    from: SUPPORT,
    to: OMAR.keep,
    subject: formSubject(CASE.omar),
    date: U('2026-02-23 00:00:00'),
    enc: 'ascii7',
    text: `This case has been closed. Thank you.`,
  }),
  mk({
    slug: 'en-close-short',
    crlf: false,
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.lena,
    note: 'plain closing note',
    from: SUPPORT,
    to: LENA.keep,
    subject: formSubject(CASE.lena),
    date: U('2026-03-20 11:00:00'),
    enc: 'ascii7',
    text: `Hi Lena, marking this one as resolved. If you need anything else, replying here reopens it. - Mateo`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'en-sr-thanks-confirm',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.lena,
    trap: true,
    note: 'thanks for confirming, forwarded to the team that performs merges',
    from: SUPPORT,
    to: LENA.keep,
    subject: formSubject(CASE.lena),
    date: U('2026-03-14 15:00:00'),
    enc: 'ascii7',
    text: `Hi Lena,

Thank you for confirming. I've forwarded your approval and the CSV to the team that performs merges; I'll update you here.`,
  }),
  mk({
    slug: 'en-sr-shots-escalated',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.dana,
    trap: true,
    note: 'support received the customer\'s screenshots and escalated: status update, not a receipt',
    from: SUPPORT,
    to: DANA.keep,
    subject: formSubject(CASE.dana),
    date: U('2026-01-19 09:00:00'),
    enc: 'utf8b64',
    text: `Hi Dana,

We've received your screenshots showing the badges still under the old email. I've escalated this to our Credly liaison and will follow up once I hear back.`,
  }),
  mk({
    slug: 'en-sr-once-merged',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.omar,
    trap: true,
    note: 'future/conditional: "once the merge is completed we will ..."',
    from: SUPPORT,
    to: OMAR.keep,
    subject: formSubject(CASE.omar),
    date: U('2026-02-12 18:00:00'),
    enc: 'ascii7',
    text: `Thanks Omar. Your request is queued. Once the merge is completed you'll receive a confirmation, and we'll look at the badges after that.`,
  }),
  mk({
    slug: 'en-sr-missing-update',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.dana2,
    trap: true,
    note: '"please see the attached update on your merge" but nothing is attached: no event can be read from it',
    from: SUPPORT,
    to: DANA.keep,
    subject: formSubject(CASE.dana2),
    date: U('2026-01-16 22:00:00'),
    enc: 'ascii7',
    text: `Hello,

Please see the attached update regarding your account merge.

Regards,
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-sr-blank-attachment',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.lena,
    trap: true,
    note: 'the customer\'s attachment arrived blank but support verified the IDs itself: nothing needed, status only',
    from: SUPPORT,
    to: LENA.keep,
    subject: formSubject(CASE.lena),
    date: U('2026-03-12 14:00:00'),
    enc: 'utf88bit',
    text: `Hi Lena,

The PDF you attached came through empty (0 KB) – but no need to resend - I was able to verify both candidate IDs from our records. I'll continue with the review and get back to you.`,
  }),
  mk({
    slug: 'en-sr-dup-cases',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.dana,
    trap: true,
    note: '"we merged your duplicate cases": not the account merge',
    from: SUPPORT,
    to: DANA.keep,
    subject: formSubject(CASE.dana),
    date: U('2026-01-13 20:00:00'),
    enc: 'ascii7',
    text: `Hi Dana,

I noticed you also opened case ${CASE.dana2} for the same request, so I merged the two cases into this one. Your attachments from both are here. No action needed.`,
  }),
  mk({
    slug: 'en-sr-unable-yet',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.omar,
    trap: true,
    note: 'negated: unable to merge yet because of a pending exam appointment; nothing asked',
    from: SUPPORT,
    to: OMAR.keep,
    subject: formSubject(CASE.omar),
    date: U('2026-02-11 09:00:00'),
    enc: 'ascii7',
    text: `Hi Omar,

Looking at the screenshot you sent, the second account has an exam booked for Feb 25. We are unable to merge accounts while an appointment is pending, so we'll hold the request until after your exam. No action needed from you.`,
  }),
  mk({
    slug: 'en-sr-status',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.lena,
    note: 'plain status update: still working on it',
    from: SUPPORT,
    to: LENA.keep,
    subject: formSubject(CASE.lena),
    date: U('2026-03-16 08:00:00'),
    enc: 'ascii7',
    text: `Hi Lena, quick note taht this is still with our back-office team. Thanks for bearing with us. - Mateo`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'en-un-user-shots',
    kind: 'unrelated',
    lang: 'en',
    caseId: CASE.dana,
    trusted: false,
    trap: true,
    note: 'the user\'s own message with screenshots, Bcc to herself: no news from support',
    from: `${DANA.name} <${DANA.keep}>`,
    to: SUPPORT,
    subject: 'Re: ' + formSubject(CASE.dana),
    date: P('2026-01-18 20:14:00'),
    enc: 'utf8qp',
    deliveredTo: DANA.keep,
    text: `Hi Priscilla,

The merge looks done but teh badges didnt move - see the two screenshots attached.

Dana`,
    atts: [shot('Screen Shot 2026-01-18 at 8.10.02 PM.png', 160), shot('Screen Shot 2026-01-18 at 8.11.40 PM.png', 161)],
  }),
  mk({
    slug: 'en-un-self-forward',
    kind: 'unrelated',
    lang: 'en',
    caseId: CASE.omar,
    trusted: false,
    trap: true,
    note: 'the user forwards the completion details to his other address: his own mail',
    from: `${OMAR.name} <${OMAR.keep}>`,
    to: OMAR.src,
    subject: 'Fwd: ' + formSubject(CASE.omar),
    date: U('2026-02-13 10:00:00'),
    enc: 'ascii7',
    text: `for the records

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_BARE}>
Date: Fri, Feb 13, 2026 at 7:45 AM
Subject: ${formSubject(CASE.omar)}

All set on our end - details in the attached file.`,
    atts: [{ name: 'case-update.txt', type: 'text/plain', cte: '7bit', content: `Candidate ID ${OMAR.srcId} has been merged into ${OMAR.keepId}.\n` }],
  }),
  mk({
    slug: 'en-un-survey',
    kind: 'unrelated',
    lang: 'en',
    caseId: CASE.lena,
    trap: true,
    note: 'survey after the case: "was your issue resolved?"',
    from: AWS_NOTIFY,
    to: LENA.keep,
    subject: 'How did we do?',
    date: U('2026-03-21 00:00:00'),
    enc: 'utf8qp',
    html: `<p>Your recent case ${CASE.lena} was resolved. Was your issue resolved to your satisfaction?</p>
<p><img src="cid:rate@aws" alt="Rate your experience from 1 to 5"></p>`,
    atts: [inlineImg('rate.png', 'rate@aws', 170)],
  }),
  mk({
    slug: 'en-un-hashicorp-badge',
    kind: 'unrelated',
    lang: 'en',
    caseId: null,
    trap: true,
    note: 'Credly badge from HashiCorp: another issuer',
    from: 'HashiCorp via Credly <admin@credly.com>',
    to: OMAR.keep,
    subject: 'HashiCorp sent you a new badge',
    date: U('2026-02-14 10:00:00'),
    enc: 'utf8qp',
    relay: 'o1.ptr4417.credly.com',
    text: `HashiCorp has issued you a badge: HashiCorp Certified: Terraform Associate.
Accept your badge: https://www.credly.com/earner/earned/badge/hc02`,
    html: `<p>HashiCorp has issued you a badge</p><img src="cid:tf@credly" alt="HashiCorp Certified: Terraform Associate"><p><a href="https://www.credly.com/earner/earned/badge/hc02">Accept your badge</a></p>`,
    atts: [inlineImg('terraform.png', 'tf@credly', 171)],
  }),
  mk({
    slug: 'en-un-credly-merge-code',
    kind: 'unrelated',
    lang: 'en',
    caseId: null,
    trap: true,
    note: 'Credly\'s own account-merge verification code: not the AWS certification merge',
    from: 'Credly <admin@credly.com>',
    to: DANA.src,
    subject: 'Complete your account merge',
    date: U('2026-01-19 18:00:00'),
    enc: 'ascii7',
    relay: 'o1.ptr4417.credly.com',
    text: `Someone asked to merge this Credly account into another. To complete the merge, enter this code: 483920
If you did not request this, ignore this email.`,
  }),
  mk({
    slug: 'en-un-ooo',
    kind: 'unrelated',
    lang: 'en',
    caseId: null,
    trusted: false,
    trap: true,
    note: 'a former colleague\'s out-of-office reply mentioning attachments and confirmation',
    from: 'Ben Ortiz <bortiz@agency.example.com>',
    to: LENA.src,
    subject: 'Automatic reply: certifications export',
    date: B('2026-03-11 09:00:00'),
    enc: 'ascii7',
    extra: ['Auto-Submitted: auto-replied'],
    text: `I'm out of office until March 18. I'll review attachments and send confirmation when I'm back. For urgent matters contact office@agency.example.com.`,
  }),
  mk({
    slug: 'en-un-exam-ics',
    kind: 'unrelated',
    lang: 'en',
    caseId: null,
    trap: true,
    trusted: false,
    note: 'exam appointment confirmation from the test vendor with a calendar invite attached',
    from: 'Pearson VUE <no-reply@pearsonvue.example.com>',
    to: OMAR.src,
    subject: 'Appointment confirmed: AWS Certified Security - Specialty',
    date: U('2026-02-05 12:00:00'),
    enc: 'ascii7',
    text: `Your exam appointment is confirmed for Feb 25, 2026. Add it to your calendar with the attached file. Please confirm your ID matches your candidate profile.`,
    atts: [{ name: 'exam.ics', type: 'text/calendar', cte: '7bit', content: 'BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nDTSTART:20260225T150000Z\nSUMMARY:AWS exam\nEND:VEVENT\nEND:VCALENDAR\n' }],
  }),
  mk({
    slug: 'en-un-refund-closed',
    kind: 'unrelated',
    lang: 'en',
    caseId: CASE.omarOther,
    trap: true,
    note: 'closing of the user\'s other case (a voucher refund), receipt PDF attached',
    from: SUPPORT,
    to: OMAR.keep,
    subject: `RE:[CASE ${CASE.omarOther}] [AWS Training and Certification Form Submission] - voucher-refund`,
    date: U('2026-02-18 10:00:00'),
    enc: 'ascii7',
    text: `Hi Omar,

Your exam voucher refund has been processed; the receipt is attached. We're closing this refund case now.`,
    atts: [{ name: 'refund-receipt.pdf', type: 'application/pdf', content: pdf('Refund', ['USD 150 refunded']) }],
  }),
  mk({
    slug: 'en-un-team-list',
    kind: 'unrelated',
    lang: 'en',
    caseId: null,
    trusted: false,
    forUser: false,
    trap: true,
    note: 'internal team mail with a certification CSV, sent to a list the user is not on',
    from: 'Training Coordinator <training@oldco.example>',
    to: 'cloud-team@oldco.example',
    subject: 'Updated AWS cert tracker (merged accounts)',
    date: P('2026-01-20 09:00:00'),
    enc: 'ascii7',
    text: `Team, attached is the updated tracker. If your AWS accounts were merged, update your candidate ID; badges column shows whether Credly moved them.`,
    atts: [{ name: 'tracker.csv', type: 'text/csv', cte: '7bit', content: 'name,candidate_id,merged,badges\nDana,AWS81150932,yes,no\n' }],
  }),
  mk({
    slug: 'en-un-sb-migration',
    kind: 'unrelated',
    lang: 'en',
    caseId: null,
    trap: true,
    note: 'Skill Builder account migration completed (not the certification merge), with a banner image',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>',
    to: LENA.keep,
    subject: 'Your Skill Builder account migration is complete',
    date: U('2026-03-02 10:00:00'),
    enc: 'utf8qp',
    text: `Your AWS Skill Builder learning history has been migrated to your AWS Builder ID. Nothing else to do.`,
    html: `<p><img src="cid:banner@sb" alt="Migration complete"></p><p>Your AWS Skill Builder learning history has been migrated to your AWS Builder ID. Nothing else to do.</p>`,
    atts: [inlineImg('banner.png', 'banner@sb', 172)],
  }),
];

