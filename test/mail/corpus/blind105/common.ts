// cz: shared senders, personas, case IDs and quoting helpers.
import { USER_ADDRS, addrOf, domainOf, type Msg } from './lib.js';

// ---- senders -------------------------------------------------------------
export const TC = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const TC_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const SUPPORT_CTR = 'AWS Support <no-reply-aws@amazon.com>';
export const HEALTH = 'AWS Health <health@aws.amazon.com>';
export const ORGS = 'AWS Organizations <no-reply-aws@amazon.com>';
export const SECURITY = 'AWS Trust & Safety <aws-security@amazon.com>';
export const REPOST = 'AWS re:Post <repost-notifications@aws.amazon.com>';
export const REPOST_OWN = 're:Post <no-reply@repost.aws>';
export const RETAIL = 'Amazon.com <auto-confirm@amazon.com>';
export const RETAIL_SHIP = 'Amazon.com <shipment-tracking@amazon.com>';
export const RETAIL_JP = 'Amazon.co.jp <auto-confirm@amazon.co.jp>';
export const BUILDER = 'AWS Builder ID <no-reply@builder.aws.amazon.com>';
export const SKILLB = 'AWS Skill Builder <no-reply@aws.training>';
export const SKILLB_OWN = 'AWS Skill Builder <noreply@skillbuilder.aws>';
export const PORTAL = 'AWS Certification <no-reply@aws.training>';
export const PORTAL_CM = 'AWS Certification <aws-certification@certmetrics.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';

// ---- personas (addresses are in lib.ts USER_ADDRS) -------------------------
export const KENJI = { ja: '森 健二', en: 'Kenji Mori', keep: 'kenji.mori@example.net', src: 'k.mori@oldtech.example.co.jp', keepId: 'AWS40917726', srcId: 'AWS83302154' };
export const YUI = { ja: '田中 結衣', en: 'Yui Tanaka', keep: 'yui.tanaka@example.jp', src: 'y-tanaka@corp2.example.co.jp', keepId: 'AWS52208193', srcId: 'AWS17740365' };
export const SAM = { name: 'Sam Okafor', keep: 'sam.okafor@example.com', src: 'sokafor@formerco.example', keepId: 'AWS66019472', srcId: 'AWS30581127' };

// ---- support case IDs ----------------------------------------------------
export const CASE = {
  kenji: '177204518833', // the merge case
  yui: '1768830291', // the merge case
  yuiDup: '1768834470', // duplicate merge case, merged into the first
  sam: '17790314462', // the merge case
  kenjiBill: '176455019022', // console billing case (credit/refund)
  yuiTech: '1771200498317', // technical case (EC2)
  samBill: '17690023318', // billing case (tax settings)
  kenjiVoucher: '1772911045', // T&C: exam voucher question
  samExam: '1779877120', // T&C: exam reschedule
  taro: '1773390021456', // merge case (blind1 persona addresses)
  hanako: '1766120458',
  alex: '17741002236',
  priya: '1770552813',
  maria: '17760981234',
} as const;
export const TARO = { ja: '山田 太郎', keep: 'taro.personal@example.com', src: 'taro@corp.example.co.jp', keepId: 'AWS71820394', srcId: 'AWS20448716' };
export const HANAKO = { ja: '佐藤 花子', keep: 'hanako.sato@example.jp', src: 'hanako@oldcorp.example.com', keepId: 'AWS90027318', srcId: 'AWS34518802' };
export const ALEX = { name: 'Alex Kim', keep: 'alex.kim@example.com', src: 'a.kim@work.example.net', keepId: 'AWS58130077', srcId: 'AWS26604419' };
export const PRIYA = { name: 'Priya Nair', keep: 'priya.n@example.org', src: 'priya.nair@oldjob.example', keepId: 'AWS11093825', srcId: 'AWS77402561' };
export const MARIA = { name: 'Maria Garcia', keep: 'maria.garcia@example.es', src: 'mgarcia@uni.example.edu', keepId: 'AWS63388120', srcId: 'AWS40571936' };

export const tcSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// ---- quoting ---------------------------------------------------------------
export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const gmailJa = (when: string, name: string, addr: string, body: string): string => `${when} ${name} <${addr}>:\n\n${quote(body)}`;
export const gmailEn = (when: string, name: string, addr: string, body: string): string => `On ${when}, ${name} <${addr}> wrote:\n${quote(body)}`;
export const outlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const outlookEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfOrig = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `---------- 元のメッセージ ----------\n送信者: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const sfOrigEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const fwdJa = (from: string, date: string, subject: string, to: string, body: string): string =>
  `---------- Forwarded message ---------\nFrom: ${from}\nDate: ${date}\nSubject: ${subject}\nTo: ${to}\n\n${body}`;

export const ref = (seed: string): string => `ref:_00D0oZz3T._5004x${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const htmlDoc = (inner: string, lang = 'ja'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"><title></title></head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n${inner}\n</body></html>`;

// ---- message helper ------------------------------------------------------
const TRUSTED = ['amazon.com', 'aws.amazon.com', 'support.aws.com', 'aws.training', 'credly.com'];

/** A message with defaults: trusted follows the auth shape and the From domain, forUser the recipients. */
export type Spec = Omit<Msg, 'trusted' | 'forUser' | 'caseId' | 'trap' | 'auth' | 'to'> & {
  to?: string;
  auth?: Msg['auth'];
  caseId?: string | null;
  trap?: boolean;
  trusted?: boolean;
  forUser?: boolean;
};

export function mk(s: Spec): Msg {
  const auth = s.auth ?? 'pass';
  const to = s.to ?? KENJI.keep;
  const dom = domainOf(s.from);
  const tdom = TRUSTED.some((t) => dom === t || dom.endsWith('.' + t));
  const trusted = s.trusted ?? (tdom && (auth === 'pass' || auth === 'dkimonly'));
  const rc = [to, s.cc ?? ''].flatMap((v) => (v ? addrOf(v) : []));
  const dt = s.deliveredTo === null ? null : (s.deliveredTo ?? s.rcpt ?? addrOf(to)[0] ?? null);
  const forUser = s.forUser ?? (!s.resent && (rc.some((a) => USER_ADDRS.includes(a)) || (dt !== null && USER_ADDRS.includes(dt))));
  return { ...s, to, auth, caseId: s.caseId ?? null, trap: s.trap ?? false, trusted, forUser };
}
