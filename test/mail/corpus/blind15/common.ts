// Set n: shared personas, addresses, case IDs, quote headers and thread history.
// Voice of this set: mobile and chat-like (terse agents, bilingual mail, forwards
// between the user's own addresses, long top-posted threads, replies from phones).
import type { Auth, Enc, Kind, Msg } from './lib.js';

export const FORM = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const FORM_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const PORTAL = 'AWS Certification <no-reply@certification.aws.training>';

export const caseSubj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const caseSubjRe = (id: string): string => `Re: RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// personas (all addresses below are in lib.ts USER_ADDRS)
export const REN = { ja: '松本 蓮', en: 'Ren Matsumoto', keep: 'ren.matsumoto@example.jp', src: 'r.matsumoto@oldcorp-sys.example.co.jp', mobile: 'ren.m.mobile@example.ne.jp', keepId: 'AWS04417829', srcId: 'AWS73310582' };
export const MISAKI = { ja: '井上 美咲', en: 'Misaki Inoue', keep: 'misaki.inoue@example.com', src: 'm-inoue@lab.example.ac.jp', keepId: 'AWS91530266', srcId: 'AWS28804137' };
export const SHOTA = { ja: '木村 翔太', en: 'Shota Kimura', keep: 'kimura.shota@example.net', src: 's.kimura@fintech.example.co.jp', keepId: 'AWS60027718', srcId: 'AWS15592840' };
export const AYA = { ja: '渡辺 彩', en: 'Aya Watanabe', keep: 'aya.watanabe@example.org', src: 'watanabe.aya@agency.example.co.jp', keepId: 'AWS38846051', srcId: 'AWS77201394' };
export const DAISUKE = { ja: '森 大輔', en: 'Daisuke Mori', keep: 'daisuke.mori@example.jp', src: 'mori.d@oldvendor.example.com', keepId: 'AWS52218873', srcId: 'AWS09184465' };
export const LUCAS = { name: 'Lucas Moreau', keep: 'lucas.moreau@example.fr', src: 'l.moreau@agency.example.com', keepId: 'AWS66103928', srcId: 'AWS24479015' };
export const NADIA = { name: 'Nadia Rahman', keep: 'nadia.rahman@example.co.uk', src: 'n.rahman@consult.example.net', keepId: 'AWS81940352', srcId: 'AWS30075514' };
export const SVEN = { name: 'Sven Lindqvist', keep: 'sven.lindqvist@example.se', src: 'sven.l@startup.example.io', keepId: 'AWS47720196', srcId: 'AWS85513062' };

// people who are not the user
export const YOSHIDA = { ja: '吉田 健', addr: 'ken.yoshida@oldcorp-sys.example.co.jp' };
export const TEAM_LIST = 'cloud-team@agency.example.co.jp';
export const COLLEAGUE_EN = { name: 'Marco Bianchi', addr: 'marco.bianchi@consult.example.net' };

// support case IDs (10–13 digits), new for this set
export const CASE = {
  ren: '17831904275',
  renDup: '1783190911',
  misaki: '1779025516',
  shota: '178450339120',
  aya: '17702941863',
  daisuke: '1785519023',
  lucas: '1774862290017',
  nadia: '17908812346',
  sven: '1781470032',
  misaki2: '1788004163',
  lucasDup: '1774862299104',
} as const;

export const who = (name: string, addr: string): string => `${name} <${addr}>`;

export const q = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

// quote headers seen in real mailboxes
export const gmailJa = (d: string, w: string): string => `${d} ${w}:`; // d: 2026年3月4日(水) 9:15
export const gmailEn = (d: string, w: string): string => `On ${d} ${w} wrote:`; // d: Wed, Mar 4, 2026 at 9:15 AM
export const iphoneJa = (d: string, w: string): string => `${d}、${w}のメール:`; // d: 2026/03/04 9:15
export const iphoneEn = (d: string, w: string): string => `On ${d}, ${w} wrote:`; // d: Mar 4, 2026, at 09:15
export const outlookJa = (from: string, sent: string, to: string, subj: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subj}`;
export const outlookEn = (from: string, sent: string, to: string, subj: string): string =>
  `________________________________\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subj}`;
export const origEn = (from: string, sent: string, to: string, subj: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subj}`;
export const sfEn = (from: string, sent: string, to: string, subj: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subj}`;
export const sfJa = (from: string, sent: string, to: string, subj: string): string =>
  `--------------- 元のメッセージ ---------------\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subj}`;
export const fwdJa = (from: string, date: string, subj: string, to: string): string =>
  `---------- 転送されたメッセージ ---------\nFrom: ${from}\nDate: ${date}\nSubject: ${subj}\nTo: ${to}`;
export const fwdEn = (from: string, date: string, subj: string, to: string): string =>
  `---------- Forwarded message ---------\nFrom: ${from}\nDate: ${date}\nSubject: ${subj}\nTo: ${to}`;

