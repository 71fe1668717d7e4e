// Set ag, Japanese messages (part 2: merge_completed, badges_transferred, case_closed,
// support_reply, unrelated). Written fresh for this set.
import type { Msg } from './lib.js';
import { rfcDate as d } from './lib.js';
import {
  ja, FORM, FORM_JA, FORM_BARE, NOTIFY, SUPPORT_SUB, PORTAL, CREDLY_AWS, formSubj, NAKA, KOBA, FUJI, TAKA, CASE, q, sfBlock, outlookJa, gmailJa, paras,
  NAKA_REQ,
} from './common.js';

const N = NAKA, K = KOBA, F = FUJI, T = TAKA;
const nTo = `${N.ja} <${N.keep}>`;
const kTo = `${K.ja} <${K.keep}>`;
const fTo = `${F.ja} <${F.keep}>`;
const tTo = `${T.ja} <${T.keep}>`;

export const JA2: Msg[] = [
  // ================= merge_completed =================
  ja({
    slug: 'ja-merge-kanryo-jis7',
    kind: 'merge_completed',
    caseId: CASE.naka,
    note: 'agent reports the two accounts were merged into the kept one and asks the user to sign in and look',
    from: FORM_JA,
    to: nTo,
    subject: formSubj(CASE.naka),
    date: d('2026-03-06 14:02:19', '+0900'),
    enc: 'jis7',
    text: `中村 様

ご同意いただきありがとうございました。
本日、${N.srcId} を ${N.keepId} へ統合する作業を終えました。統合元の認定 3 件と試験履歴は、今後 ${N.keep} でサインインした画面からご覧いただけます。

反映まで少し時間がかかる場合がございますので、明日以降に一度ご確認いただけますと幸いです。

川口`,
  }),
  ja({
    slug: 'ja-merge-portal-notice-html',
    kind: 'merge_completed',
    caseId: null,
    note: 'certification portal\'s own notice (aws.training, no case ID): your accounts have been merged',
    from: PORTAL,
    to: K.keep,
    subject: 'AWS 認定: アカウントが統合されました',
    date: d('2026-03-11 05:40:00', '+0000'),
    enc: 'utf8b64',
    text: `${K.en} 様

お客様の AWS 認定アカウントの統合処理が行われました。
今後は ${K.keep} でサインインすると、すべての認定、試験履歴、特典が一つのプロフィールに表示されます。
お心当たりがない場合は、AWS トレーニングと認定サポートまでご連絡ください。

AWS Certification`,
    html: `<table width="600"><tr><td>
<h2>アカウントの統合について</h2>
<p>${K.en} 様</p>
<p>お客様の AWS 認定アカウントの統合処理が行われました。<br>今後は ${K.keep} でサインインすると、すべての認定、試験履歴、特典が一つのプロフィールに表示されます。</p>
<p style="font-size:12px">お心当たりがない場合は、AWS トレーニングと認定サポートまでご連絡ください。</p>
</td></tr></table>`,
  }),
  ja({
    slug: 'ja-merge-and-will-close-sjis',
    kind: 'merge_completed',
    caseId: CASE.koba,
    note: 'merge done, and the case will now be closed: the new fact is the merge',
    from: FORM_JA,
    to: kTo,
    subject: formSubj(CASE.koba),
    date: d('2026-03-11 11:25:07', '+0900'),
    enc: 'sjis8',
    text: `小林 様

お返事ありがとうございました。
ご依頼のとおり、旧アカウント(${K.srcId})の内容を新アカウント(${K.keepId})へ移し替え、統合を完了いたしました。
本件はこれをもちましてクローズとさせていただきます。ほかにご不明な点がございましたら、お気軽にお問い合わせください。

岡本`,
  }),
  ja({
    slug: 'ja-merge-please-check-jisb64',
    kind: 'merge_completed',
    caseId: CASE.fuji,
    note: 'completion notice that asks the user to check everything looks right: still merge_completed',
    from: FORM_JA,
    to: fTo,
    subject: formSubj(CASE.fuji),
    date: d('2026-03-13 10:44:52', '+0900'),
    enc: 'jisb64',
    text: `藤井様

ご同意のご連絡ありがとうございました、統合の処理が済みましたのでお知らせいたします。
お手数ですが、${F.keep} でサインインのうえ、取得済み認定と特典が揃っているかご確認ください。
万一足りないものがございましたら、このケースにそのままご返信ください。

佐々木`,
  }),
  ja({
    slug: 'ja-merge-ids-between-utf8qp',
    kind: 'merge_completed',
    caseId: CASE.taka,
    note: 'completion phrased with identifiers between the words and a te-form clause (「AWS… は AWS… に統合済みとなっており」)',
    from: FORM_JA,
    to: tTo,
    subject: formSubj(CASE.taka),
    date: d('2026-03-16 09:12:40', '+0900'),
    enc: 'utf8qp',
    text: `高橋様

週末を挟みお待たせしました。
${T.srcId} は ${T.keepId} に統合済みとなっており、会社アドレス側のアカウントは閉鎖されています。
Credly のバッジは別途反映に時間がかかることがございます。

石川`,
  }),
  ja({
    slug: 'ja-merge-lookalike-authserv',
    kind: 'merge_completed',
    caseId: CASE.naka,
    trusted: false,
    auth: 'lookalikeServer',
    note: 'completion text, but the topmost Authentication-Results is from a look-alike authserv-id: untrusted',
    from: FORM,
    to: N.keep,
    subject: formSubj(CASE.naka),
    date: d('2026-03-06 03:10:55', '+0900'),
    enc: 'jis7',
    text: `中村様

アカウントの統合が完了しました。
統合後の認定証を下記からダウンロードしてください(要サインイン)。
https://certmetrics-aws.example-download.com/login

AWS`,
  }),
  ja({
    slug: 'ja-merge-mobile-short-sjisb64',
    kind: 'merge_completed',
    caseId: CASE.koba,
    note: 'very short agent note: 「統合処理、本日対応済みです」 with the ID in the subject only',
    from: FORM_JA,
    to: K.keep,
    subject: formSubj(CASE.koba, 'Re: RE:'),
    date: d('2026-03-11 19:03:11', '+0900'),
    enc: 'sjisb64',
    text: `小林様
統合処理、本日対応済みです。新アカウントでご確認ください。
岡本`,
  }),
  ja({
    slug: 'ja-merge-outlook-thread-8bit',
    kind: 'merge_completed',
    caseId: CASE.naka,
    note: 'new text: the back-office team finished the merge; below, an Outlook JP quote block and the original request',
    from: FORM_JA,
    to: nTo,
    subject: formSubj(CASE.naka),
    date: d('2026-03-06 18:40:30', '+0900'),
    enc: 'utf88bit',
    text: `中村様

担当チームより、先ほど統合作業が終わったと連絡がありました。
${N.keepId} に一本化されていますので、お時間のあるときにポータルをご覧ください。

川口

${outlookJa(`中村 健一 <${N.keep}>`, '2026年3月5日 10:02', FORM_BARE, formSubj(CASE.naka), `川口様

同意します。よろしくお願いします。

中村`)}

${sfBlock(N.keep, '2026/03/02 10:12', FORM_BARE, '認定アカウントについて', NAKA_REQ)}`,
  }),

  // ================= badges_transferred =================
  ja({
    slug: 'ja-badge-credly-hakko-html',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly issues an AWS badge to the kept address (Japanese template, multipart)',
    from: CREDLY_AWS,
    to: N.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-03-09 06:20:11', '+0000'),
    enc: 'utf8b64',
    text: `中村 健一 さん

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。
下のボタンからバッジを受け取り、プロフィールで公開しましょう。

バッジを入手する: https://www.credly.com/badges/3b1f0c2e/accept

Credly`,
    html: `<div style="text-align:center">
<p>中村 健一 さん</p>
<p>Amazon Web Services Training and Certification から<br><b>AWS Certified Solutions Architect - Associate</b><br>のバッジが発行されました。</p>
<p><a href="https://www.credly.com/badges/3b1f0c2e/accept" style="background:#ff6b00;color:#fff;padding:8px">バッジを入手する</a></p>
</div>`,
  }),
  ja({
    slug: 'ja-badge-credly-utf8qp-plain',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly plain-text notice: an AWS badge was added to the account of the kept address',
    from: CREDLY_AWS,
    to: F.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-03-15 02:05:33', '+0000'),
    enc: 'utf8qp',
    text: `藤井 翔 さん、おめでとうございます。

AWS Certified Developer - Associate のバッジがあなたの Credly アカウントに届いています。
バッジを受け入れると、LinkedIn などで共有できます。

バッジを入手する
https://www.credly.com/badges/a09e55d1/accept

このメールは Credly から Amazon Web Services Training and Certification に代わってお送りしています。`,
  }),
  ja({
    slug: 'ja-badge-support-moved-jis7',
    kind: 'badges_transferred',
    caseId: CASE.naka,
    note: 'after the merge the user asked about missing badges; the agent says they were re-issued to the kept address',
    from: FORM_JA,
    to: nTo,
    subject: formSubj(CASE.naka),
    date: d('2026-03-10 15:30:00', '+0900'),
    enc: 'jis7',
    text: `中村様

ご連絡いただいた Credly のバッジの件、担当部署にて対応が終わりました。
統合元に紐づいていた 3 つのバッジを、${N.keep} 宛てに再発行しております。Credly から届くメールの「バッジを入手する」より受け取りをお願いします。

川口

${gmailJa('2026年3月9日(月) 8:12', N.ja, N.keep)}
> 統合ありがとうございました。認定は見えるのですが、Credly のバッジが旧アドレスのままです。`,
  }),
  ja({
    slug: 'ja-badge-moved-and-closing-sjis',
    kind: 'badges_transferred',
    caseId: CASE.koba,
    note: 'support says the Credly badges are now on the kept account and closes the case: badges_transferred',
    from: FORM_JA,
    to: kTo,
    subject: formSubj(CASE.koba),
    date: d('2026-03-13 10:10:10', '+0900'),
    enc: 'sjis8',
    text: `小林様

Credly のバッジについて、新アカウントのメールアドレスへの付け替えが完了しました。
Credly にサインインすると、2 つのバッジが表示されているはずです。
以上で今回のご依頼はすべて対応済みとなりますので、本ケースはクローズいたします。

岡本`,
  }),
  ja({
    slug: 'ja-badge-credly-lookalike-domain',
    kind: 'badges_transferred',
    caseId: null,
    trusted: false,
    note: 'badge notice from the look-alike domain credly-notify.com (passes auth for itself only): untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-notify.com>',
    to: K.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-03-12 08:00:00', '+0000'),
    enc: 'utf8b64',
    text: `小林 美咲 さん

新しいバッジが発行されました: AWS Certified Cloud Practitioner
バッジを入手する: https://credly-notify.com/claim?id=99812

Credly`,
  }),
  ja({
    slug: 'ja-badge-credly-three-html-only',
    kind: 'badges_transferred',
    caseId: null,
    note: 'HTML-only Credly mail: three AWS badges now in the user\'s wallet',
    from: CREDLY_AWS,
    to: N.keep,
    subject: '3件のバッジがあなたのアカウントに追加されました',
    date: d('2026-03-10 07:02:45', '+0000'),
    enc: 'utf8b64',
    html: `<html><body>
<p>中村 健一 さん</p>
<p>Amazon Web Services Training and Certification から次のバッジがあなたの Credly アカウントに追加されました。</p>
<ul>
<li>AWS Certified Solutions Architect - Associate</li>
<li>AWS Certified Developer - Associate</li>
<li>AWS Certified Cloud Practitioner</li>
</ul>
<p><a href="https://www.credly.com/earner/earned">バッジを確認する</a></p>
</body></html>`,
  }),
  ja({
    slug: 'ja-badge-support-tsukekae-sjisb64',
    kind: 'badges_transferred',
    caseId: CASE.taka,
    note: 'agent: the Credly badges were re-linked (付け替え) to the new account, worded without "transfer"',
    from: FORM_JA,
    to: tTo,
    subject: formSubj(CASE.taka),
    date: d('2026-03-18 13:33:03', '+0900'),
    enc: 'sjisb64',
    text: `高橋様

お問い合わせいただいていたデジタルバッジですが、Credly 側の登録先を ${T.keep} に付け替えました。
現在、Credly のプロフィールで 2 件とも確認できる状態です。

石川`,
  }),
  ja({
    slug: 'ja-badge-google-ar-only',
    kind: 'badges_transferred',
    caseId: null,
    trusted: false,
    auth: 'otherOnly',
    note: 'Credly AWS badge mail whose only Authentication-Results is from another authserv-id (mx.google.com): untrusted',
    from: CREDLY_AWS,
    to: F.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-03-15 02:06:10', '+0000'),
    enc: 'jisb64',
    text: `藤井 翔 さん

AWS Certified Solutions Architect - Associate のバッジが発行されました。
バッジを入手する: https://www.credly.com/badges/c71d2a90/accept`,
  }),

  // ================= case_closed =================
  ja({
    slug: 'ja-close-auto-five-days',
    kind: 'case_closed',
    caseId: CASE.fuji,
    note: 'reminder: no reply yet, the case will close automatically in 5 days',
    from: FORM_JA,
    to: fTo,
    subject: formSubj(CASE.fuji),
    date: d('2026-03-17 09:00:12', '+0900'),
    enc: 'jis7',
    text: `藤井様

先日お送りしたメールについて、まだご返信を確認できておりません。
このまま 5 日間ご連絡がない場合、本ケースは自動的にクローズされます。
クローズ後も、このメールにご返信いただければ再開できます。

佐々木`,
  }),
  ja({
    slug: 'ja-close-notify-resolved-utf8b64',
    kind: 'case_closed',
    caseId: CASE.naka,
    note: 'AWS Support notification: the case status changed to resolved',
    from: NOTIFY,
    to: N.keep,
    subject: `ケース ${CASE.naka} は解決済みになりました`,
    date: d('2026-03-12 00:00:41', '+0000'),
    enc: 'utf8b64',
    text: `${N.ja} 様

ケース ${CASE.naka} のステータスが「解決済み」に変更されました。
同じ件で引き続きお手伝いが必要な場合は、サポートセンターからケースを再開してください。

Amazon Web Services`,
  }),
  ja({
    slug: 'ja-close-restates-merge-sjis',
    kind: 'case_closed',
    caseId: CASE.taka,
    trap: true,
    note: 'closing notice that only restates the merge done last week: case_closed',
    from: FORM_JA,
    to: tTo,
    subject: formSubj(CASE.taka),
    date: d('2026-03-24 10:30:00', '+0900'),
    enc: 'sjis8',
    text: `高橋様

先週ご案内のとおり、アカウントの統合とバッジの付け替えはいずれも済んでおります。
その後ご連絡がございませんので、本件はクローズとさせていただきます。

石川`,
  }),
  ja({
    slug: 'ja-close-no-reply-info-jisb64',
    kind: 'case_closed',
    caseId: CASE.matsu,
    forUser: true,
    note: 'closed because the requested details never arrived; Cc to the user who is the colleague\'s manager',
    from: FORM_JA,
    to: '松本 亮 <ryo.matsumoto@fabrik.example.co.jp>',
    cc: N.src,
    rcpt: N.src,
    subject: formSubj(CASE.matsu),
    date: d('2026-03-02 10:00:00', '+0900'),
    enc: 'jisb64',
    text: `松本様

先日お願いしておりました候補者 ID のご連絡をいただけなかったため、本ケースを終了させていただきます。
改めてご依頼いただく際は、新しくケースを作成してください。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'ja-close-restates-badges-utf8qp',
    kind: 'case_closed',
    caseId: CASE.naka,
    trap: true,
    note: 'closing after the badges were re-issued earlier; restates the merge and the badges, new fact is only the closure',
    from: FORM_JA,
    to: nTo,
    subject: formSubj(CASE.naka),
    date: d('2026-03-14 11:00:00', '+0900'),
    enc: 'utf8qp',
    text: `中村様

統合とバッジの再発行は先日ご連絡のとおり完了しておりますので、本日をもって本件をクローズいたします。
このたびはご利用いただき、ありがとうございました。

川口`,
  }),
  ja({
    slug: 'ja-close-no-ar',
    kind: 'case_closed',
    caseId: CASE.koba,
    trusted: false,
    auth: 'none',
    note: 'closing notice without any Authentication-Results: untrusted',
    from: NOTIFY,
    to: K.keep,
    subject: `ケース ${CASE.koba} をクローズしました`,
    date: d('2026-03-14 02:00:00', '+0000'),
    enc: 'jis7',
    text: `お問い合わせいただいたケース ${CASE.koba} はクローズされました。
ご利用ありがとうございました。`,
  }),
  ja({
    slug: 'ja-close-reopen-by-reply-sjisb64',
    kind: 'case_closed',
    caseId: CASE.fuji,
    note: 'case closed for lack of reply; replying to this mail reopens it',
    from: NOTIFY,
    to: F.keep,
    subject: `[AWS サポート] ケース ${CASE.fuji} が終了しました`,
    date: d('2026-03-22 00:10:00', '+0000'),
    enc: 'sjisb64',
    text: `藤井 翔 様

一定期間ご返信がなかったため、ケース ${CASE.fuji} を終了しました。
この件で引き続きサポートが必要な場合は、本メールに返信すると再開されます。

Amazon Web Services`,
  }),
  ja({
    slug: 'ja-close-user-resolved-8bit',
    kind: 'case_closed',
    caseId: CASE.nakaDup,
    note: 'the duplicate case is closed at the user\'s request (they continue on the other case)',
    from: FORM_JA,
    to: nTo,
    subject: formSubj(CASE.nakaDup),
    date: d('2026-03-03 15:15:15', '+0900'),
    enc: 'utf88bit',
    text: `中村様

ご連絡ありがとうございます。もう一方のケースで対応を続けるとのこと、承知いたしました。
こちらのケース(${CASE.nakaDup})は本日付でクローズいたします。

サポート 森田`,
  }),

  // ================= support_reply =================
  ja({
    slug: 'ja-sr-thanks-for-consent-jis7',
    kind: 'support_reply',
    caseId: CASE.fuji,
    trap: true,
    note: 'thanks for confirming, passed to the team that performs merges: support_reply',
    from: FORM_JA,
    to: fTo,
    subject: formSubj(CASE.fuji),
    date: d('2026-03-12 17:05:00', '+0900'),
    enc: 'jis7',
    text: `藤井様

統合へのご同意、確かに承りました。
社内の担当チームへ作業を依頼しましたので、終わり次第こちらからご連絡いたします。

佐々木`,
  }),
  ja({
    slug: 'ja-sr-escalated-backoffice-sjis',
    kind: 'support_reply',
    caseId: CASE.koba,
    trap: true,
    note: 'escalation to the back-office team with 3-5 business days; merge only in the future',
    from: FORM_JA,
    to: kTo,
    subject: formSubj(CASE.koba),
    date: d('2026-03-10 18:20:00', '+0900'),
    enc: 'sjis8',
    text: `小林様

ご回答ありがとうございます。
統合の作業は専門の部署が行うため、本日エスカレーションいたしました。通常 3 から 5 営業日ほどで対応されます。
進捗がございましたら改めてご案内いたします。

岡本`,
  }),
  ja({
    slug: 'ja-sr-will-notify-when-done-jisb64',
    kind: 'support_reply',
    caseId: CASE.naka,
    trap: true,
    note: 'conditional: 「統合が完了しましたら改めてご連絡いたします」',
    from: FORM_JA,
    to: nTo,
    subject: formSubj(CASE.naka),
    date: d('2026-03-05 12:00:00', '+0900'),
    enc: 'jisb64',
    text: `中村様

ご返信ありがとうございます。作業の手配をいたしました。
統合が完了しましたら、改めてこちらのケースでご連絡いたします。今しばらくお待ちくださいませ。

川口`,
  }),
  ja({
    slug: 'ja-sr-not-yet-merged-utf8qp',
    kind: 'support_reply',
    caseId: CASE.taka,
    trap: true,
    note: 'negated: the merge is not finished yet (status reply to the user\'s chaser)',
    from: FORM_JA,
    to: tTo,
    subject: formSubj(CASE.taka),
    date: d('2026-03-14 10:45:00', '+0900'),
    enc: 'utf8qp',
    text: `高橋様

ご確認のご連絡ありがとうございます。
恐れ入りますが、現時点ではまだ統合は完了しておりません。担当部署の作業待ちの状態です。
進みましたらすぐにお知らせいたします。

石川

${gmailJa('2026年3月14日(土) 8:03', T.ja, T.keep)}
> Hello, is merge finished? I cannot see my old certification yet.`,
  }),
  ja({
    slug: 'ja-sr-duplicate-cases-merged',
    kind: 'support_reply',
    caseId: CASE.naka,
    trap: true,
    note: '"we merged your duplicate cases" is about cases, not accounts',
    from: FORM_JA,
    to: nTo,
    subject: formSubj(CASE.naka),
    date: d('2026-03-03 13:40:00', '+0900'),
    enc: 'jis7',
    text: `中村様

同じ内容で 2 件のお問い合わせ(${CASE.naka} と ${CASE.nakaDup})をいただいておりましたので、こちらのケースに統合いたしました。
以後のやり取りは本ケースにてお願いいたします。

森田`,
  }),
  ja({
    slug: 'ja-sr-handoff-sjisb64',
    kind: 'support_reply',
    caseId: CASE.koba,
    note: 'agent hands the case to a colleague on the next shift',
    from: FORM_JA,
    to: K.keep,
    subject: formSubj(CASE.koba),
    date: d('2026-03-07 18:55:00', '+0900'),
    enc: 'sjisb64',
    text: `小林様

本日の私の担当時間が終わるため、以降は同じチームの岡本が対応させていただきます。
これまでの経緯は引き継いでおりますので、改めてご説明いただく必要はございません。

中島`,
  }),
  ja({
    slug: 'ja-sr-voucher-answer-utf8b64',
    kind: 'support_reply',
    caseId: CASE.fuji,
    trap: true,
    note: 'answers a question about the 50% voucher; mentions what happens after the merge (future)',
    from: FORM_JA,
    to: fTo,
    subject: formSubj(CASE.fuji),
    date: d('2026-03-11 10:00:00', '+0900'),
    enc: 'utf8b64',
    text: `藤井様

ご質問の割引特典についてお答えします。
統合元でお持ちの未使用の 50% 割引は、統合後に統合先のアカウントの「特典」画面へ表示されるようになります。有効期限は変わりません。

佐々木`,
  }),
  ja({
    slug: 'ja-sr-status-checking-jis7',
    kind: 'support_reply',
    caseId: CASE.naka,
    trap: true,
    note: 'apology for the wait; still looking into the merge request (no new event)',
    from: FORM_JA,
    to: nTo,
    subject: formSubj(CASE.naka, 'RE: RE:'),
    date: d('2026-03-03 20:10:00', '+0900'),
    enc: 'jis7',
    text: `中村様

お待たせしており申し訳ございません。
統合のご依頼については、現在アカウントの状況を確認しているところです、明日中には一度ご連絡いたします。

森田`,
  }),
  ja({
    slug: 'ja-sr-cannot-merge-name-sjis',
    kind: 'support_reply',
    caseId: CASE.taka,
    trap: true,
    note: '"we are unable to merge as things stand" (name mismatch) without asking for anything: support_reply',
    from: FORM_JA,
    to: tTo,
    subject: formSubj(CASE.taka),
    date: d('2026-03-12 10:20:00', '+0900'),
    enc: 'sjis8',
    text: `高橋様

両アカウントの登録氏名が異なっている(TAKAHASHI YUMI / YUMI TAKAHASI)ため、現状のままでは統合いたしかねます。
氏名の修正は認定ポータルのプロフィールからお客様ご自身で行えますので、揃いましたらこのケースにご返信ください。

石川`,
  }),
  ja({
    slug: 'ja-sr-fail-then-forged',
    kind: 'support_reply',
    caseId: CASE.fuji,
    trusted: false,
    auth: 'failThenForged',
    note: 'status reply; topmost A-R says fail, a planted pass sits lower: untrusted',
    from: FORM,
    to: F.keep,
    subject: formSubj(CASE.fuji),
    date: d('2026-03-11 23:30:00', '+0900'),
    enc: 'jisb64',
    text: `藤井様

ご依頼の件、担当者が確認を進めております。
進捗は下記のポータルからもご確認いただけます。
https://aws-support-status.example-portal.net/case/${CASE.fuji}

AWS サポート`,
  }),

  // ================= unrelated =================
  ja({
    slug: 'ja-un-own-sent-doui',
    kind: 'unrelated',
    caseId: CASE.naka,
    trusted: false,
    forUser: false,
    deliveredTo: null,
    trap: true,
    auth: 'none',
    note: 'the user\'s own sent reply 「同意します」 (Sent folder copy): no news from support',
    from: nTo,
    to: FORM_BARE,
    subject: formSubj(CASE.naka, 'Re: RE:'),
    date: d('2026-03-05 10:02:11', '+0900'),
    enc: 'jis7',
    text: `川口様

同意します。よろしくお願いします。

中村

${gmailJa('2026年3月5日(木) 9:30', 'AWS トレーニングと認定', FORM_BARE)}
> 上記で差し支えなければ、本メールに「同意します」とだけご返信ください。`,
  }),
  ja({
    slug: 'ja-un-survey-kaiketsu',
    kind: 'unrelated',
    caseId: CASE.koba,
    trap: true,
    note: 'satisfaction survey after the case ("問題は解決しましたか"): unrelated',
    from: 'AWS トレーニングと認定 <aws-tc-survey@amazon.com>',
    to: K.keep,
    subject: 'サポートの対応はいかがでしたか',
    date: d('2026-03-14 03:00:00', '+0000'),
    enc: 'utf8b64',
    text: `小林 美咲 様

先日はケース ${CASE.koba} でサポートをご利用いただきありがとうございました。
問題は解決しましたか? 1 分ほどのアンケートにご協力ください。
https://survey.example.invalid/aws-tc?c=${CASE.koba}`,
  }),
  ja({
    slug: 'ja-un-refund-case-receipt',
    kind: 'unrelated',
    caseId: CASE.kobaRefund,
    trap: true,
    note: 'receipt of the user\'s other case about an exam refund; says what it is about, so not part of the merge',
    from: FORM_JA,
    to: K.keep,
    subject: `[CASE ${CASE.kobaRefund}] 受験料の返金について`,
    date: d('2026-03-08 12:00:00', '+0900'),
    enc: 'sjis8',
    text: `小林様

受験料の返金に関するお問い合わせを受け付けました(ケース ${CASE.kobaRefund})。
キャンセルされた試験の予約番号を確認のうえ、担当からご連絡いたします。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'ja-un-pearson-yoyaku',
    kind: 'unrelated',
    caseId: null,
    trusted: false,
    trap: true,
    note: 'test vendor\'s booking confirmation (「ご予約が確定しました」): unrelated, sender outside trusted domains',
    from: 'Pearson VUE <pearsonvue-noreply@pearson.com>',
    to: F.keep,
    subject: '試験のご予約が確定しました',
    date: d('2026-03-16 04:00:00', '+0000'),
    enc: 'jisb64',
    text: `藤井 翔 様

以下の試験のご予約を確認いたしました。
試験: AWS Certified Solutions Architect - Professional
日時: 2026年4月18日 10:00
会場: オンライン監督試験

Pearson VUE`,
  }),
  ja({
    slug: 'ja-un-lpi-via-credly',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'Credly badge from another issuer (Linux Professional Institute): unrelated even though Credly is trusted',
    from: 'Linux Professional Institute via Credly <admin@credly.com>',
    to: N.keep,
    subject: 'Linux Professional Instituteのバッジ発行のお知らせ',
    date: d('2026-03-18 05:00:00', '+0000'),
    enc: 'utf8qp',
    text: `中村 健一 さん

Linux Professional Institute から「LPIC-1」のバッジが発行されました。
バッジを入手する: https://www.credly.com/badges/77aa01bc/accept`,
  }),
  ja({
    slug: 'ja-un-colleague-ooo',
    kind: 'unrelated',
    caseId: null,
    trusted: false,
    note: 'colleague\'s out-of-office auto reply to the user\'s forward: unrelated',
    from: '松本 亮 <ryo.matsumoto@fabrik.example.co.jp>',
    to: N.src,
    subject: '不在のお知らせ: 認定アカウントの件',
    date: d('2026-03-06 18:45:00', '+0900'),
    enc: 'jis7',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `お疲れさまです。松本です。
3月9日(月)まで休暇をいただいております。
急ぎのご用件は情報システム部(it-helpdesk@fabrik.example.co.jp)までご連絡ください。`,
  }),
  ja({
    slug: 'ja-un-skillbuilder-shuryo',
    kind: 'unrelated',
    caseId: null,
    trusted: false,
    trap: true,
    note: 'Skill Builder course completion notice ("完了しました"): unrelated, sender domain outside the trusted list',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws>',
    to: T.keep,
    subject: 'コースの修了おめでとうございます',
    date: d('2026-03-19 09:00:00', '+0000'),
    enc: 'sjisb64',
    text: `高橋 由美 様

「AWS Cloud Practitioner Essentials」を最後まで完了しました。
修了証はマイページからダウンロードできます。次のコースもぜひお試しください。

AWS Skill Builder`,
  }),
  ja({
    slug: 'ja-un-exam-result-aws-training',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'exam result notice from aws.training (mentions the badge to come): unrelated to the merge',
    from: PORTAL,
    to: N.keep,
    subject: 'AWS 認定試験の結果が確定しました',
    date: d('2026-03-20 08:00:00', '+0000'),
    enc: 'jis7',
    text: `中村 健一 様

AWS Certified Security - Specialty の結果が確定しました。おめでとうございます、合格です。
デジタルバッジは数日以内に Credly からメールでお届けします。

AWS Certification`,
  }),
  ja({
    slug: 'ja-un-own-forward-to-colleague',
    kind: 'unrelated',
    caseId: CASE.naka,
    trusted: false,
    forUser: false,
    deliveredTo: null,
    trap: true,
    auth: 'none',
    note: 'the user forwards the completion mail to a colleague: own mail, no news from support',
    from: `${N.ja} <${N.src}>`,
    to: '松本 亮 <ryo.matsumoto@fabrik.example.co.jp>',
    subject: `Fw: ${formSubj(CASE.naka)}`,
    date: d('2026-03-06 18:44:00', '+0900'),
    enc: 'utf8b64',
    text: `松本さん

統合、無事に終わったと連絡が来ました。手順はこの流れでいけます、参考までに。

中村

-------- 転送メッセージ --------
差出人: AWS トレーニングと認定 <${FORM_BARE}>
日付: 2026年3月6日 14:02
件名: ${formSubj(CASE.naka)}

中村 様
本日、${N.srcId} を ${N.keepId} へ統合する作業を終えました。`,
  }),
  ja({
    slug: 'ja-un-credly-account-merge-code',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'Credly\'s own account-merge verification code: not the AWS Certification merge',
    from: 'Credly <admin@credly.com>',
    to: K.keep,
    subject: 'Credly アカウントの統合を完了してください',
    date: d('2026-03-13 06:00:00', '+0000'),
    enc: 'utf8b64',
    text: `小林 美咲 さん

Credly で 2 つのアカウントを 1 つにまとめるリクエストを受け取りました。
以下の確認コードを入力して統合を完了してください。

確認コード: 483920

お心当たりがない場合はこのメールを無視してください。`,
  }),
  ja({
    slug: 'ja-un-event-newsletter',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'event newsletter for certified people mentioning badges: marketing, unrelated',
    from: 'AWS Japan <aws-japan-events@amazon.com>',
    to: F.keep,
    subject: 'AWS 認定者向けイベントのご案内',
    date: d('2026-03-21 01:00:00', '+0000'),
    enc: 'jis7',
    text: `AWS 認定をお持ちの皆さまへ

認定者限定のラウンジを今年も開設します。会場受付で Credly のバッジをご提示いただくと、ノベルティを差し上げます。
お申し込みはこちら: https://aws.example.invalid/jp/events/lounge

配信停止: https://aws.example.invalid/unsubscribe`,
  }),
  ja({
    slug: 'ja-un-exam-booking-case-closed',
    kind: 'unrelated',
    caseId: CASE.kobaRefund,
    trap: true,
    note: 'closing of the user\'s other case (exam refund), topic stated: unrelated',
    from: FORM_JA,
    to: kTo,
    subject: `RE:[CASE ${CASE.kobaRefund}] 受験料の返金について`,
    date: d('2026-03-15 11:00:00', '+0900'),
    enc: 'jis7',
    text: `小林様

受験料の返金手続きが済みましたので、本ケースをクローズいたします。
カード会社の締め日により、ご明細への反映は翌月以降となる場合がございます。

AWS トレーニングと認定 請求担当`,
  }),
];
