// Set "ai": people, case numbers, senders and quoting helpers.
// Voice: cases that do not go by the book (reopened, transferred, merged into
// another ticket, escalated and handed back, asked twice, expired consent,
// partial completion, closed in error, auto-closed and re-filed).
import { type Msg, rfcDate } from './lib.js';

export const jst = (s: string): string => rfcDate(s, '+0900');
export const utc = (s: string): string => rfcDate(s, '+0000');
export const pdt = (s: string): string => rfcDate(s, '-0700');
export const cet = (s: string): string => rfcDate(s, '+0100');

type Req = Pick<Msg, 'slug' | 'kind' | 'lang' | 'trusted' | 'caseId' | 'trap' | 'note' | 'from' | 'to' | 'subject' | 'date' | 'enc'> & Partial<Msg>;
/** forUser defaults to true and auth to 'pass'; every label field is written out per message */
export const mk = (o: Req): Msg => ({ forUser: true, auth: 'pass', ...o });

// senders
export const FORM = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const FORM_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const FORM_BARE = '<aws-cs-trainingcertification-form@amazon.com>';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const SUPCENTER = 'AWS Support <case-notifications@support.aws.com>';
export const CERT = 'AWS Certification <certification-noreply@aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const formSubj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const formSubjNew = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// people
export const NAKAMURA = { ja: '中村 健一', en: 'Kenichi Nakamura', keep: 'k.nakamura.home@example.net', src: 'kenichi.nakamura@fabrikam.example.co.jp', keepId: 'AWS04417729', srcId: 'AWS81150362' };
export const KOBAYASHI = { ja: '小林 美咲', en: 'Misaki Kobayashi', keep: 'misaki.kb@example.jp', src: 'm-kobayashi@old-univ.example.ac.jp', keepId: 'AWS37720915', srcId: 'AWS90046183' };
export const ITO = { ja: '伊藤 翔', en: 'Sho Ito', keep: 'sho.ito.dev@example.com', src: 'ito.sho@contoso-sys.example.co.jp', keepId: 'AWS62098451', srcId: 'AWS15583370' };
export const WATANABE = { ja: '渡辺 由美', en: 'Yumi Watanabe', keep: 'yumi.w@example.ne.jp', src: 'watanabe.y@tradeco.example.jp', keepId: 'AWS28841106', srcId: 'AWS73309928' };
export const KATO = { ja: '加藤 大輔', en: 'Daisuke Kato', keep: 'dkato.private@example.net', src: 'kato-d@old-sier.example.co.jp', keepId: 'AWS50162274', srcId: 'AWS19928840' };
export const OKAFOR = { name: 'Daniel Okafor', keep: 'd.okafor@example.org', src: 'daniel.okafor@northwind.example.com', keepId: 'AWS44810973', srcId: 'AWS06657219' };
export const SOFIA = { name: 'Sofia Lindqvist', keep: 'sofia.lindqvist@example.se', src: 'slindqvist@oldfirm.example.com', keepId: 'AWS71193502', srcId: 'AWS33025867' };
export const RAJ = { name: 'Raj Mehta', keep: 'raj.mehta@example.in', src: 'rmehta@globex.example.com', keepId: 'AWS58806341', srcId: 'AWS27740196' };

export const who = (p: { ja?: string; en?: string; name?: string }, addr: string, lang: 'ja' | 'en' = 'ja'): string =>
  `${lang === 'ja' ? (p.ja ?? p.name) : (p.en ?? p.name)} <${addr}>`;

