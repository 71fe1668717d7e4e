// English messages of set "et": the news sits in the subject over a thin body,
// or the subject is stale/generic/misleading and the body tells what happened.
import type { Msg } from './lib.js';
import { ALEX, AWS_NOTIFY, CASE, CERT_PORTAL, CREDLY_AWS, MARIA, M, PRIYA, SUPPORT, formSubject, paras, quote, sfOriginal, sfRef } from './common.js';

const SIG_A = 'Best regards,\nDaniel R.\nAWS Training and Certification Customer Service';
const SIG_B = '--\nAWS T&C Support | https://aws.amazon.com/training/';
const SIG_C = 'Kind regards,\n\nMeera\nCustomer Support - AWS Training & Certification\nWe value your feedback. Please share your experience by rating this correspondence using the links below.';

const alexAsk = `Hi, I have two certification profiles: ${ALEX.keep} (${ALEX.keepId}) which I want to keep, and ${ALEX.src} (${ALEX.srcId}) from my old job. Please merge them.\nAlex`;
const priyaAsk = `Hello, I'd like my two AWS Certification accounts combined under ${PRIYA.keep}. The old one is ${PRIYA.src}.\nThanks, Priya`;
const mariaAsk = `Hi, my first exam was on my university email (${MARIA.src}), the second on ${MARIA.keep}. Could you combine them into the personal one?`;

