// fk, English part: the English-speaking desk, portal, Credly, and the usual inbox neighbours.
import type { Msg } from './lib.js';
import { C, CREDLY, CREDLY_AWS, DANIEL, EMILY, MISAKI, NOREPLY, PORTAL, SHO, SOFIA, SUP_BARE, SUP_EN, TOM, YUKI, KENJI, gmailEn, gmailJa, jst, mk, outlookEn, paras, pst, quote, sfSep, subj, subjNew, utc } from './common.js';

const DANIEL_ASK = `Hi, I ended up with two AWS Certification accounts - one from my old consultancy job (${DANIEL.src}) and my personal one (${DANIEL.keep}). Could you merge them into the personal one? Thanks, Daniel`;
const SOFIA_ASK = `Hello,
I have two certification accounts and would like to combine them. My current email is ${SOFIA.keep}; the older account used ${SOFIA.src}.
Kind regards,
Sofia Rossi`;
const TOM_ASK = `Please merge my AWS certification accounts. Keep: ${TOM.keep} (${TOM.keepId}). Old: ${TOM.src} (${TOM.srcId}). I no longer work at the agency.`;
const EMILY_ASK = `Hi there - I have certs split across ${EMILY.src} and ${EMILY.keep}. I'd like everything on ${EMILY.keep} please. Candidate IDs ${EMILY.srcId} and ${EMILY.keepId}.`;

const credlyEnHtml = (name: string, badge: string, issuer: string, link = 'https://www.credly.com/earner/earned/badge/accept'): string => `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${issuer} sent you a new badge</title></head>
<body style="margin:0;background:#f2f2f2">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:24px"><img src="https://images.credly.com/email/credly-logo.png" alt="Credly" width="96"></td></tr>
<tr><td style="padding:0 24px">
<p>Hi ${name},</p>
<p>${issuer} has issued you a new badge:</p>
<p style="font-size:18px"><b>${badge}</b></p>
<p>Accept your badge to add it to your profile and share it with your network.</p>
<p><a href="${link}" style="background:#0d6ebd;color:#fff;padding:12px 20px;text-decoration:none">Accept your badge</a></p>
</td></tr>
<tr><td style="padding:24px;font-size:11px;color:#777">This email was sent by Credly, Inc. on behalf of ${issuer}.</td></tr>
</table></td></tr></table>
</body></html>`;

