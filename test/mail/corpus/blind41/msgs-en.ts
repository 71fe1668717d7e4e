// English messages of set "an": English written by Japanese agents and users as a second language,
// English replies to Japanese customers (quoting Japanese), and plain English templates.
import type { Msg } from './lib.js';
import { rfcDate as d } from './lib.js';
import {
  SUPPORT, AWS_NOTIFY, AWS_SUPPORT_SUB, PORTAL, CREDLY_AWS, formSubject, formSubjectNoRe, KEN, MISAKI, SHO, YUMI, DAN, LIN, CASE,
  quote, sfOriginal, sfOriginalJa, outlookJa, gmailJa, KEN_REQ_EN, MISAKI_REQ_JA, DAN_REQ_EN, LIN_REQ_EN,
} from './common.js';

type Spec = Omit<Msg, 'lang' | 'trusted' | 'forUser' | 'trap'> & Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap'>>;
const e = (s: Spec): Msg => ({ lang: 'en', trusted: true, forUser: true, trap: false, ...s });

const danTo = `${DAN.en} <${DAN.keep}>`;
const linTo = `${LIN.en} <${LIN.keep}>`;
const kenTo = `${KEN.en} <${KEN.keep}>`;

export const EN: Msg[] = [
  // ================= acknowledgement =================
  e({
    slug: 'en-ack-standard-case-created',
    kind: 'acknowledgement',
    caseId: CASE.dan,
    note: 'AWS Support receipt: case created, first response usually within 24 hours',
    from: AWS_NOTIFY,
    to: DAN.keep,
    subject: `AWS Support case ${CASE.dan} has been created`,
    date: d('2026-03-09 23:52:31', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello,

Thank you for contacting AWS Training and Certification. Case ${CASE.dan} was opened on your behalf.

Subject: Merging two certification accounts
Contact method: Web

An agent normally answers within 24 hours. Please don't create another case about the same issue - duplicate cases slow us down.

You can view or update this case in the Support Center.

Amazon Web Services`,
  }),
  e({
    slug: 'en-ack-to-japanese-customer',
    kind: 'acknowledgement',
    caseId: CASE.ken,
    note: 'English receipt sent to a Japanese customer, with one Japanese boilerplate line at the foot; the new text is English',
    from: SUPPORT,
    to: kenTo,
    subject: formSubjectNoRe(CASE.ken),
    date: d('2026-02-09 01:13:20', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Dear Kenichi Nakamura,

We got your message and a ticket has been logged under number ${CASE.ken}. Someone from our team will be in touch shortly.

Regards,
AWS Training and Certification

日本語でのサポートをご希望の場合は、ご返信時にその旨お書き添えください。`,
  }),
  e({
    slug: 'en-ack-html-multipart',
    kind: 'acknowledgement',
    caseId: CASE.lin,
    note: 'multipart/alternative receipt with a case summary box',
    from: AWS_SUPPORT_SUB,
    to: linTo,
    subject: `We received your request [Case ${CASE.lin}]`,
    date: d('2026-03-05 03:01:40', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Lin Wei,

Your request is in our queue.

Case ID: ${CASE.lin}
Category: AWS Training and Certification > Account assistance
Severity: General guidance

A specialist will respond by e-mail.

AWS Support`,
    html: `<html><body><p>Hi Lin Wei,</p><p>Your request is in our queue.</p>
<div style="border:1px solid #ddd;padding:8px"><b>Case ID:</b> ${CASE.lin}<br><b>Category:</b> AWS Training and Certification &gt; Account assistance<br><b>Severity:</b> General guidance</div>
<p>A specialist will respond by e-mail.</p><p>AWS Support</p></body></html>`,
  }),
  e({
    slug: 'en-ack-dkim-only',
    kind: 'acknowledgement',
    caseId: CASE.sho,
    note: 'receipt authenticated by an aligned dkim=pass only (no dmarc result): trusted',
    from: AWS_NOTIFY,
    to: SHO.keep,
    subject: `Case ${CASE.sho} opened`,
    date: d('2026-02-20 08:15:50', '+0000'),
    auth: 'dkimonly',
    enc: 'ascii7',
    text: `Greetings from Amazon Web Services,

This confirms that case ${CASE.sho} is now open. Expect a reply from an agent within one business day.

Amazon Web Services`,
  }),
  e({
    slug: 'en-ack-forged-below',
    kind: 'acknowledgement',
    trusted: false,
    caseId: CASE.yumi,
    note: 'receipt whose dmarc=pass is planted below the receiving server\'s Received line: untrusted',
    from: AWS_NOTIFY,
    to: YUMI.keep,
    subject: `Your case ${CASE.yumi} was created`,
    date: d('2026-03-02 07:40:00', '+0000'),
    auth: 'forgedBelow',
    enc: 'ascii7',
    text: `Hello,

Case ${CASE.yumi} has been created. An associate will contact you soon.

Amazon Web Services`,
  }),
  e({
    slug: 'en-ack-we-will-confirm-trap',
    kind: 'acknowledgement',
    trap: true,
    caseId: CASE.lin2,
    note: 'receipt that says support will "confirm" and "merge" later; nothing asked, nothing done yet',
    from: SUPPORT,
    to: linTo,
    subject: `Thank you for your submission - Case ${CASE.lin2}`,
    date: d('2026-03-12 22:10:10', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Dear customer,

This is an automatic reply. Your form submission about an account merge was received and logged as case ${CASE.lin2}.
An agent will confirm the details with you before any merge is done. No action is needed from you now.

AWS Training and Certification`,
  }),

  // ================= ai_answer =================
  e({
    slug: 'en-ai-generated-merge-tool',
    kind: 'ai_answer',
    caseId: null,
    note: 'AI-generated answer pointing to the Merge Accounts tool',
    from: AWS_NOTIFY,
    to: DAN.keep,
    subject: 'Answer generated for your question',
    date: d('2026-03-09 23:47:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `This response was produced by generative AI and may contain mistakes.

It sounds like you hold two AWS Certification accounts. You can usually combine them yourself:
  * Sign in to the account you want to keep.
  * Open Profile, then choose Merge Accounts.
  * Sign in with the other account's credentials when asked.

If the tool tells you it cannot merge (for example because both accounts already hold certifications), choose "Create case" to reach an agent.`,
  }),
  e({
    slug: 'en-ai-beta-helpful',
    kind: 'ai_answer',
    caseId: null,
    note: 'beta generated answer with a "was this helpful" footer',
    from: AWS_SUPPORT_SUB,
    to: linTo,
    subject: 'Suggested answer (beta)',
    date: d('2026-03-05 02:56:30', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Suggested answer (beta)

Two certification profiles can be consolidated from the Certification portal: Profile > Merge Accounts. The profile you are signed in to is kept; the other is retired after its history is copied.

Did this answer your question? Reply is not monitored - use the buttons in the Support Center.`,
  }),
  e({
    slug: 'en-ai-multipart-q',
    kind: 'ai_answer',
    caseId: null,
    note: 'multipart Amazon Q-style automated suggestion with links',
    from: 'Amazon Q <no-reply@support.aws.com>',
    to: kenTo,
    subject: 'Amazon Q found something that may help',
    date: d('2026-02-09 01:04:40', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Amazon Q found these resources for "merge certification accounts":
- Merge Accounts tool (Certification portal > Profile)
- AWS Certification FAQs: https://aws.amazon.com/certification/faqs/
Still stuck? Create a case.`,
    html: `<p>Amazon Q found these resources for &quot;merge certification accounts&quot;:</p><ul><li>Merge Accounts tool (Certification portal &gt; Profile)</li><li><a href="https://aws.amazon.com/certification/faqs/">AWS Certification FAQs</a></li></ul><p>Still stuck? Create a case.</p>`,
  }),
  e({
    slug: 'en-ai-dmarc-fail',
    kind: 'ai_answer',
    trusted: false,
    caseId: null,
    note: 'automated suggestion with dmarc=fail on top: untrusted',
    from: AWS_NOTIFY,
    to: SHO.keep,
    subject: 'Automated answer to your inquiry',
    date: d('2026-02-20 08:01:10', '+0000'),
    auth: 'fail',
    enc: 'ascii7',
    text: `Our virtual assistant prepared this answer: use the self-service Merge Accounts option on your Certification profile. If it does not work, open a case.`,
  }),
  e({
    slug: 'en-ai-explains-after-merge',
    kind: 'ai_answer',
    trap: true,
    caseId: null,
    note: 'AI answer that explains what happens after a merge (badges, vouchers, closing); still an automated suggestion',
    from: AWS_NOTIFY,
    to: YUMI.keep,
    subject: 'AI-generated guidance: certification account merge',
    date: d('2026-03-02 07:30:55', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Generated by AI - please verify.

After two accounts are merged, all certifications and unused exam vouchers appear on the surviving account, and the retired account can no longer be used to sign in. Credly badges are sometimes not transferred automatically; in that case accept the badges again with the surviving e-mail address. Cases are closed once the merge is confirmed.

To start, try Profile > Merge Accounts. If that is not possible, create a case.`,
  }),
  e({
    slug: 'en-ai-to-japanese-name',
    kind: 'ai_answer',
    caseId: null,
    note: 'English AI answer addressed to a Japanese customer by name',
    from: AWS_NOTIFY,
    to: `${MISAKI.ja} <${MISAKI.keep}>`,
    subject: 'Here is an answer from our assistant',
    date: d('2026-02-16 00:58:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hello 小林 美咲,

Based on what you typed, here is an automatic answer: many customers can merge duplicate certification accounts with the Merge Accounts feature without waiting for an agent. Sign in with the address you want to keep and follow the prompts.

If this did not solve it, select "Create case".`,
  }),

  // ================= info_request =================
  e({
    slug: 'en-info-l2-agent-teach-ids',
    kind: 'info_request',
    caseId: CASE.ken,
    note: 'Japanese agent in L2 English: "Could you please teach us the candidate ID of both account"',
    from: SUPPORT,
    to: KEN.keep,
    subject: formSubject(CASE.ken),
    date: d('2026-02-10 06:20:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Dear Nakamura-sama,

Thank you for your kindly contact to AWS Training and Certification.

For doing the merging of your account, could you please teach us the Candidate ID of both account and which account you want to remain? We are sorry for troubling you.

Best Regards,
Haruka
AWS Training and Certification

${sfOriginal(KEN.keep, '2/9/2026 1:11 AM', 'aws-cs-trainingcertification-form@amazon.com', 'Account merge', KEN_REQ_EN)}`,
  }),
  e({
    slug: 'en-info-to-ja-customer-quotes-ja',
    kind: 'info_request',
    caseId: CASE.misaki,
    note: 'English reply to a Japanese customer, quoting her Japanese request under a Japanese Gmail header; asks for the other candidate ID',
    from: SUPPORT,
    to: `${MISAKI.ja} <${MISAKI.keep}>`,
    subject: formSubject(CASE.misaki),
    date: d('2026-02-17 02:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hello Misaki,

Apologies for replying in English. To locate the second profile, we need the AWS Candidate ID that belongs to ${MISAKI.src}. It starts with "AWS" and is shown at the top of the Certification portal.

Kind regards,
Kenta

${gmailJa('2026年2月16日(月) 10:01', MISAKI.ja, MISAKI.keep)}
${quote(MISAKI_REQ_JA)}`,
  }),
  e({
    slug: 'en-info-which-to-keep',
    kind: 'info_request',
    caseId: CASE.dan,
    note: 'standard English request: which account to keep and the sign-in address of each',
    from: SUPPORT,
    to: danTo,
    subject: formSubject(CASE.dan),
    date: d('2026-03-10 04:15:30', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Daniel,

Happy to help. Before our team can combine the profiles, please reply with:

1. The sign-in e-mail of each account
2. Which of the two should survive

Thanks,
Aiko
AWS Training and Certification

${sfOriginal(DAN.keep, '3/9/2026 11:50 PM', 'aws-cs-trainingcertification-form@amazon.com', 'Account merge', DAN_REQ_EN)}`,
  }),
  e({
    slug: 'en-info-confirm-address-trap',
    kind: 'info_request',
    trap: true,
    caseId: CASE.lin,
    note: '"Please confirm the e-mail address you would like to keep" asks for information, not consent',
    from: SUPPORT,
    to: linTo,
    subject: formSubject(CASE.lin),
    date: d('2026-03-06 01:45:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Dear Lin-san,

We found both profiles. Because the new profile lists two different addresses (login and notification), kindly confirm the e-mail address you would like to keep as the primary one.

Best regards,
Takahashi`,
  }),
  e({
    slug: 'en-info-lookalike-authserv',
    kind: 'info_request',
    trusted: false,
    caseId: CASE.sho,
    note: 'asks for IDs; the topmost Authentication-Results is from a look-alike authserv-id: untrusted',
    from: SUPPORT,
    to: SHO.keep,
    subject: formSubject(CASE.sho),
    date: d('2026-02-21 00:30:00', '+0000'),
    auth: 'lookalikeServer',
    enc: 'ascii7',
    text: `Hello Sho,

Please send the candidate IDs of both profiles and the company name on the partner account.

AWS Training and Certification`,
  }),
  e({
    slug: 'en-info-multipart-screenshot',
    kind: 'info_request',
    caseId: CASE.yumi,
    note: 'multipart request for a screenshot of the certification list on the university account',
    from: SUPPORT,
    to: `${YUMI.en} <${YUMI.keep}>`,
    subject: formSubject(CASE.yumi),
    date: d('2026-03-03 06:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Yumi,

Could you attach a screenshot of the Certifications page from the account registered with ${YUMI.src}? We need it to match the records.

Mori`,
    html: `<p>Hi Yumi,</p><p>Could you attach a screenshot of the Certifications page from the account registered with ${YUMI.src}? We need it to match the records.</p><p>Mori</p>`,
  }),
  e({
    slug: 'en-info-outlook-quote-l2',
    kind: 'info_request',
    forUser: false,
    caseId: CASE.ken2,
    note: 'L2 English request for the romaji name, addressed only to the user\'s former manager: not delivered to the user',
    from: SUPPORT,
    to: '鈴木 部長 <suzuki.bucho@corp-a.example.co.jp>',
    subject: formSubject(CASE.ken2),
    date: d('2026-02-11 03:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Dear Suzuki-sama,

Thank you for your reply for behalf of Mr. Nakamura. We need his full name by roman letter and his company name when he used ${KEN.src}. Please send to us by reply this mail.

Best Regards,
AWS Training and Certification

${outlookJa(`鈴木 部長 <suzuki.bucho@corp-a.example.co.jp>`, '2026年2月10日 18:20', 'aws-cs-trainingcertification-form@amazon.com', formSubject(CASE.ken2))}

中村は既に退職しておりますので、代わりに私からご連絡いたします。`,
  }),

  // ================= confirmation_request =================
  e({
    slug: 'en-conf-l2-we-would-like-to-confirm',
    kind: 'confirmation_request',
    caseId: CASE.ken2,
    note: 'L2 English consent request: "We would like to confirm you about merge... please reply I agree"',
    from: SUPPORT,
    to: kenTo,
    subject: formSubject(CASE.ken2),
    date: d('2026-02-12 04:40:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Dear Nakamura-sama,

Thank you for your information. We would like to confirm you about the merge.
After merge, ${KEN.srcId} will be deleted and it cannot be return to before.
If you are OK, please reply "I agree" to this mail.

Best Regards,
AWS Training and Certification`,
  }),
  e({
    slug: 'en-conf-to-ja-customer-quotes-ja',
    kind: 'confirmation_request',
    caseId: CASE.yumi,
    note: 'English consent request to a Japanese customer, her Japanese reply quoted under an Outlook 差出人 block',
    from: SUPPORT,
    to: `${YUMI.ja} <${YUMI.keep}>`,
    subject: formSubject(CASE.yumi),
    date: d('2026-03-05 07:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Hello Yumi,

Thank you, we located both profiles. Combining ${YUMI.srcId} into ${YUMI.keepId} is permanent - it can't be split again later. Just reply "yes, go ahead" and we will do it.

Mori

${outlookJa(`${YUMI.ja} <${YUMI.keep}>`, '2026年3月5日 9:40', 'aws-cs-trainingcertification-form@amazon.com', formSubject(CASE.yumi))}

森様
大学のアカウントの候補者 ID は ${YUMI.srcId} です。よろしくお願いします。`,
  }),
  e({
    slug: 'en-conf-standard-irreversible',
    kind: 'confirmation_request',
    caseId: CASE.dan,
    note: 'standard: please confirm you want us to merge; this cannot be undone',
    from: SUPPORT,
    to: danTo,
    subject: formSubject(CASE.dan),
    date: d('2026-03-11 00:30:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Daniel,

Thanks for the details. Please confirm that you want us to merge ${DAN.src} into ${DAN.keep}. Once done, this cannot be reversed.

Aiko`,
  }),
  e({
    slug: 'en-conf-html-multipart-consent',
    kind: 'confirmation_request',
    caseId: CASE.lin,
    note: 'multipart consent request listing source/destination in a table',
    from: SUPPORT,
    to: linTo,
    subject: formSubject(CASE.lin),
    date: d('2026-03-07 05:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Dear Lin-san,

Source: ${LIN.srcId} (${LIN.src})
Destination: ${LIN.keepId} (${LIN.keep})

Kindly let us know by reply whether we may go ahead. The operation is permanent.

Takahashi`,
    html: `<p>Dear Lin-san,</p><table border="1"><tr><td>Source</td><td>${LIN.srcId} (${LIN.src})</td></tr><tr><td>Destination</td><td>${LIN.keepId} (${LIN.keep})</td></tr></table><p>Kindly let us know by reply whether we may go ahead. The operation is permanent.</p><p>Takahashi</p>`,
  }),
  e({
    slug: 'en-conf-no-auth-results',
    kind: 'confirmation_request',
    trusted: false,
    caseId: CASE.misaki,
    note: 'consent request without any Authentication-Results: untrusted',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: d('2026-02-19 02:00:00', '+0000'),
    auth: 'none',
    enc: 'ascii7',
    text: `Dear Ms. Kobayashi,

We are ready to proceed. Merges are irreversible, so please reply to agree before we continue.

AWS Training and Certification`,
  }),
  e({
    slug: 'en-conf-id-in-body-only',
    kind: 'confirmation_request',
    caseId: CASE.sho,
    note: 'subject carries no case ID (reply by a new thread); ID only in the body; asks for go-ahead',
    from: SUPPORT,
    to: SHO.keep,
    subject: 'Your AWS Certification account request',
    date: d('2026-02-24 01:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Hello Watanabe-san,

Regarding case ${CASE.sho}: everything checks out. If you are happy for the partner-company profile to be folded into your personal one (no way back afterwards), just answer this message with your OK.

Sasaki`,
  }),
  e({
    slug: 'en-conf-outlook-thread-resent',
    kind: 'confirmation_request',
    forUser: false,
    caseId: CASE.lin,
    note: 'consent request sent to the old company address and redirected with Resent-* headers: not delivered to the user',
    from: SUPPORT,
    to: `${LIN.en} <${LIN.src}>`,
    subject: formSubject(CASE.lin),
    date: d('2026-03-07 05:02:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    resent: { from: 'mailer-daemon@bigsi.example.co.jp', to: 'archive@bigsi.example.co.jp', date: d('2026-03-07 14:02:30', '+0900') },
    text: `Dear Lin-san,

Please reply with your agreement so that we can merge the two accounts. This cannot be undone.

Takahashi

From: Lin Wei <${LIN.src}>
Sent: Thursday, March 5, 2026 11:58 AM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Account merge request

${LIN_REQ_EN}`,
  }),

  // ================= merge_completed =================
  e({
    slug: 'en-merged-l2-finished',
    kind: 'merge_completed',
    caseId: CASE.ken2,
    note: 'L2 English: "Your two accounts merging is finished"',
    from: SUPPORT,
    to: kenTo,
    subject: formSubject(CASE.ken2),
    date: d('2026-02-13 00:20:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Dear Nakamura-sama,

Thank you for your waiting. Your two accounts merging is finished. Now you can see all certification in ${KEN.keepId}.

Best Regards,
AWS Training and Certification`,
  }),
  e({
    slug: 'en-merged-to-ja-customer-quote',
    kind: 'merge_completed',
    caseId: CASE.misaki,
    note: 'English completion to a Japanese customer, quoting her Japanese consent (Gmail ja header)',
    from: SUPPORT,
    to: `${MISAKI.ja} <${MISAKI.keep}>`,
    subject: formSubject(CASE.misaki),
    date: d('2026-02-20 06:20:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hello Misaki,

Done - the two profiles are now one. Sign in with ${MISAKI.keep} to see everything.

Kenta

${gmailJa('2026年2月19日(木) 20:15', MISAKI.ja, MISAKI.keep)}
> Kenta 様
> 統合に同意します。よろしくお願いいたします。`,
  }),
  e({
    slug: 'en-merged-claim-badges-later',
    kind: 'merge_completed',
    trap: true,
    caseId: CASE.dan,
    note: 'completion that adds badges may take time and should be claimed on Credly: merge is the new fact',
    from: SUPPORT,
    to: danTo,
    subject: formSubject(CASE.dan),
    date: d('2026-03-12 09:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Daniel,

The merge went through this morning; ${DAN.keep} now holds both certifications.
Badges are handled by Credly and can lag a few days behind - watch for an e-mail from Credly to claim them.

Aiko`,
  }),
  e({
    slug: 'en-merged-portal-multipart',
    kind: 'merge_completed',
    caseId: null,
    note: 'certification portal notice (aws.training): accounts have been combined; no case ID',
    from: PORTAL,
    to: LIN.keep,
    subject: 'Your AWS Certification accounts have been combined',
    date: d('2026-03-09 01:40:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hello Lin Wei,

Account ${LIN.srcId} has been combined with ${LIN.keepId}. Please sign in with ${LIN.keep} from now on.

AWS Certification`,
    html: `<p>Hello Lin Wei,</p><p>Account ${LIN.srcId} has been combined with ${LIN.keepId}. Please sign in with ${LIN.keep} from now on.</p><p>AWS Certification</p>`,
  }),
  e({
    slug: 'en-merged-google-ar-only',
    kind: 'merge_completed',
    trusted: false,
    caseId: CASE.yumi,
    note: 'completion whose only Authentication-Results is from a foreign server (mx.google.com) below ours: untrusted',
    from: SUPPORT,
    to: YUMI.keep,
    subject: formSubject(CASE.yumi),
    date: d('2026-03-07 02:00:00', '+0000'),
    auth: 'otherOnly',
    enc: 'ascii7',
    text: `Hi Yumi,

Your accounts are merged. All certifications are on ${YUMI.keepId} now.

Mori`,
  }),
  e({
    slug: 'en-merged-dkim-only-team-list',
    kind: 'merge_completed',
    forUser: false,
    caseId: CASE.sho,
    note: 'completion addressed only to the partner company\'s team list (aligned dkim=pass): trusted but not delivered to the user',
    from: SUPPORT,
    to: 'AWS Partner Team <aws-partner-team@partner.example.co.jp>',
    subject: formSubject(CASE.sho),
    date: d('2026-02-26 02:50:00', '+0000'),
    auth: 'dkimonly',
    enc: 'ascii7',
    text: `Hello,

For your records: the certification profile of Sho Watanabe (${SHO.srcId}) has been merged into ${SHO.keepId}.

AWS Training and Certification`,
  }),

  // ================= badges_transferred =================
  e({
    slug: 'en-badge-credly-standard',
    kind: 'badges_transferred',
    caseId: null,
    note: 'AWS Training and Certification via Credly: badge issued, accept your badge',
    from: CREDLY_AWS,
    to: DAN.keep,
    subject: 'Amazon Web Services Training and Certification issued you a new badge',
    date: d('2026-03-13 15:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Daniel,

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Developer - Associate.

Accept your badge: https://www.credly.com/earner/earned/badge/9b2d0a71-3e6c-4f58-b1d2-ae04f7c3e812

Credly`,
  }),
  e({
    slug: 'en-badge-l2-support-did-move',
    kind: 'badges_transferred',
    caseId: CASE.ken,
    note: 'L2 English support reply: "We did move your badges to Credly account of your private address"',
    from: SUPPORT,
    to: KEN.keep,
    subject: formSubject(CASE.ken),
    date: d('2026-02-14 05:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Dear Nakamura-sama,

About your question of badges, we did move your 3 badges to Credly account of ${KEN.keep}. Please check it.

Best Regards,
Haruka`,
  }),
  e({
    slug: 'en-badge-to-ja-customer-quote',
    kind: 'badges_transferred',
    caseId: CASE.misaki,
    note: 'English reply to a Japanese question about badges (quoted); badges now on the kept Credly profile',
    from: SUPPORT,
    to: `${MISAKI.ja} <${MISAKI.keep}>`,
    subject: formSubject(CASE.misaki),
    date: d('2026-02-23 04:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Hello Misaki,

Your digital badges have been moved over to the Credly profile for ${MISAKI.keep}.

Kenta

${sfOriginalJa(`${MISAKI.ja} <${MISAKI.keep}>`, '2026年2月22日 21:00', 'aws-cs-trainingcertification-form@amazon.com', formSubject(CASE.misaki), `Kenta 様
統合ありがとうございました。ただ、Credly のバッジが旧アドレスのままのようです。`)}`,
  }),
  e({
    slug: 'en-badge-credly-three-html',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly HTML: three AWS badges added to the kept account',
    from: CREDLY_AWS,
    to: linTo,
    subject: 'You have 3 new badges from Amazon Web Services Training and Certification',
    date: d('2026-03-10 09:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    html: `<html><body><p>Hi Lin,</p><p>Amazon Web Services Training and Certification issued you 3 badges:</p><ul><li>AWS Certified Cloud Practitioner</li><li>AWS Certified Solutions Architect - Associate</li><li>AWS Certified Solutions Architect - Professional</li></ul><p><a href="https://www.credly.com/earner/earned">Accept your badges</a></p><p>Credly, Inc.</p></body></html>`,
  }),
  e({
    slug: 'en-badge-credly-no-auth',
    kind: 'badges_transferred',
    trusted: false,
    caseId: null,
    note: 'Credly badge mail with no Authentication-Results: untrusted',
    from: CREDLY_AWS,
    to: SHO.keep,
    subject: 'Amazon Web Services Training and Certification issued you a new badge',
    date: d('2026-03-03 10:00:00', '+0000'),
    auth: 'none',
    enc: 'ascii7',
    text: `Hi Sho,

Amazon Web Services Training and Certification has issued you a badge: AWS Certified SysOps Administrator - Associate.
Accept your badge: https://www.credly.com/earner/earned/badge/5c7e1d44-8a90-4c2b-9f13-d0b6e2a71c55`,
  }),
  e({
    slug: 'en-badge-support-html-reissued',
    kind: 'badges_transferred',
    caseId: CASE.yumi,
    note: 'HTML-only support reply: badges reissued to the kept address',
    from: SUPPORT,
    to: `${YUMI.en} <${YUMI.keep}>`,
    subject: formSubject(CASE.yumi),
    date: d('2026-03-09 05:30:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    html: `<div><p>Hi Yumi,</p><p>We reissued your two badges to <b>${YUMI.keep}</b>; they should now appear in your Credly wallet.</p><p>Mori</p></div>`,
  }),

  // ================= case_closed =================
  e({
    slug: 'en-closed-l2-no-reply',
    kind: 'case_closed',
    caseId: CASE.lin2,
    note: 'L2 English: "we will close this case because we could not receive your reply"',
    from: SUPPORT,
    to: linTo,
    subject: formSubject(CASE.lin2),
    date: d('2026-03-13 01:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Dear Lin-san,

Because we could not receive your reply about this case, we will close this case after 2 days. If you still need help, please reply to us before that.

Best Regards,
AWS Training and Certification`,
  }),
  e({
    slug: 'en-closed-to-ja-restates-merge',
    kind: 'case_closed',
    trap: true,
    caseId: CASE.misaki,
    note: 'closing to a Japanese customer that only restates last week\'s merge',
    from: SUPPORT,
    to: `${MISAKI.ja} <${MISAKI.keep}>`,
    subject: formSubject(CASE.misaki),
    date: d('2026-02-27 00:30:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hello Misaki,

As your profiles were merged last week and the badges followed, we are closing this case now. Thank you for your patience.

Kenta

${gmailJa('2026年2月26日(木) 9:12', MISAKI.ja, MISAKI.keep)}
> ありがとうございました。すべて確認できました。`,
  }),
  e({
    slug: 'en-closed-notify-resolved',
    kind: 'case_closed',
    caseId: CASE.sho,
    note: 'AWS Support notification: case resolved',
    from: AWS_NOTIFY,
    to: SHO.keep,
    subject: `Case ${CASE.sho} resolved`,
    date: d('2026-03-06 02:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello,

We have resolved case ${CASE.sho}. If something is still wrong, reopen the case from the Support Center within 14 days.

Amazon Web Services`,
  }),
  e({
    slug: 'en-closed-html-multipart',
    kind: 'case_closed',
    caseId: CASE.dan,
    note: 'multipart closing notice from the form address',
    from: SUPPORT,
    to: danTo,
    subject: formSubject(CASE.dan),
    date: d('2026-03-17 08:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Daniel,

We haven't heard back since our last note, so this case is now closed. Replying to this e-mail will reopen it.

Aiko`,
    html: `<p>Hi Daniel,</p><p>We haven't heard back since our last note, so this case is now closed. Replying to this e-mail will reopen it.</p><p>Aiko</p>`,
  }),
  e({
    slug: 'en-closed-duplicate-case-merged',
    kind: 'case_closed',
    trap: true,
    caseId: CASE.misakiDup,
    note: 'this duplicate case was merged into the other case and is closed: a case merge, not the account merge',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubject(CASE.misakiDup),
    date: d('2026-02-17 00:10:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Dear customer,

This case duplicates case ${CASE.misaki}. We merged the two cases and are closing this one; your request continues under ${CASE.misaki}.

AWS Training and Certification`,
  }),
  e({
    slug: 'en-closed-misaligned',
    kind: 'case_closed',
    trusted: false,
    caseId: CASE.ken,
    note: 'closing notice signed by an unrelated bulk-mail domain (dmarc=fail): untrusted',
    from: AWS_NOTIFY,
    to: KEN.keep,
    subject: `Case ${CASE.ken} has been closed`,
    date: d('2026-02-15 02:10:00', '+0000'),
    auth: 'misaligned',
    enc: 'ascii7',
    text: `Hello,

Case ${CASE.ken} has been closed. Thank you for using AWS Support.`,
  }),

  // ================= support_reply =================
  e({
    slug: 'en-sr-l2-checking-relevant-team',
    kind: 'support_reply',
    caseId: CASE.ken2,
    note: 'L2 English status: sorry for late reply, checking with relevant team',
    from: SUPPORT,
    to: kenTo,
    subject: formSubject(CASE.ken2),
    date: d('2026-02-11 08:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Dear Nakamura-sama,

We are so sorry for late reply. Now we are checking your request with relevant team. Please kindly wait a little more.

Best Regards,
AWS Training and Certification`,
  }),
  e({
    slug: 'en-sr-to-ja-thanks-for-confirming',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.yumi,
    note: 'English to a Japanese customer: thanks for confirming, handed to the team; her Japanese consent quoted',
    from: SUPPORT,
    to: `${YUMI.ja} <${YUMI.keep}>`,
    subject: formSubject(CASE.yumi),
    date: d('2026-03-06 05:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Hello Yumi,

Thanks for confirming. I've passed your request to the team who performs merges.

Mori

${gmailJa('2026年3月6日(金) 11:20', YUMI.ja, YUMI.keep)}
> 同意します。進めてください。`,
  }),
  e({
    slug: 'en-sr-badges-not-yet',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.lin,
    note: 'badges have not been transferred yet; Credly team contacted (negated event)',
    from: SUPPORT,
    to: linTo,
    subject: formSubject(CASE.lin),
    date: d('2026-03-11 02:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Dear Lin-san,

The badges have not been transferred yet. We raised it with the Credly team and will update you.

Takahashi`,
  }),
  e({
    slug: 'en-sr-once-merged-future',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.dan,
    note: 'future: once the merge is complete we will let you know',
    from: SUPPORT,
    to: danTo,
    subject: formSubject(CASE.dan),
    date: d('2026-03-11 10:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Daniel,

Thanks for the OK. Once the merge is complete we will let you know here - typically 1-3 business days.

Aiko`,
  }),
  e({
    slug: 'en-sr-dup-cases-merged-continue',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.ken,
    note: 'we merged your duplicate cases (cases, not accounts); work continues',
    from: SUPPORT,
    to: KEN.keep,
    subject: formSubject(CASE.ken),
    date: d('2026-02-10 01:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Dear Nakamura-sama,

We merged your duplicate cases (${CASE.ken} and ${CASE.ken2}) into this one. We will continue here.

Haruka`,
  }),
  e({
    slug: 'en-sr-answers-exam-history',
    kind: 'support_reply',
    caseId: CASE.sho,
    note: 'answers a question: exam history is kept; no request, no status change',
    from: SUPPORT,
    to: SHO.keep,
    subject: formSubject(CASE.sho),
    date: d('2026-02-22 03:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello Watanabe-san,

To your question: exam history, scores and pass dates are all preserved. Nothing is lost.

Sasaki`,
  }),
  e({
    slug: 'en-sr-html-please-wait',
    kind: 'support_reply',
    caseId: CASE.lin2,
    note: 'HTML-only: still looking into it, please wait',
    from: SUPPORT,
    to: linTo,
    subject: formSubject(CASE.lin2),
    date: d('2026-03-12 23:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    html: `<p>Dear Lin-san,</p><p>We are still looking into your account records and will write again shortly. Thank you for your patience.</p><p>AWS Training and Certification</p>`,
  }),
  e({
    slug: 'en-sr-lookalike-subdomain',
    kind: 'support_reply',
    trusted: false,
    caseId: CASE.misaki,
    note: 'status reply from amazon.com.support-center.net (look-alike): untrusted',
    from: 'AWS Training and Certification <support@amazon.com.support-center.net>',
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: d('2026-02-18 04:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Dear Ms. Kobayashi,

Your request is being handled by our specialists. We will reply soon.

AWS Training and Certification`,
  }),

  // ================= unrelated =================
  e({
    slug: 'en-un-credly-hashicorp',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'HashiCorp badge via Credly: other issuer',
    from: 'HashiCorp via Credly <admin@credly.com>',
    to: DAN.keep,
    subject: 'HashiCorp issued you a new badge',
    date: d('2026-03-04 10:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Daniel,

HashiCorp has issued you a badge: HashiCorp Certified: Terraform Associate (003).
Accept your badge: https://www.credly.com/earner/earned/badge/11aa22bb-33cc-44dd-55ee-66ff77889900`,
  }),
  e({
    slug: 'en-un-csat-was-resolved',
    kind: 'unrelated',
    trap: true,
    caseId: CASE.lin,
    note: 'CSAT survey: "Was your issue resolved?"',
    from: 'AWS Support <aws-support-survey@amazon.com>',
    to: LIN.keep,
    subject: 'How did we do?',
    date: d('2026-03-10 02:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello,

You recently worked with us on case ${CASE.lin}. Was your issue resolved? Tell us in two clicks:
https://survey.aws.example/s/${CASE.lin}`,
  }),
  e({
    slug: 'en-un-own-reply-l2-i-agree',
    kind: 'unrelated',
    trusted: false,
    trap: true,
    caseId: CASE.ken2,
    note: 'the user\'s own L2 English consent reply (Japanese translation pasted below), Cc to self: own mail',
    from: kenTo,
    to: SUPPORT,
    cc: KEN.keep,
    subject: formSubject(CASE.ken2),
    date: d('2026-02-12 23:40:00', '+0900'),
    auth: 'none',
    enc: 'utf8qp',
    relay: 'smtp.example.net',
    text: `Dear AWS support,

I agree to merge. Please go ahead.
I understand that it can not be undo.

Kenichi

(訳: 統合に同意します。進めてください。元に戻せないことは理解しています。)`,
  }),
  e({
    slug: 'en-un-former-company-autoreply',
    kind: 'unrelated',
    trusted: false,
    caseId: null,
    note: 'former employer\'s auto-reply: this address is no longer in use',
    from: 'postmaster@formerco.example',
    to: danTo,
    subject: 'Automatic reply: Account merge',
    date: d('2026-03-10 00:00:30', '+0000'),
    auth: 'none',
    enc: 'ascii7',
    extra: ['Auto-Submitted: auto-replied'],
    text: `This mailbox (${DAN.src}) is no longer monitored. Daniel Okafor has left Formerco. Please contact info@formerco.example.`,
  }),
  e({
    slug: 'en-un-exam-reschedule-case-receipt',
    kind: 'unrelated',
    trap: true,
    caseId: CASE.exam,
    note: 'receipt of the user\'s other case, about rescheduling an exam: says its topic, not part of the merge',
    from: AWS_NOTIFY,
    to: SHO.keep,
    subject: `AWS Support case ${CASE.exam} created: Exam reschedule`,
    date: d('2026-03-01 01:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello,

We received your case ${CASE.exam} about rescheduling your exam appointment. An agent will reply within 24 hours.

Amazon Web Services`,
  }),
  e({
    slug: 'en-un-marketing-reinvent',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'marketing: "bring your skills together", claim a badge at an event',
    from: 'AWS Events <aws-events@amazon.com>',
    to: YUMI.keep,
    subject: 'Bring all your cloud skills together at AWS Summit Tokyo',
    date: d('2026-03-08 00:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    html: `<h1>AWS Summit Tokyo</h1><p>Certified? Visit the Certification Lounge, show your badge, and pick up limited swag. Register now.</p>`,
  }),
  e({
    slug: 'en-un-phish-verify-password',
    kind: 'unrelated',
    trusted: false,
    trap: true,
    caseId: null,
    note: 'phishing from a look-alike domain asking for the password to "complete the merge"',
    from: 'AWS Certification <security@aws-certificati0n.com>',
    to: LIN.keep,
    subject: 'Action required: verify to complete your account merge',
    date: d('2026-03-08 09:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Dear user,

To complete the merge of your certification accounts, verify your password within 24 hours:
http://aws-certificati0n.com/verify

Failure to verify will close your case.`,
  }),
  e({
    slug: 'en-un-colleague-asks-how',
    kind: 'unrelated',
    trusted: false,
    trap: true,
    caseId: null,
    note: 'a colleague asks in L2 English how the user got the accounts merged and badges moved',
    from: 'Kim Jiwoo <jiwoo.kim@bigsi.example.co.jp>',
    to: `${LIN.en} <${LIN.src}>`,
    subject: 'How you merged AWS cert account?',
    date: d('2026-03-11 04:00:00', '+0000'),
    auth: 'none',
    enc: 'ascii7',
    relay: 'mail.bigsi.example.co.jp',
    text: `Hi Lin,

I heard your AWS certification account merge is completed and badges are moved too. How long it took? Did support ask to confirm something? I want do same.

Jiwoo`,
  }),
];
