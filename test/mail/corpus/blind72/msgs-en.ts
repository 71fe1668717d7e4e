// Set bs, English messages: support's own English mail to Japanese customers and to
// foreign staff of Japanese companies, plus the mail around it.
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY,
  CASE,
  CERT_PORTAL,
  CREDLY_AWS,
  EMILY,
  M,
  RAJ,
  SUPPORT,
  SUPPORT_BARE,
  SUZUKI,
  formSubject,
  paras,
  quote,
  sfOriginal,
  sfRef,
} from './common.js';

const E = EMILY;
const R = RAJ;
const S = SUZUKI;

const emilyReq = `Hello,

I work for the Tokyo office of Example KK and my company address (${E.src}) will be switched off when my contract ends on 31 May.
Please move the certifications on ${E.srcId} into my personal account ${E.keepId} (${E.keep}).

Kind regards,
Emily Carter
Example KK | Cloud Enablement Dept.`;

const rajReq = `To whom it may concern,
I hold two certification accounts, one with ${R.src} (${R.srcId}) from my partner company and a personal one ${R.keep} (${R.keepId}).
I'm being seconded to another company, please consolidate into the personal one.
Raj`;

const suzukiEn = `Dear AWS Training and Certification support,
I am leaving my company at the end of March. Please merge my certification account ${S.srcId} into ${S.keepId}.
Best regards,
Ichiro Suzuki`;

