// English messages (and mixed English-first mail)
import type { Msg } from './lib.js';
import {
  ALEX, BP_REPLY_EN, BP_SYSTEM_EN, C, CREDLY_AWS, DASH_EN, LEGAL_EN, LEGAL_JA, M, MARIA, NOREPLY, PORTAL, PRIYA, RULE_EN,
  SUPPORT, TARO, flowed, hw, outlookOrig, paras, q, sfOrig, sfRef, sigEn, subj, ww,
} from './common.js';

const A_REQ = ww(`Hello, I have two AWS Certification accounts. Please merge ${ALEX.src} (${ALEX.srcId}) into ${ALEX.keep} (${ALEX.keepId}). The work address goes away at the end of the month. Thanks, Alex`);
const P_REQ = ww(`Hi - I changed jobs and now have duplicate certification profiles. Keep ${PRIYA.keep}; the other one is ${PRIYA.src}. Regards, Priya Nair`);
const M_REQ = ww(`Hello, my first exam was booked with my university e-mail ${MARIA.src} and the second with ${MARIA.keep}. Could both be put together under the personal one? Maria`);

const BADGE_EN_HTML = (name: string, title: string): string => `<html><body>
<table width="600" align="center" style="font-family:Arial"><tr><td>
<h2>You've earned a badge!</h2>
<p>Hi ${name},</p>
<p>Amazon Web Services Training and Certification has issued you a new badge: <b>${title}</b>.</p>
<p><a href="https://www.credly.com/earner/earned/badge/3b7e9a2c-44f1-4c0e-8d5b-6e7f8a9b0c1d">Accept your badge</a></p>
<p style="font-size:11px;color:#888">You are receiving this because an issuer on Credly awarded you a badge. Credly, 13809 Research Blvd, Suite 500, Austin, TX 78750</p>
</td></tr></table></body></html>`;

