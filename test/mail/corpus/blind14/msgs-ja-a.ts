// Set m, Japanese part A: acknowledgement, ai_answer, info_request, confirmation_request.
import type { Msg } from './lib.js';
import {
  CASE, FOOT_JA_1, FOOT_JA_2, FOOT_JA_3, KENTA, MISAKI, NOTIFY_JA, SHO, SUP, SUP_JA, YUMI, NOTIFY,
  d, esc, formSubj, formSubj0, gmailJa, mk, outlookJa, paras, portal, quote, sfOrig, sfOrigJa, sfRef, to,
} from './common.js';

const MISAKI_REQ = `AWS認定アカウントが2つに分かれてしまっているため、1つへの統合をお願いしたく存じます。
残すアカウント: ${MISAKI.keepId} / ${MISAKI.keep}
統合元アカウント: ${MISAKI.srcId} / ${MISAKI.src}
前職の社用アドレスは3月末で使えなくなります。
渡辺 美咲`;

const KENTA_REQ = `転職に伴い、旧所属先のアドレス(${KENTA.src})で登録した認定アカウントを、
個人アドレス(${KENTA.keep})のアカウントへまとめていただけますでしょうか。
伊藤`;

const YUMI_REQ = `大学在籍時に作成した認定アカウントと、現在使用しているアカウントの統合を希望します。
候補ID: ${YUMI.keepId}(現在) / ${YUMI.srcId}(大学)
加藤 由美`;

const SHO_REQ = `お世話になります。松本です。
パートナー企業のアドレスで受験した分(SAA、DVA)を、個人アカウントに寄せたいです。
よろしくお願いします。`;

