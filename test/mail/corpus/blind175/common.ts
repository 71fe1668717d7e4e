// fr set: people, senders, case IDs, quote headers and a small message helper.
// Voice of this set: the subject carries the news (ticket-system status tags,
// notification subjects, the user's own subject coming back, gateway tags and
// garbling, stale subjects) and the body says little or says it generically.
import { encodeWords, toJis, type Msg } from './lib.js';

export const FORM = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const FORM_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const SUPPORT_JP = 'アマゾン ウェブ サービス サポート <no-reply-aws@amazon.com>';
export const PORTAL = 'AWS Certification <no-reply@aws.training>';
export const PORTAL_JA = 'AWS 認定 <no-reply@aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';

export const formSubj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export interface Person {
  ja: string;
  en: string;
  keep: string;
  src: string;
  keepId: string;
  srcId: string;
}
export const KENJI: Person = { ja: '渡辺 健二', en: 'Kenji Watanabe', keep: 'kenji.w@example.jp', src: 'k-watanabe@sier.example.co.jp', keepId: 'AWS40718255', srcId: 'AWS83302619' };
export const MISAKI: Person = { ja: '高橋 美咲', en: 'Misaki Takahashi', keep: 'misaki.t@example.net', src: 'takahashi.m@old-partner.example.co.jp', keepId: 'AWS27716043', srcId: 'AWS61890372' };
export const SHO: Person = { ja: '中村 翔', en: 'Sho Nakamura', keep: 'sho.nakamura@example.com', src: 'nakamura@startup.example.jp', keepId: 'AWS50093184', srcId: 'AWS14473920' };
export const YUKI: Person = { ja: '小林 由紀', en: 'Yuki Kobayashi', keep: 'yuki.koba@example.jp', src: 'y.kobayashi@univ.example.ac.jp', keepId: 'AWS36658021', srcId: 'AWS92214507' };
export const TARO: Person = { ja: '山田 太郎', en: 'Taro Yamada', keep: 'taro.personal@example.com', src: 'taro@corp.example.co.jp', keepId: 'AWS10482736', srcId: 'AWS55219047' };
export const HANAKO: Person = { ja: '佐藤 花子', en: 'Hanako Sato', keep: 'hanako.sato@example.jp', src: 'hanako@oldcorp.example.com', keepId: 'AWS20917354', srcId: 'AWS63307182' };
export const DAISUKE: Person = { ja: '伊藤 大輔', en: 'Daisuke Ito', keep: 'daisuke.ito@example.jp', src: 'ito.d@maker.example.co.jp', keepId: 'AWS45590127', srcId: 'AWS70036418' };
export const AYA: Person = { ja: '松本 彩', en: 'Aya Matsumoto', keep: 'aya.m@example.com', src: 'matsumoto@agency.example.jp', keepId: 'AWS19984302', srcId: 'AWS58826671' };
export const DANIEL: Person = { ja: 'Daniel Okafor', en: 'Daniel Okafor', keep: 'dan.okafor@example.com', src: 'd.okafor@consult.example.net', keepId: 'AWS71820436', srcId: 'AWS05539281' };
export const SOFIA: Person = { ja: 'Sofia Rossi', en: 'Sofia Rossi', keep: 'sofia.rossi@example.it', src: 'srossi@agency.example.eu', keepId: 'AWS66104578', srcId: 'AWS39920814' };
export const WEI: Person = { ja: 'Wei Chen', en: 'Wei Chen', keep: 'wei.chen@example.sg', src: 'chen.wei@bank.example.com.sg', keepId: 'AWS88254103', srcId: 'AWS23391766' };
export const ALEX: Person = { ja: 'Alex Kim', en: 'Alex Kim', keep: 'alex.kim@example.com', src: 'a.kim@work.example.net', keepId: 'AWS31846620', srcId: 'AWS48820193' };
export const PRIYA: Person = { ja: 'Priya Nair', en: 'Priya Nair', keep: 'priya.n@example.org', src: 'priya.nair@oldjob.example', keepId: 'AWS72615508', srcId: 'AWS09933471' };
export const MARIA: Person = { ja: 'Maria Garcia', en: 'Maria Garcia', keep: 'maria.garcia@example.es', src: 'mgarcia@uni.example.edu', keepId: 'AWS86120045', srcId: 'AWS11457730' };

