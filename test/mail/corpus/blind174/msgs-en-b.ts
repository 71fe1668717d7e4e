// fq English messages, part B: badges, closings, other human replies, unrelated long mail.
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY, CREDLY_AWS, SUPPORT, SUPPORT_BARE, TRAINING_NEWS, J, P, d, formSubject, gmailEn, outlookEn, quote, sfOriginal, letter, letterText,
  EN_BADGE, EN_CERTS, EN_FAQ, EN_FOOTER, EN_PRIVACY, EN_PROCESS,
  withMore, X, JA_MORE, EN_MORE, CREDLY_EN, CREDLY_JA, CORP_JA, CORP_EN,
} from './common.js';
import { C } from './msgs-en-a.js';

type In = Omit<Msg, 'lang' | 'trusted' | 'forUser' | 'trap' | 'auth'> & Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap' | 'auth'>> & { more?: string[] };
const en = (m: In): Msg => withMore({ lang: 'en', auth: 'pass', trusted: true, forUser: true, trap: false, ...m });

const A = P.alex!, PR = P.priya!, MA = P.maria!, DA = P.daniel!, SO = P.sofia!;

const credlyFooter = 'You are receiving this email because an organization issued you a badge on Credly.\nCredly, 200 Park Avenue South, New York, NY 10003\nManage notifications: https://www.credly.com/notifications';

