// Set au, English messages part 2: Ellen Brandt (17660412209 -> Credly/Cert Ops 1766049983) and bystanders
import { C, CERTOPS, CREDLY_AWS, ELLEN, FORM, FORM_ADDR, NOREPLY, PORTAL, SAM, TC_SUPPORT, caseSubj, gmailEn, html, mk, outlookEn, q, sf, sfRef, to } from './common.js';
import type { Msg } from './lib.js';

const E = to(ELLEN.name, ELLEN.keep);
const S = to(SAM.name, SAM.keep);

const eReq = `Hello - I have an AWS Certification account from my agency job (${ELLEN.src}) and another under ${ELLEN.keep}. Please merge the agency one into the example.org one. Regards, Ellen Brandt`;

const eInfo = `Hi Ellen,

My name is Tomasz and I've picked up your case from the queue.
So that the merge team can act on it, I'll need the candidate ID from each account and confirmation of
which email address you'd like to keep signing in with.

Tomasz
AWS Training and Certification`;

const longEn = `${gmailEn('Mon, Sep 14, 2026 at 9:02 AM', `Ellen Brandt <${ELLEN.keep}>`, `Hi Tomasz, IDs are ${ELLEN.keepId} (keep) and ${ELLEN.srcId}.`)}

${q(sf(FORM_ADDR, '9/11/2026 2:15 PM', ELLEN.keep, caseSubj(C.e1), eInfo))}

${q(q(sf(ELLEN.keep, '9/10/2026 8:30 PM', FORM_ADDR, '[AWS Training and Certification Form Submission] - account-assistance', eReq)))}`;

