// Japanese messages of set eo: event words shown as labels, buttons, statuses, fields,
// quoted policy and examples, next to mail where the same words tell the event.
import type { Msg } from './lib.js';
import {
  CREDLY_AWS, HANAKO, MORI, NOTIFY, PORTAL, SIG_JA, SUPPORT, SUPPORT_ADDR, TARO, TC_NEWS, YUI,
  btn, formSubject, gmailJa, mk, outlookJa, page, sfRef,
} from './common.js';

const M = MORI;
const Y = YUI;

export const JA: Msg[] = [
  // ---------------- acknowledgement (7) ----------------
  mk({
    slug: 'ja-ack-plain', kind: 'acknowledgement', lang: 'ja', caseId: M.case, from: NOTIFY,
    subject: `[ケース ID ${M.case}] お問い合わせを受け付けました`,
    note: 'automatic receipt of the new case with its ID',
    text: `${M.en} 様

AWS トレーニングと認定 へのお問い合わせありがとうございます。
ケース ID ${M.case} として登録いたしました。担当者より通常 24 時間以内にご連絡します。

同じ内容で別のケースを作成されますと、回答が遅れる原因となりますのでご遠慮ください。
追加の情報は、このメールへの返信でお送りいただけます。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ack-status-legend', kind: 'acknowledgement', lang: 'ja', caseId: M.case, from: NOTIFY, trap: true, enc: 'jisb64',
    subject: `ケース ${M.case} を作成しました`,
    note: 'receipt of a new case; the status legend (解決済み/クローズ) only explains labels, nothing is closed',
    text: `お問い合わせを受け付けました。

ケース ID: ${M.case}
件名: 認定アカウントの統合
ステータス: 未対応

■ ステータスの見かた
未対応 ... 担当者の割り当て待ち
対応中 ... 担当者が確認しています
お客様の返信待ち ... 担当者からの質問にご回答ください
解決済み ... ケースがクローズされた状態です

サポートセンターでいつでも進捗をご確認いただけます。
Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ack-body-only', kind: 'acknowledgement', lang: 'ja', caseId: Y.case, from: NOTIFY, to: Y.keep, enc: 'sjisb64',
    subject: 'AWS サポート: お問い合わせありがとうございます',
    note: 'receipt shape; the case ID is only in the body',
    text: `田中 結衣 様

このメールは送信専用アドレスから自動で送られています。

以下の内容でお問い合わせを承りました。
  ケース番号 ${Y.case}
  お問い合わせの種類 AWS トレーニングと認定
  問題の種類 アカウント関連

回答まで今しばらくお待ちください。
Amazon Web Services サポート`,
  }),
  mk({
    slug: 'ja-ack-html-view', kind: 'acknowledgement', lang: 'ja', caseId: TARO.case, from: NOTIFY, to: TARO.keep, enc: 'utf8qp', trap: true,
    subject: `ケースを受け付けました [ケース ID: ${TARO.case}]`,
    note: 'receipt; the form echo "希望する対応: アカウントの統合を完了してほしい" is the customer\'s own field text',
    text: `お問い合わせいただきありがとうございます。ケース ${TARO.case} を受け付けました。

ご入力内容
  お問い合わせの種類: AWS トレーニングと認定
  希望する対応: アカウントの統合を完了してほしい

[ケースを表示] https://support.console.aws.amazon.com/support/home#/case/?displayId=${TARO.case}

Amazon Web Services`,
    html: page(`<p>お問い合わせいただきありがとうございます。ケース ${TARO.case} を受け付けました。</p>
<p>ご入力内容<br>お問い合わせの種類: AWS トレーニングと認定<br>希望する対応: アカウントの統合を完了してほしい</p>
${btn('ケースを表示', `https://support.console.aws.amazon.com/support/home#/case/?displayId=${TARO.case}`)}
<p>Amazon Web Services</p>`),
  }),
  mk({
    slug: 'ja-ack-lookalike', kind: 'acknowledgement', lang: 'ja', caseId: '1781209934', trusted: false, auth: 'fail',
    from: 'Amazon Web Services <no-reply@amazon-jp-support.com>',
    subject: '[ケース ID 1781209934] お問い合わせ受付のお知らせ',
    note: 'receipt in form, but from a look-alike domain with dmarc=fail',
    text: `お問い合わせを受け付けました。ケース ID: 1781209934

担当者からのご連絡をお待ちください。お急ぎの場合は下記よりサインインのうえ状況をご確認ください。
https://amazon-jp-support.com/case/1781209934

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ack-reply-button', kind: 'acknowledgement', lang: 'ja', caseId: HANAKO.case, from: NOTIFY, to: HANAKO.keep, enc: 'jisb64',
    subject: `ケース ${HANAKO.case}: ご依頼を承りました`,
    note: 'automatic receipt; explains how to reply, asks nothing yet',
    text: `佐藤様

ご依頼の件、ケース ${HANAKO.case} にて承りました。
本メールへ「返信」していただくと、同じケースに追記されます。件名の [ケース ID] の部分は変更しないでください。

営業日の順にご回答しております。
Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ack-resent', kind: 'acknowledgement', lang: 'ja', caseId: '1769912284', from: NOTIFY, to: HANAKO.src, forUser: false,
    resent: { from: 'postmaster@oldcorp.example.com', to: 'it-helpdesk@oldcorp.example.com', date: 'Tue, 17 Nov 2026 09:12:40 +0900' },
    subject: '[ケース ID 1769912284] お問い合わせを受け付けました',
    note: 'receipt, but redirected by the old company to its help desk (Resent-*), so not delivered to the user',
    text: `お問い合わせを受け付けました。
ケース ID 1769912284 / AWS トレーニングと認定

担当者から折り返しご連絡いたします。
Amazon Web Services`,
  }),

  // ---------------- ai_answer (7) ----------------
  mk({
    slug: 'ja-ai-tool-steps', kind: 'ai_answer', lang: 'ja', from: NOTIFY, trap: true, enc: 'utf8b64',
    subject: 'AWS サポート: 生成 AI による回答',
    note: 'AI suggestion; "統合が完了しました" is the banner the self-service tool would show',
    text: `この回答は生成 AI によって作成されました。

ご質問: 認定アカウントを1つにまとめたい

AWS 認定ポータルのセルフサービスツールをお試しください。
1. ポータルにサインインし、「プロフィール」を開きます
2. 「アカウントの統合」をクリックします
3. 統合するアカウントのメールアドレスとパスワードを入力します
4. 画面に「統合が完了しました」と表示されれば終了です

両方のアカウントに認定の履歴がある場合、このツールはご利用いただけません。その場合は「ケースを作成」からお問い合わせください。`,
  }),
  mk({
    slug: 'ja-ai-helpful-buttons', kind: 'ai_answer', lang: 'ja', from: NOTIFY, trap: true, enc: 'utf8qp',
    subject: 'お問い合わせへの自動回答',
    note: 'automated answer; "ケースを作成" is only a button label offered to the reader',
    text: `自動回答 (AI)

アカウントの統合は、受験履歴が片方のアカウントにしかない場合はセルフサービスで行えます。
詳細: https://aws.amazon.com/certification/faqs/

この回答は役に立ちましたか?
  [はい、解決しました]
  [いいえ、ケースを作成する]`,
    html: page(`<p>自動回答 (AI)</p>
<p>アカウントの統合は、受験履歴が片方のアカウントにしかない場合はセルフサービスで行えます。<br>詳細: <a href="https://aws.amazon.com/certification/faqs/">認定 FAQ</a></p>
<p>この回答は役に立ちましたか?</p>
${btn('はい、解決しました', 'https://support.aws.amazon.com/feedback?y')}
${btn('いいえ、ケースを作成する', 'https://support.aws.amazon.com/#/contacts/aws-training')}`),
  }),
  mk({
    slug: 'ja-ai-badges-after', kind: 'ai_answer', lang: 'ja', from: NOTIFY, trap: true, enc: 'sjis8',
    subject: 'AI アシスタントからのご案内',
    note: 'AI answer explaining what happens to Credly badges after a merge; stays ai_answer',
    text: `AI アシスタントがお答えします。

アカウントを統合した後、Credly のデジタルバッジが自動的に移行されないことがあります。
その場合は、統合先のメールアドレスで Credly にサインインし、バッジを受け取り直してください。
統合を先に行い、その後でバッジを受け取る順序をおすすめします。

解決しない場合は、ケースを作成して担当者にお問い合わせください。
※この回答は自動生成されたものです。`,
  }),
  mk({
    slug: 'ja-ai-plain', kind: 'ai_answer', lang: 'ja', from: NOTIFY, enc: 'sjis8',
    subject: 'お問い合わせ内容に関する参考情報',
    note: 'automated suggestion pointing to self-service and FAQ',
    text: `入力いただいた内容をもとに、参考になりそうな情報をお届けします。

・認定アカウントはお一人につき一つが原則です
・受験履歴が一方にしかない場合、ポータルのツールで統合できます
・両方に履歴がある場合は担当窓口での対応となります

この情報で解決しなかった場合は、画面の案内に沿って担当者へお問い合わせください。
(生成 AI による回答です)`,
  }),
  mk({
    slug: 'ja-ai-html-apply', kind: 'ai_answer', lang: 'ja', from: NOTIFY, trap: true, enc: 'utf8b64',
    subject: 'Amazon Q による回答',
    note: 'AI answer; 「統合を申請する」 is an option in the form, not an application made',
    html: page(`<p><b>Amazon Q</b> が回答を作成しました。</p>
<p>ポータルの「アカウント設定」メニューに「統合を申請する」という項目があります。受験履歴のないアカウントを統合する場合はこちらをお使いください。</p>
<p>両アカウントに合格した認定がある場合、この項目は選択できません。</p>
<p><small>この回答は AI によって生成されており、誤りを含む可能性があります。</small></p>`),
  }),
  mk({
    slug: 'ja-ai-identity', kind: 'ai_answer', lang: 'ja', from: NOTIFY, trap: true, enc: 'jis7',
    subject: '自動応答: アカウントの統合について',
    note: 'automated answer; the "確認メール" it mentions is part of the tool, not a request',
    text: `こちらは自動応答です。

セルフサービスの統合ツールでは、統合元アカウントに確認のメールが送られます。
メール内のリンクを開くと手続きが進みます。リンクの有効期限は 24 時間です。

担当者への問い合わせをご希望の場合は、フォームの「ケースを作成」へお進みください。`,
  }),
  mk({
    slug: 'ja-ai-google-ar', kind: 'ai_answer', lang: 'ja', from: NOTIFY, enc: 'jisb64', trusted: false, auth: 'otherOnly',
    subject: '生成 AI による回答のお知らせ',
    note: 'AI suggestion to use the Merge Accounts tool; only a foreign (mx.google.com) Authentication-Results, so untrusted',
    text: `ご入力ありがとうございます。以下は AI が作成した回答です。

AWS 認定のアカウントをまとめたい場合は、認定ポータルの Merge Accounts ツールをご利用いただけます。
ツールが利用できない旨のメッセージが表示された場合は、サポートへのケース作成にお進みください。`,
  }),

  // ---------------- info_request (8) ----------------
  mk({
    slug: 'ja-info-ids-status', kind: 'info_request', lang: 'ja', caseId: M.case, trap: true,
    subject: formSubject(M.case),
    note: 'asks for both candidate IDs; "統合済み" is only what the portal will show later',
    text: `森様

お問い合わせありがとうございます。AWS トレーニングと認定サポートです。

統合の手続きに入る前に、両方のアカウントの候補者 ID (AWS で始まる番号) をお知らせいただけますでしょうか。
手続きが終わりますと、ポータルの認定一覧に「統合済み」と表示されるようになります。

よろしくお願いいたします。
${SIG_JA}
${sfRef('ja-info-ids')}`,
  }),
  mk({
    slug: 'ja-info-which-keep', kind: 'info_request', lang: 'ja', caseId: Y.case, to: Y.keep, trap: true, enc: 'jisb64',
    subject: formSubject(Y.case),
    note: 'ご確認のうえお知らせください asks which account to keep: information, not consent',
    text: `田中様

ご連絡ありがとうございます。
${Y.keep} と ${Y.src} のうち、今後ご利用になるアカウントはどちらでしょうか。
お手数ですが、ご確認のうえお知らせください。

${SIG_JA}`,
  }),
  mk({
    slug: 'ja-info-template', kind: 'info_request', lang: 'ja', caseId: TARO.case, to: TARO.keep,
    subject: formSubject(TARO.case),
    note: 'sends a fill-in template for both accounts',
    text: `山田様

お世話になっております。
下記の項目を埋めて、このメールにご返信ください。

【統合先】
 候補者 ID:
 ログイン用メールアドレス:
【統合元】
 候補者 ID:
 ログイン用メールアドレス:
 認定通知用メールアドレス:

以上、よろしくお願いいたします。
${SIG_JA}`,
  }),
  mk({
    slug: 'ja-info-outlook', crlf: false, wholeSubject: true, kind: 'info_request', lang: 'ja', caseId: HANAKO.case, to: HANAKO.keep, enc: 'sjis8',
    subject: formSubject(HANAKO.case),
    note: 'asks for the candidate ID of the old account; Outlook quote below',
    text: `佐藤様

ご返信ありがとうございます。
旧アカウント (${HANAKO.src}) の候補者 ID が記載されていないようでしたので、あわせてお送りいただけますか。
ポータルの「プロフィール」画面の右上に表示されています。

${SIG_JA}

${outlookJa(`佐藤 花子 <${HANAKO.keep}>`, '2026年11月18日 10:03', SUPPORT_ADDR, formSubject(HANAKO.case), `残したいのは ${HANAKO.keep} (${HANAKO.keepId}) です。\nよろしくお願いします。`)}`,
  }),
  mk({
    slug: 'ja-info-link-confirm', kind: 'info_request', lang: 'ja', caseId: '1781350022', to: TARO.src, trap: true, enc: 'utf8qp',
    subject: formSubject('1781350022'),
    note: 'the link text "アカウント情報を確認する" leads to a page listing the fields it asks for; an information request',
    text: `山田様

手続きに必要な情報がまだ揃っておりません。
お手数ですが、統合元アカウントの認定通知用メールアドレスと、Skill Builder のメールアドレスを本メールへの返信でお知らせください。
どこで調べればよいかは、下のリンク「アカウント情報を確認する」の手順をご覧ください。

アカウント情報を確認する: https://aws.amazon.com/certification/faqs/

${SIG_JA}`,
  }),
  mk({
    slug: 'ja-info-phish', kind: 'info_request', lang: 'ja', caseId: M.case, trusted: false, auth: 'none',
    from: 'AWS トレーニングと認定 <support@aws-training-jp.net>',
    subject: formSubject(M.case),
    note: 'asks for IDs and a password; sender is outside the trusted domains and unauthenticated',
    text: `森様

アカウントの確認のため、以下をご返信ください。
・候補者 ID (両方)
・ポータルのパスワード

期限内にご返信がない場合、お手続きを進められません。
AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-info-mixed', kind: 'info_request', lang: 'ja', caseId: '1783921740', to: Y.keep, enc: 'utf8b64',
    subject: formSubject('1783921740'),
    note: 'Japanese request for addresses under English boilerplate',
    text: `Hello Yui,

Thank you for contacting AWS Training and Certification.

田中様、日本語で失礼いたします。
お問い合わせいただいた二つのアカウントについて、それぞれのログインに使っているメールアドレスを教えていただけますでしょうか。
大学のアドレスがすでに使えない場合は、その旨もあわせてお書き添えください。

Best regards,
AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-info-from-keep-ids', kind: 'info_request', lang: 'ja', caseId: '1778802231', to: HANAKO.src, enc: 'jisb64',
    subject: formSubject('1778802231'),
    note: 'write from the kept address AND include both IDs: information request',
    text: `佐藤様

本件は、残されるアカウントのメールアドレスからご連絡いただく必要がございます。
お手数ですが、そちらのアドレスから、両アカウントの候補者 ID を記載のうえご返信いただけますでしょうか。

${SIG_JA}`,
  }),

  // ---------------- confirmation_request (7) ----------------
  mk({
    slug: 'ja-conf-policy', kind: 'confirmation_request', lang: 'ja', caseId: M.case,
    subject: formSubject(M.case),
    note: 'asks consent to merge; quotes the irreversibility policy',
    text: `森様

情報をお送りいただきありがとうございます。
${M.srcId} の履歴を ${M.keepId} に移す形で統合いたします。

なお、当社の規定により「統合されたアカウントを元に戻すことはできません」。
この内容で進めてよろしいでしょうか。ご返信をお待ちしております。

${SIG_JA}`,
  }),
  mk({
    slug: 'ja-conf-reply-word', kind: 'confirmation_request', lang: 'ja', caseId: Y.case, to: Y.keep, enc: 'jisb64',
    subject: formSubject(Y.case),
    note: 'asks the customer to reply 「同意します」 to go ahead',
    text: `田中様

統合の準備が整いました。
統合先: ${Y.keepId}
統合元: ${Y.srcId}

一度統合すると分離はできません。
ご了承いただける場合は、本文に「同意します」とだけ書いてご返信ください。

${SIG_JA}`,
  }),
  mk({
    slug: 'ja-conf-gmail-quote', kind: 'confirmation_request', lang: 'ja', caseId: TARO.case, to: TARO.keep, enc: 'sjisb64',
    subject: formSubject(TARO.case),
    note: 'asks for the go-ahead; the user\'s earlier details are quoted below',
    text: `山田様

ご回答ありがとうございます。いただいた内容で処理が可能です。
取り消しのできない操作となりますので、念のため、実行してよいかご返信にてお知らせください。

${SIG_JA}

${gmailJa('2026年11月20日(金) 8:41', '山田 太郎', TARO.keep, `統合先 ${TARO.keepId}\n統合元 ${TARO.srcId}\nよろしくお願いします。`)}`,
  }),
  mk({
    slug: 'ja-conf-html-future', kind: 'confirmation_request', lang: 'ja', caseId: HANAKO.case, to: HANAKO.keep, enc: 'utf8qp', trap: true,
    subject: formSubject(HANAKO.case),
    note: 'asks consent; 「ステータス：完了」 is described as what will show later',
    text: `佐藤様

以下の内容で統合してよろしいか、ご返信ください。

 統合先 ${HANAKO.keepId} ${HANAKO.keep}
 統合元 ${HANAKO.srcId} ${HANAKO.src}

処理後はポータルに「ステータス：完了」と表示される予定です。統合後は元に戻せません。

${SIG_JA}`,
    html: page(`<p>佐藤様</p><p>以下の内容で統合してよろしいか、ご返信ください。</p>
<table border="1" cellpadding="4"><tr><th>統合先</th><td>${HANAKO.keepId}</td><td>${HANAKO.keep}</td></tr><tr><th>統合元</th><td>${HANAKO.srcId}</td><td>${HANAKO.src}</td></tr></table>
<p>処理後はポータルに「ステータス：完了」と表示される予定です。統合後は元に戻せません。</p><p>${SIG_JA}</p>`),
  }),
  mk({
    slug: 'ja-conf-forged-below', kind: 'confirmation_request', lang: 'ja', caseId: '1780066123', trusted: false, auth: 'forgedBelow', to: Y.keep,
    subject: formSubject('1780066123'),
    note: 'consent request in form; only a planted dmarc=pass below the server\'s Received line',
    text: `田中様

アカウント統合の最終確認です。問題がなければ「はい」とご返信ください。
統合は取り消せません。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-conf-ids-between', kind: 'confirmation_request', lang: 'ja', caseId: '1782455019', to: TARO.keep, enc: 'jisb64',
    subject: formSubject('1782455019'),
    note: 'IDs sit between the words; asks for an OK before an irreversible merge',
    text: `山田様

${TARO.keepId} を統合先、${TARO.srcId} を統合元として処理いたします。取り消しはできませんので、問題なければその旨ご返信ください。

${SIG_JA}`,
  }),
  mk({
    slug: 'ja-conf-badge-question', kind: 'confirmation_request', lang: 'ja', caseId: M.case, trap: true, enc: 'sjis8',
    subject: formSubject(M.case),
    note: 'answers a badge question, then asks for consent; badge words are explanation only',
    text: `森様

「バッジはどうなりますか」とのご質問について: Credly のバッジは統合後に統合先のアドレスで受け取り直していただく形になります。

そのうえで、統合を実施してよろしいでしょうか。実施後の取り消しはできません。ご同意のご返信をいただき次第、作業いたします。

${SIG_JA}`,
  }),

  // ---------------- merge_completed (7) ----------------
  mk({
    slug: 'ja-mc-plain', kind: 'merge_completed', lang: 'ja', caseId: M.case,
    subject: formSubject(M.case),
    note: 'support says the merge has been carried out',
    text: `森様

お待たせいたしました。アカウントの統合作業が完了いたしました。
${M.srcId} の認定履歴は ${M.keepId} に移っております。

${SIG_JA}`,
  }),
  mk({
    slug: 'ja-mc-status-real', kind: 'merge_completed', lang: 'ja', caseId: Y.case, to: Y.keep, enc: 'jisb64',
    subject: formSubject(Y.case),
    note: 'the status line here reports the finished merge itself',
    text: `田中様

ご依頼の件、処理結果をお知らせします。

 手続き: 認定アカウントの統合
 ステータス: 完了
 処理日: 2026年11月24日

${Y.srcId} で取得された認定は、すべて ${Y.keepId} から参照いただけます。

${SIG_JA}`,
  }),
  mk({
    slug: 'ja-mc-portal', kind: 'merge_completed', lang: 'ja', from: PORTAL, auth: 'dkimonly', to: TARO.keep, enc: 'utf8qp',
    subject: 'AWS 認定: アカウントが統合されました',
    note: 'certification portal\'s own merged notice, no case ID',
    text: `山田 太郎 様

お使いの AWS 認定アカウントは統合されました。
今後は ${TARO.keep} でサインインしてください。統合されたアカウントには、以前の受験履歴と特典が含まれています。

AWS Certification`,
    html: page(`<p>山田 太郎 様</p><p>お使いの AWS 認定アカウントは統合されました。</p><p>今後は ${TARO.keep} でサインインしてください。統合されたアカウントには、以前の受験履歴と特典が含まれています。</p>
${btn('サインイン', 'https://www.aws.training/certification')}<p>AWS Certification</p>`),
  }),
  mk({
    slug: 'ja-mc-and-close', kind: 'merge_completed', lang: 'ja', caseId: HANAKO.case, to: HANAKO.keep, enc: 'jisb64',
    subject: formSubject(HANAKO.case),
    note: 'merge done and the case will now close: the new fact is the merge',
    text: `佐藤様

旧アカウントの履歴を ${HANAKO.keepId} に統合いたしました。
本ケースはこれにてクローズとさせていただきます。

${SIG_JA}`,
  }),
  mk({
    slug: 'ja-mc-please-check', kind: 'merge_completed', lang: 'ja', caseId: '1782455019', to: TARO.keep, enc: 'sjis8',
    subject: formSubject('1782455019'),
    note: 'completion notice asking to check that all looks right: stays merge_completed',
    text: `山田様

ご同意ありがとうございました。先ほど統合の処理を終えました。
ポータルにサインインし、認定と特典が正しく表示されているかご確認ください。

${SIG_JA}`,
  }),
  mk({
    slug: 'ja-mc-dmarc-fail', kind: 'merge_completed', lang: 'ja', caseId: '1780066123', trusted: false, auth: 'fail', to: Y.keep,
    subject: formSubject('1780066123'),
    note: 'completion in form, but dmarc=fail on the receiving server',
    text: `田中様

アカウントの統合が完了しました。特典のバウチャーは下記から再発行してください。
https://aws-voucher-reissue.example.net/

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-mc-outlook-consent', kind: 'merge_completed', lang: 'ja', caseId: M.case, enc: 'utf8qp',
    subject: formSubject(M.case),
    note: 'merge done; the user\'s consent is only quoted',
    text: `森様

統合を実施しました。${M.keepId} で、以前の会社アドレスで取得された認定がご覧いただけます。

${SIG_JA}

${outlookJa(`森 健二 <${M.keep}>`, '2026年11月25日 9:15', SUPPORT_ADDR, formSubject(M.case), '上記の内容で統合をお願いします。')}`,
  }),

  // ---------------- badges_transferred (6) ----------------
  mk({
    slug: 'ja-bt-credly-issue', kind: 'badges_transferred', lang: 'ja', from: CREDLY_AWS, to: M.keep, enc: 'utf8qp',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'AWS badge issued via Credly to the kept address',
    text: `森 健二 様

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。

バッジを入手する: https://www.credly.com/badges/${'7f1c2a90'}/accept

Credly`,
    html: page(`<p>森 健二 様</p><p>Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。</p>
${btn('バッジを入手する', 'https://www.credly.com/badges/7f1c2a90/accept')}<p>Credly</p>`),
  }),
  mk({
    slug: 'ja-bt-support-close', kind: 'badges_transferred', lang: 'ja', caseId: Y.case, to: Y.keep,
    subject: formSubject(Y.case),
    note: 'support says the badges moved to the kept account and closes',
    text: `田中様

Credly のバッジを ${Y.keep} 側へ付け替えました。Credly のプロフィールでご確認いただけます。
これで本件のご対応はすべて終了となりますので、ケースをクローズいたします。

${SIG_JA}`,
  }),
  mk({
    slug: 'ja-bt-support-moved', kind: 'badges_transferred', lang: 'ja', caseId: TARO.case, to: TARO.keep, enc: 'sjisb64',
    subject: formSubject(TARO.case),
    note: 'support reports the Credly badges now sit on the kept account',
    text: `山田様

大変お待たせしました。
旧アカウントに紐づいていた Credly のデジタルバッジ 3 件を、統合先アカウントに移行いたしました。

${SIG_JA}`,
  }),
  mk({
    slug: 'ja-bt-credly-html', kind: 'badges_transferred', lang: 'ja', from: CREDLY_AWS, to: HANAKO.keep, enc: 'utf8b64',
    subject: 'バッジが届いています: AWS Certified Developer - Associate',
    note: 'Credly mail: AWS badge waiting on the kept address',
    html: page(`<p>佐藤 花子 様</p>
<p>Amazon Web Services Training and Certification から新しいバッジが届いています。</p>
<p><b>AWS Certified Developer - Associate</b></p>
${btn('バッジを受け取る', 'https://www.credly.com/badges/e40b1d3c/accept')}
<p>受け取ったバッジは LinkedIn などで共有できます。</p>`),
  }),
  mk({
    slug: 'ja-bt-credly-lookalike', kind: 'badges_transferred', lang: 'ja', trusted: false, auth: 'none', to: Y.keep, enc: 'utf8qp',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-badges.net>',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'badge issue mail in form, from a look-alike Credly domain',
    text: `田中 結衣 様

新しいバッジが発行されました。下のボタンからサインインして受け取ってください。

バッジを入手する: https://credly-badges.net/accept

Credly`,
  }),
  mk({
    slug: 'ja-bt-after-ask', kind: 'badges_transferred', lang: 'ja', caseId: HANAKO.case, to: HANAKO.keep,
    subject: formSubject(HANAKO.case),
    note: 'support moved the badges after the user asked (quoted)',
    text: `佐藤様

ご指摘ありがとうございます。バッジを確認したところ旧アドレスに残っておりましたので、${HANAKO.keep} のアカウントへ移しました。

${SIG_JA}

${gmailJa('2026年11月27日(金) 19:20', '佐藤 花子', HANAKO.keep, '統合はできたのですが、Credly のバッジが移行されていないようです。')}`,
  }),

  // ---------------- case_closed (7) ----------------
  mk({
    slug: 'ja-cc-resolved', kind: 'case_closed', lang: 'ja', caseId: '1777012384', to: TARO.keep,
    subject: formSubject('1777012384'),
    note: 'case marked resolved and closed',
    text: `山田様

本ケースは解決済みとしてクローズいたしました。
ご利用ありがとうございました。

${SIG_JA}`,
  }),
  mk({
    slug: 'ja-cc-auto-close', crlf: false, kind: 'case_closed', lang: 'ja', caseId: Y.case, to: Y.keep, enc: 'sjis8',
    subject: formSubject(Y.case),
    note: 'will auto-close without a reply',
    text: `田中様

先日お送りしたご質問へのご返信が確認できておりません。
7 日以内にご返信がない場合、本ケースは自動的にクローズされます。

${SIG_JA}`,
  }),
  mk({
    slug: 'ja-cc-restate-merge', kind: 'case_closed', lang: 'ja', caseId: M.case, trap: true,
    subject: formSubject(M.case),
    note: 'closing notice that only restates the earlier merge',
    text: `森様

先週ご案内のとおり統合は完了しておりますので、その後ご質問がないことを確認し、本ケースをクローズいたします。

${SIG_JA}`,
  }),
  mk({
    slug: 'ja-cc-notify-html', kind: 'case_closed', lang: 'ja', caseId: HANAKO.case, from: NOTIFY, to: HANAKO.keep, enc: 'utf8b64',
    subject: `ケース ${HANAKO.case} は解決済みになりました`,
    note: 'AWS Support notification that the case is resolved, with a reopen button',
    text: `ケース ${HANAKO.case} は解決済みになりました。

ご不明な点が残っている場合は、ケースを再開してください。
[ケースを再開する] https://support.console.aws.amazon.com/support/home#/case/?displayId=${HANAKO.case}

Amazon Web Services`,
    html: page(`<p>ケース ${HANAKO.case} は解決済みになりました。</p><p>ご不明な点が残っている場合は、ケースを再開してください。</p>
${btn('ケースを再開する', `https://support.console.aws.amazon.com/support/home#/case/?displayId=${HANAKO.case}`)}<p>Amazon Web Services</p>`),
  }),
  mk({
    slug: 'ja-cc-status-real', kind: 'case_closed', lang: 'ja', caseId: '1782455019', to: TARO.keep, enc: 'jisb64',
    subject: formSubject('1782455019'),
    note: 'the status line reports the case being closed now',
    text: `山田様

ケースの状態を更新しました。
 ケース ID: 1782455019
 ステータス: 解決済み (クローズ)

その後の確認で問題がございましたら、このメールにご返信ください。

${SIG_JA}`,
  }),
  mk({
    slug: 'ja-cc-gmail-quote', kind: 'case_closed', lang: 'ja', caseId: Y.case, to: Y.keep, enc: 'utf8qp',
    subject: formSubject(Y.case),
    note: 'closes on the user\'s thanks (quoted); restated merge only in the quote',
    text: `田中様

ご丁寧にありがとうございます。それでは本件はこちらで終了とし、ケースを閉じさせていただきます。

${SIG_JA}

${gmailJa('2026年12月1日(火) 12:02', '田中 結衣', Y.keep, '統合を確認できました。ありがとうございました。')}`,
  }),
  mk({
    slug: 'ja-cc-no-reply-done', kind: 'case_closed', lang: 'ja', caseId: '1779960402', to: HANAKO.keep, enc: 'sjisb64',
    subject: formSubject('1779960402'),
    note: 'closed after no reply',
    text: `佐藤様

前回のご連絡から一定期間ご返信がなかったため、本ケースはクローズとなりました。
引き続きお手伝いが必要な場合は、このメールに返信するとケースが再開されます。

${SIG_JA}`,
  }),

  // ---------------- support_reply (9) ----------------
  mk({
    slug: 'ja-sr-shown-later', kind: 'support_reply', lang: 'ja', caseId: M.case, trap: true,
    subject: formSubject(M.case),
    note: 'status update; 「統合済み」 is what the portal will show later, nothing done yet',
    text: `森様

ご依頼は担当チームで作業中です。
ポータル上で「統合済み」と表示されるまで、数日かかる場合がございます。もうしばらくお待ちください。

${SIG_JA}`,
  }),
  mk({
    slug: 'ja-sr-thanks-confirm', kind: 'support_reply', lang: 'ja', caseId: Y.case, to: Y.keep, trap: true, enc: 'jisb64',
    subject: formSubject(Y.case),
    note: 'thanks for confirming, passed to the team',
    text: `田中様

ご確認いただきありがとうございます。
いただいたご同意をもとに、担当部署へ作業を依頼いたしました。進展があり次第ご連絡します。

${SIG_JA}`,
  }),
  mk({
    slug: 'ja-sr-button-greyed', kind: 'support_reply', lang: 'ja', caseId: TARO.case, to: TARO.keep, trap: true, enc: 'sjis8',
    subject: formSubject(TARO.case),
    note: 'explains why the "アカウントを統合" button cannot be used; no request, no event',
    text: `山田様

お問い合わせの「アカウントを統合」ボタンが押せない件ですが、両方のアカウントに合格履歴があるため、セルフサービスの対象外となっております。
こちらの窓口で対応いたしますので、お客様側での操作は不要です。

${SIG_JA}`,
  }),
  mk({
    slug: 'ja-sr-once-done', kind: 'support_reply', lang: 'ja', caseId: HANAKO.case, to: HANAKO.keep, trap: true,
    subject: formSubject(HANAKO.case),
    note: 'future: 統合が完了しましたら…改めてご連絡',
    text: `佐藤様

現在、担当チームにて処理を進めております。
統合が完了しましたら、改めてご連絡いたします。

${SIG_JA}`,
  }),
  mk({
    slug: 'ja-sr-dup-cases', wholeSubject: true, kind: 'support_reply', lang: 'ja', caseId: M.case, trap: true, enc: 'jisb64',
    subject: formSubject(M.case),
    note: 'merged duplicate CASES, not accounts',
    text: `森様

同じ内容で作成された別のケース (1781204922) は、本ケースに統合いたしました。
今後のやり取りはこちらのケースでお願いいたします。

${SIG_JA}`,
  }),
  mk({
    slug: 'ja-sr-escalate', kind: 'support_reply', lang: 'ja', caseId: '1783921740', to: Y.keep, enc: 'utf8b64',
    subject: formSubject('1783921740'),
    note: 'escalation notice',
    text: `田中様

お待たせしております。ご依頼の内容は専門チームへエスカレーションいたしました。
回答までもう少しお時間をいただけますと幸いです。

${SIG_JA}`,
  }),
  mk({
    slug: 'ja-sr-policy-answer', kind: 'support_reply', lang: 'ja', caseId: TARO.case, to: TARO.keep, trap: true, enc: 'utf8qp',
    subject: formSubject(TARO.case),
    note: 'answers a policy question by quoting "統合後の分離はできません"; asks no consent',
    text: `山田様

ご質問の「統合したあとで元に戻せるか」についてお答えします。
規定では「統合後のアカウントを分離することはできません」とされております。
ご検討のうえ、あらためてご依頼いただく場合はお知らせください。

${SIG_JA}`,
  }),
  mk({
    slug: 'ja-sr-subject-wrong', kind: 'support_reply', lang: 'ja', caseId: M.case, trap: true, enc: 'sjisb64',
    subject: `${formSubject(M.case)} [完了]`,
    note: 'negated: the 完了 tag in the subject was a mistake, the merge is not done',
    text: `森様

先ほどのメールの件名に「完了」と入っておりましたが、誤りでした。申し訳ございません。
統合はまだ完了しておらず、引き続き作業中です。

${SIG_JA}`,
  }),
  mk({
    slug: 'ja-sr-misaligned', kind: 'support_reply', lang: 'ja', caseId: HANAKO.case, to: HANAKO.keep, trusted: false, auth: 'misaligned',
    subject: formSubject(HANAKO.case),
    note: 'status-only reply; DKIM signed by an unrelated domain and dmarc=fail',
    text: `佐藤様

ご依頼内容を確認しております。結果が出るまでお待ちください。

AWS トレーニングと認定`,
  }),

  // ---------------- unrelated (15) ----------------
  mk({
    slug: 'ja-un-sb-status', kind: 'unrelated', lang: 'ja', from: TC_NEWS, to: M.keep, trap: true, enc: 'utf8qp',
    subject: 'AWS Skill Builder 新機能のお知らせ',
    note: 'newsletter; 「完了」 is a new status column in Skill Builder',
    text: `AWS Skill Builder をご利用いただきありがとうございます。

新機能: 学習プランの一覧に「完了」「進行中」のステータス列が追加されました。
修了したコースは「完了」と表示され、証明書をダウンロードできます。

配信停止: https://aws.training/unsubscribe`,
    html: page(`<p>AWS Skill Builder をご利用いただきありがとうございます。</p><p>新機能: 学習プランの一覧に「完了」「進行中」のステータス列が追加されました。修了したコースは「完了」と表示され、証明書をダウンロードできます。</p><p><a href="https://aws.training/unsubscribe">配信停止</a></p>`),
  }),
  mk({
    slug: 'ja-un-credly-ms', kind: 'unrelated', lang: 'ja', from: 'Microsoft via Credly <admin@credly.com>', to: Y.keep, trap: true, enc: 'utf8b64',
    subject: 'Microsoftのバッジ発行のお知らせ',
    note: 'Credly badge from another issuer',
    text: `田中 結衣 様

Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。

バッジを入手する: https://www.credly.com/badges/aa01b7e2/accept

Credly`,
  }),
  mk({
    slug: 'ja-un-credly-merge-code', kind: 'unrelated', lang: 'ja', from: 'Credly <no-reply@credly.com>', to: TARO.keep, trap: true, enc: 'utf8qp',
    subject: 'Credly: アカウントの統合コード',
    note: 'Credly\'s own account-merge code mail',
    text: `アカウントの統合を完了するには、次のコードを入力してください。

  483 920

このリクエストに心当たりがない場合は、このメールを無視してください。
Credly`,
  }),
  mk({
    slug: 'ja-un-own-forward', kind: 'unrelated', lang: 'ja', trusted: false, auth: 'pass', from: `山田 太郎 <${TARO.keep}>`, to: `山田 太郎 <${TARO.src}>`, trap: true, caseId: '1782455019', enc: 'utf8b64',
    subject: `Fwd: ${formSubject('1782455019')}`,
    note: 'the user\'s own forward of the completion mail to the other own address',
    text: `会社のほうにも控えを送っておきます。

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_ADDR}>
Date: 2026年11月26日(木) 3:12
Subject: ${formSubject('1782455019')}
To: <${TARO.keep}>

山田様
ご同意ありがとうございました。先ほど統合の処理を終えました。`,
  }),
  mk({
    slug: 'ja-un-ooo-agent', kind: 'unrelated', lang: 'ja', caseId: M.case, trap: false, enc: 'jisb64',
    subject: `自動返信: ${formSubject(M.case)}`,
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    note: 'out-of-office auto-reply from an agent',
    text: `(自動返信) 担当者は 12 月 4 日まで不在にしております。
お急ぎの場合は、ケースに返信いただければ別の担当者が対応いたします。`,
  }),
  mk({
    slug: 'ja-un-exam-result', kind: 'unrelated', lang: 'ja', from: PORTAL, to: HANAKO.keep, trap: true, enc: 'utf8qp',
    subject: 'AWS 認定試験の結果が確定しました',
    note: 'exam result; 「ステータス：完了」 here is the exam scoring',
    text: `佐藤 花子 様

先日受験された試験のスコアリングが終わりました。

 試験: AWS Certified Cloud Practitioner
 ステータス: 完了
 結果: 合格

ポータルからスコアレポートをご確認いただけます。
AWS Certification`,
  }),
  mk({
    slug: 'ja-un-refund-close', kind: 'unrelated', lang: 'ja', caseId: '1784012290', to: M.keep, trap: true, enc: 'sjis8',
    subject: formSubject('1784012290').replace('account-assistance', 'exam-refund'),
    note: 'closing of the user\'s other case, about an exam refund',
    text: `森様

試験料の返金のお手続きが完了しましたので、本ケースはクローズいたします。
返金の反映には 5 営業日ほどかかる場合があります。

${SIG_JA}`,
  }),
  mk({
    slug: 'ja-un-survey', kind: 'unrelated', lang: 'ja', caseId: Y.case, from: NOTIFY, to: Y.keep, trap: true, enc: 'utf8b64',
    subject: `ケース ${Y.case} に関するアンケート`,
    note: 'survey asking if the issue was resolved',
    html: page(`<p>最近のお問い合わせ (ケース ${Y.case}) についてお聞かせください。</p>
<p>問題は解決しましたか?</p>
${btn('はい', 'https://survey.aws.amazon.com/r?y')}${btn('いいえ', 'https://survey.aws.amazon.com/r?n')}
<p>所要時間は 1 分ほどです。</p>`),
  }),
  mk({
    slug: 'ja-un-summit', kind: 'unrelated', lang: 'ja', from: 'AWS Events <aws-events@amazon.com>', to: M.keep, trap: true, enc: 'utf8qp',
    subject: 'AWS Summit セッションのご案内: マルチアカウントの統合管理',
    note: 'event marketing about AWS Organizations account consolidation',
    text: `AWS Summit のおすすめセッションをご紹介します。

「複数 AWS アカウントを統合管理する: Organizations 実践」
移行が完了した事例と、アカウント統合の進め方をご紹介します。

お申し込みはこちら: https://aws.amazon.com/jp/events/summit/`,
  }),
  mk({
    slug: 'ja-un-booking', kind: 'unrelated', lang: 'ja', from: PORTAL, to: TARO.keep, trap: true, enc: 'jisb64',
    subject: '試験予約の確認',
    note: 'exam booking confirmation from the certification portal, not a merge case',
    text: `山田 太郎 様

以下の試験予約が確定しました。

 試験: AWS Certified Solutions Architect - Professional
 日時: 2026年12月14日 10:00
 会場: オンライン

予約の確認・変更はマイページから行えます。
AWS Certification`,
  }),
  mk({
    slug: 'ja-un-colleague', crlf: false, kind: 'unrelated', lang: 'ja', trusted: false, auth: 'pass', from: `鈴木 一郎 <ichiro.suzuki@corp.example.co.jp>`, to: TARO.src, trap: true, enc: 'jis7',
    subject: 'AWS認定の統合の件',
    note: 'a colleague asking whether the merge finished',
    text: `山田さん

例の AWS 認定アカウントの統合、もう完了しましたか?
サポートから確認のメールが来たら、どう返したか教えてください。自分も来月やる予定です。

鈴木`,
  }),
  mk({
    slug: 'ja-un-builder-digest', kind: 'unrelated', lang: 'ja', from: 'AWS Builder Center <builder-digest@amazon.com>', to: Y.keep, trap: true, enc: 'utf8b64',
    subject: '今週のトレンド記事',
    note: 'community digest; an article title about a merge is only a subject being discussed',
    text: `今週よく読まれた記事

1. AWS 認定アカウントを統合してみた: サポートからの確認メールと完了までの日数
2. Terraform のステート分割入門
3. Credly のバッジを LinkedIn に載せる方法

配信設定の変更はこちら`,
  }),
  mk({
    slug: 'ja-un-own-consent', kind: 'unrelated', lang: 'ja', trusted: false, auth: 'pass', from: `森 健二 <${M.keep}>`, to: SUPPORT, cc: M.src, caseId: M.case, trap: true, enc: 'jis7',
    subject: formSubject(M.case),
    note: 'the user\'s own consent reply (copied to the old address)',
    text: `ご担当者様

ご案内の内容で統合に同意します。よろしくお願いいたします。

森 健二

${gmailJa('2026年11月24日(火) 17:30', 'AWS Training and Certification', SUPPORT_ADDR, 'この内容で進めてよろしいでしょうか。ご返信をお待ちしております。')}`,
  }),
  mk({
    slug: 'ja-un-it-team', kind: 'unrelated', lang: 'ja', trusted: false, auth: 'pass', forUser: false, from: '情報システム部 <it-info@corp.example.co.jp>', to: 'all-staff@corp.example.co.jp', trap: true, enc: 'sjis8',
    subject: '【お知らせ】メールアカウント統合作業の完了について',
    note: 'internal IT notice about mailbox consolidation, sent to a staff list',
    text: `各位

先週実施したメールアカウントの統合作業は完了しました。
旧ドメインのアドレス宛のメールは、引き続き新アドレスに転送されます。

情報システム部`,
  }),
  mk({
    slug: 'ja-un-orgs', kind: 'unrelated', lang: 'ja', from: NOTIFY, to: TARO.src, trap: true, enc: 'utf8qp',
    subject: 'AWS Organizations: 招待が承諾されました',
    note: 'AWS Organizations billing notice, not a certification merge',
    text: `AWS アカウント 123456789012 が組織への招待を承諾しました。
このアカウントの請求は一括請求 (コンソリデーティッドビリング) に統合されます。

Amazon Web Services`,
  }),
];

