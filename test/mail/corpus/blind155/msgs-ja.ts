// Japanese messages of the ex set. Labels follow LABELLING.md; the voice is
// "done through a link, button, form or the portal" next to read-only links and phishing.
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY, CASE, CERT_PORTAL, CREDLY_AWS, HANAKO, KEN, MISAKI, SUPPORT, SUPPORT_BARE, TARO,
  button, caseUrl, formSubject, gmailJa, mk, outlookJa, page, paras, quote, sfOriginal, sfRef,
} from './common.js';

const KEN_ASK = `AWS認定アカウントを2つ持っており、1つにまとめていただきたくご連絡しました。
残す方: ${KEN.keep} (${KEN.keepId})
まとめる方: ${KEN.src} (${KEN.srcId})
高橋`;
const MISAKI_ASK = `お世話になります。中村です。
前の職場のアドレスで作った認定アカウントを、個人アドレスのアカウントへ寄せたいです。
手順をご教示ください。`;

export const JA: Msg[] = [
  // ---------------- acknowledgement (7) ----------------
  mk({
    slug: 'ack-ken-portal', kind: 'acknowledgement', lang: 'ja', caseId: CASE.ken, enc: 'jis7', to: KEN.keep, from: AWS_NOTIFY,
    note: 'automatic receipt of the new case; the link only shows the case',
    subject: `[ケース ${CASE.ken}] お問い合わせを受け付けました`, at: '2026-11-02 01:14:09',
    text: `${KEN.ja} 様

AWS トレーニングと認定 へのお問い合わせを受け付けました。
ケース ID: ${CASE.ken}
件名: アカウントの統合

通常24時間以内に担当者よりご連絡いたします。ケースの状況は次のページからいつでもご覧いただけます(ご返信は不要です)。
${caseUrl(CASE.ken)}

同じ内容で新たにケースを作成されますと、対応が遅れる原因となりますのでご注意ください。

Amazon Web Services`,
  }),
  mk({
    slug: 'ack-misaki-html', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misaki, enc: 'utf8qp', to: MISAKI.keep, from: AWS_NOTIFY,
    note: 'HTML receipt with a "view case" button; a receipt, nothing asked',
    subject: `お問い合わせ番号 ${CASE.misaki} を承りました - AWS サポート`, at: '2026-11-03 06:40:51',
    text: `${MISAKI.ja} 様

お問い合わせを受け付けました。ケース番号: ${CASE.misaki}
カテゴリ: AWS トレーニングと認定 / 認定 / アカウントの統合
進捗はこちらから: ${caseUrl(CASE.misaki)}`,
    html: page('受付', `<p>${MISAKI.ja} 様</p>
<p>このたびはお問い合わせいただきありがとうございます。以下の内容で受付いたしました。</p>
<table border="1" cellpadding="4"><tr><td>ケース番号</td><td>${CASE.misaki}</td></tr><tr><td>カテゴリ</td><td>AWS トレーニングと認定 / 認定 / アカウントの統合</td></tr><tr><td>重要度</td><td>一般的なご質問</td></tr></table>
<p>担当者からの回答をお待ちください。進捗は下のボタンからご確認いただけます。</p>
${button(caseUrl(CASE.misaki), 'ケースを表示')}
<p style="color:#687078;font-size:12px">このメールは送信専用アドレスから配信されています。</p>`),
  }),
  mk({
    slug: 'ack-taro-sjis', kind: 'acknowledgement', lang: 'ja', caseId: CASE.taro, enc: 'sjis8', to: TARO.keep, from: AWS_NOTIFY,
    note: 'receipt recognisable by its shape: case number, received fields, status link',
    subject: `AWS サポート: ケース ${CASE.taro} が作成されました`, at: '2026-11-05 11:02:37', tz: '+0900',
    text: `山田 太郎 様

ケース ${CASE.taro} を作成しました。ご入力いただいた内容は次のとおりです。
  問い合わせタイプ: AWS トレーニングと認定
  問題の種類: 認定 > アカウントの統合
  候補者 ID: ${TARO.keepId}

担当チームが確認のうえご連絡します。サポートセンター(https://support.aws.amazon.com/#/case/?displayId=${CASE.taro})で、やり取りの履歴を閲覧できます。

※本メールに心当たりがない場合は破棄してください。`,
  }),
  mk({
    slug: 'ack-hanako-mixed', kind: 'acknowledgement', lang: 'ja', caseId: CASE.hanako, enc: 'jisb64', to: HANAKO.keep,
    note: 'receipt from the form address, Japanese with English boilerplate; "do not open another case"',
    subject: `[CASE ${CASE.hanako}] [AWS Training and Certification Form Submission] - account-assistance`, at: '2026-11-06 02:21:18',
    text: `佐藤 花子 様

AWS トレーニングと認定カスタマーサービスにお問い合わせいただき、誠にありがとうございます。ケース番号 ${CASE.hanako} にてお問い合わせを承りました。
1 営業日以内を目安にご返信いたします。同一のご依頼で別のケースを起票されますと、回答が遅れる場合がございます。

Thank you for contacting AWS Training and Certification. Your case ${CASE.hanako} has been received.

${sfRef('Hn77Qa')}`,
  }),
  mk({
    slug: 'ack-ken-dup-phish', kind: 'acknowledgement', lang: 'ja', caseId: CASE.ken, enc: 'utf8b64', to: KEN.keep,
    from: 'AWS サポート <support@aws-case-notice.jp>', auth: 'none', trusted: false,
    note: 'forged receipt from a look-alike domain with no authentication; a receipt in shape',
    subject: `【受付完了】ケース ${CASE.ken} - AWS認定アカウント統合`, at: '2026-11-02 03:55:00',
    text: `高橋 健 様

アカウント統合のお問い合わせ(ケース ${CASE.ken})を受け付けました。
担当者からの回答までしばらくお待ちください。受付内容は以下のリンクから照会できます。
https://aws-case-notice.jp/case/view?id=${CASE.ken}

AWSサポートセンター`,
  }),
  mk({
    slug: 'ack-misaki-typo', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misaki, enc: 'sjisb64', to: MISAKI.keep,
    note: 'short receipt with a typo (ケースば), list of what was received, no request',
    subject: formSubject(CASE.misaki).replace('RE:', ''), at: '2026-11-03 06:41:30',
    text: `中村様

お問い合わせありがとうございます。ケースば以下の番号で登録されました。
  ${CASE.misaki}
受領した項目: お名前 / 会社名 / 候補者ID(${MISAKI.keepId})
担当から改めてご案内いたしますので、このメールへの返信は不要です。
-- 
AWS Training and Certification Customer Service`,
  }),
  mk({
    slug: 'ack-taro-other-topic-less', kind: 'acknowledgement', lang: 'ja', caseId: '1782305611', enc: 'utf8qp', to: TARO.keep, from: AWS_NOTIFY,
    note: 'receipt of a second case that says nothing of its topic: read as a receipt',
    subject: `ケース 1782305611 を受け付けました`, at: '2026-11-05 11:09:03', tz: '+0900',
    text: `お客様

ケース 1782305611 を受け付けました。回答はこのアドレス宛てにお送りします。
お問い合わせの状況はサポートセンターの「ケース」ページで確認できます。

Amazon Web Services, Inc. はAmazon.com, Inc.の関連会社です。`,
  }),

  // ---------------- ai_answer (7) ----------------
  mk({
    slug: 'ai-ken-selfservice-button', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'utf8qp', to: KEN.keep, from: AWS_NOTIFY,
    note: 'generated answer pointing to the self-service Merge Accounts button',
    subject: 'AWS サポートからの自動回答: 認定アカウントの統合について', at: '2026-11-02 01:12:40',
    html: page('自動回答', `<p>この回答は生成 AI によって作成されました。内容に誤りが含まれる可能性があります。</p>
${paras(`認定アカウントが2つある場合は、まず AWS Certification アカウントにサインインし、[プロフィール] → [アカウントの統合] を開いてください。
統合したいアカウントのメールアドレスを入力し「統合」ボタンを押すと、セルフサービスで手続きできます。
両方のアカウントに認定履歴があるときはこのツールが使えないため、その場合は下の「ケースを作成」からサポートへご連絡ください。`)}
${button('https://aws.training/Certification', 'アカウントの統合ページを開く')}
<p>この回答は役に立ちましたか? <a href="https://support.aws.amazon.com/feedback?y=1">はい</a> / <a href="https://support.aws.amazon.com/feedback?y=0">いいえ</a></p>`),
  }),
  mk({
    slug: 'ai-misaki-kb', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'jis7', to: MISAKI.keep, from: AWS_NOTIFY,
    note: 'automated answer listing knowledge-base articles to read',
    subject: 'ご質問への自動回答(AWS トレーニングと認定)', at: '2026-11-03 06:37:02',
    text: `※このメッセージは自動生成された回答です。

ご入力いただいた内容に関連する記事:
1. 認定アカウントを統合するには
   https://aws.amazon.com/jp/certification/faqs/
2. AWS Builder ID でサインインできない場合
   https://aws.amazon.com/jp/premiumsupport/knowledge-center/

記事で解決しない場合は、フォームの「ケースを作成」ボタンから担当者へお問い合わせいただけます。`,
  }),
  mk({
    slug: 'ai-taro-aftermerge', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'sjis8', to: TARO.keep, from: AWS_NOTIFY, trap: true,
    note: 'AI answer explaining what happens after a merge (badges, vouchers): stays ai_answer',
    subject: 'Amazon Q による回答: 統合後の認定とバッジ', at: '2026-11-05 10:58:44', tz: '+0900',
    text: `Amazon Q が以下の回答を作成しました。

アカウントの統合が完了すると、統合元の認定資格・受験履歴・特典(50% 割引バウチャー)が統合先に表示されます。
Credly のデジタルバッジは自動で移らないことがあるため、統合後に Credly の招待リンクから改めて受け取ってください。
統合そのものは「Merge Accounts」ツール(プロフィール画面)で行えます。

この回答で解決しない場合は、画面下部の[ケースを作成]を選択してください。`,
  }),
  mk({
    slug: 'ai-hanako-form-suggest', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'utf8b64', to: HANAKO.keep, from: AWS_NOTIFY,
    note: 'generated suggestion to use the online merge tool before a case exists',
    subject: '【自動応答】お問い合わせ内容に基づくご案内', at: '2026-11-06 02:18:33',
    text: `生成 AI によるご案内です。

「アカウントをまとめたい」とのご相談ですね。多くの場合、次の手順でご自身で完了できます。
(1) 残したいアカウントでサインイン
(2) 右上のプロフィールから「アカウントの統合」を選ぶ
(3) もう一方のアカウントの認証情報を入力して「送信」をクリック

うまくいかないときは、このページの「いいえ、ケースを作成します」から担当者につながります。`,
  }),
  mk({
    slug: 'ai-ken-sorry-bot', kind: 'ai_answer', lang: 'ja', caseId: CASE.ken, enc: 'jisb64', to: KEN.keep, from: AWS_NOTIFY,
    note: 'automated reply on the case offering help articles while waiting for a human',
    subject: `[ケース ${CASE.ken}] 関連情報のご案内(自動送信)`, at: '2026-11-02 01:16:12',
    text: `このメールはケース ${CASE.ken} に対して自動で送信されています。

担当者からの回答をお待ちいただく間、次のヘルプページが参考になるかもしれません。
・候補者 ID の確認方法
・認定アカウントのメールアドレス変更
・Credly バッジの受け取り方
ヘルプセンター: https://aws.amazon.com/jp/certification/faqs/

このメールにご返信いただく必要はありません。`,
  }),
  mk({
    slug: 'ai-misaki-chat', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'utf8qp', to: MISAKI.keep, from: 'AWS Support Assistant <no-reply@support.aws.com>', trap: true,
    note: 'chat transcript of the AI assistant; mentions confirmation and merge but is the bot',
    subject: 'チャットの記録: AWS サポートアシスタント', at: '2026-11-03 06:35:59',
    text: `チャットの記録をお送りします。

お客様: 前の会社のアカウントと統合したい
アシスタント: 承知しました。統合は元に戻せないため、実行前に画面上で確認を求められます。まずはセルフサービスの統合ツールをお試しください。両アカウントに認定がある場合は、担当者へのケース作成をご案内します。
お客様: ケースを作りたい
アシスタント: 下記リンクからフォームを開き、候補者 ID を入力してください。
https://support.aws.amazon.com/#/contacts/aws-training

※アシスタントの回答は AI により生成されています。`,
  }),
  mk({
    slug: 'ai-taro-html-only', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'utf8b64', to: TARO.keep, from: AWS_NOTIFY,
    note: 'HTML-only AI suggestion with a link to the tool',
    subject: 'おすすめの解決方法があります', at: '2026-11-05 10:57:10', tz: '+0900',
    html: page('おすすめ', `<h3>AI が生成した回答</h3>
<p>AWS 認定の重複アカウントは、多くの場合お客様ご自身で統合できます。<a href="https://aws.training/Certification/Profile">プロフィール</a>の「アカウントのマージ」を開き、画面の指示に従ってください。</p>
<p>ツールでエラーが表示される場合のみ、サポートにケースを作成してください。</p>`),
  }),

  // ---------------- info_request (9) ----------------
  mk({
    slug: 'info-ken-form', kind: 'info_request', lang: 'ja', caseId: CASE.ken, enc: 'jis7', to: KEN.keep,
    note: 'asks him to fill in a web form with both candidate IDs and e-mail addresses',
    subject: formSubject(CASE.ken), at: '2026-11-03 04:12:25',
    text: `高橋 健 様

AWS トレーニングと認定カスタマーサービスの木下です。
アカウント統合のご依頼を承りました。手続きを進めるため、お手数ですが下記フォームに両アカウントの情報(候補者 ID、サインイン用メールアドレス、認定通知用メールアドレス)をご入力ください。
https://pages.awscloud.com/certification-account-merge-jp.html?case=${CASE.ken}

入力内容を確認でき次第、次のご案内をお送りします。

${sfOriginal(KEN.keep, '2026/11/02 1:14', SUPPORT_BARE, 'アカウントの統合', KEN_ASK)}

${sfRef('Kt31Pz')}`,
  }),
  mk({
    slug: 'info-misaki-keep-button', kind: 'info_request', lang: 'ja', caseId: CASE.misaki, enc: 'utf8qp', to: MISAKI.keep,
    note: 'button to tell support which account to keep: asks for information, not consent',
    subject: formSubject(CASE.misaki), at: '2026-11-04 08:03:47',
    html: page('ケース', `<p>中村 美咲 様</p>
${paras(`ご連絡ありがとうございます。担当の西村でございます。
お調べしたところ、2つの認定アカウント(${MISAKI.keepId} / ${MISAKI.srcId})が確認できました。
どちらのアカウントを今後お使いになるか、以下のボタンからお選びいただけますでしょうか。`)}
${button(`https://pages.awscloud.com/cert-merge-choice.html?c=${CASE.misaki}`, '残すアカウントを選択する')}
<p>ボタンが表示されない場合は、残したい方のメールアドレスを本メールにご返信ください。</p>
<p>AWS トレーニングと認定<br>${sfRef('Mn04Xq')}</p>`),
  }),
  mk({
    slug: 'info-taro-confirm-address', kind: 'info_request', lang: 'ja', caseId: CASE.taro, enc: 'sjisb64', to: TARO.keep, trap: true,
    note: '「ご確認のうえお知らせください」 about the address to keep: information, worded with confirm',
    subject: formSubject(CASE.taro), at: '2026-11-06 15:30:02', tz: '+0900',
    text: `山田 様

お世話になっております。AWS 認定サポートの柴田です。
統合後に使用するメールアドレスについて、ご登録状況と相違がないか、ご確認のうえお知らせください。
現在の候補者 ID ${TARO.keepId} の通知先は ${TARO.keep}、${TARO.srcId} の通知先は ${TARO.src} となっております。
フォームでも回答いただけます → https://pages.awscloud.com/cert-address-check.html

よろしくお願いいたします。

2026年11月5日(木) 11:02 山田 太郎 <${TARO.keep}>:
> 統合をお願いします。個人アドレスの方を残したいです。`,
  }),
  mk({
    slug: 'info-hanako-outlook', kind: 'info_request', lang: 'ja', caseId: CASE.hanako, enc: 'jisb64', to: HANAKO.keep,
    note: 'asks for the candidate ID of the old account, answer via the portal reply box',
    subject: formSubject(CASE.hanako), at: '2026-11-07 00:45:19',
    text: `佐藤 花子 様

ご連絡いただきありがとうございます。
旧アカウント側の候補者 ID が分からないとのことでしたので、旧アカウントでサインインし、[認定] → [プロフィール] に表示される "AWS" から始まる番号を控えて、サポートセンターのケース画面の[返信]欄に貼り付けて送信してください。
サインインできない場合は、受験した試験名と受験日をお知らせいただければこちらで照合いたします。

${outlookJa(HANAKO.keep, '2026年11月6日 11:20', SUPPORT_BARE, `RE:[CASE ${CASE.hanako}]`, '旧アカウントのIDが分かりません。アドレスは hanako@oldcorp.example.com です。')}`,
  }),
  mk({
    slug: 'info-ken-phish-form', kind: 'info_request', lang: 'ja', caseId: CASE.ken, enc: 'utf8qp', to: KEN.keep,
    from: 'AWS Training and Certification <support@amaz0n-training.jp>', auth: 'fail', trusted: false,
    note: 'phishing imitation of a form request (look-alike domain, dmarc fail); content is an information request',
    subject: `RE:[CASE ${CASE.ken}] 本人確認のためのフォーム入力のお願い`, at: '2026-11-03 09:18:00',
    html: page('本人確認', `<p>お客様</p>
<p>アカウント統合を進めるにあたり、本人確認が必要です。48時間以内に以下のフォームへ両アカウントのメールアドレスとパスワードをご入力ください。期限を過ぎますと認定が失効する場合があります。</p>
${button('https://amaz0n-training.jp/verify/form', 'フォームに入力する', '#d13212')}`),
  }),
  mk({
    slug: 'info-misaki-mobile', kind: 'info_request', lang: 'ja', caseId: CASE.misaki, enc: 'sjis8', crlf: false, to: MISAKI.keep,
    note: 'asks which exams were taken on each account before merging, link to the exam history page',
    subject: formSubject(CASE.misaki), at: '2026-11-05 02:27:40',
    text: `中村様

両方のアカウントに認定履歴があるため、担当チームでの作業となります。
念のため、それぞれのアカウントで取得された認定名と取得日を教えていただけますか。受験履歴ページ(https://aws.training/Certification/History)の画面をそのまま貼り付けていただいても構いません。

AWS T&C サポート 森

> 選択ボタンを押しました。個人アドレスの方を残します。
>
> iPhoneから送信`,
  }),
  mk({
    slug: 'info-taro-portal-upload', kind: 'info_request', lang: 'ja', caseId: CASE.taro, enc: 'utf8b64', to: TARO.keep, trap: true,
    note: 'asks to upload the old score report through the portal; mentions the merge only as future',
    subject: formSubject(CASE.taro), at: '2026-11-08 13:05:12', tz: '+0900',
    text: `山田 太郎 様

追加で1点お願いがございます。旧アカウント(${TARO.srcId})の受験者名がローマ字表記で異なっているため、スコアレポートの PDF をケース画面の「ファイルを添付」からアップロードしていただけますでしょうか。
確認が取れましたら、統合の手続きに進みます。
${caseUrl(CASE.taro)}

柴田`,
  }),
  mk({
    slug: 'info-hanako-survey-like', kind: 'info_request', lang: 'ja', caseId: CASE.hanako, enc: 'utf8qp', to: HANAKO.keep,
    note: 'three-question web form (keep account, addresses, company) that looks like a survey but asks for the merge data',
    subject: `[CASE ${CASE.hanako}] 統合に必要な情報のご入力(3問)`, at: '2026-11-06 23:58:41',
    html: page('入力', `<p>佐藤様</p>
${paras(`統合作業に必要な項目を、次の3問のフォームにまとめました。2分ほどで終わります。
Q1 今後使用するアカウントのメールアドレス
Q2 統合元アカウントの候補者 ID
Q3 APN パートナー企業に所属しているか`)}
${button(`https://pages.awscloud.com/merge-intake.html?case=${CASE.hanako}`, '回答する')}
<p>AWS トレーニングと認定 カスタマーサービス</p>`),
  }),
  mk({
    slug: 'info-ken-from-keep', kind: 'info_request', lang: 'ja', caseId: CASE.ken, enc: 'jis7', to: KEN.src, cc: KEN.keep,
    note: 'asks him to write from the kept address AND give the old candidate ID: info_request',
    subject: formSubject(CASE.ken), at: '2026-11-04 05:40:33',
    text: `高橋様

本件は統合先となるアカウントのメールアドレスからご連絡いただく必要がございます。
${KEN.keep} からこのケースに返信し、あわせて統合元アカウントの候補者 ID をお書き添えください。
ケースページの「返信」ボタンからでも送信できます: ${caseUrl(CASE.ken)}

AWS トレーニングと認定`,
  }),

  // ---------------- confirmation_request (9) ----------------
  mk({
    slug: 'conf-ken-link-consent', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ken, enc: 'jis7', to: KEN.keep,
    note: '「下記リンクより統合への同意をお願いします」: consent to the irreversible merge via a link',
    subject: formSubject(CASE.ken), at: '2026-11-05 03:22:08',
    text: `高橋 健 様

フォームへのご入力ありがとうございました。内容を確認いたしました。
統合元 ${KEN.srcId} の認定・特典を、統合先 ${KEN.keepId} へ移します。この操作は取り消しができません。
問題がなければ、下記リンクより統合への同意をお願いします。
https://pages.awscloud.com/cert-merge-consent.html?case=${CASE.ken}&t=8f2KQ

同意の確認後、通常2〜3営業日で作業を行います。

木下`,
  }),
  mk({
    slug: 'conf-misaki-approve-button', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki, enc: 'utf8qp', to: MISAKI.keep,
    note: 'HTML request to press 承認する to consent to the merge',
    subject: formSubject(CASE.misaki), at: '2026-11-06 07:11:54',
    text: `中村 美咲 様

${MISAKI.keep} を残し、${MISAKI.src} の認定履歴をまとめる準備が整いました。統合後は元に戻せません。
よろしければ次のリンクを開き「承認する」を押してください。
https://pages.awscloud.com/cert-merge-approve.html?c=${CASE.misaki}

西村`,
    html: page('承認', `<p>中村 美咲 様</p>
${paras(`お待たせいたしました。ご指定の ${MISAKI.keep} を残し、${MISAKI.src} の認定履歴をこちらへまとめる準備が整いました。
統合後は元に戻せませんので、内容をご確認のうえ、以下の「承認する」を押してください。押していただいた時点で作業を開始します。`)}
${button(`https://pages.awscloud.com/cert-merge-approve.html?c=${CASE.misaki}`, '承認する')}
<p>西村<br>AWS トレーニングと認定</p>`),
  }),
  mk({
    slug: 'conf-taro-sjis-form', kind: 'confirmation_request', lang: 'ja', caseId: CASE.taro, enc: 'sjis8', to: TARO.keep,
    note: 'asks to tick the agreement box in the form to consent, with the irreversibility warning',
    subject: formSubject(CASE.taro), at: '2026-11-09 10:41:26', tz: '+0900',
    text: `山田 太郎 様

スコアレポートのご提出ありがとうございました。照合が完了しております。
最終確認として、フォーム内の「統合に同意します(元に戻せないことを理解しました)」にチェックを入れて送信してください。
https://pages.awscloud.com/cert-merge-consent.html?case=${CASE.taro}
メールでのご返信(「同意します」の一言)でも受け付けます。

柴田`,
  }),
  mk({
    slug: 'conf-hanako-no-keyword', kind: 'confirmation_request', lang: 'ja', caseId: CASE.hanako, enc: 'jisb64', to: HANAKO.keep,
    note: 'consent asked without the word 同意: "press the button if we may proceed", irreversible',
    subject: formSubject(CASE.hanako), at: '2026-11-08 01:05:44',
    text: `佐藤様

旧アカウント ${HANAKO.srcId} の内容を ${HANAKO.keepId} へ移す作業は、一度行うと戻せません。
この内容で進めてよろしければ、ケース画面の「この内容で進める」ボタンを押していただくか、本メールにその旨ご返信ください。

ケース画面: ${caseUrl(CASE.hanako)}

${outlookJa(HANAKO.keep, '2026年11月7日 9:31', SUPPORT_BARE, `RE:[CASE ${CASE.hanako}]`, `候補者IDは ${HANAKO.srcId} でした。よろしくお願いします。`)}`,
  }),
  mk({
    slug: 'conf-ken-phish', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ken, enc: 'utf8b64', to: KEN.keep,
    from: 'AWS Training and Certification <aws-cs-trainingcertification-form@awstraining-support.com>', auth: 'pass', trusted: false,
    note: 'phishing copy of the consent link from a look-alike domain (its own dmarc pass does not matter)',
    subject: formSubject(CASE.ken), at: '2026-11-05 04:02:10',
    text: `高橋様

アカウントの統合について、24時間以内に下のリンクから同意手続きを完了してください。
完了されない場合、両方のアカウントが停止されます。
https://awstraining-support.com/merge/consent?id=${CASE.ken}

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'conf-misaki-forged-below', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki, enc: 'jis7', to: MISAKI.keep, auth: 'forgedBelow', trusted: false,
    note: 'consent request whose pass verdict sits below the receiving server line: untrusted',
    subject: formSubject(CASE.misaki), at: '2026-11-06 07:30:12',
    text: `中村様

統合の最終確認です。下記の「同意ページ」で「はい」を選択すると統合が確定します(取り消しはできません)。
https://pages.awscloud.com.merge-consent.example.net/jp?c=${CASE.misaki}

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'conf-taro-mixed', kind: 'confirmation_request', lang: 'ja', caseId: CASE.taro, enc: 'utf8qp', to: TARO.keep, cc: TARO.src,
    note: 'bilingual consent request: Japanese new text, English legal sentence, button label Approve',
    subject: formSubject(CASE.taro), at: '2026-11-09 10:44:00', tz: '+0900',
    text: `山田様(英語版は下にあります)

最終のご意思確認です。統合は取り消しできません。ご了承いただける場合は、ケース画面の [Approve] ボタンを押してください。

Please note that merging accounts cannot be reversed. Select Approve on the case page to give your consent.
${caseUrl(CASE.taro)}`,
  }),
  mk({
    slug: 'conf-hanako-resent', kind: 'confirmation_request', lang: 'ja', caseId: CASE.hanako, enc: 'jis7', to: HANAKO.src, deliveredTo: null,
    resent: { from: 'postmaster@oldcorp.example.com', to: 'it-archive@oldcorp.example.com', date: 'Mon, 9 Nov 2026 02:10:00 +0000' }, forUser: false,
    note: 'consent request redirected by the old company to its archive (Resent-*): not delivered to the user',
    subject: formSubject(CASE.hanako), at: '2026-11-08 01:06:30',
    text: `佐藤様

統合元アカウント宛てにも同じご案内をお送りしています。
統合に同意いただける場合は、次のリンクを開いて「同意する」をクリックしてください。
https://pages.awscloud.com/cert-merge-consent.html?case=${CASE.hanako}`,
  }),
  mk({
    slug: 'conf-ken-thread-gmail', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ken, enc: 'sjisb64', to: KEN.keep,
    note: 'second consent mail after the form link expired: consent again via new link',
    subject: formSubject(CASE.ken), at: '2026-11-06 06:15:51',
    text: `高橋様

先日お送りした同意用リンクの有効期限(72時間)が切れておりました。失礼いたしました。
新しいリンクを発行しましたので、内容をご確認いただき、統合にご同意いただける場合は開いて「同意」を押してください。
https://pages.awscloud.com/cert-merge-consent.html?case=${CASE.ken}&t=Q7m2c

${gmailJa('2026年11月6日(金) 9:02', `高橋 健 <${KEN.keep}>`, 'リンクを開くと「期限切れ」と出ます。')}`,
  }),

  // ---------------- merge_completed (8) ----------------
  mk({
    slug: 'merged-ken-portal', kind: 'merge_completed', lang: 'ja', caseId: null, enc: 'utf8qp', to: KEN.keep, from: CERT_PORTAL,
    note: "the certification portal's own merged notice (no case ID), with a link to view the profile",
    subject: 'AWS 認定: アカウントの統合が完了しました', at: '2026-11-07 22:03:11',
    html: page('統合完了', `<p>${KEN.ja} 様</p>
<p>お客様の AWS 認定アカウントは統合されました。以前のアカウントの認定と特典は、現在のアカウント(${KEN.keepId})で確認できます。</p>
${button('https://aws.training/Certification/Profile', 'プロフィールを表示')}
<p>このメールは自動送信です。</p>`),
  }),
  mk({
    slug: 'merged-misaki-check-link', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki, enc: 'jis7', to: MISAKI.keep, trap: true,
    note: 'completion that asks to check all looks right via a link: stays merge_completed (uses confirm words)',
    subject: formSubject(CASE.misaki), at: '2026-11-08 05:50:29',
    text: `中村 美咲 様

ご承認ありがとうございました。本日、2つのアカウントの統合作業を完了いたしました。
以下のページから、認定・受験履歴・バウチャーが正しく表示されているかご確認ください。
https://aws.training/Certification/Benefits

表示に問題がありましたら、このケースにご返信ください。

西村`,
  }),
  mk({
    slug: 'merged-taro-close-too', kind: 'merge_completed', lang: 'ja', caseId: CASE.taro, enc: 'sjis8', to: TARO.keep, trap: true,
    note: 'says the accounts were merged and that the case will now be closed: merge_completed',
    subject: formSubject(CASE.taro), at: '2026-11-11 16:20:45', tz: '+0900',
    text: `山田 太郎 様

ご同意のクリックを確認し、${TARO.srcId} を ${TARO.keepId} に統合いたしました。
今後は ${TARO.keep} でサインインしてください。本ケースはこれをもってクローズいたします。

AWS 認定サポート 柴田`,
  }),
  mk({
    slug: 'merged-hanako-b64', kind: 'merge_completed', lang: 'ja', caseId: CASE.hanako, enc: 'jisb64', to: HANAKO.keep,
    note: 'completion stated with te-form and the ID between words',
    subject: formSubject(CASE.hanako), at: '2026-11-10 03:33:03',
    text: `佐藤様

お待たせしました。旧アカウント(${HANAKO.srcId})の認定は、本日付で ${HANAKO.keepId} へ統合し、旧アカウントは無効化しております。
ダッシュボードの「取得済み認定」からご覧いただけます。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'merged-ken-lookalike-server', kind: 'merge_completed', lang: 'ja', caseId: CASE.ken, enc: 'utf8b64', to: KEN.keep, auth: 'lookalikeServer', trusted: false,
    note: 'completion notice whose Authentication-Results come from a look-alike authserv-id',
    subject: formSubject(CASE.ken), at: '2026-11-08 00:11:40',
    text: `高橋様

同意フォームのご送信を受け、アカウントの統合を完了しました。
統合後のアカウント: ${KEN.keepId}

木下`,
  }),
  mk({
    slug: 'merged-misaki-portal-html', kind: 'merge_completed', lang: 'ja', caseId: null, enc: 'utf8b64', to: MISAKI.keep, from: CERT_PORTAL,
    note: 'portal notice (HTML-only, no case ID) saying the accounts are now one',
    subject: 'アカウントのマージが完了しました', at: '2026-11-08 05:41:02',
    html: page('完了', `<p>AWS Certification をご利用いただきありがとうございます。</p>
<p>ご依頼のあった2件のアカウントは1件にまとめられました。今後は <b>${MISAKI.keep}</b> でサインインしてください。</p>
<p><a href="https://aws.training/Certification">AWS Certification にサインイン</a></p>`),
  }),
  mk({
    slug: 'merged-taro-team-list', kind: 'merge_completed', lang: 'ja', caseId: CASE.taro, enc: 'jis7', to: 'cert-admin@corp.example.co.jp', deliveredTo: 'cert-admin@corp.example.co.jp', forUser: false,
    note: "completion notice addressed to the company's certification list, not to the user",
    subject: formSubject(CASE.taro), at: '2026-11-11 16:25:00', tz: '+0900',
    text: `ご担当者様

候補者 ${TARO.srcId} のアカウントは、ご本人の同意に基づき ${TARO.keepId} に統合されました。
APN の集計への反映には数日かかる場合があります。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'merged-hanako-mobile-top', kind: 'merge_completed', lang: 'ja', caseId: CASE.hanako, enc: 'utf8qp', to: HANAKO.keep,
    note: 'short completion above a long quoted thread with a consent link in the quote',
    subject: formSubject(CASE.hanako), at: '2026-11-10 03:40:10',
    text: `佐藤様
統合、終わりました。ご確認ください。
AWS T&C

${outlookJa(HANAKO.keep, '2026年11月8日 10:12', SUPPORT_BARE, `RE:[CASE ${CASE.hanako}]`, `「この内容で進める」を押しました。

${sfOriginal(SUPPORT_BARE, '2026/11/08 1:05', HANAKO.keep, formSubject(CASE.hanako), 'この内容で進めてよろしければ、ケース画面のボタンを押してください。')}`)}`,
  }),

  // ---------------- badges_transferred (8) ----------------
  mk({
    slug: 'badge-ken-credly-ja', kind: 'badges_transferred', lang: 'ja', caseId: null, enc: 'utf8qp', to: KEN.keep, from: CREDLY_AWS, relay: 'o1.em.credly.com',
    note: 'AWS badge issued on Credly to the kept address, with the claim button',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', at: '2026-11-09 07:02:33',
    text: `${KEN.ja} さん、おめでとうございます。
Amazon Web Services Training and Certification からバッジが発行されました。
バッジを入手する: https://www.credly.com/badges/3f1c2a90-5d1e-4b77-9a0e-1c2d3e4f5a6b/accept`,
    html: page('バッジ', `<p>${KEN.ja} さん、おめでとうございます。</p>
<p>Amazon Web Services Training and Certification から「AWS Certified Solutions Architect – Associate」のバッジが発行されました。</p>
${button('https://www.credly.com/badges/3f1c2a90-5d1e-4b77-9a0e-1c2d3e4f5a6b/accept', 'バッジを入手する', '#ff6b00')}
<p>Credly は Pearson のサービスです。</p>`),
  }),
  mk({
    slug: 'badge-misaki-support', kind: 'badges_transferred', lang: 'ja', caseId: CASE.misaki, enc: 'jis7', to: MISAKI.keep,
    note: 'support says the Credly badges were moved and gives the link to view them',
    subject: formSubject(CASE.misaki), at: '2026-11-10 02:14:58',
    text: `中村様

ご指摘のあった Credly のデジタルバッジにつきまして、${MISAKI.keep} のアカウントへ移行いたしました。
以下のリンクからバッジ一覧をご確認いただけます。
https://www.credly.com/users/misaki-nakamura/badges

西村`,
  }),
  mk({
    slug: 'badge-taro-credly-sjis', kind: 'badges_transferred', lang: 'ja', caseId: null, enc: 'sjisb64', to: TARO.keep, from: CREDLY_AWS, relay: 'o1.em.credly.com',
    note: 'Credly issue mail from AWS in Shift_JIS: badge now on the kept address',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', at: '2026-11-12 09:31:17', tz: '+0900',
    text: `山田 太郎 さん

AWS Certified Cloud Practitioner のバッジを受け取る準備ができました。
次のリンクからバッジを入手し、プロフィールで公開してください。
https://www.credly.com/badges/aa07d5c2-11e3-4f0b-8c2d-7e9f00b1c3d4/accept

Credly`,
  }),
  mk({
    slug: 'badge-hanako-close', kind: 'badges_transferred', lang: 'ja', caseId: CASE.hanako, enc: 'utf8b64', to: HANAKO.keep, trap: true,
    note: 'support: badges moved, and the case will be closed: badges_transferred (closing words)',
    subject: formSubject(CASE.hanako), at: '2026-11-12 04:48:20',
    text: `佐藤 花子 様

旧アカウントに残っていた Credly バッジ(2件)を、${HANAKO.keep} に紐づけ直しました。Credly にサインインすると表示されます。
これですべての作業が完了しましたので、本ケースはクローズとさせていただきます。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'badge-ken-lookalike', kind: 'badges_transferred', lang: 'ja', caseId: null, enc: 'utf8qp', to: KEN.keep,
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-badges.co>', auth: 'none', trusted: false,
    note: 'look-alike Credly domain claiming an AWS badge: untrusted',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', at: '2026-11-09 08:15:00',
    html: page('バッジ', `<p>バッジが発行されました。72時間以内に受け取らない場合は失効します。</p>
${button('https://credly-badges.co/claim?u=ken', 'バッジを入手する', '#ff6b00')}`),
  }),
  mk({
    slug: 'badge-misaki-mixed', kind: 'badges_transferred', lang: 'ja', caseId: CASE.misaki, enc: 'sjis8', to: MISAKI.keep,
    note: 'support: badges re-issued to the kept address, claim link sent by Credly separately',
    subject: formSubject(CASE.misaki), at: '2026-11-09 23:50:02',
    text: `中村様

バッジの件、お待たせいたしました。旧アドレス宛てだった3件のバッジを ${MISAKI.keep} 宛てに再発行しました。
Credly から "Accept your badge" のメールが届いておりますので、ボタンを押して受け取りを完了してください。

西村`,
  }),
  mk({
    slug: 'badge-taro-html-quote', kind: 'badges_transferred', lang: 'ja', caseId: CASE.taro, enc: 'utf8b64', to: TARO.keep,
    note: 'HTML reply: badges transferred to Credly account of the kept address; quote in blockquote',
    subject: formSubject(CASE.taro), at: '2026-11-13 11:12:30', tz: '+0900',
    html: page('バッジ', `<p>山田様</p>
<p>Credly のバッジ(SAA / CLF)を新しいアカウントへ移しました。<a href="https://www.credly.com/earner/earned">こちら</a>から確認できます。</p>
<p>柴田</p>
<div class="gmail_quote"><blockquote style="border-left:1px solid #ccc;padding-left:8px">統合は確認できましたが、Credly のバッジが旧アドレスのままです。</blockquote></div>`),
  }),
  mk({
    slug: 'badge-hanako-credly-jis', kind: 'badges_transferred', lang: 'ja', caseId: null, enc: 'jis7', to: HANAKO.keep, from: CREDLY_AWS, relay: 'o1.em.credly.com',
    note: 'Credly AWS badge mail in ISO-2022-JP to the kept address',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', at: '2026-11-11 00:20:44',
    text: `佐藤 花子 さん

Amazon Web Services Training and Certification があなたにバッジを発行しました。
AWS Certified Developer - Associate
バッジを入手する: https://www.credly.com/badges/5b2e9f10-8c44-4d0a-b1e6-2f3a4b5c6d7e/accept`,
  }),

  // ---------------- case_closed (7) ----------------
  mk({
    slug: 'closed-ken-resolved-link', kind: 'case_closed', lang: 'ja', caseId: CASE.ken, enc: 'jis7', to: KEN.keep, from: AWS_NOTIFY,
    note: 'case resolved; link offered only to reopen',
    subject: `ケース ${CASE.ken} は解決済みになりました`, at: '2026-11-10 01:00:00',
    text: `高橋 健 様

ケース ${CASE.ken} のステータスが「解決済み」に変更されました。
引き続きサポートが必要な場合は、14日以内にサポートセンターでケースを再開できます。
${caseUrl(CASE.ken)}

Amazon Web Services`,
  }),
  mk({
    slug: 'closed-misaki-autoclose', kind: 'case_closed', lang: 'ja', caseId: CASE.misaki, enc: 'utf8qp', to: MISAKI.keep, trap: true,
    note: 'will auto-close in 3 days unless she clicks / replies; the consent is only mentioned',
    subject: formSubject(CASE.misaki), at: '2026-11-07 06:00:00',
    text: `中村様

先日ご案内した承認ボタンについて、その後いかがでしょうか。
3日以内にご操作またはご返信がない場合、本ケースは自動的にクローズされます。クローズ後も、同じケースに返信すれば再開できます。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'closed-taro-restated', kind: 'case_closed', lang: 'ja', caseId: CASE.taro, enc: 'sjis8', crlf: false, to: TARO.keep, trap: true,
    note: 'closing that only restates the merge of last week: case_closed',
    subject: formSubject(CASE.taro), at: '2026-11-18 10:00:05', tz: '+0900',
    text: `山田様

先週ご連絡のとおり統合は完了しておりますので、本件はクローズいたします。
ご不明点があれば、サポートセンターから新しいケースを作成してください。

柴田`,
  }),
  mk({
    slug: 'closed-hanako-dupcase', kind: 'case_closed', lang: 'ja', caseId: CASE.hanakoDup, enc: 'jisb64', to: HANAKO.keep, trap: true,
    note: 'duplicate case closed and merged into the original case: not the account merge',
    subject: formSubject(CASE.hanakoDup), at: '2026-11-06 05:12:33',
    text: `佐藤様

同じご依頼で2件のケース(${CASE.hanako} と ${CASE.hanakoDup})をいただいておりましたので、ケースを統合し、こちらの ${CASE.hanakoDup} はクローズいたします。
今後のやり取りは ${CASE.hanako} にて行います。`,
  }),
  mk({
    slug: 'closed-ken-failfwd', kind: 'case_closed', lang: 'ja', caseId: CASE.ken, enc: 'utf8b64', to: KEN.keep, auth: 'failThenForged', trusted: false,
    note: 'closing notice with a fail verdict on top and a planted pass below: untrusted',
    subject: formSubject(CASE.ken), at: '2026-11-10 02:30:00',
    text: `高橋様

本ケースはクローズされました。アンケートへのご協力をお願いいたします。
https://survey.aws-feedback.example.net/s?c=${CASE.ken}`,
  }),
  mk({
    slug: 'closed-misaki-nofb', kind: 'case_closed', lang: 'ja', caseId: CASE.misaki, enc: 'sjisb64', to: MISAKI.keep,
    note: 'case closed after no response, with a link to open a new case',
    subject: `ケース ${CASE.misaki} をクローズしました`, at: '2026-11-14 06:00:00', from: AWS_NOTIFY,
    text: `中村 美咲 様

一定期間ご返信がなかったため、ケース ${CASE.misaki} をクローズしました。
再度お問い合わせいただく場合は https://support.aws.amazon.com/#/contacts/aws-training からお願いいたします。`,
  }),
  mk({
    slug: 'closed-taro-5days', kind: 'case_closed', lang: 'ja', caseId: CASE.taro, enc: 'utf8qp', to: TARO.keep,
    note: 'reminder: case closes in 5 days without a reply',
    subject: `【リマインド】${formSubject(CASE.taro)}`, at: '2026-11-15 09:00:00', tz: '+0900', wholeSubject: true,
    text: `山田様

ケースが「お客様の返信待ち」のままとなっております。5日以内にご返信がない場合、自動的にクローズされますのでご了承ください。

AWS 認定サポート`,
  }),

  // ---------------- support_reply (7) ----------------
  mk({
    slug: 'sr-ken-thanks-approve', kind: 'support_reply', lang: 'ja', caseId: CASE.ken, enc: 'jis7', to: KEN.keep, trap: true,
    note: 'thanks for consenting via the link, handed to the team: support_reply',
    subject: formSubject(CASE.ken), at: '2026-11-06 07:42:18',
    text: `高橋様

同意ページでのご操作を確認いたしました。ありがとうございます。
統合作業は専任チームへ引き継ぎましたので、完了しましたら改めてご連絡いたします。

木下`,
  }),
  mk({
    slug: 'sr-misaki-not-yet', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, enc: 'utf8b64', to: MISAKI.keep, trap: true,
    note: 'the merge has not been completed yet; status link only',
    subject: formSubject(CASE.misaki), at: '2026-11-07 01:22:40',
    text: `中村様

お問い合わせの件、統合はまだ完了しておりません。現在、担当チームにて作業中です。
進捗はケースページ(${caseUrl(CASE.misaki)})でもご覧いただけます。

西村`,
  }),
  mk({
    slug: 'sr-taro-conditional', kind: 'support_reply', lang: 'ja', caseId: CASE.taro, enc: 'sjis8', to: TARO.keep, trap: true,
    note: '「統合が完了しましたら」: future event, no request',
    subject: formSubject(CASE.taro), at: '2026-11-10 09:14:51', tz: '+0900',
    text: `山田様

作業は予定どおり進んでおります。統合が完了しましたら、改めてメールでお知らせいたします。バッジについてもその際にご案内します。

柴田`,
  }),
  mk({
    slug: 'sr-hanako-unable', kind: 'support_reply', lang: 'ja', caseId: CASE.hanako, enc: 'jisb64', to: HANAKO.keep, trap: true,
    note: 'explains the self-service button cannot merge accounts with history; support will handle it',
    subject: formSubject(CASE.hanako), at: '2026-11-06 09:02:17',
    text: `佐藤様

ご質問の件、プロフィール画面の「統合」ボタンでエラーになるのは、両方のアカウントに認定履歴があるためです。その場合はツールでは統合できませんので、本ケースで担当チームが対応いたします。
ご対応いただくことは現時点ではございません。`,
  }),
  mk({
    slug: 'sr-ken-escalated', kind: 'support_reply', lang: 'ja', caseId: CASE.ken, enc: 'utf8qp', to: KEN.keep,
    note: 'escalation notice with a link to the status page; nothing asked',
    subject: formSubject(CASE.ken), at: '2026-11-07 03:05:55',
    text: `高橋 健 様

社内の専門部署へエスカレーションいたしました。通常より少しお時間をいただく見込みです。
障害情報などは https://health.aws.amazon.com/health/status でご覧いただけますが、本件とは関係ございません。

木下`,
  }),
  mk({
    slug: 'sr-misaki-voucher', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, enc: 'jis7', to: MISAKI.keep,
    note: 'answers a question about the 50% voucher: human reply, no new event',
    subject: formSubject(CASE.misaki), at: '2026-11-09 02:40:30',
    text: `中村様

お問い合わせのバウチャーについてです。割引特典は、特典ページ(https://aws.training/Certification/Benefits)の「バウチャーを取得」から発行できます。有効期限は発行日から1年間です。

西村`,
  }),
  mk({
    slug: 'sr-taro-kb-human', kind: 'support_reply', lang: 'ja', caseId: CASE.taro, enc: 'utf8b64', to: TARO.keep,
    note: 'human agent points to an article about Builder ID sign-in: reading link, no request',
    subject: formSubject(CASE.taro), at: '2026-11-12 14:02:10', tz: '+0900',
    text: `山田様

サインイン方法のご質問について、手順をまとめた記事がございますのでご案内します(読んでいただくだけで結構です)。
https://aws.amazon.com/jp/builder-id/

柴田`,
  }),

  // ---------------- unrelated (12) ----------------
  mk({
    slug: 'un-ken-survey', kind: 'unrelated', lang: 'ja', caseId: CASE.ken, enc: 'utf8qp', to: KEN.keep, from: 'AWS Support <aws-support-survey@amazon.com>', trap: true,
    note: 'survey about the closed case ("was your issue resolved?"): unrelated',
    subject: `ケース ${CASE.ken} に関するアンケートのお願い`, at: '2026-11-10 05:00:00',
    html: page('アンケート', `<p>先日のお問い合わせ(ケース ${CASE.ken})について、問題は解決しましたか?</p>
${button('https://amazonsupport.example-survey.amazon.com/s?yes', 'はい、解決しました')} ${button('https://amazonsupport.example-survey.amazon.com/s?no', 'いいえ')}
<p>回答は1分ほどで完了します。</p>`),
  }),
  mk({
    slug: 'un-misaki-sent-approve', kind: 'unrelated', lang: 'ja', caseId: CASE.misaki, enc: 'jis7', from: `中村 美咲 <${MISAKI.keep}>`, to: SUPPORT, auth: 'none', trusted: false, deliveredTo: null, forUser: false, trap: true,
    note: "the user's own sent reply saying she pressed Approve: no news from support",
    subject: formSubject(CASE.misaki), at: '2026-11-06 08:02:00',
    text: `ご担当者様

「承認する」ボタンを押しました。統合をよろしくお願いいたします。

中村

${sfOriginal(SUPPORT_BARE, '2026/11/06 7:11', MISAKI.keep, formSubject(CASE.misaki), '統合後は元に戻せませんので、以下の「承認する」を押してください。')}`,
  }),
  mk({
    slug: 'un-ken-credly-ms', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'utf8qp', to: KEN.keep, from: 'Microsoft via Credly <admin@credly.com>', relay: 'o1.em.credly.com', trap: true,
    note: 'Credly badge from another issuer (Microsoft): unrelated',
    subject: 'Microsoftのバッジ発行のお知らせ', at: '2026-11-08 03:03:03',
    html: page('バッジ', `<p>Microsoft から「Azure Fundamentals」のバッジが発行されました。</p>${button('https://www.credly.com/badges/0c9d8e7f-aaaa-4bbb-8ccc-1d2e3f4a5b6c/accept', 'バッジを入手する', '#ff6b00')}`),
  }),
  mk({
    slug: 'un-taro-credly-mergecode', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'utf8b64', to: TARO.keep, from: 'Credly <admin@credly.com>', relay: 'o1.em.credly.com', trap: true,
    note: "Credly's own account-merge code mail: unrelated",
    subject: 'Credly アカウントの統合を完了してください', at: '2026-11-13 12:40:00', tz: '+0900',
    text: `Credly アカウントの統合リクエストを受け付けました。
以下の確認コードを入力して、統合を完了してください。
確認コード: 482913
このリクエストに心当たりがない場合は、このメールを無視してください。`,
  }),
  mk({
    slug: 'un-hanako-oof-oldcorp', kind: 'unrelated', lang: 'ja', caseId: CASE.hanako, enc: 'jis7', to: SUPPORT, cc: HANAKO.keep, from: `自動応答 <noreply@oldcorp.example.com>`, rcpt: HANAKO.keep, auth: 'none', trusted: false, trap: true,
    extra: ['Auto-Submitted: auto-replied'],
    note: "old company's auto-reply to a consent mail, copied to her: out-of-office is unrelated",
    subject: `自動応答: ${formSubject(CASE.hanako)}`, at: '2026-11-08 01:06:50',
    text: `このアドレス(hanako@oldcorp.example.com)は現在使用されておりません。
ご用件は総務部までお問い合わせください。

---- 受信したメッセージ ----
統合に同意いただける場合は、次のリンクを開いて「同意する」をクリックしてください。`,
  }),
  mk({
    slug: 'un-ken-fwd-colleague', kind: 'unrelated', lang: 'ja', caseId: CASE.ken, enc: 'sjis8', from: `高橋 健 <${KEN.keep}>`, to: '鈴木 一郎 <ichiro.suzuki@example.co.jp>', auth: 'none', trusted: false, deliveredTo: null, forUser: false, trap: true,
    note: "the user's forward of the consent mail to a colleague: his own mail",
    subject: `Fw: ${formSubject(CASE.ken)}`, at: '2026-11-05 12:20:00', tz: '+0900',
    text: `鈴木さん

AWS から統合の同意リンクが来ました。この手順で問題なさそうなので押しておきます。

-------- 転送メッセージ --------
差出人: AWS Training and Certification <${SUPPORT_BARE}>
件名: ${formSubject(CASE.ken)}

問題がなければ、下記リンクより統合への同意をお願いします。`,
  }),
  mk({
    slug: 'un-misaki-exam-booking', kind: 'unrelated', lang: 'ja', caseId: CASE.exam, enc: 'utf8qp', to: MISAKI.keep, trap: true,
    note: "reply on her other case about an exam reschedule, with a form link: a different case's topic",
    subject: `RE:[CASE ${CASE.exam}] [AWS Training and Certification Form Submission] - exam-scheduling`, at: '2026-11-12 04:10:00',
    text: `中村様

試験日程の変更についてのお問い合わせありがとうございます。
Pearson VUE の予約変更フォーム(https://home.pearsonvue.com/aws)から、ご希望の日時を入力してください。入力後、予約確認のメールが届きます。`,
  }),
  mk({
    slug: 'un-taro-reinvent', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'utf8b64', to: TARO.keep, from: 'AWS Events <aws-events@amazon.com>', trap: true,
    note: 'event marketing with "confirm your registration" button',
    subject: 'AWS Summit Japan: ご登録の確認をお願いします', at: '2026-11-14 01:00:00',
    html: page('イベント', `<p>AWS Summit Japan へのお申し込みありがとうございます。下のボタンから登録を確定してください。</p>${button('https://aws.amazon.com/jp/summits/japan/confirm', '登録を確定する')}`),
  }),
  mk({
    slug: 'un-hanako-skillbuilder', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'jisb64', to: HANAKO.keep, from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', trap: true,
    note: 'Skill Builder course completion notice: not the account merge',
    subject: 'コースを完了しました: AWS Cloud Practitioner Essentials', at: '2026-11-09 10:00:00',
    text: `佐藤 花子 さん

「AWS Cloud Practitioner Essentials」の受講を完了しました。修了証は「マイラーニング」からダウンロードできます。
https://skillbuilder.aws/learn`,
  }),
  mk({
    slug: 'un-ken-billing-other-case', kind: 'unrelated', lang: 'ja', caseId: CASE.kenOther, enc: 'jis7', to: KEN.keep, from: AWS_NOTIFY, trap: true,
    note: 'receipt of his other case about a voucher refund: says its topic, so unrelated',
    subject: `ケース ${CASE.kenOther} を受け付けました(返金のお問い合わせ)`, at: '2026-11-04 02:00:00',
    text: `高橋様

試験料の返金に関するお問い合わせ(ケース ${CASE.kenOther})を受け付けました。
担当者から追って返信いたします。`,
  }),
  mk({
    slug: 'un-misaki-result', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'utf8qp', to: MISAKI.keep, from: CERT_PORTAL,
    note: 'exam result notice with a link to the score report',
    subject: 'AWS 認定試験の結果が公開されました', at: '2026-11-15 03:00:00',
    text: `中村 美咲 様

AWS Certified Solutions Architect - Professional の試験結果が公開されました。以下のリンクからスコアレポートをご確認ください。
https://aws.training/Certification/ExamHistory`,
  }),
  mk({
    slug: 'un-taro-phish-generic', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'sjis8', to: TARO.keep, from: 'Amazon <account-update@amazon-co-jp.security-check.example.com>', auth: 'none', trusted: false, trap: true,
    note: 'generic phishing "confirm your account" not about the merge: unrelated',
    subject: 'アカウント情報の確認が必要です', at: '2026-11-16 20:00:00', tz: '+0900',
    text: `お客様のアカウントで異常なサインインを検出しました。
24時間以内に以下のリンクからアカウント情報を確認してください。確認がない場合アカウントは停止されます。
https://amazon-co-jp.security-check.example.com/confirm`,
  }),
];
