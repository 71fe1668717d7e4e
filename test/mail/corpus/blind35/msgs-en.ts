// Set ah, English messages.
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY, CASE, CREDLY_AWS, OLIVER, PORTAL, SUNITA, SUPPORT, SUPPORT_BARE, SUPPORT_CENTER, TC_NEWS, TOMAS, PDF,
  badge, button, credlyHtml, d, esc, formSubject, gmailHtml, kv, logoImg, mk, mso, nb, outlookHtml, sfHtml, sfRef, shell, sigImg,
} from './common.js';

const caseUrl = (id: string): string => `https://support.console.aws.amazon.com/support/home?region=us-east-1#/case/?displayId=${id}&amp;language=en`;
const img = (n: number): string => `https://images.credly.com/size/340x340/images/e${n}0b-11aa-4f3c-8b6d-9f${n}c2a1/blob.png`;
const SAA = 'AWS Certified Solutions Architect – Associate';
const DOP = 'AWS Certified DevOps Engineer – Professional';
const MLA = 'AWS Certified Machine Learning Engineer – Associate';
const CLF = 'AWS Certified Cloud Practitioner';
const DEA = 'AWS Certified Data Engineer – Associate';
const UTC = '+0000';
const IST = '+0530';
const CET = '+0100';
const MX = '-0600';

const OLIVER_REQ = `<p>Hello,</p><p>I have two AWS Certification accounts: ${OLIVER.src} (from my consulting days, ${OLIVER.srcId}) and ${OLIVER.keep} (${OLIVER.keepId}). Please merge the first into the second.</p><p>Oliver</p>`;

