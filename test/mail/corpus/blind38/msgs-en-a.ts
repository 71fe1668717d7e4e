// Set ak, English part A: receipts, AI answers, information and confirmation requests.
import type { Msg } from './lib.js';
import { rfcDate as d } from './lib.js';
import {
  en, FORM, NOTIFY, SUPPORT_NOTIFY, subj, EMILY, RAHUL, SHO, C, to, quote, gmailEn, outlookEn, origMsg, sfOrig, sfRef,
  htmlDoc, htmlTable, paras, textTable, EMILY_ASK, RAHUL_ASK, FAQ_EN_A, FAQ_EN_B, FAQ_EN_C, sigEn,
} from './common.js';

const E = EMILY;
const R = RAHUL;
const eTo = to(E, 'en');
const rTo = to(R, 'en');

export const EN_A: Msg[] = [
  // ================= acknowledgement =================
  en({
    slug: 'en-ack-while-you-wait-faq',
    kind: 'acknowledgement',
    caseId: C.emily,
    trap: true,
    note: 'receipt that opens with a long "while you wait" FAQ on merges (confirm, merged, badges) before the one line giving the case ID',
    from: NOTIFY,
    to: E.keep,
    subject: `Your AWS Training and Certification case ${C.emily} has been created`,
    date: d('2026-04-06 15:02:11', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello,

While you wait for one of our team to pick this up, you might find the following useful.

${FAQ_EN_A}

${FAQ_EN_C}

We have opened case ${C.emily} for you. A member of our team will normally reply within 24 hours. Please do not open another case for the same request; duplicate cases slow things down for everyone.

This notification was sent from an address that cannot accept replies.

Amazon Web Services`,
  }),
  en({
    slug: 'en-ack-alt-summary-table',
    kind: 'acknowledgement',
    caseId: C.rahul,
    note: 'multipart receipt with a table of the submitted form fields; case number in the subject',
    from: FORM,
    to: rTo,
    subject: `[CASE ${C.rahul}] We've got your request`,
    date: d('2026-04-14 09:30:44', '+0530'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Rahul Mehta,

Thanks for reaching out to AWS Training and Certification. Here is a summary of what you sent us:

${textTable([
  ['Field', 'Value'],
  ['Inquiry type', 'AWS Training and Certification'],
  ['Issue', 'Certification - account merge'],
  ['Candidate ID', R.keepId],
  ['Company', 'Consult Example Pvt Ltd'],
])}

Case number: ${C.rahul}
Expected first response: within 1 business day.

AWS Training and Certification Customer Support`,
    html: htmlDoc(`<p>Hi Rahul Mehta,</p>
<p>Thanks for reaching out to AWS Training and Certification. Here is a summary of what you sent us:</p>
${htmlTable([
  ['Field', 'Value'],
  ['Inquiry type', 'AWS Training and Certification'],
  ['Issue', 'Certification - account merge'],
  ['Candidate ID', R.keepId],
  ['Company', 'Consult Example Pvt Ltd'],
])}
<p>Case number: <b>${C.rahul}</b><br>Expected first response: within 1 business day.</p>
<p>AWS Training and Certification Customer Support</p>`, 'en'),
  }),
  en({
    slug: 'en-ack-id-body-only-lf',
    kind: 'acknowledgement',
    caseId: C.emilyDup,
    note: 'receipt with a generic subject; the case ID appears only in the body; LF line ends',
    from: FORM,
    to: eTo,
    subject: 'Thank you for contacting AWS Training and Certification',
    date: d('2026-04-06 23:11:05', '-0500'),
    auth: 'pass',
    enc: 'ascii7',
    crlf: false,
    text: `Dear Emily Carter,

We have received your message and a case has been created.

   Reference: ${C.emilyDup}

Our agents answer cases in the order they arrive. You will hear from us by e-mail.

AWS Training and Certification`,
  }),
  en({
    slug: 'en-ack-en-with-ja-line',
    kind: 'acknowledgement',
    caseId: C.rahul2,
    note: 'English receipt with one Japanese boilerplate line at the end; language en',
    from: SUPPORT_NOTIFY,
    to: R.keep,
    subject: `Case ${C.rahul2} opened`,
    date: d('2026-05-02 04:20:17', '+0000'),
    auth: 'dkimonly',
    enc: 'utf8b64',
    text: `Hello,

A new support case has been opened on your behalf.

Case ID: ${C.rahul2}
Subject: Certification account consolidation
Severity: General guidance

You can view the case and add correspondence in the Support Center.

※日本語でのお問い合わせも承っております。

Amazon Web Services`,
  }),
  en({
    slug: 'en-ack-html-only-status-new',
    kind: 'acknowledgement',
    caseId: C.emily,
    note: 'HTML-only receipt: status "New", queue, business hours; no topic-specific news',
    from: FORM,
    to: eTo,
    subject: `[CASE ${C.emily}] Case received`,
    date: d('2026-04-06 10:03:50', '-0500'),
    auth: 'pass',
    enc: 'utf8b64',
    html: htmlDoc(`<p>Hello Emily,</p>
<table><tr><td>Case</td><td>${C.emily}</td></tr><tr><td>Status</td><td>New</td></tr><tr><td>Queue</td><td>Certification</td></tr></table>
<p>Your request is in the queue. Our team works Monday to Friday and will be in touch as soon as possible.</p>
<p>AWS Training &amp; Certification</p>`, 'en'),
  }),
  en({
    slug: 'en-ack-dmarc-fail',
    kind: 'acknowledgement',
    trusted: false,
    caseId: C.rahul,
    note: 'receipt from the form address but the receiving server\'s A-R says dmarc=fail: untrusted',
    from: FORM,
    to: rTo,
    subject: `[CASE ${C.rahul}] Request received`,
    date: d('2026-04-14 10:11:00', '+0530'),
    auth: 'fail',
    enc: 'ascii7',
    text: `Hi Rahul,

We received your request (case ${C.rahul}). We will reply within 24 hours.

AWS Training and Certification`,
  }),

  // ================= ai_answer =================
  en({
    slug: 'en-ai-long-numbered-tool',
    kind: 'ai_answer',
    caseId: null,
    trap: true,
    note: 'generated answer with numbered steps for the Merge Accounts tool and what is "merged" afterwards; Create case at the end',
    from: FORM,
    to: eTo,
    subject: 'Your generated answer from AWS Training and Certification',
    date: d('2026-04-06 09:55:02', '-0500'),
    auth: 'pass',
    enc: 'ascii7',
    text: `This response was generated by AI and may not be accurate.

You asked: "I have two certification accounts, how do I combine them?"

Here's what usually works:
1. Sign in to the account you want to keep.
2. Open your profile and choose Merge Accounts.
3. Enter the credentials of the other account.
4. Review and submit.

Once merged, your certifications, exam history and benefits appear in one place, and your Credly badges can be claimed under the kept e-mail address.

If both accounts hold certifications the tool will stop you. In that case choose "Create case" below and an agent will help.

Did this answer your question? Yes | No`,
  }),
  en({
    slug: 'en-ai-html-q-suggestion',
    kind: 'ai_answer',
    caseId: null,
    note: 'HTML-only automated suggestion with a checklist table of what to prepare',
    from: FORM,
    to: rTo,
    subject: 'Suggested solution for your question',
    date: d('2026-04-14 09:20:10', '+0530'),
    auth: 'pass',
    enc: 'utf8qp',
    html: htmlDoc(`<p><em>Automated answer</em></p>
<p>Before you merge, have these ready:</p>
${htmlTable([
  ['Item', 'Where to find it'],
  ['Candidate ID (AWS########)', 'Certification portal, My Profile'],
  ['Sign-in e-mail of each account', 'AWS Builder ID settings'],
  ['Certifications held', 'Certification portal, Certifications'],
])}
<p>Then try the self-service Merge Accounts tool from the account you keep. If that fails, you can still open a case.</p>`, 'en'),
  }),
  en({
    slug: 'en-ai-three-scenarios',
    kind: 'ai_answer',
    caseId: null,
    note: 'AI answer describing three scenarios; the last says open a case',
    from: FORM,
    to: to(SHO, 'en'),
    subject: 'AI-generated guidance: duplicate certification accounts',
    date: d('2026-02-09 14:05:18', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Generated by Amazon Q. Review before acting on it.

Scenario 1 - one account is empty: use Merge Accounts yourself.
Scenario 2 - you only want a different e-mail: change it under My Profile, no merge needed.
Scenario 3 - both accounts have certifications: the tool cannot help; open a case with Customer Support.`,
  }),
  en({
    slug: 'en-ai-after-merge-badges-explainer',
    kind: 'ai_answer',
    caseId: null,
    trap: true,
    note: 'automated answer explaining that badges move after the merge and the case closes; still ai_answer',
    from: FORM,
    to: eTo,
    subject: 'Automated response: what happens after a merge',
    date: d('2026-04-06 09:57:40', '-0500'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Thanks for your question. This is an automated response.

${FAQ_EN_B}

After a support-assisted merge, your badges are normally transferred to the kept account and the case is closed by the agent. If you still want to go ahead, select "Create case".`,
  }),
  en({
    slug: 'en-ai-display-name-gmail',
    kind: 'ai_answer',
    trusted: false,
    caseId: null,
    note: 'AI-answer text under a trusted display name but sent from a free-mail address: untrusted',
    from: 'AWS Training and Certification <aws.training.cert.help@gmail.com>',
    to: rTo,
    subject: 'Generated answer - account merge',
    date: d('2026-04-13 18:00:00', '+0530'),
    auth: 'pass',
    enc: 'ascii7',
    text: `This answer was generated automatically.
Use the Merge Accounts tool on your profile page. If it fails, reply with your sign-in details and we will do it for you.`,
  }),
  en({
    slug: 'en-ai-articles-short',
    kind: 'ai_answer',
    caseId: null,
    note: 'short list of recommended help articles generated from the form input',
    from: FORM,
    to: to(E, 'en'),
    subject: 'Articles that might help',
    date: d('2026-04-06 09:54:12', '-0500'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Based on what you typed, these articles may answer your question:

* How do I merge two AWS Certification accounts?
* I can't sign in with my old work e-mail
* Where is my candidate ID?

Still stuck? Continue to create a case.`,
  }),

  // ================= info_request =================
  en({
    slug: 'en-info-fourth-para-ids',
    kind: 'info_request',
    trap: true,
    caseId: C.emily,
    note: 'long first reply: empathy, explanation, FAQ, and in the fourth paragraph the ask for the Security Specialty validation number and the agency account\'s sign-in e-mail',
    from: FORM,
    to: eTo,
    subject: subj(C.emily),
    date: d('2026-04-07 13:41:27', '-0500'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello Emily,

Thank you for contacting AWS Training and Certification, my name is Daniel and I'll be looking after your case.

I understand you have certifications split across an agency account and a personal account, and that the self-service tool sent you back to us. That is expected when both accounts already hold certifications, so you're in the right place.

${FAQ_EN_A}

To verify that both accounts belong to you, could you reply with the validation number of the Security - Specialty certification and the e-mail address you use to sign in to the agency account? The candidate IDs you gave look right, but the agency account shows a different sign-in address from the one in your message.

As soon as I have those, I'll move things along.

${sigEn('Daniel', 0)}

${quote(EMILY_ASK)}`,
  }),
  en({
    slug: 'en-info-table-missing-cells',
    kind: 'info_request',
    caseId: C.rahul,
    note: 'table of both accounts with "??" in two cells; asks him to fill them in',
    from: FORM,
    to: rTo,
    subject: subj(C.rahul),
    date: d('2026-04-15 11:09:33', '+0530'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Rahul,

Thanks for getting in touch. Here is what I have on file so far:

${textTable([
  ['', 'Old (source)', 'Keep (target)'],
  ['Candidate ID', R.srcId, R.keepId],
  ['Sign-in e-mail', R.src, '??'],
  ['Certifications', 'SAA-C03, DOP-C02', '??'],
])}

Could you fill in the two question marks, i.e. the sign-in address of the account you keep and which certifications it currently shows?

${sigEn('Meera', 1)}

${quote(RAHUL_ASK)}`,
  }),
  en({
    slug: 'en-info-confirm-address-trap',
    kind: 'info_request',
    caseId: C.emilyDup,
    trap: true,
    note: '"Please confirm which e-mail address you want to keep" — confirm-word, but it asks for information',
    from: FORM,
    to: eTo,
    subject: subj(C.emilyDup),
    date: d('2026-04-08 08:20:00', '-0500'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Hi Emily,

I've linked this case to your earlier one, so you'll only hear from one of us from now on.

One thing before we can go further: the personal account has two e-mail addresses on it (a sign-in address and a notification address), and they differ.

Please confirm which e-mail address you want to keep as the primary address on the merged account.

Thanks,
Priyanka
AWS Training and Certification`,
  }),
  en({
    slug: 'en-info-outlook-quote-exam-history',
    kind: 'info_request',
    caseId: C.rahul,
    note: 'second request above an Outlook-quoted reply: thanks for the e-mail, now asks for the date of his last exam on the old account',
    from: FORM,
    to: rTo,
    subject: subj(C.rahul),
    date: d('2026-04-16 15:20:45', '+0530'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Rahul,

Thanks, that fills the gaps. One more item: the old account has no name on the profile, so I need one extra check. What was the date (roughly is fine) of the last exam you sat on the old account?

Meera

${outlookEn(`${R.en} <${R.keep}>`, 'Wednesday, April 15, 2026 7:02 PM', 'aws-cs-trainingcertification-form@amazon.com', subj(C.rahul))}

Hi Meera,
Sign-in e-mail for the keep account: ${R.keep}
It has the Cloud Practitioner only.
Rahul`,
  }),
  en({
    slug: 'en-info-html-numbered-list',
    kind: 'info_request',
    caseId: C.rahul2,
    note: 'HTML-only numbered list of four items to send back, after two paragraphs on policy',
    from: FORM,
    to: rTo,
    subject: subj(C.rahul2),
    date: d('2026-05-03 10:44:00', '+0530'),
    auth: 'pass',
    enc: 'utf8qp',
    html: htmlDoc(`<p>Dear Rahul,</p>
<p>Thank you for your request regarding account consolidation.</p>
<p>For security reasons we verify every merge request against our records before any changes are made.</p>
<p>Please send us the following:</p>
<ol><li>Full name as shown on your ID</li><li>Candidate ID of each account</li><li>E-mail address of each account</li><li>The account you would like to keep</li></ol>
<p>Regards,<br>AWS Training and Certification</p>`, 'en'),
  }),
  en({
    slug: 'en-info-forged-below-received',
    kind: 'info_request',
    trusted: false,
    caseId: C.emily,
    note: 'asks for IDs, but its dmarc=pass A-R sits below the server\'s Received line (forged): untrusted',
    from: FORM,
    to: eTo,
    subject: subj(C.emily),
    date: d('2026-04-07 02:00:00', '-0500'),
    auth: 'forgedBelow',
    enc: 'ascii7',
    text: `Hello Emily,

Please send both candidate IDs and the passwords for both accounts so we can complete the merge.

AWS Support`,
  }),
  en({
    slug: 'en-info-to-team-list',
    kind: 'info_request',
    forUser: false,
    caseId: C.rahul2,
    note: 'information request on a case opened by the firm\'s training team, delivered to the team list only',
    from: FORM,
    to: 'Training Team <training-team@consult.example.com>',
    subject: subj(C.rahul2),
    date: d('2026-05-04 12:00:00', '+0530'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello,

To merge the accounts you listed, please send us the candidate ID of each account holder and the address each of them wants to keep.

AWS Training and Certification`,
  }),

  // ================= confirmation_request =================
  en({
    slug: 'en-conf-long-table-irreversible',
    kind: 'confirmation_request',
    caseId: C.emily,
    note: 'long reply with a table of what moves where and a warning paragraph; the consent question is in the fourth paragraph',
    from: FORM,
    to: eTo,
    subject: subj(C.emily),
    date: d('2026-04-09 16:08:12', '-0500'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello Emily,

Thanks for sending the validation number; everything lines up.

${textTable([
  ['', 'Agency (source)', 'Personal (kept)'],
  ['Candidate ID', E.srcId, E.keepId],
  ['Certifications', 'CLF-C02, SAA-C03', 'SCS-C02'],
])}

After the merge, the agency account will be closed and its certifications, exam history and benefits will appear on your personal account. Nothing changes for the expiry dates.

Please note this is permanent: we cannot split the accounts again afterwards. If you're happy for us to go ahead on that basis, just reply to this e-mail saying so.

${sigEn('Daniel', 0)}`,
  }),
  en({
    slug: 'en-conf-would-you-like-us-to-proceed',
    kind: 'confirmation_request',
    caseId: C.rahul,
    note: '"Would you like us to proceed?" after restating the details; no "confirm" word',
    from: FORM,
    to: rTo,
    subject: subj(C.rahul),
    date: d('2026-04-17 12:32:09', '+0530'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Rahul,

The exam date matches our records, thanks.

So the plan is: ${R.srcId} (old consulting account) goes into ${R.keepId} (personal). Your SAA-C03 and DOP-C02 will then sit alongside the Cloud Practitioner, and the old account goes away for good.

This can't be reversed later. Would you like us to proceed?

Meera`,
  }),
  en({
    slug: 'en-conf-html-alt-reply-yes',
    kind: 'confirmation_request',
    caseId: C.emilyDup,
    note: 'multipart: a grey warning box on irreversibility and "reply YES to authorise the merge"',
    from: FORM,
    to: eTo,
    subject: subj(C.emilyDup),
    date: d('2026-04-09 16:30:00', '-0500'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Hi Emily,

Thanks for telling us which address to keep (${E.keep}).

IMPORTANT: merging is permanent. The agency account (${E.srcId}) will be deactivated.

To authorise the merge, reply YES to this message.

Priyanka`,
    html: htmlDoc(`<p>Hi Emily,</p><p>Thanks for telling us which address to keep (${E.keep}).</p>
<div style="background:#f2f2f2;padding:8px"><b>IMPORTANT:</b> merging is permanent. The agency account (${E.srcId}) will be deactivated.</div>
<p>To authorise the merge, reply <b>YES</b> to this message.</p><p>Priyanka</p>`, 'en'),
  }),
  en({
    slug: 'en-conf-top-over-gmail-thread',
    kind: 'confirmation_request',
    caseId: C.rahul2,
    note: 'one-paragraph consent question on top of a long Gmail-quoted exchange',
    from: FORM,
    to: rTo,
    subject: subj(C.rahul2),
    date: d('2026-05-06 09:15:30', '+0530'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Rahul - all four items received. Before I submit this, please let me know you agree to ${R.srcId} being merged into ${R.keepId} permanently. A one-line reply is enough.

${gmailEn('Tue, May 5, 2026 at 8:02 PM', R.en, R.keep)}
> 1. Rahul Mehta
> 2. ${R.srcId} / ${R.keepId}
> 3. ${R.src} / ${R.keep}
> 4. Keep ${R.keep}
>
> ${gmailEn('Sun, May 3, 2026 at 10:44 AM', 'AWS Training and Certification', 'aws-cs-trainingcertification-form@amazon.com')}
>> Dear Rahul,
>> Please send us the following:
>> 1. Full name as shown on your ID
>> 2. Candidate ID of each account
>> 3. E-mail address of each account
>> 4. The account you would like to keep`,
  }),
  en({
    slug: 'en-conf-bilingual-en-carries',
    kind: 'confirmation_request',
    caseId: C.emily,
    note: 'English consent request with a one-line Japanese courtesy note at the bottom; language en',
    from: FORM,
    to: eTo,
    subject: subj(C.emily),
    date: d('2026-04-10 08:00:00', '-0500'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hello again Emily,

A gentle follow-up: we still need your go-ahead before the merge of ${E.srcId} into ${E.keepId} can happen. As mentioned, it cannot be undone. A short reply agreeing to it is all we need.

Daniel

（日本語でのご返信も可能です）`,
  }),
  en({
    slug: 'en-conf-sf-original-kindly-ack',
    kind: 'confirmation_request',
    caseId: C.rahul,
    note: '"kindly acknowledge that you accept the merge is final" with a Salesforce original-message block below',
    from: FORM,
    to: rTo,
    subject: subj(C.rahul),
    date: d('2026-04-17 18:45:00', '+0530'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Dear Rahul,

Further to my earlier message, kindly acknowledge that you accept the merge is final and that the old account will be closed. Once we have your acknowledgement we will submit the request.

Meera

${sfOrig('aws-cs-trainingcertification-form@amazon.com', '4/17/2026 12:32 PM', R.keep, subj(C.rahul), `Hi Rahul,
So the plan is: ${R.srcId} goes into ${R.keepId}.
This can't be reversed later. Would you like us to proceed?`)}

${sfRef('Rm77q')}`,
  }),
  en({
    slug: 'en-conf-no-mx-received',
    kind: 'confirmation_request',
    trusted: false,
    caseId: C.emilyDup,
    note: 'consent request; A-R claims mx.test.example but the only Received is by a look-alike host: untrusted',
    from: FORM,
    to: eTo,
    subject: subj(C.emilyDup),
    date: d('2026-04-09 20:00:00', '-0500'),
    auth: 'noMxReceived',
    enc: 'ascii7',
    text: `Hi Emily,

Please confirm you agree to the merge by clicking below. This cannot be undone.
http://merge-consent.example.org/${C.emilyDup}

AWS`,
  }),
];
