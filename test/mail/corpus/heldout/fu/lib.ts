// Byte-level builder (copied from blind1, fu personas added to USER_ADDRS, hash exported).
// Byte-level builder for the held-out corpus. Japanese charsets are encoded
// here by hand (encoding-japanese / iconv-lite), not by a mail library, so the
// bytes look like what real Japanese mailers emit: ISO-2022-JP with explicit
// escape sequences per line, RFC 2047 words that each return to ASCII.
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

/** How a body part is written on the wire. */
export type Enc =
  | 'ascii7'
  | 'utf8qp'
  | 'utf8b64'
  | 'utf88bit'
  | 'jis7'
  | 'jisb64'
  | 'sjis8'
  | 'sjisb64';

/**
 * Trace/authentication shape of the message (see labeling.md "Trust").
 * pass       A-R from mx.test.example topmost, dkim+spf+dmarc pass for From's domain
 * dkimonly   A-R topmost, only an aligned dkim=pass (dmarc absent)
 * none       no Authentication-Results at all
 * forgedBelow the server's Received is topmost; a dmarc=pass A-R sits below it
 * fail       A-R topmost with dmarc=fail
 * otherOnly  only an A-R from another authserv-id (below the server's Received)
 * lookalikeServer A-R topmost but from "mx.test.example.<something>"
 * misaligned A-R topmost, dkim=pass for an unrelated domain, dmarc=fail
 * failThenForged A-R topmost says fail, a second "pass" one placed lower
 */
export type Auth =
  | 'pass'
  | 'dkimonly'
  | 'none'
  | 'forgedBelow'
  | 'fail'
  | 'otherOnly'
  | 'lookalikeServer'
  | 'misaligned'
  | 'failThenForged';

export interface Msg {
  slug: string;
  kind: Kind;
  lang: 'ja' | 'en';
  trusted: boolean;
  forUser: boolean;
  caseId: string | null;
  trap: boolean;
  note: string;
  from: string;
  to: string;
  cc?: string;
  subject: string;
  date: string; // RFC 5322 date
  auth: Auth;
  enc: Enc;
  /** plain text body (LF line ends) */
  text?: string;
  /** HTML body; with text → multipart/alternative, alone → text/html only */
  html?: string;
  /** subject/display-name encoding: default follows enc */
  hdr?: 'jis' | 'sjis' | 'utf8b' | 'utf8q' | 'raw';
  /** encode the whole subject (Outlook style) instead of keeping an ASCII prefix raw */
  wholeSubject?: boolean;
  crlf?: boolean;
  relay?: string; // sending host in the server's Received line
  rcpt?: string; // envelope recipient (Delivered-To), default: first To address
  deliveredTo?: string | null; // null: omit Delivered-To
  messageId?: string;
  inReplyTo?: string;
  references?: string;
  /** raw ASCII header lines added after the standard ones */
  extra?: string[];
  /** Resent-* block (bounce/redirect) */
  resent?: { from: string; to: string; date: string };
  /** format=flowed etc. appended to the text part's Content-Type */
  ctExtra?: string;
}

const firstNonAscii = (s: string): number => {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return i;
  return -1;
};
const isAscii = (s: string): boolean => firstNonAscii(s) < 0;

export function toJis(s: string): Buffer {
  const arr = Encoding.convert(Encoding.stringToCode(s), { to: 'JIS', from: 'UNICODE' });
  const back = Encoding.codeToString(Encoding.convert(arr, { to: 'UNICODE', from: 'JIS' }));
  // JIS 0x2141 etc. decode to either the JIS or the Microsoft code point; both are the same character on the wire
  const norm = (x: string): string => x.replace(/\uFF5E/g, '\u301C').replace(/\uFF0D/g, '\u2212').replace(/\u2225/g, '\u2016');
  if (norm(back) !== norm(s)) throw new Error(`ISO-2022-JP cannot carry ${JSON.stringify(s)} (got ${JSON.stringify(back)})`);
  let buf = Buffer.from(arr);
  // every encoded line / word must end back in ASCII (ESC ( B)
  const lastEsc = buf.lastIndexOf(0x1b);
  if (lastEsc >= 0 && !(buf[lastEsc + 1] === 0x28 && buf[lastEsc + 2] === 0x42)) {
    buf = Buffer.concat([buf, Buffer.from([0x1b, 0x28, 0x42])]);
  }
  return buf;
}

