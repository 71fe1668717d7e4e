// Set n, Japanese part 2: merge done, badges, closing, other human replies, unrelated mail.
import { rfcDate, type Msg } from './lib.js';
import {
  AYA, CASE, CREDLY, DAISUKE, FORM, FORM_BARE, MISAKI, NOTIFY, PORTAL, REN, SHOTA, YOSHIDA,
  caseSubj, caseSubjRe, fwdJa, gmailJa, htmlDoc, iphoneJa, mk, outlookJa, paras, q, sfJa, sfRef, who,
  REN_REQ, REN_INFO, REN_REPLY_PHONE, REN_CONFIRM, REN_AGREE, REN_DONE, MISAKI_REQ, SHOTA_CONFIRM, AYA_REQ, DAISUKE_REQ,
} from './common.js';

const J = '+0900';
const CREDLY_AWS_JA_SUBJ = 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ';

export const JA2: Msg[] = [
  // ---------------- merge_completed (9)
  mk({
    slug: 'ja-done-ren-terse-toppost', kind: 'merge_completed', lang: 'ja', caseId: CASE.ren,
    note: 'one-line completion on top of a long thread that quotes info and consent requests',
    from: FORM, to: REN.keep, subject: caseSubj(CASE.ren),
    date: rfcDate('2026-03-06 09:14:00', J), enc: 'jis7',
    text: `${REN_DONE}

${iphoneJa('2026/03/05 22:47', who(REN.ja, REN.keep))}

${q(REN_AGREE)}

${q(REN_CONFIRM)}

${q(REN_REPLY_PHONE)}

${q(REN_INFO)}

${q(REN_REQ)}`,
  }),
  mk({
    slug: 'ja-done-misaki-and-close', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki,
    note: 'completion that also says the case will now be closed: the new fact is the merge',
    from: FORM, to: MISAKI.keep, subject: caseSubj(CASE.misaki),
    date: rfcDate('2026-02-21 14:05:33', J), enc: 'utf8qp',
    text: `井上様

ご返信ありがとうございました。大学アドレスのアカウント(${MISAKI.srcId})を ${MISAKI.keepId} にまとめ終えました。
以後は ${MISAKI.keep} でサインインしてください。
本ケースはこれでクローズとさせていただきます。

Yui`,
  }),
  mk({
    slug: 'ja-done-portal-notice-sjis', kind: 'merge_completed', lang: 'ja', caseId: null,
    note: "certification portal's own merged notice, no case ID",
    from: PORTAL, to: SHOTA.keep, subject: 'AWS 認定: アカウントの統合が完了しました',
    date: rfcDate('2026-03-13 04:20:11', J), enc: 'sjisb64',
    text: `木村 翔太 様

AWS 認定アカウントの統合処理が完了しました。
統合先アカウント: ${SHOTA.keepId}

認定資格、試験履歴、特典は上記アカウントでご確認いただけます。
心当たりがない場合は、AWS トレーニングと認定までご連絡ください。

AWS Certification`,
  }),
  mk({
    slug: 'ja-done-aya-check-all-ok', kind: 'merge_completed', lang: 'ja', caseId: CASE.aya, trap: true,
    note: 'merge done plus "please check that everything looks right": still a completion',
    from: FORM, to: AYA.keep, subject: caseSubj(CASE.aya),
    date: rfcDate('2026-03-02 10:40:08', J), enc: 'jis7',
    text: `渡辺様

統合が完了しました。お手数ですが、${AYA.keepId} にサインインのうえ、認定と特典がそろっているかご確認ください。
不足があればこのメールにご返信いただければ対応します。

Sota`,
  }),
  mk({
    slug: 'ja-done-daisuke-amaz0n', kind: 'merge_completed', lang: 'ja', caseId: CASE.daisuke,
    note: 'completion wording from amaz0n.com: untrusted',
    from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amaz0n.com>', to: DAISUKE.keep,
    subject: caseSubj(CASE.daisuke), trusted: false,
    date: rfcDate('2026-03-23 01:08:52', J), enc: 'jisb64',
    text: `森様

アカウントの統合が完了しました。
バウチャーを引き継ぐため、下記からサインインしてください。
https://amaz0n.com/aws-training/signin

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-done-shota-bilingual', kind: 'merge_completed', lang: 'ja', caseId: CASE.shota,
    note: 'completion in Japanese between English greeting and footer',
    from: FORM, to: SHOTA.keep, subject: caseSubj(CASE.shota),
    date: rfcDate('2026-03-13 10:22:40', J), enc: 'utf8b64',
    text: `Hello Shota,

お待たせしました。${SHOTA.srcId} の認定履歴を ${SHOTA.keepId} に統合しました。
今後は ${SHOTA.keep} のアカウントをお使いください。

Thank you for contacting AWS Training and Certification.
Haruka`,
  }),
  mk({
    slug: 'ja-done-ren-html-resent-oldcorp', kind: 'merge_completed', lang: 'ja', caseId: CASE.ren, forUser: false,
    note: 'completion redirected by the old company mail admin (Resent-*): not delivered to the user directly',
    from: FORM, to: REN.src, subject: caseSubj(CASE.ren),
    date: rfcDate('2026-03-06 09:15:10', J), enc: 'utf8qp',
    resent: { from: 'postmaster@oldcorp-sys.example.co.jp', to: 'it-helpdesk@oldcorp-sys.example.co.jp', date: rfcDate('2026-03-06 09:20:00', J) },
    html: htmlDoc(`<div>松本様</div>
<div>${REN.srcId} から ${REN.keepId} への移行作業が完了しました。統合元のアドレスにも控えをお送りしています。</div>
<div>Kaito</div>
<div id="divRplyFwdMsg"><hr>
<b>差出人:</b> 松本 蓮 &lt;${REN.keep}&gt;<br>
<b>送信日時:</b> 2026年3月5日 22:47<br>
<b>件名:</b> Re: ${caseSubj(CASE.ren)}</div>
<blockquote>${paras(REN_AGREE)}</blockquote>`),
  }),
  mk({
    slug: 'ja-done-daisuke-utsushi-oeta', kind: 'merge_completed', lang: 'ja', caseId: CASE.daisuke,
    note: 'completion without the word 統合: history and benefits moved, IDs between the words',
    from: FORM, to: DAISUKE.keep, subject: caseSubj(CASE.daisuke),
    date: rfcDate('2026-03-24 16:51:03', J), enc: 'jisb64',
    text: `森様

${DAISUKE.keepId} へ、${DAISUKE.srcId} の認定履歴と特典を移し終えました。
${DAISUKE.srcId} 側はすでに無効になっています。

Riku

${outlookJa(`森 大輔 <${DAISUKE.keep}>`, '2026年3月22日 8:30', FORM_BARE, caseSubjRe(CASE.daisuke))}

同意します。よろしくお願いします。
森`,
  }),
  mk({
    slug: 'ja-done-misaki2-badge-later', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki,
    note: 'merge finished; badges will be handled separately (future), so not badges_transferred',
    from: FORM, to: MISAKI.keep, subject: caseSubj(CASE.misaki),
    date: rfcDate('2026-02-21 09:30:00', J), enc: 'sjis8',
    text: `井上様

先ほど統合処理が完了いたしました。
Credly のバッジについては別途手続きが必要なため、反映まで数日お待ちください。

Yui

${sfRef('0Mis3')}

${sfJa(MISAKI.keep, '2026/02/20 12:11', FORM_BARE, caseSubj(CASE.misaki))}

大丈夫です。進めてください。
井上`,
  }),

  // ---------------- badges_transferred (8)
  mk({
    slug: 'ja-badge-credly-hakko-ren', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: "AWS's badge issued via Credly to the kept account",
    from: CREDLY, to: REN.keep, subject: CREDLY_AWS_JA_SUBJ,
    date: rfcDate('2026-03-07 02:33:10', J), enc: 'utf8b64',
    text: `松本 蓮 さん

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。

バッジを入手する: https://www.credly.com/badges/4f1c0e2a-7b7d-4e0b-9a9e-2f5d1b7c8e31

Credly, Inc.`,
  }),
  mk({
    slug: 'ja-badge-misaki-support-moved-close', kind: 'badges_transferred', lang: 'ja', caseId: CASE.misaki2,
    note: 'support says the Credly badges were moved to the kept account and closes',
    from: FORM, to: MISAKI.keep, subject: caseSubj(CASE.misaki2),
    date: rfcDate('2026-03-13 11:02:48', J), enc: 'jis7',
    text: `井上様

Credly のバッジ3件を、${MISAKI.keep} の Credly アカウントへ移しました。
受け取り操作は不要です。これで本件は終了とさせていただきます。

Yui`,
  }),
  mk({
    slug: 'ja-badge-shota-toppost-accept', kind: 'badges_transferred', lang: 'ja', caseId: CASE.shota,
    note: 'short top-post: badges moved, accept them on Credly; the quoted thread holds a consent request',
    from: FORM, to: SHOTA.keep, subject: caseSubjRe(CASE.shota),
    date: rfcDate('2026-03-16 13:10:00', J), enc: 'jis7',
    text: `バッジ移行済みです。Credly にサインインして承認してください。
Haruka

${gmailJa('2026年3月14日(土) 8:55', who(SHOTA.ja, SHOTA.keep))}
${q(`Harukaさん
統合ありがとうございます。ただ Credly のバッジが古いアドレスのままです。
木村`)}

${q(SHOTA_CONFIRM)}`,
  }),
  mk({
    slug: 'ja-badge-credly-html-aya', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: "Credly multipart mail: AWS's badge waiting on the kept address",
    from: CREDLY, to: AYA.keep, subject: CREDLY_AWS_JA_SUBJ,
    date: rfcDate('2026-03-03 06:45:21', J), enc: 'utf8qp',
    text: `渡辺 彩 さん、おめでとうございます。

Amazon Web Services Training and Certification があなたに「AWS Certified SysOps Administrator - Associate」のバッジを発行しました。

バッジを入手する
https://www.credly.com/go/Qm8xZ2Rk`,
    html: htmlDoc(`<table width="600"><tr><td>
<h2>渡辺 彩 さん、おめでとうございます。</h2>
<p>Amazon Web Services Training and Certification があなたに「AWS Certified SysOps Administrator - Associate」のバッジを発行しました。</p>
<p><a href="https://www.credly.com/go/Qm8xZ2Rk" style="background:#ff6b00;color:#fff;padding:10px">バッジを入手する</a></p>
</td></tr></table>`),
  }),
  mk({
    slug: 'ja-badge-cred1y-lookalike', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'badge mail from cred1y.com (digit one): untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@cred1y.com>', to: DAISUKE.keep,
    subject: CREDLY_AWS_JA_SUBJ, trusted: false,
    date: rfcDate('2026-03-25 03:03:03', J), enc: 'utf8b64',
    text: `森 大輔 さん

統合先アカウントにバッジが移されました。受け取りには再ログインが必要です。

バッジを入手する: https://cred1y.com/login?next=badge`,
  }),
  mk({
    slug: 'ja-badge-daisuke-bilingual-reissued', kind: 'badges_transferred', lang: 'ja', caseId: CASE.daisuke,
    note: 'support: badges re-issued to the kept Credly account; English boilerplate around Japanese',
    from: FORM, to: DAISUKE.keep, subject: caseSubj(CASE.daisuke),
    date: rfcDate('2026-03-26 10:10:10', J), enc: 'utf8qp',
    text: `Hello,

バッジの再発行が完了しました。${DAISUKE.keep} の Credly アカウントに、以前のバッジがすべて表示されています。

Thank you for contacting AWS Training and Certification.
Riku`,
  }),
  mk({
    slug: 'ja-badge-ren-tsukekae', kind: 'badges_transferred', lang: 'ja', caseId: CASE.ren,
    note: 'badges re-pointed to the kept account, phrased as 付け替え',
    from: FORM, to: REN.keep, subject: caseSubj(CASE.ren),
    date: rfcDate('2026-03-09 15:44:30', J), enc: 'jisb64',
    text: `松本様
Credly 側で、${REN.srcId} に紐づいていたバッジ2件を ${REN.keepId} のアカウントへ付け替えました。
Kaito

${iphoneJa('2026/03/08 10:02', who(REN.ja, REN.keep))}

${q(`Kaitoさん
統合ありがとうございました。Credly のバッジが前のアドレスに残ってるみたいです。

iPhoneから送信`)}`,
  }),
  mk({
    slug: 'ja-badge-credly-new-added', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'Credly notice that an AWS badge was added to the profile',
    from: CREDLY, to: SHOTA.keep, subject: 'バッジがプロフィールに追加されました',
    date: rfcDate('2026-03-16 14:02:00', J), enc: 'utf8qp',
    text: `木村 翔太 さん

Amazon Web Services Training and Certification のバッジがあなたの Credly プロフィールに追加されました。
・AWS Certified Developer – Associate
・AWS Certified Cloud Practitioner

プロフィールを見る: https://www.credly.com/users/shota-kimura`,
  }),

  // ---------------- case_closed (8)
  mk({
    slug: 'ja-closed-ren-3days', kind: 'case_closed', lang: 'ja', caseId: CASE.renDup,
    note: 'reminder: will close automatically in 3 days without a reply',
    from: FORM, to: REN.src, subject: caseSubj(CASE.renDup),
    date: rfcDate('2026-03-06 12:00:00', J), enc: 'jis7',
    text: `松本様

本ケースについて、3日以内にご返信がない場合は自動的にクローズされます。
同じご依頼は ${CASE.ren} にて対応中です。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-closed-aya-restate-merge', kind: 'case_closed', lang: 'ja', caseId: CASE.aya, trap: true,
    note: 'closing notice that only restates last week\'s merge',
    from: FORM, to: AYA.keep, subject: caseSubj(CASE.aya),
    date: rfcDate('2026-03-09 09:00:00', J), enc: 'sjis8',
    text: `渡辺様

先週お知らせしたとおり、アカウントの統合は3月2日に完了しております。
その後ご連絡がございませんでしたので、本ケースはクローズいたします。

Sota`,
  }),
  mk({
    slug: 'ja-closed-daisuke-notify-resolved', kind: 'case_closed', lang: 'ja', caseId: CASE.daisuke,
    note: 'AWS Support notification: case resolved',
    from: NOTIFY, to: DAISUKE.keep, subject: `AWS Support: ケース ${CASE.daisuke} は解決済みになりました`,
    date: rfcDate('2026-03-27 07:00:12', J), enc: 'utf8qp',
    text: `ケース ${CASE.daisuke} のステータスが「解決済み」に変更されました。

再開が必要な場合は、サポートセンターからケースに返信してください。
https://support.console.aws.amazon.com/support/home#/case/?displayId=${CASE.daisuke}

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-closed-shota-no-ar', kind: 'case_closed', lang: 'ja', caseId: CASE.shota,
    note: 'closing notice without any Authentication-Results: untrusted',
    from: NOTIFY, to: SHOTA.keep, subject: `AWS Support: ケース ${CASE.shota} をクローズしました`, auth: 'none', trusted: false,
    date: rfcDate('2026-03-18 05:12:44', J), enc: 'jis7',
    text: `ケース ${CASE.shota} はクローズされました。
ご利用ありがとうございました。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-closed-misaki-bilingual-resolved', kind: 'case_closed', lang: 'ja', caseId: CASE.misaki2,
    note: 'resolved notice: English headline and footer around Japanese',
    from: FORM, to: MISAKI.keep, subject: caseSubj(CASE.misaki2),
    date: rfcDate('2026-03-16 10:30:00', J), enc: 'utf8b64',
    text: `Your case has been resolved.

井上様、本ケースは解決済みとしてクローズしました。追加のご質問は新しいケースでお寄せください。

AWS Training and Certification
This message was sent from an unmonitored address.`,
  }),
  mk({
    slug: 'ja-closed-ren-dup-cases-merged', kind: 'case_closed', lang: 'ja', caseId: CASE.renDup, trap: true,
    note: '"duplicate cases were merged" is not the account merge; this case is closed',
    from: FORM, to: REN.src, subject: caseSubj(CASE.renDup),
    date: rfcDate('2026-03-04 08:20:30', J), enc: 'jisb64',
    text: `松本様

同じ内容のケースが2件ございましたので、${CASE.ren} に統合しました。
こちらのケース(${CASE.renDup})はクローズします。以後のやり取りは ${CASE.ren} でお願いします。

Kaito`,
  }),
  mk({
    slug: 'ja-closed-aya-html-resent', kind: 'case_closed', lang: 'ja', caseId: CASE.aya, forUser: false,
    note: 'closing notice to the old company address, redirected (Resent-*) by that company',
    from: FORM, to: AYA.src, subject: caseSubj(CASE.aya),
    date: rfcDate('2026-03-09 09:01:00', J), enc: 'sjisb64',
    resent: { from: 'mail-admin@agency.example.co.jp', to: 'archive@agency.example.co.jp', date: rfcDate('2026-03-09 09:05:00', J) },
    html: htmlDoc(`<p>渡辺様</p>
<p>本ケースは終了しました。再開をご希望の場合は、7日以内にこのメールへご返信ください。</p>
<p>AWS トレーニングと認定</p>`, 'Shift_JIS'),
  }),
  mk({
    slug: 'ja-closed-shota-toppost-thanks', kind: 'case_closed', lang: 'ja', caseId: CASE.shota,
    note: 'short top-posted closing above a quoted completion and badge exchange',
    from: FORM, to: SHOTA.keep, subject: caseSubjRe(CASE.shota),
    date: rfcDate('2026-03-17 17:40:00', J), enc: 'jisb64',
    text: `本件クローズします。ありがとうございました。
Haruka

${gmailJa('2026年3月17日(火) 12:01', who(SHOTA.ja, SHOTA.keep))}
${q(`バッジ確認できました!ありがとうございます。`)}
${q(`> バッジ移行済みです。Credly にサインインして承認してください。
> Haruka`)}`,
  }),

  // ---------------- support_reply (10)
  mk({
    slug: 'ja-reply-ren-thanks-kakunin', kind: 'support_reply', lang: 'ja', caseId: CASE.ren, trap: true,
    note: 'thanks for confirming, passed to the team; "統合が完了しましたら" is future',
    from: FORM, to: REN.keep, subject: caseSubj(CASE.ren),
    date: rfcDate('2026-03-05 23:05:00', J), enc: 'jis7',
    text: `松本様
ご確認ありがとうございます。担当チームに依頼しました。統合が完了しましたら、改めてご連絡します。
Kaito

${iphoneJa('2026/03/05 22:47', who(REN.ja, REN.keep))}

${q(REN_AGREE)}`,
  }),
  mk({
    slug: 'ja-reply-aya-not-yet', kind: 'support_reply', lang: 'ja', caseId: CASE.aya, trap: true,
    note: 'negated: the merge is not finished yet, please wait 3-5 business days',
    from: FORM, to: AYA.keep, subject: caseSubj(CASE.aya),
    date: rfcDate('2026-02-28 16:00:00', J), enc: 'utf8qp',
    text: `渡辺様

お問い合わせの件、まだ統合は完了しておりません。
バックエンドで処理中のため、3〜5営業日ほどお待ちください。

Sota

${gmailJa('2026年2月28日(土) 10:14', who(AYA.ja, AYA.keep))}
${q(`Sotaさん、進捗どうでしょうか?統合元のアドレスが来週使えなくなります。`)}`,
  }),
  mk({
    slug: 'ja-reply-daisuke-cannot-exam', kind: 'support_reply', lang: 'ja', caseId: CASE.daisuke, trap: true,
    note: 'unable to merge while an exam is booked on the old account; asks for no data',
    from: FORM, to: DAISUKE.keep, subject: caseSubj(CASE.daisuke),
    date: rfcDate('2026-03-21 15:33:00', J), enc: 'sjis8',
    text: `森様

${DAISUKE.srcId} に4月の試験予約が残っているため、現時点では統合できません。
予約を受験後に統合するか、予約を取り消したうえで改めてご返信ください。

Riku`,
  }),
  mk({
    slug: 'ja-reply-shota-escalated', kind: 'support_reply', lang: 'ja', caseId: CASE.shota,
    note: 'terse escalation status',
    from: FORM, to: SHOTA.keep, subject: caseSubj(CASE.shota),
    date: rfcDate('2026-03-12 20:10:00', J), enc: 'jis7',
    text: `木村様
バックエンドチームにエスカレーションしました。進展あり次第連絡します。
Haruka`,
  }),
  mk({
    slug: 'ja-reply-misaki-write-from-kept', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki,
    note: 'asks to write from the kept address, without asking for any data',
    from: FORM, to: MISAKI.src, subject: caseSubj(CASE.misaki),
    date: rfcDate('2026-02-16 17:22:00', J), enc: 'sjis8',
    text: `井上様

恐れ入りますが、今後のやり取りは残すほうのアカウントのメールアドレスからお願いいたします。
セキュリティ上、登録アドレス以外からのご依頼には対応できません。

Yui`,
  }),
  mk({
    slug: 'ja-reply-aya-voucher-answer', kind: 'support_reply', lang: 'ja', caseId: CASE.aya, trap: true,
    note: 'answers a voucher question; the merge is described conditionally',
    from: FORM, to: AYA.keep, subject: caseSubj(CASE.aya),
    date: rfcDate('2026-02-26 11:12:00', J), enc: 'utf8qp',
    text: `渡辺様

ご質問の50%割引バウチャーですが、統合後も統合先アカウントで引き続きご利用いただけます。
有効期限は変わりません。

Sota

${outlookJa(`渡辺 彩 <${AYA.keep}>`, '2026年2月26日 9:03', FORM_BARE, `Re: ${caseSubj(CASE.aya)}`)}

統合したら、旧アカウントにある次回50%割引の特典は消えますか?`,
  }),
  mk({
    slug: 'ja-reply-daisuke-bilingual-delay', kind: 'support_reply', lang: 'ja', caseId: CASE.daisuke,
    note: 'apology for the delay, still working; English frame around Japanese',
    from: FORM, to: DAISUKE.keep, subject: caseSubj(CASE.daisuke),
    date: rfcDate('2026-03-23 18:00:00', J), enc: 'utf8b64',
    text: `Hello,

ご返信が遅くなり申し訳ありません。現在も担当部署で確認を続けています。もう少々お待ちください。

Best regards,
Riku
AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-reply-shota-misaligned-dkim', kind: 'support_reply', lang: 'ja', caseId: CASE.shota,
    note: 'status reply whose DKIM signature belongs to an unrelated bulk sender: untrusted',
    from: FORM, to: SHOTA.keep, subject: caseSubj(CASE.shota), auth: 'misaligned', trusted: false,
    date: rfcDate('2026-03-14 02:40:00', J), enc: 'jis7',
    text: `木村様
現在対応中です。詳細は下記のポータルでご確認ください。
https://aws-case-portal.example.net/${CASE.shota}`,
  }),
  mk({
    slug: 'ja-reply-ren-dup-case-joined', kind: 'support_reply', lang: 'ja', caseId: CASE.ren, trap: true,
    note: 'duplicate case folded into this one; the account merge has not happened',
    from: FORM, to: REN.keep, subject: caseSubj(CASE.ren),
    date: rfcDate('2026-03-04 08:25:00', J), enc: 'utf8qp',
    text: `松本様
重複していたケース ${CASE.renDup} は、こちらのケースにまとめました。引き続きこちらでご対応します。
Kaito`,
  }),
  mk({
    slug: 'ja-reply-misaki-working-long-thread', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki,
    note: 'one-line "working on it" above a long quoted confirmation exchange',
    from: FORM, to: MISAKI.keep, subject: caseSubjRe(CASE.misaki),
    date: rfcDate('2026-02-20 13:00:00', J), enc: 'jisb64',
    text: `承知しました、引き続き対応中です。
Yui

${gmailJa('2026年2月20日(金) 12:11', who(MISAKI.ja, MISAKI.keep))}
${q(`大丈夫です。進めてください。
井上

Android 用 Outlook を入手`)}

${gmailJa('2026年2月20日(金) 9:44', who('AWS Training and Certification', FORM_BARE))}
${q(`井上様

統合後は大学のアドレスでサインインできなくなりますので、それでよろしければお返事をお願いします。

Yui`)}

${q(MISAKI_REQ)}`,
  }),

  // ---------------- unrelated (11)
  mk({
    slug: 'ja-unrel-ren-fwd-to-mobile', kind: 'unrelated', lang: 'ja', caseId: CASE.ren, trap: true, trusted: false,
    note: "user's own forward of the completion to his phone address",
    from: who(REN.ja, REN.keep), to: REN.mobile, subject: `Fwd: ${caseSubj(CASE.ren)}`,
    date: rfcDate('2026-03-06 09:30:00', J), enc: 'utf8qp',
    text: `メモ: 統合完了。あとでCredly確認

${fwdJa(who('AWS Training and Certification', FORM_BARE), '2026年3月6日(金) 9:14', caseSubj(CASE.ren), REN.keep)}

${REN_DONE}`,
  }),
  mk({
    slug: 'ja-unrel-shota-own-doui-cc', kind: 'unrelated', lang: 'ja', caseId: CASE.shota, trap: true, trusted: false,
    note: "user's own consent reply from the phone, Cc to his other address",
    from: who(SHOTA.ja, SHOTA.keep), to: FORM_BARE, cc: SHOTA.src, subject: caseSubjRe(CASE.shota),
    date: rfcDate('2026-03-12 19:45:00', J), enc: 'utf8b64',
    extra: ['X-Mailer: iPhone Mail (22D82)'],
    text: `はい、同意します。統合お願いします。

iPhoneから送信

${iphoneJa('2026/03/12 19:30', who('AWS Training and Certification', FORM_BARE))}

${q(`木村様
念のため最終確認です。${SHOTA.srcId} → ${SHOTA.keepId} の統合で進めてよいですか?
Haruka`)}`,
  }),
  mk({
    slug: 'ja-unrel-yoshida-out-of-office', kind: 'unrelated', lang: 'ja', caseId: CASE.ren, trap: true, trusted: false,
    note: "colleague's out-of-office auto-reply quoting the merge thread",
    from: who(YOSHIDA.ja, YOSHIDA.addr), to: REN.src, subject: `自動応答: ${caseSubj(CASE.ren)}`,
    date: rfcDate('2026-03-03 11:21:00', J), enc: 'jis7',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `吉田は3月10日まで不在です。急ぎの件は cloud-ops@oldcorp-sys.example.co.jp までご連絡ください。

> 統合にあたり、以下をお知らせください。
> - 両アカウントの候補者ID`,
  }),
  mk({
    slug: 'ja-unrel-survey-kaiketsu', kind: 'unrelated', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: 'satisfaction survey about the resolved case',
    from: 'AWS Training and Certification <tc-survey@amazon.com>', to: MISAKI.keep,
    subject: 'お問い合わせは解決しましたか?(1分アンケート)',
    date: rfcDate('2026-02-22 10:00:00', J), enc: 'utf8qp',
    text: `井上様

先日のお問い合わせ(ケース ${CASE.misaki})の対応はいかがでしたか。
問題は解決しましたか? はい / いいえ
https://survey.amazon.com/tc?c=${CASE.misaki}

今後のサービス改善に役立てます。`,
  }),
  mk({
    slug: 'ja-unrel-microsoft-credly', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'a Microsoft badge via Credly: another issuer',
    from: 'Microsoft via Credly <admin@credly.com>', to: AYA.keep, subject: 'Microsoftのバッジ発行のお知らせ',
    date: rfcDate('2026-03-04 08:00:00', J), enc: 'utf8b64',
    text: `渡辺 彩 さん

Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。

バッジを入手する: https://www.credly.com/go/Az9Fund1`,
  }),
  mk({
    slug: 'ja-unrel-pearson-yoyaku-kakutei', kind: 'unrelated', lang: 'ja', caseId: null, trap: true, trusted: false,
    note: 'test vendor appointment confirmation',
    from: 'Pearson VUE <pearsonvue-noreply@pearson.com>', to: DAISUKE.src, subject: '試験予約の確認: AWS Certified Developer - Associate',
    date: rfcDate('2026-03-19 12:00:00', J), enc: 'sjisb64',
    text: `森 大輔 様

以下の試験のご予約が確定しました。
試験: AWS Certified Developer - Associate (DVA-C02)
日時: 2026年4月11日 10:00
会場: オンライン監督試験

予約番号: 492118734`,
  }),
  mk({
    slug: 'ja-unrel-summit-registered', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'AWS event registration completed notice',
    from: 'AWS Summit Japan <aws-summit-japan@aws.amazon.com>', to: REN.keep, subject: 'AWS Summit Japan 登録完了のお知らせ',
    date: rfcDate('2026-03-10 12:00:00', J), enc: 'jisb64', wholeSubject: true,
    text: `松本 蓮 様

AWS Summit Japan への登録が完了しました。
当日は受付で QR コードをご提示ください。

AWS Summit Japan 事務局`,
  }),
  mk({
    slug: 'ja-unrel-credly-merge-code', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: "Credly's own account-merge verification code",
    from: 'Credly <no-reply@credly.com>', to: MISAKI.src, subject: 'Credly: アカウント統合の確認コード',
    date: rfcDate('2026-03-14 09:05:00', J), enc: 'utf8qp',
    text: `Credly アカウントの統合を完了するには、次のコードを入力してください。

確認コード: 583 204

このリクエストに心当たりがない場合は、このメールを無視してください。`,
  }),
  mk({
    slug: 'ja-unrel-exam-passed', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'exam result mail; mentions the badge it will bring',
    from: 'AWS Certification <no-reply@certification.aws.training>', to: SHOTA.keep,
    subject: 'おめでとうございます: AWS Certified Developer - Associate に合格しました',
    date: rfcDate('2026-02-27 18:00:00', J), enc: 'utf8b64',
    text: `木村 翔太 様

AWS Certified Developer - Associate に合格されました。おめでとうございます。
デジタルバッジは数日以内に Credly から届きます。

AWS Certification`,
  }),
  mk({
    slug: 'ja-unrel-fwd-to-yoshida', kind: 'unrelated', lang: 'ja', caseId: CASE.ren, trap: true, trusted: false, forUser: false,
    note: "user's own forward of the badge news to a colleague (not delivered to the user)",
    from: who(REN.ja, REN.keep), to: who(YOSHIDA.ja, YOSHIDA.addr), subject: `Fwd: ${caseSubj(CASE.ren)}`,
    date: rfcDate('2026-03-09 18:00:00', J), enc: 'jis7',
    text: `吉田さん
バッジ移行までやってもらえました。吉田さんも同じ状況なら頼むといいですよ。

${fwdJa(who('AWS Training and Certification', FORM_BARE), '2026年3月9日(月) 15:44', caseSubj(CASE.ren), REN.keep)}

松本様
Credly 側で、${REN.srcId} に紐づいていたバッジ2件を ${REN.keepId} のアカウントへ付け替えました。
Kaito`,
  }),
  mk({
    slug: 'ja-unrel-skillbuilder-done', kind: 'unrelated', lang: 'ja', caseId: null, trap: true, trusted: false,
    note: 'Skill Builder course completion (sender outside the trusted domains)',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws>', to: AYA.keep, subject: 'コースを修了しました',
    date: rfcDate('2026-03-12 20:00:00', J), enc: 'utf8qp',
    text: `渡辺 彩 さん

「AWS Cloud Quest: Solutions Architect」を修了しました。
修了証はマイページからダウンロードできます。`,
  }),
];
