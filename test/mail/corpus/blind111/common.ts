// df: the same merge mail as it reaches people through forwarders and aliases.
// Each message names a delivery path; the path writes the trace block
// (final MX on top, then the forwarder's hop, ARC set and the original hop)
// and the recipient headers. Labels for trusted/forUser are then re-derived
// from the bytes in generate.ts.
import { rfcDate, type Enc, type Kind, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const CERT_PORTAL = 'AWS Certification <no-reply@aws.training>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export interface Persona {
  ja: string;
  en: string;
  final: string; // the mailbox the user reads (one of USER_ADDRS)
  gmail: string; // Gmail account with "forward all mail"
  hme: string; // iCloud Hide My Email alias
  sl: string; // SimpleLogin alias
  fm: string; // Fastmail masked address
  alumni: string; // university alumni forwarding address
  corp: string; // company mailbox with an auto-forward rule
  keepId: string;
  srcId: string;
}

export const KENJI: Persona = { ja: '伊藤 健二', en: 'Kenji Ito', final: 'kenji.ito@example.net', gmail: 'kenji.ito.cert@gmail.com', hme: 'lemon_quartz_0k@icloud.com', sl: 'aws-cert.kenji@aleeas.com', fm: 'cobalt.pine4821@fastmail.com', alumni: 'k.ito@alumni.example-u.ac.jp', corp: 'k-ito@corp2.example.co.jp', keepId: 'AWS40718265', srcId: 'AWS92044137' };
export const MEI: Persona = { ja: '田中 芽衣', en: 'Mei Tanaka', final: 'mei.tanaka@example.jp', gmail: 'mei.tanaka.0412@gmail.com', hme: 'quiet_fern_4m@icloud.com', sl: 'certs.mei@slmail.me', fm: 'amber.heron5530@fastmail.com', alumni: 'mei.tanaka@alumni.example-u.ac.jp', corp: 'tanaka.mei@oldco.example.co.jp', keepId: 'AWS61503328', srcId: 'AWS27719940' };
export const TARO: Persona = { ja: '山田 太郎', en: 'Taro Yamada', final: 'taro.personal@example.com', gmail: 'yamada.taro.aws@gmail.com', hme: 'brisk.maple_2q@icloud.com', sl: 'taro.aws@aleeas.com', fm: 'river.lamp7391@fastmail.com', alumni: 'tyamada@alumni.example-u.ac.jp', corp: 'taro@corp.example.co.jp', keepId: 'AWS10482736', srcId: 'AWS55219047' };
export const SAM: Persona = { ja: 'サム・オカフォー', en: 'Sam Okafor', final: 'sam.okafor@example.com', gmail: 'sam.okafor.dev@gmail.com', hme: 'tidal_owl.8x@icloud.com', sl: 'aws.cert.sam@aleeas.com', fm: 'amber.tiger7391@fastmail.com', alumni: 'sokafor@alumni.example.edu', corp: 'sokafor@bigcorp.example.com', keepId: 'AWS83310472', srcId: 'AWS30958821' };
export const ALEX: Persona = { ja: 'アレックス・キム', en: 'Alex Kim', final: 'alex.kim@example.com', gmail: 'alexkim.builds@gmail.com', hme: 'mossy_reef.3d@icloud.com', sl: 'alex.aws@slmail.me', fm: 'silver.crane2204@fastmail.com', alumni: 'akim@alumni.example.edu', corp: 'a.kim@work.example.net', keepId: 'AWS31846620', srcId: 'AWS48820193' };

export const CASE = {
  kenji: '17801234567',
  kenjiDup: '1780129934',
  mei: '1781552093',
  taro: '17931100482',
  sam: '178290034411',
  alex: '1794456120',
  other: '1779003318845',
} as const;

