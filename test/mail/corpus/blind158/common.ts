// fa set: shared people, senders, dates and quoting helpers.
// Voice of the set: mail that reads as translated (machine translation, second-language agents,
// rough bilingual copies, auto-translated footers).
import { rfcDate, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const SUPPORT_AWS = 'AWS Support <no-reply@support.aws.com>';
export const TRAINING = 'AWS Training & Certification <no-reply@aws.training>';
export const CERT_PORTAL = 'AWS Certification <certification@aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const form = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const formNew = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const TARO = { ja: '山田 太郎', en: 'Taro Yamada', keep: 'taro.personal@example.com', src: 'taro@corp.example.co.jp', keepId: 'AWS10482736', srcId: 'AWS55219047' };
export const HANAKO = { ja: '佐藤 花子', en: 'Hanako Sato', keep: 'hanako.sato@example.jp', src: 'hanako@oldcorp.example.com', keepId: 'AWS20917354', srcId: 'AWS63307182' };
export const KENJI = { ja: '渡辺 健二', en: 'Kenji Watanabe', keep: 'kenji.w@example.net', src: 'watanabe.k@fabrikam.example.co.jp', keepId: 'AWS38120557', srcId: 'AWS90014266' };
export const OLIVIA = { name: 'Olivia Brandt', keep: 'olivia.brandt@example.de', src: 'o.brandt@kaisha.example.jp', keepId: 'AWS44107789', srcId: 'AWS27750031' };
export const ALEX = { name: 'Alex Kim', keep: 'alex.kim@example.com', src: 'a.kim@work.example.net', keepId: 'AWS31846620', srcId: 'AWS48820193' };
export const PRIYA = { name: 'Priya Nair', keep: 'priya.n@example.org', src: 'priya.nair@oldjob.example', keepId: 'AWS72615508', srcId: 'AWS09933471' };

export const to = (p: { keep: string }, name: string): string => `${name} <${p.keep}>`;

// support case IDs (10-13 digits); *Other are the users' unrelated cases
export const CASE = {
  taro: '17841230567',
  taroOther: '17790012345',
  hanako: '1779902314',
  hanakoOther: '1781122334',
  kenji: '178003456721',
  kenjiDup: '1780034599',
  olivia: '1776540988123',
  oliviaOther: '1776541200456',
  alex: '17720451189',
  priya: '1785512093',
  colleague: '1783300917',
} as const;

// dates: local time in a zone
const sec = (s: string, k: number): string => String(Array.from(s).reduce((a, c) => (a * k + c.charCodeAt(0)) % 100003, 7) % 60).padStart(2, '0');
export const jst = (s: string): string => rfcDate(`2026-${s}:${sec(s, 31)}`, '+0900');
export const utc = (s: string): string => rfcDate(`2026-${s}:${sec(s, 37)}`, '+0000');
export const pst = (s: string): string => rfcDate(`2026-${s}:${sec(s, 41)}`, '-0800');

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

const WD_JA = ['日', '月', '火', '水', '木', '金', '土'];
const wdOf = (y: number, m: number, d: number): number => new Date(Date.UTC(y, m - 1, d)).getUTCDay();
/** Gmail (ja): 2026年3月2日(月) 10:12 名前 <addr>: */
export const gmailJa = (ymd: string, hm: string, who: string): string => {
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number];
  return `${y}年${m}月${d}日(${WD_JA[wdOf(y, m, d)]}) ${hm} ${who}:`;
};
const WD_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Gmail (en): On Mon, Mar 2, 2026 at 10:12 AM Name <addr> wrote: */
export const gmailEn = (ymd: string, hm: string, who: string): string => {
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number];
  const [hh, mm] = hm.split(':').map(Number) as [number, number];
  const ap = hh >= 12 ? 'PM' : 'AM';
  const h12 = hh % 12 === 0 ? 12 : hh % 12;
  return `On ${WD_EN[wdOf(y, m, d)]}, ${MON_EN[m - 1]} ${d}, ${y} at ${h12}:${String(mm).padStart(2, '0')} ${ap} ${who} wrote:`;
};
/** Outlook (ja) header block */
export const outlookJa = (from: string, sent: string, toAddr: string, subject: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${toAddr}\n件名: ${subject}`;
/** Outlook (en) header block */
export const outlookEn = (from: string, sent: string, toAddr: string, subject: string): string =>
  `________________________________\nFrom: ${from}\nSent: ${sent}\nTo: ${toAddr}\nSubject: ${subject}`;
/** Salesforce-style separator used by the support form (en and a machine-translated ja variant) */
export const sfEn = (from: string, sent: string, toAddr: string, subject: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${toAddr}\nSubject: ${subject}`;
export const sfJa = (from: string, sent: string, toAddr: string, subject: string): string =>
  `--------------- 元のメッセージ ---------------\n差出人: ${from}\n送信済み: ${sent}\n宛先: ${toAddr}\n件名: ${subject}`;
export const ref = (seed: string): string => `ref:_00DE0Jz9Q._500${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const htmlDoc = (inner: string, lang = 'ja'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}">\n<head><meta charset="utf-8"><title></title></head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n${inner}\n</body>\n</html>`;

// machine-translated footers
export const FOOT_JA = `アマゾン ウェブ サービス株式会社は Amazon.com, Inc. の子会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。
このメッセージはあなたに送信されました、なぜならあなたは AWS トレーニングと認定に連絡したからです。`;
export const FOOT_EN = `Amazon Web Services, Inc. is subsidiary of Amazon.com, Inc. Amazon.com is registered trademark of Amazon.com, Inc. or its affiliates.`;
export const AUTO_JA = '[このメッセージは自動翻訳されました。元の言語: 英語。翻訳の品質は保証されません。]';
export const AUTO_EN = '[This message was translated automatically. Original language: Japanese. The quality of the translation is not guaranteed.]';

// the users' own first requests (quoted in threads)
export const TARO_REQ = `AWS認定アカウントの統合をお願いします。
残すアカウント: ${TARO.keepId} / ${TARO.keep}
統合元: ${TARO.srcId} / ${TARO.src}
会社を辞めるため、個人のほうにまとめたいです。山田`;
export const HANAKO_REQ = `お世話になります。佐藤花子です。
前職のアドレス(${HANAKO.src})で作った認定アカウントを、${HANAKO.keep} のほうへ寄せていただけますか。
よろしくお願いします。`;
export const KENJI_REQ = `Dear AWS Training and Certification,
I have two certification accounts. Please merge to the ${KENJI.keep} (${KENJI.keepId}).
The other is ${KENJI.src} (${KENJI.srcId}), this is old company address.
Best regards, Kenji Watanabe`;
export const OLIVIA_REQ = `Hello, I have one AWS Certification account from my Tokyo employer (${OLIVIA.src}) and one private (${OLIVIA.keep}).
Could you combine them into the private one? Thanks, Olivia`;
export const ALEX_REQ = `Hi, please merge my two AWS Certification accounts. Keep ${ALEX.keep} (${ALEX.keepId}); retire ${ALEX.src} (${ALEX.srcId}). Thanks!`;
export const PRIYA_REQ = `Hello, I switched jobs and now have two certification profiles: ${PRIYA.src} and ${PRIYA.keep}. Please make it one under ${PRIYA.keep}. Priya`;

/** defaults for a message of this set; labels stay explicit where they matter and are checked against the bytes */
export type Spec = Omit<Msg, 'trusted' | 'forUser' | 'trap' | 'caseId' | 'auth' | 'enc'> &
  Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap' | 'caseId' | 'auth' | 'enc'>>;
export const mk = (s: Spec): Msg => ({
  trusted: true,
  forUser: true,
  trap: false,
  caseId: null,
  auth: 'pass',
  enc: s.lang === 'ja' ? 'jis7' : 'ascii7',
  ...s,
});
