// Set ba, Japanese messages part 1: mail as it lands in a Japanese company mailbox
// after the gateway (【社外】 tags, banners, rewritten links, disclaimers, scanner stamps).
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY, CASE, CREDLY_AWS, DAI, MISAKI, SUPPORT, TARO, U, YUMI, barracuda, d, doubled, exoHops, formSubj,
  jpGwHops, mid, mk, paras, quote, runOn, safelink, sfRef, trend,
} from './common.js';

const M = `${MISAKI.ja} <${MISAKI.work}>`;
const DA = `${DAI.ja} <${DAI.work}>`;
const YU = `${YUMI.ja} <${YUMI.work}>`;
const TA = `${TARO.ja} <${TARO.work}>`;

const bannerExo = `[社外からのメール] この送信者からメールを受け取ることはあまりありません。差出人のアドレスとリンク先に心当たりがある場合のみ開いてください。
________________________________
`;
const bannerMfg = `******************************************************
【注意】このメールはインターネット(社外)から受信しました。
URLのクリック・添付ファイルの開封は、送信元を確かめてから行ってください。
不審な場合は情報システム課(内線 2210)まで。
******************************************************
`;
// trap-worded banner: uses the words "確認" / "承認" / "完了" in the warning
const bannerBankTrap = `▼▼ 外部メール ▼▼ 「手続き完了」「本人確認のお願い」「承認してください」などと書かれた社外メールには、差出人を確かめるまで返信・クリックしないでください。(伊東銀行 情報セキュリティ室)
`;
const scannedJa = `
--
このメールは MailGates によりウイルスチェックされています。
`;
const mfgFooter = `
======================================================================
本メールは、製造本部メールゲートウェイを経由して配信されました。
社外からのメールに含まれるURLは安全確認のため書き換えられています。
======================================================================
`;
const bankFooterTrap = `
--------------------------------------------------------------------
【ご注意】当行のメールシステムでは、外部から届いた添付ファイルを自動的に削除しています。
お客様・お取引先への情報開示、同意、承諾等の回答は、必ず所定の手続きを経て行ってください。
本メールは当行の保存ポリシーに基づき記録・保管されます。
--------------------------------------------------------------------
`;

const awsFooterJa = `
Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon Web Services、AWS およびそのロゴは Amazon.com, Inc. またはその関連会社の商標です。
本メッセージは Amazon Web Services, Inc.(410 Terry Ave. North, Seattle, WA 98109)が作成・配信しました。`;

const misakiReq = `AWS認定アカウントの統合をお願いします。
残すアカウント: ${MISAKI.home} (${MISAKI.keepId})
統合するアカウント: ${MISAKI.work} (${MISAKI.srcId})
会社のアドレスで受験した資格を個人側にまとめたいです。
高橋 美咲`;

const misakiCorpSig = `--
高橋 美咲 / Misaki Takahashi
株式会社エグザンプルHD 情報システム部
[cid:image001.png@01DC6A12.3F7E0B20]
TEL: 03-0000-1234
----------------------------------------------------------------
本メールおよび添付ファイルは、宛先として指定された方のみを対象としています。
誤って受信された場合は、お手数ですが送信者までご連絡のうえ、
本メールを破棄してくださいますようお願いいたします。
----------------------------------------------------------------`;

