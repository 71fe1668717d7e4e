// Set ak, extra shapes: 8bit UTF-8, mobile replies, typos, Outlook "Original Message", Delivered-To only.
import type { Msg } from './lib.js';
import { rfcDate as d } from './lib.js';
import { ja, en, FORM, FORM_JA, subj, KEN, MISAKI, SHO, YUKI, RAHUL, EMILY, C, to, quote, gmailJa, origMsg, sigJa, sigEn, FAQ_JA_A } from './common.js';

export const EXTRA: Msg[] = [
  ja({
    slug: 'x-sr-8bit-quotes-iphone-reply',
    kind: 'support_reply',
    trap: true,
    caseId: C.sho,
    note: '8bit UTF-8 status reply with typos (アカウトン, 統合先) answering a mobile reply; the merge is still being prepared',
    from: FORM_JA,
    to: to(SHO),
    subject: subj(C.sho),
    date: d('2026-02-12 18:22:00', '+0900'),
    auth: 'pass',
    enc: 'utf88bit',
    text: `小林様

スマートフォンからのご返信ありがとうございます。

お書きいただいたとおり、旧社のアカウトンには Skill Builder の有料サブスクリプションは紐づいておりませんでした。したがって、統合先へ引き継ぐものは認定と特典のみとなります。

旧社アドレスが今月末で停止される件も承知しました。それまでに手続きが終わるよう、こちらで段取りを進めております。

現時点でお客様にお願いすることは特にございません。次のご案内まで少々お待ちください。

藤田

${gmailJa('2026年2月12日(木) 12:03', SHO.ja, SHO.keep)}
> 藤田様
> 通知先もSkill Builderも個人のアドレスになってました。サブスクは旧社のほうでは契約してないです。
> 小林
>
> iPhoneから送信`,
  }),
  en({
    slug: 'x-en-done-8bit-typos-original-message',
    kind: 'merge_completed',
    caseId: C.rahul2,
    note: '8bit UTF-8 with typos ("acounts", "sucessfully", "dealy"); completion sits after an apology and a voucher note; Outlook -----Original Message----- below; To undisclosed, Delivered-To the user',
    from: FORM,
    to: 'undisclosed-recipients:;',
    deliveredTo: RAHUL.keep,
    rcpt: RAHUL.keep,
    subject: subj(C.rahul2),
    date: d('2026-05-08 09:05:00', '+0530'),
    auth: 'pass',
    enc: 'utf88bit',
    text: `Hi Rahul,

Apologies for the dealy in getting back to you — the team was short-staffed this week.

Your 50% voucher is unaffected and will show on the Benefits page.

On the request itself: your two acounts have now been merged sucessfully, and ${RAHUL.srcId} no longer exists as a separate login.

Meera

${origMsg(`${RAHUL.en} <${RAHUL.keep}>`, 'Wednesday, May 6, 2026 11:40 AM', 'aws-cs-trainingcertification-form@amazon.com', subj(C.rahul2))}

Yes, I agree to the merge. Go ahead.
Rahul`,
  }),
  ja({
    slug: 'x-un-own-mobile-thanks',
    kind: 'unrelated',
    trusted: false,
    trap: true,
    caseId: C.misaki,
    note: 'the user\'s own short mobile reply (Sent copy) saying she checked the badges moved; no news from support',
    from: `${MISAKI.ja} <${MISAKI.keep}>`,
    to: 'aws-cs-trainingcertification-form@amazon.com',
    cc: MISAKI.keep,
    subject: subj(C.misaki),
    date: d('2026-02-04 12:30:00', '+0900'),
    auth: 'none',
    enc: 'utf88bit',
    text: `森様
バッジ移行されてるの確認できました！統合の件も含めありがとうございました。
高橋

iPhoneから送信

${gmailJa('2026年2月4日(水) 10:44', 'AWS トレーニングと認定', 'aws-cs-trainingcertification-form@amazon.com')}
> お問い合わせの Credly バッジについては、こちらで再発行の処理を行い、
> ${MISAKI.keep} 宛の Credly アカウントへ移しました。`,
  }),
  ja({
    slug: 'x-closed-to-old-colleague',
    kind: 'case_closed',
    forUser: false,
    trap: true,
    caseId: C.yuki2,
    note: 'closing notice for a case a lab colleague opened on her behalf, addressed only to the colleague\'s university address',
    from: FORM_JA,
    to: '松本 研究室 <matsumoto-lab@univ.example.ac.jp>',
    subject: subj(C.yuki2),
    date: d('2026-03-30 10:00:00', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `松本様

ご本人様から直接ご連絡をいただき、手続きはそちらで完了しております。
そのため、本ケースはクローズいたします。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'x-info-faq-then-exam-list-sjis',
    kind: 'info_request',
    trap: true,
    caseId: C.kenDup,
    note: 'Shift_JIS: long FAQ block first; the actual request (list of exams taken on the old account, with dates) comes after it, phrased 「〜を教えていただけますと助かります」',
    from: FORM_JA,
    to: to(KEN),
    subject: subj(C.kenDup),
    date: d('2026-03-04 11:30:00', '+0900'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `中村様

お世話になっております。長谷川でございます。

アカウントの統合について、よくご質問をいただく点をまとめましたので、ご参考までにお送りします。

${FAQ_JA_A}

照合のため、統合元アカウントでこれまでに受験された試験の名称と受験日を一覧でお教えいただけますと助かります。不合格の回も含めてお願いいたします。

${sigJa('長谷川', 1)}`,
  }),
];
