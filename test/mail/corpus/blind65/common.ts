// Set bl: people, senders, case IDs and quoting helpers.
// The voice of this set: the mail that surrounds a merge case (certification portal,
// Credly, Pearson VUE, vouchers, Skill Builder, AWS marketing, the employer's HR/IT)
// interleaved with the support case's own mail.
import { rfcDate, type Msg } from './lib.js';

// ---- senders
export const FORM = 'aws-cs-trainingcertification-form@amazon.com';
export const FORM_TC = `AWS Training and Certification <${FORM}>`;
export const FORM_JA = `AWS トレーニングと認定 <${FORM}>`;
export const FORM_BARE = FORM;
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const SUPPORT_AWS = 'AWS Support <no-reply@support.aws.com>';
export const PORTAL = 'AWS Certification <certification-noreply@aws.training>';
export const PORTAL_JA = 'AWS 認定 <certification-noreply@aws.training>';
export const PORTAL_CM = 'AWS Certification Program <noreply@certmetrics.com>';
export const SKILL = 'AWS Skill Builder <no-reply@aws.training>';
export const EVENTS = 'AWS Events <aws-events@email.aws.amazon.com>';
export const MKT_JA = 'アマゾン ウェブ サービス ジャパン <aws-jp-marketing@email.aws.amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const CREDLY = 'Credly <admin@credly.com>';
export const CREDLY_NEWS = 'Credly <notifications@email.credly.com>';
export const VUE = 'Pearson VUE <pearsonvuecustomerservice@pearsonvue.com>';
export const VOUCHER = 'AWS Certification Benefits <benefits-noreply@aws.training>';

export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const formSubject0 = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// ---- people (their addresses are in lib.ts USER_ADDRS)
export const KIMURA = { ja: '木村 健一', en: 'Kenichi Kimura', keep: 'kenichi.kimura@example.net', src: 'k-kimura@fabrikam.example.co.jp', keepId: 'AWS04417729', srcId: 'AWS90266153' };
export const NAKANO = { ja: '中野 美咲', en: 'Misaki Nakano', keep: 'misaki.n@example.jp', src: 'nakano.misaki@univ.example.ac.jp', keepId: 'AWS33180594', srcId: 'AWS71902448' };
export const OHASHI = { ja: '大橋 翔', en: 'Sho Ohashi', keep: 'sho.ohashi@example.com', src: 'ohashi@contoso.example.co.jp', keepId: 'AWS58021367', srcId: 'AWS12774980' };
export const OKAFOR = { en: 'Daniel Okafor', keep: 'dan.okafor@example.org', src: 'd.okafor@northwind.example.com', keepId: 'AWS66409132', srcId: 'AWS27815546' };
export const FISCHER = { en: 'Lena Fischer', keep: 'lena.fischer@example.de', src: 'lfischer@consult.example.eu', keepId: 'AWS81123075', srcId: 'AWS39650218' };

// not the user
export const TANAKA = '田中 雄一 <tanaka.y@fabrikam.example.co.jp>';
export const TEAMLIST = 'クラウド推進室 <aws-cert-team@fabrikam.example.co.jp>';
export const HR_JA = '人事部 研修担当 <jinji-kenshu@fabrikam.example.co.jp>';
export const IT_JA = '情報システム部 <it-helpdesk@contoso.example.co.jp>';
export const HR_EN = 'People Team <people@northwind.example.com>';
export const IT_EN = 'Northwind IT Service Desk <servicedesk@northwind.example.com>';
export const JSMITH = 'Jordan Smith <j.smith@example.com>';

// ---- support case IDs (10-13 digits)
export const CASE = {
  kimura: '17833409266',
  kimuraDup: '17833412007',
  kimuraRefund: '17829910334',
  nakano: '1791028374',
  ohashi: '178560312948',
  ohashiBooking: '1786011920',
  okafor: '1779921045',
  okafor2: '1780045512',
  fischer: '17940055183',
  fischerVoucher: '1794120077',
} as const;

// ---- dates
export const jd = (s: string): string => rfcDate(s, '+0900');
export const ud = (s: string): string => rfcDate(s, '+0000');
export const pd = (s: string): string => rfcDate(s, '-0700');
export const cd = (s: string): string => rfcDate(s, '+0100');

// ---- message constructor with this set's defaults (labels still stated per message;
// generate.ts re-derives trusted/forUser from the bytes and stops on disagreement)
type Core = Pick<Msg, 'slug' | 'kind' | 'lang' | 'note' | 'from' | 'to' | 'subject' | 'date' | 'enc'> & Partial<Msg>;
export function mk(c: Core): Msg {
  return { trusted: true, forUser: true, caseId: null, trap: false, auth: 'pass', ...c };
}

// ---- quoting
export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const gmailJa = (when: string, who: string, body: string): string => `${when} ${who}:\n\n${quote(body)}`;
export const gmailEn = (when: string, who: string, body: string): string => `On ${when} ${who} wrote:\n${quote(body)}`;
export const outlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const outlookEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const origMsg = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfQuote = (from: string, sent: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${FORM}\nSubject: ${subject}\n\n${body}`;
export const fwdEn = (from: string, date: string, subject: string, to: string, body: string): string =>
  `---------- Forwarded message ---------\nFrom: ${from}\nDate: ${date}\nSubject: ${subject}\nTo: ${to}\n\n${body}`;
export const fwdJa = (from: string, date: string, subject: string, to: string, body: string): string =>
  `---------- 転送されたメッセージ ---------\nFrom: ${from}\nDate: ${date}\nSubject: ${subject}\nTo: ${to}\n\n${body}`;

export const ref = (seed: string): string => `[ ref:!00D8b0Yq2.!5007V${seed}:ref ]`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const htmlDoc = (inner: string, title = ''): string =>
  `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${esc(title)}</title></head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n${inner}\n</body></html>`;

// ---- the users' original requests (quoted in later replies)
export const KIMURA_REQ = `AWS認定アカウントが2つあり、1つにまとめていただきたくご連絡しました。
残す方: ${KIMURA.keepId} / ${KIMURA.keep}
統合する方: ${KIMURA.srcId} / ${KIMURA.src}
会社のアドレスで受けた SAA と、個人で受けた CLF が分かれています。
木村 健一`;

export const NAKANO_REQ = `大学のメールで作った認定アカウント(${NAKANO.src})の資格を、
個人アドレス ${NAKANO.keep} のアカウントへ移していただけますか。
卒業でメールが使えなくなるためです。候補IDは ${NAKANO.keepId} と ${NAKANO.srcId} です。`;

export const OHASHI_REQ = `お世話になります。大橋と申します。
転職により ${OHASHI.src} が使えなくなるので、認定履歴を ${OHASHI.keep} 側に寄せたいです。
前職側のアカウントには DVA と SOA の合格履歴があります。`;

export const OKAFOR_REQ = `Hi team, I ended up with two certification profiles:
- ${OKAFOR.keep} (${OKAFOR.keepId}) - this is the one I want to keep
- ${OKAFOR.src} (${OKAFOR.srcId}) - old employer, Solutions Architect Associate + Security Specialty
The self-service merge tool told me to contact support. Thanks, Dan`;

export const FISCHER_REQ = `Hello, please combine my two AWS Certification accounts. Candidate IDs ${FISCHER.keepId} (keep, ${FISCHER.keep}) and ${FISCHER.srcId} (${FISCHER.src}).
I have an exam benefit on the older one that I don't want to lose.
Regards, Lena Fischer`;