export function toSjis(s: string): Buffer {
  const buf = iconv.encode(s, 'Shift_JIS');
  const back = iconv.decode(buf, 'Shift_JIS');
  if (back !== s) throw new Error(`Shift_JIS cannot carry ${JSON.stringify(s)}`);
  return buf;
}

function b64wrap(buf: Buffer): string {
  const s = buf.toString('base64');
  const out: string[] = [];
  for (let i = 0; i < s.length; i += 76) out.push(s.slice(i, i + 76));
  return out.join('\n');
}

/** quoted-printable over UTF-8 text, soft breaks at 76 */
export function qp(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const bytes = Buffer.from(line, 'utf8');
    const toks: string[] = [];
    bytes.forEach((b, i) => {
      const last = i === bytes.length - 1;
      if ((b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last)) toks.push(String.fromCharCode(b));
      else toks.push('=' + b.toString(16).toUpperCase().padStart(2, '0'));
    });
    let cur = '';
    for (const t of toks) {
      if (cur.length + t.length > 75) {
        out.push(cur + '=');
        cur = '';
      }
      cur += t;
    }
    out.push(cur);
  }
  return out.join('\n');
}

function charsetBytes(s: string, cs: 'jis' | 'sjis' | 'utf8'): Buffer {
  if (cs === 'jis') return toJis(s);
  if (cs === 'sjis') return toSjis(s);
  return Buffer.from(s, 'utf8');
}

const csName = { jis: 'ISO-2022-JP', sjis: 'Shift_JIS', utf8: 'UTF-8' } as const;

/** RFC 2047 encoded words, each chunk self-contained, folded with LF+space */
export function encodeWords(s: string, mode: 'jis' | 'sjis' | 'utf8b' | 'utf8q'): string {
  const chars = Array.from(s);
  const words: string[] = [];
  if (mode === 'utf8q') {
    let cur = '';
    for (const ch of chars) {
      let t: string;
      if (/^[A-Za-z0-9!*+\-/]$/.test(ch)) t = ch;
      else if (ch === ' ') t = '_';
      else t = Array.from(Buffer.from(ch, 'utf8')).map((b) => '=' + b.toString(16).toUpperCase().padStart(2, '0')).join('');
      if (cur.length + t.length > 45) {
        words.push(`=?UTF-8?Q?${cur}?=`);
        cur = '';
      }
      cur += t;
    }
    if (cur) words.push(`=?UTF-8?Q?${cur}?=`);
    return words.join('\n ');
  }
  const cs = mode === 'utf8b' ? 'utf8' : mode;
  let chunk: string[] = [];
  const flush = (): void => {
    if (!chunk.length) return;
    words.push(`=?${csName[cs]}?B?${charsetBytes(chunk.join(''), cs).toString('base64')}?=`);
    chunk = [];
  };
  for (const ch of chars) {
    chunk.push(ch);
    if (charsetBytes(chunk.join(''), cs).length > 33) {
      chunk.pop();
      flush();
      chunk.push(ch);
    }
  }
  flush();
  return words.join('\n ');
}

function hdrMode(m: Msg): 'jis' | 'sjis' | 'utf8b' | 'utf8q' | 'raw' {
  if (m.hdr) return m.hdr;
  if (m.enc.startsWith('jis')) return 'jis';
  if (m.enc.startsWith('sjis')) return 'sjis';
  if (m.enc.startsWith('utf8')) return 'utf8b';
  return 'raw';
}

function encText(m: Msg, s: string, whole: boolean): string {
  if (isAscii(s)) return s;
  const mode = hdrMode(m);
  if (mode === 'raw') throw new Error(`${m.slug}: non-ASCII header text needs an encoding: ${s}`);
  if (whole) return encodeWords(s, mode);
  // keep a leading ASCII run raw (up to the last space before the first non-ASCII char)
  const firstNon = firstNonAscii(s);
  const cut = s.lastIndexOf(' ', firstNon);
  if (cut <= 0) return encodeWords(s, mode);
  return s.slice(0, cut + 1) + encodeWords(s.slice(cut + 1), mode);
}

