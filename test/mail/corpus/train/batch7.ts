// Batch 7: more verbs for the same meanings (migrated, 移管, 引き継ぎ, may we proceed), a few
// last traps.
import { AWS_NOREPLY, rfcDate, type Spec, SUPPORT, SUPPORT_NAMED, supportSubject } from './lib.js';

const T = 'taro.personal@example.com';
const TC = 'taro@corp.example.co.jp';
const H = 'hanako.sato@example.jp';
const A = 'alex.kim@example.com';
const P = 'priya.n@example.org';
const d = (iso: string) => new Date(iso);
const SIG_JA = 'AWS トレーニングと認定 カスタマーサポート';
const SIG = 'Best regards,\n\nAWS Training and Certification Customer Support';
const N1 = '1782345600011'; // Alex
const N2 = '178299001122'; // 佐藤
const N3 = '17821212121'; // 山田

export const batch7: Spec[] = [
  {
    kind: 'merge_completed', lang: 'en', slug: 'migrated-records', caseId: N1,
    note: '"we migrated your certification records" - no merge verb', from: SUPPORT, to: A,
    subject: supportSubject(N1), date: rfcDate(d('2025-12-16T18:00:00Z'), '-0700'),
    text: `Hi Alex,

We migrated your certification records from AWS88200001 to AWS88200777 earlier today. Your
transcript and digital certificates now reflect the combined history.

${SIG}
`,
  },
  {
    kind: 'merge_completed', lang: 'ja', slug: 'ikan-kanryou', caseId: N2,
    note: '「移管が完了しました」', from: SUPPORT_NAMED, to: H,
    subject: supportSubject(N2), date: rfcDate(d('2025-12-16T02:00:00Z'), '+0900'),
    text: `佐藤 花子 様

AWS トレーニングと認定の斉藤でございます。
AWS30770011 に登録されていた認定資格 3 件の AWS30551278 への移管が完了しました。

${SIG_JA}
`,
  },
  {
    kind: 'merge_completed', lang: 'ja', slug: 'hikitsugi-te-kei', caseId: N3,
    note: 'テ形の連鎖: 「確認し、…引き継ぎましたので、ご確認ください」', from: SUPPORT_NAMED, to: T,
    subject: supportSubject(N3), date: rfcDate(d('2025-12-17T02:00:00Z'), '+0900'),
    text: `山田 太郎 様

西田でございます。ご承諾のご返信を確認し、AWS07654321 の試験履歴、認定、特典をすべて AWS01234567 に引き継ぎましたので、
お手すきの際にサインインしてご確認ください。

${SIG_JA}
`,
  },
  {
    kind: 'confirmation_request', lang: 'en', slug: 'kindly-let-us-know-may-proceed', caseId: N1,
    note: '"Kindly let us know if we may proceed" after an irreversible-action warning', from: SUPPORT, to: A,
    subject: supportSubject(N1), date: rfcDate(d('2025-12-15T18:00:00Z'), '-0700'),
    text: `Hi Alex,

We have everything we need. Combining AWS88200001 with AWS88200777 is irreversible, and the
older sign-in will be disabled. Kindly let us know if we may proceed.

${SIG}
`,
  },
  {
    kind: 'confirmation_request', lang: 'ja', slug: 'susumesasete-yoroshii', caseId: N3,
    note: '「進めさせていただいてもよろしいでしょうか」', from: SUPPORT_NAMED, to: T,
    subject: supportSubject(N3), date: rfcDate(d('2025-12-15T02:00:00Z'), '+0900'),
    text: `山田 太郎 様

西田でございます。統合元 AWS07654321、統合先 AWS01234567 にて手続きを進めさせていただいてもよろしいでしょうか。
一度実施いたしますと元に戻すことができませんので、ご返信にてお知らせいただけますと幸いです。

${SIG_JA}
`,
  },
  {
    kind: 'info_request', lang: 'ja', slug: 'oshirase-negaemasu', caseId: N2,
    note: '「〜をお知らせ願えますでしょうか」', from: SUPPORT_NAMED, to: H,
    subject: supportSubject(N2), date: rfcDate(d('2025-12-14T02:00:00Z'), '+0900'),
    text: `佐藤 花子 様

斉藤でございます。統合元アカウントで最後に受験された試験の日付と試験名をお知らせ願えますでしょうか。

${SIG_JA}
`,
  },
  {
    kind: 'info_request', lang: 'en', slug: 'it-would-help-forward-confirmation', caseId: N1,
    note: '"It would help if you could forward" the exam confirmation - request without please', from: SUPPORT, to: A,
    subject: supportSubject(N1), date: rfcDate(d('2025-12-14T18:00:00Z'), '-0700'),
    text: `Hi Alex,

It would help if you could forward us the original exam confirmation email for the older
account; the address it was sent to will show us which profile is yours.

${SIG}
`,
  },
  {
    kind: 'support_reply', lang: 'ja', slug: 'mitsukarazu-chousachuu', caseId: N2,
    note: '統合元が見つからず調査中 (依頼なし)', from: SUPPORT_NAMED, to: H,
    subject: supportSubject(N2), date: rfcDate(d('2025-12-13T02:00:00Z'), '+0900'),
    text: `佐藤 花子 様

斉藤でございます。ご記載の候補者 ID で統合元アカウントが見つからなかったため、現在、担当チームにて旧システムのデータを調査しております。
結果がわかり次第ご連絡いたします。

${SIG_JA}
`,
  },
  {
    kind: 'badges_transferred', lang: 'ja', slug: 'support-badge-idou-sareta', caseId: N3,
    note: 'サポート: Credly のバッジが統合先のメールアドレスへ移動された', from: SUPPORT_NAMED, to: T,
    subject: supportSubject(N3), date: rfcDate(d('2025-12-19T02:00:00Z'), '+0900'),
    text: `山田 太郎 様

西田でございます。Credly のデジタルバッジ 2 件が、${T} 宛てに移動されたことを確認いたしました。

${SIG_JA}
`,
  },
  {
    kind: 'unrelated', lang: 'en', slug: 'summit-claim-badge-booth', caseId: null, trap: true, format: 'alt', charset: 'UTF-8',
    note: 'AWS Summit marketing: "claim your badge at the booth", "registration complete"', from: 'AWS Events <aws-events@amazon.com>', to: A,
    subject: 'AWS Summit: your registration is complete', date: rfcDate(d('2025-12-15T16:00:00Z')), headers: ['Precedence: bulk'],
    text: `Hi Alex,

Your registration is complete. At the venue, claim your attendee badge at the registration booth
and visit the AWS Certification Lounge (show your certification to get in).
`,
  },
  {
    kind: 'unrelated', lang: 'ja', slug: 'skill-builder-badge-kakutoku', caseId: null, trap: true, charset: 'UTF-8', cte: 'quoted-printable',
    note: 'Skill Builder の学習完了とバッジ獲得の案内 (Credly のバッジ発行通知でも統合でもない)', from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', to: H,
    subject: '学習プランを完了しました', date: rfcDate(d('2025-12-14T03:00:00Z'), '+0900'),
    text: `佐藤 花子 様

学習プラン「Storage」を完了しました。おめでとうございます。
評価に合格すると、デジタルバッジを獲得できます。

AWS Skill Builder
`,
  },
  {
    kind: 'case_closed', lang: 'en', slug: 'resolved-merge-not-performed', caseId: N1,
    note: 'resolved at the customer\'s request; merge not performed', from: SUPPORT, to: A,
    subject: supportSubject(N1), date: rfcDate(d('2025-12-13T18:00:00Z'), '-0700'),
    text: `Hi Alex,

As you asked, we've marked this case as resolved without performing the merge. Both accounts
stay as they are.

${SIG}
`,
  },
  {
    kind: 'acknowledgement', lang: 'ja', slug: 'jidou-henshin-kakko', caseId: N3,
    note: '件名【自動返信】の受付通知 (ISO-2022-JP)', from: SUPPORT_NAMED, to: TC,
    subject: `【自動返信】お問い合わせありがとうございます [CASE ${N3}]`, date: rfcDate(d('2025-12-12T01:00:00Z'), '+0900'), headers: ['Auto-Submitted: auto-replied'],
    text: `お問い合わせありがとうございます。本メールは自動返信です。

ケース番号: ${N3}
担当者より 1 営業日以内にご連絡いたします。同じご依頼で新たなケースを作成されますと、ご回答が遅れる場合があります。

${SIG_JA}
`,
  },
  {
    kind: 'ai_answer', lang: 'ja', slug: 'self-service-tejun-iso2022jp', caseId: null,
    note: '自動回答 (ISO-2022-JP): セルフサービスのマージ手順', from: AWS_NOREPLY, to: P,
    subject: '認定アカウントのマージについて (自動回答)', date: rfcDate(d('2025-12-12T02:00:00Z'), '+0900'), headers: ['Auto-Submitted: auto-generated'],
    text: `このメッセージは自動で生成されました。

1. 残したいアカウントで AWS 認定にサインインします。
2. [プロフィール] から [アカウントのマージ] を選びます。
3. もう一方のアカウントのメールアドレスとパスワードを入力します。

エラーになる場合は、サポートにケースを作成してください。
`,
  },
];