export const EN: Msg[] = [
  // ---------------- acknowledgement ----------------
  M({
    slug: 'e-ack-emily',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.emily,
    trap: false,
    note: 'plain automatic receipt with case ID in subject',
    subject: `[CASE ${CASE.emily}] We received your request`,
    enc: 'ascii7',
    to: E.keep,
    when: '2026-05-04 01:20:00',
    text: `Hello Emily,

Your request has reached AWS Training and Certification and was logged as case ${CASE.emily}.
An agent typically answers within one business day. Opening a second case about the same issue
will slow things down, so please just reply to this message if you need to add something.

AWS Training and Certification Customer Service`,
  }),
  M({
    slug: 'e-ack-raj-notify',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.raj,
    trap: false,
    note: 'AWS Support no-reply: case opened',
    subject: `AWS Support case ${CASE.raj} opened`,
    enc: 'utf8qp',
    from: AWS_NOTIFY,
    to: R.keep,
    when: '2026-06-01 08:08:08',
    text: `Dear Raj Patel,

A support case has been opened on your behalf.

Case ID: ${CASE.raj}
Subject: Certification account consolidation
Severity: General guidance

You can follow the case in the Support Center. This mailbox isn’t monitored.

Amazon Web Services, Inc.`,
  }),
  M({
    slug: 'e-ack-sesonly',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.emily,
    trap: false,
    trusted: false,
    auth: 'sesOnly',
    note: 'receipt signed only by amazonses.com (not aligned with From), dmarc=none',
    subject: `[CASE ${CASE.emily}] We received your request`,
    enc: 'ascii7',
    to: E.keep,
    when: '2026-05-04 03:33:00',
    text: `Hello,

We have logged your request as case ${CASE.emily}. To keep it active, verify your identity at
https://aws-case-verify.example-portal.com/ within 12 hours.

AWS Training and Certification`,
  }),
  M({
    slug: 'e-ack-suzuki-html',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.suzuki,
    trap: false,
    note: 'English multipart receipt sent to a Japanese customer',
    subject: `[CASE ${CASE.suzuki}] Thank you for contacting AWS Training and Certification`,
    enc: 'utf8b64',
    when: '2026-03-02 00:14:55',
    text: `Dear Ichiro Suzuki,

Thanks for reaching out. Case ${CASE.suzuki} is now in our queue.
Expect a reply from a specialist within 24 hours.

AWS Training and Certification`,
    html: `<p>Dear Ichiro Suzuki,</p><p>Thanks for reaching out. Case <strong>${CASE.suzuki}</strong> is now in our queue.<br>Expect a reply from a specialist within 24 hours.</p><p>AWS Training and Certification</p>`,
  }),
  M({
    slug: 'e-ack-bodyonly',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.raj,
    trap: false,
    note: 'receipt with a generic subject; the case number is only in the body',
    subject: 'Your inquiry to AWS Training and Certification',
    enc: 'ascii7',
    to: R.keep,
    when: '2026-06-01 08:09:30',
    text: `This is an automated message.

Reference: ${CASE.raj}

Your inquiry has been received and assigned to the certification team. Replies to this
message are added to the same reference.`,
  }),
  M({
    slug: 'e-ack-whatnext',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.emily,
    trap: true,
    note: 'receipt that describes the later steps (confirm, merge, badges) without any of them happening',
    subject: `[CASE ${CASE.emily}] Case received - what happens next`,
    enc: 'utf8qp',
    to: E.keep,
    when: '2026-05-04 01:20:40',
    text: `Hi Emily,

Case ${CASE.emily} has been created.

What happens next:
  1. An agent reviews the two accounts.
  2. We may ask you to confirm which account to keep.
  3. Once the merge is done you’ll get a note, and badges can follow later.

No action is needed right now.

AWS Training and Certification`,
  }),

  // ---------------- ai_answer ----------------
  M({
    slug: 'e-ai-tool',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    trap: false,
    note: 'AI suggestion: try the self-service Merge Accounts tool',
    subject: 'Suggested answer for your question',
    enc: 'ascii7',
    from: AWS_NOTIFY,
    to: E.keep,
    when: '2026-05-04 01:10:00',
    text: `This answer was generated automatically.

You can usually combine two certification accounts yourself: sign in, open Profile, choose
"Merge Accounts", and enter the credentials of the other account. If both accounts already hold
certifications, the tool stops and you'll need to create a case.

Did this answer your question?  Yes | No, create a case`,
  }),
  M({
    slug: 'e-ai-freemail',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    trap: false,
    trusted: false,
    note: 'AI-answer look from a free-mail address with an AWS display name',
    subject: 'AWS Certification Assistant - automated reply',
    enc: 'ascii7',
    from: 'AWS Certification Support <aws.cert.assistant@gmail.com>',
    to: R.keep,
    when: '2026-06-02 12:00:00',
    relay: 'mail-sor-f41.google.com',
    text: `Automated reply from the certification assistant:

To merge accounts, download the attached tool and log in with both passwords.

AWS`,
  }),
  M({
    slug: 'e-ai-htmlonly',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    trap: false,
    note: 'HTML-only generated answer',
    subject: 'Here is what we found for you',
    enc: 'utf8qp',
    from: AWS_NOTIFY,
    to: R.keep,
    when: '2026-06-01 08:00:10',
    html: `<html><body><p><em>Generated by AI. Check important details.</em></p>
<p>Looks like you have more than one AWS Certification account. The quickest route is the <b>Merge Accounts</b> option under your profile in the certification portal.</p>
<p>If that doesn't work for you, select <b>Create case</b> and an agent will help.</p></body></html>`,
  }),
  M({
    slug: 'e-ai-aftermerge',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    trap: true,
    note: 'AI answer that talks about what happens after a merge (badges, vouchers)',
    subject: 'Automated answer: combining certification accounts',
    enc: 'utf8b64',
    from: AWS_NOTIFY,
    when: '2026-03-01 23:58:50',
    text: `Hi there, this is an AI-generated response.

After two accounts have been merged, the certifications and exam history of the old one appear in the account you keep, and unused benefits come along. Credly badges are issued separately, so it's best to merge first and claim the badges afterwards.

Start with the Merge Accounts tool in your profile. Still stuck? Create a case.`,
  }),
  M({
    slug: 'e-ai-raj-mixed',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    trap: false,
    note: 'short automated suggestion with a link to the FAQ',
    subject: 'AWS Training & Certification: suggested solution',
    enc: 'ascii7',
    from: AWS_NOTIFY,
    to: R.src,
    when: '2026-05-31 23:50:00',
    text: `Suggested solution (automated):
- Use Profile > Merge Accounts in the certification portal.
- See the Certification FAQ, section "Can I merge accounts?".
If this did not resolve it, click Create case.`,
  }),
  M({
    slug: 'e-ai-emily-html',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    trap: false,
    note: 'multipart AI suggestion',
    subject: 'Answer from the AWS support assistant',
    enc: 'utf8qp',
    from: AWS_NOTIFY,
    to: E.keep,
    when: '2026-05-04 01:09:00',
    text: `Amazon Q in AWS Support suggests:

Your email address on a certification account can't be changed, but you can merge the old account into a new one with the self-service tool. Exam bookings must be finished or cancelled first.`,
    html: paras(`Amazon Q in AWS Support suggests:

Your email address on a certification account can't be changed, but you can merge the old account into a new one with the self-service tool. Exam bookings must be finished or cancelled first.`),
  }),

  // ---------------- info_request ----------------
  M({
    slug: 'e-info-emily-ids',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.emily,
    trap: false,
    note: 'asks for both candidate IDs and notification addresses',
    subject: formSubject(CASE.emily),
    enc: 'ascii7',
    from: SUPPORT,
    to: E.keep,
    when: '2026-05-05 02:30:00',
    text: `Hello Emily,

My name is Carla and I'm looking after your case.

So I can locate both records, could you send me, for each account:
  * the AWS candidate ID (starts with "AWS")
  * the login email
  * the email used for certification notifications

Thank you,
Carla
AWS Training and Certification
${sfRef('0En1')}

${sfOriginal(E.keep, '5/4/2026 1:20 AM', SUPPORT_BARE, '[AWS Training and Certification Form Submission] - account-assistance', emilyReq)}`,
  }),
  M({
    slug: 'e-info-raj-which',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.raj,
    trap: false,
    note: 'asks which account to keep; Outlook quote of his request',
    subject: formSubject(CASE.raj),
    enc: 'utf8qp',
    from: SUPPORT,
    to: R.keep,
    when: '2026-06-02 04:00:00',
    text: `Hi Raj,

Thanks for your patience. Before we go further - which of the two IDs should remain active, ${R.keepId} or ${R.srcId}? Your message mentions both as "personal".

Best,
Tomasz
AWS Training and Certification

From: Raj Patel <${R.keep}>
Sent: Monday, June 1, 2026 5:08 PM
To: ${SUPPORT_BARE}
Subject: [AWS Training and Certification Form Submission] - account-assistance

${rajReq}`,
  }),
  M({
    slug: 'e-info-failforged',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.emily,
    trap: false,
    trusted: false,
    auth: 'failThenForged',
    note: 'top result says fail, a planted pass further down',
    subject: formSubject(CASE.emily),
    enc: 'ascii7',
    from: SUPPORT,
    to: E.keep,
    when: '2026-05-05 09:00:00',
    text: `Hello,

To continue, reply with a scan of your passport and the card number used for your last exam.

AWS Training and Certification`,
  }),
  M({
    slug: 'e-info-confirm-addr',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.suzuki,
    trap: true,
    note: '"please confirm the address you keep": asks for information',
    subject: formSubject(CASE.suzuki),
    enc: 'ascii7',
    from: SUPPORT,
    when: '2026-03-03 02:10:00',
    text: `Dear Mr. Suzuki,

Thank you for contacting us. Could you please confirm the email address of the account you would like to keep?
Your form lists ${S.src}, while your message mentions ${S.keep}.

Kind regards,
Daniel
AWS Training and Certification

> ${suzukiEn.split('\n').join('\n> ')}`,
  }),
  M({
    slug: 'e-info-fromkeep-ids',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.raj,
    trap: false,
    note: 'write from the kept address AND include IDs: information request',
    subject: formSubject(CASE.raj),
    enc: 'ascii7',
    from: SUPPORT,
    to: R.src,
    when: '2026-06-01 20:00:00',
    text: `Hello Raj,

For security reasons please reply from the address of the account you are keeping, and include both candidate IDs in that reply.

Regards,
Tomasz`,
  }),
  M({
    slug: 'e-info-legalname',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.suzuki,
    trap: false,
    note: 'name order differs on the two accounts; asks for legal name as on ID',
    subject: formSubject(CASE.suzuki),
    enc: 'utf8b64',
    from: SUPPORT,
    when: '2026-03-04 03:00:00',
    text: `Dear Ichiro,

One account is registered as "Suzuki Ichiro" and the other as "Ichiro Suzuki". Please let us know your name exactly as it appears on your government ID so we can record it correctly on the merged profile.

Best regards,
Daniel`,
  }),
  M({
    slug: 'e-info-certs',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.emily,
    trap: false,
    note: 'asks for the list of certifications on the old account, bottom of thread',
    subject: formSubject(CASE.emily),
    enc: 'utf8qp',
    from: SUPPORT,
    to: E.keep,
    when: '2026-05-06 01:00:00',
    text: `Hi Emily,

Thanks, I found both IDs. One more thing on my side: which certifications were earned on ${E.srcId}, and roughly when? A rough list is fine.

Carla

On Tue, May 5, 2026 at 7:12 PM Emily Carter <${E.keep}> wrote:
${quote(`Hi Carla,
${E.keepId} / ${E.keep} (personal, keep)
${E.srcId} / ${E.src} (work)
Both use the same address for notifications.
Emily`)}`,
  }),

  // ---------------- confirmation_request ----------------
  M({
    slug: 'e-conf-emily',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.emily,
    trap: false,
    note: 'asks for consent; irreversible',
    subject: formSubject(CASE.emily),
    enc: 'ascii7',
    from: SUPPORT,
    to: E.keep,
    when: '2026-05-07 02:00:00',
    text: `Hi Emily,

Everything checks out. Here's the plan:

  Keep:     ${E.keepId}  ${E.keep}
  Retire:   ${E.srcId}  ${E.src}

A merge is permanent and cannot be reversed. If you're happy for us to go ahead, just reply to this email saying so.

Carla
AWS Training and Certification`,
  }),
  M({
    slug: 'e-conf-raj',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.raj,
    trap: false,
    note: 'asks him to agree before proceeding, phrased as "let us know you agree"',
    subject: formSubject(CASE.raj),
    enc: 'utf8qp',
    from: SUPPORT,
    to: R.keep,
    when: '2026-06-03 03:00:00',
    text: `Hi Raj,

Understood, ${R.keepId} stays. On your go-ahead we will fold ${R.srcId} into it; after that the partner login will no longer work and there's no way back.

Let us know you agree and we'll take it from there.

Tomasz`,
  }),
  M({
    slug: 'e-conf-lookalikeserver',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.raj,
    trap: false,
    trusted: false,
    auth: 'lookalikeServer',
    note: 'topmost result from a look-alike authserv-id',
    subject: formSubject(CASE.raj),
    enc: 'ascii7',
    from: SUPPORT,
    to: R.keep,
    when: '2026-06-03 05:00:00',
    text: `Dear customer,

Please confirm the merge by signing in at https://aws-merge-confirm.example-secure.net/ within 24 hours.

AWS Training and Certification`,
  }),
  M({
    slug: 'e-conf-suzuki',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.suzuki,
    trap: false,
    note: 'English consent request to a Japanese customer, with Japanese quote below',
    subject: formSubject(CASE.suzuki),
    enc: 'utf8b64',
    from: SUPPORT,
    when: '2026-03-06 06:45:00',
    text: `Dear Mr. Suzuki,

Thank you for the details. We are ready to merge ${S.srcId} into ${S.keepId}.
Please note this action is irreversible. Kindly reply with your approval and we will proceed.

Best regards,
Daniel
AWS Training and Certification

2026年3月5日(木) 20:11 鈴木 一郎 <${S.keep}>:
> Daniel様
> 統合元で取得した認定は SAA と DVA です。
> 鈴木`,
  }),
  M({
    slug: 'e-conf-html',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.emily,
    trap: false,
    note: 'multipart consent request',
    subject: formSubject(CASE.emily),
    enc: 'utf8qp',
    from: SUPPORT,
    to: E.keep,
    when: '2026-05-07 02:01:00',
    text: `Hi Emily,

Before we make the change: do we have your OK to combine the two accounts? It can't be undone afterwards.

Carla`,
    html: `<div>Hi Emily,</div><div><br></div><div>Before we make the change: do we have your OK to combine the two accounts? It can't be undone afterwards.</div><div><br></div><div>Carla</div>`,
  }),
  M({
    slug: 'e-conf-yes',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.raj,
    trap: false,
    note: 'consent asked as "reply YES"',
    subject: `RE:[CASE ${CASE.raj}] Action required`,
    enc: 'ascii7',
    from: SUPPORT,
    to: R.keep,
    when: '2026-06-05 01:00:00',
    text: `Raj,

Following up on my last note: reply YES to let us merge ${R.srcId} into ${R.keepId}. Nothing happens until we hear from you.

Tomasz`,
  }),
  M({
    slug: 'e-conf-restated',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.emily,
    trap: true,
    note: 'consent request restating earlier facts and explaining badges after a merge',
    subject: formSubject(CASE.emily),
    enc: 'utf8b64',
    from: SUPPORT,
    to: E.keep,
    when: '2026-05-08 00:30:00',
    text: `Hello Emily,

As discussed, ${E.keepId} will be the surviving account and the two certifications from ${E.srcId} will be moved across. Once merged, your Credly badges may need to be re-issued to ${E.keep}; we can help with that afterwards.

We still need your explicit approval before anything is changed, since the merge is final.

Carla`,
  }),

  // ---------------- merge_completed ----------------
  M({
    slug: 'e-merge-emily',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.emily,
    trap: false,
    note: 'support says the accounts were merged',
    subject: formSubject(CASE.emily),
    enc: 'ascii7',
    from: SUPPORT,
    to: E.keep,
    when: '2026-05-09 03:00:00',
    text: `Hi Emily,

Good news - ${E.srcId} has been merged into ${E.keepId}. Sign in with ${E.keep} to see all your certifications in one place.

Carla`,
  }),
  M({
    slug: 'e-merge-portal',
    kind: 'merge_completed',
    lang: 'en',
    caseId: null,
    trap: false,
    note: 'portal notice: accounts merged (no case ID)',
    subject: 'Your AWS Certification accounts have been merged',
    enc: 'ascii7',
    from: CERT_PORTAL,
    to: R.keep,
    when: '2026-06-06 10:00:00',
    text: `Hello Raj Patel,

The account ${R.srcId} was merged into ${R.keepId}. Your exam history and certifications are now shown under ${R.keep}.

AWS Certification`,
  }),
  M({
    slug: 'e-merge-misaligned',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.raj,
    trap: false,
    trusted: false,
    auth: 'misaligned',
    note: 'dkim pass for an unrelated bulk domain, dmarc fail',
    subject: formSubject(CASE.raj),
    enc: 'ascii7',
    from: SUPPORT,
    to: R.keep,
    when: '2026-06-05 22:00:00',
    text: `Hello,

Your merge is complete. Claim your updated certificate here: https://aws-cert.example-claim.org/

AWS Training and Certification`,
  }),
  M({
    slug: 'e-merge-suzuki-close',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.suzuki,
    trap: false,
    note: 'merged, and the case will now be closed',
    subject: formSubject(CASE.suzuki),
    enc: 'utf8qp',
    from: SUPPORT,
    when: '2026-03-10 04:15:00',
    text: `Dear Mr. Suzuki,

We have completed the merge of your accounts; everything from ${S.srcId} now sits under ${S.keepId}. As nothing else is pending, this case will be closed.

Best regards,
Daniel`,
  }),
  M({
    slug: 'e-merge-check',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.raj,
    trap: true,
    note: 'completion that asks him to check all looks right: stays merge_completed',
    subject: formSubject(CASE.raj),
    enc: 'ascii7',
    from: SUPPORT,
    to: R.keep,
    when: '2026-06-06 02:00:00',
    text: `Hi Raj,

Done on our side: both profiles are now one (${R.keepId}). Please have a look and confirm that the certifications and expiry dates look right; reply here if anything is missing.

Tomasz`,
  }),
  M({
    slug: 'e-merge-dkimonly',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.emily,
    trap: false,
    auth: 'dkimonly',
    note: 'aligned DKIM only (no dmarc verdict) is trusted; merge done',
    subject: formSubject(CASE.emily),
    enc: 'utf8b64',
    from: SUPPORT,
    to: E.keep,
    when: '2026-05-09 03:05:00',
    text: `Hello Emily,

Following your approval on 8 May, the two accounts were combined this morning. The Solutions Architect and Developer certifications are listed on ${E.keepId}.

Carla`,
  }),
  M({
    slug: 'e-merge-htmlonly',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.suzuki,
    trap: false,
    note: 'HTML-only completion',
    subject: formSubject(CASE.suzuki),
    enc: 'utf8qp',
    from: SUPPORT,
    when: '2026-03-10 04:20:00',
    html: `<html><body><p>Dear Ichiro,</p><p>Your two certification profiles are now one. Please use <a href="mailto:${S.keep}">${S.keep}</a> to sign in from now on.</p><p>Daniel<br>AWS Training and Certification</p></body></html>`,
  }),

  // ---------------- badges_transferred ----------------
  M({
    slug: 'e-badge-credly-emily',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: null,
    trap: false,
    note: 'AWS badge via Credly to the kept address',
    subject: 'Amazon Web Services Training and Certification sent you a badge',
    enc: 'utf8qp',
    from: CREDLY_AWS,
    to: E.keep,
    when: '2026-05-10 04:00:00',
    text: `Emily, you've earned a badge!

AWS Certified Solutions Architect - Associate
Issued by Amazon Web Services Training and Certification

Accept your badge: https://www.credly.com/earner/earned/badge/5e0a7f33-1b2c-4d9e-8f70-2a6b1c3d4e55`,
    html: `<p>Emily, you've earned a badge!</p><p><b>AWS Certified Solutions Architect - Associate</b><br>Issued by Amazon Web Services Training and Certification</p><p><a href="https://www.credly.com/earner/earned/badge/5e0a7f33-1b2c-4d9e-8f70-2a6b1c3d4e55">Accept your badge</a></p>`,
  }),
  M({
    slug: 'e-badge-support',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: CASE.raj,
    trap: false,
    note: 'support: badges now on the kept Credly account',
    subject: formSubject(CASE.raj),
    enc: 'ascii7',
    from: SUPPORT,
    to: R.keep,
    when: '2026-06-08 02:00:00',
    text: `Hi Raj,

I asked our Credly team to look at it: your three AWS badges have been moved to the Credly profile of ${R.keep}.

Tomasz`,
  }),
  M({
    slug: 'e-badge-subdomain-fake',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: CASE.emily,
    trap: false,
    trusted: false,
    note: 'From support.aws.com.account-verify.net: not a subdomain of a trusted domain',
    subject: formSubject(CASE.emily),
    enc: 'ascii7',
    from: 'AWS Training and Certification <badges@support.aws.com.account-verify.net>',
    to: E.keep,
    when: '2026-05-10 09:00:00',
    text: `Hello Emily,

Your badges were transferred. Sign in to view them: https://support.aws.com.account-verify.net/badges

AWS`,
  }),
  M({
    slug: 'e-badge-credly-html',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: null,
    trap: false,
    note: 'HTML-only AWS badge via Credly',
    subject: 'Amazon Web Services Training and Certification sent you a badge',
    enc: 'utf8b64',
    from: CREDLY_AWS,
    to: R.keep,
    when: '2026-06-08 03:00:00',
    html: `<html><body><table width="600"><tr><td><h1>Congratulations, Raj!</h1><p>Amazon Web Services Training and Certification has issued you <b>AWS Certified DevOps Engineer - Professional</b>.</p><p><a href="https://www.credly.com/earner/earned/badge/aa01">Accept your badge</a></p></td></tr></table></body></html>`,
  }),
  M({
    slug: 'e-badge-close',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: CASE.suzuki,
    trap: false,
    note: 'support announces badges moved and closes the case',
    subject: formSubject(CASE.suzuki),
    enc: 'ascii7',
    from: SUPPORT,
    when: '2026-03-12 03:00:00',
    text: `Dear Mr. Suzuki,

The four Credly badges are now attached to ${S.keep}. With that, we'll close this case. Thank you for your patience.

Daniel`,
  }),
  M({
    slug: 'e-badge-credly-suzuki',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: null,
    trap: false,
    note: 'English Credly AWS badge mail to Suzuki',
    subject: 'Amazon Web Services Training and Certification sent you a badge',
    enc: 'ascii7',
    from: CREDLY_AWS,
    when: '2026-03-12 03:20:00',
    text: `Ichiro, you've earned a badge!

AWS Certified Developer - Associate

Accept your badge: https://www.credly.com/earner/earned/badge/9f2d`,
  }),

  // ---------------- case_closed ----------------
  M({
    slug: 'e-close-auto',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.emily,
    trap: false,
    note: 'will auto-close in 5 days without a reply',
    subject: formSubject(CASE.emily),
    enc: 'ascii7',
    from: SUPPORT,
    to: E.keep,
    when: '2026-05-13 00:00:00',
    text: `Hi Emily,

We haven't heard back from you. If there's no reply within 5 days, this case will be closed automatically. Replying reopens it.

AWS Training and Certification`,
  }),
  M({
    slug: 'e-close-restate',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.raj,
    trap: true,
    note: 'closing that restates the merge done last week',
    subject: formSubject(CASE.raj),
    enc: 'utf8qp',
    from: SUPPORT,
    to: R.keep,
    when: '2026-06-15 01:00:00',
    text: `Hi Raj,

As your accounts were merged last week and the badges followed, I'm now marking this case as resolved.

Tomasz`,
  }),
  M({
    slug: 'e-close-fake-domain',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.emily,
    trap: false,
    trusted: false,
    note: 'From amazon.com.case-status.info look-alike',
    subject: `Case ${CASE.emily} closed`,
    enc: 'ascii7',
    from: 'Amazon Web Services <no-reply-aws@amazon.com.case-status.info>',
    to: E.keep,
    when: '2026-05-20 00:00:00',
    text: `Your case ${CASE.emily} has been closed. Rate our service and receive a voucher: https://amazon.com.case-status.info/rate`,
  }),
  M({
    slug: 'e-close-resolved',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.raj,
    trap: false,
    note: 'resolved after his thanks',
    subject: formSubject(CASE.raj),
    enc: 'ascii7',
    from: SUPPORT,
    to: R.keep,
    when: '2026-06-09 01:00:00',
    text: `Hi Raj,

Glad to hear everything is in order. I'll close this case now; feel free to reach out again any time.

Tomasz

> All good now, thanks a lot!
> Raj`,
  }),
  M({
    slug: 'e-close-noreply',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.emilyVoucher,
    trap: false,
    note: 'closed for lack of reply; the receipt/topic is not stated',
    subject: formSubject(CASE.emilyVoucher),
    enc: 'ascii7',
    from: SUPPORT,
    to: E.keep,
    when: '2026-05-25 00:00:00',
    text: `Hello,

As we did not receive a response, case ${CASE.emilyVoucher} has now been closed.

AWS Training and Certification`,
  }),
  M({
    slug: 'e-close-notify',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.suzuki,
    trap: false,
    note: 'AWS Support notice: case resolved',
    subject: `Your AWS Support case ${CASE.suzuki} has been resolved`,
    enc: 'utf8qp',
    from: AWS_NOTIFY,
    when: '2026-03-13 02:00:00',
    text: `Hello,

Case ${CASE.suzuki} was marked resolved. You can reopen it from the Support Center within 14 days.

Amazon Web Services`,
  }),
  M({
    slug: 'e-close-after-badges',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.emily,
    trap: true,
    note: 'closing that restates badges moved earlier',
    subject: formSubject(CASE.emily),
    enc: 'utf8b64',
    from: SUPPORT,
    to: E.keep,
    when: '2026-05-18 00:00:00',
    text: `Hi Emily,

Since the badges were moved over to your personal Credly account on Monday and we haven't heard of any issue, we're closing this case.

Carla`,
  }),

  // ---------------- support_reply ----------------
  M({
    slug: 'e-sr-thanks',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.emily,
    trap: true,
    note: 'thanks for confirming, handed to the team',
    subject: formSubject(CASE.emily),
    enc: 'ascii7',
    from: SUPPORT,
    to: E.keep,
    when: '2026-05-08 04:00:00',
    text: `Hi Emily,

Thanks for confirming. I've passed this to our back-office team; they usually need 1-3 business days.

Carla`,
  }),
  M({
    slug: 'e-sr-notyet',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.raj,
    trap: true,
    note: 'negated: the merge has not been completed yet',
    subject: formSubject(CASE.raj),
    enc: 'ascii7',
    from: SUPPORT,
    to: R.keep,
    when: '2026-06-04 03:00:00',
    text: `Hi Raj,

Sorry for the wait - the merge hasn't been completed yet, it's still with the team.

Tomasz`,
  }),
  M({
    slug: 'e-sr-escalated',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.suzuki,
    trap: false,
    note: 'status: escalated internally',
    subject: formSubject(CASE.suzuki),
    enc: 'utf8qp',
    from: SUPPORT,
    when: '2026-03-07 02:00:00',
    text: `Dear Mr. Suzuki,

Your request has been escalated to our certification operations team for review. I will update you as soon as I hear back.

Daniel`,
  }),
  M({
    slug: 'e-sr-dupcases',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.raj,
    trap: true,
    note: 'duplicate cases merged, not the accounts',
    subject: formSubject(CASE.raj),
    enc: 'ascii7',
    from: SUPPORT,
    to: R.keep,
    when: '2026-06-01 21:00:00',
    text: `Hi Raj,

I noticed you opened a second case from your work address. I've merged the two cases into this one, so please keep replying here.

Tomasz`,
  }),
  M({
    slug: 'e-sr-writefromkeep',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.emily,
    trap: false,
    note: 'write to us from the address you keep, no data asked',
    subject: formSubject(CASE.emily),
    enc: 'ascii7',
    from: SUPPORT,
    to: E.src,
    when: '2026-05-04 06:00:00',
    text: `Hello Emily,

We can only act on merge requests sent from the account that will remain. Please write to us from your personal address.

Carla`,
  }),
  M({
    slug: 'e-sr-exambooked',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.emily,
    trap: true,
    note: 'unable to merge while an exam is booked',
    subject: formSubject(CASE.emily),
    enc: 'utf8qp',
    from: SUPPORT,
    to: E.keep,
    when: '2026-05-06 05:00:00',
    text: `Hi Emily,

We're unable to merge the accounts at the moment because ${E.srcId} has an exam scheduled on 16 May. After the exam result posts, we can continue.

Carla`,
  }),
  M({
    slug: 'e-sr-voucher',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.raj,
    trap: false,
    note: 'answers a question about voucher validity',
    subject: formSubject(CASE.raj),
    enc: 'ascii7',
    from: SUPPORT,
    to: R.keep,
    when: '2026-06-07 02:00:00',
    text: `Hi Raj,

Your unused 50% discount voucher stays valid until its original expiry date and will show under Benefits.

Tomasz`,
  }),
  M({
    slug: 'e-sr-future',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.suzuki,
    trap: true,
    note: 'future: once merged we will let you know',
    subject: formSubject(CASE.suzuki),
    enc: 'utf8b64',
    from: SUPPORT,
    when: '2026-03-09 12:00:00',
    text: `Dear Mr. Suzuki,

Thank you for your approval. Once the accounts are merged, we will send you a confirmation on this case.

Daniel`,
  }),

  // ---------------- unrelated ----------------
  M({
    slug: 'e-un-own-consent',
    kind: 'unrelated',
    lang: 'en',
    caseId: CASE.emily,
    trap: true,
    trusted: false,
    note: "the user's own consent reply (from her Sent folder)",
    subject: formSubject(CASE.emily),
    enc: 'ascii7',
    from: `${E.name} <${E.keep}>`,
    to: SUPPORT,
    cc: E.src,
    relay: 'smtp.example.org',
    when: '2026-05-08 09:30:00',
    tz: '+0900',
    text: `Hi Carla,

Yes, I confirm - please go ahead and merge ${E.srcId} into ${E.keepId}.

Thanks,
Emily

On Fri, May 7, 2026 at 11:00 AM AWS Training and Certification <${SUPPORT_BARE}> wrote:
> A merge is permanent and cannot be reversed.`,
  }),
  M({
    slug: 'e-un-voucher-case',
    kind: 'unrelated',
    lang: 'en',
    caseId: CASE.emilyVoucher,
    trap: true,
    note: 'receipt of her other case about a voucher refund; topic stated',
    subject: `[CASE ${CASE.emilyVoucher}] We received your request`,
    enc: 'ascii7',
    from: SUPPORT,
    to: E.keep,
    when: '2026-05-12 00:00:00',
    text: `Hello Emily,

We've received your request about a refund for an exam voucher purchase (case ${CASE.emilyVoucher}). Our billing team will reply shortly.

AWS Training and Certification`,
  }),
  M({
    slug: 'e-un-survey',
    kind: 'unrelated',
    lang: 'en',
    caseId: CASE.raj,
    trap: true,
    note: 'survey: was your issue resolved?',
    subject: 'How did we do? Tell us about your recent case',
    enc: 'utf8qp',
    from: AWS_NOTIFY,
    to: R.keep,
    when: '2026-06-16 00:00:00',
    text: `Hi Raj,

Your case ${CASE.raj} was closed recently. Was your issue resolved? Take our 2-question survey.`,
    html: `<p>Hi Raj,</p><p>Your case ${CASE.raj} was closed recently. Was your issue resolved?</p><p><a href="https://survey.aws.amazon.com/r/x">Take the survey</a></p>`,
  }),
  M({
    slug: 'e-un-credly-merge',
    kind: 'unrelated',
    lang: 'en',
    caseId: null,
    trap: true,
    note: "Credly's own account-merge code mail",
    subject: 'Complete your Credly account merge',
    enc: 'ascii7',
    from: 'Credly <noreply@credly.com>',
    to: E.keep,
    when: '2026-05-11 00:00:00',
    text: `Hi Emily,

Someone requested to merge another Credly account into this one. Enter this code to complete the account merge: 481 230

If this wasn't you, ignore this email.

Credly`,
  }),
  M({
    slug: 'e-un-event',
    kind: 'unrelated',
    lang: 'en',
    caseId: null,
    trap: true,
    note: 'marketing for an event; "complete" and "badge" words',
    subject: 'AWS Summit Tokyo: complete your registration and pick up your badge',
    enc: 'utf8qp',
    from: 'AWS Events <aws-events@amazon.com>',
    to: R.keep,
    when: '2026-06-10 00:00:00',
    text: `Hi Raj,

Your registration for AWS Summit Japan is almost complete. Confirm your session choices and print your attendee badge before the event.

AWS Events`,
  }),
  M({
    slug: 'e-un-skillbuilder',
    kind: 'unrelated',
    lang: 'en',
    caseId: null,
    trap: true,
    note: 'Skill Builder course completed notice',
    subject: 'Congratulations, you completed a course on AWS Skill Builder',
    enc: 'ascii7',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>',
    to: E.keep,
    when: '2026-05-15 00:00:00',
    text: `Well done, Emily! You completed "Exam Prep: AWS Certified SysOps Administrator". Your transcript has been updated.

AWS Training and Certification`,
  }),
  M({
    slug: 'e-un-ooo',
    kind: 'unrelated',
    lang: 'en',
    caseId: CASE.emily,
    trap: true,
    trusted: false,
    note: "auto-reply from her old company address' manager, received on CC",
    subject: `Automatic reply: ${formSubject(CASE.emily)}`,
    enc: 'ascii7',
    from: 'Kenji Mori <k.mori@jp.example-kk.co.jp>',
    to: E.keep,
    relay: 'mail.jp.example-kk.co.jp',
    extra: ['Auto-Submitted: auto-replied'],
    when: '2026-05-07 11:00:00',
    tz: '+0900',
    text: `Thank you for your message. I am out of the office until 11 May with limited access to email, and will confirm receipt when I return.

Kenji Mori`,
  }),
  M({
    slug: 'e-un-credly-hashicorp',
    kind: 'unrelated',
    lang: 'en',
    caseId: null,
    trap: true,
    note: 'Credly badge from another issuer',
    subject: 'HashiCorp sent you a badge',
    enc: 'ascii7',
    from: 'HashiCorp via Credly <admin@credly.com>',
    to: R.keep,
    when: '2026-06-12 00:00:00',
    text: `Raj, you've earned a badge!

HashiCorp Certified: Terraform Associate

Accept your badge: https://www.credly.com/earner/earned/badge/hc77`,
  }),
  M({
    slug: 'e-merge-typo',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.raj,
    trap: false,
    crlf: false,
    note: 'completion with typos, LF line ends, restating his approval',
    subject: formSubject(CASE.raj),
    enc: 'ascii7',
    from: SUPPORT,
    to: R.keep,
    when: '2026-06-05 23:10:00',
    text: `Hi Raj,

per your aproval on the 4th, your acount ${R.srcId} is now merged in to ${R.keepId}, succesfully.
You may need to sign out and back in to see the certs.

Tomasz
AWS Training and Certification`,
  }),
];
