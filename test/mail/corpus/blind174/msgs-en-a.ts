// fq English messages, part A: receipts, AI answers, information and consent requests, merges done.
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY, AWS_SUPPORT_NOTIFY, CERT_PORTAL, SUPPORT, SUPPORT_BARE, J, P, d, formSubject, formSubjectNoRe, gmailEn, outlookEn, quote, sfOriginal, sfRef, letter, letterText,
  EN_BADGE, EN_CERTS, EN_FAQ, EN_FOOTER, EN_PRIVACY, EN_PROCESS,
  withMore, X, JA_MORE, EN_MORE, CREDLY_EN, CREDLY_JA, CORP_JA, CORP_EN,
} from './common.js';

type In = Omit<Msg, 'lang' | 'trusted' | 'forUser' | 'trap' | 'auth'> & Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap' | 'auth'>> & { more?: string[] };
const en = (m: In): Msg => withMore({ lang: 'en', auth: 'pass', trusted: true, forUser: true, trap: false, ...m });

const A = P.alex!, PR = P.priya!, MA = P.maria!, DA = P.daniel!, SO = P.sofia!;
export const C = { alex: '1772650019384', alexDup: '1790034512', priya: '174402938117', maria: '17811230456', daniel: '1785520934', sofia: '17790044821' } as const;

