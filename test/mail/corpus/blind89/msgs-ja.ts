// Japanese messages for set cj: written as Japanese agents write to Japanese users.
import type { Msg } from './lib.js';
import {
  AWS_SUPPORT, CASE, CREDLY_AWS, HANAKO, KENJI, NOREPLY, PORTAL, SKILL, SUPPORT, SUPPORT_JA, TARO,
  REQ_HANAKO, REQ_KENJI, REQ_TARO, fwdJa, gmailJa, htmlDoc, mk, outlookJa, paras, quote, sfBlock, formSubject,
} from './common.js';

const K = CASE.kenji;
const T = CASE.taro;
const H = CASE.hanako;
const kenjiFrom = `${KENJI.ja} <${KENJI.keep}>`;
const taroFrom = `${TARO.ja} <${TARO.keep}>`;
const hanakoFrom = `${HANAKO.ja} <${HANAKO.keep}>`;

const ACK: Msg[] = [
  mk('acknowledgement', 'ja', {
    note: 'automatic receipt of the new case, case ID in subject and body',
    from: NOREPLY, caseId: K,
    subject: `お問い合わせを承りました [ケース ID: ${K}]`,
    text: `${KENJI.ja} 様\n\nAWS トレーニングと認定へお問い合わせいただき、ありがとうございます。\nケース ID ${K} にてお問い合わせを承りました。\n担当者より通常24時間以内にご連絡差し上げますので、今しばらくお待ちください。\n\n※すでにケースをお持ちの場合、同じご用件で新たにケースを作成されますと、かえってご回答が遅れることがございます。\n※本メールは送信専用アドレスから自動でお送りしております。\n\nAmazon Web Services`,
  }),
  mk('acknowledgement', 'ja', {
    note: 'receipt by its shape; case ID only in the body, Shift_JIS',
    from: SUPPORT_JA, caseId: T, to: TARO.keep, enc: 'sjis8',
    subject: 'AWS トレーニングと認定 お問い合わせ受付のお知らせ',
    text: `山田 太郎 様\n\nこのたびはご連絡ありがとうございます。下記の番号で受付が完了しております。\n\n  受付番号(ケース): ${T}\n  受付日時: 2026/12/03 09:12 JST\n\nこのメールにそのまま返信していただくと、同じケースに記録されます。\n担当より追ってご連絡いたしますので、お待ちいただけますと幸いです。\n\n-- 自動送信メール --`,
  }),
  mk('acknowledgement', 'ja', {
    note: 'HTML receipt from AWS Support, multipart; receipt of the new case',
    from: AWS_SUPPORT, caseId: H, to: HANAKO.keep, enc: 'utf8qp',
    subject: `[Case ${H}] お問い合わせを受け付けました`,
    text: `佐藤 花子 様\n\nAWS サポートへのお問い合わせを受け付けました。\nケース番号: ${H}\n件名: 認定アカウントについて\n\nご返答まで少々お時間をいただく場合がございます。ケースの状況はサポートセンターからもご確認いただけます。\n\nAWS サポート`,
    html: htmlDoc(`<p>佐藤 花子 様</p>\n<p>AWS サポートへのお問い合わせを受け付けました。</p>\n<table><tr><td>ケース番号</td><td><b>${H}</b></td></tr><tr><td>件名</td><td>認定アカウントについて</td></tr></table>\n<p>ご返答まで少々お時間をいただく場合がございます。ケースの状況はサポートセンターからもご確認いただけます。</p>\n<p>AWS サポート</p>`),
  }),
  mk('acknowledgement', 'ja', {
    note: 'receipt in ISO-2022-JP base64 with the "do not open a second case" warning',
    from: NOREPLY, caseId: K, enc: 'jisb64',
    subject: `【受付完了】AWS トレーニングと認定 ケース ${K}`,
    text: `お問い合わせありがとうございます。\n\nご依頼内容を確かに受け取りました(ケース ${K})。\n順番に対応しておりますので、担当から連絡が届くまで、同じご依頼で別のケースを立てずにお待ちください。ケースが重複すると確認に時間がかかってしまいます。\n\n本メールへのご返信は不要です。\nAWS トレーニングと認定 サポートチーム`,
  }),
  mk('acknowledgement', 'ja', {
    note: 'receipt that lists the fields received; not a request for information',
    trap: true, from: SUPPORT_JA, caseId: T, to: TARO.keep, enc: 'utf8b64',
    subject: `受付確認: ケース ${T} (アカウントの統合)`,
    text: `山田様\n\nお問い合わせフォームからの送信を受け付けました。受付番号は ${T} です。\n\n■ 受け付けた内容\n氏名: 山田 太郎\n会社名: Example Corp\n候補者 ID: ${TARO.keepId}\nお問い合わせの種類: AWS トレーニングと認定 / アカウントの統合\n\n内容を確認のうえ、担当者から改めてご案内いたします。\n(このメールは自動でお送りしています)`,
  }),
  mk('acknowledgement', 'ja', {
    note: 'forged receipt from a look-alike domain',
    trusted: false, from: 'AWS トレーニングと認定 <support@aws-training-support.jp>', caseId: K,
    subject: `お問い合わせ受付 ケースID ${K}`,
    text: `${KENJI.ja} 様\n\nお問い合わせを受け付けました。ケースID: ${K}\n本人確認のため、下記ページからサインインをお願いします。\nhttps://aws-training-support.jp/signin\n\nAWS トレーニングと認定`,
  }),
  mk('acknowledgement', 'ja', {
    note: 'receipt with a planted dmarc=pass below the server Received line: untrusted',
    trusted: false, auth: 'forgedBelow', from: NOREPLY, caseId: H, to: HANAKO.keep, enc: 'sjisb64',
    subject: `ケース ${H} を作成しました`,
    text: `佐藤様\n\nAWS トレーニングと認定サポートです。お問い合わせ(ケース ${H})をお受けしました。\n担当者からのご連絡をお待ちください。\n\n自動配信`,
  }),
  mk('acknowledgement', 'ja', {
    note: 'receipt with no topic; read as what it looks like (receipt)',
    from: AWS_SUPPORT, caseId: CASE.hanakoOther, to: HANAKO.keep, enc: 'jis7',
    subject: `[Case ${CASE.hanakoOther}] 受付のご連絡`,
    text: `お客様\n\nご連絡ありがとうございます。ケース ${CASE.hanakoOther} として登録いたしました。\n内容を拝見し、順次ご案内いたします。\n\nAWS サポート`,
  }),
  mk('acknowledgement', 'ja', {
    note: 'DKIM-only pass receipt, mixed boilerplate in English, new text Japanese',
    auth: 'dkimonly', from: NOREPLY, caseId: K, enc: 'utf8qp',
    subject: `We've received your case / お問い合わせを受け付けました (${K})`,
    text: `${KENJI.ja} 様\n\nお問い合わせ番号 ${K} で受付いたしました。担当が内容を拝見し、1営業日を目安にご連絡いたします。\n\nWe've received your case ${K}. Please do not reply to this automated message.\n\nAWS トレーニングと認定`,
  }),
];

