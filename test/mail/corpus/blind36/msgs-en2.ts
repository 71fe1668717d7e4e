// Set "ai", English messages, part 2: automated answers, status notices, portal and Credly mail,
// forgeries, misdelivered mail and the other matters a user has open at the same time.
import { type Msg } from './lib.js';
import {
  C, FORM, FORM_BARE, NOREPLY, SUPCENTER, CERT, CREDLY_AWS, formSubj, formSubjNew, mk, utc, pdt, cet, quote,
  gmailEn, outlookEn, origMsg, sfEn, fwdEn, sfRef, paras, htmlDoc, htmlWithQuote, who,
  OKAFOR, SOFIA, RAJ, ITO, KATO, REQ_OKAFOR, REQ_SOFIA, REQ_RAJ2,
} from './common.js';

const O = OKAFOR;
const S = SOFIA;
const R = RAJ;

export const EN2: Msg[] = [
  // ---------------- automated answers ----------------
  mk({
    slug: 'ai-once-merged-badges', kind: 'ai_answer', lang: 'en', trusted: true, caseId: null, trap: true,
    note: 'AI answer describing what happens after a merge; still an automated suggestion',
    from: NOREPLY, to: R.keep, subject: 'Suggested answer (AI-generated, beta)', date: utc('2026-06-15 06:26:40'), enc: 'utf8qp',
    text: `AI-generated response (beta)

Once two certification accounts are merged, certifications, exam history and benefits from the source account appear on the destination account, and the source login is deactivated. Badges are then re-issued through Credly to the destination email address.

To merge, try the Merge Accounts tool first. If it reports that both accounts have certifications, choose "Create case".

Was this answer helpful?`,
  }),
  mk({
    slug: 'ai-virtual-assistant', kind: 'ai_answer', lang: 'en', trusted: true, caseId: null, trap: false,
    note: 'virtual assistant transcript pointing at self-service',
    from: SUPCENTER, to: S.keep, subject: 'Your conversation with the AWS Support virtual assistant', date: utc('2026-10-09 07:40:12'), enc: 'ascii7', auth: 'dkimonly',
    text: `Transcript

You: I have two certification accounts and want one
Assistant: You can combine accounts using the self-service Merge Accounts option in your certification profile. Sign in with the account you want to keep, then enter the other account's details.
Assistant: If the tool can't help, I can connect you with an agent by creating a case.

This conversation was handled by an automated assistant.`,
  }),
  mk({
    slug: 'ai-html-only-en', kind: 'ai_answer', lang: 'en', trusted: true, caseId: null, trap: false,
    note: 'HTML-only generated answer',
    from: NOREPLY, to: O.keep, subject: 'Answer generated for your question', date: utc('2026-07-06 15:15:30'), enc: 'utf8b64',
    html: htmlDoc(`<div>
<p><i>This answer was produced by generative AI.</i></p>
<ul><li>Sign in to the AWS Certification portal with the profile you intend to keep.</li>
<li>Go to Profile &gt; Merge Accounts and follow the prompts.</li>
<li>Accounts that both hold certifications can't be combined by the tool; contact us instead.</li></ul>
<p><a href="https://support.aws.amazon.com/#/contacts/aws-training">Still need help? Create a case</a></p>
</div>`, 'en'),
  }),
  mk({
    slug: 'ai-no-ar-en', kind: 'ai_answer', lang: 'en', trusted: false, caseId: null, trap: false,
    note: 'automated suggestion with no Authentication-Results header',
    from: NOREPLY, to: R.keep, subject: 'Automated reply: AWS Certification question', date: utc('2026-06-01 04:40:00'), enc: 'ascii7', auth: 'none',
    text: `This is an automated reply based on your question.

Most duplicate-account situations can be fixed with the Merge Accounts tool in your certification profile. If that isn't possible, please create a support case.`,
  }),
  mk({
    slug: 'ai-reopen-suggestions', kind: 'ai_answer', lang: 'en', trusted: true, caseId: null, trap: false,
    note: 'automated article suggestions while re-filing a closed request',
    from: NOREPLY, to: R.keep, subject: 'Before you open a new case', date: utc('2026-06-15 06:25:02'), enc: 'utf8qp',
    text: `Based on what you typed, these articles might help (selected automatically):

  * Merging AWS Certification accounts
  * Why can't I see my certification after a merge?
  * Claiming AWS badges on Credly

If none of these answer your question, continue to create your case.`,
  }),

  // ---------------- more requests and consents ----------------
  mk({
    slug: 'info-confirm-worded', kind: 'info_request', lang: 'en', trusted: true, caseId: C.sofia1, trap: true,
    note: '"please confirm the address you keep" asks for information, not consent',
    from: FORM, to: S.keep, subject: formSubj(C.sofia1), date: cet('2026-10-11 09:12:00'), enc: 'ascii7',
    text: `Hi Sofia,

One more thing before I can go further: please confirm the email address you'd like to keep for signing in afterwards, and whether the Skill Builder account should use the same one.

Lukas`,
  }),
  mk({
    slug: 'info-pending-status', kind: 'info_request', lang: 'en', trusted: true, caseId: C.okafor1, trap: false,
    note: 'pending-customer-action notice quoting the agent question',
    from: NOREPLY, to: O.keep, subject: `Case ${C.okafor1}: response needed`, date: utc('2026-07-08 08:04:01'), enc: 'utf8qp',
    text: `Status: Pending customer action

New correspondence on your case:
"Would you mind sending once more the candidate IDs of both profiles and the sign-in address of the Northwind one?"

Reply to this email to respond.`,
  }),
  mk({
    slug: 'consent-asked-twice', kind: 'confirmation_request', lang: 'en', trusted: true, caseId: C.raj2, trap: false,
    note: 'consent asked again because the first reply came from the other address',
    from: FORM, to: R.keep, subject: formSubj(C.raj2), date: utc('2026-06-20 05:31:44'), enc: 'utf8b64',
    text: `Hi Raj,

I did get a "yes" from you, but it came from ${R.src}, the account that will be closed. For security I can only accept agreement from the account being kept. Could you reply from ${R.keep} confirming once more that you want the merge to go ahead? It can't be reversed.

Nisha

${gmailEn('On Fri, Jun 19, 2026 at 10:20 AM Raj Mehta', `<${R.src}>`, 'Yes I confirm, please go ahead with the merge.')}`,
  }),
  mk({
    slug: 'consent-utf8-8bit', kind: 'confirmation_request', lang: 'en', trusted: true, caseId: '1794417730', trap: false,
    note: 'later case about a leftover Skill Builder profile: consent asked (8bit UTF-8, curly quotes)',
    from: FORM, to: O.keep, subject: formSubj('1794417730'), date: utc('2026-11-25 10:00:00'), enc: 'utf88bit',
    text: `Hi Daniel,

You wrote in again about the Skill Builder profile that still shows your Northwind address. Merging that certification stub into ${O.keepId} is the same one-way operation as before — once it’s done, there’s no undoing it. Reply “I agree” if you’d like us to proceed.

Aoife`,
  }),

  // ---------------- completions ----------------
  mk({
    slug: 'portal-merged-en', kind: 'merge_completed', lang: 'en', trusted: true, caseId: null, trap: false,
    note: 'certification portal notice of a merge, no case ID',
    from: CERT, to: S.keep, subject: 'Your AWS Certification accounts have been merged', date: utc('2026-10-30 15:16:10'), enc: 'ascii7',
    text: `Hello Sofia,

Your AWS Certification account has been merged with another account. From now on, sign in with ${S.keep}. Your certifications, benefits and exam history are all listed there.

If you did not request this change, contact AWS Training and Certification Support.`,
    html: htmlDoc(`<p>Hello Sofia,</p><p>Your AWS Certification account has been merged with another account. From now on, sign in with ${S.keep}. Your certifications, benefits and exam history are all listed there.</p><p>If you did not request this change, contact AWS Training and Certification Support.</p>`, 'en'),
  }),
  mk({
    slug: 'merged-partial-html', kind: 'merge_completed', lang: 'en', trusted: true, caseId: '1794417730', trap: false,
    note: 'HTML reply: certifications moved, benefits pending; Gmail quote block',
    from: FORM, to: 'd.okafor@example.org', subject: formSubj('1794417730'), date: utc('2026-11-27 16:05:42'), enc: 'utf8b64',
    html: htmlWithQuote(`Hi Daniel,

The Skill Builder stub has been merged into ${O.keepId}; your certifications are all in one place now. Your benefits list may look empty for a day or two while it refreshes.

Aoife`, `On Wed, Nov 25, 2026, Daniel Okafor wrote:
I agree.`, 'en'),
  }),
  mk({
    slug: 'merged-lf-typos', kind: 'merge_completed', lang: 'en', trusted: true, caseId: C.sofia1, trap: false,
    note: 'short completion with typos, LF line ends, ID only in the subject',
    from: FORM, to: S.keep, subject: formSubj(C.sofia1), date: utc('2026-10-30 15:20:03'), enc: 'ascii7', crlf: false,
    text: `Hi Sofia - sorry, forgot to add: the merge is finsihed on our side, your old profile is now deactiavted.
L.`,
  }),
  mk({
    slug: 'dmarc-fail-merged', kind: 'merge_completed', lang: 'en', trusted: false, caseId: C.raj2, trap: false,
    note: 'completion claim failing DMARC for amazon.com',
    from: FORM, to: R.keep, subject: formSubj(C.raj2), date: utc('2026-06-21 22:22:22'), enc: 'ascii7', auth: 'fail', relay: 'mail.bulk-notify.example',
    text: `Dear customer,

Your account merge is complete. To keep access to your certifications, verify your payment details within 24 hours:
https://aws-cert-billing.example.org/verify

AWS Training and Certification`,
  }),

  // ---------------- badges ----------------
  mk({
    slug: 'credly-reissued-html', kind: 'badges_transferred', lang: 'en', trusted: true, caseId: null, trap: false,
    note: 'Credly HTML mail: AWS badges now on the kept address',
    from: CREDLY_AWS, to: R.keep, subject: 'Your badges have been added to your Credly account', date: utc('2026-06-27 18:44:10'), enc: 'utf8qp',
    html: htmlDoc(`<p>Hi Raj,</p>
<p>Amazon Web Services Training and Certification has issued 2 badges to <b>${R.keep}</b>:</p>
<ul><li>AWS Certified Solutions Architect - Associate</li><li>AWS Certified SysOps Administrator - Associate</li></ul>
<p><a href="https://www.credly.com/users/raj-mehta/badges">View your badges</a></p>`, 'en'),
  }),
  mk({
    slug: 'support-remaining-badges', kind: 'badges_transferred', lang: 'en', trusted: true, caseId: C.okafor1, trap: false,
    note: 'support: the remaining badges now show in the Credly wallet',
    from: FORM, to: O.keep, subject: formSubj(C.okafor1), date: utc('2026-07-21 10:45:19'), enc: 'utf8qp',
    text: `Hi Daniel,

Following your note that only one badge came through: the other two (Solutions Architect - Associate and Cloud Practitioner) have now been attached to your Credly account under ${O.keep}. You should see all three in your wallet.

Aoife

${outlookEn(`${O.name} <${O.keep}>`, 'Monday, July 20, 2026 7:55 PM', 'aws-cs-trainingcertification-form@amazon.com', formSubj(C.okafor1), 'Only the DevOps badge arrived. Where are the other two?')}`,
  }),
  mk({
    slug: 'raj-badges-chased', kind: 'badges_transferred', lang: 'en', trusted: true, caseId: C.raj2, trap: false,
    note: 'support chased Credly and the badges moved',
    from: FORM, to: R.keep, subject: formSubj(C.raj2), date: utc('2026-06-26 08:08:41'), enc: 'ascii7',
    text: `Hi Raj,

I chased this with Credly today; they've transferred your AWS badges to ${R.keep}. They should be visible on your Credly profile now.

Nisha`,
  }),
  mk({
    slug: 'credly-accept-plain', kind: 'badges_transferred', lang: 'en', trusted: true, caseId: null, trap: false,
    note: 'Credly plain-text "accept your badge" from AWS after merge',
    from: CREDLY_AWS, to: S.keep, subject: 'Sofia, accept your AWS Certified Solutions Architect - Professional badge', date: utc('2026-11-06 09:12:55'), enc: 'utf8b64',
    text: `Hi Sofia,

Amazon Web Services Training and Certification sent you a badge: AWS Certified Solutions Architect – Professional.

Accept your badge
https://www.credly.com/earner/earned/badge/a2c41e90-5f6b-4d8a-9c3e-71b0f2e6d415

Credly, 13601 Preston Road, Dallas, TX`,
  }),
  mk({
    slug: 'credly-lookalike-en', kind: 'badges_transferred', lang: 'en', trusted: false, caseId: null, trap: false,
    note: 'look-alike Credly domain announcing transferred badges',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-badges.net>', to: O.keep, subject: 'Your AWS badges were transferred', date: utc('2026-07-19 03:03:03'), enc: 'ascii7', auth: 'pass',
    text: `Hi Daniel,

Your AWS badges were transferred to your new account. Log in to claim them:
https://credly-badges.net/claim?u=okafor`,
  }),

  // ---------------- forgeries of other kinds ----------------
  mk({
    slug: 'phish-info-password', kind: 'info_request', lang: 'en', trusted: false, caseId: C.raj2, trap: false,
    note: 'phishing look-alike asking for credentials before the merge',
    from: 'AWS Training and Certification <support@aws-training-support.com>', to: R.keep, subject: formSubj(C.raj2), date: utc('2026-06-17 23:40:11'), enc: 'ascii7', auth: 'pass', relay: 'mail.aws-training-support.com',
    text: `Dear Raj,

To proceed with the merge we need to verify ownership. Reply with your sign-in password for both accounts and the last four digits of the card used for your exams.

AWS Training and Certification`,
  }),

  // ---------------- misdelivered ----------------
  mk({
    slug: 'resent-northwind', kind: 'support_reply', lang: 'en', trusted: true, forUser: false, caseId: C.okafor1, trap: false,
    note: "redirected by the old employer's mail system (Resent-*)",
    from: FORM, to: O.src, subject: formSubj(C.okafor1), date: utc('2026-07-10 11:11:11'), enc: 'ascii7',
    resent: { from: 'mailer@northwind.example.com', to: 'leavers-archive@northwind.example.com', date: utc('2026-07-10 11:12:40') },
    text: `Hi Daniel,

Still with Tier 2, no action needed from you yet.

Aoife`,
  }),
  mk({
    slug: 'to-other-person', kind: 'confirmation_request', lang: 'en', trusted: true, forUser: false, caseId: '1783305512', trap: false,
    note: 'consent request addressed to somebody else (a namesake)',
    from: FORM, to: 'raj.mehta@globex-partner.example', subject: formSubj('1783305512'), date: utc('2026-06-23 12:00:00'), enc: 'ascii7', deliveredTo: 'raj.mehta@globex-partner.example',
    text: `Hi Raj,

Please reply to confirm you agree to merge your two certification profiles. This is irreversible.

Tomasz`,
  }),
  mk({
    slug: 'credly-to-colleague', kind: 'unrelated', lang: 'en', trusted: true, forUser: false, caseId: null, trap: true,
    note: "a Linux Foundation badge via Credly, sent to someone else's address",
    from: 'The Linux Foundation via Credly <admin@credly.com>', to: 'it-team@northwind.example.com', subject: 'You earned a badge from The Linux Foundation', date: utc('2026-07-16 14:14:14'), enc: 'ascii7', deliveredTo: 'it-team@northwind.example.com',
    text: `Congratulations! The Linux Foundation has issued you the "Certified Kubernetes Administrator (CKA)" badge.

Accept your badge: https://www.credly.com/earner/earned/badge/77c3e1a0-2b94-4f5d-8a61-0e9b3d2c4f18`,
  }),

  // ---------------- other matters and noise ----------------
  mk({
    slug: 'mfa-en-closed', kind: 'unrelated', lang: 'en', trusted: true, caseId: C.mfaEn, trap: true,
    note: 'sign-in/MFA case reply and closure, not a merge case',
    from: FORM, to: R.keep, subject: `RE:[CASE ${C.mfaEn}] [AWS Training and Certification Form Submission] - sign-in`, date: utc('2026-06-30 10:30:30'), enc: 'ascii7',
    text: `Hi Raj,

We've removed the MFA device from your AWS Builder ID, so you can sign in and register a new one. Since that was the only request on this case, we'll close it now.

Imran`,
  }),
  mk({
    slug: 'survey-en', kind: 'unrelated', lang: 'en', trusted: true, caseId: C.sofia1, trap: true,
    note: 'survey asking whether the issue was resolved',
    from: 'AWS Support <aws-support-survey@amazon.com>', to: S.keep, subject: 'How did we do?', date: utc('2026-11-07 13:00:00'), enc: 'utf8qp',
    text: `Your case ${C.sofia1} was recently closed.

Was your issue resolved?  Yes | No
How satisfied are you with the support you received? (1-5)

It takes less than a minute.`,
  }),
  mk({
    slug: 'marketing-merge-skills', kind: 'unrelated', lang: 'en', trusted: true, caseId: null, trap: true,
    note: 'newsletter using merge and badge words',
    from: 'AWS Training and Certification <aws-training-news@amazon.com>', to: O.keep, subject: 'Merge your skills: new badges for AI practitioners', date: utc('2026-07-30 16:00:00'), enc: 'utf8b64',
    html: htmlDoc(`<h2>Complete your learning path and earn a new badge</h2>
<p>Merge cloud and AI skills with our new AWS Certified AI Practitioner exam. Book before August 31 and confirm your seat with a 25% discount.</p>
<p><a href="https://aws.amazon.com/certification/">Learn more</a></p>`, 'en'),
  }),
  mk({
    slug: 'agent-oof', kind: 'unrelated', lang: 'en', trusted: true, caseId: C.sofia1, trap: false,
    note: "the agent's out-of-office auto-reply",
    from: FORM, to: S.keep, subject: `Out of Office: ${formSubj(C.sofia1)}`, date: cet('2026-11-02 08:00:03'), enc: 'ascii7',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `I'm away until 5 November. Your message has been added to your case and a colleague can see it.

Lukas`,
  }),
  mk({
    slug: 'own-forward-manager', kind: 'unrelated', lang: 'en', trusted: false, caseId: C.okafor1, trap: true,
    note: "the user's own forward to his manager",
    from: who(O, O.keep), to: 'j.hughes@newco.example.com', cc: O.keep, subject: `Fwd: ${formSubj(C.okafor1)}`, date: utc('2026-07-15 17:01:00'), enc: 'utf8qp', auth: 'none', relay: 'smtp.example.org',
    text: `Jen - FYI, my certs are all under one profile now, so the partner portal should pick them up this week.

${fwdEn(FORM, 'Wed, Jul 15, 2026 at 3:22 PM', formSubj(C.okafor1), `${O.name} <${O.keep}>`, `Hi Daniel,

Thanks for the go-ahead. Your certification history now sits under ${O.keepId}, and the Northwind profile has been retired.

Aoife`)}`,
  }),
  mk({
    slug: 'reply-received-notice', kind: 'support_reply', lang: 'en', trusted: true, caseId: C.sofia1, trap: true,
    note: 'automatic "we received your reply" notice on the open case: not a new-case receipt',
    from: NOREPLY, to: S.keep, subject: `Case ${C.sofia1}: we've received your reply`, date: utc('2026-10-28 18:03:10'), enc: 'ascii7',
    text: `Thanks, we've received your reply and added it to case ${C.sofia1}. The status is now "Work in progress". The assigned agent will follow up.

Amazon Web Services`,
  }),
  mk({
    slug: 'unable-to-merge-yet', kind: 'support_reply', lang: 'en', trusted: true, caseId: C.raj2, trap: true,
    note: '"we are unable to merge until the exam appointment passes": negated event, no request',
    from: FORM, to: R.keep, subject: formSubj(C.raj2), date: utc('2026-06-19 11:20:00'), enc: 'utf8qp',
    text: `Hi Raj,

Before I forget: the secondary profile still holds an exam appointment on 21 June. We're unable to merge accounts while an appointment is pending, so the merge will be carried out once the exam date has passed. Nothing else is needed from you.

Nisha`,
  }),
];
