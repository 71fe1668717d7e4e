// Japanese messages, part 1: receipts, AI answers, information and confirmation requests.
import type { Msg } from './lib.js';
import { C, KENJI, YUKI, TARO, NOREPLY, SUPPORT, SUPPORT_ADDR, SIG_JA, formSubj, mk, kv, kvPad, tableHtml, page, card, banner, paras, to, gmailJa, outlookJa, sfQuote, ref, quote } from './common.js';

const J = (o: Parameters<typeof mk>[1]): Msg => mk('ja', o);

const KENJI_REQ = kv([
  ['お名前', '伊藤 健二'],
  ['会社名', '株式会社フォーマーコ（退職予定）'],
  ['候補者ID', KENJI.srcId],
  ['お問い合わせ内容', '個人用の認定アカウントに、会社アドレスの認定アカウントをまとめたいです。'],
]);
const YUKI_REQ = `お世話になっております。森と申します。
銀行勤務時のアドレス（${YUKI.src}）で受験した分と、個人アドレスで受験した分があり、個人の方へ寄せていただけないでしょうか。
候補者ID: ${YUKI.keepId} / ${YUKI.srcId}`;

export const JA1: Msg[] = [
  // ---------------- acknowledgement (8) ----------------
  J({
    slug: 'ja-ack-kv-jis', kind: 'acknowledgement', caseId: C.kenji, enc: 'jis7', from: NOREPLY,
    subject: `[ケース ${C.kenji}] お問い合わせを受け付けました`,
    note: 'automatic receipt laid out as a field block; new case ID, status unassigned',
    text: `AWS トレーニングと認定 カスタマーサポート

お問い合わせを受け付けました。内容は次のとおりです。

${kv([
  ['ケース ID', C.kenji],
  ['件名', '認定アカウントの統合について'],
  ['ステータス', '未割り当て'],
  ['受付日時', '2026/10/06 08:14 (JST)'],
  ['重要度', '一般的なガイダンス'],
])}

担当者が内容を拝見し、通常24時間以内にメールでご連絡します。
同じ内容で別のケースを作成されますと、回答が遅れる原因となりますのでご遠慮ください。

※本メールは送信専用アドレスからお送りしています。`,
  }),
  J({
    slug: 'ja-ack-form-sjis', kind: 'acknowledgement', caseId: C.yuki, enc: 'sjis8', to: to(YUKI.ja, YUKI.keep),
    subject: formSubj(C.yuki, ''),
    note: 'form-submission receipt with square-bullet fields: number issued, state "受付済み"',
    text: `■受付番号　${C.yuki}
■お問い合わせ種別　AWS トレーニングと認定 / アカウント
■状態　受付済み（担当者未定）

${YUKI.ja} 様

AWS トレーニングと認定へのお問い合わせ、ありがとうございます。
上記の番号でお問い合わせを登録しました。ご返信の際は件名の番号を消さずにお送りください。

${SIG_JA}`,
  }),
  J({
    slug: 'ja-ack-html-table', kind: 'acknowledgement', caseId: C.taro, enc: 'utf8b64', to: to(TARO.ja, TARO.keep), from: NOREPLY,
    subject: `AWS サポート: ケース ${C.taro} が作成されました`,
    note: 'HTML-only receipt card with a table; next step is to wait for the agent',
    html: page(
      card(
        'ケースが作成されました',
        tableHtml([
          ['ケース番号', C.taro],
          ['カテゴリ', 'AWS トレーニングと認定'],
          ['ステータス', '新規'],
          ['次のステップ', 'サポート担当者からの返信をお待ちください（目安：1営業日）'],
        ]),
      ),
    ),
  }),
  J({
    slug: 'ja-ack-trap-fields-jisb64', kind: 'acknowledgement', caseId: C.kenji, enc: 'jisb64', trap: true,
    subject: `【受付】ケース ${C.kenji}`,
    note: 'receipt whose field list shows empty merge/confirmation fields ("確認要否：不要", "統合状況：-"); still only a receipt',
    text: `このメールはお問い合わせ受付時に自動送信されています。

${kv([
  ['受付番号', C.kenji],
  ['ご依頼種別', 'アカウント統合'],
  ['統合状況', '-'],
  ['確認要否', '不要'],
  ['担当', '未定'],
])}

担当部署にて順番に拝見しております。恐れ入りますがしばらくお待ちください。
${SIG_JA}`,
  }),
  J({
    slug: 'ja-ack-mixed-qp', kind: 'acknowledgement', caseId: C.yuki, enc: 'utf8qp', to: to(YUKI.ja, YUKI.keep),
    subject: 'お問い合わせを受け付けました / We have received your inquiry',
    note: 'bilingual receipt; case ID only in the body',
    text: `Thank you for contacting AWS Training and Certification.
AWS トレーニングと認定へお問い合わせいただきありがとうございます。

お問い合わせ番号 / Case ID: ${C.yuki}
受付チャネル：Web フォーム（サインインなし）

お問い合わせは担当窓口で順次拝見しています。通常1〜2営業日でご返信します。
追加の情報がある場合は、このメールへの返信でお送りください。`,
  }),
  J({
    slug: 'ja-ack-lookalike-sjisb64', kind: 'acknowledgement', caseId: C.kenji, enc: 'sjisb64', trusted: false,
    from: 'AWS Training and Certification <support@aws-trainingcert-support.com>',
    subject: `[CASE ${C.kenji}] 受付完了のお知らせ`,
    note: 'receipt shape from a look-alike domain (aws-trainingcert-support.com): untrusted',
    text: `${KENJI.ja} 様

以下の内容でお問い合わせを受け付けました。

受付番号：${C.kenji}
ステータス：受付済み
対応予定：2営業日以内

※本メールにお心当たりがない場合は破棄してください。
AWS Certification Support Desk`,
  }),
  J({
    slug: 'ja-ack-notopic-jis', kind: 'acknowledgement', caseId: C.misc, enc: 'jis7', from: NOREPLY, auth: 'dkimonly', to: to(TARO.ja, TARO.keep),
    subject: 'お問い合わせ番号のお知らせ',
    note: 'bare receipt with no topic: read as what it looks like (dkim-only pass, aligned)',
    text: `お問い合わせ番号 ${C.misc} を発行しました。

今後のやり取りはこの番号で管理されます。担当者からの連絡をお待ちください。
このアドレスは送信専用です。

Amazon Web Services`,
  }),
  J({
    slug: 'ja-ack-resent-8bit', kind: 'acknowledgement', caseId: C.yukiDup, enc: 'utf88bit', forUser: false,
    to: to(YUKI.ja, 'y.mori@bank.example.co.jp'),
    resent: { from: 'y.mori@bank.example.co.jp', to: 'it-shared@bank.example.co.jp', date: 'Wed, 7 Oct 2026 09:02:11 +0900' },
    subject: formSubj(C.yukiDup, ''),
    note: 'receipt of a second (duplicate) case, redirected by the old bank address to a shared box: Resent-*, not for the user',
    text: `ケース番号：${C.yukiDup}
ステータス：受付済み

お問い合わせありがとうございます。担当者が確認次第ご連絡します。
なお、既に同じ内容のケースをお持ちの場合、新しいケースは作成しないでください。対応が遅れる原因となります。

${SIG_JA}`,
  }),

  // ---------------- ai_answer (7) ----------------
  J({
    slug: 'ja-ai-steps-jis', kind: 'ai_answer', caseId: null, enc: 'jis7', from: NOREPLY, trap: true,
    subject: 'AI による回答: 認定アカウントの統合',
    note: 'generated answer pointing to the self-service tool; says what happens after a merge (badges) without reporting one',
    text: `この回答は生成 AI によって作成されました。内容をご確認ください。

【推奨される解決策】
・AWS 認定アカウントにサインインし、プロフィール > アカウントの統合 を開きます。
・統合元アカウントの認証情報を入力し、画面の指示に従います。
・統合が完了すると、認定資格と特典は統合先に表示されます。Credly のバッジは統合後に改めて受け取ってください。

【うまくいかない場合】
両方のアカウントに認定の履歴がある場合、ツールは利用できません。下の「ケースを作成」からお問い合わせください。`,
  }),
  J({
    slug: 'ja-ai-card-b64', kind: 'ai_answer', caseId: null, enc: 'utf8b64', from: NOREPLY, trap: true,
    subject: '生成された回答をお送りします',
    note: 'AI answer card with a "解決しましたか？" prompt; the resolved/closing words belong to the feedback button',
    text: `生成された回答

重複した認定アカウントは、認定ポータルのセルフサービス機能「Merge Accounts」でまとめられる場合があります。

解決しましたか？
はい / いいえ（ケースを作成する）`,
    html: page(
      card(
        '生成された回答',
        paras('重複した認定アカウントは、認定ポータルのセルフサービス機能「Merge Accounts」でまとめられる場合があります。') +
          '\n<p>解決しましたか？ <a href="https://support.aws.amazon.com/#/feedback/yes">はい</a> / <a href="https://support.aws.amazon.com/#/contacts/create">いいえ（ケースを作成する）</a></p>',
      ),
    ),
  }),
  J({
    slug: 'ja-ai-kv-sjis', kind: 'ai_answer', caseId: null, enc: 'sjis8', from: NOREPLY, to: to(YUKI.ja, YUKI.keep),
    subject: 'ご質問への自動回答',
    note: 'automated answer as key-value block with related articles',
    text: `${kv([
      ['回答の種類', '自動生成（AI）'],
      ['ご質問', '2つの認定アカウントを1つにしたい'],
      ['関連記事', 'AWS 認定 FAQ「アカウントを統合するには」'],
    ])}

概要：認定アカウントのプロフィール画面から統合ツールをお試しください。ツールでは対応できない場合のみ、カスタマーサポートにケースを作成してください。`,
  }),
  J({
    slug: 'ja-ai-short-jisb64', kind: 'ai_answer', caseId: null, enc: 'jisb64', from: NOREPLY, to: to(TARO.ja, TARO.keep),
    subject: 'お探しの情報はこちらですか？',
    note: 'short automated suggestion to try the portal tool before opening a case',
    text: `お探しの情報はこちらかもしれません。

> 認定アカウントの重複について
セルフサービスの統合ツール（認定ポータル > プロフィール）をご利用いただけます。

まだお困りの場合は、ケースを作成してサポート担当者にご相談ください。`,
  }),
  J({
    slug: 'ja-ai-forged-qp', kind: 'ai_answer', caseId: null, enc: 'utf8qp', from: NOREPLY, auth: 'forgedBelow', trusted: false,
    subject: 'AI アシスタントからの回答',
    note: 'AI-answer text but the only dmarc=pass sits below the server Received line: untrusted',
    text: `AI アシスタントの回答：

・認定ポータルにサインインします
・「アカウントの統合」を選びます
・旧アカウントのメールアドレスとパスワードを入力します

この回答は自動的に生成されています。正確でない場合があります。`,
  }),
  J({
    slug: 'ja-ai-nocase-jis', kind: 'ai_answer', caseId: null, enc: 'jis7', from: NOREPLY, to: to(YUKI.ja, YUKI.keep),
    subject: 'AWS サポート: 自動回答（ケース未作成）',
    note: 'automated answer stating no case exists yet',
    text: `ステータス：ケース未作成

入力いただいた内容に基づき、次の方法をご提案します。
認定アカウントのプロフィールから、統合ツールで旧アカウントを指定してください。
この提案で解決しない場合は「ケースを作成」を選ぶと、担当者に引き継がれます。`,
  }),
  J({
    slug: 'ja-ai-mixed-b64', kind: 'ai_answer', caseId: null, enc: 'utf8b64', from: NOREPLY,
    subject: 'Generated answer / 生成された回答',
    note: 'bilingual generated answer; Japanese body with English heading',
    text: `Generated answer (Beta)
-----------------------
アカウントが2つある場合は Merge Accounts ツールをお使いください。
手順：Certification Account > Profile > Merge Accounts
両方のアカウントで試験に合格している場合はツールが使えないため、ケースを作成してください。
-----------------------
This answer was generated automatically.`,
  }),

  // ---------------- info_request (9) ----------------
  J({
    slug: 'ja-info-pending-jis', kind: 'info_request', caseId: C.kenji, enc: 'jis7',
    subject: formSubj(C.kenji),
    note: 'status "お客様の対応待ち" with a list of the data still needed',
    text: `${KENJI.ja} 様

ステータス：お客様の対応待ち

統合の手配に入る前に、次の項目をお知らせください。
・統合元アカウントのメールアドレス
・統合先アカウントの候補者ID（AWS から始まる番号）
・最終的に残すアカウントはどちらか

本メールにそのままご返信いただければ結構です。

${SIG_JA}
${ref('ja-info-pending-jis')}

${sfQuote(KENJI.keep, '2026/10/06 8:14', SUPPORT_ADDR, 'アカウント統合', KENJI_REQ)}`,
  }),
  J({
    slug: 'ja-info-form-sjis', kind: 'info_request', caseId: C.yuki, enc: 'sjis8', to: to(YUKI.ja, YUKI.keep),
    subject: formSubj(C.yuki),
    note: 'fill-in form with blanks: 候補者ID, メール, which to keep',
    text: `森様

お問い合わせの件、以下をご記入のうえ本メールにご返信をお願いいたします。

統合先（残す）アカウントのメール：＿＿＿＿
統合先の候補者ID：＿＿＿＿
統合元アカウントのメール：＿＿＿＿
統合元の候補者ID：＿＿＿＿

${SIG_JA}

${gmailJa('2026年10月8日(木) 21:40', YUKI.ja, YUKI.keep, YUKI_REQ)}`,
  }),
  J({
    slug: 'ja-info-confirmword-jisb64', kind: 'info_request', caseId: C.taro, enc: 'jisb64', to: to(TARO.ja, TARO.keep), trap: true,
    subject: formSubj(C.taro),
    note: 'asks to check and tell which address is kept ("ご確認のうえお知らせください"): information, not consent',
    text: `山田様

お世話になっております。
お送りいただいた2つのアドレスのうち、今後お使いになる方のメールアドレスをご確認のうえお知らせください。
また、旧アドレスでのご受験日がわかればあわせてお書き添えください。

${SIG_JA}`,
  }),
  J({
    slug: 'ja-info-banner-html', kind: 'info_request', caseId: C.kenji, enc: 'utf8qp',
    subject: `【対応が必要です】ケース ${C.kenji} 追加情報のお願い`,
    note: 'HTML-only "action required" banner plus table of missing fields',
    html: page(
      banner('対応が必要です') +
        '\n' +
        card(
          'ケースの更新',
          tableHtml([
            ['ケース ID', C.kenji],
            ['ステータス', 'お客様の対応待ち'],
            ['不足している情報', '統合元アカウントの候補者ID、登録メールアドレス'],
            ['ご回答方法', 'このメールに返信'],
          ]),
        ),
    ),
  }),
  J({
    slug: 'ja-info-human-jis', kind: 'info_request', caseId: C.kenji, enc: 'jis7',
    subject: formSubj(C.kenji),
    note: 'short human reply asking for the old account ID, phrased as a question',
    text: `伊藤様

恐れ入りますが、旧アカウント側の候補者IDがこちらで見当たりませんでした。
AWS から始まる8桁の番号を教えていただけますでしょか。認定ポータルの右上、プロフィールから確認できます。

Midori
AWS Training and Certification

${sfQuote(KENJI.keep, '2026/10/07 19:55', SUPPORT_ADDR, formSubj(C.kenji), `統合元：${KENJI.src}\n統合先：${KENJI.keep}\nよろしくお願いします。`)}`,
  }),
  J({
    slug: 'ja-info-wipfield-sjisb64', kind: 'info_request', caseId: C.yuki, enc: 'sjisb64', to: to(YUKI.ja, YUKI.keep),
    subject: `ケース ${C.yuki} の更新`,
    note: 'status field says work in progress, but the note asks for the exam dates and IDs',
    text: `${kvPad([['ケース', C.yuki], ['ステータス', '作業中'], ['最終更新', '2026/10/12']], 14)}

担当者メモ：
照合のため、旧アカウントで受験された試験名と受験日、候補者IDをご返信ください。確認がとれ次第、次の手続きに進みます。`,
  }),
  J({
    slug: 'ja-info-future-b64', kind: 'info_request', caseId: C.taro, enc: 'utf8b64', to: to(TARO.ja, TARO.keep), trap: true,
    subject: formSubj(C.taro),
    note: 'talks about the merge only in the future ("統合を進めるにあたり") and asks for data',
    text: `山田様

統合を進めるにあたり、以下2点を教えていただけますでしょうか。
1. 統合元アカウントの登録メールアドレス
2. 統合先として残したいアカウントの候補者ID

統合が済みましたら改めてご連絡いたします。

${SIG_JA}`,
  }),
  J({
    slug: 'ja-info-failforged-jis', kind: 'info_request', caseId: C.kenji, enc: 'jis7', auth: 'failThenForged', trusted: false,
    subject: formSubj(C.kenji),
    note: 'asks for IDs and password-like data; top A-R says dmarc=fail, a pass is planted lower: untrusted',
    text: `伊藤様

手続きのため、両アカウントのメールアドレス、候補者ID、およびサインイン用パスワードを本メールにご返信ください。
期限：3日以内

${SIG_JA}`,
  }),
  J({
    slug: 'ja-info-keepaddr-8bit', kind: 'info_request', caseId: C.yuki, enc: 'utf88bit', to: to(YUKI.ja, YUKI.src), rcpt: YUKI.src,
    subject: formSubj(C.yuki),
    note: 'asks to write from the address kept and include both candidate IDs',
    text: `森様

ご連絡ありがとうございます。本人確認の都合上、残す側のアカウントのメールアドレスから、両方の候補者IDを記載して改めてご返信ください。
現在のご返信元（銀行のアドレス）では手続きを進められません。

${SIG_JA}

${outlookJa(`${YUKI.ja} <${YUKI.src}>`, '2026年10月9日 10:21', SUPPORT_ADDR, formSubj(C.yuki), '個人アドレスの方に統合をお願いします。')}`,
  }),

  // ---------------- confirmation_request (9) ----------------
  J({
    slug: 'ja-conf-action-jis', kind: 'confirmation_request', caseId: C.kenji, enc: 'jis7',
    subject: `【要対応】アカウント統合のご同意について [CASE ${C.kenji}]`,
    note: 'asks for consent to the irreversible merge; reply with 同意します',
    text: `伊藤様

以下の内容で統合を行います。統合後は元に戻すことができません。

${kv([
  ['統合元', `${KENJI.src}（${KENJI.srcId}）`],
  ['統合先', `${KENJI.keep}（${KENJI.keepId}）`],
])}

よろしければ、本メールに「同意します」とご返信ください。ご返信を受けて作業を開始します。

${SIG_JA}`,
  }),
  J({
    slug: 'ja-conf-kv-sjis', kind: 'confirmation_request', caseId: C.yuki, enc: 'sjis8', to: to(YUKI.ja, YUKI.keep),
    subject: formSubj(C.yuki),
    note: 'key-value consent block: 取り消し：不可, answer by reply',
    text: `森様

■統合内容
統合元　：${YUKI.src} / ${YUKI.srcId}
統合先　：${YUKI.keep} / ${YUKI.keepId}
移行項目：認定資格、試験履歴、特典
取り消し：不可
ご回答方法：本メールへの返信（「上記で進めてください」等）

内容に相違がなければ、進めてよいかお返事ください。

${SIG_JA}`,
  }),
  J({
    slug: 'ja-conf-card-b64', kind: 'confirmation_request', caseId: C.taro, enc: 'utf8b64', to: to(TARO.ja, TARO.keep),
    subject: `[CASE ${C.taro}] ご確認のお願い：統合の実行`,
    note: 'multipart card with action banner; asks for agreement before an irreversible merge',
    text: `対応が必要です

山田様、統合先 ${TARO.keep}（${TARO.keepId}）へ ${TARO.src}（${TARO.srcId}）をまとめます。
この操作は取り消せません。問題なければ、このメールに「同意」とご返信ください。`,
    html: page(
      banner('対応が必要です') +
        card(
          'ご確認のお願い',
          paras(`山田様、統合先 ${TARO.keep}（${TARO.keepId}）へ ${TARO.src}（${TARO.srcId}）をまとめます。\nこの操作は取り消せません。問題なければ、このメールに「同意」とご返信ください。`),
        ),
    ),
  }),
  J({
    slug: 'ja-conf-short-jisb64', kind: 'confirmation_request', caseId: C.kenji, enc: 'jisb64',
    subject: formSubj(C.kenji),
    note: 'one-line consent question above a Gmail quote of the user’s IDs',
    text: `伊藤様

頂戴した情報で照合がとれました。上記内容で統合を実行してよろしいでしょうか。実行後は元に戻せませんので、念のためお伺いしております。

Ken / AWS T&C Support

${gmailJa('2026年10月9日(金) 7:02', KENJI.ja, KENJI.keep, `統合元：${KENJI.srcId}\n統合先：${KENJI.keepId}\n残すのは個人アドレスの方です。`)}`,
  }),
  J({
    slug: 'ja-conf-status-qp', kind: 'confirmation_request', caseId: C.yuki, enc: 'utf8qp', to: to(YUKI.ja, YUKI.keep),
    subject: `ケース ${C.yuki}：お客様の対応待ち`,
    note: 'status block "お客様の対応待ち / 確認要否：要" and the consent question below',
    text: `ステータス：お客様の対応待ち
確認要否：要

森様
統合元の認定・試験履歴・特典を ${YUKI.keep} 側へ移します。実行すると元には戻りません。
承諾いただける場合はその旨ご返信ください。ご返信がない限り作業は行いません。`,
  }),
  J({
    slug: 'ja-conf-lookserver-jis', kind: 'confirmation_request', caseId: C.kenji, enc: 'jis7', auth: 'lookalikeServer', trusted: false,
    subject: formSubj(C.kenji),
    note: 'consent request, but the top A-R is from a look-alike authserv-id: untrusted',
    text: `伊藤様

統合処理の前に最終確認をお願いします。下記リンクから「同意する」を押してください。
https://aws-merge-confirm.example.net/c/${C.kenji}

${SIG_JA}`,
  }),
  J({
    slug: 'ja-conf-restate-jis', kind: 'confirmation_request', caseId: C.taro, enc: 'jis7', to: to(TARO.ja, TARO.keep),
    subject: formSubj(C.taro),
    note: 'restates the facts received, then asks whether to proceed',
    text: `山田様

候補者ID ${TARO.keepId}、${TARO.srcId} の2件、いずれも確認できました。
旧アカウントの資格（SAA、DVA）は統合先に引き継がれますが、統合は一方向の処理で、あとから分けることはできません。
このまま進めてよいか、ご意向をお聞かせください。

${SIG_JA}`,
  }),
  J({
    slug: 'ja-conf-bilingual-sjisb64', kind: 'confirmation_request', caseId: C.yuki, enc: 'sjisb64', to: to(YUKI.ja, YUKI.keep),
    subject: formSubj(C.yuki),
    note: 'Japanese consent request with the English copy below',
    text: `森様

統合を実行してよろしいか、ご返信にてお知らせください（取り消し不可）。

Dear Yuki,
Please reply to let us know whether we may go ahead. The merge cannot be reversed.

${SIG_JA}`,
  }),
  J({
    slug: 'ja-conf-colleague-8bit', kind: 'confirmation_request', caseId: C.ichiro, enc: 'utf88bit', forUser: false,
    to: '田中 一郎 <ichiro.tanaka@formerco.example.co.jp>',
    subject: formSubj(C.ichiro),
    note: 'a consent request addressed to a colleague, not to any of the user’s addresses',
    text: `田中様

統合元・統合先の内容で処理してよろしいか、ご返信ください。統合後は取り消しできません。

${SIG_JA}`,
  }),
];