const AI: Msg[] = [
  mk('ai_answer', 'ja', {
    note: 'automated answer pointing at the self-service Merge Accounts tool',
    from: NOREPLY, caseId: null,
    subject: 'AWS トレーニングと認定: ご質問への自動回答',
    text: `このメッセージは AI により自動作成されています。\n\n認定アカウントを1つにまとめたい場合、まずは認定ポータルのプロフィール画面にある「アカウントの統合」機能をお試しいただけます。両方のアカウントにサインインできれば、数分でお手続きいただけます。\n\nうまくいかない場合は、画面下の「ケースを作成」から担当者にお問い合わせください。`,
  }),
  mk('ai_answer', 'ja', {
    note: 'AI suggestion that explains what happens after a merge; still ai_answer',
    trap: true, from: NOREPLY, caseId: null, to: TARO.keep, enc: 'utf8qp',
    subject: '自動回答: アカウント統合について',
    text: `※生成 AI による回答です。内容が正しくない場合があります。\n\nセルフサービスの統合ツールを使うと、統合元の認定と特典(次回受験の50%割引バウチャーなど)が統合先へ移ります。Credly のバッジは統合後に統合先のメールアドレスで受け取り直す必要がある場合があります。\n\nこの回答で解決しなかった場合は、お手数ですがケースを作成してください。`,
    html: htmlDoc(`<p style="color:#555">※生成 AI による回答です。内容が正しくない場合があります。</p>\n<p>セルフサービスの統合ツールを使うと、統合元の認定と特典(次回受験の50%割引バウチャーなど)が統合先へ移ります。Credly のバッジは統合後に統合先のメールアドレスで受け取り直す必要がある場合があります。</p>\n<p>この回答で解決しなかった場合は、お手数ですがケースを作成してください。</p>`),
  }),
  mk('ai_answer', 'ja', {
    note: 'automated suggestion inside the case, case ID in subject',
    from: AWS_SUPPORT, caseId: H, to: HANAKO.keep, enc: 'jisb64',
    subject: `[Case ${H}] おすすめの解決方法`,
    text: `佐藤 花子 様\n\nお問い合わせ内容から、以下のセルフサービスで解決できる可能性があります。\n\n・認定アカウント > プロフィール > アカウントの統合\n・統合先のアカウントでサインインしたまま、統合元の認証情報を入力\n\n両方のアカウントに受験履歴がある場合はツールが使えないことがあります。その際はこのケースで担当者がご案内します。\n\n(自動送信)`,
  }),
  mk('ai_answer', 'ja', {
    note: 'AI answer, Shift_JIS, suggests the tool and the sign-in check',
    from: NOREPLY, caseId: null, enc: 'sjis8',
    subject: 'Amazon Q による回答のご案内',
    text: `Amazon Q がお答えします。\n\nサインインできるアカウントが2つある場合は、認定ポータルの統合機能で自分で一本化できます。どちらのメールアドレスを残すか決めてから操作すると安心です。\n\n役に立ちましたか？ 解決しない場合は「ケースの作成」へお進みください。`,
  }),
  mk('ai_answer', 'ja', {
    note: 'AI answer with a fail verdict on top: untrusted',
    trusted: false, auth: 'fail', from: NOREPLY, caseId: null, to: TARO.keep,
    subject: 'AI アシスタントからの回答',
    text: `AI アシスタントが自動で作成した回答です。\n\n重複した認定アカウントは、ポータルの「アカウントを統合」から手続きできます。操作後は元に戻せないため、ご注意ください。\n\n解決しない場合はサポートまでご連絡ください。`,
  }),
  mk('ai_answer', 'ja', {
    note: 'automated answer, HTML-only',
    from: NOREPLY, caseId: null, to: HANAKO.keep, enc: 'utf8b64',
    subject: 'ご質問への回答(自動生成)',
    html: htmlDoc(`<h3>自動生成された回答</h3>\n<p>ご質問ありがとうございます。以下の手順でお試しください。</p>\n<ol><li>残したい方のアカウントで認定ポータルにサインイン</li><li>プロフィールから「アカウントの統合」を開く</li><li>もう一方のアカウントの情報を入力して送信</li></ol>\n<p>手順どおりに進まない場合は、ページ下部からケースを作成してください。</p>`),
  }),
  mk('ai_answer', 'ja', {
    note: 'AI answer explaining badges follow after merge; still ai_answer',
    trap: true, from: AWS_SUPPORT, caseId: K, enc: 'jis7',
    subject: `[Case ${K}] 自動提案: アカウントの統合`,
    text: `このケースの内容に基づく自動提案です。\n\n統合ツールで一本化すると、認定の履歴は統合先に表示されます。バッジは Credly で統合先のアドレスを追加すると受け取れることが多いです。\n\nこの提案で解決しない場合は、このメールにご返信いただければ担当者に引き継がれます。`,
  }),
  mk('ai_answer', 'ja', {
    note: 'generative AI answer, quoted-printable, short',
    from: NOREPLY, caseId: null, enc: 'utf8qp', to: TARO.keep,
    subject: 'お問い合わせ前にご確認ください(AI 回答)',
    text: `AI が作成した回答です。\n認定ポータルの統合ツールをお使いいただくと、サポートへのご連絡なしで手続きが済む場合があります。\nツールで「サポートにお問い合わせください」と表示された場合のみ、ケースを作成してください。`,
  }),
  mk('ai_answer', 'ja', {
    note: 'AI answer, ISO-2022-JP base64, mentions a Builder ID step',
    from: NOREPLY, caseId: null, enc: 'jisb64', to: HANAKO.keep,
    subject: 'AWS サポート: 自動回答',
    text: `自動応答です。\n\nまだ AWS Builder ID をお持ちでない場合は、残したいメールアドレスで作成してから、認定ポータルの統合機能をご利用ください。\n解決しない場合はケースの作成にお進みください。`,
  }),
];

