// Generates the "es" set (aspect words; unmeasured):
//   cd /work/main && node --import tsx test/mail/corpus/unmeasured/es/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a fixed shuffle,
// and stops when a label disagrees with the bytes or a message does not decode cleanly.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { JA } from './msgs-ja.js';
import { EN } from './msgs-en.js';

const here = dirname(fileURLToPath(import.meta.url));

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

JA.forEach((m, i) => (m.slug = `es-ja-${String(i + 1).padStart(3, '0')}`));
EN.forEach((m, i) => (m.slug = `es-en-${String(i + 1).padStart(3, '0')}`));
const all: Msg[] = shuffle([...JA, ...EN], 20261207);

const norm = (s: string): string => s.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/\s+/g, '');
const displayName = (v: string): string => (/^(.*?)\s*<[^>]+>$/.exec(v)?.[1] ?? '').replace(/^"|"$/g, '');

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# es set labels (aspect words; unmeasured). See README.md.'];
let i = 0;
for (const m of all) {
  i++;
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) throw new Error(`${m.slug}: bad case ID ${m.caseId}`);
  const hash = createHash('sha256').update(m.slug).digest('hex').slice(0, 8);
  const name = `${String(i).padStart(3, '0')}-${m.lang}-${m.html !== undefined && m.text === undefined ? m.enc + '-html' : m.html !== undefined ? m.enc + '-alt' : m.enc}-${hash}.eml`;
  const raw = build(m);
  if (checkTrusted(raw) !== m.trusted) throw new Error(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) throw new Error(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
  if (m.caseId !== null && !raw.toString('latin1').includes(m.caseId)) {
    // the ID may sit inside an encoded body; check the decoded text below instead
  }
  const p = await simpleParser(raw);
  const body = (p.text ?? '') + '\n' + (typeof p.html === 'string' ? p.html : '');
  const bad = (why: string): never => {
    throw new Error(`${name} (${m.slug}): ${why}`);
  };
  if ((p.subject ?? '') !== m.subject) bad(`subject decodes to ${y(p.subject ?? '')}`);
  const f0 = p.from?.value[0];
  if ((f0?.address ?? '') !== (addrOf(m.from)[0] ?? '')) bad(`From address decodes to ${f0?.address}`);
  if ((f0?.name ?? '') !== displayName(m.from)) bad(`From name decodes to ${y(f0?.name ?? '')}`);
  const want = norm(m.text ?? m.html ?? '');
  const got = norm(m.text !== undefined ? (p.text ?? '') : typeof p.html === 'string' ? p.html : '');
  if (!got.includes(want.slice(0, 400))) bad('body does not contain the written text');
  if (/\uFFFD/.test(body + (p.subject ?? '') + (f0?.name ?? ''))) bad('replacement character after decoding');
  if (/\x1b/.test(body + (p.subject ?? ''))) bad('leftover ESC after decoding');
  if (m.caseId !== null && !(body + (p.subject ?? '')).includes(m.caseId)) bad('case ID not found in the decoded message');
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

const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
const kinds = [...new Set(all.map((m) => m.kind))].sort();
console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}`);
console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
for (const k of kinds) {
  console.log(`  ${k.padEnd(22)} ${count((m) => m.kind === k)} (ja ${count((m) => m.kind === k && m.lang === 'ja')}, en ${count((m) => m.kind === k && m.lang === 'en')}, traps ${count((m) => m.kind === k && m.trap)}, untrusted ${count((m) => m.kind === k && !m.trusted)})`);
}
const encs = [...new Set(all.map((m) => m.enc))].sort();
console.log('encodings: ' + encs.map((x) => `${x} ${count((m) => m.enc === x)}`).join(', '));
console.log(`html-only ${count((m) => m.html !== undefined && m.text === undefined)}, multipart/alternative ${count((m) => m.html !== undefined && m.text !== undefined)}`);