export type PathId =
  | 'direct' // straight to the final mailbox, aligned pass
  | 'gmail' // Gmail "forward all mail", DKIM intact, dmarc=pass + arc=pass at the final MX
  | 'gmailNoAR' // Gmail forward; final MX wrote no A-R, only Google's lower down
  | 'hme' // iCloud Hide My Email, Delivered-To the real mailbox
  | 'hmeAliasOnly' // iCloud HME, only the alias in To/X-Original-To (no user address)
  | 'simplelogin' // SimpleLogin reverse-alias From rewrite
  | 'fastmail' // Fastmail masked email forwarded with SRS
  | 'alumni' // alumni forwarding, clean SRS forward
  | 'alumniFooter' // alumni forwarder adds a footer: dkim fail, dmarc fail, arc pass
  | 'listRewrite' // team list redistribution, From rewritten to the list (DMARC mitigation)
  | 'listTag' // list keeps From but tags the subject and adds a footer: dkim/dmarc fail, arc pass
  | 'listArchive' // list copy delivered to the list's archive mailbox only
  | 'corpRedirect' // company redirect rule with Resent-* headers
  | 'corpSrs' // company auto-forward (Exchange) with SRS, DKIM intact
  | 'forwarderTop' // the forwarder's A-R is the topmost one (final MX adds none)
  | 'forgedBelow' // a dmarc=pass A-R for mx.test.example sits below the final Received
  | 'lookalikeAuthserv' // topmost A-R from mx.test.example.<forwarder>
  | 'own'; // the user's own mail (auto-forward as a new message, a sent reply)

export interface Spec {
  slug: string;
  kind: Kind;
  lang: 'ja' | 'en';
  trap?: boolean;
  path: PathId;
  who: Persona;
  caseId: string | null;
  from?: string;
  subject: string;
  text?: string;
  html?: string;
  enc: Enc;
  date: string; // local 'YYYY-MM-DD hh:mm:ss'
  tz?: string;
  note: string;
  hdr?: Msg['hdr'];
  wholeSubject?: boolean;
  cc?: string;
  to?: string; // override the visible To
  extra?: string[];
  crlf?: boolean;
  ctExtra?: string;
}

function h32(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
}
function tok(seed: string, len: number, al = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'): string {
  let h = h32(seed);
  let o = '';
  for (let i = 0; i < len; i++) {
    h = Math.imul(h ^ (h >>> 15), 2246822519) >>> 0;
    h = (h + i * 2654435761) >>> 0;
    o += al[h % al.length];
  }
  return o;
}
const hex = (seed: string, n: number): string => tok(seed, n, '0123456789abcdef');
const addr = (v: string): string => (/<([^>]+)>/.exec(v)?.[1] ?? v).trim().toLowerCase();
const dom = (v: string): string => addr(v).slice(addr(v).indexOf('@') + 1);

function origMailFrom(from: string, seed: string): { mf: string; host: string; ip: string; sel: string } {
  const d = dom(from);
  if (d.endsWith('credly.com')) return { mf: `bounces+${h32(seed) % 9000000}-${hex(seed, 4)}@em.credly.com`, host: 'o1.ptr4417.credly.com', ip: '149.72.123.24', sel: 's1' };
  if (d.endsWith('amazon.com') || d.endsWith('aws.training') || d.endsWith('support.aws.com'))
    return { mf: `0100019${hex(seed + 'a', 9)}-${hex(seed + 'b', 8)}-000000@amazonses.com`, host: `a48-${(h32(d) % 200) + 20}.smtp-out.amazonses.com`, ip: `54.240.48.${(h32(d) % 200) + 20}`, sel: d.endsWith('amazon.com') ? 'rte02' : 'ug7nbtf4' };
  return { mf: `bounce@${d}`, host: `mail.${d}`, ip: `185.${h32(d) % 250}.${h32(d + 'x') % 250}.${h32(d + 'y') % 250}`, sel: 'default' };
}

