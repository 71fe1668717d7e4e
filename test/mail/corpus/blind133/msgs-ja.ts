// Set eb, Japanese messages: options offered by support and choices made by the customer.
import { rfcDate, type Msg } from './lib.js';
import {
  AWS_NOTIFY, CASE, CREDLY_AWS, KEN, MISAKI, PORTAL, SHO, SUPPORT, SUPPORT_BARE,
  formSubject, gmailJa, outlookJa, paras, quote, sfOriginal, sfRef, toMsg, type Spec,
} from './common.js';

const d = (s: string): string => rfcDate(s, '+0000');
const dj = (s: string): string => rfcDate(s, '+0900');

const KEN_REQ = `AWS認定アカウントが2つあり、1つにまとめたいです。
アカウントA: ${KEN.keepId} / ${KEN.keep}
アカウントB: ${KEN.srcId} / ${KEN.src}
どちらを残すべきか分からないので、おすすめを教えてください。
鈴木 健`;

const MISAKI_REQ = `お世話になります。高橋と申します。
前の職場のアドレス(${MISAKI.src})と個人アドレス(${MISAKI.keep})で認定アカウントが分かれてしまいました。
統合の方法をいくつか教えていただけますか。`;

const SHO_REQ = `大学のメールで作った認定アカウント(${SHO.srcId})と、今のアカウント(${SHO.keepId})を統合したいです。よろしくお願いします。 伊藤`;

