// Japanese messages, part 2: completions, badges, closings, other replies, unrelated mail.
import type { Msg } from './lib.js';
import { C, KENJI, YUKI, TARO, NOREPLY, PORTAL, CREDLY_AWS, SUPPORT, SUPPORT_ADDR, SIG_JA, formSubj, mk, kv, kvPad, tableHtml, page, card, banner, paras, to, gmailJa, outlookJa, sfQuote, fwdJa, ref } from './common.js';

const J = (o: Parameters<typeof mk>[1]): Msg => mk('ja', o);

const credlyHtml = (issuer: string, badge: string, name: string): string =>
  page(
    card(
      `${issuer}のバッジ発行のお知らせ`,
      paras(`${name} 様\n\n${issuer} から新しいバッジ「${badge}」が発行されました。`) +
        '\n' +
        tableHtml([
          ['バッジ', badge],
          ['発行者', issuer],
          ['ステータス', '受け取り待ち'],
        ]),
      ['バッジを入手する', 'https://www.credly.com/earner/earned/badge/4f1c2a9e-7d3b-4b8a-9e11-0c5d2f6a8b71'],
    ),
  );

export const JA2: Msg[] = [
  // ---------------- merge_completed (9) ----------------
  J({
    slug: 'ja-merge-resolved-jis', kind: 'merge_completed', caseId: C.kenji, enc: 'jis7', trap: true,
    subject: formSubj(C.kenji),
    note: 'status "解決済み" on top, the new fact below is that the accounts were merged',
    text: `ステータス：解決済み

伊藤様

${kv([
  ['処理内容', 'アカウント統合'],
  ['統合元', KENJI.srcId],
  ['統合先', KENJI.keepId],
  ['処理結果', '完了'],
])}

統合先アカウントにサインインし、認定資格と特典が表示されていることをご確認ください。

${SIG_JA}`,
  }),
  J({
    slug: 'ja-merge-portal-card-b64', kind: 'merge_completed', caseId: null, enc: 'utf8b64', from: PORTAL, to: to(YUKI.ja, YUKI.keep),
    subject: 'アカウント統合完了のお知らせ',
    note: 'certification portal card: accounts merged, no case ID',
    text: `AWS Certification

アカウントの統合が完了しました
統合されたアカウント：${YUKI.src}
現在のアカウント：${YUKI.keep}

認定資格の一覧は認定アカウントからご覧いただけます。`,
    html: page(
      card(
        'アカウントの統合が完了しました',
        tableHtml([
          ['統合されたアカウント', YUKI.src],
          ['現在のアカウント', YUKI.keep],
        ]) + paras('\n認定資格の一覧は認定アカウントからご覧いただけます。'),
        ['認定アカウントを開く', 'https://www.aws.training/Certification'],
      ),
    ),
  }),
  J({
    slug: 'ja-merge-stalewip-sjis', kind: 'merge_completed', caseId: C.taro, enc: 'sjis8', to: to(TARO.ja, TARO.keep),
    subject: `ケース ${C.taro} 更新通知`,
    note: 'status field still reads "作業中" (stale) but the agent note says the merge is done',
    text: `${kvPad([['ケース番号', C.taro], ['ステータス', '作業中'], ['担当', 'Sakura']], 14)}

担当者コメント：
本日、統合作業が完了いたしました。旧アカウントの資格は ${TARO.keepId} に移っております。

${SIG_JA}`,
  }),
  J({
    slug: 'ja-merge-andclose-jisb64', kind: 'merge_completed', caseId: C.yuki, enc: 'jisb64', to: to(YUKI.ja, YUKI.keep), trap: true,
    subject: formSubj(C.yuki),
    note: 'completion plus "このケースはクローズいたします": the completion is the new fact',
    text: `森様

お待たせいたしました、ご依頼の２つのアカウントを1つにまとめる処理が終わりました。
残していただいたのは ${YUKI.keep} 側です。

このケースはクローズいたしますが、不明点があれば本メールへご返信ください。

${SIG_JA}`,
  }),
  J({
    slug: 'ja-merge-check-jis', kind: 'merge_completed', caseId: C.kenji, enc: 'jis7',
    subject: formSubj(C.kenji),
    note: 'merge done; asks the user to check all looks right (still a completion)',
    text: `伊藤様

統合の手続きが完了しました。
お手数ですが、認定アカウントで以下に問題がないかご確認ください。
・認定資格の一覧
・特典（次回受験の割引）
・試験履歴

${SIG_JA}
${ref('ja-merge-check-jis')}`,
  }),
  J({
    slug: 'ja-merge-short-qp', kind: 'merge_completed', caseId: C.taro, enc: 'utf8qp', to: to(TARO.ja, TARO.keep),
    subject: formSubj(C.taro),
    note: 'short completion above an Outlook quote of the user’s consent',
    text: `山田様

統合しました。旧アカウント（${TARO.srcId}）の認定は、今後は ${TARO.keep} でご覧いただけます。

${SIG_JA}

${outlookJa(`${TARO.ja} <${TARO.keep}>`, '2026年10月20日 9:10', SUPPORT_ADDR, formSubj(C.taro), '上記内容で問題ありません。統合をお願いします。')}`,
  }),
  J({
    slug: 'ja-merge-changelog-sjisb64', kind: 'merge_completed', caseId: C.yuki, enc: 'sjisb64', to: to(YUKI.ja, YUKI.keep),
    subject: `[CASE ${C.yuki}] 処理結果のお知らせ`,
    note: 'bulleted change log of what moved in the merge',
    text: `処理結果：統合済み

変更点
- 認定：AWS Certified Cloud Practitioner を ${YUKI.keepId} に移動
- 認定：AWS Certified Solutions Architect - Associate を ${YUKI.keepId} に移動
- 試験履歴：3件を移動
- 旧アカウント ${YUKI.srcId}：無効化

${SIG_JA}`,
  }),
  J({
    slug: 'ja-merge-fail-jis', kind: 'merge_completed', caseId: C.kenji, enc: 'jis7', auth: 'fail', trusted: false,
    subject: formSubj(C.kenji),
    note: 'completion text, but dmarc=fail on the receiving server’s A-R: untrusted',
    text: `伊藤様

アカウントの統合が完了しました。下記より新しいアカウントにサインインしてください。
https://aws-training-login.example.org/signin

${SIG_JA}`,
  }),
  J({
    slug: 'ja-merge-freemail-8bit', kind: 'merge_completed', caseId: C.yuki, enc: 'utf88bit', trusted: false, to: to(YUKI.ja, YUKI.keep),
    from: 'AWS Training and Certification <aws.certification.desk@gmail.com>',
    subject: formSubj(C.yuki),
    note: 'completion under a trusted display name on a free-mail address: untrusted',
    text: `森様

統合が完了しました。特典の再発行には、以下のフォームからお支払い情報をご登録ください。

AWS Training and Certification`,
  }),

  // ---------------- badges_transferred (8) ----------------
  J({
    slug: 'ja-badge-credly-b64', kind: 'badges_transferred', caseId: null, enc: 'utf8b64', from: CREDLY_AWS,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'AWS badge issued by Credly to the kept account (card)',
    text: `${KENJI.ja} 様

Amazon Web Services Training and Certification から新しいバッジ「AWS Certified Developer - Associate」が発行されました。

バッジを入手する：https://www.credly.com/earner/earned/badge/4f1c2a9e-7d3b-4b8a-9e11-0c5d2f6a8b71`,
    html: credlyHtml('Amazon Web Services Training and Certification', 'AWS Certified Developer - Associate', KENJI.ja),
  }),
  J({
    slug: 'ja-badge-resolved-jis', kind: 'badges_transferred', caseId: C.kenji, enc: 'jis7', trap: true,
    subject: formSubj(C.kenji),
    note: 'support says the Credly badges moved; status "解決済み" is the closing that goes with it',
    text: `ステータス：解決済み

伊藤様

Credly のバッジを統合先（${KENJI.keep}）へ移行しました。Credly にサインインしてご確認ください。
本件はこれにて解決とさせていただきます。

${SIG_JA}`,
  }),
  J({
    slug: 'ja-badge-kv-sjis', kind: 'badges_transferred', caseId: C.taro, enc: 'sjis8', to: to(TARO.ja, TARO.keep),
    subject: `ケース ${C.taro}：バッジ移行`,
    note: 'key-value update: badge transfer completed, 3 of 3',
    text: `${kv([
      ['対象', 'Credly デジタルバッジ'],
      ['移行先', TARO.keep],
      ['移行状況', '完了（3件中3件）'],
    ])}

山田様、先日ご連絡いただいたバッジの件、上記のとおり対応しました。

${SIG_JA}`,
  }),
  J({
    slug: 'ja-badge-credly-jisb64', kind: 'badges_transferred', caseId: null, enc: 'jisb64', from: CREDLY_AWS, to: to(YUKI.ja, YUKI.keep),
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'Credly notice for an AWS badge, ISO-2022-JP plain text',
    text: `${YUKI.ja} 様

おめでとうございます。Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが届いています。

バッジを入手する
https://www.credly.com/earner/earned/badge/b27e40d1-9a5c-4e3f-8d20-61f0c3b7a944

Credly`,
  }),
  J({
    slug: 'ja-badge-short-jis', kind: 'badges_transferred', caseId: C.yuki, enc: 'jis7', to: to(YUKI.ja, YUKI.keep),
    subject: formSubj(C.yuki),
    note: 'short human reply, bottom-posted under a Gmail quote: badges moved to the kept Credly account', crlf: false,
    text: `${gmailJa('2026年11月2日(月) 12:30', YUKI.ja, YUKI.keep, '統合ありがとうございました。ただ、Credly のバッジが旧アドレスに残ったままです。')}

森様
バッジを統合先の Credly アカウントへ移しました。お手すきの際にご確認ください。`,
  }),
  J({
    slug: 'ja-badge-credIy-qp', kind: 'badges_transferred', caseId: null, enc: 'utf8qp', trusted: false,
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'badge notice from credIy.com (capital I): look-alike, untrusted',
    html: credlyHtml('Amazon Web Services Training and Certification', 'AWS Certified Cloud Practitioner', KENJI.ja),
  }),
  J({
    slug: 'ja-badge-digest-b64', kind: 'badges_transferred', caseId: C.taro, enc: 'utf8b64', to: to(TARO.ja, TARO.keep),
    subject: `ケースの更新 (${C.taro})`,
    note: 'case update list whose newest entry says the badges are now on the kept account',
    text: `ケース ${C.taro} の更新履歴

2026/10/21  統合完了のご連絡
2026/10/28  バッジの件でお客様から返信
2026/10/30  Credly バッジの付け替えが終わりました。${TARO.keep} の Credly でご確認いただけます。（新規）

${SIG_JA}`,
  }),
  J({
    slug: 'ja-badge-credly-8bit', kind: 'badges_transferred', caseId: null, enc: 'utf88bit', from: CREDLY_AWS, to: to(TARO.ja, TARO.keep),
    subject: 'バッジを受け取ってください: AWS Certified SysOps Administrator - Associate',
    note: 'Credly card text for an AWS badge after the merge',
    text: `Amazon Web Services Training and Certification より
バッジ：AWS Certified SysOps Administrator - Associate
受取期限：なし

バッジを入手する → https://www.credly.com/earner/earned/badge/0d8e71b3-55aa-4f2c-b0d9-2c7a19e6f402`,
  }),

  // ---------------- case_closed (8) ----------------
  J({
    slug: 'ja-closed-kv-jis', kind: 'case_closed', caseId: C.kenji, enc: 'jis7', from: NOREPLY,
    subject: `AWS サポート: ケース ${C.kenji} はクローズされました`,
    note: 'case resolved/closed notice as a field block',
    text: `${kv([
      ['ケース ID', C.kenji],
      ['ステータス', '解決済み'],
      ['クローズ日時', '2026/11/04 10:02'],
    ])}

ケースは解決済みとしてクローズされました。再開が必要な場合は、7日以内にこのメールへご返信ください。`,
  }),
  J({
    slug: 'ja-closed-autoreminder-jis', kind: 'case_closed', caseId: C.yuki, enc: 'jis7', from: NOREPLY, to: to(YUKI.ja, YUKI.keep), trap: true,
    subject: `ケース ${C.yuki}：お客様の対応待ち`,
    note: 'auto-close reminder; the "お客様の対応待ち" status reads like an info request, but it only warns of closing',
    text: `ステータス：お客様の対応待ち

このケースには3日間ご返信がありません。
さらに3日間ご返信がない場合、ケースは自動的にクローズされます。`,
  }),
  J({
    slug: 'ja-closed-restate-sjis', kind: 'case_closed', caseId: C.taro, enc: 'sjis8', to: to(TARO.ja, TARO.keep), trap: true,
    subject: formSubj(C.taro),
    note: 'closing that only restates the earlier merge ("先週統合が完了しましたので")',
    text: `山田様

先週統合が完了しておりますので、本ケースはクローズとさせていただきます。
その後のご連絡がございませんでしたので、問題なくご利用いただけているものと存じます。

${SIG_JA}`,
  }),
  J({
    slug: 'ja-closed-card-b64', kind: 'case_closed', caseId: C.yuki, enc: 'utf8b64', from: NOREPLY, to: to(YUKI.ja, YUKI.keep),
    subject: 'ケースのステータスが変更されました',
    note: 'HTML card: status changed to 解決済み; case ID only in the body',
    html: page(
      card(
        'ケースのステータスが変更されました',
        tableHtml([
          ['ケース ID', C.yuki],
          ['旧ステータス', 'お客様の対応待ち'],
          ['新ステータス', '解決済み'],
        ]),
      ),
    ),
  }),
  J({
    slug: 'ja-closed-noconfirm-jisb64', kind: 'case_closed', caseId: C.kenji, enc: 'jisb64', from: NOREPLY, trap: true,
    subject: `[ケース ${C.kenji}] 終了のお知らせ`,
    note: 'closing notice whose fields include "確認要否：不要"',
    text: `${kv([
      ['ケース', C.kenji],
      ['状態', '終了'],
      ['確認要否', '不要'],
      ['備考', 'ご返信は不要です'],
    ])}

ご利用ありがとうございました。`,
  }),
  J({
    slug: 'ja-closed-short-qp', kind: 'case_closed', caseId: C.taro, enc: 'utf8qp', to: to(TARO.ja, TARO.keep),
    subject: formSubj(C.taro),
    note: 'one-line closing above a Salesforce quote of thanks',
    text: `山田様
本件はこれにてクローズとさせていただきます。ご連絡ありがとうございました。

${sfQuote(TARO.keep, '2026/11/05 18:40', SUPPORT_ADDR, formSubj(C.taro), 'すべて確認できました。ありがとうございました。')}`,
  }),
  J({
    slug: 'ja-closed-otheronly-jis', kind: 'case_closed', caseId: C.yuki, enc: 'jis7', auth: 'otherOnly', trusted: false, to: to(YUKI.ja, YUKI.keep),
    subject: formSubj(C.yuki),
    note: 'closing text, but the only A-R is another server’s (mx.google.com): untrusted',
    text: `森様

お問い合わせいただいたケースを解決済みにしました。

${SIG_JA}`,
  }),
  J({
    slug: 'ja-closed-7days-sjisb64', kind: 'case_closed', caseId: C.kenji, enc: 'sjisb64',
    subject: formSubj(C.kenji),
    note: 'agent says the case closes in 7 days without a reply',
    text: `伊藤様

その後いかがでしょうか。
7日以内にご返信がない場合、本ケースは自動でクローズされます。クローズ後も同じメールへ返信すれば再開できます。

${SIG_JA}`,
  }),

  // ---------------- support_reply (9) ----------------
  J({
    slug: 'ja-sr-thanks-jis', kind: 'support_reply', caseId: C.kenji, enc: 'jis7', trap: true,
    subject: formSubj(C.kenji),
    note: 'thanks for the consent, passed to the team; status work in progress',
    text: `ステータス：作業中

伊藤様
ご同意いただきありがとうございます。担当チームへ統合作業を依頼しました。完了しましたら改めてご連絡します。

${SIG_JA}

${gmailJa('2026年10月10日(土) 8:03', KENJI.ja, KENJI.keep, '同意します。よろしくお願いします。')}`,
  }),
  J({
    slug: 'ja-sr-digest-b64', kind: 'support_reply', caseId: C.taro, enc: 'utf8b64', from: NOREPLY, to: to(TARO.ja, TARO.keep), trap: true,
    subject: 'ケース更新のまとめ（2件）',
    note: 'digest: this case is work in progress; the "解決済み" line belongs to the other (billing) case',
    text: `ケース更新のまとめ

・${C.taro} アカウント統合 ステータス：作業中（担当者が社内で確認しています）
・${C.taroBill} 請求書の宛名変更 ステータス：解決済み

詳細はサポートセンターでご覧ください。`,
    html: page(
      card(
        'ケース更新のまとめ',
        `<table cellpadding="6" border="1" style="border-collapse:collapse"><tr><th>ケース</th><th>件名</th><th>ステータス</th></tr>\n<tr><td>${C.taro}</td><td>アカウント統合</td><td>作業中（担当者が社内で確認しています）</td></tr>\n<tr><td>${C.taroBill}</td><td>請求書の宛名変更</td><td>解決済み</td></tr></table>`,
      ),
    ),
  }),
  J({
    slug: 'ja-sr-escalate-sjis', kind: 'support_reply', caseId: C.yuki, enc: 'sjis8', to: to(YUKI.ja, YUKI.keep), trap: true,
    subject: formSubj(C.yuki),
    note: 'escalation notice with field "ご確認のお願い：なし"',
    text: `${kv([
      ['ステータス', 'エスカレーション済み'],
      ['ご確認のお願い', 'なし'],
      ['次回連絡予定', '2026/10/19'],
    ])}

森様、両アカウントに同じ試験の合格記録があるため、専門チームに確認を依頼しました。

${SIG_JA}`,
  }),
  J({
    slug: 'ja-sr-dupcases-jisb64', kind: 'support_reply', caseId: C.yuki, enc: 'jisb64', to: to(YUKI.ja, YUKI.keep), trap: true,
    subject: formSubj(C.yuki),
    note: 'the two duplicate *cases* were merged, not the accounts',
    text: `森様

同じ内容で2件のケース（${C.yuki}、${C.yukiDup}）を頂戴していたため、ケースを1つに統合しました。今後は ${C.yuki} でやり取りさせてください。
アカウントの件は引き続き確認中です。

${SIG_JA}`,
  }),
  J({
    slug: 'ja-sr-notyet-jis', kind: 'support_reply', caseId: C.kenji, enc: 'jis7', trap: true,
    subject: formSubj(C.kenji),
    note: '"統合はまだ完了しておりません": negated, status only',
    text: `伊藤様

お問い合わせの件、統合はまだ完了しておりません。処理待ちの列に入っておりますので、今しばらくお待ちください。

${SIG_JA}`,
  }),
  J({
    slug: 'ja-sr-reopen-qp', kind: 'support_reply', caseId: C.taro, enc: 'utf8qp', to: to(TARO.ja, TARO.keep), trap: true,
    subject: `ケース ${C.taro}：解決済み`,
    note: 'subject/status still say 解決済み, but the note says it was closed by mistake and reopened',
    text: `ステータス：解決済み

担当者より：
先ほどの自動通知でケースが解決済みと表示されましたが、誤操作によるものです。ケースは再開しており、統合の作業は継続中です。ご迷惑をおかけしました。`,
  }),
  J({
    slug: 'ja-sr-short-jis', kind: 'support_reply', caseId: C.yuki, enc: 'jis7', to: to(YUKI.ja, YUKI.keep),
    subject: formSubj(C.yuki),
    note: 'short acknowledgement by an agent, mobile-style',
    text: `森様
承知しました。引き続き確認いたします。

AWS T&C サポート`,
  }),
  J({
    slug: 'ja-sr-voucher-sjisb64', kind: 'support_reply', caseId: C.kenji, enc: 'sjisb64', trap: true,
    subject: formSubj(C.kenji),
    note: 'answers a question about vouchers; the merge is only conditional ("統合が完了しましたら")',
    text: `伊藤様

ご質問の件、次回受験の50%割引の特典は統合が完了しましたら統合先アカウントに表示されます。有効期限は変わりません。

${SIG_JA}`,
  }),
  J({
    slug: 'ja-sr-noauth-8bit', kind: 'support_reply', caseId: C.taro, enc: 'utf88bit', auth: 'none', trusted: false, to: to(TARO.ja, TARO.keep),
    subject: formSubj(C.taro),
    note: 'agent-change notice with no Authentication-Results at all: untrusted',
    text: `山田様

担当者変更のお知らせ
旧担当：Sakura
新担当：Haruto
ケースの内容は引き継いでおります。

${SIG_JA}`,
  }),

  // ---------------- unrelated (11) ----------------
  J({
    slug: 'ja-un-msbadge-b64', kind: 'unrelated', caseId: null, enc: 'utf8b64', from: 'Microsoft via Credly <admin@credly.com>', trap: true,
    subject: 'Microsoftのバッジ発行のお知らせ',
    note: 'Credly badge from another issuer (Microsoft)',
    text: `${KENJI.ja} 様\n\nMicrosoft から新しいバッジ「Microsoft Certified: Azure Fundamentals」が発行されました。\nバッジを入手する：https://www.credly.com/earner/earned/badge/9a0b1c2d`,
    html: credlyHtml('Microsoft', 'Microsoft Certified: Azure Fundamentals', KENJI.ja),
  }),
  J({
    slug: 'ja-un-credlymerge-jis', kind: 'unrelated', caseId: null, enc: 'jis7', from: 'Credly <admin@credly.com>', trap: true,
    subject: 'Credly アカウント統合の確認コード',
    note: 'Credly’s own account-merge code mail',
    text: `${kv([
      ['確認コード', '482913'],
      ['有効期限', '30分'],
      ['操作', 'アカウントの統合'],
    ])}

Credly で2つのアカウントを統合する手続きを完了するには、上記のコードを入力してください。`,
  }),
  J({
    slug: 'ja-un-survey-sjis', kind: 'unrelated', caseId: C.kenji, enc: 'sjis8', from: NOREPLY, trap: true,
    subject: `ケース ${C.kenji} に関するアンケート`,
    note: 'survey "問題は解決しましたか？" about the case',
    text: `ケース ${C.kenji}（ステータス：解決済み）についてお伺いします。

問題は解決しましたか？
[はい]　[いいえ]

1分ほどで終わるアンケートです。`,
  }),
  J({
    slug: 'ja-un-examcase-jisb64', kind: 'unrelated', caseId: C.kenjiExam, enc: 'jisb64', from: NOREPLY, trap: true,
    subject: `[ケース ${C.kenjiExam}] 受付完了：試験予約の変更`,
    note: 'receipt of the user’s other case about an exam booking change',
    text: `${kv([
      ['ケース ID', C.kenjiExam],
      ['件名', '試験予約の日時変更'],
      ['ステータス', '受付済み'],
    ])}

試験の予約変更に関するお問い合わせを受け付けました。`,
  }),
  J({
    slug: 'ja-un-examresult-qp', kind: 'unrelated', caseId: null, enc: 'utf8qp', from: PORTAL, to: to(YUKI.ja, YUKI.keep), trap: true,
    subject: '試験結果のお知らせ',
    note: 'exam result card; mentions a Credly badge that will come later',
    text: `${kv([
      ['試験', 'AWS Certified Security - Specialty'],
      ['結果', '合格'],
      ['スコア', '812'],
    ])}

デジタルバッジは数日以内に Credly からメールで届きます。`,
  }),
  J({
    slug: 'ja-un-ownfwd-jis', kind: 'unrelated', caseId: C.kenji, enc: 'jis7', auth: 'none', trusted: false,
    from: to(KENJI.ja, KENJI.keep), to: to(KENJI.ja, KENJI.src), rcpt: KENJI.src, trap: true,
    subject: `Fwd: ${formSubj(C.kenji)}`,
    note: 'the user forwarding a completion notice to his own work address',
    text: `控えとして転送。

${fwdJa(SUPPORT, '2026年10月21日(水) 14:05', formSubj(C.kenji), KENJI.keep, 'ステータス：解決済み\n伊藤様\n統合が完了しました。')}`,
  }),
  J({
    slug: 'ja-un-ooo-sjisb64', kind: 'unrelated', caseId: C.yuki, enc: 'sjisb64', auth: 'none', trusted: false,
    from: '森 由紀 (銀行) <y.mori@bank.example.co.jp>', to: to(YUKI.ja, YUKI.keep),
    subject: `自動応答: ${formSubj(C.yuki)}`,
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    note: 'out-of-office reply from the user’s old bank mailbox',
    text: `自動応答

${kvPad([['不在期間', '10/9 - 10/31'], ['緊急連絡先', 'it-help@bank.example.co.jp']], 12)}

本メールは自動送信です。`,
  }),
  J({
    slug: 'ja-un-gitlab-8bit', kind: 'unrelated', caseId: null, enc: 'utf88bit', trusted: false,
    from: 'GitLab <gitlab@formerco.example.co.jp>', to: to(KENJI.ja, KENJI.src), rcpt: KENJI.src, auth: 'none', trap: true,
    subject: 'マージリクエスト !214 がマージされました',
    note: 'GitLab merge-request notice: a code merge, not an account merge',
    text: `マージリクエスト !214「認定バッジ一覧ページの追加」がマージされました。
${kv([
  ['プロジェクト', 'infra/portal'],
  ['マージ者', 'Ichiro Tanaka'],
  ['ステータス', 'マージ済み'],
])}`,
  }),
  J({
    slug: 'ja-un-summit-jis', kind: 'unrelated', caseId: null, enc: 'jis7', from: 'AWS Events <aws-events@aws.amazon.com>', trap: true,
    subject: '【要対応】AWS Summit 登録内容のご確認',
    note: 'event registration mail with an action-required banner and confirmation words',
    text: `【要対応】登録内容をご確認ください

${kv([
  ['イベント', 'AWS Summit Japan'],
  ['登録状況', '仮登録'],
  ['確認期限', '2026/11/20'],
])}

下記より登録を確定してください。`,
  }),
  J({
    slug: 'ja-un-ownconsent-qp', kind: 'unrelated', caseId: C.yuki, enc: 'utf8qp', auth: 'none', trusted: false,
    from: to(YUKI.ja, YUKI.keep), to: SUPPORT, deliveredTo: YUKI.keep, rcpt: YUKI.keep, trap: true,
    subject: `Re: ${formSubj(C.yuki)}`,
    note: 'the user’s own consent reply (copy in her mailbox)',
    text: `ご連絡ありがとうございます。
上記の内容で統合をお願いします。同意いたします。

森

${gmailJa('2026年10月14日(水) 11:20', SUPPORT, SUPPORT_ADDR, '統合を実行してよろしいか、ご返信にてお知らせください。')}`,
  }),
  J({
    slug: 'ja-un-skillbuilder-sjis', kind: 'unrelated', caseId: null, enc: 'sjis8', from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', to: to(TARO.ja, TARO.keep), trap: true,
    subject: 'サブスクリプションのお支払いが完了しました',
    note: 'Skill Builder billing notice with "完了" status',
    text: `${kv([
      ['プラン', 'Individual（月額）'],
      ['ステータス', '完了'],
      ['次回請求日', '2026/12/01'],
    ])}

ご確認のほどよろしくお願いします。`,
  }),
];
