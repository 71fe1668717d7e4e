// Generates the cu set: node --import tsx test/mail/corpus/unmeasured/cu/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a fixed
// shuffled order (file numbers and names say nothing about the kind), then checks every
// file: trust/forUser re-derived from the bytes, case ID present, mailparser round trip.
import { readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, hash, type Kind, type Msg } from './lib.js';
import { JA_A } from './msgs-ja-a.js';
import { JA_B } from './msgs-ja-b.js';
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
  console.error(`generate.ts: ${msg}`);
  process.exit(1);
};

const all: Msg[] = shuffle([...JA_A, ...JA_B, ...EN], 20260706);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

// mix requirements
const KINDS: Kind[] = ['acknowledgement', 'ai_answer', 'info_request', 'confirmation_request', 'merge_completed', 'badges_transferred', 'case_closed', 'support_reply', 'unrelated'];
const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
for (const k of KINDS) if (count((m) => m.kind === k) < 12) fail(`kind ${k} has fewer than 12 messages`);
if (count((m) => m.lang === 'ja') / all.length < 0.55) fail('less than 55% Japanese');
if (count((m) => m.trap) < 35) fail('fewer than 35 traps');

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const lines = (s: string): string[] =>
  s
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
const nameOf = (v: string): string => (/^(.*?)\s*<[^>]+>$/.exec(v.trim())?.[1] ?? '').replace(/^"|"$/g, '');

const labels: string[] = ['# cu (unmeasured set) labels; see README.md.'];
const written: Array<{ name: string; m: Msg }> = [];
all.forEach((m, i) => {
  const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${hash(m.slug).toString(16).padStart(8, '0').slice(0, 6)}.eml`;
  const raw = build(m);
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
  writeFileSync(join(here, name), raw);
  written.push({ name, m });
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
});
writeFileSync(join(here, 'labels.yaml'), labels.join('\n') + '\n');

// ---- round trip through mailparser
for (const { name, m } of written) {
  const raw = readFileSync(join(here, name));
  if (raw.includes(0x1b) && !m.enc.startsWith('jis') && !raw.toString('latin1').includes('ISO-2022-JP')) fail(`${name}: ESC byte in a non-JIS message`);
  const p = await simpleParser(raw);
  const where = `${name} (${m.slug})`;
  if ((p.subject ?? '') !== m.subject) fail(`${where}: subject decodes to ${y(p.subject ?? '')}, wrote ${y(m.subject)}`);
  const from = p.from?.value[0];
  if (!from || (from.address ?? '').toLowerCase() !== addrOf(m.from)[0]) fail(`${where}: From address ${from?.address}`);
  if ((from?.name ?? '') !== nameOf(m.from)) fail(`${where}: From name decodes to ${y(from?.name ?? '')}, wrote ${y(nameOf(m.from))}`);
  const text = typeof p.text === 'string' ? p.text : '';
  const html = typeof p.html === 'string' ? p.html : '';
  for (const s of [p.subject ?? '', text, html, from?.name ?? '']) {
    if (s.includes('\uFFFD')) fail(`${where}: U+FFFD after decoding`);
    if (s.includes('\u001b')) fail(`${where}: leftover ESC after decoding`);
  }
  if (m.text !== undefined) {
    const got = text.replace(/\r\n/g, '\n');
    for (const l of lines(m.text)) if (!got.includes(l)) fail(`${where}: text part lacks line ${y(l)}`);
  }
  if (m.html !== undefined) {
    const got = html.replace(/\r\n/g, '\n');
    for (const l of lines(m.html)) if (!got.includes(l)) fail(`${where}: html part lacks line ${y(l)}`);
  }
  const hay = `${p.subject ?? ''}\n${text}\n${html}`;
  if (m.caseId !== null && !hay.includes(m.caseId)) fail(`${where}: case ID ${m.caseId} not in the message`);
  if (m.caseId === null && /(?<!\d)\d{10,13}(?!\d)/.test(hay)) fail(`${where}: labelled without case ID but carries a 10-13 digit number`);
}

// ---- summary for the README
console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}`);
console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
console.log('| kind | total | ja | en | traps | untrusted |');
for (const k of KINDS) {
  const c = (f: (m: Msg) => boolean): number => count((m) => m.kind === k && f(m));
  console.log(`| ${k} | ${c(() => true)} | ${c((m) => m.lang === 'ja')} | ${c((m) => m.lang === 'en')} | ${c((m) => m.trap)} | ${c((m) => !m.trusted)} |`);
}
const encs = [...new Set(all.map((m) => m.enc))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
console.log(`html-only: ${count((m) => m.html !== undefined && m.text === undefined)}  multipart/alternative: ${count((m) => m.html !== undefined && m.text !== undefined)}  LF-only: ${count((m) => m.crlf === false)}`);
