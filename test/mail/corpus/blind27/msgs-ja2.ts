// Japanese messages of set z (part 2: merge_completed, badges_transferred, case_closed).
import { AYA, CASE, CREDLY, FORM, FORM_JA, KENICHI, MISAKI, NOREPLY, PORTAL, formSubject, mk, quote } from './common.js';
import type { Msg } from './lib.js';
import { centerCard, credlyCard, formCard, portalCard } from './tpl.js';

const M = MISAKI;
const K = KENICHI;
const A = AYA;

export const JA2: Msg[] = [
  // ---------------- merge_completed (8) ----------------
  mk({
    slug: 'ja-merge-form-closing',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: true,
    note: 'merge done; the same mail says the case will now be closed (completion is the new fact)',
    from: FORM,
    to: M.keep,
    subject: formSubject(CASE.misaki),
    at: '2026-02-09 17:51:03',
    enc: 'jisb64',
    card: formCard('ja', CASE.misaki, 'zmrg1', `中村 美咲 様

ご同意いただきありがとうございました。
本日、${M.srcId} の認定および受験履歴を ${M.keepId} へ移し、アカウントの統合が完了しました。

認定アカウントに再度サインインいただき、認定の一覧と特典が表示されていることをご確認ください。
本件はこれにてクローズとさせていただきます。

森`, { badge: 'ステータス: 解決済み', badgeColor: '#1d8102', preheader: 'アカウントの統合が完了しました' }),
    style: 'decent',
    probe: 'アカウントの統合が完了しました',
  }),
  mk({
    slug: 'ja-merge-portal-htmlonly',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: null,
    note: 'the certification portal\'s own "accounts merged" notice, no case ID',
    from: PORTAL,
    to: M.keep,
    subject: 'AWS 認定: アカウント統合のお知らせ',
    at: '2026-02-09 17:20:44',
    enc: 'utf8b64',
    card: portalCard('ja', 'zmrg2', 'アカウントが統合されました', `${M.en} 様

お客様の AWS 認定アカウント ${M.srcId} は、${M.keepId} に統合されました。
今後は ${M.keep} でサインインしてください。統合されたアカウントでは、すべての認定、試験履歴、特典をまとめてご確認いただけます。`, { badge: '統合済み' }),
    style: 'htmlonly',
    probe: 'に統合されました',
  }),
  mk({
    slug: 'ja-merge-plain-nokanryo',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.kenichi,
    note: 'completion worded without "完了": the work was carried out and the history now sits on the kept account; "please check" stays merge_completed',
    from: FORM,
    to: K.keep,
    subject: formSubject(CASE.kenichi),
    at: '2026-03-09 13:33:27',
    enc: 'jis7',
    text: `小林 様

ご返信ありがとうございました、新井です。

3 月 9 日付で統合作業を実施いたしました、
旧アカウント ${K.srcId} に登録されていた認定 2 件と受験履歴は、現在 ${K.keepId} 側に移行済みです。

念のため一度サインインし直して、表示に問題がないかご確認ください。

新井
ref:_00D1N5kQa._500VqKb09:ref`,
    probe: '統合作業を実施いたしました',
  }),
  mk({
    slug: 'ja-merge-sjis-owari',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.aya,
    note: 'completion worded "処理が終わりました" in a short Shift_JIS mail',
    from: FORM,
    to: A.keep,
    subject: formSubject(CASE.aya),
    at: '2026-04-11 10:02:58',
    enc: 'sjis8',
    text: `藤井 様

先ほどのメールの補足です。アカウントの統合処理が終わりました。
今後は個人用アドレス(${A.keep})でサインインしていただければ、大学のアカウントで取得された認定もご覧いただけます。

AWS トレーニングと認定`,
    probe: 'アカウントの統合処理が終わりました',
  }),
  mk({
    slug: 'ja-merge-flat-resent',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.aya,
    forUser: false,
    note: 'completion notice (benefits also carried over), redirected by the university mail server with Resent-* headers',
    from: FORM,
    to: A.src,
    subject: formSubject(CASE.aya),
    at: '2026-04-11 09:41:16',
    enc: 'utf8qp',
    card: formCard('ja', CASE.aya, 'zmrg5', `藤井 彩 様

お待たせいたしました。${A.srcId} を ${A.keepId} に統合いたしました。
認定 3 件に加え、未使用の受験割引特典も統合先アカウントに反映されています。

不明点がございましたら、このメールにご返信ください。`, { badge: '解決済み', badgeColor: '#1d8102' }),
    style: 'flat',
    probe: 'に統合いたしました',
    extra: { resent: { from: 'postmaster@univ-seiran.example.ac.jp', to: 'aya.backup@example.org', date: 'Sat, 11 Apr 2026 09:41:30 +0900' } },
  }),
  mk({
    slug: 'ja-merge-center-copy',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.kenichi,
    note: 'Support Center notification carrying the agent reply: the accounts were merged',
    from: NOREPLY,
    to: K.keep,
    subject: `AWS サポート: ケース ${CASE.kenichi} が更新されました`,
    at: '2026-03-09 13:33:40',
    enc: 'utf8qp',
    card: centerCard('ja', CASE.kenichi, 'zmrg6', 'ケースに新しい返信があります', 'ステータス: 解決済み', `サポート担当者からの返信:

3 月 9 日付で統合作業を実施いたしました。旧アカウント ${K.srcId} の認定と受験履歴は ${K.keepId} 側に移行済みです。`, { badgeColor: '#1d8102' }),
    style: 'links',
    probe: '移行済みです',
  }),
  mk({
    slug: 'ja-merge-dkim-owari',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.misaki,
    note: 'HTML-only completion notice with a "完了" badge, aligned DKIM only',
    from: FORM,
    to: M.keep,
    subject: formSubject(CASE.misaki),
    at: '2026-02-09 19:12:05',
    auth: 'dkimonly',
    enc: 'jisb64',
    card: formCard('ja', CASE.misaki, 'zmrg7', `中村様

アカウントを一つにまとめる作業が終了しました。今後のご受験は統合先アカウント(${M.keepId})からお申し込みください。`, { badge: '完了', badgeColor: '#1d8102' }),
    style: 'htmlonly',
    probe: 'まとめる作業が終了しました',
  }),
  mk({
    slug: 'ja-merge-portal-plain',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: null,
    note: 'portal notice in plain ISO-2022-JP text: the merge request was processed, no case ID',
    from: PORTAL,
    to: K.keep,
    subject: '【AWS 認定】アカウント統合処理完了のお知らせ',
    at: '2026-03-09 12:58:31',
    enc: 'jis7',
    text: `${K.ja} 様

AWS 認定をご利用いただきありがとうございます。
ご依頼のあった認定アカウントの統合処理が完了しました。

統合先アカウント : ${K.keepId}
統合元アカウント : ${K.srcId} (このアカウントは無効になりました)

統合後の認定状況は、認定アカウントの「認定」タブでご覧いただけます。

--
AWS 認定プログラム
https://www.aws.training/certification`,
    probe: '統合処理が完了しました',
  }),

  // ---------------- badges_transferred (8) ----------------
  mk({
    slug: 'ja-badge-credly-issued',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: null,
    note: 'AWS badge issued via Credly to the kept address after the merge ("バッジ発行のお知らせ")',
    from: CREDLY,
    to: M.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    at: '2026-02-11 03:14:27',
    enc: 'utf8qp',
    card: credlyCard('ja', 'zbdg1', 'おめでとうございます、中村さん', `Amazon Web Services Training and Certification から「AWS Certified Developer - Associate」のバッジが発行されました。

バッジを受け取ると、プロフィールでの公開や LinkedIn への共有ができるようになります。`, 'バッジを入手する', { preheader: '新しいバッジが届いています' }),
    style: 'decent',
    probe: 'のバッジが発行されました',
  }),
  mk({
    slug: 'ja-badge-form-plain',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.misaki,
    note: 'support says the Credly badges now sit on the kept account and the case is being closed',
    from: FORM,
    to: M.keep,
    subject: formSubject(CASE.misaki),
    at: '2026-02-12 10:08:49',
    enc: 'jis7',
    text: `中村 美咲 様

お問い合わせいただいていた Credly のバッジについて、統合先 ${M.keep} へ紐付け直しを行いました。
旧アドレス宛てのバッジ 2 点も、現在は統合先のプロフィールに表示されています。

本件はこれでクローズいたします。

森
AWS トレーニングと認定 カスタマーサポート
ref:_00D1N5kQa._500VqZb02:ref

2026年2月10日(火) 22:41 ${M.ja} <${M.keep}>:
${quote('森様\n統合ありがとうございました。Credly のバッジだけ旧アドレスのままのようです。\n中村')}`,
    probe: '紐付け直しを行いました',
  }),
  mk({
    slug: 'ja-badge-credly-htmlonly',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: null,
    note: 'HTML-only Credly mail: AWS has issued a badge to the kept account',
    from: CREDLY,
    to: K.keep,
    subject: '新しいバッジが届いています: AWS Certified Solutions Architect – Associate',
    at: '2026-03-10 06:40:12',
    enc: 'utf8b64',
    card: credlyCard('ja', 'zbdg3', 'バッジが届きました', `小林 健一 さん

Amazon Web Services Training and Certification があなたに「AWS Certified Solutions Architect – Associate」のデジタルバッジを発行しました。下のボタンから受け取りを完了してください。`, 'バッジを受け取る'),
    style: 'htmlonly',
    probe: 'デジタルバッジを発行しました',
  }),
  mk({
    slug: 'ja-badge-form-sjis-multi',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.kenichi,
    note: 'agent reports the badges were re-pointed to the kept account; multipart Shift_JIS base64',
    from: FORM,
    to: K.keep,
    subject: formSubject(CASE.kenichi),
    at: '2026-03-11 15:16:40',
    enc: 'sjisb64',
    card: formCard('ja', CASE.kenichi, 'zbdg4', `小林 様

追加でご相談いただいたバッジの件です。Credly 担当部署にて付け替えを行い、旧アドレスに発行されていた 2 つのバッジは ${K.keep} のウォレットへ移りました。

Credly にサインインしてご確認いただけますと幸いです。`, { badge: '解決済み', badgeColor: '#1d8102' }),
    style: 'decent',
    probe: 'のウォレットへ移りました',
  }),
  mk({
    slug: 'ja-badge-credly-second',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: null,
    note: 'a second AWS badge issued via Credly to the kept address on the same night',
    from: CREDLY,
    to: A.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    at: '2026-04-12 02:55:01',
    enc: 'utf8qp',
    card: credlyCard('ja', 'zbdg5', '藤井さん、バッジが届いています', `Amazon Web Services Training and Certification より「AWS Certified Machine Learning Engineer - Associate」のバッジが発行されました。受け取ると、認定の有効期限もプロフィール上で確認できます。`, 'バッジを入手する'),
    style: 'links',
    probe: 'のバッジが発行されました。受け取ると',
  }),
  mk({
    slug: 'ja-badge-form-aya2',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.aya2,
    note: 'on the badge case, support says three badges now belong to the kept account',
    from: FORM_JA,
    to: A.keep,
    subject: formSubject(CASE.aya2),
    at: '2026-04-23 17:29:33',
    enc: 'utf8b64',
    card: formCard('ja', CASE.aya2, 'zbdg6', `藤井 様

ご依頼のデジタルバッジ 3 点を、Credly 上で ${A.keep} のプロフィールに紐付けました。
反映まで数時間かかる場合がございます。`, { badge: '解決済み', badgeColor: '#1d8102' }),
    style: 'htmlonly',
    probe: 'のプロフィールに紐付けました',
  }),
  mk({
    slug: 'ja-badge-credly-links',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: null,
    note: 'Credly notice that AWS issued another badge to the kept account; link-list text part',
    from: CREDLY,
    to: A.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    at: '2026-04-12 03:02:40',
    enc: 'utf8b64',
    card: credlyCard('ja', 'zbdg7', '藤井さん、新しいバッジがあります', `「AWS Certified Cloud Practitioner」バッジが、発行元 Amazon Web Services Training and Certification からあなたのアカウントに発行されました。`, 'バッジを入手する'),
    style: 'links',
    probe: 'からあなたのアカウントに発行されました',
  }),
  mk({
    slug: 'ja-badge-otheronly',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.kenichi,
    note: 'badge transfer text, but the only dmarc=pass verdict is another server\'s (mx.google.com), below ours: untrusted',
    from: FORM,
    to: K.keep,
    subject: formSubject(CASE.kenichi),
    at: '2026-03-11 16:02:12',
    auth: 'otherOnly',
    enc: 'jis7',
    text: `小林様

バッジの移行が完了しました。統合先アカウントの Credly でご確認ください。

AWS Training and Certification`,
    probe: 'バッジの移行が完了しました',
  }),

  // ---------------- case_closed (8) ----------------
  mk({
    slug: 'ja-closed-restate-merge',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: true,
    note: 'closing notice that only restates the earlier merge',
    from: FORM,
    to: M.keep,
    subject: formSubject(CASE.misaki),
    at: '2026-02-20 09:30:14',
    enc: 'jisb64',
    card: formCard('ja', CASE.misaki, 'zcls1', `中村様

先日ご案内のとおり、アカウントの統合およびバッジの付け替えは既に完了しております。
その後ご連絡がございませんでしたので、本ケースはクローズとさせていただきます。`, { badge: 'ステータス: クローズ', badgeColor: '#545b64' }),
    style: 'decent',
    probe: '本ケースはクローズとさせていただきます',
  }),
  mk({
    slug: 'ja-closed-dup-merged-cases',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.misakiDup,
    trap: true,
    note: '"重複ケースを統合" means the duplicate cases were merged, not the accounts; this case is closed',
    from: NOREPLY,
    to: M.src,
    subject: `AWS サポート: ケース ${CASE.misakiDup} は解決済みになりました`,
    at: '2026-02-05 12:00:09',
    enc: 'utf8qp',
    card: centerCard('ja', CASE.misakiDup, 'zcls2', 'ケースが解決済みになりました', 'ステータス: 解決済み', `サポート担当者からのメモ:

同一のご依頼のため、このケースは重複ケースとしてケース ${CASE.misaki} に統合しました、こちらのケースはクローズいたします。今後のやり取りは ${CASE.misaki} でお願いいたします。`, { badgeColor: '#545b64' }),
    style: 'htmlonly',
    probe: '重複ケースとしてケース',
  }),
  mk({
    slug: 'ja-closed-reminder-3days',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.aya,
    note: 'reminder that the case will close in 3 days without a reply',
    from: FORM,
    to: A.keep,
    subject: formSubject(CASE.aya),
    at: '2026-04-16 08:00:41',
    enc: 'sjis8',
    text: `藤井 彩 様

AWS トレーニングと認定です。
4 月 11 日にお送りしたご案内以降、ご返信を確認できておりません。

3 日以内にご連絡がない場合、本ケースは自動的にクローズされます。
引き続きサポートが必要な場合は、このメールにご返信ください。

ref:_00D1N5kQa._500VqAy16:ref`,
    probe: '3 日以内にご連絡がない場合',
  }),
  mk({
    slug: 'ja-closed-center-inactive',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.kenichi2,
    note: 'Support Center notice: the case opened from the source address was resolved for lack of a reply',
    from: NOREPLY,
    to: K.src,
    subject: `AWS サポート: ケース ${CASE.kenichi2} が解決済みになりました`,
    at: '2026-03-12 04:00:33',
    enc: 'jisb64',
    card: centerCard('ja', CASE.kenichi2, 'zcls4', 'ケースが解決済みになりました', '解決済み', `このケースには一定期間お客様からのご返信がなかったため、システムにより解決済みに変更されました。

再度お問い合わせになる場合は、ケースを表示して「再開」を選択してください。`, { badgeColor: '#545b64' }),
    style: 'decent',
    probe: 'システムにより解決済みに変更されました',
  }),
  mk({
    slug: 'ja-closed-misaligned',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.kenichi,
    note: 'closing notice signed by an unrelated bulk-mail domain (dkim misaligned, dmarc=fail): untrusted',
    from: FORM,
    to: K.keep,
    subject: formSubject(CASE.kenichi),
    at: '2026-03-14 11:11:11',
    auth: 'misaligned',
    enc: 'utf8b64',
    text: `小林 様

本ケースを終了いたしました。再開をご希望の場合は 24 時間以内に下記より手続きしてください。
https://aws-case-reopen.example.com/r/17902255813

AWS Training and Certification`,
    probe: '本ケースを終了いたしました',
  }),
  mk({
    slug: 'ja-closed-badges-restated',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.aya2,
    trap: true,
    note: 'closes the badge case by restating that the badges were already handled',
    from: FORM,
    to: A.keep,
    subject: formSubject(CASE.aya2),
    at: '2026-04-28 10:20:05',
    enc: 'jis7',
    text: `藤井様

前回お知らせしたとおり、バッジ 3 点は既に新しいアドレス側で受け取れる状態になっております。
追加のご質問がなかったため、お問い合わせ ${CASE.aya2} は終了とさせていただきます。

ご利用ありがとうございました。

AWS トレーニングと認定 カスタマーサポート`,
    probe: 'は終了とさせていただきます',
  }),
  mk({
    slug: 'ja-closed-stub-reopen',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.kenichi,
    note: 'agent closes the case for now and says a reply reopens it; the text part is only an HTML stub',
    from: FORM,
    to: K.keep,
    subject: formSubject(CASE.kenichi),
    at: '2026-03-13 18:04:52',
    enc: 'jisb64',
    card: formCard('ja', CASE.kenichi, 'zcls7', `小林 様

その後いかがでしょうか。特にご連絡がないため、こちらのケースは一旦クローズさせていただきます。
このメールに返信していただければ、同じケースが再開されます。

新井`, { badge: 'クローズ', badgeColor: '#545b64' }),
    style: 'stub',
    probe: '一旦クローズさせていただきます',
  }),
  mk({
    slug: 'ja-closed-pending-label',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.aya,
    trap: true,
    note: 'auto-close reminder; the status label still reads "お客様の対応待ち" (an info-request label) but nothing is asked',
    from: NOREPLY,
    to: A.keep,
    subject: `AWS サポート: ケース ${CASE.aya} はまもなく解決済みになります`,
    at: '2026-04-17 04:00:12',
    enc: 'utf8qp',
    text: `Amazon Web Services

ケース ID: ${CASE.aya}
ステータス: お客様の対応待ち

このケースは 48 時間以内に自動で解決済みとなります。ご返信は不要です。
解決済みになった後も、14 日以内であればケースを再開できます。

ケースを表示: https://support.aws.amazon.com/#/case/?displayId=${CASE.aya}&language=ja

このメールは送信専用アドレスから送信されています。`,
    probe: '48 時間以内に自動で解決済みとなります',
  }),
];
