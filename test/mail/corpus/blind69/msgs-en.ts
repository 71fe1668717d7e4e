// bp: English messages. Every message written for this set.
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY,
  CASE,
  CREDLY_AWS,
  DAN,
  DAN_REQ,
  DAN_REQ_BY_RACHEL,
  MARC,
  PORTAL,
  RACHEL,
  SOPHIE,
  SOPHIE_REQ_BY_MARC,
  SUPPORT,
  SUPPORT_ADDR,
  TEAM_EN,
  caseSubj,
  d,
  gmailQEn,
  htmlDoc,
  iphoneFwdEn,
  outlookEn,
  paras,
  quote,
  sfOrig,
  sfRef,
} from './common.js';

const DN = CASE.dan;
const SL = CASE.sophie;
const danOld = `${DAN.en} <${DAN.old}>`;
const danTo = `${DAN.en} <${DAN.keep}>`;
const rachelTo = `${RACHEL.en} <${RACHEL.addr}>`;
const teamTo = `${TEAM_EN.en} <${TEAM_EN.addr}>`;
const marcTo = `${MARC.en} <${MARC.addr}>`;
const sophieTo = `${SOPHIE.en} <${SOPHIE.keep}>`;
const teamHdr = [`X-Original-To: ${TEAM_EN.addr}`, `List-Id: <cloud-certs.newco.example.com>`, 'Precedence: list'];
const formercoFwd = [`X-Forwarded-To: ${DAN.keep}`, `X-Forwarded-For: ${DAN.old} ${DAN.keep}`];
const EU = '+0100';
const US = '-0500';

