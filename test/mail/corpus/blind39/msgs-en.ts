// English messages of set "al".
import type { Msg } from './lib.js';
import { rfcDate as d } from './lib.js';
import {
  type Spec, FORM, NOREPLY, CASES, PORTAL, PORTAL2, CERTMETRICS, CR_AWS, CREDLY, CREDLY_NOTIF, CREDLY_HELP, viaCredly, formSubject, formSubjectBare,
  MISAKI as MI, KENJI as KE, DAN, SOFIA, en, C, q, sfBlock, olEn, gmEn, gmJa, ref, html, credlyHtml,
} from './common.js';

const e = (s: Spec): Msg => ({ lang: 'en', trusted: true, forUser: true, trap: false, ...s });

const DAN_ASK = `Hi,
I have two AWS Certification accounts. ${DAN.srcId} was created with my old work address (${DAN.src}) and ${DAN.keepId} with ${DAN.keep}.
Please merge them into ${DAN.keepId}. My SAA-C03 badge on Credly is also stuck on the old address.
Daniel Okafor`;

const SOFIA_ASK = `Hello - I changed consultancies and can no longer receive mail at ${SOFIA.src}.
Can you move my certifications (Security Specialty, Solutions Architect Professional) to the account registered with ${SOFIA.keep}?
Thanks, Sofia`;

const credlyFoot = 'You are receiving this email because a badge was issued to this address. Credly, Inc. | Manage notification settings';

