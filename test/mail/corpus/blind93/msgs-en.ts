// English messages.
import type { Msg } from './lib.js';
import {
  ALEX, CASE, CONFID_EN, CREDLY_AWS, CREDLY_PRIVACY_EN, D, DANIEL, EMMA, FORM, FORM_BARE, GDPR_EN_LONG, LEGAL, NOREPLY_EN, NOTIFY, PORTAL,
  TRUST_TEAM, fwdEn, gmailEn, htmlDoc, mk, origMsg, outlookEn, q, ref, sfQuote, subj, subjPlain,
} from './common.js';

const EMMA_REQ = `Hello,
I have two AWS Certification accounts: ${EMMA.keep} (${EMMA.keepId}) and my former employer's ${EMMA.src} (${EMMA.srcId}).
Please merge them into the first one. I also want to know what personal data from the old account will be kept.
Emma Schmidt`;

const DANIEL_REQ = `Hi team - I'd like my two certification profiles combined. Keep ${DANIEL.keep}. The other one is ${DANIEL.src}, a consultancy mailbox I still have access to for now.
Cheers, Daniel`;

const ALEX_REQ = `Please merge ${ALEX.srcId} into ${ALEX.keepId}. Same person, I just changed jobs. Alex`;

export const EN: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'en-ack-emma-support', kind: 'acknowledgement', lang: 'en', caseId: CASE.emma,
    note: 'AWS Support receipt with case ID and GDPR notice',
    from: NOTIFY, to: EMMA.keep, subject: `Case ${CASE.emma}: We have received your request`,
    date: D('2026-05-04 08:02:11'), enc: 'ascii7',
    text: `Hello,

Thanks for contacting AWS Support. We have opened case ${CASE.emma} for your inquiry
"Certification account merge". An associate will respond, usually within 24 hours.

Please do not create a new case for the same issue; doing so may slow down our response.

${GDPR_EN_LONG}

${NOREPLY_EN}
Amazon Web Services`,
  }),
  mk({
    slug: 'en-ack-daniel-form-mp', kind: 'acknowledgement', lang: 'en', caseId: CASE.daniel,
    note: 'form-submission receipt (multipart) with the case number',
    from: FORM, to: DANIEL.keep, subject: subjPlain(CASE.daniel), date: D('2026-06-09 15:44:20'), enc: 'utf8qp',
    text: `Dear Daniel Okafor,

Your submission to AWS Training and Certification has been logged as CASE ${CASE.daniel}.
Our team works through requests in the order received. Replying to this email adds to the same case.

Kind regards,
AWS Training and Certification Customer Support

${CONFID_EN}`,
    html: htmlDoc(`<p>Dear Daniel Okafor,</p>
<p>Your submission to AWS Training and Certification has been logged as <b>CASE ${CASE.daniel}</b>.</p>
<p>Our team works through requests in the order received. Replying to this email adds to the same case.</p>
<p>Kind regards,<br>AWS Training and Certification Customer Support</p>
<p style="font-size:10px;color:#777">${CONFID_EN}</p>`, 'en'),
  }),
  mk({
    slug: 'en-ack-controller-notice-qp', kind: 'acknowledgement', lang: 'en', caseId: CASE.alex,
    note: 'receipt whose body is mostly a data-controller notice; the ack is one sentence',
    from: FORM, to: ALEX.keep, subject: subjPlain(CASE.alex), date: D('2026-07-01 11:11:40'), enc: 'utf8qp',
    text: `Data controller: Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA. EU representative: Amazon Web Services EMEA SARL. Your request — case ${CASE.alex} — has been received. Personal data contained in your request is retained for the lifetime of the case plus the period required by applicable law, and is used only to resolve your request and to confirm your identity. You can exercise your data-protection rights through the AWS Privacy Notice page. Für Anfragen in deutscher Sprache wenden Sie sich bitte an dieselbe Adresse.`,
  }),
  mk({
    slug: 'en-ack-echo-fields', kind: 'acknowledgement', lang: 'en', caseId: CASE.emma, trap: true,
    note: 'receipt that repeats the submitted fields, including the merge request; asks nothing',
    from: FORM, to: EMMA.keep, subject: subjPlain(CASE.emma), date: D('2026-05-04 08:03:02'), enc: 'utf8b64',
    text: `Thank you. We received the following:

  Name ........... Emma Schmidt
  Company ........ (blank)
  Candidate ID ... ${EMMA.keepId}
  Inquiry ........ AWS Training and Certification > Certification > Account merge
  Details ........ ${EMMA_REQ.split('\n')[1]}

Case reference: ${CASE.emma}
We may need to verify account ownership before making changes; an agent will contact you.`,
  }),
  mk({
    slug: 'en-ack-freemail-display', kind: 'acknowledgement', lang: 'en', caseId: CASE.daniel, trusted: false,
    note: 'receipt with an AWS display name on a free-mail address: untrusted',
    from: 'AWS Training and Certification <aws.training.cases@gmail.com>', to: DANIEL.keep,
    subject: `[CASE ${CASE.daniel}] Request received`, date: D('2026-06-09 18:30:00'), enc: 'ascii7',
    text: `Hello Daniel,
We have received your case ${CASE.daniel}. An agent will be in touch to verify your identity.
AWS T&C`,
  }),
  mk({
    slug: 'en-ack-body-only-id', kind: 'acknowledgement', lang: 'en', caseId: CASE.alex,
    note: 'receipt; case ID only in the body',
    from: NOTIFY, to: ALEX.keep, subject: 'Your support request has been received', date: D('2026-07-01 11:12:05'), enc: 'ascii7',
    text: `Hello,

We've received your support request (ID ${CASE.alex}) regarding your AWS Certification account.
You will hear from us at this address.

${NOREPLY_EN}`,
  }),
  mk({
    slug: 'en-ack-topicless', kind: 'acknowledgement', lang: 'en', caseId: CASE.daniel,
    note: 'a bare receipt that does not name its topic: read as an acknowledgement',
    from: NOTIFY, to: DANIEL.src, subject: `AWS Support case ${CASE.daniel} created`, date: D('2026-06-09 15:44:31'), enc: 'ascii7', crlf: false,
    text: `A support case has been created.

Case ID: ${CASE.daniel}
Severity: General guidance

View it in the Support Center. ${NOREPLY_EN}`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'en-ai-tool-pii-warning', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'AI suggestion of the Merge Accounts tool with a do-not-share-PII warning',
    from: NOTIFY, to: EMMA.keep, subject: 'Here is a suggested answer to your question', date: D('2026-05-04 07:58:00'), enc: 'ascii7',
    text: `This answer was generated by AI and may be inaccurate. Do not enter passport numbers,
dates of birth or other sensitive personal data in the chat.

You can combine two AWS Certification accounts yourself: sign in to the account you want to keep,
open Profile, choose Merge Accounts and sign in with the second account to authorise it.
If both accounts hold certifications, the tool cannot complete the request and you will be
asked to contact Customer Support instead.

Did this solve your problem?  Yes | No, create a case`,
  }),
  mk({
    slug: 'en-ai-verification-explainer', kind: 'ai_answer', lang: 'en', caseId: null, trap: true,
    note: 'AI answer that explains identity checks and what merging moves; still a suggestion',
    from: NOTIFY, to: DANIEL.keep, subject: 'Suggested resolution from AWS', date: D('2026-06-09 15:40:12'), enc: 'utf8qp',
    text: `Generated answer:

When support merges accounts, they first verify that you own both — typically by asking you to
write from each address or to answer questions about your exam history. After the merge, your
certifications, exam history and benefits appear under the surviving account; Credly badges may
need to be claimed again. You can often avoid all this with Profile > Merge Accounts.

This content was produced automatically.`,
  }),
  mk({
    slug: 'en-ai-kb-links', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'automated knowledge-article suggestions',
    from: NOTIFY, to: ALEX.keep, subject: 'Articles that may help', date: D('2026-07-01 11:05:44'), enc: 'ascii7',
    text: `Based on what you typed, these articles may help:

* How do I update the legal name on my certification profile?
* Merging duplicate AWS Certification accounts (self-service)
* Why does the Merge Accounts tool show an error?

Still stuck? Continue to create a case. (Automated suggestions)`,
  }),
  mk({
    slug: 'en-ai-html-only', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'HTML-only generated answer',
    from: NOTIFY, to: EMMA.src, subject: 'Automated answer: certification accounts', date: D('2026-05-04 07:57:10'), enc: 'utf8b64',
    html: htmlDoc(`<div><p><i>AI-generated response</i></p>
<p>Duplicate certification profiles can usually be combined from <b>Profile &rarr; Merge Accounts</b>. You will be asked to sign in to both accounts, which proves you own them.</p>
<p>If that is not possible, choose <b>Create case</b> below.</p></div>`, 'en'),
  }),
  mk({
    slug: 'en-ai-lookalike-server', kind: 'ai_answer', lang: 'en', caseId: null, trusted: false, auth: 'lookalikeServer',
    note: 'AI-answer look whose Authentication-Results come from a look-alike server name: untrusted',
    from: NOTIFY, to: DANIEL.keep, subject: 'Suggested answer', date: D('2026-06-10 01:01:00'), enc: 'ascii7',
    text: `Automated answer: use the Merge Accounts tool in your certification profile. If it fails, open a case.`,
  }),
  mk({
    slug: 'en-ai-gdpr-footer', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'automated answer with a long GDPR footer',
    from: NOTIFY, to: ALEX.src, subject: 'Answer from the AWS virtual assistant', date: D('2026-07-01 11:03:00'), enc: 'utf8qp',
    text: `Hi! I'm the AWS virtual assistant.
If the Merge Accounts tool says an error occurred, it usually means both profiles already hold a credential. In that case, pick "Create case" and a person will help.

${GDPR_EN_LONG}`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'en-info-both-addresses', kind: 'info_request', lang: 'en', caseId: CASE.emma,
    note: 'to protect privacy, asks for a reply from each address and both candidate IDs',
    from: FORM, to: EMMA.keep, cc: EMMA.src, subject: subj(CASE.emma), date: D('2026-05-05 09:20:31'), enc: 'ascii7',
    text: `Hello Emma,

Thank you for reaching out. Because a merge combines two sets of personal records, we need to be
certain that both accounts belong to you before anything changes.

Could you reply to this email once from ${EMMA.keep} and once from ${EMMA.src}, and include the
candidate ID of each account in your reply?

${GDPR_EN_LONG}

Best regards,
Jonas
AWS Training and Certification Customer Support
${ref('eM42k')}

${sfQuote(EMMA.keep, '5/4/2026 8:01 AM', FORM_BARE, 'Account merge', EMMA_REQ)}`,
  }),
  mk({
    slug: 'en-info-security-questions', kind: 'info_request', lang: 'en', caseId: CASE.daniel,
    note: 'security questions: last exam, date, test centre and city',
    from: FORM, to: DANIEL.keep, subject: subj(CASE.daniel), date: D('2026-06-10 10:15:00'), enc: 'utf8qp',
    text: `Hi Daniel,

Before we can look at the second profile we have to confirm you are its owner. Please answer the following from memory:

1. The title of the most recent exam taken on the ${DANIEL.src} profile
2. Roughly when you sat it (month/year is fine)
3. Test centre name and city, or "online proctored"

We're not able to tell you what is on the other profile, so please don't worry if you can't recall everything — answer what you can.

Regards,
Priyanka | AWS T&C Support

${gmailEn('Tue, 9 Jun 2026 at 16:40', DANIEL.name, DANIEL.keep, DANIEL_REQ)}`,
  }),
  mk({
    slug: 'en-info-legal-name', kind: 'info_request', lang: 'en', caseId: CASE.emma,
    note: 'names differ between the two records; asks for the legal name as on the government ID',
    from: FORM, to: EMMA.keep, subject: subj(CASE.emma), date: D('2026-05-06 12:00:12'), enc: 'utf88bit',
    text: `Hello Emma,

Thanks for replying from both addresses. One more item: the older record is registered to
"Emma Schmidt-Weber" and the newer one to "Emma Schmidt". Please tell us your legal name exactly
as it appears on the government-issued ID you present at test centres, so the merged record
matches it. Without a single verified name we can't combine the histories.

Jonas, AWS T&C Customer Support

${CONFID_EN}`,
  }),
  mk({
    slug: 'en-info-confirm-address', kind: 'info_request', lang: 'en', caseId: CASE.alex, trap: true,
    note: '"please confirm which address you will keep" asks for information',
    from: FORM, to: ALEX.keep, subject: subj(CASE.alex), date: D('2026-07-02 06:30:00'), enc: 'ascii7',
    text: `Hello Alex,

Could you confirm which e-mail address should remain the sign-in for the merged account, and
which address should receive certification notifications? They can be the same.

Thanks,
AWS Training and Certification

${q(ALEX_REQ)}`,
  }),
  mk({
    slug: 'en-info-cannot-share-other', kind: 'info_request', lang: 'en', caseId: CASE.daniel, trap: true,
    note: 'will not disclose the other account; asks the user to confirm its candidate ID',
    from: FORM, to: DANIEL.keep, subject: subj(CASE.daniel), date: D('2026-06-11 08:44:00'), enc: 'utf8qp',
    text: `Hi Daniel,

I understand the frustration, but we cannot share any details of the other account — including
whether it holds certifications — with anyone other than its verified owner.

Please sign in to that profile, confirm its candidate ID (it starts with "AWS"), and send it to us
in reply. That is the quickest way forward.

Priyanka

${outlookEn(`Daniel Okafor <${DANIEL.keep}>`, 'Wednesday, June 10, 2026 7:12 PM', FORM_BARE, subj(CASE.daniel), `Can you not just tell me what is on the other account? I don't remember the exam dates.\nDaniel`)}`,
  }),
  mk({
    slug: 'en-info-employer-authorisation', kind: 'info_request', lang: 'en', caseId: CASE.emma,
    note: 'legal: the old account belongs to an employer programme; asks who can authorise and for the company name',
    from: LEGAL, to: EMMA.keep, cc: FORM_BARE, subject: subj(CASE.emma), date: D('2026-05-07 14:20:00'), enc: 'utf8qp',
    text: `Dear Ms Schmidt,

I am a member of the AWS privacy and legal team and have been asked to review your request
because the older account was created under a corporate training programme.

To proceed, please send us:
(a) the name of the company that administered the programme;
(b) the name and business e-mail of a programme administrator who can authorise release of the
    account; and
(c) a short statement that you no longer use the account for that employer's purposes.

We will not share your personal address or the contents of the surviving account with the
company.

${GDPR_EN_LONG}`,
  }),
  mk({
    slug: 'en-info-phishing-upload', kind: 'info_request', lang: 'en', caseId: CASE.alex, trusted: false,
    note: 'phishing asking for passport scan and password, from support-aws.com (not support.aws.com): untrusted',
    from: 'AWS Certification Verification <verify@support-aws.com>', to: ALEX.keep,
    subject: `Action required: verify identity for CASE ${CASE.alex}`, date: D('2026-07-02 03:03:03'), enc: 'ascii7',
    text: `Dear customer,

Your merge request is on hold. Upload a scan of your passport and enter the passwords of both
accounts at https://support-aws.com/verify within 24 hours, or your certifications will be revoked.

AWS Trust & Safety`,
  }),
  mk({
    slug: 'en-info-outlook-top-posted', kind: 'info_request', lang: 'en', caseId: CASE.alex,
    note: 'top-posted request for the old account\'s candidate ID and last exam month',
    from: FORM, to: ALEX.keep, subject: subj(CASE.alex), date: D('2026-07-03 09:09:00'), enc: 'ascii7',
    text: `Alex - thanks. The ID you sent (${ALEX.srcId}) is registerd under a different e-mail than the one you named. For your protection, reply with the e-mail address you used to sign in to that profile and the month of your last exam on it, and we'll take it from there.

AWS T&C Support

${origMsg(`Alex Kim <${ALEX.keep}>`, 'Thursday, July 2, 2026 10:02 PM', FORM_BARE, subj(CASE.alex), `Both addresses are mine. Keep ${ALEX.keep} for everything.\nAlex`)}`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'en-conf-verified-consent', kind: 'confirmation_request', lang: 'en', caseId: CASE.emma,
    note: 'ownership verified; asks the user to reply "I consent" to the irreversible merge',
    from: FORM, to: EMMA.keep, subject: subj(CASE.emma), date: D('2026-05-08 10:10:10'), enc: 'ascii7',
    text: `Hello Emma,

Thank you - ownership of both accounts is now verified and the programme administrator has
released the older account.

We are ready to merge ${EMMA.srcId} into ${EMMA.keepId}. A merge is permanent: the older account is
closed and cannot be restored or separated again. If you would like us to go ahead, please reply
with "I consent to the merge".

${GDPR_EN_LONG}

Jonas`,
  }),
  mk({
    slug: 'en-conf-data-consent-html', kind: 'confirmation_request', lang: 'en', caseId: CASE.daniel,
    note: 'asks consent to combine the personal data of both records; multipart',
    from: FORM, to: DANIEL.keep, subject: subj(CASE.daniel), date: D('2026-06-12 07:45:00'), enc: 'utf8qp',
    text: `Hi Daniel,

Your answers matched our records. Merging will combine the personal data held on both profiles (name, address, exam history, benefits) into a single record under ${DANIEL.keep}; the process cannot be reversed.

By replying "Agreed" you consent to this combination of your records. We will take no action until we hear back from you.

Priyanka`,
    html: htmlDoc(`<p>Hi Daniel,</p>
<p>Your answers matched our records. Merging will combine the personal data held on both profiles (name, address, exam history, benefits) into a single record under ${DANIEL.keep}; the process <b>cannot be reversed</b>.</p>
<p>By replying "Agreed" you consent to this combination of your records. We will take no action until we hear back from you.</p>
<p>Priyanka</p>`, 'en'),
  }),
  mk({
    slug: 'en-conf-one-line-in-boilerplate', kind: 'confirmation_request', lang: 'en', caseId: CASE.alex,
    note: 'one operative line asking for approval inside long mandatory notices',
    from: FORM, to: ALEX.keep, subject: subj(CASE.alex), date: D('2026-07-04 04:04:00'), enc: 'utf8b64',
    text: `${CONFID_EN}

${GDPR_EN_LONG}

Alex, please let us know you approve combining ${ALEX.srcId} into ${ALEX.keepId}; this cannot be undone.

This communication is part of a record kept for quality and compliance purposes. Replies are
attached to the case. Do not include payment card numbers, passwords or government ID numbers
in your reply.`,
  }),
  mk({
    slug: 'en-conf-misaligned-dkim', kind: 'confirmation_request', lang: 'en', caseId: CASE.daniel, trusted: false, auth: 'misaligned',
    note: 'consent request signed by an unrelated bulk-mail domain, DMARC fail: untrusted',
    from: FORM, to: DANIEL.keep, subject: subj(CASE.daniel), date: D('2026-06-12 09:00:00'), enc: 'ascii7',
    text: `Hi Daniel, reply YES to confirm the merge of your accounts. This cannot be undone. - AWS`,
  }),
  mk({
    slug: 'en-conf-what-moves-bottom', kind: 'confirmation_request', lang: 'en', caseId: CASE.alex,
    note: 'bottom-posted: lists what moves and what is lost, then asks for go-ahead',
    from: FORM, to: ALEX.keep, subject: subj(CASE.alex), date: D('2026-07-04 02:00:00'), enc: 'ascii7',
    text: `${q(`Sign-in is ${ALEX.keep}. The other profile used ${ALEX.src}. Last exam there was March 2025.`)}

Thank you Alex, that matches.

Here is what will happen: the certifications and exam history of ${ALEX.srcId} move to ${ALEX.keepId}.
The unused 50% voucher on the old profile carries over with its original expiry. The old profile's
mailing address is discarded.

Shall we go ahead? A yes by reply is all we need - bear in mind it is permanent.

AWS T&C Support`,
  }),
  mk({
    slug: 'en-conf-security-team', kind: 'confirmation_request', lang: 'en', caseId: CASE.emma,
    note: 'account-integrity team asks the user to confirm the merge after review',
    from: TRUST_TEAM, to: EMMA.keep, subject: subj(CASE.emma), date: D('2026-05-08 09:00:00'), enc: 'utf8qp',
    text: `Dear Emma,

I'm with the Account Integrity team. Legal has completed its review and we see no obstacle.

Before we act: do you confirm that you want ${EMMA.src} folded into ${EMMA.keep}? The old sign-in will stop working and the merge can't be reversed. A reply saying so is sufficient.

Account Integrity, AWS Training and Certification`,
  }),
  mk({
    slug: 'en-conf-body-id', kind: 'confirmation_request', lang: 'en', caseId: CASE.daniel,
    note: 'consent request with the case ID only in the body',
    from: FORM, to: DANIEL.keep, subject: 'Re: your certification profiles', date: D('2026-06-13 07:00:00'), enc: 'ascii7',
    text: `Case ${CASE.daniel}

Hi Daniel, just following up - we still need your agreement before merging the two profiles. Reply "Agreed" and we'll proceed. Nothing will be changed without it.

Priyanka`,
  }),

  // ---------------- merge_completed ----------------
  mk({
    slug: 'en-done-emma-gdpr', kind: 'merge_completed', lang: 'en', caseId: CASE.emma,
    note: 'support: the accounts have been merged; GDPR notice',
    from: FORM, to: EMMA.keep, subject: subj(CASE.emma), date: D('2026-05-09 13:30:00'), enc: 'ascii7',
    text: `Hello Emma,

Done: ${EMMA.srcId} has been merged into ${EMMA.keepId}. Please sign in with ${EMMA.keep} from now on.

Regarding your data question: the personal data from the older account now lives only in the
merged record; nothing is kept separately.

${GDPR_EN_LONG}

${gmailEn('Fri, 8 May 2026 at 12:05', EMMA.name, EMMA.keep, 'I consent to the merge.\nEmma')}`,
  }),
  mk({
    slug: 'en-done-portal', kind: 'merge_completed', lang: 'en', caseId: null,
    note: 'certification portal notice: accounts combined (no case ID)',
    from: PORTAL, to: DANIEL.keep, subject: 'Your AWS Certification accounts have been combined', date: D('2026-06-14 02:00:00'), enc: 'utf8qp',
    text: `Hello Daniel Okafor,

Your AWS Certification accounts have been combined. All credentials and exam history now appear under this account.
If you did not request this change, contact AWS Training and Certification Customer Support immediately.

AWS Certification`,
    html: htmlDoc(`<h2>Accounts combined</h2><p>Hello Daniel Okafor,</p><p>Your AWS Certification accounts have been combined. All credentials and exam history now appear under this account.</p><p>If you did not request this change, contact AWS Training and Certification Customer Support immediately.</p>`, 'en'),
  }),
  mk({
    slug: 'en-done-closing', kind: 'merge_completed', lang: 'en', caseId: CASE.alex,
    note: 'merge done and the case will be closed: merge is the new fact',
    from: FORM, to: ALEX.keep, subject: subj(CASE.alex), date: D('2026-07-05 06:00:00'), enc: 'ascii7',
    text: `Hi Alex,

We've merged the profiles as agreed; ${ALEX.keepId} now holds everything. As there is nothing
further to do, this case will be closed.

AWS T&C Support`,
  }),
  mk({
    slug: 'en-done-badges-separately', kind: 'merge_completed', lang: 'en', caseId: CASE.daniel, trap: true,
    note: 'merge done; badges not moved yet and must be claimed',
    from: FORM, to: DANIEL.keep, subject: subj(CASE.daniel), date: D('2026-06-14 03:10:00'), enc: 'utf8b64',
    text: `Hi Daniel,

The merge of your two profiles is finished. Note that your Credly badges have not been transferred as part of this; Credly will e-mail ${DANIEL.keep} so you can claim them there.

Priyanka`,
  }),
  mk({
    slug: 'en-done-forged-below', kind: 'merge_completed', lang: 'en', caseId: CASE.emma, trusted: false, auth: 'forgedBelow',
    note: 'completion text; its dmarc=pass sits below the receiving server\'s Received line: untrusted',
    from: FORM, to: EMMA.keep, subject: subj(CASE.emma), date: D('2026-05-09 02:00:00'), enc: 'ascii7',
    text: `Emma, your accounts are now merged. - AWS Training and Certification`,
  }),
  mk({
    slug: 'en-done-check-all', kind: 'merge_completed', lang: 'en', caseId: CASE.alex,
    note: 'completion that asks the user to check everything looks right',
    from: TRUST_TEAM, to: ALEX.keep, cc: ALEX.src, subject: subj(CASE.alex), date: D('2026-07-05 05:00:00'), enc: 'utf8qp',
    text: `Hello Alex,

The account consolidation has been carried out. Please sign in and check that all your certifications and the voucher show correctly.

This is the last message that will be copied to ${ALEX.src}.

Account Integrity team`,
  }),
  mk({
    slug: 'en-done-html-team-alias', kind: 'merge_completed', lang: 'en', caseId: CASE.daniel, forUser: false,
    note: 'HTML completion sent to a consultancy team alias, not to the user',
    from: FORM, to: 'cert-admins@consult.example.com', subject: subj(CASE.daniel), date: D('2026-06-14 03:11:00'), enc: 'utf8b64',
    html: htmlDoc(`<p>Hello,</p><p>As requested by the account owner, the certification profiles for case ${CASE.daniel} have been merged.</p><p>AWS Training and Certification</p>`, 'en'),
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'en-badge-credly-issued', kind: 'badges_transferred', lang: 'en', caseId: null,
    note: 'Credly: AWS issued a badge to the kept address',
    from: CREDLY_AWS, to: EMMA.keep, subject: 'Amazon Web Services Training and Certification has issued you a new badge',
    date: D('2026-05-10 16:00:00'), enc: 'utf8qp',
    text: `Emma, you've earned a badge!

Amazon Web Services Training and Certification issued you "AWS Certified Security - Specialty".
Accept your badge: https://www.credly.com/badges/accept

${CREDLY_PRIVACY_EN}`,
    html: htmlDoc(`<p>Emma, you've earned a badge!</p><p>Amazon Web Services Training and Certification issued you <b>AWS Certified Security - Specialty</b>.</p><p><a href="https://www.credly.com/badges/accept">Accept your badge</a></p><p style="font-size:10px">${CREDLY_PRIVACY_EN}</p>`, 'en'),
  }),
  mk({
    slug: 'en-badge-support-moved-close', kind: 'badges_transferred', lang: 'en', caseId: CASE.alex,
    note: 'support moved the badges to the kept Credly account and closes',
    from: FORM, to: ALEX.keep, subject: subj(CASE.alex), date: D('2026-07-07 07:00:00'), enc: 'ascii7',
    text: `Hi Alex,

Following your note, we re-pointed the Credly badges from the old profile; they're now on the
Credly account registered to ${ALEX.keep}. With that, everything on this request is done and
we're closing the case.

AWS T&C Support

${gmailEn('Mon, 6 Jul 2026 at 09:12', ALEX.name, ALEX.keep, 'Thanks. Badges still show under my old work address on Credly though.')}`,
  }),
  mk({
    slug: 'en-badge-credly-added', kind: 'badges_transferred', lang: 'en', caseId: null, auth: 'dkimonly',
    note: 'Credly HTML-only: AWS badges now in the kept account (aligned DKIM only)',
    from: CREDLY_AWS, to: DANIEL.keep, subject: 'Your badges from Amazon Web Services Training and Certification', date: D('2026-06-16 11:00:00'), enc: 'utf8b64',
    html: htmlDoc(`<p>Hi Daniel,</p><p>Amazon Web Services Training and Certification has issued 3 badges to <b>${DANIEL.keep}</b>. They are waiting in your Credly wallet.</p><p><a href="https://www.credly.com/earner/earned">Accept your badges</a></p><p style="font-size:10px">${CREDLY_PRIVACY_EN}</p>`, 'en'),
  }),
  mk({
    slug: 'en-badge-forged-credly-co', kind: 'badges_transferred', lang: 'en', caseId: null, trusted: false,
    note: 'badge notice from credly.co (not credly.com): untrusted',
    from: 'Amazon Web Services via Credly <admin@credly.co>', to: EMMA.keep, subject: 'You have a new badge from Amazon Web Services', date: D('2026-05-10 01:00:00'), enc: 'ascii7',
    text: `Accept your badge: log in with your AWS password at http://credly.co/accept`,
  }),
  mk({
    slug: 'en-badge-after-reverify', kind: 'badges_transferred', lang: 'en', caseId: CASE.emma,
    note: 'after a name check, support moved the badges to the kept account',
    from: FORM, to: EMMA.keep, subject: subj(CASE.emma), date: D('2026-05-12 10:00:00'), enc: 'utf8qp',
    text: `Hello Emma,

Credly had the older badges under "Emma Schmidt-Weber". Having verified with you that this is the same person, we asked Credly to reassign them; they now appear in the wallet for ${EMMA.keep}, under the name on your verified record.

${GDPR_EN_LONG}`,
  }),
  mk({
    slug: 'en-badge-resent-bounce', kind: 'badges_transferred', lang: 'en', caseId: null, forUser: false,
    note: 'Credly AWS badge mail redirected by the old employer\'s server (Resent-*)',
    from: CREDLY_AWS, to: ALEX.keep, subject: 'Amazon Web Services Training and Certification has issued you a new badge', date: D('2026-07-06 20:00:00'), enc: 'ascii7',
    resent: { from: 'postmaster@work.example.net', to: 'archive@work.example.net', date: D('2026-07-06 20:05:00') },
    text: `Alex, Amazon Web Services Training and Certification issued you "AWS Certified Developer - Associate".
Accept your badge: https://www.credly.com/badges/accept

${CREDLY_PRIVACY_EN}`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'en-close-auto-5days', kind: 'case_closed', lang: 'en', caseId: CASE.daniel,
    note: 'will auto-close in 5 days without a reply',
    from: FORM, to: DANIEL.keep, subject: subj(CASE.daniel), date: D('2026-06-20 00:00:00'), enc: 'ascii7',
    text: `Hello,

We haven't heard back on case ${CASE.daniel}. If we don't receive a reply within 5 days, the case will close automatically.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-close-unverified', kind: 'case_closed', lang: 'en', caseId: CASE.alexBooking, trap: true,
    note: 'closed because ownership could not be verified; no further ask',
    from: FORM, to: ALEX.src, subject: subj(CASE.alexBooking), date: D('2026-06-28 09:00:00'), enc: 'ascii7',
    text: `Hello,

We could not verify that the requester owns the accounts named in this case, so no changes were made
and the case has been closed. If you are the owner, you are welcome to open a new request from the
address registered on the account.

${CONFID_EN}`,
  }),
  mk({
    slug: 'en-close-restates-merge', kind: 'case_closed', lang: 'en', caseId: CASE.emma, trap: true,
    note: 'closing that restates the merge from last week',
    from: FORM, to: EMMA.keep, subject: subj(CASE.emma), date: D('2026-05-18 08:00:00'), enc: 'utf8qp',
    text: `Hello Emma,

As your profiles were merged last week and we have not heard from you since, we are resolving this case now.

${GDPR_EN_LONG}`,
  }),
  mk({
    slug: 'en-close-resolved-notify', kind: 'case_closed', lang: 'en', caseId: CASE.alex,
    note: 'AWS Support notification: case resolved',
    from: NOTIFY, to: ALEX.keep, subject: `Case ${CASE.alex} has been resolved`, date: D('2026-07-08 00:00:00'), enc: 'ascii7',
    text: `Your AWS Support case ${CASE.alex} has been resolved.
If the issue persists you can reopen the case from the Support Center within 14 days.
${NOREPLY_EN}`,
  }),
  mk({
    slug: 'en-close-retention', kind: 'case_closed', lang: 'en', caseId: CASE.daniel,
    note: 'closed; data-retention text follows',
    from: FORM, to: DANIEL.keep, subject: subj(CASE.daniel), date: D('2026-06-26 12:00:00'), enc: 'utf8b64',
    text: `Hi Daniel,

This case is now closed. Thank you for your patience during the verification steps.

Retention: correspondence and verification notes for this case are retained for the period required by law and our records policy, then deleted. To request access to or deletion of this data, use the privacy request form linked in the AWS Privacy Notice.`,
  }),
  mk({
    slug: 'en-close-dmarc-fail', kind: 'case_closed', lang: 'en', caseId: CASE.emma, trusted: false, auth: 'fail',
    note: 'closing notice failing DMARC: untrusted',
    from: FORM, to: EMMA.keep, subject: subj(CASE.emma), date: D('2026-05-19 00:00:00'), enc: 'ascii7',
    text: `Your case has been closed. Thank you for contacting AWS Training and Certification.`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'en-sr-unable-until-proven', kind: 'support_reply', lang: 'en', caseId: CASE.daniel, trap: true,
    note: 'refusal: unable to merge until ownership proven; escalated; nothing asked',
    from: FORM, to: DANIEL.src, subject: subj(CASE.daniel), date: D('2026-06-10 02:00:00'), enc: 'ascii7',
    text: `Hello,

We are unable to merge these accounts at this time. The request came from an address that is not
verified as the owner of the account to be kept, and our policy does not allow changes until
ownership is established. We have referred the case to our Account Integrity team.

${CONFID_EN}`,
  }),
  mk({
    slug: 'en-sr-thanks-confirming', kind: 'support_reply', lang: 'en', caseId: CASE.emma, trap: true,
    note: 'thanks for confirming; passed to the merge team',
    from: FORM, to: EMMA.keep, subject: subj(CASE.emma), date: D('2026-05-08 12:30:00'), enc: 'ascii7',
    text: `Hi Emma,

Thank you for confirming. I've handed your request to the team that performs merges and will
update you when they're finished.

Jonas`,
  }),
  mk({
    slug: 'en-sr-legal-dsar-question', kind: 'support_reply', lang: 'en', caseId: CASE.emma,
    note: 'legal team joins to answer the GDPR question; merge stays on hold',
    from: LEGAL, to: EMMA.keep, cc: FORM_BARE, subject: subj(CASE.emma), date: D('2026-05-06 16:00:00'), enc: 'utf8qp',
    text: `Dear Ms Schmidt,

I have been added to this case to answer the data-protection part of your message. After a merge, the surviving record contains the combined exam history; the duplicate profile is deactivated and its identifying data is deleted under our retention schedule. If you want a copy of your data, that is handled as a separate access request.

Your merge request itself remains with Customer Support and is unaffected by this note.

Privacy and Legal, Amazon Web Services`,
  }),
  mk({
    slug: 'en-sr-duplicate-cases', kind: 'support_reply', lang: 'en', caseId: CASE.alex, trap: true,
    note: 'merged duplicate cases, not the accounts',
    from: FORM, to: ALEX.keep, subject: subj(CASE.alex), date: D('2026-07-02 01:00:00'), enc: 'ascii7',
    text: `Hi Alex,

You opened two cases for the same request, so we have merged them into case ${CASE.alex}. Please use this one going forward.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-sr-once-review-done', kind: 'support_reply', lang: 'en', caseId: CASE.daniel, trap: true,
    note: 'conditional: will merge once the security review is complete',
    from: FORM, to: DANIEL.keep, subject: subj(CASE.daniel), date: D('2026-06-11 20:00:00'), enc: 'utf8qp',
    text: `Hi Daniel,

Quick update: you answers are with our secuirty reviewers. Once they sign off we'll merge the profiles and let you know straight away.

Priyanka`,
  }),
  mk({
    slug: 'en-sr-write-from-kept', kind: 'support_reply', lang: 'en', caseId: CASE.alexBooking,
    note: 'asks only that the user write from the address they keep',
    from: FORM, to: ALEX.src, subject: subj(CASE.alexBooking), date: D('2026-06-25 10:00:00'), enc: 'ascii7',
    text: `Hello,

For the security of your account, merge requests must come from the address of the account you intend to keep. Please contact us from that address.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-sr-not-complete-yet', kind: 'support_reply', lang: 'en', caseId: CASE.emma, trap: true,
    note: 'negated status: merge has not been completed yet',
    from: FORM, to: EMMA.keep, subject: subj(CASE.emma), date: D('2026-05-09 08:00:00'), enc: 'ascii7',
    text: `Hi Emma,

To answer your question: no, the merge has not been completed yet. It is queued and should happen within two business days.

Jonas

${outlookEn(`Emma Schmidt <${EMMA.keep}>`, 'Saturday, May 9, 2026 9:40 AM', FORM_BARE, subj(CASE.emma), 'Is it done? I still see two accounts.')}`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'en-un-own-fwd-dpo', kind: 'unrelated', lang: 'en', caseId: CASE.emma, trusted: false, forUser: false, trap: true, auth: 'none',
    note: 'the user forwards the consent request to her employer\'s data-protection officer (own mail)',
    from: `${EMMA.name} <${EMMA.src}>`, to: 'dpo@firma.example.de', subject: `Fwd: ${subj(CASE.emma)}`, date: D('2026-05-08 11:00:00', '+0200'), enc: 'utf8qp',
    text: `Hallo Frau Weber,

AWS is asking me to consent to merging my old company certification profile into my private one. Is there any objection from the company side? Forwarding for your records.

Emma

${fwdEn(FORM, 'Fri, May 8, 2026 at 12:10 PM', subj(CASE.emma), EMMA.keep, 'We are ready to merge. A merge is permanent. If you would like us to go ahead, please reply with "I consent to the merge".')}`,
  }),
  mk({
    slug: 'en-un-agent-ooo', kind: 'unrelated', lang: 'en', caseId: CASE.daniel, trap: true,
    note: 'agent out-of-office auto-reply',
    from: FORM, to: DANIEL.keep, subject: `Automatic reply: ${subj(CASE.daniel)}`, date: D('2026-06-15 09:00:00'), enc: 'ascii7',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `I am out of the office until June 22. Your message about the account merge has been received by the team queue and another agent will pick it up.`,
  }),
  mk({
    slug: 'en-un-pearson-confirmation', kind: 'unrelated', lang: 'en', caseId: null, trusted: false, trap: true,
    note: 'test-vendor appointment confirmation with ID rules',
    from: 'Pearson VUE <noreply@pearson.example.com>', to: ALEX.keep, subject: 'Confirmation of your AWS exam appointment', date: D('2026-07-10 14:00:00'), enc: 'ascii7',
    text: `Dear Alex Kim,

This confirms your appointment for AWS Certified Solutions Architect - Professional on 2026-08-03.
The first and last name on your ID must match your registration exactly; if they don't, you will be
turned away and the fee forfeited.

Pearson VUE`,
  }),
  mk({
    slug: 'en-un-privacy-newsletter', kind: 'unrelated', lang: 'en', caseId: null,
    note: 'newsletter about a privacy notice update',
    from: 'AWS Training and Certification <aws-training-news@amazon.com>', to: EMMA.keep, subject: 'Updates to how we handle your data', date: D('2026-06-01 07:00:00'), enc: 'utf8qp',
    text: `We're updating the AWS Training and Certification Privacy Notice effective July 1, 2026.
What's changing: clearer retention periods, new contact points for data-subject requests in the EU and UK, and more detail on how exam proctoring data is stored.
No action is needed.

Unsubscribe | Manage preferences`,
  }),
  mk({
    slug: 'en-un-credly-merge-code', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: "Credly's own account-merge code mail",
    from: 'Credly <admin@credly.com>', to: DANIEL.keep, subject: 'Complete your Credly account merge', date: D('2026-06-17 10:00:00'), enc: 'ascii7',
    text: `Use this code to complete merging your Credly accounts: 660417
The code expires in 30 minutes. If you didn't ask to merge accounts, ignore this email.

${CREDLY_PRIVACY_EN}`,
  }),
  mk({
    slug: 'en-un-hashicorp-badge', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'badge from another issuer (HashiCorp) via Credly',
    from: 'HashiCorp via Credly <admin@credly.com>', to: ALEX.keep, subject: 'HashiCorp has issued you a new badge', date: D('2026-07-12 18:00:00'), enc: 'utf8qp',
    text: `Alex, HashiCorp issued you "HashiCorp Certified: Terraform Associate".
Accept your badge: https://www.credly.com/badges/accept

${CREDLY_PRIVACY_EN}`,
  }),
  mk({
    slug: 'en-un-dsar-receipt', kind: 'unrelated', lang: 'en', caseId: CASE.emmaDsar, trap: true,
    note: 'receipt of a separate data-access request case, which says what it is about',
    from: NOTIFY, to: EMMA.keep, subject: `Case ${CASE.emmaDsar}: your privacy request has been received`, date: D('2026-05-13 09:00:00'), enc: 'ascii7',
    text: `We have received your request for a copy of your personal data (data subject access request).
Reference: ${CASE.emmaDsar}
We will respond within the period required by law. We may need to confirm your identity first.

${NOREPLY_EN}`,
  }),
  mk({
    slug: 'en-un-survey', kind: 'unrelated', lang: 'en', caseId: CASE.alex, trap: true,
    note: 'survey: was your issue resolved',
    from: 'AWS Support Survey <aws-survey@amazon.com>', to: ALEX.keep, subject: 'Was your issue resolved?', date: D('2026-07-09 00:00:00'), enc: 'ascii7',
    text: `Tell us about your recent support case (${CASE.alex}).
Was your issue resolved? [Yes] [No]
Responses are anonymous.`,
  }),
  mk({
    slug: 'en-un-law-firm', kind: 'unrelated', lang: 'en', caseId: null, trusted: false, trap: true,
    note: 'the user\'s own lawyer writes about GDPR rights; not from support',
    from: 'Hartmann Rechtsanwaelte <k.hartmann@law.example.de>', to: EMMA.keep, subject: 'Your question on the account merge and GDPR', date: D('2026-05-07 17:00:00', '+0200'), enc: 'utf8b64',
    text: `Dear Ms Schmidt,

Regarding your question: consenting to the merge of the two certification records is your choice; your former employer has no right to object to records about your own qualifications. You may ask AWS to confirm in writing what happens to the data of the closed record.

Kind regards
Dr. K. Hartmann`,
  }),
  mk({
    slug: 'en-un-mobile-own-reply', kind: 'unrelated', lang: 'en', caseId: CASE.alex, trusted: false, trap: true, auth: 'none',
    note: 'the user\'s own mobile consent reply, copied to himself (own mail)',
    from: `${ALEX.name} <${ALEX.keep}>`, to: FORM_BARE, cc: ALEX.keep, subject: subj(CASE.alex), date: D('2026-07-04 06:30:00', '-0700'), enc: 'ascii7',
    text: `Yes go ahaed and merge them, I approve.

Sent from my iPhone

${q(`On Jul 4, 2026, at 12:00 AM, AWS Training and Certification <${FORM_BARE}> wrote:\n\nShall we go ahead? A yes by reply is all we need.`)}`,
  }),
];

