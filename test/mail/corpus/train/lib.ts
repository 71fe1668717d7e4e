// Building blocks for the training corpus: message specs, raw RFC 5322 assembly with real
// charsets (ISO-2022-JP via encoding-japanese, Shift_JIS via iconv-lite), Authentication-Results
// variants and the quote headers of the mail clients people actually use.
import { createHash } from 'node:crypto';
import Encoding from 'encoding-japanese';
import iconv from 'iconv-lite';

export type Kind =
  | 'acknowledgement'
  | 'ai_answer'
  | 'info_request'
  | 'confirmation_request'
  | 'merge_completed'
  | 'badges_transferred'
  | 'case_closed'
  | 'support_reply'
  | 'unrelated';
export type Lang = 'ja' | 'en';
export type Charset = 'UTF-8' | 'ISO-2022-JP' | 'Shift_JIS' | 'US-ASCII';
export type Cte = '7bit' | '8bit' | 'quoted-printable' | 'base64';
/**
 * pass: our server's topmost A-R with dkim/spf/dmarc pass for the From domain.
 * dkim: topmost A-R with only an aligned dkim=pass (dmarc not evaluated).
 * none: no A-R at all. other: only A-R of another authserv-id (passing).
 * fail: topmost A-R with dmarc=fail. below: forged pass A-R under our Received line.
 * belowOwn: our own A-R says fail; a forged "mx.test.example; dmarc=pass" sits right under it.
 * unaligned: dkim=pass for a different domain, dmarc=fail.
 */
export type Auth = 'pass' | 'dkim' | 'none' | 'other' | 'fail' | 'below' | 'belowOwn' | 'unaligned';

export interface Spec {
  kind: Kind;
  lang: Lang;
  slug: string;
  note: string;
  caseId: string | null;
  trap?: boolean;
  from?: string;
  to?: string;
  cc?: string;
  /** Delivered-To; default: first address of To when it is a user address. null = none. */
  deliveredTo?: string | null;
  subject: string;
  date?: string;
  inReplyTo?: string;
  references?: string;
  auth?: Auth;
  headers?: string[];
  /** Plain text of the message (new text + any quoted history, as the client wrote it). */
  text: string;
  /** How the body is sent. */
  format?: 'plain' | 'html' | 'alt';
  /** HTML body; default: derived from text. */
  html?: string;
  charset?: Charset;
  cte?: Cte;
  subjectCharset?: Charset;
  /** Write LF line ends instead of CRLF (as some Maildir deliveries store them). */
  lf?: boolean;
}

export const AUTHSERV = 'mx.test.example';
export const TRUSTED_DOMAINS = ['amazon.com', 'aws.amazon.com', 'support.aws.com', 'aws.training', 'credly.com'];
export const USER_ADDRESSES = [
  'taro.personal@example.com',
  'taro@corp.example.co.jp',
  'hanako.sato@example.jp',
  'hanako@oldcorp.example.com',
  'alex.kim@example.com',
  'a.kim@work.example.net',
  'priya.n@example.org',
  'maria.garcia@example.es',
];

