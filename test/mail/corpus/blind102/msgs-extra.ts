// cw extra shapes: mobile replies, a long bottom-posted thread, typos, a redirected Credly mail.
import type { Msg } from './lib.js';
import {
  CASE, CREDLY_AWS, DAN, EMMA, ITO, SUPPORT, SUPPORT_ADDR, SUZUKI, TAKAHASHI, credly, d, formSubject, gmailEn, gmailJa, mail, outlookJa, quote, sfQuote, sup, to,
} from './common.js';

const LONG_THREAD_JA = `${gmailJa(2026, 12, 27, '23:40', `${SUZUKI.ja} <${SUZUKI.keep}>`)}
> 小林様
>
> 年末のお忙しいところすみません。統合の件、その後いかがでしょうか。
> 会社のアドレスが12/31で使えなくなるので、少し気になっています。
>
> ${gmailJa(2026, 12, 24, '09:52', `${SUZUKI.ja} <${SUZUKI.keep}>`)}
>> 同意します。統合をお願いします。
>>
>> ${outlookJa(`AWS Training and Certification <${SUPPORT_ADDR}>`, 2026, 12, 24, '12:02', `${SUZUKI.ja} <${SUZUKI.keep}>`, formSubject(CASE.suzuki))}
>>
>> 統合後に元へ戻すことはできません。上記でよろしければ、このメールに「同意します」とご返信ください。
>>
>>> ${sfQuote(SUZUKI.keep, '2026/12/23 22:10', SUPPORT_ADDR, formSubject(CASE.suzuki), `小林様\n残すのは ${SUZUKI.keep} です。`).split('\n').join('\n>>> ')}`;

export const EXTRA: Msg[] = [
  mail({
    slug: 'ja-other-own-mobile-consent',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    forUser: true,
    caseId: CASE.ito,
    trap: true,
    note: 'the user\'s own consent reply from a phone, Cc to her old address: her own mail',
    from: `${ITO.ja} <${ITO.keep}>`,
    to: SUPPORT,
    cc: `${ITO.ja} <${ITO.src}>`,
    subject: `Re: ${formSubject(CASE.ito)}`,
    date: d('2026-11-26 12:03:00', '+0900'),
    auth: 'none',
    enc: 'sjis8',
    rcpt: ITO.src,
    crlf: false,
    text: `同意しますので統合おねがいします。出先からで失礼します。

iPhoneから送信

> 2026/11/26 11:20、AWS Training and Certification <${SUPPORT_ADDR}>のメール:
>
> 旧アカウントの内容をすべて ${ITO.keep} 側に寄せる形で相違ございませんでしょうか。`,
  }),
  sup({
    slug: 'ja-reply-long-thread-bottom',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.suzuki,
    note: 'bottom-posted status under a three-level quoted thread: still being processed',
    to: to(SUZUKI),
    date: d('2026-12-28 01:02:00', '+0000'),
    enc: 'jis7',
    crlf: false,
    text: `${LONG_THREAD_JA}

鈴木様

ご心配をおかけしております。ご同意をいただいた分は、本日中の処理予定として担当チームに依頼済みです。
作業が終わりましたら改めてご連絡いたしますので、もう少々お待ちください。

小林`,
  }),
  sup({
    slug: 'ja-reply-tz-conditional',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.takahashi,
    trap: true,
    note: 'answers a time-zone question: once merged, it shows the next JST morning (conditional)',
    to: to(TAKAHASHI),
    date: d('2026-08-19 17:30:00', '-0700'),
    enc: 'utf8qp',
    text: `高橋様

ご質問ありがとうございます。統合処理は米国太平洋時間(PDT)の営業時間内に行われるため、
統合が完了しましたら、日本時間では翌朝ごろに認定ポータルへ反映されるのが一般的です。
8/20(木) 9:00 JST 時点でまだ反映されていなくても、ご心配には及びません。

Hiroshi
AWS Training and Certification

${gmailJa(2026, 8, 19, '20:05', `高橋 亮 <${TAKAHASHI.keep}>`)}
${quote('統合はいつ頃反映されますか?時差があると思うので目安を教えてください。')}`,
  }),
  sup({
    slug: 'en-done-typos',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.emma,
    note: 'completion written in a hurry before the holiday, with typos',
    to: to(EMMA),
    date: d('2026-12-23 16:58:00', '+0000'),
    enc: 'ascii7',
    crlf: false,
    text: `Hi Emma, quick follow up - your acounts have been sucessfully merged, all certs are now under ${EMMA.keep}. Badges shoud follow shortly.
Have a lovley Christmas!
Raj`,
  }),
  credly({
    slug: 'en-badge-resent-oldco',
    kind: 'badges_transferred',
    lang: 'en',
    forUser: false,
    note: 'AWS Credly badge mail redirected by the old employer\'s server (Resent-*)',
    from: CREDLY_AWS,
    to: `Daniel Ortiz <${DAN.src}>`,
    subject: 'Amazon Web Services Training and Certification has issued you a badge',
    date: d('2027-01-11 16:19:00', '+0000'),
    enc: 'ascii7',
    resent: { from: 'mail-admin@acme-west.example.com', to: 'former-staff@acme-west.example.com', date: d('2027-01-11 08:25:00', '-0800') },
    text: `Amazon Web Services Training and Certification issued you "AWS Certified Solutions Architect - Professional".
Accept your badge: https://www.credly.com/earner/earned/badge/9c4d-cw06`,
  }),
  sup({
    slug: 'en-info-mobile-agent-short',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.dan,
    note: 'short request for the old account\'s candidate ID, written as a one-liner',
    to: to(DAN),
    date: d('2027-01-04 07:05:00', '-0800'),
    enc: 'ascii7',
    text: `Hi Dan - back from the holidays and picking this up. What's the candidate ID on ${DAN.src}? Starts with AWS, it's on the profile page. Thanks! -Carlos

${gmailEn(2026, 12, 31, '2:16 PM', `Daniel Ortiz <${DAN.keep}>`)}
> Keep: ${DAN.keep}. Merge in: ${DAN.src}. Thanks and happy new year!`,
  }),
];