const S: Spec[] = [
  // ---------------- acknowledgement (7) ----------------
  {
    tag: 'uketsuke-menu', kind: 'acknowledgement', case: CASE.ken,
    note: 'automatic receipt with the case ID; the numbered list only tells how to add information later',
    from: AWS_NOTIFY, to: `鈴木 健 <${KEN.keep}>`, subject: `[CASE ${CASE.ken}] お問い合わせを受け付けました`,
    date: dj('2026-11-02 21:14:09'), enc: 'jis7',
    text: `鈴木 健 様

AWS トレーニングと認定へのお問い合わせを、ケース ID ${CASE.ken} として登録しました。
担当者から通常24時間以内にご連絡いたします。

この後の操作は次のいずれかをご利用ください。
  1. 情報を追加する: このメールにそのまま返信してください
  2. ケースの状況を見る: サポートセンターの「ケース」画面を開いてください

※同じ内容で新しいケースを作成されますと、対応が遅れる原因となります。

このメールは送信専用アドレスから送信されています。
Amazon Web Services`,
  },
  {
    tag: 'receipt-category', kind: 'acknowledgement', case: CASE.misaki,
    note: 'receipt echoing the category the customer picked in the form menu',
    to: `${MISAKI.keep}`, subject: `[CASE ${CASE.misaki}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: dj('2026-10-14 08:02:51'), enc: 'utf8qp',
    text: `お問い合わせありがとうございます。

以下の内容でケースを作成しました。
  ケース番号 ..... ${CASE.misaki}
  お問い合わせの種類 ..... AWS トレーニングと認定
  選択された項目 ..... 認定 > アカウントの統合
  連絡先メール ..... ${MISAKI.keep}

営業日1〜2日以内に、担当よりこのアドレス宛てにご返信します。
ご返信をお待ちのあいだに、同じご依頼で別のケースを起票されないようお願いいたします。

AWS Training and Certification カスタマーサポート`,
  },
  {
    tag: 'html-receipt-sho', kind: 'acknowledgement', case: CASE.sho,
    note: 'HTML-only automatic receipt in Shift_JIS with the case number in a table',
    from: AWS_NOTIFY, to: `${SHO.keep}`, subject: `ケース ${CASE.sho} を作成しました`,
    date: dj('2026-12-01 13:40:02'), enc: 'sjisb64',
    html: `<html><body style="font-family:sans-serif">
<p>伊藤 翔 様</p>
<p>AWS サポートにお問い合わせいただきありがとうございます。ご依頼は次の番号で記録されました。</p>
<table border="1" cellpadding="4"><tr><th>ケース ID</th><td>${CASE.sho}</td></tr>
<tr><th>サービス</th><td>AWS Training and Certification</td></tr>
<tr><th>ステータス</th><td>未割り当て</td></tr></table>
<p>担当者が確認し次第、ご登録のメールアドレスへご連絡します。このメールへの返信でもケースに追記できます。</p>
<p>Amazon Web Services</p></body></html>`,
  },
  {
    tag: 'dup-receipt', kind: 'acknowledgement', case: CASE.misakiDup,
    note: 'receipt of a second (duplicate) case the customer opened; still just a receipt',
    to: `${MISAKI.keep}`, subject: formSubject(CASE.misakiDup).replace('RE:', ''),
    date: dj('2026-10-15 19:22:30'), enc: 'jisb64', wholeSubject: true,
    text: `高橋 美咲 様

お問い合わせ番号 ${CASE.misakiDup} にて受け付けいたしました。
内容を確認のうえ、担当者よりご連絡差し上げます。今しばらくお待ちください。

AWS トレーニングと認定 サポートチーム`,
  },
  {
    tag: 'receipt-fields', kind: 'acknowledgement', case: CASE.ken, trap: true,
    note: 'receipt listing the fields received (keep/merge direction, candidate IDs) and a merge-time estimate; it asks for nothing',
    to: `${KEN.keep}`, subject: `[CASE ${CASE.ken}] 受付完了のお知らせ`,
    date: dj('2026-11-02 21:15:40'), enc: 'utf8b64',
    text: `このメールは自動送信です。

ケース ${CASE.ken} で以下の情報を受け取りました。
 - 氏名: 鈴木 健
 - AWS 候補者 ID: ${KEN.keepId}
 - 残すアカウント(フォームでの選択): A
 - 統合元: ${KEN.srcId}

アカウント統合が完了するまでの目安は、担当者からの連絡後3〜5営業日です。
内容に誤りがある場合は、このメールに返信してお知らせください。

AWS Training & Certification`,
  },
  {
    tag: 'fake-receipt', kind: 'acknowledgement', case: CASE.sho, untrusted: true,
    note: 'receipt from a look-alike domain (aws-certification-support.jp); untrusted',
    from: 'AWS Training and Certification <support@aws-certification-support.jp>', to: `${SHO.keep}`,
    subject: `[CASE ${CASE.sho}] お問い合わせ受付`, date: dj('2026-12-01 14:02:11'), enc: 'utf8qp',
    text: `伊藤様

ケース番号 ${CASE.sho} を受け付けました。
本人確認のため、以下のいずれかのボタンから48時間以内にサインインしてください。
 [A] AWS Builder ID でサインイン
 [B] 旧アカウントでサインイン

AWS サポート`,
  },
  {
    tag: 'receipt-bilingual', kind: 'acknowledgement', case: CASE.ken2,
    note: 'receipt that says nothing of its topic, English boilerplate plus Japanese text; read as a receipt',
    to: `${KEN.keep}`, subject: `[CASE ${CASE.ken2}] Thank you for contacting AWS Training and Certification`,
    date: dj('2026-11-20 10:05:18'), enc: 'jis7',
    text: `Thank you for contacting AWS Training and Certification.
お問い合わせありがとうございます。ケース番号は ${CASE.ken2} です。

内容を拝見したうえで、担当者からご返信いたします。
We will get back to you shortly.

AWS Training and Certification Support`,
  },

  // ---------------- ai_answer (7) ----------------
  {
    tag: 'ai-two-ways', kind: 'ai_answer', case: null,
    note: 'AI-generated answer offering two ways: the self-service tool or a case',
    from: AWS_NOTIFY, to: `${MISAKI.keep}`, subject: 'AWS サポート: 生成 AI による回答',
    date: dj('2026-10-14 07:58:02'), enc: 'utf8qp',
    text: `この回答は生成 AI によって作成されました。内容が正確でない場合があります。

認定アカウントをまとめる方法は、主に次の2通りです。

方法1 (ご自身で操作)
  認定ポータルにサインインし、プロフィールから「アカウントを統合」を選びます。統合したいもう一方のアカウントでもサインインして手順を進めます。

方法2 (サポートに依頼)
  両方のアカウントに認定の履歴がある場合、ツールは使えません。このページの「ケースを作成」を選び、両アカウントの候補者 ID をお知らせください。

問題は解決しましたか?  はい / いいえ、ケースを作成する`,
  },
  {
    tag: 'ai-after-merge', kind: 'ai_answer', case: null, trap: true,
    note: 'AI answer explaining what happens after a merge and offering a choice of routes; stays ai_answer',
    from: AWS_NOTIFY, to: `${KEN.keep}`, subject: '自動回答: アカウントの統合について',
    date: dj('2026-11-02 21:09:47'), enc: 'jisb64',
    text: `[自動生成された回答]

ご質問ありがとうございます。以下からご希望に近いものをお選びください。

 A. セルフサービスの統合ツールを使う
    認定ポータルの「プロフィール」→「アカウントの統合」から進めます。統合が完了すると、統合元の試験履歴と特典は残す側のアカウントに表示されます。
 B. サポート担当者に依頼する
    ツールで「サポートにお問い合わせください」と表示された場合はこちらです。

Credly のバッジは、統合後に残す側のメールアドレスで受け取り直すのがおすすめです。

この回答で解決しない場合は「ケースを作成」を押してください。`,
  },
  {
    tag: 'ai-html-choice', kind: 'ai_answer', case: null,
    note: 'HTML AI suggestion with buttons for self-service or creating a case',
    from: AWS_NOTIFY, to: `${SHO.keep}`, subject: 'Amazon Q による回答をお送りします',
    date: dj('2026-12-01 13:31:55'), enc: 'utf8b64',
    html: `<html><body>
<p><b>AI アシスタントからの提案</b></p>
<p>重複した AWS 認定アカウントは、多くの場合セルフサービスの「Merge Accounts」機能でまとめられます。</p>
<ol><li>aws.training の認定ページにサインイン</li><li>「アカウント設定」→「アカウントの統合」</li><li>もう一方のアカウントの認証情報を入力</li></ol>
<p>どちらが当てはまりますか?</p>
<p>[ これで解決した ]　[ まだ解決しない: 担当者に相談する ]</p>
<p style="color:#888">AI が生成した内容です。重要な判断の前にご確認ください。</p>
</body></html>`,
  },
  {
    tag: 'ai-with-case', kind: 'ai_answer', case: CASE.misakiDup,
    note: 'automated suggestion sent on a case, pointing to the self-service tool first',
    to: `${MISAKI.keep}`, subject: formSubject(CASE.misakiDup),
    date: dj('2026-10-15 19:23:02'), enc: 'sjis8',
    text: `※このメッセージは自動応答システムが作成しました。

ケース ${CASE.misakiDup} のご相談内容から、次の操作をおすすめします。

(1) 認定ポータルの「アカウントを統合」ツールをお試しください。片方のアカウントにだけ受験履歴がある場合は、ご自身で数分で完了できます。
(2) ツールで統合できない場合は、このメールに「担当者希望」とご返信ください。担当者が引き継ぎます。

AWS Training and Certification`,
  },
  {
    tag: 'ai-feedback', kind: 'ai_answer', case: null,
    note: 'AI answer with a rating prompt at the end; the answer itself is the new text',
    from: AWS_NOTIFY, to: `${KEN.src}`, subject: 'ご質問への AI 回答',
    date: dj('2026-11-01 22:47:10'), enc: 'jis7',
    text: `生成 AI による回答です。

お手元の2つの認定アカウントは、次の順にお試しいただくとスムーズです。
 1) 残したいアカウントでサインインし、「アカウントの統合」を開く
 2) 画面の指示に従ってもう一方のアカウントを指定する
 3) エラーが出た場合は、サポートへのお問い合わせに進む

この回答は役に立ちましたか。 [役に立った] [役に立たなかった]`,
  },
  {
    tag: 'ai-noauth', kind: 'ai_answer', case: null, untrusted: true, auth: 'none',
    note: 'AI-style answer without any Authentication-Results; untrusted',
    from: AWS_NOTIFY, to: `${SHO.keep}`, subject: 'AIアシスタント: 次の手順のご提案',
    date: dj('2026-12-01 13:33:20'), enc: 'utf8qp',
    text: `AI アシスタントより

統合方法を以下から選べます。
 ・今すぐ自分で統合する(セルフサービス)
 ・担当者に任せる(ケース作成)

担当者に任せる場合、候補者 ID を2つご用意ください。`,
  },
  {
    tag: 'ai-short-sjis', kind: 'ai_answer', case: null,
    note: 'short automated answer suggesting the Merge Accounts tool',
    from: AWS_NOTIFY, to: `${MISAKI.keep}`, subject: 'おすすめの解決方法',
    date: dj('2026-10-14 07:57:31'), enc: 'sjisb64',
    text: `自動回答