export const SUPPORT = 'aws-cs-trainingcertification-form@amazon.com';
export const SUPPORT_NAMED = `AWS Training and Certification <${SUPPORT}>`;
export const AWS_NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const supportSubject = (id: string) => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const ackSubject = (id: string) => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export function hash(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

export function encode(text: string, charset: Charset): Buffer {
  if (charset === 'ISO-2022-JP') return Buffer.from(Encoding.convert(Encoding.stringToCode(text), { to: 'JIS', from: 'UNICODE' }));
  // Windows mailers write the wave dash as CP932 0x8160 (FULLWIDTH TILDE).
  if (charset === 'Shift_JIS') return iconv.encode(text.replace(/\u301c/g, '\uff5e'), 'Shift_JIS');
  return Buffer.from(text, 'utf8');
}

function qp(bytes: Buffer, eol: string): string {
  const lines: string[] = [];
  for (const raw of bytes.toString('latin1').split(/\r?\n/)) {
    let line = '';
    let out = '';
    for (const ch of raw) {
      const code = ch.charCodeAt(0);
      const enc = (code >= 33 && code <= 126 && ch !== '=') || ch === ' ' ? ch : `=${code.toString(16).toUpperCase().padStart(2, '0')}`;
      if (line.length + enc.length > 75) {
        out += `${line}=${eol}`;
        line = '';
      }
      line += enc;
    }
    if (line.endsWith(' ')) line = `${line.slice(0, -1)}=20`;
    lines.push(out + line);
  }
  return lines.join(eol);
}

function b64(bytes: Buffer, eol: string): string {
  return (bytes.toString('base64').match(/.{1,76}/g) ?? []).join(eol);
}

/** RFC 2047 encoded words, in short chunks so every word is self-contained (JIS escapes included). */
export function encodeWords(s: string, charset: Charset, eol = '\r\n'): string {
  if (/^[\x20-\x7e]*$/.test(s)) return s;
  const cs = charset === 'US-ASCII' ? 'UTF-8' : charset;
  const chars = [...s];
  const words: string[] = [];
  for (let i = 0; i < chars.length; i += 12) {
    words.push(`=?${cs}?B?${encode(chars.slice(i, i + 12).join(''), cs).toString('base64')}?=`);
  }
  return words.join(`${eol} `);
}

function encodeAddressNames(list: string, charset: Charset, eol: string): string {
  return list.replace(/(^|,\s*)"?([^<>,"]+?)"?\s*<([^>]+)>/g, (all, sep: string, name: string, addr: string) =>
    /^[\x20-\x7e]*$/.test(name) ? all : `${sep}${encodeWords(name, charset, eol)} <${addr}>`,
  );
}

