// Generates the bt unmeasured corpus:
//   cd /work/main && node --import tsx test/mail/corpus/unmeasured/bt/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a
// fixed shuffle so that file numbers and names say nothing about the kind.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { JA } from './msgs-ja.js';
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

function fail(name: string, why: string): never {
  throw new Error(`${name}: ${why}`);
}

const all: Msg[] = shuffle([...JA, ...EN], 20260206);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(m.slug, 'duplicate slug');
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(m.slug, `bad case ID ${m.caseId}`);
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

// JIS 0x2141 etc. decode to either the JIS or the Microsoft code point: the same character on the wire
const norm = (s: string): string =>
  s
    .replace(/\r\n/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\uFF5E/g, '\u301C')
    .replace(/\uFF0D/g, '\u2212')
    .replace(/\u2225/g, '\u2016')
    .trim();
const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# bt unmeasured corpus labels; see README.md. Written blind; never tune certmerge on this set.'];

let i = 0;
for (const m of all) {
  i++;
  const hash = createHash('sha256').update('bt:' + m.slug).digest('hex').slice(0, 8);
  const name = `${String(i).padStart(3, '0')}-${m.lang}-${m.enc}-${hash}.eml`;
  const raw = build(m);

  // labels must agree with the guide's trust/forUser rules applied to the bytes
  if (checkTrusted(raw) !== m.trusted) fail(name, `trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(name, `forUser label ${m.forUser} but bytes say ${!m.forUser}`);
  if (raw.includes(0x1b) && !/charset=(ISO-2022-JP|iso-2022-jp)/.test(raw.toString('latin1'))) fail(name, 'ESC byte outside ISO-2022-JP');

  // mailparser round trip
  const p = await simpleParser(raw);
  if (p.subject !== m.subject) fail(name, `subject decodes to ${y(p.subject ?? '')}, wrote ${y(m.subject)}`);
  const fromAddr = addrOf(m.from)[0] ?? '';
  const fromName = (/^(.*?)\s*</.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
  const pf = p.from?.value[0];
  if (!pf || pf.address !== fromAddr || pf.name !== fromName) fail(name, `From decodes to ${y(JSON.stringify(pf))}`);
  const text = p.text ?? '';
  const html = typeof p.html === 'string' ? p.html : '';
  if (m.text !== undefined && norm(text) !== norm(m.text)) fail(name, `text part does not round-trip:\n${text}`);
  if (m.html !== undefined && norm(html) !== norm(m.html)) fail(name, `html part does not round-trip:\n${html}`);
  for (const s of [p.subject ?? '', text, html, pf.name]) {
    if (s.includes('\uFFFD')) fail(name, 'U+FFFD after decoding');
    if (s.includes('\x1b')) fail(name, 'leftover ESC after decoding');
  }
  const hay = [m.subject, m.text ?? '', m.html ?? ''].join('\n');
  if (m.caseId !== null && !hay.includes(m.caseId)) fail(name, 'labelled case ID not in the message');
  for (const id of hay.match(/\b1[78]\d{8,11}\b/g) ?? []) if (id !== m.caseId && m.caseId === null) fail(name, `case ID ${id} present but labelled null`);

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
console.log(`html-only ${count((m) => m.html !== undefined && m.text === undefined)}, multipart/alternative ${count((m) => m.html !== undefined && m.text !== undefined)}, LF-only ${count((m) => m.crlf === false)}`);