「アカウントを統合」ツールで解決できる可能性があります。ツールのご利用、または担当者へのお問い合わせのどちらかを選んで先へお進みください。`,
  },

  // ---------------- info_request (9) ----------------
  {
    tag: 'pick-a-or-b', kind: 'info_request', case: CASE.ken,
    note: 'support asks which account to keep, option A or B',
    to: `${KEN.keep}`, subject: formSubject(CASE.ken), date: dj('2026-11-03 15:20:44'), enc: 'jis7',
    text: `鈴木 様

AWS トレーニングと認定サポートの松本です。
アカウント統合のご依頼、承知いたしました。統合後に残すアカウントを、以下のいずれかお選びください。

 A: ${KEN.keepId} (${KEN.keep})
 B: ${KEN.srcId} (${KEN.src})

ログインに今後もお使いになるメールアドレスのほうを残すのが一般的です。
「A」または「B」とだけご返信いただければ結構です。

${sfRef('Kx91Q')}

${sfOriginal(KEN.keep, '2026/11/02 21:14', SUPPORT_BARE, `[CASE ${CASE.ken}]`, KEN_REQ)}`,
  },
  {
    tag: 'direction-1-2', kind: 'info_request', case: CASE.misaki,
    note: 'support asks the customer to pick the merge direction by replying 1 or 2',
    to: `${MISAKI.keep}`, subject: formSubject(CASE.misaki), date: dj('2026-10-15 11:08:27'), enc: 'utf8qp',
    text: `高橋様

お問い合わせいただきありがとうございます。
統合の方向について、次のどちらかを番号でお知らせください。

 ① 旧勤務先のアカウント(${MISAKI.srcId})の資格を、個人アカウント(${MISAKI.keepId})へ移す
 ② 個人アカウントの資格を、旧勤務先のアカウントへ移す

①か②でご返信ください。ご返信を受けてから手続きに入ります。

AWS T&C サポート 西村

${outlookJa(`高橋 美咲 <${MISAKI.keep}>`, '2026年10月14日 8:01', SUPPORT_BARE, 'アカウント統合について', MISAKI_REQ)}`,
  },
  {
    tag: 'login-email-pick', kind: 'info_request', case: CASE.sho, trap: true,
    note: 'asks the customer to confirm which e-mail stays the login and to send the second candidate ID: information, not consent',
    to: `${SHO.keep}`, subject: formSubject(CASE.sho), date: dj('2026-12-02 16:44:09'), enc: 'sjis8',
    text: `伊藤 翔 様

ご連絡ありがとうございます。担当の小野です。
統合後のサインイン用メールアドレスを、下記から一つご確認のうえお知らせください。

  (ア) ${SHO.keep}
  (イ) ${SHO.src}

あわせて、大学のアドレスで作成されたほうの候補者 ID を改めてご記入ください(いただいた ID ${SHO.srcId} では該当するアカウントが見つかりませんでした)。

よろしくお願いいたします。

${gmailJa('2026年12月1日(火) 13:39 伊藤 翔 <' + SHO.keep + '>', '', SHO_REQ)}`,
  },
  {
    tag: 'three-points', kind: 'info_request', case: CASE.ken, trap: true,
    note: '"please check and tell us" three items before merging: an information request worded with confirm',
    to: `${KEN.keep}`, subject: formSubject(CASE.ken), date: dj('2026-11-04 10:12:00'), enc: 'jisb64',
    text: `鈴木様

Aをお選びいただき、ありがとうございます。
統合の作業に入る前に、次の3点をご確認のうえお知らせいただけますでしょうか。

 1. 統合元 ${KEN.srcId} に、現在予約中の試験はございますか(はい/いいえ)
 2. 認定の通知を受け取るメールアドレス(${KEN.keep} のままでよいか、別のアドレスか)
 3. 統合元アカウントでお使いの氏名のローマ字表記

以上、お手数ですがこのメールへの返信でお知らせください。

松本`,
  },
  {
    tag: 'self-or-support', kind: 'info_request', case: CASE.misaki,
    note: 'offers self-service or support-led merge; for the latter asks for both candidate IDs',
    to: `${MISAKI.keep}`, subject: formSubject(CASE.misaki), date: dj('2026-10-16 09:30:15'), enc: 'utf8b64',
    text: `高橋様

ご返信ありがとうございます。進め方は次の二つからお選びいただけます。

 ・セルフサービス: 旧アカウントに認定の履歴がない場合、ポータルの統合ツールでご自身で完了できます。
 ・サポートによる統合: こちらで作業します。この場合、両アカウントの AWS 候補者 ID と、それぞれの登録メールアドレスをお送りください。

後者をご希望でしたら、上記の情報を添えてご返信ください。

西村`,
  },
  {
    tag: 'name-spelling', kind: 'info_request', case: CASE.sho,
    note: 'asks which name spelling to keep on the merged record',
    to: `${SHO.keep}`, subject: formSubject(CASE.sho), date: dj('2026-12-03 11:02:37'), enc: 'jis7',
    text: `伊藤様

2つのアカウントで氏名の登録が異なっておりました。
 (1) Sho Ito
 (2) ITO SHO
統合後の認定証に表示する表記はどちらになさいますか。番号でお知らせいただければ、その表記で統合いたします。

小野`,
  },
  {
    tag: 'phish-info', kind: 'info_request', case: CASE.ken, untrusted: true, auth: 'fail',
    note: 'forged information request asking for passwords; dmarc=fail on an amazon.com From',
    from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>', to: `${KEN.keep}`,
    subject: formSubject(CASE.ken), date: dj('2026-11-03 02:11:50'), enc: 'utf8qp',
    text: `鈴木様

統合を進めるため、以下のいずれかの方法で本人確認をお願いします。
 A) 両アカウントのパスワードをこのメールに記載して返信
 B) 下記リンクからログインし直す http://aws-training-verify.example.net/login

24時間以内にご対応がない場合、ケースは取り下げとなります。`,
  },
  {
    tag: 'notify-pref-in-case', kind: 'info_request', case: CASE.misaki,
    note: 'mixed-language: pick the account to keep and the notification address for the merged account',
    to: `${MISAKI.keep}`, subject: formSubject(CASE.misaki), date: d('2026-10-15 03:47:19'), enc: 'utf8qp',
    text: `Hello Takahashi-san,

お手数ですが、以下2点をお選びいただけますか。

Q1. Which account should remain? / 残すアカウント
   [ ] ${MISAKI.keepId}
   [ ] ${MISAKI.srcId}
Q2. 認定に関するお知らせの送付先 / notification e-mail
   [ ] ${MISAKI.keep}
   [ ] その他(アドレスをご記入ください)

