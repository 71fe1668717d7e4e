// dp: English messages in plain language (short sentences, no jargon, numbered steps).
import type { Msg } from './lib.js';
import { ALEX, AWS_NOTIFY, C, CREDLY_AWS, MARIA, OMAR, OMAR_ASK, PORTAL, PRIYA, SUPPORT, SUPPORT_ADDR, d, fs, gmailEn, html, mk, outlookEn, ref, sf } from './common.js';

const O = C.omar;
const team = 'AWS Training and Certification Support';

export const EN: Msg[] = [
  // ---------------- acknowledgement (6)
  mk({
    slug: 'en-ack-auto', kind: 'acknowledgement', lang: 'en', caseId: O,
    note: 'automatic receipt with the case ID',
    from: AWS_NOTIFY, subject: `We got your request (case ${O})`, date: d('2026-11-02 16:40:12'),
    text: `Hello,

We got your message.
Your case ID is ${O}.

What happens next:
1. A person on our team reads your message.
2. They write back to you. This is usually within 24 hours.

This email is automatic. Please do not reply to it.

Amazon Web Services`,
  }),
  mk({
    slug: 'en-ack-form-qp', kind: 'acknowledgement', lang: 'en', caseId: C.alex, to: ALEX.keep, enc: 'utf8qp',
    note: 'form receipt, plain words, do not open another case',
    subject: `[CASE ${C.alex}] Thank you. We have your case.`, date: d('2026-11-09 08:12:00'),
    text: `Hi Alex,

Thank you for writing to us. We have your case.
Case number: ${C.alex}

Please do not open a new case for the same thing. A new case makes the answer slower.

${team}`,
  }),
  mk({
    slug: 'en-ack-html', kind: 'acknowledgement', lang: 'en', caseId: C.priya, to: PRIYA.keep, enc: 'utf8b64',
    note: 'HTML-only receipt',
    subject: `Case ${C.priya} is open`, date: d('2026-11-13 19:00:01'),
    html: html(`Hello Priya,

Your case is open. The number is ${C.priya}.

We will answer you soon. You do not need to do anything now.

${team}`),
  }),
  mk({
    slug: 'en-ack-nosubjtopic', kind: 'acknowledgement', lang: 'en', caseId: '1789900321', to: MARIA.keep,
    note: 'receipt that says nothing of its topic; case ID only in the body',
    subject: 'Your message reached us', date: d('2026-11-15 07:07:00'),
    text: `Hello,

Your message reached us. Thank you.
Keep this number: 1789900321.
Use it if you write to us again.

AWS Support`,
  }),
  mk({
    slug: 'en-ack-listfields', kind: 'acknowledgement', lang: 'en', caseId: O, enc: 'utf8b64', trap: true,
    note: 'receipt that repeats the request (merge, keep account) but only acknowledges',
    subject: fs(O), date: d('2026-11-02 16:41:30'),
    text: `Hello Omar,

We received your case ${O}. This is what you sent us:

  Topic: merge two accounts
  Account to keep: ${OMAR.keep}
  Other account: ${OMAR.src}

Nothing has changed yet. Someone will write to you.

${team}`,
  }),
  mk({
    slug: 'en-ack-dupe', kind: 'acknowledgement', lang: 'en', caseId: '1790553318', to: ALEX.src, enc: 'ascii7', crlf: false,
    note: 'receipt of a second case (LF line ends)',
    subject: '[CASE 1790553318] Case created', date: d('2026-11-10 02:30:00'),
    text: `Hi,

We made a case for you. Case ID: 1790553318.
To add more details, just reply to this email.

${team}`,
  }),

  // ---------------- ai_answer (6)
  mk({
    slug: 'en-ai-tool', kind: 'ai_answer', lang: 'en',
    note: 'AI suggestion: try the self-service Merge Accounts tool',
    from: AWS_NOTIFY, subject: 'An AI answer to your question', date: d('2026-11-02 16:20:00'),
    text: `This answer was made by AI.

You may be able to join your accounts yourself:
1. Sign in to the Certification site.
2. Open your Profile.
3. Choose "Merge Accounts".
4. Follow the steps on the screen.

If this does not work, choose "Create case".`,
  }),
  mk({
    slug: 'en-ai-multi', kind: 'ai_answer', lang: 'en', to: PRIYA.keep, enc: 'utf8qp',
    note: 'automated answer, multipart/alternative',
    from: AWS_NOTIFY, subject: 'Suggested help (automatic)', date: d('2026-11-13 18:50:00'),
    text: `Automatic answer - not from a person.

Your question: "I have two accounts."
Try this: use the "Merge Accounts" page in your profile.
Was this enough? If not, you can still open a case.`,
    html: html(`Automatic answer - not from a person.

Your question: "I have two accounts."
Try this: use the "Merge Accounts" page in your profile.
Was this enough? If not, you can still open a case.`),
  }),
  mk({
    slug: 'en-ai-after', kind: 'ai_answer', lang: 'en', to: MARIA.keep, trap: true,
    note: 'AI answer describing what happens after a merge (badges move): still ai_answer',
    from: AWS_NOTIFY, subject: 'AI assistant: joining accounts', date: d('2026-11-15 06:55:00'),
    text: `Hi! I am an AI assistant.

After two accounts are joined:
- All your certifications are in one account.
- Your Credly badges move to that account. This can take a few days.
- You cannot use the old account anymore.

First, try the "Merge Accounts" tool in your profile.`,
  }),
  mk({
    slug: 'en-ai-b64', kind: 'ai_answer', lang: 'en', to: ALEX.keep, enc: 'utf8b64',
    note: 'automated answer in UTF-8 base64',
    from: AWS_NOTIFY, subject: 'Here is an automatic answer', date: d('2026-11-09 07:58:00'),
    text: `This is an automatic answer.

Both of your accounts have exam history. The tool cannot join them.
What to do: choose "Create case". A person will help you.`,
  }),
  mk({
    slug: 'en-ai-lookalike', kind: 'ai_answer', lang: 'en', trusted: false, auth: 'otherOnly',
    note: 'AI-answer text from amaz0n-support.com with only a foreign A-R: untrusted',
    from: 'AWS AI Help <ai@amaz0n-support.com>', subject: 'AI answer: merge your accounts now', date: d('2026-11-03 10:00:00'),
    text: `AI answer.
To join your accounts, click here and sign in:
http://amaz0n-support.com/merge
It only takes one minute.`,
  }),
  mk({
    slug: 'en-ai-close', kind: 'ai_answer', lang: 'en', to: OMAR.src, trap: true,
    note: 'AI answer that talks about closing and merging in general terms',
    from: AWS_NOTIFY, subject: 'Automatic help for you', date: d('2026-11-02 16:25:00'),
    text: `An AI wrote this answer.

If the Merge Accounts tool works for you, you are done. You do not need a case.
If it says "contact support", open a case. Support will merge the accounts and then close the case.`,
  }),

  // ---------------- info_request (7)
  mk({
    slug: 'en-info-ids', kind: 'info_request', lang: 'en', caseId: O,
    note: 'asks for both candidate IDs and emails in numbered steps',
    subject: fs(O), date: d('2026-11-03 14:02:00'),
    text: `Hello Omar,

Thank you for your message. We need a few things:

1. The candidate ID of the account you want to keep. It starts with "AWS".
2. The candidate ID of the other account.
3. The email address of each account.

Please reply to this email with them.

${team}
${ref('7qQ1')}`,
  }),
  mk({
    slug: 'en-info-which', kind: 'info_request', lang: 'en', caseId: C.alex, to: ALEX.keep,
    note: 'asks which account to keep',
    subject: fs(C.alex), date: d('2026-11-10 05:15:00'),
    text: `Hi Alex,

You have two accounts:
A) ${ALEX.keep}
B) ${ALEX.src}

Which one do you want to keep? Please write A or B.

${team}`,
  }),
  mk({
    slug: 'en-info-confirmaddr', kind: 'info_request', lang: 'en', caseId: C.priya, to: PRIYA.keep, enc: 'utf8qp', trap: true,
    note: '"please confirm the email you keep" asks for information',
    subject: fs(C.priya), date: d('2026-11-14 11:00:00'),
    text: `Hello Priya,

Please confirm the email address of the account you want to keep.
Just write the address in your reply.

${team}`,
  }),
  mk({
    slug: 'en-info-fromkeep', kind: 'info_request', lang: 'en', caseId: O, enc: 'utf8b64',
    note: 'write from the kept address AND send the IDs: info_request',
    subject: fs(O), date: d('2026-11-04 09:40:00'),
    text: `Hello Omar,

Your last email came from ${OMAR.src}.
Please write to us again from ${OMAR.keep}.
In that email, please add your two candidate IDs.

${team}`,
  }),
  mk({
    slug: 'en-info-outlook', kind: 'info_request', lang: 'en', caseId: C.maria, to: MARIA.keep,
    note: 'asks for the certifications and pass dates; Outlook quote below',
    subject: fs(C.maria), date: d('2026-11-16 13:13:00'),
    text: `Hello Maria,

Thanks. One more question.
Which certifications are in each account? Please add the date you passed each one.

${team}

${outlookEn('Maria Garcia <maria.garcia@example.es>', 'Monday, November 16, 2026 10:02 AM', SUPPORT_ADDR, fs(C.maria), 'My old email is mgarcia@uni.example.edu.\nThe new one is maria.garcia@example.es.')}`,
  }),
  mk({
    slug: 'en-info-phish', kind: 'info_request', lang: 'en', caseId: O, trusted: false, auth: 'forgedBelow', hdr: 'raw',
    from: 'AWS Training and Certification <support@amazon.com.example.net>',
    note: 'asks for passwords from amazon.com.example.net with a planted pass below the server line: untrusted',
    subject: fs(O), date: d('2026-11-04 03:00:00'),
    text: `Hello Omar,

To merge your accounts we need:
1. Your password for the old account.
2. Your password for the new account.

Reply in 24 hours or your case will close.`,
  }),
  mk({
    slug: 'en-info-bodyid', kind: 'info_request', lang: 'en', caseId: '1789900321', to: MARIA.keep, enc: 'utf8qp', trap: true,
    note: 'case ID only in the body; asks for the Skill Builder email before the merge can be completed',
    subject: 'We need one more thing', date: d('2026-11-17 09:00:00'),
    text: `Hello Maria,

About case 1789900321:
Before we can complete the merge, we need your Skill Builder email.
Which address do you use there?

${team}`,
  }),

  // ---------------- confirmation_request (7)
  mk({
    slug: 'en-conf-yes', kind: 'confirmation_request', lang: 'en', caseId: O,
    note: 'asks the user to reply yes; cannot be undone',
    subject: fs(O), date: d('2026-11-05 15:30:00'),
    text: `Hello Omar,

We are ready to join your accounts.
We will move ${OMAR.srcId} into ${OMAR.keepId}.

Important: we cannot undo this.

Is this OK? Please reply "Yes" to this email.

${team}`,
  }),
  mk({
    slug: 'en-conf-steps', kind: 'confirmation_request', lang: 'en', caseId: C.alex, to: ALEX.keep, enc: 'utf8qp',
    note: 'consent request in numbered steps',
    subject: fs(C.alex), date: d('2026-11-11 06:06:00'),
    text: `Hi Alex,

Please read this and then answer.
1. We keep ${ALEX.keep}.
2. We move everything from ${ALEX.src} into it.
3. ${ALEX.src} will stop working.
4. This is final. We cannot change it back.

If you agree, reply "I agree".

${team}`,
  }),
  mk({
    slug: 'en-conf-html', kind: 'confirmation_request', lang: 'en', caseId: C.priya, to: PRIYA.keep, enc: 'utf8b64',
    note: 'consent request, multipart/alternative',
    subject: fs(C.priya), date: d('2026-11-15 10:10:00'),
    text: `Hello Priya,

We need your OK before we join the accounts.
After we join them, there is no way back.
Reply with "OK, please go ahead" if you are sure.

${team}`,
    html: html(`Hello Priya,

We need your OK before we join the accounts.
After we join them, there is no way back.
Reply with "OK, please go ahead" if you are sure.

${team}`),
  }),
  mk({
    slug: 'en-conf-forged', kind: 'confirmation_request', lang: 'en', caseId: O, trusted: false, auth: 'failThenForged',
    note: 'top A-R says fail, a planted pass sits lower: untrusted',
    subject: fs(O), date: d('2026-11-05 18:00:00'),
    text: `Hello Omar,

Can we join your accounts? Reply yes. This cannot be undone.

${team}`,
  }),
  mk({
    slug: 'en-conf-thread', kind: 'confirmation_request', lang: 'en', caseId: O, enc: 'utf8qp',
    note: 'after the user sent IDs (quoted Gmail-style), support asks for consent',
    subject: fs(O), date: d('2026-11-05 14:00:00'),
    text: `Hello Omar,

Thank you for the IDs. They are correct.
Now we need one short reply from you: "Yes, merge them."
Please know: after this, the old account is gone for good.

${team}

${gmailEn('Wed, Nov 4, 2026 at 9:12 PM', `${OMAR.name} <${OMAR.keep}>`, OMAR_ASK)}`,
  }),
  mk({
    slug: 'en-conf-colleague', kind: 'confirmation_request', lang: 'en', caseId: C.alex, forUser: false, to: 'it-team@work.example.net', deliveredTo: 'it-team@work.example.net',
    note: 'consent request sent to a team list, not to the user',
    subject: fs(C.alex), date: d('2026-11-11 06:10:00'),
    text: `Hello,

Please reply to tell us we can merge the two accounts for Alex Kim.
We cannot undo a merge.

${team}`,
  }),
  mk({
    slug: 'en-conf-bodyid', kind: 'confirmation_request', lang: 'en', caseId: '1790553318', to: ALEX.src, crlf: false,
    note: 'case ID only in the body; asks for agreement',
    subject: 'Please say yes or no', date: d('2026-11-12 04:00:00'),
    text: `Hi,

(Case 1790553318)
We can join your two accounts now.
Do you agree? Please answer yes or no.
A yes cannot be taken back.

${team}`,
  }),

  // ---------------- merge_completed (6)
  mk({
    slug: 'en-merge-done', kind: 'merge_completed', lang: 'en', caseId: O,
    note: 'support says the accounts are now one',
    subject: fs(O), date: d('2026-11-06 20:00:00'),
    text: `Hello Omar,

Good news. Your two accounts are now one account.
You can see all your certifications when you sign in with ${OMAR.keep}.

${team}`,
  }),
  mk({
    slug: 'en-merge-portal', kind: 'merge_completed', lang: 'en', to: PRIYA.keep, enc: 'utf8b64',
    note: 'certification portal notice, no case ID',
    from: PORTAL, subject: 'Your accounts are now joined', date: d('2026-11-16 12:00:00'),
    html: html(`Hello,

Your accounts have been merged.
From now on, please use this account to sign in.

AWS Certification`),
  }),
  mk({
    slug: 'en-merge-close', kind: 'merge_completed', lang: 'en', caseId: C.alex, to: ALEX.keep, enc: 'utf8qp',
    note: 'merge done and the case will be closed: merge_completed',
    subject: fs(C.alex), date: d('2026-11-12 14:00:00'),
    text: `Hi Alex,

Thanks for your reply. We moved everything from ${ALEX.src} into ${ALEX.keep}.
That is all. We will now close this case.

${team}`,
  }),
  mk({
    slug: 'en-merge-check', kind: 'merge_completed', lang: 'en', caseId: C.maria, to: MARIA.keep,
    note: 'completion that asks the user to check it all looks right',
    subject: fs(C.maria), date: d('2026-11-19 09:30:00'),
    text: `Hello Maria,

The merge is finished.
Please check:
1. Your certifications.
2. Your exam discount voucher.
Tell us if something looks wrong.

${team}`,
  }),
  mk({
    slug: 'en-merge-freemail', kind: 'merge_completed', lang: 'en', caseId: O, trusted: false, auth: 'pass',
    from: 'AWS Training and Certification <aws.cert.team@gmail.com>',
    note: 'trusted display name on a free-mail address: untrusted',
    subject: fs(O), date: d('2026-11-06 21:00:00'),
    text: `Hello Omar,
Your accounts are merged. To see them, sign in at the link below.
http://aws-cert-login.example.com/`,
  }),
  mk({
    slug: 'en-merge-badgenote', kind: 'merge_completed', lang: 'en', caseId: C.priya, to: PRIYA.keep, trap: true,
    note: 'merge done; badges not moved yet (badge words, event is the merge)',
    subject: fs(C.priya), date: d('2026-11-16 11:45:00'),
    text: `Hello Priya,

Your accounts are one now.

About badges: your Credly badges may not be there yet.
Please wait 2 or 3 days. Then look in Credly.

${team}`,
  }),

  // ---------------- badges_transferred (6)
  mk({
    slug: 'en-badge-credly', kind: 'badges_transferred', lang: 'en', to: OMAR.keep, enc: 'utf8qp',
    note: 'Credly issues the AWS badge to the kept account',
    from: CREDLY_AWS, subject: 'Amazon Web Services Training and Certification sent you a badge', date: d('2026-11-08 17:00:00'),
    text: `Hi Omar,

Amazon Web Services Training and Certification gave you a badge:
AWS Certified Cloud Practitioner

Accept your badge: https://www.credly.com/badges/accept

Credly`,
    html: html(`Hi Omar,

Amazon Web Services Training and Certification gave you a badge:
AWS Certified Cloud Practitioner

[Accept your badge]

Credly`),
  }),
  mk({
    slug: 'en-badge-support', kind: 'badges_transferred', lang: 'en', caseId: O,
    note: 'support says the badges were moved',
    subject: fs(O), date: d('2026-11-09 15:00:00'),
    text: `Hello Omar,

We moved your Credly badges to ${OMAR.keep}.
Please sign in to Credly to see them.

${team}`,
  }),
  mk({
    slug: 'en-badge-close', kind: 'badges_transferred', lang: 'en', caseId: C.alex, to: ALEX.keep, enc: 'utf8b64',
    note: 'badges moved and the case is closing',
    subject: fs(C.alex), date: d('2026-11-14 10:00:00'),
    text: `Hi Alex,

Your 2 badges are now in your new account.
This was the last step. We are closing this case.

${team}`,
  }),
  mk({
    slug: 'en-badge-htmlonly', kind: 'badges_transferred', lang: 'en', to: MARIA.keep, enc: 'utf8b64', auth: 'dkimonly',
    note: 'HTML-only Credly mail for an AWS badge, aligned DKIM only',
    from: CREDLY_AWS, subject: 'You have a new badge', date: d('2026-11-21 08:00:00'),
    html: html(`Hello Maria,

You have a new badge from Amazon Web Services Training and Certification.
AWS Certified Developer - Associate

[Accept your badge]`),
  }),
  mk({
    slug: 'en-badge-credIy', kind: 'badges_transferred', lang: 'en', trusted: false,
    from: 'Amazon Web Services via Credly <admin@credIy.com>',
    note: 'badge mail from credIy.com (capital i): untrusted',
    subject: 'Your badges were moved', date: d('2026-11-08 18:00:00'),
    text: `Your badges were moved. Accept them here:
http://credIy.com/accept`,
  }),
  mk({
    slug: 'en-badge-thread', kind: 'badges_transferred', lang: 'en', caseId: C.maria, to: MARIA.keep, enc: 'utf8qp',
    note: 'user asked about missing badges (quoted, bottom-posted history); support moved them',
    subject: fs(C.maria), date: d('2026-11-23 07:00:00'),
    text: `Hello Maria,

Sorry for the wait. Your badges are in the account you kept now.
Please look in Credly.

${team}

${sf('Maria Garcia', '11/22/2026 6:10 PM', fs(C.maria), 'Hi, I do not see my badges. What should I do?')}`,
  }),

  // ---------------- case_closed (6)
  mk({
    slug: 'en-close-plain', kind: 'case_closed', lang: 'en', caseId: O,
    note: 'case closed',
    subject: fs(O), date: d('2026-11-12 10:00:00'),
    text: `Hello Omar,

We closed this case.
If you need help again, please open a new case.

${team}`,
  }),
  mk({
    slug: 'en-close-3days', kind: 'case_closed', lang: 'en', caseId: C.priya, to: PRIYA.keep, enc: 'utf8qp',
    note: 'will close in 3 days without a reply',
    subject: fs(C.priya), date: d('2026-11-20 10:00:00'),
    text: `Hello Priya,

We have not heard from you.
If you do not reply in 3 days, this case will close on its own.

${team}`,
  }),
  mk({
    slug: 'en-close-restate', kind: 'case_closed', lang: 'en', caseId: C.alex, to: ALEX.keep, trap: true,
    note: 'closing that only restates the merge of last week',
    subject: fs(C.alex), date: d('2026-11-19 09:00:00'),
    text: `Hi Alex,

We merged your accounts last week.
We did not hear anything more, so we are closing this case now.

${team}`,
  }),
  mk({
    slug: 'en-close-html', kind: 'case_closed', lang: 'en', caseId: C.maria, to: MARIA.keep, enc: 'utf8b64',
    note: 'HTML-only notice from AWS Support: case resolved',
    from: AWS_NOTIFY, subject: `Case ${C.maria} is resolved`, date: d('2026-11-26 08:00:00'),
    html: html(`Hello,

Case ${C.maria} is now marked "Resolved".
You can open it again by replying within 14 days.

Amazon Web Services`),
  }),
  mk({
    slug: 'en-close-misaligned', kind: 'case_closed', lang: 'en', caseId: O, trusted: false, auth: 'misaligned',
    note: 'closing notice signed by a bulk sender, dmarc=fail: untrusted',
    subject: fs(O), date: d('2026-11-12 11:00:00'),
    text: `Hello Omar,
This case is closed.
${team}`,
  }),
  mk({
    slug: 'en-close-notify', kind: 'case_closed', lang: 'en', caseId: '1790553318', to: ALEX.src,
    note: 'the duplicate case is closed with no merge talk',
    from: AWS_NOTIFY, subject: 'Your case was closed', date: d('2026-11-11 12:00:00'),
    text: `Case 1790553318 was closed.
Reason: it was the same as another case.

Amazon Web Services`,
  }),

  // ---------------- support_reply (7)
  mk({
    slug: 'en-sup-thanks', kind: 'support_reply', lang: 'en', caseId: O, trap: true,
    note: 'thanks for confirming, passed to the team',
    subject: fs(O), date: d('2026-11-05 20:00:00'),
    text: `Hello Omar,

Thank you for saying yes.
We sent your request to the team that merges accounts.
We will write again when they finish.

${team}`,
  }),
  mk({
    slug: 'en-sup-future', kind: 'support_reply', lang: 'en', caseId: C.priya, to: PRIYA.keep, enc: 'utf8qp', trap: true,
    note: 'future: once we have merged, badges will follow',
    subject: fs(C.priya), date: d('2026-11-15 16:00:00'),
    text: `Hello Priya,

We are working on it.
Once we have merged the accounts, your badges will follow.
This takes 3 to 5 days.

${team}`,
  }),
  mk({
    slug: 'en-sup-notyet', kind: 'support_reply', lang: 'en', caseId: C.alex, to: ALEX.keep, trap: true,
    note: 'negated: the merge is not completed yet',
    subject: fs(C.alex), date: d('2026-11-11 20:00:00'),
    text: `Hi Alex,

You asked if it is done. Not yet. The merge has not been completed.
Please wait one or two more days.

${team}`,
  }),
  mk({
    slug: 'en-sup-dupcases', kind: 'support_reply', lang: 'en', caseId: C.alex, to: ALEX.keep, enc: 'utf8b64', trap: true,
    note: 'merged duplicate cases, not accounts',
    subject: fs(C.alex), date: d('2026-11-10 09:00:00'),
    text: `Hi Alex,

You opened two cases: ${C.alex} and 1790553318.
We merged the two cases into one. Please use ${C.alex} from now on.

${team}`,
  }),
  mk({
    slug: 'en-sup-writefromkeep', kind: 'support_reply', lang: 'en', caseId: O, to: OMAR.src, trap: true,
    note: 'write from the kept address, no data asked; "before we can merge"',
    subject: fs(O), date: d('2026-11-03 12:00:00'),
    text: `Hello Omar,

Please write to this case from the email of the account you keep.
We need this before we can merge anything.

${team}`,
  }),
  mk({
    slug: 'en-sup-escalate', kind: 'support_reply', lang: 'en', caseId: C.maria, to: MARIA.keep,
    note: 'status update: sent to another team',
    subject: fs(C.maria), date: d('2026-11-18 15:00:00'),
    text: `Hello Maria,

Your case needs help from another team. We sent it to them today.
This may take a few more days. Sorry for the wait.

${team}`,
  }),
  mk({
    slug: 'en-sup-voucher', kind: 'support_reply', lang: 'en', caseId: C.priya, to: PRIYA.keep, enc: 'utf8qp',
    note: 'answers a question about the voucher expiry',
    subject: fs(C.priya), date: d('2026-11-14 16:30:00'),
    text: `Hello Priya,

You asked about your 50% voucher.
It is still good. It ends on March 3, 2027.
You can use it in either account for now.

${team}`,
  }),

  // ---------------- unrelated (7)
  mk({
    slug: 'en-un-survey', kind: 'unrelated', lang: 'en', caseId: O, trap: true,
    note: 'survey: was your issue resolved?',
    from: AWS_NOTIFY, subject: 'Was your problem solved?', date: d('2026-11-12 12:00:00'),
    text: `Your case ${O} was closed.
Was your problem solved? Click Yes or No.
It takes 30 seconds.

Amazon Web Services`,
  }),
  mk({
    slug: 'en-un-marketing', kind: 'unrelated', lang: 'en', to: ALEX.keep, enc: 'utf8qp', trap: true,
    note: 'marketing: free course, earn a badge, completed words',
    from: 'AWS Training and Certification <aws-training@amazon.com>', subject: 'New free course: earn a badge in 2 hours', date: d('2026-11-20 15:00:00'),
    text: `Hi Alex,

New for you: a free course in plain English.
1. Watch 6 short videos.
2. Take a quiz.
3. When you have completed it, you get a badge.

Start today!

Unsubscribe: https://aws.amazon.com/unsubscribe`,
  }),
  mk({
    slug: 'en-un-ownreply', kind: 'unrelated', lang: 'en', caseId: O, trusted: false, forUser: false, auth: 'none', trap: true,
    from: `${OMAR.name} <${OMAR.keep}>`, to: SUPPORT_ADDR, deliveredTo: null,
    note: 'the user\'s own consent reply from a phone (sent copy, bottom-posted, typos)',
    subject: fs(O), date: d('2026-11-05 17:10:00', '+0100'),
    text: `${gmailEn('Thu, Nov 5, 2026 at 4:30 PM', `AWS Training and Certification <${SUPPORT_ADDR}>`, `Is this OK? Please reply "Yes" to this email.`)}

Yes. Plese merge my acounts. I agree.

Omar

Sent from my iPhone`,
  }),
  mk({
    slug: 'en-un-hashicorp', kind: 'unrelated', lang: 'en', to: PRIYA.keep, trap: true,
    from: 'HashiCorp via Credly <admin@credly.com>',
    note: 'Credly badge from another issuer',
    subject: 'HashiCorp sent you a badge', date: d('2026-11-22 09:00:00'),
    text: `Hi Priya,

HashiCorp gave you a badge: HashiCorp Certified: Terraform Associate.
Accept your badge: https://www.credly.com/badges/accept

Credly`,
  }),
  mk({
    slug: 'en-un-credlymerge', kind: 'unrelated', lang: 'en', to: MARIA.keep, trap: true,
    from: 'Credly <admin@credly.com>',
    note: 'Credly\'s own account-merge code mail',
    subject: 'Your code to merge Credly accounts', date: d('2026-11-24 10:00:00'),
    text: `Hello,

You asked to merge two Credly accounts.
Your code is 482913.
Type this code on the "Complete Account Merge" page.
The code works for 30 minutes.

Credly`,
  }),
  mk({
    slug: 'en-un-subcase', kind: 'unrelated', lang: 'en', caseId: C.exam, to: OMAR.keep, enc: 'utf8b64', trap: true,
    note: 'closing of another case about an exam booking',
    subject: `RE:[CASE ${C.exam}] [AWS Training and Certification Form Submission] - exam-scheduling`, date: d('2026-11-25 10:00:00'),
    text: `Hello Omar,

We moved your exam to December 10 at 9:00.
Your question about the exam date is answered, so we closed this case.

${team}`,
  }),
  mk({
    slug: 'en-un-ooo', kind: 'unrelated', lang: 'en', caseId: C.alex, trusted: false, to: ALEX.src, trap: true,
    from: 'Jordan Lee <j.lee@work.example.net>',
    extra: ['Auto-Submitted: auto-replied'],
    note: 'a colleague\'s out-of-office reply that quotes the case subject',
    subject: `Automatic reply: ${fs(C.alex)}`, date: d('2026-11-10 10:00:00', '-0500'),
    text: `I got your email. I am out of the office until Monday.
For account help, please write to it-team@work.example.net.

Jordan`,
  }),
];

void SUPPORT;