/** "Name <addr>, Name2 <addr2>" → display names encoded when non-ASCII */
function encAddrList(m: Msg, v: string): string {
  return v
    .split(/,(?![^<]*>)/)
    .map((a) => a.trim())
    .map((a) => {
      const mm = /^(.*?)\s*<([^>]+)>$/.exec(a);
      if (!mm) return a;
      const name = (mm[1] ?? '').replace(/^"|"$/g, '');
      const addr = mm[2] ?? '';
      if (!name) return `<${addr}>`;
      if (!isAscii(name)) return `${encText(m, name, true)} <${addr}>`;
      return /[(),.:;@[\]\\"]/.test(name) ? `"${name}" <${addr}>` : `${name} <${addr}>`;
    })
    .join(', ');
}

export function addrOf(v: string): string[] {
  return v
    .split(/,(?![^<]*>)/)
    .map((a) => {
      const mm = /<([^>]+)>/.exec(a);
      return (mm ? (mm[1] ?? '') : a).trim().toLowerCase();
    })
    .filter(Boolean);
}

export function domainOf(v: string): string {
  const a = addrOf(v)[0] ?? '';
  return a.slice(a.indexOf('@') + 1);
}

export function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
}

function token(seed: string, len: number, alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'): string {
  let h = hash(seed);
  let out = '';
  for (let i = 0; i < len; i++) {
    h = Math.imul(h ^ (h >>> 15), 2246822519) >>> 0;
    h = (h + i * 2654435761) >>> 0;
    out += alphabet[h % alphabet.length];
  }
  return out;
}

function ipFor(domain: string): string {
  if (domain.endsWith('credly.com')) return '149.72.123.24';
  if (domain.endsWith('amazon.com') || domain.endsWith('aws.training') || domain.endsWith('support.aws.com')) return '54.240.48.' + (hash(domain) % 200 + 20);
  return '185.' + (hash(domain) % 250) + '.' + (hash(domain + 'x') % 250) + '.' + (hash(domain + 'y') % 250);
}

function defaultRelay(domain: string): string {
  if (domain.endsWith('credly.com')) return 'o1.ptr4417.credly.com';
  if (domain.endsWith('amazon.com') || domain.endsWith('aws.training') || domain.endsWith('support.aws.com')) return 'a48-' + (hash(domain) % 200 + 20) + '.smtp-out.amazonses.com';
  return 'mail.' + domain;
}