export const EN: Msg[] = [
  // ================= acknowledgement =================
  e({
    slug: 'en-ack-dan-notify',
    kind: 'acknowledgement',
    caseId: C.dan,
    note: 'AWS Support notification that case was created; response expected within 24 hours',
    from: NOREPLY,
    to: DAN.keep,
    subject: `AWS Support case ${C.dan} has been opened`,
    date: d('2026-03-10 14:02:11', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello Daniel Okafor,

We've opened case ${C.dan} for your request regarding AWS Training and Certification.

Subject: Merge two certification accounts / Credly badge
Category: Certification > Account assistance

An agent usually replies within 24 hours. You can follow the case in the Support Center.
Please don't open a second case for the same question; duplicates are answered last.

Amazon Web Services`,
  }),
  e({
    slug: 'en-ack-sofia-id-in-body-qp',
    kind: 'acknowledgement',
    caseId: C.sofia,
    note: 'form auto-receipt; case number only appears in the body',
    from: FORM,
    to: en(SOFIA),
    subject: 'Thanks for contacting AWS Training and Certification',
    date: d('2026-03-25 08:40:29', '+0100'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Sofia Lindqvist,

We've got your message. It's been logged under reference ${C.sofia} and is now in the queue for our certification team.

You'll hear from a member of the team by e-mail, normally within one business day. There's nothing else you need to do right now.

– AWS Training and Certification Customer Support`,
  }),
  e({
    slug: 'en-ack-dan2-multipart',
    kind: 'acknowledgement',
    caseId: C.dan2,
    note: 'multipart receipt for a new case that does not state its topic',
    from: CASES,
    to: DAN.keep,
    subject: `Case ${C.dan2} received`,
    date: d('2026-04-01 09:15:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Your case ${C.dan2} was received and assigned to a queue.
We'll reply to this address as soon as an agent picks it up.

AWS Support`,
    html: html(`Your case ${C.dan2} was received and assigned to a queue.
We'll reply to this address as soon as an agent picks it up.

AWS Support`),
  }),
  e({
    slug: 'en-ack-lookalike-support-center',
    kind: 'acknowledgement',
    trusted: false,
    caseId: C.sofia,
    note: 'case receipt from the look-alike aws-support-center.com: untrusted',
    from: 'AWS Support <no-reply@aws-support-center.com>',
    to: SOFIA.keep,
    subject: `[CASE ${C.sofia}] Your request has been received`,
    date: d('2026-03-25 09:01:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Dear customer,

Your request ${C.sofia} has been received. To speed up the merge, sign in to your Credly and AWS accounts via the secure portal below within 12 hours.

https://aws-support-center.com/secure/signin

AWS Support`,
  }),
  e({
    slug: 'en-ack-kenji-english-lf',
    kind: 'acknowledgement',
    trap: true,
    caseId: C.kenji,
    note: 'English receipt to a Japanese customer that echoes the request ("merge", "badges") but only acknowledges it; LF line ends',
    from: FORM,
    to: KE.keep,
    subject: formSubjectBare(C.kenji),
    date: d('2026-04-06 13:31:44', '+0000'),
    auth: 'dkimonly',
    enc: 'ascii7',
    crlf: false,
    text: `Thank you for reaching out to AWS Training and Certification.

This is an automated confirmation that we received your submission:
  Name: Kenji Kobayashi
  Candidate ID: ${KE.keepId}
  Request: merge certification accounts and move Credly badges

Case ID: ${C.kenji}
A specialist will review it and get back to you.`,
  }),

  // ================= ai_answer =================
  e({
    slug: 'en-ai-dan-merge-tool',
    kind: 'ai_answer',
    caseId: null,
    note: 'generated answer suggesting the self-service Merge Accounts tool',
    from: NOREPLY,
    to: DAN.keep,
    subject: 'Suggested answer for your question',
    date: d('2026-03-10 13:58:40', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `This answer was generated by AI and may contain errors.

You asked: "two certification accounts, badge on old email"

You can usually combine duplicate AWS Certification accounts yourself:
  - Sign in to the account you want to keep.
  - Open your profile and choose Merge Accounts.
  - Enter the sign-in details of the other account and follow the prompts.
If both accounts hold certifications the tool will stop you; in that case choose "Create case" below.
Once accounts are combined, your Credly badges may need to be claimed again from the new email.

Did this help?  Yes | No, create a case`,
  }),
  e({
    slug: 'en-ai-sofia-html-badges',
    kind: 'ai_answer',
    trap: true,
    caseId: null,
    note: 'automated HTML answer describing how badges move after a merge; describes, does not report a move',
    from: NOREPLY,
    to: SOFIA.keep,
    subject: 'Here is an answer we generated for you',
    date: d('2026-03-25 07:30:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    html: html(`Hi Sofia,

Based on what you typed, this might help. (Generated automatically.)

When two certification accounts are merged, certifications, exam history and benefits move to the account you keep, and Credly re-issues the digital badges to that account's email. If a badge still shows under the old address afterwards, add that address to your Credly profile as a secondary email.

Still need help? Continue to create a support case.`),
  }),
  e({
    slug: 'en-ai-misaki-english-bot',
    kind: 'ai_answer',
    caseId: null,
    note: 'English virtual-assistant reply to a Japanese customer; points to the Merge Accounts tool',
    from: 'AWS Training Virtual Assistant <no-reply-aws@amazon.com>',
    to: MI.keep,
    subject: 'Your virtual assistant response',
    date: d('2026-03-02 00:55:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Misaki,

I'm the AWS Training virtual assistant. Here is what I found:

* Duplicate certification accounts can often be combined with the Merge Accounts option in your certification profile.
* If the option is greyed out, both accounts likely have active certifications and a support agent has to do it.

I'm an automated assistant. To talk to a person, reply "agent" in the form or choose Create case.`,
  }),
  e({
    slug: 'en-ai-dan-other-authserv',
    kind: 'ai_answer',
    trusted: false,
    caseId: null,
    note: 'automated suggestion whose only pass result comes from a foreign authserv-id: untrusted',
    from: NOREPLY,
    to: DAN.keep,
    subject: 'Automated guidance: Credly badge not showing',
    date: d('2026-03-10 14:00:00', '+0000'),
    auth: 'otherOnly',
    enc: 'utf8qp',
    text: `This is an automated response.

If your AWS badge is not visible on Credly, make sure the email address on your certification account is also added and verified in Credly. Badges are tied to an email address, not a name.

Not solved? Create a case and an agent will help.`,
  }),
  e({
    slug: 'en-ai-sofia-kb-articles',
    kind: 'ai_answer',
    caseId: null,
    note: 'auto-suggested knowledge-base articles while a case is being drafted',
    from: 'AWS Training and Certification <no-reply@support.aws.com>',
    to: SOFIA.keep,
    subject: 'Articles that may answer your question',
    date: d('2026-03-25 07:28:12', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `We picked these articles automatically from your question:

  1. How do I combine two AWS Certification accounts?
  2. My digital badge went to an old email address
  3. Changing the email on my certification profile

If none of them solves it, go back and select "Create case".`,
  }),

  // ================= info_request =================
  e({
    slug: 'en-info-dan-ids-sf',
    kind: 'info_request',
    caseId: C.dan,
    note: 'asks for both candidate IDs and which account to keep; Salesforce quote below',
    from: FORM,
    to: DAN.keep,
    subject: formSubject(C.dan),
    date: d('2026-03-11 10:20:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello Daniel,

Thank you for contacting AWS Training and Certification.

Before we can look at combining the accounts, could you send us:
- the AWS candidate ID of each account,
- the email address used to sign in to each, and
- which of the two you'd like to keep going forward?

Kind regards,
Priyanka
AWS Training and Certification

${ref('4Hc81Zp')}

${sfBlock(DAN.keep, '3/10/2026 2:01 PM', 'aws-cs-trainingcertification-form@amazon.com', formSubjectBare(C.dan), DAN_ASK)}`,
  }),
  e({
    slug: 'en-info-sofia-credly-url-gmail',
    kind: 'info_request',
    caseId: C.sofia,
    note: 'asks for the Credly profile link and the address each badge was issued to; no "please" word (we\'ll need ...)',
    from: FORM,
    to: SOFIA.keep,
    subject: formSubject(C.sofia),
    date: d('2026-03-26 15:05:00', '+0100'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Sofia,

To get the badges sorted alongside the accounts we'll need your public Credly profile link, plus the email address each of your two AWS badges was originally issued to.

Best,
Tomás – AWS T&C Support

${gmEn('Wed, Mar 25, 2026 at 8:39 AM', `Sofia Lindqvist <${SOFIA.keep}>`, SOFIA_ASK)}`,
  }),
  e({
    slug: 'en-info-misaki-english-ja-quote',
    kind: 'info_request',
    caseId: C.misaki,
    note: 'English agent reply to a Japanese request (mixed-language thread): asks for the candidate IDs',
    from: FORM,
    to: MI.keep,
    subject: formSubject(C.misaki),
    date: d('2026-03-02 23:10:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Dear Misaki,

Thank you for your message (we are replying in English; feel free to answer in Japanese).
We could not locate ${MI.srcId} with the email you gave. Would you double-check the candidate ID of the old account and tell us the exact email it was registered with?

Regards,
AWS Training and Certification

${gmJa('2026年3月2日(月) 10:14', `中村 美咲 <${MI.keep}>`, 'AWS認定アカウントが2つあり、1つにまとめていただきたくご連絡しました。')}`,
  }),
  e({
    slug: 'en-info-dan2-bottom-posted',
    kind: 'info_request',
    caseId: C.dan2,
    note: 'bottom-posted reply: the customer\'s text is quoted first and the request for the badge URLs follows underneath',
    from: FORM,
    to: DAN.keep,
    subject: formSubject(C.dan2),
    date: d('2026-04-02 12:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `${q(`The merge went fine but the SAA badge is still on my old work address in Credly.`)}

Thanks Daniel. So we can raise this with Credly, please paste the URL of that badge (credly.com/badges/...) and confirm the email address it currently shows.

Jamal
AWS Training and Certification`,
  }),
  e({
    slug: 'en-info-sofia-dmarc-fail',
    kind: 'info_request',
    trusted: false,
    caseId: C.sofia,
    note: 'request for IDs and a passport scan, but dmarc=fail at our server: untrusted',
    from: FORM,
    to: SOFIA.keep,
    subject: formSubject(C.sofia),
    date: d('2026-03-26 02:14:00', '+0000'),
    auth: 'fail',
    enc: 'ascii7',
    text: `Hello,

To continue we require a scan of your passport, both candidate IDs, and your Credly password.
Reply within 24 hours or your request will be cancelled.

AWS Training and Certification`,
  }),
  e({
    slug: 'en-info-kenji-typos-outlook',
    kind: 'info_request',
    caseId: C.kenji,
    note: 'English request with typos ("adress", "wich") asking which e-mail to keep; Outlook quote below',
    from: FORM,
    to: KE.keep,
    subject: formSubject(C.kenji),
    date: d('2026-04-07 02:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hello Kenji-san,

We found both profiles. Could you let us know wich email adress you'd like as the login for the merged account, ${KE.keep} or ${KE.src}?

Thanks,
Grace

${olEn(`小林 健二 <${KE.keep}>`, 'Monday, April 6, 2026 10:31 PM', 'aws-cs-trainingcertification-form@amazon.com', 'account merge', 'Please merge my two accounts. Badges too if possible.')}`,
  }),

  // ================= confirmation_request =================
  e({
    slug: 'en-conf-dan-i-agree',
    kind: 'confirmation_request',
    caseId: C.dan,
    note: 'asks the customer to reply "I agree"; merge is permanent; mentions badges are re-issued afterwards',
    from: FORM,
    to: DAN.keep,
    subject: formSubject(C.dan),
    date: d('2026-03-12 09:40:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Daniel,

Thanks for the details. Here is what we're about to do:

  Source (will be closed): ${DAN.srcId} / ${DAN.src}
  Target (kept):           ${DAN.keepId} / ${DAN.keep}

This is permanent - once merged, the accounts cannot be separated again. Your Credly badges will be issued again to ${DAN.keep} after the merge.
If you're happy for us to go ahead, simply reply with "I agree".

Priyanka`,
  }),
  e({
    slug: 'en-conf-sofia-multipart',
    kind: 'confirmation_request',
    caseId: C.sofia,
    note: 'multipart consent request: acknowledge the irreversible merge before work starts',
    from: FORM,
    to: SOFIA.keep,
    subject: formSubject(C.sofia),
    date: d('2026-03-27 11:10:00', '+0100'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Sofia,

Thanks – we have everything we need. Before our team combines ${SOFIA.srcId} into ${SOFIA.keepId}, we need your explicit OK: the merge can't be reversed.

A one-line reply saying you consent is enough.

Tomás`,
    html: html(`Hi Sofia,

Thanks – we have everything we need. Before our team combines ${SOFIA.srcId} into ${SOFIA.keepId}, we need your explicit OK: the merge can't be reversed.

A one-line reply saying you consent is enough.

Tomás`),
  }),
  e({
    slug: 'en-conf-misaki-english-b64',
    kind: 'confirmation_request',
    caseId: C.misaki,
    note: 'English consent request to a Japanese customer: "kindly let us know you accept"',
    from: FORM,
    to: MI.keep,
    subject: formSubject(C.misaki),
    date: d('2026-03-04 00:10:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Dear Misaki,

We are ready to merge ${MI.srcId} into ${MI.keepId}. Please be aware the process is irreversible.
Kindly let us know that you accept, and we will schedule it straight away.

AWS Training and Certification`,
  }),
  e({
    slug: 'en-conf-dan-lookalike-server',
    kind: 'confirmation_request',
    trusted: false,
    caseId: C.dan,
    note: 'consent request whose Authentication-Results comes from a look-alike authserv-id: untrusted',
    from: FORM,
    to: DAN.keep,
    subject: formSubject(C.dan),
    date: d('2026-03-12 11:00:00', '+0000'),
    auth: 'lookalikeServer',
    enc: 'ascii7',
    text: `Hello Daniel,

Final step: confirm the merge by signing in at the link below. The merge cannot be undone.
https://merge-confirm.aws-certification.example.net/

AWS Training and Certification`,
  }),
  e({
    slug: 'en-conf-kenji-long-thread',
    kind: 'confirmation_request',
    caseId: C.kenji,
    note: 'consent request above a long thread (Outlook block with a nested Gmail quote)',
    from: FORM,
    to: KE.keep,
    subject: formSubject(C.kenji),
    date: d('2026-04-08 01:30:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hello Kenji-san,

Thank you. We will keep ${KE.keep} (${KE.keepId}) and fold ${KE.srcId} into it.
Just so you know, after this there is no way back. Could you confirm you want us to go ahead?

Grace

${olEn(`小林 健二 <${KE.keep}>`, 'Tuesday, April 7, 2026 9:50 PM', 'aws-cs-trainingcertification-form@amazon.com', formSubject(C.kenji), `Please keep ${KE.keep}.\n\n${gmEn('Tue, Apr 7, 2026 at 11:00 AM', 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>', `Could you let us know wich email adress you'd like as the login for the merged account?`)}`)}`,
  }),
  e({
    slug: 'en-conf-sofia-html-only',
    kind: 'confirmation_request',
    caseId: C.sofia,
    note: 'HTML-only consent request phrased "would you mind replying YES"',
    from: FORM,
    to: SOFIA.keep,
    subject: formSubject(C.sofia),
    date: d('2026-03-27 16:45:00', '+0100'),
    auth: 'pass',
    enc: 'utf8b64',
    html: html(`Hi again Sofia,

Following up on my earlier note: would you mind replying YES so we know you accept that ${SOFIA.srcId} will be permanently merged into ${SOFIA.keepId}?

Thanks,
Tomás`),
  }),

  // ================= merge_completed =================
  e({
    slug: 'en-done-dan-consolidated',
    kind: 'merge_completed',
    caseId: C.dan,
    note: 'support says the records were consolidated into the kept account; badges expected later',
    from: FORM,
    to: DAN.keep,
    subject: formSubject(C.dan),
    date: d('2026-03-14 16:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Daniel,

Good news - the certification records from ${DAN.srcId} are now consolidated under ${DAN.keepId}. Please sign in with ${DAN.keep} and check your certifications and exam history.
Credly usually re-issues badges within a few days; let us know on this case if yours don't appear.

Priyanka`,
  }),
  e({
    slug: 'en-done-portal-sofia',
    kind: 'merge_completed',
    caseId: null,
    note: 'the certification portal\'s own "accounts merged" notice, no case ID',
    from: PORTAL,
    to: SOFIA.keep,
    subject: 'Your AWS Certification accounts have been merged',
    date: d('2026-03-30 06:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello Sofia Lindqvist,

Your AWS Certification accounts have been merged. Everything previously held under ${SOFIA.srcId} now appears in ${SOFIA.keepId}.
From now on, sign in with ${SOFIA.keep}.

If you did not request this change, contact AWS Training and Certification support.

AWS Certification`,
  }),
  e({
    slug: 'en-done-kenji-and-closing',
    kind: 'merge_completed',
    caseId: C.kenji,
    note: 'merge done and the case will be closed: the merge is the new fact',
    from: FORM,
    to: KE.keep,
    subject: formSubject(C.kenji),
    date: d('2026-04-10 03:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hello Kenji-san,

The two profiles are now one: ${KE.srcId} has been merged into ${KE.keepId}.
As the request is fulfilled I'll close this case; replying here reopens it.

Grace`,
  }),
  e({
    slug: 'en-done-dan-fail',
    kind: 'merge_completed',
    trusted: false,
    caseId: C.dan,
    note: 'claims the merge finished, but dmarc=fail at our server: untrusted',
    from: FORM,
    to: DAN.keep,
    subject: formSubject(C.dan),
    date: d('2026-03-13 22:00:00', '+0000'),
    auth: 'fail',
    enc: 'ascii7',
    text: `Hi Daniel,

Your accounts were successfully merged. To receive your badges, log in to Credly through the link below and re-enter your password.
https://credly.account-restore.example.org/login

Support`,
  }),
  e({
    slug: 'en-done-portal2-html-misaki',
    kind: 'merge_completed',
    caseId: null,
    note: 'HTML-only portal notice in English to a Japanese user: profiles combined; no case ID',
    from: PORTAL2,
    to: MI.keep,
    subject: 'AWS Certification: profile merge complete',
    date: d('2026-03-06 06:20:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    html: html(`Hello Misaki Nakamura,

The AWS Certification profiles you asked us to combine are now a single profile (${MI.keepId}). Certifications, exam history and benefits from ${MI.srcId} have been carried over.

AWS Training & Certification`),
  }),
  e({
    slug: 'en-done-sofia-gmail-quote',
    kind: 'merge_completed',
    caseId: C.sofia,
    note: 'short completion above a Gmail quote of the consent; asks her to check everything looks right',
    from: FORM,
    to: SOFIA.keep,
    subject: formSubject(C.sofia),
    date: d('2026-03-29 18:30:00', '+0200'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Sofia,

All done: both accounts were merged this afternoon and your Security Specialty and SA Pro now sit on ${SOFIA.keepId}. Have a look and tell us if anything seems off.

Tomás

${gmEn('Fri, Mar 27, 2026 at 5:02 PM', `Sofia Lindqvist <${SOFIA.keep}>`, 'YES - go ahead. Thanks!')}`,
  }),

  // ================= badges_transferred =================
  e({
    slug: 'en-badge-cr-aws-issued-dan',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly: AWS issued the SAA badge to the kept address (re-issue after merge)',
    from: CR_AWS,
    to: DAN.keep,
    subject: 'Amazon Web Services Training and Certification sent you a new badge',
    date: d('2026-03-16 10:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Daniel,

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Solutions Architect - Associate.

Accept your badge to add it to your profile and share it.
https://www.credly.com/earner/earned/badge/a1b2c3d4-0000-4e5f-8a9b-0c1d2e3f4a5b

${credlyFoot}`,
  }),
  e({
    slug: 'en-badge-cr-transferred-sofia-multipart',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly (multipart): two AWS badges transferred to the new e-mail',
    from: CREDLY,
    to: SOFIA.keep,
    subject: 'Your badges have been transferred',
    date: d('2026-04-01 07:45:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Sofia,

At the request of Amazon Web Services Training and Certification, 2 badges that were issued to ${SOFIA.src} now belong to ${SOFIA.keep}:

  • AWS Certified Security – Specialty
  • AWS Certified Solutions Architect – Professional

They're already on your profile.

${credlyFoot}`,
    html: credlyHtml(
      'Your badges have been transferred',
      [
        'Hi Sofia,',
        `At the request of Amazon Web Services Training and Certification, 2 badges that were issued to ${SOFIA.src} now belong to ${SOFIA.keep}:`,
        'AWS Certified Security – Specialty; AWS Certified Solutions Architect – Professional',
        "They're already on your profile.",
      ],
      'View your profile',
      credlyFoot,
    ),
  }),
  e({
    slug: 'en-badge-support-dan2-moved',
    kind: 'badges_transferred',
    caseId: C.dan2,
    note: 'support says Credly moved the badge onto the kept profile',
    from: FORM,
    to: DAN.keep,
    subject: formSubject(C.dan2),
    date: d('2026-04-06 15:20:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Daniel,

Thanks for your patience. Credly has now moved the Solutions Architect - Associate badge onto your ${DAN.keep} profile - it should be visible on your dashboard.

Jamal`,
  }),
  e({
    slug: 'en-badge-support-misaki-close',
    kind: 'badges_transferred',
    caseId: C.misaki2,
    note: 'English support reply: badge now appears under the kept address, and the case is closed',
    from: FORM,
    to: MI.keep,
    subject: formSubject(C.misaki2),
    date: d('2026-03-25 02:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Dear Misaki,

We have reassigned your AWS badge in Credly; it now appears under ${MI.keep}. Since that was the last open item, we're closing this case.

AWS Training and Certification`,
  }),
  e({
    slug: 'en-badge-cr-html-three-kenji',
    kind: 'badges_transferred',
    caseId: null,
    note: 'HTML-only Credly mail: AWS issued three badges to the kept address',
    from: CR_AWS,
    to: KE.keep,
    subject: 'You have 3 new badges from Amazon Web Services Training and Certification',
    date: d('2026-04-11 09:32:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    html: credlyHtml(
      'Congratulations, Kenji!',
      ['Amazon Web Services Training and Certification issued you 3 badges.', 'Cloud Practitioner, Developer - Associate and SysOps Administrator - Associate are waiting for you.'],
      'Accept your badges',
      credlyFoot,
    ),
  }),
  e({
    slug: 'en-badge-cr-arc-only',
    kind: 'badges_transferred',
    trusted: false,
    caseId: null,
    note: 'AWS badge notice relayed by a forwarder: only an ARC header says pass, our own verdict is fail: untrusted',
    from: CR_AWS,
    to: DAN.keep,
    subject: 'Amazon Web Services Training and Certification sent you a new badge',
    date: d('2026-03-16 10:01:00', '+0000'),
    auth: 'arcOnly',
    enc: 'ascii7',
    text: `Hi Daniel,

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Solutions Architect - Associate.

Accept your badge
${credlyFoot}`,
  }),
  e({
    slug: 'en-badge-notify-sofia-update',
    kind: 'badges_transferred',
    caseId: C.sofia,
    note: 'AWS Support case-update notification relaying the agent: badges moved to the kept Credly account',
    from: NOREPLY,
    to: SOFIA.keep,
    subject: `AWS Support case ${C.sofia}: new correspondence`,
    date: d('2026-04-01 08:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `There is a new reply on case ${C.sofia}.

  "Hi Sofia, Credly has finished moving both AWS badges to your ${SOFIA.keep} account. - Tomás"

View the full case in the Support Center.`,
  }),
  e({
    slug: 'en-badge-cr-notif-subdomain',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly from a credly.com subdomain, DKIM aligned through the parent domain: AWS badge re-issued to the kept address',
    from: CREDLY_NOTIF,
    to: MI.keep,
    subject: 'Your AWS badge now lives on this account',
    date: d('2026-03-24 05:02:00', '+0000'),
    auth: 'dkimParent',
    enc: 'ascii7',
    text: `Hi Misaki,

Good news: the AWS Certified Solutions Architect - Associate badge issued by Amazon Web Services Training and Certification has been moved to ${MI.keep} and is on your profile.

Credly`,
  }),

  // ================= case_closed =================
  e({
    slug: 'en-close-dan-auto-5days',
    kind: 'case_closed',
    caseId: C.dan2,
    note: 'case will auto-close in 5 days without a reply',
    from: NOREPLY,
    to: DAN.keep,
    subject: `AWS Support case ${C.dan2} will be closed soon`,
    date: d('2026-04-10 02:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello,

We haven't heard back on case ${C.dan2}. If we don't receive a reply within 5 days, the case will close automatically.

Amazon Web Services`,
  }),
  e({
    slug: 'en-close-sofia-resolved',
    kind: 'case_closed',
    caseId: C.sofia,
    note: 'AWS Support status notice: case resolved',
    from: CASES,
    to: SOFIA.keep,
    subject: `Case ${C.sofia} has been resolved`,
    date: d('2026-04-03 06:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Case ${C.sofia} was marked Resolved by the AWS Training and Certification team.
You can reopen it within 14 days by replying from the Support Center.

AWS Support`,
  }),
  e({
    slug: 'en-close-dan-restates-merge',
    kind: 'case_closed',
    trap: true,
    caseId: C.dan,
    note: 'closing that only restates the earlier merge ("as the accounts were merged last week")',
    from: FORM,
    to: DAN.keep,
    subject: formSubject(C.dan),
    date: d('2026-03-21 10:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Daniel,

As your accounts were merged last week and we haven't heard anything further, I'm closing this case now. Thanks for contacting us.

Priyanka`,
  }),
  e({
    slug: 'en-close-misaki-restates-badge-b64',
    kind: 'case_closed',
    trap: true,
    caseId: C.misaki2,
    note: 'closing notice restating the earlier badge re-assignment',
    from: NOREPLY,
    to: MI.keep,
    subject: `AWS Support case ${C.misaki2} closed`,
    date: d('2026-03-31 02:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Case ${C.misaki2} has been closed.
Resolution summary: badge previously reassigned to the customer's kept Credly account; no further action required.

Amazon Web Services`,
  }),
  e({
    slug: 'en-close-gmail-display-spoof',
    kind: 'case_closed',
    trusted: false,
    caseId: C.sofia,
    note: 'closing notice with an AWS display name on a free-mail address: untrusted',
    from: 'AWS Training and Certification <aws.training.support.team@gmail.example.com>',
    to: SOFIA.keep,
    subject: formSubject(C.sofia),
    date: d('2026-04-02 12:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello,

Your case is closed. To keep your certifications, verify your identity at the link within 24 hours.

Support Team`,
  }),
  e({
    slug: 'en-close-kenji-outlook-html',
    kind: 'case_closed',
    caseId: C.kenjiDup,
    note: 'HTML-only: closing the duplicate case (no account news)',
    from: FORM,
    to: KE.keep,
    subject: formSubject(C.kenjiDup),
    date: d('2026-04-08 05:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    html: html(`Hello Kenji-san,

This case is being closed as resolved. Please continue any correspondence on your other open case.

Grace, AWS Training and Certification`),
  }),

  // ================= support_reply =================
  e({
    slug: 'en-reply-dan2-credly-ticket',
    kind: 'support_reply',
    trap: true,
    caseId: C.dan2,
    note: 'raised a ticket with Credly about the badge; badges not moved yet',
    from: FORM,
    to: DAN.keep,
    subject: formSubject(C.dan2),
    date: d('2026-04-03 09:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Daniel,

Thanks for the link. I've opened a request with the Credly team to reassign the badge to ${DAN.keep}. They typically take 2-4 business days; I'll update you here.

Jamal`,
  }),
  e({
    slug: 'en-reply-sofia-once-merged',
    kind: 'support_reply',
    trap: true,
    caseId: C.sofia,
    note: 'future tense: "once the merge is complete we\'ll let you know"; consent received',
    from: FORM,
    to: SOFIA.keep,
    subject: formSubject(C.sofia),
    date: d('2026-03-28 09:00:00', '+0100'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Sofia,

Thanks for confirming. Your request is with our back-office team now. Once the merge is complete we'll let you know, and we'll check the badges at the same time.

Tomás`,
  }),
  e({
    slug: 'en-reply-kenji-not-moved-yet',
    kind: 'support_reply',
    trap: true,
    caseId: C.kenji,
    note: 'negated: the badges have not been transferred yet',
    from: FORM,
    to: KE.keep,
    subject: formSubject(C.kenji),
    date: d('2026-04-11 01:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hello Kenji-san,

I checked Credly this morning: the badges haven't been transferred to ${KE.keep} yet. The request is still in Credly's queue and I've asked them to prioritise it.

Grace`,
  }),
  e({
    slug: 'en-reply-dan-duplicate-cases',
    kind: 'support_reply',
    trap: true,
    caseId: C.dan,
    note: '"we merged your duplicate cases": about support cases, not accounts',
    from: FORM,
    to: DAN.keep,
    subject: formSubject(C.dan),
    date: d('2026-03-11 12:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Daniel,

You'd submitted the form twice, so we've merged the two cases into this one (${C.dan}). No action needed on your side; we'll continue here.

Priyanka`,
  }),
  e({
    slug: 'en-reply-sofia-unable-pending-exam',
    kind: 'support_reply',
    trap: true,
    caseId: C.sofia,
    note: 'unable to merge while a result is pending; nothing requested',
    from: FORM,
    to: SOFIA.keep,
    subject: formSubject(C.sofia),
    date: d('2026-03-26 09:00:00', '+0100'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Hi Sofia,

I'm afraid we're unable to merge the accounts at the moment: there's an exam result still being scored on ${SOFIA.srcId}. As soon as the result posts (usually within 5 business days) we can continue.

Tomás`,
  }),
  e({
    slug: 'en-reply-misaki-voucher-answer',
    kind: 'support_reply',
    caseId: C.misaki,
    note: 'English answer about the voucher and expiry dates after a merge; no new event',
    from: FORM,
    to: MI.keep,
    subject: formSubject(C.misaki),
    date: d('2026-03-07 01:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Dear Misaki,

To answer your question: the 50% voucher earned on the old account stays valid and is shown under Benefits on ${MI.keepId}. Expiry dates of your certifications are not changed by the merge.

AWS Training and Certification

${gmJa('2026年3月6日(金) 21:40', `中村 美咲 <${MI.keep}>`, '旧アカウントのバウチャーはどうなりますか？')}`,
  }),
  e({
    slug: 'en-reply-dan-forged-below',
    kind: 'support_reply',
    trusted: false,
    caseId: C.dan,
    note: 'status update whose only pass header is planted below our server\'s Received line: untrusted',
    from: FORM,
    to: DAN.keep,
    subject: formSubject(C.dan),
    date: d('2026-03-12 20:00:00', '+0000'),
    auth: 'forgedBelow',
    enc: 'ascii7',
    text: `Hi Daniel,

We're still looking into this and will come back to you shortly.

Support`,
  }),
  e({
    slug: 'en-reply-kenji-looking-badges-html',
    kind: 'support_reply',
    caseId: C.kenji,
    note: 'multipart status reply: investigating why badges did not follow the merge',
    from: FORM,
    to: KE.keep,
    subject: formSubject(C.kenji),
    date: d('2026-04-10 12:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hello Kenji-san,

Thanks for letting us know. I'm checking with our certification team why the Credly records didn't follow automatically and will get back to you within two business days.

Grace`,
    html: html(`Hello Kenji-san,

Thanks for letting us know. I'm checking with our certification team why the Credly records didn't follow automatically and will get back to you within two business days.

Grace`),
  }),

  // ================= unrelated =================
  e({
    slug: 'en-un-ms-via-credly',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'Microsoft badge via Credly: another issuer',
    from: viaCredly('Microsoft'),
    to: DAN.keep,
    subject: 'Microsoft sent you a new badge',
    date: d('2026-03-18 12:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Daniel,

Microsoft has issued you a badge: Microsoft Certified: Azure Administrator Associate.

Accept your badge
${credlyFoot}`,
  }),
  e({
    slug: 'en-un-comptia-reissued-html',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'CompTIA badge re-issued to a new e-mail via Credly (HTML-only): not AWS',
    from: viaCredly('CompTIA'),
    to: SOFIA.keep,
    subject: 'CompTIA has re-issued your badge',
    date: d('2026-04-04 10:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    html: credlyHtml(
      'Your badge was re-issued',
      ['Hi Sofia, CompTIA re-issued your CompTIA Cloud+ badge to this email address.', 'It has been moved from your previous address.'],
      'Accept badge',
      credlyFoot,
    ),
  }),
  e({
    slug: 'en-un-university-via-credly',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'university badge via Credly: not AWS',
    from: viaCredly('University of Northbridge Continuing Education'),
    to: DAN.src,
    subject: 'You earned a badge from University of Northbridge Continuing Education',
    date: d('2026-02-14 15:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Daniel,

University of Northbridge Continuing Education issued you "Cloud Logistics Analytics - Certificate of Completion".

Accept your badge
${credlyFoot}`,
  }),
  e({
    slug: 'en-un-credly-merge-code',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'Credly account-merge authorization code: Credly\'s own merge',
    from: CREDLY,
    to: DAN.src,
    subject: 'Your Credly account merge code',
    date: d('2026-04-07 08:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Someone (hopefully you) asked to merge this Credly account into another one.

Authorization code: 771204

Or click Complete Account Merge. The code expires in 30 minutes.
If this wasn't you, ignore this email; nothing will change.`,
  }),
  e({
    slug: 'en-un-credly-email-verified',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'Credly: secondary e-mail added and verified; housekeeping',
    from: CREDLY,
    to: SOFIA.keep,
    subject: 'Email address confirmed',
    date: d('2026-03-31 19:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Sofia,

${SOFIA.src} is now confirmed as a secondary email on your Credly account. Badges sent to either address will land in the same place.

Credly`,
  }),
  e({
    slug: 'en-un-cr-aws-expiring',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'AWS badge expiring reminder via Credly: recertification, not a move',
    from: CR_AWS,
    to: DAN.keep,
    subject: 'Your AWS Certified Cloud Practitioner badge expires in 30 days',
    date: d('2026-06-01 00:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Daniel,

Your badge "AWS Certified Cloud Practitioner" from Amazon Web Services Training and Certification expires on July 1, 2026.
Recertify before then to keep it active.

${credlyFoot}`,
  }),
  e({
    slug: 'en-un-cr-aws-revoked',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'Credly says an AWS badge on the OLD address was revoked: nothing says it now sits on the kept account',
    from: CR_AWS,
    to: SOFIA.src,
    subject: 'A badge issued to you has been revoked',
    date: d('2026-03-31 07:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Sofia,

Amazon Web Services Training and Certification has revoked the badge "AWS Certified Security - Specialty" issued to ${SOFIA.src}.
Reason given by the issuer: duplicate record.

If you have questions, contact the issuer.`,
  }),
  e({
    slug: 'en-un-portal-voucher-certmetrics',
    kind: 'unrelated',
    trusted: false,
    caseId: null,
    note: 'exam voucher notice from certmetrics.com: not part of the merge, and not a trusted domain',
    from: CERTMETRICS,
    to: DAN.keep,
    subject: 'Your 50% exam discount voucher',
    date: d('2026-03-20 10:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello Daniel,

A 50% discount voucher for your next AWS Certification exam is now in your Benefits tab.

AWS Certification Program`,
  }),
  e({
    slug: 'en-un-portal-recert',
    kind: 'unrelated',
    caseId: null,
    note: 'recertification due reminder',
    from: PORTAL,
    to: SOFIA.keep,
    subject: 'Time to recertify: AWS Certified Solutions Architect - Professional',
    date: d('2026-05-15 00:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Sofia,

Your AWS Certified Solutions Architect - Professional expires in 120 days. Recertify by passing the current exam.

AWS Certification`,
  }),
  e({
    slug: 'en-un-own-followup-iphone',
    kind: 'unrelated',
    trusted: false,
    trap: true,
    caseId: C.dan2,
    note: 'the user\'s own mobile follow-up (copied to himself): badge still missing; no news from support',
    from: en(DAN),
    to: 'aws-cs-trainingcertification-form@amazon.com',
    cc: DAN.src,
    subject: formSubject(C.dan2),
    date: d('2026-04-05 19:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Jamal, any news? badge still shows on the old adress in Credly.

Sent from my iPhone

> On Apr 3, 2026, at 10:00, AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
>
> I've opened a request with the Credly team to reassign the badge.`,
  }),
  e({
    slug: 'en-un-own-forward-colleague-resent',
    kind: 'unrelated',
    trusted: false,
    forUser: false,
    caseId: C.sofia,
    note: 'the user\'s forward of the merge news to a colleague, bounced back via Resent-*: own mail and not delivered to her directly',
    from: en(SOFIA),
    to: 'erik.holm@consultancy.example.eu',
    subject: `Fwd: ${formSubject(C.sofia)}`,
    date: d('2026-03-29 19:00:00', '+0200'),
    auth: 'pass',
    enc: 'utf8qp',
    resent: { from: 'erik.holm@consultancy.example.eu', to: 'training-admin@consultancy.example.eu', date: d('2026-03-30 08:00:00', '+0200') },
    text: `Erik – FYI, my certs are merged now so you can update the partner portal.

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Subject: ${formSubject(C.sofia)}

All done: both accounts were merged this afternoon.`,
  }),
  e({
    slug: 'en-un-refund-case-closed',
    kind: 'unrelated',
    trap: true,
    caseId: C.sofiaRefund,
    note: 'closing of the user\'s other case, about an exam refund',
    from: FORM,
    to: SOFIA.keep,
    subject: `RE:[CASE ${C.sofiaRefund}] [AWS Training and Certification Form Submission] - exam-refund`,
    date: d('2026-04-02 09:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Sofia,

The refund for your cancelled exam appointment has been processed to the original card. As this resolves your request, we're closing this case.

Billing team, AWS Training and Certification`,
  }),
  e({
    slug: 'en-un-survey',
    kind: 'unrelated',
    trap: true,
    caseId: C.dan,
    note: 'customer satisfaction survey ("was your issue resolved?")',
    from: 'AWS Support Feedback <aws-support-survey@amazon.com>',
    to: DAN.keep,
    subject: 'How did we do? Tell us about your recent case',
    date: d('2026-03-22 10:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Daniel,

You recently contacted us about case ${C.dan}. Was your issue resolved?
  [Yes]   [No]

It takes less than a minute.`,
  }),
  e({
    slug: 'en-un-credly-help-desk',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'Credly\'s own help desk answer about merging Credly wallets: not AWS Support and not the certification merge',
    from: CREDLY_HELP,
    to: MI.keep,
    subject: '[Credly Support] Re: two Credly accounts',
    date: d('2026-03-24 16:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Misaki,

Thanks for writing to Credly Support. You can merge your two Credly accounts yourself under Settings > Account > Merge an account. For badges issued by AWS, any change to the recipient must come from AWS Training and Certification.

Credly Support (ticket #552190)`,
  }),
];