export const EN_B: Msg[] = [
  // ------------------------------------------------------------ badges_transferred (6)
  en({
    slug: 'en-badge-credly-alex', more: [CREDLY_EN[0]!, CREDLY_EN[1]!, CREDLY_EN[2]!, EN_MORE[4]!], kind: 'badges_transferred', caseId: null,
    note: 'AWS badge issued via Credly to the kept address after the merge; the issuance line sits among Credly help text',
    from: CREDLY_AWS, to: A.keep, subject: 'Amazon Web Services Training and Certification sent you a new badge', date: d('2026-04-11 03:12:40', '+0000'), enc: 'utf8qp',
    text: letterText({
      title: 'You have a new badge',
      sections: [
        { body: 'Hi Alex,' },
        { body: 'Amazon Web Services Training and Certification has issued you the AWS Certified Solutions Architect - Associate badge.' },
        { body: 'Accept your badge to add it to your profile, share it on LinkedIn and other networks, and give employers a verified record of your skills.' },
        { h: 'New to Credly?', body: 'Credly is a platform for managing and sharing digital credentials from the organizations you work with. If you do not have an account yet, you can create one with this email address at no cost.' },
        { body: 'Accept your badge: https://www.credly.com/earner/earned/badge/0b7f2e11-64a3-4a0c-9d2e-1f5b8c7a6d90' },
      ],
      footer: credlyFooter,
    }),
    html: letter({
      brand: 'Credly', title: 'You have a new badge',
      sections: [
        { body: 'Hi Alex,' },
        { body: 'Amazon Web Services Training and Certification has issued you the AWS Certified Solutions Architect - Associate badge.' },
        { body: 'Accept your badge to add it to your profile, share it on LinkedIn and other networks, and give employers a verified record of your skills.' },
        { h: 'New to Credly?', body: 'Credly is a platform for managing and sharing digital credentials from the organizations you work with. If you do not have an account yet, you can create one with this email address at no cost.' },
        { body: 'Accept your badge: https://www.credly.com/earner/earned/badge/0b7f2e11-64a3-4a0c-9d2e-1f5b8c7a6d90' },
      ],
      footer: credlyFooter,
    }),
  }),
  en({
    slug: 'en-badge-support-priya', kind: 'badges_transferred', caseId: C.priya,
    note: 'user reported missing badges; agent says the badges were moved to the kept Credly account, mid-way through a long reply',
    from: SUPPORT, to: PR.keep, subject: formSubject(C.priya), date: d('2026-05-19 13:27:05', '+0000'), enc: 'ascii7',
    text: J(
      `Hi Priya,`,
      `Thanks for letting me know, and apologies for the extra step. Certifications usually show up right after a merge, but badges on Credly sometimes stay behind.`,
      `I raised it with our badging team, and your three AWS badges from ${PR.src} have been moved over to your Credly profile under ${PR.keep}. They should already be visible on your dashboard.`,
      `If you had shared any of them on LinkedIn, the old links may now redirect or stop working, so it is worth re-sharing from Credly.`,
      EN_BADGE[2]!,
      EN_FAQ[1]!,
      `Best regards,
Tomasz W.
AWS Training and Certification Customer Service`,
      EN_FOOTER[0]!,
      outlookEn(`Priya Nair <${PR.keep}>`, 'Monday, May 18, 2026 8:02 PM', SUPPORT_BARE, formSubject(C.priya), `Hi Tomasz,\n\nThe certifications are there now, thank you! But Credly still shows my badges on the old email.\n\nPriya`),
    ),
  }),
  en({
    slug: 'en-badge-support-maria-close', more: [EN_FAQ[1]!, EN_MORE[4]!], kind: 'badges_transferred', caseId: C.maria,
    note: 'agent announces the badges are now on the kept account and closes the case: badges_transferred per the guide',
    from: SUPPORT, to: MA.keep, subject: formSubject(C.maria), date: d('2026-06-10 12:40:18', '+0200'), enc: 'utf8b64',
    text: J(
      `Hi Maria,`,
      `Thanks for checking the account after the merge and for flagging the badge.`,
      `Quick update: the Cloud Practitioner badge that was still sitting on your university email has been transferred, so both of your AWS badges now belong to the Credly account for ${MA.keep}.`,
      `With that, everything you asked for is done, and I'm closing this case. Reply here within 14 days if anything else comes up and it will reopen.`,
      EN_BADGE[3]!,
      EN_PRIVACY[1]!,
      `Thanks again for your patience,
Keanu
AWS Training and Certification`,
      EN_FOOTER[0]!,
    ),
  }),
  en({
    slug: 'en-badge-credly-daniel-ascii', more: [CREDLY_EN[1]!, CREDLY_EN[2]!, EN_MORE[4]!], kind: 'badges_transferred', caseId: null,
    note: 'plain-text Credly mail for an AWS badge (DevOps Engineer - Professional) to the kept address',
    from: CREDLY_AWS, to: DA.keep, subject: 'Amazon Web Services Training and Certification sent you a new badge', date: d('2026-07-19 04:50:12', '+0000'), enc: 'ascii7',
    text: J(
      `Hi Daniel Okafor,`,
      `Amazon Web Services Training and Certification has issued you a new badge: AWS Certified DevOps Engineer - Professional.`,
      `Accept your badge
https://www.credly.com/earner/earned/badge/5e9c1d20-7b3f-4c6a-8e02-a4f1d9b3c7e8`,
      `Why accept your badge?
- Show your achievement on your Credly profile
- Share it on LinkedIn, X, Facebook and by email
- Add it to your email signature or personal website
- Give employers a way to verify your skills in one click`,
      `Questions
If the badge was issued to the wrong email address, you can add other addresses to your Credly account in Settings. Badges issued to any verified address will then appear together.`,
      credlyFooter,
    ),
  }),
  en({
    slug: 'en-badge-lookalike-amaz0n', more: [EN_MORE[4]!, EN_CERTS[3]!, EN_PRIVACY[0]!], kind: 'badges_transferred', caseId: C.sofia, trusted: false, auth: 'dkimonly',
    note: 'says the badges were moved after the merge, but the From domain is amaz0n.com (a look-alike): untrusted',
    from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amaz0n.com>', to: SO.keep, subject: formSubject(C.sofia), date: d('2026-08-29 18:18:18', '+0200'), enc: 'utf8qp',
    text: J(
      `Dear Sofia,`,
      `Following the merge of your accounts, your Credly badges have been transferred to your personal address.`,
      `To keep the badges active, please sign in within 48 hours at https://credly-verify.amaz0n.com/keep and confirm your payment details for the annual badge fee.`,
      EN_BADGE[1]!,
      EN_FOOTER[0]!,
    ),
  }),
  en({
    slug: 'en-badge-credly-sofia-utf8', more: [CREDLY_EN[0]!, CREDLY_EN[1]!, CREDLY_EN[2]!, EN_MORE[4]!], kind: 'badges_transferred', caseId: null,
    note: 'Credly mail for AWS Certified Machine Learning - Specialty to the kept address, long Credly explanation',
    from: CREDLY_AWS, to: SO.keep, subject: 'Amazon Web Services Training and Certification sent you a new badge', date: d('2026-08-30 06:21:33', '+0000'), enc: 'utf88bit',
    text: J(
      `Ciao Sofia,`,
      `Congratulations - Amazon Web Services Training and Certification has issued you the "AWS Certified Machine Learning – Specialty" badge at ${SO.keep}.`,
      `[ Accept your badge ] https://www.credly.com/earner/earned/badge/a1f3c9e7-2d4b-4f8a-b06c-9e7d5c3b1a20`,
      `About this badge
Earners of this badge have demonstrated the ability to design, build, deploy and maintain machine learning solutions on AWS. The badge includes a verification link, the issue date and the skills it represents.`,
      `Privacy
You control who sees your badge. You can make any badge private at any time from your Credly profile.`,
      credlyFooter,
    ),
  }),

  // ------------------------------------------------------------ case_closed (6)
  en({
    slug: 'en-closed-alex-restated', more: [EN_MORE[0]!], kind: 'case_closed', caseId: C.alex, trap: true,
    note: 'closing notice that restates the earlier merge and badges ("as merged on April 10"); the new event is the closing',
    from: SUPPORT, to: A.keep, subject: formSubject(C.alex), date: d('2026-04-20 09:05:44', '-0700'), enc: 'ascii7',
    text: J(
      `Hello Alex,`,
      `I hope the new role is going well.`,
      `As we merged your accounts on April 10 and your badges arrived on Credly the following day, we have not heard of any further issues. I am therefore marking this case as resolved today.`,
      `If you notice anything missing later on, reply to this email and the case will reopen automatically within the next 14 days.`,
      EN_CERTS[1]!,
      EN_PRIVACY[0]!,
      `Kind regards,
Rosalind M.
AWS Training and Certification Customer Service`,
      EN_FOOTER[0]!,
    ),
  }),
  en({
    slug: 'en-closed-priya-otherauth', more: [EN_PRIVACY[1]!, EN_PROCESS[2]!, EN_MORE[3]!], kind: 'case_closed', caseId: C.priya, trusted: false, auth: 'otherOnly',
    note: '"will close in 3 days without a reply" notice; only a foreign A-R (mx.google.com) is present, so untrusted',
    from: SUPPORT, to: PR.keep, subject: formSubject(C.priya), date: d('2026-05-26 08:00:00', '+0000'), enc: 'utf8qp',
    text: J(
      `Hi Priya,`,
      `We are checking in on your case.`,
      `Since we moved your badges on May 19 we have not heard back from you. If we do not receive a reply within 3 days, this case will be closed automatically.`,
      `No action is needed if everything is in order.`,
      EN_BADGE[3]!,
      EN_FOOTER[0]!,
    ),
  }),
  en({
    slug: 'en-closed-maria-autoclose', kind: 'case_closed', caseId: C.maria,
    note: 'reminder that the case will auto-close in 5 days unless she replies, between a long recap and FAQ',
    from: SUPPORT, to: MA.keep, subject: formSubject(C.maria), date: d('2026-06-08 10:02:51', '+0200'), enc: 'ascii7',
    text: J(
      `Hi Maria,`,
      `I wanted to folow up on my note form June 6.`,
      `If everything looks good on your side, there is nothing you need to do: this case will close on its own in 5 days if we do not hear from you. If you have a question, just reply before then.`,
      `In the meantime, keep an eye out for a message from Credly; it may take a few days for badges to appear at your personal address.`,
      EN_BADGE[0]!,
      EN_FAQ[1]!,
      `Best,
Keanu
AWS Training and Certification`,
      EN_FOOTER[0]!,
    ),
  }),
  en({
    slug: 'en-closed-daniel-no-reply', kind: 'case_closed', caseId: C.daniel,
    note: 'case closed for lack of reply; states the accounts are still separate, explains how to come back',
    from: SUPPORT, to: DA.keep, subject: formSubject(C.daniel), date: d('2026-07-29 11:45:30', '+0100'), enc: 'utf8b64',
    text: J(
      `Hi Daniel,`,
      `This is Ingrid from AWS Training and Certification. I wrote to you on July 15 and July 22 asking whether we could go ahead with your merge, but I have not seen a reply.`,
      `Without your approval we have made no changes: your two accounts are still separate. Because the case has been waiting for some time, I have closed it today.`,
      `If you would still like the merge, reply to this email or open a new case and mention ${C.daniel}; we can pick up where we left off.`,
      EN_PROCESS[1]!,
      EN_FAQ[0]!,
      `Cheers,
Ingrid
AWS Training and Certification Customer Service`,
      EN_FOOTER[0]!,
    ),
  }),
  en({
    slug: 'en-closed-alexdup-restated', more: [EN_MORE[3]!, EN_FAQ[0]!], kind: 'case_closed', caseId: C.alexDup, trap: true,
    note: 'duplicate case closed; it restates that the merge was completed on the other case, the new event is the closing',
    from: SUPPORT, to: A.keep, subject: formSubject(C.alexDup), date: d('2026-04-11 10:30:19', '-0700'), enc: 'utf8qp',
    text: J(
      `Hi Alex,`,
      `Jun again, with a short housekeeping note.`,
      `Your merge was completed yesterday on case ${C.alex}, which is where my colleague will follow up on badges. To avoid two threads running in parallel, I have closed this duplicate case, ${C.alexDup}.`,
      `You do not need to reply. Any further messages about the merge should go to ${C.alex}.`,
      EN_PROCESS[0]!,
      EN_PRIVACY[2]!,
      `Thanks,
Jun
AWS Training and Certification`,
      EN_FOOTER[2]!,
    ),
  }),
  en({
    slug: 'en-closed-sofia-status-html', more: [EN_MORE[3]!, EN_MORE[1]!, EN_PRIVACY[0]!, EN_FAQ[1]!], kind: 'case_closed', caseId: C.sofia,
    note: 'support-center HTML status notice: the case is now resolved; reopen instructions and feedback blocks around it',
    from: 'AWS Support <no-reply@support.aws.com>', to: SO.keep, subject: `Case ${C.sofia} has been resolved`, date: d('2026-09-11 07:00:02', '+0000'), enc: 'utf8b64',
    html: letter({
      brand: 'AWS Support', title: 'Your case status has changed',
      sections: [
        { body: 'Hello Sofia,\n\nWe send this notice whenever the status of one of your AWS Support cases changes.' },
        { h: `Case ${C.sofia}`, body: 'Subject: Certification account - combine two accounts\nStatus: Resolved\n\nThe case was marked resolved by the AWS Training and Certification team.' },
        { h: 'Need to reopen it?', body: 'Open the case in the Support Center and choose Reopen, or reply to the last email from our team. Resolved cases can be reopened for 14 days.' },
        { h: 'Tell us how we did', body: 'You can rate the support you received from the case page in the Support Center.' },
      ],
      footer: EN_FOOTER[3]!,
    }),
  }),

  // ------------------------------------------------------------ support_reply (7)
  en({
    slug: 'en-reply-alex-thanks-confirming', kind: 'support_reply', caseId: C.alex, trap: true,
    note: '"Thank you for confirming - I have passed this to the team that runs merges": consent received, merge not yet done',
    from: SUPPORT, to: A.keep, subject: formSubject(C.alex), date: d('2026-04-09 17:51:26', '-0700'), enc: 'ascii7',
    text: J(
      `Hello Alex,`,
      `Thank you for confirming. I have passed your approval to the team that performs merges, together with the summary we agreed on.`,
      `They work through requests in order, so it may be a day or two before they get to yours. I will write again on this case as soon as I hear from them.`,
      `In the meantime, please avoid redeeming your exam voucher or changing exam appointments on either account.`,
      EN_CERTS[2]!,
      EN_BADGE[0]!,
      `Kind regards,
Rosalind M.
AWS Training and Certification Customer Service`,
      EN_FOOTER[0]!,
      gmailEn('Thu, Apr 9, 2026 at 11:02 AM', `Alex Kim <${A.keep}>`, `Hi Rosalind,\n\nYes, I agree to the merge as summarised. Please proceed.\n\nAlex`),
    ),
  }),
  en({
    slug: 'en-reply-priya-once-merged', more: [EN_MORE[0]!, EN_MORE[3]!], kind: 'support_reply', caseId: C.priya, trap: true,
    note: 'future/conditional: "once we have merged your accounts, we will let you know"; the only fact is that it is queued',
    from: SUPPORT, to: PR.keep, subject: formSubject(C.priya), date: d('2026-05-15 09:12:03', '+0000'), enc: 'utf8b64',
    text: J(
      `Hi Priya,`,
      `Thanks for your reply this morning. Just a quick note so you are not left wondering.`,
      `Your request is in the merge queue. Once we have merged your accounts, we will let you know here, and you can then check your certifications and badges.`,
      `While the request is in the queue, the Certification portal may briefly show odd data on either account. Nothing is lost during that time.`,
      EN_PROCESS[2]!,
      EN_PRIVACY[1]!,
      `Best,
Tomasz W.`,
      EN_FOOTER[0]!,
    ),
  }),
  en({
    slug: 'en-reply-daniel-unable-sso', kind: 'support_reply', caseId: C.daniel, trap: true,
    note: '"we are unable to merge" while the consulting account is locked behind company SSO; explains alternatives, asks nothing',
    from: SUPPORT, to: DA.keep, subject: formSubject(C.daniel), date: d('2026-07-16 10:30:45', '+0100'), enc: 'ascii7',
    text: J(
      `Hi Daniel,`,
      `Ingrid here. I have an update, though not the one I hoped to send.`,
      `The consulting account is still tied to your former employer's single sign-on, and while that link is active we are unable to merge it into your personal account.`,
      `Your former employer's AWS Partner administrator can remove the link from their side; after that, we can continue on this same case. Alternatively, the link expires on its own when the partner domain association is reviewed, which happens quarterly.`,
      EN_PROCESS[3]!,
      EN_CERTS[3]!,
      EN_FAQ[1]!,
      `Cheers,
Ingrid
AWS Training and Certification Customer Service`,
      EN_FOOTER[0]!,
    ),
  }),
  en({
    slug: 'en-reply-sofia-dup-cases', more: [EN_MORE[3]!], kind: 'support_reply', caseId: C.sofia, trap: true,
    note: '"we have merged your duplicate cases into this one": support cases, not the certification accounts',
    from: SUPPORT, to: SO.keep, subject: formSubject(C.sofia), date: d('2026-08-22 14:40:02', '+0200'), enc: 'utf8qp',
    text: J(
      `Dear Sofia,`,
      `Thank you for writing in again.`,
      `We noticed three cases about the same request (including two opened from your agency address), so we have merged your duplicate cases into this one, ${C.sofia}. The other two are now closed; please reply here from now on.`,
      `Your account merge itself is still being reviewed, and we will get back to you about it on this case.`,
      EN_PROCESS[0]!,
      EN_PRIVACY[0]!,
      `Warm regards,
Adaeze O.
AWS Training and Certification Customer Service`,
      EN_FOOTER[0]!,
    ),
  }),
  en({
    slug: 'en-reply-maria-not-yet', more: [EN_MORE[3]!], kind: 'support_reply', caseId: C.maria, trap: true,
    note: 'negated: "the merge has not been completed yet"; the agent explains the delay at length',
    from: SUPPORT, to: MA.keep, subject: formSubject(C.maria), date: d('2026-06-05 18:20:12', '+0200'), enc: 'utf88bit',
    text: J(
      `Hi Maria,`,
      `Thanks for your message - I understand you need the certificate for a job application on Monday.`,
      `To answer your question directly: the merge has not been completed yet. Your approval reached us this evening, after the merge teams cut-off, so it will be processed first thing on the next business day.`,
      `If you need proof of your certifications before then, you can still download the certificate PDF from each account separately; both accounts work normally until the merge runs.`,
      EN_CERTS[1]!,
      EN_FAQ[0]!,
      `Best,
Keanu
AWS Training and Certification`,
      EN_FOOTER[0]!,
    ),
  }),
  en({
    slug: 'en-reply-daniel-escalation', more: [EN_MORE[0]!], kind: 'support_reply', caseId: C.daniel,
    note: 'escalation to a specialist team over a name mismatch; no request and no event',
    from: SUPPORT, to: DA.keep, subject: formSubject(C.daniel), date: d('2026-07-14 17:55:08', '+0100'), enc: 'utf8qp',
    text: J(
      `Hi Daniel,`,
      `Thank you for your patience.`,
      `The name on your consulting account ("D. Okafor") does not exactly match the one on your personal account. That is not a problem in itself, but our policy is to have a second team look at such cases, so I have escalated yours to our account integrity specialists.`,
      `They usually respond within two business days. You do not need to send anything at this point; I will write again when I hear from them.`,
      EN_FAQ[2]!,
      EN_PRIVACY[2]!,
      `Cheers,
Ingrid`,
      EN_FOOTER[0]!,
    ),
  }),
  en({
    slug: 'en-reply-alex-voucher-question', kind: 'support_reply', caseId: C.alex,
    note: 'answers a post-merge question about the voucher and Skill Builder; explanation only, no new event',
    from: SUPPORT, to: A.keep, subject: formSubject(C.alex), date: d('2026-04-13 11:12:50', '-0700'), enc: 'ascii7',
    text: J(
      `Hello Alex,`,
      `Good question about the voucher.`,
      `The 50% discount you earned on your first certification is valid until October 31, 2026 and shows on the Benefits page of ${A.keepId}. To use it, enter the code at the payment step when you book your next exam.`,
      `Your Skill Builder subscription is a separate product tied to your employer's agreement, so it is not affected by anything we do with certification accounts.`,
      EN_CERTS[2]!,
      EN_FAQ[1]!,
      `Kind regards,
Rosalind M.`,
      EN_FOOTER[0]!,
      outlookEn(`Alex Kim <${A.keep}>`, 'Sunday, April 12, 2026 9:40 PM', SUPPORT_BARE, formSubject(C.alex), `Hi Rosalind, where do I find the voucher from my old account now? And does my Skill Builder access change? Thanks, Alex`),
    ),
  }),

  // ------------------------------------------------------------ unrelated (7)
  en({
    slug: 'en-unrel-webinar-office-hours', more: [X.webinarEn, EN_MORE[1]!, EN_FAQ[1]!], kind: 'unrelated', caseId: null, trap: true,
    note: 'webinar invitation that walks through receipt, info request, consent, merge, badges and closing in general',
    from: TRAINING_NEWS, to: PR.keep, subject: 'Live office hours: moving your certifications when you change jobs', date: d('2026-09-01 16:00:00', '+0000'), enc: 'utf8b64',
    extra: ['List-Unsubscribe: <mailto:unsubscribe@aws.training>', 'Precedence: bulk'],
    html: letter({
      brand: 'AWS Training and Certification', title: 'Office hours: your certifications, one account', pre: 'Join us on September 17',
      sections: [
        { body: 'Changing jobs? Join our certification team for a live, 45-minute session on keeping your credentials together.' },
        { h: 'What we will cover', body: '- Opening a case and what the automatic receipt looks like\n- Why support may ask you for candidate IDs and addresses\n- The consent step: why we always ask you to confirm before a merge\n- What the "your accounts have been merged" email means and what to check\n- How badges move on Credly, and when a case is closed' },
        { h: 'When', body: 'Thursday, September 17, 2026, 5:00 PM UTC. A recording will be available.' },
        { h: 'Register', body: 'https://aws.training/events/office-hours-certification-accounts' },
      ],
      footer: 'You are receiving this email because you subscribed to AWS Training and Certification news. Unsubscribe: https://aws.training/unsubscribe\n' + EN_FOOTER[4]!,
    }),
  }),
  en({
    slug: 'en-unrel-kb-digest', more: [EN_MORE[1]!, EN_MORE[4]!], kind: 'unrelated', caseId: null, trap: true,
    note: 'knowledge-base digest ("Your accounts have been merged - now what?") describing events in general; nothing happened',
    from: AWS_NOTIFY, to: DA.keep, subject: 'This month in AWS Certification: top support articles', date: d('2026-08-05 15:30:00', '+0000'), enc: 'utf8qp',
    text: letterText({
      title: 'Top support articles this month',
      sections: [
        { body: 'Hi Daniel,\n\nHere are the articles certification holders read most in July.' },
        { h: '1. "Your accounts have been merged" - now what?', body: 'A checklist for the day a merge is completed: certifications, exam history, benefits, and the Credly badge that may arrive a few days later.' },
        { h: '2. Why support asks you to confirm a merge', body: 'Merges are permanent. Here is what the consent request looks like and how to reply.' },
        { h: '3. What to send when support needs more information', body: 'Candidate IDs, login emails, notification emails and which account to keep.' },
        { h: '4. My case was closed - can I reopen it?', body: 'Yes, for 14 days, by replying to the last message.' },
        { h: 'Also worth reading', body: EN_FAQ[2]! },
      ],
      footer: EN_FOOTER[1]!,
    }),
    html: letter({
      brand: 'AWS Certification', title: 'Top support articles this month',
      sections: [
        { body: 'Hi Daniel,\n\nHere are the articles certification holders read most in July.' },
        { h: '1. "Your accounts have been merged" - now what?', body: 'A checklist for the day a merge is completed: certifications, exam history, benefits, and the Credly badge that may arrive a few days later.' },
        { h: '2. Why support asks you to confirm a merge', body: 'Merges are permanent. Here is what the consent request looks like and how to reply.' },
        { h: '3. What to send when support needs more information', body: 'Candidate IDs, login emails, notification emails and which account to keep.' },
        { h: '4. My case was closed - can I reopen it?', body: 'Yes, for 14 days, by replying to the last message.' },
        { h: 'Also worth reading', body: EN_FAQ[2]! },
      ],
      footer: EN_FOOTER[1]!,
    }),
  }),
  en({
    slug: 'en-unrel-credly-hashicorp', more: [X.hashiEn, CREDLY_EN[0]!, CREDLY_EN[1]!, CREDLY_EN[2]!], kind: 'unrelated', caseId: null, trap: true,
    note: 'Credly badge from HashiCorp (another issuer): unrelated',
    from: 'HashiCorp via Credly <admin@credly.com>', to: A.keep, subject: 'HashiCorp sent you a new badge', date: d('2026-04-15 02:10:55', '+0000'), enc: 'ascii7',
    text: J(
      `Hi Alex,`,
      `HashiCorp has issued you a new badge: HashiCorp Certified: Terraform Associate (003).`,
      `Accept your badge
https://www.credly.com/earner/earned/badge/d4e8b2a6-1c9f-4e3d-b7a5-0f2e6c8d9b14`,
      `If you have badges on more than one email address, add those addresses to your Credly account or merge your Credly accounts so that all of your badges appear in one profile.`,
      credlyFooter,
    ),
  }),
  en({
    slug: 'en-unrel-own-consent-sent', kind: 'unrelated', caseId: C.sofia, trap: true, trusted: false,
    note: "the user's own consent reply (sent copy delivered to herself): her own mail carries no news from support",
    from: `Sofia Rossi <${SO.keep}>`, to: SUPPORT, subject: formSubject(C.sofia), date: d('2026-08-27 21:04:33', '+0200'), enc: 'utf8qp',
    deliveredTo: SO.keep, relay: 'smtp.mail.example.it',
    text: J(
      `Dear Adaeze,`,
      `Sorry for the late answer, I was travelling.`,
      `Yes, I confirm: please merge ${SO.srcId} into ${SO.keepId}. I understand it cannot be undone.`,
      `Grazie mille,
Sofia`,
      `Sent from my phone. Please excuse the brevity and any typos - I am between flights and will check the account properly when I am home on Monday.`,
      outlookEn('AWS Training and Certification', 'Thursday, August 27, 2026 9:12 AM', SO.keep, formSubject(C.sofia), J(
        `Dear Sofia,`,
        `I hope you are well. I am following up on my message from August 24.`,
        `We still need your agreement before we merge ${SO.srcId} into ${SO.keepId}. Could you let us know whether we may proceed? Nothing will change on your accounts until you answer, and once the merge is done it cannot be reversed.`,
        EN_PROCESS[0]!,
        EN_FAQ[2]!,
        `Warm regards,\nAdaeze O.\nAWS Training and Certification Customer Service`,
        EN_FOOTER[0]!,
      )),
    ),
  }),
  en({
    slug: 'en-unrel-partner-newsletter', more: [`Course of the week, in detail\nThe bootcamp runs over three evenings and covers the whole Solutions Architect Associate blueprint: resilient architectures, high-performing architectures, secure applications and cost-optimized design. Every session ends with twenty exam-style questions and a walkthrough of the answers. Seats are limited to forty so that the trainer can take questions. The discount applies automatically at checkout until Friday at midnight.`, X.partnerNewsEn1, X.partnerNewsEn2], kind: 'unrelated', caseId: null, trap: true, trusted: false,
    note: "a training partner's newsletter about badge transfers and merges; not AWS, no event",
    from: 'CloudSkills Weekly <news@cloudskills-weekly.example.com>', to: MA.keep, subject: 'Badges moved? Accounts merged? Your certification admin guide', date: d('2026-06-12 07:30:00', '+0000'), enc: 'utf8b64',
    extra: ['List-Unsubscribe: <https://cloudskills-weekly.example.com/u/8812>', 'Precedence: bulk'],
    html: letter({
      brand: 'CloudSkills Weekly', title: 'The certification admin guide nobody gave you',
      sections: [
        { body: 'Hi Maria,\n\nThis week we answer the three questions readers send us most.' },
        { h: '"Support says my accounts have been merged, but my badges did not move"', body: 'This is common. Reply on the same case and ask for the badges to be transferred - do not open a new one.' },
        { h: '"They asked me to confirm the merge. Is that safe?"', body: 'Yes, if the mail really comes from AWS. Check the sender and never send a password.' },
        { h: '"My case closed before I checked everything"', body: 'You can usually reopen it by replying within two weeks.' },
        { h: 'Course of the week', body: 'Our 6-hour Solutions Architect Associate bootcamp is 30% off until Friday.' },
      ],
      footer: 'CloudSkills Weekly, 1 Example Street, Dublin. You subscribed at cloudskills-weekly.example.com. Unsubscribe anytime.',
    }),
  }),
  en({
    slug: 'en-unrel-exam-result', more: [EN_MORE[0]!, EN_MORE[1]!, EN_MORE[4]!], kind: 'unrelated', caseId: null, trap: true,
    note: 'exam result ("Congratulations, you passed") with a note that a badge will follow; exam results are unrelated',
    from: CERT_PORTAL_EN(), to: DA.keep, subject: 'Congratulations! You are now AWS Certified', date: d('2026-09-03 19:20:11', '+0000'), enc: 'ascii7',
    text: J(
      `Dear Daniel Okafor,`,
      `Congratulations on passing the AWS Certified Security - Specialty exam! Your certification has been added to your AWS Certification account and is valid for three years.`,
      `Your digital badge will be issued through Credly within a few days. Look for an email from admin@credly.com and use "Accept your badge" to claim it.`,
      `Your benefits
- 50% discount on your next AWS Certification exam
- Access to the AWS Certified community and events
- A free practice exam of your choice`,
      `You can download your certificate at any time from the Certification portal.`,
      EN_FOOTER[1]!,
    ),
  }),
  en({
    slug: 'en-unrel-refund-case-resolved', more: [EN_MORE[3]!, EN_MORE[2]!, EN_MORE[1]!], kind: 'unrelated', caseId: '1786640277', trap: true,
    note: "closing of the user's other case about an exam fee refund; it says what it is about, so it is not part of the merge case",
    from: SUPPORT, to: MA.keep, subject: 'RE:[CASE 1786640277] [AWS Training and Certification Form Submission] - exam-refund', date: d('2026-07-02 12:04:40', '+0200'), enc: 'utf8qp',
    text: J(
      `Hi Maria,`,
      `Thank you for contacting us about the charge for your cancelled exam appointment on June 24.`,
      `We have refunded the exam fee to your original payment method; depending on your bank, it can take 5 to 10 business days to appear. As this resolves your request, we are closing case 1786640277.`,
      `Refund policy in brief
- Cancellations more than 24 hours before the appointment are refunded in full.
- Cancellations within 24 hours, and no-shows, are not refunded.
- Exams paid with a voucher return the voucher instead of money.`,
      EN_PRIVACY[0]!,
      `Best,
Lucia
AWS Training and Certification`,
      EN_FOOTER[0]!,
    ),
  }),
];

function CERT_PORTAL_EN(): string {
  return 'AWS Certification <no-reply@certification.aws.training>';
}