const finalRcvd = (host: string, ip: string, rcpt: string, date: string, seed: string): string =>
  `Received: from ${host} (${host} [${ip}])\n\tby mx.test.example (Postfix) with ESMTPS id 4${tok(seed + 'q', 12, 'BCDFGHJKLMNPQRSTVWXYZ0123456789')}\n\tfor <${rcpt}>; ${date}`;

const arcSet = (i: number, d: string, authserv: string, fromDom: string, mf: string, seed: string, dkimOk = true): string[] => [
  `ARC-Seal: i=${i}; a=rsa-sha256; t=${1760000000 + (h32(seed) % 9999999)}; cv=none;\n\td=${d}; s=arc-20240605;\n\tb=${tok(seed + 'as', 64)}`,
  `ARC-Message-Signature: i=${i}; a=rsa-sha256; c=relaxed/relaxed; d=${d}; s=arc-20240605;\n\th=to:subject:message-id:date:from:mime-version:dkim-signature;\n\tbh=${tok(seed + 'bh', 43)}=;\n\tb=${tok(seed + 'ms', 64)}`,
  `ARC-Authentication-Results: i=${i}; ${authserv};\n\tdkim=${dkimOk ? 'pass' : 'fail'} header.i=@${fromDom} header.s=rte02 header.b=${tok(seed + 'hb', 8)};\n\tspf=pass (${authserv}: domain of ${mf} designates sender as permitted sender) smtp.mailfrom=${mf};\n\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=${fromDom}`,
];

const srs = (mf: string, fwdDom: string, seed: string): string => {
  const [lp, d] = mf.split('@');
  return `SRS0=${tok(seed + 'srs', 4)}=${tok(seed + 'tt', 2, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}=${d}=${lp}@${fwdDom}`;
};

export interface Built {
  msg: Msg;
}

