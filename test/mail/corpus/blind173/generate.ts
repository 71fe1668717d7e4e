// Generates the fp set: cd /work/main && node --import tsx test/mail/corpus/unmeasured/fp/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a fixed
// shuffled order so that neither the number nor the name says anything about the kind.
// Stops (non-zero exit) when any self-check fails.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { JA1 } from './msgs-ja1.js';
import { JA2 } from './msgs-ja2.js';
import { EN1 } from './msgs-en1.js';
import { EN2 } from './msgs-en2.js';

const here = dirname(fileURLToPath(import.meta.url));

// deterministic shuffle (mulberry32 + Fisher-Yates)
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

const all: Msg[] = shuffle([...JA1, ...JA2, ...EN1, ...EN2], 0x0f9_2026);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

const norm = (s: string): string =>
  s
    .replace(/\r\n/g, '\n')
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
const labels: string[] = ['# fp set labels (unmeasured); see README.md. Labels follow test/mail/corpus/LABELLING.md.'];
const names: string[] = [];
for (const [i, m] of all.entries()) {
  const h = createHash('sha256').update('fp:' + m.slug).digest('hex').slice(0, 8);
  const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
  names.push(name);
  const raw = build(m);

  // 1. trusted / forUser re-derived from the bytes by the guide's rules
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);

  // 2. mailparser round trip
  const p = await simpleParser(raw);
  if ((p.subject ?? '') !== m.subject) fail(`${name} (${m.slug}): subject decodes to ${y(p.subject ?? '')}, wrote ${y(m.subject)}`);
  const pf = p.from?.value[0];
  if (!pf || (pf.address ?? '').toLowerCase() !== addrOf(m.from)[0]) fail(`${name} (${m.slug}): From address decodes to ${pf?.address}`);
  if ((pf?.name ?? '') !== displayName(m.from)) fail(`${name} (${m.slug}): From name decodes to ${y(pf?.name ?? '')}, wrote ${y(displayName(m.from))}`);
  const text = p.text ?? '';
  const html = typeof p.html === 'string' ? p.html : '';
  if (m.text !== undefined && !norm(text).includes(norm(m.text))) fail(`${name} (${m.slug}): decoded text does not contain the written text`);
  if (m.html !== undefined && !norm(html).includes(norm(m.html))) fail(`${name} (${m.slug}): decoded HTML does not contain the written HTML`);
  const decoded = [p.subject ?? '', text, html, pf?.name ?? ''].join('\n');
  if (decoded.includes('\uFFFD')) fail(`${name} (${m.slug}): U+FFFD in decoded mail`);
  if (decoded.includes('\u001b')) fail(`${name} (${m.slug}): leftover ESC in decoded mail`);

  // 3. case ID present when labelled; no stray case-like number when not
  if (m.caseId !== null && !decoded.includes(m.caseId)) fail(`${name} (${m.slug}): case ID ${m.caseId} not found in the decoded mail`);
  if (m.caseId === null && /(?<![\dA-Za-z])\d{10,13}(?!\d)/.test(decoded)) fail(`${name} (${m.slug}): labelled without case ID but a 10-13 digit number appears`);

  // 4. voice: every message names both accounts (two of: IDs, addresses, masked addresses)
  const marks = (decoded.match(/AWS\d{8}|[\w.+-]+@[\w.-]+|\w\*\*\*@[\w.-]+/g) ?? []).filter((x) => !/amazon\.com|credly|aws\.training|example\.net\/|certmetrics/.test(x));
  const pairs: Array<[RegExp, RegExp]> = [
    [/統合元/, /統合先/], [/移行元/, /移行先/], [/旧/, /新/], [/残す方|残る方/, /消える方|なくなる/], [/主/, /副/],
    [/前職|会社|大学|ホールディングス/, /個人/], [/作成/, /作成.*作成/s],
    [/\bsource\b/i, /\btarget\b/i], [/\bold\b/i, /\bnew\b|personal/i], [/primary/i, /secondary/i], [/surviving|keep/i, /retir|close/i],
    [/work|former employer|consult|uni(versity)?\b|Acme|RetailCo|bank/i, /personal/i],
  ];
  const rolePair = pairs.some(([a, b]) => a.test(decoded) && b.test(decoded));
  if (new Set(marks).size < 2 && !rolePair) fail(`${name} (${m.slug}): does not name two accounts`);

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
if (all.length < 120 || all.length > 140) fail(`size ${all.length} outside 120-140`);
if (count((m) => m.lang === 'ja') / all.length < 0.55) fail('less than 55% Japanese');
for (const k of kinds) if (count((m) => m.kind === k) < 12) fail(`kind ${k} has fewer than 12 messages`);
if (count((m) => m.trap) < 35) fail('fewer than 35 traps');

console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}`);
console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
console.log('| kind | total | ja | en | traps | untrusted |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const k of kinds) {
  const f = (g: (m: Msg) => boolean): number => count((m) => m.kind === k && g(m));
  console.log(`| ${k} | ${f(() => true)} | ${f((m) => m.lang === 'ja')} | ${f((m) => m.lang === 'en')} | ${f((m) => m.trap)} | ${f((m) => !m.trusted)} |`);
}
const encs = [...new Set(all.map((m) => m.enc))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
console.log(`shapes: html-only ${count((m) => m.html !== undefined && m.text === undefined)}, multipart/alternative ${count((m) => m.html !== undefined && m.text !== undefined)}, LF-only ${count((m) => m.crlf === false)}, Resent ${count((m) => m.resent !== undefined)}`);
console.log(`auth: ${[...new Set(all.map((m) => m.auth))].sort().map((a) => `${a} ${count((m) => m.auth === a)}`).join(', ')}`);