export const to = (p: Person, lang: 'ja' | 'en' = 'ja', which: 'keep' | 'src' = 'keep'): string => `${lang === 'ja' ? p.ja : p.en} <${p[which]}>`;

// support case IDs (10–13 digits), one or two per person, plus strays
export const C = {
  kenji: '1774403318',
  kenjiBadge: '1776620914',
  kenjiDup: '1774409921',
  misaki: '1791150276',
  sho: '1802237719',
  yuki: '17650488213',
  taro: '1787702345',
  hanako: '176990811245',
  daniel: '1784502291',
  danielVoucher: '1785119930',
  sofia: '1799034416',
  wei: '1812775003',
  alex: '1778230554',
  priya: '17810936627',
  maria: '1806644152',
  // strays: cases seen only once
  s1: '1769930127',
  s2: '1808812345',
  s3: '17731150884',
  s4: '1795540062',
  s5: '1803367218',
  s6: '1771028846',
  s7: '1797712093',
  s8: '1813004477',
  s9: '1766201398',
  s10: '1792268805',
  s11: '17880042716',
  s12: '1800519934',
  s13: '1783370061',
  s14: '1810097725',
  s15: '1768854430',
  s16: '1804421579',
  s17: '1789960312',
  s18: '1775531846',
  s19: '1796630218',
  s20: '1811185540',
} as const;

export const q = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Gmail quote header, Japanese UI */
export const gmailJa = (date: string, who: string, addr: string): string => `${date} ${who} <${addr}>:`;
/** Gmail quote header, English UI */
export const gmailEn = (date: string, who: string, addr: string): string => `On ${date} ${who} <${addr}> wrote:`;
/** Outlook header block, Japanese UI */
export const outlookJa = (from: string, sent: string, toS: string, subj: string): string => `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${toS}\n件名: ${subj}`;
/** Outlook header block, English UI */
export const outlookEn = (from: string, sent: string, toS: string, subj: string): string => `________________________________\nFrom: ${from}\nSent: ${sent}\nTo: ${toS}\nSubject: ${subj}`;
/** Salesforce separator used on case replies */
export const sf = (from: string, sent: string, toS: string, subj: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${toS}\nSubject: ${subj}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00D5fJ2kQ._500${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

/** A gateway that dropped the ESC bytes of ISO-2022-JP: the classic "$B...(B" mojibake, pure ASCII */
export function escStripped(s: string): string {
  const b = toJis(s);
  return Buffer.from(b.filter((x) => x !== 0x1b)).toString('latin1');
}

/**
 * ISO-2022-JP subject split by a careless encoder into two encoded words in the
 * middle of a two-byte character (the first word never returns to ASCII, the
 * second starts without ESC $ B). Decoders that join adjacent words of one
 * charset (mailparser does) read it fine; word-by-word decoders show garbage.
 */
export function badlyWrapped(prefix: string, s: string): string {
  const b = toJis(s);
  let two = false;
  let segStart = 0;
  let cut = -1;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 0x1b) {
      two = b[i + 1] === 0x24;
      i += 2;
      segStart = i + 1;
      continue;
    }
    if (two && i >= b.length / 3 && (i - segStart) % 2 === 1) {
      cut = i;
      break;
    }
  }
  if (cut < 0) throw new Error('badlyWrapped: no two-byte run to split');
  return `${prefix}=?ISO-2022-JP?B?${b.subarray(0, cut).toString('base64')}?=\n =?ISO-2022-JP?B?${b.subarray(cut).toString('base64')}?=`;
}

/** RFC 2047 words for s, the last word cut off by a gateway (no closing ?=) */
export function truncatedWords(prefix: string, s: string, keepChars: number, mode: 'jis' | 'utf8b' = 'jis'): string {
  const words = encodeWords(s, mode).split('\n ');
  const last = words.pop() ?? '';
  return prefix + [...words, last.slice(0, keepChars)].join('\n ');
}

/** defaults: support form sender, authenticated, for the user, not a trap */
export function mk(m: Partial<Msg> & Pick<Msg, 'slug' | 'kind' | 'lang' | 'subject' | 'date' | 'enc' | 'note' | 'to'>): Msg {
  return {
    trusted: true,
    forUser: true,
    caseId: null,
    trap: false,
    from: FORM,
    auth: 'pass',
    ...m,
  } as Msg;
}
