// Generates the heldout/e corpus: node --import tsx test/mail/corpus/heldout/e/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script. The order is
// a fixed shuffle so that file numbers and names say nothing about the kind.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { build, checkForUser, checkTrusted, hash, type Msg } from './lib.js';
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

const all: Msg[] = shuffle([...JA, ...EN], 0x0e5eed26);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) throw new Error(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) throw new Error(`${m.slug}: bad case ID ${m.caseId}`);
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();
const labels: string[] = ['# heldout/e labels; see README.md. Held-out: never tune certmerge on this set.'];
const names = new Set<string>();
let i = 0;
for (const m of all) {
  i++;
  const h = hash(m.slug + '/e').toString(16).padStart(8, '0').slice(0, 8);
  const name = `${String(i).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
  if (names.has(name)) throw new Error(`duplicate file name ${name}`);
  names.add(name);
  const raw = build(m);
  // labels must agree with the guide's trust/forUser rules applied to the bytes
  if (checkTrusted(raw) !== m.trusted) throw new Error(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) throw new Error(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
  // the case ID, when labelled, must be in the bytes somewhere (subject or decoded body)
  // mailparser round trip: decodes cleanly, subject and body survive
  const p = await simpleParser(raw);
  const body = (p.text ?? '') + '\n' + (typeof p.html === 'string' ? p.html : '');
  const everything = (p.subject ?? '') + '\n' + body;
  if (/\uFFFD/.test(everything)) throw new Error(`${name} (${m.slug}): replacement character after decoding`);
  if (/\x1b/.test(everything)) throw new Error(`${name} (${m.slug}): leftover escape sequence after decoding`);
  if (norm(p.subject ?? '') !== norm(m.subject)) throw new Error(`${name} (${m.slug}): subject round trip ${y(p.subject ?? '')} != ${y(m.subject)}`);
  const probe = norm((m.text ?? m.html ?? '').split('\n').find((l) => l.trim().length > 8 && !/[<>&]/.test(l)) ?? '');
  if (probe && !norm(body).includes(probe)) throw new Error(`${name} (${m.slug}): body line lost in round trip: ${y(probe)}`);
  if (m.caseId !== null && !everything.includes(m.caseId)) throw new Error(`${name} (${m.slug}): case ID ${m.caseId} not in the decoded message`);
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
  console.log(`  ${k.padEnd(22)} ${count((m) => m.kind === k)} (ja ${count((m) => m.kind === k && m.lang === 'ja')}, en ${count((m) => m.kind === k && m.lang === 'en')}, traps ${count((m) => m.kind === k && m.trap)}, untrusted ${count((m) => m.kind === k && !m.trusted)})`);
}
const encs = [...new Set(all.map((m) => m.enc))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
console.log(`html-only: ${count((m) => m.html !== undefined && m.text === undefined)}  multipart/alternative: ${count((m) => m.html !== undefined && m.text !== undefined)}  LF: ${count((m) => m.crlf === false)}`);
