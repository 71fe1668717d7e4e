// Set cp, English messages: plain merge mail next to forwarded, attached, bundled, bounced and invited mail.
import type { Msg } from './lib.js';
import {
  CASE, CREDLY, CREDLY_AWS, DANIEL, NOREPLY, PORTAL, SOFIA, SUPPORT, SUPPORT_ADDR, alt, digest, dsn, eml, fwdEn, gmailEn, H, inner, invite, mixed, outlookEn, page, paras, pdf, png, pst, quote, sfQuote, sfRef, subj, subj0, T, txtFile, utc,
} from './common.js';

const DAN_ASK = `Hi, I have two certification accounts (${DANIEL.keepId} under ${DANIEL.keep} and ${DANIEL.srcId} under my contractor address ${DANIEL.src}). Please combine them into the first one.\nDaniel`;
const SOFIA_ASK = `Hello, my older certifications are on ${SOFIA.src} (agency). I want everything moved to ${SOFIA.keep}.\nSofia Rossi`;
const DAN_DONE = `Hello Daniel,\n\nThe merge is done: ${DANIEL.srcId} has been merged into ${DANIEL.keepId}.\n\nAWS Training and Certification`;

export const EN: Msg[] = [
  // ---------------- acknowledgement (6)
  {
    slug: 'en-ack-daniel-plain',
    kind: 'acknowledgement', lang: 'en', trusted: true, forUser: true, caseId: CASE.daniel, trap: false,
    note: 'automatic receipt of the new case',
    from: NOREPLY, to: DANIEL.keep, subject: `AWS Support: We've received your request (Case ${CASE.daniel})`,
    date: pst('2026-01-12 09:14:02'), auth: 'pass', enc: 'ascii7',
    text: `Hello,

Thanks for reaching out to AWS Training and Certification. Your case ID is ${CASE.daniel}.
An agent typically responds within 24 hours. Please do not open another case for the same request; duplicates slow things down.

This is an automated message sent from an address that cannot accept replies.

Amazon Web Services`,
  },
  {
    slug: 'en-ack-sofia-html',
    kind: 'acknowledgement', lang: 'en', trusted: true, forUser: true, caseId: CASE.sofia, trap: false,
    note: 'HTML-only receipt, UTF-8 quoted-printable',
    from: NOREPLY, to: SOFIA.keep, subject: `Case ${CASE.sofia} created`,
    date: utc('2026-02-03 08:01:55'), auth: 'pass', enc: 'utf8qp',
    html: page(`<h2 style="color:#232f3e">Your case has been created</h2>
<p>Case ID: <b>${CASE.sofia}</b><br>Category: AWS Training and Certification – Certification</p>
<p>We’ll get back to you by email. You can also follow the case in the Support Center.</p>
<p>— Amazon Web Services</p>`, 'en'),
  },
  {
    slug: 'en-ack-daniel-summary-txt',
    kind: 'acknowledgement', lang: 'en', trusted: true, forUser: true, caseId: CASE.daniel, trap: false,
    note: 'receipt with a text attachment summarising the submitted fields',
    from: SUPPORT, to: DANIEL.keep, subject: subj0(CASE.daniel),
    date: pst('2026-01-12 09:14:10'), auth: 'pass', enc: 'utf8b64',
    mime: mixed(
      alt('utf8b64', `Case ${CASE.daniel} is open. A copy of what you submitted is attached as case-summary.txt.\nAWS Training and Certification (automated notice)`, page(paras(`Case ${CASE.daniel} is open. A copy of what you submitted is attached as case-summary.txt.\nAWS Training and Certification (automated notice)`), 'en')),
      txtFile('utf8b64', 'case-summary.txt', `Case: ${CASE.daniel}\nInquiry type: AWS Training and Certification\nIssue: Account merge\nName: ${DANIEL.name}\nCandidate ID: ${DANIEL.keepId}\n\n${DAN_ASK}`),
    ),
  },
  {
    slug: 'en-ack-forged-fail',
    kind: 'acknowledgement', lang: 'en', trusted: false, forUser: true, caseId: CASE.sofia, trap: false,
    note: 'receipt claiming amazon.com but the receiving server says dmarc=fail',
    from: NOREPLY, to: SOFIA.keep, subject: `Case ${CASE.sofia} received - action required`,
    date: utc('2026-02-03 09:30:00'), auth: 'fail', enc: 'ascii7',
    text: `We received your case ${CASE.sofia}. To keep it open, verify your identity within 12 hours:
http://aws-case-verify.example.info/${CASE.sofia}`,
  },
  {
    slug: 'en-ack-generic',
    kind: 'acknowledgement', lang: 'en', trusted: true, forUser: true, caseId: CASE.sofiaDup, trap: false,
    note: 'receipt that says nothing of its topic; ID only in the body (the duplicate case)',
    from: NOREPLY, to: SOFIA.src, subject: 'Thank you for contacting us',
    date: utc('2026-02-03 08:44:12'), auth: 'dkimonly', enc: 'utf8qp',
    text: `Your request has been logged under reference ${CASE.sofiaDup}.
We'll be in touch shortly.

AWS Support`,
  },
  {
    slug: 'en-ack-echo-eml',
    kind: 'acknowledgement', lang: 'en', trusted: true, forUser: true, caseId: CASE.sofia, trap: false,
    note: 'receipt that carries the customer\'s original submission as an inline message/rfc822 part',
    from: SUPPORT, to: SOFIA.keep, subject: subj0(CASE.sofia),
    date: utc('2026-02-03 08:02:10'), auth: 'pass', enc: 'ascii7',
    mime: mixed(
      T('ascii7', `This confirms we have your request, case ${CASE.sofia}. Your original message follows for your records.\n-- AWS Training and Certification`),
      eml(inner({ from: `${SOFIA.name} <${SOFIA.keep}>`, to: SUPPORT_ADDR, subject: 'Account merge', date: utc('2026-02-03 08:00:30'), seed: 'sofia-form', hdr: 'raw', body: T('ascii7', SOFIA_ASK) })),
    ),
  },

  // ---------------- ai_answer (6)
  {
    slug: 'en-ai-daniel-plain',
    kind: 'ai_answer', lang: 'en', trusted: true, forUser: true, caseId: CASE.daniel, trap: false,
    note: 'automated suggestion to try the Merge Accounts tool',
    from: NOREPLY, to: DANIEL.keep, subject: `Case ${CASE.daniel}: a suggested answer`,
    date: pst('2026-01-12 09:14:20'), auth: 'pass', enc: 'ascii7',
    text: `This response was generated automatically.

Based on your description, you may be able to combine the accounts yourself: sign in to your AWS Certification account, open your profile, and choose Merge Accounts.
If both accounts already hold certifications, the tool may stop and send you to customer support. In that case reply to this email.`,
  },
  {
    slug: 'en-ai-sofia-alt',
    kind: 'ai_answer', lang: 'en', trusted: true, forUser: true, caseId: CASE.sofia, trap: false,
    note: 'automated answer in multipart/alternative with links to FAQs',
    from: NOREPLY, to: SOFIA.keep, subject: `Case ${CASE.sofia} - Recommended resources`,
    date: utc('2026-02-03 08:02:30'), auth: 'pass', enc: 'utf8qp',
    mime: alt('utf8qp', `Hi Sofia,
Our virtual assistant found these articles that match your question:
- AWS Certification FAQs: "I have more than one AWS Certification account"
- Using the self-service Merge Accounts tool
Did this answer your question? If not, simply reply.`, page(`<p>Hi Sofia,</p><p>Our virtual assistant found these articles that match your question:</p><ul><li>AWS Certification FAQs: “I have more than one AWS Certification account”</li><li>Using the self-service Merge Accounts tool</li></ul><p>Did this answer your question? If not, simply reply.</p>`, 'en')),
  },
  {
    slug: 'en-ai-after-merge',
    kind: 'ai_answer', lang: 'en', trusted: true, forUser: true, caseId: CASE.daniel, trap: true,
    note: 'AI answer that explains what happens once accounts are merged (certifications and badges move): still ai_answer',
    from: NOREPLY, to: DANIEL.keep, subject: `Case ${CASE.daniel}: automated reply`,
    date: pst('2026-01-12 09:14:25'), auth: 'pass', enc: 'utf8b64',
    text: `[Automated answer]
Once accounts are merged, certifications and benefits from the source account appear in the target account, and your Credly badges can be claimed again from the kept profile.
Merging cannot be reversed. If the self-service tool cannot merge your accounts, reply to reach an agent.`,
  },
  {
    slug: 'en-ai-inline-screenshot',
    kind: 'ai_answer', lang: 'en', trusted: true, forUser: true, caseId: CASE.sofia, trap: false,
    note: 'automated answer with an inline PNG of the profile menu (multipart/related)',
    from: NOREPLY, to: SOFIA.keep, subject: `Case ${CASE.sofia}: try this first`,
    date: utc('2026-02-03 08:02:40'), auth: 'pass', enc: 'utf8b64',
    mime: {
      t: 'multi', sub: 'related', parts: [
        H('utf8b64', page(`<p>Automated guidance: open your profile and pick <b>Merge Accounts</b> (see below).</p><p><img src="cid:menu@aws" alt="Profile menu showing Merge Accounts"></p><p>Still stuck? Reply to case ${CASE.sofia}.</p>`, 'en')),
        png('menu.png', 5, 'Profile > Merge Accounts', 'menu@aws'),
      ],
    },
  },
  {
    slug: 'en-ai-forged-otheronly',
    kind: 'ai_answer', lang: 'en', trusted: false, forUser: true, caseId: CASE.daniel, trap: false,
    note: 'automated-answer look: only another server\'s Authentication-Results, none from the receiving server',
    from: NOREPLY, to: DANIEL.keep, subject: `Case ${CASE.daniel}: suggested fix`,
    date: pst('2026-01-12 10:00:00'), auth: 'otherOnly', enc: 'ascii7',
    text: `Automated suggestion: you can merge your certification accounts instantly with our assistant.
Sign in here: http://merge-assistant.example.biz/`,
  },
  {
    slug: 'en-ai-faq-attachment',
    kind: 'ai_answer', lang: 'en', trusted: true, forUser: true, caseId: CASE.sofiaDup, trap: false,
    note: 'automated answer with the FAQ attached as a text file',
    from: NOREPLY, to: SOFIA.src, subject: `Case ${CASE.sofiaDup}: answer from our assistant`,
    date: utc('2026-02-03 08:44:30'), auth: 'pass', enc: 'ascii7',
    mime: mixed(
      T('ascii7', `Our assistant thinks the attached FAQ covers your question about duplicate certification accounts.\nReference: ${CASE.sofiaDup}`),
      txtFile('ascii7', 'faq-multiple-accounts.txt', 'Q: I have two AWS Certification accounts.\nA: Use Merge Accounts in your profile. If both accounts have exam history, contact customer support.'),
    ),
  },

  // ---------------- info_request (8)
  {
    slug: 'en-info-daniel-ids',
    kind: 'info_request', lang: 'en', trusted: true, forUser: true, caseId: CASE.daniel, trap: false,
    note: 'asks for candidate IDs and emails of both accounts',
    from: SUPPORT, to: DANIEL.keep, subject: subj(CASE.daniel),
    date: pst('2026-01-13 11:20:40'), auth: 'pass', enc: 'ascii7',
    text: `Hi Daniel,

Thanks for your patience. Before I can look at both profiles I'll need, for each account:
  * the candidate ID (starts with AWS)
  * the sign-in email
  * the email notifications go to

Kind regards,
Priyanka
AWS Training and Certification Customer Service
${sfRef('dan1')}

${sfQuote(`${DANIEL.name} <${DANIEL.keep}>`, '1/12/2026 9:13 AM', SUPPORT_ADDR, 'Account merge', DAN_ASK)}`,
  },
  {
    slug: 'en-info-sofia-confirm-email',
    kind: 'info_request', lang: 'en', trusted: true, forUser: true, caseId: CASE.sofia, trap: true,
    note: '"please confirm the e-mail address you keep" asks for information',
    from: SUPPORT, to: SOFIA.keep, subject: subj(CASE.sofia),
    date: utc('2026-02-04 10:05:00'), auth: 'pass', enc: 'utf8qp',
    text: `Hello Sofia,

Could you confirm the e‑mail address of the account you’d like to keep, and the one that should be retired? Your message mentions two, and I want to be sure.

Best,
Marco – AWS T&C Support`,
  },
  {
    slug: 'en-info-form-template',
    kind: 'info_request', lang: 'en', trusted: true, forUser: true, caseId: CASE.daniel, trap: false,
    note: 'asks the customer to fill in an attached template with both accounts\' details',
    from: SUPPORT, to: DANIEL.keep, subject: subj(CASE.daniel),
    date: pst('2026-01-13 11:25:00'), auth: 'pass', enc: 'utf8qp',
    mime: mixed(
      T('utf8qp', `Hi Daniel,\n\nTo speed this up, fill in the attached template (both accounts) and paste it into your reply.\n\nPriyanka`),
      txtFile('utf8qp', 'merge-details.txt', 'Account to keep - candidate ID:\nAccount to keep - sign-in email:\nAccount to merge - candidate ID:\nAccount to merge - sign-in email:\nCertifications held on each:'),
    ),
  },
  {
    slug: 'en-info-sofia-resend-eml',
    kind: 'info_request', lang: 'en', trusted: true, forUser: true, caseId: CASE.sofia, trap: false,
    note: 'reminder that re-attaches the unanswered request and asks again for the IDs',
    from: SUPPORT, to: SOFIA.keep, subject: subj(CASE.sofia),
    date: utc('2026-02-09 09:00:00'), auth: 'pass', enc: 'ascii7',
    mime: mixed(
      T('ascii7', `Hello Sofia,\n\nWe haven't heard back yet, so I'm attaching my previous note. We still need the candidate ID of the agency account (${SOFIA.src}) to go ahead.\n\nMarco`),
      eml(inner({ from: SUPPORT, to: SOFIA.keep, subject: subj(CASE.sofia), date: utc('2026-02-04 10:05:00'), seed: 'sofia-first', hdr: 'utf8q', trace: true, body: T('ascii7', 'Could you confirm the email address of the account you would like to keep?') }), 'earlier-request.eml'),
    ),
  },
  {
    slug: 'en-info-daniel-bounce',
    kind: 'info_request', lang: 'en', trusted: true, forUser: true, caseId: CASE.daniel, trap: false,
    note: 'support relays a bounce of its mail to the contractor address and asks for the source candidate ID',
    from: SUPPORT, to: DANIEL.keep, subject: subj(CASE.daniel),
    date: pst('2026-01-15 08:30:00'), auth: 'pass', enc: 'ascii7',
    mime: mixed(
      T('ascii7', `Hi Daniel,\n\nOur note to ${DANIEL.src} bounced (copy attached). Please reply from ${DANIEL.keep} with the candidate ID of the contractor account so we can match it.\n\nPriyanka`),
      dsn({
        human: T('ascii7', `Delivery has failed to these recipients or groups:\n\n${DANIEL.src}\nThe email address you entered couldn't be found.`),
        reportingMta: 'mx1.contractor.example.net', arrival: pst('2026-01-14 16:00:02'), recipient: DANIEL.src, action: 'failed', status: '5.1.10', remoteMta: 'mx1.contractor.example.net',
        diag: '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
        original: inner({ from: SUPPORT, to: DANIEL.src, subject: subj(CASE.daniel), date: pst('2026-01-14 16:00:00'), seed: 'dan-bounced', hdr: 'raw', body: T('ascii7', `Hello, is this address linked to candidate ID ${DANIEL.srcId}? Case ${CASE.daniel}`) }),
      }),
    ),
  },
  {
    slug: 'en-info-freemail-display',
    kind: 'info_request', lang: 'en', trusted: false, forUser: true, caseId: CASE.daniel, trap: false,
    note: 'support\'s display name on a free-mail address asking for IDs: untrusted',
    from: 'AWS Training and Certification <aws.cert.support.team@gmail.example>', to: DANIEL.keep, subject: subj(CASE.daniel),
    date: pst('2026-01-13 13:00:00'), auth: 'pass', enc: 'ascii7',
    text: `Hello Daniel, to process the merge send your candidate IDs, both passwords and a photo ID to this address.`,
  },
  {
    slug: 'en-info-sofia-salesforce',
    kind: 'info_request', lang: 'en', trusted: true, forUser: true, caseId: CASE.sofia, trap: false,
    note: 'asks for exam dates on the old account; Salesforce and Gmail quotes below',
    from: SUPPORT, to: SOFIA.keep, subject: subj(CASE.sofia),
    date: utc('2026-02-10 14:12:00'), auth: 'pass', enc: 'utf8b64',
    mime: alt('utf8b64', `Hi Sofia,

Got it, thanks. One more thing would help me match the agency profile: roughly when did you sit your exams there, and which ones?

Marco

${sfQuote(`${SOFIA.name} <${SOFIA.keep}>`, '2/9/2026 6:40 PM', SUPPORT_ADDR, subj(CASE.sofia), `Keep ${SOFIA.keep}. The agency account ID is ${SOFIA.srcId}.

${gmailEn('2026-02-09 09:00', `AWS Training and Certification <${SUPPORT_ADDR}>`)}
${quote("We haven't heard back yet.")}`)}`, page(`<p>Hi Sofia,</p><p>Got it, thanks. One more thing would help me match the agency profile: roughly when did you sit your exams there, and which ones?</p><p>Marco</p><blockquote>Keep ${SOFIA.keep}. The agency account ID is ${SOFIA.srcId}.</blockquote>`, 'en')),
  },
  {
    slug: 'en-info-sofia-pdf',
    kind: 'info_request', lang: 'en', trusted: true, forUser: true, caseId: CASE.sofia, trap: false,
    note: 'one-line body; the PDF letter asks for identity details',
    from: SUPPORT, to: SOFIA.keep, subject: subj(CASE.sofia),
    date: utc('2026-02-05 09:00:00'), auth: 'pass', enc: 'ascii7',
    mime: mixed(
      T('ascii7', 'Please see the attached letter regarding your request.'),
      pdf('letter.pdf', `AWS Training and Certification - Case ${CASE.sofia}`, ['Dear Sofia Rossi,', 'To verify that both accounts belong to you, reply to this case with:', '- the full name shown on each account', '- the candidate ID of the account you want to keep', 'Kind regards, Customer Service']),
    ),
  },

  // ---------------- confirmation_request (7)
  {
    slug: 'en-conf-daniel-plain',
    kind: 'confirmation_request', lang: 'en', trusted: true, forUser: true, caseId: CASE.daniel, trap: false,
    note: 'asks for consent; irreversible',
    from: SUPPORT, to: DANIEL.keep, subject: subj(CASE.daniel),
    date: pst('2026-01-16 10:10:10'), auth: 'pass', enc: 'ascii7',
    text: `Hi Daniel,

Thanks, I've located both profiles. I can fold ${DANIEL.srcId} into ${DANIEL.keepId}. This can't be reversed afterwards, so I need your go-ahead: just reply "yes, proceed" and I'll submit it.

Priyanka`,
  },
  {
    slug: 'en-conf-sofia-html',
    kind: 'confirmation_request', lang: 'en', trusted: true, forUser: true, caseId: CASE.sofia, trap: false,
    note: 'HTML-only consent request',
    from: SUPPORT, to: SOFIA.keep, subject: subj(CASE.sofia),
    date: utc('2026-02-11 10:00:00'), auth: 'pass', enc: 'utf8b64',
    html: page(`<p>Hello Sofia,</p><p>Everything lines up. Before we merge <b>${SOFIA.srcId}</b> into <b>${SOFIA.keepId}</b>, please reply to tell us you agree. Once done, the merge can’t be undone.</p><p>Marco<br>AWS Training &amp; Certification</p>`, 'en'),
  },
  {
    slug: 'en-conf-daniel-pdf-summary',
    kind: 'confirmation_request', lang: 'en', trusted: true, forUser: true, caseId: CASE.daniel, trap: false,
    note: 'consent request with the accounts summary as an attached PDF',
    from: SUPPORT, to: DANIEL.keep, subject: subj(CASE.daniel),
    date: pst('2026-01-16 10:12:00'), auth: 'pass', enc: 'utf8qp',
    mime: mixed(
      T('utf8qp', `Daniel – the attached summary shows what will move. Review it and answer "I agree" if we may go ahead; there's no undo.`),
      pdf('merge-summary.pdf', `Merge summary - Case ${CASE.daniel}`, [`Keep: ${DANIEL.keepId} (${DANIEL.keep})`, `Merge: ${DANIEL.srcId} (${DANIEL.src})`, 'Moves: AWS Certified Solutions Architect - Associate, AWS Certified Cloud Practitioner', 'Irreversible once processed.']),
    ),
  },
  {
    slug: 'en-conf-sofia-image',
    kind: 'confirmation_request', lang: 'en', trusted: true, forUser: true, caseId: CASE.sofia, trap: false,
    note: 'one-line body with an image "letter" attached; the line asks for consent',
    from: SUPPORT, to: SOFIA.keep, subject: subj(CASE.sofia),
    date: utc('2026-02-11 10:02:00'), auth: 'pass', enc: 'ascii7',
    mime: mixed(
      T('ascii7', 'Please reply "I agree" to approve the merge described in the attached notice (it cannot be undone).'),
      png('merge-notice.png', 17, `Case ${CASE.sofia}: merge ${SOFIA.srcId} into ${SOFIA.keepId}`),
    ),
  },
  {
    slug: 'en-conf-forged-lookalike-server',
    kind: 'confirmation_request', lang: 'en', trusted: false, forUser: true, caseId: CASE.daniel, trap: false,
    note: 'consent request whose top Authentication-Results comes from a look-alike authserv-id',
    from: SUPPORT, to: DANIEL.keep, subject: subj(CASE.daniel),
    date: pst('2026-01-16 02:00:00'), auth: 'lookalikeServer', enc: 'ascii7',
    text: `Daniel, confirm the merge by signing in at http://aws-merge-confirm.example.co/ within 24h.`,
  },
  {
    slug: 'en-conf-daniel-outlook',
    kind: 'confirmation_request', lang: 'en', trusted: true, forUser: true, caseId: CASE.daniel, trap: false,
    note: 'consent asked without the word "confirm" after a call; Outlook quote below',
    from: SUPPORT, to: DANIEL.keep, subject: subj(CASE.daniel),
    date: pst('2026-01-16 15:40:00'), auth: 'pass', enc: 'utf8qp',
    text: `Hi Daniel,

Good talking to you earlier. As discussed, the contractor profile will be absorbed into your personal one and there is no way back after that. A short "OK to proceed" in reply is all I need.

Priyanka

${outlookEn(`${DANIEL.name} <${DANIEL.keep}>`, '2026-01-16 11:02', SUPPORT_ADDR, subj(CASE.daniel))}

Can we do a quick call first? I have a question about the voucher.`,
  },
  {
    slug: 'en-conf-misaligned',
    kind: 'confirmation_request', lang: 'en', trusted: false, forUser: true, caseId: CASE.sofia, trap: false,
    note: 'consent request with DKIM for an unrelated bulk domain and dmarc=fail',
    from: SUPPORT, to: SOFIA.keep, subject: subj(CASE.sofia),
    date: utc('2026-02-11 03:00:00'), auth: 'misaligned', enc: 'utf8qp',
    text: `Hello Sofia, please approve the merge of your two accounts here: http://approve-merge.example.info/ . It can’t be undone.`,
  },

  // ---------------- merge_completed (7)
  {
    slug: 'en-done-daniel-plain',
    kind: 'merge_completed', lang: 'en', trusted: true, forUser: true, caseId: CASE.daniel, trap: false,
    note: 'support says the merge is done',
    from: SUPPORT, to: DANIEL.keep, subject: subj(CASE.daniel),
    date: pst('2026-01-19 13:05:00'), auth: 'pass', enc: 'ascii7',
    text: `${DAN_DONE}

${gmailEn('2026-01-16 16:02', `${DANIEL.name} <${DANIEL.keep}>`)}
${quote('OK to proceed.')}`,
  },
  {
    slug: 'en-done-sofia-alt',
    kind: 'merge_completed', lang: 'en', trusted: true, forUser: true, caseId: CASE.sofia, trap: false,
    note: 'completion asking the customer to check everything looks right',
    from: SUPPORT, to: SOFIA.keep, subject: subj(CASE.sofia),
    date: utc('2026-02-13 16:20:00'), auth: 'pass', enc: 'utf8qp',
    mime: alt('utf8qp', `Hi Sofia,

Your agency account's history now lives in ${SOFIA.keepId}; the two profiles have been combined. Have a look and let me know if anything seems off.

Marco`, page(`<p>Hi Sofia,</p><p>Your agency account’s history now lives in ${SOFIA.keepId}; the two profiles have been combined. Have a look and let me know if anything seems off.</p><p>Marco</p>`, 'en')),
  },
  {
    slug: 'en-done-portal',
    kind: 'merge_completed', lang: 'en', trusted: true, forUser: true, caseId: null, trap: false,
    note: 'portal notice that the accounts have been merged (no case ID)',
    from: PORTAL, to: DANIEL.keep, subject: 'Your AWS Certification accounts have been merged',
    date: utc('2026-01-19 20:44:00'), auth: 'pass', enc: 'ascii7',
    text: `Hello ${DANIEL.name},

Records from another AWS Certification account were merged into ${DANIEL.keepId}. Sign in to review your certifications and benefits.

AWS Certification`,
  },
  {
    slug: 'en-done-daniel-pdf',
    kind: 'merge_completed', lang: 'en', trusted: true, forUser: true, caseId: CASE.daniel, trap: false,
    note: 'one-line body, attached PDF letter states the completed merge',
    from: SUPPORT, to: DANIEL.keep, subject: subj(CASE.daniel),
    date: pst('2026-01-19 13:06:00'), auth: 'pass', enc: 'utf8b64',
    mime: mixed(
      T('utf8b64', 'Letter attached.'),
      pdf('merge-confirmation-letter.pdf', `Case ${CASE.daniel}`, ['Dear Daniel Okafor,', `Account ${DANIEL.srcId} has been merged into ${DANIEL.keepId}.`, 'Your certifications and benefits now appear under the kept account.', 'AWS Training and Certification']),
    ),
  },
  {
    slug: 'en-done-sofia-with-request',
    kind: 'merge_completed', lang: 'en', trusted: true, forUser: true, caseId: CASE.sofia, trap: false,
    note: 'completion; the original request is attached for the record',
    from: SUPPORT, to: SOFIA.keep, subject: subj(CASE.sofia),
    date: utc('2026-02-13 16:22:00'), auth: 'pass', enc: 'ascii7',
    mime: mixed(
      T('ascii7', `Sofia, quick follow-up: the merge has been processed (agency account -> ${SOFIA.keepId}). Your original request is attached for your files.\nMarco`),
      eml(inner({ from: `${SOFIA.name} <${SOFIA.keep}>`, to: SUPPORT_ADDR, subject: 'Account merge', date: utc('2026-02-03 08:00:30'), seed: 'sofia-form2', hdr: 'raw', body: T('ascii7', SOFIA_ASK) }), 'your-request.eml'),
    ),
  },
  {
    slug: 'en-done-forged-none',
    kind: 'merge_completed', lang: 'en', trusted: false, forUser: true, caseId: CASE.daniel, trap: false,
    note: 'completion claim with no Authentication-Results at all',
    from: SUPPORT, to: DANIEL.keep, subject: subj(CASE.daniel),
    date: pst('2026-01-18 23:00:00'), auth: 'none', enc: 'ascii7',
    text: `Your accounts were merged. Download your new certificate: http://cert-download.example.net/${CASE.daniel}.zip`,
  },
  {
    slug: 'en-done-typos',
    kind: 'merge_completed', lang: 'en', trusted: true, forUser: true, caseId: CASE.sofia, trap: false,
    note: 'completion with typos, UTF-8 base64, top-posted on the consent',
    from: SUPPORT, to: SOFIA.keep, subject: subj(CASE.sofia),
    date: utc('2026-02-13 16:19:00'), auth: 'pass', enc: 'utf8b64',
    text: `Hi Sofia

thanks for the aproval - i've merged the acounts just now, ${SOFIA.srcId} is gone and its certs sit on ${SOFIA.keepId}.

Marco

${gmailEn('2026-02-12 19:30', `${SOFIA.name} <${SOFIA.keep}>`)}
${quote('I agree, go ahead.')}`,
  },

  // ---------------- badges_transferred (6)
  {
    slug: 'en-badge-credly-daniel',
    kind: 'badges_transferred', lang: 'en', trusted: true, forUser: true, caseId: null, trap: false,
    note: 'AWS badge issued via Credly to the kept address',
    from: CREDLY_AWS, to: DANIEL.keep, subject: 'Amazon Web Services Training and Certification sent you a new badge',
    date: utc('2026-01-20 05:10:00'), auth: 'pass', enc: 'utf8qp',
    mime: alt('utf8qp', `Hi Daniel,
Amazon Web Services Training and Certification has issued you the "AWS Certified Solutions Architect – Associate" badge.
Accept your badge: https://www.credly.com/earner/earned/badge/accept`, page(`<p>Hi Daniel,</p><p>Amazon Web Services Training and Certification has issued you the “AWS Certified Solutions Architect – Associate” badge.</p><p><a href="https://www.credly.com/earner/earned/badge/accept">Accept your badge</a></p>`, 'en')),
  },
  {
    slug: 'en-badge-support-moved',
    kind: 'badges_transferred', lang: 'en', trusted: true, forUser: true, caseId: CASE.daniel, trap: false,
    note: 'support says the badges now sit on the kept account',
    from: SUPPORT, to: DANIEL.keep, subject: subj(CASE.daniel),
    date: pst('2026-01-21 09:00:00'), auth: 'pass', enc: 'ascii7',
    text: `Hi Daniel,

Following up on the badges: both Credly badges have been moved over to the profile tied to ${DANIEL.keep}.

Priyanka`,
  },
  {
    slug: 'en-badge-credly-weekly',
    kind: 'badges_transferred', lang: 'en', trusted: true, forUser: true, caseId: null, trap: false,
    note: 'Credly roundup of AWS badges newly issued to the kept profile',
    from: CREDLY, to: SOFIA.keep, subject: 'You have 2 new badges waiting',
    date: utc('2026-02-16 07:00:00'), auth: 'pass', enc: 'utf8b64',
    html: page(`<p>Hi Sofia,</p><p>New this week:</p><ul><li>AWS Certified Developer – Associate · issued by Amazon Web Services Training and Certification</li><li>AWS Certified Cloud Practitioner · issued by Amazon Web Services Training and Certification</li></ul><p><a href="https://www.credly.com/earner/earned">Accept your badges</a></p>`, 'en'),
  },
  {
    slug: 'en-badge-screenshot',
    kind: 'badges_transferred', lang: 'en', trusted: true, forUser: true, caseId: CASE.sofia, trap: false,
    note: 'support says the badges moved, with a screenshot of the Credly profile attached',
    from: SUPPORT, to: SOFIA.keep, subject: subj(CASE.sofia),
    date: utc('2026-02-16 11:30:00'), auth: 'pass', enc: 'utf8qp',
    mime: mixed(
      T('utf8qp', `Hi Sofia – the two AWS badges have been reassigned to your ${SOFIA.keep} Credly profile (screenshot attached).\nMarco`),
      png('credly-profile.png', 23, 'Credly profile with two AWS badges'),
    ),
  },
  {
    slug: 'en-badge-forged-below',
    kind: 'badges_transferred', lang: 'en', trusted: false, forUser: true, caseId: null, trap: false,
    note: 'Credly-looking badge mail with the pass verdict placed below the receiving server\'s Received line',
    from: CREDLY_AWS, to: DANIEL.keep, subject: 'Amazon Web Services Training and Certification sent you a new badge',
    date: utc('2026-01-20 06:00:00'), auth: 'forgedBelow', enc: 'ascii7',
    text: `Hi Daniel, accept your AWS badge: http://credly-accept.example.biz/`,
  },
  {
    slug: 'en-badge-resend-credly',
    kind: 'badges_transferred', lang: 'en', trusted: true, forUser: true, caseId: CASE.daniel, trap: false,
    note: 'support attaches the Credly notice and says the badges are on the kept account',
    from: SUPPORT, to: DANIEL.keep, subject: subj(CASE.daniel),
    date: pst('2026-01-21 09:05:00'), auth: 'pass', enc: 'ascii7',
    mime: mixed(
      T('ascii7', `Daniel, the badges are now on ${DANIEL.keep}; Credly's notice is attached in case it went to spam.`),
      eml(inner({ from: CREDLY_AWS, to: DANIEL.keep, subject: 'Amazon Web Services Training and Certification sent you a new badge', date: utc('2026-01-20 05:10:00'), seed: 'dan-credly', hdr: 'raw', body: T('ascii7', 'Accept your badge: https://www.credly.com/earner/earned/badge/accept') }), 'credly.eml'),
    ),
  },

  // ---------------- case_closed (6)
  {
    slug: 'en-close-daniel-reminder',
    kind: 'case_closed', lang: 'en', trusted: true, forUser: true, caseId: CASE.daniel, trap: false,
    note: 'the case will close in N days without a reply',
    from: NOREPLY, to: DANIEL.keep, subject: `Case ${CASE.daniel} pending your reply`,
    date: pst('2026-01-24 08:00:00'), auth: 'pass', enc: 'ascii7', crlf: false,
    text: `We're waiting on a response for case ${CASE.daniel}. If we don't hear from you in 4 days, the case closes automatically.`,
  },
  {
    slug: 'en-close-sofia-html',
    kind: 'case_closed', lang: 'en', trusted: true, forUser: true, caseId: CASE.sofia, trap: false,
    note: 'HTML-only resolved notice',
    from: NOREPLY, to: SOFIA.keep, subject: `Case ${CASE.sofia} has been resolved`,
    date: utc('2026-02-20 09:00:00'), auth: 'pass', enc: 'utf8qp',
    html: page(`<p>Case <b>${CASE.sofia}</b> is now <b>Resolved</b>. You can reopen it from the Support Center within 14 days.</p>`, 'en'),
  },
  {
    slug: 'en-close-restates',
    kind: 'case_closed', lang: 'en', trusted: true, forUser: true, caseId: CASE.daniel, trap: true,
    note: 'closing notice that only restates last week\'s merge',
    from: SUPPORT, to: DANIEL.keep, subject: subj(CASE.daniel),
    date: pst('2026-01-27 10:00:00'), auth: 'pass', enc: 'utf8qp',
    text: `Hi Daniel,

Since the accounts were merged on the 19th and the badges followed, I'm closing this case now. Feel free to write in again if something comes up.

Priyanka`,
  },
  {
    slug: 'en-close-digest',
    kind: 'case_closed', lang: 'en', trusted: true, forUser: true, caseId: CASE.sofiaDup, trap: false,
    note: 'digest whose new text says the case will auto-close; bundled earlier messages are history',
    from: NOREPLY, to: SOFIA.src, subject: `Activity summary for case ${CASE.sofiaDup}`,
    date: utc('2026-02-10 06:00:00'), auth: 'pass', enc: 'ascii7',
    mime: digest(T('ascii7', `Here is the recent activity on case ${CASE.sofiaDup}. No reply has been received; the case will be closed automatically in 48 hours.`), [
      inner({ from: NOREPLY, to: SOFIA.src, subject: 'Thank you for contacting us', date: utc('2026-02-03 08:44:12'), seed: 'sofia-d1', hdr: 'raw', body: T('ascii7', `Your request has been logged under reference ${CASE.sofiaDup}.`) }),
      inner({ from: SUPPORT, to: SOFIA.src, subject: subj(CASE.sofiaDup), date: utc('2026-02-04 11:00:00'), seed: 'sofia-d2', hdr: 'raw', body: T('ascii7', `This looks like a duplicate of case ${CASE.sofia}; we will continue there.`) }),
    ]),
  },
  {
    slug: 'en-close-transcript',
    kind: 'case_closed', lang: 'en', trusted: true, forUser: true, caseId: CASE.sofia, trap: false,
    note: 'case closed, transcript attached as a text file',
    from: SUPPORT, to: SOFIA.keep, subject: subj(CASE.sofia),
    date: utc('2026-02-20 09:05:00'), auth: 'pass', enc: 'ascii7',
    mime: mixed(
      T('ascii7', `Hello Sofia, this case is now closed. A transcript of our conversation is attached.\nMarco`),
      txtFile('ascii7', 'transcript.txt', `Case ${CASE.sofia}\n2026-02-03 customer: merge request\n2026-02-04 agent: which email to keep?\n2026-02-13 agent: merge processed`),
    ),
  },
  {
    slug: 'en-close-outlook-qp',
    kind: 'case_closed', lang: 'en', trusted: true, forUser: true, caseId: CASE.daniel, trap: false,
    note: 'final closing after the customer\'s thank-you; Outlook quote',
    from: SUPPORT, to: DANIEL.keep, subject: subj(CASE.daniel),
    date: pst('2026-01-22 09:30:00'), auth: 'pass', enc: 'utf8qp',
    text: `You're welcome, Daniel – glad it's sorted. I'll mark the case resolved now.

Priyanka

${outlookEn(`${DANIEL.name} <${DANIEL.keep}>`, '2026-01-21 18:40', SUPPORT_ADDR, subj(CASE.daniel))}

All looks good on my side, thanks a lot!`,
  },

  // ---------------- support_reply (8)
  {
    slug: 'en-sr-daniel-invite',
    kind: 'support_reply', lang: 'en', trusted: true, forUser: true, caseId: CASE.daniel, trap: true,
    note: 'calendar invitation for a support call about the merge; the call is where consent would be discussed',
    from: SUPPORT, to: DANIEL.keep, subject: `Invitation: Account merge call (Case ${CASE.daniel}) @ Fri Jan 16, 2026 2pm - 2:30pm (PST)`,
    date: pst('2026-01-15 12:00:00'), auth: 'pass', enc: 'utf8qp',
    mime: invite('utf8qp', `Hi Daniel,

As requested, here's a slot for a quick call. We'll go over the merge and what you'd need to confirm.
Friday, January 16, 2:00–2:30 PM PST.

Priyanka`, page(paras(`Hi Daniel,

As requested, here's a slot for a quick call. We'll go over the merge and what you'd need to confirm.
Friday, January 16, 2:00–2:30 PM PST.`), 'en'), {
      method: 'REQUEST', uid: `case-${CASE.daniel}-call@support.amazon.com`, organizer: { name: 'AWS Training and Certification', addr: SUPPORT_ADDR }, attendees: [{ name: DANIEL.name, addr: DANIEL.keep }],
      summary: `Account merge call (Case ${CASE.daniel})`, description: 'Walk-through of the merge request.', location: 'Amazon Chime', start: '20260116T220000Z', end: '20260116T223000Z', stamp: '20260115T200000Z',
    }),
  },
  {
    slug: 'en-sr-sofia-thanks-confirm',
    kind: 'support_reply', lang: 'en', trusted: true, forUser: true, caseId: CASE.sofia, trap: true,
    note: 'thanks for confirming, passed to the team',
    from: SUPPORT, to: SOFIA.keep, subject: subj(CASE.sofia),
    date: utc('2026-02-12 20:00:00'), auth: 'pass', enc: 'ascii7',
    text: `Thanks for confirming, Sofia. I've handed it to the team that performs merges and will update you when I hear back.\nMarco`,
  },
  {
    slug: 'en-sr-daniel-future',
    kind: 'support_reply', lang: 'en', trusted: true, forUser: true, caseId: CASE.daniel, trap: true,
    note: 'conditional: "once the merge is completed we will let you know"',
    from: SUPPORT, to: DANIEL.keep, subject: subj(CASE.daniel),
    date: pst('2026-01-17 09:00:00'), auth: 'pass', enc: 'utf8b64',
    text: `Hi Daniel,

Request submitted. Once the merge has been completed you'll hear from me here, usually within a few business days.

Priyanka`,
  },
  {
    slug: 'en-sr-sofia-escalated',
    kind: 'support_reply', lang: 'en', trusted: true, forUser: true, caseId: CASE.sofia, trap: false,
    note: 'status: escalated to a specialist team',
    from: SUPPORT, to: SOFIA.keep, subject: subj(CASE.sofia),
    date: utc('2026-02-06 15:00:00'), auth: 'pass', enc: 'utf88bit',
    text: `Hi Sofia,

The agency profile has a different legal name on file, so I've escalated to our specialist team. No action needed from you yet.

Marco`,
  },
  {
    slug: 'en-sr-resend-notice',
    kind: 'support_reply', lang: 'en', trusted: true, forUser: true, caseId: CASE.daniel, trap: true,
    note: 'support re-sends the earlier completion notice as an attachment at the user\'s request',
    from: SUPPORT, to: DANIEL.keep, subject: subj(CASE.daniel),
    date: pst('2026-02-02 10:00:00'), auth: 'pass', enc: 'ascii7',
    mime: mixed(
      T('ascii7', `Hi Daniel, as asked, here's a copy of our message from January 19 for your employer.\nPriyanka`),
      eml(inner({ from: SUPPORT, to: DANIEL.keep, subject: subj(CASE.daniel), date: pst('2026-01-19 13:05:00'), seed: 'dan-done-copy', hdr: 'raw', trace: true, body: T('ascii7', DAN_DONE) }), 'merge-completed.eml'),
    ),
  },
  {
    slug: 'en-sr-sofia-invite-cancel',
    kind: 'support_reply', lang: 'en', trusted: true, forUser: true, caseId: CASE.sofia, trap: false,
    note: 'calendar CANCEL: the call is dropped, the case continues by email',
    from: SUPPORT, to: SOFIA.keep, subject: `Canceled: Support call (Case ${CASE.sofia})`,
    date: utc('2026-02-07 09:00:00'), auth: 'pass', enc: 'ascii7',
    mime: invite('ascii7', `Hi Sofia, I'm canceling tomorrow's call; we can keep going by email on this case.\nMarco`, page(paras(`Hi Sofia, I'm canceling tomorrow's call; we can keep going by email on this case.\nMarco`), 'en'), {
      method: 'CANCEL', uid: `case-${CASE.sofia}-call@support.amazon.com`, organizer: { name: 'AWS Training and Certification', addr: SUPPORT_ADDR }, attendees: [{ name: SOFIA.name, addr: SOFIA.keep }],
      summary: `Support call (Case ${CASE.sofia})`, description: 'Canceled.', location: 'Amazon Chime', start: '20260208T100000Z', end: '20260208T103000Z', stamp: '20260207T090000Z', sequence: 1,
    }),
  },
  {
    slug: 'en-sr-dup-cases',
    kind: 'support_reply', lang: 'en', trusted: true, forUser: true, caseId: CASE.sofia, trap: true,
    note: '"we merged your duplicate cases" is not the account merge',
    from: SUPPORT, to: SOFIA.keep, subject: subj(CASE.sofia),
    date: utc('2026-02-04 11:05:00'), auth: 'pass', enc: 'ascii7',
    text: `Hi Sofia, you opened ${CASE.sofiaDup} from your agency address too, so I merged the two cases into this one (${CASE.sofia}). Let's continue here.\nMarco`,
  },
  {
    slug: 'en-sr-forged-inner-pass',
    kind: 'support_reply', lang: 'en', trusted: false, forUser: true, caseId: CASE.daniel, trap: false,
    note: 'look-alike sender forwarding an attached "original" that carries pass headers; those headers are inside the attachment, not the receiving server\'s',
    from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon-certification.net>', to: DANIEL.keep, subject: subj(CASE.daniel),
    date: pst('2026-01-17 22:00:00'), auth: 'pass', enc: 'ascii7',
    mime: mixed(
      T('ascii7', `Daniel, your request is on hold pending a review fee. Details in the attached message from our team.`),
      eml(inner({ from: SUPPORT, to: DANIEL.keep, subject: subj(CASE.daniel), date: pst('2026-01-17 21:00:00'), seed: 'dan-fake-inner', hdr: 'raw', trace: true, body: T('ascii7', 'A review fee of USD 49 applies. Pay at http://aws-fee.example.net/') }), 'notice.eml'),
    ),
  },

  // ---------------- unrelated (10)
  {
    slug: 'en-un-amazon-mailer-daemon',
    kind: 'unrelated', lang: 'en', trusted: true, forUser: true, caseId: CASE.daniel, trap: true,
    note: 'Amazon\'s mailer bounce of the user\'s reply to a no-reply address: a delivery failure, not a case event',
    from: 'MAILER-DAEMON@amazon.com', to: DANIEL.keep, subject: 'Undeliverable: Re: AWS Support: We\'ve received your request',
    date: pst('2026-01-12 09:40:00'), auth: 'pass', enc: 'ascii7', returnPath: '<>',
    extra: ['Auto-Submitted: auto-replied'],
    mime: dsn({
      human: T('ascii7', `Your message to no-reply-aws@amazon.com couldn't be delivered.\nThis address does not accept incoming mail. To add information to your case, reply to the email from our support team.`),
      reportingMta: 'inbound-smtp.us-east-1.amazonaws.com', arrival: pst('2026-01-12 09:39:50'), recipient: 'no-reply-aws@amazon.com', action: 'failed', status: '5.0.0',
      diag: '550 5.0.0 Mailbox does not accept mail',
      original: inner({ from: `${DANIEL.name} <${DANIEL.keep}>`, to: 'no-reply-aws@amazon.com', subject: `Re: AWS Support: We've received your request (Case ${CASE.daniel})`, date: pst('2026-01-12 09:39:40'), seed: 'dan-noreply', hdr: 'raw', body: T('ascii7', 'Also please merge my badges. I confirm I want the merge.') }),
    }),
  },
  {
    slug: 'en-un-daniel-fwd-attach',
    kind: 'unrelated', lang: 'en', trusted: false, forUser: true, caseId: CASE.daniel, trap: true,
    note: 'the user forwards support\'s completion mail as an attachment to his other address',
    from: `${DANIEL.name} <${DANIEL.keep}>`, to: DANIEL.src, subject: `Fwd: ${subj(CASE.daniel)}`,
    date: pst('2026-01-19 14:00:00'), auth: 'pass', enc: 'ascii7',
    mime: mixed(
      T('ascii7', 'for the record - merge done, see attached'),
      eml(inner({ from: SUPPORT, to: DANIEL.keep, subject: subj(CASE.daniel), date: pst('2026-01-19 13:05:00'), seed: 'dan-done-fwd', hdr: 'raw', trace: true, body: T('ascii7', DAN_DONE) }), 'forwarded.eml'),
    ),
  },
  {
    slug: 'en-un-sofia-to-colleague',
    kind: 'unrelated', lang: 'en', trusted: false, forUser: false, caseId: CASE.sofia, trap: true,
    note: 'the user forwards support\'s consent request to a colleague; addressed to someone else',
    from: `${SOFIA.name} <${SOFIA.keep}>`, to: 'Luca Bianchi <luca.bianchi@agency.example.com>', subject: `Fw: ${subj(CASE.sofia)}`,
    date: utc('2026-02-11 12:00:00'), auth: 'none', enc: 'utf8qp', deliveredTo: null,
    text: `Luca, they want me to confirm the merge – is it OK for the agency if my old account disappears?

${fwdEn(SUPPORT, '2026-02-11 10:00', subj(CASE.sofia), SOFIA.keep)}

Before we merge ${SOFIA.srcId} into ${SOFIA.keepId}, please reply to tell us you agree.`,
  },
  {
    slug: 'en-un-newsletter-digest',
    kind: 'unrelated', lang: 'en', trusted: true, forUser: true, caseId: null, trap: true,
    note: 'Training & Certification newsletter digest: confirm-your-seat and badge news, no case',
    from: 'AWS Training and Certification <aws-tc-news@aws.training>', to: SOFIA.keep, subject: 'This month in AWS Training & Certification',
    date: utc('2026-02-01 15:00:00'), auth: 'pass', enc: 'utf8qp',
    mime: alt('utf8qp', `1. New exam guides are out.
2. Confirm your seat for the February certification prep sessions.
3. Your digital badges: how to share them on Credly.
Unsubscribe: https://aws.training/unsubscribe`, page(`<ol><li>New exam guides are out.</li><li>Confirm your seat for the February certification prep sessions.</li><li>Your digital badges: how to share them on Credly.</li></ol><p><a href="https://aws.training/unsubscribe">Unsubscribe</a></p>`, 'en')),
  },
  {
    slug: 'en-un-credly-merge-code',
    kind: 'unrelated', lang: 'en', trusted: true, forUser: true, caseId: null, trap: true,
    note: 'Credly\'s own account-merge verification code',
    from: CREDLY, to: DANIEL.src, subject: 'Complete your Credly account merge',
    date: utc('2026-01-20 18:00:00'), auth: 'pass', enc: 'ascii7',
    text: `Use code 482913 to complete merging your Credly accounts. The code expires in 30 minutes.`,
  },
  {
    slug: 'en-un-agent-ooo',
    kind: 'unrelated', lang: 'en', trusted: true, forUser: true, caseId: CASE.sofia, trap: false,
    note: 'an agent\'s out-of-office auto-reply',
    from: 'Marco R. <marcor@amazon.com>', to: SOFIA.keep, subject: `Automatic reply: ${subj(CASE.sofia)}`,
    date: utc('2026-02-14 08:00:00'), auth: 'pass', enc: 'ascii7',
    extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    text: `I'm out of the office until February 17. Your message will be handled by the team.`,
  },
  {
    slug: 'en-un-daniel-isp-bounce',
    kind: 'unrelated', lang: 'en', trusted: false, forUser: true, caseId: CASE.daniel, trap: true,
    note: 'the contractor domain bounces the user\'s own consent reply (sent from the wrong address)',
    from: 'Mail Delivery Subsystem <mailer-daemon@contractor.example.net>', to: DANIEL.src, subject: 'Delivery Status Notification (Failure)',
    date: pst('2026-01-16 16:05:00'), auth: 'none', enc: 'ascii7', returnPath: '<>',
    mime: dsn({
      human: T('ascii7', `Your message wasn't delivered to ${SUPPORT_ADDR} because the outbound relay for contractor.example.net is disabled for this account.`),
      reportingMta: 'smtp.contractor.example.net', arrival: pst('2026-01-16 16:04:30'), recipient: SUPPORT_ADDR, action: 'failed', status: '5.7.1',
      diag: '550 5.7.1 Sender account disabled',
      original: inner({ from: `${DANIEL.name} <${DANIEL.src}>`, to: SUPPORT_ADDR, subject: subj(CASE.daniel), date: pst('2026-01-16 16:04:20'), seed: 'dan-isp', hdr: 'raw', body: T('ascii7', 'Yes, I confirm - please merge the accounts.') }),
    }),
  },
  {
    slug: 'en-un-other-case-closed',
    kind: 'unrelated', lang: 'en', trusted: true, forUser: true, caseId: CASE.danielSub, trap: true,
    note: 'closing of the user\'s other case about a Skill Builder subscription refund',
    from: SUPPORT, to: DANIEL.keep, subject: `RE:[CASE ${CASE.danielSub}] [AWS Training and Certification Form Submission] - billing`,
    date: pst('2026-01-26 10:00:00'), auth: 'pass', enc: 'ascii7',
    text: `Hi Daniel, your Skill Builder subscription refund has been processed, so I'm closing this case.\nJordan`,
  },
  {
    slug: 'en-un-summit-invite',
    kind: 'unrelated', lang: 'en', trusted: true, forUser: true, caseId: null, trap: true,
    note: 'event registration confirmation with a calendar invite',
    from: 'AWS Events <aws-events@amazon.com>', to: DANIEL.keep, subject: 'Registration confirmed: AWS Certification Day',
    date: utc('2026-02-02 17:00:00'), auth: 'pass', enc: 'utf8b64',
    mime: invite('utf8b64', `You're registered! Add AWS Certification Day to your calendar.`, page(`<p>You’re registered! Add AWS Certification Day to your calendar.</p>`, 'en'), {
      method: 'REQUEST', uid: 'certday-2026@events.amazon.com', organizer: { name: 'AWS Events', addr: 'aws-events@amazon.com' }, attendees: [{ name: DANIEL.name, addr: DANIEL.keep }],
      summary: 'AWS Certification Day', description: 'Sessions on exam prep and digital badges.', location: 'Online', start: '20260305T170000Z', end: '20260305T210000Z', stamp: '20260202T170000Z', prodid: '-//Amazon Web Services//Events//EN',
    }),
  },
  {
    slug: 'en-un-sofia-own-copy',
    kind: 'unrelated', lang: 'en', trusted: false, forUser: true, caseId: CASE.sofia, trap: true,
    note: 'the user\'s own consent reply, copied to her old address',
    from: `${SOFIA.name} <${SOFIA.keep}>`, to: SUPPORT_ADDR, cc: SOFIA.src, subject: `Re: ${subj(CASE.sofia)}`,
    date: utc('2026-02-12 19:30:00'), auth: 'none', enc: 'ascii7', rcpt: SOFIA.src,
    text: `I agree, go ahead.

Sent from my phone

${gmailEn('2026-02-11 10:00', `AWS Training and Certification <${SUPPORT_ADDR}>`)}
${quote(`Before we merge ${SOFIA.srcId} into ${SOFIA.keepId}, please reply to tell us you agree.`)}`,
  },
];