/** Spec → Msg for the delivery path; trusted/forUser follow the guide applied to what the path writes. */
export function mk(s: Spec): Msg {
  const date = rfcDate(s.date, s.tz ?? (s.lang === 'ja' ? '+0900' : '+0000'));
  const p = s.who;
  let from = s.from ?? SUPPORT;
  let to = s.to ?? p.final;
  let subject = s.subject;
  let text = s.text;
  let html = s.html;
  const fromDom = dom(from);
  const o = origMailFrom(from, s.slug);
  const sig = (d: string): string => `dkim=pass (2048-bit key; unprotected) header.d=${d} header.i=@${d} header.s=${o.sel} header.b=${tok(s.slug + 'b', 8)}`;
  const origHop = (by: string, rcpt: string): string =>
    `Received: from ${o.host} (${o.host}. [${o.ip}])\n\tby ${by} with ESMTPS id ${tok(s.slug + 'oh', 14)}\n\tfor <${rcpt}>; ${date}`;
  const googleAR = (rcpt: string): string =>
    `Authentication-Results: mx.google.com;\n\tdkim=pass header.i=@${fromDom} header.s=${o.sel} header.b=${tok(s.slug + 'gb', 8)};\n\tspf=pass (google.com: domain of ${o.mf} designates ${o.ip} as permitted sender) smtp.mailfrom=${o.mf};\n\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=${fromDom}` +
    (rcpt ? '' : '');
  const extra: string[] = [...(s.extra ?? [])];
  let trace: string[] = [];
  const deliveredTo: string | null = null;
  let returnPath: string | undefined;
  const resent: Msg['resent'] = undefined;
  let trusted = false;
  let forUser = true;
  const tdom = ['amazon.com', 'aws.amazon.com', 'support.aws.com', 'aws.training', 'credly.com'].some((t) => fromDom === t || fromDom.endsWith('.' + t));

  switch (s.path) {
    case 'direct': {
      trace = [`Authentication-Results: mx.test.example;\n\t${sig(fromDom)};\n\tspf=pass (mx.test.example: domain of ${o.mf} designates ${o.ip} as permitted sender) smtp.mailfrom=${o.mf};\n\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=${fromDom}`, finalRcvd(o.host, o.ip, p.final, date, s.slug), `Delivered-To: ${p.final}`];
      returnPath = o.mf;
      trusted = tdom;
      break;
    }
    case 'gmail':
    case 'gmailNoAR': {
      to = s.to ?? p.gmail;
      const gfrom = srs(o.mf, 'gmail.com', s.slug).replace(/^SRS0=[^=]+=[^=]+=/, `${p.gmail.split('@')[0]}+caf_=${p.final.replace('@', '=')}@gmail.com#`).split('#')[0] ?? '';
      const host = `mail-sor-f${(h32(s.slug) % 60) + 10}.google.com`;
      const ip = `209.85.220.${(h32(s.slug) % 80) + 40}`;
      const top =
        s.path === 'gmail'
          ? [`Authentication-Results: mx.test.example;\n\t${sig(fromDom)};\n\tdkim=pass (2048-bit key) header.d=gmail.com header.i=@gmail.com header.s=20230601 header.b=${tok(s.slug + 'gg', 8)};\n\tspf=pass (mx.test.example: domain of ${gfrom} designates ${ip} as permitted sender) smtp.mailfrom=${gfrom};\n\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=${fromDom};\n\tarc=pass (i=1 spf=pass spfdomain=amazonses.com dkim=pass dkdomain=${fromDom} dmarc=pass fromdomain=${fromDom})`]
          : [];
      trace = [
        ...top,
        finalRcvd(host, ip, p.final, date, s.slug),
        `Delivered-To: ${p.final}`,
        `X-Forwarded-Encrypted: i=1; AJvYcC${tok(s.slug + 'xe', 40)}`,
        `X-Forwarded-To: ${p.final}`,
        `X-Forwarded-For: ${p.gmail} ${p.final}`,
        `Received: by 2002:a05:6a10:${hex(s.slug + 'r1', 4)}:b0:${hex(s.slug + 'r2', 3)}:${hex(s.slug + 'r3', 4)} with SMTP id ${tok(s.slug + 'sid', 6)}csp${(h32(s.slug) % 900000) + 100000};\n\t${date}`,
        ...arcSet(1, 'google.com', 'mx.google.com', fromDom, o.mf, s.slug),
        googleAR(p.gmail),
        origHop('mx.google.com', p.gmail),
        `Delivered-To: ${p.gmail}`,
      ];
      returnPath = gfrom;
      trusted = s.path === 'gmail' && tdom;
      break;
    }
    case 'hme':
    case 'hmeAliasOnly': {
      to = s.to ?? p.hme;
      const host = `ci74p00im-qukt09082402.me.com`;
      const ip = `17.57.156.${(h32(s.slug) % 30) + 10}`;
      const env = s.path === 'hme' ? p.final : p.hme;
      trace = [
        `Authentication-Results: mx.test.example;\n\t${sig(fromDom)};\n\tspf=pass smtp.mailfrom=${srs(o.mf, 'icloud.com', s.slug)};\n\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=${fromDom};\n\tarc=pass (i=1)`,
        finalRcvd(host, ip, env, date, s.slug),
        ...(s.path === 'hme' ? [`Delivered-To: ${p.final}`] : []),
        `X-Original-To: ${p.hme}`,
        `X-ICLOUD-HME: s=1;p=${tok(s.slug + 'hme', 24)}`,
        ...arcSet(1, 'icloud.com', 'mx.icloud.com', fromDom, o.mf, s.slug),
        origHop('mx.icloud.com', p.hme),
      ];
      returnPath = srs(o.mf, 'icloud.com', s.slug);
      trusted = tdom;
      forUser = s.path === 'hme';
      break;
    }
    case 'simplelogin': {
      to = s.to ?? p.sl;
      const orig = addr(from);
      const nm = /^(.*?)\s*</.exec(from)?.[1] ?? '';
      from = `${nm ? nm + ' - ' : ''}${orig.replace('@', ' at ')} <ra+${tok(s.slug + 'ra', 16, 'abcdefghijklmnopqrstuvwxyz0123456789')}@simplelogin.co>`;
      const slDom = 'simplelogin.co';
      trace = [
        `Authentication-Results: mx.test.example;\n\tdkim=pass (2048-bit key) header.d=${slDom} header.i=@${slDom} header.s=dkim header.b=${tok(s.slug + 'sl', 8)};\n\tspf=pass smtp.mailfrom=bounces+${h32(s.slug) % 99999}@${slDom};\n\tdmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=${slDom}`,
        finalRcvd('mail-200170.simplelogin.co', '185.143.32.170', p.final, date, s.slug),
        `Delivered-To: ${p.final}`,
        `X-SimpleLogin-Type: Forward`,
        `X-SimpleLogin-EmailLog-ID: ${(h32(s.slug) % 900000000) + 100000000}`,
        `X-SimpleLogin-Envelope-To: ${p.sl}`,
        `X-SimpleLogin-Original-From: ${addr(s.from ?? SUPPORT)}`,
        `Received: from ${o.host} (${o.host} [${o.ip}])\n\tby mx2.simplelogin.co (Postfix) with ESMTPS id ${tok(s.slug + 'slq', 10)}\n\tfor <${p.sl}>; ${date}`,
      ];
      returnPath = `bounces+${h32(s.slug) % 99999}@simplelogin.co`;
      trusted = false;
      break;
    }
    case 'fastmail':
    case 'alumni':
    case 'alumniFooter':
    case 'corpSrs': {
      const alias = s.path === 'fastmail' ? p.fm : s.path === 'corpSrs' ? p.corp : p.alumni;
      to = s.to ?? alias;
      const fwdDom = s.path === 'fastmail' ? 'srs.messagingengine.com' : s.path === 'corpSrs' ? dom(p.corp) : dom(p.alumni);
      const host = s.path === 'fastmail' ? 'fout-b4-smtp.messagingengine.com' : `fwd${(h32(s.slug) % 4) + 1}.${dom(alias)}`;
      const ip = s.path === 'fastmail' ? '202.12.124.149' : `203.0.113.${(h32(s.slug) % 200) + 20}`;
      const authserv = s.path === 'fastmail' ? 'mx6.messagingengine.com' : `mx.${dom(alias)}`;
      const rp = srs(o.mf, fwdDom, s.slug);
      const broken = s.path === 'alumniFooter';
      const top = broken
        ? `Authentication-Results: mx.test.example;\n\tdkim=fail (body hash did not verify) header.d=${fromDom} header.i=@${fromDom} header.s=${o.sel} header.b=${tok(s.slug + 'b', 8)};\n\tspf=pass smtp.mailfrom=${rp};\n\tdmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=${fromDom};\n\tarc=pass (i=1 spf=pass spfdomain=amazonses.com dkim=pass dkdomain=${fromDom} dmarc=pass fromdomain=${fromDom})`
        : `Authentication-Results: mx.test.example;\n\t${sig(fromDom)};\n\tspf=pass (mx.test.example: domain of ${rp} designates ${ip} as permitted sender) smtp.mailfrom=${rp};\n\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=${fromDom};\n\tarc=pass (i=1)`;
      trace = [top, finalRcvd(host, ip, p.final, date, s.slug), `Delivered-To: ${p.final}`, `X-Original-To: ${alias}`, ...arcSet(1, s.path === 'fastmail' ? 'messagingengine.com' : dom(alias), authserv, fromDom, o.mf, s.slug), origHop(authserv, alias)];
      if (s.path === 'corpSrs') extra.push('X-MS-Exchange-Organization-AutoForwarded: true', 'X-MS-Exchange-Inbox-Rules-Loop: ' + p.corp);
      if (broken && text !== undefined) text += (s.lang === 'ja' ? `\n\n--\nこのメールは ${dom(alias)} 卒業生メール転送サービスを経由して配信されました。` : `\n\n--`) + `\nForwarded by the alumni mail service of ${dom(alias)}. Manage forwarding: https://${dom(alias)}/mail\n`;
      returnPath = rp;
      trusted = !broken && tdom;
      break;
    }
    case 'listRewrite':
    case 'listTag':
    case 'listArchive': {
      const list = 'aws-certs@lists.corp.example.co.jp';
      to = s.to ?? list;
      if (s.path === 'listRewrite') {
        const nm = /^(.*?)\s*</.exec(from)?.[1] ?? addr(from);
        extra.push(`Reply-To: ${addr(s.from ?? SUPPORT)}`, `X-Original-From: ${addr(s.from ?? SUPPORT)}`);
        from = `${nm.replace(/^"|"$/g, '')} via aws-certs <${list}>`;
      }
      if (s.path !== 'listRewrite') subject = `[aws-certs] ${subject}`;
      extra.push(`List-Id: <aws-certs.lists.corp.example.co.jp>`, `List-Unsubscribe: <mailto:aws-certs-leave@lists.corp.example.co.jp>`, `Precedence: list`, `X-BeenThere: ${list}`);
      const lf = '\n\n_______________________________________________\naws-certs mailing list -- aws-certs@lists.corp.example.co.jp\nTo unsubscribe send an email to aws-certs-leave@lists.corp.example.co.jp\n';
      if (text !== undefined) text += lf;
      else if (html !== undefined) html += `<hr><p>aws-certs mailing list</p>`;
      const env = s.path === 'listArchive' ? 'aws-certs-archive@lists.corp.example.co.jp' : p.final;
      const rp = `aws-certs-bounces+${env.replace('@', '=')}@lists.corp.example.co.jp`;
      const ld = 'lists.corp.example.co.jp';
      const top =
        s.path === 'listRewrite'
          ? `Authentication-Results: mx.test.example;\n\tdkim=pass (1024-bit key) header.d=${ld} header.i=@${ld} header.s=mm3 header.b=${tok(s.slug + 'lb', 8)};\n\tspf=pass smtp.mailfrom=${rp};\n\tdmarc=pass (p=NONE sp=NONE dis=NONE) header.from=${ld};\n\tarc=pass (i=1)`
          : `Authentication-Results: mx.test.example;\n\tdkim=fail (body hash did not verify) header.d=${fromDom} header.i=@${fromDom} header.s=${o.sel} header.b=${tok(s.slug + 'b', 8)};\n\tdkim=pass header.d=${ld} header.s=mm3;\n\tspf=pass smtp.mailfrom=${rp};\n\tdmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=${fromDom};\n\tarc=pass (i=1)`;
      trace = [top, finalRcvd(`mm3.${ld}`, '198.51.100.25', env, date, s.slug), `Delivered-To: ${env}`, ...arcSet(1, ld, `mm3.${ld}`, fromDom, o.mf, s.slug), origHop(`mm3.${ld}`, list)];
      returnPath = rp;
      trusted = false;
      forUser = s.path !== 'listArchive';
      if (s.path === 'listArchive' && s.cc === undefined) forUser = false;
      break;
    }
    case 'corpRedirect': {
      to = s.to ?? p.corp;
      const host = `mail-ty1jpn01on2090.outbound.protection.outlook.com`;
      const ip = '40.107.74.90';
      trace = [
        `Authentication-Results: mx.test.example;\n\t${sig(fromDom)};\n\tspf=pass smtp.mailfrom=${srs(o.mf, dom(p.corp), s.slug)};\n\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=${fromDom};\n\tarc=pass (i=1)`,
        finalRcvd(host, ip, p.final, date, s.slug),
        `Resent-From: ${p.corp}`,
        `Resent-To: ${p.final}`,
        `Resent-Date: ${date}`,
        `Resent-Message-ID: <${tok(s.slug + 'rs', 20)}@${dom(p.corp)}>`,
        ...arcSet(1, 'microsoft.com', 'mx.microsoft.com 1', fromDom, o.mf, s.slug),
        origHop('TYCPR01MB8432.jpnprd01.prod.outlook.com', p.corp),
      ];
      returnPath = srs(o.mf, dom(p.corp), s.slug);
      trusted = tdom;
      forUser = false;
      break;
    }
    case 'forwarderTop': {
      to = s.to ?? p.alumni;
      const authserv = `mx.${dom(p.alumni)}`;
      trace = [
        `Authentication-Results: ${authserv};\n\t${sig(fromDom)};\n\tspf=pass smtp.mailfrom=${o.mf};\n\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=${fromDom}`,
        finalRcvd(`fwd1.${dom(p.alumni)}`, '203.0.113.77', p.final, date, s.slug),
        `Delivered-To: ${p.final}`,
        `X-Original-To: ${p.alumni}`,
        origHop(authserv, p.alumni),
      ];
      returnPath = srs(o.mf, dom(p.alumni), s.slug);
      trusted = false;
      break;
    }
    case 'forgedBelow': {
      to = s.to ?? p.gmail;
      const host = `mail-sor-f${(h32(s.slug) % 60) + 10}.google.com`;
      trace = [
        finalRcvd(host, '209.85.220.65', p.final, date, s.slug),
        `Delivered-To: ${p.final}`,
        `Authentication-Results: mx.test.example;\n\tdkim=pass header.d=${fromDom};\n\tspf=pass smtp.mailfrom=${fromDom};\n\tdmarc=pass header.from=${fromDom}`,
        `X-Forwarded-To: ${p.final}`,
        `X-Forwarded-For: ${p.gmail} ${p.final}`,
        `Received: from mail.${fromDom} (unknown [${o.ip}])\n\tby mx.google.com with ESMTP id ${tok(s.slug + 'fb', 12)}; ${date}`,
      ];
      returnPath = `bounce@${fromDom}`;
      trusted = false;
      break;
    }
    case 'lookalikeAuthserv': {
      to = s.to ?? p.fm;
      trace = [
        `Authentication-Results: mx.test.example.fwd-relay.net;\n\t${sig(fromDom)};\n\tdmarc=pass header.from=${fromDom}`,
        finalRcvd('fwd-relay.net', '192.0.2.14', p.final, date, s.slug),
        `Delivered-To: ${p.final}`,
        `X-Original-To: ${p.fm}`,
      ];
      returnPath = `bounce@fwd-relay.net`;
      trusted = false;
      break;
    }
    case 'own': {
      // the user's own mail, e.g. a rule that re-sends as a new FW: message
      const host = `mail.${fromDom}`;
      trace = [
        `Authentication-Results: mx.test.example;\n\tdkim=pass header.d=${fromDom} header.s=selector1 header.b=${tok(s.slug + 'ob', 8)};\n\tspf=pass smtp.mailfrom=${addr(from)};\n\tdmarc=pass (p=NONE) header.from=${fromDom}`,
        finalRcvd(host, '40.107.74.51', p.final, date, s.slug),
        `Delivered-To: ${p.final}`,
      ];
      returnPath = addr(from);
      trusted = tdom;
      break;
    }
  }
  return {
    slug: s.slug,
    kind: s.kind,
    lang: s.lang,
    trusted,
    forUser,
    caseId: s.caseId,
    trap: s.trap ?? false,
    note: s.note,
    from,
    to,
    cc: s.cc,
    subject,
    date,
    auth: 'custom',
    trace,
    enc: s.enc,
    text,
    html,
    hdr: s.hdr,
    wholeSubject: s.wholeSubject,
    crlf: s.crlf,
    deliveredTo: null,
    returnPath,
    resent,
    extra,
    ctExtra: s.ctExtra,
  };
}

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const sfOriginal = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