const INFO: Msg[] = [
  mk('info_request', 'ja', {
    note: 'asks for both candidate IDs and which account to keep',
    caseId: K,
    text: `${KENJI.ja} 様\n\nAWS トレーニングと認定カスタマーサポートの小林でございます。\nお手続きを進めるにあたり、次の点をお知らせいただけますでしょうか。\n\n- 両アカウントの候補者 ID (AWS から始まる番号)\n- 各アカウントのログイン用メールアドレス\n- 最終的に残したいアカウント\n\nお手数をおかけしますが、本メールへのご返信でお送りください。\n\n小林\nAWS トレーニングと認定`,
  }),
  mk('info_request', 'ja', {
    note: 'request phrased as "please confirm and tell us"; info request (trap)',
    trap: true, caseId: T, to: TARO.keep, enc: 'sjis8',
    text: `山田様\n\nご連絡ありがとうございます。担当の中村です。\n念のため、統合後に残すメールアドレスをご確認のうえお知らせください。\nあわせて、Skill Builder で使っているアドレスが別にあれば、そちらも教えていただけると助かります。\n\n中村\nAWS トレーニングと認定 カスタマーサービス\n\n${sfBlock(taroFrom, '2026/12/03 9:12', SUPPORT, 'アカウント統合の依頼', REQ_TARO)}`,
  }),
  mk('info_request', 'ja', {
    note: 'write from the kept address AND give the IDs: info_request',
    caseId: H, to: HANAKO.keep, enc: 'jis7',
    text: `佐藤様\n\n本件、統合先となるアカウントのメールアドレスからご返信をお願いしております。\nその際、統合元の候補者 ID と、受験時にお使いの氏名(ローマ字)を添えていただけますか。\n確認が取れ次第、次のステップをご案内します。\n\nAWS トレーニングと認定 吉田`,
  }),
  mk('info_request', 'ja', {
    note: 'asks for pass dates of the certifications; restates the request first',
    caseId: K, enc: 'utf8qp',
    text: `${KENJI.ja} 様\n\n前職のアドレス(${KENJI.src})のアカウントを、${KENJI.keep} のアカウントにまとめたいとのご依頼、承知しております。\n統合元で取得された認定の名称と合格日を、わかる範囲で結構ですので一覧でいただけますか。本人確認に使わせていただきます。\n\n何卒よろしくお願いいたします。\n高橋 / AWS トレーニングと認定`,
  }),
  mk('info_request', 'ja', {
    note: 'Gmail-quoted thread; new text asks which one to keep',
    caseId: T, to: TARO.keep, enc: 'utf8b64',
    text: `山田様\n\n恐れ入りますが、2つのアカウントのうち、どちらを手元に残されますか。\n${TARO.keepId} と ${TARO.srcId} のどちらかでご指定ください。\n\n佐々木\n\n${gmailJa('2026年12月3日(木) 9:12', TARO.ja, TARO.keep, REQ_TARO)}`,
  }),
  mk('info_request', 'ja', {
    note: 'info request with only a foreign authserv-id verdict: untrusted',
    trusted: false, auth: 'otherOnly', caseId: K, enc: 'jisb64',
    text: `渡辺様\n\n統合元アカウントで登録している通知用メールアドレスを教えてください。\n分からない場合は、合格した試験名だけでも構いません。\n\nAWS トレーニングと認定`,
  }),
  mk('info_request', 'ja', {
    note: 'asks for the company name and address used at registration; te-form sentence',
    caseId: H, to: HANAKO.keep, enc: 'sjisb64',
    text: `佐藤 花子 様\n\nいつもお世話になっております。\n統合元のアカウントは会社経由で登録されているようでして、当時の会社名と、登録時の住所(都道府県まで)をお送りいただけますと、確認を先に進められます。\n\n引き続きよろしくお願いいたします。\nAWS トレーニングと認定 森`,
  }),
  mk('info_request', 'ja', {
    note: 'request for the Builder ID e-mail, Outlook-style quote block',
    caseId: K, enc: 'jis7',
    text: `渡辺様\n\nAWS Builder ID に登録しているメールアドレスが、残すアカウントと同じかどうか、一度ご教示いただけますか。\n異なる場合は両方のアドレスを記載してください。\n\n小林\n\n${outlookJa(kenjiFrom, '2026年12月4日 10:31', SUPPORT, 'RE:[CASE ' + K + '] [AWS Training and Certification Form Submission] - account-assistance', REQ_KENJI)}`,
  }),
  mk('info_request', 'ja', {
    note: 'info request forged through a look-alike authserv-id: untrusted',
    trusted: false, auth: 'lookalikeServer', caseId: T, to: TARO.keep, enc: 'utf8qp',
    text: `山田様\n\n統合前の本人確認として、両アカウントの候補者 ID とパスワード再設定用の確認コードをお送りください。\n\nAWS トレーニングと認定 サポート`,
  }),
];