Kind regards,
Diego
AWS Training and Certification`,
  },
  {
    tag: 'id-mismatch', kind: 'info_request', case: CASE.ken,
    note: 'the customer picked A but the ID does not match; asks for the correct ID',
    to: `${KEN.keep}`, subject: formSubject(CASE.ken), date: dj('2026-11-05 17:35:02'), enc: 'sjisb64',
    text: `鈴木様

ご返信にて A(${KEN.keepId})をお選びいただきましたが、弊社の記録ではこの ID はメールアドレス ${KEN.src} に紐づいておりました。
恐れ入りますが、残したいアカウントのサインイン画面に表示される候補者 ID を、もう一度お送りいただけますか。

松本

${gmailJa('2026年11月4日(水) 22:18 鈴木 健 <' + KEN.keep + '>', '', 'Aでお願いします。\n1. いいえ\n2. このままで\n3. SUZUKI KEN')}`,
  },

  // ---------------- confirmation_request (8) ----------------
  {
    tag: 'reply-1-or-2', kind: 'confirmation_request', case: CASE.ken,
    note: 'asks consent to the irreversible merge: reply 1 to merge now, 2 to hold',
    to: `${KEN.keep}`, subject: formSubject(CASE.ken), date: dj('2026-11-06 09:15:33'), enc: 'jis7',
    text: `鈴木様

正しい候補者 ID をいただき、ありがとうございました。以下の内容で統合の準備が整いました。

  残すアカウント: ${KEN.keepId} (${KEN.keep})
  統合元: ${KEN.srcId} (${KEN.src})

統合を実行すると、元に戻すことはできません。
今すぐ統合してよければ「1」、いったん保留にする場合は「2」とご返信ください。

松本`,
  },
  {
    tag: 'maru-hai-iie', kind: 'confirmation_request', case: CASE.misaki,
    note: 'asks the customer to choose yes/no to proceeding with a merge that cannot be reversed',
    to: `${MISAKI.keep}`, subject: formSubject(CASE.misaki), date: dj('2026-10-17 14:22:18'), enc: 'utf8b64',
    text: `高橋様

いただいた情報で、①の方向(旧勤務先 → 個人)の統合が可能であることを確認しました。
統合後は取り消しができませんので、念のため次のいずれかでお答えください。

 ① はい、この内容で統合してください
 ② いいえ、いったん見合わせます

ご回答をいただき次第、作業を開始します。

西村`,
  },
  {
    tag: 'outlook-sjis-consent', kind: 'confirmation_request', case: CASE.sho,
    note: 'Outlook-style reply asking agreement to the merge; Shift_JIS 8bit',
    to: `${SHO.keep}`, subject: formSubject(CASE.sho), date: dj('2026-12-04 10:48:00'), enc: 'sjis8',
    text: `伊藤様

表記は(1)Sho Ito で承りました。
最終確認です。${SHO.srcId} の受験履歴・認定・特典を ${SHO.keepId} に移し、${SHO.srcId} は閉鎖されます。この操作は取り消せません。
ご同意いただける場合は「同意します」、内容を変更したい場合は「変更」とご返信ください。

小野

${outlookJa(`伊藤 翔 <${SHO.keep}>`, '2026年12月3日 21:30', SUPPORT_BARE, formSubject(CASE.sho), '(1)でお願いします。')}`,
  },
  {
    tag: 'html-consent', kind: 'confirmation_request', case: CASE.ken,
    note: 'multipart consent request with a choose-one list',
    to: `${KEN.keep}`, subject: formSubject(CASE.ken), date: dj('2026-11-07 08:40:10'), enc: 'utf8qp',
    text: `鈴木様

先日のご返信で「2(保留)」をお選びいただいておりましたので、改めてお伺いします。
統合は実行後に元に戻せません。
 1: 統合を実行する
 2: 引き続き保留する
 3: 依頼を取り下げる
いずれか番号をご返信ください。

松本`,
    html: paras(`鈴木様

先日のご返信で「2(保留)」をお選びいただいておりましたので、改めてお伺いします。
統合は実行後に元に戻せません。
 1: 統合を実行する
 2: 引き続き保留する
 3: 依頼を取り下げる
いずれか番号をご返信ください。

松本`),
  },
  {
    tag: 'forged-consent', kind: 'confirmation_request', case: CASE.misaki, untrusted: true, auth: 'failThenForged',
    note: 'consent request whose top Authentication-Results fails; a planted pass sits lower',
    to: `${MISAKI.keep}`, subject: formSubject(CASE.misaki), date: dj('2026-10-17 02:05:44'), enc: 'jisb64',
    text: `高橋様

統合を実行してよろしいですか。統合は取り消しできません。
よろしければ「はい」とご返信ください。

AWS サポート`,
  },
  {
    tag: 'agree-restated', kind: 'confirmation_request', case: CASE.sho,
    note: 'restates IDs and direction next to the consent question',
    to: `${SHO.keep}`, subject: formSubject(CASE.sho), date: d('2026-12-04 02:12:54'), enc: 'utf8qp',
    text: `伊藤様、こんにちは。Kevin です(日本語チームに代わりご連絡します)。

 統合元: ${SHO.srcId} / ${SHO.src}
 統合先: ${SHO.keepId} / ${SHO.keep}
 表記: Sho Ito

上記で作業いたします。統合後に分割することはできませんので、問題なければ「OK」の一言で結構ですので、このメールにご返信いただけますか。

Kevin
AWS Training and Certification`,
  },
  {
    tag: 'resent-consent', kind: 'confirmation_request', case: CASE.ken, notForUser: true,
    note: 'consent request redirected by the old company server (Resent-* headers): not delivered to the user',
    to: `${KEN.src}`, subject: formSubject(CASE.ken), date: dj('2026-11-06 09:15:40'), enc: 'jis7',
    resent: { from: 'postmaster@oldcorp.example.co.jp', to: 'it-helpdesk@oldcorp.example.co.jp', date: dj('2026-11-06 09:16:02') },
    text: `鈴木様(旧アドレス宛にもお送りしています)

統合の内容は、${KEN.keep} 宛てにお送りしたメールのとおりです。
統合してよろしいですか。取り消しはできません。1(統合する)か2(保留)でお答えください。

松本`,
  },
  {
    tag: 'mobile-consent', kind: 'confirmation_request', case: CASE.misaki,
    note: 'short consent prompt after the customer picked option 1',
    to: `${MISAKI.keep}`, subject: formSubject(CASE.misaki), date: dj('2026-10-18 11:01:09'), enc: 'jis7',
    text: `高橋様

①でのご依頼、ありがとうございます。
念のため申し添えますと、統合後は旧アカウントに戻すことはできません。このまま進めてよいか、ご返信で最終的なお返事をお願いします。

