// Shared people, addresses, wrapping and boilerplate for the `ar` set
// (voice: old mail systems and hard-wrapped plain text).
import type { Auth, Enc, Kind, Msg } from './lib.js';
import { rfcDate } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const PORTAL = 'AWS Certification <no-reply@certification.aws.training>';
export const subj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const TARO = { ja: '山田 太郎', en: 'Taro Yamada', keep: 'taro.personal@example.com', src: 'taro@corp.example.co.jp', keepId: 'AWS30118842', srcId: 'AWS71920354' };
export const HANAKO = { ja: '佐藤 花子', en: 'Hanako Sato', keep: 'hanako.sato@example.jp', src: 'hanako@oldcorp.example.com', keepId: 'AWS40552817', srcId: 'AWS82264091' };
export const ALEX = { name: 'Alex Kim', keep: 'alex.kim@example.com', src: 'a.kim@work.example.net', keepId: 'AWS52290418', srcId: 'AWS13370625' };
export const PRIYA = { name: 'Priya Nair', keep: 'priya.n@example.org', src: 'priya.nair@oldjob.example', keepId: 'AWS66017734', srcId: 'AWS24481109' };
export const MARIA = { name: 'Maria Garcia', keep: 'maria.garcia@example.es', src: 'mgarcia@uni.example.edu', keepId: 'AWS90846152', srcId: 'AWS38815270' };
export const COLLEAGUE = '鈴木 一郎 <suzuki.ichiro@corp.example.co.jp>';

export const C = {
  taro: '17804411926',
  taro2: '1780559013',
  taroExam: '17809955120',
  hanako: '1781203349',
  hanako2: '178120776541',
  hanakoDup: '1781204410',
  alex: '1779088123456',
  alex2: '17790912288',
  priya: '178552091734',
  priyaRefund: '17855300162',
  maria: '17830004418',
  maria2: '1783120095',
} as const;

/** display width: full-width = 2, half-width (ASCII, half-width katakana) = 1 */
const w = (ch: string): number => {
  const c = ch.codePointAt(0) ?? 0;
  if (c < 0x80) return 1;
  if (c >= 0xff61 && c <= 0xff9f) return 1;
  return 2;
};

/** hard wrap like an old mailer: break at `cols` display columns, even mid-word */
export function hw(text: string, cols = 72): string {
  return text
    .split('\n')
    .flatMap((line) => {
      const out: string[] = [];
      let cur = '';
      let cw = 0;
      for (const ch of Array.from(line)) {
        if (cw + w(ch) > cols) {
          out.push(cur);
          cur = '';
          cw = 0;
        }
        cur += ch;
        cw += w(ch);
      }
      out.push(cur);
      return out;
    })
    .join('\n');
}

/** English word wrap at 72 columns */
export function ww(text: string, cols = 72): string {
  return text
    .split('\n')
    .flatMap((line) => {
      if (line.length <= cols) return [line];
      const out: string[] = [];
      let cur = '';
      for (const word of line.split(' ')) {
        if (cur && cur.length + 1 + word.length > cols) {
          out.push(cur);
          cur = word;
        } else cur = cur ? cur + ' ' + word : word;
      }
      out.push(cur);
      return out;
    })
    .join('\n');
}

/** format=flowed: soft breaks get a trailing space (English) */
export function flowed(text: string, cols = 66): string {
  return text
    .split('\n')
    .flatMap((line) => {
      if (line.length <= cols) return [line.replace(/\s+$/, '')];
      const out: string[] = [];
      let cur = '';
      for (const word of line.split(' ')) {
        if (cur && cur.length + 1 + word.length > cols) {
          out.push(cur + ' ');
          cur = word;
        } else cur = cur ? cur + ' ' + word : word;
      }
      out.push(cur);
      return out;
    })
    .join('\n');
}

/** format=flowed; delsp=yes for Japanese: soft break = trailing space that the reader deletes */
export function flowedJa(text: string, cols = 70): string {
  return text
    .split('\n')
    .map((line) => {
      const parts = hw(line, cols - 1).split('\n');
      return parts.map((p, i) => (i < parts.length - 1 ? p + ' ' : p)).join('\n');
    })
    .join('\n');
}

