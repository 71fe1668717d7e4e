// Set ec, English messages: warm, chatty agents and cheerful automated mail.
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY, CASE, CERT_PORTAL, CREDLY_AWS, LENA, LENA_REQ, SAM, SAM_REQ, SKILL, SUPPORT,
  d, formSubject, gmailEn, htmlDoc, mk, origMsg, paras, quote, sfOriginal, sfRef,
} from './common.js';

const S = `${SAM.name} <${SAM.keep}>`;
const L = `${LENA.name} <${LENA.keep}>`;

export const EN: Msg[] = [
  // ---------------- acknowledgement (6)
  mk({
    slug: 'ack-en-sunny', kind: 'acknowledgement', lang: 'en', caseId: CASE.sam, note: 'automatic receipt with case ID and sunny small talk',
    from: AWS_NOTIFY, to: S, subject: `Thanks for reaching out! Case ${CASE.sam} is open`, date: d('2026-05-11 08:02:11', '-0700'), enc: 'ascii7',
    text: `Hi Sam,

Hope the sun is shining wherever you are today!

We've received your request and opened case ${CASE.sam}. One of our friendly specialists will get back to you, usually within one business day.

Please don't open a second case for the same question - just reply to this email if you have anything to add. It keeps everything in one place and gets you an answer faster.

Have a lovely day,
Amazon Web Services`,
  }),
  mk({
    slug: 'ack-en-html', kind: 'acknowledgement', lang: 'en', caseId: CASE.lena, note: 'marketing-style HTML receipt of the case',
    from: AWS_NOTIFY, to: L, subject: `We got your message :) [Case ${CASE.lena}]`, date: d('2026-10-19 14:40:55', '+0200'), enc: 'utf8qp',
    text: `Hi Lena,\n\nGreat news - your message landed safely with us! 🎉\nCase ID: ${CASE.lena}\n\nGrab a cup of tea; a member of the Training and Certification team will be in touch soon.\n\nAmazon Web Services`,
    html: htmlDoc(`<h1 style="color:#ff9900">We got your message! 🎉</h1><p>Hi Lena,</p><p>Great news - your message landed safely with us!<br>Case ID: <b>${CASE.lena}</b></p><p>Grab a cup of tea; a member of the Training and Certification team will be in touch soon.</p><p>Amazon Web Services</p>`),
  }),
  mk({
    slug: 'ack-en-plain-short', kind: 'acknowledgement', lang: 'en', caseId: CASE.sam, note: 'terse receipt: case created, reply to add details',
    from: SUPPORT, to: S, subject: `[CASE ${CASE.sam}] Case created`, date: d('2026-05-11 08:02:40', '-0700'), enc: 'ascii7', crlf: false,
    text: `Hello,

Your case ${CASE.sam} has been created. We typically respond within 24 hours.
To add information, reply to this message.

Happy Monday!
AWS Training and Certification`,
  }),
  mk({
    slug: 'ack-en-autumn-b64', kind: 'acknowledgement', lang: 'en', caseId: CASE.lena, note: 'receipt with autumn greeting, base64 UTF-8',
    from: AWS_NOTIFY, to: L, subject: `Case ${CASE.lena} received 🍂`, date: d('2026-10-19 14:41:30', '+0200'), enc: 'utf8b64',
    text: `Hello Lena,

Autumn is here and the leaves are turning gold - our favourite season! 🍂

This is a quick note to say your support request was received and logged as case ${CASE.lena}. Nothing else is needed from you right now; we'll be in touch.

Warmly,
AWS Support`,
  }),
  mk({
    slug: 'ack-en-holiday', kind: 'acknowledgement', lang: 'en', caseId: CASE.sam, note: 'year-end receipt; holiday hours are small talk',
    from: AWS_NOTIFY, to: S, subject: `Your case ${CASE.sam} - we're on it`, date: d('2026-12-22 17:15:00', '-0800'), enc: 'utf8qp',
    text: `Hi Sam,

Season's greetings from all of us! ❄️

We have received your inquiry and created case ${CASE.sam}. With the holidays around the corner, replies may take a little longer than usual, but we haven't forgotten you.

Wishing you a cosy end of the year,
Amazon Web Services`,
  }),
  mk({
    slug: 'ack-en-nosubject-topic', kind: 'acknowledgement', lang: 'en', caseId: CASE.lena, note: 'receipt that says nothing of its topic: read as a receipt',
    from: AWS_NOTIFY, to: `<${LENA.keep}>`, subject: `Case ${CASE.lena}: received`, date: d('2026-10-20 07:00:03', '+0200'), enc: 'ascii7',
    text: `Good morning!

We have your request (case ${CASE.lena}). A specialist will reply by email.

Thanks for your patience - and enjoy the crisp autumn air.`,
  }),

  // ---------------- ai_answer (5)
  mk({
    slug: 'ai-en-selfservice', kind: 'ai_answer', lang: 'en', note: 'AI suggestion: try the self-service Merge Accounts tool',
    from: AWS_NOTIFY, to: S, subject: 'Here is a suggested answer from our AI assistant', date: d('2026-05-11 07:58:00', '-0700'), enc: 'ascii7',
    text: `Hi there!

Spring cleaning your accounts? Love that energy.

This answer was generated automatically: you can combine two AWS Certification accounts yourself with the Merge Accounts tool (Profile > Merge Accounts) in the certification portal. If both accounts already hold certifications, the tool can't do it and you'll want to choose "Create case" so a person can help.

Was this helpful?`,
  }),
  mk({
    slug: 'ai-en-after-merge', kind: 'ai_answer', lang: 'en', note: 'generated answer describing what happens after a merge',
    from: AWS_NOTIFY, to: L, subject: 'Suggested answer (AI generated)', date: d('2026-10-19 14:35:00', '+0200'), enc: 'utf8qp',
    text: `Hello! 👋

Our AI assistant put together this answer for you:
After two certification accounts are merged, your exam history, certifications and benefits appear under the account you keep. Credly badges may need to be claimed again afterwards.
Start with the self-service Merge Accounts tool. If it tells you to contact support, select "Create case".

Happy learning! 📚`,
  }),
  mk({
    slug: 'ai-en-html', kind: 'ai_answer', lang: 'en', note: 'HTML automated recommendation with a cheerful intro',
    from: AWS_NOTIFY, to: S, subject: 'Quick tip for merging your certification accounts', date: d('2026-12-21 10:00:00', '-0800'), enc: 'utf8b64',
    html: htmlDoc(`<p>Hi Sam! ☃️</p><p>This tip was generated automatically based on your question.</p><p>Most customers can merge accounts on their own in minutes: sign in to the AWS Certification portal, open your profile and pick <b>Merge Accounts</b>. Still stuck? Click <a href="https://support.aws.amazon.com/#/contacts/aws-training">Create case</a>.</p>`),
  }),
  mk({
    slug: 'ai-en-exam-congrats', kind: 'ai_answer', lang: 'en', note: 'AI answer opening with congratulations on a passed exam',
    from: AWS_NOTIFY, to: L, subject: 'Amazon Q suggested an answer', date: d('2026-10-18 21:12:00', '+0200'), enc: 'ascii7',
    text: `Congrats on passing your latest exam, Lena!

Below is an automatically generated response:
If one of your two accounts has no certification history, the Merge Accounts tool in the portal can combine them right away. When both accounts have history, support needs to do it for you through a case.

Did this answer your question? Yes / No`,
  }),
  mk({
    slug: 'ai-en-newjob', kind: 'ai_answer', lang: 'en', note: 'generated suggestion, new-job congratulations',
    from: AWS_NOTIFY, to: S, subject: 'Recommended: How to combine AWS Certification accounts', date: d('2026-05-10 19:44:10', '-0700'), enc: 'utf8qp',
    text: `Starting a new job? Congratulations! 🥳

Automated answer: to bring certifications from an old work account into your personal one, use Merge Accounts in the AWS Certification portal. You'll need both login emails. If the tool says it can't merge, create a case and our team will take it from there.`,
  }),

  // ---------------- info_request (7)
  mk({
    slug: 'info-en-ids', kind: 'info_request', lang: 'en', caseId: CASE.sam, note: 'asks for both candidate IDs and emails',
    to: S, subject: formSubject(CASE.sam), date: d('2026-05-12 09:22:13', '-0700'), enc: 'ascii7',
    text: `Hi Sam,

Priya here from AWS Training and Certification - hope your week is off to a great start! We finally got some sunshine in Seattle, so I'm in a very good mood.

To get your merge going, could you send me:
- the Candidate ID for each account
- the email address you sign in with on each
- which of the two you'd like to keep

Just hit reply and pop the details in.

Cheers,
Priya
${sfRef('Sm12Qa')}

${sfOriginal(S, '5/11/2026 8:01 AM', 'aws-cs-trainingcertification-form@amazon.com', 'account-assistance', SAM_REQ)}`,
  }),
  mk({
    slug: 'info-en-ps-which', kind: 'info_request', lang: 'en', caseId: CASE.lena, note: 'long small talk, the P.S. asks which account to keep',
    to: L, subject: formSubject(CASE.lena), date: d('2026-10-21 11:05:40', '+0200'), enc: 'utf8qp',
    text: `Hi Lena,

Diego here. I just got back from a week of hiking in the Dolomites - the larches were turning yellow and it was unreal. 🏔️ Have you had a chance to get outdoors this autumn?

Thanks again for your patience while we look into things.

P.S. Before I can do anything, I need to know which email you want to keep as your main login - ${LENA.keep} or ${LENA.src}? A quick reply is all I need.

> From: ${LENA.name} <${LENA.keep}>
> Sent: Monday, October 19, 2026 2:38 PM
${quote(LENA_REQ)}`,
  }),
  mk({
    slug: 'info-en-confirm-word-trap', kind: 'info_request', lang: 'en', caseId: CASE.sam, trap: true, note: '"please confirm the address you keep": asks for information',
    to: S, subject: formSubject(CASE.sam), date: d('2026-05-13 15:30:00', '-0700'), enc: 'utf8b64',
    text: `Hey Sam,

Happy Wednesday! 🌷

Could you please confirm the email address you want to keep? I see ${SAM.keep} on the case, but your older exam records mention another address too, and I'd hate to guess.

Thanks a bunch,
Priya`,
  }),
  mk({
    slug: 'info-en-lookalike', kind: 'info_request', lang: 'en', trusted: false, caseId: CASE.lena, note: 'asks for IDs from support.aws.com.verify-case.net: look-alike',
    from: 'AWS Training and Certification <help@support.aws.com.verify-case.net>', to: L, subject: formSubject(CASE.lena), date: d('2026-10-21 03:12:00', '+0200'), enc: 'ascii7',
    text: `Dear Lena,

Lovely autumn weather! To finish your merge, please reply with both Candidate IDs and the password for each account.

AWS Support`,
  }),
  mk({
    slug: 'info-en-gmail-bottom', kind: 'info_request', lang: 'en', caseId: CASE.sam, note: 'bottom-posted reply asking for the certification list',
    to: S, subject: formSubject(CASE.sam), date: d('2026-05-14 10:10:10', '-0700'), enc: 'ascii7',
    text: `${gmailEn('Wed, May 13, 2026 at 6:02 PM', `${SAM.name} <${SAM.keep}>`, `Hi Priya, the one I keep is ${SAM.keep}. Thanks!`)}

Thanks Sam! Hope you had a nice evening.

One more thing and I can stop bugging you: which certifications are on the work account (${SAM.src}), roughly when did you pass them? A list is fine.

Priya`,
  }),
  mk({
    slug: 'info-en-write-keep-ids', kind: 'info_request', lang: 'en', caseId: CASE.lena, note: 'write from the kept address and include the IDs',
    to: `<${LENA.src}>`, subject: formSubject(CASE.lena), date: d('2026-10-22 08:45:00', '+0200'), enc: 'utf8qp',
    text: `Hi Lena,

Good morning! ☕

For security reasons, please reply from the address you're keeping (${LENA.keep}) and include the Candidate ID of each account in your message.

Have a wonderful day,
Diego`,
  }),
  mk({
    slug: 'info-en-html-newyear', kind: 'info_request', lang: 'en', caseId: CASE.sam, note: 'new-year HTML reply asking for the source account email',
    to: S, subject: formSubject(CASE.sam), date: d('2027-01-06 09:00:00', '-0800'), enc: 'utf8b64',
    html: htmlDoc(`<p>Hi Sam,</p><p>Happy New Year! 🎆 I hope 2027 is treating you well so far.</p><p>Picking your case back up: I could only find one account on our side. What email address did you use to sign in to the <i>other</i> account? If you know its Candidate ID, that helps too.</p><p>Best,<br>Priya</p>`),
  }),

  // ---------------- confirmation_request (6)
  mk({
    slug: 'conf-en-irreversible', kind: 'confirmation_request', lang: 'en', caseId: CASE.sam, note: 'asks for consent, warns it cannot be undone',
    to: S, subject: formSubject(CASE.sam), date: d('2026-05-15 13:00:00', '-0700'), enc: 'ascii7',
    text: `Hi Sam,

Thanks for all the details! Also - I saw on your email signature that you just passed Solutions Architect Associate. Congrats!!

I'm ready to merge ${SAM.srcId} (${SAM.src}) into ${SAM.keepId} (${SAM.keep}). Please note a merge can't be undone. If you're happy for me to go ahead, just reply "I agree" and I'll take it from there.

Priya`,
  }),
  mk({
    slug: 'conf-en-ps', kind: 'confirmation_request', lang: 'en', caseId: CASE.lena, note: 'chatty reply; the P.S. asks her to approve the merge',
    to: L, subject: formSubject(CASE.lena), date: d('2026-10-23 16:20:00', '+0200'), enc: 'utf8qp',
    text: `Hi Lena,

Thanks for replying from your personal address - perfect!
It's pouring here today, the kind of rain that makes you want soup and a blanket. 🍲

P.S. Everything is lined up. Since merging is permanent, I just need your OK in writing: reply to say you'd like ${LENA.src} merged into ${LENA.keep} and I'll get it done.`,
  }),
  mk({
    slug: 'conf-en-none', kind: 'confirmation_request', lang: 'en', trusted: false, auth: 'none', caseId: CASE.sam, note: 'asks for consent, but no Authentication-Results: untrusted',
    to: S, subject: formSubject(CASE.sam), date: d('2026-05-15 13:05:00', '-0700'), enc: 'ascii7',
    text: `Hi Sam,

Ready when you are! Reply to agree to the merge of your two accounts. It cannot be reversed.

AWS T&C`,
  }),
  mk({
    slug: 'conf-en-html-alt', kind: 'confirmation_request', lang: 'en', caseId: CASE.lena, note: 'multipart mail asking her to agree to the permanent merge',
    to: L, subject: formSubject(CASE.lena), date: d('2026-10-24 10:00:00', '+0200'), enc: 'utf8b64',
    text: `Hi Lena,\n\nWe found both accounts. 🎯 Once two accounts are merged they can't be split again, so please reply with "Yes, please merge" if you'd like us to proceed.\n\nEnjoy your weekend!\nDiego`,
    html: htmlDoc(paras(`Hi Lena,\n\nWe found both accounts. 🎯 Once two accounts are merged they can't be split again, so please reply with "Yes, please merge" if you'd like us to proceed.\n\nEnjoy your weekend!\nDiego`)),
  }),
  mk({
    slug: 'conf-en-other-person', kind: 'confirmation_request', lang: 'en', forUser: false, caseId: '1779901234', note: "consent request addressed to another customer, not the user",
    to: 'Jordan Lee <jordan.lee@example.org>', subject: formSubject('1779901234'), date: d('2026-07-07 09:30:00', '-0700'), enc: 'ascii7',
    text: `Hi Jordan,

Happy July! Hope the heat isn't too much.

Both of your accounts are ready to be combined. As this can't be undone, please reply to let us know you approve.

Priya`,
  }),
  mk({
    slug: 'conf-en-outlook-quote', kind: 'confirmation_request', lang: 'en', caseId: CASE.sam, note: 'holiday chat, asks for approval, Outlook-quoted history',
    to: S, subject: formSubject(CASE.sam), date: d('2027-01-08 11:11:00', '-0800'), enc: 'utf8qp',
    text: `Hi Sam,

Thanks for getting back to me so quickly after the holidays! 🎉

I've located the second account. Shall I go ahead and merge it into ${SAM.keep}? Just a heads-up that this is one-way - there's no unmerging. A short "yes, go ahead" is all I need.

Priya

${origMsg(S, 'Thursday, January 7, 2027 6:40 PM', 'aws-cs-trainingcertification-form@amazon.com', formSubject(CASE.sam), `It was ${SAM.src}, candidate ID ${SAM.srcId}.`)}`,
  }),

  // ---------------- merge_completed (6)
  mk({
    slug: 'merged-en-ps', kind: 'merge_completed', lang: 'en', caseId: CASE.sam, note: 'long warm chat; P.S. says the merge is done',
    to: S, subject: formSubject(CASE.sam), date: d('2026-05-16 10:00:00', '-0700'), enc: 'ascii7',
    text: `Hi Sam,

Thanks so much for the quick reply. I have to tell you, our team just had a potluck and someone brought the best lemon bars I've ever tasted. Fridays are good.

I hope you get out and enjoy the weekend - the forecast looks perfect.

P.S. All done - your two accounts have been merged, and everything now lives under ${SAM.keep}. Give it a look when you sign in.

Priya`,
  }),
  mk({
    slug: 'merged-en-portal', kind: 'merge_completed', lang: 'en', from: CERT_PORTAL, note: 'portal notice: your accounts have been merged (no case ID)',
    to: L, subject: 'Good news: your AWS Certification accounts are now one', date: d('2026-10-26 08:30:00', '+0100'), enc: 'utf8qp',
    html: htmlDoc(`<h2>Good news, Lena! 🎉</h2><p>Your AWS Certification accounts have been merged. Your certifications, exam history and benefits are all available when you sign in with <b>${LENA.keep}</b>.</p><p>Keep up the great work!</p><p>AWS Certification</p>`),
  }),
  mk({
    slug: 'merged-en-fail', kind: 'merge_completed', lang: 'en', trusted: false, auth: 'fail', caseId: CASE.lena, note: 'says merged but dmarc=fail: untrusted',
    to: L, subject: formSubject(CASE.lena), date: d('2026-10-25 23:59:00', '+0100'), enc: 'ascii7',
    text: `Hi Lena,

Your accounts have been merged. Claim your free exam voucher here: http://aws-voucher.example-promo.net

Support`,
  }),
  mk({
    slug: 'merged-en-check', kind: 'merge_completed', lang: 'en', caseId: CASE.lena, note: 'merge completed, please check that all looks right',
    to: L, subject: formSubject(CASE.lena), date: d('2026-10-26 09:12:00', '+0100'), enc: 'utf8b64',
    text: `Hi Lena,

Clocks went back this weekend - I always enjoy that extra hour of sleep. 😴

Good news: I've merged ${LENA.srcId} into ${LENA.keepId}. Could you sign in and check that all your certifications and your voucher look right? If anything is off, just reply here.

Diego`,
  }),
  mk({
    slug: 'merged-en-resent', kind: 'merge_completed', lang: 'en', forUser: false, caseId: CASE.sam, note: 'merge done, but redirected with Resent-* to a colleague',
    to: S, subject: formSubject(CASE.sam), date: d('2026-05-16 10:00:00', '-0700'), enc: 'ascii7',
    resent: { from: `<${SAM.src}>`, to: 'IT Helpdesk <helpdesk@work.example.net>', date: d('2026-05-16 10:20:00', '-0700') },
    text: `Hi Sam,

The merge is complete - everything from ${SAM.src} now sits on ${SAM.keep}.

Priya`,
  }),
  mk({
    slug: 'merged-en-closing-too', kind: 'merge_completed', lang: 'en', caseId: CASE.sam, trap: true, note: 'merge done and case will be closed: merge is the new fact',
    to: S, subject: formSubject(CASE.sam), date: d('2027-01-09 14:00:00', '-0800'), enc: 'utf8qp',
    text: `Hi Sam,

What a way to start the year! 🥂 I've finished combining your accounts - ${SAM.srcId} is now part of ${SAM.keepId}.

I'll go ahead and close this case, but you can reply any time if something looks off.

Priya`,
  }),

  // ---------------- badges_transferred (6)
  mk({
    slug: 'badge-en-credly', kind: 'badges_transferred', lang: 'en', from: CREDLY_AWS, auth: 'dkimonly', note: 'AWS badge via Credly (aligned DKIM only)',
    to: S, subject: 'Amazon Web Services Training and Certification sent you a new badge', date: d('2026-05-17 02:15:00', '+0000'), enc: 'ascii7',
    text: `Congratulations, Sam!

Amazon Web Services Training and Certification has issued you the "AWS Certified Solutions Architect - Associate" badge.

Accept your badge: https://www.credly.com/earner/earned/badge/91aa

Show the world what you can do - share it on LinkedIn!
The Credly Team`,
  }),
  mk({
    slug: 'badge-en-support-ps', kind: 'badges_transferred', lang: 'en', caseId: CASE.lena, note: 'P.S.: the Credly badges were moved to the kept account',
    to: L, subject: formSubject(CASE.lena), date: d('2026-10-30 15:00:00', '+0100'), enc: 'utf8qp',
    text: `Hi Lena,

Happy Halloween eve! 🎃 Our office is full of pumpkins and someone is already wearing a witch hat.

Hope the rest of your week is a treat.

P.S. Your Credly badges have been moved over to ${LENA.keep} - you should see all of them on your Credly profile now.

Diego`,
  }),
  mk({
    slug: 'badge-en-otherOnly', kind: 'badges_transferred', lang: 'en', trusted: false, auth: 'otherOnly', from: CREDLY_AWS, note: 'AWS badge mail; only a foreign authserv-id vouches for it: untrusted',
    to: L, subject: 'Amazon Web Services Training and Certification sent you a new badge', date: d('2026-10-31 06:00:00', '+0000'), enc: 'utf8qp',
    html: htmlDoc(`<p>Congratulations, Lena! 🏅</p><p>Amazon Web Services Training and Certification issued you <b>AWS Certified Developer - Associate</b>.</p><p><a href="https://www.credly.com/badges/x/accept">Accept your badge</a></p>`),
  }),
  mk({
    slug: 'badge-en-closing', kind: 'badges_transferred', lang: 'en', caseId: CASE.sam, note: 'badges moved and case closing: badges_transferred',
    to: S, subject: formSubject(CASE.sam), date: d('2026-05-20 12:00:00', '-0700'), enc: 'ascii7',
    text: `Hi Sam,

Great chatting with you this week!

I've transferred your Credly badges to the account under ${SAM.keep}, so that wraps things up - I'll mark this case as resolved.

Have a fantastic summer,
Priya`,
  }),
  mk({
    slug: 'badge-en-credly-html', kind: 'badges_transferred', lang: 'en', from: CREDLY_AWS, note: 'AWS badge via Credly, cheerful HTML',
    to: L, subject: 'You earned a badge from Amazon Web Services Training and Certification!', date: d('2026-10-30 18:00:00', '+0000'), enc: 'utf8b64',
    text: `Way to go, Lena! 🎉\n\nAmazon Web Services Training and Certification issued you the AWS Certified Cloud Practitioner badge.\n\nAccept your badge: https://www.credly.com/earner/earned/badge/cc31`,
    html: htmlDoc(`<h2>Way to go, Lena! 🎉</h2><p>Amazon Web Services Training and Certification issued you the <b>AWS Certified Cloud Practitioner</b> badge.</p><p><a href="https://www.credly.com/earner/earned/badge/cc31" style="background:#ff6b00;color:#fff;padding:8px 16px">Accept your badge</a></p>`),
  }),
  mk({
    slug: 'badge-en-quoted', kind: 'badges_transferred', lang: 'en', caseId: CASE.sam, note: 'support: badges now on the kept Credly account, question quoted below',
    to: S, subject: formSubject(CASE.sam), date: d('2027-01-12 10:30:00', '-0800'), enc: 'ascii7',
    text: `Hi Sam,

Brr, it's a chilly one today! Hope you're staying warm.

Good catch on the badges. I re-linked them, and your four AWS badges now show on the Credly account for ${SAM.keep}.

Priya

${gmailEn('Mon, Jan 11, 2027 at 8:14 PM', `${SAM.name} <${SAM.keep}>`, 'Merge looks great, thank you! My Credly badges still sit on the old email though.')}`,
  }),

  // ---------------- case_closed (6)
  mk({
    slug: 'closed-en-autoclose', kind: 'case_closed', lang: 'en', from: AWS_NOTIFY, caseId: CASE.lena, note: 'will auto-close in 5 days without a reply',
    to: L, subject: `Friendly reminder about case ${CASE.lena}`, date: d('2026-10-28 09:00:00', '+0100'), enc: 'utf8qp',
    text: `Hi Lena,

Just a gentle nudge! 🍁 We're still waiting to hear back from you on case ${CASE.lena}.
If we don't get a reply in the next 5 days, the case will be closed automatically. You can always reopen it by replying.`,
  }),
  mk({
    slug: 'closed-en-restate-trap', kind: 'case_closed', lang: 'en', caseId: CASE.sam, trap: true, note: 'closing that restates the earlier merge',
    to: S, subject: formSubject(CASE.sam), date: d('2026-05-23 11:00:00', '-0700'), enc: 'ascii7',
    text: `Hi Sam,

Long weekend coming up - any fun plans?

Since your accounts were merged last week and we haven't heard of any issues, I'm closing this case now. It was a pleasure helping you!

Priya`,
  }),
  mk({
    slug: 'closed-en-resolved', kind: 'case_closed', lang: 'en', from: AWS_NOTIFY, caseId: CASE.lena, note: 'notification: case resolved',
    to: L, subject: `Case ${CASE.lena} has been resolved`, date: d('2026-11-02 08:00:00', '+0100'), enc: 'ascii7',
    text: `Hello Lena,

Your case ${CASE.lena} has been marked as resolved. Thank you for contacting AWS Training and Certification!

Wishing you a cosy November.`,
  }),
  mk({
    slug: 'closed-en-lookalike', kind: 'case_closed', lang: 'en', trusted: false, caseId: CASE.sam, note: 'closing notice from amazon-support.co: untrusted look-alike',
    from: 'AWS Support <noreply@amazon-support.co>', to: S, subject: `Case ${CASE.sam} closed`, date: d('2026-05-24 02:00:00', '-0700'), enc: 'ascii7',
    text: `Hi Sam,

Your case ${CASE.sam} has been closed. Rate us and win a gift card!

AWS Support`,
  }),
  mk({
    slug: 'closed-en-noreply', kind: 'case_closed', lang: 'en', caseId: CASE.sam, note: 'agent closes after no reply, holiday greeting',
    to: S, subject: formSubject(CASE.sam), date: d('2026-12-30 16:00:00', '-0800'), enc: 'utf8b64',
    text: `Hi Sam,

I hope you've been enjoying the holidays! 🎄

As I haven't heard back since my last message, I'm going to close this case for now. Whenever you're ready to continue, reply here and it will reopen.

Happy New Year in advance!
Priya`,
  }),
  mk({
    slug: 'closed-en-html', kind: 'case_closed', lang: 'en', from: AWS_NOTIFY, caseId: CASE.lena, note: 'HTML: your case was closed after a resolution',
    to: L, subject: `Your case is closed - thanks for being awesome!`, date: d('2026-11-02 08:01:00', '+0100'), enc: 'utf8qp',
    html: htmlDoc(`<p>Hi Lena! 🌟</p><p>Case <b>${CASE.lena}</b> is now closed. It was great working with you.</p><p>Need more help? Just reply and we'll reopen it.</p>`),
  }),

  // ---------------- support_reply (7)
  mk({
    slug: 'sr-en-thanks-confirm', kind: 'support_reply', lang: 'en', caseId: CASE.sam, trap: true, note: 'thanks for confirming, passed to the team',
    to: S, subject: formSubject(CASE.sam), date: d('2026-05-15 17:00:00', '-0700'), enc: 'ascii7',
    text: `Hi Sam,

Thanks for confirming! I've passed everything on to the team that does the merging. I'll let you know as soon as I hear back.

Enjoy the sunshine,
Priya`,
  }),
  mk({
    slug: 'sr-en-office-closed-trap', kind: 'support_reply', lang: 'en', caseId: CASE.lena, trap: true, note: 'office closed for the holidays; merge not done yet',
    to: L, subject: formSubject(CASE.lena), date: d('2026-12-18 12:00:00', '+0100'), enc: 'utf8qp',
    text: `Hi Lena,

'Tis the season! 🎄 A quick heads-up: our office will be closed from Dec 24 to Jan 1. Your merge hasn't been completed yet; we'll pick it back up first thing in January.

Happy holidays,
Diego`,
  }),
  mk({
    slug: 'sr-en-marathon-trap', kind: 'support_reply', lang: 'en', caseId: CASE.sam, trap: true, note: 'marathon completed small talk; merge still pending',
    to: S, subject: formSubject(CASE.sam), date: d('2027-01-10 09:00:00', '-0800'), enc: 'utf8b64',
    text: `Hi Sam,

I completed my first half marathon yesterday! 🏃 Legs are jelly today.

On your case: thanks for the go-ahead. The merge is queued with our back-office team and should be done within a few days. I'll keep you posted.

Priya`,
  }),
  mk({
    slug: 'sr-en-dup-case-trap', kind: 'support_reply', lang: 'en', caseId: CASE.lena, trap: true, note: 'we merged your duplicate cases: not the account merge',
    to: L, subject: formSubject(CASE.lena), date: d('2026-10-20 10:00:00', '+0200'), enc: 'ascii7',
    text: `Hi Lena,

Good morning from a foggy Dublin!

It looks like two cases were opened for the same request, so I've merged them into this one - no need to do anything. I'll be your contact from here on.

Diego`,
  }),
  mk({
    slug: 'sr-en-status', kind: 'support_reply', lang: 'en', caseId: CASE.sam, note: 'short status reply: still looking into it',
    to: S, subject: formSubject(CASE.sam), date: d('2026-05-14 20:00:00', '-0700'), enc: 'ascii7',
    text: `Hi Sam,

Still looking into this one for you - hang tight! Thanks for your patience.

AWS T&C Support`,
  }),
  mk({
    slug: 'sr-en-conf-badge-trap', kind: 'support_reply', lang: 'en', caseId: CASE.lena, trap: true, note: 'conference badge small talk; answers a voucher question',
    to: L, subject: formSubject(CASE.lena), date: d('2026-10-22 14:00:00', '+0200'), enc: 'utf8qp',
    text: `Hi Lena,

Were you at re:Invent last year? I still have my conference badge on my fridge. 😄

To your question: yes, your unused 50% voucher stays valid for the same dates after the merge. We're still working on the merge itself.

Diego`,
  }),
  mk({
    slug: 'sr-en-write-from-keep', kind: 'support_reply', lang: 'en', caseId: CASE.lena, forUser: true, note: 'please write to us from the address you keep; no data asked',
    to: `<${LENA.src}>`, subject: formSubject(CASE.lena), date: d('2026-10-20 16:00:00', '+0200'), enc: 'ascii7',
    text: `Hi Lena,

Thanks for your message! One small thing: could you write to us from the email address you'd like to keep? That way we know it's really you.

Have a good one,
Diego`,
  }),

  // ---------------- unrelated (8)
  mk({
    slug: 'un-en-own-reply', kind: 'unrelated', lang: 'en', trusted: false, trap: true, auth: 'none', caseId: CASE.sam, note: "the user's own reply agreeing to the merge",
    from: S, to: 'aws-cs-trainingcertification-form@amazon.com', cc: `<${SAM.keep}>`, subject: formSubject(CASE.sam), date: d('2026-05-15 14:00:00', '-0700'), enc: 'ascii7',
    text: `Hi Priya,

I agree, please go ahead and merge the accounts. And thank you - the exam was tough!

Sam

${gmailEn('Fri, May 15, 2026 at 1:00 PM', `AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>`, 'If you are happy for me to go ahead, just reply "I agree".')}`,
  }),
  mk({
    slug: 'un-en-pearson', kind: 'unrelated', lang: 'en', trusted: false, trap: true, from: 'Pearson VUE <noreply@pearsonvue.com>', note: 'exam appointment confirmation from the test vendor',
    to: L, subject: 'Your exam appointment is confirmed!', date: d('2026-09-10 10:00:00', '+0000'), enc: 'ascii7',
    text: `Hi Lena,

You're all set! Your appointment for AWS Certified Solutions Architect - Associate is confirmed for October 15, 2026 at 9:00 AM.

Good luck - you've got this!
Pearson VUE`,
  }),
  mk({
    slug: 'un-en-hashicorp', kind: 'unrelated', lang: 'en', trap: true, from: 'HashiCorp via Credly <admin@credly.com>', note: 'badge from another issuer via Credly',
    to: S, subject: 'HashiCorp sent you a new badge', date: d('2026-08-01 12:00:00', '+0000'), enc: 'utf8qp',
    text: `Congratulations, Sam! 🎉

HashiCorp has issued you the "HashiCorp Certified: Terraform Associate" badge.

Accept your badge: https://www.credly.com/earner/earned/badge/hh01`,
  }),
  mk({
    slug: 'un-en-survey', kind: 'unrelated', lang: 'en', trap: true, from: AWS_NOTIFY, caseId: CASE.lena, note: 'survey: was your issue resolved?',
    to: L, subject: 'How did we do? 😊', date: d('2026-11-03 10:00:00', '+0100'), enc: 'utf8qp',
    text: `Hi Lena,

Your case ${CASE.lena} was recently closed. Was your issue resolved? Tell us in a two-minute survey - we read every answer!

https://survey.aws.example/s/pp42`,
  }),
  mk({
    slug: 'un-en-skillbuilder', kind: 'unrelated', lang: 'en', trap: true, from: SKILL, note: 'course completed and badge earned in Skill Builder',
    to: S, subject: 'You did it! Course completed 🎓', date: d('2026-06-05 18:00:00', '-0700'), enc: 'utf8b64',
    html: htmlDoc(`<h2>You did it, Sam! 🎓</h2><p>You've completed <b>Exam Prep: AWS Certified Solutions Architect - Associate</b> and earned a Skill Builder learning badge.</p><p>Ready for the next challenge? Browse our catalog.</p>`),
  }),
  mk({
    slug: 'un-en-credly-merge', kind: 'unrelated', lang: 'en', trap: true, from: 'Credly <no-reply@credly.com>', note: "Credly's own account-merge verification mail",
    to: L, subject: 'Complete your account merge', date: d('2026-10-31 09:00:00', '+0000'), enc: 'ascii7',
    text: `Hi there,

You asked to merge two Credly accounts. Enter this code to complete the account merge: 772 310

If you didn't request this, you can safely ignore this email.
The Credly Team`,
  }),
  mk({
    slug: 'un-en-oldjob-ooo', kind: 'unrelated', lang: 'en', trusted: false, trap: true, auth: 'none', from: 'Mailer at Agency <no-reply@agency.example.com>', note: "old company's automatic reply",
    to: L, subject: 'Automatic reply: RE: your account', date: d('2026-10-21 11:06:00', '+0200'), enc: 'ascii7',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `Thank you for your email. Lena Fischer no longer works at the agency and this mailbox is closed.
Your message has not been forwarded. For account questions, contact office@agency.example.com.`,
  }),
  mk({
    slug: 'un-en-reinvent', kind: 'unrelated', lang: 'en', trap: true, from: 'AWS re:Invent <reinvent@amazon.com>', note: 'event mail: registration confirmed, pick up your badge',
    to: S, subject: 'See you in Vegas! Your re:Invent registration is confirmed', date: d('2026-11-20 09:00:00', '-0800'), enc: 'utf8qp',
    text: `Hi Sam,

Woohoo! 🎰 Your registration is confirmed. Pick up your badge at the registration desk in the Venetian - and don't forget comfy shoes!

Certified attendees: visit the AWS Certification Lounge for swag.

See you soon,
The re:Invent team`,
  }),
];
