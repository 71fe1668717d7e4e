// Set bd, Japanese part 2: badges, closing, other replies, unrelated mail.
import type { Msg } from './lib.js';
import { CASE, CREDLY_AWS, KEN, MIKI, NOTIFY, SUPPORT_ADDR, YUI, caseSubj, fwd, gmailJa, mk, outlookJa, q, sfQuote, to } from './common.js';

export const JA2: Msg[] = [
  // ---------------- badges_transferred ----------------
  mk({
    slug: 'ja-badge-credly-ken',
    kind: 'badges_transferred',
    lang: 'ja',
    note: 'AWS badge issued via Credly to the kept address (「バッジを入手する」)',
    caseId: null,
    from: CREDLY_AWS,
    to: to(KEN),
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    d: '2026-02-08 14:03:22',
    enc: 'utf8b64',
    shape: 'alt',
    text: `高橋 健一さん

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect – Associate」のバッジが発行されました。

バッジを入手する
https://www.credly.com/badges/5e1d7c2a-bd01-4f4e-9a61-0c2bd7a1e0f3

Credly でバッジを受け取ると、LinkedIn などで共有できます。

Credly, Inc.`,
  }),
  mk({
    slug: 'ja-badge-formal-ken',
    kind: 'badges_transferred',
    lang: 'ja',
    note: 'support reports, in a formal letter, that the Credly badges were moved; closing follows',
    caseId: CASE.ken,
    to: to(KEN),
    subject: caseSubj(CASE.ken),
    d: '2026-02-09 02:40:11',
    enc: 'jis7',
    text: `${KEN.ja} 様

拝啓 時下ますますご清祥のこととお慶び申し上げます。
先般ご指摘を賜りましたデジタルバッジの件につき、Credly 上のバッジ 3 点を、統合先の ${KEN.keep} に紐付け直す作業を完了いたしましたので、謹んでご報告申し上げます。
ご確認のほどよろしくお願い申し上げます。本ケースはこれをもちましてクローズとさせていただきます。

敬具

佐々木`,
  }),
  mk({
    slug: 'ja-badge-casual-miki',
    kind: 'badges_transferred',
    lang: 'ja',
    note: 'casual 「バッジも移しときました！」',
    caseId: CASE.miki,
    to: to(MIKI),
    subject: caseSubj(CASE.miki),
    d: '2026-03-14 03:03:03',
    enc: 'utf8qp',
    text: `伊藤さん

バッジの件、Credly側もやっときました！🏅✨
個人のメアドの方に全部そろってるはずです〜
Credlyにログインして見てみてください😊

中村

${q(gmailJa('2026-03-14 09:15', MIKI.ja, MIKI.keep))}
${q('統合ありがとうございました！ただCredlyのバッジがまだ会社のメアドの方にあるみたいです…')}`,
  }),
  mk({
    slug: 'ja-badge-plain-yui',
    kind: 'badges_transferred',
    lang: 'ja',
    note: 'middle-register: badges now on the kept account',
    caseId: CASE.yui,
    to: to(YUI),
    subject: caseSubj(CASE.yui),
    d: '2026-04-22 01:55:40',
    enc: 'sjis8',
    text: `小林様

ご連絡ありがとうございます。
Credly のバッジ（Cloud Practitioner）を ${YUI.keep} 側へ移行しました。反映まで数時間かかる場合があります。

山口`,
  }),
  mk({
    slug: 'ja-badge-credly-html-yui',
    kind: 'badges_transferred',
    lang: 'ja',
    note: 'HTML-only Credly mail from AWS as issuer to the kept address',
    caseId: null,
    from: CREDLY_AWS,
    to: to(YUI),
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    d: '2026-04-22 09:31:18',
    enc: 'utf8qp',
    shape: 'html',
    text: `結衣さん、おめでとうございます！

Amazon Web Services Training and Certification があなたにバッジを発行しました：AWS Certified Cloud Practitioner

バッジを入手する

このメールは ${YUI.keep} 宛てに送信されています。`,
  }),
  mk({
    slug: 'ja-badge-lookalike-miki',
    kind: 'badges_transferred',
    lang: 'ja',
    note: 'Credly-style mail from the look-alike credly-mail.net: untrusted',
    caseId: null,
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-mail.net>',
    to: to(MIKI),
    subject: 'バッジの移行が完了しました',
    d: '2026-03-14 05:44:00',
    enc: 'utf8b64',
    text: `伊藤 美紀 様

お客様のバッジは新しいアカウントへ移行されました。
下記から Credly にログインし、バッジを受け取ってください。
https://credly-mail.net/login`,
  }),
  mk({
    slug: 'ja-badge-sfquote-ken2',
    kind: 'badges_transferred',
    lang: 'ja',
    note: 'badges re-linked, Shift_JIS base64 with the Salesforce quote of the user’s request',
    caseId: CASE.ken2,
    to: to(KEN, KEN.src),
    subject: caseSubj(CASE.ken2),
    d: '2026-02-27 03:12:45',
    enc: 'sjisb64',
    text: `高橋様

お待たせいたしました。
Credly のデジタルバッジにつきましても、統合先アカウントのメールアドレスへ付け替えを完了しております。

木村

${sfQuote('2026-02-26 21:04', KEN.src, SUPPORT_ADDR, caseSubj(CASE.ken2), '木村様\n統合ありがとうございました。Credly のバッジが旧アドレスに残っているようです。\n高橋')}`,
  }),
  mk({
    slug: 'ja-badge-restate-miki',
    kind: 'badges_transferred',
    lang: 'ja',
    note: 'restates the earlier merge, then the new fact: the badges moved',
    caseId: CASE.mikiDup,
    to: to(MIKI),
    subject: caseSubj(CASE.mikiDup),
    d: '2026-03-15 00:20:31',
    enc: 'jis7',
    text: `伊藤 美紀 様

先日アカウント統合が完了しておりましたが、このたび Credly のバッジにつきましても統合先へ移し終えましたので、ご報告いたします。

中村`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'ja-close-formal-ken',
    kind: 'case_closed',
    lang: 'ja',
    note: 'formal closing letter',
    caseId: CASE.ken,
    to: to(KEN),
    subject: caseSubj(CASE.ken),
    d: '2026-02-12 04:00:00',
    enc: 'jis7',
    text: `${KEN.ja} 様

拝啓 時下ますますご清栄のこととお慶び申し上げます。
本件につきましては、これをもちまして対応を終了させていただきたく、謹んでご案内申し上げます。
今後とも AWS トレーニングと認定を何卒よろしくお願い申し上げます。

敬具`,
  }),
  mk({
    slug: 'ja-close-casual-miki',
    kind: 'case_closed',
    lang: 'ja',
    note: 'casual agent closing the case',
    caseId: CASE.miki,
    to: to(MIKI),
    subject: caseSubj(CASE.miki),
    d: '2026-03-16 07:07:07',
    enc: 'utf8qp',
    text: `伊藤さん

このケースはいったん閉じちゃいますね👋
また何かあったら気軽に連絡ください〜！

中村`,
  }),
  mk({
    slug: 'ja-close-autoclose-yui',
    kind: 'case_closed',
    lang: 'ja',
    note: 'will auto-close in 7 days without a reply',
    caseId: CASE.yui,
    from: NOTIFY,
    to: to(YUI),
    subject: `ケース ${CASE.yui}：ご返信のお願い`,
    d: '2026-04-25 00:00:12',
    enc: 'sjis8',
    text: `小林 結衣 様

ケース ${CASE.yui} について、サポートからの前回のご連絡へのご返信をお待ちしております。
7 日以内にご返信がない場合、本ケースは自動的に解決済みとなります。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-close-restate-ken2',
    kind: 'case_closed',
    lang: 'ja',
    trap: true,
    note: 'closing notice that only restates the earlier merge (「先般ご報告のとおり統合は完了」)',
    caseId: CASE.ken2,
    to: to(KEN, KEN.src),
    subject: caseSubj(CASE.ken2),
    d: '2026-03-03 02:30:16',
    enc: 'jisb64',
    text: `高橋 健一 様

平素より格別のご高配を賜り、厚く御礼申し上げます。
先般ご報告申し上げましたとおり、アカウントの統合およびバッジの移行はすでに完了しておりますため、本ケースはクローズとさせていただきます。

木村`,
  }),
  mk({
    slug: 'ja-close-forged-miki',
    kind: 'case_closed',
    lang: 'ja',
    note: 'closing with a forged dmarc=pass below the server’s Received: untrusted',
    caseId: CASE.mikiDup,
    to: to(MIKI),
    subject: caseSubj(CASE.mikiDup),
    d: '2026-03-18 03:10:00',
    enc: 'sjisb64',
    auth: 'forgedBelow',
    text: `伊藤様

本ケースはクローズされました。
ご不明点がある場合は新しいケースを作成してください。`,
  }),
  mk({
    slug: 'ja-close-reminder-yui',
    kind: 'case_closed',
    lang: 'ja',
    note: 'casual reminder: auto-close in 3 days without a reply',
    caseId: CASE.yui,
    to: to(YUI),
    subject: caseSubj(CASE.yui),
    d: '2026-04-28 01:00:00',
    enc: 'utf8b64',
    text: `結衣さん

その後どうですか？😊
3日以内にお返事がなければ、このケースは自動でクローズになっちゃいます。
まだ何か残ってたら、このメールに返信してくださいね！

山口`,
  }),
  mk({
    slug: 'ja-close-html-ken',
    kind: 'case_closed',
    lang: 'ja',
    note: 'HTML-only resolved notice in humble register',
    caseId: CASE.ken,
    from: NOTIFY,
    to: to(KEN),
    subject: `ケース ${CASE.ken} は解決済みとなりました`,
    d: '2026-02-12 04:01:30',
    enc: 'utf8qp',
    shape: 'html',
    text: `高橋 健一 様

ケース ${CASE.ken} は解決済みとさせていただきました。
再度お問い合わせいただく場合は、サポートセンターよりケースを再開いただけます。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-close-notify-miki',
    kind: 'case_closed',
    lang: 'ja',
    note: 'short system notice that the case was resolved',
    caseId: CASE.miki,
    from: NOTIFY,
    to: to(MIKI),
    subject: `[CASE ${CASE.miki}] ケース解決のお知らせ`,
    d: '2026-03-16 07:10:00',
    enc: 'jis7',
    text: `ケース ${CASE.miki} のステータスが「解決済み」に変更されました。

Amazon Web Services サポート`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'ja-reply-consent-recvd-ken',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    note: 'thanks for the consent, passed to the team (confirmation words, no new event)',
    caseId: CASE.ken,
    to: to(KEN),
    subject: caseSubj(CASE.ken),
    d: '2026-02-06 06:12:55',
    enc: 'jis7',
    text: `${KEN.ja} 様

ご同意の旨、確かに拝受いたしました。
誠にありがとうございます。直ちに担当部署へ引き継がせていただきます。
作業完了まで今しばらくお時間を頂戴いたしたく、何卒ご容赦賜りますようお願い申し上げます。

佐々木`,
  }),
  mk({
    slug: 'ja-reply-casual-thanks-miki',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    note: 'casual thanks-for-confirming, handed to the team',
    caseId: CASE.miki,
    to: to(MIKI),
    subject: caseSubj(CASE.miki),
    d: '2026-03-12 04:00:21',
    enc: 'utf8qp',
    text: `伊藤さん

確認ありがとうございます！🙌
担当チームに回しときました。終わったらまた連絡しますね〜

中村`,
  }),
  mk({
    slug: 'ja-reply-future-yui',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    note: 'future statement 「統合が完了しましたら」 — not the event (with a typo 進めてをります)',
    caseId: CASE.yui,
    to: to(YUI),
    subject: caseSubj(CASE.yui),
    d: '2026-04-19 02:02:02',
    enc: 'sjis8',
    text: `小林様

ご返信ありがとうございます。現在、統合の作業を進めてをります。
統合が完了しましたら、改めてこちらのケースでご連絡いたします。

山口`,
  }),
  mk({
    slug: 'ja-reply-escalated-ken2',
    kind: 'support_reply',
    lang: 'ja',
    note: 'formal status update: escalated to the specialist team',
    caseId: CASE.ken2,
    to: to(KEN, KEN.src),
    subject: caseSubj(CASE.ken2),
    d: '2026-02-26 05:33:10',
    enc: 'jisb64',
    text: `高橋 健一 様

平素より大変お世話になっております。
本件につきましては、現在専門部署にて確認を進めさせていただいております。
進捗がございましたら、速やかにご連絡差し上げます。恐縮ながら、今しばらくご猶予を賜りますようお願い申し上げます。

木村`,
  }),
  mk({
    slug: 'ja-reply-notyet-miki',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    note: 'negated: the merge is not done yet',
    caseId: CASE.mikiDup,
    to: to(MIKI),
    subject: caseSubj(CASE.mikiDup),
    d: '2026-03-13 03:33:00',
    enc: 'utf8b64',
    text: `伊藤さん

ごめんなさい、マージまだ終わってないです💦
システム側でちょっと詰まってて、今チームが見てくれてます🙏
もうちょいだけ待っててください！

中村`,
  }),
  mk({
    slug: 'ja-reply-dupcases-miki',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    note: '「重複したケースを統合」: the cases were merged, not the accounts',
    caseId: CASE.miki,
    to: to(MIKI),
    subject: caseSubj(CASE.miki),
    d: '2026-03-10 01:45:10',
    enc: 'sjisb64',
    text: `伊藤 美紀 様

同じ内容のお問い合わせを 2 件頂戴しておりましたので、ケース ${CASE.mikiDup} は本ケース ${CASE.miki} に統合いたしました。
以後のやり取りはこちらのケースでお願いいたします。

中村`,
  }),
  mk({
    slug: 'ja-reply-writefromkept-yui',
    kind: 'support_reply',
    lang: 'ja',
    note: 'asks only to write from the kept address, no data requested',
    caseId: CASE.yui,
    to: to(YUI, YUI.src),
    subject: caseSubj(CASE.yui),
    d: '2026-04-15 00:50:00',
    enc: 'jis7',
    text: `小林 結衣 様

恐れ入りますが、セキュリティ上の理由により、統合後に残される側のメールアドレスからご連絡を頂戴できますでしょうか。
大学のアドレスからのご連絡には対応いたしかねますこと、ご理解賜れますと幸いでございます。

山口`,
  }),
  mk({
    slug: 'ja-reply-noauth-badges-ken',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    note: 'negated badge news, no Authentication-Results at all: untrusted',
    caseId: CASE.ken,
    to: to(KEN),
    subject: caseSubj(CASE.ken),
    d: '2026-02-08 03:03:50',
    enc: 'sjis8',
    auth: 'none',
    text: `高橋様

Credly のバッジにつきましては、まだ移行されておりません。
社内で確認中ですので、今しばらくお待ちください。

佐々木`,
  }),
  mk({
    slug: 'ja-reply-credlywait-yui',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    note: 'badges words but only “waiting for Credly to reflect” — nothing moved yet',
    caseId: CASE.yui,
    to: to(YUI),
    subject: caseSubj(CASE.yui),
    d: '2026-04-21 06:40:00',
    enc: 'utf88bit',
    text: `結衣さん

バッジの件、Credly側の反映待ちっぽいです🤔
こっちから移行のリクエストは出してあるので、数日したらまた見てみてもらえますか？

山口

${q(outlookJa('2026-04-21 10:12', `小林 結衣 <${YUI.keep}>`, SUPPORT_ADDR, caseSubj(CASE.yui)), '> ')}
> Credlyのバッジが見当たらないです…`,
  }),
  mk({
    slug: 'ja-reply-unable-ken2',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    note: 'formal refusal: unable to merge because the names differ',
    caseId: CASE.ken2,
    to: to(KEN, KEN.src),
    subject: caseSubj(CASE.ken2),
    d: '2026-02-22 03:15:15',
    enc: 'jis7',
    text: `高橋 健一 様

拝復 ご丁寧なご連絡を賜り、誠にありがとうございます。
大変恐縮ながら、両アカウントにご登録のご氏名の表記が一致しておりませんため、現状のままでは統合をお引き受けいたしかねます。
何卒事情をご賢察のうえ、ご了承賜りますようお願い申し上げます。

敬具`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'ja-unrel-survey-ken',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: 'satisfaction survey (“was your issue resolved”), not a closing notice',
    caseId: CASE.ken,
    from: 'AWS Support <no-reply-aws@amazon.com>',
    to: to(KEN),
    subject: 'サポートに関するアンケートのお願い',
    d: '2026-02-13 00:00:01',
    enc: 'jis7',
    text: `${KEN.ja} 様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
先日のお問い合わせ（ケース ${CASE.ken}）は解決いたしましたでしょうか。
今後のサービス向上のため、1 分程度のアンケートにご協力賜りますと幸甚に存じます。

　問題は解決しましたか？　はい ／ いいえ

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-unrel-summit-miki',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: 'casual event marketing with 「登録完了」 and badge words',
    caseId: null,
    from: 'AWS Events <aws-events@amazon.com>',
    to: to(MIKI),
    subject: 'AWS Summit 登録完了！当日会場で会いましょう🎉',
    d: '2026-03-20 10:00:00',
    enc: 'utf8qp',
    text: `伊藤さん、登録ありがとうございます！🎉

AWS Summit Japan への参加登録が完了しました✅
当日は認定者ラウンジもあるので、認定バッジを見せてぜひ寄ってってください🏅
会場で会えるのを楽しみにしてます〜！

AWS Events チーム`,
  }),
  mk({
    slug: 'ja-unrel-examresult-yui',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: 'exam result mail mentioning a badge coming from Credly: not part of the merge case',
    caseId: null,
    from: 'AWS Certification <no-reply@aws.training>',
    to: to(YUI),
    subject: 'AWS 認定試験の結果のお知らせ',
    d: '2026-05-02 08:12:00',
    enc: 'sjis8',
    text: `小林 結衣 様

AWS Certified Developer - Associate 試験に合格されました。おめでとうございます。
認定の詳細は AWS Certification アカウントでご確認いただけます。
デジタルバッジは 5 営業日以内に Credly からメールでお届けします。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-unrel-credly-ms-ken',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: 'Credly badge from another issuer (Microsoft)',
    caseId: null,
    from: 'Microsoft via Credly <admin@credly.com>',
    to: to(KEN),
    subject: 'Microsoftのバッジ発行のお知らせ',
    d: '2026-02-18 13:20:00',
    enc: 'utf8b64',
    shape: 'alt',
    text: `高橋 健一さん

Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。

バッジを入手する
https://www.credly.com/badges/0c8f1a44-71aa-4d1b-8e0e-5f3b9c2d7e10`,
  }),
  mk({
    slug: 'ja-unrel-credlymerge-miki',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: 'Credly’s own account-merge verification code',
    caseId: null,
    from: 'Credly <admin@credly.com>',
    to: to(MIKI),
    subject: 'Credly アカウント統合の確認コード',
    d: '2026-03-14 02:10:00',
    enc: 'utf8qp',
    text: `伊藤 美紀さん

Credly アカウントの統合リクエストを受け付けました。
以下の確認コードを画面に入力して、統合を完了してください。

確認コード：482 913

このリクエストに心当たりがない場合は、このメールを無視してください。`,
  }),
  mk({
    slug: 'ja-unrel-ownfwd-ken',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: 'the user’s own forward of a consent request to his other address: no news from support',
    caseId: CASE.ken,
    from: to(KEN),
    to: to(KEN, KEN.src),
    subject: `Fwd: ${caseSubj(CASE.ken)}`,
    d: '2026-02-05 21:30:00',
    tz: '+0900',
    enc: 'utf8b64',
    text: `会社PCでも見られるように転送しときます。同意の返信は明日やる。

${fwd('2026-02-05 12:00', `AWS Training and Certification <${SUPPORT_ADDR}>`, KEN.keep, caseSubj(CASE.ken), '統合はひとたび実施いたしますと元の状態へ戻すことがいたしかねます。\nご異存ございませんようでしたら、本メールへその旨ご返信賜りますよう、謹んでお願い申し上げます。', 'ja')}`,
  }),
  mk({
    slug: 'ja-unrel-oldcorp-ooo-ken',
    kind: 'unrelated',
    lang: 'ja',
    note: 'the old company’s out-of-office reply to a case mail the user forwarded to his old address',
    caseId: CASE.ken2,
    from: '自動応答 <postmaster@oldfirm.example.co.jp>',
    to: to(KEN),
    subject: `自動応答: ${caseSubj(CASE.ken2)}`,
    d: '2026-02-24 15:16:05',
    tz: '+0900',
    enc: 'sjisb64',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `本メールは自動応答です。
高橋は 2026年2月末日をもちまして退職いたしました。
今後のご連絡は担当の営業部までお願い申し上げます。

株式会社オールドファーム`,
  }),
  mk({
    slug: 'ja-unrel-examcase-yui',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: 'receipt of the user’s other case about rescheduling an exam; says its topic',
    caseId: CASE.exam,
    from: NOTIFY,
    to: to(YUI),
    subject: `[CASE ${CASE.exam}] 試験予約の変更に関するお問い合わせを受け付けました`,
    d: '2026-05-06 02:00:00',
    enc: 'jis7',
    text: `小林 結衣 様

試験予約の変更に関するお問い合わせを、ケース ${CASE.exam} として承りました。
担当者より追ってご連絡いたします。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-unrel-skillbuilder-miki',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: 'Skill Builder subscription renewal “completed”',
    caseId: null,
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws>',
    to: to(MIKI),
    subject: 'サブスクリプションの更新が完了しました',
    d: '2026-03-25 00:00:00',
    enc: 'utf8b64',
    text: `伊藤 美紀 様

AWS Skill Builder 個人サブスクリプションの更新手続きが完了いたしました。
次回更新日：2027年3月25日

AWS Skill Builder`,
  }),
  mk({
    slug: 'ja-unrel-colleague-yui',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: 'a friend asking whether the merge is done; outside sender',
    caseId: null,
    from: '佐藤 葵 <aoi.sato@example.ne.jp>',
    to: to(YUI),
    subject: 'アカウント統合できた？',
    d: '2026-04-23 21:40:00',
    tz: '+0900',
    enc: 'utf88bit',
    text: `結衣ちゃん

この前言ってたAWSのアカウント統合、終わった？
バッジもちゃんと移った？私もそろそろやらなきゃ😂

葵

iPhoneから送信`,
  }),
  mk({
    slug: 'ja-unrel-pearson-ken',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: 'test vendor’s appointment confirmation (「予約確認」), outside sender',
    caseId: null,
    from: 'Pearson VUE <noreply@pearsonvue.com>',
    to: to(KEN),
    subject: '試験予約確認のお知らせ',
    d: '2026-03-01 09:00:00',
    tz: '+0900',
    enc: 'sjis8',
    text: `高橋 健一 様

以下の試験の予約が確定しましたので、ご確認ください。
試験：AWS Certified Solutions Architect - Professional
日時：2026年3月28日 10:00
会場：オンライン受験

Pearson VUE`,
  }),
  mk({
    slug: 'ja-unrel-event-formal-miki',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: 'formal event invitation for certification holders (badge words), sent to a company list without the user’s address: not for the user',
    caseId: null,
    forUser: false,
    deliveredTo: null,
    from: 'AWS トレーニングと認定 <aws-tc-events@amazon.com>',
    to: 'AWS認定者各位 <aws-certified-all@shosha.example.co.jp>',
    subject: 'AWS 認定者限定イベントのご案内',
    d: '2026-04-01 01:00:00',
    enc: 'jisb64',
    text: `伊藤 美紀 様

拝啓 陽春の候、貴殿ますますご清栄のこととお慶び申し上げます。
平素は AWS 認定プログラムに格別のご高配を賜り、厚く御礼申し上げます。

さて、このたび AWS 認定をお持ちの皆様を対象とした交流会を開催する運びとなりました。
当日は受付にて認定バッジをご提示いただきますよう、お願い申し上げます。
ご多用中とは存じますが、万障お繰り合わせのうえご来臨賜りますよう、謹んでご案内申し上げます。

敬具`,
  }),
  mk({
    slug: 'ja-unrel-ownconsent-yui',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: 'the user’s own consent reply, copied to herself',
    caseId: CASE.yui,
    from: to(YUI),
    to: `AWS Training and Certification <${SUPPORT_ADDR}>`,
    cc: to(YUI),
    rcpt: YUI.keep,
    subject: caseSubj(CASE.yui),
    d: '2026-04-19 09:30:00',
    tz: '+0900',
    enc: 'jis7',
    text: `山口様

ご連絡ありがとうございます。
上記の内容で統合に同意します。よろしくお願いいたします。

小林 結衣

iPhoneから送信

${gmailJa('2026-04-18 13:45', 'AWS Training and Certification', SUPPORT_ADDR)}
${q('統合後は統合元アカウントにサインインできなくなり、この操作は取り消せません。\n上記で進めてよろしければ、このメールに「同意します」とご返信ください。')}`,
  }),
];