export function addrOf(s: string): string {
  const m = /<([^>]+)>/.exec(s);
  return (m?.[1] ?? s).trim().toLowerCase();
}
export function domainOf(s: string): string {
  return addrOf(s).split('@')[1] ?? '';
}
export function isTrustedDomain(d: string): boolean {
  return TRUSTED_DOMAINS.some((t) => d === t || d.endsWith(`.${t}`));
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Plain text → simple HTML the way web mailers render it; `> ` blocks become a gmail_quote blockquote. */
export function toHtml(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let inQuote = false;
  for (const l of lines) {
    const q = l.startsWith('>');
    if (q && !inQuote) {
      out.push('<div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">');
      inQuote = true;
    } else if (!q && inQuote) {
      out.push('</blockquote></div>');
      inQuote = false;
    }
    const body = q ? l.replace(/^>\s?/, '') : l;
    out.push(body.trim() === '' ? '<br>' : `<div>${escapeHtml(body)}</div>`);
  }
  if (inQuote) out.push('</blockquote></div>');
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n${out.join('\n')}\n</body></html>`;
}

export function quote(s: string, prefix = '> '): string {
  return s
    .trimEnd()
    .split('\n')
    .map((l) => (l ? `${prefix}${l}` : prefix.trimEnd()))
    .join('\n');
}

export function arFor(mode: Auth, domain: string): { top: string[]; below: string[] } {
  const pass = [
    `${AUTHSERV};`,
    `\tdkim=pass (2048-bit key; unprotected) header.d=${domain} header.i=@${domain} header.s=224i4yxa5dv7c2xz3womw6peuasteono;`,
    `\tspf=pass (${AUTHSERV}: domain of bounces@${domain} designates 54.240.8.1 as permitted sender) smtp.mailfrom=bounces@${domain};`,
    `\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=${domain}`,
  ].join('\r\n');
  switch (mode) {
    case 'pass':
      return { top: [pass], below: [] };
    case 'dkim':
      return { top: [`${AUTHSERV};\r\n\tdkim=pass (1024-bit key) header.d=${domain} header.i=@${domain} header.s=s1;\r\n\tspf=none smtp.mailfrom=${domain}`], below: [] };
    case 'none':
      return { top: [], below: [] };
    case 'other':
      return { top: [], below: [`mx.google.com;\r\n\tdkim=pass header.i=@${domain} header.s=s1;\r\n\tspf=pass smtp.mailfrom=${domain};\r\n\tdmarc=pass (p=NONE sp=NONE dis=NONE) header.from=${domain}`] };
    case 'fail':
      return { top: [`${AUTHSERV};\r\n\tdkim=none;\r\n\tspf=softfail (${AUTHSERV}: domain of transitioning ${domain} does not designate 203.0.113.9 as permitted sender) smtp.mailfrom=${domain};\r\n\tdmarc=fail (p=REJECT sp=REJECT dis=NONE) header.from=${domain}`], below: [] };
    case 'below':
      return { top: [], below: [pass] };
    case 'belowOwn':
      return { top: [`${AUTHSERV};\r\n\tdkim=none;\r\n\tspf=fail smtp.mailfrom=${domain};\r\n\tdmarc=fail header.from=${domain}`, pass], below: [] };
    case 'unaligned':
      return { top: [`${AUTHSERV};\r\n\tdkim=pass (2048-bit key) header.d=mailer.example.net header.s=k1;\r\n\tspf=pass smtp.mailfrom=mailer.example.net;\r\n\tdmarc=fail (p=NONE sp=NONE dis=NONE) header.from=${domain}`], below: [] };
  }
}

export interface Built {
  file: string;
  raw: Buffer;
  trusted: boolean;
  forUser: boolean;
}

export function build(s: Spec, n: number): Built {
  const eol = s.lf ? '\n' : '\r\n';
  const from = s.from ?? SUPPORT_NAMED;
  const domain = domainOf(from);
  const to = s.to ?? USER_ADDRESSES[0]!;
  const auth = s.auth ?? 'pass';
  const date = s.date ?? 'Mon, 15 Dec 2025 10:12:00 +0000';
  const toAddrs = [to, s.cc ?? ''].join(',').split(',').map((a) => a.trim()).filter(Boolean).map(addrOf);
  const delivered = s.deliveredTo === undefined ? (toAddrs.find((a) => USER_ADDRESSES.includes(a)) ?? null) : s.deliveredTo;
  const hs = hash(`${n}${s.slug}`);
  const file = `${String(n).padStart(3, '0')}-${s.kind.replace('_', '-')}-${s.lang}-${s.slug}.eml`;
  const h: string[] = [];
  const sesHost = domain.endsWith('amazon.com') || domain === 'aws.training' ? 'amazonses.com' : domain;
  const ar = arFor(auth, domain);
  const xOrig = (s.headers ?? []).find((x) => /^X-Original-To:/i.test(x))?.slice(14).trim();
  // The user's own outgoing copy (Sent folder): no delivery headers at all.
  const isUserSent = USER_ADDRESSES.includes(addrOf(from)) && delivered === null;
  if (!isUserSent) h.push(`Return-Path: <0100019b${hs.slice(0, 10)}-bounce@${domain}>`);
  if (delivered) h.push(`Delivered-To: ${delivered}`);
  for (const a of ar.top) h.push(`Authentication-Results: ${a}`);
  if (!isUserSent) {
    h.push(
      `Received: from a8-${parseInt(hs.slice(0, 2), 16)}.smtp-out.${sesHost} (a8-${parseInt(hs.slice(0, 2), 16)}.smtp-out.${sesHost} [54.240.8.${parseInt(hs.slice(2, 4), 16)}])${eol}\tby ${AUTHSERV} (Postfix) with ESMTPS id 4dV${hs.slice(4, 11).toUpperCase()}${eol}\tfor <${delivered ?? xOrig ?? addrOf(to)}>; ${date}`,
    );
  }
  for (const a of ar.below) h.push(`Authentication-Results: ${a}`);
  h.push(...(s.headers ?? []));
  if (!isUserSent && auth !== 'none' && auth !== 'fail') {
    h.push(`DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;${eol}\ts=224i4yxa5dv7c2xz3womw6peuasteono; d=${domain}; t=1765793520;${eol}\th=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;${eol}\tbh=${createHash('sha256').update(s.slug).digest('base64')};${eol}\tb=${createHash('sha256').update(s.text).digest('base64')}`);
  }
  const bodyCs: Charset = s.charset ?? (s.lang === 'ja' ? 'ISO-2022-JP' : 'US-ASCII');
  const hcs: Charset = s.subjectCharset ?? (bodyCs === 'ISO-2022-JP' || bodyCs === 'Shift_JIS' ? bodyCs : 'UTF-8');
  h.push(`From: ${encodeAddressNames(from, hcs, eol)}`);
  h.push(`To: ${encodeAddressNames(to, hcs, eol)}`);
  if (s.cc) h.push(`Cc: ${encodeAddressNames(s.cc, hcs, eol)}`);
  h.push(`Subject: ${encodeWords(s.subject, hcs, eol)}`);
  h.push(`Date: ${date}`);
  h.push(`Message-ID: <0100019b${hs.slice(0, 24)}-${hs.slice(24, 32)}-000000@${isUserSent ? 'mail.' + domain : sesHost === 'amazonses.com' ? 'email.amazonses.com' : domain}>`);
  if (s.inReplyTo) h.push(`In-Reply-To: ${s.inReplyTo}`);
  if (s.references) h.push(`References: ${s.references}`);
  h.push('MIME-Version: 1.0');

  const charset = s.charset ?? (s.lang === 'ja' ? 'ISO-2022-JP' : 'US-ASCII');
  const cte = s.cte ?? (charset === 'ISO-2022-JP' || charset === 'US-ASCII' ? '7bit' : charset === 'UTF-8' ? 'quoted-printable' : '8bit');
  const fmt = s.format ?? 'plain';
  const encBody = (text: string, cs: Charset, ct: Cte): string => {
    const bytes = encode(text.replace(/\r?\n/g, eol), cs);
    if (ct === 'base64') return b64(bytes, eol);
    if (ct === 'quoted-printable') return qp(bytes, eol);
    return bytes.toString('latin1');
  };
  let body: string;
  const html = s.html ?? toHtml(s.text);
  // HTML parts in ISO-2022-JP mail stay in the same charset, as Japanese mailers do.
  const htmlCs: Charset = charset === 'US-ASCII' ? 'UTF-8' : charset;
  const htmlCte: Cte = htmlCs === 'UTF-8' ? (cte === '7bit' || cte === '8bit' ? 'quoted-printable' : cte) : cte;
  const htmlFixed = html.replace('charset=utf-8', `charset=${htmlCs.toLowerCase()}`);
  if (fmt === 'plain') {
    h.push(`Content-Type: text/plain; charset="${charset}"${charset === 'US-ASCII' ? '' : ''}`);
    h.push(`Content-Transfer-Encoding: ${cte}`);
    body = encBody(s.text, charset, cte);
  } else if (fmt === 'html') {
    h.push(`Content-Type: text/html; charset="${htmlCs}"`);
    h.push(`Content-Transfer-Encoding: ${htmlCte}`);
    body = encBody(htmlFixed, htmlCs, htmlCte);
  } else {
    const boundary = `----=_Part_${hs.slice(0, 8)}_${parseInt(hs.slice(8, 14), 16)}.${parseInt(hs.slice(14, 22), 16)}`;
    h.push(`Content-Type: multipart/alternative; ${eol}\tboundary="${boundary}"`);
    body =
      `--${boundary}${eol}Content-Type: text/plain; charset="${charset}"${eol}Content-Transfer-Encoding: ${cte}${eol}${eol}${encBody(s.text, charset, cte)}${eol}` +
      `--${boundary}${eol}Content-Type: text/html; charset="${htmlCs}"${eol}Content-Transfer-Encoding: ${htmlCte}${eol}${eol}${encBody(htmlFixed, htmlCs, htmlCte)}${eol}` +
      `--${boundary}--${eol}`;
  }
  const raw = Buffer.concat([Buffer.from(`${h.join(eol)}${eol}${eol}`, 'utf8'), Buffer.from(body.endsWith(eol) ? body : body + eol, 'latin1')]);
  const headerBlock = h.join('\n');
  const resent = /^Resent-(From|To|Date):/im.test(headerBlock);
  const recips = [...toAddrs, ...(delivered ? [delivered] : []), ...(s.headers ?? []).filter((x) => /^X-Original-To:/i.test(x)).map((x) => addrOf(x.slice(14)))];
  const forUser = !resent && recips.some((a) => USER_ADDRESSES.includes(a));
  const trusted = (auth === 'pass' || auth === 'dkim') && isTrustedDomain(domain) && !isUserSent;
  return { file, raw, trusted, forUser };
}

// ---------- writing helpers ----------
const DOW_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DOW_JA = ['日', '月', '火', '水', '木', '金', '土'];
const DAY_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** n-th day of the corpus' calendar (2025-10-06 + n*1.7 days) at an hour that varies. */
export function when(n: number, tzHours = 0): Date {
  const base = Date.UTC(2025, 9, 6, 0, 0, 0);
  return new Date(base + Math.round(n * 1.7 * 86400000) + ((n * 7919) % 86400) * 1000 + tzHours * 0);
}
export function rfcDate(d: Date, tz: '+0000' | '+0900' | '-0700' | '+0100' = '+0000'): string {
  const off = tz === '+0900' ? 9 : tz === '-0700' ? -7 : tz === '+0100' ? 1 : 0;
  const l = new Date(d.getTime() + off * 3600000);
  const p = (x: number) => String(x).padStart(2, '0');
  return `${DOW_EN[l.getUTCDay()]}, ${l.getUTCDate()} ${MON_EN[l.getUTCMonth()]} ${l.getUTCFullYear()} ${p(l.getUTCHours())}:${p(l.getUTCMinutes())}:${p(l.getUTCSeconds())} ${tz}`;
}
function local(d: Date, off: number) {
  const l = new Date(d.getTime() + off * 3600000);
  return { y: l.getUTCFullYear(), mo: l.getUTCMonth(), d: l.getUTCDate(), dow: l.getUTCDay(), h: l.getUTCHours(), mi: l.getUTCMinutes() };
}
const p2 = (x: number) => String(x).padStart(2, '0');

/** Gmail (ja): `2025年12月15日(月) 10:12 Name <addr>:` */
export function gmailJa(d: Date, who: string): string {
  const t = local(d, 9);
  return `${t.y}年${t.mo + 1}月${t.d}日(${DOW_JA[t.dow]}) ${t.h}:${p2(t.mi)} ${who}:`;
}
/** Gmail (en): `On Mon, Dec 15, 2025 at 10:12 AM Name <addr> wrote:` */
export function gmailEn(d: Date, who: string): string {
  const t = local(d, 0);
  const h12 = t.h % 12 === 0 ? 12 : t.h % 12;
  return `On ${DOW_EN[t.dow]}, ${MON_EN[t.mo]} ${t.d}, ${t.y} at ${h12}:${p2(t.mi)} ${t.h < 12 ? 'AM' : 'PM'} ${who} wrote:`;
}
/** Outlook (en) header block. */
export function outlookEn(d: Date, from: string, to: string, subject: string): string {
  const t = local(d, 0);
  const h12 = t.h % 12 === 0 ? 12 : t.h % 12;
  return `________________________________\nFrom: ${from}\nSent: ${DAY_EN[t.dow]}, ${MONTH_EN[t.mo]} ${t.d}, ${t.y} ${h12}:${p2(t.mi)} ${t.h < 12 ? 'AM' : 'PM'}\nTo: ${to}\nSubject: ${subject}`;
}
/** Outlook (ja) header block. */
export function outlookJa(d: Date, from: string, to: string, subject: string): string {
  const t = local(d, 9);
  return `差出人: ${from}\n送信日時: ${t.y}年${t.mo + 1}月${t.d}日 ${t.h}:${p2(t.mi)}\n宛先: ${to}\n件名: ${subject}`;
}
/** Outlook classic `-----Original Message-----`. */
export function originalMsg(d: Date, from: string, to: string, subject: string): string {
  const t = local(d, 0);
  return `-----Original Message-----\nFrom: ${from}\nSent: ${t.mo + 1}/${t.d}/${t.y} ${p2(t.h)}:${p2(t.mi)}\nTo: ${to}\nSubject: ${subject}`;
}
/** Salesforce-style history block used by case tools. */
export function sfOriginal(d: Date, from: string, subject: string): string {
  const t = local(d, 0);
  return `--------------- Original Message ---------------\nFrom: [${from}]\nSent: ${t.mo + 1}/${t.d}/${t.y} ${t.h % 12 || 12}:${p2(t.mi)} ${t.h < 12 ? 'AM' : 'PM'}\nTo: ${SUPPORT}\nSubject: ${subject}`;
}
export function sfRef(n: number): string {
  const h = hash(`ref${n}`);
  return `ref:_00D5f${h.slice(0, 5)}._500${h.slice(5, 12)}${h.slice(12, 16).toUpperCase()}:ref`;
}