export const sfRef = (seed: string): string => `ref:_00D50Kq2H._5009T${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const htmlDoc = (body: string, charset = 'utf-8'): string =>
  `<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=${charset}">\n</head>\n<body>\n${body}\n</body>\n</html>`;

// ---- thread history pieces (quoted in later messages; quoted text never decides the kind)
export const REN_REQ = `認定アカウントが2つあるので1つにしたいです。
残す: ${REN.keepId} / ${REN.keep}
消す: ${REN.srcId} / ${REN.src}
前職のアドレスはそのうち使えなくなります。
松本 蓮`;

export const REN_INFO = `松本様
お問い合わせありがとうございます。担当の Kaito です。
統合にあたり、以下をお知らせください。
- 両アカウントの候補者ID
- 各アカウントのログイン用メールアドレス
- 残すアカウント
Kaito
AWS Training and Certification Customer Service`;

export const REN_REPLY_PHONE = `Kaitoさん
候補者IDは ${REN.keepId}(残す)と ${REN.srcId} です。
ログインは ${REN.keep} と ${REN.src} です。
よろしくお願いします。

iPhoneから送信`;

export const REN_CONFIRM = `松本様
ありがとうございます。${REN.srcId} を ${REN.keepId} に統合します。
統合は取り消せませんので、問題なければこのメールに「同意します」とご返信ください。
Kaito`;

export const REN_AGREE = `同意します。お願いします。
松本

iPhoneから送信`;

export const REN_DONE = `松本様
統合作業が完了しました。${REN.keepId} にサインインして認定履歴をご確認ください。
Kaito`;

export const MISAKI_REQ = `お世話になります。井上です。
大学のアドレス(${MISAKI.src})で受けた試験と、個人アドレス(${MISAKI.keep})で受けた試験が別アカウントになっています。
個人の方にまとめていただけますか。`;

export const SHOTA_REQ = `AWS認定アカウント統合の依頼です。
統合先 ${SHOTA.keepId} ${SHOTA.keep}
統合元 ${SHOTA.srcId} ${SHOTA.src}
木村`;

export const SHOTA_CONFIRM = `木村様

${SHOTA.srcId} から ${SHOTA.keepId} への統合準備が整いました。
この操作は元に戻せません。ご了承いただける場合は本メールへ返信してください。

Haruka
AWS トレーニングと認定 カスタマーサービス`;

export const AYA_REQ = `渡辺と申します。転職のため、会社アドレス ${AYA.src} の認定アカウント(${AYA.srcId})を個人の ${AYA.keep}(${AYA.keepId})に統合したいです。`;

export const DAISUKE_REQ = `森です。AWS認定のアカウントが重複しています。${DAISUKE.keepId} を残して ${DAISUKE.srcId} をまとめてください。`;

export const LUCAS_REQ = `Hi, I have 2 AWS Certification accounts (${LUCAS.keepId} personal, ${LUCAS.srcId} from my agency). Please merge into the personal one, ${LUCAS.keep}. Thanks, Lucas`;

export const LUCAS_INFO = `Hi Lucas,
Thanks for reaching out. To get this going I need:
1. Login email for each account
2. Which account stays active
Cheers,
Arjun
AWS Training and Certification`;

export const LUCAS_CONFIRM = `Hi Lucas,
All set on our side. Reply "I agree" to let us merge ${LUCAS.srcId} into ${LUCAS.keepId}. This is permanent.
Arjun`;

export const NADIA_REQ = `Hello - I ended up with two certification profiles (${NADIA.keep} and ${NADIA.src}). Could these be combined under ${NADIA.keep}? Candidate IDs ${NADIA.keepId} / ${NADIA.srcId}.
Nadia`;

export const SVEN_REQ = `Hey, need my two AWS cert accounts merged. Keep ${SVEN.keepId} (${SVEN.keep}), retire ${SVEN.srcId} (${SVEN.src}).
/Sven

Sent from Outlook for Android`;

// ---- message factory with this set's defaults (trusted/forUser are re-checked against the bytes)
export interface P {
  slug: string;
  kind: Kind;
  lang: 'ja' | 'en';
  note: string;
  from: string;
  to: string;
  subject: string;
  date: string;
  enc: Enc;
  caseId: string | null;
  text?: string;
  html?: string;
  auth?: Auth;
  trusted?: boolean;
  forUser?: boolean;
  trap?: boolean;
  cc?: string;
  hdr?: Msg['hdr'];
  wholeSubject?: boolean;
  crlf?: boolean;
  relay?: string;
  rcpt?: string;
  deliveredTo?: string | null;
  inReplyTo?: string;
  references?: string;
  extra?: string[];
  resent?: Msg['resent'];
  ctExtra?: string;
}

export const mk = (p: P): Msg => ({
  ...p,
  auth: p.auth ?? 'pass',
  trusted: p.trusted ?? true,
  forUser: p.forUser ?? true,
  trap: p.trap ?? false,
});
