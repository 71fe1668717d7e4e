// Generates the fl set: node --import tsx test/mail/corpus/unmeasured/fl/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script.
// The order is a fixed shuffle, so file numbers and names say nothing about the kind.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { build, checkForUser, checkTrusted, addrOf, type Msg } from './lib.js';
import { ALL_CASE_IDS } from './common.js';
import { JA1 } from './msgs-ja1.js';
import { JA2 } from './msgs-ja2.js';
import { JA3 } from './msgs-ja3.js';
import { EN1 } from './msgs-en1.js';
import { EN2 } from './msgs-en2.js';

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

const all: Msg[] = shuffle([...JA1, ...JA2, ...JA3, ...EN1, ...EN2], 20261207);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

// ISO-2022-JP may decode a few characters to their Microsoft twins; treat them as equal
const norm = (x: string): string =>
  x
    .replace(/\r\n/g, '\n')
    .replace(/\uFF5E/g, '\u301C')
    .replace(/\uFF0D/g, '\u2212')
    .replace(/\u2225/g, '\u2016')
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''))
    .join('\n')
    .trim();
const unflow = (x: string): string => x.replace(/ \n/g, ' ');

const displayName = (v: string): string => {
  const mm = /^(.*?)\s*<[^>]+>$/.exec(v.trim());
  return mm ? (mm[1] ?? '').replace(/^"|"$/g, '') : '';
};

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# fl (unmeasured) corpus labels; see README.md. Labels follow test/mail/corpus/LABELLING.md.'];
const names: string[] = [];
for (let i = 0; i < all.length; i++) {
  const m = all[i] as Msg;
  const hash = createHash('sha1').update('fl:' + m.slug).digest('hex').slice(0, 8);
  const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${hash}.eml`;
  names.push(name);
  const raw = build(m);
  // 1. trust and delivery re-derived from the written bytes
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
  // 2. mailparser round trip
  const p = await simpleParser(raw);
  const subj = p.subject ?? '';
  if (subj !== m.subject) fail(`${name} (${m.slug}): subject decodes to ${y(subj)}, wrote ${y(m.subject)}`);
  const pf = p.from?.value[0];
  if (!pf || pf.address?.toLowerCase() !== (addrOf(m.from)[0] ?? '').toLowerCase()) fail(`${name} (${m.slug}): From address mismatch (${pf?.address})`);
  if ((pf?.name ?? '') !== displayName(m.from)) fail(`${name} (${m.slug}): From name decodes to ${y(pf?.name ?? '')}, wrote ${y(displayName(m.from))}`);
  const ptext = typeof p.text === 'string' ? p.text : '';
  const phtml = typeof p.html === 'string' ? p.html : '';
  if (m.text !== undefined) {
    const flowed = /format=flowed/.test(m.ctExtra ?? '');
    const want = flowed ? norm(unflow(m.text)) : norm(m.text);
    const got = norm(ptext);
    if (!got.includes(want)) fail(`${name} (${m.slug}): decoded text differs\n--- got\n${got}\n--- want\n${want}`);
  }
  if (m.html !== undefined && !norm(phtml).includes(norm(m.html))) fail(`${name} (${m.slug}): decoded html differs`);
  const decoded = [subj, pf?.name ?? '', ptext, phtml].join('\n');
  if (decoded.includes('\uFFFD')) fail(`${name} (${m.slug}): U+FFFD after decoding`);
  if (decoded.includes('\u001b')) fail(`${name} (${m.slug}): leftover ESC after decoding`);
  // 3. the case ID is present when labelled, and no known case ID hides in unlabelled mail
  if (m.caseId !== null && !decoded.includes(m.caseId)) fail(`${name} (${m.slug}): case ID ${m.caseId} not found in the decoded message`);
  if (m.caseId === null) {
    const hit = ALL_CASE_IDS.find((c) => decoded.includes(c));
    if (hit) fail(`${name} (${m.slug}): labelled without case ID but carries ${hit}`);
  }
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

// 4. the mix the brief asks for
const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
const kinds = ['acknowledgement', 'ai_answer', 'info_request', 'confirmation_request', 'merge_completed', 'badges_transferred', 'case_closed', 'support_reply', 'unrelated'] as const;
if (all.length < 120 || all.length > 140) fail(`size ${all.length} outside 120-140`);
if (count((m) => m.lang === 'ja') / all.length < 0.55) fail('less than 55% Japanese');
for (const k of kinds) if (count((m) => m.kind === k) < 12) fail(`kind ${k} fewer than 12 times`);
if (count((m) => m.trap) < 35) fail('fewer than 35 traps');

console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}`);
console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
console.log('| kind | total | ja | en | traps | untrusted |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const k of kinds) {
  const f = (m: Msg): boolean => m.kind === k;
  console.log(`| ${k} | ${count(f)} | ${count((m) => f(m) && m.lang === 'ja')} | ${count((m) => f(m) && m.lang === 'en')} | ${count((m) => f(m) && m.trap)} | ${count((m) => f(m) && !m.trusted)} |`);
}
const encs = [...new Set(all.map((m) => m.enc))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
console.log(`html-only: ${count((m) => m.html !== undefined && m.text === undefined)}  multipart/alternative: ${count((m) => m.html !== undefined && m.text !== undefined)}  LF-only: ${count((m) => m.crlf === false)}`);