// support case IDs
export const C = {
  naka1: '1781190274', // auto-closed for no reply
  naka2: '1784402219', // re-filed, refers to naka1
  koba1: '17795530018',
  koba2: '17795561102', // duplicate, merged into koba1
  ito1: '1790227741', // transferred, escalated, handed back
  ito2: '1790230058', // opened twice by mistake
  wata1: '178830291155', // consent expired, reopened
  kato1: '1787734406', // closed in error, reopened
  okafor1: '1785012399', // moved to EMEA queue
  okafor2: '1785019921', // duplicate
  sofia1: '17920004518',
  raj1: '1779901283', // auto-closed
  raj2: '1782266107', // new case citing raj1
  // other matters (not a merge)
  mfaJa: '1786650032',
  mfaEn: '1793340017',
  refundJa: '1788815520',
  refundEn: '17920113376',
  bookingEn: '1791188820',
} as const;

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const gmailJa = (when: string, from: string, body: string): string => `${when} ${from}:\n\n${quote(body)}`;
export const gmailEn = (when: string, from: string, body: string): string => `${when} ${from} wrote:\n\n${quote(body)}`;
export const outlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const outlookEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const origMsg = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- 元のメッセージ ---------------\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const fwdJa = (from: string, date: string, subject: string, to: string, body: string): string =>
  `---------- 転送されたメッセージ ---------\nFrom: ${from}\nDate: ${date}\nSubject: ${subject}\nTo: ${to}\n\n${body}`;
export const fwdEn = (from: string, date: string, subject: string, to: string, body: string): string =>
  `---------- Forwarded message ---------\nFrom: ${from}\nDate: ${date}\nSubject: ${subject}\nTo: ${to}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00DG0Kx7R._500V${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const htmlDoc = (body: string, lang = 'ja'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"></head>\n<body style="font-family:sans-serif;font-size:14px">\n${body}\n</body></html>`;
/** HTML reply with the quoted history in a gmail_quote block */
export const htmlWithQuote = (fresh: string, quoted: string, lang = 'ja'): string =>
  htmlDoc(`<div dir="ltr">${paras(fresh)}</div>\n<div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">\n${paras(quoted)}\n</blockquote></div>`, lang);

// the users' original requests (quoted in later mail)
export const REQ_NAKA = `AWS認定アカウントの統合をお願いします。
残すアカウント: ${NAKAMURA.keep} (${NAKAMURA.keepId})
統合元: ${NAKAMURA.src} (${NAKAMURA.srcId})
退職予定のため、個人アドレス側に資格をまとめたいです。
中村 健一`;

export const REQ_NAKA2 = `前回のケース 1781190274 が、こちらの返信が間に合わず自動でクローズされてしまいました。
同じ内容であらためてお願いします。
統合先 ${NAKAMURA.keepId} / 統合元 ${NAKAMURA.srcId}
中村`;

export const REQ_KOBA = `大学在籍時のアドレスで受験した認定と、現在の個人アドレスのアカウントを一本化したいです。
個人: ${KOBAYASHI.keep}
大学: ${KOBAYASHI.src}
小林美咲`;

export const REQ_ITO = `Hello, I'd like to merge two certification accounts.
Keep: ${ITO.keepId} ${ITO.keep}
Merge from: ${ITO.srcId} ${ITO.src}
日本語で対応いただけると助かります。Sho Ito`;

export const REQ_WATA = `お世話になります。渡辺です。
前職(トレードコ)のアカウントの資格を、個人アカウントに移していただけますか。
個人 ${WATANABE.keep} / 前職 ${WATANABE.src}`;

export const REQ_KATO = `認定アカウントが二つあります。統合をお願いできますでしょうか。
${KATO.keepId}(${KATO.keep})を残したいです。
もう一方は ${KATO.srcId}(${KATO.src})です。
加藤大輔`;

export const REQ_OKAFOR = `Hi team, I ended up with two certification profiles (one from my Northwind days).
Please combine them into ${OKAFOR.keep} / ${OKAFOR.keepId}.
Old one: ${OKAFOR.src} / ${OKAFOR.srcId}
Cheers, Daniel`;

export const REQ_SOFIA = `Hello, I need my two AWS Certification accounts merged. The one I want to keep is ${SOFIA.keep} (${SOFIA.keepId}); the other is ${SOFIA.src} (${SOFIA.srcId}). Thank you, Sofia Lindqvist`;

export const REQ_RAJ = `Requesting a merge of my certification accounts.
Primary: ${RAJ.keep} (${RAJ.keepId})
Secondary: ${RAJ.src} (${RAJ.srcId})
- Raj`;

export const REQ_RAJ2 = `My earlier case 1779901283 was closed automatically while I was travelling. Same request as before: please merge ${RAJ.srcId} into ${RAJ.keepId} (${RAJ.keep}).`;