西村`.replace('①', '1番'),
  },

  // ---------------- merge_completed (8) ----------------
  {
    tag: 'merged-as-chosen', kind: 'merge_completed', case: CASE.ken,
    note: 'support says the accounts were merged in the direction the customer chose',
    to: `${KEN.keep}`, subject: formSubject(CASE.ken), date: dj('2026-11-08 12:03:47'), enc: 'jis7',
    text: `鈴木様

お待たせいたしました。ご選択いただいたとおり、${KEN.srcId} を ${KEN.keepId} へ統合いたしました。
受験履歴、認定、特典は ${KEN.keepId} でご覧いただけます。

松本

${quote('1')}`,
  },
  {
    tag: 'merged-close', kind: 'merge_completed', case: CASE.misaki,
    note: 'merge done and the case will now be closed: the new fact is the merge',
    to: `${MISAKI.keep}`, subject: formSubject(CASE.misaki), date: dj('2026-10-19 16:50:21'), enc: 'utf8qp',
    text: `高橋様

①の方向での統合作業が完了しました。${MISAKI.srcId} の資格はすべて ${MISAKI.keepId} に反映されています。
本件はこれで解決といたしますので、ケースをクローズさせていただきます。

西村`,
  },
  {
    tag: 'portal-merged', kind: 'merge_completed', case: null,
    note: "the certification portal's own notice that the accounts were merged (no case ID)",
    from: PORTAL, to: `${SHO.keep}`, subject: 'AWS 認定: アカウントの統合が完了しました',
    date: d('2026-12-05 05:30:00'), enc: 'utf8b64',
    text: `伊藤 翔 様

お客様の AWS 認定アカウントは統合されました。
統合されたアカウント: ${SHO.srcId}
現在のアカウント: ${SHO.keepId}

今後は ${SHO.keep} でサインインしてください。

AWS Certification`,
  },
  {
    tag: 'merged-check', kind: 'merge_completed', case: CASE.sho,
    note: 'completion that asks the customer to check everything looks right; stays merge_completed',
    to: `${SHO.keep}`, subject: formSubject(CASE.sho), date: dj('2026-12-05 14:25:36'), enc: 'sjisb64',
    text: `伊藤様

アカウントをひとつにまとめる作業が終わりました。${SHO.keepId} にサインインし、認定と試験の履歴がすべて表示されているか、お手すきの際にご確認ください。
何かおかしな点があれば、このケースにご返信ください。

小野`,
  },
  {
    tag: 'merged-lookalike', kind: 'merge_completed', case: CASE.ken, untrusted: true,
    note: 'completion notice from a look-alike domain (amazon-aws-certification.com)',
    from: 'AWS Training and Certification <noreply@amazon-aws-certification.com>', to: `${KEN.keep}`,
    subject: `[CASE ${CASE.ken}] 統合完了のお知らせ`, date: dj('2026-11-08 03:40:00'), enc: 'utf8qp',
    text: `鈴木様

アカウントの統合が完了しました。
特典の受け取り方法を以下から選択してください。
 1. 50% 割引バウチャーを受け取る
 2. 受け取らない`,
  },
  {
    tag: 'merged-badges-later', kind: 'merge_completed', case: CASE.misaki, trap: true,
    note: 'merge done; badges are only mentioned as a later step: merge_completed, not badges_transferred',
    to: `${MISAKI.keep}`, subject: formSubject(CASE.misaki), date: dj('2026-10-19 16:20:03'), enc: 'jisb64',
    text: `高橋様

ご依頼の統合を実施いたしました。統合後のアカウントは ${MISAKI.keepId} です。

Credly のデジタルバッジは、今回の作業では移しておりません。必要であれば、
 (a) Credly で ${MISAKI.keep} 宛のバッジを受け取り直す
 (b) こちらで付け替えを依頼する
のどちらかをお選びください。

西村`,
  },
  {
    tag: 'merged-mobile', kind: 'merge_completed', case: CASE.ken,
    note: 'short completion note, ID only in the subject',
    to: `${KEN.keep}`, subject: formSubject(CASE.ken), date: dj('2026-11-08 12:04:30'), enc: 'sjis8',
    text: `鈴木様
先ほどの件、統合は済んでおります。ご確認ください。
松本`,
  },
  {
    tag: 'merged-multipart', kind: 'merge_completed', case: CASE.sho,
    note: 'multipart completion reply quoting the customer consent',
    to: `${SHO.keep}`, subject: formSubject(CASE.sho), date: dj('2026-12-05 14:20:10'), enc: 'utf8qp',
    text: `伊藤様

同意のご連絡ありがとうございました。本日、2つの認定アカウントを ${SHO.keepId} にまとめました。

Kevin

${gmailJa('2026年12月4日(金) 18:02 伊藤 翔 <' + SHO.keep + '>', '', 'OKです。お願いします。')}`,
    html: `<div>伊藤様<br><br>同意のご連絡ありがとうございました。本日、2つの認定アカウントを ${SHO.keepId} にまとめました。<br><br>Kevin</div>
<div class="gmail_quote">2026年12月4日(金) 18:02 伊藤 翔 &lt;${SHO.keep}&gt;:<blockquote>OKです。お願いします。</blockquote></div>`,
  },

  // ---------------- badges_transferred (7) ----------------
  {
    tag: 'credly-ja-1', kind: 'badges_transferred', case: null,
    note: 'AWS badge issued via Credly to the kept address',
    from: CREDLY_AWS, to: `${KEN.keep}`, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-11-09 01:12:40'), enc: 'utf8qp', relay: 'o1.em.credly.com',
    text: `鈴木 健 様

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。

バッジを入手する
https://www.credly.com/earner/earned/badge/4b1e-example

Credly`,
  },
  {
    tag: 'badges-option2', kind: 'badges_transferred', case: CASE.misaki,
    note: 'support moved the Credly badges as the customer chose (b) and closes the case',
    to: `${MISAKI.keep}`, subject: formSubject(CASE.misaki), date: dj('2026-10-21 10:10:10'), enc: 'jis7',
    text: `高橋様

(b)をお選びいただきましたので、Credly のバッジを ${MISAKI.keep} のアカウントへ付け替えました。
旧アドレス側のバッジ2件は、現在すべて新しいアカウントに表示されています。
以上をもちまして本ケースをクローズいたします。

西村`,
  },
  {
    tag: 'credly-ja-2', kind: 'badges_transferred', case: null,
    note: 'second AWS badge via Credly after the merge (HTML)',
    from: CREDLY_AWS, to: `${SHO.keep}`, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-12-06 07:45:12'), enc: 'utf8b64', relay: 'o2.em.credly.com',
    html: `<html><body><h2>おめでとうございます</h2>
