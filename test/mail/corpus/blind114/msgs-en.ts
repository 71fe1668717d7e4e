// Set di (letters), English messages: formal letters ("Dear Sir or Madam", "We write further to…",
// "Yours faithfully"), and letter-like mail from senders outside the case that borrows the same courtesies.
import type { Msg } from './lib.js';
import { BEL, C, CREDLY_AWS, GRA, HOL, NOREPLY, SUPPORT_ADDR, caseSubj, gmailEn, mk, olEn, q, sfq, threadRef, toHtml } from './common.js';

const HOL_REQ = `Dear Sir or Madam,
I hold two AWS Certification accounts, one opened under my former employer's address (${HOL.src}, ${HOL.srcId}) and one under my personal address (${HOL.keep}, ${HOL.keepId}). I should be grateful if they could be combined, retaining the latter.
Yours faithfully,
Edward Hollis`;
const GRA_REQ = `To whom it may concern,
My first exam was booked through my college e-mail (${GRA.src}); later ones through ${GRA.keep}. Kindly combine the two records under the personal one.
With thanks,
Fiona Grant`;

export const EN: Msg[] = [
  // ───────────── acknowledgement (6)
  mk({
    s: 'ack-en-formal', k: 'acknowledgement', l: 'en', from: NOREPLY, to: HOL.keep, enc: 'ascii7', id: C.hol, d: '2026-11-09 08:12:40',
    subj: `Your case ${C.hol} has been received`,
    note: 'formal automatic receipt with the case ID',
    text: `Dear Mr Hollis,

Thank you for contacting Amazon Web Services. We are writing to let you know that your enquiry reached us safely and has been logged under case ${C.hol}.

A member of our team will respond to this address, normally within one business day. We would kindly ask that you do not open a further case on the same matter, as doing so tends to delay our reply.

We remain at your service.

Yours sincerely,
Amazon Web Services
This mailbox is not monitored.`,
  }),
  mk({
    s: 'ack-en-forged-co', k: 'acknowledgement', l: 'en', from: 'AWS Support <cases@amazon-support.co>', to: GRA.keep, enc: 'ascii7', id: C.graOther, d: '2026-11-10 12:00:00',
    subj: `Case ${C.graOther} received - action may be needed`,
    note: 'receipt from the look-alike amazon-support.co: untrusted',
    text: `Dear Customer,

We acknowledge receipt of your request, reference ${C.graOther}. To avoid suspension, please verify your identity at http://amazon-support.co/verify within 24 hours.

Yours faithfully,
AWS Support`,
  }),
  mk({
    s: 'ack-en-html', k: 'acknowledgement', l: 'en', from: NOREPLY, to: GRA.keep, enc: 'utf8qp', id: C.gra, d: '2026-11-10 14:31:08',
    subj: 'We have received your enquiry',
    note: 'HTML-only receipt, case ID only in the body',
    html: `<html><body style="font-family:Arial">
<p>Dear Ms Grant,</p>
<p>We write to confirm safe receipt of your message to AWS Training and Certification. Your reference is <b>${C.gra}</b>.</p>
<p>An adviser will be in touch in due course; there is no need to write again in the meantime.</p>
<p>With kind regards,<br>Amazon Web Services</p>
</body></html>`,
  }),
  mk({
    s: 'ack-en-once-merged', k: 'acknowledgement', l: 'en', trap: true, to: BEL.keep, enc: 'utf8b64', id: C.bel, d: '2026-11-17 06:40:10',
    subj: `[CASE ${C.bel}] Receipt of your request`,
    note: 'receipt that mentions what happens once the merge is done: future merge words in an acknowledgement',
    text: `Dear Mr Bello,

Thank you most kindly for your message. We write simply to acknowledge receipt of it; your case number is ${C.bel}.

Once the specialist team has reviewed your request and merged the accounts, you will hear from us at this address. Until then, no further action is needed on your part.

We thank you for your patience and remain,

Yours sincerely,
AWS Training and Certification Customer Service`,
  }),
  mk({
    s: 'ack-en-shape', k: 'acknowledgement', l: 'en', from: NOREPLY, to: BEL.keep, enc: 'ascii7', id: C.bel, d: '2026-11-17 06:39:55', crlf: false,
    subj: `AWS Support: case ${C.bel} created`,
    note: 'short receipt by shape (case created, reply expected), no topic; LF line ends',
    text: `Dear Sir or Madam,

Case ${C.bel} has been created on your behalf.

Expected first response: within 24 hours.

Yours faithfully,
Amazon Web Services Support`,
  }),
  mk({
    s: 'ack-en-multipart', k: 'acknowledgement', l: 'en', from: NOREPLY, to: HOL.keep, enc: 'utf8b64', id: C.hol, d: '2026-11-09 08:13:02',
    subj: `Thank you for contacting AWS Training and Certification (case ${C.hol})`,
    note: 'receipt as multipart/alternative',
    text: `Dear Edward Hollis,

We are in receipt of your enquiry and have opened case ${C.hol} for it.

Please reply to this e-mail, leaving the subject unchanged, should you wish to add anything.

Yours sincerely,
AWS Training and Certification`,
    html: toHtml(`Dear Edward Hollis,

We are in receipt of your enquiry and have opened case ${C.hol} for it.

Please reply to this e-mail, leaving the subject unchanged, should you wish to add anything.

Yours sincerely,
AWS Training and Certification`),
  }),

  // ───────────── ai_answer (6)
  mk({
    s: 'ai-en-tool', k: 'ai_answer', l: 'en', from: NOREPLY, to: HOL.keep, enc: 'ascii7', id: null, d: '2026-11-09 08:05:19',
    subj: 'A suggested answer to your question',
    note: 'AI-generated suggestion: try the Merge Accounts tool',
    text: `Dear Sir or Madam,

The following answer was produced automatically by an AI assistant and may contain errors.

Holders of two certification accounts may be able to combine them without contacting us: sign in to the AWS Certification account, open Profile, and select Merge Accounts.

Should that not resolve the matter, you may create a case and an adviser will assist.

Yours faithfully,
AWS (automated response)`,
  }),
  mk({
    s: 'ai-en-after', k: 'ai_answer', l: 'en', trap: true, from: NOREPLY, to: GRA.keep, enc: 'utf8qp', id: null, d: '2026-11-10 14:20:00',
    subj: 'Generated guidance: certification accounts',
    note: 'AI answer explaining that after a merge the badges and benefits appear on one account; still ai_answer',
    text: `Dear Ms Grant,

This guidance was generated by AI.

When two accounts are merged, the certifications, exam history and benefits of the source account appear under the account you keep, and Credly badges can then be claimed from it. You can start this yourself with the Merge Accounts option in your certification profile; where both accounts carry certification history, the tool will direct you to support instead.

We trust this is of assistance.

Yours sincerely,
Amazon Web Services`,
  }),
  mk({
    s: 'ai-en-dkimonly', k: 'ai_answer', l: 'en', auth: 'dkimonly', from: NOREPLY, to: BEL.keep, enc: 'ascii7', id: null, d: '2026-11-17 06:30:12',
    subj: 'Automated reply: merging certification profiles',
    note: 'AI answer authenticated by aligned DKIM only: trusted',
    text: `Dear Mr Bello,

Our virtual assistant suggests the following: the self-service Merge Accounts page on the certification portal lets you join a second profile to the one you are signed in to.

If this does not help, please select "Create case" and we shall be pleased to look into it.

Yours sincerely,
AWS Training and Certification (automated)`,
  }),
  mk({
    s: 'ai-en-html', k: 'ai_answer', l: 'en', from: NOREPLY, to: HOL.keep, enc: 'utf8b64', id: null, d: '2026-11-20 09:00:00',
    subj: 'Did this answer your question?',
    note: 'HTML-only automated answer pointing at the Merge Accounts tool',
    html: `<html><body>
<p>Dear Customer,</p>
<p>Based on your description, an automated assistant recommends using <b>Merge Accounts</b> in the AWS Certification portal (Profile &gt; Merge Accounts) to bring a duplicate profile together with your main one.</p>
<p>Was this answer helpful? If not, you may still create a case.</p>
<p>Yours faithfully,<br>Amazon Web Services</p>
</body></html>`,
  }),
  mk({
    s: 'ai-en-multipart', k: 'ai_answer', l: 'en', from: NOREPLY, to: GRA.keep, enc: 'utf8qp', id: null, d: '2026-11-24 17:45:00',
    subj: 'Answer from Amazon Q',
    note: 'AI answer as multipart, no case yet',
    text: `Dear Ms Grant,

Amazon Q has prepared this reply, which may not be complete.

If you have two certification accounts, please try the Merge Accounts feature first; you will need the sign-in details of both.

Kind regards,
AWS`,
    html: toHtml(`Dear Ms Grant,

Amazon Q has prepared this reply, which may not be complete.

If you have two certification accounts, please try the Merge Accounts feature first; you will need the sign-in details of both.

Kind regards,
AWS`),
  }),
  mk({
    s: 'ai-en-short', k: 'ai_answer', l: 'en', from: NOREPLY, to: BEL.keep, enc: 'ascii7', id: null, d: '2026-12-02 07:10:00',
    subj: 'Suggested solution (AI generated)',
    note: 'brief AI suggestion in letter form',
    text: `Dear Sir,

An automated suggestion: the Merge Accounts tool in your certification profile may settle this without a case.

Yours faithfully,
AWS Support (AI)`,
  }),

  // ───────────── info_request (7)
  mk({
    s: 'info-en-further', k: 'info_request', l: 'en', to: HOL.keep, enc: 'ascii7', id: C.hol, d: '2026-11-10 10:15:00',
    subj: caseSubj(C.hol),
    note: '"We write further to your enquiry" and ask for both candidate IDs and the account to retain',
    text: `Dear Mr Hollis,

We write further to your enquiry of 9 November, and thank you for your patience.

Before we are able to proceed, we should be grateful if you would let us have the candidate ID and the sign-in e-mail address of each account, together with an indication of which account you wish to retain.

We apologise for any inconvenience and look forward to hearing from you.

Yours sincerely,
Margaret
AWS Training and Certification Customer Service
${threadRef('7Hb20Qa')}

${sfq(HOL.keep, '11/9/2026 8:12 AM', 'AWS Training and Certification Form Submission', HOL_REQ)}`,
  }),
  mk({
    s: 'info-en-confirm-trap', k: 'info_request', l: 'en', trap: true, to: GRA.keep, enc: 'utf8qp', id: C.gra, d: '2026-11-11 15:20:00',
    subj: caseSubj(C.gra),
    note: 'worded "kindly confirm the address you wish to retain": asks for information',
    text: `Dear Ms Grant,

Thank you for your letter. Might we trouble you to kindly confirm the e-mail address you wish to retain after the accounts are combined? Your two messages appear to name different ones.

Yours sincerely,
Daniel
AWS Training and Certification

${gmailEn('2026-11-10 14:05', `Fiona Grant <${GRA.keep}>`)}
${q(GRA_REQ)}`,
  }),
  mk({
    s: 'info-en-fail', k: 'info_request', l: 'en', auth: 'fail', to: BEL.keep, enc: 'ascii7', id: C.bel, d: '2026-11-18 09:00:00',
    subj: caseSubj(C.bel),
    note: 'information request with dmarc=fail on top: untrusted',
    text: `Dear Mr Bello,

In order to proceed we require the password of your former account and a copy of your passport. Please reply at your earliest convenience.

Yours faithfully,
AWS Training and Certification`,
  }),
  mk({
    s: 'info-en-outlook', k: 'info_request', l: 'en', to: BEL.keep, enc: 'utf8b64', id: C.bel, d: '2026-11-18 11:30:00',
    subj: caseSubj(C.bel),
    note: 'asks for the certification notification e-mail and pass dates, above an Outlook quote',
    text: `Dear Mr Bello,

We are obliged to you for the details you supplied. So that we may match the records correctly, would you be good enough to send us the certification notification address of your former account and the dates on which you passed the exams held there?

With apologies for the further request, and with thanks in advance,

Yours sincerely,
Priyanka
AWS Training and Certification

${olEn(`Olusegun Bello <${BEL.keep}>`, 'Tuesday, November 17, 2026 7:02 AM', SUPPORT_ADDR, caseSubj(C.bel), `Dear Sirs,
My old account was created with ${BEL.src}. The candidate ID there is ${BEL.srcId}.
Regards,
O. Bello`)}`,
  }),
  mk({
    s: 'info-en-keep-ids', k: 'info_request', l: 'en', to: HOL.src, cc: HOL.keep, enc: 'ascii7', id: C.hol, d: '2026-11-11 09:10:00',
    subj: caseSubj(C.hol),
    note: 'write from the kept address and include both candidate IDs: asks for data, so info_request',
    text: `Dear Mr Hollis,

We note that your last message was sent from your former employer's address. We should be grateful if you would write to us instead from the address of the account you intend to keep, quoting both candidate IDs in your message.

Yours faithfully,
Margaret
AWS Training and Certification`,
  }),
  mk({
    s: 'info-en-html', k: 'info_request', l: 'en', to: GRA.keep, enc: 'utf8b64', id: C.gra, d: '2026-11-12 10:00:00',
    subj: caseSubj(C.gra),
    note: 'HTML-only: asks for the college account\'s candidate ID, no request word',
    html: `<html><body>
<p>Dear Ms Grant,</p>
<p>Further to our earlier correspondence, we have not been able to locate an account under the college address you gave. The candidate ID shown on your first score report would allow us to find it.</p>
<p>We look forward to your reply.</p>
<p>Yours sincerely,<br>Daniel<br>AWS Training and Certification</p>
</body></html>`,
  }),
  mk({
    s: 'info-en-typo', k: 'info_request', l: 'en', to: HOL.keep, enc: 'ascii7', id: C.hol, d: '2026-11-13 16:40:00',
    subj: caseSubj(C.hol),
    note: 'asks for the company name on the old account; typos (recieved, wich)',
    text: `Dear Mr Hollis,

Many thanks for the information recieved yesterday. One detail remains: could you tell us the company name wich appears on the account ${HOL.srcId}? We need it to verify ownership.

Yours sincerely,
Margaret`,
  }),

  // ───────────── confirmation_request (7)
  mk({
    s: 'conf-en-formal', k: 'confirmation_request', l: 'en', to: HOL.keep, enc: 'ascii7', id: C.hol, d: '2026-11-14 10:00:00',
    subj: caseSubj(C.hol),
    note: 'asks for written consent to merge; warns it cannot be reversed',
    text: `Dear Mr Hollis,

We write further to your letter of 13 November and thank you for the details provided.

We are now in a position to combine account ${HOL.srcId} into ${HOL.keepId}. As the merge cannot be reversed once carried out, we should be obliged if you would confirm, by reply to this e-mail, that you wish us to proceed.

We look forward to hearing from you.

Yours sincerely,
Margaret
AWS Training and Certification Customer Service`,
  }),
  mk({
    s: 'conf-en-failforged', k: 'confirmation_request', l: 'en', auth: 'failThenForged', to: GRA.keep, enc: 'ascii7', id: C.gra, d: '2026-11-13 09:00:00',
    subj: caseSubj(C.gra),
    note: 'consent request: topmost A-R says fail, a planted pass sits lower: untrusted',
    text: `Dear Ms Grant,

Please confirm that you agree to the merge of your accounts by signing in at the link below.
http://aws-cert-merge.example.net/consent

Yours faithfully,
AWS`,
  }),
  mk({
    s: 'conf-en-agree', k: 'confirmation_request', l: 'en', to: GRA.keep, enc: 'utf8qp', id: C.gra, d: '2026-11-13 12:30:00',
    subj: caseSubj(C.gra),
    note: 'consent requested without the word confirm: "reply to say you agree"',
    text: `Dear Ms Grant,

Thank you for your patience while we located your college account.

The two records are ready to be joined under ${GRA.keep}. Since this step is permanent, we would ask you to reply to say that you agree before we go ahead.

With kind regards, and our thanks once more,

Yours sincerely,
Daniel
AWS Training and Certification

${gmailEn('2026-11-12 19:44', `Fiona Grant <${GRA.keep}>`)}
${q(`Dear Daniel,
The candidate ID on my first score report is ${GRA.srcId}.
Best wishes,
Fiona

Sent from my iPhone`)}`,
  }),
  mk({
    s: 'conf-en-html', k: 'confirmation_request', l: 'en', to: BEL.keep, enc: 'utf8b64', id: C.bel, d: '2026-11-19 10:20:00',
    subj: caseSubj(C.bel),
    note: 'HTML-only consent request listing source and target',
    html: `<html><body>
<p>Dear Mr Bello,</p>
<p>We thank you for the information supplied. We propose to merge the accounts as follows:</p>
<ul><li>Source: ${BEL.srcId} (${BEL.src})</li><li>Target: ${BEL.keepId} (${BEL.keep})</li></ul>
<p>Kindly let us know by return whether you consent. Please note that a merge cannot be undone.</p>
<p>Yours sincerely,<br>Priyanka<br>AWS Training and Certification</p>
</body></html>`,
  }),
  mk({
    s: 'conf-en-team-cc', k: 'confirmation_request', l: 'en', to: HOL.keep, cc: 'it-licences@firm.example.com', enc: 'ascii7', id: C.hol, d: '2026-11-16 09:00:00',
    subj: caseSubj(C.hol),
    note: 'reminder asking for consent again, copied to the firm\'s licensing list',
    text: `Dear Mr Hollis,

We refer to our letter of 14 November, to which we have not yet had a reply.

May we proceed with the merge of your two accounts? It is irreversible, and we shall act only on your express agreement by return e-mail.

Yours sincerely,
Margaret`,
  }),
  mk({
    s: 'conf-en-multipart', k: 'confirmation_request', l: 'en', to: BEL.keep, enc: 'utf8qp', id: C.bel, d: '2026-11-20 08:00:00',
    subj: caseSubj(C.bel),
    note: 'multipart consent request in formal style',
    text: `Dear Sir,

Before the merge is performed, we must have your confirmation that you wish the account ${BEL.srcId} to be absorbed into ${BEL.keepId}; the change is permanent.

Yours faithfully,
AWS Training and Certification`,
    html: toHtml(`Dear Sir,

Before the merge is performed, we must have your confirmation that you wish the account ${BEL.srcId} to be absorbed into ${BEL.keepId}; the change is permanent.

Yours faithfully,
AWS Training and Certification`),
  }),
  mk({
    s: 'conf-en-bottom', k: 'confirmation_request', l: 'en', to: GRA.keep, enc: 'ascii7', id: C.gra, d: '2026-11-14 08:00:00',
    subj: caseSubj(C.gra),
    note: 'bottom-posted consent request below the quoted message',
    text: `> Dear Daniel,
> The candidate ID on my first score report is ${GRA.srcId}.
> Fiona

Dear Ms Grant,

Thank you. Do you give your consent for the college record to be folded into your personal account? We cannot separate them afterwards.

Yours sincerely,
Daniel`,
  }),

  // ───────────── merge_completed (7)
  mk({
    s: 'merge-en-pleased', k: 'merge_completed', l: 'en', to: HOL.keep, enc: 'ascii7', id: C.hol, d: '2026-11-17 14:00:00',
    subj: caseSubj(C.hol),
    note: 'we are pleased to inform you the accounts have been merged',
    text: `Dear Mr Hollis,

We write further to your e-mail of 16 November, and thank you for your confirmation.

We are pleased to inform you that account ${HOL.srcId} has now been merged into ${HOL.keepId}.

Should anything appear amiss when you next sign in, please do not hesitate to write to us.

Yours sincerely,
Margaret
AWS Training and Certification Customer Service`,
  }),
  mk({
    s: 'merge-en-freemail', k: 'merge_completed', l: 'en', auth: 'none', from: 'AWS Training and Certification <aws.cert.support@gmail.com>', to: GRA.keep, enc: 'ascii7', id: C.gra, d: '2026-11-15 11:00:00',
    subj: caseSubj(C.gra),
    note: 'trusted display name on a free-mail address, no Authentication-Results: untrusted',
    text: `Dear Ms Grant,

Your accounts have been merged. Please pay the processing fee at the link below to keep your certifications active.

Yours faithfully,
AWS`,
  }),
  mk({
    s: 'merge-en-portal', k: 'merge_completed', l: 'en', from: 'AWS Certification <no-reply@aws.training>', to: GRA.keep, enc: 'utf8b64', id: null, d: '2026-11-16 07:00:00',
    subj: 'Your AWS Certification accounts have been merged',
    note: 'certification portal notice of the merge; no case ID',
    html: `<html><body>
<p>Dear Fiona Grant,</p>
<p>This is to let you know that your AWS Certification account ${GRA.srcId} has been merged into account ${GRA.keepId}.</p>
<p>Your certifications, exam history and benefits are now available under the surviving account.</p>
<p>Yours sincerely,<br>AWS Certification</p>
</body></html>`,
  }),
  mk({
    s: 'merge-en-check', k: 'merge_completed', l: 'en', to: GRA.keep, enc: 'utf8qp', id: C.gra, d: '2026-11-16 06:50:00',
    subj: caseSubj(C.gra),
    note: 'completion notice that asks the user to check everything: stays merge_completed',
    text: `Dear Ms Grant,

Thank you for your consent of 14 November.

The college record now sits within your personal account, the merge having been carried out this morning. We would ask you kindly to check that all looks as it should.

With every good wish,
Yours sincerely,
Daniel`,
  }),
  mk({
    s: 'merge-en-close', k: 'merge_completed', l: 'en', to: BEL.keep, enc: 'ascii7', id: C.bel, d: '2026-11-21 12:00:00',
    subj: caseSubj(C.bel),
    note: 'merge done and the case to be closed: merge_completed',
    text: `Dear Mr Bello,

Further to your confirmation, we have combined your two certification accounts under ${BEL.keep}, and we shall now close this case.

It has been a pleasure to assist you.

Yours sincerely,
Priyanka
AWS Training and Certification`,
  }),
  mk({
    s: 'merge-en-outlook', k: 'merge_completed', l: 'en', to: HOL.keep, enc: 'utf8b64', id: C.hol, d: '2026-11-17 14:05:00',
    subj: caseSubj(C.hol),
    note: 'completion above an Outlook quote of the consent: "The merge has been completed"',
    text: `Dear Mr Hollis,

The merge has been completed; your exam history from the former account is now visible under ${HOL.keep}.

Yours sincerely,
Margaret

${olEn(`Edward Hollis <${HOL.keep}>`, 'Monday, November 16, 2026 6:30 PM', SUPPORT_ADDR, caseSubj(C.hol), `Dear Margaret,
I confirm that I wish the merge to proceed.
Yours sincerely,
Edward Hollis`)}`,
  }),
  mk({
    s: 'merge-en-id-body', k: 'merge_completed', l: 'en', to: BEL.keep, enc: 'ascii7', id: C.bel, d: '2026-11-21 12:10:00',
    subj: 'Your certification accounts',
    note: 'completion letter, case ID only in the body',
    text: `Dear Mr Bello,

Re: case ${C.bel}

We have now transferred the certifications held on ${BEL.srcId} to ${BEL.keepId}, and the former account has been retired; the two are thus one.

Yours faithfully,
AWS Training and Certification`,
  }),

  // ───────────── badges_transferred (6)
  mk({
    s: 'badge-en-credly', k: 'badges_transferred', l: 'en', from: CREDLY_AWS, to: HOL.keep, enc: 'utf8b64', id: null, d: '2026-11-18 05:00:00',
    subj: 'Amazon Web Services Training and Certification sent you a new badge',
    note: 'AWS badge via Credly to the kept account',
    html: `<html><body>
<p>Hi Edward,</p>
<p>Amazon Web Services Training and Certification has issued you the AWS Certified SysOps Administrator - Associate badge.</p>
<p><a href="https://www.credly.com/badges/accept">Accept your badge</a></p>
<p>Credly</p>
</body></html>`,
  }),
  mk({
    s: 'badge-en-support', k: 'badges_transferred', l: 'en', to: GRA.keep, enc: 'ascii7', id: C.gra, d: '2026-11-19 10:00:00',
    subj: caseSubj(C.gra),
    note: 'support says the Credly badges have been moved to the kept account',
    text: `Dear Ms Grant,

We write further to your note regarding your digital badges.

Our colleagues have now moved the Credly badges from the college profile to the one associated with ${GRA.keep}.

We hope this brings the matter to a satisfactory conclusion.

Yours sincerely,
Daniel`,
  }),
  mk({
    s: 'badge-en-credIy', k: 'badges_transferred', l: 'en', from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>', to: BEL.keep, enc: 'ascii7', id: null, d: '2026-11-22 05:00:00',
    subj: 'Accept your AWS badge',
    note: 'badge notice from credIy.com (capital I): look-alike, untrusted',
    text: `Dear Olusegun,

Amazon Web Services Training and Certification has issued you a badge.
Accept your badge: http://credIy.com/accept

Credly`,
  }),
  mk({
    s: 'badge-en-close', k: 'badges_transferred', l: 'en', to: BEL.keep, enc: 'utf8qp', id: C.bel, d: '2026-11-25 09:00:00',
    subj: caseSubj(C.bel),
    note: 'badges moved and the case closing: badges_transferred',
    text: `Dear Mr Bello,

Your two AWS badges are now on the Credly account tied to ${BEL.keep}; with that, we shall close this case.

It remains only for us to thank you for your courtesy throughout.

Yours sincerely,
Priyanka`,
  }),
  mk({
    s: 'badge-en-credly-multi', k: 'badges_transferred', l: 'en', from: CREDLY_AWS, to: GRA.keep, enc: 'utf8qp', id: null, d: '2026-11-17 05:30:00',
    subj: 'You have been awarded a badge by Amazon Web Services Training and Certification',
    note: 'AWS badge via Credly, multipart',
    text: `Fiona, congratulations!

Amazon Web Services Training and Certification has awarded you AWS Certified Developer - Associate.
Accept your badge: https://www.credly.com/earner/earned/badge/accept

Credly`,
    html: toHtml(`Fiona, congratulations!

Amazon Web Services Training and Certification has awarded you AWS Certified Developer - Associate.
Accept your badge: https://www.credly.com/earner/earned/badge/accept

Credly`),
  }),
  mk({
    s: 'badge-en-gmail', k: 'badges_transferred', l: 'en', to: HOL.keep, enc: 'ascii7', id: C.hol, d: '2026-11-19 15:00:00',
    subj: caseSubj(C.hol),
    note: 'support reply: the badges now show on the kept account; user\'s note quoted',
    text: `Dear Mr Hollis,

Thank you for drawing this to our attention. The badges that had remained on your former profile have been re-associated with your retained account and should now be visible on Credly.

Yours sincerely,
Margaret

${gmailEn('2026-11-18 20:14', `Edward Hollis <${HOL.keep}>`)}
${q(`Dear Margaret,
The merge looks fine, thank you, but my badges are still on the old profile.
Edward`)}`,
  }),

  // ───────────── case_closed (6)
  mk({
    s: 'close-en-resolved', k: 'case_closed', l: 'en', to: HOL.keep, enc: 'ascii7', id: C.hol, d: '2026-11-23 10:00:00',
    subj: caseSubj(C.hol),
    note: 'formal closing letter',
    text: `Dear Mr Hollis,

Since we have not heard further from you, we take it that the matter has been resolved and have accordingly closed this case.

Should you need us again, you have only to reply.

Yours sincerely,
Margaret`,
  }),
  mk({
    s: 'close-en-auto', k: 'case_closed', l: 'en', from: NOREPLY, to: BEL.keep, enc: 'ascii7', id: C.bel, d: '2026-11-24 09:00:00',
    subj: `Case ${C.bel}: awaiting your reply`,
    note: 'reminder: the case will close in 5 days without a reply',
    text: `Dear Sir or Madam,

Case ${C.bel} is awaiting your response. If we do not hear from you within 5 days, the case will be closed automatically.

Yours faithfully,
Amazon Web Services`,
  }),
  mk({
    s: 'close-en-restate-merge', k: 'case_closed', l: 'en', trap: true, to: GRA.keep, enc: 'utf8qp', id: C.gra, d: '2026-11-26 09:00:00',
    subj: caseSubj(C.gra),
    note: 'closing that restates last week\'s merge',
    text: `Dear Ms Grant,

As your accounts were merged last week and the badges have since followed, we are closing this case.

We wish you every success in your future examinations.

Yours sincerely,
Daniel`,
  }),
  mk({
    s: 'close-en-restate-badges', k: 'case_closed', l: 'en', trap: true, to: HOL.keep, enc: 'utf8b64', id: C.hol, d: '2026-11-24 11:00:00',
    subj: caseSubj(C.hol),
    note: 'closing that restates the badges were moved earlier',
    text: `Dear Mr Hollis,

We write to say that, the badges having been moved to your retained account on 19 November, there is nothing further outstanding; this case is now closed.

With our compliments,
Yours sincerely,
Margaret`,
  }),
  mk({
    s: 'close-en-html', k: 'case_closed', l: 'en', from: NOREPLY, to: GRA.keep, enc: 'utf8b64', id: C.gra, d: '2026-12-01 08:00:00',
    subj: `Your case ${C.gra} has been resolved`,
    note: 'HTML notification that the case is resolved',
    html: `<html><body>
<p>Dear Customer,</p>
<p>Your support case ${C.gra} has been marked as resolved and is now closed. You may reopen it within 14 days by replying.</p>
<p>Yours faithfully,<br>Amazon Web Services</p>
</body></html>`,
  }),
  mk({
    s: 'close-en-mobile', k: 'case_closed', l: 'en', to: BEL.keep, enc: 'ascii7', id: C.bel, d: '2026-11-27 13:00:00',
    subj: caseSubj(C.bel),
    note: 'short closing after the user says all is well',
    text: `Dear Mr Bello,

Glad to hear all is in order. We are closing the case now.

Kind regards,
Priyanka`,
  }),

  // ───────────── support_reply (6)
  mk({
    s: 'sr-en-thanks', k: 'support_reply', l: 'en', trap: true, to: HOL.keep, enc: 'ascii7', id: C.hol, d: '2026-11-16 19:00:00',
    subj: caseSubj(C.hol),
    note: 'thanks for confirming; passed to the team: support_reply',
    text: `Dear Mr Hollis,

Thank you for confirming. Your instruction has been passed to the accounts team, who will carry out the work; we shall write again when it is done.

Yours sincerely,
Margaret`,
  }),
  mk({
    s: 'sr-en-once', k: 'support_reply', l: 'en', trap: true, to: BEL.keep, enc: 'utf8qp', id: C.bel, d: '2026-11-20 15:00:00',
    subj: caseSubj(C.bel),
    note: 'future: once the merge has been completed we will notify you',
    text: `Dear Mr Bello,

We write to keep you informed: your request is with our specialists. Once the merge has been completed, we will notify you at this address.

Yours sincerely,
Priyanka`,
  }),
  mk({
    s: 'sr-en-unable', k: 'support_reply', l: 'en', trap: true, to: GRA.keep, enc: 'ascii7', id: C.gra, d: '2026-11-12 16:00:00',
    subj: caseSubj(C.gra),
    note: 'negated: we are unable to merge while an exam is scheduled; nothing requested',
    text: `Dear Ms Grant,

We regret to inform you that we are unable to merge the accounts at present, as an examination is scheduled on the college account for 20 November. We shall revisit the matter after that date.

Yours sincerely,
Daniel`,
  }),
  mk({
    s: 'sr-en-dupcases', k: 'support_reply', l: 'en', trap: true, to: GRA.keep, enc: 'ascii7', id: C.graOther, d: '2026-11-11 10:00:00',
    subj: `RE:[CASE ${C.graOther}] [AWS Training and Certification Form Submission] - account-assistance`,
    note: 'we merged your duplicate cases (not the accounts)',
    text: `Dear Ms Grant,

We note that you opened two cases on the same subject. We have merged case ${C.graOther} into case ${C.gra} and will correspond with you there.

Yours sincerely,
Daniel`,
  }),
  mk({
    s: 'sr-en-escalated-team', k: 'support_reply', l: 'en', forUser: false, to: 'cert-admins@firm.example.com', enc: 'ascii7', id: C.hol, d: '2026-11-12 12:00:00',
    subj: caseSubj(C.hol),
    note: 'status update addressed only to the firm\'s admin list, not to the user',
    text: `Dear Sirs,

We write to advise that the matter has been referred to our certification operations team, and that we expect to revert within two working days.

Yours faithfully,
Margaret`,
  }),
  mk({
    s: 'sr-en-answer', k: 'support_reply', l: 'en', to: BEL.keep, enc: 'utf8b64', id: C.bel, d: '2026-11-22 10:00:00',
    subj: caseSubj(C.bel),
    note: 'answers a question about recertification dates after the merge',
    text: `Dear Mr Bello,

In answer to your question, the expiry dates of your certifications are unaffected; each remains valid for three years from the date it was earned.

Yours sincerely,
Priyanka`,
  }),

  // ───────────── unrelated (8)
  mk({
    s: 'un-en-employer', k: 'unrelated', l: 'en', trap: true, from: 'Learning & Development <learning@firm.example.com>', to: HOL.src, enc: 'ascii7', id: null, d: '2026-11-10 09:00:00',
    subj: 'Your certification reimbursement claim',
    note: 'employer letter: reimbursement claim received and confirmed; untrusted, unrelated',
    text: `Dear Edward,

We write to acknowledge receipt of your claim for the AWS examination fee. Your claim has been confirmed and will be paid with the November payroll. As you are leaving the firm, please note your access to the training portal will be closed on your last day.

Yours sincerely,
Learning & Development`,
  }),
  mk({
    s: 'un-en-credly-ms', k: 'unrelated', l: 'en', trap: true, from: 'Microsoft via Credly <admin@credly.com>', to: GRA.keep, enc: 'utf8b64', id: null, d: '2026-11-21 05:00:00',
    subj: 'Microsoft sent you a new badge',
    note: 'Credly badge from another issuer (Microsoft): unrelated',
    html: `<html><body>
<p>Hi Fiona,</p>
<p>Microsoft has issued you the Microsoft Certified: Azure Fundamentals badge.</p>
<p><a href="https://www.credly.com/badges/accept">Accept your badge</a></p>
</body></html>`,
  }),
  mk({
    s: 'un-en-skillbuilder', k: 'unrelated', l: 'en', trap: true, from: 'AWS Skill Builder <no-reply@aws.training>', to: BEL.keep, enc: 'utf8qp', id: null, d: '2026-11-26 08:00:00',
    subj: 'You have completed a course',
    note: 'Skill Builder course completion letter: "completed" but no merge',
    text: `Dear Olusegun,

Congratulations: you have completed "Exam Prep: AWS Certified Solutions Architect - Associate". Your transcript has been updated.

Yours sincerely,
AWS Skill Builder`,
  }),
  mk({
    s: 'un-en-exam-result', k: 'unrelated', l: 'en', trap: true, from: 'AWS Certification <no-reply@aws.training>', to: HOL.keep, enc: 'ascii7', id: null, d: '2026-11-28 08:00:00',
    subj: 'Your exam results are available',
    note: 'exam result notice; receipt-like wording, unrelated',
    text: `Dear Edward Hollis,

We write to confirm that your recent AWS Certification exam has been scored and your results are available in your account.

Yours sincerely,
AWS Certification`,
  }),
  mk({
    s: 'un-en-survey', k: 'unrelated', l: 'en', trap: true, from: 'AWS Support <aws-support-survey@amazon.com>', to: BEL.keep, enc: 'utf8b64', id: C.bel, d: '2026-11-28 10:00:00',
    subj: `Was your issue resolved? (case ${C.bel})`,
    note: 'survey after the closed case: unrelated',
    html: `<html><body>
<p>Dear Customer,</p>
<p>Your case ${C.bel} was recently closed. Was your issue resolved? We would value your feedback.</p>
<p><a href="https://survey.example.amazon.com/">Take the survey</a></p>
</body></html>`,
  }),
  mk({
    s: 'un-en-ooo-agent', k: 'unrelated', l: 'en', trap: true, from: 'Margaret Doyle <mdoyle@amazon.com>', to: HOL.keep, enc: 'ascii7', id: C.hol, d: '2026-11-20 18:00:00',
    subj: `Automatic reply: ${caseSubj(C.hol)}`,
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    note: 'agent\'s out-of-office auto-reply on the case thread: unrelated',
    text: `Thank you for your message. I am out of the office until 30 November with no access to e-mail. Your case will be attended to by a colleague; requests to confirm or merge accounts will be handled on my return.

Margaret`,
  }),
  mk({
    s: 'un-en-own-forward', k: 'unrelated', l: 'en', trap: true, forUser: false, from: `Fiona Grant <${GRA.keep}>`, to: 'Aoife Byrne <aoife.byrne@example.ie>', enc: 'utf8qp', id: C.gra, d: '2026-11-16 20:00:00', deliveredTo: null,
    subj: `Fwd: ${caseSubj(C.gra)}`,
    note: 'the user\'s own forward of the completion notice to a friend: user\'s mail, not for the user',
    text: `Hi Aoife, this is what they sent me when they merged mine. Worth doing yours too.
F.

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_ADDR}>
Date: Mon, 16 Nov 2026 at 06:50
Subject: ${caseSubj(C.gra)}
To: <${GRA.keep}>

Dear Ms Grant,
The college record now sits within your personal account, the merge having been carried out this morning.`,
  }),
  mk({
    s: 'un-en-reinvent', k: 'unrelated', l: 'en', trap: true, from: 'AWS Events <aws-events@aws.amazon.com>', to: GRA.keep, enc: 'utf8b64', id: null, d: '2026-11-05 16:00:00',
    subj: 'Your registration is confirmed',
    note: 'event registration confirmation letter: "registration received and confirmed"',
    html: `<html><body>
<p>Dear Fiona,</p>
<p>We are delighted to confirm receipt of your registration for AWS Community Day Dublin. Your place is reserved; registration will close on 20 November.</p>
<p>Yours sincerely,<br>AWS Events</p>
</body></html>`,
  }),
];
