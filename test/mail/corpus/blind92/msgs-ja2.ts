// Japanese messages of the cm set, part 2: completions, badges, closings,
// other replies and unrelated mail.
import type { Msg } from './lib.js';
import {
  AWS_SUPPORT_NOTIFY,
  CASE,
  CERT_PORTAL,
  CREDLY,
  CREDLY_AWS,
  MIO,
  REN,
  SUPPORT,
  SUPPORT_BARE,
  SUPPORT_JA,
  YUKI,
  formSubject,
  fwdJa,
  gmailJa,
  mk,
  outlookJa,
} from './common.js';

const YUKI_FRIEND = '松本 ひなた <hinata.m@example.com>';

export const JA2: Msg[] = [
  // ---------------- merge_completed ----------------
  mk({
    slug: 'ja-merge-yuki-yay',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.yuki,
    note: 'casual agent: the merge is done, asks the user to check; still merge_completed',
    from: SUPPORT,
    to: YUKI.keep,
    subject: formSubject(CASE.yuki),
    at: '2026-02-07 00:52:37',
    enc: 'utf8qp',
    text: `高橋さん

お待たせしました〜！🎉
大学のアカウントを個人のアカウントにまとめる作業、さっき終わりました！

ログインして、資格と特典（50%オフのバウチャー）がちゃんと見えるか一応チェックしてみてください👀
何かおかしかったらこのメールに返信でOKです！

森 / AWS 認定サポート

${gmailJa('2026-02-06 20:03', '高橋 ゆうき', YUKI.keep, `OKっす！おねがいしまーす🙏🙏 (o^^o)`)}`,
  }),
  mk({
    slug: 'ja-merge-ren-formal',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.ren,
    note: 'formal notice that the requested merge has been carried out',
    from: SUPPORT,
    to: REN.keep,
    subject: formSubject(CASE.ren),
    at: '2026-03-16 07:30:02',
    enc: 'jis7',
    text: `中村 蓮 様

お待たせいたしました。
ご依頼いただいておりました認定アカウントの統合作業が、本日完了いたしました。

統合先 ${REN.keepId} にサインインのうえ、認定および受験履歴が表示されていることをご確認いただけますと幸いです。

AWS トレーニングと認定
斉藤`,
  }),
  mk({
    slug: 'ja-merge-portal',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: null,
    note: "certification portal's own merged notice, no case ID",
    from: CERT_PORTAL,
    to: MIO.keep,
    subject: 'AWS 認定: アカウントが統合されました',
    at: '2026-04-24 09:14:55',
    enc: 'utf8b64',
    text: `小林 澪 様

お客様の AWS 認定アカウントは統合されました。
今後は ${MIO.keep} でサインインしてください。統合元のアカウントは無効になっています。

認定ステータス、試験履歴、特典は統合後のアカウントからご確認いただけます。

AWS Certification`,
    html: `<p>小林 澪 様</p><p>お客様の AWS 認定アカウントは<b>統合されました</b>。<br>今後は ${MIO.keep} でサインインしてください。統合元のアカウントは無効になっています。</p><p>認定ステータス、試験履歴、特典は統合後のアカウントからご確認いただけます。</p><p>AWS Certification</p>`,
  }),
  mk({
    slug: 'ja-merge-mio-badgesnotyet',
    kind: 'merge_completed',
    lang: 'ja',
    trap: true,
    caseId: CASE.mio,
    note: 'merge done; badges explicitly not yet moved (user must claim them): merge_completed',
    from: SUPPORT,
    to: MIO.keep,
    subject: formSubject(CASE.mio),
    at: '2026-04-24 02:40:17',
    enc: 'sjis8',
    text: `小林さま

ご同意ありがとうございました！
アカウントの統合、完了しております(^^)

なお、Credly のバッジはまだ前のメールアドレスに紐づいたままです。
お手数ですが、Credly で新しいメールアドレスを追加してから、バッジを受け取り直していただけますか？

上田

${outlookJa('2026-04-23 21:02', `小林 澪 <${MIO.keep}>`, SUPPORT_BARE, formSubject(CASE.mio), '上田さま\n\n同意します。よろしくお願いいたします！\n\n小林')}`,
  }),
  mk({
    slug: 'ja-merge-and-close',
    kind: 'merge_completed',
    lang: 'ja',
    trap: true,
    caseId: CASE.ren,
    note: 'completion that also says the case will be closed: the new fact is the merge',
    from: SUPPORT_JA,
    to: REN.keep,
    subject: formSubject(CASE.ren),
    at: '2026-03-16 07:31:44',
    enc: 'jisb64',
    text: `中村様

アカウントの統合が完了しましたのでご報告いたします。
統合元 ${REN.srcId} の認定・特典は、統合先 ${REN.keepId} に移行済みです。

本件はこれにて完了とさせていただき、ケースはクローズいたします。
ご不明点がございましたら、本メールにご返信ください。

斉藤`,
  }),
  mk({
    slug: 'ja-merge-excited',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.ren,
    note: 'chatty completion with typos; certifications and vouchers now on the kept account',
    from: SUPPORT,
    to: REN.keep,
    subject: formSubject(CASE.ren),
    at: '2026-03-16 07:10:09',
    enc: 'sjisb64',
    text: `中村さん

マージ完了しました！！
統合元（${REN.srcId}）の資格と特典は、ぜんぶ統合先のアカウントにうつってます。

ためしにログインしてもらって、SAA が出てたらばっちりです♪

斉藤`,
  }),
  mk({
    slug: 'ja-merge-phish-amaz0n',
    kind: 'merge_completed',
    lang: 'ja',
    auth: 'fail',
    trusted: false,
    caseId: CASE.yuki,
    note: 'forged completion from amaz0n.com, dmarc=fail',
    from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amaz0n.com>',
    to: YUKI.keep,
    subject: formSubject(CASE.yuki),
    at: '2026-02-06 23:15:00',
    enc: 'utf8qp',
    text: `高橋様

アカウントの統合が完了しました🎉
統合後のアカウントを有効にするため、下記からもう一度ログインしてください。
https://aws-certification.amaz0n.com/login

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-merge-typo-tougou',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.mio,
    note: 'completion with 投合 mis-conversion; says the accounts are now one',
    from: SUPPORT,
    to: MIO.keep,
    subject: formSubject(CASE.mio),
    at: '2026-04-24 02:38:51',
    enc: 'jis7',
    text: `小林さま

上田です。
アカウントの投合、無事に終わりました！今日から ${MIO.keepId} ひとつで大丈夫です。

引き続きよろしくお願いします☆`,
  }),
  mk({
    slug: 'ja-merge-forged-below',
    kind: 'merge_completed',
    lang: 'ja',
    auth: 'forgedBelow',
    trusted: false,
    caseId: CASE.yuki,
    note: 'completion text from the real support address, but the only dmarc=pass sits below the server Received line',
    from: SUPPORT,
    to: YUKI.keep,
    subject: formSubject(CASE.yuki),
    at: '2026-02-07 01:03:00',
    enc: 'jis7',
    text: `高橋様

アカウントの統合が完了いたしました。
統合後の認定証は添付のファイルからダウンロードしてください。

AWS Training and Certification`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'ja-badge-credly-saa',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: null,
    note: "AWS's badge issued via Credly to the kept address after the merge",
    from: CREDLY_AWS,
    to: YUKI.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    wholeSubject: true,
    at: '2026-02-08 10:22:41',
    enc: 'utf8qp',
    text: `高橋 ゆうき 様

Amazon Web Services Training and Certification から、AWS Certified Cloud Practitioner のバッジが発行されました。

バッジを入手する:
https://www.credly.com/badges/3f1c2a77-1b20-4d31-9b0e-8a0cfd2e4411/accept

Credly`,
    html: `<table width="600"><tr><td><p>高橋 ゆうき 様</p><p>Amazon Web Services Training and Certification から、<b>AWS Certified Cloud Practitioner</b> のバッジが発行されました。</p><p><a href="https://www.credly.com/badges/3f1c2a77-1b20-4d31-9b0e-8a0cfd2e4411/accept">バッジを入手する</a></p><p>Credly</p></td></tr></table>`,
  }),
  mk({
    slug: 'ja-badge-yuki-moved',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.yuki,
    note: 'casual agent says the badges were moved to the personal Credly account',
    from: SUPPORT,
    to: YUKI.keep,
    subject: formSubject(CASE.yuki),
    at: '2026-02-09 04:06:30',
    enc: 'utf8b64',
    text: `高橋さん

バッジの件、Credly チームと確認して、個人のメアドの Credly アカウントに移してもらいました〜👍✨
プロフィール開いてみて、CLF と SAA の 2 つが並んでたら OK です！

森

${gmailJa('2026-02-08 23:41', '高橋 ゆうき', YUKI.keep, `森さん\nバッジだけ大学のほうに残ってるっぽいっす(；ω；)\nこれって自分でなんとかするやつかな？`)}`,
  }),
  mk({
    slug: 'ja-badge-ren-close',
    kind: 'badges_transferred',
    lang: 'ja',
    trap: true,
    caseId: CASE.ren,
    note: 'support says the Credly badges moved and closes the case: badges_transferred',
    from: SUPPORT,
    to: REN.keep,
    subject: formSubject(CASE.ren),
    at: '2026-03-18 05:12:58',
    enc: 'jis7',
    text: `中村 蓮 様

お問い合わせいただいておりました Credly のデジタルバッジにつきまして、統合先のメールアドレスに紐づくアカウントへの移行が完了いたしました。

これをもちまして本ケースはクローズとさせていただきます。
ご利用ありがとうございました。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-badge-credly-html',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: null,
    note: 'HTML-only Credly issue mail for an AWS badge',
    from: CREDLY_AWS,
    to: MIO.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    wholeSubject: true,
    at: '2026-04-25 13:40:12',
    enc: 'utf8b64',
    html: `<html><body><div style="max-width:600px">
<p>小林 澪 さん、おめでとうございます！</p>
<p>Amazon Web Services Training and Certification があなたに「AWS Certified Developer - Associate」のバッジを発行しました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/9a0e51c4-66d2-4b8f-bc1d-3c5a20fe7e10" style="background:#0073b1;color:#fff;padding:10px">バッジを入手する</a></p>
<p style="font-size:11px">Credly, 100 Example Street, New York</p>
</div></body></html>`,
  }),
  mk({
    slug: 'ja-badge-mio-kaomoji',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.mio,
    note: 'agent says the badges could be moved, with kaomoji, Shift_JIS',
    from: SUPPORT,
    to: MIO.keep,
    subject: formSubject(CASE.mio),
    at: '2026-04-26 01:02:44',
    enc: 'sjis8',
    text: `小林さま

お問い合わせのバッジの件、こちらで移行できました(^^)v
いまは ${MIO.keep} の Credly アカウントに 3 つとも表示されているはずです。

上田`,
  }),
  mk({
    slug: 'ja-badge-phish-credly',
    kind: 'badges_transferred',
    lang: 'ja',
    trusted: false,
    caseId: null,
    note: 'Credly-looking badge mail from the look-alike credIy-mail.com',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy-mail.com>',
    to: REN.keep,
    subject: 'Amazon Web Servicesのバッジ発行のお知らせ',
    wholeSubject: true,
    at: '2026-03-17 16:00:00',
    enc: 'utf8qp',
    text: `中村 蓮 様

バッジが移行されました。受け取るには 24 時間以内にログインしてください。
https://credIy-mail.com/accept?u=ren

Credly`,
  }),
  mk({
    slug: 'ja-badge-three-visible',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.yuki,
    note: 'support says the three badges now show on the kept Credly account',
    from: SUPPORT,
    to: YUKI.keep,
    subject: formSubject(CASE.yuki),
    at: '2026-02-09 04:20:11',
    enc: 'jisb64',
    text: `高橋さん

追加でご連絡いただいた 3 つめのバッジも、統合先の Credly アカウントで見えるようになりました！
これで全部そろったはずです♪

森`,
  }),
  mk({
    slug: 'ja-badge-credly-dkim',
    kind: 'badges_transferred',
    lang: 'ja',
    auth: 'dkimonly',
    caseId: null,
    note: 'Credly issue mail for an AWS badge, only an aligned dkim=pass',
    from: CREDLY_AWS,
    to: REN.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    wholeSubject: true,
    at: '2026-03-18 09:31:03',
    enc: 'utf8b64',
    text: `中村 蓮 様

Amazon Web Services Training and Certification があなたにバッジを発行しました。
AWS Certified Solutions Architect – Associate

「バッジを入手する」からバッジを受け取り、SNS などで共有できます。
https://www.credly.com/badges/c8d2e6f1-0a3b-4c5d-8e9f-1a2b3c4d5e6f/accept`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'ja-closed-autoclose',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.ren,
    note: 'reminder that the case closes automatically without a reply',
    from: SUPPORT,
    to: REN.keep,
    subject: formSubject(CASE.ren),
    at: '2026-03-20 03:00:00',
    enc: 'jis7',
    text: `中村 蓮 様

先日お送りしたメールについて、まだご返信をいただけていないようです。
5 日以内にご返信がない場合、本ケースは自動的にクローズされます。

引き続きお手伝いが必要な場合は、このメールにご返信ください。
AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-closed-yuki-bye',
    kind: 'case_closed',
    lang: 'ja',
    trap: true,
    caseId: CASE.yuki,
    note: 'casual closing that restates the earlier merge and badge move; only the closing is new',
    from: SUPPORT,
    to: YUKI.keep,
    subject: formSubject(CASE.yuki),
    at: '2026-02-12 02:18:07',
    enc: 'utf8qp',
    text: `高橋さん

先週まとめたアカウントもバッジも問題なさそうとのことで、よかったです😊
ということで、このケースは閉じちゃいますね！

また何かあったら気軽にどうぞ〜🙌
森`,
  }),
  mk({
    slug: 'ja-closed-notify-resolved',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.ren,
    note: 'AWS Support notification that the case was resolved/closed',
    from: AWS_SUPPORT_NOTIFY,
    to: REN.keep,
    subject: `ケース ${CASE.ren} は解決済みです`,
    at: '2026-03-25 03:00:12',
    enc: 'utf8qp',
    text: `ケース ID ${CASE.ren} は「解決済み」としてクローズされました。

再度お問い合わせが必要な場合は、14 日以内であればこのケースを再開できます。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-closed-dup',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.yukiDup,
    note: 'closes the duplicate case the user opened; work continues on the original case',
    from: SUPPORT,
    to: YUKI.keep,
    subject: formSubject(CASE.yukiDup),
    at: '2026-02-05 02:29:30',
    enc: 'jis7',
    text: `高橋様

同じご依頼で 2 件のケースが作成されていたため、こちらのケース（${CASE.yukiDup}）はクローズいたします。
今後のやりとりは、先に作成されたケース ${CASE.yuki} にてお願いいたします。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-closed-reminder-kakunin',
    kind: 'case_closed',
    lang: 'ja',
    trap: true,
    caseId: CASE.mio,
    note: 'auto-close reminder phrased around checking (ご確認); the news is the coming closure',
    from: SUPPORT,
    to: MIO.keep,
    subject: formSubject(CASE.mio),
    at: '2026-04-29 02:00:00',
    enc: 'sjisb64',
    text: `小林さま

前回のご案内はご確認いただけましたでしょうか？
特にご返信がなければ、3 日後にこのケースは自動でクローズになります。

まだ気になる点があれば、遠慮なくこのメールに返信してくださいね。
上田`,
  }),
  mk({
    slug: 'ja-closed-with-survey',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.mio,
    note: 'closing notice that carries a survey link; the closing is the news',
    from: SUPPORT,
    to: MIO.keep,
    subject: formSubject(CASE.mio),
    at: '2026-05-02 02:00:31',
    enc: 'jisb64',
    text: `小林 澪 様

ご返信がございませんでしたので、本ケース（${CASE.mio}）はクローズいたしました。

よろしければ、今回の対応についてアンケートにご協力ください。
https://survey.aws.example/ja?case=${CASE.mio}

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-closed-lookalike-server',
    kind: 'case_closed',
    lang: 'ja',
    auth: 'lookalikeServer',
    trusted: false,
    caseId: CASE.yuki,
    note: 'closing text, but the top Authentication-Results comes from a look-alike authserv-id',
    from: SUPPORT,
    to: YUKI.keep,
    subject: formSubject(CASE.yuki),
    at: '2026-02-13 08:00:00',
    enc: 'utf8b64',
    text: `高橋様

ケースはクローズされました。
再開する場合は以下のフォームから認証してください。
http://reopen-case.example.net/

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-closed-mio-restate',
    kind: 'case_closed',
    lang: 'ja',
    trap: true,
    caseId: CASE.mio,
    note: 'closing that only restates the earlier badge move',
    from: SUPPORT,
    to: MIO.keep,
    subject: formSubject(CASE.mio),
    at: '2026-04-27 05:45:03',
    enc: 'sjis8',
    text: `小林さま

先日お伝えしたとおりバッジの移行も済んでおりますので、本件はこちらでクローズさせていただきますね。
ご丁寧なお礼のお言葉、ありがとうございました！

上田`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'ja-sr-thanks-confirm',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    caseId: CASE.mio,
    note: 'thanks for confirming, handed to the team; merge announced only as future',
    from: SUPPORT,
    to: MIO.keep,
    subject: formSubject(CASE.mio),
    at: '2026-04-23 23:30:15',
    enc: 'utf8qp',
    text: `小林さま

ご同意ありがとうございます🙏
担当チームに引き継ぎました！終わったらまたご連絡しますね。

上田`,
  }),
  mk({
    slug: 'ja-sr-not-yet',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    caseId: CASE.ren,
    note: 'negated: the merge has not been completed yet',
    from: SUPPORT,
    to: REN.keep,
    subject: formSubject(CASE.ren),
    at: '2026-03-15 06:20:40',
    enc: 'jis7',
    text: `中村様

お問い合わせの件ですが、統合はまだ完了しておりません。
現在、担当部署にて作業を進めておりますので、もうしばらくお待ちくださいませ。

斉藤

${gmailJa('2026-03-15 11:02', '中村 蓮', REN.keep, `お世話になっております統合の方はもう終わりましたでしょうか視覚の表示がまだ前のままなので確認お願いします\niPhoneから送信`)}`,
  }),
  mk({
    slug: 'ja-sr-conditional',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    caseId: CASE.yuki,
    note: 'conditional 「統合が完了しましたら」: status only',
    from: SUPPORT,
    to: YUKI.keep,
    subject: formSubject(CASE.yuki),
    at: '2026-02-06 23:50:00',
    enc: 'sjis8',
    text: `高橋さん

お返事ありがとうございます！作業チームに回しました。
統合が完了しましたら、またこちらからメールしますね。今しばらくお待ちを～

森`,
  }),
  mk({
    slug: 'ja-sr-merged-cases',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    caseId: CASE.yuki,
    note: 'merged the duplicate support cases, not the accounts',
    from: SUPPORT,
    to: YUKI.keep,
    subject: formSubject(CASE.yuki),
    at: '2026-02-05 02:28:00',
    enc: 'jisb64',
    text: `高橋さん

2 件いただいていたお問い合わせを 1 つのケースにマージしました。
今後はケース ${CASE.yuki} のほうでお返事しますね！

森`,
  }),
  mk({
    slug: 'ja-sr-badge-pending',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    caseId: CASE.ren,
    note: 'badges are being checked with Credly; will tell once moved (not the event)',
    from: SUPPORT,
    to: REN.keep,
    subject: formSubject(CASE.ren),
    at: '2026-03-17 02:14:22',
    enc: 'utf8b64',
    text: `中村様

バッジの件、承知いたしました。
現在 Credly 側に確認を依頼しております。移行され次第、こちらからお知らせいたします。

斉藤

${gmailJa('2026-03-16 22:30', '中村 蓮', REN.keep, `統合ありがとうございました視覚は見れるようになったのですがバッチが前の会社のメールアドレスのままですどうすればよいでしょうか\niPhoneから送信`)}`,
  }),
  mk({
    slug: 'ja-sr-escalated',
    crlf: false,
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.mio,
    note: 'status: escalated to a specialist team',
    from: SUPPORT,
    to: MIO.keep,
    subject: formSubject(CASE.mio),
    at: '2026-04-22 09:40:51',
    enc: 'jis7',
    text: `小林さま

ご連絡ありがとうございます。
いただいた内容について、専門の部署にエスカレーションしました。
回答まで数日いただく場合がありますが、少々お待ちください (_ _)

上田`,
  }),
  mk({
    slug: 'ja-sr-voucher-answer',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    caseId: CASE.yuki,
    note: 'answers a question about vouchers after a future merge; no event',
    from: SUPPORT,
    to: YUKI.keep,
    subject: formSubject(CASE.yuki),
    at: '2026-02-04 05:30:00',
    enc: 'utf88bit',
    text: `高橋さん

質問ありがとうございます！
はい、統合後も 50% 割引のバウチャーはそのまま引き継がれますよ〜👌
期限も変わらないので安心してください！

森

${gmailJa('2026-02-04 13:10', '高橋 ゆうき', YUKI.keep, `あ、あと一個質問っす！\n大学のアカウントにある半額クーポンって消えちゃうのかな？？😭`)}`,
  }),
  mk({
    slug: 'ja-sr-write-from-keep',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    caseId: CASE.ren,
    note: 'asks only to write from the kept address, no data requested: support_reply',
    from: SUPPORT,
    to: REN.src,
    cc: REN.keep,
    subject: formSubject(CASE.ren),
    at: '2026-03-10 08:01:10',
    enc: 'utf8qp',
    text: `中村様

お問い合わせありがとうございます。
恐れ入りますが、本件は統合後に残すアカウントのメールアドレスからご返信いただく必要がございます。
お手数ですが、そちらのアドレスから本メールへご返信ください。

斉藤`,
  }),
  mk({
    slug: 'ja-sr-cannot-merge',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    caseId: CASE.mio,
    note: 'unable to merge while an exam is booked on the old account; asks an action, not information',
    from: SUPPORT,
    to: MIO.keep,
    subject: formSubject(CASE.mio),
    at: '2026-04-23 04:12:40',
    enc: 'sjisb64',
    text: `小林さま

確認したところ、前職のアカウントのほうに来月の試験予約が入っているため、現時点では統合ができない状態でした…！
お手数ですが、予約をキャンセルまたは受験を済ませてから、あらためてこのメールにご返信ください。

上田`,
  }),
  mk({
    slug: 'ja-sr-misaligned',
    kind: 'support_reply',
    lang: 'ja',
    auth: 'misaligned',
    trusted: false,
    caseId: CASE.mio,
    note: 'casual status text; dkim=pass only for an unrelated bulk domain, dmarc=fail',
    from: SUPPORT,
    to: MIO.keep,
    subject: formSubject(CASE.mio),
    at: '2026-04-22 11:00:00',
    enc: 'utf8b64',
    text: `小林さま

お待たせしてます！今日中にはお返事できると思います🙏
上田`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'ja-un-yuki-sent-ok',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    forUser: false,
    trap: true,
    auth: 'none',
    deliveredTo: null,
    caseId: CASE.yuki,
    note: "the user's own sent consent reply (LINE-like one-liner): no news from support",
    from: `高橋 ゆうき <${YUKI.keep}>`,
    to: SUPPORT,
    subject: `Re: ${formSubject(CASE.yuki)}`,
    at: '2026-02-06 20:03:11',
    tz: '+0900',
    enc: 'utf8qp',
    text: `OKっす！おねがいしまーす🙏🙏 (o^^o)

iPhoneから送信

${gmailJa('2026-02-06 12:48', 'AWS Training and Certification', SUPPORT_BARE, `高橋さん\n\n最後に一個だけ！\nこのまま進めちゃって大丈夫ですか？`)}`,
  }),
  mk({
    slug: 'ja-un-ren-dictated-cc',
    crlf: false,
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    trap: true,
    auth: 'none',
    caseId: CASE.ren,
    note: "the user's own dictated consent (with 投合/同位 errors), copied to himself",
    from: `中村 蓮 <${REN.keep}>`,
    to: SUPPORT,
    cc: REN.keep,
    subject: `Re: ${formSubject(CASE.ren)}`,
    at: '2026-03-13 21:48:30',
    tz: '+0900',
    enc: 'jis7',
    text: `斉藤様お世話になっております中村です投合して大丈夫です同位します 旧アカウントの視覚も全部以降してください宜しく御願いします

iPhoneから送信`,
  }),
  mk({
    slug: 'ja-un-friend',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    trap: true,
    caseId: null,
    note: "a friend's chatty mail about her own badges moving: not from support",
    from: YUKI_FRIEND,
    to: YUKI.keep,
    subject: 'ねえねえ',
    at: '2026-02-10 22:14:09',
    tz: '+0900',
    enc: 'utf8b64',
    text: `ゆうき〜！
うちもAWSのアカウント統合したよ🙌 バッジもちゃんと移ってた〜✨
ゆうきのほうはどう？終わった？？

てか来週のランチいける？🍝`,
  }),
  mk({
    slug: 'ja-un-credly-ms',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    caseId: null,
    note: 'Credly badge from another issuer (Microsoft)',
    from: 'Microsoft via Credly <admin@credly.com>',
    to: YUKI.keep,
    subject: 'Microsoftのバッジ発行のお知らせ',
    wholeSubject: true,
    at: '2026-02-14 08:10:45',
    enc: 'utf8qp',
    text: `高橋 ゆうき 様

Microsoft があなたに「Microsoft Certified: Azure Fundamentals」のバッジを発行しました。

バッジを入手する
https://www.credly.com/badges/77aa0e31-2d4f-4b1a-9c0e-55e1d0a3b9f2/accept`,
  }),
  mk({
    slug: 'ja-un-credly-mergecode',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    caseId: null,
    note: "Credly's own account-merge verification code mail",
    from: CREDLY,
    to: YUKI.src,
    subject: 'Credly アカウント統合の確認コード',
    at: '2026-02-09 12:00:33',
    enc: 'utf8b64',
    text: `Credly アカウントの統合リクエストを受け付けました。

確認コード：482 917

「Complete Account Merge」をクリックするか、上記のコードを入力して統合を完了してください。
このリクエストに心当たりがない場合は、このメールを無視してください。`,
  }),
  mk({
    slug: 'ja-un-survey',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    caseId: CASE.ren,
    note: 'satisfaction survey ("was your issue resolved?") about the closed case',
    from: 'AWS Support Survey <aws-support-survey@amazon.com>',
    to: REN.keep,
    subject: 'サポートについてのアンケートのお願い',
    at: '2026-03-26 01:30:00',
    enc: 'jis7',
    text: `中村 蓮 様

先日はケース ${CASE.ren} でお問い合わせいただきありがとうございました。
問題は解決しましたか？ 1 分で終わるアンケートにご協力ください。

https://survey.aws.example/s/jp-${CASE.ren}

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-un-exam-result',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    caseId: null,
    note: 'exam result notice from the certification portal ("completed the exam")',
    from: CERT_PORTAL,
    to: MIO.keep,
    subject: '試験結果のお知らせ: AWS Certified Developer - Associate',
    at: '2026-04-18 06:00:12',
    enc: 'utf8qp',
    text: `小林 澪 様

AWS Certified Developer - Associate 試験の受験が完了し、結果が確定しました。
結果：合格 おめでとうございます！

認定アカウントから、スコアレポートと認定証をダウンロードできます。
デジタルバッジは数日以内に Credly から届きます。

AWS Certification`,
  }),
  mk({
    slug: 'ja-un-refund-receipt',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    caseId: CASE.mioRefund,
    note: "receipt of the user's other case about an exam refund",
    from: SUPPORT,
    to: MIO.keep,
    subject: `[CASE ${CASE.mioRefund}] [AWS Training and Certification Form Submission] - exam-refund`,
    at: '2026-04-19 03:20:18',
    enc: 'jisb64',
    text: `小林 澪 様

試験料金の返金に関するお問い合わせを受け付けました。
ケース番号：${CASE.mioRefund}

返金の可否を確認のうえ、3 営業日以内にご連絡いたします。
AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-un-agent-ooo',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    caseId: CASE.mio,
    note: "agent's out-of-office auto-reply on the case",
    from: '上田 あや <aya.ueda@amazon.com>',
    to: MIO.keep,
    subject: `自動応答: ${formSubject(CASE.mio)}`,
    at: '2026-04-28 23:01:02',
    enc: 'jis7',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `【自動返信】
4/29～5/6 は休暇のため不在にしております。
ケースの確認・統合の作業などは、休暇明けに順次対応いたします。
お急ぎの場合はケースにご返信いただければ、別の担当が対応いたします。`,
  }),
  mk({
    slug: 'ja-un-summit-registered',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    caseId: null,
    note: 'event registration confirmation (marketing), uses 完了/確認 words',
    from: 'AWS Summit Japan <aws-summit-japan@aws.amazon.com>',
    to: REN.keep,
    subject: '【AWS Summit Japan】ご登録完了のお知らせ',
    at: '2026-05-12 01:00:00',
    enc: 'sjisb64',
    text: `中村 蓮 様

AWS Summit Japan へのご登録が完了しました。
当日は受付で以下の QR コードをご提示ください。

登録内容の確認・変更はマイページから行えます。
皆さまのご来場をお待ちしております！`,
  }),
  mk({
    slug: 'ja-un-skillbuilder',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    caseId: null,
    note: 'Skill Builder subscription confirmation, not a merge',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>',
    to: YUKI.keep,
    subject: 'サブスクリプションのお申し込みを確認しました',
    at: '2026-02-20 04:44:04',
    enc: 'utf8b64',
    text: `高橋 ゆうき 様

AWS Skill Builder Individual サブスクリプションのお申し込みを確認しました。
ご利用開始日：2026年2月20日

学習を始めましょう！`,
  }),
  mk({
    slug: 'ja-un-yuki-fwd-self',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    trap: true,
    auth: 'none',
    caseId: CASE.yuki,
    note: "the user's own forward of the completion mail to her other address",
    from: `高橋 ゆうき <${YUKI.keep}>`,
    to: YUKI.src,
    subject: `Fwd: ${formSubject(CASE.yuki)}`,
    at: '2026-02-07 12:30:40',
    tz: '+0900',
    enc: 'utf8qp',
    text: `メモ用！統合おわった〜✌️

${fwdJa('2026-02-07 09:52', `AWS Training and Certification <${SUPPORT_BARE}>`, YUKI.keep, formSubject(CASE.yuki), `高橋さん\n\nお待たせしました〜！🎉\n大学のアカウントを個人のアカウントにまとめる作業、さっき終わりました！`)}`,
  }),
];