const CONF: Msg[] = [
  mk('confirmation_request', 'ja', {
    note: 'asks for consent, warns it cannot be undone',
    caseId: K,
    text: `${KENJI.ja} 様\n\nお待たせいたしました。以下の内容で統合を行います。\n\n統合元: ${KENJI.srcId} (${KENJI.src})\n統合先: ${KENJI.keepId} (${KENJI.keep})\n\n一度統合すると元に戻すことはできません。この内容でよろしければ、本メールに「同意します」とご返信ください。\n\n小林 / AWS トレーニングと認定`,
  }),
  mk('confirmation_request', 'ja', {
    note: 'consent asked as a "go sign"; irreversible',
    caseId: T, to: TARO.keep, enc: 'sjis8',
    text: `山田様\n\n必要な情報がそろいました。ありがとうございます。\n山田様からゴーサインをいただければ、すぐに作業に入ります。なお、統合後に分け直すことはできませんので、その点だけご了承ください。\n\n中村\n\n${sfBlock(taroFrom, '2026/12/04 18:02', SUPPORT, formSubject(T), '残すのは個人の方です。ID は ' + TARO.keepId + ' です。')}`,
  }),
  mk('confirmation_request', 'ja', {
    note: 'consent request, HTML multipart, case in subject',
    caseId: H, to: HANAKO.keep, enc: 'utf8qp',
    text: `佐藤 花子 様\n\n統合の準備が整いました。\n${HANAKO.src} の認定・特典を ${HANAKO.keep} へ移し、移行元は使えなくなります。取り消しはできません。\nご了承いただける場合は、その旨ご返信ください。ご返信をもって作業を開始します。\n\n吉田`,
    html: htmlDoc(paras(`佐藤 花子 様\n\n統合の準備が整いました。\n${HANAKO.src} の認定・特典を ${HANAKO.keep} へ移し、移行元は使えなくなります。取り消しはできません。\nご了承いただける場合は、その旨ご返信ください。ご返信をもって作業を開始します。\n\n吉田`)),
  }),
  mk('confirmation_request', 'ja', {
    note: 'consent request without the word 確認, with Gmail quote of the user details',
    caseId: K, enc: 'utf8b64',
    text: `渡辺様\n\nいただいた ID で両方のアカウントを照合できました。\nこのまま ${KENJI.keepId} に寄せてしまって問題なければ、ひとことお返事をください。統合は後戻りできない作業のため、念のためお伺いしています。\n\n高橋\n\n${gmailJa('2026年12月5日(土) 8:40', KENJI.ja, KENJI.keep, '候補者 ID は ' + KENJI.keepId + ' と ' + KENJI.srcId + ' です。')}`,
  }),
  mk('confirmation_request', 'ja', {
    note: 'consent request through a look-alike authserv-id: untrusted',
    trusted: false, auth: 'lookalikeServer', caseId: H, to: HANAKO.keep, enc: 'jisb64',
    text: `佐藤様\n\n統合を実施してよろしいでしょうか。元には戻せません。\n同意される場合は返信してください。\n\nAWS トレーニングと認定`,
  }),
  mk('confirmation_request', 'ja', {
    note: 'consent request, Shift_JIS base64, bottom of an Outlook thread',
    caseId: T, to: TARO.keep, enc: 'sjisb64',
    text: `山田 太郎 様\n\nご返信ありがとうございます。\n最後にお伺いします。統合元 ${TARO.srcId} の受験履歴はすべて ${TARO.keepId} に移り、統合元は閉鎖されます。元に戻せない点をご承知のうえ、進めてよいかお知らせください。\n\n佐々木\n\n${outlookJa(taroFrom, '2026年12月5日 13:20', SUPPORT, formSubject(T), '情報は前回お送りしたとおりです。')}`,
  }),
  mk('confirmation_request', 'ja', {
    note: 'consent with explicit reply wording, case ID only in body',
    caseId: K, enc: 'jis7', subject: 'Re: 認定アカウントの統合について',
    text: `渡辺様 (ケース ${K})\n\n統合の最終確認です。\n「統合に同意します」と一行ご返信いただけましたら、担当チームで処理いたします。統合は取り消せませんので、ご注意ください。\n\n小林`,
  }),
  mk('confirmation_request', 'ja', {
    note: 'consent request forged with a fail-then-pass header stack: untrusted',
    trusted: false, auth: 'failThenForged', caseId: T, to: TARO.keep, enc: 'utf8qp',
    text: `山田様\n\n統合について最終のご同意をお願いします。同意いただけない場合、ケースは終了となります。\n下記フォームから回答してください。\nhttps://aws-merge-confirm.example.net/form\n\nAWS`,
  }),
  mk('confirmation_request', 'ja', {
    note: 'consent request, the date and ID sit between the words that matter',
    caseId: H, to: HANAKO.keep, enc: 'jis7',
    text: `佐藤様\n\n12月8日以降、統合元 ${HANAKO.srcId} の内容を、統合先へ移す作業に入れます。\nよろしいでしょうか。お返事をいただいてからの着手となります(元には戻せません)。\n\n森 / AWS トレーニングと認定`,
  }),
];

