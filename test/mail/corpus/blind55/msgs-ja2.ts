// Set bb, Japanese part 2: completions, badges, closings, other replies and mail that is not part of the case.
import type { Msg } from './lib.js';
import { rfcDate as d } from './lib.js';
import {
  CASE,
  CREDLY,
  FORM,
  FORM_BARE,
  FORM_JA,
  KENJI,
  KENJI_REQ,
  MISAKI,
  MISAKI_REQ,
  NOTIFY,
  SHOTA,
  formSubj,
  fwdJa,
  gmailJa,
  htmlDoc,
  iphoneJa,
  ja,
  origMsgJa,
  outlookJa,
  paras,
  quote,
  sfBlock,
  to,
} from './common.js';

const K = KENJI;
const M = MISAKI;
const S = SHOTA;

const credlyJaHtml = (name: string, badge: string, issuer: string): string =>
  htmlDoc(
    `<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #e6e6e6">
<tr><td style="padding:24px;text-align:center"><img src="https://images.credly.com/size/160x160/images/badge.png" width="120" alt="${badge}"></td></tr>
<tr><td style="padding:0 24px">
<p>${name}さん</p>
<p>${issuer}から新しいバッジ「${badge}」が発行されました。</p>
<p style="text-align:center"><a href="https://www.credly.com/earner/earned/badge/accept" style="background:#0e7c86;color:#fff;padding:10px 18px;text-decoration:none">バッジを入手する</a></p>
<p style="font-size:12px;color:#777">このメールは Credly, Inc. から送信されています。配信設定はアカウント設定から変更できます。</p>
</td></tr></table>`,
    'ja',
  );