<p>伊藤 翔 様、Amazon Web Services Training and Certification が「AWS Certified Cloud Practitioner」のバッジを発行しました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/9cd2-example">バッジを入手する</a></p>
<p>© Credly</p></body></html>`,
  },
  {
    tag: 'badges-moved-answer', kind: 'badges_transferred', case: CASE.ken,
    note: 'support says the badges now sit on the kept account',
    to: `${KEN.keep}`, subject: formSubject(CASE.ken), date: dj('2026-11-11 15:33:08'), enc: 'utf8qp',
    text: `鈴木様

お問い合わせのバッジの件、Credly 側で ${KEN.keep} のアカウントへ移行が完了しております。
SAA と SOA の2つのバッジが表示されるはずですので、ご覧ください。

松本

${gmailJa('2026年11月10日(火) 20:41 鈴木 健 <' + KEN.keep + '>', '', '統合ありがとうございました。Credly のバッジがまだ旧アドレスにあるようです。')}`,
  },
  {
    tag: 'credly-fake', kind: 'badges_transferred', case: null, untrusted: true,
    note: 'badge notice from a look-alike Credly domain (credly-badges.net)',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-badges.net>', to: `${MISAKI.keep}`,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-10-21 04:00:12'), enc: 'utf8qp',
    text: `高橋 美咲 様

バッジが新しいアカウントに移されました。
バッジを入手する: http://credly-badges.net/claim?id=77
`,
  },
  {
    tag: 'badges-three', kind: 'badges_transferred', case: CASE.sho,
    note: 'support re-assigned three badges to the kept account',
    to: `${SHO.keep}`, subject: formSubject(CASE.sho), date: dj('2026-12-07 09:05:50'), enc: 'sjisb64',
    text: `伊藤様

ご希望どおり、Credly 上のバッジ3件(CLF、SAA、DVA)を ${SHO.keep} に付け替えました。
旧大学アドレスのほうには、もうバッジは残っておりません。

小野`,
  },
  {
    tag: 'credly-ja-3', kind: 'badges_transferred', case: null,
    note: 'AWS badge via Credly, plain text in ISO-2022-JP',
    from: CREDLY_AWS, to: `${MISAKI.keep}`, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-10-20 23:18:41'), enc: 'jis7', relay: 'o1.em.credly.com',
    text: `高橋 美咲 様

Amazon Web Services Training and Certification が、あなたに「AWS Certified Developer - Associate」を発行しました。
バッジを入手する: https://www.credly.com/earner/earned/badge/d41a-example

Credly チーム`,
  },

  // ---------------- case_closed (7) ----------------
  {
    tag: 'autoclose-3days', kind: 'case_closed', case: CASE.ken2,
    note: 'the case will close in 3 days without a reply; options to keep it open',
    from: AWS_NOTIFY, to: `${KEN.keep}`, subject: `[CASE ${CASE.ken2}] ご返信をお待ちしています`,
    date: dj('2026-11-25 09:00:00'), enc: 'jis7',
    text: `ケース ${CASE.ken2} について、担当者からの前回のご連絡に対するご返信をまだ確認できておりません。
3日以内にご返信がない場合、このケースは自動的にクローズされます。

 - 引き続き対応を希望する: このメールに返信
 - 解決済み: 何もしなくて結構です

Amazon Web Services`,
  },
  {
    tag: 'resolved-close', kind: 'case_closed', case: CASE.sho,
    note: 'case marked resolved and closed',
    to: `${SHO.keep}`, subject: formSubject(CASE.sho), date: dj('2026-12-08 10:00:31'), enc: 'utf8b64',
    text: `伊藤様

その後ご不明な点はないようですので、本ケースを「解決済み」としてクローズいたします。
またお困りの際は、新しいケースでご相談ください。

小野`,
  },
  {
    tag: 'close-restates-merge', kind: 'case_closed', case: CASE.ken, trap: true,
    note: 'closing notice that only restates last week\'s merge',
    to: `${KEN.keep}`, subject: formSubject(CASE.ken), date: dj('2026-11-16 11:11:11'), enc: 'jisb64',
    text: `鈴木様

先週ご報告いたしましたとおり、アカウントの統合は ${KEN.keepId} に対して実施済みです。
その後ご返信がございませんので、本ケースはクローズとさせていただきます。

松本`,
  },
  {
    tag: 'close-with-rating', kind: 'case_closed', case: CASE.misaki,
    note: 'closing notice with a 1–5 rating line appended; the new fact is the closure',
    from: AWS_NOTIFY, to: `${MISAKI.keep}`, subject: `ケース ${CASE.misaki} はクローズされました`,
    date: dj('2026-10-22 09:00:04'), enc: 'utf8qp',
    text: `ケース ${CASE.misaki} はクローズされました。

今回の対応はいかがでしたか。次のいずれかを選んでください。
 1 とても不満 / 2 不満 / 3 普通 / 4 満足 / 5 とても満足

ケースを再開する場合は、サポートセンターからご返信ください。`,
  },
  {
    tag: 'chose-wait-noreply', kind: 'case_closed', case: CASE.ken,
    note: 'customer chose to wait and never came back; case closed',
    to: `${KEN.keep}`, subject: formSubject(CASE.ken), date: dj('2026-11-07 08:00:00'), enc: 'sjis8',
    text: `鈴木様

「2(保留)」とのご返信を頂戴して以降、ご連絡がございませんでしたので、いったん本ケースをクローズいたします。
統合を再度ご希望の際は、このメールにご返信いただければケースが再開されます。

松本`,
  },
  {
    tag: 'dup-case-closed', kind: 'case_closed', case: CASE.misakiDup,
    note: 'the duplicate case is closed in favour of the original one',
    to: `${MISAKI.keep}`, subject: formSubject(CASE.misakiDup), date: dj('2026-10-16 10:05:47'), enc: 'jis7',
    text: `高橋様

同じご依頼のケース ${CASE.misaki} で対応を進めておりますため、こちらのケース ${CASE.misakiDup} はクローズいたします。
今後のやり取りは ${CASE.misaki} のメールにご返信ください。

