// English messages of unmeasured set u: merge mail in many wordings, and the noise that surrounds it.
import type { Msg } from './lib.js';
import { rfcDate as d } from './lib.js';
import {
  FORM, FORM_BARE, NOTIFY, CERT_PORTAL, SKILLB, AWS_EVENTS, CREDLY_AWS, CREDLY_SELF, credly, PEARSON, PSI, subj,
  DECLAN, ANANYA, TOMAS, SHUN, ID, q, gmailEn, outlookEn, origMsg, sfBlock, sfRef, paras, page,
} from './common.js';

type Spec = Omit<Msg, 'lang' | 'trusted' | 'forUser' | 'trap' | 'auth'> & Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap' | 'auth'>>;
const e = (s: Spec): Msg => ({ lang: 'en', trusted: true, forUser: true, trap: false, auth: 'pass', ...s });

const D = DECLAN;
const N = ANANYA;
const T = TOMAS;
const dTo = `${D.name} <${D.keep}>`;
const nTo = `${N.name} <${N.keep}>`;
const tTo = `${T.name} <${T.keep}>`;

const D_REQ = `Hi there,
I've ended up with two certification profiles - one from my Brightgate days (${D.src}) and my personal one (${D.keep}).
Could you fold the Brightgate one into the personal one? Candidate IDs: ${D.srcId} (old), ${D.keepId} (personal).
Cheers, Declan`;

const N_REQ = `Hello team,
Please merge my AWS Certification accounts. Primary: ${N.keep} (${N.keepId}).
Secondary: ${N.src}. I passed CLF and SAA on the secondary before I left Tessera Labs.
Regards,
Ananya Rao`;

