// fv English messages, part 1: receipts, automated answers, information and consent requests.
import type { Msg } from './lib.js';
import { ALEX, C, FORM, FORM_ADDR, HANAKO, MARIA, NOREPLY, PRIYA, TARO, d, html, mk, q, ref, sfBlock, subj } from './common.js';

const tAlex = `${ALEX.en} <${ALEX.keep}>`;
const tPriya = `${PRIYA.en} <${PRIYA.keep}>`;
const tMaria = `${MARIA.en} <${MARIA.keep}>`;
const tTaroEn = `${TARO.en} <${TARO.keep}>`;
const tHanakoEn = `${HANAKO.en} <${HANAKO.keep}>`;

export const EN1: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'en-ack-wrong-category',
    kind: 'acknowledgement',
    lang: 'en',
    note: 'case receipt re-sent because the first listed the wrong category; still the automatic receipt',
    from: NOREPLY,
    to: tAlex,
    subject: `[Updated] AWS Support case ${C.alex} has been created`,
    date: d('2026-10-14 16:02:44', '-0700'),
    enc: 'ascii7',
    caseId: C.alex,
    text: `Hello,

We're resending the confirmation for your support case. The notification you received a few minutes ago listed the category as "Billing". That was a mistake on our side; nothing about your request has changed.

Case ID: ${C.alex}
Category: AWS Training and Certification - account assistance
Opened: 2026-10-14 15:51 PDT

An agent normally replies within 24 hours. Please don't open another case for the same request; duplicates slow things down.

Amazon Web Services
This mailbox is not monitored.`,
  }),
  mk({
    slug: 'en-ack-dropped-digit',
    kind: 'acknowledgement',
    lang: 'en',
    note: 'receipt correcting a case number that lost a digit; labelled with the corrected case ID',
    from: NOREPLY,
    to: tPriya,
    subject: `Correction: your AWS Support case number is ${C.priya}`,
    date: d('2026-10-16 09:30:12', '+0100'),
    enc: 'utf8qp',
    caseId: C.priya,
    text: `Hi Priya,

The receipt we sent earlier today showed case number 17662019438, which is missing its last digit. Sorry about that.

Your case number is ${C.priya}. Please use this number if you contact us about this request.

Your request has been received and is waiting for an agent. We'll write to you at this address.

Thanks,
AWS Support`,
    html: html(`Hi Priya,

The receipt we sent earlier today showed case number 17662019438, which is missing its last digit. Sorry about that.

Your case number is ${C.priya}. Please use this number if you contact us about this request.

Your request has been received and is waiting for an agent. We'll write to you at this address.

Thanks,
AWS Support`),
  }),
  mk({
    slug: 'en-ack-could-not-create-retracted',
    kind: 'acknowledgement',
    lang: 'en',
    auth: 'dkimonly',
    note: 'takes back an automated "case could not be created" message: the case exists (aligned DKIM only, still trusted)',
    from: NOREPLY,
    to: tMaria,
    subject: `AWS Support: case ${C.maria} received`,
    date: d('2026-10-18 11:12:19', '+0200'),
    enc: 'ascii7',
    caseId: C.maria,
    text: `Dear customer,

Please disregard the earlier automated message telling you that your case could not be created. That message was triggered by a temporary error. Your case was created successfully.

  Case ID ......... ${C.maria}
  Submitted ....... 18 Oct 2026, 10:58 CEST
  Contact ......... ${MARIA.keep}

We will respond by e-mail as soon as an associate has reviewed your request.

-- Amazon Web Services`,
  }),
  mk({
    slug: 'en-ack-spoof-no-auth',
    kind: 'acknowledgement',
    lang: 'en',
    trusted: false,
    auth: 'none',
    note: 'receipt claiming the case was re-registered; no Authentication-Results at all: untrusted',
    from: NOREPLY,
    to: tAlex,
    subject: `Correction: case ${C.alex} re-registered`,
    date: d('2026-10-15 04:17:51', '+0000'),
    enc: 'ascii7',
    caseId: C.alex,
    text: `Your support case was re-registered after a system correction.
Case ID: ${C.alex}
To keep the case active, verify your identity within 24 hours:
http://aws-case-verify.example.biz/c/${C.alex}`,
  }),
  mk({
    slug: 'en-ack-html-second-case',
    kind: 'acknowledgement',
    lang: 'en',
    note: 'HTML-only receipt of a second case, resent because the first copy went to a secondary contact; topic not stated',
    from: NOREPLY,
    to: tAlex,
    subject: `We received your request - case ${C.alex2} (resent)`,
    date: d('2026-11-04 20:44:09', '-0800'),
    enc: 'utf8b64',
    caseId: C.alex2,
    html: html(`Hello Alex,

This is a copy of your case receipt. The original went to a secondary contact address by mistake.

Case ${C.alex2} has been opened. You can reply to this e-mail to add information to the case.

Regards,
Amazon Web Services`),
  }),
  mk({
    slug: 'en-ack-blank-subject-replaced',
    kind: 'acknowledgement',
    lang: 'en',
    crlf: false,
    note: 'receipt that replaces one sent with a blank subject; shape of a receipt, LF line ends',
    from: NOREPLY,
    to: tHanakoEn,
    subject: `Updated: Case ${C.hanakoNew} - we've received your request`,
    date: d('2026-11-09 10:04:00', '+0000'),
    enc: 'ascii7',
    caseId: C.hanakoNew,
    text: `Thank you for contacting AWS.

This notice replaces the one we sent a moment ago with an empty subject line.

Case: ${C.hanakoNew}
Status: Unassigned
Language: Japanese

You'll hear from us soon. Your request has been recieved.
AWS Support`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'en-ai-not-credly',
    kind: 'ai_answer',
    lang: 'en',
    note: 'revised automated answer: not Credly, use the Merge Accounts tool; create a case if both accounts have history',
    from: NOREPLY,
    to: tAlex,
    subject: 'Updated answer to your question about combining certification accounts',
    date: d('2026-10-14 15:47:02', '-0700'),
    enc: 'ascii7',
    caseId: null,
    text: `This answer was generated automatically.

Our assistant previously suggested that you contact Credly to combine your accounts. That suggestion was wrong for this kind of request, and we have corrected it.

To combine two AWS Certification accounts, sign in to the account you want to keep, open your profile, and choose Merge Accounts. You will be asked for the other account's login. If both accounts already hold certifications, the tool will stop and ask you to contact support. In that case, choose Create case on this page.

Did this answer help? Yes | No`,
  }),
  mk({
    slug: 'en-ai-said-completed',
    kind: 'ai_answer',
    lang: 'en',
    trap: true,
    note: 'AI reply retracts its own "your merge has been completed": an AI answer cannot merge; still an automated answer',
    from: 'AWS Training and Certification <no-reply-aws@amazon.com>',
    to: tPriya,
    subject: 'Correction to your AI-generated answer',
    date: d('2026-10-16 08:58:31', '+0100'),
    enc: 'utf8qp',
    caseId: null,
    text: `Hi,

An AI-generated reply sent to you this morning said that "your merge has been completed". That statement was produced in error. Automated answers cannot merge accounts, and nothing has changed on your accounts.

What you can try: the self-service Merge Accounts option in your AWS Certification profile. If it reports that both accounts have certification history, create a case and a person will help.

This response was generated by AI and may contain mistakes.`,
    html: html(`Hi,

An AI-generated reply sent to you this morning said that "your merge has been completed". That statement was produced in error. Automated answers cannot merge accounts, and nothing has changed on your accounts.

What you can try: the self-service Merge Accounts option in your AWS Certification profile. If it reports that both accounts have certification history, create a case and a person will help.

This response was generated by AI and may contain mistakes.`),
  }),
  mk({
    slug: 'en-ai-after-merge-vouchers',
    kind: 'ai_answer',
    lang: 'en',
    trap: true,
    note: 'HTML-only AI answer explaining what happens after a merge (badges, vouchers), correcting an earlier answer: stays ai_answer',
    from: 'AWS Training and Certification <no-reply-aws@amazon.com>',
    to: tMaria,
    subject: 'Your answer has been updated',
    date: d('2026-10-18 10:41:57', '+0200'),
    enc: 'utf8qp',
    caseId: null,
    html: html(`Generated answer (revised)

Earlier we told you that exam vouchers are lost when two accounts are merged. That was not accurate. After your accounts have been merged, unused benefits such as the 50% discount voucher show up on the account you kept.

Credly badges do not always follow automatically. AWS recommends finishing the account merge first and then accepting your badges on Credly with the kept e-mail address.

You can start the merge yourself from Profile > Merge Accounts. If that is not possible, choose Create case.`),
  }),
  mk({
    slug: 'en-ai-sign-in-first',
    kind: 'ai_answer',
    lang: 'en',
    note: 'automated answer corrected to say which account to sign in to before using the tool',
    from: NOREPLY,
    to: tAlex,
    subject: 'Re: merge two certification profiles (automated reply, corrected)',
    date: d('2026-11-04 20:31:40', '-0800'),
    enc: 'ascii7',
    caseId: null,
    text: `Automated reply - corrected version

The previous automated reply told you to sign in to the account you want to close. Please do the opposite: sign in to the account you want to KEEP, then go to Profile and select Merge Accounts. Enter the credentials of the account that should be merged into it.

When both accounts have passed exams on them, self-service is not available; please submit a case instead and include both candidate IDs.

This message was generated by an automated assistant.`,
  }),
  mk({
    slug: 'en-ai-to-japanese-user',
    kind: 'ai_answer',
    lang: 'en',
    note: 'English AI answer to a Japanese user, replacing an earlier one that linked to the wrong FAQ',
    from: 'AWS Training and Certification <no-reply-aws@amazon.com>',
    to: tTaroEn,
    subject: 'Generated answer: merging AWS Certification accounts (replaces previous answer)',
    date: d('2026-10-19 00:50:12', '+0000'),
    enc: 'ascii7',
    caseId: null,
    text: `This answer was generated by AI. It replaces the answer sent to you at 00:41 UTC, which linked to a Skill Builder FAQ by mistake.

If you have two AWS Certification accounts, you can usually merge them yourself with the Merge Accounts tool in the certification portal profile. Have the e-mail address and password of the second account ready.

If the tool can't merge them, select "Create case" and include your name, company and the candidate IDs of both accounts.`,
  }),
  mk({
    slug: 'en-ai-hanako-revised',
    kind: 'ai_answer',
    lang: 'en',
    trap: true,
    note: 'AI suggestion, revised: it had said support would "confirm the merge by e-mail"; it only points to the tool',
    from: 'AWS Training and Certification <no-reply-aws@amazon.com>',
    to: tHanakoEn,
    subject: 'AI assistant: revised suggestion',
    date: d('2026-11-09 09:52:26', '+0000'),
    enc: 'utf8b64',
    caseId: null,
    text: `AI-generated suggestion (revised)

My earlier suggestion said that support would "confirm the merge by e-mail within one hour". I should not have said that; I can't promise what support will do or when.

Here is what you can do now: sign in to the AWS Certification account you want to keep and use Profile -> Merge Accounts. If you see a message that the accounts can't be merged automatically, open a case from this page.`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'en-info-only-old-candidate-id',
    kind: 'info_request',
    lang: 'en',
    note: 'corrected request: "we only need the candidate ID of the old account"',
    from: FORM,
    to: tAlex,
    subject: subj(C.alex),
    date: d('2026-10-15 13:22:08', '-0700'),
    enc: 'ascii7',
    caseId: C.alex,
    text: `Hi Alex,

Quick correction to my last email. I asked you for the login email, notification email and candidate ID of both accounts, but we already have everything for the account you're keeping. We only need the candidate ID of the old account (it starts with "AWS").

Just reply with that number and we'll take it from there.

Best,
Sofia M.
AWS Training and Certification Customer Support

${ref('A1x9')}`,
  }),
  mk({
    slug: 'en-info-confirm-sent-too-early',
    kind: 'info_request',
    lang: 'en',
    trap: true,
    note: 'withdraws a premature "please confirm the merge" and asks for the login email of the account to retire',
    from: FORM,
    to: tPriya,
    subject: subj(C.priya),
    date: d('2026-10-17 10:05:33', '+0100'),
    enc: 'utf8qp',
    caseId: C.priya,
    text: `Hello Priya,

Please disregard my previous e-mail asking you to confirm the merge. I sent it before I had checked your details, and I'm sorry for the confusion.

Before we can go any further, could you tell me which e-mail address you used to sign in to the account you want to retire? The address ${PRIYA.src} does not match any certification account on our side.

Kind regards,
Ravi
AWS T&C Support`,
  }),
  mk({
    slug: 'en-info-not-completed-need-uni',
    kind: 'info_request',
    lang: 'en',
    trap: true,
    note: '"correction: the merge has NOT been completed yet" and asks for the university address and its candidate ID; Gmail quote below',
    from: FORM,
    to: tMaria,
    subject: subj(C.maria, 'Correction - '),
    date: d('2026-10-21 17:48:10', '+0200'),
    enc: 'utf8b64',
    caseId: C.maria,
    text: `Hi Maria,

Correction: the merge has NOT been completed yet. My earlier note was meant for a different ticket.

To locate your university account we still need two things:
- the university e-mail address you registered with
- the candidate ID shown on that account's profile page

Once you send those over, I'll get things moving.

Mateo

On Tue, Oct 20, 2026 at 9:14 AM AWS Training and Certification <${FORM_ADDR}> wrote:
> Hi Maria, good news: your accounts have been merged.`,
  }),
  mk({
    slug: 'en-info-lookalike-authserv',
    kind: 'info_request',
    lang: 'en',
    trusted: false,
    auth: 'lookalikeServer',
    note: 'corrected request for documents; the only pass verdict comes from a look-alike authserv-id: untrusted',
    from: FORM,
    to: tAlex,
    subject: subj(C.alex, '[Corrected] '),
    date: d('2026-10-16 02:39:50', '+0000'),
    enc: 'utf8qp',
    caseId: C.alex,
    text: `Hello,

Our earlier message asked for the wrong document. To continue, please upload a photo of your government ID and the password of your old account here:
https://aws-tc-docs.example.click/upload

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-info-which-stays-taro',
    kind: 'info_request',
    lang: 'en',
    note: 'English reply to a Japanese user: the agent corrects a source/destination mix-up; after the correction it asks which account should stay',
    from: FORM,
    to: tTaroEn,
    subject: subj(C.taro),
    date: d('2026-10-21 02:15:37', '+0000'),
    enc: 'ascii7',
    caseId: C.taro,
    text: `Dear Taro Yamada,

I need to correct what I wrote yesterday: I described ${TARO.keepId} as the account to be closed, but your form says the opposite. I don't want to guess. Which of the two accounts should stay, ${TARO.keep} or ${TARO.src}?

A one-line reply is enough.

Regards,
Kwame
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-info-confirm-address-typo',
    kind: 'info_request',
    lang: 'en',
    trap: true,
    note: '"please confirm the e-mail address you keep" after a typo in the earlier mail: asks for information',
    from: FORM,
    to: tPriya,
    subject: subj(C.priya),
    date: d('2026-10-18 14:40:00', '+0100'),
    enc: 'utf8qp',
    caseId: C.priya,
    text: `Hi Priya,

In my last message I wrote your address as "priya.n@example.com". I think that's a typo on my side, but please confirm the e-mail address of the account you are keeping so we don't merge into the wrong profile.

Thanks,
Grace
AWS Training and Certification`,
    html: html(`Hi Priya,

In my last message I wrote your address as "priya.n@example.com". I think that's a typo on my side, but please confirm the e-mail address of the account you are keeping so we don't merge into the wrong profile.

Thanks,
Grace
AWS Training and Certification`),
  }),
  mk({
    slug: 'en-info-credly-email-needed',
    kind: 'info_request',
    lang: 'en',
    trap: true,
    note: 'on the badge case: "no action needed" retracted; to move the badges support needs the Credly account e-mail',
    from: FORM,
    to: tAlex,
    subject: subj(C.alex2),
    date: d('2026-11-06 11:03:21', '-0800'),
    enc: 'ascii7',
    caseId: C.alex2,
    text: `Hi Alex,

I told you on Wednesday that no action was needed from you for the badges. That was premature, sorry. To move your Credly badges over, I need the e-mail address your Credly account is registered with (it may differ from your certification login).

Could you send that when you get a chance?

Oliver
AWS Training and Certification Support`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'en-conf-merged-sent-in-error',
    kind: 'confirmation_request',
    lang: 'en',
    trap: true,
    note: 'the "accounts merged" mail was sent in error; before merging, the customer must confirm (irreversible)',
    from: FORM,
    to: tAlex,
    subject: subj(C.alex),
    date: d('2026-10-19 09:12:45', '-0700'),
    enc: 'ascii7',
    caseId: C.alex,
    text: `Hello Alex,

Please disregard the previous email saying your accounts were merged. It was sent in error and no merge has taken place.

Before we merge, we need your explicit go-ahead, because a merge cannot be reversed:

  Source (will be closed): ${ALEX.srcId} / ${ALEX.src}
  Destination (kept):      ${ALEX.keepId} / ${ALEX.keep}

If that is right, reply "I confirm" to this email.

Sofia M.
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-conf-swapped-priya',
    kind: 'confirmation_request',
    lang: 'en',
    note: 'correction of swapped source/destination and a request to agree to the merge',
    from: FORM,
    to: tPriya,
    subject: subj(C.priya, 'CORRECTED: '),
    date: d('2026-10-20 16:27:14', '+0100'),
    enc: 'utf8qp',
    caseId: C.priya,
    text: `Hello again Priya,

I had the two accounts the wrong way round in my last message, apologies. The correct plan is:

Merge FROM ${PRIYA.srcId} (${PRIYA.src})
Merge INTO ${PRIYA.keepId} (${PRIYA.keep})

Your certifications from the old account will then appear on the one you keep. This can't be undone once done. Are you happy for us to go ahead? A reply saying yes is all we need.

Ravi`,
  }),
  mk({
    slug: 'en-conf-cert-list-maria',
    kind: 'confirmation_request',
    lang: 'en',
    note: 'corrected list of certifications, then asks Maria to agree before the irreversible merge',
    from: FORM,
    to: tMaria,
    subject: subj(C.maria),
    date: d('2026-10-23 12:30:31', '+0200'),
    enc: 'utf8b64',
    caseId: C.maria,
    text: `Hi Maria,

My summary yesterday left out one certification on your university account. Here is the full list that will move to ${MARIA.keep}:

 * AWS Certified Cloud Practitioner (2024)
 * AWS Certified Developer - Associate (2025)

Please look it over and, if it's correct, reply to let us know you agree to the merge. We can't reverse it afterwards.

Mateo
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-conf-dmarc-fail',
    kind: 'confirmation_request',
    lang: 'en',
    trusted: false,
    auth: 'fail',
    note: '"confirm button was broken" re-send; after the correction it asks for consent (via a link); dmarc=fail for amazon.com: untrusted',
    from: FORM,
    to: tPriya,
    subject: subj(C.priya, '[Resend] '),
    date: d('2026-10-19 03:44:30', '+0000'),
    enc: 'ascii7',
    caseId: C.priya,
    text: `Hello,

The confirm button in our previous email was broken. Please confirm the merge of your accounts using the corrected link below within 12 hours, or the request will be cancelled.

https://merge-confirm.example-aws.net/c?id=${C.priya}

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-conf-taro-wrong-customer',
    kind: 'confirmation_request',
    lang: 'en',
    note: 'retracts a message meant for another customer; what remains is a request that Taro (in English) confirm the merge',
    from: FORM,
    to: tTaroEn,
    subject: subj(C.taro),
    date: d('2026-10-25 07:30:02', '+0000'),
    enc: 'utf8qp',
    caseId: C.taro,
    text: `Dear Mr. Yamada,

My apologies: the message I sent you an hour ago was meant for another customer. Please delete it.

For your own request, here is what we will do: the certifications on ${TARO.srcId} (${TARO.src}) will be moved to ${TARO.keepId} (${TARO.keep}), and ${TARO.srcId} will be closed. Please note a merge is permanent.

May we proceed? Kindly reply to this email to give your approval.

Lena
AWS Training and Certification`,
    html: html(`Dear Mr. Yamada,

My apologies: the message I sent you an hour ago was meant for another customer. Please delete it.

For your own request, here is what we will do: the certifications on ${TARO.srcId} (${TARO.src}) will be moved to ${TARO.keepId} (${TARO.keep}), and ${TARO.srcId} will be closed. Please note a merge is permanent.

May we proceed? Kindly reply to this email to give your approval.

Lena
AWS Training and Certification`),
  }),
  mk({
    slug: 'en-conf-reopened-need-ok',
    kind: 'confirmation_request',
    lang: 'en',
    trap: true,
    note: 'case was closed by mistake and reopened; the merge still needs the customer\'s consent (Outlook quote)',
    from: FORM,
    to: tAlex,
    subject: subj(C.alex),
    date: d('2026-10-18 18:05:10', '-0700'),
    enc: 'ascii7',
    caseId: C.alex,
    text: `Alex,

Your case was closed by mistake yesterday and I've reopened it. Sorry about that.

We're ready to merge ${ALEX.srcId} into ${ALEX.keepId}. All we need is your OK: please reply confirming you want this, bearing in mind it is permanent.

Tomasz
AWS Training and Certification

-----Original Message-----
From: AWS Training and Certification <${FORM_ADDR}>
Sent: Saturday, October 17, 2026 4:12 PM
To: ${ALEX.keep}
Subject: ${subj(C.alex)}

Your case has been resolved and closed.`,
  }),
  mk({
    slug: 'en-conf-retire-address-fixed',
    kind: 'confirmation_request',
    lang: 'en',
    crlf: false,
    note: 'correction of which address will be retired, then "reply YES to confirm"',
    from: FORM,
    to: tMaria,
    subject: subj(C.maria),
    date: d('2026-10-22 09:09:41', '+0200'),
    enc: 'ascii7',
    caseId: C.maria,
    text: `Hi Maria,

Correction to my request from this morning: the account that will be retired is ${MARIA.src}, not ${MARIA.keep}. Everything else is unchanged.

So, to be clear: ${MARIA.srcId} merges into ${MARIA.keepId}, and you keep signing in with ${MARIA.keep}.

Reply YES to confirm and we'll schedule it. Once it's done it can't be undone.

Mateo`,
  }),
];

void q;
void sfBlock;
