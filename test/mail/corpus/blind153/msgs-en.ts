// English messages of set ev (written fresh for this set).
import { rfcDate, type Msg } from './lib.js';
import {
  AWS_NOTIFY,
  CASE,
  CERT_PORTAL,
  CREDLY_AWS,
  formSubject,
  gmailEn,
  JORDAN,
  JORDAN_TO,
  mk,
  outlookEn,
  paras,
  quote,
  SAM,
  SAM_TO,
  sfOriginal,
  sfRef,
  SUPPORT,
  SUPPORT_BARE,
} from './common.js';

const JORDAN_REQ = `Hi,
Over the years I ended up with four AWS Certification profiles:
- university: ${JORDAN.uni} (${JORDAN.uniId})
- first employer: ${JORDAN.first} (${JORDAN.firstId})
- second employer: ${JORDAN.second} (${JORDAN.secondId})
- personal: ${JORDAN.keep} (${JORDAN.keepId})
I'd like all of them folded into the personal one.
Jordan Lee`;

const SAM_REQ = `Hello - I have three certification accounts (college, Northwind, personal) and would like a single one under ${SAM.keep}. IDs: ${SAM.keepId}, ${SAM.uniId}, ${SAM.corpId}. Thanks, Sam`;

const SAM_YES = `Yes, I agree - please go ahead and merge all three into ${SAM.keep}.
Sam`;

