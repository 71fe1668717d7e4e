// Set v: people, senders, case IDs and quoting helpers (all invented for this set).
import { rfcDate, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const AWS_SUPPORT_JP = 'AWS サポート <support-notice@support.aws.com>';
export const PORTAL = 'AWS Certification <certification-noreply@certification.aws.training>';
export const TRAINING = 'AWS Training <no-reply@aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';

export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const formSubjectJa = (id: string): string => `RE:[CASE ${id}] [AWS トレーニングと認定 フォーム送信] - アカウントに関するお問い合わせ`;

// personas: keep = the account kept, src = the account merged away
export const MISAKI = { ja: '高橋 美咲', en: 'Misaki Takahashi', keep: 'misaki.t@example.ne.jp', src: 'takahashi.misaki@kumo-tech.example.co.jp', keepId: 'AWS40193857', srcId: 'AWS77310264', co: 'クモテック株式会社' };
export const KEN = { ja: '中村 健一', en: 'Kenichi Nakamura', keep: 'k.nakamura@mail.example.jp', src: 'nakamura-k@hoshizora-soft.example.co.jp', keepId: 'AWS58820417', srcId: 'AWS21946683', co: 'ほしぞらソフト株式会社' };
export const SAKURA = { ja: '渡辺 さくら', en: 'Sakura Watanabe', keep: 'sakura.watanabe@example.net', src: 's-watanabe@minato-univ.example.ac.jp', keepId: 'AWS69031542', srcId: 'AWS13587720', co: 'みなと大学' };
export const SHOTA = { ja: '伊藤 翔太', en: 'Shota Ito', keep: 'ito.shota@example.com', src: 'shota.ito@aozora-bank.example.jp', keepId: 'AWS84402961', srcId: 'AWS30572218', co: 'あおぞら銀行(例)' };
export const YUKO = { ja: '小林 優子', en: 'Yuko Kobayashi', keep: 'yuko.koba@example.ne.jp', src: 'kobayashi@kaede-sys.example.co.jp', keepId: 'AWS95517306', srcId: 'AWS46620981', co: '株式会社カエデシステムズ' };
export const DAI = { ja: '山本 大輔', en: 'Daisuke Yamamoto', keep: 'd.yamamoto@example.com', src: 'daisuke.y@tsubame-net.example.jp', keepId: 'AWS12009875', srcId: 'AWS60314429', co: 'つばめネット株式会社' };

// people who are not the user
export const MATSUMOTO = { ja: '松本 拓也', addr: 'matsumoto@kumo-tech.example.co.jp' };
export const TEAM_LIST = 'cloud-team@hoshizora-soft.example.co.jp';
export const OTHER_PERSON = { ja: '藤田 恵', addr: 'megumi.fujita@example.org' };

// support case IDs (10–13 digits), all new
export const CASE = {
  misaki: '18250470391',
  misakiDup: '1825049912',
  ken: '1837719054',
  sakura: '1790558802274',
  shota: '184460273915',
  yuko: '18096613427',
  dai: '1812093348056',
  kenVoucher: '2003817465',
  fujita: '17933025861',
} as const;

const WD = ['日', '月', '火', '水', '木', '金', '土'];
/** '2026-12-03 10:12' → parts for Japanese quote headers */
export function jp(local: string): { y: number; mo: number; d: number; hm: string; wd: string } {
  const mm = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}:\d{2})/.exec(local);
  if (!mm) throw new Error(`bad date ${local}`);
  const [y, mo, d] = [Number(mm[1]), Number(mm[2]), Number(mm[3])];
  return { y, mo, d, hm: mm[4] ?? '', wd: WD[new Date(Date.UTC(y, mo - 1, d)).getUTCDay()] ?? '' };
}
export const D = (local: string, tz = '+0900'): string => rfcDate(local.length === 16 ? local + ':00' : local, tz);

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Gmail 日本語: 2026年12月3日(木) 10:12 高橋 美咲 <addr>: */
export const gmailJa = (local: string, who: string, body: string): string => {
  const t = jp(local);
  return `${t.y}年${t.mo}月${t.d}日(${t.wd}) ${t.hm} ${who}:\n\n${quote(body)}`;
};
/** Becky!: On Thu, 03 Dec 2026 10:12:33 +0900 / Name <addr> wrote: */
export const becky = (local: string, who: string, body: string): string => {
  const r = D(local).replace(/, (\d) /, ', 0$1 ');
  return `On ${r}\n${who} wrote:\n\n${quote(body)}`;
};
/** Thunderbird (日本語 UI, newer): 2026/12/03 10:12 に 高橋 美咲 さんが書きました: */
export const tbirdJa = (local: string, name: string, body: string): string => {
  const t = jp(local);
  return `${t.y}/${String(t.mo).padStart(2, '0')}/${String(t.d).padStart(2, '0')} ${t.hm} に ${name} さんが書きました:\n${quote(body)}`;
};
/** Thunderbird (older): On 2026/12/03 10:12, Name wrote: */
export const tbirdOld = (local: string, name: string, body: string): string => {
  const t = jp(local);
  return `On ${t.y}/${String(t.mo).padStart(2, '0')}/${String(t.d).padStart(2, '0')} ${t.hm}, ${name} wrote:\n${quote(body)}`;
};
/** Outlook 日本語版 block */
export const outlookJa = (local: string, from: string, to: string, subject: string, body: string): string => {
  const t = jp(local);
  return `________________________________\n差出人: ${from}\n送信日時: ${t.y}年${t.mo}月${t.d}日 ${t.hm}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
};
/** Outlook 日本語版 (desktop, Original Message style) */
export const outlookOrigJa = (local: string, from: string, to: string, subject: string, body: string): string => {
  const t = jp(local);
  return `-----Original Message-----\nFrom: ${from}\nSent: ${t.y}年${t.mo}月${t.d}日(${t.wd}) ${t.hm}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
};
/** Apple Mail / iPhone 日本語: 2026/12/03 10:12、Name <addr>のメール: */
export const appleJa = (local: string, who: string, body: string): string => {
  const t = jp(local);
  return `${t.y}/${String(t.mo).padStart(2, '0')}/${String(t.d).padStart(2, '0')} ${t.hm}、${who}のメール:\n\n${quote(body)}`;
};
/** Gmail English */
export const gmailEn = (local: string, who: string, body: string): string => {
  const t = jp(local);
  const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const WDE = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const wd = WDE[new Date(Date.UTC(t.y, t.mo - 1, t.d)).getUTCDay()];
  return `On ${wd}, ${MON[t.mo - 1]} ${t.d}, ${t.y} at ${t.hm} ${who} wrote:\n\n${quote(body)}`;
};
/** Salesforce-style block used by the support form replies */
export const sfOriginal = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00D8a0Lx4._5009${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const htmlDoc = (body: string, lang = 'ja'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}">\n<head><meta charset="utf-8"><title></title></head>\n<body style="font-family:'Meiryo','Hiragino Sans',sans-serif;font-size:14px">\n${body}\n</body>\n</html>`;

/** Defaults: trusted true, forUser true, trap false. The generator re-checks trusted/forUser from the bytes. */
export type Draft = Omit<Msg, 'trusted' | 'forUser' | 'trap'> & { trusted?: boolean; forUser?: boolean; trap?: boolean };
export const mk = (x: Draft): Msg => ({ trusted: true, forUser: true, trap: false, ...x });

// the users' original requests, quoted in replies
export const REQ = {
  misaki: `AWS認定のアカウントが2つあり、ひとつにまとめて頂きたくお問い合わせしました。
残したい方: ${MISAKI.keep}(${MISAKI.keepId})
まとめる方: ${MISAKI.src}(${MISAKI.srcId})
会社のアドレスの方は来月末で使えなくなります。
高橋 美咲 / ${MISAKI.co}`,
  ken: `お世話になります、中村です。
転職前の会社アドレスで受けたSAAと、個人で取ったDVAが別アカウントに分かれてしまっているので、統合をお願いできますでしょうか。
統合先：${KEN.keep}
統合元：${KEN.src}
候補者ＩＤは手元で確認できた分だけ書きます→${KEN.keepId}`,
  sakura: `大学在学中に取得したクラウドプラクティショナーのアカウント（${SAKURA.src}）を、
現在使用している個人アドレスのアカウント（${SAKURA.keep}）へ移行したいです。
どちらにも認定があるためツールでは統合できませんでした。よろしくお願いします。`,
  shota: `Candidate ID ${SHOTA.keepId} と ${SHOTA.srcId} の併合を希望します。
残すのは ${SHOTA.keep} です。銀行のアドレスは退職後に消えるので早めにお願いしたいです。`,
  yuko: `認定アカウントの一本化についてのご相談です。
旧：${YUKO.src}（${YUKO.srcId}）
新：${YUKO.keep}（${YUKO.keepId}）
小林 優子`,
  dai: `Hello, I am Daisuke Yamamoto. I have two certification accounts.
Keep: ${DAI.keep} (${DAI.keepId})
Merge from: ${DAI.src} (${DAI.srcId})
Thank you.`,
};