export const EN: Msg[] = [
  // ================= acknowledgement (5) =================
  e({
    slug: 'en-ack-notify-opened',
    kind: 'acknowledgement',
    caseId: ID.declan,
    note: 'AWS Support notification that the case was opened; no request',
    from: NOTIFY,
    to: D.keep,
    subject: `AWS Support case ${ID.declan} opened - Training and Certification`,
    date: d('2026-01-26 19:02:33', '+0000'),
    enc: 'ascii7',
    text: `Hello,

We opened support case ${ID.declan} on your behalf for your question about AWS Training and Certification.

An associate will respond by email, usually within one business day. Opening further cases about the same request will not speed things up and may slow them down.

Kind regards,
Amazon Web Services`,
  }),
  e({
    slug: 'en-ack-form-id-body-only',
    kind: 'acknowledgement',
    caseId: ID.ananya,
    note: 'receipt without the ID in the subject; reference number only in the body; multipart QP',
    from: FORM,
    to: nTo,
    subject: 'Thanks - we have your AWS Training and Certification request',
    date: d('2026-02-03 06:14:09', '+0530'),
    enc: 'utf8qp',
    text: `Hello Ananya,

This note confirms that your message reached AWS Training and Certification Customer Support. It is filed under reference ${ID.ananya}.

Someone from the team will write back in 1–2 business days — there's no need to resubmit the form.

AWS Training and Certification`,
    html: page(paras(`Hello Ananya,

This note confirms that your message reached AWS Training and Certification Customer Support. It is filed under reference ${ID.ananya}.

Someone from the team will write back in 1–2 business days — there's no need to resubmit the form.

AWS Training and Certification`)),
  }),
  e({
    slug: 'en-ack-html-only-new-case',
    kind: 'acknowledgement',
    caseId: ID.tomas,
    note: 'HTML-only receipt of a new case with a summary card',
    from: NOTIFY,
    to: T.keep,
    subject: "We've opened a support case for you",
    date: d('2026-02-23 10:41:50', '+0100'),
    enc: 'utf8b64',
    html: page(`<div style="max-width:560px;margin:auto">
<h2 style="font-weight:400">Your case is open</h2>
<p>Hi Tomas,</p>
<p>Case <strong>${ID.tomas}</strong> &middot; AWS Training and Certification &middot; Account assistance</p>
<p>We'll reply to this address once an agent has reviewed your request.</p>
<p style="font-size:12px;color:#687078">You are receiving this service message because you contacted AWS Support.</p>
</div>`),
  }),
  e({
    slug: 'en-ack-lookalike-subdomain',
    kind: 'acknowledgement',
    caseId: ID.declan,
    trusted: false,
    auth: 'none',
    note: 'receipt from amazon.com.case-desk.example (look-alike), no Authentication-Results; untrusted',
    from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com.case-desk.example>',
    to: D.keep,
    subject: `[CASE ${ID.declan}] Request received`,
    date: d('2026-01-26 19:30:02', '+0000'),
    enc: 'ascii7',
    text: `Dear customer,

Your request ${ID.declan} was received and is waiting in queue. We will get back to you shortly.

AWS Support`,
  }),
  e({
    slug: 'en-ack-dkimonly-lf',
    kind: 'acknowledgement',
    caseId: ID.declan,
    auth: 'dkimonly',
    crlf: false,
    note: 'form receipt with only an aligned dkim=pass (trusted); bare LF line ends',
    from: FORM,
    to: dTo,
    subject: `[CASE ${ID.declan}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: d('2026-01-26 19:03:40', '+0000'),
    enc: 'ascii7',
    text: `Hi Declan,

Your request has been logged as case ${ID.declan}. Replying to this email adds to the same case.

Thanks for your patience,
AWS T&C Customer Support`,
  }),

  // ================= ai_answer (5) =================
  e({
    slug: 'en-ai-merge-tool-generated',
    kind: 'ai_answer',
    caseId: null,
    note: 'AI-generated suggestion to try the Merge Accounts tool first',
    from: NOTIFY,
    to: D.keep,
    subject: 'Suggested answer for your question',
    date: d('2026-01-26 18:55:12', '+0000'),
    enc: 'ascii7',
    text: `This answer was generated by AI and may contain mistakes.

To combine two AWS Certification accounts, sign in to the account you want to keep, open your profile and choose Merge Accounts. You will need the sign-in details of the other account.
If the tool tells you the accounts cannot be merged, select "Create case" and an agent will help.

Did this answer your question?`,
  }),
  e({
    slug: 'en-ai-after-merge-explainer',
    kind: 'ai_answer',
    caseId: null,
    trap: true,
    note: 'automated answer explaining what happens after a merge (badges re-issued, vouchers carried over); no event',
    from: NOTIFY,
    to: N.keep,
    subject: 'Your automated answer from AWS Support',
    date: d('2026-02-03 06:08:41', '+0530'),
    enc: 'utf8qp',
    text: `Generated automatically — please verify before relying on it.

When two certification accounts are merged, exam history, active certifications and unused benefits from the secondary account appear under the primary account. Credly badges are normally re-issued to the primary account's email after the merge, and you accept them again on Credly.
Merges between accounts that both hold certifications are handled by an agent.

Still need help? Create a case.`,
  }),
  e({
    slug: 'en-ai-help-articles-html',
    kind: 'ai_answer',
    caseId: null,
    note: 'automatic help-article suggestions, multipart',
    from: NOTIFY,
    to: T.keep,
    subject: 'Articles that may help with your request',
    date: d('2026-02-23 10:33:18', '+0100'),
    enc: 'utf8b64',
    text: `Based on what you typed, these articles might help:

* Merging AWS Certification accounts
* Changing the email on your certification account
* Claiming a digital badge issued to another email

If none of them solve it, continue to create a case.`,
    html: page(`<p>Based on what you typed, these articles might help:</p><ul><li>Merging AWS Certification accounts</li><li>Changing the email on your certification account</li><li>Claiming a digital badge issued to another email</li></ul><p>If none of them solve it, continue to create a case.</p>`),
  }),
  e({
    slug: 'en-ai-lookalike-authserv',
    kind: 'ai_answer',
    caseId: null,
    trusted: false,
    auth: 'lookalikeServer',
    note: 'AI-answer text; the top A-R comes from mx.test.example.mailhub-relay.net, not our server; untrusted',
    from: NOTIFY,
    to: N.keep,
    subject: 'Suggested answer for your question',
    date: d('2026-02-02 23:19:05', '+0530'),
    enc: 'ascii7',
    text: `This response was produced automatically.

You can merge your accounts yourself from your profile page. Sign in with both sets of credentials at the link below to continue.`,
  }),
  e({
    slug: 'en-ai-automated-response-selfservice',
    kind: 'ai_answer',
    caseId: null,
    note: 'automated response suggesting self-service before contacting an agent',
    from: NOTIFY,
    to: N.keep,
    subject: 'Automated response: certification account help',
    date: d('2026-02-03 06:07:55', '+0530'),
    enc: 'ascii7',
    text: `Automated response

From your description, you may be able to combine the two profiles yourself. Only one certification account per person is allowed, so the portal offers a merge option under your profile.
An agent is only needed when both profiles contain certifications.

- AWS Support virtual assistant`,
  }),

  // ================= info_request (6) =================
  e({
    slug: 'en-info-ids-and-survivor',
    kind: 'info_request',
    caseId: ID.declan,
    note: 'asks for both candidate IDs, the login emails and which account survives',
    from: FORM,
    to: dTo,
    subject: subj(ID.declan),
    date: d('2026-01-27 14:20:45', '+0000'),
    enc: 'ascii7',
    text: `Hello Declan,

Happy to help with this. So that we merge the right records, we'll need:

1) the canidate ID of each account,
2) the email you sign in with on each, and
3) which of the two should remain active afterwards.

Just reply on this thread with those details.

Best,
Siobhan
AWS Training and Certification Customer Support

${sfRef('1Xr72PqL')}

${sfBlock(D.keep, '1/26/2026 7:01 PM', 'AWS Training and Certification Form Submission')}

${D_REQ}`,
  }),
  e({
    slug: 'en-info-second-address-outlook',
    kind: 'info_request',
    caseId: ID.ananya,
    note: 'asks for the second account\'s email without the word "please"; Outlook quote below',
    from: FORM,
    to: nTo,
    subject: subj(ID.ananya),
    date: d('2026-02-04 11:52:19', '+0530'),
    enc: 'utf8qp',
    text: `Hi Ananya,

Thanks for the details. Could you tell us which email address was used to register the secondary account? The Tessera Labs address you mentioned doesn't match any profile on our side, so it may have been entered slightly differently.

Rahul
AWS Training & Certification Support

${outlookEn(`${N.name} <${N.keep}>`, 'Tuesday, February 3, 2026 6:13 AM', FORM_BARE, subj(ID.ananya, ''))}

${N_REQ}`,
  }),
  e({
    slug: 'en-info-confirm-name-and-last-exam',
    kind: 'info_request',
    caseId: ID.tomas,
    trap: true,
    note: '"please confirm" the full name and the last exam date on each account: an information request',
    from: FORM,
    to: tTo,
    subject: subj(ID.tomas),
    date: d('2026-02-24 09:17:36', '+0100'),
    enc: 'ascii7',
    text: `Dear Tomas,