export const JA_A: Msg[] = [
  // ───────────── acknowledgement (8) ─────────────
  mk({
    slug: 'ja-ack-html-ticket-table', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misaki, trap: false,
    note: 'HTML-only ticket-system receipt: case number, received time, response within 24h',
    from: SUP_JA, to: to(MISAKI, MISAKI.keep), subject: `[CASE ${CASE.misaki}] お問い合わせ受付のお知らせ`,
    date: d('2026-01-19 09:14:07', '+0000'), enc: 'utf8qp',
    html: `<html><head><meta charset="utf-8"></head><body style="font-family:'Meiryo',sans-serif;font-size:13px">
<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #d5dbdb">
<tr><td style="background:#232f3e;color:#fff;padding:12px 16px">AWS トレーニングと認定 カスタマーサポート</td></tr>
<tr><td style="padding:16px">
<p>渡辺 美咲 様</p>
<p>平素より AWS トレーニングと認定をご愛顧賜り、厚く御礼申し上げます。<br>
下記の内容にてお問い合わせを承りました。担当窓口より、通常24時間以内にご連絡差し上げます。</p>
<table cellpadding="4" style="border-collapse:collapse;font-size:12px">
<tr><td style="background:#f2f3f3">受付番号</td><td>${CASE.misaki}</td></tr>
<tr><td style="background:#f2f3f3">受付日時</td><td>2026/01/19 18:14 (JST)</td></tr>
<tr><td style="background:#f2f3f3">お問い合わせ種別</td><td>AWS トレーニングと認定 / 認定 / アカウントの統合</td></tr>
<tr><td style="background:#f2f3f3">ご登録メールアドレス</td><td>${MISAKI.keep}</td></tr>
</table>
<p>恐れ入りますが、同一のご依頼につき追加のケースを作成なさいませんようお願い申し上げます。ケースが重複いたしますと、ご回答が遅れる原因となります。</p>
<p>ケースの状況は <a href="${portal(CASE.misaki)}">サポートセンター</a> よりご確認いただけます。</p>
</td></tr>
<tr><td style="padding:8px 16px;font-size:10px;color:#687078">本メールは送信専用アドレスから自動送信されております。<br>Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109-5210, USA</td></tr>
</table></body></html>`,
  }),
  mk({
    slug: 'ja-ack-haikei-id-body-only', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenta, trap: false,
    note: 'formal receipt (拝啓/敬具) whose subject carries no case ID; the number is only in the body',
    from: SUP_JA, to: to(KENTA, KENTA.keep), subject: 'お問い合わせ受領のご連絡(AWS トレーニングと認定)',
    date: d('2026-01-07 02:41:55', '+0000'), enc: 'jis7',
    text: `伊藤 健太 様

拝啓 時下ますますご清栄のこととお慶び申し上げます。
平素より格別のお引き立てを賜り、厚く御礼申し上げます。

このたびは AWS トレーニングと認定 カスタマーサポートへお問い合わせいただき、
誠にありがとうございます。お客様からのご依頼は、ケース番号 ${CASE.kenta} として
記録いたしました。

担当者が内容を拝見のうえ、原則として24時間以内にご回答申し上げます。
追加のご連絡がございます場合は、本メールへご返信いただけますと幸甚です。
なお、同じご依頼で新たにケースを作成されますと、ご回答までにお時間を頂戴する
場合がございますので、何卒ご了承くださいますようお願い申し上げます。

敬具

${FOOT_JA_3}
${FOOT_JA_1}`,
  }),
  mk({
    slug: 'ja-ack-shape-only-fields', kind: 'acknowledgement', lang: 'ja', caseId: CASE.yumi, trap: false,
    note: 'receipt recognisable by its shape: a list of the submitted fields with a case number, no "received" sentence',
    from: SUP_JA, to: to(YUMI, YUMI.keep), subject: formSubj0(CASE.yumi),
    date: d('2026-02-03 11:02:19', '+0000'), enc: 'sjisb64',
    text: `加藤 由美 様

ケース番号: ${CASE.yumi}
作成日時: 2026年2月3日 20:02 (日本時間)
ステータス: 担当者の割り当て待ち
────────────────────
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
詳細: アカウントの統合
お名前: Yumi Kato
会社名: (未入力)
AWS 候補 ID: ${YUMI.keepId}
ご依頼内容:
${YUMI_REQ}
────────────────────
ご回答の目安: 24時間以内
ケースの詳細: ${portal(CASE.yumi)}

${FOOT_JA_2}`,
  }),
  mk({
    slug: 'ja-ack-notify-no-auth', kind: 'acknowledgement', lang: 'ja', caseId: CASE.sho, trap: false,
    note: 'AWS Support case-opened notice, but no Authentication-Results at all, so untrusted',
    from: NOTIFY_JA, to: to(SHO, SHO.keep), subject: `AWS サポート: ケース ${CASE.sho} が作成されました`,
    date: d('2026-02-10 06:33:48', '+0000'), enc: 'jisb64', auth: 'none', trusted: false,
    text: `いつも アマゾン ウェブ サービスをご利用いただき、誠にありがとうございます。

松本 翔 様のご依頼に基づき、以下のサポートケースを作成いたしました。

ケース ID: ${CASE.sho}
件名: AWS 認定アカウントの統合について
重要度: 一般的なガイダンス

担当のカスタマーサービス担当者より、追ってご連絡差し上げます。
ケースへの返信およびステータスのご確認は、サポートセンターより承っております。
${portal(CASE.sho)}

本メールは送信専用のアドレスからお送りしております。ご返信いただきましても
お答えいたしかねますので、あらかじめご了承ください。

アマゾン ウェブ サービス`,
  }),
  mk({
    slug: 'ja-ack-duplicate-case-warning', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misakiDup, trap: false,
    note: 'receipt of a second (duplicate) case the user opened; still the automatic receipt of a new case',
    from: SUP_JA, to: to(MISAKI, MISAKI.src), subject: `[CASE ${CASE.misakiDup}] ご依頼を承りました`,
    date: d('2026-01-20 00:08:31', '+0000'), enc: 'utf8b64',
    text: `渡辺 美咲 様

AWS トレーニングと認定へのお問い合わせ、誠にありがとうございます。
本メールは、お客様のご依頼を受け付けた旨を自動にてお知らせするものです。

  ケース番号: ${CASE.misakiDup}
  受付経路: お問い合わせフォーム(サインインなし)

担当者より順次ご連絡いたしますので、今しばらくお待ちくださいますようお願い申し上げます。

【ご注意】
すでに同じ内容のケースをお持ちの場合、新しいケースは担当者の判断により
既存のケースへ集約させていただくことがございます。重ねてのご起票は
ご回答の遅延につながりますので、ご遠慮いただけますと幸いです。

${FOOT_JA_2}`,
  }),
  mk({
    slug: 'ja-ack-gyomu-renraku-sjis', kind: 'acknowledgement', lang: 'ja', caseId: CASE.sho2, trap: false,
    note: 'receipt of a new case (second case of the same user), subject in Japanese brackets',
    from: SUP_JA, to: to(SHO, SHO.src), subject: `【AWS】ケースID ${CASE.sho2} ご依頼内容の受領について`,
    date: d('2026-02-24 08:15:00', '+0000'), enc: 'sjis8',
    text: `松本 翔 様

平素は格別のご高配を賜り、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサポートでございます。

お送りいただいたご依頼内容を、ケースID ${CASE.sho2} にて確かに受領いたしました。
現在、担当部署にて順番に確認を進めております。
ご回答までには、通常1営業日程度を頂戴しております。

恐れ入りますが、ご回答まで今しばらくお待ちくださいますよう、
何卒よろしくお願い申し上げます。

--- お客様のご依頼内容 ---
${SHO_REQ}
--------------------------

${FOOT_JA_1}`,
  }),
  mk({
    slug: 'ja-ack-lookalike-login-link', kind: 'acknowledgement', lang: 'ja', caseId: CASE.fake1, trap: false,
    note: 'forged receipt from a look-alike domain (aws-certification-support.jp) urging a sign-in; untrusted',
    from: 'AWS認定サポートセンター <no-reply@aws-certification-support.jp>', to: to(KENTA, KENTA.keep), subject: `[CASE ${CASE.fake1}] お問い合わせを受け付けました【要ログイン】`,
    date: d('2026-01-08 13:22:10', '+0900'), enc: 'jis7', trusted: false,
    text: `伊藤 健太 様

平素より AWS をご利用いただき誠にありがとうございます。
アカウント統合に関するお問い合わせを受け付けました。受付番号: ${CASE.fake1}

ご本人様確認のため、48時間以内に下記よりサインインし、
認定アカウントのパスワードを再設定してください。
期限を過ぎますと、受付は自動的に取り消されます。

https://aws-certification-support.jp/login?case=${CASE.fake1}

AWS認定サポートセンター`,
  }),
  mk({
    slug: 'ja-ack-mixed-boilerplate-dkim', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenta, trap: false,
    note: 'Japanese receipt lead paragraph over English boilerplate; only an aligned dkim=pass (trusted)',
    from: SUP, to: to(KENTA, KENTA.keep), subject: formSubj0(CASE.kenta),
    date: d('2026-01-07 02:41:58', '+0000'), enc: 'utf8qp', auth: 'dkimonly',
    text: `伊藤 健太 様

ケース ${CASE.kenta} を作成いたしました。ご回答まで今しばらくお待ちください。
(以下は英語による定型のご案内です)

Hello,

Thank you for contacting AWS Training and Certification. This automated message confirms that case ${CASE.kenta} has been opened on your behalf. A member of our team will respond within 24 hours.

Please do not open a new case for the same request.

${sfRef('0Jk2QfA')}`,
  }),

  // ───────────── ai_answer (7) ─────────────
  mk({
    slug: 'ja-ai-merge-tool-multipart', kind: 'ai_answer', lang: 'ja', caseId: null, trap: false,
    note: 'AI-generated answer pointing to the self-service Merge Accounts tool before any case exists',
    from: NOTIFY_JA, to: to(YUMI, YUMI.keep), subject: 'お問い合わせへの回答案(生成AIによる自動回答)',
    date: d('2026-02-03 10:55:40', '+0000'), enc: 'utf8qp',
    text: `加藤 由美 様

お問い合わせ内容をもとに、生成 AI が以下の回答案を作成いたしました。
内容の正確性は保証されませんので、あらかじめご了承ください。

■ 回答案
AWS 認定アカウントが複数ある場合、認定ポータルの「プロフィール」から
「アカウントの統合(Merge Accounts)」機能をご利用いただけます。
統合したいアカウントのサインイン情報を入力し、画面の指示に従って操作してください。
両方のアカウントに認定の履歴がある場合など、本機能で処理できないときは
お問い合わせフォームから「ケースを作成」をお選びください。

この回答は役に立ちましたか? [はい] [いいえ]

アマゾン ウェブ サービス`,
    html: `<div style="font-family:sans-serif">
<p>加藤 由美 様</p>
<p>お問い合わせ内容をもとに、生成 AI が以下の回答案を作成いたしました。<br>内容の正確性は保証されませんので、あらかじめご了承ください。</p>
<h4 style="margin:8px 0">回答案</h4>
<p>AWS 認定アカウントが複数ある場合、認定ポータルの「プロフィール」から「アカウントの統合(Merge Accounts)」機能をご利用いただけます。統合したいアカウントのサインイン情報を入力し、画面の指示に従って操作してください。</p>
<p>両方のアカウントに認定の履歴がある場合など、本機能で処理できないときは お問い合わせフォームから「ケースを作成」をお選びください。</p>
<p>この回答は役に立ちましたか? <a href="https://support.aws.amazon.com/feedback?v=1">はい</a> / <a href="https://support.aws.amazon.com/feedback?v=0">いいえ</a></p>
<p style="color:#888;font-size:11px">アマゾン ウェブ サービス</p>
</div>`,
  }),
  mk({
    slug: 'ja-ai-jis-kaitou-an', kind: 'ai_answer', lang: 'ja', caseId: null, trap: false,
    note: 'automated suggestion (生成AIの回答) with numbered steps for the portal tool',
    from: NOTIFY_JA, to: to(MISAKI, MISAKI.keep), subject: 'AWS トレーニングと認定: 自動回答のご案内',
    date: d('2026-01-19 09:05:12', '+0000'), enc: 'jis7',
    text: `渡辺 美咲 様

お問い合わせいただきありがとうございます。
以下は、お客様の入力内容に基づき AI が自動生成したご案内です。

1. AWS 認定アカウントにサインインします。
2. 画面右上のお名前から「プロフィール」を開きます。
3. 「アカウントの統合」を選び、もう一方のアカウントの情報を入力します。

上記の手順でお手続きが完了しない場合には、お手数ではございますが、
お問い合わせ画面に戻り、担当者へのケース作成をお選びください。

※本メールは AI による自動回答であり、担当者が確認したものではございません。`,
  }),
  mk({
    slug: 'ja-ai-html-after-merge-badges', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'AI answer that explains what happens to badges after a merge; stays ai_answer',
    from: NOTIFY_JA, to: to(SHO, SHO.keep), subject: '自動応答: 認定アカウントの統合とデジタルバッジについて',
    date: d('2026-02-10 06:20:02', '+0000'), enc: 'sjisb64',
    html: `<html><body>
<p>松本 翔 様</p>
<p>本メールは、お問い合わせ内容に対して AI アシスタントが自動で作成したご回答です。</p>
<p><b>Q. アカウントを統合すると、Credly のバッジはどうなりますか?</b><br>
A. 統合が完了すると、統合元の認定は存続アカウントに表示されます。デジタルバッジは、統合のあと Credly 上で受け取り(クレーム)の操作が必要になる場合があります。先に統合を済ませてからバッジを受け取ることをおすすめします。</p>
<p><b>Q. 自分で統合できますか?</b><br>
A. 認定ポータルのプロフィール画面にある「Merge Accounts」ツールをご利用ください。</p>
<p>関連記事: <a href="https://aws.amazon.com/jp/certification/faqs/">AWS 認定に関するよくある質問</a></p>
<p>解決しない場合は「ケースを作成」から担当者にお問い合わせください。</p>
<p style="font-size:10px;color:#777">この回答は生成 AI により作成されています。</p>
</body></html>`,
  }),
  mk({
    slug: 'ja-ai-jisb64-create-case-hint', kind: 'ai_answer', lang: 'ja', caseId: null, trap: false,
    note: 'AI-generated reply suggesting the self-service tool and how to escalate to a case',
    from: NOTIFY_JA, to: to(KENTA, KENTA.keep), subject: 'AIアシスタントからのご回答',
    date: d('2026-01-07 02:30:44', '+0000'), enc: 'jisb64',
    text: `伊藤 健太 様

AI アシスタントがお答えします。

ご質問の「退職前のアドレスで取得した認定を移したい」件につきましては、
AWS 認定アカウントの Merge Accounts 機能で対応できる可能性がございます。
移行先となるアカウントでサインインのうえ、プロフィールのメニューからお試しください。

なお、この回答でお困りごとが解決しない場合は、このまま「続行」を押して
担当者宛てのケースを作成していただけます。

(本回答は自動生成されたものです)`,
  }),
  mk({
    slug: 'ja-ai-misaligned-dkim', kind: 'ai_answer', lang: 'ja', caseId: null, trap: false,
    note: 'AI answer text, but DKIM signed by an unrelated bulk domain and dmarc=fail: untrusted',
    from: NOTIFY_JA, to: to(YUMI, YUMI.src), subject: '【自動回答】AWS 認定アカウントの統合方法',
    date: d('2026-02-02 22:10:09', '+0900'), enc: 'utf8b64', auth: 'misaligned', trusted: false,
    text: `加藤 由美 様

本メールは AI による自動回答です。

アカウントの統合は、AWS 認定ポータルのプロフィールにある「アカウントの統合」から
お客様ご自身で実行いただけます。統合後は元に戻せませんのでご注意ください。

ご不明な点は、お問い合わせフォームからケースを作成してください。`,
  }),
  mk({
    slug: 'ja-ai-prepare-ids-8bit', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'AI answer listing what to have ready before opening a case; uses info-request words but is automated',
    from: NOTIFY_JA, to: to(MISAKI, MISAKI.src), subject: '生成AIによるご案内: アカウント統合の前にご準備いただく情報',
    date: d('2026-01-18 23:47:30', '+0000'), enc: 'utf88bit',
    text: `渡辺 美咲 様

このご案内は生成 AI が作成したものです。

担当者へのお問い合わせをご希望の場合、次の情報をお手元にご用意いただくと
お手続きがスムーズです。
・両方のアカウントの AWS 候補 ID(AWS から始まる番号)
・各アカウントのログイン用メールアドレス
・残したいアカウントはどちらか

ご自身で統合できる場合もございますので、まずは認定ポータルの
「Merge Accounts」をお試しください。

この回答で解決しましたか? はい / いいえ`,
  }),
  mk({
    slug: 'ja-ai-after-case-jis', kind: 'ai_answer', lang: 'ja', caseId: CASE.kenta, trap: false,
    note: 'automated suggestion posted on an existing case (case ID in subject), not a human reply',
    from: SUP_JA, to: to(KENTA, KENTA.keep), subject: `[CASE ${CASE.kenta}] 自動提案: よくあるご質問`,
    date: d('2026-01-07 03:05:00', '+0000'), enc: 'jis7',
    text: `伊藤 健太 様

担当者が確認するまでの間、お客様のご質問に関連する可能性のある情報を
AI が自動でお送りしております。

・AWS 認定アカウントの統合: 認定ポータル > プロフィール > Merge Accounts
・統合できない場合のエラー: 両方のアカウントに認定の記録があると、セルフサービスでは
  処理できないことがございます。

本メールは自動送信です。担当者からのご連絡は別途お送りいたします。
ケース ID: ${CASE.kenta}`,
  }),

  // ───────────── info_request (9) ─────────────
  mk({
    slug: 'ja-info-both-ids-sf-quote', kind: 'info_request', lang: 'ja', caseId: CASE.misaki, trap: false,
    note: 'asks for both candidate IDs, login addresses and which account to keep; Salesforce quote below',
    from: SUP_JA, to: to(MISAKI, MISAKI.keep), subject: formSubj(CASE.misaki),
    date: d('2026-01-20 04:31:26', '+0000'), enc: 'jis7',
    text: `渡辺 美咲 様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
AWS トレーニングと認定 カスタマーサポートの森田でございます。

アカウント統合のご依頼につきまして、お手続きを進めるにあたり、
恐れ入りますが以下の情報をご返信にてお知らせくださいますようお願い申し上げます。

  1. 各アカウントの AWS 候補 ID(AWS から始まる番号)
  2. 各アカウントのログインメールアドレス
  3. 統合後に存続させるアカウント(どちらを残されるか)
  4. 各アカウントで取得済みの認定名と合格日

ご依頼文に記載の候補IDが、弊社の記録と一致しておりませんでした。
お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

森田
AWS トレーニングと認定 カスタマーサポート
${sfRef('0Kc81Ra')}

${sfOrig(`${MISAKI.keep}`, '2026年1月19日 9:14', SUP_BARE_JA(), `[CASE ${CASE.misaki}] お問い合わせ受付のお知らせ`, MISAKI_REQ)}`,
  }),
  mk({
    slug: 'ja-info-gokakunin-which-address', kind: 'info_request', lang: 'ja', caseId: CASE.kenta, trap: true,
    note: '「ご確認のうえお知らせください」: asks which address stays; worded like a confirmation but requests data',
    from: SUP_JA, to: to(KENTA, KENTA.keep), subject: formSubj(CASE.kenta),
    date: d('2026-01-08 01:12:40', '+0000'), enc: 'sjis8',
    text: `伊藤 健太 様

いつも大変お世話になっております。
AWS トレーニングと認定 サポート担当の岡本と申します。

お問い合わせの件、拝見いたしました。
旧所属先のアドレス ${KENTA.src} のアカウントと、${KENTA.keep} のアカウントの
いずれを統合後のログイン用として残されるか、恐れ入りますが今一度ご確認のうえ
お知らせいただけますでしょうか。あわせて、認定の通知先として
ご希望のメールアドレスもご教示いただけますと幸甚です。

ご返信を頂戴し次第、次のお手続きへ進めさせていただきます。
何卒よろしくお願い申し上げます。

岡本
${FOOT_JA_2}`,
  }),
  mk({
    slug: 'ja-info-write-from-keep-and-ids', kind: 'info_request', lang: 'ja', caseId: CASE.yumi, trap: false,
    note: 'asks to write from the kept address AND to include both candidate IDs, so info_request',
    from: SUP_JA, to: to(YUMI, YUMI.src), subject: formSubj(CASE.yumi),
    date: d('2026-02-04 07:48:13', '+0000'), enc: 'jisb64',
    text: `加藤 由美 様

平素は AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
担当の西村でございます。

セキュリティ上の理由により、統合のご依頼は存続させるアカウントに
ご登録のメールアドレスからお送りいただく必要がございます。
お手数ではございますが、${YUMI.keep} より本メールへご返信いただき、
その際に両アカウントの候補 ID をご記載くださいますようお願い申し上げます。

ご不便をおかけし誠に恐縮ではございますが、ご理解賜りますようお願い申し上げます。

西村
AWS トレーニングと認定

${FOOT_JA_1}`,
  }),
  mk({
    slug: 'ja-info-html-ticket-romaji', kind: 'info_request', lang: 'ja', caseId: CASE.sho, trap: false,
    note: 'HTML-only ticket reply asking for romaji name, company name and candidate ID',
    from: SUP_JA, to: to(SHO, SHO.keep), subject: formSubj(CASE.sho),
    date: d('2026-02-11 02:05:51', '+0000'), enc: 'utf8qp',
    html: `<html><body style="font-family:'Yu Gothic',sans-serif">
<div style="border-left:4px solid #ff9900;padding-left:12px">
<p>松本 翔 様</p>
<p>平素より格別のご高配を賜り、厚く御礼申し上げます。<br>
AWS トレーニングと認定 カスタマーサポートの藤井が承ります。</p>
<p>ご依頼の件につきまして、弊社記録との照合のため、下記の項目をご返信いただけますと幸甚です。</p>
<ul>
<li>ご氏名(ローマ字表記、試験登録時と同じ綴り)</li>
<li>ご所属の会社名(英語表記)</li>
<li>統合元アカウントの AWS 候補 ID</li>
</ul>
<p>頂戴した情報をもとに、速やかに確認を進めてまいります。</p>
<p>藤井<br>AWS トレーニングと認定</p>
</div>
<hr>
<p style="font-size:10px;color:#666">${esc(sfRef('0Lq7Wx2'))}<br>本メールの内容を第三者へ転送・開示されることはお控えください。</p>
</body></html>`,
  }),
  mk({
    slug: 'ja-info-missing-src-id-implicit', kind: 'info_request', lang: 'ja', caseId: CASE.misaki, trap: false,
    note: 'request phrased without a request verb: "the source ID was missing; with it we can proceed"',
    from: SUP_JA, to: to(MISAKI, MISAKI.keep), subject: formSubj(CASE.misaki),
    date: d('2026-01-21 06:19:37', '+0000'), enc: 'utf8b64',
    text: `渡辺 美咲 様

ご返信いただき、誠にありがとうございます。担当の森田でございます。

頂戴した内容を拝見いたしましたところ、存続アカウント ${MISAKI.keepId} の情報は
確認できましたが、統合元となるアカウントの候補 ID の記載がございませんでした。
統合元の候補 ID と、当該アカウントのログインメールアドレスが判明いたしましたら、
お手続きを先へ進めることが可能でございます。

お手数をおかけいたしますが、どうぞよろしくお願い申し上げます。

森田
${sfRef('0Kc81Rb')}`,
  }),
  mk({
    slug: 'ja-info-gmail-thread-certnames', kind: 'info_request', lang: 'ja', caseId: CASE.kenta, trap: false,
    note: 'top-posted request for certification names and pass dates over a Gmail-style Japanese thread',
    from: SUP_JA, to: to(KENTA, KENTA.keep), subject: formSubj(CASE.kenta),
    date: d('2026-01-09 05:27:02', '+0000'), enc: 'jis7',
    text: `伊藤 健太 様

ご返信ありがとうございます。岡本でございます。
ご教示いただいたアドレスを存続側として承知いたしました。

つきましては、統合元アカウントで保有されている認定の名称と、
それぞれの合格日(おおよそで差し支えございません)をお知らせ願えますでしょうか。
記録の照合が取れ次第、次のご案内を差し上げます。

引き続きよろしくお願い申し上げます。
岡本

${gmailJa('2026年1月8日(木) 19:40', KENTA.ja, KENTA.keep, `岡本様

ご連絡ありがとうございます。
残すのは ${KENTA.keep} のほうでお願いします。
通知先も同じアドレスで問題ありません。

伊藤

${gmailJa('2026年1月8日(木) 10:12', 'AWS Training and Certification', 'aws-cs-trainingcertification-form@amazon.com', `伊藤 健太 様\n\nいずれを統合後のログイン用として残されるか、ご確認のうえお知らせいただけますでしょうか。\n\n岡本`)}`)}`,
  }),
  mk({
    slug: 'ja-info-outlook-exam-history', kind: 'info_request', lang: 'ja', caseId: CASE.yumi, trap: false,
    note: 'asks for the exam history of the source account; Outlook 差出人/送信日時 quote below',
    from: SUP_JA, to: to(YUMI, YUMI.keep), subject: formSubj(CASE.yumi),
    date: d('2026-02-05 03:40:18', '+0000'), enc: 'sjisb64',
    text: `加藤 由美 様

大変お世話になっております。西村でございます。
存続アカウントのアドレスよりご連絡いただき、ありがとうございました。

統合元(${YUMI.srcId})について、試験の受験履歴を確認させていただきたく、
受験された試験名、受験日、受験方式(テストセンター/オンライン)を
ご返信いただけますでしょうか。大学在籍時のお名前の綴りが現在と異なる場合は、
その旨もあわせてお知らせくださいますようお願い申し上げます。

西村

${outlookJa(`加藤 由美 <${YUMI.keep}>`, '2026年2月4日 21:03', 'AWS Training and Certification', formSubj(CASE.yumi), `西村様\n\n存続させるアカウントのアドレスから返信いたします。\n${YUMI.keepId}(${YUMI.keep})と ${YUMI.srcId}(${YUMI.src})です。\n\n加藤`)}`,
  }),
  mk({
    slug: 'ja-info-second-case-which-keep', kind: 'info_request', lang: 'ja', caseId: CASE.sho2, trap: false,
    note: 'on the second case: asks for the candidate ID of the account to keep and the address for notifications',
    from: SUP_JA, to: to(SHO, SHO.src), subject: formSubj(CASE.sho2),
    date: d('2026-02-25 01:02:44', '+0000'), enc: 'jis7',
    text: `松本 翔 様

AWS トレーニングと認定でございます。いつもお世話になっております。
このたびのご依頼(ケース ${CASE.sho2})につきまして、照合の都合上、
存続をご希望のアカウントの候補 ID と、今後の認定通知をお受け取りになる
メールアドレスを、あわせてご教示くださいますようお願い申し上げます。

なお、お手元で候補 ID がご不明の場合は、認定ポータルのプロフィール画面に
表示されておりますので、ご参照いただけますと幸いです。

Grace L.
${FOOT_JA_2}`,
  }),
  mk({
    slug: 'ja-info-mixed-english-template', kind: 'info_request', lang: 'ja', caseId: CASE.misakiDup, trap: false,
    note: 'Japanese lead plus the English request template: which account is primary, both IDs',
    from: SUP, to: to(MISAKI, MISAKI.src), subject: formSubj(CASE.misakiDup),
    date: d('2026-01-20 11:56:03', '+0000'), enc: 'utf8qp',
    text: `渡辺様

お問い合わせありがとうございます。以下、英語の定型文にて失礼いたします。
ご不明点がございましたら日本語でご返信いただいて差し支えございません。

Dear Misaki,

In order to process your account merge request, please reply with:
- The candidate ID and login email of the account you wish to keep (primary)
- The candidate ID and login email of the account to be merged (secondary)

Once we have this information we will review your request.

Kind regards,
Tomasz W.
AWS Training and Certification
${sfRef('0Mf3Za9')}`,
  }),

  // ───────────── confirmation_request (9) ─────────────
  mk({
    slug: 'ja-conf-irreversible-summary', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki, trap: false,
    note: 'summary of both accounts, merge cannot be undone, asks for consent by reply',
    from: SUP_JA, to: to(MISAKI, MISAKI.keep), subject: formSubj(CASE.misaki),
    date: d('2026-01-22 02:10:45', '+0000'), enc: 'jis7',
    text: `渡辺 美咲 様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
AWS トレーニングと認定の森田でございます。

頂戴した情報をもとに確認いたしましたところ、下記のとおり統合が可能でございます。

  存続アカウント : ${MISAKI.keepId} (${MISAKI.keep})
  統合元アカウント: ${MISAKI.srcId} (${MISAKI.src})
  移行される認定 : AWS Certified Solutions Architect - Associate ほか1件

統合後は、統合元アカウントへのサインインはできなくなり、
お手続きを元に戻すことはいたしかねます。
上記内容にご同意いただける場合は、その旨を本メールへご返信くださいますよう
お願い申し上げます。ご同意を確認でき次第、作業に着手いたします。

森田
${sfRef('0Kc81Rc')}
${FOOT_JA_1}`,
  }),
  mk({
    slug: 'ja-conf-yoroshii-deshouka-sjis', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenta, trap: false,
    note: '「この内容で進めてよろしいでしょうか」: asks for go-ahead, identifiers between the words',
    from: SUP_JA, to: to(KENTA, KENTA.keep), subject: formSubj(CASE.kenta),
    date: d('2026-01-10 04:44:21', '+0000'), enc: 'sjis8',
    text: `伊藤 健太 様

お世話になっております。岡本でございます。
認定名と合格日のご教示、誠にありがとうございました。

${KENTA.srcId} に記録されている認定を、${KENTA.keepId} へ移し、
前者のアカウントは閉鎖する形となります。この処理は一度実施いたしますと
取り消すことができません。

上記の内容で手続きを進めてよろしいでしょうか。
差し支えなければ、「統合に同意します」とご返信いただけますと幸いです。

岡本
${FOOT_JA_2}`,
  }),
  mk({
    slug: 'ja-conf-haikei-multipart-jis', kind: 'confirmation_request', lang: 'ja', caseId: CASE.yumi, trap: false,
    note: 'very formal (拝啓/敬具) consent request, multipart text+HTML in ISO-2022-JP',
    from: SUP_JA, to: to(YUMI, YUMI.keep), subject: formSubj(CASE.yumi),
    date: d('2026-02-06 08:03:33', '+0000'), enc: 'jisb64',
    text: `加藤 由美 様

拝啓 立春の候、ますますご清祥のこととお慶び申し上げます。
平素は格別のお引き立てを賜り、厚く御礼申し上げます。

さて、ご依頼いただいておりました認定アカウントの統合につきまして、
受験履歴の照合が完了いたしました。
統合を実施いたしますと、${YUMI.srcId} の記録はすべて ${YUMI.keepId} に移り、
以後、元の状態へ戻すことはできかねます。

つきましては、本件実施へのご承諾を賜りたく、ご返信にてご意向を
お聞かせくださいますようお願い申し上げます。

敬具

西村
AWS トレーニングと認定 カスタマーサポート`,
    html: `<div style="font-family:serif">
<p>加藤 由美 様</p>
<p>拝啓 立春の候、ますますご清祥のこととお慶び申し上げます。<br>平素は格別のお引き立てを賜り、厚く御礼申し上げます。</p>
<p>さて、ご依頼いただいておりました認定アカウントの統合につきまして、受験履歴の照合が完了いたしました。<br>
統合を実施いたしますと、${YUMI.srcId} の記録はすべて ${YUMI.keepId} に移り、以後、元の状態へ戻すことはできかねます。</p>
<p>つきましては、本件実施へのご承諾を賜りたく、ご返信にてご意向をお聞かせくださいますようお願い申し上げます。</p>
<p style="text-align:right">敬具</p>
<p>西村<br>AWS トレーニングと認定 カスタマーサポート</p>
</div>`,
  }),
  mk({
    slug: 'ja-conf-restated-ids-qp', kind: 'confirmation_request', lang: 'ja', caseId: CASE.sho, trap: false,
    note: 'restates the received IDs, then asks for explicit agreement because it cannot be reversed',
    from: SUP_JA, to: to(SHO, SHO.keep), subject: formSubj(CASE.sho),
    date: d('2026-02-12 01:30:00', '+0000'), enc: 'utf8qp',
    text: `松本 翔 様

いつもお世話になっております。藤井でございます。
ローマ字氏名(SHO MATSUMOTO)、会社名、統合元の候補 ID ${SHO.srcId} を確かに受領いたしました。

照合の結果、${SHO.srcId} の SAA および DVA を ${SHO.keepId} へ移すことが可能です。
ただし、本処理は不可逆であり、実施後に分割することはできません。
ご了承いただけましたら、本メールにご返信のうえ明示的にご同意をいただけますでしょうか。

藤井
AWS トレーニングと認定
${sfRef('0Lq7Wx3')}`,
  }),
  mk({
    slug: 'ja-conf-html-ticket-shoudaku', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misakiDup, trap: false,
    note: 'HTML-only ticket mail: 「ご承諾いただけますと幸甚です」 before an irreversible merge',
    from: SUP_JA, to: to(MISAKI, MISAKI.src), subject: formSubj(CASE.misakiDup),
    date: d('2026-01-21 09:12:51', '+0000'), enc: 'utf8b64',
    html: `<html><body>
<table style="font-family:sans-serif;font-size:13px;max-width:600px">
<tr><td>
<p>渡辺 美咲 様</p>
<p>平素より格別のご愛顧を賜り、誠にありがとうございます。</p>
<p>お知らせいただいた 2 つのアカウントにつき、下記のとおり処理を予定しております。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>区分</th><th>候補 ID</th><th>メールアドレス</th></tr>
<tr><td>存続</td><td>${MISAKI.keepId}</td><td>${MISAKI.keep}</td></tr>
<tr><td>統合元(閉鎖)</td><td>${MISAKI.srcId}</td><td>${MISAKI.src}</td></tr>
</table>
<p>本処理は実施後に取り消すことができません。上記の内容にてご承諾いただけますと幸甚です。ご承諾の旨を本メールへのご返信にてお知らせください。</p>
<p>Tomasz W.<br>AWS トレーニングと認定</p>
</td></tr></table>
</body></html>`,
  }),
  mk({
    slug: 'ja-conf-outlook-long-thread', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenta, trap: false,
    note: 'second consent request after the user answered with a question; long Outlook-quoted thread',
    from: SUP_JA, to: to(KENTA, KENTA.keep), cc: to(KENTA, KENTA.src), subject: formSubj(CASE.kenta),
    date: d('2026-01-11 06:02:17', '+0000'), enc: 'sjisb64',
    text: `伊藤 健太 様

ご質問いただきありがとうございます。岡本でございます。
統合後も、50% 割引の受験特典は存続アカウント側に引き継がれますのでご安心ください。

改めてのお願いとなり恐縮でございますが、統合の実施には、お客様から
明確なご同意を頂戴する必要がございます。
ご同意いただける場合は「同意します」の一言で結構ですので、ご返信を賜れますと幸いです。

岡本

${outlookJa(`伊藤 健太 <${KENTA.keep}>`, '2026年1月10日 (土) 22:15', 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>', formSubj(CASE.kenta), `岡本様

ご確認ありがとうございます。
同意する前に一点だけ質問です。旧アカウントに残っている割引特典は消えてしまいますか?

伊藤

${outlookJa('AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>', '2026年1月10日 (土) 13:44', `伊藤 健太 <${KENTA.keep}>`, formSubj(CASE.kenta), `伊藤 健太 様\n\n上記の内容で手続きを進めてよろしいでしょうか。\n\n岡本`)}`)}`,
  }),
  mk({
    slug: 'ja-conf-fail-then-forged', kind: 'confirmation_request', lang: 'ja', caseId: CASE.fake2, trap: false,
    note: 'consent request text, but the top A-R says dmarc=fail (a pass planted lower): untrusted',
    from: SUP_JA, to: to(YUMI, YUMI.keep), subject: formSubj(CASE.fake2),
    date: d('2026-02-06 18:20:11', '+0900'), enc: 'jis7', auth: 'failThenForged', trusted: false,
    text: `加藤 由美 様

アカウント統合の最終確認でございます。
統合は取り消しできません。ご同意の場合は、下記フォームにて
候補IDとパスワードを入力のうえ「同意する」を押してください。

https://aws-training.example-verify.net/consent?c=${CASE.fake2}

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-conf-reminder-typos', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki, trap: false,
    note: 'reminder that still asks for consent, with typos (統合 written 統号, 同位)',
    from: SUP_JA, to: to(MISAKI, MISAKI.keep), subject: `再送: ${formSubj(CASE.misaki)}`,
    date: d('2026-01-24 03:58:09', '+0000'), enc: 'jis7',
    text: `渡辺 美咲 様

お世話になっております。森田でございます。
1月22日にお送りしたご案内につき、まだご返信を確認できておりませんでしたので、
念のため再度ご連絡差し上げました。

${MISAKI.srcId} から ${MISAKI.keepId} への統号は、実施後に元へ戻すことができません。
ご同位いただけるようでしたら、本メールへその旨ご返信をお願いいたします。

森田
${sfRef('0Kc81Rd')}`,
  }),
  mk({
    slug: 'ja-conf-mixed-i-agree', kind: 'confirmation_request', lang: 'ja', caseId: CASE.sho2, trap: false,
    note: 'Japanese note then English template asking to reply "I agree" to the irreversible merge',
    from: SUP, to: to(SHO, SHO.src), subject: formSubj(CASE.sho2),
    date: d('2026-02-25 04:11:29', '+0000'), enc: 'utf88bit',
    text: `松本様

英語の定型文でのご案内となりますこと、ご容赦ください。

Hello Sho,

We have reviewed both accounts. Please note that merging is permanent and cannot be reversed.
If you would like us to proceed, reply to this email with "I agree" and we will carry out the request.

Best regards,
Grace L.
AWS Training and Certification
${sfRef('0Nx5Hb1')}`,
  }),
];

function SUP_BARE_JA(): string {
  return 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
}
// keep imported names referenced (some are used only in part B)
void paras; void quote; void sfOrigJa; void NOTIFY; void FOOT_JA_3;
