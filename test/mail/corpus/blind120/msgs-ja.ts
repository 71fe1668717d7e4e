// Japanese messages of the "do" set: the case's clock (reminders, auto-close, re-opened cases, late mail).
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY, AWS_SUPPORT_NOTIFY, CASE, CERT_PORTAL, CREDLY_AWS, HANAKO, KENJI, SUPPORT, SUPPORT_BARE, SUPPORT_JA, TARO, TRAINING,
  formSubject, gmailJa, htmlDoc, mk, newSubject, outlookJa, paras, quote, sfOriginalJa, sfRef,
} from './common.js';

const toTaro = `${TARO.ja} <${TARO.keep}>`;
const toHanako = `${HANAKO.ja} <${HANAKO.keep}>`;
const toKenji = `${KENJI.ja} <${KENJI.keep}>`;
const toKenjiOld = `${KENJI.ja} <${KENJI.src}>`;

const KENJI_ASK = `AWS認定アカウントが2つあり、1つにまとめていただきたくご連絡しました。
残す方: ${KENJI.keepId} / ${KENJI.keep}
まとめる方: ${KENJI.srcId} / ${KENJI.src}
氏名: 森 健二、会社名: 株式会社サンプル`;

const HANAKO_ASK = `お世話になります。佐藤です。
転職で会社のアドレスが使えなくなるので、旧アカウント(${HANAKO.src})の認定を
個人のアカウント(${HANAKO.keep})に移していただけますか。`;

const TARO_ASK = `認定アカウントの統合を希望します。
統合先 ${TARO.keepId}、統合元 ${TARO.srcId} です。`;

const SUP_INFO_KENJI = `森様
お問い合わせありがとうございます。統合作業を進めるにあたり、以下をお知らせください。
- 両アカウントの認定番号 (Validation Number)
- 各アカウントのログイン用メールアドレス`;

