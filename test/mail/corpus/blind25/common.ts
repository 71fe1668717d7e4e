// Set x: people, case IDs, senders and quoting helpers (all invented for this set).
import { rfcDate, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const subj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const HINA = { ja: '木下 陽菜', en: 'Hina Kinoshita', keep: 'hina.kinoshita@example.net', src: 'h-kinoshita@minato-soft.example.co.jp', keepId: 'AWS73019584', srcId: 'AWS26641097', co: '港ソフト株式会社' };
export const KENGO = { ja: '大橋 健吾', en: 'Kengo Ohashi', keep: 'kengo.ohashi@example.org', src: 'ohashi@kitaura-denki.example.jp', keepId: 'AWS58830216', srcId: 'AWS91027463', thirdId: 'AWS44170382', co: '北浦電機株式会社' };
export const MISAKI = { ja: '村井 美咲', en: 'Misaki Murai', keep: 'misaki.murai@example.jp', src: 'murai.m@hoshizora-net.example.com', keepId: 'AWS40378152', srcId: 'AWS67712905', co: '株式会社ほしぞらネット' };
export const DEVON = { name: 'Devon Achterberg', keep: 'devon.achterberg@example.com', src: 'dachterberg@lumenfield.example.io', keepId: 'AWS83306471', srcId: 'AWS15590238', co: 'Lumenfield Analytics' };
export const INES = { name: 'Ines Okafor', keep: 'ines.okafor@mailbox.example', src: 'i.okafor@tidewater-labs.example', keepId: 'AWS29947013', srcId: 'AWS70215586', co: 'Tidewater Labs' };
export const RAFAEL = { name: 'Rafael Lindqvist', keep: 'rafa.lindqvist@example.se', src: 'rlindqvist@norrbyte.example.se', keepId: 'AWS64408821', srcId: 'AWS38172960', thirdId: 'AWS52093317', co: 'Norrbyte AB' };

export const ARAI = { ja: '新井 翔太', keep: 'shota.arai@example.ne.jp', src: 'arai-s@seiran-sys.example.co.jp', keepId: 'AWS16620934', srcId: 'AWS87405126' };
export const OKABE = { ja: '岡部 千尋', keep: 'chihiro.okabe@example.ne.jp', src: 'okabe@kawasemi-tech.example.co.jp', keepId: 'AWS35178806', srcId: 'AWS60923417' };

// not the user's
export const TAJIMA = { ja: '田島 亮', addr: 'tajima.r@minato-soft.example.co.jp' };
export const TEAMLIST = 'infra-all@kitaura-denki.example.jp';
export const YUI = 'yui.hoshino@example.net';
export const MARCUS = 'marcus.feld@lumenfield.example.io';

export const to = (name: string, addr: string): string => `${name} <${addr}>`;

// support case IDs, 10-13 digits
export const CASE = {
  hina: '1781406623',
  hinaBadge: '1790128834',
  kengo: '17824930518',
  kengo2: '1786002417365',
  misaki: '1779358204',
  misakiDup: '1779361187',
  devon: '178890126643',
  devon2: '17912203358',
  devon2dup: '17912209971',
  ines: '1783574410962',
  rafael: '17807761249',
  rafael2: '179455320186',
  arai: '1784420967',
  okabe: '1787730051',
  fake1: '1780055512',
  fake2: '1788112093',
  fake3: '17930066142',
} as const;

/** fill the defaults; trusted/forUser are still written per message where they differ */
type Req = Pick<Msg, 'slug' | 'kind' | 'lang' | 'caseId' | 'note' | 'from' | 'to' | 'subject' | 'enc'> & { when: string; tz?: string };
export function msg(o: Req & Partial<Msg>): Msg {
  const { when, tz, ...rest } = o;
  return {
    trusted: true,
    forUser: true,
    trap: false,
    auth: 'pass',
    date: rfcDate(when, tz ?? (o.lang === 'ja' ? '+0900' : '+0000')),
    ...rest,
  } as Msg;
}

export const q = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Gmail (Japanese UI) quote header */
export const gmailJa = (when: string, name: string, addr: string, body: string): string => `${when} ${name} <${addr}>:\n\n${q(body)}`;
/** Gmail (English UI) quote header */
export const gmailEn = (when: string, name: string, addr: string, body: string): string => `On ${when} ${name} <${addr}> wrote:\n${q(body)}`;
/** Outlook (Japanese UI) header block, unquoted body */
export const outlookJa = (from: string, sent: string, toLine: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${toLine}\n件名: ${subject}\n\n${body}`;
/** Outlook (English UI) header block */
export const outlookEn = (from: string, sent: string, toLine: string, subject: string, body: string): string =>
  `From: ${from}\nSent: ${sent}\nTo: ${toLine}\nSubject: ${subject}\n\n${body}`;
/** classic -----Original Message----- */
export const origMsg = (from: string, sent: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nSubject: ${subject}\n\n${body}`;
/** Salesforce-style separators the support desk uses (English and Japanese) */
export const sfEn = (from: string, sent: string, toLine: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${toLine}\nSubject: ${subject}\n\n${body}`;
export const sfJa = (from: string, sent: string, toLine: string, subject: string, body: string): string =>
  `--------------- 元のメッセージ ---------------\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${toLine}\n件名: ${subject}\n\n${body}`;
export const fwdJa = (from: string, date: string, subject: string, toLine: string, body: string): string =>
  `---------- 転送メッセージ ---------\nFrom: ${from}\nDate: ${date}\nSubject: ${subject}\nTo: ${toLine}\n\n${body}`;
export const fwdEn = (from: string, date: string, subject: string, toLine: string, body: string): string =>
  `---------- Forwarded message ---------\nFrom: ${from}\nDate: ${date}\nSubject: ${subject}\nTo: ${toLine}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00Dx7Kp2W._5007V${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const htmlDoc = (inner: string): string =>
  `<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n${inner}\n</body></html>`;

// the customers' original requests (quoted in later mail)
export const HINA_REQ = `AWS認定のアカウントが2つに分かれているので、1つにまとめていただけますか。
残す方: ${HINA.keepId} / ${HINA.keep}
まとめる方: ${HINA.srcId} / ${HINA.src}
${HINA.co}を3月末で退職予定のため、個人アドレス側に寄せたいです。
木下`;
export const KENGO_REQ = `お世話になります。北浦電機の大橋です。
会社支給のアドレスで受験した分(${KENGO.srcId})を、個人の${KENGO.keepId}に移していただきたく連絡しました。
よろしくお願い致します。`;
export const MISAKI_REQ = `認定アカウントの統合希望です。
・統合先 ${MISAKI.keep}（${MISAKI.keepId}）
・統合元 ${MISAKI.src}（${MISAKI.srcId}）
村井`;
export const DEVON_REQ = `Hi there - I ended up with two certification profiles (${DEVON.keepId} personal, ${DEVON.srcId} from ${DEVON.co}). Could you fold the work one into the personal one? Thanks, Devon`;
export const INES_REQ = `Hello, I need my Tidewater Labs certification account (${INES.src}) combined into my personal one (${INES.keep}). Candidate IDs ${INES.srcId} and ${INES.keepId}. Regards, Ines Okafor`;
export const RAFAEL_REQ = `Hej, please merge ${RAFAEL.srcId} (${RAFAEL.src}) into ${RAFAEL.keepId} (${RAFAEL.keep}). I'm leaving Norrbyte next month. /Rafael`;