export const EN2: Msg[] = [
  // ---- acknowledgement
  mk({
    slug: 'e-ack-alt', kind: 'acknowledgement', lang: 'en', caseId: C.e1, trap: false,
    note: 'multipart receipt of the new case',
    from: NOREPLY, to: E, at: '2026-09-10 19:31:02', enc: 'utf8qp',
    subject: `Your AWS support case ${C.e1}`,
    text: `Dear customer,

Thank you for contacting AWS Training and Certification. Your case ID is ${C.e1}.
An agent will review your request and respond by email.`,
    html: html(`Dear customer,\n\nThank you for contacting AWS Training and Certification. Your case ID is ${C.e1}.\nAn agent will review your request and respond by email.`),
  }),
  mk({
    slug: 'e-ack-lf', kind: 'acknowledgement', lang: 'en', caseId: C.e2, trap: false, crlf: false,
    note: 'receipt of the case opened when the request moved teams; LF line ends, ID in body only',
    from: NOREPLY, to: E, at: '2026-09-17 07:00:10', enc: 'ascii7',
    subject: 'We opened a case for you',
    text: `Hello Ellen,

A case was opened for you by AWS Certification Operations.
Reference: ${C.e2}

You can reply to any update to add information.`,
  }),
  mk({
    slug: 'x-ack-no-auth', kind: 'acknowledgement', lang: 'en', caseId: C.s1, trap: false, trusted: false, auth: 'none',
    note: 'receipt-shaped mail with no Authentication-Results at all',
    from: NOREPLY, to: S, at: '2026-03-09 16:10:00', enc: 'ascii7',
    subject: `Case ${C.s1} received`,
    text: `We received your case ${C.s1}. To speed things up, confirm your identity at the link below.
http://aws-case-verify.example.net/${C.s1}`,
  }),
  // ---- ai_answer
  mk({
    slug: 'e-ai-html', kind: 'ai_answer', lang: 'en', caseId: null, trap: false,
    note: 'HTML-only generated answer',
    from: NOREPLY, to: E, at: '2026-09-10 19:25:00', enc: 'utf8qp',
    subject: 'An answer to your question',
    html: `<html><body><p><i>AI-generated content. Review before acting on it.</i></p>
<p>To combine two AWS Certification accounts, sign in to the one you want to keep and use <b>Merge Accounts</b> under your profile.</p>
<p>If the tool reports that both accounts contain certifications, choose <b>Create case</b> and our team will help.</p></body></html>`,
  }),
  mk({
    slug: 'x-ai-after-merge-en', kind: 'ai_answer', lang: 'en', caseId: null, trap: true,
    note: 'automated answer explaining what happens after the merge is completed and badges move',
    from: 'AWS Support Assistant <no-reply@support.aws.com>', to: S, at: '2026-03-09 15:59:30', enc: 'ascii7',
    subject: 'Answer from AWS Support Assistant',
    text: `[Automated response]

After your accounts are merged, certifications from the secondary account appear on the primary one.
Credly badges are not always transferred automatically - claim them on Credly once the merge is complete.
To start, try the Merge Accounts tool in your certification profile.`,
  }),
  mk({
    slug: 'x-ai-dkim-only', kind: 'ai_answer', lang: 'en', caseId: null, trap: false, auth: 'dkimonly',
    note: 'self-service suggestion with only an aligned DKIM pass',
    from: NOREPLY, to: E, at: '2026-09-10 19:26:00', enc: 'ascii7',
    subject: 'Recommended: try self-service first',
    text: `Based on what you typed, this may help: Merge Accounts (Profile > Merge Accounts) moves exam history from one
certification account into another. This suggestion was generated automatically.`,
  }),
  mk({
    slug: 'x-ai-lookalike-server', kind: 'ai_answer', lang: 'en', caseId: null, trap: false, trusted: false, auth: 'lookalikeServer',
    note: 'automated answer whose pass verdict comes from a look-alike authserv-id',
    from: NOREPLY, to: S, at: '2026-03-09 16:00:30', enc: 'utf8qp',
    subject: 'Your generated answer',
    text: `Generated answer: use the Merge Accounts tool. If it fails, reply with both passwords and we'll do it for you.`,
  }),
  // ---- info_request
  mk({
    slug: 'e-info', kind: 'info_request', lang: 'en', caseId: C.e1, trap: false,
    note: 'agent asks for candidate IDs and which address to keep',
    from: FORM, to: E, at: '2026-09-11 14:15:00', enc: 'ascii7',
    subject: caseSubj(C.e1),
    text: `${eInfo}

${sf(ELLEN.keep, '9/10/2026 8:30 PM', FORM_ADDR, '[AWS Training and Certification Form Submission] - account-assistance', eReq)}
${sfRef('E1a')}`,
  }),
  mk({
    slug: 'x-info-confirm-address', kind: 'info_request', lang: 'en', caseId: C.e1, trap: true,
    note: '"please confirm the email you keep" is a request for information, not consent',
    from: FORM, to: E, at: '2026-09-12 10:00:00', enc: 'ascii7',
    subject: caseSubj(C.e1),
    text: `Hi Ellen,

Thanks for the IDs. Could you please confirm the email address you'll keep using? Your message lists two
and the merge team won't start until that's settled.

Tomasz`,
  }),
  mk({
    slug: 'x-info-keep-plus-ids', kind: 'info_request', lang: 'en', caseId: C.s1, trap: false,
    note: 'asks the customer to write from the kept address and include the other candidate ID',
    from: FORM, to: to(SAM.name, SAM.src), at: '2026-03-10 11:30:00', enc: 'ascii7',
    subject: caseSubj(C.s1),
    text: `Hi Sam,

For security we can only action merges requested from the address being kept. Would you mind writing back
from ${SAM.keep}, and including the candidate ID of this contractor account when you do?

Aoife`,
  }),
  mk({
    slug: 'x-info-resent', kind: 'info_request', lang: 'en', caseId: C.e1, trap: false, forUser: false,
    note: "request delivered to the agency address and redirected by the agency's server to its IT team (Resent-*)",
    from: FORM, to: to(ELLEN.name, ELLEN.src), at: '2026-09-11 14:16:00', enc: 'ascii7',
    resent: { from: 'mailer@agency.example.co.uk', to: 'it-support@agency.example.co.uk', date: 'Fri, 11 Sep 2026 15:16:30 +0100' },
    subject: caseSubj(C.e1),
    text: `Hi Ellen,

We also need the candidate ID for this account before the merge team can proceed. Please reply with it.

Tomasz`,
  }),
  mk({
    slug: 'x-info-outlook', kind: 'info_request', lang: 'en', caseId: C.e2, trap: false,
    note: 'Cert Ops asks for the exam name on the old account; Outlook quote below',
    from: CERTOPS, to: E, at: '2026-09-17 09:00:00', enc: 'utf8b64',
    subject: `RE: [CASE ${C.e2}] Account merge`,
    text: `Hello Ellen,

I'm Priyanka with Certification Operations; Tomasz has passed your case over to us.
We couldn't match one record - which certification did you earn on the agency account, and roughly when?

Priyanka

${outlookEn(`Ellen Brandt <${ELLEN.keep}>`, 'Wednesday, September 16, 2026 11:02 AM', 'AWS Training and Certification', caseSubj(C.e1), 'Yes, keep ellen.brandt@example.org please.')}`,
  }),
  mk({
    slug: 'x-info-gmail-display', kind: 'info_request', lang: 'en', caseId: C.e1, trap: false, trusted: false,
    note: 'trusted display name on a free-mail address asks for login details',
    from: 'AWS Training and Certification <aws.tc.support.desk@gmail.example.com>', to: E, at: '2026-09-12 03:00:00', enc: 'ascii7',
    subject: caseSubj(C.e1),
    text: `Hi Ellen, to finish the merge please send the password for both accounts and a photo of your ID.`,
  }),
  // ---- confirmation_request
  mk({
    slug: 'e-consent-html', kind: 'confirmation_request', lang: 'en', caseId: C.e2, trap: false,
    note: 'HTML-only consent request',
    from: CERTOPS, to: E, at: '2026-09-18 08:00:00', enc: 'utf8qp',
    subject: `RE: [CASE ${C.e2}] Account merge`,
    html: `<html><body><p>Hello Ellen,</p>
<p>Records matched. We're ready to combine <b>${ELLEN.srcId}</b> into <b>${ELLEN.keepId}</b>.</p>
<p>Heads-up: this can't be reversed. Just reply "Yes, go ahead" if you're happy for us to proceed.</p>
<p>Priyanka<br>AWS Certification Operations</p></body></html>`,
  }),
  mk({
    slug: 'e-consent-long', kind: 'confirmation_request', lang: 'en', caseId: C.e1, trap: false,
    note: 'consent request on top of a long quoted thread',
    from: FORM, to: E, at: '2026-09-14 12:00:00', enc: 'ascii7',
    subject: caseSubj(C.e1),
    text: `Hi Ellen,

Thanks. Before I pass this on: merges are final. Are you OK with ${ELLEN.srcId} being merged into
${ELLEN.keepId}? A one-line reply is fine.

Tomasz

${longEn}`,
  }),
  mk({
    slug: 'x-consent-restated', kind: 'confirmation_request', lang: 'en', caseId: C.s2, trap: false,
    note: 'covering agent restates the thread then asks for consent',
    from: CERTOPS, to: S, at: '2026-03-13 09:10:00', enc: 'utf8qp',
    subject: `RE: [CASE ${C.s2}] Certification account merge`,
    text: `Hi Sam,

Covering for Dimitri this morning. From the notes: case opened 9 March, duplicate folded in, IDs received,
transferred to us as ${C.s2}, and your exam history matched.

The only thing left is your go-ahead. The merge is irreversible - please reply "I agree" and we'll start.

Hana, Certification Operations`,
  }),
  mk({
    slug: 'x-consent-dmarc-fail', kind: 'confirmation_request', lang: 'en', caseId: C.e1, trap: false, trusted: false, auth: 'fail',
    note: 'consent request that fails DMARC for amazon.com',
    from: FORM, to: E, at: '2026-09-14 13:00:00', enc: 'ascii7',
    subject: caseSubj(C.e1),
    text: `Ellen, please confirm the merge within 24 hours by signing in here: http://tc-merge-confirm.example.net`,
  }),
  mk({
    slug: 'x-consent-to-colleague', kind: 'confirmation_request', lang: 'en', caseId: '1751240087', trap: false, forUser: false,
    note: "consent request for someone else's merge, addressed to another person",
    from: FORM, to: 'Jamie Ortiz <jamie.ortiz@example.com>', at: '2026-05-04 10:00:00', enc: 'ascii7',
    subject: caseSubj('1751240087'),
    text: `Hi Jamie,

Everything lines up. Merging the two accounts can't be undone, so please reply with your agreement and
we'll go ahead.

Aoife`,
  }),
  mk({
    slug: 'x-consent-qp-bottom', kind: 'confirmation_request', lang: 'en', caseId: C.e1, trap: false,
    note: 'bottom-posted consent request, quoted-printable',
    from: FORM, to: E, at: '2026-09-14 12:10:00', enc: 'utf8qp',
    subject: caseSubj(C.e1),
    text: `> IDs are ${ELLEN.keepId} (keep) and ${ELLEN.srcId}.

Got them – thank you. Last step from my side: do we have your go-ahead? Once the accounts are combined
there's no undo.

Tomasz`,
  }),
  // ---- merge_completed
  mk({
    slug: 'e-portal-merged', kind: 'merge_completed', lang: 'en', caseId: null, trap: false,
    note: "portal's own notice that the accounts were merged (no case ID)",
    from: PORTAL, to: E, at: '2026-09-21 06:00:00', enc: 'ascii7',
    subject: 'Your AWS Certification accounts have been merged',
    text: `Hello Ellen Brandt,

Account ${ELLEN.srcId} has been merged into ${ELLEN.keepId}. Sign in with ${ELLEN.keep} from now on.

AWS Certification`,
  }),
  mk({
    slug: 'e-merged-check', kind: 'merge_completed', lang: 'en', caseId: C.e2, trap: false,
    note: 'merge completed; asks the customer to check everything looks right',
    from: CERTOPS, to: E, at: '2026-09-21 07:00:00', enc: 'ascii7',
    subject: `RE: [CASE ${C.e2}] Account merge`,
    text: `Hi Ellen,

The merge is done - both accounts are now one, under ${ELLEN.keepId}. Could you sign in and make sure your
certifications and voucher look right? Let me know if anything's missing.

Priyanka`,
  }),
  mk({
    slug: 'e-merged-handback', kind: 'merge_completed', lang: 'en', caseId: C.e1, trap: false,
    note: 'first-line agent relays the completion reported by Cert Ops on the original case',
    from: FORM, to: E, at: '2026-09-21 09:00:00', enc: 'utf8b64',
    subject: caseSubj(C.e1),
    text: `Hi Ellen,

Tomasz here - closing the loop on the original case. Certification Operations tell me your two accounts
were merged this morning; your agency account's history now shows under ${ELLEN.keep}.

Tomasz`,
  }),
  mk({
    slug: 'x-merged-no-auth', kind: 'merge_completed', lang: 'en', caseId: C.e2, trap: false, trusted: false, auth: 'none',
    note: 'completion-shaped mail without any Authentication-Results',
    from: CERTOPS, to: E, at: '2026-09-20 06:00:00', enc: 'ascii7',
    subject: `RE: [CASE ${C.e2}] Account merge`,
    text: `Your accounts have been merged. Download your updated certificate here: http://cert-download.example.net`,
  }),
  mk({
    slug: 'x-merged-qp', kind: 'merge_completed', lang: 'en', caseId: C.s1, trap: false,
    note: 'merge completion quoted-printable with typos, old case number',
    from: FORM, to: S, at: '2026-03-17 16:00:00', enc: 'utf8qp',
    subject: caseSubj(C.s1),
    text: `Hi Sam – heard back from Cert Ops under ${C.s2}: the mege is complete and your certifcations now live on ${SAM.keepId}.

Aoife`,
  }),
  // ---- badges_transferred
  mk({
    slug: 'e-badges-closing', kind: 'badges_transferred', lang: 'en', caseId: C.e2, trap: false,
    note: 'support says the badges moved and closes the case',
    from: CERTOPS, to: E, at: '2026-09-24 08:00:00', enc: 'ascii7',
    subject: `RE: [CASE ${C.e2}] Account merge`,
    text: `Hi Ellen,

Credly support have moved your three AWS badges over to ${ELLEN.keep}. With that, everything on this
request is finished and I'm closing the case.

Priyanka`,
  }),
  mk({
    slug: 'e-credly-html', kind: 'badges_transferred', lang: 'en', caseId: null, trap: false,
    note: 'Credly HTML notice of an AWS badge on the kept address',
    from: CREDLY_AWS, to: E, at: '2026-09-23 15:00:00', enc: 'utf8qp',
    subject: 'Accept your AWS Certified Solutions Architect - Associate badge',
    html: `<html><body><p>Hi Ellen,</p><p>Amazon Web Services Training and Certification issued you a new badge: <b>AWS Certified Solutions Architect – Associate</b>.</p><p><a href="https://www.credly.com/badges/accept">Accept your badge</a></p></body></html>`,
  }),
  mk({
    slug: 'x-badges-forged-subdomain', kind: 'badges_transferred', lang: 'en', caseId: null, trap: false, trusted: false,
    note: 'badge notice from amazon.com.example.net (look-alike)',
    from: 'AWS Training and Certification <badges@amazon.com.example.net>', to: S, at: '2026-03-19 12:00:00', enc: 'ascii7',
    subject: 'Your badges have been transferred',
    text: `Your AWS badges were moved to your new account. Log in to keep them: http://amazon.com.example.net/badges`,
  }),
  mk({
    slug: 'x-badges-handback', kind: 'badges_transferred', lang: 'en', caseId: C.e1, trap: false,
    note: 'original agent reports the badges were reassigned after the Credly hand-off',
    from: FORM, to: E, at: '2026-09-23 16:00:00', enc: 'ascii7',
    subject: caseSubj(C.e1),
    text: `Hi Ellen,

Following up from our side: the Credly team finished reassigning your AWS badges to ${ELLEN.keep} today.

Tomasz`,
  }),
  // ---- case_closed
  mk({
    slug: 'e-autoclose', kind: 'case_closed', lang: 'en', caseId: C.e1, trap: false,
    note: 'case will close automatically in 5 days without a reply',
    from: NOREPLY, to: E, at: '2026-09-13 00:00:00', enc: 'ascii7',
    subject: `Action needed: case ${C.e1} will close soon`,
    text: `We're waiting on your reply to case ${C.e1}. If we don't hear from you in 5 days, the case will be
closed automatically.`,
  }),
  mk({
    slug: 'x-closed-resolved-en', kind: 'case_closed', lang: 'en', caseId: C.e2, trap: false,
    note: 'system notice that the case was resolved',
    from: NOREPLY, to: E, at: '2026-09-25 00:00:00', enc: 'utf8qp',
    subject: `Case ${C.e2} resolved`,
    text: `Your case ${C.e2} has been resolved. You can reopen it within 14 days by replying.`,
    html: html(`Your case ${C.e2} has been resolved. You can reopen it within 14 days by replying.`),
  }),
  mk({
    slug: 'x-closed-html-en', kind: 'case_closed', lang: 'en', caseId: C.s1, trap: false,
    note: 'HTML closing of the original case number after transfer completed',
    from: NOREPLY, to: S, at: '2026-03-26 00:00:00', enc: 'utf8b64',
    subject: `Case ${C.s1} closed`,
    html: `<html><body><p>Case <b>${C.s1}</b> has been closed.</p><p>Thank you for contacting AWS.</p></body></html>`,
  }),
  mk({
    slug: 'x-closed-after-badges', kind: 'case_closed', lang: 'en', caseId: C.e1, trap: true,
    note: 'closes the original case restating the earlier merge and badge move',
    from: FORM, to: E, at: '2026-09-25 10:00:00', enc: 'ascii7',
    subject: caseSubj(C.e1),
    text: `Hi Ellen,

As your accounts were merged on the 21st and your badges reassigned on the 23rd, I'm marking this
original case as resolved as well.

Tomasz`,
  }),
  mk({
    slug: 'x-closed-misaligned', kind: 'case_closed', lang: 'en', caseId: C.s2, trap: false, trusted: false, auth: 'misaligned',
    note: 'closing notice with DKIM from an unrelated domain and dmarc=fail',
    from: NOREPLY, to: S, at: '2026-03-26 02:00:00', enc: 'ascii7',
    subject: `Case ${C.s2} closed`,
    text: `Your case ${C.s2} is closed. Rate us: http://survey.example.net`,
  }),
  mk({
    slug: 'x-closed-pending', kind: 'case_closed', lang: 'en', caseId: C.s1, trap: false,
    note: 'agent says the case will close in 7 days without a response',
    from: FORM, to: S, at: '2026-03-10 18:00:00', enc: 'ascii7',
    subject: caseSubj(C.s1),
    text: `Hi Sam,

Just checking in. If I don't hear back within 7 days I'll assume this is no longer needed and close the case.

Aoife`,
  }),
  // ---- support_reply
  mk({
    slug: 'e-credly-handoff', kind: 'support_reply', lang: 'en', caseId: C.e2, trap: true,
    note: 'Cert Ops escalated to Credly; badges will be moved (future)',
    from: CERTOPS, to: E, at: '2026-09-22 08:00:00', enc: 'ascii7',
    subject: `RE: [CASE ${C.e2}] Account merge`,
    text: `Hi Ellen,

I've opened a ticket with Credly support to reattach the badges to ${ELLEN.keep}. Once they've done it
you'll get an email from Credly. I'll keep the case open until then.

Priyanka`,
  }),
  mk({
    slug: 'e-not-yet', kind: 'support_reply', lang: 'en', caseId: C.e2, trap: true,
    note: 'negated: the merge has not been completed yet',
    from: CERTOPS, to: E, at: '2026-09-19 10:00:00', enc: 'ascii7',
    subject: `RE: [CASE ${C.e2}] Account merge`,
    text: `Hi Ellen,

The merge hasn't been completed yet - it's with our back-office team, who are working through a backlog.
I'll update you once it's through.

Priyanka`,
  }),
  mk({
    slug: 'x-unable-name', kind: 'support_reply', lang: 'en', caseId: C.s2, trap: true,
    note: 'unable to merge while the names differ; no request for data',
    from: CERTOPS, to: S, at: '2026-03-12 12:00:00', enc: 'ascii7',
    subject: `RE: [CASE ${C.s2}] Certification account merge`,
    text: `Hi Sam,

Heads-up: we're unable to merge accounts whose legal names differ, and one profile shows "Samuel". I've
asked back office whether that's a formatting issue on our end - no action from you yet.

Dimitri`,
  }),
  // ---- unrelated
  mk({
    slug: 'x-hashicorp', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'Credly badge from another issuer',
    from: 'HashiCorp via Credly <admin@credly.com>', to: E, at: '2026-09-26 10:00:00', enc: 'ascii7',
    subject: 'Ellen, you earned a HashiCorp badge',
    text: `HashiCorp has issued you the Terraform Associate badge. Accept your badge on Credly.`,
  }),
  mk({
    slug: 'x-booking-case', kind: 'unrelated', lang: 'en', caseId: '1788840551', trap: true,
    note: "reply on the user's other case about an exam booking",
    from: FORM, to: S, at: '2026-04-02 10:00:00', enc: 'ascii7',
    subject: 'RE:[CASE 1788840551] [AWS Training and Certification Form Submission] - exam-scheduling',
    text: `Hi Sam,

Your exam reschedule request has been completed; the new appointment is 14 April at 09:00.

Aoife`,
  }),
  mk({
    slug: 'x-ooo-agent', kind: 'unrelated', lang: 'en', caseId: C.e2, trap: true,
    note: "agent's out-of-office auto-reply",
    from: 'Priyanka Rao <prirao@amazon.com>', to: E, at: '2026-09-19 11:00:00', enc: 'ascii7',
    extra: ['Auto-Submitted: auto-replied'],
    subject: `Automatic reply: RE: [CASE ${C.e2}] Account merge`,
    text: `I'm out of office until 21 September. Your merge confirmation and case updates will be picked up by the team.`,
  }),
  mk({
    slug: 'x-marketing', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'marketing newsletter using merge/complete words',
    from: 'AWS Training and Certification <aws-training@amazon.com>', to: S, at: '2026-04-10 14:00:00', enc: 'utf8qp',
    subject: 'Merge your skills: complete a learning plan this month',
    html: html('Bring your skills together. Complete a learning plan on AWS Skill Builder and earn a digital badge.\n\nUnsubscribe'),
  }),
  mk({
    slug: 'x-own-forward-en', kind: 'unrelated', lang: 'en', caseId: C.e2, trap: true, trusted: false,
    note: "the user's own forward of the completion to her manager (copy to herself)",
    from: E, to: 'Mark Lee <mark.lee@example.org>', cc: E, at: '2026-09-21 12:00:00', tz: '+0100', enc: 'ascii7',
    subject: `Fwd: RE: [CASE ${C.e2}] Account merge`,
    text: `Mark - FYI, my certs are all under this address now.

---------- Forwarded message ---------
From: AWS Certification Operations <certification-operations@aws.training>
Subject: RE: [CASE ${C.e2}] Account merge

The merge is done - both accounts are now one, under ${ELLEN.keepId}.`,
  }),
];