export const JA2: Msg[] = [
  // ======================= merge_completed (9) =======================
  ja({
    slug: 'merge-from-today-four-certs',
    kind: 'merge_completed',
    caseId: CASE.kenji,
    note: 'completion told through its consequence: from today, signing in to the kept account shows all four certifications; source account disabled',
    from: FORM_JA,
    to: K.keep,
    subject: formSubj(CASE.kenji),
    date: d('2026-02-14 15:37:26', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `鈴木 健二 様

お待たせいたしました。宮本です。

本日より、${K.keep} でサインインいただくと、これまでの4つの認定がすべて表示されまます。
${K.src} 側のアカウントは無効化しておりますので、今後はサインインにお使いいただけません。

宮本
AWS トレーニングと認定 カスタマーサポート

${gmailJa('2026年2月13日(金) 12:03', K.ja, K.keep, '同意します。よろしくお願いいたします。')}`,
  }),
  ja({
    slug: 'merge-history-visible-sjis',
    kind: 'merge_completed',
    caseId: CASE.misaki,
    note: 'the source account\'s history and benefits are now all visible on the kept ID (completion stated as a state)',
    from: FORM,
    to: M.keep,
    subject: formSubj(CASE.misaki),
    date: d('2026-02-21 10:26:48', '+0900'),
    auth: 'pass',
    enc: 'sjis8',
    text: `中村様

西田です。ご返信ありがとうございました。

${M.srcId} に紐づいていた認定履歴および特典は、すべて ${M.keepId} 側でご覧いただける状態になっております。
サインイン後、[認定] と [特典] の画面で表示をご確認いただけますと幸いです。

西田
AWS Training and Certification Customer Support`,
  }),
  ja({
    slug: 'merge-and-close-b64',
    kind: 'merge_completed',
    caseId: CASE.shota,
    note: 'completion (both histories now in one account) plus "this case will be closed": the new fact is the merge',
    from: FORM_JA,
    to: S.keep,
    subject: formSubj(CASE.shota),
    date: d('2026-03-06 09:58:31', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `高橋 翔太 様

小林です。
${S.src} のアカウントでお持ちだった認定は、${S.keep} のアカウントにまとまった状態になりました。
本ケースはこれにてクローズとさせていただきます。またお困りの際はいつでもご連絡ください。

小林
AWS トレーニングと認定

${outlookJa(`${S.ja} <${S.keep}>`, '2026年3月5日 14:02', FORM_BARE, formSubj(CASE.shota), '問題ありません。進めてください。')}`,
  }),
  ja({
    slug: 'merge-portal-notice',
    kind: 'merge_completed',
    caseId: null,
    note: 'the certification portal\'s own notice (aws.training, no case ID): records of the old ID now appear under the kept ID',
    from: 'AWS Certification <no-reply@aws.training>',
    to: K.keep,
    subject: 'AWS 認定: アカウント情報が更新されました',
    date: d('2026-02-14 15:20:02', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `鈴木 健二 様

お客様の AWS 認定アカウントの情報が更新されました。
候補者 ID ${K.srcId} の記録は、今後 ${K.keepId} に表示されます。

この変更に心当たりがない場合は、AWS トレーニングと認定サポートまでご連絡ください。

AWS Certification`,
  }),
  ja({
    slug: 'merge-html-work-finished',
    kind: 'merge_completed',
    caseId: CASE.misaki,
    note: 'HTML: the requested work is finished; sign in with the personal address from now on, the company one no longer works',
    from: FORM_JA,
    to: M.keep,
    subject: formSubj(CASE.misaki),
    date: d('2026-02-21 10:31:14', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `中村様

ご依頼いただいた作業は終わっております。
次回からは ${M.keep} でサインインしてください。${M.src} ではサインインできなくなっています。

西田`,
    html: htmlDoc(
      paras(`中村様

ご依頼いただいた作業は終わっております。
次回からは ${M.keep} でサインインしてください。${M.src} ではサインインできなくなっています。

西田`),
      'ja',
    ),
  }),
  ja({
    slug: 'merge-google-ar-only',
    kind: 'merge_completed',
    caseId: CASE.kenji,
    trusted: false,
    note: 'says the accounts are now one, but the only Authentication-Results is another server\'s (mx.google.com), below our Received: untrusted',
    from: FORM_JA,
    to: K.keep,
    subject: formSubj(CASE.kenji),
    date: d('2026-02-14 04:12:10', '+0900'),
    auth: 'otherOnly',
    enc: 'jis7',
    text: `鈴木様

アカウントはひとつになりました。旧アカウントの認定は新しいアカウントでご確認いただけます。
引き続き AWS 認定をよろしくお願いいたします。`,
  }),
  ja({
    slug: 'merge-gmail-verified-moved',
    kind: 'merge_completed',
    caseId: CASE.shota,
    note: 'the agent finished the work and saw both certifications now on the kept account; Gmail quote of the consent below',
    from: FORM_JA,
    to: S.keep,
    subject: formSubj(CASE.shota),
    date: d('2026-03-06 08:40:05', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `高橋様

ご返信ありがとうございました。
先ほど作業を終え、統合元で取得された認定2件が ${S.keepId} に移っていることを、こちらでも確かめました。

小林

${gmailJa('2026年3月5日(木) 14:02', S.ja, S.keep, `小林様

問題ありません。進めてください。

高橋`)}`,
  }),
  ja({
    slug: 'merge-done-badges-later',
    kind: 'merge_completed',
    caseId: CASE.misaki,
    trap: true,
    note: 'reports the merge as done; says Credly badges may take more time (future), so it is not badges_transferred',
    from: FORM,
    to: M.keep,
    subject: formSubj(CASE.misaki),
    date: d('2026-02-21 10:20:37', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `中村様

作業が済みましたのでご報告いたします。2つのアカウントはひとつにまとめられ、認定は ${M.keepId} にございます。
なお、Credly のバッジについては、反映までもうしばらくお時間をいただく場合がございます。

西田

${sfBlock(M.ja, '2026/02/20 21:15', FORM_JA, formSubj(CASE.misaki), '内容に相違ありません。よろしくお願いします。')}`,
  }),
  ja({
    slug: 'merge-certmetrics-sender',
    kind: 'merge_completed',
    caseId: null,
    trusted: false,
    note: 'portal-style "merge finished" notice sent from certmetrics.com, which is not a trusted domain',
    from: 'AWS Certification <no-reply@certmetrics.com>',
    to: S.keep,
    subject: 'アカウント統合処理のお知らせ',
    date: d('2026-03-06 09:02:11', '+0900'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `高橋 翔太 様

アカウントの統合処理が正常に終了しました。
統合元: ${S.srcId}
統合先: ${S.keepId}

今後は統合先のアカウントをご利用ください。

AWS Certification Program`,
  }),

  // ======================= badges_transferred (8) =======================
  ja({
    slug: 'badge-credly-issue-saa',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly (AWS issuer) badge notice to the kept address: the badge now sits on the kept account',
    from: CREDLY,
    to: K.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-02-15 02:11:40', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `鈴木 健二さん

Amazon Web Services Training and Certificationから新しいバッジ「AWS Certified Solutions Architect - Associate」が発行されました。

バッジを入手する: https://www.credly.com/earner/earned/badge/accept

Credly`,
    html: credlyJaHtml('鈴木 健二', 'AWS Certified Solutions Architect - Associate', 'Amazon Web Services Training and Certification'),
  }),
  ja({
    slug: 'badge-support-credly-done-close',
    kind: 'badges_transferred',
    caseId: CASE.kenji,
    note: 'support says the Credly side was also handled and the badges can be seen on the kept address; closes too',
    from: FORM_JA,
    to: K.keep,
    subject: formSubj(CASE.kenji),
    date: d('2026-02-17 11:04:29', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `鈴木様

宮本です。ご指摘のバッジの件、Credly 側でも作業を行い、${K.keep} でバッジをご覧いただけるようになりました。
こちらで対応すべき事項は以上となりますので、本ケースは終了とさせていただきます。

宮本

${origMsgJa(`${K.ja} [mailto:${K.keep}]`, '2026年2月16日 9:40', formSubj(CASE.kenji), `宮本様
認定は移っていましたが、Credly のバッジが旧アドレスの方に残ったままです。`)}`,
  }),
  ja({
    slug: 'badge-told-by-credly-view',
    kind: 'badges_transferred',
    caseId: CASE.misaki,
    note: 'told by what the user will see: signing in to Credly shows the three badges on the personal profile',
    from: FORM_JA,
    to: M.keep,
    subject: formSubj(CASE.misaki),
    date: d('2026-02-24 16:52:18', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `中村様

西田です。
Credly にサインインしていただくと、以前の会社用アドレスで発行されていた3つのバッジが、${M.keep} のプロフィールに並んでいるはずです。
もし表示が古い場合は、ブラウザを再読み込みしてみてください。

西田`,
  }),
  ja({
    slug: 'badge-credly-multipart-ccp',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly multipart mail (AWS issuer): new badge issued to the kept address, "バッジを受け取る"',
    from: CREDLY,
    to: S.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-03-07 00:31:09', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `高橋 翔太さん

Amazon Web Services Training and Certificationから「AWS Certified Cloud Practitioner」のバッジが届いています。
バッジを受け取る: https://www.credly.com/earner/earned/badge/accept`,
    html: credlyJaHtml('高橋 翔太', 'AWS Certified Cloud Practitioner', 'Amazon Web Services Training and Certification'),
  }),
  ja({
    slug: 'badge-credly-lookalike',
    kind: 'badges_transferred',
    caseId: null,
    trusted: false,
    note: 'Credly-style badge notice from credly-badges.com, a look-alike domain: untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-badges.com>',
    to: K.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-02-15 05:40:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    html: credlyJaHtml('鈴木 健二', 'AWS Certified Developer - Associate', 'Amazon Web Services Training and Certification'),
  }),
  ja({
    slug: 'badge-reissued-outlook',
    kind: 'badges_transferred',
    caseId: CASE.shota,
    note: 'support: the badges were reissued by the responsible team and Credly\'s notices have gone to the new address; Outlook quote',
    from: FORM_JA,
    to: S.keep,
    subject: formSubj(CASE.shota),
    date: d('2026-03-09 13:20:44', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `高橋様

バッジの件、担当部署にて再発行の処理を行いました。
新しいアドレス宛に Credly からの案内が届いておりますので、受け取りの操作をお願いいたします。

小林

${outlookJa(`${S.ja} <${S.keep}>`, '2026年3月8日 20:11', FORM_BARE, formSubj(CASE.shota), `小林様

認定は移っているのですが、Credly の方にバッジが見当たりません。
確認いただけますか。`)}`,
  }),
  ja({
    slug: 'badge-credly-html-added',
    kind: 'badges_transferred',
    caseId: null,
    note: 'HTML-only Credly notice (AWS issuer) to the kept address: a badge was added to the profile',
    from: CREDLY,
    to: M.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-02-24 03:02:54', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    html: credlyJaHtml('中村 美咲', 'AWS Certified SysOps Administrator - Associate', 'Amazon Web Services Training and Certification'),
  }),
  ja({
    slug: 'badge-consolidated-this-completes',
    kind: 'badges_transferred',
    caseId: CASE.kenji,
    note: 'the badges too are now gathered on the kept account; "this completes the matter" (badges + closing)',
    from: FORM,
    to: K.keep,
    subject: formSubj(CASE.kenji),
    date: d('2026-02-16 18:30:02', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `鈴木様

宮本です。バッジについても ${K.keep} のアカウントに集約済みです。
これをもちまして本件は完了となります。ご協力ありがとうございました。

宮本`,
  }),

  // ======================= case_closed (8) =======================
  ja({
    slug: 'closed-will-resolve-5days',
    kind: 'case_closed',
    caseId: CASE.shota,
    note: 'without a reply the case will be treated as resolved after 5 business days (auto-close reminder)',
    from: FORM_JA,
    to: S.keep,
    subject: formSubj(CASE.shota),
    date: d('2026-03-10 10:00:12', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `高橋様

小林です。その後いかがでしょうか。
このままご連絡がなければ、5営業日後に本ケースは解決済みとして扱われます。
追加のご質問がございましたら、それまでにこのメールへご返信ください。

小林`,
  }),
  ja({
    slug: 'closed-notify-status-resolved',
    kind: 'case_closed',
    caseId: CASE.misaki,
    note: 'AWS Support notification: the case status changed to resolved',
    from: NOTIFY,
    to: M.keep,
    subject: `[Case ${CASE.misaki}] ステータスが更新されました`,
    date: d('2026-02-26 04:00:19', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `中村 美咲 様

ケース ${CASE.misaki} のステータスが「解決済み」に変更されました。
再度ご相談が必要な場合は、AWS サポートセンターからケースを再開してください。

Amazon Web Services`,
  }),
  ja({
    slug: 'closed-restates-last-week',
    kind: 'case_closed',
    caseId: CASE.kenji,
    trap: true,
    note: 'closing that only restates the merge finished last week; the new fact is the closing',
    from: FORM_JA,
    to: K.keep,
    subject: formSubj(CASE.kenji),
    date: d('2026-02-23 09:12:40', '+0900'),
    auth: 'pass',
    enc: 'sjis8',
    text: `鈴木様

宮本です。
先週、統合のお手続きは完了しておりますので、本ケースを終了いたします。
またご不明な点がございましたら、新しくお問い合わせいただけますと幸いです。

宮本`,
  }),
  ja({
    slug: 'closed-nothing-left-on-our-side',
    kind: 'case_closed',
    caseId: CASE.misaki,
    note: 'closing told indirectly: nothing remains for us to do, so the matter ends here',
    from: FORM_JA,
    to: M.keep,
    subject: formSubj(CASE.misaki),
    date: d('2026-02-25 17:05:55', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `中村様

バッジの表示をご確認いただけたとのこと、安心いたしました。
弊社にて対応すべき事項は残っておりませんので、本件はこちらで区切りとさせていただきます。

西田

${gmailJa('2026年2月25日(水) 12:30', M.ja, M.keep, `西田様

Credly でも3つ揃っているのを確認できました。
ありがとうございました。`)}`,
  }),
  ja({
    slug: 'closed-dkim-lookalike-sjis',
    kind: 'case_closed',
    caseId: CASE.shota,
    trusted: false,
    note: 'closing notice whose DKIM domain only starts with amazon.com (amazon.com.secure-mailer.net) and DMARC fails: untrusted',
    from: NOTIFY,
    to: S.keep,
    subject: `[Case ${CASE.shota}] ケースはクローズされました`,
    date: d('2026-03-11 06:44:18', '+0900'),
    auth: 'dkimLookalike',
    enc: 'sjisb64',
    text: `高橋 翔太 様

ご返信をいただけなかったため、ケース ${CASE.shota} はクローズいたしました。
再開をご希望の場合は、以下のリンクからサインインしてください。
https://signin.aws-case-reopen.example/`,
  }),
  ja({
    slug: 'closed-forged-below',
    kind: 'case_closed',
    caseId: CASE.kenji,
    trusted: false,
    note: 'closing with a forged pass verdict placed below the receiving server\'s Received line: untrusted',
    from: FORM_JA,
    to: K.keep,
    subject: formSubj(CASE.kenji),
    date: d('2026-02-24 01:02:03', '+0900'),
    auth: 'forgedBelow',
    enc: 'jis7',
    text: `鈴木様

本ケースはクローズされました。ご利用ありがとうございました。`,
  }),
  ja({
    slug: 'closed-html-notify-resolved',
    kind: 'case_closed',
    caseId: CASE.shota,
    note: 'HTML AWS Support notification: the case was resolved, reopen within 14 days if needed',
    from: NOTIFY,
    to: S.keep,
    subject: 'AWS サポート: ケースが解決されました',
    date: d('2026-03-12 03:15:00', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    html: htmlDoc(
      `<p>高橋 翔太 様</p>
<p>次のケースは解決済みになりました。</p>
<ul><li>ケース ID: ${CASE.shota}</li><li>件名: 認定アカウントの統合</li><li>最終更新: 2026-03-11</li></ul>
<p>14日以内であれば、このケースを再開できます。それ以降は新しいケースを作成してください。</p>
<p>Amazon Web Services</p>`,
      'ja',
    ),
  }),
  ja({
    slug: 'closed-duplicate-case',
    kind: 'case_closed',
    caseId: CASE.kenjiDup,
    note: 'the duplicate case is closed because the original case continues; a closing of this case, not a merge',
    from: FORM_JA,
    to: K.keep,
    subject: formSubj(CASE.kenjiDup),
    date: d('2026-02-10 11:30:00', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `鈴木様

同じご依頼で2件のケースをお送りいただいておりましたので、こちらのケース ${CASE.kenjiDup} はクローズし、先に作成された ${CASE.kenji} にて引き続き対応いたします。
今後のご連絡は ${CASE.kenji} の方へお願いいたします。

宮本`,
  }),

  // ======================= support_reply (10) =======================
  ja({
    slug: 'sr-when-done-will-contact',
    kind: 'support_reply',
    caseId: CASE.misaki,
    trap: true,
    note: '「統合が完了しましたら、改めてご連絡いたします」: future; says it was passed to the team',
    from: FORM_JA,
    to: M.keep,
    subject: formSubj(CASE.misaki),
    date: d('2026-02-20 22:40:11', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `中村様

ご返信ありがとうございます。内容を担当チームに引き継ぎました。
統合が完了しましたら、改めてご連絡いたします。

西田

${quote(`I agree to merge ${M.srcId} into ${M.keepId} and understand this cannot be reversed.`)}`,
  }),
  ja({
    slug: 'sr-not-yet-finished',
    kind: 'support_reply',
    caseId: CASE.shota,
    trap: true,
    note: 'negated: the merge has not been completed yet, waiting on the responsible department',
    from: FORM_JA,
    to: S.keep,
    subject: formSubj(CASE.shota),
    date: d('2026-03-05 19:02:33', '+0900'),
    auth: 'pass',
    enc: 'sjis8',
    text: `高橋様

お問い合わせありがとうございます。小林です。
現時点では統合はまだ完了しておりません。担当部署での作業町となっております。
進みましたらこちらからお知らせいたしますので、恐れ入りますがもうしばらくお待ちください。

小林

${iphoneJa('2026/03/05 18:30', S.ja, S.keep, 'もう終わってますか?')}`,
  }),
  ja({
    slug: 'sr-consent-received-forwarded',
    kind: 'support_reply',
    caseId: CASE.kenji,
    trap: true,
    note: 'thanks for the consent, passed to the team (words of confirmation and receipt, but only a status update)',
    from: FORM_JA,
    to: K.keep,
    subject: formSubj(CASE.kenji),
    date: d('2026-02-13 12:25:09', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `鈴木様

ご同意の旨、確かに承りました。処理を担当するチームへ回付いたしました。
通常は数日以内に作業が行われます。

宮本

${gmailJa('2026年2月13日(金) 12:03', K.ja, K.keep, '同意します。よろしくお願いいたします。')}`,
  }),
  ja({
    slug: 'sr-cannot-with-booking',
    kind: 'support_reply',
    caseId: CASE.misaki,
    trap: true,
    note: 'cannot merge while an exam is booked on the source account; no data asked',
    from: FORM,
    to: M.keep,
    subject: formSubj(CASE.misaki),
    date: d('2026-02-19 09:12:17', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `中村様

西田です。
${M.src} のアカウントに 3月2日の試験予約が入っているため、その予約が残っている間はアカウントを統合できかねます。
予約を取り消されるか、受験を終えられてから、改めてこのケースにご連絡ください。

西田`,
  }),
  ja({
    slug: 'sr-if-badges-missing-check-spam',
    kind: 'support_reply',
    caseId: CASE.shota,
    trap: true,
    note: 'conditional: if the badges have not arrived, check the spam folder for Credly\'s mail; nothing moved in this message',
    from: FORM_JA,
    to: S.keep,
    subject: formSubj(CASE.shota),
    date: d('2026-03-07 10:10:10', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `高橋様

小林です。
バッジがまだお手元に届いていない場合は、Credly からの通知メールが迷惑メールフォルダに入っていないかご確認ください。
送信元は admin@credly.com です。`,
  }),
  ja({
    slug: 'sr-write-from-kept',
    kind: 'support_reply',
    caseId: CASE.kenji,
    forUser: false,
    note: 'asks the customer to write from the address they keep (no data requested); redirected by the old company\'s mail system with Resent-* headers',
    from: FORM_JA,
    to: K.src,
    resent: { from: K.src, to: K.keep, date: d('2026-02-10 12:31:20', '+0900') },
    subject: formSubj(CASE.kenji),
    date: d('2026-02-10 12:30:51', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `鈴木様

AWS トレーニングと認定の宮本です。
恐れ入りますが、統合先として残すアドレスからこのケースにご連絡いただけますと、手続きがスムーズです。

宮本

${sfBlock(K.ja, '2026/02/09 21:14', FORM_JA, 'アカウントの統合について', KENJI_REQ)}`,
  }),
  ja({
    slug: 'sr-escalated-3-5-days',
    kind: 'support_reply',
    caseId: CASE.misaki,
    note: 'escalated to a specialist team; expect 3 to 5 business days',
    from: FORM_JA,
    to: M.keep,
    subject: formSubj(CASE.misaki),
    date: d('2026-02-18 09:01:44', '+0900'),
    auth: 'pass',
    enc: 'utf88bit',
    text: `中村様

お待たせしております。西田です。
本件は社内の専門チームにて確認しております。回答まで3から5営業日ほどお時間を頂戴いたします。

西田

${quote(MISAKI_REQ)}`,
  }),
  ja({
    slug: 'sr-voucher-carries-over',
    kind: 'support_reply',
    caseId: CASE.shota,
    trap: true,
    note: 'answers a question: the 50% voucher stays usable after the merge (future); nothing happened',
    from: FORM_JA,
    to: S.keep,
    subject: formSubj(CASE.shota),
    date: d('2026-03-04 09:30:12', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `高橋様

ご質問の件、50%割引の特典は統合後もそのままご利用いただけます。有効期限も変わりません。

小林

${outlookJa(`${S.ja} <${S.keep}>`, '2026年3月3日 23:40', FORM_BARE, formSubj(CASE.shota), '統合すると、前の会社で取った割引特典は消えますか?')}`,
  }),
  ja({
    slug: 'sr-hypothetical-booking',
    kind: 'support_reply',
    caseId: CASE.kenji,
    trap: true,
    note: 'hypothetical answer about a booked exam "after the merge"; no event, no request',
    from: FORM,
    to: K.keep,
    subject: formSubj(CASE.kenji),
    date: d('2026-02-12 16:44:40', '+0900'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `鈴木様

仮に統合元のアカウントに試験の予約が残っていたとしても、統合が行われた後は、その予約は統合先のアカウントに引き継がれる扱いになります。
ご心配には及びません。

宮本`,
  }),
  ja({
    slug: 'sr-inquiries-combined',
    kind: 'support_reply',
    caseId: CASE.kenji,
    trap: true,
    note: '"we combined your two inquiries into one": the duplicate cases, not the accounts',
    from: FORM_JA,
    to: K.keep,
    subject: formSubj(CASE.kenji),
    date: d('2026-02-10 11:35:02', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `鈴木様

お客様から頂いた2件のお問い合わせ(${CASE.kenji} と ${CASE.kenjiDup})を、こちらの1件に統合いたしました。
以降はこのメールのスレッドでやり取りさせてください。

宮本`,
  }),

  // ======================= unrelated (9) =======================
  ja({
    slug: 'un-own-consent-cc-self',
    kind: 'unrelated',
    caseId: CASE.kenji,
    trusted: false,
    trap: true,
    note: 'the user\'s own consent reply to support, copied to himself: carries no news from support',
    from: to(K, 'keep', 'ja'),
    to: FORM_BARE,
    cc: K.keep,
    rcpt: K.keep,
    subject: formSubj(CASE.kenji),
    date: d('2026-02-13 12:03:15', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `宮本様

同意します。よろしくお願いいたします。

鈴木

${gmailJa('2026年2月13日(金) 10:20', 'AWS トレーニングと認定', FORM_BARE, `統合が完了しましたら、${K.keep} でサインインいただくと、4つの認定すべてがひとつのアカウント上でご覧いただけます。`)}`,
  }),
  ja({
    slug: 'un-ooo-old-company',
    kind: 'unrelated',
    caseId: CASE.misaki,
    trusted: false,
    trap: true,
    note: 'out-of-office auto-reply from a colleague at the old company ("メールは受信しました"): not part of the case',
    from: '山本 和也 <yamamoto.k@partner.example.co.jp>',
    to: M.keep,
    subject: `自動応答: ${formSubj(CASE.misaki)}`,
    date: d('2026-02-18 11:05:59', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `メールは受信しました。
2月16日から2月20日まで休暇のため不在にしております。期間中のご連絡には返信が遅れます。
お急ぎの場合は営業部 代表アドレスまでご連絡ください。

山本`,
  }),
  ja({
    slug: 'un-pearson-booking-confirmed',
    kind: 'unrelated',
    caseId: null,
    trusted: false,
    trap: true,
    note: 'test-vendor booking confirmation ("予約が確定しました"): an exam appointment, not the merge',
    from: 'Pearson VUE <noreply@pearsonvue.com>',
    to: S.keep,
    subject: 'AWS 認定試験のご予約が確定しました',
    date: d('2026-03-08 19:22:07', '+0900'),
    auth: 'pass',
    enc: 'sjis8',
    text: `高橋 翔太 様

以下の内容でご予約が確定しました。

試験: AWS Certified Solutions Architect - Professional (SAP-C02)
日時: 2026年4月4日(土) 10:00
会場: オンライン監督 (OnVUE)

ご予約の変更・取り消しは、試験開始の24時間前まで可能です。

Pearson VUE`,
  }),
  ja({
    slug: 'un-credly-microsoft-badge',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'Credly badge from another issuer (Microsoft); trusted Credly mail but not an AWS badge',
    from: 'Microsoft via Credly <admin@credly.com>',
    to: M.keep,
    subject: 'Microsoftのバッジ発行のお知らせ',
    date: d('2026-02-22 01:14:30', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    html: credlyJaHtml('中村 美咲', 'Microsoft Certified: Azure Fundamentals', 'Microsoft'),
  }),
  ja({
    slug: 'un-other-case-exam-date',
    kind: 'unrelated',
    caseId: CASE.shotaExam,
    trap: true,
    note: 'support reply on the user\'s other case about moving an exam date ("変更が完了しました"): not the merge case',
    from: FORM_JA,
    to: S.keep,
    subject: `RE:[CASE ${CASE.shotaExam}] [AWS Training and Certification Form Submission] - exam-scheduling`,
    date: d('2026-03-09 15:08:21', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `高橋様

試験日程の件、ご希望の4月4日への変更が完了しました。
予約内容は Pearson VUE からのメールでもご確認いただけます。

AWS トレーニングと認定 サポート 吉田`,
  }),
  ja({
    slug: 'un-survey-resolved',
    kind: 'unrelated',
    caseId: CASE.misaki,
    trap: true,
    note: 'satisfaction survey ("問題は解決しましたか?") after the case: not a closing notice',
    from: 'AWS サポート <aws-support-survey@amazon.com>',
    to: M.keep,
    subject: `ケース ${CASE.misaki} に関するアンケートのお願い`,
    date: d('2026-02-27 10:00:00', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `中村 美咲 様

先日はお問い合わせいただきありがとうございました。
問題は解決しましたか? 1分ほどのアンケートにご協力ください。

https://survey.aws.amazon.com/s/${CASE.misaki}

はい、解決しました / いいえ、解決していません`,
  }),
  ja({
    slug: 'un-summit-registration',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'event marketing: AWS Summit registration received (words of a receipt)',
    from: 'AWS Summit Japan <aws-summit-japan@amazon.com>',
    to: K.keep,
    subject: 'AWS Summit Japan 2026 ご登録を受け付けました',
    date: d('2026-02-18 12:00:00', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `鈴木 健二 様

AWS Summit Japan 2026 へのご登録を受け付けました。
当日は受付で QR コードをご提示ください。

認定者ラウンジもご用意しております。AWS 認定をお持ちの方は、デジタルバッジをご提示ください。

AWS Summit Japan 事務局`,
  }),
  ja({
    slug: 'un-own-forward-to-colleague',
    kind: 'unrelated',
    caseId: CASE.shota,
    trusted: false,
    forUser: false,
    trap: true,
    note: 'the user forwards the completion mail to a colleague (not to himself): own mail, quoted completion ignored',
    from: to(S, 'keep', 'ja'),
    to: '田中 部長 <tanaka@newco.example.co.jp>',
    subject: `Fwd: ${formSubj(CASE.shota)}`,
    date: d('2026-03-06 10:30:00', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `田中さん

資格の件、まとまったとのことなので共有します。

${fwdJa('AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>', '2026年3月6日(金) 9:58', formSubj(CASE.shota), S.keep, `${S.src} のアカウントでお持ちだった認定は、${S.keep} のアカウントにまとまった状態になりました。`)}`,
  }),
  ja({
    slug: 'un-credly-merge-code',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'Credly\'s own account-merge verification code mail: not the AWS certification merge',
    from: 'Credly <admin@credly.com>',
    to: K.keep,
    subject: 'Credly アカウントの統合を完了するには',
    date: d('2026-02-16 08:40:12', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `鈴木 健二さん

Credly アカウントの統合がリクエストされました。統合を完了するには、次の確認コードを画面に入力してください。

確認コード: 482913

このリクエストに心当たりがない場合は、このメールを無視してください。

Credly`,
  }),
];
