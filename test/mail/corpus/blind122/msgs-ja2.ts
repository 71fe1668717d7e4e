// dq Japanese messages, part 2: merge_completed, badges_transferred, case_closed.
import type { Msg } from './lib.js';
import { C, CERT, CREDLY, KENJI, KENJI_REQ, MIKA, RYO, SUP, SUP_ADDR, YUKI, d, gmailJa, html, mk, outlookJa, q, sfJa, subj, to } from './common.js';

const CREDLY_JA_SUBJ = 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ';

export const JA2: Msg[] = [
  // ---------------- merge_completed (8) ----------------
  mk({
    slug: 'ja-merge-kenji-thread', kind: 'merge_completed', lang: 'ja', caseId: C.kenji,
    note: 'merge done, kept account named; long quoted thread below',
    from: SUP, to: to(KENJI), subject: subj(C.kenji), date: d('2026-10-09 07:12:40'), enc: 'jis7',
    text: `渡辺様

ご同意ありがとうございました。
本日、${KENJI.srcId} のサーティフィケーションを ${KENJI.keepId} へコンソリデーションしました。今後は ${KENJI.keep} でサインインしてください。

中村

${gmailJa('2026年10月9日(金) 9:03', `渡辺 健二 <${KENJI.keep}>`)}
> 中村様
> 同意します。よろしくお願いします。
>
${q(sfJa(SUP_ADDR, '2026/10/08 23:58', subj(C.kenji), `渡辺様
このまま旧アカウントを新アカウントへ統合して問題なければ、本メールに一言ご返信いただき、それをもって作業に着手します。`))}
>
${q(KENJI_REQ)}`,
  }),
  mk({
    slug: 'ja-merge-mika-checkit', kind: 'merge_completed', lang: 'ja', caseId: C.mika, trap: true,
    note: 'completion notice that asks the user to check everything looks right: still merge_completed',
    from: SUP, to: to(MIKA), subject: subj(C.mika), date: d('2026-10-12 02:35:07'), enc: 'jisb64',
    text: `伊藤様

アカウントのインテグレーションが完了いたしました。
${MIKA.keepId} にログインし、SAA・DVA・SCS の3つとバウチャーが表示されているか、お手すきの際にご確認ください。
表示に差異があればこのケースへリプライしてください。`,
  }),
  mk({
    slug: 'ja-merge-yuki-close', kind: 'merge_completed', lang: 'ja', caseId: C.yuki, trap: true,
    note: 'merge done and the case will be closed: the new fact is the merge',
    from: SUP, to: to(YUKI), subject: subj(C.yuki), date: d('2026-10-21 05:50:33'), enc: 'sjisb64',
    text: `小林様

OKのご返信ありがとうございます。
旧アカウント(${YUKI.srcId})の認定履歴のトランスファーが完了し、${YUKI.keepId} に一本化されました。
本件はこれにてクローズとさせていただきます。`,
  }),
  mk({
    slug: 'ja-merge-portal', kind: 'merge_completed', lang: 'ja',
    note: 'certification portal notice that the accounts were merged (no case ID)',
    from: CERT, to: to(MIKA), subject: 'AWS認定: アカウントのマージが完了しました', date: d('2026-10-12 02:31:00'), enc: 'utf8b64',
    text: `伊藤 美香 様

ご利用の AWS Certification アカウントのマージ処理が完了しました。
統合後のアカウント: ${MIKA.keepId}
統合されたアカウントは今後サインインできません。

AWS Certification`,
    html: html(`伊藤 美香 様

ご利用の AWS Certification アカウントのマージ処理が完了しました。
統合後のアカウント: ${MIKA.keepId}
統合されたアカウントは今後サインインできません。

AWS Certification`, 'AWS Certification'),
  }),
  mk({
    slug: 'ja-merge-fail-then-forged', kind: 'merge_completed', lang: 'ja', caseId: C.kenji, trusted: false, auth: 'failThenForged',
    note: 'completion notice; topmost A-R fails, a pass verdict is planted lower',
    from: SUP, to: to(KENJI), subject: subj(C.kenji), date: d('2026-10-09 08:00:00'), enc: 'utf8qp',
    text: `渡辺様

マージ完了しました。新しいアカウントの有効化のため、以下からパスワードを再設定してください。
https://aws-certification-login.example.org/reset`,
  }),
  mk({
    slug: 'ja-merge-ryo-bodyid', kind: 'merge_completed', lang: 'ja', caseId: C.ryo,
    note: 'merge done; case ID only in the body, subject bare',
    from: SUP, to: to(RYO), subject: 'AWS Training and Certification - account-assistance', date: d('2026-10-19 03:22:16'), enc: 'utf88bit',
    text: `田中様 (ケース番号 ${C.ryo})

ご返信ありがとうございます。${RYO.srcId} を ${RYO.keepId} にマージ済みです。
これ以降、認定のステータスは ${RYO.keep} 側でのみ管理されます。`,
  }),
  mk({
    slug: 'ja-merge-colleague-list', kind: 'merge_completed', lang: 'ja', caseId: '1785530012',
    forUser: false,
    note: 'merge completion for a colleague, delivered to a team list (not the user)',
    from: SUP, to: '鈴木 一郎 <ichiro.suzuki@cloudteam.example.jp>', cc: 'cloud-team@cloudteam.example.jp', subject: subj('1785530012'), date: d('2026-10-13 06:02:51'), enc: 'jis7',
    text: `鈴木様

アカウントのマージが完了しました。AWS55500213 に統合済みです。
ご不明点があればこのケースにご返信ください。`,
  }),
  mk({
    slug: 'ja-merge-kenji-dup-short', kind: 'merge_completed', lang: 'ja', caseId: C.kenjiDup,
    note: 'short completion on the duplicate case thread, mobile-style quote',
    from: SUP, to: to(KENJI), subject: subj(C.kenjiDup), date: d('2026-10-09 07:20:02'), enc: 'sjis8',
    text: `渡辺様
別ケース(${C.kenji})でご同意いただいたとおり、統合処理はフィニッシュしています。旧アカウントのデータは ${KENJI.keepId} に移っています。

${gmailJa('2026年10月7日(水) 18:40', `渡辺 健二 <${KENJI.keep}>`)}
> スマホから失礼します。もう一つのケースでやりとりしてます。`,
  }),

  // ---------------- badges_transferred (7) ----------------
  mk({
    slug: 'ja-badge-credly-kenji', kind: 'badges_transferred', lang: 'ja',
    note: 'AWS badge issued via Credly to the kept address',
    from: CREDLY, to: to(KENJI), subject: CREDLY_JA_SUBJ, date: d('2026-10-10 15:44:03'), enc: 'utf8qp',
    text: `渡辺 健二 様

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Professional」のバッジが発行されました。
下のボタンからバッジを受け取り、LinkedIn などでシェアしましょう。

[バッジを入手する]

Credly`,
    html: html(`渡辺 健二 様

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Professional」のバッジが発行されました。
下のボタンからバッジを受け取り、LinkedIn などでシェアしましょう。

[バッジを入手する]

Credly`, 'Credly'),
  }),
  mk({
    slug: 'ja-badge-credly-mika-html', kind: 'badges_transferred', lang: 'ja',
    note: 'Credly HTML-only: AWS badges now on the kept account',
    from: CREDLY, to: to(MIKA), subject: CREDLY_JA_SUBJ, date: d('2026-10-13 11:20:45'), enc: 'utf8b64',
    html: html(`伊藤 美香 さん

Amazon Web Services Training and Certification があなたに3件のバッジを発行しました:
AWS Certified Solutions Architect - Associate
AWS Certified Developer - Associate
AWS Certified Security - Specialty

バッジを入手する`, 'Credly'),
  }),
  mk({
    slug: 'ja-badge-support-close', kind: 'badges_transferred', lang: 'ja', caseId: C.kenji, trap: true,
    note: 'support says the Credly badges were moved and closes the case: badges_transferred',
    from: SUP, to: to(KENJI), subject: subj(C.kenji), date: d('2026-10-10 06:08:19'), enc: 'jis7',
    text: `渡辺様

ご指摘のあった Credly のバッジについて、統合元から ${KENJI.keep} 側へトランスファーを実施しました。
Credly からのメールでアクセプトしていただければ表示されます。
本件はこれでクローズさせていただきます。`,
  }),
  mk({
    slug: 'ja-badge-mika-fix', kind: 'badges_transferred', lang: 'ja', caseId: C.mika,
    note: 'support says badge migration was fixed and the badges sit on the kept account',
    from: SUP, to: to(MIKA), subject: subj(C.mika), date: d('2026-10-14 04:15:52'), enc: 'jisb64',
    text: `伊藤様

バッジのマイグレーションが漏れていた件、フィックスしました。
SAA/DVA/SCS の3バッジとも ${MIKA.keep} のCredlyアカウントにひも付いています。

${outlookJa(`伊藤 美香 <${MIKA.keep}>`, '2026年10月13日 9:12', SUP_ADDR, subj(C.mika))}
マージありがとうございました。ただ、Credly の方に SCS しか出てきません。`,
  }),
  mk({
    slug: 'ja-badge-credly-lookalike', kind: 'badges_transferred', lang: 'ja', trusted: false,
    note: 'badge notice from credIy.com (capital I look-alike): untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>', to: to(YUKI), subject: CREDLY_JA_SUBJ, date: d('2026-10-22 10:10:10'), enc: 'utf8qp',
    text: `小林 由紀 様

Amazon Web Services Training and Certification からバッジが発行されました。
[バッジを入手する] https://credly-badges.example.info/accept`,
  }),
  mk({
    slug: 'ja-badge-yuki-assign', kind: 'badges_transferred', lang: 'ja', caseId: C.yuki,
    note: 'support re-assigned the badges to the kept account',
    from: SUP, to: to(YUKI), subject: subj(C.yuki), date: d('2026-10-23 02:02:30'), enc: 'sjis8',
    text: `小林様

Credly 側のバッジを ${YUKI.keep} にアサインし直しました。CLF と SAA の2つが移っています。
反映まで少しタイムラグがある場合があります。`,
  }),
  mk({
    slug: 'ja-badge-ryo-credly', kind: 'badges_transferred', lang: 'ja',
    note: 'Credly notice in Japanese for the English-writing user',
    from: CREDLY, to: to(RYO), subject: CREDLY_JA_SUBJ, date: d('2026-10-20 12:00:41'), enc: 'utf8b64',
    text: `田中 亮 様

おめでとうございます! Amazon Web Services Training and Certification から「AWS Certified DevOps Engineer - Professional」のバッジが届いています。
バッジを入手する: https://www.credly.com/earner/earned`,
  }),

  // ---------------- case_closed (7) ----------------
  mk({
    slug: 'ja-closed-kenji', kind: 'case_closed', lang: 'ja', caseId: C.kenji,
    note: 'case resolved and closed',
    from: SUP, to: to(KENJI), subject: subj(C.kenji), date: d('2026-10-12 01:00:14'), enc: 'jis7',
    text: `渡辺様

本ケースのステータスを「解決済み」に変更し、クローズいたしました。
再オープンが必要な場合は、7日以内にこのメールへリプライしてください。`,
  }),
  mk({
    slug: 'ja-closed-mika-autoclose', kind: 'case_closed', lang: 'ja', caseId: C.mika,
    note: 'will auto-close if no reply',
    from: SUP, to: to(MIKA), subject: subj(C.mika), date: d('2026-10-17 02:30:00'), enc: 'utf8qp',
    text: `伊藤様

前回のご連絡からレスポンスがないため、5日後にこのケースはオートクローズされます。
引き続きサポートが必要であれば、それまでにご返信ください。`,
  }),
  mk({
    slug: 'ja-closed-yuki-restate', kind: 'case_closed', lang: 'ja', caseId: C.yuki, trap: true,
    note: 'closing that only restates the earlier merge',
    from: SUP, to: to(YUKI), subject: subj(C.yuki), date: d('2026-10-28 03:17:45'), enc: 'sjisb64',
    text: `小林様

先週ご報告のとおりアカウントはマージ済み、バッジもトランスファー済みですので、本ケースをクローズします。
またなにかあれば新しいケースでお問い合わせください。`,
  }),
  mk({
    slug: 'ja-closed-none-auth', kind: 'case_closed', lang: 'ja', caseId: C.mika, trusted: false, auth: 'none',
    note: 'closing notice with no Authentication-Results at all',
    from: SUP, to: to(MIKA), subject: subj(C.mika), date: d('2026-10-18 08:40:00'), enc: 'jisb64',
    text: `伊藤様
本件はクローズとなりました。ご利用ありがとうございました。`,
  }),
  mk({
    slug: 'ja-closed-kenji-dup', kind: 'case_closed', lang: 'ja', caseId: C.kenjiDup,
    note: 'duplicate case closed in favour of the first case',
    from: SUP, to: to(KENJI), subject: subj(C.kenjiDup), date: d('2026-10-09 08:45:31'), enc: 'sjis8',
    text: `渡辺様

こちらのケースは ${C.kenji} とデュプリケートしているため、クローズします。
今後のやりとりは ${C.kenji} の方でお願いします。`,
  }),
  mk({
    slug: 'ja-closed-ryo-resolved', kind: 'case_closed', lang: 'ja', caseId: C.ryo,
    note: 'resolved/closed, mixed Japanese with English footer',
    from: SUP, to: to(RYO), subject: subj(C.ryo), date: d('2026-10-24 05:05:05'), enc: 'utf88bit',
    text: `田中様

その後ご連絡がありませんので、問題はリゾルブしたものとしてケースをクローズしました。

Case status: Resolved`,
  }),
  mk({
    slug: 'ja-closed-html-survey', kind: 'case_closed', lang: 'ja', caseId: C.kenji,
    note: 'closure notice with a survey link at the bottom: still case_closed',
    from: SUP, to: to(KENJI), subject: `ケース ${C.kenji} はクローズされました`, date: d('2026-10-12 01:05:44'), enc: 'utf8b64',
    html: html(`渡辺 健二 様

ケース ${C.kenji} はクローズされました。

今回の対応はいかがでしたか? 1分で終わるアンケートにご協力ください。`, 'Case closed'),
  }),
];