export const EN: Msg[] = [
  // ---------------- acknowledgement ----------------
  M({
    s: 'ack-en-ascii-banner', k: 'acknowledgement', lang: 'en', enc: 'ascii7', date: '2026-11-24 17:02:11',
    to: ALEX.keep, subject: `[CASE ${C.alex}] We have received your request`, id: C.alex, trap: true,
    note: 'receipt in an ASCII banner; system boilerplate names every other event generically',
    text: `${RULE_EN}
  CASE RECEIVED
${RULE_EN}

${ww(`Dear Alex Kim, thank you for contacting AWS Training and Certification. Your request has been logged under case number ${C.alex}. A member of our team will reply, usually within 24 hours.`)}

${BP_SYSTEM_EN}

${BP_REPLY_EN}

${sigEn('Case intake (automated)')}`,
  }),
  M({
    s: 'ack-en-flowed-receipt', k: 'acknowledgement', lang: 'en', enc: 'ascii7', date: '2026-11-26 09:30:49',
    to: PRIYA.keep, from: NOREPLY, subject: `Your AWS Support case ${C.priya} has been created`, id: C.priya,
    x: { ctExtra: 'format=flowed' },
    note: 'format=flowed receipt from no-reply-aws',
    text: flowed(`Hello,

Thank you for contacting AWS Support. We have opened case ${C.priya} for you and someone will be in touch shortly. You can view the case in the Support Center.

Amazon Web Services`),
  }),
  M({
    s: 'ack-en-id-body-wrapped', k: 'acknowledgement', lang: 'en', enc: 'ascii7', date: '2026-11-27 22:40:00',
    to: MARIA.keep, subject: 'Thank you for contacting AWS Training and Certification', id: C.maria,
    note: 'receipt with the case ID only in the body, wrapped onto its own line at 72 columns',
    text: `Dear Maria,

We received your message and created a case for you; the reference for this case is
${C.maria}. Please keep this number for future reference. An agent will respond
as soon as possible.

AWS Training and Certification Customer Support`,
  }),
  M({
    s: 'ack-en-lookalike-server', k: 'acknowledgement', lang: 'en', enc: 'ascii7', date: '2026-11-28 04:04:04',
    to: ALEX.keep, subject: `[CASE ${C.alex2}] Request received`, id: C.alex2, t: false, auth: 'lookalikeServer',
    note: 'receipt whose top Authentication-Results comes from a look-alike authserv-id: untrusted',
    text: ww(`We have received your request (case ${C.alex2}). You will hear from us within two business days.\n\nAWS Training and Certification`),
  }),
  M({
    s: 'ack-en-utf8qp-legal-third', k: 'acknowledgement', lang: 'en', enc: 'utf8qp', date: '2026-11-29 13:13:13',
    to: PRIYA.keep, subject: `[CASE ${C.priya}] Case acknowledgement`, id: C.priya, trap: true,
    note: 'legal notice and system notice first; the receipt itself is the third paragraph',
    text: `${LEGAL_EN}

${BP_SYSTEM_EN}

${ww(`Your inquiry regarding your certification account has been received and assigned case ID ${C.priya}. We appreciate your patience.`)}

${LEGAL_JA}`,
  }),
  M({
    s: 'ack-en-utf8b64-alt', k: 'acknowledgement', lang: 'en', enc: 'utf8b64', date: '2026-12-01 07:15:27',
    to: MARIA.keep, from: NOREPLY, subject: `Case ${C.maria2} created`, id: C.maria2,
    note: 'multipart receipt from no-reply-aws',
    text: `Case created\n\nCase ID: ${C.maria2}\nSubject: Duplicate certification accounts\n\nWe will contact you at this address.`,
    html: `<html><body><h3>Case created</h3><p>Case ID: ${C.maria2}<br>Subject: Duplicate certification accounts</p><p>We will contact you at this address.</p></body></html>`,
  }),

  // ---------------- ai_answer ----------------
  M({
    s: 'ai-en-merge-tool-steps', k: 'ai_answer', lang: 'en', enc: 'ascii7', date: '2026-11-24 16:58:30',
    from: NOREPLY, to: ALEX.keep, subject: 'Suggested answer for your question',
    note: 'generated answer with numbered steps for the Merge Accounts tool',
    text: `-- Generated answer --

${ww('Based on what you told us, you may be able to fix this yourself:')}

  1. Sign in to your AWS Certification account.
  2. Open your profile and choose "Merge Accounts".
  3. Enter the sign-in details of the account you want to merge in.

${ww('If both accounts already hold certifications, the tool will not run; choose "Create case" to reach an agent. This answer was generated by AI and may contain errors.')}`,
  }),
  M({
    s: 'ai-en-explains-after-merge', k: 'ai_answer', lang: 'en', enc: 'utf8qp', date: '2026-11-26 09:25:02',
    from: NOREPLY, to: PRIYA.keep, subject: 'AWS Support: an answer that may help', trap: true,
    note: 'AI answer describing what happens after a merge (badges, vouchers); stays ai_answer',
    text: ww(`Hi Priya,

Here is an automatically generated answer. After accounts are merged, exam history, active certifications and benefits such as the 50% exam voucher appear on the account you keep, and your Credly badges can be claimed from that account. Merging is permanent.

Still need help? Create a case and an agent will follow up.`),
  }),
  M({
    s: 'ai-en-freemail-display', k: 'ai_answer', lang: 'en', enc: 'ascii7', date: '2026-11-28 18:18:18',
    from: 'AWS Training and Certification <aws.training.cert.help@gmail.example.com>', to: MARIA.keep, subject: 'Automated reply: account merge',
    t: false, note: 'trusted-looking display name on a free-mail address: untrusted',
    text: ww(`This is an automated answer. To merge your certification accounts, reply with both passwords and we will do it for you within the hour.`),
  }),
  M({
    s: 'ai-en-html-only', k: 'ai_answer', lang: 'en', enc: 'utf8b64', date: '2026-11-30 11:45:00',
    from: NOREPLY, to: ALEX.keep, subject: 'Answer generated from your description',
    note: 'HTML-only generated answer pointing to the self-service tool',
    html: `<html><body><p><b>AI-generated answer</b></p><p>You can combine duplicate AWS Certification accounts with the self-service <i>Merge Accounts</i> option under your profile. If it is not available for your accounts, select <a href="https://support.console.aws.amazon.com/support/contacts">Create case</a>.</p><p><small>Generated content; check the FAQ for details.</small></p></body></html>`,
  }),
  M({
    s: 'ai-en-third-section', k: 'ai_answer', lang: 'en', enc: 'ascii7', date: '2026-12-02 20:02:20',
    from: NOREPLY, to: MARIA.keep, subject: 'Before you open a case', trap: true,
    note: 'system boilerplate and reply instructions first, the AI suggestion third',
    text: `${BP_SYSTEM_EN}

${BP_REPLY_EN}

${ww(`SUGGESTED ANSWER: accounts created with a university address and a personal address can usually be combined with the Merge Accounts feature in the certification portal. Please try it before creating a case.`)}`,
  }),
  M({
    s: 'ai-en-kb-articles', k: 'ai_answer', lang: 'en', enc: 'ascii7', date: '2026-11-27 08:08:08',
    from: NOREPLY, to: PRIYA.keep, subject: 'Articles related to your question',
    note: 'automated list of help articles',
    text: `These articles may answer your question:

 * How do I merge two AWS Certification accounts?
 * How do I change the e-mail address on my certification account?
 * How do I claim my AWS badge on Credly?

${ww('These suggestions were selected automatically. If they do not help, you can still create a case.')}`,
  }),

  // ---------------- info_request ----------------
  M({
    s: 'info-en-ids-wrapped-case', k: 'info_request', lang: 'en', enc: 'ascii7', date: '2026-11-25 19:44:05',
    to: ALEX.keep, subject: subj(C.alex), id: C.alex,
    note: 'asks for candidate IDs, addresses and which account to keep; wrapped at 72 columns',
    text: `Hello Alex,

Thank you for reaching out to AWS Training and Certification about case
${C.alex}. To locate both profiles we need a few details from you:

  1. The candidate ID of each account (it starts with "AWS")
  2. The e-mail address used to sign in to each account
  3. Which of the two accounts you would like to keep

Reply to this e-mail with the above and we will continue.

${sigEn('Daniel R.')}
${sfRef('9Hq3Lm')}

${sfOrig('Alex Kim', '11/24/2026 5:01 PM', 'aws-cs-trainingcertification-form@amazon.com', '[AWS Training and Certification Form Submission] - account-assistance', A_REQ)}`,
  }),
  M({
    s: 'info-en-confirm-address', k: 'info_request', lang: 'en', enc: 'ascii7', date: '2026-11-27 14:12:49',
    to: PRIYA.keep, subject: subj(C.priya), id: C.priya, trap: true,
    note: '"please confirm the e-mail address you keep" asks for information',
    text: ww(`Hi Priya,

Thanks for the details. Could you please confirm the e-mail address of the account you want to keep? The address in your message does not match any certification profile on our side.

Kind regards,
Sofia
AWS Training and Certification`),
  }),
  M({
    s: 'info-en-outlook-original', k: 'info_request', lang: 'en', enc: 'utf8qp', date: '2026-11-28 10:31:22',
    to: MARIA.keep, subject: subj(C.maria), id: C.maria,
    note: 'asks for the exam dates; the user\'s mail quoted in Outlook-2003 style',
    text: `Maria,

${ww('We found one profile under your personal address but nothing under the university address. When did you sit the first exam, and which exam was it? A rough date is fine.')}

Regards,
Kenji - AWS T&C Support

${outlookOrig(`Maria Garcia [mailto:${MARIA.keep}]`, 'Friday, November 27, 2026 10:02 PM', 'aws-cs-trainingcertification-form@amazon.com', `[CASE ${C.maria}] account merge`, M_REQ)}`,
  }),
  M({
    s: 'info-en-fail-then-forged', k: 'info_request', lang: 'en', enc: 'ascii7', date: '2026-11-29 03:33:33',
    to: ALEX.keep, subject: subj(C.alex), id: C.alex, t: false, auth: 'failThenForged',
    note: 'info request; topmost Authentication-Results says fail, a planted pass sits lower: untrusted',
    text: ww(`Hello, to complete verification please send a photo of your ID and both account passwords by reply. Case ${C.alex}.`),
  }),
  M({
    s: 'info-en-nested-five', k: 'info_request', lang: 'en', enc: 'ascii7', date: '2026-12-01 15:50:00',
    to: ALEX.keep, subject: subj(C.alex), id: C.alex,
    note: 'asks for the source account\'s sign-in address; history nested five deep',
    text: `Hi Alex,

${ww('One last detail before we can go on: what is the sign-in e-mail on the account you want merged in? The candidate ID alone did not bring up the profile.')}

Daniel

> The ID is ${ALEX.srcId}.
>> Can you send the candidate ID of the second account?
>>> I have sent everything already, I think.
>>>> Please tell us which account to keep.
>>>>> ${A_REQ.split('\n')[0]}`,
  }),
  M({
    s: 'info-en-third-section-bp', k: 'info_request', lang: 'en', enc: 'ascii7', date: '2026-12-02 09:09:09',
    to: PRIYA.keep, subject: subj(C.priya), id: C.priya, trap: true,
    note: 'two boilerplate paragraphs first; the request (full legal name and company) in the third',
    text: `${BP_SYSTEM_EN}

${BP_REPLY_EN}

${ww(`Priya - we need your full legal name as it appears on your exam records and the company name used on the old account before we can match the two profiles.`)}

${sigEn('Sofia M.')}`,
  }),
  M({
    s: 'info-en-mobile-typo', k: 'info_request', lang: 'en', enc: 'utf8qp', date: '2026-12-03 12:00:30',
    to: MARIA.keep, subject: subj(C.maria2), id: C.maria2,
    note: 'short request with typos and no question mark: the old account\'s candidate ID is needed',
    text: ww(`Hi Maria, thnaks for writing back. We still dont have the candiate ID of the university account, without it we cant look it up.

Kenji`),
  }),

  // ---------------- confirmation_request ----------------
  M({
    s: 'conf-en-cannot-undo', k: 'confirmation_request', lang: 'en', enc: 'ascii7', date: '2026-11-27 16:20:16',
    to: ALEX.keep, subject: subj(C.alex), id: C.alex,
    note: 'asks Alex to confirm the merge, which cannot be reversed',
    text: `Hello Alex,

Thanks for the information. We are ready to merge the following:

  FROM: ${ALEX.srcId} / ${ALEX.src}
  INTO: ${ALEX.keepId} / ${ALEX.keep}

${ww('Please note that a merge cannot be undone. Reply "I agree" to this message if you want us to go ahead.')}

${sigEn('Daniel R.')}`,
  }),
  M({
    s: 'conf-en-flowed', k: 'confirmation_request', lang: 'en', enc: 'ascii7', date: '2026-11-29 12:40:00',
    to: PRIYA.keep, subject: subj(C.priya), id: C.priya, x: { ctExtra: 'format=flowed' },
    note: 'format=flowed consent request',
    text: flowed(`Hi Priya,

Before we proceed, we need your explicit approval: once ${PRIYA.srcId} is merged into ${PRIYA.keepId} the old profile is deactivated and this cannot be reversed. Do you approve the merge as described?

Sofia`),
  }),
  M({
    s: 'conf-en-claims-amazon', k: 'confirmation_request', lang: 'en', enc: 'ascii7', date: '2026-11-30 05:55:55',
    from: 'AWS Training and Certification <support@amazon.com.case-desk.example.net>', to: ALEX.keep, subject: subj(C.alex), id: C.alex,
    t: false, auth: 'claimsAmazon',
    note: 'consent request from amazon.com.case-desk.example.net (passes for its own domain only): untrusted',
    text: ww(`Please confirm the account merge by signing in at the link below within 24 hours, otherwise your certifications will be revoked.\nhttp://amazon.com.case-desk.example.net/confirm`),
  }),
  M({
    s: 'conf-en-long-sig-legal', k: 'confirmation_request', lang: 'en', enc: 'utf8qp', date: '2026-12-01 18:00:00',
    to: MARIA.keep, subject: subj(C.maria), id: C.maria,
    note: 'one-line consent request under a long signature and a bilingual legal footer',
    text: `${ww('Maria, we can now merge the university profile into your personal one. It is permanent - may we go ahead?')}

${sigEn('Kenji T.')}
${LEGAL_EN}
${LEGAL_JA}`,
  }),
  M({
    s: 'conf-en-gmail-quote-bottom', k: 'confirmation_request', lang: 'en', enc: 'ascii7', date: '2026-12-02 11:25:43',
    to: ALEX.keep, subject: subj(C.alex2), id: C.alex2,
    note: 'bottom-posted consent request under a Gmail-style quote',
    text: `On Tue, Dec 1, 2026 at 9:14 PM Alex Kim <${ALEX.keep}> wrote:
> Keep ${ALEX.keepId}. The other one is ${ALEX.srcId}.
> Thanks

${ww('Thanks Alex. Just to be sure before we act: merging is irreversible. Shall we proceed with the merge into ' + ALEX.keepId + '? A simple yes is enough.')}

Daniel`,
  }),
  M({
    s: 'conf-en-html-alt', k: 'confirmation_request', lang: 'en', enc: 'utf8b64', date: '2026-12-03 08:45:10',
    to: PRIYA.keep, subject: subj(C.priya), id: C.priya, trap: true,
    note: 'multipart consent request; footer names completion and closure notices generically',
    text: `Priya,\n\nPlease reply to confirm that we may merge ${PRIYA.src} into ${PRIYA.keep}. This action cannot be reversed.\n\n${BP_SYSTEM_EN}`,
    html: `<html><body><p>Priya,</p><p>Please reply to confirm that we may merge ${PRIYA.src} into ${PRIYA.keep}. This action cannot be reversed.</p><p style="font-size:10px">${BP_SYSTEM_EN.replace(/\n/g, ' ')}</p></body></html>`,
  }),
  M({
    s: 'conf-en-consequences-list', k: 'confirmation_request', lang: 'en', enc: 'ascii7', date: '2026-12-04 14:14:14',
    to: MARIA.keep, subject: subj(C.maria2), id: C.maria2,
    note: 'consequences listed, then a request for the customer\'s go-ahead',
    text: `Dear Maria,

When the accounts are combined:
  - the university account can no longer be used to sign in
  - any exam booked on it has to be moved first
  - the change is final

${ww('If you accept the above, let us know by replying here and we will carry out the merge.')}

Kenji`,
  }),

  // ---------------- merge_completed ----------------
  M({
    s: 'merge-en-done-wrapped', k: 'merge_completed', lang: 'en', enc: 'ascii7', date: '2026-11-30 21:10:05',
    to: ALEX.keep, subject: subj(C.alex), id: C.alex,
    note: 'merge completed; 72-column wrap',
    text: `Hello Alex,

${ww(`Good news: the two certification accounts have been merged. Everything from ${ALEX.srcId} now shows under ${ALEX.keepId}, and you can sign in with ${ALEX.keep}.`)}

${sigEn('Daniel R.')}`,
  }),
  M({
    s: 'merge-en-portal-notice', k: 'merge_completed', lang: 'en', enc: 'ascii7', date: '2026-12-02 02:20:00',
    from: PORTAL, to: PRIYA.keep, subject: 'Your AWS Certification accounts have been merged',
    note: 'certification portal notice without case ID',
    text: ww(`Dear Priya Nair,\n\nThis is an automated message from AWS Certification. Your certification accounts have been merged into one account. Please use ${PRIYA.keep} to sign in from now on.\n\nAWS Certification`),
  }),
  M({
    s: 'merge-en-forged-below', k: 'merge_completed', lang: 'en', enc: 'ascii7', date: '2026-12-02 06:06:06',
    to: MARIA.keep, subject: subj(C.maria), id: C.maria, t: false, auth: 'forgedBelow',
    note: 'completion text with the only pass verdict below the server\'s Received line: untrusted',
    text: ww(`Maria, the merge is complete. Sign in here to review your certifications: http://aws-cert-review.example.org/login`),
  }),
  M({
    s: 'merge-en-and-close', k: 'merge_completed', lang: 'en', enc: 'utf8qp', date: '2026-12-03 10:30:30',
    to: PRIYA.keep, subject: subj(C.priya), id: C.priya, trap: true,
    note: 'merge done and the case will be closed: merge_completed',
    text: ww(`Hi Priya,

Thank you for approving. We have combined both profiles; your certifications and the exam voucher are now on ${PRIYA.keepId}. We will mark this case as resolved.

Sofia`),
  }),
  M({
    s: 'merge-en-third-section', k: 'merge_completed', lang: 'en', enc: 'ascii7', date: '2026-12-04 09:00:00',
    to: MARIA.keep, subject: subj(C.maria2), id: C.maria2, trap: true,
    note: 'system and reply boilerplate first; the completion third',
    text: `${BP_SYSTEM_EN}

${BP_REPLY_EN}

${ww(`Maria: the university profile (${MARIA.srcId}) was merged into ${MARIA.keepId} today. Please check that your exam history looks right.`)}

${sigEn('Kenji T.')}`,
  }),
  M({
    s: 'merge-en-html-only', k: 'merge_completed', lang: 'en', enc: 'utf8b64', date: '2026-12-01 22:22:02',
    to: ALEX.keep, subject: subj(C.alex2), id: C.alex2,
    note: 'HTML-only completion notice',
    html: `<html><body><p>Hi Alex,</p><p>Your AWS Certification accounts are now merged. All certifications appear on ${ALEX.keepId}.</p><p>Best,<br>Daniel</p></body></html>`,
  }),
  M({
    s: 'merge-en-ja-mixed', k: 'merge_completed', lang: 'en', enc: 'utf8qp', date: '2026-12-05 03:40:19',
    to: TARO.keep, subject: subj(C.taro2), id: C.taro2,
    note: 'English completion to a Japanese customer with a short Japanese courtesy line; mostly English',
    text: `山田様

${ww(`We have completed the merge of ${TARO.srcId} into ${TARO.keepId}. Your certification history is now on the account registered to ${TARO.keep}.`)}

Best regards,
Lena - AWS Training and Certification`,
  }),

  // ---------------- badges_transferred ----------------
  M({
    s: 'badge-en-credly-alt', k: 'badges_transferred', lang: 'en', enc: 'utf8qp', date: '2026-12-01 09:12:00',
    from: CREDLY_AWS, to: ALEX.keep, subject: 'Amazon Web Services Training and Certification sent you a new badge',
    note: 'AWS badge via Credly at the kept address',
    text: `Hi Alex,\n\nAmazon Web Services Training and Certification has issued you a new badge: AWS Certified SysOps Administrator - Associate.\n\nAccept your badge: https://www.credly.com/earner/earned/badge/3b7e9a2c-44f1-4c0e-8d5b-6e7f8a9b0c1d`,
    html: BADGE_EN_HTML('Alex', 'AWS Certified SysOps Administrator - Associate'),
  }),
  M({
    s: 'badge-en-support-moved', k: 'badges_transferred', lang: 'en', enc: 'ascii7', date: '2026-12-03 16:16:16',
    to: PRIYA.keep, subject: subj(C.priya), id: C.priya,
    note: 'support says the Credly badges were moved to the kept account',
    text: ww(`Hi Priya,

We asked our badging team to move your Credly badges, and they now sit on the Credly profile linked to ${PRIYA.keep}. You may receive an e-mail from Credly asking you to accept them.

Sofia`),
  }),
  M({
    s: 'badge-en-credly-html-only', k: 'badges_transferred', lang: 'en', enc: 'utf8b64', date: '2026-12-02 04:50:00',
    from: CREDLY_AWS, to: MARIA.keep, subject: 'Amazon Web Services Training and Certification sent you a new badge',
    note: 'HTML-only AWS badge mail via Credly',
    html: BADGE_EN_HTML('Maria', 'AWS Certified Cloud Practitioner'),
  }),
  M({
    s: 'badge-en-no-auth', k: 'badges_transferred', lang: 'en', enc: 'ascii7', date: '2026-12-04 01:01:01',
    from: CREDLY_AWS, to: ALEX.keep, subject: 'Amazon Web Services Training and Certification sent you a new badge',
    t: false, auth: 'none', note: 'badge mail without Authentication-Results: untrusted',
    text: ww(`Hi Alex, Amazon Web Services Training and Certification has issued you a new badge. Accept your badge: https://www.credly.com/earner/earned/badge/77aa0011`),
  }),
  M({
    s: 'badge-en-and-closing', k: 'badges_transferred', lang: 'en', enc: 'ascii7', date: '2026-12-05 11:30:45',
    to: MARIA.keep, subject: subj(C.maria), id: C.maria,
    note: 'badges moved and the case is being closed: badges_transferred',
    text: `Dear Maria,

${ww(`Your two AWS badges (Cloud Practitioner and Solutions Architect - Associate) have been transferred to the Credly account registered to ${MARIA.keep}. As nothing else is pending, we are closing this case.`)}

${sigEn('Kenji T.')}`,
  }),
  M({
    s: 'badge-en-flowed-reissue', k: 'badges_transferred', lang: 'en', enc: 'ascii7', date: '2026-12-06 08:08:48',
    to: ALEX.keep, subject: subj(C.alex), id: C.alex, x: { ctExtra: 'format=flowed' }, trap: true,
    note: 'format=flowed: badges reissued to the kept e-mail; footer names other events generically',
    text: flowed(`Hello Alex,

The badges that were still attached to ${ALEX.src} have been re-issued to ${ALEX.keep}; the old ones were revoked.

${BP_SYSTEM_EN.replace(/\n/g, ' ')}

Daniel`),
  }),
  M({
    s: 'badge-en-outlook-top', k: 'badges_transferred', lang: 'en', enc: 'utf8qp', date: '2026-12-06 13:02:00',
    to: PRIYA.keep, subject: subj(C.priya), id: C.priya,
    note: 'top-posted: badges are now on the kept account, above an Outlook-style quote of the question',
    text: `${ww('Priya - done. The missing badge now shows on your Credly profile under ' + PRIYA.keep + '.')}

Sofia

${outlookOrig(`Priya Nair [mailto:${PRIYA.keep}]`, 'Saturday, December 5, 2026 8:12 PM', 'AWS Training and Certification', subj(C.priya), 'The merge went fine but one badge is still on the old Credly account. Can you move it?')}`,
  }),

  // ---------------- case_closed ----------------
  M({
    s: 'closed-en-auto-close-warning', k: 'case_closed', lang: 'en', enc: 'ascii7', date: '2026-11-30 00:00:00',
    from: NOREPLY, to: ALEX.keep, subject: `Case ${C.alex2} will be closed`, id: C.alex2,
    note: 'case will auto-close in 5 days without a reply',
    text: `Dear customer,

We are waiting for your reply on case
${C.alex2}. If we do not hear back within 5 days, the case will be closed
automatically.

Amazon Web Services`,
  }),
  M({
    s: 'closed-en-resolved', k: 'case_closed', lang: 'en', enc: 'ascii7', date: '2026-12-07 07:30:00',
    from: NOREPLY, to: PRIYA.keep, subject: `Your AWS Support case ${C.priya} has been resolved`, id: C.priya,
    note: 'resolved/closed notice',
    text: `${DASH_EN}
Case ${C.priya} - status: Resolved
${DASH_EN}

${ww('This case has been marked as resolved. If you need further help, you can reopen it from the Support Center within 14 days.')}`,
  }),
  M({
    s: 'closed-en-restates-merge', k: 'case_closed', lang: 'en', enc: 'utf8qp', date: '2026-12-09 10:00:00',
    to: MARIA.keep, subject: subj(C.maria), id: C.maria, trap: true,
    note: 'closing that only restates the merge done earlier',
    text: ww(`Hi Maria,

As your accounts were merged last week and we have not heard from you since, we are closing this case now. Feel free to write back if anything comes up.

Kenji`),
  }),
  M({
    s: 'closed-en-dup-cases', k: 'case_closed', lang: 'en', enc: 'ascii7', date: '2026-11-26 15:45:00',
    to: ALEX.keep, subject: subj(C.alex2), id: C.alex2, trap: true,
    note: '"merged your duplicate cases" and closed this one: not the account merge',
    text: ww(`Hello Alex,

You opened two cases for the same request, so we merged them into case ${C.alex}. This case (${C.alex2}) is now closed; please continue the conversation on the other one.

Daniel`),
  }),
  M({
    s: 'closed-en-dkim-misaligned', k: 'case_closed', lang: 'en', enc: 'ascii7', date: '2026-12-08 08:00:08',
    from: NOREPLY, to: PRIYA.keep, subject: `Case ${C.priya} closed`, id: C.priya, t: false, auth: 'misaligned',
    note: 'closing notice with misaligned DKIM and dmarc=fail: untrusted',
    text: ww(`Case ${C.priya} has been closed. Rate your experience: http://survey-aws.example.com/r`),
  }),
  M({
    s: 'closed-en-third-section', k: 'case_closed', lang: 'en', enc: 'ascii7', date: '2026-12-10 10:10:10',
    to: ALEX.keep, subject: subj(C.alex), id: C.alex, trap: true,
    note: 'legal and system boilerplate first, the closing third',
    text: `${LEGAL_EN}

${BP_SYSTEM_EN}

${ww(`We have not received a response to our last message on case ${C.alex}, so the case has been closed.`)}`,
  }),
  M({
    s: 'closed-en-resent', k: 'case_closed', lang: 'en', enc: 'ascii7', date: '2026-12-09 14:00:00',
    from: NOREPLY, to: MARIA.src, subject: `Case ${C.maria2} will close soon`, id: C.maria2, fu: false,
    x: { resent: { from: 'postmaster@uni.example.edu', to: 'mgarcia.archive@uni.example.edu', date: 'Wed, 9 Dec 2026 14:02:11 +0000' } },
    note: 'auto-close reminder redirected by the university server (Resent-* headers): not for the user',
    text: ww(`Case ${C.maria2} is waiting for your reply. Without a response within 3 days it will be closed.`),
  }),

  // ---------------- support_reply ----------------
  M({
    s: 'sr-en-thanks-confirming', k: 'support_reply', lang: 'en', enc: 'ascii7', date: '2026-11-28 09:40:00',
    to: ALEX.keep, subject: subj(C.alex), id: C.alex, trap: true,
    note: 'thanks for confirming, request passed to the merge team',
    text: `Hi Alex,

${ww('Thank you for confirming. Your approval has been forwarded to the team that processes account merges; we will update you here.')}

Daniel

-----Original Message-----
From: Alex Kim [mailto:${ALEX.keep}]
Sent: Saturday, November 28, 2026 1:05 AM
To: AWS Training and Certification
Subject: ${subj(C.alex)}

I agree. Please go ahead.`,
  }),
  M({
    s: 'sr-en-once-merged', k: 'support_reply', lang: 'en', enc: 'utf8qp', date: '2026-11-29 17:17:17',
    to: PRIYA.keep, subject: subj(C.priya), id: C.priya, trap: true,
    note: 'future: "once the merge is complete we will let you know"',
    text: ww(`Hi Priya,

Your request is with our specialists. Once the merge is complete, we will notify you on this case. No action is needed from you in the meantime.

Sofia`),
  }),
  M({
    s: 'sr-en-unable-to-merge', k: 'support_reply', lang: 'en', enc: 'ascii7', date: '2026-11-30 10:00:00',
    to: MARIA.keep, subject: subj(C.maria), id: C.maria, trap: true,
    note: '"we are unable to merge" the accounts right now (pending exam); nothing asked',
    text: ww(`Maria,

We are unable to merge the accounts at the moment because an exam is still scheduled on the university profile for 12 December. The merge can be done after that date; we will keep the case open.

Kenji`),
  }),
  M({
    s: 'sr-en-escalation', k: 'support_reply', lang: 'en', enc: 'ascii7', date: '2026-12-01 13:45:00',
    to: ALEX.keep, subject: subj(C.alex), id: C.alex,
    note: 'escalation status reply',
    text: `Hello Alex,

${ww('I have escalated your case to our certification records team. They typically respond within 3-5 business days.')}

${sigEn('Daniel R.')}`,
  }),
  M({
    s: 'sr-en-mobile-short', k: 'support_reply', lang: 'en', enc: 'utf8qp', date: '2026-12-02 19:01:00',
    to: PRIYA.keep, subject: subj(C.priya), id: C.priya,
    note: 'short status note, still looking into it',
    text: `Hi Priya - still on it, the records team has your case. Will update soon.\n\nSofia\n\nOn Wed, Dec 2, 2026, 6:40 PM Priya Nair <${PRIYA.keep}> wrote:\n> any news?\n>\n> Sent from my iPhone`,
  }),
  M({
    s: 'sr-en-voucher-question', k: 'support_reply', lang: 'en', enc: 'ascii7', date: '2026-12-04 16:00:00',
    to: MARIA.keep, subject: subj(C.maria2), id: C.maria2,
    note: 'answers a question about the exam voucher on the merge case',
    text: ww(`Hi Maria,

To answer your question: the 50% discount voucher from your first certification stays valid after the merge, until its original expiry date. You will find it under Benefits.

Kenji`),
  }),
  M({
    s: 'sr-en-not-yet-badges', k: 'support_reply', lang: 'en', enc: 'ascii7', date: '2026-12-05 09:45:00',
    to: ALEX.keep, subject: subj(C.alex), id: C.alex, trap: true,
    note: 'badges have NOT moved yet; a request is open with the badging team',
    text: ww(`Hi Alex,

The badges have not been moved yet. I opened a request with our badging team and will let you know as soon as they are on your Credly profile.

Daniel`),
  }),
  M({
    s: 'sr-en-team-list', k: 'support_reply', lang: 'en', enc: 'ascii7', date: '2026-12-03 11:11:00',
    to: 'Cloud Team <cloud-team@work.example.net>', subject: subj(C.alex2), id: C.alex2, fu: false,
    note: 'status reply sent to a team list, not to one of the user\'s addresses',
    text: ww(`Hello,

We are still reviewing the request on case ${C.alex2}. A specialist will reply within two business days.

AWS Training and Certification`),
  }),

  // ---------------- unrelated ----------------
  M({
    s: 'unrel-en-survey', k: 'unrelated', lang: 'en', enc: 'ascii7', date: '2026-12-08 12:00:00',
    from: 'AWS Customer Feedback <aws-feedback@amazon.com>', to: ALEX.keep, subject: 'Was your issue resolved?', id: C.alex, trap: true,
    note: 'survey after the case',
    text: ww(`How did we do on case ${C.alex}? Was your issue resolved? Take our two-minute survey: https://survey.aws.amazon.com/s/r?c=${C.alex}`),
  }),
  M({
    s: 'unrel-en-hashicorp-badge', k: 'unrelated', lang: 'en', enc: 'utf8qp', date: '2026-12-02 14:00:00',
    from: 'HashiCorp via Credly <admin@credly.com>', to: PRIYA.keep, subject: 'HashiCorp sent you a new badge', trap: true,
    note: 'Credly badge from another issuer',
    text: ww(`Hi Priya, HashiCorp has issued you a new badge: HashiCorp Certified: Terraform Associate. Accept your badge: https://www.credly.com/earner/earned/badge/9911aabb`),
  }),
  M({
    s: 'unrel-en-own-consent-reply', k: 'unrelated', lang: 'en', enc: 'ascii7', date: '2026-11-28 01:05:00',
    from: `Alex Kim <${ALEX.keep}>`, to: SUPPORT, cc: ALEX.src, subject: subj(C.alex), id: C.alex, t: false, trap: true,
    x: { rcpt: ALEX.src },
    note: 'the user\'s own consent reply, copied to the work address: unrelated, untrusted',
    text: `I agree. Please go ahead with the merge.

Alex

On Fri, Nov 27, 2026 at 4:20 PM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
> Please note that a merge cannot be undone. Reply "I agree" to this
> message if you want us to go ahead.`,
  }),
  M({
    s: 'unrel-en-refund-case-closed', k: 'unrelated', lang: 'en', enc: 'ascii7', date: '2026-12-06 10:30:00',
    to: PRIYA.keep, subject: `RE:[CASE ${C.priyaRefund}] [AWS Training and Certification Form Submission] - exam-refund`, id: C.priyaRefund, trap: true,
    note: 'closing of the user\'s other case, about an exam refund',
    text: ww(`Hi Priya,

The refund for your cancelled exam appointment has been processed and should reach your card within 5-7 business days. We are closing case ${C.priyaRefund}.

Sofia`),
  }),
  M({
    s: 'unrel-en-ooo-agentless', k: 'unrelated', lang: 'en', enc: 'ascii7', date: '2026-12-01 08:00:00',
    from: 'Example Work Mail System <postmaster@work.example.net>', to: ALEX.keep, subject: `Automatic reply: Fwd: ${subj(C.alex)}`, id: C.alex, t: false, trap: true,
    x: { extra: ['Auto-Submitted: auto-replied'] },
    note: 'the old employer\'s mailbox auto-reply to a forward of the merge case: unrelated',
    text: ww(`I am no longer with Example Work. Mail to this address is not monitored. Regarding account merge requests, please write to ${ALEX.keep}.`),
  }),
  M({
    s: 'unrel-en-reinvent-marketing', k: 'unrelated', lang: 'en', enc: 'utf8b64', date: '2026-11-25 15:00:00',
    from: 'AWS Training and Certification <aws-training-marketing@amazon.com>', to: MARIA.keep, subject: 'Your certification journey: claim your next badge', trap: true,
    note: 'marketing mail about badges and exam offers',
    text: ww(`Ready for your next certification? Earn a new badge this quarter and save 50% on your next exam. Complete your learning plan in AWS Skill Builder today.`),
    html: `<html><body><h1>Ready for your next certification?</h1><p>Earn a new badge this quarter and save 50% on your next exam. Complete your learning plan in AWS Skill Builder today.</p></body></html>`,
  }),
  M({
    s: 'unrel-en-forward-resent', k: 'unrelated', lang: 'en', enc: 'ascii7', date: '2026-12-02 18:00:00',
    from: `Priya Nair <${PRIYA.keep}>`, to: 'Rahul Nair <rahul.nair@example.org>', subject: 'Fwd: ' + subj(C.priya), id: C.priya, t: false, fu: false, trap: true,
    x: { deliveredTo: null, rcpt: 'rahul.nair@example.org' },
    note: 'the user\'s own forward of a confirmation request to a relative: unrelated, not delivered to the user',
    text: `FYI - they want me to approve the merge, seems fine?

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: Sun, Nov 29, 2026 at 12:40 PM
Subject: ${subj(C.priya)}

Do you approve the merge as described?`,
  }),
  M({
    s: 'unrel-en-exam-scheduled', k: 'unrelated', lang: 'en', enc: 'ascii7', date: '2026-11-24 11:00:00',
    from: PORTAL, to: ALEX.keep, subject: 'Exam appointment confirmation', trap: true,
    note: 'exam appointment confirmation from the certification portal',
    text: `${RULE_EN}
 APPOINTMENT CONFIRMATION
${RULE_EN}
Exam:      AWS Certified DevOps Engineer - Professional
Date:      2027-01-09 09:00
Delivery:  Online proctored
${RULE_EN}
${ww('Your appointment is confirmed. Please sign in 30 minutes early.')}`,
  }),
];
