// cx: people, companies, case IDs and quoting helpers. Voice: companies that
// changed (acquisitions, rebrands, domain moves, mailbox migrations).
import type { Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const AWS_SUPPORT_NOTIFY = 'AWS Support <no-reply@support.aws.com>';
export const PORTAL = 'AWS Certification <no-reply@certification.aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const subj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// ---- companies
// ミナト精工 + 東邦計装 → ミナトホールディングス (合併・社名変更 2026-04-01); old domain forwarded until 2026-09-30
export const MINATO = { oldDom: 'minato-seiko.example.co.jp', newDom: 'minato-hd.example.jp', relay: 'mx1.minato-seiko.example.co.jp' };
// 西風ソフト (Google Workspace) acquired by Brightwave Inc. (Microsoft 365)
export const NISHIKAZE = { oldDom: 'nishikaze.example.co.jp', newDom: 'brightwave.example.com', relay: 'mail-sor-f41.google.example.com' };
// 海斗システムズ renamed カイトデジタル (kaito-sys → kaitodigital)
export const KAITO = { oldDom: 'kaito-sys.example.jp', newDom: 'kaitodigital.example.jp', relay: 'smtp.kaito-sys.example.jp' };
// Northwind Analytics acquired by Fabrikam Cloud; Helix Data rebranded Corvid Labs
export const FABRIKAM = { oldDom: 'northwind-analytics.example', newDom: 'fabrikam.example', relay: 'relay.northwind-analytics.example' };
export const CORVID = { oldDom: 'helixdata.example', newDom: 'corvidlabs.example', relay: 'mx.helixdata.example' };

// ---- the users (their addresses are in lib.ts USER_ADDRS)
export const SUZUKI = {
  ja: '鈴木 健一', en: 'Kenichi Suzuki',
  keep: 'kenichi.suzuki@minato-hd.example.jp', src: 'k.suzuki@minato-seiko.example.co.jp',
  keepId: 'AWS40718825', srcId: 'AWS17730264',
};
export const TAKAHASHI = {
  ja: '高橋 美咲', en: 'Misaki Takahashi',
  keep: 'misaki.t@example.ne.jp', src: 'misaki.takahashi@nishikaze.example.co.jp', work: 'm.takahashi@brightwave.example.com',
  keepId: 'AWS55093318', srcId: 'AWS30261947',
};
export const NAKAMURA = {
  ja: '中村 陽介', en: 'Yosuke Nakamura',
  keep: 'yosuke.nakamura@kaitodigital.example.jp', src: 'y.nakamura@kaito-sys.example.jp',
  keepId: 'AWS61204477', srcId: 'AWS08813590',
};
// Nakamura's team (not the user): he filed their merges as training coordinator
export const KOBAYASHI = { ja: '小林 真一', keep: 'shinichi.kobayashi@kaitodigital.example.jp', src: 's.kobayashi@kaito-sys.example.jp', keepId: 'AWS72290416', srcId: 'AWS20554813' };
export const KATO = { ja: '加藤 彩', keep: 'aya.kato@kaitodigital.example.jp', src: 'a-kato@kaito-sys.example.jp', keepId: 'AWS38806152', srcId: 'AWS91127034' };
export const YOSHIDA = { ja: '吉田 拓海', keep: 'takumi.yoshida@kaitodigital.example.jp', src: 't.yoshida@kaito-sys.example.jp', keepId: 'AWS49930281', srcId: 'AWS66402719' };
export const KAITO_SHARED = 'aws-cert-admin@kaitodigital.example.jp'; // team mailbox, not the user's address

export const BROOKS = {
  name: 'Daniel Brooks', keep: 'daniel.brooks@fabrikam.example', src: 'd.brooks@northwind-analytics.example',
  keepId: 'AWS83350927', srcId: 'AWS26649015',
};
export const PARK = { name: 'Ethan Park', keep: 'ethan.park@fabrikam.example', src: 'epark@northwind-analytics.example', keepId: 'AWS70028164', srcId: 'AWS14437790' };
export const FAB_SHARED = 'northwind-certs@fabrikam.example';
export const LINDQVIST = {
  name: 'Sofia Lindqvist', keep: 'sofia.lq@example.net', src: 'sofia@helixdata.example', work: 'sofia.lindqvist@corvidlabs.example',
  keepId: 'AWS91876402', srcId: 'AWS45512086',
};

// ---- support case IDs (10–13 digits)
export const CASE = {
  suzuki: '17803325519',
  suzukiDup: '17803329087',
  takahashi: '1784410273650',
  kobayashi: '178520661043',
  kato: '178520668812',
  yoshida: '1785207001',
  nakamura: '17852214490',
  brooks: '1779902314',
  park: '177990558821',
  lindqvist: '17831047766',
  lindqvistDup: '17831052210',
  voucherRefund: '1786004417',
  examBooking: '17860093321',
} as const;

// ---- quoting
export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const gmailJa = (when: string, name: string, addr: string): string => `${when} ${name} <${addr}>:`;
export const gmailEn = (when: string, name: string, addr: string): string => `On ${when}, ${name} <${addr}> wrote:`;
export const outlookJa = (from: string, sent: string, to: string, subject: string): string =>
  `差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}`;
export const outlookEn = (from: string, sent: string, to: string, subject: string): string =>
  `From: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}`;
export const sfOriginal = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00DA1Kx7P._500${seed}:ref`;

// corporate gateway banners (added by the receiving organisation)
export const BANNER_JA_EN = `【注意】このメールは社外から届きました。差出人に心当たりがない場合、リンクや添付ファイルを開かないでください。
CAUTION: This email originated from outside of the organization. Do not click links or open attachments unless you recognize the sender.
----------------------------------------------------------------`;
export const BANNER_EN = `[EXTERNAL] This message came from outside Fabrikam. Take care with links and attachments.
----`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const htmlDoc = (inner: string, lang = 'en'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"><title></title></head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n${inner}\n</body></html>`;

type Req = Pick<Msg, 'slug' | 'kind' | 'lang' | 'note' | 'to' | 'subject' | 'date' | 'enc'>;
/** defaults: from support, trusted, delivered to the user, not a trap, no case ID */
export function mk(p: Req & Partial<Msg>): Msg {
  return { trusted: true, forUser: true, trap: false, caseId: null, from: SUPPORT, auth: 'pass', ...p };
}

// the users' original requests (quoted in replies)
export const SUZUKI_REQ = `AWS認定アカウントの統合をお願いします。
2026年4月1日付でミナト精工株式会社は東邦計装株式会社と合併し、ミナトホールディングス株式会社に社名変更しました。
旧ドメイン(${MINATO.oldDom})のアドレスは9月末で使えなくなるため、新しいアドレスのアカウントにまとめたいです。
残すアカウント: ${SUZUKI.keepId} / ${SUZUKI.keep}
統合元: ${SUZUKI.srcId} / ${SUZUKI.src}
鈴木 健一`;

export const TAKAHASHI_REQ = `お世話になります。高橋と申します。
勤務先の西風ソフトがBrightwave社に買収され、メールがGoogle WorkspaceからMicrosoft 365に移行されました。
旧アドレス ${TAKAHASHI.src} で作った認定アカウントの資格を、個人の ${TAKAHASHI.keep} にまとめていただけますか。
旧アドレスは転送設定がありますが、年内に止まる予定です。`;

export const NAKAMURA_REQ = `人材開発部の中村です。社名変更(海斗システムズ → カイトデジタル)に伴い、
下記3名の認定アカウントを新ドメイン側へ統合したく、まとめてご相談いたします。
・小林 真一 ${KOBAYASHI.src} → ${KOBAYASHI.keep}
・加藤 彩 ${KATO.src} → ${KATO.keep}
・吉田 拓海 ${YOSHIDA.src} → ${YOSHIDA.keep}`;

export const BROOKS_REQ = `Hi team,
Northwind Analytics was acquired by Fabrikam Cloud this spring and our old domain is being retired.
I have one certification account under ${BROOKS.src} (${BROOKS.srcId}) and a newer one under ${BROOKS.keep} (${BROOKS.keepId}).
Please merge the old one into the Fabrikam one.
Thanks,
Daniel Brooks
Senior Data Engineer | Fabrikam Cloud (formerly Northwind Analytics)`;

export const LINDQVIST_REQ = `Hello,
My employer Helix Data rebranded as Corvid Labs and moved to a new domain, so my old login (${LINDQVIST.src}) no longer receives mail reliably.
I'd like my certifications consolidated into my personal account ${LINDQVIST.keep} (${LINDQVIST.keepId}).
Best, Sofia`;
