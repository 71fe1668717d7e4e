// English messages of the ds set. Voice: rare synonyms (amalgamate, fold into, consolidate, credential, sign-off, intake ...).
import type { Msg } from './lib.js';
import { ALEX, AWS_NOTIFY, CASE, CERT_PORTAL, CREDLY_AWS, MARIA, PRIYA, REQ_SAM, SAM, SUPPORT, SUPPORT_ADDR, form, gmailEn, mk, outlookEn, page, paras, quote, ref, sf } from './common.js';

const A = ALEX.keep;
const P = PRIYA.keep;
const M = MARIA.keep;
const S = SAM.keep;

export const EN: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'ack-sam-intake', kind: 'acknowledgement', lang: 'en', to: S, caseId: CASE.sam, from: AWS_NOTIFY, enc: 'ascii7', at: '2026-05-04 16:02:11',
    note: 'automatic intake notice with the case number, reply expected within a day',
    subject: `[CASE ${CASE.sam}] Intake notice: your inquiry is logged`,
    text: `Hello Sam Okafor,\n\nYour inquiry to AWS Training and Certification has been logged as case ${CASE.sam}.\nA specialist generally responds within 24 hours. Please refrain from opening a parallel case for the same matter, as that tends to slow things down.\n\nThis mailbox is not monitored.\nAmazon Web Services`,
  }),
  mk({
    slug: 'ack-priya-registration', kind: 'acknowledgement', lang: 'en', to: P, caseId: CASE.priya, enc: 'utf8qp', at: '2026-06-01 09:15:00', trap: true,
    note: 'receipt whose wording says the registration is complete; only the case registration, so an acknowledgement (trap: completion words)',
    subject: `[CASE ${CASE.priya}] [AWS Training and Certification Form Submission] - account-assistance`,
    text: `Dear Priya,\n\nRegistration of your request is complete \u2013 reference ${CASE.priya}.\nOne of our associates will review the submission and write back to this address.\n\nKind regards,\nAWS Training and Certification`,
  }),
  mk({
    slug: 'ack-maria-html', kind: 'acknowledgement', lang: 'en', to: M, caseId: CASE.maria, from: AWS_NOTIFY, enc: 'utf8b64', at: '2026-07-10 12:40:30',
    note: 'HTML-only receipt: the request was accepted under a case number',
    subject: 'We have accepted your request',
    html: page('Request accepted', `<p>Hi Maria,</p>\n<p>We have accepted your request and assigned it case number <strong>${CASE.maria}</strong>.</p>\n<p>Expect a reply from an agent soon. Replying to this message adds to the same case.</p>`),
  }),
  mk({
    slug: 'ack-alex-forged', kind: 'acknowledgement', lang: 'en', to: A, caseId: CASE.alex, from: AWS_NOTIFY, enc: 'ascii7', at: '2026-05-20 08:00:00', auth: 'none', trusted: false,
    note: 'receipt-shaped mail with no Authentication-Results at all: untrusted',
    subject: `[CASE ${CASE.alex}] Case logged`,
    text: `Your case ${CASE.alex} has been logged. An engineer will be in touch.`,
  }),
  mk({
    slug: 'ack-alex-dkimonly', kind: 'acknowledgement', lang: 'en', to: A, caseId: CASE.alex, from: AWS_NOTIFY, enc: 'ascii7', at: '2026-05-20 07:58:12', auth: 'dkimonly',
    note: 'genuine receipt authenticated by an aligned dkim=pass only; no topic mentioned',
    subject: `Case ${CASE.alex} opened`,
    text: `Hello,\n\nThanks for reaching out. We opened case ${CASE.alex} on your behalf and queued it for the next available associate.\n\n-- AWS Support`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'ai-sam-selfservice', kind: 'ai_answer', lang: 'en', to: S, from: AWS_NOTIFY, enc: 'ascii7', at: '2026-05-04 15:58:00',
    note: 'generated answer steering to the self-service Merge Accounts tool',
    subject: 'Suggested answer to your question',
    text: `This response was produced automatically by a generative AI assistant.\n\nYou can usually unify two certification profiles yourself: sign in at aws.training, open your Profile, choose "Merge Accounts" and authenticate with the other profile.\nIf both profiles carry certification history the tool will decline, and you can then select "Create case".\n\nDid this answer help? Yes / No`,
  }),
  mk({
    slug: 'ai-priya-html', kind: 'ai_answer', lang: 'en', to: P, from: AWS_NOTIFY, enc: 'utf8qp', at: '2026-06-01 09:10:00',
    text: `Automated guidance (Amazon Q)\n\nTo amalgamate duplicate certification accounts, try the Merge Accounts tool under Profile first. Only if it refuses should you raise a case.`,
    html: page('Automated guidance', `<h3>Automated guidance (Amazon Q)</h3>\n<p>To amalgamate duplicate certification accounts, try the <em>Merge Accounts</em> tool under Profile first.</p>\n<p>Only if it refuses should you raise a case.</p>`),
    note: 'multipart automated guidance: try Merge Accounts first',
    subject: 'Automated guidance: duplicate certification accounts',
  }),
  mk({
    slug: 'ai-maria-after', kind: 'ai_answer', lang: 'en', to: M, caseId: CASE.maria, from: AWS_NOTIFY, enc: 'ascii7', at: '2026-07-10 12:41:10', trap: true,
    note: 'automated answer that describes what happens after consolidation (badges, vouchers): still ai_answer',
    subject: `[CASE ${CASE.maria}] Automated suggestion`,
    text: `This is an automated suggestion based on your case ${CASE.maria}.\n\nAfter two profiles are consolidated, certifications and exam vouchers appear on the surviving profile; Credly credentials may need to be claimed again on the new address.\nYou can attempt the consolidation yourself with the Merge Accounts tool. If you do, no agent action is required.`,
  }),
  mk({
    slug: 'ai-alex-kb', kind: 'ai_answer', lang: 'en', to: A, caseId: CASE.alex, from: AWS_NOTIFY, enc: 'utf8b64', at: '2026-05-20 08:01:00',
    note: 'automatic list of help articles sent on the case',
    subject: `[CASE ${CASE.alex}] Articles that may resolve your request (auto-generated)`,
    text: `Hi Alex,\n\nBased on the description in case ${CASE.alex}, these articles might get you sorted faster:\n  * Bringing together two AWS Certification accounts\n  * Signing in with AWS Builder ID\n  * Where to find your candidate ID\n\nAn agent will still review your case.`,
  }),
  mk({
    slug: 'ai-sam-bot', kind: 'ai_answer', lang: 'en', to: S, caseId: CASE.sam, from: AWS_NOTIFY, enc: 'ascii7', at: '2026-05-04 16:03:00', crlf: false,
    note: 'bot reply with a suggestion, LF line ends',
    subject: `Re: [CASE ${CASE.sam}] automated reply`,
    text: `[Automated reply]\nIt looks like you want to fold one certification account into another. Most customers can do this in a few minutes with Profile > Merge Accounts.\nReply "agent" if the tool did not work for you.`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'info-sam-details', kind: 'info_request', lang: 'en', to: S, caseId: CASE.sam, enc: 'ascii7', at: '2026-05-05 10:22:00',
    note: 'asks for both candidate IDs, the login e-mails and which profile survives',
    subject: form(CASE.sam),
    text: `Hello Sam,\n\nThanks for writing in. To bring your two profiles together we'll need a few particulars:\n\n- the candidate ID of each profile\n- the sign-in e-mail of each profile\n- which of the two should remain afterwards\n\nOnce we have these, we can proceed.\n\nBest,\nDaniel\nAWS Training and Certification\n\n${ref('sam01')}\n\n${sf(`${SAM.name} <${S}>`, '5/4/2026 4:01 PM', SUPPORT_ADDR, 'account-assistance', REQ_SAM)}`,
  }),
  mk({
    slug: 'info-priya-confirmaddr', kind: 'info_request', lang: 'en', to: P, caseId: CASE.priya, enc: 'utf8qp', at: '2026-06-02 11:00:00', trap: true,
    note: '"please confirm the e-mail address you keep" asks for information: info_request (trap: confirm wording)',
    subject: form(CASE.priya),
    text: `Hi Priya,\n\nBefore we amalgamate anything, could you confirm which e-mail address you intend to keep, and let us know the candidate ID that goes with it?\n\nThanks,\nRenata`,
  }),
  mk({
    slug: 'info-maria-gmailquote', kind: 'info_request', lang: 'en', to: M, caseId: CASE.maria, enc: 'ascii7', at: '2026-07-11 14:10:00',
    note: 'top-posted: asks for the university account ID and date of the first exam',
    subject: form(CASE.maria),
    text: `Hi Maria,\n\nWe located your personal profile. For the university one, please send the candidate ID (starts with AWS) and the approximate date you sat your first exam, so we can match the right record.\n\nCheers,\nOwen\n\n${gmailEn('Fri, Jul 10, 2026 at 2:35 PM', `Maria Garcia <${M}>`, `Hi, I took my first exam with my university address ${MARIA.src}. Could both be combined under ${M}?`)}`,
  }),
  mk({
    slug: 'info-alex-freemail', kind: 'info_request', lang: 'en', to: A, caseId: CASE.alex, from: 'AWS Training and Certification <aws.cert.helpdesk@gmail.com>', enc: 'ascii7', at: '2026-05-21 02:00:00', trusted: false,
    note: 'trusted display name on a free-mail address asking for details: untrusted info_request',
    subject: form(CASE.alex),
    text: `Dear Alex,\n\nTo continue the consolidation we need your candidate IDs, date of birth and a copy of your photo ID. Reply to this address.`,
  }),
  mk({
    slug: 'info-alex-outlook', kind: 'info_request', lang: 'en', to: A, caseId: CASE.alex, enc: 'utf8b64', at: '2026-05-21 09:30:00',
    note: 'asks which account to retain; user\'s question quoted Outlook style',
    subject: form(CASE.alex),
    text: `Hello Alex,\n\nGood question. It's up to you which profile survives the unification. Let us know the one to retain (${ALEX.keepId} or ${ALEX.srcId}), and whether ${ALEX.src} can still receive mail.\n\nRegards,\nMeera\n\n${outlookEn(`${ALEX.name} <${A}>`, 'Wednesday, May 20, 2026 6:44 PM', SUPPORT_ADDR, `RE: ${form(CASE.alex)}`, `Does it matter which account I keep?`)}`,
  }),
  mk({
    slug: 'info-sam-typo', kind: 'info_request', lang: 'en', to: S, caseId: CASE.sam, enc: 'ascii7', at: '2026-05-06 08:45:00',
    note: 'follow-up with typos asking for the missing candidate ID of the firm profile',
    subject: form(CASE.sam, 'RE: RE:'),
    text: `Hi Sam,\n\nthanks for the quick reponse. We still dont have the candiate ID for ${SAM.src} - could you send it over? It's shown at the top right of the certification portal.\n\nDaniel`,
  }),
  mk({
    slug: 'info-priya-phrase', kind: 'info_request', lang: 'en', to: P, caseId: CASE.priya, enc: 'utf8qp', at: '2026-06-03 05:20:00',
    note: 'request phrased without a request word: we are missing the old login e-mail and the exam date',
    subject: form(CASE.priya),
    text: `Priya,\n\nWe're missing two things on our side: the login e-mail of the profile you opened at your previous employer, and the month you passed the Developer exam. With those we can line the records up.\n\nRenata`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'conf-sam-signoff', kind: 'confirmation_request', lang: 'en', to: S, caseId: CASE.sam, enc: 'ascii7', at: '2026-05-07 09:00:00',
    note: 'asks for sign-off before the irreversible consolidation',
    subject: form(CASE.sam),
    text: `Hi Sam,\n\nWe matched both records:\n  retiring: ${SAM.srcId} (${SAM.src})\n  surviving: ${SAM.keepId} (${S})\n\nConsolidation is permanent; it cannot be rolled back afterwards. Please give us your sign-off by replying to this e-mail and we'll take it from there.\n\nDaniel`,
  }),
  mk({
    slug: 'conf-priya-greenlight', kind: 'confirmation_request', lang: 'en', to: P, caseId: CASE.priya, enc: 'utf8b64', at: '2026-06-04 07:00:00',
    note: 'waiting for the green light to fold the old account into the kept one',
    subject: form(CASE.priya),
    text: `Hi Priya,\n\nAll set on our end. As soon as you give us the green light, we'll fold ${PRIYA.srcId} into ${PRIYA.keepId}. Heads-up: this is a one-way operation.\n\nRenata`,
  }),
  mk({
    slug: 'conf-maria-html', kind: 'confirmation_request', lang: 'en', to: M, caseId: CASE.maria, enc: 'utf8qp', at: '2026-07-12 10:00:00',
    note: 'HTML-only consent request with both accounts listed',
    subject: form(CASE.maria),
    html: page('Consent needed', `<p>Hello Maria,</p>\n<p>We are ready to amalgamate the following profiles:</p>\n<ul><li>${MARIA.srcId} &ndash; ${MARIA.src}</li><li>${MARIA.keepId} &ndash; ${M} (kept)</li></ul>\n<p>Because this cannot be reversed, we need your explicit consent. A short reply saying you agree is enough.</p>\n<p>Owen</p>`),
  }),
  mk({
    slug: 'conf-alex-lookalikeserver', kind: 'confirmation_request', lang: 'en', to: A, caseId: CASE.alex, enc: 'ascii7', at: '2026-05-22 04:00:00', auth: 'lookalikeServer', trusted: false,
    note: 'consent request whose topmost verdict comes from a look-alike authserv-id: untrusted',
    subject: form(CASE.alex),
    text: `Alex,\n\nPlease approve the unification by clicking below. The link expires in 12 hours.\nhttps://approve.aws-cases.example.net/${CASE.alex}`,
  }),
  mk({
    slug: 'conf-alex-bottom', kind: 'confirmation_request', lang: 'en', to: A, caseId: CASE.alex, enc: 'ascii7', at: '2026-05-22 10:15:00',
    note: 'bottom-posted under the user\'s answer: asks the user to agree to the merge',
    subject: form(CASE.alex),
    text: `${quote(`Keep ${ALEX.keepId} please. The old work address still receives mail.\nAlex`)}\n\nThanks Alex. Then we'd bring ${ALEX.srcId} into ${ALEX.keepId}. Do you agree? Keep in mind it's irreversible, so only say yes if you're sure.\n\nMeera`,
  }),
  mk({
    slug: 'conf-sam-reminder', kind: 'confirmation_request', lang: 'en', to: S, caseId: CASE.sam, enc: 'ascii7', at: '2026-05-09 09:00:00',
    note: 'nudge: still need the customer\'s go-ahead for the consolidation',
    subject: form(CASE.sam, 'RE: RE: RE:'),
    text: `Hello again Sam,\n\nJust following up: we still need your go-ahead before consolidating the two profiles. Since it can't be undone we won't act without it. A one-line reply is plenty.\n\nDaniel`,
  }),
  mk({
    slug: 'conf-priya-ack', kind: 'confirmation_request', lang: 'en', to: P, caseId: CASE.priya, enc: 'utf8qp', at: '2026-06-04 12:30:00',
    note: 'asks to acknowledge in writing that the old profile will be retired',
    subject: form(CASE.priya, 'Re:'),
    text: `Hi Priya,\n\nOne more formality: please acknowledge in writing that ${PRIYA.srcId} will be retired and its history moved to ${PRIYA.keepId}, and that you're OK with that being final.\n\nRenata`,
  }),

  // ---------------- merge_completed ----------------
  mk({
    slug: 'merged-sam-done', kind: 'merge_completed', lang: 'en', to: S, caseId: CASE.sam, enc: 'ascii7', at: '2026-05-11 13:00:00',
    note: 'support says the profiles are now consolidated; asks to check everything looks right',
    subject: form(CASE.sam),
    text: `Hi Sam,\n\nThanks for the sign-off. ${SAM.srcId} has now been consolidated into ${SAM.keepId}. Please sign in and check that your certifications and benefits look right.\n\nDaniel`,
  }),
  mk({
    slug: 'merged-portal-priya', kind: 'merge_completed', lang: 'en', to: P, from: CERT_PORTAL, enc: 'utf8qp', at: '2026-06-06 00:30:00',
    note: 'portal notice without case ID: the accounts have been brought together',
    subject: 'Your AWS Certification accounts have been brought together',
    text: `Hello Priya Nair,\n\nYour AWS Certification accounts have been brought together into a single account. Use ${P} to sign in from now on.\n\nAWS Certification`,
    html: page('AWS Certification', paras(`Hello Priya Nair,\n\nYour AWS Certification accounts have been brought together into a single account. Use ${P} to sign in from now on.\n\nAWS Certification`)),
  }),
  mk({
    slug: 'merged-maria-forged', kind: 'merge_completed', lang: 'en', to: M, caseId: CASE.maria, enc: 'ascii7', at: '2026-07-13 09:00:00', auth: 'failThenForged', trusted: false,
    note: 'completion text, but the topmost verdict is a fail and the pass sits lower: untrusted',
    subject: form(CASE.maria),
    text: `Hi Maria,\n\nThe amalgamation of your profiles is finished. Verify at https://aws-training.example-login.net to keep access.`,
  }),
  mk({
    slug: 'merged-alex-close', kind: 'merge_completed', lang: 'en', to: A, caseId: CASE.alex, enc: 'utf8b64', at: '2026-05-24 02:00:00', trap: true,
    note: 'unification done and the case will be closed: new fact is the merge',
    subject: form(CASE.alex),
    text: `Hello Alex,\n\nWe've completed the unification: everything from ${ALEX.srcId} now lives on ${ALEX.keepId}. We'll mark this case resolved shortly.\n\nBest regards,\nMeera`,
  }),
  mk({
    slug: 'merged-priya-mobile', kind: 'merge_completed', lang: 'en', to: P, caseId: CASE.priya, enc: 'ascii7', at: '2026-06-05 22:10:00',
    note: 'short note: the two accounts are now one, identifiers between the words',
    subject: form(CASE.priya),
    text: `Priya - ${PRIYA.srcId} and ${PRIYA.keepId} are now one account (${P}). Renata\n\n${quote(`I agree, please go ahead.\n\nSent from my iPhone`)}`,
  }),
  mk({
    slug: 'merged-maria-outlook', kind: 'merge_completed', lang: 'en', to: M, caseId: CASE.maria, enc: 'utf8qp', at: '2026-07-14 08:00:00',
    note: 'folded in: university profile merged into the personal one, Outlook quote below',
    subject: form(CASE.maria),
    text: `Dear Maria,\n\nYour university profile (${MARIA.srcId}) has been folded into ${MARIA.keepId}. Both exams now show under ${M}.\n\nOwen\n\n${outlookEn(`Maria Garcia <${M}>`, 'Sunday, July 12, 2026 9:02 PM', SUPPORT_ADDR, `RE: ${form(CASE.maria)}`, 'Yes, I agree. Thank you!')}`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'badge-credly-sam', kind: 'badges_transferred', lang: 'en', to: S, from: CREDLY_AWS, enc: 'ascii7', at: '2026-05-12 15:00:00',
    note: 'AWS badge via Credly to the kept address',
    subject: 'Amazon Web Services Training and Certification sent you a new credential',
    text: `Sam, you've been issued a credential by Amazon Web Services Training and Certification:\n\nAWS Certified Solutions Architect - Professional\n\nAccept your badge: https://www.credly.com/earner/earned/badge/s4m\n\nCredly`,
  }),
  mk({
    slug: 'badge-support-priya', kind: 'badges_transferred', lang: 'en', to: P, caseId: CASE.priya, enc: 'utf8qp', at: '2026-06-08 10:00:00',
    note: 'support says the Credly credentials have been re-homed to the kept e-mail and the case closes',
    subject: form(CASE.priya),
    text: `Hi Priya,\n\nYou were right that the digital credentials stayed behind. We've now re-homed all three emblems to ${P} on Credly. With that, we're closing this case.\n\nRenata`,
  }),
  mk({
    slug: 'badge-credly-html-alex', kind: 'badges_transferred', lang: 'en', to: A, from: CREDLY_AWS, enc: 'utf8b64', at: '2026-05-25 03:00:00',
    note: 'HTML-only Credly mail: an AWS credential is waiting for the kept address',
    subject: 'Claim your AWS Certified Developer - Associate badge',
    html: page('Credly', `<p>Hi Alex,</p>\n<p>Amazon Web Services Training and Certification has issued you a digital credential.</p>\n<p><b>AWS Certified Developer - Associate</b></p>\n<p><a href="https://www.credly.com/badges/accept/ax1">Accept your badge</a></p>`),
  }),
  mk({
    slug: 'badge-credly-lookalike', kind: 'badges_transferred', lang: 'en', to: M, from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>', enc: 'ascii7', at: '2026-07-15 06:00:00', trusted: false,
    note: 'AWS badge notice from credIy.com (capital I): untrusted',
    subject: 'Amazon Web Services Training and Certification sent you a new credential',
    text: `Maria, you've been issued a credential. Accept your badge: https://credIy.com/accept/9`,
  }),
  mk({
    slug: 'badge-support-maria', kind: 'badges_transferred', lang: 'en', to: M, caseId: CASE.maria, enc: 'ascii7', at: '2026-07-16 09:00:00',
    note: 'support answers the badge question: the emblems now sit on the surviving profile',
    subject: form(CASE.maria),
    text: `Hi Maria,\n\nFollowing up on the Credly question: your two emblems have been migrated and now sit on the account tied to ${M}. A page refresh on Credly should show them.\n\nOwen\n\n${gmailEn('Wed, Jul 15, 2026 at 7:40 PM', `Maria Garcia <${M}>`, 'The badges still show my university email. Can they move too?')}`,
  }),
  mk({
    slug: 'badge-support-alex', kind: 'badges_transferred', lang: 'en', to: A, caseId: CASE.alex, enc: 'ascii7', at: '2026-05-26 04:30:00',
    note: 'support says the digital certificates were reassigned on Credly',
    subject: form(CASE.alex, 'RE: RE:'),
    text: `Alex,\n\nThe digital certificates on Credly have been reassigned to ${A}. You should get a Credly notice for each one.\n\nMeera`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'closed-sam-resolution', kind: 'case_closed', lang: 'en', to: S, caseId: CASE.sam, from: AWS_NOTIFY, enc: 'ascii7', at: '2026-05-15 00:00:00',
    note: 'ticket resolution notice: the case is resolved',
    subject: `Case ${CASE.sam} has been resolved`,
    text: `Hello,\n\nCase ${CASE.sam} has been marked resolved. If anything is still outstanding, reply to reopen it.\n\nAmazon Web Services`,
  }),
  mk({
    slug: 'closed-maria-autoclose', kind: 'case_closed', lang: 'en', to: M, caseId: CASE.maria, from: AWS_NOTIFY, enc: 'utf8qp', at: '2026-07-20 00:00:00',
    note: 'the case will be archived in 3 days without a reply',
    subject: `Case ${CASE.maria} will be archived in 3 days`,
    text: `Hi Maria,\n\nWe haven't heard back on case ${CASE.maria}. If we don't receive a reply within 3 days it will be archived automatically.`,
  }),
  mk({
    slug: 'closed-alex-restate', kind: 'case_closed', lang: 'en', to: A, caseId: CASE.alex, enc: 'ascii7', at: '2026-05-30 09:00:00', trap: true,
    note: 'closing that only restates the earlier unification',
    subject: form(CASE.alex),
    text: `Hello Alex,\n\nAs your profiles were unified last week and the credentials followed, we are archiving this case now. Thanks for your patience.\n\nMeera`,
  }),
  mk({
    slug: 'closed-priya-html', kind: 'case_closed', lang: 'en', to: P, caseId: CASE.priya, from: AWS_NOTIFY, enc: 'utf8b64', at: '2026-06-10 00:00:00',
    note: 'HTML-only closure notice',
    subject: `Your case ${CASE.priya} is now closed`,
    html: page('Case closed', `<p>Case <b>${CASE.priya}</b> has been closed.</p>\n<p>You can reopen it within 14 days by replying.</p>`),
  }),
  mk({
    slug: 'closed-sam-wrapup', kind: 'case_closed', lang: 'en', to: S, caseId: CASE.sam, enc: 'ascii7', at: '2026-05-14 10:00:00',
    note: 'agent wraps up the case since no further reply came',
    subject: form(CASE.sam),
    text: `Hi Sam,\n\nSince we haven't heard anything further, I'm going to wrap up this case. Replying will reopen it.\n\nDaniel`,
  }),
  mk({
    slug: 'closed-maria-resent', kind: 'case_closed', lang: 'en', to: MARIA.src, caseId: CASE.maria, from: AWS_NOTIFY, enc: 'ascii7', at: '2026-07-21 00:00:00', forUser: false,
    resent: { from: 'postmaster@uni.example.edu', to: 'archive-bot@uni.example.edu', date: 'Tue, 21 Jul 2026 02:00:00 +0200' },
    note: 'closure notice redirected by the old university server (Resent-*): not delivered to the user',
    subject: `Case ${CASE.maria} closed`,
    text: `Case ${CASE.maria} has been closed.`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'sr-sam-thanks', kind: 'support_reply', lang: 'en', to: S, caseId: CASE.sam, enc: 'ascii7', at: '2026-05-10 08:00:00', trap: true,
    note: 'thanks for the sign-off, handed to the back office',
    subject: form(CASE.sam),
    text: `Hi Sam,\n\nGot your sign-off, thank you. I've handed the request to our back-office team and will update you once they're done.\n\nDaniel`,
  }),
  mk({
    slug: 'sr-alex-dupcases', kind: 'support_reply', lang: 'en', to: A, caseId: CASE.alex, enc: 'ascii7', at: '2026-05-20 18:00:00', trap: true,
    note: 'two tickets were consolidated: cases, not accounts',
    subject: form(CASE.alex),
    text: `Hello Alex,\n\nYou opened two tickets for this request, so I've consolidated them under ${CASE.alex}. The other one (1790034512) will no longer be updated.\n\nMeera`,
  }),
  mk({
    slug: 'sr-priya-future', kind: 'support_reply', lang: 'en', to: P, caseId: CASE.priya, enc: 'utf8qp', at: '2026-06-04 18:00:00', trap: true,
    note: 'future: once we amalgamate the accounts we will let you know',
    subject: form(CASE.priya),
    text: `Hi Priya,\n\nThanks. Once we amalgamate the accounts, you'll hear from us; typical turnaround is three to five business days.\n\nRenata`,
  }),
  mk({
    slug: 'sr-maria-unable', kind: 'support_reply', lang: 'en', to: M, caseId: CASE.maria, enc: 'ascii7', at: '2026-07-11 20:00:00', trap: true,
    note: 'unable to consolidate yet: a pending exam registration blocks it',
    subject: form(CASE.maria),
    text: `Hi Maria,\n\nWe're unable to consolidate the profiles right now because an exam registration is still pending on the university one. We'll pick this up after your exam date.\n\nOwen`,
  }),
  mk({
    slug: 'sr-alex-notyet', kind: 'support_reply', lang: 'en', to: A, caseId: CASE.alex, enc: 'utf8b64', at: '2026-05-23 09:00:00', trap: true,
    note: 'negated: the unification has not gone through yet, escalated',
    subject: form(CASE.alex),
    text: `Hi Alex,\n\nThe unification hasn't gone through yet; it's escalated to the certification operations team. No action is needed from you at the moment.\n\nMeera`,
  }),
  mk({
    slug: 'sr-sam-writefromkeep', kind: 'support_reply', lang: 'en', to: SAM.src, cc: S, caseId: CASE.sam, enc: 'ascii7', at: '2026-05-04 20:00:00',
    note: 'only asks to continue from the address being kept; no data requested',
    subject: form(CASE.sam),
    text: `Hi Sam,\n\nCould you please carry on this conversation from the e-mail address you plan to keep? That keeps the verification simple on our side.\n\nDaniel`,
  }),
  mk({
    slug: 'sr-priya-team', kind: 'support_reply', lang: 'en', to: 'cert-admins@oldjob.example', caseId: CASE.priya, enc: 'ascii7', at: '2026-06-03 08:00:00', forUser: false,
    note: 'status update sent to a team list at the old employer, not to the user',
    subject: form(CASE.priya),
    text: `Hello,\n\nWe are reviewing the details provided for case ${CASE.priya} and will respond shortly.\n\nAWS Training and Certification`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'un-own-consent', kind: 'unrelated', lang: 'en', to: SUPPORT, from: `${SAM.name} <${S}>`, enc: 'ascii7', at: '2026-05-09 19:00:00', deliveredTo: null, trusted: false, forUser: false, trap: true, caseId: CASE.sam,
    note: 'the user\'s own sent reply giving consent: own mail',
    subject: form(CASE.sam, 'RE: RE: RE: RE:'),
    text: `Hi Daniel,\n\nYou have my consent to consolidate the two profiles as described.\n\nSam\n\n${quote(`Just following up: we still need your go-ahead before consolidating the two profiles.`)}`,
  }),
  mk({
    slug: 'un-orgs-billing', kind: 'unrelated', lang: 'en', to: A, from: AWS_NOTIFY, enc: 'ascii7', at: '2026-04-28 05:00:00', trap: true,
    note: 'AWS Organizations consolidated billing invitation accepted: not the certification merge',
    subject: 'AWS Organizations: account joined consolidated billing',
    text: `Hello,\n\nAccount 2109-8765-4321 has accepted the invitation and is now part of your organization's consolidated billing family. Charges will appear on the management account's invoice.\n\nAmazon Web Services`,
  }),
  mk({
    slug: 'un-credly-hashicorp', kind: 'unrelated', lang: 'en', to: S, from: 'HashiCorp via Credly <admin@credly.com>', enc: 'ascii7', at: '2026-05-18 14:00:00', trap: true,
    note: 'HashiCorp credential via Credly, not AWS',
    subject: 'HashiCorp sent you a new credential',
    text: `Sam, you've been issued a credential by HashiCorp: HashiCorp Certified: Terraform Associate (003).\n\nAccept your badge: https://www.credly.com/badges/hc-tf`,
  }),
  mk({
    slug: 'un-credly-mergecode', kind: 'unrelated', lang: 'en', to: P, from: 'Credly <admin@credly.com>', enc: 'utf8qp', at: '2026-06-09 01:00:00', trap: true,
    note: 'Credly\'s own account-consolidation code mail',
    subject: 'Your code to consolidate Credly accounts',
    text: `Hi Priya,\n\nUse this code to finish consolidating your Credly accounts: 482913\nThe code is valid for 30 minutes. If you didn't ask for this, ignore this message.\n\nCredly`,
  }),
  mk({
    slug: 'un-survey-resolved', kind: 'unrelated', lang: 'en', to: M, caseId: CASE.maria, from: AWS_NOTIFY, enc: 'ascii7', at: '2026-07-22 00:00:00', trap: true,
    note: 'survey: was your issue resolved',
    subject: `How did we do on case ${CASE.maria}?`,
    text: `Hi Maria,\n\nWas your issue resolved to your satisfaction? Tell us in two clicks:\nhttps://survey.aws.example/c/${CASE.maria}\n\nThank you.`,
  }),
  mk({
    slug: 'un-refund-case', kind: 'unrelated', lang: 'en', to: A, caseId: CASE.refund, from: SUPPORT, enc: 'utf8b64', at: '2026-04-15 10:00:00', trap: true,
    note: 'closing of the user\'s OTHER case, a voucher refund: unrelated',
    subject: `RE:[CASE ${CASE.refund}] [AWS Training and Certification Form Submission] - exam-voucher-refund`,
    text: `Hi Alex,\n\nYour voucher refund has been processed, so I'm archiving this ticket. Funds should reach your card within 5-7 business days.\n\nJun`,
  }),
  mk({
    slug: 'un-skillbuilder-archived', kind: 'unrelated', lang: 'en', to: S, from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', enc: 'ascii7', at: '2026-05-01 00:00:00', trap: true,
    note: 'archived Skill Builder courses: not a case closing',
    subject: 'Some courses in your learning plan were archived',
    text: `Hi Sam,\n\nThe following courses in your learning plan were archived and replaced by new versions:\n  - Exam Prep: AWS Certified SysOps Administrator - Associate (legacy)\n\nYour progress records were preserved.`,
  }),
  mk({
    slug: 'un-exam-registration', kind: 'unrelated', lang: 'en', to: M, from: 'AWS Certification <no-reply@certification.aws.training>', enc: 'ascii7', at: '2026-07-01 12:00:00', trap: true,
    note: 'exam registration confirmed: not the merge case',
    subject: 'Your exam registration is confirmed',
    text: `Hello Maria,\n\nYour registration for AWS Certified Developer - Associate (DVA-C02) on 18 July 2026 at 10:00 is confirmed.\nBring a valid ID. Reschedule up to 24 hours ahead.`,
  }),
];