西村`,
  },
  {
    tag: 'close-noauth', kind: 'case_closed', case: CASE.sho, untrusted: true, auth: 'otherOnly',
    note: 'closing notice with only a foreign Authentication-Results (mx.google.com)',
    from: AWS_NOTIFY, to: `${SHO.keep}`, subject: `[CASE ${CASE.sho}] ケースを終了しました`,
    date: dj('2026-12-08 10:30:00'), enc: 'utf8qp',
    text: `ケース ${CASE.sho} は終了しました。ご利用ありがとうございました。`,
  },

  // ---------------- support_reply (9) ----------------
  {
    tag: 'thanks-for-a', kind: 'support_reply', case: CASE.misaki, trap: true,
    note: 'thanks for picking option 1 and confirming; passed to the team (no request, no event)',
    to: `${MISAKI.keep}`, subject: formSubject(CASE.misaki), date: dj('2026-10-18 15:40:22'), enc: 'utf8b64',
    text: `高橋様

「①はい、統合してください」とのご回答、確かに承りました。ご確認ありがとうございます。
担当チームに作業を依頼しましたので、完了まで今しばらくお待ちください。

西村

${quote('①')}`,
  },
  {
    tag: 'hold-ack', kind: 'support_reply', case: CASE.ken, trap: true,
    note: 'support acknowledges the choice to hold; nothing merged yet',
    to: `${KEN.keep}`, subject: formSubject(CASE.ken), date: dj('2026-11-06 13:02:19'), enc: 'jis7',
    text: `鈴木様

「2」のご返信、承知しました。統合はまだ行っておりません。
ご準備が整いましたら、このメールに「1」とご返信いただければ作業に入ります。

松本`,
  },
  {
    tag: 'a-or-b-answer', kind: 'support_reply', case: CASE.ken, trap: true,
    note: 'answers the customer\'s question about what option A or B would keep; future tense only',
    to: `${KEN.keep}`, subject: formSubject(CASE.ken), date: dj('2026-11-03 18:55:02'), enc: 'utf8qp',
    text: `鈴木様

ご質問ありがとうございます。A・B どちらを残す場合でも、統合後には両方の受験履歴と認定、特典(50% 割引)がひとつのアカウントにまとまります。
違いはサインインに使うメールアドレスだけですので、今後も使い続けるアドレスの方をお選びいただくのがよいと思います。

松本

${quote('AとBで何か違いはありますか? 特典が消えたりしませんか。')}`,
  },
  {
    tag: 'escalated', kind: 'support_reply', case: CASE.sho,
    note: 'escalation status update',
    to: `${SHO.keep}`, subject: formSubject(CASE.sho), date: dj('2026-12-02 19:10:40'), enc: 'sjis8',
    text: `伊藤様

大学アドレスのアカウントの調査に時間がかかっているため、専門チームへエスカレーションいたしました。
進捗がありしだい、こちらからご連絡いたします。

小野`,
  },
  {
    tag: 'will-notify', kind: 'support_reply', case: CASE.misaki, trap: true,
    note: 'conditional: "once the merge is complete we will tell you"',
    to: `${MISAKI.keep}`, subject: formSubject(CASE.misaki), date: dj('2026-10-19 09:12:55'), enc: 'jisb64',
    text: `高橋様

現在、統合作業の順番待ちとなっております。統合が完了しましたら、改めてこのケースでご連絡いたします。

西村`,
  },
  {
    tag: 'cases-merged', kind: 'support_reply', case: CASE.misaki, trap: true,
    note: '"we merged your duplicate cases": not the account merge',
    to: `${MISAKI.keep}`, subject: formSubject(CASE.misaki), date: dj('2026-10-16 10:04:12'), enc: 'utf8qp',
    text: `高橋様

同じ内容で2件のお問い合わせをいただいておりましたので、ケースを1件に統合いたしました。
以後はこのケース(${CASE.misaki})でやり取りさせてください。アカウントについてのご案内は追ってお送りします。

西村`,
  },
  {
    tag: 'write-from-keep', kind: 'support_reply', case: CASE.sho, trap: true,
    note: 'asks the customer to write from the kept address, without asking for data',
    to: `${SHO.src}, ${SHO.keep}`, subject: formSubject(CASE.sho), date: dj('2026-12-01 18:30:00'), enc: 'jis7',
    text: `伊藤様

セルフサービスの統合ツールではなく、サポートでの対応をご選択とのこと、承知いたしました。
お手数ですが、今後のご連絡は残す側のメールアドレス(${SHO.keep})からお送りください。

小野`,
  },
  {
    tag: 'unable-direction', kind: 'support_reply', case: CASE.ken, trap: true,
    note: '"we are unable to merge in the chosen direction" without asking for anything',
    to: `${KEN.keep}`, subject: formSubject(CASE.ken), date: dj('2026-11-04 09:00:41'), enc: 'utf8b64',
    text: `鈴木様

恐れ入りますが、Bを残す方向での統合は、Bのアカウントが法人の APN 連携になっているため承ることができません。
社内で別の手順を確認しておりますので、ご案内まで少々お待ちください。

松本`,
  },
  {
    tag: 'in-progress', kind: 'support_reply', case: CASE.sho,
    note: 'status: work in progress, about three business days',
    to: `${SHO.keep}`, subject: formSubject(CASE.sho), date: dj('2026-12-04 19:00:22'), enc: 'sjisb64',
    text: `伊藤様

現在、担当チームが作業を進めております。目安として3営業日ほどお時間を頂戴しております。

小野`,
  },

  // ---------------- unrelated (12) ----------------
  {
    tag: 'own-reply-a', kind: 'unrelated', case: CASE.ken, trap: true, untrusted: true,
    note: "the user's own reply picking option A (sent copy Cc'd to himself)",
    from: `鈴木 健 <${KEN.keep}>`, to: SUPPORT, cc: KEN.keep, subject: formSubject(CASE.ken),
    date: dj('2026-11-04 22:18:10'), enc: 'jis7', relay: 'smtp.example.jp', auth: 'none',
    text: `ご担当者様

Aでお願いします。統合の件、よろしくお願いいたします。

鈴木

${gmailJa('2026年11月3日(火) 15:20 AWS Training and Certification <' + SUPPORT_BARE + '>', '', '統合後に残すアカウントを、以下のいずれかお選びください。')}`,
  },
  {
    tag: 'exam-slots', kind: 'unrelated', case: null, trap: true, untrusted: true,
    note: 'test vendor offering exam time slots; asks to confirm a booking, nothing to do with the merge',
    from: 'Pearson VUE <noreply@pearsonvue.example.com>', to: `${KEN.keep}`, subject: '試験日時の候補のご案内',
    date: dj('2026-11-12 10:00:00'), enc: 'utf8qp',
    text: `鈴木 健 様

ご希望の試験会場で、次の日時に空きがございます。いずれかをお選びのうえ、予約を確定してください。
 1) 12月3日(木) 10:00
 2) 12月5日(土) 13:30
 3) 12月9日(水) 16:00

