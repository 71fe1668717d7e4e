// English messages of the eh set: stacked subordinate clauses, parentheses and semicolons,
// with the event inside the nesting (or, in the traps, a condition/plan/negation/restatement at the end).
import type { Msg } from './lib.js';
import { ALEX, AWS_NOTIFY, CASE, CREDLY_AWS, MARIA, PORTAL, PRIYA, SAM, SUPPORT, SUPPORT_BARE, formSubject, gmailEn, mk, outlookEn, paras, quote, sfOriginal, sfRef } from './common.js';

const S = `${SAM.name} <${SAM.keep}>`;
const A = `${ALEX.name} <${ALEX.keep}>`;
const P = `${PRIYA.name} <${PRIYA.keep}>`;
const M = `${MARIA.name} <${MARIA.keep}>`;

const samAsk = `Hi, I have two certification accounts (one from my old job at Formerco, ${SAM.src}, and my own, ${SAM.keep}); could you merge them into the personal one? IDs ${SAM.keepId} and ${SAM.srcId}. Thanks, Sam`;
const alexAsk = `Hello, please merge ${ALEX.srcId} (${ALEX.src}) into ${ALEX.keepId} (${ALEX.keep}). The self-service tool says both accounts have certifications.`;
const priyaAsk = `I changed employers and would like both certification profiles under ${PRIYA.keep}; the old one used ${PRIYA.src}.`;
const mariaAsk = `Hi! One exam was taken with my university address (${MARIA.src}) and one with my personal address; could both live under the personal one?`;
const consentEn = `I confirm; please go ahead and merge the two accounts as described. I understand it cannot be undone.`;

const sig = 'Kind regards,\nAWS Training and Certification Customer Service';