To verify that both accounts belong to you, please confirm the full legal name on each profile and the date of the most recent exam taken on each.

Once we have that we can move forward.

Regards,
Marta
AWS Training and Certification`,
  }),
  e({
    slug: 'en-info-still-need-notification-addr',
    kind: 'info_request',
    caseId: ID.declan,
    note: 'still missing the certification notification address; Gmail-quoted earlier exchange below',
    from: FORM,
    to: dTo,
    subject: subj(ID.declan),
    date: d('2026-01-28 10:03:12', '+0000'),
    enc: 'ascii7',
    text: `Hi Declan,

Thanks - we have both IDs now. One thing is still outstanding: the address that receives your certification notifications on the old profile. It may differ from the sign-in email.

Siobhan

${gmailEn('Tue, Jan 27, 2026 at 9:48 PM', D.name, D.keep)}
> Hi Siobhan,
> ${D.srcId} is the old one, ${D.keepId} should stay. Sign-in emails are ${D.src} and ${D.keep}.
> Declan
>
${q(gmailEn('Tue, Jan 27, 2026 at 2:20 PM', 'AWS Training and Certification', FORM_BARE))}
>> Hello Declan,
>> Happy to help with this. So that we merge the right records, we'll need:`,
  }),
  e({
    slug: 'en-info-phish-dmarc-fail',
    kind: 'info_request',
    caseId: ID.ananya,
    trusted: false,
    auth: 'fail',
    note: 'asks to "verify" both logins through a link; dmarc=fail; untrusted',
    from: FORM,
    to: N.keep,
    subject: subj(ID.ananya),
    date: d('2026-02-04 02:41:09', '+0530'),
    enc: 'ascii7',
    text: `Dear candidate,

Before we can process your request we need you to re-enter the password of both certification accounts using the secure form below. Requests without verification are cancelled after 24 hours.

AWS Support Team`,
  }),
  e({
    slug: 'en-info-html-two-details-other-person',
    kind: 'info_request',
    caseId: ID.ananya,
    forUser: false,
    note: 'HTML-only info request sent to a mistyped address (mailhub.example.com, not the user\'s domain): not delivered to the user',
    from: FORM,
    to: 'Ananya Rao <ananya.rao@mailhub.example.com>',
    subject: subj(ID.ananya),
    date: d('2026-02-04 11:55:40', '+0530'),
    enc: 'utf8b64',
    html: page(`<p>Hi Ananya,</p>
<p>A couple of details before we can proceed:</p>
<ul><li>The candidate ID shown on the secondary account (it starts with AWS)</li>
<li>Whether any exam is currently booked on that account</li></ul>
<p>Reply here with both and we'll take it from there.</p>
<p>Rahul<br>AWS Training &amp; Certification Support</p>`),
  }),

  // ================= confirmation_request (5) =================
  e({
    slug: 'en-conf-reply-i-agree',
    kind: 'confirmation_request',
    caseId: ID.declan,
    note: 'asks for "I agree" because the merge cannot be reversed',
    from: FORM,
    to: dTo,
    subject: subj(ID.declan),
    date: d('2026-01-29 15:36:28', '+0000'),
    enc: 'ascii7',
    text: `Hi Declan,

Everything checks out. Here's what will happen:

  Kept:    ${D.keepId} (${D.keep})
  Retired: ${D.srcId} (${D.src})

This is permanent - a merged account can't be split again afterwards. If you're sure, reply with "I agree" and we'll schedule it.

Siobhan`,
  }),
  e({
    slug: 'en-conf-salesforce-thread',
    kind: 'confirmation_request',
    caseId: ID.ananya,
    note: 'consent request on top of a Salesforce-style quoted thread',
    from: FORM,
    to: nTo,
    subject: subj(ID.ananya),
    date: d('2026-02-05 16:08:51', '+0530'),
    enc: 'utf8qp',
    text: `Hi Ananya,

Found it — the secondary profile was registered to ananya.r@tesseralabs.example. We're ready to combine it into ${N.keepId}.

Because the secondary profile is deactivated for good once the merge runs, we need your written go-ahead first. A short reply saying you consent is enough.

Rahul

${sfBlock(N.keep, '2/4/2026 8:30 PM', subj(ID.ananya))}

Hi Rahul, I think I used ananya.r@tesseralabs.example. Thanks!

${sfBlock(FORM_BARE, '2/4/2026 11:52 AM', subj(ID.ananya))}

Hi Ananya, Thanks for the details. Could you tell us which email address was used to register the secondary account?`,
  }),
  e({
    slug: 'en-conf-happy-to-go-ahead',
    kind: 'confirmation_request',
    caseId: ID.tomas,
    note: 'consent asked without the word confirm: "if you\'re happy for us to go ahead, just reply"',
    from: FORM,
    to: tTo,
    subject: subj(ID.tomas),
    date: d('2026-02-25 13:45:09', '+0100'),
    enc: 'ascii7',
    text: `Dear Tomas,

Thanks, both profiles are verified. We'd move your university account ${T.srcId} into ${T.keepId}; the university login stops working after that and we can't undo it.

If you're happy for us to go ahead, just reply to this email.

Marta`,
  }),
  e({
    slug: 'en-conf-misaligned',
    kind: 'confirmation_request',
    caseId: ID.tomas,
    trusted: false,
    auth: 'misaligned',
    note: 'consent request signed by an unrelated bulk domain, dmarc=fail; untrusted',
    from: FORM,
    to: T.keep,
    subject: subj(ID.tomas),
    date: d('2026-02-25 04:12:44', '+0100'),
    enc: 'ascii7',
    text: `Dear Tomas,

Please approve the account merge by clicking "Approve" on the page below within 12 hours, otherwise your request will be rejected.

AWS Training and Certification`,
  }),
  e({
    slug: 'en-conf-explicit-consent-multipart',
    kind: 'confirmation_request',
    caseId: ID.declan,
    note: 'multipart; "before we action this we need your explicit consent"',
    from: FORM,
    to: dTo,
    subject: subj(ID.declan, 'Re: '),
    date: d('2026-01-29 15:40:02', '+0000'),
    enc: 'utf8qp',
    text: `Hi again Declan,

Just to add: before we action this we need your explicit consent on record, as the merge is irreversible and your Brightgate profile (${D.srcId}) will be closed. A one-line reply is fine.

Siobhan`,
    html: page(paras(`Hi again Declan,

Just to add: before we action this we need your explicit consent on record, as the merge is irreversible and your Brightgate profile (${D.srcId}) will be closed. A one-line reply is fine.

Siobhan`)),
  }),

  e({
    slug: 'en-conf-english-to-japanese-customer',
    kind: 'confirmation_request',
    caseId: ID.shun,
    note: 'support answers a Japanese customer in English (common in practice) and asks for consent; his Japanese request quoted',
    from: FORM,
    to: `${SHUN.en} <${SHUN.keep}>`,
    subject: subj(ID.shun),
    date: d('2026-04-17 09:21:30', '+0900'),
    enc: 'utf8qp',
    text: `Dear Shunsuke,

Thank you for the information. We are ready to merge ${SHUN.srcId} into ${SHUN.keepId}.
Please note the merge is final: the old account cannot be restored afterwards.
Kindly reply to let us know you agree, and we will proceed.

Best regards,
Miyake
AWS Training and Certification Customer Support

2026年4月16日(木) 20:44 ${SHUN.ja} <${SHUN.keep}>:
> 三宅様
> Skill Builder も通知先も ${SHUN.keep} で同じです。`,
  }),

  // ================= merge_completed (5) =================
  e({
    slug: 'en-merged-surviving-account',
    kind: 'merge_completed',
    caseId: ID.declan,
    note: 'support: merged, the kept ID is the surviving account',
    from: FORM,
    to: dTo,
    subject: subj(ID.declan),
    date: d('2026-02-02 11:27:15', '+0000'),
    enc: 'ascii7',
    text: `Hi Declan,

Good news - your accounts have now been merged. ${D.keepId} is the surviving profile and holds the certifications from ${D.srcId}.

Have a look when you get a chance and let us know if anything is missing.

Siobhan

${gmailEn('Thu, Jan 29, 2026 at 6:02 PM', D.name, D.keep)}
> I agree. Thanks!`,
  }),
  e({
    slug: 'en-merged-portal-notice',
    kind: 'merge_completed',
    caseId: null,
    note: 'the certification portal\'s own notice that the accounts have been merged (no case ID)',
    from: CERT_PORTAL,
    to: T.keep,
    subject: 'Your AWS Certification accounts have been merged',
    date: d('2026-02-27 03:05:40', '+0100'),
    enc: 'utf8b64',
    text: `Hello Tomas Novak,

Certification account ${T.srcId} has been merged into ${T.keepId}. Use ${T.keepId} for future sign-ins, exam registrations and benefits.

AWS Certification`,
    html: page(`<p>Hello Tomas Novak,</p><p>Certification account <b>${T.srcId}</b> has been merged into <b>${T.keepId}</b>. Use ${T.keepId} for future sign-ins, exam registrations and benefits.</p><p>AWS Certification</p>`),
  }),
  e({
    slug: 'en-merged-consolidated-closing',
    kind: 'merge_completed',
    caseId: ID.ananya,
    note: 'profiles consolidated and the case will now be closed: merge_completed (the new fact)',
    from: FORM,
    to: nTo,
    subject: subj(ID.ananya),
    date: d('2026-02-09 10:44:27', '+0530'),
    enc: 'utf8qp',
    text: `Hi Ananya,

We've consolidated your two profiles; CLF and SAA from the Tessera Labs account now sit under ${N.keepId}. I'll go ahead and close this case.

Rahul`,
  }),
  e({
    slug: 'en-merged-check-all-looks-right',
    kind: 'merge_completed',
    caseId: ID.tomas,
    note: 'merge done; "please check all looks right" stays merge_completed; Outlook quote of consent',
    from: FORM,
    to: tTo,
    subject: subj(ID.tomas),
    date: d('2026-02-27 14:30:51', '+0100'),
    enc: 'utf8b64',
    text: `Dear Tomas,

The merge is done. Could you sign in to ${T.keepId} and check that all looks right - certifications, exam history and your 50% voucher?

Marta

${outlookEn(`${T.name} <${T.keep}>`, 'Wednesday, February 25, 2026 6:02 PM', FORM_BARE, subj(ID.tomas))}

Yes, please go ahead.
Tomas`,
  }),
  e({
    slug: 'en-merged-freemail-display-name',
    kind: 'merge_completed',
    caseId: ID.declan,
    trusted: false,
    note: 'trusted-looking display name on a gmail.com address; passes only for gmail.com; untrusted',
    from: 'AWS Training & Certification <aws.training.cert.team@gmail.com>',
    to: D.keep,
    subject: `Merge completed - case ${ID.declan}`,
    date: d('2026-01-31 22:10:05', '+0000'),
    enc: 'ascii7',
    text: `Hello,

Your certification accounts were merged successfully. To keep your certifications active, confirm your identity and pay the EUR 15 processing fee within 48 hours.

AWS Training & Certification`,
  }),

  // ================= badges_transferred (6) =================
  e({
    slug: 'en-badge-credly-two-issued',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly: AWS issued two badges to the kept address after the merge',
    from: CREDLY_AWS,
    to: D.keep,
    subject: 'Amazon Web Services Training and Certification has issued you 2 badges',
    date: d('2026-02-04 07:12:44', '+0000'),
    enc: 'ascii7',
    text: `Declan,

Amazon Web Services Training and Certification has issued you the following badges:

  AWS Certified Solutions Architect - Associate
  AWS Certified Developer - Associate

Accept your badges to add them to your profile.

Accept your badges: https://www.credly.com/earner/earned

The Credly Team`,
  }),
  e({
    slug: 'en-badge-support-moved-closing',
    kind: 'badges_transferred',
    caseId: ID.declan,
    note: 'support announces the Credly badges were moved and closes the case',
    from: FORM,
    to: dTo,
    subject: subj(ID.declan),
    date: d('2026-02-04 09:30:17', '+0000'),
    enc: 'ascii7',
    text: `Hi Declan,

Following up on the badges: our team has moved both of your Credly badges across to ${D.keep}. You should already have Credly's emails inviting you to accept them.

With that sorted, I'm closing this case. Thanks for your patience.

Siobhan`,
  }),
  e({
    slug: 'en-badge-credly-reissued-html',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly HTML: AWS badge re-issued to this email',
    from: CREDLY_AWS,
    to: N.keep,
    subject: 'Your badge has been re-issued',
    date: d('2026-02-10 05:02:11', '+0530'),
    enc: 'utf8qp',
    text: `Hi Ananya,

Amazon Web Services Training and Certification re-issued your AWS Certified Solutions Architect – Associate badge to ${N.keep}.

Accept badge`,
    html: page(`<p>Hi Ananya,</p><p>Amazon Web Services Training and Certification re-issued your <b>AWS Certified Solutions Architect – Associate</b> badge to ${N.keep}.</p><p><a href="https://www.credly.com/earner/earned" style="background:#00857f;color:#fff;padding:10px 16px;text-decoration:none">Accept badge</a></p>`),
  }),
  e({
    slug: 'en-badge-support-all-four',
    kind: 'badges_transferred',
    caseId: ID.ananya,
    note: 'support: all four badges now appear on the kept address',
    from: FORM,
    to: nTo,
    subject: subj(ID.ananya),
    date: d('2026-02-11 12:19:45', '+0530'),
    enc: 'utf8qp',
    text: `Hi Ananya,

Quick update from our side: all four of your badges (CLF, SAA, DVA and the Security Specialty) now show against ${N.keep} on Credly. The old Tessera Labs email no longer holds any of them.

Rahul`,
  }),
  e({
    slug: 'en-badge-credly-transferred-resent',
    kind: 'badges_transferred',
    caseId: null,
    forUser: false,
    note: 'Credly notice that an AWS badge was transferred, redirected by the university server (Resent-*): not delivered to the user directly',
    from: CREDLY_AWS,
    to: T.src,
    subject: 'A badge has been transferred to your Credly account',
    date: d('2026-02-28 08:40:09', '+0100'),
    enc: 'ascii7',
    resent: { from: 'mailer-daemon@univ-brno.example.edu', to: 'alumni-forward@univ-brno.example.edu', date: d('2026-02-28 08:40:31', '+0100') },
    text: `Hi Tomas,

At the request of Amazon Web Services Training and Certification, the badge AWS Certified Cloud Practitioner has been transferred to your Credly account.

View your badge on Credly.`,
  }),
  e({
    slug: 'en-badge-forged-below',
    kind: 'badges_transferred',
    caseId: null,
    trusted: false,
    auth: 'forgedBelow',
    note: 'Credly badge mail whose pass result sits below the server\'s Received (forged); untrusted',
    from: CREDLY_AWS,
    to: N.keep,
    subject: 'Amazon Web Services Training and Certification has issued you 3 badges',
    date: d('2026-02-09 01:04:19', '+0530'),
    enc: 'ascii7',
    text: `Ananya,

Your 3 badges have been moved to this email. Sign in within 24 hours to keep them.

Accept your badges`,
  }),

  // ================= case_closed (5) =================
  e({
    slug: 'en-closed-notify-resolved',
    kind: 'case_closed',
    caseId: ID.tomas,
    note: 'AWS Support notification: case resolved',
    from: NOTIFY,
    to: T.keep,
    subject: `Case ${ID.tomas} has been resolved`,
    date: d('2026-03-02 08:00:14', '+0100'),
    enc: 'ascii7',
    text: `Your AWS Support case ${ID.tomas} was marked as resolved.

If the issue comes back, you can reopen the case from the Support Center for the next 14 days.

Amazon Web Services`,
  }),
  e({
    slug: 'en-closed-auto-72h',
    kind: 'case_closed',
    caseId: ID.tomas,
    note: 'no reply received; will auto-close in 72 hours',
    from: FORM,
    to: tTo,
    subject: subj(ID.tomas),
    date: d('2026-02-24 17:55:31', '+0100'),
    enc: 'ascii7',
    text: `Dear Tomas,

We havent heard back since our last mesage. If we don't get a reply within 72 hours, this case will close automatically.

Marta`,
  }),
  e({
    slug: 'en-closed-restates-merge',
    kind: 'case_closed',
    caseId: ID.declan,
    trap: true,
    note: 'closing that only restates the earlier merge (accounts merged on 2 February): case_closed',
    from: FORM,
    to: dTo,
    subject: subj(ID.declan),
    date: d('2026-02-10 09:12:40', '+0000'),
    enc: 'ascii7',
    text: `Hi Declan,

As your accounts were merged on 2 February and we haven't heard of any problems since, we're closing this case now.

Siobhan`,
  }),
  e({
    slug: 'en-closed-html-notice',
    kind: 'case_closed',
    caseId: ID.ananya,
    note: 'HTML-only notice that the case was closed',
    from: NOTIFY,
    to: N.keep,
    subject: 'Your AWS Support case was closed',
    date: d('2026-02-12 09:00:03', '+0530'),
    enc: 'utf8b64',
    html: page(`<p>Hello,</p><p>Case <b>${ID.ananya}</b> (AWS Training and Certification) is now <b>closed</b>.</p><p>To ask something new, open a new case from the Support Center.</p>`),
  }),
  e({
    slug: 'en-closed-other-authserv',
    kind: 'case_closed',
    caseId: ID.declan,
    trusted: false,
    auth: 'otherOnly',
    note: 'closing text with only a foreign (mx.google.com) A-R below our Received line; untrusted',
    from: FORM,
    to: D.keep,
    subject: subj(ID.declan),
    date: d('2026-02-06 21:40:55', '+0000'),
    enc: 'ascii7',
    text: `Hello,

This case has been closed. Thank you for contacting AWS Training and Certification.`,
  }),

  // ================= support_reply (6) =================
  e({
    slug: 'en-reply-passed-to-ops',
    kind: 'support_reply',
    caseId: ID.ananya,
    note: 'status: passed to certification operations, 3 to 5 business days',
    from: FORM,
    to: nTo,
    subject: subj(ID.ananya),
    date: d('2026-02-04 18:02:55', '+0530'),
    enc: 'ascii7',
    text: `Hi Ananya,

I've handed this to our certification operations team, who can see records we can't. They typically take 3-5 business days; I'll update you here as soon as I hear back.

Rahul

${origMsg(`${N.name} <${N.keep}>`, 'Wednesday, February 4, 2026 4:40 PM', FORM_BARE, subj(ID.ananya))}

Hi Rahul, it might also be anaya.r@tesseralabs.example, I had a typo in my email back then. Sorry!`,
  }),
  e({
    slug: 'en-reply-thanks-for-confirming',
    kind: 'support_reply',
    caseId: ID.declan,
    trap: true,
    note: 'thanks for confirming, request now with the backend team: status only',
    from: FORM,
    to: dTo,
    subject: subj(ID.declan),
    date: d('2026-01-30 08:44:21', '+0000'),
    enc: 'utf8qp',
    text: `Hi Declan,

Thanks for confirming — your request is now with the backend team who run the merge. I'll let you know the moment it's through.

Siobhan`,
  }),
  e({
    slug: 'en-reply-unable-exam-scheduled',
    kind: 'support_reply',
    caseId: ID.tomas,
    trap: true,
    note: 'negated: unable to merge while an exam is scheduled on the source account; asks nothing',
    from: FORM,
    to: tTo,
    subject: subj(ID.tomas),
    date: d('2026-02-24 12:33:08', '+0100'),
    enc: 'ascii7',
    text: `Dear Tomas,

We're unable to merge the profiles at the moment: the university account has an exam scheduled for 6 March. Merges are blocked while an appointment is open. We'll pick this up again after your exam.

Marta`,
  }),
  e({
    slug: 'en-reply-write-from-kept-address',
    kind: 'support_reply',
    caseId: ID.ananya,
    trap: true,
    note: 'asks only to write from the address on the kept account (no data requested): support_reply',
    from: FORM,
    to: `${N.name} <${N.src}>`,
    subject: subj(ID.ananya),
    date: d('2026-02-03 15:10:29', '+0530'),
    enc: 'ascii7',
    text: `Hi Ananya,

For security reasons we can only act on requests sent from the email on the account you're keeping. Would you mind writing to us again from that address?

Rahul`,
  }),
  e({
    slug: 'en-reply-duplicate-cases-merged',
    kind: 'support_reply',
    caseId: ID.declan,
    trap: true,
    note: '"we merged your duplicate cases": about cases, not the account merge',
    from: FORM,
    to: dTo,
    subject: subj(ID.declan),
    date: d('2026-01-27 09:05:50', '+0000'),
    enc: 'ascii7',
    text: `Hi Declan,

You reached us twice about the same thing, so we've merged the two cases into this one (${ID.declan}). Please keep replies on this thread.

Siobhan`,
  }),
  e({
    slug: 'en-reply-once-merged-badges-will',
    kind: 'support_reply',
    caseId: ID.tomas,
    trap: true,
    note: 'future: "once the merge has been completed, your badges will be re-issued"',
    from: FORM,
    to: tTo,
    subject: subj(ID.tomas, 'Re: '),
    date: d('2026-02-26 10:20:47', '+0100'),
    enc: 'ascii7',
    text: `Dear Tomas,

Thanks for your reply. Once the merge has been completed, your badges will be re-issued to ${T.keep} and you'll get a Credly email for each. Nothing to do until then.

Marta`,
  }),

  // ================= unrelated (18) =================
  e({
    slug: 'en-un-colleague-bottom-posted-mobile',
    kind: 'unrelated',
    caseId: null,
    trusted: false,
    trap: true,
    note: 'ex-colleague\'s bottom-posted phone reply asking whether the badges moved: a question, not news',
    from: 'Niamh Kelly <niamh.kelly@brightgate.example.com>',
    to: D.keep,
    subject: 'Re: certs after you left',
    date: d('2026-02-05 20:14:09', '+0000'),
    enc: 'ascii7',
    text: `${gmailEn('Thu, Feb 5, 2026 at 7:50 PM', D.name, D.keep)}
> Support merged my two cert accounts this week, finally. Worth doing before
> your Brightgate email gets switched off.

Nice one! did the credly badges come across too or did you have to chase them?
Im in the same boat, might open a case tmrw

Sent from my phone`,
  }),
  e({
    slug: 'en-un-microsoft-badge',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'Microsoft badge via Credly: another issuer',
    from: credly('Microsoft'),
    to: D.keep,
    subject: 'Microsoft has issued you a badge',
    date: d('2026-02-15 16:22:10', '+0000'),
    enc: 'ascii7',
    text: `Declan,

Microsoft has issued you the badge Microsoft Certified: Azure Administrator Associate.

Accept your badge

The Credly Team`,
  }),
  e({
    slug: 'en-un-credly-merge-code',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'Credly\'s own account-merge authorization code',
    from: CREDLY_SELF,
    to: N.src,
    subject: 'Complete your account merge',
    date: d('2026-02-10 19:40:22', '+0530'),
    enc: 'ascii7',
    text: `Someone asked to merge this Credly account into another one.

Authorization code: 730158

Enter the code on Credly to complete the merge. All accepted and pending badges will be added to the default account. If this wasn't you, ignore this email.`,
  }),
  e({
    slug: 'en-un-cisco-badge-reissued',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'a Cisco badge re-issued via Credly: another issuer',
    from: credly('Cisco'),
    to: T.keep,
    subject: 'Your Cisco badge has been re-issued',
    date: d('2026-03-04 11:11:11', '+0100'),
    enc: 'ascii7',
    text: `Hi Tomas,

Cisco has re-issued your CCNA badge to this email address. Your previous badge was revoked.

Accept your badge`,
  }),
  e({
    slug: 'en-un-aws-badge-expiring',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'Credly reminder that an AWS badge expires in 30 days: not a transfer',
    from: CREDLY_AWS,
    to: D.keep,
    subject: 'Your badge expires in 30 days',
    date: d('2026-04-01 06:00:00', '+0000'),
    enc: 'ascii7',
    text: `Declan,

Your AWS Certified Developer - Associate badge expires on 1 May 2026. After that date it will show as expired on your profile.

Visit the issuer's site to learn about recertification.`,
  }),
  e({
    slug: 'en-un-lf-badge-accepted',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'Credly: badge from The Linux Foundation accepted and added to profile',
    from: credly('The Linux Foundation'),
    to: N.keep,
    subject: "You've accepted your badge",
    date: d('2026-03-01 13:25:30', '+0530'),
    enc: 'ascii7',
    text: `Ananya,

You accepted Certified Kubernetes Application Developer (CKAD) from The Linux Foundation. It's now on your public profile.

Share it on LinkedIn`,
  }),
  e({
    slug: 'en-un-voucher-benefit',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: '50% exam voucher added to the account as a benefit',
    from: CERT_PORTAL,
    to: T.keep,
    subject: 'A new benefit is waiting in your AWS Certification account',
    date: d('2026-03-09 12:00:00', '+0100'),
    enc: 'ascii7',
    text: `Hello Tomas,

Congratulations on your new certification. A 50% discount voucher for your next AWS Certification exam has been added to your account. Open Benefits to generate the code.

AWS Certification`,
  }),
  e({
    slug: 'en-un-recert-60-days',
    kind: 'unrelated',
    caseId: null,
    note: 'recertification reminder',
    from: CERT_PORTAL,
    to: N.keep,
    subject: 'Your AWS Certification expires in 60 days',
    date: d('2026-03-20 09:00:00', '+0530'),
    enc: 'ascii7',
    text: `Hello Ananya,

AWS Certified Cloud Practitioner expires on 19 May 2026. To stay certified, pass the current version of the exam (or a higher-level one) before then.

AWS Certification`,
  }),
  e({
    slug: 'en-un-pearson-confirmed',
    kind: 'unrelated',
    caseId: null,
    trusted: false,
    trap: true,
    note: 'Pearson VUE appointment confirmation: test vendor, untrusted domain',
    from: PEARSON,
    to: T.src,
    subject: 'Confirmation of your AWS exam appointment',
    date: d('2026-02-20 16:45:31', '+0100'),
    enc: 'ascii7',
    text: `Dear Tomas Novak,

Your appointment is confirmed.

Exam: DVA-C02 AWS Certified Developer - Associate
Date: Friday, 6 March 2026, 09:00 CET
Location: Brno Test Centre
Registration ID: 502216648

Pearson VUE`,
  }),
  e({
    slug: 'en-un-pearson-score',
    kind: 'unrelated',
    caseId: null,
    trusted: false,
    note: 'Pearson VUE: score report available',
    from: PEARSON,
    to: T.keep,
    subject: 'Your score report is available',
    date: d('2026-03-07 10:02:15', '+0100'),
    enc: 'ascii7',
    text: `Dear Tomas Novak,

The score report for your recent exam is now available in your Pearson VUE account under Exam History.

Pearson VUE`,
  }),
  e({
    slug: 'en-un-psi-rescheduled',
    kind: 'unrelated',
    caseId: null,
    trusted: false,
    note: 'PSI: exam rescheduled',
    from: PSI,
    to: D.keep,
    subject: 'Your exam has been rescheduled',
    date: d('2026-03-11 14:19:26', '+0000'),
    enc: 'ascii7',
    text: `Hello Declan,

Your exam has been moved to 24 March 2026, 14:00 GMT. Booking reference: PSI-4418-2207.

PSI Services`,
  }),
  e({
    slug: 'en-un-skillbuilder-digest',
    kind: 'unrelated',
    caseId: null,
    note: 'Skill Builder learning digest, HTML multipart',
    from: SKILLB,
    to: N.keep,
    subject: 'Your weekly AWS Skill Builder digest',
    date: d('2026-02-16 08:00:00', '+0530'),
    enc: 'utf8qp',
    text: `This week on Skill Builder
- New lab: Build a RAG app with Amazon Bedrock
- Exam prep: Solutions Architect – Professional
- You're 60% through "Security Fundamentals"`,
    html: page(`<h3>This week on Skill Builder</h3><ul><li>New lab: Build a RAG app with Amazon Bedrock</li><li>Exam prep: Solutions Architect – Professional</li><li>You're 60% through "Security Fundamentals"</li></ul>`),
  }),
  e({
    slug: 'en-un-reinvent-registration-complete',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'event registration complete: an AWS event mail',
    from: AWS_EVENTS,
    to: D.keep,
    subject: 'Your AWS re:Invent registration is complete',
    date: d('2026-05-05 17:30:00', '+0000'),
    enc: 'ascii7',
    text: `Hi Declan,

Your registration is complete. Certified attendees get access to the AWS Certification Lounge - bring your digital badge.

See you in Las Vegas,
AWS Events`,
  }),
  e({
    slug: 'en-un-quota-case-received',
    kind: 'unrelated',
    caseId: ID.declanQuota,
    trap: true,
    note: 'an AWS Support case about an EC2 quota (not the merge): receipt wording on another topic',
    from: NOTIFY,
    to: D.keep,
    subject: `[Case ${ID.declanQuota}] Service quota increase: EC2 On-Demand instances`,
    date: d('2026-03-02 10:15:44', '+0000'),
    enc: 'ascii7',
    text: `Hello,

We received your request to raise the Running On-Demand Standard instances quota in eu-west-1 and opened case ${ID.declanQuota}.

Amazon Web Services`,
  }),
  e({
    slug: 'en-un-billing-payment-processed',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'billing: payment processed',
    from: NOTIFY,
    to: N.keep,
    subject: 'Your AWS payment has been processed',
    date: d('2026-03-03 07:40:08', '+0530'),
    enc: 'ascii7',
    text: `Hello,

We have completed processing your payment of USD 42.17 for the February 2026 invoice. No further action is required.

Amazon Web Services`,
  }),
  e({
    slug: 'en-un-hr-reimbursement',
    kind: 'unrelated',
    caseId: null,
    trusted: false,
    trap: true,
    note: 'HR asks for the certificate to reimburse the exam fee',
    from: 'People Team <people@brightgate.example.com>',
    to: D.src,
    subject: 'Exam fee reimbursement - certificate needed',
    date: d('2026-01-20 11:02:00', '+0000'),
    enc: 'ascii7',
    text: `Hi Declan,

Before your last day, please send us the PDF certificate for your AWS exam so we can close out the reimbursement. Please confirm the exam date as well.

People Team`,
  }),
  e({
    slug: 'en-un-own-reply-i-agree',
    kind: 'unrelated',
    caseId: ID.declan,
    trusted: false,
    trap: true,
    note: 'the user\'s own consent reply (copied to himself): his own mail',
    from: dTo,
    to: FORM_BARE,
    cc: D.keep,
    subject: subj(ID.declan),
    date: d('2026-01-29 18:02:11', '+0000'),
    enc: 'ascii7',
    text: `I agree. Thanks!

Declan

${gmailEn('Thu, Jan 29, 2026 at 3:36 PM', 'AWS Training and Certification', FORM_BARE)}
> Hi Declan,
>
> Everything checks out. Here's what will happen:
> This is permanent - a merged account can't be split again afterwards. If you're sure, reply with "I agree" and we'll schedule it.`,
  }),
  e({
    slug: 'en-un-survey-resolved',
    kind: 'unrelated',
    caseId: ID.tomas,
    trap: true,
    note: 'survey "Was your issue resolved?"',
    from: NOTIFY,
    to: T.keep,
    subject: `How did we do on case ${ID.tomas}?`,
    date: d('2026-03-03 09:00:00', '+0100'),
    enc: 'ascii7',
    text: `Hello,

Was your issue resolved? Tell us about your experience with case ${ID.tomas} - it takes about a minute.

Amazon Web Services`,
  }),
];
