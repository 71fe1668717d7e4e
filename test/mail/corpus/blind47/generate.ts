// Generates set `at`: cd /work/main && node --import tsx test/mail/corpus/unmeasured/at/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a
// fixed shuffle so that file numbers and names say nothing about the kind.
// Stops on the first failed self-check.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { build, checkForUser, checkTrusted, hash, type Msg } from './lib.js';
import { ALL_CASE_IDS } from './common.js';
import { JA1 } from './msgs-ja1.js';
import { JA2 } from './msgs-ja2.js';
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
const norm = (s: string): string => s.replace(/\s+/g, '');
const stripTags = (s: string): string => s.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

const all: Msg[] = shuffle([...JA1, ...JA2, ...EN], 20261206);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# Set `at` labels (blind helper session); see README.md. Never tune certmerge on this set.'];
let i = 0;
for (const m of all) {
  i++;
  const name = `${String(i).padStart(3, '0')}-${m.lang}-${m.enc}-${(hash(m.slug) >>> 0).toString(16).padStart(8, '0')}.eml`;
  const raw = build(m);
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);

  // round trip through mailparser
  const p = await simpleParser(raw);
  if ((p.subject ?? '') !== m.subject) fail(`${m.slug}: subject decodes to ${y(p.subject ?? '')}`);
  const fromV = p.from?.value[0];
  const mm = /^(.*?)\s*<([^>]+)>$/.exec(m.from);
  const wantAddr = (mm ? mm[2] : m.from) ?? '';
  const wantName = (mm ? mm[1] : '')?.replace(/^"|"$/g, '') ?? '';
  if ((fromV?.address ?? '').toLowerCase() !== wantAddr.toLowerCase()) fail(`${m.slug}: From address ${fromV?.address}`);
  if ((fromV?.name ?? '') !== wantName) fail(`${m.slug}: From name decodes to ${y(fromV?.name ?? '')}`);
  const ptext = p.text ?? '';
  const phtml = typeof p.html === 'string' ? p.html : '';
  if (m.text !== undefined && !norm(ptext).includes(norm(m.text))) fail(`${m.slug}: parsed text differs`);
  if (m.html !== undefined && !norm(phtml).includes(norm(m.html))) fail(`${m.slug}: parsed html differs`);
  const decoded = `${p.subject ?? ''}\n${ptext}\n${phtml}`;
  if (decoded.includes('\uFFFD')) fail(`${m.slug}: U+FFFD after decoding`);
  if (decoded.includes('\u001b')) fail(`${m.slug}: leftover ESC after decoding`);
  // case ID present when labelled; no known case ID when labelled null
  const visible = `${p.subject ?? ''}\n${ptext}\n${stripTags(phtml)}`;
  if (m.caseId !== null && !visible.includes(m.caseId)) fail(`${m.slug}: case ID ${m.caseId} not in the message`);
  if (m.caseId === null && ALL_CASE_IDS.some((c) => visible.includes(c))) fail(`${m.slug}: labelled without case ID but one is present`);
  if (m.caseId !== null && !ALL_CASE_IDS.includes(m.caseId)) fail(`${m.slug}: unknown case ID`);

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

// summary (for the README)
const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
const kinds = [...new Set(all.map((m) => m.kind))].sort();
console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}`);
console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
for (const k of kinds) {
  console.log(`| ${k} | ${count((m) => m.kind === k)} | ${count((m) => m.kind === k && m.lang === 'ja')} | ${count((m) => m.kind === k && m.lang === 'en')} | ${count((m) => m.kind === k && m.trap)} | ${count((m) => m.kind === k && !m.trusted)} |`);
}
const encs = [...new Set(all.map((m) => m.enc))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
console.log(`html-only: ${count((m) => m.html !== undefined && m.text === undefined)}  multipart/alternative: ${count((m) => m.html !== undefined && m.text !== undefined)}`);