const DONE: Msg[] = [
  mk('merge_completed', 'ja', {
    note: 'support says the accounts have been merged',
    caseId: K,
    text: `${KENJI.ja} 様\n\nお待たせいたしました。ご依頼のアカウント統合が完了いたしました。\n${KENJI.keep} でサインインいただき、認定と特典が表示されていることをご確認ください。\n\n小林 / AWS トレーニングと認定\n\n${sfBlock(kenjiFrom, '2026/12/06 7:55', SUPPORT, formSubject(K), '統合に同意します。')}`,
  }),
  mk('merge_completed', 'ja', {
    note: 'merge done; case will now be closed (still merge_completed)',
    caseId: T, to: TARO.keep, enc: 'sjis8',
    text: `山田様\n\n無事に2つのアカウントを一本化できました。${TARO.srcId} の履歴は ${TARO.keepId} に移っています。\n本件はこれにてクローズとさせていただきます。\n\n中村`,
  }),
  mk('merge_completed', 'ja', {
    note: 'certification portal notice, no case ID',
    from: PORTAL, caseId: null, to: HANAKO.keep, enc: 'utf8qp',
    subject: 'AWS 認定: アカウントの統合が完了しました',
    text: `佐藤 花子 様\n\nお客様の AWS 認定アカウントの統合処理が終了しました。統合元の認定・受験履歴・特典は、現在サインインしているアカウントでご覧いただけます。\n\nAWS 認定`,
    html: htmlDoc(`<p>佐藤 花子 様</p><p>お客様の AWS 認定アカウントの統合処理が終了しました。統合元の認定・受験履歴・特典は、現在サインインしているアカウントでご覧いただけます。</p><p>AWS 認定</p>`),
  }),
  mk('merge_completed', 'ja', {
    note: 'completion saying badges are not moved yet (uses the badge words)',
    trap: true, caseId: H, to: HANAKO.keep, enc: 'jisb64',
    text: `佐藤様\n\n統合作業、終わりました。認定はすべて ${HANAKO.keep} 側にまとまっています。\nなお、Credly のバッジはまだ移行前ですので、数日たっても表示されない場合はこのケースでお知らせください。\n\n吉田`,
  }),
  mk('merge_completed', 'ja', {
    note: 'completion with "please check all looks right" stays merge_completed',
    caseId: K, enc: 'utf8b64',
    text: `渡辺様\n\n本日、${KENJI.srcId} を ${KENJI.keepId} へ統合いたしました。\n念のため、認定の一覧と50%割引の特典が正しく表示されているか、お手すきの際にご確認いただけますと幸いです。\n\n高橋`,
  }),
  mk('merge_completed', 'ja', {
    note: 'completion forged with a misaligned DKIM: untrusted',
    trusted: false, auth: 'misaligned', caseId: T, to: TARO.keep, enc: 'jis7',
    text: `山田様\n\nアカウントの統合が完了しました。新しいアカウントの確認のため、以下からログインしてください。\nhttps://aws-certification-login.example.com/\n\nAWS トレーニングと認定`,
  }),
  mk('merge_completed', 'ja', {
    note: 'completion phrased as "moved over", top-posted above Outlook quote',
    caseId: H, to: HANAKO.keep, enc: 'sjisb64',
    text: `佐藤様\n\nご同意ありがとうございました。旧アカウントの認定は、すべて新しい方へ移し終えております。今後は ${HANAKO.keep} だけでお使いいただけます。\n\n森\n\n${outlookJa(hanakoFrom, '2026年12月7日 11:04', SUPPORT, formSubject(H), 'はい、統合をお願いします。')}`,
  }),
  mk('merge_completed', 'ja', {
    note: 'portal notice from a subdomain of aws.training, HTML only',
    from: 'AWS Certification <noreply@certification.aws.training>', caseId: null, enc: 'utf8qp',
    subject: '【AWS 認定】アカウント統合のお知らせ',
    html: htmlDoc(`<p>${KENJI.ja} 様</p>\n<p>ご依頼いただいたアカウントの統合が完了しました。今後は統合先のアカウントで受験予約や認定の確認を行ってください。</p>\n<p>AWS 認定プログラム</p>`),
  }),
  mk('merge_completed', 'ja', {
    note: 'completion with untrusted no-auth headers',
    trusted: false, auth: 'none', caseId: K, enc: 'jisb64',
    text: `渡辺様\n\n統合処理が終わりました。ご確認ください。\n\nAWS トレーニングと認定`,
  }),
];

