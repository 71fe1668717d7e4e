// Japanese messages of held-out corpus l. Written fresh for this set.
import { rfcDate, type Msg } from './lib.js';
import {
  AWS_NOTIFY, CASE, CREDLY_AWS, KEN, KEN_REQ, MISAKI, MISAKI_REQ, PORTAL, SHO, SHO_REQ, SUPPORT, SUPPORT_BARE, SUZUKI, YUKI, YUKI_REQ,
  formSubject, formSubjectNew, gmailJa, htmlDoc, mk, outlookJa, paras, quote, sfOriginal, sfRef,
} from './common.js';

const J = (d: string): string => rfcDate(d, '+0900');
const U = (d: string): string => rfcDate(d, '+0000');
const SIG = `AWS トレーニングと認定 カスタマーサポート`;

export const JA: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'ja-ack-ken-uketsuke', kind: 'acknowledgement', lang: 'ja', caseId: CASE.ken,
    note: 'automatic receipt of the new case with its ID and a 24h reply estimate',
    from: SUPPORT, to: `${KEN.ja} <${KEN.keep}>`, subject: formSubjectNew(CASE.ken), date: U('2026-02-02 01:12:40'),
    auth: 'pass', enc: 'jis7',
    text: `${KEN.ja} 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
お問い合わせを受け付けました。ケース番号は ${CASE.ken} です。

通常、24 時間以内に担当者よりご連絡いたします。
本メールへ返信いただくと、同じケースに追記されます。

※本メールは送信専用アドレスから自動で送信されています。

${SIG}`,
  }),
  mk({
    slug: 'ja-ack-notify-sakusei', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misaki,
    note: 'AWS Support notification that a case was opened, ID in subject and body',
    from: AWS_NOTIFY, to: MISAKI.keep, subject: `サポートケース ${CASE.misaki} が作成されました`, date: U('2026-03-09 06:48:03'),
    auth: 'pass', enc: 'jisb64', wholeSubject: true,
    text: `お客様

サポートケースを作成しました。

ケース ID: ${CASE.misaki}
件名: アカウントの統合について
カテゴリー: AWS トレーニングと認定 / 認定 / アカウントの統合
重要度: 一般的なご質問

担当者からの回答はメールでお知らせします。ケースの詳細はサポートセンターでもご確認いただけます。

よろしくお願いいたします。
Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ack-sjis-body-only', kind: 'acknowledgement', lang: 'ja', caseId: CASE.sho,
    note: 'receipt whose subject has no case ID; the ID sits in the body',
    from: SUPPORT, to: SHO.keep, subject: 'お問い合わせありがとうございます - AWS Training and Certification', date: U('2026-04-20 23:05:11'),
    auth: 'pass', enc: 'sjis8',
    text: `高橋 翔 様

このたびはお問い合わせいただき誠にありがとうございます。
以下の番号でお問い合わせを承りました。

  ケース番号: ${CASE.sho}

担当者が内容を確認し、1 営業日を目安にご返信いたします。
追加の情報がございましたら、件名を変更せずに本メールへご返信ください。

${SIG}`,
  }),
  mk({
    slug: 'ja-ack-lists-provided-info', kind: 'acknowledgement', lang: 'ja', caseId: CASE.yuki, trap: true,
    note: 'receipt that lists the fields submitted (統合, 受験者ID); still only a receipt',
    from: SUPPORT, to: YUKI.keep, subject: formSubjectNew(CASE.yuki), date: U('2026-05-11 03:30:56'),
    auth: 'pass', enc: 'utf8b64',
    text: `伊藤 由紀 様

お問い合わせを受け付けました(ケース ${CASE.yuki})。
ご提供いただいた情報は以下のとおりです。

氏名: 伊藤 由紀
会社名: (未入力)
AWS 受験者 ID: ${YUKI.keepId}
お問い合わせの種類: 認定 > アカウントの統合
内容: アカウントマージの依頼です。メイン: ${YUKI.keep} / サブ(旧勤務先): ${YUKI.src}

内容を確認のうえ、担当者よりご連絡いたします。今しばらくお待ちください。

${SIG}`,
  }),
  mk({
    slug: 'ja-ack-html-no-second-case', kind: 'acknowledgement', lang: 'ja', caseId: CASE.ken2,
    note: 'HTML-only receipt warning not to open a second case for the same request',
    from: SUPPORT, to: KEN.src, subject: formSubjectNew(CASE.ken2), date: U('2026-06-01 08:14:22'),
    auth: 'pass', enc: 'utf8qp',
    html: htmlDoc(`<p>お客様</p>
<p>AWS トレーニングと認定にご連絡いただきありがとうございます。<br>
ケース <b>${CASE.ken2}</b> を受け付けました。</p>
<p>すでにケースを作成済みの場合、同様のリクエストについて別のケースを作成しないでください。ケースが重複すると回答が遅れる原因となります。</p>
<p>通常 24 時間以内にご返信いたします。</p>
<p style="color:#666">${SIG}</p>`, 'ja'),
  }),
  mk({
    slug: 'ja-ack-no-auth-results', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenDup, trusted: false,
    note: 'receipt-shaped mail with no Authentication-Results at all: untrusted',
    from: SUPPORT, to: KEN.keep, subject: formSubjectNew(CASE.kenDup), date: U('2026-02-02 01:40:09'),
    auth: 'none', enc: 'jis7',
    text: `お問い合わせありがとうございます。
ケース ${CASE.kenDup} として受け付けました。担当者からの連絡をお待ちください。

${SIG}`,
  }),
  mk({
    slug: 'ja-ack-mixed-misaki2', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misaki2,
    note: 'bilingual receipt of a second case (Japanese first, English boilerplate)',
    from: SUPPORT, to: `${MISAKI.ja} <${MISAKI.keep}>`, subject: formSubjectNew(CASE.misaki2), date: U('2026-03-10 11:02:47'),
    auth: 'pass', enc: 'utf8qp',
    text: `小林 美咲 様

お問い合わせを承りました。ケース ID: ${CASE.misaki2}
担当者より折り返しご連絡いたします。

---
Thank you for contacting AWS Training and Certification. Your case ID is ${CASE.misaki2}.
We aim to respond within 24 hours.`,
    html: htmlDoc(`<p>小林 美咲 様</p>
<p>お問い合わせを承りました。ケース ID: ${CASE.misaki2}<br>担当者より折り返しご連絡いたします。</p>
<hr>
<p>Thank you for contacting AWS Training and Certification. Your case ID is ${CASE.misaki2}.<br>We aim to respond within 24 hours.</p>`, 'ja'),
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'ja-ai-merge-tool-profile', kind: 'ai_answer', lang: 'ja',
    note: 'generated answer pointing to the self-service Merge Accounts tool',
    from: SUPPORT, to: SHO.keep, subject: 'AWS トレーニングと認定: 自動回答', date: U('2026-04-20 22:58:30'),
    auth: 'pass', enc: 'jis7',
    text: `この回答は生成 AI によって作成されました。内容に誤りが含まれる場合があります。

認定アカウントが複数ある場合は、認定ポータルのセルフサービス機能でまとめられることがあります。
1. 残したいアカウントで AWS 認定ポータルにサインインします。
2. 右上のプロフィールから「アカウントの統合」を開きます。
3. もう一方のアカウントのメールアドレスを入力し、画面の案内に従います。

両方のアカウントに認定の履歴がある場合、この機能は利用できません。その場合は「ケースを作成」からお問い合わせください。`,
  }),
  mk({
    slug: 'ja-ai-after-merge-credly', kind: 'ai_answer', lang: 'ja', trap: true,
    note: 'AI answer describing what happens after a merge (badges, vouchers); still ai_answer',
    from: SUPPORT, to: YUKI.keep, subject: '生成AIによる回答: 認定アカウントの統合', date: U('2026-05-11 03:21:14'),
    auth: 'pass', enc: 'sjisb64',
    text: `AI が生成したご案内です。

アカウントの統合が完了すると、統合元の認定資格、試験履歴、特典は統合先のアカウントに表示されます。
Credly のデジタルバッジは、統合の後で統合先のメールアドレス宛てに届く案内からクレームしてください。
同じメールアドレスに複数の認定アカウントがある場合、先に統合してからバッジを受け取ることをおすすめします。

解決しない場合は、下の「ケースを作成」を選択してください。`,
  }),
  mk({
    slug: 'ja-ai-kaiketsu-buttons', kind: 'ai_answer', lang: 'ja', trap: true,
    note: 'automated FAQ suggestion that asks whether it solved the problem; not a survey of a case',
    from: SUPPORT, to: MISAKI.keep, subject: 'ご質問への自動回答', date: U('2026-03-09 06:40:51'),
    auth: 'pass', enc: 'utf8qp',
    text: `AWS のナレッジをもとに自動で作成した回答です。

[質問] 会社用と個人用の認定アカウントを一つにしたい

[回答] 認定ポータルの「Merge Accounts」ツールをお試しください。統合元のアカウントに認定が一つもない場合は、その場で統合できます。

関連記事:
- AWS 認定に関するよくある質問
- 認定アカウントのメールアドレスを変更するには

この回答で問題は解決しましたか? [はい] [いいえ、ケースを作成する]`,
    html: htmlDoc(`<p>AWS のナレッジをもとに自動で作成した回答です。</p>
<p><b>[質問]</b> 会社用と個人用の認定アカウントを一つにしたい</p>
<p><b>[回答]</b> 認定ポータルの「Merge Accounts」ツールをお試しください。統合元のアカウントに認定が一つもない場合は、その場で統合できます。</p>
<ul><li>AWS 認定に関するよくある質問</li><li>認定アカウントのメールアドレスを変更するには</li></ul>
<p>この回答で問題は解決しましたか? <a href="https://aws.training/">はい</a> / <a href="https://aws.training/">いいえ、ケースを作成する</a></p>`, 'ja'),
  }),
  mk({
    slug: 'ja-ai-misaligned', kind: 'ai_answer', lang: 'ja', trusted: false,
    note: 'AI answer whose DKIM signature belongs to an unrelated bulk domain; dmarc=fail',
    from: SUPPORT, to: KEN.keep, subject: '自動生成された回答のご案内', date: U('2026-02-02 01:05:00'),
    auth: 'misaligned', enc: 'jisb64',
    text: `以下は生成 AI による回答です。

プロフィール画面の「アカウントの統合」から、もう一つのアカウントをご自身で統合できる場合があります。
統合できない旨のメッセージが表示された場合は、ケースを作成してください。`,
  }),
  mk({
    slug: 'ja-ai-amazon-q-mixed', kind: 'ai_answer', lang: 'ja',
    note: 'Amazon Q style automated answer, Japanese with English UI labels',
    from: SUPPORT, to: SHO.src, subject: 'Amazon Q からの回答 / Answer from Amazon Q', date: U('2026-04-19 14:10:37'),
    auth: 'pass', enc: 'utf88bit', hdr: 'utf8q',
    text: `Amazon Q による自動回答 (Generated by AI)

ご質問: 認定アカウント 2 つ、バッジも 2 か所
回答: "Profile" > "Merge Accounts" を開き、統合したいアカウントの認証情報を入力してください。
どちらのアカウントにも認定がある場合、ツールはサポートへの連絡を案内します。その場合は「Contact us」からケースを作成してください。

Was this answer helpful? / この回答は役に立ちましたか?`,
  }),
  mk({
    slug: 'ja-ai-html-builder-id', kind: 'ai_answer', lang: 'ja',
    note: 'HTML-only AI answer about signing in with Builder ID and using the merge menu',
    from: SUPPORT, to: YUKI.src, subject: 'AI アシスタントからのご案内', date: U('2026-05-10 09:44:02'),
    auth: 'pass', enc: 'utf8b64',
    html: htmlDoc(paras(`この内容は AI アシスタントが自動で作成しました。

1. AWS Builder ID で AWS トレーニングと認定にサインインします。
2. 認定アカウント (CertMetrics) の「プロフィール」から「アカウントの統合」を選びます。
3. 統合したいアカウントのメールアドレスとパスワードを入力します。

ツールで統合できなかった場合は、このページ下部の「ケースを作成」からお問い合わせいただけます。`), 'ja'),
  }),
  mk({
    slug: 'ja-ai-jis-create-case-hint', kind: 'ai_answer', lang: 'ja',
    note: 'short automated suggestion, no case ID yet, offers to create a case',
    from: SUPPORT, to: KEN.src, subject: '自動応答: お問い合わせ内容に関する情報', date: U('2026-06-01 08:09:55'),
    auth: 'pass', enc: 'jis7', wholeSubject: true,
    text: `お問い合わせ内容から、次の情報がお役に立つ可能性があります(自動生成)。

・セルフサービスのアカウント統合ツールについて
・統合後にデジタルバッジを受け取る方法

問題が解決しない場合は「ケースを作成」を押して、担当者へのお問い合わせに進んでください。`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'ja-info-both-ids-which-keep', kind: 'info_request', lang: 'ja', caseId: CASE.ken,
    note: 'asks for both candidate IDs and which account to keep',
    from: SUPPORT, to: KEN.keep, subject: formSubject(CASE.ken), date: U('2026-02-03 02:31:18'),
    auth: 'pass', enc: 'jis7',
    text: `中村 健一 様

お問い合わせいただきありがとうございます。担当の木村でございます。

統合の手続きを進めるにあたり、以下の情報をお送りいただけますでしょうか。
1. 両方のアカウントの AWS 受験者 ID (AWS から始まる番号)
2. 各アカウントのログイン用メールアドレス
3. 統合後に残すアカウント(どちらを統合先とするか)

お手数をおかけしますが、どうぞよろしくお願いいたします。

木村
${SIG}
${sfRef('8Hn2QeA')}

${sfOriginal(KEN.keep, '2026/02/02 1:10', SUPPORT_BARE, 'アカウントの統合', KEN_REQ)}`,
  }),
  mk({
    slug: 'ja-info-gokakunin-oshirase', kind: 'info_request', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: 'asks to "check and tell" the address to keep: a request for information, not merge consent',
    from: SUPPORT, to: MISAKI.keep, subject: formSubject(CASE.misaki), date: U('2026-03-10 05:12:40'),
    auth: 'pass', enc: 'jisb64',
    text: `小林様

ご連絡ありがとうございます。
統合後にご利用になるメールアドレスについて、念のため確認させてください。
ご依頼文では ${MISAKI.keep} とありますが、統合元のアカウントの認定通知先が別のアドレスになっております。
統合後のログインおよび通知に使うメールアドレスをご確認のうえお知らせください。

よろしくお願いいたします。
Haruka
${SIG}

${gmailJa('2026-03-09 15:40', MISAKI.ja, MISAKI.keep)}
${quote(MISAKI_REQ)}`,
  }),
  mk({
    slug: 'ja-info-sjis-kept-addr-plus-id', kind: 'info_request', lang: 'ja', caseId: CASE.sho,
    note: 'asks to write from the kept address and include the old candidate ID (asks for data)',
    from: SUPPORT, to: SHO.src, subject: formSubject(CASE.sho), date: U('2026-04-21 07:55:03'),
    auth: 'pass', enc: 'sjis8',
    text: `高橋様

お世話になっております。
本件はセキュリティ上の理由から、統合先(残す側)のアカウントに登録されたメールアドレスからご返信いただく必要がございます。
お手数ですが ${SHO.keep} から本メールへ返信し、その際に統合元アカウントの受験者 ID を本文にご記載ください。

引き続きよろしくお願いいたします。

${SIG}`,
  }),
  mk({
    slug: 'ja-info-agent-corrects-id', kind: 'info_request', lang: 'ja', caseId: CASE.yuki,
    note: 'agent withdraws an ID quoted by mistake and asks again for the source candidate ID',
    from: SUPPORT, to: YUKI.keep, subject: formSubject(CASE.yuki), date: U('2026-05-12 04:02:19'),
    auth: 'pass', enc: 'utf8qp', hdr: 'utf8q',
    text: `伊藤様

先ほどお送りしたメールにて、別のお客様の受験者 ID を誤って記載しておりました。大変失礼いたしました。前のメールの ID は破棄してください。
改めまして、統合元(旧勤務先のアドレス ${YUKI.src})のアカウントの受験者 ID を教えていただけますでしょうか。
認定ポータルにサインイン後、画面右上のお名前の下に表示されております。

ご迷惑をおかけし申し訳ございません。
${SIG}`,
  }),
  mk({
    slug: 'ja-info-voucher-code-after-merge', kind: 'info_request', lang: 'ja', caseId: CASE.ken, trap: true,
    note: 'refers to the finished merge but the new text asks for the missing voucher code and expiry',
    from: SUPPORT, to: KEN.keep, subject: formSubject(CASE.ken), date: U('2026-02-11 06:20:44'),
    auth: 'pass', enc: 'utf8b64',
    text: `中村様

先日統合が完了した件につきまして、特典(次回試験 50% 割引バウチャー)が統合先に表示されていないとのご連絡、承知いたしました。
調査のため、統合前に旧アカウントで表示されていたバウチャーコードと有効期限をお知らせいただけますか。スクリーンショットでも構いません。

木村
${SIG}

-----Original Message-----
From: ${KEN.ja} <${KEN.keep}>
Sent: Tuesday, February 10, 2026 9:02 PM
Subject: Re: ${formSubject(CASE.ken)}

認定は移っていましたが、割引特典が見当たりません。`,
  }),
  mk({
    slug: 'ja-info-lookalike-password', kind: 'info_request', lang: 'ja', caseId: CASE.misaki, trusted: false,
    note: 'look-alike domain asking for IDs and a password; untrusted',
    from: 'AWS Training and Certification <support@aws-certification-help.com>', to: MISAKI.keep, subject: formSubject(CASE.misaki), date: U('2026-03-10 12:44:10'),
    auth: 'pass', enc: 'jis7',
    text: `小林様

アカウント統合のため、以下をご返信ください。
・両アカウントの受験者ID
・統合元アカウントのパスワード
48時間以内にご返信がない場合、統合はできません。

AWS Certification Support`,
  }),
  mk({
    slug: 'ja-info-romaji-outlook', kind: 'info_request', lang: 'ja', caseId: CASE.sho,
    note: 'asks for the romaji name and company as registered; Outlook quote below',
    from: SUPPORT, to: SHO.keep, subject: formSubject(CASE.sho), date: U('2026-04-22 03:18:27'),
    auth: 'pass', enc: 'utf8b64',
    text: `高橋様

ご返信ありがとうございます。
2 つのアカウントで登録氏名の表記が異なっております(TAKAHASHI SHO / Sho Takahashi)。
本人確認のため、各アカウントに登録されている氏名のローマ字表記と、受験時の会社名を教えていただけないでしょうか。

${SIG}

${outlookJa(`${SHO.ja} <${SHO.keep}>`, '2026-04-21 20:03', SUPPORT_BARE, `RE: ${formSubject(CASE.sho)}`, `統合元の受験者IDは ${SHO.srcId} です。よろしくお願いします。`)}`,
  }),
  mk({
    slug: 'ja-info-to-colleague', kind: 'info_request', lang: 'ja', caseId: CASE.suzuki, forUser: false,
    note: 'an information request on a colleague\'s own case, addressed only to him',
    from: SUPPORT, to: `${SUZUKI.ja} <${SUZUKI.addr}>`, subject: formSubject(CASE.suzuki), date: U('2026-06-02 01:27:35'),
    auth: 'pass', enc: 'jisb64',
    text: `鈴木様

お問い合わせありがとうございます。
統合先として残すアカウントのメールアドレスと、両アカウントの受験者 ID をお知らせください。

${SIG}`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'ja-conf-cannot-undo-reply', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ken,
    note: 'asks for consent to the irreversible merge by reply',
    from: SUPPORT, to: KEN.keep, subject: formSubject(CASE.ken), date: U('2026-02-05 05:44:12'),
    auth: 'pass', enc: 'jis7',
    text: `中村様

情報のご提供ありがとうございました。以下の内容で統合の準備ができております。

統合先: ${KEN.keepId} (${KEN.keep})
統合元: ${KEN.srcId} (${KEN.src})

一度統合すると元に戻すことはできません。また、統合元のアカウントは利用できなくなります。
この内容で進めてよろしいか、本メールへのご返信でお知らせください。

木村
${SIG}`,
  }),
  mk({
    slug: 'ja-conf-doui-shimasu-template', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki,
    note: 'asks the customer to reply "同意します" to the merge details',
    from: SUPPORT, to: MISAKI.keep, subject: formSubject(CASE.misaki), date: U('2026-03-11 02:09:58'),
    auth: 'pass', enc: 'jisb64',
    text: `小林 美咲 様

ご確認ありがとうございました。下記のとおり手続きいたします。
- 残すアカウント: ${MISAKI.keep} / ${MISAKI.keepId}
- まとめるアカウント: ${MISAKI.src} / ${MISAKI.srcId}

本手続きは取り消しができませんので、内容に問題がなければ「同意します」とだけご返信ください。

Haruka
${SIG}`,
  }),
  mk({
    slug: 'ja-conf-sjisb64-shodaku', kind: 'confirmation_request', lang: 'ja', caseId: CASE.sho,
    note: 'asks for the customer\'s approval before merging, IDs between the words',
    from: SUPPORT, to: SHO.keep, subject: formSubject(CASE.sho), date: U('2026-04-23 06:30:00'),
    auth: 'pass', enc: 'sjisb64',
    text: `高橋様

ご本人確認が取れました。ありがとうございます。
受験者 ID ${SHO.srcId} の認定、試験履歴および特典を、受験者 ID ${SHO.keepId} のアカウントへ移す作業は、実施後に元へ戻せません。
ご承諾いただけましたら手続きを進めますので、その旨ご返信をお願いいたします。

${SIG}`,
  }),
  mk({
    slug: 'ja-conf-signin-lost-ryosho', kind: 'confirmation_request', lang: 'ja', caseId: CASE.yuki,
    note: 'explains the old account will stop working and asks for agreement by reply',
    from: SUPPORT, to: YUKI.keep, subject: formSubject(CASE.yuki), date: U('2026-05-13 00:50:31'),
    auth: 'pass', enc: 'utf8qp',
    text: `伊藤様

統合の準備が整いました。
統合後は ${YUKI.src} ではサインインできなくなり、この操作を取り消すことはできません。
ご了承いただける場合は、その旨を本メールにご返信ください。ご返信を確認しだい作業に入ります。

${SIG}`,
    html: htmlDoc(paras(`伊藤様

統合の準備が整いました。
統合後は ${YUKI.src} ではサインインできなくなり、この操作を取り消すことはできません。
ご了承いただける場合は、その旨を本メールにご返信ください。ご返信を確認しだい作業に入ります。

${SIG}`), 'ja'),
  }),
  mk({
    slug: 'ja-conf-forged-below', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ken, trusted: false,
    note: 'consent request whose dmarc=pass header sits below the server\'s Received line: forged',
    from: SUPPORT, to: KEN.keep, subject: formSubject(CASE.ken), date: U('2026-02-05 07:12:00'),
    auth: 'forgedBelow', enc: 'jis7',
    text: `中村様

統合を実施してよろしいでしょうか。取り消しはできませんので、ご同意いただける場合はご返信ください。

${SIG}`,
  }),
  mk({
    slug: 'ja-conf-direction-corrected', kind: 'confirmation_request', lang: 'ja', caseId: CASE.sho,
    note: 'agent corrects a swapped keep/source pair and asks again for consent',
    from: SUPPORT, to: SHO.keep, subject: formSubject(CASE.sho), date: U('2026-04-23 08:15:42'),
    auth: 'pass', enc: 'utf8b64',
    text: `高橋様

たびたび失礼いたします。先ほどのご案内では、統合先と統合元が逆に記載されておりました。申し訳ございません。
正しくは次のとおりです。

 統合先(残る): ${SHO.keepId} ${SHO.keep}
 統合元(なくなる): ${SHO.srcId} ${SHO.src}

この内容でよろしければ、このメールにご返信ください。返信をもって統合に同意いただいたものとして扱います。

${SIG}`,
  }),
  mk({
    slug: 'ja-conf-mixed-i-agree', kind: 'confirmation_request', lang: 'ja', caseId: CASE.yuki,
    note: 'Japanese greeting plus English consent template ("I agree")',
    from: SUPPORT, to: YUKI.keep, subject: formSubject(CASE.yuki), date: U('2026-05-12 23:40:05'),
    auth: 'pass', enc: 'sjis8',
    text: `伊藤 様

英語の定型文で失礼いたします。以下をお読みいただき、問題がなければ "I agree" とご返信ください。

Please note that merging accounts is permanent. Certification history, benefits and transcripts of ${YUKI.srcId} will be moved to ${YUKI.keepId}.
Reply "I agree" to authorize the merge.

よろしくお願いいたします。
${SIG}`,
  }),
  mk({
    slug: 'ja-conf-html-saishu-kakunin', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki2,
    note: 'HTML-only final check asking whether the merge may go ahead',
    from: SUPPORT, to: MISAKI.keep, subject: formSubject(CASE.misaki2), date: U('2026-03-12 04:25:19'),
    auth: 'pass', enc: 'jisb64',
    html: `<html><body>
<p>小林様</p>
<p>最終確認のご連絡です。</p>
<table border="1" cellpadding="4">
<tr><td>統合先</td><td>${MISAKI.keepId}</td></tr>
<tr><td>統合元</td><td>${MISAKI.srcId}</td></tr>
</table>
<p>統合は実施後に元に戻せません。上記で進めてよろしいでしょうか。ご返信をお待ちしております。</p>
<p>${SIG}</p>
</body></html>`,
  }),

  // ---------------- merge_completed ----------------
  mk({
    slug: 'ja-merge-kanryo-itashimashita', kind: 'merge_completed', lang: 'ja', caseId: CASE.ken,
    note: 'support says the two accounts have been merged',
    from: SUPPORT, to: KEN.keep, subject: formSubject(CASE.ken), date: U('2026-02-09 03:03:33'),
    auth: 'pass', enc: 'jis7',
    text: `中村様

お待たせいたしました。
ご依頼いただいたアカウントの統合が完了いたしました。
${KEN.srcId} の認定資格は ${KEN.keepId} のアカウントでご確認いただけます。

木村
${SIG}

${gmailJa('2026-02-06 10:12', KEN.ja, KEN.keep)}
> 内容に問題ありません。統合をお願いします。`,
  }),
  mk({
    slug: 'ja-merge-jisb64-please-check', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki,
    note: 'merge done, asks only to check the certification status looks right',
    from: SUPPORT, to: MISAKI.keep, subject: formSubject(CASE.misaki), date: U('2026-03-13 09:51:07'),
    auth: 'pass', enc: 'jisb64',
    text: `小林様

統合作業を実施しました。
お手数ですが、認定ポータルの「認定ステータス」に 2 つのアカウントの資格がすべて表示されているかご確認ください。

Haruka
${SIG}`,
  }),
  mk({
    slug: 'ja-merge-certs-yes-badges-later', kind: 'merge_completed', lang: 'ja', caseId: CASE.sho,
    note: 'certifications moved (merge done) but Credly badges will follow later',
    from: SUPPORT, to: SHO.keep, subject: formSubject(CASE.sho), date: U('2026-04-27 02:40:50'),
    auth: 'pass', enc: 'sjis8',
    text: `高橋様

${SHO.srcId} と ${SHO.keepId} の統合が完了しました。認定資格と試験履歴は統合先でご確認いただけます。
なお、Credly のデジタルバッジは別のシステムで管理されているため、反映まで数日かかる場合がございます。

${SIG}`,
  }),
  mk({
    slug: 'ja-merge-and-will-close', kind: 'merge_completed', lang: 'ja', caseId: CASE.yuki,
    note: 'merge done; the case will now be closed (the new fact is the merge)',
    from: SUPPORT, to: YUKI.keep, subject: formSubject(CASE.yuki), date: U('2026-05-15 06:07:28'),
    auth: 'pass', enc: 'utf8qp',
    text: `伊藤様

ご返信ありがとうございました。
ご指示どおり、2 つの認定アカウントを 1 つにまとめました。今後は ${YUKI.keep} でサインインしてください。
本件はこれで完了となりますので、ケースはクローズさせていただきます。

${SIG}

${outlookJa(`${YUKI.ja} <${YUKI.keep}>`, '2026-05-13 12:01', SUPPORT_BARE, `RE: ${formSubject(CASE.yuki)}`, 'I agree')}`,
  }),
  mk({
    slug: 'ja-merge-portal-notice', kind: 'merge_completed', lang: 'ja',
    note: 'certification portal\'s own "accounts merged" notice, no case ID',
    from: PORTAL, to: SHO.keep, subject: 'AWS 認定: アカウントが統合されました', date: U('2026-04-27 02:12:06'),
    auth: 'pass', enc: 'utf8b64',
    text: `高橋 翔 様

お客様の AWS 認定アカウントは統合されました。
統合されたアカウントの認定、試験履歴、特典は、現在のアカウントで確認できます。

AWS 認定にサインイン: https://aws.training/certification

このメールは送信専用です。`,
    html: htmlDoc(`<h2>アカウントが統合されました</h2>
<p>高橋 翔 様</p>
<p>お客様の AWS 認定アカウントは統合されました。統合されたアカウントの認定、試験履歴、特典は、現在のアカウントで確認できます。</p>
<p><a href="https://aws.training/certification">AWS 認定にサインイン</a></p>
<p style="font-size:11px;color:#888">このメールは送信専用です。</p>`, 'ja'),
  }),
  mk({
    slug: 'ja-merge-dmarc-fail', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki, trusted: false,
    note: 'completion-shaped mail that fails DMARC: untrusted',
    from: SUPPORT, to: MISAKI.keep, subject: formSubject(CASE.misaki), date: U('2026-03-12 10:00:00'),
    auth: 'fail', enc: 'jis7',
    text: `小林様

アカウントの統合が完了しました。ご確認ください。

${SIG}`,
  }),
  mk({
    slug: 'ja-merge-8bit-voucher-later', kind: 'merge_completed', lang: 'ja', caseId: CASE.ken,
    note: 'merge finished; voucher display may lag up to 48h',
    from: SUPPORT, to: KEN.keep, subject: formSubject(CASE.ken), date: U('2026-02-09 03:10:12'),
    auth: 'pass', enc: 'utf88bit',
    text: `中村様、追記です。

統合そのものは本日完了しています。
なお「特典」タブの 50% 割引バウチャーは、システムの同期により表示まで最大 48 時間ほどかかることがあります。

木村`,
  }),
  mk({
    slug: 'ja-merge-resent-oldcorp', kind: 'merge_completed', lang: 'ja', caseId: CASE.ken2, forUser: false,
    note: 'completion notice redirected by the old company mailbox (Resent-*): not delivered to the user as such',
    from: SUPPORT, to: KEN.src, subject: formSubject(CASE.ken2), date: U('2026-06-05 04:44:44'),
    auth: 'pass', enc: 'jisb64',
    resent: { from: 'postmaster@formerco.example.co.jp', to: KEN.keep, date: J('2026-06-05 13:50:02') },
    text: `中村様

お問い合わせのアカウント統合が完了しました。統合先のアカウントで資格をご確認ください。

${SIG}`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'ja-badge-credly-hakko', kind: 'badges_transferred', lang: 'ja',
    note: 'AWS badge issued via Credly to the kept account (Japanese template)',
    from: CREDLY_AWS, to: KEN.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: U('2026-02-12 10:31:45'),
    auth: 'pass', enc: 'utf8b64',
    text: `中村 健一 様

Amazon Web Services Training and Certification から、AWS Certified Solutions Architect - Associate のバッジが発行されました。

バッジを入手する: https://www.credly.com/badges/2f1c7a3e-51b0-4d8e-9a0c-6e7d8b1f4c22

Credly`,
    html: htmlDoc(`<p>中村 健一 様</p>
<p>Amazon Web Services Training and Certification から、<b>AWS Certified Solutions Architect - Associate</b> のバッジが発行されました。</p>
<p><a href="https://www.credly.com/badges/2f1c7a3e-51b0-4d8e-9a0c-6e7d8b1f4c22" style="background:#0b6;color:#fff;padding:8px 14px">バッジを入手する</a></p>
<p>Credly</p>`, 'ja'),
  }),
  mk({
    slug: 'ja-badge-credly-three-html', kind: 'badges_transferred', lang: 'ja',
    note: 'Credly announces three re-issued AWS badges on the kept address',
    from: CREDLY_AWS, to: SHO.keep, subject: '3 件の新しいバッジが届いています', date: U('2026-04-29 16:02:11'),
    auth: 'pass', enc: 'utf8qp', hdr: 'utf8q',
    html: htmlDoc(`<p>高橋 翔 さん</p>
<p>Amazon Web Services Training and Certification があなたに 3 件のバッジを発行しました。</p>
<ul>
<li>AWS Certified Cloud Practitioner</li>
<li>AWS Certified Developer - Associate</li>
<li>AWS Certified SysOps Administrator - Associate</li>
</ul>
<p><a href="https://www.credly.com/earner/earned">バッジを受け取る</a></p>`, 'ja'),
  }),
  mk({
    slug: 'ja-badge-support-ikou', kind: 'badges_transferred', lang: 'ja', caseId: CASE.ken,
    note: 'support says the Credly badges were moved to the kept account',
    from: SUPPORT, to: KEN.keep, subject: formSubject(CASE.ken), date: U('2026-02-12 09:58:00'),
    auth: 'pass', enc: 'jis7',
    text: `中村様

Credly のバッジについてご報告いたします。
旧アカウントに紐づいていた 2 件のバッジを、${KEN.keep} の Credly アカウントへ移行いたしました。
Credly にサインインし、表示をご確認ください。

木村
${SIG}`,
  }),
  mk({
    slug: 'ja-badge-support-saihakko', kind: 'badges_transferred', lang: 'ja', caseId: CASE.misaki,
    note: 'support re-issued the badges to the kept address',
    from: SUPPORT, to: MISAKI.keep, subject: formSubject(CASE.misaki), date: U('2026-03-16 03:33:19'),
    auth: 'pass', enc: 'jisb64',
    text: `小林様

バッジが見当たらないとのご連絡ありがとうございました。
統合先のメールアドレス宛てにバッジを再発行いたしました。Credly から届いたメールの「バッジを入手する」から受け取りをお願いいたします。

Haruka
${SIG}`,
  }),
  mk({
    slug: 'ja-badge-lookalike-credly', kind: 'badges_transferred', lang: 'ja', trusted: false,
    note: 'badge mail from a look-alike Credly domain: untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-notify.com>', to: YUKI.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: U('2026-05-16 11:11:11'),
    auth: 'pass', enc: 'utf8qp',
    text: `伊藤 由紀 様

新しいバッジが発行されました。下のリンクからバッジを入手してください。
https://credly-notify.com/claim?id=8812

Credly`,
  }),
  mk({
    slug: 'ja-badge-support-moved-closing', kind: 'badges_transferred', lang: 'ja', caseId: CASE.sho,
    note: 'support reports the badges moved and closes the case',
    from: SUPPORT, to: SHO.keep, subject: formSubject(CASE.sho), date: U('2026-04-30 01:15:37'),
    auth: 'pass', enc: 'sjisb64',
    text: `高橋様

Credly 側の処理が完了し、4 件のバッジすべてが統合先アカウントに表示されるようになりました。
これにて本件の対応は終了となりますので、ケースをクローズいたします。ご協力ありがとうございました。

${SIG}`,
  }),
  mk({
    slug: 'ja-badge-credly-no-ar', kind: 'badges_transferred', lang: 'ja', trusted: false,
    note: 'Credly badge mail without any Authentication-Results: untrusted',
    from: CREDLY_AWS, to: MISAKI.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: U('2026-03-16 05:20:40'),
    auth: 'none', enc: 'utf8b64',
    text: `小林 美咲 様

Amazon Web Services Training and Certification があなたにバッジを発行しました: AWS Certified Data Engineer - Associate

バッジを入手する
https://www.credly.com/badges/91ab33c0-7e21-4f55-b0d2-11aa0c9e5d10`,
  }),
  mk({
    slug: 'ja-badge-credly-dkimonly', kind: 'badges_transferred', lang: 'ja',
    note: 'Credly AWS badge; only an aligned dkim=pass, which is enough to trust',
    from: CREDLY_AWS, to: YUKI.keep, subject: 'バッジが発行されました: AWS Certified Security - Specialty', date: U('2026-05-17 13:45:02'),
    auth: 'dkimonly', enc: 'utf8qp',
    text: `伊藤さん、おめでとうございます。

Amazon Web Services Training and Certification から AWS Certified Security - Specialty のバッジが届いています。
バッジを入手する: https://www.credly.com/badges/c0d6e2f1-aa19-4b3c-8f7e-0d2b5a6c9e31`,
    html: htmlDoc(`<p>伊藤さん、おめでとうございます。</p>
<p>Amazon Web Services Training and Certification から <b>AWS Certified Security - Specialty</b> のバッジが届いています。</p>
<p><a href="https://www.credly.com/badges/c0d6e2f1-aa19-4b3c-8f7e-0d2b5a6c9e31">バッジを入手する</a></p>`, 'ja'),
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'ja-closed-notify-kaiketsu', kind: 'case_closed', lang: 'ja', caseId: CASE.ken,
    note: 'AWS Support notification that the case is resolved',
    from: AWS_NOTIFY, to: KEN.keep, subject: `ケース ${CASE.ken} は解決済みになりました`, date: U('2026-02-16 00:01:09'),
    auth: 'pass', enc: 'jis7', wholeSubject: true,
    text: `お客様

サポートケース ${CASE.ken} のステータスが「解決済み」に変更されました。
さらにサポートが必要な場合は、サポートセンターからケースを再開できます。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-closed-auto-3days', kind: 'case_closed', lang: 'ja', caseId: CASE.misaki2,
    note: 'reminder that the case closes automatically without a reply',
    from: SUPPORT, to: MISAKI.keep, subject: formSubject(CASE.misaki2), date: U('2026-03-14 02:00:00'),
    auth: 'pass', enc: 'jisb64',
    text: `小林様

先日ご案内した件について、まだご返信をいただいておりません。
3 日以内にご返信がない場合、本ケースは自動的にクローズされますのでご了承ください。

${SIG}`,
  }),
  mk({
    slug: 'ja-closed-restates-merge', kind: 'case_closed', lang: 'ja', caseId: CASE.sho, trap: true,
    note: 'closing notice that only restates last week\'s merge',
    from: SUPPORT, to: SHO.keep, subject: formSubject(CASE.sho), date: U('2026-05-07 05:25:33'),
    auth: 'pass', enc: 'sjis8',
    text: `高橋様

先週ご案内いたしましたとおり、アカウントの統合およびバッジの移行はすでに完了しております。
その後ご連絡がございませんでしたので、本ケースはクローズとさせていただきます。

${SIG}`,
  }),
  mk({
    slug: 'ja-closed-duplicate-case', kind: 'case_closed', lang: 'ja', caseId: CASE.kenDup, trap: true,
    note: 'duplicate support case merged into the original and closed; not the account merge',
    from: SUPPORT, to: KEN.keep, subject: formSubject(CASE.kenDup), date: U('2026-02-03 02:40:00'),
    auth: 'pass', enc: 'utf8b64',
    text: `中村様

同じご依頼で 2 件のケースが作成されておりましたため、ケースを 1 件に統合いたしました。
本ケース (${CASE.kenDup}) はクローズし、今後のご連絡はケース ${CASE.ken} にて行います。

${SIG}`,
  }),
  mk({
    slug: 'ja-closed-otherauth', kind: 'case_closed', lang: 'ja', caseId: CASE.yuki, trusted: false,
    note: 'closing notice with only a foreign authserv-id\'s verdict: untrusted',
    from: AWS_NOTIFY, to: YUKI.keep, subject: `ケース ${CASE.yuki} はクローズされました`, date: U('2026-05-20 00:00:41'),
    auth: 'otherOnly', enc: 'utf8qp',
    text: `お客様

ケース ${CASE.yuki} はクローズされました。ご利用ありがとうございました。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-closed-no-reply-html', kind: 'case_closed', lang: 'ja', caseId: CASE.misaki2,
    note: 'case closed because the customer did not answer',
    from: SUPPORT, to: MISAKI.keep, subject: formSubject(CASE.misaki2), date: U('2026-03-18 02:00:05'),
    auth: 'pass', enc: 'utf8b64',
    html: htmlDoc(paras(`小林 美咲 様

お客様からのご返信を確認できなかったため、本ケースはクローズいたしました。
引き続きお手伝いが必要な場合は、本メールへ返信いただくとケースが再開されます。

${SIG}`), 'ja'),
  }),
  mk({
    slug: 'ja-closed-7days-body-id', kind: 'case_closed', lang: 'ja', caseId: CASE.yuki,
    note: 'auto-close notice in 7 days; case ID only in the body',
    from: SUPPORT, to: YUKI.keep, subject: 'お問い合わせの自動終了について', date: U('2026-05-18 02:00:00'),
    auth: 'pass', enc: 'jis7',
    text: `伊藤様

(ケース番号: ${CASE.yuki})
最後のご連絡から一定期間が経過しております。本日から 7 日後、ご返信がない場合はお問い合わせを終了いたします。

${SIG}`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'ja-reply-thanks-confirming', kind: 'support_reply', lang: 'ja', caseId: CASE.ken, trap: true,
    note: 'thanks for confirming, passed to the team; no merge yet',
    from: SUPPORT, to: KEN.keep, subject: formSubject(CASE.ken), date: U('2026-02-06 04:05:51'),
    auth: 'pass', enc: 'jis7',
    text: `中村様

ご確認いただきありがとうございます。
統合の作業を担当チームへ依頼いたしました。作業完了まで数営業日いただく場合がございます。

木村
${SIG}

${gmailJa('2026-02-06 10:12', KEN.ja, KEN.keep)}
> 内容に問題ありません。統合をお願いします。
>
> ${gmailJa('2026-02-05 14:44', 'AWS Training and Certification', SUPPORT_BARE)}
>> 一度統合すると元に戻すことはできません。`,
  }),
  mk({
    slug: 'ja-reply-future-kanryo-shidai', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: 'future statement: will report once the merge is done',
    from: SUPPORT, to: MISAKI.keep, subject: formSubject(CASE.misaki), date: U('2026-03-11 08:21:04'),
    auth: 'pass', enc: 'jisb64',
    text: `小林様

ご返信ありがとうございます。専門チームにエスカレーションいたしました。
統合が完了しましたら、改めてこちらからご連絡いたします。通常 3 から 5 営業日ほどかかります。

Haruka
${SIG}`,
  }),
  mk({
    slug: 'ja-reply-not-yet-merged', kind: 'support_reply', lang: 'ja', caseId: CASE.sho, trap: true,
    note: 'negated: the merge has not been completed yet',
    from: SUPPORT, to: SHO.keep, subject: formSubject(CASE.sho), date: U('2026-04-25 04:40:28'),
    auth: 'pass', enc: 'sjisb64',
    text: `高橋様

お問い合わせの件、現時点ではまだ統合は完了しておりません。
担当部署にて作業中ですので、もうしばらくお待ちいただけますと幸いです。

${SIG}

${gmailJa('2026-04-25 09:02', SHO.ja, SHO.keep)}
> 統合の進捗はいかがでしょうか。`,
  }),
  mk({
    slug: 'ja-reply-write-from-kept', kind: 'support_reply', lang: 'ja', caseId: CASE.yuki, trap: true,
    note: 'asks to write from the kept address without asking for any data',
    from: SUPPORT, to: YUKI.src, subject: formSubject(CASE.yuki), date: U('2026-05-11 07:03:16'),
    auth: 'pass', enc: 'utf8qp',
    text: `伊藤様

ご連絡ありがとうございます。
恐れ入りますが、本件は統合先としてご希望のメールアドレス(${YUKI.keep})からご連絡いただけますでしょうか。
そちらからのご返信を受け取り次第、対応を続けさせていただきます。

${SIG}`,
  }),
  mk({
    slug: 'ja-reply-retry-self-service', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki2,
    note: 'a human agent asks the customer to retry the self-service merge tool',
    from: SUPPORT, to: MISAKI.keep, subject: formSubject(CASE.misaki2), date: U('2026-03-11 03:56:45'),
    auth: 'pass', enc: 'jis7',
    text: `小林様

確認いたしましたところ、${MISAKI.src} のアカウントには認定の履歴がございませんでした。
この場合はセルフサービスの統合ツールをご利用いただけますので、お手数ですが、もう一度お試しいただけますか。
エラーが表示される場合は、画面のメッセージを添えてご返信ください。

Haruka
${SIG}`,
  }),
  mk({
    slug: 'ja-reply-name-mismatch-unable', kind: 'support_reply', lang: 'ja', caseId: CASE.ken, trap: true,
    note: 'unable to merge because of a name mismatch; asks for a profile update, not information',
    from: SUPPORT, to: KEN.keep, subject: formSubject(CASE.ken), date: U('2026-02-04 06:12:38'),
    auth: 'pass', enc: 'utf8b64',
    text: `中村様

恐れ入りますが、2 つのアカウントの登録氏名が異なるため、現状では統合することができません。
お手数ですが、統合元アカウントのプロフィールから氏名を統合先と同じ表記に更新してください。
更新後に本ケースへご返信いただければ、対応を再開いたします。

木村
${SIG}`,
  }),
  mk({
    slug: 'ja-reply-credly-processing', kind: 'support_reply', lang: 'ja', caseId: CASE.sho, trap: true,
    note: 'badges still being processed on the Credly side; will report when moved',
    from: SUPPORT, to: SHO.keep, subject: formSubject(CASE.sho), date: U('2026-04-28 05:30:00'),
    auth: 'pass', enc: 'sjis8',
    text: `高橋様

バッジの件、Credly 側で処理中です。
移行が終わり次第お知らせいたしますので、今しばらくお待ちください。

${SIG}`,
  }),
  mk({
    slug: 'ja-reply-no-auth-investigating', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, trusted: false,
    note: 'status update without Authentication-Results: untrusted',
    from: SUPPORT, to: MISAKI.keep, subject: formSubject(CASE.misaki), date: U('2026-03-10 09:09:09'),
    auth: 'none', enc: 'jisb64',
    text: `小林様

担当者が調査しております。結果がわかり次第ご連絡します。

${SIG}`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'ja-unrel-survey-kaiketsu', kind: 'unrelated', lang: 'ja', caseId: CASE.ken, trap: true,
    note: 'satisfaction survey ("was it resolved?") about the case',
    from: AWS_NOTIFY, to: KEN.keep, subject: 'AWS サポートに関するアンケートのお願い', date: U('2026-02-16 03:00:12'),
    auth: 'pass', enc: 'jis7', wholeSubject: true,
    text: `お客様

先日はケース ${CASE.ken} にてお問い合わせいただきありがとうございました。
お問い合わせの問題は解決しましたか? 1 分ほどのアンケートにご協力ください。

https://survey.example.amazon.com/?case=${CASE.ken}

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-unrel-microsoft-credly', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'a Credly badge from Microsoft, not AWS',
    from: 'Microsoft via Credly <admin@credly.com>', to: MISAKI.keep, subject: 'Microsoftのバッジ発行のお知らせ', date: U('2026-03-15 18:20:00'),
    auth: 'pass', enc: 'utf8b64',
    html: htmlDoc(`<p>小林 美咲 様</p>
<p>Microsoft から Microsoft Certified: Azure Fundamentals のバッジが発行されました。</p>
<p><a href="https://www.credly.com/badges/55e0">バッジを入手する</a></p>`, 'ja'),
  }),
  mk({
    slug: 'ja-unrel-exam-result', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'exam result mail from the portal; "completed" refers to the exam',
    from: PORTAL, to: SHO.keep, subject: 'AWS 認定試験の結果のお知らせ', date: U('2026-05-02 07:41:00'),
    auth: 'pass', enc: 'jisb64',
    text: `高橋 翔 様

AWS Certified Solutions Architect - Professional の受験が完了しました。
試験結果は認定アカウントの「試験履歴」でご確認いただけます。

AWS 認定`,
  }),
  mk({
    slug: 'ja-unrel-own-forward', kind: 'unrelated', lang: 'ja', caseId: CASE.ken, trusted: false, trap: true,
    note: 'the user\'s own forward of the completion notice to a colleague',
    from: `${KEN.ja} <${KEN.keep}>`, to: `${SUZUKI.ja} <${SUZUKI.addr}>`, cc: KEN.keep, subject: `Fwd: ${formSubject(CASE.ken)}`, date: J('2026-02-09 13:20:00'),
    auth: 'pass', enc: 'sjis8', relay: 'smtp.example.net', deliveredTo: KEN.keep,
    text: `鈴木さん

前に話していた認定アカウントの件、統合完了の連絡が来ました。参考までに転送します。
鈴木さんも退職前にやっておくといいですよ。

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_BARE}>
Date: 2026年2月9日(月) 12:03
Subject: ${formSubject(CASE.ken)}
To: <${KEN.keep}>

中村様
ご依頼いただいたアカウントの統合が完了いたしました。`,
  }),
  mk({
    slug: 'ja-unrel-ooo-oldcorp', kind: 'unrelated', lang: 'ja', caseId: CASE.misaki, trusted: false, trap: true,
    note: 'out-of-office auto reply from a former colleague mentioning the merge',
    from: '山本 真一 <s.yamamoto@sier.example.jp>', to: MISAKI.src, subject: `自動応答: ${formSubject(CASE.misaki)}`, date: J('2026-03-11 10:00:03'),
    auth: 'pass', enc: 'jis7', extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `ご連絡ありがとうございます。
山本は 3 月 16 日まで不在にしております。
アカウント統合の件を含め、戻り次第確認してご返信いたします。
お急ぎの場合は情報システム部までご連絡ください。`,
  }),
  mk({
    slug: 'ja-unrel-summit-moshikomi', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'event registration mail ("登録完了")',
    from: 'AWS Summit Japan <aws-events@amazon.com>', to: YUKI.keep, subject: '【AWS Summit Japan】ご登録が完了しました', date: U('2026-05-20 08:00:00'),
    auth: 'pass', enc: 'utf8qp',
    text: `伊藤 由紀 様

AWS Summit Japan へのご登録が完了しました。
当日は認定者ラウンジもご利用いただけます。AWS 認定のデジタルバッジを受付でご提示ください。

AWS Summit Japan 事務局`,
  }),
  mk({
    slug: 'ja-unrel-credly-own-merge-code', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'Credly\'s own account-merge verification code, not the AWS certification merge',
    from: 'Credly <admin@credly.com>', to: SHO.src, subject: 'Credly: アカウント統合の確認コード', date: U('2026-04-30 12:05:55'),
    auth: 'pass', enc: 'utf8qp',
    text: `Credly アカウントの統合がリクエストされました。

確認コード: 482 913

このコードを入力するか、「Complete Account Merge」をクリックして統合を完了してください。
心当たりがない場合は、このメールを無視してください。`,
  }),
  mk({
    slug: 'ja-unrel-skillbuilder-payment', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'Skill Builder subscription payment "completed"',
    from: 'AWS Skill Builder <no-reply@aws.training>', to: KEN.keep, subject: 'AWS Skill Builder: お支払いが完了しました', date: U('2026-02-20 00:12:48'),
    auth: 'pass', enc: 'jis7',
    text: `中村 健一 様

AWS Skill Builder 個人サブスクリプションのお支払いが完了しました。
ご利用期間: 2026/02/20 から 2026/03/19

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-unrel-own-consent-sent', kind: 'unrelated', lang: 'ja', caseId: CASE.yuki, trusted: false, trap: true,
    note: 'the user\'s own consent reply to support, copied to themself',
    from: `${YUKI.ja} <${YUKI.keep}>`, to: SUPPORT, cc: YUKI.keep, subject: `Re: ${formSubject(CASE.yuki)}`, date: J('2026-05-13 12:01:30'),
    auth: 'pass', enc: 'jisb64', relay: 'smtp.example.info', deliveredTo: YUKI.keep,
    text: `ご担当者様

ご案内いただいた内容で統合に同意します。
I agree.

伊藤 由紀`,
  }),
  mk({
    slug: 'ja-unrel-pearson-yoyaku', kind: 'unrelated', lang: 'ja', trusted: false, trap: true,
    note: 'test vendor appointment confirmation ("予約確認")',
    from: 'Pearson VUE <noreply@pearsonvue.com>', to: MISAKI.keep, subject: '試験予約の確認 - AWS Certified Machine Learning Engineer', date: U('2026-03-20 02:30:00'),
    auth: 'pass', enc: 'sjisb64',
    text: `小林 美咲 様

以下の試験のご予約を確認しました。
試験: AWS Certified Machine Learning Engineer - Associate
日時: 2026年4月8日 10:00
受験者 ID: ${MISAKI.keepId}

予約内容の変更は 24 時間前までに行ってください。
Pearson VUE`,
  }),
];
