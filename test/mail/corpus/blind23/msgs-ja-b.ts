// Set v, Japanese: info_request and confirmation_request.
import type { Msg } from './lib.js';
import {
  CASE, D, DAI, KEN, MISAKI, OTHER_PERSON, REQ, SAKURA, SHOTA, SUPPORT, SUPPORT_BARE, SUPPORT_JA, YUKO,
  becky, formSubject, formSubjectJa, gmailEn, gmailJa, htmlDoc, mk, outlookJa, paras, quote, sfOriginal, sfRef, tbirdJa, tbirdOld, type Draft,
} from './common.js';

const ja = (x: Omit<Draft, 'lang'>): Msg => mk({ lang: 'ja', ...x });

export const JA_B: Msg[] = [
  // ───────────── info_request ─────────────
  ja({
    slug: 'info-misaki-both-ids-which-keep',
    inReplyTo: '<CAJp5x0misaki1124@mail.example.ne.jp>',
    references: '<CAJp5x0misaki1124@mail.example.ne.jp>',
    kind: 'info_request',
    caseId: CASE.misaki,
    note: 'agent asks for both candidate IDs, name and which account to keep; Salesforce quote below',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: D('2026-11-25 14:12:08'),
    auth: 'pass',
    enc: 'jis7',
    text: `高橋 美咲 様

お問い合わせいただきありがとうございます、AWS トレーニングと認定の岡田でございます。

アカウントの統合にあたり、恐れ入りますが次の情報をお送りいただけますでしょうか。
１．両アカウントの候補者ID（AWSから始まる番号）
２．それぞれのアカウントに登録されているメールアドレス
３．受験時に登録したお名前（ローマ字表記）
４．残す側のアカウントはどちらか

情報がそろい次第、手続きを進めてまいります。

岡田
AWS トレーニングと認定 カスタマーサービス
${sfRef('1Ab2C')}

${sfOriginal(`高橋 美咲 <${MISAKI.keep}>`, '2026/11/24 21:07', SUPPORT_BARE, '認定アカウントの統合', REQ.misaki)}`,
  }),
  ja({
    slug: 'info-ken-sjis-romaji-passdate',
    kind: 'info_request',
    caseId: CASE.ken,
    note: 'asks for the romanised name and pass dates of each certification; Becky! quote header',
    from: SUPPORT,
    to: KEN.keep,
    subject: formSubject(CASE.ken),
    date: D('2026-11-20 11:40:19'),
    auth: 'pass',
    enc: 'sjis8',
    text: `中村様

いつもお世話になっております。AWS トレーニングと認定サポートの森です。
お送りいただいた候補者IDのうち、統合元側の番号が見当たりませんでした。

お手数ですが、統合元アカウントで取得された認定の名称と合格日、
あわせて受験の際に登録されたローマ字のお名前を教えていただけますと幸いです。

森

${becky('2026-11-19 08:30:00', `中村 健一 <${KEN.keep}>`, REQ.ken)}`,
  }),
  ja({
    slug: 'info-sakura-write-from-keep-with-ids',
    kind: 'info_request',
    caseId: '1790551136',
    note: 'asks her to write from the kept address and to include the old address and candidate ID (asks for data)',
    from: SUPPORT,
    to: SAKURA.src,
    subject: formSubjectJa('1790551136'),
    date: D('2026-11-17 16:05:33'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `渡辺 さくら 様

ご連絡ありがとうございます。
セキュリティ上の理由により、統合のご依頼は統合先（残す方）のアカウントに登録されたメールアドレスからいただく必要がございます。
お手数をおかけしますが、${SAKURA.keep} から本メールにご返信いただき、その際に統合元のメールアドレスと候補者IDをご記入ください。

AWS トレーニングと認定 サポート　前田

${tbirdJa('2026-11-16 13:44', '渡辺 さくら', REQ.sakura)}`,
  }),
  ja({
    slug: 'info-shota-gokakunin-which-address',
    kind: 'info_request',
    caseId: CASE.shota,
    trap: true,
    note: '「ご確認のうえお知らせください」 about which address to keep: asks information, not consent',
    from: SUPPORT,
    to: SHOTA.keep,
    subject: formSubject(CASE.shota),
    date: D('2026-11-28 09:47:26'),
    auth: 'pass',
    enc: 'jisb64',
    text: `伊藤様

ご依頼の件、ありがとうございます。
確認しましたところ、候補者ID ${SHOTA.srcId} のアカウントには、銀行のアドレスのほかに
試験通知用として別のメールアドレス（s.ito.***@example.co.jp）が登録されておりました。

統合後のアカウントで通知を受け取るアドレスはどちらがよろしいでしょうか。
お手数ですが、ご確認のうえお知らせください。

AWS トレーニングと認定　村上`,
  }),
  ja({
    slug: 'info-yuko-screenshot-outlook',
    kind: 'info_request',
    caseId: CASE.yuko,
    note: 'asks for a screenshot of the certification page of the old account; Outlook 日本語 quote',
    from: SUPPORT,
    to: YUKO.keep,
    subject: formSubject(CASE.yuko),
    date: D('2026-12-01 15:30:48'),
    auth: 'pass',
    enc: 'jis7',
    text: `小林 優子 様

お世話になっております。
旧アカウントの登録情報と、お知らせいただいた内容に一部相違がございました。
念のため、旧アカウントにサインインした状態で「認定」ページを表示した画面のスクリーンショットを添付してご返信いただけますか。
サインインできない場合は、その旨と、最後に受験された試験名・受験日をお書き添えください。

長谷川

${outlookJa('2026-11-30 10:20', `小林 優子 <${YUKO.keep}>`, SUPPORT_BARE, '認定アカウントの一本化', REQ.yuko)}`,
  }),
  ja({
    slug: 'info-dai-gmail-quote-en-original',
    kind: 'info_request',
    caseId: CASE.dai,
    note: 'Japanese agent asks for the company name and the login method of the old account; quotes an English request',
    from: SUPPORT,
    to: DAI.keep,
    subject: formSubject(CASE.dai),
    date: D('2026-11-26 17:18:00'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `山本様

日本語にてご案内いたします。
旧アカウント（${DAI.src}）について、以下二点を教えていただけますでしょうか：
・登録時の会社名
・サインイン方法（Amazon アカウント / AWS Builder ID / APN パートナー）

ご返信をいただけましたら手続きを進めます。

AWS トレーニングと認定　近藤

${gmailEn('2026-11-25 23:45', `Daisuke Yamamoto <${DAI.keep}>`, REQ.dai)}`,
  }),
  ja({
    slug: 'info-lookalike-amazon-cojp',
    kind: 'info_request',
    caseId: CASE.misaki,
    trusted: false,
    note: 'asks for IDs and a password from amazon.co.jp, which is not one of the trusted domains: untrusted',
    from: 'AWS トレーニングと認定 <aws-certification@amazon.co.jp>',
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: D('2026-11-25 03:11:52'),
    auth: 'pass',
    enc: 'jis7',
    text: `高橋様

アカウント統合のため、両アカウントのメールアドレス、候補者ID、ならびにサインイン用パスワードを本メールへご返信ください。
48時間以内にご返信がない場合、お手続きは取り消されます。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'info-misaki-forged-below',
    kind: 'info_request',
    caseId: CASE.misaki,
    trusted: false,
    note: 'the dmarc=pass Authentication-Results sits below the server Received line (planted): untrusted',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: D('2026-11-25 15:02:44'),
    auth: 'forgedBelow',
    enc: 'jis7',
    text: `高橋様

統合処理のため、統合元アカウントの候補者IDと登録メールアドレスを改めてお知らせください。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'info-to-other-person-fujita',
    kind: 'info_request',
    caseId: CASE.fujita,
    forUser: false,
    note: "support's information request addressed to another person (藤田 恵), not to any of the user's addresses",
    from: SUPPORT,
    to: `藤田 恵 <${OTHER_PERSON.addr}>`,
    subject: formSubject(CASE.fujita),
    date: D('2026-11-29 12:00:15'),
    auth: 'pass',
    enc: 'jisb64',
    text: `藤田 恵 様

お問い合わせありがとうございます。
統合元アカウントのメールアドレスと、残したいアカウントがどちらかをお知らせいただけますでしょうか。

AWS トレーニングと認定　遠藤`,
  }),
  ja({
    slug: 'info-ken-exam-reg-mail-irreversible',
    kind: 'info_request',
    caseId: CASE.ken,
    trap: true,
    note: 'asks for the exam registration e-mail; mentions that a merge cannot be undone but does not ask for consent yet',
    from: SUPPORT,
    to: KEN.keep,
    subject: formSubject(CASE.ken),
    date: D('2026-11-23 10:26:37'),
    auth: 'pass',
    enc: 'sjis8',
    text: `中村様

ご返信ありがとうございます、森です。
統合は実行すると元に戻すことができないため、誤りのないよう事前に照合をしております。
つきましては、DVA を受験された際の予約確認メール（ピアソンVUE から届いたもの）の受信アドレスをお教えください。
転送いただく形でも差し支えございません。

引き続きよろしくお願いいたします。`,
  }),
  ja({
    slug: 'info-misaki-login-method-tbird',
    kind: 'info_request',
    caseId: CASE.misaki,
    note: 'asks how each account signs in (Amazon / APN / Builder ID); quoted under an older Thunderbird header',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: D('2026-11-27 11:51:02'),
    auth: 'pass',
    enc: 'jis7',
    text: `高橋様

追加のご連絡ありがとうございます。
もう一点だけ、会社のアドレスの方のアカウントはどの方法でサインインされていましたか（Amazon アカウント、APN、AWS Builder ID のいずれか）。
こちらが分かれば、統合の手配に入れます。

岡田

${tbirdOld('2026-11-26 22:40', '高橋 美咲', `岡田様

ご連絡ありがとうございます。
候補者IDは ${MISAKI.keepId} と ${MISAKI.srcId} です。
残すのは ${MISAKI.keep} の方でお願いします。
名前は MISAKI TAKAHASHI です。`)}`,
  }),
  ja({
    slug: 'info-yuko-deadline-sjisb64',
    kind: 'info_request',
    caseId: CASE.yuko,
    note: 'reminder-style request for the missing screenshot; case ID only in the body, IME typo (ご変身), LF line ends',
    from: SUPPORT,
    to: YUKO.keep,
    subject: 'Re: 認定アカウントの一本化について',
    date: D('2026-12-03 09:05:20'),
    auth: 'pass',
    enc: 'sjisb64',
    crlf: false,
    text: `小林様

（ケース番号：${CASE.yuko}）
先日お願いしておりました旧アカウントの画面キャプチャですが、まだ届いていないようでしたのでご連絡いたしました。
12/7(月)頃までにお送りいただければ、今週中の処理を目指します。
画像の添付が難しければ、認定名と認定番号を本文に記載していただく形でも大丈夫です。
ご変身をお待ちしております。

長谷川`,
  }),
  ja({
    slug: 'info-sakura-html-list',
    kind: 'info_request',
    caseId: CASE.sakura,
    note: 'multipart request listing the items still needed (old address, candidate IDs, name on the university account)',
    from: SUPPORT,
    to: SAKURA.keep,
    subject: formSubject(CASE.sakura),
    date: D('2026-11-21 10:33:09'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `渡辺 さくら 様

統合先のアドレスからのご連絡、ありがとうございます。
引き続き、以下についてご記入のうえご返信をお願いいたします。

・大学のアカウントの候補者ID
・大学のアカウントに登録された氏名（旧姓の場合はその旨）
・現在のアカウントの候補者ID

前田`,
    html: htmlDoc(`<p>渡辺 さくら 様</p>
<p>統合先のアドレスからのご連絡、ありがとうございます。<br>
引き続き、以下についてご記入のうえご返信をお願いいたします。</p>
<ul><li>大学のアカウントの候補者ID</li><li>大学のアカウントに登録された氏名（旧姓の場合はその旨）</li><li>現在のアカウントの候補者ID</li></ul>
<p>前田</p>`),
  }),

  // ───────────── confirmation_request ─────────────
  ja({
    slug: 'conf-misaki-irreversible-sf',
    kind: 'confirmation_request',
    caseId: CASE.misaki,
    note: 'asks her to reply whether to go ahead; warns the merge cannot be undone',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: D('2026-11-28 10:02:51'),
    auth: 'pass',
    enc: 'jis7',
    text: `高橋 美咲 様

情報のご提供ありがとうございました。
以下の内容で統合の準備が整いました。

統合先：${MISAKI.keepId}（${MISAKI.keep}）
統合元：${MISAKI.srcId}（${MISAKI.src}）

統合後に元の状態へ戻すことはできません。また、統合元のアカウントは利用できなくなります。
上記で進めてよろしいか、本メールにご返信いただけますでしょうか。

岡田
${sfRef('1Ab2C')}

${sfOriginal(`高橋 美咲 <${MISAKI.keep}>`, '2026/11/27 20:13', SUPPORT_BARE, formSubject(CASE.misaki), `岡田様\n\nAPNのアカウントでサインインしていました。\nよろしくお願いします。`)}`,
  }),
  ja({
    slug: 'conf-ken-doui-shimasu',
    kind: 'confirmation_request',
    caseId: CASE.ken,
    note: 'asks him to reply 「同意します」 before the accounts are combined',
    from: SUPPORT,
    to: KEN.keep,
    subject: formSubject(CASE.ken),
    date: D('2026-11-25 13:14:00'),
    auth: 'pass',
    enc: 'sjis8',
    text: `中村 健一 様

お待たせいたしました。照合が取れましたので、以下のとおり併合いたします。

　残すアカウント　：${KEN.keepId} / ${KEN.keep}
　取り込むアカウント：${KEN.srcId} / ${KEN.src}
　移る認定　　　　：AWS Certified Solutions Architect - Associate

この操作は取り消しができません。問題がなければ「同意します」とだけご返信ください。
ご返信を確認し次第、作業に入らせていただきます。

森`,
  }),
  ja({
    slug: 'conf-sakura-te-form-chain',
    kind: 'confirmation_request',
    caseId: CASE.sakura,
    note: 'long te-form sentence ending in a request to reply with consent',
    from: SUPPORT,
    to: SAKURA.keep,
    subject: formSubject(CASE.sakura),
    date: D('2026-11-23 15:47:35'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `渡辺様

ご返信いただいた内容を確認し、大学のアカウントの認定を現在のアカウントへ移す形で処理いたしますので、差し支えなければ、統合に同意される旨をご返信いただけますでしょうか、統合後は大学のアカウントにはサインインできなくなり、元に戻すこともできませんのでご留意ください。

前田

${gmailJa('2026-11-22 21:09', `渡辺 さくら <${SAKURA.keep}>`, `前田様\n大学のIDは ${SAKURA.srcId}、今のIDは ${SAKURA.keepId} です。\n大学の方も同じ名前（渡辺 さくら）です。`)}`,
  }),
  ja({
    slug: 'conf-shota-final-check-table',
    kind: 'confirmation_request',
    caseId: CASE.shota,
    note: 'final check ("最終確認") with a summary; reply "はい" to proceed',
    from: SUPPORT,
    to: SHOTA.keep,
    subject: `【最終確認】${formSubject(CASE.shota)}`,
    date: D('2026-11-30 16:40:11'),
    auth: 'pass',
    enc: 'jisb64',
    wholeSubject: true,
    text: `伊藤 翔太 様

通知先のご連絡ありがとうございました。統合内容の最終確認です。

┌─────────┬──────────────────┐
│残す        │${SHOTA.keepId}　${SHOTA.keep}│
│統合される  │${SHOTA.srcId}　${SHOTA.src}│
└─────────┴──────────────────┘

実施後の取り消しはできかねます。
このまま進めてよろしければ「はい」とご返信をお願いします。

村上`,
  }),
  ja({
    slug: 'conf-yuko-outlook-quote',
    kind: 'confirmation_request',
    caseId: CASE.yuko,
    note: 'asks for her consent to the one-way merge; Outlook 日本語 quote of her screenshot reply',
    from: SUPPORT,
    to: YUKO.keep,
    subject: formSubject(CASE.yuko),
    date: D('2026-12-04 11:12:45'),
    auth: 'pass',
    enc: 'jis7',
    text: `小林様

十二月三日にお送りいただいた画像で、確認が取れました。ありがとうございます。
旧アカウント（${YUKO.srcId}）の認定を新アカウント（${YUKO.keepId}）へ移し、旧アカウントは閉じる形となります。
一度実施すると元に戻せませんので、この内容でよろしいかご返信にてお知らせくださいませ。

長谷川

${outlookJa('2026-12-03 22:48', `小林 優子 <${YUKO.keep}>`, SUPPORT_BARE, `RE: ${formSubject(CASE.yuko)}`, `長谷川様\n\n遅くなりすみません、添付いたします。\n小林`)}`,
  }),
  ja({
    slug: 'conf-dai-ja-plain',
    kind: 'confirmation_request',
    caseId: CASE.dai,
    note: 'asks for an explicit go-ahead to merge, noting it cannot be reversed',
    from: SUPPORT,
    to: DAI.keep,
    subject: formSubject(CASE.dai),
    date: D('2026-11-28 18:20:00'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `山本様

ご回答ありがとうございました、近藤です。
いただいた情報で両アカウントの照合ができました。
つばめネット社のアドレスで作成されたアカウントを、${DAI.keep} のアカウントへまとめる準備ができておりますが、
処理後は取り消しがききませんので、念のため進めてよいかどうかお返事をいただけますか。

近藤`,
  }),
  ja({
    slug: 'conf-ken-dmarc-fail',
    kind: 'confirmation_request',
    caseId: CASE.ken,
    trusted: false,
    note: 'consent request whose Authentication-Results says dmarc=fail: untrusted',
    from: SUPPORT,
    to: KEN.keep,
    subject: formSubject(CASE.ken),
    date: D('2026-11-25 04:51:09'),
    auth: 'fail',
    enc: 'jis7',
    text: `中村様

統合の準備ができました。元に戻せない操作ですので、同意いただける場合は本メールに返信してください。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'conf-yuko-fail-then-forged',
    kind: 'confirmation_request',
    caseId: CASE.yuko,
    trusted: false,
    note: 'topmost Authentication-Results fails; a planted pass lower down does not count: untrusted',
    from: SUPPORT,
    to: YUKO.keep,
    subject: formSubject(CASE.yuko),
    date: D('2026-12-04 02:30:00'),
    auth: 'failThenForged',
    enc: 'sjis8',
    text: `小林様

アカウントの一本化について、ご同意いただけるようでしたら、その旨をご返信ください。
処理後のキャンセルはできません。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'conf-misaki-html-only',
    kind: 'confirmation_request',
    caseId: CASE.misaki,
    note: 'HTML-only consent request re-sent after no reply; asks to answer 「はい、統合してください」',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: D('2026-11-30 09:15:27'),
    auth: 'pass',
    enc: 'utf8b64',
    html: htmlDoc(`<div dir="ltr">
<p>高橋様</p>
<p>11/28(土)にお送りしたご確認の件、お返事をお待ちしております。</p>
<p>統合先 ${MISAKI.keepId} へ ${MISAKI.srcId} を統合してよろしければ、<b>「はい、統合してください」</b>とご返信ください。<br>
統合は元に戻せませんのでご注意ください。</p>
<p>岡田<br>AWS トレーニングと認定</p>
</div>`),
  }),
  ja({
    slug: 'conf-shota-shodaku-multipart',
    kind: 'confirmation_request',
    caseId: CASE.shota,
    note: 'multipart: asks for his consent (承諾) to proceed with the merge after the notification address was chosen',
    from: SUPPORT,
    to: SHOTA.keep,
    subject: formSubject(CASE.shota),
    date: D('2026-11-29 13:25:50'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `伊藤様

通知先は ${SHOTA.keep} に統一いたします。
つきましては、アカウント併合の実施についてご承諾をいただきたく、本メールへご返信をお願いいたします。
併合後はもう一方のアカウントにはログインできなくなります。

村上`,
    html: htmlDoc(paras(`伊藤様

通知先は ${SHOTA.keep} に統一いたします。
つきましては、アカウント併合の実施についてご承諾をいただきたく、本メールへご返信をお願いいたします。
併合後はもう一方のアカウントにはログインできなくなります。

村上`)),
  }),
  ja({
    slug: 'conf-sakura-becky-second',
    kind: 'confirmation_request',
    caseId: CASE.sakura,
    note: 'second consent request after her question; Becky! quote of her question',
    from: SUPPORT,
    to: SAKURA.keep,
    subject: formSubject(CASE.sakura),
    date: D('2026-11-25 10:44:03'),
    auth: 'pass',
    enc: 'jis7',
    text: `渡辺様

ご質問ありがとうございます。統合後も、次回受験時に使える50%割引の特典はそのまま現在のアカウントに表示されます。

その上で、統合を実施してよろしいでしょうか。よろしければ「お願いします」とご返信ください。

前田

${becky('2026-11-24 23:02:10', `渡辺 さくら <${SAKURA.keep}>`, `前田様\n統合する前に1つ確認させてください。\n大学のｱｶｳﾝﾄにある割引ﾊﾞｳﾁｬｰは消えてしまいますか？`)}`,
  }),
  ja({
    slug: 'conf-yuko-ikan-kahi',
    kind: 'confirmation_request',
    caseId: CASE.yuko,
    note: 'asks whether to carry out the transfer (移管の実行可否); long nested Outlook 日本語 thread below',
    from: SUPPORT,
    to: `小林 優子 <${YUKO.keep}>`,
    subject: formSubject(CASE.yuko),
    date: D('2026-12-04 17:58:30'),
    auth: 'pass',
    enc: 'jisb64',
    text: `小林様

たびたび失礼いたします、長谷川です。
先ほどのメールに補足です。旧アカウントの試験予約（現在なし）と特典もあわせて新アカウントへ移管されます。
移管の実行可否について、ご返信をお待ちしております。

${outlookJa('2026-12-04 11:12', `AWS Training and Certification <${SUPPORT_BARE}>`, YUKO.keep, formSubject(CASE.yuko), `小林様\n\n十二月三日にお送りいただいた画像で、確認が取れました。ありがとうございます。\n旧アカウント（${YUKO.srcId}）の認定を新アカウント（${YUKO.keepId}）へ移し、旧アカウントは閉じる形となります。\n一度実施すると元に戻せませんので、この内容でよろしいかご返信にてお知らせくださいませ。\n\n長谷川\n\n` + outlookJa('2026-12-03 22:48', `小林 優子 <${YUKO.keep}>`, SUPPORT_BARE, `RE: ${formSubject(CASE.yuko)}`, `長谷川様\n\n遅くなりすみません、添付いたします。\n小林\n\n` + outlookJa('2026-12-03 09:05', `AWS Training and Certification <${SUPPORT_BARE}>`, YUKO.keep, 'Re: 認定アカウントの一本化について', `小林様\n\n（ケース番号：${CASE.yuko}）\n先日お願いしておりました旧アカウントの画面キャプチャですが、まだ届いていないようでしたのでご連絡いたしました。\n12/7(月)頃までにお送りいただければ、今週中の処理を目指します。\n\n長谷川\n\n` + outlookJa('2026-11-30 10:20', `小林 優子 <${YUKO.keep}>`, SUPPORT_BARE, '認定アカウントの一本化', REQ.yuko))))}`,
  }),
  ja({
    slug: 'conf-dai-fullwidth-ids',
    kind: 'confirmation_request',
    caseId: CASE.dai,
    note: 'consent request with full-width candidate IDs, re-asked after a question',
    from: SUPPORT,
    to: DAI.keep,
    subject: formSubject(CASE.dai),
    date: D('2026-11-30 12:03:44'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `山本様

ご質問の試験予約につきましては、統合後もそのまま有効です。

改めまして、ＡＷＳ６０３１４４２９のアカウントをＡＷＳ１２００９８７５へ統合いたします、よろしければご返信にてお知らせください。
取り消しはできかねますので、ご了承ください。

近藤

${quote(`近藤様\n来月試験の予約を入れているのですが、統合しても大丈夫ですか？\n山本`)}`,
  }),
];
