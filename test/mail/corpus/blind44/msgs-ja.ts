// Set aq, Japanese messages. Voice: the year's edges and the people who are away.
import type { Msg } from './lib.js';
import {
  AUTO_OOO, AUTO_SYS, AUTO_VAC, CASES, CREDLY, KEN, KEN_REQ, M, MISAKI, MISAKI_REQ, NOREPLY, OKADA, SHO, SHO_REQ, SUP, SUP_ADDR,
  TAMURA, JPTEAM, caseSubj, d, gmailJa, oldMsgJa, outlookJa, q, sf, threadRef, toHtml,
} from './common.js';

const K = CASES.ken;
const MI = CASES.misaki;
const S = CASES.sho;
const kenTo = `${KEN.ja} <${KEN.keep}>`;
const miTo = `${MISAKI.ja} <${MISAKI.keep}>`;
const shoTo = `${SHO.ja} <${SHO.keep}>`;

// earlier support texts that get quoted by auto-replies and later replies
const KEN_CONF_OLD = `中村 健一 様

お世話になっております。AWS トレーニングと認定の松岡です。
下記の内容で統合を実施してよろしいでしょうか。
・統合先(残る方): ${KEN.keepId} / ${KEN.keep}
・統合元(なくなる方): ${KEN.srcId} / ${KEN.src}
統合後に元へ戻すことはできませんので、問題なければこのメールへご返信ください。

松岡`;
const KEN_DONE_OLD = `中村様

ご返信ありがとうございました。${KEN.srcId} の認定情報を ${KEN.keepId} へ移し、アカウントの統合が完了しました。
ポータルに再ログインのうえ、資格の一覧をご確認ください。

AWS トレーニングと認定 松岡`;
const MISAKI_INFO_OLD = `小林様

お問い合わせありがとうございます。
手続きのため、会社側アカウントの候補者ID(AWSで始まる番号)を教えていただけますか。

AWS Training and Certification サポート 西村`;
const KEN_OOO = `中村は 12月27日(土)～1月4日(日) の間、年末年始休暇のため不在にしております。
いただいたメールは1月5日以降に順次確認いたします。
お急ぎの場合は 田村(tamura@jp-sier.example.co.jp)までご連絡ください。`;
const MISAKI_OOO = `【自動返信】
小林は8月12日～8月17日まで夏季休暇をいただいております。
期間中はメールを確認できません。休暇明けに改めてご連絡いたします。`;