export const EN: Msg[] = [
  // ---------------- acknowledgement (6) ----------------
  mk({
    slug: 'en-ack-ascii', kind: 'acknowledgement', lang: 'en', note: 'automatic receipt; the case ID and the fact of receipt are wrapped in clauses about response times',
    from: AWS_NOTIFY, to: S, subject: `[CASE ${CASE.sam}] We have received your request`, when: '2026-10-02 16:41:09', enc: 'ascii7', caseId: CASE.sam,
    text: `Hello,

Because you contacted AWS Training and Certification through the form (and, as the form noted, without signing in, which is fine), we want to let you know that your request, which we have logged as case ${CASE.sam}, is now in the queue of the team that handles certification accounts; an agent will normally reply within 24 hours.

Please do not open another case for the same question, as duplicate cases slow things down; simply reply to this message if you need to add anything.

Amazon Web Services

This is an automated message; the mailbox it came from is not monitored.`,
  }),
  mk({
    slug: 'en-ack-qp-fields', kind: 'acknowledgement', lang: 'en', trap: true, note: 'receipt echoing the submitted form, whose topic is the merge; nothing has been merged or confirmed',
    from: SUPPORT, to: A, subject: `[CASE ${CASE.alex}] [AWS Training and Certification Form Submission] - account-assistance`, when: '2026-10-08 03:12:44', enc: 'utf8qp', caseId: CASE.alex,
    text: `Thank you for contacting us; this automatic note (which you can keep for your records) confirms only that the form you submitted, the contents of which are copied below so that you can check them, has been received and attached to case ${CASE.alex}, and that an agent, once they have reviewed it, will get back to you about the merge you describe.

Inquiry type: AWS Training and Certification
Issue: Certification - account merge
Name: ${ALEX.name}
Candidate ID: ${ALEX.keepId}
Description: ${alexAsk}

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-ack-html', kind: 'acknowledgement', lang: 'en', note: 'HTML-only receipt with the case ID in a heading and the news in a long sentence',
    from: AWS_NOTIFY, to: P, subject: `Case ${CASE.priya} created`, when: '2026-10-15 11:05:31', enc: 'utf8b64', caseId: CASE.priya,
    html: `<html><body>
<h3>Case ${CASE.priya}</h3>
<p>Your support case, which (as you will see in the Support Center, should you sign in) has been filed under the &quot;General guidance&quot; severity because it concerns account administration rather than a service outage, has been created; we will respond by e-mail to the address you gave.</p>
<p>Amazon Web Services, Inc.</p>
</body></html>`,
  }),
  mk({
    slug: 'en-ack-b64-resent', kind: 'acknowledgement', lang: 'en', forUser: false, note: 'receipt bounced on to a helpdesk by the old employer\'s server (Resent-*): not delivered to the user',
    from: AWS_NOTIFY, to: `${SAM.name} <${SAM.src}>`, subject: `[CASE ${CASE.sam}] We have received your request`, when: '2026-10-02 16:41:10', enc: 'utf8b64', caseId: CASE.sam,
    extra: { resent: { from: 'mailer@formerco.example', to: 'helpdesk@formerco.example', date: 'Fri, 2 Oct 2026 16:45:00 +0000' } },
    text: `Your request, which we have logged as case ${CASE.sam}, has been received; an agent will normally reply within 24 hours.

Amazon Web Services`,
  }),
  mk({
    slug: 'en-ack-ascii-dear', kind: 'acknowledgement', lang: 'en', note: 'form receipt: case number assigned, reply expected within 24 hours',
    from: SUPPORT, to: M, subject: `[CASE ${CASE.maria}] [AWS Training and Certification Form Submission] - account-assistance`, when: '2026-10-19 09:30:00', enc: 'ascii7', caseId: CASE.maria,
    text: `Dear customer,

We have received your inquiry, which has been assigned case number ${CASE.maria}; please allow up to 24 hours (longer at weekends, when, as you might expect, the queue is busier) for a reply.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-ack-qp-topicless', kind: 'acknowledgement', lang: 'en', note: 'receipt that says nothing of its topic; read as what it looks like',
    from: AWS_NOTIFY, to: M, subject: `[CASE ${CASE.maria}] Thank you for contacting AWS`, when: '2026-10-19 09:29:41', enc: 'utf8qp', caseId: CASE.maria,
    text: `Hello Maria,

Thank you for reaching out; while we (and by "we" this automated system means the people who will actually read what you wrote) cannot answer instantly, your case ${CASE.maria} has been opened and is waiting for the next available agent.

Amazon Web Services`,
  }),

  // ---------------- ai_answer (5) ----------------
  mk({
    slug: 'en-ai-ascii-tool', kind: 'ai_answer', lang: 'en', note: 'generative AI suggestion to try the Merge Accounts tool, hidden inside a conditional sentence',
    from: AWS_NOTIFY, to: S, subject: 'Suggested answer to your question', when: '2026-10-02 16:38:00', enc: 'ascii7', caseId: null,
    text: `This answer was generated by AI and may be inaccurate.

If, as your question suggests, you have two AWS Certification accounts (which often happens when an employer's address was used for the first exam), and if only one of them holds certifications, then you can usually combine them yourself, without waiting for an agent, by signing in, opening Profile, choosing Merge Accounts and entering the other account's e-mail address; should the tool refuse because both accounts hold certifications, choose Create case below.

Was this helpful? Yes / No`,
  }),
  mk({
    slug: 'en-ai-qp-after', kind: 'ai_answer', lang: 'en', trap: true, note: 'AI answer that explains what happens after a merge (badges, vouchers); still ai_answer',
    from: AWS_NOTIFY, to: A, subject: 'Automated assistant: account merge', when: '2026-10-08 03:09:10', enc: 'utf8qp', caseId: null,
    text: `(Generated automatically.) Once accounts have been merged, which support can do for you when the self-service tool is unavailable, your certifications, exam history and benefits (for example the 50% voucher for your next exam) appear on the account you keep; Credly badges, however, are issued per e-mail address, so they may have to be claimed again, on Credly, with the kept address, after the merge has completed.`,
  }),
  mk({
    slug: 'en-ai-html-multi', kind: 'ai_answer', lang: 'en', note: 'multipart AI suggestion with steps before creating a case',
    from: AWS_NOTIFY, to: P, subject: 'Here is a suggested solution', when: '2026-10-15 11:00:02', enc: 'utf8b64', caseId: null,
    text: `Based on your description (two certification profiles after a change of employer), the quickest route, which does not need an agent at all, is the Merge Accounts option in your certification profile; if that option reports that both accounts have certification history, continue to Create case and include your candidate ID.\n\nThis response was produced by an AI model.`,
    html: `<div>${paras(`Based on your description (two certification profiles after a change of employer), the quickest route, which does not need an agent at all, is the Merge Accounts option in your certification profile; if that option reports that both accounts have certification history, continue to Create case and include your candidate ID.

This response was produced by an AI model.`)}</div>`,
  }),
  mk({
    slug: 'en-ai-ascii-lookalikeserver', kind: 'ai_answer', lang: 'en', auth: 'lookalikeServer', note: 'AI answer whose Authentication-Results comes from a look-alike authserv-id: untrusted',
    from: AWS_NOTIFY, to: M, subject: 'Suggested answer to your question', when: '2026-10-19 09:25:00', enc: 'ascii7', caseId: null,
    text: `This is an AI-generated answer: accounts that each hold certifications cannot be merged with the self-service tool, so, if that is your situation, please create a case; otherwise, try Profile > Merge Accounts first.`,
  }),
  mk({
    slug: 'en-ai-b64-noncase', kind: 'ai_answer', lang: 'en', note: 'AI answer about which address to use when creating the case',
    from: AWS_NOTIFY, to: M, subject: 'AI-generated guidance', when: '2026-10-19 09:26:30', enc: 'utf8b64', caseId: null,
    text: `Generated guidance: when you ask for two accounts to be combined, it helps (and, in our experience, shortens the exchange by a day or so) to write from the e-mail address of the account you intend to keep, to give both candidate IDs, and to mention which certifications each account holds; the self-service Merge Accounts tool remains the fastest option whenever only one account has certifications.`,
  }),

  // ---------------- info_request (7) ----------------
  mk({
    slug: 'en-info-ascii-ids', kind: 'info_request', lang: 'en', note: 'asks for both candidate IDs and the kept account, the request wrapped in reasons',
    from: SUPPORT, to: S, subject: formSubject(CASE.sam), when: '2026-10-03 14:02:11', enc: 'ascii7', caseId: CASE.sam,
    text: `Hello Sam,

Thank you for contacting AWS Training and Certification.

Having looked (with the help of our records team, who, as it happens, found a third profile in your name that may or may not be yours) at the accounts you mentioned, we would be grateful if you could send us the candidate ID of each account you want combined, the e-mail address each one signs in with, and which of them you wish to keep, so that nothing is merged into the wrong profile.

${sig}
${sfRef('Lq72Zx')}

${sfOriginal(SAM.keep, '10/2/2026 4:40 PM', SUPPORT_BARE, 'Account merge', samAsk)}`,
  }),
  mk({
    slug: 'en-info-qp-confirm-addr', kind: 'info_request', lang: 'en', trap: true, note: '"please confirm the e-mail address you keep" asks for information: info_request, not a consent request',
    from: SUPPORT, to: A, subject: formSubject(CASE.alex), when: '2026-10-09 10:15:00', enc: 'utf8qp', caseId: CASE.alex,
    text: `Hi Alex,

Further to your request, and because the address on the form (${ALEX.keep}) differs from the notification address stored on the account you said you would keep (which, for reasons we cannot see, is an address at work.example.net), could you please confirm which e-mail address you want the surviving account to use, and whether the notification address should change to match it?

${sig}

${gmailEn('Thu, Oct 8, 2026 at 3:10 AM', ALEX.name, ALEX.keep, alexAsk)}`,
  }),
  mk({
    slug: 'en-info-b64-certs', kind: 'info_request', lang: 'en', note: 'asks for certification names and dates; the question is the semicolon-separated middle of the message',
    from: SUPPORT, to: P, subject: formSubject(CASE.priya), when: '2026-10-16 08:47:33', enc: 'utf8b64', caseId: CASE.priya,
    text: `Dear Priya,

We have located the profile registered to ${PRIYA.src}; however, since the name on it is spelled slightly differently (Nair vs. Nayar), we need a little more before we go further: the titles of the certifications you earned on that profile and, if you have them to hand, the approximate dates you passed; a reply to this e-mail with those details is all we need.

${sig}

${outlookEn(P, 'Thursday, October 15, 2026 11:04 AM', SUPPORT_BARE, 'Account merge request', priyaAsk)}`,
  }),
  mk({
    slug: 'en-info-ascii-which', kind: 'info_request', lang: 'en', note: 'asks which of the two addresses should be kept, with the ask as the last clause',
    from: SUPPORT, to: M, subject: formSubject(CASE.maria), when: '2026-10-20 13:00:00', enc: 'ascii7', caseId: CASE.maria,
    text: `Hello Maria,

As you wrote from your personal address but mentioned, in the same message, that the university address is the one your employer asks you to use for credentials (which is not unusual), we would rather not guess; could you tell us which of the two accounts (${MARIA.keepId} or ${MARIA.srcId}) you would like to keep?

${sig}

${quote(mariaAsk)}`,
  }),
  mk({
    slug: 'en-info-qp-lookalike', kind: 'info_request', lang: 'en', note: 'info request from support-aws.com (not support.aws.com): untrusted',
    from: 'AWS Support <cases@support-aws.com>', to: S, subject: formSubject(CASE.sam), when: '2026-10-04 02:02:02', enc: 'utf8qp', caseId: CASE.sam,
    text: `Hello Sam,

To finish verifying the two accounts, which we must do before (as you requested) combining them, please reply with the password of each account and the last four digits of the card used for your exam fees.

AWS Support`,
  }),
  mk({
    slug: 'en-info-b64-trap-merge', kind: 'info_request', lang: 'en', trap: true, note: 'talks about completing the merge but asks for the partner organisation name first',
    from: SUPPORT, to: A, subject: formSubject(CASE.alex), when: '2026-10-10 17:20:48', enc: 'utf8b64', caseId: CASE.alex,
    text: `Hi Alex,

Before the merge can be completed (and we are, to be clear, nearly there), we need the name of the partner organisation that the work.example.net account was linked to, since accounts that belong to a partner's roster can only be merged after the link is removed; once you have sent that, we will carry on.

${sig}`,
  }),
  mk({
    slug: 'en-info-ascii-mobile', kind: 'info_request', lang: 'en', note: 'asks to resend from the kept address with the candidate ID: writing from the kept address plus data is info_request',
    from: SUPPORT, to: `${PRIYA.name} <${PRIYA.src}>`, subject: formSubject(CASE.priyaOther), when: '2026-10-17 06:31:00', enc: 'ascii7', caseId: CASE.priyaOther,
    text: `Hello,

Because this message came from the address of the account that would be merged away (and we can only act on requests sent from the account being kept), please write to us again from ${PRIYA.keep}, including that account's candidate ID in your reply.

${sig}

> Sent from my phone; please merge my accounts, details in the earlier case.`,
  }),

  // ---------------- confirmation_request (6) ----------------
  mk({
    slug: 'en-conf-ascii-consent', kind: 'confirmation_request', lang: 'en', note: 'consent request: the ask is a clause after the irreversibility warning',
    from: SUPPORT, to: S, subject: formSubject(CASE.sam), when: '2026-10-05 12:40:00', enc: 'ascii7', caseId: CASE.sam,
    text: `Hello Sam,

Having matched the two profiles you listed (${SAM.srcId}, the Formerco one, and ${SAM.keepId}, your own) against the exam records, and since merging them is permanent (the source account is closed, and its history cannot be split out again afterwards), we need your explicit agreement before we proceed: please reply to this e-mail stating that you consent to merging ${SAM.srcId} into ${SAM.keepId}.

${sig}

${sfOriginal(SAM.keep, '10/4/2026 9:15 AM', SUPPORT_BARE, formSubject(CASE.sam), `Keep ${SAM.keepId} please.`)}`,
  }),
  mk({
    slug: 'en-conf-qp-outlook', kind: 'confirmation_request', lang: 'en', note: 'asks the customer to agree to the listed merge, with an Outlook quote below',
    from: SUPPORT, to: A, subject: formSubject(CASE.alex), when: '2026-10-12 09:00:00', enc: 'utf8qp', caseId: CASE.alex,
    text: `Hi Alex,

Thanks to the partner name you sent (the link, as it turned out, had already lapsed, so nothing further is needed there), we are now in a position to merge; but because the operation cannot be reversed, would you reply with "I agree" to confirm that ${ALEX.srcId} should be merged into ${ALEX.keepId}?

${sig}

${outlookEn(A, 'Sunday, October 11, 2026 8:12 PM', SUPPORT_BARE, `RE: ${formSubject(CASE.alex)}`, 'The partner organisation was Example Partners Ltd.')}`,
  }),
  mk({
    slug: 'en-conf-b64-html', kind: 'confirmation_request', lang: 'en', note: 'multipart consent request listing source and target',
    from: SUPPORT, to: P, subject: formSubject(CASE.priya), when: '2026-10-18 15:15:15', enc: 'utf8b64', caseId: CASE.priya,
    text: `Dear Priya,\n\nThe details you sent match our records; before we merge ${PRIYA.srcId} into ${PRIYA.keepId} (which, once done, cannot be undone), please let us know by reply that you are happy for us to go ahead.\n\n${sig}`,
    html: `<p>Dear Priya,</p><p>The details you sent match our records; before we merge ${PRIYA.srcId} into ${PRIYA.keepId} (which, once done, cannot be undone), please let us know by reply that you are happy for us to go ahead.</p><p>Kind regards,<br>AWS Training and Certification Customer Service</p>`,
  }),
  mk({
    slug: 'en-conf-ascii-fail', kind: 'confirmation_request', lang: 'en', auth: 'fail', note: 'consent request wording, but dmarc=fail on top: untrusted',
    from: SUPPORT, to: M, subject: formSubject(CASE.maria), when: '2026-10-21 22:00:00', enc: 'ascii7', caseId: CASE.maria,
    text: `Hello Maria,

The merge is ready; since it cannot be undone, please confirm by clicking the link below and signing in with both accounts.

http://aws-merge-confirm.example.org/${CASE.maria}`,
  }),
  mk({
    slug: 'en-conf-qp-gmail-bottom', kind: 'confirmation_request', lang: 'en', note: 'bottom-posted consent request under the quoted customer mail',
    from: SUPPORT, to: M, subject: formSubject(CASE.maria), when: '2026-10-22 10:12:00', enc: 'utf8qp', caseId: CASE.maria,
    text: `${gmailEn('Tue, Oct 20, 2026 at 6:02 PM', MARIA.name, MARIA.keep, `Please keep ${MARIA.keepId}, the personal one.`)}

Hello Maria,

Thank you; with ${MARIA.keepId} as the account to keep (and ${MARIA.srcId}, the university one, to be folded into it), we only need one thing, given that the merge is permanent: your agreement, by reply, that we may go ahead.

${sig}`,
  }),
  mk({
    slug: 'en-conf-ascii-freemail', kind: 'confirmation_request', lang: 'en', note: 'trusted-looking display name on a free-mail address: untrusted',
    from: 'AWS Training and Certification <aws.cert.support@gmail.example>', to: S, subject: formSubject(CASE.sam), when: '2026-10-05 13:01:00', enc: 'ascii7', caseId: CASE.sam, auth: 'pass',
    text: `Hello Sam,

Before we merge (permanently) your two accounts, kindly reply to confirm your consent and include your date of birth.

AWS`,
  }),

  // ---------------- merge_completed (7) ----------------
  mk({
    slug: 'en-merge-ascii-nested', kind: 'merge_completed', lang: 'en', note: 'the merge is reported inside a long sentence that opens with earlier correspondence',
    from: SUPPORT, to: S, subject: formSubject(CASE.sam), when: '2026-10-07 08:30:22', enc: 'ascii7', caseId: CASE.sam,
    text: `Hello Sam,

Further to our earlier correspondence, and having reviewed, with the help of our records team (who, as you may recall, had asked for the second address), the two profiles you listed, we have now, as of this morning, completed the consolidation, which means that ${SAM.srcId} no longer exists as a separate account and that its certifications and exam history appear under ${SAM.keepId}.

Please sign in and check that everything looks right.

${sig}

${sfOriginal(SAM.keep, '10/5/2026 1:02 PM', SUPPORT_BARE, formSubject(CASE.sam), consentEn)}`,
  }),
  mk({
    slug: 'en-merge-qp-semicolon', kind: 'merge_completed', lang: 'en', note: 'completion in the middle clause between semicolons, followed by advice on Credly',
    from: SUPPORT, to: A, subject: formSubject(CASE.alex), when: '2026-10-14 19:44:05', enc: 'utf8qp', caseId: CASE.alex,
    text: `Hi Alex,

Thank you for your patience (the partner link took a while to clear); the two accounts have been merged into ${ALEX.keepId}; if your Credly badges still show under the work address, which can happen because Credly keeps its own records, reply here and we will look into it.

${sig}

${gmailEn('Mon, Oct 12, 2026 at 9:31 AM', ALEX.name, ALEX.keep, 'I agree.')}`,
  }),
  mk({
    slug: 'en-merge-portal-html', kind: 'merge_completed', lang: 'en', note: 'certification portal notice (no case ID): your accounts have been merged',
    from: PORTAL, to: P, subject: 'Your AWS Certification accounts have been merged', when: '2026-10-20 05:00:00', enc: 'utf8b64', caseId: null,
    html: `<html><body><p>Hello ${PRIYA.name},</p><p>The certification records that were held on another account (which you will no longer be able to sign in to) have been moved to the account you are signed in with, ${PRIYA.keepId}; your accounts have been merged.</p><p>AWS Certification</p></body></html>`,
  }),
  mk({
    slug: 'en-merge-b64-closing', kind: 'merge_completed', lang: 'en', note: 'merge done and case to be closed: the new fact is the merge',
    from: SUPPORT, to: M, subject: formSubject(CASE.maria), when: '2026-10-24 11:11:00', enc: 'utf8b64', caseId: CASE.maria,
    text: `Hello Maria,

Now that your agreement is on file, and after the usual overnight processing (which, at this time of year, can stretch to two days), the university account's exam history has been moved across, so the merge into ${MARIA.keepId} is complete and we will close this case.

${sig}`,
  }),
  mk({
    slug: 'en-merge-ascii-misaligned', kind: 'merge_completed', lang: 'en', auth: 'misaligned', note: 'completion wording, but DKIM signed by an unrelated bulk domain and dmarc fails: untrusted',
    from: SUPPORT, to: P, subject: formSubject(CASE.priya), when: '2026-10-20 02:22:22', enc: 'ascii7', caseId: CASE.priya,
    text: `Dear Priya,

Your accounts have been merged; download your updated certificate here: http://cert-download.example.biz/${CASE.priya}

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-merge-qp-typo', kind: 'merge_completed', lang: 'en', note: 'merge completed, with typos, after a long apology clause',
    from: SUPPORT, to: P, subject: formSubject(CASE.priya), when: '2026-10-20 09:05:40', enc: 'utf8qp', caseId: CASE.priya,
    text: `Dear Priya,

Apologies for the delay, which was caused (as our records tem explained) by the name spelling; having agreed, on your confirmation, to treat the two spellings as the same person, we merged ${PRIYA.srcId} into ${PRIYA.keepId} earlier today, and the certifications should already be visibile when you sign in.

${sig}`,
  }),
  mk({
    slug: 'en-merge-ascii-lf-top', kind: 'merge_completed', lang: 'en', note: 'top-posted short merge notice (LF line ends) above a long quoted thread',
    from: SUPPORT, to: S, subject: formSubject(CASE.sam), when: '2026-10-07 08:31:00', enc: 'ascii7', caseId: CASE.sam,
    extra: { crlf: false },
    text: `Sam - as you asked (and as confirmed in your last reply), ${SAM.srcId} has been merged into ${SAM.keepId}.

AWS Training and Certification

${sfOriginal(SAM.keep, '10/5/2026 1:02 PM', SUPPORT_BARE, formSubject(CASE.sam), `${consentEn}\n\n${quote(samAsk)}`)}`,
  }),

  // ---------------- badges_transferred (6) ----------------
  mk({
    slug: 'en-badge-credly-ascii', kind: 'badges_transferred', lang: 'en', note: 'AWS badge via Credly to the kept address: accept your badge',
    from: CREDLY_AWS, to: S, subject: 'Amazon Web Services Training and Certification sent you a badge', when: '2026-10-08 01:00:00', enc: 'ascii7', caseId: null,
    text: `Hi ${SAM.name},

Amazon Web Services Training and Certification has issued you the AWS Certified Developer - Associate badge; to add it to your profile, accept your badge.

Accept your badge: https://www.credly.com/earner/earned/badge/9d1e2f30-4a5b-4c6d-8e7f-a0b1c2d3e4f5

Credly`,
  }),
  mk({
    slug: 'en-badge-support-qp', kind: 'badges_transferred', lang: 'en', note: 'support says the badges moved to the kept account, inside nested clauses, and closes',
    from: SUPPORT, to: A, subject: formSubject(CASE.alex), when: '2026-10-17 14:00:00', enc: 'utf8qp', caseId: CASE.alex,
    text: `Hi Alex,

After you told us that the badges (the Solutions Architect one in particular, which, as you noted, a recruiter had asked about) were still attached to the work address, we asked the Credly team to re-point them; they have now done so, and both badges sit on the Credly account for ${ALEX.keep}, so we are closing this case.

${sig}

${gmailEn('Thu, Oct 15, 2026 at 7:02 AM', ALEX.name, ALEX.keep, 'The badges are still on my old work address.')}`,
  }),
  mk({
    slug: 'en-badge-credly-html', kind: 'badges_transferred', lang: 'en', note: 'Credly HTML badge mail from AWS to the kept address',
    from: CREDLY_AWS, to: P, subject: 'Your AWS badge is waiting', when: '2026-10-21 04:04:04', enc: 'utf8b64', caseId: null,
    text: `Hello ${PRIYA.name},\n\nAmazon Web Services Training and Certification issued you a badge: AWS Certified Solutions Architect - Professional.\n\nAccept your badge: https://www.credly.com/earner/earned/badge/11aa22bb-33cc-44dd-55ee-66ff77889900`,
    html: `<html><body><p>Hello ${PRIYA.name},</p><p>Amazon Web Services Training and Certification issued you a badge: AWS Certified Solutions Architect - Professional.</p><p><a href="https://www.credly.com/earner/earned/badge/11aa22bb-33cc-44dd-55ee-66ff77889900">Accept your badge</a></p></body></html>`,
  }),
  mk({
    slug: 'en-badge-support-ascii', kind: 'badges_transferred', lang: 'en', note: 'support reports the badges transferred in a subordinate clause before some advice',
    from: SUPPORT, to: M, subject: formSubject(CASE.maria), when: '2026-10-27 10:30:00', enc: 'ascii7', caseId: CASE.maria,
    text: `Hello Maria,

Since the badges have now been transferred to the Credly account for ${MARIA.keep} (our Credly contact finished the move overnight), all that remains, if you want them public, is to accept them once on Credly.

${sig}`,
  }),
  mk({
    slug: 'en-badge-support-short', kind: 'badges_transferred', lang: 'en', note: 'short support note: badges moved to the kept address',
    from: SUPPORT, to: S, subject: formSubject(CASE.sam), when: '2026-10-09 09:09:09', enc: 'utf8qp', caseId: CASE.sam,
    text: `Hello Sam,

Your Credly badges have been moved to ${SAM.keep}.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-badge-credly-otherperson', kind: 'badges_transferred', lang: 'en', forUser: false, note: 'AWS badge via Credly, but addressed to another person (no user address): forUser false',
    from: CREDLY_AWS, to: 'Jordan Blake <jordan.blake@example.net>', subject: 'Amazon Web Services Training and Certification sent you a badge', when: '2026-10-22 01:10:00', enc: 'ascii7', caseId: null,
    text: `Hi Jordan Blake,

Amazon Web Services Training and Certification has issued you the AWS Certified Cloud Practitioner badge.

Accept your badge: https://www.credly.com/earner/earned/badge/aa00bb11-cc22-dd33-ee44-ff5566778899`,
  }),

  // ---------------- case_closed (6) ----------------
  mk({
    slug: 'en-closed-ascii-restate', kind: 'case_closed', lang: 'en', trap: true, note: 'closing that only restates the earlier merge ("as merged last week")',
    from: SUPPORT, to: S, subject: formSubject(CASE.sam), when: '2026-10-14 08:00:00', enc: 'ascii7', caseId: CASE.sam,
    text: `Hello Sam,

As your accounts were merged last week (and as, since then, we have not heard of any problem with the certifications or the badges, which Credly delivered separately), we are closing this case; you can reopen it by replying within 14 days.

${sig}`,
  }),
  mk({
    slug: 'en-closed-qp-autoclose', kind: 'case_closed', lang: 'en', note: 'will auto-close in 5 days without a reply',
    from: AWS_NOTIFY, to: P, subject: `[CASE ${CASE.priyaOther}] Action required: reply or this case will close`, when: '2026-10-22 06:00:00', enc: 'utf8qp', caseId: CASE.priyaOther,
    text: `Hello,

We are still waiting for a reply on case ${CASE.priyaOther}; unless we hear from you within 5 days (a reply to this e-mail is enough, and it does not need to contain anything new), the case will be closed automatically.

Amazon Web Services`,
  }),
  mk({
    slug: 'en-closed-b64-resolved', kind: 'case_closed', lang: 'en', note: 'case resolved notice; the news comes after a clause thanking the customer',
    from: AWS_NOTIFY, to: A, subject: `Case ${CASE.alex} has been resolved`, when: '2026-10-18 07:00:00', enc: 'utf8b64', caseId: CASE.alex,
    text: `Thank you for using AWS Support; after reviewing the correspondence (including, where relevant, any follow-up with other teams), your agent has marked case ${CASE.alex} as resolved, and it is now closed.`,
  }),
  mk({
    slug: 'en-closed-ascii-restate2', kind: 'case_closed', lang: 'en', trap: true, note: 'restates merge and badge transfer from earlier e-mails; the new fact is only the closing',
    from: SUPPORT, to: M, subject: formSubject(CASE.maria), when: '2026-11-02 10:00:00', enc: 'ascii7', caseId: CASE.maria,
    text: `Hello Maria,

Given that, as we wrote on 24 October, the merge into ${MARIA.keepId} is complete, and that the badges, as reported on 27 October, are on your personal Credly account, there is nothing left for us to do; this case is therefore closed.

${sig}`,
  }),
  mk({
    slug: 'en-closed-qp-dup', kind: 'case_closed', lang: 'en', note: 'closes the duplicate case because the request is handled in the other one',
    from: SUPPORT, to: P, subject: formSubject(CASE.priyaOther), when: '2026-10-23 12:00:00', enc: 'utf8qp', caseId: CASE.priyaOther,
    text: `Hello Priya,

Because this case (which you opened from your old address) duplicates case ${CASE.priya}, in which the same request is already being handled, we have closed it; please continue in the other case.

${sig}`,
  }),
  mk({
    slug: 'en-closed-ascii-otheronly', kind: 'case_closed', lang: 'en', auth: 'otherOnly', note: 'closing notice with only a foreign Authentication-Results: untrusted',
    from: AWS_NOTIFY, to: A, subject: `Case ${CASE.alex} has been closed`, when: '2026-10-18 07:30:00', enc: 'ascii7', caseId: CASE.alex,
    text: `Case ${CASE.alex} has been closed by your support agent. If you need further help, reply within 14 days.`,
  }),

  // ---------------- support_reply (7) ----------------
  mk({
    slug: 'en-sr-ascii-once', kind: 'support_reply', lang: 'en', trap: true, note: 'ends in a future condition: "once we have merged ... we will let you know"',
    from: SUPPORT, to: S, subject: formSubject(CASE.sam), when: '2026-10-06 09:00:00', enc: 'ascii7', caseId: CASE.sam,
    text: `Hello Sam,

Thank you for confirming; your reply, which we have attached to the case (along with the earlier form, so that the team does not need to ask again), has been passed to the accounts team, and once they have merged ${SAM.srcId} into ${SAM.keepId}, which usually takes one to three working days, we will let you know.

${sig}`,
  }),
  mk({
    slug: 'en-sr-qp-notyet', kind: 'support_reply', lang: 'en', trap: true, note: 'long sentence whose final predicate is a negation: the merge has not been completed yet',
    from: SUPPORT, to: A, subject: formSubject(CASE.alex), when: '2026-10-13 16:30:00', enc: 'utf8qp', caseId: CASE.alex,
    text: `Hi Alex,

I understand that you expected to see both certifications by now, and, having checked the job (which was queued on Monday, straight after your consent arrived), I can tell you that it is still waiting on the partner-link clean-up, so the merge has not been completed yet.

${sig}`,
  }),
  mk({
    slug: 'en-sr-b64-unable', kind: 'support_reply', lang: 'en', trap: true, note: 'negation: unable to merge because the name does not match; asks nothing',
    from: SUPPORT, to: P, subject: formSubject(CASE.priya), when: '2026-10-17 11:00:00', enc: 'utf8b64', caseId: CASE.priya,
    text: `Dear Priya,

We looked again at both profiles, and, although the exam records (three of them, all from 2024) would otherwise qualify, the legal names on the two accounts differ, so we are unable to merge them through this channel; our identity team will contact you separately about that.

${sig}`,
  }),
  mk({
    slug: 'en-sr-ascii-teamlist', kind: 'support_reply', lang: 'en', forUser: false, note: 'status reply sent to a company training list, not to one of the user\'s addresses: forUser false',
    from: SUPPORT, to: 'Training Admins <training-admins@newco.example>', subject: formSubject(CASE.sam), when: '2026-10-06 10:00:00', enc: 'ascii7', caseId: CASE.sam,
    text: `Hello,

Regarding the request your colleague made (which, as you asked, we are copying to this list for your records), the team is still working on it; we will update the case when there is news.

${sig}`,
  }),
  mk({
    slug: 'en-sr-qp-dupcases', kind: 'support_reply', lang: 'en', trap: true, note: '"we merged your duplicate cases" is not the account merge',
    from: SUPPORT, to: P, subject: formSubject(CASE.priya), when: '2026-10-17 12:30:00', enc: 'utf8qp', caseId: CASE.priya,
    text: `Dear Priya,

Because you opened a second case (${CASE.priyaOther}) from your old address, and because, as you will appreciate, two agents working on the same request can give conflicting answers, we have merged the two cases, so that everything now continues here.

${sig}`,
  }),
  mk({
    slug: 'en-sr-ascii-schedule', kind: 'support_reply', lang: 'en', trap: true, note: 'plan: the merge is scheduled for Thursday; badges will follow after that',
    from: SUPPORT, to: M, subject: formSubject(CASE.maria), when: '2026-10-23 09:45:00', enc: 'ascii7', caseId: CASE.maria,
    text: `Hello Maria,

With your consent in hand (thank you), the merge is scheduled for Thursday's batch, after which, and only after which, the badges can be moved; we will write again when each step has actually happened.

${sig}`,
  }),
  mk({
    slug: 'en-sr-b64-dkimonly-voucher', kind: 'support_reply', lang: 'en', auth: 'dkimonly', note: 'answers a voucher question; aligned DKIM pass without dmarc keeps it trusted',
    from: SUPPORT, to: S, subject: formSubject(CASE.sam), when: '2026-10-09 15:00:00', enc: 'utf8b64', caseId: CASE.sam,
    text: `Hello Sam,

To answer your question about the 50% voucher (the one you earned with the Developer exam, which, because of the merge, now belongs to the kept account), it is still valid until its printed expiry date and will show under Benefits within 48 hours.

${sig}`,
  }),

  // ---------------- unrelated (7) ----------------
  mk({
    slug: 'en-un-own-consent', kind: 'unrelated', lang: 'en', trap: true, note: 'the user\'s own consent reply copied to their other address: own mail',
    from: A, to: SUPPORT, cc: `${ALEX.name} <${ALEX.src}>`, subject: formSubject(CASE.alex), when: '2026-10-12 09:31:00', enc: 'ascii7', caseId: CASE.alex, auth: 'none',
    text: `Hi,

I agree; please merge ${ALEX.srcId} into ${ALEX.keepId}. I understand it cannot be undone.

Alex

${quote(`Hi Alex, ... would you reply with "I agree" to confirm that ${ALEX.srcId} should be merged into ${ALEX.keepId}?`)}`,
  }),
  mk({
    slug: 'en-un-survey', kind: 'unrelated', lang: 'en', trap: true, note: 'survey after the case closed: "Was your issue resolved?"',
    from: 'AWS Support <aws-support-survey@amazon.com>', to: A, subject: 'How did we do?', when: '2026-10-19 10:00:00', enc: 'utf8qp', caseId: CASE.alex,
    text: `Hello,

Your recent case (${CASE.alex}), which was closed on 18 October, was handled by our certification team; we would like to know, in one click, whether your issue was resolved.

Was your issue resolved? Yes | No`,
  }),
  mk({
    slug: 'en-un-credly-hashicorp', kind: 'unrelated', lang: 'en', trap: true, note: 'Credly badge from HashiCorp, not AWS',
    from: 'HashiCorp via Credly <admin@credly.com>', to: S, subject: 'HashiCorp sent you a badge', when: '2026-10-11 02:00:00', enc: 'ascii7', caseId: null,
    text: `Hi ${SAM.name},

HashiCorp has issued you the HashiCorp Certified: Terraform Associate badge.

Accept your badge: https://www.credly.com/earner/earned/badge/0f0e0d0c-0b0a-4909-8807-060504030201`,
  }),
  mk({
    slug: 'en-un-ooo-agent', kind: 'unrelated', lang: 'en', note: 'out-of-office auto reply from the old company to which support copied a note',
    from: 'Formerco IT <it-noreply@formerco.example>', to: S, subject: 'Automatic reply: account merge', when: '2026-10-03 14:05:00', enc: 'ascii7', caseId: null, auth: 'none',
    extra: { extra: ['Auto-Submitted: auto-replied'] },
    text: `The mailbox you wrote to (which belonged to a former employee) is no longer monitored; if your message concerns a business matter, please contact info@formerco.example.`,
  }),
  mk({
    slug: 'en-un-other-case-booking', kind: 'unrelated', lang: 'en', trap: true, note: 'reply on the user\'s other case about rescheduling an exam; says what the case is about',
    from: SUPPORT, to: M, subject: `RE:[CASE 1779455610] [AWS Training and Certification Form Submission] - exam-scheduling`, when: '2026-10-26 13:00:00', enc: 'utf8qp', caseId: '1779455610',
    text: `Hello Maria,

Regarding your exam appointment (which, as you explained, clashed with a university exam), we have confirmed the new slot on 9 November; the original booking has been cancelled and no fee applies. This case will now be closed.

${sig}`,
  }),
  mk({
    slug: 'en-un-exam-result', kind: 'unrelated', lang: 'en', trap: true, note: 'exam result mail; mentions the badge being on its way',
    from: 'AWS Certification <no-reply@certification.aws.training>', to: P, subject: 'Your AWS Certification exam results', when: '2026-11-04 18:00:00', enc: 'utf8b64', caseId: null,
    text: `Congratulations, ${PRIYA.name}: you have passed the AWS Certified Security - Specialty exam; your certificate is available in your account, and your digital badge will be issued through Credly within a few days.`,
  }),
  mk({
    slug: 'en-un-marketing', kind: 'unrelated', lang: 'en', note: 'Skill Builder marketing mail',
    from: 'AWS Training and Certification <aws-training@amazon.com>', to: M, subject: 'New: exam prep plans for 2027', when: '2026-11-01 15:00:00', enc: 'utf8b64', caseId: null,
    html: `<html><body><p>Whether you are preparing for your first certification or, having earned a few, are planning the next, our new exam prep plans (free with a Skill Builder subscription) will guide you step by step.</p><p><a href="https://skillbuilder.aws/">Explore plans</a></p></body></html>`,
  }),
];