export const EN: Msg[] = [
  // ---------------- acknowledgement (6) ----------------
  mk({
    slug: 'en-ack-jordan',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.jordan,
    note: 'automatic case receipt for the four-account request',
    from: AWS_NOTIFY,
    to: JORDAN_TO,
    subject: `Case ${CASE.jordan} created: Account merge (4 profiles)`,
    date: rfcDate('2026-10-12 16:41:03'),
    enc: 'ascii7',
    text: `Dear Jordan Lee,

We have received your request and opened case ${CASE.jordan}.
Subject: Account merge (4 profiles)
Severity: General guidance

A member of the AWS Training and Certification team will respond by email, usually within 24 hours.
Opening another case for the same request will delay our response.

Amazon Web Services`,
  }),
  mk({
    slug: 'en-ack-sam-html',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.sam,
    note: 'HTML receipt, case ID only in the body',
    from: AWS_NOTIFY,
    to: SAM_TO,
    subject: 'We received your support request',
    date: rfcDate('2026-11-02 08:00:51'),
    enc: 'utf8qp',
    text: `Thanks for reaching out. Your case number is ${CASE.sam}. Reply to this email to add details; please don't open a new case.`,
    html: `<table style="font-family:Arial"><tr><td>
<h3>Thanks for reaching out</h3>
<p>Your case number is <strong>${CASE.sam}</strong>.</p>
<p>Reply to this email to add details; please don&#39;t open a new case.</p>
</td></tr></table>`,
  }),
  mk({
    slug: 'en-ack-form-reply',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.sam2,
    note: 'form-submission receipt in the RE:[CASE] format, nothing but the receipt',
    to: SAM.keep,
    subject: formSubject(CASE.sam2),
    date: rfcDate('2026-11-09 19:22:10'),
    enc: 'ascii7',
    text: `Case ID: ${CASE.sam2}

Hello,

This message confirms that your submission has reached AWS Training and Certification Customer Service. An agent will get back to you shortly.

${sfRef('0Sam0ack')}`,
  }),
  mk({
    slug: 'en-ack-misaligned',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.jordanDup,
    auth: 'misaligned',
    note: 'receipt shape, but DKIM signed by an unrelated bulk domain and dmarc=fail: untrusted',
    from: AWS_NOTIFY,
    to: JORDAN.keep,
    subject: `Your case ${CASE.jordanDup} has been received`,
    date: rfcDate('2026-10-12 17:02:44'),
    enc: 'utf8b64',
    text: `Hello Jordan,

Case ${CASE.jordanDup} has been logged. Expect a reply within one business day.

AWS Support`,
  }),
  mk({
    slug: 'en-ack-dup',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.jordanDup,
    trap: true,
    note: 'receipt of a duplicate case; mentions the team will confirm details, still only a receipt',
    from: AWS_NOTIFY,
    to: JORDAN.first,
    subject: `[Case ${CASE.jordanDup}] Request received`,
    date: rfcDate('2026-10-12 16:59:30'),
    enc: 'ascii7',
    text: `Hi,

Your request was received and assigned ID ${CASE.jordanDup}. Our team will review and confirm the details before any account changes are made.

-- AWS Support (automated message, do not reply)`,
  }),
  mk({
    slug: 'en-ack-resent',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.sam,
    note: 'receipt redirected by the college mail server (Resent-*): not delivered to the user as such',
    from: AWS_NOTIFY,
    to: SAM.uni,
    subject: `Case ${CASE.sam} opened`,
    date: rfcDate('2026-11-02 08:01:10'),
    enc: 'ascii7',
    resent: { from: 'postmaster@college.example.edu', to: 'alumni-forwarding@college.example.edu', date: rfcDate('2026-11-02 08:01:40') },
    text: `Case ${CASE.sam} has been opened with AWS Training and Certification. We'll follow up by email.`,
  }),

  // ---------------- ai_answer (5) ----------------
  mk({
    slug: 'en-ai-merge-tool',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    note: 'generated answer suggesting the self-service Merge Accounts tool, repeated per account',
    from: AWS_NOTIFY,
    to: JORDAN.keep,
    subject: 'Suggested answer to your question',
    date: rfcDate('2026-10-12 16:30:12'),
    enc: 'ascii7',
    text: `This answer was generated by AI and may contain errors.

If you have more than two AWS Certification accounts, sign in to the one you want to keep and open Profile > Merge Accounts. Add one of the other accounts, finish the steps, then repeat for each remaining account.
The tool can't merge accounts that both have certification history; in that case choose "Create case" below.

Did this answer your question? Yes | No`,
  }),
  mk({
    slug: 'en-ai-badges-after',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    trap: true,
    note: 'automated answer explaining badges after a merge: still ai_answer',
    from: AWS_NOTIFY,
    to: SAM.keep,
    subject: 'Here is what we found',
    date: rfcDate('2026-11-02 07:55:44'),
    enc: 'utf8qp',
    html: `<div><p><i>Generated by Amazon Q</i></p>
<p>Once your certification accounts are merged, your certifications appear under the account you kept. Credly badges may need to be claimed again with that account&#39;s email address; merge first, then claim your badges on Credly.</p>
<p>Still need help? Select <b>Create case</b>.</p></div>`,
  }),
  mk({
    slug: 'en-ai-pairs',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    note: 'AI assistant: three accounts means two separate runs of the tool',
    from: 'AWS Training and Certification <no-reply@aws.training>',
    to: SAM.uni,
    subject: 'AI assistant: merging several certification profiles',
    date: rfcDate('2026-11-01 22:14:09'),
    enc: 'utf8b64',
    text: `Hi there,

Based on your question, you have three certification profiles. The Merge Accounts tool handles two at a time, so you would run it twice: first college -> personal, then work -> personal. Neither run can be reversed.

If the tool shows an error, you can contact support from this page.

(automated response)`,
  }),
  mk({
    slug: 'en-ai-case-id',
    kind: 'ai_answer',
    lang: 'en',
    caseId: CASE.jordan,
    note: 'automated first response attached to the case, suggesting self-service before an agent replies',
    from: SUPPORT,
    to: JORDAN.keep,
    subject: formSubject(CASE.jordan),
    date: rfcDate('2026-10-12 16:45:00'),
    enc: 'ascii7',
    text: `[Automated response]

While you wait for an agent: many multi-account requests can be resolved with the self-service Merge Accounts option in your certification profile. If each of your profiles holds certifications, the tool will decline and an agent will handle the request on this case.

${sfRef('0Jor0ai')}`,
  }),
  mk({
    slug: 'en-ai-freemail',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    note: 'AI-answer text from a free-mail address with a trusted display name: untrusted',
    from: 'AWS Training and Certification <aws.training.help@gmail-mail.example.com>',
    to: JORDAN.keep,
    subject: 'AI answer: merge your accounts instantly',
    date: rfcDate('2026-10-13 02:02:02'),
    enc: 'ascii7',
    text: `Our AI assistant suggests: use the quick merge link below to combine all your certification profiles in one click.
http://merge-now.example-aws.click/start`,
  }),

  // ---------------- info_request (8) ----------------
  mk({
    slug: 'en-info-which-of-four',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.jordan,
    note: 'asks which of the four profiles to keep and each login email',
    to: JORDAN.keep,
    subject: formSubject(CASE.jordan),
    date: rfcDate('2026-10-13 14:03:27'),
    enc: 'ascii7',
    text: `Hello Jordan,

Thank you for contacting AWS Training and Certification. My name is Priscilla and I'll be assisting you.

Before we can proceed, please let us know which of the four accounts should remain as the primary one. We also need the login email for each account, as two of the candidate IDs you listed point to profiles with a different address on file.

Kind regards,
Priscilla
AWS Training and Certification Customer Service

${sfOriginal(JORDAN.keep, '10/12/2026 4:40 PM', SUPPORT_BARE, 'Account merge (4 profiles)', JORDAN_REQ)}`,
  }),
  mk({
    slug: 'en-info-two-merged-need-third',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.sam,
    trap: true,
    note: 'first two accounts merged (stage done) but the Northwind account’s ID is asked for: info_request',
    to: SAM.keep,
    subject: formSubject(CASE.sam),
    date: rfcDate('2026-11-04 11:27:08'),
    enc: 'ascii7',
    text: `Hi Sam,

Your college account (${SAM.uniId}) has been combined with your personal account. For the Northwind profile, the ID ${SAM.corpId} returns no match on our side - could you send a screenshot of the profile page, or the candidate ID shown there?

Best,
Marcus`,
  }),
  mk({
    slug: 'en-info-confirm-email',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.jordan,
    trap: true,
    note: '“please confirm the e-mail address you keep” asks for information',
    to: JORDAN.keep,
    subject: formSubject(CASE.jordan),
    date: rfcDate('2026-10-14 09:40:00'),
    enc: 'utf8qp',
    text: `Hi Jordan,

Please confirm the email address you'd like to keep going forward. Your request says ${JORDAN.keep}, but the case was submitted while signed in as ${JORDAN.second}.

Thanks,
Priscilla`,
  }),
  mk({
    slug: 'en-info-dates',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.jordan,
    note: 'needs exam names and approximate dates for the university profile (no “please” request word)',
    to: JORDAN.keep,
    subject: formSubject(CASE.jordan),
    date: rfcDate('2026-10-15 10:15:33'),
    enc: 'utf8b64',
    text: `Jordan,

To verify the university profile (${JORDAN.uni}) belongs to you, we'll need the name of the exam taken on it and roughly when (month/year). A reply with those two details is enough.

Priscilla

${gmailEn('Wed, Oct 14, 2026 at 8:02 PM', `Jordan Lee <${JORDAN.keep}>`, `Keep ${JORDAN.keep}. The other three can go.`)}`,
  }),
  mk({
    slug: 'en-info-credly-third',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.sam2,
    trap: true,
    note: 'badges from two Credly accounts moved; email of the third Credly account requested',
    to: SAM.keep,
    subject: formSubject(CASE.sam2),
    date: rfcDate('2026-11-12 13:13:13'),
    enc: 'ascii7',
    text: `Hi Sam,

The badges that were sitting on your college and Northwind Credly accounts now appear on your personal Credly profile. There's a third Credly account tied to an address we can't identify - which email did you use when you first claimed your Cloud Practitioner badge?

Marcus`,
  }),
  mk({
    slug: 'en-info-outlook-thread',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.sam,
    note: 'asks for the employer account candidate ID, Outlook-quoted history below',
    to: SAM.keep,
    subject: formSubject(CASE.sam),
    date: rfcDate('2026-11-03 09:05:00'),
    enc: 'utf8qp',
    text: `Hello Sam,

Thanks for writing in from the account you plan to keep. Could you share the candidate ID for your Northwind profile? It starts with "AWS" and appears under My Profile.

Regards,
Marcus | AWS T&C Customer Service

${outlookEn(`Sam Okafor <${SAM.keep}>`, 'Monday, November 2, 2026 8:00 AM', SUPPORT_BARE, 'Account merge', SAM_REQ)}`,
  }),
  mk({
    slug: 'en-info-failforged',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.jordan,
    auth: 'failThenForged',
    note: 'asks for IDs and addresses; topmost A-R fails, a pass is planted lower: untrusted',
    to: JORDAN.keep,
    subject: formSubject(CASE.jordan),
    date: rfcDate('2026-10-14 03:33:33'),
    enc: 'ascii7',
    text: `Jordan,

Reply with the login email, password and candidate ID of every profile so we can finish your merge today.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-info-team-list',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.jordan,
    note: 'info request addressed to a team alias the user is not on: forUser false',
    to: 'cert-admins@secondjob.example.io',
    subject: formSubject(CASE.jordan),
    date: rfcDate('2026-10-14 12:00:19'),
    enc: 'ascii7',
    text: `Hello,

We are handling a certification account merge for one of your employees. Please tell us the candidate ID registered for ${JORDAN.second} in your partner portal.

AWS Training and Certification`,
  }),

  // ---------------- confirmation_request (6) ----------------
  mk({
    slug: 'en-conf-jordan-all',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.jordan,
    note: 'asks consent to merge three profiles into the personal one; irreversible',
    to: JORDAN.keep,
    subject: formSubject(CASE.jordan),
    date: rfcDate('2026-10-16 15:22:48'),
    enc: 'ascii7',
    text: `Hello Jordan,

We're ready to fold ${JORDAN.uniId}, ${JORDAN.firstId} and ${JORDAN.secondId} into ${JORDAN.keepId}. Please note that this cannot be reversed once done.

Reply "I agree" to this email and we'll start.

Priscilla`,
  }),
  mk({
    slug: 'en-conf-third-needs-ok',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.sam,
    trap: true,
    note: '“the first two accounts are merged; the third needs your confirmation”',
    to: SAM.keep,
    subject: formSubject(CASE.sam),
    date: rfcDate('2026-11-05 16:48:22'),
    enc: 'utf8qp',
    text: `Hi Sam,

Quick update: the first two accounts are merged. The Northwind one still needs your confirmation before we touch it - same deal as before, there's no undoing it. A one-line yes is all we need.

Marcus`,
  }),
  mk({
    slug: 'en-conf-html-alt',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.sam2,
    note: 'multipart consent request, phrased as “let us know you’re OK with this”',
    to: SAM.keep,
    subject: formSubject(CASE.sam2),
    date: rfcDate('2026-11-10 10:30:00'),
    enc: 'utf8b64',
    text: `Hi Sam,

The three accounts below will become one:
keep  ${SAM.keepId}  ${SAM.keep}
merge ${SAM.uniId}  ${SAM.uni}
merge ${SAM.corpId}  ${SAM.corp}

Nothing can be split back afterwards. Let us know you're OK with this and we'll proceed.

Dana`,
    html: `<p>Hi Sam,</p><p>The three accounts below will become one:</p>
<ul><li>keep ${SAM.keepId} (${SAM.keep})</li><li>merge ${SAM.uniId} (${SAM.uni})</li><li>merge ${SAM.corpId} (${SAM.corp})</li></ul>
<p>Nothing can be split back afterwards. Let us know you&#39;re OK with this and we&#39;ll proceed.</p><p>Dana</p>`,
  }),
  mk({
    slug: 'en-conf-lookalike-domain',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.jordan,
    note: 'consent request from amazon-certification.co (look-alike): untrusted',
    from: 'AWS Training and Certification <cases@amazon-certification.co>',
    to: JORDAN.keep,
    subject: formSubject(CASE.jordan),
    date: rfcDate('2026-10-16 18:00:00'),
    enc: 'ascii7',
    text: `Jordan,

To authorize the irreversible merge of your four profiles, please confirm by signing in here: http://amazon-certification.co/confirm

AWS`,
  }),
  mk({
    slug: 'en-conf-stage-two',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.jordan,
    trap: true,
    note: 'university profile done (restated); asks OK to merge the two employer profiles next',
    to: JORDAN.keep,
    subject: formSubject(CASE.jordan),
    date: rfcDate('2026-10-18 09:12:40'),
    enc: 'ascii7',
    text: `Hi Jordan,

As mentioned, the university profile is already part of ${JORDAN.keepId}. Since you added a note about the second employer account, we'd like your explicit go-ahead before merging ${JORDAN.firstId} and ${JORDAN.secondId} as well. This step is permanent.

Priscilla

> Also, can you hold off on the secondjob one until I check with HR?`,
  }),
  mk({
    slug: 'en-conf-mobile-bottom',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.sam2,
    note: 'short consent request, bottom-posted under the quoted question',
    to: SAM.keep,
    subject: formSubject(CASE.sam2),
    date: rfcDate('2026-11-10 21:40:07'),
    enc: 'ascii7',
    text: `${gmailEn('Tue, Nov 10, 2026 at 1:10 PM', `Sam Okafor <${SAM.keep}>`, 'Is it safe to do all three at once?')}

Yes - we can do all three in one go. Just reply "approved" to authorize it; it's irreversible.
Dana`,
  }),

  // ---------------- merge_completed (7) ----------------
  mk({
    slug: 'en-merged-all-three',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.sam,
    note: '“all three profiles are now one”',
    to: SAM.keep,
    subject: formSubject(CASE.sam),
    date: rfcDate('2026-11-06 07:50:03'),
    enc: 'ascii7',
    text: `Hi Sam,

Thanks for the go-ahead. All three profiles are now one: everything lives under ${SAM.keepId} (${SAM.keep}). Sign in to see your certifications and benefits.

Marcus`,
  }),
  mk({
    slug: 'en-merged-portal',
    kind: 'merge_completed',
    lang: 'en',
    caseId: null,
    note: 'certification portal’s own “accounts have been merged” notice, no case ID',
    from: CERT_PORTAL,
    to: JORDAN.keep,
    subject: 'Your AWS Certification accounts have been merged',
    date: rfcDate('2026-10-19 05:00:00'),
    enc: 'utf8qp',
    html: `<html><body><p>Hello Jordan Lee,</p>
<p>The records of candidate ${JORDAN.uniId}, ${JORDAN.firstId} and ${JORDAN.secondId} have been merged into ${JORDAN.keepId}.</p>
<p>You can no longer sign in with the merged accounts.</p>
<p>AWS Certification</p></body></html>`,
  }),
  mk({
    slug: 'en-merged-final',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.jordan,
    note: 'the last employer profile merged, all four consolidated',
    to: JORDAN.keep,
    subject: formSubject(CASE.jordan),
    date: rfcDate('2026-10-20 14:44:10'),
    enc: 'utf8b64',
    text: `Hello Jordan,

Following your OK on Friday, ${JORDAN.secondId} has been folded into ${JORDAN.keepId} as well - that was the last one, so all four profiles are consolidated now.

Priscilla`,
  }),
  mk({
    slug: 'en-merged-check',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.sam2,
    note: 'done, “please check that all looks right”: still merge_completed',
    to: SAM.keep,
    subject: formSubject(CASE.sam2),
    date: rfcDate('2026-11-11 12:00:30'),
    enc: 'ascii7',
    text: `Sam,

The consolidation you approved went through this morning. Please check that your exam history and voucher look right in ${SAM.keepId} and let us know if anything is missing.

Dana`,
  }),
  mk({
    slug: 'en-merged-and-close',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.jordan,
    note: 'merged + we will now close the case: merge_completed',
    to: JORDAN.keep,
    subject: formSubject(CASE.jordan),
    date: rfcDate('2026-10-19 16:30:00'),
    enc: 'utf8qp',
    text: `Hi Jordan,

Your university and first-employer accounts have been merged into your personal account as requested. With that done, we'll close this case now; reply anytime if you need us again.

Priscilla

${sfRef('0Jor0mc')}`,
  }),
  mk({
    slug: 'en-merged-amaz0n',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.sam,
    note: 'completion claim from amaz0n-support.com (digit zero): untrusted',
    from: 'AWS Training and Certification <support@amaz0n-support.com>',
    to: SAM.keep,
    subject: formSubject(CASE.sam),
    date: rfcDate('2026-11-06 03:00:00'),
    enc: 'ascii7',
    text: `Your three accounts are merged. Download your combined certificate here: http://amaz0n-support.com/cert.zip`,
  }),
  mk({
    slug: 'en-merged-resent',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.jordan,
    note: 'completion notice bounced/redirected by the old employer’s server (Resent-*): forUser false',
    to: JORDAN.first,
    subject: formSubject(CASE.jordan),
    date: rfcDate('2026-10-19 16:31:00'),
    enc: 'ascii7',
    resent: { from: 'mailer@firstjob.example.com', to: 'it-archive@firstjob.example.com', date: rfcDate('2026-10-19 16:32:10') },
    text: `Jordan,

The merge is complete - the profile registered to this address is now part of ${JORDAN.keepId}.

Priscilla`,
  }),

  // ---------------- badges_transferred (5) ----------------
  mk({
    slug: 'en-credly-accept',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: null,
    note: 'AWS badge via Credly sent to the kept address after the merge',
    from: CREDLY_AWS,
    to: SAM.keep,
    subject: 'Amazon Web Services Training and Certification sent you a new badge',
    date: rfcDate('2026-11-08 18:20:00'),
    enc: 'utf8qp',
    text: `Sam Okafor, you've earned a badge!

AWS Certified Developer - Associate
Accept your badge: https://www.credly.com/earner/earned/badge/c04e

Credly`,
    html: `<p>Sam Okafor, you&#39;ve earned a badge!</p><p><b>AWS Certified Developer - Associate</b></p><p><a href="https://www.credly.com/earner/earned/badge/c04e">Accept your badge</a></p><p>Credly</p>`,
  }),
  mk({
    slug: 'en-badges-several-credly',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: CASE.jordan,
    note: 'support: badges from several Credly accounts now sit on the kept one',
    to: JORDAN.keep,
    subject: formSubject(CASE.jordan),
    date: rfcDate('2026-10-22 10:10:10'),
    enc: 'ascii7',
    text: `Hi Jordan,

Our Credly contact has moved the badges from your three older Credly accounts onto the one registered to ${JORDAN.keep}. You should see all six badges there now.

Priscilla`,
  }),
  mk({
    slug: 'en-badges-and-close',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: CASE.sam2,
    note: 'badges moved + closing: badges_transferred',
    to: SAM.keep,
    subject: formSubject(CASE.sam2),
    date: rfcDate('2026-11-13 08:08:08'),
    enc: 'utf8b64',
    text: `Hi Sam,

Good news - the remaining badge from the unknown Credly account has been re-issued to your personal profile, so every AWS badge is in one place. I'll go ahead and close the case.

Marcus`,
  }),
  mk({
    slug: 'en-credly-dkimonly',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: null,
    auth: 'dkimonly',
    note: 'AWS badge via Credly with only an aligned dkim=pass: trusted',
    from: CREDLY_AWS,
    to: JORDAN.keep,
    subject: 'Claim your AWS Certified Solutions Architect - Professional badge',
    date: rfcDate('2026-10-21 15:45:00'),
    enc: 'ascii7',
    text: `Jordan Lee,
Amazon Web Services Training and Certification has issued you a badge.
Accept your badge: https://www.credly.com/badges/accept/9de1
-- Credly`,
  }),
  mk({
    slug: 'en-badges-forged-below',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: CASE.jordan,
    auth: 'forgedBelow',
    note: 'says badges moved, but the only pass verdict sits below the server’s Received: untrusted',
    to: JORDAN.keep,
    subject: formSubject(CASE.jordan),
    date: rfcDate('2026-10-22 11:30:00'),
    enc: 'ascii7',
    text: `Jordan - your badges were transferred to your main Credly account. Log in via the link below to verify.
http://credly-verify.example.top/login`,
  }),

  // ---------------- case_closed (5) ----------------
  mk({
    slug: 'en-closed-auto',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.jordan,
    note: 'will auto-close in 5 days without a reply',
    from: AWS_NOTIFY,
    to: JORDAN.keep,
    subject: `Case ${CASE.jordan}: awaiting your reply`,
    date: rfcDate('2026-10-28 00:00:00'),
    enc: 'ascii7',
    text: `Hello,

We haven't heard back on case ${CASE.jordan}. If there's no reply within 5 days, the case will be closed automatically.`,
  }),
  mk({
    slug: 'en-closed-resolved',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.sam,
    note: 'case marked resolved',
    from: AWS_NOTIFY,
    to: SAM.keep,
    subject: `Case ${CASE.sam} resolved`,
    date: rfcDate('2026-11-14 00:10:00'),
    enc: 'utf8qp',
    html: `<p>Case <b>${CASE.sam}</b> has been resolved and closed. You can reopen it within 14 days from the Support Center.</p>`,
  }),
  mk({
    slug: 'en-closed-restate',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.sam,
    trap: true,
    note: '“as merged last week, we are closing this case” restates the merge',
    to: SAM.keep,
    subject: formSubject(CASE.sam),
    date: rfcDate('2026-11-13 15:00:00'),
    enc: 'ascii7',
    text: `Hi Sam,

Since all three accounts were merged last week and we haven't heard of any issues, I'm closing this case out.

Marcus`,
  }),
  mk({
    slug: 'en-closed-dup',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.jordanDup,
    note: 'duplicate case closed in favour of the original',
    to: JORDAN.keep,
    subject: formSubject(CASE.jordanDup),
    date: rfcDate('2026-10-13 08:00:00'),
    enc: 'utf8b64',
    text: `Hi Jordan,

This case duplicates ${CASE.jordan}, which is already being worked on, so I'm closing ${CASE.jordanDup}. Please keep all replies on the original case.

Priscilla`,
  }),
  mk({
    slug: 'en-closed-restate-badges',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.jordan,
    trap: true,
    note: 'closing that restates the earlier badge move; Gmail quote of the user’s thanks',
    to: JORDAN.keep,
    subject: formSubject(CASE.jordan),
    date: rfcDate('2026-10-23 09:00:00'),
    enc: 'ascii7',
    text: `Glad to hear the badges showed up as we described on Thursday. I'll mark this case closed.

Priscilla

${gmailEn('Thu, Oct 22, 2026 at 6:40 PM', `Jordan Lee <${JORDAN.keep}>`, 'All six badges are there, thanks!')}`,
  }),

  // ---------------- support_reply (7) ----------------
  mk({
    slug: 'en-reply-thanks-confirming',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.sam,
    trap: true,
    note: 'thanks for confirming, passed to the team',
    to: SAM.keep,
    subject: formSubject(CASE.sam),
    date: rfcDate('2026-11-05 18:02:00'),
    enc: 'ascii7',
    text: `Hi Sam,

Thank you for confirming. I've handed this to our accounts team; the third merge usually takes a few business days.

Marcus

${quote(SAM_YES)}`,
  }),
  mk({
    slug: 'en-reply-once-merged',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.jordan,
    trap: true,
    note: 'conditional: once we have merged ... we will let you know',
    to: JORDAN.keep,
    subject: formSubject(CASE.jordan),
    date: rfcDate('2026-10-17 09:00:00'),
    enc: 'utf8qp',
    text: `Hi Jordan,

Got it, we'll leave the second employer profile alone until you say otherwise. Once we have merged the other two, I'll drop you a note with the details.

Priscilla`,
  }),
  mk({
    slug: 'en-reply-escalation',
    ctExtra: 'format=flowed; delsp=yes',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.jordan,
    note: 'escalation/status update',
    to: JORDAN.keep,
    subject: formSubject(CASE.jordan),
    date: rfcDate('2026-10-15 20:20:20'),
    enc: 'ascii7',
    text: `Jordan,

The university profile predates our current system, so I've escalated it to the records team. I'll update you as soon as they respond.

Priscilla`,
  }),
  mk({
    slug: 'en-reply-from-keep',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.sam2,
    note: 'write from the kept address, no data requested',
    to: SAM.corp,
    subject: formSubject(CASE.sam2),
    date: rfcDate('2026-11-09 22:00:00'),
    enc: 'ascii7',
    text: `Hi Sam,

For security reasons we can only act on requests sent from the address of the account you're keeping. Please reply from ${SAM.keep}.

Dana`,
  }),
  mk({
    slug: 'en-reply-not-complete',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.sam2,
    trap: true,
    note: 'negated: the merge has not been completed yet',
    to: SAM.keep,
    subject: formSubject(CASE.sam2),
    date: rfcDate('2026-11-11 02:00:00'),
    enc: 'utf8b64',
    text: `Hi Sam,

Just so you know, the merge has not been completed yet - it's queued behind a data sync that runs overnight. No action needed from you.

Dana`,
  }),
  mk({
    slug: 'en-reply-dup-cases',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.jordan,
    trap: true,
    note: '“we merged your duplicate cases” is not the account merge',
    to: JORDAN.keep,
    subject: formSubject(CASE.jordan),
    date: rfcDate('2026-10-13 08:05:00'),
    enc: 'ascii7',
    text: `Hello Jordan,

We noticed you opened a second case from another address, so we merged the two cases into ${CASE.jordan}. Nothing else has changed yet.

Priscilla`,
  }),
  mk({
    slug: 'en-reply-unable',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.sam,
    trap: true,
    note: '“we are unable to merge” the Northwind account yet (pending exam); nothing asked',
    to: SAM.keep,
    subject: formSubject(CASE.sam),
    date: rfcDate('2026-11-04 20:00:00'),
    enc: 'utf8qp',
    text: `Hi Sam,

We're unable to merge the Northwind account at the moment because it has an exam appointment scheduled for November 20. We'll pick this up after the result is released.

Marcus`,
  }),

  // ---------------- unrelated (8) ----------------
  mk({
    slug: 'en-own-consent',
    kind: 'unrelated',
    lang: 'en',
    caseId: CASE.sam,
    trap: true,
    note: 'the user’s own consent reply copied to himself',
    from: SAM_TO,
    to: SUPPORT_BARE,
    cc: SAM.keep,
    subject: `Re: ${formSubject(CASE.sam)}`,
    date: rfcDate('2026-11-05 10:01:00', '-0500'),
    relay: 'smtp.example.com',
    enc: 'ascii7',
    text: `${SAM_YES}

${gmailEn('Thu, Nov 5, 2026 at 11:48 AM', `AWS Training and Certification <${SUPPORT_BARE}>`, 'The first two accounts are merged. The Northwind one still needs your confirmation.')}`,
  }),
  mk({
    slug: 'en-own-forward-self',
    kind: 'unrelated',
    lang: 'en',
    caseId: CASE.jordan,
    trap: true,
    note: 'the user forwards the completion mail to another own address',
    from: JORDAN_TO,
    to: JORDAN.second,
    subject: `Fwd: ${formSubject(CASE.jordan)}`,
    date: rfcDate('2026-10-20 09:00:00', '-0700'),
    relay: 'smtp.example.org',
    enc: 'ascii7',
    text: `fyi - for the HR file

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_BARE}>
Date: Tue, Oct 20, 2026 at 7:44 AM
Subject: ${formSubject(CASE.jordan)}
To: <${JORDAN.keep}>

All four profiles are consolidated now.`,
  }),
  mk({
    slug: 'en-ooo-agent',
    crlf: false,
    kind: 'unrelated',
    lang: 'en',
    caseId: CASE.jordan,
    trap: true,
    note: 'out-of-office auto-reply from a colleague cc’d on the thread',
    from: 'Riley Chen <riley.chen@secondjob.example.io>',
    to: JORDAN.keep,
    subject: `Automatic reply: ${formSubject(CASE.jordan)}`,
    date: rfcDate('2026-10-16 15:30:00', '-0700'),
    enc: 'ascii7',
    extra: ['Auto-Submitted: auto-replied'],
    text: `I'm out of the office until October 26 with limited email. For certification merges and badge questions, contact cert-admins@secondjob.example.io.`,
  }),
  mk({
    slug: 'en-credly-hashicorp',
    kind: 'unrelated',
    lang: 'en',
    caseId: null,
    trap: true,
    note: 'badge from HashiCorp via Credly',
    from: 'HashiCorp via Credly <admin@credly.com>',
    to: SAM.keep,
    subject: 'HashiCorp sent you a new badge',
    date: rfcDate('2026-11-15 17:00:00'),
    enc: 'ascii7',
    text: `Sam Okafor, HashiCorp has issued you "HashiCorp Certified: Terraform Associate".
Accept your badge: https://www.credly.com/badges/accept/1f7a`,
  }),
  mk({
    slug: 'en-credly-merge-code',
    kind: 'unrelated',
    lang: 'en',
    caseId: null,
    trap: true,
    note: 'Credly’s own account-merge code',
    from: 'Credly <admin@credly.com>',
    to: JORDAN.uni,
    subject: 'Confirm your Credly account merge',
    date: rfcDate('2026-10-21 02:15:00'),
    enc: 'ascii7',
    text: `Someone asked to merge this Credly account into ${JORDAN.keep}.
Your verification code is 902 114. Or click "Complete Account Merge".
If this wasn't you, ignore this email.`,
  }),
  mk({
    slug: 'en-survey',
    kind: 'unrelated',
    lang: 'en',
    caseId: CASE.sam,
    trap: true,
    note: 'survey: was your issue resolved?',
    from: 'AWS Support <aws-support-survey@amazon.com>',
    to: SAM.keep,
    subject: 'Was your issue resolved?',
    date: rfcDate('2026-11-15 00:00:00'),
    enc: 'utf8qp',
    html: `<p>Hi Sam,</p><p>Your case ${CASE.sam} about your account merge was recently closed. Was your issue resolved?</p><p><a href="https://survey.aws.amazon.com/r/1">Yes</a> | <a href="https://survey.aws.amazon.com/r/0">No</a></p>`,
  }),
  mk({
    slug: 'en-other-case-booking',
    kind: 'unrelated',
    lang: 'en',
    caseId: CASE.other,
    trap: true,
    note: 'reply on another case about an exam booking: unrelated',
    to: JORDAN.keep,
    subject: `RE:[CASE ${CASE.other}] [AWS Training and Certification Form Submission] - exam-scheduling`,
    date: rfcDate('2026-10-25 12:00:00'),
    enc: 'ascii7',
    text: `Hi Jordan,

Your exam reschedule request is complete: the appointment is now on November 3 at 10:00. Please confirm you received the new booking email.

Lena`,
  }),
  mk({
    slug: 'en-vendor-colleague-fwd',
    kind: 'unrelated',
    lang: 'en',
    caseId: null,
    trap: true,
    note: 'the test vendor’s appointment confirmation, sent to a colleague: not for the user, untrusted sender',
    from: 'Exam Scheduling <noreply@testvendor.example.com>',
    to: 'Morgan Diaz <morgan.diaz@northwind.example.net>',
    subject: 'Appointment confirmed - AWS Certified SysOps Administrator',
    date: rfcDate('2026-11-02 14:00:00'),
    enc: 'ascii7',
    text: `Your appointment is confirmed for November 18. No account merge is needed to sit the exam, but the name on your ID must match your candidate profile. Please arrive 15 minutes early.`,
  }),
];
