// Generates unmeasured set u: node --import tsx test/mail/corpus/unmeasured/u/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script. The order is a
// fixed shuffle, so neither the number nor the name says anything about the kind.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { build, checkForUser, checkTrusted, hash, type Msg } from './lib.js';
import { ID } from './common.js';
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

const all: Msg[] = shuffle([...JA, ...EN], 20261206);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) throw new Error(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) throw new Error(`${m.slug}: bad case ID ${m.caseId}`);
}

// comparison helpers: whitespace-insensitive, wave-dash/minus variants folded
const norm = (s: string): string =>
  s
    .replace(/\uFF5E/g, '\u301C')
    .replace(/\uFF0D/g, '\u2212')
    .replace(/\u2225/g, '\u2016')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, '');
const nameAddr = (v: string): { name: string; address: string } => {
  const mm = /^(.*?)\s*<([^>]+)>$/.exec(v.trim());
  return mm ? { name: (mm[1] ?? '').replace(/^"|"$/g, ''), address: (mm[2] ?? '').toLowerCase() } : { name: '', address: v.trim().toLowerCase() };
};
const allIds: string[] = Object.values(ID);

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# Unmeasured set u labels; see README.md. Never tune certmerge on this set.'];
let i = 0;
for (const m of all) {
  i++;
  const name = `${String(i).padStart(3, '0')}-${m.lang}-${m.enc}-${hash(m.slug).toString(16).padStart(8, '0').slice(0, 6)}.eml`;
  const raw = build(m);
  const fail = (why: string): never => {
    throw new Error(`${name} (${m.slug}): ${why}`);
  };
  if (checkTrusted(raw) !== m.trusted) fail(`trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`forUser label ${m.forUser} but bytes say ${!m.forUser}`);
  // mailparser round trip
  const p = await simpleParser(raw);
  if (p.subject !== m.subject) fail(`subject decodes to ${y(p.subject ?? '')}`);
  const want = nameAddr(m.from);
  const got = p.from?.value[0];
  if (!got || got.address?.toLowerCase() !== want.address || got.name !== want.name) fail(`From decodes to ${y(JSON.stringify(got))}`);
  const text = p.text ?? '';
  const html = typeof p.html === 'string' ? p.html : '';
  if (m.text !== undefined && !norm(text).includes(norm(m.text))) fail('text body does not round-trip');
  if (m.html !== undefined && !norm(html).includes(norm(m.html))) fail('html body does not round-trip');
  const everything = `${p.subject ?? ''}\n${text}\n${html}`;
  if (everything.includes('\uFFFD')) fail('U+FFFD in decoded text');
  if (everything.includes('\x1b')) fail('leftover ESC in decoded text');
  if (m.caseId !== null && !everything.includes(m.caseId)) fail(`case ID ${m.caseId} not in the message`);
  if (m.caseId === null) for (const id of allIds) if (everything.includes(id)) fail(`labelled without case ID but carries ${id}`);
  if (m.caseId !== null && m.kind !== 'unrelated' && !Object.values(ID).includes(m.caseId as never)) fail('unknown case ID');
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

// mix requirements of the brief
const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
const kinds = [...new Set(all.map((m) => m.kind))].sort();
if (count((m) => m.lang === 'ja') / all.length < 0.55) throw new Error('less than 55% Japanese');
for (const k of kinds) if (count((m) => m.kind === k) < 12) throw new Error(`kind ${k} fewer than 12 times`);
if (count((m) => m.trap) < 35) throw new Error('fewer than 35 traps');

console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}`);
console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
console.log('| kind | total | ja | en | traps | untrusted |');
for (const k of kinds) {
  console.log(`| ${k} | ${count((m) => m.kind === k)} | ${count((m) => m.kind === k && m.lang === 'ja')} | ${count((m) => m.kind === k && m.lang === 'en')} | ${count((m) => m.kind === k && m.trap)} | ${count((m) => m.kind === k && !m.trusted)} |`);
}
const encs = [...new Set(all.map((m) => m.enc))].sort();
console.log('encodings: ' + encs.map((x) => `${x} ${count((m) => m.enc === x)}`).join(', '));
console.log(`html-only: ${count((m) => m.html !== undefined && m.text === undefined)}  multipart/alternative: ${count((m) => m.html !== undefined && m.text !== undefined)}  LF-only: ${count((m) => m.crlf === false)}`);