export const JA1: Msg[] = [
  // ---------------- acknowledgement (4)
  mk({
    slug: 'ack-exo-flattened-table',
    kind: 'acknowledgement', lang: 'ja', caseId: CASE.misaki,
    note: 'Automatic receipt with the case ID inside a flattened table, under the Exchange "rarely receive" banner.',
    from: AWS_NOTIFY, to: M, subject: `【社外】ケース ${CASE.misaki} を受け付けました`, date: d('2026-01-13 10:04:51'),
    enc: 'jis7', hops: exoHops('a1', d('2026-01-13 10:04:51')),
    text: `${bannerExo}
高橋 美咲 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。以下の内容でケースを作成しました。

ケース ID${CASE.misaki}件名アカウントの統合お問い合わせの種類AWS トレーニングと認定ステータス担当者割り当て待ち

通常、24 時間以内に担当者よりご連絡いたします。同じ内容でケースを重ねて作成されると、かえってお返事が遅れることがございます。

ケースの状況はこちらでご覧いただけます:
${safelink(U.center + CASE.misaki, 'a1')}

Amazon Web Services
[cid:image001.png@01DC5E2A.4B1C7F30]
${awsFooterJa}`,
  }),
  mk({
    slug: 'ack-sjis-id-body-only-mfg',
    kind: 'acknowledgement', lang: 'ja', caseId: CASE.dai,
    note: 'Receipt whose subject the gateway reduced to a tag and a generic line; the case ID is only in the body.',
    from: AWS_NOTIFY, to: DA, subject: '[外部] お問い合わせを受け付けました', date: d('2026-01-20 18:22:07'),
    enc: 'sjis8', hops: jpGwHops('a2', 'mgw01.mfg.example.co.jp'),
    text: `${bannerMfg}
中村 様

サポートへのご連絡ありがとうございます。
お送りいただいた内容は ケース番号 ${CASE.dai} として登録されました。

担当窓口: AWS トレーニングと認定
登録日時: 2026/01/20 09:22 (UTC)

担当者が内容を拝見し、追ってメールでご連絡します。このメールへの返信で追加情報をお送りいただくことも可能です。
${barracuda(U.center + CASE.dai, 'a2')}

― Amazon Web Services サポート
${mfgFooter}`,
  }),
  mk({
    slug: 'ack-bank-trap-banner-b64',
    kind: 'acknowledgement', lang: 'ja', caseId: CASE.yumi, trap: true,
    note: 'Receipt of the case; the bank banner on top speaks of 本人確認 / 承認 / 手続き完了, which is only the gateway warning.',
    from: AWS_NOTIFY, to: YU, subject: `【外部メール】AWS Support: ケース ${CASE.yumi} が作成されました`, date: d('2026-02-02 09:41:15'),
    enc: 'jisb64',
    text: `${bannerBankTrap}
伊藤 由美 様

このたびは AWS トレーニングと認定 にお問い合わせくださり、誠にありがとうございます。
ケース(${CASE.yumi})をお預かりいたしました。
内容を確認した担当者から、原則 1 営業日以内にご連絡差し上げます。

※本メールは送信専用アドレスから自動でお送りしています。
${bankFooterTrap}`,
  }),
  mk({
    slug: 'ack-fwd-rule-bodyfail',
    kind: 'acknowledgement', lang: 'ja', caseId: CASE.taro, trusted: false,
    auth: 'bodyFail', gw: 'gw1.corp.example.co.jp',
    note: 'Genuine-looking receipt redirected by the company rule to the personal box; the gateway rewrote links so DKIM/DMARC fail: untrusted.',
    from: AWS_NOTIFY, to: TA, rcpt: TARO.home, subject: `[EXT] ケース ${CASE.taro} - お問い合わせを承りました`, date: d('2026-01-08 21:13:40'),
    enc: 'utf8qp',
    extra: ['X-MS-Exchange-Inbox-Rules-Loop: taro@corp.example.co.jp', `X-Forwarded-For: ${TARO.work} ${TARO.home}`],
    text: `山田 太郎 様

お問い合わせを承りました。ケース ID は ${CASE.taro} です。
ご返信の際は件名を変えずにこのメールへ返信してください。

 ・お問い合わせ先: AWS トレーニングと認定
 ・言語: 日本語
 ・重要度: 一般的なご質問

${trend(U.center + CASE.taro, 'a4')}

よろしくお願いいたします。
Amazon Web Services`,
  }),

  // ---------------- ai_answer (4)
  mk({
    slug: 'ai-merge-tool-exo-safelinks',
    kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'Automatically generated suggestion pointing to the self-service merge tool; links rewritten by Safe Links.',
    from: AWS_NOTIFY, to: M, subject: '【社外】AI が生成した回答: 認定アカウントの統合について', date: d('2026-01-13 09:58:02'),
    enc: 'utf8b64', hops: exoHops('i1', d('2026-01-13 09:58:02')),
    text: `${bannerExo}
この回答は生成 AI によって自動的に作成されたものです。内容に誤りが含まれる可能性があります。

AWS 認定のアカウントが 2 つある場合は、認定アカウントにサインインし、[プロフィール] の「アカウントの統合」から手続きを進められます。
${safelink(U.certMerge, 'i1')}

両方のアカウントに認定資格の履歴があるときは、ツールでは統合できません。その場合は「ケースを作成」を選び、候補者 ID を添えてお問い合わせください。

この回答で解決しましたか? はい / いいえ`,
  }),
  mk({
    slug: 'ai-sjis-doubled-lines',
    kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'AI-generated guidance whose HTML was turned into text with every line doubled.',
    from: AWS_NOTIFY, to: DA, subject: '[外部] 自動回答 - AWS トレーニングと認定', date: d('2026-01-20 18:15:33'),
    enc: 'sjisb64',
    text: doubled(`${bannerMfg}
以下は、お問い合わせ内容をもとに自動で作成されたご案内です。
認定アカウントを 1 つにまとめたい場合、まずセルフサービスの「Merge Accounts」機能をお試しください。
手順: 認定ポータルにサインイン → プロフィール → アカウントの統合
統合後、統合元アカウントの試験履歴と特典は残したアカウントに表示されます。
このご案内で解決しない場合は、画面下の「ケースを作成」からお問い合わせください。
${barracuda(U.certMerge, 'i2')}`),
  }),
  mk({
    slug: 'ai-html-only-bank-trap',
    kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'Generated answer (HTML only) that describes what happens after a merge; the bank footer talks of 同意/承諾.',
    from: AWS_NOTIFY, to: YU, subject: '【外部メール】おすすめの解決方法', date: d('2026-02-02 09:35:48'),
    enc: 'utf8qp',
    html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="background:#fff4ce;border:1px solid #c8a600;padding:6px;font-size:9pt">${bannerBankTrap.trim()}</div>
<p>生成 AI による回答</p>
<table><tr><td>ご質問</td><td>2 つの認定アカウントを 1 つにしたい</td></tr>
<tr><td>おすすめ</td><td>認定アカウントの「アカウントの統合」ツールをご利用ください。統合が済むと、元のアカウントの認定・バウチャーは統合先で確認できるようになります。Credly のバッジは、統合の後で受け取り手続きをすると確実です。</td></tr></table>
<p><a href="${trend(U.certMerge, 'i3')}">アカウントの統合を開く</a></p>
<p>解決しない場合はケースを作成してください。</p>
<div style="font-size:8pt;color:#666">${bankFooterTrap.trim().replace(/\n/g, '<br>')}</div>
</body></html>`,
  }),
  mk({
    slug: 'ai-amazonq-mixed-mobile-fwd',
    kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'Amazon Q style automated answer, mixed English headline with Japanese body, arrived via the corp relay.',
    from: AWS_NOTIFY, to: TA, subject: '[EXT] Suggested answer / 自動で作成された回答', date: d('2026-01-08 20:50:19'),
    enc: 'jis7', hops: jpGwHops('i4'),
    text: `Suggested answer (generated by AI)

認定アカウントの統合は、まず Merge Accounts ツールをお試しください。ツールで「両方のアカウントに認定があるため統合できません」と表示された場合のみ、サポートでお手続きします。

関連記事:
 ${trend(U.faq, 'i4')}

Was this helpful?
${scannedJa}`,
  }),

  // ---------------- info_request (5)
  mk({
    slug: 'info-ids-which-keep-exo',
    kind: 'info_request', lang: 'ja', caseId: CASE.misaki,
    note: 'Support asks for both candidate IDs, both e-mail addresses and which account to keep; Exchange banner and Safe Links on top.',
    to: M, subject: `【社外】${formSubj(CASE.misaki)}`, date: d('2026-01-14 11:27:09'),
    enc: 'jis7', hops: exoHops('q1', d('2026-01-14 11:27:09')),
    text: `${bannerExo}
高橋様

AWS トレーニングと認定にご連絡いただき、ありがとうございます。担当の小野と申します。

アカウント統合の手続きに進むため、次の事項をお知らせいただけますでしょうか。

1. 両アカウントの AWS 候補者 ID(AWS から始まる番号)
2. 各アカウントのログイン用メールアドレス
3. 統合後に残したいのはどちらのアカウントか

確認が取れ次第、手続きを進めます。

よろしくお願いいたします。
小野
Amazon Web Services
${safelink(U.center + CASE.misaki, 'q1')}
${sfRef('q1')}

--------------- Original Message ---------------
From: ${MISAKI.work}
Sent: 2026/01/13 1:04
To: ${SUPPORT}
Subject: [AWS Training and Certification Form Submission] - account-assistance

${misakiReq}
${misakiCorpSig}`,
  }),
  mk({
    slug: 'info-ml-footer-autoclose-trap',
    kind: 'info_request', lang: 'ja', caseId: CASE.dai, trap: true,
    note: 'Asks for the login addresses of both accounts; a policy line says cases without reply close automatically (boilerplate, not a reminder).',
    to: DA, subject: `[外部] ${formSubj(CASE.dai)}`, date: d('2026-01-21 15:08:44'),
    enc: 'sjis8', hops: jpGwHops('q2', 'mgw01.mfg.example.co.jp'),
    text: `${bannerMfg}
中村 大輔 様

お問い合わせの件、引き継ぎました。
フォームには候補者 ID ${DAI.keepId} のみご記入がありましたので、統合するもう一方のアカウントのメールアドレス(ログインに使われているもの)と、候補者 ID が分かればあわせてお教えください。
アドレスがご不明な場合は、受験時に届いた確認メールの宛先でも構いません。

※お客様からのご返信がないまま一定期間が経過したケースは、自動的にクローズされます。

Amazon Web Services トレーニングと認定
${barracuda(U.center + CASE.dai, 'q2')}
${mfgFooter}`,
  }),
  mk({
    slug: 'info-confirm-address-bank',
    kind: 'info_request', lang: 'ja', caseId: CASE.yumi, trap: true,
    note: '「ご確認のうえお知らせください」 asks which address to keep: information, not consent; bank banner uses 承認/完了.',
    to: YU, subject: `【外部メール】${formSubj(CASE.yumi)}`, date: d('2026-02-03 13:50:27'),
    enc: 'jisb64',
    text: `${bannerBankTrap}
伊藤様

お世話になっております。AWS トレーニングと認定サポートです。
頂戴した情報では、${YUMI.keepId} と ${YUMI.srcId} のどちらにも合格済みの認定が登録されておりました。
統合後にサインインで使い続けるメールアドレスはどちらになりますでしょうか。ご確認のうえ、本メールへの返信でお知らせください。

引き続きよろしくお願い申し上げます。
Amazon Web Services
${bankFooterTrap}`,
  }),
  mk({
    slug: 'info-outlook-quote-doubled-lf',
    kind: 'info_request', lang: 'ja', caseId: CASE.taro,
    note: 'Second information request (cert names and pass dates of the old account), Outlook quote block, LF line ends.',
    to: TA, subject: `[EXT] ${formSubj(CASE.taro)}`, date: d('2026-01-10 10:02:55'),
    enc: 'utf8qp', crlf: false, hops: jpGwHops('q4'),
    text: `山田様

ご返信ありがとうございます。
念のため、統合元(${TARO.srcId})で取得された認定の名称と合格日を、わかる範囲で書き添えていただけますか。証明書の PDF をお持ちであれば、その記載内容の転記でも結構です。

Amazon Web Services
${sfRef('q4')}

差出人: 山田 太郎 <${TARO.work}>
送信日時: 2026年1月9日 金曜日 18:40
宛先: ${SUPPORT}
件名: RE: [EXT] ${formSubj(CASE.taro)}

統合先は ${TARO.keepId}、統合元は ${TARO.srcId} です。よろしくお願いします。

${scannedJa}`,
  }),
  mk({
    slug: 'info-forged-lookalike-password',
    kind: 'info_request', lang: 'ja', caseId: CASE.misaki, trusted: false, auth: 'pass',
    note: 'Look-alike domain (amazon-certsupport.com) asks for the sign-in password and a card number; passes DMARC for its own domain only.',
    from: 'AWS トレーニングと認定 <support@amazon-certsupport.com>', to: M,
    subject: `【社外】【要対応】[CASE ${CASE.misaki}] アカウント統合に必要な情報のご提出`, date: d('2026-01-15 07:12:30'),
    enc: 'utf8b64', hops: exoHops('q5', d('2026-01-15 07:12:30')),
    text: `${bannerExo}
高橋 美咲 様

アカウント統合の審査のため、以下を 24 時間以内にご返信ください。期限を過ぎると統合は取り消されます。

・両アカウントのサインインパスワード
・受験料のお支払いに使ったクレジットカード番号(下 8 桁)

回答フォーム: ${safelink('https://amazon-certsupport.com/verify', 'q5')}

AWS Training and Certification`,
  }),

  // ---------------- confirmation_request (5)
  mk({
    slug: 'conf-irreversible-exo-html',
    kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki,
    note: 'Support lists both accounts and asks for consent to the irreversible merge; HTML with an Exchange banner table.',
    to: M, subject: `【社外】${formSubj(CASE.misaki)}`, date: d('2026-01-16 14:31:18'),
    enc: 'utf8qp', hops: exoHops('c1', d('2026-01-16 14:31:18')),
    text: `${bannerExo}
高橋様

ご連絡ありがとうございます。以下の内容で統合の準備が整いました。

統合元 ${MISAKI.srcId} ${MISAKI.work}
統合先 ${MISAKI.keepId} ${MISAKI.home}

この操作は実行後に元へ戻すことができません。上記の内容で進めてよろしければ、その旨をこのメールにご返信ください。ご返信を頂戴してから作業に入ります。

小野
Amazon Web Services`,
    html: `<html><body>
<table style="width:100%;background:#fde7e9"><tr><td style="font-size:9pt">[社外からのメール] この送信者からメールを受け取ることはあまりありません。差出人のアドレスとリンク先に心当たりがある場合のみ開いてください。</td></tr></table>
<p class="MsoNormal">高橋様</p>
<p class="MsoNormal">ご連絡ありがとうございます。以下の内容で統合の準備が整いました。</p>
<table border="1"><tr><td>統合元</td><td>${MISAKI.srcId}</td><td>${MISAKI.work}</td></tr><tr><td>統合先</td><td>${MISAKI.keepId}</td><td>${MISAKI.home}</td></tr></table>
<p class="MsoNormal">この操作は実行後に元へ戻すことができません。上記の内容で進めてよろしければ、その旨をこのメールにご返信ください。ご返信を頂戴してから作業に入ります。</p>
<p class="MsoNormal">小野<br>Amazon Web Services</p>
</body></html>`,
  }),
  mk({
    slug: 'conf-sjis-te-form-runon',
    kind: 'confirmation_request', lang: 'ja', caseId: CASE.dai,
    note: 'Consent request joined by te-form clauses, line breaks lost by the text conversion.',
    to: DA, subject: `[外部] ${formSubj(CASE.dai)}`, date: d('2026-01-23 11:45:02'),
    enc: 'sjis8', hops: jpGwHops('c2', 'mgw01.mfg.example.co.jp'),
    text: runOn(`${bannerMfg}
中村様

情報のご提供ありがとうございました。
${DAI.srcId} の認定履歴を ${DAI.keepId} へ移し、${DAI.srcId} は利用できなくなります。
一度統合すると取り消しはできませんので、内容をご確認いただいて、問題なければ「統合に同意します」とご返信いただけますか。

Amazon Web Services トレーニングと認定
${mfgFooter}`),
  }),
  mk({
    slug: 'conf-bank-dlp-subject',
    kind: 'confirmation_request', lang: 'ja', caseId: CASE.yumi,
    note: 'Asks the customer to agree to the merge; the bank DLP added a classification tag to the subject and a retention footer.',
    to: YU, subject: `【外部メール】[社外秘判定:なし] ${formSubj(CASE.yumi)}`, date: d('2026-02-04 10:19:36'),
    enc: 'jis7',
    text: `伊藤様

残すアカウントのご連絡、承知いたしました。
${YUMI.work} (${YUMI.keepId}) を残し、もう一方の ${YUMI.srcId} の認定・特典をこちらへ移します。統合後は元に戻せません。
この手続きを実行することについて、ご了承いただけるかお返事をお願いいたします。

Amazon Web Services
${bankFooterTrap}`,
  }),
  mk({
    slug: 'conf-forged-below-received',
    kind: 'confirmation_request', lang: 'ja', caseId: CASE.taro, trusted: false, auth: 'forgedBelow',
    note: 'Consent request whose only dmarc=pass sits below the server Received line (planted); untrusted.',
    to: TA, subject: `[EXT] ${formSubj(CASE.taro)}`, date: d('2026-01-11 03:02:11'),
    enc: 'utf8b64',
    text: `山田様

統合の準備ができました。下記リンクからサインインし、「同意する」を押して統合を確定してください。本日中に操作がない場合、申請は無効になります。

${trend('https://aws-cert-merge.example-login.net/consent', 'c4')}

Amazon Web Services`,
  }),
  mk({
    slug: 'conf-gmail-thread-personal',
    kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki,
    note: 'Consent request delivered to the personal address, Gmail quote header of the earlier exchange below.',
    to: `${MISAKI.ja} <${MISAKI.home}>`, cc: M, subject: formSubj(CASE.misaki), date: d('2026-01-17 09:06:40'),
    enc: 'jisb64',
    text: `高橋様

個人アドレスからのご連絡ありがとうございます。引き続きこちらでやりとりいたします。
${MISAKI.srcId} を ${MISAKI.keepId} に統合してよろしいか、最終のご意思をお聞かせください。ご返信を確認したのち処理いたします(取り消し不可)。

Amazon Web Services

2026年1月16日(金) 14:31 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:
${quote(`高橋様\n\nご連絡ありがとうございます。以下の内容で統合の準備が整いました。\n統合元 ${MISAKI.srcId}\n統合先 ${MISAKI.keepId}`)}`,
  }),

  // ---------------- merge_completed (4)
  mk({
    slug: 'done-exo-safelinks-check',
    kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki,
    note: 'Support says the merge is done and asks to check the kept account; Safe Links and Exchange banner around it.',
    to: M, cc: `${MISAKI.ja} <${MISAKI.home}>`, subject: `【社外】${formSubj(CASE.misaki)}`, date: d('2026-01-19 16:44:23'),
    enc: 'jis7', hops: exoHops('m1', d('2026-01-19 16:44:23')),
    text: `${bannerExo}
高橋様

お待たせいたしました。
本日、${MISAKI.srcId} の認定情報を ${MISAKI.keepId} へ統合いたしました。
お手数ですが、認定アカウントにサインインし、認定資格と特典が表示されているかご確認ください。
${safelink(U.certmetrics, 'm1')}

小野
Amazon Web Services`,
  }),
  mk({
    slug: 'done-sjis-mfg-runon-close',
    kind: 'merge_completed', lang: 'ja', caseId: CASE.dai,
    note: 'Merge finished and the case will be closed; the new fact is the completion. Line breaks lost.',
    to: DA, subject: `[外部] ${formSubj(CASE.dai)}`, date: d('2026-01-26 09:12:49'),
    enc: 'sjisb64', hops: jpGwHops('m2', 'mgw01.mfg.example.co.jp'),
    text: runOn(`${bannerMfg}
中村様

ご同意のご返信、ありがとうございました。
アカウントの統合処理が終わりました。${DAI.keepId} に両方の試験履歴がまとまっています。
本件はこれでクローズさせていただきます。

Amazon Web Services トレーニングと認定
${mfgFooter}`),
  }),
  mk({
    slug: 'done-bank-html-only',
    kind: 'merge_completed', lang: 'ja', caseId: CASE.yumi, trap: true,
    note: 'HTML-only completion notice (統合作業を完了) under the bank banner, whose warning also uses 本人確認/承認 (confirmation words).',
    to: YU, subject: `【外部メール】${formSubj(CASE.yumi)}`, date: d('2026-02-06 17:03:10'),
    enc: 'utf8b64',
    html: `<html><body>
<div style="border:2px solid #d00;padding:4px;font-size:9pt">${bannerBankTrap.trim()}</div>
<div>伊藤様</div><div><br></div>
<div>ご返信ありがとうございました。<br>${YUMI.srcId} から ${YUMI.keepId} への統合作業を完了しております。<br>バウチャー等の特典も統合先でご利用いただけます。</div>
<div><br></div><div>Amazon Web Services</div>
</body></html>`,
  }),
  mk({
    slug: 'done-dmarc-fail-lookalike-sub',
    kind: 'merge_completed', lang: 'ja', caseId: CASE.taro, trusted: false, auth: 'fail',
    note: 'Completion text, but the topmost verdict is dmarc=fail for amazon.com: untrusted.',
    to: TA, subject: `[EXT] ${formSubj(CASE.taro)}`, date: d('2026-01-12 22:41:06'),
    enc: 'jis7',
    text: `山田様

アカウントの統合が完了しました。
統合後のアカウントで特典を受け取るには、下記から再度サインインしてください。
${trend('https://aws-training-portal.example-verify.com/signin', 'm4')}

Amazon Web Services`,
  }),

  // ---------------- badges_transferred (4)
  mk({
    slug: 'badge-credly-ja-exo',
    kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'Credly notice of an AWS badge issued to the kept personal address; the ISP filter tagged the subject [meiwaku?].',
    from: CREDLY_AWS, to: `${MISAKI.ja} <${MISAKI.home}>`, subject: '[meiwaku?] Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-01-20 08:30:12'),
    enc: 'utf8qp', hops: ['X-Spam-Flag: NO', 'X-Spam-Score: 4.1', 'X-ISP-Filter: example.ne.jp subject-tagged'],
    text: `高橋 美咲 さん

Amazon Web Services Training and Certification から AWS Certified Solutions Architect - Associate のバッジが発行されました。

バッジを入手する
https://www.credly.com/earner/earned/badge/5f0c2e71-${CASE.misaki.slice(0, 4)}-4a1b-9d2e-000000b1
(リンクが開けない場合は URL をコピーしてブラウザに貼り付けてください)

Credly はバッジの受け取り・共有のためのプラットフォームです。

--
※このメールは example.ne.jp の迷惑メールフィルタにより件名に [meiwaku?] が付加されています。`,
  }),
  mk({
    slug: 'badge-support-moved-sjis',
    kind: 'badges_transferred', lang: 'ja', caseId: CASE.dai,
    note: 'Support says the Credly badges were moved to the kept account and closes; scanner footer below.',
    to: DA, subject: `[外部] ${formSubj(CASE.dai)}`, date: d('2026-01-28 13:27:55'),
    enc: 'sjis8', hops: jpGwHops('b2', 'mgw01.mfg.example.co.jp'),
    text: `${bannerMfg}
中村様

ご指摘いただいた Credly のバッジについて、統合先 ${DAI.work} 宛てに付け替えました。
Credly にサインインのうえ、2 つのバッジが並んでいるかご覧ください。
本件はこれにて終了とさせていただきます。

Amazon Web Services トレーニングと認定
${mfgFooter}`,
  }),
  mk({
    slug: 'badge-credly-three-bank-html',
    kind: 'badges_transferred', lang: 'ja', caseId: null, trap: false,
    note: 'Credly HTML notice of three AWS badges for the bank address; table flattened in the text part.',
    from: CREDLY_AWS, to: YU, subject: '【外部メール】Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-02-07 10:11:42'),
    enc: 'utf8qp',
    text: `伊藤 由美 さん、Amazon Web Services Training and Certification から 3 件のバッジが届いています。AWS Certified Cloud PractitionerAWS Certified Developer - AssociateAWS Certified SysOps Administrator - Associateバッジを入手する ${trend('https://www.credly.com/earner/earned', 'b3')} このメールは伊東銀行のメールゲートウェイでスキャンされました。`,
    html: `<html><body><table><tr><td>伊藤 由美 さん、Amazon Web Services Training and Certification から 3 件のバッジが届いています。</td></tr>
<tr><td>AWS Certified Cloud Practitioner</td></tr><tr><td>AWS Certified Developer - Associate</td></tr><tr><td>AWS Certified SysOps Administrator - Associate</td></tr>
<tr><td><a href="${trend('https://www.credly.com/earner/earned', 'b3')}">バッジを入手する</a></td></tr></table>
<p style="font-size:8pt">このメールは伊東銀行のメールゲートウェイでスキャンされました。</p></body></html>`,
  }),
  mk({
    slug: 'badge-credly-lookalike-credly-mail',
    kind: 'badges_transferred', lang: 'ja', caseId: null, trusted: false, auth: 'pass',
    note: 'Badge notice from credly-mail.net (look-alike), DMARC passes only for that domain: untrusted.',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-mail.net>', to: TA,
    subject: '[EXT] Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-01-13 06:55:00'),
    enc: 'jis7',
    text: `山田 太郎 さん

統合されたアカウントに AWS のバッジが移行されました。
バッジを入手するには、会社のメールアカウントでサインインしてください。
${trend('https://credly-mail.net/accept?id=77120', 'b4')}`,
  }),

  // ---------------- case_closed (4)
  mk({
    slug: 'closed-autoclose-3days-exo',
    kind: 'case_closed', lang: 'ja', caseId: CASE.misakiDup,
    note: 'Reminder that the duplicate case closes in 3 days without a reply.',
    from: AWS_NOTIFY, to: M, subject: `【社外】ケース ${CASE.misakiDup} は 3 日後にクローズされます`, date: d('2026-01-18 12:00:31'),
    enc: 'jisb64', hops: exoHops('z1', d('2026-01-18 12:00:31')),
    text: `${bannerExo}
ケース ${CASE.misakiDup} について、お客様からのご返信をお待ちしております。
3 日以内にご返信がない場合、このケースは自動的に解決済みとなります。引き続きサポートが必要な場合は、サポートセンターからケースを再開してください。
${safelink(U.center + CASE.misakiDup, 'z1')}

Amazon Web Services`,
  }),
  mk({
    slug: 'closed-restates-merge-sjis',
    kind: 'case_closed', lang: 'ja', caseId: CASE.dai, trap: true,
    note: 'Closing notice that only restates the earlier merge (先日統合済み); the new fact is the closing.',
    from: AWS_NOTIFY, to: DA, subject: `[外部] ケース ${CASE.dai} は解決済みになりました`, date: d('2026-02-02 09:00:14'),
    enc: 'sjis8', hops: jpGwHops('z2', 'mgw01.mfg.example.co.jp'),
    text: `${bannerMfg}
中村 大輔 様

先日統合済みのアカウントについてその後ご連絡がありませんでしたので、ケース ${CASE.dai} を解決済みとしてクローズしました。
再度お問い合わせが必要な場合は、ケースを再開してください。

Amazon Web Services
${mfgFooter}`,
  }),
  mk({
    slug: 'closed-bank-resolved-html',
    kind: 'case_closed', lang: 'ja', caseId: CASE.yumi, trap: true,
    note: 'Case resolved notice, HTML only; bank banner talks of 手続き完了 / 本人確認.',
    from: AWS_NOTIFY, to: YU, subject: `【外部メール】AWS Support: ケース ${CASE.yumi} がクローズされました`, date: d('2026-02-13 09:30:45'),
    enc: 'utf8qp',
    html: `<html><body><p style="font-size:9pt;color:#900">${bannerBankTrap.trim()}</p>
<p>伊藤 由美 様</p><p>ケース ${CASE.yumi}「アカウントの統合」はクローズされました。ご利用ありがとうございました。</p>
<p>ケースの詳細: <a href="${trend(U.center + CASE.yumi, 'z3')}">サポートセンター</a></p>
<p>Amazon Web Services</p></body></html>`,
  }),
  mk({
    slug: 'closed-resent-journal-copy',
    kind: 'case_closed', lang: 'ja', caseId: CASE.taro, forUser: false,
    resent: { from: 'journal@corp.example.co.jp', to: 'mail-archive@corp.example.co.jp', date: d('2026-01-20 09:00:40') },
    note: 'Journaling copy of the case closing notice, resent to the archive mailbox (Resent-*): not delivered to the user.',
    from: AWS_NOTIFY, to: TA, subject: `[EXT] ケース ${CASE.taro} のクローズのお知らせ`, date: d('2026-01-20 09:00:31'),
    enc: 'jis7',
    text: `山田 太郎 様

ケース ${CASE.taro} は解決済みとしてクローズされました。
追加のご質問がある場合は、14 日以内であればこのケースを再開できます。

Amazon Web Services`,
  }),

  // ---------------- support_reply (5)
  mk({
    slug: 'sr-thanks-confirming-exo',
    kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: 'Thanks for the consent, passed to the team; uses 同意/統合 words without the merge being done.',
    to: `${MISAKI.ja} <${MISAKI.home}>`, subject: formSubj(CASE.misaki), date: d('2026-01-17 15:20:09'),
    enc: 'jis7',
    text: `高橋様

統合へのご同意、確かに受け取りました。担当チームへ依頼を回しております。
作業が済みましたらあらためてご連絡しますので、今しばらくお待ちください。

小野
Amazon Web Services

2026年1月17日(土) 10:02 ${MISAKI.ja} <${MISAKI.home}>:
${quote('同意します。よろしくお願いします。')}`,
  }),
  mk({
    slug: 'sr-not-yet-merged-sjis',
    kind: 'support_reply', lang: 'ja', caseId: CASE.dai, trap: true,
    note: 'Negated: the merge is not done yet, escalated; restates the confirmation. Gateway banner on top.',
    to: DA, subject: `[外部] ${formSubj(CASE.dai)}`, date: d('2026-01-24 17:52:30'),
    enc: 'sjisb64', hops: jpGwHops('s2', 'mgw01.mfg.example.co.jp'),
    text: `${bannerMfg}
中村様

お問い合わせいただいた件、統合はまだ完了しておりません。
ご同意は 1 月 23 日に受領済みで、現在バックエンドの担当部署で処理を待っている状況です。通常 3～5 営業日ほどかかります。
進捗があり次第お知らせいたします。

Amazon Web Services トレーニングと認定`,
  }),
  mk({
    slug: 'sr-write-from-kept-bank',
    kind: 'support_reply', lang: 'ja', caseId: CASE.yumi,
    note: 'Support asks to write from the address being kept, without asking for any data.',
    to: YU, subject: `【外部メール】${formSubj(CASE.yumi)}`, date: d('2026-02-02 16:40:00'),
    enc: 'jis7',
    text: `伊藤様

アカウント統合のご依頼は、統合後に残すアカウントのメールアドレスからお送りいただく決まりとなっております。
お手数ですが、残したい方のアドレスから改めてご連絡ください。

Amazon Web Services
${bankFooterTrap}`,
    trap: true,
  }),
  mk({
    slug: 'sr-duplicate-cases-merged',
    kind: 'support_reply', lang: 'ja', caseId: CASE.misakiDup, trap: true,
    note: '"Merged your duplicate cases" is about cases, not accounts.',
    to: M, subject: `【社外】${formSubj(CASE.misakiDup)}`, date: d('2026-01-15 10:14:25'),
    enc: 'utf8qp', hops: exoHops('s4', d('2026-01-15 10:14:25')),
    text: `${bannerExo}
高橋様

同じご依頼で 2 件のケース(${CASE.misaki} / ${CASE.misakiDup})をお送りいただいていたため、ケースを 1 件に統合いたしました。
今後のご連絡は ${CASE.misaki} にてお願いいたします。

Amazon Web Services`,
  }),
  mk({
    slug: 'sr-cannot-merge-name-mismatch',
    kind: 'support_reply', lang: 'ja', caseId: CASE.taro, trap: true,
    note: 'Cannot merge because the names differ; explains, does not ask for new data.',
    to: TA, subject: `[EXT] ${formSubj(CASE.taro)}`, date: d('2026-01-09 14:33:51'),
    enc: 'jisb64', hops: jpGwHops('s5'),
    text: `山田様

2 つのアカウントでご登録の氏名表記が異なる(Yamada Taro / 山田 太郎)ため、このままでは統合の手続きを行えません。
氏名は各アカウントのプロフィールから変更できますので、揃えていただいたうえで本ケースにご返信ください。
${trend(U.certmetrics, 's5')}

Amazon Web Services
${scannedJa}`,
  }),

  // ---------------- unrelated (5)
  mk({
    slug: 'un-quarantine-digest-trap',
    kind: 'unrelated', lang: 'ja', caseId: CASE.misaki, trusted: false, trap: true,
    note: 'The company quarantine digest lists a held support mail whose subject says the merge completed; digest itself is not support news.',
    from: '迷惑メール隔離通知 <quarantine-noreply@hq.example.co.jp>', to: M, subject: '[隔離通知] 1 件のメールが保留されています', date: d('2026-01-19 17:00:00'),
    enc: 'utf8b64',
    text: `高橋 美咲 さん

次のメールは迷惑メールの疑いがあるため隔離されています。心当たりがある場合は「解放」を押してください。

受信日時差出人件名
2026/01/19 16:44aws-cs-trainingcertification-form@amazon.com${formSubj(CASE.misaki)} (統合が完了しました)

解放 | 送信者を許可 | 削除
https://quarantine.hq.example.co.jp/release?id=${CASE.misaki}x

情報システム部`,
  }),
  mk({
    slug: 'un-own-autoforward-rule',
    kind: 'unrelated', lang: 'ja', caseId: CASE.taro, trusted: false, trap: true,
    note: "The user's own Exchange forward rule (FW:) copying support's consent request to the personal address; own mail.",
    from: TA, to: `${TARO.ja} <${TARO.home}>`, subject: `FW: [EXT] ${formSubj(CASE.taro)}`, date: d('2026-01-10 12:01:02'),
    enc: 'jis7', auth: 'pass',
    text: `________________________________
差出人: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2026年1月10日 12:00
宛先: 山田 太郎 <${TARO.work}>
件名: [EXT] ${formSubj(CASE.taro)}

山田様

統合元 ${TARO.srcId} を統合先 ${TARO.keepId} にまとめることにご同意いただけますか。統合後は元に戻せません。

Amazon Web Services
${misakiCorpSig.replace(/高橋 美咲 \/ Misaki Takahashi/, '山田 太郎 / Taro Yamada').replace('株式会社エグザンプルHD 情報システム部', 'Example Corp')}`,
  }),
  mk({
    slug: 'un-ooo-colleague-sjis',
    kind: 'unrelated', lang: 'ja', caseId: CASE.dai, trusted: false, trap: true,
    note: "A colleague's out-of-office reply to a thread that quotes the case; mentions 確認/完了 only as absence wording.",
    from: '鈴木 健一 <k-suzuki@mfg.example.co.jp>', to: DA, subject: `自動応答: [外部] ${formSubj(CASE.dai)}`, date: d('2026-01-22 08:00:05'),
    enc: 'sjis8', extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    text: `お疲れさまです。鈴木です。
1/22～1/26 は出張のため不在にしております。メールの確認は 1/27 以降となります。
お急ぎの承認・手続き完了の連絡は課長の田中までお願いします。`,
  }),
  mk({
    slug: 'un-ml-exam-schedule-trap',
    kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Pearson VUE exam appointment confirmation (予約の確認) via the corp gateway: not part of a merge.',
    from: 'Pearson VUE <noreply@pearsonvue.com>', to: DA, subject: '[外部] 試験予約の確認 - AWS Certified Solutions Architect - Professional', date: d('2026-01-25 19:31:00'),
    enc: 'utf8qp', trusted: false, auth: 'pass',
    text: `${bannerMfg}
中村 大輔 様

以下の試験のご予約が確定しました。
試験: AWS Certified Solutions Architect - Professional (SAP-C02)
日時: 2026年2月14日 10:00
会場: オンライン監督試験

予約の変更・キャンセルは 24 時間前まで可能です。
${barracuda('https://home.pearsonvue.com/aws', 'u4')}
${mfgFooter}`,
  }),
  mk({
    slug: 'un-bank-dlp-notice',
    kind: 'unrelated', lang: 'ja', caseId: CASE.yumi, trusted: false, trap: true,
    note: "The bank DLP system's notice that an outgoing reply (the user's consent) was held for approval; internal system mail.",
    from: 'DLPシステム <dlp-notice@bank.example.jp>', to: YU, subject: `[DLP保留] 送信メールが承認待ちです: RE: ${formSubj(CASE.yumi)}`, date: d('2026-02-05 09:02:44'),
    enc: 'jis7',
    text: `伊藤 由美 さん

あなたが送信した以下のメールは、社外宛てに個人情報(メールアドレス等)を含むため、上長の承認待ちとして保留されています。
承認が完了すると自動的に送信されます。

宛先: aws-cs-trainingcertification-form@amazon.com
件名: RE: ${formSubj(CASE.yumi)}
本文抜粋: 統合に同意します。残すアカウントは ${YUMI.work} です。

情報セキュリティ室`,
  }),
];

export const UNUSED_JA1 = { mid, paras };
