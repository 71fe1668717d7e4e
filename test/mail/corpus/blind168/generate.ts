// Generates the fk unmeasured set: node --import tsx test/mail/corpus/unmeasured/fk/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a fixed
// shuffled order (file names never reveal the kind), after checking every message:
//  - trusted / forUser re-derived from the written bytes by the guide's rules,
//  - a mailparser round trip (subject, From, body text, no U+FFFD, no leftover ESC),
//  - the labelled case ID is present in the decoded message (and no case-like ID when null),
//  - the size/mix targets of the brief.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, hash, type Msg } from './lib.js';
import { JA_A } from './msgs-ja-a.js';
import { JA_B } from './msgs-ja-b.js';
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

const fail = (msg: string): never => {
  throw new Error(msg);
};

const all: Msg[] = shuffle([...JA_A, ...JA_B, ...EN], 20261207);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

// ---- size and mix (the brief for this set) ----
const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
const KINDS = ['acknowledgement', 'ai_answer', 'info_request', 'confirmation_request', 'merge_completed', 'badges_transferred', 'case_closed', 'support_reply', 'unrelated'] as const;
if (all.length < 120 || all.length > 140) fail(`size ${all.length} outside 120-140`);
if (count((m) => m.lang === 'ja') / all.length < 0.55) fail('less than 55% Japanese');
for (const k of KINDS) if (count((m) => m.kind === k) < 12) fail(`kind ${k} fewer than 12`);
if (count((m) => m.trap) < 35) fail('fewer than 35 traps');

// ---- decoded-text helpers ----
const norm = (s: string): string =>
  s
    .replace(/\r\n/g, '\n')
    .replace(/\uFF5E/g, '\u301C')
    .replace(/\uFF0D/g, '\u2212')
    .replace(/\u2225/g, '\u2016')
    .split('\n')
    .map((l) => l.replace(/[ \t]+$/, ''))
    .join('\n')
    .trim();
const displayName = (v: string): string => {
  const mm = /^(.*?)\s*<[^>]+>$/.exec(v.trim());
  return mm ? (mm[1] ?? '').replace(/^"|"$/g, '') : '';
};

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# fk unmeasured set labels ("the ordinary case"); see README.md.'];
for (let i = 0; i < all.length; i++) {
  const m = all[i] as Msg;
  const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${hash(m.slug).toString(16).padStart(8, '0').slice(0, 6)}.eml`;
  const raw = build(m);
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);

  const p = await simpleParser(raw);
  const subject = p.subject ?? '';
  if (subject !== m.subject) fail(`${m.slug}: subject decodes to ${y(subject)}, wrote ${y(m.subject)}`);
  const from = p.from?.value[0];
  if (!from || (from.address ?? '').toLowerCase() !== addrOf(m.from)[0]) fail(`${m.slug}: From address decodes to ${from?.address}`);
  if ((from?.name ?? '') !== displayName(m.from)) fail(`${m.slug}: From name decodes to ${y(from?.name ?? '')}, wrote ${y(displayName(m.from))}`);
  const text = typeof p.text === 'string' ? p.text : '';
  const html = typeof p.html === 'string' ? p.html : '';
  if (m.text !== undefined && !norm(text).includes(norm(m.text))) fail(`${m.slug}: decoded text does not contain the written text`);
  if (m.html !== undefined && !norm(html).includes(norm(m.html))) fail(`${m.slug}: decoded html does not contain the written html`);
  const decoded = `${subject}\n${text}\n${html}`;
  if (decoded.includes('\uFFFD')) fail(`${m.slug}: U+FFFD in decoded text`);
  if (decoded.includes('\x1b')) fail(`${m.slug}: leftover ESC in decoded text`);
  if (m.caseId !== null && !decoded.includes(m.caseId)) fail(`${m.slug}: case ID ${m.caseId} not found in the message`);
  if (m.caseId === null && /(?<!\d)\d{10,13}(?!\d)/.test(`${subject}\n${text}\n${m.html ?? ''}`)) fail(`${m.slug}: labelled without a case ID but a case-like number is present`);
  if (!/^[a-z0-9-]+$/.test(m.slug)) fail(`${m.slug}: slug`);

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

// ---- summary for the README ----
console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}`);
console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
console.log('| kind | total | ja | en | traps | untrusted |');
for (const k of KINDS) {
  console.log(`| ${k} | ${count((m) => m.kind === k)} | ${count((m) => m.kind === k && m.lang === 'ja')} | ${count((m) => m.kind === k && m.lang === 'en')} | ${count((m) => m.kind === k && m.trap)} | ${count((m) => m.kind === k && !m.trusted)} |`);
}
const encs = [...new Set(all.map((m) => m.enc))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
console.log(`html-only: ${count((m) => m.text === undefined)}  multipart/alternative: ${count((m) => m.text !== undefined && m.html !== undefined)}  LF-only: ${count((m) => m.crlf === false)}  resent: ${count((m) => m.resent !== undefined)}`);
