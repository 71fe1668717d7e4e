// Set m, English part B: merge_completed, badges_transferred, case_closed, support_reply, unrelated.
import type { Msg } from './lib.js';
import {
  AISHA, CASE, CREDLY, FOOT_EN_1, FOOT_EN_2, FOOT_EN_3, MARCUS, NOTIFY, PORTAL, REBECCA, SUP,
  d, esc, formSubj, fwdEn, gmailEn, mk, origMsg, outlookEn, portal, sfOrig, sfRef, to,
} from './common.js';

const credlyEnHtml = (first: string, issuer: string, badge: string, host = 'https://www.credly.com'): string => `<!DOCTYPE html>
<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f7f7f7">
<table align="center" width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:20px;text-align:center"><img src="https://images.credly.com/email/logo.png" alt="Credly" width="90"></td></tr>
<tr><td style="padding:0 30px">
<h2 style="font-weight:normal">Congratulations, ${first}!</h2>
<p>${issuer} has issued you a new badge:</p>
<p style="font-size:18px"><b>${badge}</b></p>
<p style="text-align:center"><a href="${host}/earner/earned/badge/accept" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">Accept your badge</a></p>
<p>Showcase your achievement on LinkedIn and other networks.</p>
</td></tr>
<tr><td style="padding:16px 30px;font-size:10px;color:#999">Credly, Inc., 13 E 37th St, New York, NY 10016. You are receiving this email because a badge was issued to this address. <a href="${host}/earner/settings/notifications">Manage notifications</a></td></tr>
</table></body></html>`;

