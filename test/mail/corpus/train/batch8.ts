// Batch 8: Japanese replies with the case tool's history block and ref tag, a mobile sent reply,
// a last Credly mail.
import { CREDLY_AWS, gmailJa, quote, rfcDate, sfRef, type Spec, SUPPORT, SUPPORT_NAMED, supportSubject } from './lib.js';

const T = 'taro.personal@example.com';
const H = 'hanako.sato@example.jp';
const P = 'priya.n@example.org';
const d = (iso: string) => new Date(iso);
const SIG_JA = 'AWS トレーニングと認定 カスタマーサポート';
const Q1 = '1783300445566'; // 佐藤
const Q2 = '178344556677'; // Priya

/** The case tool's history block as it appears in Japanese replies. */
function sfJa(at: Date, from: string, subject: string): string {
  const l = new Date(at.getTime() + 9 * 3600000);
  return `--------------- 元のメッセージ ---------------\n差出人: [${from}]\n送信日時: ${l.getUTCFullYear()}/${l.getUTCMonth() + 1}/${l.getUTCDate()} ${l.getUTCHours()}:${String(l.getUTCMinutes()).padStart(2, '0')}\n宛先: ${SUPPORT}\n件名: ${subject}`;
}

export const batch8: Spec[] = [
  {
    kind: 'info_request', lang: 'ja', slug: 'sf-moto-no-message-ref', caseId: Q1,
    note: '「元のメッセージ」ブロックと ref タグ付き; 「ご連絡をお願いできますでしょうか」', from: SUPPORT_NAMED, to: H,
    subject: supportSubject(Q1), date: rfcDate(d('2025-12-16T01:00:00Z'), '+0900'),
    text: `佐藤 花子 様

AWS トレーニングと認定の藤井でございます。
統合先として残されるアカウントの候補者 ID と、統合元アカウントのメールアドレスのご連絡をお願いできますでしょうか。

${SIG_JA}
藤井

${sfJa(d('2025-12-15T12:00:00Z'), H, '[AWS Training and Certification Form Submission] - account-assistance')}

旧姓で登録したアカウント (${'hanako@oldcorp.example.com'}) と現在のアカウントを統合したいです。

${sfRef(801)}
`,
  },
  {
    kind: 'confirmation_request', lang: 'ja', slug: 'sf-block-douisuru-ka', caseId: Q1, cte: 'base64',
    note: '「ご同意いただけるかどうか、ご返信ください」; 元のメッセージブロック付き (ISO-2022-JP base64)', from: SUPPORT_NAMED, to: H,
    subject: supportSubject(Q1), date: rfcDate(d('2025-12-17T01:00:00Z'), '+0900'),
    text: `佐藤 花子 様

藤井でございます。
旧姓のアカウント AWS30880022 の内容を AWS30551278 に移し、AWS30880022 を閉鎖いたします。
この変更は取り消しができません。ご同意いただけるかどうか、本メールにご返信ください。

${SIG_JA}

${sfJa(d('2025-12-16T11:00:00Z'), H, supportSubject(Q1))}

統合先: AWS30551278
統合元: hanako@oldcorp.example.com

${sfRef(802)}
`,
  },
  {
    kind: 'merge_completed', lang: 'ja', slug: 'multipart-iso2022jp-kanryou', caseId: Q1, format: 'alt',
    note: 'multipart/alternative ISO-2022-JP: 「統合のお手続きが完了いたしました」', from: SUPPORT_NAMED, to: H,
    subject: supportSubject(Q1), date: rfcDate(d('2025-12-18T01:00:00Z'), '+0900'),
    text: `佐藤 花子 様

藤井でございます。旧姓のアカウントの統合のお手続きが完了いたしました。
今後は AWS30551278 のみをご利用ください。

${SIG_JA}
`,
  },
  {
    kind: 'unrelated', lang: 'ja', slug: 'user-sent-iphone-ja', caseId: Q2, trap: true, deliveredTo: null, auth: 'none', charset: 'UTF-8', cte: 'base64',
    note: '利用者自身がスマホから送った返信 (「統合をお願いします」+ 確認依頼の引用)', from: `Priya N <${P}>`, to: SUPPORT,
    subject: supportSubject(Q2), date: rfcDate(d('2025-12-16T13:00:00Z'), '+0900'),
    text: `高橋様
はい、統合をお願いします。

iPhoneから送信

${gmailJa(d('2025-12-16T02:00:00Z'), `AWS Training and Certification <${SUPPORT}>`)}
${quote('統合してよろしいでしょうか。元には戻せません。')}
`,
  },
  {
    kind: 'case_closed', lang: 'ja', slug: 'sf-ref-close', caseId: Q2,
    note: 'ref タグ付きのクローズ通知 (統合は言及しない)', from: SUPPORT_NAMED, to: P,
    subject: supportSubject(Q2), date: rfcDate(d('2025-12-22T01:00:00Z'), '+0900'),
    text: `Priya N 様

高橋でございます。その後ご連絡がございませんので、本ケースはクローズとさせていただきます。

${SIG_JA}

${sfRef(803)}
`,
  },
  {
    kind: 'badges_transferred', lang: 'en', slug: 'credly-two-reissued-qp', caseId: null, format: 'alt', charset: 'UTF-8', cte: 'quoted-printable',
    note: 'Credly: 2 AWS badges re-issued, "Accept your badges"', from: CREDLY_AWS, to: T,
    subject: 'Amazon Web Services Training and Certification re-issued 2 badges to you', date: rfcDate(d('2025-12-19T12:00:00Z')),
    text: `Hi Taro Yamada,

Amazon Web Services Training and Certification re-issued these badges to ${T}:
• AWS Certified Developer – Associate
• AWS Certified Solutions Architect – Professional

Accept your badges: https://www.credly.com/earner/earned
`,
  },
];
