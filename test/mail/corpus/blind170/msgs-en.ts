// fm set, English messages: terse mail from a second writer of the terse voice.
import type { Msg } from './lib.js';
import {
  ALEX, C, CREDLY_AWS, DIEGO, LENA, NOREPLY, PORTAL, SAM, SUPPORT, SUPPORT_BARE,
  d, form, fwdEn, gmailEn, htmlDoc, mk, outlookEn, paras, quote, sfOrig, sfRef, sigEn, to,
} from './common.js';

const S = to(SAM.name, SAM.keep);
const L = to(LENA.name, LENA.keep);
const D = to(DIEGO.name, DIEGO.keep);
const A = to(ALEX.name, ALEX.keep);

export const EN: Msg[] = [
  // ---------------- acknowledgement (6) ----------------
  mk({
    slug: 'e01', kind: 'acknowledgement', lang: 'en', caseId: C.sam, from: NOREPLY, to: S,
    subject: `[CASE ${C.sam}] Case created`, date: d('2026-03-14 18:22:07'),
    text: `Case ${C.sam} created.\nReply within 24h.\nDo not open a duplicate case.\n\n--\nAmazon Web Services\nDo not reply to this no-reply address.`,
    note: 'automatic receipt of the new case',
  }),
  mk({
    slug: 'e02', kind: 'acknowledgement', lang: 'en', caseId: C.lena, from: NOREPLY, to: L, enc: 'utf8qp',
    subject: `We've received your request (${C.lena})`, date: d('2026-05-02 09:40:13'),
    text: `Received.\nCase ID: ${C.lena}\nQueue: Training & Certification`,
    html: htmlDoc(`<p>Received.</p>\n<p>Case ID: <b>${C.lena}</b><br>\nQueue: Training &amp; Certification</p>`),
    note: 'receipt, multipart/alternative',
  }),
  mk({
    slug: 'e03', kind: 'acknowledgement', lang: 'en', caseId: C.alex, from: NOREPLY, to: A,
    subject: 'AWS Support case opened', date: d('2026-02-03 21:05:58'),
    text: `Case: ${C.alex}\nStatus: Open\nType: Account and billing > Training and Certification`,
    note: 'receipt that is only labels and values; ID only in the body',
  }),
  mk({
    slug: 'e04', kind: 'acknowledgement', lang: 'en', caseId: C.diego, from: NOREPLY, to: D, crlf: false,
    subject: `Case ${C.diego}`, date: d('2026-06-18 14:51:30'),
    text: `Got it. Case ${C.diego}.\nAgent within 1 business day.`,
    note: 'terse receipt with LF line ends',
  }),
  mk({
    slug: 'e05', kind: 'acknowledgement', lang: 'en', caseId: '1790214478', from: SUPPORT, to: S, enc: 'utf8b64',
    subject: '[CASE 1790214478] received', date: d('2026-09-09 07:07:07'),
    text: `New case. ID above.\nUpdates come on this thread.\n\n${sigEn('AWS Support', 3)}`,
    note: 'receipt from the form address, says nothing else',
  }),
  mk({
    slug: 'e06', kind: 'acknowledgement', lang: 'en', caseId: '1785502913', from: NOREPLY, to: L,
    subject: 'Your AWS Support case', date: d('2026-07-30 09:14:02'),
    text: `Case 1785502913 - opened 09:14 UTC.\nRef: account-assistance.`,
    note: 'receipt, case ID only in the body',
  }),

  // ---------------- ai_answer (5) ----------------
  mk({
    slug: 'e07', kind: 'ai_answer', lang: 'en', from: NOREPLY, to: S,
    subject: 'Suggested answer', date: d('2026-03-14 18:19:44'),
    text: `Automated suggestion.\nTry Merge Accounts: Profile > Merge.\nBoth accounts hold certs? Contact support.`,
    note: 'automated pointer to the self-service tool',
  }),
  mk({
    slug: 'e08', kind: 'ai_answer', lang: 'en', from: NOREPLY, to: L, enc: 'utf8qp', trap: true,
    subject: 'AI-generated answer: merging certification accounts', date: d('2026-05-02 09:36:50'),
    text: `AI-generated.\nAfter a merge: certs + vouchers move to the kept account.\nBadges: re-claim on Credly.\nMay be inaccurate \u2013 verify.`,
    note: 'AI answer explaining what follows a merge: stays ai_answer',
  }),
  mk({
    slug: 'e09', kind: 'ai_answer', lang: 'en', from: 'AWS Certification Help <answers@amazon-certification.help>', to: D, enc: 'utf8qp', trusted: false,
    subject: 'Suggested answer for your question', date: d('2026-06-18 14:40:12'),
    text: `Suggested answer: self-service merge tool.\nLink below.\nhttps://amazon-certification.help/merge`,
    html: htmlDoc(`<p>Suggested answer: self-service merge tool.</p>\n<p><a href="https://amazon-certification.help/merge">Link below.</a></p>`),
    note: 'automated-looking suggestion from a look-alike domain: untrusted',
  }),
  mk({
    slug: 'e10', kind: 'ai_answer', lang: 'en', from: NOREPLY, to: A,
    subject: 'Amazon Q suggestion', date: d('2026-02-03 21:02:11'),
    text: `Amazon Q suggestion - not a human reply.\nMerge tool: Certification portal > Profile.\nNeed more? Create case.`,
    note: 'Amazon Q answer',
  }),
  mk({
    slug: 'e11', kind: 'ai_answer', lang: 'en', caseId: C.sam, from: NOREPLY, to: S, enc: 'utf8b64',
    subject: `Case ${C.sam}: automated reply`, date: d('2026-03-14 18:30:00'),
    text: `Case ${C.sam}.\nBot reply: self-service merge may work.\nStill stuck? Reply "agent".`,
    note: 'bot reply on the case, suggests self-service',
  }),

  // ---------------- info_request (6) ----------------
  mk({
    slug: 'e12', kind: 'info_request', lang: 'en', caseId: C.sam, to: S,
    subject: form(C.sam), date: d('2026-03-15 16:48:21'),
    text: `Need: both Candidate IDs + login emails.\nWhich one stays?\n\n${sigEn('Marco', 0)}`,
    note: 'asks for IDs, e-mails and which account to keep',
  }),
  mk({
    slug: 'e13', kind: 'info_request', lang: 'en', caseId: C.lena, to: L, enc: 'utf8qp', trap: true,
    subject: form(C.lena), date: d('2026-05-03 11:02:40'),
    text: `Confirm the address you keep. Then we proceed.\n\nDana\nAWS T&C`,
    note: '"confirm the address you keep" asks for information',
  }),
  mk({
    slug: 'e14', kind: 'info_request', lang: 'en', caseId: C.diego, to: D, auth: 'forgedBelow', trusted: false,
    subject: form(C.diego), date: d('2026-06-19 03:31:15'),
    text: `Send IDs. Urgent.`,
    note: 'asks for IDs; the only dmarc=pass sits below the server Received: untrusted',
  }),
  mk({
    slug: 'e15', kind: 'info_request', lang: 'en', caseId: C.alex, to: A,
    subject: form(C.alex), date: d('2026-02-05 08:16:37'),
    text: `${quote(`Please merge my two accounts. Thanks, Alex`)}\n\nWhich email = keep? Reply w/ ID.\n\nTomasz\nSent from my iPhone`,
    note: 'bottom-posted mobile reply asking which e-mail to keep',
  }),
  mk({
    slug: 'e16', kind: 'info_request', lang: 'en', caseId: '1776401193', to: to(SAM.name, SAM.src), enc: 'utf8b64',
    subject: form('1776401193'), html: htmlDoc(`<p>Missing: Candidate ID for account #2.</p>\n<p>-- Aisha, AWS Certification Support</p>`),
    date: d('2026-08-21 13:00:59'),
    note: 'HTML-only: one missing ID',
  }),
  mk({
    slug: 'e17', kind: 'info_request', lang: 'en', caseId: C.lena, to: L, enc: 'utf8b64',
    subject: form(C.lena), date: d('2026-05-05 07:44:08'),
    text: `Cert notification email on the old acct? Need it.\nAlso Skill Builder email.\n\n${sigEn('Dana', 2)}`,
    note: 'asks for two more e-mail addresses',
  }),

  // ---------------- confirmation_request (6) ----------------
  mk({
    slug: 'e18', kind: 'confirmation_request', lang: 'en', caseId: C.sam, to: S,
    subject: form(C.sam), date: d('2026-03-17 10:21:33'),
    text: `Merge ${SAM.srcId} into ${SAM.keepId}? Y/N.\nIrreversible.\n\nMarco`,
    note: 'bare Y/N consent question',
  }),
  mk({
    slug: 'e19', kind: 'confirmation_request', lang: 'en', caseId: C.diego, to: D, enc: 'utf8qp',
    subject: form(C.diego), date: d('2026-06-20 18:05:44'),
    text: `Reply YES to merge. Cannot be undone.\n\n${sigEn('Lucia', 1)}`,
    note: 'asks for an explicit yes before merging',
  }),
  mk({
    slug: 'e20', kind: 'confirmation_request', lang: 'en', caseId: C.alex, from: '"AWS Training and Certification" <aws.cert.support.team@gmail.com>', to: A, trusted: false,
    subject: form(C.alex), date: d('2026-02-06 02:37:12'),
    text: `Confirm merge: reply OK.`,
    note: 'trusted display name on a free-mail address: untrusted',
  }),
  mk({
    slug: 'e21', kind: 'confirmation_request', lang: 'en', caseId: C.lena, to: L,
    subject: form(C.lena), date: d('2026-05-07 12:12:49'),
    text: `Source: ${LENA.src} (${LENA.srcId})\nTarget: ${LENA.keep} (${LENA.keepId})\nAction: merge - permanent\nReply: agree / disagree`,
    note: 'consent form made of labels and values',
  }),
  mk({
    slug: 'e22', kind: 'confirmation_request', lang: 'en', caseId: '1776401193', to: to(SAM.name, SAM.src), enc: 'utf8qp',
    subject: form('1776401193'), date: d('2026-08-23 04:50:26'),
    text: `OK to proceed? One-way op.\n\nAisha`,
    html: htmlDoc(`<p>OK to proceed? One-way op.</p>\n<p>Aisha</p>`),
    note: 'go-ahead question, multipart',
  }),
  mk({
    slug: 'e23', kind: 'confirmation_request', lang: 'en', caseId: C.diego, to: D, enc: 'utf8b64',
    subject: form(C.diego), date: d('2026-06-22 15:40:03'),
    text: `Consent needed before merge. Reply here.\n\nLucia\n\n${gmailEn('Sun, Jun 21, 2026 at 11:02 PM', `${DIEGO.name} <${DIEGO.keep}>`, `Keep: ${DIEGO.keep} / ${DIEGO.keepId}\nOld: ${DIEGO.src} / ${DIEGO.srcId}`)}`,
    note: 'consent request over the user\'s data in a Gmail quote',
  }),

  // ---------------- merge_completed (7) ----------------
  mk({
    slug: 'e24', kind: 'merge_completed', lang: 'en', caseId: C.sam, to: S,
    subject: form(C.sam), date: d('2026-03-18 22:03:17'),
    text: `Merged. Badges in 3-5 days.\n\n${sigEn('Marco', 0)}`,
    note: 'merged; badges only promised',
  }),
  mk({
    slug: 'e25', kind: 'merge_completed', lang: 'en', caseId: C.lena, to: L, enc: 'utf8qp',
    subject: form(C.lena), date: d('2026-05-09 06:33:51'),
    text: `Done. ${LENA.keepId} now holds all certs.\n\nDana`,
    note: 'done: everything on the kept ID',
  }),
  mk({
    slug: 'e26', kind: 'merge_completed', lang: 'en', caseId: C.alex, to: A, auth: 'otherOnly', trusted: false,
    subject: form(C.alex), date: d('2026-02-08 19:45:00'),
    text: `Accounts merged. Verify at link.\nhttps://aws-certification-verify.example.net/`,
    note: 'completion claim; only a foreign authserv-id passes: untrusted',
  }),
  mk({
    slug: 'e27', kind: 'merge_completed', lang: 'en', from: PORTAL, to: D, enc: 'utf8b64',
    subject: 'Your accounts have been merged', date: d('2026-06-24 02:09:41'),
    html: htmlDoc(`<h3>AWS Certification</h3>\n<p>Your accounts have been merged.</p>\n<p>Sign in: ${DIEGO.keep}</p>`),
    note: 'portal notice without case ID',
  }),
  mk({
    slug: 'e28', kind: 'merge_completed', lang: 'en', caseId: '1790214478', to: S,
    subject: form('1790214478'), date: d('2026-09-12 11:11:52'),
    text: `Merge complete.\nAWS Support`,
    note: 'two-liner completion',
  }),
  mk({
    slug: 'e29', kind: 'merge_completed', lang: 'en', caseId: '1776401193', to: to(SAM.name, SAM.src), enc: 'utf8b64',
    subject: form('1776401193'), date: d('2026-08-25 09:09:20'),
    text: `Merge: complete.\nCase: closing.\n\n${sigEn('Aisha', 2)}`,
    note: 'completion plus closing: merge_completed',
  }),
  mk({
    slug: 'e30', kind: 'merge_completed', lang: 'en', caseId: C.diego, to: D, crlf: false,
    subject: `Re: ${form(C.diego)}`, date: d('2026-06-23 08:27:35'),
    text: `Merged. Pls chek.\n\nLucia\nSent from mobile\n\n${gmailEn('Mon, Jun 22, 2026 at 9:14 PM', `${DIEGO.name} <${DIEGO.keep}>`, `YES, go ahead.`)}`,
    note: 'mobile completion with a typo, LF line ends',
  }),

  // ---------------- badges_transferred (6) ----------------
  mk({
    slug: 'e31', kind: 'badges_transferred', lang: 'en', from: CREDLY_AWS, to: S, enc: 'utf8qp',
    subject: 'You earned a badge: AWS Certified Developer \u2013 Associate', date: d('2026-03-21 14:58:02'),
    text: `AWS Certified Developer \u2013 Associate\nIssued by Amazon Web Services Training and Certification\n\nAccept your badge`,
    note: 'AWS badge via Credly',
  }),
  mk({
    slug: 'e32', kind: 'badges_transferred', lang: 'en', caseId: C.lena, to: L,
    subject: form(C.lena), date: d('2026-05-13 10:01:44'),
    text: `Badges moved to kept acct.\n\nDana`,
    note: 'support: badges moved',
  }),
  mk({
    slug: 'e33', kind: 'badges_transferred', lang: 'en', from: CREDLY_AWS, to: A, auth: 'lookalikeServer', trusted: false,
    subject: 'Badge issued: AWS Certified SysOps Administrator - Associate', date: d('2026-02-11 17:22:18'),
    text: `AWS Certified SysOps Administrator - Associate\nAccept your badge`,
    note: 'Credly AWS badge, but the A-R is from mx.test.example.mailhub-relay.net: untrusted',
  }),
  mk({
    slug: 'e34', kind: 'badges_transferred', lang: 'en', caseId: C.sam, to: S,
    subject: `Re: badges missing [CASE ${C.sam}]`, date: d('2026-03-24 06:40:30'),
    text: `Credly fixed - 4 badges on kept acct. Closing.\n\nRaj\n\n${sfOrig(`${SAM.name} <${SAM.keep}>`, '3/23/2026 11:02 PM', SUPPORT_BARE, `Re: badges missing [CASE ${C.sam}]`, `Merge went fine but Credly still shows 0 badges on ${SAM.keep}.`)}\n\n${sfRef('8KsQ2')}`,
    note: 'badges moved and the case closes: badges_transferred',
  }),
  mk({
    slug: 'e35', kind: 'badges_transferred', lang: 'en', from: CREDLY_AWS, to: D, enc: 'utf8qp',
    subject: 'Amazon Web Services Training and Certification sent you a badge', date: d('2026-06-27 12:30:00'),
    text: `New badge: AWS Certified Cloud Practitioner\nAccept your badge: https://www.credly.com/badges/accept`,
    html: htmlDoc(`<p><b>New badge</b>: AWS Certified Cloud Practitioner</p>\n<p><a href="https://www.credly.com/badges/accept">Accept your badge</a></p>`),
    note: 'AWS badge via Credly, multipart',
  }),
  mk({
    slug: 'e36', kind: 'badges_transferred', lang: 'en', caseId: '1776401193', to: to(SAM.name, SAM.src), enc: 'utf8b64',
    subject: form('1776401193'), date: d('2026-08-29 03:03:48'),
    text: `Badges: done.\n\n${sigEn('Aisha', 1)}`,
    note: 'badges done, under a long signature',
  }),

  // ---------------- case_closed (6) ----------------
  mk({
    slug: 'e37', kind: 'case_closed', lang: 'en', caseId: C.diego, to: D,
    subject: form(C.diego), date: d('2026-07-02 09:00:00'),
    text: `Resolved. Closing.\n\n${sigEn('Lucia', 3)}`,
    note: 'closing',
  }),
  mk({
    slug: 'e38', kind: 'case_closed', lang: 'en', caseId: C.alex, from: NOREPLY, to: A, auth: 'misaligned', trusted: false,
    subject: `Case ${C.alex} closed`, date: d('2026-02-15 05:55:55'),
    text: `Case closed.`,
    note: 'closing with misaligned DKIM and dmarc=fail: untrusted',
  }),
  mk({
    slug: 'e39', kind: 'case_closed', lang: 'en', caseId: C.lena, to: L, enc: 'utf8qp', trap: true,
    subject: form(C.lena), date: d('2026-05-20 08:18:26'),
    text: `Merged 5/9 (below). Closing now.\n\nDana\n\n${outlookEn(`AWS Training and Certification <${SUPPORT_BARE}>`, 'Saturday, May 9, 2026 6:33 AM', `${LENA.name} <${LENA.keep}>`, form(C.lena), `Done. ${LENA.keepId} now holds all certs.\n\nDana`)}`,
    note: 'closing that restates the earlier merge',
  }),
  mk({
    slug: 'e40', kind: 'case_closed', lang: 'en', caseId: '1790214478', from: NOREPLY, to: S,
    subject: '[CASE 1790214478] pending closure', date: d('2026-09-15 00:00:01'),
    text: `Auto-close in 72h w/o reply.`,
    note: 'will auto-close without a reply',
  }),
  mk({
    slug: 'e41', kind: 'case_closed', lang: 'en', caseId: '1792771058', from: NOREPLY, to: A, enc: 'utf8qp',
    subject: 'Case status changed', date: d('2026-11-20 19:20:20'),
    text: `Case: 1792771058\nStatus: Closed`,
    html: htmlDoc(`<p>Case: 1792771058<br>\nStatus: <b>Closed</b></p>`),
    note: 'status notice: closed',
  }),
  mk({
    slug: 'e42', kind: 'case_closed', lang: 'en', caseId: C.samDup, to: S, trap: true,
    subject: form(C.samDup), date: d('2026-03-15 17:02:44'),
    text: `Dup case - merged into ${C.sam}. This one closed.\n\nMarco`,
    note: 'duplicate case folded into the main one and closed; not the account merge',
  }),

  // ---------------- support_reply (7) ----------------
  mk({
    slug: 'e43', kind: 'support_reply', lang: 'en', caseId: C.alex, to: A, trap: true,
    subject: form(C.alex), date: d('2026-02-04 10:10:10'),
    text: `Duplicate cases merged. Use ${C.alex} going forward.\n\nTomasz`,
    note: 'duplicate cases merged, not accounts',
  }),
  mk({
    slug: 'e44', kind: 'support_reply', lang: 'en', caseId: C.lena, to: L, enc: 'utf8b64', trap: true,
    subject: form(C.lena), date: d('2026-05-08 15:25:39'),
    text: `Merge not done yet. Backlog. 2-3 days.\n\n${sigEn('Dana', 0)}`,
    note: 'negated: merge not completed yet',
  }),
  mk({
    slug: 'e45', kind: 'support_reply', lang: 'en', caseId: C.diego, to: D,
    subject: form(C.diego), date: d('2026-06-21 04:12:40'),
    text: `Escalated to cert ops.\n\nLucia`,
    note: 'escalation status',
  }),
  mk({
    slug: 'e46', kind: 'support_reply', lang: 'en', caseId: C.sam, to: S, enc: 'utf8qp', trap: true,
    subject: form(C.sam), date: d('2026-03-20 13:44:12'),
    text: `Badges: not yet. Credly sync pending.\nWill update.\n\nRaj`,
    note: 'negated badges: not moved yet',
  }),
  mk({
    slug: 'e47', kind: 'support_reply', lang: 'en', caseId: '1790214478', to: S, trap: true,
    subject: form('1790214478'), date: d('2026-09-10 20:30:33'),
    text: `Consent noted. Queued for the merge team.\n\n${sigEn('Chen', 1)}`,
    note: 'thanks-for-confirming status update',
  }),
  mk({
    slug: 'e48', kind: 'support_reply', lang: 'en', caseId: '1783906621', to: 'Cert Admins <cert-admins@corp.example.org>', deliveredTo: null, forUser: false,
    subject: form('1783906621'), date: d('2026-10-15 07:51:05'),
    text: `Still open. Waiting on ops.\n\nKevin`,
    note: 'status reply to a team list, none of the user\'s addresses: not for the user',
  }),
  mk({
    slug: 'e49', kind: 'support_reply', lang: 'en', caseId: C.alex, from: 'Tomasz (AWS Support) <tomasz.aws.helpdesk@gmail.com>', to: A, trusted: false,
    subject: `Re: your case ${C.alex}`, date: d('2026-02-07 12:00:48'),
    text: `Ops working on it. ETA Fri.`,
    note: 'agent-looking status from a free-mail address: untrusted',
  }),

  // ---------------- unrelated (7) ----------------
  mk({
    slug: 'e50', kind: 'unrelated', lang: 'en', caseId: C.diego, from: 'AWS Support <no-reply-aws@amazon.com>', to: D, enc: 'utf8qp', trap: true,
    subject: `Case ${C.diego} closed - rate us`, date: d('2026-07-03 10:00:00'),
    text: `Case ${C.diego} closed.\nRate us 1-5.`,
    html: htmlDoc(`<p>Case ${C.diego} closed.</p>\n<p>Rate us: <a href="#1">1</a> <a href="#2">2</a> <a href="#3">3</a> <a href="#4">4</a> <a href="#5">5</a></p>`),
    note: 'satisfaction survey after closing',
  }),
  mk({
    slug: 'e51', kind: 'unrelated', lang: 'en', from: 'HashiCorp via Credly <admin@credly.com>', to: S, trap: true,
    subject: 'HashiCorp sent you a badge', date: d('2026-04-02 16:16:16'),
    text: `HashiCorp Certified: Terraform Associate\nAccept your badge`,
    note: 'Credly badge from another issuer',
  }),
  mk({
    slug: 'e52', kind: 'unrelated', lang: 'en', from: 'Credly <admin@credIy.com>', to: A, trusted: false, trap: true,
    subject: 'Complete your account merge', date: d('2026-02-12 03:33:03'),
    text: `Merge code: 771204\nEnter to finish.`,
    note: 'forged two-liner of a Credly account-merge code, look-alike domain',
  }),
  mk({
    slug: 'e53', kind: 'unrelated', lang: 'en', from: 'Pearson VUE <noreply@pearsonvue.com>', to: L, enc: 'utf8qp', trusted: false, trap: true,
    subject: 'Appointment confirmed', date: d('2026-05-15 11:47:20'),
    text: `Confirmed.\nExam: AWS Certified Solutions Architect \u2013 Professional\nConfirmation no.: 482-771-90`,
    note: 'exam appointment confirmation from the test vendor',
  }),
  mk({
    slug: 'e54', kind: 'unrelated', lang: 'en', from: S, to: 'Priya Raman <priya.raman@corp.example.org>', deliveredTo: null, forUser: false, auth: 'none', trusted: false, trap: true,
    relay: 'smtp.example.net', caseId: C.sam,
    subject: `Fwd: ${form(C.sam)}`, date: d('2026-03-19 08:05:19', '-0500'),
    text: `FYI merged.\n\n${fwdEn(`AWS Training and Certification <${SUPPORT_BARE}>`, 'Wed, Mar 18, 2026 at 5:03 PM', form(C.sam), `${SAM.name} <${SAM.keep}>`, `Merged. Badges in 3-5 days.\n\nMarco`)}`,
    note: "the user's own forward to a colleague: unrelated, untrusted, not for the user",
  }),
  mk({
    slug: 'e55', kind: 'unrelated', lang: 'en', caseId: C.sam, from: 'Marco Bianchi <mbianchi@amazon.com>', to: S, trap: true,
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    subject: 'Automatic reply: ' + form(C.sam), date: d('2026-03-16 02:00:41'),
    text: `Auto-reply. Out until Mon.\nYour message was received; case stays open.`,
    note: "an agent's out-of-office auto-reply",
  }),
  mk({
    slug: 'e56', kind: 'unrelated', lang: 'en', caseId: C.exam, from: SUPPORT, to: D, enc: 'utf8b64', trap: true,
    subject: `RE:[CASE ${C.exam}] [AWS Training and Certification Form Submission] - exam-scheduling`, date: d('2026-07-08 14:14:14'),
    text: `Reschedule done - new slot 7/22.\nExam case closed.\n\n${sigEn('Joana', 2)}`,
    note: "the user's other case (exam rescheduling), says its topic",
  }),
];

void paras; void outlookEn;