export const EN_B: Msg[] = [
  // ───────────── merge_completed (7) ─────────────
  mk({
    slug: 'en-merged-completed-plain', kind: 'merge_completed', lang: 'en', caseId: CASE.rebecca, trap: false,
    note: 'support reports the merge has been completed',
    from: SUP, to: to(REBECCA, REBECCA.keep, 'en'), subject: formSubj(CASE.rebecca),
    date: d('2026-01-20 14:05:42', '-0800'), enc: 'ascii7',
    text: `Hello Rebecca,

Thank you for your patience. The merge of your AWS Certification accounts has been completed. All certifications and exam history previously held under ${REBECCA.srcId} are now associated with ${REBECCA.keepId}, and you can sign in with ${REBECCA.keep}.

If you have any further questions, simply reply to this email.

Best regards,
Jordan P.
AWS Training and Certification Customer Support
${sfRef('0Qa4Cd4')}

${sfOrig(REBECCA.keep, '1/17/2026 9:02 AM', 'aws-cs-trainingcertification-form@amazon.com', formSubj(CASE.rebecca), 'Hi Jordan, yes - I am happy for you to go ahead. Thanks! Rebecca')}`,
  }),
  mk({
    slug: 'en-merged-html-please-review', kind: 'merge_completed', lang: 'en', caseId: CASE.marcus, trap: false,
    note: 'HTML-only: accounts successfully consolidated, please review that all looks right: still merge_completed',
    from: SUP, to: to(MARCUS, MARCUS.keep, 'en'), subject: formSubj(CASE.marcus),
    date: d('2026-02-06 12:44:19', '-0800'), enc: 'utf8qp',
    html: `<html><body style="font-family:Arial;font-size:14px">
<p>Dear Marcus,</p>
<p>We are pleased to inform you that your certification accounts have been successfully consolidated under candidate ID <b>${MARCUS.keepId}</b>.</p>
<p>Please sign in and review your certifications, exam history and benefits. If anything appears incorrect, reply to this message and reference case ${CASE.marcus}.</p>
<p>Respectfully,<br>Samantha R.<br>AWS Training and Certification</p>
<p style="font-size:10px;color:#777">${esc(FOOT_EN_2)}</p>
</body></html>`,
  }),
  mk({
    slug: 'en-merged-and-will-close', kind: 'merge_completed', lang: 'en', caseId: CASE.aisha, trap: false,
    note: 'merge done and the case will now be resolved: merge_completed is the new fact',
    from: SUP, to: to(AISHA, AISHA.keep, 'en'), subject: formSubj(CASE.aisha),
    date: d('2026-02-20 16:16:16', '+0000'), enc: 'utf8qp',
    text: `Dear Aisha,

Your request has been actioned: ${AISHA.srcId} has been merged into ${AISHA.keepId}. Your SAA-C03 and CLF-C02 now both appear on the primary account.

As this completes your request, we will now mark case ${CASE.aisha} as resolved. You may reopen it within 14 days by replying.

Kind regards,
Devon M.
AWS Training and Certification

${FOOT_EN_1}`,
  }),
  mk({
    slug: 'en-merged-portal-notice', kind: 'merge_completed', lang: 'en', caseId: null, trap: false,
    note: "certification portal's own notice that accounts were merged (no case ID)",
    from: PORTAL, to: to(MARCUS, MARCUS.keep, 'en'), subject: 'Your AWS Certification accounts have been merged',
    date: d('2026-02-06 20:31:00', '+0000'), enc: 'utf8qp',
    text: `Hello Marcus,

This is a notification that another AWS Certification account has been merged into your account (${MARCUS.keepId}).

If you did not request this change, contact AWS Training and Certification Support.

AWS Certification`,
    html: `<p>Hello Marcus,</p><p>This is a notification that another AWS Certification account has been merged into your account (<b>${MARCUS.keepId}</b>).</p><p>If you did not request this change, contact AWS Training and Certification Support.</p><p>AWS Certification</p>`,
  }),
  mk({
    slug: 'en-merged-dmarc-fail', kind: 'merge_completed', lang: 'en', caseId: CASE.rebecca, trap: false,
    note: 'completion claim with dmarc=fail from the receiving server: untrusted',
    from: SUP, to: to(REBECCA, REBECCA.src, 'en'), subject: formSubj(CASE.rebecca),
    date: d('2026-01-19 03:03:03', '-0800'), enc: 'ascii7', auth: 'fail', trusted: false,
    text: `Hello,

Your accounts have been merged. Download your updated certificate here:
https://aws-cert-download.example.info/${CASE.rebecca}.pdf.exe

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-merged-records-now-under', kind: 'merge_completed', lang: 'en', caseId: CASE.aisha2, trap: false,
    note: 'completion phrased with the IDs between the words: records of X now appear under Y',
    from: SUP, to: to(AISHA, AISHA.src, 'en'), subject: formSubj(CASE.aisha2),
    date: d('2026-02-20 16:20:00', '+0000'), enc: 'utf8b64',
    text: `Hello Aisha,

Closing the loop on this duplicate request as well: the exam records of ${AISHA.srcId}, as of this afternoon, now appear under ${AISHA.keepId}. The secondary login has been retired.

Regards,
Tomasz W.
AWS Training and Certification

${FOOT_EN_3}`,
  }),
  mk({
    slug: 'en-merged-lookalike-subdomain', kind: 'merge_completed', lang: 'en', caseId: CASE.marcus, trap: false,
    note: 'merge claim from amazon.com.case-update.net, a look-alike domain: untrusted',
    from: 'AWS Support <cases@amazon.com.case-update.net>', to: to(MARCUS, MARCUS.keep, 'en'), subject: `Case ${CASE.marcus}: merge completed`,
    date: d('2026-02-05 22:22:22', '-0800'), enc: 'ascii7', trusted: false,
    text: `Your account merge is complete. Sign in to confirm your certifications:
https://amazon.com.case-update.net/signin

AWS Support`,
  }),

  // ───────────── badges_transferred (6) ─────────────
  mk({
    slug: 'en-credly-accept-multipart', kind: 'badges_transferred', lang: 'en', caseId: null, trap: false,
    note: 'AWS badge issued via Credly to the kept address (multipart)',
    from: CREDLY, to: to(REBECCA, REBECCA.keep, 'en'), subject: 'Amazon Web Services Training and Certification has issued you a badge',
    date: d('2026-01-21 18:00:12', '+0000'), enc: 'utf8qp',
    text: `Congratulations, Rebecca!

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Developer - Associate

Accept your badge: https://www.credly.com/earner/earned/badge/accept

Credly, Inc.`,
    html: credlyEnHtml('Rebecca', 'Amazon Web Services Training and Certification', 'AWS Certified Developer - Associate'),
  }),
  mk({
    slug: 'en-credly-html-only-accept', kind: 'badges_transferred', lang: 'en', caseId: null, trap: false,
    note: 'HTML-only Credly mail: AWS badge issued to the kept account',
    from: CREDLY, to: to(AISHA, AISHA.keep, 'en'), subject: 'You have a new badge from Amazon Web Services Training and Certification',
    date: d('2026-02-21 02:40:00', '+0000'), enc: 'utf8qp',
    html: credlyEnHtml('Aisha', 'Amazon Web Services Training and Certification', 'AWS Certified Solutions Architect - Associate'),
  }),
  mk({
    slug: 'en-badges-support-moved', kind: 'badges_transferred', lang: 'en', caseId: CASE.marcus, trap: false,
    note: 'support says the Credly badges were moved to the primary account',
    from: SUP, to: to(MARCUS, MARCUS.keep, 'en'), subject: formSubj(CASE.marcus),
    date: d('2026-02-09 09:09:09', '-0800'), enc: 'ascii7',
    text: `Hi Marcus,

Following up on your note about the missing badges: our team has moved your Credly badges to the Credly profile linked to ${MARCUS.keep}. They should now be visible under your primary account.

Brianna K.
AWS Training and Certification
${sfRef('0Rb7Ef3')}

${gmailEn('Sat, Feb 7, 2026 at 11:30 AM', MARCUS.name, MARCUS.keep, 'Hi, the merge worked but my Credly badges are still on the contractor email. Can you move them?\n\nMarcus')}`,
  }),
  mk({
    slug: 'en-badges-moved-closing-b64', kind: 'badges_transferred', lang: 'en', caseId: CASE.rebecca, trap: false,
    note: 'badges moved and the case is being closed: badges_transferred',
    from: SUP, to: to(REBECCA, REBECCA.keep, 'en'), subject: formSubj(CASE.rebecca),
    date: d('2026-01-23 10:10:10', '-0800'), enc: 'utf8b64',
    text: `Hello Rebecca,

Your AWS Certified Developer - Associate badge has now been transferred to the Credly account registered with ${REBECCA.keep}. With this, all items on your request are complete and we will close this case.

Thank you for choosing AWS Training and Certification.

Jordan P.
${FOOT_EN_2}`,
  }),
  mk({
    slug: 'en-credly-lookalike-subdomain', kind: 'badges_transferred', lang: 'en', caseId: null, trap: false,
    note: 'Credly-looking badge mail from credly.com.badge-notify.net: untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly.com.badge-notify.net>', to: to(MARCUS, MARCUS.keep, 'en'), subject: 'Amazon Web Services Training and Certification has issued you a badge',
    date: d('2026-02-08 06:06:06', '+0000'), enc: 'utf8qp', trusted: false,
    html: credlyEnHtml('Marcus', 'Amazon Web Services Training and Certification', 'AWS Certified Solutions Architect - Professional', 'https://credly.com.badge-notify.net'),
  }),
  mk({
    slug: 'en-badges-reissued-multipart', kind: 'badges_transferred', lang: 'en', caseId: CASE.aisha, trap: false,
    note: 'reopened case: the badges were reissued to the kept account; restates the merge only as context',
    from: SUP, to: to(AISHA, AISHA.keep, 'en'), subject: formSubj(CASE.aisha),
    date: d('2026-02-22 12:00:30', '+0000'), enc: 'utf8qp',
    text: `Dear Aisha,

Further to the merge completed on 20 February, we have reissued your AWS digital badges to ${AISHA.keep}. You should receive emails from Credly inviting you to accept them; once accepted they will show on your Credly profile.

Kind regards,
Devon M.
AWS Training and Certification`,
    html: `<p>Dear Aisha,</p><p>Further to the merge completed on 20 February, we have reissued your AWS digital badges to ${AISHA.keep}. You should receive emails from Credly inviting you to accept them; once accepted they will show on your Credly profile.</p><p>Kind regards,<br>Devon M.<br>AWS Training and Certification</p>`,
  }),

  // ───────────── case_closed (6) ─────────────
  mk({
    slug: 'en-closed-notify-resolved', kind: 'case_closed', lang: 'en', caseId: CASE.marcus, trap: false,
    note: 'AWS Support notification: case resolved',
    from: NOTIFY, to: to(MARCUS, MARCUS.keep, 'en'), subject: `AWS Support case ${CASE.marcus} has been resolved`,
    date: d('2026-02-12 18:00:00', '+0000'), enc: 'ascii7',
    text: `Hello,

Your AWS Support case ${CASE.marcus} has been marked as resolved.

You can view the correspondence at any time:
${portal(CASE.marcus, 'en')}

If you need more help with this issue, you can reopen the case from the Support Center.

Amazon Web Services

${FOOT_EN_1}`,
  }),
  mk({
    slug: 'en-closed-auto-72h-qp', kind: 'case_closed', lang: 'en', caseId: CASE.aisha2, trap: false,
    note: 'reminder: the case will close automatically in 72 hours without a reply',
    from: SUP, to: to(AISHA, AISHA.src, 'en'), subject: formSubj(CASE.aisha2),
    date: d('2026-02-19 08:00:00', '+0000'), enc: 'utf8qp',
    text: `Hello Aisha,

We have not yet heard back from you regarding this case. If we do not receive a reply within the next 72 hours, this case will be closed automatically.

If you still need assistance, simply reply to this message.

AWS Training and Certification
${FOOT_EN_3}`,
  }),
  mk({
    slug: 'en-closed-restates-merge', kind: 'case_closed', lang: 'en', caseId: CASE.rebecca, trap: true,
    note: 'closing notice that only restates the merge done earlier',
    from: SUP, to: to(REBECCA, REBECCA.keep, 'en'), subject: formSubj(CASE.rebecca),
    date: d('2026-01-30 09:30:00', '-0800'), enc: 'ascii7',
    text: `Hi Rebecca,

As your accounts were merged last week and we have not heard from you since, we are closing this case. Should anything else come up, reply here within 14 days to reopen it.

Best regards,
Jordan P.
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-closed-html-inactivity', kind: 'case_closed', lang: 'en', caseId: CASE.marcus, trap: false,
    note: 'HTML-only notice: case closed due to inactivity',
    from: SUP, to: to(MARCUS, MARCUS.src, 'en'), subject: `Case ${CASE.marcus} closed due to inactivity`,
    date: d('2026-02-20 07:00:00', '+0000'), enc: 'utf8b64',
    html: `<html><body style="font-family:Arial">
<p>Hello,</p>
<p>Case <b>${CASE.marcus}</b> has been closed because we did not receive a response within the allotted time.</p>
<p>To reopen the case, reply to this email or visit <a href="${portal(CASE.marcus, 'en')}">the Support Center</a>.</p>
<p style="font-size:10px;color:#888">${esc(FOOT_EN_1)}</p>
</body></html>`,
  }),
  mk({
    slug: 'en-closed-reopen-window-ended', kind: 'case_closed', lang: 'en', caseId: CASE.aisha, trap: false,
    note: 'the reopen window ended and the resolved case is now permanently closed',
    from: NOTIFY, to: to(AISHA, AISHA.keep, 'en'), subject: `Your case ${CASE.aisha} is now closed`,
    date: d('2026-03-06 04:04:04', '+0000'), enc: 'ascii7',
    text: `Hello,

Case ${CASE.aisha} was resolved 14 days ago and can no longer be reopened, so it has now been closed. If you need further help, please create a new case and mention this case number.

Correspondence remains available here: ${portal(CASE.aisha, 'en')}

Amazon Web Services`,
  }),
  mk({
    slug: 'en-closed-duplicate-case', kind: 'case_closed', lang: 'en', caseId: CASE.aisha2, trap: true,
    note: 'closes the duplicate case ("merged into your other case"): case merge, not account merge',
    from: SUP, to: to(AISHA, AISHA.src, 'en'), subject: formSubj(CASE.aisha2),
    date: d('2026-02-17 12:12:12', '+0000'), enc: 'ascii7',
    text: `Hello Aisha,

We noticed that case ${CASE.aisha2} duplicates case ${CASE.aisha}, which is already being worked on. We have merged the two cases and are closing ${CASE.aisha2}. All further updates will be sent on ${CASE.aisha}.

Regards,
Devon M.
AWS Training and Certification`,
  }),

  // ───────────── support_reply (7) ─────────────
  mk({
    slug: 'en-sr-thanks-confirming-backend', kind: 'support_reply', lang: 'en', caseId: CASE.marcus, trap: true,
    note: 'thanks for confirming, submitted to the backend team; no event yet',
    from: SUP, to: to(MARCUS, MARCUS.keep, 'en'), subject: formSubj(CASE.marcus),
    date: d('2026-02-04 15:31:00', '-0800'), enc: 'ascii7',
    text: `Hi Marcus,

Thank you for confirming. I have submitted your merge request to our backend team for processing. Requests of this kind usually take 3-5 business days.

Samantha R.
AWS Training and Certification

${origMsg(`Marcus Delgado <${MARCUS.keep}>`, 'Wednesday, February 4, 2026 2:55 PM', 'AWS Training and Certification', formSubj(CASE.marcus), 'I accept. Please go ahead.\n\nSent from my iPhone')}`,
  }),
  mk({
    slug: 'en-sr-once-merged-notify', kind: 'support_reply', lang: 'en', caseId: CASE.aisha, trap: true,
    note: '"once the merge is complete we will notify you": future statement',
    from: SUP, to: to(AISHA, AISHA.keep, 'en'), subject: formSubj(CASE.aisha),
    date: d('2026-02-18 15:00:45', '+0000'), enc: 'utf8qp',
    text: `Dear Aisha,

Thank you for your approval. Your request is now queued with our operations team. Once the merge has been completed we will notify you on this case; until then please refrain from scheduling exams on the secondary account.

Kind regards,
Devon M.
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-sr-not-yet-completed', kind: 'support_reply', lang: 'en', caseId: CASE.rebecca, trap: true,
    note: '"the merge has not been completed yet": negated, status reply',
    from: SUP, to: to(REBECCA, REBECCA.keep, 'en'), subject: formSubj(CASE.rebecca),
    date: d('2026-01-19 10:00:00', '-0800'), enc: 'ascii7',
    text: `Hi Rebecca,

I checked with the team: the merge has not been completed yet, as it is still in the processing queue. I'll update you here as soon as I hear back.

Jordan P.

${outlookEn(`Rebecca Thornton <${REBECCA.keep}>`, 'Monday, January 19, 2026 8:40 AM', 'AWS Training and Certification', formSubj(CASE.rebecca), 'Hi Jordan, any news? My old account still shows the Developer cert.\nRebecca')}`,
  }),
  mk({
    slug: 'en-sr-escalated-reference', kind: 'support_reply', lang: 'en', caseId: CASE.marcus, trap: false,
    note: 'escalation notice with an internal reference number',
    from: SUP, to: to(MARCUS, MARCUS.keep, 'en'), subject: formSubj(CASE.marcus),
    date: d('2026-02-05 11:11:11', '-0800'), enc: 'utf8qp',
    text: `Hi Marcus,

Your request has been escalated to our Certification Operations team under internal reference CERTOPS-77120. I will monitor it and share updates as they come in.

Thank you for your patience.

Samantha R.
${sfRef('0Rb7Ef4')}`,
  }),
  mk({
    slug: 'en-sr-write-from-primary', kind: 'support_reply', lang: 'en', caseId: CASE.aisha2, trap: true,
    note: 'asks to write from the kept address without asking for data: support_reply',
    from: SUP, to: to(AISHA, AISHA.src, 'en'), subject: formSubj(CASE.aisha2),
    date: d('2026-02-17 09:30:00', '+0000'), enc: 'ascii7',
    text: `Hello Aisha,

We can only act on merge requests that come from the email address of the account you intend to keep. Please send your reply from ${AISHA.keep} rather than this address.

Regards,
Ahmed Z.
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-sr-voucher-answer', kind: 'support_reply', lang: 'en', caseId: CASE.rebecca, trap: false,
    note: 'answers a question about the exam discount voucher',
    from: SUP, to: to(REBECCA, REBECCA.keep, 'en'), subject: formSubj(CASE.rebecca),
    date: d('2026-01-22 13:45:00', '-0800'), enc: 'utf8qp',
    text: `Hi Rebecca,

Good question. Your 50% discount benefit from the Developer – Associate exam is listed under Benefits on ${REBECCA.keepId} and can be used when you schedule your next exam. It expires on the date shown there.

Best,
Jordan P.`,
  }),
  mk({
    slug: 'en-sr-freemail-display-name', kind: 'support_reply', lang: 'en', caseId: CASE.marcus, trap: false,
    note: 'trusted-looking display name on a free-mail address: untrusted',
    from: 'AWS Training and Certification <aws.certification.support@gmail.com>', to: to(MARCUS, MARCUS.keep, 'en'), subject: formSubj(CASE.marcus),
    date: d('2026-02-05 23:00:00', '-0800'), enc: 'ascii7', trusted: false,
    text: `Hi Marcus,

We are still processing your request. To speed it up, call us at +1-555-0147.

AWS Training and Certification`,
  }),

  // ───────────── unrelated (8) ─────────────
  mk({
    slug: 'en-un-csat-survey', kind: 'unrelated', lang: 'en', caseId: CASE.rebecca, trap: true,
    note: 'satisfaction survey "Was your issue resolved?"',
    from: NOTIFY, to: to(REBECCA, REBECCA.keep, 'en'), subject: `How did we do? Case ${CASE.rebecca}`,
    date: d('2026-01-31 17:00:00', '+0000'), enc: 'utf8qp',
    text: `Hello,

Your recent support case ${CASE.rebecca} was resolved. We'd love your feedback.

Was your issue resolved?  Yes / No

Take the 2-minute survey: https://survey.aws.amazon.com/s/${CASE.rebecca}

Thank you,
Amazon Web Services`,
  }),
  mk({
    slug: 'en-un-exam-pass-badge-soon', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'exam result notice that mentions a Credly badge will follow',
    from: PORTAL, to: to(AISHA, AISHA.keep, 'en'), subject: 'Congratulations! You are now AWS Certified',
    date: d('2026-03-03 09:00:00', '+0000'), enc: 'utf8b64',
    text: `Dear Aisha,

Congratulations on passing AWS Certified Security - Specialty. Your certification is now active and visible in your certification account.

Look out for an email from Credly with your digital badge.

AWS Certification`,
  }),
  mk({
    slug: 'en-un-hashicorp-credly', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'Credly badge from another issuer (HashiCorp)',
    from: 'HashiCorp via Credly <admin@credly.com>', to: to(MARCUS, MARCUS.keep, 'en'), subject: 'HashiCorp has issued you a badge',
    date: d('2026-02-10 15:15:15', '+0000'), enc: 'utf8qp',
    html: credlyEnHtml('Marcus', 'HashiCorp', 'HashiCorp Certified: Terraform Associate (003)'),
  }),
  mk({
    slug: 'en-un-credly-merge-code', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: "Credly's own account-merge verification code mail",
    from: 'Credly <admin@credly.com>', to: to(REBECCA, REBECCA.keep, 'en'), subject: 'Complete your account merge',
    date: d('2026-01-22 20:20:20', '+0000'), enc: 'ascii7',
    text: `Hi Rebecca,

You asked to merge another Credly account into this one. Enter the code below to complete the account merge:

  481 226

If you did not request this, you can ignore this email.

The Credly Team`,
  }),
  mk({
    slug: 'en-un-own-consent-reply-sent', kind: 'unrelated', lang: 'en', caseId: CASE.rebecca, trap: true,
    note: "the user's own consent reply (copy to herself); carries no news from support",
    from: to(REBECCA, REBECCA.keep, 'en'), to: SUP, cc: to(REBECCA, REBECCA.keep, 'en'), subject: formSubj(CASE.rebecca),
    date: d('2026-01-17 09:02:00', '-0800'), enc: 'ascii7', auth: 'none', trusted: false, relay: 'smtp.example.com',
    crlf: false,
    text: `${gmailEn('Sat, Jan 17, 2026 at 8:20 AM', 'AWS Training and Certification', 'aws-cs-trainingcertification-form@amazon.com', 'If everything above is accurate, a short reply saying you are happy for us to go ahead is all we need.\n\nJordan P.')}

Hi Jordan,

Yes - I agree to the merge and I am happy for you to go ahead.

Thanks!
Rebecca`,
  }),
  mk({
    slug: 'en-un-own-forward-manager', kind: 'unrelated', lang: 'en', caseId: CASE.marcus, trap: true,
    note: "the user's own forward of the completion to a manager; not delivered to any of his addresses",
    from: to(MARCUS, MARCUS.keep, 'en'), to: 'Lena Park <lena.park@client.example.com>', subject: `Fwd: ${formSubj(CASE.marcus)}`,
    date: d('2026-02-06 16:00:00', '-0800'), enc: 'utf8qp', auth: 'none', trusted: false, forUser: false, relay: 'smtp.example.org',
    rcpt: 'lena.park@client.example.com',
    text: `Lena - FYI, AWS finished merging my cert accounts, so please use ${MARCUS.keepId} for the partner portal.

Marcus

${fwdEn('AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>', 'Fri, Feb 6, 2026 at 12:44 PM', formSubj(CASE.marcus), MARCUS.keep, `Dear Marcus,\n\nWe are pleased to inform you that your certification accounts have been successfully consolidated under candidate ID ${MARCUS.keepId}.`)}`,
  }),
  mk({
    slug: 'en-un-agent-out-of-office', kind: 'unrelated', lang: 'en', caseId: CASE.aisha, trap: true,
    note: "an agent's automatic out-of-office reply (auto-submitted), though from amazon.com",
    from: 'Devon Mitchell <devonmit@amazon.com>', to: to(AISHA, AISHA.keep, 'en'), subject: `Automatic reply: ${formSubj(CASE.aisha)}`,
    date: d('2026-02-21 08:00:00', '+0000'), enc: 'ascii7',
    extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    text: `I am out of the office until March 2 with limited access to email. For help with your case, please reply to the case email address so that another associate can assist. Case updates (confirmations, merges, closures) are not handled from this mailbox.

Devon`,
  }),
  mk({
    slug: 'en-un-reinvent-marketing', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'marketing mail using "merge", "badges" and "confirm your seat" language',
    from: 'AWS Events <aws-events@aws.amazon.com>', to: to(AISHA, AISHA.keep, 'en'), subject: 'Merge your skills: confirm your seat for AWS Certification Day',
    date: d('2026-02-25 14:00:00', '+0000'), enc: 'utf8qp',
    html: `<html><body style="font-family:Arial">
<h2>Merge theory and practice at AWS Certification Day</h2>
<p>Join live sessions, earn exclusive digital badges and get a 50% exam voucher. Seats are limited: confirm yours today.</p>
<p><a href="https://aws.amazon.com/events/certification-day/">Confirm my seat</a></p>
<p style="font-size:10px;color:#888">${esc(FOOT_EN_1)}<br><a href="https://aws.amazon.com/unsubscribe">Unsubscribe</a></p>
</body></html>`,
  }),
];
void FOOT_EN_2; void sfOrig; void origMsg;
