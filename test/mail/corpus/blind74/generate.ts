// Generates the bu corpus: cd /work/main && node --import tsx test/mail/corpus/unmeasured/bu/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script.
// The order is a fixed shuffle, so neither the number nor the name says the kind.
// Every label is checked against the written bytes before anything is kept.
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

const fail = (msg: string): never => {
  throw new Error(msg);
};

const all: Msg[] = shuffle([...JA, ...EN], 0x62752026);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

/** display name and address of a "Name <addr>" string as written */
function nameAddr(v: string): { name: string; addr: string } {
  const mm = /^(.*?)\s*<([^>]+)>$/.exec(v.trim());
  if (!mm) return { name: '', addr: v.trim().toLowerCase() };
  return { name: (mm[1] ?? '').replace(/^"|"$/g, ''), addr: (mm[2] ?? '').toLowerCase() };
}

const nonEmptyLines = (s: string): string[] =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);

async function roundTrip(name: string, m: Msg, raw: Buffer): Promise<void> {
  const p = await simpleParser(raw);
  if (p.subject !== m.subject) fail(`${name}: subject decodes to ${JSON.stringify(p.subject)}, wrote ${JSON.stringify(m.subject)}`);
  const want = nameAddr(m.from);
  const got = p.from?.value[0];
  if (!got) fail(`${name}: no From after parsing`);
  if ((got?.address ?? '').toLowerCase() !== want.addr) fail(`${name}: From address ${got?.address} != ${want.addr}`);
  if ((got?.name ?? '') !== want.name) fail(`${name}: From name ${JSON.stringify(got?.name)} != ${JSON.stringify(want.name)}`);
  const text = (p.text ?? '').replace(/\r\n/g, '\n');
  const html = typeof p.html === 'string' ? p.html.replace(/\r\n/g, '\n') : '';
  if (m.text !== undefined) {
    for (const l of nonEmptyLines(m.text)) if (!text.includes(l)) fail(`${name}: text part lacks line ${JSON.stringify(l)}`);
  }
  if (m.html !== undefined) {
    for (const l of nonEmptyLines(m.html)) if (!html.includes(l)) fail(`${name}: html part lacks line ${JSON.stringify(l)}`);
  }
  const decoded = [p.subject ?? '', got?.name ?? '', text, html].join('\n');
  if (decoded.includes('\uFFFD')) fail(`${name}: U+FFFD after decoding`);
  if (decoded.includes('\u001b')) fail(`${name}: leftover ESC after decoding`);
  if (m.caseId !== null && !decoded.includes(m.caseId)) fail(`${name}: case ID ${m.caseId} not found in the decoded message`);
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# bu corpus labels (unmeasured set); see README.md. Do not tune certmerge on this set.'];
const names = new Set<string>();
for (const [i, m] of all.entries()) {
  const h = hash('bu:' + m.slug).toString(16).padStart(8, '0').slice(0, 6);
  const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
  if (names.has(name)) fail(`duplicate file name ${name}`);
  names.add(name);
  const raw = build(m);
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
  await roundTrip(`${name} (${m.slug})`, m, raw);
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
  const c = (f: (m: Msg) => boolean): number => count((m) => m.kind === k && f(m));
  console.log(`| ${k} | ${c(() => true)} | ${c((m) => m.lang === 'ja')} | ${c((m) => m.lang === 'en')} | ${c((m) => m.trap)} | ${c((m) => !m.trusted)} |`);
}
const encs = [...new Set(all.map((m) => m.enc))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
console.log(`multipart/alternative: ${count((m) => m.text !== undefined && m.html !== undefined)}  html-only: ${count((m) => m.text === undefined)}  LF-only: ${count((m) => m.crlf === false)}  resent: ${count((m) => m.resent !== undefined)}`);
