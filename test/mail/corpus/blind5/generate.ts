// Generates heldout/d: node --import tsx test/mail/corpus/heldout/d/generate.ts
// Writes NNN-<lang>-<slug>.eml and labels.yaml next to this script. The order is a
// fixed shuffle so that file numbers say nothing about the kind.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { build, checkForUser, checkTrusted, type Msg } from './lib.js';
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

const all: Msg[] = shuffle([...JA, ...EN], 20261207);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) throw new Error(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) throw new Error(`${m.slug}: bad case ID ${m.caseId}`);
  if (m.caseId !== null) {
    const hay = [m.subject, m.text ?? '', m.html ?? ''].join('\n');
    if (!hay.includes(m.caseId)) throw new Error(`${m.slug}: case ID ${m.caseId} not in the message`);
  }
}

/** first non-empty, tag-free line of a body: must survive a mailparser round trip */
function probe(s: string): string {
  for (const line of s.split('\n')) {
    const t = line.replace(/<[^>]*>/g, '').replace(/&[a-z]+;/g, '').trim();
    if (t.length >= 2) return t.slice(0, 24);
  }
  return '';
}

/** file-name tail that says nothing about kind, trust or trap: body encoding + a token from the slug */
function neutral(m: Msg): string {
  let h = 2166136261;
  for (let i = 0; i < m.slug.length; i++) h = Math.imul(h ^ m.slug.charCodeAt(i), 16777619) >>> 0;
  const enc = { ascii7: 'ascii', utf8qp: 'utf8-qp', utf8b64: 'utf8-b64', utf88bit: 'utf8-8bit', jis7: 'jis', jisb64: 'jis-b64', sjis8: 'sjis', sjisb64: 'sjis-b64' }[m.enc];
  return `${enc}-${h.toString(36).slice(0, 5)}`;
}
const names = new Set<string>();

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# heldout/d labels; see README.md and ../../LABELLING.md. Never tune certmerge on this set.'];
for (const [i, m] of all.entries()) {
  const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${neutral(m)}.eml`;
  if (names.has(neutral(m))) throw new Error(`${m.slug}: file-name token collides`);
  names.add(neutral(m));
  const raw = build(m);
  // labels must agree with the guide's trust/forUser rules applied to the bytes
  if (checkTrusted(raw) !== m.trusted) throw new Error(`${name}: trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) throw new Error(`${name}: forUser label ${m.forUser} but bytes say ${!m.forUser}`);
  // mailparser round trip: clean decode, the text survives
  const p = await simpleParser(raw);
  const body = m.text !== undefined ? (p.text ?? '') : typeof p.html === 'string' ? p.html : '';
  for (const [what, s] of [['subject', p.subject ?? ''], ['body', body], ['from', p.from?.text ?? '']] as const) {
    if (s.includes('\uFFFD')) throw new Error(`${name}: replacement character in ${what}`);
    if (s.includes('\x1b')) throw new Error(`${name}: escape sequence left in ${what}`);
    if (/=\?[^?]+\?[BQ]\?/i.test(s)) throw new Error(`${name}: undecoded encoded-word in ${what}`);
  }
  if ((p.subject ?? '') !== m.subject) throw new Error(`${name}: subject round trip ${y(p.subject ?? '')} != ${y(m.subject)}`);
  const want = m.text !== undefined ? probe(m.text) : (m.html ?? '').split('\n').reduce((a, b) => (b.length > a.length ? b : a), '');
  if (!body.replace(/\r\n/g, '\n').includes(want)) throw new Error(`${name}: body does not round-trip (${y(want)})`);
  if (m.text !== undefined && m.html !== undefined && typeof p.html !== 'string') throw new Error(`${name}: html part lost`);
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
console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}  resent: ${count((m) => !!m.resent)}`);
for (const k of kinds) {
  console.log(`  ${k.padEnd(22)} ${count((m) => m.kind === k)} (ja ${count((m) => m.kind === k && m.lang === 'ja')}, en ${count((m) => m.kind === k && m.lang === 'en')}, traps ${count((m) => m.kind === k && m.trap)}, untrusted ${count((m) => m.kind === k && !m.trusted)})`);
}
const encs = [...new Set(all.map((m) => m.enc))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
console.log(`html-only: ${count((m) => m.text === undefined)}  multipart/alternative: ${count((m) => m.text !== undefined && m.html !== undefined)}  LF: ${count((m) => m.crlf === false)}`);
console.log(`auth: ` + [...new Set(all.map((m) => m.auth))].sort().map((a) => `${a} ${count((m) => m.auth === a)}`).join(', '));
