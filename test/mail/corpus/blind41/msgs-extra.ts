// Set "an", extra shapes: mobile reply, bottom-posting, a forward to the user's own other address (LF and 8bit UTF-8).
import type { Msg } from './lib.js';
import { rfcDate as d } from './lib.js';
import { SUPPORT, formSubject, KEN, MISAKI, DAN, CASE, quote, outlookJa } from './common.js';

type Spec = Omit<Msg, 'lang' | 'trusted' | 'forUser' | 'trap'> & Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap'>>;
const j = (s: Spec): Msg => ({ lang: 'ja', trusted: true, forUser: true, trap: false, ...s });

export const EXTRA: Msg[] = [
  j({
    slug: 'un-mobile-reply-bottom-posted',
    kind: 'unrelated',
    trusted: false,
    forUser: false,
    trap: true,
    caseId: CASE.misaki,
    note: 'the user\'s own mobile reply (iPhone, bottom-posted under support\'s English consent request), Sent-folder copy: own mail',
    from: `${MISAKI.ja} <${MISAKI.keep}>`,
    to: SUPPORT,
    subject: `Re: ${formSubject(CASE.misaki)}`,
    date: d('2026-02-19 20:15:03', '+0900'),
    auth: 'none',
    enc: 'utf88bit',
    crlf: false,
    deliveredTo: null,
    relay: 'smtp.example.jp',
    text: `> 2026/02/19 11:02、AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>のメール:
>
> We are ready to merge ${MISAKI.srcId} into ${MISAKI.keepId}.
> Please note that a merge cannot be reversed.
> If you would like us to proceed, please reply to this e-mail.

はい、統合お願いします。元に戻せないことも了解しました。
I agree.

小林

iPhoneから送信`,
  }),
  j({
    slug: 'un-forward-old-to-personal',
    kind: 'unrelated',
    trusted: false,
    trap: true,
    caseId: CASE.ken2,
    note: 'the user forwards support\'s English request from the old work address to his personal one with a note to self: own mail',
    from: `${KEN.ja} <${KEN.src}>`,
    to: KEN.keep,
    subject: `転送: ${formSubject(CASE.ken2)}`,
    date: d('2026-02-11 12:30:00', '+0900'),
    auth: 'none',
    enc: 'jis7',
    relay: 'mail.corp-a.example.co.jp',
    text: `会社のアドレスに届いたので個人の方へ転送。ローマ字の氏名と当時の会社名を返信すること。

${outlookJa('AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>', '2026年2月11日 12:00', `${KEN.ja} <${KEN.src}>`, formSubject(CASE.ken2))}

Dear Nakamura-sama,
We need your full name by roman letter and your company name when you used ${KEN.src}.
Best Regards,
AWS Training and Certification`,
  }),
  j({
    slug: 'info-ja-bottom-posted-credly-address',
    kind: 'info_request',
    caseId: CASE.dan,
    note: 'Japanese agent bottom-posts under the user\'s English message and asks which e-mail his Credly account uses (LF, 8bit UTF-8)',
    from: SUPPORT,
    to: `${DAN.ja} <${DAN.keep}>`,
    subject: formSubject(CASE.dan),
    date: d('2026-03-13 10:20:00', '+0900'),
    auth: 'pass',
    enc: 'utf88bit',
    crlf: false,
    text: `オカフォー様

${quote(`Hi, thank you for merging. My badges on Credly still show only one certification. Can you check?
Daniel`)}

承知いたしました。Credly 側で照合するため、Credly にログインする際にお使いのメールアドレスを教えていただけますか。${DAN.keep} と異なる場合は、両方お書き添えください。

AWS トレーニングと認定`,
  }),
];
