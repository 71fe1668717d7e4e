// English messages of set "by" (HTML-first).
import { CASE, CERT_PORTAL, button, CREDLY, CREDLY_SELF, DIEGO as D, EMMA as E, FORM, NOREPLY, P, SUPPORT_CENTER, TC_MAIL, TC_NEWS, caseUrl, d, esc, formSubj, gmailReply, kv, outlookReply, sfHistory, shell, trk, type Def } from './common.js';
import { mk } from './mk.js';

const N = (o: Parameters<typeof mk>[1]): Def => mk('en', o);
const et = `${E.name} <${E.keep}>`;
const dt = `${D.name} <${D.keep}>`;
const ec = CASE.emma;
const dc = CASE.diego;
const uk = (s: string): string => d(s, '+0000');
const us = (s: string): string => d(s, '-0500');

const emmaAsk = P(`Hi there,

I have two certification accounts, one from my previous employer (${E.src}) and my own (${E.keep}). Could they be combined into the personal one please? Candidate IDs ${E.keepId} and ${E.srcId}.

Thanks,
Emma`);

const diegoYes = P(`Yes, that's correct, please go ahead and merge them.

Diego`);

export const EN: Def[] = [
  // ---------------- acknowledgement ----------------
  N({
    kind: 'acknowledgement', caseId: ec, from: NOREPLY, to: et, enc: 'utf8qp',
    subject: `Case ${ec} has been created`, date: uk('2026-02-16 09:02:11'),
    html: shell({ seed: 'eack1', lang: 'en', brand: 'support', preheader: 'We have received your case.', heading: 'Your case has been created',
      body: P('Thanks for reaching out to AWS Support. An agent will respond by email and in the Support Center.') + kv([['Case ID', ec], ['Subject', 'Merge two certification accounts'], ['Category', 'Training and Certification'], ['Severity', 'General guidance']]),
      button: ['View case', caseUrl(ec)] }),
    probe: 'An agent will respond', note: 'support-center receipt with case details in a table and a View case button',
  }),
  N({
    kind: 'acknowledgement', caseId: dc, from: FORM, to: dt, enc: 'ascii7',
    subject: formSubj(dc), date: us('2026-05-04 16:20:00'),
    text: `Case ${dc}`,
    html: shell({ seed: 'eack2', lang: 'en', brand: 'tc',
      body: P(`Hello Diego,

This is an automated note to let you know your submission reached us and was logged as case ${dc}. Someone from our team typically gets back within one to two business days.

Please keep the case number in the subject line if you write again, and there is no need to submit the form a second time.`) }),
    probe: 'reached us and was logged', note: 'form receipt; text/plain part is only the case number',
  }),
  N({
    kind: 'acknowledgement', caseId: CASE.emmaOther, from: SUPPORT_CENTER, to: et, enc: 'utf8b64',
    subject: 'We got your message', date: uk('2026-02-16 09:05:40'),
    html: shell({ seed: 'eack3', lang: 'en', brand: 'support', dark: true,
      body: kv([['Reference', CASE.emmaOther], ['Received', '16 Feb 2026, 09:05 UTC'], ['Next step', 'An agent will review your request']]),
      button: ['View case', caseUrl(CASE.emmaOther)] }),
    probe: 'An agent will review', note: 'receipt that says nothing of its topic: read as what it looks like',
  }),
  N({
    kind: 'acknowledgement', caseId: dc, trusted: false, auth: 'misaligned', from: 'AWS Support <no-reply-aws@amazon.com>', to: dt, enc: 'utf8qp',
    subject: `[CASE ${dc}] Request received`, date: us('2026-05-04 23:59:01'),
    html: shell({ seed: 'eack4', lang: 'en', brand: 'support', host: 'sendgrid-bulk-7731.net',
      body: P(`Your request ${dc} is in our queue. Track it here.`), button: ['Track request', trk('sendgrid-bulk-7731.net', 'eack4b')] }),
    probe: 'is in our queue', note: 'DKIM signed by an unrelated bulk domain, dmarc=fail: untrusted',
  }),
  N({
    kind: 'acknowledgement', caseId: ec, from: FORM, to: et, enc: 'utf8b64', auth: 'dkimonly',
    subject: formSubj(ec), date: uk('2026-02-16 09:03:50'),
    html: shell({ seed: 'eack5', lang: 'en', brand: 'tc', preheader: 'Case ' + ec,
      body: P('Hi Emma, thank you for writing to AWS Training and Certification Customer Service.') + kv([['Name', E.name], ['Email', E.keep], ['Candidate ID', E.keepId], ['Topic', 'Account assistance']]) + P('We will be in touch soon.') }),
    probe: 'We will be in touch soon', note: 'receipt echoing the submitted fields; trusted by an aligned DKIM pass alone',
  }),
  N({
    kind: 'acknowledgement', caseId: CASE.diego, from: NOREPLY, to: dt, enc: 'ascii7',
    subject: `AWS Support: Case ${dc} opened`, date: us('2026-05-04 16:19:03'),
    text: `Case ${dc} opened.`,
    html: shell({ seed: 'eack6', lang: 'en', brand: 'support',
      body: P(`We've opened case ${dc} for you. Replies will come to this address; you can also follow it in the Support Center.`), button: ['View case', caseUrl(dc)] }),
    probe: 'opened case', note: 'opened-case notice, us-ascii multipart',
  }),

  // ---------------- ai_answer ----------------
  N({
    kind: 'ai_answer', from: NOREPLY, to: et, enc: 'utf8qp',
    subject: 'Suggested answer for your question', date: uk('2026-02-16 08:58:30'),
    html: shell({ seed: 'eai1', lang: 'en', brand: 'tc', heading: 'Here is what we found',
      body: P('This response was generated automatically and may not be fully accurate.') + P('If you hold two AWS Certification accounts, you can usually combine them yourself: sign in to the account you want to keep, open your profile, choose Merge Accounts, and enter the sign-in details of the other account.'),
      button: ['Go to my certification account', trk('click.mail.aws.training', 'eai1b')] }),
    probe: 'generated automatically', note: 'automated suggestion to use the Merge Accounts tool',
  }),
  N({
    kind: 'ai_answer', from: SUPPORT_CENTER, to: dt, enc: 'utf8b64',
    subject: 'Before you open a case', date: us('2026-05-04 16:10:12'),
    text: 'We have suggestions for your question. View them in your browser.',
    html: shell({ seed: 'eai2', lang: 'en', brand: 'support', preheader: 'AI-generated suggestions',
      body: `<table role="presentation" width="100%" style="background:#f1faff;border-left:4px solid #0073bb"><tr><td class="txt" style="padding:12px 16px;font-size:14px;line-height:22px"><b>Generative AI answer</b><br>Duplicate certification profiles can often be combined with the self-service tool under Profile &rsaquo; Merge Accounts. It can't be used when both profiles already hold certifications; in that case, create a case and an agent will help.</td></tr></table>`,
      button: ['Create case', trk('support.aws.com', 'eai2b')] }),
    probe: 'Generative AI answer', note: 'AI answer inside a styled table cell; plain part says less',
  }),
  N({
    kind: 'ai_answer', trap: true, from: NOREPLY, to: et, enc: 'ascii7',
    subject: 'Automated answer: what happens after accounts are merged', date: uk('2026-03-01 12:00:00'),
    html: shell({ seed: 'eai3', lang: 'en', brand: 'tc',
      body: P('(Automated response) After a merge, certifications, exam history and benefits from the other account appear under the one you keep, and your badges can be claimed again on Credly. The merge itself cannot be reversed.') + P('Did this answer your question?'),
      button: ['No, contact support', trk('click.mail.aws.training', 'eai3b')] }),
    probe: 'Automated response', note: 'AI answer describing post-merge results: uses merge and badge words',
  }),
  N({
    kind: 'ai_answer', trusted: false, auth: 'failThenForged', from: NOREPLY, to: dt, enc: 'utf8qp',
    subject: 'Your AI assistant answer', date: us('2026-05-05 02:14:00'),
    html: shell({ seed: 'eai4', lang: 'en', brand: 'support',
      body: P('Our assistant suggests merging your profiles with the tool below. Sign in with both passwords to continue.'), button: ['Merge now', 'https://aws-profile-merge.example.org/start'] }),
    probe: 'Our assistant suggests', note: 'fail verdict on top, a planted pass further down: untrusted',
  }),
  N({
    kind: 'ai_answer', from: TC_MAIL, to: et, enc: 'utf8b64',
    subject: 'Re: account assistance (automated reply)', date: uk('2026-02-16 08:59:40'),
    html: shell({ seed: 'eai5', lang: 'en', brand: 'tc', dark: true,
      body: P('Hi Emma, I\'m the virtual assistant for AWS Training and Certification. Based on your message, these steps might help:') + `<ol class="txt" style="font-size:14px;line-height:22px"><li>Sign in with the email you want to keep.</li><li>Open Profile and pick Merge Accounts.</li><li>Confirm with the other account's credentials.</li></ol>` + P('Still stuck? Reply "agent" to reach a person.') }),
    probe: 'virtual assistant', note: 'virtual-assistant steps for self-service, dark-mode markup',
  }),
  N({
    kind: 'ai_answer', from: NOREPLY, to: dt, enc: 'ascii7',
    subject: 'AWS Training and Certification - instant answer', date: us('2026-05-04 16:11:50'),
    html: shell({ seed: 'eai6', lang: 'en', brand: 'plain',
      body: kv([['Your question', 'I have 2 accounts, one from school'], ['Suggested answer (AI)', 'Use Merge Accounts in your certification profile; choose the school account as the one to merge in.'], ['Confidence', 'Medium']]) }),
    probe: 'Suggested answer (AI)', note: 'the AI suggestion sits only in a table cell',
  }),

  // ---------------- info_request ----------------
  N({
    kind: 'info_request', caseId: ec, from: FORM, to: et, enc: 'utf8qp',
    subject: formSubj(ec), date: uk('2026-02-17 14:31:09'),
    text: 'Hello Emma,\n\nThank you for contacting us.',
    html: shell({ seed: 'einf1', lang: 'en', brand: 'plain',
      body: P('Hello Emma,\n\nThanks for the details so far. To line the two profiles up, could you fill in the blanks below and send it back?') + kv([['Account to keep (email)', ''], ['Account to merge in (email)', ''], ['Certifications on each', '']]) + P('Kind regards,\nRavi\nAWS Training and Certification') + sfHistory('en', { from: E.keep, sent: '2/16/2026 9:02 AM', to: 'aws-cs-trainingcertification-form@amazon.com', subject: 'Merge two certification accounts' }, emmaAsk) }),
    probe: 'fill in the blanks', note: 'asks for emails and certifications via empty table cells; plain part says less',
  }),
  N({
    kind: 'info_request', caseId: dc, from: FORM, to: dt, enc: 'ascii7',
    subject: formSubj(dc), date: us('2026-05-05 10:44:00'),
    html: shell({ seed: 'einf2', lang: 'en', brand: 'plain',
      body: P(`Hi Diego,

We don't see a candidate ID for the university profile in your note, so we can't match it yet. Which address did you use to register for that first exam, and which of the two should remain active afterwards?`) }),
    probe: 'which of the two should remain', note: 'asks for the address and which account to keep, without the word "please"',
  }),
  N({
    kind: 'info_request', trap: true, caseId: ec, from: FORM, to: et, enc: 'utf8b64',
    subject: formSubj(ec), date: uk('2026-02-18 11:11:45'),
    html: shell({ seed: 'einf3', lang: 'en', brand: 'plain',
      body: P(`Hi Emma,

Before we go further, please confirm the email address you'd like to keep as your sign-in. Is it ${E.keep}?`) }),
    probe: 'confirm the email address', note: '"please confirm the address you keep" is a request for information',
  }),
  N({
    kind: 'info_request', caseId: dc, from: FORM, to: dt, enc: 'utf8qp',
    subject: formSubj(dc), date: us('2026-05-06 09:30:10'),
    html: shell({ seed: 'einf4', lang: 'en', brand: 'plain',
      body: P(`Hello,

For security reasons we can only act on requests that come from the address on the profile being kept. Kindly reply from ${D.keep} and include both candidate IDs (they start with "AWS").`) + gmailReply(P('Hi, any update on this? Thanks, Diego'), 'On Tue, May 5, 2026 at 8:12 PM Diego Ruiz <d.ruiz@univ.example.edu> wrote:', P(`We don't see a candidate ID for the university profile`)) }),
    probe: 'include both candidate IDs', note: 'write from the kept address and include IDs: info_request; Gmail quote below',
  }),
  N({
    kind: 'info_request', trusted: false, auth: 'none', caseId: ec, from: 'AWS Training & Certification <support@aws-training-help.com>', to: et, enc: 'utf8qp',
    subject: formSubj(ec), date: uk('2026-02-18 03:02:00'),
    html: shell({ seed: 'einf5', lang: 'en', brand: 'tc', host: 'aws-training-help.com',
      body: P('To continue your merge we need to verify your identity. Upload a photo ID and both account passwords within 24 hours.'), button: ['Verify identity', trk('aws-training-help.com', 'einf5b')] }),
    probe: 'verify your identity', note: 'look-alike domain and no Authentication-Results: untrusted',
  }),
  N({
    kind: 'info_request', caseId: ec, from: FORM, to: et, enc: 'utf8b64',
    subject: formSubj(ec), date: uk('2026-02-19 15:05:00'),
    html: outlookReply('en', P(`Hi Emma,

Thanks - one more thing. Your old profile shows a different legal name (E. Walsh-Byrne). Could you tell us the name exactly as it appears on that account so we can verify both belong to you?

Best,
Ravi`), { from: 'Emma Walsh <emma.walsh@example.co.uk>', sent: 'Wednesday, February 18, 2026 6:40 PM', to: 'aws-cs-trainingcertification-form@amazon.com', subject: formSubj(ec) }, P(`Yes, ${E.keep} is the one to keep.`)),
    probe: 'name exactly as it appears', note: 'agent replying from an Outlook-style HTML client asks for the legal name',
  }),

  // ---------------- confirmation_request ----------------
  N({
    kind: 'confirmation_request', caseId: ec, from: FORM, to: et, enc: 'utf8qp',
    subject: formSubj(ec), date: uk('2026-02-20 10:00:33'),
    html: shell({ seed: 'ecf1', lang: 'en', brand: 'plain',
      body: P('Hi Emma,\n\nWe\'re ready to combine your profiles as follows:') + kv([['Merge from', `${E.srcId} (${E.src})`], ['Merge into', `${E.keepId} (${E.keep})`]]) + P('A merge is permanent. Reply to this email to let us know you agree and we will proceed.') }),
    probe: 'A merge is permanent', note: 'consent request with the from/to table',
  }),
  N({
    kind: 'confirmation_request', caseId: dc, from: FORM, to: dt, enc: 'ascii7',
    subject: formSubj(dc), date: us('2026-05-07 13:20:00'),
    text: `Hi Diego,\n\nWhich address did you use for your first exam?`,
    html: shell({ seed: 'ecf2', lang: 'en', brand: 'plain',
      body: P(`Hi Diego,

Thanks for the IDs. We can now fold ${D.srcId} into ${D.keepId}. Since this can't be undone, we need your go-ahead in writing before we start. A short reply is enough.`) }),
    probe: 'need your go-ahead', note: 'HTML asks for the go-ahead; the stale plain part is the earlier question',
  }),
  N({
    kind: 'confirmation_request', caseId: ec, from: FORM, to: et, enc: 'utf8b64',
    subject: formSubj(ec), date: uk('2026-02-20 16:42:12'),
    html: shell({ seed: 'ecf3', lang: 'en', brand: 'plain',
      body: kv([['Action needed', 'Reply "I agree" to approve the account merge (irreversible)'], ['Profile kept', E.keep], ['Profile retired', E.src]]) }),
    probe: 'I agree', note: 'the consent request exists only inside a table',
  }),
  N({
    kind: 'confirmation_request', trusted: false, auth: 'fail', caseId: dc, from: FORM, to: dt, enc: 'utf8qp',
    subject: formSubj(dc), date: us('2026-05-07 04:04:04'),
    html: shell({ seed: 'ecf4', lang: 'en', brand: 'plain',
      body: P('Please approve your account merge by clicking the button. Approval expires today.'), button: ['Approve merge', 'https://approve-aws.example.biz/'] }),
    probe: 'approve your account merge', note: 'dmarc=fail on top: untrusted',
  }),
  N({
    kind: 'confirmation_request', caseId: ec, from: FORM, to: et, enc: 'utf8qp',
    subject: formSubj(ec), date: uk('2026-02-21 09:15:00'),
    html: shell({ seed: 'ecf5', lang: 'en', brand: 'plain',
      body: P(`Dear Emma,

Just to be certain before anything changes: once ${E.src} is absorbed into ${E.keep}, the old login stops working and we cannot split them again. Are you happy for us to proceed on that basis?`) + gmailReply(P(`Ravi, my old name was Emma Walsh-Byrne. Thanks!`), 'On Thu, 19 Feb 2026 at 15:05, AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:', P('Could you tell us the name exactly as it appears on that account')) }),
    probe: 'Are you happy for us to proceed', note: 'British-style consent question; the user\'s Gmail reply quoted',
  }),
  N({
    kind: 'confirmation_request', trap: true, caseId: dc, from: FORM, to: dt, enc: 'utf8b64',
    subject: `Re: ${formSubj(dc)}`, date: us('2026-05-07 15:31:00'),
    html: shell({ seed: 'ecf6', lang: 'en', brand: 'plain', preheader: 'Action required on your case',
      body: P(`Hi Diego, the request is with us. Once you confirm in a reply that you want ${D.srcId} merged into ${D.keepId} (this is final), our team will complete the merge and let you know.`) }),
    probe: 'this is final', note: 'consent request that speaks of the merge being completed in the future',
  }),

  // ---------------- merge_completed ----------------
  N({
    kind: 'merge_completed', caseId: ec, from: FORM, to: et, enc: 'utf8qp',
    subject: formSubj(ec), date: uk('2026-02-23 12:12:00'),
    html: shell({ seed: 'emc1', lang: 'en', brand: 'plain',
      body: P(`Hi Emma,

Good news: your two profiles are now one. Everything from ${E.srcId} has been moved under ${E.keepId}; please sign in and check that your certifications and vouchers look right.`) }),
    probe: 'your two profiles are now one', note: 'completion plus a check-it-looks-right request',
  }),
  N({
    kind: 'merge_completed', from: CERT_PORTAL, to: dt, enc: 'utf8b64',
    subject: 'Your AWS Certification accounts have been merged', date: us('2026-05-09 06:00:00'),
    html: shell({ seed: 'emc2', lang: 'en', brand: 'portal', dark: true, heading: 'Accounts merged',
      body: P(`Hi ${D.name}, the accounts you asked to combine now share one profile. Sign in with ${D.keep} from now on.`), button: ['Sign in', trk('click.mail.aws.training', 'emc2b')], unsub: false }),
    probe: 'now share one profile', note: 'portal notice without a case ID',
  }),
  N({
    kind: 'merge_completed', caseId: dc, from: NOREPLY, to: dt, enc: 'ascii7',
    subject: `Update on case ${dc}`, date: us('2026-05-09 08:20:00'),
    text: `There is a new correspondence on case ${dc}. Sign in to the Support Center to read it.`,
    html: shell({ seed: 'emc3', lang: 'en', brand: 'support', heading: 'Case update',
      body: kv([['Case ID', dc], ['Request', 'Certification account merge'], ['Result', 'Merged into ' + D.keepId]]), button: ['View case', caseUrl(dc)] }),
    probe: 'Merged into', note: 'the merge result sits only in a table cell; the plain part says less',
  }),
  N({
    kind: 'merge_completed', caseId: ec, trusted: false, auth: 'forgedBelow', from: FORM, to: et, enc: 'utf8qp',
    subject: formSubj(ec), date: uk('2026-02-23 02:30:00'),
    html: shell({ seed: 'emc4', lang: 'en', brand: 'plain',
      body: P('Your merge is complete. Claim your merged voucher now, payment details required.'), button: ['Claim voucher', 'https://voucher-claim.example.net/'] }),
    probe: 'Claim your merged voucher', note: 'pass verdict placed below the server\'s Received line: untrusted',
  }),
  N({
    kind: 'merge_completed', caseId: dc, from: FORM, to: dt, enc: 'utf8b64',
    subject: formSubj(dc), date: us('2026-05-08 17:45:00'),
    text: `Hi Diego,\n\nThanks for confirming. We've passed this to the team.`,
    html: shell({ seed: 'emc5', lang: 'en', brand: 'plain',
      body: P(`Hi Diego,

The team has finished: ${D.srcId} is merged into ${D.keepId}, and this case will be closed. Thanks for your patience.`) + sfHistory('en', { from: D.keep, sent: '5/7/2026 6:02 PM', to: 'aws-cs-trainingcertification-form@amazon.com', subject: formSubj(dc) }, diegoYes) }),
    probe: 'The team has finished', note: 'completion (and closing) in HTML; the plain part is the older hand-off note',
  }),
  N({
    kind: 'merge_completed', caseId: ec, from: FORM, to: et, cc: `Emma Walsh <${E.src}>`, enc: 'utf8qp',
    subject: formSubj(ec), date: uk('2026-02-23 12:20:00'),
    html: gmailReply(P(`Hello Emma,

Done on our side - the accounts are consolidated under ${E.keep}. Your old profile's exam history now shows there.

Ravi`), 'On Sat, 21 Feb 2026 at 10:03, Emma Walsh <emma.walsh@example.co.uk> wrote:', P('Yes, please go ahead, I understand it is permanent.')),
    probe: 'consolidated under', note: 'agent reply sent from a Gmail-style HTML client; completion',
  }),

  // ---------------- badges_transferred ----------------
  N({
    kind: 'badges_transferred', from: CREDLY, to: et, enc: 'utf8qp',
    subject: 'Amazon Web Services Training and Certification sent you a new badge', date: uk('2026-02-24 05:10:00'),
    html: shell({ seed: 'ebg1', lang: 'en', brand: 'credly', heading: 'Congratulations, Emma!',
      body: `<img src="https://images.credly.com/size/340x340/images/saa/image.png" alt="AWS Certified Solutions Architect - Associate" width="160" style="display:block;border:0">` + P('You earned a badge from Amazon Web Services Training and Certification. Accept it to share it with your network.'),
      button: ['Accept your badge', trk('email.credly.com', 'ebg1b')], unsub: true }),
    probe: 'Accept your badge', note: 'AWS badge offered on Credly at the kept address',
  }),
  N({
    kind: 'badges_transferred', caseId: dc, from: FORM, to: dt, enc: 'ascii7',
    subject: formSubj(dc), date: us('2026-05-11 11:00:00'),
    html: shell({ seed: 'ebg2', lang: 'en', brand: 'plain',
      body: P(`Hi Diego,

We've also reassigned your two Credly badges to ${D.keep}, so everything now lives in one place. With that, we're closing this case.`) }),
    probe: 'reassigned your two Credly badges', note: 'support moved the badges and closes',
  }),
  N({
    kind: 'badges_transferred', trusted: false, from: 'Amazon Web Services Training and Certification via Credly <admin@credly-badges.net>', to: dt, enc: 'utf8qp',
    subject: 'Your badges were moved', date: us('2026-05-11 03:03:03'),
    html: shell({ seed: 'ebg3', lang: 'en', brand: 'credly', host: 'credly-badges.net',
      body: P('Your AWS badges were moved to your merged account. Log in to keep them.'), button: ['Log in', trk('credly-badges.net', 'ebg3b')] }),
    probe: 'Log in to keep them', note: 'look-alike Credly domain: untrusted',
  }),
  N({
    kind: 'badges_transferred', caseId: ec, from: FORM, to: et, enc: 'utf8b64',
    subject: formSubj(ec), date: uk('2026-02-25 14:00:00'),
    html: shell({ seed: 'ebg4', lang: 'en', brand: 'plain',
      body: P('Hi Emma, following up on your note about Credly:') + kv([['Badges moved', '3 (CLF, SAA, DVA)'], ['Now on', E.keep]]) + P('They may take an hour to appear.') }),
    probe: 'Badges moved', note: 'badges moved, stated in a table',
  }),
  N({
    kind: 'badges_transferred', from: CREDLY, to: dt, enc: 'utf8b64',
    subject: 'Claim your AWS Certified Cloud Practitioner badge', date: us('2026-05-10 07:40:00'),
    html: shell({ seed: 'ebg5', lang: 'en', brand: 'credly', dark: true, preheader: 'Amazon Web Services Training and Certification issued you a badge',
      body: `<table role="presentation" width="100%"><tr><td width="120"><img src="https://images.credly.com/size/220x220/images/clf/image.png" alt="AWS Certified Cloud Practitioner" width="110"></td><td class="txt" style="font-size:14px">Issued by Amazon Web Services Training and Certification<br>to ${esc(D.keep)}</td></tr></table>`,
      button: ['Accept badge', trk('email.credly.com', 'ebg5b')], unsub: true }),
    probe: 'Issued by Amazon Web Services', note: 'Credly badge mail whose meaning is in an image alt, a table cell and a button',
  }),
  N({
    kind: 'badges_transferred', caseId: ec, from: FORM, to: et, enc: 'utf8qp',
    subject: formSubj(ec), date: uk('2026-02-25 09:30:00'),
    text: `Hi Emma,\n\nWe're checking with Credly about your badges.`,
    html: shell({ seed: 'ebg6', lang: 'en', brand: 'plain',
      body: P(`Hi Emma,

Credly has now linked the badges from your old profile to ${E.keep}. You should see them on your dashboard.`) }),
    probe: 'Credly has now linked the badges', note: 'HTML says the badges moved; plain part is the older "checking" text',
  }),

  // ---------------- case_closed ----------------
  N({
    kind: 'case_closed', caseId: ec, from: NOREPLY, to: et, enc: 'utf8qp',
    subject: `Case ${ec} resolved`, date: uk('2026-02-27 00:00:00'),
    html: shell({ seed: 'ecl1', lang: 'en', brand: 'support', heading: 'Your case has been resolved',
      body: P(`Case ${ec} was marked resolved. If you need more help, you can reopen it within 14 days.`), button: ['Reopen case', caseUrl(ec)] }),
    probe: 'was marked resolved', note: 'resolved notice with reopen button',
  }),
  N({
    kind: 'case_closed', caseId: dc, from: FORM, to: dt, enc: 'ascii7',
    subject: formSubj(dc), date: us('2026-05-12 09:00:00'),
    html: shell({ seed: 'ecl2', lang: 'en', brand: 'plain',
      body: P(`Hi Diego,

We haven't heard back since our last message. If there's nothing else, this case will close automatically in 72 hours.`) }),
    probe: 'close automatically in 72 hours', note: 'auto-close reminder',
  }),
  N({
    kind: 'case_closed', trap: true, caseId: ec, from: FORM, to: et, enc: 'utf8b64',
    subject: formSubj(ec), date: uk('2026-03-02 10:00:00'),
    html: shell({ seed: 'ecl3', lang: 'en', brand: 'plain',
      body: P('Hi Emma,\n\nAs your accounts were merged and the badges moved last week, we\'re closing this case now. Thanks for choosing AWS.') }),
    probe: 'closing this case now', note: 'closing that restates an earlier merge and badge move',
  }),
  N({
    kind: 'case_closed', caseId: dc, trusted: false, auth: 'lookalikeServer', from: NOREPLY, to: dt, enc: 'utf8qp',
    subject: `Case ${dc} closed`, date: us('2026-05-13 01:00:00'),
    html: shell({ seed: 'ecl4', lang: 'en', brand: 'support',
      body: kv([['Case', dc], ['Status', 'Closed']]), button: ['View case', 'https://aws-case-view.example.net/'] }),
    probe: 'Closed', note: 'authserv-id is a look-alike of the receiving server: untrusted',
  }),
  N({
    kind: 'case_closed', caseId: ec, from: NOREPLY, to: et, enc: 'utf8b64',
    subject: `AWS Support case ${ec}`, date: uk('2026-03-02 10:05:00'),
    text: `Case ${ec} has a new update.`,
    html: shell({ seed: 'ecl5', lang: 'en', brand: 'support', dark: true,
      body: kv([['Case ID', ec], ['Status', 'Resolved'], ['Resolved by', 'AWS Support']]) + P('How did we do?') + `<p>${[1, 2, 3, 4, 5].map((n) => `<a href="${trk('support.aws.com', 'ecl5s' + n)}" style="color:#ff9900;text-decoration:none;font-size:22px">&#9733;</a>`).join('')}</p>` }),
    probe: 'Resolved by', note: 'resolved status in a table cell; plain part only says there is an update',
  }),
  N({
    kind: 'case_closed', caseId: dc, from: FORM, to: dt, enc: 'utf8qp',
    subject: formSubj(dc), date: us('2026-05-15 12:00:00'),
    html: shell({ seed: 'ecl6', lang: 'en', brand: 'plain',
      body: P('Hello Diego,\n\nAs we have not received a response, we are closing this case. Replying to this email will reopen it.') }),
    probe: 'we are closing this case', note: 'closed for no response',
  }),

  // ---------------- support_reply ----------------
  N({
    kind: 'support_reply', trap: true, caseId: ec, from: FORM, to: et, enc: 'utf8qp',
    subject: formSubj(ec), date: uk('2026-02-21 13:00:00'),
    html: shell({ seed: 'esr1', lang: 'en', brand: 'plain',
      body: P('Hi Emma,\n\nThank you for confirming. I\'ve handed the merge to our back-office team; you\'ll hear from us when it\'s done.') }),
    probe: 'handed the merge', note: 'thanks-for-confirming hand-off',
  }),
  N({
    kind: 'support_reply', trap: true, caseId: dc, from: FORM, to: dt, enc: 'ascii7',
    subject: formSubj(dc), date: us('2026-05-08 10:00:00'),
    html: shell({ seed: 'esr2', lang: 'en', brand: 'plain',
      body: P('Hi Diego,\n\nQuick status: the merge has not been completed yet, it is still in the queue. No action needed from you.') }),
    probe: 'has not been completed yet', note: 'negated completion: status only',
  }),
  N({
    kind: 'support_reply', trap: true, caseId: ec, from: FORM, to: et, enc: 'utf8b64',
    subject: formSubj(ec), date: uk('2026-02-16 15:00:00'),
    html: shell({ seed: 'esr3', lang: 'en', brand: 'plain',
      body: P(`Hi Emma,

You opened 1784022977 as well for the same request, so we merged the two cases into this one. Please reply here from now on.`) }),
    probe: 'merged the two cases', note: 'merged duplicate cases, not accounts',
  }),
  N({
    kind: 'support_reply', trap: true, caseId: dc, from: FORM, to: dt, enc: 'utf8qp',
    subject: formSubj(dc), date: us('2026-05-05 12:00:00'),
    html: shell({ seed: 'esr4', lang: 'en', brand: 'plain',
      body: P(`Hi Diego,

Unfortunately we are unable to merge these right now: the university profile has an exam booked for next week. Once that appointment has passed, reply here and we'll pick it up again.`) }),
    probe: 'unable to merge', note: 'unable to merge: a status reply',
  }),
  N({
    kind: 'support_reply', caseId: ec, from: FORM, to: et, enc: 'utf8qp',
    subject: formSubj(ec), date: uk('2026-02-19 09:00:00'),
    html: outlookReply('en', P('Hi Emma,\n\nI\'ve escalated this to the certification operations team, as the two profiles carry different names. I\'ll update you as soon as they respond.\n\nRavi'), { from: 'Emma Walsh <emma.walsh@example.co.uk>', sent: 'Wednesday, February 18, 2026 6:40 PM', to: 'aws-cs-trainingcertification-form@amazon.com', subject: formSubj(ec) }, P('Any news?')),
    probe: 'escalated this', note: 'escalation note written in an Outlook HTML client',
  }),
  N({
    kind: 'support_reply', trap: true, caseId: dc, from: FORM, to: dt, enc: 'utf8b64',
    subject: formSubj(dc), date: us('2026-05-10 15:00:00'),
    html: shell({ seed: 'esr6', lang: 'en', brand: 'plain',
      body: P('Hi Diego,\n\nThanks for flagging the missing badges. I\'ve raised it with the Credly integration team and will come back to you once they have moved them.') }),
    probe: 'raised it with the Credly integration team', note: 'badges not yet moved (future): status reply',
  }),
  N({
    kind: 'support_reply', trap: true, caseId: ec, from: FORM, to: et, enc: 'utf8qp',
    subject: formSubj(ec), date: uk('2026-02-17 08:00:00'),
    html: shell({ seed: 'esr7', lang: 'en', brand: 'plain',
      body: P(`Hi Emma,

So that we can verify you, please write to us again from the email address of the account you intend to keep. We'll continue from there.`) }),
    probe: 'write to us again', note: '"write from the address you keep" without asking for data',
  }),

  // ---------------- unrelated ----------------
  N({
    kind: 'unrelated', trap: true, from: TC_NEWS, to: et, enc: 'utf8qp',
    subject: 'Your exam appointment is confirmed', date: uk('2026-01-10 10:00:00'),
    html: shell({ seed: 'eun1', lang: 'en', brand: 'tc', preheader: 'See you on exam day',
      body: kv([['Exam', 'AWS Certified Developer - Associate'], ['Date', '14 Feb 2026, 09:00'], ['Location', 'Online proctored']]) + P('Bring a valid ID.'), button: ['Manage appointment', trk('click.mail.aws.training', 'eun1b')], unsub: true }),
    probe: 'Bring a valid ID', note: 'exam booking confirmation',
  }),
  N({
    kind: 'unrelated', trap: true, from: 'HashiCorp via Credly <admin@credly.com>', to: dt, enc: 'utf8qp',
    subject: 'HashiCorp sent you a new badge', date: us('2026-04-01 10:00:00'),
    html: shell({ seed: 'eun2', lang: 'en', brand: 'credly',
      body: `<img src="https://images.credly.com/size/340x340/images/tfa/image.png" alt="HashiCorp Certified: Terraform Associate" width="150">` + P('HashiCorp has issued you a badge.'), button: ['Accept your badge', trk('email.credly.com', 'eun2b')], unsub: true }),
    probe: 'HashiCorp has issued you', note: 'another issuer\'s badge',
  }),
  N({
    kind: 'unrelated', trap: true, from: CREDLY_SELF, to: et, enc: 'utf8b64',
    subject: 'Confirm your Credly account merge', date: uk('2026-02-24 18:00:00'),
    html: shell({ seed: 'eun3', lang: 'en', brand: 'credly',
      body: P('Use this code to complete merging your Credly accounts:') + '<p style="font-size:28px;font-weight:bold;letter-spacing:5px">553 908</p>' }),
    probe: '553 908', note: 'Credly\'s own account-merge code',
  }),
  N({
    kind: 'unrelated', trap: true, caseId: ec, from: 'AWS Support <aws-support-survey@amazon.com>', to: et, enc: 'utf8qp',
    subject: 'Was your issue resolved?', date: uk('2026-03-03 10:00:00'),
    html: shell({ seed: 'eun4', lang: 'en', brand: 'support',
      body: P(`Tell us about your recent case ${ec}. It takes one minute.`), button: ['Take the survey', trk('survey.example-survey.com', 'eun4b')], unsub: true }),
    probe: 'Take the survey', note: 'survey: unrelated',
  }),
  N({
    kind: 'unrelated', trap: true, caseId: CASE.emmaOther, from: FORM, to: et, enc: 'utf8qp',
    subject: `RE:[CASE ${CASE.emmaOther}] [AWS Training and Certification Form Submission] - voucher-refund`, date: uk('2026-03-05 11:00:00'),
    html: shell({ seed: 'eun5', lang: 'en', brand: 'plain',
      body: P('Hi Emma,\n\nYour voucher refund has been completed and should reach your card within 5-7 business days. We will close this request.') }),
    probe: 'voucher refund', note: 'another case about a refund: unrelated',
  }),
  N({
    kind: 'unrelated', trap: true, trusted: false, auth: 'none', caseId: dc, from: dt, to: 'aws-cs-trainingcertification-form@amazon.com', cc: dt, enc: 'utf8qp', relay: 'mail-oi1-f170.google.com',
    subject: `Re: ${formSubj(dc)}`, date: us('2026-05-07 18:02:00'),
    html: gmailReply(diegoYes, 'On Thu, May 7, 2026 at 1:20 PM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:', P(`We can now fold ${D.srcId} into ${D.keepId}.`)),
    probe: 'please go ahead and merge them', note: 'the user\'s own consent reply (cc to self): unrelated',
  }),
  N({
    kind: 'merge_completed', forUser: false, caseId: ec, from: FORM, to: et, enc: 'utf8qp',
    resent: { from: 'Emma Walsh <emma.walsh@example.co.uk>', to: 'Team Certs <certs-team@contoso-new.example>', date: uk('2026-02-23 13:00:00') },
    subject: formSubj(ec), date: uk('2026-02-23 12:12:00'),
    html: shell({ seed: 'eun7', lang: 'en', brand: 'plain',
      body: P('Hi Emma,\n\nGood news: your two profiles are now one.') }),
    probe: 'profiles are now one', note: 'a completion the user redirected (Resent-*) to a team list: kind follows the content, not for the user',
  }),
  N({
    kind: 'unrelated', trap: true, trusted: false, caseId: dc, from: 'Lucia Fernandez <lucia.fernandez@univ.example.edu>', to: D.src, rcpt: D.src, enc: 'utf8qp', auth: 'none',
    subject: 'Automatic reply: ' + formSubj(dc), extra: ['Auto-Submitted: auto-replied', 'X-MS-Exchange-Inbox-Rules-Loop: lucia.fernandez@univ.example.edu'], date: us('2026-05-07 13:21:00'),
    html: '<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">I am away until May 18 with limited email. For merge or confirmation requests about the lab accounts please contact it-help@univ.example.edu.</div></body></html>',
    probe: 'I am away until May 18', note: 'out-of-office from someone else at the old university',
  }),
  N({
    kind: 'unrelated', trap: true, from: TC_NEWS, to: dt, enc: 'utf8b64',
    subject: 'Complete your profile and earn a free practice exam', date: us('2026-04-15 09:00:00'),
    html: shell({ seed: 'eun9', lang: 'en', brand: 'skill', dark: true, preheader: 'Your benefits are waiting',
      body: P('Confirm your details and complete your learner profile this month to unlock a free official practice question set.'), button: ['Complete profile', trk('click.mail.aws.training', 'eun9b')], unsub: true }),
    probe: 'free official practice', note: 'marketing with confirm/complete words',
  }),
  // ---------------- added shapes ----------------
  N({
    kind: 'unrelated', trap: true, trusted: false, auth: 'none', caseId: ec, from: 'Tom Becker <tom.becker@contoso-new.example>', to: et, enc: 'utf8qp', relay: 'mail.contoso-new.example',
    subject: `FW: ${formSubj(ec)}`, date: uk('2026-02-17 16:00:00'),
    html: outlookReply('en', P('Emma - this landed in the shared inbox, looks like they need your details. FYI.\nTom'), { from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>', sent: 'Tuesday, February 17, 2026 2:31 PM', to: 'certs-team@contoso-new.example', subject: formSubj(ec) }, P('could you fill in the blanks below and send it back?')),
    probe: 'landed in the shared inbox', note: 'a colleague forwards support\'s request: the new text is his note, unrelated and untrusted',
  }),
  N({
    kind: 'confirmation_request', from: CERT_PORTAL, to: dt, enc: 'utf8b64',
    subject: 'Action needed: account merge request', date: us('2026-05-07 13:25:00'),
    html: shell({ seed: 'ex2', lang: 'en', brand: 'portal', preheader: 'Review the request',
      body: P(`A request was made to merge ${D.src} into ${D.keep}.`) + button('Approve merge (cannot be undone)', trk('click.mail.aws.training', 'ex2a'), '#1d8102') + button('This wasn\'t me', trk('click.mail.aws.training', 'ex2n'), '#d13212') }),
    probe: 'Approve merge', note: 'portal consent request whose ask is only in the button labels',
  }),
  N({
    kind: 'unrelated', trap: true, from: CERT_PORTAL, to: et, enc: 'ascii7',
    subject: 'Your certification benefits have moved', date: uk('2026-01-25 09:00:00'),
    html: shell({ seed: 'ex3', lang: 'en', brand: 'portal', unsub: true,
      body: P('Your exam discount vouchers and digital badge settings have moved to the new Benefits page in your certification account. Nothing changes for you.'), button: ['See my benefits', trk('click.mail.aws.training', 'ex3b')] }),
    probe: 'new Benefits page', note: 'site change notice using moved/badge words: unrelated',
  }),
  N({
    kind: 'info_request', caseId: ec, from: FORM, to: 'undisclosed-recipients:;', rcpt: E.src, deliveredTo: null, extra: [`X-Original-To: ${E.src}`], enc: 'utf8qp',
    subject: formSubj(ec), date: uk('2026-02-18 09:45:00'),
    html: shell({ seed: 'ex4', lang: 'en', brand: 'plain',
      body: P('Hello,\n\nWe are writing to the address on the older profile as well. If this is yours, reply with the candidate ID shown in that profile so we can link it.') }),
    probe: 'reply with the candidate ID', note: 'info request reaching the old address; user only in X-Original-To',
  }),
];
