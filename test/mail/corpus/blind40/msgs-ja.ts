// Set am, Japanese messages (the training administrator's mailbox).
import type { Msg } from './lib.js';
import {
  ADMIN_BOX, ADMIN_HOME, BOX_JA, CASE, CREDLY, DL_ALL, FUJII, HIRANO, HR, ISHIHARA, KONDO, KONDO_OLD, MURAKAMI, NOTIFY, ONO_JA,
  ONODERA, PORTAL, REQ_FUJII, SUP, SUP_JA, YOSHIKAWA, d, formSubj, fwdJa, htmlDoc, m, olJa, sfOrig, sfRef,
} from './common.js';

const box = ADMIN_BOX;

export const JA: Msg[] = [
  // ───────────── acknowledgement ─────────────
  m({
    slug: 'ja-ack-fujii-proxy', kind: 'acknowledgement', lang: 'ja', caseId: CASE.fujii,
    note: 'automatic receipt of the case the admin filed for an employee; case ID given',
    from: SUP_JA, to: BOX_JA, cc: `${FUJII.ja} <${FUJII.work}>`, subject: `[CASE ${CASE.fujii}] お問い合わせを受け付けました`,
    date: d('2026-01-13 00:41:09'), enc: 'jis7',
    text: `研修管理窓口 ご担当者様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
このメールは送信専用アドレスから自動でお送りしています。

お問い合わせはケース番号 ${CASE.fujii} として登録されました。
担当者が内容を拝見のうえ、通常1営業日以内に本アドレス宛てにご連絡いたします。

補足の情報がございましたら、件名を変更せずにこのメールへご返信ください。
なお、同じご依頼で新たにケースを作成されますと、回答が遅れる原因となります。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  m({
    slug: 'ja-ack-onodera-own', kind: 'acknowledgement', lang: 'ja', caseId: CASE.onodera,
    note: 'receipt of the admin\'s own merge case, shaped as a form summary',
    from: NOTIFY, to: `${ONODERA.ja} <${ADMIN_HOME}>`, subject: `お問い合わせ番号 ${CASE.onodera} を承りました`,
    date: d('2026-01-19 08:42:51', '+0900'), enc: 'sjisb64',
    text: `${ONODERA.ja} 様

下記のとおりお問い合わせを承りました。

  お問い合わせ番号: ${CASE.onodera}
  受付日時: 2026/01/19 08:42 (JST)
  お問い合わせ種別: AWS トレーニングと認定
  状態: 担当者の割り当て待ち

ご返信まで今しばらくお待ちください。本メールにご返信いただくと、同じお問い合わせ番号に記録されます。

Amazon Web Services`,
  }),
  m({
    slug: 'ja-ack-ishihara-fields', kind: 'acknowledgement', lang: 'ja', caseId: CASE.ishihara, trap: true,
    note: 'receipt that lists the fields received (candidate ID, addresses): still only a receipt',
    from: SUP_JA, to: `${ISHIHARA.ja} <${ISHIHARA.work}>`, cc: BOX_JA, rcpt: box, subject: formSubj(CASE.ishihara, ''),
    date: d('2026-01-21 02:15:33'), enc: 'utf8qp',
    text: `石原 健吾 様

お問い合わせの送信が完了しました。ケース ID: ${CASE.ishihara}

受信した項目:
・氏名: 石原 健吾
・会社名: 北空システムズ株式会社
・AWS 候補者 ID: ${ISHIHARA.keepId}
・ご連絡先メールアドレス: ${ISHIHARA.work}
・お問い合わせ内容: アカウントに関するご相談

担当部署で順番に拝見しております。折り返しのご連絡を今しばらくお待ちくださいませ。

--
AWS Training and Certification Customer Service`,
  }),
  m({
    slug: 'ja-ack-kondo-alias', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kondo,
    note: 'receipt delivered to the departed employee\'s address that now lands in the admin box',
    from: SUP, to: `Takumi Kondo <${KONDO_OLD}>`, subject: `[CASE ${CASE.kondo}] AWS Training and Certification - 受付完了のお知らせ`,
    date: d('2026-01-26 05:02:17'), enc: 'jisb64',
    text: `近藤様

ケース ${CASE.kondo} を受け付けました。内容を確認のうえ担当者よりご連絡いたします。
回答は通常24時間から48時間以内にお送りしております。

本メールは自動送信です。

Thank you for contacting AWS Training and Certification.`,
  }),
  m({
    slug: 'ja-ack-murakami-dl', kind: 'acknowledgement', lang: 'ja', caseId: CASE.murakami, forUser: false,
    note: 'receipt sent to the employee and the team list only; none of the user\'s addresses',
    from: SUP_JA, to: `${MURAKAMI.ja} <${MURAKAMI.keep}>`, cc: `クラウド認定推進 <${DL_ALL}>`, rcpt: DL_ALL,
    subject: `[CASE ${CASE.murakami}] ケース作成のお知らせ`, date: d('2026-01-27 23:58:40'), enc: 'sjis8',
    text: `村上 奈緒 様

AWS トレーニングと認定をご利用いただきありがとうございます。ご依頼はケース ${CASE.murakami} として起票されております。
担当者からの連絡は、ご入力いただいたメールアドレス宛てに届きます。迷惑メールフォルダもあわせてご確認ください。

AWS トレーニングと認定`,
  }),
  m({
    slug: 'ja-ack-forged-desk', kind: 'acknowledgement', lang: 'ja', caseId: '1780099123', trusted: false,
    note: 'receipt from a look-alike domain (aws-certification-desk.com) that also pushes a link: forged',
    from: 'AWS トレーニングと認定 <support@aws-certification-desk.com>', to: BOX_JA, subject: '【受付完了】AWS 認定アカウント統合のお申し込み (ケース 1780099123)',
    date: d('2026-02-02 11:20:05', '+0900'), enc: 'utf8b64',
    text: `研修管理ご担当者様

アカウント統合のお申し込みを受け付けました(ケース番号 1780099123)。
手続きを進めるため、48時間以内に以下のページで本人確認を完了してください。
https://aws-certification-desk.com/verify?case=1780099123

期限を過ぎますとお申し込みは無効となります。

AWS トレーニングと認定 受付センター`,
  }),
  m({
    slug: 'ja-ack-yoshikawa-html', kind: 'acknowledgement', lang: 'ja', caseId: CASE.yoshikawa,
    note: 'HTML-only case receipt, admin box in Cc',
    from: NOTIFY, to: `${YOSHIKAWA.ja} <${YOSHIKAWA.work}>`, cc: BOX_JA, rcpt: box, subject: `AWS サポート: ケース ${CASE.yoshikawa} が作成されました`,
    date: d('2026-02-03 01:07:44'), enc: 'utf8qp', wholeSubject: true,
    html: htmlDoc(`<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #d5dbdb">
<tr><td style="background:#232f3e;color:#ffffff;padding:12px">Amazon Web Services</td></tr>
<tr><td style="padding:16px">
<p>吉川 翔 様</p>
<p>お問い合わせいただいた内容でケースを作成しました。</p>
<p><b>ケース ID:</b> ${CASE.yoshikawa}<br><b>件名:</b> AWS Training and Certification Form Submission</p>
<p>担当エンジニアから返信があり次第、メールでお知らせします。返信はこのメールに対して行ってください。</p>
</td></tr></table>`),
  }),
  m({
    slug: 'ja-ack-onodera-dup', kind: 'acknowledgement', lang: 'ja', caseId: CASE.onoderaDup,
    note: 'receipt of a second case the admin opened by mistake; bilingual boilerplate, Japanese lead',
    from: SUP, to: `Makoto Onodera <${ADMIN_HOME}>`, subject: formSubj(CASE.onoderaDup, ''),
    date: d('2026-01-20 03:30:12'), enc: 'jis7',
    text: `小野寺 誠 様
お問い合わせを受領しました。ケース番号は ${CASE.onoderaDup} です。

Dear Makoto Onodera,
We have received your inquiry and created case ${CASE.onoderaDup}. A member of our team will respond shortly.

AWS Training and Certification`,
  }),

  // ───────────── ai_answer ─────────────
  m({
    slug: 'ja-ai-fujii-tool', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'generated answer suggesting the self-service Merge Accounts tool',
    from: NOTIFY, to: BOX_JA, subject: 'お問い合わせへの自動回答 (AWS トレーニングと認定)',
    date: d('2026-01-13 00:38:02'), enc: 'jisb64',
    text: `この回答は生成 AI によって作成されました。内容が正確でない場合があります。

お問い合わせの内容から、認定アカウントの統合をご希望と判断しました。
多くの場合、認定ポータルにサインインし、プロフィール画面の「アカウントの統合」から
お客様ご自身で手続きを完了いただけます。統合元アカウントの認証情報が必要です。

この回答で解決しなかった場合は、フォームに戻って「ケースを作成」を選択してください。`,
  }),
  m({
    slug: 'ja-ai-after-merge', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'AI answer that describes what happens after a merge (badges, benefits); still an AI suggestion',
    from: NOTIFY, to: `Makoto Onodera <${ADMIN_HOME}>`, subject: 'AWS サポート自動応答: 認定アカウントについて',
    date: d('2026-01-19 08:36:27'), enc: 'utf88bit',
    text: `※自動生成された回答です

ご質問ありがとうございます。認定アカウントを統合すると、統合元の認定資格、試験履歴、受験特典
(次回 50% 割引バウチャーなど)が統合先のアカウントに表示されるようになります。
統合が完了した後、Credly のデジタルバッジは統合先アカウントのメールアドレスで受け取り直してください。

手続き自体は認定ポータルの「Merge Accounts」で行えます。両方のアカウントに認定履歴がある場合は
ツールが使えないため、ケースを作成してサポートにご依頼ください。

この回答は役に立ちましたか?`,
  }),
  m({
    slug: 'ja-ai-murakami-faq', kind: 'ai_answer', lang: 'ja', caseId: CASE.murakami,
    note: 'automated FAQ reply on a case, pointing to self-service',
    from: SUP_JA, to: `${MURAKAMI.ja} <${MURAKAMI.work}>`, cc: BOX_JA, rcpt: box, subject: `自動応答: [CASE ${CASE.murakami}] よくあるご質問のご案内`,
    date: d('2026-01-28 00:02:11'), enc: 'sjis8',
    text: `村上様

本メールは自動応答です。ケース ${CASE.murakami} の内容に近いよくあるご質問をご案内します。

Q. 会社用と個人用の認定アカウントを一つにしたい
A. 認定ポータルのプロフィールメニュー内「アカウントを統合」をお試しください。統合元アカウントの
   ログイン情報を入力すると、画面の案内に沿って移行が進みます。

上記で解決した場合、ご返信は不要です。解決しない場合はこのまま担当者からの連絡をお待ちください。`,
  }),
  m({
    slug: 'ja-ai-html-assistant', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'multipart AI assistant answer on the form, before any case was created',
    from: NOTIFY, to: BOX_JA, subject: 'AWS サポートアシスタントからの回答',
    date: d('2026-02-02 22:14:50'), enc: 'utf8qp',
    text: `AWS サポートアシスタントの回答

ご入力いただいた「社員の認定アカウントを一本化したい」について:
1. 社員ご本人が両方のアカウントにサインインできることを確認してください。
2. 保持したい側のアカウントで、プロフィールの「アカウントのマージ」を開きます。
3. もう一方のアカウントの情報を入力し、画面の指示に従います。

管理者の方が代理で操作することはできません。ご本人にご案内ください。
解決しない場合: ケースを作成`,
    html: htmlDoc(`<div style="border-left:4px solid #ff9900;padding-left:10px">
<p><b>AWS サポートアシスタントの回答</b> <span style="color:#687078">(生成 AI)</span></p>
<p>ご入力いただいた「社員の認定アカウントを一本化したい」について:</p>
<ol><li>社員ご本人が両方のアカウントにサインインできることを確認してください。</li>
<li>保持したい側のアカウントで、プロフィールの「アカウントのマージ」を開きます。</li>
<li>もう一方のアカウントの情報を入力し、画面の指示に従います。</li></ol>
<p>管理者の方が代理で操作することはできません。ご本人にご案内ください。</p>
<p><a href="https://support.aws.amazon.com/#/contacts/aws-training">解決しない場合: ケースを作成</a></p></div>`),
  }),
  m({
    slug: 'ja-ai-forged-layered', kind: 'ai_answer', lang: 'ja', caseId: null, trusted: false, auth: 'failThenForged',
    note: 'AI-style answer whose top Authentication-Results says dmarc=fail; a pass header is planted lower',
    from: NOTIFY, to: BOX_JA, subject: '【自動回答】認定アカウント統合ツールのご案内',
    date: d('2026-02-09 04:44:19'), enc: 'jis7',
    text: `この回答は AI により自動作成されています。

アカウント統合ツールは以下のページから直接ご利用いただけます。
http://aws-merge-tool.example-cdn.net/start
ログイン後、統合元と統合先の両方のパスワードを入力してください。

AWS Training and Certification`,
  }),
  m({
    slug: 'ja-ai-badge-hint', kind: 'ai_answer', lang: 'ja', caseId: CASE.hirano, trap: true,
    note: 'automated hint mentioning badges and merge order; an AI suggestion, not a badge event',
    from: SUP_JA, to: `${HIRANO.ja} <${HIRANO.work}>`, cc: BOX_JA, rcpt: box, subject: `[CASE ${CASE.hirano}] 自動ご案内: バッジと統合の順序について`,
    date: d('2026-02-10 06:19:38'), enc: 'sjisb64',
    text: `平野様

(自動送信)お問い合わせ内容に関連する情報をお送りします。

・先に認定アカウントを統合し、その後で Credly のバッジを受け取るとスムーズです。
・統合前にバッジを受け取った場合、バッジは元のメールアドレスに紐付いたままになります。
・統合ツールでの操作で完結する場合もございます。

担当者が確認中のケースについては、引き続き担当者からご連絡します。`,
  }),
  m({
    slug: 'ja-ai-onodera-signin', kind: 'ai_answer', lang: 'ja', caseId: CASE.onodera,
    note: 'AI reply on the admin\'s own case suggesting he sign in to the source account and use the tool',
    from: SUP, to: `Makoto Onodera <${ADMIN_HOME}>`, subject: formSubj(CASE.onodera),
    date: d('2026-01-19 08:50:03'), enc: 'jis7',
    text: `小野寺様

AI アシスタントによる一次回答です。

ご記載の ${ONODERA.srcId} は、前職のメールアドレスで登録されたアカウントのようです。
統合先の ${ONODERA.keepId} にサインインした状態で「アカウントの統合」画面を開き、
統合元のメールアドレスとパスワードを入力すると、お客様ご自身で処理できる可能性があります。

ツールで「サポートにお問い合わせください」と表示された場合は、このケースで担当者がお手伝いします。`,
  }),

  // ───────────── info_request ─────────────
  m({
    slug: 'ja-info-fujii-ids', kind: 'info_request', lang: 'ja', caseId: CASE.fujii,
    note: 'support asks for both candidate IDs, login addresses and which account to keep',
    from: SUP, to: BOX_JA, cc: `${FUJII.ja} <${FUJII.work}>`, subject: formSubj(CASE.fujii),
    date: d('2026-01-14 02:11:48'), enc: 'jis7',
    text: `研修管理窓口 小野寺様
(Cc: 藤井様)

お世話になっております。AWS トレーニングと認定サポートの高橋でございます。

藤井様のアカウント統合のご依頼について、処理の前に以下をお知らせいただけますでしょうか。

1. 両アカウントの AWS 候補者 ID(いずれも「AWS」で始まる番号)
2. 各アカウントのサインイン用メールアドレス
3. 統合後に残すアカウントはどちらか

ご記載の ID のうち一方が当方のシステムで見つからなかったため、念のため再確認をお願いしております。

よろしくお願いいたします。
高橋
AWS Training and Certification

${sfRef('Fj01')}

${sfOrig(`${BOX_JA}`, '2026/01/13 0:40', SUP, 'AWS Training and Certification Form Submission - account-assistance', REQ_FUJII)}`,
  }),
  m({
    slug: 'ja-info-ishihara-owner', kind: 'info_request', lang: 'ja', caseId: CASE.ishihara,
    note: 'support wants the account owner to write from the kept address and give both IDs',
    from: SUP, to: `${ISHIHARA.ja} <${ISHIHARA.work}>`, cc: BOX_JA, rcpt: box, subject: formSubj(CASE.ishihara),
    date: d('2026-01-22 07:40:26'), enc: 'utf8qp',
    text: `石原様、研修管理ご担当者様

ご連絡ありがとうございます。
アカウント統合はアカウント所有者ご本人のご依頼に基づいて行っております。恐れ入りますが、
統合後も使い続けるメールアドレス(${ISHIHARA.keep})から、次の2点を記載してこのメールにご返信ください。

 - 統合先・統合元それぞれの候補者 ID
 - 統合元アカウントで最後に受験された試験名と受験日

管理者様からのご連絡のみでは手続きを開始できませんので、あらかじめご了承ください。

AWS トレーニングと認定 サポート
中村`,
  }),
  m({
    slug: 'ja-info-kondo-confirm-addr', kind: 'info_request', lang: 'ja', caseId: CASE.kondo, trap: true,
    note: '"please confirm the address you keep and let us know" asks for information (guide rule)',
    from: SUP, to: `Takumi Kondo <${KONDO_OLD}>`, subject: formSubj(CASE.kondo),
    date: d('2026-01-27 01:05:59'), enc: 'sjis8',
    text: `近藤様

お問い合わせの件、拝見いたしました。
統合後にお使いになるメールアドレスが、フォームにご記入のもの(${KONDO.keep})と
本メールの宛先(${KONDO_OLD})とで異なっております。
どちらのアドレスのアカウントを残されるか、ご確認のうえお知らせください。

なお、退職などで ${KONDO_OLD} が受信できなくなる場合は、残す側のアドレスからご返信いただくと確実です。

AWS Training and Certification
サポート担当 小林`,
  }),
  m({
    slug: 'ja-info-murakami-html', kind: 'info_request', lang: 'ja', caseId: CASE.murakami,
    note: 'HTML-only request for exam history because the names on the two accounts differ',
    from: SUP, to: BOX_JA, cc: `${MURAKAMI.ja} <${MURAKAMI.work}>`, subject: formSubj(CASE.murakami),
    date: d('2026-01-29 03:33:03'), enc: 'utf8b64',
    html: htmlDoc(`<div>研修管理窓口 ご担当者様、村上様</div><br>
<div>お待たせいたしました。ケース ${CASE.murakami} の担当の佐々木です。</div>
<div>2 つのアカウントで登録氏名が「村上 奈緒」と「Nao Murakami」と異なっており、同一の方かどうか
こちらで判断ができておりません。</div>
<div>つきましては、次の情報をご返送いただけますでしょうか。</div>
<ul><li>各アカウントで合格された認定の名称と合格日</li>
<li>${MURAKAMI.srcId} の登録時に使用されたメールアドレス</li></ul>
<div>いただいた内容をもとに、引き続き対応いたします。</div><br>
<div>佐々木<br>AWS Training and Certification Customer Support</div>
<div style="color:#888">${sfRef('Mu02')}</div>`),
  }),
  m({
    slug: 'ja-info-yoshikawa-te', kind: 'info_request', lang: 'ja', caseId: CASE.yoshikawa,
    note: 'request worded with te-form and no explicit request verb: the source candidate ID is missing',
    from: SUP, to: BOX_JA, cc: `${YOSHIKAWA.ja} <${YOSHIKAWA.work}>`, subject: formSubj(CASE.yoshikawa),
    date: d('2026-02-04 02:51:14'), enc: 'jisb64',
    text: `ご担当者様、吉川様

ケース ${CASE.yoshikawa} の件でご連絡です。
いただいた内容には統合元アカウントの候補者 ID の記載がなく、${YOSHIKAWA.work} でも該当のアカウントが見当たらない状況でして、
お手数ではございますが、統合元の ID か登録時のメールアドレスを折り返しいただけますと助かります。

AWS トレーニングと認定
伊藤`,
  }),
  m({
    slug: 'ja-info-onodera-name', kind: 'info_request', lang: 'ja', caseId: CASE.onodera,
    note: 'support asks the admin (own case) which legal name spelling to keep on the merged account',
    from: SUP, to: `Makoto Onodera <${ADMIN_HOME}>`, subject: formSubj(CASE.onodera),
    date: d('2026-01-20 06:12:40'), enc: 'sjisb64',
    text: `小野寺 誠 様

ご依頼いただいた ${ONODERA.srcId} と ${ONODERA.keepId} の件、確認を進めております。
統合先に残す氏名の表記について、2 つのアカウントで「Onodera Makoto」「Makoto Onodera」と姓名の順序が異なっております。
統合後の認定証に印字される氏名はどちらの表記がよろしいでしょうか。あわせて、
前職のメールアドレス(${ONODERA.src})がまだ受信可能かどうかもお知らせください。

よろしくお願い申し上げます。
AWS トレーニングと認定 カスタマーサービス 渡辺

> 2026年1月19日 8:42 Makoto Onodera <${ADMIN_HOME}>:
> Please merge ${ONODERA.srcId} (${ONODERA.src}) into ${ONODERA.keepId} (${ONODERA.keep}).`,
  }),
  m({
    slug: 'ja-info-forged-password', kind: 'info_request', lang: 'ja', caseId: CASE.fujii, trusted: false, auth: 'none',
    note: 'asks for passwords under amazon.com From but carries no Authentication-Results at all',
    from: SUP, to: BOX_JA, subject: formSubj(CASE.fujii),
    date: d('2026-01-15 13:02:45'), enc: 'jis7',
    text: `研修管理窓口 様

ケース ${CASE.fujii} の処理のため、藤井様の両アカウントのパスワードと、
登録済みのクレジットカード下4桁を本メールにご返信ください。
本日中にご返信がない場合、処理を中止いたします。

AWS トレーニングと認定`,
  }),
  m({
    slug: 'ja-info-fujii-validation', kind: 'info_request', lang: 'ja', caseId: CASE.fujii,
    note: 'mixed-language request for the validation number of the certification on the source account',
    from: SUP, to: BOX_JA, cc: `${FUJII.ja} <${FUJII.work}>`, subject: formSubj(CASE.fujii),
    date: d('2026-01-16 01:27:36'), enc: 'utf8qp',
    text: `小野寺様、藤井様

ID のご連絡ありがとうございました。
Before we proceed, we need one more detail.
統合元 ${FUJII.srcId} に紐付く AWS Certified Solutions Architect - Associate の認定検証番号(Validation Number)をお送りいただけますか。
認定ポータルの「認定」タブ、または認定証 PDF の右下に記載されています。

Kind regards / よろしくお願いいたします
高橋
AWS Training and Certification

2026年1月15日(木) 9:48 研修管理窓口 <${ADMIN_BOX}>:
> 高橋様
> 統合先: ${FUJII.keepId} (${FUJII.keep})
> 統合元: ${FUJII.srcId} (${FUJII.work})
> 残すのは ${FUJII.keepId} です。よろしくお願いします。`,
  }),
  m({
    slug: 'ja-info-murakami-self', kind: 'info_request', lang: 'ja', caseId: CASE.murakami,
    note: 'asks the employee herself to reply from her own address with both IDs and registered addresses',
    from: SUP, to: `${MURAKAMI.ja} <${MURAKAMI.work}>`, cc: BOX_JA, rcpt: box, subject: formSubj(CASE.murakami),
    date: d('2026-01-30 08:09:21'), enc: 'jis7',
    text: `村上様

ご担当者様から情報をいただきありがとうございました。
個人情報保護の観点から、ここから先はアカウント所有者ご本人とのやり取りとさせていただきます。
村上様ご自身のメールアドレスから、両アカウントの候補者 ID と、それぞれの登録メールアドレスを
本文に書き添えてご返信ください。

AWS Training and Certification
佐々木`,
  }),
  m({
    slug: 'ja-info-kondo-old-login', kind: 'info_request', lang: 'ja', caseId: CASE.kondo,
    note: 'support cannot find the source login address and asks which address was used at registration',
    from: SUP, to: `Takumi Kondo <${KONDO_OLD}>`, subject: 'RE: AWS Training and Certification Form Submission - account-assistance',
    date: d('2026-01-30 04:48:55'), enc: 'sjis8',
    text: `近藤様
(ケース番号: ${CASE.kondo})

${KONDO.srcId} のサインイン用メールアドレスとして ${KONDO_OLD} をいただきましたが、
当方の記録では別のアドレスが登録されているようです。以前の部署や旧ドメインのアドレスを使用された可能性がございます。
登録時にお使いになったメールアドレスをお知らせください。わからない場合は、最初に受験された試験の試験名と受験日でも結構です。

小林
AWS トレーニングと認定`,
  }),

  // ───────────── confirmation_request ─────────────
  m({
    slug: 'ja-conf-fujii-irreversible', kind: 'confirmation_request', lang: 'ja', caseId: CASE.fujii,
    note: 'support asks for consent to the merge, which cannot be undone, from the account holder',
    from: SUP, to: BOX_JA, cc: `${FUJII.ja} <${FUJII.work}>`, subject: formSubj(CASE.fujii),
    date: d('2026-01-17 02:30:00'), enc: 'jis7',
    text: `小野寺様、藤井様

ご連絡いただいた情報で両アカウントを特定できました。

  統合先(残るアカウント): ${FUJII.keepId} / ${FUJII.keep}
  統合元(無効になるアカウント): ${FUJII.srcId} / ${FUJII.work}

一度統合したアカウントは元に戻すことができません。
上記の内容で進めてよろしいか、藤井様ご本人よりこのメールへの返信でご承諾をお願いいたします。

高橋
AWS Training and Certification`,
  }),
  m({
    slug: 'ja-conf-ishihara-alt', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ishihara,
    note: 'multipart consent request: "may we carry out the merge as described?"',
    from: SUP, to: `${ISHIHARA.ja} <${ISHIHARA.keep}>`, cc: BOX_JA, rcpt: box, subject: formSubj(CASE.ishihara),
    date: d('2026-01-24 05:15:10'), enc: 'utf8qp',
    text: `石原様

ご本人様からのご連絡を確認いたしました。ありがとうございます。
${ISHIHARA.srcId} の認定履歴と特典を ${ISHIHARA.keepId} へまとめる形で処理いたします。
この内容で統合を実施して差し支えないでしょうか。実施後は取り消しができませんので、念のためお伺いしております。

中村
AWS トレーニングと認定 サポート`,
    html: htmlDoc(`<p>石原様</p>
<p>ご本人様からのご連絡を確認いたしました。ありがとうございます。<br>
${ISHIHARA.srcId} の認定履歴と特典を ${ISHIHARA.keepId} へまとめる形で処理いたします。</p>
<p><b>この内容で統合を実施して差し支えないでしょうか。</b>実施後は取り消しができませんので、念のためお伺いしております。</p>
<p>中村<br>AWS トレーニングと認定 サポート</p>`),
  }),
  m({
    slug: 'ja-conf-onodera-own', kind: 'confirmation_request', lang: 'ja', caseId: CASE.onodera,
    note: 'consent request on the admin\'s own case: "once you approve we proceed; cannot be reversed"',
    from: SUP, to: `Makoto Onodera <${ADMIN_HOME}>`, subject: formSubj(CASE.onodera),
    date: d('2026-01-21 23:40:31'), enc: 'sjis8',
    text: `小野寺様

氏名の表記についてご回答いただきありがとうございます。「Makoto Onodera」で統一いたします。

${ONODERA.srcId}(前職アドレス)を ${ONODERA.keepId} に統合する準備が整いました。
ご承認いただけましたら処理に進みます。統合後は取り消しできませんのでご留意ください。
「承認します」などの一言で結構ですので、ご返信をお待ちしております。

渡辺
AWS トレーニングと認定`,
  }),
  m({
    slug: 'ja-conf-kondo-jisb64', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kondo,
    note: 'asks the (former) employee to reply with agreement before merging',
    from: SUP, to: `Takumi Kondo <${KONDO_OLD}>`, cc: `${KONDO.ja} <${KONDO.keep}>`, subject: formSubj(CASE.kondo),
    date: d('2026-02-03 06:06:06'), enc: 'jisb64',
    text: `近藤様

登録時のアドレスをお知らせいただき、アカウントを特定できました。
統合元 ${KONDO.srcId} を統合先 ${KONDO.keepId} (${KONDO.keep}) に統合いたします。
元に戻せない操作となりますので、同意いただける場合はその旨を本メールへの返信でお知らせください。

小林
AWS Training and Certification`,
  }),
  m({
    slug: 'ja-conf-yoshikawa-gmailq', kind: 'confirmation_request', lang: 'ja', caseId: CASE.yoshikawa,
    note: 'consent request with the admin\'s Gmail-quoted answer beneath it',
    from: SUP, to: BOX_JA, cc: `${YOSHIKAWA.ja} <${YOSHIKAWA.work}>`, subject: formSubj(CASE.yoshikawa),
    date: d('2026-02-05 07:22:48'), enc: 'utf8b64',
    text: `吉川様、ご担当者様

統合元の情報をありがとうございました。アカウントを確認できました。

2026年2月6日までにご返信をいただければ、同日中に処理いたします。
${YOSHIKAWA.srcId} → ${YOSHIKAWA.keepId} の統合について、吉川様ご本人のご同意をこのスレッドでお知らせください。
統合は一方向の処理で、完了後に分割することはできません。

伊藤
AWS トレーニングと認定

2026年2月4日(水) 15:03 研修管理窓口 <${ADMIN_BOX}>:
> 伊藤様
> 統合元は ${YOSHIKAWA.srcId}、登録アドレスは s.yoshikawa@kitasora-old.example.co.jp です。
> 残すのは ${YOSHIKAWA.keepId} (${YOSHIKAWA.keep}) です。
> 研修管理 小野寺`,
  }),
  m({
    slug: 'ja-conf-murakami-sjisb64', kind: 'confirmation_request', lang: 'ja', caseId: CASE.murakami,
    note: 'consent request phrased "is this correct? if so reply 同意します"',
    from: SUP, to: `${MURAKAMI.ja} <${MURAKAMI.keep}>`, cc: BOX_JA, rcpt: box, subject: formSubj(CASE.murakami),
    date: d('2026-02-02 02:44:12'), enc: 'sjisb64',
    text: `村上様

ご本人様のアドレスからのご連絡、確かに受け取りました。

 統合先: ${MURAKAMI.keepId}(${MURAKAMI.keep})
 統合元: ${MURAKAMI.srcId}(${MURAKAMI.work})

以上で相違ございませんか。問題なければ「同意します」とご返信ください。
ご返信を確認した時点で処理を開始し、以後は元の状態に戻せなくなります。

佐々木
AWS Training and Certification`,
  }),
  m({
    slug: 'ja-conf-forged-lookserver', kind: 'confirmation_request', lang: 'ja', caseId: CASE.hirano, trusted: false, auth: 'lookalikeServer',
    note: 'consent request whose Authentication-Results comes from a look-alike authserv-id',
    from: SUP, to: BOX_JA, subject: formSubj(CASE.hirano),
    date: d('2026-02-12 10:10:10'), enc: 'jis7',
    text: `ご担当者様

平野様のアカウント統合について、最終確認です。
下記リンクから同意ボタンを押してください。押されない場合、統合は行われません。
https://aws-training-consent.example-host.net/c/${CASE.hirano}

AWS Training and Certification`,
  }),
  m({
    slug: 'ja-conf-fujii-resent', kind: 'confirmation_request', lang: 'ja', caseId: CASE.fujiiDup, forUser: false,
    resent: { from: `Ayaka Fujii <${FUJII.keep}>`, to: `Training Admin <${ADMIN_BOX}>`, date: d('2026-01-18 10:02:19', '+0900') },
    note: 'consent request sent to the employee, redirected (Resent-*) by her to the admin box',
    from: SUP, to: `${FUJII.ja} <${FUJII.keep}>`, subject: formSubj(CASE.fujiiDup),
    date: d('2026-01-18 00:55:03'), enc: 'utf8qp',
    text: `藤井 彩花 様

別途お問い合わせいただいたケース ${CASE.fujiiDup} にてご連絡いたします。
${FUJII.keep} のアカウント(${FUJII.keepId})に、${FUJII.srcId} の認定をまとめる内容で承りました。
アカウントの統合は取り消しのできない操作です。ご了承いただけるようでしたら、このメールにご返信をお願いいたします。

AWS Training and Certification
山口`,
  }),
  m({
    slug: 'ja-conf-hirano-te', kind: 'confirmation_request', lang: 'ja', caseId: CASE.hirano,
    note: 'consent request joined by commas and te-form: "if fine, reply; we process once confirmed"',
    from: SUP, to: `${HIRANO.ja} <${HIRANO.work}>`, cc: BOX_JA, rcpt: box, subject: formSubj(CASE.hirano),
    date: d('2026-02-11 04:20:57'), enc: 'jis7',
    text: `平野様

統合先を ${HIRANO.keepId} とし、統合元 ${HIRANO.srcId} の認定履歴と特典を移す形で問題なければ、その旨ご返信ください、
確認でき次第処理いたします。統合した後に元の 2 つへ戻すことはできかねますので、ご本人様のご判断でお願いいたします。

AWS トレーニングと認定 サポート
松本`,
  }),

  // ───────────── merge_completed ─────────────
  m({
    slug: 'ja-merge-fujii-done', kind: 'merge_completed', lang: 'ja', caseId: CASE.fujii,
    note: 'support reports the merge done and asks to check that certifications and benefits show',
    from: SUP, to: BOX_JA, cc: `${FUJII.ja} <${FUJII.keep}>`, subject: formSubj(CASE.fujii),
    date: d('2026-01-19 04:02:38'), enc: 'jis7',
    text: `小野寺様、藤井様

藤井様よりご同意をいただきましたので、処理を行いました。
${FUJII.srcId} は ${FUJII.keepId} に統合され、認定の履歴も移っております。
お手数ですが統合先アカウントにサインインし、認定と特典が表示されているかご確認ください。

高橋
AWS Training and Certification`,
  }),
  m({
    slug: 'ja-merge-ishihara-close', kind: 'merge_completed', lang: 'ja', caseId: CASE.ishihara, trap: true,
    note: 'completion that also says the case will be closed: the merge is the new fact',
    from: SUP, to: `${ISHIHARA.ja} <${ISHIHARA.keep}>`, cc: BOX_JA, rcpt: box, subject: formSubj(CASE.ishihara),
    date: d('2026-01-26 02:05:44'), enc: 'sjis8',
    text: `石原様

ご承諾ありがとうございました。本日、2 つの認定アカウントを 1 つにまとめる作業が終わりました。
今後は ${ISHIHARA.keep} でサインインしてください。

本件はこれにてクローズとさせていただきます。他にご不明点がございましたら、お気軽にお問い合わせください。

中村
AWS トレーニングと認定 サポート`,
  }),
  m({
    slug: 'ja-merge-portal-kondo', kind: 'merge_completed', lang: 'ja', caseId: null,
    note: 'certification portal notice to the source address (now the admin\'s alias): accounts merged, no case ID',
    from: PORTAL, to: KONDO_OLD, subject: 'AWS 認定: アカウント統合のお知らせ',
    date: d('2026-02-05 09:14:00'), enc: 'utf8b64',
    html: htmlDoc(`<div style="max-width:560px;margin:auto">
<img src="https://cp.certmetrics.com/amazon/images/logo.png" alt="AWS Certification" width="160"><hr>
<p>このメールアドレスに関連付けられていた AWS 認定アカウントは、別のアカウント (${KONDO.keepId}) に統合されました。</p>
<p>認定資格、試験履歴、特典はすべて統合先のアカウントで確認できます。今後このアドレスでのサインインはできません。</p>
<p>お心当たりがない場合は、AWS トレーニングと認定サポートまでご連絡ください。</p>
<p style="font-size:11px;color:#777">このメールは送信専用です。</p></div>`),
  }),
  m({
    slug: 'ja-merge-onodera-thread', kind: 'merge_completed', lang: 'ja', caseId: CASE.onodera,
    note: 'completion on the admin\'s own case, with his Gmail-quoted approval below',
    from: SUP, to: `Makoto Onodera <${ADMIN_HOME}>`, subject: formSubj(CASE.onodera),
    date: d('2026-01-23 01:18:09'), enc: 'utf8qp',
    text: `小野寺様

ご承認をいただき、ありがとうございました。
前職のアカウント ${ONODERA.srcId} の内容を ${ONODERA.keepId} へ移し終えました。
Solutions Architect - Professional と Developer - Associate の 2 件が統合先に表示されます。

渡辺
AWS トレーニングと認定

2026年1月22日(木) 9:02 Makoto Onodera <${ADMIN_HOME}>:
> 渡辺様
> 承認します。お手数ですがよろしくお願いいたします。
> 小野寺
>
> 2026年1月22日(木) 8:40 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:
>> ご承認いただけましたら処理に進みます。`,
  }),
  m({
    slug: 'ja-merge-kondo-ids', kind: 'merge_completed', lang: 'ja', caseId: CASE.kondo,
    note: 'completion where IDs and a date sit between the words that carry the meaning',
    from: SUP, to: `Takumi Kondo <${KONDO_OLD}>`, cc: `${KONDO.ja} <${KONDO.keep}>`, subject: formSubj(CASE.kondo),
    date: d('2026-02-05 08:57:27'), enc: 'jisb64',
    text: `近藤様

ご同意のご返信を確認いたしました。
${KONDO.srcId} を ${KONDO.keepId} へ、本日 2026/02/05 付で統合いたしました。
今後は ${KONDO.keep} をご利用ください。旧アドレスのアカウントはご利用いただけなくなります。

小林
AWS Training and Certification`,
  }),
  m({
    slug: 'ja-merge-forged-fail', kind: 'merge_completed', lang: 'ja', caseId: CASE.murakami, trusted: false, auth: 'fail',
    note: 'completion notice under amazon.com From but dmarc=fail at the receiving server',
    from: SUP, to: BOX_JA, subject: formSubj(CASE.murakami),
    date: d('2026-02-03 14:41:00'), enc: 'utf8b64',
    text: `ご担当者様

村上様のアカウント統合が完了しました。
統合後の特典を有効化するため、添付のフォームに社員全員のアカウント情報を記入してご返送ください。

AWS トレーニングと認定`,
  }),
  m({
    slug: 'ja-merge-murakami-fwd', kind: 'merge_completed', lang: 'ja', caseId: CASE.murakami, trusted: false,
    note: 'the employee forwards support\'s completion notice to the admin box: news of the merge, but not from AWS',
    from: `${MURAKAMI.ja} <${MURAKAMI.work}>`, to: BOX_JA, subject: `転送: ${formSubj(CASE.murakami)}`,
    date: d('2026-02-04 10:31:52', '+0900'), enc: 'jis7', relay: 'mail.kitasora.example.co.jp', crlf: false,
    text: `小野寺さん

サポートから下記が届きました、統合終わったようです。ありがとうございました!

村上

${fwdJa('AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>', '2026年2月4日(水) 9:12', formSubj(CASE.murakami), MURAKAMI.keep, `村上様

ご同意ありがとうございます。${MURAKAMI.srcId} を ${MURAKAMI.keepId} に統合する処理が完了しました。
統合先アカウントで認定の一覧をご確認ください。

佐々木
AWS Training and Certification`)}`,
  }),
  m({
    slug: 'ja-merge-yoshikawa-badgelater', kind: 'merge_completed', lang: 'ja', caseId: CASE.yoshikawa, trap: true,
    note: 'merge done; badges only expected later (future), so not a badge event',
    from: SUP, to: BOX_JA, cc: `${YOSHIKAWA.ja} <${YOSHIKAWA.keep}>`, subject: formSubj(CASE.yoshikawa),
    date: d('2026-02-06 03:03:31'), enc: 'sjisb64',
    text: `吉川様、ご担当者様

ご返信ありがとうございます。統合処理が完了いたしましたのでご報告いたしまします。
Credly のデジタルバッジは数日中に統合先のメールアドレスへ反映される見込みです。反映されない場合はこのケースでお知らせください。

伊藤
AWS トレーニングと認定`,
  }),
  m({
    slug: 'ja-merge-hirano-multi', kind: 'merge_completed', lang: 'ja', caseId: CASE.hirano,
    note: 'multipart completion notice: the two accounts are now one',
    from: SUP, to: `${HIRANO.ja} <${HIRANO.keep}>`, cc: BOX_JA, rcpt: box, subject: formSubj(CASE.hirano),
    date: d('2026-02-13 00:47:15'), enc: 'utf8qp',
    text: `平野様

お待たせいたしました。${HIRANO.srcId} と ${HIRANO.keepId} は 1 つのアカウントになりました。
受験特典のバウチャーも統合先に移行済みです。内容に誤りがないか、一度ご確認をお願いいたします。

松本
AWS トレーニングと認定 サポート`,
    html: htmlDoc(`<p>平野様</p><p>お待たせいたしました。${HIRANO.srcId} と ${HIRANO.keepId} は <b>1 つのアカウントになりました</b>。<br>
受験特典のバウチャーも統合先に移行済みです。内容に誤りがないか、一度ご確認をお願いいたします。</p>
<p>松本<br>AWS トレーニングと認定 サポート</p>`),
  }),

  // ───────────── badges_transferred ─────────────
  m({
    slug: 'ja-badge-credly-own', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'Credly issues the AWS badge to the admin\'s kept address after his merge',
    from: CREDLY, to: `Makoto Onodera <${ADMIN_HOME}>`, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-01-24 16:05:40'), enc: 'utf8qp',
    text: `Makoto Onodera さん

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Professional」のバッジが発行されました。

バッジを入手する: https://www.credly.com/earner/earned/badge/5b1e02c4-77aa-4d1f-9c3e-0f3a8e2d9b61

Credly`,
    html: htmlDoc(`<table width="100%"><tr><td align="center">
<p style="font-size:18px">Makoto Onodera さん</p>
<p>Amazon Web Services Training and Certification から<br><b>AWS Certified Solutions Architect - Professional</b> のバッジが発行されました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/5b1e02c4-77aa-4d1f-9c3e-0f3a8e2d9b61" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">バッジを入手する</a></p>
<p style="color:#999;font-size:11px">Credly, Inc.</p></td></tr></table>`),
  }),
  m({
    slug: 'ja-badge-fujii-moved', kind: 'badges_transferred', lang: 'ja', caseId: CASE.fujii,
    note: 'support says the Credly badges were moved to the kept account',
    from: SUP, to: BOX_JA, cc: `${FUJII.ja} <${FUJII.keep}>`, subject: formSubj(CASE.fujii),
    date: d('2026-01-22 05:29:18'), enc: 'jis7',
    text: `小野寺様、藤井様

バッジが旧アドレスに残っているとのご指摘、ありがとうございました。
Credly 上の AWS 認定バッジ 2 件を、統合先 ${FUJII.keep} のアカウントへ移し替えました。
Credly にサインインしていただくと、統合先のプロフィールで確認できます。

高橋
AWS Training and Certification`,
  }),
  m({
    slug: 'ja-badge-ishihara-close', kind: 'badges_transferred', lang: 'ja', caseId: CASE.ishihara, trap: true,
    note: 'support announces the badges moved and closes the case: badges_transferred',
    from: SUP, to: `${ISHIHARA.ja} <${ISHIHARA.keep}>`, cc: BOX_JA, rcpt: box, subject: formSubj(CASE.ishihara),
    date: d('2026-01-29 07:50:02'), enc: 'sjis8',
    text: `石原様

再度のお問い合わせありがとうございます。
Credly 側で、${ISHIHARA.work} に残っていたバッジを ${ISHIHARA.keep} の方へ付け替えました。
これにて本ケースはクローズいたします。

中村
AWS トレーニングと認定 サポート`,
  }),
  m({
    slug: 'ja-badge-credly-own-html', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'HTML-only Credly notice of a second AWS badge on the admin\'s kept address',
    from: CREDLY, to: ADMIN_HOME, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-01-24 16:06:12'), enc: 'utf8b64',
    html: htmlDoc(`<div style="text-align:center;font-family:Helvetica,Arial">
<p>おめでとうございます!</p>
<p>Amazon Web Services Training and Certification が <b>AWS Certified Developer - Associate</b> のバッジをあなたに発行しました。</p>
<p>バッジを受け取って、LinkedIn などで共有しましょう。</p>
<a href="https://www.credly.com/earner/earned/badge/0c9de0b2-2a1f-4f55-8d7e-61c2a0e4f7d3">バッジを入手する</a>
<p style="font-size:10px;color:#aaa">このメールは ${ADMIN_HOME} 宛てに送信されました。</p></div>`),
  }),
  m({
    slug: 'ja-badge-kondo-reissue', kind: 'badges_transferred', lang: 'ja', caseId: CASE.kondo,
    note: 'support re-issued the badges to the kept address (badges now on the kept account)',
    from: SUP, to: `Takumi Kondo <${KONDO_OLD}>`, cc: `${KONDO.ja} <${KONDO.keep}>`, subject: formSubj(CASE.kondo),
    date: d('2026-02-09 02:38:40'), enc: 'jisb64',
    text: `近藤様

ご指摘いただいたバッジ 3 件について、統合元のアドレス宛ての発行を取り消し、
${KONDO.keep} 宛てに改めて発行いたしました。Credly から受け取りのご案内が届いております。

小林
AWS Training and Certification`,
  }),
  m({
    slug: 'ja-badge-forged-credly', kind: 'badges_transferred', lang: 'ja', caseId: null, trusted: false,
    note: 'badge notice from a look-alike Credly domain (credly-badges.net): forged',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-badges.net>', to: BOX_JA,
    subject: 'バッジの移行が完了しました - 受け取り手続きをお願いします', date: d('2026-02-07 19:22:13'), enc: 'utf8qp',
    text: `研修管理ご担当者様

社員の皆様の AWS バッジを統合先アカウントに移行しました。
受け取りには Credly のパスワードで再ログインが必要です。
https://credly-badges.net/login?next=claim

Credly`,
  }),
  m({
    slug: 'ja-badge-yoshikawa-fwd', kind: 'badges_transferred', lang: 'ja', caseId: null, trusted: false,
    note: 'employee forwards the Credly AWS badge mail for his kept address to the admin: badge news, not from Credly',
    from: `${YOSHIKAWA.ja} <${YOSHIKAWA.work}>`, to: BOX_JA, subject: 'Fwd: Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-02-10 12:40:21', '+0900'), enc: 'sjis8', relay: 'mail.kitasora.example.co.jp', crlf: false,
    text: `小野寺さん
バッジも個人アドレスの方に来ました。報告まで。
吉川(スマホから)

${fwdJa('Amazon Web Services Training and Certification via Credly <admin@credly.com>', '2026年2月10日(火) 11:58', 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', YOSHIKAWA.keep, `Sho Yoshikawa さん
Amazon Web Services Training and Certification から「AWS Certified SysOps Administrator - Associate」のバッジが発行されました。
バッジを入手する`)}`,
  }),
  m({
    slug: 'ja-badge-murakami-sjisb64', kind: 'badges_transferred', lang: 'ja', caseId: CASE.murakami,
    note: 'support reports the badge re-linking work finished',
    from: SUP, to: `${MURAKAMI.ja} <${MURAKAMI.keep}>`, cc: BOX_JA, rcpt: box, subject: formSubj(CASE.murakami),
    date: d('2026-02-06 06:30:45'), enc: 'sjisb64',
    text: `村上様

Credly バッジの件、担当部署での付け替え作業が完了しました。
${MURAKAMI.keep} で Credly にサインインすると、Cloud Practitioner と Solutions Architect - Associate のバッジが並んでいるはずです。

佐々木
AWS Training and Certification`,
  }),
  m({
    slug: 'ja-badge-hirano-outlook', kind: 'badges_transferred', lang: 'ja', caseId: CASE.hirano,
    note: 'badges moved, with the admin\'s Outlook-quoted question below',
    from: SUP, to: BOX_JA, cc: `${HIRANO.ja} <${HIRANO.keep}>`, subject: formSubj(CASE.hirano),
    date: d('2026-02-16 01:12:09'), enc: 'jis7',
    text: `小野寺様

お問い合わせのバッジにつきまして、平野様の統合先アカウント(${HIRANO.keep})への移行を行いました。
Credly のダッシュボードからご確認いただけます。

松本
AWS トレーニングと認定 サポート

${olJa(BOX_JA, '2026年2月14日 9:30', SUP, formSubj(CASE.hirano), `松本様

統合ありがとうございました。認定は反映されましたが、Credly のバッジが旧アドレスに残ったままのようです。
こちらも移していただけますか。

研修管理 小野寺`)}`,
  }),

  // ───────────── case_closed ─────────────
  m({
    slug: 'ja-close-murakami-7days', kind: 'case_closed', lang: 'ja', caseId: CASE.murakami,
    note: 'reminder: the case closes automatically in 7 days without a reply',
    from: SUP, to: `${MURAKAMI.ja} <${MURAKAMI.work}>`, cc: BOX_JA, rcpt: box, subject: formSubj(CASE.murakami),
    date: d('2026-01-31 02:00:00'), enc: 'jis7',
    text: `村上様

先日のご案内について、まだご返信を確認できておりません。
7 日以内にご返信がない場合、本ケースは自動的にクローズされます。
クローズ後も、このメールにご返信いただければケースは再開されます。

AWS Training and Certification`,
  }),
  m({
    slug: 'ja-close-fujii-restate', kind: 'case_closed', lang: 'ja', caseId: CASE.fujii, trap: true,
    note: 'closing that only restates the merge done earlier',
    from: SUP, to: BOX_JA, cc: `${FUJII.ja} <${FUJII.keep}>`, subject: formSubj(CASE.fujii),
    date: d('2026-01-27 03:45:11'), enc: 'sjis8',
    text: `小野寺様

先日ご報告のとおり、藤井様のアカウントは 1 月 19 日に統合済みで、バッジの移し替えも済んでおります。
その後ご連絡がございませんので、本ケースはクローズいたします。

高橋
AWS Training and Certification`,
  }),
  m({
    slug: 'ja-close-onodera-resolved', kind: 'case_closed', lang: 'ja', caseId: CASE.onodera,
    note: 'AWS Support notice that the admin\'s own case was resolved',
    from: NOTIFY, to: ADMIN_HOME, subject: `ケース ${CASE.onodera} は解決済みになりました`,
    date: d('2026-01-28 00:00:21'), enc: 'utf8b64',
    text: `小野寺 誠 様

ケース ${CASE.onodera}(AWS Training and Certification Form Submission)のステータスが「解決済み」に変更されました。
追加のご質問がある場合は、14 日以内にケースを再度開くことができます。

Amazon Web Services`,
    html: htmlDoc(`<p>小野寺 誠 様</p><p>ケース <b>${CASE.onodera}</b>(AWS Training and Certification Form Submission)のステータスが「<b>解決済み</b>」に変更されました。</p>
<p>追加のご質問がある場合は、14 日以内にケースを再度開くことができます。</p><p>Amazon Web Services</p>`),
  }),
  m({
    slug: 'ja-close-yoshikawa-noreply', kind: 'case_closed', lang: 'ja', caseId: CASE.yoshikawa,
    note: 'case closed because no answer arrived',
    from: SUP, to: BOX_JA, subject: formSubj(CASE.yoshikawa),
    date: d('2026-02-20 05:05:05'), enc: 'jisb64',
    text: `ご担当者様

その後ご連絡をいただいておりませんため、ケース ${CASE.yoshikawa} をいったん終了とさせていただきます。
改めてご相談がある場合は、本メールへご返信ください。

伊藤
AWS トレーニングと認定`,
  }),
  m({
    slug: 'ja-close-onodera-dup', kind: 'case_closed', lang: 'ja', caseId: CASE.onoderaDup,
    note: 'the accidental duplicate case is closed in favour of the first one',
    from: SUP, to: `Makoto Onodera <${ADMIN_HOME}>`, subject: formSubj(CASE.onoderaDup),
    date: d('2026-01-20 04:12:30'), enc: 'jis7',
    text: `小野寺様

同じ内容のお問い合わせがケース ${CASE.onodera} で進行中のため、こちらのケース ${CASE.onoderaDup} は終了いたします。
以降のやり取りは ${CASE.onodera} のメールにご返信ください。

AWS Training and Certification`,
  }),
  m({
    slug: 'ja-close-forged-other', kind: 'case_closed', lang: 'ja', caseId: CASE.hirano, trusted: false, auth: 'otherOnly',
    note: 'closing notice authenticated only by a foreign authserv-id below the server\'s Received',
    from: SUP, to: BOX_JA, subject: formSubj(CASE.hirano),
    date: d('2026-02-18 22:30:00'), enc: 'sjisb64',
    text: `ご担当者様

ケース ${CASE.hirano} はクローズされました。
再開を希望される場合は、48 時間以内に下記から手続きしてください。
https://support-reopen.example-cases.com/${CASE.hirano}

AWS トレーニングと認定`,
  }),
  m({
    slug: 'ja-close-ishihara-badges-restate', kind: 'case_closed', lang: 'ja', caseId: CASE.ishihara, trap: true,
    note: 'closing that restates the badge move confirmed earlier',
    from: SUP, to: BOX_JA, cc: `${ISHIHARA.ja} <${ISHIHARA.keep}>`, subject: formSubj(CASE.ishihara),
    date: d('2026-02-02 06:40:39'), enc: 'utf8qp',
    text: `ご担当者様、石原様

バッジの移行もご確認いただけたとのこと、承知いたしました。
本件は対応終了とさせていただきます。ご協力ありがとうございました。

中村
AWS トレーニングと認定 サポート`,
  }),
  m({
    slug: 'ja-close-kondo-3days', kind: 'case_closed', lang: 'ja', caseId: CASE.kondo, auth: 'dkimonly',
    note: 'reminder that the case will close in 3 days without a reply',
    from: SUP, to: `Takumi Kondo <${KONDO_OLD}>`, subject: formSubj(CASE.kondo),
    date: d('2026-02-13 03:03:03'), enc: 'jis7',
    text: `近藤様

バッジの再発行についてご確認いただけましたでしょうか。
ご返信がない場合、3 日後に本ケースを自動でクローズいたします。

小林
AWS Training and Certification`,
  }),
  m({
    slug: 'ja-close-hirano-dl', kind: 'case_closed', lang: 'ja', caseId: CASE.hirano, forUser: false,
    note: 'closing sent to the employee and the team list only (no user address)',
    from: SUP, to: `${HIRANO.ja} <${HIRANO.keep}>`, cc: `クラウド認定推進 <${DL_ALL}>`, rcpt: DL_ALL, subject: formSubj(CASE.hirano),
    date: d('2026-02-20 07:17:27'), enc: 'utf8b64',
    text: `平野様

ご対応いただきありがとうございました。お問い合わせ ${CASE.hirano} は解決済みとしてクローズいたしました。
今後ともよろしくお願いいたします。

松本
AWS トレーニングと認定 サポート`,
  }),

  // ───────────── support_reply ─────────────
  m({
    slug: 'ja-sr-fujii-thanks', kind: 'support_reply', lang: 'ja', caseId: CASE.fujii, trap: true,
    note: 'thanks for the consent, passed to the team that merges: no merge yet',
    from: SUP, to: BOX_JA, cc: `${FUJII.ja} <${FUJII.keep}>`, subject: formSubj(CASE.fujii),
    date: d('2026-01-18 03:14:22'), enc: 'jis7',
    text: `小野寺様、藤井様

ご承諾のご返信、ありがとうございます。
内容を統合担当チームに引き継ぎました。処理には数日かかる場合がございます。

高橋
AWS Training and Certification`,
  }),
  m({
    slug: 'ja-sr-ishihara-future', kind: 'support_reply', lang: 'ja', caseId: CASE.ishihara, trap: true,
    note: '"we will write again once the merge is finished": future, not the event',
    from: SUP, to: BOX_JA, subject: formSubj(CASE.ishihara),
    date: d('2026-01-25 01:01:01'), enc: 'sjis8',
    text: `研修管理ご担当者様

石原様の件、ご本人からの同意を受領し、現在処理待ちの状態です。
統合が完了しましたら、改めて石原様と本アドレスの双方にご連絡いたします。

中村
AWS トレーニングと認定 サポート`,
  }),
  m({
    slug: 'ja-sr-kondo-escalate', kind: 'support_reply', lang: 'ja', caseId: CASE.kondo,
    note: 'status: escalated to the back-end team, waiting on them',
    from: SUP, to: `Takumi Kondo <${KONDO_OLD}>`, subject: formSubj(CASE.kondo),
    date: d('2026-01-29 02:22:22'), enc: 'jisb64',
    text: `近藤様

お待たせしております。アカウントの特定に時間を要しており、社内の専門チームに調査を依頼しました。
回答が得られ次第ご連絡しますので、もうしばらくお待ちください。

小林
AWS Training and Certification`,
  }),
  m({
    slug: 'ja-sr-fujii-dupcases', kind: 'support_reply', lang: 'ja', caseId: CASE.fujiiDup, trap: true,
    note: '"we merged your duplicate cases" is about cases, not the accounts',
    from: SUP, to: `${FUJII.ja} <${FUJII.keep}>`, cc: BOX_JA, rcpt: box, subject: formSubj(CASE.fujiiDup),
    date: d('2026-01-18 06:48:00'), enc: 'utf8qp',
    text: `藤井様、ご担当者様

藤井様ご本人と研修管理窓口の双方から同じご依頼をいただいておりましたので、
ケース ${CASE.fujiiDup} を ${CASE.fujii} にまとめさせていただきました。
以降のご連絡は ${CASE.fujii} のスレッドでお願いいたします。

山口
AWS Training and Certification`,
  }),
  m({
    slug: 'ja-sr-murakami-proxy-no', kind: 'support_reply', lang: 'ja', caseId: CASE.murakami, trap: true,
    note: 'support cannot proceed on a proxy request; the employee should write herself (no data asked)',
    from: SUP, to: BOX_JA, subject: formSubj(CASE.murakami),
    date: d('2026-01-29 00:19:46'), enc: 'jis7',
    text: `研修管理窓口 ご担当者様

社員の方に代わってのご連絡、ありがとうございます。
恐れ入りますが、代理の方からのご依頼のみでは統合を進めることができません。
村上様ご本人から、残されるアカウントのアドレスでご連絡いただくようお伝えいただけますでしょうか。

佐々木
AWS Training and Certification`,
  }),
  m({
    slug: 'ja-sr-yoshikawa-unable', kind: 'support_reply', lang: 'ja', caseId: CASE.yoshikawa, trap: true,
    note: 'merge not possible for now (pending exam booking): negated, no request',
    from: SUP, to: BOX_JA, cc: `${YOSHIKAWA.ja} <${YOSHIKAWA.work}>`, subject: formSubj(CASE.yoshikawa),
    date: d('2026-02-04 23:59:12'), enc: 'sjisb64',
    text: `ご担当者様、吉川様

確認したところ、統合元のアカウントに 2 月 12 日の試験予約が入っております。
予約中の試験があるアカウントは、現時点では統合ができません。
試験の終了後、結果が反映されてから改めて手続きいたします。

伊藤
AWS トレーニングと認定`,
  }),
  m({
    slug: 'ja-sr-bulk-answer', kind: 'support_reply', lang: 'ja', caseId: CASE.fujii,
    note: 'answer to the admin\'s question whether several employees can be filed in one case',
    from: SUP, to: BOX_JA, subject: 'Re: 複数名の統合申請について',
    date: d('2026-01-20 02:37:16'), enc: 'utf8b64',
    text: `小野寺様

ケース ${CASE.fujii} の中でご質問いただいた、複数の社員の方をまとめて申請できるかについてご回答いたします。
アカウントの統合はお一人ごとに本人確認が必要なため、社員ごとに個別のケースでお問い合わせください。
同じ方について複数のケースを作成されると確認に時間がかかりますので、その点だけご注意ください。

高橋
AWS Training and Certification

> 高橋様
> ほかにも 5 名ほど同様の社員がおります。一つのケースでまとめてお願いできますでしょうか。
> 研修管理 小野寺`,
  }),
  m({
    slug: 'ja-sr-forged-misaligned', kind: 'support_reply', lang: 'ja', caseId: CASE.ishihara, trusted: false, auth: 'misaligned',
    note: 'status reply signed by an unrelated bulk-mail domain; dmarc=fail for amazon.com',
    from: SUP, to: BOX_JA, subject: formSubj(CASE.ishihara),
    date: d('2026-01-25 15:15:15'), enc: 'jis7',
    text: `ご担当者様

石原様の件は現在審査中です。審査を早めるには、以下の窓口に手数料をお振込みください。

AWS トレーニングと認定`,
  }),
  m({
    slug: 'ja-sr-hirano-handover', kind: 'support_reply', lang: 'ja', caseId: CASE.hirano,
    note: 'agent handover notice: another agent now owns the case',
    from: SUP, to: `${HIRANO.ja} <${HIRANO.work}>`, cc: BOX_JA, rcpt: box, subject: formSubj(CASE.hirano),
    date: d('2026-02-10 08:00:44'), enc: 'utf88bit',
    text: `平野様、ご担当者様

本日より本ケースを担当いたします松本と申します。前任者からの引き継ぎは完了しております。
引き続きよろしくお願いいたします。

松本
AWS トレーニングと認定 サポート`,
    html: htmlDoc(`<p>平野様、ご担当者様</p><p>本日より本ケースを担当いたします松本と申します。前任者からの引き継ぎは完了しております。</p>
<p>引き続きよろしくお願いいたします。</p><p>松本<br>AWS トレーニングと認定 サポート</p>`),
  }),
  m({
    slug: 'ja-sr-kondo-badge-pending', kind: 'support_reply', lang: 'ja', caseId: CASE.kondo, trap: true,
    note: 'badges not moved yet; waiting for Credly: negated badge event',
    from: SUP, to: `Takumi Kondo <${KONDO_OLD}>`, subject: formSubj(CASE.kondo),
    date: d('2026-02-07 01:41:10'), enc: 'sjis8',
    text: `近藤様

バッジについてのお問い合わせありがとうございます。
現在 Credly 側に移行を依頼しているところで、まだ統合先には移っておりません。
進捗がありましたらお知らせいたします。

小林
AWS Training and Certification`,
  }),

  // ───────────── unrelated ─────────────
  m({
    slug: 'ja-un-own-consent', kind: 'unrelated', lang: 'ja', caseId: CASE.fujii, trusted: false, trap: true,
    note: 'the admin\'s own reply to support (copy to the admin box) passing on consent: own mail',
    from: ONO_JA, to: SUP, cc: BOX_JA, rcpt: box, subject: formSubj(CASE.fujii, 'RE: '),
    date: d('2026-01-17 13:20:41', '+0900'), enc: 'jis7', relay: 'mail.kitasora.example.co.jp',
    text: `高橋様

お世話になっております。北空システムズの小野寺です。
藤井本人にも確認し、上記の内容で統合を進めていただくことに同意いたします。
本人からも追って返信させます。

研修管理 小野寺

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Saturday, January 17, 2026 11:30 AM
To: 研修管理窓口 <${ADMIN_BOX}>
Subject: ${formSubj(CASE.fujii)}

一度統合したアカウントは元に戻すことができません。`,
  }),
  m({
    slug: 'ja-un-own-forward', kind: 'unrelated', lang: 'ja', caseId: CASE.ishihara, trusted: false, trap: true,
    note: 'the admin forwards support\'s information request to the employee: own mail, no news',
    from: ONO_JA, to: `${ISHIHARA.ja} <${ISHIHARA.work}>`, cc: BOX_JA, rcpt: box, subject: `FW: ${formSubj(CASE.ishihara)}`,
    date: d('2026-01-22 17:05:09', '+0900'), enc: 'sjis8', relay: 'mail.kitasora.example.co.jp',
    text: `石原さん

サポートから、本人のアドレスから候補者 ID を送ってほしいとのことです。
個人アドレスから直接返信をお願いします(私は Cc で見ています)。

小野寺

${olJa(SUP, '2026年1月22日 16:40', `${ISHIHARA.ja} <${ISHIHARA.work}>`, formSubj(CASE.ishihara), `石原様、研修管理ご担当者様
統合後も使い続けるメールアドレスから、次の2点を記載してこのメールにご返信ください。`, BOX_JA)}`,
  }),
  m({
    slug: 'ja-un-colleague-ooo', kind: 'unrelated', lang: 'ja', caseId: CASE.yoshikawa, trusted: false, trap: true,
    note: 'employee\'s out-of-office auto-reply that mentions the merge confirmation',
    from: `${YOSHIKAWA.ja} <${YOSHIKAWA.work}>`, to: BOX_JA, subject: `自動応答: ${formSubj(CASE.yoshikawa)}`,
    date: d('2026-02-05 16:22:40', '+0900'), enc: 'jisb64', relay: 'mail.kitasora.example.co.jp',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `(自動返信)
吉川は 2 月 5 日から 2 月 9 日まで出張のため不在にしております。
AWS アカウント統合の同意の件は、戻り次第確認して返信いたします。
急ぎの場合は研修管理窓口までご連絡ください。`,
  }),
  m({
    slug: 'ja-un-survey', kind: 'unrelated', lang: 'ja', caseId: CASE.fujii, trap: true,
    note: 'post-case survey: "was your issue resolved?"',
    from: NOTIFY, to: BOX_JA, subject: 'AWS サポートの対応についてアンケートのお願い',
    date: d('2026-01-28 06:00:00'), enc: 'utf8qp',
    html: htmlDoc(`<p>研修管理窓口 様</p>
<p>先日のお問い合わせ(ケース ${CASE.fujii})について、お客様の声をお聞かせください。</p>
<p>問題は解決しましたか? <a href="https://survey.example-aws-feedback.com/s?c=${CASE.fujii}&amp;a=yes">はい</a> / <a href="https://survey.example-aws-feedback.com/s?c=${CASE.fujii}&amp;a=no">いいえ</a></p>
<p>所要時間は 1 分程度です。ご協力をお願いいたします。</p><p>Amazon Web Services</p>`),
  }),
  m({
    slug: 'ja-un-credly-ms', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'a Credly badge from Microsoft, not AWS',
    from: 'Microsoft via Credly <admin@credly.com>', to: `Makoto Onodera <${ADMIN_HOME}>`, subject: 'Microsoftのバッジ発行のお知らせ',
    date: d('2026-02-01 12:12:12'), enc: 'utf8qp',
    text: `Makoto Onodera さん

Microsoft から「Microsoft Certified: Azure Administrator Associate」のバッジが発行されました。
バッジを入手する: https://www.credly.com/earner/earned/badge/9f7a2c11-4e0d-4b88-a3d1-2b6c7e9f0a45`,
    html: htmlDoc(`<p>Makoto Onodera さん</p><p>Microsoft から「Microsoft Certified: Azure Administrator Associate」のバッジが発行されました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/9f7a2c11-4e0d-4b88-a3d1-2b6c7e9f0a45">バッジを入手する</a></p>`),
  }),
  m({
    slug: 'ja-un-voucher-receipt', kind: 'unrelated', lang: 'ja', caseId: CASE.voucher, trap: true,
    note: 'receipt of the admin\'s other case, about a voucher refund: not a merge case',
    from: SUP_JA, to: BOX_JA, subject: `[CASE ${CASE.voucher}] 受験バウチャーの払い戻しについて(受付)`,
    date: d('2026-02-09 01:30:44'), enc: 'jis7',
    text: `研修管理窓口 ご担当者様

受験バウチャー(一括購入分)の払い戻しに関するお問い合わせを、ケース ${CASE.voucher} として受け付けました。
購入番号と対象のバウチャーコードを確認のうえ、担当者よりご連絡いたします。

AWS トレーニングと認定`,
  }),
  m({
    slug: 'ja-un-hr-dl', kind: 'unrelated', lang: 'ja', caseId: null, trusted: false, trap: true, forUser: false,
    note: 'HR notice to the all-staff list about merging accounts before leaving: internal, and not to the user',
    from: HR, to: `クラウド認定推進 <${DL_ALL}>`, rcpt: DL_ALL, subject: '【周知】退職予定者の AWS 認定アカウントについて',
    date: d('2026-02-12 09:00:00', '+0900'), enc: 'sjisb64', relay: 'mail.kitasora.example.co.jp',
    text: `各位

退職予定の方は、会社アドレスで登録した AWS 認定アカウントを、最終出社日までに個人アカウントへ統合してください。
手続きの進め方や統合完了の確認方法は、研修管理窓口(${ADMIN_BOX})にお問い合わせください。

人事部 労務グループ`,
  }),
  m({
    slug: 'ja-un-pearson', kind: 'unrelated', lang: 'ja', caseId: null, trusted: false, trap: true,
    note: 'test vendor booking confirmation ("予約が確定しました"), not part of a merge',
    from: 'Pearson VUE <noreply@pearsonvue.example.com>', to: `吉川 翔 <${YOSHIKAWA.work}>`, cc: BOX_JA, rcpt: box,
    subject: '試験予約の確認: AWS Certified Solutions Architect - Professional', date: d('2026-02-03 08:08:08'), enc: 'jis7',
    text: `吉川 翔 様

以下の試験予約が確定しました。内容をご確認ください。
試験: AWS Certified Solutions Architect - Professional (SAP-C02)
日時: 2026年2月12日 13:00
会場: オンライン監督試験

Pearson VUE`,
  }),
  m({
    slug: 'ja-un-skillbuilder-billing', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Skill Builder team subscription payment "completed": billing, not a merge',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', to: BOX_JA, subject: 'AWS Skill Builder チームサブスクリプション: お支払いが完了しました',
    date: d('2026-02-01 03:00:00'), enc: 'utf8b64',
    text: `研修管理窓口 様

チームサブスクリプション(20 ライセンス)のお支払い手続きが完了しました。
ライセンスの割り当ては管理コンソールから行えます。

AWS Skill Builder`,
  }),
  m({
    slug: 'ja-un-exam-result', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'exam result notice for the admin (pass); mentions the badge only as what will come',
    from: PORTAL, to: ADMIN_HOME, subject: 'AWS 認定試験の結果のお知らせ',
    date: d('2026-03-02 05:20:00'), enc: 'utf8qp',
    text: `小野寺 誠 様

AWS Certified Security - Specialty 試験の結果が確定しました: 合格
認定の詳細は認定アカウントでご覧いただけます。デジタルバッジは数日以内に Credly からメールで届きます。

AWS Certification`,
  }),
  m({
    slug: 'ja-un-summit', kind: 'unrelated', lang: 'ja', caseId: null,
    note: 'event marketing mail',
    from: 'AWS Japan <aws-jp-marketing@amazon.com>', to: BOX_JA, subject: 'AWS Summit Japan 2026 事前登録受付中',
    date: d('2026-03-05 01:00:00'), enc: 'utf8qp',
    html: htmlDoc(`<h2>AWS Summit Japan 2026</h2><p>今年も幕張メッセで開催します。基調講演、100 以上のセッション、認定者ラウンジをご用意しています。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">事前登録はこちら</a></p><p style="font-size:11px">配信停止をご希望の方はこちら</p>`),
  }),
];