function traceHeaders(m: Msg): string[] {
  const dom = domainOf(m.from);
  const rcpt = m.rcpt ?? addrOf(m.to)[0] ?? 'unknown@example.com';
  const relay = m.relay ?? defaultRelay(dom);
  const ip = ipFor(m.relay ? m.relay : relay.includes('amazonses') ? 'amazon.com' : relay.includes('credly') ? 'credly.com' : dom);
  const qid = token(m.slug + 'q', 12, 'ABCDEFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxz0123456789');
  const rcvd = `Received: from ${relay} (${relay} [${ip}])\n\tby mx.test.example (Postfix) with ESMTPS id 4${qid}\n\tfor <${rcpt}>; ${m.date}`;
  const mailfrom = relay.includes('amazonses')
    ? `0100019${token(m.slug + 'mf', 9, '0123456789abcdef')}-${token(m.slug + 'mg', 8, '0123456789abcdef')}-000000@${dom.endsWith('amazon.com') ? 'amazonses.com' : dom}`
    : relay.includes('credly')
      ? `bounces+${hash(m.slug) % 9000000}-${token(m.slug, 4, 'abcdef0123456789')}=${rcpt.replace('@', '=')}@em.credly.com`
      : `bounce@${dom}`;
  const sel = dom.endsWith('credly.com') ? 's1' : dom.endsWith('amazon.com') ? 'rte02' : 'default';
  const b = token(m.slug + 'b', 8);
  const pass = `Authentication-Results: mx.test.example;\n\tdkim=pass (2048-bit key; unprotected) header.d=${dom} header.i=@${dom} header.s=${sel} header.b=${b};\n\tspf=pass (mx.test.example: domain of ${mailfrom} designates ${ip} as permitted sender) smtp.mailfrom=${mailfrom};\n\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=${dom}`;
  const upstream = `Received: from ${relay.replace(/^[^.]+/, 'smtp-relay')} (unknown [10.${hash(m.slug) % 200}.${hash(m.slug + 'u') % 200}.${hash(m.slug + 'v') % 200}])\n\tby ${relay} with ESMTP id ${token(m.slug + 'up', 10)}; ${m.date}`;
  switch (m.auth) {
    case 'pass':
      return [pass, rcvd];
    case 'dkimonly':
      return [`Authentication-Results: mx.test.example;\n\tdkim=pass header.d=${dom} header.s=${sel} header.b=${b};\n\tspf=none smtp.mailfrom=${dom}`, rcvd];
    case 'none':
      return [rcvd, upstream];
    case 'forgedBelow':
      return [
        rcvd,
        `Authentication-Results: mx.test.example; dkim=pass header.d=${dom}; spf=pass smtp.mailfrom=${dom}; dmarc=pass header.from=${dom}`,
        upstream,
      ];
    case 'fail':
      return [`Authentication-Results: mx.test.example;\n\tdkim=none (no signature);\n\tspf=softfail (mx.test.example: domain of transitioning ${mailfrom} does not designate ${ip} as permitted sender) smtp.mailfrom=${mailfrom};\n\tdmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=${dom}`, rcvd];
    case 'otherOnly':
      return [
        rcvd,
        `Authentication-Results: mx.google.com;\n\tdkim=pass header.i=@${dom} header.s=${sel} header.b=${b};\n\tspf=pass (google.com: domain of ${mailfrom} designates ${ip} as permitted sender) smtp.mailfrom=${mailfrom};\n\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=${dom}`,
        upstream,
      ];
    case 'lookalikeServer':
      return [`Authentication-Results: mx.test.example.mailhub-relay.net;\n\tdkim=pass header.d=${dom};\n\tdmarc=pass header.from=${dom}`, rcvd];
    case 'misaligned':
      return [`Authentication-Results: mx.test.example;\n\tdkim=pass header.d=sendgrid-bulk-7731.net header.s=s1 header.b=${b};\n\tspf=pass smtp.mailfrom=bounce@sendgrid-bulk-7731.net;\n\tdmarc=fail (p=REJECT sp=REJECT dis=NONE) header.from=${dom}`, rcvd];
    case 'failThenForged':
      return [
        `Authentication-Results: mx.test.example;\n\tdkim=none;\n\tspf=fail smtp.mailfrom=${dom};\n\tdmarc=fail (p=QUARANTINE) header.from=${dom}`,
        rcvd,
        `Authentication-Results: mx.test.example; dkim=pass header.d=${dom}; dmarc=pass header.from=${dom}`,
        upstream,
      ];
  }
}