export const EN: Msg[] = [
  // ---------------- acknowledgement ----------------
  M({
    kind: 'acknowledgement', lang: 'en', caseId: CASE.alex, enc: 'ascii7', from: AWS_NOTIFY,
    subject: `[CASE ${CASE.alex}] We've received your request`,
    text: 'Thank you.',
    note: 'receipt in the subject; two-word body',
  }),
  M({
    kind: 'acknowledgement', lang: 'en', caseId: CASE.priya, enc: 'utf8qp', from: AWS_NOTIFY, to: PRIYA.keep,
    subject: 'Re: Re: your request',
    text: `This is an automated receipt. Case ${CASE.priya} has been opened for your inquiry and a member of our team will respond within 1-2 business days.\nPlease don't open another case for the same issue; duplicates slow us down.\n\nAmazon Web Services`,
    note: 'generic Re: Re: subject; the body is the automatic case receipt',
  }),
  M({
    kind: 'acknowledgement', lang: 'en', caseId: CASE.maria, enc: 'utf8b64', from: AWS_NOTIFY, to: MARIA.keep,
    subject: 'Case created',
    html: `<html><body><a href="https://support.aws.amazon.com/#/case/?displayId=${CASE.maria}">https://support.aws.amazon.com/#/case/?displayId=${CASE.maria}</a></body></html>`,
    note: 'HTML-only link under a "Case created" subject',
  }),
  M({
    kind: 'acknowledgement', lang: 'en', caseId: CASE.priyaBill, enc: 'ascii7', from: AWS_NOTIFY, to: PRIYA.keep,
    subject: `[CASE ${CASE.priyaBill}] Thank you for contacting us`,
    text: 'We will get back to you soon.\n\nAmazon Web Services',
    note: 'a receipt that says nothing of its topic is read as what it looks like',
  }),
  M({
    kind: 'acknowledgement', lang: 'en', caseId: CASE.alex, enc: 'utf8qp', from: AWS_NOTIFY,
    subject: `Your support case ${CASE.alex} has been created`,
    text: '-- \nAWS Training & Certification | Customer Support',
    html: '<p style="color:#555">-- <br>AWS Training &amp; Certification | Customer Support</p>',
    note: 'multipart with a signature-only body; the subject is the receipt',
  }),
  M({
    kind: 'acknowledgement', lang: 'en', caseId: CASE.maria, enc: 'ascii7', from: AWS_NOTIFY, to: MARIA.keep, trap: true,
    subject: 'Confirmation of your request',
    text: `We have received your case (${CASE.maria}).\nCategory: account-assistance\nSeverity: General guidance\n\nThis mailbox is not monitored.`,
    note: '"Confirmation" here is a receipt of the new case, not a consent request',
  }),

  // ---------------- ai_answer ----------------
  M({
    kind: 'ai_answer', lang: 'en', caseId: null, enc: 'ascii7', from: AWS_NOTIFY, auth: 'none', trusted: false,
    subject: 'Suggested answer: use the Merge Accounts tool',
    text: 'View the full answer in the Support Center.',
    note: 'AI suggestion in the subject; no Authentication-Results at all, so untrusted',
  }),
  M({
    kind: 'ai_answer', lang: 'en', caseId: null, enc: 'utf8qp', from: AWS_NOTIFY, to: PRIYA.keep,
    subject: 'An AI-generated answer to your question',
    text: 'Open the link below to read it.\nhttps://support.aws.amazon.com/#/contacts/aws-training/answer',
    note: 'the subject says it is an AI answer; the body is a link',
  }),
  M({
    kind: 'ai_answer', lang: 'en', caseId: null, enc: 'utf8b64', from: AWS_NOTIFY, to: MARIA.keep, trap: true,
    subject: 'Re: merge two certification accounts',
    text: `Generated answer (beta)\nYou may be able to merge the accounts yourself from Profile > Merge Accounts in the certification portal. After the merge completes, accept your badges again on Credly.\nDidn't help? Choose "Create case".\n\n${quote(mariaAsk)}`,
    note: 'automated answer that talks about merge completion and badges: still ai_answer',
  }),
  M({
    kind: 'ai_answer', lang: 'en', caseId: CASE.alex, enc: 'ascii7',
    subject: formSubject(CASE.alex),
    text: `[Automated response]\nBased on your description, the self-service Merge Accounts option under your profile may resolve this without an agent.\n\n${sfRef('9Kd33Xe')}`,
    note: 'the case-form subject, but the body is an automated self-service suggestion',
  }),
  M({
    kind: 'ai_answer', lang: 'en', caseId: null, enc: 'ascii7', from: AWS_NOTIFY, to: PRIYA.keep,
    subject: 'Self-service option available for your question (automated)',
    text: '',
    note: 'empty body; the subject is the automated self-service suggestion',
  }),
  M({
    kind: 'ai_answer', lang: 'en', caseId: null, enc: 'utf8qp', from: AWS_NOTIFY,
    subject: "Amazon Q: answer to 'how do I combine two certification profiles'",
    text: 'This answer was generated automatically and may contain mistakes.',
    html: '<p><i>This answer was generated automatically and may contain mistakes.</i></p>',
    note: 'subject names the generated answer; body is the disclaimer',
  }),

  // ---------------- info_request ----------------
  M({
    kind: 'info_request', lang: 'en', caseId: CASE.alex, enc: 'ascii7',
    subject: `[CASE ${CASE.alex}] Action required: details needed to proceed`,
    text: 'Please see the portal.',
    note: 'the request for details is in the subject; "Please see the portal." body',
  }),
  M({
    kind: 'info_request', lang: 'en', caseId: CASE.alex, enc: 'utf8qp', trusted: false,
    from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com.case-portal.net>',
    subject: 'Additional information needed',
    text: `Case ${CASE.alex}: reply with both candidate IDs and your date of birth so we can proceed.`,
    note: 'asks for data but the From domain is amazon.com.case-portal.net: untrusted',
  }),
  M({
    kind: 'info_request', lang: 'en', caseId: CASE.priya, enc: 'ascii7', to: PRIYA.keep, trap: true,
    subject: `Re: [CASE ${CASE.priya}] Thank you for contacting us`,
    text: `Hi Priya,\n\nTo locate the second profile, could you share the email it was registered under and its candidate ID (it starts with AWS)? And which of the two should stay active?\n\n${SIG_A}`,
    note: 'stale receipt subject; the body asks for email, candidate ID and which to keep',
  }),
  M({
    kind: 'info_request', lang: 'en', caseId: CASE.maria, enc: 'utf8b64', to: MARIA.keep, trap: true,
    subject: 'Quick question',
    text: `Hello Maria,\n\nBefore we go ahead, please confirm the email address you want to keep.\n\nCase ${CASE.maria}\n${SIG_B}`,
    note: '"please confirm the email address you keep" asks for information',
  }),
  M({
    kind: 'info_request', lang: 'en', caseId: CASE.maria, enc: 'utf8qp', to: MARIA.keep,
    subject: 'RE: Re: your request',
    text: `Thanks Maria. One piece is missing: the exact name on the university account, as printed on your score report.\n\n${SIG_C}\n\nOn Tue, Oct 6, 2026 at 4:18 PM Maria Garcia <${MARIA.keep}> wrote:\n${quote(`Case ${CASE.maria}. ` + mariaAsk)}`,
    note: 'generic subject; body asks for the name on the old account',
  }),
  M({
    kind: 'info_request', lang: 'en', caseId: CASE.maria, enc: 'ascii7', to: MARIA.keep,
    subject: `Need info - case ${CASE.maria}`,
    text: 'Best,\nDaniel\nAWS T&C',
    note: 'signature-only body; the subject asks for information',
  }),

  // ---------------- confirmation_request ----------------
  M({
    kind: 'confirmation_request', lang: 'en', caseId: CASE.alex, enc: 'ascii7', auth: 'misaligned', trusted: false,
    subject: `[CASE ${CASE.alex}] Please confirm the merge`,
    text: 'Reply YES to proceed.',
    note: 'consent request, but DKIM is for an unrelated bulk domain and dmarc fails: untrusted',
  }),
  M({
    kind: 'confirmation_request', lang: 'en', caseId: CASE.priya, enc: 'utf8qp', to: PRIYA.keep,
    subject: `Consent needed: irreversible account merge (case ${CASE.priya})`,
    text: '',
    note: 'empty body; subject asks consent to an irreversible merge',
  }),
  M({
    kind: 'confirmation_request', lang: 'en', caseId: CASE.alex, enc: 'utf8b64',
    subject: formSubject(CASE.alex),
    text: `Hello Alex,\n\nWe're ready on our side. Merging ${ALEX.srcId} into ${ALEX.keepId} can't be reversed. Reply to this email to let us know you agree, and we'll proceed.\n\n${SIG_A}\n\n${sfOriginal(ALEX.keep, '10/03/2026 11:02 AM', 'aws-cs-trainingcertification-form@amazon.com', 'account-assistance', alexAsk)}`,
    note: 'standard form subject; body asks for consent',
  }),
  M({
    kind: 'confirmation_request', lang: 'en', caseId: CASE.priya, enc: 'ascii7', to: PRIYA.keep, trap: true,
    subject: 'Re: Additional information needed',
    text: `Got everything, thank you. Last step: can you confirm you'd like us to go ahead with combining the two profiles? This can't be undone.\n\nCase ${CASE.priya}\n${SIG_B}`,
    note: 'stale info-request subject; body asks consent',
  }),
  M({
    kind: 'confirmation_request', lang: 'en', caseId: CASE.maria, enc: 'utf8qp', to: MARIA.keep,
    subject: `Final check before we merge [${CASE.maria}]`,
    text: `See below.\n\n-----Original Message-----\nFrom: Maria Garcia <${MARIA.keep}>\nSent: Wednesday, October 7, 2026 9:12 AM\nTo: ${'aws-cs-trainingcertification-form@amazon.com'}\nSubject: RE: Re: your request\n\nThe name on that account is Maria L. Garcia.`,
    note: 'subject asks for the final go-ahead; the body is only "See below." over the quote',
  }),
  M({
    kind: 'confirmation_request', lang: 'en', caseId: CASE.alex, enc: 'utf8b64',
    subject: 'Your approval is required',
    html: `<html><body>${paras(`Case ${CASE.alex}\n\nKindly reply "I agree" to authorize the permanent consolidation of your two certification accounts.`)}</body></html>`,
    note: 'HTML-only; asks to reply I agree to a permanent consolidation',
  }),

  // ---------------- merge_completed ----------------
  M({
    kind: 'merge_completed', lang: 'en', caseId: CASE.alex, enc: 'ascii7',
    subject: `Re: [CASE ${CASE.alex}] Merge completed`,
    text: 'Please see the portal.',
    note: 'completion told by the subject only',
  }),
  M({
    kind: 'merge_completed', lang: 'en', caseId: null, enc: 'utf8qp', to: PRIYA.keep, trusted: false,
    from: 'AWS Training and Certification <aws.cert.support@gmail.com>',
    subject: 'Accounts merged',
    text: 'Sign in to verify: http://aws-cert-verify.example.com/',
    note: 'trusted display name on a free-mail address: untrusted',
  }),
  M({
    kind: 'merge_completed', lang: 'en', caseId: null, enc: 'ascii7', from: CERT_PORTAL, to: MARIA.keep,
    subject: 'Your certification accounts have been merged',
    text: 'Do not reply to this email.',
    note: "the certification portal's own merged notice",
  }),
  M({
    kind: 'merge_completed', lang: 'en', caseId: CASE.priya, enc: 'utf8b64', to: PRIYA.keep, trap: true,
    subject: 'RE: Please confirm the merge',
    text: `Thanks for your patience. The two profiles are now one: everything from ${PRIYA.srcId} sits under ${PRIYA.keepId}. Please check that all looks right.\n\n${SIG_C}\n\n________________________________\nFrom: Priya Nair <${PRIYA.keep}>\nSent: Thursday, October 8, 2026 6:40 PM\nSubject: RE: Please confirm the merge\n\nYes, go ahead. Case ${CASE.priya}.`,
    note: 'stale confirm subject; body says the merge happened (check-it-looks-right stays merge_completed)',
  }),
  M({
    kind: 'merge_completed', lang: 'en', caseId: CASE.maria, enc: 'ascii7', to: MARIA.keep,
    subject: 'Re: Re: your request',
    text: `Done - the accounts have been combined. We're closing this case now; reply if anything looks off.\n\nCase ${CASE.maria}\n${SIG_A}`,
    note: 'completion that also closes: merge_completed',
  }),
  M({
    kind: 'merge_completed', lang: 'en', caseId: CASE.maria, enc: 'utf8qp', to: MARIA.keep,
    subject: `Merge done [CASE ${CASE.maria}]`,
    text: SIG_B,
    note: 'signature-only body; subject says the merge is done',
  }),

  // ---------------- badges_transferred ----------------
  M({
    kind: 'badges_transferred', lang: 'en', caseId: null, enc: 'utf8qp', from: CREDLY_AWS,
    subject: 'Accept your AWS Certified Cloud Practitioner badge',
    text: 'Accept your badge\nhttps://www.credly.com/badges/0d6c4a5e-1b2f-4f0a-8d2e-77a1c9e0b3f4',
    html: '<a href="https://www.credly.com/badges/0d6c4a5e-1b2f-4f0a-8d2e-77a1c9e0b3f4">Accept your badge</a>',
    note: "AWS's badge via Credly on the kept address",
  }),
  M({
    kind: 'badges_transferred', lang: 'en', caseId: null, enc: 'ascii7', from: CREDLY_AWS, to: PRIYA.keep, auth: 'otherOnly', trusted: false,
    subject: 'Your badges have been moved',
    text: 'View them on your profile.',
    note: "badges-moved notice but the only verdict is another server's: untrusted",
  }),
  M({
    kind: 'badges_transferred', lang: 'en', caseId: CASE.alex, enc: 'ascii7', to: ALEX.src, forUser: false,
    resent: { from: 'mailer@work.example.net', to: 'helpdesk@work.example.net', date: 'Mon, 12 Oct 2026 08:15:03 +0000' },
    subject: formSubject(CASE.alex),
    text: `Hi Alex,\n\nYour Credly badges have now been transferred to the profile on ${ALEX.keep}.\n\n${SIG_A}`,
    note: 'badges moved; redirected (Resent-*) to a helpdesk, so not for the user',
  }),
  M({
    kind: 'badges_transferred', lang: 'en', caseId: CASE.priya, enc: 'utf8qp', to: PRIYA.keep, trap: true,
    subject: 'Re: Merge completed',
    text: `Follow-up on case ${CASE.priya}: the badges that were left on the old Credly profile have now been reassigned to your current one.\n\n${SIG_B}`,
    note: 'stale completion subject; body says the badges moved',
  }),
  M({
    kind: 'badges_transferred', lang: 'en', caseId: CASE.priya, enc: 'ascii7', to: PRIYA.keep,
    subject: `Badges moved - closing case ${CASE.priya}`,
    text: 'Thanks!',
    note: 'badges moved and closing, in the subject',
  }),
  M({
    kind: 'badges_transferred', lang: 'en', caseId: CASE.maria, enc: 'utf8b64', to: MARIA.keep,
    subject: `[CASE ${CASE.maria}] Credly badges transferred`,
    html: '<html><body><p>Regards,<br>AWS T&amp;C Support</p></body></html>',
    note: 'HTML-only signature; the subject says the badges moved',
  }),

  // ---------------- case_closed ----------------
  M({
    kind: 'case_closed', lang: 'en', caseId: CASE.alex, enc: 'ascii7', from: AWS_NOTIFY,
    subject: `Your case ${CASE.alex} has been resolved`,
    text: 'AWS Support',
    note: 'resolved notice in the subject',
  }),
  M({
    kind: 'case_closed', lang: 'en', caseId: CASE.priya, enc: 'utf8qp', from: AWS_NOTIFY, to: PRIYA.keep,
    subject: 'Reminder: this case will close in 3 days',
    text: `Case ${CASE.priya}`,
    note: 'will-close-in-N-days reminder in the subject',
  }),
  M({
    kind: 'case_closed', lang: 'en', caseId: CASE.maria, enc: 'ascii7', to: MARIA.keep, trap: true,
    subject: formSubject(CASE.maria),
    text: `Hi Maria,\n\nSince the merge was completed last Tuesday and we haven't heard back, we'll mark this case resolved.\n\n${SIG_A}`,
    note: 'closing that restates an earlier merge',
  }),
  M({
    kind: 'case_closed', lang: 'en', caseId: CASE.alex, enc: 'utf8b64',
    subject: 'Re: Re: your request',
    text: `We haven't received a reply. This case (${CASE.alex}) will close automatically in 72 hours unless you respond.\n\n${SIG_B}`,
    note: 'generic subject; body is the auto-close warning',
  }),
  M({
    kind: 'case_closed', lang: 'en', caseId: CASE.priya, enc: 'ascii7', from: AWS_NOTIFY, to: PRIYA.keep,
    subject: `Case closed: ${CASE.priya}`,
    text: 'https://support.aws.amazon.com/#/case/history',
    note: 'link-only body; subject says the case is closed',
  }),
  M({
    kind: 'case_closed', lang: 'en', caseId: CASE.alex, enc: 'utf8qp', trap: true,
    subject: 'Re: Badges not showing',
    text: `Hi Alex,\n\nAs your badges were moved earlier this week, I'm closing case ${CASE.alex}. Reply any time to reopen it.\n\n${SIG_C}`,
    note: 'restates the earlier badge move and closes: case_closed',
  }),

  // ---------------- support_reply ----------------
  M({
    kind: 'support_reply', lang: 'en', caseId: CASE.alex, enc: 'ascii7', trap: true,
    subject: `Re: [CASE ${CASE.alex}] Merge completed`,
    text: `Hi Alex,\n\nApologies - that subject line came from a template. The merge has not been completed yet; our back-office team is still working on it.\n\n${SIG_A}`,
    note: 'misleading completion subject; body says not merged yet',
  }),
  M({
    kind: 'support_reply', lang: 'en', caseId: CASE.alex, enc: 'ascii7', to: 'Cert Team <cert-team@work.example.net>', forUser: false, trap: true,
    subject: `Re: [CASE ${CASE.alex}] Please confirm the merge`,
    text: `Thanks for confirming. I've passed this to the merge team.\n\n${SIG_B}`,
    note: 'thanks-for-confirming sent to a team list, not to the user',
  }),
  M({
    kind: 'support_reply', lang: 'en', caseId: CASE.priya, enc: 'utf8qp', to: PRIYA.keep,
    subject: `Escalated [CASE ${CASE.priya}]`,
    text: '--\nAWS Training and Certification',
    note: 'escalation told by the subject only',
  }),
  M({
    kind: 'support_reply', lang: 'en', caseId: CASE.maria, enc: 'utf8b64', to: MARIA.keep, trap: true,
    subject: 'Re: Re: your request',
    text: `Once we have merged the accounts I'll let you know; it usually takes 3-5 business days.\n\nCase ${CASE.maria}\n${SIG_A}`,
    note: 'future statement: support_reply',
  }),
  M({
    kind: 'support_reply', lang: 'en', caseId: CASE.alex, enc: 'ascii7', auth: 'none', trusted: false,
    subject: `Update on case ${CASE.alex}`,
    text: 'Still in progress.',
    note: 'status update without any Authentication-Results: untrusted',
  }),
  M({
    kind: 'support_reply', lang: 'en', caseId: CASE.maria, enc: 'utf8qp', to: MARIA.keep, trap: true,
    subject: `[CASE ${CASE.maria}] Unable to merge at this time`,
    text: 'See below.\n\nOn Fri, Oct 9, 2026 at 10:01 AM Maria Garcia <maria.garcia@example.es> wrote:\n> Any news?',
    note: 'the subject says they cannot merge; body is "See below." over a quote',
  }),
  M({
    kind: 'support_reply', lang: 'en', caseId: CASE.priya, enc: 'ascii7', to: PRIYA.keep,
    subject: `Please reply from your primary address (case ${CASE.priya})`,
    text: '',
    note: 'write from the kept address, no data asked: support_reply',
  }),

  // ---------------- unrelated ----------------
  M({
    kind: 'unrelated', lang: 'en', caseId: CASE.alex, enc: 'ascii7', from: `Alex Kim <${ALEX.keep}>`, to: SUPPORT, cc: ALEX.src, auth: 'none', trusted: false, trap: true,
    subject: formSubject(CASE.alex),
    text: `Yes, I confirm. Please go ahead with the merge.\nAlex\n\n${quote('Reply to this email to let us know you agree.')}`,
    note: "the user's own consent reply (copy to their other address)",
  }),
  M({
    kind: 'unrelated', lang: 'en', caseId: null, enc: 'ascii7', from: 'Pearson VUE <noreply@pearsonvue.example>', to: PRIYA.keep, auth: 'none', trusted: false, trap: true,
    subject: 'Appointment confirmation - AWS Certified Developer - Associate',
    text: 'Your exam is booked for 20 November 2026, 10:00. Bring a valid ID.',
    note: 'test vendor booking confirmation',
  }),
  M({
    kind: 'unrelated', lang: 'en', caseId: CASE.alex, enc: 'utf8qp', from: AWS_NOTIFY, trap: true,
    subject: `How did we do? Case ${CASE.alex}`,
    text: 'Was your issue resolved?\nYes | No',
    note: 'satisfaction survey',
  }),
  M({
    kind: 'unrelated', lang: 'en', caseId: CASE.priyaBill, enc: 'ascii7', to: PRIYA.keep, trap: true,
    subject: `[CASE ${CASE.priyaBill}] Your request has been completed`,
    text: 'The refund for your exam voucher has been processed and will appear on your statement in 5-7 days.',
    note: "the user's other (refund) case, saying its topic",
  }),
  M({
    kind: 'unrelated', lang: 'en', caseId: null, enc: 'utf8b64', from: 'HashiCorp via Credly <admin@credly.com>', to: MARIA.keep, trap: true,
    subject: "You've earned a badge from HashiCorp",
    text: 'Accept your badge',
    note: 'a Credly badge from another issuer',
  }),
  M({
    kind: 'unrelated', lang: 'en', caseId: null, enc: 'ascii7', from: 'Credly <admin@credly.com>', to: PRIYA.keep, trap: true,
    subject: 'Complete Account Merge',
    text: 'Your verification code is 710254.',
    note: "Credly's own account-merge code",
  }),
  M({
    kind: 'unrelated', lang: 'en', caseId: CASE.priya, enc: 'ascii7', from: 'Meera S <meera.s@amazon.com>', to: PRIYA.keep,
    subject: `Automatic reply: Re: [CASE ${CASE.priya}] Thank you for contacting us`,
    text: "I'm out of the office until Monday. Your case will be picked up by another team member.",
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    note: "an agent's out-of-office auto-reply",
  }),
  M({
    kind: 'unrelated', lang: 'en', caseId: null, enc: 'utf8qp', from: 'AWS Events <aws-events@amazon.com>', to: MARIA.keep, trap: true,
    subject: 'Certified? Collect your badge sticker at the re:Invent certification lounge',
    text: 'Register: https://reinvent.awsevents.com/',
    html: '<p><a href="https://reinvent.awsevents.com/">Register</a></p>',
    note: 'event marketing using badge words',
  }),
];
