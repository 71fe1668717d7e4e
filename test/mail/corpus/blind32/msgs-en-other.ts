// Set ae, English: the users' OTHER AWS matters (exam refund, voucher order,
// lost access to the training account, Skill Builder, name correction, billing,
// MFA), plus own mail, auto-replies, surveys and other issuers' badges.
import type { Msg } from './lib.js';
import { rfcDate as d } from './lib.js';
import { SUPPORT, SUPPORT_ADDR, AWS_NOTIFY, AWS_SUPPORT, form, formNew, DAN, SOFIA, C, en, q, gmEn, olEn, htmlDoc } from './common.js';

const D = DAN;
const S = SOFIA;
const dTo = `${D.name} <${D.keep}>`;
const sTo = `${S.name} <${S.keep}>`;

export const EN_OTHER: Msg[] = [
  // ---------- other cases whose mail says nothing of its topic ----------
  en({
    slug: 'd-billing-ack-topicless',
    kind: 'acknowledgement',
    caseId: C.danBilling,
    note: "AWS Support receipt of the user's other case; it never says what the case is about; user only in Delivered-To",
    from: AWS_SUPPORT,
    to: 'undisclosed-recipients:;',
    rcpt: D.keep,
    deliveredTo: D.keep,
    subject: `AWS Support: Case ${C.danBilling} created`,
    date: d('2026-10-20 07:10:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello,

Thank you for contacting AWS Support. Your case ${C.danBilling} has been created, and you can follow its progress in the Support Center.

We'll be in touch soon.

Amazon Web Services`,
  }),
  en({
    slug: 's-name-ack-topicless-lf',
    kind: 'acknowledgement',
    caseId: C.sofiaName,
    note: 'receipt of the name-correction case with a generic subject and body (no topic); LF line ends',
    from: SUPPORT,
    to: sTo,
    subject: `[CASE ${C.sofiaName}] Thank you for contacting us`,
    date: d('2026-12-20 19:00:00', '+0100'),
    auth: 'pass',
    enc: 'ascii7',
    crlf: false,
    text: `Hi Sofia,

We've received your message and opened case ${C.sofiaName}. A member of the team will respond within 1-2 business days.

AWS Training and Certification`,
  }),
  en({
    slug: 's-skill-closed-topicless',
    kind: 'case_closed',
    caseId: C.sofiaSkill,
    note: 'closing of another case that never names its topic: read as a closing',
    from: SUPPORT,
    to: sTo,
    subject: form(C.sofiaSkill, 'case-update'),
    date: d('2027-01-12 17:00:00', '+0100'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Sofia,

We're closing this case now as we haven't had a reply in a while. Feel free to open a new one if you still need help.

Kind regards,
AWS Training and Certification`,
  }),

  // ---------- unrelated: other cases that say what they are about ----------
  en({
    slug: 'd-refund-processed-merge-aside',
    kind: 'unrelated',
    caseId: C.danRefund,
    trap: true,
    note: 'refund case: fee refund processed and case closing; mentions the merge case in passing',
    from: SUPPORT,
    to: dTo,
    subject: form(C.danRefund, 'exam-refund'),
    date: d('2026-10-29 10:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Daniel,

The USD 150 exam fee for your cancelled SAA-C03 appointment has been refunded to the card ending 4417. Allow up to 7 business days for it to appear. This completes your refund request, so I'll close this case.

Your account merge is being handled by a colleague on a separate case.

Marcus, AWS Training and Certification Payments`,
  }),
  en({
    slug: 'd-voucher-confirm-quantity',
    kind: 'unrelated',
    caseId: C.danVoucher,
    trap: true,
    note: 'team voucher order: please confirm quantity and billing (confirmation words about an order)',
    from: SUPPORT,
    to: dTo,
    subject: form(C.danVoucher, 'voucher-purchase'),
    date: d('2026-10-21 15:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Daniel,

Before we raise the invoice for your team's exam vouchers, please confirm the following is correct:

  Vouchers: 12 x AWS Certification exam (Associate)
  Billing entity: Okafor Consulting Ltd
  PO number: 2026-118

Reply "approved" and we'll issue the codes within two business days. Orders can't be changed once processed.

Hannah, AWS Training and Certification – Corporate Orders`,
  }),
  en({
    slug: 'd-access-same-template',
    kind: 'unrelated',
    caseId: C.danAccess,
    trap: true,
    note: 'same "account-assistance" form template as the merge, but about lost access / MFA reset on the training account; asks for info',
    from: SUPPORT,
    to: dTo,
    subject: form(C.danAccess),
    date: d('2026-10-24 13:30:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello Daniel,

I understand you can't sign in to AWS Skill Builder because the authenticator app on your old phone is gone. To reset multi-factor authentication on your AWS Builder ID I need to verify you: please send the email address on the Builder ID and the date of your last successful sign-in.

Regards,
Jorge, AWS Training and Certification`,
  }),
  en({
    slug: 's-skill-received-subject',
    kind: 'unrelated',
    caseId: C.sofiaSkill,
    trap: true,
    note: 'receipt of the Skill Builder case; the topic is in the subject only',
    from: SUPPORT,
    to: sTo,
    subject: formNew(C.sofiaSkill, 'skill-builder-subscription'),
    date: d('2026-12-22 09:00:00', '+0100'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Sofia,

We have received your request and will get back to you within one business day. Please don't open a second case for the same question.

AWS Training and Certification`,
  }),
  en({
    slug: 's-name-corrected',
    kind: 'unrelated',
    caseId: C.sofiaName,
    trap: true,
    note: 'name-correction case: the certificate name was updated (completed words, not a merge)',
    from: SUPPORT,
    to: sTo,
    subject: form(C.sofiaName, 'certificate-name-change'),
    date: d('2027-01-09 14:00:00', '+0100'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Hi Sofia,

The name on your certification record now reads "Sofia Lindqvist" (previously "Sofia Lindquist"). New certificates downloaded from the portal will show the corrected spelling; your Credly badges will update within 24 hours.

That completes this request.

Anita, AWS Training and Certification`,
  }),
  en({
    slug: 'd-billing-resolved-topic',
    kind: 'unrelated',
    caseId: C.danBilling,
    trap: true,
    note: 'AWS Support billing case resolved (topic named in the body): resolved words, different case',
    from: AWS_SUPPORT,
    to: D.keep,
    subject: `RE: Case ${C.danBilling}`,
    date: d('2026-10-23 06:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello Daniel,

I've reviewed the October charges on AWS account 4821-0093-3371. The NAT Gateway hours in us-east-1 account for the increase; I've applied a one-time courtesy credit of USD 23.40. I'm setting this case to resolved; reply within 14 days to reopen.

Best regards,
Kwame, AWS Billing and Accounts`,
  }),
  en({
    slug: 'd-own-refund-reply',
    kind: 'unrelated',
    caseId: C.danRefund,
    trusted: false,
    note: "the user's own reply on the refund case (sent copy, top-posted above the agent's question)",
    from: dTo,
    to: SUPPORT_ADDR,
    cc: D.keep,
    subject: form(C.danRefund, 'exam-refund'),
    date: d('2026-10-22 19:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Marcus,

The appointment was SAA-C03 on 14 Nov, booked on the 3rd, cancelled on the 18th. Order number 88120394.

(Please don't mix this up with the merge case, that one's separate.)

Daniel

${gmEn('2026-10-22 10:15', `AWS Training and Certification <${SUPPORT_ADDR}>`)}
${q('Hi Daniel,\n\nCould you send the exam name and the original appointment date?')}`,
  }),
  en({
    slug: 'd-pearson-reschedule',
    kind: 'unrelated',
    caseId: null,
    trusted: false,
    trap: true,
    note: 'test vendor: appointment rescheduled and confirmed (outside the trusted domains)',
    from: 'Pearson VUE <pearsonvueconfirmation@pearsonvue.com>',
    to: D.keep,
    subject: 'Confirmation of your rescheduled exam appointment',
    date: d('2026-10-26 18:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Dear Daniel Okafor,

Your appointment has been rescheduled.
Exam: AWS Certified Solutions Architect - Professional
New date: Friday, December 4, 2026 09:00 GMT
Registration ID: 512-773-904

Pearson VUE`,
  }),
  en({
    slug: 's-credly-hashicorp',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'Credly badge from another issuer (HashiCorp)',
    from: 'HashiCorp via Credly <admin@credly.com>',
    to: S.keep,
    subject: 'HashiCorp sent you a badge',
    date: d('2027-01-07 12:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Sofia, HashiCorp has issued you "HashiCorp Certified: Terraform Associate (003)".
Accept your badge: https://www.credly.com/earner/earned/badge/30c1d6ae`,
  }),
  en({
    slug: 'd-csat-survey',
    kind: 'unrelated',
    caseId: C.danMerge,
    trap: true,
    note: 'survey about the merge case: "was your issue resolved?"',
    from: AWS_NOTIFY,
    to: D.keep,
    subject: 'How did we do? Tell us about your recent case',
    date: d('2026-11-01 10:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Daniel,

You recently worked with us on case ${C.danMerge}. Was your issue resolved?

Yes  |  No

Your feedback takes less than a minute and helps us improve.

Amazon Web Services`,
  }),
  en({
    slug: 's-colleague-ooo',
    kind: 'unrelated',
    caseId: null,
    trusted: false,
    note: "a colleague's out-of-office reply to a message Sofia sent about the team's vouchers",
    from: 'Erik Holm <erik.holm@nordbank.example>',
    to: sTo,
    subject: 'Automatic reply: vouchers for the cert push',
    date: d('2027-01-04 08:00:00', '+0100'),
    auth: 'pass',
    enc: 'ascii7',
    extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    text: `I'm out of the office until 11 January with limited access to email. For voucher or training budget questions please contact training@nordbank.example.

Erik`,
  }),
  en({
    slug: 'd-vouchers-to-team-list',
    kind: 'unrelated',
    caseId: C.danVoucher,
    forUser: false,
    note: 'voucher codes delivered to a team list address, not to the user',
    from: SUPPORT,
    to: 'Cloud Team <cloud-team@okafor-consulting.example>',
    deliveredTo: 'cloud-team@okafor-consulting.example',
    subject: form(C.danVoucher, 'voucher-purchase'),
    date: d('2026-10-27 12:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello,

The 12 exam vouchers ordered by Daniel Okafor are ready. The codes are in the attached spreadsheet and are valid for 12 months.

Hannah, Corporate Orders`,
  }),
  en({
    slug: 's-mfa-resolved-html',
    kind: 'unrelated',
    caseId: C.sofiaMfa,
    trap: true,
    note: 'AWS Support MFA case: device removed, case resolved (topic in body); HTML-only',
    from: AWS_SUPPORT,
    to: S.keep,
    subject: `[Case ${C.sofiaMfa}] Update`,
    date: d('2027-01-03 10:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    html: htmlDoc(`<p>Hello Sofia,</p><p>Your identity verification was successful and the lost MFA device has been deactivated on the root user of your AWS account. You can now sign in with your password and register a new device.</p><p>We consider this matter resolved and have closed the case.</p><p>AWS Customer Service</p>`, 'en'),
  }),
  en({
    slug: 's-forwarded-to-manager',
    kind: 'unrelated',
    caseId: C.sofiaMerge,
    trusted: false,
    trap: true,
    note: "Sofia's own forward of the merge confirmation to her other address, with her note on top",
    from: `${S.name} <${S.src}>`,
    to: S.keep,
    subject: `FW: ${form(C.sofiaMerge)}`,
    date: d('2027-01-06 12:00:00', '+0100'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Saving this for my records - merge is done, name fix still pending.

${olEn('2027-01-06 11:30', `AWS Training and Certification <${SUPPORT_ADDR}>`, `${S.name} <${S.keep}>`, form(C.sofiaMerge))}

Hello Sofia,

The merge went through this morning.`,
  }),
];
