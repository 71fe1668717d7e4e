// ej set, English messages. Voice: acct, cert, pls, FYI, ETA, w/, b/c, req'd, SR, mgd, xfer ...
import type { Msg } from './lib.js';
import { ALEX, C, CREDLY, FORM, FORM_BARE, NOREPLY, PORTAL, PRIYA, SAM, SUPPORT_AWS, formSubj, gmEn, mk, olEn, paras, q, ref, sf } from './common.js';

const ALEX_REQ = `Hi - need my 2 cert accts merged pls.
Keep: ${ALEX.keep} (${ALEX.keepId})
Merge from: ${ALEX.src} (${ALEX.srcId})
Thx, Alex`;

const SAM_REQ = `Hello,
I have two AWS Certification accounts (one from a contractor gig). Could you combine them? I'd like to keep ${SAM.keep}.
Regards,
Sam Okafor`;

export const EN: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'en-ack-noreply-short',
    kind: 'acknowledgement', lang: 'en', caseId: C.alex, trap: false,
    note: 'automatic receipt with case ID, shorthand',
    from: NOREPLY, to: ALEX.keep, subject: `AWS Support case ${C.alex} rcvd`, at: '2026-12-01 17:03:44', enc: 'ascii7',
    text: `We've rec'd your req.
Case ID: ${C.alex}
Type: Training & Certification / acct assistance

An agent will reply w/in approx 24h. Pls don't open a dup case re: the same issue - it delays things.

This is an automated msg. Amazon Web Services`,
  }),
  mk({
    slug: 'en-ack-form-ref',
    kind: 'acknowledgement', lang: 'en', caseId: C.priya, trap: false,
    note: 'form submission receipt with Salesforce ref tag',
    from: FORM, to: PRIYA.keep, subject: `[CASE ${C.priya}] [AWS Training and Certification Form Submission] - account-assistance`, at: '2026-12-02 04:10:00', enc: 'ascii7',
    text: `Case ${C.priya} logged.
Status: New
Queue: T&C CX - Certification

No action req'd. A member of our team will be in touch.
${ref('Pr88q')}`,
  }),
  mk({
    slug: 'en-ack-fullwritten-alt',
    kind: 'acknowledgement', lang: 'en', caseId: C.sam, trap: false,
    note: 'fully written-out receipt (contrast), multipart',
    from: FORM, to: SAM.keep, subject: `Thank you for contacting AWS Training and Certification [CASE ${C.sam}]`, at: '2026-12-03 12:00:09', enc: 'utf8qp',
    text: `Dear Customer,

Thank you for contacting AWS Training and Certification. This message confirms that we have received your inquiry and opened case ${C.sam}. A member of our customer service team will respond as soon as possible, usually within one business day.

To help us serve you efficiently, please do not submit another request about the same matter.

Kind regards,
AWS Training and Certification Customer Service`,
    html: paras(`Dear Customer,

Thank you for contacting AWS Training and Certification. This message confirms that we have received your inquiry and opened case ${C.sam}. A member of our customer service team will respond as soon as possible, usually within one business day.

To help us serve you efficiently, please do not submit another request about the same matter.

Kind regards,
AWS Training and Certification Customer Service`),
  }),
  mk({
    slug: 'en-ack-sr-logged',
    kind: 'acknowledgement', lang: 'en', caseId: C.alex, trap: false,
    note: 'support-system receipt: SR# logged',
    from: SUPPORT_AWS, to: ALEX.keep, subject: `Ack: SR# ${C.alex} opened`, at: '2026-12-01 17:04:02', enc: 'utf8qp',
    text: `Ack - your SR# ${C.alex} has been logged. Sev: general guidance.
Reply to this email to add info. FYI: replies from a different addr may not thread.
-- AWS Support (auto)`,
  }),
  mk({
    slug: 'en-ack-forged-gmail',
    kind: 'acknowledgement', lang: 'en', caseId: C.sam, trap: false,
    note: 'receipt sent from a free-mail address using AWS display name: untrusted',
    from: 'AWS Support <aws.support.desk2026@gmail.com>', to: SAM.keep, subject: `Case ${C.sam} received - action req'd`, at: '2026-12-03 13:30:00', enc: 'ascii7', auth: 'none',
    relay: 'mail-sor-f41.google.com',
    text: `Your case ${C.sam} has been rcvd. To keep it open pls verify your acct w/in 12h:
http://aws-verify-desk.example.com/login
AWS Support`,
  }),
  mk({
    slug: 'en-ack-bare-dup',
    kind: 'acknowledgement', lang: 'en', caseId: C.samDup, trap: false,
    note: 'bare receipt of a second case number, no topic stated',
    from: FORM, to: SAM.keep, subject: `[CASE ${C.samDup}] received`, at: '2026-12-03 12:40:22', enc: 'ascii7', crlf: false,
    text: `SR ${C.samDup} opened. We'll be in touch.
(auto-generated, pls do not reply to this msg)`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'en-ai-selfservice',
    kind: 'ai_answer', lang: 'en', caseId: null, trap: false,
    note: 'automated answer: try the self-service Merge Accounts tool',
    from: NOREPLY, to: ALEX.keep, subject: 'Automated answer to your question', at: '2026-12-01 16:58:12', enc: 'ascii7',
    text: `Automated answer (AI-generated - may contain errors):

To merge 2 cert accts, try the self-service tool first: Certification acct > Profile > Merge Accounts.
N.B. if both accts have cert history the tool won't work -> choose "Create case".

Did this answer your q? If not, continue to create a case.`,
  }),
  mk({
    slug: 'en-ai-after-merge',
    kind: 'ai_answer', lang: 'en', caseId: null, trap: true,
    note: 'AI answer explaining what happens after a merge (badges re-claim); still ai_answer',
    from: NOREPLY, to: PRIYA.keep, subject: 'Your AI-generated response', at: '2026-12-02 04:02:00', enc: 'utf8qp',
    text: `This response was generated by AI.

Once accts are mgd, certs + exam history from the src acct show on the kept acct, and vouchers carry over. Credly badges may need to be re-claimed w/ the kept email — merge first, then claim on Credly.

Merging can't be undone. Try the Merge Accounts tool; if it errors, create a case.`,
  }),
  mk({
    slug: 'en-ai-html-only',
    kind: 'ai_answer', lang: 'en', caseId: null, trap: false,
    note: 'HTML-only generated answer with a numbered how-to',
    from: NOREPLY, to: SAM.keep, subject: 'Here is a suggested answer', at: '2026-12-03 11:51:30', enc: 'utf8b64',
    html: `<html><body><p><i>Generated by AI</i></p><p>Combine accts via self-service:</p><ol><li>Sign in to your AWS Certification acct</li><li>Profile &rarr; Merge Accounts</li><li>Enter the other acct's login</li></ol><p>Still stuck? Select <b>Create case</b>.</p></body></html>`,
  }),
  mk({
    slug: 'en-ai-faqbot',
    kind: 'ai_answer', lang: 'en', caseId: null, trap: false,
    note: 'FAQ bot bullets pointing to the tool',
    from: NOREPLY, to: ALEX.src, rcpt: ALEX.src, subject: 'FAQ bot: merging certification accounts', at: '2026-11-28 09:00:00', enc: 'ascii7',
    text: `[bot] Top match: "Can I merge my AWS Certification accts?"
- Yes, usually via Merge Accounts (self-service)
- Tool n/a when both accts hold certs -> support case
- Keep the acct w/ the email you'll use long-term
Was this helpful? Y / N`,
  }),
  mk({
    slug: 'en-ai-prep-list',
    kind: 'ai_answer', lang: 'en', caseId: null, trap: true,
    note: 'automated list of details to prepare; reads like an info request but is the AI answer',
    from: NOREPLY, to: SAM.keep, subject: 'Suggested answer: before you create a case', at: '2026-12-03 11:55:40', enc: 'utf8qp',
    text: `AI suggestion - info you'll need if the tool fails:
- cand. IDs (AWS########) for both accts
- login email + aws.training notif. email
- which acct to keep
- cert names / pass dates
Then hit "Create case". (Automated, not reviewed by an agent.)`,
  }),
  mk({
    slug: 'en-ai-dkim',
    kind: 'ai_answer', lang: 'en', caseId: null, trap: false,
    note: 'short AI answer, aligned DKIM only',
    from: NOREPLY, to: PRIYA.keep, subject: 'AI answer', at: '2026-12-02 03:59:00', enc: 'ascii7', auth: 'dkimonly',
    text: `AI answer: use Merge Accounts in your cert profile. If both accts have certs, open a case. FYI merges are final.`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'en-info-pls-provide',
    kind: 'info_request', lang: 'en', caseId: C.alex, trap: false,
    note: 'asks for both candidate IDs, login emails and which acct to keep',
    from: FORM, to: ALEX.keep, subject: formSubj(C.alex), at: '2026-12-02 14:30:00', enc: 'ascii7',
    text: `Hi Alex,

Thx for reaching out. To proceed pls provide:
- cand. ID for both accts
- login email for each
- which acct you want to keep

TIA,
Rahul | AWS T&C CX
${ref('Ax31z')}

${sf(ALEX.keep, '12/1/2026 5:03 PM', FORM_BARE, '[AWS Training and Certification Form Submission] - account-assistance', ALEX_REQ)}`,
  }),
  mk({
    slug: 'en-info-confirm-addr',
    kind: 'info_request', lang: 'en', caseId: C.priya, trap: true,
    note: '"pls confirm the email you keep" asks for information, not consent',
    from: FORM, to: PRIYA.keep, subject: formSubj(C.priya), at: '2026-12-03 08:00:00', enc: 'utf8qp',
    text: `Hi Priya,
Pls confirm the email addr you'd like to keep (${PRIYA.keep}?). We also couldn't find the old acct under ${PRIYA.src} - was a diff. email used for aws.training?
Jess M.
AWS Training & Certification`,
  }),
  mk({
    slug: 'en-info-toppost-gmail',
    kind: 'info_request', lang: 'en', caseId: C.sam, trap: false,
    note: 'top-posted ask for the src acct candidate ID above a Gmail quote',
    from: FORM, to: SAM.keep, subject: formSubj(C.sam), at: '2026-12-04 10:10:10', enc: 'ascii7',
    text: `Sam - need the cand. ID of the src acct, couldn't locate it w/ the email given. It's on your cert PDF / score report.
Diego (AWS T&C CX)

${gmEn('Thu, Dec 3, 2026 at 7:40 PM', `Sam Okafor <${SAM.keep}>`, `The other one is ${SAM.src}. Keep ${SAM.keep} pls.`)}`,
  }),
  mk({
    slug: 'en-info-outlook-sb',
    kind: 'info_request', lang: 'en', caseId: C.alex, trap: false,
    note: "re: SR - also needs the Skill Builder email; bottom of an Outlook quote",
    from: FORM, to: ALEX.keep, subject: formSubj(C.alex), at: '2026-12-03 09:45:00', enc: 'utf8b64',
    text: `Hi Alex, re: your SR - got the IDs, ty. One more thing req'd: the Skill Builder login email for ${ALEX.srcId} (it differs from the cert email on file). Pls reply w/ it.
Rahul

${olEn(`Alex Kim <${ALEX.keep}>`, 'Wednesday, December 2, 2026 6:12 PM', FORM_BARE, formSubj(C.alex), `${ALEX.keepId} keep / ${ALEX.srcId} merge. Logins as in my first msg.`)}`,
  }),
  mk({
    slug: 'en-info-forged-lookalike',
    kind: 'info_request', lang: 'en', caseId: C.alex, trap: false,
    note: 'look-alike domain asks for login and password: untrusted',
    from: 'AWS T&C Support <cases@amazon-support.co>', to: ALEX.keep, subject: formSubj(C.alex), at: '2026-12-02 22:00:00', enc: 'ascii7', auth: 'fail',
    text: `Hi Alex, to xfer your certs pls reply w/ the login + password for both accts asap. Req'd for verification.
AWS T&C Support`,
  }),
  mk({
    slug: 'en-info-oldjob-notforuser',
    kind: 'info_request', lang: 'en', caseId: C.priya, trap: false,
    note: "asks the old-job address (not the user's) for the candidate ID; not delivered to the user",
    from: FORM, to: PRIYA.src, subject: formSubj(C.priya), at: '2026-12-03 07:55:00', enc: 'ascii7',
    text: `Hi, pls send the cand. ID + full name on this acct so we can match it for the merge req.
AWS T&C CX`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'en-conf-iagree',
    kind: 'confirmation_request', lang: 'en', caseId: C.alex, trap: false,
    note: "asks to reply 'I agree'; merge is irreversible",
    from: FORM, to: ALEX.keep, subject: formSubj(C.alex), at: '2026-12-04 11:00:00', enc: 'ascii7',
    text: `Hi Alex,
Before we proceed: the merge is permanent (can't be undone). ${ALEX.srcId} -> ${ALEX.keepId}.
Reply "I agree" to conf. & we'll action it.
Rahul`,
  }),
  mk({
    slug: 'en-conf-formal',
    kind: 'confirmation_request', lang: 'en', caseId: C.priya, trap: false,
    note: 'fully written-out consent request (contrast)',
    from: FORM, to: PRIYA.keep, subject: formSubj(C.priya), at: '2026-12-04 08:20:00', enc: 'utf8qp',
    text: `Dear Priya,

Thank you for the information you provided. We have located both of your AWS Certification accounts.

Before we combine them, please note that this action is permanent and cannot be reversed. All certifications, exam history and benefits from account ${PRIYA.srcId} will be moved to account ${PRIYA.keepId}, and the former will be deactivated.

Please reply to this message stating that you authorize us to proceed.

Sincerely,
Jess Morgan
AWS Training and Certification Customer Service`,
  }),
  mk({
    slug: 'en-conf-shorthand',
    kind: 'confirmation_request', lang: 'en', caseId: C.sam, trap: false,
    note: "shorthand: pls conf. you're OK w/ merging; N.B. irreversible",
    from: FORM, to: SAM.keep, subject: formSubj(C.sam), at: '2026-12-05 09:00:00', enc: 'ascii7',
    text: `Sam,
Pls conf. you're OK w/ merging ${SAM.srcId} into ${SAM.keepId}. N.B. irreversible.
Diego`,
  }),
  mk({
    slug: 'en-conf-html-alt',
    kind: 'confirmation_request', lang: 'en', caseId: C.alex, trap: false,
    note: 'multipart consent ask with a summary table',
    from: FORM, to: ALEX.keep, subject: formSubj(C.alex), at: '2026-12-04 11:02:00', enc: 'utf8b64',
    text: `Alex - summary below. Reply YES to auth the merge (no undo).
Keep: ${ALEX.keepId} | Merge: ${ALEX.srcId}
Rahul`,
    html: `<p>Alex - summary below. Reply <b>YES</b> to auth the merge (no undo).</p><table border="1"><tr><td>Keep</td><td>${ALEX.keepId}</td></tr><tr><td>Merge</td><td>${ALEX.srcId}</td></tr></table><p>Rahul</p>`,
  }),
  mk({
    slug: 'en-conf-dkim-mobilequote',
    kind: 'confirmation_request', lang: 'en', caseId: C.priya, trap: false,
    note: 'consent ask above a quoted mobile reply; aligned DKIM only',
    from: FORM, to: PRIYA.keep, subject: formSubj(C.priya), at: '2026-12-04 08:30:00', enc: 'ascii7', auth: 'dkimonly',
    text: `Priya, found it under the other email, ty. Last step: ok to merge? Once done it can't be reversed - a quick "yes, proceed" is enough.
Jess

> Sent from my iPhone
> The old one was priya.nair.work@example.net, sorry!`,
  }),
  mk({
    slug: 'en-conf-forged-below',
    kind: 'confirmation_request', lang: 'en', caseId: C.sam, trap: false,
    note: 'consent ask whose pass verdict sits below the server Received line: untrusted',
    from: FORM, to: SAM.keep, subject: formSubj(C.sam), at: '2026-12-05 01:00:00', enc: 'ascii7', auth: 'forgedBelow',
    relay: 'relay.bulkmailer.example.net',
    text: `Sam, conf. the merge by signing in here w/in 24h: http://aws-merge-confirm.example.net/${C.sam}
AWS T&C`,
  }),

  // ---------------- merge_completed ----------------
  mk({
    slug: 'en-merge-mgd-check',
    kind: 'merge_completed', lang: 'en', caseId: C.alex, trap: false,
    note: "accts mgd; pls check & lmk: still merge_completed",
    from: FORM, to: ALEX.keep, subject: formSubj(C.alex), at: '2026-12-05 07:15:00', enc: 'ascii7',
    text: `Hi Alex,
Accts mgd. All certs now under ${ALEX.keepId}. Pls check & lmk if anything's off (voucher, exam history).
Rahul

${q(`I agree.
Alex`)}`,
  }),
  mk({
    slug: 'en-merge-portal',
    kind: 'merge_completed', lang: 'en', caseId: null, trap: false,
    note: 'certification portal notice: accounts have been merged (no case ID)',
    from: PORTAL, to: PRIYA.keep, subject: 'Your AWS Certification accounts have been merged', at: '2026-12-05 03:00:00', enc: 'utf8qp',
    text: `Hello Priya Nair,

Your AWS Certification accounts have been merged. Certifications and exam history from the secondary account now appear under candidate ID ${PRIYA.keepId}.

Sign in: https://www.aws.training/Certification

AWS Certification`,
  }),
  mk({
    slug: 'en-merge-done-closing',
    kind: 'merge_completed', lang: 'en', caseId: C.sam, trap: false,
    note: 'merge done and the case will be closed',
    from: FORM, to: SAM.keep, subject: formSubj(C.sam), at: '2026-12-06 10:00:00', enc: 'utf8b64',
    text: `Sam - merge done (${SAM.srcId} -> ${SAM.keepId}). I'll close this SR now; reply if you need anything else.
Diego`,
  }),
  mk({
    slug: 'en-merge-statuslines',
    kind: 'merge_completed', lang: 'en', caseId: C.priya, trap: false,
    note: 'status lines: merge DONE, certs xferred',
    from: FORM, to: PRIYA.keep, subject: formSubj(C.priya), at: '2026-12-05 02:40:00', enc: 'ascii7', crlf: false,
    text: `Priya,
Status:
- acct merge ......... DONE
- certs xferred ...... DONE
- voucher ............ xferred
- Credly ............. N/A (claim w/ kept email)
Jess`,
  }),
  mk({
    slug: 'en-merge-forged-fail',
    kind: 'merge_completed', lang: 'en', caseId: C.alex, trap: false,
    note: 'completion notice with dmarc=fail on top: untrusted',
    from: FORM, to: ALEX.keep, subject: formSubj(C.alex), at: '2026-12-05 00:30:00', enc: 'ascii7', auth: 'fail',
    relay: 'smtp.cheap-relay.example.com',
    text: `Alex, your accts have been merged. Pls re-enter your payment details to keep your cert active: http://cert-billing.example.com`,
  }),
  mk({
    slug: 'en-merge-formal',
    kind: 'merge_completed', lang: 'en', caseId: C.priya, trap: false,
    note: 'fully written-out completion notice (contrast)',
    from: FORM, to: PRIYA.keep, subject: formSubj(C.priya), at: '2026-12-05 02:35:00', enc: 'utf8qp',
    text: `Dear Priya,

I am pleased to let you know that we have successfully merged your two AWS Certification accounts. Your certifications, exam history and benefits are now associated with candidate ID ${PRIYA.keepId}, and the account registered with the other address has been retired.

Please sign in and review your profile at your convenience.

Best regards,
Jess Morgan`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'en-badge-credly-accept',
    kind: 'badges_transferred', lang: 'en', caseId: null, trap: false,
    note: 'AWS badge via Credly: Accept your badge',
    from: CREDLY, to: ALEX.keep, subject: 'Amazon Web Services Training and Certification sent you a new badge', at: '2026-12-06 15:00:00', enc: 'utf8qp',
    text: `Hi Alex,
Amazon Web Services Training and Certification has issued you the "AWS Certified Solutions Architect - Associate" badge.
Accept your badge: https://www.credly.com/earner/earned/badge/aa71bc03
Credly`,
    html: paras(`Hi Alex,

Amazon Web Services Training and Certification has issued you the "AWS Certified Solutions Architect - Associate" badge.

Accept your badge: https://www.credly.com/earner/earned/badge/aa71bc03

Credly`),
  }),
  mk({
    slug: 'en-badge-credly-html',
    kind: 'badges_transferred', lang: 'en', caseId: null, trap: false,
    note: 'HTML-only AWS badge from Credly',
    from: CREDLY, to: PRIYA.keep, subject: 'Your AWS Certified Developer - Associate badge is ready', at: '2026-12-06 12:00:00', enc: 'utf8b64',
    html: `<html><body><p>Congrats, Priya!</p><p>Amazon Web Services Training and Certification issued you <b>AWS Certified Developer - Associate</b>.</p><p><a href="https://www.credly.com/earner/earned/badge/7d0e11aa">Accept your badge</a></p></body></html>`,
  }),
  mk({
    slug: 'en-badge-support-closing',
    kind: 'badges_transferred', lang: 'en', caseId: C.alex, trap: false,
    note: 'support: badges xferred to kept acct on Credly; closing',
    from: FORM, to: ALEX.keep, subject: formSubj(C.alex), at: '2026-12-07 09:00:00', enc: 'ascii7',
    text: `Hi Alex,
Badges xferred to the kept acct on Credly (3 total). Closing this SR - reply to reopen.
Rahul`,
  }),
  mk({
    slug: 'en-badge-support-fyi',
    kind: 'badges_transferred', lang: 'en', caseId: C.sam, trap: false,
    note: 'support FYI: Credly badges now moved',
    from: FORM, to: SAM.keep, subject: formSubj(C.sam), at: '2026-12-07 14:00:00', enc: 'utf8qp',
    text: `FYI Sam - your Credly badges have now been moved to ${SAM.keep}. Pls check your Credly wallet.
Diego

${sf(`Sam Okafor <${SAM.keep}>`, '12/6/2026 8:00 PM', FORM_BARE, formSubj(C.sam), 'Certs look good but my badges are still on the old Credly acct?')}`,
  }),
  mk({
    slug: 'en-badge-forged-credly',
    kind: 'badges_transferred', lang: 'en', caseId: null, trap: false,
    note: 'badge mail from credly.com.example.net look-alike: untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly.com.example.net>', to: SAM.keep, subject: 'Amazon Web Services Training and Certification sent you a new badge', at: '2026-12-07 02:00:00', enc: 'ascii7', auth: 'lookalikeServer',
    text: `Sam, AWS issued you "AWS Certified Cloud Practitioner". Accept your badge: http://credly.com.example.net/accept`,
  }),
  mk({
    slug: 'en-badge-credly-dkim',
    kind: 'badges_transferred', lang: 'en', caseId: null, trap: false,
    note: 'AWS badge via Credly, aligned DKIM only',
    from: CREDLY, to: SAM.keep, subject: 'Amazon Web Services Training and Certification sent you a new badge', at: '2026-12-07 15:00:00', enc: 'ascii7', auth: 'dkimonly',
    text: `Sam, you've earned "AWS Certified Security - Specialty" from Amazon Web Services Training and Certification.
Accept your badge: https://www.credly.com/earner/earned/badge/0c3d99e2`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'en-closed-autoclose',
    kind: 'case_closed', lang: 'en', caseId: C.samDup, trap: false,
    note: 'will auto-close in 3 days w/o reply',
    from: FORM, to: SAM.keep, subject: formSubj(C.samDup), at: '2026-12-06 09:00:00', enc: 'ascii7',
    text: `SR ${C.samDup} will auto-close in 3 days w/o a reply from you.
AWS T&C CX`,
  }),
  mk({
    slug: 'en-closed-restate-merge',
    kind: 'case_closed', lang: 'en', caseId: C.priya, trap: true,
    note: 'closing that only restates the earlier merge',
    from: FORM, to: PRIYA.keep, subject: formSubj(C.priya), at: '2026-12-12 10:00:00', enc: 'ascii7',
    text: `Priya - closing as resolved. Accts were mgd on 12/5 as noted. Reply to reopen if req'd.
Jess`,
  }),
  mk({
    slug: 'en-closed-resolved-noreply',
    kind: 'case_closed', lang: 'en', caseId: C.alex, trap: false,
    note: 'system notice: case resolved',
    from: NOREPLY, to: ALEX.keep, subject: `Case ${C.alex} resolved`, at: '2026-12-07 09:05:00', enc: 'utf8qp',
    text: `Your case ${C.alex} has been resolved and closed.
If you need more help, reply via the Support Center to reopen.
Amazon Web Services`,
  }),
  mk({
    slug: 'en-closed-noresp',
    kind: 'case_closed', lang: 'en', caseId: C.alexOld, trap: false,
    note: "no resp rec'd, closing",
    from: FORM, to: ALEX.src, rcpt: ALEX.src, subject: formSubj(C.alexOld), at: '2026-11-30 09:00:00', enc: 'ascii7',
    text: `No resp rec'd since our last msg -> closing this case. Reply to reopen.
AWS T&C CX`,
  }),
  mk({
    slug: 'en-closed-forged-lookalikeserver',
    kind: 'case_closed', lang: 'en', caseId: C.sam, trap: false,
    note: 'closing notice whose auth header comes from a look-alike authserv-id: untrusted',
    from: FORM, to: SAM.keep, subject: formSubj(C.sam), at: '2026-12-08 03:00:00', enc: 'ascii7', auth: 'lookalikeServer',
    text: `Case closed. To reopen pls sign in: http://aws-case-reopen.example.com`,
  }),
  mk({
    slug: 'en-closed-formal',
    kind: 'case_closed', lang: 'en', caseId: C.sam, trap: false,
    note: 'fully written-out closing notice (contrast)',
    from: FORM, to: SAM.keep, subject: formSubj(C.sam), at: '2026-12-09 10:00:00', enc: 'utf8qp',
    text: `Dear Sam,

This is to let you know that your case has now been closed. If you have any further questions, you are welcome to reply to this email and the case will be reopened.

Thank you for choosing AWS Training and Certification.

Kind regards,
Customer Service`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'en-sr-notyet',
    kind: 'support_reply', lang: 'en', caseId: C.sam, trap: true,
    note: 'negated: merge not done yet, escalated, ETA TBD',
    from: FORM, to: SAM.keep, subject: formSubj(C.sam), at: '2026-12-05 18:00:00', enc: 'ascii7',
    text: `Sam, merge not done yet - escalated to the backend team, ETA TBD. Will update asap.
Diego`,
  }),
  mk({
    slug: 'en-sr-thx-conf',
    kind: 'support_reply', lang: 'en', caseId: C.alex, trap: true,
    note: 'thanks for confirming, passed to the team',
    from: FORM, to: ALEX.keep, subject: formSubj(C.alex), at: '2026-12-04 13:00:00', enc: 'ascii7',
    text: `Thx for conf., Alex. Passed to the team; they'll action it w/in approx 1-3 biz days.
Rahul

> I agree.`,
  }),
  mk({
    slug: 'en-sr-dupcases',
    kind: 'support_reply', lang: 'en', caseId: C.sam, trap: true,
    note: 'merged duplicate cases, not accounts',
    from: FORM, to: SAM.keep, subject: formSubj(C.sam), at: '2026-12-03 16:00:00', enc: 'utf8qp',
    text: `Hi Sam, FYI we merged your duplicate cases (${C.samDup} into ${C.sam}). Pls use this thread going fwd.
Diego`,
  }),
  mk({
    slug: 'en-sr-once-mgd',
    kind: 'support_reply', lang: 'en', caseId: C.priya, trap: true,
    note: "future: once mgd we'll let you know",
    from: FORM, to: PRIYA.keep, subject: formSubj(C.priya), at: '2026-12-04 10:00:00', enc: 'ascii7',
    text: `Rec'd your OK, ty. Once mgd we'll let you know - approx 3-5 biz days.
Jess`,
  }),
  mk({
    slug: 'en-sr-writefromkeep',
    kind: 'support_reply', lang: 'en', caseId: C.alex, trap: true,
    note: 'write to us from the addr you keep, no data asked',
    from: FORM, to: ALEX.src, rcpt: ALEX.src, subject: formSubj(C.alex), at: '2026-12-02 09:00:00', enc: 'ascii7',
    text: `Hi, b/c of privacy rules pls write to us from the addr you're keeping; we'll continue there.
Rahul`,
  }),
  mk({
    slug: 'en-sr-unable-exam',
    kind: 'support_reply', lang: 'en', caseId: C.priya, trap: true,
    note: 'unable to merge now (exam scheduled); nothing asked',
    from: FORM, to: PRIYA.keep, subject: formSubj(C.priya), at: '2026-12-03 15:00:00', enc: 'utf8b64',
    text: `Priya - we're unable to merge while an exam is scheduled on the src acct (12/18). We'll revisit after the exam.
Jess`,
  }),
  mk({
    slug: 'en-sr-wip',
    kind: 'support_reply', lang: 'en', caseId: C.alex, trap: false,
    note: 'status: still WIP, sorry for the delay',
    from: FORM, to: ALEX.keep, subject: formSubj(C.alex), at: '2026-12-04 20:00:00', enc: 'ascii7', crlf: false,
    text: `Still WIP on our end, sorry for the delay. Will update EOD tmrw.
Rahul`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'en-un-survey',
    kind: 'unrelated', lang: 'en', caseId: C.alex, trap: true,
    note: 'survey: was your issue resolved?',
    from: 'AWS Training and Certification <no-reply-survey@amazon.com>', to: ALEX.keep, subject: 'How did we do? Quick 1-min survey', at: '2026-12-08 10:00:00', enc: 'utf8qp',
    text: `Re: case ${C.alex}
Was your issue resolved? Y / N
Rate your CX: https://survey.aws.example/s/${C.alex}`,
  }),
  mk({
    slug: 'en-un-credly-hashicorp',
    kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'Credly badge from HashiCorp, not AWS',
    from: 'HashiCorp via Credly <admin@credly.com>', to: SAM.keep, subject: 'HashiCorp sent you a new badge', at: '2026-12-06 11:00:00', enc: 'ascii7',
    text: `Sam, HashiCorp issued you "Terraform Associate (003)". Accept your badge: https://www.credly.com/earner/earned/badge/hc0042`,
  }),
  mk({
    slug: 'en-un-credly-mergecode',
    kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: "Credly's own account-merge code mail",
    from: 'Credly <admin@credly.com>', to: PRIYA.keep, subject: 'Complete account merge', at: '2026-12-06 09:00:00', enc: 'ascii7',
    text: `Your code to complete the merge of your Credly accts: 482913
Enter it on the merge page. Didn't req this? Ignore this email.`,
  }),
  mk({
    slug: 'en-un-own-followup',
    kind: 'unrelated', lang: 'en', caseId: C.sam, trap: true,
    note: "the user's own follow-up (cc to self), no news from support",
    from: `Sam Okafor <${SAM.keep}>`, to: FORM, cc: SAM.keep, subject: formSubj(C.sam), at: '2026-12-05 20:00:00', enc: 'ascii7', auth: 'none',
    relay: 'smtp.example.com',
    text: `Hi Diego, conf'd - pls merge asap, I have an exam req'ing the voucher next wk. Thx!
Sam

${gmEn('Sat, Dec 5, 2026 at 9:00 AM', `AWS Training and Certification <${FORM_BARE}>`, `Pls conf. you're OK w/ merging ${SAM.srcId} into ${SAM.keepId}. N.B. irreversible.`)}`,
  }),
  mk({
    slug: 'en-un-colleague-fyi',
    kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: "colleague's FYI about their own merge",
    from: 'Jordan Lee <jordan.lee@work.example.net>', to: ALEX.src, subject: 'FYI cert acct merge', at: '2026-12-02 12:00:00', enc: 'ascii7', auth: 'none',
    relay: 'smtp.work.example.net',
    text: `Alex - FYI my certs got mgd last month, took ~3 days. Badges didn't xfer on their own, had to ping support on the same case. HTH`,
  }),
  mk({
    slug: 'en-un-agent-ooo',
    kind: 'unrelated', lang: 'en', caseId: C.alex, trap: false,
    note: "agent's out-of-office auto-reply on the case thread",
    from: 'Rahul S <rahuls@amazon.com>', to: ALEX.keep, subject: 'Automatic reply: ' + formSubj(C.alex), at: '2026-12-04 13:05:00', enc: 'ascii7',
    extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    text: `I'm OOO until 12/7 w/ limited access to email. For urgent matters pls reply to the case address.`,
  }),
  mk({
    slug: 'en-un-othercase-refund',
    kind: 'unrelated', lang: 'en', caseId: C.refund, trap: true,
    note: "user's other case: voucher refund processed and closed",
    from: FORM, to: ALEX.keep, subject: `RE:[CASE ${C.refund}] Refund req - exam voucher`, at: '2026-11-29 10:00:00', enc: 'ascii7',
    text: `Hi Alex, your refund for the exam voucher has been processed (5-7 biz days to post). Closing this case.
AWS T&C CX`,
  }),
  mk({
    slug: 'en-un-reinvent-resent',
    kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'event registration confirmation, redirected (Resent-*): not for the user',
    from: 'AWS re:Invent <reinvent@aws.amazon.com>', to: ALEX.src, subject: 'You are registered: AWS re:Invent', at: '2026-11-20 18:00:00', enc: 'utf8qp',
    resent: { from: 'mailer-daemon@work.example.net', to: 'events-team@work.example.net', date: 'Fri, 20 Nov 2026 18:05:00 +0000' },
    text: `Registration confirmed. Your badge pickup QR code is attached to your attendee portal. Certified? Visit the AWS Certification Lounge.`,
  }),
];