const BADGE: Msg[] = [
  mk('badges_transferred', 'ja', {
    note: 'Credly issue notice from AWS to the kept address',
    from: CREDLY_AWS, caseId: null, enc: 'utf8qp',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    text: `${KENJI.ja}さん\n\nAmazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。\n\nバッジを入手する\nhttps://www.credly.com/earner/earned/badge/0b5e2e4a\n\nCredly`,
    html: htmlDoc(`<p>${KENJI.ja}さん</p><p>Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。</p><p><a href="https://www.credly.com/earner/earned/badge/0b5e2e4a">バッジを入手する</a></p><p>Credly</p>`),
  }),
  mk('badges_transferred', 'ja', {
    note: 'support says the badges moved and the case closes',
    caseId: T, to: TARO.keep, enc: 'sjis8',
    text: `山田様\n\nCredly のバッジについて、統合先のアカウントへ付け替えが済みました。${TARO.keep} で Credly にサインインすると表示されます。\nご不明点がなければ、本ケースはこれで終了とさせていただきます。\n\n中村`,
  }),
  mk('badges_transferred', 'ja', {
    note: 'Credly notice, ISO-2022-JP, second badge on the kept account',
    from: CREDLY_AWS, caseId: null, to: HANAKO.keep, enc: 'jis7',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    text: `佐藤 花子さん\n\nおめでとうございます。AWS Certified Cloud Practitioner のバッジが届いています。\n「バッジを入手する」から受け取ってください。\nhttps://www.credly.com/earner/earned/badge/7c1f09aa\n\nCredly チーム`,
  }),
  mk('badges_transferred', 'ja', {
    note: 'support says badges re-issued to the kept account, Gmail quote below',
    caseId: H, to: HANAKO.keep, enc: 'utf8b64',
    text: `佐藤様\n\nお待たせしました。移行元に残っていたバッジ3件を、${HANAKO.keep} 宛てに再発行しております。Credly から届くメールで受け取りを完了してください。\n\n吉田\n\n${gmailJa('2026年12月9日(水) 20:15', HANAKO.ja, HANAKO.keep, 'バッジがまだ古い方に残っているようです。')}`,
  }),
  mk('badges_transferred', 'ja', {
    note: 'badge notice from a Credly look-alike domain: untrusted',
    trusted: false, from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>', caseId: null, enc: 'utf8qp',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    text: `${KENJI.ja}さん\n\n新しいバッジが発行されました。\nバッジを入手する: https://credIy.com/accept\n\nCredly`,
  }),
  mk('badges_transferred', 'ja', {
    note: 'support: badges now on the kept Credly profile, closing',
    caseId: K, enc: 'jisb64',
    text: `渡辺様\n\nバッジの件、対応が完了しました。統合先 ${KENJI.keep} の Credly プロフィールに、旧アカウント分のバッジが並んでいるはずです。\nこちらで本ケースを解決済みとしますが、何かあればいつでもご返信ください。\n\n高橋`,
  }),
  mk('badges_transferred', 'ja', {
    note: 'Credly notice with failing DMARC: untrusted',
    trusted: false, auth: 'fail', from: CREDLY_AWS, caseId: null, to: TARO.keep, enc: 'sjis8',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    text: `山田 太郎さん\n\nバッジが発行されました。バッジを入手するには下記リンクを開いてください。\nhttps://www.credly.com/earner/earned/badge/ee32`,
  }),
  mk('badges_transferred', 'ja', {
    note: 'support: badges moved, Shift_JIS base64, restates the merge',
    caseId: T, to: TARO.keep, enc: 'sjisb64',
    text: `山田様\n\n先日の統合に続き、バッジも新しいメールアドレス側へ引っ越しが完了しています。Credly のダッシュボードからご確認ください。\n\n佐々木`,
  }),
  mk('badges_transferred', 'ja', {
    note: 'Credly HTML-only notice for the kept account',
    from: CREDLY_AWS, caseId: null, to: HANAKO.keep, enc: 'utf8b64',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    html: htmlDoc(`<p>佐藤 花子さん</p>\n<p>Amazon Web Services Training and Certification が「AWS Certified Developer - Associate」バッジをあなたに発行しました。</p>\n<p><a href="https://www.credly.com/earner/earned/badge/a19">バッジを入手する</a></p>`),
  }),
];

const CLOSE: Msg[] = [
  mk('case_closed', 'ja', {
    note: 'auto-close reminder without a reply',
    from: AWS_SUPPORT, caseId: K, subject: `[Case ${K}] ご返信のお願い`,
    text: `${KENJI.ja} 様\n\nケース ${K} について、お客様からのご返信をお待ちしております。\n3日以内にご返信がない場合、本ケースは自動的にクローズされます。\n\nAWS サポート`,
  }),
  mk('case_closed', 'ja', {
    note: 'closing that restates an earlier merge',
    trap: true, caseId: T, to: TARO.keep, enc: 'sjis8',
    text: `山田様\n\n先週統合させていただいた件につき、その後ご連絡がございませんので、本ケースを終了いたします。\nまた何かございましたら、新しいケースでお問い合わせください。\n\n中村`,
  }),
  mk('case_closed', 'ja', {
    note: 'case resolved notice, HTML',
    from: AWS_SUPPORT, caseId: H, to: HANAKO.keep, enc: 'utf8qp',
    subject: `[Case ${H}] ケースは解決済みになりました`,
    text: `佐藤 花子 様\n\nケース ${H} は解決済みとしてクローズされました。\n再度ご質問がある場合は、ケースを再開できます。\n\nAWS サポート`,
    html: htmlDoc(`<p>佐藤 花子 様</p><p>ケース <b>${H}</b> は解決済みとしてクローズされました。</p><p>再度ご質問がある場合は、ケースを再開できます。</p><p>AWS サポート</p>`),
  }),
  mk('case_closed', 'ja', {
    note: 'human closing: no reply received, case closed',
    caseId: K, enc: 'jisb64',
    text: `渡辺様\n\n前回のご案内から1週間ほどお返事がないため、いったんこちらでケースを閉じさせていただきます。\n続きのご相談は、このメールにご返信いただければ再開されます。\n\n小林`,
  }),
  mk('case_closed', 'ja', {
    note: 'short closing after the user said thanks, mobile-style quote, LF line ends',
    caseId: T, to: TARO.keep, enc: 'utf8b64', crlf: false,
    text: `山田様\n\nお礼のご連絡、恐れ入ります。お役に立てて何よりです。\nそれでは本ケースはクローズとさせていただきます。\n\n佐々木\n\n${quote('ありがとうございました、助かりました!\n\niPhoneから送信')}`,
  }),
  mk('case_closed', 'ja', {
    note: 'will auto-close in 5 days, merge mention is only a restatement',
    trap: true, from: AWS_SUPPORT, caseId: H, to: HANAKO.keep, enc: 'jis7', subject: `[Case ${H}] まもなくクローズされます`,
    text: `佐藤様\n\nアカウント統合のケース ${H} は、現在お客様のご返信待ちです。\n5日以内にご返信がない場合は、自動で終了いたします。\n\nAWS サポート`,
  }),
  mk('case_closed', 'ja', {
    note: 'closing after questions answered, Outlook quote',
    caseId: K, enc: 'sjisb64',
    text: `渡辺様\n\nご確認ありがとうございました。ご質問にはすべてお答えできたかと思いますので、本件は完了とさせていただきます。\n\n高橋\n\n${outlookJa(kenjiFrom, '2026年12月10日 9:00', SUPPORT, formSubject(K), 'わかりました。ありがとうございました。')}`,
  }),
  mk('case_closed', 'ja', {
    note: 'closing notice from AWS Support noreply',
    from: NOREPLY, caseId: T, to: TARO.keep, enc: 'utf88bit',
    subject: `ケース ${T} のクローズのお知らせ`,
    text: `山田 太郎 様\n\nお問い合わせいただいたケース ${T} をクローズいたしました。ご利用ありがとうございました。\n\nAmazon Web Services`,
  }),
  mk('case_closed', 'ja', {
    note: 'closing, te-form sentence, case ID only in body',
    caseId: H, to: HANAKO.keep, enc: 'jis7', subject: 'Re: 認定アカウント統合のご相談',
    text: `佐藤様\n\nケース ${H} については、ご要望の対応がすべて終わっておりまして、本日付で終了の扱いとなります。\nご利用いただきありがとうございました。\n\n森`,
  }),
];