export const JA: Msg[] = [
  // ---------------- acknowledgement (7) ----------------
  mk({
    slug: 'ack-kenji-form', kind: 'acknowledgement', lang: 'ja', enc: 'jis7', to: toKenji, at: '2026-02-02 09:14:05',
    subject: newSubject(CASE.kenji), caseId: CASE.kenji,
    note: 'automatic receipt of the new form case, case ID in subject and body',
    text: `森 健二 様

AWS トレーニングと認定へのお問い合わせを受け付けました。
ケース ID: ${CASE.kenji}

通常 1 - 2 営業日以内に担当者よりご連絡いたします。土日祝日および年末年始は
翌営業日以降の対応となりますので、あらかじめご了承ください。
同じ内容で新しいお問い合わせを作成されますと、回答までにお時間をいただく場合がございます。

本メールは送信専用アドレスから自動送信されています。`,
  }),
  mk({
    slug: 'ack-hanako-sjis', kind: 'acknowledgement', lang: 'ja', enc: 'sjis8', to: toHanako, at: '2026-01-19 22:47:31',
    subject: `[CASE ${CASE.hanako}] お問い合わせを受け付けました`, caseId: CASE.hanako,
    note: 'receipt sent late at night; says reply comes on the next business day',
    text: `佐藤 花子 様

このたびはご連絡いただき、ありがとうございます。
お問い合わせ番号 ${CASE.hanako} にて承りました。

受付時間外(平日 9:00 - 18:00 以外)にいただいたお問い合わせは、翌営業日より順次確認いたします。
回答まで今しばらくお待ちください。

AWS Training and Certification カスタマーサポート`,
  }),
  mk({
    slug: 'ack-taro-html', kind: 'acknowledgement', lang: 'ja', enc: 'utf8qp', to: toTaro, at: '2026-03-09 11:02:44',
    subject: `お問い合わせ受付のお知らせ [CASE ${CASE.taro}]`, caseId: CASE.taro,
    note: 'HTML-only receipt; target response time stated; nothing else happens',
    html: htmlDoc(`<p>山田 太郎 様</p>
<p>AWS トレーニングと認定 サポートセンターです。<br>
下記の内容でお問い合わせを登録しました。</p>
<table border="0"><tr><td>ケース番号</td><td>${CASE.taro}</td></tr>
<tr><td>カテゴリ</td><td>アカウント関連</td></tr>
<tr><td>受付日時</td><td>2026/03/09 11:02 (JST)</td></tr></table>
<p>目安として 2 営業日以内に回答いたします。ご返信の際は件名を変更せずにお送りください。</p>`),
  }),
  mk({
    slug: 'ack-kenji2-second', kind: 'acknowledgement', lang: 'ja', enc: 'jisb64', to: toKenji, at: '2026-02-09 08:03:11',
    subject: newSubject(CASE.kenji2), caseId: CASE.kenji2,
    note: 'receipt of a second case the user opened when the first one went quiet; still a bare receipt',
    text: `森 健二 様

お問い合わせいただきありがとうございます。ケース ${CASE.kenji2} として登録いたしました。

※ 担当者からのご連絡には、通常 24 - 48 時間ほどかかります。
※ すでに同じ内容のケースをお持ちの場合、そちらでのやり取りを継続いただくと、より早くご案内できます。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ack-hanako-late', kind: 'acknowledgement', lang: 'ja', enc: 'utf8b64', to: toHanako, at: '2026-01-21 03:12:09',
    subject: `【自動送信】ケース ${CASE.hanako} を受け付けました`, caseId: CASE.hanako,
    extra: ['X-Delayed-Delivery: queued 2 days at upstream relay'],
    note: 'the receipt arrives two days late, after the case already moved; still the receipt',
    text: `ご担当者様

お問い合わせ(ケース番号: ${CASE.hanako})を受け付けました。
このメールはシステムにより自動で送信されています。本メールに返信されても対応いたしかねます。

受付日: 2026年1月19日`,
  }),
  mk({
    slug: 'ack-lookalike', kind: 'acknowledgement', lang: 'ja', enc: 'utf8qp', to: toTaro, at: '2026-03-09 11:40:02',
    from: 'AWS トレーニングと認定 <support@aws-training-desk.jp>', auth: 'pass', trusted: false,
    subject: `[CASE ${CASE.taro}] 受付完了のご案内`, caseId: CASE.taro,
    note: 'a receipt from a look-alike domain (aws-training-desk.jp): kind by content, untrusted',
    text: `山田様

お問い合わせを受け付けました(ケース ${CASE.taro})。
本人確認のため、72時間以内に下記ページからサインインしてください。
期限を過ぎますとお問い合わせは無効となります。
https://aws-training-desk.jp/verify`,
  }),
  mk({
    slug: 'ack-notopic', kind: 'acknowledgement', lang: 'ja', enc: 'sjisb64', to: toKenji, at: '2026-04-01 10:00:47',
    from: AWS_SUPPORT_NOTIFY,
    subject: `ケース ${CASE.kenji} を受け付けました`, caseId: CASE.kenji,
    note: 'a receipt that says nothing of its topic is read as what it looks like',
    text: `お客様

サポートケースを作成しました。
ケース ID: ${CASE.kenji}
重要度: 一般的なガイダンス (初回応答の目標: 24 時間以内)

ケースの状況はサポートセンターからいつでもご確認いただけます。`,
  }),

  // ---------------- ai_answer (7) ----------------
  mk({
    slug: 'ai-merge-tool', kind: 'ai_answer', lang: 'ja', enc: 'utf8qp', to: toKenji, at: '2026-02-02 09:12:40',
    from: AWS_NOTIFY, subject: 'お問い合わせ内容に関する自動回答',
    note: 'AI-generated suggestion before the case is created; points to the self-service tool',
    text: `AI が生成した回答です。内容をご確認のうえ、解決しない場合は「ケースを作成」を選択してください。

認定アカウントの統合は、AWS Certification のプロフィール画面にある「アカウントの統合」から
お客様ご自身で行えます。手続きには 2 つのアカウントの認定候補者 ID が必要です。
どちらのアカウントにも受験履歴がある場合はツールでの統合ができないため、その際はサポートまでお問い合わせください。

この回答は役に立ちましたか?`,
  }),
  mk({
    slug: 'ai-timeline', kind: 'ai_answer', lang: 'ja', enc: 'jis7', to: toHanako, at: '2026-01-19 22:44:03',
    from: AWS_NOTIFY, subject: 'AWS トレーニングと認定: 自動応答による回答候補',
    note: 'automated answer that explains how long a merge takes; still an AI answer',
    text: `以下は自動生成された回答の候補です。

統合のご依頼後、通常は数営業日で処理されます。統合が済むと、統合元の認定資格と特典は
統合先アカウントに表示されるようになります。Credly のバッジは、統合後に改めて受け取り手続きが必要な場合があります。

この内容で解決しない場合は、引き続きフォームからケースを作成してください。`,
  }),
  mk({
    slug: 'ai-html-sjis', kind: 'ai_answer', lang: 'ja', enc: 'sjis8', to: toTaro, at: '2026-03-09 10:58:18',
    from: AWS_NOTIFY, subject: 'おすすめの解決方法があります',
    note: 'automated suggestion with self-service steps, no case yet',
    text: `山田 太郎 様

お問い合わせ内容から、次の方法で解決できる可能性があります。

1. AWS Certification アカウントにサインイン
2. [プロフィール] から [アカウントのマージ] を開く
3. もう一方のアカウントの情報を入力して送信

処理は即時に反映されます。うまくいかない場合のみ、お問い合わせを続けてください。
(この回答は AI により生成されました)`,
  }),
  mk({
    slug: 'ai-deadline', kind: 'ai_answer', lang: 'ja', enc: 'utf8b64', to: toKenji, at: '2026-02-09 07:59:02',
    from: AWS_NOTIFY, subject: 'Amazon Q による回答: 認定アカウントの統合',
    trap: true,
    note: 'AI answer that talks about closing and response times; not a closing notice',
    text: `Amazon Q の回答 (生成 AI によるものです)

同じ内容のケースがすでにある場合、新しいケースを作成すると回答が遅れることがあります。
既存のケースに返信がない状態が続くと、そのケースは一定期間後に自動的にクローズされますが、
同じメールスレッドに返信すれば再開できます。統合自体はセルフサービスのツールからも申請できます。

参考になりましたか? はい / いいえ`,
  }),
  mk({
    slug: 'ai-badges-first', kind: 'ai_answer', lang: 'ja', enc: 'jisb64', to: toHanako, at: '2026-05-11 13:20:55',
    from: AWS_NOTIFY, subject: 'ご質問への自動回答(Credly バッジ)',
    trap: true,
    note: 'AI answer about badges moving after a merge; talks of badges without them moving',
    text: `自動応答システムからのご案内です。

アカウント統合後、Credly のデジタルバッジは統合先アカウントのメールアドレスあてに再発行されます。
先に統合を済ませ、そのあとで Credly 側で受け取り手続きを行ってください。
バッジの受け取りメールが 7 日たっても届かない場合は、ケースを作成してお知らせください。`,
  }),
  mk({
    slug: 'ai-mixed', kind: 'ai_answer', lang: 'ja', enc: 'utf8qp', to: toTaro, at: '2026-06-03 18:31:12',
    from: 'AWS Support Assistant <no-reply-aws@amazon.com>', subject: 'Suggested answer / 回答の候補',
    note: 'bilingual automated suggestion, Japanese new text with English boilerplate',
    text: `This answer was generated automatically.

ご質問ありがとうございます。認定アカウントを 1 つにしたい場合、まずはセルフサービスの
「Merge Accounts」ツールをお試しください。両方のアカウントで試験を受けたことがあるときは
ツールが使えないため、お手数ですがサポートケースを作成してください。

Was this helpful? Yes / No`,
  }),
  mk({
    slug: 'ai-lookalike-q', kind: 'ai_answer', lang: 'ja', enc: 'sjisb64', to: toKenji, at: '2026-04-14 12:05:40',
    from: AWS_NOTIFY, subject: 'よくあるご質問からの回答', trap: true,
    note: 'automated FAQ answer that explains the confirmation step; not a request to confirm',
    text: `自動回答です。

サポートに統合をご依頼いただくと、担当者から統合の最終確認のメールが届きます。
統合は取り消しができないため、その際は内容をよくお読みのうえご返信ください。
返信をいただいてから処理が始まります。`,
  }),

  // ---------------- info_request (9) ----------------
  mk({
    slug: 'info-kenji-first', kind: 'info_request', lang: 'ja', enc: 'jis7', to: toKenji, at: '2026-02-03 14:22:10',
    subject: formSubject(CASE.kenji), caseId: CASE.kenji,
    note: 'first human reply asks for validation numbers and login addresses',
    text: `${SUP_INFO_KENJI}

いただいた情報をもとに確認を進めます。何卒よろしくお願いいたします。

AWS Training and Certification 担当 小林

${sfRef('KEN1')}

${sfOriginalJa(KENJI.keep, '2026/02/02 9:14', SUPPORT_BARE, newSubject(CASE.kenji), KENJI_ASK)}`,
  }),
  mk({
    slug: 'info-kenji-reask', kind: 'info_request', lang: 'ja', enc: 'jisb64', to: toKenji, at: '2026-02-06 10:05:33',
    subject: formSubject(CASE.kenji), caseId: CASE.kenji, trap: true,
    note: 'a reminder that only re-asks for the same details (no closing threat); uses "確認" words',
    text: `森様

先日お願いしておりました件について、その後いかがでしょうか。
お手数ですが、両アカウントの認定番号とログインに使っているメールアドレスを
ご確認のうえお知らせください。いただき次第、作業を再開いたします。

小林

${quote(SUP_INFO_KENJI)}`,
  }),
  mk({
    slug: 'info-hanako-which', kind: 'info_request', lang: 'ja', enc: 'sjis8', to: toHanako, at: '2026-01-21 16:40:02',
    subject: formSubject(CASE.hanako), caseId: CASE.hanako,
    note: 'asks which account to keep; written without an explicit request word',
    text: `佐藤様

ご連絡ありがとうございます。お調べしたところ、お名前で登録されたアカウントが 3 件見つかりました。
AWS27740918、AWS61093352 のほかに、2019 年作成の AWS55501234 がございます。
どの ID を残し、どれを統合対象とするかが分かりますと、手続きに進めます。

AWS トレーニングと認定 カスタマーサポート 中村

${sfOriginalJa(HANAKO.keep, '2026/01/19 22:47', SUPPORT_BARE, newSubject(CASE.hanako), HANAKO_ASK)}`,
  }),
  mk({
    slug: 'info-taro-address', kind: 'info_request', lang: 'ja', enc: 'utf8qp', to: toTaro, at: '2026-03-11 09:30:19',
    subject: formSubject(CASE.taro), caseId: CASE.taro,
    note: 'asks the user to reply from the kept address and state both candidate IDs: info_request',
    text: `山田様

お待たせいたしました。本人確認のため、統合先として残すアカウントのメールアドレスから
このメールにご返信いただき、本文に両方の候補者 ID を記載してください。
現在のご連絡元(${TARO.src})は統合元のアドレスのため、こちらからの手続きは進められません。

宜しくお願い致します。
AWS T&C サポート 田中

${gmailJa('2026年3月9日(月) 11:01', TARO.ja, TARO.src, TARO_ASK)}`,
  }),
  mk({
    slug: 'info-kenji-slow', kind: 'info_request', lang: 'ja', enc: 'utf8b64', to: toKenji, at: '2026-02-16 11:18:45',
    subject: formSubject(CASE.kenji), caseId: CASE.kenji, trap: true,
    note: 'support apologises for its slow answer and asks for the pass dates; the delay and "統合" words are context',
    text: `森 様

ご返信が遅くなり、大変申し訳ございません。社内確認に想定以上の時間を要しました。
統合の手続きに入る前に、統合元アカウントで取得された認定の名称と合格日を
分かる範囲で教えていただけますでしょうか。

引き続きよろしくお願いいたします。
小林`,
  }),
  mk({
    slug: 'info-hanako-pending', kind: 'info_request', lang: 'ja', enc: 'jis7', to: toHanako, at: '2026-01-26 13:00:00',
    from: AWS_SUPPORT_NOTIFY,
    subject: `ケース ${CASE.hanako} はお客様のご対応待ちです`, caseId: CASE.hanako,
    note: 'status "pending customer action" notice that re-asks for the kept address, without a closing threat',
    text: `お客様

ケース ${CASE.hanako} のステータスが「お客様の対応待ち」に変更されました。
担当者より、統合後に使い続けるメールアドレスのご連絡をお願いしております。
本メールにご返信いただくか、サポートセンターからケースを更新してください。`,
  }),
  mk({
    slug: 'info-outlook-thread', kind: 'info_request', lang: 'ja', enc: 'sjisb64', to: toKenji, at: '2026-04-15 15:45:27',
    subject: formSubject(CASE.kenji), caseId: CASE.kenji,
    note: 'reopened case: support asks again for the voucher code the user mentioned; Outlook quote below',
    text: `森様

ケースを再開いたしました。ご指摘の受験特典(50% 割引バウチャー)について調査するため、
お手元のバウチャーコードと有効期限を本メールへの返信でお送りください。

小林

${outlookJa(`${KENJI.ja} <${KENJI.keep}>`, '2026年4月14日 12:10', SUPPORT_BARE, formSubject(CASE.kenji), `統合後、割引特典が表示されていません。確認をお願いできますか。`)}`,
  }),
  mk({
    slug: 'info-fail-auth', kind: 'info_request', lang: 'ja', enc: 'utf8qp', to: toTaro, at: '2026-03-12 20:11:04',
    auth: 'fail', trusted: false,
    subject: formSubject(CASE.taro), caseId: CASE.taro,
    note: 'info request whose DMARC check failed; content is an info request, untrusted',
    text: `山田様

統合のため、以下を至急ご返信ください。
・両アカウントのパスワード
・生年月日
本日中にご返信がない場合、手続きを保留とします。`,
  }),
  mk({
    slug: 'info-consent-form', kind: 'info_request', lang: 'ja', enc: 'jisb64', to: toHanako, at: '2026-02-02 10:20:41',
    subject: formSubject(CASE.hanakoOld), caseId: CASE.hanakoOld,
    note: 'asks for the expiry dates of each certification before the merge; no consent asked',
    text: `佐藤 花子 様

いつもお世話になっております。
お手続きを進めるにあたり、統合元のアカウントで保有している認定資格について、
それぞれの有効期限をお知らせいただけますと幸いです。
(統合後は期限の新しいものが残ります)

中村`,
  }),

  // ---------------- confirmation_request (8) ----------------
  mk({
    slug: 'conf-kenji', kind: 'confirmation_request', lang: 'ja', enc: 'jis7', to: toKenji, at: '2026-02-18 17:02:55',
    subject: formSubject(CASE.kenji), caseId: CASE.kenji,
    note: 'asks for consent to merge; irreversible',
    text: `森 様

情報のご提供ありがとうございました。以下の内容で統合いたします。

統合先: ${KENJI.keepId} (${KENJI.keep})
統合元: ${KENJI.srcId} (${KENJI.src})

一度統合したアカウントを元に戻すことはできません。上記でよろしければ、
「同意します」とご返信ください。ご返信をいただいた時点で作業を開始します。

小林`,
  }),
  mk({
    slug: 'conf-kenji-remind', kind: 'confirmation_request', lang: 'ja', enc: 'utf8qp', to: toKenji, at: '2026-02-23 09:00:12',
    subject: formSubject(CASE.kenji), caseId: CASE.kenji, trap: true,
    note: 'reminder that re-asks for consent only; the future merge words are the request, no closing threat',
    text: `森様

2 月 18 日にお送りした統合内容について、まだご返信を確認できておりません。
統合先 ${KENJI.keepId} に統合元 ${KENJI.srcId} をまとめてよいか、差し支えなければ
ひとことご返信いただけますでしょうか。統合は元に戻せない点、重ねてご留意ください。

${quote(`以下の内容で統合いたします。\n統合先: ${KENJI.keepId}\n統合元: ${KENJI.srcId}`)}`,
  }),
  mk({
    slug: 'conf-hanako-html', kind: 'confirmation_request', lang: 'ja', enc: 'utf8b64', to: toHanako, at: '2026-01-28 14:33:08',
    subject: formSubject(CASE.hanako), caseId: CASE.hanako,
    note: 'multipart consent request; asks the user to approve an irreversible merge',
    text: `佐藤様

残すアカウントのご連絡をありがとうございます。
${HANAKO.srcId} の認定履歴を ${HANAKO.keepId} に移し、${HANAKO.srcId} は無効になります。
この操作は取り消せません。ご承諾いただけるかどうか、返信でお聞かせください。

中村`,
    html: htmlDoc(paras(`佐藤様

残すアカウントのご連絡をありがとうございます。
${HANAKO.srcId} の認定履歴を ${HANAKO.keepId} に移し、${HANAKO.srcId} は無効になります。
この操作は取り消せません。ご承諾いただけるかどうか、返信でお聞かせください。

中村`)),
  }),
  mk({
    slug: 'conf-taro-sjis', kind: 'confirmation_request', lang: 'ja', enc: 'sjis8', to: toTaro, at: '2026-03-13 16:12:50',
    subject: formSubject(CASE.taro), caseId: CASE.taro,
    note: 'consent request with the date the merge will run once approved',
    text: `山田 太郎 様

ご本人確認が取れました。ありがとうございます。
承認のご返信をいただければ、翌営業日中に統合を実施いたします。
統合先: ${TARO.keepId} / 統合元: ${TARO.srcId}
※ 統合後に分割することはできません。

内容に誤りがなければ、「承認」の一言で結構ですのでご返信ください。
田中`,
  }),
  mk({
    slug: 'conf-hanako-2nd', kind: 'confirmation_request', lang: 'ja', enc: 'jisb64', to: toHanako, at: '2026-02-04 09:48:21',
    subject: formSubject(CASE.hanako), caseId: CASE.hanako, trap: true,
    note: 'second consent request after the first went unanswered; mentions the SLA pause, still asks for consent',
    text: `佐藤様

ご返信をお待ちしている間、本件の対応期限は一時停止しております。
念のため再度のご案内となりますが、アカウントの統合についてご同意いただけますか。
ご同意のご返信を受領してから 3 営業日以内に処理いたします。

中村`,
  }),
  mk({
    slug: 'conf-kenji2-dup', kind: 'confirmation_request', lang: 'ja', enc: 'sjisb64', to: toKenji, at: '2026-02-10 11:11:11',
    subject: formSubject(CASE.kenji2), caseId: CASE.kenji2,
    note: 'on the duplicate case, a different agent asks directly for merge consent',
    text: `森 健二 様

お問い合わせありがとうございます。AWS トレーニングと認定の伊藤です。
${KENJI.keep} と ${KENJI.src} の二つの認定アカウントを一つに統合してよろしいでしょうか。
統合すると元には戻せませんので、問題なければその旨ご返信をお願いします。

伊藤`,
  }),
  mk({
    slug: 'conf-forged-below', kind: 'confirmation_request', lang: 'ja', enc: 'utf8qp', to: toHanako, at: '2026-01-29 07:15:00',
    auth: 'forgedBelow', trusted: false,
    subject: formSubject(CASE.hanako), caseId: CASE.hanako,
    note: 'consent request whose only pass verdict sits below the server Received line: untrusted',
    text: `佐藤様

統合に同意いただける場合は、以下のリンクからサインインし「同意」を押してください。
48 時間以内に操作がない場合、お申し込みは取り消されます。
https://aws-certification-merge.example.net/consent`,
  }),
  mk({
    slug: 'conf-mobile', kind: 'confirmation_request', lang: 'ja', enc: 'utf88bit', to: toTaro, at: '2026-07-02 19:04:37',
    subject: formSubject('1776509981'), caseId: '1776509981',
    note: 'a new merge (second pair of accounts) consent request, short',
    text: `山田様

ご依頼の 2 件目の統合(AWS10937264 ← AWS77102938)について、実施してよろしいですか。
取り消し不可のため、ご了承のうえご返信願います。

田中`,
  }),

  // ---------------- merge_completed (8) ----------------
  mk({
    slug: 'done-kenji', kind: 'merge_completed', lang: 'ja', enc: 'jis7', to: toKenji, at: '2026-02-25 13:47:02',
    subject: formSubject(CASE.kenji), caseId: CASE.kenji,
    note: 'merge done; asks the user to check all looks right',
    text: `森様

お待たせいたしました。本日、統合元 ${KENJI.srcId} の認定履歴を ${KENJI.keepId} に移行いたしました。
認定アカウントにサインインし、資格と特典が表示されているかご確認ください。

小林`,
  }),
  mk({
    slug: 'done-hanako-close', kind: 'merge_completed', lang: 'ja', enc: 'sjis8', to: toHanako, at: '2026-02-06 18:20:15',
    subject: formSubject(CASE.hanako), caseId: CASE.hanako, trap: true,
    note: 'completion that also says the case will now close: the new fact is the merge',
    text: `佐藤様

ご同意ありがとうございました。アカウントの統合処理が完了しております。
今後は ${HANAKO.keep} でサインインしてください。
本件はこれにてクローズとさせていただきます。追加のご質問があれば、このメールにご返信ください。

中村`,
  }),
  mk({
    slug: 'done-portal', kind: 'merge_completed', lang: 'ja', enc: 'utf8qp', to: toTaro, at: '2026-03-16 02:11:40',
    from: CERT_PORTAL, subject: 'AWS Certification: アカウントが統合されました',
    note: 'certification portal notice, no case ID',
    html: htmlDoc(`<p>山田 太郎 様</p>
<p>お客様の AWS Certification アカウントの統合が処理されました。<br>
統合元アカウントの試験履歴・認定・特典は、現在ご利用中のアカウントでご覧いただけます。</p>
<p>このメールに心当たりがない場合は、AWS Certification までお問い合わせください。</p>`),
  }),
  mk({
    slug: 'done-late', kind: 'merge_completed', lang: 'ja', enc: 'jisb64', to: toKenji, at: '2026-02-25 13:52:10',
    from: CERT_PORTAL, subject: 'アカウント統合のお知らせ',
    extra: ['X-Original-Send-Time: 2026-02-25T04:50:00Z'],
    note: 'portal completion notice that arrived out of order (after support mail); still the completion',
    text: `森 健二 様

認定アカウントのマージが完了しました。
統合元で取得された認定資格は、すべてこのアカウントに表示されます。
表示に反映されるまで最大 24 時間かかる場合があります。`,
  }),
  mk({
    slug: 'done-taro-quote', kind: 'merge_completed', lang: 'ja', enc: 'utf8b64', to: toTaro, at: '2026-03-16 10:04:33',
    subject: formSubject(CASE.taro), caseId: CASE.taro, trap: true,
    note: 'completion reply above a quoted consent thread; mentions badges only as a next step',
    text: `山田様

ご承認を受け、統合の作業を終えました。${TARO.srcId} の資格は ${TARO.keepId} に移っております。
なお、Credly のバッジについては別途のご案内となります。数日お待ちください。

田中

${gmailJa('2026年3月13日(金) 21:40', TARO.ja, TARO.keep, `承認します。よろしくお願いします。\n\n${quote(`承認のご返信をいただければ、翌営業日中に統合を実施いたします。`)}`)}`,
  }),
  mk({
    slug: 'done-kenji2', kind: 'merge_completed', lang: 'ja', enc: 'sjisb64', to: toKenji, at: '2026-02-12 15:30:02',
    subject: formSubject(CASE.kenji2), caseId: CASE.kenji2,
    note: 'the duplicate case is where the merge was actually done; says so',
    text: `森 様

ご同意いただいた統合について、処理が完了したことをお知らせします。
${KENJI.keep} のアカウントに二つ分の認定が表示されるはずです。お手数ですがご確認をお願いします。

伊藤`,
  }),
  mk({
    slug: 'done-lookalike-server', kind: 'merge_completed', lang: 'ja', enc: 'utf8qp', to: toHanako, at: '2026-02-06 19:01:45',
    auth: 'lookalikeServer', trusted: false,
    subject: formSubject(CASE.hanako), caseId: CASE.hanako,
    note: 'completion whose A-R comes from a look-alike authserv-id: untrusted',
    text: `佐藤様

統合を完了いたしました。旧アカウントのデータ削除のため、下記から 24 時間以内にログインしてください。`,
  }),
  mk({
    slug: 'done-mixed', kind: 'merge_completed', lang: 'ja', enc: 'utf8qp', to: toKenji, at: '2026-08-20 10:15:30',
    subject: formSubject('1781299004'), caseId: '1781299004', trap: true,
    note: 'English boilerplate around a Japanese completion; mentions the survey and auto-close afterwards',
    text: `森様

統合が済みました。Both accounts have been combined into ${KENJI.keepId}.
このケースは 24 時間後に自動的に解決済みとなり、その後アンケートが届きます。

Best regards,
Amazon Web Services`,
  }),

  // ---------------- badges_transferred (7) ----------------
  mk({
    slug: 'badge-credly-ja', kind: 'badges_transferred', lang: 'ja', enc: 'utf8qp', to: toKenji, at: '2026-02-27 08:02:19',
    from: CREDLY_AWS, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'AWS badge issued via Credly to the kept address after the merge',
    html: htmlDoc(`<p>森 健二 様</p>
<p>Amazon Web Services Training and Certification から AWS Certified Solutions Architect - Associate のバッジが発行されました。</p>
<p><a href="https://www.credly.com/badges/accept">バッジを入手する</a></p>
<p>このメールは Credly から送信されています。</p>`),
  }),
  mk({
    slug: 'badge-support-close', kind: 'badges_transferred', lang: 'ja', enc: 'jis7', to: toHanako, at: '2026-02-13 11:26:40',
    subject: formSubject(CASE.hanako), caseId: CASE.hanako, trap: true,
    note: 'support says the badges were moved and the case is closed: badges_transferred',
    text: `佐藤様

ご連絡いただいていた Credly のバッジについて、${HANAKO.keep} のアカウントへ移行いたしました。
Credly にサインインしてご確認ください。本件はこれをもってクローズいたします。

中村`,
  }),
  mk({
    slug: 'badge-kenji-reopen', kind: 'badges_transferred', lang: 'ja', enc: 'sjis8', to: toKenji, at: '2026-03-03 16:44:08',
    subject: formSubject(CASE.kenji), caseId: CASE.kenji,
    note: 'after the case was re-opened, support reports the badges now sit on the kept account',
    text: `森様

再オープンいただいたケースの件です。旧アカウントに残っていたデジタルバッジ 3 件を、
${KENJI.keep} の Credly アカウントに付け替えました。反映まで少し時間がかかることがあります。

小林`,
  }),
  mk({
    slug: 'badge-credly-sjis', kind: 'badges_transferred', lang: 'ja', enc: 'sjisb64', to: toTaro, at: '2026-03-18 09:09:09',
    from: CREDLY_AWS, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'AWS badge via Credly, Shift_JIS base64 body',
    text: `山田 太郎 様

おめでとうございます。Amazon Web Services Training and Certification が
AWS Certified Developer - Associate のバッジをあなたに発行しました。

バッジを入手する: https://www.credly.com/earner/earned/badge/accept

Credly`,
  }),
  mk({
    slug: 'badge-late', kind: 'badges_transferred', lang: 'ja', enc: 'utf8b64', to: toHanako, at: '2026-02-20 23:55:01',
    subject: formSubject(CASE.hanako), caseId: CASE.hanako,
    note: 'a week after closing, support adds that the badges moved (late event on a closed case)',
    text: `佐藤様

クローズ後のご連絡となり失礼いたします。
バッジ移行のチームより、残っていた 1 件についても統合先アカウントへの移動が済んだとの報告がありました。

中村`,
  }),
  mk({
    slug: 'badge-misaligned', kind: 'badges_transferred', lang: 'ja', enc: 'utf8qp', to: toKenji, at: '2026-02-27 09:30:00',
    from: CREDLY_AWS, auth: 'misaligned', trusted: false,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'Credly-looking badge mail signed by an unrelated domain, DMARC fail: untrusted',
    text: `森 健二 様

新しいバッジが発行されました。バッジを入手するには、24 時間以内にパスワードを再設定してください。`,
  }),
  mk({
    slug: 'badge-moved-mixed', kind: 'badges_transferred', lang: 'ja', enc: 'jisb64', to: toTaro, at: '2026-03-24 12:12:12',
    subject: formSubject(CASE.taro), caseId: CASE.taro,
    note: 'support says the Credly badges were relinked to the kept address',
    text: `山田様

お待たせしました。Credly 側で、旧アドレス ${TARO.src} に紐づいていたバッジを
${TARO.keep} に移し終えたとの連絡を受けました。バッジ一覧からご確認いただけます。

田中`,
  }),

  // ---------------- case_closed (10) ----------------
  mk({
    slug: 'close-warn-kenji', kind: 'case_closed', lang: 'ja', enc: 'jis7', to: toKenji, at: '2026-02-09 10:00:00',
    subject: formSubject(CASE.kenji), caseId: CASE.kenji, trap: true,
    note: 'will close without a reply; repeats the info ask: case_closed',
    text: `森様

2 月 3 日にお願いした認定番号とメールアドレスについて、まだご返信をいただいておりません。
3 営業日以内にご返信がない場合、本ケースはクローズさせていただきます。
クローズ後も、このメールにご返信いただければ再開できます。

小林`,
  }),
  mk({
    slug: 'close-inactive-notice', kind: 'case_closed', lang: 'ja', enc: 'utf8qp', to: toKenji, at: '2026-02-13 00:05:00',
    from: AWS_SUPPORT_NOTIFY, subject: `ケース ${CASE.kenji} は解決済みになりました`, caseId: CASE.kenji,
    note: 'closed due to inactivity',
    text: `お客様

一定期間ご対応がなかったため、ケース ${CASE.kenji} を解決済みとしました。
引き続きサポートが必要な場合は、14 日以内であればケースを再度開くことができます。`,
  }),
  mk({
    slug: 'close-warn-bare', kind: 'case_closed', lang: 'ja', enc: 'sjis8', to: toHanako, at: '2026-01-31 09:15:42',
    subject: formSubject(CASE.hanako), caseId: CASE.hanako,
    note: 'short auto-close warning, no restated request',
    text: `佐藤様

ご返信がない場合、2 月 3 日をもちまして本件をクローズいたします。

中村`,
  }),
  mk({
    slug: 'close-restate-merge', kind: 'case_closed', lang: 'ja', enc: 'jisb64', to: toTaro, at: '2026-03-23 17:40:22',
    subject: formSubject(CASE.taro), caseId: CASE.taro, trap: true,
    note: 'closing that only restates the merge done last week: case_closed',
    text: `山田様

先週ご連絡のとおり、アカウントの統合は 3 月 16 日に完了しております。
その後ご質問がございませんので、本ケースは解決済みとしてクローズいたします。

田中`,
  }),
  mk({
    slug: 'close-pending-cust', kind: 'case_closed', lang: 'ja', enc: 'utf8b64', to: toHanako, at: '2026-01-30 12:00:00',
    from: AWS_SUPPORT_NOTIFY, subject: `[要対応] ケース ${CASE.hanako}: ご返信をお待ちしています`, caseId: CASE.hanako, trap: true,
    note: 'pending-customer notice that will auto-resolve in 5 days; re-asks consent wording in passing',
    text: `お客様

ケース ${CASE.hanako} はお客様のご対応待ちとなっています(担当者から統合へのご同意をお願いしています)。
5 日以内にご返信がない場合、ケースは自動的に解決済みとなります。`,
  }),
  mk({
    slug: 'close-kenji2-dup', kind: 'case_closed', lang: 'ja', enc: 'sjisb64', to: toKenji, at: '2026-02-12 16:02:31',
    subject: formSubject(CASE.kenji2), caseId: CASE.kenji2,
    note: 'closing the duplicate case after the work was done on the other one, without restating a new merge',
    text: `森様

先にお問い合わせいただいたケース ${CASE.kenji} と内容が重複しているため、
こちらのケース(${CASE.kenji2})はクローズいたします。今後のやり取りは元のケースでお願いします。

伊藤`,
  }),
  mk({
    slug: 'close-outlook-html', kind: 'case_closed', lang: 'ja', enc: 'utf8qp', to: toKenji, at: '2026-04-24 09:00:03',
    subject: formSubject(CASE.kenji), caseId: CASE.kenji,
    note: 'HTML+text: the reopened case will close after 7 days of silence',
    text: `森様

バウチャーの件で再開したケースですが、その後のご連絡がございません。
本日から 7 日以内に返信がなければ、解決したものとしてケースを終了します。

小林`,
    html: htmlDoc(paras(`森様

バウチャーの件で再開したケースですが、その後のご連絡がございません。
本日から 7 日以内に返信がなければ、解決したものとしてケースを終了します。

小林`)),
  }),
  mk({
    slug: 'close-taro-final', kind: 'case_closed', lang: 'ja', enc: 'jis7', to: toTaro, at: '2026-07-14 08:30:00',
    subject: formSubject('1776509981'), caseId: '1776509981',
    note: 'final notice: closed because consent never came back for the second merge',
    text: `山田様

2 件目の統合についてご承認のご返信をお待ちしておりましたが、期限までにいただけなかったため、
本ケースはクローズとなりました。引き続き統合をご希望の場合は、本メールへの返信でお知らせください。

田中`,
  }),
  mk({
    slug: 'close-phish', kind: 'case_closed', lang: 'ja', enc: 'utf8qp', to: toHanako, at: '2026-02-08 06:41:19',
    from: 'AWS Support <support@amazon-case-center.com>', auth: 'none', trusted: false,
    subject: `ケース ${CASE.hanako} はクローズされました`, caseId: CASE.hanako,
    note: 'closing notice from a look-alike domain with no authentication: untrusted',
    text: `お客様のケースはクローズされました。再開するには 24 時間以内に以下からログインしてください。
https://amazon-case-center.com/reopen`,
  }),
  mk({
    slug: 'close-badges-restate', kind: 'case_closed', lang: 'ja', enc: 'sjis8', to: toKenji, at: '2026-03-10 10:10:10',
    subject: formSubject(CASE.kenji), caseId: CASE.kenji, trap: true,
    note: 'closing that only restates the badges moved earlier (3 March): case_closed',
    text: `森様

3 月 3 日にバッジの付け替えをご案内して以降、追加のご要望がないため、
お問い合わせはこれで完了とさせていただきます。ご利用ありがとうございました。

小林`,
  }),

  // ---------------- support_reply (8) ----------------
  mk({
    slug: 'sr-thanks-consent', kind: 'support_reply', lang: 'ja', enc: 'jis7', to: toKenji, at: '2026-02-19 09:12:44',
    subject: formSubject(CASE.kenji), caseId: CASE.kenji, trap: true,
    note: 'thanks for confirming, passed to the team; merge is future',
    text: `森様

ご同意のご返信をありがとうございます。担当チームへ依頼いたしました。
作業が終わりましたら、改めてこちらからご連絡いたします。通常 3 - 5 営業日ほどかかります。

小林`,
  }),
  mk({
    slug: 'sr-reopened', kind: 'support_reply', lang: 'ja', enc: 'utf8qp', to: toKenji, at: '2026-02-14 10:03:27',
    subject: formSubject(CASE.kenji), caseId: CASE.kenji, trap: true,
    note: 'case reopened after the user answered late; the data arrived, nothing else asked',
    text: `森様

ご返信をいただきましたので、解決済みとなっていたケースを再度オープンしました。
いただいた認定番号をもとに、現在確認を進めております。今しばらくお待ちください。

小林`,
  }),
  mk({
    slug: 'sr-sla', kind: 'support_reply', lang: 'ja', enc: 'sjis8', to: toHanako, at: '2026-01-23 18:05:00',
    subject: formSubject(CASE.hanako), caseId: CASE.hanako,
    note: 'status update: busy season, answer in 5 business days',
    text: `佐藤様

現在お問い合わせが大変混み合っており、ご回答までに最大 5 営業日ほど頂戴しております。
順番に対応しておりますので、恐れ入りますが同じ内容での再送はお控えください。

中村`,
  }),
  mk({
    slug: 'sr-not-yet', kind: 'support_reply', lang: 'ja', enc: 'jisb64', to: toTaro, at: '2026-03-15 11:45:12',
    subject: formSubject(CASE.taro), caseId: CASE.taro, trap: true,
    note: 'negated: the merge has not finished yet; no request',
    text: `山田様

お問い合わせの件、統合はまだ完了しておりません。週末を挟むため、
処理の完了は週明けになる見込みです。完了しましたらお知らせいたします。

田中`,
  }),
  mk({
    slug: 'sr-dup-cases', kind: 'support_reply', lang: 'ja', enc: 'utf8b64', to: toKenji, at: '2026-02-10 10:40:00',
    subject: formSubject(CASE.kenji), caseId: CASE.kenji, trap: true,
    note: 'we merged your duplicate cases: not the account merge',
    text: `森様

同じ内容で 2 件のケース(${CASE.kenji} / ${CASE.kenji2})をお送りいただいていたため、
社内で 1 件に統合いたしました。以後はどちらのスレッドに返信いただいても同じ担当が確認します。

小林`,
  }),
  mk({
    slug: 'sr-holiday', kind: 'support_reply', lang: 'ja', enc: 'jis7', to: toHanako, at: '2026-04-28 17:30:00',
    from: SUPPORT_JA, subject: formSubject(CASE.hanakoOld), caseId: CASE.hanakoOld,
    note: 'agent says the office is closed for the holidays and answers after 7 May; a human status reply',
    text: `佐藤様

ご連絡ありがとうございます。誠に勝手ながら、4 月 29 日から 5 月 6 日までは休業期間のため、
ご回答は 5 月 7 日以降となります。お待たせして申し訳ございません。

中村`,
  }),
  mk({
    slug: 'sr-escalated', kind: 'support_reply', lang: 'ja', enc: 'sjisb64', to: toTaro, at: '2026-03-20 14:14:14',
    subject: formSubject(CASE.taro), caseId: CASE.taro, trap: true,
    note: 'badges not moved yet; escalated to the Credly team; no event',
    text: `山田様

バッジが移っていない件、承知しました。Credly の担当チームにエスカレーションしております。
回答が届き次第、こちらのケースでご案内いたします。

田中`,
  }),
  mk({
    slug: 'sr-write-from-keep', kind: 'support_reply', lang: 'ja', enc: 'utf8qp', to: toKenjiOld, at: '2026-02-02 15:00:41',
    subject: formSubject(CASE.kenji), caseId: CASE.kenji,
    note: 'asks to write from the kept address, without asking for any data: support_reply',
    text: `森様

お手数ですが、今後のやり取りは残される方のメールアドレスからお願いいたします。
追ってこちらからご案内を差し上げます。

小林`,
  }),

  // ---------------- unrelated (9) ----------------
  mk({
    slug: 'un-survey', kind: 'unrelated', lang: 'ja', enc: 'utf8qp', to: toKenji, at: '2026-03-11 09:00:00',
    from: AWS_NOTIFY, subject: `サポートに関するアンケートのお願い(ケース ${CASE.kenji})`, caseId: CASE.kenji, trap: true,
    note: 'survey after closing: unrelated; case ID present',
    text: `森 健二 様

先日クローズされたお問い合わせ(ケース ${CASE.kenji})について、対応へのご意見をお聞かせください。
問題は解決しましたか? 所要時間は 1 分ほどです。
https://survey.aws.amazon.com/s/example`,
  }),
  mk({
    slug: 'un-own-reply', kind: 'unrelated', lang: 'ja', enc: 'jis7', to: SUPPORT, at: '2026-02-18 21:15:02',
    from: toKenji, auth: 'none', relay: 'smtp.example.jp', trusted: false, forUser: true, cc: `${KENJI.ja} <${KENJI.src}>`,
    subject: formSubject(CASE.kenji), caseId: CASE.kenji, trap: true,
    note: 'the user own consent reply (copy to own old address): unrelated, untrusted',
    text: `小林様

内容を確認しました。統合に同意します。よろしくお願いいたします。

森

${gmailJa('2026年2月18日(水) 17:02', 'AWS Training and Certification', SUPPORT_BARE, `一度統合したアカウントを元に戻すことはできません。上記でよろしければ、\n「同意します」とご返信ください。`)}`,
  }),
  mk({
    slug: 'un-refund-close', kind: 'unrelated', lang: 'ja', enc: 'sjis8', to: toTaro, at: '2026-03-05 10:30:00',
    subject: `RE:[CASE ${CASE.refund}] 受験料の返金について`, caseId: CASE.refund, trap: true,
    note: 'closing of the user other case about an exam refund',
    text: `山田様

受験料の返金手続きが済みましたので、本ケースはクローズいたします。
カード会社の処理により、反映まで 1 - 2 週間かかる場合がございます。

AWS トレーニングと認定 サポート`,
  }),
  mk({
    slug: 'un-ooo-colleague', kind: 'unrelated', lang: 'ja', enc: 'jisb64', to: toHanako, at: '2026-01-28 14:40:00',
    from: '高橋 誠 <makoto.takahashi@oldcorp.example.com>', auth: 'none', relay: 'mail.oldcorp.example.com', trusted: false,
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    subject: `自動応答: ${formSubject(CASE.hanako)}`, caseId: CASE.hanako, trap: true,
    note: 'a colleague out-of-office auto reply quoting the consent request',
    text: `ただいま出張中のため、2 月 2 日まで返信が遅れます。急ぎの件は総務部までご連絡ください。

${quote(`この操作は取り消せません。ご承諾いただけるかどうか、返信でお聞かせください。`)}`,
  }),
  mk({
    slug: 'un-exam-remind', kind: 'unrelated', lang: 'ja', enc: 'utf8b64', to: toKenji, at: '2026-05-18 07:00:00',
    from: TRAINING, subject: '試験日のリマインダー: 3 日後に受験予定です', trap: true,
    note: 'exam appointment reminder with confirmation wording',
    text: `森 健二 様

AWS Certified Security - Specialty の受験予定日が近づいています。
日時: 2026年5月21日 10:00
予約内容をご確認のうえ、当日は本人確認書類をお持ちください。変更は 24 時間前まで可能です。`,
  }),
  mk({
    slug: 'un-credly-other', kind: 'unrelated', lang: 'ja', enc: 'utf8qp', to: toTaro, at: '2026-03-19 09:40:00',
    from: 'Microsoft via Credly <admin@credly.com>', subject: 'Microsoftのバッジ発行のお知らせ', trap: true,
    note: 'another issuer badge via Credly',
    text: `山田 太郎 様

Microsoft が Azure Fundamentals のバッジをあなたに発行しました。
バッジを入手する: https://www.credly.com/badges/accept`,
  }),
  mk({
    slug: 'un-forward-boss', kind: 'unrelated', lang: 'ja', enc: 'sjisb64', to: '上司 <boss@corp.example.co.jp>', at: '2026-03-16 12:30:00',
    from: `${TARO.ja} <${TARO.src}>`, auth: 'none', relay: 'mail.corp.example.co.jp', trusted: false, forUser: false, deliveredTo: null,
    subject: `Fw: ${formSubject(CASE.taro)}`, caseId: CASE.taro, trap: true,
    note: 'the user forwards the completion mail to a manager: own mail, not for the user',
    text: `部長

認定アカウントの統合が終わったとの連絡がありましたので共有します。

山田

${outlookJa('AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>', '2026年3月16日 10:04', TARO.keep, formSubject(CASE.taro), `ご承認を受け、統合の作業を終えました。`)}`,
  }),
  mk({
    slug: 'un-skillbuilder', kind: 'unrelated', lang: 'ja', enc: 'jis7', to: toHanako, at: '2026-02-01 08:00:00',
    from: TRAINING, subject: 'AWS Skill Builder: サブスクリプションの更新期限が近づいています', trap: true,
    note: 'subscription renewal notice with deadline wording; no case',
    text: `佐藤 花子 様

ご利用中の AWS Skill Builder 個人サブスクリプションは 2 月 8 日に期限を迎えます。
期限までに更新されない場合、サブスクリプションは自動的に終了します。`,
  }),
  mk({
    slug: 'un-webinar', kind: 'unrelated', lang: 'ja', enc: 'utf8qp', to: toKenji, at: '2026-06-01 10:00:00',
    from: 'AWS イベント <aws-apac-events@amazon.com>', subject: '【締切間近】AWS 認定対策ウェビナー 受付終了まであと 2 日', trap: true,
    note: 'marketing: registration closes in 2 days',
    html: htmlDoc(`<p>AWS 認定を目指す方向けのオンラインセミナーを開催します。</p>
<p>お申し込みの受付は 6 月 3 日で終了します。お早めにご登録ください。</p>`),
  }),
];
