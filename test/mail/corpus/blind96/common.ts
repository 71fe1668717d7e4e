// Shared people, addresses and quoting helpers for the cq set (non-native Japanese / English voices).
import { rfcDate, type Auth, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const PORTAL = 'AWS Certification <no-reply@certification.aws.training>';
export const subj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const subjNew = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// the users (all their addresses are in lib.ts USER_ADDRS)
export const AN = { ja: 'グエン ヴァン アン', en: 'Nguyen Van An', keep: 'nguyen.van.an@example.com', src: 'an.nguyen@sier.example.co.jp', keepId: 'AWS71203958', srcId: 'AWS40218836', case: '1773104528', dup: '1773109902' };
export const LI = { ja: '李 偉', en: 'Li Wei', keep: 'liwei.osaka@example.jp', src: 'li.wei@oldfirm.example.co.jp', keepId: 'AWS58830127', srcId: 'AWS22917405', case: '17760029318', other: '17760551040' };
export const EMMA = { ja: 'エマ・シュナイダー', en: 'Emma Schneider', keep: 'emma.schneider@example.de', src: 'schneider.emma@kyodai.example.ac.jp', keepId: 'AWS90412776', srcId: 'AWS33018254', case: '1768812003467' };
export const KENJI = { ja: '渡辺 健二', en: 'Kenji Watanabe', keep: 'kenji.watanabe@example.com', src: 'k-watanabe@mfg-corp.example.co.jp', keepId: 'AWS61127490', srcId: 'AWS28840315', case: '17801937264', dup: '17802011530' };
export const YUKI = { ja: '田中 由紀', en: 'Yuki Tanaka', keep: 'yuki.tanaka@example.jp', src: 'tanaka-y@bank.example.co.jp', keepId: 'AWS15590832', srcId: 'AWS74402619', case: '176655408213', other: '176655902277', dup: '176655711004' };
export const RAJ = { ja: 'クマール ラジェシュ', en: 'Rajesh Kumar', keep: 'rajesh.k@example.in', src: 'kumar.r@sier.example.co.jp', keepId: 'AWS83361920', srcId: 'AWS50077143', case: '17740088123', other: '17740091876', refund: '17740120554', third: '17740133309' };
export const SAKI = { ja: '森 咲', en: 'Saki Mori', keep: 'saki.mori@example.jp', src: 'mori.saki@travel.example.co.jp', keepId: 'AWS47720518', srcId: 'AWS66091382', case: '1779920031' };

export const addr = (name: string, a: string): string => `${name} <${a}>`;

type Spec = Omit<Msg, 'trusted' | 'forUser' | 'trap' | 'auth' | 'date'> & {
  at: string;
  tz?: string;
  trusted?: boolean;
  forUser?: boolean;
  trap?: boolean;
  auth?: Auth;
};

/** defaults: trusted, forUser, not a trap, authenticated; the generator re-derives trust/forUser from the bytes */
export function mk(s: Spec): Msg {
  const { at, tz, ...rest } = s;
  return { trusted: true, forUser: true, trap: false, auth: 'pass', ...rest, date: rfcDate(at, tz ?? '+0000') };
}

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

const WD_JA = ['日', '月', '火', '水', '木', '金', '土'];
const WD_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const wd = (ymd: string): number => {
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
};
const parts = (ymd: string): [number, number, number] => ymd.split('-').map(Number) as [number, number, number];

/** Gmail (Japanese UI): 2026年3月2日(月) 9:14 Name <addr>: */
export const gmailJa = (ymd: string, hm: string, who: string, body: string): string => {
  const [y, m, d] = parts(ymd);
  return `${y}年${m}月${d}日(${WD_JA[wd(ymd)]}) ${hm} ${who}:\n\n${quote(body)}`;
};
/** Gmail (English UI): On Mon, Mar 2, 2026 at 9:14 AM Name <addr> wrote: */
export const gmailEn = (ymd: string, hm: string, who: string, body: string): string => {
  const [y, m, d] = parts(ymd);
  return `On ${WD_EN[wd(ymd)]}, ${MON_EN[m - 1]} ${d}, ${y} at ${hm} ${who} wrote:\n\n${quote(body)}`;
};
/** Outlook (Japanese UI) header block, not indented */
export const outlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
/** Outlook (English UI) */
export const outlookEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
/** Salesforce-style separator used by support replies */
export const sf = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00D0b2Kq8._500Vx${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  '<html><body>\n' +
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n') +
  '\n</body></html>';

// ---- the users' own first requests, in their own voices (quoted by later mail)
export const AN_REQ = `AWS認定のアカウントが２つありますので、１つにまとめたいです。
前の会社のメールでアカウントを作りました、今は個人のメールを使いたいです。
残るのアカウント: ${AN.keepId} (${AN.keep})
消すアカウント: ${AN.srcId} (${AN.src})
よろしくおねがいします。
グエン`;

export const LI_REQ = `お世話になります。李と申します。
私はAWS認定の帳号を二つ持っています、合併をお願いしたいです。
保留したい方：${LI.keep}（${LI.keepId}）
合併される方：${LI.src}（${LI.srcId}）
以上、宜しくお願い致します。`;

export const EMMA_REQ = `拝啓
私はエマ・シュナイダーです。京都の大学で研究者をしています。
大学のメールアドレスで作った認定アカウントと、私用のアカウントがあります。大学の契約は三月で終わるので、私用の方に全部を移したいと思います。
残す：${EMMA.keep} / ${EMMA.keepId}
移す：${EMMA.src} / ${EMMA.srcId}
ご検討をよろしくお願い申し上げます。
敬具`;

export const KENJI_REQ = `Osewa ni natte orimasu.
Kaisha no PC de nihongo nyuuryoku ga dekinai node, romaji de shitsurei shimasu.
AWS nintei no account ga futatsu aru node, hitotsu ni tougou shite itadakitai desu.
Nokosu account: ${KENJI.keep} (${KENJI.keepId})
Tougou moto: ${KENJI.src} (${KENJI.srcId})
Yoroshiku onegai itashimasu.
Watanabe Kenji`;

export const YUKI_REQ = `Dear AWS Support,
I am Yuki Tanaka. I have two AWS certification account, one is by company mail and one is by private mail.
I want to collect my certifications to private account because I will retire my company at end of this month.
Keep: ${YUKI.keep} (${YUKI.keepId})
Delete: ${YUKI.src} (${YUKI.srcId})
Please teach me how to do. Best regards,
Yuki Tanaka`;

export const RAJ_REQ = `はじめまして、クマールです。
私はAWS認定アカウントを２個持っています。会社のアカウントと私のアカウントです。
私のアカウントに合わせてほしいです。
私のアカウント：${RAJ.keep}　${RAJ.keepId}
会社のアカウント：${RAJ.src}　${RAJ.srcId}
おねがいいたします。`;

export const SAKI_REQ = `hajimemashite, Mori Saki to moushimasu.
ima kaigai ni ite, karita sumaho ni nihongo keyboard ga nai tame romaji de sumimasen.
AWS nintei no account wo matome tai desu.
nokoshitai: ${SAKI.keep} ${SAKI.keepId}
matometai: ${SAKI.src} ${SAKI.srcId}
yoroshiku onegaishimasu`;