export const JA: Msg[] = [
  // ---------------- acknowledgement (7) ----------------
  M({
    slug: 'ja-ack-nenmatsu-wait', kind: 'acknowledgement', lang: 'ja', caseId: K,
    note: 'automatic receipt with the case number; the year-end delay notice is part of the receipt',
    from: SUP, to: kenTo, subject: `[CASE ${K}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: d('2025-12-24 18:02:11'), enc: 'jis7',
    text: `中村 健一 様

AWS トレーニングと認定へご連絡いただきありがとうございます。
いただいた内容はケース番号 ${K} で登録されました。

なお、12月27日(土)から1月4日(日)までは年末年始の休業期間にあたるため、
担当者からのご返信は通常より時間がかかります。1月5日以降、受付順にご案内いたします。

同じご依頼で新たにケースを作成されますと、かえってご案内が遅れる原因となります。
補足がございましたら、このメールへの返信でお知らせください。

AWS トレーニングと認定 カスタマーサポート
※本メールはシステムより自動送信されています。`,
    extra: AUTO_SYS,
  }),
  M({
    slug: 'ja-ack-gw-html', kind: 'acknowledgement', lang: 'ja', caseId: MI,
    note: 'HTML-only receipt of a new case sent just before Golden Week; the case number is the only identifier',
    from: SUP, to: miTo, subject: `[CASE ${MI}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: d('2026-04-28 21:40:55', '+0000'), enc: 'utf8b64',
    html: toHtml(`小林 美咲 様

このたびはお問い合わせいただき、誠にありがとうございます。
下記のとおりご依頼を承りました。

お問い合わせ番号: ${MI}
種別: アカウントに関するお手続き

4月29日から5月6日の連休期間中もフォームでの受付は続けておりますが、担当者の回答は連休明けから順次となります。あらかじめご了承ください。

AWS Training and Certification カスタマーサービス`),
  }),
  M({
    slug: 'ja-ack-obon-id-body', kind: 'acknowledgement', lang: 'ja', caseId: S,
    note: 'receipt whose subject has no case number; the number is only in the body; mentions the Obon slowdown',
    from: NOREPLY, to: shoTo, subject: 'AWS サポート: お問い合わせを登録しました',
    date: d('2026-08-11 09:15:42', '+0000'), enc: 'sjis8',
    text: `渡辺 翔 様

AWS トレーニングと認定のフォームからのお問い合わせを登録しました。
ケース ID: ${S}

8月13日～16日はお盆期間のため、回答までにいつもより日数をいただく場合があります。
通常は24時間以内を目安にご連絡しておりますが、期間中は少々お待ちください。

このメールアドレスは送信専用です。
Amazon Web Services`,
    extra: AUTO_SYS,
  }),
  M({
    slug: 'ja-ack-multipart-yearend', kind: 'acknowledgement', lang: 'ja', caseId: '1766645120',
    note: 'receipt (text+HTML) of a new merge case opened on 25 December; lists the support hours over New Year',
    from: SUP, to: miTo, subject: `[CASE 1766645120] [AWS Training and Certification Form Submission] - account-assistance`,
    date: d('2025-12-25 02:11:09', '+0000'), enc: 'utf8qp',
    text: `小林 美咲 様

ケースを作成いたしました(ケース番号 1766645120)。
内容を確認のうえ、担当者よりメールでご連絡します。

▼年末年始の対応について
12/29(月)～1/3(土): 受付のみ(ご回答は1/5以降)

追加の資料がある場合は、件名を変えずにこのメールへご返信ください。

AWS トレーニングと認定`,
    html: toHtml(`小林 美咲 様

ケースを作成いたしました(ケース番号 1766645120)。
内容を確認のうえ、担当者よりメールでご連絡します。

▼年末年始の対応について
12/29(月)～1/3(土): 受付のみ(ご回答は1/5以降)

追加の資料がある場合は、件名を変えずにこのメールへご返信ください。

AWS トレーニングと認定`),
  }),
  M({
    slug: 'ja-ack-mixed-boilerplate', kind: 'acknowledgement', lang: 'ja', caseId: '17665530912',
    note: 'receipt with English boilerplate and Japanese new text; the system answered on 31 December',
    from: NOREPLY, to: shoTo, subject: 'Case 17665530912 has been created / ケースが作成されました',
    date: d('2025-12-31 11:03:27', '+0000'), enc: 'jisb64', hdr: 'jis',
    text: `渡辺 翔 様

ケース 17665530912 を受け付けました。担当チームは年始 1月5日(月)から順次対応いたします。

-----
Thank you for contacting AWS Training and Certification. Case ID: 17665530912.
Please do not open a new case for the same request.
-----

Amazon Web Services`,
    extra: AUTO_SYS,
  }),
  M({
    slug: 'ja-ack-lookalike-domain', kind: 'acknowledgement', lang: 'ja', caseId: K, trusted: false,
    note: 'looks like a receipt but comes from a look-alike domain (aws-certification-desk.com); untrusted',
    from: 'AWS トレーニングと認定 <support@aws-certification-desk.com>', to: kenTo,
    subject: `[CASE ${K}] お問い合わせ受付のご連絡`,
    date: d('2025-12-26 08:44:30', '+0900'), enc: 'jis7',
    text: `中村 健一 様

お問い合わせ(ケース ${K})を受け付けました。
年末年始の混雑により、本人確認の手続きが必要です。下記URLからログインし、
候補者IDとパスワードを入力してください。
https://aws-certification-desk.com/verify

AWS Training and Certification`,
  }),
  M({
    slug: 'ja-ack-lf-utf8-8bit', kind: 'acknowledgement', lang: 'ja', caseId: '1782293305',
    note: 'short receipt in 8bit UTF-8 with LF line ends, arriving at the start of the summer holidays',
    from: SUP, to: miTo, subject: `[CASE 1782293305] [AWS Training and Certification Form Submission] - account-assistance`,
    date: d('2026-08-12 23:58:01', '+0000'), enc: 'utf88bit', crlf: false,
    text: `ご連絡ありがとうございます。お問い合わせはケース 1782293305 として記録されました。
担当より追ってメールいたします。夏季の繁忙期につき、少しお時間をいただく場合がございます。
ーー
AWS Training and Certification`,
    extra: AUTO_SYS,
  }),

  // ---------------- ai_answer (7) ----------------
  M({
    slug: 'ja-ai-nenmatsu-tool', kind: 'ai_answer', lang: 'ja',
    note: 'automatically generated answer pointing to the self-service Merge Accounts tool during the holiday closure',
    from: NOREPLY, to: kenTo, subject: '自動回答: 認定アカウントの統合について',
    date: d('2025-12-28 13:20:00', '+0000'), enc: 'jis7',
    text: `このメッセージは、お問い合わせ内容をもとに自動で作成された回答です。
年末年始で担当者の対応が止まっている間の参考としてお読みください。

認定アカウントが2つある場合、多くは認定ポータルのセルフサービス機能で統合できます。
  1. 認定ポータルにサインインする
  2. 右上のプロフィールから「アカウントの統合」を開く
  3. もう一方のアカウントのメールアドレスを入力して進む
両方のアカウントに認定の履歴があるときは、このツールではお手続きできません。その場合は
フォーム画面の「ケースを作成」からお問い合わせください。

この回答で解決しましたか? はい / いいえ`,
    extra: AUTO_SYS,
  }),
  M({
    slug: 'ja-ai-gw-sjisb64', kind: 'ai_answer', lang: 'ja',
    note: 'AI-generated suggestion sent during Golden Week; explains the merge tool and what carries over',
    from: NOREPLY, to: miTo, subject: '[AWS トレーニングと認定] AI による回答',
    date: d('2026-05-02 07:31:48', '+0000'), enc: 'sjisb64',
    text: `小林 美咲 様

生成 AI がご質問への回答を用意しました。内容に誤りが含まれる可能性があります。

Q. 会社のアドレスと個人のアドレスで2つある認定アカウントをまとめたい
A. 認定ポータルの「Merge Accounts」機能をお試しください。統合すると、試験履歴・取得済み認定・特典(次回受験の割引)が残す側のアカウントへ移ります。
Credly のデジタルバッジは統合後に、残す側のメールアドレスで受け取り直す必要があることがあります。

解決しない場合は、連休明けにサポート担当者が対応いたしますので「ケースを作成」を選んでください。`,
    extra: AUTO_SYS,
  }),
  M({
    slug: 'ja-ai-html-after-merge', kind: 'ai_answer', lang: 'ja',
    note: 'HTML automated answer that describes what happens after a merge; still an AI answer',
    from: NOREPLY, to: shoTo, subject: 'お問い合わせへの自動回答',
    date: d('2026-01-02 16:05:19', '+0000'), enc: 'utf8b64',
    html: toHtml(`渡辺 翔 様

お問い合わせありがとうございます。以下は自動生成された回答です。

■アカウントの統合はご自身で行えます
認定ポータル > プロフィール > アカウントの統合 から手続きできます。

■統合が終わると
・統合元の認定は統合先に表示されます
・バッジは Credly 上で統合先のメールアドレスへ届き直します
・統合元のアカウントにはサインインできなくなります

この回答で解決しない場合のみ、ケースを作成してください。年始は 1月5日 から担当者が対応します。`),
    extra: AUTO_SYS,
  }),
  M({
    slug: 'ja-ai-misaligned', kind: 'ai_answer', lang: 'ja', trusted: false, auth: 'misaligned',
    note: 'automated merge-tool suggestion whose DKIM signature is for a bulk sender, dmarc=fail; untrusted',
    from: NOREPLY, to: miTo, subject: 'AIアシスタントからのご案内',
    date: d('2025-12-30 10:12:44', '+0000'), enc: 'jisb64',
    text: `AI アシスタントによる回答です。

お使いの2つのアカウントは、ポータルのセルフサービスツールで1つにまとめられる可能性があります。
プロフィール画面の「アカウントをマージ」をお試しください。

年末年始のため、有人でのご案内は1月5日以降となります。`,
    extra: AUTO_SYS,
  }),
  M({
    slug: 'ja-ai-utf8qp-generated', kind: 'ai_answer', lang: 'ja',
    note: 'generated answer quoting the customer question; suggests the Merge Accounts tool first',
    from: NOREPLY, to: kenTo, subject: '自動生成された回答をお送りします',
    date: d('2026-08-14 02:47:36', '+0000'), enc: 'utf8qp',
    text: `中村 健一 様

ご入力いただいたご質問:
「転職前の会社アドレスのアカウントと個人のアカウントを一本化したい」

自動回答:
まずは認定ポータルの「Merge Accounts」から統合をお試しいただけます。統合先にしたいアカウントでサインインし、もう片方のメールアドレスを入力すると確認コードが届きます。どちらのアカウントにも合格履歴がある場合は、この方法では統合できないため、有人サポートへの問い合わせが必要です。

※お盆期間中は有人サポートの回答に数日かかります。`,
    extra: AUTO_SYS,
  }),
  M({
    slug: 'ja-ai-obon-jisb64', kind: 'ai_answer', lang: 'ja',
    note: 'AI answer ("この回答は役に立ちましたか") sent while the team is on summer leave',
    from: NOREPLY, to: miTo, subject: '[自動回答] アカウントの統合方法',
    date: d('2026-08-15 05:09:03', '+0000'), enc: 'jisb64',
    text: `AWS トレーニングと認定 自動応答サービスです。

ご質問の内容から、次のページが参考になると判断しました。
・認定アカウントを統合する(セルフサービス)
・Credly のバッジを受け取る方法

統合はプロフィールの「アカウントの統合」から数分で終わることが多いです。
この回答は役に立ちましたか? 役に立たなかった場合は「ケースを作成」へお進みください。`,
    extra: AUTO_SYS,
  }),
  M({
    slug: 'ja-ai-sjis8-case', kind: 'ai_answer', lang: 'ja', caseId: '17682210045',
    note: 'automated first answer attached to a new case number; suggests self-service before a human replies',
    from: SUP, to: shoTo, subject: `[CASE 17682210045] 自動回答のご案内`,
    date: d('2026-01-03 00:30:10', '+0000'), enc: 'sjis8',
    text: `渡辺様

ケース 17682210045 について、担当者からご連絡する前に、自動で作成した回答をお送りします。

ご依頼の「アカウントをひとつにしたい」という件は、ポータルのアカウント統合ツールでご自身で完了できる場合があります。
ツールで統合できた場合は、このケースへの返信は不要です。
できなかった場合は、その旨をこのメールへご返信ください。年始の営業開始後に担当者が確認します。

(自動送信)`,
    extra: AUTO_SYS,
  }),

  // ---------------- info_request (8) ----------------
  M({
    slug: 'ja-info-backup-agent-ids', kind: 'info_request', lang: 'ja', caseId: K,
    note: 'backup agent covering for the absent owner asks for the source candidate ID and its e-mail address',
    from: SUP, to: kenTo, subject: caseSubj(K),
    date: d('2026-01-06 10:22:47', '+0900'), enc: 'jis7',
    text: `中村 健一 様

いつもお世話になっております。
担当の松岡が休暇をいただいておりますため、代わりに原田よりご連絡差し上げます。

統合のお手続きにあたり、統合元アカウントの候補者ID(AWS で始まる番号)と、そのアカウントにご登録のメールアドレスを
お送りいただけますでしょうか。お手数をおかけしますが、よろしくお願いいたします。

原田
AWS トレーニングと認定 カスタマーサポート

${threadRef('K1')}

${sf(`${KEN.ja} <${KEN.keep}>`, '2025/12/24 18:01', SUP_ADDR, 'account merge', KEN_REQ)}`,
  }),
  M({
    slug: 'ja-info-newyear-reminder', kind: 'info_request', lang: 'ja', caseId: MI,
    note: 'reminder after New Year: still needs to know which account to keep',
    from: SUP, to: miTo, subject: caseSubj(MI),
    date: d('2026-01-07 14:03:52', '+0900'), enc: 'jisb64',
    text: `小林 美咲 様

新年あけましておめでとうございます。AWS トレーニングと認定の西村です。
年末にお送りしたご連絡について、まだお返事を確認できておりませんでしたので、改めてご連絡いたしました。

どちらのアカウントを残すご希望か(個人アドレス側か、会社アドレス側か)、お手すきの際にお聞かせください。

本年もよろしくお願いいたします。
西村

${sf(SUP_ADDR, '2025/12/26 11:40', MISAKI.keep, caseSubj(MI), MISAKI_INFO_OLD)}`,
  }),
  M({
    slug: 'ja-info-oneline-above-ooo', kind: 'info_request', lang: 'ja', caseId: K,
    note: 'one line of new text (asks for the old login e-mail) above a quoted year-end auto-reply',
    from: SUP, to: kenTo, cc: `${KEN.src}`, subject: caseSubj(K),
    date: d('2025-12-29 09:41:05', '+0900'), enc: 'sjis8',
    text: `お手数ですが、統合元アカウントでログインに使っていたメールアドレスもあわせてお知らせください。

${sf(KEN.src, '2025/12/27 0:00', SUP_ADDR, `自動応答: ${caseSubj(K)}`, KEN_OOO)}`,
  }),
  M({
    slug: 'ja-info-kakunin-wording', kind: 'info_request', lang: 'ja', caseId: S, trap: true,
    note: 'asks to check and report the address to keep (「ご確認のうえお知らせください」): information, not consent',
    from: SUP, to: shoTo, subject: caseSubj(S),
    date: d('2026-08-18 11:27:30', '+0900'), enc: 'utf8qp',
    text: `渡辺 翔 様

お盆休み明けのお忙しいところ失礼いたします。
統合先として残すアカウントのメールアドレスを、念のため今一度ご確認のうえお知らせいただけますか。
フォームには ${SHO.keep} と ${SHO.src} の両方が記載されており、どちらを残すか判断できませんでした。

AWS トレーニングと認定 カスタマーサポート 三浦

${gmailJa('2026年8月11日(火) 18:14', `${SHO.ja} <${SHO.keep}>`, SHO_REQ)}`,
  }),
  M({
    slug: 'ja-info-forged-below', kind: 'info_request', lang: 'ja', caseId: MI, trusted: false, auth: 'forgedBelow',
    note: 'asks for IDs and password-like data; the only dmarc=pass header sits below the receiving server trace; untrusted',
    from: SUP, to: miTo, subject: caseSubj(MI),
    date: d('2026-05-04 20:16:33', '+0900'), enc: 'jis7',
    text: `小林様

連休中の臨時対応としてご連絡しております。
統合のため、両アカウントの候補者ID、ご登録のメールアドレス、サインイン用のパスワードを本メールへご返信ください。

AWS Training and Certification`,
  }),
  M({
    slug: 'ja-info-gw-three-items', kind: 'info_request', lang: 'ja', caseId: MI,
    note: 'before Golden Week, asks for romanised name, both candidate IDs and pass dates (text+HTML)',
    from: SUP, to: miTo, subject: caseSubj(MI),
    date: d('2026-04-30 10:50:12', '+0900'), enc: 'utf8b64',
    text: `小林 美咲 様

ご連絡ありがとうございます。連休に入る前に手続きを前に進めたく、次の3点をお送りください。

1) ご氏名(ローマ字表記)
2) 両方のアカウントの候補者ID
3) 会社側アカウントで取得された認定名と合格日

いただいた情報がそろい次第、統合の内容をまとめてご案内します。

西村 / AWS トレーニングと認定`,
    html: toHtml(`小林 美咲 様

ご連絡ありがとうございます。連休に入る前に手続きを前に進めたく、次の3点をお送りください。

1) ご氏名(ローマ字表記)
2) 両方のアカウントの候補者ID
3) 会社側アカウントで取得された認定名と合格日

いただいた情報がそろい次第、統合の内容をまとめてご案内します。

西村 / AWS トレーニングと認定`),
  }),
  M({
    slug: 'ja-info-obon-screenshot', kind: 'info_request', lang: 'ja', caseId: S,
    note: 'apologises for the Obon delay, then asks for a screenshot of the certification list of the source account',
    from: SUP, to: shoTo, subject: caseSubj(S),
    date: d('2026-08-17 16:33:09', '+0900'), enc: 'utf8b64',
    text: `渡辺様

お盆期間中でご返信が遅くなり、申し訳ございません。
統合元(${SHO.srcId})の「認定」画面を開いて、取得済み資格の一覧が写ったスクリーンショットを添付してお送りいただけますと助かります。
画像が難しい場合は、資格名と認定番号を本文に書いていただくだけでも結構です。

三浦`,
  }),
  M({
    slug: 'ja-info-write-from-keep-with-id', kind: 'info_request', lang: 'ja', caseId: K,
    note: 'asks to re-send from the kept address *with* the candidate ID: information request, English boilerplate under it',
    from: SUP, to: `${KEN.src}`, cc: kenTo, subject: caseSubj(K),
    date: d('2025-12-26 15:12:40', '+0900'), enc: 'jisb64',
    text: `中村様

ご本人確認のため、統合先として残すアドレス(${KEN.keep})から、候補者IDを添えて改めてご返信ください。
年内の受付は本日までとなりますので、ご返信の確認は1月5日以降になります。

---
This message was sent from AWS Training and Certification Customer Support.
To continue this case, reply to this e-mail without changing the subject line.`,
  }),

  // ---------------- confirmation_request (8) ----------------
  M({
    slug: 'ja-conf-backup-irreversible', kind: 'confirmation_request', lang: 'ja', caseId: K,
    note: 'backup agent ("担当者不在のため代わりに") lays out the merge and asks for consent; cannot be undone',
    from: SUP, to: kenTo, subject: caseSubj(K),
    date: d('2026-01-08 11:05:26', '+0900'), enc: 'jis7',
    text: `中村 健一 様

担当者不在のため、代わりに原田よりご連絡いたします。
お送りいただいた情報をもとに、次の内容で統合を行う予定です。

  残るアカウント  : ${KEN.keepId} (${KEN.keep})
  統合されるアカウント: ${KEN.srcId} (${KEN.src})

統合は一度行うと取り消しができません。この内容で進めてよろしければ、その旨をご返信ください。

原田
AWS トレーニングと認定`,
  }),
  M({
    slug: 'ja-conf-after-gw-reminder', kind: 'confirmation_request', lang: 'ja', caseId: MI,
    note: 'after Golden Week: the consent asked on 24 April has not come; asks again for agreement to merge',
    from: SUP, to: miTo, subject: caseSubj(MI),
    date: d('2026-05-07 09:48:02', '+0900'), enc: 'sjisb64',
    text: `小林 美咲 様

連休明けのご連絡となり失礼いたします。
4月24日にご案内した統合内容(個人アドレス側へ集約)について、ご了承のお返事をまだいただけておりません。
ご同意いただける場合は、本メールへ「同意します」とご返信ください。いただき次第、手続きに入ります。

西村

${sf(SUP_ADDR, '2026/04/24 17:20', MISAKI.keep, caseSubj(MI), `小林様\n\n統合先: ${MISAKI.keepId} / 統合元: ${MISAKI.srcId}\nこちらでよろしいかご返信ください。元に戻すことはできません。`)}`,
  }),
  M({
    slug: 'ja-conf-oneline-above-vacation', kind: 'confirmation_request', lang: 'ja', caseId: S,
    note: 'one line asking for agreement above a quoted vacation auto-reply that itself quotes the merge plan',
    from: SUP, to: shoTo, subject: caseSubj(S),
    date: d('2026-08-19 10:01:55', '+0900'), enc: 'jisb64',
    text: `下記の統合内容でよろしければ、お戻りになりましたら「承諾します」とだけご返信ください。

${outlookJa(`${SHO.ja} <${SHO.src}>`, '2026年8月14日 9:12', SUP_ADDR, `自動応答: ${caseSubj(S)}`, `渡辺は8月13日から17日まで夏季休暇のため不在です。\n\n${q(`統合先 ${SHO.keepId} / 統合元 ${SHO.srcId}\n統合後は元に戻せません。`)}`)}`,
  }),
  M({
    slug: 'ja-conf-lookalike-server', kind: 'confirmation_request', lang: 'ja', caseId: K, trusted: false, auth: 'lookalikeServer',
    note: 'consent request whose top Authentication-Results comes from a look-alike authserv-id; untrusted',
    from: SUP, to: kenTo, subject: caseSubj(K),
    date: d('2025-12-30 22:10:18', '+0900'), enc: 'utf8qp',
    text: `中村様

年内に統合を終えるため、以下の内容にご同意いただけるかご返信ください。
統合後の取り消しはできかねます。
残す: ${KEN.keepId} / 統合元: ${KEN.srcId}

AWS トレーニングと認定`,
  }),
  M({
    slug: 'ja-conf-html-before-yearend', kind: 'confirmation_request', lang: 'ja', caseId: '1766645120',
    note: 'HTML-only: to finish within the year, asks for a go-ahead reply by 26 December; irreversible',
    from: SUP, to: miTo, subject: caseSubj('1766645120'),
    date: d('2025-12-25 08:31:40', '+0000'), enc: 'utf8b64',
    html: toHtml(`小林 美咲 様

年内の処理をご希望とのことでしたので、急ぎご連絡いたします。

統合先: ${MISAKI.keep}
統合元: ${MISAKI.src}

12月26日(金)正午までに、この内容で統合してよいとのご返信をいただければ、年内に作業いたします。
統合は取り消しのきかない操作ですので、内容に誤りがないかご確認のうえお返事ください。

AWS トレーニングと認定 カスタマーサポート 西村`),
  }),
  M({
    slug: 'ja-conf-obon-sjis8', kind: 'confirmation_request', lang: 'ja', caseId: S,
    note: 'after Obon, asks whether to proceed with the merge as described (irreversible)',
    from: SUP, to: shoTo, subject: caseSubj(S),
    date: d('2026-08-20 13:44:21', '+0900'), enc: 'sjis8',
    text: `渡辺 翔 様

お盆休み明けで恐縮ですが、ご確認をお願いいたします。
統合元 ${SHO.srcId} の合格履歴と特典を、統合先 ${SHO.keepId} へ移す作業を予定しております。
実施後は統合元のアカウントが使えなくなり、元の状態にも戻せません。
進めてよろしいか、このメールへの返信でお知らせください。

三浦

-----Original Message-----
From: ${SHO.ja} <${SHO.keep}>
Sent: Wednesday, August 19, 2026 8:02 PM
To: ${SUP_ADDR}
Subject: RE: ${caseSubj(S)}

ID をお送りします。統合先 ${SHO.keepId}、統合元 ${SHO.srcId} です。`,
  }),
  M({
    slug: 'ja-conf-resent-oldmailbox', kind: 'confirmation_request', lang: 'ja', caseId: K, forUser: false,
    note: 'consent request redirected (Resent-*) from the old company mailbox by its forwarding rule; not delivered as is',
    from: SUP, to: `${KEN.ja} <${KEN.src}>`, subject: caseSubj(K),
    date: d('2025-12-27 10:15:03', '+0900'), enc: 'jis7',
    resent: { from: KEN.src, to: KEN.keep, date: d('2025-12-27 10:15:09', '+0900') },
    text: `中村様

下記のとおり統合してよろしいでしょうか。取り消しはできません。
問題なければ、年明けで構いませんのでご返信ください。

${KEN.srcId} → ${KEN.keepId}

松岡`,
  }),
  M({
    slug: 'ja-conf-utf8-8bit-short', kind: 'confirmation_request', lang: 'ja', caseId: '17682210045',
    note: 'short consent request (go-ahead reply), 8bit UTF-8, after the New Year break',
    from: SUP, to: shoTo, subject: caseSubj('17682210045'),
    date: d('2026-01-05 17:30:42', '+0900'), enc: 'utf88bit',
    text: `渡辺様

年始のご挨拶が遅れました。三浦です。
お預かりした2つのアカウントをひとつにまとめる準備ができました。統合すると元には戻せませんので、進めてよいか一言ご返信いただけますか。

よろしくお願いいたします。`,
  }),

  // ---------------- merge_completed (8) ----------------
  M({
    slug: 'ja-merged-before-yearend', kind: 'merge_completed', lang: 'ja', caseId: K,
    note: 'reports the merge done on the last working day of the year; badge note is a hint for later',
    from: SUP, to: kenTo, subject: caseSubj(K),
    date: d('2025-12-26 17:48:30', '+0900'), enc: 'jis7',
    text: `中村 健一 様

年末のお忙しいところご返信いただきありがとうございました。
本日、${KEN.srcId} の認定履歴を ${KEN.keepId} へ統合いたしました。

年明け以降に Credly のバッジが統合先のアドレスへ届いていない場合は、このケースにご返信ください。
良いお年をお迎えください。

松岡 / AWS トレーニングと認定`,
  }),
  M({
    slug: 'ja-merged-oneline-above-ooo', kind: 'merge_completed', lang: 'ja', caseId: K,
    note: 'one line saying the merge is finished above the quoted year-end auto-reply of the user',
    from: SUP, to: kenTo, cc: KEN.src, subject: caseSubj(K),
    date: d('2025-12-29 16:20:11', '+0900'), enc: 'sjis8',
    text: `統合作業が終わりましたのでお知らせいたします。お戻りの際にポータルでご確認ください。

${sf(KEN.src, '2025/12/29 9:41', SUP_ADDR, `自動応答: ${caseSubj(K)}`, KEN_OOO)}`,
  }),
  M({
    slug: 'ja-merged-portal-notice', kind: 'merge_completed', lang: 'ja',
    note: 'certification portal notice (aws.training subdomain, no case ID) that the accounts are merged',
    from: 'AWS Certification <no-reply@certification.aws.training>', to: miTo, subject: 'AWS 認定: アカウントの統合が完了しました',
    date: d('2026-05-08 03:12:57', '+0000'), enc: 'utf8b64', hdr: 'utf8b',
    html: toHtml(`小林 美咲 様

お使いの AWS 認定アカウントは、ご依頼に基づき統合されました。

統合後のアカウント: ${MISAKI.keep}
試験履歴・取得済み認定・特典はこのアカウントに表示されます。

このメールは送信専用アドレスから送られています。
AWS Certification`),
    extra: AUTO_SYS,
  }),
  M({
    slug: 'ja-merged-fail-then-forged', kind: 'merge_completed', lang: 'ja', caseId: MI, trusted: false, auth: 'failThenForged',
    note: 'says the merge is done; the top Authentication-Results is dmarc=fail and a planted pass sits lower; untrusted',
    from: SUP, to: miTo, subject: caseSubj(MI),
    date: d('2026-05-05 12:00:00', '+0900'), enc: 'jisb64',
    text: `小林様

連休中ではございますが、アカウントの統合が完了しました。
統合結果の確認のため、下記からサインインしてください。
http://aws-training-merge.example.net/login

AWS トレーニングと認定`,
  }),
  M({
    slug: 'ja-merged-and-will-close', kind: 'merge_completed', lang: 'ja', caseId: S,
    note: 'merge finished and the case will be closed: the new fact is the merge',
    from: SUP, to: shoTo, subject: caseSubj(S),
    date: d('2026-08-21 15:06:38', '+0900'), enc: 'utf8qp',
    text: `渡辺 翔 様

ご承諾ありがとうございました。統合元 ${SHO.srcId} の情報を統合先 ${SHO.keepId} に移す作業を行い、統合が完了いたしました。
これをもちまして本ケースはクローズとさせていただきます。

バッジについては、Credly から統合先アドレス宛に改めて案内が届く場合があります。

三浦

${gmailJa('2026年8月20日(木) 21:03', `${SHO.ja} <${SHO.keep}>`, '承諾します。よろしくお願いします。')}`,
  }),
  M({
    slug: 'ja-merged-backup-agent', kind: 'merge_completed', lang: 'ja', caseId: K,
    note: 'backup agent reports the merge processing has finished while the owner is away',
    from: SUP, to: kenTo, subject: caseSubj(K),
    date: d('2026-01-09 10:31:14', '+0900'), enc: 'sjisb64',
    text: `中村 健一 様

松岡が不在のため、原田よりご連絡いたします。
ご依頼いただいておりましたアカウント統合の処理が終わり、${KEN.keepId} に ${KEN.srcId} の資格がまとまりました。
念のため、認定ポータルで資格と特典の表示をご確認ください。

原田

${gmailJa('2026年1月8日(木) 21:15', `${KEN.ja} <${KEN.keep}>`, `ご連絡ありがとうございます。その内容で進めてください。\n\n中村`)}`,
  }),
  M({
    slug: 'ja-merged-before-gw', kind: 'merge_completed', lang: 'ja', caseId: '1777012204',
    note: 'text+HTML: the merge was carried out before the holidays started',
    from: SUP, to: miTo, subject: caseSubj('1777012204'),
    date: d('2026-04-28 18:55:09', '+0900'), enc: 'utf8qp',
    text: `小林様

連休前に間に合わせることができました。本日付で2つの認定アカウントの統合を実施済みです。
今後は ${MISAKI.keep} でサインインしてください。

西村`,
    html: toHtml(`小林様

連休前に間に合わせることができました。本日付で2つの認定アカウントの統合を実施済みです。
今後は ${MISAKI.keep} でサインインしてください。

西村`),
  }),
  M({
    slug: 'ja-merged-to-colleague', kind: 'merge_completed', lang: 'ja', caseId: '17664203381', forUser: false,
    note: 'completion notice addressed to a colleague who filed on his own behalf; reached the team alias, not the user',
    from: SUP, to: TAMURA, subject: caseSubj('17664203381'),
    date: d('2025-12-25 14:20:00', '+0900'), enc: 'jis7', rcpt: JPTEAM,
    text: `田村 直樹 様

ご依頼のアカウント統合が完了いたしました。年末年始をはさみますが、ご不明点はこのケースへご返信ください。

AWS トレーニングと認定`,
  }),

  // ---------------- badges_transferred (7) ----------------
  M({
    slug: 'ja-badge-credly-jis7', kind: 'badges_transferred', lang: 'ja',
    note: 'Credly issues an AWS badge to the kept address (Japanese template), 2 January',
    from: CREDLY, to: miTo, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-01-02 04:18:37', '+0000'), enc: 'jis7', relay: 'o1.ptr4417.credly.com',
    text: `小林 美咲 様

Amazon Web Services Training and Certification から、AWS Certified Solutions Architect - Associate のバッジが発行されました。
下のボタンからバッジを受け取り、プロフィールで公開できます。

[バッジを入手する]
https://www.credly.com/earner/earned/badge/7b1f4c2e-aq01

Credly`,
  }),
  M({
    slug: 'ja-badge-support-moved-newyear', kind: 'badges_transferred', lang: 'ja', caseId: K,
    note: 'support says the Credly badges have been moved to the kept account after the user asked in the new year',
    from: SUP, to: kenTo, subject: caseSubj(K),
    date: d('2026-01-13 11:40:22', '+0900'), enc: 'sjis8',
    text: `中村様

年明けにご連絡いただいたバッジの件、Credly 側での移行作業が済みました。
統合先(${KEN.keep})に、各バッジの受け取り案内メールが届いているはずです。

松岡

-----Original Message-----
From: ${KEN.en} <${KEN.keep}>
Sent: Tuesday, January 6, 2026 9:02 AM
To: ${SUP_ADDR}
Subject: RE: ${caseSubj(K)}

統合ありがとうございました。ただ、バッジが旧アカウントに残ったままのようです。`,
  }),
  M({
    slug: 'ja-badge-lookalike-credly', kind: 'badges_transferred', lang: 'ja', trusted: false,
    note: 'badge notice from a look-alike Credly domain (credly-mail.net); untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-mail.net>', to: shoTo,
    subject: 'Amazon Web Servicesのバッジ発行のお知らせ',
    date: d('2026-08-22 02:01:15', '+0000'), enc: 'utf8qp',
    text: `渡辺 翔 様

統合されたアカウントにバッジが移されました。
バッジを受け取るには、下記から AWS アカウントのパスワードで認証してください。
https://credly-mail.net/claim

Credly`,
  }),
  M({
    slug: 'ja-badge-moved-and-closing', kind: 'badges_transferred', lang: 'ja', caseId: MI,
    note: 'support moved three badges and closes the case: badges_transferred per the guide',
    from: SUP, to: miTo, subject: caseSubj(MI),
    date: d('2026-05-12 16:02:48', '+0900'), enc: 'utf8qp',
    text: `小林 美咲 様

お待たせいたしました。会社アドレス側に残っていた3つのバッジを、個人アドレス側の Credly アカウントへ移しました。
Credly にサインインしてご確認ください。本件はこれをもってクローズいたします。

西村`,
  }),
  M({
    slug: 'ja-badge-credly-html-three', kind: 'badges_transferred', lang: 'ja',
    note: 'Credly HTML mail: three AWS badges now on the kept account, arriving on 3 January',
    from: CREDLY, to: kenTo, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-01-03 06:40:10', '+0000'), enc: 'utf8b64',
    html: toHtml(`中村 健一 様

Amazon Web Services Training and Certification があなたに3つのバッジを発行しました。

・AWS Certified Cloud Practitioner
・AWS Certified Developer - Associate
・AWS Certified SysOps Administrator - Associate

「バッジを入手する」を押して受け取ってください。

Credly, Inc.`),
  }),
  M({
    slug: 'ja-badge-resent-oldmailbox', kind: 'badges_transferred', lang: 'ja', forUser: false,
    note: 'Credly AWS badge notice redirected (Resent-*) out of the old company mailbox before it closed',
    from: CREDLY, to: `${SHO.src}`, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-08-22 07:11:29', '+0000'), enc: 'sjisb64',
    resent: { from: SHO.src, to: SHO.keep, date: d('2026-08-22 16:11:40', '+0900') },
    text: `渡辺 翔 様

Amazon Web Services Training and Certification から、AWS Certified Solutions Architect - Professional のバッジが届いています。
[バッジを入手する]

Credly`,
  }),
  M({
    slug: 'ja-badge-oneline-above-ooo', kind: 'badges_transferred', lang: 'ja', caseId: S,
    note: 'one line saying the badges were moved too, above the quoted summer auto-reply',
    from: SUP, to: shoTo, subject: caseSubj(S),
    date: d('2026-08-24 10:12:05', '+0900'), enc: 'jisb64',
    text: `バッジも統合先のアカウントへ移し終えております。ご確認ください。三浦

${gmailJa('2026年8月22日(土) 0:00', `${SHO.ja} <${SHO.keep}>`, `渡辺は8月24日(月)まで休暇中です。戻り次第対応します。`)}`,
  }),

  // ---------------- case_closed (8) ----------------
  M({
    slug: 'ja-closed-autoclose-on-leave', kind: 'case_closed', lang: 'ja', caseId: MI,
    note: 'no reply for a week over New Year: the case will close automatically unless the user answers',
    from: SUP, to: miTo, subject: caseSubj(MI),
    date: d('2026-01-02 09:00:33', '+0000'), enc: 'jis7',
    text: `小林 美咲 様

12月26日にお送りしたご案内について、ご返信をいただかないまま7日が経過いたしました。
1月9日(金)までにご連絡がない場合、本ケースは自動的にクローズされます。
休暇中でいらっしゃる場合は、お戻りの後にご返信いただければケースは継続いたします。

AWS トレーニングと認定`,
    extra: AUTO_SYS,
  }),
  M({
    slug: 'ja-closed-restates-merge', kind: 'case_closed', lang: 'ja', caseId: K, trap: true,
    note: 'closing notice that only restates last week\'s merge; the new fact is the closing',
    from: SUP, to: kenTo, subject: caseSubj(K),
    date: d('2026-01-16 13:22:41', '+0900'), enc: 'sjis8',
    text: `中村様

先週ご案内したとおり、アカウントの統合とバッジの移行はすでに完了しております。
その後ご連絡がございませんので、本ケースを終了させていただきます。

松岡`,
  }),
  M({
    slug: 'ja-closed-notify-resolved', kind: 'case_closed', lang: 'ja', caseId: S,
    note: 'AWS Support notification: case resolved and closed; how to reopen',
    from: NOREPLY, to: shoTo, subject: `ケース ${S} はクローズされました`,
    date: d('2026-08-25 01:14:08', '+0000'), enc: 'utf8b64',
    text: `渡辺 翔 様

ケース ${S} は解決済みとしてクローズされました。
同じ件で追加のお問い合わせがある場合は、14日以内であればこのケースを再開できます。

Amazon Web Services`,
    extra: AUTO_SYS,
  }),
  M({
    slug: 'ja-closed-obon-3days', kind: 'case_closed', lang: 'ja', caseId: '1782293305',
    note: 'reminder during Obon: closes in three business days without a reply',
    from: SUP, to: miTo, subject: caseSubj('1782293305'),
    date: d('2026-08-14 10:30:26', '+0900'), enc: 'jisb64',
    text: `小林様

お盆休みの最中でしたら失礼いたします。
8月12日にお願いした情報をまだ頂戴できていないため、3営業日以内にご返信がない場合は、
いったん本ケースをクローズさせていただきます。クローズ後も同じケース番号でご返信いただければ再開できます。

西村`,
  }),
  M({
    slug: 'ja-closed-after-holidays', kind: 'case_closed', lang: 'ja', caseId: '17665530912',
    note: 'after the holidays: closed because the merge tool solved it, per the customer',
    from: SUP, to: shoTo, subject: caseSubj('17665530912'),
    date: d('2026-01-06 12:44:51', '+0900'), enc: 'utf8qp',
    text: `渡辺様

年始のご連絡ありがとうございます。セルフサービスのツールで解決されたとのこと、承知いたしました。
ご依頼は解決済みとして、このケースはクローズいたします。

三浦

${gmailJa('2026年1月3日(土) 22:40', `${SHO.ja} <${SHO.keep}>`, `自己解決しました。ツールで問題なくできました。\nお手数をおかけしました。`)}`,
  }),
  M({
    slug: 'ja-closed-dmarc-fail', kind: 'case_closed', lang: 'ja', caseId: K, trusted: false, auth: 'fail',
    note: 'closing notice that fails DMARC at the receiving server; untrusted',
    from: SUP, to: kenTo, subject: caseSubj(K),
    date: d('2026-01-04 03:30:00', '+0900'), enc: 'jis7',
    text: `中村様

本ケースは年末年始の期間にご返信がなかったため、クローズされました。
再開には以下のフォームから本人確認が必要です。

AWS トレーニングと認定`,
  }),
  M({
    slug: 'ja-closed-multipart-kanryo', kind: 'case_closed', lang: 'ja', caseId: '1777012204',
    note: 'text+HTML closing ("本件は完了とさせていただきます") after the user confirmed everything is fine',
    from: SUP, to: miTo, subject: caseSubj('1777012204'),
    date: d('2026-05-08 10:10:10', '+0900'), enc: 'utf8b64',
    text: `小林 美咲 様

連休明けにご確認いただきありがとうございました。問題なく表示されているとのことで安心いたしました。
本件は完了とさせていただきます。またお困りの際はお気軽にお問い合わせください。

西村`,
    html: toHtml(`小林 美咲 様

連休明けにご確認いただきありがとうございました。問題なく表示されているとのことで安心いたしました。
本件は完了とさせていただきます。またお困りの際はお気軽にお問い合わせください。

西村`),
  }),
  M({
    slug: 'ja-closed-backup-agent', kind: 'case_closed', lang: 'ja', caseId: '17682210045',
    note: 'backup agent closes the case while the owner is away; no merge was needed',
    from: SUP, to: shoTo, subject: caseSubj('17682210045'),
    date: d('2026-01-14 17:05:33', '+0900'), enc: 'utf88bit',
    text: `渡辺様

担当の三浦が不在のため、代わって吉川よりご連絡いたします。
前回のご返信から10日以上経ちましたので、本ケースはクローズといたしました。
今後ご依頼がある場合は、このメールに返信いただくか新しくお問い合わせください。

吉川`,
  }),

  // ---------------- support_reply (9) ----------------
  M({
    slug: 'ja-reply-holiday-on-case', kind: 'support_reply', lang: 'ja', caseId: MI, trap: true,
    note: 'holiday notice on the case: merge work resumes after New Year; 「統合が完了しましたら」 is future',
    from: SUP, to: miTo, subject: caseSubj(MI),
    date: d('2025-12-26 17:30:05', '+0900'), enc: 'jis7',
    text: `小林 美咲 様

いつもお世話になっております。
弊チームは12月27日から1月4日まで年末年始休業をいただくため、統合の作業は1月5日以降に行います。
統合が完了しましたら、改めてこちらからご連絡いたします。

よいお年をお迎えください。
西村`,
  }),
  M({
    slug: 'ja-reply-backup-escalated', kind: 'support_reply', lang: 'ja', caseId: K, trap: true,
    note: 'backup agent: request passed to the merge team, 3-5 business days; no merge yet',
    from: SUP, to: kenTo, subject: caseSubj(K),
    date: d('2026-01-08 18:12:09', '+0900'), enc: 'sjis8',
    text: `中村 健一 様

担当者不在のため代わりにご連絡いたします。原田です。
ご同意の旨、確かに承りました。統合を担当する部署へ依頼を出しておりますので、完了まで3～5営業日ほどお待ちください。
作業が終わり次第、このケースでお知らせします。

原田`,
  }),
  M({
    slug: 'ja-reply-thanks-for-consent', kind: 'support_reply', lang: 'ja', caseId: S, trap: true,
    note: 'thanks for agreeing, handed over; not a confirmation request nor completion',
    from: SUP, to: shoTo, subject: caseSubj(S),
    date: d('2026-08-21 09:15:40', '+0900'), enc: 'jisb64',
    text: `渡辺様

ご承諾のご連絡ありがとうございます。担当チームに引き継ぎました。
お盆明けで依頼が集中しておりますが、順番に進めてまいります。

三浦`,
  }),
  M({
    slug: 'ja-reply-not-yet-merged', kind: 'support_reply', lang: 'ja', caseId: MI, trap: true,
    note: 'the merge has not been completed yet (work paused over the holidays)',
    from: SUP, to: miTo, subject: caseSubj(MI),
    date: d('2026-05-07 15:20:18', '+0900'), enc: 'utf8qp',
    text: `小林様

お問い合わせの件ですが、統合はまだ完了しておりません。連休中は処理を止めておりましたため、本日から再開しております。
ご不便をおかけし申し訳ございません。

西村

${gmailJa('2026年5月6日(水) 22:10', `${MISAKI.ja} <${MISAKI.keep}>`, 'まだ会社のアカウントに資格が残っているようですが、統合は終わっていますか?')}`,
  }),
  M({
    slug: 'ja-reply-duplicate-cases', kind: 'support_reply', lang: 'ja', caseId: K, trap: true,
    note: 'duplicate *cases* opened over New Year were merged into one; not the account merge',
    from: SUP, to: kenTo, subject: caseSubj(K),
    date: d('2026-01-05 13:40:27', '+0900'), enc: 'sjisb64',
    text: `中村様

年末年始の間に同じ内容で3件のケースを作成いただいておりましたので、本ケース ${K} に統合いたしました。
ほかの2件は閉じておりますが、内容はこちらで引き継いでおります。引き続きこのケースでやり取りをお願いします。

松岡`,
  }),
  M({
    slug: 'ja-reply-voucher-answer', kind: 'support_reply', lang: 'ja', caseId: S, trap: true,
    note: 'answers a question about the 50% voucher after a future merge; conditional wording',
    from: SUP, to: shoTo, subject: caseSubj(S),
    date: d('2026-08-18 17:02:44', '+0900'), enc: 'utf8b64',
    text: `渡辺 翔 様

ご質問いただいた割引特典についてお答えします。
アカウントを統合した後も、統合元で付与された50%割引の特典は統合先で引き続きお使いいただけます(有効期限は変わりません)。

三浦`,
  }),
  M({
    slug: 'ja-reply-write-from-keep', kind: 'support_reply', lang: 'ja', caseId: MI, trap: true,
    note: 'asks only to write from the kept address, no data requested',
    from: SUP, to: `${MISAKI.src}`, cc: miTo, subject: caseSubj(MI),
    date: d('2026-04-27 11:11:11', '+0900'), enc: 'jis7',
    text: `小林様

恐れ入りますが、今後のやり取りは統合先として残すメールアドレスからお送りいただけますでしょうか。
連休中に会社のアドレスが使えなくなるとのことでしたので、念のためご案内いたします。

西村`,
  }),
  M({
    slug: 'ja-reply-after-gw-checking', kind: 'support_reply', lang: 'ja', caseId: '1777012204',
    note: 'plain status after Golden Week: apologises and says the request is being checked',
    from: SUP, to: miTo, subject: caseSubj('1777012204'),
    date: d('2026-04-27 09:05:00', '+0900'), enc: 'utf88bit',
    text: `小林様

ご連絡が遅くなり申し訳ありません。いただいた内容を現在確認しております。
明日中には改めてご連絡いたします。

西村`,
  }),
  M({
    slug: 'ja-reply-owner-returns', kind: 'support_reply', lang: 'ja', caseId: K,
    note: 'backup agent: the owner returns on 13 January and will take it from there (text+HTML)',
    from: SUP, to: kenTo, subject: caseSubj(K),
    date: d('2026-01-07 10:20:30', '+0900'), enc: 'utf8qp',
    text: `中村様

ご返信ありがとうございます。担当の松岡は1月13日に戻りますので、以降は松岡より引き続きご案内いたします。
それまでにお急ぎのことがあれば、このメールへご返信ください。

原田`,
    html: toHtml(`中村様

ご返信ありがとうございます。担当の松岡は1月13日に戻りますので、以降は松岡より引き続きご案内いたします。
それまでにお急ぎのことがあれば、このメールへご返信ください。

原田`),
  }),

  // ---------------- unrelated (16) ----------------
  M({
    slug: 'ja-ooo-colleague-quotes-conf', kind: 'unrelated', lang: 'ja', caseId: K, trusted: false, trap: true,
    note: 'a colleague\'s year-end out-of-office reply quoting support\'s consent request',
    from: TAMURA, to: SUP_ADDR, cc: `${KEN.ja} <${KEN.src}>`, subject: `自動応答: ${caseSubj(K)}`,
    date: d('2025-12-27 10:15:22', '+0900'), enc: 'jis7', rcpt: KEN.src,
    text: `田村は12月27日～1月5日まで年末年始休暇のため不在にしております。
ご返信は1月6日以降となります。

${outlookJa('AWS Training and Certification', '2025年12月27日 10:15', '中村 健一', caseSubj(K), KEN_CONF_OLD)}`,
    extra: AUTO_OOO,
  }),
  M({
    slug: 'ja-ooo-own-oldmailbox-quotes-done', kind: 'unrelated', lang: 'ja', caseId: K, trusted: false, trap: true,
    note: 'the user\'s own old company mailbox auto-reply (CC\'d in the thread) quoting support\'s "merge completed"',
    from: `${KEN.ja} <${KEN.src}>`, to: SUP_ADDR, cc: KEN.keep, subject: `【自動返信】年末年始休業のお知らせ (Re: ${caseSubj(K)})`,
    date: d('2025-12-29 16:20:40', '+0900'), enc: 'sjis8', rcpt: KEN.keep,
    text: `${KEN_OOO}

株式会社ジェイピーエスアイヤー 中村 健一

${oldMsgJa(`From: AWS Training and Certification\nSent: Monday, December 29, 2025 4:20 PM\nSubject: ${caseSubj(K)}\n\n${KEN_DONE_OLD}`)}`,
    extra: AUTO_OOO,
  }),
  M({
    slug: 'ja-ooo-agent-received', kind: 'unrelated', lang: 'ja', caseId: MI, trap: true,
    note: 'support agent\'s own out-of-office reply; says the mail was received but nothing moves',
    from: SUP, to: miTo, subject: `【自動応答】担当者不在のお知らせ: ${caseSubj(MI)}`,
    date: d('2025-12-29 08:02:00', '+0900'), enc: 'jisb64',
    text: `ご連絡ありがとうございます。本メールは自動応答です。
担当の西村は1月5日まで休暇をいただいております。お送りいただいたメールは受領しておりますので、
戻り次第、統合のご依頼を含めて確認いたします。`,
    extra: AUTO_OOO,
  }),
  M({
    slug: 'ja-sys-owner-away', kind: 'unrelated', lang: 'ja', caseId: S, trap: true,
    note: 'support system\'s automatic note that the case owner is on leave; the reply was logged; no event',
    from: SUP, to: shoTo, subject: `Re: ${caseSubj(S)} [自動通知]`,
    date: d('2026-08-13 11:30:12', '+0000'), enc: 'utf8b64',
    text: `このケースを担当している者は現在休暇中です(8月17日まで)。
お送りいただいたご返信はケースに記録されました。承諾・情報のご提供いずれの場合も、担当者の復帰後に処理されます。

※このメッセージはシステムから自動送信されています。返信は不要です。`,
    extra: AUTO_SYS,
  }),
  M({
    slug: 'ja-notice-holiday-schedule', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'general year-end schedule notice (no case) listing merges, badge moves and closings that will be slow',
    from: 'AWS トレーニングと認定 <aws-training-info@amazon.com>', to: miTo, subject: '年末年始のサポート対応についてのお知らせ',
    date: d('2025-12-19 01:00:00', '+0000'), enc: 'utf8qp',
    text: `いつも AWS トレーニングと認定をご利用いただきありがとうございます。

12月27日(土)～1月4日(日)は、以下のお手続きの完了までに通常より日数がかかります。
・アカウントの統合、およびその確認のご連絡
・Credly バッジの移行
・ケースの受付通知およびクローズのご案内
お急ぎの方は12月24日までにお問い合わせください。

配信停止はこちら: https://aws.amazon.com/ja/training/unsubscribe`,
  }),
  M({
    slug: 'ja-ooo-team-list', kind: 'unrelated', lang: 'ja', caseId: K, trusted: false, forUser: false, trap: true,
    note: 'colleague\'s out-of-office sent to the team list (not the user); quotes "統合が完了しました"',
    from: '情報システム部 岩崎 <iwasaki@jp-sier.example.co.jp>', to: JPTEAM, subject: `不在通知: ${caseSubj(K)}`,
    date: d('2025-12-29 16:21:05', '+0900'), enc: 'jis7',
    text: `岩崎は1月5日まで不在です。

> 統合作業が終わりましたのでお知らせいたします。`,
    extra: AUTO_OOO,
  }),
  M({
    slug: 'ja-own-forward-before-leave', kind: 'unrelated', lang: 'ja', caseId: MI, trusted: false, trap: true,
    note: 'the user\'s own forward to a colleague before leave, about what to do if a confirmation request arrives',
    from: miTo, to: OKADA, subject: `Fw: ${caseSubj(MI)}`,
    date: d('2026-04-28 19:02:11', '+0900'), enc: 'jis7', rcpt: MISAKI.keep, deliveredTo: MISAKI.keep,
    text: `岡田さん

連休中に AWS から「統合してよいか確認してください」というメールが来たら、
返信は私が戻ってからやるので触らないでください。念のため共有です。

小林

${gmailJa('2026年4月28日(火) 10:50', 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>', MISAKI_INFO_OLD)}`,
  }),
  M({
    slug: 'ja-other-case-exam-reschedule', kind: 'unrelated', lang: 'ja', caseId: '1777504416', trap: true,
    note: 'receipt of the user\'s other case (moving an exam booked in Golden Week); says what it is about',
    from: SUP, to: miTo, subject: '[CASE 1777504416] [AWS Training and Certification Form Submission] - exam-scheduling',
    date: d('2026-04-30 02:44:19', '+0000'), enc: 'sjisb64',
    text: `小林 美咲 様

試験日程の変更に関するお問い合わせを受け付けました(ケース 1777504416)。
5月3日のご予約の変更については、連休明けに担当者よりご連絡いたします。

AWS トレーニングと認定`,
    extra: AUTO_SYS,
  }),
  M({
    slug: 'ja-survey-after-close', kind: 'unrelated', lang: 'ja', caseId: S, trap: true,
    note: 'satisfaction survey after the case was closed ("解決しましたか")',
    from: 'AWS カスタマーサービス <aws-survey@amazon.com>', to: shoTo, subject: 'お問い合わせに関するアンケートのお願い',
    date: d('2026-08-26 03:00:00', '+0000'), enc: 'utf8b64',
    html: toHtml(`渡辺 翔 様

先日はケース ${S} でお問い合わせいただきありがとうございました。
お問い合わせは解決しましたか? 1分ほどのアンケートにご協力ください。

[はい、解決した] [いいえ]`),
  }),
  M({
    slug: 'ja-credly-other-issuer', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'Credly badge from another issuer (Microsoft) during the New Year break',
    from: 'Microsoft via Credly <admin@credly.com>', to: kenTo, subject: 'Microsoftのバッジ発行のお知らせ',
    date: d('2026-01-01 12:00:40', '+0000'), enc: 'jis7',
    text: `中村 健一 様

Microsoft から Microsoft Certified: Azure Administrator Associate のバッジが発行されました。

[バッジを入手する]

Credly`,
  }),
  M({
    slug: 'ja-ooo-retired-address', kind: 'unrelated', lang: 'ja', caseId: MI, trusted: false, trap: true,
    note: 'auto-reply from the user\'s old company address (retired) quoting support\'s request for the candidate ID',
    from: `${MISAKI.ja} <${MISAKI.src}>`, to: SUP_ADDR, cc: MISAKI.keep, subject: `Re: ${caseSubj(MI)}`,
    date: d('2026-01-07 14:04:10', '+0900'), enc: 'utf8qp', rcpt: MISAKI.keep,
    text: `※このメールは自動で返信しています。
このメールアドレスは2025年12月31日をもって使用を停止しました。
ご用件は代表アドレス info@hokuto-sys.example.co.jp までお送りください。

${q(MISAKI_INFO_OLD)}`,
    extra: AUTO_OOO,
  }),
  M({
    slug: 'ja-pearson-gw-closure', kind: 'unrelated', lang: 'ja', trusted: false, trap: true,
    note: 'test vendor\'s Golden Week closure and booking confirmation; not AWS support, not a merge',
    from: 'Pearson VUE <noreply@pearsonvue.com>', to: miTo, subject: '【ご予約確認】ゴールデンウィーク期間中の試験センター休業について',
    date: d('2026-04-24 06:30:00', '+0000'), enc: 'sjis8',
    text: `小林 美咲 様

AWS 認定試験のご予約を確認しました。
なお、4月29日～5月6日は一部のテストセンターが休業となります。ご予約の内容に変更はありません。

Pearson VUE`,
  }),
  M({
    slug: 'ja-ooo-colleague-mobile', kind: 'unrelated', lang: 'ja', caseId: MI, trusted: false, trap: true,
    note: 'colleague\'s short mobile auto-reply during Obon, quoting "バッジも移しました"',
    from: OKADA, to: SUP_ADDR, cc: miTo, subject: `自動返信: ${caseSubj(MI)}`,
    date: d('2026-08-13 09:02:40', '+0900'), enc: 'utf8qp', rcpt: MISAKI.keep,
    text: `お盆休み中です(～8/17)。戻り次第お返事します。
iPhoneから送信

> バッジも個人アドレス側へ移しました。ご確認ください。`,
    extra: AUTO_OOO,
  }),
  M({
    slug: 'ja-vacation-own-quotes-info', kind: 'unrelated', lang: 'ja', caseId: MI, trusted: false, trap: true,
    note: 'the user\'s own work mailbox vacation responder (cc\'d to her personal address) quoting support\'s information request',
    from: `${MISAKI.ja} <${MISAKI.src}>`, to: SUP_ADDR, cc: MISAKI.keep, subject: `夏季休暇のお知らせ (自動返信) Re: ${caseSubj(MI)}`,
    date: d('2026-08-12 10:00:05', '+0900'), enc: 'jisb64', rcpt: MISAKI.keep,
    text: `${MISAKI_OOO}

${outlookJa('AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>', '2026年8月12日 10:00', MISAKI.src, caseSubj(MI), MISAKI_INFO_OLD)}`,
    extra: AUTO_VAC,
  }),
  M({
    slug: 'ja-newyear-campaign', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'New Year learning campaign from AWS Training; "完了" of courses and badges, no case',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', to: shoTo, subject: '新年の学習目標を立てましょう: コースを完了してバッジを獲得',
    date: d('2026-01-01 00:05:00', '+0000'), enc: 'utf8b64',
    html: toHtml(`渡辺 翔 様

あけましておめでとうございます。
今年はどの認定を目指しますか? 1月中にこのラーニングプランを完了すると、デジタルバッジを獲得できます。
受付は1月31日まで。

AWS Skill Builder`),
  }),
  M({
    slug: 'ja-other-case-refund-closed', kind: 'unrelated', lang: 'ja', caseId: CASES.kenOther, trap: true,
    note: 'closing of the user\'s other case about an exam fee refund over New Year',
    from: SUP, to: kenTo, subject: `[CASE ${CASES.kenOther}] [AWS Training and Certification Form Submission] - exam-refund`,
    date: d('2026-01-09 15:30:00', '+0900'), enc: 'jisb64',
    text: `中村様

受験料の返金につきまして、処理が完了いたしましたのでこのケースはクローズいたします。
返金の反映まではカード会社により数日かかる場合がございます。

AWS トレーニングと認定`,
  }),
];