// ---------------- acknowledgement ----------------
const ack: Msg[] = [
  {
    slug: 'en-ack-formerco-autofwd',
    kind: 'acknowledgement',
    lang: 'en',
    trusted: true,
    forUser: true,
    caseId: DN,
    trap: false,
    note: 'case receipt sent to the former employer mailbox, auto-forwarded with DKIM intact (dmarc=pass)',
    from: SUPPORT,
    to: danOld,
    rcpt: DAN.keep,
    subject: `[CASE ${DN}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: d('2026-03-02 09:14:07', US),
    auth: 'fwdPass',
    fwdVia: DAN.via,
    enc: 'ascii7',
    extra: formercoFwd,
    text: `Hello Daniel,

Thanks for contacting AWS Training and Certification. This automatic message confirms that we have logged your request.

Case ID: ${DN}

An agent typically responds within one business day. To add details, reply to this email and keep the subject line unchanged. Opening another case for the same request will slow things down.

AWS Training and Certification Customer Support`,
  },
  {
    slug: 'en-ack-team-only',
    kind: 'acknowledgement',
    lang: 'en',
    trusted: true,
    forUser: false,
    caseId: CASE.danDup,
    trap: false,
    note: 'receipt of a case the manager opened from the team inbox; delivered to the team address only, not to the user',
    from: SUPPORT,
    to: teamTo,
    subject: `[CASE ${CASE.danDup}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: d('2026-03-02 11:40:51', US),
    auth: 'pass',
    enc: 'utf8qp',
    extra: teamHdr,
    text: `Thank you for reaching out.

We've received your message and opened case ${CASE.danDup}. You'll hear from a member of our team soon; there's no need to resend your request.

— AWS Training and Certification`,
  },
  {
    slug: 'en-ack-fwd-broken',
    kind: 'acknowledgement',
    lang: 'en',
    trusted: false,
    forUser: true,
    caseId: DN,
    trap: false,
    note: 'forwarder appended an [EXTERNAL] banner, DKIM broke: dmarc=fail at our server; the ARC pass below does not count',
    from: AWS_NOTIFY,
    to: danOld,
    rcpt: DAN.keep,
    subject: `AWS Support case ${DN} created`,
    date: d('2026-03-02 09:14:30', US),
    auth: 'fwdBroken',
    fwdVia: DAN.via,
    enc: 'ascii7',
    extra: formercoFwd,
    text: `[EXTERNAL] This message was automatically forwarded by Formerco mail services. Do not reply from this mailbox.

A new support case has been created: ${DN}.
We will notify you at this address when there is an update.

Amazon Web Services`,
  },
  {
    slug: 'en-ack-ea-cc-alt',
    kind: 'acknowledgement',
    lang: 'en',
    trusted: true,
    forUser: true,
    caseId: SL,
    trap: false,
    note: 'receipt to the executive assistant who filed the case, user in Cc; multipart/alternative',
    from: SUPPORT,
    to: marcTo,
    cc: sophieTo,
    subject: `[CASE ${SL}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: d('2026-04-06 10:05:44', EU),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Dear Marc,

Your inquiry has reached AWS Training and Certification and is now case ${SL}.
We reply in the order requests arrive, usually within 24 hours.

Kind regards,
AWS Training and Certification`,
    html: htmlDoc(`<p>Dear Marc,</p><p>Your inquiry has reached AWS Training and Certification and is now case <b>${SL}</b>.<br>We reply in the order requests arrive, usually within 24 hours.</p><p>Kind regards,<br>AWS Training and Certification</p>`, 'en'),
  },
  {
    slug: 'en-ack-plain-sophie',
    kind: 'acknowledgement',
    lang: 'en',
    trusted: true,
    forUser: true,
    caseId: '17690781104',
    trap: false,
    note: 'receipt of a new case Sophie opened herself; says nothing of its topic',
    from: SUPPORT,
    to: sophieTo,
    subject: `[CASE 17690781104] [AWS Training and Certification Form Submission] - account-assistance`,
    date: d('2026-04-06 21:48:02', EU),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi there,

We got your message — thanks. Reference: 17690781104.
Someone from the team will be in touch. Replies to this email are added to the case automatically.

AWS T&C Support`,
  },
  {
    slug: 'en-ack-lists-fields',
    kind: 'acknowledgement',
    lang: 'en',
    trusted: true,
    forUser: true,
    caseId: '1781040522',
    trap: true,
    note: 'a receipt that echoes the submitted fields (candidate ID, email) without asking for anything',
    from: SUPPORT,
    to: danTo,
    subject: `[CASE 1781040522] [AWS Training and Certification Form Submission] - account-assistance`,
    date: d('2026-03-03 07:55:19', US),
    auth: 'dkimonly',
    enc: 'ascii7',
    text: `Your request has been submitted.

Case: 1781040522
Name: Daniel Okafor
Company: Newco
AWS Candidate ID: ${DAN.keepId}
Contact email: ${DAN.keep}
Issue: Account merge

No further action is needed right now. We will reply to this thread.`,
  },
];

// ---------------- ai_answer ----------------
const ai: Msg[] = [
  {
    slug: 'en-ai-fwd-broken',
    kind: 'ai_answer',
    lang: 'en',
    trusted: false,
    forUser: true,
    caseId: null,
    trap: false,
    note: 'generated answer auto-forwarded by the old employer with a footer, DKIM broken, dmarc=fail',
    from: AWS_NOTIFY,
    to: danOld,
    rcpt: DAN.keep,
    subject: 'Suggested answer to your question',
    date: d('2026-03-02 09:10:55', US),
    auth: 'fwdBroken',
    fwdVia: DAN.via,
    enc: 'utf8qp',
    extra: formercoFwd,
    text: `This answer was generated automatically and may not be accurate.

You can combine duplicate AWS Certification accounts yourself: sign in to the account you want to keep, open your profile, choose "Merge accounts", and enter the other account's email address.

If the tool tells you it can't merge the accounts, create a case and an agent will help.

--
Forwarded by Formerco Mail Gateway. Formerco is not responsible for the content of forwarded messages.`,
  },
  {
    slug: 'en-ai-ea-cc-html',
    kind: 'ai_answer',
    lang: 'en',
    trusted: true,
    forUser: true,
    caseId: null,
    trap: false,
    note: 'HTML-only AI suggestion to the assistant, user in Cc',
    from: AWS_NOTIFY,
    to: marcTo,
    cc: sophieTo,
    subject: 'Here is an answer that may help',
    date: d('2026-04-06 10:01:12', EU),
    auth: 'pass',
    enc: 'utf8b64',
    html: htmlDoc(`<div style="border-left:4px solid #ff9900;padding-left:8px">
<p><b>AI-generated response</b></p>
<p>Account consolidation is available as a self-service option in the AWS Certification portal (Profile &rsaquo; Merge Accounts). The holder must be signed in to the account that should remain.</p>
<p>Still need help? Select <i>Create case</i> to reach our support team.</p>
</div>`, 'en'),
  },
  {
    slug: 'en-ai-team-delivered-dan',
    kind: 'ai_answer',
    lang: 'en',
    trusted: true,
    forUser: true,
    caseId: null,
    trap: false,
    note: 'AI answer addressed to the team inbox, delivered to the user (Delivered-To)',
    from: AWS_NOTIFY,
    to: teamTo,
    rcpt: DAN.keep,
    subject: 'Automated reply: certification account question',
    date: d('2026-03-02 11:35:30', US),
    auth: 'pass',
    enc: 'ascii7',
    extra: teamHdr,
    text: `Automated reply (generated by AI)

Based on your question, the Merge Accounts tool on the certification portal is the quickest route. After signing in with the account to keep, provide the login of the duplicate account.

Was this helpful? If not, choose Create case.`,
  },
  {
    slug: 'en-ai-both-history',
    kind: 'ai_answer',
    lang: 'en',
    trusted: true,
    forUser: true,
    caseId: null,
    trap: false,
    note: 'AI answer mentioning the tool refuses when both accounts have history; still an automated suggestion',
    from: AWS_NOTIFY,
    to: sophieTo,
    subject: 'Answer generated for your request',
    date: d('2026-04-06 21:40:09', EU),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi,

Our virtual assistant put together this response.

• If only one of your accounts holds certifications, try the Merge Accounts option under your profile.
• If both accounts already have certification history, the self-service option can't be used — continue to create a support case instead.

This reply was produced automatically.`,
  },
  {
    slug: 'en-ai-dkimonly',
    kind: 'ai_answer',
    lang: 'en',
    trusted: true,
    forUser: true,
    caseId: null,
    trap: false,
    note: 'short automated suggestion, DKIM-only verdict',
    from: AWS_NOTIFY,
    to: danTo,
    subject: 'Try this first: merging certification accounts',
    date: d('2026-03-03 07:50:44', US),
    auth: 'dkimonly',
    enc: 'ascii7',
    text: `(automated suggestion)

Have you tried the self-service merge? Sign in at the AWS Certification portal with the email you want to keep, then Profile > Merge Accounts.

If that doesn't work for you, continue to create a case.`,
  },
];

// ---------------- info_request ----------------
const info: Msg[] = [
  {
    slug: 'en-info-formerco-fwd',
    kind: 'info_request',
    lang: 'en',
    trusted: true,
    forUser: true,
    caseId: DN,
    trap: false,
    note: 'asks which account stays and both candidate IDs; auto-forwarded from the former employer',
    from: SUPPORT,
    to: danOld,
    rcpt: DAN.keep,
    subject: caseSubj(DN),
    date: d('2026-03-03 13:22:08', US),
    auth: 'fwdPass',
    fwdVia: DAN.via,
    enc: 'ascii7',
    extra: formercoFwd,
    text: `Hello Daniel,

Thank you for your patience. So we can proceed, could you let us know which of the two accounts should remain active afterwards, along with the candidate ID for each (it starts with "AWS")?

Best,
Priyanka
AWS Training and Certification

${quote(DAN_REQ)}`,
  },
  {
    slug: 'en-info-to-manager-cc',
    kind: 'info_request',
    lang: 'en',
    trusted: true,
    forUser: true,
    caseId: CASE.danDup,
    trap: false,
    note: 'to the manager with the user in Cc: only the holder can ask, and he must send the other account ID',
    from: SUPPORT,
    to: rachelTo,
    cc: danTo,
    subject: caseSubj(CASE.danDup),
    date: d('2026-03-03 10:02:40', US),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Rachel,

Thanks for flagging this on Daniel's behalf. For privacy reasons we can only act on the request of the account holder.

Daniel — please reply from the email address you'd like to keep, and include the candidate ID of your other account in your reply.

Regards,
Tomás
AWS Training and Certification

${sfRef('Dan01')}

${sfOrig({ from: RACHEL.addr, date: '3/2/2026 11:39 AM', to: SUPPORT_ADDR, subject: 'Merge request for team member' }, DAN_REQ_BY_RACHEL)}`,
  },
  {
    slug: 'en-info-notif-address-outlook',
    kind: 'info_request',
    lang: 'en',
    trusted: true,
    forUser: true,
    caseId: DN,
    trap: false,
    note: 'asks for the notification email registered on the old account; Outlook quote below',
    from: SUPPORT,
    to: danTo,
    subject: caseSubj(DN),
    date: d('2026-03-04 09:31:12', US),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Hi Daniel,

One more detail and we're set: what was the certification notification address on ${DAN.oldId}? It may differ from the login you used at Formerco. An approximate exam date for your most recent certification on that profile would also help us match it.

Thanks,
Priyanka

${outlookEn({ from: `${DAN.en} <${DAN.keep}>`, date: 'Tuesday, March 3, 2026 8:12 PM', to: SUPPORT_ADDR, subject: `RE: ${caseSubj(DN)}` }, `Keep ${DAN.keep} please. IDs: ${DAN.keepId} (keep) and ${DAN.oldId} (old).`)}`,
  },
  {
    slug: 'en-info-confirm-address',
    kind: 'info_request',
    lang: 'en',
    trusted: true,
    forUser: true,
    caseId: SL,
    trap: true,
    note: '"please confirm which email you keep": asks for information, not consent to merge',
    from: SUPPORT,
    to: sophieTo,
    cc: marcTo,
    subject: caseSubj(SL),
    date: d('2026-04-07 09:12:05', EU),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Dear Ms Laurent,

Marc kindly passed on your candidate IDs. Before anything else, could you confirm the email address you'll keep signing in with — ${SOPHIE.keep}, or a different one?

Kind regards,
Elena
AWS Training and Certification`,
  },
  {
    slug: 'en-info-team-only',
    kind: 'info_request',
    lang: 'en',
    trusted: true,
    forUser: false,
    caseId: CASE.danDup,
    trap: false,
    note: 'info request sent to the team inbox only; no user address in the headers',
    from: SUPPORT,
    to: teamTo,
    subject: caseSubj(CASE.danDup),
    date: d('2026-03-03 10:03:15', US),
    auth: 'pass',
    enc: 'ascii7',
    extra: teamHdr,
    text: `Hello,

We need the account holder's full name as it appears on both certification profiles, and the two login emails, before we can look into this.

AWS Training and Certification`,
  },
  {
    slug: 'en-info-html-ea-cc',
    kind: 'info_request',
    lang: 'en',
    trusted: true,
    forUser: true,
    caseId: SL,
    trap: false,
    note: 'HTML-only request for the list of certifications on each account; assistant in Cc',
    from: SUPPORT,
    to: sophieTo,
    cc: marcTo,
    subject: caseSubj(SL),
    date: d('2026-04-07 15:44:50', EU),
    auth: 'pass',
    enc: 'utf8b64',
    html: htmlDoc(`<p>Dear Ms Laurent,</p>
<p>Thank you. To verify ownership we'd need a little more from you:</p>
<ul><li>the certifications held on ${SOPHIE.oldId}, with the month you passed each</li><li>the name of the company shown on that profile, if any</li></ul>
<p>A reply to this message is enough.</p>
<p>Elena<br>AWS Training and Certification</p>`, 'en'),
  },
  {
    slug: 'en-info-typos-short',
    kind: 'info_request',
    lang: 'en',
    trusted: true,
    forUser: true,
    caseId: DN,
    trap: false,
    note: 'terse request with typos for the missing candidate ID',
    from: SUPPORT,
    to: danTo,
    subject: caseSubj(DN),
    date: d('2026-03-04 16:03:33', US),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Dan,
thnaks for the reply. the candiate ID for the old profile seems to be mising from your note, can you send it over? its on the top of the profile page.
Priyanka`,
  },
];

// ---------------- confirmation_request ----------------
const conf: Msg[] = [
  {
    slug: 'en-conf-formerco-fwd',
    kind: 'confirmation_request',
    lang: 'en',
    trusted: true,
    forUser: true,
    caseId: DN,
    trap: false,
    note: 'asks to consent to the irreversible merge; auto-forwarded from the former employer',
    from: SUPPORT,
    to: danOld,
    rcpt: DAN.keep,
    subject: caseSubj(DN),
    date: d('2026-03-05 10:20:00', US),
    auth: 'fwdPass',
    fwdVia: DAN.via,
    enc: 'ascii7',
    extra: formercoFwd,
    text: `Hi Daniel,

We're ready to move everything from ${DAN.oldId} into ${DAN.keepId}. Please note this is permanent; the old profile can't be restored afterwards.

If you're happy to go ahead, just reply to this email saying so.

Priyanka
AWS Training and Certification`,
  },
  {
    slug: 'en-conf-ea-holder-must',
    kind: 'confirmation_request',
    lang: 'en',
    trusted: true,
    forUser: true,
    caseId: SL,
    trap: false,
    note: 'to the assistant, user in Cc: Sophie herself must agree to the permanent merge',
    from: SUPPORT,
    to: marcTo,
    cc: sophieTo,
    subject: caseSubj(SL),
    date: d('2026-04-08 11:11:41', EU),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Dear Marc, dear Ms Laurent,

Everything checks out. As the merge can't be reversed, we need Ms Laurent's own go-ahead: Sophie, would you reply to this thread to let us know you agree to ${SOPHIE.oldId} being merged into ${SOPHIE.keepId}?

Thank you,
Elena`,
  },
  {
    slug: 'en-conf-reply-yes',
    kind: 'confirmation_request',
    lang: 'en',
    trusted: true,
    forUser: true,
    caseId: DN,
    trap: false,
    note: 'consent asked as "reply YES"; no word "confirm"',
    from: SUPPORT,
    to: danTo,
    subject: caseSubj(DN),
    date: d('2026-03-05 10:21:30', US),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Daniel,

Quick one before we press the button: once the two profiles are combined, there's no undoing it. A one-word reply — "yes" — from either of your addresses is all we need to proceed.

Priyanka`,
  },
  {
    slug: 'en-conf-dmarc-fail',
    kind: 'confirmation_request',
    lang: 'en',
    trusted: false,
    forUser: true,
    caseId: DN,
    trap: false,
    note: 'consent request with dmarc=fail at our server',
    from: SUPPORT,
    to: danTo,
    subject: caseSubj(DN),
    date: d('2026-03-05 02:44:17', US),
    auth: 'fail',
    enc: 'ascii7',
    text: `Dear customer,

To authorize the irreversible merge of your accounts, confirm by signing in within 12 hours:
http://aws-certification-merge.example-verify.net/confirm

AWS Training and Certification`,
  },
  {
    slug: 'en-conf-outlook-top-manager',
    kind: 'confirmation_request',
    lang: 'en',
    trusted: true,
    forUser: true,
    caseId: CASE.danDup,
    trap: false,
    note: 'top-posted consent request to the holder above the manager\u2019s Outlook message',
    from: SUPPORT,
    to: danTo,
    cc: rachelTo,
    subject: caseSubj(CASE.danDup),
    date: d('2026-03-05 10:30:05', US),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello Daniel (cc Rachel),

Rachel's note below is appreciated, but approval has to come from you as the account owner. Do you agree that we merge ${DAN.oldId} into ${DAN.keepId}? This can't be undone. Please answer on this thread.

Tomas
AWS Training and Certification

${outlookEn({ from: `${RACHEL.en} <${RACHEL.addr}>`, date: 'Thursday, March 5, 2026 9:58 AM', to: SUPPORT_ADDR, cc: DAN.keep, subject: `RE: ${caseSubj(CASE.danDup)}` }, 'I approve this as his manager, please go ahead.')}`,
  },
  {
    slug: 'en-conf-resent',
    kind: 'confirmation_request',
    lang: 'en',
    trusted: true,
    forUser: false,
    caseId: DN,
    trap: false,
    note: 'consent request redirected by the former employer helpdesk (Resent-* headers)',
    from: SUPPORT,
    to: danOld,
    subject: caseSubj(DN),
    date: d('2026-03-05 10:20:02', US),
    auth: 'pass',
    enc: 'ascii7',
    resent: { from: 'Formerco IT Helpdesk <it-helpdesk@formerco.example.com>', to: DAN.keep, date: d('2026-03-05 14:02:11', US) },
    text: `Hi Daniel,

Before we merge ${DAN.oldId} into ${DAN.keepId}, please reply to confirm that you want us to go ahead. The merge is final.

AWS Training and Certification`,
  },
  {
    slug: 'en-conf-html-only',
    kind: 'confirmation_request',
    lang: 'en',
    trusted: true,
    forUser: true,
    caseId: SL,
    trap: false,
    note: 'HTML-only consent request to the holder',
    from: SUPPORT,
    to: sophieTo,
    subject: caseSubj(SL),
    date: d('2026-04-08 11:20:00', EU),
    auth: 'pass',
    enc: 'utf8b64',
    html: htmlDoc(`<p>Dear Ms Laurent,</p>
<p>We'd like your approval to combine <b>${SOPHIE.oldId}</b> (${SOPHIE.old}) into <b>${SOPHIE.keepId}</b> (${SOPHIE.keep}).</p>
<p style="color:#b00">Please be aware this action is permanent.</p>
<p>Simply reply with your agreement and we'll take it from there.</p>
<p>Elena, AWS Training and Certification</p>`, 'en'),
  },
];

// ---------------- merge_completed ----------------
const merged: Msg[] = [
  {
    slug: 'en-merged-formerco-fwd',
    kind: 'merge_completed',
    lang: 'en',
    trusted: true,
    forUser: true,
    caseId: DN,
    trap: false,
    note: 'merge done; auto-forwarded from the former employer',
    from: SUPPORT,
    to: danOld,
    rcpt: DAN.keep,
    subject: caseSubj(DN),
    date: d('2026-03-06 15:02:58', US),
    auth: 'fwdPass',
    fwdVia: DAN.via,
    enc: 'ascii7',
    extra: formercoFwd,
    text: `Hi Daniel,

Good news: ${DAN.oldId} has been merged into ${DAN.keepId}. From now on, sign in with ${DAN.keep}; your certifications and exam history are all there.

Priyanka
AWS Training and Certification`,
  },
  {
    slug: 'en-merged-to-manager-cc',
    kind: 'merge_completed',
    lang: 'en',
    trusted: true,
    forUser: true,
    caseId: CASE.danDup,
    trap: false,
    note: 'completion told to the manager, user in Cc',
    from: SUPPORT,
    to: rachelTo,
    cc: danTo,
    subject: caseSubj(CASE.danDup),
    date: d('2026-03-06 15:10:14', US),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Rachel,

Following up as promised: Daniel's profiles are now a single account (${DAN.keepId}). Everything from the Formerco profile was carried over.

Regards,
Tomás`,
  },
  {
    slug: 'en-merged-portal-alt',
    kind: 'merge_completed',
    lang: 'en',
    trusted: true,
    forUser: true,
    caseId: null,
    trap: false,
    note: 'certification portal notice that the accounts were merged (no case ID); multipart/alternative',
    from: PORTAL,
    to: danTo,
    subject: 'Your AWS Certification accounts have been merged',
    date: d('2026-03-06 14:58:40', US),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hello Daniel Okafor,

Your AWS Certification account has been merged with another account. Certifications, exam history and benefits from both now appear under ${DAN.keep}.

If you did not request this change, contact AWS Training and Certification Support.`,
    html: htmlDoc(paras(`Hello Daniel Okafor,

Your AWS Certification account has been merged with another account. Certifications, exam history and benefits from both now appear under ${DAN.keep}.

If you did not request this change, contact AWS Training and Certification Support.`), 'en'),
  },
  {
    slug: 'en-merged-and-closing-html',
    kind: 'merge_completed',
    lang: 'en',
    trusted: true,
    forUser: true,
    caseId: SL,
    trap: false,
    note: 'completion that also closes the case; HTML only; assistant in Cc',
    from: SUPPORT,
    to: sophieTo,
    cc: marcTo,
    subject: caseSubj(SL),
    date: d('2026-04-09 16:45:21', EU),
    auth: 'pass',
    enc: 'utf8b64',
    html: htmlDoc(`<p>Dear Ms Laurent,</p>
<p>Thank you for your approval. The two certification accounts were consolidated this afternoon; ${SOPHIE.keepId} now carries all of your credentials.</p>
<p>With that, we'll mark this case as resolved.</p>
<p>Best regards,<br>Elena</p>`, 'en'),
  },
  {
    slug: 'en-merged-team-delivered',
    kind: 'merge_completed',
    lang: 'en',
    trusted: true,
    forUser: true,
    caseId: CASE.danDup,
    trap: false,
    note: 'completion to the team inbox, delivered to the user (Delivered-To)',
    from: SUPPORT,
    to: teamTo,
    rcpt: DAN.keep,
    subject: caseSubj(CASE.danDup),
    date: d('2026-03-06 15:11:00', US),
    auth: 'pass',
    enc: 'ascii7',
    extra: teamHdr,
    text: `Hello team,

For your records: the account merge for Daniel Okafor is finished. ${DAN.oldId} no longer exists as a separate profile.

AWS Training and Certification`,
  },
  {
    slug: 'en-merged-lookalike',
    kind: 'merge_completed',
    lang: 'en',
    trusted: false,
    forUser: true,
    caseId: DN,
    trap: false,
    note: 'completion from a look-alike domain (amazon.com-support.info)',
    from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com-support.info>',
    to: danTo,
    subject: caseSubj(DN),
    date: d('2026-03-06 03:15:55', US),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello,

Your accounts have been merged. To keep your certifications active, verify your identity here within 24 hours:
http://amazon.com-support.info/cert/verify

AWS Training and Certification`,
  },
  {
    slug: 'en-merged-ea-cc',
    kind: 'merge_completed',
    lang: 'en',
    trusted: true,
    forUser: true,
    caseId: SL,
    trap: false,
    note: 'completion to the assistant, user in Cc; asks to check that all looks right (stays merge_completed)',
    from: SUPPORT,
    to: marcTo,
    cc: sophieTo,
    subject: caseSubj(SL),
    date: d('2026-04-09 16:40:02', EU),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Hello Marc,

Just to let you know as well: Ms Laurent's accounts were merged today. Could she sign in and check that all three certifications look right? If anything is missing, reply here.

Elena`,
  },
];

// ---------------- badges_transferred ----------------
const badges: Msg[] = [
  {
    slug: 'en-badge-credly-kept-alt',
    kind: 'badges_transferred',
    lang: 'en',
    trusted: true,
    forUser: true,
    caseId: null,
    trap: false,
    note: 'Credly AWS badge notice to the kept address after the merge; multipart/alternative',
    from: CREDLY_AWS,
    to: danTo,
    subject: 'Amazon Web Services Training and Certification sent you a new badge',
    date: d('2026-03-07 08:02:10', US),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Daniel, you've been issued a badge!

Amazon Web Services Training and Certification has issued you the AWS Certified DevOps Engineer – Professional badge.

Accept your badge: https://www.credly.com/badges/accept

Credly`,
    html: htmlDoc(`<h2>Daniel, you've been issued a badge!</h2>
<p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified DevOps Engineer – Professional</b> badge.</p>
<p><a href="https://www.credly.com/badges/accept">Accept your badge</a></p>`, 'en'),
  },
  {
    slug: 'en-badge-support-manager',
    kind: 'badges_transferred',
    lang: 'en',
    trusted: true,
    forUser: true,
    caseId: CASE.danDup,
    trap: false,
    note: "support tells the manager the Credly badges now sit on the kept account; user in Cc",
    from: SUPPORT,
    to: rachelTo,
    cc: danTo,
    subject: caseSubj(CASE.danDup),
    date: d('2026-03-09 12:14:33', US),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Rachel, hi Daniel,

Regarding the missing badges you asked about: we've re-linked them in Credly, and the two AWS badges from the old profile are now attached to ${DAN.keep}.

Tomás

${gmailQEn('Mon, Mar 9, 2026 at 9:05 AM', `${RACHEL.en} <${RACHEL.addr}>`, "Daniel's certs show up now but his Credly badges are still on the old email. Can you help?")}`,
  },
  {
    slug: 'en-badge-credly-html-only',
    kind: 'badges_transferred',
    lang: 'en',
    trusted: true,
    forUser: true,
    caseId: null,
    trap: false,
    note: 'Credly AWS badge, HTML only, to the kept address',
    from: CREDLY_AWS,
    to: sophieTo,
    subject: 'Accept your AWS Certified Security – Specialty badge',
    date: d('2026-04-10 09:30:00', EU),
    auth: 'pass',
    enc: 'utf8b64',
    html: htmlDoc(`<p>Hi Sophie,</p>
<p>Amazon Web Services Training and Certification issued you a badge: <b>AWS Certified Security – Specialty</b>.</p>
<p><a href="https://www.credly.com/earner/earned">Accept your badge</a></p>
<p style="font-size:11px;color:#777">Credly, Inc.</p>`, 'en'),
  },
  {
    slug: 'en-badge-misaligned',
    kind: 'badges_transferred',
    lang: 'en',
    trusted: false,
    forUser: true,
    caseId: null,
    trap: false,
    note: 'Credly look-alike: DKIM passes only for an unrelated bulk domain, dmarc=fail',
    from: CREDLY_AWS,
    to: danTo,
    subject: 'Your badges were transferred — action required',
    date: d('2026-03-08 01:12:09', US),
    auth: 'misaligned',
    enc: 'utf8b64',
    text: `Hi Daniel,

Your AWS badges were moved to your new account. Log in within 48 hours to keep them:
http://credly-login.example-mail.net/

Credly`,
  },
  {
    slug: 'en-badge-support-ea-cc',
    kind: 'badges_transferred',
    lang: 'en',
    trusted: true,
    forUser: true,
    caseId: SL,
    trap: false,
    note: 'support tells the assistant (user in Cc) the three Credly badges moved',
    from: SUPPORT,
    to: marcTo,
    cc: sophieTo,
    subject: caseSubj(SL),
    date: d('2026-04-13 10:02:51', EU),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Dear Marc,

Following your message on Friday: all three Credly badges have now been transferred to Ms Laurent's personal email. She should see them when signing in to Credly with ${SOPHIE.keep}.

Kind regards,
Elena`,
  },
  {
    slug: 'en-badge-credly-team-delivered',
    kind: 'badges_transferred',
    lang: 'en',
    trusted: true,
    forUser: true,
    caseId: null,
    trap: false,
    note: 'Credly AWS badge that went to the team inbox and was delivered to the user',
    from: CREDLY_AWS,
    to: teamTo,
    rcpt: DAN.keep,
    subject: 'Amazon Web Services Training and Certification sent you a new badge',
    date: d('2026-03-09 12:30:00', US),
    auth: 'pass',
    enc: 'ascii7',
    extra: teamHdr,
    text: `Congratulations, Daniel Okafor!

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Solutions Architect - Associate.

Accept your badge to share it on your profile.

Credly`,
  },
];

// ---------------- case_closed ----------------
const closed: Msg[] = [
  {
    slug: 'en-closed-3days-fwd',
    kind: 'case_closed',
    lang: 'en',
    trusted: true,
    forUser: true,
    caseId: '1781040522',
    trap: false,
    note: 'will close in 3 days without a reply; auto-forwarded',
    from: SUPPORT,
    to: danOld,
    rcpt: DAN.keep,
    subject: caseSubj('1781040522'),
    date: d('2026-03-10 09:00:00', US),
    auth: 'fwdPass',
    fwdVia: DAN.via,
    enc: 'ascii7',
    extra: formercoFwd,
    text: `Hello,

We haven't heard back on this case. If we don't receive a response within 3 days, it will be closed automatically.

AWS Training and Certification`,
  },
  {
    slug: 'en-closed-ea-cc',
    kind: 'case_closed',
    lang: 'en',
    trusted: true,
    forUser: true,
    caseId: '17690781104',
    trap: false,
    note: 'closure of the second case, addressed to the assistant with the user in Cc',
    from: SUPPORT,
    to: marcTo,
    cc: sophieTo,
    subject: caseSubj('17690781104'),
    date: d('2026-04-14 17:20:33', EU),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Dear Marc,

We've closed this case. Should Ms Laurent need anything further, a reply to this email will reopen it.

AWS Training and Certification`,
  },
  {
    slug: 'en-closed-restates-merge',
    kind: 'case_closed',
    lang: 'en',
    trusted: true,
    forUser: true,
    caseId: CASE.danDup,
    trap: true,
    note: 'closing notice that only restates the merge done last week',
    from: SUPPORT,
    to: rachelTo,
    cc: danTo,
    subject: caseSubj(CASE.danDup),
    date: d('2026-03-16 11:00:12', US),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Rachel,

As Daniel's accounts were merged on March 6 and the badges followed on the 9th, we're now closing this case.

Tomas`,
  },
  {
    slug: 'en-closed-no-auth',
    kind: 'case_closed',
    lang: 'en',
    trusted: false,
    forUser: true,
    caseId: DN,
    trap: false,
    note: 'closing notice with no Authentication-Results at all',
    from: SUPPORT,
    to: danTo,
    subject: caseSubj(DN),
    date: d('2026-03-12 06:40:40', US),
    auth: 'none',
    enc: 'ascii7',
    text: `This case is now closed. Rate your experience and keep your certification active:
http://aws-feedback.example-survey.net/

AWS Training and Certification`,
  },
  {
    slug: 'en-closed-duplicate-case',
    kind: 'case_closed',
    lang: 'en',
    trusted: true,
    forUser: true,
    caseId: CASE.danDup,
    trap: true,
    note: 'closes the duplicate support case and points to the main one; no account merge news',
    from: SUPPORT,
    to: teamTo,
    cc: danTo,
    subject: caseSubj(CASE.danDup),
    date: d('2026-03-03 10:05:00', US),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Hello,

This request duplicates case ${DN}, which Daniel opened the day before. We're closing ${CASE.danDup} and will continue on ${DN} only.

AWS Training and Certification`,
  },
  {
    slug: 'en-closed-notify-html',
    kind: 'case_closed',
    lang: 'en',
    trusted: true,
    forUser: true,
    caseId: SL,
    trap: false,
    note: 'AWS Support notification: case resolved (HTML only)',
    from: AWS_NOTIFY,
    to: sophieTo,
    subject: `Case ${SL} has been resolved`,
    date: d('2026-04-09 16:50:00', EU),
    auth: 'pass',
    enc: 'utf8b64',
    html: htmlDoc(`<table width="100%"><tr><td>
<p>Your case <b>${SL}</b> is now <b>Resolved</b>.</p>
<p>If you need more help with this issue, you can reopen the case within 14 days.</p>
<p>Amazon Web Services</p>
</td></tr></table>`, 'en'),
  },
];

// ---------------- support_reply ----------------
const reply: Msg[] = [
  {
    slug: 'en-reply-thanks-confirming-fwd',
    kind: 'support_reply',
    lang: 'en',
    trusted: true,
    forUser: true,
    caseId: DN,
    trap: true,
    note: 'thanks for confirming, passed to the merge team; auto-forwarded',
    from: SUPPORT,
    to: danOld,
    rcpt: DAN.keep,
    subject: caseSubj(DN),
    date: d('2026-03-05 16:40:30', US),
    auth: 'fwdPass',
    fwdVia: DAN.via,
    enc: 'ascii7',
    extra: formercoFwd,
    text: `Hi Daniel,

Got it, thank you for confirming. I've handed this to the team that performs merges; expect an update in a day or two.

Priyanka`,
  },
  {
    slug: 'en-reply-status-manager',
    kind: 'support_reply',
    lang: 'en',
    trusted: true,
    forUser: true,
    caseId: CASE.danDup,
    trap: false,
    note: 'status update to the manager, user in Cc',
    from: SUPPORT,
    to: rachelTo,
    cc: danTo,
    subject: caseSubj(CASE.danDup),
    date: d('2026-03-04 13:00:44', US),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Rachel,

A quick status note: Daniel's request is with our specialist team and is progressing normally. No action needed from either of you at the moment.

Tomás`,
  },
  {
    slug: 'en-reply-colleague-in-copy',
    kind: 'support_reply',
    lang: 'en',
    trusted: true,
    forUser: true,
    caseId: SL,
    trap: false,
    note: 'support writes to the assistant, user in copy, saying it will address the holder from now on (no request)',
    from: SUPPORT,
    to: marcTo,
    cc: sophieTo,
    subject: caseSubj(SL),
    date: d('2026-04-06 15:31:08', EU),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Dear Marc,

Thank you for writing in for Ms Laurent. I've added her to this thread; from here on our messages will be addressed to her directly, with you in copy.

Kind regards,
Elena

${sfRef('Soph01')}

${sfOrig({ from: MARC.addr, date: '4/6/2026 10:05 AM', to: SUPPORT_ADDR, subject: 'Account consolidation – S. Laurent' }, SOPHIE_REQ_BY_MARC)}`,
  },
  {
    slug: 'en-reply-once-merged',
    kind: 'support_reply',
    lang: 'en',
    trusted: true,
    forUser: true,
    caseId: DN,
    trap: true,
    note: 'future conditional about merge and badges: "once the merge is done"',
    from: SUPPORT,
    to: danTo,
    subject: caseSubj(DN),
    date: d('2026-03-04 18:22:20', US),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Daniel,

To your question about Credly: once the merge is done, we'll check whether your badges follow automatically and move them if they don't. Nothing for you to do yet.

Priyanka`,
  },
  {
    slug: 'en-reply-fail-then-forged',
    kind: 'support_reply',
    lang: 'en',
    trusted: false,
    forUser: true,
    caseId: SL,
    trap: false,
    note: 'topmost A-R says fail; a pass verdict planted lower',
    from: SUPPORT,
    to: sophieTo,
    subject: caseSubj(SL),
    date: d('2026-04-08 03:03:03', EU),
    auth: 'failThenForged',
    enc: 'utf8qp',
    text: `Dear customer,

Your case has been reassigned to our billing team. Please update your payment details to avoid delays:
http://aws-billing-update.example-pay.net/

AWS Training and Certification`,
  },
  {
    slug: 'en-reply-unable-html',
    kind: 'support_reply',
    lang: 'en',
    trusted: true,
    forUser: true,
    caseId: SL,
    trap: true,
    note: '"we are unable to merge" for now (exam in progress); HTML + text',
    from: SUPPORT,
    to: sophieTo,
    cc: marcTo,
    subject: caseSubj(SL),
    date: d('2026-04-07 18:10:40', EU),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Dear Ms Laurent,

We're unable to merge the accounts while an exam result on ${SOPHIE.oldId} is still pending. Results are normally released within five business days; we'll pick this up again then.

Elena`,
    html: htmlDoc(paras(`Dear Ms Laurent,

We're unable to merge the accounts while an exam result on ${SOPHIE.oldId} is still pending. Results are normally released within five business days; we'll pick this up again then.

Elena`), 'en'),
  },
  {
    slug: 'en-reply-dup-cases-merged',
    kind: 'support_reply',
    lang: 'en',
    trusted: true,
    forUser: true,
    caseId: DN,
    trap: true,
    note: '"we merged your duplicate cases": support cases combined, not the accounts; team inbox delivered to user',
    from: SUPPORT,
    to: teamTo,
    rcpt: DAN.keep,
    subject: caseSubj(DN),
    date: d('2026-03-03 10:06:12', US),
    auth: 'pass',
    enc: 'ascii7',
    extra: teamHdr,
    text: `Hello,

We noticed two cases for the same request, so we merged them: please use case ${DN} for any further correspondence.

AWS Training and Certification`,
  },
];

// ---------------- unrelated ----------------
const supportConfQuoted = `Dear Ms Laurent,

We'd like your approval to combine ${SOPHIE.oldId} into ${SOPHIE.keepId}. Please be aware this action is permanent.`;

const unrel: Msg[] = [
  {
    slug: 'en-unrel-self-fwd',
    kind: 'unrelated',
    lang: 'en',
    trusted: false,
    forUser: true,
    caseId: SL,
    trap: true,
    note: "the user's own forward from her work address to her personal one",
    from: `${SOPHIE.en} <${SOPHIE.old}>`,
    to: sophieTo,
    subject: `Fwd: ${caseSubj(SL)}`,
    date: d('2026-04-08 12:02:19', EU),
    auth: 'pass',
    enc: 'utf8qp',
    text: `note to self: reply to this from home, they need my OK for the merge

Sent from my iPhone

${iphoneFwdEn({ from: `AWS Training and Certification <${SUPPORT_ADDR}>`, date: 'April 8, 2026 at 11:20:00 AM GMT+1', subject: caseSubj(SL), to: SOPHIE.keep }, supportConfQuoted)}`,
  },
  {
    slug: 'en-unrel-manager-fwd-info',
    kind: 'unrelated',
    lang: 'en',
    trusted: false,
    forUser: true,
    caseId: CASE.danDup,
    trap: true,
    note: "manager forwards support's information request; her own text is the new text",
    from: rachelTo,
    to: danTo,
    subject: `FW: ${caseSubj(CASE.danDup)}`,
    date: d('2026-03-03 10:15:48', US),
    auth: 'pass',
    enc: 'ascii7',
    text: `Dan - they want to hear from you directly, with your old candidate ID. Can you reply to them today?
R.

${outlookEn({ from: `AWS Training and Certification <${SUPPORT_ADDR}>`, date: 'Tuesday, March 3, 2026 10:02 AM', to: RACHEL.addr, cc: DAN.keep, subject: caseSubj(CASE.danDup) }, `Daniel - please reply from the email address you'd like to keep, and include the candidate ID of your other account in your reply.`)}`,
  },
  {
    slug: 'en-unrel-ea-delegated-consent',
    kind: 'unrelated',
    lang: 'en',
    trusted: false,
    forUser: true,
    caseId: SL,
    trap: true,
    note: 'assistant replies to support on behalf of the user (Sender header, user in Cc): user-side mail',
    from: marcTo,
    to: SUPPORT,
    cc: sophieTo,
    rcpt: SOPHIE.keep,
    subject: `RE: ${caseSubj(SL)}`,
    date: d('2026-04-08 14:30:00', EU),
    auth: 'pass',
    enc: 'utf8qp',
    extra: [`Sender: ${MARC.addr}`],
    text: `Dear Elena,

Ms Laurent has asked me to reply for her: she confirms she agrees to the merge and understands it is permanent.

Best regards,
Marc Dubois
Executive Assistant

${quote(supportConfQuoted)}`,
  },
  {
    slug: 'en-unrel-credly-merge-code',
    kind: 'unrelated',
    lang: 'en',
    trusted: true,
    forUser: true,
    caseId: null,
    trap: true,
    note: "Credly's own account-merge verification code (not the AWS certification merge)",
    from: 'Credly <no-reply@credly.com>',
    to: sophieTo,
    subject: 'Complete your Credly account merge',
    date: d('2026-04-13 19:22:41', EU),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Sophie,

Someone asked to merge another Credly account into this one. Enter this code to complete the account merge:

482 913

If this wasn't you, you can ignore this email.

Credly`,
  },
  {
    slug: 'en-unrel-credly-hashicorp-fwd',
    kind: 'unrelated',
    lang: 'en',
    trusted: true,
    forUser: true,
    caseId: null,
    trap: true,
    note: 'Credly badge from another issuer (HashiCorp), auto-forwarded from the former employer',
    from: 'HashiCorp via Credly <admin@credly.com>',
    to: danOld,
    rcpt: DAN.keep,
    subject: 'HashiCorp sent you a new badge',
    date: d('2026-03-08 09:09:09', US),
    auth: 'fwdPass',
    fwdVia: DAN.via,
    enc: 'ascii7',
    extra: formercoFwd,
    text: `Daniel, you've earned a badge!

HashiCorp has issued you the HashiCorp Certified: Terraform Associate badge.

Accept your badge

Credly`,
  },
  {
    slug: 'en-unrel-formerco-it',
    kind: 'unrelated',
    lang: 'en',
    trusted: false,
    forUser: true,
    caseId: null,
    trap: false,
    note: "former employer IT notice about the forwarding rule on the old mailbox",
    from: 'Formerco IT Helpdesk <it-helpdesk@formerco.example.com>',
    to: danOld,
    rcpt: DAN.keep,
    subject: 'Mail forwarding for departed staff ends March 31',
    date: d('2026-03-11 08:00:00', US),
    auth: 'pass',
    enc: 'ascii7',
    extra: ['Auto-Submitted: auto-generated', ...formercoFwd],
    text: `Hello,

The forwarding rule on your former Formerco mailbox will be removed on March 31. Please update any services that still use ${DAN.old}.

Formerco IT`,
  },
  {
    slug: 'en-unrel-skillbuilder-completed',
    kind: 'unrelated',
    lang: 'en',
    trusted: true,
    forUser: true,
    caseId: null,
    trap: true,
    note: 'Skill Builder course completed notice (trusted AWS sender, not the merge)',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>',
    to: danTo,
    subject: "You've completed: Exam Prep Standard Course",
    date: d('2026-03-14 20:41:00', US),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Congratulations, Daniel!

You've completed "Exam Prep Standard Course: AWS Certified Solutions Architect – Professional". Your completion certificate is available in your transcript.

AWS Skill Builder`,
  },
  {
    slug: 'en-unrel-manager-ooo',
    kind: 'unrelated',
    lang: 'en',
    trusted: false,
    forUser: true,
    caseId: CASE.danDup,
    trap: false,
    note: "the manager's out-of-office reply copied to the user",
    from: rachelTo,
    to: SUPPORT,
    cc: danTo,
    rcpt: DAN.keep,
    subject: `Automatic reply: RE: ${caseSubj(CASE.danDup)}`,
    date: d('2026-03-05 10:31:00', US),
    auth: 'pass',
    enc: 'ascii7',
    extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    text: `I'm out of the office until March 9 with limited access to email. For anything about Daniel's certification accounts, please contact Daniel directly at ${DAN.keep}.

Rachel`,
  },
  {
    slug: 'en-unrel-other-case-refund',
    kind: 'unrelated',
    lang: 'en',
    trusted: true,
    forUser: true,
    caseId: CASE.danRefund,
    trap: true,
    note: "reply on the user's other case (exam fee refund) that says what it is about",
    from: SUPPORT,
    to: danTo,
    subject: `RE:[CASE ${CASE.danRefund}] [AWS Training and Certification Form Submission] - exam-refund`,
    date: d('2026-03-13 11:45:09', US),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Daniel,

The refund for your cancelled exam appointment has been processed and should appear on your card within 5-7 business days. This case is complete from our side.

Thanks,
Jordan`,
  },
  {
    slug: 'en-unrel-shared-inbox-tool',
    kind: 'unrelated',
    lang: 'en',
    trusted: false,
    forUser: false,
    caseId: DN,
    trap: true,
    note: 'shared-inbox tool notification sent to the team address only, quoting a support subject',
    from: 'Shared Inbox <notifications@inboxtool.example.io>',
    to: teamTo,
    subject: `[Assigned to you] ${caseSubj(DN)}`,
    date: d('2026-03-06 15:03:30', US),
    auth: 'pass',
    enc: 'utf8qp',
    extra: teamHdr,
    text: `Rachel Chen assigned a conversation to Cloud Certs Team.

Subject: ${caseSubj(DN)}
Preview: "Good news: ${DAN.oldId} has been merged into ${DAN.keepId}..."

Open the conversation in Shared Inbox to reply.`,
  },
];

export const EN: Msg[] = [...ack, ...ai, ...info, ...conf, ...merged, ...badges, ...closed, ...reply, ...unrel];