export const EN: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'en-ack-daniel', kind: 'acknowledgement', lang: 'en', caseId: C.daniel, enc: 'ascii7',
    note: 'standard automatic receipt on the form thread',
    from: SUP_EN, to: DANIEL.keep, date: pst('2026-11-18 16:02:44'),
    subject: subjNew(C.daniel),
    text: `Hello,

Thank you for contacting AWS Training and Certification. We have received your request and created case ${C.daniel}.

A member of our team will respond within 24 hours. If your request is about an existing case, please do not open a new one, as duplicate cases can delay our response. You can add information to this case by replying to this email.

Your message:
${DANIEL_ASK}

AWS Training and Certification Customer Service`,
  }),
  mk({
    slug: 'en-ack-sofia', kind: 'acknowledgement', lang: 'en', caseId: C.sofia, enc: 'utf8qp',
    note: 'AWS Support style receipt with HTML part',
    from: NOREPLY, to: `${SOFIA.name} <${SOFIA.keep}>`, date: utc('2026-11-21 09:15:33'),
    subject: `We've received your case ${C.sofia}`,
    text: `Dear Sofia Rossi,

We've received your case ${C.sofia} – "Merge two certification accounts".

Our AWS Training and Certification team usually replies within one business day. You'll receive updates at this address.

Thanks,
Amazon Web Services`,
    html: `<html><body style="font-family:Arial,sans-serif">
<p>Dear Sofia Rossi,</p>
<p>We've received your case <b>${C.sofia}</b> &ndash; &quot;Merge two certification accounts&quot;.</p>
<p>Our AWS Training and Certification team usually replies within one business day. You'll receive updates at this address.</p>
<p>Thanks,<br>Amazon Web Services</p>
</body></html>`,
  }),
  mk({
    slug: 'en-ack-tom-fields', kind: 'acknowledgement', lang: 'en', caseId: C.tom, enc: 'ascii7',
    note: 'receipt that lists back the form fields received',
    from: SUP_EN, to: TOM.keep, date: utc('2026-11-23 14:48:09'),
    subject: subjNew(C.tom),
    text: `Thank you for reaching out to AWS Training and Certification.

Case ID: ${C.tom}
Name: ${TOM.name}
Company: -
AWS Candidate ID: ${TOM.keepId}
Inquiry type: AWS Training and Certification / Certification / Account merge
Description: ${TOM_ASK}

We aim to respond within 24 hours. Please keep the case number in the subject line when replying.`,
  }),
  mk({
    slug: 'en-ack-emily-fail', kind: 'acknowledgement', lang: 'en', caseId: C.emily, enc: 'ascii7', trusted: false, auth: 'fail',
    note: 'receipt copy that fails DMARC for amazon.com: untrusted',
    from: SUP_EN, to: EMILY.keep, date: utc('2026-11-14 03:26:50'),
    subject: subjNew(C.emily),
    text: `Hello Emily,

We have received your case ${C.emily}. To speed things up, please verify your identity by signing in below within 24 hours:

https://aws-training-verify.example.net/case/${C.emily}

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-ack-daniel-html', kind: 'acknowledgement', lang: 'en', caseId: C.danielBilling, enc: 'utf8qp',
    note: 'HTML-only receipt that says nothing of its topic: read as what it looks like (a receipt)',
    from: NOREPLY, to: DANIEL.keep, date: pst('2026-11-30 11:04:20'),
    subject: 'AWS Support: Case created',
    html: `<html><body>
<p>Hello,</p>
<p>Your support case has been created. Case ID: <b>${C.danielBilling}</b></p>
<p>You can view and reply to the case in the <a href="https://support.console.aws.amazon.com/support/home">Support Center</a>.</p>
<p>Amazon Web Services</p>
</body></html>`,
  }),
  mk({
    slug: 'en-ack-tom-trap', kind: 'acknowledgement', lang: 'en', caseId: '1773660588', enc: 'utf8b64', trap: true,
    note: 'receipt of his duplicate request that mentions a later merge confirmation',
    from: SUP_EN, to: TOM.keep, date: utc('2026-11-24 07:51:12'),
    subject: subjNew('1773660588'),
    text: `Hi Tom,

Thanks for getting in touch – your request has been logged as case 1773660588.

For account merge requests, our team will review both profiles and may ask you to confirm the merge before anything is changed. We'll reply here within 24 hours.

AWS Training & Certification Support`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'en-ai-daniel', kind: 'ai_answer', lang: 'en', enc: 'ascii7',
    note: 'generated answer suggesting the Merge Accounts tool',
    from: NOREPLY, to: DANIEL.keep, date: pst('2026-11-18 15:55:02'),
    subject: 'Suggested answer to your AWS Training and Certification question',
    text: `Based on the question you submitted, here's an answer that may help.

To combine duplicate AWS Certification accounts, sign in to the account you want to keep and open the Merge Accounts tool from your profile. Enter the details of the other account and follow the prompts.

If the tool reports that the accounts can't be merged (for example, because both have certification history), please return to the contact form and choose "Create case".

This answer was generated by AI and may contain errors.`,
  }),
  mk({
    slug: 'en-ai-sofia-trap', kind: 'ai_answer', lang: 'en', enc: 'utf8qp', trap: true,
    note: 'AI answer explaining what happens after a merge (certs moved, badges reissued): not news',
    from: NOREPLY, to: SOFIA.keep, date: utc('2026-11-21 09:08:47'),
    subject: 'Here’s what we found for your question',
    text: `Hi,

Here’s an automated answer to your question about merging certification accounts.

• When two accounts are merged, the certifications, exam history and benefits from the secondary account are moved to the primary account.
• Your Credly badges are typically reissued to the email on the primary account once the merge is done.
• You can start the merge yourself from the Merge Accounts tool in the AWS Certification account.

Was this helpful? If not, create a case and an agent will follow up.
(Generated by AI)`,
  }),
  mk({
    slug: 'en-ai-tom-html', kind: 'ai_answer', lang: 'en', enc: 'utf8qp',
    note: 'HTML automated answer with thumbs up/down',
    from: NOREPLY, to: TOM.keep, date: utc('2026-11-23 14:41:30'),
    subject: 'Answer to your question: merging certification accounts',
    text: `Hello,

We generated the following answer for you:

You can merge duplicate AWS Certification accounts with the self-service Merge Accounts tool. Sign in with the account you want to keep, go to your profile, and select Merge Accounts.

Did this answer your question? Yes / No - create a case`,
    html: `<div style="font-family:Arial">
<p>Hello,</p>
<p>We generated the following answer for you:</p>
<blockquote style="border-left:3px solid #ff9900;padding-left:8px">You can merge duplicate AWS Certification accounts with the self-service <b>Merge Accounts</b> tool. Sign in with the account you want to keep, go to your profile, and select Merge Accounts.</blockquote>
<p>Did this answer your question? <a href="https://support.aws.amazon.com/fb?y">Yes</a> / <a href="https://support.aws.amazon.com/fb?n">No - create a case</a></p>
</div>`,
  }),
  mk({
    slug: 'en-ai-emily', kind: 'ai_answer', lang: 'en', enc: 'ascii7',
    note: 'AI answer with disclaimer, no case ID',
    from: NOREPLY, to: EMILY.keep, date: utc('2026-11-14 03:19:16'),
    subject: 'AWS Support - automated response',
    text: `Hi Emily,

Thanks for your question. This response was generated automatically.

It sounds like you have more than one AWS Certification account. Most duplicates can be merged by you directly: log in to your main account and use the Merge Accounts option. Certification history and benefits from the other account will then appear in your main account.

If you see a message asking you to contact support, you can open a case from the same page.

Generated by AI - please verify important information.`,
  }),
  mk({
    slug: 'en-ai-daniel-support', kind: 'ai_answer', lang: 'en', enc: 'utf8b64',
    note: 'automated suggestion from the support site sender, short',
    from: 'AWS Support <no-reply@support.aws.com>', to: DANIEL.keep, date: pst('2026-11-18 15:56:40'),
    subject: 'Your question: "two certification accounts"',
    text: `Here's a quick answer generated from AWS Training and Certification help articles:

“If you have two AWS Certification accounts, use the Merge Accounts tool in the account you'd like to keep. The tool can't merge accounts that both contain certifications — in that case, contact Customer Service.”

Still need help? Create a case.`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'en-info-daniel', kind: 'info_request', lang: 'en', caseId: C.daniel, enc: 'ascii7',
    note: 'agent asks for name, emails, candidate IDs and which account to keep; original request below',
    from: SUP_EN, to: DANIEL.keep, date: pst('2026-11-19 10:32:18'),
    subject: subj(C.daniel),
    text: `Hello Daniel,

Thank you for contacting AWS Training and Certification. My name is Priyanka and I'll be helping you with your request.

I understand you'd like to merge two AWS Certification accounts. So that I can locate both profiles, could you please reply with the following for each account?

1. Full name as it appears on the account
2. Email address used to sign in
3. AWS Candidate ID (starts with "AWS")

Please also let me know which of the two accounts you would like to keep as your primary account.

Best regards,
Priyanka
AWS Training and Certification Customer Service

${sfSep}
${DANIEL_ASK}`,
  }),
  mk({
    slug: 'en-info-sofia', kind: 'info_request', lang: 'en', caseId: C.sofia, enc: 'utf8qp',
    note: 'asks her to reply from the address she keeps and include both candidate IDs; Outlook quote below',
    from: SUP_EN, to: SOFIA.keep, date: utc('2026-11-22 13:09:51'),
    subject: subj(C.sofia),
    text: `Hi Sofia,

Thanks for your patience. I’m Joseph from the AWS Training and Certification team.

For security reasons we can only action a merge request sent from the email address of the account you intend to keep. Could you reply from that address and include the Candidate IDs of both accounts? You’ll find them under My Profile in the certification portal.

Kind regards,
Joseph

${outlookEn(`${SOFIA.name} <${SOFIA.keep}>`, 'Saturday, November 21, 2026 10:14 AM', SUP_BARE, subjNew(C.sofia))}

${SOFIA_ASK}`,
  }),
  mk({
    slug: 'en-info-tom-trap', kind: 'info_request', lang: 'en', caseId: C.tom, enc: 'ascii7', trap: true,
    note: '"please confirm which address should remain" asks for information, not consent',
    from: SUP_EN, to: TOM.keep, date: utc('2026-11-24 16:20:37'),
    subject: subj(C.tom),
    text: `Hi Tom,

Carmen here, thanks for reaching out.

I found both accounts under your name. Before I prepare the merge, please confirm which email adress should remain on the merged account - ${TOM.keep} or ${TOM.src}? Some customers prefer to keep the older login, so I'd rather check than assume.

Thanks,
Carmen
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-info-emily-name', kind: 'info_request', lang: 'en', caseId: C.emily, enc: 'utf8b64',
    note: 'second information request: legal names differ between the accounts',
    from: SUP_EN, to: EMILY.keep, date: utc('2026-11-16 20:45:02'),
    subject: subj(C.emily),
    text: `Hello Emily,

Thank you for the Candidate IDs. I'm Mohammed and I've picked up your case.

The two profiles list different names ("Emily Chen" and "Yi-Ling Chen"). To make sure both belong to you, can you tell me the full legal name shown on your ID for each exam, along with the exam name and date of the most recent exam on the ${EMILY.src} account?

Once I have that, I can move forward.

Regards,
Mohammed
AWS T&C Customer Service`,
  }),
  mk({
    slug: 'en-info-daniel-otheronly', kind: 'info_request', lang: 'en', caseId: C.daniel, enc: 'ascii7', trusted: false, auth: 'otherOnly',
    note: 'information request carrying only another server\'s Authentication-Results: untrusted',
    from: SUP_EN, to: DANIEL.keep, date: pst('2026-11-19 12:10:09'),
    subject: subj(C.daniel),
    text: `Hello Daniel,

To complete your merge request we still need the following for both accounts:
- sign-in email
- password
- Candidate ID

Please reply within 24 hours.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-info-sho-mixed', kind: 'info_request', lang: 'en', caseId: C.sho, enc: 'utf8qp',
    note: 'English desk answers a Japanese request (quoted below) and asks for both candidate IDs',
    from: SUP_EN, to: SHO.keep, date: jst('2026-11-28 09:02:31'),
    subject: subj(C.sho),
    text: `Dear Sho,

Thank you for contacting AWS Training and Certification. I'm Kevin, and I'll be assisting you in English; please feel free to reply in Japanese if you prefer.

To look up your accounts, please send me the AWS Candidate ID of both accounts and the sign-in email of the personal account you would like to keep.

Best regards,
Kevin

${sfSep}
${quote(`お世話になります。中村と申します。
AWS認定アカウントの統合をお願いできますでしょうか。
会社で作ったアカウント(${SHO.src})に CLF と SAA、個人のアカウントに SOA があります。`)}`,
  }),
  mk({
    slug: 'en-info-sofia-notfound', kind: 'info_request', lang: 'en', caseId: C.sofia, enc: 'utf8qp', trap: true,
    note: 'could not find the old account; asks her to double-check and send its candidate ID',
    from: SUP_EN, to: SOFIA.keep, date: utc('2026-11-23 15:40:26'),
    subject: subj(C.sofia),
    text: `Hi Sofia,

Thanks for replying from your main address. I was able to find ${SOFIA.keepId}, but no account is registered with ${SOFIA.src}.

Could you double-check the email you used for the older account and, if you have it, send me its Candidate ID? An old exam confirmation from Pearson VUE usually shows it.

Best,
Joseph`,
    html: `<div>${paras(`Hi Sofia,

Thanks for replying from your main address. I was able to find ${SOFIA.keepId}, but no account is registered with ${SOFIA.src}.

Could you double-check the email you used for the older account and, if you have it, send me its Candidate ID? An old exam confirmation from Pearson VUE usually shows it.

Best,
Joseph`)}</div>`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'en-conf-daniel', kind: 'confirmation_request', lang: 'en', caseId: C.daniel, enc: 'ascii7',
    note: 'asks him to confirm the merge of source into kept ID; permanent',
    from: SUP_EN, to: DANIEL.keep, date: pst('2026-11-20 09:17:55'),
    subject: subj(C.daniel),
    text: `Hello Daniel,

Thanks for sending those details over. I've located both accounts.

Before we proceed, please note that merging is permanent and cannot be reversed. Once merged, you will no longer be able to sign in to ${DANIEL.src}.

Kindly reply to this email confirming that you would like us to merge ${DANIEL.srcId} into ${DANIEL.keepId}.

Best regards,
Aisha
AWS Training and Certification Customer Service`,
  }),
  mk({
    slug: 'en-conf-sofia', kind: 'confirmation_request', lang: 'en', caseId: C.sofia, enc: 'utf8qp',
    note: 'consent request above a Gmail-quoted customer reply',
    from: SUP_EN, to: SOFIA.keep, date: utc('2026-11-25 08:34:12'),
    subject: subj(C.sofia),
    text: `Hi Sofia,

Great, thank you – I found the older profile under ${SOFIA.srcId}.

Just to be sure before I submit it: do you agree to have ${SOFIA.srcId} merged into ${SOFIA.keepId}? A merge can’t be undone, so we need your go-ahead in writing. A simple “yes, please merge” is enough.

Joseph

${gmailEn('2026-11-24', '7:58 PM', `Sofia Rossi <${SOFIA.keep}>`)}
${quote(`Hi Joseph, sorry, the old one was actually sofia.rossi@corp.example.eu with a dot... no wait, it is ${SOFIA.src}. Candidate ID ${SOFIA.srcId}.
Thanks!`)}`,
  }),
  mk({
    slug: 'en-conf-tom-lf', kind: 'confirmation_request', lang: 'en', caseId: C.tom, enc: 'ascii7', crlf: false,
    note: 'plain consent request, LF line ends',
    from: SUP_EN, to: TOM.keep, date: utc('2026-11-25 11:06:40'),
    subject: subj(C.tom),
    text: `Hello Tom,

Thank you for letting me know. I'll keep ${TOM.keep} as the primary.

We're ready to merge ${TOM.srcId} (${TOM.src}) into ${TOM.keepId} (${TOM.keep}). This can't be reversed afterwards, so I need your explicit approval. Could you reply "I confirm" if you'd like us to go ahead?

Regards,
Luis
AWS Training & Certification`,
  }),
  mk({
    slug: 'en-conf-emily', kind: 'confirmation_request', lang: 'en', caseId: C.emily, enc: 'utf8b64',
    note: 'multipart consent request after identity check',
    from: SUP_EN, to: EMILY.keep, date: utc('2026-11-18 17:21:08'),
    subject: subj(C.emily),
    text: `Hi Emily,

Thanks for confirming your details – both accounts are yours and I'm ready to merge them.

Account to be merged: ${EMILY.srcId} (${EMILY.src})
Account to keep: ${EMILY.keepId} (${EMILY.keep})

Please be aware this is irreversible. Reply to this email to let me know you'd like me to proceed.

Grace
AWS Training and Certification Customer Service`,
    html: `<div style="font-family:Calibri,sans-serif">
<p>Hi Emily,</p>
<p>Thanks for confirming your details – both accounts are yours and I'm ready to merge them.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><td>Account to be merged</td><td>${EMILY.srcId} (${EMILY.src})</td></tr><tr><td>Account to keep</td><td>${EMILY.keepId} (${EMILY.keep})</td></tr></table>
<p>Please be aware this is <b>irreversible</b>. Reply to this email to let me know you'd like me to proceed.</p>
<p>Grace<br>AWS Training and Certification Customer Service</p>
</div>`,
  }),
  mk({
    slug: 'en-conf-tom-misaligned', kind: 'confirmation_request', lang: 'en', caseId: C.tom, enc: 'ascii7', trusted: false, auth: 'misaligned',
    note: 'consent request signed by an unrelated bulk-mail domain, dmarc=fail: untrusted',
    from: SUP_EN, to: TOM.keep, date: utc('2026-11-25 12:44:19'),
    subject: subj(C.tom),
    text: `Hello Tom,

Your accounts are ready to be merged. Please confirm the merge by signing in at the link below. Unconfirmed requests are cancelled after 24 hours.

https://aws-certification-merge.example.org/confirm/${C.tom}

AWS Training & Certification`,
  }),
  mk({
    slug: 'en-conf-yuki-mixed', kind: 'confirmation_request', lang: 'en', caseId: '1773307756', enc: 'utf8qp',
    note: 'English desk asks a Japanese customer (quoted Japanese) to confirm an earlier merge request',
    from: SUP_EN, to: YUKI.keep, date: jst('2026-09-12 10:40:51'),
    subject: subj('1773307756'),
    text: `Dear Yuki,

Thank you for the information. I can see both accounts (${YUKI.srcId} and ${YUKI.keepId}).

Please confirm that you want ${YUKI.srcId} merged into ${YUKI.keepId}. Note that the merge is permanent. A short reply in Japanese or English is fine.

Best regards,
Rahul

${gmailJa('2026-09-11', '23:10', `${YUKI.ja} <${YUKI.keep}>`)}
${quote(`ご担当者様
大学のアドレスのアカウントを、${YUKI.keep} のほうにまとめてください。
候補者IDは ${YUKI.srcId} と ${YUKI.keepId} です。`)}`,
  }),
  mk({
    slug: 'en-conf-emily-followup', kind: 'confirmation_request', lang: 'en', caseId: C.emily, enc: 'utf8qp',
    note: 'follow-up: still need her go-ahead before merging',
    from: SUP_EN, to: EMILY.keep, date: utc('2026-11-21 18:02:37'),
    subject: subj(C.emily),
    text: `Hi Emily,

Just following up on my message from Wednesday — I haven’t heard back yet, so the merge is on hold.

Whenever you’re ready, reply “yes” and I’ll merge ${EMILY.srcId} into ${EMILY.keepId}. As mentioned, this can’t be undone.

Thanks,
Grace`,
  }),

  // ---------------- merge_completed ----------------
  mk({
    slug: 'en-done-daniel', kind: 'merge_completed', lang: 'en', caseId: C.daniel, enc: 'ascii7',
    note: 'agent reports the merge is done',
    from: SUP_EN, to: DANIEL.keep, date: pst('2026-11-21 14:50:33'),
    subject: subj(C.daniel),
    text: `Hi Daniel,

Good news! Your AWS Certification accounts have been merged. Everything that was on ${DANIEL.srcId} now sits under ${DANIEL.keepId}, and you can sign in with ${DANIEL.keep}.

Please allow up to 24 hours for everything to display correctly.

Have a great day,
Rahul
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-done-sofia-check', kind: 'merge_completed', lang: 'en', caseId: C.sofia, enc: 'utf8qp', trap: true,
    note: 'completion that asks her to confirm everything looks right: still merge_completed',
    from: SUP_EN, to: SOFIA.keep, date: utc('2026-11-27 10:11:58'),
    subject: subj(C.sofia),
    text: `Hello Sofia,

I’m happy to let you know that the merge has been completed. Your certifications, exam history and benefits from ${SOFIA.srcId} are now on ${SOFIA.keepId}.

Could you sign in and confirm that everything appears correctly? If anything is missing, just reply to this email.

Kind regards,
Nadia
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-done-tom-closing', kind: 'merge_completed', lang: 'en', caseId: C.tom, enc: 'ascii7',
    note: 'completion that also says the case will be closed',
    from: SUP_EN, to: TOM.keep, date: utc('2026-11-26 15:32:04'),
    subject: subj(C.tom),
    text: `Hello Tom,

Thank you for your confirmation. I've merged ${TOM.srcId} into ${TOM.keepId}; the merge is complete and your certifications now show under ${TOM.keep}.

As there's nothing else outstanding, I'll close this case. You can reopen it by replying within 14 days.

Cheers,
Ben
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-done-emily-lookalike', kind: 'merge_completed', lang: 'en', caseId: C.emily, enc: 'utf8b64', trusted: false,
    note: 'completion template sent from a look-alike domain: untrusted',
    from: 'AWS Training and Certification <support@aws-certification-team.com>', to: EMILY.keep, date: utc('2026-11-22 02:14:40'),
    subject: subj(C.emily),
    text: `Hi Emily,

Your AWS Certification accounts have been successfully merged.
To keep your certifications active, please re-validate your login within 48 hours:
https://aws-certification-team.com/validate

AWS Training and Certification`,
    html: `<div><p>Hi Emily,</p><p>Your AWS Certification accounts have been successfully merged.<br>To keep your certifications active, please re-validate your login within 48 hours:</p><p><a href="https://aws-certification-team.com/validate">Validate now</a></p><p>AWS Training and Certification</p></div>`,
  }),
  mk({
    slug: 'en-done-certmetrics', kind: 'merge_completed', lang: 'en', enc: 'utf8qp', trusted: false,
    note: 'portal merge notice from a CertMetrics sender domain, outside the trusted list: untrusted, no case ID',
    from: 'AWS Certification <no-reply@certmetrics.com>', to: DANIEL.keep, date: pst('2026-11-21 14:12:10'),
    subject: 'Your AWS Certification accounts have been merged',
    text: `Dear Daniel Okafor,

This is to let you know that your AWS Certification accounts have been merged. Your certification history is now available under candidate ID ${DANIEL.keepId}.

AWS Certification
This mailbox is not monitored.`,
  }),
  mk({
    slug: 'en-done-misaki-mixed', kind: 'merge_completed', lang: 'en', caseId: '1775911208', enc: 'utf8qp',
    note: 'English desk confirms the merge to a Japanese customer whose consent is quoted',
    from: SUP_EN, to: MISAKI.keep, date: jst('2026-07-09 11:26:14'),
    subject: subj('1775911208'),
    text: `Dear Misaki,

Thank you for your reply. The accounts have now been merged: ${MISAKI.srcId} has been combined into ${MISAKI.keepId}.

Best regards,
Luis
AWS Training and Certification

${gmailJa('2026-07-08', '22:47', `${MISAKI.ja} <${MISAKI.keep}>`)}
${quote(`Dear Luis,
はい、統合をお願いします。 Yes, please merge.
Misaki Ito`)}`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'en-badge-daniel-credly', kind: 'badges_transferred', lang: 'en', enc: 'utf8qp',
    note: 'Credly: AWS badge issued to the kept address',
    from: CREDLY_AWS, to: DANIEL.keep, date: utc('2026-11-22 06:30:12'),
    subject: 'Amazon Web Services Training and Certification sent you a new badge',
    text: `Hi Daniel,

Amazon Web Services Training and Certification has issued you a new badge: AWS Certified Solutions Architect – Associate.

Accept your badge: https://www.credly.com/earner/earned/badge/accept

This email was sent by Credly, Inc. on behalf of Amazon Web Services Training and Certification.`,
    html: credlyEnHtml('Daniel', 'AWS Certified Solutions Architect – Associate', 'Amazon Web Services Training and Certification'),
  }),
  mk({
    slug: 'en-badge-sofia-credly', kind: 'badges_transferred', lang: 'en', enc: 'utf8b64',
    note: 'HTML-only Credly badge mail from AWS',
    from: CREDLY_AWS, to: SOFIA.keep, date: utc('2026-11-28 05:44:09'),
    subject: "You've earned a badge from Amazon Web Services Training and Certification",
    html: credlyEnHtml('Sofia', 'AWS Certified Cloud Practitioner', 'Amazon Web Services Training and Certification'),
  }),
  mk({
    slug: 'en-badge-tom-agent', kind: 'badges_transferred', lang: 'en', caseId: C.tom, enc: 'ascii7',
    note: 'agent says the Credly badges were moved over',
    from: SUP_EN, to: TOM.keep, date: utc('2026-11-30 13:25:40'),
    subject: subj(C.tom),
    text: `Hi Tom,

Thanks for letting us know the badges were still on your old Credly profile. I've had them transferred to the Credly account linked to ${TOM.keep}; you should now see all three there.

Regards,
Ben

${gmailEn('2026-11-29', '6:02 PM', `Tom Becker <${TOM.keep}>`)}
${quote(`Hi Ben, the certs moved fine but Credly still shows the badges under my old agency address. Can you move them too?
Tom`)}`,
  }),
  mk({
    slug: 'en-badge-emily-close', kind: 'badges_transferred', lang: 'en', caseId: C.emily, enc: 'utf8qp',
    note: 'support says badges moved and closes the case: badges_transferred',
    from: SUP_EN, to: EMILY.keep, date: utc('2026-11-26 19:03:27'),
    subject: subj(C.emily),
    text: `Hi Emily,

Your digital badges have been transferred to ${EMILY.keep} on Credly, so they now sit alongside your certifications on the merged account.

With that, everything on this request is done and I’ll go ahead and close the case. Thanks for your patience!

Grace`,
  }),
  mk({
    slug: 'en-badge-daniel-noauth', kind: 'badges_transferred', lang: 'en', enc: 'utf8qp', trusted: false, auth: 'none',
    note: 'Credly AWS badge mail without any Authentication-Results: untrusted',
    from: CREDLY_AWS, to: DANIEL.keep, date: utc('2026-11-22 07:01:55'),
    subject: 'Amazon Web Services Training and Certification sent you a new badge',
    html: credlyEnHtml('Daniel', 'AWS Certified Developer – Associate', 'Amazon Web Services Training and Certification', 'https://credly-accept.example.net/b/77'),
  }),
  mk({
    slug: 'en-badge-sofia-resent', kind: 'badges_transferred', lang: 'en', enc: 'utf8qp', forUser: false,
    note: 'AWS badge mail redirected from her old work address (Resent-*): not delivered to the user as such',
    from: CREDLY_AWS, to: SOFIA.src, date: utc('2026-11-28 05:40:31'),
    resent: { from: 'it-helpdesk@corp.example.eu', to: SOFIA.keep, date: utc('2026-11-28 08:12:02') },
    subject: 'Amazon Web Services Training and Certification sent you a new badge',
    html: credlyEnHtml('Sofia', 'AWS Certified Solutions Architect – Associate', 'Amazon Web Services Training and Certification'),
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'en-close-daniel-pending', kind: 'case_closed', lang: 'en', caseId: C.daniel, enc: 'ascii7',
    note: 'will close in 3 days without a reply',
    from: SUP_EN, to: DANIEL.keep, date: pst('2026-11-25 08:00:12'),
    subject: subj(C.daniel),
    text: `Hello Daniel,

We haven't heard back from you since our last message. If we don't receive a reply within 3 days, this case will be closed automatically.

If you still need help, simply reply to this email.

AWS Training and Certification Customer Service`,
  }),
  mk({
    slug: 'en-close-sofia-resolved', kind: 'case_closed', lang: 'en', caseId: C.sofia, enc: 'utf8qp',
    note: 'AWS Support notice: case resolved',
    from: NOREPLY, to: SOFIA.keep, date: utc('2026-12-04 04:00:03'),
    subject: `Case ${C.sofia} has been resolved`,
    text: `Hello,

Your case ${C.sofia} ("Merge two certification accounts") has been resolved.

If your issue isn't fixed, you can reopen the case within 14 days. After that, please create a new case.

Amazon Web Services`,
    html: `<html><body><p>Hello,</p><p>Your case <b>${C.sofia}</b> (&quot;Merge two certification accounts&quot;) has been resolved.</p><p>If your issue isn't fixed, you can reopen the case within 14 days. After that, please create a new case.</p><p>Amazon Web Services</p></body></html>`,
  }),
  mk({
    slug: 'en-close-tom-restate', kind: 'case_closed', lang: 'en', caseId: '1773660588', enc: 'ascii7', trap: true,
    note: 'closes the duplicate case, restating that the merge was done on the other case',
    from: SUP_EN, to: TOM.keep, date: utc('2026-12-01 10:45:51'),
    subject: subj('1773660588'),
    text: `Hi Tom,

As your accounts were already merged on November 26 under case ${C.tom}, I'm closing this duplicate request. No further action is needed on your side.

Regards,
Luis`,
  }),
  mk({
    slug: 'en-close-emily-noreply', kind: 'case_closed', lang: 'en', caseId: '17659912070', enc: 'utf8qp',
    note: 'an older case of hers closed after no reply; reopen within 14 days',
    from: SUP_EN, to: EMILY.keep, date: utc('2026-08-03 12:20:45'),
    subject: subj('17659912070'),
    text: `Hi Emily,

As we haven’t received the information requested on July 24, we’ve closed this case for now.

You can reopen it within 14 days by replying here; after that, please submit a new request through the contact form.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-close-kenji-en', kind: 'case_closed', lang: 'en', caseId: '17702299804', enc: 'utf8qp',
    note: 'English desk closes a Japanese customer\'s finished case after his thank-you (quoted)',
    from: SUP_EN, to: KENJI.keep, date: jst('2026-06-12 09:12:38'),
    subject: subj('17702299804'),
    text: `Dear Kenji,

Thank you for letting us know everything looks fine. I'll mark this case as resolved now.

Best regards,
Nadia

${gmailJa('2026-06-11', '21:33', `${KENJI.ja} <${KENJI.keep}>`)}
${quote(`Nadia様
確認しました。問題ありません。ありがとうございました。
Kenji`)}`,
  }),
  mk({
    slug: 'en-close-daniel-dkim', kind: 'case_closed', lang: 'en', caseId: C.daniel, enc: 'ascii7', auth: 'dkimonly',
    note: 'closing notice with a rating link; aligned DKIM only',
    from: SUP_EN, to: DANIEL.keep, date: pst('2026-11-29 09:31:07'),
    subject: subj(C.daniel),
    text: `Hello Daniel,

This case has now been closed. If you need anything else, just reply within 14 days and it will reopen automatically.

How did we do? Rate this interaction: https://support.aws.amazon.com/rate?c=${C.daniel}

AWS Training and Certification Customer Service`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'en-sr-daniel-thanks', kind: 'support_reply', lang: 'en', caseId: C.daniel, enc: 'ascii7', trap: true,
    note: 'thanks for confirming, submitted to the back-end team; the merge is only expected',
    from: SUP_EN, to: DANIEL.keep, date: pst('2026-11-20 15:42:19'),
    subject: subj(C.daniel),
    text: `Hi Daniel,

Thank you for confirming. I've submitted the merge request to our certification operations team. These typically take 3-5 business days; I'll update this case as soon as it's completed.

Best regards,
Aisha

${gmailEn('2026-11-20', '2:05 PM', `Daniel Okafor <${DANIEL.keep}>`)}
${quote(`Yes, please go ahead and merge them. Thanks!

Sent from my iPhone`)}`,
  }),
  mk({
    slug: 'en-sr-sofia-escalated', kind: 'support_reply', lang: 'en', caseId: C.sofia, enc: 'utf8qp',
    note: 'escalation update only',
    from: SUP_EN, to: SOFIA.keep, date: utc('2026-11-24 12:30:15'),
    subject: subj(C.sofia),
    text: `Hi Sofia,

A quick update: I’ve escalated your request to our certification team, as the older profile needs a manual look-up. I’ll be back in touch once I hear from them.

Joseph`,
  }),
  mk({
    slug: 'en-sr-tom-exam', kind: 'support_reply', lang: 'en', caseId: '177366102231', enc: 'ascii7', trap: true,
    note: 'an earlier case: unable to merge while an exam is booked',
    from: SUP_EN, to: TOM.keep, date: utc('2026-09-02 09:18:42'),
    subject: subj('177366102231'),
    text: `Hello Tom,

Unfortunately we're unable to merge your accounts at the moment because ${TOM.srcId} has an exam scheduled for September 14. Merging would cancel the appointment.

Once you've sat the exam and the result has posted, feel free to write in again.

Kind regards,
Luis`,
  }),
  mk({
    slug: 'en-sr-emily-dupcases', kind: 'support_reply', lang: 'en', caseId: C.emily, enc: 'utf8b64', trap: true,
    note: '"we merged your duplicate cases", not the accounts',
    from: SUP_EN, to: EMILY.keep, date: utc('2026-11-15 09:51:30'),
    subject: subj(C.emily),
    text: `Hi Emily,

I noticed you opened two cases about the same request, so I've merged them into this one (${C.emily}) to keep everything in one place.

I'm reviewing your accounts now and will reply shortly.

Mohammed`,
  }),
  mk({
    slug: 'en-sr-daniel-voucher', kind: 'support_reply', lang: 'en', caseId: C.daniel, enc: 'utf8qp', trap: true,
    note: 'bottom-posted answer to a benefits question with a future "once the merge is completed"',
    from: SUP_EN, to: DANIEL.keep, date: pst('2026-11-20 17:05:48'),
    subject: subj(C.daniel),
    text: `${gmailEn('2026-11-20', '4:31 PM', `Daniel Okafor <${DANIEL.keep}>`)}
${quote(`Quick question while you're at it - I still have an unused 50% voucher on the old account. Will I lose it?`)}

Hi Daniel,

Good question. Once the merge is completed, any unused 50% discount voucher from ${DANIEL.srcId} will appear under Benefits on ${DANIEL.keepId}. Expiry dates stay the same.

Aisha`,
  }),
  mk({
    slug: 'en-sr-emily-fromkeep', kind: 'support_reply', lang: 'en', caseId: C.emily, enc: 'ascii7',
    note: 'asks her to write from the kept address, no data requested',
    from: SUP_EN, to: EMILY.src, cc: EMILY.keep, date: utc('2026-11-14 16:33:02'),
    subject: subj(C.emily),
    text: `Hello Emily,

Thanks for your message. For your security, merge requests have to come from the email address of the account you plan to keep. Please write to us from ${EMILY.keep} and we'll take it from there.

Mohammed
AWS T&C Customer Service`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'en-un-credly-hashicorp', kind: 'unrelated', lang: 'en', enc: 'utf8qp', trap: true,
    note: 'Credly badge from HashiCorp, another issuer',
    from: 'HashiCorp via Credly <admin@credly.com>', to: TOM.keep, date: utc('2026-11-19 18:02:11'),
    subject: 'HashiCorp sent you a new badge',
    text: `Hi Tom,

HashiCorp has issued you a new badge: HashiCorp Certified: Terraform Associate (003).

Accept your badge: https://www.credly.com/earner/earned/badge/accept`,
    html: credlyEnHtml('Tom', 'HashiCorp Certified: Terraform Associate (003)', 'HashiCorp'),
  }),
  mk({
    slug: 'en-un-exam-pass', kind: 'unrelated', lang: 'en', enc: 'utf8qp', trap: true,
    note: 'exam result: "you have completed" an exam and are now certified',
    from: PORTAL, to: EMILY.keep, date: utc('2026-12-02 01:11:47'),
    subject: 'Congratulations, you are now AWS Certified!',
    html: `<html><body>
<p>Hi Emily,</p>
<p>You have successfully completed the <b>AWS Certified Machine Learning Engineer – Associate</b> exam. Congratulations!</p>
<p>Your certificate and score report are available in your AWS Certification account. Look out for your digital badge from Credly.</p>
<p>AWS Certification</p>
</body></html>`,
  }),
  mk({
    slug: 'en-un-tom-fwd', kind: 'unrelated', lang: 'en', caseId: C.tom, enc: 'ascii7', trap: true, trusted: false, forUser: false, auth: 'none', deliveredTo: null,
    note: 'the user forwards the completion mail to a colleague (Sent folder)',
    from: `${TOM.name} <${TOM.keep}>`, to: 'Jonas Weber <jonas.weber@agency.example.com>', date: utc('2026-11-26 16:40:12'),
    subject: 'Fwd: ' + subj(C.tom),
    text: `Jonas, FYI - they merged my certs, so you can update the partner portal with my new address.

---------- Forwarded message ---------
From: AWS Training and Certification <${SUP_BARE}>
Date: Thu, Nov 26, 2026 at 3:32 PM
Subject: ${subj(C.tom)}
To: <${TOM.keep}>

Hello Tom,

Thank you for your confirmation. I've merged ${TOM.srcId} into ${TOM.keepId}; the merge is complete and your certifications now show under ${TOM.keep}.`,
  }),
  mk({
    slug: 'en-un-survey', kind: 'unrelated', lang: 'en', caseId: C.daniel, enc: 'utf8qp', trap: true,
    note: 'survey "was your issue resolved?"',
    from: 'AWS Support <aws-survey@amazon.com>', to: DANIEL.keep, date: pst('2026-11-30 10:00:00'),
    subject: `How did we do? Your feedback on case ${C.daniel}`,
    text: `Hi Daniel,

Your recent case ${C.daniel} with AWS Training and Certification was closed. Was your issue resolved?

Take our 2-minute survey: https://survey.aws.amazon.com/s/tc-91

Thank you,
Amazon Web Services`,
    html: `<html><body><p>Hi Daniel,</p><p>Your recent case ${C.daniel} with AWS Training and Certification was closed. Was your issue resolved?</p><p><a href="https://survey.aws.amazon.com/s/tc-91">Take our 2-minute survey</a></p><p>Thank you,<br>Amazon Web Services</p></body></html>`,
  }),
  mk({
    slug: 'en-un-billing-case', kind: 'unrelated', lang: 'en', caseId: C.danielBilling, enc: 'ascii7', trap: true,
    note: 'his other case (a billing question) resolved: not the merge',
    from: NOREPLY, to: DANIEL.keep, date: pst('2026-12-02 04:00:09'),
    subject: `Case ${C.danielBilling} has been resolved - Billing inquiry`,
    text: `Hello,

Your case ${C.danielBilling} (Billing inquiry: duplicate charge on November invoice) has been resolved.

If your issue isn't resolved, you can reopen the case within 14 days.

Amazon Web Services`,
  }),
  mk({
    slug: 'en-un-reinvent-list', kind: 'unrelated', lang: 'en', enc: 'utf8qp', trap: true, forUser: false, deliveredTo: null, rcpt: 'aws-team@consult.example.net',
    note: 'event marketing ("your registration is confirmed") sent to a team list',
    from: 'AWS Events <aws-events@amazon.com>', to: 'aws-team@consult.example.net', date: pst('2026-10-20 08:00:00'),
    subject: 'Your AWS re:Invent registration is confirmed',
    text: `Hello,

Your registration for AWS re:Invent 2026 is confirmed. Log in to the attendee portal to reserve sessions.

AWS Events`,
    html: `<html><body><p>Hello,</p><p>Your registration for AWS re:Invent 2026 is confirmed. <a href="https://reinvent.awsevents.com/">Log in</a> to the attendee portal to reserve sessions.</p><p>AWS Events</p></body></html>`,
  }),
  mk({
    slug: 'en-un-oldco-autoreply', kind: 'unrelated', lang: 'en', caseId: C.tom, enc: 'ascii7', trap: true, trusted: false, auth: 'none',
    note: 'his old company\'s "mailbox no longer monitored" auto-reply to a cc\'d support mail',
    from: 'Tom Becker <tbecker@agency.example.com>', to: TOM.keep, date: utc('2026-11-24 16:21:03'),
    subject: 'Automatic reply: ' + subj(C.tom),
    extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    text: `Your message has been received, but this mailbox is no longer monitored. Tom Becker has left the agency.
For project questions please contact office@agency.example.com.`,
  }),
  mk({
    slug: 'en-un-credly-merge', kind: 'unrelated', lang: 'en', enc: 'utf8qp', trap: true,
    note: 'Credly\'s own account-merge code mail',
    from: CREDLY, to: SOFIA.src, date: utc('2026-11-29 13:17:45'),
    subject: 'Confirm your Credly account merge',
    text: `Hi Sofia,

We received a request to merge this Credly account into another account. To complete the merge, enter this code:

519204

Or click: Complete Account Merge

If you didn't request this, you can ignore this email.

The Credly Team`,
  }),
];

export { outlookEn };