export const EN: Msg[] = [
  // ---------------- acknowledgement (6) ----------------
  mk({
    slug: 'en-ack-view-case-badge', kind: 'acknowledgement', lang: 'en', caseId: CASE.oliver,
    note: 'HTML-only receipt: Case ID row, Open badge, View case button',
    from: SUPPORT, to: OLIVER.keep, subject: `We've received your request [CASE ${CASE.oliver}]`, date: d('2026-01-14 08:12:40', CET),
    enc: 'utf8qp',
    html: shell({ lang: 'en', pre: 'A member of our team will get back to you within 24 hours.', body: `<h2 style="font-size:18px;margin:0 0 8px 0">Thanks for contacting AWS Training and Certification</h2>${kv([['Case ID', `<b>${CASE.oliver}</b>`], ['Subject', 'Merge two certification accounts'], ['Status', badge('Open', '#0073bb')], ['Created', 'Jan 14, 2026 07:12 UTC']])}<p>Please don't open another case for the same request&nbsp;&mdash; it only slows things down. Add details by replying to this email.</p>${button('View case', caseUrl(CASE.oliver))}` }),
  }),
  mk({
    slug: 'en-ack-requires-html', kind: 'acknowledgement', lang: 'en', caseId: CASE.sunita,
    note: 'text part: "This message requires HTML"; HTML carries the receipt and the case number',
    from: SUPPORT, to: SUNITA.keep, subject: 'Your AWS Training and Certification case', date: d('2026-02-04 10:02:11', IST),
    enc: 'ascii7', htmlEnc: 'utf8qp',
    text: 'This message requires an HTML-capable email client to display correctly.',
    html: shell({ lang: 'en', pre: 'Case received', body: `<p>Hi Sunita,</p><p>Your case <b>#${CASE.sunita}</b> has been logged with our team. Expect a reply at this address in 1&ndash;2 business days.</p>${button('View case', caseUrl(CASE.sunita))}` }),
  }),
  mk({
    slug: 'en-ack-no-ar', kind: 'acknowledgement', lang: 'en', caseId: CASE.tomas, trusted: false, auth: 'none',
    note: 'receipt with no Authentication-Results at all',
    from: SUPPORT, to: TOMAS.keep, subject: `[CASE ${CASE.tomas}] Case created`, date: d('2026-02-18 19:40:00', MX),
    enc: 'utf8qp',
    html: shell({ lang: 'en', pre: 'Case created', body: `<p>Case ${CASE.tomas} was created. We usually respond within one business day.</p>` }),
  }),
  mk({
    slug: 'en-ack-preheader-id', kind: 'acknowledgement', lang: 'en', caseId: CASE.oliver,
    note: 'subject has no ID; the case number sits in the hidden preheader and in the card',
    from: AWS_NOTIFY, to: OLIVER.keep, subject: 'AWS Support: Case opened', date: d('2026-01-14 08:13:02', CET),
    enc: 'utf8b64', inline: [logoImg('logo.aws@notify')],
    html: shell({ lang: 'en', logo: '<img src="cid:logo.aws@notify" alt="Amazon Web Services" width="60">', pre: `Case ${CASE.oliver} opened`, body: `<p>A support case has been opened on your behalf.</p><p style="font-size:16px">Case&nbsp;ID&nbsp;<b>${CASE.oliver}</b> ${badge('Unassigned', '#687078')}</p><p>We'll email you when an agent responds.</p>` }),
  }),
  mk({
    slug: 'en-ack-attachment-copy', kind: 'acknowledgement', lang: 'en', caseId: CASE.tomas,
    note: 'receipt with a PDF copy of the submitted form attached',
    from: SUPPORT_CENTER, to: TOMAS.keep, subject: `Copy of your submission - case ${CASE.tomas}`, date: d('2026-02-18 19:41:30', MX),
    enc: 'utf8qp', attach: [{ name: `submission-${CASE.tomas}.pdf`, type: 'application/pdf', data: PDF }],
    html: shell({ lang: 'en', pre: 'Your submission', body: `<p>Hello Tomas,</p><p>We've got your request. A copy of what you submitted is attached for your records. Reference: ${CASE.tomas}.</p>` }),
  }),
  mk({
    slug: 'en-ack-dkimonly-training', kind: 'acknowledgement', lang: 'en', caseId: CASE.sunita, auth: 'dkimonly',
    note: 'receipt from aws.training with an aligned DKIM pass only',
    from: 'AWS Training Support <support@aws.training>', to: SUNITA.keep, subject: `Ticket ${CASE.sunita} received`, date: d('2026-02-04 10:03:00', IST),
    enc: 'utf8qp',
    text: `Ticket ${CASE.sunita} received.`,
    html: shell({ lang: 'en', pre: 'Got it', body: `<p>Got it &mdash; ticket&nbsp;${CASE.sunita} is in our queue.</p>${kv([['Topic', 'Certification account'], ['Priority', 'Normal']])}` }),
  }),

  // ---------------- ai_answer (6) ----------------
  mk({
    slug: 'en-ai-generated-card', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'AI-generated answer card suggesting the Merge Accounts tool, feedback buttons',
    from: PORTAL, to: OLIVER.keep, subject: 'Here is an answer to your question', date: d('2026-01-14 08:01:00', CET),
    enc: 'utf8qp',
    html: shell({ lang: 'en', pre: 'Generated answer', body: `<p>${badge('AI-generated', '#7d8998')}</p><p>You can combine two certification accounts yourself: sign in to your AWS Certification account, open <b>Profile&nbsp;&rsaquo;&nbsp;Merge&nbsp;Accounts</b>, and follow the prompts. If the tool tells you both accounts have exam history, create a case and our team will help.</p><table role="presentation"><tr><td>${button('This solved my problem', 'https://support.aws.training/fb?y', '#1d8102')}</td><td width="10"></td><td>${button('Create case', 'https://support.aws.training/contact', '#545b64')}</td></tr></table>` }),
  }),
  mk({
    slug: 'en-ai-explains-after', kind: 'ai_answer', lang: 'en', caseId: null, trap: true,
    note: 'automated answer describing what happens once accounts are merged and badges re-issued',
    from: PORTAL, to: SUNITA.keep, subject: 'Suggested answer: duplicate certification accounts', date: d('2026-02-04 09:55:00', IST),
    enc: 'utf8b64',
    html: shell({ lang: 'en', pre: 'Suggested by Amazon Q', body: `<p style="font-size:12px;color:#687078">Suggested by Amazon Q &middot; may contain mistakes</p><p>After accounts are merged, your certifications and exam history appear under the account you keep, and any unused benefits follow. Credly badges are re-issued to the kept email; you may need to accept them again. To start, use the Merge Accounts tool in your profile.</p>` }),
  }),
  mk({
    slug: 'en-ai-stub-text', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'text stub says view online; HTML gives the automated guidance',
    from: PORTAL, to: TOMAS.keep, subject: 'Answers that might help', date: d('2026-02-18 19:30:00', MX),
    enc: 'ascii7', htmlEnc: 'utf8qp',
    text: 'To view this message, open it in a browser: https://support.aws.training/answers/v/55120',
    html: shell({ lang: 'en', pre: 'Before you open a case', body: `<p>Based on what you typed, these steps usually work:</p><ol><li>Sign in with the email you want to keep.</li><li>Go to Profile &rarr; Merge Accounts.</li><li>Enter the other account's email and the code we send there.</li></ol><p>Still stuck? ${button('Contact us', 'https://support.aws.training/contact')}</p>` }),
  }),
  mk({
    slug: 'en-ai-misaligned', kind: 'ai_answer', lang: 'en', caseId: null, trusted: false, auth: 'misaligned',
    note: 'generated answer mail; DKIM from a bulk-mail domain, DMARC fail',
    from: PORTAL, to: OLIVER.src, subject: 'Automated reply to your inquiry', date: d('2026-01-13 22:00:00', CET),
    enc: 'utf8qp',
    html: shell({ lang: 'en', pre: 'Automated reply', body: '<p>This is an automated response. Most account merges can be done with the self-service tool in your certification profile.</p>' }),
  }),
  mk({
    slug: 'en-ai-chat-transcript', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'chat transcript with the virtual assistant recommending the merge tool',
    from: 'AWS Training Support Assistant <assistant@aws.training>', to: SUNITA.src, subject: 'Your chat transcript', date: d('2026-02-03 21:14:00', IST),
    enc: 'utf8qp',
    html: `<html><body style="font-family:Arial;font-size:13px"><p>Transcript of your conversation with the AWS Training virtual assistant:</p><table cellpadding="6"><tr><td valign="top"><b>You</b></td><td>i have 2 accounts, one from my old startup. can they be one?</td></tr><tr><td valign="top"><b>Assistant</b></td><td>Yes! Use the Merge&nbsp;Accounts option under your profile. You'll need access to both mailboxes to receive the verification codes.</td></tr></table><p style="color:#888;font-size:11px">Automated assistant &ndash; not a human agent.</p></body></html>`,
  }),
  mk({
    slug: 'en-ai-knowledge-links', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'automatic article suggestions with a generated summary before a case is created',
    from: PORTAL, to: TOMAS.src, subject: 'We found articles that match your question', date: d('2026-02-17 08:20:00', MX),
    enc: 'utf8qp',
    html: shell({ lang: 'en', pre: 'Top matches', body: `<p><i>Summary (generated):</i> Duplicate certification profiles can usually be combined from the profile page. If both profiles hold certifications, support handles the merge.</p><ul><li><a href="https://aws.amazon.com/certification/faqs/">AWS Certification FAQs</a></li><li><a href="https://www.aws.training/">Managing your certification account</a></li></ul>` }),
  }),

  // ---------------- info_request (7) ----------------
  mk({
    slug: 'en-info-need-following', kind: 'info_request', lang: 'en', caseId: CASE.oliver,
    note: 'we need the following before we can proceed: bullet list of IDs and addresses',
    from: SUPPORT, to: OLIVER.keep, subject: formSubject(CASE.oliver), date: d('2026-01-15 10:44:01', UTC),
    enc: 'utf8qp',
    html: sfHtml(`<p>Hi Oliver,</p><p>Thanks for reaching out. Before we can go any further, we'll need a few things from you:</p><ul><li>the AWS candidate ID of each account (starts with "AWS")</li><li>the login email of each account</li><li>which of the two you'd like to keep</li></ul><p>Just reply to this email with those details.</p><p>Best,<br>Dana<br>AWS Training and Certification</p>`, sfRef('5Kl2z'), `<blockquote>${OLIVER_REQ}</blockquote>`),
  }),
  mk({
    slug: 'en-info-confirm-which-email', kind: 'info_request', lang: 'en', caseId: CASE.sunita, trap: true,
    note: 'please confirm which email you want to retain: a question, not consent',
    from: SUPPORT, to: SUNITA.keep, subject: formSubject(CASE.sunita), date: d('2026-02-05 12:30:20', IST),
    enc: 'utf8qp',
    html: sfHtml(`<p>Dear Sunita,</p><p>Could you please confirm which email address you would like to retain as the primary login going forward? Your two profiles currently use ${SUNITA.src} and ${SUNITA.keep}.</p><p>Kind regards,<br>Ravi</p>`, sfRef('6Lm3a')),
  }),
  mk({
    slug: 'en-info-form-table', kind: 'info_request', lang: 'en', caseId: CASE.tomas,
    note: 'table with empty cells to fill in; text part is a short stub',
    from: SUPPORT, to: TOMAS.keep, subject: formSubject(CASE.tomas), date: d('2026-02-19 15:10:00', MX),
    enc: 'utf8qp',
    text: `Hello Tomas, please see the HTML version of this message for the details we need. Case ${CASE.tomas}.`,
    html: sfHtml(`<p>Hello Tomas,</p><p>To locate both records, please complete the table below and send it back:</p><table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse"><tr bgcolor="#f2f3f3"><th>&nbsp;</th><th>Account 1</th><th>Account 2</th></tr><tr><td>Candidate ID</td><td>&nbsp;</td><td>&nbsp;</td></tr><tr><td>Email</td><td>&nbsp;</td><td>&nbsp;</td></tr><tr><td>Name as shown</td><td>&nbsp;</td><td>&nbsp;</td></tr><tr><td>Keep? (Y/N)</td><td>&nbsp;</td><td>&nbsp;</td></tr></table><p>Thanks,<br>Marco</p>`, sfRef('7Mn4b')),
  }),
  mk({
    slug: 'en-info-new-reply-excerpt', kind: 'info_request', lang: 'en', caseId: CASE.oliver,
    note: 'notification that includes the agent\'s question (exam date for the old account)',
    from: AWS_NOTIFY, to: OLIVER.keep, subject: `New correspondence on case ${CASE.oliver}`, date: d('2026-01-16 09:00:00', CET),
    enc: 'utf8qp',
    html: shell({ lang: 'en', pre: 'An agent replied', body: `<p>There's a new reply on case ${CASE.oliver}:</p><div style="border-left:4px solid #0073bb;padding:8px 12px;background:#f1faff">"Oliver, we found two candidates named Oliver Brandt on the old address. When (roughly) did you sit the SAA exam, and was it online or at a test centre?"</div>${button('Reply on the case', caseUrl(CASE.oliver))}` }),
  }),
  mk({
    slug: 'en-info-lookalike-verify', kind: 'info_request', lang: 'en', caseId: CASE.sunita, trusted: false,
    note: 'look-alike domain aws-training-support.co asks to verify IDs and a password',
    from: 'AWS Training and Certification <case@aws-training-support.co>', to: SUNITA.keep, subject: formSubject(CASE.sunita), date: d('2026-02-06 03:31:00', IST),
    enc: 'utf8qp',
    html: shell({ lang: 'en', pre: 'Action required', body: `<p>Dear customer,</p><p>To continue the merge we must verify your identity. Enter both candidate IDs and your password below within 24 hours.</p>${button('Verify now', 'https://aws-training-support.co/verify')}` }),
  }),
  mk({
    slug: 'en-info-outlook-proof', kind: 'info_request', lang: 'en', caseId: CASE.tomas,
    note: 'agent asks for a photo ID name match; Outlook-style quote of the user\'s reply; inline signature image',
    from: SUPPORT, to: TOMAS.keep, subject: formSubject(CASE.tomas), date: d('2026-02-21 11:00:00', MX),
    enc: 'utf8b64', inline: [sigImg('image001.png@01DCA2B3.1F2E3D40')], relatedOuter: true,
    text: 'Hi Tomas, see below.',
    html: outlookHtml(mso(['Hi Tomas,', '', 'Thanks for the table. The names differ slightly ("Tomás Rivera" vs "Tomas Rivera Ruiz").', 'Would you send us the exact name printed on the ID you used at the exam, for each account?', '', 'Marco', '<img width="90" src="cid:image001.png@01DCA2B3.1F2E3D40" alt="AWS">']),
      { from: `Tomas Rivera <${TOMAS.keep}>`, sent: 'Friday, February 20, 2026 6:02 PM', to: SUPPORT_BARE, subject: formSubject(CASE.tomas) },
      mso([`Account 1: ${TOMAS.srcId} / ${TOMAS.src} / Tomas Rivera Ruiz / N`, `Account 2: ${TOMAS.keepId} / ${TOMAS.keep} / Tomás Rivera / Y`]), 'en'),
  }),
  mk({
    slug: 'en-info-gmail-quoted', kind: 'info_request', lang: 'en', caseId: CASE.sunita,
    note: 'agent asks for the candidate ID of the startup account; user\'s Gmail quote below',
    from: SUPPORT, to: SUNITA.keep, subject: formSubject(CASE.sunita), date: d('2026-02-06 16:02:00', IST),
    enc: 'utf8qp',
    html: sfHtml(`<p>Hi Sunita,</p><p>Noted, we'll keep ${SUNITA.keep}. One more thing: what is the candidate ID shown on the startup account's profile page? We can't search by email alone for that one.</p><p>Ravi</p>`, sfRef('8No5c'),
      gmailHtml(`Please keep ${SUNITA.keep}, thanks!`, `On Thu, Feb 5, 2026 at 12:30 PM AWS Training and Certification &lt;${SUPPORT_BARE}&gt; wrote:`, 'Could you please confirm which email address you would like to retain?')),
  }),

  // ---------------- confirmation_request (7) ----------------
  mk({
    slug: 'en-conf-cannot-undo-table', kind: 'confirmation_request', lang: 'en', caseId: CASE.oliver,
    note: 'merge direction in a table, cannot be undone, reply to authorize',
    from: SUPPORT, to: OLIVER.keep, subject: formSubject(CASE.oliver), date: d('2026-01-19 13:13:00', UTC),
    enc: 'utf8qp',
    html: sfHtml(`<p>Hi Oliver,</p><p>Here's what we're about to do:</p>${kv([['Source (will be retired)', `${OLIVER.srcId} &middot; ${OLIVER.src}`], ['Destination (kept)', `${OLIVER.keepId} &middot; ${OLIVER.keep}`]])}<p><b>This can't be reversed.</b> If that looks right, reply to this email authorizing us to go ahead.</p><p>Dana</p>`, sfRef('9Op6d')),
  }),
  mk({
    slug: 'en-conf-kindly-acknowledge', kind: 'confirmation_request', lang: 'en', caseId: CASE.sunita,
    note: 'kindly acknowledge the action is irreversible and that you wish to proceed',
    from: SUPPORT, to: SUNITA.keep, subject: formSubject(CASE.sunita), date: d('2026-02-07 10:10:10', IST),
    enc: 'utf8b64',
    html: sfHtml(`<p>Dear Sunita,</p><p>We have located both profiles. Kindly acknowledge that merging ${SUNITA.srcId} into ${SUNITA.keepId} is permanent and cannot be reverted, and that you wish us to proceed.</p><p>Regards,<br>Ravi</p>`, sfRef('0Pq7e')),
  }),
  mk({
    slug: 'en-conf-fail', kind: 'confirmation_request', lang: 'en', caseId: CASE.tomas, trusted: false, auth: 'fail',
    note: 'consent request with dmarc=fail on the receiving server',
    from: SUPPORT, to: TOMAS.keep, subject: formSubject(CASE.tomas), date: d('2026-02-22 04:04:04', MX),
    enc: 'utf8qp',
    html: sfHtml(`<p>Hello Tomas,</p><p>Please confirm the merge by clicking below. It cannot be undone.</p>${button('Confirm merge', 'https://merge-confirm.example.info/x')}`, sfRef('1Qr8f')),
  }),
  mk({
    slug: 'en-conf-team-list', kind: 'confirmation_request', lang: 'en', caseId: CASE.oliver, forUser: false, deliveredTo: 'cert-admins@consultco.example.com',
    note: 'consent request sent to a team distribution list; the user is not a recipient',
    from: SUPPORT, to: 'Cert Admins <cert-admins@consultco.example.com>', subject: formSubject(CASE.oliver), date: d('2026-01-19 13:20:00', UTC),
    enc: 'utf8qp',
    html: sfHtml('<p>Hello,</p><p>Before we merge the profiles, please reply confirming you agree; once merged they cannot be separated again.</p>', sfRef('2Rs9g')),
  }),
  mk({
    slug: 'en-conf-reply-i-agree', kind: 'confirmation_request', lang: 'en', caseId: CASE.tomas,
    note: 'asks to reply with "I agree" (irreversible); text part says less than HTML',
    from: SUPPORT, to: TOMAS.keep, subject: formSubject(CASE.tomas), date: d('2026-02-23 09:45:00', MX),
    enc: 'utf8qp',
    text: 'Hello Tomas, there is an update on your case. Please read the full message.',
    html: sfHtml(`<p>Hello Tomas,</p><p>Thanks, the names now match. To authorize the merge into ${TOMAS.keepId}, please reply with the words <b>&ldquo;I&nbsp;agree&rdquo;</b>. Note the merge is final.</p><p>Marco</p>`, sfRef('3St0h')),
  }),
  mk({
    slug: 'en-conf-nbsp-happy-to-proceed', kind: 'confirmation_request', lang: 'en', caseId: CASE.sunita,
    note: 'consent phrased without the word confirm: "let us know you are happy for us to go ahead"; nbsp between words',
    from: SUPPORT, to: SUNITA.keep, subject: formSubject(CASE.sunita), date: d('2026-02-07 10:40:00', IST),
    enc: 'utf8qp',
    html: sfHtml(`<p>Hi again Sunita,</p><p>${nb('All set on our side.')} ${nb('Merging is one-way')}&nbsp;&mdash; ${nb('the startup profile disappears afterwards')}. ${nb('Let us know you are happy for us to go ahead')}&nbsp;and we'll schedule it.</p>`, sfRef('4Tu1i')),
  }),
  mk({
    slug: 'en-conf-gmail-thread', kind: 'confirmation_request', lang: 'en', caseId: CASE.oliver,
    note: 'consent request above a long Gmail-quoted history',
    from: SUPPORT, to: OLIVER.keep, subject: formSubject(CASE.oliver), date: d('2026-01-18 17:30:00', UTC),
    enc: 'utf8qp',
    html: sfHtml(`<p>Oliver,</p><p>Thanks for the exam details; that settles which record is yours. Do we have your go-ahead to merge the consulting account into ${OLIVER.keep}? Once done, it can't be undone.</p><p>Dana</p>`, sfRef('5Uv2j'),
      gmailHtml('It was online, around March 2023.', `On Fri, Jan 16, 2026 at 9:00 AM AWS Training and Certification &lt;${SUPPORT_BARE}&gt; wrote:`, gmailHtml('When did you sit the SAA exam?', 'On Thu, Jan 15, 2026 Oliver Brandt wrote:', OLIVER_REQ))),
  }),

  // ---------------- merge_completed (7) ----------------
  mk({
    slug: 'en-merge-portal-cell', kind: 'merge_completed', lang: 'en', caseId: null,
    note: 'portal notice with the merge result only in a table cell ("Completed"), no case ID',
    from: PORTAL, to: OLIVER.keep, subject: 'Update on your AWS Certification account', date: d('2026-01-20 05:00:00', UTC),
    enc: 'utf8qp',
    text: 'This email requires HTML. View it online: https://www.aws.training/notifications/88120',
    html: shell({ lang: 'en', pre: 'Your account request has been processed', body: `<p>Hello Oliver,</p>${kv([['Request', 'Account merge'], ['From', OLIVER.srcId], ['Into', OLIVER.keepId], ['Result', badge('Completed', '#1d8102')]])}${button('Sign in', 'https://www.aws.training/Certification')}` }),
  }),
  mk({
    slug: 'en-merge-consolidated', kind: 'merge_completed', lang: 'en', caseId: CASE.oliver,
    note: 'support: the two profiles have now been consolidated; please check it all looks right',
    from: SUPPORT, to: OLIVER.keep, subject: formSubject(CASE.oliver), date: d('2026-01-20 09:14:00', UTC),
    enc: 'utf8qp',
    html: sfHtml(`<p>Hi Oliver,</p><p>Good news: the two profiles have now been consolidated under ${OLIVER.keepId}. Please sign in and check that your certifications and exam history look right.</p><p>Dana</p>`, sfRef('6Vw3k')),
  }),
  mk({
    slug: 'en-merge-and-closing', kind: 'merge_completed', lang: 'en', caseId: CASE.sunita,
    note: 'merge done, case will be resolved now: the new fact is the merge',
    from: SUPPORT, to: SUNITA.keep, subject: formSubject(CASE.sunita), date: d('2026-02-09 11:11:00', IST),
    enc: 'utf8b64',
    html: sfHtml(`<p>Dear Sunita,</p><p>We've merged ${SUNITA.srcId} into ${SUNITA.keepId}; everything now sits under ${SUNITA.keep}. As nothing else is outstanding, I'll resolve this case.</p><p>Ravi</p>`, sfRef('7Wx4l')),
  }),
  mk({
    slug: 'en-merge-lookalike-server', kind: 'merge_completed', lang: 'en', caseId: CASE.tomas, trusted: false, auth: 'lookalikeServer',
    note: 'completion whose Authentication-Results comes from a look-alike authserv-id',
    from: SUPPORT, to: TOMAS.keep, subject: formSubject(CASE.tomas), date: d('2026-02-24 06:06:06', MX),
    enc: 'utf8qp',
    html: sfHtml('<p>Hello Tomas,</p><p>Your accounts are now merged.</p>', sfRef('8Xy5m')),
  }),
  mk({
    slug: 'en-merge-stub-says-update', kind: 'merge_completed', lang: 'en', caseId: CASE.tomas,
    note: 'text part only says "your case was updated"; HTML says the merge went through',
    from: SUPPORT, to: TOMAS.keep, subject: formSubject(CASE.tomas), date: d('2026-02-24 14:30:00', MX),
    enc: 'utf8qp',
    text: 'Your case was updated.',
    html: sfHtml(`<p>Hello Tomas,</p><p>Thanks for the go-ahead. The merge went through this afternoon; ${TOMAS.srcId} no longer exists and its history is on ${TOMAS.keepId}.</p><p>Marco</p>`, sfRef('9Yz6n')),
  }),
  mk({
    slug: 'en-merge-outlook-quote', kind: 'merge_completed', lang: 'en', caseId: CASE.sunita,
    note: 'agent\'s completion note on top of the user\'s Outlook consent reply',
    from: SUPPORT, to: SUNITA.keep, subject: formSubject(CASE.sunita), date: d('2026-02-08 19:00:00', IST),
    enc: 'utf8qp',
    html: outlookHtml(mso(['Hi Sunita,', '', 'All done &ndash; the accounts are combined and you can sign in with ' + SUNITA.keep + '.', '', 'Ravi']),
      { from: `Sunita Rao <${SUNITA.keep}>`, sent: 'Saturday, February 7, 2026 11:02 AM', to: SUPPORT_BARE, subject: formSubject(CASE.sunita) },
      mso(['Yes, happy for you to go ahead.', 'Sunita']), 'en'),
  }),
  mk({
    slug: 'en-merge-notify-excerpt', kind: 'merge_completed', lang: 'en', caseId: CASE.oliver,
    note: 'notification quoting the agent\'s message: "merge is complete"',
    from: AWS_NOTIFY, to: OLIVER.keep, subject: `Case ${CASE.oliver}: new message from AWS`, date: d('2026-01-20 09:15:00', UTC),
    enc: 'utf8qp',
    html: shell({ lang: 'en', pre: 'Merge complete', body: `<p>New message on case ${CASE.oliver}:</p><div style="background:#f8f8f8;padding:10px;border:1px solid #eaeded">&ldquo;Your account merge is complete. The consulting profile's certifications now show on ${OLIVER.keepId}.&rdquo;</div>${button('View case', caseUrl(CASE.oliver))}` }),
  }),

  // ---------------- badges_transferred (7) ----------------
  mk({
    slug: 'en-credly-alt-only', kind: 'badges_transferred', lang: 'en', caseId: null,
    note: 'Credly: AWS sent you a badge; badge name only in the img alt text',
    from: CREDLY_AWS, to: OLIVER.keep, subject: 'Amazon Web Services Training and Certification sent you a new badge', date: d('2026-01-21 02:10:00', UTC),
    enc: 'utf8qp', relay: 'o1.email.credly.com',
    html: credlyHtml({ lang: 'en', pre: 'Claim your badge', issuer: 'Issued by Amazon Web Services Training and Certification', intro: 'Oliver, you have a new badge waiting.', badges: [{ name: SAA, img: img(1) }], buttonLabel: 'Accept your badge', href: 'https://www.credly.com/badges/8812/accept' }),
  }),
  mk({
    slug: 'en-credly-two-badges', kind: 'badges_transferred', lang: 'en', caseId: null,
    note: 'Credly: two AWS badges added to the account (names in alt)',
    from: CREDLY_AWS, to: SUNITA.keep, subject: "You've earned 2 badges from Amazon Web Services Training and Certification", date: d('2026-02-10 04:00:00', UTC),
    enc: 'utf8b64', relay: 'o2.email.credly.com',
    html: credlyHtml({ lang: 'en', pre: 'Two new badges', issuer: 'Amazon Web Services Training and Certification', intro: 'Nice work, Sunita! These badges are now in your Credly wallet:', badges: [{ name: CLF, img: img(2) }, { name: MLA, img: img(3) }], buttonLabel: 'View badges', href: 'https://www.credly.com/users/sunita-rao' }),
  }),
  mk({
    slug: 'en-support-badges-moved', kind: 'badges_transferred', lang: 'en', caseId: CASE.oliver,
    note: 'support: the Credly badges have been moved to the kept email; closing',
    from: SUPPORT, to: OLIVER.keep, subject: formSubject(CASE.oliver), date: d('2026-01-23 10:00:00', UTC),
    enc: 'utf8qp',
    html: sfHtml(`<p>Hi Oliver,</p><p>Our Credly team has moved your SAA and DOP badges across to ${OLIVER.keep}. You should see them on your Credly profile now. I'll close the case; reply if anything's missing.</p><p>Dana</p>`, sfRef('0Za7o')),
  }),
  mk({
    slug: 'en-credly-gmail-display-spoof', kind: 'badges_transferred', lang: 'en', caseId: null, trusted: false,
    note: 'display name says Credly but the address is a free-mail account',
    from: 'Amazon Web Services Training and Certification via Credly <credly.badges.notify@gmail.com>', to: TOMAS.keep, subject: 'Your badge is ready', date: d('2026-02-25 07:07:07', MX),
    enc: 'utf8qp',
    html: credlyHtml({ lang: 'en', pre: 'Claim now', issuer: 'Amazon Web Services Training and Certification', intro: 'Tomas, your badge was transferred. Claim it before it expires.', badges: [{ name: DEA, img: img(4) }], buttonLabel: 'Accept your badge', href: 'https://claim-badge.example.biz/' }),
  }),
  mk({
    slug: 'en-support-badges-reissued', kind: 'badges_transferred', lang: 'en', caseId: CASE.sunita,
    note: 'support: badges re-issued to the kept address, accept them from the Credly mail',
    from: SUPPORT, to: SUNITA.keep, subject: formSubject(CASE.sunita), date: d('2026-02-10 10:30:00', IST),
    enc: 'utf8qp',
    html: sfHtml(`<p>Dear Sunita,</p><p>The badges from your startup account have been re-issued on Credly to ${SUNITA.keep}. You'll get Credly emails to accept them.</p>`, sfRef('1Ab8p')),
  }),
  mk({
    slug: 'en-credly-to-other-person', kind: 'badges_transferred', lang: 'en', caseId: null, forUser: false,
    note: 'AWS badge mail addressed to someone else (a colleague)',
    from: CREDLY_AWS, to: 'Lena Vogel <lena.vogel@consultco.example.com>', subject: 'Amazon Web Services Training and Certification sent you a new badge', date: d('2026-01-22 02:00:00', UTC),
    enc: 'utf8qp', relay: 'o1.email.credly.com',
    html: credlyHtml({ lang: 'en', pre: 'New badge', issuer: 'Amazon Web Services Training and Certification', intro: 'Lena, a new badge is waiting for you.', badges: [{ name: DOP, img: img(5) }], buttonLabel: 'Accept your badge', href: 'https://www.credly.com/badges/x/accept' }),
  }),
  mk({
    slug: 'en-credly-transferred-tomas', kind: 'badges_transferred', lang: 'en', caseId: null,
    note: 'Credly: badge now on the account, multipart with a short text part naming nothing',
    from: CREDLY_AWS, to: TOMAS.keep, subject: 'A badge has been added to your Credly profile', date: d('2026-02-26 03:00:00', UTC),
    enc: 'ascii7', htmlEnc: 'utf8qp', relay: 'o2.email.credly.com',
    text: 'A badge was added to your profile. View: https://www.credly.com/earner/earned',
    html: credlyHtml({ lang: 'en', pre: 'Added to your profile', issuer: 'Amazon Web Services Training and Certification', intro: 'Tomas, this badge from Amazon Web Services Training and Certification is now on your profile:', badges: [{ name: SAA, img: img(6) }], buttonLabel: 'Share badge', href: 'https://www.credly.com/earner/earned' }),
  }),

  // ---------------- case_closed (6) ----------------
  mk({
    slug: 'en-closed-resolved-reopen', kind: 'case_closed', lang: 'en', caseId: CASE.tomas,
    note: 'notification: case status Resolved, Reopen button',
    from: AWS_NOTIFY, to: TOMAS.keep, subject: `Case ${CASE.tomas} has been resolved`, date: d('2026-03-03 08:00:00', MX),
    enc: 'utf8qp',
    html: shell({ lang: 'en', pre: 'Status changed', body: `<p>Case ${CASE.tomas} status: ${badge('Resolved', '#1d8102')}</p><p>If your issue isn't fixed, you can reopen within 14 days.</p>${button('Reopen case', caseUrl(CASE.tomas), '#545b64')}` }),
  }),
  mk({
    slug: 'en-closed-auto-5days', kind: 'case_closed', lang: 'en', caseId: CASE.oliver,
    note: 'will be automatically resolved in 5 days without a response',
    from: SUPPORT, to: OLIVER.keep, subject: formSubject(CASE.oliver), date: d('2026-01-17 09:00:00', UTC),
    enc: 'utf8qp',
    html: sfHtml('<p>Hi Oliver,</p><p>Just checking in &ndash; we haven\'t heard back. If there\'s no response within 5&nbsp;days, this case will be automatically resolved.</p>', sfRef('2Bc9q')),
  }),
  mk({
    slug: 'en-closed-restates', kind: 'case_closed', lang: 'en', caseId: CASE.sunita, trap: true,
    note: 'closing that restates the merge done earlier ("as merged on Feb 8")',
    from: SUPPORT, to: SUNITA.keep, subject: formSubject(CASE.sunita), date: d('2026-02-16 10:00:00', IST),
    enc: 'utf8qp',
    html: sfHtml('<p>Dear Sunita,</p><p>As your accounts were merged on 8 February and badges re-issued since, we are now closing this case. Thank you for your patience.</p>', sfRef('3Cd0r')),
  }),
  mk({
    slug: 'en-closed-forged-below', kind: 'case_closed', lang: 'en', caseId: CASE.tomas, trusted: false, auth: 'forgedBelow',
    note: 'closing notice with a planted dmarc=pass below the server\'s Received line',
    from: AWS_NOTIFY, to: TOMAS.keep, subject: `Case ${CASE.tomas} closed`, date: d('2026-03-01 01:00:00', MX),
    enc: 'utf8qp',
    html: shell({ lang: 'en', pre: 'Closed', body: `<p>Your case ${CASE.tomas} has been closed.</p>` }),
  }),
  mk({
    slug: 'en-closed-table-status', kind: 'case_closed', lang: 'en', caseId: CASE.oliver,
    note: 'case summary table: Status cell "Closed", nothing else new',
    from: SUPPORT_CENTER, to: OLIVER.keep, subject: 'Your support case status', date: d('2026-01-30 07:30:00', UTC),
    enc: 'utf8b64',
    html: shell({ lang: 'en', pre: 'Case status', body: `${kv([['Case', CASE.oliver], ['Subject', 'Certification account merge'], ['Status', '<b>Closed</b>'], ['Closed on', 'Jan 30, 2026']])}<p>Thanks for using AWS Support.</p>` }),
  }),
  mk({
    slug: 'en-closed-no-response', kind: 'case_closed', lang: 'en', caseId: CASE.tomas,
    note: 'resolved because no reply was received',
    from: SUPPORT, to: TOMAS.keep, subject: formSubject(CASE.tomas), date: d('2026-03-02 12:00:00', MX),
    enc: 'utf8qp',
    html: sfHtml('<p>Hello Tomas,</p><p>Since we have not recieved a reply to our last message, we have resolved this case. You can reply within 14 days to reopen it.</p>', sfRef('4De1s')),
  }),

  // ---------------- support_reply (7) ----------------
  mk({
    slug: 'en-sr-new-reply-link', kind: 'support_reply', lang: 'en', caseId: CASE.sunita,
    note: 'notification: there is a new reply on your case, view it on the portal (nothing else)',
    from: AWS_NOTIFY, to: SUNITA.keep, subject: `There's a new reply on your case ${CASE.sunita}`, date: d('2026-02-05 12:31:00', IST),
    enc: 'utf8qp',
    text: 'This message requires HTML.',
    html: shell({ lang: 'en', pre: 'New reply', body: `<p>There is a new reply on your case ${CASE.sunita}. Sign in to read it.</p>${button('View case', caseUrl(CASE.sunita))}<p style="font-size:12px;color:#687078">Replies to this email are not added to the case.</p>` }),
  }),
  mk({
    slug: 'en-sr-thanks-confirming', kind: 'support_reply', lang: 'en', caseId: CASE.oliver, trap: true,
    note: 'thanks for confirming, passed to the back-end team; not merged yet',
    from: SUPPORT, to: OLIVER.keep, subject: formSubject(CASE.oliver), date: d('2026-01-19 15:00:00', UTC),
    enc: 'utf8qp',
    html: sfHtml('<p>Hi Oliver,</p><p>Thanks for confirming. I\'ve handed this to the team that performs merges; I\'ll update you as soon as it\'s done.</p><p>Dana</p>', sfRef('5Ef2t')),
  }),
  mk({
    slug: 'en-sr-unable-to-merge', kind: 'support_reply', lang: 'en', caseId: CASE.tomas, trap: true,
    note: 'unable to merge while an exam is scheduled on the source account; asks nothing',
    from: SUPPORT, to: TOMAS.keep, subject: formSubject(CASE.tomas), date: d('2026-02-20 10:00:00', MX),
    enc: 'utf8qp',
    html: sfHtml('<p>Hello Tomas,</p><p>We\'re unable to merge right now because the old account has an exam booked for March 2. Merges can\'t run while an appointment is pending; we\'ll pick this up after the exam.</p>', sfRef('6Fg3u')),
  }),
  mk({
    slug: 'en-sr-duplicate-cases', kind: 'support_reply', lang: 'en', caseId: CASE.sunita, trap: true,
    note: 'we merged your duplicate cases into this one',
    from: SUPPORT, to: SUNITA.keep, subject: formSubject(CASE.sunita), date: d('2026-02-04 18:00:00', IST),
    enc: 'utf8qp',
    html: sfHtml(`<p>Hi Sunita,</p><p>We noticed two cases for the same request and have merged them into ${CASE.sunita}. Please keep replying here.</p>`, sfRef('7Gh4v')),
  }),
  mk({
    slug: 'en-sr-lookalike-subdomain', kind: 'support_reply', lang: 'en', caseId: CASE.oliver, trusted: false,
    note: 'status update from amazon.com.support-case.net (look-alike: not a subdomain of amazon.com)',
    from: 'AWS Training and Certification <cases@amazon.com.support-case.net>', to: OLIVER.keep, subject: formSubject(CASE.oliver), date: d('2026-01-18 02:00:00', UTC),
    enc: 'utf8qp',
    html: sfHtml('<p>Hi Oliver,</p><p>Your request is being processed. We will be in touch.</p>', sfRef('8Hi5w')),
  }),
  mk({
    slug: 'en-sr-escalated', kind: 'support_reply', lang: 'en', caseId: CASE.tomas,
    note: 'escalated to a specialist team, 3-5 business days',
    from: SUPPORT, to: TOMAS.keep, subject: formSubject(CASE.tomas), date: d('2026-02-23 17:00:00', MX),
    enc: 'utf8b64',
    html: sfHtml('<p>Hello Tomas,</p><p>I\'ve escalated this to our certification operations team. They usually need 3&ndash;5 buisness days. No action is needed from you meanwhile.</p>', sfRef('9Ij6x')),
  }),
  mk({
    slug: 'en-sr-once-merged-badges', kind: 'support_reply', lang: 'en', caseId: CASE.sunita, trap: true,
    note: 'future: once the merge is finished, badges will be re-issued',
    from: SUPPORT, to: SUNITA.keep, subject: formSubject(CASE.sunita), date: d('2026-02-08 09:00:00', IST),
    enc: 'utf8qp',
    html: sfHtml('<p>Dear Sunita,</p><p>Once the merge is finished, your Credly badges will be re-issued to the kept address. I\'ll write again when both steps are complete.</p>', sfRef('0Jk7y')),
  }),

  // ---------------- unrelated (8) ----------------
  mk({
    slug: 'en-un-csat', kind: 'unrelated', lang: 'en', caseId: CASE.oliver, trap: true,
    note: 'survey: was your issue resolved? star buttons',
    from: 'AWS Support Survey <survey@amazon.com>', to: OLIVER.keep, subject: 'How did we do?', date: d('2026-01-24 12:00:00', UTC),
    enc: 'utf8qp',
    html: shell({ lang: 'en', pre: 'One question', body: `<p>Was your issue on case ${CASE.oliver} resolved?</p><table role="presentation"><tr><td>${button('Yes', 'https://survey.example/y', '#1d8102')}</td><td width="8"></td><td>${button('No', 'https://survey.example/n', '#d13212')}</td></tr></table>` }),
  }),
  mk({
    slug: 'en-un-newsletter', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'marketing: "bring your learning together", "registration complete" wording',
    from: TC_NEWS, to: SUNITA.keep, subject: 'Bring all your AWS learning together in one place', date: d('2026-03-03 18:00:00', UTC),
    enc: 'utf8qp',
    html: shell({ lang: 'en', pre: 'New: a unified learner dashboard', body: `<h1 style="font-size:22px">One dashboard. All your progress.</h1><p>Your courses, labs and badges, merged into one view. Plus: 25% off AWS Skill Builder annual until March 31.</p>${button('Explore', 'https://skillbuilder.aws/')}`, footer: '<a href="https://pages.awscloud.com/unsubscribe">Unsubscribe</a>' }),
  }),
  mk({
    slug: 'en-un-exam-results', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'exam results are available (completed exam)',
    from: PORTAL, to: TOMAS.keep, subject: 'Your AWS Certification exam results are available', date: d('2026-03-04 16:00:00', MX),
    enc: 'utf8qp',
    html: shell({ lang: 'en', pre: 'Results', body: `<p>Congratulations, Tomas! You completed the exam on March 2, and your results for AWS Certified Data Engineer - Associate are in.</p>${kv([['Result', 'Pass'], ['Score', '781']])}` }),
  }),
  mk({
    slug: 'en-un-own-outlook-reply', kind: 'unrelated', lang: 'en', caseId: CASE.oliver, trusted: false, trap: true,
    note: 'the user\'s own Outlook consent reply copied to himself',
    from: `Oliver Brandt <${OLIVER.keep}>`, to: SUPPORT_BARE, cc: OLIVER.keep, subject: formSubject(CASE.oliver), date: d('2026-01-19 14:40:00', CET), auth: 'none',
    enc: 'utf8qp',
    html: outlookHtml(mso(['Hi Dana,', '', 'Confirmed &ndash; please go ahead and merge.', '', 'Oliver']),
      { from: SUPPORT, sent: 'Monday, January 19, 2026 2:13 PM', to: OLIVER.keep, subject: formSubject(CASE.oliver) },
      mso(["This can't be reversed. If that looks right, reply to this email authorizing us to go ahead."]), 'en'),
  }),
  mk({
    slug: 'en-un-linux-foundation-credly', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'Credly badge from another issuer (The Linux Foundation)',
    from: 'The Linux Foundation via Credly <admin@credly.com>', to: SUNITA.keep, subject: 'The Linux Foundation sent you a new badge', date: d('2026-02-12 04:00:00', UTC),
    enc: 'utf8qp', relay: 'o1.email.credly.com',
    html: credlyHtml({ lang: 'en', pre: 'New badge', issuer: 'Issued by The Linux Foundation', intro: 'Sunita, you have a new badge.', badges: [{ name: 'CKA: Certified Kubernetes Administrator', img: img(8) }], buttonLabel: 'Accept your badge', href: 'https://www.credly.com/badges/lf/accept' }),
  }),
  mk({
    slug: 'en-un-billing-case-closed', kind: 'unrelated', lang: 'en', caseId: CASE.oliverBilling, trap: true,
    note: 'the user\'s other case about a billing refund was resolved',
    from: SUPPORT_CENTER, to: OLIVER.keep, subject: `Case ${CASE.oliverBilling} resolved: refund for duplicate Skill Builder charge`, date: d('2026-02-02 09:00:00', UTC),
    enc: 'utf8qp',
    html: shell({ lang: 'en', pre: 'Refund issued', body: `<p>Your billing case about the duplicate Skill Builder subscription charge has been resolved. The refund was issued to your card.</p>${kv([['Case', CASE.oliverBilling], ['Status', badge('Resolved', '#1d8102')]])}` }),
  }),
  mk({
    slug: 'en-un-webinar-confirm', kind: 'unrelated', lang: 'en', caseId: null, trusted: false, trap: true,
    note: 'webinar registration confirmation from an events platform',
    from: 'AWS Events <no-reply@events-platform.example.com>', to: TOMAS.keep, subject: 'Registration confirmed: Preparing for AWS Certification', date: d('2026-02-27 10:00:00', MX),
    enc: 'utf8qp', attach: [{ name: 'invite.ics', type: 'text/calendar', data: Buffer.from('BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n') }],
    html: '<html><body><p>Hi Tomas, your registration is confirmed. We look forward to seeing you on March 12.</p></body></html>',
  }),
  mk({
    slug: 'en-un-ooo-agent', kind: 'unrelated', lang: 'en', caseId: CASE.sunita, trusted: false, trap: true,
    note: 'auto-reply from the user\'s former employer mailbox (cc on the case): "your request has been received"',
    from: 'StartupLab IT <it@startuplab.example.io>', to: SUNITA.keep, subject: `Automatic reply: ${formSubject(CASE.sunita)}`, date: d('2026-02-07 10:41:00', IST), auth: 'none',
    enc: 'utf8qp', extra: ['Auto-Submitted: auto-replied'],
    html: '<html><body><p>Your message has been received. This mailbox is no longer monitored; please contact hello@startuplab.example.io.</p></body></html>',
  }),
];

void esc;