function partHeadersAndBody(m: Msg, text: string, subtype: 'plain' | 'html'): { headers: string[]; body: Buffer } {
  const e = m.enc;
  const ctx = subtype === 'plain' && m.ctExtra ? `; ${m.ctExtra}` : '';
  const ct = (cs: string): string => `Content-Type: text/${subtype}; charset=${cs}${ctx}`;
  if (e === 'ascii7') {
    if (!isAscii(text)) throw new Error(`${m.slug}: us-ascii body has non-ASCII text`);
    return { headers: [ct('us-ascii'), 'Content-Transfer-Encoding: 7bit'], body: Buffer.from(text) };
  }
  if (e === 'utf8qp') return { headers: [ct('UTF-8'), 'Content-Transfer-Encoding: quoted-printable'], body: Buffer.from(qp(text)) };
  if (e === 'utf8b64') return { headers: [ct('"utf-8"'), 'Content-Transfer-Encoding: base64'], body: Buffer.from(b64wrap(Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8'))) };
  if (e === 'utf88bit') return { headers: [ct('utf-8'), 'Content-Transfer-Encoding: 8bit'], body: Buffer.from(text, 'utf8') };
  if (e === 'jis7') {
    const lines = text.split('\n').map((l) => toJis(l));
    return { headers: [ct('ISO-2022-JP'), 'Content-Transfer-Encoding: 7bit'], body: Buffer.concat(lines.flatMap((l, i) => (i ? [Buffer.from('\n'), l] : [l]))) };
  }
  if (e === 'jisb64') {
    const lines = text.split('\n').map((l) => toJis(l));
    const raw = Buffer.concat(lines.flatMap((l, i) => (i ? [Buffer.from('\r\n'), l] : [l])));
    return { headers: [ct('iso-2022-jp'), 'Content-Transfer-Encoding: base64'], body: Buffer.from(b64wrap(raw)) };
  }
  if (e === 'sjis8') return { headers: [ct('Shift_JIS'), 'Content-Transfer-Encoding: 8bit'], body: toSjis(text) };
  // sjisb64
  return { headers: [ct('shift_jis'), 'Content-Transfer-Encoding: base64'], body: Buffer.from(b64wrap(toSjis(text.replace(/\n/g, '\r\n')))) };
}

export function build(m: Msg): Buffer {
  const h: string[] = [];
  const fromDom = domainOf(m.from);
  if (m.resent) {
    // the redirecting hop's own trace sits above the original message
    h.push(...traceHeaders({ ...m, rcpt: addrOf(m.resent.to)[0] ?? '', date: m.resent.date }));
    h.push(`Resent-From: ${m.resent.from}`, `Resent-To: ${m.resent.to}`, `Resent-Date: ${m.resent.date}`, `Resent-Message-ID: <${token(m.slug + 'rs', 16)}@mail.corp.example.co.jp>`);
  } else {
    h.push(...traceHeaders(m));
  }
  const rcpt = m.rcpt ?? addrOf(m.to)[0];
  if (m.deliveredTo !== null && !m.resent) h.push(`Delivered-To: ${m.deliveredTo ?? rcpt}`);
  h.push(`Return-Path: <${m.relay ? 'bounce@' + m.relay.replace(/^[^.]+\./, '') : fromDom.includes('amazon') ? 'bounce-' + token(m.slug, 6, '0123456789') + '@amazonses.com' : addrOf(m.from)[0] ?? ''}>`);
  h.push(`From: ${encAddrList(m, m.from)}`);
  h.push(`To: ${encAddrList(m, m.to)}`);
  if (m.cc) h.push(`Cc: ${encAddrList(m, m.cc)}`);
  h.push(`Subject: ${encText(m, m.subject, m.wholeSubject ?? false)}`);
  h.push(`Date: ${m.date}`);
  h.push(`Message-ID: ${m.messageId ?? `<${token(m.slug + 'mid', 24)}@${fromDom || 'example.com'}>`}`);
  if (m.inReplyTo) h.push(`In-Reply-To: ${m.inReplyTo}`);
  if (m.references) h.push(`References: ${m.references}`);
  h.push('MIME-Version: 1.0');
  for (const x of m.extra ?? []) h.push(x);

  const parts: Buffer[] = [];
  if (m.text !== undefined && m.html !== undefined) {
    const bnd = `----=_Part_${hash(m.slug) % 1000000}_${hash(m.slug + 'b') % 100000000}.${1700000000000 + (hash(m.slug) % 99999999)}`;
    h.push(`Content-Type: multipart/alternative;\n\tboundary="${bnd}"`);
    const p1 = partHeadersAndBody(m, m.text, 'plain');
    const p2 = partHeadersAndBody(m, m.html, 'html');
    parts.push(Buffer.from(h.join('\n') + '\n\n'));
    for (const p of [p1, p2]) {
      parts.push(Buffer.from(`--${bnd}\n${p.headers.join('\n')}\n\n`), p.body, Buffer.from('\n'));
    }
    parts.push(Buffer.from(`--${bnd}--\n`));
  } else {
    const body = m.text ?? m.html;
    if (body === undefined) throw new Error(`${m.slug}: no body`);
    const p = partHeadersAndBody(m, body, m.text !== undefined ? 'plain' : 'html');
    h.push(...p.headers);
    parts.push(Buffer.from(h.join('\n') + '\n\n'), p.body, Buffer.from('\n'));
  }
  let out = Buffer.concat(parts);
  if (m.crlf !== false) {
    // LF → CRLF, binary-safe (no Shift_JIS/UTF-8 byte is 0x0A)
    const chunks: Buffer[] = [];
    let start = 0;
    for (let i = 0; i < out.length; i++) {
      if (out[i] === 0x0a && (i === 0 || out[i - 1] !== 0x0d)) {
        chunks.push(out.subarray(start, i), Buffer.from('\r\n'));
        start = i + 1;
      }
    }
    chunks.push(out.subarray(start));
    out = Buffer.concat(chunks);
  }
  return out;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** rfcDate('2026-01-13 09:41:22', '+0900') → 'Tue, 13 Jan 2026 09:41:22 +0900' (local time as given) */
export function rfcDate(local: string, tz = '+0000'): string {
  const mm = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(local);
  if (!mm) throw new Error(`bad date ${local}`);
  const [y, mo, d] = [Number(mm[1]), Number(mm[2]), Number(mm[3])];
  const wd = new Date(Date.UTC(y, mo - 1, d)).getUTCDay();
  return `${DAYS[wd]}, ${d} ${MONTHS[mo - 1]} ${y} ${mm[4]}:${mm[5]}:${mm[6]} ${tz}`;
}

// ---- an independent check of the labelling guide's trust/forUser rules, so a
// ---- label can't silently disagree with the bytes we wrote.
export const USER_ADDRS = [
  'taro.personal@example.com',
  'taro@corp.example.co.jp',
  'hanako.sato@example.jp',
  'hanako@oldcorp.example.com',
  'alex.kim@example.com',
  'a.kim@work.example.net',
  'priya.n@example.org',
  'maria.garcia@example.es',
  // fu personas
  'kenji.watanabe@example.jp',
  'watanabe.k@fintech.example.co.jp',
  'yuki.mori@example.net',
  'mori@lab.example.ac.jp',
  'ryo.ishikawa@example.co.jp',
  'r-ishikawa@sier.example.jp',
  'emily.chen@example.com',
  'echen@globex.example',
];
const TRUSTED = ['amazon.com', 'aws.amazon.com', 'support.aws.com', 'aws.training', 'credly.com'];
const trustedDomain = (d: string): boolean => TRUSTED.some((t) => d === t || d.endsWith('.' + t));

export function headerList(raw: Buffer): Array<[string, string]> {
  const s = raw.toString('latin1').replace(/\r\n/g, '\n');
  const head = s.slice(0, s.indexOf('\n\n'));
  const out: Array<[string, string]> = [];
  for (const line of head.split('\n')) {
    if (/^[ \t]/.test(line) && out.length) {
      const last = out[out.length - 1];
      if (last) last[1] += ' ' + line.trim();
    } else {
      const i = line.indexOf(':');
      out.push([line.slice(0, i).toLowerCase(), line.slice(i + 1).trim()]);
    }
  }
  return out;
}

export function checkTrusted(raw: Buffer): boolean {
  const hs = headerList(raw);
  const first = hs[0];
  if (!first || first[0] !== 'authentication-results') return false;
  const v = first[1];
  if (!/^mx\.test\.example\s*;/.test(v)) return false;
  const mxIdx = hs.findIndex(([k, val]) => k === 'received' && /by mx\.test\.example[\s;]/.test(val));
  if (mxIdx < 1) return false;
  const from = hs.find(([k]) => k === 'from')?.[1] ?? '';
  const dom = domainOf(from);
  if (!trustedDomain(dom)) return false;
  const dm = /dmarc=pass[^;]*header\.from=([^\s;]+)/.exec(v);
  if (dm && dm[1]?.toLowerCase() === dom) return true;
  const dk = /dkim=pass[^;]*header\.d=([^\s;]+)/.exec(v);
  if (dk) {
    const d = dk[1]?.toLowerCase() ?? '';
    if (d === dom || dom.endsWith('.' + d) || d.endsWith('.' + dom)) return true;
  }
  return false;
}

export function checkForUser(raw: Buffer): boolean {
  const hs = headerList(raw);
  if (hs.some(([k]) => k.startsWith('resent-'))) return false;
  const addrs = hs.filter(([k]) => ['to', 'cc', 'delivered-to', 'x-original-to'].includes(k)).flatMap(([, v]) => addrOf(v));
  return addrs.some((a) => USER_ADDRS.includes(a));
}
