// cw Japanese messages, part 1: receipts, AI answers, information requests, confirmation requests.
import type { Msg } from './lib.js';
import {
  CASE, ITO, NAKAMURA, NOTIFY, SUPPORT, SUPPORT_ADDR, SUZUKI, TAKAHASHI, d, formSubject, gmailJa, htmlDoc, jd, jdy, mail, outlookJa, paras, quote, sfQuote, sfRef, sup, to,
} from './common.js';

const SUZUKI_ASK = `AWS認定アカウントの統合をお願いします。
残すアカウント: ${SUZUKI.keep} (${SUZUKI.keepId})
統合元: ${SUZUKI.src} (${SUZUKI.srcId})
年内で退職するため、会社のアドレスのほうは12月末で使えなくなります。`;

const NAKAMURA_ASK = `お世話になります。中村です。
前職で作った認定アカウントと今のアカウントを一つにしたいです。
連休に入る前に申し込んでおきます。`;

const TAKAHASHI_ASK = `認定アカウントが2つあるので1つにまとめてください。
${TAKAHASHI.keep} を残したいです。もう一方は ${TAKAHASHI.src} です。`;

const ITO_ASK = `伊藤由紀と申します。転職に伴い、旧アカウント(${ITO.src})の認定を
${ITO.keep} のアカウントに移していただきたく、ご連絡いたしました。`;

