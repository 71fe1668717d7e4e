// Set "ad": people, senders, case IDs and quoting helpers (all invented for this set).
import { rfcDate, type Msg } from './lib.js';

export const SUP = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUP_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CASES = 'AWS Training & Certification Case Updates <case-updates@support.aws.com>';
export const ASSIST = 'AWS Training and Certification Assistant <assistant@aws.training>';
export const PORTAL = 'AWS Certification <certification-noreply@certmetrics.aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const form = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const SHIORI = { ja: '中村 詩織', en: 'Shiori Nakamura', keep: 'shiori.nakamura@mailbox.example.jp', src: 's-nakamura@kitaura-denki.example.co.jp', keepId: 'AWS04718826', srcId: 'AWS39920517', co: '北浦電機株式会社' };
export const WATARU = { ja: '森田 航', en: 'Wataru Morita', keep: 'wataru.morita@example.net', src: 'morita.w@harbor-sys.example.co.jp', keepId: 'AWS81260374', srcId: 'AWS27745018', co: '株式会社ハーバーシステムズ' };
export const MEGUMI = { ja: '小野寺 恵', en: 'Megumi Onodera', keep: 'm.onodera@kumo.example.ne.jp', src: 'onodera@seiran-univ.example.ac.jp', keepId: 'AWS66013592', srcId: 'AWS15839460', co: '青嵐大学' };
export const DANIEL = { name: 'Daniel Okafor', keep: 'dokafor.home@example.com', src: 'daniel.okafor@lumenbridge.example.io', keepId: 'AWS93307215', srcId: 'AWS50218864', co: 'Lumenbridge Analytics' };
export const SOFIA = { name: 'Sofia Lindqvist', keep: 'sofia.lindqvist@example.se', src: 's.lindqvist@nordfjell.example.no', keepId: 'AWS22871406', srcId: 'AWS70345912', co: 'Nordfjell Energi AS' };

export const TAKAGI = '高木 悠人 <takagi.y@kitaura-denki.example.co.jp>';
export const RAHUL = 'Rahul Mehta <r.mehta@example.in>';

export const ID = {
  shiori: '1783306492',
  shioriDup: '1783307715',
  wataru: '17920458813',
  wataru2: '179744390016',
  megumi: '179644103927',
  daniel: '1805527719064',
  sofia: '17870392251',
  rahul: '1811164430',
} as const;

export const jst = (d: string): string => rfcDate(d, '+0900');
export const utc = (d: string): string => rfcDate(d, '+0000');
export const pst = (d: string): string => rfcDate(d, '-0800');

export const q = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Japanese Gmail quote header */
export const gmailJa = (when: string, who: string, body: string): string => `${when} ${who}:\n\n${q(body)}`;
/** English Gmail quote header */
export const gmailEn = (when: string, who: string, body: string): string => `On ${when} ${who} wrote:\n${q(body)}`;
/** Japanese Outlook block */
export const outlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
/** English Outlook block */
export const outlookEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
/** Salesforce separator used by the case tool */
export const sf = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const ref = (seed: string): string => `ref:_00Dq1Kx7T._5008${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const html = (text: string, extra = ''): string =>
  `<html><head><meta charset="utf-8"></head><body style="font-family:sans-serif">\n` +
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n') +
  extra +
  `\n</body></html>`;

/** the fields every message needs; everything else defaults */
export type Base = Pick<Msg, 'slug' | 'kind' | 'lang' | 'note' | 'from' | 'to' | 'subject' | 'date' | 'enc'> & Partial<Msg>;
export const M = (b: Base): Msg => ({ trusted: true, forUser: true, caseId: null, trap: false, auth: 'pass', ...b });

export const AUTO = ['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All'];

// the customers' original submissions, quoted in later replies
export const REQ_SHIORI = `お問い合わせ種別: AWS トレーニングと認定
内容: 認定アカウントが2つあるため、1つにまとめていただきたく連絡しました。
会社名: ${SHIORI.co}
氏名: 中村 詩織
受験者ID(残す方): ${SHIORI.keepId}  ${SHIORI.keep}
受験者ID(まとめる方): ${SHIORI.srcId}  ${SHIORI.src}`;

export const REQ_WATARU = `いつもお世話になっております。森田です。
前職で取得したSAAと、現在のアカウントで取得したDVAが別々のアカウントに分かれてしまっているので、統合をお願いできますでしょうか。
現在: ${WATARU.keepId} / ${WATARU.keep}
前職: ${WATARU.srcId} / ${WATARU.src}`;

export const REQ_MEGUMI = `大学在籍中に作ったアカウント(${MEGUMI.src})と、今使っている個人アカウント(${MEGUMI.keep})を一本化したいです。
セルフサービスのツールでは「サポートへお問い合わせください」と表示されました。`;

export const REQ_DANIEL = `Hi team - I ended up with two certification profiles. One is tied to my old employer address (${DANIEL.src}, ${DANIEL.srcId}), the other to my personal inbox (${DANIEL.keep}, ${DANIEL.keepId}). The self-service merge refused because both hold certifications. Please fold everything into the personal one.
Daniel Okafor, ${DANIEL.co}`;

export const REQ_SOFIA = `Hello,
Candidate IDs ${SOFIA.keepId} (keep, ${SOFIA.keep}) and ${SOFIA.srcId} (${SOFIA.src}). I'd like them combined so my SAP and SCS certs sit together.
Regards, Sofia`;
