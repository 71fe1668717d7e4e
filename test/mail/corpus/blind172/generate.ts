// Generates the fo set: node --import tsx test/mail/corpus/unmeasured/fo/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a fixed
// shuffled order (file numbers and names say nothing about the kind), and stops on any
// failed self-check.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, token, type Msg } from './lib.js';
import { CASE } from './common.js';
import { JA1 } from './msgs-ja.js';
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
  throw new Error(`self-check failed: ${msg}`);
};

const all: Msg[] = shuffle([...JA1, ...JA2, ...EN], 20261207);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
  if (!m.slug.startsWith(m.lang + '-')) fail(`${m.slug}: slug/lang mismatch`);
}

const norm = (s: string): string =>
  s
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''))
    .join('\n')
    .trim();
const kana = /[\u3040-\u30ff]/;
const displayName = (v: string): string => (/^(.*?)\s*<[^>]+>$/.exec(v)?.[1] ?? '').replace(/^"|"$/g, '');

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# fo (unmeasured set) labels; see README.md. Written blind; the file name never reveals the kind.'];
const names = new Set<string>();
let i = 0;
for (const m of all) {
  i++;
  const name = `${String(i).padStart(3, '0')}-${m.lang}-${m.enc}-${token(m.slug, 6, '0123456789abcdef')}.eml`;
  if (names.has(name)) fail(`duplicate file name ${name}`);
  names.add(name);
  const raw = build(m);
  // labels must agree with the guide's trust/forUser rules applied to the bytes
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);

  // mailparser round trip
  const p = await simpleParser(raw);
  if (p.subject !== m.subject) fail(`${m.slug}: subject decodes to ${y(p.subject ?? '')}, wrote ${y(m.subject)}`);
  const pf = p.from?.value[0];
  if (!pf || pf.address !== addrOf(m.from)[0]) fail(`${m.slug}: From address decodes to ${pf?.address}`);
  if ((pf?.name ?? '') !== displayName(m.from)) fail(`${m.slug}: From name decodes to ${y(pf?.name ?? '')}, wrote ${y(displayName(m.from))}`);
  const ptext = p.text ?? '';
  const phtml = typeof p.html === 'string' ? p.html : '';
  if (m.text !== undefined && !norm(ptext).includes(norm(m.text))) fail(`${m.slug}: decoded text differs from what was written`);
  if (m.html !== undefined && !norm(phtml).includes(norm(m.html))) fail(`${m.slug}: decoded html differs from what was written`);
  const everything = `${p.subject}\n${pf?.name ?? ''}\n${ptext}\n${phtml}`;
  if (everything.includes('\uFFFD')) fail(`${m.slug}: U+FFFD after decoding`);
  if (everything.includes('\x1b')) fail(`${m.slug}: leftover ESC after decoding`);
  // the case ID is there when labelled; no known case ID when labelled null
  if (m.caseId !== null && !everything.includes(m.caseId)) fail(`${m.slug}: case ID ${m.caseId} not in the message`);
  if (m.caseId === null) {
    for (const c of Object.values(CASE)) if (everything.includes(c)) fail(`${m.slug}: labelled null but contains case ID ${c}`);
    if (/CASE \d{10,13}/.test(everything)) fail(`${m.slug}: labelled null but has a CASE number`);
  }
  // language: ja messages carry kana; en messages carry none
  const body = m.text ?? m.html ?? '';
  if (m.lang === 'ja' && !kana.test(body)) fail(`${m.slug}: ja without Japanese text`);
  if (m.lang === 'en' && kana.test(body)) fail(`${m.slug}: en with Japanese text`);

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

// size and mix checks from the brief
const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
const kinds = ['acknowledgement', 'ai_answer', 'info_request', 'confirmation_request', 'merge_completed', 'badges_transferred', 'case_closed', 'support_reply', 'unrelated'] as const;
if (all.length < 120 || all.length > 140) fail(`size ${all.length} outside 120–140`);
if (count((m) => m.lang === 'ja') / all.length < 0.55) fail('less than 55% Japanese');
for (const k of kinds) if (count((m) => m.kind === k) < 12) fail(`kind ${k} fewer than 12`);
if (count((m) => m.trap) < 35) fail('fewer than 35 traps');

// summary for the README
console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}`);
console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
console.log('| kind | total | ja | en | traps | untrusted |');
for (const k of kinds) {
  console.log(`| ${k} | ${count((m) => m.kind === k)} | ${count((m) => m.kind === k && m.lang === 'ja')} | ${count((m) => m.kind === k && m.lang === 'en')} | ${count((m) => m.kind === k && m.trap)} | ${count((m) => m.kind === k && !m.trusted)} |`);
}
const encs = [...new Set(all.map((m) => m.enc))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
console.log(`html-only ${count((m) => m.html !== undefined && m.text === undefined)}, multipart/alternative ${count((m) => m.html !== undefined && m.text !== undefined)}, LF-only ${count((m) => m.crlf === false)}, Resent ${count((m) => m.resent !== undefined)}`);
console.log('auth: ' + [...new Set(all.map((m) => m.auth))].sort().map((a) => `${a} ${count((m) => m.auth === a)}`).join(', '));
