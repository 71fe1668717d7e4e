// dv: English messages at a beginner's level: short sentences, common words, numbered steps.
import type { Msg } from './lib.js';
import { ALEX, AN, AN_REQ_EN, AWS_NOTIFY, CASE, CREDLY_AWS, M, MARIA, PORTAL, PRIYA, SUPPORT, d, formSubject, html, quote, ref, sfOrig } from './common.js';

const S = formSubject;
const z = (local: string): string => d(local, '+0000');

export const EN: Msg[] = [
  // ---------------- acknowledgement (6) ----------------
  M('ack-en-1', 'acknowledgement', 'en', 'automatic receipt, short sentences, case ID in subject', {
    to: ALEX.keep, caseId: CASE.alex, subject: S(CASE.alex), date: z('2026-11-03 14:02:10'), enc: 'ascii7',
    text: `Hello ${ALEX.en},

We got your message. Thank you.
Your case number is ${CASE.alex}.
A person from our team will read it. This can take 1 or 2 days.

Please do not answer this email. A computer sent it.

AWS Training and Certification`,
  }),
  M('ack-en-2', 'acknowledgement', 'en', 'AWS Support notification: case created, HTML only', {
    from: AWS_NOTIFY, to: PRIYA.keep, caseId: CASE.priya, subject: `New case: ${CASE.priya}`, date: z('2026-11-04 07:40:00'), enc: 'utf8b64',
    html: html(`Hi,

You opened a new case.

Case ID: ${CASE.priya}
Type: AWS Training and Certification

What next?
1. Wait for our answer.
2. Do not open a second case for the same thing. It makes the answer slower.

Amazon Web Services`),
  }),
  M('ack-en-3', 'acknowledgement', 'en', 'receipt that says the team will check the details (confirm word, still a receipt)', {
    to: MARIA.keep, caseId: CASE.maria, trap: true, subject: S(CASE.maria), date: z('2026-11-05 10:10:00'), enc: 'utf8qp',
    text: `Dear Maria,

Thank you for writing to us.
We have your request. Number: ${CASE.maria}.
Our team will check your details and write back.
You do not need to do anything now.

Your message:
${quote(`Hi, I have two accounts. One from my university and one personal. Can you put them together?`)}`,
  }),
  M('ack-en-4', 'acknowledgement', 'en', 'receipt with the case ID only in the body', {
    to: AN.keep, caseId: CASE.an2, subject: 'We received your request', date: z('2026-11-09 04:11:00'), enc: 'ascii7',
    text: `Hello,

This is to tell you: we received your request.
Case: ${CASE.an2}
We answer in English or Japanese. Easy English is OK.

Thank you.`,
  }),
  M('ack-en-5', 'acknowledgement', 'en', 'receipt, multipart, LF line ends', {
    crlf: false, from: AWS_NOTIFY, to: ALEX.keep, caseId: CASE.alex, subject: `Case ${CASE.alex} is open`, date: z('2026-11-03 14:01:40'), enc: 'utf8qp',
    text: `Your case ${CASE.alex} is open.\nYou can see it in the Support Center.\nWe will email you when there is news.`,
    html: html(`Your case ${CASE.alex} is open.\nYou can see it in the Support Center.\nWe will email you when there is news.`),
  }),
  M('ack-en-6', 'acknowledgement', 'en', 'receipt with form field list', {
    to: PRIYA.keep, caseId: CASE.priya, subject: S(CASE.priya), date: z('2026-11-04 07:41:00'), enc: 'utf8b64',
    text: `Hi Priya,

We got your form. Here is what you sent:
- Name: ${PRIYA.en}
- Candidate ID: ${PRIYA.keepId}
- Topic: account assistance

We will reply soon.`,
  }),

  // ---------------- ai_answer (5) ----------------
  M('ai-en-1', 'ai_answer', 'en', 'AI answer with numbered steps to the Merge Accounts tool', {
    from: AWS_NOTIFY, to: ALEX.keep, subject: 'Suggested answer (AI)', date: z('2026-11-03 13:55:00'), enc: 'ascii7',
    text: `This answer was made by AI.

You can try to do it yourself:
1. Sign in to your AWS Certification account.
2. Go to Profile.
3. Click "Merge Accounts".
4. Type the email of your other account.
5. Follow the steps on the screen.

Did this not work? Then click "Create case".`,
  }),
  M('ai-en-2', 'ai_answer', 'en', 'forged AI answer: DKIM for an unrelated domain, dmarc=fail', {
    trusted: false, auth: 'misaligned', from: AWS_NOTIFY, to: PRIYA.keep, subject: 'Your AI answer', date: z('2026-11-04 07:30:00'), enc: 'utf8qp',
    text: `Hi. This is an automatic answer.
Use the Merge Accounts tool. It is easy.
1. Click this link.
2. Sign in.`,
  }),
  M('ai-en-3', 'ai_answer', 'en', 'AI answer that explains what happens after a merge', {
    from: AWS_NOTIFY, to: MARIA.keep, trap: true, subject: 'Answer from our assistant', date: z('2026-11-05 10:00:00'), enc: 'utf8b64',
    html: html(`Hello! I am the AWS assistant.

After a merge:
- All your certifications are in one account.
- Your badges may need one more step on Credly.

To merge, use "Merge Accounts" in your profile. If it says no, please contact support.`),
  }),
  M('ai-en-4', 'ai_answer', 'en', 'short automated reply, beginner English', {
    from: AWS_NOTIFY, to: AN.keep, subject: 'Maybe this helps', date: z('2026-11-09 04:00:00'), enc: 'ascii7',
    text: `Automatic answer:
Two accounts? Try "Merge Accounts" first.
It is in your profile page.
If you can not use it, make a case.`,
  }),
  M('ai-en-5', 'ai_answer', 'en', 'generated answer with a note that it may be wrong', {
    from: AWS_NOTIFY, to: ALEX.keep, subject: 'Generated answer for your question', date: z('2026-11-20 11:00:00'), enc: 'utf8qp',
    text: `Note: AI wrote this. It can be wrong.

Question: "I have 2 certification accounts."
Answer: Please use the self-service tool:
  Profile > Merge Accounts
Then sign in again.`,
  }),

  // ---------------- info_request (7) ----------------
  M('info-en-1', 'info_request', 'en', 'asks for IDs, emails and which account to keep', {
    to: ALEX.keep, caseId: CASE.alex, subject: S(CASE.alex), date: z('2026-11-04 16:00:00'), enc: 'ascii7',
    text: `Hello Alex,

I am Sam from AWS Training and Certification.
I can help you. First I need some facts:
1. The candidate ID of each account (it starts with "AWS").
2. The email address of each account.
3. Which account do you want to keep?

Please reply to this email.

Sam

${sfOrig(`${ALEX.en} <${ALEX.keep}>`, '11/3/2026 2:00 PM', S(CASE.alex), 'I have two accounts. Please help.')}

${ref('9f8e7d')}`,
  }),
  M('info-en-2', 'info_request', 'en', 'forged: dmarc pass only from a foreign server (mx.google.com)', {
    trusted: false, auth: 'otherOnly', to: PRIYA.keep, caseId: CASE.priya, subject: S(CASE.priya), date: z('2026-11-05 01:00:00'), enc: 'utf8qp',
    text: `Hi Priya,
Please send us your candidate ID and your password.
We need it today.`,
  }),
  M('info-en-3', 'info_request', 'en', 'asks the user to confirm the email to keep (information request worded with confirm)', {
    to: MARIA.keep, caseId: CASE.maria, trap: true, subject: S(CASE.maria), date: z('2026-11-06 09:00:00'), enc: 'utf8b64',
    text: `Hi Maria,

Please confirm one thing for me:
Is ${MARIA.keep} the email you want to keep?
Also, please tell me the candidate ID of the university account.

Thanks,
Lee`,
  }),
  M('info-en-4', 'info_request', 'en', 'request without a request word; Gmail quote, bottom-posted', {
    to: AN.keep, caseId: CASE.an2, subject: S(CASE.an2), date: z('2026-11-10 06:00:00'), enc: 'ascii7',
    text: `On Mon, Nov 9, 2026 at 1:11 PM ${AN.en} <${AN.keep}> wrote:
${quote(AN_REQ_EN)}

Hi An,
Thank you. Easy English is fine.
We still need the email of the old account. We also need its candidate ID.
Then we can go to the next step.`,
  }),
  M('info-en-5', 'info_request', 'en', 'asks for exam dates to prove it is the same person', {
    to: PRIYA.keep, caseId: CASE.priya, subject: `RE: ${S(CASE.priya)}`, date: z('2026-11-06 12:30:00'), enc: 'utf8qp',
    text: `Hi Priya,

The names on the two accounts are not the same.
To be sure it is you, please write:
- the name of one exam you passed on the old account
- the date of that exam

Thank you!`,
  }),
  M('info-en-6', 'info_request', 'en', 'asks to write from the kept address and include the candidate ID', {
    to: ALEX.src, caseId: CASE.alex, subject: S(CASE.alex), date: z('2026-11-05 15:00:00'), enc: 'ascii7',
    text: `Hello,

For safety, please send your next email from the account you will keep.
In that email, please add your candidate ID.

AWS T&C Support`,
  }),
  M('info-en-7', 'info_request', 'en', 'HTML-only request for the notification email of the old account', {
    to: MARIA.keep, caseId: CASE.maria, subject: S(CASE.maria), date: z('2026-11-07 10:00:00'), enc: 'utf8b64',
    html: html(`Hi Maria,

We looked for the old account but did not find it.
Which email got your exam messages there? Please write it in your answer.

Regards,
AWS Training and Certification`),
  }),

  // ---------------- confirmation_request (6) ----------------
  M('conf-en-1', 'confirmation_request', 'en', 'consent request: merge cannot be undone, reply yes', {
    to: ALEX.keep, caseId: CASE.alex, subject: S(CASE.alex), date: z('2026-11-06 10:00:00'), enc: 'ascii7',
    text: `Hello Alex,

We are ready to merge:
  Keep:   ${ALEX.keepId} (${ALEX.keep})
  Remove: ${ALEX.srcId} (${ALEX.src})

Important: after the merge, we can NOT undo it.
If this is OK, please reply "Yes, I agree".`,
  }),
  M('conf-en-2', 'confirmation_request', 'en', 'forged consent request: Authentication-Results from a look-alike server name', {
    trusted: false, auth: 'lookalikeServer', to: PRIYA.keep, caseId: CASE.priya, subject: S(CASE.priya), date: z('2026-11-08 03:00:00'), enc: 'utf8qp',
    text: `Hi Priya,
Click here to say yes to the merge: http://aws-confirm.example.net/ok
You have 24 hours.`,
  }),
  M('conf-en-3', 'confirmation_request', 'en', 'consent asked as a question, beginner English', {
    to: MARIA.keep, caseId: CASE.maria, subject: S(CASE.maria), date: z('2026-11-08 09:30:00'), enc: 'utf8b64',
    text: `Hi Maria,

Can we move everything from ${MARIA.srcId} to ${MARIA.keepId}?
When it is done, it stays done. We can not change it back.
Please tell us "OK" and we will start.`,
  }),
  M('conf-en-4', 'confirmation_request', 'en', 'consent request with steps, Outlook quote header', {
    to: AN.keep, caseId: CASE.an, subject: S(CASE.an), date: z('2026-11-05 02:00:00'), enc: 'ascii7',
    text: `Hi An,

Next steps:
1. Read the two account IDs below.
2. Remember: a merge can not be reversed.
3. If all is right, answer this email with "I agree to the merge".

${AN.keepId} <- ${AN.srcId}

From: ${AN.en} <${AN.keep}>
Sent: Wednesday, November 4, 2026 1:10 PM
To: ${'aws-cs-trainingcertification-form@amazon.com'}
Subject: ${S(CASE.an)}

${quote('Keep the first one please.')}`,
  }),
  M('conf-en-5', 'confirmation_request', 'en', 'consent request in multipart, no request word ("one yes from you")', {
    to: PRIYA.keep, caseId: CASE.priya, subject: S(CASE.priya), date: z('2026-11-09 12:00:00'), enc: 'utf8qp',
    text: `Hi Priya,\n\nOne "yes" from you and the two accounts become one.\nThere is no way back after that.\n\nWaiting for your answer,\nJo`,
    html: html(`Hi Priya,\n\nOne "yes" from you and the two accounts become one.\nThere is no way back after that.\n\nWaiting for your answer,\nJo`),
  }),
  M('conf-en-6', 'confirmation_request', 'en', 'consent request, mobile-style short, LF', {
    crlf: false, to: ALEX.keep, caseId: CASE.alex, subject: `Re: ${S(CASE.alex)}`, date: z('2026-11-06 18:00:00'), enc: 'ascii7',
    text: `Alex - thanks. Before we merge ${ALEX.srcId} into ${ALEX.keepId}: do you agree? This can't be undone. Reply yes or no.`,
  }),

  // ---------------- merge_completed (6) ----------------
  M('merge-en-1', 'merge_completed', 'en', 'support: the merge is done', {
    to: ALEX.keep, caseId: CASE.alex, subject: S(CASE.alex), date: z('2026-11-08 10:00:00'), enc: 'ascii7',
    text: `Hello Alex,

Good news. Your two accounts are now one.
Please use ${ALEX.keepId} from now on.
Your exams and certifications are all there.`,
  }),
  M('merge-en-2', 'merge_completed', 'en', 'portal notice: accounts merged, no case ID', {
    from: PORTAL, to: PRIYA.keep, subject: 'Your accounts are merged', date: z('2026-11-11 07:00:00'), enc: 'utf8b64',
    html: html(`Hi ${PRIYA.en},

Your AWS Certification accounts have been merged.
Sign in with ${PRIYA.keep}.

AWS Certification`),
  }),
  M('merge-en-3', 'merge_completed', 'en', 'forged completion: fail on top, planted pass lower', {
    trusted: false, auth: 'failThenForged', to: MARIA.keep, caseId: CASE.maria, subject: S(CASE.maria), date: z('2026-11-10 02:00:00'), enc: 'utf8qp',
    text: `Hi Maria,
Merge done. Please sign in here to see it: http://aws-signin.example.net`,
  }),
  M('merge-en-4', 'merge_completed', 'en', 'completion plus "we will close the case"', {
    to: AN.keep, caseId: CASE.an, subject: S(CASE.an), date: z('2026-11-07 08:00:00'), enc: 'ascii7',
    text: `Hi An,

We merged your accounts today. ${AN.srcId} is now part of ${AN.keepId}.
We will close this case now. Thank you!`,
  }),
  M('merge-en-5', 'merge_completed', 'en', 'completion asking to check all looks right (still merge_completed)', {
    to: MARIA.keep, caseId: CASE.maria, trap: true, subject: S(CASE.maria), date: z('2026-11-12 10:00:00'), enc: 'utf8b64',
    text: `Hi Maria,

Done! The university account is now inside your personal account.
Please sign in and check:
1. Do you see both certifications?
2. Do you see your voucher?
Tell us if something is wrong.`,
  }),
  M('merge-en-6', 'merge_completed', 'en', 'completion, top-posted over Salesforce history', {
    to: PRIYA.keep, caseId: CASE.priya, subject: S(CASE.priya), date: z('2026-11-11 09:00:00'), enc: 'utf8qp',
    text: `Hi Priya, the merge is finished. Everything is on ${PRIYA.keepId} now.

${sfOrig(`${PRIYA.en} <${PRIYA.keep}>`, '11/10/2026 8:00 AM', S(CASE.priya), 'Yes, I agree. Please merge.')}`,
  }),

  // ---------------- badges_transferred (6) ----------------
  M('badge-en-1', 'badges_transferred', 'en', 'AWS badge via Credly to kept address', {
    from: CREDLY_AWS, to: ALEX.keep, subject: 'Amazon Web Services Training and Certification sent you a badge', date: z('2026-11-09 15:00:00'), enc: 'utf8qp',
    text: `Hi Alex,\n\nYou have a new badge: AWS Certified Developer - Associate.\n\nAccept your badge: https://www.credly.com/earner/earned/badge/`,
    html: html(`Hi Alex,\n\nYou have a new badge: AWS Certified Developer - Associate.\n\n[Accept your badge]`),
  }),
  M('badge-en-2', 'badges_transferred', 'en', 'support says badges moved, closing', {
    to: PRIYA.keep, caseId: CASE.priya, subject: S(CASE.priya), date: z('2026-11-14 10:00:00'), enc: 'ascii7',
    text: `Hi Priya,

Your Credly badges are now on your kept account.
Please look at Credly to see them.
We will close this case. Have a good day!`,
  }),
  M('badge-en-3', 'badges_transferred', 'en', 'untrusted: Credly-looking sender on a non-Credly domain with aligned DKIM', {
    trusted: false, auth: 'dkimonly', from: 'AWS via Credly <admin@credly-badges.net>', to: MARIA.keep, subject: 'Your badges moved', date: z('2026-11-14 03:00:00'), enc: 'utf8qp',
    text: `Your badges are moved to your new account.
Accept them here: http://credly-badges.net/accept`,
  }),
  M('badge-en-4', 'badges_transferred', 'en', 'support: badge team moved the badges', {
    to: AN.keep, caseId: CASE.an, subject: S(CASE.an), date: z('2026-11-10 06:00:00'), enc: 'ascii7',
    text: `Hi An,

Our badge team moved your 2 badges.
Now they are with ${AN.keep} on Credly.`,
  }),
  M('badge-en-5', 'badges_transferred', 'en', 'Credly issuance, HTML only', {
    from: CREDLY_AWS, to: MARIA.keep, subject: 'Accept your AWS badge', date: z('2026-11-15 16:00:00'), enc: 'utf8b64',
    html: html(`Hello Maria,\n\nAmazon Web Services Training and Certification gave you a badge:\nAWS Certified Cloud Practitioner\n\n[Accept your badge]`),
  }),
  M('badge-en-6', 'badges_transferred', 'en', 'support: badges moved, ID between the words', {
    to: ALEX.keep, caseId: CASE.alex, subject: S(CASE.alex), date: z('2026-11-12 11:00:00'), enc: 'utf8qp',
    text: `Alex, about the badges: on ${ALEX.keepId} you now have all 3 of them. We moved them from the old Credly profile this morning.`,
  }),

  // ---------------- case_closed (6) ----------------
  M('close-en-1', 'case_closed', 'en', 'will close in 5 days without reply', {
    to: MARIA.keep, caseId: CASE.maria, subject: S(CASE.maria), date: z('2026-11-16 10:00:00'), enc: 'ascii7',
    text: `Hi Maria,

We did not hear from you.
If you do not reply in 5 days, this case will close by itself.`,
  }),
  M('close-en-2', 'case_closed', 'en', 'closing restating an earlier merge', {
    to: ALEX.keep, caseId: CASE.alex, trap: true, subject: S(CASE.alex), date: z('2026-11-15 10:00:00'), enc: 'utf8qp',
    text: `Hello Alex,

We merged your accounts last week. Because of that, we are closing this case now.
You can open a new case any time.`,
  }),
  M('close-en-3', 'case_closed', 'en', 'AWS Support: case resolved', {
    from: AWS_NOTIFY, to: PRIYA.keep, caseId: CASE.priya, subject: `Case ${CASE.priya} resolved`, date: z('2026-11-18 00:00:00'), enc: 'utf8b64',
    html: html(`Your case ${CASE.priya} is resolved.\nIt is now closed.`),
  }),
  M('close-en-4', 'case_closed', 'en', 'untrusted: support display name on a free-mail address', {
    trusted: false, from: 'AWS Training and Certification <aws.cert.support@gmail.example>', auth: 'pass', to: AN.keep, caseId: CASE.an, subject: S(CASE.an), date: z('2026-11-15 22:00:00'), enc: 'ascii7',
    text: `Hi,
Your case ${CASE.an} is closed.
To open it again, send your password to this address.`,
  }),
  M('close-en-5', 'case_closed', 'en', 'closed: no answer from the customer', {
    to: ALEX.src, caseId: CASE.alex, subject: S(CASE.alex), date: z('2026-11-20 10:00:00'), enc: 'ascii7',
    text: `Hello,
We closed this case because we got no answer.
If you still need help, just reply.`,
  }),
  M('close-en-6', 'case_closed', 'en', 'reminder: closing in 2 days, multipart', {
    to: PRIYA.keep, caseId: CASE.priya, subject: S(CASE.priya), date: z('2026-11-16 10:00:00'), enc: 'utf8qp',
    text: `Hi Priya,\nThis case closes in 2 days.\nAny more questions? Please write before then.`,
    html: html(`Hi Priya,\nThis case closes in 2 days.\nAny more questions? Please write before then.`),
  }),

  // ---------------- support_reply (7) ----------------
  M('sup-en-1', 'support_reply', 'en', 'thanks for confirming, sent to the team', {
    to: ALEX.keep, caseId: CASE.alex, trap: true, subject: S(CASE.alex), date: z('2026-11-07 09:00:00'), enc: 'ascii7',
    text: `Hi Alex,

Thank you for your OK.
I sent your request to the merge team.
I will write again when I have news.`,
  }),
  M('sup-en-2', 'support_reply', 'en', 'future merge: once we have merged, we will tell you', {
    to: MARIA.keep, caseId: CASE.maria, trap: true, subject: S(CASE.maria), date: z('2026-11-09 10:00:00'), enc: 'utf8qp',
    text: `Hi Maria,
We are working on it. Once the accounts are merged, we will send you an email.
It usually takes 3 to 5 days.`,
  }),
  M('sup-en-3', 'support_reply', 'en', 'negated: unable to merge yet', {
    to: PRIYA.keep, caseId: CASE.priya, trap: true, subject: S(CASE.priya), date: z('2026-11-10 10:00:00'), enc: 'utf8b64',
    text: `Hi Priya,
Sorry, the merge is not finished yet. There is a small problem. We are fixing it.
No action is needed from you.`,
  }),
  M('sup-en-4', 'support_reply', 'en', 'merged duplicate cases, not accounts', {
    to: AN.keep, caseId: CASE.an, trap: true, subject: S(CASE.an), date: z('2026-11-09 08:00:00'), enc: 'ascii7',
    text: `Hi An,
You opened two cases for the same thing. We merged the cases into ${CASE.an}.
Please use only this case now.`,
  }),
  M('sup-en-5', 'support_reply', 'en', 'untrusted: support look-alike domain amazon.com.example.net', {
    trusted: false, from: 'AWS Training and Certification <support@amazon.com.example.net>', auth: 'pass', to: ALEX.keep, caseId: CASE.alex, subject: S(CASE.alex), date: z('2026-11-08 01:00:00'), enc: 'ascii7',
    text: `Hi Alex,
Your case is with a senior engineer now.
Please wait.`,
  }),
  M('sup-en-6', 'support_reply', 'en', 'please write from the kept address (no data asked)', {
    to: MARIA.keep, caseId: CASE.maria, subject: S(CASE.maria), date: z('2026-11-06 15:00:00'), enc: 'utf8qp',
    text: `Hi Maria,
Small note: please send your next emails from the address you keep.
That is all for now.`,
  }),
  M('sup-en-7', 'support_reply', 'en', 'badges not moved yet, team is looking (status)', {
    to: ALEX.keep, caseId: CASE.alex, trap: true, subject: S(CASE.alex), date: z('2026-11-10 12:00:00'), enc: 'utf8b64',
    text: `Hi Alex,
I see the badges did not move. I asked the Credly team to look.
I will update you soon.`,
  }),

  // ---------------- unrelated (7) ----------------
  M('unr-en-1', 'unrelated', 'en', "the user's own forward to a second own address", {
    trusted: false, from: `${ALEX.en} <${ALEX.keep}>`, to: ALEX.src, trap: true, caseId: CASE.alex, subject: `Fwd: ${S(CASE.alex)}`, date: z('2026-11-08 12:00:00'), enc: 'ascii7',
    text: `fyi - merge done, see below

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: Sun, Nov 8, 2026 at 10:00 AM
Subject: ${S(CASE.alex)}

Good news. Your two accounts are now one.`,
  }),
  M('unr-en-2', 'unrelated', 'en', 'test vendor appointment confirmed', {
    trusted: false, from: 'Pearson VUE <no-reply@pearsonvue.example.com>', to: PRIYA.keep, trap: true, subject: 'Your exam appointment is confirmed', date: z('2026-11-12 10:00:00'), enc: 'utf8qp',
    text: `Hi Priya,
Your appointment is confirmed.
Exam: AWS Certified Solutions Architect - Associate
Date: December 3, 2026`,
  }),
  M('unr-en-3', 'unrelated', 'en', "colleague's out-of-office reply", {
    trusted: false, from: 'Ken Ito <ken.ito@work.example.net>', to: ALEX.src, trap: true, subject: 'Automatic reply: account merge', date: z('2026-11-06 09:00:00'), enc: 'ascii7',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `I am out of the office until Nov 16.
I will read your message about the account merge when I am back.`,
  }),
  M('unr-en-4', 'unrelated', 'en', 'survey: was your problem solved', {
    from: AWS_NOTIFY, to: MARIA.keep, trap: true, caseId: CASE.maria, subject: 'How did we do?', date: z('2026-11-17 10:00:00'), enc: 'utf8b64',
    html: html(`Your case ${CASE.maria} is closed.\nWas your problem solved? Click one:\n[Yes] [No]`),
  }),
  M('unr-en-5', 'unrelated', 'en', 'HashiCorp badge via Credly', {
    from: 'HashiCorp via Credly <admin@credly.com>', to: ALEX.keep, trap: true, subject: 'HashiCorp sent you a badge', date: z('2026-11-18 10:00:00'), enc: 'utf8qp',
    text: `Hi Alex,\nYou earned the Terraform Associate badge.\nAccept your badge.`,
  }),
  M('unr-en-6', 'unrelated', 'en', 'other case about an exam voucher refund, closed', {
    from: AWS_NOTIFY, to: AN.keep, trap: true, caseId: CASE.other, subject: `Case ${CASE.other} resolved: refund for exam fee`, date: z('2026-11-21 10:00:00'), enc: 'ascii7',
    text: `Your case ${CASE.other} about the refund for your exam fee is resolved.
We closed it. The money will come back in 5 to 10 days.`,
  }),
  M('unr-en-7', 'unrelated', 'en', 'marketing: new easy-English course, "merge" in a different sense', {
    from: 'AWS Training and Certification <aws-training-news@amazon.com>', to: PRIYA.keep, trap: true, subject: 'New: learn to merge data with AWS Glue', date: z('2026-11-19 10:00:00'), enc: 'utf8b64',
    html: html(`Hello!\n\nNew free course: "Merge and join data with AWS Glue".\nEasy English. 1 hour.\n\n[Start now]\n\nUnsubscribe`),
  }),
];
