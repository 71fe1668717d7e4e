// Attachment payloads for set cp: a small text-bearing PDF letter, a tiny PNG
// "scan", and iCalendar invitations. All deterministic.
import { deflateSync, crc32 } from 'node:zlib';

const isAscii = (s: string): boolean => /^[\x00-\x7f]*$/.test(s);

/** A one-page PDF whose lines are real text: ASCII lines in Helvetica, others in a CID font (UniJIS-UCS2-H). */
export function pdfLetter(title: string, lines: string[]): Buffer {
  const esc = (s: string): string => s.replace(/\\/g, '\\\\').replace(/\(/g, '\\(').replace(/\)/g, '\\)');
  const utf16hex = (s: string): string => {
    let out = '';
    for (const ch of s) {
      const cp = ch.codePointAt(0) ?? 0x3f;
      out += (cp > 0xffff ? 0x3013 : cp).toString(16).toUpperCase().padStart(4, '0');
    }
    return out;
  };
  let y = 790;
  const ops: string[] = [];
  for (const l of [title, '', ...lines]) {
    if (l !== '') ops.push(isAscii(l) ? `BT /F1 10 Tf 56 ${y} Td (${esc(l)}) Tj ET` : `BT /F2 10 Tf 56 ${y} Td <${utf16hex(l)}> Tj ET`);
    y -= 15;
  }
  const content = ops.join('\n');
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 8 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type0 /BaseFont /KozMinPr6N-Regular /Encoding /UniJIS-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /KozMinPr6N-Regular /CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 6 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /KozMinPr6N-Regular /Flags 6 /FontBBox [-437 -340 1147 1317] /ItalicAngle 0 /Ascent 1317 /Descent -349 /CapHeight 742 /StemV 80 >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
  ];
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offs: number[] = [];
  objs.forEach((o, i) => {
    offs.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n`;
  for (const o of offs) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td) >>> 0);
  return Buffer.concat([len, td, crc]);
}

/** A small grey "scan" PNG with a tEXt description (what an image letter's alt text would say). */
export function pngScan(seed: number, description: string): Buffer {
  const w = 64;
  const h = 40;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const raw = Buffer.alloc((w + 1) * h);
  for (let yy = 0; yy < h; yy++) {
    raw[yy * (w + 1)] = 0;
    for (let x = 0; x < w; x++) {
      const ink = yy > 4 && yy % 5 < 2 && x > 4 && x < 20 + ((seed * 7 + yy * 13) % 40);
      raw[yy * (w + 1) + 1 + x] = ink ? 60 : 245;
    }
  }
  const text = Buffer.concat([Buffer.from('Description\0', 'latin1'), Buffer.from(description.replace(/[^\x20-\x7e]/g, '?'), 'latin1')]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('tEXt', text),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** fold an iCalendar content line at 75 octets without splitting a UTF-8 character */
function foldIcs(line: string): string {
  const out: string[] = [];
  let cur = '';
  let limit = 75;
  for (const ch of line) {
    if (Buffer.byteLength(cur + ch, 'utf8') > limit) {
      out.push(cur);
      cur = '';
      limit = 74;
    }
    cur += ch;
  }
  out.push(cur);
  return out.join('\n ');
}

const icsText = (s: string): string => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');

export interface Invite {
  method: 'REQUEST' | 'CANCEL';
  uid: string;
  organizer: { name: string; addr: string };
  attendees: Array<{ name: string; addr: string }>;
  summary: string;
  description: string;
  location: string;
  start: string; // 20260114T050000Z
  end: string;
  stamp: string;
  sequence?: number;
  prodid?: string;
}

/** iCalendar text with LF line ends (the builder turns LF into CRLF) */
export function ics(v: Invite): string {
  const lines = [
    'BEGIN:VCALENDAR',
    `PRODID:${v.prodid ?? '-//Amazon.com//Support Scheduler 2.1//EN'}`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    `METHOD:${v.method}`,
    'BEGIN:VEVENT',
    `DTSTART:${v.start}`,
    `DTEND:${v.end}`,
    `DTSTAMP:${v.stamp}`,
    `ORGANIZER;CN=${v.organizer.name}:mailto:${v.organizer.addr}`,
    `UID:${v.uid}`,
    ...v.attendees.map((a) => `ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=${a.name}:mailto:${a.addr}`),
    `DESCRIPTION:${icsText(v.description)}`,
    `LOCATION:${icsText(v.location)}`,
    `SEQUENCE:${v.sequence ?? 0}`,
    `STATUS:${v.method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED'}`,
    `SUMMARY:${icsText(v.summary)}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldIcs).join('\n');
}
