// Set el, Japanese messages (part 2: badges, closing, other replies, unrelated).
import type { Msg } from './lib.js';
import { AWS_NOTIFY, CASE, CERT_PORTAL, CREDLY_AWS, HANAKO, KEN, SUPPORT, TARO, formSubject, gmailJa, mk, outlookJa } from './common.js';

const K = `${KEN.ja} <${KEN.keep}>`;
const KW = `${KEN.ja} <${KEN.src}>`;
const H = `${HANAKO.ja} <${HANAKO.keep}>`;
const T = `${TARO.ja} <${TARO.keep}>`;

export const JA2: Msg[] = [
  // ---------------- badges_transferred (8) ----------------
  mk({
    slug: 'ja-badge-credly-jis', kind: 'badges_transferred', lang: 'ja', caseId: null, trap: false,
    note: 'Credly issues the AWS badge to the kept address',
    from: CREDLY_AWS, to: K, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', when: '2026-03-07 02:10:44', enc: 'jis7', extra: { wholeSubject: true },
    text: `確井 健 様

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。
下のボタンからバッジを受け取り、プロフィールに追加しましょう。

[バッジを入手する]

Credly`,
  }),
  mk({
    slug: 'ja-badge-support-moved-sjis', kind: 'badges_transferred', lang: 'ja', caseId: CASE.hanako, trap: false,
    note: 'support says the Credly badges were moved to the kept account',
    from: SUPPORT, to: H, subject: formSubject(CASE.hanako), when: '2026-03-11 15:20:09', enc: 'sjisb64',
    text: `佐藤様

ご連絡いただいた Credly のバッジの件、担当部署にて統合先のメールアドレスへ付け替えました。
Credly にサインインし、バッジが 2 つとも表示されているかご覧ください。

中村`,
  }),
  mk({
    slug: 'ja-badge-office-qp', kind: 'badges_transferred', lang: 'ja', caseId: CASE.ken, trap: false,
    note: 'support (its badge team) reports the badges now sit on the kept account; the team name is バッジ事務局',
    from: SUPPORT, to: K, subject: formSubject(CASE.ken), when: '2026-03-10 10:40:00', enc: 'utf8qp',
    text: `確井様

バッジ事務局より連絡があり、統合元に紐付いていた Credly のバッジ 3 点を ${KEN.keep} 側へ移行済みとのことです。
引き続き何かございましたら本ケースにご返信ください。

石川`,
  }),
  mk({
    slug: 'ja-badge-and-close-jisb64', kind: 'badges_transferred', lang: 'ja', caseId: CASE.taro, trap: false,
    note: 'badges moved and the case will be closed: badges_transferred',
    from: SUPPORT, to: T, subject: formSubject(CASE.taro), when: '2026-02-18 13:13:13', enc: 'jisb64',
    text: `山田様

Credly 上のバッジを個人アカウント側へ移し終えました。
これでご依頼の作業はすべて完了となりますので、本ケースはクローズいたします。

確井 (AWS トレーニングと認定)`,
  }),
  mk({
    slug: 'ja-badge-credly-html', kind: 'badges_transferred', lang: 'ja', caseId: null, trap: false,
    note: 'Credly HTML notice of an AWS badge for the kept address',
    from: CREDLY_AWS, to: H, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', when: '2026-03-11 18:02:31', enc: 'utf8b64',
    html: `<html><body><table width="600"><tr><td><h2>おめでとうございます、佐藤 花子 さん</h2>
<p>Amazon Web Services Training and Certification があなたに「AWS Certified Developer - Associate」を発行しました。</p>
<p><a href="https://www.credly.com/badges/accept">バッジを入手する</a></p>
<p style="font-size:11px">Credly, Inc.</p></td></tr></table></body></html>`,
  }),
  mk({
    slug: 'ja-badge-fake-credly', kind: 'badges_transferred', lang: 'ja', caseId: null, trap: false,
    note: 'badge notice from credIy.com (capital I): look-alike, untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>', to: K, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', when: '2026-03-07 04:00:00', enc: 'utf8qp', auth: 'none',
    text: `確井 健 様
AWS のバッジがあなたのアカウントへ移行されました。受け取るにはログインしてください。
[バッジを入手する]`,
  }),
  mk({
    slug: 'ja-badge-te-form-jis', kind: 'badges_transferred', lang: 'ja', caseId: CASE.ken, trap: false,
    note: 'support: the badges issued to the old address were reissued to the kept one, with the badge IDs between',
    from: SUPPORT, to: K, subject: formSubject(CASE.ken), when: '2026-03-10 09:05:11', enc: 'jis7',
    text: `確井様

旧アドレス宛てに発行されていたバッジ (ID: 8f2c-11a0, 3b9e-77d1) を取り消し、${KEN.keep} 宛てに発行し直しておりますので、Credly でお受け取りいただけます。

石川

${gmailJa('2026年3月9日(月) 18:22', K, `統合はできたのですが、Credly のバッジが旧アドレスのままです。`)}`,
  }),
  mk({
    slug: 'ja-badge-mixed-sjis', kind: 'badges_transferred', lang: 'ja', caseId: CASE.hanako, trap: false,
    note: 'Japanese report that the badges are on the kept account, with an English FYI line',
    from: SUPPORT, to: H, subject: formSubject(CASE.hanako), when: '2026-03-11 15:25:40', enc: 'sjis8',
    text: `佐藤様

先ほどの件の補足です。Credly のバッジは現在すべて統合先アカウントに紐付いております。
(FYI: badges now sit on ${HANAKO.keep}.)

中村`,
  }),

  // ---------------- case_closed (8) ----------------
  mk({
    slug: 'ja-closed-resolved-jis', kind: 'case_closed', lang: 'ja', caseId: CASE.ken, trap: false,
    note: 'the case has been resolved and closed',
    from: AWS_NOTIFY, to: K, subject: `ケース ${CASE.ken} は解決済みになりました`, when: '2026-03-13 00:05:00', enc: 'jis7',
    text: `確井 健 様

ケース ${CASE.ken} のステータスが「解決済み」に変更されました。
再度お問い合わせが必要な場合は、サポートセンターからケースを再開してください。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-closed-autoclose-sjis', kind: 'case_closed', lang: 'ja', caseId: CASE.taro, trap: false,
    note: 'reminder: the case will close in 3 days without a reply',
    from: SUPPORT, to: T, subject: formSubject(CASE.taro), when: '2026-02-20 09:00:00', enc: 'sjisb64',
    text: `山田様

その後いかがでしょうか。
3 日以内にご返信がない場合、本ケースは自動的にクローズされます。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-closed-restate-qp', kind: 'case_closed', lang: 'ja', caseId: CASE.hanako, trap: true,
    note: 'closing notice that only restates the merge of last week',
    from: SUPPORT, to: H, subject: formSubject(CASE.hanako), when: '2026-03-16 10:10:10', enc: 'utf8qp',
    text: `佐藤様

先週ご案内のとおり、アカウントの統合とバッジの付け替えは済んでおります。
その後ご連絡がございませんので、本件はクローズいたします。

中村`,
  }),
  mk({
    slug: 'ja-closed-close-out-jisb64', kind: 'case_closed', lang: 'ja', caseId: CASE.ken, trap: false,
    note: 'closing sent by the "close-out" notifier; really the closing of the merge case',
    from: 'AWS Support Close-out <close-out@support.aws.com>', to: K, subject: `[CASE ${CASE.ken}] クローズのお知らせ`, when: '2026-03-13 00:10:00', enc: 'jisb64',
    text: `本ケース (認定アカウントの統合) はクローズされました。
ご利用ありがとうございました。ケースの履歴はサポートセンターで 12 か月間ご覧いただけます。`,
  }),
  mk({
    slug: 'ja-closed-html', kind: 'case_closed', lang: 'ja', caseId: CASE.taro, trap: false,
    note: 'HTML: the case is marked resolved',
    from: AWS_NOTIFY, to: T, subject: `ケース ${CASE.taro} を解決済みにしました`, when: '2026-02-23 01:00:00', enc: 'utf8b64',
    html: `<div><p>山田 太郎 様</p><p>お問い合わせ (ケース ${CASE.taro}) は解決済みとしてクローズされました。</p><p>Amazon Web Services</p></div>`,
  }),
  mk({
    slug: 'ja-closed-fail-top', kind: 'case_closed', lang: 'ja', caseId: CASE.hanako, trap: false,
    note: 'closing notice whose top verdict fails with a planted pass lower: untrusted',
    from: AWS_NOTIFY, to: H, subject: `ケース ${CASE.hanako} はクローズされました`, when: '2026-03-16 11:00:00', enc: 'utf8qp', auth: 'failThenForged',
    text: `ケース ${CASE.hanako} はクローズされました。再開するには以下にサインインしてください。
https://aws-support-reopen.example.net/`,
  }),
  mk({
    slug: 'ja-closed-no-reply-sjis', kind: 'case_closed', lang: 'ja', caseId: CASE.ken, trap: false,
    note: 'case will be closed since no reply came; restates nothing new',
    from: SUPPORT, to: KW, subject: formSubject(CASE.ken), when: '2026-03-12 09:30:00', enc: 'sjis8',
    text: `確井様

ご返信をいただけていないため、明日をもって本ケースを終了させていただきます。
ご不明点が残っている場合は、本メールにご返信いただければ引き続き対応いたします。

石川`,
  }),
  mk({
    slug: 'ja-closed-resolved-jis-2', kind: 'case_closed', lang: 'ja', caseId: CASE.hanako, trap: false,
    note: 'short closing: the case was resolved, no merge restated',
    from: SUPPORT, to: H, subject: formSubject(CASE.hanako), when: '2026-03-16 10:12:00', enc: 'jis7',
    text: `佐藤様

本件は解決とさせていただき、ケースを閉じました。ご協力ありがとうございました。

中村`,
  }),

  // ---------------- support_reply (8) ----------------
  mk({
    slug: 'ja-reply-thanks-confirm-jis', kind: 'support_reply', lang: 'ja', caseId: CASE.ken, trap: true,
    note: 'thanks for confirming, passed to the team: not the merge yet',
    from: SUPPORT, to: K, subject: formSubject(CASE.ken), when: '2026-03-05 19:02:00', enc: 'jis7',
    text: `確井様

ご承諾のご返信ありがとうございます。統合担当チームへ依頼いたしました。
作業が終わり次第ご連絡いたします。

石川`,
  }),
  mk({
    slug: 'ja-reply-future-sjis', kind: 'support_reply', lang: 'ja', caseId: CASE.hanako, trap: true,
    note: '「統合が完了しましたら」 is future: a status reply',
    from: SUPPORT, to: H, subject: formSubject(CASE.hanako), when: '2026-03-08 15:00:00', enc: 'sjisb64',
    text: `佐藤様

現在、統合作業の順番待ちとなっております。
統合が完了しましたら、改めて本ケースにてご連絡いたします。

中村`,
  }),
  mk({
    slug: 'ja-reply-negated-qp', kind: 'support_reply', lang: 'ja', caseId: CASE.taro, trap: true,
    note: 'the merge has not been completed yet because of a pending exam booking; no request',
    from: SUPPORT, to: T, subject: formSubject(CASE.taro), when: '2026-02-15 11:11:00', enc: 'utf8qp',
    text: `山田様

恐れ入りますが、統合元アカウントに受験予約 (2/28) が入っているため、統合はまだ完了しておりません。
受験日を過ぎた後に作業いたしますので、今しばらくお待ちください。

確井`,
  }),
  mk({
    slug: 'ja-reply-dup-cases-jis', kind: 'support_reply', lang: 'ja', caseId: CASE.hanako, trap: true,
    note: '「重複したケースを統合しました」 merges cases, not accounts',
    from: SUPPORT, to: H, subject: formSubject(CASE.hanako), when: '2026-03-06 09:00:00', enc: 'jisb64',
    text: `佐藤様

同じ内容のケースが 2 件 (${CASE.hanako} と ${CASE.hanakoDup}) 作成されていたため、${CASE.hanako} に統合いたしました。
今後は本ケースでやり取りさせていただきます。

中村`,
  }),
  mk({
    slug: 'ja-reply-escalate-sjis', kind: 'support_reply', lang: 'ja', caseId: CASE.ken, trap: true,
    note: 'escalation to the "Merge Operations" team; a status reply, nothing merged',
    from: SUPPORT, to: K, subject: formSubject(CASE.ken), when: '2026-03-04 18:40:00', enc: 'sjis8',
    text: `確井様

本件は通常より確認に時間がかかるため、専門チーム (Merge Operations) にエスカレーションいたしました。
進捗があり次第ご連絡いたします。

石川`,
  }),
  mk({
    slug: 'ja-reply-write-from-keep-qp', kind: 'support_reply', lang: 'ja', caseId: CASE.taro, trap: false,
    note: 'asks the user to write from the kept address, without asking for any data',
    from: SUPPORT, to: `${TARO.ja} <${TARO.src}>`, subject: formSubject(CASE.taro), when: '2026-02-12 10:00:00', enc: 'utf8qp',
    text: `山田様

本件は、統合後に残すアカウントのメールアドレスからご連絡いただく必要がございます。
お手数ですが、そちらのアドレスから本メールにご返信ください。

確井`,
  }),
  mk({
    slug: 'ja-reply-unable-jis', kind: 'support_reply', lang: 'ja', caseId: CASE.ken, trap: true,
    note: '"we are unable to merge" for now (different names on the accounts), explains only',
    from: SUPPORT, to: K, subject: formSubject(CASE.ken), when: '2026-03-04 12:00:00', enc: 'jis7',
    text: `確井様

両アカウントで氏名の表記が異なる (Kakui / 確井) ため、現時点では統合することができません。
社内で取り扱いを確認しておりますので、もうしばらくお時間をください。

石川`,
  }),
  mk({
    slug: 'ja-reply-voucher-answer-b64', kind: 'support_reply', lang: 'ja', caseId: CASE.hanako, trap: true,
    note: 'answers a question about the voucher after the merge; restates the completed merge but announces nothing new',
    from: SUPPORT, to: H, subject: formSubject(CASE.hanako), when: '2026-03-10 14:00:00', enc: 'utf8b64',
    text: `佐藤様

お問い合わせの 50% 割引バウチャーについてですが、統合済みのアカウントの「特典」ページに表示されます。
有効期限は元の付与日から変わりません。

中村

${outlookJa(H, '2026年3月10日 9:12', 'aws-cs-trainingcertification-form@amazon.com', formSubject(CASE.hanako), `統合ありがとうございました。バウチャーはどこで見られますか。`)}`,
  }),

  // ---------------- unrelated (10) ----------------
  mk({
    slug: 'ja-unrel-tougou-internal', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'internal list mail from 統合推進室 about a system integration finishing; no AWS case, sent to the department list',
    from: '統合推進室 <tougou@tougou-suishin.example.co.jp>', to: '統合推進室メンバー <tougou-members@tougou-suishin.example.co.jp>', subject: '【統合推進室】基幹システム統合 完了報告', when: '2026-03-06 18:00:00', enc: 'jis7', auth: 'none', forUser: false, extra: { deliveredTo: null },
    text: `各位

統合推進室です。3/6 (金) の作業をもって、基幹システムの統合が完了しましたのでご報告します。
完了報告書.pdf を共有フォルダに格納しました。ご確認ください。

統合推進室`,
  }),
  mk({
    slug: 'ja-unrel-colleague-kakui', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'a colleague sends 完了報告書 and asks to confirm; colleague mail, not support',
    from: '確井 直子 <naoko.kakui@tougou-suishin.example.co.jp>', to: KW, subject: 'Re: 確認依頼: 完了報告書.pdf', when: '2026-03-03 13:00:00', enc: 'sjis8', auth: 'none',
    text: `確井さん (健さん)

同じ苗字で紛らわしくてすみません、直子です。
完了報告書.pdf の最終版を添付しました。内容をご確認のうえ、承認をお願いします。
バッジ申請の件は別途。`,
  }),
  mk({
    slug: 'ja-unrel-own-forward', kind: 'unrelated', lang: 'ja', caseId: CASE.ken, trap: true,
    note: 'the user forwards support\'s completion mail to his own work address: his own mail',
    from: K, to: KW, subject: `Fwd: ${formSubject(CASE.ken)}`, when: '2026-03-06 17:30:00', enc: 'utf8b64', auth: 'none',
    text: `会社のアドレスにも控えを転送。

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: 2026年3月6日(金) 16:55
Subject: ${formSubject(CASE.ken)}
To: ${KEN.keep}

確井様
本日、${KEN.srcId} を ${KEN.keepId} に統合いたしました。`,
  }),
  mk({
    slug: 'ja-unrel-skillbuilder-course', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Skill Builder says the course 「クラウド移行を完了させる」 was completed: training mail, not a merge',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', to: K, subject: 'コース修了: クラウド移行を完了させる', when: '2026-03-01 20:00:00', enc: 'utf8qp',
    text: `確井 健 さん

コース「クラウド移行を完了させる (Completing Your Cloud Migration)」を修了しました。おめでとうございます。
修了証はマイページからダウンロードできます。

AWS Skill Builder`,
  }),
  mk({
    slug: 'ja-unrel-credly-merge-code', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Credly\'s own account-merge verification code',
    from: 'Credly <admin@credly.com>', to: H, subject: 'Credly アカウント統合の確認コード', when: '2026-03-12 08:00:00', enc: 'utf8b64',
    text: `Credly アカウントの統合を完了するには、次のコードを入力してください。

確認コード: 483920

このリクエストに心当たりがない場合は、このメールを無視してください。`,
  }),
  mk({
    slug: 'ja-unrel-exam-result', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'exam result notice ("結果確認"), not part of the merge case',
    from: CERT_PORTAL, to: T, subject: 'AWS 認定試験の結果を確認できます', when: '2026-02-25 12:00:00', enc: 'jisb64',
    text: `山田 太郎 様

AWS Certified Security - Specialty の受験結果が確定しました。認定アカウントにサインインして結果をご確認ください。

AWS Certification`,
  }),
  mk({
    slug: 'ja-unrel-ooo-kakui', kind: 'unrelated', lang: 'ja', caseId: CASE.ken, trap: true,
    note: 'out-of-office auto reply from the user\'s old work address to support\'s mail',
    from: KW, to: SUPPORT, cc: K, subject: `自動応答: ${formSubject(CASE.ken)}`, when: '2026-03-05 11:31:00', enc: 'jis7', auth: 'none',
    text: `統合推進室の確井は 3/5-3/9 不在にしております。
統合作業の確認・承認のご依頼は、3/10 以降に対応いたします。
お急ぎの方は tougou@tougou-suishin.example.co.jp までご連絡ください。`,
    extra: { extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'], rcpt: KEN.keep },
  }),
  mk({
    slug: 'ja-unrel-exam-case-closed', kind: 'unrelated', lang: 'ja', caseId: CASE.kenExam, trap: true,
    note: 'closing of the user\'s other case, about rescheduling an exam',
    from: SUPPORT, to: K, subject: `[CASE ${CASE.kenExam}] 試験予約の変更について`, when: '2026-03-08 10:00:00', enc: 'sjisb64',
    text: `確井様

試験予約の日程変更について、手続きが済みましたので本ケースはクローズいたします。
新しい受験日: 2026/04/02 10:00

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-unrel-survey', kind: 'unrelated', lang: 'ja', caseId: CASE.hanako, trap: true,
    note: 'satisfaction survey after the case',
    from: AWS_NOTIFY, to: H, subject: 'サポートに関するアンケートのお願い', when: '2026-03-17 09:00:00', enc: 'utf8qp',
    text: `ケース ${CASE.hanako} について、問題は解決しましたか?
1 分ほどのアンケートにご協力ください。

[はい] [いいえ]`,
  }),
  mk({
    slug: 'ja-unrel-team-list', kind: 'unrelated', lang: 'ja', caseId: null, trap: true, forUser: false,
    note: 'a company mailing list (バッジ事務局) announcing a badge programme; not delivered to the user\'s address',
    from: 'バッジ事務局 <badge-office@tougou-suishin.example.co.jp>', to: 'all-staff@tougou-suishin.example.co.jp', subject: '【バッジ事務局】デジタルバッジ移行完了のお知らせ', when: '2026-03-02 09:00:00', enc: 'jisb64', auth: 'none', extra: { deliveredTo: null },
    text: `全社各位

社内研修のデジタルバッジを新しい基盤へ移行完了しました。
各自のバッジは社内ポータルから確認できます。

バッジ事務局`,
  }),
];