export const q = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const outlookOrig = (from: string, sent: string, to: string, s: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${s}\n\n${body}`;
export const outlookJa = (from: string, sent: string, to: string, s: string, body: string): string =>
  `-----Original Message-----\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${s}\n\n${body}`;
export const sfOrig = (from: string, sent: string, to: string, s: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${s}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00DE0Jz9Q._500${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

// ---- boilerplate in the voice of older systems ----
export const RULE_JA = '━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━';
export const RULE2_JA = '■□■□■□■□■□■□■□■□■□■□■□■□■□■□■□■□■□';
export const RULE_EN = '========================================================================';
export const DASH_EN = '------------------------------------------------------------------------';

/** generic notice that names every event kind without being any of them */
export const BP_SYSTEM_JA = hw(
  '本メールは、AWS トレーニングと認定 カスタマーサポートのケース管理システムより配信しております。お問い合わせの受付のご連絡、追加情報のご提供のお願い、お手続きのご確認のお願い、処理完了のお知らせ、ならびにケースのクローズに関するご案内は、すべて本アドレスよりお送りいたします。',
);
export const BP_BADGE_JA = hw(
  'デジタルバッジ（Credly）について：認定資格のバッジは、Credly 社のサービスを通じて発行されます。アカウントの統合や、メールアドレスの変更を行った場合のバッジの移行については、よくある質問をご参照ください。',
);
export const BP_SYSTEM_EN = ww(
  'This notification was generated by the AWS Training and Certification case management system. Acknowledgements of new requests, requests for additional information, requests for confirmation, notices of completed processing, badge updates and case closure notices are all sent from this address.',
);
export const BP_REPLY_EN = ww(
  'To add information to your case, reply to this e-mail without changing the subject line. Please do not open a new case for the same request; duplicate cases delay the response.',
);

export const LEGAL_JA = hw(
  '【ご注意】本メールおよび添付ファイルには、機密情報が含まれている可能性があります。本メールを誤って受信された場合は、お手数ですが送信者にご連絡のうえ、本メールを削除してください。本メールの無断転載、複製、第三者への開示を禁じます。',
);
export const LEGAL_EN = ww(
  'CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential or privileged information. If you received it in error, please notify the sender and delete it. Any unauthorised review, copying or disclosure is prohibited.',
);

export const sigJa = (agent: string): string => `${RULE_JA}
AWS トレーニングと認定
カスタマーサポート
担当：${agent}

◆受付時間：月曜日から金曜日 9:00 - 18:00（日本時間、祝日を除く）
◆お問い合わせ窓口：AWS トレーニングと認定 お問い合わせフォーム
◆よくある質問：https://aws.amazon.com/certification/faqs/

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210
${RULE_JA}`;

export const sigEn = (agent: string): string => `${DASH_EN}
${agent}
AWS Training and Certification | Customer Support
Hours: Monday - Friday, 8:00 AM - 6:00 PM (local time of your region)
FAQ: https://aws.amazon.com/certification/faqs/
Policies: https://aws.amazon.com/certification/policies/

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc.
Amazon.com is a registered trademark of Amazon.com, Inc.
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210
${DASH_EN}`;

// ---- message factory ----
export interface Spec {
  s: string; // slug (never shown in the file name)
  k: Kind;
  lang: 'ja' | 'en';
  enc: Enc;
  date: string; // 'YYYY-MM-DD hh:mm:ss'
  tz?: string;
  subject: string;
  text?: string;
  html?: string;
  from?: string;
  to?: string;
  cc?: string;
  id?: string | null;
  trap?: boolean;
  t?: boolean; // trusted (default true)
  fu?: boolean; // forUser (default true)
  auth?: Auth;
  note: string;
  x?: Partial<Msg>;
}

export function M(sp: Spec): Msg {
  return {
    slug: sp.s,
    kind: sp.k,
    lang: sp.lang,
    trusted: sp.t ?? true,
    forUser: sp.fu ?? true,
    caseId: sp.id ?? null,
    trap: sp.trap ?? false,
    note: sp.note,
    from: sp.from ?? SUPPORT,
    to: sp.to ?? TARO.keep,
    cc: sp.cc,
    subject: sp.subject,
    date: rfcDate(sp.date, sp.tz ?? (sp.lang === 'ja' ? '+0900' : '+0000')),
    auth: sp.auth ?? 'pass',
    enc: sp.enc,
    text: sp.text,
    html: sp.html,
    ...sp.x,
  };
}
