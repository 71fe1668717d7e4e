// Set `be`: people, case IDs, quoting helpers and small attachment blobs.
import { deflateSync } from 'node:zlib';
import type { Att, Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const CERT_PORTAL = 'AWS Certification <no-reply@certification.aws.training>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const KEN = { ja: '鈴木 健一', en: 'Kenichi Suzuki', keep: 'kenichi.suzuki@example.jp', src: 'k-suzuki@former.example.co.jp', keepId: 'AWS40719385', srcId: 'AWS62250817' };
export const MISAKI = { ja: '高橋 美咲', en: 'Misaki Takahashi', keep: 'misaki.t@example.net', src: 'takahashi.m@corp-b.example.jp', keepId: 'AWS18836402', srcId: 'AWS90413376' };
export const SHO = { ja: '中村 翔', en: 'Sho Nakamura', keep: 'sho.nakamura@example.com', src: 'nakamura@lab.example.ac.jp', keepId: 'AWS55071248', srcId: 'AWS33908615' };
export const DANA = { name: 'Dana Whitfield', keep: 'dana.w@example.org', src: 'dwhitfield@oldco.example', keepId: 'AWS27764019', srcId: 'AWS81150932' };
export const OMAR = { name: 'Omar Haddad', keep: 'omar.haddad@example.com', src: 'ohaddad@consult.example.net', keepId: 'AWS64418270', srcId: 'AWS05592381' };
export const LENA = { name: 'Lena Fischer', keep: 'lena.fischer@example.de', src: 'l.fischer@agency.example.com', keepId: 'AWS73305164', srcId: 'AWS49927610' };

export const CASE = {
  ken: '17803361942',
  ken2: '1781120457',
  misaki: '176550398211',
  misakiDup: '1765504412',
  sho: '1779012236504',
  sho2: '17790555108',
  dana: '1773918260',
  dana2: '177420035591',
  omar: '17688104273',
  lena: '1784407719320',
  lenaOther: '1784461123',
  shoOther: '1791002388',
  omarOther: '17925501846',
} as const;

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const sfOriginal = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfOriginalJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- 元のメッセージ ---------------\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const outlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const outlookEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const gmailJa = (when: string, who: string, body: string): string => `${when} ${who}:\n\n${quote(body)}`;
export const gmailEn = (when: string, who: string, body: string): string => `On ${when}, ${who} wrote:\n\n${quote(body)}`;
export const sfRef = (seed: string): string => `ref:_00DE0Jz9Q._500Hs${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

// ---- small binary blobs, built deterministically ----
const crcTable = ((): number[] => {
  const t: number[] = [];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t.push(c >>> 0);
  }
  return t;
})();
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = (crcTable[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
/** a small grey-ish PNG (w×h) with an optional tEXt Description chunk */
export function png(w: number, h: number, seed: number, description?: string): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const rows: Buffer[] = [];
  for (let y = 0; y < h; y++) {
    const row = Buffer.alloc(w + 1);
    for (let x = 0; x < w; x++) row[x + 1] = (x * 7 + y * 13 + seed * 31) & 0xff;
    rows.push(row);
  }
  const parts = [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr)];
  if (description) parts.push(chunk('tEXt', Buffer.from('Description\0' + description, 'latin1')));
  parts.push(chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })), chunk('IEND', Buffer.alloc(0)));
  return Buffer.concat(parts);
}
/** a tiny one-page PDF whose page shows the given ASCII lines */
export function pdf(title: string, lines: string[]): Buffer {
  const escp = (s: string): string => s.replace(/\\/g, '\\\\').replace(/\(/g, '\\(').replace(/\)/g, '\\)');
  const stream = ['BT /F1 11 Tf 50 780 Td 14 TL', ...lines.map((l) => `(${escp(l)}) '`), 'ET'].join('\n');
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    `<< /Title (${escp(title)}) /Producer (be-corpus) >>`,
  ];
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offs: number[] = [];
  objs.forEach((o, i) => {
    offs.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offs.map((o) => String(o).padStart(10, '0') + ' 00000 n \n').join('')}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
/** 1×1 transparent GIF (tracking pixel / spacer) */
export const GIF1 = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

export const shot = (name: string, seed: number, desc?: string): Att => ({ name, type: 'image/png', content: png(24, 16, seed, desc) });
export const inlineImg = (name: string, cid: string, seed: number): Att => ({ name, type: 'image/png', content: png(40, 12, seed), cid });

/** defaults shared by every message; each message overrides what it needs */
export type Draft = Omit<Msg, 'trusted' | 'forUser' | 'auth' | 'trap'> & Partial<Pick<Msg, 'trusted' | 'forUser' | 'auth' | 'trap'>>;
export const mk = (d: Draft): Msg => ({ trusted: true, forUser: true, auth: 'pass', trap: false, ...d });