予約の確認メールは確定後にお送りします。`,
  },
  {
    tag: 'voucher-types', kind: 'unrelated', case: null, trap: true,
    note: 'marketing: choose a voucher type; the word "received/completed" refers to the sign-up',
    from: 'AWS トレーニングと認定 <aws-training-jp@amazon.com>', to: `${MISAKI.keep}`, subject: '受験特典をお選びください',
    date: dj('2026-10-25 12:00:00'), enc: 'utf8b64',
    text: `AWS 認定をお持ちの皆さまへ

次の受験でお使いいただける特典を、次から1つお選びください。
 A: 50% 割引バウチャー
 B: 模擬試験の無料受験
お申し込みが完了すると、確認のメールをお送りします。

配信停止はこちら`,
  },
  {
    tag: 'survey-stars', kind: 'unrelated', case: CASE.misaki, trap: true,
    note: 'survey: "was your issue resolved?" with ratings',
    from: AWS_NOTIFY, to: `${MISAKI.keep}`, subject: 'サポートに関するアンケートのお願い',
    date: dj('2026-10-23 09:30:00'), enc: 'jisb64',
    text: `ケース ${CASE.misaki} についてお伺いします。

問題は解決しましたか。 はい / いいえ
担当者の対応を5段階で評価してください。 1 2 3 4 5

所要時間は1分ほどです。`,
  },
  {
    tag: 'notif-prefs', kind: 'unrelated', case: null, trap: true,
    note: 'notification preference settings with options; "confirm" refers to the settings',
    from: 'AWS Training and Certification <no-reply@aws.training>', to: `${SHO.keep}`, subject: 'メール配信設定の確認',
    date: dj('2026-12-10 08:00:00'), enc: 'sjis8',
    text: `伊藤 翔 様

メール配信設定を更新するには、以下から受け取りたいお知らせをお選びください。
 [ ] 新しいトレーニングのお知らせ
 [ ] 認定の有効期限リマインダー
 [ ] イベント情報
設定内容を確認のうえ、「保存」を押してください。`,
  },
  {
    tag: 'credly-merge-code', kind: 'unrelated', case: null, trap: true,
    note: "Credly's own account-merge verification code mail",
    from: 'Credly <admin@credly.com>', to: `${MISAKI.keep}`, subject: 'Credly アカウントの統合コード',
    date: d('2026-10-20 22:01:00'), enc: 'utf8qp', relay: 'o1.em.credly.com',
    text: `アカウントを統合するには、次のコードを入力してください: 482913
このリクエストに心当たりがない場合は、このメールを無視してください。

Credly`,
  },
  {
    tag: 'hashicorp-badge', kind: 'unrelated', case: null, trap: true,
    note: 'Credly badge from another issuer (HashiCorp)',
    from: 'HashiCorp via Credly <admin@credly.com>', to: `${SHO.keep}`, subject: 'HashiCorpのバッジ発行のお知らせ',
    date: d('2026-12-06 11:00:00'), enc: 'jis7', relay: 'o2.em.credly.com',
    text: `伊藤 翔 様

HashiCorp が「Terraform Associate」のバッジを発行しました。
バッジを入手する: https://www.credly.com/earner/earned/badge/aa10-example`,
  },
  {
    tag: 'colleague-ooo', kind: 'unrelated', case: null, trap: true, untrusted: true,
    note: "old company's out-of-office auto-reply mentioning the merge",
    from: '総務部 <soumu@oldcorp.example.co.jp>', to: `${KEN.keep}`, subject: '自動返信: 不在のお知らせ',
    date: dj('2026-11-05 00:10:00'), enc: 'sjisb64', auth: 'none', extra: ['Auto-Submitted: auto-replied'],
    text: `このメールは自動返信です。
11月10日まで不在にしております。認定アカウントの統合に関するお問い合わせは、戻り次第確認いたします。`,
  },
  {
    tag: 'other-case-exam', kind: 'unrelated', case: CASE.ken2, trap: true,
    note: 'reply on the user\'s other case (exam reschedule) offering options; not the merge',
    to: `${KEN.keep}`, subject: formSubject(CASE.ken2).replace('account-assistance', 'exam-scheduling'),
    date: dj('2026-11-21 14:00:00'), enc: 'jis7',
    text: `鈴木様

試験日程の変更についてのお問い合わせ、ありがとうございます。以下の選択肢からお選びください。
 A. 同じ会場で日程のみ変更
 B. オンライン受験に切り替え
予約の変更が確認でき次第、ご連絡します。

森田`,
  },
  {
    tag: 'forward-colleague', kind: 'unrelated', case: CASE.misaki, untrusted: true, notForUser: true, trap: true,
    note: "the user's forward of support's options to a friend (not to her own address)",
    from: `高橋 美咲 <${MISAKI.keep}>`, to: '友人 <yuki.friend@example.org>', subject: `Fwd: ${formSubject(CASE.misaki)}`,
    date: dj('2026-10-15 12:30:00'), enc: 'utf8qp', relay: 'smtp.example.com', deliveredTo: null,
    text: `ゆきへ
統合の方向を①か②で選べって言われたんだけど、どっちがいいと思う?

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_BARE}>
Subject: ${formSubject(CASE.misaki)}

①か②でご返信ください。`,
  },
  {
    tag: 'exam-result', kind: 'unrelated', case: null, trap: true,
    note: 'exam result: "certification added to your account"; not a merge',
    from: 'AWS Certification <no-reply@certification.aws.training>', to: `${SHO.keep}`, subject: 'AWS 認定試験の結果のお知らせ',
    date: d('2026-12-12 03:00:00'), enc: 'utf8b64',
    text: `伊藤 翔 様

AWS Certified Developer - Associate 試験に合格されました。おめでとうございます。
認定はお客様のアカウントに追加されました。Credly のバッジは数日以内に届きます。`,
  },
  {
    tag: 'event-sessions', kind: 'unrelated', case: null, trap: true,
    note: 'event marketing: choose sessions; "registration complete" is about the event',
    from: 'AWS イベント <aws-events-jp@amazon.com>', to: `${KEN.keep}`, subject: 'AWS Summit 参加登録が完了しました',
    date: dj('2026-11-18 18:00:00'), enc: 'jis7',
    text: `鈴木 健 様

AWS Summit の参加登録が完了しました。
聴講したいセッションを以下から選んでください。
 1) 認定取得者ラウンジ
 2) 生成 AI 入門
 3) サーバーレス実践`,
  },
];

export const JA: Msg[] = S.map((s) => toMsg('ja', s));