const REPLY: Msg[] = [
  mk('support_reply', 'ja', {
    note: 'thanks for confirming, passed to the team',
    trap: true, caseId: K,
    text: `${KENJI.ja} 様\n\nご同意いただきありがとうございます。担当チームに引き継ぎましたので、作業が終わりましたら改めてご連絡いたします。\n\n小林\n\n${quote('統合に同意します。\n' + KENJI.ja)}`,
  }),
  mk('support_reply', 'ja', {
    note: 'future: "once the merge is done we will tell you"',
    trap: true, caseId: T, to: TARO.keep, enc: 'sjis8',
    text: `山田様\n\n現在、統合の手配を進めております。統合が完了しましたら、あらためてこちらからご連絡いたします。\nもうしばらくお待ちください。\n\n中村`,
  }),
  mk('support_reply', 'ja', {
    note: 'negated: merge not completed yet',
    trap: true, caseId: H, to: HANAKO.keep, enc: 'utf8qp',
    text: `佐藤様\n\nお問い合わせの件、確認したところ、統合はまだ完了しておりません。社内で処理待ちとなっておりますので、今しばらくお時間をください。\n\n吉田`,
  }),
  mk('support_reply', 'ja', {
    note: 'merged duplicate cases, not accounts',
    trap: true, caseId: K, enc: 'jisb64',
    text: `渡辺様\n\n同じご依頼で2件のケースを作成いただいていたため、こちらでケースを1つに統合しました。今後はこのケース ${K} でやり取りをお願いいたします。\n\n高橋`,
  }),
  mk('support_reply', 'ja', {
    note: 'unable to merge (both accounts have exams booked), no data asked',
    trap: true, caseId: T, to: TARO.keep, enc: 'utf8b64',
    text: `山田様\n\n申し訳ございません。統合元のアカウントに受験予約が残っているため、現時点では統合を行うことができません。試験が終わりましたら、このケースにご返信ください。\n\n佐々木`,
  }),
  mk('support_reply', 'ja', {
    note: 'escalation status update',
    caseId: H, to: HANAKO.keep, enc: 'sjisb64',
    text: `佐藤様\n\n本件は専門チームへエスカレーションいたしました。回答まで数営業日かかる見込みです。進展があり次第お知らせします。\n\n森`,
  }),
  mk('support_reply', 'ja', {
    note: 'answer about vouchers, badges mentioned conditionally',
    trap: true, caseId: K, enc: 'jis7',
    text: `渡辺様\n\nお問い合わせの50%割引バウチャーは、統合後も有効期限まで使えます。バッジについては、統合の処理が終わってから Credly 側で移す流れになります。\n\n小林`,
  }),
  mk('support_reply', 'ja', {
    note: '"write from the kept address" without asking for data',
    caseId: T, to: TARO.keep, enc: 'utf8qp',
    text: `山田様\n\n恐れ入りますが、お手続きは残す方のメールアドレス(${TARO.keep})からのご連絡でのみ承っております。次回以降はそちらからご返信いただけますでしょうか。\n\n中村`,
  }),
  mk('support_reply', 'ja', {
    note: 'status reply: still checking, typo kept (確認中でございまうs)',
    caseId: H, to: HANAKO.keep, enc: 'jis7',
    text: `佐藤様\n\nお問い合わせの件、担当部署にて確認中でございまうs。週明けにはご案内できる見込みですので、もう少々お待ちいただけますか。\n\n森`,
  }),
];