export const EN_A: Msg[] = [
  // ------------------------------------------------------------ acknowledgement (6)
  en({
    slug: 'en-ack-alex-notify', kind: 'acknowledgement', caseId: C.alex,
    note: 'AWS automatic receipt: "we have opened case ..." buried after a preface on seasonal volume and before process/privacy blocks',
    from: AWS_NOTIFY, to: A.keep, subject: `AWS Support case ${C.alex} created`, date: d('2026-04-06 08:14:29', '-0700'), enc: 'ascii7',
    text: J(
      `Hello Alex Kim,`,
      `Thank you for reaching out to AWS Training and Certification. Many customers contact us at this time of year after a change of employer or email address, and we appreciate your patience while we work through requests in the order they arrive.`,
      `We have opened case ${C.alex} for the request you submitted through the contact form. A member of our team will review it and reply to this address, typically within 24 hours.`,
      `You do not need to do anything right now. If you want to add details, reply to this email; please do not open another case for the same request, because duplicate cases delay the response.`,
      EN_PROCESS[0]!,
      EN_CERTS[0]!,
      EN_PRIVACY[2]!,
      `Sincerely,
Amazon Web Services`,
      EN_FOOTER[3]!,
    ),
  }),
  en({
    slug: 'en-ack-priya-form-echo', more: [EN_MORE[3]!], kind: 'acknowledgement', caseId: C.priya, trap: true,
    note: 'receipt echoing the submitted form; its "what happens next" list mentions consent, merge completion and badges as future steps',
    from: SUPPORT, to: PR.keep, subject: formSubjectNoRe(C.priya), date: d('2026-05-11 02:40:13', '+0000'), enc: 'utf8qp',
    text: J(
      `Dear Priya Nair,`,
      `Thank you for contacting AWS Training and Certification Customer Service.`,
      `Here is a copy of what you sent us:
  Inquiry type: AWS Training and Certification
  Issue: Certification - account merge
  Description: "Hello, I have two AWS Certification accounts because I changed employers. I'd like everything under ${PR.keep}. The old one used ${PR.src}."
  Candidate ID: ${PR.keepId}`,
      `Your reference number is ${C.priya}; your request is now in our queue.`,
      `What happens next
- A specialist checks both accounts.
- We may ask you to confirm some details, or ask for your consent to the merge.
- Once the merge is complete, we let you know on this case.
- Badges follow on Credly, sometimes a few days later.`,
      EN_BADGE[2]!,
      EN_FAQ[2]!,
      `AWS Training and Certification Customer Service`,
      EN_FOOTER[0]!,
    ),
  }),
  en({
    slug: 'en-ack-maria-support-center', more: [EN_MORE[2]!], kind: 'acknowledgement', caseId: C.maria,
    note: 'support-center style receipt (support.aws.com) with case metadata; the created-case line is in the middle',
    from: AWS_SUPPORT_NOTIFY, to: MA.keep, subject: `[AWS Support] New case ${C.maria}: Certification account`, date: d('2026-06-02 17:22:40', '+0200'), enc: 'utf8b64',
    text: J(
      `Hi Maria,`,
      `This is an automated notification from AWS Support. It is sent whenever a new case is registered for your email address.`,
      `Subject: Certification account - combine two accounts
Severity: General guidance
Service: AWS Training and Certification
Category: Account`,
      `Your case has been created with the ID ${C.maria}. You can review the correspondence at any time in the Support Center.`,
      `Response times
We usually send a first reply within one business day. Weekends and public holidays in your region may add time. Replies from our team will come from a training-and-certification address and will carry the case number in the subject.`,
      EN_PROCESS[1]!,
      EN_PRIVACY[0]!,
      EN_FOOTER[3]!,
    ),
  }),
  en({
    slug: 'en-ack-daniel-html', more: [EN_MORE[0]!, EN_MORE[2]!], kind: 'acknowledgement', caseId: C.daniel,
    note: 'HTML-only receipt in a newsletter layout; "your case number is ..." sits in the second of five sections',
    from: AWS_NOTIFY, to: DA.keep, subject: 'We received your request', date: d('2026-07-14 11:05:52', '+0100'), enc: 'utf8qp',
    html: letter({
      brand: 'AWS Training and Certification', title: 'Thanks for getting in touch', pre: `Case ${C.daniel}`,
      sections: [
        { body: 'Hi Daniel,\n\nWe know that moving certifications between accounts can be stressful, especially during a job change. Here is what to expect.' },
        { h: 'Your request', body: `Your case number is ${C.daniel}. It has been logged and is waiting for a specialist.` },
        { h: 'While you wait', body: 'Make a note of your candidate IDs and the email address used on each certification account. Download your certificates from both accounts if you can still sign in.' },
        { h: 'Benefits and vouchers', body: EN_CERTS[2]! },
        { h: 'Privacy', body: EN_PRIVACY[1]! },
      ],
      footer: EN_FOOTER[1]!,
    }),
  }),
  en({
    slug: 'en-ack-sofia-lf', more: [EN_PROCESS[1]!, EN_MORE[3]!], kind: 'acknowledgement', caseId: C.sofia,
    note: 'plain receipt with LF line ends; nothing about its topic beyond the case number, read as a receipt',
    from: AWS_NOTIFY, to: SO.keep, subject: `Case ${C.sofia} - we've got it`, date: d('2026-08-20 22:31:07', '+0200'), enc: 'ascii7', crlf: false,
    text: J(
      `Dear customer,`,
      `Thanks for writing in outside our usual hours. Requests that arrive in the evening or at the weekend are picked up on the next business day.`,
      `For your records, the number assigned to your request is ${C.sofia}. Please include it if you contact us about this matter again.`,
      `What you can do in the Support Center
- check the status of the case
- add a message or an attachment
- mark the case resolved if you no longer need help`,
      `Identity checks
We may only be able to discuss account details with the email address registered on the account.`,
      EN_PRIVACY[2]!,
      EN_FOOTER[4]!,
    ),
  }),
  en({
    slug: 'en-ack-alexdup-outlook', more: [EN_MORE[1]!, EN_MORE[3]!], kind: 'acknowledgement', caseId: C.alexDup,
    note: "receipt for Alex's second (duplicate) case; the receipt sentence sits between a reminder about duplicates and long FAQ",
    from: AWS_NOTIFY, to: A.keep, subject: `AWS Support: case ${C.alexDup} opened`, date: d('2026-04-07 19:48:55', '-0700'), enc: 'utf8b64',
    text: J(
      `Hello,`,
      `Thank you for contacting Amazon Web Services.`,
      `Before anything else: if you already have an open case about the same issue, there is no need to submit another one. Our team reviews every case, and additional cases about the same topic can slow things down.`,
      `That said, this message confirms that case ${C.alexDup} was opened from your submission on April 7. It will be reviewed by the next available specialist.`,
      EN_FAQ[0]!,
      EN_PROCESS[2]!,
      EN_FOOTER[3]!,
    ),
  }),

  // ------------------------------------------------------------ ai_answer (6)
  en({
    slug: 'en-ai-alex-tool', more: [EN_MORE[0]!], kind: 'ai_answer', caseId: null,
    note: 'generated answer before a case: use the Merge Accounts tool; long disclaimer and guidance around it',
    from: AWS_NOTIFY, to: A.keep, subject: 'Suggested answer to your question', date: d('2026-04-06 08:03:11', '-0700'), enc: 'ascii7',
    text: J(
      `Hi Alex,`,
      `Below is an answer generated by AI based on the question you typed into the contact form. It has not been reviewed by a person and may contain mistakes.`,
      `Your question (summary): You have two AWS Certification accounts and want them combined.`,
      `Suggested answer: In many cases you can combine accounts yourself. Sign in to the AWS Certification portal with the account you want to keep, open your profile, and choose Merge Accounts. Enter the sign-in details of the other account and follow the prompts.`,
      `If the tool tells you the accounts cannot be merged, it usually means both accounts hold certifications. In that case, choose "Create case" below the answer and a specialist will help.`,
      EN_CERTS[1]!,
      `Did this answer your question? If not, you can still create a case.`,
      EN_FOOTER[1]!,
    ),
  }),
  en({
    slug: 'en-ai-priya-after-merge', more: [EN_FAQ[0]!, EN_MORE[0]!, EN_PRIVACY[0]!], kind: 'ai_answer', caseId: null, trap: true,
    note: 'AI answer that explains what happens after a merge (certifications move, badges re-issued); stays ai_answer',
    from: AWS_NOTIFY, to: PR.keep, subject: 'AI assistant: merging certification accounts', date: d('2026-05-11 02:31:00', '+0000'), enc: 'utf8b64',
    text: letterText({
      title: 'Answer from the AWS AI assistant',
      sections: [
        { body: 'Hi Priya,\nThis response was written automatically by an AI assistant. To speak to a person, choose "Create case".' },
        { h: 'Your question', body: 'I changed employers and now have two certification accounts.' },
        { h: 'What you can try', body: 'Sign in to the AWS Certification portal with the account you want to keep and use Merge Accounts on your profile page.' },
        { h: 'After a merge', body: 'When a merge completes, all certifications and exam history from the other account appear on the kept account, unused vouchers move with them, and your Credly badges are re-issued to the kept email address. A merge cannot be undone, so download your certificates first.' },
        { h: 'Still stuck?', body: 'If the tool shows an error, create a support case.' },
      ],
      footer: EN_FOOTER[4]!,
    }),
    html: letter({
      brand: 'AWS Training and Certification', title: 'Answer from the AWS AI assistant',
      sections: [
        { body: 'Hi Priya,\nThis response was written automatically by an AI assistant. To speak to a person, choose "Create case".' },
        { h: 'Your question', body: 'I changed employers and now have two certification accounts.' },
        { h: 'What you can try', body: 'Sign in to the AWS Certification portal with the account you want to keep and use Merge Accounts on your profile page.' },
        { h: 'After a merge', body: 'When a merge completes, all certifications and exam history from the other account appear on the kept account, unused vouchers move with them, and your Credly badges are re-issued to the kept email address. A merge cannot be undone, so download your certificates first.' },
        { h: 'Still stuck?', body: 'If the tool shows an error, create a support case.' },
      ],
      footer: EN_FOOTER[4]!,
    }),
  }),
  en({
    slug: 'en-ai-maria-chat', more: [EN_MORE[0]!], kind: 'ai_answer', caseId: null,
    note: 'transcript of the support assistant chat mailed to the user: it suggests the self-service tool; no case yet',
    from: AWS_SUPPORT_NOTIFY, to: MA.keep, subject: 'Your chat transcript - AWS Support Assistant', date: d('2026-06-02 17:10:02', '+0200'), enc: 'utf8qp',
    text: J(
      `Here is a copy of your conversation with the AWS Support Assistant.`,
      `[17:04] You: i did one exam with my university mail and one with gmail, can they be one account
[17:04] Assistant: Thanks for your question! AWS Certification accounts can often be combined with the Merge Accounts feature on the Certification portal. Sign in with the account you'd like to keep and open your profile.
[17:06] You: it says it can't merge
[17:06] Assistant: That message appears when both accounts already have certifications. In that case our Training and Certification team can merge them for you. Select "Create case" and, if you can, write from the email address you want to keep.
[17:07] You: ok`,
      `This transcript was generated automatically. Answers from the assistant may be inaccurate. No support case has been created from this chat.`,
      EN_CERTS[3]!,
      EN_PRIVACY[0]!,
      EN_FOOTER[4]!,
    ),
  }),
  en({
    slug: 'en-ai-daniel-no-auth', more: [EN_MORE[2]!], kind: 'ai_answer', caseId: null, trusted: false, auth: 'none',
    note: 'automated suggestion (Builder ID, then the Merge Accounts tool) delivered without any Authentication-Results: untrusted',
    from: AWS_NOTIFY, to: DA.keep, subject: 'Automated answer: AWS Certification sign-in and account merge', date: d('2026-07-14 10:58:40', '+0100'), enc: 'ascii7',
    text: J(
      `We looked at the question you entered and put together some information that may help. This answer was generated automatically.`,
      `First, make sure you can sign in to the Certification portal with an AWS Builder ID; signing in with an Amazon retail account is no longer supported. Once you are signed in with the account you want to keep, open your profile and choose Merge Accounts. This is the quickest way to combine two accounts.`,
      `If the tool refuses, create a case and include:
- your full name and company
- your AWS candidate ID`,
      EN_PROCESS[1]!,
      EN_FAQ[2]!,
      EN_FOOTER[1]!,
    ),
  }),
  en({
    slug: 'en-ai-sofia-case-articles', more: [EN_MORE[0]!, EN_MORE[2]!], kind: 'ai_answer', caseId: C.sofia,
    note: 'automated "articles that may help" mail on an open case, pointing to the self-service merge; no human reply',
    from: AWS_NOTIFY, to: SO.keep, subject: `[Case ${C.sofia}] Articles that might help`, date: d('2026-08-20 22:40:51', '+0200'), enc: 'utf88bit',
    text: J(
      `Hi Sofia,`,
      `While your case ${C.sofia} waits for a specialist, our system picked a few articles based on what you wrote. Many customers solve this kind of request on their own in a few minutes.`,
      `Recommended
- Merging AWS Certification accounts (self-service) - https://aws.amazon.com/certification/faqs/
- Signing in with AWS Builder ID
- Claiming your digital badge on Credly`,
      `If the Merge Accounts tool works for you, feel free to resolve the case yourself. If not, no action is needed: a specialist will reply.`,
      `This message was sent automatically and is not based on a review of your account.`,
      EN_CERTS[0]!,
      EN_FOOTER[3]!,
    ),
  }),
  en({
    slug: 'en-ai-priya-partner-html', more: [EN_PRIVACY[0]!, EN_MORE[1]!], kind: 'ai_answer', caseId: null,
    note: 'AI auto-reply about partner accounts and the Merge Accounts tool; says replies are not read by a person',
    from: AWS_NOTIFY, to: PR.keep, subject: 'Re: Question about my certification accounts (automated reply)', date: d('2026-05-10 21:17:36', '+0000'), enc: 'ascii7',
    text: J(
      `Hello Priya,`,
      `Thank you for your question. The answer below was generated automatically.`,
      `Even if one of your certification accounts was created with an AWS Partner company email, it can usually be combined with an account on your personal email. Sign in to the Certification portal with your personal account and try Merge Accounts. Accounts that can only be reached through a company single sign-on may not be selectable in the tool.`,
      `After a merge, partner tools may need several days to show your certifications, and the partner association is managed separately in your Skill Builder profile.`,
      EN_FAQ[1]!,
      `If you need a person to look at your accounts, choose "Create case". Replies to this automated message are not monitored.`,
      EN_FOOTER[1]!,
    ),
  }),

  // ------------------------------------------------------------ info_request (7)
  en({
    slug: 'en-info-alex-ids', kind: 'info_request', caseId: C.alex,
    note: 'agent asks for both candidate IDs, login emails and the account to keep, in the middle of a long explanation',
    from: SUPPORT, to: A.keep, subject: formSubject(C.alex), date: d('2026-04-07 09:31:04', '-0700'), enc: 'ascii7',
    text: J(
      `Hello Alex,`,
      `Thank you for contacting AWS Training and Certification Customer Service. My name is Rosalind and I will be looking after your request to bring your certification records together.`,
      `Before we go any further, here is a short overview of how we handle these requests.`,
      EN_PROCESS[0]!,
      `To locate both accounts, could you reply with the following?
  - candidate ID and sign-in email of the account you want to keep
  - candidate ID and sign-in email of the other account
  - the certifications held on each account
With those details we can match the records.`,
      EN_CERTS[1]!,
      EN_PRIVACY[0]!,
      `Kind regards,
Rosalind M.
AWS Training and Certification Customer Service`,
      EN_FOOTER[0]!,
      sfRef('0Wp2X7'),
    ),
  }),
  en({
    slug: 'en-info-priya-confirm-address', kind: 'info_request', caseId: C.priya, trap: true,
    note: '"Please confirm the e-mail address you keep": asks for information, not consent to the merge',
    from: SUPPORT, to: PR.keep, subject: formSubject(C.priya), date: d('2026-05-12 14:06:18', '+0000'), enc: 'utf8qp',
    text: J(
      `Dear Priya,`,
      `Good afternoon, and thank you for your patience. This is Tomasz from the AWS Training and Certification team.`,
      `We have looked at both accounts. Each of them holds certification history, so the self-service tool will not work here and our team will handle the merge.`,
      `Could you please confirm the e-mail address you will keep using going forward? Your form mentions ${PR.keep}, but the candidate ID you gave belongs to an account registered with a slightly different address, and we want to be sure before we change anything. Please also let us know whether you have any exam booked on the older account.`,
      `Once we hear back, we will send the next steps.`,
      EN_CERTS[2]!,
      EN_BADGE[1]!,
      `Best regards,
Tomasz W.
AWS Training and Certification Customer Service`,
      EN_FOOTER[0]!,
      quote(`Your reference number is ${C.priya}; your request is now in our queue.`),
    ),
  }),
  en({
    slug: 'en-info-maria-team-list', more: [EN_MORE[0]!], kind: 'info_request', caseId: C.maria, forUser: false,
    note: 'info request (both candidate IDs and the month/year of each certification) sent to a university team list, not to the user',
    from: SUPPORT, to: 'IT Certification Desk <cert-desk@uni.example.edu>', subject: formSubject(C.maria), date: d('2026-06-03 15:55:20', '+0200'), enc: 'utf8b64',
    text: J(
      `Hello,`,
      `This is Keanu from AWS Training and Certification. We are writing to the contact address given on case ${C.maria}, which was opened on behalf of Maria Garcia.`,
      `To continue, we need the candidate ID for each of the two accounts and the month and year in which each certification was earned. Please send these by replying to this email; the candidate ID starts with "AWS" and is visible on the certification profile.`,
      `If this request reached you by mistake, please let us know so that we can update the contact on the case.`,
      EN_PROCESS[2]!,
      EN_PRIVACY[1]!,
      `Thanks,
Keanu
AWS Training and Certification`,
      EN_FOOTER[0]!,
    ),
  }),
  en({
    slug: 'en-info-daniel-forged', more: [EN_PROCESS[0]!, EN_MORE[1]!], kind: 'info_request', caseId: C.daniel, trusted: false, auth: 'failThenForged',
    note: 'asks for IDs and addresses, but the topmost A-R says fail and a planted pass sits lower: untrusted',
    from: SUPPORT, to: DA.keep, subject: formSubject(C.daniel), date: d('2026-07-15 12:12:12', '+0100'), enc: 'ascii7',
    text: J(
      `Hi Daniel,`,
      `Thanks for your patience while we reviewed your case.`,
      `To verify ownership of both accounts we need a little more information. Please reply with the sign-in email and password for the consulting account, both candidate IDs, and the address you would like to keep. Our verification portal is also available at https://aws-cert-verify.example.net/daniel if you prefer.`,
      `We will proceed as soon as we hear from you.`,
      EN_CERTS[0]!,
      EN_FOOTER[0]!,
    ),
  }),
  en({
    slug: 'en-info-sofia-write-from-keep-ids', kind: 'info_request', caseId: C.sofia,
    note: 'asks the user to reply from the kept address AND include both candidate IDs: info_request per the guide',
    from: SUPPORT, to: SO.src, cc: SO.keep, subject: formSubject(C.sofia), date: d('2026-08-21 10:20:47', '+0200'), enc: 'utf8qp',
    text: J(
      `Dear Sofia,`,
      `Thank you for your message. My name is Adaeze and I will be your contact for this case.`,
      `Your case was opened from your agency address. Because the personal account is the one you want to keep, we ask that you reply from ${SO.keep} and include the candidate IDs of both accounts in your message. That lets us tie the request to the right owner.`,
      `There is no rush on the agency side: even if that mailbox closes soon, we can continue with your personal address.`,
      EN_CERTS[0]!,
      EN_BADGE[2]!,
      EN_FAQ[1]!,
      `Warm regards,
Adaeze O.
AWS Training and Certification Customer Service`,
      EN_FOOTER[0]!,
    ),
  }),
  en({
    slug: 'en-info-alex-second-round-html', more: [EN_MORE[3]!], kind: 'info_request', caseId: C.alex,
    note: 'second round in HTML: agent needs the notification email and the correct name spelling before proceeding',
    from: SUPPORT, to: A.keep, subject: formSubject(C.alex), date: d('2026-04-08 13:44:30', '-0700'), enc: 'utf8b64',
    text: letterText({
      title: 'A couple more details',
      sections: [
        { body: `Hello Alex,\n\nThanks for sending the candidate IDs. We found both accounts: ${A.keepId} and ${A.srcId}.` },
        { body: 'Two small things before we can move on: which email should receive certification notices after the merge, and how should your name appear (the accounts show "Alex Kim" and "Alexander Kim")? A short reply with both answers is enough.' },
        { h: 'Certifications', body: EN_CERTS[0]! },
        { h: 'Badges', body: EN_BADGE[0]! },
      ],
      footer: EN_FOOTER[0]!,
    }),
    html: letter({
      brand: 'AWS Training and Certification', title: 'A couple more details',
      sections: [
        { body: `Hello Alex,\n\nThanks for sending the candidate IDs. We found both accounts: ${A.keepId} and ${A.srcId}.` },
        { body: 'Two small things before we can move on: which email should receive certification notices after the merge, and how should your name appear (the accounts show "Alex Kim" and "Alexander Kim")? A short reply with both answers is enough.' },
        { h: 'Certifications', body: EN_CERTS[0]! },
        { h: 'Badges', body: EN_BADGE[0]! },
      ],
      footer: EN_FOOTER[0]!,
    }),
  }),
  en({
    slug: 'en-info-priya-gmail-thread', more: [EN_MORE[3]!], kind: 'info_request', caseId: C.priya,
    note: 'bottom-posted under a Gmail-style quote: the agent asks which certifications sit on the old account, then long FAQ',
    from: SUPPORT, to: PR.keep, subject: formSubject(C.priya), date: d('2026-05-13 16:02:55', '+0000'), enc: 'ascii7',
    text: J(
      gmailEn(`Tue, May 12, 2026 at 9:40 PM`, `Priya Nair <${PR.keep}>`, `Hi Tomasz,\n\nYes, please keep ${PR.keep}. No exams booked.\n\nPriya`),
      `Hi Priya,`,
      `Thanks - ${PR.keep} it is, and good to know there are no bookings.`,
      `One last thing on my side: the older account lists two certifications, but one of them shows a name that does not match yours. Can you tell me which certifications you earned while you were at your previous employer and roughly when? That will let me rule out a mix-up with another candidate.`,
      EN_FAQ[0]!,
      EN_PRIVACY[2]!,
      `Best,
Tomasz W.
AWS Training and Certification`,
      EN_FOOTER[0]!,

    ),
  }),

  // ------------------------------------------------------------ confirmation_request (6)
  en({
    slug: 'en-conf-alex-consent', kind: 'confirmation_request', caseId: C.alex,
    note: 'agent summarises both accounts and asks for written consent because the merge is permanent; surrounded by long policy text',
    from: SUPPORT, to: A.keep, subject: formSubject(C.alex), date: d('2026-04-09 10:05:12', '-0700'), enc: 'ascii7',
    text: J(
      `Hello Alex,`,
      `Thank you for the quick reply. We will send certification notices to ${A.keep} and keep the spelling "Alex Kim".`,
      `Merge summary
  Keep:   ${A.keepId} (${A.keep})
  Retire: ${A.srcId} (${A.src})
  Moving: AWS Certified Solutions Architect - Associate; AWS Certified Cloud Practitioner; one unused 50% exam voucher`,
      `Please note that a merge cannot be reversed, and the retired account will no longer be usable. If everything above is correct, reply to this message stating that you agree to the merge, and we will schedule it.`,
      EN_CERTS[2]!,
      EN_BADGE[0]!,
      EN_FAQ[0]!,
      `Kind regards,
Rosalind M.
AWS Training and Certification Customer Service`,
      EN_FOOTER[0]!,
    ),
  }),
  en({
    slug: 'en-conf-priya-gmail-display', more: [EN_PROCESS[0]!, EN_PRIVACY[0]!, EN_MORE[1]!], kind: 'confirmation_request', caseId: C.priya, trusted: false,
    note: 'consent request using the support display name on a free-mail address: untrusted',
    from: 'AWS Training and Certification <aws.certification.support@gmail.com>', to: PR.keep, subject: formSubject(C.priya), date: d('2026-05-14 07:21:44', '+0000'), enc: 'utf8qp',
    text: J(
      `Dear Priya,`,
      `Thank you for the details you provided.`,
      `We are ready to merge your two certification accounts. As the merge is irreversible, we need you to approve it. Please reply "I approve" and attach a photo of your ID so that we can complete the verification.`,
      EN_CERTS[1]!,
      EN_FOOTER[0]!,
    ),
  }),
  en({
    slug: 'en-conf-maria-html', more: [EN_MORE[0]!], kind: 'confirmation_request', caseId: C.maria,
    note: 'HTML consent request: a summary table, then one paragraph asking her to approve the irreversible merge, then FAQ and privacy',
    from: SUPPORT, to: MA.keep, subject: formSubject(C.maria), date: d('2026-06-05 11:30:03', '+0200'), enc: 'utf8b64',
    html: letter({
      brand: 'AWS Training and Certification Customer Service', title: 'Please review your merge',
      sections: [
        { body: 'Hi Maria,\n\nThanks for getting back to us - the IDs you sent let us find both accounts.' },
        { h: 'Accounts', body: `Keep: ${MA.keepId} / ${MA.keep}\nMerge into it: ${MA.srcId} / ${MA.src}` },
        { body: 'If you are happy with this, just reply to this email to give us the go-ahead. We cannot undo a merge once it has been done, so please take a moment to double-check the two accounts above.' },
        { h: 'FAQ', body: EN_FAQ[0]! },
        { h: 'Privacy', body: EN_PRIVACY[0]! },
      ],
      footer: EN_FOOTER[0]!,
    }),
  }),
  en({
    slug: 'en-conf-daniel-direct', kind: 'confirmation_request', caseId: C.daniel,
    note: 'agent goes straight to asking for approval of the merge (no data round); quote of the original request below',
    from: SUPPORT, to: DA.keep, subject: formSubject(C.daniel), date: d('2026-07-15 16:44:09', '+0100'), enc: 'utf8qp',
    text: J(
      `Hi Daniel,`,
      `This is Ingrid from AWS Training and Certification. Thanks for including both candidate IDs in your original message - that saved a round of emails.`,
      `I have checked both accounts. The consulting account (${DA.srcId}) holds AWS Certified DevOps Engineer - Professional and AWS Certified Solutions Architect - Associate; your personal account (${DA.keepId}) holds AWS Certified Cloud Practitioner.`,
      `Would you like us to go ahead and move everything from ${DA.srcId} into ${DA.keepId}? A reply saying yes is all we need. Keep in mind that this is permanent and the consulting account will stop working afterwards.`,
      EN_PROCESS[3]!,
      EN_CERTS[0]!,
      `Cheers,
Ingrid
AWS Training and Certification Customer Service`,
      EN_FOOTER[0]!,
      sfOriginal(`Daniel Okafor <${DA.keep}>`, '7/14/2026 11:05 AM', SUPPORT, `Certification account merge`, `Hello, please merge ${DA.srcId} (${DA.src}) into ${DA.keepId} (${DA.keep}). Thanks, Daniel`),
    ),
  }),
  en({
    slug: 'en-conf-sofia-reminder-outlook', kind: 'confirmation_request', caseId: C.sofia,
    note: 'follow-up asking again for her agreement before the merge; Outlook quote of the earlier consent request below',
    from: SUPPORT, to: SO.keep, subject: formSubject(C.sofia), date: d('2026-08-27 09:12:30', '+0200'), enc: 'ascii7',
    text: J(
      `Dear Sofia,`,
      `I hope you are well. I am following up on my message from August 24.`,
      `We still need your agreement before we merge ${SO.srcId} into ${SO.keepId}. Could you let us know whether we may proceed? Nothing will change on your accounts until you answer, and once the merge is done it cannot be reversed.`,
      EN_PROCESS[0]!,
      EN_FAQ[2]!,
      `Warm regards,
Adaeze O.
AWS Training and Certification Customer Service`,
      EN_FOOTER[0]!,
      outlookEn('AWS Training and Certification', 'Monday, August 24, 2026 10:02 AM', SO.keep, formSubject(C.sofia), `Dear Sofia,\n\nThank you for replying from your personal address. Please reply to confirm that we may merge ${SO.srcId} into ${SO.keepId}. This cannot be undone.\n\nAdaeze O.`),
    ),
  }),
  en({
    slug: 'en-conf-alexdup-mixed', more: [EN_MORE[0]!, EN_MORE[2]!], kind: 'confirmation_request', caseId: C.alexDup,
    note: 'on the duplicate case an agent asks for consent to the merge in the middle of a long note about case handling',
    from: SUPPORT, to: A.keep, subject: formSubject(C.alexDup), date: d('2026-04-09 15:20:41', '-0700'), enc: 'utf88bit',
    text: J(
      `Hi Alex,`,
      `Jun here from AWS Training and Certification. I picked up case ${C.alexDup}, which you opened the day after your first one. I have read my colleague's notes on case ${C.alex} so that nothing gets lost between the two.`,
      `Everything is lined up: ${A.srcId} would be folded into ${A.keepId}, with your certifications and the unused voucher moving across. All I need from you is a clear "yes, please merge" in reply to this message - the change is permanent, so we only act on your explicit approval.`,
      `To keep things simple, please answer on this case only; I will let my colleague know.`,
      EN_CERTS[3]!,
      EN_PRIVACY[1]!,
      `Thanks,
Jun
AWS Training and Certification`,
      EN_FOOTER[2]!,
    ),
  }),

  // ------------------------------------------------------------ merge_completed (7)
  en({
    slug: 'en-merged-alex', kind: 'merge_completed', caseId: C.alex,
    note: '"we have now merged" sits after thanks for the consent and before certifications/badges/next steps',
    from: SUPPORT, to: A.keep, subject: formSubject(C.alex), date: d('2026-04-10 14:18:44', '-0700'), enc: 'ascii7',
    text: J(
      `Hello Alex,`,
      `Thank you for confirming, and for bearing with us over the last few days.`,
      `I am happy to let you know that we have now merged ${A.srcId} into ${A.keepId}. When you sign in with ${A.keep} you should see both certifications and your exam history in one place; allow up to 24 hours for every page to refresh.`,
      EN_CERTS[0]!,
      EN_BADGE[0]!,
      `Next steps
Once your badges have arrived at ${A.keep}, there is nothing else to do and this case will close on its own. If anything looks off, reply here.`,
      EN_FAQ[0]!,
      `Kind regards,
Rosalind M.
AWS Training and Certification Customer Service`,
      EN_FOOTER[0]!,
      sfRef('0Wp2X7'),
    ),
  }),
  en({
    slug: 'en-merged-priya-check', more: [EN_MORE[2]!], kind: 'merge_completed', caseId: C.priya,
    note: 'completion ("the merge went through this morning") followed by a request to check that all looks right: still merge_completed',
    from: SUPPORT, to: PR.keep, subject: formSubject(C.priya), date: d('2026-05-16 10:40:22', '+0000'), enc: 'utf8qp',
    text: J(
      `Hi Priya,`,
      `Thank you for your reply and for the clear answers along the way.`,
      `Quick update: the merge went through this morning, and your records from ${PR.src} now live on the ${PR.keep} account.`,
      `Could you sign in and take a look at your certifications, exam history and benefits to make sure everything looks right? If something is missing, just reply and I will investigate.`,
      EN_CERTS[1]!,
      EN_BADGE[3]!,
      EN_PRIVACY[1]!,
      `Best regards,
Tomasz W.
AWS Training and Certification Customer Service`,
      EN_FOOTER[0]!,
      quote(`Could you please confirm the e-mail address you will keep using going forward?`),
    ),
  }),
  en({
    slug: 'en-merged-portal-html', more: [EN_CERTS[0]!, EN_MORE[1]!], kind: 'merge_completed', caseId: null,
    note: 'certification portal notice (aws.training) that the accounts have been merged, no case ID, newsletter layout',
    from: CERT_PORTAL, to: MA.keep, subject: 'Your AWS Certification accounts have been combined', date: d('2026-06-06 05:02:18', '+0000'), enc: 'utf8b64',
    text: letterText({
      title: 'Important change to your AWS Certification account',
      sections: [
        { body: 'Hello Maria Garcia,\n\nThank you for being part of the AWS Certification program. We send this message whenever something important changes on your certification account.' },
        { h: 'What changed', body: `Candidate ID ${MA.srcId} has been merged into candidate ID ${MA.keepId}. You can no longer sign in to ${MA.srcId}.` },
        { h: 'What to check', body: 'Please check that your certifications, exam history and benefits appear on your account.' },
        { h: 'Digital badges', body: EN_BADGE[2]! },
        { h: "Didn't request this?", body: EN_PRIVACY[2]! },
      ],
      footer: EN_FOOTER[1]!,
    }),
    html: letter({
      brand: 'AWS Certification', title: 'Important change to your AWS Certification account',
      sections: [
        { body: 'Hello Maria Garcia,\n\nThank you for being part of the AWS Certification program. We send this message whenever something important changes on your certification account.' },
        { h: 'What changed', body: `Candidate ID ${MA.srcId} has been merged into candidate ID ${MA.keepId}. You can no longer sign in to ${MA.srcId}.` },
        { h: 'What to check', body: 'Please check that your certifications, exam history and benefits appear on your account.' },
        { h: 'Digital badges', body: EN_BADGE[2]! },
        { h: "Didn't request this?", body: EN_PRIVACY[2]! },
      ],
      footer: EN_FOOTER[1]!,
    }),
  }),
  en({
    slug: 'en-merged-daniel-misaligned', more: [EN_MORE[3]!, EN_CERTS[0]!, EN_PRIVACY[2]!], kind: 'merge_completed', caseId: C.daniel, trusted: false, auth: 'misaligned',
    note: 'merge-done mail whose only dkim=pass is for an unrelated bulk-mail domain and dmarc fails: untrusted',
    from: SUPPORT, to: DA.keep, subject: formSubject(C.daniel), date: d('2026-07-17 09:09:09', '+0100'), enc: 'ascii7',
    text: J(
      `Hi Daniel,`,
      `Thanks for your approval.`,
      `Your consulting account has been merged into your personal account. To finish the process, please download the attached "merge receipt" and sign in on the page it opens to reactivate your badges.`,
      EN_BADGE[0]!,
      EN_FOOTER[0]!,
    ),
  }),
  en({
    slug: 'en-merged-sofia-and-close', more: [EN_MORE[0]!], kind: 'merge_completed', caseId: C.sofia,
    note: 'completion plus "we will now close this case": the completion is the new fact',
    from: SUPPORT, to: SO.keep, subject: formSubject(C.sofia), date: d('2026-08-28 16:33:57', '+0200'), enc: 'utf8b64',
    text: J(
      `Dear Sofia,`,
      `Thank you for giving us the go-ahead yesterday.`,
      `The two certification accounts are now one: everything that was on ${SO.srcId} has been moved to ${SO.keepId}, and your agency address is no longer linked to any certification account.`,
      `As there is nothing else outstanding, we will now close this case. You can reopen it within 14 days by replying.`,
      EN_CERTS[3]!,
      EN_BADGE[1]!,
      EN_PRIVACY[0]!,
      `Warm regards,
Adaeze O.
AWS Training and Certification Customer Service`,
      EN_FOOTER[0]!,
    ),
  }),
  en({
    slug: 'en-merged-alexdup-resent', more: [EN_MORE[3]!], kind: 'merge_completed', caseId: C.alexDup, forUser: false,
    note: 'completion on the duplicate case, redirected (Resent-*) by the old workplace server to its helpdesk: not delivered as addressed',
    from: SUPPORT, to: A.src, subject: formSubject(C.alexDup), date: d('2026-04-10 15:02:10', '-0700'), enc: 'ascii7',
    resent: { from: 'postmaster@work.example.net', to: 'helpdesk@work.example.net', date: d('2026-04-10 15:03:00', '-0700') },
    text: J(
      `Hi Alex,`,
      `Jun here again. My colleague Rosalind has just completed the merge of ${A.srcId} into ${A.keepId}, and I have verified the result from this duplicate case as well.`,
      `Both cases now point to the same merged account. I am copying this note to the address on file for ${C.alexDup} so the record is complete.`,
      EN_PROCESS[3]!,
      EN_CERTS[0]!,
      `Thanks,
Jun`,
      EN_FOOTER[0]!,
    ),
  }),
  en({
    slug: 'en-merged-maria-case-reply', kind: 'merge_completed', caseId: C.maria,
    note: 'support confirms on the case that the merge is finished; long explanation of vouchers and badges around a single completion sentence',
    from: SUPPORT, to: MA.keep, subject: formSubject(C.maria), date: d('2026-06-06 09:47:31', '+0200'), enc: 'utf8qp',
    text: J(
      `Hi Maria,`,
      `Thanks so much for your reply giving us the go-ahead, and sorry for the short delay - there was a holiday in between.`,
      `You may already have seen the automatic notice from the Certification portal: the merge is finished, and your university account's history is now part of ${MA.keepId}.`,
      `Your 50% voucher from the first exam was unused, so it has moved too. You'll find it under Benefits with the same expiry date as before.`,
      EN_BADGE[0]!,
      EN_FAQ[2]!,
      `Best,
Keanu
AWS Training and Certification`,
      EN_FOOTER[0]!,
      gmailEn(`Fri, Jun 5, 2026 at 8:15 PM`, `Maria Garcia <${MA.keep}>`, `Hi Keanu, yes please go ahead. Gracias!\nMaria`),
    ),
  }),
];
