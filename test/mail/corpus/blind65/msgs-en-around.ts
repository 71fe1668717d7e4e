// Set bl, English: the senders around a merge. All are `unrelated`.
import type { Msg } from './lib.js';
import {
  CASE,
  CREDLY,
  CREDLY_NEWS,
  EVENTS,
  FISCHER,
  FORM,
  FORM_TC,
  HR_EN,
  IT_EN,
  NOREPLY,
  OKAFOR,
  PORTAL,
  SKILL,
  VUE,
  cd,
  formSubject,
  fwdEn,
  htmlDoc,
  mk,
  paras,
  pd,
} from './common.js';

const D = `${OKAFOR.en} <${OKAFOR.keep}>`;
const Dsrc = `Dan Okafor <${OKAFOR.src}>`;
const L = `${FISCHER.en} <${FISCHER.keep}>`;

export const EN_AROUND: Msg[] = [
  mk({
    slug: 'u-credly-digest',
    kind: 'unrelated',
    lang: 'en',
    trap: true,
    note: 'Credly weekly digest mentioning badge views and an issued badge count',
    from: CREDLY_NEWS,
    to: D,
    subject: 'Your week on Credly: 14 badge views',
    date: pd('2026-02-09 06:00:00'),
    enc: 'utf8qp',
    html: htmlDoc(
      `<h3>Hi Daniel, here's your weekly recap</h3>
<ul><li>Your badges were viewed 14 times</li><li>2 badges issued to you in the last 30 days</li><li>3 new job matches for &ldquo;Cloud Security Engineer&rdquo;</li></ul>
<p><a href="https://www.credly.com/users/dan-okafor">See your profile</a></p>
<p style="font-size:11px">You're receiving this weekly digest because of your notification settings.</p>`,
      'Credly',
    ),
  }),
  mk({
    slug: 'u-credly-share-en',
    kind: 'unrelated',
    lang: 'en',
    trap: true,
    note: 'Credly share reminder for an AWS badge already accepted',
    from: CREDLY,
    to: D,
    subject: "Don't forget to share your AWS Certified Security - Specialty badge",
    date: pd('2026-02-06 07:30:00'),
    enc: 'ascii7',
    text: `Hi Daniel,

You accepted your AWS Certified Security - Specialty badge a few days ago but haven't shared it yet.
Members who share their badges on LinkedIn get noticed by recruiters more often.

Share now: https://www.credly.com/badges/9f0a1b2c/linked_in

Credly`,
  }),
  mk({
    slug: 'u-credly-merge-code',
    kind: 'unrelated',
    lang: 'en',
    trap: true,
    note: "Credly's own account-merge verification code",
    from: CREDLY,
    to: L,
    subject: 'Complete your Credly account merge',
    date: cd('2026-06-14 19:12:40'),
    enc: 'utf8b64',
    text: `Hi Lena,

We received a request to merge the Credly account for ${FISCHER.keep} with another Credly account.
Enter this code to complete the merge: 482 913

The code expires in 30 minutes. If you didn't ask for this, you can ignore this email.

Credly Support`,
  }),
  mk({
    slug: 'u-credly-hashicorp',
    kind: 'unrelated',
    lang: 'en',
    trap: true,
    note: 'Credly badge from another issuer (HashiCorp)',
    from: 'HashiCorp via Credly <admin@credly.com>',
    to: L,
    subject: 'HashiCorp sent you a new badge',
    date: cd('2026-06-13 11:00:00'),
    enc: 'utf8qp',
    html: htmlDoc(
      `<p>Lena, congratulations!</p><p>HashiCorp has issued you the <b>HashiCorp Certified: Terraform Associate (003)</b> badge.</p><p><a href="https://www.credly.com/earner/earned/badge/7788ccdd">Accept your badge</a></p>`,
      'Credly',
    ),
  }),
  mk({
    slug: 'u-credly-accepted-ms',
    kind: 'unrelated',
    lang: 'en',
    trap: true,
    note: 'Credly note after accepting a Microsoft badge (other issuer)',
    from: CREDLY,
    to: D,
    subject: 'You accepted a badge from Microsoft',
    date: pd('2026-03-03 21:40:00'),
    enc: 'ascii7',
    text: `Nice work, Daniel.

Your Microsoft Certified: Azure Administrator Associate badge is now on your Credly profile.
Next step: add it to your email signature or LinkedIn.

Credly`,
  }),
  mk({
    slug: 'u-vue-appointment-en',
    kind: 'unrelated',
    lang: 'en',
    trusted: false,
    trap: true,
    note: 'Pearson VUE appointment confirmation number',
    from: VUE,
    to: Dsrc,
    subject: 'Confirmation of your AWS Certification exam appointment',
    date: pd('2026-01-10 14:22:00'),
    enc: 'ascii7',
    text: `Dear Daniel Okafor,

Thank you for scheduling with Pearson VUE. This confirms your appointment.

Confirmation number: 0533-870266
Exam: DOP-C02 AWS Certified DevOps Engineer - Professional
Date: Saturday, February 14, 2026, 9:00 AM PST
Delivery: OnVUE online proctored

To reschedule or cancel, sign in at least 24 hours before the appointment.

Pearson VUE`,
  }),
  mk({
    slug: 'u-portal-pass-en',
    kind: 'unrelated',
    lang: 'en',
    trap: true,
    note: 'exam pass notice; says a Credly badge will be issued (new exam, not the merge)',
    from: PORTAL,
    to: L,
    subject: "Congratulations, you're AWS Certified!",
    date: cd('2026-07-02 05:10:00'),
    enc: 'utf8qp',
    text: `Hi Lena,

You passed AWS Certified Machine Learning Engineer - Associate. Nice work!

Your digital badge will be issued through Credly within a few days, and a new 50% exam benefit has been added to your account.

AWS Certification`,
  }),
  mk({
    slug: 'u-skill-complete-en',
    kind: 'unrelated',
    lang: 'en',
    trap: true,
    note: 'Skill Builder: learning plan completed',
    from: SKILL,
    to: D,
    subject: "You've completed: AWS Security Learning Plan",
    date: pd('2026-03-12 23:05:00'),
    enc: 'utf8b64',
    text: `Hi Daniel,

You've completed every course in the AWS Security Learning Plan. Your completion certificate is ready under My Learning.
Learning plans earn a Skill Builder digital badge when you pass the final assessment.

AWS Skill Builder`,
  }),
  mk({
    slug: 'u-mkt-webinar-en',
    kind: 'unrelated',
    lang: 'en',
    trap: true,
    note: 'AWS marketing webinar: "merge, migrate, modernize"',
    from: EVENTS,
    to: L,
    subject: 'Live webinar: merge accounts, migrate workloads, modernize with AWS Control Tower',
    date: cd('2026-06-20 15:00:00'),
    enc: 'utf8qp',
    text: `Hi Lena,

Join our solutions architects for a 60-minute session on consolidating multiple AWS accounts after an acquisition: how to merge organizations, move workloads and keep governance in one place.

Thursday, July 9, 2026, 10:00 CEST
Register: https://aws.amazon.com/events/

You are receiving this because you subscribed to AWS event updates.`,
    html: htmlDoc(
      paras(`Hi Lena,

Join our solutions architects for a 60-minute session on consolidating multiple AWS accounts after an acquisition: how to merge organizations, move workloads and keep governance in one place.

Thursday, July 9, 2026, 10:00 CEST
Register: https://aws.amazon.com/events/

You are receiving this because you subscribed to AWS event updates.`),
    ),
  }),
  mk({
    slug: 'u-hr-reimburse-en',
    kind: 'unrelated',
    lang: 'en',
    trusted: false,
    trap: true,
    note: 'employer HR: certification reimbursement request received/approved',
    from: HR_EN,
    to: Dsrc,
    subject: 'Your certification reimbursement request has been received',
    date: pd('2026-01-15 09:00:00'),
    enc: 'ascii7',
    text: `Hi Daniel,

We've received your request REQ-88213 for reimbursement of the AWS Certified Security - Specialty exam fee (USD 300).
Your manager has approved it; payment will be included in the next payroll run.

Please upload your Credly badge link to Workday if you haven't already.

People Team`,
  }),
  mk({
    slug: 'u-it-offboarding-en',
    kind: 'unrelated',
    lang: 'en',
    trusted: false,
    forUser: false,
    trap: true,
    note: 'employer IT offboarding notice to a leavers list; mentions closing accounts and moving badges',
    from: IT_EN,
    to: 'Leavers January <leavers-2026-01@northwind.example.com>',
    subject: 'Offboarding: your accounts will be closed on your last day',
    date: pd('2026-01-20 08:00:00'),
    enc: 'ascii7',
    text: `Hello,

As part of offboarding, your Northwind mailbox and SSO account will be closed at 17:00 on your last working day.
If you registered external services (certification portals, Credly badges, vendor accounts) with your work email, move them to a personal address before then. IT cannot recover them afterwards.

Northwind IT Service Desk`,
  }),
  mk({
    slug: 'u-survey-en',
    kind: 'unrelated',
    lang: 'en',
    trap: true,
    note: 'survey: was your issue resolved?',
    caseId: CASE.okafor,
    from: NOREPLY,
    to: D,
    subject: `How did we do on case ${CASE.okafor}?`,
    date: pd('2026-02-04 10:00:00'),
    enc: 'utf8qp',
    html: htmlDoc(
      `<p>Hi Daniel,</p><p>Your recent case (${CASE.okafor}) was closed. Was your issue resolved?</p><p><a href="https://survey.aws.example/yes">Yes</a> &middot; <a href="https://survey.aws.example/no">No</a></p><p>Thanks for helping us improve.</p>`,
      'AWS Support',
    ),
  }),
  mk({
    slug: 'u-voucher-case-resolved',
    kind: 'unrelated',
    lang: 'en',
    trap: true,
    note: "the user's other case about an exam voucher, resolved and closed (topic stated)",
    caseId: CASE.fischerVoucher,
    from: FORM_TC,
    to: L,
    subject: `RE:[CASE ${CASE.fischerVoucher}] [AWS Training and Certification Form Submission] - exam-voucher`,
    date: cd('2026-06-05 13:00:00'),
    enc: 'utf8b64',
    text: `Hi Lena,

Your voucher was not applied at checkout because it was issued for a different exam delivery provider. I have re-issued it for Pearson VUE; the new code is in your benefits tab.
As the voucher issue is resolved, I'm closing this case.

Aisha`,
  }),
  mk({
    slug: 'u-own-fwd-en',
    kind: 'unrelated',
    lang: 'en',
    trusted: false,
    trap: true,
    note: "the user's own forward of the completion to his other address",
    caseId: CASE.okafor,
    from: D,
    to: Dsrc,
    subject: `Fwd: ${formSubject(CASE.okafor)}`,
    date: pd('2026-01-31 13:40:00'),
    enc: 'ascii7',
    relay: 'smtp.example.org',
    text: `fyi - keeping a copy on the work account until it closes

${fwdEn(FORM_TC, 'Sat, Jan 31, 2026 at 1:20 PM', formSubject(CASE.okafor), D, `Hello Daniel,

Good news: ${OKAFOR.srcId} has been merged into ${OKAFOR.keepId}.

Priyanka`)}`,
  }),
  mk({
    slug: 'u-ooo-agent-en',
    kind: 'unrelated',
    lang: 'en',
    trap: true,
    note: "agent's out-of-office auto-reply; says the message was received by the queue (receipt words)",
    caseId: CASE.fischer,
    from: `Tomas R. <${FORM}>`,
    to: L,
    subject: `Automatic reply: ${formSubject(CASE.fischer)}`,
    date: cd('2026-06-13 20:31:00'),
    enc: 'utf8qp',
    extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    text: `I'm out of the office until June 15 with limited access to email. Your message has been received by the queue and a colleague may respond in the meantime.`,
  }),
];