const OTHER: Msg[] = [
  mk('unrelated', 'ja', {
    note: 'survey "was your issue resolved"',
    trap: true, from: AWS_SUPPORT, caseId: K,
    subject: `[Case ${K}] サポートについてのアンケート`,
    text: `${KENJI.ja} 様\n\n先日のケース ${K} の対応について、問題は解決しましたか？\n1分ほどのアンケートにご協力ください。\nhttps://survey.aws.example/s/77\n\nAWS サポート`,
  }),
  mk('unrelated', 'ja', {
    note: 'Skill Builder course completed notice',
    trap: true, from: SKILL, caseId: null, to: TARO.keep, enc: 'utf8qp',
    subject: 'コースの修了おめでとうございます',
    text: `山田さん\n\n「AWS Cloud Practitioner Essentials」を修了しました。修了証はマイページからダウンロードできます。\n\nAWS Skill Builder`,
  }),
  mk('unrelated', 'ja', {
    note: 'Microsoft badge via Credly: other issuer',
    trap: true, from: 'Microsoft via Credly <admin@credly.com>', caseId: null, to: HANAKO.keep, enc: 'jis7',
    subject: 'Microsoftのバッジ発行のお知らせ',
    text: `佐藤 花子さん\n\nMicrosoft から「Azure Fundamentals」のバッジが発行されました。\nバッジを入手する: https://www.credly.com/earner/earned/badge/ms01`,
  }),
  mk('unrelated', 'ja', {
    note: "Credly's own account-merge code mail",
    trap: true, from: 'Credly <admin@credly.com>', caseId: null, enc: 'utf8b64',
    subject: 'Credly: アカウント統合の確認コード',
    text: `アカウントの統合を完了するには、次のコードを入力してください。\n\n確認コード: 480917\n\nこのリクエストに心当たりがない場合は、このメールを無視してください。\nCredly`,
  }),
  mk('unrelated', 'ja', {
    note: "user's own consent reply, copied to themselves; carries no news from support",
    trap: true, trusted: false, from: kenjiFrom, to: SUPPORT, cc: KENJI.keep, deliveredTo: KENJI.keep, caseId: K, enc: 'jis7',
    subject: formSubject(K),
    text: `ご担当者様\n\nご案内いただいた内容で統合をお願いいたします。\n元に戻せないことも承知しております。\n\n渡辺 健二\n\n${gmailJa('2026年12月5日(土) 10:02', 'AWS トレーニングと認定', 'aws-cs-trainingcertification-form@amazon.com', '統合を進めてよろしければご返信ください。')}`,
  }),
  mk('unrelated', 'ja', {
    note: 'colleague auto-reply (out of office), mentions the merge mail',
    trap: true, trusted: false, from: '鈴木 一郎 <ichiro.suzuki@corp.example.co.jp>', to: TARO.keep, caseId: null, enc: 'sjis8',
    subject: '自動返信: 認定アカウント統合完了の件',
    extra: ['Auto-Submitted: auto-replied'],
    text: `(自動返信)\n\n12月14日まで休暇をいただいております。期間中のメールは確認できません。\n急ぎの場合は総務部までご連絡ください。\n\n鈴木`,
  }),
  mk('unrelated', 'ja', {
    note: 'receipt of a different case (exam refund), says its topic',
    trap: true, from: NOREPLY, caseId: CASE.refund, to: TARO.keep, enc: 'jisb64',
    subject: `お問い合わせを受け付けました [ケース ID: ${CASE.refund}]`,
    text: `山田 太郎 様\n\n試験料の返金に関するお問い合わせを受け付けました(ケース ${CASE.refund})。\n担当者より追ってご連絡いたします。\n\nAmazon Web Services`,
  }),
  mk('unrelated', 'ja', {
    note: 'user forwards the completion to a colleague: own mail, not addressed to the user',
    trusted: false, forUser: false, trap: true, from: hanakoFrom, to: '田中 部長 <tanaka@newcorp.example.co.jp>', caseId: H, enc: 'utf8qp',
    subject: 'Fwd: ' + formSubject(H),
    text: `田中さん\n\n認定アカウントの統合が終わったとの連絡がありましたので、共有します。\n\n佐藤\n\n${fwdJa(SUPPORT, '2026年12月8日(火) 14:30', formSubject(H), HANAKO.keep, '佐藤様\n\n統合が完了いたしました。\n\n吉田')}`,
  }),
  mk('unrelated', 'ja', {
    note: 'exam result from the test vendor: passed',
    trusted: false, from: 'Pearson VUE <noreply@pearsonvue.example.com>', caseId: null, enc: 'sjisb64',
    subject: '試験結果のお知らせ',
    text: `${KENJI.ja} 様\n\nAWS Certified SysOps Administrator の試験結果が確定しました。詳細は認定アカウントでご確認ください。\n\nPearson VUE`,
  }),
  mk('unrelated', 'ja', {
    note: 'event marketing from AWS',
    from: 'AWS Japan <aws-jp-events@amazon.com>', caseId: null, to: HANAKO.keep, enc: 'utf8b64',
    subject: 'AWS Summit Japan 登録受付開始',
    html: htmlDoc(`<p>AWS Summit Japan の登録受付を開始しました。認定者ラウンジもご用意しています。</p><p><a href="https://aws.amazon.com/jp/summits/">今すぐ登録</a></p>`),
  }),
  mk('unrelated', 'ja', {
    note: 'old company admin note redirected to an archive (Resent-*); not support, not for the user',
    trusted: false, forUser: false, trap: true, from: '総務部 <soumu@oldco.example.co.jp>', caseId: null, to: 'it-helpdesk@oldco.example.co.jp', enc: 'jis7',
    resent: { from: 'postmaster@oldco.example.co.jp', to: 'archive@oldco.example.co.jp', date: 'Tue, 8 Dec 2026 03:11:09 +0900' },
    subject: 'Re: 退職者アドレス宛のメール',
    text: `情報システム部 御中\n\n退職者 ${KENJI.src} 宛てのメールを転送設定によりアーカイブへ送ります。統合の件は本人が個人アドレスで対応済みとのことです。\n\n総務`,
  }),
];

export const JA: Msg[] = [...ACK, ...AI, ...INFO, ...CONF, ...DONE, ...BADGE, ...CLOSE, ...REPLY, ...OTHER];
