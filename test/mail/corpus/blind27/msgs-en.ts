// English messages of set z (part 1: acknowledgement, ai_answer, info_request, confirmation_request).
import { CASE, DANIEL, FORM, NOREPLY, RAHUL, SOFIA, formSubject, mk, quote } from './common.js';
import type { Msg } from './lib.js';
import { centerCard, formCard } from './tpl.js';

const D = DANIEL;
const S = SOFIA;
const R = RAHUL;

export const EN1: Msg[] = [
  // ---------------- acknowledgement (7) ----------------
  mk({
    slug: 'en-ack-form-faq',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.daniel,
    trap: true,
    note: 'case receipt whose fixed "what happens next" block talks about confirming, merging and badges moving',
    from: FORM,
    to: `${D.name} <${D.keep}>`,
    subject: `[CASE ${CASE.daniel}] [AWS Training and Certification Form Submission] - account-assistance`,
    at: '2026-02-16 14:22:05',
    enc: 'utf8qp',
    card: formCard('en', CASE.daniel, 'eack1', `Hello Daniel,

Thanks for getting in touch with AWS Training and Certification. Your request has been logged as case ${CASE.daniel} and is now in our queue.

What happens next
- A member of our team will review your request, usually within one business day.
- We may ask you to confirm some account details before any change is made.
- Once accounts are merged, badges issued through Credly typically follow within 48 hours.

Please don't open another case for the same request; duplicates slow us down.`, { badge: 'Status: Unassigned', badgeColor: '#0073bb', preheader: `Case ${CASE.daniel} is in our queue.` }),
    style: 'decent',
    probe: 'has been logged as case',
  }),
  mk({
    slug: 'en-ack-plain-shape',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.sofia,
    note: 'receipt recognisable by shape only: a field dump of the new case',
    from: FORM,
    to: S.keep,
    subject: `[CASE ${CASE.sofia}] [AWS Training and Certification Form Submission] - account-assistance`,
    at: '2026-03-09 08:41:17',
    tz: '+0100',
    enc: 'ascii7',
    text: `AWS Training and Certification - Customer Support
------------------------------------------------------------
Case ID ............ ${CASE.sofia}
Opened ............. 2026-03-09 08:41 CET
Inquiry type ....... AWS Training and Certification
Issue .............. Certification > Account assistance
Name ............... ${S.name}
Company ............ ${S.co}
Candidate ID ....... ${S.keepId}
------------------------------------------------------------
Your description:
I have two certification profiles (old employer + private). Would like one.

Reply to this e-mail to add information to the case.`,
    probe: 'Inquiry type',
    extra: { crlf: false },
  }),
  mk({
    slug: 'en-ack-htmlonly-bilingual',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.rahul,
    note: 'HTML-only receipt with the Japanese legal footer appended to an English template',
    from: FORM,
    to: R.keep,
    subject: `[CASE ${CASE.rahul}] [AWS Training and Certification Form Submission] - account-assistance`,
    at: '2026-03-23 10:05:44',
    tz: '+0900',
    enc: 'utf8b64',
    card: formCard('en', CASE.rahul, 'eack3', `Hi Rahul,

We've got your message. Case number ${CASE.rahul} has been assigned to your request, and a specialist will get back to you at this address.

You don't need to reply to this notice.`, { badge: 'New', badgeColor: '#0073bb', footerExtra: ['このメールは AWS トレーニングと認定へのお問い合わせに関連して送信されています。'] }),
    style: 'htmlonly',
    probe: 'has been assigned to your request',
  }),
  mk({
    slug: 'en-ack-center-links',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.danielDup,
    note: 'Support Center "case created" notice for a second case; link-list text part',
    from: NOREPLY,
    to: D.src,
    subject: `AWS Support: Case ${CASE.danielDup} created`,
    at: '2026-02-16 19:03:29',
    enc: 'ascii7',
    card: centerCard('en', CASE.danielDup, 'eack4', 'We received your case', 'Unassigned', `A new support case was created from ${D.src}. An agent will pick it up shortly; response times for Training and Certification cases are typically under 24 hours.`, { preheader: 'New case created' }),
    style: 'links',
    probe: 'A new support case was created from',
  }),
  mk({
    slug: 'en-ack-lookalike-casecenter',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.sofia,
    note: 'receipt from aws-casecenter.com (look-alike, passes its own DMARC): untrusted',
    from: 'AWS Support <cases@aws-casecenter.com>',
    to: S.keep,
    subject: `Case ${CASE.sofia} received - action may be required`,
    at: '2026-03-09 09:15:51',
    tz: '+0100',
    enc: 'utf8qp',
    card: formCard('en', CASE.sofia, 'eack5', `Your case has been received. To keep it active, sign in and validate your certification profile within 24 hours.`, { badge: 'Received', button: ['Validate profile', 'https://aws-casecenter.com/validate?case=17933018742'] }),
    style: 'decent',
    probe: 'validate your certification profile',
  }),
  mk({
    slug: 'en-ack-dkim-autoclose-footer',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.sofia,
    trap: true,
    note: 'receipt signed with aligned DKIM only; the footer boilerplate explains auto-closing of resolved cases and a survey',
    from: FORM,
    to: S.keep,
    subject: `[CASE ${CASE.sofia}] [AWS Training and Certification Form Submission] - account-assistance`,
    at: '2026-03-09 08:41:20',
    tz: '+0100',
    auth: 'dkimonly',
    enc: 'utf8b64',
    card: formCard('en', CASE.sofia, 'eack6', `Dear Sofia,

Thank you for reaching out. This is an automated note to let you know we have your inquiry (case ${CASE.sofia}); no further action is needed from you right now.`, { badge: 'Open', footerExtra: ['Cases marked Resolved are closed automatically after 14 days. When your case is closed you may receive a short survey; your feedback helps us improve.'] }),
    style: 'flat',
    probe: 'This is an automated note to let you know',
  }),
  mk({
    slug: 'en-ack-rahul-plain',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.rahul,
    note: 'plain-text receipt, terse, with the reference thread ID',
    from: FORM,
    to: R.keep,
    subject: `[CASE ${CASE.rahul}] [AWS Training and Certification Form Submission] - account-assistance`,
    at: '2026-03-23 10:05:47',
    tz: '+0900',
    enc: 'ascii7',
    text: `Hello,

Case ${CASE.rahul} opened. We aim to respond within 1 business day.
Kindly keep the reference below in any reply.

AWS Training & Certification Support
ref:_00D1N5kQa._500VqRm01:ref`,
    probe: 'opened. We aim to respond',
  }),

  // ---------------- ai_answer (6) ----------------
  mk({
    slug: 'en-ai-q-solved-button',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    trap: true,
    note: 'generated answer suggesting the Merge Accounts tool; fixed buttons "This solved my problem" / "Create case"',
    from: NOREPLY,
    to: D.keep,
    subject: 'AWS Support: an answer to your question',
    at: '2026-02-16 14:17:36',
    enc: 'utf8qp',
    card: centerCard('en', '0', 'eai1', 'Suggested answer', 'Generated by AI', `Based on what you described, you may be able to combine the accounts yourself:

1. Sign in to your AWS Certification account.
2. Open Profile, then choose Merge Accounts.
3. Enter the sign-in details of the other account and follow the prompts.

If both accounts already hold certifications, the tool will decline the request; in that case, create a case and an agent will help.

AI-generated content may contain mistakes. Verify important information.`, { rows: [], button: ['This solved my problem', 'https://support.aws.amazon.com/feedback?resolved=yes'], button2: ['Create case', 'https://support.aws.amazon.com/#/case/create'] }),
    style: 'decent',
    probe: 'Open Profile, then choose Merge Accounts',
  }),
  mk({
    slug: 'en-ai-plain-sofia',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    note: 'plain automated suggestion sent before the case is created',
    from: NOREPLY,
    to: S.keep,
    subject: 'Automated response from AWS Support',
    at: '2026-03-09 08:36:02',
    tz: '+0100',
    enc: 'ascii7',
    text: `[Automated response]

Question: two certification accounts, want one

Suggested resolution:
The Merge Accounts option in the AWS Certification portal lets you fold one account into another without contacting us. You'll need access to the e-mail inbox of the account being merged in order to receive a verification code.

Still stuck? Choose "Create case" to reach an agent.

Was this helpful? Yes | No`,
    probe: 'lets you fold one account into another',
  }),
  mk({
    slug: 'en-ai-htmlonly-after',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    trap: true,
    note: 'AI answer that explains what happens to badges and vouchers after a merge; still an automated answer',
    from: NOREPLY,
    to: R.keep,
    subject: 'AWS Support: suggested answer',
    at: '2026-03-23 09:58:10',
    tz: '+0900',
    enc: 'utf8qp',
    card: centerCard('en', '0', 'eai3', 'Here is what we found', 'Amazon Q', `After two certification accounts are merged, certifications, exam history and unused benefits appear on the account you keep, and AWS recommends claiming Credly badges only after that step.

To request a merge, try the self-service tool first (Profile > Merge Accounts). If it refuses because both accounts hold certifications, continue to create a case.`, { rows: [], button: ['Continue to create a case', 'https://support.aws.amazon.com/#/case/create'], button2: ['Open the Merge Accounts tool', 'https://www.aws.training/certification/merge'] }),
    style: 'htmlonly',
    probe: 'try the self-service tool first',
  }),
  mk({
    slug: 'en-ai-forged-below',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    note: 'bot-style suggestion whose only pass verdict sits below the receiving server line (planted): untrusted',
    from: NOREPLY,
    to: D.keep,
    subject: 'Suggested fix for your certification accounts',
    at: '2026-02-17 02:11:40',
    auth: 'forgedBelow',
    enc: 'utf8b64',
    text: `Automated suggestion:

Your accounts can be combined instantly with our partner tool. Sign in with both passwords here:
https://cert-merge-tool.example.net/start

This answer was generated automatically.`,
    probe: 'combined instantly with our partner tool',
  }),
  mk({
    slug: 'en-ai-status-label',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    note: 'plain automated answer with a "Suggested answer" label and a how-to',
    from: NOREPLY,
    to: D.src,
    subject: 'AWS Support - Suggested answer',
    at: '2026-02-16 18:58:21',
    enc: 'ascii7',
    text: `Amazon Web Services
Support Center

Status: Suggested answer

Hi there,
It sounds like you want a single AWS Certification account. Most customers can do this on their own from the Merge Accounts page in the certification portal; it takes about five minutes and requires a one-time code sent to the account being merged.

If the page tells you to contact support, go ahead and submit the case.

-- This message was generated automatically --`,
    probe: 'Most customers can do this on their own',
  }),
  mk({
    slug: 'en-ai-stub-html',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    note: 'AI answer where the text part is only an HTML stub',
    from: NOREPLY,
    to: S.src,
    subject: 'AWS Support: we may already have an answer',
    at: '2026-03-08 21:12:33',
    tz: '+0100',
    enc: 'utf8qp',
    card: centerCard('en', '0', 'eai6', 'Before you open a case', 'Automated', `Customers asking about duplicate certification profiles usually resolve it with the Merge Accounts feature. Sign in with the address you want to keep, then link the second profile from there.`, { rows: [], button: ['Try Merge Accounts', 'https://www.aws.training/certification/merge'], button2: ['Create case', 'https://support.aws.amazon.com/#/case/create'] }),
    style: 'stub',
    probe: 'usually resolve it with the Merge Accounts feature',
  }),

  // ---------------- info_request (7) ----------------
  mk({
    slug: 'en-info-form-autoresolve',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.daniel,
    trap: true,
    note: 'asks for both candidate IDs and which account survives; the footer says cases without a reply auto-resolve',
    from: FORM,
    to: D.keep,
    subject: formSubject(CASE.daniel),
    at: '2026-02-17 16:03:48',
    enc: 'utf8qp',
    card: formCard('en', CASE.daniel, 'einf1', `Hi Daniel,

My name is Marisol and I'll be looking after your case.

Before I can go ahead, I need a few details:
  * the Candidate ID (starts with AWS) of each account
  * the login e-mail of each account
  * which of the two you'd like to keep going forward

You'll find the Candidate ID on the certification portal under your name at the top right.

Best,
Marisol
AWS Training and Certification Customer Support`, { badge: 'Status: Pending customer action', footerExtra: ['If we do not hear from you within 10 days, this case will be resolved automatically.'] }),
    style: 'decent',
    probe: 'I need a few details',
  }),
  mk({
    slug: 'en-info-plain-sf',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.sofia,
    note: 'asks which address she will keep and the old ID, phrased as "let us know"; Salesforce original message quoted below',
    from: FORM,
    to: S.keep,
    subject: formSubject(CASE.sofia),
    at: '2026-03-10 13:27:02',
    tz: '+0100',
    enc: 'ascii7',
    text: `Hello Sofia,

Thanks for your patience. Let us know which of the two addresses you plan to keep using, along with the Candidate ID of the profile created under ${S.src}, and we'll take it from there.

Kind regards,
Tomasz
AWS Training and Certification

ref:_00D1N5kQa._500VqSl02:ref

--------------- Original Message ---------------
From: ${S.keep}
Sent: 3/9/2026 7:41 AM
To: aws-cs-trainingcertification-form@amazon.com
Subject: [CASE ${CASE.sofia}] [AWS Training and Certification Form Submission] - account-assistance

${quote('I have two certification profiles (old employer + private). Would like one.')}`,
    probe: 'Let us know which of the two addresses',
  }),
  mk({
    slug: 'en-info-htmlonly-confirm-addr',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.rahul,
    trap: true,
    note: '"please confirm the e-mail address you keep" asks for information, not consent',
    from: FORM,
    to: R.keep,
    subject: formSubject(CASE.rahul),
    at: '2026-03-24 11:40:19',
    tz: '+0900',
    enc: 'utf8qp',
    card: formCard('en', CASE.rahul, 'einf3', `Hello Rahul,

Thank you for the details. Your message lists ${R.keep} in the signature but ${R.src} in the body, so please confirm the e-mail address you keep, and send the Candidate ID that goes with the other one.`, { badge: 'Pending customer action' }),
    style: 'htmlonly',
    probe: 'please confirm the e-mail address you keep',
  }),
  mk({
    slug: 'en-info-lookalike-server',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.daniel,
    note: 'asks for IDs and a date of birth; the topmost Authentication-Results belongs to a look-alike server name: untrusted',
    from: FORM,
    to: D.keep,
    subject: formSubject(CASE.daniel),
    at: '2026-02-17 18:30:00',
    auth: 'lookalikeServer',
    enc: 'ascii7',
    text: `Daniel,

To proceed we require both Candidate IDs, your date of birth and the last four digits of the card used to pay for your exams.

AWS Training and Certification`,
    probe: 'last four digits of the card',
  }),
  mk({
    slug: 'en-info-center-dates',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.daniel,
    note: 'Support Center notification carrying an agent question about pass dates',
    from: NOREPLY,
    to: D.keep,
    subject: `AWS Support: New reply on case ${CASE.daniel}`,
    at: '2026-02-18 10:12:44',
    enc: 'utf8b64',
    card: centerCard('en', CASE.daniel, 'einf5', 'Your case has been updated', 'Pending customer action', `Reply from AWS Support:

Thanks Daniel. One more thing: which certifications did you pass on the Brightlane account, and roughly when? Two of them don't show up under the ID you sent, and I want to be sure we're looking at the right profile.`),
    style: 'links',
    probe: 'which certifications did you pass on the Brightlane account',
  }),
  mk({
    slug: 'en-info-typos',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.sofia,
    note: 'agent with typos asks for the candidate ID of the old profile',
    from: FORM,
    to: S.keep,
    subject: formSubject(CASE.sofia),
    at: '2026-03-11 09:55:38',
    tz: '+0100',
    enc: 'utf8b64',
    text: `Hi Sofia

thnaks for the quick reply. could you pls send teh candidate ID of the Nordhavn profile aswell? the one you sent (${S.keepId}) is the private one i beleive.

cheers
Tomasz - AWS T&C support
ref:_00D1N5kQa._500VqSl03:ref`,
    probe: 'could you pls send teh candidate ID',
  }),
  mk({
    slug: 'en-info-src-keepq',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.danielDup,
    note: 'on the second case, asks him to write from the keep address AND to include both IDs (so it asks for data)',
    from: FORM,
    to: D.src,
    subject: formSubject(CASE.danielDup),
    at: '2026-02-17 09:20:11',
    enc: 'ascii7',
    card: formCard('en', CASE.danielDup, 'einf7', `Hi Daniel,

We see this request came in from ${D.src}. Please reply from the address you intend to keep and include the Candidate IDs of both profiles in that message.`, { badge: 'Pending customer action' }),
    style: 'flat',
    probe: 'include the Candidate IDs of both profiles',
  }),

  // ---------------- confirmation_request (7) ----------------
  mk({
    slug: 'en-conf-form-flat',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.daniel,
    note: 'asks for consent to an irreversible merge; flattened text part',
    from: FORM,
    to: D.keep,
    subject: formSubject(CASE.daniel),
    at: '2026-02-19 15:48:30',
    enc: 'utf8qp',
    card: formCard('en', CASE.daniel, 'ecnf1', `Hi Daniel,

Thanks for the details. Here is what we're about to do:

Source (will be retired): ${D.srcId} / ${D.src}
Target (kept): ${D.keepId} / ${D.keep}

Heads-up: this can't be reversed. If that's all correct, reply "I agree" and we'll schedule it.

Marisol`, { badge: 'Pending customer action' }),
    style: 'flat',
    probe: 'reply "I agree" and we\'ll schedule it',
  }),
  mk({
    slug: 'en-conf-plain-sofia',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.sofia,
    note: 'plain-text consent request, bottom quote of her last reply',
    from: FORM,
    to: S.keep,
    subject: formSubject(CASE.sofia),
    at: '2026-03-12 10:06:14',
    tz: '+0100',
    enc: 'ascii7',
    text: `Hi Sofia,

Got it, thank you. We can fold ${S.srcId} into ${S.keepId}. Since a merge is permanent, we need your explicit OK first - a one-line reply saying you approve is enough.

Tomasz

On Wed, Mar 11, 2026 at 11:02 AM Sofia Lindqvist <${S.keep}> wrote:
${quote(`Hi Tomasz, the Nordhavn one is ${S.srcId}. Keep the private one please.\n/Sofia`)}`,
    probe: 'we need your explicit OK first',
  }),
  mk({
    slug: 'en-conf-htmlonly-survey',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.rahul,
    trap: true,
    note: 'consent request; the template appends "Did we resolve your issue?" survey buttons',
    from: FORM,
    to: R.keep,
    subject: formSubject(CASE.rahul),
    at: '2026-03-26 18:02:09',
    tz: '+0900',
    enc: 'utf8b64',
    card: formCard('en', CASE.rahul, 'ecnf3', `Hello Rahul,

We are ready to combine ${R.srcId} (Quanta Labs) with ${R.keepId}. Please be aware that once done, the accounts cannot be separated again.

Do we have your go-ahead?`, { badge: 'Pending customer action', survey: 'Did we resolve your issue? Yes / No' }),
    style: 'htmlonly',
    probe: 'Do we have your go-ahead?',
  }),
  mk({
    slug: 'en-conf-failthenforged',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.sofia,
    note: 'consent request whose topmost Authentication-Results says fail (a pass is planted lower): untrusted',
    from: FORM,
    to: S.keep,
    subject: formSubject(CASE.sofia),
    at: '2026-03-12 12:44:51',
    tz: '+0100',
    auth: 'failThenForged',
    enc: 'utf8qp',
    card: formCard('en', CASE.sofia, 'ecnf4', `Sofia, please confirm the merge by clicking the button below. The link expires in 2 hours.`, { badge: 'Action required', badgeColor: '#d13212', button: ['Confirm merge', 'https://aws-merge-confirm.example.org/c/17933018742'] }),
    style: 'decent',
    probe: 'please confirm the merge by clicking',
  }),
  mk({
    slug: 'en-conf-center-stub',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.sofia,
    note: 'Support Center copy of the consent request; the text part is an HTML stub',
    from: NOREPLY,
    to: S.keep,
    subject: `AWS Support: Case ${CASE.sofia} needs your attention`,
    at: '2026-03-12 10:06:30',
    tz: '+0100',
    enc: 'utf8qp',
    card: centerCard('en', CASE.sofia, 'ecnf5', 'Action needed on your case', 'Pending customer action', `Reply from AWS Support:

We can fold ${S.srcId} into ${S.keepId}. Since a merge is permanent, we need your explicit OK first; a one-line reply saying you approve is enough.`),
    style: 'stub',
    probe: 'a one-line reply saying you approve is enough',
  }),
  mk({
    slug: 'en-conf-dkim-outlook-thread',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.daniel,
    note: 'follow-up consent request (aligned DKIM only) above an Outlook-style From/Sent thread',
    from: FORM,
    to: D.keep,
    subject: formSubject(CASE.daniel),
    at: '2026-02-21 09:14:27',
    auth: 'dkimonly',
    enc: 'ascii7',
    text: `Hi Daniel,

Just following up on the message below - we still need your approval before the merge can be scheduled. A short "yes, go ahead" is all we need.

Marisol

From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, February 19, 2026 3:48 PM
To: ${D.keep}
Subject: ${formSubject(CASE.daniel)}

${quote(`Source (will be retired): ${D.srcId} / ${D.src}\nTarget (kept): ${D.keepId} / ${D.keep}\nHeads-up: this can't be reversed.`)}`,
    probe: 'we still need your approval',
  }),
  mk({
    slug: 'en-conf-rahul-plain-mixed',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.rahul,
    note: 'consent request answering a mixed Japanese/English customer note quoted below',
    from: FORM,
    to: R.keep,
    subject: formSubject(CASE.rahul),
    at: '2026-03-26 16:31:50',
    tz: '+0900',
    enc: 'utf8qp',
    text: `Hi Rahul,

Understood - you'd like everything on ${R.keepId}. Before we touch anything, may we have your consent to merge? Please note the Quanta Labs profile will be deactivated and this is permanent.

Leilani
AWS Training and Certification

> Hello, よろしくお願いします。Keep ${R.keep} please, the company one is ${R.srcId}.
> Rahul`,
    probe: 'may we have your consent to merge?',
  }),
];
