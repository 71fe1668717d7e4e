// Set fb, English messages. Voice: causes and reasons (because / since / so / due to / therefore / as a result).
import type { Msg } from './lib.js';
import {
  CASE, CREDLY_AWS, DAN, DAN_REQ, LIAM, LIAM_REQ, M, NOTIFY, PORTAL, SOFIA, SOFIA_REQ, SUPPORT, SUPPORT_ADDR, TRAINING,
  formSubject, gmailEn, htmlDoc, origMsg, outlookEn, paras, pst, quote, sf, sfRef, utc, who,
} from './common.js';

const DAN_CONSENT = `Hi Marcus,\n\nYes, I agree to the merge as described. Please go ahead.\n\nDan`;
const SOFIA_CONSENT = `Hello,\n\nI confirm: please merge ${SOFIA.src} into ${SOFIA.keep}.\n\nSofia`;

export const EN: Msg[] = [
  // ---------------- acknowledgement (6) ----------------
  M({
    slug: 'en-ack-dan', kind: 'acknowledgement', lang: 'en', caseId: CASE.dan,
    note: 'automatic receipt; the because-clause explains why the case number must stay in the subject',
    from: NOTIFY, to: who(DAN), subject: `Case ${CASE.dan} received`, date: pst('2026-11-09 18:22:05'), enc: 'ascii7',
    text: `Hello Daniel,

Thanks for reaching out to AWS Training and Certification. Your request is now case ${CASE.dan}.

Because replies are matched to cases by the number in the subject line, please leave "[CASE ${CASE.dan}]" untouched when you write back. A specialist normally answers within one business day.

Please don't open another case for the same request; duplicate cases slow everything down.

Amazon Web Services`,
  }),
  M({
    slug: 'en-ack-sofia-alt', kind: 'acknowledgement', lang: 'en', caseId: CASE.sofia,
    note: 'multipart receipt of a new case; the reason clause only explains the auto-send address',
    from: NOTIFY, to: who(SOFIA), subject: `We've opened case ${CASE.sofia} for you`, date: utc('2026-11-12 07:48:33'), enc: 'utf8qp',
    text: `Hi Sofia,

We've opened a support case from the details you entered.

Case ID: ${CASE.sofia}
Category: AWS Training and Certification > Certification > Account merge
Severity: General guidance

Since this notice comes from an unmonitored address, replies here won't reach anyone. Use the Support Center link below to add details.
https://support.aws.amazon.com/#/case/?displayId=${CASE.sofia}

— Amazon Web Services`,
    html: htmlDoc(
      `<p>Hi Sofia,</p>
<p>We've opened a support case from the details you entered.</p>
<table><tr><td>Case ID</td><td>${CASE.sofia}</td></tr><tr><td>Category</td><td>AWS Training and Certification &gt; Certification &gt; Account merge</td></tr><tr><td>Severity</td><td>General guidance</td></tr></table>
<p>Since this notice comes from an unmonitored address, replies here won't reach anyone. Use the Support Center link below to add details.<br>
<a href="https://support.aws.amazon.com/#/case/?displayId=${CASE.sofia}">View case</a></p>
<p>&mdash; Amazon Web Services</p>`,
      'en',
    ),
  }),
  M({
    slug: 'en-ack-liam-form', kind: 'acknowledgement', lang: 'en', caseId: CASE.liam,
    note: 'form-submission receipt from the support address; the reason explains the reply address',
    from: SUPPORT, to: who(LIAM), subject: `[CASE ${CASE.liam}] [AWS Training and Certification Form Submission] - account-assistance`, date: pst('2026-12-01 09:14:50'), enc: 'ascii7',
    text: `This is an automated confirmation that we received your form submission.

Case: ${CASE.liam}
Topic: account-assistance

An agent will reply to this address. Since we answer requests in the order they arrive, there is no need to resubmit the form.

${sfRef('0Lq9mTx')}`,
  }),
  M({
    slug: 'en-ack-topicless', kind: 'acknowledgement', lang: 'en', caseId: CASE.liamDup,
    note: 'receipt that says nothing of its topic (a second case Liam opened); read as acknowledgement',
    from: NOTIFY, to: who(LIAM), subject: `Your case ${CASE.liamDup} has been created`, date: pst('2026-12-02 21:03:11'), enc: 'utf8b64',
    text: `Case ${CASE.liamDup} has been created.

Due to high volume, responses may take up to 48 hours.

Amazon Web Services Support`,
  }),
  M({
    slug: 'en-ack-forged-below', kind: 'acknowledgement', lang: 'en', caseId: CASE.dan, trusted: false, auth: 'forgedBelow',
    note: 'receipt with a dmarc=pass Authentication-Results planted below the server\'s Received line: untrusted',
    from: NOTIFY, to: who(DAN), subject: `Case ${CASE.dan} received`, date: pst('2026-11-09 19:40:00'), enc: 'ascii7',
    text: `Hello,

We received your case ${CASE.dan}. Because of a security review on your account, the case is on hold until you sign in at the link below.

https://aws-case-center.example-secure.com/signin

Amazon Web Services`,
  }),
  M({
    slug: 'en-ack-sofia-portal', kind: 'acknowledgement', lang: 'en', caseId: CASE.sofia, auth: 'dkimonly',
    note: 'receipt from a support.aws.com sender with an aligned dkim-only pass',
    from: 'AWS Support <no-reply@support.aws.com>', to: who(SOFIA), subject: `Case ${CASE.sofia}: request logged`, date: utc('2026-11-12 07:49:01'), enc: 'utf8qp',
    text: `Dear Sofia Rossi,

Your request has been logged as case ${CASE.sofia}. As the certification team works from Seattle, replies usually arrive in the evening, European time.

AWS Support`,
  }),

  // ---------------- ai_answer (6) ----------------
  M({
    slug: 'en-ai-tool', kind: 'ai_answer', lang: 'en',
    note: 'AI suggestion to use the self-service Merge Accounts tool, with the reason it might work',
    from: NOTIFY, to: who(DAN), subject: 'Suggested answer for your AWS Training and Certification question', date: pst('2026-11-09 18:15:30'), enc: 'ascii7',
    text: `This answer was generated by AI and may contain mistakes.

It looks like you have two AWS Certification accounts. If only one of them holds a certification, you can combine them yourself: sign in, open Profile, and choose "Merge Accounts". Because the tool runs instantly, it is usually faster than a support case.

Still stuck? Select "Create case" to reach an agent.`,
  }),
  M({
    slug: 'en-ai-after-merge', kind: 'ai_answer', lang: 'en', trap: true,
    note: 'automated answer that explains what happens after a merge (old login stops, badges re-claimed); stays ai_answer',
    from: NOTIFY, to: who(SOFIA), subject: 'Automated answer: merging certification accounts', date: utc('2026-11-12 07:40:12'), enc: 'utf8b64',
    text: `Here is an automated answer based on our help articles.

After two accounts are merged, the source account is deactivated, so its email address can no longer be used to sign in. Certifications, exam history and benefits move to the account you keep. Because Credly badges are issued to an email address, you may need to claim them again on Credly after the merge.

When both accounts hold certifications the self-service tool cannot merge them, therefore you would need to create a case.
(Generated automatically.)`,
  }),
  M({
    slug: 'en-ai-credly', kind: 'ai_answer', lang: 'en', trap: true,
    note: 'automated answer: missing badges are often due to duplicate accounts, so merge first, then claim',
    from: NOTIFY, to: who(LIAM), subject: 'AI assistant: badge not visible on Credly', date: pst('2026-12-01 09:05:44'), enc: 'utf8qp', hdr: 'utf8q',
    html: htmlDoc(
      `<p><em>AI-generated response</em></p>
${paras(`A badge that does not appear in Credly is often due to having more than one AWS Certification account, since each badge follows the email address of the account that earned it.

So we recommend merging your accounts first and then claiming the badges on Credly.

If this did not help, choose "Create case".`)}`,
      'en',
    ),
  }),
  M({
    slug: 'en-ai-builder', kind: 'ai_answer', lang: 'en',
    note: 'AI answer about AWS Builder ID sign-in before using the merge tool',
    from: NOTIFY, to: who(DAN, DAN.src), subject: 'Suggested answer: cannot sign in to certification account', date: pst('2026-11-08 16:30:10'), enc: 'ascii7',
    text: `Automated answer (AI):

Since sign-in with an Amazon retail account is no longer supported, you may need an AWS Builder ID to reach your certification account. Create one with the email on the account, then sign in again.

Once signed in, the Merge Accounts option under Profile can combine a second account, unless both accounts hold certifications.`,
  }),
  M({
    slug: 'en-ai-refuse', kind: 'ai_answer', lang: 'en', trap: true,
    note: 'automated answer: the tool refuses because both accounts are certified, so a human must do the merge',
    from: NOTIFY, to: who(LIAM), subject: 'Suggested answer for your question', date: pst('2026-12-01 09:06:20'), enc: 'utf8b64',
    text: `Generated answer:

Both candidate IDs you entered (${LIAM.keepId} and ${LIAM.srcId}) hold certifications. As a result, the self-service tool can't merge them, and an agent has to do it after you consent in writing.

Choose "Create case" to continue. This answer was produced automatically.`,
  }),
  M({
    slug: 'en-ai-short-mobile', kind: 'ai_answer', lang: 'en',
    note: 'short automated suggestion, plain ASCII',
    from: NOTIFY, to: who(SOFIA), subject: 'Answer from AWS AI assistant', date: utc('2026-11-12 07:39:02'), enc: 'ascii7', crlf: false,
    text: `Automated suggestion: because your question mentions two accounts, see "How do I merge my AWS Certification accounts?" in the Certification FAQ. If you still need help, create a case.`,
  }),

  // ---------------- info_request (7) ----------------
  M({
    slug: 'en-info-dan-ids', kind: 'info_request', lang: 'en', caseId: CASE.dan,
    note: 'since both accounts hold certifications, support needs candidate IDs and login emails first',
    from: SUPPORT, to: who(DAN), subject: formSubject(CASE.dan), date: pst('2026-11-10 11:02:37'), enc: 'ascii7',
    text: `Hello Daniel,

My name is Marcus and I'm with AWS Training and Certification Customer Service.

Since both of your accounts hold active certifications, I need to match them precisely before anything can be moved. Could you reply with:

- the candidate ID and sign-in email of the account you want to keep
- the candidate ID and sign-in email of the account to be retired

Best regards,
Marcus
AWS Training and Certification

${sf(who(DAN), '11/9/2026 6:21 PM', SUPPORT_ADDR, '[AWS Training and Certification Form Submission] - account-assistance', DAN_REQ)}

${sfRef('0Dk2wPa')}`,
  }),
  M({
    slug: 'en-info-sofia-wrong-sender', kind: 'info_request', lang: 'en', caseId: CASE.sofia,
    note: 'the writing address is on neither account, so support asks for the candidate IDs',
    from: SUPPORT, to: who(SOFIA, 'sofia.r.mobile@example.net'), cc: who(SOFIA), subject: formSubject(CASE.sofia), date: utc('2026-11-13 16:40:08'), enc: 'utf8qp',
    text: `Hi Sofia,

Thank you for writing in. Because the address you wrote from isn't registered on either certification account, I can't tell yet which records are yours.

Please send the candidate IDs (they start with "AWS") for both accounts, and tell me which one you'd like to keep.

Kind regards,
Ana
AWS Training & Certification Support

${gmailEn('Thu, Nov 12, 2026 at 8:47 AM', who(SOFIA, 'sofia.r.mobile@example.net'), SOFIA_REQ)}`,
  }),
  M({
    slug: 'en-info-confirm-wording', kind: 'info_request', lang: 'en', caseId: CASE.liam, trap: true,
    note: '"please confirm the email address you want to keep" asks for information, not consent',
    from: SUPPORT, to: who(LIAM), subject: formSubject(CASE.liam), date: pst('2026-12-02 10:15:30'), enc: 'ascii7',
    text: `Hi Liam,

Thanks for the details. Your form lists ${LIAM.keep} as the address to keep, but the candidate ID you gave for it is registered to ${LIAM.src}, so the two don't line up.

Please confirm the email address you want to keep, and I'll take it from there.

Regards,
Priyanka
AWS Training and Certification`,
  }),
  M({
    slug: 'en-info-attachment', kind: 'info_request', lang: 'en', caseId: CASE.dan,
    note: 'due to a system issue the attachment did not come through, so support asks for IDs in the body',
    from: SUPPORT, to: who(DAN), subject: formSubject(CASE.dan), date: pst('2026-11-11 14:28:19'), enc: 'utf8b64',
    text: `Hi Daniel,

Due to a system issue on our side, the screenshot you attached didnt come thru. Could you paste both candidate IDs and both sign-in emails directly into your reply?

Thanks,
Marcus

${gmailEn('Tue, Nov 10, 2026 at 9:12 PM', who(DAN), `Hi Marcus, screenshot of both profiles attached.\nDan`)}`,
  }),
  M({
    slug: 'en-info-misaligned', kind: 'info_request', lang: 'en', caseId: CASE.sofia, trusted: false, auth: 'misaligned',
    note: 'asks for passwords; DKIM passes only for an unrelated bulk domain and dmarc fails: untrusted',
    from: SUPPORT, to: who(SOFIA), subject: formSubject(CASE.sofia), date: utc('2026-11-14 02:02:50'), enc: 'ascii7',
    text: `Dear customer,

Because we could not verify your identity, the merge request is suspended. Please reply with the password of both accounts so that we can finish the verification today.

AWS Training and Certification`,
  }),
  M({
    slug: 'en-info-sofia-html', kind: 'info_request', lang: 'en', caseId: CASE.sofia,
    note: 'the names on the two accounts differ, so support asks which legal name to keep (multipart)',
    from: SUPPORT, to: who(SOFIA), subject: formSubject(CASE.sofia), date: utc('2026-11-15 17:05:12'), enc: 'utf8qp',
    text: `Hi Sofia,

Thanks for the IDs. One account lists your name as "Sofia Rossi" and the other as "Sofia M. Rossi"; as a result, I need to know which legal name should appear on the merged account and on your certificates.

Kind regards,
Ana`,
    html: htmlDoc(
      `<p>Hi Sofia,</p>
<p>Thanks for the IDs. One account lists your name as &quot;Sofia Rossi&quot; and the other as &quot;Sofia M. Rossi&quot;; as a result, I need to know which legal name should appear on the merged account and on your certificates.</p>
<p>Kind regards,<br>Ana</p>`,
      'en',
    ),
  }),
  M({
    slug: 'en-info-resent', kind: 'info_request', lang: 'en', caseId: CASE.dan, forUser: false,
    note: 'support\'s information request redirected by the old employer\'s server (Resent-*): not delivered to the user',
    from: SUPPORT, to: who(DAN, DAN.src), subject: formSubject(CASE.dan), date: pst('2026-11-10 11:03:00'), enc: 'ascii7',
    resent: { from: 'mailer-daemon@formerco.example', to: 'it-archive@formerco.example', date: pst('2026-11-10 11:03:40') },
    text: `Hello Daniel,

Since this address is on the account you want to retire, please reply from the account you keep and include both candidate IDs.

Marcus`,
  }),

  // ---------------- confirmation_request (6) ----------------
  M({
    slug: 'en-conf-dan', kind: 'confirmation_request', lang: 'en', caseId: CASE.dan,
    note: 'because the merge is permanent, support asks for written consent before acting',
    from: SUPPORT, to: who(DAN), subject: formSubject(CASE.dan), date: pst('2026-11-12 10:44:02'), enc: 'ascii7',
    text: `Hi Daniel,

Thank you, I was able to match both accounts with the IDs you sent.

Because a merge is permanent and cannot be reversed, I need your written consent before I proceed:

  Keep:   ${DAN.keepId} (${DAN.keep})
  Retire: ${DAN.srcId} (${DAN.src})

If this is correct, please reply "I agree to the merge" to this email.

Best regards,
Marcus
AWS Training and Certification

${sfRef('0Dk2wPa')}`,
  }),
  M({
    slug: 'en-conf-sofia', kind: 'confirmation_request', lang: 'en', caseId: CASE.sofia,
    note: 'since both accounts hold certifications, support needs the customer\'s agreement; asks for a reply',
    from: SUPPORT, to: who(SOFIA), subject: formSubject(CASE.sofia), date: utc('2026-11-16 15:31:45'), enc: 'utf8qp',
    text: `Hi Sofia,

Thanks for letting me know the name to keep.

Since both accounts hold certifications, we need your agreement before combining them. Once merged, the account under ${SOFIA.src} will be closed and this can't be undone.

Could you reply to this email stating that you agree to the merge?

Kind regards,
Ana

${outlookEn(who(SOFIA), 'Sunday, November 15, 2026 9:20 PM', SUPPORT_ADDR, formSubject(CASE.sofia), `Hi Ana,\n\nPlease use "Sofia Rossi".\n\nSofia`)}`,
  }),
  M({
    slug: 'en-conf-liam-team', kind: 'confirmation_request', lang: 'en', caseId: CASE.liam, forUser: false,
    note: 'consent request sent to the contractor\'s helpdesk list, not to the user (no user address, no Delivered-To)',
    from: SUPPORT, to: 'Contractor IT Helpdesk <it-helpdesk@contractor-it.example>', subject: formSubject(CASE.liam), date: pst('2026-12-03 13:20:31'), enc: 'ascii7', deliveredTo: null,
    text: `Hello,

Because the merge removes the account at ${LIAM.src} permanently, we need the account holder's explicit approval. Please have Liam Chen reply "I approve the merge" to this message.

Priyanka
AWS Training and Certification`,
  }),
  M({
    slug: 'en-conf-freemail', kind: 'confirmation_request', lang: 'en', caseId: CASE.dan, trusted: false, auth: 'none',
    note: 'consent request under the support display name but from a free-mail address: untrusted',
    from: 'AWS Training and Certification <aws.cert.merge.team@gmail.com>', to: who(DAN), subject: formSubject(CASE.dan), date: pst('2026-11-12 03:05:22'), enc: 'ascii7',
    text: `Hi Daniel,

Since your accounts are ready to be merged, please confirm by paying the USD 15 processing fee at the link below. Therefore the merge will be done within 24 hours.

https://pay.example-invoices.net/aws-merge

AWS Training and Certification`,
  }),
  M({
    slug: 'en-conf-liam-again', kind: 'confirmation_request', lang: 'en', caseId: CASE.liam,
    note: 'the earlier reply did not clearly consent, so support asks again for an explicit agreement',
    from: SUPPORT, to: who(LIAM), subject: formSubject(CASE.liam), date: pst('2026-12-04 09:41:10'), enc: 'utf8b64',
    text: `Hi Liam,

Thanks for the quick reply. Your message said "sounds fine", and since we need an unambiguous record of consent for an irreversible change, could you reply once more with "I agree to merge ${LIAM.srcId} into ${LIAM.keepId}"?

Regards,
Priyanka

${quote(`Hi Liam,\n\nBecause the merge removes the account at ${LIAM.src} permanently, we need your explicit approval.`)}`,
  }),
  M({
    slug: 'en-conf-html', kind: 'confirmation_request', lang: 'en', caseId: CASE.sofia,
    note: 'HTML-only consent request: the reason is irreversibility, the ask is a reply saying yes',
    from: SUPPORT, to: who(SOFIA), subject: formSubject(CASE.sofia), date: utc('2026-11-17 09:12:00'), enc: 'utf8b64',
    html: htmlDoc(
      `<div>Hi Sofia,</div>
<div><br></div>
<div>Just following up: as the merge cannot be reversed, I'm unable to start it until you reply with your consent. A short "Yes, please merge" is enough.</div>
<div><br></div>
<div>Ana<br>AWS Training and Certification</div>`,
      'en',
    ),
  }),

  // ---------------- merge_completed (7) ----------------
  M({
    slug: 'en-done-dan', kind: 'merge_completed', lang: 'en', caseId: CASE.dan,
    note: 'since the customer agreed, the merge was done; as a result certifications are on the kept ID',
    from: SUPPORT, to: who(DAN), subject: formSubject(CASE.dan), date: pst('2026-11-14 08:12:47'), enc: 'ascii7',
    text: `Hi Daniel,

Since you agreed on Thursday, I went ahead with the merge this morning. As a result, all certifications and exam history from ${DAN.srcId} now sit under ${DAN.keepId}.

Please sign in with ${DAN.keep} from now on; the old account has been deactivated.

Best regards,
Marcus

${sf(who(DAN), '11/12/2026 7:55 PM', SUPPORT_ADDR, formSubject(CASE.dan), DAN_CONSENT)}`,
  }),
  M({
    slug: 'en-done-because-login', kind: 'merge_completed', lang: 'en', caseId: CASE.sofia,
    note: 'the event sits in the reason clause: because the accounts have been merged, the old login no longer works',
    from: SUPPORT, to: who(SOFIA), subject: formSubject(CASE.sofia), date: utc('2026-11-19 18:03:30'), enc: 'utf8qp',
    text: `Hi Sofia,

Because your accounts have been merged, the old login (${SOFIA.src}) no longer works. Everything you earned under it is now visible when you sign in as ${SOFIA.keep}.

Kind regards,
Ana

${outlookEn(who(SOFIA), 'Tuesday, November 17, 2026 10:02 PM', SUPPORT_ADDR, formSubject(CASE.sofia), SOFIA_CONSENT)}`,
  }),
  M({
    slug: 'en-done-portal', kind: 'merge_completed', lang: 'en',
    note: 'certification portal notice that the accounts were merged, no case ID',
    from: PORTAL, to: who(LIAM), subject: 'Your AWS Certification accounts have been merged', date: pst('2026-12-06 02:40:18'), enc: 'ascii7',
    text: `Hello Liam Chen,

Your AWS Certification accounts have been merged. Therefore, certifications, exam history and benefits from ${LIAM.srcId} now appear under ${LIAM.keepId}.

AWS Certification`,
  }),
  M({
    slug: 'en-done-so-close', kind: 'merge_completed', lang: 'en', caseId: CASE.liam, trap: true,
    note: 'merge done, "so I will close this case": completion is the new fact',
    from: SUPPORT, to: who(LIAM), subject: formSubject(CASE.liam), date: pst('2026-12-05 16:22:09'), enc: 'utf8b64',
    text: `Hi Liam,

The merge went through a few minutes ago, so your certifications are all under ${LIAM.keepId} now and there is nothing left for us to do; I'll close this case.

Regards,
Priyanka

${gmailEn('Fri, Dec 4, 2026 at 10:05 AM', who(LIAM), `I agree to merge ${LIAM.srcId} into ${LIAM.keepId}.\nLiam\n\nSent from my iPhone`)}`,
  }),
  M({
    slug: 'en-done-lookalike', kind: 'merge_completed', lang: 'en', caseId: CASE.dan, trusted: false,
    note: 'completion text from a look-alike domain (aws-certificationsupport.com): untrusted',
    from: 'AWS Certification Support <cases@aws-certificationsupport.com>', to: who(DAN), subject: formSubject(CASE.dan), date: pst('2026-11-13 23:51:05'), enc: 'ascii7',
    text: `Hi Daniel,

Your accounts have been merged. Due to the merge, your old voucher codes were invalidated, so please claim new ones by signing in below.

https://aws-certificationsupport.com/vouchers

AWS Certification Support`,
  }),
  M({
    slug: 'en-done-certmetrics', kind: 'merge_completed', lang: 'en', trusted: false,
    note: 'portal-style merge notice from certmetrics.com, a sender outside the trusted domains: merge_completed but untrusted',
    from: 'AWS Certification Account <noreply@certmetrics.com>', to: who(SOFIA), subject: 'Account merge complete', date: utc('2026-11-19 17:59:12'), enc: 'utf8qp',
    html: htmlDoc(
      `<table width="600"><tr><td>
${paras(`Dear Sofia Rossi,

The merge of your AWS Certification accounts is complete. As a result, your transcript now lists all certifications under candidate ID ${SOFIA.keepId}.

Please check that your certifications and benefits look right.`)}
</td></tr></table>`,
      'en',
    ),
  }),
  M({
    slug: 'en-done-badges-pending', kind: 'merge_completed', lang: 'en', caseId: CASE.dan, trap: true,
    note: 'merge completed; badges have not moved yet due to a system issue (negated badge event)',
    from: SUPPORT, to: who(DAN), subject: formSubject(CASE.dan), date: pst('2026-11-14 08:20:03'), enc: 'utf8b64',
    text: `Hi Daniel,

Quick follow-up to my last note: the merge itself is finished, but due to a system issue on the Credly side, the badges have not moved yet. They usually follow within a few days; if they don't, just reply here.

Marcus`,
  }),

  // ---------------- badges_transferred (6) ----------------
  M({
    slug: 'en-badge-credly-dan', kind: 'badges_transferred', lang: 'en',
    note: 'AWS badge via Credly to the kept address after the merge',
    from: CREDLY_AWS, to: who(DAN), subject: 'Amazon Web Services Training and Certification sent you a badge', date: utc('2026-11-16 13:04:55'), enc: 'utf8qp',
    text: `Daniel, your badge is waiting.

Amazon Web Services Training and Certification has issued you the AWS Certified Developer - Associate badge. Because your certification record now lives under ${DAN.keep}, the badge was issued to this address.

Accept your badge: https://www.credly.com/earner/earned/badge/3d7a1c08

Credly`,
    html: htmlDoc(
      `<h2>Daniel, your badge is waiting.</h2>
<p>Amazon Web Services Training and Certification has issued you the AWS Certified Developer - Associate badge. Because your certification record now lives under ${DAN.keep}, the badge was issued to this address.</p>
<p><a href="https://www.credly.com/earner/earned/badge/3d7a1c08">Accept your badge</a></p>
<p>Credly</p>`,
      'en',
    ),
  }),
  M({
    slug: 'en-badge-support-moved', kind: 'badges_transferred', lang: 'en', caseId: CASE.sofia,
    note: 'the badges had stayed on the old address, so support moved them; they now show on the kept account',
    from: SUPPORT, to: who(SOFIA), subject: formSubject(CASE.sofia), date: utc('2026-11-23 10:18:41'), enc: 'utf8qp',
    text: `Hi Sofia,

Your badges were still tied to ${SOFIA.src}, which is why Credly didn't show them under your new address. I asked our Credly team to reassign them, and as a result both badges are now on the Credly profile for ${SOFIA.keep}.

Kind regards,
Ana

${outlookEn(who(SOFIA), 'Saturday, November 21, 2026 11:40 AM', SUPPORT_ADDR, formSubject(CASE.sofia), `Hi Ana, thanks for the merge! My two badges are still missing on Credly though.\nSofia`)}`,
  }),
  M({
    slug: 'en-badge-and-resolve', kind: 'badges_transferred', lang: 'en', caseId: CASE.dan, trap: true,
    note: 'support says the badges moved and resolves the case: badges_transferred (closing words present)',
    from: SUPPORT, to: who(DAN), subject: formSubject(CASE.dan), date: pst('2026-11-18 11:40:26'), enc: 'ascii7',
    text: `Hi Daniel,

Good news: the badge transfer is done, so your three AWS badges now appear on the Credly account for ${DAN.keep}. Since that was the last open item, I'm marking this case resolved.

Best,
Marcus`,
  }),
  M({
    slug: 'en-badge-dmarc-fail', kind: 'badges_transferred', lang: 'en', trusted: false, auth: 'fail',
    note: 'Credly-looking badge mail with dmarc=fail for credly.com: untrusted',
    from: CREDLY_AWS, to: who(LIAM), subject: 'Amazon Web Services Training and Certification sent you a badge', date: pst('2026-12-07 04:10:33'), enc: 'ascii7',
    text: `Liam, since your accounts were combined, your AWS badges were moved. Sign in to accept them:

Accept your badge: https://credly-badges-accept.example.org/login`,
  }),
  M({
    slug: 'en-badge-credly-liam', kind: 'badges_transferred', lang: 'en', auth: 'dkimonly',
    note: 'genuine-looking Credly AWS badge mail to the kept address, dkim-only aligned',
    from: CREDLY_AWS, to: who(LIAM), subject: 'Amazon Web Services Training and Certification sent you a badge', date: pst('2026-12-08 06:25:19'), enc: 'utf8b64',
    html: htmlDoc(
      `<p>Liam, you've earned a badge.</p>
<p>Amazon Web Services Training and Certification issued you <b>AWS Certified SysOps Administrator - Associate</b>. It was sent to ${LIAM.keep} because that is the email on your certification account.</p>
<p><a href="https://www.credly.com/earner/earned/badge/be0c51f9">Accept your badge</a></p>`,
      'en',
    ),
  }),
  M({
    slug: 'en-badge-delay-over', kind: 'badges_transferred', lang: 'en', caseId: CASE.liam,
    note: 'after a delay caused by a sync issue, support says the badges are now on the kept account',
    from: SUPPORT, to: who(LIAM), subject: formSubject(CASE.liam), date: pst('2026-12-09 15:02:44'), enc: 'utf8qp',
    text: `Hi Liam,

Sorry for the wait. A sync problem between our system and Credly held things up, but it's fixed, so your two badges have now been moved to the Credly profile for ${LIAM.keep}.

Regards,
Priyanka`,
  }),

  // ---------------- case_closed (6) ----------------
  M({
    slug: 'en-close-autoclose', kind: 'case_closed', lang: 'en', caseId: CASE.sofia,
    note: 'no reply, so the case will close automatically in 5 days',
    from: SUPPORT, to: who(SOFIA), subject: formSubject(CASE.sofia), date: utc('2026-11-27 09:00:05'), enc: 'ascii7',
    text: `Hi Sofia,

As we havent heard back since our last mesage, this case will close automatically in 5 days. If you still need help, just reply before then.

AWS Training and Certification`,
  }),
  M({
    slug: 'en-close-restate', kind: 'case_closed', lang: 'en', caseId: CASE.dan, trap: true,
    note: 'closing that only restates last week\'s merge as its reason',
    from: SUPPORT, to: who(DAN), subject: formSubject(CASE.dan), date: pst('2026-11-24 09:30:12'), enc: 'utf8b64',
    text: `Hi Daniel,

Since your accounts were merged last week and we haven't heard of any problems, we're closing this case now. Replying to this email will reopen it.

Marcus`,
  }),
  M({
    slug: 'en-close-resolved-notify', kind: 'case_closed', lang: 'en', caseId: CASE.liam,
    note: 'system notice that the case was resolved because the agent marked it so',
    from: NOTIFY, to: who(LIAM), subject: `Case ${CASE.liam} has been resolved`, date: pst('2026-12-10 12:00:00'), enc: 'ascii7',
    text: `Hello,

Case ${CASE.liam} has been resolved because the support agent marked your issue as answered. You can reopen it from the Support Center within 14 days.

Amazon Web Services`,
  }),
  M({
    slug: 'en-close-lookalike', kind: 'case_closed', lang: 'en', caseId: CASE.sofia, trusted: false,
    note: 'closing text from amazon.com.support-case.info (look-alike domain): untrusted',
    from: 'Amazon Web Services <no-reply@amazon.com.support-case.info>', to: who(SOFIA), subject: `Case ${CASE.sofia} closed`, date: utc('2026-11-26 01:12:09'), enc: 'ascii7',
    text: `Your case ${CASE.sofia} was closed due to inactivity. Therefore your certification account will be locked unless you verify it here: https://amazon.com.support-case.info/verify`,
  }),
  M({
    slug: 'en-close-restate-badges', kind: 'case_closed', lang: 'en', caseId: CASE.sofia, trap: true,
    note: 'closing whose reason restates that the badges moved earlier',
    from: SUPPORT, to: who(SOFIA), subject: formSubject(CASE.sofia), date: utc('2026-11-30 10:05:44'), enc: 'utf8qp',
    text: `Hi Sofia,

As the badges were moved to your new Credly profile on Monday, everything you asked for is in place, so I'm closing this case. Thanks for your patience!

Ana`,
  }),
  M({
    slug: 'en-close-dup', kind: 'case_closed', lang: 'en', caseId: CASE.liamDup, trap: true,
    note: 'duplicate case closed because the cases were merged into the other one (cases, not accounts)',
    from: SUPPORT, to: who(LIAM), subject: formSubject(CASE.liamDup), date: pst('2026-12-03 08:10:37'), enc: 'ascii7',
    text: `Hi Liam,

Because this request duplicates case ${CASE.liam}, we've merged the two cases and are closing ${CASE.liamDup}. Please continue the conversation on ${CASE.liam}.

Priyanka`,
  }),

  // ---------------- support_reply (7) ----------------
  M({
    slug: 'en-reply-not-yet', kind: 'support_reply', lang: 'en', caseId: CASE.sofia, trap: true,
    note: 'the merge has not been completed yet because of a backlog: negated, status only',
    from: SUPPORT, to: who(SOFIA), subject: formSubject(CASE.sofia), date: utc('2026-11-18 17:25:31'), enc: 'utf8qp',
    text: `Hi Sofia,

Thanks for your consent. The merge hasn't been completed yet because the team that performs it has a backlog this week; I'll update you as soon as it's done.

Ana`,
  }),
  M({
    slug: 'en-reply-once-merged', kind: 'support_reply', lang: 'en', caseId: CASE.dan, trap: true,
    note: '"once the accounts are merged, the badges will follow": future and conditional',
    from: SUPPORT, to: who(DAN), subject: formSubject(CASE.dan), date: pst('2026-11-11 16:02:18'), enc: 'ascii7',
    text: `${gmailEn('Wed, Nov 11, 2026 at 7:40 AM', who(DAN), `Hi Marcus, will my Credly badges move too, or do I need to do something?\nDan`)}

Hi Daniel,

To answer your question: once the accounts are merged, the badges should follow to ${DAN.keep}, since Credly goes by the email on the certification account. There's nothing you need to do on Credly beforehand.

Marcus`,
  }),
  M({
    slug: 'en-reply-thanks-confirm', kind: 'support_reply', lang: 'en', caseId: CASE.dan, trap: true,
    note: 'thanks for confirming; consent on file, passed to the team: status reply',
    from: SUPPORT, to: who(DAN), subject: formSubject(CASE.dan), date: pst('2026-11-12 20:30:55'), enc: 'utf8b64',
    text: `Hi Daniel,

Thank you for confirming. Since your consent is now on file, I've passed the request to the team that carries out merges. I'll let you know when they're finished.

Marcus

${sf(who(DAN), '11/12/2026 7:55 PM', SUPPORT_ADDR, formSubject(CASE.dan), DAN_CONSENT)}`,
  }),
  M({
    slug: 'en-reply-unable', kind: 'support_reply', lang: 'en', caseId: CASE.liam, trap: true,
    note: 'unable to merge because of an APN partner link; refusal explained by a cause, asks nothing',
    from: SUPPORT, to: who(LIAM), subject: formSubject(CASE.liam), date: pst('2026-12-02 17:48:03'), enc: 'ascii7',
    text: `Hi Liam,

We're unable to merge the accounts at the moment because ${LIAM.srcId} is still linked to your former company's APN partner profile. Their partner admin has to release it first; I've contacted them, and I'll keep this case open meanwhile.

Priyanka`,
  }),
  M({
    slug: 'en-reply-cases-merged', kind: 'support_reply', lang: 'en', caseId: CASE.liam, trap: true,
    note: '"we merged your two cases" is about cases, not accounts',
    from: SUPPORT, to: who(LIAM), subject: formSubject(CASE.liam), date: pst('2026-12-03 08:12:10'), enc: 'utf8qp',
    text: `Hi Liam,

Since you opened two cases for the same request, we've merged them into this one (${CASE.liam}). You'll hear from me here from now on.

Priyanka`,
  }),
  M({
    slug: 'en-reply-holiday', kind: 'support_reply', lang: 'en', caseId: CASE.sofia,
    note: 'status reply: still being reviewed; a public holiday explains the slower answer (case ID only in the body)',
    from: SUPPORT, to: who(SOFIA), subject: 'Re: your account merge request', date: utc('2026-11-13 09:10:40'), enc: 'ascii7',
    text: `Hi Sofia,

Just a note that your request (case ${CASE.sofia}) is with me and I'm reviewing it. Due to the US holiday later this month our replies may be a little slower than usual.

Ana`,
  }),
  M({
    slug: 'en-reply-lookalike', kind: 'support_reply', lang: 'en', caseId: CASE.dan, trusted: false, trap: true,
    note: 'status-style reply from amazonaws-support.net (not a trusted domain); the delay reason mentions the merge',
    from: 'AWS Support Team <support@amazonaws-support.net>', to: who(DAN), subject: formSubject(CASE.dan), date: pst('2026-11-13 02:44:10'), enc: 'ascii7',
    text: `Hello Daniel,

Due to a verification backlog your merge has been delayed. To keep your place in the queue, download the attached form and send it back today.

AWS Support Team`,
  }),

  // ---------------- unrelated (7) ----------------
  M({
    slug: 'en-unrel-credly-merge-code', kind: 'unrelated', lang: 'en', trap: true,
    note: 'Credly\'s own account-merge code mail (Credly profiles, not AWS Certification accounts)',
    from: 'Credly <admin@credly.com>', to: who(DAN, DAN.src), subject: 'Complete your account merge', date: utc('2026-11-19 12:22:10'), enc: 'ascii7',
    text: `Hi Daniel,

Because you asked to merge this Credly account into another one, we need to make sure this address is yours. Enter the code below or click "Complete Account Merge".

Code: 482915

If you didn't request this, ignore this email and nothing will change.

Credly`,
  }),
  M({
    slug: 'en-unrel-hashicorp', kind: 'unrelated', lang: 'en', trap: true,
    note: 'Credly badge from another issuer (HashiCorp): unrelated',
    from: 'HashiCorp via Credly <admin@credly.com>', to: who(LIAM), subject: 'HashiCorp sent you a badge', date: pst('2026-12-04 11:30:00'), enc: 'utf8qp',
    text: `Liam, since you passed Terraform Associate (004), HashiCorp has issued you a badge.

Accept your badge: https://www.credly.com/earner/earned/badge/51a9e2c4`,
  }),
  M({
    slug: 'en-unrel-survey', kind: 'unrelated', lang: 'en', caseId: CASE.dan, trap: true,
    note: 'survey asking whether the case resolved the issue',
    from: 'AWS Support <aws-support-survey@amazon.com>', to: who(DAN), subject: `How did we do on case ${CASE.dan}?`, date: pst('2026-11-25 10:00:00'), enc: 'utf8b64',
    text: `Hi Daniel,

Your case ${CASE.dan} was recently closed. Because your feedback shapes how we train our agents, we'd like to know: was your issue resolved?

Yes: https://survey.aws.amazon.com/r/yes
No: https://survey.aws.amazon.com/r/no

Amazon Web Services`,
  }),
  M({
    slug: 'en-unrel-voucher-case', kind: 'unrelated', lang: 'en', caseId: CASE.danVoucher, trap: true,
    note: 'the other case (exam voucher) is resolved and closing; says its topic, so unrelated',
    from: SUPPORT, to: who(DAN), subject: `RE:[CASE ${CASE.danVoucher}] [AWS Training and Certification Form Submission] - exam-voucher`, date: pst('2026-11-20 14:02:33'), enc: 'ascii7',
    text: `Hi Daniel,

Since the replacement exam voucher has been issued to your account, we're resolving this case about the expired voucher. The new code is valid for 12 months.

Jenna
AWS Training and Certification`,
  }),
  M({
    slug: 'en-unrel-colleague-ooo', kind: 'unrelated', lang: 'en', caseId: CASE.sofia, trusted: false, trap: true,
    note: 'a colleague\'s out-of-office reply to a thread the user was copied on',
    from: 'Marco Bianchi <m.bianchi@agency.example.net>', to: who(SOFIA), cc: who(SOFIA, SOFIA.src), subject: `Automatic reply: ${formSubject(CASE.sofia)}`, date: utc('2026-11-16 15:32:10'), enc: 'utf8qp', auth: 'none',
    extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    text: `I'm out of the office until 30 November, so replies will be delayed. For anything urgent regarding the agency's accounts, please contact office@agency.example.net.

${origMsg(SUPPORT, 'Monday, November 16, 2026 3:31 PM', formSubject(CASE.sofia), `Hi Sofia,\n\nSince both accounts hold certifications, we need your agreement before combining them.`)}`,
  }),
  M({
    slug: 'en-unrel-own-fwd', kind: 'unrelated', lang: 'en', caseId: CASE.dan, trusted: false, trap: true,
    note: 'the user\'s own forward of the completion notice to his other address: no news from support',
    from: who(DAN), to: who(DAN, DAN.src), subject: `Fwd: ${formSubject(CASE.dan)}`, date: pst('2026-11-14 09:01:12'), enc: 'ascii7', auth: 'none',
    text: `Keeping a copy here because the old mailbox closes at the end of the month. The merge is done, so I can stop worrying.

---------- Forwarded message ---------
From: ${SUPPORT}
Date: Sat, Nov 14, 2026 at 8:12 AM
Subject: ${formSubject(CASE.dan)}
To: ${who(DAN)}

Hi Daniel,

Since you agreed on Thursday, I went ahead with the merge this morning.`,
  }),
  M({
    slug: 'en-unrel-newsletter-team', kind: 'unrelated', lang: 'en', forUser: false,
    note: 'training newsletter to a team list the user is not on (no user address): marketing, not for the user',
    from: TRAINING, to: 'Cloud Guild <cloud-guild@formerco.example>', subject: 'New in AWS Skill Builder this month', date: pst('2026-11-03 08:00:00'), enc: 'utf8qp', deliveredTo: null,
    html: htmlDoc(
      `<h1>New in AWS Skill Builder</h1>
${paras(`Because many of you asked for more hands-on practice, we've added twelve new labs this month.

Sign in to AWS Skill Builder to start learning.`)}`,
      'en',
    ),
  }),
];
