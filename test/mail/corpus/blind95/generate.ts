// Generates set cp ("mail inside mail", unmeasured):
//   cd /work/main && node --import tsx test/mail/corpus/unmeasured/cp/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script. The order is a
// fixed shuffle, so file numbers and names say nothing about the kind.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser, type ParsedMail } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Msg, type Node } from './lib.js';
import { JA1 } from './msgs-ja1.js';
import { JA2 } from './msgs-ja2.js';
import { EN } from './msgs-en.js';

const here = dirname(fileURLToPath(import.meta.url));

// deterministic shuffle (mulberry32)
function shuffle<T>(xs: T[], seed: number): T[] {
  const a = xs.slice();
  let s = seed >>> 0;
  const rnd = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = a.length - 1; i > 0; i--) {
    const k = Math.floor(rnd() * (i + 1));
    const x = a[i] as T;
    a[i] = a[k] as T;
    a[k] = x;
  }
  return a;
}

const fail = (msg: string): never => {
  throw new Error(msg);
};

/** the first text/plain (else text/html) leaf of a message, for the round-trip probe */
function firstText(m: Msg): { body: string; html: boolean } | null {
  if (!m.mime) return m.text !== undefined ? { body: m.text, html: false } : m.html !== undefined ? { body: m.html, html: true } : null;
  const walk = (n: Node, want: 'plain' | 'html'): string | null => {
    if (n.t === 'text' && n.sub === want && !n.disp) return n.body;
    if (n.t === 'multi') for (const p of n.parts) {
      const r = walk(p, want);
      if (r !== null) return r;
    }
    return null;
  };
  const p = walk(m.mime, 'plain');
  if (p !== null) return { body: p, html: false };
  const h = walk(m.mime, 'html');
  return h !== null ? { body: h, html: true } : null;
}

const norm = (s: string): string => s.replace(/\s+/g, '');
function probeOf(m: Msg): string {
  if (m.probe) return m.probe;
  const ft = firstText(m);
  if (!ft) return fail(`${m.slug}: no text part`);
  const src = ft.html ? ft.body.replace(/<(style|head)[\s\S]*?<\/\1>/gi, '').replace(/<[^>]+>/g, '\n').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>') : ft.body;
  const line = src.split('\n').map((l) => l.trim()).find((l) => l.length >= 6 && !/^[>-]/.test(l)) ?? fail(`${m.slug}: no probe line`);
  return line.slice(0, 16);
}

function bad(s: string): string | null {
  if (s.includes('\uFFFD')) return 'U+FFFD';
  if (s.includes('\u001b')) return 'ESC';
  return null;
}

/** decoded text of a parsed message and of every message inside it */
async function decodedAll(p: ParsedMail, where: string, depth = 0): Promise<string> {
  let out = `${p.subject ?? ''}\n${p.text ?? ''}\n${typeof p.html === 'string' ? p.html : ''}`;
  const b = bad(out);
  if (b) fail(`${where}: ${b} in decoded text (depth ${depth})`);
  for (const a of p.attachments) {
    if (a.contentType === 'message/rfc822') {
      const q = await simpleParser(a.content);
      out += '\n' + (await decodedAll(q, where, depth + 1));
    } else if (a.contentType.startsWith('text/') || a.contentType.startsWith('message/')) {
      const t = a.content.toString('utf8');
      out += '\n' + t;
    } else {
      out += '\n' + a.content.toString('latin1');
    }
  }
  return out;
}

const all: Msg[] = shuffle([...JA1, ...JA2, ...EN], 20261207);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# Set cp (unmeasured): mail inside mail. Labels follow test/mail/corpus/LABELLING.md; see README.md.'];
for (const [i, m] of all.entries()) {
  const h = createHash('sha256').update('cp:' + m.slug).digest('hex').slice(0, 8);
  const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
  const raw = build(m);
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
  const p = await simpleParser(raw);
  if ((p.subject ?? '') !== m.subject) fail(`${m.slug}: subject decodes to ${y(p.subject ?? '')}, wrote ${y(m.subject)}`);
  const f0 = p.from?.value[0];
  const wantAddr = addrOf(m.from)[0] ?? '';
  const wantName = (/^(.*?)\s*<[^>]+>$/.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
  if ((f0?.address ?? '').toLowerCase() !== wantAddr) fail(`${m.slug}: From address ${f0?.address} != ${wantAddr}`);
  if ((f0?.name ?? '') !== wantName) fail(`${m.slug}: From name ${y(f0?.name ?? '')} != ${y(wantName)}`);
  const everything = await decodedAll(p, m.slug);
  const probe = probeOf(m);
  const htmlText = typeof p.html === 'string' ? p.html.replace(/<[^>]+>/g, ' ') : '';
  if (!norm(p.text ?? '').includes(norm(probe)) && !norm(htmlText).includes(norm(probe))) fail(`${m.slug}: probe ${y(probe)} not in decoded text: ${y((p.text ?? '').slice(0, 300))}`);
  if (m.caseId !== null && !everything.includes(m.caseId)) fail(`${m.slug}: case ID ${m.caseId} not found in the message`);
  writeFileSync(join(here, name), raw);
  labels.push(
    `${name}:`,
    `  kind: ${m.kind}`,
    `  language: ${m.lang}`,
    `  trusted: ${m.trusted}`,
    `  forUser: ${m.forUser}`,
    `  supportCaseId: ${m.caseId === null ? 'null' : y(m.caseId)}`,
    `  trap: ${m.trap}`,
    `  note: ${y(m.note)}`,
  );
}
writeFileSync(join(here, 'labels.yaml'), labels.join('\n') + '\n');

// summary for the README
const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
const kinds = [...new Set(all.map((m) => m.kind))].sort();
console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}`);
console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
for (const k of kinds) {
  console.log(`| ${k} | ${count((m) => m.kind === k)} | ${count((m) => m.kind === k && m.lang === 'ja')} | ${count((m) => m.kind === k && m.lang === 'en')} | ${count((m) => m.kind === k && m.trap)} | ${count((m) => m.kind === k && !m.trusted)} |`);
}
const encs = [...new Set(all.map((m) => m.enc))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
