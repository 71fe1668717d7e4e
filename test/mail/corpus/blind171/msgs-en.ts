// fn set, English new text: short lines by a second writer over long quotes.
import { type Msg } from './lib.js';
import { AWS_NOREPLY, CREDLY_AWS, P, SUPPORT, SUPPORT_ADDR, formSubject, htmlReply, mk, nest, qblock, quote, reply, sfRef, type Step } from './common.js';
import { ALEX, C_ALEX, C_DAISUKE, C_EMILY, C_FATIMA, C_LARS, C_PRIYA, C_TOM, DAISUKE, EMILY, FATIMA, LARS, PRIYA, TOM } from './threads.js';

const RE = (id: string): string => `RE: ${formSubject(id)}`;

// a mis-sent completion that belonged to another customer (Tom's case)
const WRONG: Step = {
  key: 'x',
  who: 'Olu A.',
  addr: SUPPORT_ADDR,
  to: P.tom.keep,
  at: '2026-10-07 08:02',
  subject: formSubject(C_TOM),
  text: `Hi Sam,

Your accounts have been merged and the case will be closed. Your badges were transferred to your new Credly profile as well.

Olu A.`,
  style: 'sf',
};

export const EN: Msg[] = [
  // ============================================================ acknowledgement (6)
  mk({
    slug: 'emily-receipt', kind: 'acknowledgement', lang: 'en', caseId: C_EMILY,
    note: 'automatic receipt with the case ID over the submitted text',
    from: AWS_NOREPLY, to: P.emily.keep, subject: `Case ${C_EMILY} created: AWS Training and Certification`, at: '2026-04-20 14:11', enc: 'ascii7',
    text: `We've opened case ${C_EMILY} for you. Someone will reply within 24 hours.

Your message:
${quote(EMILY.to('form')[0]!.text)}`,
  }),
  mk({
    slug: 'lars-receipt-html', kind: 'acknowledgement', lang: 'en', caseId: C_LARS,
    note: 'multipart receipt; "in our queue" + case ID, submission quoted',
    from: AWS_NOREPLY, to: P.lars.keep, subject: `We received your request [CASE ${C_LARS}]`, at: '2026-01-12 07:56', enc: 'utf8qp',
    text: reply(`Thanks, case ${C_LARS} is in our queue. Expect a reply within 24 hours.`, 'olEn', LARS.to('form')),
    html: htmlReply(`Thanks, case ${C_LARS} is in our queue. Expect a reply within 24 hours.`, 'outlook', 'olEn', LARS.to('form')),
  }),
  mk({
    slug: 'fatima-receipt-sf', kind: 'acknowledgement', lang: 'en', caseId: C_FATIMA,
    note: 'receipt from the form address in the Salesforce shape (ref line)',
    from: SUPPORT, to: P.fatima.keep, subject: `[CASE ${C_FATIMA}] [AWS Training and Certification Form Submission] - account-assistance`, at: '2026-09-02 16:22', enc: 'ascii7',
    text: reply(`Case ${C_FATIMA} received. No need to reply to this message.`, 'sf', FATIMA.to('form'), { ref: sfRef('2Wc9') }),
  }),
  mk({
    slug: 'tom-receipt-noauth', kind: 'acknowledgement', lang: 'en', caseId: C_TOM, trusted: false, auth: 'none',
    note: 'receipt shape, but no Authentication-Results at all: untrusted',
    from: SUPPORT, to: P.tom.keep, subject: `Case created: ${C_TOM}`, at: '2026-10-05 11:12', enc: 'ascii7',
    text: reply(`Case created: ${C_TOM}. Track it here: http://support-aws-case.example.org/${C_TOM}`, 'olLine', TOM.to('form')),
  }),
  mk({
    slug: 'alex-receipt-typo', kind: 'acknowledgement', lang: 'en', caseId: C_ALEX,
    note: 'receipt with a typo ("recieved")',
    from: AWS_NOREPLY, to: P.alex.keep, subject: `Your request has been recieved (${C_ALEX})`, at: '2026-11-02 17:41', enc: 'utf8b64',
    text: reply(`Your request has been recieved and case ${C_ALEX} was opened.`, 'gmailEn', ALEX.to('form')),
  }),
  mk({
    slug: 'priya-ticket-logged', kind: 'acknowledgement', lang: 'en', caseId: C_PRIYA,
    note: 'terse "ticket logged" receipt that names no topic; the quote is the merge request',
    from: AWS_NOREPLY, to: P.priya.keep, subject: `Ticket ${C_PRIYA}`, at: '2026-12-01 09:01', enc: 'utf8qp',
    text: reply(`Ticket ${C_PRIYA} logged.`, 'olEn', PRIYA.to('form')),
  }),

  // ============================================================ ai_answer (5)
  mk({
    slug: 'lars-ai-tool', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'one-line automated suggestion over the question',
    from: AWS_NOREPLY, to: P.lars.keep, subject: 'Suggested answer: merging certification accounts', at: '2026-01-12 07:53', enc: 'ascii7',
    text: `Try Profile > Merge Accounts first. (Automated answer)

${quote(LARS.to('form')[0]!.text)}`,
  }),
  mk({
    slug: 'emily-ai-badges-trap', kind: 'ai_answer', lang: 'en', caseId: null, trap: true,
    note: 'AI answer mentioning badges after a merge; still only a suggestion',
    from: AWS_NOREPLY, to: P.emily.keep, subject: 'AI-generated answer to your question', at: '2026-04-20 14:12', enc: 'utf8qp',
    text: reply(`After a merge, badges are not moved for you: claim them on Credly afterwards. Start with the Merge Accounts tool.`, 'gmailEn', EMILY.to('form')),
  }),
  mk({
    slug: 'fatima-ai-htmlonly', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'HTML-only AI suggestion with the question in a blockquote',
    from: AWS_NOREPLY, to: P.fatima.keep, subject: 'Here is a suggested answer', at: '2026-09-02 16:24', enc: 'utf8qp',
    html: htmlReply(`Suggested answer (AI-generated): if only one account has certifications, Merge Accounts does it for you. Otherwise choose "Create case".`, 'plainbq', 'apple', FATIMA.to('form')),
  }),
  mk({
    slug: 'tom-ai-signin', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'automated pointer to the self-service tool',
    from: AWS_NOREPLY, to: P.tom.keep, subject: 'Automated response', at: '2026-10-05 11:14', enc: 'ascii7',
    text: reply(`Merge Accounts tool: sign in to the account you keep and open Profile.`, 'olLine', TOM.to('form')),
  }),
  mk({
    slug: 'priya-ai-typo', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'AI hint with a typo',
    from: AWS_NOREPLY, to: P.priya.keep, subject: 'Suggested solution', at: '2026-12-01 09:03', enc: 'utf8b64',
    text: reply(`Accounts can be merge via the self-service tool in most cases.`, 'olEn', PRIYA.to('form')),
  }),

  // ============================================================ info_request (7)
  mk({
    slug: 'emily-send-these', kind: 'info_request', lang: 'en', caseId: C_EMILY,
    note: '"Please send these." over the quoted list of what support needs',
    from: SUPPORT, to: P.emily.keep, subject: formSubject(C_EMILY), at: '2026-04-21 15:02', enc: 'ascii7',
    text: reply(`Please send these.`, 'sf', EMILY.to('info'), { sig: 'Chloe', ref: sfRef('9Rt1') }),
  }),
  mk({
    slug: 'daisuke-info-examdate', kind: 'info_request', lang: 'en', caseId: C_DAISUKE,
    note: 'English new line under a Japanese answer: asks for the exam date',
    from: SUPPORT, to: P.daisuke.keep, subject: formSubject(C_DAISUKE), at: '2026-03-17 20:30', enc: 'utf8qp',
    text: reply(`Please also send the date of your SAP exam so we can match the old profile.`, 'sf', DAISUKE.to('uinfo'), { sig: 'Vikram S.' }),
  }),
  mk({
    slug: 'lars-info-fromkept', kind: 'info_request', lang: 'en', caseId: C_LARS,
    note: 'write from the kept address and include both IDs: asks for data',
    from: SUPPORT, to: P.lars.src, subject: formSubject(C_LARS), at: '2026-01-12 16:40', enc: 'ascii7',
    text: reply(`Please write from the address you keep and include both candidate IDs.`, 'sf', LARS.to('form'), { sig: 'Mateo R.' }),
  }),
  mk({
    slug: 'fatima-info-inline', kind: 'info_request', lang: 'en', caseId: C_FATIMA,
    note: '"Please see my answer inline": the inline answer asks for both candidate IDs',
    from: SUPPORT, to: P.fatima.keep, subject: formSubject(C_FATIMA), at: '2026-09-03 09:10', enc: 'utf8qp',
    text: `Please see my answer inline.

Nadia

On Sep 2, 2026, at 16:21, ${P.fatima.en} <${P.fatima.keep}> wrote:

> Hello! I passed Cloud Practitioner with my college email (${P.fatima.src}) and then AI Practitioner with my own (${P.fatima.keep}).
> I graduate in December and the college address goes away. Can everything go under ${P.fatima.keep}?

Yes. To start, what are the candidate IDs of both accounts?

> Fatima Rahman`,
  }),
  mk({
    slug: 'alex-info-misaligned', kind: 'info_request', lang: 'en', caseId: C_ALEX, trusted: false, auth: 'misaligned',
    note: 'asks for a password; DKIM signed by an unrelated domain and dmarc=fail: untrusted',
    from: SUPPORT, to: P.alex.keep, subject: formSubject(C_ALEX), at: '2026-11-03 06:12', enc: 'ascii7',
    text: reply(`For verification, reply with the password of ${P.alex.src}.`, 'sf', ALEX.to('form')),
  }),
  mk({
    slug: 'lars-info-credly-url-trap', kind: 'info_request', lang: 'en', caseId: C_LARS, trap: true,
    note: 'quote holds the completed merge; the new line asks for the Credly profile URL',
    from: SUPPORT, to: P.lars.keep, subject: formSubject(C_LARS), at: '2026-01-16 11:20', enc: 'utf8b64',
    text: reply(`Could you send the URL of your Credly profile?`, 'sf', LARS.to('ubadge'), { sig: 'Mateo R.' }),
  }),
  mk({
    slug: 'priya-info-confirm-trap', kind: 'info_request', lang: 'en', caseId: C_PRIYA, trap: true,
    note: '"Please confirm the email address you keep": information, not consent',
    from: SUPPORT, to: P.priya.keep, subject: formSubject(C_PRIYA), at: '2026-12-01 20:00', enc: 'ascii7',
    text: reply(`Please confirm the email address you keep.`, 'sf', PRIYA.to('form'), { sig: 'Ibrahim' }),
  }),

  // ============================================================ confirmation_request (7)
  mk({
    slug: 'emily-conf-iagree', kind: 'confirmation_request', lang: 'en', caseId: C_EMILY,
    note: 'asks for "I agree", irreversible',
    from: SUPPORT, to: P.emily.keep, subject: formSubject(C_EMILY), at: '2026-04-22 08:40', enc: 'ascii7',
    text: reply(`Verified. Reply "I agree" to go ahead; it can't be reversed.`, 'sf', EMILY.to('uinfo'), { sig: 'Chloe' }),
  }),
  mk({
    slug: 'lars-conf-ok', kind: 'confirmation_request', lang: 'en', caseId: C_LARS,
    note: 'second agent: OK to merge? It is final.',
    from: SUPPORT, to: P.lars.keep, subject: formSubject(C_LARS), at: '2026-01-13 17:05', enc: 'utf8qp',
    text: reply(`OK to merge? It's final.`, 'sf', LARS.to('uinfo'), { sig: 'Sofia' }),
  }),
  mk({
    slug: 'fatima-conf-yes', kind: 'confirmation_request', lang: 'en', caseId: C_FATIMA,
    note: 'asks for a yes before an irreversible merge',
    from: SUPPORT, to: P.fatima.keep, subject: formSubject(C_FATIMA), at: '2026-09-04 09:00', enc: 'ascii7',
    text: reply(`Both found. Reply yes and we'll merge; this can't be reversed.`, 'sf', FATIMA.to('uinfo'), { ref: sfRef('2Wc9') }),
  }),
  mk({
    slug: 'daisuke-conf-en', kind: 'confirmation_request', lang: 'en', caseId: C_DAISUKE,
    note: 'English consent request under a Japanese quote',
    from: SUPPORT, to: P.daisuke.keep, subject: formSubject(C_DAISUKE), at: '2026-03-17 23:58', enc: 'utf8b64',
    text: reply(`Please reply "I agree" if we may merge ${P.daisuke.srcId} into ${P.daisuke.keepId} (not reversible).`, 'sf', DAISUKE.to('uinfo')),
  }),
  mk({
    slug: 'alex-conf-inline', kind: 'confirmation_request', lang: 'en', caseId: C_ALEX,
    note: 'inline answers; the last one asks for consent to the merge',
    from: SUPPORT, to: P.alex.keep, subject: formSubject(C_ALEX), at: '2026-11-03 19:22', enc: 'utf8qp',
    text: `Answers inline.

On Tue, Nov 3, 2026 at 12:14 PM ${P.alex.en} <${P.alex.keep}> wrote:
> Hi Grace,
> Primary: ${P.alex.keepId}.
Noted.
> Expected: Solutions Architect Associate, Developer Associate, Machine Learning Engineer Associate.
All three match. Last thing: do you consent to the merge? It can't be undone.
> Alex
>
${quote(qblock('gmailEn', ALEX.to('info').at(-1)!, nest(ALEX.to('info'))))}`,
  }),
  mk({
    slug: 'priya-conf-bottom', kind: 'confirmation_request', lang: 'en', caseId: C_PRIYA,
    note: 'bottom-posted consent question under an Outlook quote',
    from: SUPPORT, to: P.priya.keep, subject: formSubject(C_PRIYA), at: '2026-12-02 12:10', enc: 'ascii7',
    text: reply(`Can you confirm you want to go ahead? The merge is permanent.\nRana`, 'olEn', PRIYA.to('uinfo'), { bottom: true }),
  }),
  mk({
    slug: 'tom-conf-dkimonly', kind: 'confirmation_request', lang: 'en', caseId: C_TOM, auth: 'dkimonly',
    note: 'consent request; trusted via aligned dkim=pass only',
    from: SUPPORT, to: P.tom.keep, subject: formSubject(C_TOM), at: '2026-10-06 09:40', enc: 'ascii7',
    text: reply(`Before I submit this: are you OK with the merge? It's irreversible.`, 'sf', TOM.to('form'), { sig: 'Olu' }),
  }),

  // ============================================================ merge_completed (6)
  mk({
    slug: 'emily-done', kind: 'merge_completed', lang: 'en', caseId: C_EMILY,
    note: '"Done." under the quoted "I agree. Please proceed."',
    from: SUPPORT, to: P.emily.keep, subject: formSubject(C_EMILY), at: '2026-04-22 21:15', enc: 'ascii7',
    text: reply(`Done.`, 'sf', EMILY.to('ucons'), { sig: 'Chloe', ref: sfRef('9Rt1') }),
  }),
  mk({
    slug: 'lars-yes-completed', kind: 'merge_completed', lang: 'en', caseId: C_LARS,
    note: '"Yes, completed." answers the quoted "has the merge been done?"',
    from: SUPPORT, to: P.lars.keep, subject: formSubject(C_LARS), at: '2026-01-15 14:02', enc: 'ascii7',
    text: reply(`Yes, completed.`, 'sf', LARS.plus('ucons', 'u', '2026-01-15 08:10', `Morning Mateo, has the merge been done? I still only see one certification.\nLars`, 'olEn'), { sig: 'Mateo' }),
  }),
  mk({
    slug: 'fatima-merged-check', kind: 'merge_completed', lang: 'en', caseId: C_FATIMA, trap: true,
    note: 'merged + "check that everything looks right": still merge_completed',
    from: SUPPORT, to: P.fatima.keep, subject: formSubject(C_FATIMA), at: '2026-09-05 10:40', enc: 'utf8qp',
    text: reply(`Merged! Please check that everything looks right.`, 'apple', FATIMA.to('ucons'), { sig: 'Nadia' }),
    html: htmlReply(`Merged! Please check that everything looks right.`, 'plainbq', 'apple', FATIMA.to('ucons')),
  }),
  mk({
    slug: 'alex-mergd-typo', kind: 'merge_completed', lang: 'en', caseId: C_ALEX,
    note: 'typo ("Mergd") over the consent',
    from: SUPPORT, to: P.alex.keep, subject: formSubject(C_ALEX), at: '2026-11-05 07:30', enc: 'ascii7',
    text: reply(`Mergd - all set.`, 'gmailEn', ALEX.to('ucons'), { sig: 'Grace' }),
  }),
  mk({
    slug: 'priya-done-resent', kind: 'merge_completed', lang: 'en', caseId: C_PRIYA, forUser: false,
    note: 'completion redirected by the old employer\'s server (Resent-*): not delivered to the user directly',
    from: SUPPORT, to: P.priya.src, subject: formSubject(C_PRIYA), at: '2026-12-04 06:22', enc: 'ascii7',
    resent: { from: 'postmaster@oldjob.example', to: 'it-archive@oldjob.example', date: mdateEn('2026-12-04 06:30') },
    text: reply(`All done, the two accounts are one now.`, 'sf', PRIYA.to('ucons'), { sig: 'Ibrahim' }),
  }),
  mk({
    slug: 'daisuke-done-forged', kind: 'merge_completed', lang: 'en', caseId: C_DAISUKE, trusted: false,
    note: 'a forged "Done." from amazon-support.co (look-alike): untrusted',
    from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon-support.co>', to: P.daisuke.keep, subject: formSubject(C_DAISUKE), at: '2026-03-18 09:00', enc: 'utf8b64',
    text: reply(`Done. Sign in here to see your merged account: https://amazon-support.co/cert`, 'sf', DAISUKE.to('ucons')),
  }),

  // ============================================================ badges_transferred (7)
  mk({
    slug: 'emily-badges-too', kind: 'badges_transferred', lang: 'en', caseId: C_EMILY,
    note: '"Badges moved too." over the badge question',
    from: SUPPORT, to: P.emily.keep, subject: formSubject(C_EMILY), at: '2026-04-25 10:00', enc: 'ascii7',
    text: reply(`Badges moved too.`, 'sf', EMILY.to('ubadge'), { sig: 'Jasmine' }),
  }),
  mk({
    slug: 'lars-badge-reissued', kind: 'badges_transferred', lang: 'en', caseId: C_LARS,
    note: 'badge reissued to the kept address',
    from: SUPPORT, to: P.lars.keep, subject: formSubject(C_LARS), at: '2026-01-17 09:45', enc: 'utf8qp',
    text: reply(`You should see the DevOps Pro badge in Credly now; we reissued it to ${P.lars.keep}.`, 'sf', LARS.to('ubadge'), { sig: 'Mateo R.' }),
  }),
  mk({
    slug: 'credly-aws-accept-en', kind: 'badges_transferred', lang: 'en', caseId: null,
    note: 'AWS badge via Credly (Accept your badge)',
    from: CREDLY_AWS, to: P.emily.keep, subject: 'Amazon Web Services Training and Certification has issued you a badge', at: '2026-04-25 11:30', enc: 'utf8qp', tz: '+0000',
    text: `You've got a badge: AWS Certified Security - Specialty.
Accept your badge: https://www.credly.com/earner/earned/badge/c1f0a7e2-41b3-4f7b-9d2e-6a8e3b5c0f19`,
    html: `<html><body><h2>You've got a badge</h2><p>AWS Certified Security - Specialty</p><p><a href="https://www.credly.com/earner/earned/badge/c1f0a7e2-41b3-4f7b-9d2e-6a8e3b5c0f19">Accept your badge</a></p></body></html>`,
  }),
  mk({
    slug: 'credly-aws-plain-en', kind: 'badges_transferred', lang: 'en', caseId: null, auth: 'dkimonly',
    note: 'plain-text Credly notice of an AWS badge on the kept address',
    from: CREDLY_AWS, to: P.lars.keep, subject: 'Your AWS Certified DevOps Engineer - Professional badge', at: '2026-01-17 10:05', enc: 'ascii7', tz: '+0000',
    text: `Amazon Web Services Training and Certification issued you a badge. Accept it here:
https://www.credly.com/earner/earned/badge/0e44b1f2-9a3c-4d0e-8b7a-2f6c1d9e5a33

You are receiving this because ${P.lars.keep} is your Credly login.`,
  }),
  mk({
    slug: 'daisuke-badges-close-en', kind: 'badges_transferred', lang: 'en', caseId: C_DAISUKE, trap: true,
    note: 'badges moved and the case is closed: badges_transferred',
    from: SUPPORT, to: P.daisuke.keep, subject: formSubject(C_DAISUKE), at: '2026-03-21 02:30', enc: 'utf8b64',
    text: reply(`Your SAP badge is on the kept account now, so I'll close this case.`, 'sf', DAISUKE.to('ubadge'), { sig: 'Vikram S.' }),
  }),
  mk({
    slug: 'tom-voucher-badges', kind: 'badges_transferred', lang: 'en', caseId: C_TOM,
    note: 'answers the voucher question and adds that the Credly badges moved',
    from: SUPPORT, to: P.tom.keep, subject: formSubject(C_TOM), at: '2026-10-08 13:30', enc: 'ascii7',
    text: reply(`Voucher runs to 31 March. Also moved your two Credly badges across.`, 'sf', TOM.to('uq'), { sig: 'Olu A.' }),
  }),
  mk({
    slug: 'alex-badges-bottom', kind: 'badges_transferred', lang: 'en', caseId: C_ALEX,
    note: 'bottom-posted: moved the badges',
    from: SUPPORT, to: P.alex.keep, subject: formSubject(C_ALEX), at: '2026-11-07 16:00', enc: 'ascii7',
    text: reply(`Moved them - check Credly.\nGrace`, 'gmailEn', ALEX.plus('ucons', 'u', '2026-11-06 20:10', `Hi Grace, certs look right but my three badges are still on the Credly account for ${P.alex.src}. Can they come over?\nAlex`), { bottom: true }),
  }),

  // ============================================================ case_closed (6)
  mk({
    slug: 'priya-closing', kind: 'case_closed', lang: 'en', caseId: C_PRIYA,
    note: 'closing the case (reply to reopen)',
    from: SUPPORT, to: P.priya.keep, subject: formSubject(C_PRIYA), at: '2026-12-08 10:00', enc: 'ascii7',
    text: reply(`Closing this one out - just reply if anything comes up.`, 'sf', PRIYA.plus('done', 'u', '2026-12-04 09:12', `Thank you Ibrahim, all three show up.\nPriya`, 'olEn'), { sig: 'Ibrahim' }),
  }),
  mk({
    slug: 'fatima-autoclose-72h', kind: 'case_closed', lang: 'en', caseId: C_FATIMA,
    note: 'will close in 72 hours without a reply',
    from: AWS_NOREPLY, to: P.fatima.keep, subject: `Reminder: case ${C_FATIMA} is waiting on your reply`, at: '2026-09-07 10:30', enc: 'ascii7',
    text: reply(`Case ${C_FATIMA} will be closed in 72 hours if we don't hear back.`, 'sf', FATIMA.to('conf')),
  }),
  mk({
    slug: 'lars-close-restated-trap', kind: 'case_closed', lang: 'en', caseId: C_LARS, trap: true,
    note: 'restates the earlier merge only to close',
    from: SUPPORT, to: P.lars.keep, subject: formSubject(C_LARS), at: '2026-01-22 09:00', enc: 'utf8qp',
    text: reply(`As the merge went through last Thursday, I'm closing the case.`, 'sf', LARS.to('done'), { sig: 'Mateo R.' }),
  }),
  mk({
    slug: 'tom-resolved-html', kind: 'case_closed', lang: 'en', caseId: C_TOM,
    note: 'HTML-only "resolved" notice with the last reply quoted',
    from: AWS_NOREPLY, to: P.tom.keep, subject: `Your support case ${C_TOM} has been resolved`, at: '2026-10-12 00:01', enc: 'utf8qp',
    html: htmlReply(`Case ${C_TOM} resolved.`, 'outlook', 'olLine', TOM.to('uq')),
  }),
  mk({
    slug: 'alex-noreply-closed', kind: 'case_closed', lang: 'en', caseId: C_ALEX,
    note: 'closed for lack of reply over the unanswered consent request',
    from: SUPPORT, to: P.alex.keep, subject: formSubject(C_ALEX), at: '2026-11-12 10:05', enc: 'ascii7',
    text: reply(`We haven't heard back, so this case is now closed. Reply to reopen.`, 'sf', ALEX.to('conf')),
  }),
  mk({
    slug: 'emily-close-restated-trap', kind: 'case_closed', lang: 'en', caseId: C_EMILY, trap: true,
    note: 'bottom-posted close that only restates the merge date',
    from: SUPPORT, to: P.emily.keep, subject: formSubject(C_EMILY), at: '2026-04-30 15:00', enc: 'ascii7',
    text: reply(`Since your accounts were merged on Apr 23, closing this case now.\nJasmine`, 'gmailEn', EMILY.to('done'), { bottom: true }),
  }),

  // ============================================================ support_reply (7)
  mk({
    slug: 'lars-not-yet', kind: 'support_reply', lang: 'en', caseId: C_LARS, trap: true,
    note: '"Not yet." under "is it merged?"',
    from: SUPPORT, to: P.lars.keep, subject: formSubject(C_LARS), at: '2026-01-14 16:30', enc: 'ascii7',
    text: reply(`Not yet.`, 'sf', LARS.plus('ucons', 'u', '2026-01-14 15:55', `Hi Mateo, is the merge done yet? I have an exam on Friday.\nLars`, 'olEn'), { sig: 'Mateo' }),
  }),
  mk({
    slug: 'emily-confirmed-our-side', kind: 'support_reply', lang: 'en', caseId: C_EMILY, trap: true,
    note: '"Confirmed on our side" over the user\'s consent: thanks-for-confirming',
    from: SUPPORT, to: P.emily.keep, subject: formSubject(C_EMILY), at: '2026-04-22 12:20', enc: 'ascii7',
    text: reply(`Confirmed on our side, thanks.`, 'sf', EMILY.to('ucons'), { sig: 'Jasmine' }),
  }),
  mk({
    slug: 'priya-thanks-trap', kind: 'support_reply', lang: 'en', caseId: C_PRIYA, trap: true,
    note: '"Thanks!" over a quote that holds the completed merge',
    from: SUPPORT, to: P.priya.keep, subject: formSubject(C_PRIYA), at: '2026-12-04 10:00', enc: 'ascii7',
    text: reply(`Thanks!`, 'sf', PRIYA.plus('done', 'u', '2026-12-04 09:12', `Thank you Ibrahim, all three show up.\nPriya`, 'olEn')),
  }),
  mk({
    slug: 'alex-check-next-week', kind: 'support_reply', lang: 'en', caseId: C_ALEX, trap: true,
    note: '"I will check next week" over a badge question',
    from: SUPPORT, to: P.alex.keep, subject: formSubject(C_ALEX), at: '2026-11-06 22:00', enc: 'utf8qp',
    text: reply(`I will check with the Credly team next week.`, 'gmailEn', ALEX.plus('ucons', 'u', '2026-11-06 20:10', `Hi Grace, certs look right but my three badges are still on the Credly account for ${P.alex.src}. Can they come over?\nAlex`), { sig: 'Grace' }),
  }),
  mk({
    slug: 'tom-wrong-case', kind: 'support_reply', lang: 'en', caseId: C_TOM, trap: true,
    note: '"Wrong case, sorry": retracts a completion meant for someone else',
    from: SUPPORT, to: P.tom.keep, subject: formSubject(C_TOM), at: '2026-10-07 08:20', enc: 'ascii7',
    text: `Wrong case, sorry - please ignore the message below.

Olu A.

${qblock('sf', WRONG, WRONG.text)}`,
  }),
  mk({
    slug: 'emily-duplicate-cases', kind: 'support_reply', lang: 'en', caseId: '1776650044', trap: true,
    note: '"merged your duplicate cases": about cases, not accounts',
    from: SUPPORT, to: P.emily.keep, subject: formSubject('1776650044'), at: '2026-04-21 10:02', enc: 'utf8qp',
    text: reply(`We've merged your duplicate cases into ${C_EMILY}; we'll continue there.`, 'sf', EMILY.to('form')),
  }),
  mk({
    slug: 'fatima-see-below', kind: 'support_reply', lang: 'en', caseId: C_FATIMA, trap: true,
    note: '"See below." with inline status: still with the team, nothing done yet',
    from: SUPPORT, to: P.fatima.keep, subject: formSubject(C_FATIMA), at: '2026-09-06 12:00', enc: 'utf8b64',
    text: `See below.

On Sep 6, 2026, at 09:30, ${P.fatima.en} <${P.fatima.keep}> wrote:

> Hi Nadia, is the merge done? And will my AI Practitioner badge move too?
Not yet, it's still with the back-office team.
> Thanks, Fatima
>
${quote(qblock('apple', FATIMA.to('ucons').at(-1)!, nest(FATIMA.to('ucons'))))}`,
  }),

  // ============================================================ unrelated (7)
  mk({
    slug: 'emily-own-iagree', kind: 'unrelated', lang: 'en', caseId: C_EMILY, trap: true, trusted: false, forUser: false, auth: 'none', deliveredTo: null,
    note: 'the user\'s own "I agree" (Sent copy, addressed to support only)',
    from: `${P.emily.en} <${P.emily.keep}>`, to: SUPPORT_ADDR, subject: RE(C_EMILY), at: '2026-04-22 12:05', enc: 'ascii7', relay: 'smtp.example.com',
    text: reply(`I agree. Please proceed.\n\nEmily`, 'gmailEn', EMILY.to('conf')),
  }),
  mk({
    slug: 'agent-ooo', kind: 'unrelated', lang: 'en', caseId: C_EMILY, trap: true,
    note: 'an agent\'s out-of-office auto-reply over the badge question',
    from: 'Jasmine K. <jasminek@amazon.com>', to: P.emily.keep, subject: `Automatic reply: ${RE(C_EMILY)}`, at: '2026-04-24 16:41', enc: 'ascii7',
    extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    text: reply(`I'm out of the office until Monday. Your case is being handled by the team.`, 'olEn', EMILY.to('ubadge')),
  }),
  mk({
    slug: 'survey-en', kind: 'unrelated', lang: 'en', caseId: C_PRIYA, trap: true,
    note: 'survey over the quoted completion',
    from: AWS_NOREPLY, to: P.priya.keep, subject: `How did we do on case ${C_PRIYA}?`, at: '2026-12-09 12:00', enc: 'utf8qp',
    text: reply(`Was your issue resolved? Take our 2-minute survey: https://survey.aws.example/r/${C_PRIYA}`, 'sf', PRIYA.to('done')),
    html: htmlReply(`Was your issue resolved? Take our 2-minute survey.`, 'outlook', 'sf', PRIYA.to('done')),
  }),
  mk({
    slug: 'refund-done-en', kind: 'unrelated', lang: 'en', caseId: '1807723419', trap: true,
    note: '"Done." under a quoted refund request: another case',
    from: SUPPORT, to: P.tom.keep, subject: '[CASE 1807723419] Refund for cancelled exam', at: '2026-11-20 09:00', enc: 'ascii7',
    text: `Done.

Olu

-----Original Message-----
From: ${P.tom.en} <${P.tom.keep}>
Sent: Thursday, November 19, 2026 6:40 PM
To: ${SUPPORT_ADDR}
Subject: Refund for cancelled exam

Hi, I cancelled my DOP-C02 exam within the allowed window (booking ref 8831-2204). Could you refund the fee to my card?
Tom`,
  }),
  mk({
    slug: 'credly-hashicorp', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'Credly badge from HashiCorp',
    from: 'HashiCorp via Credly <admin@credly.com>', to: P.tom.keep, subject: 'HashiCorp has issued you a badge', at: '2026-10-15 18:00', enc: 'utf8qp', tz: '+0000',
    text: `You've got a badge: HashiCorp Certified: Terraform Associate (003).
Accept your badge: https://www.credly.com/earner/earned/badge/7a9e3c11-0b62-4f8d-a3c5-91e2d4b6f807`,
  }),
  mk({
    slug: 'aws-newsletter-see-below', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'marketing: "see below" over a newsletter about new exams and a completed beta',
    from: 'AWS Training and Certification <aws-training-news@amazon.com>', to: P.fatima.keep, subject: 'New in AWS Certification this month', at: '2026-09-15 15:00', enc: 'utf8qp',
    text: `See below for this month's updates.

> Beta completed: AWS Certified Generative AI Developer - Professional is now generally available.
> Claim your badge faster: new Credly integration for all AWS Certifications.
> Save 50% on your next exam with your certification benefit.`,
  }),
  mk({
    slug: 'exam-reschedule-en', kind: 'unrelated', lang: 'en', caseId: '1808102276', trap: true,
    note: 'exam-booking case: "Confirmed" is the new exam date',
    from: SUPPORT, to: P.alex.keep, subject: '[CASE 1808102276] Reschedule exam appointment', at: '2026-11-10 13:00', enc: 'ascii7',
    text: `Confirmed, your exam is now on May 20 at 10:00.

On Mon, Nov 9, 2026 at 9:15 PM ${P.alex.en} <${P.alex.keep}> wrote:
> Hello, I need to move my MLA-C01 exam. Any slot around May 20 works.
> Alex`,
  }),
];

function mdateEn(at: string): string {
  // Resent-Date of the redirecting hop
  const [d, t] = at.split(' ');
  const [y, mo, da] = d!.split('-').map(Number);
  const wd = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(Date.UTC(y!, mo! - 1, da!)).getUTCDay()];
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][mo! - 1];
  return `${wd}, ${da} ${mon} ${y} ${t}:05 +0000`;
}