// ---------------------------------------------------------------- acknowledgement (8)
const ACK: Msg[] = [
  sup({
    slug: 'ja-ack-suzuki-yearend',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.suzuki,
    note: 'automatic receipt of the new case with a year-end holiday notice appended',
    from: NOTIFY,
    to: to(SUZUKI),
    subject: `お問い合わせを受け付けました [ケース ID: ${CASE.suzuki}]`,
    date: d('2026-12-21 08:02:11', '+0000'),
    enc: 'jis7',
    text: `${SUZUKI.ja} 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
下記の内容でケースを作成しました。

ケース ID : ${CASE.suzuki}
件名      : account-assistance
作成日時  : 2026/12/21 17:02 (JST)

通常、1 営業日以内に担当者よりメールでご連絡します。
同じ内容で新しいケースを作成されますと、かえってご回答が遅れる原因となりますのでご注意ください。

■ 年末年始の対応について
12月29日(火)から1月3日(日)までは窓口の人員を縮小して運営します。
この期間にいただいたお問い合わせは、1月4日(月)以降、順番に対応いたします。

Amazon Web Services`,
  }),
  sup({
    slug: 'ja-ack-nakamura-gw',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.nakamura,
    note: 'case receipt; the Golden Week paragraph only announces slower answers',
    from: NOTIFY,
    to: to(NAKAMURA),
    subject: `[ケース ${CASE.nakamura}] サポートケース作成のお知らせ`,
    wholeSubject: true,
    date: d('2026-04-27 23:48:05', '+0900'),
    enc: 'utf8qp',
    text: `中村 美咲 様

このメールは送信専用アドレスからお送りしています。

お問い合わせを承りました。ケース番号は ${CASE.nakamura} です。
担当チームで内容を拝見し、追ってご連絡差し上げます。

なお、4月29日(水・祝)〜5月6日(水・振休)のゴールデンウィーク期間は、
通常より返信にお日にちを頂戴することがございます。あらかじめご了承ください。

ケースの状況はサポートセンターからいつでもご覧いただけます。
--
Amazon Web Services Japan`,
  }),
  sup({
    slug: 'ja-ack-takahashi-obon',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.takahashi,
    note: 'receipt recognisable by its shape: case number, received time, Obon office hours',
    from: NOTIFY,
    to: to(TAKAHASHI),
    subject: `受付完了: ケース番号 ${CASE.takahashi}`,
    date: d('2026-08-10 02:15:40', '+0000'),
    enc: 'sjis8',
    auth: 'dkimonly',
    text: `高橋 亮 様

受付番号 ${CASE.takahashi}
受付日時 2026年8月10日 11:15 JST / 2026-08-10 02:15 UTC

ご連絡ありがとうございました。お問い合わせは上記の番号で登録されています。
返信いただく際は件名を変えずにお送りください。

8月13日(木)〜8月16日(日)はお盆期間のため、日本語窓口の回答が遅れる場合があります。

AWS Support`,
  }),
  sup({
    slug: 'ja-ack-ito-bare',
    crlf: false,
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.ito,
    note: 'bare receipt that says nothing of its topic: read as what it looks like',
    from: NOTIFY,
    to: to(ITO),
    subject: `ケース ${CASE.ito} が作成されました`,
    date: d('2026-11-20 18:31:09', '+0900'),
    enc: 'sjisb64',
    text: `ケース ${CASE.ito} を作成しました。

日本語対応時間: 平日 9:00〜18:00 (日本時間)
11月23日(月)は勤労感謝の日のため休業となります。

本メールへの返信はケースに追加されます。`,
  }),
  sup({
    slug: 'ja-ack-html-reiwa',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: '1791150372',
    note: 'HTML-only receipt with a Reiwa-era date; the topic is not stated',
    from: NOTIFY,
    to: to(SUZUKI),
    subject: 'AWS サポート: お問い合わせありがとうございます',
    date: d('2026-12-30 04:40:00', '+0000'),
    enc: 'utf8b64',
    html: htmlDoc(`<table width="600" cellpadding="0" cellspacing="0"><tr><td>
<h2 style="color:#232f3e">お問い合わせありがとうございます</h2>
<p>鈴木 健一 様</p>
<p>ご依頼を受け付けました。<br>
ケース ID: <b>1791150372</b><br>
受付日: 令和8年12月30日</p>
<p>ただいま年末年始の特別体制で運営しております。担当者からのご連絡は令和9年1月4日以降となる見込みです。</p>
<p style="color:#666;font-size:12px">Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109</p>
</td></tr></table>`),
  }),
  sup({
    slug: 'ja-ack-mixed-boilerplate',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: '1779500318',
    note: 'Japanese receipt with English boilerplate, multipart/alternative',
    from: NOTIFY,
    to: to(NAKAMURA),
    subject: 'Case 1779500318 を受け付けました / We received your case',
    date: d('2026-05-02 10:07:55', '+0900'),
    enc: 'utf8qp',
    text: `中村様

ケース 1779500318 を受け付けました。連休中(5/3〜5/6)のため、順次の対応となります。

--
We've received your request and opened case 1779500318.
During the Golden Week holidays in Japan, responses in Japanese may take longer than usual.
Amazon Web Services`,
    html: htmlDoc(paras(`中村様

ケース 1779500318 を受け付けました。連休中(5/3〜5/6)のため、順次の対応となります。

--
We've received your request and opened case 1779500318.
During the Golden Week holidays in Japan, responses in Japanese may take longer than usual.
Amazon Web Services`)),
  }),
  mail({
    slug: 'ja-ack-forged-lookalike',
    kind: 'acknowledgement',
    lang: 'ja',
    trusted: false,
    forUser: true,
    caseId: '17803319270',
    trap: false,
    note: 'receipt-shaped mail from a look-alike domain (aws-support-desk.jp) that passes its own DMARC',
    from: 'AWS サポート <no-reply@aws-support-desk.jp>',
    to: to(SUZUKI),
    subject: '【受付】年末年始窓口 お問い合わせ番号 17803319270',
    date: d('2026-12-26 09:12:44', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `鈴木様

お問い合わせを受け付けいたしました。
お問い合わせ番号: 17803319270

年末年始期間中は本人確認のため、下記ページからサインインをお願いしております。
https://aws-support-desk.jp/verify

AWS サポート窓口`,
  }),
  sup({
    slug: 'ja-ack-forgedbelow',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: '1788820990',
    trusted: false,
    auth: 'forgedBelow',
    note: 'receipt whose only dmarc=pass sits below the receiving server\'s Received line',
    from: NOTIFY,
    to: to(ITO),
    subject: 'ご依頼内容の受領について (1788820990)',
    date: d('2026-11-21 07:30:12', '+0900'),
    enc: 'jis7',
    text: `伊藤 由紀 様

ご依頼の件、受け付けました。受付番号は 1788820990 です。
土日祝日にいただいたご連絡は翌営業日の扱いとなります。

AWS Training and Certification`,
  }),
];

// ---------------------------------------------------------------- ai_answer (8)
const AI: Msg[] = [
  sup({
    slug: 'ja-ai-selfservice-yearend',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    note: 'generated answer pointing to the self-service Merge Accounts tool, with year-end hours',
    from: NOTIFY,
    to: to(SUZUKI),
    subject: 'AWS サポートからの自動回答',
    date: d('2026-12-21 08:00:30', '+0000'),
    enc: 'utf8b64',
    text: `この回答は生成 AI によって作成されました。内容が正確でない場合があります。

ご質問: 認定アカウントを1つにまとめたい

認定アカウントは、CertMetrics のプロフィール画面にある「Merge Accounts (アカウントの統合)」から、ご自身で統合を申請できる場合があります。
1. 残したいアカウントでサインインします
2. プロフィール > アカウントの統合 を開きます
3. 統合したいもう一方のアカウントの認証情報を入力します

両方のアカウントに認定の履歴がある場合、このツールはご利用いただけません。その際は「ケースを作成」からお問い合わせください。
年末年始(12/29〜1/3)は回答までに通常より日数を要します。

この回答は役に立ちましたか? はい / いいえ`,
  }),
  sup({
    slug: 'ja-ai-after-merge-explainer',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'AI answer that explains what happens after a merge (badges, vouchers): still ai_answer',
    from: NOTIFY,
    to: to(TAKAHASHI),
    subject: '自動応答: 認定アカウントの統合について',
    date: d('2026-08-10 02:14:58', '+0000'),
    enc: 'jis7',
    text: `高橋様

お問い合わせ内容をもとに、よくあるご質問から回答を自動で作成しました。

・統合が完了すると、統合元アカウントの認定と試験履歴は統合先に表示されます。
・Credly のデジタルバッジは、統合後に統合先のアドレスで受け取り直す必要がある場合があります。
・未使用の50%割引バウチャーなどの特典も引き継がれます。

上記で解決しない場合は、画面下部の「ケースを作成」を選んでください。
お盆期間(8/13〜8/16)も受付は行っていますが、回答は8/17以降になることがあります。

※本メールは AI により生成された回答です。`,
  }),
  sup({
    slug: 'ja-ai-html-card',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    note: 'HTML+text AI suggestion card, Golden Week banner',
    from: NOTIFY,
    to: to(NAKAMURA),
    subject: 'お問い合わせへの回答案をお送りします',
    date: d('2026-04-27 14:46:20', '+0000'),
    enc: 'utf8qp',
    text: `Amazon Q による回答案

重複した認定アカウントは、まずセルフサービスの統合ツールをお試しください。
aws.training にサインイン > 認定 > プロフィール > Merge Accounts

ツールで統合できないと表示された場合は、このまま「ケースを作成」へお進みください。

[GW期間中のお知らせ] 4/29〜5/6 は担当者からの回答に時間がかかります。`,
    html: htmlDoc(`<div style="border:1px solid #ddd;padding:12px">
<p style="font-size:11px;color:#888">Amazon Q による回答案</p>
<p>重複した認定アカウントは、まずセルフサービスの統合ツールをお試しください。<br>
aws.training にサインイン &gt; 認定 &gt; プロフィール &gt; Merge Accounts</p>
<p>ツールで統合できないと表示された場合は、このまま「ケースを作成」へお進みください。</p>
</div>
<p style="background:#fff3cd;padding:6px">[GW期間中のお知らせ] 4/29〜5/6 は担当者からの回答に時間がかかります。</p>`),
  }),
  sup({
    slug: 'ja-ai-sjis-faq',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    note: 'automated FAQ-based suggestion in Shift_JIS',
    from: NOTIFY,
    to: to(ITO),
    subject: 'よくあるご質問からのご案内',
    date: d('2026-11-20 09:29:41', '+0000'),
    enc: 'sjis8',
    text: `伊藤 由紀 様

入力いただいた内容に近い「よくあるご質問」を自動でお届けしています。

Q. アカウントが2つできてしまいました
A. 認定ポータルの Merge Accounts 機能で、片方のアカウントを
   もう片方へ統合できます。統合は取り消せませんので、残す側を
   よくお選びください。

Q. ツールでエラーになります
A. 両方に認定がある場合などはサポートでの対応となります。
   このページの「ケースを作成」からご依頼ください。

このメールは自動送信されています。`,
  }),
  sup({
    slug: 'ja-ai-timezone',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    note: 'AI answer suggesting the tool, with support hours in PST and JST',
    from: NOTIFY,
    to: to(SUZUKI),
    subject: 'Re: アカウントの統合 (自動生成された回答)',
    date: d('2026-12-27 15:05:00', '-0800'),
    enc: 'jisb64',
    text: `生成AIによる回答です。

お客様の状況では、まず認定アカウントのプロフィールから「アカウントの統合」をお試しいただくのがもっとも早い方法です。
統合先(残したいほう)でサインインしてから実行してください。

担当者へのお問い合わせは「ケースを作成」から可能です。
英語窓口は太平洋時間(PST)の平日、日本語窓口は日本時間(JST)の平日に対応しています。
12/24(木)〜12/25(金)および 12/31(木)〜1/1(金)は英語窓口も休業です。`,
  }),
  mail({
    slug: 'ja-ai-forged-misaligned',
    kind: 'ai_answer',
    lang: 'ja',
    trusted: false,
    forUser: true,
    caseId: null,
    trap: false,
    note: 'AI-answer look-alike whose DKIM is for a bulk sender and DMARC fails',
    from: NOTIFY,
    to: to(TAKAHASHI),
    subject: 'AIアシスタントからの回答',
    date: d('2026-08-14 03:12:00', '+0000'),
    auth: 'misaligned',
    enc: 'utf8b64',
    text: `AIアシスタントが回答します。

アカウントの統合は、下記のセルフサービス画面から数分で完了できます。
お盆休み中でもご利用いただけます。
https://aws-cert-merge.example.net/merge

(このメッセージは自動生成されています)`,
  }),
  sup({
    slug: 'ja-ai-short-mixed',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    note: 'short AI suggestion, Japanese with an English disclaimer line',
    from: NOTIFY,
    to: to(NAKAMURA),
    subject: 'AWS サポート - 回答の候補',
    date: d('2026-05-05 01:20:16', '+0000'),
    enc: 'utf88bit',
    text: `中村様

「統合」についてのご質問ですね。認定プロフィールの Merge Accounts をお使いいただくと、
2 つのアカウントを 1 つにできます。それでも解決しなければケースを作成してください。

This response was generated by AI and may contain errors.`,
  }),
  sup({
    slug: 'ja-ai-html-only-q',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'HTML-only generated answer that mentions confirmation and closing in general terms',
    from: NOTIFY,
    to: to(ITO),
    subject: '自動生成の回答: 認定アカウント',
    date: d('2026-11-20 09:30:02', '+0000'),
    enc: 'utf8b64',
    html: htmlDoc(`<p>以下は生成 AI による回答です。</p>
<p>サポートにご依頼いただいた場合、通常は担当者から統合の最終確認をお願いするメールが届き、ご返信後に処理が行われます。処理後、ケースはクローズされます。</p>
<p>その前に、認定ポータルのセルフサービス機能「Merge Accounts」でご自身で統合できるかお試しください。</p>
<p><a href="https://support.aws.amazon.com/#/contacts/aws-training">ケースを作成する</a></p>`),
  }),
];

// ---------------------------------------------------------------- info_request (10)
const INFO: Msg[] = [
  sup({
    slug: 'ja-info-suzuki-ids',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.suzuki,
    note: 'asks for both candidate IDs and which account to keep, before the year-end cut-off',
    to: to(SUZUKI),
    date: d('2026-12-22 02:44:19', '+0000'),
    enc: 'jis7',
    text: `鈴木 健一 様

AWS トレーニングと認定カスタマーサービスの小林です。
本年も残りわずかとなりましたが、いかがお過ごしでしょうか。

アカウント統合のご依頼について、処理を進めるために以下をお送りください。
- 両アカウントの AWS 認定候補者 ID (AWS から始まる番号)
- 各アカウントにサインインする際のメールアドレス
- 統合後に残すアカウントはどちらか

年内の作業は ${jd(2026, 12, 28)} 17:00(日本時間)までにいただいたご返信分までとなります。
それ以降は年明け ${jd(2027, 1, 4)} からの対応となりますことをご了承ください。

小林
AWS Training and Certification Customer Service
${sfRef('5Jx2B0rKc')}

${sfQuote(SUZUKI.keep, '2026/12/21 17:01', SUPPORT_ADDR, 'account-assistance', SUZUKI_ASK)}`,
  }),
  sup({
    slug: 'ja-info-nakamura-after-gw',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.nakamura,
    trap: true,
    note: 'after Golden Week; 「ご確認のうえお知らせください」 asks for information, not consent',
    to: to(NAKAMURA),
    date: d('2026-05-07 10:22:03', '+0900'),
    enc: 'utf8qp',
    text: `中村様

連休明けのご連絡となり、大変お待たせいたしました。
ご依頼の件、旧アカウントを特定するための情報が不足しております。

前職でお使いだったメールアドレスと、そのアカウントの候補者 ID を
ご確認のうえお知らせください。CertMetrics の「プロフィール」画面に表示されています。

恐れ入りますが、よろしくお願いいたします。
AWS トレーニングと認定 藤田

${gmailJa(2026, 4, 27, '23:45', `${NAKAMURA.ja} <${NAKAMURA.keep}>`)}
${quote(NAKAMURA_ASK)}`,
  }),
  sup({
    slug: 'ja-info-takahashi-obon',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.takahashi,
    note: 'after Obon: asks for romanised name and company name of each account',
    to: to(TAKAHASHI),
    date: d('2026-08-17 09:05:51', '+0900'),
    enc: 'sjisb64',
    text: `高橋 亮 様

お盆休みの間お待たせしてしまい、申し訳ございません。
本日より担当いたします森と申します。

統合対象のアカウントを照合するにあたり、次の点を教えていただけますでしょうか。
(1) 各アカウントに登録されているお名前(ローマ字表記)
(2) 旧アカウント登録時の会社名
(3) 旧アカウントで最後に受験された日付 (例: 2024/03/15)

いただいた情報をもとに照合を進めます。

森
AWS トレーニングと認定

${outlookJa(`${TAKAHASHI.ja} <${TAKAHASHI.keep}>`, 2026, 8, 10, '11:14', SUPPORT_ADDR, 'account-assistance')}

${TAKAHASHI_ASK}`,
  }),
  sup({
    slug: 'ja-info-handover-ito',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.ito,
    note: 'agent handover (previous agent on leave) and a request for the old account\'s ID',
    to: to(ITO),
    date: d('2026-11-24 11:40:00', '+0900'),
    enc: 'jisb64',
    text: `伊藤 由紀 様

いつもお世話になっております。
前回ご対応した佐々木が休暇に入りましたため、本件は私、小林が引き継ぎました。

旧アカウントについて、候補者 ID が記載されていなかったため照合ができておりません。
お手数ですが AWS から始まる ID を本メールにご返信ください。
ID がご不明な場合は、受験時の確認メールに記載があります。

連休明けでご多忙のところ恐縮ですが、よろしくお願いいたします。

小林

-----Original Message-----
From: ${ITO.ja} <${ITO.keep}>
Sent: Friday, November 20, 2026 6:28 PM
To: ${SUPPORT_ADDR}
Subject: account-assistance

${ITO_ASK}`,
  }),
  sup({
    slug: 'ja-info-deadline-close',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.suzuki,
    trap: true,
    note: 'asks again for the source account email; the auto-close deadline is secondary',
    to: to(SUZUKI),
    date: d('2027-01-04 01:10:27', '+0000'),
    enc: 'jis7',
    text: `鈴木様

新年あけましておめでとうございます。本年もよろしくお願い申し上げます。

さて、年末にいただいたご返信には統合元アカウントのサインイン用アドレスが含まれておりませんでした。
${SUZUKI.srcId} のアカウントでお使いのメールアドレスを教えていただけますか。

${jd(2027, 1, 8)}までにご返信がない場合、本ケースはいったんクローズとなります。
その場合でも、このメールに返信いただければ再開できます。

小林
AWS Training and Certification`,
  }),
  sup({
    slug: 'ja-info-write-from-keep-and-ids',
    kind: 'info_request',
    lang: 'ja',
    caseId: '1779405580',
    note: 'write from the kept address AND send both IDs: information request',
    to: `${NAKAMURA.ja} <${NAKAMURA.src}>`,
    date: d('2026-04-30 16:18:40', '+0900'),
    enc: 'utf88bit',
    text: `中村 美咲 様

祝日のため少人数での対応となっております。ご返信が遅れがちで恐縮です。

ご本人確認のため、統合後に残すアカウントのアドレスから、改めて本ケースにご返信ください。
その際、両方のアカウントの候補者IDを併記していただけますと助かります。

AWS トレーニングと認定`,
  }),
  sup({
    slug: 'ja-info-html-only-list',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.takahashi,
    note: 'HTML-only request for the list of certifications held on each account',
    to: to(TAKAHASHI),
    date: d('2026-08-18 05:33:12', '+0000'),
    enc: 'utf8b64',
    html: htmlDoc(`<p>高橋様</p>
<p>ご返信ありがとうございました。お名前で照合したところ、同姓同名のアカウントが複数見つかりました。</p>
<p>どちらが高橋様のものかを判断するため、各アカウントでお持ちの認定名と取得日をお知らせいただけますか。</p>
<ul><li>例: AWS Certified Solutions Architect - Associate / 2025年2月10日</li></ul>
<p>森<br>AWS トレーニングと認定</p>
<div class="gmail_quote"><div dir="ltr" class="gmail_attr">2026年8月17日(月) 21:02 高橋 亮 &lt;${TAKAHASHI.keep}&gt;:<br></div>
<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">ローマ字は RYO TAKAHASHI、会社名は Partner Systems です。</blockquote></div>`),
  }),
  mail({
    slug: 'ja-info-forged-failthenforged',
    kind: 'info_request',
    lang: 'ja',
    trusted: false,
    forUser: true,
    caseId: CASE.suzuki,
    trap: false,
    note: 'info request copying the real case number; topmost A-R fails, a planted pass sits lower',
    from: SUPPORT,
    to: to(SUZUKI),
    subject: formSubject(CASE.suzuki),
    date: d('2026-12-29 20:41:00', '+0900'),
    auth: 'failThenForged',
    enc: 'jisb64',
    text: `鈴木様

年末年始の特別対応として、休業中も統合を進めております。
本人確認のため、両アカウントのパスワードと候補者IDをご返信ください。

AWS Training and Certification`,
  }),
  sup({
    slug: 'ja-info-mixed-template',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.ito,
    note: 'Japanese note above an English form-letter asking for the kept account',
    to: to(ITO),
    date: d('2026-11-27 00:15:45', '+0000'),
    enc: 'utf8qp',
    text: `伊藤様
米国の祝日(サンクスギビング)の関係で英語の定型文でのご案内となりますこと、ご容赦ください。
下記の項目をご記入のうえ、ご返信をお願いいたします。

Please reply with the following:
- Account to keep (email address): ______
- Account to merge (email address): ______
- Candidate IDs of both accounts: ______

AWS Training and Certification Customer Service`,
  }),
  sup({
    slug: 'ja-info-which-keep-te-form',
    crlf: false,
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.takahashi,
    note: 'which account to keep, asked in a te-form clause without a request verb at the end',
    to: to(TAKAHASHI),
    date: d('2026-08-12 06:02:38', '+0000'),
    enc: 'sjis8',
    text: `高橋様

お問い合わせありがとうございます。
今回は ${TAKAHASHI.keep} と ${TAKAHASHI.src} の二つが対象と理解しておりますが、
どちらを残す形にするか、まだ伺えていないため、その点だけ一言いただけると進められます。

明日から8/16まで当窓口はお盆休みとなり、次のご連絡は8/17(月)以降です。

AWS トレーニングと認定 カスタマーサービス`,
  }),
];

// ---------------------------------------------------------------- confirmation_request (9)
const CONF: Msg[] = [
  sup({
    slug: 'ja-conf-suzuki-cutoff',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.suzuki,
    note: 'asks consent to an irreversible merge, with the year-end processing cut-off',
    to: to(SUZUKI),
    date: d('2026-12-24 03:02:50', '+0000'),
    enc: 'jis7',
    text: `鈴木 健一 様

情報をお送りいただきありがとうございます。以下の内容で統合いたします。

  統合元: ${SUZUKI.srcId} / ${SUZUKI.src}
  統合先: ${SUZUKI.keepId} / ${SUZUKI.keep}

統合後に元へ戻すことはできません。上記でよろしければ、このメールに「同意します」とご返信ください。
${jd(2026, 12, 25)} 17:00 (JST) までにご返信いただいた分は年内に処理いたします。

小林
AWS Training and Certification

${gmailJa(2026, 12, 23, '22:10', `${SUZUKI.ja} <${SUZUKI.keep}>`)}
${quote(`小林様\n残すのは ${SUZUKI.keep} です。IDは上に書いたとおりです。`)}`,
  }),
  sup({
    slug: 'ja-conf-nakamura-may',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.nakamura,
    note: 'consent request after the holidays, phrased as 「ご承諾いただけますか」',
    to: to(NAKAMURA),
    date: d('2026-05-08 14:03:00', '+0900'),
    enc: 'utf8qp',
    text: `中村 美咲 様

旧アカウントを確認できました。

${NAKAMURA.src} (${NAKAMURA.srcId}) の認定・試験履歴・特典を、
${NAKAMURA.keep} (${NAKAMURA.keepId}) へまとめる作業を行います。
一度まとめたアカウントは分けることができません。この内容でご承諾いただけますか。
ご返信を確認し次第、作業に入ります。

藤田
AWS トレーニングと認定`,
  }),
  sup({
    slug: 'ja-conf-takahashi-table',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.takahashi,
    note: 'table of source/target and a request to reply with agreement',
    to: to(TAKAHASHI),
    date: d('2026-08-19 01:48:30', '+0000'),
    enc: 'sjis8',
    text: `高橋 亮 様

照合が終わりました。

  項目        統合元                         統合先
  ID          ${TAKAHASHI.srcId}                    ${TAKAHASHI.keepId}
  メール      ${TAKAHASHI.src}   ${TAKAHASHI.keep}

この操作は取り消しできません。問題なければ「上記の内容で統合してください」と
ご返信をお願いいたします。

森`,
  }),
  sup({
    slug: 'ja-conf-handover',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.ito,
    note: 'colleague standing in for an agent on leave asks for the final go-ahead',
    to: to(ITO),
    date: d('2026-11-25 17:55:10', '+0900'),
    enc: 'jis7',
    text: `伊藤様

担当の小林が本日午後より不在のため、代わってご連絡いたします。藤田と申します。

いただいたIDで両アカウントを確認しました。旧アカウント ${ITO.srcId} の内容を、
${ITO.keepId} へ移して一本化する準備ができております。
元に戻せない処理のため、念のため最終のご意思を確認させてください。
このまま進めてよろしいでしょうか。

藤田
AWS トレーニングと認定`,
  }),
  sup({
    slug: 'ja-conf-html-alt',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.nakamura,
    note: 'multipart confirmation request with a bold irreversible warning',
    to: to(NAKAMURA),
    date: d('2026-05-08 05:04:12', '+0000'),
    enc: 'utf8b64',
    messageId: '<cw-conf-html-alt@support.example>',
    text: `中村様

統合前の最終確認です。
統合元 ${NAKAMURA.src} → 統合先 ${NAKAMURA.keep}
※ 統合は元に戻せません。
同意いただける場合は、本メールへご返信ください。`,
    html: htmlDoc(`<p>中村様</p>
<p>統合前の最終確認です。</p>
<p>統合元 ${NAKAMURA.src} &rarr; 統合先 ${NAKAMURA.keep}</p>
<p><b style="color:#c00">※ 統合は元に戻せません。</b></p>
<p>同意いただける場合は、本メールへご返信ください。</p>`),
  }),
  mail({
    slug: 'ja-conf-forged-lookalike',
    kind: 'confirmation_request',
    lang: 'ja',
    trusted: false,
    forUser: true,
    caseId: CASE.takahashi,
    trap: false,
    note: 'consent request from amazon-certification.jp (look-alike) with no Authentication-Results',
    from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon-certification.jp>',
    to: to(TAKAHASHI),
    subject: formSubject(CASE.takahashi),
    date: d('2026-08-15 12:00:00', '+0900'),
    auth: 'none',
    enc: 'sjisb64',
    text: `高橋様

お盆期間の臨時対応として、統合の最終確認をお願いしております。
下記リンクから同意ボタンを押してください。押されない場合、統合は行われません。
https://amazon-certification.jp/consent

AWS Training and Certification`,
  }),
  sup({
    slug: 'ja-conf-timezone',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.suzuki,
    note: 'bilingual agent asks for consent; reply window given in PST and JST',
    to: to(SUZUKI),
    date: d('2026-12-23 16:30:00', '-0800'),
    enc: 'utf8qp',
    text: `Suzuki 様

シアトルのチームよりご連絡しております。

${SUZUKI.srcId} を ${SUZUKI.keepId} に統合する準備ができました。
統合は取り消しできないため、ご同意のご返信をいただいてから実行いたします。

12/24 と 12/25 は米国の休日です。12/23 17:00 PST (日本時間 12/24 10:00) までに
ご返信いただければ本日中に、それ以降は 12/28 (月) の処理になります。

Hiroshi
AWS Training and Certification`,
  }),
  sup({
    slug: 'ja-conf-no-request-word',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.ito,
    note: 'consent asked without a request verb: 「相違ございませんでしょうか」 + reply needed before merging',
    to: to(ITO),
    date: d('2026-11-26 02:20:00', '+0000'),
    enc: 'jisb64',
    text: `伊藤様

お世話になっております。
旧アカウントの内容をすべて ${ITO.keep} 側に寄せる形で相違ございませんでしょうか。
統合すると分離はできなくなりますので、ひと言お返事をいただいてからの作業とさせていただきます。

藤田`,
  }),
  sup({
    slug: 'ja-conf-reiwa',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: '1791150372',
    note: 'consent request dated in Reiwa era, on the second case after New Year',
    to: to(SUZUKI),
    date: d('2027-01-05 10:10:10', '+0900'),
    enc: 'sjis8',
    text: `鈴木 健一 様

令和9年1月5日付で、ご依頼内容を確認いたしました。
統合元: ${SUZUKI.src}
統合先: ${SUZUKI.keep}

統合は不可逆の処理です。実施に同意される場合のみ、その旨をご返信ください。

AWS トレーニングと認定 カスタマーサービス`,
  }),
];

export const JA1: Msg[] = [...ACK, ...AI, ...INFO, ...CONF];
