// Japanese messages of set "by" (HTML-first).
import { CASE, CERT_PORTAL, CREDLY, CREDLY_SELF, FORM, FORM_JA, KENJI as K, MISAKI as M, NOREPLY, P, SUPPORT_CENTER, TC_MAIL, TC_NEWS, button, caseUrl, d, esc, formSubj, gmailReply, kv, outlookReply, sfHistory, shell, trk, type Def } from './common.js';
import { mk } from './mk.js';

const J = (o: Parameters<typeof mk>[1]): Def => mk('ja', o);
const kt = `${K.ja} <${K.keep}>`;
const mt = `${M.ja} <${M.keep}>`;
const kc = CASE.kenji;
const mc = CASE.misaki;

const kenjiAsk = P(`お世話になっております。伊藤です。
前職の会社アドレスで作った認定アカウントと、個人のアカウントを一つにしたいと考えています。
残す方: ${K.keepId} / ${K.keep}
統合元: ${K.srcId} / ${K.src}
どうぞよろしくお願いいたします。`);

const misakiConsent = P(`AWS トレーニングと認定 ご担当者様

ご連絡ありがとうございます。記載の内容で問題ございませんので、統合を進めていただけますと幸いです。

中村`);

export const JA: Def[] = [
  // ---------------- acknowledgement ----------------
  J({
    kind: 'acknowledgement', caseId: kc, from: NOREPLY, to: kt, enc: 'utf8b64',
    subject: `AWS サポートケース ${kc} を受け付けました`, date: d('2026-02-02 10:14:07'),
    html: shell({ seed: 'jack1', lang: 'ja', brand: 'support', preheader: 'お問い合わせいただきありがとうございます。', heading: 'ケースが作成されました',
      body: P('AWS サポートへのお問い合わせをお受けしました。担当者からの連絡をお待ちください。') + kv([['ケース ID', kc], ['件名', 'AWS 認定アカウントの統合について'], ['サービス', 'AWS Training and Certification'], ['作成日時', '2026/02/02 10:14 JST']]),
      button: ['ケースを確認する', caseUrl(kc, 'ja')] }),
    probe: kc, note: 'support-center receipt in HTML only: case ID in a table cell, button to view the case',
  }),
  J({
    kind: 'acknowledgement', caseId: mc, from: FORM_JA, to: mt, enc: 'jis7',
    subject: `[CASE ${mc}] お問い合わせを承りました`, date: d('2026-03-09 21:40:55'),
    text: `Thank you for contacting AWS Training and Certification.\nCase ${mc}`,
    html: shell({ seed: 'jack2', lang: 'ja', brand: 'tc', heading: 'お問い合わせ受付のお知らせ',
      body: P(`中村 美咲 様

AWS トレーニングと認定にご連絡いただき、ありがとうございます。お送りいただいた内容は、ケース番号 ${mc} として登録されました。通常 1〜2 営業日以内に担当者よりご連絡差し上げます。

追加の情報がございましたら、件名を変えずにこのメールへご返信ください。`) }),
    probe: '登録されました', note: 'form receipt; the English text/plain part says less than the HTML',
  }),
  J({
    kind: 'acknowledgement', caseId: CASE.kenji2, from: FORM_JA, to: kt, enc: 'sjisb64',
    subject: 'AWS トレーニングと認定：お問い合わせありがとうございます', date: d('2026-04-20 08:03:12'),
    html: shell({ seed: 'jack3', lang: 'ja', brand: 'tc', preheader: 'ケース番号をお控えください',
      body: P('この度はお問い合わせいただき、誠にありがとうございます。下記のとおり受付いたしました。') + kv([['受付番号', CASE.kenji2], ['お問い合わせ種別', 'アカウントに関するご相談'], ['お名前', '伊藤 健二'], ['受付日', '2026年4月20日']]) + P('担当より順次ご連絡いたします。なお、同じ内容で別のお問い合わせを作成されますと、回答までにお時間を頂戴する場合がございます。') }),
    probe: '受付いたしました', note: 'receipt recognisable by its shape; the case number only sits in a table cell',
  }),
  J({
    kind: 'acknowledgement', caseId: '1779104456', trusted: false, from: 'AWS トレーニングと認定 <no-reply@aws-training-support.jp>', to: kt, enc: 'utf8qp',
    subject: '[CASE 1779104456] ケースを受け付けました', date: d('2026-02-03 02:11:40'),
    html: shell({ seed: 'jack4', lang: 'ja', brand: 'tc', host: 'track.aws-training-support.jp', heading: 'ケース受付',
      body: P('お問い合わせを受け付けました（ケース 1779104456）。本人確認のため、下のボタンからサインインしてください。'),
      button: ['サインインして確認', trk('track.aws-training-support.jp', 'jack4b')] }),
    probe: '1779104456', note: 'receipt from a look-alike domain (aws-training-support.jp): not a trusted sender',
  }),
  J({
    kind: 'acknowledgement', caseId: mc, from: NOREPLY, to: mt, enc: 'utf8qp',
    subject: `Case ${mc} を作成しました - We received your request`, date: d('2026-03-09 21:41:30'),
    html: shell({ seed: 'jack5', lang: 'ja', brand: 'support', dark: true, heading: 'We received your request',
      body: P(`ケース ${mc} を作成しました。返信は AWS サポートセンターに表示されるほか、このアドレスにもメールでお届けします。

Case details / ケース詳細`) + kv([['Case ID', mc], ['Status / ステータス', '未割り当て (Unassigned)'], ['Language', '日本語']]),
      button: ['ケースを確認する', caseUrl(mc, 'ja')] }),
    probe: 'を作成しました', note: 'bilingual template with Japanese new text and dark-mode CSS: a receipt',
  }),
  J({
    kind: 'acknowledgement', caseId: CASE.misakiDup, from: NOREPLY, to: mt, enc: 'jisb64',
    subject: `AWS Support: ケース ${CASE.misakiDup}`, date: d('2026-03-10 07:55:02'),
    html: shell({ seed: 'jack6', lang: 'ja', brand: 'support', preheader: `ケース ${CASE.misakiDup} が作成されました`,
      body: P(`AWS サポートをご利用いただきありがとうございます。ケース ${CASE.misakiDup} を受け付けました。ご返信はサポートセンター、またはこのメールへの返信で行えます。`) ,
      button: ['ケースを確認する', caseUrl(CASE.misakiDup, 'ja')] }),
    probe: '受け付けました', note: 'receipt of a second (duplicate) case, HTML only in ISO-2022-JP base64',
  }),
  J({
    kind: 'acknowledgement', caseId: kc, from: FORM, to: kt, enc: 'utf8b64',
    subject: formSubj(kc), date: d('2026-02-02 10:16:44'),
    text: 'このメールは HTML 形式です。HTML 表示に対応したメールソフトでご覧ください。',
    html: shell({ seed: 'jack7', lang: 'ja', brand: 'tc',
      body: P('伊藤様') + P('フォームからのご連絡を確かに受領しました。以下の項目でお預かりしております。') + kv([['氏名', '伊藤 健二'], ['会社名', '（未入力）'], ['AWS 認定 ID', K.keepId], ['内容', 'アカウントの統合']]) + P('内容を確認のうえ、担当者よりご返事いたします。しばらくお待ちくださいませ。') }),
    probe: '受領しました', note: 'receipt listing the fields received; the plain part only says to view it as HTML',
  }),

  // ---------------- ai_answer ----------------
  J({
    kind: 'ai_answer', from: NOREPLY, to: kt, enc: 'utf8b64',
    subject: 'AWS トレーニングと認定：お問い合わせへの自動回答', date: d('2026-02-02 10:09:31'),
    html: shell({ seed: 'jai1', lang: 'ja', brand: 'tc', heading: 'AI が生成した回答',
      body: P('お問い合わせ内容をもとに、生成 AI が回答を作成しました。内容に誤りが含まれる場合があります。') + P(`認定アカウントが 2 つある場合は、認定ポータルのセルフサービス機能「アカウントの統合」で 1 つにまとめられることがあります。ポータルにサインインし、プロフィールのメニューから操作してください。`) ,
      button: ['認定ポータルを開く', trk('click.mail.aws.training', 'jai1b')] }) ,
    probe: '生成 AI', note: 'AI-generated suggestion pointing to the self-service merge tool',
  }),
  J({
    kind: 'ai_answer', from: 'AWS Support <no-reply@support.aws.com>', to: mt, enc: 'utf8qp',
    subject: 'お問い合わせに関するおすすめの解決方法', date: d('2026-03-09 21:35:10'),
    text: 'Here are some resources that may help you. Sign in to view.',
    html: shell({ seed: 'jai2', lang: 'ja', brand: 'support', preheader: 'ケースを作成する前にお試しください',
      body: P('ケースを作成する前に、以下をお試しください。この回答は自動で生成されています。') + `<ol class="txt" style="font-size:14px;line-height:22px;color:#16191f"><li>認定ポータルにサインインします</li><li>右上の名前から「プロフィール」を選びます</li><li>「アカウントの統合」で、もう一方のアカウントの認証情報を入力します</li></ol>` + P('両方のアカウントに認定履歴がある場合は、このツールでは統合できません。その際はケースを作成してください。'),
      button: ['ケースを作成する', trk('support.aws.com', 'jai2b')] }),
    probe: 'プロフィール', note: 'automated steps for the Merge Accounts tool; the plain part is a generic English line',
  }),
  J({
    kind: 'ai_answer', trap: true, from: NOREPLY, to: kt, enc: 'sjisb64',
    subject: '自動回答：アカウント統合後の認定資格について', date: d('2026-04-20 07:58:00'),
    html: shell({ seed: 'jai3', lang: 'ja', brand: 'tc', heading: 'Amazon Q による回答（自動）',
      body: P('ご質問: 「統合したら資格はどうなりますか」') + P('統合が完了すると、統合元アカウントの認定資格・受験履歴・特典はすべて残す側のアカウントに表示されるようになります。Credly のバッジは、統合のあとで改めて受け取りの操作が必要になる場合があります。') + P('この回答で解決しない場合は、下のボタンからサポートにお問い合わせください。'),
      button: ['サポートに問い合わせる', trk('click.mail.aws.training', 'jai3b')] }),
    probe: 'Amazon Q', note: 'AI answer explaining what happens after a merge: uses completion and badge words but is ai_answer',
  }),
  J({
    kind: 'ai_answer', trusted: false, auth: 'fail', from: NOREPLY, to: mt, enc: 'utf8b64',
    subject: 'お問い合わせへの回答候補', date: d('2026-03-11 03:20:19'),
    html: shell({ seed: 'jai4', lang: 'ja', brand: 'support',
      body: P('入力いただいた内容に近い記事が見つかりました（AI による自動提案）。') + kv([['おすすめの記事', 'AWS 認定アカウントを統合するには'], ['所要時間', '約 5 分']]) ,
      button: ['記事を読む', trk('support.aws.com', 'jai4b')] }),
    probe: '自動提案', note: 'AI suggestion but dmarc=fail on top: untrusted',
  }),
  J({
    kind: 'ai_answer', from: TC_MAIL, to: kt, enc: 'sjis8',
    subject: '【自動応答】お問い合わせ内容に基づくご案内', date: d('2026-02-14 12:00:41'),
    html: shell({ seed: 'jai5', lang: 'ja', brand: 'tc',
      body: P('このメッセージはシステムが自動で作成しました。') + `<table role="presentation" width="100%" style="border-left:4px solid #0073bb;background:#f1faff"><tr><td class="txt" style="padding:12px 16px;font-size:14px;line-height:22px">メールアドレスを変更したいだけであれば、統合は不要です。認定ポータルのプロフィール画面でログイン用のアドレスを更新できます。別の ID で受験した履歴がある場合のみ、アカウントの統合をご検討ください。</td></tr></table>` + P('解決しましたか？') + button('はい', trk('click.mail.aws.training', 'jai5y'), '#1d8102') + button('いいえ、担当者に相談する', trk('click.mail.aws.training', 'jai5n'), '#545b64') }),
    probe: 'システムが自動で', note: 'automated answer whose advice sits in a styled table cell, with yes/no buttons',
  }),
  J({
    kind: 'ai_answer', from: NOREPLY, to: mt, enc: 'jis7',
    subject: 'AWS トレーニングと認定 - 自動回答のご案内', date: d('2026-03-09 21:36:02'),
    text: 'AI による回答をお送りします。',
    html: shell({ seed: 'jai6', lang: 'ja', brand: 'tc', dark: true,
      body: P(`中村様、お問い合わせありがとうございます。いただいた内容から、次の方法が役立つと AI が判断しました。

・統合先（残す）アカウントでサインインする
・プロフィールから「アカウントを統合」を選ぶ
・統合元アカウントのメールアドレスとパスワードを入力する

この方法で進められない場合は、「ケースを作成」を押して担当者にお問い合わせください。`), button: ['ケースを作成', trk('click.mail.aws.training', 'jai6b')] }),
    probe: 'AI が判断しました', note: 'AI suggestion listing the self-service steps, ISO-2022-JP 7bit multipart',
  }),
  J({
    kind: 'ai_answer', from: SUPPORT_CENTER, to: kt, enc: 'utf88bit',
    subject: 'Re: 認定アカウントが2つあります（自動回答）', date: d('2026-04-19 23:12:45'),
    html: shell({ seed: 'jai7', lang: 'ja', brand: 'support', preheader: 'AI アシスタントからの回答です',
      body: P('AI アシスタントです。ご質問の「アカウントが 2 つある」件について、まずはセルフサービスの統合ツールをお試しいただくのがおすすめです。なお、試験の予約が残っている場合は、予約を終えてから統合してください。') + P('この回答は参考になりましたか？ ★★★★★') }),
    probe: 'AI アシスタント', note: 'assistant answer recommending the self-service tool (UTF-8 8bit)',
  }),

  // ---------------- info_request ----------------
  J({
    kind: 'info_request', caseId: kc, from: FORM, to: kt, enc: 'jis7',
    subject: formSubj(kc), date: d('2026-02-03 14:22:18'),
    text: `伊藤 様\n\nお問い合わせありがとうございます。\nケース ${kc}`,
    html: shell({ seed: 'jinf1', lang: 'ja', brand: 'plain',
      body: P(`伊藤 様

AWS トレーニングと認定カスタマーサービスの佐々木です。統合の手続きのため、それぞれのアカウントについて下表の空欄を埋めてご返信いただけますでしょうか。`) + kv([['認定 ID（残すアカウント）', ''], ['認定 ID（統合元）', ''], ['各アカウントのログインメールアドレス', ''], ['取得済み認定の名称', '']]) + P('よろしくお願い申し上げます。') + sfHistory('ja', { from: K.keep, sent: '2026/02/02 10:14', to: 'aws-cs-trainingcertification-form@amazon.com', subject: 'アカウント統合のお願い' }, kenjiAsk) }),
    probe: '空欄を埋めて', note: 'asks for IDs and addresses through an empty table; the plain part only greets',
  }),
  J({
    kind: 'info_request', caseId: mc, from: FORM, to: mt, enc: 'utf8qp',
    subject: formSubj(mc), date: d('2026-03-11 10:05:33'),
    html: shell({ seed: 'jinf2', lang: 'ja', brand: 'plain',
      body: P('中村様、ご連絡ありがとうございます。') + kv([['ご提供いただきたい情報', '今後ご利用になるアカウント（どちらを残すか）'], ['あわせて', '統合元の Candidate ID（AWS から始まる番号）']]) + P('上記がわかり次第、本スレッドにてお知らせください。') }),
    probe: 'どちらを残すか', note: 'the request (which account to keep, the candidate ID) only sits in a table',
  }),
  J({
    kind: 'info_request', trap: true, caseId: CASE.kenji2, from: FORM, to: kt, enc: 'utf8b64',
    subject: formSubj(CASE.kenji2), date: d('2026-04-21 16:40:09'),
    html: shell({ seed: 'jinf3', lang: 'ja', brand: 'plain',
      body: P(`伊藤様

お世話になっております。統合後にログインで使用されるメールアドレスは ${K.keep} でお間違いないでしょうか。ご確認のうえお知らせください。`) }),
    probe: 'ご確認のうえお知らせください', note: 'asks to confirm the address to keep: information, not consent (uses confirm words)',
  }),
  J({
    kind: 'info_request', caseId: mc, from: FORM, to: mt, enc: 'sjisb64',
    subject: formSubj(mc), date: d('2026-03-12 09:18:47'),
    html: shell({ seed: 'jinf4', lang: 'ja', brand: 'plain',
      body: P(`中村 美咲 様

ご返信ありがとうございます。本人確認の都合上、残す予定のアドレス（${M.keep}）から、両アカウントの認定 ID を記載してこのメールに返信いただけますか。`) + gmailReply(misakiConsent, '2026年3月11日(水) 22:03 中村 美咲 <misaki.n@example.com>:', P('中村様、ご連絡ありがとうございます。')) }),
    probe: '認定 ID を記載して', note: 'write from the kept address AND give both IDs: info_request; the user\'s Gmail reply is quoted',
  }),
  J({
    kind: 'info_request', caseId: kc, from: FORM, to: kt, enc: 'utf8b64',
    subject: formSubj(kc), date: d('2026-02-05 11:02:56'),
    html: shell({ seed: 'jinf5', lang: 'ja', brand: 'plain',
      body: P(`伊藤様

ご返信を拝見しました。ただ、統合元アカウントの認定 ID（AWS から始まる番号）が記載されておらず、このままでは手続きを進めることができない状況です。お手数ですが追記のうえ、ご返送いただけますと幸いです。`) }),
    probe: '追記のうえ', note: 'missing candidate ID, asked for with 追記のうえご返送',
  }),
  J({
    kind: 'info_request', trusted: false, auth: 'forgedBelow', caseId: kc, from: FORM, to: kt, enc: 'utf8qp',
    subject: formSubj(kc), date: d('2026-02-05 03:44:10'),
    html: shell({ seed: 'jinf6', lang: 'ja', brand: 'plain',
      body: P('統合処理のため、両アカウントのパスワードと生年月日を下のフォームに入力してください。'), button: ['フォームに入力', 'https://aws-cert-merge.example.net/form'] }),
    probe: 'パスワードと生年月日', note: 'forged: the dmarc=pass header sits below the receiving server\'s Received line',
  }),
  J({
    kind: 'info_request', caseId: CASE.kenji2, from: FORM, to: kt, enc: 'jisb64',
    subject: formSubj(CASE.kenji2), date: d('2026-04-22 13:31:20'),
    html: shell({ seed: 'jinf7', lang: 'ja', brand: 'plain',
      body: P(`伊藤 健二 様

いつもお世話になっております。統合の前に、双方のアカウントで受験された試験名と合格日を教えていただけますでしょうか。同一人物のアカウントであることを確認するために使用いたします。`) + outlookReply('ja', P('先日の件、IDは以下です。AWS88012653'), { from: '伊藤 健二 <kenji.ito@example.jp>', sent: '2026年4月21日 18:02', to: 'aws-cs-trainingcertification-form@amazon.com', subject: `RE:[CASE ${CASE.kenji2}]` }, P('ご確認のうえお知らせください。')) }),
    probe: '合格日を教えて', note: 'asks for exam names and pass dates; an Outlook HTML reply is nested in the history',
  }),
  J({
    kind: 'info_request', caseId: mc, from: FORM, to: mt, enc: 'utf8qp',
    subject: formSubj(mc), date: d('2026-03-12 17:50:00'),
    text: `中村様\nお問い合わせありがとうございます。引き続きよろしくお願いいたします。`,
    html: shell({ seed: 'jinf8', lang: 'ja', brand: 'plain',
      body: P('中村様') + P('恐れ入りますが、認定の通知を受け取っているメールアドレス（アカウントごと）も併せてご共有ください。揃い次第、次の手順をご案内します。') }),
    probe: '併せてご共有ください', note: 'asks for each account\'s notification address; the plain part says nothing of it',
  }),

  // ---------------- confirmation_request ----------------
  J({
    kind: 'confirmation_request', caseId: kc, from: FORM, to: kt, enc: 'jis7',
    subject: formSubj(kc), date: d('2026-02-06 15:12:40'),
    html: shell({ seed: 'jcf1', lang: 'ja', brand: 'plain',
      body: P('伊藤様、情報のご提供ありがとうございます。以下の内容で統合を行います。') + kv([['統合元', `${K.srcId}（${K.src}）`], ['統合先', `${K.keepId}（${K.keep}）`]]) + P('統合は一度実施すると元に戻すことができません。この内容で差し支えなければ、本メールへの返信でご同意の旨をお知らせください。') }),
    probe: '元に戻すことができません', note: 'asks for consent to an irreversible merge (ISO-2022-JP HTML only)',
  }),
  J({
    kind: 'confirmation_request', caseId: mc, from: FORM, to: mt, enc: 'utf8b64',
    subject: formSubj(mc), date: d('2026-03-13 10:41:28'),
    html: shell({ seed: 'jcf2', lang: 'ja', brand: 'plain',
      body: P('中村様、お待たせいたしました。手続きの準備が整いました。') + kv([['残すアカウント', M.keepId], ['統合されるアカウント', M.srcId], ['お客様のご対応', '統合への同意（本メールに「同意します」とご返信ください）']]) }),
    probe: '統合への同意', note: 'the consent request lives only in a table cell',
  }),
  J({
    kind: 'confirmation_request', caseId: CASE.kenji2, from: FORM, to: kt, enc: 'utf8qp',
    subject: formSubj(CASE.kenji2), date: d('2026-04-23 09:07:11'),
    text: `伊藤様\n\n統合元アカウントの ID をお知らせください。`,
    html: shell({ seed: 'jcf3', lang: 'ja', brand: 'plain',
      body: P(`伊藤様

ID のご連絡ありがとうございました。${K.srcId} を ${K.keepId} に統合する準備ができております。統合後の取り消しはできかねますので、進めてよいか、最終のご意思をご返信ください。`) }),
    probe: '最終のご意思', note: 'HTML asks for the final go-ahead; the stale plain part still asks for the ID (older text)',
  }),
  J({
    kind: 'confirmation_request', caseId: mc, trusted: false, from: 'AWS トレーニングと認定 <aws.cert.support.jp@gmail.com>', to: mt, enc: 'utf8qp', relay: 'mail-sor-f41.google.com',
    subject: formSubj(mc), date: d('2026-03-13 01:03:49'),
    html: shell({ seed: 'jcf4', lang: 'ja', brand: 'tc', host: 'bit.example-short.link',
      body: P('アカウント統合を実行します。同意いただける場合は下のボタンを押してください（24 時間以内）。'), button: ['統合に同意する', trk('bit.example-short.link', 'jcf4b')] }),
    probe: '統合に同意する', note: 'AWS display name on a free-mail address: untrusted',
  }),
  J({
    kind: 'confirmation_request', caseId: kc, from: FORM, to: kt, enc: 'sjisb64',
    subject: formSubj(kc), date: d('2026-02-07 11:30:02'),
    html: shell({ seed: 'jcf5', lang: 'ja', brand: 'plain',
      body: P(`伊藤様

ご返信ありがとうございます。念のための確認ですが、統合を行うと統合元アカウント（${K.src}）にはサインインできなくなり、この操作は取り消せません。承諾いただけるようでしたら、その旨をご返信いただけますでしょうか。`) + outlookReply('ja', P('佐々木様\nIDを追記しました。AWS88012653 です。'), { from: '伊藤 健二 <kenji.ito@example.jp>', sent: '2026年2月6日 9:58', to: 'aws-cs-trainingcertification-form@amazon.com', subject: formSubj(kc) }, P('追記のうえ、ご返送いただけますと幸いです。')) }),
    probe: '承諾いただけるようでしたら', note: 'consent request with the user\'s Outlook HTML reply quoted below',
  }),
  J({
    kind: 'confirmation_request', trap: true, caseId: mc, from: FORM, to: mt, enc: 'jisb64',
    subject: formSubj(mc), date: d('2026-03-14 14:20:36'),
    html: shell({ seed: 'jcf6', lang: 'ja', brand: 'plain',
      body: P(`中村様

下記 2 つのアカウントを 1 つにまとめる作業に入る前に、ご同意をいただく必要がございます（元に戻すことはできません）。ご同意のご返信をいただけましたら担当チームに依頼いたします。なお、統合が完了しましたら改めてご連絡いたします。`) + kv([['統合元', M.src], ['統合先', M.keep]]) }),
    probe: 'ご同意をいただく必要', note: 'consent request that also mentions the future completion notice (future tense, not the event)',
  }),
  J({
    kind: 'confirmation_request', caseId: CASE.kenji2, from: FORM, to: kt, enc: 'sjis8',
    subject: formSubj(CASE.kenji2), date: d('2026-04-23 18:44:50'),
    html: shell({ seed: 'jcf7', lang: 'ja', brand: 'plain',
      body: P('伊藤 様') + P('統合について、以下の点をご了承いただけるか、お返事をお願いいたします。') + `<ul class="txt" style="font-size:14px;line-height:22px"><li>統合後に元の状態へ戻すことはできません</li><li>統合元アカウントの特典は統合先に引き継がれます</li><li>処理には数日かかることがあります</li></ul>` + P('「上記了承のうえ統合を希望します」とご返信いただければ手続きを開始いたします。') }),
    probe: '了承のうえ統合を希望します', note: 'consent asked through a bullet list and a reply phrase (Shift_JIS 8bit)',
  }),
  J({
    kind: 'confirmation_request', caseId: mc, from: FORM, to: mt, enc: 'utf8b64',
    subject: `Re: ${formSubj(mc)}`, date: d('2026-03-13 16:01:17'),
    html: shell({ seed: 'jcf8', lang: 'ja', brand: 'plain', preheader: 'ご返信をお待ちしております',
      body: P(`Dear Misaki,

中村様、統合元 ${M.srcId} と統合先 ${M.keepId} の組み合わせで相違ないか、また統合をこのまま実施してよいか、ご意向をお聞かせください。実施後の取り消しはできません。`) }),
    probe: 'ご意向をお聞かせください', note: 'asks whether to go ahead with an irreversible merge, with an English salutation',
  }),

  // ---------------- merge_completed ----------------
  J({
    kind: 'merge_completed', caseId: kc, from: FORM, to: kt, enc: 'jis7',
    subject: formSubj(kc), date: d('2026-02-10 10:22:09'),
    html: shell({ seed: 'jmc1', lang: 'ja', brand: 'plain',
      body: P(`伊藤様

お待たせいたしました。本日、${K.srcId} のデータを ${K.keepId} へ移し、アカウントの統合を終えました。`) + kv([['認定資格', 'SAA-C03, DVA-C02'], ['特典（50% 割引）', '統合先で利用可能']]) + P('本件はこれでクローズとさせていただきます。') }),
    probe: '統合を終えました', note: 'completion with a table of what moved; closing mentioned as well, so merge_completed',
  }),
  J({
    kind: 'merge_completed', from: CERT_PORTAL, to: mt, enc: 'utf8b64',
    subject: 'AWS 認定：アカウントが統合されました', date: d('2026-03-16 06:12:00'),
    html: shell({ seed: 'jmc2', lang: 'ja', brand: 'portal', dark: true, heading: 'アカウントの統合',
      body: P(`${M.ja} 様、お客様の 2 つの認定アカウントが統合されました。今後は ${M.keep} でサインインしてください。`),
      button: ['認定ポータルへ', trk('click.mail.aws.training', 'jmc2b')] }),
    probe: '統合されました', note: 'certification portal\'s own notice, no case ID',
  }),
  J({
    kind: 'merge_completed', caseId: CASE.kenji2, from: FORM, to: kt, enc: 'utf8qp',
    subject: formSubj(CASE.kenji2), date: d('2026-04-27 13:00:48'),
    html: shell({ seed: 'jmc3', lang: 'ja', brand: 'plain',
      body: P('伊藤様、ご同意ありがとうございました。2 つのアカウントを一本化する処理が完了しています。念のため、認定ポータルで資格と特典がすべて表示されているかご確認ください。') }),
    probe: '一本化する処理が完了', note: 'completion plus "please check all looks right": still merge_completed',
  }),
  J({
    kind: 'merge_completed', caseId: mc, from: NOREPLY, to: mt, enc: 'sjisb64',
    subject: `ケース ${mc} が更新されました`, date: d('2026-03-16 09:40:13'),
    html: shell({ seed: 'jmc4', lang: 'ja', brand: 'support', heading: 'ケースの更新',
      body: kv([['ケース ID', mc], ['対応内容', 'アカウント統合'], ['ステータス', '統合済み（M. Nakamura → ' + M.keepId + '）']]),
      button: ['ケースを確認する', caseUrl(mc, 'ja')] }),
    probe: '統合済み', note: 'the news (merged) sits only in a table cell of a case-update notice',
  }),
  J({
    kind: 'merge_completed', caseId: kc, from: FORM, to: kt, enc: 'utf8b64',
    subject: formSubj(kc), date: d('2026-02-09 19:10:27'),
    text: '伊藤様\n\nご同意いただきありがとうございます。担当チームへ依頼いたしました。完了まで今しばらくお待ちください。',
    html: shell({ seed: 'jmc5', lang: 'ja', brand: 'plain',
      body: P('伊藤様\n\n先ほど担当チームより、統合作業が完了したとの連絡がありました。統合先アカウントにサインインのうえ、受験履歴をご確認いただけます。') }),
    probe: '統合作業が完了した', note: 'HTML says the merge is done; the text/plain part is the older "passed to the team" message',
  }),
  J({
    kind: 'merge_completed', caseId: mc, trusted: false, auth: 'lookalikeServer', from: FORM, to: mt, enc: 'utf8qp',
    subject: formSubj(mc), date: d('2026-03-16 11:11:11'),
    html: shell({ seed: 'jmc6', lang: 'ja', brand: 'plain',
      body: P('中村様、アカウントのマージが完了しました。特典バウチャーを受け取るには下のリンクからカード情報を登録してください。'), button: ['バウチャーを受け取る', 'https://voucher-aws.example.org/claim'] }),
    probe: 'マージが完了しました', note: 'authentication results from a look-alike authserv-id: untrusted',
  }),
  J({
    kind: 'merge_completed', caseId: mc, from: FORM, to: mt, enc: 'jisb64',
    subject: formSubj(mc), date: d('2026-03-17 10:02:55'),
    html: shell({ seed: 'jmc7', lang: 'ja', brand: 'plain',
      body: P(`中村様

ご承諾のご返信を受け、統合元アカウントの内容を ${M.keepId} に取り込みました。以後、統合元のアドレスではサインインできませんのでご注意ください。`) + gmailReply(misakiConsent, '2026年3月14日(土) 20:11 中村 美咲 <misaki.n@example.com>:', P('ご同意をいただく必要がございます')) }),
    probe: '取り込みました', note: 'completion worded as 取り込みました, quoting the user\'s Gmail consent',
  }),
  J({
    kind: 'merge_completed', caseId: CASE.kenji2, from: FORM, to: kt, enc: 'utf8b64',
    subject: formSubj(CASE.kenji2), date: d('2026-04-26 08:30:00'),
    html: shell({ seed: 'jmc8', lang: 'ja', brand: 'plain',
      body: P(`Hello Kenji,

Account merge: completed.
伊藤様、上記のとおり、AWS88012653 は ${K.keepId} に統合済みとなりました。ご不明点があればこのまま返信してください。`) }),
    probe: '統合済みとなりました', note: 'mixed-language completion; the new Japanese text says the merge is done',
  }),

  // ---------------- badges_transferred ----------------
  J({
    kind: 'badges_transferred', from: CREDLY, to: kt, enc: 'utf8b64',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-02-11 04:15:33'),
    html: shell({ seed: 'jbg1', lang: 'ja', brand: 'credly', heading: 'おめでとうございます！',
      body: `<img src="https://images.credly.com/size/340x340/images/0e284c3f/image.png" alt="AWS Certified Solutions Architect - Associate" width="170" style="display:block;border:0;margin:0 auto 16px">` + P('Amazon Web Services Training and Certification から「AWS Certified Solutions Architect – Associate」のバッジが発行されました。'),
      button: ['バッジを入手する', trk('email.credly.com', 'jbg1b')], unsub: true }),
    probe: 'バッジが発行されました', note: 'AWS badge issued through Credly to the kept address',
  }),
  J({
    kind: 'badges_transferred', caseId: kc, from: FORM, to: kt, enc: 'jis7',
    subject: formSubj(kc), date: d('2026-02-12 15:45:21'),
    html: shell({ seed: 'jbg2', lang: 'ja', brand: 'plain',
      body: P('伊藤様、ご連絡いただいた Credly のバッジにつきましても、統合先アカウントへの移行を済ませました。以上をもちまして本件は完了とし、ケースをクローズいたします。') }),
    probe: 'Credly のバッジ', note: 'support says the badges moved and closes: badges_transferred',
  }),
  J({
    kind: 'badges_transferred', caseId: mc, from: FORM, to: mt, enc: 'sjisb64',
    subject: formSubj(mc), date: d('2026-03-18 12:12:12'),
    html: shell({ seed: 'jbg3', lang: 'ja', brand: 'plain',
      body: P('中村様、追加のご依頼について対応いたしました。') + kv([['Credly バッジ', '移行済み（3 件）'], ['移行先', M.keep]]) }),
    probe: '移行済み', note: 'badges moved: the fact is only in a table cell',
  }),
  J({
    kind: 'badges_transferred', trusted: false, from: 'Amazon Web Services Training and Certification via Credly <admin@credly.co>', to: mt, enc: 'utf8qp',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-03-18 02:40:09'),
    html: shell({ seed: 'jbg4', lang: 'ja', brand: 'credly', host: 'credly.co',
      body: P('統合したアカウントへバッジを移しました。受け取るにはサインインしてください。'), button: ['バッジを入手する', trk('credly.co', 'jbg4b')] }),
    probe: 'バッジを移しました', note: 'look-alike credly.co domain: untrusted',
  }),
  J({
    kind: 'badges_transferred', from: CREDLY, to: mt, enc: 'utf8b64',
    subject: 'AWS Certified Cloud Practitioner のバッジが届いています', date: d('2026-03-17 22:05:40'),
    html: shell({ seed: 'jbg5', lang: 'ja', brand: 'credly', dark: true, preheader: 'Amazon Web Services Training and Certification があなたにバッジを発行しました',
      body: `<img src="https://images.credly.com/size/340x340/images/00634f82/image.png" alt="AWS Certified Cloud Practitioner" width="150" style="display:block;border:0">` + P('中村 美咲 さん、新しいバッジがあなたの Credly アカウントに追加されました。'),
      button: ['バッジを入手する', trk('email.credly.com', 'jbg5b')], unsub: true }),
    probe: 'Credly アカウントに追加されました', note: 'AWS badge offered on Credly after the merge (dark-mode template)',
  }),
  J({
    kind: 'badges_transferred', caseId: CASE.kenji2, from: FORM, to: kt, enc: 'utf8qp',
    subject: formSubj(CASE.kenji2), date: d('2026-04-29 10:55:03'),
    html: shell({ seed: 'jbg6', lang: 'ja', brand: 'plain',
      body: P(`伊藤様

ご指摘のあったバッジ 2 件（SAA、DVA）を、${K.keep} の Credly アカウントに移し替えました。Credly にサインインしてご確認いただけます。`) + outlookReply('ja', P('統合ありがとうございました。ただCredlyのバッジが旧アドレスに残ったままです。'), { from: '伊藤 健二 <kenji.ito@example.jp>', sent: '2026年4月28日 8:40', to: 'aws-cs-trainingcertification-form@amazon.com', subject: formSubj(CASE.kenji2) }, P('統合済みとなりました')) }),
    probe: '移し替えました', note: 'support moved the badges after the user\'s Outlook reply',
  }),
  J({
    kind: 'badges_transferred', from: CREDLY, to: kt, enc: 'utf8b64',
    subject: 'バッジを受け取ってください', date: d('2026-04-28 03:33:20'),
    html: shell({ seed: 'jbg7', lang: 'ja', brand: 'credly',
      body: `<table role="presentation" width="100%"><tr><td width="120"><img src="https://images.credly.com/size/220x220/images/b9feab85/image.png" alt="AWS Certified Developer - Associate" width="110"></td><td class="txt" style="font-size:14px;line-height:22px">発行者: Amazon Web Services Training and Certification<br>受取人: ${esc(K.keep)}</td></tr></table>`,
      button: ['バッジを入手する', trk('email.credly.com', 'jbg7b')], unsub: true }),
    probe: 'Amazon Web Services Training and Certification', note: 'Credly badge offer where the meaning is the image alt, a table and the button',
  }),
  J({
    kind: 'badges_transferred', caseId: mc, from: FORM, to: mt, enc: 'jis7',
    subject: formSubj(mc), date: d('2026-03-19 09:09:09'),
    text: `中村様\n\nバッジの件、確認いたします。`,
    html: shell({ seed: 'jbg8', lang: 'ja', brand: 'plain',
      body: P('中村様\n\n確認が取れましたので、デジタルバッジを統合先アカウントへ付け替えました。数時間で Credly 上の表示にも反映されます。') }),
    probe: '付け替えました', note: 'HTML says the badges were reassigned; the plain part is the older "will check" text',
  }),

  // ---------------- case_closed ----------------
  J({
    kind: 'case_closed', caseId: kc, from: NOREPLY, to: kt, enc: 'utf8b64',
    subject: `ケース ${kc} はクローズされました`, date: d('2026-02-13 00:00:12'),
    html: shell({ seed: 'jcl1', lang: 'ja', brand: 'support', heading: 'ケースが解決済みになりました',
      body: P(`ケース ${kc} は解決済みとしてクローズされました。引き続きお困りの場合は、ケースを再開できます。`),
      button: ['ケースを再開する', caseUrl(kc, 'ja')] }),
    probe: 'クローズされました', note: 'support-center closed notice with a reopen button',
  }),
  J({
    kind: 'case_closed', caseId: mc, from: FORM, to: mt, enc: 'jis7',
    subject: formSubj(mc), date: d('2026-03-20 11:30:44'),
    html: shell({ seed: 'jcl2', lang: 'ja', brand: 'plain',
      body: P('中村様\n\n前回のご案内以降ご返信を頂戴しておりませんので、3 日以内にご連絡がない場合は本件を自動的に終了させていただきます。') }),
    probe: '自動的に終了', note: 'will close in 3 days without a reply',
  }),
  J({
    kind: 'case_closed', trap: true, caseId: kc, from: FORM, to: kt, enc: 'sjisb64',
    subject: formSubj(kc), date: d('2026-02-17 10:20:30'),
    html: shell({ seed: 'jcl3', lang: 'ja', brand: 'plain',
      body: P('伊藤様\n\n先週お知らせしたとおり、アカウントの統合は完了しております。その後ご質問がございませんでしたので、本ケースをクローズいたします。') }),
    probe: '本ケースをクローズ', note: 'closing that only restates an earlier merge',
  }),
  J({
    kind: 'case_closed', caseId: CASE.kenji2, from: NOREPLY, to: kt, enc: 'utf8qp',
    subject: `AWS サポート: ケース ${CASE.kenji2} の解決`, date: d('2026-05-01 00:05:00'),
    html: shell({ seed: 'jcl4', lang: 'ja', brand: 'support',
      body: kv([['ケース ID', CASE.kenji2], ['ステータス', '解決済み'], ['最終更新', '2026/05/01']]) + P('今回の対応はいかがでしたか？') + `<p style="font-size:24px">${[1, 2, 3, 4, 5].map((n) => `<a href="${trk('support.aws.com', 'jcl4s' + n)}" style="text-decoration:none;color:#ff9900">&#9733;</a>`).join('')}</p>`,
      button: ['ケースを確認する', caseUrl(CASE.kenji2, 'ja')] }),
    probe: '解決済み', note: 'resolved status only in the table, with rating stars',
  }),
  J({
    kind: 'case_closed', caseId: mc, trusted: false, auth: 'otherOnly', from: NOREPLY, to: mt, enc: 'utf8b64',
    subject: `ケース ${mc} を終了しました`, date: d('2026-03-23 05:16:41'),
    html: shell({ seed: 'jcl5', lang: 'ja', brand: 'support',
      body: P(`ケース ${mc} は終了しました。再開するには 48 時間以内にサインインしてください。`), button: ['サインイン', 'https://signin-aws.example.info/'] }),
    probe: 'は終了しました', note: 'only a foreign (mx.google.com) Authentication-Results: untrusted',
  }),
  J({
    kind: 'case_closed', caseId: CASE.kenji2, from: FORM, to: kt, enc: 'jis7',
    subject: formSubj(CASE.kenji2), date: d('2026-04-30 17:00:00'),
    text: `伊藤様\nケース ${CASE.kenji2} に更新があります。`,
    html: shell({ seed: 'jcl6', lang: 'ja', brand: 'plain',
      body: P('伊藤様\n\nバッジのご確認もいただけたとのこと、安心いたしました。こちらのお問い合わせはこれにて対応終了とさせていただきます。ご利用ありがとうございました。') }),
    probe: '対応終了', note: 'closing in HTML; the plain part only says there is an update',
  }),
  J({
    kind: 'case_closed', caseId: CASE.misakiDup, from: FORM, to: mt, enc: 'utf8qp',
    subject: formSubj(CASE.misakiDup), date: d('2026-03-10 12:20:08'),
    html: shell({ seed: 'jcl7', lang: 'ja', brand: 'plain',
      body: P(`中村様

同じご依頼が ${mc} でも届いておりますので、重複しているこちらのケースはクローズいたします。今後のやり取りは ${mc} でお願いいたします。`) }),
    probe: '重複しているこちらのケース', note: 'duplicate case closed in favour of the first one',
  }),
  J({
    kind: 'case_closed', caseId: mc, from: NOREPLY, to: mt, enc: 'sjis8',
    subject: `ケース ${mc}：ご返信がないため自動クローズのお知らせ`, date: d('2026-03-23 00:01:00'),
    html: shell({ seed: 'jcl8', lang: 'ja', brand: 'support', preheader: 'このケースは自動的にクローズされました',
      body: P('一定期間ご返信がなかったため、このケースはシステムにより自動でクローズされました。'), button: ['ケースを確認する', caseUrl(mc, 'ja')] }),
    probe: 'システムにより自動で', note: 'auto-closed for lack of reply (Shift_JIS 8bit HTML)',
  }),

  // ---------------- support_reply ----------------
  J({
    kind: 'support_reply', trap: true, caseId: kc, from: FORM, to: kt, enc: 'utf8b64',
    subject: formSubj(kc), date: d('2026-02-08 09:50:11'),
    html: shell({ seed: 'jsr1', lang: 'ja', brand: 'plain',
      body: P('伊藤様\n\nご承諾のご返信、確かに頂戴しました。統合の作業を担当部署へ依頼いたしましたので、結果が出ましたら改めてご連絡します。') }),
    probe: '担当部署へ依頼', note: 'thanks for confirming, passed on: support_reply (confirmation and merge words)',
  }),
  J({
    kind: 'support_reply', trap: true, caseId: mc, from: FORM, to: mt, enc: 'jis7',
    subject: formSubj(mc), date: d('2026-03-15 16:30:00'),
    html: shell({ seed: 'jsr2', lang: 'ja', brand: 'plain',
      body: P('中村様\n\nお問い合わせの件、現時点では統合はまだ完了しておりません。担当チームが処理を進めておりますので、もう少々お待ちください。') }),
    probe: 'まだ完了しておりません', note: 'negated completion: a status reply',
  }),
  J({
    kind: 'support_reply', caseId: CASE.kenji2, from: FORM, to: kt, enc: 'utf8qp',
    subject: formSubj(CASE.kenji2), date: d('2026-04-24 12:40:10'),
    html: shell({ seed: 'jsr3', lang: 'ja', brand: 'plain',
      body: P('伊藤様\n\n本件は専門の部署で確認が必要なため、エスカレーションいたしました。回答まで数営業日いただく見込みです。') }),
    probe: 'エスカレーション', note: 'escalation notice',
  }),
  J({
    kind: 'support_reply', trap: true, caseId: mc, from: FORM, to: mt, enc: 'sjisb64',
    subject: formSubj(mc), date: d('2026-03-10 15:02:47'),
    html: shell({ seed: 'jsr4', lang: 'ja', brand: 'plain',
      body: P(`中村様

ケースが 2 件作成されていたため、重複分（${CASE.misakiDup}）をこちらのケースに統合いたしました。引き続き担当者が対応いたします。`) }),
    probe: 'こちらのケースに統合', note: 'merged duplicate *cases*, not accounts',
  }),
  J({
    kind: 'support_reply', trap: true, caseId: kc, from: FORM, to: kt, enc: 'utf8b64',
    subject: formSubj(kc), date: d('2026-02-04 13:13:13'),
    html: shell({ seed: 'jsr5', lang: 'ja', brand: 'plain',
      body: P('伊藤様\n\n恐れ入りますが、今後は統合後に残すアカウントのメールアドレスからご返信いただけますでしょうか。そちらからのご連絡を確認でき次第、手続きを進めます。') }),
    probe: '残すアカウントのメールアドレスから', note: '"write from the address you keep" without asking for data',
  }),
  J({
    kind: 'support_reply', trap: true, caseId: CASE.kenji2, from: FORM, to: kt, enc: 'jisb64',
    subject: formSubj(CASE.kenji2), date: d('2026-04-28 15:20:00'),
    html: shell({ seed: 'jsr6', lang: 'ja', brand: 'plain',
      body: P('伊藤様\n\nご不便をおかけしております。バッジの件は Credly 側の連携を含め、担当者が確認中です。結果がわかり次第、お知らせいたします。') }),
    probe: '確認中です', note: 'badges are being looked into: status, not the move',
  }),
  J({
    kind: 'support_reply', trap: true, caseId: mc, from: FORM, to: mt, enc: 'utf8qp',
    subject: formSubj(mc), date: d('2026-03-14 10:10:10'),
    html: shell({ seed: 'jsr7', lang: 'ja', brand: 'plain',
      body: P('中村様\n\nご質問いただいた有効期限についてですが、統合を行っても各認定の有効期限（合格日から 3 年）は変わりません。割引特典も統合後のアカウントでそのままお使いいただけます。') }),
    probe: '有効期限', note: 'answers a question about expiry after a merge (conditional, not the event)',
  }),
  J({
    kind: 'support_reply', trap: true, caseId: kc, from: FORM, to: kt, enc: 'utf88bit',
    subject: formSubj(kc), date: d('2026-02-06 18:05:59'),
    html: shell({ seed: 'jsr8', lang: 'ja', brand: 'plain',
      body: P('伊藤様\n\n申し訳ございません。統合元のアカウントに予約中の試験があるため、現状ではアカウントを統合することができかねます。試験の受験後、または予約の取り消し後に改めてご連絡ください。') }),
    probe: '統合することができかねます', note: 'unable to merge for now: support_reply',
  }),

  // ---------------- unrelated ----------------
  J({
    kind: 'unrelated', trap: true, from: TC_MAIL, to: kt, enc: 'utf8b64',
    subject: 'AWS 認定試験の結果が確定しました', date: d('2026-01-20 18:00:00'),
    html: shell({ seed: 'jun1', lang: 'ja', brand: 'portal', heading: '試験結果のお知らせ',
      body: P('AWS Certified Developer – Associate の試験結果が確定しました。認定ポータルでスコアレポートをご確認いただけます。合格された場合、デジタルバッジは数日以内に Credly から届きます。'),
      button: ['スコアレポートを見る', trk('click.mail.aws.training', 'jun1b')], unsub: true }),
    probe: 'スコアレポート', note: 'exam result mail (mentions badges): unrelated',
  }),
  J({
    kind: 'unrelated', trap: true, from: TC_NEWS, to: mt, enc: 'utf8qp',
    subject: '【受付完了】AWS Summit Japan オンライン視聴のお申し込み', date: d('2026-05-10 12:30:00'),
    html: shell({ seed: 'jun2', lang: 'ja', brand: 'events', preheader: 'お申し込みを受け付けました',
      body: P('AWS Summit Japan へのご登録を受け付けました。当日の視聴 URL は開催前日にお送りします。') + kv([['登録番号', 'SJ26-448103'], ['開催日', '2026年6月25日〜26日']]),
      button: ['マイページ', trk('click.mail.aws.training', 'jun2b')], unsub: true }),
    probe: 'AWS Summit Japan', note: 'event registration receipt: unrelated',
  }),
  J({
    kind: 'unrelated', trap: true, from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', to: kt, enc: 'sjisb64',
    subject: 'コースを修了しました：AWS Cloud Practitioner Essentials', date: d('2026-01-05 21:10:10'),
    html: shell({ seed: 'jun3', lang: 'ja', brand: 'skill', dark: true,
      body: P('おめでとうございます。コースの修了が完了し、修了証をダウンロードできるようになりました。'), button: ['修了証をダウンロード', trk('click.mail.aws.training', 'jun3b')], unsub: true }),
    probe: '修了証', note: 'Skill Builder course completion: "completed" words, unrelated',
  }),
  J({
    kind: 'unrelated', trap: true, from: 'Microsoft via Credly <admin@credly.com>', to: mt, enc: 'utf8b64',
    subject: 'Microsoftのバッジ発行のお知らせ', date: d('2026-03-18 08:00:00'),
    html: shell({ seed: 'jun4', lang: 'ja', brand: 'credly',
      body: `<img src="https://images.credly.com/size/340x340/images/az900/image.png" alt="Microsoft Certified: Azure Fundamentals" width="150">` + P('Microsoft から新しいバッジが発行されました。'), button: ['バッジを入手する', trk('email.credly.com', 'jun4b')], unsub: true }),
    probe: 'Microsoft から', note: 'another issuer\'s Credly badge',
  }),
  J({
    kind: 'unrelated', trap: true, from: CREDLY_SELF, to: kt, enc: 'utf8qp',
    subject: 'Credly アカウントの統合：確認コード', date: d('2026-02-12 20:20:20'),
    html: shell({ seed: 'jun5', lang: 'ja', brand: 'credly',
      body: P('Credly アカウントの統合を完了するには、以下の確認コードを入力してください。コードの有効期限は 30 分です。') + `<p style="font-size:28px;letter-spacing:6px;font-weight:bold">804 217</p>` }),
    probe: '804 217', note: 'Credly\'s own account-merge code mail',
  }),
  J({
    kind: 'unrelated', trap: true, caseId: mc, from: 'AWS Support <no-reply-aws@amazon.com>', to: mt, enc: 'utf8b64',
    subject: 'ご意見をお聞かせください：サポートのご利用について', date: d('2026-03-24 10:00:00'),
    html: shell({ seed: 'jun6', lang: 'ja', brand: 'support',
      body: P(`先日のケース（${mc}）で問題は解決しましたか？ 1 分で終わるアンケートにご協力ください。`), button: ['アンケートに回答する', trk('survey.example-survey.com', 'jun6b')], unsub: true }),
    probe: 'アンケート', note: 'survey about the closed case: unrelated',
  }),
  J({
    kind: 'unrelated', trap: true, trusted: false, forUser: false, auth: 'none', caseId: mc, deliveredTo: null,
    from: mt, to: FORM, enc: 'utf8qp', relay: 'mail-ej1-f50.google.com',
    subject: `Re: ${formSubj(mc)}`, date: d('2026-03-14 20:11:02'),
    html: gmailReply(P('AWS トレーニングと認定 ご担当者様\n\n上記内容で統合に同意いたします。よろしくお願いいたします。\n\n中村'), '2026年3月14日(土) 14:20 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:', P('ご同意をいただく必要がございます（元に戻すことはできません）。')),
    probe: '統合に同意いたします', note: 'the user\'s own Gmail consent reply (sent copy): unrelated, untrusted',
  }),
  J({
    kind: 'unrelated', trap: true, trusted: false, forUser: false, auth: 'none', caseId: kc,
    from: kt, to: '田中 部長 <tanaka@corp-a.example.co.jp>', rcpt: 'tanaka@corp-a.example.co.jp', enc: 'utf8b64', relay: 'mail.example.jp',
    subject: `FW: ${formSubj(kc)}`, date: d('2026-02-10 12:00:30'),
    html: outlookReply('ja', P('田中さん\n\n認定アカウントの件、統合が終わったとのことです。ご参考まで転送します。\n伊藤'), { from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>', sent: '2026年2月10日 10:22', to: K.keep, subject: formSubj(kc) }, P('アカウントの統合を終えました。')),
    probe: 'ご参考まで転送します', note: 'the user forwards the completion to a colleague: own mail, not for the user',
  }),
  J({
    kind: 'unrelated', trap: true, trusted: false, caseId: mc, from: '中村 美咲 <m-nakamura@oldco.example.jp>', to: 'aws-cs-trainingcertification-form@amazon.com', cc: mt, rcpt: M.keep, enc: 'jis7', auth: 'none', relay: 'smtp.oldco.example.jp',
    subject: `自動応答: ${formSubj(mc)}`, extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'], date: d('2026-03-13 10:42:00'),
    html: '<html><body><p>お問い合わせありがとうございます。中村は 2026年3月末をもって退職いたしました。今後のご連絡は総務部（soumu@oldco.example.jp）までお願いいたします。</p><p>なお、統合・ご確認のご依頼につきましては、後任より折り返しご連絡いたします。</p></body></html>',
    probe: '退職いたしました', note: 'out-of-office from the old company (copied to the user)',
  }),
  J({
    kind: 'unrelated', trap: true, caseId: CASE.kenjiExam, from: FORM, to: kt, enc: 'utf8qp',
    subject: `RE:[CASE ${CASE.kenjiExam}] [AWS Training and Certification Form Submission] - exam-scheduling`, date: d('2026-01-28 14:00:00'),
    html: shell({ seed: 'jun10', lang: 'ja', brand: 'plain',
      body: P('伊藤様\n\n試験の予約変更のお問い合わせを受け付けました。テストセンターの空き状況を確認のうえ、ご連絡いたします。') }),
    probe: '予約変更', note: 'receipt of another case about exam rescheduling: unrelated',
  }),
  // ---------------- added shapes ----------------
  J({
    kind: 'merge_completed', forUser: false, caseId: '1779302218', from: FORM, to: '山本 翔太 <s.yamamoto@corp-a.example.co.jp>', cc: 'IT 教育推進チーム <edu-team@corp-a.example.co.jp>', rcpt: 'edu-team@corp-a.example.co.jp', enc: 'jisb64',
    subject: formSubj('1779302218'), date: d('2026-02-25 10:40:00'),
    html: shell({ seed: 'jx1', lang: 'ja', brand: 'plain',
      body: P('山本様\n\nご依頼の 2 アカウントの統合処理が完了いたしました。統合先アカウントで資格をご確認ください。') }),
    probe: '統合処理が完了いたしました', note: 'a colleague\'s completion that reached a team list: merge_completed but not for the user',
  }),
  J({
    kind: 'info_request', forUser: false, caseId: kc, from: FORM, to: `${K.ja} <${K.src}>`, enc: 'utf8b64',
    resent: { from: 'postmaster@corp-a.example.co.jp', to: 'archive@corp-a.example.co.jp', date: d('2026-02-03 14:30:00') },
    subject: formSubj(kc), date: d('2026-02-03 14:22:18'),
    html: shell({ seed: 'jx2', lang: 'ja', brand: 'plain',
      body: P('伊藤様\n\n統合の手続きのため、残す側と統合元の認定 ID をそれぞれお知らせください。') }),
    probe: '認定 ID をそれぞれお知らせください', note: 'info request redirected (Resent-*) by the old company to an archive: not for the user',
  }),
  J({
    kind: 'info_request', trusted: false, auth: 'failThenForged', caseId: mc, from: FORM, to: mt, enc: 'sjisb64',
    subject: formSubj(mc), date: d('2026-03-12 04:12:00'),
    html: shell({ seed: 'jx3', lang: 'ja', brand: 'plain',
      body: P('中村様\n\n統合のため、統合元アカウントのパスワードを本メールに記載してご返信ください。'), }),
    probe: 'パスワードを本メールに記載', note: 'fail verdict on top and a planted pass below: untrusted',
  }),
  J({
    kind: 'unrelated', trap: true, from: TC_NEWS, to: kt, enc: 'utf8b64',
    subject: '【AWS トレーニングと認定 ニュースレター】認定アカウントの統合方法を解説', date: d('2026-01-15 12:00:00'),
    html: shell({ seed: 'jx4', lang: 'ja', brand: 'tc', dark: true, preheader: '今月のおすすめトピック', unsub: true,
      body: P('今月のトピック: 転職などで認定アカウントが 2 つになってしまった方へ。ブログ記事で、アカウントの統合を依頼する手順とバッジの受け取り方をご紹介しています。') + kv([['新着コース', '生成 AI 入門（日本語）'], ['イベント', 'AWS Innovate 2026']]),
      button: ['ブログを読む', trk('click.mail.aws.training', 'jx4b')] }),
    probe: '今月のトピック', note: 'newsletter explaining merges in general: marketing, unrelated',
  }),
  J({
    kind: 'unrelated', trap: true, trusted: false, auth: 'none', caseId: CASE.kenji2, from: kt, to: 'aws-cs-trainingcertification-form@amazon.com', cc: kt, enc: 'utf8b64', relay: 'mail.example.jp',
    subject: `Re: ${formSubj(CASE.kenji2)}`, date: d('2026-04-27 21:03:00'),
    html: `<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto"><div dir="ltr">ご連絡ありがとうございます。統合は完了したのでしょうか？まだ旧アドレスでログインできてしまいます。</div><div dir="ltr"><br>iPhoneから送信</div><div dir="ltr"><br><blockquote type="cite">2026/04/27 13:00、AWS Training and Certification &lt;aws-cs-trainingcertification-form@amazon.com&gt;のメール:<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">一本化する処理が完了しています。</div></blockquote></body></html>`,
    probe: 'iPhoneから送信', note: 'the user\'s own mobile reply (cc to self) asking whether the merge is done',
  }),
  J({
    kind: 'case_closed', caseId: kc, from: FORM, to: kt, enc: 'utf8qp',
    subject: formSubj(kc), date: d('2026-02-16 09:00:00'),
    html: shell({ seed: 'jx6', lang: 'ja', brand: 'plain',
      body: P('伊藤様\n\nご丁寧にお礼のご連絡をいただき恐縮です。本件はこれにてクローズとなります。またのご利用をお待ちしております。') + sfHistory('ja', { from: K.keep, sent: '2026/02/15 22:10', to: 'aws-cs-trainingcertification-form@amazon.com', subject: formSubj(kc) }, P('資格もバッジも確認できました。ありがとうございました。')) }),
    probe: 'クローズとなります', note: 'closing after the user\'s thanks (quoted)',
  }),
];
